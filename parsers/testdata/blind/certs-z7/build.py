#!/usr/bin/python3
"""Regenerate the blind CMP certificate test set (zg01 ... zg40).

    /usr/bin/python3 build.py            # everything
    /usr/bin/python3 build.py zg03 zg17  # only these

Each certificate is defined in certs/*.py (one builder per certificate,
registered with its gold answer).  Builders return producer-specific sources
which are rendered here, strictly one after another (the machine has 2 cores).
Temporary sources and the browser / office profiles live in .profiles/.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from engine.registry import CERTS  # noqa: E402
from engine import coord  # noqa: E402
import certs.c_chromium  # noqa: E402,F401
import certs.c_fodt  # noqa: E402,F401
import certs.c_docx  # noqa: E402,F401
import certs.c_canvas  # noqa: E402,F401
import certs.c_platypus  # noqa: E402,F401
import certs.c_fpdf  # noqa: E402,F401
import certs.c_tcpdf  # noqa: E402,F401
import certs.c_ps  # noqa: E402,F401
import certs.c_qpdf  # noqa: E402,F401

PROF = os.path.join(HERE, ".profiles")
SRC = os.path.join(PROF, "src")
TCPDF_HEAD = """<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
"""


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise SystemExit("command failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout.decode()[-2000:],
                                                         r.stderr.decode()[-2000:]))
    return r


def soffice(src, out_pdf):
    outdir = os.path.join(PROF, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(PROF, "lo-profile"),
         "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir, src])
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out_pdf)


def build_one(cid):
    c = CERTS[cid]
    g = c["gold"]
    prod = g["producer"]
    pdf = os.path.join(HERE, cid + ".pdf")
    title = "Certificate"
    if prod == "chromium":
        html = c["fn"]()
        src = os.path.join(SRC, cid + ".html")
        open(src, "w", encoding="utf-8").write(html)
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--user-data-dir=" + os.path.join(PROF, "chromium-profile"),
             "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + src])
    elif prod == "soffice-fodt":
        src = os.path.join(SRC, cid + ".fodt")
        open(src, "w", encoding="utf-8").write(c["fn"]())
        soffice(src, pdf)
    elif prod == "soffice-docx":
        src = os.path.join(SRC, cid + ".docx")
        c["fn"](src)
        soffice(src, pdf)
    elif prod == "reportlab-platypus":
        c["fn"](pdf)
    elif prod == "reportlab-canvas":
        coord.render_reportlab(c["fn"](), pdf, title=title)
    elif prod == "php-fpdf":
        src = os.path.join(SRC, cid + ".php")
        open(src, "w", encoding="latin-1").write(coord.render_fpdf(c["fn"](), pdf, title=title))
        run(["php", src])
    elif prod == "php-tcpdf":
        src = os.path.join(SRC, cid + ".php")
        body = c["fn"]()
        open(src, "w", encoding="utf-8").write(TCPDF_HEAD + body + "\n$pdf->Output(%s, 'F');\n"
                                               % json.dumps(pdf))
        run(["php", src])
    elif prod == "ghostscript":
        src = os.path.join(SRC, cid + ".ps")
        open(src, "w", encoding="latin-1").write(coord.render_ps(c["fn"](), title=title))
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
             "-sOutputFile=" + pdf, src])
    elif prod == "qpdf-acroform":
        src = os.path.join(SRC, cid + ".form.pdf")
        open(src, "wb").write(coord.render_rawpdf(c["fn"](), title=title))
        run(["qpdf", "--generate-appearances", "--flatten-annotations=all", src, pdf])
    else:
        raise SystemExit("unknown producer " + prod)
    with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


README_HEAD = """# Blind test set certs-z7: continuing-education certificates for ASCP BOC CMP

Forty invented continuing-education certificates (`zg01.pdf` ... `zg40.pdf`), each with a gold answer
(`zgNN.gold.json`), for testing a reader that extracts the facts needed to log credit in the ASCP Board of
Certification Credential Maintenance Program (CMP).  Every person, hospital, university, vendor, address and
activity is invented; real organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE,
MediaLab, CAMLT and other state societies) carry invented activities only.  The set was written from scratch
without looking at the reader or at any other test set.

## How it was made

`/usr/bin/python3 build.py` regenerates every PDF, every gold file and this README (one certificate at a time,
sequentially; `build.py zg07 zg12` rebuilds selected ones).  `/usr/bin/python3 verify.py` checks the result.

* `certs/c_*.py` - one builder per certificate, grouped by producer; each builder is registered together with
  its gold answer (`engine/registry.py`).
* `engine/coord.py` - a small coordinate drawing engine (text, lines, rectangles, circles, letter-spaced
  text, form fields; standard-14 fonts, cp1252) with four back ends: reportlab canvas, PHP FPDF source,
  hand-written PostScript, and a hand-assembled PDF with AcroForm text fields.
* `engine/odf.py` - a minimal flat-ODT (.fodt) writer for LibreOffice.
* `certs/_draw.py` - borders, seals, signatures and label/value rows for the coordinate producers.
* `.profiles/` - temporary sources (HTML, FODT, DOCX, PHP, PS, unflattened form PDFs) and the Chromium and
  LibreOffice profiles.  Not part of the set.

### Producers

