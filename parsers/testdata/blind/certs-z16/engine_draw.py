"""Draw-list engine: lays out a certificate block list into positioned drawing
operations, then renders them through ReportLab canvas, ReportLab AcroForm
(+ qpdf flatten), fpdf / tcpdf (PHP) or hand-written PostScript (Ghostscript).

Coordinates are PDF points, origin bottom-left.  All text is set in the
standard base-14 fonts, measured with ReportLab's AFM metrics so every
back-end places the same glyphs at the same spot.
"""
import json, os, re, subprocess
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))

SERIF = dict(r='Times-Roman', b='Times-Bold', i='Times-Italic', bi='Times-BoldItalic')
SANS = dict(r='Helvetica', b='Helvetica-Bold', i='Helvetica-Oblique', bi='Helvetica-BoldOblique')
DARK = (0.12, 0.12, 0.14)
GRAY = (0.38, 0.38, 0.42)


def sw(s, font, size):
    return stringWidth(s, font, size)


def wrap(s, font, size, width):
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if sw(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def runs_of(text):
    """'a **b** c' -> [('a ', False), ('b', True), (' c', False)]"""
    parts = text.split('**')
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


class DrawLayout:
    def __init__(self, cert, fields=False):
        o = cert['page']
        self.o = o
        self.land = o.get('orient', 'P') == 'L'
        self.W, self.H = (792, 612) if self.land else (612, 792)
        self.m = o.get('margin', 70 if self.land else 66)
        self.left, self.right = self.m, self.W - self.m
        self.cw = self.right - self.left
        self.align = o.get('align', 'center')
        self.fam = SERIF if o.get('font', 'serif') == 'serif' else SANS
        self.accent = tuple(o.get('accent', (0.10, 0.22, 0.45)))
        self.sizes = o.get('sizes', {})
        self.fields = fields
        self.nfield = 0
        self.pages = []
        self.newpage()

    # ------------------------------------------------------------------ ops
    def newpage(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.H - self.o.get('top', self.m + (6 if self.land else 10))
        self.decorate()

    def text(self, s, font, size, color=DARK, align=None, x0=None, width=None, field=False):
        align = align or self.align
        x0 = self.left if x0 is None else x0
        width = self.cw if width is None else width
        w = sw(s, font, size)
        if align == 'center':
            x = x0 + (width - w) / 2
        elif align == 'right':
            x = x0 + width - w
        else:
            x = x0
        if field and self.fields and all(ord(ch) < 256 for ch in s):   # AcroForm values are Latin-1 only
            self.nfield += 1
            self.ops.append(('field', 'f%02d' % self.nfield, x - 0.5, self.y, w + 6, s, font, size, color))
        else:
            self.ops.append(('text', x, self.y, s, font, size, color))
        return x, w

    def line(self, x1, y1, x2, y2, lw=0.8, color=None):
        self.ops.append(('line', x1, y1, x2, y2, lw, color or self.accent))

    def rect(self, x, y, w, h, lw=1, stroke=None, fill=None):
        self.ops.append(('rect', x, y, w, h, lw, stroke, fill))

    def circle(self, cx, cy, r, lw=1, stroke=None, fill=None):
        self.ops.append(('circle', cx, cy, r, lw, stroke, fill))

    def size(self, role, default):
        return self.sizes.get(role, default)

    # ------------------------------------------------------------ decoration
    def decorate(self):
        b = self.o.get('border')
        W, H, a = self.W, self.H, self.accent
        if b == 'double':
            self.rect(18, 18, W - 36, H - 36, 3, a)
            self.rect(27, 27, W - 54, H - 54, 0.8, a)
        elif b == 'thick':
            self.rect(22, 22, W - 44, H - 44, 7, a)
        elif b == 'corners':
            self.rect(26, 26, W - 52, H - 52, 1, a)
            for (x, y) in ((20, 20), (W - 32, 20), (20, H - 32), (W - 32, H - 32)):
                self.rect(x, y, 12, 12, 0, None, a)
        elif b == 'band':
            self.rect(0, H - 22, W, 22, 0, None, a)
            self.rect(0, 0, W, 10, 0, None, a)
        elif b == 'thin':
            self.rect(30, 30, W - 60, H - 60, 0.6, GRAY)
        elif b == 'sidebar':
            self.rect(0, 0, 28, H, 0, None, a)
            self.rect(28, 0, 5, H, 0, None, (0.8, 0.68, 0.32))

    def seal(self, spec):
        r = spec.get('r', 40)
        pos = spec.get('pos', 'br')
        if isinstance(pos, (list, tuple)):
            cx, cy = pos
        else:
            cy = self.m + r + 4
            cx = {'br': self.right - r - 6, 'bl': self.left + r + 6, 'bc': self.W / 2}[pos]
        gold = (0.80, 0.64, 0.24)
        self.circle(cx, cy, r, 0, None, gold)
        self.circle(cx, cy, r - 4, 1, (1, 1, 1), None)
        lines = spec['text']
        sz = spec.get('size', 8)
        y0 = cy + (len(lines) - 1) * (sz + 1) / 2 - sz / 3
        for i, t in enumerate(lines):
            w = sw(t, 'Helvetica-Bold', sz)
            self.ops.append(('text', cx - w / 2, y0 - i * (sz + 1), t, 'Helvetica-Bold', sz, (1, 1, 1)))

    # ---------------------------------------------------------------- blocks
    FLOW_SKIP = ('footer', 'corner', 'pagebreak')
    TIGHT = {('title', 'line'), ('line', 'line'), ('format', 'title'), ('logo', 'issuer'), ('issuer', 'office'),
             ('logo', 'office'), ('issuer', 'issuer'), ('space', 'logo'), ('space', 'issuer'), ('space', 'heading'),
             ('space', 'para'), ('para', 'para'), ('cols', 'cols'), ('rule', 'sub'), ('heading', 'rule')}

    def stretchable(self, prev, cur):
        return prev is not None and (prev, cur) not in self.TIGHT

    def run(self, blocks):
        # pass 1 measures how much room each page leaves; pass 2 spreads the
        # slack evenly between blocks so the certificate fills its page.
        probe = DrawLayout({'page': self.o}, self.fields)
        ends, counts, n, prev = [], [], 0, None
        for b in blocks:
            if b[0] == 'pagebreak':
                ends.append(probe.y); counts.append(n); n = 0; prev = None
            getattr(probe, 'b_' + b[0])(*b[1:])
            if b[0] not in self.FLOW_SKIP:
                n += self.stretchable(prev, b[0])
                prev = b[0]
        ends.append(probe.y); counts.append(n)
        cap = self.o.get('stretch_cap', 16 if self.align == 'center' else 8)
        bottom = self.o.get('bottom', self.m + 24)
        extra = [max(0.0, min(cap, (e - bottom) / max(c, 1))) for e, c in zip(ends, counts)]
        page, prev = 0, None
        for b in blocks:
            if b[0] == 'pagebreak':
                page += 1; prev = None
            elif b[0] not in self.FLOW_SKIP:
                if self.stretchable(prev, b[0]):
                    self.gap(extra[page])
                prev = b[0]
            getattr(self, 'b_' + b[0])(*b[1:])
        if self.o.get('seal'):
            self.ops = self.pages[0]
            self.seal(self.o['seal'])
        return self.pages

    def gap(self, n):
        self.y -= n

    def b_space(self, n):
        self.gap(n)

    def b_pagebreak(self):
        self.newpage()

    def b_logo(self, s):
        sz = self.size('logo', 26)
        self.gap(sz * 0.8)
        self.text(s, 'Helvetica-Bold', sz, self.accent)
        self.gap(sz * 0.35)

    def b_issuer(self, s):
        sz = self.size('issuer', 13.5)
        for ln in wrap(s, self.fam['b'], sz, self.cw):
            self.gap(sz * 1.05)
            self.text(ln, self.fam['b'], sz, self.accent)
        self.gap(sz * 0.3)

    def b_office(self, s):
        sz = self.size('office', 10.5)
        self.gap(sz * 1.1)
        self.text(s, self.fam['r'], sz, GRAY)
        self.gap(sz * 0.3)

    def b_heading(self, s):
        sz = self.size('heading', 30 if self.land else 26)
        self.gap(sz * 1.05)
        self.text(s, self.fam['b'], sz, DARK)
        self.gap(sz * 0.35)

    def b_h2(self, s):
        sz = self.size('h2', 15)
        self.gap(sz * 1.2)
        self.text(s, self.fam['b'], sz, self.accent)
        self.gap(sz * 0.4)

    def b_sub(self, s):
        sz = self.size('sub', 12)
        self.gap(sz * 1.35)
        self.text(s, self.fam['i'], sz, GRAY)
        self.gap(sz * 0.25)

    def b_name(self, s):
        sz = self.size('name', 24)
        font = self.fam[self.o.get('name_style', 'b')]
        self.gap(sz * 1.15)
        x, w = self.text(s, font, sz, self.o.get('name_color', DARK), field=True)
        if self.o.get('name_rule'):
            rw = max(w + 40, self.cw * 0.55)
            xl = self.left + (self.cw - rw) / 2 if self.align == 'center' else self.left
            self.line(xl, self.y - 7, xl + rw, self.y - 7, 0.7)
            self.gap(8)
        self.gap(sz * 0.3)

    def b_format(self, s):
        sz = self.size('format', 10.5)
        self.gap(sz * 1.7)
        self.text(s, 'Helvetica-Bold', sz, self.accent)
        self.gap(sz * 0.2)

    def b_title(self, s):
        sz = self.size('title', 15)
        font = self.fam[self.o.get('title_style', 'b')]
        width = self.cw * self.o.get('title_w', 0.86 if self.align == 'center' else 1.0)
        x0 = self.left + (self.cw - width) / 2 if self.align == 'center' else self.left
        self.gap(sz * 0.45)
        for ln in wrap(s, font, sz, width):
            self.gap(sz * 1.2)
            self.text(ln, font, sz, DARK, x0=x0, width=width, field=True)
        self.gap(sz * 0.35)

    def b_line(self, a, b=None):
        sz = self.size('line', 11)
        self.gap(sz * 1.5)
        if b is None:
            self.text(a, 'Helvetica', sz, DARK)
            return
        lw = sw(a + ' ', 'Helvetica-Bold', sz)
        vw = sw(b, 'Helvetica', sz)
        tot = lw + vw
        if self.align == 'center':
            x = self.left + (self.cw - tot) / 2
        else:
            x = self.left
        self.ops.append(('text', x, self.y, a, 'Helvetica-Bold', sz, DARK))
        self.text(b, 'Helvetica', sz, DARK, align='left', x0=x + lw, width=vw + 1, field=True)

    def block_box(self, frac):
        width = self.cw * frac
        x0 = self.left + (self.cw - width) / 2 if self.align == 'center' else self.left
        return x0, width

    def b_kv(self, rows, lw=None, frac=None):
        sz = self.size('kv', 11)
        x0, width = self.block_box(frac or (0.78 if self.align == 'center' else 1.0))
        lw = lw or 150
        self.gap(4)
        for lab, val in rows:
            lines = wrap(val, self.fam['r'], sz + 0.5, width - lw)
            self.gap(sz * 1.55)
            self.ops.append(('text', x0, self.y, lab, 'Helvetica-Bold', sz - 1, GRAY))
            for i, ln in enumerate(lines):
                if i:
                    self.gap(sz * 1.3)
                self.text(ln, self.fam['r'], sz + 0.5, DARK, align='left', x0=x0 + lw, width=width - lw, field=True)

    def b_cols(self, labels, values, frac=None):
        sz = self.size('cols', 12)
        x0, width = self.block_box(frac or (0.86 if self.align == 'center' else 1.0))
        n = len(labels)
        cwid = width / n
        self.gap(sz * 1.5)
        ytop = self.y
        for i, lab in enumerate(labels):
            self.ops.append(('text', x0 + i * cwid, ytop, lab.upper(), 'Helvetica-Bold', 7.5, GRAY))
        maxl = 1
        for i, v in enumerate(values):
            lines = wrap(v, self.fam['r'], sz, cwid - 12)
            maxl = max(maxl, len(lines))
            for j, ln in enumerate(lines):
                self.y = ytop - sz * 1.45 - j * sz * 1.25
                self.text(ln, self.fam['r'], sz, DARK, align='left', x0=x0 + i * cwid, width=cwid - 12, field=True)
        self.y = ytop - sz * 1.45 - (maxl - 1) * sz * 1.25
        for i in range(n):
            self.line(x0 + i * cwid, self.y - 5, x0 + (i + 1) * cwid - 12, self.y - 5, 0.5, GRAY)
        self.gap(6)

    def b_table(self, headers, rows, widths=None, frac=None):
        sz = self.size('table', 9.5)
        x0, width = self.block_box(frac or (0.86 if self.align == 'center' else 1.0))
        n = len(headers)
        widths = widths or [1.0 / n] * n
        xs = [x0]
        for f in widths:
            xs.append(xs[-1] + f * width)
        self.gap(8)

        def row(cells, font, fill):
            wrapped = [wrap(c, font, sz, (xs[i + 1] - xs[i]) - 8) for i, c in enumerate(cells)]
            nl = max(len(w) for w in wrapped)
            h = nl * sz * 1.25 + 7
            top = self.y
            if fill:
                self.rect(x0, top - h, width, h, 0, None, fill)
            for i, w in enumerate(wrapped):
                for j, ln in enumerate(w):
                    self.ops.append(('text', xs[i] + 4, top - 4 - sz * 0.85 - j * sz * 1.25, ln, font, sz, DARK))
            self.line(x0, top - h, x0 + width, top - h, 0.5, GRAY)
            self.y = top - h
        top0 = self.y
        self.line(x0, top0, x0 + width, top0, 0.8, GRAY)
        light = tuple(1 - (1 - c) * 0.15 for c in self.accent)
        row(headers, 'Helvetica-Bold', light)
        for r in rows:
            row(r, 'Helvetica', None)
        for x in xs:
            self.line(x, top0, x, self.y, 0.5, GRAY)

    def _rich(self, text, sz, fam, width, align, color=DARK, lead=1.35):
        words = []
        for seg, bold in runs_of(text):
            for k, wd in enumerate(seg.split(' ')):
                if k > 0:
                    words.append((' ', bold))
                if wd:
                    words.append((wd, bold))
        lines, cur, curw = [], [], 0
        for wd, bold in words:
            f = fam['b'] if bold else fam['r']
            wdw = sw(wd, f, sz)
            if wd == ' ':
                cur.append((wd, f, wdw)); curw += wdw
                continue
            if curw + wdw > width and any(t != ' ' for t, _, _ in cur):
                while cur and cur[-1][0] == ' ':
                    curw -= cur.pop()[2]
                lines.append((cur, curw)); cur, curw = [], 0
            cur.append((wd, f, wdw)); curw += wdw
        while cur and cur[-1][0] == ' ':
            curw -= cur.pop()[2]
        if cur:
            lines.append((cur, curw))
        x0, _ = self.block_box(1.0)
        for toks, tw in lines:
            self.gap(sz * lead)
            x = x0 + (width - tw) / 2 if align == 'center' else x0
            if align == 'center':
                x = self.left + (self.cw - tw) / 2
            # merge tokens of same font
            segs = []
            for t, f, w in toks:
                if segs and segs[-1][1] == f:
                    segs[-1][0] += t
                else:
                    segs.append([t, f])
            for t, f in segs:
                self.ops.append(('text', x, self.y, t, f, sz, color))
                x += sw(t, f, sz)

    def b_para(self, text):
        sz = self.size('para', 11.5)
        self.gap(3)
        self._rich(text, sz, self.fam, self.cw * self.o.get('para_w', 1.0), self.align)

    def b_small(self, text):
        sz = self.size('small', 8)
        self.gap(5)
        width = self.cw * (0.9 if self.align == 'center' else 1.0)
        for ln in wrap(text, 'Helvetica', sz, width):
            self.gap(sz * 1.3)
            x0 = self.left + (self.cw - width) / 2 if self.align == 'center' else self.left
            self.text(ln, 'Helvetica', sz, GRAY, x0=x0, width=width)

    def b_sigs(self, sigs, frac=None):
        n = len(sigs)
        x0, width = self.block_box(frac or (0.9 if self.align == 'center' or n > 1 else 0.45))
        cwid = width / max(n, 1)
        self.gap(self.o.get('sig_gap', 40))
        for i, (nm, tt) in enumerate(sigs):
            xa = x0 + i * cwid + 14
            xb = x0 + (i + 1) * cwid - 14
            self.line(xa, self.y, xb, self.y, 0.7, DARK)
            al = 'center' if (self.align == 'center' or n > 1) else 'left'
            y = self.y
            self.y = y - 12
            self.text(nm, 'Helvetica-Bold', 9.5, DARK, align=al, x0=xa, width=xb - xa)
            for k, tl in enumerate(tt.split('\n')):
                self.y = y - 23 - k * 10
                self.text(tl, 'Helvetica', 8.5, GRAY, align=al, x0=xa, width=xb - xa)
            self.y = y
        self.gap(23 + 10 * max(len(t.split('\n')) for _, t in sigs))

    def b_rule(self, frac=None):
        x0, width = self.block_box(frac or 0.5)
        self.gap(8)
        self.line(x0, self.y, x0 + width, self.y, 1.0)

    def b_footer(self, s):
        y = self.o.get('footer_y', 38 if self.o.get('border') else 30)
        w = sw(s, 'Helvetica', 7.5)
        self.ops.append(('text', (self.W - w) / 2, y, s, 'Helvetica', 7.5, GRAY))

    def b_corner(self, s):
        w = sw(s, 'Helvetica', 8)
        self.ops.append(('text', self.right - w, self.H - self.m * 0.62, s, 'Helvetica', 8, GRAY))


# ====================================================================== back-ends
def rl_color(c):
    from reportlab.lib.colors import Color
    return Color(*c)


def render_canvas(pages, W, H, out, acro=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import transparent
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setCreator('ReportLab canvas' + (' AcroForm' if acro else ''))
    for ops in pages:
        for op in ops:
            k = op[0]
            if k == 'text':
                _, x, y, s, font, size, col = op
                c.setFont(font, size); c.setFillColor(rl_color(col)); c.drawString(x, y, s)
            elif k == 'field':
                _, name, x, y, w, s, font, size, col = op
                c.acroForm.textfield(name=name, value=s, x=x, y=y - size * 0.32, width=w, height=size * 1.25,
                                     fontName=font, fontSize=size, borderWidth=0, fillColor=transparent,
                                     borderColor=transparent, textColor=rl_color(col), forceBorder=False,
                                     fieldFlags='readOnly')
            elif k == 'line':
                _, x1, y1, x2, y2, lw, col = op
                c.setLineWidth(lw); c.setStrokeColor(rl_color(col)); c.line(x1, y1, x2, y2)
            elif k == 'rect':
                _, x, y, w, h, lw, st, fi = op
                if fi: c.setFillColor(rl_color(fi))
                if st: c.setStrokeColor(rl_color(st)); c.setLineWidth(lw)
                c.rect(x, y, w, h, stroke=1 if st else 0, fill=1 if fi else 0)
            elif k == 'circle':
                _, cx, cy, r, lw, st, fi = op
                if fi: c.setFillColor(rl_color(fi))
                if st: c.setStrokeColor(rl_color(st)); c.setLineWidth(lw)
                c.circle(cx, cy, r, stroke=1 if st else 0, fill=1 if fi else 0)
        c.showPage()
    c.save()


def render_acroform(pages, W, H, out, workdir):
    tmp = os.path.join(workdir, os.path.basename(out).replace('.pdf', '.form.pdf'))
    render_canvas(pages, W, H, tmp, acro=True)
    subprocess.run(['qpdf', '--warning-exit-0', '--generate-appearances', '--flatten-annotations=all', tmp, out], check=True)


def render_php(pages, W, H, out, workdir, lib):
    js = os.path.join(workdir, os.path.basename(out).replace('.pdf', '.%s.json' % lib))
    with open(js, 'w', encoding='utf-8') as f:
        json.dump({'W': W, 'H': H, 'pages': pages, 'out': os.path.abspath(out)}, f, ensure_ascii=False, indent=0)
    subprocess.run(['php', os.path.join(HERE, 'php', lib + '_render.php'), js], check=True)


# ---------------------------------------------------------------- PostScript
CP1252_HIGH = {0x80: 'Euro', 0x82: 'quotesinglbase', 0x83: 'florin', 0x84: 'quotedblbase', 0x85: 'ellipsis',
               0x86: 'dagger', 0x87: 'daggerdbl', 0x88: 'circumflex', 0x89: 'perthousand', 0x8A: 'Scaron',
               0x8B: 'guilsinglleft', 0x8C: 'OE', 0x8E: 'Zcaron', 0x91: 'quoteleft', 0x92: 'quoteright',
               0x93: 'quotedblleft', 0x94: 'quotedblright', 0x95: 'bullet', 0x96: 'endash', 0x97: 'emdash',
               0x98: 'tilde', 0x99: 'trademark', 0x9A: 'scaron', 0x9B: 'guilsinglright', 0x9C: 'oe',
               0x9E: 'zcaron', 0x9F: 'Ydieresis', 0x27: 'quotesingle', 0x60: 'grave', 0x2D: 'hyphen'}


def ps_str(s):
    out = []
    for b in s.encode('cp1252'):
        ch = chr(b)
        if ch in '()\\':
            out.append('\\' + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append('\\%03o' % b)
    return '(' + ''.join(out) + ')'


def ps_source(pages, W, H, title):
    L = ['%!PS-Adobe-3.0', '%%Title: ' + title, '%%Creator: hand-written PostScript (z16 build)',
         '%%BoundingBox: 0 0 %d %d' % (W, H), '%%Pages: %d' % len(pages), '%%EndComments', '%%BeginProlog',
         '/WinVec ISOLatin1Encoding 256 array copy def']
    for code, name in sorted(CP1252_HIGH.items()):
        L.append('WinVec %d /%s put' % (code, name))
    L += ['/mkfont { % /new /base',
          '  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
          '  /Encoding WinVec def currentdict end definefont pop } def']
    fonts = sorted({op[4] for ops in pages for op in ops if op[0] == 'text'})
    for f in fonts:
        L.append('/%s-W /%s mkfont' % (f, f))
    L += ['/T { moveto show } def', '%%EndProlog']
    for n, ops in enumerate(pages, 1):
        L += ['%%%%Page: %d %d' % (n, n), '<< /PageSize [%d %d] >> setpagedevice' % (W, H)]
        cur = None
        for op in ops:
            k = op[0]
            if k == 'text':
                _, x, y, s, font, size, col = op
                if cur != (font, size):
                    L.append('/%s-W findfont %.2f scalefont setfont' % (font, size)); cur = (font, size)
                L.append('%.3f %.3f %.3f setrgbcolor %s %.2f %.2f T' % (col + (ps_str(s), x, y)))
            elif k == 'line':
                _, x1, y1, x2, y2, lw, col = op
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke'
                         % (col + (lw, x1, y1, x2, y2)))
            elif k in ('rect', 'circle'):
                if k == 'rect':
                    _, x, y, w, h, lw, st, fi = op
                    path = 'newpath %.2f %.2f moveto %.2f 0 rlineto 0 %.2f rlineto %.2f 0 rlineto closepath' % (x, y, w, h, -w)
                else:
                    _, cx, cy, r, lw, st, fi = op
                    path = 'newpath %.2f %.2f %.2f 0 360 arc closepath' % (cx, cy, r)
                if fi:
                    L.append('%.3f %.3f %.3f setrgbcolor %s fill' % (fi + (path,)))
                if st:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %s stroke' % (st + (lw, path)))
        L.append('showpage')
    L.append('%%EOF')
    return '\n'.join(L) + '\n'


def render_ps(pages, W, H, out, workdir, title):
    ps = os.path.join(workdir, os.path.basename(out).replace('.pdf', '.ps'))
    with open(ps, 'w', encoding='ascii') as f:
        f.write(ps_source(pages, W, H, title))
    subprocess.run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-dDEVICEWIDTHPOINTS=%d' % W, '-dDEVICEHEIGHTPOINTS=%d' % H, '-dFIXEDMEDIA',
                    '-sOutputFile=' + out, ps], check=True)


def build(cert, out, workdir):
    prod = cert['producer']
    lay = DrawLayout(cert, fields=(prod == 'acroform'))
    pages = lay.run(cert['blocks'])
    if lay.y < 40:
        print('  WARNING %s: content runs low (y=%.0f)' % (cert['id'], lay.y))
    W, H = lay.W, lay.H
    if prod == 'rlcanvas':
        render_canvas(pages, W, H, out)
    elif prod == 'acroform':
        render_acroform(pages, W, H, out, workdir)
    elif prod in ('fpdf', 'tcpdf'):
        render_php(pages, W, H, out, workdir, prod)
    elif prod == 'gs':
        render_ps(pages, W, H, out, workdir, cert['gold']['title'])
    else:
        raise ValueError(prod)
    return lay
