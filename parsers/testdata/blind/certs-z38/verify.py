#!/usr/bin/python3
"""Check every ylNN.pdf against ylNN.gold.json.

For each certificate: run `pdftotext -layout`, drop all whitespace, and check that
the name, title, every provider string, the activity id, the credits figure and the
unit word occur (a provider of the form "Institution, Office" may occur as its two
parts); that the completion date is printed in some common format; that points
agree with credits/unit; and that the schema is complete. Exit status = failures."""
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points',
        'provider', 'activity_id']
UNITS = {'contact hour': 'contacthour', 'CMLE': 'cmle', 'CE hour': 'cehour', 'CEU': 'ceu'}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    for a, b in (('\u2010', '-'), ('\u2011', '-'), ('\u2212', '-'), ('\u2019', "'"), ('\u2018', "'"),
                 ('\u00ad', '')):
        s = s.replace(a, b)
    return re.sub(r'\s+', '', s)


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    mon = d.strftime('%B')
    forms = {iso, d.strftime('%m/%d/%Y'), '%d/%d/%d' % (d.month, d.day, d.year),
             '%s %d, %d' % (mon, d.day, d.year), '%d %s %d' % (d.day, mon, d.year),
             '%s. %d, %d' % (d.strftime('%b'), d.day, d.year), '%s %d, %d' % (d.strftime('%b'), d.day, d.year),
             d.strftime('%d-%b-%Y'), '%s %d' % (mon, d.day)}
    return [norm(f) for f in forms]


def credit_forms(x):
    return {('%g' % x), ('%.1f' % x), ('%.2f' % x)}


def check(pdf, gold):
    errs = []
    for k in KEYS:
        if k not in gold:
            errs.append('missing key ' + k)
    if errs:
        return errs
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    flat = norm(txt)
    low = flat.lower()
    pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True,
                                                             text=True).stdout).group(1))
    if pages not in (1, 2):
        errs.append('page count %d' % pages)
    if '2-page' not in gold['layout'] and pages != 1:
        errs.append('unexpected page count %d' % pages)
    for k in ('name', 'title'):
        if norm(gold[k]) not in flat:
            errs.append('%s not found: %r' % (k, gold[k]))
    for p in gold['provider']:
        if norm(p) not in flat:
            parts = p.split(', ')
            if not (len(parts) > 1 and all(norm(q) in flat for q in parts)):
                errs.append('provider not found: %r' % p)
    if gold['activity_id'] is not None and norm(gold['activity_id']) not in flat:
        errs.append('activity_id not found: %r' % gold['activity_id'])
    if not any(norm(f) in flat for f in credit_forms(gold['credits'])):
        errs.append('credits figure not found: %r' % gold['credits'])
    if gold['unit'] not in UNITS:
        errs.append('bad unit %r' % gold['unit'])
    elif UNITS[gold['unit']] not in low:
        errs.append('unit word not found: %r' % gold['unit'])
    want = round(gold['credits'] * 10, 4) if gold['unit'] == 'CEU' else gold['credits']
    if abs(gold['points'] - want) > 1e-9:
        errs.append('points %r do not match credits %r %s' % (gold['points'], gold['credits'], gold['unit']))
    try:
        forms = date_forms(gold['date'])
        d = datetime.date.fromisoformat(gold['date'])
        mon = d.strftime('%B')
        ranged = (re.search(r'%s\d{1,2}[\u2013\u2014-](?:%s)?%d,%d' % (mon, mon, d.day, d.year), flat) or
                  re.search(r'[\u2013\u2014-]%s%d,%d' % (mon, d.day, d.year), flat))
        if not any(f in flat for f in forms) and not ranged:
            errs.append('date not found in any common format: %s' % gold['date'])
    except ValueError:
        errs.append('bad date %r' % gold['date'])
    if not isinstance(gold['provider'], list) or not gold['provider']:
        errs.append('provider must be a non-empty list')
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, 'yl*.gold.json')))
    bad = 0
    for g in golds:
        pdf = g.replace('.gold.json', '.pdf')
        gold = json.load(open(g, encoding='utf-8'))
        errs = check(pdf, gold) if os.path.exists(pdf) else ['pdf missing']
        cid = os.path.basename(pdf)[:-4]
        if errs:
            bad += 1
            for e in errs:
                print('FAIL %s: %s' % (cid, e))
        else:
            print('ok   %s' % cid)
    print('%d certificates, %d failing' % (len(golds), bad))
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
