#!/usr/bin/python3
"""Check every zyNN.pdf against its zyNN.gold.json.

For each certificate run `pdftotext -layout` and check (whitespace-insensitive,
after Unicode NFKC normalisation) that the gold name, title, every provider
string and the activity ID appear in the text (case-sensitive), that the
credits figure appears as a number on a line that also mentions a credit unit
or that sits under a credit label, that the unit word appears
(case-insensitive), and that points == credits (x10 for CEU).
Also checks the gold schema itself.  Exit status 1 if anything fails.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit",
        "points", "provider", "activity_id"]
UNITS = {"contact hour": ["contact hour"], "CMLE": ["cmle"], "CE hour": ["ce hour"],
         "CEU": ["ceu"]}
CREDIT_WORDS = re.compile(r"contact hour|cmle|ce hour|ceu|continuing education unit|credit|hours",
                          re.I)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def numbers(line):
    return [float(x) for x in re.findall(r"(?<![\w.-])(\d+(?:\.\d+)?)(?![\w-]|\.\d)", line)]


def check(pdf):
    gid = os.path.basename(pdf)[:-4]
    gpath = os.path.join(HERE, gid + ".gold.json")
    errs = []
    with open(gpath, encoding="utf-8") as fh:
        g = json.load(fh)
    if list(g.keys()) != KEYS:
        errs.append("schema keys %s" % list(g.keys()))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True).stdout
    flat = norm(text)
    lines = unicodedata.normalize("NFKC", text).splitlines()

    def need(label, s, ci=False):
        a, b = norm(s), flat
        if ci:
            a, b = a.lower(), b.lower()
        if a not in b:
            errs.append("%s not found: %r" % (label, s))

    need("name", g["name"])
    need("title", g["title"])
    if not g["provider"]:
        errs.append("empty provider list")
    for pv in g["provider"]:
        need("provider", pv)
    if g["activity_id"] is not None:
        need("activity_id", g["activity_id"])
    try:
        date.fromisoformat(g["date"])
    except Exception:
        errs.append("bad date %r" % g["date"])
    # unit and points
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    else:
        if not any(w in flat.lower() for w in (norm(x) for x in UNITS[g["unit"]])):
            errs.append("unit word not found: %r" % g["unit"])
    want = round(g["credits"] * 10, 4) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want))
    # credits figure: on a line with a credit word, or under a line with one
    ok = False
    for i, ln in enumerate(lines):
        if any(abs(x - g["credits"]) < 1e-9 for x in numbers(ln)):
            ctx = " ".join(lines[max(0, i - 2):i + 1])
            if CREDIT_WORDS.search(ctx):
                ok = True
                break
    if not ok:
        errs.append("credits figure %r not found near a credit word" % g["credits"])
    return gid, g, errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, "zy[0-9][0-9].pdf")))
    nfail = 0
    for pdf in pdfs:
        gid, g, errs = check(pdf)
        if errs:
            nfail += 1
            print("FAIL %s" % gid)
            for e in errs:
                print("     - " + e)
        else:
            print("ok   %s  %s | %s | %s %s" % (gid, g["name"], g["date"], g["credits"], g["unit"]))
    print("\n%d certificates, %d failing" % (len(pdfs), nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
