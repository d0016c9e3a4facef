#!/usr/bin/python3
"""Check every gNN.pdf against gNN.gold.json (+ src/gNN.check.json with printed date/credit forms).

For each PDF, `pdftotext -layout` is run and the gold name, title (allowing line wraps and
layout gaps), printed date, printed credit figure, every provider name and the activity id
must be found in the text. Letter-spaced text is matched with spaces removed.
Prints failures; exit status 1 if any.
"""
import glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', "'")
    return re.sub(r'\s+', ' ', s).strip()

def found(needle, text):
    n, t = norm(needle), norm(text)
    if n in t:
        return True
    if n.replace(' ', '') in t.replace(' ', ''):   # letter-spaced or split across layout columns
        return True
    return False

def title_found(title, text):
    if found(title, text):
        return True
    # wrapped lines in a centred/columned layout: all words in order
    words = norm(title).split(' ')
    t = norm(text)
    pos = 0
    for w in words:
        i = t.find(w, pos)
        if i < 0:
            return False
        pos = i + len(w)
    return True

def main():
    fails = 0
    pdfs = sorted(glob.glob(os.path.join(HERE, 'g[0-9][0-9].pdf')))
    for pdf in pdfs:
        gid = os.path.basename(pdf)[:-4]
        gold = json.load(open(os.path.join(HERE, gid + '.gold.json')))
        chk = json.load(open(os.path.join(HERE, 'src', gid + '.check.json')))
        text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
        probs = []
        if not found(gold['name'], text):
            probs.append('name %r' % gold['name'])
        if not title_found(gold['title'], text):
            probs.append('title %r' % gold['title'])
        if not found(chk['date'], text):
            probs.append('date %r' % chk['date'])
        if not re.search(r'(?<![\d.])' + re.escape(chk['credits']) + r'(?![\d])', text):
            probs.append('credits %r' % chk['credits'])
        try:
            if abs(float(chk['credits']) - gold['credits']) > 1e-9:
                probs.append('credit figure %r != gold %r' % (chk['credits'], gold['credits']))
        except ValueError:
            probs.append('bad credit figure')
        for p in gold['provider']:
            # "Institution, Office" forms may be printed on two lines: each comma part must be present
            if not found(p, text) and not all(found(part, text) for part in p.split(', ')):
                probs.append('provider %r' % p)
        if gold['activity_id'] and not found(gold['activity_id'], text):
            probs.append('activity_id %r' % gold['activity_id'])
        exp_pts = round(gold['credits'] * 10, 2) if gold['unit'] == 'CEU' else gold['credits']
        if abs(gold['points'] - exp_pts) > 1e-9:
            probs.append('points')
        if not re.fullmatch(r'\d{4}-\d\d-\d\d', gold['date']):
            probs.append('gold date format')
        if probs:
            fails += 1
            print('FAIL %s: %s' % (gid, '; '.join(probs)))
    print('%d PDFs checked, %d failed' % (len(pdfs), fails))
    sys.exit(1 if fails else 0)

if __name__ == '__main__':
    main()
