#!/usr/bin/python3
"""Build the z38 blind certificate set: ylNN.pdf + ylNN.gold.json.

Usage (from anywhere):  /usr/bin/python3 build.py [yl01 yl07 ...]
Converters are run one at a time (Chromium, LibreOffice, PHP, Ghostscript, qpdf)."""
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine  # noqa: E402
from certs import CERTS  # noqa: E402

PRODUCER_LABEL = {
    'chromium': 'Chromium HTML (headless --print-to-pdf)',
    'fodt': 'LibreOffice Writer (flat ODF .fodt)',
    'docx': 'Word .docx (python-docx) via LibreOffice',
    'fpdf': 'PHP FPDF',
    'tcpdf': 'PHP TCPDF',
    'rlcanvas': 'ReportLab canvas',
    'platypus': 'ReportLab Platypus',
    'acroform': 'ReportLab AcroForm, filled and flattened with qpdf',
    'ps': 'hand-written PostScript via Ghostscript pdfwrite',
}


def main(argv):
    want = set(argv)
    os.makedirs(engine.WORK, exist_ok=True)
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        t = time.time()
        pdf = os.path.join(HERE, c['id'] + '.pdf')
        engine.render(c, pdf)
        g = dict(c['gold'])
        out = {'style': g['style'], 'producer': c['producer'], 'layout': g['layout'], 'notes': g['notes'],
               'name': g['name'], 'title': g['title'], 'date': g['date'], 'credits': g['credits'],
               'unit': g['unit'], 'points': g['points'], 'provider': g['provider'],
               'activity_id': g['activity_id']}
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print('%s  %-9s %.1fs' % (c['id'], c['producer'], time.time() - t), flush=True)


if __name__ == '__main__':
    main(sys.argv[1:])
