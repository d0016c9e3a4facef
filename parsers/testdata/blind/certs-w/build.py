#!/usr/bin/python3
"""Build the blind CE-certificate test set: wNN.pdf + wNN.gold.json (sources in src/)."""
import os
import sys
import importlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))

MODULES = ["p_chromium", "p_docx", "p_fodt", "p_fpdf", "p_tcpdf", "p_reportlab",
           "p_acroform", "p_gs"]


def main(argv):
    only = set(argv[1:])            # optional: build only these ids, e.g. w01 w09
    done = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        for wid, fn in sorted(mod.CERTS.items()):
            if only and wid not in only:
                continue
            fn(wid)
            done.append(wid)
            print("built", wid, "(%s)" % m)
    print(len(done), "certificates built")


if __name__ == "__main__":
    main(sys.argv)
