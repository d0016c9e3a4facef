#!/usr/bin/python3
"""Check every nNN.pdf against nNN.gold.json.

For each certificate, `pdftotext -layout` output must contain (whitespace-insensitive):
  name, title, every provider string, activity_id (if not null), the credits figure
  and the unit word; the completion date must appear in one of the usual spellings
  (Month D, YYYY / MM/DD/YYYY / M/D/YYYY / YYYY-MM-DD / D Month YYYY / end of a
  "Month D1-D2, YYYY" range).  points must equal credits (x10 for CEU).
Composite provider strings "Institution, Office" are accepted when both parts are
printed separately (the office line and the institution line).
Exit status 0 only if everything passes.
"""
import glob, json, os, re, subprocess, sys
from datetime import date

BASE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points',
        'provider', 'activity_id']
UNITS = {'contact hour': 'contacthour', 'CMLE': 'cmle', 'CE hour': 'cehour', 'CEU': 'ceu'}


def squash(s):
    return re.sub(r'\s+', '', s)


def pdftext(path):
    return subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True,
                          check=True).stdout


def pages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def date_found(text, iso):
    d = date.fromisoformat(iso)
    M, Mon = d.strftime('%B'), d.strftime('%b')
    forms = ['%s %d, %d' % (M, d.day, d.year), '%s %d, %d' % (Mon, d.day, d.year),
             '%02d/%02d/%d' % (d.month, d.day, d.year), '%d/%d/%d' % (d.month, d.day, d.year),
             d.isoformat(), '%d %s %d' % (d.day, M, d.year)]
    flat = squash(text)
    if any(squash(f) in flat for f in forms):
        return True
    rng = r'%s\s*\d{1,2}\s*[\u2013\u2014-]\s*%d,\s*%d' % (M, d.day, d.year)
    return re.search(rng, text) is not None


def numbers(text):
    return [float(x) for x in re.findall(r'(?<![\d.])(\d+(?:\.\d+)?)(?![\d])', text)]


def check(n):
    errs = []
    pdf = os.path.join(BASE, 'n%02d.pdf' % n)
    gp = os.path.join(BASE, 'n%02d.gold.json' % n)
    if not os.path.exists(pdf) or not os.path.exists(gp):
        return ['missing pdf or gold']
    g = json.load(open(gp, encoding='utf-8'))
    for k in KEYS:
        if k not in g:
            errs.append('gold lacks key %s' % k)
    if errs:
        return errs
    text = pdftext(pdf)
    flat = squash(text)
    np_ = pages(pdf)
    if np_ > 2:
        errs.append('%d pages' % np_)
    for field in ('name', 'title'):
        if squash(g[field]) not in flat:
            errs.append('%s not found: %r' % (field, g[field]))
    if not isinstance(g['provider'], list) or not g['provider']:
        errs.append('provider must be a non-empty list')
    for p in g['provider']:
        if squash(p) in flat:
            continue
        ok = False
        for q in g['provider']:
            if q != p and p.startswith(q + ', '):
                rest = p[len(q) + 2:]
                ok = squash(q) in flat and squash(rest) in flat
        if not ok:
            errs.append('provider not found: %r' % p)
    if g['activity_id'] is not None and squash(g['activity_id']) not in flat:
        errs.append('activity_id not found: %r' % g['activity_id'])
    if g['unit'] not in UNITS:
        errs.append('bad unit %r' % g['unit'])
    elif UNITS[g['unit']] not in flat.lower():
        errs.append('unit word not found: %r' % g['unit'])
    if not any(abs(x - g['credits']) < 1e-9 for x in numbers(text)):
        errs.append('credits figure not found: %r' % g['credits'])
    want = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
    if abs(g['points'] - want) > 1e-9:
        errs.append('points %r != %r' % (g['points'], want))
    try:
        if not date_found(text, g['date']):
            errs.append('date not found: %s' % g['date'])
    except ValueError:
        errs.append('bad date %r' % g['date'])
    if not isinstance(g['layout'], list):
        errs.append('layout must be a list')
    for bad in ('MLS(ASCP)', 'MT(ASCP)', 'PhD', 'Dr. '):
        if bad in g['name']:
            errs.append('name keeps credential/honorific: %r' % g['name'])
    if g['title'][:1] in '"\u201c' or g['title'][-1:] in '"\u201d':
        errs.append('title keeps quotes')
    return errs


def main():
    files = sorted(glob.glob(os.path.join(BASE, 'n[0-9][0-9].pdf')))
    nums = [int(os.path.basename(f)[1:3]) for f in files]
    bad = 0
    for n in nums:
        e = check(n)
        print('n%02d %s' % (n, 'ok' if not e else 'FAIL'))
        for x in e:
            print('      ' + x)
        bad += bool(e)
    print('%d certificates, %d failing' % (len(nums), bad))
    sys.exit(1 if bad or not nums else 0)


if __name__ == '__main__':
    main()
