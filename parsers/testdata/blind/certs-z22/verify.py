#!/usr/bin/python3
"""Check that every gold value can be read off its PDF (pdftotext -layout, whitespace-insensitive)."""
import os, sys, json, glob, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
def norm(s): return re.sub(r'\s+', '', s)
fails = 0; n = 0
for gp in sorted(glob.glob(os.path.join(HERE, 'zv*.gold.json'))):
    g = json.load(open(gp, encoding='utf-8')); pdf = gp.replace('.gold.json', '.pdf'); n += 1
    txt = norm(subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout)
    probs = []
    for k in ('name', 'title'):
        if norm(g[k]) not in txt: probs.append('%s missing: %s' % (k, g[k]))
    for p in g['provider']:
        if norm(p) not in txt and not all(norm(x) in txt for x in p.split(', ')):
            probs.append('provider missing: ' + p)
    if g['activity_id'] and norm(g['activity_id']) not in txt: probs.append('activity_id missing')
    cr = g['credits']
    forms = {('%g' % cr), ('%.1f' % cr), ('%.2f' % cr)}
    if not any(f in txt for f in forms): probs.append('credits missing: %s' % cr)
    unitword = {'contact hour': 'contacthour', 'CMLE': 'CMLE', 'CE hour': 'CEhour', 'CEU': 'CEU'}[g['unit']]
    if unitword.lower() not in txt.lower(): probs.append('unit word missing: ' + g['unit'])
    exp = round(cr * 10, 2) if g['unit'] == 'CEU' else cr
    if abs(g['points'] - exp) > 1e-9: probs.append('points mismatch')
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']): probs.append('bad date')
    if probs: fails += 1; print(os.path.basename(pdf), 'FAIL:', '; '.join(probs))
print('%d certificates, %d failing' % (n, fails))
sys.exit(1 if fails else 0)
