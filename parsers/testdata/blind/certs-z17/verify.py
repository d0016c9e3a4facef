#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check every zqNN.pdf against zqNN.gold.json.

For each certificate: pdftotext -layout, then (whitespace-insensitive) check that the
name, title, every provider string, the activity id, the credits figure and the unit
word appear; that points match credits/unit; that the date appears in some printed
form; and that the page count is as expected. Prints one line per failure and a
summary; exit status 1 if anything fails.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {'contact hour', 'CMLE', 'CE hour', 'CEU'}
TWO_PAGE = {'zq20', 'zq30', 'zq34'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
# last day of a printed range (e.g. "July 27-31, 2025") cannot be rebuilt from the ISO date alone
RANGE_TEXT = {
    'zq09': 'June 23\u201327, 2025',
    'zq16': 'September 3 \u2013 October 1, 2025',
    'zq17': 'May 5-7, 2025',
    'zq29': 'February 6\u20138, 2025',
    'zq30': 'June 10\u201311, 2025',
    'zq31': 'October 16\u201317, 2025',
    'zq34': 'November 13\u201315, 2025',
    'zq35': 'September 8\u201310, 2025',
}


def squash(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u00ad', '')
    return re.sub(r'\s+', '', s)


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    mon = MONTHS[d.month - 1]
    return ['%s %d, %d' % (mon, d.day, d.year), '%d %s %d' % (d.day, mon, d.year),
            '%02d/%02d/%d' % (d.month, d.day, d.year), '%d/%d/%d' % (d.month, d.day, d.year), iso]


def credit_forms(c):
    return {('%g' % c), ('%.1f' % c), ('%.2f' % c)}


def pages_of(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    m = re.search(r'^Pages:\s+(\d+)', out, re.M)
    return int(m.group(1)) if m else -1


def check(cid):
    pdf = os.path.join(HERE, cid + '.pdf')
    gold = json.load(open(os.path.join(HERE, cid + '.gold.json'), encoding='utf-8'))
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    T = squash(text)
    fails = []

    def need(label, s):
        if squash(s) not in T:
            fails.append('%s not found: %r' % (label, s))

    need('name', gold['name'])
    need('title', gold['title'])
    for p in gold['provider']:
        if squash(p) in T:
            continue
        # "Institution, Office" is printed as two lines (institution / office)
        parts = [x for x in p.split(', ') if x]
        if len(parts) == 2 and all(squash(x) in T for x in parts):
            continue
        fails.append('provider not found: %r' % p)
    if gold['activity_id'] is not None:
        need('activity_id', gold['activity_id'])
    if not any(squash(f) in T for f in credit_forms(gold['credits'])):
        fails.append('credits figure not found: %r' % gold['credits'])
    if gold['unit'] not in UNITS:
        fails.append('bad unit %r' % gold['unit'])
    elif squash(gold['unit']).lower() not in T.lower():
        fails.append('unit word not found: %r' % gold['unit'])
    want_pts = round(gold['credits'] * 10, 2) if gold['unit'] == 'CEU' else gold['credits']
    if abs(gold['points'] - want_pts) > 1e-9:
        fails.append('points %r != %r' % (gold['points'], want_pts))
    forms = date_forms(gold['date']) + ([RANGE_TEXT[cid]] if cid in RANGE_TEXT else [])
    if not any(squash(f) in T for f in forms):
        fails.append('date not found in any printed form: %s' % gold['date'])
    np = pages_of(pdf)
    if np != (2 if cid in TWO_PAGE else 1):
        fails.append('page count %d' % np)
    keys = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points',
            'provider', 'activity_id']
    if list(gold.keys()) != keys:
        fails.append('gold keys %r' % list(gold.keys()))
    return fails


def main():
    ids = sys.argv[1:] or sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(HERE, 'zq*.gold.json')))
    bad = 0
    for cid in ids:
        f = check(cid)
        if f:
            bad += 1
            for x in f:
                print('FAIL %s: %s' % (cid, x))
    print('%d certificates checked, %d failing' % (len(ids), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
