# -*- coding: utf-8 -*-
"""Rendering engines for the z27 blind certificate set.

Every certificate is described once as a page dict plus a list of blocks
(see build.py).  Each engine turns that description into a PDF with a
different producer:

  chromium     HTML  -> headless Chromium --print-to-pdf
  fodt         flat ODF text -> LibreOffice Writer
  docx         python-docx   -> LibreOffice Writer
  fpdf         JSON -> engine_fpdf.php  (FPDF 1.84)
  tcpdf        JSON -> engine_tcpdf.php (TCPDF)
  rl_canvas    ReportLab canvas (shared coordinate layout below)
  rl_platypus  ReportLab Platypus flowables
  acroform     ReportLab canvas + AcroForm text fields, flattened with qpdf
  gs           hand-written PostScript (same coordinate layout) -> Ghostscript pdfwrite

Block kinds
  T     text line/paragraph (wraps)          KV    label | value rows
  COLS  labels above values, one row          TABLE small grid table
  SIGS  signature lines with name + title     RULE  horizontal rule
  SP    vertical space                        BR    page break
"""
import os, re, json, math, copy, subprocess, html, shutil

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase._fontdata import encodings as RL_ENCODINGS

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
PROFILES = os.path.join(HERE, '.profiles')

PAGE_SIZES = {'letter': (612.0, 792.0), 'a4': (595.28, 841.89)}

# --------------------------------------------------------------------------
# fonts
# --------------------------------------------------------------------------
URW_AFM = '/usr/share/fonts/type1/urw-base35'
URW_PFB = '/usr/share/fonts/X11/Type1'
TTF_DIR = '/usr/share/fonts/truetype'

