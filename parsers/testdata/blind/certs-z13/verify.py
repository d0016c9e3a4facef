#!/usr/bin/python3
"""Check every zmNN.pdf against its zmNN.gold.json.

For each certificate, on the text from `pdftotext -layout` (all pages):
  * the gold keys are exactly the schema's keys, date is a real YYYY-MM-DD,
    unit is one of the four allowed words, points = credits (x10 for CEU);
  * name, title, activity_id appear (whitespace-insensitive, case-sensitive);
  * every provider string and the unit word appear (whitespace- and
    case-insensitive; "contact hour" also matches "Contact Hours");
  * the credits figure appears as a number (1.0 also matches 1, 1.00);
  * the gold date appears in one of the printed forms used in this set
    (a sanity check only: the page may also print other dates).
Exit status 1 if anything fails.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits",
        "unit", "points", "provider", "activity_id"]
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}


def squash(s):
    return re.sub(r"\s+", "", s)


def number_pattern(x):
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    if "." in s:
        whole, frac = s.split(".")
        pat = re.escape(whole) + r"\." + re.escape(frac) + r"0*"
    else:
        pat = re.escape(s) + r"(?:\.0+)?"
    return r"(?<![\d.])" + pat + r"(?![\d])"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def date_patterns(iso):
    """Regexes for the ways this set prints a date (single day or last day of a range)."""
    d = datetime.date.fromisoformat(iso)
    full = MONTHS[d.month - 1]
    ab = full[:3]
    mo = rf"(?:{full}|{ab}\.?|{'Sept' if d.month == 9 else ab}\.?)"
    day = rf"0?{d.day}(?:st|nd|rd|th)?"
    y, yy = str(d.year), str(d.year)[2:]
    return [
        rf"{mo}\s+{day},?\s+{y}",                      # March 14, 2025 / Aug. 8th, 2025
        rf"{mo}\s+\d{{1,2}}\s*[-–]\s*{day},?\s+{y}",   # July 14-15, 2025
        rf"{day}\s+{mo}\s+{y}",                        # 10 June 2025 / 30 Sep 2025
        rf"{day}-{ab}-{y}",                             # 06-May-2025
        rf"the\s+{day}\s+of\s+{full},?\s+{y}",         # the 6th of February, 2025
        rf"(?<!\d)0?{d.month}[/-]0?{d.day}[/-](?:{y}|{yy})(?!\d)",   # 7/3/2025, 03-15-2025, 3/27/25
        rf"{y}[-/]{d.month:02d}[-/]{d.day:02d}",           # 2025-08-19, 2025/02/11
    ]


def check(pdf, gold):
    errs = []
    if list(gold.keys()) != KEYS:
        errs.append(f"keys {list(gold.keys())}")
    try:
        datetime.date.fromisoformat(gold["date"])
    except Exception:
        errs.append(f"bad date {gold['date']!r}")
    if gold["unit"] not in UNITS:
        errs.append(f"bad unit {gold['unit']!r}")
    want = gold["credits"] * 10 if gold["unit"] == "CEU" else gold["credits"]
    if not isinstance(gold["points"], (int, float)) or abs(gold["points"] - want) > 1e-9:
        errs.append(f"points {gold['points']} != {want}")
    if not isinstance(gold["provider"], list) or not gold["provider"]:
        errs.append("provider must be a non-empty list")
    if not isinstance(gold["layout"], list):
        errs.append("layout must be a list")

    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = squash(text)
    low = flat.lower()
    for key in ("name", "title"):
        if squash(gold[key]) not in flat:
            errs.append(f"{key} not found: {gold[key]!r}")
    if gold["activity_id"] is not None and squash(gold["activity_id"]) not in flat:
        errs.append(f"activity_id not found: {gold['activity_id']!r}")
    for p in gold["provider"]:
        if squash(p).lower() not in low:
            errs.append(f"provider not found: {p!r}")
    if squash(gold["unit"]).lower() not in low:
        errs.append(f"unit not found: {gold['unit']!r}")
    if not any(re.search(p, text) for p in date_patterns(gold["date"])):
        errs.append(f"date not found in any printed form: {gold['date']}")
    if not re.search(number_pattern(gold["credits"]), text):
        errs.append(f"credits figure not found: {gold['credits']}")
    return errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, "zm[0-9][0-9].pdf")))
    bad = 0
    for pdf in pdfs:
        gpath = pdf[:-4] + ".gold.json"
        if not os.path.exists(gpath):
            print(f"FAIL {os.path.basename(pdf)}: no gold file")
            bad += 1
            continue
        with open(gpath, encoding="utf-8") as fh:
            gold = json.load(fh)
        errs = check(pdf, gold)
        tag = os.path.basename(pdf)[:-4]
        if errs:
            bad += 1
            print(f"FAIL {tag}: " + "; ".join(errs))
        else:
            print(f"ok   {tag}")
    print(f"{len(pdfs) - bad}/{len(pdfs)} certificates pass")
    sys.exit(1 if bad or not pdfs else 0)


if __name__ == "__main__":
    main()
