#!/usr/bin/python3
"""Check every yNN.pdf against yNN.gold.json using pdftotext -layout."""
import os, re, json, glob, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    return re.sub(r'\s+', '', s).lower()

def main():
    bad = 0; n = 0
    for g in sorted(glob.glob(os.path.join(HERE, 'y[0-9][0-9].gold.json'))):
        n += 1
        i = os.path.basename(g)[:3]
        gold = json.load(open(g))
        pdf = os.path.join(HERE, i + '.pdf')
        errs = []
        if not os.path.exists(pdf):
            print(i, 'MISSING PDF'); bad += 1; continue
        txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
        T = norm(txt)
        def has(s):
            return norm(s) in T
        for k in ('name', 'title'):
            if not has(gold[k]):
                errs.append('%s not found: %r' % (k, gold[k]))
        for p in gold['provider']:
            # "Institution, Office" entries: the parts may be printed on separate lines
            if not has(p) and not all(has(part) for part in p.split(', ')):
                errs.append('provider not found: %r' % p)
        if gold['activity_id'] is not None and not has(gold['activity_id']):
            errs.append('activity_id not found: %r' % gold['activity_id'])
        cr = gold['credits']
        forms = {('%g' % cr), ('%.1f' % cr), ('%.2f' % cr)}
        if not any(re.search(r'(?<![\d.])' + re.escape(f) + r'(?![\d])', txt) for f in forms):
            errs.append('credits not found: %r' % cr)
        if gold['unit'] not in ('contact hour', 'CMLE', 'CE hour', 'CEU'):
            errs.append('bad unit %r' % gold['unit'])
        elif not has(gold['unit']):
            errs.append('unit word not found: %r' % gold['unit'])
        want = round(cr * 10, 4) if gold['unit'] == 'CEU' else cr
        if abs(gold['points'] - want) > 1e-9:
            errs.append('points %r != %r' % (gold['points'], want))
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', gold['date'] or ''):
            errs.append('bad date')
        pages = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
        m = re.search(r'Pages:\s+(\d+)', pages)
        if m and int(m.group(1)) > 2:
            errs.append('too many pages: ' + m.group(1))
        if errs:
            bad += 1
            print(i, 'FAIL'); [print('   ', e) for e in errs]
    print('%d certificates, %d failing' % (n, bad))
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
