#!/usr/bin/python3
"""Check every PREFIXNN.pdf against PREFIXNN.gold.json using `pdftotext -layout`.

Hard checks (whitespace-insensitive): name, title, each provider string (a combined
"Institution, Office" string passes when both parts are printed), activity_id,
credits figure (as a number token), unit word (case-insensitive), points rule,
page count (1-2), schema keys and value types.
Soft check (warning only): the completion date appears in some common format.
"""
import os, re, sys, json, glob, subprocess, datetime

DIR = os.path.dirname(os.path.abspath(__file__))
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points',
        'provider', 'activity_id']
UNITS = {'contact hour', 'CMLE', 'CE hour', 'CEU'}


def squash(s):
    return re.sub(r'\s+', '', s)


def pdftext(pdf):
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], stdout=subprocess.PIPE,
                          check=True).stdout.decode('utf-8')


def pages(pdf):
    out = subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE, check=True).stdout.decode()
    return int(re.search(r'^Pages:\s+(\d+)', out, re.M).group(1))


def date_forms(d):
    dt = datetime.date.fromisoformat(d)
    M, Mon, y, m, day = dt.strftime('%B'), dt.strftime('%b'), dt.year, dt.month, dt.day
    f = ['%s %d, %d' % (M, day, y), '%s. %d, %d' % (Mon, day, y), '%s %d, %d' % (Mon, day, y),
         '%02d/%02d/%d' % (m, day, y), '%d/%d/%d' % (m, day, y), '%d %s %d' % (day, M, y),
         '%d %s %d' % (day, Mon, y), d, '%02d-%s-%d' % (day, Mon, y), '%02d.%02d.%d' % (day, m, y),
         '%s %d' % (M, day)]
    f += [x.upper() for x in f]
    # ranges such as "April 23-25, 2026" or "October 25 - 28, 2025"
    f += ['-%d,%d' % (day, y), '\u2013%d,%d' % (day, y), 'through%s%d,%d' % (M, day, y)]
    return [squash(x) for x in f]


def check(gold_path):
    errs, warns = [], []
    g = json.load(open(gold_path, encoding='utf-8'))
    pdf = gold_path.replace('.gold.json', '.pdf')
    if not os.path.exists(pdf):
        return ['missing pdf'], warns
    for k in KEYS:
        if k not in g:
            errs.append('missing key %s' % k)
    if errs:
        return errs, warns
    if g['unit'] not in UNITS:
        errs.append('bad unit %r' % g['unit'])
    exp_points = round(g['credits'] * 10, 4) if g['unit'] == 'CEU' else g['credits']
    if abs(g['points'] - exp_points) > 1e-9:
        errs.append('points %r != %r' % (g['points'], exp_points))
    if not isinstance(g['provider'], list) or not g['provider']:
        errs.append('provider must be a non-empty list')
    if not isinstance(g['layout'], list):
        errs.append('layout must be a list')
    try:
        datetime.date.fromisoformat(g['date'])
    except Exception:
        errs.append('bad date %r' % g['date'])
    n = pages(pdf)
    if n not in (1, 2):
        errs.append('page count %d' % n)
    raw = pdftext(pdf)
    t = squash(raw)
    for k in ('name', 'title'):
        if squash(g[k]) not in t:
            errs.append('%s not found: %r' % (k, g[k]))
    for p in g['provider']:
        if squash(p) in t:
            continue
        parts = [x for x in p.split(', ')]
        if len(parts) >= 2 and all(squash(x) in t for x in parts):
            continue
        errs.append('provider not found: %r' % p)
    if g['activity_id'] is not None and squash(g['activity_id']) not in t:
        errs.append('activity_id not found: %r' % g['activity_id'])
    nums = [float(x) for x in re.findall(r'(?<![\d.])\d+(?:\.\d+)?(?![\d])', raw.replace(',', ''))]
    if not any(abs(x - g['credits']) < 1e-9 for x in nums):
        errs.append('credits figure not found: %r' % g['credits'])
    if squash(g['unit']).lower() not in t.lower():
        errs.append('unit word not found: %r' % g['unit'])
    tl = t.upper()
    if not any(f.upper() in tl for f in date_forms(g['date'])):
        warns.append('date %s not found in a known format' % g['date'])
    return errs, warns


def main():
    golds = sorted(glob.glob(os.path.join(DIR, '*.gold.json')))
    bad = 0
    for gp in golds:
        errs, warns = check(gp)
        name = os.path.basename(gp).replace('.gold.json', '')
        for w in warns:
            print('%s WARN %s' % (name, w))
        if errs:
            bad += 1
            for e in errs:
                print('%s FAIL %s' % (name, e))
        else:
            print('%s ok' % name)
    print('%d certificates, %d failing' % (len(golds), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
