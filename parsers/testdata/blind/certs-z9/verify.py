#!/usr/bin/python3
"""Check every ziNN.pdf against ziNN.gold.json using `pdftotext -layout`."""
import os, re, json, glob, subprocess, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {'contact hour': 'contacthour', 'CMLE': 'cmle', 'CE hour': 'cehour', 'CEU': 'ceu'}
KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    return re.sub(r'\s+', '', s)


def figures(x):
    x = float(x)
    out = {('%g' % x), ('%.1f' % x), ('%.2f' % x)}
    return out


def check(pdf, gold):
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], stdout=subprocess.PIPE).stdout.decode('utf-8', 'replace')
    T = norm(txt)
    errs = []
    if list(gold.keys()) != KEYS:
        errs.append('schema keys %s' % list(gold.keys()))
    for k in ('name', 'title'):
        if norm(gold[k]) not in T:
            errs.append('%s not found: %r' % (k, gold[k]))
    for p in gold['provider']:
        if norm(p) in T:
            continue
        parts = [x for x in p.split(', ') if x]
        if len(parts) > 1 and all(norm(x) in T for x in parts) and gold['provider'][0] == parts[0]:
            continue
        errs.append('provider not found: %r' % p)
    if gold['activity_id'] is not None and norm(gold['activity_id']) not in T:
        errs.append('activity_id not found: %r' % gold['activity_id'])
    if not any(norm(f) in T for f in figures(gold['credits'])):
        errs.append('credits figure not found: %r' % gold['credits'])
    if gold['unit'] not in UNITS:
        errs.append('bad unit %r' % gold['unit'])
    elif UNITS[gold['unit']] not in T.lower():
        errs.append('unit word not found: %r' % gold['unit'])
    exp = round(gold['credits'] * 10, 2) if gold['unit'] == 'CEU' else gold['credits']
    if abs(exp - gold['points']) > 1e-9:
        errs.append('points %r != %r' % (gold['points'], exp))
    if not re.fullmatch(r'\d{4}-\d\d-\d\d', gold['date']):
        errs.append('bad date %r' % gold['date'])
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, 'zi[0-9][0-9].gold.json')))
    bad = 0
    for g in golds:
        cid = os.path.basename(g)[:4]
        pdf = os.path.join(HERE, cid + '.pdf')
        if not os.path.exists(pdf):
            print(cid, 'MISSING PDF'); bad += 1; continue
        errs = check(pdf, json.load(open(g, encoding='utf-8')))
        for e in errs:
            print(cid, e)
        bad += bool(errs)
    print('verify: %d/%d certificates OK, %d with problems' % (len(golds) - bad, len(golds), bad))


if __name__ == '__main__':
    main()
