#!/usr/bin/python3
"""Check every vNN.pdf against vNN.gold.json with pdftotext -layout (whitespace-insensitive)."""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNITS = {'contact hour', 'CMLE', 'CE hour', 'CEU'}
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points',
        'provider', 'activity_id']


def squash(s):
    return re.sub(r'\s+', '', s)


def figure_forms(x):
    forms = {f'{x:.1f}', f'{x:.2f}', f'{x:g}'}
    return forms


def provider_ok(p, text):
    if squash(p) in text:
        return True
    # "Institution, Office": both parts printed (possibly on separate lines)
    parts = p.split(', ')
    for i in range(1, len(parts)):
        a, b = ', '.join(parts[:i]), ', '.join(parts[i:])
        if squash(a) in text and squash(b) in text:
            return True
    return False


def check(gpath):
    vid = gpath.name.split('.')[0]
    pdf = HERE / f'{vid}.pdf'
    errs = []
    g = json.loads(gpath.read_text(encoding='utf-8'))
    if list(g.keys()) != KEYS:
        errs.append(f'keys {list(g.keys())}')
    if not pdf.exists():
        return [f'{pdf.name} missing']
    info = subprocess.run(['pdfinfo', str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r'Pages:\s+(\d+)', info).group(1))
    if not 1 <= pages <= 2:
        errs.append(f'{pages} pages')
    raw = subprocess.run(['pdftotext', '-layout', str(pdf), '-'], capture_output=True, text=True).stdout
    text = squash(raw)
    for key in ('name', 'title'):
        if squash(g[key]) not in text:
            errs.append(f'{key} not found: {g[key]!r}')
    for p in g['provider']:
        if not provider_ok(p, text):
            errs.append(f'provider not found: {p!r}')
    if g['activity_id'] is not None and squash(g['activity_id']) not in text:
        errs.append(f'activity_id not found: {g["activity_id"]!r}')
    if not any(f in text for f in figure_forms(g['credits'])):
        errs.append(f'credits figure not found: {g["credits"]}')
    if g['unit'] not in UNITS:
        errs.append(f'bad unit {g["unit"]!r}')
    elif squash(g['unit']).lower() not in text.lower():
        errs.append(f'unit word not found: {g["unit"]!r}')
    want = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
    if abs(g['points'] - want) > 1e-9:
        errs.append(f'points {g["points"]} != {want}')
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date'] or ''):
        errs.append(f'bad date {g["date"]!r}')
    if not isinstance(g['layout'], list) or not g['provider']:
        errs.append('layout/provider must be non-empty lists')
    return errs


def main():
    golds = sorted(HERE.glob('v[0-9][0-9].gold.json'))
    bad = 0
    for gp in golds:
        errs = check(gp)
        vid = gp.name.split('.')[0]
        if errs:
            bad += 1
            for e in errs:
                print(f'FAIL {vid}: {e}')
        else:
            print(f'ok   {vid}')
    pdfs = sorted(HERE.glob('v[0-9][0-9].pdf'))
    if len(pdfs) != len(golds):
        print(f'FAIL: {len(pdfs)} PDFs but {len(golds)} gold files')
        bad += 1
    print(f'{len(golds) - bad}/{len(golds)} passed' if not bad else f'{bad} failing')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
