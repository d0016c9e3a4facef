#!/usr/bin/python3
"""Check every qNN.pdf against qNN.gold.json.

For each certificate: `pdftotext -layout` the PDF and check (whitespace-insensitive, NFC) that the gold
name, title, every provider string, the activity id and the credits figure appear, that the unit word
appears (case-insensitive), that the completion date is printed in a recognisable form, that points
follow the convention (credits, or 10 x credits for CEU), and that the page count is 1 (2 only when
the layout says "two-pages").  A provider of the form "Institution, Office" passes when it is printed
as such, or when the institution and the office are each printed (e.g. on separate lines).
Exit status 0 only when everything passes.
"""
import glob, json, os, re, subprocess, sys, unicodedata

BASE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"]
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def squash(s):
    return re.sub(r"\s+", "", nfc(s))


def text_of(pdf):
    return nfc(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout)


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def date_patterns(iso):
    y, m, d = (int(v) for v in iso.split("-"))
    mon = MONTHS_EN[m - 1]
    abbrs = {mon, mon[:3], mon[:3] + ".", "Sept." if m == 9 else mon[:3] + "."}
    rng = r"(?:\d{1,2}\s*[–-]\s*)?"
    pats = []
    for a in abbrs:
        pats.append(re.escape(a) + r"\s+" + rng + rf"0?{d},\s*{y}")
    pats += [rf"\b0?{m}/0?{d}/{y}\b", rf"\b{y}-{m:02d}-{d:02d}\b",
             rf"\b{d}\s+de\s+{MONTHS_ES[m - 1]}\s+de\s+{y}\b",
             rf"\b{d}\s+{MONTHS_FR[m - 1]}\s+{y}\b",
             rf"\b{d}\s+{mon}\s+{y}\b"]
    return pats


def credit_forms(c):
    forms = {f"{c:g}", f"{c:.1f}", f"{c:.2f}"}
    return forms


def check(gold_path):
    errs = []
    n = os.path.basename(gold_path).split(".")[0]
    g = json.load(open(gold_path, encoding="utf-8"))
    pdf = os.path.join(BASE, n + ".pdf")
    if list(g.keys()) != KEYS:
        errs.append(f"keys {list(g.keys())}")
    if not os.path.exists(pdf):
        return [f"missing {pdf}"]
    if g["unit"] not in UNITS:
        errs.append(f"unit {g['unit']!r}")
    exp_pts = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - exp_pts) > 1e-9:
        errs.append(f"points {g['points']} != {exp_pts}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
        errs.append(f"date format {g['date']}")
    if not isinstance(g["provider"], list) or not g["provider"]:
        errs.append("provider must be a non-empty list")
    np_ = pages_of(pdf)
    max_pages = 2 if "two-pages" in g["layout"] else 1
    if np_ > max_pages:
        errs.append(f"{np_} pages (max {max_pages})")

    txt = text_of(pdf)
    sq = squash(txt)
    flat = re.sub(r"\s+", " ", txt)

    def has(s):
        return squash(s) in sq

    for field in ("name", "title"):
        if not has(g[field]):
            errs.append(f"{field} not found: {g[field]!r}")
    for t in (g["title"],):
        if t[:1] in "\"“'‘" or t[-1:] in "\"”'’":
            errs.append("title keeps quotes")
    provs = g["provider"]
    for i, p in enumerate(provs):
        if has(p):
            continue
        ok = False
        for base in provs[:i]:
            if p.startswith(base + ", ") and has(base) and has(p[len(base) + 2:]):
                ok = True
        if not ok:
            errs.append(f"provider not found: {p!r}")
    if g["activity_id"] is not None and not has(g["activity_id"]):
        errs.append(f"activity_id not found: {g['activity_id']!r}")
    if not any(f in sq for f in credit_forms(g["credits"])):
        errs.append(f"credits figure not found: {g['credits']}")
    if g["unit"].lower().replace(" ", "") not in sq.lower():
        errs.append(f"unit word not found: {g['unit']!r}")
    if not any(re.search(p, flat) for p in date_patterns(g["date"])):
        errs.append(f"date not found in a known format: {g['date']}")
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(BASE, "q[0-9][0-9].gold.json")))
    pdfs = sorted(glob.glob(os.path.join(BASE, "q[0-9][0-9].pdf")))
    bad = 0
    if len(golds) != len(pdfs):
        print(f"FAIL: {len(pdfs)} PDFs but {len(golds)} gold files")
        bad += 1
    for gp in golds:
        errs = check(gp)
        n = os.path.basename(gp).split(".")[0]
        if errs:
            bad += 1
            print(f"FAIL {n}:")
            for e in errs:
                print("    -", e)
        else:
            print(f"ok   {n}")
    print(f"\n{len(golds) - bad if bad <= len(golds) else 0}/{len(golds)} certificates pass")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
