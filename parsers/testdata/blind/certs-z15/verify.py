#!/usr/bin/python3
"""Check every zoNN.pdf against zoNN.gold.json using `pdftotext -layout`.

Whitespace-insensitive: name, title, every provider string (an
"Institution, Office" string may also be found as its parts), activity id,
credits figure, unit word and date (one of the printed formats) must appear;
points must equal credits (x10 for CEU).
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def squash(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", "", s)


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    M = d.strftime("%B")
    m3 = d.strftime("%b")
    return [
        "%s %d, %d" % (M, d.day, d.year), d.strftime("%m/%d/%Y"), "%d %s %d" % (d.day, M, d.year), iso,
        "%02d-%s-%d" % (d.day, m3, d.year), "%s %d, %d" % (m3, d.day, d.year),
    ]


def date_ok(iso, text):
    t = squash(text)
    if any(squash(f) in t for f in date_forms(iso)):
        return True
    d = datetime.date.fromisoformat(iso)
    M = d.strftime("%B")
    # ranges: "June 11–13, 2025" or "September 8 – October 27, 2025"
    pat = r"%s\d{1,2}[\u2013-]%d,%d" % (M, d.day, d.year)
    pat2 = r"[A-Z][a-z]+\d{1,2}[\u2013-]%s%d,%d" % (M, d.day, d.year)
    return bool(re.search(pat, t) or re.search(pat2, t))


def credit_forms(c):
    forms = {("%g" % c), "%.1f" % c, "%.2f" % c}
    return forms


UNIT_WORDS = {"contact hour": ["contact hour"], "CMLE": ["CMLE"], "CE hour": ["CE hour"],
              "CEU": ["CEU", "Continuing Education Unit"]}


def check(pdf, gold):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE, text=True).stdout
    t = squash(text)
    tl = t.lower()
    errs = []
    for k in ("name", "title"):
        if squash(gold[k]) not in t:
            errs.append("%s not found: %r" % (k, gold[k]))
    for p in gold["provider"]:
        if squash(p) in t:
            continue
        parts = [x.strip() for x in p.split(", ")]
        if len(parts) > 1 and all(squash(x) in t for x in parts):
            continue
        errs.append("provider not found: %r" % p)
    if gold["activity_id"] is not None and squash(gold["activity_id"]) not in t:
        errs.append("activity_id not found: %r" % gold["activity_id"])
    if not any(squash(f) in t for f in credit_forms(gold["credits"])):
        errs.append("credits not found: %r" % gold["credits"])
    if not any(squash(w).lower() in tl for w in UNIT_WORDS[gold["unit"]]):
        errs.append("unit word not found: %r" % gold["unit"])
    exp = round(gold["credits"] * (10 if gold["unit"] == "CEU" else 1), 4)
    if abs(exp - gold["points"]) > 1e-9:
        errs.append("points %r != expected %r" % (gold["points"], exp))
    if not date_ok(gold["date"], text):
        errs.append("date not found in any printed form: %s" % gold["date"])
    need = {"style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
            "provider", "activity_id"}
    if set(gold) != need:
        errs.append("schema keys differ: %s" % sorted(set(gold) ^ need))
    return errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, "zo[0-9][0-9].pdf")))
    bad = 0
    for pdf in pdfs:
        gpath = pdf[:-4] + ".gold.json"
        gold = json.load(open(gpath, encoding="utf-8"))
        errs = check(pdf, gold)
        npages = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE, text=True).stdout
        np_ = re.search(r"Pages:\s+(\d+)", npages).group(1)
        if errs:
            bad += 1
            print("FAIL %s (%s pages): %s" % (os.path.basename(pdf), np_, "; ".join(errs)))
        else:
            print("ok   %s (%s pages) %s" % (os.path.basename(pdf), np_, gold["producer"]))
    print("%d checked, %d failing" % (len(pdfs), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
