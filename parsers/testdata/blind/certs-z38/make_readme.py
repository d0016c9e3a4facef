#!/usr/bin/python3
"""Regenerate README.md from certs.py (run after build.py)."""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from certs import CERTS  # noqa: E402
from build import PRODUCER_LABEL  # noqa: E402

HEAD = r'''# z38 blind test set — 40 CE certificates (yl01–yl40)

Blind test set for the certificate reader used for the ASCP Board of Certification Credential
Maintenance Program (CMP). All people, hospitals, universities, vendors and activities are invented;
real organisation names (ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM, CLSI, LabCE, MediaLab)
carry invented activities, certificate numbers and signers.

## How it was made

```
/usr/bin/python3 build.py            # all 40 (about 1–2 minutes); or: build.py yl07 yl21
/usr/bin/python3 verify.py           # pdftotext check of every gold file
/usr/bin/python3 make_readme.py      # rewrites this README from certs.py
```

* `certs.py` — each certificate as a list of layout blocks (text, wrapped paragraph, label/value
  rows, label-above-value columns, small tables, signature blocks, banners, rules, absolutely
  placed text, seals, borders, footers) plus its gold answer.
* `engine.py` — renders a certificate with one of nine producers. The canvas-like producers
  (FPDF, TCPDF, ReportLab canvas, AcroForm, PostScript) share a flow layout that places every
  line at absolute coordinates; the flowing producers (Chromium HTML, LibreOffice .fodt, .docx,
  Platypus) get native documents (HTML/CSS, flat ODF XML, python-docx, Platypus flowables).
  * `chromium`: HTML → `/usr/bin/chromium --headless --no-sandbox --print-to-pdf`
  * `fodt`: flat ODF text → `soffice --headless --convert-to pdf`
  * `docx`: python-docx → `soffice --headless --convert-to pdf`
  * `fpdf`, `tcpdf`: JSON of drawing ops → PHP script using /usr/share/php/fpdf or /usr/share/php/tcpdf
  * `rlcanvas`: ReportLab canvas; `platypus`: ReportLab Platypus
  * `acroform`: ReportLab canvas template with AcroForm text fields holding the values, then
    `qpdf --generate-appearances --flatten-annotations=all`
  * `ps`: hand-written PostScript (Windows-1252 re-encoded base fonts) → Ghostscript pdfwrite
* Browser/office profiles and intermediate files go to `.profiles/` (not part of the set).
  Converters run one at a time.
* `verify.py` — runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that
  name, title, every provider string (an "Institution, Office" provider may occur as its two
  parts), activity id, credits figure and unit word occur, that the date is printed in some
  common format, that points match credits/unit, page count, and the schema.

## Gold schema

One JSON object per certificate (`ylNN.gold.json`):

```
{"style", "producer", "layout": [...tags], "notes", "name", "title", "date": "YYYY-MM-DD",
 "credits", "unit", "points", "provider": [...], "activity_id"}
```

## Conventions (the gold follows these exactly)

- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page.

Set-specific notes: ACCENT credits (ADLM/AACC) are recorded as `contact hour` (the certificates state
one ACCENT credit = one contact hour). Two-page certificates carry the layout tag `2-page`.
'''


def main():
    styles = collections.Counter(c['gold']['style'] for c in CERTS)
    prods = collections.Counter(c['producer'] for c in CERTS)
    out = [HEAD, '## Counts\n', '| style | count |', '|---|---|']
    out += ['| %s | %d |' % (k, v) for k, v in sorted(styles.items())]
    out += ['| **total** | **%d** |' % len(CERTS), '', '| producer | how | count |', '|---|---|---|']
    out += ['| %s | %s | %d |' % (k, PRODUCER_LABEL[k], v) for k, v in sorted(prods.items())]
    out += ['', 'Orientation: %d portrait, %d landscape; %d two-page certificates.' % (
        sum(c.get('orient', 'P') == 'P' for c in CERTS), sum(c.get('orient') == 'L' for c in CERTS),
        sum('2-page' in c['gold']['layout'] for c in CERTS)), '']
    out += ['## Certificates', '',
            '| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |',
            '|---|---|---|---|---|---|---|---|---|---|---|']
    for c in CERTS:
        g = c['gold']
        cells = [c['id'], g['style'], c['producer'], g['name'], g['title'], g['date'], '%g' % g['credits'],
                 g['unit'], '%g' % g['points'], ' ; '.join(g['provider']),
                 g['activity_id'] if g['activity_id'] is not None else 'null']
        out.append('| ' + ' | '.join(x.replace('|', '\\|') for x in cells) + ' |')
    out += ['', '## Layout tags and notes per certificate', '']
    for c in CERTS:
        g = c['gold']
        out.append('* **%s** — %s. %s' % (c['id'], ', '.join(g['layout']), g['notes']))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
