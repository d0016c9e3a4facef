#!/usr/bin/env python3
"""Write README.md from the gold files (run after build.py)."""
import collections, glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
golds = [(os.path.basename(f)[:-10], json.load(open(f, encoding="utf-8"))) for f in sorted(glob.glob(os.path.join(HERE, "zt*.gold.json")))]
st = collections.Counter(g["style"] for _, g in golds); pr = collections.Counter(g["producer"] for _, g in golds)
L = ["# z20 blind test set: CE certificates for ASCP BOC CMP", "",
"40 invented certificates of completion (zt01.pdf ... zt40.pdf; zt21 and zt37 have two pages) with gold answers (ztNN.gold.json). "
"No document was made by, or shown to, whoever wrote the reader. All people, hospitals, universities, vendors and activities are invented; real organisation names carry invented activities.", "",
"## How it was made", "",
"    /usr/bin/python3 build.py          # all 40 (or: build.py zt05 zt17)", "    /usr/bin/python3 verify.py         # pdftotext -layout checks against the gold", "    /usr/bin/python3 make_readme.py    # regenerates this file", "",
"`build.py` holds every certificate as a block description (paragraphs, label/value rows, labels-above-values columns, small tables, signature blocks) plus its gold. "
"`engine.py` turns a description into a PDF with the producer named in the gold:", "",
"- **chromium**: HTML/CSS -> `/usr/bin/chromium --headless --print-to-pdf`",
"- **fodt**: flat ODF text (.fodt) -> LibreOffice `soffice --headless --convert-to pdf`",
"- **docx**: python-docx .docx -> LibreOffice",
"- **fpdf**: PHP FPDF (`engine_fpdf.php`)",
"- **tcpdf**: PHP TCPDF writeHTML (`engine_tcpdf.php`)",
"- **canvas**: ReportLab canvas (hand layout)",
"- **platypus**: ReportLab Platypus (Paragraph/Table flowables)",
"- **acroform**: ReportLab canvas with filled AcroForm text fields, flattened by `qpdf --generate-appearances --flatten-annotations=all`",
"- **ghostscript**: hand-written PostScript (ISOLatin1 re-encoded standard fonts) -> `gs -sDEVICE=pdfwrite`", "",
"Browser/office profiles and temp files go to `.profiles/` (not part of the set). Converters are run one at a time.", "",
"## Gold schema", "",
'`{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}`', "",
"## Conventions", "",
"- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.",
"- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line (\"Grand Rounds: ...\") is. Meeting attendance without a session title -> the meeting name.",
"- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.",
"- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit in contact hour | CMLE | CE hour | CEU; points = credits, except CEU x10.",
"- provider: full name as printed, then each printed short form; for a department/office: the institution alone and \"Institution, Office\". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).",
"- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.", "",
"## Verify", "", "`verify.py` runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that name, title, every provider string (an \"Institution, Office\" string may be found as its two parts), activity id, credits figure and unit word appear, that the year of the date is on the page, and that points match credits/unit.", "",
"## Counts", "", "| style | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(st.items())] + ["", "| producer | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(pr.items())] + [
"", "## Certificates", "", "| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |", "|---|---|---|---|---|---|---|---|---|---|---|"]
for i, g in golds:
    L.append("| %s | %s | %s | %s | %s | %s | %g | %s | %g | %s | %s |" % (i, g["style"], g["producer"], g["name"], g["title"], g["date"], g["credits"], g["unit"], g["points"], "; ".join(g["provider"]), g["activity_id"] or "null"))
L += ["", "## Notes per certificate", ""] + ["- **%s** (%s): %s" % (i, ", ".join(g["layout"]), g["notes"]) for i, g in golds]
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README.md written")
