#!/usr/bin/python3
"""Check every ygNN.pdf against its ygNN.gold.json.

For each certificate, `pdftotext -layout` is run and the text is compared
whitespace-insensitively (and after Unicode NFKC normalisation):
  * name, title, every provider string and the activity id must appear
    (case-sensitive).  A provider of the form "Institution, Office" passes
    if it appears literally or if each comma-separated part appears;
  * the credits figure must appear as a number token, and the unit word
    ("contact hour", "CMLE", "CE hour", "CEU") must appear (case-insensitive);
  * points must equal credits (CEU: credits x 10);
  * the gold date must appear in one of the usual printed forms (or as the
    closing day of a printed range);
  * schema keys/types, and the page count (1-2).
Exit status 0 when every certificate passes.
"""
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"]
UNITS = {"contact hour": "contacthour", "CMLE": "cmle", "CE hour": "cehour", "CEU": "ceu"}


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", "", s)


def date_forms(d):
    day, mon, year = d.day, d.strftime("%B"), d.year
    forms = [
        "%s %d, %d" % (mon, day, year), "%s %02d, %d" % (mon, day, year),
        "%s. %d, %d" % (d.strftime("%b"), day, year), "%s %d, %d" % (d.strftime("%b"), day, year),
        d.strftime("%m/%d/%Y"), "%d/%d/%d" % (d.month, day, year), d.strftime("%Y-%m-%d"),
        "%d %s %d" % (day, mon, year), "%02d %s %d" % (day, mon, year),
        "%d %s %d" % (day, d.strftime("%b"), year),
    ]
    return [squash(f).lower() for f in forms]


def range_end(text_sq, d):
    """'November 6-8, 2025' style ranges: month name present and '-8,2025' or '–8,2025'."""
    low = text_sq.lower()
    if d.strftime("%B").lower() not in low:
        return False
    for dash in ("-", "\u2013", "\u2014"):
        if ("%s%d,%d" % (dash, d.day, d.year)) in low:
            return True
    return False


def numbers(text):
    return {float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])", text)}


def check(cid):
    errs = []
    pdf, gj = HERE / ("%s.pdf" % cid), HERE / ("%s.gold.json" % cid)
    if not pdf.exists() or not gj.exists():
        return ["missing pdf or gold"]
    g = json.loads(gj.read_text(encoding="utf-8"))
    for k in KEYS:
        if k not in g:
            errs.append("missing key %s" % k)
    if errs:
        return errs
    if set(g) - set(KEYS):
        errs.append("extra keys %s" % sorted(set(g) - set(KEYS)))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    if not 1 <= pages <= 2:
        errs.append("page count %d" % pages)
    sq = squash(text)

    for field in ("name", "title"):
        if not g[field] or squash(g[field]) not in sq:
            errs.append("%s not found: %r" % (field, g[field]))
    for p in g["provider"]:
        if squash(p) in sq:
            continue
        parts = [x for x in p.split(", ") if x]
        if len(parts) > 1 and all(squash(x) in sq for x in parts):
            continue
        errs.append("provider not found: %r" % p)
    if g["activity_id"] is not None and squash(g["activity_id"]) not in sq:
        errs.append("activity_id not found: %r" % g["activity_id"])
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    elif UNITS[g["unit"]] not in sq.lower():
        errs.append("unit word not found: %r" % g["unit"])
    if not isinstance(g["credits"], (int, float)) or g["credits"] not in numbers(text):
        errs.append("credits figure not found: %r" % g["credits"])
    want_pts = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - want_pts) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want_pts))
    try:
        d = dt.date.fromisoformat(g["date"])
        if not any(f in sq.lower() for f in date_forms(d)) and not range_end(sq, d):
            errs.append("date not found in a usual form: %s" % g["date"])
    except ValueError:
        errs.append("bad date %r" % g["date"])
    if not isinstance(g["layout"], list) or not isinstance(g["provider"], list):
        errs.append("layout/provider must be lists")
    return errs


def main():
    ids = sys.argv[1:] or sorted(p.name[:-len(".gold.json")] for p in HERE.glob("yg*.gold.json"))
    pdfs = sorted(p.stem for p in HERE.glob("yg*.pdf"))
    bad = 0
    for cid in ids:
        errs = check(cid)
        if errs:
            bad += 1
            print("FAIL %s: %s" % (cid, "; ".join(errs)))
        else:
            print("ok   %s" % cid)
    orphan = sorted(set(pdfs) - set(ids)) if not sys.argv[1:] else []
    for o in orphan:
        bad += 1
        print("FAIL %s: pdf without gold" % o)
    print("%d checked, %d failing" % (len(ids), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