_T1 = {
    'script': {'': 'Z003-MediumItalic'},
    'palatino': {'': 'P052-Roman', 'b': 'P052-Bold', 'i': 'P052-Italic', 'bi': 'P052-BoldItalic'},
    'schoolbook': {'': 'C059-Roman', 'b': 'C059-Bold', 'i': 'C059-Italic', 'bi': 'C059-BdIta'},
    'bookman': {'': 'URWBookman-Light', 'b': 'URWBookman-Demi', 'i': 'URWBookman-LightItalic',
                'bi': 'URWBookman-DemiItalic'},
    'gothic': {'': 'URWGothic-Book', 'b': 'URWGothic-Demi', 'i': 'URWGothic-BookOblique',
               'bi': 'URWGothic-DemiOblique'},
}
_TTF = {
    'dejavu': {'': 'dejavu/DejaVuSerif.ttf', 'b': 'dejavu/DejaVuSerif-Bold.ttf',
               'i': 'dejavu/DejaVuSerif-Italic.ttf', 'bi': 'dejavu/DejaVuSerif-BoldItalic.ttf'},
    'dejavusans': {'': 'dejavu/DejaVuSans.ttf', 'b': 'dejavu/DejaVuSans-Bold.ttf',
                   'i': 'dejavu/DejaVuSans-Oblique.ttf', 'bi': 'dejavu/DejaVuSans-BoldOblique.ttf'},
}
_CORE = {
    'sans': {'': 'Helvetica', 'b': 'Helvetica-Bold', 'i': 'Helvetica-Oblique', 'bi': 'Helvetica-BoldOblique'},
    'serif': {'': 'Times-Roman', 'b': 'Times-Bold', 'i': 'Times-Italic', 'bi': 'Times-BoldItalic'},
    'mono': {'': 'Courier', 'b': 'Courier-Bold', 'i': 'Courier-Oblique', 'bi': 'Courier-BoldOblique'},
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    from reportlab.pdfbase.pdfmetrics import EmbeddedType1Face, Font
    for fam, d in _T1.items():
        for k, nm in d.items():
            face = EmbeddedType1Face(os.path.join(URW_AFM, nm + '.afm'), os.path.join(URW_PFB, nm + '.pfb'))
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(Font(nm, face.name, 'WinAnsiEncoding'))
    for fam, d in _TTF.items():
        for k, fn in d.items():
            nm = os.path.basename(fn)[:-4]
            pdfmetrics.registerFont(TTFont(nm, os.path.join(TTF_DIR, fn)))
    _registered = True


def _style_key(b, i):
    return ('b' if b else '') + ('i' if i else '')


def rl_font(fam, b=False, i=False):
    """ReportLab font name for a family key."""
    register_fonts()
    k = _style_key(b, i)
    if fam in _CORE:
        return _CORE[fam][k]
    if fam in _T1:
        d = _T1[fam]
        return d.get(k, d[''])
    if fam in _TTF:
        return os.path.basename(_TTF[fam].get(k, _TTF[fam]['']))[:-4]
    return _CORE['serif'][k]


# PostScript names of the URW clones that Ghostscript resolves
_PS = {
    'sans': _CORE['sans'], 'serif': _CORE['serif'], 'mono': _CORE['mono'],
    'script': {'': 'ZapfChancery-MediumItalic'},
    'palatino': {'': 'Palatino-Roman', 'b': 'Palatino-Bold', 'i': 'Palatino-Italic', 'bi': 'Palatino-BoldItalic'},
    'schoolbook': {'': 'NewCenturySchlbk-Roman', 'b': 'NewCenturySchlbk-Bold', 'i': 'NewCenturySchlbk-Italic',
                   'bi': 'NewCenturySchlbk-BoldItalic'},
    'bookman': {'': 'Bookman-Light', 'b': 'Bookman-Demi', 'i': 'Bookman-LightItalic', 'bi': 'Bookman-DemiItalic'},
    'gothic': {'': 'AvantGarde-Book', 'b': 'AvantGarde-Demi', 'i': 'AvantGarde-BookOblique',
               'bi': 'AvantGarde-DemiOblique'},
}


def ps_font(fam, b=False, i=False):
    if fam not in _PS:
        fam = 'serif'
    d = _PS[fam]
    return d.get(_style_key(b, i), d[''])


CSS_FAMILY = {
    'sans': "'Liberation Sans', Arial, sans-serif",
    'serif': "'Liberation Serif', 'Times New Roman', serif",
    'mono': "'Liberation Mono', monospace",
    'script': "'Z003', cursive",
    'palatino': "'P052', serif",
    'schoolbook': "'C059', serif",
    'bookman': "'URW Bookman', serif",
    'gothic': "'URW Gothic', sans-serif",
    'dejavu': "'DejaVu Serif', serif",
    'dejavusans': "'DejaVu Sans', sans-serif",
}
OFFICE_FAMILY = {
    'sans': 'Liberation Sans', 'serif': 'Liberation Serif', 'mono': 'Liberation Mono',
    'script': 'Z003', 'palatino': 'P052', 'schoolbook': 'C059', 'bookman': 'URW Bookman',
    'gothic': 'URW Gothic', 'dejavu': 'DejaVu Serif', 'dejavusans': 'DejaVu Sans',
}


def sw(s, font, size, ls=0.0):
    return pdfmetrics.stringWidth(s, font, size) + ls * max(len(s) - 1, 0)


def wrap(text, font, size, width, ls=0.0):
    out = []
    for para in text.split('\n'):
        words = para.split(' ')
        cur = ''
        for w in words:
            cand = w if not cur else cur + ' ' + w
            if sw(cand, font, size, ls) <= width or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


def hexrgb(h):
    h = h.lstrip('#')
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


# --------------------------------------------------------------------------
# spec normalisation
# --------------------------------------------------------------------------
BLOCK_DEFAULTS = {
    'T': dict(size=12, b=False, i=False, font=None, align=None, color='#000000', ls=0.0, after=None,
              lead=1.22, w=1.0, field=False),
    'KV': dict(size=11, lw=0.30, w=1.0, align=None, font=None, lfont=None, lb=True, color='#000000',
               lcolor='#000000', rowgap=3, after=10, field=False, lead=1.22),
    'COLS': dict(size=11, lsize=None, w=1.0, align=None, font=None, color='#000000', lcolor='#555555',
                 lcaps=False, lb=False, vb=False, line=False, after=10, field=False, widths=None, calign='L',
                 lead=1.22),
    'TABLE': dict(size=10, w=1.0, align=None, font=None, widths=None, head_fill='#e6e6e6', color='#000000',
                  after=10, calign=None, lead=1.2),
    'SIGS': dict(size=10, w=1.0, font=None, script=None, gap=26, after=8, color='#000000', lead=1.2),
    'RULE': dict(w=0.5, thick=0.75, color='#000000', after=8),
    'SP': dict(h=12),
    'BR': dict(),
}


def normalise(spec):
    s = copy.deepcopy(spec)
    pg = s['page']
    pg.setdefault('size', 'letter')
    pg.setdefault('orient', 'P')
    W, H = PAGE_SIZES[pg['size']]
    if pg['orient'] == 'L':
        W, H = H, W
    pg['W'], pg['H'] = W, H
    m = pg.get('margin', 54)
    if isinstance(m, (int, float)):
        m = [m, m, m, m]
    pg['margin'] = list(m)  # top right bottom left
    pg.setdefault('font', 'serif')
    pg.setdefault('align', 'C')
    pg.setdefault('border', None)
    pg.setdefault('seal', None)
    pg.setdefault('footer', [])
    pg.setdefault('footer_size', 7.5)
    pg.setdefault('band', None)
    pg.setdefault('title', 'Certificate')
    blocks = []
    for b in s['blocks']:
        nb = dict(BLOCK_DEFAULTS[b['k']])
        nb.update(b)
        if 'font' in nb and nb['font'] is None:
            nb['font'] = pg['font']
        if 'align' in nb and nb['align'] is None:
            nb['align'] = pg['align']
        if b['k'] == 'T' and nb['after'] is None:
            nb['after'] = round(nb['size'] * 0.45, 2)
        if b['k'] == 'COLS' and nb['lsize'] is None:
            nb['lsize'] = round(nb['size'] * 0.75, 2)
        if b['k'] == 'TABLE' and nb['calign'] is None:
            nb['calign'] = ['L'] + ['C'] * (len(nb['head']) - 1)
        blocks.append(nb)
    s['blocks'] = blocks
    pg['npages'] = 1 + sum(1 for b in blocks if b['k'] == 'BR')
    pg.setdefault('footer_y', 30)
    if pg['border']:
        # keep the footer inside the frame
        pg['footer_y'] = max(pg['footer_y'], pg['border'].get('inset', 22) + 16)
    return s


# --------------------------------------------------------------------------
# coordinate layout shared by rl_canvas, acroform and gs
# --------------------------------------------------------------------------
class Painter(object):
    """interface; y is measured from the bottom (PDF convention)"""

    def text(self, x, y, s, font, size, color='#000000', ls=0.0): raise NotImplementedError

    def line(self, x1, y1, x2, y2, w=0.75, color='#000000'): raise NotImplementedError

    def rect(self, x, y, w, h, lw=1.0, color='#000000', fill=None, stroke=True): raise NotImplementedError

    def circle(self, cx, cy, r, lw=1.0, color='#000000', fill=None, stroke=True): raise NotImplementedError

    def polygon(self, pts, lw=1.0, color='#000000', fill=None, stroke=True): raise NotImplementedError

    def newpage(self): raise NotImplementedError

    def field(self, x, y, s, font, size, color='#000000'):
        self.text(x, y, s, font, size, color)


def draw_decorations(P, pg, pageno, fontfn):
    W, H = pg['W'], pg['H']
    bd = pg['border']
    if pg.get('band'):
        c = pg['band']
        P.rect(0, H - 30, W, 30, fill=c, stroke=False)
        P.rect(0, 0, W, 12, fill=c, stroke=False)
    if bd:
        st, col, d = bd.get('style', 'single'), bd.get('color', '#000000'), bd.get('inset', 22)
        if st == 'single':
            P.rect(d, d, W - 2 * d, H - 2 * d, lw=bd.get('lw', 1.5), color=col)
        elif st in ('double', 'ornate'):
            P.rect(d, d, W - 2 * d, H - 2 * d, lw=3.0, color=col)
            P.rect(d + 6, d + 6, W - 2 * d - 12, H - 2 * d - 12, lw=0.8, color=col)
            if st == 'ornate':
                for (cx, cy) in ((d + 3, d + 3), (W - d - 3, d + 3), (d + 3, H - d - 3), (W - d - 3, H - d - 3)):
                    P.polygon([(cx - 9, cy), (cx, cy + 9), (cx + 9, cy), (cx, cy - 9)], fill=col, stroke=False)
                P.rect(d + 11, d + 11, W - 2 * d - 22, H - 2 * d - 22, lw=0.4, color=col)
        elif st == 'thick':
            P.rect(d, d, W - 2 * d, H - 2 * d, lw=9, color=col)
            P.rect(d + 9, d + 9, W - 2 * d - 18, H - 2 * d - 18, lw=0.6, color=col)
    sl = pg['seal']
    if sl and (pageno == 1 or sl.get('all_pages')):
        r = sl.get('r', 42)
        pos = sl.get('pos', 'br')
        mx = sl.get('dx', 70)
        my = sl.get('dy', 70)
        cx = {'bl': mx + r, 'br': W - mx - r, 'bc': W / 2, 'tr': W - mx - r, 'tl': mx + r}[pos]
        cy = {'bl': my + r, 'br': my + r, 'bc': my + r, 'tr': H - my - r, 'tl': H - my - r}[pos]
        col = sl.get('color', '#8a6d1f')
        pts = []
        n = 40
        for k in range(2 * n):
            rr = r if k % 2 == 0 else r * 0.91
            a = math.pi * k / n
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        P.polygon(pts, fill=col, stroke=False)
        P.circle(cx, cy, r * 0.80, lw=1.2, color='#ffffff')
        P.circle(cx, cy, r * 0.74, lw=0.5, color='#ffffff')
        lines = sl.get('lines', [])
        f = fontfn('sans', True, False)
        fs = sl.get('size', 7.5)
        tot = len(lines) * fs * 1.15
        y0 = cy + tot / 2 - fs * 0.85
        for ln in lines:
            w = sw(ln, f, fs)
            P.text(cx - w / 2, y0, ln, f, fs, '#ffffff')
            y0 -= fs * 1.15
    if pg['footer']:
        fs = pg['footer_size']
        f = fontfn('sans', False, False)
        y = pg.get('footer_y', 30)
        for ln in pg['footer']:
            ln = ln.replace('{p}', str(pageno)).replace('{n}', str(pg['npages']))
            al = pg.get('footer_align', 'C')
            w = sw(ln, f, fs)
            x = {'C': (W - w) / 2, 'L': pg['margin'][3], 'R': W - pg['margin'][1] - w}[al]
            P.text(x, y, ln, f, fs, '#555555')
            y -= fs * 1.3


def layout(spec, P, fontfn=rl_font):
    pg = spec['page']
    W, H = pg['W'], pg['H']
    top, right, bottom, left = pg['margin']
    cw = W - left - right
    pageno = 1
    draw_decorations(P, pg, pageno, fontfn)
    y = H - top

    def xal(width, align, boxx, boxw):
        if align == 'C':
            return boxx + (boxw - width) / 2
        if align == 'R':
            return boxx + boxw - width
        return boxx

    def box(b):
        w = cw * b.get('w', 1.0)
        if b.get('align') == 'C':
            return left + (cw - w) / 2, w
        if b.get('indent'):
            return left + b['indent'], w
        return left, w

    for b in spec['blocks']:
        k = b['k']
        if k == 'BR':
            P.newpage()
            pageno += 1
            draw_decorations(P, pg, pageno, fontfn)
            y = H - top
        elif k == 'SP':
            y -= b['h']
        elif k == 'RULE':
            w = cw * b['w']
            x = left + (cw - w) / 2 if pg['align'] == 'C' or b.get('align') == 'C' else left
            P.line(x, y, x + w, y, b['thick'], b['color'])
            y -= b['after']
        elif k == 'T':
            f = fontfn(b['font'], b['b'], b['i'])
            bx, bw = box(b)
            for ln in wrap(b['text'], f, b['size'], bw, b['ls']):
                base = y - b['size'] * 0.86
                wd = sw(ln, f, b['size'], b['ls'])
                x = xal(wd, b['align'], bx, bw)
                if b['field']:
                    P.field(x, base, ln, f, b['size'], b['color'])
                else:
                    P.text(x, base, ln, f, b['size'], b['color'], b['ls'])
                y -= b['size'] * b['lead']
            y -= b['after']
        elif k == 'KV':
            bx, bw = box(b)
            lw = bw * b['lw']
            vw = bw - lw
            lf = fontfn(b['lfont'] or b['font'], b['lb'], False)
            vf = fontfn(b['font'], b.get('vb', False), False)
            for row in b['rows']:
                label, value = row[0], row[1]
                lh = b['size'] * b['lead']
                llines = wrap(label, lf, b['size'], lw - 8)
                vlines = wrap(value, vf, b['size'], vw)
                for j, ln in enumerate(llines):
                    P.text(bx, y - b['size'] * 0.86 - j * lh, ln, lf, b['size'], b['lcolor'])
                for j, ln in enumerate(vlines):
                    if b['field'] and (len(row) < 3 or row[2]):
                        P.field(bx + lw, y - b['size'] * 0.86 - j * lh, ln, vf, b['size'], b['color'])
                    else:
                        P.text(bx + lw, y - b['size'] * 0.86 - j * lh, ln, vf, b['size'], b['color'])
                y -= max(len(llines), len(vlines)) * lh + b['rowgap']
            y -= b['after']
        elif k == 'COLS':
            bx, bw = box(b)
            n = len(b['cells'])
            widths = b['widths'] or [1.0 / n] * n
            lf = fontfn(b['font'], b['lb'], False)
            vf = fontfn(b['font'], b['vb'], False)
            x = bx
            lh = b['lsize'] * 1.25
            vh = b['size'] * b['lead']
            maxv = 1
            for (label, value), wf in zip(b['cells'], widths):
                cwid = bw * wf
                lab = label.upper() if b['lcaps'] else label
                tw = sw(lab, lf, b['lsize'])
                P.text(xal(tw, b['calign'], x, cwid - 6), y - b['lsize'] * 0.86, lab, lf, b['lsize'], b['lcolor'])
                vlines = wrap(value, vf, b['size'], cwid - 10)
                maxv = max(maxv, len(vlines))
                for j, ln in enumerate(vlines):
                    tw = sw(ln, vf, b['size'])
                    vx = xal(tw, b['calign'], x, cwid - 6)
                    vy = y - lh - b['size'] * 0.86 - j * vh
                    if b['field']:
                        P.field(vx, vy, ln, vf, b['size'], b['color'])
                    else:
                        P.text(vx, vy, ln, vf, b['size'], b['color'])
                if b['line']:
                    ly = y - lh - maxv * vh - 2
                    P.line(x, ly, x + cwid - 12, ly, 0.6, '#777777')
                x += cwid
            y -= lh + maxv * vh + (6 if b['line'] else 0) + b['after']
        elif k == 'TABLE':
            bx, bw = box(b)
            ncol = len(b['head'])
            widths = b['widths'] or [1.0 / ncol] * ncol
            hf = fontfn(b['font'], True, False)
            cf = fontfn(b['font'], False, False)
            pad = 4
            lh = b['size'] * b['lead']
            for ri, row in enumerate([b['head']] + b['rows']):
                f = hf if ri == 0 else cf
                cells = [wrap(c, f, b['size'], bw * wf - 2 * pad) for c, wf in zip(row, widths)]
                nl = max(len(c) for c in cells)
                rh = nl * lh + 2 * pad
                if ri == 0 and b['head_fill']:
                    P.rect(bx, y - rh, bw, rh, fill=b['head_fill'], stroke=False)
                x = bx
                for ci, (lines, wf) in enumerate(zip(cells, widths)):
                    cwid = bw * wf
                    P.rect(x, y - rh, cwid, rh, lw=0.6, color='#444444')
                    al = b['calign'][ci]
                    for j, ln in enumerate(lines):
                        tw = sw(ln, f, b['size'])
                        P.text(xal(tw, al, x + pad, cwid - 2 * pad), y - pad - b['size'] * 0.86 - j * lh, ln, f,
                               b['size'], b['color'])
                    x += cwid
                y -= rh
            y -= b['after']
        elif k == 'SIGS':
            bx, bw = box(dict(b, align='C'))
            n = len(b['sigs'])
            colw = bw / n
            nf = fontfn(b['font'], True, False)
            tf = fontfn(b['font'], False, b.get('ti', True))
            sf = fontfn('script', False, False)
            lowest = y
            for idx, sig in enumerate(b['sigs']):
                name, title = sig[0], sig[1]
                x0 = bx + idx * colw + 14
                x1 = bx + (idx + 1) * colw - 14
                ly = y - b['gap']
                if len(sig) > 2 and sig[2]:
                    ssz = 17
                    tw = sw(sig[2], sf, ssz)
                    P.text((x0 + x1 - tw) / 2, ly + 5, sig[2], sf, ssz, '#1b2a6b')
                P.line(x0, ly, x1, ly, 0.7, '#000000')
                yy = ly - 3 - b['size'] * 0.86
                for ln in wrap(name, nf, b['size'], x1 - x0):
                    tw = sw(ln, nf, b['size'])
                    P.text((x0 + x1 - tw) / 2, yy, ln, nf, b['size'], b['color'])
                    yy -= b['size'] * b['lead']
                for ln in wrap(title, tf, b['size'] - 1, x1 - x0):
                    tw = sw(ln, tf, b['size'] - 1)
                    P.text((x0 + x1 - tw) / 2, yy, ln, tf, b['size'] - 1, b['color'])
                    yy -= (b['size'] - 1) * b['lead']
                lowest = min(lowest, yy)
            y = lowest - b['after']
    return pageno


# ---------------- ReportLab canvas painter ---------------------------------
class RLPainter(Painter):
    def __init__(self, c, acro=False):
        self.c = c
        self.acro = acro
        self.nf = 0

    def _col(self, col):
        return hexrgb(col)

    def text(self, x, y, s, font, size, color='#000000', ls=0.0):
        c = self.c
        c.setFillColorRGB(*self._col(color))
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(ls or 0)  # Tc persists across BT/ET, so always set it
        t.textOut(s)
        c.drawText(t)

    def field(self, x, y, s, font, size, color='#000000'):
        if not self.acro:
            return self.text(x, y, s, font, size, color)
        from reportlab.lib.colors import white, Color
        self.nf += 1
        w = sw(s, font, size) + 8
        h = size * 1.45
        # reportlab places field text 2pt from the left edge, vertically centred
        self.c.acroForm.textfield(name='f%02d' % self.nf, value=s, x=x - 2, y=y - size * 0.42, width=w,
                                  height=h, borderWidth=0, borderColor=white, fillColor=white,
                                  textColor=Color(*self._col(color)), fontName=font, fontSize=size,
                                  forceBorder=False, tooltip='', maxlen=None)

    def line(self, x1, y1, x2, y2, w=0.75, color='#000000'):
        self.c.setStrokeColorRGB(*self._col(color))
        self.c.setLineWidth(w)
        self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, lw=1.0, color='#000000', fill=None, stroke=True):
        c = self.c
        if fill:
            c.setFillColorRGB(*self._col(fill))
        c.setStrokeColorRGB(*self._col(color))
        c.setLineWidth(lw)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def circle(self, cx, cy, r, lw=1.0, color='#000000', fill=None, stroke=True):
        c = self.c
        if fill:
            c.setFillColorRGB(*self._col(fill))
        c.setStrokeColorRGB(*self._col(color))
        c.setLineWidth(lw)
        c.circle(cx, cy, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def polygon(self, pts, lw=1.0, color='#000000', fill=None, stroke=True):
        c = self.c
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        if fill:
            c.setFillColorRGB(*self._col(fill))
        c.setStrokeColorRGB(*self._col(color))
        c.setLineWidth(lw)
        c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def newpage(self):
        self.c.showPage()


def build_rl_canvas(spec, out, acro=False):
    from reportlab.pdfgen import canvas
    register_fonts()
    pg = spec['page']
    tmp = out + '.form.pdf' if acro else out
    c = canvas.Canvas(tmp, pagesize=(pg['W'], pg['H']))
    c.setTitle(pg['title'])
    c.setAuthor(pg.get('author', ''))
    P = RLPainter(c, acro=acro)
    layout(spec, P)
    c.showPage()
    c.save()
    if acro:
        subprocess.run(['qpdf', '--warning-exit-0', '--no-warn', '--generate-appearances', '--flatten-annotations=all', tmp, out], check=True)
        os.remove(tmp)


# ---------------- PostScript painter ---------------------------------------
WIN = RL_ENCODINGS['WinAnsiEncoding']


def ps_str(s):
    b = s.encode('cp1252')
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    return '(' + ''.join(out) + ')'


class PSPainter(Painter):
    def __init__(self, pg):
        self.pg = pg
        self.pages = [[]]
        self.fonts = set()
        self.cur = self.pages[0]

    def _font(self, rlname):
        # map back from ReportLab font name to PostScript name
        return RL2PS.get(rlname, rlname)

    def text(self, x, y, s, font, size, color='#000000', ls=0.0):
        pf = self._font(font)
        self.fonts.add(pf)
        r, g, b = hexrgb(color)
        if ls:
            self.cur.append('%.3f %.3f %.3f setrgbcolor /%s-W %.2f selectfont %.2f %.2f moveto %.2f 0 %s ashow'
                            % (r, g, b, pf, size, x, y, ls, ps_str(s)))
        else:
            self.cur.append('%.3f %.3f %.3f setrgbcolor /%s-W %.2f selectfont %.2f %.2f moveto %s show'
                            % (r, g, b, pf, size, x, y, ps_str(s)))

    def line(self, x1, y1, x2, y2, w=0.75, color='#000000'):
        r, g, b = hexrgb(color)
        self.cur.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke'
                        % (r, g, b, w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=1.0, color='#000000', fill=None, stroke=True):
        if fill:
            r, g, b = hexrgb(fill)
            self.cur.append('%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill' % (r, g, b, x, y, w, h))
        if stroke:
            r, g, b = hexrgb(color)
            self.cur.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke'
                            % (r, g, b, lw, x, y, w, h))

    def circle(self, cx, cy, r, lw=1.0, color='#000000', fill=None, stroke=True):
        if fill:
            rr, g, b = hexrgb(fill)
            self.cur.append('%.3f %.3f %.3f setrgbcolor newpath %.2f %.2f %.2f 0 360 arc fill' % (rr, g, b, cx, cy, r))
        if stroke:
            rr, g, b = hexrgb(color)
            self.cur.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc stroke'
                            % (rr, g, b, lw, cx, cy, r))

    def polygon(self, pts, lw=1.0, color='#000000', fill=None, stroke=True):
        path = 'newpath %.2f %.2f moveto ' % pts[0] + ' '.join('%.2f %.2f lineto' % p for p in pts[1:]) + ' closepath'
        if fill:
            r, g, b = hexrgb(fill)
            self.cur.append('%.3f %.3f %.3f setrgbcolor %s fill' % (r, g, b, path))
        if stroke:
            r, g, b = hexrgb(color)
            self.cur.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %s stroke' % (r, g, b, lw, path))

    def newpage(self):
        self.cur = []
        self.pages.append(self.cur)

    def document(self, title):
        W, H = self.pg['W'], self.pg['H']
        enc = ' '.join('/' + (g or '.notdef') for g in WIN)
        out = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (round(W), round(H)),
               '%%%%Title: %s' % title, '%%Creator: certs-z27 build.py (hand-written PostScript)',
               '%%%%Pages: %d' % len(self.pages), '%%EndComments', '%%BeginProlog',
               '/WinEnc [ %s ] def' % enc,
               '/reenc { % newname basefont reenc -', '  findfont dup length dict begin',
               '  { 1 index /FID ne { def } { pop pop } ifelse } forall',
               '  /Encoding WinEnc def currentdict end definefont pop } bind def', '%%EndProlog',
               '%%BeginSetup',
               '<< /PageSize [%.2f %.2f] >> setpagedevice' % (W, H)]
        for f in sorted(self.fonts):
            out.append('/%s-W /%s reenc' % (f, f))
        out.append('[ /Title %s /Creator (certs-z27 PostScript) /DOCINFO pdfmark' % ps_str(title))
        out.append('%%EndSetup')
        for i, p in enumerate(self.pages):
            out.append('%%%%Page: %d %d' % (i + 1, i + 1))
            out.extend(p)
            out.append('showpage')
        out.append('%%EOF')
        return '\n'.join(out) + '\n'


