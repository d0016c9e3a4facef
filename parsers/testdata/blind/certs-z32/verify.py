#!/usr/bin/env python3
"""Verify the z32 blind set.

For every yfNN.pdf / yfNN.gold.json pair: run `pdftotext -layout` and check,
whitespace-insensitively, that the gold name, title, every provider string,
the activity id, the credits figure and the unit word appear in the text; that
points match credits/unit (CEU x10); that the date is a valid ISO date that is
printed on the page in some common form; and that the schema is complete.
Exit status 0 only when nothing fails.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']
UNITS = {'contact hour': ['contacthour'], 'CMLE': ['cmle'], 'CE hour': ['cehour', 'continuingeducationhour'],
         'CEU': ['ceu', 'continuingeducationunit']}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def squash(s):
    return re.sub(r'\s+', '', s)


def credit_forms(c):
    forms = {repr(c), '%.1f' % c, '%.2f' % c}
    if float(c).is_integer():
        forms.add(str(int(c)))
    return {f for f in forms if float(f) == c}


def date_printed(iso, text):
    d = datetime.date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    t = squash(text)
    cands = ['%s%d,%d' % (m, d.day, d.year), '%02d/%02d/%d' % (d.month, d.day, d.year), iso,
             '%d/%d/%d' % (d.month, d.day, d.year)]
    if any(c in t for c in cands):
        return True
    # ranges such as "June 19–23, 2025", "October 2–3, 2025", "January 13 – March 3, 2025", "June 2 – June 20, 2025"
    pat = r'(%s|%s)\d{1,2}[\u2013-](%s)?%d,%d' % (m, m[:3], m, d.day, d.year)
    return re.search(pat, t) is not None


def check(pdf, gold):
    errs = []
    for k in KEYS:
        if k not in gold:
            errs.append('missing key %s' % k)
    if errs:
        return errs, 0
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    t = squash(text)
    tl = t.lower()
    for k in ('name', 'title'):
        if squash(gold[k]) not in t:
            errs.append('%s not found: %r' % (k, gold[k]))
    if not isinstance(gold['provider'], list) or not gold['provider']:
        errs.append('provider must be a non-empty list')
    for p in gold['provider']:
        if squash(p) in t:
            continue
        # "Institution, Office" is composed by convention from two printed pieces
        head, _, tail = p.partition(', ')
        if tail and squash(head) in t and squash(tail) in t:
            continue
        errs.append('provider not found: %r' % p)
    if gold['activity_id'] is not None and squash(gold['activity_id']) not in t:
        errs.append('activity_id not found: %r' % gold['activity_id'])
    if gold['unit'] not in UNITS:
        errs.append('bad unit %r' % gold['unit'])
    else:
        if not any(u in tl for u in UNITS[gold['unit']]):
            errs.append('unit word not found: %r' % gold['unit'])
        want = round(gold['credits'] * 10, 4) if gold['unit'] == 'CEU' else gold['credits']
        if abs(gold['points'] - want) > 1e-9:
            errs.append('points %r do not match credits %r %s' % (gold['points'], gold['credits'], gold['unit']))
    if not any(re.search(r'(?<![\d.])%s(?![\d])' % re.escape(f), text) for f in credit_forms(gold['credits'])):
        errs.append('credits figure not found: %r' % gold['credits'])
    try:
        if not date_printed(gold['date'], text):
            errs.append('date not printed in a recognised form: %s' % gold['date'])
    except ValueError:
        errs.append('bad date %r' % gold['date'])
    if pages > 2:
        errs.append('%d pages' % pages)
    return errs, pages


def main():
    golds = sorted(glob.glob(os.path.join(HERE, 'yf[0-9][0-9].gold.json')))
    fails = 0
    for g in golds:
        pdf = g.replace('.gold.json', '.pdf')
        gold = json.load(open(g, encoding='utf-8'))
        if not os.path.exists(pdf):
            print('FAIL %s: pdf missing' % os.path.basename(pdf))
            fails += 1
            continue
        errs, pages = check(pdf, gold)
        tag = os.path.basename(pdf)[:-4]
        if errs:
            fails += 1
            print('FAIL %s (%s, %s): %s' % (tag, gold.get('style'), gold.get('producer'), '; '.join(errs)))
        else:
            print('ok   %s  %-18s %-11s %d page%s' % (tag, gold['style'], gold['producer'], pages, 's' if pages > 1 else ''))
    print('%d certificates, %d failing' % (len(golds), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
