#!/usr/bin/python3
"""Check every nNN.pdf against nNN.gold.json using `pdftotext -layout`.

Checks (whitespace-insensitive): name, title, every provider string (a combined
"Institution, Office" string may instead be found as its comma-separated parts),
activity_id, the credits figure and the unit word (case-insensitive) appear in the
text; points == credits (x10 for CEU); schema, unit vocabulary and date format.
The completion date is looked for in common spellings (or as the last day of a
"Month D1-D2, YYYY" range) and only warned about.
Exit status 1 on any failure.
"""
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit",
        "points", "provider", "activity_id"]
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}


def squash(s):
    return re.sub(r"\s+", "", s)


def pdftext(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else -1


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    mon, mo3 = d.strftime("%B"), d.strftime("%b")
    return [
        f"{mon} {d.day}, {d.year}", f"{mo3} {d.day}, {d.year}", f"{mo3} {d.day:02d}, {d.year}", f"{mo3}. {d.day}, {d.year}",
        f"{d.day} {mon} {d.year}", f"{d.day} {mo3} {d.year}", f"{d.day:02d} {mo3} {d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", iso,
        f"{d.day:02d}-{mo3}-{d.year}", f"{d.day}-{mo3}-{d.year}",
        f"{mon.upper()} {d.day}, {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
    ]


def check(gold_path):
    errs, warns = [], []
    g = json.loads(gold_path.read_text())
    pdf = gold_path.with_name(gold_path.name.replace(".gold.json", ".pdf"))
    if list(g.keys()) != KEYS:
        errs.append(f"keys {list(g.keys())}")
    if not pdf.exists():
        return [f"missing {pdf.name}"], warns, g
    text = pdftext(pdf)
    T = squash(text)
    Tl = T.lower()

    def has(s, ci=False):
        return (squash(s).lower() in Tl) if ci else (squash(s) in T)

    for k in ("name", "title"):
        if not g[k] or not has(g[k]):
            errs.append(f"{k} not found: {g[k]!r}")
    if not isinstance(g["provider"], list) or not g["provider"]:
        errs.append("provider must be a non-empty list")
    for p in g["provider"]:
        if not has(p):
            parts = [q for q in p.split(", ") if q]
            if len(parts) > 1 and all(has(q) for q in parts):
                continue
            errs.append(f"provider not found: {p!r}")
    if g["activity_id"] is not None and not has(g["activity_id"]):
        errs.append(f"activity_id not found: {g['activity_id']!r}")
    c = g["credits"]
    if not isinstance(c, (int, float)) or c <= 0:
        errs.append(f"bad credits {c!r}")
    else:
        forms = {f"{c:g}", f"{c:.1f}", f"{c:.2f}"}
        spaced = re.sub(r"\s+", " ", text)
        if not any(re.search(r"(?<![\d.])" + re.escape(f) + r"(?![\d])", spaced) for f in forms):
            errs.append(f"credits figure not found: {sorted(forms)}")
    if g["unit"] not in UNITS:
        errs.append(f"bad unit {g['unit']!r}")
    elif not has(g["unit"], ci=True):
        errs.append(f"unit word not found: {g['unit']!r}")
    want = round(c * 10, 2) if g["unit"] == "CEU" else c
    if abs(g["points"] - want) > 1e-9:
        errs.append(f"points {g['points']} != {want}")
    try:
        forms = date_forms(g["date"])
        d = dt.date.fromisoformat(g["date"])
        rng = re.search(d.strftime("%B") + r"\s+\d{1,2}\s*[\u2013-]\s*" + str(d.day) + r",\s*" + str(d.year), text)
        if rng:
            pass
        elif not any(has(f, ci=True) for f in forms):
            warns.append(f"date {g['date']} not found verbatim (range or other spelling?)")
    except ValueError:
        errs.append(f"bad date {g['date']!r}")
    n = pages(pdf)
    if n < 1 or n > 2:
        errs.append(f"{n} pages")
    return errs, warns, g


def main():
    golds = sorted(HERE.glob("n[0-9][0-9].gold.json"))
    pdfs = sorted(HERE.glob("n[0-9][0-9].pdf"))
    bad = 0
    if len(golds) != len(pdfs):
        print(f"FAIL: {len(golds)} gold files but {len(pdfs)} PDFs")
        bad += 1
    for gp in golds:
        errs, warns, g = check(gp)
        tag = gp.name[:3]
        if errs:
            bad += 1
            print(f"FAIL {tag}: " + "; ".join(errs))
        else:
            print(f"ok   {tag}  {g['producer']:<18} {g['style']:<24} {g['credits']:>5g} {g['unit']}")
        for w in warns:
            print(f"     {tag} warn: {w}")
    print(f"\n{len(golds)} certificates, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
