#!/usr/bin/python3
"""Check every cNN.pdf against cNN.gold.json using pdftotext output.

For each certificate the extracted text (pdftotext default mode and -layout mode,
whitespace collapsed) must contain: the gold name, the gold title, the date string
as printed (hint from src/manifest.py), the credit figure as printed (as a whole
number token), the first provider name and the activity ID (when not null).
Letter-spaced names are also accepted with all spaces removed.  Also checks the
gold JSON keys/units/points and that each PDF is < 200 KB.
"""
import glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "src"))
import manifest  # noqa: E402

KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit",
        "points", "provider", "activity_id"]
UNITS = {"contact hour", "CMLE", "CE hour", "CEU", "AMA PRA Category 1 Credit"}


def text(pdf, *opts):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", *opts, pdf, "-"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    return r.stdout.decode("utf-8", "replace")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def nospace(s):
    return re.sub(r"\s+", "", s)


def check(cid):
    errs = []
    pdf = os.path.join(HERE, cid + ".pdf")
    gold = json.load(open(os.path.join(HERE, cid + ".gold.json"), encoding="utf-8"))
    m = manifest.BY_ID[cid]
    if list(gold.keys()) != KEYS:
        errs.append("gold keys %s" % list(gold.keys()))
    if gold["unit"] not in UNITS:
        errs.append("unit %r" % gold["unit"])
    want_pts = round(gold["credits"] * 10, 2) if gold["unit"] == "CEU" else gold["credits"]
    if abs(gold["points"] - want_pts) > 1e-9:
        errs.append("points %r != %r" % (gold["points"], want_pts))
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", gold["date"]):
        errs.append("date format")
    if os.path.getsize(pdf) >= 200 * 1024:
        errs.append("PDF >= 200 KB")
    raw, lay = text(pdf), text(pdf, "-layout")
    hay = [norm(raw), norm(lay)]
    tight = [nospace(raw), nospace(lay)]

    def has(s, allow_nospace=False):
        s = norm(s)
        if any(s in h for h in hay):
            return True
        return allow_nospace and any(nospace(s) in t for t in tight)

    if not has(gold["name"], allow_nospace="letter-spaced-name" in gold["layout"]):
        errs.append("name not found: %r" % gold["name"])
    if not has(gold["title"]):
        errs.append("title not found: %r" % gold["title"])
    if not has(m["printed"]["date"]):
        errs.append("date string not found: %r" % m["printed"]["date"])
    cr = m["printed"]["credits"]
    if abs(float(cr) - gold["credits"]) > 1e-9:
        errs.append("printed credit %s != gold %s" % (cr, gold["credits"]))
    if not any(re.search(r"(?<![\d.])%s(?![\d])" % re.escape(cr), h) for h in hay):
        errs.append("credit figure not found: %r" % cr)
    if not has(gold["provider"][0]):
        errs.append("provider not found: %r" % gold["provider"][0])
    for short in gold["provider"][1:]:
        if not has(short):
            errs.append("provider short form not found: %r" % short)
    if gold["activity_id"] is not None and not has(gold["activity_id"]):
        errs.append("activity id not found: %r" % gold["activity_id"])
    return errs


def main():
    ids = sys.argv[1:] or sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(HERE, "c*.gold.json")))
    bad = 0
    for cid in ids:
        if not os.path.exists(os.path.join(HERE, cid + ".pdf")):
            print("%s  MISSING PDF" % cid)
            bad += 1
            continue
        errs = check(cid)
        if errs:
            bad += 1
            print("%s  FAIL" % cid)
            for e in errs:
                print("     - " + e)
        else:
            print("%s  ok" % cid)
    print("%d checked, %d failed" % (len(ids), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
