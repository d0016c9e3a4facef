#!/usr/bin/env python3
"""Build the z31-z60 blind certificate set.

Usage (from any directory):  /usr/bin/python3 build.py [z31 z40 ...]
Writes zNN.pdf and zNN.gold.json next to this script. Converters are run one
at a time (the machine is shared).
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
os.chdir(HERE)

MODULES = ["certs_chromium", "certs_office", "certs_php", "certs_reportlab", "certs_ps"]


def all_certs():
    certs = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        certs.extend(mod.CERTS)
    certs.sort(key=lambda c: c["id"])
    return certs


def main(argv):
    want = set(argv)
    certs = all_certs()
    ids = [c["id"] for c in certs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in certs:
        if want and c["id"] not in want:
            continue
        pdf = os.path.join(HERE, c["id"] + ".pdf")
        c["build"](pdf)
        g = dict(c["gold"])
        with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", c["id"], g["producer"], g["style"])


if __name__ == "__main__":
    main(sys.argv[1:])
