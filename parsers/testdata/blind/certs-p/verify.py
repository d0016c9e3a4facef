#!/usr/bin/python3
"""Check every pNN.pdf against pNN.gold.json using `pdftotext -layout`.

Checks (whitespace-insensitive): name, title, each provider string, activity
id, credits figure and unit word appear in the extracted text; points match
credits and unit; schema keys/types; page count (2 only when the layout list
says "two-page").  The completion date is looked for in common spellings and
only reported as a warning when absent (ranges such as "April 16-18" are
printed in forms that are not searched for).
Exit status 0 when every certificate passes.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

BASE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date",
        "credits", "unit", "points", "provider", "activity_id"]
UNITS = {"contact hour": "contacthour", "CMLE": "CMLE", "CE hour": "CEhour",
         "CEU": "CEU"}


def squash(s):
    return re.sub(r"\s+", "", s)


def pdftext(pdf):
    r = subprocess.run(["pdftotext", "-layout", pdf, "-"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.stdout.decode("utf-8", errors="replace")


def pages(pdf):
    r = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE)
    m = re.search(r"^Pages:\s+(\d+)", r.stdout.decode(errors="replace"), re.M)
    return int(m.group(1)) if m else -1


def credit_forms(c):
    forms = {("%g" % c), "%.1f" % c, "%.2f" % c}
    return forms


def date_forms(d):
    dt = datetime.date.fromisoformat(d)
    mon = dt.strftime("%B")
    ab = dt.strftime("%b")
    f = {d, dt.strftime("%m/%d/%Y"), "%d/%d/%d" % (dt.month, dt.day, dt.year),
         "%s %d, %d" % (mon, dt.day, dt.year), "%d %s %d" % (dt.day, mon, dt.year),
         "%s %d, %d" % (ab, dt.day, dt.year), "%s. %d, %d" % (ab, dt.day, dt.year),
         "%d %s %d" % (dt.day, ab, dt.year), "%02d-%s-%d" % (dt.day, ab, dt.year),
         "%02d %s %d" % (dt.day, mon, dt.year), dt.strftime("%d.%m.%Y"),
         "%s %02d, %d" % (mon, dt.day, dt.year)}
    return {squash(x).lower() for x in f}


def present(needle, hay):
    return squash(needle) in hay


def provider_present(p, hay):
    if present(p, hay):
        return True
    # "Institution, Office": accept both parts printed separately
    idx = [m.start() for m in re.finditer(",", p)]
    for i in idx:
        a, b = p[:i].strip(), p[i + 1:].strip()
        if a and b and present(a, hay) and present(b, hay):
            return True
    return False


def check(gold_path):
    errs, warns = [], []
    cid = os.path.basename(gold_path).split(".")[0]
    pdf = os.path.join(BASE, cid + ".pdf")
    with open(gold_path, encoding="utf-8") as f:
        g = json.load(f)
    if list(g.keys()) != KEYS:
        errs.append("schema keys %s" % list(g.keys()))
    if not os.path.exists(pdf):
        return ["missing PDF"], warns
    text = pdftext(pdf)
    hay = squash(text)
    low = hay.lower()
    for k in ("name", "title"):
        if not g.get(k) or not present(g[k], hay):
            errs.append("%s not found: %r" % (k, g.get(k)))
    if g["title"] != g["title"].strip() or g["title"][:1] in "\"“'‘":
        errs.append("title has surrounding quotes/space")
    if not g["provider"]:
        errs.append("empty provider list")
    for p in g["provider"]:
        if not provider_present(p, hay):
            errs.append("provider not found: %r" % p)
    if g["activity_id"] is not None and not present(g["activity_id"], hay):
        errs.append("activity_id not found: %r" % g["activity_id"])
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    elif UNITS[g["unit"]].lower() not in low:
        errs.append("unit word not found: %r" % g["unit"])
    c = g["credits"]
    if not isinstance(c, (int, float)) or c <= 0:
        errs.append("bad credits %r" % c)
    else:
        if not any(squash(x) in hay for x in credit_forms(c)):
            errs.append("credits figure not found: %r" % c)
        want = round(c * 10, 4) if g["unit"] == "CEU" else c
        if abs(g["points"] - want) > 1e-9:
            errs.append("points %r do not match credits %r %s" % (g["points"], c, g["unit"]))
    try:
        datetime.date.fromisoformat(g["date"])
        if not any(x in low for x in date_forms(g["date"])):
            warns.append("date %s not printed in a searched form" % g["date"])
    except Exception:
        errs.append("bad date %r" % g["date"])
    n = pages(pdf)
    expect = 2 if "two-page" in g["layout"] else 1
    if n != expect:
        errs.append("pages=%d expected %d" % (n, expect))
    return errs, warns


def main():
    golds = sorted(glob.glob(os.path.join(BASE, "p[0-9][0-9].gold.json")))
    bad = 0
    for gp in golds:
        errs, warns = check(gp)
        cid = os.path.basename(gp).split(".")[0]
        status = "OK  " if not errs else "FAIL"
        print("%s %s%s" % (status, cid, ("  (warn: " + "; ".join(warns) + ")") if warns else ""))
        for e in errs:
            print("      - " + e)
        bad += bool(errs)
    pdfs = sorted(glob.glob(os.path.join(BASE, "p[0-9][0-9].pdf")))
    if len(pdfs) != len(golds):
        print("PDF/gold count mismatch: %d PDFs, %d gold" % (len(pdfs), len(golds)))
        bad += 1
    print("%d certificates, %d failing" % (len(golds), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
