"""Hand-made page layout used by three producers:
  * ReportLab canvas  (render_canvas)
  * ReportLab canvas + AcroForm fields, filled with qpdf and flattened (render_acroform)
  * hand-written PostScript turned into PDF by Ghostscript (render_ps)

The flow engine measures text with real font metrics (ReportLab for the
canvas, the URW .afm files for Ghostscript) and produces absolute drawing
operations that each backend emits in its own way.
"""
import json
import math
import os
import subprocess

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase._fontdata import encodings as RL_ENCODINGS

from .ir import page_size, hex2rgb

WINANSI = RL_ENCODINGS['WinAnsiEncoding']


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
class RLMetrics:
    """ReportLab fonts: base-14 and a few registered TrueType families."""
    BASE = {
        'serif': ('Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic'),
        'sans': ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'),
        'mono': ('Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique'),
    }
    TTF = {
        'lserif': ('/usr/share/fonts/truetype/liberation/LiberationSerif', ('-Regular', '-Bold', '-Italic', '-BoldItalic')),
        'lsans': ('/usr/share/fonts/truetype/liberation/LiberationSans', ('-Regular', '-Bold', '-Italic', '-BoldItalic')),
        'dserif': ('/usr/share/fonts/truetype/dejavu/DejaVuSerif', ('', '-Bold', '-Italic', '-BoldItalic')),
        'dsans': ('/usr/share/fonts/truetype/dejavu/DejaVuSans', ('', '-Bold', '-Oblique', '-BoldOblique')),
    }

    def __init__(self):
        self.fams = dict(self.BASE)
        for key, (stem, sfx) in self.TTF.items():
            names = []
            for s in sfx:
                nm = os.path.basename(stem) + (s or '-Regular')
                if nm not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(nm, stem + s + '.ttf'))
                names.append(nm)
            self.fams[key] = tuple(names)
        # script stand-ins
        self.fams['chancery'] = ('Times-Italic',) * 4
        for alias, real in (('palatino', 'serif'), ('century', 'serif'), ('bookman', 'serif'),
                            ('gothic', 'sans'), ('nimbus', 'serif'), ('nsans', 'sans')):
            self.fams.setdefault(alias, self.fams[real])

    def face(self, fam, b=False, i=False):
        f = self.fams.get(fam) or self.fams['serif']
        return f[(1 if b else 0) + (2 if i else 0)]

    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size)


AFM_DIR = '/usr/share/fonts/type1/urw-base35'


class AFMMetrics:
    """URW base-35 fonts as used by Ghostscript, measured from their .afm files."""
    FAMS = {
        'serif': ('NimbusRoman-Regular', 'NimbusRoman-Bold', 'NimbusRoman-Italic', 'NimbusRoman-BoldItalic'),
        'sans': ('NimbusSans-Regular', 'NimbusSans-Bold', 'NimbusSans-Italic', 'NimbusSans-BoldItalic'),
        'palatino': ('P052-Roman', 'P052-Bold', 'P052-Italic', 'P052-BoldItalic'),
        'century': ('C059-Roman', 'C059-Bold', 'C059-Italic', 'C059-BdIta'),
        'bookman': ('URWBookman-Light', 'URWBookman-Demi', 'URWBookman-LightItalic', 'URWBookman-DemiItalic'),
        'gothic': ('URWGothic-Book', 'URWGothic-Demi', 'URWGothic-BookOblique', 'URWGothic-DemiOblique'),
        'chancery': ('Z003-MediumItalic',) * 4,
        'narrow': ('NimbusSansNarrow-Regular', 'NimbusSansNarrow-Bold', 'NimbusSansNarrow-Oblique', 'NimbusSansNarrow-BoldOblique'),
    }

    def __init__(self):
        self.w = {}

    def _load(self, font):
        if font in self.w:
            return self.w[font]
        d = {}
        with open(os.path.join(AFM_DIR, font + '.afm'), encoding='latin-1') as fh:
            for line in fh:
                if line.startswith('C '):
                    parts = [p.strip() for p in line.split(';')]
                    wx = name = None
                    for p in parts:
                        if p.startswith('WX '):
                            wx = float(p[3:])
                        elif p.startswith('N '):
                            name = p[2:].strip()
                    if name:
                        d[name] = wx
        self.w[font] = d
        return d

    def face(self, fam, b=False, i=False):
        f = self.FAMS.get(fam) or self.FAMS['serif']
        return f[(1 if b else 0) + (2 if i else 0)]

    def width(self, s, font, size):
        d = self._load(font)
        tot = 0.0
        for ch in s:
            tot += d.get(glyph_name(ch), 500)
        return tot * size / 1000.0


