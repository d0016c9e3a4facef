#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build ze01..ze40 PDFs and gold files. Run from anywhere: /usr/bin/python3 build.py [ids...]"""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engines as E
from certs import CERTS

GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points", "provider", "activity_id"]


def main(ids):
    os.makedirs(E.BUILD, exist_ok=True)
    os.makedirs(E.PROFILES, exist_ok=True)
    lo = []
    for c in CERTS:
        if ids and c["id"] not in ids:
            continue
        out = os.path.join(HERE, c["id"] + ".pdf")
        p, doc = c["producer"], c["doc"]
        print(c["id"], p, flush=True)
        if p == "chromium":
            E.render_chromium(doc, out)
        elif p == "rl-canvas":
            E.render_canvas(doc, out)
        elif p == "acroform":
            tmp = os.path.join(E.BUILD, c["id"] + ".form.pdf")
            E.render_canvas(doc, tmp, acro=True)
            os.system("qpdf --generate-appearances --flatten-annotations=all '%s' '%s'" % (tmp, out))
        elif p == "rl-platypus":
            E.render_platypus(doc, out)
        elif p == "ghostscript":
            E.render_ps(doc, out)
        elif p in ("fpdf", "tcpdf"):
            E.render_php(doc, out, p)
        elif p == "fodt":
            src = os.path.join(E.BUILD, c["id"] + ".fodt")
            open(src, "w", encoding="utf-8").write(E.fodt_doc(doc))
            lo.append((src, out))
        elif p == "docx":
            src = os.path.join(E.BUILD, c["id"] + ".docx")
            E.docx_doc(doc, src)
            lo.append((src, out))
        gold = {k: c[k] for k in GOLD_KEYS}
        with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if lo:  # one LibreOffice run for all Writer documents
        E.soffice_convert([s for s, _ in lo], E.BUILD)
        for s, out in lo:
            shutil.move(os.path.splitext(s)[0] + ".pdf", out)


if __name__ == "__main__":
    main(sys.argv[1:])


README_HEAD = """# Blind CE-certificate test set `certs-z5` (ze01 … ze40)

40 invented continuing-education certificates (PDF) with gold files, for testing a reader that extracts
CMP facts (ASCP BOC Credential Maintenance Program). All people, hospitals, universities, vendors and activities
are invented; real organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, MediaLab) carry
invented activities.

## How it was made

    cd /work/blind/certs-z5 && /usr/bin/python3 build.py      # rebuilds every PDF, gold file and this README
    /usr/bin/python3 verify.py                                 # pdftotext -layout check of every gold field

* `certs.py` – the 40 certificate definitions: gold facts plus page content as a list of blocks.
* `engines.py` – renderers. Positioned producers (ReportLab canvas, AcroForm, Ghostscript, fpdf, tcpdf) share one
  layout routine that emits drawing ops; flow producers (Chromium HTML, LibreOffice flat ODT, python-docx → LibreOffice,
  ReportLab Platypus) build documents from the blocks.
* `render_fpdf.php`, `render_tcpdf.php` – PHP renderers (FPDF core Helvetica in cp1252; TCPDF embedded DejaVu Sans).
* Producers: `chromium` (headless --print-to-pdf), `fodt` (flat ODF → soffice), `docx` (python-docx → soffice),
  `fpdf`, `tcpdf`, `rl-canvas` (ReportLab canvas), `rl-platypus` (ReportLab Platypus), `acroform` (ReportLab AcroForm
  text fields for name/title/values, flattened with `qpdf --generate-appearances --flatten-annotations=all`; field
  values are ASCII only), `ghostscript` (hand-written PostScript with a Latin-1 encoding whose 0x2D is /hyphen → pdfwrite).
* Intermediate sources (HTML, .fodt, .docx, .ps, JSON op lists, unflattened forms) go to `build/`; browser and office
  profiles go to `.profiles/` (not part of the set).

## Gold schema (one JSON object per certificate, `zeNN.gold.json`)

    {"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}

## Conventions

- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate is meant to be something a real provider might plausibly issue and a human would read unambiguously.

## Verify

`verify.py` runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that name, title, every provider
string (an "Institution, Office" string passes when each part is printed), activity id, credits figure and unit word
appear, and that points match credits/unit. Current result: **40 certificates, 0 failing**.

## Points a reader could reasonably dispute

* ze06, ze24 (LabCE) and ze07, ze25 (MediaLab): only "LabCE" / "MediaLab, Inc." is printed, so the provider list has one entry (no extra short form such as "MediaLab").
* ze08, ze26 (ADLM): ACCENT hours are gold as unit "contact hour" (printed "ACCENT® contact hours"); ze26 claimed 16.0 vs maximum 32.5.
* ze14: provider appears only as "The Columbia River Regional Public Health Laboratory is approved …"; gold drops the leading "The".
* ze16: Course No. "CLS 7103" contains a space; the CEU figure (1.2 → 12 points) is the only credit printed.
* ze33: ACPE "0.15" CEUs is a distractor; gold is 1.5 P.A.C.E. contact hours.
* ze36: the Activity ID is printed only on page 2. ze39: page 2 lists sessions with per-session hours (distractors); gold is the seminar name and the 9.5 total.
* ze04: ASCLS's own meeting, so ASCLS is the provider (the P.A.C.E. line is ASCLS's own); no activity number (null).
* ze10 (Chromium CSS letter-spacing) and ze40 (explicit spaces) are letter-spaced capital names; gold has the spacing removed and keeps capitals.
"""


def readme():
    from collections import Counter
    lines = [README_HEAD, "## Counts\n", "| style | n |", "|---|---|"]
    for k, v in sorted(Counter(c["style"] for c in CERTS).items()):
        lines.append("| %s | %d |" % (k, v))
    lines += ["", "| producer | n |", "|---|---|"]
    for k, v in sorted(Counter(c["producer"] for c in CERTS).items()):
        lines.append("| %s | %d |" % (k, v))
    lines += ["", "## Certificates\n", "| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for c in CERTS:
        lines.append("| %s |" % " | ".join(str(x).replace("|", "\\|") for x in [
            c["id"], c["style"], c["producer"], c["name"], c["title"], c["date"], "%g" % c["credits"], c["unit"], "%g" % c["points"],
            "; ".join(c["provider"]), c["activity_id"] if c["activity_id"] is not None else "null"]))
    lines += ["", "## Notes per certificate\n"]
    for c in CERTS:
        lines.append("* **%s** (%s) — %s" % (c["id"], ", ".join(c["layout"]), c["notes"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__" and not sys.argv[1:]:
    readme()
