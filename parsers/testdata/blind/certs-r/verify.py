#!/usr/bin/python3
"""Check every rNN.pdf against rNN.gold.json.

For each certificate: run `pdftotext -layout`, remove all whitespace, and require that
name, title, every provider string and activity_id appear verbatim (case-sensitive);
the credits figure appears in some decimal form and the unit word appears
(case-insensitive); points match credits and unit; the date is printed in some
recognisable form; the PDF has 1-2 pages; the PDF producer matches the gold producer.
Exit status 1 on any failure.
"""
import calendar
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"}
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}
PRODUCER_SIG = {"reportlab": "ReportLab", "reportlab-acroform+qpdf": "ReportLab", "chromium": "Skia",
                "soffice-docx": "LibreOffice", "soffice-fodt": "LibreOffice", "php-fpdf": "FPDF",
                "php-tcpdf": "TCPDF", "ghostscript-ps": "Ghostscript"}


def squash(s):
    return re.sub(r"\s+", "", s)


def credit_forms(x):
    forms = {f"{x:.2f}", f"{x:.1f}", f"{x:g}"}
    if x == int(x):
        forms.add(str(int(x)))
    forms |= {f[1:] for f in list(forms) if f.startswith("0.")}
    return forms


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    mon = calendar.month_name[d.month]
    return {f"{mon}{d.day},{d.year}", f"–{d.day},{d.year}", f"-{d.day},{d.year}",
            f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", iso,
            f"{d.day}{mon}{d.year}"}


def pdfinfo(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    info = {}
    for line in out.splitlines():
        k, _, v = line.partition(":")
        info[k.strip()] = v.strip()
    return info


def check(gold_path):
    errs = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    pdf = gold_path.with_name(gold_path.name.replace(".gold.json", ".pdf"))
    if set(g) != KEYS:
        errs.append(f"schema keys differ: {sorted(set(g) ^ KEYS)}")
    if not pdf.exists():
        return [f"missing {pdf.name}"]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    flat = squash(text)
    flat_low = flat.lower()
    for label, s in [("name", g["name"]), ("title", g["title"])] + \
            [("provider", p) for p in g["provider"]] + \
            ([("activity_id", g["activity_id"])] if g["activity_id"] is not None else []):
        if not s or squash(s) not in flat:
            errs.append(f"{label} not found: {s!r}")
    if g["unit"] not in UNITS:
        errs.append(f"bad unit {g['unit']!r}")
    elif squash(g["unit"]).lower() not in flat_low:
        errs.append(f"unit word not found: {g['unit']!r}")
    if not any(f in flat for f in credit_forms(g["credits"])):
        errs.append(f"credits figure not found: {g['credits']}")
    want_pts = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - want_pts) > 1e-9:
        errs.append(f"points {g['points']} != expected {want_pts}")
    try:
        if not any(f in flat for f in date_forms(g["date"])):
            errs.append(f"date {g['date']} not printed in a recognised form")
    except ValueError:
        errs.append(f"bad date {g['date']!r}")
    if g["title"].startswith(("\u201c", '"')) or g["title"].endswith(("\u201d", '"')):
        errs.append("title keeps surrounding quotes")
    if re.search(r",\s*(MLS|MLT|MT|PhD|MD|HT|HTL|RPT|MB|M)\b", g["name"]) or \
            re.match(r"(Dr|Ms|Mr|Mrs)\.?\s", g["name"]):
        errs.append("name keeps credentials or honorific")
    if not isinstance(g["provider"], list) or not g["provider"]:
        errs.append("provider must be a non-empty list")
    info = pdfinfo(pdf)
    pages = int(info.get("Pages", "0"))
    if not 1 <= pages <= 2:
        errs.append(f"page count {pages}")
    sig = PRODUCER_SIG.get(g["producer"])
    prod = info.get("Producer", "") + " " + info.get("Creator", "")
    if sig is None:
        errs.append(f"unknown producer {g['producer']!r}")
    elif sig.lower() not in prod.lower():
        errs.append(f"PDF producer/creator {prod!r} does not match {g['producer']}")
    return errs


def main():
    golds = sorted(ROOT.glob("r[0-9][0-9].gold.json"))
    bad = 0
    for gp in golds:
        errs = check(gp)
        tag = gp.name[:3]
        if errs:
            bad += 1
            print(f"FAIL {tag}")
            for e in errs:
                print("     ", e)
        else:
            print(f"ok   {tag}")
    print(f"{len(golds) - bad}/{len(golds)} certificates pass")
    if len(golds) != 40:
        print(f"expected 40 gold files, found {len(golds)}")
        bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
