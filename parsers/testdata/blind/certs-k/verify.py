#!/usr/bin/python3
"""Check every certificate PDF against its gold file.

For each PREFIXNN.pdf / PREFIXNN.gold.json in this folder:
  * pdftotext -layout must succeed;
  * name, title, every provider string, activity_id, the credits figure and the unit word must appear in
    the text (whitespace-insensitive: all whitespace removed on both sides; the unit word case-insensitive,
    so "Contact Hours" matches "contact hour");
    a provider of the form "Institution, Office" (institution also listed alone) passes when both the
    institution and the office appear;
    the credits figure passes in any of its usual spellings (1.5, 1.50, 2, 2.0, 0.5, .5) bounded by non-digits;
  * points == credits, except unit CEU where points == 10 x credits;
  * unit is one of the four allowed words, date is YYYY-MM-DD;
  * the completion date should appear in one of several spellings (warning only: ranges like "April 15-17"
    are printed in forms this check does not try to rebuild).
Exit status 0 only when every certificate passes.
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

DIR = os.path.dirname(os.path.abspath(__file__))
UNITS = {'contact hour', 'CMLE', 'CE hour', 'CEU'}


def flat(s):
    return re.sub(r'\s+', '', s)


def credit_forms(c):
    forms = {('%g' % c), ('%.1f' % c), ('%.2f' % c)}
    for f in list(forms):
        if f.startswith('0.'):
            forms.add(f[1:])
    return forms


def date_forms(d):
    t = datetime.date.fromisoformat(d)
    months = t.strftime('%B')
    ab = t.strftime('%b')
    return {
        '%s %d, %d' % (months, t.day, t.year), '%s. %d, %d' % (ab, t.day, t.year), '%s %d, %d' % (ab, t.day, t.year),
        '%d %s %d' % (t.day, months, t.year), '%d %s %d' % (t.day, ab, t.year),
        '%02d/%02d/%d' % (t.month, t.day, t.year), '%d/%d/%d' % (t.month, t.day, t.year),
        '%02d-%02d-%d' % (t.month, t.day, t.year), d, '%02d.%02d.%d' % (t.day, t.month, t.year),
        '%d-%s-%d' % (t.day, ab, t.year), '%02d-%s-%d' % (t.day, ab.upper(), t.year), '%d %s %d' % (t.day, ab.upper(), t.year),
        '%s %d, %d' % (months.upper(), t.day, t.year),
    }


def check(stem):
    errs, warns = [], []
    pdf = os.path.join(DIR, stem + '.pdf')
    gold = json.load(open(os.path.join(DIR, stem + '.gold.json'), encoding='utf-8'))
    r = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True)
    if r.returncode:
        return ['pdftotext failed: ' + r.stderr.strip()], warns
    text = r.stdout
    ft = flat(text)

    def need(label, s, ci=False):
        if s is None:
            return
        a, b = flat(s), ft
        if ci:
            a, b = a.lower(), b.lower()
        if a not in b:
            errs.append('%s not found: %r' % (label, s))

    need('name', gold['name'])
    need('title', gold['title'])
    provs = gold['provider']
    for p in provs:
        if flat(p) in ft:
            continue
        base = [q for q in provs if q != p and p.startswith(q + ', ')]
        if base and flat(p[len(base[0]) + 2:]) in ft:
            continue
        errs.append('provider not found: %r' % p)
    need('activity_id', gold['activity_id'])
    if gold['unit'] not in UNITS:
        errs.append('bad unit %r' % gold['unit'])
    need('unit', gold['unit'], ci=True)
    st = re.sub(r'\s+', ' ', text)
    if not any(re.search(r'(?<![\d.])' + re.escape(f) + r'(?![\d])', st) for f in credit_forms(gold['credits'])):
        errs.append('credits figure %r not found' % gold['credits'])
    want = round(gold['credits'] * (10 if gold['unit'] == 'CEU' else 1), 4)
    if abs(gold['points'] - want) > 1e-9:
        errs.append('points %r != %r' % (gold['points'], want))
    if not re.match(r'^\d{4}-\d{2}-\d{2}$', gold['date']):
        errs.append('bad date %r' % gold['date'])
    elif not any(flat(f) in ft for f in date_forms(gold['date'])):
        warns.append('date %s not found in a simple spelling' % gold['date'])
    for k in ('style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider',
              'activity_id'):
        if k not in gold:
            errs.append('gold key missing: ' + k)
    return errs, warns


def main():
    stems = sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(DIR, '*.gold.json')))
    if len(sys.argv) > 1:
        stems = [s for s in stems if s in sys.argv[1:]]
    bad = 0
    for s in stems:
        if not os.path.exists(os.path.join(DIR, s + '.pdf')):
            print('%s FAIL missing pdf' % s)
            bad += 1
            continue
        errs, warns = check(s)
        for w in warns:
            print('%s warn: %s' % (s, w))
        if errs:
            bad += 1
            for e in errs:
                print('%s FAIL %s' % (s, e))
    print('%d passed, %d failed' % (len(stems) - bad, bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
