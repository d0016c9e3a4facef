#!/usr/bin/python3
"""Check every znNN.pdf against its znNN.gold.json.

For each certificate, `pdftotext -layout` text is compared whitespace-insensitively
(all whitespace, including no-break spaces, removed on both sides) with:
  - name, title, every provider string, activity_id (when not null)
    (a provider string of the form "Institution, Office" also passes when each
    comma-separated part is printed separately, as on most department certificates;
    names with a comma such as "MediaLab, Inc." are tried whole first)
  - the credits figure (as 1.5 / 1.50 / 2 / 2.0 ...), as a number token
  - the unit word (case-insensitive: "contact hour", "CMLE", "CE hour", "CEU")
  - the date, in any of several common printed forms (or as the last day of a range)
and that points == credits (x10 for CEU) and the gold has every schema key.
Exit status 0 when nothing fails.
"""
import os, re, sys, json, glob, subprocess, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']
UNITS = {'contact hour': 'contact hour', 'CMLE': 'CMLE', 'CE hour': 'CE hour', 'CEU': 'CEU'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def squash(s):
    return re.sub(r'\s+', '', s, flags=re.UNICODE)


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    M = MONTHS[d.month - 1]
    return [
        '%s %d, %d' % (M, d.day, d.year), '%s %d, %d' % (M[:3], d.day, d.year), '%d %s %d' % (d.day, M, d.year),
        '%02d/%02d/%d' % (d.month, d.day, d.year), '%d/%d/%d' % (d.month, d.day, d.year), iso,
    ]


def date_in_range(iso, text):
    """Last day of a printed range such as 'October 19–22, 2024' or 'June 10 – August 15, 2024'."""
    d = datetime.date.fromisoformat(iso)
    M = MONTHS[d.month - 1]
    pat = r'\d{1,2}\s*[\u2013\u2014-]\s*(?:%s\s+)?%d,\s*%d' % (M, d.day, d.year)
    for mo in re.finditer(pat, text):
        before = text[max(0, mo.start() - 12):mo.start()]
        if M in before or M in mo.group(0):
            return True
    return False


def num_forms(x):
    forms = {('%g' % x), ('%.1f' % x), ('%.2f' % x)}
    return forms


def check(pdf, gold):
    errs = []
    for k in KEYS:
        if k not in gold:
            errs.append('gold lacks key %s' % k)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], stdout=subprocess.PIPE).stdout.decode('utf-8')
    flat = squash(txt)
    low = flat.lower()

    segs = [squash(q) for line in txt.split('\n') for q in re.split(r'\s{3,}', line) if q.strip()]

    def in_columns(target):
        # A value wrapped inside a table cell / column comes out of -layout as
        # fragments on successive lines, interleaved with the neighbouring
        # columns.  Accept the target when it is the concatenation, in reading
        # order, of consecutive fragments (the first may carry a label before
        # it, the last may carry text after it).
        t = squash(target)
        for i, sg in enumerate(segs):
            for cut in range(len(sg)):
                head = sg[cut:]
                if not t.startswith(head) or len(head) < 4:
                    continue
                pos = len(head)
                if pos == len(t):
                    return True
                for sg2 in segs[i + 1:]:
                    rest = t[pos:]
                    if rest.startswith(sg2):
                        pos += len(sg2)
                    elif sg2.startswith(rest):
                        pos = len(t)
                    if pos == len(t):
                        return True
                break
        return False

    def has(s):
        return squash(s) in flat or in_columns(s)

    for k in ('name', 'title'):
        if not has(gold[k]):
            errs.append('%s not found: %r' % (k, gold[k]))
    for p in gold['provider']:
        if has(p):
            continue
        parts = [q for q in p.split(', ') if q]
        if len(parts) > 1 and all(has(q) for q in parts):
            continue
        errs.append('provider not found: %r' % p)
    if gold['activity_id'] is not None and not has(gold['activity_id']):
        errs.append('activity_id not found: %r' % gold['activity_id'])
    if not any(re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d])', txt) for f in num_forms(gold['credits'])):
        errs.append('credits figure not found: %r' % gold['credits'])
    if gold['unit'] not in UNITS:
        errs.append('bad unit %r' % gold['unit'])
    elif squash(gold['unit']).lower() not in low:
        errs.append('unit word not found: %r' % gold['unit'])
    want_pts = round(gold['credits'] * 10, 2) if gold['unit'] == 'CEU' else gold['credits']
    if abs(gold['points'] - want_pts) > 1e-9:
        errs.append('points %r do not match credits %r %s' % (gold['points'], gold['credits'], gold['unit']))
    if not (any(has(f) for f in date_forms(gold['date'])) or date_in_range(gold['date'], txt)):
        errs.append('date not found in any usual form: %s' % gold['date'])
    return errs


def main():
    pdfs = sorted(glob.glob(os.path.join(HERE, 'zn[0-9][0-9].pdf')))
    bad = 0
    for pdf in pdfs:
        gp = pdf[:-4] + '.gold.json'
        if not os.path.exists(gp):
            print('FAIL %s: no gold file' % os.path.basename(pdf))
            bad += 1
            continue
        gold = json.load(open(gp, encoding='utf-8'))
        errs = check(pdf, gold)
        if errs:
            bad += 1
            print('FAIL %s' % os.path.basename(pdf))
            for e in errs:
                print('     - ' + e)
        else:
            print('ok   %s' % os.path.basename(pdf))
    print('%d checked, %d failing' % (len(pdfs), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
