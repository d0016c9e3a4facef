#!/usr/bin/python3
"""Check every zfNN.pdf against its gold: pdftotext -layout must contain name, title, providers, activity id,
credits and unit (whitespace-insensitive; unit case-insensitive); points must match credits/unit."""
import os, json, glob, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def norm(s): return re.sub(r'\s+', '', s)
bad = 0
for g in sorted(glob.glob(os.path.join(HERE, 'zf*.gold.json'))):
    cid = os.path.basename(g)[:4]; gold = json.load(open(g))
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(HERE, cid + '.pdf'), '-'], capture_output=True, text=True).stdout)
    errs = []
    for f in ['name', 'title'] + [None] * 0:
        if norm(gold[f]) not in txt: errs.append(f'{f} missing: {gold[f]!r}')
    for p in gold['provider']:
        if norm(p) not in txt: errs.append(f'provider missing: {p!r}')
    if gold['activity_id'] and norm(gold['activity_id']) not in txt: errs.append(f'activity_id missing: {gold["activity_id"]!r}')
    c = gold['credits']; forms = {f'{c:.1f}', f'{c:.2f}', str(c)}
    if not any(x in txt for x in forms): errs.append(f'credits missing: {c}')
    if gold['unit'] not in ('contact hour', 'CMLE', 'CE hour', 'CEU'): errs.append('bad unit')
    if norm(gold['unit']).lower() not in txt.lower(): errs.append(f'unit missing: {gold["unit"]}')
    exp = round(c * 10, 2) if gold['unit'] == 'CEU' else c
    if abs(gold['points'] - exp) > 1e-9: errs.append('points mismatch')
    if not re.fullmatch(r'\d{4}-\d\d-\d\d', gold['date']): errs.append('bad date')
    if errs: bad += 1; print(cid, 'FAIL', '; '.join(errs))
print(f'{len(glob.glob(os.path.join(HERE, "zf*.gold.json")))} certificates, {bad} failing')
sys.exit(1 if bad else 0)
