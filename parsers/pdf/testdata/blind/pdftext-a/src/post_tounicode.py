#!/usr/bin/python3
"""Post-process a PDF's ToUnicode CMaps (via qpdf --qdf / fix-qdf).

  post_tounicode.py IN OUT drop-ligatures [FONTSUBSTR...]
      remove bfchar/bfrange entries that map to more than one UTF-16 unit
      or to U+FB00..U+FB06 (the ligatures) from the ToUnicode CMaps of the
      matching fonts (all fonts when none given)
  post_tounicode.py IN OUT remove [FONTSUBSTR...]
      delete the /ToUnicode key of the matching fonts
  FONTSUBSTR matches any BaseFont containing it; '=Name' matches exactly
  (with or without a subset prefix).
"""
import re
import subprocess
import sys
import tempfile
import os


def lig(dst):
    dst = dst.strip('<>').replace(' ', '')
    return len(dst) > 4 or (len(dst) == 4 and 0xFB00 <= int(dst, 16) <= 0xFB06)


def fix_cmap(text):
    out = []
    lines = text.split('\n')
    i = 0
    dropped = 0
    while i < len(lines):
        m = re.match(r'^(\d+)\s+begin(bfchar|bfrange)\s*$', lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        kind = m.group(2)
        j = i + 1
        entries = []
        while not lines[j].strip().startswith('end' + kind):
            entries.append(lines[j])
            j += 1
        keep = []
        for e in entries:
            toks = re.findall(r'<[0-9A-Fa-f ]*>|\[[^\]]*\]', e)
            if kind == 'bfchar' and len(toks) == 2 and lig(toks[1]):
                dropped += 1
                continue
            if kind == 'bfrange' and len(toks) == 3:
                if toks[2].startswith('['):
                    if any(lig(t) for t in re.findall(r'<[^>]*>', toks[2])):
                        dropped += 1
                        continue
                elif lig(toks[2]) and toks[0] == toks[1]:
                    dropped += 1
                    continue
            keep.append(e)
        if keep:
            out.append('%d begin%s' % (len(keep), kind))
            out.extend(keep)
            out.append(lines[j])
        i = j + 1
    return '\n'.join(out), dropped


def main():
    src, dst, mode = sys.argv[1:4]
    want = sys.argv[4:]
    tmp = tempfile.mkdtemp()
    q = os.path.join(tmp, 'a.qdf')
    subprocess.run(['qpdf', '--qdf', '--object-streams=disable', src, q], check=True)
    data = open(q, 'rb').read().decode('latin-1')
    objs = {}
    for m in re.finditer(r'\n(\d+) 0 obj\n(.*?)\nendobj', data, re.S):
        objs[int(m.group(1))] = m
    fonts = []
    for n, m in objs.items():
        body = m.group(2)
        if re.search(r'/Type /Font\b', body) and '/ToUnicode' in body:
            base = re.search(r'/BaseFont /(\S+)', body).group(1)
            tu = int(re.search(r'/ToUnicode (\d+) 0 R', body).group(1))
            if not want or any((base == w[1:] or base.split('+')[-1] == w[1:]) if w.startswith('=') else w in base
                               for w in want):
                fonts.append((n, base, tu))
    edits = []
    total = 0
    for n, base, tu in fonts:
        if mode == 'remove':
            m = objs[n]
            body = re.sub(r'\n\s*/ToUnicode \d+ 0 R', '', m.group(2))
            edits.append((m.start(2), m.end(2), body))
            print('  removed /ToUnicode of', base)
        elif mode == 'drop-ligatures':
            m = objs[tu]
            body = m.group(2)
            s = body.index('stream\n') + 7
            e = body.rindex('endstream')
            new, dropped = fix_cmap(body[s:e])
            total += dropped
            edits.append((m.start(2) + s, m.start(2) + e, new))
            print('  %s: dropped %d ligature entries' % (base, dropped))
        else:
            raise SystemExit('bad mode')
    for s, e, new in sorted(edits, reverse=True):
        data = data[:s] + new + data[e:]
    open(q, 'wb').write(data.encode('latin-1'))
    f = os.path.join(tmp, 'b.qdf')
    subprocess.run(['fix-qdf', q], check=True, stdout=open(f, 'wb'))
    subprocess.run(['qpdf', '--object-streams=disable', '--compress-streams=y',
                    '--deterministic-id', f, dst], check=True)


if __name__ == '__main__':
    main()
