#!/usr/bin/python3
"""Regenerate the certs-z11 set sequentially.

    python3 build.py            # all 40
    python3 build.py zk01 zk17  # some

Writes zkNN.pdf and zkNN.gold.json next to this file; temporary sources
(HTML, .fodt, .docx, JSON op lists, PostScript, unflattened forms) and the
Chromium / LibreOffice profiles live under .profiles/ and are not part of
the set.  Needs Debian's python3-reportlab and python3-docx (it re-executes
itself with /usr/bin/python3 when the current interpreter lacks them),
chromium, libreoffice, php with FPDF and TCPDF, ghostscript and qpdf.
"""
import json
import os
import shutil
import subprocess
import sys

try:
    import reportlab  # noqa
    import docx  # noqa
except ImportError:
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PROF = os.path.join(HERE, ".profiles")
SRC = os.path.join(PROF, "src")

from certs import CERTS, BY_ID  # noqa: E402
import engine  # noqa: E402
import templates_dsl  # noqa: E402
import r_html  # noqa: E402
import r_office  # noqa: E402
import r_platypus  # noqa: E402

BACKEND = {"reportlab-canvas": "rlcanvas", "acroform-flatten": "acroform", "fpdf": "fpdf", "tcpdf": "tcpdf",
           "ghostscript": "ghostscript"}


def chromium(html_path, out):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--user-data-dir=" + os.path.join(PROF, "chromium"), "--no-pdf-header-footer",
           "--print-to-pdf=" + out, "file://" + html_path]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if not os.path.exists(out):
        raise RuntimeError("chromium failed: " + r.stderr[-2000:])


def soffice(src, out):
    outdir = os.path.join(SRC, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=file://" + os.path.join(PROF, "libreoffice"), "--headless",
           "--convert-to", "pdf", "--outdir", outdir, src]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    if not os.path.exists(produced):
        raise RuntimeError("soffice failed: " + r.stdout + r.stderr)
    shutil.move(produced, out)


def build(c):
    key = c["id"]
    out = os.path.join(HERE, key + ".pdf")
    if os.path.exists(out):
        os.remove(out)
    prod, tpl, d = c["producer"], c["tpl"], c["d"]
    if prod in BACKEND:
        doc = engine.Doc(BACKEND[prod], title="Certificate", author="")
        templates_dsl.TPL[tpl](doc, d)
        doc.save(out, key)
    elif prod == "chromium":
        p = os.path.join(SRC, key + ".html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(r_html.TPL[tpl](d))
        chromium(p, out)
    elif prod == "libreoffice" and c["src"] == "fodt":
        p = os.path.join(SRC, key + ".fodt")
        with open(p, "w", encoding="utf-8") as f:
            f.write(r_office.FODT[tpl](d))
        soffice(p, out)
    elif prod == "libreoffice" and c["src"] == "docx":
        p = os.path.join(SRC, key + ".docx")
        r_office.DOCX[tpl](d, p)
        soffice(p, out)
    elif prod == "reportlab-platypus":
        r_platypus.TPL[tpl](d, out)
    else:
        raise ValueError(prod)
    gold = {"style": c["style"], "producer": prod, "layout": c["layout"], "notes": c["notes"]}
    gold.update(c["gold"])
    with open(os.path.join(HERE, key + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main(argv):
    os.makedirs(SRC, exist_ok=True)
    ids = argv or [c["id"] for c in CERTS]
    bad = 0
    for i in ids:
        c = BY_ID[i]
        try:
            build(c)
            print("%s  %-20s %s" % (i, c["producer"], "ok"))
        except Exception as e:  # keep going, report at the end
            bad += 1
            print("%s  %-20s FAILED: %s" % (i, c["producer"], e))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
