"""Writes ../README.md from the gold files (kind, producer, notes)."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEAD = """# pdftext-a — blind PDF text-extraction test set

{n} PDF documents with gold text for a PDF text extractor that reads continuing-education (CE)
certificates and transcripts of medical laboratory professionals. The documents were written
without looking at the engine; every person, ID and most organisations are invented.

File names are `<kind>-<n>-<producer>.pdf`; each has `<same>.gold.json`:

```json
{{"kind": "...", "producer": "...", "notes": "what is special",
 "expect": "text | needs-password | damaged",      (damaged kind only)
 "pages": [["line 1", "line 2", ...], ...]}}          (omitted when no text is expected)
```

Producer names: `hand` = PDF objects written by a Python script in `src/` (xref offsets computed,
except where a damaged file needs them wrong); `python` = a LibreOffice/TCPDF file post-processed by
`src/post_tounicode.py` (qpdf --qdf, edit, fix-qdf, qpdf); `a+b` = made by a, then transformed by b.

## Gold conventions

* One entry per page, after the page's /Rotate is applied; lines top to bottom as a reader sees
  them. A line is all text on one baseline, left to right, words joined by single spaces; separate
  blocks on the same baseline (label at left, value at right, table cells) are joined by one space.
* Sideways text (rotated-3) is read with the page turned so the text is upright.
* Letter-spaced words are written as normal words (`PERPETUA`, not `P E R P E T U A`).
* Ligature glyphs are written as their letters (`fi`, `ffi`, ...), also when the source text used
  U+FB01-style presentation forms.
* Form-field values appear as lines where they are displayed.
* Pages without text are `[]`.
* Symbol-font "mu" is written as U+00B5 MICRO SIGN where poppler and MuPDF both map it so
  (symbol-1, symbol-2); symbol-3 (FPDF) has a ToUnicode CMap that says U+03BC, and its gold follows
  the CMap. ZapfDingbats glyphs are given as the Unicode characters of Adobe's ZapfDingbats list
  (\u2713 \u2714 \u2717 \u2718 \u25cf \u25a0 \u25c6 \u2605 \u279a).
* Non-breaking spaces were avoided in all sources, so every gap is an ordinary space.

## Regenerating and checking

* `./make.sh` rebuilds every PDF and gold file from `src/` (needs /usr/bin/python3 with
  python3-reportlab and python3-pil, php-cli with php-fpdf and php-tcpdf, chromium, libreoffice,
  qpdf with fix-qdf, ghostscript). Ghostscript subset tags, IDs and dates change between runs;
  the text does not.
* `./check.py [-v] [name...]` compares every gold file with `pdftotext -layout` (poppler 22.12, line
  by line after collapsing blanks) and `mutool draw -F txt` (MuPDF 1.21, as a multiset of words).
  `OK~` means the only differences are known tool limitations: poppler/MuPDF split letter-spaced
  words into letters (spaced-*), MuPDF cannot map ZapfDingbats names (symbol-*, macroman-3), and
  neither tool inverts an embedded TrueType cmap (noTounicode-4; MuPDF also fails on
  noTounicode-3). For those two files `verify_cmap.py` decodes the strings independently by
  inverting the embedded font's cmap and compares them with the gold.
* All pages were also rendered with `mutool draw` and looked at.

## Layout of src/

| file | what |
|---|---|
| `pdfw.py`, `lay.py` | tiny PDF object writer (correct xref unless asked otherwise) and text layout with AFM metrics |
| `ttf.py`, `ttembed.py` | TrueType reader / glyph-id-preserving subsetter; Type0 and simple TrueType embedding |
| `hand_*.py` | hand-written documents (each also writes its gold) |
| `rl_*.py` | reportlab documents |
| `php/*.php` | FPDF and TCPDF documents |
| `html/*.html` | Chromium sources |
| `lo_docs.py` -> `lo/*.fodt` | LibreOffice sources (flat ODT), via `fodt.py` |
| `post_tounicode.py` | removes ToUnicode CMaps or their ligature entries (qpdf --qdf / fix-qdf) |
| `make_images.py` -> `img/` | cover images (shapes only, no letters) |
| `golds.py`, `write_golds.py` | gold for the non-hand-written documents |

## Counts

{counts}

## Files

| file | kind | producer | pages | what is special |
|---|---|---|---|---|
{rows}
"""


def main():
    golds = sorted(glob.glob(os.path.join(HERE, '*.gold.json')))
    rows = []
    kinds = collections.Counter()
    prods = collections.Counter()
    for g in golds:
        d = json.load(open(g, encoding='utf-8'))
        name = os.path.basename(g)[:-len('.gold.json')] + '.pdf'
        kinds[d['kind']] += 1
        for p in d['producer'].split('+'):
            prods[p] += 1
        pages = len(d['pages']) if 'pages' in d else '-'
        notes = d['notes'].replace('|', '\\|')
        if 'expect' in d:
            notes = '**expect: %s.** ' % d['expect'] + notes
        rows.append('| %s | %s | %s | %s | %s |' % (name, d['kind'], d['producer'], pages, notes))
    counts = ('By kind: ' + ', '.join('%s %d' % kv for kv in sorted(kinds.items())) +
              '.\n\nBy producer (a file made by two tools counts for both): ' +
              ', '.join('%s %d' % kv for kv in sorted(prods.items())) + '.')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(HEAD.format(n=len(golds), counts=counts, rows='\n'.join(rows)))


if __name__ == '__main__':
    main()
