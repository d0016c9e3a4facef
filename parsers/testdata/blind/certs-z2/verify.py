#!/usr/bin/env python3
"""Check every zNN.pdf against zNN.gold.json.

For each certificate: run `pdftotext -layout`, then check (whitespace-
insensitive) that name, title, every provider string, the activity id, the
credits figure and the unit word appear, and that points match credits/unit.
A provider of the form "Institution, Office" passes if it is printed as such or
if both parts are printed. Also checks the gold schema. Date presence is only
reported as a warning (ranges and numeric formats are not normalised).

Usage: /usr/bin/python3 verify.py [-v]
Exit status 0 when nothing fails.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points", "provider",
        "activity_id"]
UNIT_WORDS = {"contact hour": r"contact\s+hour", "CMLE": r"CMLE", "CE hour": r"\bCE\s+hour", "CEU": r"\bCEU"}


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def credit_forms(c):
    forms = {"%.1f" % c, "%.2f" % c, repr(c)}
    if float(c).is_integer():
        forms.add(str(int(c)))
    return forms


def date_forms(d):
    dt = datetime.date.fromisoformat(d)
    m = dt.strftime("%B")
    return [f"{m} {dt.day}, {dt.year}", dt.strftime("%m/%d/%Y"), d, f"{dt.day} {m} {dt.year}",
            f"{dt.strftime('%b')} {dt.day}, {dt.year}"]


def check(gold_path, verbose=False):
    cid = os.path.basename(gold_path).split(".")[0]
    fails, warns = [], []
    g = json.load(open(gold_path, encoding="utf-8"))
    # ---- schema
    if list(g.keys()) != KEYS:
        fails.append("keys %s" % list(g.keys()))
    try:
        datetime.date.fromisoformat(g["date"])
    except Exception:
        fails.append("date not ISO: %r" % g["date"])
    if g["unit"] not in UNIT_WORDS:
        fails.append("unit %r" % g["unit"])
    if not isinstance(g["provider"], list) or not g["provider"]:
        fails.append("provider must be a non-empty list")
    if not isinstance(g["layout"], list):
        fails.append("layout must be a list")
    exp_points = round(g["credits"] * 10, 4) if g["unit"] == "CEU" else g["credits"]
    if abs(float(g["points"]) - float(exp_points)) > 1e-9:
        fails.append("points %r != expected %r" % (g["points"], exp_points))
    pdf = os.path.join(HERE, cid + ".pdf")
    if not os.path.exists(pdf):
        return cid, ["missing pdf"], warns
    raw = pdf_text(pdf)
    flat = squash(raw)

    def has(s):
        return squash(s) in flat

    for field in ("name", "title"):
        if not has(g[field]):
            fails.append("%s not found: %r" % (field, g[field]))
    for p in g["provider"]:
        if has(p):
            continue
        if ", " in p:
            inst, office = p.split(", ", 1)
            if has(inst) and has(office):
                continue
        fails.append("provider not found: %r" % p)
    if g["activity_id"] is not None and not has(g["activity_id"]):
        fails.append("activity_id not found: %r" % g["activity_id"])
    if not any(re.search(r"(?<![\d.])" + re.escape(f) + r"(?![\d])", raw) for f in credit_forms(g["credits"])):
        fails.append("credits figure not found: %r" % g["credits"])
    if not re.search(UNIT_WORDS.get(g["unit"], "$^"), raw, re.I):
        fails.append("unit word not found: %r" % g["unit"])
    if not any(has(f) for f in date_forms(g["date"])):
        warns.append("date %s not printed in a standard form (range or weekday form?)" % g["date"])
    if verbose:
        print("--", cid, g["style"], g["producer"])
    return cid, fails, warns


def main():
    verbose = "-v" in sys.argv
    golds = sorted(glob.glob(os.path.join(HERE, "z*.gold.json")))
    nfail = 0
    for gp in golds:
        cid, fails, warns = check(gp, verbose)
        status = "FAIL" if fails else "ok"
        print("%-4s %s%s" % (cid, status, "" if not warns else "  (warning: " + "; ".join(warns) + ")"))
        for f in fails:
            print("      -", f)
        nfail += bool(fails)
    pdfs = sorted(glob.glob(os.path.join(HERE, "z*.pdf")))
    print("\n%d certificates, %d PDFs, %d failing" % (len(golds), len(pdfs), nfail))
    sys.exit(1 if nfail else 0)


if __name__ == "__main__":
    main()
