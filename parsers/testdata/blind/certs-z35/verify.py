#!/usr/bin/python3
"""Checks every yiNN.pdf against yiNN.gold.json using pdftotext -layout."""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {'contact hour', 'CMLE', 'CE hour', 'CEU'}


def squash(s):
    return re.sub(r'\s+', '', s)


def number_present(text, x):
    cands = {('%g' % x), ('%.1f' % x), ('%.2f' % x)}
    for c in cands:
        if re.search(r'(?<![\d.])' + re.escape(c) + r'(?![\d])', text):
            return True
    return False


def check(pdf):
    gold = json.load(open(pdf[:-4] + '.gold.json', encoding='utf-8'))
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    pages = text.count('\f')
    t = squash(text)
    tl = t.lower()
    errs = []
    for k in ('name', 'title'):
        if squash(gold[k]) not in t:
            errs.append('%s not found: %r' % (k, gold[k]))
    for p in gold['provider']:
        if squash(p) in t:
            continue
        parts = [x for x in p.split(', ') if x]
        # "Institution, Office" constructed entries: check the parts
        if len(parts) > 1 and all(squash(x) in t for x in parts) and not p.endswith(('Inc.', 'LLC')):
            continue
        errs.append('provider not found: %r' % p)
    if gold['activity_id'] is not None and squash(gold['activity_id']) not in t:
        errs.append('activity_id not found: %r' % gold['activity_id'])
    if gold['unit'] not in UNITS:
        errs.append('bad unit %r' % gold['unit'])
    elif squash(gold['unit']).lower() not in tl:
        errs.append('unit word not found: %r' % gold['unit'])
    if not number_present(text, gold['credits']):
        errs.append('credits figure not found: %r' % gold['credits'])
    exp = round(gold['credits'] * (10 if gold['unit'] == 'CEU' else 1), 4)
    if abs(exp - gold['points']) > 1e-6:
        errs.append('points %r != %r' % (gold['points'], exp))
    try:
        d = datetime.date.fromisoformat(gold['date'])
        if str(d.year) not in text or not re.search(r'(?<!\d)0?%d(?!\d)' % d.day, text):
            errs.append('date parts not found: %s' % gold['date'])
    except ValueError:
        errs.append('bad date %r' % gold['date'])
    want_pages = 2 if 'two-page' in gold['layout'] else 1
    if pages != want_pages:
        errs.append('pages %d != %d' % (pages, want_pages))
    for k in ('style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id'):
        if k not in gold:
            errs.append('missing key %s' % k)
    return errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, 'yi[0-9][0-9].pdf')))
    bad = 0
    for pdf in pdfs:
        errs = check(pdf)
        name = os.path.basename(pdf)
        if errs:
            bad += 1
            print('FAIL', name)
            for e in errs:
                print('   ', e)
        else:
            print('ok  ', name)
    print('%d certificates, %d failing' % (len(pdfs), bad))
    return 1 if bad or len(pdfs) != 40 else 0


if __name__ == '__main__':
    sys.exit(main())
