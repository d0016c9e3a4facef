"""Block model + absolute layout engine (used by the ReportLab, FPDF, TCPDF and
AcroForm back ends).  Flow back ends (HTML, FODT, DOCX) read the same blocks."""
import re, math
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_SIZES = {'letter': (612.0, 792.0), 'a4': (595.28, 841.89)}

_DV = '/usr/share/fonts/truetype/dejavu/'
_LB = '/usr/share/fonts/truetype/liberation2/'
_URW = '/usr/share/fonts/type1/urw-base35/'
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for nm, fn in [('DejaVuSerif', 'DejaVuSerif.ttf'), ('DejaVuSerif-Bold', 'DejaVuSerif-Bold.ttf'),
                   ('DejaVuSerif-Italic', 'DejaVuSerif-Italic.ttf'), ('DejaVuSerif-BoldItalic', 'DejaVuSerif-BoldItalic.ttf'),
                   ('DejaVuSans', 'DejaVuSans.ttf'), ('DejaVuSans-Bold', 'DejaVuSans-Bold.ttf'),
                   ('DejaVuSans-Oblique', 'DejaVuSans-Oblique.ttf'), ('DejaVuSans-BoldOblique', 'DejaVuSans-BoldOblique.ttf')]:
        pdfmetrics.registerFont(TTFont(nm, _DV + fn))
    for nm, fn in [('LibSerif', 'LiberationSerif-Regular.ttf'), ('LibSerif-Bold', 'LiberationSerif-Bold.ttf'),
                   ('LibSerif-Italic', 'LiberationSerif-Italic.ttf'), ('LibSerif-BoldItalic', 'LiberationSerif-BoldItalic.ttf'),
                   ('LibSans', 'LiberationSans-Regular.ttf'), ('LibSans-Bold', 'LiberationSans-Bold.ttf'),
                   ('LibSans-Italic', 'LiberationSans-Italic.ttf'), ('LibSans-BoldItalic', 'LiberationSans-BoldItalic.ttf')]:
        pdfmetrics.registerFont(TTFont(nm, _LB + fn))
    face = pdfmetrics.EmbeddedType1Face(_URW + 'Z003-MediumItalic.afm', '/usr/share/fonts/X11/Type1/Z003-MediumItalic.pfb')
    pdfmetrics.registerTypeFace(face)
    pdfmetrics.registerFont(pdfmetrics.Font('Z003', face.name, 'WinAnsiEncoding'))
    _registered = True


FONTSETS = {
    # family -> style -> reportlab font name used for measuring (and drawing in RL)
    'core': {'serif': {'': 'Times-Roman', 'B': 'Times-Bold', 'I': 'Times-Italic', 'BI': 'Times-BoldItalic'},
             'sans': {'': 'Helvetica', 'B': 'Helvetica-Bold', 'I': 'Helvetica-Oblique', 'BI': 'Helvetica-BoldOblique'}},
    'dejavu': {'serif': {'': 'DejaVuSerif', 'B': 'DejaVuSerif-Bold', 'I': 'DejaVuSerif-Italic', 'BI': 'DejaVuSerif-BoldItalic'},
               'sans': {'': 'DejaVuSans', 'B': 'DejaVuSans-Bold', 'I': 'DejaVuSans-Oblique', 'BI': 'DejaVuSans-BoldOblique'}},
    'lib': {'serif': {'': 'LibSerif', 'B': 'LibSerif-Bold', 'I': 'LibSerif-Italic', 'BI': 'LibSerif-BoldItalic'},
            'sans': {'': 'LibSans', 'B': 'LibSans-Bold', 'I': 'LibSans-Italic', 'BI': 'LibSans-BoldItalic'}},
}
for _fs in FONTSETS.values():
    _fs['script'] = {'': 'Z003', 'B': 'Z003', 'I': 'Z003', 'BI': 'Z003'}


def hexrgb(h):
    h = h.lstrip('#')
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))

# ---------------------------------------------------------------- blocks

def T(s, size=12, b=False, i=False, font='serif', align='C', sp=0.0, color='000000', before=0, after=6, lh=1.25, w=None,
      field=None):
    """Text paragraph.  s may contain **bold** and __italic__ markup.  field: AcroForm field name."""
    return dict(t='text', s=s, size=size, b=b, i=i, font=font, align=align, sp=sp, color=color,
                before=before, after=after, lh=lh, w=w, field=field)


