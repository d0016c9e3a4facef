"""Writes README.md from the certificate list in build.py (called by build.py)."""
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CONVENTIONS = """- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page."""

PRODUCERS = """| producer | how |
|---|---|
| chromium | HTML/CSS written by `engines/html_engine.py`, printed with `/usr/bin/chromium --headless --no-sandbox --print-to-pdf` (profile in `.profiles/chromium`) |
| libreoffice-fodt | flat ODF text (`.fodt`) written by `engines/fodt_engine.py`, converted with `soffice --headless --convert-to pdf` |
| docx-libreoffice | Word `.docx` made with python-docx (`engines/docx_engine.py`), converted with LibreOffice |
| fpdf | PHP FPDF (`engines/php_engine.php fpdf`), core fonts, cp1252 text |
| tcpdf | PHP TCPDF (`engines/php_engine.php tcpdf`), embedded DejaVu fonts |
| reportlab-canvas | ReportLab canvas drawing a positioned layout (`engines/common.py` + `engines/rl_canvas.py`) |
| reportlab-platypus | ReportLab Platypus flowables (Paragraph/Table) (`engines/rl_platypus.py`) |
| acroform-qpdf | ReportLab AcroForm text fields filled with the participant data, flattened with `qpdf --generate-appearances --flatten-annotations=all` (`engines/acroform.py`) |
| ghostscript | hand-written PostScript (standard fonts re-encoded to WinAnsi) converted by Ghostscript pdfwrite (`engines/ps_engine.py`) |"""


def esc(s):
    return str(s).replace('|', '\\|')


def write(certs):
    styles = collections.Counter(c['style'] for c in certs)
    prods = collections.Counter(c['producer'] for c in certs)
    L = []
    L.append('# Blind CE-certificate test set z35 (yi01 … yi40)\n')
    L.append('Forty invented certificates of completion (PDF) for testing a reader that extracts ASCP BOC '
             'Credential Maintenance Program facts, each with a gold file `yiNN.gold.json`. '
             'All people, hospitals, universities, vendors and activities are invented; real organisation '
             'names (ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM, CLSI, LabCE, MediaLab) carry invented activities.\n')
    L.append('## How it was made\n')
    L.append('```\ncd certs-z35\n/usr/bin/python3 build.py            # all 40 (or: build.py yi07 yi12)\n/usr/bin/python3 verify.py           # text checks with pdftotext -layout\n```\n')
    L.append('`build.py` holds every certificate as data (gold fields + a small block description: paragraphs, '
             'label/value rows, labels-above-values columns, tables, signature blocks, rules, borders, seals) and '
             'hands it to one of nine producer engines in `engines/`. Intermediate sources (HTML, FODT, DOCX, PostScript, '
             'JSON for PHP) are written to `src/`. Browser and office profiles go to `.profiles/` (not part of the set). '
             'Converters run one at a time. Needs: /usr/bin/python3 with reportlab and python-docx, chromium, LibreOffice, '
             'PHP with /usr/share/php/fpdf and /usr/share/php/tcpdf, qpdf, Ghostscript, poppler-utils.\n')
    L.append(PRODUCERS + '\n')
    L.append('## Gold schema\n')
    L.append('One JSON object per certificate:\n\n```\n{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}\n```\n')
    L.append('## Conventions\n')
    L.append(CONVENTIONS + '\n')
    L.append('## verify.py\n')
    L.append('Runs `pdftotext -layout` on each PDF and checks, ignoring whitespace, that the name, the title, every provider '
             'string (a constructed "Institution, Office" entry is checked part by part), the activity id, the credits figure '
             'and the unit word appear; that points match credits/unit; that the date is a valid ISO date whose day and year '
             'appear; and that the page count matches (2 for `two-page` tags, else 1).\n')
    L.append('## Counts\n')
    L.append('| style | n |\n|---|---|')
    for k, v in sorted(styles.items()):
        L.append('| %s | %d |' % (k, v))
    L.append('')
    L.append('| producer | n |\n|---|---|')
    for k, v in sorted(prods.items()):
        L.append('| %s | %d |' % (k, v))
    L.append('')
    L.append('## Certificates\n')
    L.append('| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |')
    L.append('|---|---|---|---|---|---|---|---|---|---|---|')
    for c in certs:
        L.append('| %s |' % ' | '.join(esc(x) for x in [
            c['id'], c['style'], c['producer'], c['name'], c['title'], c['date'], c['credits'], c['unit'],
            c['points'], '; '.join(c['provider']), c['activity_id'] if c['activity_id'] is not None else 'null']))
    L.append('')
    L.append('## Notes per certificate\n')
    for c in certs:
        L.append('- **%s** (%s): %s' % (c['id'], ', '.join(c['layout']), c['notes']))
    L.append('')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))
