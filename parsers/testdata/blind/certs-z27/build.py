#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build the z27 blind certificate set.

    cd /work/blind/certs-z27 && /usr/bin/python3 build.py          # all 40
    /usr/bin/python3 build.py ya05 ya17                              # selected ones

Writes yaNN.pdf and yaNN.gold.json next to this script, intermediate sources
(HTML, .fodt, .docx, .ps, JSON for PHP, seal PNGs) into src/, and the
browser/office profiles into .profiles/ (not part of the set).  Converters run
one at a time.  README.md is regenerated from the gold files at the end.
"""
import os, sys, json, collections

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
sys.path.insert(0, HERE)

import engines  # noqa: E402
from certs import CERTS  # noqa: E402

PRODUCER_DESC = {
    'chromium': 'HTML/CSS printed by headless Chromium (--print-to-pdf)',
    'fodt': 'flat ODF text (.fodt) converted by LibreOffice Writer',
    'docx': 'Word .docx written with python-docx, converted by LibreOffice Writer',
    'fpdf': 'PHP FPDF 1.84 (engine_fpdf.php + engine_common.php)',
    'tcpdf': 'PHP TCPDF (engine_tcpdf.php + engine_common.php)',
    'rl_canvas': 'ReportLab canvas (engines.layout + RLPainter)',
    'rl_platypus': 'ReportLab Platypus flowables (engines.build_platypus)',
    'acroform': 'ReportLab canvas with AcroForm text fields filled with the values, flattened by '
                'qpdf --generate-appearances --flatten-annotations=all',
    'gs': 'hand-written PostScript (engines.layout + PSPainter) distilled by Ghostscript pdfwrite',
}


def points(credits, unit):
    p = credits * 10 if unit == 'CEU' else credits
    p = round(p, 2)
    return int(p) if p == int(p) else p


def gold_of(c):
    g = c['gold']
    return collections.OrderedDict([
        ('style', c['style']), ('producer', c['producer']), ('layout', c['layout']), ('notes', c['notes']),
        ('name', g['name']), ('title', g['title']), ('date', g['date']), ('credits', g['credits']),
        ('unit', g['unit']), ('points', points(g['credits'], g['unit'])), ('provider', g['provider']),
        ('activity_id', g['activity_id'])])


CONVENTIONS = """\
- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names
  are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR,
  On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part
  of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a
  session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors.
  A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than
  maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU;
  points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and
  "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's
  own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when
  none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student
  numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously:
  the gold must be what a careful human reads off the page.
"""


def md(s):
    return str(s).replace('|', '\\|')


def write_readme(golds):
    by_style = collections.Counter(g['style'] for g in golds.values())
    by_prod = collections.Counter(g['producer'] for g in golds.values())
    L = []
    L.append('# certs-z27 — blind test set of CE certificates (ASCP BOC CMP)\n')
    L.append('40 certificates of completion (`ya01.pdf` … `ya40.pdf`), each with a gold file `yaNN.gold.json`. '
             'Every person, hospital, university, vendor and activity is invented; real organisation names '
             '(ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM, CLSI, LabCE, MediaLab) carry invented '
             'activities, numbers, signers and addresses. Nobody who wrote the reader has seen these documents.\n')
    L.append('## How it was made\n')
    L.append('```\ncd /work/blind/certs-z27\n/usr/bin/python3 build.py        # builds all 40 PDFs, gold files '
             'and this README\n/usr/bin/python3 verify.py       # pdftotext -layout check of every gold field\n```\n')
    L.append('`build.py ya03 ya17` rebuilds selected certificates only. Files:\n')
    L.append('- `certs.py` — the 40 certificate descriptions: page (size, orientation, margins, border, seal, '
             'footer) + blocks (T text, KV label|value rows, COLS labels above values, TABLE, SIGS signature '
             'blocks, RULE, SP, BR page break) + gold values.')
    L.append('- `engines.py` — the Python engines (Chromium HTML, .fodt, .docx, ReportLab canvas / Platypus / '
             'AcroForm, PostScript) and the runners for chromium, soffice, php, qpdf and gs.')
    L.append('- `engine_common.php`, `engine_fpdf.php`, `engine_tcpdf.php` — FPDF and TCPDF engines (read the '
             'JSON written to `src/`).')
    L.append('- `src/` — intermediate sources (HTML, FODT, DOCX, PS, JSON, seal PNGs); regenerated by build.py.')
    L.append('- `.profiles/` — Chromium and LibreOffice profiles (not part of the set).')
    L.append('- `verify.py` — runs `pdftotext -layout` on each PDF and checks (whitespace-insensitively) that '
             'name, title, every provider string, the activity id, the credits figure and the unit word appear, '
             'that the date appears in some printed form, that points match credits/unit, and that the PDF '
             'producer matches the declared producer. A provider of the form "Institution, Office" passes if it '
             'is printed as such or both parts are printed.\n')
    L.append('Producers:\n')
    for p, d in PRODUCER_DESC.items():
        L.append('- `%s` — %s' % (p, d))
    L.append('')
    L.append('## Gold schema\n')
    L.append('```\n{"style", "producer", "layout": [...tags], "notes", "name", "title", "date": "YYYY-MM-DD", '
             '"credits", "unit", "points", "provider": [...], "activity_id"}\n```\n')
    L.append('## Conventions (the gold follows these exactly)\n')
    L.append(CONVENTIONS)
    L.append('## Counts\n')
    L.append('| style | count |\n|---|---|')
    for s, n in sorted(by_style.items(), key=lambda x: (-x[1], x[0])):
        L.append('| %s | %d |' % (s, n))
    L.append('')
    L.append('| producer | count |\n|---|---|')
    for p in PRODUCER_DESC:
        L.append('| %s | %d |' % (p, by_prod.get(p, 0)))
    L.append('')
    L.append('## Certificates\n')
    L.append('| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |')
    L.append('|---|---|---|---|---|---|---|---|---|---|---|')
    for cid, g in sorted(golds.items()):
        L.append('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (
            cid, g['style'], g['producer'], md(g['name']), md(g['title']), g['date'], g['credits'], g['unit'],
            g['points'], md('; '.join(g['provider'])), md(g['activity_id'] if g['activity_id'] else 'null')))
    L.append('')
    L.append('## Layout tags and notes\n')
    for cid, g in sorted(golds.items()):
        L.append('- **%s** (%s): %s' % (cid, ', '.join(g['layout']), md(g['notes'])))
    L.append('')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))


def main(argv):
    want = set(argv)
    os.makedirs(engines.SRC, exist_ok=True)
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        out = os.path.join(HERE, c['id'] + '.pdf')
        print('building', c['id'], c['producer'], flush=True)
        engines.build(c, out, c['id'])
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold_of(c), fh, ensure_ascii=False, indent=2)
            fh.write('\n')
    golds = {c['id']: gold_of(c) for c in CERTS}
    assert len(golds) == 40
    write_readme(golds)


if __name__ == '__main__':
    main(sys.argv[1:])
