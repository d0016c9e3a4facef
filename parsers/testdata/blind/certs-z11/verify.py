#!/usr/bin/env python3
"""Check every zkNN.pdf against its zkNN.gold.json.

For each certificate `pdftotext -layout` is run on the whole PDF (all pages)
and, comparing with all whitespace removed (Unicode NFC):
  * gold name, title and activity_id appear (case-sensitive);
  * every provider string appears (case-insensitive); a string of the form
    "Institution, Office" that is not printed verbatim passes when both the
    institution and the office are printed;
  * the credits figure appears as a number in the text;
  * the unit word appears (case-insensitive): "contact hour", "CE hour",
    "CMLE", "CEU";
  * points == credits (x10 for CEU);
  * the gold date appears in one of the usual printed forms (ISO, US numeric,
    month-name forms, day-first forms, ranges ending on that day);
  * the gold file has exactly the schema keys and allowed values.
Exit status 0 only if every certificate passes.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points", "provider",
        "activity_id"}
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


def date_forms_present(text, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    full, abbr = MONTHS[m - 1], MONTHS[m - 1][:3]
    t = unicodedata.normalize("NFC", text)
    flat = re.sub(r"\s+", " ", t)
    pats = [
        r"%04d-%02d-%02d" % (y, m, d),
        r"\b0?%d/0?%d/%04d\b" % (m, d, y),
        r"\b0?%d\.0?%d\.%04d\b" % (m, d, y),
        r"\b(%s|%s)\.?\s[^,]{0,22}?\b%d,\s?%04d" % (full, abbr, d, y),     # Month D, YYYY / Mon D1–D, YYYY
        r"\b0?%d(\s?[\u2013-]\s?\d{1,2})?\s(%s|%s)\s%04d" % (d, full, abbr, y),  # D Month YYYY / D1–D Month YYYY
        r"\b[\u2013-]\s?0?%d\s(%s|%s)\s%04d" % (d, full, abbr, y),
        r"\b0?%d-(%s)-%04d\b" % (d, abbr, y),
    ]
    return any(re.search(p, flat, flags=re.I) for p in pats)


def numbers(text):
    return {float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])", text)}


def check(pdf):
    key = os.path.basename(pdf)[:-4]
    gpath = os.path.join(HERE, key + ".gold.json")
    errs = []
    if not os.path.exists(gpath):
        return key, ["no gold file"]
    g = json.load(open(gpath, encoding="utf-8"))
    if set(g) != KEYS:
        errs.append("schema keys differ: %s" % sorted(set(g) ^ KEYS))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    sq = squash(text)
    sql = sq.lower()
    for fld in ("name", "title"):
        if squash(g[fld]) not in sq:
            errs.append("%s not found: %r" % (fld, g[fld]))
    if g["activity_id"] is not None and squash(g["activity_id"]) not in sq:
        errs.append("activity_id not found: %r" % g["activity_id"])
    if not isinstance(g["provider"], list) or not g["provider"]:
        errs.append("provider must be a non-empty list")
    else:
        for p in g["provider"]:
            if squash(p).lower() in sql:
                continue
            parts = p.split(", ", 1)
            if len(parts) == 2 and all(squash(x).lower() in sql for x in parts):
                continue
            errs.append("provider not found: %r" % p)
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    elif squash(g["unit"]).lower() not in sql:
        errs.append("unit word not found: %r" % g["unit"])
    if not isinstance(g["credits"], (int, float)):
        errs.append("credits not a number")
    else:
        if not any(abs(n - g["credits"]) < 1e-9 for n in numbers(text)):
            errs.append("credits figure %s not found" % g["credits"])
        want = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
        if not isinstance(g["points"], (int, float)) or abs(g["points"] - want) > 1e-9:
            errs.append("points %r != %r" % (g["points"], want))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"] or ""):
        errs.append("date not YYYY-MM-DD")
    elif not date_forms_present(text, g["date"]):
        errs.append("date %s not found in any usual form" % g["date"])
    if not isinstance(g["layout"], list) or not g["layout"]:
        errs.append("layout must be a non-empty list")
    return key, errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, "zk[0-9][0-9].pdf")))
    npass = nfail = 0
    for pdf in pdfs:
        key, errs = check(pdf)
        if errs:
            nfail += 1
            print("FAIL %s" % key)
            for e in errs:
                print("     - " + e)
        else:
            npass += 1
            print("ok   %s" % key)
    print("%d passed, %d failed" % (npass, nfail))
    return 0 if nfail == 0 and npass == 40 else 1


if __name__ == "__main__":
    sys.exit(main())
