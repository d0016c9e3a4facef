#!/usr/bin/python3
"""Check every yhNN.pdf against yhNN.gold.json using `pdftotext -layout`.

Whitespace-insensitive substring checks for name, title, each provider string,
activity id, the credits figure and the unit word; points must equal credits
(x10 for CEU).  The gold date must also be visible in some printed form.
A provider of the form "Institution, Office" passes when both parts are printed.

usage: /usr/bin/python3 verify.py [yh01 ...]
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


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                          text=True).stdout


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    mon = MONTHS[m - 1]
    forms = ["%s %d, %d" % (mon, d, y), "%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y),
             "%d %s %d" % (d, mon, y), iso, "%s %d, %d" % (mon[:3], d, y)]
    ranges = [r"%s\s*\d{1,2}\s*[\u2013-]\s*%d,\s*%d" % (mon, d, y)]
    return forms, ranges


def credit_forms(x):
    return {("%g" % x), ("%.1f" % x), ("%.2f" % x)}


def check(gold, text):
    errs = []
    nt = norm(text)

    def has(s):
        return norm(s) in nt

    if not has(gold["name"]):
        errs.append("name %r not found" % gold["name"])
    if not has(gold["title"]):
        errs.append("title %r not found" % gold["title"])
    for p in gold["provider"]:
        if has(p):
            continue
        if ", " in p:
            head, tail = p.split(", ", 1)
            # "Institution, Office" (the institution itself may contain ", Inc.")
            parts = [p.rsplit(", ", 1)[0], p.rsplit(", ", 1)[1]]
            if all(has(x) for x in parts) or all(has(x) for x in (head, tail)):
                continue
        errs.append("provider %r not found" % p)
    if gold["activity_id"] is not None and not has(gold["activity_id"]):
        errs.append("activity_id %r not found" % gold["activity_id"])
    figs = credit_forms(gold["credits"])
    if not any(re.search(r"(?<![\d.])%s(?![\d])" % re.escape(f), text) for f in figs):
        errs.append("credits %r not found" % gold["credits"])
    unit = gold["unit"]
    if unit == "contact hour":
        ok = "contacthour" in nt.lower()
    elif unit == "CE hour":
        ok = "cehour" in nt.lower()
    elif unit == "CMLE":
        ok = "CMLE" in nt
    elif unit == "CEU":
        ok = "CEU" in nt
    else:
        ok = False
        errs.append("unknown unit %r" % unit)
    if not ok:
        errs.append("unit word %r not found" % unit)
    exp = gold["credits"] * (10 if unit == "CEU" else 1)
    if abs(exp - gold["points"]) > 1e-6:
        errs.append("points %r != %r" % (gold["points"], exp))
    forms, ranges = date_forms(gold["date"])
    flat = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
    if not (any(f in flat for f in forms) or any(re.search(r, flat) for r in ranges)):
        errs.append("date %s not visible in any known form" % gold["date"])
    for k in ("style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit",
              "points", "provider", "activity_id"):
        if k not in gold:
            errs.append("gold lacks key %s" % k)
    return errs


def main(argv):
    want = set(argv[1:])
    golds = sorted(glob.glob(os.path.join(HERE, "yh*.gold.json")))
    nfail = 0
    n = 0
    for g in golds:
        cid = os.path.basename(g).split(".")[0]
        if want and cid not in want:
            continue
        n += 1
        gold = json.load(open(g, encoding="utf-8"))
        pdf = os.path.join(HERE, cid + ".pdf")
        if not os.path.exists(pdf):
            print("FAIL %s: missing PDF" % cid)
            nfail += 1
            continue
        errs = check(gold, pdf_text(pdf))
        if errs:
            nfail += 1
            print("FAIL %s: %s" % (cid, "; ".join(errs)))
        else:
            print("ok   %s" % cid)
    print("%d certificates checked, %d failing" % (n, nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
