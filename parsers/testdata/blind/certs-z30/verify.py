#!/usr/bin/env python3
"""Check each ydNN.pdf against ydNN.gold.json using pdftotext -layout (whitespace-insensitive)."""
import glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r'\s+', '', s).lower()
fails = 0
for gp in sorted(glob.glob(os.path.join(HERE, 'yd*.gold.json'))):
    g = json.load(open(gp, encoding='utf-8'))
    pdf = gp.replace('.gold.json', '.pdf')
    txt = norm(subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout)
    errs = []
    def need(label, s):
        if norm(s) not in txt:
            errs.append('%s not found: %r' % (label, s))
    need('name', g['name']); need('title', g['title'])
    for p in g['provider']:
        if norm(p) in txt:
            continue
        if ', ' in p and all(norm(x) in txt for x in p.split(', ')):
            continue
        errs.append('provider not found: %r' % p)
    if g['activity_id']:
        need('activity_id', g['activity_id'])
    cr = g['credits']
    forms = {('%g' % cr), ('%.1f' % cr), ('%.2f' % cr)}
    if not any(norm(f) in txt for f in forms):
        errs.append('credits not found: %r' % cr)
    unitword = {'contact hour': 'contact hour', 'CMLE': 'CMLE', 'CE hour': 'CE hour', 'CEU': 'CEU'}[g['unit']]
    if g['unit'] == 'CE hour':
        if norm('CE hour') not in txt and norm('CE hours') not in txt:
            errs.append('unit word not found')
    elif norm(unitword) not in txt:
        errs.append('unit word not found: %s' % unitword)
    exp = round(cr * 10, 2) if g['unit'] == 'CEU' else cr
    if abs(g['points'] - exp) > 1e-9:
        errs.append('points mismatch')
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
        errs.append('bad date')
    if errs:
        fails += 1
        print(os.path.basename(pdf), 'FAIL:', '; '.join(errs))
print('%d checked, %d failing' % (len(glob.glob(os.path.join(HERE, 'yd*.gold.json'))), fails))
sys.exit(1 if fails else 0)