def glyph_name(ch):
    try:
        code = ch.encode('cp1252')[0]
    except UnicodeEncodeError:
        return 'question'
    if ch == "'":
        return 'quotesingle'
    if ch == '`':
        return 'grave'
    return WINANSI[code] or 'space'


# --------------------------------------------------------------------------
# flow
# --------------------------------------------------------------------------
def wrap(text, width, wfun):
    out = []
    for para in str(text).split('\n'):
        words = para.split(' ')
        cur = ''
        for w in words:
            cand = (cur + ' ' + w) if cur else w
            if cur and wfun(cand) > width:
                out.append(cur)
                cur = w
            else:
                cur = cand
        out.append(cur)
    return out


class Flow:
    def __init__(self, page, metrics):
        self.p = page
        self.m = metrics
        self.W, self.H = page_size(page)
        mg = page.get('margin', 72)
        self.ml = self.mr = page.get('mx', mg)
        self.mt = page.get('mt', mg)
        self.mb = page.get('mb', mg)
        self.cw = self.W - self.ml - self.mr
        self.fam = page.get('font', 'serif')
        self.align = page.get('align', 'C')
        self.color = page.get('color', '#000000')

    # text helpers ---------------------------------------------------------
    def tw(self, s, font, size, track=0):
        return self.m.width(s, font, size) + track * len(s)

    def _text(self, ops, x, yd, font, size, s, color, track=0, align='L', box=None, field=None):
        w = self.tw(s, font, size, track)
        if box:
            bx, bw = box
            if align == 'C':
                x = bx + (bw - w) / 2
            elif align == 'R':
                x = bx + bw - w
            else:
                x = bx
        if field:
            ops.append(dict(t='field', name=field, x=x, yd=yd, w=w, font=font, size=size,
                            s=s, color=color, align=align, box=box))
        else:
            ops.append(dict(t='text', x=x, yd=yd, font=font, size=size, s=s, color=color, track=track))
        return w

    # main -----------------------------------------------------------------
    def run(self, blocks):
        pages = []
        cur = []
        for b in blocks:
            if b['k'] == 'PB':
                pages.append(cur)
                cur = []
            else:
                cur.append(b)
        pages.append(cur)
        return [self.layout_page(bl) for bl in pages]

    def layout_page(self, blocks):
        ops = []
        foot = [b for b in blocks if b['k'] == 'FOOT']
        body = [b for b in blocks if b['k'] != 'FOOT']
        y = 0.0
        for b in body:
            y = getattr(self, 'b_' + b['k'])(b, ops, y)
        content_h = y
        # footer (from bottom upwards)
        fops = []
        fy = 0.0
        for b in foot:
            fy = self.b_T(dict(b, size=b.get('size', 7.5), sa=b.get('sa', 2)), fops, fy)
        foot_h = fy
        top = self.H - self.mt
        avail = self.H - self.mt - self.mb - foot_h - 8
        shift = 0.0
        if self.p.get('valign') == 'center' and content_h < avail:
            shift = (avail - content_h) / 2
        out = []
        for o in ops:
            out.append(self._abs(o, top - shift))
        ftop = self.mb + foot_h
        for o in fops:
            out.append(self._abs(o, ftop))
        return out

    def _abs(self, o, top):
        o = dict(o)
        if 'yd' in o:
            o['y'] = top - o.pop('yd')
        if 'yd1' in o:
            o['y1'] = top - o.pop('yd1')
            o['y2'] = top - o.pop('yd2')
        return o

    # blocks ---------------------------------------------------------------
    def _style(self, b, size=11):
        size = b.get('size', size)
        font = self.m.face(b.get('font', self.fam), b.get('b', False), b.get('i', False))
        return font, size, b.get('color', self.color)

    def b_SP(self, b, ops, y):
        return y + b['h']

    def b_T(self, b, ops, y):
        font, size, color = self._style(b)
        track = b.get('track', 0)
        align = b.get('align', self.align)
        y += b.get('sb', 0)
        width = min(b.get('w', self.cw), self.cw)
        bx = self.ml + (self.cw - width) / 2 if align == 'C' else (self.ml if align == 'L' else self.ml + self.cw - width)
        lines = wrap(b['text'], width, lambda s: self.tw(s, font, size, track))
        lh = size * b.get('lh', 1.22)
        field = b.get('field')
        for n, ln in enumerate(lines):
            fname = None
            if field:
                fname = field if len(lines) == 1 else '%s_%d' % (field, n + 1)
            self._text(ops, 0, y + size * 0.9, font, size, ln, color, track, align, (bx, width), fname)
            y += lh
        return y + b.get('sa', size * 0.45)

    def b_RULE(self, b, ops, y):
        y += b.get('sb', 2)
        w = b.get('w', self.cw)
        x = self.ml + (self.cw - w) / 2
        ops.append(dict(t='line', x1=x, yd1=y, x2=x + w, yd2=y, w=b.get('lw', 0.8),
                        color=b.get('color', self.p.get('accent', '#444444'))))
        return y + b.get('sa', 8)

    def _blockx(self, b, default_w):
        w = min(b.get('w', default_w), self.cw)
        al = b.get('align', 'C' if self.align == 'C' else 'L')
        if al == 'C':
            return self.ml + (self.cw - w) / 2, w
        if al == 'R':
            return self.ml + self.cw - w, w
        return self.ml, w

    def b_KV(self, b, ops, y):
        size = b.get('size', 11)
        lfont = self.m.face(b.get('font', self.fam), b.get('label_b', True), b.get('label_i', False))
        vfont = self.m.face(b.get('font', self.fam), b.get('value_b', False), False)
        color = b.get('color', self.color)
        lcolor = b.get('lcolor', color)
        x0, w = self._blockx(b, self.cw * 0.82)
        lw = b.get('lw', 130)
        lh = size * 1.25
        gap = b.get('gap', 4)
        for row in b['rows']:
            label, value = row[0], row[1]
            field = row[2] if len(row) > 2 else None
            self._text(ops, x0, y + size * 0.9, lfont, size, label, lcolor)
            lines = wrap(value, w - lw, lambda s: self.tw(s, vfont, size))
            for n, ln in enumerate(lines):
                fname = None
                if field:
                    fname = field if len(lines) == 1 else '%s_%d' % (field, n + 1)
                if fname:
                    ops.append(dict(t='field', name=fname, x=x0 + lw, yd=y + size * 0.9, w=w - lw,
                                    font=vfont, size=size, s=ln, color=color, align='L', box=None))
                else:
                    self._text(ops, x0 + lw, y + size * 0.9, vfont, size, ln, color)
                y += lh
            y += gap
        return y + b.get('sa', 8)

    def b_COLS(self, b, ops, y):
        size = b.get('size', 11.5)
        lsize = b.get('lsize', 8)
        fam = b.get('font', self.fam)
        lfont = self.m.face(fam, b.get('label_b', True), False)
        vfont = self.m.face(fam, b.get('value_b', False), False)
        color = b.get('color', self.color)
        lcolor = b.get('lcolor', '#555555')
        x0, w = self._blockx(b, self.cw)
        calign = b.get('calign', 'L')
        for row in b['rows']:
            n = len(row)
            fr = b.get('colw') or [1.0 / n] * n
            xs = []
            acc = x0
            for f in fr[:n]:
                xs.append((acc, w * f))
                acc += w * f
            # labels
            for (bx, bw), cell in zip(xs, row):
                self._text(ops, bx, y + lsize * 0.9, lfont, lsize, cell[0], lcolor, 0, calign, (bx + 2, bw - 8))
            if b.get('underline', True):
                for bx, bw in xs:
                    ops.append(dict(t='line', x1=bx + 2, yd1=y + lsize * 1.25, x2=bx + bw - 10, yd2=y + lsize * 1.25,
                                    w=0.4, color='#999999'))
            yv = y + lsize * 1.25 + 3
            maxy = yv
            for (bx, bw), cell in zip(xs, row):
                field = cell[2] if len(cell) > 2 else None
                lines = wrap(cell[1], bw - 10, lambda s: self.tw(s, vfont, size))
                yy = yv
                for k, ln in enumerate(lines):
                    fname = None
                    if field:
                        fname = field if len(lines) == 1 else '%s_%d' % (field, k + 1)
                    if fname:
                        ops.append(dict(t='field', name=fname, x=bx + 2, yd=yy + size * 0.9, w=bw - 10, font=vfont,
                                        size=size, s=ln, color=color, align='L', box=None))
                    else:
                        self._text(ops, bx, yy + size * 0.9, vfont, size, ln, color, 0, calign, (bx + 2, bw - 8))
                    yy += size * 1.25
                maxy = max(maxy, yy)
            y = maxy + b.get('gap', 10)
        return y + b.get('sa', 4)

    def b_TABLE(self, b, ops, y):
        size = b.get('size', 10)
        fam = b.get('font', self.fam)
        hfont = self.m.face(fam, True, False)
        vfont = self.m.face(fam, False, False)
        color = b.get('color', self.color)
        x0, w = self._blockx(b, self.cw)
        n = len(b['header'])
        fr = b.get('widths') or [1.0 / n] * n
        cols = []
        acc = x0
        for f in fr:
            cols.append((acc, w * f))
            acc += w * f
        pad = 4
        lh = size * 1.22
        lc = b.get('line', '#666666')

        def row(cells, font, fill):
            nonlocal y
            wrapped = [wrap(c, cw - 2 * pad, lambda s: self.tw(s, font, size)) for c, (cx, cw) in zip(cells, cols)]
            h = max(len(l) for l in wrapped) * lh + 2 * pad
            if fill:
                ops.append(dict(t='rect', x=x0, yd=y + h, w=w, h=h, lw=0, stroke=None, fill=fill))
            for lines, (cx, cw) in zip(wrapped, cols):
                yy = y + pad
                for ln in lines:
                    self._text(ops, cx + pad, yy + size * 0.88, font, size, ln, color)
                    yy += lh
            ops.append(dict(t='line', x1=x0, yd1=y + h, x2=x0 + w, yd2=y + h, w=0.5, color=lc))
            y += h

        ops.append(dict(t='line', x1=x0, yd1=y, x2=x0 + w, yd2=y, w=1.0, color=lc))
        top = y
        row(b['header'], hfont, b.get('hfill', '#e6e6e6'))
        for r in b['rows']:
            row(r, vfont, None)
        if b.get('grid', True):
            for cx, cw in cols + [(x0 + w, 0)]:
                ops.append(dict(t='line', x1=cx, yd1=top, x2=cx, yd2=y, w=0.5, color=lc))
        return y + b.get('sa', 10)

    def b_SIG(self, b, ops, y):
        size = b.get('size', 9.5)
        fam = b.get('font', self.fam)
        nfont = self.m.face(fam, True, False)
        tfont = self.m.face(fam, False, b.get('ti', True))
        sfont = self.m.face(b.get('sfont', 'chancery'), False, True)
        color = b.get('color', self.color)
        x0, w = self._blockx(b, self.cw)
        sigs = b['sigs']
        n = len(sigs)
        slot = w / n
        y += b.get('sb', 6)
        maxy = y
        for k, s in enumerate(sigs):
            cx = x0 + slot * k
            ln = min(slot - 24, b.get('lw', 190))
            lx = cx + (slot - ln) / 2
            if b.get('align', 'C') == 'L' and n == 1:
                lx = self.ml
                cx = self.ml - (slot - ln) / 2
            yy = y
            if len(s) > 2 and s[2]:
                self._text(ops, 0, yy + 18, sfont, 18, s[2], b.get('scolor', '#1b2a6b'), 0, 'C', (lx, ln))
            yy += 24
            ops.append(dict(t='line', x1=lx, yd1=yy, x2=lx + ln, yd2=yy, w=0.7, color='#333333'))
            yy += 3
            self._text(ops, 0, yy + size * 0.95, nfont, size, s[0], color, 0, 'C', (lx, ln))
            yy += size * 1.25
            for tl in str(s[1]).split('\n'):
                if tl:
                    self._text(ops, 0, yy + size * 0.9, tfont, size - 0.5, tl, color, 0, 'C', (lx, ln))
                    yy += size * 1.2
            maxy = max(maxy, yy)
        return maxy + b.get('sa', 8)


