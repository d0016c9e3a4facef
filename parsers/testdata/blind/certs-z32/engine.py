# -*- coding: utf-8 -*-
"""Rendering engine for the z32 blind certificate set.

A certificate is described (in certs.py) by page options and a list of
blocks.  Nine producers turn that description into a PDF:

  chromium   HTML  -> headless Chromium --print-to-pdf
  fodt       flat ODF text document -> LibreOffice
  docx       python-docx .docx -> LibreOffice
  fpdf       generated PHP script using FPDF (core fonts, cp1252)
  tcpdf      generated PHP script using TCPDF (DejaVu fonts, UTF-8)
  rlcanvas   ReportLab canvas (absolute positioning)
  platypus   ReportLab Platypus (flowables)
  acroform   ReportLab AcroForm with empty fields, filled through qpdf JSON,
             then qpdf --generate-appearances --flatten-annotations=all
  ghostscript hand-written PostScript -> gs pdfwrite

The absolute-position producers (fpdf, tcpdf, rlcanvas, acroform,
ghostscript) share one flow-layout routine (layout()) that measures text
with ReportLab font metrics and emits a display list; each backend then
writes the display list in its own language.

Blocks (dicts, key 't'):
  p     text paragraph: text, size, b, i, align C/L/R, color, ls (letter
        spacing in pt), sa (space after), w (width fraction), fam, indent
  sp    vertical space: h
  rule  horizontal rule: w (fraction), lw, color
  kv    two-column label/value rows: rows=[(label, value)], lw, w, size
  cols  labels above values: rows=[[(label, value), ...], ...], size, uline
  table small grid table: head, rows, widths, size
  sigs  signature blocks: items=[(name, title)], script (draw name in script)
  logo  coloured box with text: text, w, h, align
  pb    page break
Page options: orient P/L, border none/thin/double/ornate/band, color,
accent, fam, seal [{pos:(fx,fy), r, lines}], footer, vcenter, margin.
"""
import base64
import json
import os
import re
import shutil
import subprocess
from xml.sax.saxutils import escape as xesc

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, '.profiles')
WORK = os.path.join(PROF, 'work')
URW = '/usr/share/fonts/type1/urw-base35/'
DJV = '/usr/share/fonts/truetype/dejavu/'
LIB = '/usr/share/fonts/truetype/liberation/'

PAGE = {'P': (612.0, 792.0), 'L': (792.0, 612.0)}

# ---------------------------------------------------------------- fonts
# family -> variant -> reportlab font name
FAMILIES = {
    'times': {'r': 'Times-Roman', 'b': 'Times-Bold', 'i': 'Times-Italic', 'bi': 'Times-BoldItalic'},
    'helv': {'r': 'Helvetica', 'b': 'Helvetica-Bold', 'i': 'Helvetica-Oblique', 'bi': 'Helvetica-BoldOblique'},
    'courier': {'r': 'Courier', 'b': 'Courier-Bold', 'i': 'Courier-Oblique', 'bi': 'Courier-BoldOblique'},
    'pal': {'r': 'P052-Roman', 'b': 'P052-Bold', 'i': 'P052-Italic', 'bi': 'P052-BoldItalic'},
    'schl': {'r': 'C059-Roman', 'b': 'C059-Bold', 'i': 'C059-Italic', 'bi': 'C059-BdIta'},
    'zapf': {'r': 'Z003-MediumItalic', 'b': 'Z003-MediumItalic', 'i': 'Z003-MediumItalic', 'bi': 'Z003-MediumItalic'},
    'gothic': {'r': 'URWGothic-Book', 'b': 'URWGothic-Demi', 'i': 'URWGothic-BookOblique', 'bi': 'URWGothic-DemiOblique'},
    'dvsans': {'r': 'DejaVuSans', 'b': 'DejaVuSans-Bold', 'i': 'DejaVuSans-Oblique', 'bi': 'DejaVuSans-BoldOblique'},
    'dvserif': {'r': 'DejaVuSerif', 'b': 'DejaVuSerif-Bold', 'i': 'DejaVuSerif-Italic', 'bi': 'DejaVuSerif-BoldItalic'},
    'libsans': {'r': 'LiberationSans-Regular', 'b': 'LiberationSans-Bold', 'i': 'LiberationSans-Italic', 'bi': 'LiberationSans-BoldItalic'},
    'libserif': {'r': 'LiberationSerif-Regular', 'b': 'LiberationSerif-Bold', 'i': 'LiberationSerif-Italic', 'bi': 'LiberationSerif-BoldItalic'},
}
# PostScript names understood by Ghostscript for the URW Type 1 families
PSNAMES = {
    'P052-Roman': 'Palatino-Roman', 'P052-Bold': 'Palatino-Bold', 'P052-Italic': 'Palatino-Italic',
    'P052-BoldItalic': 'Palatino-BoldItalic', 'C059-Roman': 'NewCenturySchlbk-Roman',
    'C059-Bold': 'NewCenturySchlbk-Bold', 'C059-Italic': 'NewCenturySchlbk-Italic',
    'C059-BdIta': 'NewCenturySchlbk-BoldItalic', 'Z003-MediumItalic': 'ZapfChancery-MediumItalic',
    'URWGothic-Book': 'AvantGarde-Book', 'URWGothic-Demi': 'AvantGarde-Demi',
    'URWGothic-BookOblique': 'AvantGarde-BookOblique', 'URWGothic-DemiOblique': 'AvantGarde-DemiOblique',
}
# CSS / office font names
OFFICE_FONTS = {
    'times': 'Liberation Serif', 'helv': 'Liberation Sans', 'courier': 'Liberation Mono',
    'pal': 'P052', 'schl': 'C059', 'zapf': 'Z003', 'gothic': 'URW Gothic',
    'dvsans': 'DejaVu Sans', 'dvserif': 'DejaVu Serif', 'libsans': 'Liberation Sans',
    'libserif': 'Liberation Serif',
}

_fonts_done = False


def _pfa_to_pfb(pfa, pfb):
    data = open(pfa, 'rb').read()
    i = data.index(b'eexec') + len(b'eexec')
    while data[i:i + 1] in (b'\r', b'\n'):
        i += 1
    ascii_part = data[:i]
    j = data.rindex(b'cleartomark')
    while data[j - 1:j] in (b'0', b'\r', b'\n'):
        j -= 1
    while data[j:j + 1] in (b'\r', b'\n'):
        j += 1
    body = data[i:j]
    trailer = data[j:]
    if re.fullmatch(rb'[0-9A-Fa-f\s]+', body):
        binary = bytes.fromhex(re.sub(rb'\s+', b'', body).decode())
    else:
        binary = body
    out = b''
    for kind, seg in ((1, ascii_part), (2, binary), (1, trailer)):
        out += bytes([128, kind]) + len(seg).to_bytes(4, 'little') + seg
    out += bytes([128, 3])
    open(pfb, 'wb').write(out)


def setup_fonts():
    global _fonts_done
    if _fonts_done:
        return
    fdir = os.path.join(PROF, 'fonts')
    os.makedirs(fdir, exist_ok=True)
    for fam in ('pal', 'schl', 'zapf', 'gothic'):
        for v in set(FAMILIES[fam].values()):
            pfb = os.path.join(fdir, v + '.pfb')
            if not os.path.exists(pfb):
                _pfa_to_pfb(URW + v + '.t1', pfb)
            face = pdfmetrics.EmbeddedType1Face(URW + v + '.afm', pfb)
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(v, face.name, 'WinAnsiEncoding'))
    ttf = {
        'DejaVuSans': DJV + 'DejaVuSans.ttf', 'DejaVuSans-Bold': DJV + 'DejaVuSans-Bold.ttf',
        'DejaVuSans-Oblique': DJV + 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique': DJV + 'DejaVuSans-BoldOblique.ttf',
        'DejaVuSerif': DJV + 'DejaVuSerif.ttf', 'DejaVuSerif-Bold': DJV + 'DejaVuSerif-Bold.ttf',
        'DejaVuSerif-Italic': DJV + 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic': DJV + 'DejaVuSerif-BoldItalic.ttf',
    }
    for v in ('Regular', 'Bold', 'Italic', 'BoldItalic'):
        ttf['LiberationSans-' + v] = LIB + 'LiberationSans-%s.ttf' % v
        ttf['LiberationSerif-' + v] = LIB + 'LiberationSerif-%s.ttf' % v
    for n, p in ttf.items():
        pdfmetrics.registerFont(TTFont(n, p))
    _fonts_done = True


def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, font, size) + cs * len(s)


def wrap(text, font, size, width, cs=0.0):
    lines = []
    for para in text.split('\n'):
        words = para.split(' ')
        cur = ''
        for w in words:
            t = (cur + ' ' + w) if cur else w
            if cur and sw(t, font, size, cs) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
    return lines


def rgb(h):
    h = h.lstrip('#')
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def spaced(s):
    """literal letter spacing: 'SARAH KIM' -> 'S A R A H   K I M'"""
    return '   '.join(' '.join(list(w)) for w in s.split(' '))


def row_widths(blk, row, n):
    """column widths (fractions) for one row of a 'cols' block"""
    rw = blk.get('rowwidths')
    if rw:
        k = blk['rows'].index(row)
        if k < len(rw) and rw[k]:
            return rw[k]
    w = blk.get('widths')
    return w if w and len(w) == n else [1.0 / n] * n


def fontname(cert, blk, bold=None, italic=None):
    fam = blk.get('fam') or cert['page'].get('fam', 'times')
    b = blk.get('b', 0) if bold is None else bold
    i = blk.get('i', 0) if italic is None else italic
    return FAMILIES[fam][('b' if b else '') + ('i' if i else '') or 'r']


