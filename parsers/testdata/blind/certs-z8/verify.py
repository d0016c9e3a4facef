#!/usr/bin/python3
"""Check every zhNN.pdf against zhNN.gold.json using `pdftotext -layout`.

Checks (whitespace-insensitive, after Unicode NFKC normalisation):
  name, title, each provider string, activity_id, credits figure -> must appear (case-sensitive);
  unit word -> must appear (case-insensitive); points == credits (x10 for CEU);
  date -> some printed rendering of the gold date must appear.
A provider string of the composed form "Institution, Office" that is not printed
verbatim passes when each comma-separated part is printed.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
UNIT_WORD = {"contact hour": "contact hour", "CMLE": "CMLE", "CE hour": "CE hour", "CEU": "CEU"}
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", "", s)


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    mon = MONTHS[m - 1]
    ab = mon[:3]
    forms = [iso, "%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mon, d, y),
             "%d %s %d" % (d, mon, y), "%02d-%s-%d" % (d, ab, y), "%s %d, %d" % (ab, d, y),
             "%d%s day of %s, %d" % (d, ORD.get(d, "th"), mon, y), "%s %d, %d" % (ab + ".", d, y)]
    return forms


def credit_forms(c):
    return {("%g" % c), ("%.1f" % c), ("%.2f" % c)}


def check(gold_path):
    cid = os.path.basename(gold_path).split(".")[0]
    pdf = os.path.join(HERE, cid + ".pdf")
    g = json.load(open(gold_path, encoding="utf-8"))
    errs = []
    if not os.path.exists(pdf):
        return cid, ["missing PDF"]
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flat = squash(txt)
    low = flat.lower()

    def has(s, ci=False):
        s = squash(s)
        return (s.lower() in low) if ci else (s in flat)

    for key in ("name", "title"):
        if not has(g[key]):
            errs.append("%s not found: %r" % (key, g[key]))
    for p in g["provider"]:
        if not has(p) and not (", " in p and all(has(part) for part in p.split(", "))):
            errs.append("provider not found: %r" % p)
    if g["activity_id"] is not None and not has(g["activity_id"]):
        errs.append("activity_id not found: %r" % g["activity_id"])
    if not any(has(f) for f in credit_forms(g["credits"])):
        errs.append("credits figure not found: %r" % g["credits"])
    if g["unit"] not in UNIT_WORD:
        errs.append("bad unit %r" % g["unit"])
    elif not has(UNIT_WORD[g["unit"]], ci=True):
        errs.append("unit word not found: %r" % g["unit"])
    want = round(g["credits"] * (10 if g["unit"] == "CEU" else 1), 2)
    if abs(g["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
        errs.append("bad date %r" % g["date"])
    else:
        forms = date_forms(g["date"])
        y, m, d = (int(x) for x in g["date"].split("-"))
        # ranges such as "April 17-19, 2024" or "September 6-8, 2024"
        rng = re.compile(r"%s\d{1,2}[-\u2013]%d,%d" % (MONTHS[m - 1], d, y))
        if not any(has(f) for f in forms) and not rng.search(flat):
            errs.append("date not found in any known rendering: %s" % g["date"])
    for key in ("style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
                "provider", "activity_id"):
        if key not in g:
            errs.append("missing key %s" % key)
    return cid, errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "zh[0-9][0-9].gold.json")))
    bad = 0
    for gp in golds:
        cid, errs = check(gp)
        for e in errs:
            print("%s: %s" % (cid, e))
        bad += bool(errs)
    print("verify: %d/%d certificates passed%s" % (len(golds) - bad, len(golds), "" if bad else " - OK"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