def COLS(pairs, lsize=9, vsize=12, font='sans', vfont=None, align='L', lcolor='555555', after=10,
         widths=None, order='above', vb=True, rule=False):
    """Labels above values (order='above') or values above a rule with the label below ('below')."""
    return dict(t='cols', pairs=pairs, lsize=lsize, vsize=vsize, font=font, vfont=vfont or font, align=align,
                lcolor=lcolor, after=after, widths=widths, order=order, vb=vb, rule=rule)


def KV(rows, lw=130, size=11, font='sans', inline=False, lb=True, after=8, indent=0, gap=4, lcolor='000000', colon=True):
    """Labels beside values."""
    return dict(t='kv', rows=rows, lw=lw, size=size, font=font, inline=inline, lb=lb, after=after, indent=indent,
                gap=gap, lcolor=lcolor, colon=colon)


def TABLE(rows, lw=150, size=10.5, font='sans', after=10, shade='eeeeee', header=None, indent=0, w=None):
    """Ruled table: label | value."""
    return dict(t='table', rows=rows, lw=lw, size=size, font=font, after=after, shade=shade, header=header,
                indent=indent, w=w)


def SIG(items, font='sans', size=9.5, after=6, seed=1):
    return dict(t='sig', items=items, font=font, size=size, after=after, seed=seed)


def LOGO(kind='circle', text='', align='C', size=54, color='1f3a68', after=8, abs=None, font='sans'):
    return dict(t='logo', kind=kind, text=text, align=align, size=size, color=color, after=after, abs=abs, font=font)


def RULE(frac=0.5, color='888888', after=8, lw=0.75, before=0):
    return dict(t='rule', frac=frac, color=color, after=after, lw=lw, before=before)


def SP(h):
    return dict(t='space', h=h)


def PAGE():
    return dict(t='page')

# ---------------------------------------------------------------- rich text

def parse_rich(s, b=False, i=False):
    runs = []
    parts = re.split(r'(\*\*|__)', s)
    for p in parts:
        if p == '**':
            b = not b
        elif p == '__':
            i = not i
        elif p:
            runs.append((p, b, i))
    return runs


def plain(s):
    return s.replace('**', '').replace('__', '')


def style_of(b, i):
    return ('B' if b else '') + ('I' if i else '')