RL2PS = {}
for _fam in _PS:
    for _k in ('', 'b', 'i', 'bi'):
        RL2PS[rl_font(_fam, 'b' in _k, 'i' in _k) if _fam in _CORE or _fam in _T1 else None] = \
            ps_font(_fam, 'b' in _k, 'i' in _k)


def build_gs(spec, out, stem):
    register_fonts()
    P = PSPainter(spec['page'])

    def fontfn(fam, b, i):
        if fam not in _PS:
            fam = 'serif'
        return rl_font(fam, b, i)

    layout(spec, P, fontfn)
    ps = os.path.join(SRC, stem + '.ps')
    with open(ps, 'w', encoding='latin-1') as fh:
        fh.write(P.document(spec['page']['title']))
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-dCompatibilityLevel=1.5', '-sOutputFile=' + out, ps], check=True)


# ---------------- ReportLab Platypus ---------------------------------------
def build_platypus(spec, out):
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, KeepTogether)
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib import colors
    register_fonts()
    pg = spec['page']
    W, H = pg['W'], pg['H']
    top, right, bottom, left = pg['margin']
    cw = W - left - right
    AL = {'C': TA_CENTER, 'L': TA_LEFT, 'R': TA_RIGHT}
    esc = lambda s: html.escape(s, quote=False)
    state = {'page': 0}

    def on_page(c, doc):
        state['page'] += 1
        P = RLPainter(c)
        c.saveState()
        draw_decorations(P, pg, state['page'], rl_font)
        c.restoreState()

    def pstyle(name, font, size, align, color='#000000', lead=1.22, after=0, b=False, i=False):
        return ParagraphStyle(name, fontName=rl_font(font, b, i), fontSize=size, leading=size * lead,
                              alignment=AL[align], textColor=colors.HexColor(color), spaceAfter=after)

    story = []
    n = 0
    for b in spec['blocks']:
        n += 1
        k = b['k']
        if k == 'T':
            txt = esc(b['text']).replace('\n', '<br/>')
            st = pstyle('t%d' % n, b['font'], b['size'], b['align'], b['color'], b['lead'], b['after'],
                        b['b'], b['i'])
            if b['w'] < 1:
                t = Table([[Paragraph(txt, st)]], colWidths=[cw * b['w']])
                t.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                                       ('TOPPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 0)]))
                t.hAlign = {'C': 'CENTER', 'L': 'LEFT', 'R': 'RIGHT'}[b['align']]
                story.append(t)
                story.append(Spacer(1, b['after']))
            else:
                story.append(Paragraph(txt, st))
        elif k == 'SP':
            story.append(Spacer(1, b['h']))
        elif k == 'BR':
            story.append(PageBreak())
        elif k == 'RULE':
            story.append(HRFlowable(width='%d%%' % int(b['w'] * 100), thickness=b['thick'],
                                    color=colors.HexColor(b['color']), spaceBefore=0, spaceAfter=b['after'],
                                    hAlign='CENTER' if pg['align'] == 'C' else 'LEFT'))
        elif k == 'KV':
            w = cw * b['w']
            ls = pstyle('kl%d' % n, b['lfont'] or b['font'], b['size'], 'L', b['lcolor'], b['lead'], 0, b['lb'])
            vs = pstyle('kv%d' % n, b['font'], b['size'], 'L', b['color'], b['lead'], 0, b.get('vb', False))
            data = [[Paragraph(esc(r[0]), ls), Paragraph(esc(r[1]), vs)] for r in b['rows']]
            t = Table(data, colWidths=[w * b['lw'], w * (1 - b['lw'])])
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                   ('BOTTOMPADDING', (0, 0), (-1, -1), b['rowgap'] + 1),
                                   ('TOPPADDING', (0, 0), (-1, -1), 1)]))
            t.hAlign = 'CENTER' if b['align'] == 'C' else 'LEFT'
            story.append(t)
            story.append(Spacer(1, b['after']))
        elif k == 'COLS':
            w = cw * b['w']
            ncol = len(b['cells'])
            widths = [w * f for f in (b['widths'] or [1.0 / ncol] * ncol)]
            ls = pstyle('cl%d' % n, b['font'], b['lsize'], b['calign'], b['lcolor'], 1.2, 0, b['lb'])
            vs = pstyle('cv%d' % n, b['font'], b['size'], b['calign'], b['color'], b['lead'], 0, b['vb'])
            labs = [Paragraph(esc(c[0].upper() if b['lcaps'] else c[0]), ls) for c in b['cells']]
            vals = [Paragraph(esc(c[1]), vs) for c in b['cells']]
            t = Table([labs, vals], colWidths=widths)
            sty = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2),
                   ('TOPPADDING', (0, 0), (-1, -1), 1), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
            if b['line']:
                sty.append(('LINEBELOW', (0, 1), (-1, 1), 0.6, colors.HexColor('#777777')))
            t.setStyle(TableStyle(sty))
            t.hAlign = 'CENTER' if b['align'] == 'C' else 'LEFT'
            story.append(t)
            story.append(Spacer(1, b['after']))
        elif k == 'TABLE':
            w = cw * b['w']
            ncol = len(b['head'])
            widths = [w * f for f in (b['widths'] or [1.0 / ncol] * ncol)]
            hs = [pstyle('th%d_%d' % (n, j), b['font'], b['size'], b['calign'][j], b['color'], b['lead'], 0, True)
                  for j in range(ncol)]
            cs = [pstyle('td%d_%d' % (n, j), b['font'], b['size'], b['calign'][j], b['color'], b['lead'], 0)
                  for j in range(ncol)]
            data = [[Paragraph(esc(c), hs[j]) for j, c in enumerate(b['head'])]]
            for r in b['rows']:
                data.append([Paragraph(esc(c), cs[j]) for j, c in enumerate(r)])
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.HexColor('#444444')),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(b['head_fill'] or '#ffffff')),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            t.hAlign = 'CENTER' if b['align'] == 'C' else 'LEFT'
            story.append(t)
            story.append(Spacer(1, b['after']))
        elif k == 'SIGS':
            w = cw * b['w']
            ncol = len(b['sigs'])
            ns = pstyle('sn%d' % n, b['font'], b['size'], 'C', b['color'], b['lead'], 0, True)
            ts = pstyle('st%d' % n, b['font'], b['size'] - 1, 'C', b['color'], b['lead'], 0, False, True)
            ss = pstyle('ss%d' % n, 'script', 17, 'C', '#1b2a6b', 1.0, 0)
            row0 = [Paragraph(esc(s[2]) if len(s) > 2 and s[2] else '&nbsp;', ss) for s in b['sigs']]
            row1 = []
            for s in b['sigs']:
                inner = Table([[Paragraph(esc(s[0]), ns)], [Paragraph(esc(s[1]), ts)]], colWidths=[w / ncol - 28])
                inner.setStyle(TableStyle([('LINEABOVE', (0, 0), (0, 0), 0.7, colors.black),
                                           ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                           ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                                           ('TOPPADDING', (0, 0), (-1, -1), 1),
                                           ('BOTTOMPADDING', (0, 0), (-1, -1), 0)]))
                row1.append(inner)
            t = Table([row0, row1], colWidths=[w / ncol] * ncol, rowHeights=[b['gap'], None])
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, 0), 'BOTTOM'), ('VALIGN', (0, 1), (-1, 1), 'TOP'),
                                   ('LEFTPADDING', (0, 0), (-1, -1), 14), ('RIGHTPADDING', (0, 0), (-1, -1), 14),
                                   ('TOPPADDING', (0, 1), (-1, 1), 0)]))
            t.hAlign = 'CENTER'
            story.append(KeepTogether([t]))
            story.append(Spacer(1, b['after']))
    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=pg['title'], author=pg.get('author', ''))
    frame = Frame(left, bottom, cw, H - top - bottom, id='body', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id='cert', frames=[frame], onPage=on_page)])
    doc.build(story)


