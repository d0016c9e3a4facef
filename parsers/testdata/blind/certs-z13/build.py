#!/usr/bin/python3
"""Regenerate every certificate PDF and gold file, one renderer at a time.

usage: /usr/bin/python3 build.py [zm01 zm07 ...]
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from certs import CERTS  # noqa: E402

RENDERERS = {
    "chromium": "render_chromium",
    "fodt": "render_office",
    "docx": "render_office",
    "rl-canvas": "render_reportlab",
    "rl-platypus": "render_reportlab",
    "acroform-rl": "render_reportlab",
    "acroform-tcpdf": "render_php",
    "fpdf": "render_php",
    "tcpdf": "render_php",
    "ps": "render_ps",
}


def main(ids):
    todo = [c for c in CERTS if not ids or c["id"] in ids]
    for c in todo:
        mod = importlib.import_module(RENDERERS[c["producer"]])
        out = os.path.join(HERE, c["id"] + ".pdf")
        if os.path.exists(out):
            os.remove(out)
        mod.render(c, out)
        if not os.path.exists(out):
            raise SystemExit(f"{c['id']}: no PDF produced")
        with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(c["gold"], fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(c["id"], c["producer"], "ok", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