# ---------------------------------------------------------------- layout
class Layout:
    """Flow layout -> display list (top-down coordinates, pt)."""

    def __init__(self, cert):
        setup_fonts()
        self.c = cert
        pg = cert['page']
        self.W, self.H = PAGE[pg.get('orient', 'P')]
        m = pg.get('margin', 72 if pg.get('border', 'none') != 'none' else 60)
        self.mx = pg.get('mx', m)
        self.top = pg.get('mtop', m)
        self.left = self.mx
        self.cw = self.W - 2 * self.mx
        self.color = pg.get('color', '#111111')
        self.accent = pg.get('accent', '#1f3a5f')
        self.pages = []

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.top
        self._page_start = len(self.ops)

    def text(self, x, y, s, font, size, color, cs=0.0, field=None, w=None):
        self.ops.append({'op': 'text', 'x': x, 'y': y, 's': s, 'font': font, 'size': size,
                         'color': color, 'cs': cs, 'field': field, 'w': w})

    def line(self, x1, y1, x2, y2, lw=0.75, color='#444444'):
        self.ops.append({'op': 'line', 'x1': x1, 'y1': y1, 'x2': x2, 'y2': y2, 'lw': lw, 'color': color})

    def rect(self, x, y, w, h, stroke='#000000', fill=None, lw=1.0):
        self.ops.append({'op': 'rect', 'x': x, 'y': y, 'w': w, 'h': h, 'stroke': stroke, 'fill': fill, 'lw': lw})

    def circle(self, cx, cy, r, stroke='#000000', fill=None, lw=1.0):
        self.ops.append({'op': 'circle', 'cx': cx, 'cy': cy, 'r': r, 'stroke': stroke, 'fill': fill, 'lw': lw})

    # -- decorations
    def decorate(self, pno=0):
        pg = self.c['page']
        W, H = self.W, self.H
        col = pg.get('accent', '#1f3a5f')
        b = pg.get('border', 'none')
        if b == 'thin':
            self.rect(30, 30, W - 60, H - 60, col, None, 1.2)
        elif b == 'double':
            self.rect(24, 24, W - 48, H - 48, col, None, 4)
            self.rect(34, 34, W - 68, H - 68, col, None, 1)
        elif b == 'ornate':
            self.rect(20, 20, W - 40, H - 40, col, None, 6)
            self.rect(32, 32, W - 64, H - 64, pg.get('accent2', '#b8962e'), None, 2)
            self.rect(38, 38, W - 76, H - 76, col, None, 0.6)
            for (x, y) in ((32, 32), (W - 46, 32), (32, H - 46), (W - 46, H - 46)):
                self.rect(x, y, 14, 14, col, pg.get('accent2', '#b8962e'), 1)
        elif b == 'band':
            self.rect(0, 0, W, 46, None, col, 0)
            self.rect(0, H - 18, W, 18, None, col, 0)
            self.rect(24, 60, W - 48, H - 96, '#999999', None, 0.5)
        for s in pg.get('seal', []) if pno == 0 else []:
            self.seal(s)

    def seal(self, s):
        cx, cy = s['pos'][0] * self.W, s['pos'][1] * self.H
        r = s.get('r', 42)
        col = s.get('color', self.c['page'].get('accent2', '#b8962e'))
        self.circle(cx, cy, r, col, s.get('fill'), 2.5)
        self.circle(cx, cy, r - 6, col, None, 0.8)
        lines = s['lines']
        size = s.get('size', 8)
        font = s.get('font', 'Helvetica-Bold')
        tc = s.get('tcolor', col)
        n = len(lines)
        y0 = cy - (n - 1) * size * 0.6 + size * 0.35
        for k, ln in enumerate(lines):
            w = sw(ln, font, size)
            self.text(cx - w / 2, y0 + k * size * 1.2, ln, font, size, tc)

    def footer(self, txt, pno, npages):
        if not txt:
            return
        txt = txt.replace('{p}', str(pno)).replace('{n}', str(npages))
        font, size = 'Helvetica', 7.5
        lines = txt.split('\n')
        y = self.H - self.c['page'].get('fbottom', 44) - (len(lines) - 1) * 9
        for ln in lines:
            w = sw(ln, font, size)
            self.text((self.W - w) / 2, y, ln, font, size, '#666666')
            y += 9

    # -- blocks
    def run(self):
        self.new_page()
        for blk in self.c['blocks']:
            getattr(self, 'b_' + blk['t'])(blk)
        # vertical centring (single-page certificates only)
        if self.c['page'].get('vcenter') and len(self.pages) == 1:
            used = self.y - self.top
            avail = self.H - 2 * self.top
            dy = max(0, (avail - used) / 2)
            for o in self.ops:
                for k in ('y', 'y1', 'y2', 'cy'):
                    if k in o:
                        o[k] += dy
        n = len(self.pages)
        for i, ops in enumerate(self.pages):
            self.ops = ops
            body = list(ops)
            del ops[:]
            self.decorate(i)
            ops.extend(body)
            self.footer(self.c['page'].get('footer'), i + 1, n)
        return self.pages

    def b_pb(self, blk):
        self.new_page()

    def b_sp(self, blk):
        self.y += blk.get('h', 12)

    def b_rule(self, blk):
        w = blk.get('w', 1.0) * self.cw
        x = self.left + (self.cw - w) / 2
        self.line(x, self.y, x + w, self.y, blk.get('lw', 0.75), blk.get('color', self.c['page'].get('accent', '#444444')))
        self.y += blk.get('sa', 10)

    def b_p(self, blk):
        font = fontname(self.c, blk)
        size = blk.get('size', 12)
        cs = blk.get('ls', 0.0)
        text = blk['text']
        bw = blk.get('w', 1.0) * self.cw
        ind = blk.get('indent', 0)
        align = blk.get('align', 'C')
        if align == 'C':
            x0 = self.left + (self.cw - bw) / 2
        else:
            x0 = self.left + ind
            bw = min(bw, self.cw - ind)
        lines = wrap(text, font, size, bw, cs)
        lh = size * blk.get('lead', 1.22)
        color = blk.get('color', self.color)
        for k, ln in enumerate(lines):
            w = sw(ln, font, size, cs) - (cs if cs else 0)
            if align == 'C':
                x = x0 + (bw - w) / 2
            elif align == 'R':
                x = x0 + bw - w
            else:
                x = x0
            fld = None
            if blk.get('field'):
                fld = blk['field'] if len(lines) == 1 else '%s_%d' % (blk['field'], k + 1)
            self.text(x, self.y + size * 0.8, ln, font, size, color, cs, fld, bw)
            self.y += lh
        self.y += blk.get('sa', 6)

    def b_logo(self, blk):
        w, h = blk.get('w', 90), blk.get('h', 32)
        align = blk.get('align', 'C')
        x = self.left + (self.cw - w) / 2 if align == 'C' else (self.left if align == 'L' else self.left + self.cw - w)
        self.rect(x, self.y, w, h, None, blk.get('bg', self.c['page'].get('accent', '#1f3a5f')), 0)
        font = blk.get('font', 'Helvetica-Bold')
        size = blk.get('size', 15)
        tw = sw(blk['text'], font, size)
        self.text(x + (w - tw) / 2, self.y + h / 2 + size * 0.35, blk['text'], font, size, blk.get('fg', '#ffffff'))
        self.y += h + blk.get('sa', 10)

    def _block_x(self, blk, default_w=0.8):
        bw = blk.get('w', default_w) * self.cw
        if blk.get('align', 'C') == 'C':
            x0 = self.left + (self.cw - bw) / 2
        else:
            x0 = self.left + blk.get('indent', 0)
        return x0, bw

    def b_kv(self, blk):
        x0, bw = self._block_x(blk)
        size = blk.get('size', 11)
        lw = blk.get('lw', 0.32) * bw
        lf = fontname(self.c, blk, bold=blk.get('lb', 1), italic=0)
        vf = fontname(self.c, blk, bold=blk.get('vb', 0), italic=0)
        lh = size * 1.25
        color = blk.get('color', self.color)
        lcolor = blk.get('lcolor', color)
        for label, value in blk['rows']:
            ll = wrap(label, lf, size, lw - 8)
            vl = wrap(value, vf, size, bw - lw)
            for k, ln in enumerate(ll):
                self.text(x0, self.y + size * 0.8 + k * lh, ln, lf, size, lcolor)
            for k, ln in enumerate(vl):
                fld = None
                if blk.get('fields') and label in blk['fields']:
                    f = blk['fields'][label]
                    fld = f if len(vl) == 1 else '%s_%d' % (f, k + 1)
                self.text(x0 + lw, self.y + size * 0.8 + k * lh, ln, vf, size, color, 0, fld, bw - lw)
            n = max(len(ll), len(vl))
            if blk.get('uline'):
                self.line(x0 + lw, self.y + n * lh + 1, x0 + bw, self.y + n * lh + 1, 0.5, '#888888')
            self.y += n * lh + blk.get('gap', 5)
        self.y += blk.get('sa', 6)

    def b_cols(self, blk):
        x0, bw = self._block_x(blk, 0.9)
        size = blk.get('size', 11)
        lsize = blk.get('lsize', size - 2)
        lf = fontname(self.c, blk, bold=blk.get('lb', 1), italic=0)
        vf = fontname(self.c, blk, bold=blk.get('vb', 0), italic=0)
        lcolor = blk.get('lcolor', '#555555')
        color = blk.get('color', self.color)
        for row in blk['rows']:
            n = len(row)
            widths = row_widths(blk, row, n)
            gap = 14
            xs = []
            x = x0
            for wf in widths:
                xs.append((x, wf * bw - gap))
                x += wf * bw
            nlab = 1
            for (label, value), (x, w) in zip(row, xs):
                ll = wrap(label, lf, lsize, w)
                nlab = max(nlab, len(ll))
            for (label, value), (x, w) in zip(row, xs):
                for k, ln in enumerate(wrap(label, lf, lsize, w)):
                    self.text(x, self.y + lsize * 0.8 + k * lsize * 1.2, ln, lf, lsize, lcolor)
            yv = self.y + nlab * lsize * 1.2 + 3
            nval = 1
            for (label, value), (x, w) in zip(row, xs):
                vl = wrap(value, vf, size, w)
                nval = max(nval, len(vl))
                for k, ln in enumerate(vl):
                    fld = None
                    if blk.get('fields') and label in blk['fields']:
                        f = blk['fields'][label]
                        fld = f if len(vl) == 1 else '%s_%d' % (f, k + 1)
                    self.text(x, yv + size * 0.8 + k * size * 1.25, ln, vf, size, color, 0, fld, w)
            yend = yv + nval * size * 1.25
            if blk.get('uline'):
                for (x, w) in xs:
                    self.line(x, yend + 1, x + w, yend + 1, 0.5, '#888888')
            self.y = yend + blk.get('gap', 10)
        self.y += blk.get('sa', 4)

    def b_table(self, blk):
        x0, bw = self._block_x(blk, 0.85)
        size = blk.get('size', 10)
        widths = blk.get('widths') or [1.0 / len(blk['head'])] * len(blk['head'])
        hf = fontname(self.c, blk, bold=1, italic=0)
        cf = fontname(self.c, blk, bold=0, italic=0)
        pad = 4
        lh = size * 1.2
        col = blk.get('grid', '#777777')
        rows = [(blk['head'], hf, True)] + [(r, cf, False) for r in blk['rows']]
        for cells, f, head in rows:
            wrapped = [wrap(c, f, size, wf * bw - 2 * pad) for c, wf in zip(cells, widths)]
            h = max(len(w) for w in wrapped) * lh + 2 * pad
            if head:
                self.rect(x0, self.y, bw, h, None, blk.get('hfill', '#e4e9f0'), 0)
            x = x0
            for wl, wf in zip(wrapped, widths):
                self.rect(x, self.y, wf * bw, h, col, None, 0.5)
                for k, ln in enumerate(wl):
                    self.text(x + pad, self.y + pad + size * 0.8 + k * lh, ln, f, size, self.color)
                x += wf * bw
            self.y += h
        self.y += blk.get('sa', 10)

    def b_sigs(self, blk):
        items = blk['items']
        n = len(items)
        x0, bw = self._block_x(blk, 0.9)
        size = blk.get('size', 10)
        nf = fontname(self.c, blk, bold=1, italic=0)
        tf = fontname(self.c, blk, bold=0, italic=blk.get('ti', 0))
        slot = bw / n
        lw = min(200, slot - 24)
        ytop = self.y
        maxy = self.y
        for k, it in enumerate(items):
            name, title = it[0], it[1]
            cx = x0 + slot * k + slot / 2
            if blk.get('align_sig') == 'L' and n == 1:
                cx = x0 + lw / 2
            y = ytop
            if blk.get('script'):
                sf = 'Z003-MediumItalic'
                ss = 18
                w = sw(name, sf, ss)
                self.text(cx - w / 2, y + 18, name, sf, ss, '#1b2a55')
            y += 26
            self.line(cx - lw / 2, y, cx + lw / 2, y, 0.7, '#333333')
            y += 4
            w = sw(name, nf, size)
            self.text(cx - w / 2, y + size * 0.85, name, nf, size, self.color)
            y += size * 1.25
            for tl in title.split('\n'):
                w = sw(tl, tf, size - 1)
                self.text(cx - w / 2, y + (size - 1) * 0.85, tl, tf, size - 1, self.color)
                y += (size - 1) * 1.2
            maxy = max(maxy, y)
        self.y = maxy + blk.get('sa', 8)


