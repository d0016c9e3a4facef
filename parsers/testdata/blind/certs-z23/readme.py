"""Writes README.md from the certificate specs (called by build.py)."""
from collections import Counter

PRODUCERS = [
    ('chromium', 'HTML + CSS printed by headless Chromium (`--print-to-pdf`, profile in `.profiles/chromium`); fonts P052 / Nimbus Sans'),
    ('fodt', 'flat ODF text document (`.fodt`) written as XML, converted by LibreOffice (`soffice --headless --convert-to pdf`, profile in `.profiles/libreoffice`); Liberation Serif / DejaVu Sans'),
    ('docx', 'Word document written with python-docx (Times New Roman / Arial, page borders, tables), converted by LibreOffice'),
    ('fpdf', 'PHP FPDF 1.84 (`engine_php.php fpdf`), core Times / Helvetica, cp1252 text; letter spacing by literal spaces'),
    ('tcpdf', 'PHP TCPDF 6.6 (`engine_php.php tcpdf`), embedded DejaVu (condensed) Unicode fonts, `setFontSpacing` for letter spacing'),
    ('rlcanvas', 'ReportLab canvas, absolute layout from `layout.py`, `Tc` character spacing'),
    ('platypus', 'ReportLab Platypus (Paragraph / Table flowables, border and footer drawn in the page callback)'),
    ('acroform', 'ReportLab AcroForm: static text drawn, variable data as empty text fields; fields filled by editing the qpdf JSON (`qpdf --json-output` / `--update-from-json`), then `qpdf --generate-appearances --flatten-annotations=all`'),
    ('gs', 'hand-written PostScript (standard fonts re-encoded to WinAnsi) distilled by Ghostscript `pdfwrite`'),
]

CONVENTIONS = """- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page."""


UNCERTAIN = [
    '**zw26** — activity_id is null: page 2 prints workshop numbers ("Workshop #" W-104 …), but "workshop" is not one of the ID labels and they identify single workshops, not the meeting the certificate is for; the badge ID is a distractor.',
    '**zw13** — title kept as printed after "Program:", including the prefix "Blood Bank Competency In-Service:" (treated like a series name before a colon, not a format line).',
    '**zw39** — "Inspector Training:" is part of the printed title (course name), not a format; the CAP claimed figure is 1.25 of a maximum 1.5.',
    '**zw12** — title is the event value "41st Annual Fall Meeting" without the society name (the society is printed separately as the header/provider).',
    '**zw10 / zw27** — meeting names contain the provider short form ("ASM Clinical Microbiology Summit 2025", "2025 AMT Educational Program and National Meeting"); the title is the meeting name as printed.',
    '**zw07 / zw25** — ADLM ACCENT® credit is recorded with unit "contact hour" (printed "ACCENT® Contact Hours").',
    '**zw17** — all four credit types (AMA PRA, ANCC, ACPE, P.A.C.E.) are 1.00, so the lab figure is unambiguous; unit contact hour from the P.A.C.E. row.',
    '**zw20** — the short form AABB is deliberately not printed anywhere, so provider has only the full name; zw38 prints both.',
    '**zw36 / zw16 / zw06 / zw24** — provider names keep the printed legal suffix ("Helixion Molecular, LLC", "Quantivex Diagnostics, Inc.", "MediaLab, Inc."); no separate short form is printed.',
    '**zw13, zw14, zw15, zw17, zw31, zw32, zw35** — department/office providers are given as the institution alone plus "Institution, Office" (e.g. "St. Brennan Regional Medical Center, Laboratory Education Council").',
    '**zw02, zw11, zw29, zw38, zw40** — ID is the P.A.C.E. "Program No." (no colon); in zw02 the "Activity:" label holds the meeting name, not a number.',
    '**zw34** — date is the last day of the conference (April 4); "Date claimed: April 15, 2025" is a claim-date distractor; credits 7.5 claimed P.A.C.E. of 9.0 available.',
    '**zw37** — the completion date is printed bare ("June 11, 2025") under the title; the footer issue date (June 12) is a distractor.',
]


def md(s):
    return str(s).replace('|', '\\|')


