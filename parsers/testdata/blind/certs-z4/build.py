#!/usr/bin/python3
"""Build the certs-z4 blind test set.

Usage (from anywhere):   /usr/bin/python3 build.py            # all 40
                         /usr/bin/python3 build.py zd03 zd17  # selected ids
Writes zdNN.pdf and zdNN.gold.json next to this script; intermediate sources
go to ./src/, browser/office profiles to ./.profiles/.  Converters run one at
a time.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gold import REGISTRY  # noqa: E402
import p_html, p_fodt, p_docx, p_fpdf, p_tcpdf, p_rlcanvas, p_platypus, p_acroform, p_ps  # noqa: E402,F401


def main(argv):
    ids = argv or sorted(REGISTRY)
    for cid in ids:
        g, fn = REGISTRY[cid]
        sys.stdout.write("%s  %-16s %s\n" % (cid, g["producer"], g["style"]))
        sys.stdout.flush()
        fn(cid)
        with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("built %d certificate(s)" % len(ids))


if __name__ == "__main__":
    main(sys.argv[1:])