# ---------------------------------------------------------------- text encodings
def cp1252(s):
    return s.encode('cp1252')


# PostScript: ISOLatin1 plus a few typographic glyphs in the 0x80-0x9F gap
PS_EXTRA = {'\u2122': 'trademark', '\u2013': 'endash', '\u2014': 'emdash', '\u2018': 'quoteleft',
            '\u2019': 'quoteright', '\u201c': 'quotedblleft', '\u201d': 'quotedblright',
            '\u2022': 'bullet', '\u2020': 'dagger'}
PS_EXTRA_CODE = {ch: 0x80 + k for k, ch in enumerate(PS_EXTRA)}


def ps_hex(s):
    out = []
    for ch in s:
        if ch in PS_EXTRA_CODE:
            out.append(PS_EXTRA_CODE[ch])
        else:
            o = ord(ch)
            if o > 255 or 0x80 <= o < 0xA0:
                raise ValueError('char %r not in PS encoding' % ch)
            out.append(o)
    return '<' + bytes(out).hex() + '>'


# ---------------------------------------------------------------- backends (display list)
def _c(h):
    return rgb(h) if h else None


def render_rl(cert, pages, out, acro=False):
    from reportlab.pdfgen import canvas
    W, H = PAGE[cert['page'].get('orient', 'P')]
    cv = canvas.Canvas(out, pagesize=(W, H), pageCompression=1)
    meta = cert.get('meta', {})
    cv.setTitle(meta.get('title', 'Certificate'))
    cv.setAuthor(meta.get('author', ''))
    cv.setCreator(meta.get('creator', 'ReportLab'))
    transparent = Color(1, 1, 1, alpha=0)
    fields = {}
    for ops in pages:
        for o in ops:
            if o['op'] == 'rect':
                if o['fill']:
                    cv.setFillColorRGB(*_c(o['fill']))
                if o['stroke']:
                    cv.setStrokeColorRGB(*_c(o['stroke']))
                    cv.setLineWidth(o['lw'])
                cv.rect(o['x'], H - o['y'] - o['h'], o['w'], o['h'], stroke=1 if o['stroke'] else 0, fill=1 if o['fill'] else 0)
            elif o['op'] == 'circle':
                if o['fill']:
                    cv.setFillColorRGB(*_c(o['fill']))
                cv.setStrokeColorRGB(*_c(o['stroke']))
                cv.setLineWidth(o['lw'])
                cv.circle(o['cx'], H - o['cy'], o['r'], stroke=1, fill=1 if o['fill'] else 0)
            elif o['op'] == 'line':
                cv.setStrokeColorRGB(*_c(o['color']))
                cv.setLineWidth(o['lw'])
                cv.line(o['x1'], H - o['y1'], o['x2'], H - o['y2'])
            elif o['op'] == 'text':
                if acro and o.get('field'):
                    fname = o['font'] if o['font'] in ('Helvetica', 'Helvetica-Bold', 'Times-Roman', 'Times-Bold',
                                                          'Times-Italic', 'Courier') else 'Helvetica'
                    h = o['size'] * 1.45
                    cv.acroForm.textfield(name=o['field'], value='', x=o['x'] - 2, y=H - o['y'] - o['size'] * 0.4,
                                          width=max(o['w'] or 0, sw(o['s'], fname, o['size']) + 12), height=h,
                                          fontName=fname, fontSize=o['size'], borderWidth=0,
                                          fillColor=transparent, borderColor=transparent,
                                          textColor=HexColor(o['color']), maxlen=400)
                    fields[o['field']] = o['s']
                    continue
                cv.setFillColorRGB(*_c(o['color']))
                t = cv.beginText(o['x'], H - o['y'])
                t.setFont(o['font'], o['size'])
                if o['cs']:
                    t.setCharSpace(o['cs'])
                t.textOut(o['s'])
                if o['cs']:
                    t.setCharSpace(0)
                cv.drawText(t)
        cv.showPage()
    cv.save()
    return fields


def qpdf_fill(src, dst, vals):
    """Fill AcroForm text fields of src with vals via qpdf JSON, then flatten."""
    d = json.loads(subprocess.run(['qpdf', '--json-output', src], capture_output=True).stdout)
    objs = d['qpdf'][1]
    upd, fonts = {}, {}
    for k, v in objs.items():
        val = v.get('value') if isinstance(v, dict) else None
        if isinstance(val, dict) and val.get('/Type') == '/Font' and isinstance(val.get('/Encoding'), str) \
                and val['/Encoding'].endswith(' R') and '/Name' in val:
            fonts[val['/Name']] = k[4:]
            val['/Encoding'] = '/WinAnsiEncoding'
            upd[k] = {'value': val}
    for k, v in objs.items():
        val = v.get('value') if isinstance(v, dict) else None
        if isinstance(val, dict) and val.get('/FT') == '/Tx':
            n = val['/T'][2:]
            if n in vals:
                val['/V'] = 'u:' + vals[n]
                val.pop('/AP', None)
                upd[k] = {'value': val}
        if isinstance(val, dict) and '/Fields' in val:
            val['/NeedAppearances'] = True
            val.setdefault('/DR', {})['/Font'] = fonts
            upd[k] = {'value': val}
    uj = src + '.upd.json'
    json.dump({'qpdf': [{'jsonversion': 2, 'pushedinheritedpageresources': False,
                         'calledgetallpages': False, 'maxobjectid': 0}, upd]}, open(uj, 'w'))
    filled = src + '.filled.pdf'
    subprocess.run(['qpdf', src, '--update-from-json=' + uj, filled], check=True)
    r = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', filled, dst])
    if r.returncode not in (0, 3):
        raise RuntimeError('qpdf failed')


def render_acroform(cert, pages, out):
    blank = os.path.join(WORK, cert['id'] + '.blank.pdf')
    fields = render_rl(cert, pages, blank, acro=True)
    qpdf_fill(blank, out, fields)


def render_ps(cert, pages, out):
    W, H = PAGE[cert['page'].get('orient', 'P')]
    fonts = set()
    for ops in pages:
        for o in ops:
            if o['op'] == 'text':
                fonts.add(o['font'])
    L = ['%!PS-Adobe-3.0', '%%Creator: hand-written PostScript (%s)' % cert['id'],
         '%%Title: ' + cert.get('meta', {}).get('title', 'Certificate'),
         '%%BoundingBox: 0 0 %d %d' % (W, H), '%%Pages: %d' % len(pages), '%%EndComments', '',
         '/CertEncoding ISOLatin1Encoding 256 array copy def',
         ] + ['CertEncoding %d /%s put' % (PS_EXTRA_CODE[ch], g) for ch, g in PS_EXTRA.items()] + [
        'CertEncoding 39 /quotesingle put CertEncoding 45 /hyphen put CertEncoding 96 /grave put',
        '/reenc { % newname basefont',
        '  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
        '  /Encoding CertEncoding def currentdict end definefont pop } bind def',
        '/T { % x y font size r g b string cs',
        '  /cs exch def /str exch def setrgbcolor selectfont moveto cs 0 str ashow } bind def',
        '/Rs { % x y w h lw r g b', '  setrgbcolor setlinewidth rectstroke } bind def',
        '/Rf { % x y w h r g b', '  setrgbcolor rectfill } bind def',
        '/Ln { % x1 y1 x2 y2 lw r g b', '  setrgbcolor setlinewidth newpath moveto lineto stroke } bind def',
        '/Ci { % cx cy r lw r g b', '  setrgbcolor setlinewidth newpath 0 360 arc closepath stroke } bind def',
        '/Cf { % cx cy r r g b', '  setrgbcolor newpath 0 360 arc closepath fill } bind def',
    ]
    fmap = {}
    for k, f in enumerate(sorted(fonts)):
        psn = PSNAMES.get(f, f)
        fmap[f] = '/F%d' % k
        L.append('/F%d /%s reenc' % (k, psn))
    L.append('%%EndProlog')
    L.append('<< /PageSize [%d %d] >> setpagedevice' % (W, H))
    for pno, ops in enumerate(pages):
        L.append('%%%%Page: %d %d' % (pno + 1, pno + 1))
        for o in ops:
            if o['op'] == 'rect':
                if o['fill']:
                    L.append('%.2f %.2f %.2f %.2f %.3f %.3f %.3f Rf' % ((o['x'], H - o['y'] - o['h'], o['w'], o['h']) + _c(o['fill'])))
                if o['stroke']:
                    L.append('%.2f %.2f %.2f %.2f %.2f %.3f %.3f %.3f Rs' % ((o['x'], H - o['y'] - o['h'], o['w'], o['h'], o['lw']) + _c(o['stroke'])))
            elif o['op'] == 'circle':
                if o['fill']:
                    L.append('%.2f %.2f %.2f %.3f %.3f %.3f Cf' % ((o['cx'], H - o['cy'], o['r']) + _c(o['fill'])))
                L.append('%.2f %.2f %.2f %.2f %.3f %.3f %.3f Ci' % ((o['cx'], H - o['cy'], o['r'], o['lw']) + _c(o['stroke'])))
            elif o['op'] == 'line':
                L.append('%.2f %.2f %.2f %.2f %.2f %.3f %.3f %.3f Ln' % ((o['x1'], H - o['y1'], o['x2'], H - o['y2'], o['lw']) + _c(o['color'])))
            elif o['op'] == 'text':
                L.append('%.2f %.2f %s %.2f %.3f %.3f %.3f %s %.2f T' % ((o['x'], H - o['y'], fmap[o['font']], o['size']) + _c(o['color']) + (ps_hex(o['s']), o['cs'])))
        L.append('showpage')
    L.append('%%EOF')
    ps = os.path.join(WORK, cert['id'] + '.ps')
    open(ps, 'w', encoding='latin-1').write('\n'.join(L) + '\n')
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-dCompatibilityLevel=1.5', '-o', out, ps], check=True)


def _php_str(s, enc):
    return "base64_decode('%s')" % base64.b64encode(s.encode(enc)).decode()


FPDF_FONT = {'Times-Roman': ('Times', ''), 'Times-Bold': ('Times', 'B'), 'Times-Italic': ('Times', 'I'),
             'Times-BoldItalic': ('Times', 'BI'), 'Helvetica': ('Helvetica', ''), 'Helvetica-Bold': ('Helvetica', 'B'),
             'Helvetica-Oblique': ('Helvetica', 'I'), 'Helvetica-BoldOblique': ('Helvetica', 'BI'),
             'Courier': ('Courier', ''), 'Courier-Bold': ('Courier', 'B'), 'Courier-Oblique': ('Courier', 'I')}
