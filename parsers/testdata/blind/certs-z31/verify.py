#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Verify the z31 blind certificate set against its gold files.

For every yeNN.gold.json: run `pdftotext -layout yeNN.pdf` and check
(whitespace-insensitive) that the name, title, every provider string, the
activity id, the credits figure and the unit word appear in the text, that
points match credits/unit, that the gold date is printed in a recognisable
form, that the schema is right and that the page count matches the layout
('two-page' tag => 2 pages, else 1).

A provider string of the form "Institution, Office" (an office listed after
its institution) passes when it is printed verbatim or when both parts are
printed (e.g. "Office of Laboratory Training" under "Institution").

    /usr/bin/python3 verify.py            # exit status 0 when nothing fails
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"]
UNITS = {"contact hour": "contacthour", "CMLE": "cmle", "CE hour": "cehour", "CEU": "ceu"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00ad", ""),
                 ("\u2010", "-"), ("\u2011", "-")):
        s = s.replace(a, b)
    return s


def squash(s):
    return re.sub(r"\s+", "", norm(s))


def date_patterns(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    M = MONTHS[m - 1]
    lits = ["%s %d, %d" % (M, d, y), "%d %s %d" % (d, M, y), "%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y),
            "%d-%02d-%02d" % (y, m, d), "%s. %d, %d" % (M[:3], d, y)]
    pats = [re.escape(x) for x in lits]
    pats.append(r"%s \d{1,2} ?[\u2013\u2014-] ?%d, %d" % (M, d, y))  # "March 9–11, 2025"
    return pats


def check(gold_path):
    cid = os.path.basename(gold_path).split(".")[0]
    pdf = os.path.join(HERE, cid + ".pdf")
    g = json.load(open(gold_path, encoding="utf-8"))
    errs = []
    if list(g.keys()) != KEYS:
        errs.append("schema keys %s" % list(g.keys()))
    if not os.path.exists(pdf):
        return cid, ["missing PDF"], g
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = squash(text)
    flat_l = flat.lower()
    spaced_text = re.sub(r"\s+", " ", norm(text))

    def has(s):
        return squash(s) in flat

    if not has(g["name"]):
        errs.append("name not found: %r" % g["name"])
    if not has(g["title"]):
        errs.append("title not found: %r" % g["title"])
    provs = g["provider"]
    if not provs:
        errs.append("empty provider list")
    for i, pv in enumerate(provs):
        if has(pv):
            continue
        ok = False
        for inst in provs[:i]:
            if pv.startswith(inst + ", ") and has(inst) and has(pv[len(inst) + 2:]):
                ok = True
        if not ok:
            errs.append("provider not found: %r" % pv)
    if g["activity_id"] is not None and not has(g["activity_id"]):
        errs.append("activity_id not found: %r" % g["activity_id"])
    nums = [float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])", spaced_text)]
    if not any(abs(n - g["credits"]) < 1e-9 for n in nums):
        errs.append("credits figure %s not found" % g["credits"])
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    elif UNITS[g["unit"]] not in flat_l:
        errs.append("unit word %r not found" % g["unit"])
    want_pts = round(g["credits"] * (10 if g["unit"] == "CEU" else 1), 6)
    if abs(g["points"] - want_pts) > 1e-9:
        errs.append("points %s != %s" % (g["points"], want_pts))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"] or ""):
        errs.append("bad date format %r" % g["date"])
    elif not any(re.search(p, spaced_text) for p in date_patterns(g["date"])):
        errs.append("date %s not printed in a recognised form" % g["date"])
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                             text=True).stdout).group(1))
    want_pages = 2 if "two-page" in g["layout"] else 1
    if pages != want_pages:
        errs.append("pages %d != %d" % (pages, want_pages))
    return cid, errs, g


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "ye*.gold.json")))
    failing = 0
    for gp in golds:
        cid, errs, g = check(gp)
        if errs:
            failing += 1
            print("FAIL %s (%s/%s)" % (cid, g.get("style"), g.get("producer")))
            for e in errs:
                print("     - " + e)
        else:
            print("ok   %s" % cid)
    print("\n%d certificates checked, %d failing" % (len(golds), failing))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
