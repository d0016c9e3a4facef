"""Tiny hand-rolled PDF object writer used by the hand-written documents.

Objects are written in order; the xref table is computed from the real byte
offsets unless a test deliberately asks for something broken.
"""
import base64
import json
import os
import zlib

from reportlab.pdfbase.pdfmetrics import stringWidth  # only used for AFM metrics

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def esc(s):
    """Escape bytes or latin-1 text for a PDF literal string."""
    if isinstance(s, str):
        s = s.encode('latin-1')
    out = bytearray()
    for b in s:
        if b in (0x28, 0x29, 0x5C):
            out += b'\\' + bytes([b])
        elif b < 0x20 or b > 0x7E:
            out += b'\\%03o' % b
        else:
            out.append(b)
    return out.decode('latin-1')


def sw(text, font, size):
    """AFM width of text (as cp1252 glyphs) in points."""
    return stringWidth(text, font, size)


class Stream:
    def __init__(self, data, extra='', filters=(), no_length=False):
        if isinstance(data, str):
            data = data.encode('latin-1')
        self.raw = data
        self.extra = extra
        self.filters = list(filters)
        self.no_length = no_length

    def encoded(self):
        data = self.raw
        # filters are listed in decode order; encode in reverse
        for f in reversed(self.filters):
            if f == 'FlateDecode':
                data = zlib.compress(data, 9)
            elif f == 'ASCIIHexDecode':
                h = data.hex().upper()
                data = ('\n'.join(h[i:i + 64] for i in range(0, len(h), 64)) + '>').encode()
            elif f == 'ASCII85Decode':
                a = base64.a85encode(data)
                data = b'\n'.join(a[i:i + 72] for i in range(0, len(a), 72)) + b'~>'
            else:
                raise ValueError(f)
        return data


class PDF:
    def __init__(self, version='1.4'):
        self.version = version
        self.objs = []  # (num, body) body is str/bytes or Stream

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, num, body):
        self.objs[num - 1] = body
        return num

    def add(self, body):
        self.objs.append(body)
        return len(self.objs)

    def serialize_obj(self, num, body):
        out = b'%d 0 obj\n' % num
        if isinstance(body, Stream):
            data = body.encoded()
            d = '<< '
            if not body.no_length:
                d += '/Length %d ' % len(data)
            if body.filters:
                if len(body.filters) == 1:
                    d += '/Filter /%s ' % body.filters[0]
                else:
                    d += '/Filter [%s] ' % ' '.join('/' + f for f in body.filters)
            d += body.extra + ' >>'
            out += d.encode('latin-1') + b'\nstream\n' + data + b'\nendstream\n'
        else:
            if isinstance(body, str):
                body = body.encode('latin-1')
            out += body + b'\n'
        out += b'endobj\n'
        return out

    def write(self, path, root, info=None, xref_shift=None, truncate_at=None,
              extra_trailer=''):
        buf = bytearray(b'%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n' % self.version.encode())
        offsets = []
        for i, body in enumerate(self.objs):
            offsets.append(len(buf))
            buf += self.serialize_obj(i + 1, body)
        xref_pos = len(buf)
        buf += b'xref\n0 %d\n' % (len(self.objs) + 1)
        buf += b'0000000000 65535 f \n'
        for i, off in enumerate(offsets):
            if xref_shift:
                off = xref_shift(i + 1, off)
            buf += b'%010d 00000 n \n' % off
        tr = '<< /Size %d /Root %d 0 R' % (len(self.objs) + 1, root)
        if info:
            tr += ' /Info %d 0 R' % info
        tr += extra_trailer + ' >>'
        buf += b'trailer\n' + tr.encode() + b'\nstartxref\n%d\n%%%%EOF\n' % xref_pos
        if truncate_at is not None:
            buf = buf[:truncate_at]
        with open(path, 'wb') as f:
            f.write(buf)
        return bytes(buf)


def info_dict(pdf, title, author='', producer='hand-written (pdfw.py)'):
    s = '<< /Title (%s) /Producer (%s)' % (esc(title), esc(producer))
    if author:
        s += ' /Author (%s)' % esc(author)
    s += ' >>'
    return pdf.add(s)


def simple_doc(pdf, pages, fonts, mediabox=(0, 0, 612, 792), extra_res=''):
    """pages: list of dicts {content: str|Stream, rotate: int, mediabox: tuple,
    annots: str, res_extra: str}. fonts: {name: font-obj-number}. Returns root."""
    fontres = '<< ' + ' '.join('/%s %d 0 R' % (k, v) for k, v in fonts.items()) + ' >>'
    pages_num = pdf.reserve()
    kids = []
    for pg in pages:
        c = pg['content']
        if not isinstance(c, Stream):
            c = Stream(c, filters=pg.get('filters', ['FlateDecode']))
        cnum = pdf.add(c)
        mb = pg.get('mediabox', mediabox)
        d = '<< /Type /Page /Parent %d 0 R /MediaBox [%s] ' % (pages_num, ' '.join('%g' % v for v in mb))
        d += '/Resources << /Font %s %s %s >> ' % (fontres, extra_res, pg.get('res_extra', ''))
        d += '/Contents %d 0 R ' % cnum
        if pg.get('rotate') is not None:
            d += '/Rotate %d ' % pg['rotate']
        if pg.get('annots'):
            d += '/Annots %s ' % pg['annots']
        d += '>>'
        kids.append(pdf.add(d))
    pdf.set(pages_num, '<< /Type /Pages /Kids [%s] /Count %d >>' % (
        ' '.join('%d 0 R' % k for k in kids), len(kids)))
    root = pdf.add('<< /Type /Catalog /Pages %d 0 R >>' % pages_num)
    return root


def std_font(pdf, base, encoding='/WinAnsiEncoding'):
    """A standard-14 font dictionary with NO /Widths and NO /FontDescriptor."""
    d = '<< /Type /Font /Subtype /Type1 /BaseFont /%s' % base
    if encoding:
        d += ' /Encoding %s' % encoding
    d += ' >>'
    return pdf.add(d)


def write_gold(name, kind, producer, notes, pages, **extra):
    g = {'kind': kind, 'producer': producer, 'notes': notes}
    g.update(extra)
    if pages is not None:
        g['pages'] = pages
    with open(os.path.join(OUT, name + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')


def out(name):
    return os.path.join(OUT, name)


def std_font_widths(pdf, base, encoding='WinAnsiEncoding', first=32, last=255):
    """A standard-14 font WITH /FirstChar /LastChar /Widths (from the AFM) and
    a /FontDescriptor, as most producers write them."""
    from reportlab.pdfbase.pdfmetrics import getFont
    codec = {'WinAnsiEncoding': 'cp1252', 'MacRomanEncoding': 'mac_roman'}[encoding]
    f = getFont(base)
    ws = []
    for code in range(first, last + 1):
        try:
            ch = bytes([code]).decode(codec)
            ws.append(int(round(f.stringWidth(ch, 1000))))
        except UnicodeDecodeError:
            ws.append(0)
    flags = 32 if not base.startswith('Courier') else 33
    desc = pdf.add('<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [-200 -250 1100 950] '
                   '/ItalicAngle 0 /Ascent 718 /Descent -207 /CapHeight 718 /StemV 88 >>' % (base, flags))
    return pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /%s /FirstChar %d /LastChar %d '
                   '/Widths [%s] /FontDescriptor %d 0 R >>' % (base, encoding, first, last,
                                                                ' '.join(map(str, ws)), desc))