TCPDF_FONT = {'DejaVuSans': ('dejavusans', ''), 'DejaVuSans-Bold': ('dejavusans', 'B'),
              'DejaVuSans-Oblique': ('dejavusans', 'I'), 'DejaVuSans-BoldOblique': ('dejavusans', 'BI'),
              'DejaVuSerif': ('dejavuserif', ''), 'DejaVuSerif-Bold': ('dejavuserif', 'B'),
              'DejaVuSerif-Italic': ('dejavuserif', 'I'), 'DejaVuSerif-BoldItalic': ('dejavuserif', 'BI'),
              'Helvetica': ('helvetica', ''), 'Helvetica-Bold': ('helvetica', 'B'), 'Times-Roman': ('times', ''),
              'Times-Bold': ('times', 'B'), 'Times-Italic': ('times', 'I')}


def render_fpdf(cert, pages, out):
    W, H = PAGE[cert['page'].get('orient', 'P')]
    meta = cert.get('meta', {})
    L = ['<?php', "require('/usr/share/php/fpdf/fpdf.php');",
         'class CertPDF extends FPDF {',
         '  function Circle($x,$y,$r,$style="D"){ $k=$this->k; $hp=$this->h; $op=($style=="F")?"f":(($style=="FD"||$style=="DF")?"B":"S");',
         '    $MyArc=4/3*(sqrt(2)-1); $this->_out(sprintf("%.2F %.2F m",($x+$r)*$k,($hp-$y)*$k));',
         '    $this->_arc($x+$r,$y-$r*$MyArc,$x+$r*$MyArc,$y-$r,$x,$y-$r); $this->_arc($x-$r*$MyArc,$y-$r,$x-$r,$y-$r*$MyArc,$x-$r,$y);',
         '    $this->_arc($x-$r,$y+$r*$MyArc,$x-$r*$MyArc,$y+$r,$x,$y+$r); $this->_arc($x+$r*$MyArc,$y+$r,$x+$r,$y+$r*$MyArc,$x+$r,$y);',
         '    $this->_out($op); }',
         '  function _arc($x1,$y1,$x2,$y2,$x3,$y3){ $h=$this->h; $this->_out(sprintf("%.2F %.2F %.2F %.2F %.2F %.2F c",$x1*$this->k,($h-$y1)*$this->k,$x2*$this->k,($h-$y2)*$this->k,$x3*$this->k,($h-$y3)*$this->k)); }',
         '  function CharSpace($cs){ $this->_out(sprintf("%.2F Tc",$cs)); }',
         '}',
         "$pdf = new CertPDF('%s','pt',array(%d,%d));" % (cert['page'].get('orient', 'P'), min(W, H), max(W, H)),
         '$pdf->SetAutoPageBreak(false); $pdf->SetMargins(0,0,0);',
         '$pdf->SetTitle(%s); $pdf->SetAuthor(%s); $pdf->SetCreator(%s);' % (
             _php_str(meta.get('title', 'Certificate'), 'cp1252'), _php_str(meta.get('author', ''), 'cp1252'),
             _php_str(meta.get('creator', 'FPDF'), 'cp1252'))]
    for ops in pages:
        L.append('$pdf->AddPage();')
        for o in ops:
            if o['op'] == 'rect':
                st = ''
                if o['fill']:
                    L.append('$pdf->SetFillColor(%d,%d,%d);' % tuple(int(v * 255) for v in _c(o['fill'])))
                    st += 'F'
                if o['stroke']:
                    L.append('$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f);' % (tuple(int(v * 255) for v in _c(o['stroke'])) + (o['lw'],)))
                    st += 'D'
                L.append("$pdf->Rect(%.2f,%.2f,%.2f,%.2f,'%s');" % (o['x'], o['y'], o['w'], o['h'], st))
            elif o['op'] == 'circle':
                if o['fill']:
                    L.append('$pdf->SetFillColor(%d,%d,%d);' % tuple(int(v * 255) for v in _c(o['fill'])))
                L.append('$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f);' % (tuple(int(v * 255) for v in _c(o['stroke'])) + (o['lw'],)))
                L.append("$pdf->Circle(%.2f,%.2f,%.2f,'%s');" % (o['cx'], o['cy'], o['r'], 'FD' if o['fill'] else 'D'))
            elif o['op'] == 'line':
                L.append('$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f);' % (tuple(int(v * 255) for v in _c(o['color'])) + (o['lw'],)))
                L.append('$pdf->Line(%.2f,%.2f,%.2f,%.2f);' % (o['x1'], o['y1'], o['x2'], o['y2']))
            elif o['op'] == 'text':
                fam, st = FPDF_FONT[o['font']]
                L.append("$pdf->SetFont('%s','%s',%.2f); $pdf->SetTextColor(%d,%d,%d);" % ((fam, st, o['size']) + tuple(int(v * 255) for v in _c(o['color']))))
                if o['cs']:
                    L.append('$pdf->CharSpace(%.2f);' % o['cs'])
                L.append('$pdf->Text(%.2f,%.2f,%s);' % (o['x'], o['y'], _php_str(o['s'], 'cp1252')))
                if o['cs']:
                    L.append('$pdf->CharSpace(0);')
    L.append("$pdf->Output('F', %s);" % repr(os.path.abspath(out)))
    php = os.path.join(WORK, cert['id'] + '.php')
    open(php, 'w').write('\n'.join(L) + '\n')
    subprocess.run(['php', php], check=True)


def render_tcpdf(cert, pages, out):
    W, H = PAGE[cert['page'].get('orient', 'P')]
    meta = cert.get('meta', {})
    L = ['<?php', "require_once('/usr/share/php/tcpdf/tcpdf.php');",
         "$pdf = new TCPDF('%s','pt',array(%d,%d),true,'UTF-8',false);" % (cert['page'].get('orient', 'P'), min(W, H), max(W, H)),
         '$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(0,0,0); $pdf->SetAutoPageBreak(false,0);',
         '$pdf->setCellPaddings(0,0,0,0); $pdf->setCellMargins(0,0,0,0);',
         '$pdf->SetTitle(%s); $pdf->SetAuthor(%s); $pdf->SetCreator(%s);' % (
             _php_str(meta.get('title', 'Certificate'), 'utf-8'), _php_str(meta.get('author', ''), 'utf-8'),
             _php_str(meta.get('creator', 'TCPDF'), 'utf-8'))]
    for ops in pages:
        L.append('$pdf->AddPage();')
        for o in ops:
            if o['op'] == 'rect':
                st = ('F' if o['fill'] else '') + ('D' if o['stroke'] else '')
                ls = "array('all'=>array('width'=>%.2f,'color'=>array(%d,%d,%d)))" % ((o['lw'],) + tuple(int(v * 255) for v in _c(o['stroke']))) if o['stroke'] else 'array()'
                fc = 'array(%d,%d,%d)' % tuple(int(v * 255) for v in _c(o['fill'])) if o['fill'] else 'array()'
                L.append("$pdf->Rect(%.2f,%.2f,%.2f,%.2f,'%s',%s,%s);" % (o['x'], o['y'], o['w'], o['h'], st, ls, fc))
            elif o['op'] == 'circle':
                ls = "array('width'=>%.2f,'color'=>array(%d,%d,%d))" % ((o['lw'],) + tuple(int(v * 255) for v in _c(o['stroke'])))
                fc = 'array(%d,%d,%d)' % tuple(int(v * 255) for v in _c(o['fill'])) if o['fill'] else 'array()'
                L.append("$pdf->Circle(%.2f,%.2f,%.2f,0,360,'%s',%s,%s);" % (o['cx'], o['cy'], o['r'], 'DF' if o['fill'] else 'D', ls, fc))
            elif o['op'] == 'line':
                ls = "array('width'=>%.2f,'color'=>array(%d,%d,%d))" % ((o['lw'],) + tuple(int(v * 255) for v in _c(o['color'])))
                L.append('$pdf->Line(%.2f,%.2f,%.2f,%.2f,%s);' % (o['x1'], o['y1'], o['x2'], o['y2'], ls))
            elif o['op'] == 'text':
                fam, st = TCPDF_FONT[o['font']]
                L.append("$pdf->SetFont('%s','%s',%.2f); $pdf->SetTextColor(%d,%d,%d); $pdf->setFontSpacing(%.2f);" % ((fam, st, o['size']) + tuple(int(v * 255) for v in _c(o['color'])) + (o['cs'],)))
                L.append("$pdf->SetXY(%.2f,%.2f); $pdf->Cell(0,0,%s,0,0,'L',false,'',0,false,'L','M');" % (o['x'], o['y'], _php_str(o['s'], 'utf-8')))
    L.append("$pdf->Output(%s,'F');" % repr(os.path.abspath(out)))
    php = os.path.join(WORK, cert['id'] + '.php')
    open(php, 'w').write('\n'.join(L) + '\n')
    subprocess.run(['php', php], check=True)


# ---------------------------------------------------------------- HTML (Chromium)
def _css_font(fam):
    return {'times': "'Liberation Serif', 'Times New Roman', serif", 'helv': "'Liberation Sans', Arial, sans-serif",
            'pal': "'P052', 'Palatino Linotype', serif", 'schl': "'C059', 'Century Schoolbook', serif",
            'zapf': "'Z003', cursive", 'gothic': "'URW Gothic', sans-serif", 'dvsans': "'DejaVu Sans', sans-serif",
            'dvserif': "'DejaVu Serif', serif", 'libsans': "'Liberation Sans', sans-serif",
            'libserif': "'Liberation Serif', serif", 'courier': "'Liberation Mono', monospace"}[fam]


def _html_text(s):
    # keep deliberate runs of spaces (HTML would collapse them)
    return xesc(s).replace('  ', '&#160; ').replace('\n', '<br>')


