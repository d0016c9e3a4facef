#!/usr/bin/python3
"""Check each zjNN.pdf against zjNN.gold.json using `pdftotext -layout`.
Whitespace-insensitive substring checks for name, title, provider strings, activity id
and unit word; the credits figure must occur as a number on the page; points must match."""
import glob, json, os, re, subprocess, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u00a0', ' ')
    return re.sub(r'\s+', '', s)

UNITWORDS = {'contact hour': 'contacthour', 'CMLE': 'cmle', 'CE hour': 'cehour', 'CEU': 'ceu'}
problems = 0
files = sorted(glob.glob(os.path.join(HERE, 'zj[0-9][0-9].gold.json')))
for gf in files:
    cid = os.path.basename(gf)[:4]
    g = json.load(open(gf, encoding='utf-8'))
    txt = subprocess.run(['pdftotext', '-layout', os.path.join(HERE, cid + '.pdf'), '-'], capture_output=True, text=True).stdout
    T = norm(txt); TL = T.lower()
    errs = []
    for key in ('name', 'title'):
        if norm(g[key]) not in T:
            errs.append('%s not found: %r' % (key, g[key]))
    for p in g['provider']:
        if norm(p).lower() not in TL:
            parts = [x for x in p.split(', ')]
            if not (len(parts) > 1 and all(norm(x).lower() in TL for x in parts)):
                errs.append('provider not found: %r' % p)
    if g['activity_id'] is not None and norm(g['activity_id']) not in T:
        errs.append('activity_id not found: %r' % g['activity_id'])
    nums = [float(x) for x in re.findall(r'(?<![\d.])\d+(?:\.\d+)?', txt)]
    if not any(abs(n - g['credits']) < 1e-9 for n in nums):
        errs.append('credits figure %s not found' % g['credits'])
    if g['unit'] not in UNITWORDS:
        errs.append('bad unit %r' % g['unit'])
    elif UNITWORDS[g['unit']] not in TL:
        errs.append('unit word %r not found' % g['unit'])
    exp = round(g['credits'] * (10 if g['unit'] == 'CEU' else 1), 4)
    if abs(exp - g['points']) > 1e-9:
        errs.append('points %s != %s' % (g['points'], exp))
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
        errs.append('bad date %r' % g['date'])
    problems += len(errs)
    print('%s %s' % (cid, 'ok' if not errs else 'FAIL: ' + '; '.join(errs)))
print('verified %d certificates, %d problems' % (len(files), problems))
sys.exit(1 if problems else 0)