# --------------------------------------------------------------------------
# decorations (absolute coordinates)
# --------------------------------------------------------------------------
def decorations(page):
    W, H = page_size(page)
    ops = []
    bc = page.get('bcolor', page.get('accent', '#1f3a5f'))
    kind = page.get('border')
    if kind == 'single':
        ops.append(dict(t='rect', x=24, y=24, w=W - 48, h=H - 48, lw=1.2, stroke=bc, fill=None))
    elif kind == 'double':
        ops.append(dict(t='rect', x=20, y=20, w=W - 40, h=H - 40, lw=3.5, stroke=bc, fill=None))
        ops.append(dict(t='rect', x=28, y=28, w=W - 56, h=H - 56, lw=0.8, stroke=bc, fill=None))
    elif kind == 'thick':
        ops.append(dict(t='rect', x=18, y=18, w=W - 36, h=H - 36, lw=10, stroke=bc, fill=None))
        ops.append(dict(t='rect', x=30, y=30, w=W - 60, h=H - 60, lw=0.6, stroke=bc, fill=None))
    elif kind == 'ornate':
        ops.append(dict(t='rect', x=22, y=22, w=W - 44, h=H - 44, lw=2.2, stroke=bc, fill=None))
        ops.append(dict(t='rect', x=30, y=30, w=W - 60, h=H - 60, lw=0.6, stroke=bc, fill=None))
        for cx, cy in ((30, 30), (W - 30, 30), (30, H - 30), (W - 30, H - 30)):
            ops.append(dict(t='poly', pts=[(cx - 9, cy), (cx, cy + 9), (cx + 9, cy), (cx, cy - 9)], fill=bc, stroke=None, lw=0))
    elif kind == 'band':
        ops.append(dict(t='rect', x=0, y=H - 16, w=W, h=16, lw=0, stroke=None, fill=bc))
        ops.append(dict(t='rect', x=0, y=0, w=W, h=8, lw=0, stroke=None, fill=bc))
    if page.get('topbar'):
        ops.append(dict(t='rect', x=0, y=H - 60, w=W, h=60, lw=0, stroke=None, fill=page['topbar']))
    seal = page.get('seal')
    if seal:
        r = page.get('seal_r', 38)
        pos = {'bl': (page.get('mx', page.get('margin', 72)) + 20, 100), 'br': (W - 110, 100),
               'bc': (W / 2, 88), 'tr': (W - 100, H - 100), 'tl': (100, H - 100)}[seal]
        cx, cy = page.get('seal_xy', pos)
        sc = page.get('seal_color', '#b8860b')
        if page.get('ribbon', True):
            ops.append(dict(t='poly', pts=[(cx - 16, cy), (cx - 28, cy - r - 22), (cx - 16, cy - r - 14), (cx - 6, cy - r - 24), (cx, cy)],
                            fill='#8b1a1a', stroke=None, lw=0))
            ops.append(dict(t='poly', pts=[(cx + 16, cy), (cx + 28, cy - r - 22), (cx + 16, cy - r - 14), (cx + 6, cy - r - 24), (cx, cy)],
                            fill='#8b1a1a', stroke=None, lw=0))
        pts = []
        for k in range(48):
            rr = r if k % 2 == 0 else r * 0.86
            a = math.pi * 2 * k / 48
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        ops.append(dict(t='poly', pts=pts, fill=sc, stroke=None, lw=0))
        ops.append(dict(t='circle', cx=cx, cy=cy, r=r * 0.72, lw=1.2, stroke='#ffffff', fill=None))
        ops.append(dict(t='circle', cx=cx, cy=cy, r=r * 0.6, lw=0.6, stroke='#ffffff', fill=None))
    return ops


