"""Absolute-position layouter for the canvas-style engines
(ReportLab canvas, AcroForm, PostScript).  Produces a list of pages, each a
list of drawing operations in PDF points (origin bottom-left)."""
from reportlab.pdfbase.pdfmetrics import stringWidth

FAM = {
    'serif': {(0, 0): 'Times-Roman', (1, 0): 'Times-Bold', (0, 1): 'Times-Italic',
              (1, 1): 'Times-BoldItalic'},
    'sans': {(0, 0): 'Helvetica', (1, 0): 'Helvetica-Bold', (0, 1): 'Helvetica-Oblique',
             (1, 1): 'Helvetica-BoldOblique'},
}
GREY = '#555555'


def page_dims(page):
    return (792.0, 612.0) if page.get('orient') == 'landscape' else (612.0, 792.0)


def fname(fam, b=False, i=False):
    return FAM[fam][(1 if b else 0, 1 if i else 0)]


def width(text, font, size, cs=0.0):
    return stringWidth(text, font, size) + cs * len(text)


def wrap(text, font, size, maxw, cs=0.0):
    words = text.split(' ')
    lines, cur = [], ''
    for w in words:
        cand = (cur + ' ' + w) if cur else w
        if cur and width(cand, font, size, cs) > maxw:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


class Overflow(Exception):
    pass