# ---------------- seal image (docx / fpdf) ----------------------------------
def seal_png(seal, path, px=360):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new('RGBA', (px, px), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    col = tuple(int(seal.get('color', '#8a6d1f').lstrip('#')[i:i + 2], 16) for i in (0, 2, 4))
    cx = cy = px / 2
    r = px / 2 - 4
    pts = []
    n = 40
    for k in range(2 * n):
        rr = r if k % 2 == 0 else r * 0.91
        a = math.pi * k / n
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col + (255,))
    for rr, wd in ((r * 0.80, 5), (r * 0.74, 2)):
        d.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], outline=(255, 255, 255, 255), width=wd)
    font = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', int(px * 0.075))
    lines = seal.get('lines', [])
    lh = px * 0.095
    y = cy - lh * len(lines) / 2
    for ln in lines:
        w = d.textlength(ln, font=font)
        d.text((cx - w / 2, y), ln, font=font, fill=(255, 255, 255, 255))
        y += lh
    img.save(path)


# ---------------- HTML / Chromium -------------------------------------------
def build_html(spec, out, stem):
    pg = spec['page']
    W, H = pg['W'], pg['H']
    top, right, bottom, left = pg['margin']
    e = lambda s: html.escape(s, quote=False)
    css = ['@page { size: %.2fpt %.2fpt; margin: 0; }' % (W, H),
           'html, body { margin: 0; padding: 0; }',
           'body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }',
           '.page { position: relative; width: %.2fpt; height: %.2fpt; overflow: hidden; '
           'page-break-after: always; break-after: page; }' % (W, H),
           '.page:last-child { page-break-after: auto; break-after: auto; }',
           '.content { position: absolute; left: %.2fpt; right: %.2fpt; top: %.2fpt; }' % (left, right, top),
           'table { border-collapse: collapse; }',
           '.kv td { vertical-align: top; padding: 0 0 %spt 0; }',
           '.grid td, .grid th { border: 0.6pt solid #444; padding: 3pt 5pt; }',
           '.sig td { vertical-align: top; text-align: center; padding: 0 14pt; }',
           '.sigline { border-top: 0.7pt solid #000; padding-top: 3pt; }',
           '.footer { position: absolute; left: 0; right: 0; color: #555; font-family: %s; }' % CSS_FAMILY['sans']]

    def deco(pageno):
        parts = []
        if pg.get('band'):
            parts.append('<div style="position:absolute;left:0;top:0;width:100%%;height:30pt;background:%s"></div>'
                         % pg['band'])
            parts.append('<div style="position:absolute;left:0;bottom:0;width:100%%;height:12pt;background:%s"></div>'
                         % pg['band'])
        bd = pg['border']
        if bd:
            d = bd.get('inset', 22)
            col = bd.get('color', '#000')
            st = bd.get('style', 'single')
            box = 'position:absolute;left:%.1fpt;top:%.1fpt;right:%.1fpt;bottom:%.1fpt;'
            if st == 'single':
                parts.append('<div style="%sborder:%.1fpt solid %s"></div>' % (box % (d, d, d, d),
                                                                              bd.get('lw', 1.5), col))
            elif st in ('double', 'ornate'):
                parts.append('<div style="%sborder:3pt solid %s"></div>' % (box % (d - 1.5, d - 1.5, d - 1.5, d - 1.5),
                                                                           col))
                parts.append('<div style="%sborder:0.8pt solid %s"></div>' % (box % (d + 6, d + 6, d + 6, d + 6), col))
                if st == 'ornate':
                    parts.append('<div style="%sborder:0.4pt solid %s"></div>' % (
                        box % (d + 11, d + 11, d + 11, d + 11), col))
            elif st == 'thick':
                parts.append('<div style="%sborder:9pt solid %s"></div>' % (box % (d - 4.5, d - 4.5, d - 4.5, d - 4.5),
                                                                           col))
                parts.append('<div style="%sborder:0.6pt solid %s"></div>' % (box % (d + 9, d + 9, d + 9, d + 9), col))
        sl = pg['seal']
        if sl and (pageno == 1 or sl.get('all_pages')):
            r = sl.get('r', 42)
            pos = sl.get('pos', 'br')
            mx, my = sl.get('dx', 70), sl.get('dy', 70)
            horiz = {'bl': 'left:%.1fpt' % mx, 'tl': 'left:%.1fpt' % mx, 'br': 'right:%.1fpt' % mx,
                     'tr': 'right:%.1fpt' % mx, 'bc': 'left:%.1fpt' % (W / 2 - r)}[pos]
            vert = 'top:%.1fpt' % my if pos in ('tr', 'tl') else 'bottom:%.1fpt' % my
            col = sl.get('color', '#8a6d1f')
            inner = ''.join('<div>%s</div>' % e(x) for x in sl.get('lines', []))
            parts.append(
                '<div style="position:absolute;%s;%s;width:%.1fpt;height:%.1fpt;border-radius:50%%;background:%s;'
                'display:flex;align-items:center;justify-content:center;transform:rotate(-8deg)">'
                '<div style="width:78%%;height:78%%;border-radius:50%%;border:1.2pt solid #fff;display:flex;'
                'flex-direction:column;align-items:center;justify-content:center;color:#fff;font-family:%s;'
                'font-weight:bold;font-size:%.1fpt;line-height:1.15;text-align:center">%s</div></div>'
                % (horiz, vert, 2 * r, 2 * r, col, CSS_FAMILY['sans'], sl.get('size', 7.5), inner))
        if pg['footer']:
            lines = [x.replace('{p}', str(pageno)).replace('{n}', str(pg['npages'])) for x in pg['footer']]
            fs = pg['footer_size']
            al = {'C': 'center', 'L': 'left', 'R': 'right'}[pg.get('footer_align', 'C')]
            parts.append('<div class="footer" style="bottom:%.1fpt;font-size:%.1fpt;text-align:%s;'
                         'padding:0 %.1fpt 0 %.1fpt">%s</div>'
                         % (pg.get('footer_y', 30) - fs * 1.3 * (len(lines) - 1) - 2, fs, al, right, left,
                            '<br>'.join(e(x) for x in lines)))
        return ''.join(parts)

    body = []
    pageno = 1
    body.append('<div class="page">' + deco(pageno) + '<div class="content">')
    ta = {'C': 'center', 'L': 'left', 'R': 'right'}

    def margin_for(b):
        if b.get('align') == 'C':
            return 'margin-left:auto;margin-right:auto;'
        if b.get('indent'):
            return 'margin-left:%.1fpt;' % b['indent']
        return ''

    for b in spec['blocks']:
        k = b['k']
        if k == 'BR':
            pageno += 1
            body.append('</div></div><div class="page">' + deco(pageno) + '<div class="content">')
        elif k == 'SP':
            body.append('<div style="height:%.1fpt"></div>' % b['h'])
        elif k == 'RULE':
            body.append('<div style="width:%d%%;%sborder-top:%.2fpt solid %s;margin-bottom:%.1fpt"></div>'
                        % (b['w'] * 100, 'margin-left:auto;margin-right:auto;' if pg['align'] == 'C' else '',
                           b['thick'], b['color'], b['after']))
        elif k == 'T':
            st = ('font-family:%s;font-size:%.1fpt;line-height:%.2f;text-align:%s;color:%s;margin:0 0 %.1fpt 0;'
                  % (CSS_FAMILY.get(b['font'], CSS_FAMILY['serif']), b['size'], b['lead'], ta[b['align']],
                     b['color'], b['after']))
            if b['b']:
                st += 'font-weight:bold;'
            if b['i']:
                st += 'font-style:italic;'
            if b['ls']:
                st += 'letter-spacing:%.1fpt;' % b['ls']
            if b['w'] < 1:
                st += 'width:%d%%;' % (b['w'] * 100) + margin_for(b)
            body.append('<div style="%s">%s</div>' % (st, e(b['text']).replace('\n', '<br>')))
        elif k == 'KV':
            fam = CSS_FAMILY.get(b['font'], CSS_FAMILY['serif'])
            lfam = CSS_FAMILY.get(b['lfont'] or b['font'], fam)
            rows = ''.join(
                '<tr><td style="width:%d%%;font-family:%s;color:%s;%s">%s</td><td style="color:%s;%s">%s</td></tr>'
                % (b['lw'] * 100, lfam, b['lcolor'], 'font-weight:bold;' if b['lb'] else '', e(r[0]),
                   b['color'], 'font-weight:bold;' if b.get('vb') else '', e(r[1])) for r in b['rows'])
            body.append('<table class="kv" style="width:%d%%;%sfont-family:%s;font-size:%.1fpt;line-height:%.2f;'
                        'margin-bottom:%.1fpt;text-align:left">%s</table>'
                        % (b['w'] * 100, margin_for(b), fam, b['size'], b['lead'], b['after'], rows)
                        .replace('padding: 0 0 %spt 0', ''))
        elif k == 'COLS':
            fam = CSS_FAMILY.get(b['font'], CSS_FAMILY['serif'])
            n = len(b['cells'])
            widths = b['widths'] or [1.0 / n] * n
            labs = ''.join('<td style="width:%d%%;font-size:%.1fpt;color:%s;%s%s;padding:0 6pt 1pt 0;'
                           'text-align:%s">%s</td>'
                           % (wf * 100, b['lsize'], b['lcolor'], 'font-weight:bold;' if b['lb'] else '',
                              'text-transform:uppercase;letter-spacing:0.6pt' if b['lcaps'] else '',
                              ta[b['calign']], e(c[0])) for c, wf in zip(b['cells'], widths))
            vals = ''.join('<td style="font-size:%.1fpt;%s%spadding:0 6pt 2pt 0;text-align:%s">%s</td>'
                           % (b['size'], 'font-weight:bold;' if b['vb'] else '',
                              'border-bottom:0.6pt solid #777;' if b['line'] else '', ta[b['calign']], e(c[1]))
                           for c in b['cells'])
            body.append('<table style="width:%d%%;%sfont-family:%s;line-height:%.2f;margin-bottom:%.1fpt;'
                        'table-layout:fixed"><tr>%s</tr><tr>%s</tr></table>'
                        % (b['w'] * 100, margin_for(b), fam, b['lead'], b['after'], labs, vals))
        elif k == 'TABLE':
            fam = CSS_FAMILY.get(b['font'], CSS_FAMILY['serif'])
            n = len(b['head'])
            widths = b['widths'] or [1.0 / n] * n
            head = ''.join('<th style="width:%d%%;background:%s;text-align:%s">%s</th>'
                           % (wf * 100, b['head_fill'] or '#fff', ta[b['calign'][j]], e(c))
                           for j, (c, wf) in enumerate(zip(b['head'], widths)))
            rows = ''.join('<tr>' + ''.join('<td style="text-align:%s">%s</td>' % (ta[b['calign'][j]], e(c))
                                            for j, c in enumerate(r)) + '</tr>' for r in b['rows'])
            body.append('<table class="grid" style="width:%d%%;%sfont-family:%s;font-size:%.1fpt;'
                        'line-height:%.2f;margin-bottom:%.1fpt"><tr>%s</tr>%s</table>'
                        % (b['w'] * 100, margin_for(b), fam, b['size'], b['lead'], b['after'], head, rows))
        elif k == 'SIGS':
            fam = CSS_FAMILY.get(b['font'], CSS_FAMILY['serif'])
            n = len(b['sigs'])
            cells = []
            for s in b['sigs']:
                scr = ('<div style="font-family:%s;font-size:17pt;color:#1b2a6b;height:%.1fpt;line-height:%.1fpt">'
                       '%s</div>' % (CSS_FAMILY['script'], b['gap'], b['gap'] + 6, e(s[2]))
                       if len(s) > 2 and s[2] else '<div style="height:%.1fpt"></div>' % b['gap'])
                cells.append('<td style="width:%d%%">%s<div class="sigline"><b>%s</b><br><i style="font-size:%.1fpt">'
                             '%s</i></div></td>' % (100 / n, scr, e(s[0]), b['size'] - 1, e(s[1])))
            body.append('<table class="sig" style="width:%d%%;margin:0 auto %.1fpt auto;font-family:%s;'
                        'font-size:%.1fpt;line-height:%.2f"><tr>%s</tr></table>'
                        % (b['w'] * 100, b['after'], fam, b['size'], b['lead'], ''.join(cells)))
    body.append('</div></div>')
    doc = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title><style>\n%s\n%s\n'
           '</style></head><body>\n%s\n</body></html>\n' % (e(pg['title']), '\n'.join(css), pg.get('css', ''),
                                                             '\n'.join(body)))
    doc = doc.replace('padding: 0 0 %spt 0', 'padding: 0 0 3pt 0')
    src = os.path.join(SRC, stem + '.html')
    with open(src, 'w', encoding='utf-8') as fh:
        fh.write(doc)
    prof = os.path.join(PROFILES, 'chromium')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                    '--user-data-dir=' + prof, '--no-pdf-header-footer', '--print-to-pdf-no-header',
                    '--no-first-run', '--print-to-pdf=' + out, 'file://' + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------- LibreOffice helpers --------------------------------------
