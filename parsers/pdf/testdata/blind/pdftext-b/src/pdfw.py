"""Tiny hand-written PDF object writer (standard library + reportlab metrics).

Objects are kept as bytes; write() lays them out and builds a classic xref
table with correct offsets unless told to break it.
"""
import json
import os
import zlib

from reportlab.pdfbase.pdfmetrics import stringWidth as _sw

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sw(text, font, size):
    """Width of text in a standard-14 font (reportlab AFM metrics)."""
    return _sw(text, font, size)


def b(x):
    if isinstance(x, bytes):
        return x
    return x.encode('latin-1')


def pstr(s, enc='latin-1'):
    """PDF literal string from text (encoded with enc) or raw bytes."""
    raw = s if isinstance(s, bytes) else s.encode(enc)
    out = bytearray(b'(')
    for c in raw:
        if c in (0x28, 0x29, 0x5C):
            out += b'\\' + bytes([c])
        elif c < 32 or c > 126:
            out += b'\\%03o' % c
        else:
            out.append(c)
    out += b')'
    return bytes(out)


class PDF:
    def __init__(self, version='1.4'):
        self.version = version
        self.objs = {}
        self.n = 0

    def reserve(self):
        self.n += 1
        return self.n

    def add(self, body, num=None):
        if num is None:
            num = self.reserve()
        self.objs[num] = b(body)
        return num

    def stream(self, data, extra='', num=None, compress=False, length=True, filters=None):
        data = b(data)
        flt = list(filters or [])
        if compress:
            data = zlib.compress(data)
            flt = ['/FlateDecode'] + flt
        d = b'<< '
        if length:
            d += b'/Length %d ' % len(data)
        if flt:
            if len(flt) == 1:
                d += b'/Filter ' + b(flt[0]) + b' '
            else:
                d += b'/Filter [' + b(' '.join(flt)) + b'] '
        d += b(extra) + b' >>\nstream\n' + data + b'\nendstream'
        return self.add(d, num)

    def serialize(self, root, info=None, junk=b'', bad_offsets=False, trailer_extra='',
                  id_hex=None):
        out = bytearray(junk)
        out += b'%PDF-' + b(self.version) + b'\n%\xe2\xe3\xcf\xd3\n'
        offs = {}
        for num in sorted(self.objs):
            offs[num] = len(out)
            out += b'%d 0 obj\n' % num + self.objs[num] + b'\nendobj\n'
        xref = len(out)
        size = max(self.objs) + 1
        out += b'xref\n0 %d\n0000000000 65535 f \n' % size
        for i in range(1, size):
            if i in offs:
                o = offs[i] - len(junk) if junk and False else offs[i]
                if bad_offsets:
                    o = max(0, o - 37 * i - 11)
                out += b'%010d 00000 n \n' % o
            else:
                out += b'0000000000 65535 f \n'
        tr = b'<< /Size %d /Root %d 0 R' % (size, root)
        if info:
            tr += b' /Info %d 0 R' % info
        if id_hex:
            tr += b' /ID [<' + b(id_hex) + b'> <' + b(id_hex) + b'>]'
        tr += b(trailer_extra) + b' >>'
        out += b'trailer\n' + tr + b'\nstartxref\n%d\n%%%%EOF\n' % xref
        return bytes(out), offs, xref

    def write(self, path, root, info=None, **kw):
        data, offs, xref = self.serialize(root, info, **kw)
        with open(path, 'wb') as f:
            f.write(data)
        return data


def simple_doc(pages, fonts, mediabox=(0, 0, 612, 792), rotate=None, version='1.4',
               info=None, compress=True, extra_page=None):
    """pages: list of content bytes (or dict with 'content','rotate','mediabox','annots', 'xobjects').
    fonts: dict name -> font dict text (or object number via 'ref:N').  Returns (pdf, root)."""
    pdf = PDF(version)
    catalog = pdf.reserve()
    pages_num = pdf.reserve()
    fontrefs = {}
    for name, fd in fonts.items():
        if isinstance(fd, int):
            fontrefs[name] = fd
        else:
            fontrefs[name] = pdf.add(fd)
    fres = ' '.join('/%s %d 0 R' % (k, v) for k, v in fontrefs.items())
    kids = []
    for pg in pages:
        if not isinstance(pg, dict):
            pg = {'content': pg}
        c = pdf.stream(pg['content'], compress=pg.get('compress', compress))
        mb = pg.get('mediabox', mediabox)
        rot = pg.get('rotate', rotate)
        res = '<< /Font << %s >>' % fres
        if pg.get('xobjects'):
            res += ' /XObject << %s >>' % ' '.join('/%s %d 0 R' % (k, v) for k, v in pg['xobjects'].items())
        res += ' /ProcSet [/PDF /Text /ImageB /ImageC] >>'
        d = '<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Resources %s /Contents %d 0 R' % (
            pages_num, ' '.join('%g' % v for v in mb), res, c)
        if rot is not None:
            d += ' /Rotate %d' % rot
        if pg.get('annots'):
            d += ' /Annots [%s]' % ' '.join('%d 0 R' % a for a in pg['annots'])
        d += pg.get('extra', '') + ' >>'
        kids.append(pdf.add(d))
    pdf.add('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)),
            pages_num)
    pdf.add('<< /Type /Catalog /Pages %d 0 R >>' % pages_num, catalog)
    infonum = None
    if info:
        infonum = pdf.add('<< ' + ' '.join('/%s %s' % (k, pstr(v).decode('latin-1')) for k, v in info.items()) + ' >>')
    return pdf, catalog, infonum


def std_font(base, encoding='/WinAnsiEncoding', extra=''):
    e = (' /Encoding %s' % encoding) if encoding else ''
    return '<< /Type /Font /Subtype /Type1 /BaseFont /%s%s%s >>' % (base, e, extra)


class Text:
    """Build a content stream of text runs with simple helpers."""

    def __init__(self):
        self.parts = []

    def raw(self, s):
        self.parts.append(b(s) if not isinstance(s, bytes) else s)
        return self

    def text(self, x, y, s, font='F1', size=11, enc='latin-1'):
        self.parts.append(b'BT /%s %g Tf %g %g Td ' % (b(font), size, x, y) + pstr(s, enc) + b' Tj ET')
        return self

    def runs(self, x, y, runs, size=11):
        """runs: list of (font, string) drawn consecutively with Tj (advance by font widths)."""
        out = b'BT %g %g Td ' % (x, y)
        for font, s in runs:
            out += b'/%s %g Tf ' % (b(font), size) + pstr(s) + b' Tj '
        self.parts.append(out + b'ET')
        return self

    def line(self, x1, y1, x2, y2, w=0.5):
        self.parts.append(b'%g w %g %g m %g %g l S' % (w, x1, y1, x2, y2))
        return self

    def rect(self, x, y, w, h, lw=1, fill=None):
        if fill is not None:
            self.parts.append(b'q %g g %g %g %g %g re f Q' % (fill, x, y, w, h))
        else:
            self.parts.append(b'%g w %g %g %g %g re S' % (lw, x, y, w, h))
        return self

    def bytes(self):
        return b'\n'.join(self.parts) + b'\n'


def gold(name, kind, producer, notes, pages, **extra):
    d = {'kind': kind, 'producer': producer, 'notes': notes}
    d.update(extra)
    if pages is not None:
        d['pages'] = pages
    with open(os.path.join(OUT, name + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write('\n')


def out(name):
    return os.path.join(OUT, name)
