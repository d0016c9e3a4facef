#!/usr/bin/python3
"""Check every uNN.pdf in this folder against its uNN.gold.json.

For each certificate: run `pdftotext -layout`, remove all whitespace from page text and
from each gold string, then require that the name, the title, every provider string,
the activity id (when not null), the credits figure and the unit word appear in the text.
A provider of the form "Institution, Office" passes when it is printed literally or when
the institution (another entry of the list) and the office are both printed.  The unit
word is compared case-insensitively; everything else is case-sensitive.  The date must be
printed in one of the usual spellings (or as the last day of a range), points must equal
credits (10 x credits for CEU), and the PDF must have one or two pages.
"""
import datetime, glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit',
        'points', 'provider', 'activity_id']
UNITS = {'contact hour', 'CMLE', 'CE hour', 'CEU'}


def squash(s):
    return re.sub(r'\s+', '', s)


def date_forms(d):
    dt = datetime.date.fromisoformat(d)
    M, m, D, Y = dt.strftime('%B'), dt.strftime('%b'), dt.day, dt.year
    forms = ['%s %d, %d' % (M, D, Y), '%s %02d, %d' % (M, D, Y), '%s %d, %d' % (m, D, Y),
             '%s. %d, %d' % (m, D, Y), '%d %s %d' % (D, M, Y), '%02d %s %d' % (D, M, Y),
             '%02d/%02d/%d' % (dt.month, D, Y), '%d/%d/%d' % (dt.month, D, Y),
             dt.isoformat(), '%02d-%s-%d' % (D, m, Y), '%d-%s-%d' % (D, m, Y)]
    return [squash(f) for f in forms]


def check(gold_path):
    errs = []
    g = json.load(open(gold_path, encoding='utf-8'))
    pdf = gold_path.replace('.gold.json', '.pdf')
    if not os.path.exists(pdf):
        return ['missing PDF']
    for k in KEYS:
        if k not in g:
            errs.append('gold lacks key %s' % k)
    if errs:
        return errs
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    T = squash(txt)
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r'Pages:\s+(\d+)', info).group(1))
    if pages not in (1, 2):
        errs.append('pages=%d' % pages)

    def need(label, s, ci=False):
        a, b = squash(s), T
        if ci:
            a, b = a.lower(), b.lower()
        if a not in b:
            errs.append('%s not found: %r' % (label, s))

    need('name', g['name'])
    need('title', g['title'])
    provs = g['provider']
    if not isinstance(provs, list) or not provs:
        errs.append('provider must be a non-empty list')
    for p in provs:
        if squash(p) in T:
            continue
        ok = False
        for q in provs:
            if q != p and p.startswith(q + ', ') and squash(q) in T and squash(p[len(q) + 2:]) in T:
                ok = True
        if not ok:
            errs.append('provider not found: %r' % p)
    if g['activity_id'] is not None:
        need('activity_id', g['activity_id'])
    c = g['credits']
    if not isinstance(c, (int, float)):
        errs.append('credits not a number')
    else:
        forms = {('%g' % c), ('%.1f' % c), ('%.2f' % c)}
        if not any(f in T for f in forms):
            errs.append('credits figure %s not found' % c)
    if g['unit'] not in UNITS:
        errs.append('bad unit %r' % g['unit'])
    else:
        need('unit', g['unit'], ci=True)
    want = round(c * 10, 4) if g['unit'] == 'CEU' else c
    if abs(g['points'] - want) > 1e-9:
        errs.append('points %s != %s' % (g['points'], want))
    try:
        dt = datetime.date.fromisoformat(g['date'])
        ok = any(f in T for f in date_forms(g['date']))
        if not ok:
            rng = r'%s\d{1,2}[-\u2013\u2014]+%d,%d' % (dt.strftime('%B'), dt.day, dt.year)
            ok = re.search(rng, T) is not None
        if not ok:
            errs.append('date %s not printed in a known form' % g['date'])
    except ValueError:
        errs.append('bad date %r' % g['date'])
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, 'u[0-9][0-9].gold.json')))
    pdfs = sorted(glob.glob(os.path.join(HERE, 'u[0-9][0-9].pdf')))
    bad = 0
    if len(golds) != len(pdfs):
        print('count mismatch: %d gold files, %d PDFs' % (len(golds), len(pdfs)))
        bad += 1
    for gp in golds:
        e = check(gp)
        tag = os.path.basename(gp)[:3]
        if e:
            bad += 1
            print('FAIL', tag)
            for x in e:
                print('     ', x)
        else:
            print('ok  ', tag)
    print('%d certificates, %d failing' % (len(golds), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
