#!/usr/bin/python3
"""Check every zsNN.pdf against zsNN.gold.json using `pdftotext -layout`.

Checks (whitespace-insensitive, case-sensitive for name/title/provider/ID):
  name, title, every provider string ("Institution, Office" may be printed as two pieces),
  activity_id, the credit figure, the unit word, the date (common print forms or last day of
  a range), points == credits (x10 for CEU), and the gold schema itself.
usage: /usr/bin/python3 verify.py [zs01 ...]
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider',
        'activity_id']
UNITS = {'contact hour': r'contact\s*hours?', 'CMLE': r'CMLE', 'CE hour': r'\bCE\s*[Hh]ours?', 'CEU': r'CEUs?'}


def squash(s):
    return re.sub(r'\s+', '', s)


def date_forms(d):
    dt = datetime.date.fromisoformat(d)
    B, b, Y, m, dd = dt.strftime('%B'), dt.strftime('%b'), dt.year, dt.month, dt.day
    forms = ['%s %d, %d' % (B, dd, Y), '%s %d, %d' % (b, dd, Y), '%s. %d, %d' % (b, dd, Y), '%d %s %d' % (dd, B, Y),
             '%d %s %d' % (dd, b, Y), '%02d/%02d/%d' % (m, dd, Y), '%d/%d/%d' % (m, dd, Y), dt.isoformat(),
             '%02d-%s-%d' % (dd, b, Y)]
    return forms


def date_found(text, d):
    flat = squash(text)
    for f in date_forms(d):
        if squash(f) in flat:
            return True
    dt = datetime.date.fromisoformat(d)
    # last day of a range such as "July 27–31, 2025" or "October 19-22, 2024"
    pat = r'(%s|%s)\.?\s+\d{1,2}\s*[\u2013\u2014-]\s*%d,\s*%d' % (dt.strftime('%B'), dt.strftime('%b'), dt.day, dt.year)
    return re.search(pat, text) is not None


def credit_found(text, c):
    forms = {('%.1f' % c), ('%.2f' % c), ('%g' % c)}
    for f in forms:
        if re.search(r'(?<![\d.])%s(?![\d])' % re.escape(f), text):
            return True
    return False


def check(gid):
    pdf = os.path.join(HERE, gid + '.pdf')
    g = json.load(open(os.path.join(HERE, gid + '.gold.json'), encoding='utf-8'))
    errs = []
    if list(g.keys()) != KEYS:
        errs.append('schema keys %s' % list(g.keys()))
    if g['unit'] not in UNITS:
        errs.append('bad unit %r' % g['unit'])
    try:
        datetime.date.fromisoformat(g['date'])
    except Exception:
        errs.append('bad date %r' % g['date'])
    if not isinstance(g['provider'], list) or not g['provider']:
        errs.append('provider must be a non-empty list')
    if not os.path.exists(pdf):
        return ['missing PDF'], 0
    text = subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, '-'], capture_output=True,
                          text=True).stdout
    npages = text.count('\f')
    flat = squash(text)
    for key in ('name', 'title'):
        if squash(g[key]) not in flat:
            errs.append('%s not found: %r' % (key, g[key]))
    for p in g['provider']:
        if squash(p) in flat:
            continue
        parts = [x for x in p.split(', ') if x]
        if len(parts) > 1 and all(squash(x) in flat for x in parts):
            continue
        errs.append('provider not found: %r' % p)
    if g['activity_id'] is not None and squash(g['activity_id']) not in flat:
        errs.append('activity_id not found: %r' % g['activity_id'])
    if not credit_found(text, g['credits']):
        errs.append('credits figure not found: %r' % g['credits'])
    if not re.search(UNITS.get(g['unit'], 'NOUNIT'), text, re.I if g['unit'] in ('contact hour',) else 0):
        errs.append('unit word not found: %r' % g['unit'])
    want = round(g['credits'] * 10, 4) if g['unit'] == 'CEU' else g['credits']
    if abs(g['points'] - want) > 1e-9:
        errs.append('points %r != %r' % (g['points'], want))
    if not date_found(text, g['date']):
        errs.append('date not found in any common form: %s' % g['date'])
    return errs, npages


def main(argv):
    ids = argv or sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(HERE, 'zs*.gold.json')))
    bad = 0
    for gid in ids:
        errs, n = check(gid)
        if errs:
            bad += 1
            print('FAIL %s (%d page%s)' % (gid, n, '' if n == 1 else 's'))
            for e in errs:
                print('     ' + e)
        else:
            print('ok   %s (%d page%s)' % (gid, n, '' if n == 1 else 's'))
    print('%d checked, %d failing' % (len(ids), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
