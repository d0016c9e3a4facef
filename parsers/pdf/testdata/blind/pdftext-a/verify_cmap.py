#!/usr/bin/python3
"""Independent check for documents that poppler/mupdf cannot decode: decode
every shown string by inverting the cmap of the embedded TrueType font
(Type0 with /CIDToGIDMap /Identity or a CIDToGIDMap stream) and compare the
words with the gold. Uses pypdf (python3-pypdf) only for object parsing.

  verify_cmap.py X.pdf
"""
import collections
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src'))
from pypdf import PdfReader  # noqa: E402
from pypdf.generic import ContentStream  # noqa: E402
from ttf import TTF  # noqa: E402


def tounicode_decoder(stream):
    import re
    txt = stream.get_data().decode('latin-1')
    m = {}
    for blk in re.findall(r'beginbfrange(.*?)endbfrange', txt, re.S):
        for a, b, d in re.findall(r'<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>', blk):
            for i, c in enumerate(range(int(a, 16), int(b, 16) + 1)):
                m[c] = chr(int(d, 16) + i)
    for blk in re.findall(r'beginbfchar(.*?)endbfchar', txt, re.S):
        for a, d in re.findall(r'<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>', blk):
            m[int(a, 16)] = bytes.fromhex(d).decode('utf-16-be')

    def dec(b):
        return ''.join(m.get(b[i] << 8 | b[i + 1], '\ufffd') for i in range(0, len(b) - 1, 2))
    return dec


def font_decoder(fobj):
    if '/ToUnicode' in fobj:
        return tounicode_decoder(fobj['/ToUnicode'].get_object())
    desc = fobj['/DescendantFonts'][0].get_object()
    ff = desc['/FontDescriptor'].get_object()['/FontFile2'].get_object().get_data()
    t = TTF(ff)
    inv = {}
    # when several code points map to one glyph prefer non-private-use, then
    # the smallest (U+002D over U+00AD soft hyphen, U+FB01 over U+F001)
    for u, g in t.cmap().items():
        if g not in inv or (0xE000 <= u <= 0xF8FF, u) < (0xE000 <= ord(inv[g]) <= 0xF8FF, ord(inv[g])):
            inv[g] = chr(u)
    c2g = desc.get('/CIDToGIDMap')
    table = None
    if c2g is not None and not isinstance(c2g.get_object(), str) and hasattr(c2g.get_object(), 'get_data'):
        raw = c2g.get_object().get_data()
        table = [raw[i] << 8 | raw[i + 1] for i in range(0, len(raw), 2)]

    def dec(b):
        out = ''
        for i in range(0, len(b) - 1, 2):
            cid = b[i] << 8 | b[i + 1]
            gid = table[cid] if table else cid
            out += inv.get(gid, '\ufffd')
        return out
    return dec


def main():
    pdf = sys.argv[1]
    gold = json.load(open(pdf[:-4] + '.gold.json', encoding='utf-8'))
    r = PdfReader(pdf)
    ok = True
    for pn, page in enumerate(r.pages):
        fonts = page['/Resources']['/Font']
        decs = {}
        for k in fonts:
            fo = fonts[k].get_object()
            if fo['/Subtype'] == '/Type0':
                decs[k] = font_decoder(fo)
            else:  # simple fonts in these files are WinAnsi
                decs[k] = lambda b: b.decode('cp1252')
        cs = ContentStream(page.get_contents(), r)
        cur = None
        words = []
        for operands, op in cs.operations:
            if op == b'Tf':
                cur = operands[0]
            elif op in (b'Tj', b"'", b'"', b'TJ') and cur in decs:
                items = operands[-1] if op == b'TJ' else [operands[-1]]
                s = ''.join(decs[cur](bytes(x.original_bytes)) for x in items if hasattr(x, 'original_bytes'))
                words += unicodedata.normalize('NFKC', s).split()
        want = collections.Counter(' '.join(gold['pages'][pn]).split())
        got = collections.Counter(words)
        if want != got:
            ok = False
            print('page %d: missing %s extra %s' % (pn + 1, dict(want - got), dict(got - want)))
    print('cmap-inversion check:', 'OK' if ok else 'DIFF')


if __name__ == '__main__':
    main()
