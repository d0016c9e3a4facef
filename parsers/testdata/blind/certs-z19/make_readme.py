"""Writes README.md for certs-z19 from the certificate list (called by build.py)."""
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))

INTRO = """# certs-z19 — blind test set of CE certificates (ASCP BOC CMP)

40 invented certificates of completion (`zs01.pdf` … `zs40.pdf`), each with a gold file
`zsNN.gold.json`, for testing a reader that extracts the facts the ASCP Board of Certification
Credential Maintenance Program needs.  Every person, hospital, university, vendor and activity is
invented; real organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE,
MediaLab) carry invented activities only.  The set was written without looking at the reader
or at any other test set.

## How it was made

    cd /work/blind/certs-z19
    /usr/bin/python3 build.py              # all 40 (about a minute; converters run one at a time)
    /usr/bin/python3 build.py zs07 zs21    # just some
    /usr/bin/python3 verify.py             # text check of every PDF against its gold

* `certs.py` — the 40 certificates: page options, content blocks and gold answers.
* `engines/ir.py` — the small block vocabulary (`T` paragraph, `KV` label/value rows, `COLS`
  labels above values, `TABLE`, `SIG` signature blocks, `RULE`, `SP`, `FOOT` fine print, `PB` page break).
* Producers (each renders the same blocks its own way):
  * `chromium-html` — `engines/eng_html.py`: HTML/CSS → `chromium --headless --print-to-pdf`.
  * `libreoffice-fodt` — `engines/eng_fodt.py`: flat ODF text → `soffice --convert-to pdf`.
  * `docx-libreoffice` — `engines/eng_docx.py`: python-docx .docx → `soffice --convert-to pdf`.
  * `fpdf` — `engines/fpdf_render.php`: FPDF Cell/MultiCell from a JSON spec.
  * `tcpdf` — `engines/eng_tcpdf.py` + `engines/tcpdf_render.php`: TCPDF writeHTMLCell chunks + primitives.
  * `reportlab-canvas` — `engines/eng_layout.py` (`render_canvas`): own line-breaking with font metrics, canvas drawString.
  * `reportlab-platypus` — `engines/eng_platypus.py`: Paragraph/Table flowables.
  * `acroform-flattened` — `engines/eng_layout.py` (`render_acroform`): ReportLab blank form with text
    fields → values filled through `qpdf --json-output` / `--update-from-json` → `qpdf --generate-appearances
    --flatten-annotations=all`.  The blank and filled forms are kept in `src/`.
  * `ghostscript-ps` — `engines/eng_layout.py` (`render_ps`): hand-written PostScript (URW fonts, metrics
    from their .afm files, re-encoded Latin-1 + dashes/™) → `gs -sDEVICE=pdfwrite`.
* Intermediate sources (HTML, .fodt, .docx, .ps, JSON specs, blank/filled forms) are written to `src/`;
  Chromium and LibreOffice profiles go to `.profiles/` (not part of the set).
* `verify.py` runs `pdftotext -layout` on each PDF and checks, whitespace-insensitively, that the name,
  title, every provider string (an "Institution, Office" string may be printed as two pieces), the
  activity ID, the credit figure and the unit word appear, that the date is printed in some common form
  (or as the last day of a range), and that points = credits (×10 for CEU).

## Gold schema

One JSON object per certificate:

    {"style", "producer", "layout": [...tags], "notes", "name", "title", "date": "YYYY-MM-DD",
     "credits", "unit", "points", "provider": [...], "activity_id"}

## Conventions (the gold follows these exactly)

- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed
  (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE
  WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual
  Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …")
  is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are
  distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather
  than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour |
  CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution
  alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the
  certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null
  when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote,
  student numbers are distractors.
- Every certificate is something a real provider might plausibly issue and a human would read
  unambiguously: the gold is what a careful human reads off the page.

Format lines used in this set beyond the examples above, treated the same way (not part of the title):
"Self-Study Module", "Live Webinar", "Webinar", "eLearning Course", "Online Course", "Fall Seminar".
"""


def write(certs, gold_of):
    by_style = collections.Counter(c['style'] for c in certs)
    by_prod = collections.Counter(c['producer'] for c in certs)
    L = [INTRO, '## Counts', '', '### Per style', '', '| style | count |', '|---|---|']
    for k, v in sorted(by_style.items()):
        L.append('| %s | %d |' % (k, v))
    L += ['', '### Per producer', '', '| producer | count |', '|---|---|']
    for k, v in sorted(by_prod.items()):
        L.append('| %s | %d |' % (k, v))
    hard = collections.Counter(t for c in certs for t in c['layout'])
    L += ['', '### Layout / difficulty tags', '', ', '.join('%s (%d)' % kv for kv in sorted(hard.items())), '']
    L += ['## All certificates', '',
          '| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |',
          '|---|---|---|---|---|---|---|---|---|---|---|']
    for c in certs:
        g = gold_of(c)
        L.append('| %s | %s | %s | %s | %s | %s | %r | %s | %r | %s | %s |' % (
            c['id'], g['style'], g['producer'], g['name'], g['title'].replace('|', '\\|'), g['date'], g['credits'],
            g['unit'], g['points'], ' ; '.join(g['provider']), g['activity_id'] if g['activity_id'] else 'null'))
    L += ['', '## Notes per certificate', '']
    for c in certs:
        L.append('- **%s** — %s' % (c['id'], c['notes']))
    L.append('')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))