# --------------------------------------------------------------------------
# ReportLab canvas backend
# --------------------------------------------------------------------------
def _canvas_draw(c, ops, fields=None):
    from reportlab.lib.colors import Color
    def col(h):
        r, g, b = hex2rgb(h)
        return Color(r, g, b)
    for o in ops:
        t = o['t']
        if t == 'text':
            c.setFillColor(col(o['color']))
            if o.get('track'):
                to = c.beginText(o['x'], o['y'])
                to.setFont(o['font'], o['size'])
                to.setCharSpace(o['track'])
                to.textOut(o['s'])
                to.setCharSpace(0)      # Tc is part of the PDF text state and would persist
                c.drawText(to)
            else:
                c.setFont(o['font'], o['size'])
                c.drawString(o['x'], o['y'], o['s'])
        elif t == 'line':
            c.setStrokeColor(col(o['color']))
            c.setLineWidth(o['w'])
            c.line(o['x1'], o['y1'], o['x2'], o['y2'])
        elif t == 'rect':
            y = o['y'] if 'y' in o else None
            if o.get('fill'):
                c.setFillColor(col(o['fill']))
            if o.get('stroke'):
                c.setStrokeColor(col(o['stroke']))
                c.setLineWidth(o['lw'])
            c.rect(o['x'], y, o['w'], o['h'], stroke=1 if o.get('stroke') else 0, fill=1 if o.get('fill') else 0)
        elif t == 'circle':
            if o.get('stroke'):
                c.setStrokeColor(col(o['stroke']))
                c.setLineWidth(o['lw'])
            if o.get('fill'):
                c.setFillColor(col(o['fill']))
            c.circle(o['cx'], o['cy'], o['r'], stroke=1 if o.get('stroke') else 0, fill=1 if o.get('fill') else 0)
        elif t == 'poly':
            p = c.beginPath()
            p.moveTo(*o['pts'][0])
            for pt in o['pts'][1:]:
                p.lineTo(*pt)
            p.close()
            if o.get('fill'):
                c.setFillColor(col(o['fill']))
            c.drawPath(p, stroke=0, fill=1)
        elif t == 'field':
            if fields is None:   # plain canvas: a field op is just text
                c.setFillColor(col(o['color']))
                c.setFont(o['font'], o['size'])
                c.drawString(o['x'], o['y'], o['s'])
            else:
                fields.append(o)


