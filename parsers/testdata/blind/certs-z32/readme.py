#!/usr/bin/env python3
"""Write README.md for the z32 set from certs.py (called by build.py after a full build)."""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from certs import CERTS  # noqa: E402

PRODUCERS = {
    'chromium': 'HTML + CSS printed by headless Chromium (`--print-to-pdf`, profile in .profiles/chromium)',
    'fodt': 'flat ODF text (.fodt) converted by LibreOffice (`soffice --headless --convert-to pdf`)',
    'docx': 'Word .docx written with python-docx, converted by LibreOffice',
    'fpdf': 'PHP script using FPDF 1.84 (core fonts, cp1252)',
    'tcpdf': 'PHP script using TCPDF (DejaVu fonts, UTF-8)',
    'rlcanvas': 'ReportLab canvas, absolute positioning',
    'platypus': 'ReportLab Platypus flowables (Paragraph, Table, onPage decoration)',
    'acroform': 'ReportLab AcroForm with empty text fields, filled through `qpdf --update-from-json`, then '
                '`qpdf --generate-appearances --flatten-annotations=all`',
    'ghostscript': 'hand-written PostScript (re-encoded Type 1 fonts) converted by Ghostscript pdfwrite',
}

CONVENTIONS = """- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page."""


def md(s):
    return str(s).replace('|', '\\|')


def main():
    styles = collections.Counter(c['style'] for c in CERTS)
    prods = collections.Counter(c['producer'] for c in CERTS)
    L = []
    L.append('# z32 blind test set: CE certificates for ASCP BOC CMP\n')
    L.append('40 invented continuing-education certificates (`yf01.pdf` … `yf40.pdf`), each with a gold answer '
             '`yfNN.gold.json`. Every person, hospital, university, vendor and activity is invented; real organisation '
             'names (ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM, CLSI, LabCE, MediaLab, state societies) carry '
             'invented activities. Nobody who wrote the reader has seen these documents.\n')
    L.append('## How it was made\n')
    L.append('```\n/usr/bin/python3 build.py          # rebuild all 40 PDFs + gold files + this README\n'
             '/usr/bin/python3 build.py yf07     # rebuild selected certificates\n'
             '/usr/bin/python3 verify.py         # check every PDF against its gold\n```\n')
    L.append('- `certs.py` — the 40 certificates: page design (orientation, border, seal, footer), a list of layout '
             'blocks (paragraphs, label/value rows, labels-above-values rows, tables, signature blocks, logos, page breaks) '
             'and the gold answer.')
    L.append('- `engine.py` — rendering engine. Chromium, LibreOffice (.fodt and .docx) and Platypus render the blocks '
             'natively (HTML tables/flex, ODF tables, Word tables, flowables); fpdf, tcpdf, ReportLab canvas, AcroForm and '
             'PostScript share one flow-layout routine measured with ReportLab font metrics that emits a display list, '
             'which each backend writes in its own language (PHP, canvas calls, PostScript).')
    L.append('- `build.py` — builds everything, one converter at a time. Paths are relative to the script folder; '
             'intermediate sources (HTML, FODT, DOCX, PHP, PS, blank forms) and the Chromium/LibreOffice profiles go to '
             '`.profiles/`, which is not part of the set.')
    L.append('- `verify.py` — runs `pdftotext -layout` on each PDF and checks (whitespace-insensitively) that the name, '
             'title, every provider string, the activity id, the credits figure and the unit word appear, that points '
             'match credits/unit, and that the gold date is printed (a composed "Institution, Office" provider is accepted '
             'when both pieces are printed).')
    L.append('- `readme.py` — writes this README from `certs.py`.\n')
    L.append('Producers:\n')
    for p, d in PRODUCERS.items():
        L.append('- `%s` — %s' % (p, d))
    L.append('')
    L.append('## Gold schema\n')
    L.append('One JSON object per certificate:\n')
    L.append('```\n{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit",'
             '"points","provider":[...],"activity_id"}\n```\n')
    L.append('`layout` tags describe the page (e.g. `landscape`, `labels-above-values`, `format-line`, '
             '`long-title-wrap-then-label`, `provider-in-accreditation-statement-only`, `multi-credit`, `max-vs-claimed`); '
             '`notes` says what is hard or distracting on that certificate.\n')
    L.append('## Conventions\n')
    L.append(CONVENTIONS + '\n')
    L.append('## Counts\n')
    L.append('Per style (%d styles):\n' % len(styles))
    L.append('| style | n |\n|---|---|')
    for s, n in sorted(styles.items()):
        L.append('| %s | %d |' % (s, n))
    L.append('\nPer producer:\n')
    L.append('| producer | n |\n|---|---|')
    for p in PRODUCERS:
        L.append('| %s | %d |' % (p, prods[p]))
    pages2 = [c['id'] for c in CERTS if any(b['t'] == 'pb' for b in c['blocks'])]
    L.append('\nTwo-page certificates: %s. Landscape: %d, portrait: %d.\n' % (
        ', '.join(pages2), sum(1 for c in CERTS if c['page'].get('orient') == 'L'),
        sum(1 for c in CERTS if c['page'].get('orient', 'P') == 'P')))
    L.append('## Certificates\n')
    L.append('| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |')
    L.append('|---|---|---|---|---|---|---|---|---|---|---|')
    for c in CERTS:
        g = c['gold']
        L.append('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (
            c['id'], c['style'], c['producer'], md(g['name']), md(g['title']), g['date'], g['credits'], g['unit'],
            g['points'], md('; '.join(g['provider'])), md(g['activity_id']) if g['activity_id'] is not None else 'null'))
    L.append('\n## Notes per certificate\n')
    for c in CERTS:
        L.append('- **%s** (%s) — %s' % (c['id'], ', '.join(c['layout']), c['notes']))
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')


if __name__ == '__main__':
    main()
