#!/usr/bin/python3
"""Regenerate README.md from certs.py (called by build.py)."""
import os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from certs import C

PRODUCERS = {
    "html": "HTML printed by headless Chromium (--print-to-pdf)",
    "fodt": "LibreOffice Writer flat ODT (.fodt) -> soffice --convert-to pdf",
    "docx": "Word .docx written with python-docx -> soffice --convert-to pdf",
    "fpdf": "PHP FPDF (engine_php.php)",
    "tcpdf": "PHP TCPDF (engine_php.php, DejaVu fonts)",
    "rlcanvas": "ReportLab canvas",
    "platypus": "ReportLab Platypus (SimpleDocTemplate, Paragraph, Table)",
    "acroform": "ReportLab AcroForm text fields filled with values, then flattened by qpdf --generate-appearances --flatten-annotations=all",
    "ps": "hand-written PostScript -> Ghostscript pdfwrite",
}

def main():
    L = ["# Blind CE certificate test set (z29)", "",
         "40 invented continuing-education certificates (yc01.pdf ... yc40.pdf) for testing a reader that extracts",
         "facts for the ASCP BOC Credential Maintenance Program, each with a gold file ycNN.gold.json.",
         "All people, hospitals, universities, vendors and activities are invented; real organisation names carry invented activities.", "",
         "## How it was made", "",
         "    /usr/bin/python3 build.py            # all 40 (or: build.py yc07 yc12)",
         "    /usr/bin/python3 verify.py           # pdftotext -layout check of every gold file", "",
         "* `certs.py` - the 40 certificate definitions: a small page description (text blocks, label/value rows,",
         "  labels-above-values rows, tables, signature blocks, footers, page breaks) plus the gold answers.",
         "* `engines.py` - one renderer per producer; `engine_php.php` - the FPDF/TCPDF renderer.",
         "* `build.py` - renders each certificate with its producer, writes the gold JSON and this README.",
         "* Browser/office profiles and temporary files go to `.profiles/` (not part of the set). Converters run one at a time.", "",
         "Producers:", ""]
    for k, v in PRODUCERS.items():
        L.append("* `%s` - %s" % (k, v))
    L += ["", "## Gold schema", "",
          '    {"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}', "",
          "## Conventions", "",
          "- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.",
          "- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line (\"Grand Rounds: ...\") is. Meeting attendance without a session title -> the meeting name.",
          "- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.",
          "- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit in contact hour | CMLE | CE hour | CEU; points = credits, except CEU x10.",
          "- provider: full name as printed, then each printed short form; for a department/office: the institution alone and \"Institution, Office\". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).",
          "- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.",
          "- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page.", "",
          "## Verify", "",
          "`verify.py` runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that the name, title, every provider",
          "string (a \"Institution, Office\" form may also be satisfied by both parts), the activity id, the credits figure and the unit word",
          "appear, and that points match credits/unit. Current result: 40 certificates, 0 failing.", "",
          "## Counts", "", "| style | count |", "|---|---|"]
    for k, v in sorted(Counter(c["style"] for c in C).items()):
        L.append("| %s | %d |" % (k, v))
    L += ["", "| producer | count |", "|---|---|"]
    for k in PRODUCERS:
        L.append("| %s | %d |" % (k, sum(1 for c in C if c["producer"] == k)))
    tags = Counter(t for c in C for t in c["layout"])
    L += ["", "Layout tags: " + ", ".join("%s (%d)" % kv for kv in sorted(tags.items())), "",
          "## Certificates", "",
          "| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |",
          "|---|---|---|---|---|---|---|---|---|---|---|"]
    for c in C:
        L.append("| %s | %s | %s | %s | %s | %s | %g | %s | %g | %s | %s |" % (
            c["id"], c["style"], c["producer"], c["name"], c["title"], c["date"], c["credits"], c["unit"], c["points"],
            "; ".join(c["provider"]), c["activity_id"] if c["activity_id"] is not None else "null"))
    L += ["", "## Notes per certificate", ""]
    for c in C:
        L.append("* %s - %s Layout: %s." % (c["id"], c["notes"], ", ".join(c["layout"])))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")

if __name__ == "__main__":
    main()
