#!/usr/bin/python3
"""Check every zuNN.pdf against zuNN.gold.json using pdftotext -layout.

Whitespace-insensitive checks that name, title, each provider string, activity id,
credits figure and unit word occur in the text, and that points agree with credits/unit.
A provider of the form "Institution, Office" passes when each comma part is printed.
Also reports page counts (expected 1, or 2 for certificates tagged two-page).
"""
import os, re, sys, json, glob, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))


def squash(s):
    return re.sub(r'\s+', '', s).lower()


def credit_forms(x):
    forms = {('%g' % x), ('%.1f' % x), ('%.2f' % x)}
    return forms


def main():
    fails = 0
    files = sorted(glob.glob(os.path.join(HERE, 'zu[0-9][0-9].gold.json')))
    for gf in files:
        cid = os.path.basename(gf)[:4]
        g = json.load(open(gf))
        pdf = os.path.join(HERE, cid + '.pdf')
        txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
        pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
        t = squash(txt)
        probs = []
        for k in ('name', 'title'):
            if squash(g[k]) not in t:
                probs.append('%s not found: %r' % (k, g[k]))
        for p in g['provider']:
            if squash(p) not in t and not all(squash(q) in t for q in p.split(', ')):
                probs.append('provider not found: %r' % p)
        if g['activity_id'] is not None and squash(g['activity_id']) not in t:
            probs.append('activity_id not found: %r' % g['activity_id'])
        if not any(f in t for f in credit_forms(g['credits'])):
            probs.append('credits not found: %r' % g['credits'])
        if g['unit'] not in ('contact hour', 'CMLE', 'CE hour', 'CEU'):
            probs.append('bad unit %r' % g['unit'])
        elif squash(g['unit']) not in t:
            probs.append('unit word not found: %r' % g['unit'])
        want = round(g['credits'] * 10, 4) if g['unit'] == 'CEU' else g['credits']
        if abs(g['points'] - want) > 1e-9:
            probs.append('points %r != %r' % (g['points'], want))
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
            probs.append('bad date %r' % g['date'])
        exp_pages = 2 if 'two-page' in g['layout'] else 1
        if pages != exp_pages:
            probs.append('pages %d != %d' % (pages, exp_pages))
        if probs:
            fails += 1
            print('FAIL', cid, '; '.join(probs))
        else:
            print('ok  ', cid)
    print('%d certificates, %d failing' % (len(files), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
