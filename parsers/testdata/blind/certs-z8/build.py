#!/usr/bin/python3
"""Regenerate the certs-z8 blind test set: zh01..zh40 PDFs, gold JSON and README.md.

Usage: /usr/bin/python3 build.py            # build everything (sequentially)
       /usr/bin/python3 build.py zh03 zh17  # rebuild selected certificates only
"""
import importlib
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from engine.common import ensure_dirs, ROOT  # noqa: E402
from engine import readme  # noqa: E402

MODULES = ["p_chromium", "p_fodt", "p_docx", "p_fpdf", "p_tcpdf", "p_rlcanvas",
           "p_platypus", "p_qpdf", "p_ps"]


def all_certs():
    certs = []
    for m in MODULES:
        mod = importlib.import_module("engine." + m)
        certs.extend(mod.CERTS)
    certs.sort(key=lambda c: c["id"])
    return certs


def main(argv):
    ensure_dirs()
    certs = all_certs()
    ids = [c["id"] for c in certs]
    assert len(set(ids)) == len(ids), "duplicate ids"
    wanted = set(argv) if argv else set(ids)
    for c in certs:
        if c["id"] not in wanted:
            continue
        t = time.time()
        c["build"]()
        with open(os.path.join(ROOT, c["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(c["gold"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s  %-20s %5.1fs" % (c["id"], c["gold"]["producer"], time.time() - t), flush=True)
    if not argv:
        readme.write_readme(certs)
        print("README.md written")


if __name__ == "__main__":
    main(sys.argv[1:])
