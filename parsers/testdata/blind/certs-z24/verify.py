#!/usr/bin/python3
"""Check every zxNN.pdf against zxNN.gold.json with pdftotext -layout.

Checks (whitespace-insensitive): name, title, every provider string, activity id,
credits figure and unit word appear; points match credits/unit; date is valid
ISO and some printed form of it (or a range ending on it) appears (reported).
Exit status = number of failing certificates.
"""
import datetime as dt
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def text(pdf, mode="-layout"):
    return subprocess.run(["pdftotext", mode, "-enc", "UTF-8", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout


def squash(s):
    return re.sub(r"\s+", "", s)


def has(hay, needle):
    return squash(needle) in hay


def has_ci(hay, needle):
    return squash(needle).lower() in hay.lower()


def date_forms(d):
    m = MONTHS[d.month - 1]
    forms = [f"{m} {d.day}, {d.year}", f"{m[:3]} {d.day:02d}, {d.year}",
             f"{m[:3]} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"]
    # last day of a range: "October 16–18, 2025", "September 8 – October 20, 2025"
    forms.append(f"–{d.day}, {d.year}")
    forms.append(f"– {m} {d.day}, {d.year}")
    return forms


def check(pdf, gold):
    errs, notes = [], []
    lay = squash(text(pdf))
    raw = None
    if not has(lay, gold["name"]):
        errs.append(f"name not found: {gold['name']!r}")
    if not has(lay, gold["title"]):
        raw = raw or squash(text(pdf, "-raw"))
        if has(raw, gold["title"]):
            notes.append("title found with -raw (wrapped inside a cell/column)")
        else:
            errs.append(f"title not found: {gold['title']!r}")
    for pv in gold["provider"]:
        if has(lay, pv):
            continue
        parts = [x.strip() for x in pv.split(", ", 1)] if ", " in pv else []
        if parts and all(has(lay, x) for x in parts) and pv.split(", ", 1)[0] in gold["provider"]:
            notes.append(f"provider checked part by part: {pv!r}")
            continue
        errs.append(f"provider not found: {pv!r}")
    if gold["activity_id"] is not None and not has(lay, gold["activity_id"]):
        errs.append(f"activity id not found: {gold['activity_id']!r}")
    c = gold["credits"]
    nums = [float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])", text(pdf))]
    if not any(abs(n - c) < 1e-9 for n in nums):
        errs.append(f"credits figure not found: {c}")
    u = gold["unit"]
    if u not in UNITS:
        errs.append(f"bad unit {u!r}")
    elif not has_ci(lay, u):
        errs.append(f"unit word not found: {u!r}")
    want = round(c * 10, 4) if u == "CEU" else c
    if abs(gold["points"] - want) > 1e-9:
        errs.append(f"points {gold['points']} != {want}")
    try:
        d = dt.date.fromisoformat(gold["date"])
        if not any(has(lay, f) for f in date_forms(d)):
            errs.append(f"no printed form of date {gold['date']} found")
    except ValueError:
        errs.append(f"bad date {gold['date']!r}")
    for k in ("style", "producer", "layout", "notes", "name", "title", "date", "credits",
              "unit", "points", "provider", "activity_id"):
        if k not in gold:
            errs.append(f"gold lacks key {k}")
    return errs, notes


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, "zx[0-9][0-9].pdf")))
    failing = 0
    for pdf in pdfs:
        gid = os.path.basename(pdf)[:-4]
        gold = json.load(open(os.path.join(HERE, gid + ".gold.json"), encoding="utf-8"))
        errs, notes = check(pdf, gold)
        status = "FAIL" if errs else "ok"
        if errs:
            failing += 1
        extra = ("  [" + "; ".join(notes) + "]") if notes else ""
        print(f"{gid}  {status}{extra}")
        for e in errs:
            print(f"      - {e}")
    print(f"\n{len(pdfs)} certificates, {failing} failing")
    return failing


if __name__ == "__main__":
    sys.exit(main())