def soffice_convert(src, out):
    prof = os.path.join(PROFILES, 'libreoffice')
    os.makedirs(prof, exist_ok=True)
    outdir = os.path.dirname(src)
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--norestore',
                    '--convert-to', 'pdf', '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = os.path.splitext(src)[0] + '.pdf'
    shutil.move(produced, out)


def xe(s):
    return html.escape(s, quote=True)


# ---------------- flat ODF (.fodt) -------------------------------------------
def build_fodt(spec, out, stem):
    pg = spec['page']
    W, H = pg['W'], pg['H']
    top, right, bottom, left = pg['margin']
    fonts = set(['Liberation Sans', 'Liberation Serif'])
    auto = []
    body = []
    TA = {'C': 'center', 'L': 'start', 'R': 'end'}
    cnt = [0]

    def nid(p):
        cnt[0] += 1
        return '%s%d' % (p, cnt[0])

    def pstyle(font, size, b=False, i=False, align='L', color='#000000', after=0, ls=0, lead=1.22, brk=False,
               extra_par='', before=0):
        name = nid('P')
        fam = OFFICE_FAMILY.get(font, 'Liberation Serif')
        fonts.add(fam)
        tp = 'style:font-name="%s" fo:font-size="%.1fpt" fo:color="%s"' % (fam, size, color)
        if b:
            tp += ' fo:font-weight="bold"'
        if i:
            tp += ' fo:font-style="italic"'
        if ls:
            tp += ' fo:letter-spacing="%.2fpt"' % ls
        pp = ('fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:line-height="%d%%"'
              % (TA[align], before, after, round(lead * 100 / 1.15)))
        if brk:
            pp += ' fo:break-before="page"'
        pp += extra_par
        auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
                    '<style:text-properties %s/></style:style>' % (name, pp, tp))
        return name

    def para(st, text):
        return '<text:p text:style-name="%s">%s</text:p>' % (st, xe(text).replace('\n', '<text:line-break/>'))

    def table(widths_pt, align, rows_xml, name=None):
        name = name or nid('Tb')
        tw = sum(widths_pt)
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.1fpt" '
                    'table:align="%s"/></style:style>' % (name, tw, {'C': 'center', 'L': 'left', 'R': 'right'}[align]))
        cols = []
        for j, w in enumerate(widths_pt):
            cn = '%s.c%d' % (name, j)
            auto.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                        'style:column-width="%.1fpt"/></style:style>' % (cn, w))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (
            name, name, ''.join(cols), rows_xml)

    def cellstyle(border=None, fill=None, pad=1.5, valign='top', border_top=None):
        name = nid('C')
        props = 'fo:padding="%.1fpt" style:vertical-align="%s"' % (pad, valign)
        props += ' fo:border="%s"' % (border or 'none')
        if border_top:
            props += ' fo:border-top="%s"' % border_top
        if fill:
            props += ' fo:background-color="%s"' % fill
        auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/>'
                    '</style:style>' % (name, props))
        return name

    cw = W - left - right
    pending_break = [False]

    def brk():
        v = pending_break[0]
        pending_break[0] = False
        return v

    for b in spec['blocks']:
        k = b['k']
        if k == 'BR':
            pending_break[0] = True
        elif k == 'SP':
            st = pstyle(pg['font'], max(1, b['h'] * 0.8), lead=1.0, brk=brk())
            body.append(para(st, ''))
        elif k == 'RULE':
            w = cw * b['w']
            ind = (cw - w) / 2 if pg['align'] == 'C' else 0
            st = pstyle(pg['font'], 2, lead=1.0, after=b['after'], brk=brk(),
                        extra_par=' fo:border-bottom="%.2fpt solid %s" fo:padding="0pt" fo:margin-left="%.1fpt" '
                                  'fo:margin-right="%.1fpt"' % (b['thick'], b['color'], ind, ind))
            body.append(para(st, ''))
        elif k == 'T':
            w = cw * b['w']
            ind = (cw - w) / 2 if b['w'] < 1 and b['align'] == 'C' else 0
            extra = ' fo:margin-left="%.1fpt" fo:margin-right="%.1fpt"' % (ind, ind) if ind else ''
            if b.get('indent'):
                extra = ' fo:margin-left="%.1fpt"' % b['indent']
            st = pstyle(b['font'], b['size'], b['b'], b['i'], b['align'], b['color'], b['after'], b['ls'],
                        b['lead'], brk=brk(), extra_par=extra)
            body.append(para(st, b['text']))
        elif k == 'KV':
            w = cw * b['w']
            ls = pstyle(b['lfont'] or b['font'], b['size'], b['lb'], False, 'L', b['lcolor'], 0, lead=b['lead'])
            vs = pstyle(b['font'], b['size'], b.get('vb', False), False, 'L', b['color'], 0, lead=b['lead'])
            cs = cellstyle(pad=b['rowgap'] / 2 + 0.5)
            rows = ''.join('<table:table-row><table:table-cell table:style-name="%s" office:value-type="string">%s'
                           '</table:table-cell><table:table-cell table:style-name="%s" office:value-type="string">%s'
                           '</table:table-cell></table:table-row>' % (cs, para(ls, r[0]), cs, para(vs, r[1]))
                           for r in b['rows'])
            if brk():
                body.append(para(pstyle(pg['font'], 2, lead=1.0, brk=True), ''))
            body.append(table([w * b['lw'], w * (1 - b['lw'])], b['align'], rows))
            body.append(para(pstyle(pg['font'], 1, lead=1.0, after=max(0, b['after'] - 2)), ''))
        elif k == 'COLS':
            w = cw * b['w']
            n = len(b['cells'])
            widths = [w * f for f in (b['widths'] or [1.0 / n] * n)]
            ls = pstyle(b['font'], b['lsize'], b['lb'], False, b['calign'], b['lcolor'], 0,
                        0.6 if b['lcaps'] else 0, 1.15)
            vs = pstyle(b['font'], b['size'], b['vb'], False, b['calign'], b['color'], 0, lead=b['lead'])
            c1 = cellstyle(pad=1)
            c2 = cellstyle(pad=1, border='none') if not b['line'] else cellstyle(pad=1)
            if b['line']:
                auto[-1] = auto[-1].replace('fo:border="none"', 'fo:border="none" fo:border-bottom="0.6pt solid #777777"')
            r1 = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                         % (c1, para(ls, c[0].upper() if b['lcaps'] else c[0])) for c in b['cells'])
            r2 = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                         % (c2, para(vs, c[1])) for c in b['cells'])
            if brk():
                body.append(para(pstyle(pg['font'], 2, lead=1.0, brk=True), ''))
            body.append(table(widths, b['align'], '<table:table-row>%s</table:table-row><table:table-row>%s'
                                                    '</table:table-row>' % (r1, r2)))
            body.append(para(pstyle(pg['font'], 1, lead=1.0, after=max(0, b['after'] - 2)), ''))
        elif k == 'TABLE':
            w = cw * b['w']
            n = len(b['head'])
            widths = [w * f for f in (b['widths'] or [1.0 / n] * n)]
            hs = [pstyle(b['font'], b['size'], True, False, b['calign'][j], b['color'], 0, lead=b['lead'])
                  for j in range(n)]
            ts = [pstyle(b['font'], b['size'], False, False, b['calign'][j], b['color'], 0, lead=b['lead'])
                  for j in range(n)]
            ch = cellstyle('0.6pt solid #444444', b['head_fill'], pad=3, valign='middle')
            cc = cellstyle('0.6pt solid #444444', None, pad=3, valign='middle')
            rows = '<table:table-row>' + ''.join(
                '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                % (ch, para(hs[j], c)) for j, c in enumerate(b['head'])) + '</table:table-row>'
            for r in b['rows']:
                rows += '<table:table-row>' + ''.join(
                    '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                    % (cc, para(ts[j], c)) for j, c in enumerate(r)) + '</table:table-row>'
            if brk():
                body.append(para(pstyle(pg['font'], 2, lead=1.0, brk=True), ''))
            body.append(table(widths, b['align'], rows))
            body.append(para(pstyle(pg['font'], 1, lead=1.0, after=max(0, b['after'] - 2)), ''))
        elif k == 'SIGS':
            w = cw * b['w']
            n = len(b['sigs'])
            ns = pstyle(b['font'], b['size'], True, False, 'C', b['color'], 0, lead=b['lead'])
            ts = pstyle(b['font'], b['size'] - 1, False, True, 'C', b['color'], 0, lead=b['lead'])
            ss = pstyle('script', 17, False, False, 'C', '#1b2a6b', 0, lead=1.0)
            sp = pstyle(b['font'], 10, lead=1.0, before=max(0, b['gap'] - 14))
            cs = cellstyle(pad=0)
            ls = pstyle(b['font'], b['size'], True, False, 'C', b['color'], 0, lead=b['lead'],
                        extra_par=' fo:border-top="0.7pt solid #000000" fo:padding-top="2pt" '
                                  'fo:margin-left="14pt" fo:margin-right="14pt"')
            cells = ''
            for s in b['sigs']:
                top_p = para(ss, s[2]) if len(s) > 2 and s[2] else para(sp, '')
                cells += ('<table:table-cell table:style-name="%s" office:value-type="string">%s%s%s'
                          '</table:table-cell>' % (cs, top_p, para(ls, s[0]), para(ts, s[1])))
            if brk():
                body.append(para(pstyle(pg['font'], 2, lead=1.0, brk=True), ''))
            body.append(table([w / n] * n, 'C', '<table:table-row>%s</table:table-row>' % cells))
            body.append(para(pstyle(pg['font'], 1, lead=1.0, after=max(0, b['after'] - 2)), ''))

    # page-anchored seal (ellipse with text)
    shapes = ''
    sl = pg['seal']
    if sl:
        r = sl.get('r', 42)
        pos = sl.get('pos', 'br')
        mx, my = sl.get('dx', 70), sl.get('dy', 70)
        x = {'bl': mx, 'tl': mx, 'br': W - mx - 2 * r, 'tr': W - mx - 2 * r, 'bc': W / 2 - r}[pos]
        yy = my if pos in ('tr', 'tl') else H - my - 2 * r
        col = sl.get('color', '#8a6d1f')
        auto.append('<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
                    'draw:fill="solid" draw:fill-color="%s" draw:stroke="solid" svg:stroke-color="#ffffff" '
                    'svg:stroke-width="1.2pt" draw:textarea-horizontal-align="center" '
                    'draw:textarea-vertical-align="middle" style:wrap="run-through" style:run-through="background" '
                    'fo:padding-top="0pt" fo:padding-bottom="0pt"/></style:style>' % col)
        sp = pstyle('sans', sl.get('size', 7.5), True, False, 'C', '#ffffff', 0, lead=1.15)
        shapes = ('<draw:ellipse draw:style-name="gr1" draw:z-index="0" text:anchor-type="page" '
                  'text:anchor-page-number="1" svg:x="%.1fpt" svg:y="%.1fpt" svg:width="%.1fpt" svg:height="%.1fpt">'
                  '%s</draw:ellipse>' % (x, yy, 2 * r, 2 * r, ''.join(para(sp, ln) for ln in sl.get('lines', []))))
    # border through the page layout
    bd = pg['border']
    pl = ('fo:page-width="%.2fpt" fo:page-height="%.2fpt" style:print-orientation="%s" '
          % (W, H, 'landscape' if pg['orient'] == 'L' else 'portrait'))
    if bd:
        d = bd.get('inset', 22)
        col = bd.get('color', '#000000')
        st = bd.get('style', 'single')
        if st in ('double', 'ornate', 'thick'):
            bspec = 'fo:border="4.5pt double %s" style:border-line-width="2.5pt 1pt 1pt"' % col
        else:
            bspec = 'fo:border="%.1fpt solid %s"' % (bd.get('lw', 1.5), col)
        pl += ('fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:margin-left="%.1fpt" fo:margin-right="%.1fpt" '
               '%s fo:padding-top="%.1fpt" fo:padding-bottom="%.1fpt" fo:padding-left="%.1fpt" '
               'fo:padding-right="%.1fpt"' % (d, d, d, d, bspec, top - d, max(4, bottom - d - 30),
                                              left - d, right - d))
    else:
        pl += ('fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:margin-left="%.1fpt" fo:margin-right="%.1fpt"'
               % (top, max(10, bottom - 30), left, right))
    footer = ''
    if pg['footer']:
        fs = pg['footer_size']
        fst = pstyle('sans', fs, False, False, pg.get('footer_align', 'C'), '#555555', 0, lead=1.2)
        fl = []
        for ln in pg['footer']:
            t = xe(ln).replace('{p}', '<text:page-number text:select-page="current">1</text:page-number>')
            t = t.replace('{n}', '<text:page-count>%d</text:page-count>' % pg['npages'])
            fl.append('<text:p text:style-name="%s">%s</text:p>' % (fst, t))
        footer = '<style:footer>%s</style:footer>' % ''.join(fl)
    fdecl = ''.join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f) for f in sorted(fonts))
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
           '<office:meta><dc:title>%s</dc:title></office:meta>\n'
           '<office:font-face-decls>%s</office:font-face-decls>\n'
           '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties '
           'fo:margin-top="0pt" fo:margin-bottom="0pt"/><style:text-properties style:font-name="Liberation Serif" '
           'fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>'
           '</office:styles>\n'
           '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties %s/>'
           '<style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="6pt"/>'
           '</style:footer-style></style:page-layout>\n%s\n</office:automatic-styles>\n'
           '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s'
           '</style:master-page></office:master-styles>\n'
           '<office:body><office:text>\n%s\n%s\n</office:text></office:body></office:document>\n'
           % (xe(pg['title']), fdecl, pl, '\n'.join(auto), footer, shapes, '\n'.join(body)))
    src = os.path.join(SRC, stem + '.fodt')
    with open(src, 'w', encoding='utf-8') as fh:
        fh.write(doc)
    soffice_convert(src, out)


