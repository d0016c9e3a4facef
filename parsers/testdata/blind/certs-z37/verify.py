#!/usr/bin/python3
"""Check every ykNN.pdf against its ykNN.gold.json.

For each certificate, ``pdftotext -layout`` is run and the following must hold
(comparison with all whitespace removed; case-sensitive except the unit word):
  * name, title, every provider string and the activity id appear in the text
    (a provider of the form "Institution, Office" may instead appear as its
    comma-separated parts; a title may be split by a table cell into pieces that
    appear in order, close together -- reported as 'split');
  * the credits figure and the unit word appear;
  * points == credits (x10 for CEU);
  * the date appears in a usual spelling (Month D, YYYY; MM/DD/YYYY; or as the
    last day of a printed range);
  * the gold object has exactly the schema keys.
Exit status 0 when nothing fails.
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
UNITS = {"contact hour": "contacthour", "CMLE": "CMLE", "CE hour": "cehour", "CEU": "CEU"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def norm(s):
    return re.sub(r"\s+", "", s)


def split_found(needle, text, max_gap=160):
    """needle split at word boundaries into 2-3 pieces found in order with small gaps."""
    words = needle.split()
    n = len(words)
    for i in range(1, n):
        a, b = norm(" ".join(words[:i])), norm(" ".join(words[i:]))
        for m in re.finditer(re.escape(a), text):
            j = text.find(b, m.end())
            if 0 <= j - m.end() <= max_gap:
                return True
    for i in range(1, n - 1):
        for k in range(i + 1, n):
            a, b, c = (norm(" ".join(words[:i])), norm(" ".join(words[i:k])), norm(" ".join(words[k:])))
            for m in re.finditer(re.escape(a), text):
                j = text.find(b, m.end())
                if 0 <= j - m.end() <= max_gap:
                    q = text.find(c, j + len(b))
                    if 0 <= q - (j + len(b)) <= max_gap:
                        return True
    return False


def date_found(iso, raw):
    y, m, d = map(int, iso.split("-"))
    mon = MONTHS[m - 1]
    t = re.sub(r"\s+", " ", raw)
    pats = [r"%s %d, %d" % (mon, d, y),
            r"%02d/%02d/%d" % (m, d, y), r"%d/%d/%d" % (m, d, y), iso,
            r"%s \d{1,2}\s*[\u2013-]\s*%d, %d" % (mon, d, y)]
    return any(re.search(p, t) for p in pats)


def check(gold_path):
    cid = os.path.basename(gold_path).split(".")[0]
    pdf = os.path.join(HERE, cid + ".pdf")
    g = json.load(open(gold_path, encoding="utf-8"))
    errs, notes = [], []
    if list(g.keys()) != KEYS:
        errs.append("schema keys %s" % list(g.keys()))
    if not os.path.exists(pdf):
        return cid, ["missing pdf"], notes
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    T = norm(raw)
    if norm(g["name"]) not in T:
        errs.append("name %r" % g["name"])
    if norm(g["title"]) not in T:
        if split_found(g["title"], T):
            notes.append("title split")
        else:
            errs.append("title %r" % g["title"])
    if not g["provider"]:
        errs.append("no provider")
    for p in g["provider"]:
        if norm(p) in T:
            continue
        parts = [x for x in p.split(", ")]
        if len(parts) > 1 and all(norm(x) in T for x in parts):
            notes.append("provider parts %r" % p)
            continue
        errs.append("provider %r" % p)
    aid = g["activity_id"]
    if aid is not None and norm(aid) not in T:
        errs.append("activity_id %r" % aid)
    c = g["credits"]
    forms = {"%.1f" % c, "%.2f" % c, "%g" % c}
    if not any(f in T for f in forms):
        errs.append("credits %r" % c)
    u = g["unit"]
    if u not in UNITS:
        errs.append("unit %r" % u)
    elif UNITS[u].lower() not in T.lower():
        errs.append("unit word %r" % u)
    exp = round(c * 10, 2) if u == "CEU" else c
    if abs(g["points"] - exp) > 1e-9:
        errs.append("points %r != %r" % (g["points"], exp))
    if not date_found(g["date"], raw):
        errs.append("date %r" % g["date"])
    return cid, errs, notes


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "yk*.gold.json")))
    fails = 0
    for gp in golds:
        cid, errs, notes = check(gp)
        status = "FAIL" if errs else "ok"
        if errs:
            fails += 1
        extra = ("  [" + "; ".join(notes) + "]") if notes else ""
        print("%-5s %-4s %s%s" % (cid, status, "; ".join(errs), extra))
    print("%d certificates, %d failing" % (len(golds), fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
