#!/usr/bin/python3
"""Check every mNN.pdf against mNN.gold.json using `pdftotext -layout` (whitespace-insensitive)."""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNIT_WORDS = {'contact hour': ['contact hour'], 'CMLE': ['CMLE'], 'CE hour': ['CE hour'], 'CEU': ['CEU']}
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']


def norm(s):
    return re.sub(r'\s+', '', s).lower()


def fmt_credits(c):
    outs = {('%g' % c)}
    outs.add('%.1f' % c)
    outs.add('%.2f' % c)
    return outs


def main():
    fails = 0
    golds = sorted(glob.glob(os.path.join(HERE, 'm[0-9][0-9].gold.json')))
    for gp in golds:
        base = gp[:-len('.gold.json')]
        tag = os.path.basename(base)
        g = json.load(open(gp, encoding='utf-8'))
        errs = []
        if sorted(g) != sorted(KEYS):
            errs.append('schema keys %s' % sorted(g))
        pdf = base + '.pdf'
        if not os.path.exists(pdf):
            print(tag, 'MISSING PDF')
            fails += 1
            continue
        txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
        pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
        if pages > 2:
            errs.append('%d pages' % pages)
        T = norm(txt)
        checks = [('name', g['name']), ('title', g['title'])] + [('provider', p) for p in g['provider']]
        if g['activity_id'] is not None:
            checks.append(('activity_id', g['activity_id']))
        checks.append(('unit', g['unit']))
        for k, v in checks:
            if norm(v) not in T:
                errs.append('%s not found: %r' % (k, v))
        if not any(norm(c) in T for c in fmt_credits(g['credits'])):
            errs.append('credits %r not found' % g['credits'])
        exp = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
        if abs(g['points'] - exp) > 1e-9:
            errs.append('points %r != %r' % (g['points'], exp))
        if g['unit'] not in UNIT_WORDS:
            errs.append('bad unit %r' % g['unit'])
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
            errs.append('bad date')
        if errs:
            fails += 1
            print(tag, 'FAIL', '; '.join(errs))
        else:
            print(tag, 'ok', '(%d page%s)' % (pages, 's' if pages > 1 else ''))
    print('%d/%d passed' % (len(golds) - fails, len(golds)))
    sys.exit(1 if fails or not golds else 0)


if __name__ == '__main__':
    main()
