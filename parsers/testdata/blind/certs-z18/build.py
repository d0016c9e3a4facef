#!/usr/bin/python3
"""Build the z18 blind certificate set.

Usage (from any directory):  /usr/bin/python3 build.py [zr01 zr05 ...]
Writes zrNN.pdf and zrNN.gold.json next to this script, intermediates in ./intermediate,
browser/office profiles in ./.profiles. Converters run one at a time.
"""
import os, sys, json, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
os.makedirs("intermediate", exist_ok=True)
os.makedirs(".profiles", exist_ok=True)

from registry import CERTS
MODULES = ["certs_html", "certs_lo", "certs_php", "certs_rl", "certs_ps"]
for m in MODULES:
    if os.path.exists(os.path.join(HERE, m + ".py")):
        importlib.import_module(m)


def main(argv):
    want = argv or sorted(CERTS)
    for cid in want:
        c = CERTS[cid]
        out = os.path.join(HERE, cid + ".pdf")
        c["render"](c["gold"], out)
        with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(c["gold"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", cid, c["gold"]["producer"], c["gold"]["style"])
    if not argv:
        import make_readme
        make_readme.write(CERTS)


if __name__ == "__main__":
    main(sys.argv[1:])
