"""Compare every gold file with pdftotext -layout and mutool draw -F txt.

Usage: check.py [name-prefix ...]   writes CHECK.txt in the output folder.
For each page: L = lines equal after whitespace collapse (pdftotext only),
W = word multiset equal (both tools).  Differences are listed for review.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ' '.join(s.split())


def pdftotext(pdf, pw=None):
    cmd = ['pdftotext', '-layout']
    if pw:
        cmd += ['-upw', pw]
    r = subprocess.run(cmd + [pdf, '-'], capture_output=True)
    if r.returncode:
        return None, r.stderr.decode(errors='replace')[-300:]
    txt = r.stdout.decode('utf-8', errors='replace')
    pages = txt.split('\f')
    if pages and pages[-1].strip() == '':
        pages = pages[:-1]
    return [[norm(l) for l in p.splitlines() if norm(l)] for p in pages], r.stderr.decode(errors='replace')[-300:]


def mutool(pdf, pw=None):
    d = tempfile.mkdtemp()
    cmd = ['mutool', 'draw', '-q', '-F', 'txt', '-o', os.path.join(d, 'p%04d.txt')]
    if pw:
        cmd += ['-p', pw]
    r = subprocess.run(cmd + [pdf], capture_output=True)
    files = sorted(glob.glob(os.path.join(d, 'p*.txt')))
    pages = []
    for f in files:
        t = open(f, encoding='utf-8', errors='replace').read()
        pages.append([norm(l) for l in t.splitlines() if norm(l)])
    return pages, r.stderr.decode(errors='replace')[-300:]


def words(lines):
    return Counter(w for l in lines for w in l.split())


def main():
    prefixes = sys.argv[1:]
    report = []
    summary = []
    for g in sorted(glob.glob(os.path.join(OUT, '*.gold.json'))):
        name = os.path.basename(g)[:-len('.gold.json')]
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        gd = json.load(open(g, encoding='utf-8'))
        pdf = os.path.join(OUT, name + '.pdf')
        gp = gd.get('pages')
        pw = gd.get('password')
        if gp is None and pw and gd.get('unlocked_pages'):
            gp = gd['unlocked_pages']
        res = []
        if pw:
            for tool, fn in (('pdftotext', pdftotext), ('mutool', mutool)):
                pages, err = fn(pdf, None)
                res.append('%s without password: %s' % (tool, 'FAILED (good)' if not pages else '%d pages' % len(pages)))
        for tool, fn in (('pdftotext', pdftotext), ('mutool', mutool)):
            pages, err = fn(pdf, pw)
            if pages is None:
                res.append('%s: FAILED %s' % (tool, err.strip().replace('\n', ' | ')))
                continue
            if gp is None:
                res.append('%s: %d pages (no gold pages) %s' % (tool, len(pages), err.strip()[:120].replace('\n', ' | ')))
                continue
            if len(pages) != len(gp):
                res.append('%s: page count %d != gold %d' % (tool, len(pages), len(gp)))
            for i, (a, e) in enumerate(zip(pages, gp)):
                e = [norm(x) for x in e]
                okL = a == e
                okW = words(a) == words(e)
                tag = '%s p%d: %s%s' % (tool, i + 1, 'L' if okL else '-', 'W' if okW else '-')
                if not okW or (tool == 'pdftotext' and not okL):
                    missing = [x for x in e if x not in a]
                    extra = [x for x in a if x not in e]
                    wm = words(e) - words(a)
                    wx = words(a) - words(e)
                    tag += '\n      gold-not-tool: %r\n      tool-not-gold: %r' % (missing[:12], extra[:12])
                    tag += '\n      words missing: %r\n      words extra: %r' % (
                        dict(list(wm.items())[:15]), dict(list(wx.items())[:15]))
                res.append(tag)
        pl = [r for r in res if ' p' in r.split(':')[0] and 'without' not in r]
        ok = all('W' in r.split(':')[1][:3] and ('L' in r.split(':')[1][:3] or r.startswith('mutool')) for r in pl)
        bad = any(('FAILED' in r and 'good' not in r) or 'count' in r or ('without password' in r and 'good' not in r)
                  for r in res)
        status = 'OK' if ok and not bad else 'DIFF'
        if gp is None and gd.get('expect') == 'damaged':
            status = 'n/a (damaged)'
        summary.append('%-40s %s' % (name, status))
        report.append('== %s [%s / %s] %s\n  %s' % (name, gd['kind'], gd['producer'], gd.get('expect', ''), '\n  '.join(res)))
    txt = '\n'.join(summary) + '\n\n' + '\n'.join(report) + '\n'
    name = 'CHECK.txt' if not prefixes else '/tmp/check-partial.txt'
    with open(os.path.join(OUT, name) if not prefixes else name, 'w') as f:
        f.write(txt)
    print(txt)


if __name__ == '__main__':
    main()
