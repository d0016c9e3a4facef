#!/usr/bin/python3
"""Verify the z36 set: every gold value can be read off its PDF.

For each yjNN.pdf, `pdftotext -layout` is run and the following are checked
(whitespace-insensitive):
  * name, title, every provider string (case-sensitive, as printed);
    a composite provider "Institution, Office" passes when the institution and
    the office are both printed (they are usually on separate lines);
  * activity_id (when not null);
  * the credits figure (as a number, trailing zeros allowed: 1.0 ~ 1 ~ 1.00);
  * the unit word (case-insensitive: contact hour / CMLE / CE hour / CEU);
  * points == credits (x10 for CEU);
  * the date in some printed form (Month D, YYYY / Mon. D, YYYY / D Month YYYY /
    MM/DD/YYYY / YYYY-MM-DD, or the last day of a printed range);
  * schema: all fields present, unit allowed, 1-2 pages.
Exit status 0 when nothing fails.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits',
          'unit', 'points', 'provider', 'activity_id']
UNITS = {'contact hour': 'contacthour', 'CMLE': 'cmle', 'CE hour': 'cehour', 'CEU': 'ceu'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def squash(s):
    s = s.replace('\u00a0', ' ').replace('\u2011', '-')
    return re.sub(r'\s+', '', s)


def pdftext(pdf):
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], stdout=subprocess.PIPE,
                          check=True).stdout.decode('utf8', 'replace')


def pages(pdf):
    out = subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE, check=True).stdout.decode()
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def number_re(v):
    s = ('%.2f' % v).rstrip('0')
    if s.endswith('.'):
        s = s[:-1]
        pat = re.escape(s) + r'(?:\.0+)?'
    else:
        pat = re.escape(s) + r'0*'
    return re.compile(r'(?<![\d.])' + pat + r'(?![\d])')


def date_found(text, iso):
    d = datetime.date.fromisoformat(iso)
    mon = MONTHS[d.month - 1]
    flat = re.sub(r'\s+', ' ', text)
    cands = ['%s %d, %d' % (mon, d.day, d.year), '%s. %d, %d' % (mon[:3], d.day, d.year),
             '%s %d, %d' % (mon[:3], d.day, d.year), '%d %s %d' % (d.day, mon, d.year),
             '%02d/%02d/%d' % (d.month, d.day, d.year), '%d/%d/%d' % (d.month, d.day, d.year),
             d.isoformat()]
    if any(c in flat for c in cands):
        return True
    # last day of a range: "April 10–12, 2025", "June 24-28, 2025"
    rng = re.compile(r'%s\.? \d{1,2} ?[\u2013\u2014-] ?%d, %d' % (mon[:3] + '[a-z]*', d.day, d.year))
    if rng.search(flat):
        return True
    # "12–13 August 2025"
    rng2 = re.compile(r'\d{1,2} ?[\u2013-] ?%d %s %d' % (d.day, mon, d.year))
    return bool(rng2.search(flat))


def check(pdf):
    cid = os.path.basename(pdf)[:-4]
    errs = []
    gpath = os.path.join(HERE, cid + '.gold.json')
    if not os.path.exists(gpath):
        return ['missing gold file']
    g = json.load(open(gpath, encoding='utf8'))
    missing = [f for f in FIELDS if f not in g]
    if missing or len(g) != len(FIELDS):
        errs.append('schema fields: missing %s / extra %s' % (missing, set(g) - set(FIELDS)))
        return errs
    if g['unit'] not in UNITS:
        errs.append('bad unit %r' % g['unit'])
    text = pdftext(pdf)
    sq = squash(text)
    n = pages(pdf)
    if not 1 <= n <= 2:
        errs.append('pages=%d' % n)
    if squash(g['name']) not in sq:
        errs.append('name not found: %r' % g['name'])
    if squash(g['title']) not in sq:
        errs.append('title not found: %r' % g['title'])
    provs = g['provider']
    if not provs:
        errs.append('no provider')
    for p in provs:
        if squash(p) in sq:
            continue
        if ', ' in p and p.startswith(provs[0] + ', ') and squash(provs[0]) in sq \
                and squash(p[len(provs[0]) + 2:]) in sq:
            continue
        errs.append('provider not found: %r' % p)
    if g['activity_id'] is not None and squash(g['activity_id']) not in sq:
        errs.append('activity_id not found: %r' % g['activity_id'])
    if not number_re(g['credits']).search(text):
        errs.append('credits figure not found: %r' % g['credits'])
    if g['unit'] in UNITS and UNITS[g['unit']] not in sq.lower():
        errs.append('unit word not found: %r' % g['unit'])
    want = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
    if abs(g['points'] - want) > 1e-9:
        errs.append('points %r != %r' % (g['points'], want))
    try:
        if not date_found(text, g['date']):
            errs.append('date not found in any printed form: %s' % g['date'])
    except ValueError:
        errs.append('bad date %r' % g['date'])
    return errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, 'yj[0-9][0-9].pdf')))
    bad = 0
    for pdf in pdfs:
        errs = check(pdf)
        if errs:
            bad += 1
            print('FAIL', os.path.basename(pdf))
            for e in errs:
                print('   ', e)
    print('%d certificates checked, %d failing' % (len(pdfs), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
