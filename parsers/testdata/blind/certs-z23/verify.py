#!/usr/bin/python3
"""Check every zwNN.pdf against zwNN.gold.json.

For each certificate `pdftotext -layout` is run and, ignoring all whitespace,
the following must be found in the text:
  * name, title, activity_id (when not null)         - exact case;
    name and activity_id must each sit on one line (not hyphen-broken)
  * every provider string; a department/office form "Institution, Office"
    that is not printed literally passes when both parts are printed
  * the credits figure (as 1, 1.0 or 1.00 ...) and the unit word
    (contact hour / CMLE / CE hour / CEU, case-insensitive)
  * the date, in one of the usual printed forms (or as the last day of a
    printed range "October 11–14, 2025")
and: points == credits (CEU: credits x 10), schema keys/unit/date valid,
page count 2 for layout tag "two-page" else 1, no form fields left in the PDF.
Exit status 0 when nothing fails.
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
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits",
        "unit", "points", "provider", "activity_id"]
UNITS = {'contact hour': ['contacthour'], 'CMLE': ['cmle'], 'CE hour': ['cehour'],
         'CEU': ['ceu']}


def squash(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFC', s))


def date_forms(d):
    dt = datetime.date.fromisoformat(d)
    M, Mb = dt.strftime('%B'), dt.strftime('%b')
    forms = [
        '%s %d, %d' % (M, dt.day, dt.year), '%s %d, %d' % (Mb, dt.day, dt.year),
        '%d %s %d' % (dt.day, M, dt.year), dt.strftime('%m/%d/%Y'),
        '%d/%d/%d' % (dt.month, dt.day, dt.year), dt.isoformat(), dt.strftime('%d-%b-%Y'),
    ]
    rng = [r'%s\d{1,2}[–-]%d,%d' % (M, dt.day, dt.year)]
    return [squash(f) for f in forms], rng


def pages(pdf):
    out = subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE).stdout.decode()
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def has_fields(pdf):
    r = subprocess.run(['qpdf', '--qdf', '--object-streams=disable', pdf, '-'],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return b'/AcroForm' in r.stdout or b'/Widget' in r.stdout


def check(gold_path):
    errs = []
    g = json.load(open(gold_path, encoding='utf-8'))
    pdf = gold_path.replace('.gold.json', '.pdf')
    if list(g.keys()) != KEYS:
        errs.append('schema keys %s' % list(g.keys()))
    if not os.path.exists(pdf):
        return ['missing pdf']
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], stdout=subprocess.PIPE).stdout.decode('utf-8')
    T = squash(text)
    Tl = T.lower()

    def need(label, s, ci=False):
        if s is None:
            return
        if ci:
            ok = squash(s).lower() in Tl
        else:
            ok = squash(s) in T
        if not ok:
            errs.append('%s not found: %r' % (label, s))

    need('name', g['name'])
    need('title', g['title'])
    for p in g['provider']:
        if squash(p) in T:
            continue
        parts = [x for x in p.split(', ')]
        if len(parts) >= 2 and all(squash(x) in T for x in parts):
            continue
        errs.append('provider not found: %r' % p)
    need('activity_id', g['activity_id'])
    # the name and the ID must not be broken across lines
    lines = [squash(l) for l in text.splitlines()]
    for label in ('name', 'activity_id'):
        v = g[label]
        if v and squash(v) in T and not any(squash(v) in l for l in lines):
            errs.append('%s split across lines: %r' % (label, v))
    c = g['credits']
    figs = {('%g' % c), ('%.1f' % c), ('%.2f' % c)}
    if not any(squash(f) in T for f in figs):
        errs.append('credits figure not found: %r' % c)
    if g['unit'] not in UNITS:
        errs.append('bad unit %r' % g['unit'])
    elif not any(u in Tl for u in UNITS[g['unit']]):
        errs.append('unit word not found: %r' % g['unit'])
    exp = round(c * 10, 4) if g['unit'] == 'CEU' else c
    if abs(g['points'] - exp) > 1e-9:
        errs.append('points %r != %r' % (g['points'], exp))
    try:
        forms, rng = date_forms(g['date'])
        if not (any(f in T for f in forms) or any(re.search(r, T) for r in rng)):
            errs.append('date not found in any printed form: %s' % g['date'])
    except ValueError:
        errs.append('bad date %r' % g['date'])
    want_pages = 2 if 'two-page' in g['layout'] else 1
    n = pages(pdf)
    if n != want_pages:
        errs.append('page count %d, expected %d' % (n, want_pages))
    if has_fields(pdf):
        errs.append('form fields / widgets remain (not flattened)')
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, 'zw[0-9][0-9].gold.json')))
    pdfs = sorted(glob.glob(os.path.join(HERE, 'zw[0-9][0-9].pdf')))
    failing = 0
    if len(golds) != 40 or len(pdfs) != 40:
        print('expected 40 gold files and 40 PDFs, found %d / %d' % (len(golds), len(pdfs)))
        failing += 1
    for gp in golds:
        errs = check(gp)
        cid = os.path.basename(gp)[:4]
        if errs:
            failing += 1
            print('FAIL', cid)
            for e in errs:
                print('    ', e)
        else:
            print('ok  ', cid)
    print('%d checked, %d failing' % (len(golds), failing))
    return 1 if failing else 0


if __name__ == '__main__':
    sys.exit(main())