# ---------------- python-docx -------------------------------------------------
def build_docx(spec, out, stem):
    import docx
    from docx.shared import Pt, RGBColor, Emu
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    pg = spec['page']
    W, H = pg['W'], pg['H']
    top, right, bottom, left = pg['margin']
    cw = W - left - right
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Pt(W), Pt(H)
    sec.orientation = WD_ORIENT.LANDSCAPE if pg['orient'] == 'L' else WD_ORIENT.PORTRAIT
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Pt(top), Pt(right), Pt(bottom), Pt(left)
    sec.footer_distance = Pt(max(12, pg['footer_y'] - pg['footer_size'] * len(pg['footer'] or [1])))
    normal = d.styles['Normal']
    normal.font.name = OFFICE_FAMILY.get(pg['font'], 'Liberation Serif')
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    d.core_properties.title = pg['title']
    d.core_properties.author = pg.get('author', '')
    AL = {'C': WD_ALIGN_PARAGRAPH.CENTER, 'L': WD_ALIGN_PARAGRAPH.LEFT, 'R': WD_ALIGN_PARAGRAPH.RIGHT}
    TAL = {'C': WD_TABLE_ALIGNMENT.CENTER, 'L': WD_TABLE_ALIGNMENT.LEFT, 'R': WD_TABLE_ALIGNMENT.RIGHT}

    def run_fmt(r, font, size, b=False, i=False, color='#000000', ls=0):
        fam = OFFICE_FAMILY.get(font, 'Liberation Serif')
        r.font.name = fam
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts')
            rpr.insert(0, rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), fam)
        r.font.size = Pt(size)
        r.font.bold = b
        r.font.italic = i
        r.font.color.rgb = RGBColor.from_string(color.lstrip('#').upper())
        if ls:
            sp = OxmlElement('w:spacing')
            sp.set(qn('w:val'), str(int(ls * 20)))
            rpr.append(sp)

    def pfmt(p, align='L', after=0, lead=1.15, before=0):
        p.alignment = AL[align]
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.line_spacing = lead / 1.17

    def add_par(container, text, font, size, b=False, i=False, align='L', color='#000000', after=0, ls=0,
                lead=1.2, before=0):
        p = container.add_paragraph()
        pfmt(p, align, after, lead, before)
        if text:
            lines = text.split('\n')
            for j, ln in enumerate(lines):
                r = p.add_run(ln)
                run_fmt(r, font, size, b, i, color, ls)
                if j < len(lines) - 1:
                    r.add_break()
        return p

    def cell_par(cell, first=[True]):
        # reuse the empty paragraph that every new cell has
        if len(cell.paragraphs) == 1 and not cell.paragraphs[0].runs and not getattr(cell, '_used', False):
            cell._used = True
            return cell.paragraphs[0]
        return cell.add_paragraph()

    def cpar(cell, text, font, size, b=False, i=False, align='L', color='#000000', lead=1.15, after=0, before=0):
        p = cell.paragraphs[0] if (len(cell.paragraphs) == 1 and not cell.paragraphs[0].runs
                                   and not cell.paragraphs[0].text and not getattr(cell, '_u', False)) \
            else cell.add_paragraph()
        cell._u = True
        pfmt(p, align, after, lead, before)
        if text:
            r = p.add_run(text)
            run_fmt(r, font, size, b, i, color)
        return p

    def set_col_widths(t, widths):
        t.autofit = False
        tblPr = t._tbl.tblPr
        lay = OxmlElement('w:tblLayout')
        lay.set(qn('w:type'), 'fixed')
        tblPr.append(lay)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Pt(w)
        for col, w in zip(t.columns, widths):
            col.width = Pt(w)

    def cell_border(cell, **kw):
        tcPr = cell._tc.get_or_add_tcPr()
        b = OxmlElement('w:tcBorders')
        for edge, val in kw.items():
            e = OxmlElement('w:' + edge)
            e.set(qn('w:val'), val[0])
            e.set(qn('w:sz'), str(val[1]))
            e.set(qn('w:color'), val[2])
            b.append(e)
        tcPr.append(b)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear')
        s.set(qn('w:color'), 'auto')
        s.set(qn('w:fill'), fill.lstrip('#'))
        tcPr.append(s)

    def after_table(after):
        p = d.add_paragraph()
        pfmt(p, 'L', 0, 1.0)
        r = p.add_run('')
        p.paragraph_format.line_spacing = Pt(max(1, after))

    seal_path = None
    if pg['seal']:
        seal_path = os.path.join(SRC, stem + '_seal.png')
        seal_png(pg['seal'], seal_path)
    seal_used = False
    for b in spec['blocks']:
        k = b['k']
        if k == 'BR':
            d.add_page_break()
        elif k == 'SP':
            p = d.add_paragraph()
            p.paragraph_format.line_spacing = Pt(max(1, b['h']))
        elif k == 'RULE':
            p = d.add_paragraph()
            pfmt(p, 'C', b['after'], 1.0)
            ind = cw * (1 - b['w']) / 2 if pg['align'] == 'C' else 0
            p.paragraph_format.left_indent = Pt(ind)
            p.paragraph_format.right_indent = Pt(ind)
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement('w:pBdr')
            e = OxmlElement('w:bottom')
            e.set(qn('w:val'), 'single')
            e.set(qn('w:sz'), str(max(2, int(b['thick'] * 8))))
            e.set(qn('w:space'), '1')
            e.set(qn('w:color'), b['color'].lstrip('#'))
            bdr.append(e)
            pPr.append(bdr)
            p.paragraph_format.line_spacing = Pt(2)
        elif k == 'T':
            p = add_par(d, b['text'], b['font'], b['size'], b['b'], b['i'], b['align'], b['color'], b['after'],
                        b['ls'], b['lead'])
            if b['w'] < 1:
                ind = cw * (1 - b['w']) / 2
                p.paragraph_format.left_indent = Pt(ind)
                p.paragraph_format.right_indent = Pt(ind)
            if b.get('indent'):
                p.paragraph_format.left_indent = Pt(b['indent'])
        elif k == 'KV':
            w = cw * b['w']
            t = d.add_table(rows=len(b['rows']), cols=2)
            t.alignment = TAL[b['align']]
            set_col_widths(t, [w * b['lw'], w * (1 - b['lw'])])
            for r, row in zip(t.rows, b['rows']):
                cpar(r.cells[0], row[0], b['lfont'] or b['font'], b['size'], b['lb'], False, 'L', b['lcolor'],
                     b['lead'], b['rowgap'])
                cpar(r.cells[1], row[1], b['font'], b['size'], b.get('vb', False), False, 'L', b['color'],
                     b['lead'], b['rowgap'])
            after_table(b['after'])
        elif k == 'COLS':
            w = cw * b['w']
            n = len(b['cells'])
            widths = [w * f for f in (b['widths'] or [1.0 / n] * n)]
            t = d.add_table(rows=2, cols=n)
            t.alignment = TAL[b['align']]
            set_col_widths(t, widths)
            for j, c in enumerate(b['cells']):
                p = cpar(t.rows[0].cells[j], c[0].upper() if b['lcaps'] else c[0], b['font'], b['lsize'], b['lb'],
                         False, b['calign'], b['lcolor'], 1.1, 1)
                cpar(t.rows[1].cells[j], c[1], b['font'], b['size'], b['vb'], False, b['calign'], b['color'],
                     b['lead'], 2)
                if b['line']:
                    cell_border(t.rows[1].cells[j], bottom=('single', 5, '777777'))
            after_table(b['after'])
        elif k == 'TABLE':
            w = cw * b['w']
            n = len(b['head'])
            widths = [w * f for f in (b['widths'] or [1.0 / n] * n)]
            t = d.add_table(rows=1 + len(b['rows']), cols=n)
            t.style = d.styles['Table Grid']
            t.alignment = TAL[b['align']]
            set_col_widths(t, widths)
            for j, c in enumerate(b['head']):
                cell = t.rows[0].cells[j]
                cpar(cell, c, b['font'], b['size'], True, False, b['calign'][j], b['color'], b['lead'], 2, 2)
                if b['head_fill']:
                    shade(cell, b['head_fill'])
            for i, row in enumerate(b['rows']):
                for j, c in enumerate(row):
                    cpar(t.rows[i + 1].cells[j], c, b['font'], b['size'], False, False, b['calign'][j], b['color'],
                         b['lead'], 2, 2)
            after_table(b['after'])
        elif k == 'SIGS':
            w = cw * b['w']
            sigs = list(b['sigs'])
            n = len(sigs) + (1 if seal_path and not seal_used else 0)
            t = d.add_table(rows=1, cols=n)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [w / n] * n
            set_col_widths(t, widths)
            cells = list(t.rows[0].cells)
            if seal_path and not seal_used:
                mid = cells.pop(len(cells) // 2)
                p = cpar(mid, '', b['font'], b['size'], align='C')
                p.add_run().add_picture(seal_path, width=Pt(2 * pg['seal'].get('r', 42)))
                seal_used = True
            for cell, s in zip(cells, sigs):
                if len(s) > 2 and s[2]:
                    cpar(cell, s[2], 'script', 17, False, False, 'C', '#1b2a6b', 1.0, 0, max(0, b['gap'] - 22))
                else:
                    cpar(cell, '', b['font'], 10, before=max(0, b['gap'] - 12))
                cpar(cell, '_' * 30, b['font'], b['size'], False, False, 'C')
                cpar(cell, s[0], b['font'], b['size'], True, False, 'C', b['color'], b['lead'])
                cpar(cell, s[1], b['font'], b['size'] - 1, False, True, 'C', b['color'], b['lead'])
            after_table(b['after'])
    if seal_path and not seal_used:
        p = d.add_paragraph()
        pfmt(p, 'R' if pg['seal'].get('pos', 'br').endswith('r') else 'L', 0)
        p.add_run().add_picture(seal_path, width=Pt(2 * pg['seal'].get('r', 42)))
    # page border
    bd = pg['border']
    if bd:
        sectPr = sec._sectPr
        pb = OxmlElement('w:pgBorders')
        pb.set(qn('w:offsetFrom'), 'page')
        st = bd.get('style', 'single')
        val, sz = {'single': ('single', 12), 'double': ('thinThickSmallGap', 24), 'ornate': ('triple', 6),
                   'thick': ('thickThinMediumGap', 36)}[st]
        for edge in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + edge)
            e.set(qn('w:val'), val)
            e.set(qn('w:sz'), str(sz))
            e.set(qn('w:space'), str(int(bd.get('inset', 22))))
            e.set(qn('w:color'), bd.get('color', '#000000').lstrip('#'))
            pb.append(e)
        # pgBorders must come after pgMar in sectPr
        pgMar = sectPr.find(qn('w:pgMar'))
        pgMar.addnext(pb)
    if pg['footer']:
        ft = sec.footer
        first = True
        for ln in pg['footer']:
            p = ft.paragraphs[0] if first else ft.add_paragraph()
            first = False
            pfmt(p, pg.get('footer_align', 'C'), 0, 1.15)
            parts = re.split(r'(\{p\}|\{n\})', ln)
            for part in parts:
                if part in ('{p}', '{n}'):
                    fld = OxmlElement('w:fldSimple')
                    fld.set(qn('w:instr'), 'PAGE' if part == '{p}' else 'NUMPAGES')
                    r = OxmlElement('w:r')
                    rpr = OxmlElement('w:rPr')
                    rf = OxmlElement('w:rFonts')
                    for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
                        rf.set(qn(a), OFFICE_FAMILY['sans'])
                    rpr.append(rf)
                    col = OxmlElement('w:color')
                    col.set(qn('w:val'), '555555')
                    rpr.append(col)
                    for tag in ('w:sz', 'w:szCs'):
                        sz = OxmlElement(tag)
                        sz.set(qn('w:val'), str(int(pg['footer_size'] * 2)))
                        rpr.append(sz)
                    r.append(rpr)
                    t = OxmlElement('w:t')
                    t.text = '1'
                    r.append(t)
                    fld.append(r)
                    p._p.append(fld)
                elif part:
                    r = p.add_run(part)
                    run_fmt(r, 'sans', pg['footer_size'], color='#555555')
    src = os.path.join(SRC, stem + '.docx')
    d.save(src)
    soffice_convert(src, out)


