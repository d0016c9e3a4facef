#!/usr/bin/python3
"""Build the certs-z1 blind test set: zNN.pdf + zNN.gold.json for every certificate.

usage:  /usr/bin/python3 build.py            # build everything
        /usr/bin/python3 build.py z05 z17    # build only some
Converters run one at a time.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

import certs_html      # Chromium
import certs_office    # LibreOffice: flat ODF and python-docx
import certs_php       # fpdf and tcpdf
import certs_rl        # ReportLab canvas, Platypus, AcroForm + qpdf
import certs_ps        # hand-written PostScript -> Ghostscript

ALL = sorted(certs_html.CERTS + certs_office.CERTS + certs_php.CERTS + certs_rl.CERTS + certs_ps.CERTS,
             key=lambda c: c["id"])

GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
             "provider", "activity_id"]


def gold_of(c):
    g = {"style": c["style"], "producer": c["producer"], "layout": c["layout"], "notes": c["notes"]}
    g.update(c["gold"])
    return {k: g[k] for k in GOLD_KEYS}


def main(argv):
    ids = [c["id"] for c in ALL]
    assert len(ids) == len(set(ids)), "duplicate ids"
    want = set(argv) if argv else set(ids)
    for c in ALL:
        if c["id"] not in want:
            continue
        pdf = os.path.join(HERE, c["id"] + ".pdf")
        print("building", c["id"], c["producer"], flush=True)
        c["build"](pdf)
        with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("done: %d certificates" % len([i for i in ids if i in want]))
    if not argv:
        import readme
        readme.write(ALL, gold_of)
        print("README.md written")


if __name__ == "__main__":
    main(sys.argv[1:])