def render_html(cert, out):
    pg = cert['page']
    orient = pg.get('orient', 'P')
    W, H = ('11in', '8.5in') if orient == 'L' else ('8.5in', '11in')
    fam = pg.get('fam', 'times')
    acc = pg.get('accent', '#1f3a5f')
    acc2 = pg.get('accent2', '#b8962e')
    border = pg.get('border', 'none')
    bcss = {
        'none': '', 'thin': 'border:1.5pt solid %s; margin:30pt;' % acc,
        'double': 'border:7pt double %s; margin:24pt;' % acc,
        'ornate': 'border:6pt solid %s; outline:2pt solid %s; outline-offset:-14pt; margin:20pt;' % (acc, acc2),
        'band': 'border-top:40pt solid %s; border-bottom:16pt solid %s; margin:0;' % (acc, acc),
    }[border]
    pad = pg.get('margin', 72 if border != 'none' else 60)
    inner_pad = max(pad - (30 if border in ('thin', 'double', 'ornate') else 0), 24)
    css = """
@page { size: %s %s; margin: 0; }
html, body { margin:0; padding:0; }
body { font-family: %s; color: %s; }
.page { width:%s; height:%s; box-sizing:border-box; position:relative; overflow:hidden; page-break-after:always; }
.page:last-child { page-break-after:auto; }
.frame { position:absolute; top:0; left:0; right:0; bottom:0; %s box-sizing:border-box; padding:%dpt %dpt; display:flex; flex-direction:column; justify-content:%s; }
.p { margin:0 auto; }
table { border-collapse: collapse; }
.kv td { vertical-align:top; padding:2pt 0; }
.cols { width:100%%; table-layout:fixed; }
.cols td { vertical-align:top; padding:0 14pt 0 0; }
.grid td, .grid th { border:0.6pt solid #777; padding:4pt; vertical-align:top; text-align:left; }
.grid th { background:#e4e9f0; }
.sigs { display:flex; justify-content:space-around; }
.sig { text-align:center; min-width:160pt; }
.sig .ln { border-top:0.8pt solid #333; margin-top:26pt; padding-top:3pt; font-weight:bold; }
.seal { position:absolute; border-radius:50%%; display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 8pt 'Liberation Sans', sans-serif; text-align:center; }
.footer { position:absolute; left:0; right:0; text-align:center; font: 7.5pt 'Liberation Sans', sans-serif; color:#666; }
""" % (W, H, _css_font(fam), pg.get('color', '#111'), W, H, bcss, inner_pad, inner_pad,
       'center' if pg.get('vcenter') else 'flex-start')
    pages = [[]]
    for b in cert['blocks']:
        if b['t'] == 'pb':
            pages.append([])
        else:
            pages[-1].append(b)
    body = []
    for pno, blocks in enumerate(pages):
        h = ['<div class="page"><div class="frame">']
        for b in blocks:
            h.append(_html_block(cert, b))
        h.append('</div>')
        if pno == 0:
            for s in pg.get('seal', []):
                r = s.get('r', 42)
                col = s.get('color', acc2)
                h.append('<div class="seal" style="left:calc(%s * %.4f - %dpt); top:calc(%s * %.4f - %dpt); width:%dpt; height:%dpt; border:2.5pt solid %s; box-shadow: inset 0 0 0 4pt #fff, inset 0 0 0 5pt %s; color:%s; background:%s; font-size:%spt">%s</div>'
                         % (W, s['pos'][0], r, H, s['pos'][1], r, 2 * r, 2 * r, col, col, s.get('tcolor', col),
                            s.get('fill', 'transparent'), s.get('size', 8), '<br>'.join(xesc(x) for x in s['lines'])))
        if pg.get('footer'):
            ft = pg['footer'].replace('{p}', str(pno + 1)).replace('{n}', str(len(pages)))
            h.append('<div class="footer" style="bottom:%dpt">%s</div>' % (pg.get('fbottom', 44) - 8, _html_text(ft)))
        h.append('</div>')
        body.append(''.join(h))
    meta = cert.get('meta', {})
    html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><meta name="author" content="%s"><style>%s</style></head><body>%s</body></html>' % (
        xesc(meta.get('title', 'Certificate')), xesc(meta.get('author', '')), css, '\n'.join(body))
    src = os.path.join(WORK, cert['id'] + '.html')
    open(src, 'w', encoding='utf-8').write(html)
    prof = os.path.join(PROF, 'chromium')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + prof,
                    '--no-pdf-header-footer', '--print-to-pdf=' + os.path.abspath(out), 'file://' + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _style_font(cert, b, bold=None, italic=None):
    fam = b.get('fam') or cert['page'].get('fam', 'times')
    bb = b.get('b', 0) if bold is None else bold
    ii = b.get('i', 0) if italic is None else italic
    return 'font-family:%s; font-weight:%s; font-style:%s;' % (_css_font(fam), 'bold' if bb else 'normal', 'italic' if ii else 'normal')


def _html_block(cert, b):
    t = b['t']
    color = b.get('color', cert['page'].get('color', '#111'))
    if t == 'p':
        al = {'C': 'center', 'L': 'left', 'R': 'right'}[b.get('align', 'C')]
        w = b.get('w', 1.0)
        ml = 'margin-left:%dpt;' % b['indent'] if b.get('indent') else ''
        return '<div class="p" style="%s font-size:%spt; line-height:1.22; text-align:%s; letter-spacing:%spt; color:%s; width:%d%%; margin-bottom:%spt; %s %s">%s</div>' % (
            _style_font(cert, b), b.get('size', 12), al, b.get('ls', 0), color, int(w * 100), b.get('sa', 6), ml,
            'margin-left:0;' if al == 'left' and not b.get('indent') else '', _html_text(b['text']))
    if t == 'sp':
        return '<div style="height:%spt"></div>' % b.get('h', 12)
    if t == 'rule':
        return '<div style="margin:0 auto %spt auto; width:%d%%; border-top:%spt solid %s"></div>' % (
            b.get('sa', 10), int(b.get('w', 1) * 100), b.get('lw', 0.75), b.get('color', cert['page'].get('accent', '#444')))
    al_margin = 'margin-left:auto; margin-right:auto;' if b.get('align', 'C') == 'C' else 'margin-left:%dpt;' % b.get('indent', 0)
    if t == 'logo':
        al = {'C': 'center', 'L': 'left', 'R': 'right'}[b.get('align', 'C')]
        return '<div style="text-align:%s; margin-bottom:%spt"><span style="display:inline-block; width:%dpt; height:%dpt; line-height:%dpt; background:%s; color:%s; font: bold %spt \'Liberation Sans\', sans-serif; text-align:center">%s</span></div>' % (
            al, b.get('sa', 10), b.get('w', 90), b.get('h', 32), b.get('h', 32), b.get('bg', cert['page'].get('accent', '#1f3a5f')),
            b.get('fg', '#fff'), b.get('size', 15), xesc(b['text']))
    if t == 'kv':
        w = b.get('w', 0.8)
        rows = ''.join('<tr><td style="width:%d%%; %s color:%s">%s</td><td style="%s">%s</td></tr>' % (
            int(b.get('lw', 0.32) * 100), _style_font(cert, b, bold=b.get('lb', 1), italic=0), b.get('lcolor', color), _html_text(l),
            _style_font(cert, b, bold=b.get('vb', 0), italic=0) + ('border-bottom:0.5pt solid #888;' if b.get('uline') else ''), _html_text(v))
            for l, v in b['rows'])
        return '<table class="kv" style="width:%d%%; %s font-size:%spt; margin-bottom:%spt">%s</table>' % (
            int(w * 100), al_margin, b.get('size', 11), b.get('sa', 6) + 4, rows)
    if t == 'cols':
        w = b.get('w', 0.9)
        out = []
        size = b.get('size', 11)
        for row in b['rows']:
            n = len(row)
            widths = row_widths(b, row, n)
            cg = ''.join('<col style="width:%d%%">' % int(x * 100) for x in widths)
            labs = ''.join('<td style="%s font-size:%spt; color:%s">%s</td>' % (
                _style_font(cert, b, bold=b.get('lb', 1), italic=0), b.get('lsize', size - 2), b.get('lcolor', '#555'), _html_text(l)) for l, v in row)
            vals = ''.join('<td style="%s font-size:%spt; padding-top:3pt; %s">%s</td>' % (
                _style_font(cert, b, bold=b.get('vb', 0), italic=0), size,
                'border-bottom:0.5pt solid #888;' if b.get('uline') else '', _html_text(v)) for l, v in row)
            out.append('<table class="cols" style="width:%d%%; %s margin-bottom:%spt">%s<tr>%s</tr><tr>%s</tr></table>' % (
                int(w * 100), al_margin, b.get('gap', 10), cg, labs, vals))
        return ''.join(out) + '<div style="height:%spt"></div>' % b.get('sa', 4)
    if t == 'table':
        w = b.get('w', 0.85)
        widths = b.get('widths') or [1.0 / len(b['head'])] * len(b['head'])
        cg = ''.join('<col style="width:%d%%">' % int(x * 100) for x in widths)
        head = ''.join('<th>%s</th>' % _html_text(h) for h in b['head'])
        rows = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % _html_text(c) for c in r) for r in b['rows'])
        return '<table class="grid" style="width:%d%%; %s font-size:%spt; margin-bottom:%spt; %s">%s<tr>%s</tr>%s</table>' % (
            int(w * 100), al_margin, b.get('size', 10), b.get('sa', 10), _style_font(cert, b, bold=0, italic=0), cg, head, rows)
    if t == 'sigs':
        size = b.get('size', 10)
        items = []
        for it in b['items']:
            scr = '<div style="font-family:\'Z003\', cursive; font-size:18pt; color:#1b2a55; height:0; position:relative; top:4pt">%s</div>' % xesc(it[0]) if b.get('script') else ''
            items.append('<div class="sig">%s<div class="ln" style="font-size:%spt">%s</div><div style="font-size:%spt">%s</div></div>' % (
                scr, size, xesc(it[0]), size - 1, _html_text(it[1])))
        return '<div class="sigs" style="width:%d%%; margin:0 auto %spt auto">%s</div>' % (int(b.get('w', 0.9) * 100), b.get('sa', 8), ''.join(items))
    raise ValueError(t)


# ---------------------------------------------------------------- LibreOffice helpers
def soffice_convert(src, outdir):
    prof = os.path.join(PROF, 'libreoffice')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--norestore',
                    '--convert-to', 'pdf', '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- FODT