| producer | tool chain |
|---|---|
| chromium | HTML + CSS -> `chromium --headless --print-to-pdf` |
| soffice-fodt | flat ODT written by `engine/odf.py` -> `soffice --convert-to pdf` |
| soffice-docx | python-docx (.docx) -> `soffice --convert-to pdf` |
| reportlab-canvas | reportlab `canvas` driven by `engine/coord.py` ops |
| reportlab-platypus | reportlab Platypus (frames, paragraphs, tables) |
| php-fpdf | PHP source generated from `engine/coord.py` ops, run with php + FPDF |
| php-tcpdf | PHP + TCPDF (`writeHTML`, `writeHTMLCell`, drawing calls) |
| ghostscript | hand-written PostScript (from `engine/coord.py` ops) -> `gs -sDEVICE=pdfwrite` |
| qpdf-acroform | hand-assembled PDF template with AcroForm text fields -> `qpdf --generate-appearances --flatten-annotations=all` |

## Gold schema

One JSON object per certificate:

```
{"style", "producer", "layout": [tags], "notes", "name", "title", "date": "YYYY-MM-DD",
 "credits", "unit", "points", "provider": [...], "activity_id"}
```

* `style` - provider style (ascp, aabb, cap, ascls, pace-provider, labce, medialab, state-society,
  hospital-inservice, joint-accreditation, university, public-health-lab, vendor, adlm, nsh, asm, clsi, amt).
* `producer` - one of the producers above.
* `layout` - tags; the first is always `base:<layout>` (the page design), the others name the hard features
  present on the page.
* `notes` - what makes the certificate hard.

## Conventions

* **name**: as printed, without trailing credentials and leading honorifics (Dr.); capitals as printed
  (ALL-CAPS names stay capitals); letter spacing removed; suffixes (Jr., Sr., III) kept (also after a comma).
* **title**: as printed, wrapped lines joined with a single space, no surrounding quotes.  Format lines
  (eCast, LIVE WEBINAR, On-Demand, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session,
  Fall Seminar Series ...) are not part of the title; a series name before a colon on the title line
  ("Laboratory Grand Rounds: ...") is.  Meeting attendance without a session title -> the meeting name.
* **date**: the completion/attendance date; the last day of a range; issue, print, expiry, claim,
  conferral, release and letter dates are distractors.  A session certificate at a conference: the session date.
* **credits / unit**: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), the claimed
  rather than the maximum figure; AMA PRA / ANCC / ACPE figures are distractors.
  `unit` is one of `contact hour`, `CMLE`, `CE hour`, `CEU`; `points` = credits, except CEU x 10.
* **provider**: a list - the full name as printed, then each printed short form; for a department/office:
  the institution alone and "Institution, Office".  Accreditors (ASCLS P.A.C.E., ACCME) are not providers
  unless the certificate is the accreditor's own.
* **activity_id**: the number after a course/program/activity/session/event/class/training/offering label
  (with or without a colon, or a label printed above the value); `null` when none.  Certificate, member,
  customer, order, registration, transcript, badge, employee, serial, student and learner numbers are
  distractors.  Numbers in a session table under a generic "Code"/"No." column are not activity IDs.

Every gold fact is printed on the page and can be resolved by a careful human reader.

## verify.py

Runs `pdftotext -layout` on each PDF and checks, whitespace-insensitively, that the name, title, every
provider string (an "Institution, Office" pair may be printed in two places), the activity id, the credits
figure and the unit word (case-insensitive) appear, that `points` matches credits/unit, and that the gold
schema is well formed.  The last line reads `verify: N/40 certificates OK, K problem(s)`.
"""


def write_readme():
    from collections import Counter
    golds = [CERTS[k]["gold"] for k in sorted(CERTS)]
    st = Counter(g["style"] for g in golds)
    pr = Counter(g["producer"] for g in golds)
    base = Counter(t for g in golds for t in g["layout"] if t.startswith("base:"))
    tags = Counter(t for g in golds for t in g["layout"] if not t.startswith("base:"))
    out = [README_HEAD, "## Counts\n", "Certificates: %d; styles: %d; producers: %d; base layouts: %d.\n"
           % (len(golds), len(st), len(pr), len(base))]
    out.append("| style | n |\n|---|---|")
    out += ["| %s | %d |" % kv for kv in sorted(st.items())]
    out.append("\n| producer | n |\n|---|---|")
    out += ["| %s | %d |" % kv for kv in sorted(pr.items())]
    out.append("\n| base layout | n |\n|---|---|")
    out += ["| %s | %d |" % (k[5:], v) for k, v in sorted(base.items())]
    out.append("\n| feature tag | n |\n|---|---|")
    out += ["| %s | %d |" % kv for kv in sorted(tags.items())]
    out.append("\n## All certificates and their gold\n")
    out.append("| id | style | producer | layout | name | title | date | credits | unit | points | provider | activity_id |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for k in sorted(CERTS):
        g = CERTS[k]["gold"]
        cell = lambda s: str(s).replace("|", "\\|")
        out.append("| %s | %s | %s | %s | %s | %s | %s | %g | %s | %g | %s | %s |" % (
            k, g["style"], g["producer"], g["layout"][0][5:], cell(g["name"]), cell(g["title"]), g["date"],
            g["credits"], g["unit"], g["points"], cell("; ".join(g["provider"])),
            cell(g["activity_id"]) if g["activity_id"] else "null"))
    out.append("\n## Notes per certificate\n")
    for k in sorted(CERTS):
        g = CERTS[k]["gold"]
        out.append("* **%s** (%s): %s" % (k, ", ".join(g["layout"][1:]), g["notes"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    os.makedirs(SRC, exist_ok=True)
    ids = sys.argv[1:] or sorted(CERTS)
    for cid in ids:
        print("building", cid, CERTS[cid]["gold"]["producer"], flush=True)
        build_one(cid)
    write_readme()
    print("built %d certificate(s)" % len(ids))


if __name__ == "__main__":
    main()
