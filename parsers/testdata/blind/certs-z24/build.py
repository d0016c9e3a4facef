#!/usr/bin/python3
"""Build the blind certificate set: zx01.pdf ... zx40.pdf + zxNN.gold.json + README.md

usage:  /usr/bin/python3 build.py            # everything
        /usr/bin/python3 build.py zx05 zx17  # only some certificates

Paths are relative to this script's folder.  Intermediate sources (HTML, FODT,
DOCX, PostScript, JSON specs for the PHP engines, blank/filled AcroForms) are
written to build/; browser and office profiles go to .profiles/.
Converters are run one at a time.
"""
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
sys.path.insert(0, HERE)

import certs  # noqa: E402
from engines import (html, fodt, docx_engine, php_run, rl_canvas, platypus,  # noqa: E402
                     acroform, ps)

WORK = os.path.join(HERE, "build")
PROFILES = os.path.join(HERE, ".profiles")
GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits",
             "unit", "points", "provider", "activity_id"]


def build_one(c):
    out = os.path.join(HERE, c["id"] + ".pdf")
    p = c["prod"]
    if p == "H":
        html.build(c, out, WORK, PROFILES)
    elif p == "F":
        fodt.build(c, out, WORK, PROFILES)
    elif p == "D":
        docx_engine.build(c, out, WORK, PROFILES)
    elif p == "P":
        php_run.build(c, out, WORK, "fpdf")
    elif p == "T":
        php_run.build(c, out, WORK, "tcpdf")
    elif p == "C":
        rl_canvas.build(c, out)
    elif p == "Y":
        platypus.build(c, out)
    elif p == "A":
        acroform.build(c, out, WORK)
    elif p == "G":
        ps.build(c, out, WORK)
    else:
        raise ValueError(p)
    gold = {k: c["gold"][k] for k in GOLD_KEYS}
    with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main(argv):
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(PROFILES, exist_ok=True)
    want = set(argv[1:])
    ids = [c["id"] for c in certs.CERTS]
    assert len(ids) == len(set(ids)) == 40, "need 40 unique certificates"
    for c in certs.CERTS:
        if want and c["id"] not in want:
            continue
        t0 = time.time()
        build_one(c)
        print(f"{c['id']}  {c['producer']:<22} {c['style']:<19} {time.time() - t0:5.1f}s",
              flush=True)
    import make_readme
    make_readme.write(certs.CERTS, os.path.join(HERE, "README.md"))
    print("README.md written")


if __name__ == "__main__":
    main(sys.argv)
