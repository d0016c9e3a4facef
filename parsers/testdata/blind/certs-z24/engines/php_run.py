"""Run the FPDF / TCPDF PHP engines on a JSON copy of the certificate spec."""
import json
import os
import subprocess

from .display import spaced_literal

HERE = os.path.dirname(os.path.abspath(__file__))


def build(cert, out_pdf, workdir, lib):
    spec = dict(id=cert["id"], opts=cert["opts"], author=cert["gold"]["provider"][0],
                blocks=[])
    for b in cert["blocks"]:
        b = dict(b)
        if b["t"] == "name" and b.get("spaced"):
            b["text"] = spaced_literal(b["text"])
        spec["blocks"].append(b)
    js = os.path.join(workdir, cert["id"] + f".{lib}.json")
    with open(js, "w", encoding="utf-8") as fh:
        json.dump(spec, fh, ensure_ascii=False, indent=1)
    script = os.path.join(HERE, f"{lib}_engine.php")
    subprocess.run(["php", script, js, os.path.abspath(out_pdf)], check=True)
    return js