def write(certs, path):
    golds = [c['gold'] for c in certs]
    sc = Counter(g['style'] for g in golds)
    pc = Counter(g['producer'] for g in golds)
    tc = Counter(t for g in golds for t in g['layout'])
    L = []
    L.append('# Blind test set z23 — 40 CE certificates for CMP fact extraction\n')
    L.append('Forty invented continuing-education certificates (`zw01.pdf` … `zw40.pdf`), each with a '
             'gold answer `zwNN.gold.json`, for testing a reader that extracts facts for the ASCP BOC '
             'Credential Maintenance Program. Every person, hospital, university, vendor and activity '
             'is invented; real organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, '
             'APHL, LabCE, MediaLab) carry invented activities, numbers and signers.\n')
    L.append('## How it was made\n')
    L.append('```\ncd /work/blind/certs-z23\n/usr/bin/python3 build.py          # all 40 PDFs + gold + this README\n'
             '/usr/bin/python3 build.py zw07    # rebuild one\n/usr/bin/python3 verify.py         # checks, exit 0 when nothing fails\n```\n')
    L.append('Paths are relative to the script folder. Converters run one at a time. Intermediate '
             'sources (HTML, FODT, DOCX, PostScript, PHP JSON, blank forms) go to `.build/`; '
             'browser and office profiles go to `.profiles/` (neither is part of the set).\n')
    L.append('Files:\n')
    L.append('- `certs.py` — the 40 certificate designs (blocks) and their gold answers')
    L.append('- `dsl.py` — the small block language (text line, paragraph, label/value rows, labels-above-values columns, table, signatures, rule, page break)')
    L.append('- `layout.py` — absolute layouter for the canvas-style engines, and vertical centring estimate for the flow engines')
    L.append('- `engines.py` — the nine producers; `engine_php.php` — FPDF / TCPDF renderer')
    L.append('- `build.py` — builds everything; `readme.py` — writes this file; `verify.py` — checks\n')
    L.append('Producers:\n')
    for k, d in PRODUCERS:
        L.append('- **%s** (%d) — %s' % (k, pc[k], d))
    L.append('')
    L.append('## Gold schema\n')
    L.append('One JSON object per certificate, keys in this order:\n')
    L.append('```\n{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD",'
             '"credits","unit","points","provider":[...],"activity_id"}\n```\n')
    L.append('`style` is the provider style, `producer` the PDF engine, `layout` descriptive tags, '
             '`notes` what the certificate is testing. The fact fields follow the conventions below.\n')
    L.append('## Conventions\n')
    L.append(CONVENTIONS + '\n')
    L.append('## Verify\n')
    L.append('`verify.py` runs `pdftotext -layout` on each PDF and checks, ignoring whitespace, that '
             'name, title, every provider string (an "Institution, Office" form passes when both parts '
             'are printed), the activity ID, the credits figure and the unit word (case-insensitive) '
             'appear; that points = credits (CEU: ×10); that the date is printed in a usual form (or as '
             'the last day of a printed range); that name and ID are not broken across lines; the page '
             'count (2 for `two-page`, else 1); the schema keys; and that no form fields remain.\n')
    L.append('## Counts\n')
    L.append('Per style (%d styles):\n' % len(sc))
    L.append('| style | n |\n|---|---|')
    for k, v in sorted(sc.items()):
        L.append('| %s | %d |' % (k, v))
    L.append('\nPer producer:\n')
    L.append('| producer | n |\n|---|---|')
    for k, _ in PRODUCERS:
        L.append('| %s | %d |' % (k, pc[k]))
    L.append('\nLayout / difficulty tags:\n')
    L.append('| tag | n |\n|---|---|')
    for k, v in sorted(tc.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append('| %s | %d |' % (k, v))
    L.append('\n## All certificates\n')
    L.append('| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |')
    L.append('|---|---|---|---|---|---|---|---|---|---|---|')
    for c in certs:
        g = c['gold']
        L.append('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (
            c['id'], g['style'], g['producer'], md(g['name']), md(g['title']), g['date'],
            '%g' % g['credits'], g['unit'], '%g' % g['points'], md('; '.join(g['provider'])),
            md(g['activity_id']) if g['activity_id'] is not None else 'null'))
    L.append('\n## Judgement calls (where a reader could reasonably hesitate)\n')
    for x in UNCERTAIN:
        L.append('- ' + x)
    L.append('\n## Notes per certificate\n')
    for c in certs:
        L.append('- **%s** (%s) — %s' % (c['id'], ', '.join(c['gold']['layout']), c['gold']['notes']))
    L.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))
