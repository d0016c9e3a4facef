# -*- coding: utf-8 -*-
"""Hand the printed content to the PHP renderers (FPDF / TCPDF)."""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, ".profiles")


def render(cert, out_pdf):
    src_dir = os.path.join(PROF, "src")
    os.makedirs(src_dir, exist_ok=True)
    src = os.path.join(src_dir, cert["id"] + ".json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump(dict(id=cert["id"], c=cert["c"]), f, ensure_ascii=False, indent=1)
    script = {"fpdf": "r_fpdf.php", "tcpdf": "r_tcpdf.php"}[cert["producer"]]
    if os.path.exists(out_pdf):
        os.remove(out_pdf)
    subprocess.run(["php", os.path.join(HERE, script), src, out_pdf], check=True)
