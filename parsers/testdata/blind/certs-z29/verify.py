#!/usr/bin/python3
"""Check every ycNN.pdf against ycNN.gold.json using pdftotext -layout (whitespace-insensitive)."""
import glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
UNIT_WORDS = {"contact hour": "contact hour", "CMLE": "CMLE", "CE hour": "CE hour", "CEU": "CEU"}

def squash(s):
    return re.sub(r"\s+", "", s)

def fmt_variants(x):
    v = {str(x), "%g" % x, "%.1f" % x, "%.2f" % x}
    return {squash(s) for s in v}

fails = 0
golds = sorted(glob.glob(os.path.join(HERE, "yc*.gold.json")))
for gp in golds:
    g = json.load(open(gp, encoding="utf-8"))
    pdf = gp.replace(".gold.json", ".pdf")
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    # normalise typographic apostrophes / ligatures
    txt = txt.replace("\u2019", "'").replace("\ufb01", "fi").replace("\ufb02", "fl")
    T = squash(txt)
    problems = []
    for key in ("name", "title"):
        if squash(g[key]) not in T:
            problems.append("%s %r" % (key, g[key]))
    for pv in g["provider"]:
        if squash(pv) not in T and not (", " in pv and all(squash(p) in T for p in pv.split(", "))):
            problems.append("provider %r" % pv)
    if g["activity_id"] is not None and squash(g["activity_id"]) not in T:
        problems.append("activity_id %r" % g["activity_id"])
    if not any(v in T for v in fmt_variants(g["credits"])):
        problems.append("credits %r" % g["credits"])
    if g["unit"] not in UNIT_WORDS or squash(g["unit"]).lower() not in T.lower():
        problems.append("unit %r" % g["unit"])
    exp = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
    if abs(exp - g["points"]) > 1e-9:
        problems.append("points %r != %r" % (g["points"], exp))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
        problems.append("date format")
    name = os.path.basename(pdf)
    if problems:
        fails += 1
        print("FAIL", name, "; ".join(problems))
    else:
        print("ok  ", name)
print("%d certificates, %d failing" % (len(golds), fails))
sys.exit(1 if fails else 0)
