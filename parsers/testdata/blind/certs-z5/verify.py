#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check every zeNN.pdf against zeNN.gold.json via `pdftotext -layout` (whitespace-insensitive)."""
import glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
UNITWORD = {"contact hour": "contacthour", "CMLE": "cmle", "CE hour": "cehour", "CEU": "ceu"}


def squash(s):
    return re.sub(r"\s+", "", s.replace("\u00ad", ""))


def main():
    fails = 0
    files = sorted(glob.glob(os.path.join(HERE, "ze[0-9][0-9].gold.json")))
    for gf in files:
        g = json.load(open(gf, encoding="utf-8"))
        pdf = gf.replace(".gold.json", ".pdf")
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        t = squash(txt)
        tl = t.lower()
        prob = []
        for key in ("name", "title"):
            if squash(g[key]) not in t:
                prob.append("%s not found: %r" % (key, g[key]))
        for pv in g["provider"]:
            if squash(pv) not in t and not all(squash(part) in t for part in pv.split(", ")):
                prob.append("provider not found: %r" % pv)
        if g["activity_id"] is not None and squash(g["activity_id"]) not in t:
            prob.append("activity_id not found: %r" % g["activity_id"])
        c = g["credits"]
        forms = {"%g" % c, "%.1f" % c, "%.2f" % c}
        if not any(re.search(r"(?<![\d.])" + re.escape(f) + r"(?![\d])", txt) for f in forms):
            prob.append("credits not found: %r" % c)
        if UNITWORD[g["unit"]] not in tl:
            prob.append("unit not found: %r" % g["unit"])
        exp = round(c * 10, 4) if g["unit"] == "CEU" else c
        if abs(g["points"] - exp) > 1e-9:
            prob.append("points %r != %r" % (g["points"], exp))
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", g["date"]):
            prob.append("bad date")
        npages = txt.count("\f")
        name = os.path.basename(pdf)
        if prob:
            fails += 1
            print("FAIL", name, "; ".join(prob))
        else:
            print("ok  ", name, "pages=%d" % npages)
    print("%d certificates, %d failing" % (len(files), fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