def _fix_rect_y(ops):
    # rect ops from the flow carry yd of their bottom edge -> y already converted
    return ops


def render_canvas(cert, out_pdf, src_dir=None):
    from reportlab.pdfgen import canvas
    page = cert['page']
    m = RLMetrics()
    pages = Flow(page, m).run(cert['blocks'])
    W, H = page_size(page)
    c = canvas.Canvas(out_pdf, pagesize=(W, H), invariant=1)
    c.setTitle(page.get('meta_title', 'Certificate'))
    c.setAuthor(page.get('meta_author', ''))
    c.setCreator(page.get('meta_creator', 'ReportLab'))
    for ops in pages:
        _canvas_draw(c, decorations(page))
        _canvas_draw(c, ops)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------
# AcroForm backend: blank form (ReportLab) -> fill (qpdf JSON) -> flatten (qpdf)
# --------------------------------------------------------------------------
ACRO_FONTS = {'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic', 'Helvetica', 'Helvetica-Bold',
              'Helvetica-Oblique', 'Helvetica-BoldOblique', 'Courier', 'Courier-Bold'}


def render_acroform(cert, out_pdf, src_dir):
    from reportlab.pdfgen import canvas
    page = cert['page']
    m = RLMetrics()
    pages = Flow(page, m).run(cert['blocks'])
    W, H = page_size(page)
    cid = cert['id']
    blank = os.path.join(src_dir, cid + '.blank-form.pdf')
    c = canvas.Canvas(blank, pagesize=(W, H), invariant=1)
    c.setTitle(page.get('meta_title', 'Certificate'))
    c.setCreator(page.get('meta_creator', 'ReportLab'))
    values = {}
    for ops in pages:
        _canvas_draw(c, decorations(page))
        fields = []
        _canvas_draw(c, ops, fields)
        for f in fields:
            font = f['font'] if f['font'] in ACRO_FONTS else 'Helvetica'
            pad = 3
            if f.get('box') and f['align'] == 'C':
                bx, bw = f['box']
                fw = max(f['w'] + 2 * pad + 4, 60)
                fx = bx + (bw - fw) / 2
                ulx, ulw = bx + bw * 0.1, bw * 0.8
            else:
                fw = f['w']
                fx = f['x'] - pad
                ulx, ulw = f['x'], f['w']
            h = f['size'] * 1.45
            fy = f['y'] - f['size'] * 0.32
            c.acroForm.textfield(name=f['name'], value='', x=fx, y=fy, width=fw, height=h,
                                 fontName=font, fontSize=f['size'], borderWidth=0, fillColor=None,
                                 textColor=None, forceBorder=False, maxlen=200)
            if page.get('underline_fields', True):
                c.setStrokeColorRGB(0.45, 0.45, 0.45)
                c.setLineWidth(0.5)
                c.line(ulx, f['y'] - f['size'] * 0.38, ulx + ulw, f['y'] - f['size'] * 0.38)
            values[f['name']] = f['s']
        c.showPage()
    c.save()
    # fill the form through qpdf's JSON interface
    js = os.path.join(src_dir, cid + '.form.json')
    subprocess.run(['qpdf', '--json-output', blank, js], check=False, capture_output=True)
    d = json.load(open(js))
    objs = d['qpdf'][1]
    upd = {}
    fonts = {}
    for k, o in objs.items():
        v = o.get('value')
        if isinstance(v, dict) and v.get('/Type') == '/Font' and '/Name' in v and v.get('/Name') not in ('/F1', '/F2', '/F3', '/F4', '/F5', '/F6'):
            v['/Encoding'] = '/WinAnsiEncoding'
            fonts[v['/Name']] = k[4:]
            upd[k] = {'value': v}
    for k, o in objs.items():
        v = o.get('value')
        if isinstance(v, dict) and v.get('/FT') == '/Tx':
            name = v['/T'][2:]
            v['/V'] = 'u:' + values.get(name, '')
            v.pop('/AP', None)
            v.pop('/MK', None)
            upd[k] = {'value': v}
        elif isinstance(v, dict) and '/Fields' in v:
            v['/NeedAppearances'] = True
            v['/DR'] = {'/Font': fonts}
            upd[k] = {'value': v}
    uj = os.path.join(src_dir, cid + '.fill.json')
    json.dump({'qpdf': [d['qpdf'][0], upd]}, open(uj, 'w'), indent=1, ensure_ascii=False)
    filled = os.path.join(src_dir, cid + '.filled-form.pdf')
    r = subprocess.run(['qpdf', blank, '--update-from-json=' + uj, filled], capture_output=True, text=True)
    if r.returncode not in (0, 3):
        raise RuntimeError(r.stderr)
    r = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', filled, out_pdf],
                       capture_output=True, text=True)
    if r.returncode not in (0, 3):
        raise RuntimeError(r.stderr)
    os.remove(js)


