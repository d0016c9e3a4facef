#!/usr/bin/python3
"""Check every zcNN.pdf against its zcNN.gold.json.

For each certificate: run `pdftotext -layout`, then check (whitespace-insensitive)
that the gold name, title, every provider string, the activity id, the credits
figure and the unit word occur in the text; that points match credits/unit; that
the date is a valid ISO date; and that the page count is 1 (2 when the layout
tags include 'two-page').  Exit status = number of failing certificates.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points", "provider",
        "activity_id"]


def squash(s):
    return re.sub(r"\s+", "", s)


def fmt_credit(x):
    """figures as they may be printed: 1.0 -> '1.0' or '1'; 16.25 -> '16.25'"""
    out = {repr(float(x))}
    if float(x) == int(x):
        out.add(str(int(x)))
        out.add("%.1f" % x)
    return out


def check(pdf):
    gold_path = pdf[:-4] + ".gold.json"
    errs = []
    g = json.load(open(gold_path, encoding="utf-8"))
    if list(g.keys()) != KEYS:
        errs.append("gold keys %s" % list(g.keys()))
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = squash(txt)
    flat_ci = flat.lower()

    def need(label, s, ci=False):
        if s is None:
            return
        hay = flat_ci if ci else flat
        if squash(s.lower() if ci else s) not in hay:
            errs.append("%s not found: %r" % (label, s))

    need("name", g["name"])
    need("title", g["title"])
    for p in g["provider"]:
        # "Institution, Office" is composed by convention: accept both parts printed separately
        if squash(p) not in flat and ", " in p:
            inst, office = p.split(", ", 1)
            need("provider (institution part)", inst)
            need("provider (office part)", office)
        else:
            need("provider", p)
    need("activity_id", g["activity_id"])
    if not any(squash(f) in flat for f in fmt_credit(g["credits"])):
        errs.append("credits not found: %r" % g["credits"])
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    else:
        need("unit", g["unit"], ci=True)
    want = round(g["credits"] * 10, 4) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want))
    try:
        datetime.date.fromisoformat(g["date"])
    except Exception:
        errs.append("bad date %r" % g["date"])
    # no credentials / honorifics left in the name
    if re.search(r",\s*(MLS|MT|MLT|PhD|MD|HT|MB|PA|SBB)\b|^Dr\.", g["name"]):
        errs.append("name carries credentials/honorific: %r" % g["name"])
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    want_pages = 2 if "two-page" in g["layout"] else 1
    if pages != want_pages:
        errs.append("pages %d, expected %d" % (pages, want_pages))
    # every page must carry text
    for pno in range(1, pages + 1):
        t = subprocess.run(["pdftotext", "-f", str(pno), "-l", str(pno), pdf, "-"], capture_output=True,
                           text=True).stdout
        if len(t.strip()) < 40:
            errs.append("page %d has (almost) no text" % pno)
    return errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, "zc[0-9][0-9].pdf")))
    golds = sorted(glob.glob(os.path.join(HERE, "zc[0-9][0-9].gold.json")))
    bad = 0
    if len(pdfs) != 40 or len(golds) != 40:
        print("expected 40 PDFs and 40 gold files, found %d and %d" % (len(pdfs), len(golds)))
        bad += 1
    for pdf in pdfs:
        errs = check(pdf)
        name = os.path.basename(pdf)
        if errs:
            bad += 1
            print("FAIL %s" % name)
            for e in errs:
                print("     " + e)
        else:
            print("ok   %s" % name)
    print("%d failing" % bad)
    return bad


if __name__ == "__main__":
    sys.exit(main())
