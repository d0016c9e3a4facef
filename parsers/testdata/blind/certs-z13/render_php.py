"""PHP certificates: FPDF, TCPDF, and a TCPDF AcroForm flattened by qpdf."""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, ".profiles", "src")


def render(c, out_pdf):
    os.makedirs(SRC, exist_ok=True)
    data = os.path.join(SRC, c["id"] + ".json")
    with open(data, "w", encoding="utf-8") as fh:
        json.dump(c, fh, ensure_ascii=False)
    script = "fpdf_certs.php" if c["producer"] == "fpdf" else "tcpdf_certs.php"
    target = out_pdf
    if c["producer"] == "acroform-tcpdf":
        target = os.path.join(SRC, c["id"] + "-form.pdf")
    subprocess.run(["php", os.path.join(HERE, "php", script), c["id"], data, target], check=True)
    if c["producer"] == "acroform-tcpdf":
        subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", target, out_pdf],
                       check=True)
