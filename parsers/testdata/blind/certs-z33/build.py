#!/usr/bin/python3
"""Build the z33 blind certificate set: ygNN.pdf + ygNN.gold.json.

usage:  /usr/bin/python3 build.py            # build all 40
        /usr/bin/python3 build.py yg05 yg17  # build selected ones
Converters run strictly one at a time.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import GOLD_KEYS  # noqa: E402
import certs_chromium, certs_office, certs_php, certs_reportlab, certs_ps  # noqa: E402

HERE = Path(__file__).resolve().parent
MODULES = [certs_chromium, certs_office, certs_php, certs_reportlab, certs_ps]


def all_certs():
    items = {}
    for m in MODULES:
        for fn in m.CERTS:
            g, render = fn()
            assert g["id"] not in items, g["id"]
            items[g["id"]] = (g, render)
    return dict(sorted(items.items()))


def main(argv):
    certs = all_certs()
    want = argv or list(certs)
    for cid in want:
        g, render = certs[cid]
        print("building", cid, g["producer"], flush=True)
        render()
        rec = {k: g[k] for k in GOLD_KEYS}
        (HERE / ("%s.gold.json" % cid)).write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("done:", len(want))


if __name__ == "__main__":
    main(sys.argv[1:])
