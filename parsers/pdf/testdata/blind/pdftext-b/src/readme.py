"""Write README.md from the gold files."""
import glob
import json
import os
from collections import Counter

from pdfw import OUT

HEAD = """# pdftext-b: blind PDF text-extraction test set

Continuing-education certificates and transcripts of (invented) medical laboratory professionals, written
without looking at the celedger parser. Every `X.pdf` has `X.gold.json`:

```json
{"kind": "...", "producer": "...", "notes": "what is special", "pages": [["line", ...], ...]}
```

`pages` are the lines a careful reader sees on screen (after /Rotate), top to bottom; one line = all text on one
baseline, left to right, single spaces; letter-spaced words as normal words; ligatures as letters; form values
where displayed (a check box only if its appearance draws a text glyph); a page without text is `[]`.
Damaged files add `expect`: `text`, `needs-password` or `damaged`. Extra keys: `password` and
`unlocked_pages` (damaged-3), `superseded_pages` (damaged-8: the text the incremental update replaced),
`recoverable: false` (noTounicode-8: ligature glyphs that no data in the file identifies).

Equivalences a scorer should allow: Symbol `/mu` is written U+00B5 (U+03BC is equal), Symbol `/Delta` is
written U+0394 (U+2206 is equal); compare after Unicode NFKC if in doubt.

Golds were checked against `pdftotext -layout` (poppler 22.12) and `mutool draw -F txt` (mupdf 1.21):
`src/check.py` writes `CHECK.txt` (L = lines equal after collapsing whitespace, W = same words). Where
the tools disagree with the gold because the tools are wrong (letter-spacing, dingbats, fonts without
ToUnicode, form widgets split into blocks), the gold's notes say so.

Regenerate everything with `sh make.sh` (uses /usr/bin/python3 with Debian python3-reportlab, python3-pil,
python3-pypdf; php-fpdf, php-tcpdf; chromium; LibreOffice; Ghostscript; qpdf/fix-qdf). Scratch files go to
`build/`, removed at the end. Outputs differ byte-wise between runs (dates, IDs) but not in text.

Sources: `src/h_*.py` hand-written PDF objects (`pdfw.py` writer, `sfnt.py` TrueType subsetter keeping glyph
ids, `t1.py` Type 1 subsetter/renamer), `src/r_docs.py` reportlab, `src/php/*.php` FPDF/TCPDF,
`src/c_docs.py` Chromium (+qpdf/pypdf edits), `src/l_docs.py` LibreOffice (+qpdf edits), `src/g_docs.py`
Ghostscript, `src/q_docs.py` qpdf transforms, `src/data.py` shared invented content.

"""


def main():
    rows = []
    kinds = Counter()
    prods = Counter()
    for g in sorted(glob.glob(os.path.join(OUT, '*.gold.json'))):
        name = os.path.basename(g)[:-10]
        d = json.load(open(g, encoding='utf-8'))
        size = os.path.getsize(os.path.join(OUT, name + '.pdf'))
        npages = len(d['pages']) if d.get('pages') is not None else (len(d['unlocked_pages']) if d.get('unlocked_pages') else '-')
        exp = (' expect=' + d['expect']) if d.get('expect') else ''
        rows.append('| `%s.pdf` | %s | %s | %s | %d KB | %s%s |' % (name, d['kind'], d['producer'], npages,
                                                                (size + 1023) // 1024, d['notes'].replace('|', '/'), exp))
        kinds[d['kind']] += 1
        for p in d['producer'].split('+'):
            prods[p] += 1
    txt = HEAD
    txt += '## Counts\n\nFiles: %d\n\nBy kind: %s\n\nBy producer (a "+" name counts for each part): %s\n\n' % (
        len(rows), ', '.join('%s %d' % kv for kv in sorted(kinds.items())),
        ', '.join('%s %d' % kv for kv in sorted(prods.items())))
    txt += '## Files\n\n| file | kind | producer | pages | size | what is special |\n|---|---|---|---|---|---|\n'
    txt += '\n'.join(rows) + '\n'
    open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write(txt)
    print('\n'.join(txt.splitlines()[30:36]))


if __name__ == '__main__':
    main()
