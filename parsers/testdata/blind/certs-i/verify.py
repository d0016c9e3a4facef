#!/usr/bin/python3
"""Check every gold string of iNN.gold.json appears in `pdftotext -layout iNN.pdf` (whitespace-insensitive)."""
import glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def norm(s): return re.sub(r'\s+', '', s).replace('\u00ad', '')
bad = 0; n = 0
for gp in sorted(glob.glob(os.path.join(HERE, 'i[0-9][0-9].gold.json'))):
    g = json.load(open(gp, encoding='utf-8')); pdf = gp.replace('.gold.json', '.pdf'); n += 1
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    t = norm(txt); tl = t.lower(); miss = []
    for k in ['name', 'title']:
        if norm(g[k]) not in t: miss.append(k)
    for p in g['provider']:
        # "Institution, Office" form may be printed on two lines without the comma
        if norm(p) not in t and norm(p.replace(',', '')) not in t: miss.append('provider:' + p)
    if g['activity_id'] and norm(g['activity_id']) not in t: miss.append('activity_id')
    c = g['credits']; forms = {('%g' % c), ('%.1f' % c), ('%.2f' % c)}
    if not any(f in t for f in forms): miss.append('credits')
    unitkeys = {'contact hour': 'contacthour', 'CMLE': 'cmle', 'CE hour': 'hour', 'CEU': 'ceu'}
    if unitkeys[g['unit']] not in tl: miss.append('unit')
    exp = {'contact hour': c, 'CMLE': c, 'CE hour': c, 'CEU': round(c * 10, 4)}[g['unit']]
    if abs(exp - g['points']) > 1e-6: miss.append('points')
    if miss: bad += 1; print(os.path.basename(pdf), 'MISSING', miss)
print('%d certificates, %d failing' % (n, bad)); sys.exit(1 if bad else 0)
