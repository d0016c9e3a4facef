"""Writes README.md from the registry (called by build.py after a full build)."""
import os, collections

HERE = os.path.dirname(os.path.abspath(__file__))

PRODUCERS = {
    "chromium-html": "Chromium headless `--print-to-pdf` from HTML/CSS (certs_html.py)",
    "libreoffice-fodt": "LibreOffice Writer, flat ODF `.fodt` written by fodt_kit.py, `soffice --convert-to pdf` (certs_lo.py)",
    "docx-libreoffice": "Word-like `.docx` built with python-docx (docx_kit.py), converted by LibreOffice (certs_lo.py)",
    "fpdf": "PHP fpdf, scripts php/fpdf_zrNN.php (data passed as JSON)",
    "tcpdf": "PHP tcpdf, scripts php/tcpdf_zrNN.php (data passed as JSON)",
    "reportlab-canvas": "ReportLab canvas (certs_rl.py)",
    "reportlab-platypus": "ReportLab Platypus flowables (certs_rl.py)",
    "acroform-flattened": "ReportLab AcroForm with filled text fields, flattened by `qpdf --generate-appearances --flatten-annotations=all` (certs_rl.py)",
    "ghostscript-ps": "Hand-written PostScript (ps_kit.py, certs_ps.py) rendered by Ghostscript pdfwrite",
}

CONVENTIONS = """- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page."""


def md(s):
    return "null" if s is None else str(s).replace("|", "\\|")


def write(CERTS):
    ids = sorted(CERTS)
    golds = [CERTS[i]["gold"] for i in ids]
    st = collections.Counter(g["style"] for g in golds)
    pr = collections.Counter(g["producer"] for g in golds)
    L = []
    L.append("# Blind CE-certificate test set z18 (zr01–zr40)\n")
    L.append("Forty invented certificates of completion (PDF) for testing a reader that extracts CMP facts "
             "(ASCP BOC Credential Maintenance Program). Every person, hospital, university, vendor and activity is "
             "invented; real organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, MediaLab) "
             "carry invented activities. Each `zrNN.pdf` has a gold answer `zrNN.gold.json`.\n")
    L.append("## How it was made\n")
    L.append("```\n/usr/bin/python3 build.py          # all 40 (or: build.py zr03 zr17 ...)\n/usr/bin/python3 verify.py         # pdftotext check of every gold fact\n```\n")
    L.append("`build.py` imports the five certificate modules, each of which registers certificates (gold + render "
             "function) in `registry.py`, renders every PDF next to the script, writes the gold JSON and this README. "
             "Paths are relative to the script folder; intermediates (HTML, .fodt, .docx, .ps, PHP JSON data, unflattened "
             "forms) go to `intermediate/`; Chromium and LibreOffice profiles go to `.profiles/` (not part of the set). "
             "Converters run one at a time. Engines are in `engines.py`.\n")
    L.append("Producers:\n")
    for k, v in PRODUCERS.items():
        L.append("- **%s** (%d): %s" % (k, pr.get(k, 0), v))
    L.append("")
    L.append("## Gold schema\n")
    L.append('One JSON object per certificate:\n\n```\n{"style","producer","layout":[...tags],"notes","name","title",'
             '"date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}\n```\n')
    L.append("`layout` tags describe the page (orientation, layout type, hard features); `notes` explains the traps "
             "and distractors on that page.\n")
    L.append("## Conventions\n")
    L.append(CONVENTIONS + "\n")
    L.append("## Verify\n")
    L.append("`verify.py` runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that the name, title, "
             "every provider string (an \"Institution, Office\" entry may be printed as two separate pieces), the "
             "activity id, the credits figure (as a standalone number) and the unit word appear, that points match "
             "credits/unit, and that the gold date is printed in some usual form (or as the end of a printed range).\n")
    L.append("## Counts\n")
    L.append("| style | n |\n|---|---|")
    for k, v in sorted(st.items()):
        L.append("| %s | %d |" % (k, v))
    L.append("\n| producer | n |\n|---|---|")
    for k, v in sorted(pr.items()):
        L.append("| %s | %d |" % (k, v))
    L.append("")
    L.append("## Certificates\n")
    L.append("| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |")
    L.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for i, g in zip(ids, golds):
        L.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            i, md(g["style"]), md(g["producer"]), md(g["name"]), md(g["title"]), g["date"], g["credits"],
            g["unit"], g["points"], md(" ; ".join(g["provider"])), md(g["activity_id"])))
    L.append("")
    L.append("## Notes per certificate\n")
    for i, g in zip(ids, golds):
        L.append("- **%s** [%s] %s" % (i, ", ".join(g["layout"]), g["notes"]))
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
