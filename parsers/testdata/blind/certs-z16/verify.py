#!/usr/bin/python3
"""Check every zpNN.gold.json against `pdftotext -layout zpNN.pdf`.

Whitespace-insensitive (and NFKC-normalised) containment of: name, title, every
provider string (a "Institution, Office" string passes when both parts appear),
activity id, the credits figure and the unit word (case-insensitive); points must
equal credits (x10 for CEU); the date must appear in one of the usual printed
forms (or, for ranges, as "<Month> ... <day>, <year>").
Exit status 1 if anything fails.
"""
import datetime, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('\u2019', "'").replace('\u00ad', '')
    return re.sub(r'\s+', '', s)


def has(text, s, ci=False):
    a, b = norm(text), norm(s)
    if ci:
        a, b = a.lower(), b.lower()
    return b in a


def num_forms(x):
    forms = {('%g' % x), ('%.1f' % x), ('%.2f' % x)}
    if x < 1:
        forms |= {f.lstrip('0') for f in list(forms)}
    return forms


def date_ok(text, iso):
    d = datetime.date.fromisoformat(iso)
    M, m3 = d.strftime('%B'), d.strftime('%b')
    forms = [f'{M} {d.day}, {d.year}', f'{m3} {d.day}, {d.year}', f'{d.day} {M} {d.year}',
             f'{d.month:02d}/{d.day:02d}/{d.year}', f'{d.month}/{d.day}/{d.year}', iso]
    if any(has(text, f) for f in forms):
        return True
    # ranges: "June 22–26, 2025", "September 9 – November 18, 2024", "March 11–12, 2025"
    t = unicodedata.normalize('NFKC', text)
    pat = rf'{M}\s+\d{{1,2}}\s*[\u2013\-]\s*{d.day},\s*{d.year}|\d{{1,2}}\s*[\u2013\-]\s*{M}\s+{d.day},\s*{d.year}|\u2013\s*{M}\s+{d.day},\s*{d.year}'
    return re.search(pat, t) is not None


def check(gpath):
    pid = os.path.basename(gpath).split('.')[0]
    pdf = os.path.join(HERE, pid + '.pdf')
    g = json.load(open(gpath, encoding='utf-8'))
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    errs = []
    if not has(text, g['name']):
        errs.append('name ' + g['name'])
    if not has(text, g['title']):
        errs.append('title ' + g['title'])
    for p in g['provider']:
        if not has(text, p):
            parts = p.split(', ', 1)
            if not (len(parts) == 2 and has(text, parts[0]) and has(text, parts[1])):
                errs.append('provider ' + p)
    if g['activity_id'] is not None and not has(text, g['activity_id']):
        errs.append('activity_id ' + g['activity_id'])
    if not any(has(text, f) for f in num_forms(g['credits'])):
        errs.append('credits %s' % g['credits'])
    if g['unit'] not in ('contact hour', 'CMLE', 'CE hour', 'CEU'):
        errs.append('unit value ' + g['unit'])
    elif not has(text, g['unit'], ci=True):
        errs.append('unit word ' + g['unit'])
    want = round(g['credits'] * (10 if g['unit'] == 'CEU' else 1), 4)
    if abs(want - g['points']) > 1e-9:
        errs.append('points %s != %s' % (g['points'], want))
    if not date_ok(text, g['date']):
        errs.append('date ' + g['date'])
    for k in ('style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id'):
        if k not in g:
            errs.append('missing key ' + k)
    return pid, errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, 'zp[0-9][0-9].gold.json')))
    bad = 0
    for gp in golds:
        pid, errs = check(gp)
        if errs:
            bad += 1
            print('FAIL', pid, '; '.join(errs))
        else:
            print('ok  ', pid)
    print('%d certificates, %d failing' % (len(golds), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
