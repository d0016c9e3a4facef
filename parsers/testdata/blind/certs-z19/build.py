#!/usr/bin/python3
"""Build the blind CE-certificate test set certs-z19.

usage:  /usr/bin/python3 build.py            # build all 40
        /usr/bin/python3 build.py zs05 zs12  # build some

Writes zsNN.pdf and zsNN.gold.json next to this script, intermediate sources
(HTML, .fodt, .docx, PostScript, JSON specs, blank/filled AcroForms) to src/,
and regenerates README.md.  Browser/office profiles go to .profiles/.
Converters are run one at a time.
"""
import json
import os
import sys
import time

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
sys.path.insert(0, HERE)

from certs import CERTS                       # noqa: E402
from engines import eng_html, eng_fodt, eng_docx, eng_layout, eng_platypus, eng_tcpdf  # noqa: E402

SRC = os.path.join(HERE, 'src')
PROFILES = os.path.join(HERE, '.profiles')

PRODUCERS = {
    'chromium-html': lambda c, out: eng_html.render_html(c, out, SRC, os.path.join(PROFILES, 'chromium')),
    'libreoffice-fodt': lambda c, out: eng_fodt.render_fodt(c, out, SRC, os.path.join(PROFILES, 'libreoffice')),
    'docx-libreoffice': lambda c, out: eng_docx.render_docx(c, out, SRC, os.path.join(PROFILES, 'libreoffice')),
    'fpdf': lambda c, out: eng_tcpdf.render_fpdf(c, out, SRC),
    'tcpdf': lambda c, out: eng_tcpdf.render_tcpdf(c, out, SRC),
    'reportlab-canvas': lambda c, out: eng_layout.render_canvas(c, out, SRC),
    'reportlab-platypus': lambda c, out: eng_platypus.render_platypus(c, out, SRC),
    'acroform-flattened': lambda c, out: eng_layout.render_acroform(c, out, SRC),
    'ghostscript-ps': lambda c, out: eng_layout.render_ps(c, out, SRC),
}

GOLD_KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points',
             'provider', 'activity_id']


def points(credits, unit):
    return round(credits * 10, 4) if unit == 'CEU' else credits


def gold_of(c):
    g = {k: c[k] for k in GOLD_KEYS if k != 'points'}
    g['points'] = points(c['credits'], c['unit'])
    return {k: g[k] for k in GOLD_KEYS}


def build_one(c):
    out = os.path.join(HERE, c['id'] + '.pdf')
    if os.path.exists(out):
        os.remove(out)
    t = time.time()
    PRODUCERS[c['producer']](c, out)
    if not os.path.exists(out):
        raise RuntimeError('no output for ' + c['id'])
    with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold_of(c), fh, indent=2, ensure_ascii=False)
        fh.write('\n')
    print('%s  %-20s %-18s %.1fs' % (c['id'], c['producer'], c['style'], time.time() - t), flush=True)


def main(argv):
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(PROFILES, exist_ok=True)
    want = set(argv)
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        build_one(c)
    import make_readme
    make_readme.write(CERTS, gold_of)


if __name__ == '__main__':
    main(sys.argv[1:])