class Layouter:
    def __init__(self, spec):
        self.spec = spec
        self.page = spec['page']
        self.W, self.H = page_dims(self.page)
        self.fam = self.page.get('font', 'serif')
        bordered = bool(self.page.get('border'))
        self.inset = 24.0
        m = 66.0 if bordered else 58.0
        self.left, self.right = m, self.W - m
        self.top = self.H - (62.0 if bordered else 54.0)
        self.bottom = 58.0 if self.page.get('footer') else 44.0
        self.cw = self.right - self.left
        self.pages = []
        self.shifts = []
        self.strict = True
        # award-style pages (first text block of the page centred) are
        # vertically centred; letter-style pages stay top-aligned
        self.page_center = []
        cur = None
        for b in spec['blocks']:
            if b['t'] == 'break':
                self.page_center.append(bool(cur))
                cur = None
            elif b['t'] == 'text' and cur is None:
                cur = b['al'] == 'c'
        self.page_center.append(bool(cur))

    # -- helpers ---------------------------------------------------------
    def finish_page(self):
        # award-style pages: move the content block down towards the middle
        if not self.pages or not self.page_center[len(self.pages) - 1]:
            return
        leftover = self.y - self.bottom
        if leftover <= 8:
            return
        shift = leftover * 0.4
        self.shifts[-1] = shift
        for o in self.ops[self.content_start:]:
            for k in ('y', 'y1', 'y2', 'cy'):
                if k in o:
                    o[k] -= shift

    def newpage(self):
        self.finish_page()
        self.ops = []
        self.pages.append(self.ops)
        self.shifts.append(0.0)
        self.y = self.top
        self.decorate()
        self.content_start = len(self.ops)

    def need(self, h):
        if self.y - h < self.bottom and self.strict:
            raise Overflow('%s: content overflows page %d (y=%.1f)' % (
                self.spec['id'], len(self.pages), self.y - h))

    def text(self, x, y, s, font, size, color=None, cs=0.0, field=None, fw=None):
        self.ops.append(dict(op='text', x=x, y=y, s=s, font=font, size=size,
                             color=color or '#111111', cs=cs, field=field,
                             w=fw if fw is not None else width(s, font, size, cs)))

    def line(self, x1, y1, x2, y2, w=0.8, color='#111111'):
        self.ops.append(dict(op='line', x1=x1, y1=y1, x2=x2, y2=y2, w=w, color=color))

    def rect(self, x, y, w, h, lw=1.0, color='#111111', fill=None):
        self.ops.append(dict(op='rect', x=x, y=y, w=w, h=h, lw=lw, color=color, fill=fill))

    def circle(self, cx, cy, r, lw=1.0, color='#111111'):
        self.ops.append(dict(op='circle', cx=cx, cy=cy, r=r, lw=lw, color=color))

    def decorate(self):
        pg, W, H, i = self.page, self.W, self.H, self.inset
        acc = pg.get('accent', '#333333')
        b = pg.get('border')
        if b == 'single':
            self.rect(i, i, W - 2 * i, H - 2 * i, 1.5, acc)
        elif b == 'double':
            self.rect(i, i, W - 2 * i, H - 2 * i, 2.5, acc)
            self.rect(i + 6, i + 6, W - 2 * i - 12, H - 2 * i - 12, 0.8, acc)
        elif b == 'thickthin':
            self.rect(i, i, W - 2 * i, H - 2 * i, 5, acc)
            self.rect(i + 9, i + 9, W - 2 * i - 18, H - 2 * i - 18, 0.6, acc)
        elif b == 'frame':
            self.rect(i, i, W - 2 * i, H - 2 * i, 0.6, '#888888')
        if pg.get('footer'):
            f = fname('sans')
            s = pg['footer']
            self.text((W - width(s, f, 7.5)) / 2, i + 17 if b else 30, s, f, 7.5, GREY)
        if pg.get('seal') and len(self.pages) == 1:
            sl = pg['seal']
            r = 40.0
            pos = sl.get('pos', 'br')
            cy = (i + 16 + r + 18) if b else 70 + r
            if pos == 'br':
                cx = W - i - 30 - r
            elif pos == 'bl':
                cx = i + 30 + r
            else:
                cx = W / 2
                cy = (i + 26 + r) if b else 60 + r
            self.circle(cx, cy, r, 2.0, acc)
            self.circle(cx, cy, r - 5, 0.7, acc)
            lines = sl['text']
            f = fname('serif', b=True)
            n = len(lines)
            for k, s in enumerate(lines):
                sz = 12
                while width(s, f, sz) > 2 * (r - 9):
                    sz -= 0.5
                yy = cy + (n - 1) * 6.5 - k * 13 - sz * 0.33
                self.text(cx - width(s, f, sz) / 2, yy, s, f, sz, acc)

    def xalign(self, w, al, x0=None, avail=None):
        x0 = self.left if x0 is None else x0
        avail = self.cw if avail is None else avail
        if al == 'c':
            return x0 + (avail - w) / 2
        if al == 'r':
            return x0 + avail - w
        return x0

    # -- blocks ----------------------------------------------------------
    def run(self):
        self.newpage()
        for b in self.spec['blocks']:
            getattr(self, 'b_' + b['t'])(b)
        self.finish_page()
        return self.pages

    def b_break(self, b):
        self.newpage()

    def b_space(self, b):
        self.y -= b['h']

    def b_text(self, b):
        fam = b.get('font') or self.fam
        f = fname(fam, b['b'], b['i'])
        size = b['size']
        cs = size * 0.2 if b.get('ls') else 0.0
        self.y -= b['before']
        lines = wrap(b['text'], f, size, self.cw, cs)
        if b.get('field') and len(lines) > 1 and self.strict:
            raise Overflow('%s: field %s would wrap' % (self.spec['id'], b['field']))
        lead = size * 1.22
        self.need(lead * len(lines))
        for ln in lines:
            self.y -= size * 0.95
            w = width(ln, f, size, cs)
            x = self.xalign(w, 'l' if b['al'] == 'j' else b['al'])
            self.text(x, self.y, ln, f, size, b.get('color'), cs, b.get('field'))
            self.y -= lead - size * 0.95

    def b_rule(self, b):
        self.y -= b['before']
        w = b['w'] * self.cw
        x = self.xalign(w, b.get('al', 'c'))
        self.line(x, self.y, x + w, self.y, b['thick'], b.get('color') or '#666666')
        self.y -= 2

    def b_kv(self, b):
        self.y -= b['before']
        tw = b['width'] * self.cw
        x0 = self.xalign(tw, b['al'] if b['al'] != 'l' else 'l')
        if b['al'] == 'l':
            x0 = self.left
        else:
            x0 = self.left + (self.cw - tw) / 2
        lw = b['lw'] * tw
        size = b['size']
        fl = fname(self.fam, True)
        fv = fname(self.fam)
        lead = size * 1.3
        for (lab, val), fld in zip(b['rows'], b['fields']):
            vl = wrap(val, fv, size, tw - lw - 4)
            if fld and len(vl) > 1 and self.strict:
                raise Overflow('%s: field %s would wrap' % (self.spec['id'], fld))
            self.need(lead * len(vl) + 4)
            self.y -= size * 0.95
            self.text(x0, self.y, lab, fl, size)
            for k, ln in enumerate(vl):
                if k:
                    self.y -= lead
                self.text(x0 + lw, self.y, ln, fv, size, field=fld)
            self.y -= lead - size * 0.95 + 3

    def b_cols(self, b):
        self.y -= b['before']
        tw = b['width'] * self.cw
        x0 = self.left + (self.cw - tw) / 2
        n = len(b['labels'])
        ws = b['widths'] or [1.0 / n] * n
        size = b['size']
        lsize = max(7.5, size * 0.7)
        fl = fname('sans', True)
        fv = fname(self.fam, True)
        self.need(lsize * 1.4 + size * 1.5)
        self.y -= lsize
        x = x0
        for lab, wf in zip(b['labels'], ws):
            s = lab.upper() if b['caps'] else lab
            cw = wf * tw
            xx = x + (cw - width(s, fl, lsize)) / 2 if b['al'] == 'c' else x + 4
            self.text(xx, self.y, s, fl, lsize, GREY)
            x += cw
        self.y -= lsize * 0.5 + 3
        # thin rule between labels and values
        self.line(x0 + 4, self.y + 1, x0 + tw - 4, self.y + 1, 0.4, '#999999')
        ytop = self.y
        lowest = self.y
        x = x0
        for val, wf, fld in zip(b['values'], ws, b['fields']):
            cw = wf * tw
            vl = wrap(val, fv, size, cw - 8)
            if fld and len(vl) > 1 and self.strict:
                raise Overflow('%s: field %s would wrap' % (self.spec['id'], fld))
            yy = ytop
            for ln in vl:
                yy -= size * 1.15
                xx = x + (cw - width(ln, fv, size)) / 2 if b['al'] == 'c' else x + 4
                self.text(xx, yy, ln, fv, size, field=fld)
                yy -= size * 0.2
            lowest = min(lowest, yy)
            x += cw
        self.y = lowest - 2
        self.need(0)

    def b_table(self, b):
        self.y -= b['before']
        tw = b['width'] * self.cw
        x0 = self.left + (self.cw - tw) / 2
        n = len(b['header'])
        ws = b['widths'] or [1.0 / n] * n
        size = b['size']
        fh = fname('sans', True)
        fc = fname('sans')
        rh = size * 1.9
        rows = [b['header']] + b['rows']
        self.need(rh * len(rows))
        for r, row in enumerate(rows):
            f = fh if r == 0 else fc
            self.rect(x0, self.y - rh, tw, rh, 0.6, '#777777',
                      fill='#E8E8E8' if r == 0 else None)
            x = x0
            for c, (cell, wf) in enumerate(zip(row, ws)):
                cw = wf * tw
                if width(cell, f, size) > cw - 8 and self.strict:
                    raise Overflow('%s: table cell too wide: %s' % (self.spec['id'], cell))
                if c:
                    self.line(x, self.y, x, self.y - rh, 0.6, '#777777')
                self.text(x + 4, self.y - rh + size * 0.62, cell, f, size)
                x += cw
            self.y -= rh

    def b_sigs(self, b):
        self.y -= b['before']
        n = len(b['sigs'])
        tw = b['width'] * self.cw
        x0 = self.left if b['al'] == 'l' else self.left + (self.cw - tw) / 2
        size = b['size']
        fn = fname(self.fam, True)
        ft = fname(self.fam, False, True)
        maxlines = max(len(t.split('\n')) for _, t in b['sigs'])
        self.need(size * 1.3 * (maxlines + 1) + 6)
        for k, (nm, tt) in enumerate(b['sigs']):
            cw = tw / n
            lw = min(cw * 0.8, 210)
            if b['al'] == 'l':
                lx = x0 + k * cw
            else:
                lx = x0 + k * cw + (cw - lw) / 2
            self.line(lx, self.y, lx + lw, self.y, 0.7, '#333333')
            yy = self.y - size * 1.1
            cx = lx + lw / 2
            for s, f in [(nm, fn)] + [(t, ft) for t in tt.split('\n')]:
                w = width(s, f, size)
                xx = lx if b['al'] == 'l' else cx - w / 2
                self.text(xx, yy, s, f, size)
                yy -= size * 1.25
        self.y -= size * 1.3 * (maxlines + 1) + 4


def layout(spec):
    return Layouter(spec).run()


def with_centering(spec, factor=1.0):
    """For flow engines: a copy of the spec whose pages start with a SPACE
    block that pushes award-style content towards the vertical middle
    (heights estimated with the display-list layouter)."""
    import copy
    L = Layouter(spec)
    L.strict = False
    L.run()
    shifts = L.shifts
    s = copy.deepcopy(spec)
    out, k = [], 0
    if shifts and shifts[0] > 1:
        out.append(dict(t='space', h=round(shifts[0] * factor, 1)))
    for b in s['blocks']:
        out.append(b)
        if b['t'] == 'break':
            k += 1
            if k < len(shifts) and shifts[k] > 1:
                out.append(dict(t='space', h=round(shifts[k] * factor, 1)))
    s['blocks'] = out
    return s
