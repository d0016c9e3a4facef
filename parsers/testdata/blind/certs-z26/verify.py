#!/usr/bin/python3
"""Check every zzNN.pdf against zzNN.gold.json with pdftotext -layout.

Checks (whitespace-insensitive): name, title, each provider string (a department provider
"Institution, Office" printed on two lines is accepted when each comma part is printed),
activity_id, credits figure, unit word, points = credits (x10 for CEU), date printed in a
usual form or as the end of a printed range.  Exit status 1 if anything fails.
"""
import datetime as dt
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"]
UNITS = {"contact hour": r"contact\s*hours?", "CMLE": r"CMLE", "CE hour": r"CE\s*hours?", "CEU": r"CEUs?\b|Continuing\s+Education\s+Units?"}


def squash(s):
    return re.sub(r"\s+", "", s)


def has(text_sq, s):
    return squash(s) in text_sq


def date_forms(d):
    day, mon, mab = d.day, d.strftime("%B"), d.strftime("%b")
    return [
        "%s %d, %d" % (mon, day, d.year), "%s %d, %d" % (mab, day, d.year),
        "%d %s %d" % (day, mon, d.year), "%02d %s %d" % (day, mab, d.year), "%d %s %d" % (day, mab, d.year),
        "%02d-%s-%d" % (day, mab, d.year), d.strftime("%m/%d/%Y"), d.isoformat(),
    ]


def check(pdf, gold):
    errs = []
    if list(gold.keys()) != KEYS:
        errs.append("keys %s" % list(gold.keys()))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    sq = squash(text)
    if not has(sq, gold["name"]):
        errs.append("name %r" % gold["name"])
    if not has(sq, gold["title"]):
        errs.append("title %r" % gold["title"])
    for p in gold["provider"]:
        if not has(sq, p):
            parts = [x for x in p.split(", ") if x]
            if len(parts) < 2 or not all(has(sq, x) for x in parts):
                errs.append("provider %r" % p)
    if gold["activity_id"] is not None and not has(sq, gold["activity_id"]):
        errs.append("activity_id %r" % gold["activity_id"])
    c = gold["credits"]
    forms = {("%g" % c), "%.1f" % c, "%.2f" % c}
    if not any(re.search(r"(?<![\d.])" + re.escape(f) + r"(?!\d)", text) for f in forms):
        errs.append("credits %r" % c)
    if gold["unit"] not in UNITS:
        errs.append("unit %r not allowed" % gold["unit"])
    elif not re.search(UNITS[gold["unit"]], text, re.I):
        errs.append("unit word %r" % gold["unit"])
    want = round(c * (10 if gold["unit"] == "CEU" else 1), 4)
    if abs(gold["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (gold["points"], want))
    try:
        d = dt.date.fromisoformat(gold["date"])
    except ValueError:
        errs.append("date format %r" % gold["date"])
    else:
        ok = any(has(sq, f) for f in date_forms(d))
        if not ok:  # end of a printed range such as "October 16–18, 2024"
            rng = r"%s\d{1,2}[–-]%d,%d" % (d.strftime("%B"), d.day, d.year)
            ok = re.search(rng, sq) is not None
        if not ok:
            errs.append("date %r not printed" % gold["date"])
    if not isinstance(gold["provider"], list) or not gold["provider"]:
        errs.append("provider must be a non-empty list")
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "zz*.gold.json")))
    bad = 0
    for gp in golds:
        pdf = gp.replace(".gold.json", ".pdf")
        with open(gp, encoding="utf-8") as f:
            gold = json.load(f)
        errs = check(pdf, gold) if os.path.exists(pdf) else ["missing PDF"]
        tag = os.path.basename(pdf)
        if errs:
            bad += 1
            print("FAIL", tag, "; ".join(errs))
        else:
            print("ok  ", tag)
    print("%d certificates, %d failing" % (len(golds), bad))
    return 1 if bad or len(golds) != 40 else 0


if __name__ == "__main__":
    sys.exit(main())
