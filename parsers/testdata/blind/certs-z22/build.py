#!/usr/bin/python3
"""Regenerate all certificates and gold files: /usr/bin/python3 build.py [zvNN ...]"""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.makedirs(os.path.join(HERE, '.profiles'), exist_ok=True)
import engine, certs
only = set(sys.argv[1:])
for c in certs.CERTS:
    if only and c['id'] not in only: continue
    out = os.path.join(HERE, c['id'] + '.pdf')
    engine.PRODUCERS[c['producer']](c['cert'], out)
    g = dict(style=c['style'], producer=c['producer'], layout=c['layout'], notes=c['notes'], **c['gold'])
    with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
    print('built', c['id'], c['producer'])

# ---------------------------------------------------------------- README
from collections import Counter
CONV = open(os.path.join(HERE, 'conventions.md'), encoding='utf-8').read()
sc = Counter(c['style'] for c in certs.CERTS); pc = Counter(c['producer'] for c in certs.CERTS)
L = ['# Blind CE-certificate test set z22', '',
     '40 invented certificates of completion (zv01.pdf … zv40.pdf) with gold answers (zvNN.gold.json) for testing a reader that extracts ASCP BOC CMP facts.',
     'Every person, hospital, university, vendor and activity is invented; real organisation names carry invented activities.', '',
     '## How it was made', '',
     '`/usr/bin/python3 build.py` (optionally with ids, e.g. `build.py zv07 zv12`) regenerates every PDF, every gold file and this README. '
     '`certs.py` holds the content of each certificate as a list of blocks plus its gold; `engine.py` renders the same block model with nine producers:', '',
     '- chromium: HTML/CSS printed with headless Chromium (`--print-to-pdf`)',
     '- fodt: flat ODF text (.fodt) converted with LibreOffice',
     '- docx: Word document written with python-docx, converted with LibreOffice',
     '- fpdf / tcpdf: PHP scripts (absolute positioning) run with php',
     '- canvas: ReportLab canvas; platypus: ReportLab Platypus flowables',
     '- acroform: ReportLab canvas with AcroForm text fields, flattened with `qpdf --generate-appearances --flatten-annotations=all`',
     '- postscript: hand-written PostScript (ISO Latin-1) converted with Ghostscript pdfwrite', '',
     'Browser/office profiles go to `.profiles/` (not part of the set). `/usr/bin/python3 verify.py` checks, with `pdftotext -layout` and whitespace-insensitive matching, that name, title, every provider string (for "Institution, Office" each comma part), activity id, credit figure and unit word occur, and that points match credits/unit.', '',
     CONV, '',
     '## Counts per style', '', '| style | n |', '|---|---|'] + ['| %s | %d |' % kv for kv in sorted(sc.items())] + [
     '', '## Counts per producer', '', '| producer | n |', '|---|---|'] + ['| %s | %d |' % kv for kv in sorted(pc.items())] + [
     '', '## Certificates', '', '| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |', '|---|---|---|---|---|---|---|---|---|---|---|']
for c in certs.CERTS:
    g = c['gold']
    L.append('| %s | %s | %s | %s | %s | %s | %g | %s | %g | %s | %s |' % (c['id'], c['style'], c['producer'], g['name'], g['title'], g['date'], g['credits'], g['unit'], g['points'], ' ; '.join(g['provider']), g['activity_id'] or 'null'))
L += ['', '## Notes per certificate', ''] + ['- **%s** (%s): %s' % (c['id'], ', '.join(c['layout']), c['notes']) for c in certs.CERTS]
if not only:
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
