#!/usr/bin/python3
"""Check every xNN.pdf against xNN.gold.json using `pdftotext -layout`."""
import glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"contact hour": "contacthour", "CMLE": "cmle", "CE hour": "cehour", "CEU": "ceu"}
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit",
        "points", "provider", "activity_id"]


def squash(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", "", s)


def figures(c):
    out = {repr(c), "%g" % c, "%.1f" % c, "%.2f" % c}
    if c < 1:
        out |= {s[1:] for s in out if s.startswith("0.")}
    return out


def check(gold_path):
    cid = os.path.basename(gold_path).split(".")[0]
    pdf = os.path.join(HERE, cid + ".pdf")
    errs = []
    g = json.load(open(gold_path, encoding="utf-8"))
    if sorted(g) != sorted(KEYS):
        errs.append("keys %s" % sorted(set(g) ^ set(KEYS)))
    if not os.path.exists(pdf):
        return cid, ["missing pdf"]
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = txt.count("\f")
    if pages < 1 or pages > 2:
        errs.append("pages=%d" % pages)
    t = squash(txt)
    tl = t.lower()
    for field in ["name", "title"]:
        if squash(g[field]) not in t:
            errs.append("%s not found: %r" % (field, g[field]))
    if not g["provider"]:
        errs.append("no provider")
    for p in g["provider"]:
        if squash(p) not in t:
            errs.append("provider not found: %r" % p)
    if g["activity_id"] is not None and squash(g["activity_id"]) not in t:
        errs.append("activity_id not found: %r" % g["activity_id"])
    c = g["credits"]
    # the figure must appear as a stand-alone number somewhere
    nums = set(re.findall(r"(?<![\d.])\d*\.?\d+(?![\d])", txt))
    if not figures(c) & nums:
        errs.append("credits figure %r not found" % c)
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    elif UNITS[g["unit"]] not in tl:
        errs.append("unit word %r not found" % g["unit"])
    want = round(c * 10, 2) if g["unit"] == "CEU" else c
    if abs(g["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"] or ""):
        errs.append("bad date %r" % g["date"])
    if not isinstance(g["layout"], list) or not g["layout"]:
        errs.append("layout must be a non-empty list")
    return cid, errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "x*.gold.json")))
    bad = 0
    for gp in golds:
        cid, errs = check(gp)
        if errs:
            bad += 1
            print("FAIL", cid)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", cid)
    pdfs = glob.glob(os.path.join(HERE, "x*.pdf"))
    if len(pdfs) != len(golds):
        print("pdf/gold count mismatch", len(pdfs), len(golds))
        bad += 1
    print("%d certificates, %d failing" % (len(golds), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
