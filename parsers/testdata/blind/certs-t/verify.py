#!/usr/bin/python3
"""Check every tNN.pdf against tNN.gold.json using `pdftotext -layout`.

Hard checks (failure -> exit 1):
  * gold file has every schema key; unit is one of the four; date is YYYY-MM-DD
  * points == credits (10 x credits for CEU)
  * name, title, every provider string, activity_id appear in the text
    (whitespace-insensitive, case-sensitive, after NFKC normalisation so ligatures compare equal)
  * the credits figure appears as a number token (1.5 may be printed 1.5 or 1.50; 4 as 4, 4.0 ...)
  * the unit word appears (case-insensitive, whitespace-insensitive): contact hour / CMLE / CE hour / CEU
  * the PDF has 1 or 2 pages
Soft check (warning only): the date appears in one of the usual printed formats.
"""
import datetime, glob, json, os, re, subprocess, sys, unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points", "provider", "activity_id"]
UNIT_PAT = {"contact hour": "contacthour", "CMLE": "cmle", "CE hour": "cehour", "CEU": "ceu"}


def squash(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def num_forms(x):
    forms = {('%g' % x), ('%.1f' % x), ('%.2f' % x)}
    if float(x).is_integer():
        forms.add(str(int(x)))
    return forms


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    M, Mb = d.strftime('%B'), d.strftime('%b')
    return [f'{M} {d.day}, {d.year}', f'{Mb} {d.day}, {d.year}', f'{d.day} {M} {d.year}', f'{d.day:02d}-{Mb}-{d.year}',
            f'{d.month:02d}/{d.day:02d}/{d.year}', f'{d.month}/{d.day}/{d.year}', iso,
            f'–{d.day}, {d.year}', f'-{d.day}, {d.year}', f'{M.upper()} {d.day}, {d.year}']


def pages(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    m = re.search(r'^Pages:\s+(\d+)', out, re.M)
    return int(m.group(1)) if m else -1


def check(gpath):
    errs, warns = [], []
    tid = os.path.basename(gpath).split('.')[0]
    pdf = os.path.join(ROOT, tid + '.pdf')
    g = json.load(open(gpath, encoding='utf-8'))
    for k in KEYS:
        if k not in g:
            errs.append('missing key ' + k)
    if errs:
        return tid, errs, warns
    if not os.path.exists(pdf):
        return tid, ['no pdf'], warns
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    flat = squash(text)
    flat_lower = flat.lower()
    # schema sanity
    if g['unit'] not in UNIT_PAT:
        errs.append('bad unit %r' % g['unit'])
    try:
        datetime.date.fromisoformat(g['date'])
    except Exception:
        errs.append('bad date %r' % g['date'])
    exp_points = round(g['credits'] * 10, 4) if g['unit'] == 'CEU' else g['credits']
    if abs(g['points'] - exp_points) > 1e-9:
        errs.append('points %r != expected %r' % (g['points'], exp_points))
    if not isinstance(g['provider'], list) or not g['provider']:
        errs.append('provider must be a non-empty list')
    # strings
    strings = [('name', g['name']), ('title', g['title'])] + [('provider', p) for p in g['provider']]
    if g['activity_id'] is not None:
        strings.append(('activity_id', g['activity_id']))
    for label, s in strings:
        if squash(s) not in flat:
            errs.append('%s not found: %r' % (label, s))
    # credits figure as a token
    ok = False
    for f in num_forms(g['credits']):
        if re.search(r'(?<![\d.])' + re.escape(f) + r'(?![\d])', unicodedata.normalize('NFKC', text)):
            ok = True
    if not ok:
        errs.append('credits figure %r not found' % g['credits'])
    if UNIT_PAT.get(g['unit'], '\0') not in flat_lower:
        errs.append('unit word %r not found' % g['unit'])
    n = pages(pdf)
    if n not in (1, 2):
        errs.append('page count %d' % n)
    if not any(squash(f) in flat for f in date_forms(g['date'])):
        warns.append('date %s not found in a common format' % g['date'])
    return tid, errs, warns


def main():
    golds = sorted(glob.glob(os.path.join(ROOT, 't[0-9][0-9].gold.json')))
    bad = 0
    for gp in golds:
        tid, errs, warns = check(gp)
        status = 'OK  ' if not errs else 'FAIL'
        print(status, tid, ('; '.join(errs + ['warn: ' + w for w in warns])) or '')
        bad += bool(errs)
    pdfs = sorted(glob.glob(os.path.join(ROOT, 't[0-9][0-9].pdf')))
    if len(pdfs) != len(golds):
        print('FAIL pdf/gold count mismatch', len(pdfs), len(golds))
        bad += 1
    print('%d documents, %d failing' % (len(golds), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
