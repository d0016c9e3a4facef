#!/usr/bin/python3
"""Check every zdNN.pdf against zdNN.gold.json.

For each certificate, `pdftotext -layout` is run and (whitespace-insensitively)
the name, title, every provider string, the activity id, the credits figure and
the unit word must appear; points must equal credits (x10 for CEU); the gold
date must be printed in some ordinary form (ISO, M/D/Y, 'Month D, YYYY',
'D Month YYYY', or the last day of a 'Month D1-D2, YYYY' range).
Exit status 0 when all pass.
"""
import calendar
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"]
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}


def squash(s):
    return re.sub(r"\s+", "", s)


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    mon = calendar.month_name[m]
    pats = [re.escape(iso),
            r"0?%d/0?%d/%d" % (m, d, y),
            r"%s\.?\s+%d,\s*%d" % (mon, d, y),
            r"%s\.?\s+%d,\s*%d" % (mon[:3], d, y),
            r"(?<!\d)%d\s+%s\s+%d" % (d, mon, y),
            r"%s\s+\d{1,2}\s*[\u2013\u2014-]\s*%d,\s*%d" % (mon, d, y)]
    return pats


def number_forms(x):
    forms = {("%.1f" % x), ("%.2f" % x), ("%g" % x)}
    return [f for f in forms if float(f) == x]


def check(cid):
    errs = []
    gpath = os.path.join(HERE, cid + ".gold.json")
    pdf = os.path.join(HERE, cid + ".pdf")
    if not os.path.exists(pdf):
        return ["missing PDF"]
    g = json.load(open(gpath, encoding="utf-8"))
    if list(g.keys()) != KEYS:
        errs.append("gold keys %s" % list(g.keys()))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    flat = squash(text)
    low = flat.lower()

    def has(s):
        return squash(s) in flat

    if not has(g["name"]):
        errs.append("name not found: %r" % g["name"])
    if not has(g["title"]):
        errs.append("title not found: %r" % g["title"])
    if not g["provider"]:
        errs.append("empty provider list")
    for p in g["provider"]:
        if has(p):
            continue
        parts = [x.strip() for x in p.split(",")]
        if "," in p and all(has(x) for x in parts):
            continue  # 'Institution, Office' printed as separate pieces
        errs.append("provider not found: %r" % p)
    if g["activity_id"] is not None and not has(g["activity_id"]):
        errs.append("activity_id not found: %r" % g["activity_id"])
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    elif squash(g["unit"]).lower() not in low:
        errs.append("unit word not found: %r" % g["unit"])
    c = g["credits"]
    if not any(re.search(r"(?<![\d.])%s(?![\d])" % re.escape(f), text) for f in number_forms(c)):
        errs.append("credits figure not found: %r" % c)
    want = round(c * 10, 4) if g["unit"] == "CEU" else c
    if abs(g["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
        errs.append("bad date format %r" % g["date"])
    elif not any(re.search(p, text) for p in date_forms(g["date"])):
        errs.append("date %s not printed in a recognised form" % g["date"])
    if not isinstance(g["layout"], list) or not g["layout"]:
        errs.append("layout tags missing")
    return errs


def main():
    ids = sys.argv[1:] or sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(HERE, "zd*.gold.json")))
    bad = 0
    for cid in ids:
        errs = check(cid)
        if errs:
            bad += 1
            print("FAIL %s" % cid)
            for e in errs:
                print("     - " + e)
        else:
            print("ok   %s" % cid)
    print("%d checked, %d failing" % (len(ids), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
