#!/usr/bin/python3
"""Check every wNN.pdf against wNN.gold.json using pdftotext -layout."""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
UNIT_WORDS = {"contact hour": "contacthour", "CMLE": "cmle", "CE hour": "cehour", "CEU": "ceu"}
REQUIRED = ["style", "producer", "layout", "notes", "name", "title", "date", "credits",
            "unit", "points", "provider", "activity_id"]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2011", "-"), ("\u00ad", "")):
        s = s.replace(a, b)
    return re.sub(r"\s+", "", s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def date_found(iso, text):
    y, m, d = (int(x) for x in iso.split("-"))
    forms = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), iso]
    if any(f in text for f in forms):
        return True
    # "March 9, 2026", or the last day of a range "April 16-18, 2026"
    month = MONTHS[m - 1]
    return bool(re.search(month + r"[\d\-,]{0,8}?(?<!\d)%d,%d" % (d, y), text))


def check(pdf):
    wid = os.path.basename(pdf)[:-4]
    errs = []
    gpath = os.path.join(HERE, wid + ".gold.json")
    if not os.path.exists(gpath):
        return ["missing gold"]
    g = json.load(open(gpath, encoding="utf-8"))
    for k in REQUIRED:
        if k not in g:
            errs.append("gold lacks " + k)
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE,
                         check=True).stdout.decode("utf-8", "replace")
    pages = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE).stdout.decode()
    npages = int(re.search(r"Pages:\s+(\d+)", pages).group(1))
    allowed = 2 if "two-page" in g.get("layout", []) else 1
    if npages != allowed:
        errs.append("%d pages, expected %d" % (npages, allowed))
    text = norm(raw)
    low = text.lower()

    def has(s):
        return norm(s) in text

    if not has(g["name"]):
        errs.append("name not found: %r" % g["name"])
    if not has(g["title"]):
        errs.append("title not found: %r" % g["title"])
    for p in g["provider"]:
        if has(p):
            continue
        parts = [x for x in p.split(", ") if x]
        if len(parts) > 1 and all(has(x) for x in parts):
            continue
        errs.append("provider not found: %r" % p)
    if g["activity_id"] is not None and not has(g["activity_id"]):
        errs.append("activity id not found: %r" % g["activity_id"])
    nums = [float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", raw.replace(",", ""))]
    if not any(abs(n - g["credits"]) < 1e-9 for n in nums):
        errs.append("credits figure not found: %r" % g["credits"])
    if UNIT_WORDS.get(g["unit"], "@@") not in low:
        errs.append("unit word not found: %r" % g["unit"])
    want = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"] or ""):
        errs.append("bad date %r" % g["date"])
    elif not date_found(g["date"], text):
        errs.append("date not found in any usual form: %r" % g["date"])
    return errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, "w[0-9][0-9].pdf")))
    golds = sorted(glob.glob(os.path.join(HERE, "w[0-9][0-9].gold.json")))
    bad = 0
    if len(pdfs) != len(golds):
        print("PDF/gold count mismatch", len(pdfs), len(golds))
        bad += 1
    for p in pdfs:
        e = check(p)
        print(os.path.basename(p), "OK" if not e else "FAIL")
        for x in e:
            print("   ", x)
        bad += bool(e)
    print("%d PDFs, %d failing" % (len(pdfs), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