class Layout:
    def __init__(self, page, fontset='core'):
        register_fonts()
        self.page = page
        self.fs = FONTSETS[fontset]
        W, H = PAGE_SIZES[page.get('size', 'letter')]
        if page.get('orient', 'P') == 'L':
            W, H = H, W
        self.W, self.H = W, H
        m = page.get('margin', 60)
        self.mL = self.mR = page.get('mx', m)
        self.mT = page.get('mt', m)
        self.mB = page.get('mb', m)
        self.CW = W - self.mL - self.mR
        self.ops = []
        self.fields = []
        self.acro = page.get('acroform', False)

    def fname(self, fam, st):
        return self.fs[fam][st]

    def sw(self, s, fam, st, size, sp=0.0):
        return pdfmetrics.stringWidth(s, self.fname(fam, st), size) + sp * len(s)

    # --- wrap rich runs into lines of segments [(text, st, width)]
    def wrap(self, runs, fam, size, width, sp=0.0):
        words = []  # (word, st, trailing_space)
        for text, b, i in runs:
            st = style_of(b, i)
            pieces = re.split(r'( +|\n)', text)
            for p in pieces:
                if p == '':
                    continue
                if p == '\n':
                    words.append(['\n', st, False])
                    continue
                if p.startswith(' '):
                    if words:
                        words[-1][2] = True
                    continue
                words.append([p, st, False])
        lines, cur, curw = [], [], 0.0
        spw = {}
        for wd, st, trail in words:
            if wd == '\n':
                lines.append(cur); cur, curw = [], 0.0; continue
            ww = self.sw(wd, fam, st, size, sp)
            sw_ = self.sw(' ', fam, st, size, sp)
            add = ww if not cur else ww + (sw_ if cur[-1][3] else 0)
            if cur and curw + add > width:
                lines.append(cur)
                cur, curw = [], 0.0
                add = ww
            cur.append([wd, st, ww, trail])
            curw += add
        if cur:
            lines.append(cur)
        # merge words into segments
        out = []
        for ln in lines:
            segs = []
            for k, (wd, st, ww, trail) in enumerate(ln):
                txt = wd + (' ' if trail and k < len(ln) - 1 else '')
                if segs and segs[-1][1] == st:
                    segs[-1][0] += txt
                else:
                    segs.append([txt, st])
            out.append([(t, st, self.sw(t, fam, st, size, sp)) for t, st in segs])
        return out

    def emit_lines(self, lines, fam, size, x0, width, y, align, sp, lh, color):
        self.ops.append(('fill',) + hexrgb(color))
        for ln in lines:
            tw = sum(w for _, _, w in ln)
            if align == 'C':
                x = x0 + (width - tw) / 2
            elif align == 'R':
                x = x0 + width - tw
            else:
                x = x0
            base = y + size * 0.9
            for t, st, w in ln:
                self.ops.append(('font', fam, st, size))
                self.ops.append(('text', round(x, 2), round(base, 2), t, sp))
                x += w
            y += size * lh
        return y

    # ------------------------------------------------------------------
    def run(self, blocks):
        self.newpage()
        y = self.mT
        if self.page.get('valign') == 'center':
            # measure first
            probe = Layout(self.page, 'core')
            probe.fs = self.fs
            h = probe._flow(blocks, self.mT, measure=True) - self.mT
            avail = self.H - self.mT - self.mB
            if h < avail:
                y = self.mT + (avail - h) / 2
            self.ops = self.ops[:]
        self._flow(blocks, y)
        return self.ops

    def newpage(self):
        self.ops.append(('np', self.W, self.H))
        self.border()

    def border(self):
        bd = self.page.get('border', 'none')
        acc = hexrgb(self.page.get('accent', '1f3a68'))
        W, H = self.W, self.H
        if bd == 'none':
            return
        self.ops.append(('stroke',) + acc)
        if bd in ('double', 'single', 'thick'):
            self.ops.append(('lw', 3.0 if bd == 'thick' else 2.0))
            self.ops.append(('rect', 20, 20, W - 40, H - 40, 'S'))
            if bd == 'double':
                self.ops.append(('lw', 0.75))
                self.ops.append(('rect', 28, 28, W - 56, H - 56, 'S'))
        elif bd == 'band':
            self.ops.append(('fill',) + acc)
            self.ops.append(('rect', 0, 0, W, 26, 'F'))
            self.ops.append(('rect', 0, H - 26, W, 26, 'F'))
        elif bd == 'corners':
            self.ops.append(('lw', 2.5))
            L = 60
            for (cx, cy, dx, dy) in [(24, 24, 1, 1), (W - 24, 24, -1, 1), (24, H - 24, 1, -1), (W - 24, H - 24, -1, -1)]:
                self.ops.append(('line', cx, cy, cx + dx * L, cy))
                self.ops.append(('line', cx, cy, cx, cy + dy * L))
        self.ops.append(('stroke', 0, 0, 0))
        self.ops.append(('lw', 0.75))

    def _flow(self, blocks, y, measure=False):
        saved = self.ops
        if measure:
            self.ops = []
        for bl in blocks:
            y = getattr(self, 'b_' + bl['t'])(bl, y)
        if measure:
            self.ops = saved
        return y

    def b_page(self, bl, y):
        self.newpage()
        return self.mT

    def b_space(self, bl, y):
        return y + bl['h']

    def b_rule(self, bl, y):
        y += bl['before']
        w = self.CW * bl['frac']
        x = self.mL + (self.CW - w) / 2
        self.ops += [('stroke',) + hexrgb(bl['color']), ('lw', bl['lw']), ('line', x, y, x + w, y), ('stroke', 0, 0, 0)]
        return y + bl['after']

    def b_text(self, bl, y):
        y += bl['before']
        width = self.CW if bl['w'] is None else bl['w']
        x0 = self.mL + (self.CW - width) / 2
        runs = parse_rich(bl['s'], bl['b'], bl['i'])
        if self.acro and bl.get('field'):
            y = self.value(bl['s'], bl['font'], style_of(bl['b'], bl['i']), bl['size'], x0, width, y, bl['align'],
                           lh=bl['lh'], fname=bl['field'])
            return y + bl['after']
        lines = self.wrap(runs, bl['font'], bl['size'], width, bl['sp'])
        y = self.emit_lines(lines, bl['font'], bl['size'], x0, width, y, bl['align'], bl['sp'], bl['lh'], bl['color'])
        return y + bl['after']

    def field(self, name, x, y, w, lines_txt, fam, st, size, align, lh):
        h = size * lh * max(1, len(lines_txt)) + 2
        self.fields.append(dict(name=name, x=x, y=y - 1, w=w, h=h, lines=lines_txt, fam=fam, st=st, size=size,
                                align=align, lh=lh))
        self.ops.append(('field', len(self.fields) - 1))

    def value(self, txt, fam, st, size, x0, width, y, align, lh=1.25, color='000000', fname=None):
        lines = self.wrap(parse_rich(txt, 'B' in st, 'I' in st), fam, size, width)
        if self.acro and fname:
            lt = [''.join(t for t, _, _ in ln) for ln in lines]
            self.field(fname, x0, y, width, lt, fam, st, size, align, lh)
            return y + size * lh * len(lines)
        return self.emit_lines(lines, fam, size, x0, width, y, align, 0.0, lh, color)

    def b_cols(self, bl, y):
        pairs = bl['pairs']
        n = len(pairs)
        ws = bl['widths'] or [1.0 / n] * n
        x = self.mL
        ymax = y
        gap = 14
        for (pair, frac) in zip(pairs, ws):
            lab, val = pair[0], pair[1]
            fname = pair[2] if len(pair) > 2 else None
            cw = self.CW * frac
            inner = cw - gap
            yy = y
            if bl['order'] == 'above':
                yy = self.emit_lines(self.wrap(parse_rich(lab), bl['font'], bl['lsize'], inner), bl['font'], bl['lsize'],
                                     x, inner, yy, bl['align'], 0.0, 1.25, bl['lcolor'])
                yy += 3
                yy = self.value(val, bl['vfont'], 'B' if bl['vb'] else '', bl['vsize'], x, inner, yy, bl['align'], fname=fname)
                if bl['rule']:
                    self.ops += [('stroke', 150, 150, 150), ('lw', 0.5), ('line', x, yy + 2, x + inner, yy + 2), ('stroke', 0, 0, 0)]
            else:
                yy = self.value(val, bl['vfont'], 'B' if bl['vb'] else '', bl['vsize'], x, inner, yy, bl['align'], fname=fname)
                yy += 2
                self.ops += [('stroke', 60, 60, 60), ('lw', 0.6), ('line', x, yy, x + inner, yy), ('stroke', 0, 0, 0)]
                yy += 3
                yy = self.emit_lines(self.wrap(parse_rich(lab), bl['font'], bl['lsize'], inner), bl['font'], bl['lsize'],
                                     x, inner, yy, bl['align'], 0.0, 1.25, bl['lcolor'])
            ymax = max(ymax, yy)
            x += cw
        return ymax + bl['after']

    def b_kv(self, bl, y):
        x0 = self.mL + bl['indent']
        width = self.CW - bl['indent']
        fam, size = bl['font'], bl['size']
        for row in bl['rows']:
            lab, val = row[0], row[1]
            fname = row[2] if len(row) > 2 else None
            labtxt = lab + (':' if bl['colon'] and lab else '')
            if bl['inline'] and not self.acro:
                s = ('**%s**' % labtxt if bl['lb'] else labtxt) + ' ' + val
                lines = self.wrap(parse_rich(s), fam, size, width)
                y = self.emit_lines(lines, fam, size, x0, width, y, 'L', 0.0, 1.3, '000000')
            elif bl['inline']:
                lw = self.sw(labtxt + ' ', fam, 'B' if bl['lb'] else '', size)
                self.emit_lines(self.wrap([(labtxt, bool(bl['lb']), False)], fam, size, lw + 5), fam, size, x0, lw, y, 'L',
                                0, 1.3, bl['lcolor'])
                y = self.value(val, fam, '', size, x0 + lw, width - lw, y, 'L', lh=1.3, fname=fname)
            else:
                lst = 'B' if bl['lb'] else ''
                runs = [(labtxt, bool(bl['lb']), False)]
                self.emit_lines(self.wrap(runs, fam, size, bl['lw'] - bl['gap']), fam, size, x0, bl['lw'], y, 'L', 0.0, 1.3,
                                bl['lcolor'])
                y2 = self.value(val, fam, '', size, x0 + bl['lw'], width - bl['lw'], y, 'L', lh=1.3, fname=fname)
                nl = len(self.wrap(runs, fam, size, bl['lw'] - bl['gap']))
                y = max(y2, y + nl * size * 1.3)
            y += bl['gap']
        return y + bl['after']

    def b_table(self, bl, y):
        w = bl['w'] or (self.CW - 2 * bl['indent'])
        x0 = self.mL + (self.CW - w) / 2
        fam, size, lw = bl['font'], bl['size'], bl['lw']
        pad = 5
        self.ops.append(('lw', 0.6))
        self.ops.append(('stroke', 80, 80, 80))
        rows = list(bl['rows'])
        if bl['header']:
            hh = size * 1.3 + 2 * pad
            self.ops += [('fill',) + hexrgb(self.page.get('accent', '1f3a68')), ('rect', x0, y, w, hh, 'B')]
            self.emit_lines(self.wrap(parse_rich(bl['header']), fam, size, w - 2 * pad, ), fam, size, x0 + pad, w - 2 * pad,
                            y + pad, 'L', 0, 1.3, 'ffffff')
            self.ops[-3:] = [o if o[0] != 'font' else ('font', fam, 'B', size) for o in self.ops[-3:]]
            y += hh
        for row in rows:
            lab, val = row[0], row[1]
            fname = row[2] if len(row) > 2 else None
            ll = self.wrap(parse_rich(lab, True), fam, size, lw - 2 * pad)
            vl = self.wrap(parse_rich(val), fam, size, w - lw - 2 * pad)
            rh = max(len(ll), len(vl)) * size * 1.3 + 2 * pad
            self.ops += [('fill',) + hexrgb(bl['shade']), ('rect', x0, y, lw, rh, 'B'), ('rect', x0 + lw, y, w - lw, rh, 'S')]
            self.emit_lines(ll, fam, size, x0 + pad, lw - 2 * pad, y + pad, 'L', 0, 1.3, '000000')
            self.value(val, fam, '', size, x0 + lw + pad, w - lw - 2 * pad, y + pad, 'L', lh=1.3, fname=fname)
            y += rh
        self.ops.append(('stroke', 0, 0, 0))
        return y + bl['after']

    def squiggle(self, x, y, w, h, seed):
        # a hand-signature-like stroke built from cubic curves
        import random
        r = random.Random(seed)
        segs = [('M', x, y + h * 0.7)]
        cx = x
        n = 5 + r.randint(0, 3)
        step = w / n
        for k in range(n):
            nx = cx + step
            up = y + h * r.uniform(0.0, 0.35)
            dn = y + h * r.uniform(0.65, 1.0)
            segs.append(('C', cx + step * 0.2, up, nx - step * 0.6, dn, nx, y + h * r.uniform(0.4, 0.8)))
            cx = nx
        segs.append(('C', cx - step, y + h * 0.9, x + w * 0.3, y + h * 0.95, x + w * 0.1, y + h * 0.85))
        return segs

    def b_sig(self, bl, y):
        items = bl['items']
        n = len(items)
        cw = self.CW / n
        sw = min(170, cw - 30)
        ymax = y
        for k, it in enumerate(items):
            cx = self.mL + cw * k + cw / 2
            x = cx - sw / 2
            self.ops += [('stroke', 20, 30, 90), ('lw', 1.1), ('path', self.squiggle(x + 15, y, sw - 40, 30, bl['seed'] + k), 'S')]
            yl = y + 36
            self.ops += [('stroke', 0, 0, 0), ('lw', 0.6), ('line', x, yl, x + sw, yl)]
            yy = yl + 4
            for j, line in enumerate(it):
                yy = self.emit_lines(self.wrap(parse_rich(line, j == 0), bl['font'], bl['size'], sw + 20), bl['font'],
                                     bl['size'], x - 10, sw + 20, yy, 'C', 0, 1.25, '000000')
            ymax = max(ymax, yy)
        return ymax + bl['after']

    def circle(self, cx, cy, r):
        k = 0.5523 * r
        return [('M', cx + r, cy), ('C', cx + r, cy + k, cx + k, cy + r, cx, cy + r),
                ('C', cx - k, cy + r, cx - r, cy + k, cx - r, cy), ('C', cx - r, cy - k, cx - k, cy - r, cx, cy - r),
                ('C', cx + k, cy - r, cx + r, cy - k, cx + r, cy), ('Z',)]

    def b_logo(self, bl, y):
        s = bl['size']
        col = hexrgb(bl['color'])
        if bl['abs']:
            x, yy = bl['abs']
            if x < 0:
                x = self.W + x - s
            self._logo(bl, x, yy, s, col)
            return y
        if bl['align'] == 'C':
            x = self.mL + (self.CW - s) / 2
        elif bl['align'] == 'L':
            x = self.mL
        else:
            x = self.mL + self.CW - s
        self._logo(bl, x, y, s, col)
        return y + s + bl['after']

    def _logo(self, bl, x, y, s, col):
        kind = bl['kind']
        cx, cy = x + s / 2, y + s / 2
        ops = self.ops
        ops += [('stroke',) + col, ('fill',) + col, ('lw', 2.0)]
        if kind == 'circle':
            ops.append(('path', self.circle(cx, cy, s / 2 - 1), 'S'))
            ops.append(('lw', 0.8))
            ops.append(('path', self.circle(cx, cy, s / 2 - 5), 'S'))
        elif kind == 'disc':
            ops.append(('path', self.circle(cx, cy, s / 2), 'F'))
        elif kind == 'shield':
            ops.append(('path', [('M', x + s * .1, y), ('L', x + s * .9, y), ('L', x + s * .9, y + s * .5),
                                 ('C', x + s * .9, y + s * .8, x + s * .6, y + s * .95, x + s * .5, y + s),
                                 ('C', x + s * .4, y + s * .95, x + s * .1, y + s * .8, x + s * .1, y + s * .5), ('Z',)], 'F'))
        elif kind == 'hex':
            pts = [(cx + s / 2 * math.cos(math.pi / 3 * k + math.pi / 6), cy + s / 2 * math.sin(math.pi / 3 * k + math.pi / 6)) for k in range(6)]
            ops.append(('path', [('M',) + pts[0]] + [('L',) + p for p in pts[1:]] + [('Z',)], 'F'))
        elif kind == 'bars':
            for k in range(4):
                hgt = s * (0.35 + 0.2 * k)
                ops.append(('rect', x + k * s * 0.25, y + s - hgt, s * 0.18, hgt, 'F'))
        elif kind == 'seal':
            pts = []
            for k in range(48):
                rr = s / 2 if k % 2 == 0 else s / 2 * 0.86
                a = math.pi * 2 * k / 48
                pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            ops.append(('path', [('M',) + pts[0]] + [('L',) + p for p in pts[1:]] + [('Z',)], 'F'))
            ops += [('stroke', 255, 255, 255), ('lw', 1.0), ('path', self.circle(cx, cy, s / 2 * 0.7), 'S')]
        elif kind == 'flask':
            ops.append(('path', [('M', x + s * .4, y), ('L', x + s * .6, y), ('L', x + s * .6, y + s * .35),
                                 ('L', x + s * .95, y + s), ('L', x + s * .05, y + s), ('L', x + s * .4, y + s * .35), ('Z',)], 'F'))
        if bl['text']:
            inside = kind in ('disc', 'shield', 'hex', 'seal', 'flask')
            fs = s * (0.26 if len(bl['text']) <= 4 else 0.17)
            tc = (255, 255, 255) if inside else col
            if kind == 'bars':
                # text beside the bars
                ops += [('fill',) + col, ('font', bl['font'], 'B', s * 0.32),
                        ('text', x + s * 1.1, y + s * 0.72, bl['text'], 0.0)]
            else:
                w = self.sw(bl['text'], bl['font'], 'B', fs)
                ops += [('fill',) + tc, ('font', bl['font'], 'B', fs), ('text', cx - w / 2, cy + fs * 0.35, bl['text'], 0.0)]
        ops += [('stroke', 0, 0, 0), ('fill', 0, 0, 0), ('lw', 0.75)]
