#!/usr/bin/python3
"""Check every gold record against `pdftotext -layout` output of its PDF.

Usage: /usr/bin/python3 verify.py [fNN ...]
Prints one line per failure and a summary; exit status 1 if anything failed.
"""
import glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
       'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
       'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth',
       'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first']


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def nosp(s):
    return re.sub(r'\s+', '', s)


def found(needle, text):
    return norm(needle) in norm(text) or nosp(needle) in nosp(text)


def date_found(iso, text):
    y, m, d = (int(x) for x in iso.split('-'))
    M = MONTHS[m - 1]
    t = norm(text)
    cands = [f'{M} {d}, {y}', f'{M[:3]} {d}, {y}', f'{M[:3]}. {d}, {y}', f'{m:02d}/{d:02d}/{y}', f'{m}/{d}/{y}',
             iso, f'{d} {M} {y}', f'{d:02d} {M} {y}', f'{ORD[d - 1]} day of {M}, {y}', f'{M} {d}th, {y}']
    if any(c in t for c in cands):
        return True
    # multi-day ranges ending on the gold day: "October 22–24, 2025", "March 6 – 8, 2025"
    if re.search(rf'{M} \d{{1,2}} ?[-–] ?{d}, {y}', t) or re.search(rf'\d{{1,2}} ?[-–] ?{d} {M} {y}', t):
        return True
    return False


def num_found(x, text):
    s = ('%g' % x)
    forms = {s, '%.1f' % x, '%.2f' % x}
    if s.startswith('0.'):
        forms.add(s[1:])
    t = norm(text)
    return any(re.search(r'(?<![\d.])' + re.escape(f) + r'(?![\d])', t) for f in forms)


def check(gid):
    g = json.load(open(os.path.join(HERE, gid + '.gold.json')))
    pdf = os.path.join(HERE, gid + '.pdf')
    fails = []
    if not os.path.exists(pdf):
        return [f'{gid}: PDF missing']
    if os.path.getsize(pdf) >= 200 * 1024:
        fails.append(f'{gid}: PDF too large ({os.path.getsize(pdf)} bytes)')
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    if not found(g['name'], text):
        fails.append(f"{gid}: name not found: {g['name']!r}")
    if not found(g['title'], text):
        words = [w for w in re.findall(r'\w+', g['title'])]
        missing = [w for w in words if w not in text]
        fails.append(f"{gid}: title not found verbatim: {g['title']!r} (missing words: {missing})")
    if not date_found(g['date'], text):
        fails.append(f"{gid}: date not found in any printed form: {g['date']}")
    if not num_found(g['credits'], text):
        fails.append(f"{gid}: credit figure not found: {g['credits']}")
    exp_pts = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
    if abs(g['points'] - exp_pts) > 1e-9:
        fails.append(f"{gid}: points {g['points']} inconsistent with credits/unit")
    if g['unit'] not in ('contact hour', 'CMLE', 'CE hour', 'CEU'):
        fails.append(f"{gid}: unexpected unit {g['unit']!r}")
    for p in g['provider']:
        if not found(p, text):
            fails.append(f'{gid}: provider string not found: {p!r}')
    if g['activity_id'] is not None and not found(g['activity_id'], text):
        fails.append(f"{gid}: activity id not found: {g['activity_id']!r}")
    if not re.match(r'^\d{4}-\d{2}-\d{2}$', g['date']):
        fails.append(f'{gid}: bad date format')
    return fails


def main():
    ids = sys.argv[1:] or sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(HERE, 'f*.gold.json')))
    allf = []
    for i in ids:
        f = check(i)
        allf += f
        for x in f:
            print('FAIL', x)
    print(f'{len(ids)} certificates checked, {len(allf)} failures, {len(ids) - len(set(x.split(":")[0] for x in allf))} fully passing')
    sys.exit(1 if allf else 0)


if __name__ == '__main__':
    main()
