#!/usr/bin/python3
"""Check every zNN.pdf against zNN.gold.json.

pdftotext -layout is run on each PDF; name, title, every provider string, the activity id,
the credits figure and the unit word must appear (whitespace-insensitive), the completion date
must appear in one of the usual printed forms, and points must follow credits/unit.
Exit status = number of failing certificates.
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"]
UNITS = {"contact hour": "contact hour", "CMLE": "CMLE", "CE hour": "CE hour", "CEU": "CEU"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

TRANS = {"\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff", "\u2019": "'", "\u2018": "'", "\u201c": '"',
         "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2010": "-", "\u2011": "-"}


def norm(s):
    for a, b in TRANS.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", "", s)


def pdftext(pdf, layout=True):
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True).stdout


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    mon = MONTHS[m - 1]
    forms = ["%s %d, %d" % (mon, d, y), "%s %02d, %d" % (mon, d, y), "%d %s %d" % (d, mon, y),
             "%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), iso, "%s %d, %d" % (mon[:3], d, y),
             "%s. %d, %d" % (mon[:3], d, y), "%02d-%s-%d" % (d, mon[:3], y), "%d-%s-%d" % (d, mon[:3].upper(), y),
             "%02d-%s-%d" % (d, mon[:3].upper(), y), "%s %d, %d" % (mon.upper(), d, y)]
    return forms


def date_in(text, iso):
    t = norm(text)
    for f in date_forms(iso):
        if norm(f) in t:
            return True
    # ranges such as "July 27-31, 2025" or "April 10-12, 2025" or "February 3 - 4, 2025"
    y, m, d = (int(x) for x in iso.split("-"))
    mon = MONTHS[m - 1]
    pat = r"%s\d{1,2}-%d,%d" % (mon, d, y)
    if re.search(pat, t) or re.search(r"%s\d{1,2}-%s%d,%d" % ("[A-Za-z]+", mon, d, y), t):
        return True
    return False


def credit_forms(c):
    forms = {("%g" % c)}
    forms.add("%.1f" % c)
    forms.add("%.2f" % c)
    return forms


def check(gold_path, notes):
    errs = []
    with open(gold_path, encoding="utf-8") as f:
        g = json.load(f)
    for k in KEYS:
        if k not in g:
            errs.append("missing key " + k)
    if errs:
        return errs
    pdf = gold_path.replace(".gold.json", ".pdf")
    if not os.path.exists(pdf):
        return ["pdf missing"]
    raw = pdftext(pdf)
    t = norm(raw)
    tl = t.lower()

    def has(s, label):
        if norm(s) not in t:
            errs.append("%s not found: %r" % (label, s))

    has(g["name"], "name")
    if norm(g["title"]) not in t:
        # a title wrapped inside a table cell is interleaved with neighbouring cells in -layout
        # output; accept it if it reads contiguously in pdftotext's raw reading order
        if norm(g["title"]) in norm(pdftext(pdf, layout=False)):
            notes.append("title found in reading-order text (wrapped table cell)")
        else:
            errs.append("title not found: %r" % g["title"])
    for p in g["provider"]:
        if norm(p) in t:
            continue
        # "Institution, Office" may be printed as two separate lines
        parts = p.split(", ", 1)
        if len(parts) == 2 and norm(parts[0]) in t and norm(parts[1]) in t:
            continue
        errs.append("provider not found: %r" % p)
    if g["activity_id"] is not None:
        has(g["activity_id"], "activity_id")
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    elif norm(g["unit"]).lower() not in tl:
        errs.append("unit word not found: %r" % g["unit"])
    spaced = re.sub(r"\s+", " ", raw)
    if not any(re.search(r"(?<![\d.])%s(?!\d|\.\d)" % re.escape(f), spaced) for f in credit_forms(g["credits"])):
        errs.append("credits figure not found: %r" % g["credits"])
    exp = round(g["credits"] * 10, 4) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - exp) > 1e-9:
        errs.append("points %r != expected %r" % (g["points"], exp))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
        errs.append("bad date format")
    elif not date_in(raw, g["date"]):
        errs.append("date not found in a usual printed form: %s" % g["date"])
    if not isinstance(g["provider"], list) or not g["provider"]:
        errs.append("provider must be a non-empty list")
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "z[0-9][0-9].gold.json")))
    bad = 0
    for gp in golds:
        notes = []
        e = check(gp, notes)
        name = os.path.basename(gp).split(".")[0]
        if e:
            bad += 1
            print("FAIL", name)
            for x in e:
                print("    ", x)
        else:
            print("ok  ", name, ("  (" + "; ".join(notes) + ")") if notes else "")
    print("%d certificates, %d failing" % (len(golds), bad))
    return bad


if __name__ == "__main__":
    sys.exit(main())
