#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the z12 certificates (PDF + gold JSON), one after another.

    python3 build.py            # all 40
    python3 build.py zl03 zl17  # a selection

Needs reportlab and python-docx (re-executes itself with /usr/bin/python3 if
the current interpreter lacks them), chromium, soffice, php (php-fpdf,
php-tcpdf), gs and qpdf.  Temporary sources and the browser / office
profiles go to .profiles/ (not part of the set).
"""
import importlib
import json
import os
import sys

try:
    import reportlab  # noqa: F401
    import docx  # noqa: F401
except ImportError:
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from certs import CERTS, BY_ID, gold_of  # noqa: E402

RENDERERS = {
    "chromium": "r_chromium",
    "libreoffice-fodt": "r_fodt",
    "libreoffice-docx": "r_docx",
    "reportlab-canvas": "r_rlcanvas",
    "reportlab-platypus": "r_platypus",
    "fpdf": "r_php",
    "tcpdf": "r_php",
    "ghostscript-ps": "r_ps",
    "acroform": "r_acroform",
}


def build(cert):
    out_pdf = os.path.join(HERE, cert["id"] + ".pdf")
    mod = importlib.import_module(RENDERERS[cert["producer"]])
    mod.render(cert, out_pdf)
    if not os.path.exists(out_pdf):
        raise SystemExit("%s: no PDF produced" % cert["id"])
    with open(os.path.join(HERE, cert["id"] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold_of(cert), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", cert["id"], cert["producer"])


def main(argv):
    os.makedirs(os.path.join(HERE, ".profiles"), exist_ok=True)
    ids = argv or [c["id"] for c in CERTS]
    for i in ids:
        if i not in BY_ID:
            raise SystemExit("unknown certificate id: " + i)
    for i in ids:  # strictly sequential: one renderer process at a time
        build(BY_ID[i])


if __name__ == "__main__":
    main(sys.argv[1:])
