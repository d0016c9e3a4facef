#!/usr/bin/python3
"""Checks every X.pdf against X.gold.json: each gold fact must be printed
(pdftotext -layout and/or raw text, whitespace normalised), page count and
size limits, and for acroform-filled files that the field values are NOT in
the page content stream (only in widget appearances)."""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import certs  # noqa: E402

SPECS = {c['id']: c for c in certs.CERTS}


def norm(s):
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()


def text(pdf, layout):
    args = ['pdftotext'] + (['-layout'] if layout else []) + [pdf, '-']
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


bad = 0
for gp in sorted(glob.glob(os.path.join(HERE, '*.gold.json'))):
    sid = os.path.basename(gp)[:-10]
    pdf = os.path.join(HERE, sid + '.pdf')
    g = json.load(open(gp))
    spec = SPECS[sid]
    probs = []
    if not os.path.exists(pdf):
        print(sid, 'MISSING PDF')
        bad += 1
        continue
    lay = text(pdf, True)
    raw = text(pdf, False)
    hay = [norm(lay), norm(raw)]
    # letter-spaced names may come out as "J a n e"; accept a de-spaced match too, but report it
    despaced = [re.sub(r'\s', '', h) for h in hay]

    def found(s, allow_despace=False):
        s = norm(s)
        if any(s in h for h in hay):
            return 'ok'
        if allow_despace and any(re.sub(r'\s', '', s) in d for d in despaced):
            return 'despaced'
        return None
    r = found(g['name'], True)
    if not r:
        probs.append('name %r' % g['name'])
    elif r == 'despaced':
        print(sid, 'note: name only found letter-spaced')
    if not found(g['title']):
        probs.append('title %r' % g['title'])
    if g['activity_id'] and not found(g['activity_id']):
        probs.append('activity %r' % g['activity_id'])
    for p in g['provider']:
        if not found(p):
            probs.append('provider %r' % p)
    for c in spec['check']:
        if not found(c):
            probs.append('check %r' % c)
    if '**' in raw:
        probs.append('markup leaked')
    npages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True,
                                                                text=True).stdout).group(1))
    want = 1 + sum(1 for b in spec['blocks'] if b['k'] == 'pb')
    if npages != want:
        probs.append('pages %d != %d' % (npages, want))
    size = os.path.getsize(pdf)
    if size > 200 * 1024:
        probs.append('size %d' % size)
    if g['producer'] == 'acroform-filled':
        from pypdf import PdfReader
        content = ''.join(p.extract_text() for p in PdfReader(pdf).pages)
        if g['name'] in content:
            probs.append('name is in page content (should be only in field appearance)')
        fields = PdfReader(pdf).get_fields() or {}
        if not any(str(f.get('/V', '')) == g['name'] for f in fields.values()):
            probs.append('name not a field value')
    if g['producer'] == 'acroform-flattened':
        from pypdf import PdfReader
        if any('/Annots' in p for p in PdfReader(pdf).pages):
            probs.append('still has annotations')
    if probs:
        bad += 1
        print(sid, 'PROBLEMS:', '; '.join(probs))
print('checked', len(glob.glob(os.path.join(HERE, '*.gold.json'))), 'bad', bad)
sys.exit(1 if bad else 0)