def render_fodt(cert, out):
    pg = cert['page']
    orient = pg.get('orient', 'P')
    W, H = ('11in', '8.5in') if orient == 'L' else ('8.5in', '11in')
    acc = pg.get('accent', '#1f3a5f')
    border = pg.get('border', 'none')
    fam = pg.get('fam', 'times')
    bprops = {'none': '', 'thin': 'fo:border="1.2pt solid %s" fo:padding="0.35in"' % acc,
              'double': 'fo:border="4.5pt double %s" style:border-line-width="0.8pt 1.2pt 2.4pt" fo:padding="0.35in"' % acc,
              'ornate': 'fo:border="6pt double %s" style:border-line-width="1pt 1.5pt 3.5pt" fo:padding="0.3in"' % acc,
              'band': 'fo:border-top="18pt solid %s" fo:border-bottom="8pt solid %s" fo:padding="0.3in"' % (acc, acc)}[border]
    margin = {'none': '0.85in', 'thin': '0.45in', 'double': '0.4in', 'ornate': '0.35in', 'band': '0.5in'}[border]
    auto = []
    body = []
    n = [0]

    def pstyle(props_par, props_txt, brk=False):
        n[0] += 1
        name = 'P%d' % n[0]
        auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties %s%s/><style:text-properties %s/></style:style>'
                    % (name, props_par, ' fo:break-before="page"' if brk else '', props_txt))
        return name

    def tprops(b, size, bold, italic, color=None, ls=0, famk=None):
        f = OFFICE_FONTS[famk or b.get('fam') or fam]
        s = 'style:font-name="%s" fo:font-size="%spt" fo:font-weight="%s" fo:font-style="%s" fo:color="%s"' % (
            f, size, 'bold' if bold else 'normal', 'italic' if italic else 'normal', color or pg.get('color', '#111111'))
        if ls:
            s += ' fo:letter-spacing="%spt"' % ls
        return s

    def para(text, style):
        parts = [xesc(x) for x in text.split('\n')]
        return '<text:p text:style-name="%s">%s</text:p>' % (style, '<text:line-break/>'.join(parts))

    fonts_used = set(OFFICE_FONTS.values())
    brk = [False]
    tcount = [0]

    def table(colw, rows_xml, tw_frac, align='center', cell_style=None):
        tcount[0] += 1
        tn = 'Tab%d' % tcount[0]
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" table:align="%s"%s/></style:style>'
                    % (tn, tw_frac, align, ' fo:break-before="page"' if brk[0] else ''))
        brk[0] = False
        cols = []
        for k, cwid in enumerate(colw):
            cn = '%s.C%d' % (tn, k)
            auto.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fin"/></style:style>' % (cn, cwid))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (tn, tn, ''.join(cols), rows_xml)

    cstyles = {}

    def cell_style(border_css, pad='0.03in', bg=None, valign='top'):
        key = (border_css, pad, bg, valign)
        if key not in cstyles:
            cn = 'CS%d' % (len(cstyles) + 1)
            auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s fo:padding="%s" style:vertical-align="%s"%s/></style:style>'
                        % (cn, border_css, pad, valign, ' fo:background-color="%s"' % bg if bg else ''))
            cstyles[key] = cn
        return cstyles[key]

    content_w = (11 if orient == 'L' else 8.5) - 2 * float(margin[:-2]) - (0.75 if border != 'none' else 0)
    for b in cert['blocks']:
        t = b['t']
        if t == 'pb':
            brk[0] = True
            continue
        if t == 'p':
            al = {'C': 'center', 'L': 'start', 'R': 'end'}[b.get('align', 'C')]
            w = b.get('w', 1.0)
            side = (1 - w) / 2 * content_w if al == 'center' else 0
            ml = b.get('indent', 0) / 72.0 if al != 'center' else side
            mr = side if al == 'center' else max(0, (1 - w) * content_w - ml)
            st = pstyle('fo:text-align="%s" fo:margin-left="%.2fin" fo:margin-right="%.2fin" fo:margin-top="0in" fo:margin-bottom="%spt" fo:line-height="118%%"' % (al, ml, mr, b.get('sa', 6)),
                        tprops(b, b.get('size', 12), b.get('b', 0), b.get('i', 0), b.get('color'), b.get('ls', 0)), brk[0])
            brk[0] = False
            body.append(para(b['text'], st))
        elif t == 'sp':
            st = pstyle('fo:margin-top="0in" fo:margin-bottom="0in" fo:line-height="%spt"' % b.get('h', 12), 'fo:font-size="2pt"', brk[0])
            brk[0] = False
            body.append('<text:p text:style-name="%s"/>' % st)
        elif t == 'rule':
            w = b.get('w', 1.0)
            side = (1 - w) / 2 * content_w
            st = pstyle('fo:margin-left="%.2fin" fo:margin-right="%.2fin" fo:margin-bottom="%spt" fo:border-bottom="%spt solid %s" fo:padding="0in"' % (side, side, b.get('sa', 10), b.get('lw', 0.75), b.get('color', acc)), 'fo:font-size="2pt"', brk[0])
            brk[0] = False
            body.append('<text:p text:style-name="%s"/>' % st)
        elif t == 'logo':
            al = {'C': 'center', 'L': 'start', 'R': 'end'}[b.get('align', 'C')]
            lw = b.get('w', 90) / 72.0
            side = (content_w - lw) / 2 if al == 'center' else (0 if al == 'start' else content_w - lw)
            st = pstyle('fo:text-align="center" fo:margin-left="%.2fin" fo:margin-right="%.2fin" fo:margin-bottom="%spt" fo:background-color="%s" fo:padding="%spt"' % (
                side, content_w - lw - side, b.get('sa', 10), b.get('bg', acc), max(2, (b.get('h', 32) - b.get('size', 15) * 1.2) / 2)),
                tprops(b, b.get('size', 15), 1, 0, b.get('fg', '#ffffff'), 0, 'helv'), brk[0])
            brk[0] = False
            body.append(para(b['text'], st))
        elif t == 'kv':
            w = b.get('w', 0.8) * content_w
            lw = b.get('lw', 0.32) * w
            size = b.get('size', 11)
            lst = pstyle('fo:margin="0in" fo:line-height="120%"', tprops(b, size, b.get('lb', 1), 0, b.get('lcolor')))
            vst = pstyle('fo:margin="0in" fo:line-height="120%"', tprops(b, size, b.get('vb', 0), 0, b.get('color')))
            c1 = cell_style('fo:border="none"')
            c2 = cell_style('fo:border-bottom="0.5pt solid #888888"' if b.get('uline') else 'fo:border="none"')
            rows = ''.join('<table:table-row><table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell><table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell></table:table-row>'
                           % (c1, para(l, lst), c2, para(v, vst)) for l, v in b['rows'])
            body.append(table([lw, w - lw], rows, w, 'center' if b.get('align', 'C') == 'C' else 'left'))
            body.append('<text:p text:style-name="%s"/>' % pstyle('fo:margin="0in" fo:line-height="%spt"' % (b.get('sa', 6) + 2), 'fo:font-size="2pt"'))
        elif t == 'cols':
            w = b.get('w', 0.9) * content_w
            size = b.get('size', 11)
            lst = pstyle('fo:margin="0in"', tprops(b, b.get('lsize', size - 2), b.get('lb', 1), 0, b.get('lcolor', '#555555')))
            vst = pstyle('fo:margin="0in" fo:margin-top="2pt" fo:line-height="120%"', tprops(b, size, b.get('vb', 0), 0, b.get('color')))
            c1 = cell_style('fo:border="none"', '0.02in')
            c2 = cell_style('fo:border-bottom="0.5pt solid #888888"' if b.get('uline') else 'fo:border="none"', '0.02in')
            for row in b['rows']:
                nn = len(row)
                widths = row_widths(b, row, nn)
                r1 = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (c1, para(l, lst)) for l, v in row)
                r2 = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (c2, para(v, vst)) for l, v in row)
                body.append(table([x * w for x in widths], '<table:table-row>%s</table:table-row><table:table-row>%s</table:table-row>' % (r1, r2), w,
                                  'center' if b.get('align', 'C') == 'C' else 'left'))
                body.append('<text:p text:style-name="%s"/>' % pstyle('fo:margin="0in" fo:line-height="%spt"' % b.get('gap', 10), 'fo:font-size="2pt"'))
        elif t == 'table':
            w = b.get('w', 0.85) * content_w
            size = b.get('size', 10)
            widths = b.get('widths') or [1.0 / len(b['head'])] * len(b['head'])
            hst = pstyle('fo:margin="0in"', tprops(b, size, 1, 0))
            cst = pstyle('fo:margin="0in"', tprops(b, size, 0, 0))
            ch = cell_style('fo:border="0.5pt solid #777777"', '0.05in', '#e4e9f0')
            cc = cell_style('fo:border="0.5pt solid #777777"', '0.05in')
            rows = '<table:table-row>%s</table:table-row>' % ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (ch, para(h, hst)) for h in b['head'])
            rows += ''.join('<table:table-row>%s</table:table-row>' % ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cc, para(c, cst)) for c in r) for r in b['rows'])
            body.append(table([x * w for x in widths], rows, w, 'center' if b.get('align', 'C') == 'C' else 'left'))
            body.append('<text:p text:style-name="%s"/>' % pstyle('fo:margin="0in" fo:line-height="%spt"' % b.get('sa', 10), 'fo:font-size="2pt"'))
        elif t == 'sigs':
            w = b.get('w', 0.9) * content_w
            size = b.get('size', 10)
            items = b['items']
            nn = len(items)
            nst = pstyle('fo:text-align="center" fo:margin="0in" fo:margin-top="3pt"', tprops(b, size, 1, 0))
            tst = pstyle('fo:text-align="center" fo:margin="0in"', tprops(b, size - 1, 0, b.get('ti', 0)))
            sst = pstyle('fo:text-align="center" fo:margin="0in"', tprops(b, 18, 0, 0, '#1b2a55', 0, 'zapf'))
            gap = cell_style('fo:border="none"', '0.02in', None, 'bottom')
            sc = cell_style('fo:border-top="0.8pt solid #333333"', '0.02in')
            top = []
            bot = []
            for k, it in enumerate(items):
                if k:
                    top.append('<table:table-cell table:style-name="%s"><text:p/></table:table-cell>' % gap)
                    bot.append('<table:table-cell table:style-name="%s"><text:p/></table:table-cell>' % gap)
                top.append('<table:table-cell table:style-name="%s">%s</table:table-cell>' % (gap, para(it[0], sst) if b.get('script') else '<text:p text:style-name="%s"/>' % pstyle('fo:margin="0in" fo:line-height="24pt"', 'fo:font-size="2pt"')))
                bot.append('<table:table-cell table:style-name="%s">%s%s</table:table-cell>' % (sc, para(it[0], nst), para(it[1], tst)))
            slot = w / (nn + (nn - 1) * 0.25)
            colw = []
            for k in range(nn):
                if k:
                    colw.append(slot * 0.25)
                colw.append(slot)
            body.append(table(colw, '<table:table-row>%s</table:table-row><table:table-row>%s</table:table-row>' % (''.join(top), ''.join(bot)), w,
                              'center' if b.get('align', 'C') == 'C' else 'left'))
            body.append('<text:p text:style-name="%s"/>' % pstyle('fo:margin="0in" fo:line-height="%spt"' % b.get('sa', 8), 'fo:font-size="2pt"'))
    # seal(s): ellipse anchored to the page
    shapes = ''
    for k, s in enumerate(pg.get('seal', [])):
        r = s.get('r', 42) / 72.0
        pw, ph = (11, 8.5) if orient == 'L' else (8.5, 11)
        col = s.get('color', pg.get('accent2', '#b8962e'))
        auto.append('<style:style style:name="gr%d" style:family="graphic"><style:graphic-properties svg:stroke-color="%s" svg:stroke-width="0.035in" draw:fill="%s" draw:fill-color="%s" draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle" style:wrap="run-through" style:run-through="foreground"/></style:style>'
                    % (k, col, 'solid' if s.get('fill') else 'none', s.get('fill', '#ffffff')))
        sp = pstyle('fo:text-align="center" fo:margin="0in"', 'style:font-name="Liberation Sans" fo:font-size="%spt" fo:font-weight="bold" fo:color="%s"' % (s.get('size', 8), s.get('tcolor', col)))
        shapes += '<draw:ellipse text:anchor-type="page" text:anchor-page-number="1" draw:z-index="%d" draw:style-name="gr%d" svg:width="%.2fin" svg:height="%.2fin" svg:x="%.2fin" svg:y="%.2fin">%s</draw:ellipse>' % (
            k, k, 2 * r, 2 * r, s['pos'][0] * pw - r, s['pos'][1] * ph - r, ''.join(para(x, sp) for x in s['lines']))
    footer = ''
    if pg.get('footer'):
        fst = 'MPF'
        ft = pg['footer'].replace('{n}', str(1 + sum(1 for b in cert['blocks'] if b['t'] == 'pb')))
        parts = ft.split('{p}')
        inner = '<text:page-number text:select-page="current">1</text:page-number>'.join(xesc(x).replace('\n', '<text:line-break/>') for x in parts)
        footer = '<style:footer><text:p text:style-name="%s">%s</text:p></style:footer>' % (fst, inner)
    meta = cert.get('meta', {})
    xml = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator></office:meta>
