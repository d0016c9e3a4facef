# -*- coding: utf-8 -*-
"""Writes README.md for the z31 blind set from certdata.CERTS (called by build.py)."""
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PRODUCERS = {
    "html": "HTML + CSS printed by headless Chromium (`--print-to-pdf`, profile in .profiles/chromium)",
    "fodt": "LibreOffice Writer flat ODF (.fodt) written by hand, converted with `soffice --headless --convert-to pdf`",
    "docx": "Word document built with python-docx, converted with LibreOffice",
    "fpdf": "PHP fpdf (`engine_fpdf.php` + `engine_common.php`), core Times/Helvetica fonts, cp1252",
    "tcpdf": "PHP TCPDF (`engine_tcpdf.php` + `engine_common.php`), embedded DejaVu fonts, UTF-8",
    "rlcanvas": "ReportLab canvas, hand-positioned text (`engines.CanvasLayout` + `RLBackend`)",
    "platypus": "ReportLab Platypus flowables (Paragraph/Table) with a page-border callback",
    "acroform": "ReportLab AcroForm text fields (filled) flattened with `qpdf --generate-appearances --flatten-annotations=all`",
    "ps": "hand-written PostScript (WinAnsi re-encoded Times/Helvetica) converted by Ghostscript pdfwrite",
}

CONVENTIONS = """- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page."""


def md(s):
    return str(s).replace("|", "\\|")


def write(certs):
    golds = [c["gold"] for c in certs]
    by_style = collections.Counter(g["style"] for g in golds)
    by_prod = collections.Counter(g["producer"] for g in golds)
    by_unit = collections.Counter(g["unit"] for g in golds)
    tags = collections.Counter(t for g in golds for t in g["layout"])
    L = []
    L.append("# Blind test set z31 — CE certificates for ASCP BOC CMP extraction\n")
    L.append("40 invented continuing-education certificates (`ye01.pdf` … `ye40.pdf`), each with a gold file "
             "`yeNN.gold.json`. Every person, hospital, university, vendor and activity is invented; real "
             "organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, MediaLab) carry "
             "invented activities, numbers and signers. Written without looking at the reader or any other test set.\n")
    L.append("## How it was made\n")
    L.append("```\ncd /work/blind/certs-z31\n/usr/bin/python3 build.py            # all 40 (about 1.5 minutes)\n"
             "/usr/bin/python3 build.py ye07 ye21  # a subset\n/usr/bin/python3 verify.py\n```\n")
    L.append("- `certdata.py` — the content of every certificate (page spec + blocks such as band, h1, name, "
             "fmt = format line, title, kv = label/value, cols = labels above values, table, sigs, seal, small) "
             "and its gold answer.\n"
             "- `engines.py` — Python producers (html, fodt, docx, rlcanvas, platypus, acroform, ps); "
             "`engine_common.php`, `engine_fpdf.php`, `engine_tcpdf.php` — the PHP producers.\n"
             "- `build.py` — renders every certificate with its producer (one converter at a time), writes the "
             "gold JSON, checks the page count and regenerates this README. Intermediate sources (HTML, FODT, DOCX, "
             "PostScript, JSON specs for PHP) are kept in `src/`. Browser/office profiles go to `.profiles/` "
             "(not part of the set).\n"
             "- `verify.py` — runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that name, "
             "title, every provider string, activity id, credits figure and unit word appear, that points match "
             "credits/unit, that the gold date is printed in a recognisable form and that the page count matches "
             "(`two-page` tag). A provider of the form \"Institution, Office\" passes when printed verbatim or when "
             "both parts are printed.\n")
    L.append("Producers:\n")
    for k, v in PRODUCERS.items():
        L.append("- **%s** (%d) — %s" % (k, by_prod[k], v))
    L.append("")
    L.append("## Gold schema\n")
    L.append('```\n{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits",'
             '"unit","points","provider":[...],"activity_id"}\n```\n')
    L.append("## Conventions (the gold follows these exactly)\n")
    L.append(CONVENTIONS + "\n")
    L.append("## Counts\n")
    L.append("Per style (%d styles):\n" % len(by_style))
    L.append("| style | count |\n|---|---|")
    for k, v in sorted(by_style.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("\nPer producer:\n")
    L.append("| producer | count |\n|---|---|")
    for k in PRODUCERS:
        L.append("| %s | %d |" % (k, by_prod[k]))
    L.append("\nPer unit: " + ", ".join("%s %d" % kv for kv in sorted(by_unit.items())) + "\n")
    L.append("Layout / difficulty tags: " + ", ".join("%s %d" % kv for kv in sorted(tags.items())) + "\n")
    L.append("## All certificates\n")
    L.append("| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |")
    L.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for c in certs:
        g = c["gold"]
        L.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            c["id"], g["style"], g["producer"], md(g["name"]), md(g["title"]), g["date"], g["credits"], g["unit"],
            g["points"], md("; ".join(g["provider"])), md(g["activity_id"] if g["activity_id"] is not None else "null")))
    L.append("\n## Notes per certificate (traps and distractors)\n")
    for c in certs:
        g = c["gold"]
        L.append("- **%s** — %s  _Layout: %s._" % (c["id"], g["notes"], ", ".join(g["layout"])))
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
