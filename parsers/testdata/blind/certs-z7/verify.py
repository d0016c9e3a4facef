#!/usr/bin/python3
"""Check every zgNN.pdf against zgNN.gold.json using `pdftotext -layout`.

Checks (whitespace-insensitive): name, title, every provider string (a
'Institution, Office' pair may be printed as two separate pieces), activity id,
the credits figure and the unit word (case-insensitive); points vs credits/unit;
gold schema.  Exit status 1 when anything fails.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"]
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}


def squash(s):
    return re.sub(r"\s+", "", s)


def number_forms(x):
    forms = {("%g" % x), ("%.1f" % x), ("%.2f" % x)}
    return sorted(forms, key=len, reverse=True)


def provider_found(p, text):
    if squash(p) in text:
        return True
    parts = p.split(", ")
    for i in range(1, len(parts)):
        a, b = ", ".join(parts[:i]), ", ".join(parts[i:])
        if squash(a) in text and squash(b) in text:
            return True
    return False


def check(gold_path):
    cid = os.path.basename(gold_path).split(".")[0]
    pdf = os.path.join(HERE, cid + ".pdf")
    probs = []
    g = json.load(open(gold_path, encoding="utf-8"))
    if list(g.keys()) != KEYS:
        probs.append("schema keys %s" % list(g.keys()))
    if not os.path.exists(pdf):
        return cid, ["missing PDF"]
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    text = squash(raw)
    flat = re.sub(r"\s+", " ", raw)
    for field in ("name", "title"):
        if not g[field] or squash(g[field]) not in text:
            probs.append("%s not found: %r" % (field, g[field]))
    if not g["provider"]:
        probs.append("empty provider list")
    for p in g["provider"]:
        if not provider_found(p, text):
            probs.append("provider not found: %r" % p)
    if g["activity_id"] is not None and squash(g["activity_id"]) not in text:
        probs.append("activity_id not found: %r" % g["activity_id"])
    if not any(re.search(r"(?<![\d.])%s(?![\d])" % re.escape(f), flat) for f in number_forms(g["credits"])):
        probs.append("credits figure not found: %r" % g["credits"])
    if g["unit"] not in UNITS:
        probs.append("bad unit %r" % g["unit"])
    elif squash(g["unit"]).lower() not in text.lower():
        probs.append("unit word not found: %r" % g["unit"])
    want = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - want) > 1e-9:
        probs.append("points %r != %r" % (g["points"], want))
    try:
        datetime.date.fromisoformat(g["date"])
    except (TypeError, ValueError):
        probs.append("bad date %r" % g["date"])
    if not isinstance(g["layout"], list) or not g["layout"]:
        probs.append("layout must be a non-empty list")
    return cid, probs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "zg[0-9][0-9].gold.json")))
    bad = 0
    nprob = 0
    for gp in golds:
        cid, probs = check(gp)
        if probs:
            bad += 1
            nprob += len(probs)
            for p in probs:
                print("FAIL %s: %s" % (cid, p))
        else:
            print("ok   %s" % cid)
    print("verify: %d/%d certificates OK, %d problem(s)" % (len(golds) - bad, len(golds), nprob))
    sys.exit(1 if bad or not golds else 0)


if __name__ == "__main__":
    main()
