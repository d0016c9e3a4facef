"""Add filled AcroForm text fields (values only in the widget appearance streams)."""
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (DictionaryObject, NameObject, ArrayObject, FloatObject, NumberObject,
                           TextStringObject, StreamObject, BooleanObject)
from reportlab.pdfbase import pdfmetrics

FONTS = {('sans', ''): ('Helv', 'Helvetica'), ('sans', 'B'): ('HeBo', 'Helvetica-Bold'),
         ('serif', ''): ('TiRo', 'Times-Roman'), ('serif', 'B'): ('TiBo', 'Times-Bold'),
         ('serif', 'I'): ('TiIt', 'Times-Italic'), ('sans', 'I'): ('HeOb', 'Helvetica-Oblique')}


def pdfstr(s):
    b = s.encode('cp1252')
    b = b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
    return b'(' + b + b')'


def add_fields(src, dst, fields, page_h, pageno=0, meta=None):
    r = PdfReader(src)
    w = PdfWriter()
    for p in r.pages:
        w.add_page(p)
    page = w.pages[pageno]
    fontobjs = {}

    def font_ref(key):
        if key not in fontobjs:
            short, base = FONTS[key]
            d = DictionaryObject({NameObject('/Type'): NameObject('/Font'), NameObject('/Subtype'): NameObject('/Type1'),
                                  NameObject('/BaseFont'): NameObject('/' + base),
                                  NameObject('/Encoding'): NameObject('/WinAnsiEncoding')})
            fontobjs[key] = (short, w._add_object(d))
        return fontobjs[key]

    annots = page.get('/Annots')
    annots = ArrayObject() if annots is None else annots
    field_refs = ArrayObject()
    for f in fields:
        st = 'B' if 'B' in f['st'] else ('I' if 'I' in f['st'] else '')
        key = (f['fam'] if f['fam'] in ('sans', 'serif') else 'sans', st)
        if key not in FONTS:
            key = (key[0], '')
        short, fref = font_ref(key)
        base = FONTS[key][1]
        x, ytop, fw, fh = f['x'], f['y'], f['w'] + 4, f['h'] + 2
        size, lh = f['size'], f['lh']
        lines = f['lines']
        content = [b'/Tx BMC', b'q', b'1 1 %.2f %.2f re W n' % (fw - 2, fh - 2), b'BT',
                   b'/%s %.2f Tf' % (short.encode(), size), b'0 g']
        prev = None
        for k, ln in enumerate(lines):
            tw = pdfmetrics.stringWidth(ln, base, size)
            if f['align'] == 'C':
                lx = (fw - tw) / 2
            elif f['align'] == 'R':
                lx = fw - 2 - tw
            else:
                lx = 2
            ly = fh - 1 - size * 0.9 - k * size * lh
            if prev is None:
                content.append(b'%.2f %.2f Td' % (lx, ly))
            else:
                content.append(b'%.2f %.2f Td' % (lx - prev[0], ly - prev[1]))
            prev = (lx, ly)
            content.append(pdfstr(ln) + b' Tj')
        content += [b'ET', b'Q', b'EMC']
        ap = StreamObject()
        ap._data = b'\n'.join(content)
        ap.update({NameObject('/Type'): NameObject('/XObject'), NameObject('/Subtype'): NameObject('/Form'),
                   NameObject('/BBox'): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(fw), FloatObject(fh)]),
                   NameObject('/Resources'): DictionaryObject({NameObject('/Font'): DictionaryObject({NameObject('/' + short): fref})})})
        apref = w._add_object(ap)
        x1 = x - 2
        y1 = page_h - ytop - fh + 1
        annot = DictionaryObject({
            NameObject('/Type'): NameObject('/Annot'), NameObject('/Subtype'): NameObject('/Widget'),
            NameObject('/FT'): NameObject('/Tx'), NameObject('/T'): TextStringObject(f['name']),
            NameObject('/V'): TextStringObject(' '.join(lines)),
            NameObject('/Rect'): ArrayObject([FloatObject(round(x1, 2)), FloatObject(round(y1, 2)),
                                              FloatObject(round(x1 + fw, 2)), FloatObject(round(y1 + fh, 2))]),
            NameObject('/F'): NumberObject(4),
            NameObject('/Ff'): NumberObject(4096 if len(lines) > 1 else 0),
            NameObject('/Q'): NumberObject({'L': 0, 'C': 1, 'R': 2}[f['align']]),
            NameObject('/DA'): TextStringObject('/%s %g Tf 0 g' % (short, size)),
            NameObject('/MK'): DictionaryObject(),
            NameObject('/AP'): DictionaryObject({NameObject('/N'): apref}),
            NameObject('/P'): page.indirect_reference if hasattr(page, 'indirect_reference') else page.indirect_ref,
        })
        aref = w._add_object(annot)
        annots.append(aref)
        field_refs.append(aref)
    page[NameObject('/Annots')] = annots
    dr = DictionaryObject({NameObject('/Font'): DictionaryObject({NameObject('/' + s): r_ for (s, r_) in fontobjs.values()})})
    helv = font_ref(('sans', ''))
    dr['/Font'][NameObject('/Helv')] = helv[1]
    acro = DictionaryObject({NameObject('/Fields'): field_refs, NameObject('/DR'): dr,
                             NameObject('/DA'): TextStringObject('/Helv 0 Tf 0 g'),
                             NameObject('/NeedAppearances'): BooleanObject(False)})
    w._root_object[NameObject('/AcroForm')] = w._add_object(acro)
    if meta:
        w.add_metadata({'/Title': meta.get('title', ''), '/Producer': meta.get('producer', 'pypdf'),
                        '/Creator': meta.get('creator', 'Certificate Form Filler')})
    with open(dst, 'wb') as fh_:
        w.write(fh_)
