#!/usr/bin/python3
"""Build the blind certificate set: zy01.pdf ... zy40.pdf + zyNN.gold.json.

usage:  /usr/bin/python3 build.py            # everything
        /usr/bin/python3 build.py zy05 zy12  # only these

All paths are relative to this script's folder.  Intermediate sources (HTML,
.fodt, .docx, PostScript, JSON for the PHP engine) are kept in sources/.
Browser / office profiles go to .profiles/ (not part of the set).
Converters are run one at a time.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "engines"))

from certdata import CERTS  # noqa: E402
from canvas_engines import render_rlcanvas, render_acroform, render_ghostscript  # noqa: E402
from html_engine import render_chromium  # noqa: E402
from fodt_engine import render_fodt  # noqa: E402
from docx_engine import render_docx  # noqa: E402
from platypus_engine import render_platypus  # noqa: E402

SRC = os.path.join(HERE, "sources")
PROF = os.path.join(HERE, ".profiles")

PRODUCER_LABEL = {
    "chromium": "Chromium headless --print-to-pdf (HTML/CSS)",
    "fodt": "LibreOffice Writer (flat ODF .fodt -> soffice --convert-to pdf)",
    "docx": "Word-like .docx (python-docx) -> LibreOffice",
    "fpdf": "PHP FPDF",
    "tcpdf": "PHP TCPDF",
    "rlcanvas": "ReportLab canvas",
    "platypus": "ReportLab Platypus",
    "acroform": "ReportLab AcroForm, filled and flattened with qpdf",
    "ghostscript": "hand-written PostScript -> Ghostscript pdfwrite",
}


def php(lib, cert, out):
    js = os.path.join(SRC, cert["id"] + ".json")
    with open(js, "w", encoding="utf-8") as fh:
        json.dump({k: cert[k] for k in ("page", "elements", "meta_title", "meta_author")}, fh,
                  ensure_ascii=False, indent=1)
    subprocess.run(["php", os.path.join(HERE, "engines", "php_engine.php"), lib, js, out],
                   check=True)


def build_one(c):
    out = os.path.join(HERE, c["id"] + ".pdf")
    p = c["producer"]
    if p == "chromium":
        render_chromium(c, out, SRC, PROF)
    elif p == "fodt":
        render_fodt(c, out, SRC, PROF)
    elif p == "docx":
        render_docx(c, out, SRC, PROF)
    elif p in ("fpdf", "tcpdf"):
        php(p, c, out)
    elif p == "rlcanvas":
        render_rlcanvas(c, out)
    elif p == "platypus":
        render_platypus(c, out)
    elif p == "acroform":
        render_acroform(c, out, SRC)
    elif p == "ghostscript":
        render_ghostscript(c, out, SRC)
    else:
        raise ValueError(p)
    gold = dict(c["gold"])
    gold = {k: gold[k] for k in ("style", "producer", "layout", "notes", "name", "title", "date",
                                 "credits", "unit", "points", "provider", "activity_id")}
    with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    # page count sanity check
    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
    pages = int([l for l in info.splitlines() if l.startswith("Pages:")][0].split()[1])
    want = 2 if "two-page" in gold["layout"] else 1
    status = "ok" if pages == want else "PAGE COUNT %d (want %d)" % (pages, want)
    print("%s  %-11s %-20s %s" % (c["id"], p, c["style"], status), flush=True)
    return pages == want


def main():
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(PROF, exist_ok=True)
    only = set(sys.argv[1:])
    bad = 0
    for c in CERTS:
        if only and c["id"] not in only:
            continue
        if not build_one(c):
            bad += 1
    print("done, %d with unexpected page count" % bad)
    if not only:
        import make_readme
        make_readme.main()
        print("README.md written")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
