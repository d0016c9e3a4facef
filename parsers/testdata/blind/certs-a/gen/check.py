#!/usr/bin/python3
"""Verify every gold fact is printed: search pdftotext (-layout and raw) output of each PDF."""
import json, glob, os, re, subprocess, sys, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
ABBR = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m, dd, y = d.month, d.day, d.year
    return [iso, '%02d/%02d/%d' % (m, dd, y), '%d/%d/%d' % (m, dd, y), '%s %d, %d' % (MONTHS[m - 1], dd, y),
            '%d %s %d' % (dd, MONTHS[m - 1], y), '%s %d, %d' % (ABBR[m - 1], dd, y), '%s %d, %d' % (MONTHS[m - 1][:3] + '.', dd, y),
            '%s %d–%d, %d' % (MONTHS[m - 1], dd - 1, dd, y)]  # last day of a two-day range


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def txt(pdf, *args):
    return subprocess.run(['pdftotext'] + list(args) + [pdf, '-'], stdout=subprocess.PIPE).stdout.decode()


def main():
    bad = 0
    files = sorted(glob.glob(os.path.join(ROOT, '*.gold.json')))
    for g in files:
        pdf = g.replace('.gold.json', '.pdf')
        gold = json.load(open(g))
        lay = txt(pdf, '-layout')
        raw = txt(pdf)
        variants = [norm(lay), norm(raw), norm(raw.replace('-\n', '-'))]
        nospace = re.sub(r'\s+', '', raw)
        problems = []

        def found(s):
            return any(s in v for v in variants)

        if not found(gold['name']):
            if 'letter-spaced-name' in gold['layout'] and re.sub(r'\s+', '', gold['name']) in nospace:
                pass  # letter-spaced print: extracted as spaced-out letters
            else:
                problems.append('name%s' % (' (only without spaces)' if re.sub(r'\s+', '', gold['name']) in nospace else ''))
        if not found(gold['title']):
            problems.append('title%s' % (' (only without spaces)' if re.sub(r'\s+', '', gold['title']) in nospace else ''))
        if not any(found(f) for f in date_forms(gold['date'])):
            problems.append('date')
        if gold['activity_id'] and not found(gold['activity_id']):
            problems.append('activity_id')
        if not any(found(p) for p in gold['provider']):
            problems.append('provider')
        c = gold['credits']
        cands = {('%g' % c), ('%.1f' % c), ('%.2f' % c)}
        if not any(re.search(r'(?<![\d.])' + re.escape(x) + r'(?![\d])', v) for x in cands for v in variants):
            problems.append('credits')
        pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE).stdout.decode()).group(1))
        size = os.path.getsize(pdf)
        flag = 'OK ' if not problems else 'BAD'
        bad += bool(problems)
        print('%s %-45s pages=%d size=%6d %s' % (flag, os.path.basename(pdf), pages, size, ' '.join(problems)))
    print('%d files, %d with problems' % (len(files), bad))


if __name__ == '__main__':
    main()