<office:font-face-decls>%s</office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="%s" fo:font-size="11pt"/></style:style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s" %s/><style:footer-style><style:header-footer-properties fo:min-height="0.2in" fo:margin-top="0.1in"/></style:footer-style></style:page-layout>
<style:style style:name="MPF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#666666"/></style:style>
%s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>
<office:body><office:text>%s%s</office:text></office:body></office:document>
''' % (xesc(meta.get('title', 'Certificate')), xesc(meta.get('author', '')), xesc(meta.get('author', '')),
       ''.join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f) for f in sorted(fonts_used)),
       OFFICE_FONTS[fam], W, H, 'landscape' if orient == 'L' else 'portrait', margin, margin, margin, margin, bprops,
       '\n'.join(auto), footer, shapes, ''.join(body))
    # put the seal shapes inside the first paragraph (draw shapes must live in a paragraph)
    if shapes:
        xml = xml.replace('<office:text>%s' % shapes, '<office:text>')
        xml = re.sub(r'(<office:text>.*?<text:p text:style-name="[^"]+")(/>|>)',
                     lambda m: m.group(1) + '>' + shapes + ('</text:p>' if m.group(2) == '/>' else ''), xml, count=1, flags=re.S)
    src = os.path.join(WORK, cert['id'] + '.fodt')
    open(src, 'w', encoding='utf-8').write(xml)
    soffice_convert(src, WORK)
    shutil.move(os.path.join(WORK, cert['id'] + '.pdf'), out)


# ---------------------------------------------------------------- DOCX
def render_docx(cert, out):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    pg = cert['page']
    orient = pg.get('orient', 'P')
    fam = pg.get('fam', 'times')
    acc = pg.get('accent', '#1f3a5f').lstrip('#')
    d = docx.Document()
    sec = d.sections[0]
    if orient == 'L':
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    border = pg.get('border', 'none')
    m = {'none': 0.85, 'thin': 0.8, 'double': 0.8, 'ornate': 0.8, 'band': 0.75}[border]
    sec.top_margin = sec.bottom_margin = Inches(pg.get('docx_margin', m))
    sec.left_margin = sec.right_margin = Inches(pg.get('docx_margin', m))
    content_w = (11 if orient == 'L' else 8.5) - 2 * pg.get('docx_margin', m)
    if border != 'none':
        spec = {'thin': ('single', 12), 'double': ('double', 18), 'ornate': ('thickThinMediumGap', 36), 'band': ('thickThinSmallGap', 24)}[border]
        pb = OxmlElement('w:pgBorders')
        pb.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), spec[0])
            e.set(qn('w:sz'), str(spec[1]))
            e.set(qn('w:space'), '24')
            e.set(qn('w:color'), acc)
            pb.append(e)
        sec._sectPr.append(pb)
    st = d.styles['Normal']
    st.font.name = OFFICE_FONTS[fam]
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    meta = cert.get('meta', {})
    d.core_properties.title = meta.get('title', 'Certificate')
    d.core_properties.author = meta.get('author', '')

    def run_fmt(r, b, size, bold, italic, color=None, ls=0, famk=None):
        r.font.name = OFFICE_FONTS[famk or b.get('fam') or fam]
        r.font.size = Pt(size)
        r.font.bold = bool(bold)
        r.font.italic = bool(italic)
        c = (color or pg.get('color', '#111111')).lstrip('#')
        r.font.color.rgb = RGBColor.from_string(c.upper())
        if ls:
            rpr = r._element.get_or_add_rPr()
            sp = OxmlElement('w:spacing')
            sp.set(qn('w:val'), str(int(ls * 20)))
            rpr.append(sp)

    def add_text(p, text, *a, **k):
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            run_fmt(r, *a, **k)
            if i < len(lines) - 1:
                r.add_break()

    pending_break = [False]

    def new_par(container=None):
        p = (container or d).add_paragraph()
        if pending_break[0] and container is None:
            p.paragraph_format.page_break_before = True
            pending_break[0] = False
        return p

    def cell_border(cell, **kw):
        tcPr = cell._tc.get_or_add_tcPr()
        bd = OxmlElement('w:tcBorders')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            v = kw.get(side)
            if v:
                e.set(qn('w:val'), 'single')
                e.set(qn('w:sz'), str(v[0]))
                e.set(qn('w:color'), v[1])
            else:
                e.set(qn('w:val'), 'nil')
            bd.append(e)
        tcPr.append(bd)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear')
        s.set(qn('w:color'), 'auto')
        s.set(qn('w:fill'), fill.lstrip('#'))
        tcPr.append(s)

    def mk_table(nrows, widths_in, align_c=True):
        if pending_break[0]:
            p = d.add_paragraph()
            p.paragraph_format.page_break_before = True
            pending_break[0] = False
        tb = d.add_table(rows=nrows, cols=len(widths_in))
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER if align_c else WD_TABLE_ALIGNMENT.LEFT
        tb.autofit = False
        tblPr = tb._tbl.tblPr
        tw = OxmlElement('w:tblW')
        tw.set(qn('w:w'), str(int(sum(widths_in) * 1440)))
        tw.set(qn('w:type'), 'dxa')
        tblPr.append(tw)
        lay = OxmlElement('w:tblLayout')
        lay.set(qn('w:type'), 'fixed')
        tblPr.append(lay)
        for gc, wi in zip(tb._tbl.tblGrid.findall(qn('w:gridCol')), widths_in):
            gc.set(qn('w:w'), str(int(wi * 1440)))
        for row in tb.rows:
            for c, wi in zip(row.cells, widths_in):
                c.width = Inches(wi)
                cell_border(c)
        return tb

    def spacer(h):
        p = d.add_paragraph()
        p.paragraph_format.line_spacing = Pt(max(h, 1))
        r = p.add_run('')
        r.font.size = Pt(1)

    AL = {'C': WD_ALIGN_PARAGRAPH.CENTER, 'L': WD_ALIGN_PARAGRAPH.LEFT, 'R': WD_ALIGN_PARAGRAPH.RIGHT}
    for b in cert['blocks']:
        t = b['t']
        if t == 'pb':
            pending_break[0] = True
        elif t == 'p':
            p = new_par()
            al = b.get('align', 'C')
            p.alignment = AL[al]
            w = b.get('w', 1.0)
            if al == 'C' and w < 1:
                p.paragraph_format.left_indent = p.paragraph_format.right_indent = Inches((1 - w) / 2 * content_w)
            elif b.get('indent'):
                p.paragraph_format.left_indent = Inches(b['indent'] / 72.0)
            p.paragraph_format.space_after = Pt(b.get('sa', 6))
            add_text(p, b['text'], b, b.get('size', 12), b.get('b', 0), b.get('i', 0), b.get('color'), b.get('ls', 0))
        elif t == 'sp':
            spacer(b.get('h', 12))
        elif t == 'rule':
            p = new_par()
            w = b.get('w', 1.0)
            p.paragraph_format.left_indent = p.paragraph_format.right_indent = Inches((1 - w) / 2 * content_w)
            p.paragraph_format.space_after = Pt(b.get('sa', 10))
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement('w:pBdr')
            e = OxmlElement('w:bottom')
            e.set(qn('w:val'), 'single')
            e.set(qn('w:sz'), str(int(b.get('lw', 0.75) * 8)))
            e.set(qn('w:space'), '1')
            e.set(qn('w:color'), b.get('color', '#' + acc).lstrip('#'))
            bdr.append(e)
            pPr.append(bdr)
            r = p.add_run('')
            r.font.size = Pt(2)
        elif t == 'logo':
            lw = b.get('w', 90) / 72.0
            tb = mk_table(1, [lw], True)
            if b.get('align', 'C') != 'C':
                tb.alignment = WD_TABLE_ALIGNMENT.LEFT if b['align'] == 'L' else WD_TABLE_ALIGNMENT.RIGHT
            c = tb.cell(0, 0)
            shade(c, b.get('bg', '#' + acc))
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(max(2, (b.get('h', 32) - b.get('size', 15) * 1.2) / 2))
            p.paragraph_format.space_after = Pt(max(2, (b.get('h', 32) - b.get('size', 15) * 1.2) / 2))
            add_text(p, b['text'], b, b.get('size', 15), 1, 0, b.get('fg', '#ffffff'), 0, 'helv')
            spacer(b.get('sa', 10))
        elif t == 'kv':
            w = b.get('w', 0.8) * content_w
            lw = b.get('lw', 0.32) * w
            size = b.get('size', 11)
            tb = mk_table(len(b['rows']), [lw, w - lw], b.get('align', 'C') == 'C')
            for i, (l, v) in enumerate(b['rows']):
                c1, c2 = tb.cell(i, 0), tb.cell(i, 1)
                add_text(c1.paragraphs[0], l, b, size, b.get('lb', 1), 0, b.get('lcolor'))
                add_text(c2.paragraphs[0], v, b, size, b.get('vb', 0), 0, b.get('color'))
                for c in (c1, c2):
                    c.paragraphs[0].paragraph_format.space_after = Pt(b.get('gap', 5))
                if b.get('uline'):
                    cell_border(c2, bottom=(4, '888888'))
            spacer(b.get('sa', 6))
        elif t == 'cols':
            w = b.get('w', 0.9) * content_w
            size = b.get('size', 11)
            for row in b['rows']:
                nn = len(row)
                widths = row_widths(b, row, nn)
                tb = mk_table(2, [x * w for x in widths], b.get('align', 'C') == 'C')
                for j, (l, v) in enumerate(row):
                    add_text(tb.cell(0, j).paragraphs[0], l, b, b.get('lsize', size - 2), b.get('lb', 1), 0, b.get('lcolor', '#555555'))
                    add_text(tb.cell(1, j).paragraphs[0], v, b, size, b.get('vb', 0), 0, b.get('color'))
                    tb.cell(1, j).paragraphs[0].paragraph_format.space_before = Pt(2)
                    if b.get('uline'):
                        cell_border(tb.cell(1, j), bottom=(4, '888888'))
                spacer(b.get('gap', 10))
            spacer(b.get('sa', 4))
        elif t == 'table':
            w = b.get('w', 0.85) * content_w
            size = b.get('size', 10)
            widths = b.get('widths') or [1.0 / len(b['head'])] * len(b['head'])
            tb = mk_table(1 + len(b['rows']), [x * w for x in widths], b.get('align', 'C') == 'C')
            g = (4, '777777')
            for j, h in enumerate(b['head']):
                c = tb.cell(0, j)
                add_text(c.paragraphs[0], h, b, size, 1, 0)
                cell_border(c, top=g, left=g, bottom=g, right=g)
                shade(c, '#e4e9f0')
            for i, r in enumerate(b['rows']):
                for j, v in enumerate(r):
                    c = tb.cell(i + 1, j)
                    add_text(c.paragraphs[0], v, b, size, 0, 0)
                    cell_border(c, top=g, left=g, bottom=g, right=g)
            spacer(b.get('sa', 10))
        elif t == 'sigs':
            items = b['items']
            nn = len(items)
            w = b.get('w', 0.9) * content_w
            slot = w / (nn + (nn - 1) * 0.25)
            widths = []
            for k in range(nn):
                if k:
                    widths.append(slot * 0.25)
                widths.append(slot)
            tb = mk_table(2, widths, b.get('align', 'C') == 'C')
            size = b.get('size', 10)
            for k, it in enumerate(items):
                j = 2 * k
                top = tb.cell(0, j).paragraphs[0]
                top.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if b.get('script'):
                    add_text(top, it[0], b, 18, 0, 0, '#1b2a55', 0, 'zapf')
                else:
                    top.paragraph_format.space_before = Pt(22)
                c = tb.cell(1, j)
                cell_border(c, top=(6, '333333'))
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(p, it[0], b, size, 1, 0)
                p2 = c.add_paragraph()
                p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(p2, it[1], b, size - 1, 0, b.get('ti', 0))
            spacer(b.get('sa', 8))
    if pg.get('footer'):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        try:
            fs = d.styles['Footer']
            fs.font.size = Pt(7.5)
            fs.font.name = OFFICE_FONTS['helv']
            fs.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        except KeyError:
            pass
        ft = pg['footer'].replace('{n}', str(1 + sum(1 for b in cert['blocks'] if b['t'] == 'pb')))
        parts = ft.split('{p}')
        for i, part in enumerate(parts):
            add_text(fp, part, {}, 7.5, 0, 0, '#666666', 0, 'helv')
            if i < len(parts) - 1:
                r = fp.add_run()
                run_fmt(r, {}, 7.5, 0, 0, '#666666', 0, 'helv')
                for kind, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
                    if kind:
                        e = OxmlElement('w:fldChar')
                        e.set(qn('w:fldCharType'), kind)
                    else:
                        e = OxmlElement('w:instrText')
                        e.text = txt
                    r._r.append(e)
    src = os.path.join(WORK, cert['id'] + '.docx')
    d.save(src)
    soffice_convert(src, WORK)
    shutil.move(os.path.join(WORK, cert['id'] + '.pdf'), out)


# ---------------------------------------------------------------- Platypus
def render_platypus(cert, out):
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from reportlab.platypus.flowables import HRFlowable
    setup_fonts()
    pg = cert['page']
    W, H = PAGE[pg.get('orient', 'P')]
    border = pg.get('border', 'none')
    m = pg.get('margin', 72 if border != 'none' else 60)
    cw = W - 2 * m
    # page decoration is shared with the display-list layout
    lay = Layout(cert)
    lay.new_page()
    lay.decorate()
    deco = list(lay.ops)
    npages = 1 + sum(1 for b in cert['blocks'] if b['t'] == 'pb')

    def on_page(cv, doc):
        cv.saveState()
        pno = cv.getPageNumber()
        for o in deco:
            if o['op'] == 'text' and pno > 1:
                continue
            if o['op'] == 'circle' and pno > 1:
                continue
            if o['op'] == 'rect':
                if o['fill']:
                    cv.setFillColorRGB(*_c(o['fill']))
                if o['stroke']:
                    cv.setStrokeColorRGB(*_c(o['stroke']))
                    cv.setLineWidth(o['lw'])
                cv.rect(o['x'], H - o['y'] - o['h'], o['w'], o['h'], stroke=1 if o['stroke'] else 0, fill=1 if o['fill'] else 0)
            elif o['op'] == 'circle':
                if o['fill']:
                    cv.setFillColorRGB(*_c(o['fill']))
                cv.setStrokeColorRGB(*_c(o['stroke']))
                cv.setLineWidth(o['lw'])
                cv.circle(o['cx'], H - o['cy'], o['r'], stroke=1, fill=1 if o['fill'] else 0)
            elif o['op'] == 'text':
                cv.setFillColorRGB(*_c(o['color']))
                cv.setFont(o['font'], o['size'])
                cv.drawString(o['x'], H - o['y'], o['s'])
        if pg.get('footer'):
            ft = pg['footer'].replace('{p}', str(pno)).replace('{n}', str(npages))
            cv.setFont('Helvetica', 7.5)
            cv.setFillColorRGB(0.4, 0.4, 0.4)
            y = pg.get('fbottom', 44) + 9 * (len(ft.split('\n')) - 1)
            for ln in ft.split('\n'):
                cv.drawCentredString(W / 2, y, ln)
                y -= 9
        cv.restoreState()

    AL = {'C': TA_CENTER, 'L': TA_LEFT, 'R': TA_RIGHT}

    def pst(b, size, bold, italic, align='L', color=None, lead=1.22, famk=None):
        fam = famk or b.get('fam') or pg.get('fam', 'times')
        return ParagraphStyle('s', fontName=FAMILIES[fam][('b' if bold else '') + ('i' if italic else '') or 'r'],
                              fontSize=size, leading=size * lead, alignment=AL[align],
                              textColor=HexColor(color or pg.get('color', '#111111')))

    def P(text, style):
        return Paragraph(xesc(text).replace('  ', '&#160; ').replace('\n', '<br/>'), style)

    story = []
    for b in cert['blocks']:
        t = b['t']
        if t == 'pb':
            story.append(PageBreak())
        elif t == 'p':
            s = pst(b, b.get('size', 12), b.get('b', 0), b.get('i', 0), b.get('align', 'C'), b.get('color'), b.get('lead', 1.22))
            w = b.get('w', 1.0)
            if b.get('align', 'C') == 'C':
                s.leftIndent = s.rightIndent = (1 - w) / 2 * cw
            else:
                s.leftIndent = b.get('indent', 0)
                s.rightIndent = (1 - w) * cw
            s.spaceAfter = b.get('sa', 6)
            txt = spaced(b['text']) if b.get('ls') else b['text']
            story.append(P(txt, s))
        elif t == 'sp':
            story.append(Spacer(1, b.get('h', 12)))
        elif t == 'rule':
            story.append(HRFlowable(width='%d%%' % int(b.get('w', 1) * 100), thickness=b.get('lw', 0.75),
                                    color=HexColor(b.get('color', pg.get('accent', '#444444'))), spaceAfter=b.get('sa', 10)))
        elif t == 'logo':
            s = pst(b, b.get('size', 15), 1, 0, 'C', b.get('fg', '#ffffff'), famk='helv')
            tb = Table([[P(b['text'], s)]], colWidths=[b.get('w', 90)], rowHeights=[b.get('h', 32)],
                       hAlign={'C': 'CENTER', 'L': 'LEFT', 'R': 'RIGHT'}[b.get('align', 'C')])
            tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), HexColor(b.get('bg', pg.get('accent', '#1f3a5f')))),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [tb, Spacer(1, b.get('sa', 10))]
        elif t == 'kv':
            w = b.get('w', 0.8) * cw
            lw = b.get('lw', 0.32) * w
            size = b.get('size', 11)
            ls = pst(b, size, b.get('lb', 1), 0, 'L', b.get('lcolor'), 1.25)
            vs = pst(b, size, b.get('vb', 0), 0, 'L', b.get('color'), 1.25)
            data = [[P(l, ls), P(v, vs)] for l, v in b['rows']]
            tb = Table(data, colWidths=[lw, w - lw], hAlign='CENTER' if b.get('align', 'C') == 'C' else 'LEFT')
            sty = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                   ('BOTTOMPADDING', (0, 0), (-1, -1), b.get('gap', 5)), ('TOPPADDING', (0, 0), (-1, -1), 0)]
            if b.get('uline'):
                sty.append(('LINEBELOW', (1, 0), (1, -1), 0.5, HexColor('#888888')))
            tb.setStyle(TableStyle(sty))
            story += [tb, Spacer(1, b.get('sa', 6))]
        elif t == 'cols':
            w = b.get('w', 0.9) * cw
            size = b.get('size', 11)
            ls = pst(b, b.get('lsize', size - 2), b.get('lb', 1), 0, 'L', b.get('lcolor', '#555555'))
            vs = pst(b, size, b.get('vb', 0), 0, 'L', b.get('color'), 1.25)
            for row in b['rows']:
                nn = len(row)
                widths = row_widths(b, row, nn)
                data = [[P(l, ls) for l, v in row], [P(v, vs) for l, v in row]]
                tb = Table(data, colWidths=[x * w for x in widths], hAlign='CENTER' if b.get('align', 'C') == 'C' else 'LEFT')
                sty = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                       ('RIGHTPADDING', (0, 0), (-1, -1), 14), ('TOPPADDING', (0, 0), (-1, -1), 1)]
                if b.get('uline'):
                    sty.append(('LINEBELOW', (0, 1), (-1, 1), 0.5, HexColor('#888888')))
                tb.setStyle(TableStyle(sty))
                story += [tb, Spacer(1, b.get('gap', 10))]
            story.append(Spacer(1, b.get('sa', 4)))
        elif t == 'table':
            w = b.get('w', 0.85) * cw
            size = b.get('size', 10)
            widths = b.get('widths') or [1.0 / len(b['head'])] * len(b['head'])
            hs = pst(b, size, 1, 0, 'L')
            cs = pst(b, size, 0, 0, 'L')
            data = [[P(h, hs) for h in b['head']]] + [[P(c, cs) for c in r] for r in b['rows']]
            tb = Table(data, colWidths=[x * w for x in widths], hAlign='CENTER' if b.get('align', 'C') == 'C' else 'LEFT')
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, HexColor('#777777')),
                                    ('BACKGROUND', (0, 0), (-1, 0), HexColor('#e4e9f0')),
                                    ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story += [tb, Spacer(1, b.get('sa', 10))]
        elif t == 'sigs':
            items = b['items']
            nn = len(items)
            w = b.get('w', 0.9) * cw
            size = b.get('size', 10)
            ns = pst(b, size, 1, 0, 'C')
            ts = pst(b, size - 1, 0, b.get('ti', 0), 'C')
            ss = pst(b, 18, 0, 0, 'C', '#1b2a55', famk='zapf')
            top = [P(it[0], ss) if b.get('script') else Spacer(1, 22) for it in items]
            bot = [[P(it[0], ns), P(it[1], ts)] for it in items]
            slot = w / nn
            tb = Table([top, bot], colWidths=[slot] * nn, hAlign='CENTER')
            sty = [('VALIGN', (0, 0), (-1, -1), 'BOTTOM'), ('LEFTPADDING', (0, 0), (-1, -1), 14),
                   ('RIGHTPADDING', (0, 0), (-1, -1), 14)]
            for k in range(nn):
                sty.append(('LINEABOVE', (k, 1), (k, 1), 0.8, HexColor('#333333')))
            tb.setStyle(TableStyle(sty))
            story += [tb, Spacer(1, b.get('sa', 8))]
    meta = cert.get('meta', {})
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=pg.get('mtop', m),
                            bottomMargin=m, title=meta.get('title', 'Certificate'), author=meta.get('author', ''),
                            creator=meta.get('creator', 'ReportLab Platypus'))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- dispatcher
def render(cert, out):
    os.makedirs(WORK, exist_ok=True)
    p = cert['producer']
    if p in ('rlcanvas', 'acroform', 'ghostscript', 'fpdf', 'tcpdf'):
        pages = Layout(cert).run()
        {'rlcanvas': render_rl, 'acroform': render_acroform, 'ghostscript': render_ps,
         'fpdf': render_fpdf, 'tcpdf': render_tcpdf}[p](cert, pages, out)
    elif p == 'chromium':
        render_html(cert, out)
    elif p == 'fodt':
        render_fodt(cert, out)
    elif p == 'docx':
        render_docx(cert, out)
    elif p == 'platypus':
        render_platypus(cert, out)
    else:
        raise ValueError(p)
