#!/usr/bin/env python3
"""Check every ztNN.pdf against its gold: pdftotext -layout, whitespace-insensitive substring checks."""
import glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
UNIT_WORD = {"contact hour": "contact hour", "CMLE": "CMLE", "CE hour": "CE hour", "CEU": "CEU"}

def norm(s):
    return re.sub(r"\s+", "", s).replace("\u2212", "-").lower()

def credit_forms(x):
    forms = {str(x), "%g" % x, "%.1f" % x, "%.2f" % x}
    return {f for f in forms}

fails = 0
files = sorted(glob.glob(os.path.join(HERE, "zt[0-9][0-9].pdf")))
for pdf in files:
    gid = os.path.basename(pdf)[:-4]
    g = json.load(open(os.path.join(HERE, gid + ".gold.json"), encoding="utf-8"))
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    t = norm(txt)
    probs = []
    def need(label, s):
        if norm(s) not in t:
            probs.append("%s not found: %r" % (label, s))
    need("name", g["name"])
    need("title", g["title"])
    for p in g["provider"]:
        if norm(p) in t:
            continue
        parts = [q for q in p.split(", ") if q]
        if len(parts) > 1 and all(norm(q) in t for q in parts):
            continue
        probs.append("provider not found: %r" % p)
    if g["activity_id"] is not None:
        need("activity_id", g["activity_id"])
    if not any(norm(f) in t for f in credit_forms(g["credits"])):
        probs.append("credits not found: %r" % g["credits"])
    if g["unit"] not in UNIT_WORD:
        probs.append("bad unit %r" % g["unit"])
    elif norm(UNIT_WORD[g["unit"]]) not in t:
        probs.append("unit word not found: %r" % g["unit"])
    exp = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - exp) > 1e-9:
        probs.append("points %r != %r" % (g["points"], exp))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
        probs.append("bad date %r" % g["date"])
    else:
        y, m, d = g["date"].split("-")
        if y not in txt:
            probs.append("year %s not on page" % y)
    for k in ("style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points", "provider", "activity_id"):
        if k not in g:
            probs.append("missing key " + k)
    if probs:
        fails += 1
        print("FAIL", gid, "; ".join(probs))
    else:
        print("ok  ", gid)
print("%d PDFs, %d failing" % (len(files), fails))
sys.exit(1 if fails or len(files) != 40 else 0)
