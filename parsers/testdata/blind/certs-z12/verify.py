#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check every zlNN.pdf against its zlNN.gold.json using `pdftotext -layout`.

Checks (whitespace-insensitive; provider and unit case-insensitive):
  * the gold keys are exactly the schema, date is a valid YYYY-MM-DD, unit is allowed
  * name, title, activity_id (if not null) appear on the page(s)
  * each provider string appears; a composed "Institution, Office" entry (the
    institution being an earlier entry of the list) passes when both parts appear
  * the credits figure appears as a number in the text, and the unit word appears
  * points == credits (x10 for CEU)
  * loose date sanity: the year, the day number and the month (name,
    abbreviation or number) all occur in the text
Usage: python3 verify.py [zl01 ...]
"""
import datetime
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
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def norm(s):
    return re.sub(r"\s+", "", s)


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout


def check(gid):
    errs = []
    g = json.load(open(os.path.join(HERE, gid + ".gold.json"), encoding="utf-8"))
    if list(g.keys()) != KEYS:
        errs.append("keys differ from schema: %s" % list(g.keys()))
    txt = text_of(os.path.join(HERE, gid + ".pdf"))
    T = norm(txt)
    TL = T.lower()
    for k in ("name", "title"):
        if norm(g[k]) not in T:
            errs.append("%s not found: %r" % (k, g[k]))
    if g["activity_id"] is not None and norm(g["activity_id"]) not in T:
        errs.append("activity_id not found: %r" % g["activity_id"])
    if not isinstance(g["provider"], list) or not g["provider"]:
        errs.append("provider must be a non-empty list")
    else:
        for i, p in enumerate(g["provider"]):
            if norm(p).lower() in TL:
                continue
            ok = False
            for inst in g["provider"][:i]:
                if p.startswith(inst + ", "):
                    rest = p[len(inst) + 2:]
                    ok = norm(inst).lower() in TL and norm(rest).lower() in TL
            if not ok:
                errs.append("provider not found: %r" % p)
    if g["unit"] not in UNITS:
        errs.append("unit not allowed: %r" % g["unit"])
    elif norm(g["unit"]).lower() not in TL:
        errs.append("unit word not found: %r" % g["unit"])
    nums = {float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?", txt)}
    if not isinstance(g["credits"], (int, float)) or float(g["credits"]) not in nums:
        errs.append("credits figure not found: %r" % g["credits"])
    want = round(g["credits"] * (10 if g["unit"] == "CEU" else 1), 4)
    if not isinstance(g["points"], (int, float)) or abs(g["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want))
    try:
        d = datetime.date.fromisoformat(g["date"])
    except Exception:
        errs.append("bad date %r" % g["date"])
    else:
        month_pat = r"(%s|%s\.?|0?%d)" % (MONTHS[d.month - 1], MONTHS[d.month - 1][:3], d.month)
        if str(d.year) not in txt:
            errs.append("date: year %d not in text" % d.year)
        if not re.search(r"(?<!\d)0?%d(?!\d)" % d.day, txt):
            errs.append("date: day %d not in text" % d.day)
        if not re.search(month_pat, txt, re.I):
            errs.append("date: month %d not in text" % d.month)
    return errs


def main(argv):
    ids = argv or sorted(os.path.basename(p)[:-len(".gold.json")]
                         for p in glob.glob(os.path.join(HERE, "zl*.gold.json")))
    bad = 0
    for gid in ids:
        errs = check(gid)
        if errs:
            bad += 1
            print("FAIL", gid)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", gid)
    print("%d/%d passed" % (len(ids) - bad, len(ids)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
