#!/usr/bin/python3
"""Check every sNN.pdf against sNN.gold.json using `pdftotext -layout`.

Checks (whitespace-insensitive substring tests on the extracted text):
  name, title, every provider string, activity_id (unless null), the credits
  figure (in one of its printed forms 1 / 1.0 / 1.00), the unit word
  (case-insensitive, so "contact hour" matches "Contact Hours").
  A provider string of the form "Institution, Office" passes if it is printed as
  such or if each comma-separated part is printed.
  points must equal credits (10 x credits for CEU).
Also reports (as a warning only) when the gold date cannot be found in a common
printed form, and fails when a PDF has more than two pages.
"""
import glob, json, os, re, subprocess, sys, datetime

BASE = os.path.dirname(os.path.abspath(__file__))


def squash(s):
    return re.sub(r'\s+', '', s)


def text_of(pdf):
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], stdout=subprocess.PIPE,
                          check=True).stdout.decode('utf-8', 'replace')


def pages_of(pdf):
    out = subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE, check=True).stdout.decode()
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def credit_forms(x):
    forms = {('%g' % x), ('%.1f' % x), ('%.2f' % x)}
    return [f for f in forms if float(f) == x]


MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
             'septiembre', 'octubre', 'noviembre', 'diciembre']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    B, b = d.strftime('%B'), d.strftime('%b')
    f = [iso, d.strftime('%m/%d/%Y'), '%d/%d/%d' % (d.month, d.day, d.year),
         '%s %d, %d' % (B, d.day, d.year), '%s %d, %d' % (b, d.day, d.year),
         '%s. %d, %d' % (b, d.day, d.year), '%d %s %d' % (d.day, B, d.year),
         '%02d %s %d' % (d.day, b, d.year), '%d %s %d' % (d.day, b, d.year),
         d.strftime('%m-%d-%Y'), '%d %s %d' % (d.day, MONTHS_ES[d.month - 1], d.year),
         '%d de %s de %d' % (d.day, MONTHS_ES[d.month - 1], d.year),
         '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)]
    # ranges such as "April 8-10, 2026" / "April 8–10, 2026"
    f.append('%d, %d' % (d.day, d.year))
    return [squash(x).lower() for x in f]


def main():
    golds = sorted(glob.glob(os.path.join(BASE, 's[0-9][0-9].gold.json')))
    if not golds:
        print('no gold files'); return 1
    failures = 0
    for gp in golds:
        g = json.load(open(gp, encoding='utf-8'))
        pdf = gp.replace('.gold.json', '.pdf')
        tag = os.path.basename(pdf)
        errs, warns = [], []
        if not os.path.exists(pdf):
            errs.append('missing pdf')
        else:
            raw = text_of(pdf)
            t = squash(raw)
            tl = t.lower()
            np_ = pages_of(pdf)
            if np_ > 2:
                errs.append('%d pages' % np_)
            for key in ('name', 'title'):
                if squash(g[key]) not in t:
                    errs.append('%s not found: %r' % (key, g[key]))
            for p in g['provider']:
                if squash(p) in t:
                    continue
                parts = [x for x in p.split(', ') if x]
                if len(parts) > 1 and all(squash(x) in t for x in parts):
                    continue
                errs.append('provider not found: %r' % p)
            if g['activity_id'] is not None and squash(g['activity_id']) not in t:
                errs.append('activity_id not found: %r' % g['activity_id'])
            if not any(f in t for f in credit_forms(g['credits'])):
                errs.append('credits not found: %r' % g['credits'])
            if squash(g['unit']).lower() not in tl:
                errs.append('unit not found: %r' % g['unit'])
            if not any(f in tl for f in date_forms(g['date'])):
                warns.append('date %s not found in a common form' % g['date'])
        want = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
        if abs(g['points'] - want) > 1e-9:
            errs.append('points %r != %r' % (g['points'], want))
        if g['unit'] not in ('contact hour', 'CMLE', 'CE hour', 'CEU'):
            errs.append('bad unit %r' % g['unit'])
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
            errs.append('bad date %r' % g['date'])
        for k in ('style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits',
                  'unit', 'points', 'provider', 'activity_id'):
            if k not in g:
                errs.append('missing key ' + k)
        status = 'FAIL' if errs else 'ok  '
        print('%s %s %s' % (status, tag, '; '.join(errs + ['warn: ' + w for w in warns])))
        failures += bool(errs)
    print('%d/%d passed' % (len(golds) - failures, len(golds)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
