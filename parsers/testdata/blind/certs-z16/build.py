#!/usr/bin/python3
"""Build the z16 blind certificate set.

    cd /work/blind/certs-z16 && /usr/bin/python3 build.py            # all 40
    /usr/bin/python3 build.py zp03 zp17                              # selected ones

Writes zpNN.pdf + zpNN.gold.json next to this script, intermediate sources
(.html .fodt .docx .ps .json .form.pdf) to src/, and regenerates README.md.
Converters run one at a time (Chromium, LibreOffice, PHP, Ghostscript, qpdf).
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

from certs import CERTS
import engine_draw, engine_rich

SRC = os.path.join(HERE, 'src')
os.makedirs(SRC, exist_ok=True)
os.makedirs(os.path.join(HERE, '.profiles'), exist_ok=True)

FIELDS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider',
          'activity_id']


def gold_of(c):
    g = c['gold']
    pts = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
    d = dict(style=c['style'], producer=c['producer'], layout=c['layout'], notes=c['notes'], name=g['name'],
             title=g['title'], date=g['date'], credits=g['credits'], unit=g['unit'], points=pts,
             provider=g['provider'], activity_id=g['activity_id'])
    assert g['unit'] in ('contact hour', 'CMLE', 'CE hour', 'CEU')
    return {k: d[k] for k in FIELDS}


def build_one(c):
    out = os.path.join(HERE, c['id'] + '.pdf')
    if c['producer'] in ('html', 'fodt', 'docx', 'platypus'):
        engine_rich.build(c, out, SRC)
    else:
        engine_draw.build(c, out, SRC)
    with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
        f.write('\n')


PRODUCER_DESC = {
    'html': 'HTML + CSS printed by headless Chromium (--print-to-pdf)',
    'fodt': 'flat ODF text (.fodt) written as XML, converted by LibreOffice',
    'docx': 'Word .docx built with python-docx, converted by LibreOffice',
    'fpdf': 'PHP FPDF (core fonts, cp1252) from a JSON draw list',
    'tcpdf': 'PHP TCPDF (core fonts, baseline text) from a JSON draw list',
    'rlcanvas': 'ReportLab canvas (drawString)',
    'platypus': 'ReportLab Platypus flowables (Paragraph, Table)',
    'acroform': 'ReportLab AcroForm text fields filled with values, flattened by qpdf --generate-appearances --flatten-annotations=all',
    'gs': 'hand-written PostScript (cp1252-reencoded base fonts) -> Ghostscript pdfwrite',
}

CONVENTIONS = """- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page."""


JUDGEMENT = [
    'zp12: "SPRING SYMPOSIUM" is printed alone between "attended the" and the theme; treated as the format line, so the title is the theme only.',
    'zp38: the line "Fall Education Series 2025" under the society name is a series label, not part of the title; the title is the "Session Title" value.',
    'zp35: the training value "Operator Training: Q9 Coagulation Analyzer ..." is kept whole (it is the printed title of the class, like a series name before a colon).',
    'zp13: the office line names both "Department of Pathology and Laboratory Medicine" and "Laboratory Education Council"; the Council is the unit named as the approved provider, so the provider pair uses it.',
    'zp28: "ASM" counts as a printed short form because the footer prints "American Society for Microbiology (ASM)"; the header "ASM Microbe 2025" is the meeting brand.',
    'zp04, zp19, zp25, zp27: meeting attendance with no session title: title = meeting name, activity_id = null (only registration/transcript numbers are printed).',
    'zp21: no course/activity number is printed (only a customer number), so activity_id = null.',
    'zp03, zp33: several credit types with maximum and claimed columns; gold is the claimed P.A.C.E. figure (1.75 of 2.0; 1.25 of 1.5).',
    'zp24: the letter date (February 3, 2025) is an issue date; the completion date is in the sentence (January 27, 2025).',
    'zp16: 0.8 CEU -> points 8; zp34: 2.4 CEU -> points 24.',
]


def readme():
    golds = [gold_of(c) for c in CERTS]
    st = collections.Counter(g['style'] for g in golds)
    pr = collections.Counter(g['producer'] for g in golds)
    L = ['# z16 blind test set: CE certificates for ASCP BOC CMP', '',
         '40 invented certificates of completion (`zp01.pdf` … `zp40.pdf`, two of them two pages long) with one gold file each '
         '(`zpNN.gold.json`). Every person, hospital, university, vendor and activity is invented; real organisation names '
         '(ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, MediaLab, state societies) carry invented activities. '
         'Written blind, without looking at the reader or at any other test set.', '',
         '## How it was made', '',
         '```', 'cd /work/blind/certs-z16', '/usr/bin/python3 build.py          # all 40 (or: build.py zp07 zp19)',
         '/usr/bin/python3 verify.py         # pdftotext -layout checks of every gold file', '```', '',
         '- `certs.py`: the 40 certificates as data: page options (orientation, alignment, border, seal, accent colour, fonts), '
         'a list of content blocks (issuer, heading, name, format line, title, labelled lines, label/value rows, '
         'labels-above-values rows, tables, statements, signature blocks, footers, page breaks) and the gold facts.',
         '- `engine_draw.py`: lays blocks out into positioned drawing operations (base-14 fonts measured with ReportLab AFM metrics) '
         'and renders them through ReportLab canvas, ReportLab AcroForm + qpdf flattening, PHP fpdf / tcpdf (`php/*.php`, fed a JSON '
         'draw list) or a generated PostScript program run through Ghostscript.',
         '- `engine_rich.py`: renders the same blocks as HTML for headless Chromium, flat ODF (.fodt) and python-docx .docx for '
         'LibreOffice, and ReportLab Platypus flowables.',
         '- `build.py`: builds PDFs and gold files and rewrites this README; intermediate sources go to `src/`; browser/office '
         'profiles go to `.profiles/` (not part of the set). Converters are run one at a time.',
         '- `verify.py`: runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that name, title, every provider '
         'string, the activity id, the credits figure and the unit word appear, that the date appears in some printed form, and '
         'that points match credits/unit.', '',
         'Three certificates have two pages (zp19 session transcript, zp32 workshop agenda, zp33 accreditation and faculty disclosures).', '',
         'Producers:', '']
    for k, v in PRODUCER_DESC.items():
        L.append(f'- `{k}`: {v}')
    L += ['', '## Gold schema', '',
          'One JSON object per certificate:', '',
          '```', '{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}',
          '```', '', '## Conventions', '', CONVENTIONS, '',
          '## Counts', '', '| style | n |', '|---|---|']
    for k, v in sorted(st.items()):
        L.append(f'| {k} | {v} |')
    L += ['', '| producer | n |', '|---|---|']
    for k in PRODUCER_DESC:
        L.append(f'| {k} | {pr[k]} |')
    L += ['', '## Certificates', '',
          '| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |',
          '|---|---|---|---|---|---|---|---|---|---|---|']
    for c, g in zip(CERTS, golds):
        esc = lambda s: str(s).replace('|', '\\|')
        L.append('| ' + ' | '.join(esc(x) for x in [c['id'], g['style'], g['producer'], g['name'], g['title'], g['date'],
                                                   g['credits'], g['unit'], g['points'], '; '.join(g['provider']),
                                                   g['activity_id'] if g['activity_id'] is not None else 'null']) + ' |')
    L += ['', '## Judgement calls (where a reader could reasonably hesitate)', '']
    L += ['- ' + j for j in JUDGEMENT]
    L += ['', '## Notes per certificate', '']
    for c, g in zip(CERTS, golds):
        L.append(f'- **{c["id"]}** ({", ".join(g["layout"])}): {g["notes"]}')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')


if __name__ == '__main__':
    want = set(sys.argv[1:])
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        print('building', c['id'], c['producer'], flush=True)
        build_one(c)
    readme()
    print('done')
