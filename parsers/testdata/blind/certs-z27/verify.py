#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check every yaNN.pdf against yaNN.gold.json using `pdftotext -layout`.

Whitespace-insensitive checks: name, title, every provider string, activity id, credits
figure and unit word appear; the date appears in some printed form; points match
credits/unit; the PDF producer matches the declared producer; 1-2 pages.
Exit status 1 if anything fails.
"""
import os, re, sys, json, glob, subprocess, datetime

HERE = os.path.dirname(os.path.abspath(__file__))

PRODUCER_SIG = {
    'chromium': ('Skia/PDF',), 'fodt': ('LibreOffice',), 'docx': ('LibreOffice',), 'fpdf': ('FPDF',),
    'tcpdf': ('TCPDF',), 'rl_canvas': ('ReportLab',), 'rl_platypus': ('ReportLab',), 'acroform': ('ReportLab', 'qpdf'),
    'gs': ('Ghostscript',),
}


def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u2010', '-').replace('\u2011', '-')
    s = s.replace('\ufb01', 'fi').replace('\ufb02', 'fl').replace('\u00ad', '')
    return re.sub(r'\s+', '', s)


def pdftext(pdf):
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, check=True).stdout.decode('utf-8')


def pdfinfo(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, check=True).stdout.decode('utf-8', 'replace')
    d = {}
    for ln in out.splitlines():
        if ':' in ln:
            k, v = ln.split(':', 1)
            d[k.strip()] = v.strip()
    return d


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    M = d.strftime('%B')
    m = d.strftime('%b')
    forms = {'%s %d, %d' % (M, d.day, d.year), '%s %d, %d' % (m, d.day, d.year), '%s. %d, %d' % (m, d.day, d.year),
             '%d %s %d' % (d.day, M, d.year), '%02d/%02d/%d' % (d.month, d.day, d.year),
             '%d/%d/%d' % (d.month, d.day, d.year), iso, '%02d-%s-%d' % (d.day, m, d.year)}
    return forms


def date_in_text(iso, text):
    t = norm(text)
    if any(norm(f) in t for f in date_forms(iso)):
        return True
    d = datetime.date.fromisoformat(iso)
    M = d.strftime('%B')
    # ranges: "July 8–11, 2024", "January 13 – March 7, 2025"
    pat = r'[-\u2013\u2014](?:%s)?%d,%d' % (re.escape(M), d.day, d.year)
    return re.search(pat, t) is not None


def credit_forms(c):
    forms = {str(c), '%.1f' % c, '%.2f' % c}
    if c == int(c):
        forms.add(str(int(c)))
    return forms


UNIT_WORD = {'contact hour': 'contacthour', 'CMLE': 'cmle', 'CE hour': 'cehour', 'CEU': 'ceu'}


def check(gold_path):
    cid = os.path.basename(gold_path).split('.')[0]
    pdf = os.path.join(HERE, cid + '.pdf')
    g = json.load(open(gold_path, encoding='utf-8'))
    errs = []
    if not os.path.exists(pdf):
        return cid, ['missing PDF']
    text = pdftext(pdf)
    t = norm(text)
    for k in ('style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points',
              'provider', 'activity_id'):
        if k not in g:
            errs.append('gold lacks ' + k)
    if norm(g['name']) not in t:
        errs.append('name not found: %r' % g['name'])
    if norm(g['title']) not in t:
        errs.append('title not found: %r' % g['title'])
    for p in g['provider']:
        if norm(p) in t:
            continue
        parts = [x for x in p.split(', ') if x]
        if len(parts) == 2 and all(norm(x) in t for x in parts) and not parts[1].startswith(('Inc', 'LLC')):
            continue
        errs.append('provider not found: %r' % p)
    if g['activity_id'] is not None and norm(g['activity_id']) not in t:
        errs.append('activity id not found: %r' % g['activity_id'])
    if not any(f in t for f in credit_forms(g['credits'])):
        errs.append('credits figure not found: %r' % g['credits'])
    if g['unit'] not in UNIT_WORD:
        errs.append('bad unit %r' % g['unit'])
    elif UNIT_WORD[g['unit']] not in t.lower():
        errs.append('unit word not found: %r' % g['unit'])
    exp = round(g['credits'] * (10 if g['unit'] == 'CEU' else 1), 2)
    if abs(exp - g['points']) > 1e-9:
        errs.append('points %r != %r' % (g['points'], exp))
    try:
        datetime.date.fromisoformat(g['date'])
        if not date_in_text(g['date'], text):
            errs.append('date not found in any printed form: %s' % g['date'])
    except ValueError:
        errs.append('bad date %r' % g['date'])
    info = pdfinfo(pdf)
    prodstr = info.get('Producer', '') + ' ' + info.get('Creator', '')
    if not any(sig in prodstr for sig in PRODUCER_SIG.get(g['producer'], ('?',))):
        errs.append('producer mismatch: %s vs %r' % (g['producer'], prodstr))
    pages = int(info.get('Pages', '0'))
    if pages not in (1, 2):
        errs.append('page count %d' % pages)
    if pages == 2 and 'two-page' not in g['layout']:
        errs.append('two pages but no two-page tag')
    if pages == 1 and 'two-page' in g['layout']:
        errs.append('one page but two-page tag')
    if g['producer'] == 'acroform':
        raw = open(pdf, 'rb').read()
        if b'/AcroForm' in raw and b'/Widget' in raw:
            errs.append('acroform not flattened')
    return cid, errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, 'ya*.gold.json')))
    bad = 0
    for gp in golds:
        cid, errs = check(gp)
        if errs:
            bad += 1
            print('FAIL', cid)
            for e in errs:
                print('   ', e)
        else:
            print('ok  ', cid)
    print('%d certificates, %d failing' % (len(golds), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
