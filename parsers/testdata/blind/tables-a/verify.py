#!/usr/bin/python3
# Independent check: every gold row's words must be visible in `pdftotext -layout`.
import json, os, re, subprocess, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
only = sys.argv[1:]
for g in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    docid = os.path.basename(g)[:-len(".gold.json")]
    if only and not any(docid.startswith(o) for o in only):
        continue
    pdf = os.path.join(HERE, docid + ".pdf")
    if not os.path.exists(pdf):
        print("MISSING", docid); bad += 1; continue
    size = os.path.getsize(pdf)
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", txt)
    chk = json.load(open(os.path.join(HERE, "src", "check", docid + ".json"), encoding="utf-8"))
    gold = json.load(open(g, encoding="utf-8"))
    problems = []
    if size > 200 * 1024:
        problems.append("size %d" % size)
    if gold["person"] and gold["person"] not in flat:
        # allow the name to be split over spacing; check each name part
        for part in gold["person"].split():
            if part not in flat:
                problems.append("person part %r" % part)
    for i, r in enumerate(chk["rows"]):
        for w in r["title"].split():
            if w not in txt:
                problems.append("row %d title word %r" % (i + 1, w))
        for key in ("date_disp", "credits_disp"):
            v = r.get(key)
            if v and v not in txt:
                problems.append("row %d %s %r" % (i + 1, key, v))
        if r.get("status_disp") and r["status_disp"] not in txt:
            problems.append("row %d status" % (i + 1))
    pages = txt.count("\f")
    ptx = txt.split("\f")
    for i, r in enumerate(chk["rows"]):
        w = r["title"].split()
        if len(w) < 4:
            continue
        head, tail = " ".join(w[:3]), w[-1]
        for k in range(len(ptx) - 1):
            if head in ptx[k] and tail not in ptx[k].split(head, 1)[1] and tail in ptx[k + 1]:
                print("      row %d title crosses page %d->%d: %s" % (i + 1, k + 1, k + 2, r["title"][:50]))
    print("%-34s %3d rows %2d pages %6.1f KB %s" % (docid, len(chk["rows"]), pages, size / 1024,
                                                  "OK" if not problems else "FAIL"))
    for p in problems[:12]:
        print("     ", p)
    bad += bool(problems)
print("failures:", bad)
sys.exit(1 if bad else 0)