# ---------------- PHP engines ----------------------------------------------
def build_php(spec, out, stem, which):
    js = copy.deepcopy(spec)
    if js['page']['seal'] and which == 'fpdf':
        p = os.path.join(SRC, stem + '_seal.png')
        seal_png(js['page']['seal'], p)
        js['page']['seal']['png'] = p
    src = os.path.join(SRC, stem + '.json')
    with open(src, 'w', encoding='utf-8') as fh:
        json.dump(js, fh, ensure_ascii=False, indent=1)
    subprocess.run(['php', os.path.join(HERE, 'engine_%s.php' % which), src, out], check=True)


def build(spec, out, stem):
    os.makedirs(SRC, exist_ok=True)
    s = normalise(spec)
    prod = spec['producer']
    if prod == 'chromium':
        build_html(s, out, stem)
    elif prod == 'fodt':
        build_fodt(s, out, stem)
    elif prod == 'docx':
        build_docx(s, out, stem)
    elif prod in ('fpdf', 'tcpdf'):
        build_php(s, out, stem, prod)
    elif prod == 'rl_canvas':
        build_rl_canvas(s, out)
    elif prod == 'acroform':
        build_rl_canvas(s, out, acro=True)
    elif prod == 'rl_platypus':
        build_platypus(s, out)
    elif prod == 'gs':
        build_gs(s, out, stem)
    else:
        raise ValueError(prod)
