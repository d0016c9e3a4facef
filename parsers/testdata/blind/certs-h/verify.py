#!/usr/bin/python3
"""Check that every gold string of each hNN.gold.json appears in `pdftotext -layout` output of hNN.pdf.
Comparison ignores whitespace (wraps, letter spacing), case for names, and straight/curly quote differences."""
import glob, json, os, re, subprocess, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u00ad', '')
    return re.sub(r'\s+', '', s).lower()


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    M = MONTHS[d.month - 1]
    m3 = M[:3]
    forms = [iso, d.strftime('%m/%d/%Y'), '%d/%d/%d' % (d.month, d.day, d.year), '%s %d, %d' % (M, d.day, d.year),
             '%d %s %d' % (d.day, M, d.year), '%s %d, %d' % (m3, d.day, d.year), '%s. %d, %d' % (m3, d.day, d.year),
             '%02d-%s-%d' % (d.day, m3, d.year), '%d %s %d' % (d.day, m3, d.year), '%s. %d, %d' % (M[:4], d.day, d.year)]
    # ranges ending on this day: "July 14-16, 2025", "17-21 March 2025", "May 5 - 7, 2025", "January 6 - February 24, 2025"
    rx = [r'(%s|%s\.?)\s*\d{1,2}\s*-\s*%d,\s*%d' % (M, M[:4], d.day, d.year), r'\d{1,2}\s*-\s*%d\s+%s\s+%d' % (d.day, M, d.year),
          r'-\s*%s\s*%d,\s*%d' % (M, d.day, d.year)]
    return [norm(f) for f in forms], [re.compile(norm(r) if False else r.replace(r'\s*', '').replace(r'\s+', ''), re.I) for r in rx]


def check(pdf, gold):
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    t = norm(txt)
    errs = []
    for key in ('name', 'title'):
        if norm(gold[key]) not in t:
            errs.append('%s not found: %r' % (key, gold[key]))
    forms, rxs = date_forms(gold['date'])
    if not any(f in t for f in forms) and not any(r.search(t) for r in rxs):
        errs.append('date not found: %s' % gold['date'])
    cr = gold['credits']
    cands = {str(cr), '%.1f' % cr, '%.2f' % cr}
    if not any(norm(c) in t for c in cands):
        errs.append('credits not found: %s' % cr)
    for p in gold['provider']:
        parts = [p] if norm(p) in t else p.split(', ')
        for part in parts:
            if norm(part) not in t:
                errs.append('provider not found: %r' % p)
                break
    if gold['activity_id'] is not None and norm(gold['activity_id']) not in t:
        errs.append('activity_id not found: %r' % gold['activity_id'])
    if gold['unit'] == 'CEU':
        if abs(gold['points'] - 10 * cr) > 1e-9: errs.append('points != 10*CEU')
    elif gold['points'] != cr:
        errs.append('points != credits')
    if gold['unit'] not in ('contact hour', 'CMLE', 'CE hour', 'CEU'):
        errs.append('bad unit')
    npages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    if npages not in (1, 2):
        errs.append('page count %d' % npages)
    return errs


def main():
    bad = 0
    files = sorted(glob.glob(os.path.join(HERE, 'h[0-9]*.pdf')))
    for pdf in files:
        gold = json.load(open(pdf[:-4] + '.gold.json'))
        errs = check(pdf, gold)
        name = os.path.basename(pdf)
        if errs:
            bad += 1
            print('FAIL', name, '; '.join(errs))
        else:
            print('ok  ', name)
    print('%d/%d passed' % (len(files) - bad, len(files)))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
