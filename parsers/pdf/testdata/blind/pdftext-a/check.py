#!/usr/bin/python3
"""Cross-check every X.gold.json against poppler (pdftotext -layout) and
MuPDF (mutool draw -F txt).  Not used by the engine; it is the author's own
verification of the gold.

  poppler: lines compared after collapsing runs of blanks to one space.
  mupdf:   words compared as multisets (mutool splits same-baseline blocks).
Usage: check.py [-v] [names...]
"""
import collections
import difflib
import glob
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Documents where a reference tool is known to be unable to read the text
# (checked instead by rendering the page and by reading the PDF objects).
KNOWN = {
    'noTounicode-3-tcpdf.pdf': ('mupdf',),
    'noTounicode-4-hand.pdf': ('poppler', 'mupdf'),
    'macroman-3-hand.pdf': ('mupdf-dingbats',),
    'symbol-1-hand.pdf': ('mupdf-dingbats',),
    'symbol-2-reportlab.pdf': ('mupdf-dingbats',),
    'symbol-3-fpdf.pdf': ('mupdf-dingbats',),
}


def is_symbol_word(w):
    return all(0x2190 <= ord(c) <= 0x27BF or 0x25A0 <= ord(c) <= 0x25FF for c in w)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('\u00ad', '')
    return ' '.join(s.split())


def run(cmd):
    p = subprocess.run(cmd, capture_output=True)
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


def npages(pdf, pw):
    cmd = ['pdfinfo'] + (['-upw', pw] if pw else []) + [pdf]
    rc, o, e = run(cmd)
    for line in o.splitlines():
        if line.startswith('Pages:'):
            return int(line.split()[1])
    return 0


def poppler_lines(pdf, page, pw):
    cmd = ['pdftotext', '-layout', '-f', str(page), '-l', str(page)] + (['-upw', pw] if pw else []) + [pdf, '-']
    rc, o, e = run(cmd)
    return [norm(l) for l in o.replace('\f', '').splitlines() if norm(l)]


def mupdf_words(pdf, page, pw):
    cmd = ['mutool', 'draw', '-F', 'txt', '-o', '-'] + (['-p', pw] if pw else []) + [pdf, str(page)]
    rc, o, e = run(cmd)
    return norm(o).split()


def main():
    verbose = '-v' in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith('-')]
    golds = sorted(glob.glob(os.path.join(HERE, '*.gold.json')))
    if names:
        golds = [g for g in golds if any(n in os.path.basename(g) for n in names)]
    bad = 0
    for g in golds:
        pdf = g[:-len('.gold.json')] + '.pdf'
        name = os.path.basename(pdf)
        gold = json.load(open(g, encoding='utf-8'))
        size = os.path.getsize(pdf) if os.path.exists(pdf) else -1
        issues = []
        if size < 0:
            issues.append('missing pdf')
        elif size > 200 * 1024:
            issues.append('too big %d' % size)
        pw = gold.get('check_password')
        exp = gold.get('expect', 'text')
        if exp == 'needs-password':
            rc, o, e = run(['pdftotext', pdf, '-'])
            if rc == 0:
                issues.append('poppler opened it without password')
        if exp == 'damaged':
            rc, o, e = run(['pdftotext', pdf, '-'])
            issues.append('[info] poppler rc=%d out=%r' % (rc, o[:60]))
        pages = gold.get('pages')
        if pages is not None and size > 0:
            n = npages(pdf, pw)
            if n != len(pages):
                issues.append('page count poppler=%d gold=%d' % (n, len(pages)))
            for i, gl in enumerate(pages, 1):
                gl = [norm(x) for x in gl]
                pl = poppler_lines(pdf, i, pw)
                known = KNOWN.get(name, ())
                if pl != gl and 'poppler' in known:
                    issues.append('[known] p%d poppler cannot decode this' % i)
                elif pl != gl:
                    d = list(difflib.unified_diff(gl, pl, 'gold', 'poppler', lineterm='', n=0))
                    nosp = lambda L: [x.replace(' ', '') for x in L]
                    tag = '[spacing-only] ' if nosp(pl) == nosp(gl) else ''
                    issues.append(tag + 'p%d poppler lines differ:\n      ' % i + '\n      '.join(d[2:]))
                gw = collections.Counter(' '.join(gl).split())
                mw = collections.Counter(mupdf_words(pdf, i, pw))
                if 'mupdf-dingbats' in known:
                    # mutool cannot map ZapfDingbats glyph names: only require that the
                    # gold words without dingbat/arrow symbols are all in its output
                    gw = collections.Counter({k: v for k, v in gw.items()
                                              if not any(is_symbol_word(ch) for ch in k)})
                    mw = mw & gw
                    issues.append('[known] p%d mupdf: words with ZapfDingbats symbols ignored' % i)
                if gw != mw and 'mupdf' in known:
                    issues.append('[known] p%d mupdf cannot decode this' % i)
                elif gw != mw:
                    tag = '[spacing-only] ' if sorted(''.join(gw.elements())) == sorted(''.join(mw.elements())) else ''
                    issues.append(tag + 'p%d mupdf words differ: missing %s extra %s' % (
                        i, dict(gw - mw), dict(mw - gw)))
        if set(KNOWN.get(name, ())) & {'poppler', 'mupdf'}:
            rc, o, e = run(['/usr/bin/python3', os.path.join(HERE, 'verify_cmap.py'), pdf])
            if 'check: OK' not in o:
                issues.append('verify_cmap.py failed: ' + o + e)
            else:
                issues.append('[info] verify_cmap.py (embedded-cmap inversion) agrees with gold')
        real = [x for x in issues if not x.startswith(('[info]', '[spacing-only]', '[known]'))]
        status = 'DIFF' if real else ('OK~' if any(x.startswith(('[spacing-only]', '[known]')) for x in issues) else 'OK ')
        if status == 'DIFF':
            bad += 1
        print('%s %-45s %6d B  %s' % (status, name, size, gold.get('kind')))
        if issues and (verbose or status == 'DIFF'):
            for x in issues:
                print('    ' + x)
    print('%d files, %d with differences' % (len(golds), bad))


if __name__ == '__main__':
    main()