# --------------------------------------------------------------------------
# PostScript backend (Ghostscript pdfwrite)
# --------------------------------------------------------------------------
EXTRA = {'\u2013': 'endash', '\u2014': 'emdash', '\u2122': 'trademark', '\u2022': 'bullet',
         '\u2018': 'quoteleft', '\u2019': 'quoteright', '\u201c': 'quotedblleft', '\u201d': 'quotedblright',
         '\u2026': 'ellipsis', '\u2020': 'dagger'}
EXTRA_CODES = {ch: 128 + n for n, ch in enumerate(EXTRA)}


def ps_string(s):
    out = []
    for ch in s:
        if ch in EXTRA_CODES:
            code = EXTRA_CODES[ch]
        else:
            code = ord(ch)
            if code > 255:
                code = ord('?')
        if ch in '\\()':
            out.append('\\' + ch)
        elif 32 <= code < 127:
            out.append(chr(code))
        else:
            out.append('\\%03o' % code)
    return '(' + ''.join(out) + ')'


def render_ps(cert, out_pdf, src_dir):
    page = cert['page']
    m = AFMMetrics()
    pages = Flow(page, m).run(cert['blocks'])
    W, H = page_size(page)
    used = set()
    for ops in pages:
        for o in ops:
            if o['t'] in ('text', 'field'):
                used.add(o['font'])
    L = ['%!PS-Adobe-3.0', '%%Creator: ' + page.get('meta_creator', 'hand-written PostScript'),
         '%%Title: ' + page.get('meta_title', 'Certificate'),
         '%%BoundingBox: 0 0 %d %d' % (round(W), round(H)), '%%Pages: %d' % len(pages), '%%EndComments', '',
         '/CertEncoding ISOLatin1Encoding 256 array copy def',
         'CertEncoding 39 /quotesingle put CertEncoding 96 /grave put CertEncoding 45 /hyphen put']
    for ch, code in EXTRA_CODES.items():
        L.append('CertEncoding %d /%s put' % (code, EXTRA[ch]))
    L += ['/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
          '  /Encoding exch def currentdict end definefont pop } bind def']
    for f in sorted(used):
        L.append('/%s-L CertEncoding /%s reenc' % (f, f))
    L += ['/rgb { setrgbcolor } bind def',
          '[ /Title (%s) /Creator (%s) /Author (%s) /DOCINFO pdfmark' % (
              page.get('meta_title', 'Certificate'), page.get('meta_creator', 'PostScript'), page.get('meta_author', '')),
          '%%EndProlog']

    def col(h):
        return '%.3f %.3f %.3f rgb' % hex2rgb(h)

    for n, ops in enumerate(pages, 1):
        L += ['%%%%Page: %d %d' % (n, n), '<< /PageSize [%g %g] >> setpagedevice' % (W, H), 'gsave']
        for o in decorations(page) + ops:
            t = o['t']
            if t in ('text', 'field'):
                L.append('/%s-L findfont %g scalefont setfont %s' % (o['font'], o['size'], col(o['color'])))
                if o.get('track'):
                    L.append('%.2f %.2f moveto %g 0 %s ashow' % (o['x'], o['y'], o['track'], ps_string(o['s'])))
                else:
                    L.append('%.2f %.2f moveto %s show' % (o['x'], o['y'], ps_string(o['s'])))
            elif t == 'line':
                L.append('%s %g setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (
                    col(o['color']), o['w'], o['x1'], o['y1'], o['x2'], o['y2']))
            elif t == 'rect':
                path = 'newpath %.2f %.2f moveto %.2f 0 rlineto 0 %.2f rlineto %.2f 0 rlineto closepath' % (
                    o['x'], o['y'], o['w'], o['h'], -o['w'])
                if o.get('fill'):
                    L.append('%s %s fill' % (col(o['fill']), path))
                if o.get('stroke'):
                    L.append('%s %g setlinewidth %s stroke' % (col(o['stroke']), o['lw'], path))
            elif t == 'circle':
                path = 'newpath %.2f %.2f %.2f 0 360 arc closepath' % (o['cx'], o['cy'], o['r'])
                if o.get('fill'):
                    L.append('%s %s fill' % (col(o['fill']), path))
                if o.get('stroke'):
                    L.append('%s %g setlinewidth %s stroke' % (col(o['stroke']), o['lw'], path))
            elif t == 'poly':
                pts = o['pts']
                path = 'newpath %.2f %.2f moveto ' % pts[0] + ' '.join('%.2f %.2f lineto' % p for p in pts[1:]) + ' closepath'
                L.append('%s %s fill' % (col(o['fill']), path))
        L += ['grestore', 'showpage']
    L += ['%%EOF', '']
    ps = os.path.join(src_dir, cert['id'] + '.ps')
    with open(ps, 'w', encoding='latin-1') as fh:
        fh.write('\n'.join(L))
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.6',
                    '-sOutputFile=' + out_pdf, ps], check=True)
