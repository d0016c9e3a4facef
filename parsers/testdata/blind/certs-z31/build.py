#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build the z31 blind certificate set.

    cd /work/blind/certs-z31 && /usr/bin/python3 build.py          # all 40
    /usr/bin/python3 build.py ye05 ye12                              # a subset

Writes yeNN.pdf + yeNN.gold.json next to this script, keeps the generated
sources (HTML, FODT, DOCX, PostScript, JSON specs for PHP) in src/, and
regenerates README.md.  Converters run one at a time.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import certdata  # noqa: E402
import engines  # noqa: E402

SRC = os.path.join(HERE, "src")
GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
             "provider", "activity_id"]


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return -1


def build_one(cert):
    cid = cert["id"]
    prod = cert["gold"]["producer"]
    out = os.path.join(HERE, cid + ".pdf")
    if prod in ("fpdf", "tcpdf"):
        spec = os.path.join(SRC, cid + ".json")
        with open(spec, "w", encoding="utf-8") as f:
            json.dump({"page": cert["page"], "blocks": cert["blocks"]}, f, ensure_ascii=False, indent=1)
        subprocess.run(["php", os.path.join(HERE, "engine_%s.php" % prod), spec, out], check=True)
    else:
        engines.ENGINES[prod](cert, out)
        for ext in (".html", ".fodt", ".docx", ".ps"):
            p = os.path.join(HERE, cid + ext)
            if os.path.exists(p):
                shutil.move(p, os.path.join(SRC, cid + ext))
    gold = {k: cert["gold"][k] for k in GOLD_KEYS}
    with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    want = 2 if "two-page" in gold["layout"] else 1
    got = pages_of(out)
    status = "ok" if got == want else "PAGE COUNT %d != %d" % (got, want)
    print("%s %-9s %-20s %s" % (cid, prod, gold["style"], status), flush=True)
    return got == want


def main():
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(engines.PROFILES, exist_ok=True)
    want = set(sys.argv[1:])
    ok = True
    for cert in certdata.CERTS:
        if want and cert["id"] not in want:
            continue
        ok &= build_one(cert)
    import make_readme
    make_readme.write(certdata.CERTS)
    print("all page counts ok" if ok else "SOME PAGE COUNTS WRONG")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
