#!/usr/bin/python3
"""Check every ybNN.pdf against ybNN.gold.json using `pdftotext -layout`.

Checks (whitespace-insensitive, quotes/dashes normalised):
  name, title, every provider string, activity_id, credits figure, unit word appear in the text;
  points == credits (CEU: credits x 10); the gold date appears in some printed form
  (Month D, YYYY / MM/DD/YYYY / ranges ending on that day); schema keys and value types.
A provider of the form "Institution, Office" passes when both parts are printed.
usage: /usr/bin/python3 verify.py [ybNN ...]
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']
UNITS = {'contact hour': r'contact\s*hours?', 'CMLE': r'CMLE', 'CE hour': r'\bCE\s*hours?', 'CEU': r'\bCEUs?\b'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def clean(s):
    s = unicodedata.normalize('NFC', s)
    for a, b in (('\u2019', "'"), ('\u2018', "'"), ('\u201c', '"'), ('\u201d', '"'), ('\u2011', '-'), ('\u00ad', ''), ('\ufb01', 'fi'), ('\ufb02', 'fl')):
        s = s.replace(a, b)
    return s


def squash(s):
    return re.sub(r'\s+', '', clean(s))


def text_of(pdf):
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')


def figures(x):
    out = {('%g' % x), ('%.1f' % x), ('%.2f' % x)}
    return out


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    lit = ['%s %d, %d' % (m, d.day, d.year), '%02d/%02d/%d' % (d.month, d.day, d.year), '%d/%d/%d' % (d.month, d.day, d.year), iso]
    rx = [r'%s\s*\d{1,2}\s*[\u2013-]\s*%d,\s*%d' % (m, d.day, d.year)]
    return lit, rx


def check(gold_path):
    cid = os.path.basename(gold_path).split('.')[0]
    g = json.load(open(gold_path, encoding='utf-8'))
    errs = []
    if list(g.keys()) != KEYS:
        errs.append('keys %s' % list(g.keys()))
    pdf = os.path.join(HERE, cid + '.pdf')
    if not os.path.exists(pdf):
        return cid, ['missing pdf']
    raw = clean(text_of(pdf))
    sq = squash(raw)

    def has(s):
        return squash(s) in sq

    if not isinstance(g['name'], str) or not has(g['name']):
        errs.append('name not found: %r' % g['name'])
    if not has(g['title']):
        errs.append('title not found: %r' % g['title'])
    if not isinstance(g['provider'], list) or not g['provider']:
        errs.append('provider must be a non-empty list')
    for p in g['provider']:
        if has(p):
            continue
        if ', ' in p and all(has(part) for part in p.split(', ', 1)):
            continue
        errs.append('provider not found: %r' % p)
    if g['activity_id'] is not None and not has(g['activity_id']):
        errs.append('activity_id not found: %r' % g['activity_id'])
    if g['unit'] not in UNITS:
        errs.append('bad unit %r' % g['unit'])
    else:
        if not re.search(UNITS[g['unit']], raw, re.I):
            errs.append('unit word not found: %r' % g['unit'])
    c = g['credits']
    if not isinstance(c, (int, float)):
        errs.append('credits not numeric')
    else:
        if not any(re.search(r'(?<![\d.])%s(?![\d])' % re.escape(f), raw) for f in figures(c)):
            errs.append('credits figure not found: %r' % c)
        want = round(c * 10, 4) if g['unit'] == 'CEU' else c
        if abs(g['points'] - want) > 1e-9:
            errs.append('points %r != %r' % (g['points'], want))
    try:
        lit, rx = date_forms(g['date'])
        if not (any(squash(x) in sq for x in lit) or any(re.search(r, raw) for r in rx)):
            errs.append('date not found in any printed form: %s' % g['date'])
    except ValueError:
        errs.append('bad date %r' % g['date'])
    if not isinstance(g['layout'], list):
        errs.append('layout must be a list')
    return cid, errs


def main(argv):
    paths = sorted(glob.glob(os.path.join(HERE, 'yb*.gold.json')))
    if argv[1:]:
        paths = [p for p in paths if os.path.basename(p).split('.')[0] in argv[1:]]
    bad = 0
    for p in paths:
        cid, errs = check(p)
        if errs:
            bad += 1
            print('FAIL', cid)
            for e in errs:
                print('    ', e)
        else:
            print('ok  ', cid)
    print('%d checked, %d failing' % (len(paths), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
