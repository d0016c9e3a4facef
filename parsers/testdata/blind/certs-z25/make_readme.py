#!/usr/bin/python3
"""Write README.md from the gold files (run by build.py after a full build)."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PRODUCERS = [
    ("chromium", "Chromium headless `--print-to-pdf` from generated HTML/CSS (`engines/html_engine.py`)"),
    ("fodt", "LibreOffice Writer: generated flat ODF `.fodt` → `soffice --headless --convert-to pdf` (`engines/fodt_engine.py`)"),
    ("docx", "Word-like `.docx` written with python-docx → LibreOffice (`engines/docx_engine.py`)"),
    ("fpdf", "PHP FPDF 1.84, Cell/MultiCell flow (`engines/php_engine.php fpdf`)"),
    ("tcpdf", "PHP TCPDF with embedded DejaVu fonts (`engines/php_engine.php tcpdf`)"),
    ("rlcanvas", "ReportLab canvas, positioned drawString (`engines/canvas_engines.py`)"),
    ("platypus", "ReportLab Platypus flowables (`engines/platypus_engine.py`)"),
    ("acroform", "ReportLab AcroForm text fields filled, then `qpdf --generate-appearances --flatten-annotations=all` (`engines/canvas_engines.py`)"),
    ("ghostscript", "hand-written PostScript (re-encoded standard fonts) → Ghostscript `pdfwrite` (`engines/canvas_engines.py`)"),
]

CONVENTIONS = """\
- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page.
"""


def md(s):
    return str(s).replace("|", "\\|")


def main():
    golds = []
    for p in sorted(glob.glob(os.path.join(HERE, "zy[0-9][0-9].gold.json"))):
        with open(p, encoding="utf-8") as fh:
            golds.append((os.path.basename(p)[:4], json.load(fh)))
    by_style = collections.Counter(g["style"] for _, g in golds)
    by_prod = collections.Counter(g["producer"] for _, g in golds)
    L = []
    L.append("# Blind test set z25 — CE certificates for the ASCP BOC CMP reader\n")
    L.append("40 invented continuing-education certificates (`zy01.pdf` … `zy40.pdf`), each with a "
             "gold answer file `zyNN.gold.json`. Written blind: nothing outside this folder was "
             "read. Every person, hospital, university, vendor and activity is invented; real "
             "organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, "
             "MediaLab, CAMLT) carry invented activities only. Addresses and URLs are invented "
             "(`.example.org`).\n")
    L.append("## How it was made\n")
    L.append("```\ncd /work/blind/certs-z25\n/usr/bin/python3 build.py          # all 40 (about 1.5 min); or: build.py zy05 zy12\n"
             "/usr/bin/python3 verify.py         # pdftotext check of every gold file\n```\n")
    L.append("- `certdata.py` — the 40 certificates: page set-up, a layout-neutral list of blocks "
             "(text paragraph, label/value rows, labels-above-values columns, small table, "
             "signature blocks, rules, page break) and the gold answer.")
    L.append("- `engines/certlib.py` — the block vocabulary; `engines/flowlayout.py` — positioned "
             "layout with standard-14 font metrics for the canvas-type producers.")
    L.append("- Each producer renders the same blocks with its own native means:")
    for k, v in PRODUCERS:
        L.append("  - `%s` — %s" % (k, v))
    L.append("- `build.py` writes the PDFs and gold files next to itself, keeps the intermediate "
             "sources (HTML, .fodt, .docx, .ps, JSON for PHP) in `sources/`, puts browser/office "
             "profiles in `.profiles/` (not part of the set), runs converters one at a time, "
             "checks page counts, and regenerates this README (`make_readme.py`).")
    L.append("- `verify.py` runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive, "
             "NFKC) that the gold name, title, every provider string and the activity ID appear "
             "(case-sensitive), that the credits figure appears as a number on or just under a line "
             "with a credit word, that the unit word appears (case-insensitive), and that points "
             "match credits/unit.\n")
    L.append("## Gold schema\n")
    L.append("One JSON object per certificate:\n")
    L.append('```\n{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD",'
             '"credits","unit","points","provider":[...],"activity_id"}\n```\n')
    L.append("`style` is the provider style (see counts), `producer` the PDF producer key (above), "
             "`layout` free tags describing layout and hard features, `notes` what is tricky and "
             "which distractors are present.\n")
    L.append("## Conventions (the gold follows these exactly)\n")
    L.append(CONVENTIONS)
    L.append("## Counts\n")
    L.append("| style | n |\n|---|---|")
    for k, v in sorted(by_style.items()):
        L.append("| %s | %d |" % (k, v))
    L.append("")
    L.append("| producer | n |\n|---|---|")
    for k, _ in PRODUCERS:
        L.append("| %s | %d |" % (k, by_prod.get(k, 0)))
    L.append("")
    two = [i for i, g in golds if "two-page" in g["layout"]]
    L.append("Two-page certificates: %s. All others are one page.\n" % ", ".join(two))
    L.append("## All certificates\n")
    L.append("| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |")
    L.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for i, g in golds:
        L.append("| %s |" % " | ".join(md(x) for x in (
            i, g["style"], g["producer"], g["name"], g["title"], g["date"], g["credits"], g["unit"],
            g["points"], "; ".join(g["provider"]),
            "null" if g["activity_id"] is None else g["activity_id"])))
    L.append("")
    L.append("## Notes per certificate\n")
    for i, g in golds:
        L.append("- **%s** (%s; %s) — %s" % (i, g["style"], ", ".join(g["layout"]), g["notes"]))
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
