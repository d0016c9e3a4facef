"""Hand-positioned layout of a certificate (block list -> absolute drawing ops).

Used by the ReportLab-canvas, AcroForm, fpdf and Ghostscript/PostScript producers.
Coordinates are PDF points, origin bottom-left.  Widths come from the standard-14
AFM metrics shipped with ReportLab, which are the same metrics fpdf and Ghostscript
(URW clones) use for Times/Helvetica/Courier.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

PSFONT = {
    'serif': 'Times-Roman', 'serif-b': 'Times-Bold', 'serif-i': 'Times-Italic',
    'serif-bi': 'Times-BoldItalic', 'sans': 'Helvetica', 'sans-b': 'Helvetica-Bold',
    'sans-i': 'Helvetica-Oblique', 'sans-bi': 'Helvetica-BoldOblique',
    'mono': 'Courier', 'mono-b': 'Courier-Bold',
}
GRAY = (0.35, 0.35, 0.35)


def slug(s):
    out = ''.join(ch.lower() if ch.isalnum() else '_' for ch in s)
    while '__' in out:
        out = out.replace('__', '_')
    return out.strip('_') or 'f'


class Flow:
    def __init__(self, cert, acro=False):
        self.cert = cert
        o = self.o = cert['opts']
        self.acro = acro
        self.land = o.get('orient') == 'landscape'
        self.W, self.H = (792.0, 612.0) if self.land else (612.0, 792.0)
        self.m = o.get('margin', 64)
        self.x0, self.x1 = self.m, self.W - self.m
        self.align = o.get('align', 'center')
        self.accent = tuple(o.get('color', (0.1, 0.15, 0.35)))
        self.pages = []
        self.slacks = []
        self.fieldnames = {}
        self.newpage()
        for b in cert['blocks']:
            getattr(self, 'b_' + b['t'])(b)
        self.finish_page()

    # ------------------------------------------------------------------ pages
    def newpage(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.H - self.m - self.o.get('top_pad', 0)
        n0 = len(self.ops)
        self.decorate()
        for op in self.ops[n0:]:
            op['fixed'] = True

    def finish_page(self):
        # vertical balance: centre the flowing content between the top margin and the footer
        foot_top = max([op['y'] + op['size'] for op in self.ops if op.get('foot')] or [0])
        bottom = max(foot_top + 16, 58 if self.o.get('border') else 50)
        slack = self.y - bottom
        if slack < 0:
            print('  WARNING: %s page %d overflows by %.1fpt' % (self.cert['id'], len(self.pages), -slack))
        self.slacks.append(slack)
        if slack > 0 and self.o.get('vfill', self.align == 'center'):
            d = slack / 2.0
            for op in self.ops:
                if op.get('fixed'):
                    continue
                for k in ('y', 'y1', 'y2'):
                    if k in op:
                        op[k] -= d
        if len(self.pages) == 1 and self.o.get('seal'):
            n0 = len(self.ops)
            self.seal(self.o['seal'])
            for op in self.ops[n0:]:
                op['fixed'] = True

    def col(self, c):
        if c == 'accent':
            return self.accent
        if c == 'gray':
            return GRAY
        return tuple(c) if c else (0, 0, 0)

    def decorate(self):
        bd = self.o.get('border')
        W, H, a = self.W, self.H, self.accent
        if not bd:
            return
        if bd in ('single', 'thin'):
            lw = 2.2 if bd == 'single' else 0.8
            self.ops.append(dict(op='rect', x=24, y=24, w=W - 48, h=H - 48, lw=lw, color=a))
        elif bd in ('double', 'ornate'):
            self.ops.append(dict(op='rect', x=18, y=18, w=W - 36, h=H - 36, lw=3.5, color=a))
            self.ops.append(dict(op='rect', x=26, y=26, w=W - 52, h=H - 52, lw=0.8, color=a))
            if bd == 'ornate':
                for (cx, cy) in ((26, 26), (W - 26, 26), (26, H - 26), (W - 26, H - 26)):
                    self.ops.append(dict(op='rect', x=cx - 7, y=cy - 7, w=14, h=14, lw=0, color=a, fill=a))
        elif bd == 'band':
            self.ops.append(dict(op='rect', x=0, y=H - 18, w=W, h=18, lw=0, color=a, fill=a))
            self.ops.append(dict(op='rect', x=0, y=0, w=W, h=10, lw=0, color=a, fill=a))
        elif bd == 'sidebar':
            self.ops.append(dict(op='rect', x=0, y=0, w=22, h=H, lw=0, color=a, fill=a))

    def seal(self, s):
        r = s.get('r', 40)
        pos = s.get('pos', 'br')
        if isinstance(pos, (list, tuple)):
            cx, cy = pos
        elif pos == 'br':
            cx, cy = self.W - self.m - 20, self.m + 38
        else:
            cx, cy = self.m + 20, self.m + 38
        a = self.accent
        self.ops.append(dict(op='circle', x=cx, y=cy, r=r, lw=0, color=a, fill=a))
        self.ops.append(dict(op='circle', x=cx, y=cy, r=r - 5, lw=0.9, color=(1, 1, 1)))
        lines = s['lines']
        n = len(lines)
        for i, ln in enumerate(lines):
            size = 8 if i != n // 2 else 11
            font = PSFONT['sans-b']
            w = stringWidth(ln, font, size)
            y = cy + (n / 2.0 - i - 0.8) * 11
            self.ops.append(dict(op='text', x=cx - w / 2, y=y, s=ln, font=font, size=size, color=(1, 1, 1), cs=0))

    # ------------------------------------------------------------------ helpers
    def emit(self, s, x, y, font, size, color, cs=0, field=None, fx=None, fw=None, q=0):
        if field and self.acro:
            if q == 1:
                # qpdf's appearance generator does not honour /Q, so centred values get a field
                # rectangle hugging the text (1pt inner offset) instead of a centred quadding.
                fx, fw, q = x - 1, self.width(s, font, size) + 6, 0
            name = field
            k = self.fieldnames.get(name, 0)
            self.fieldnames[name] = k + 1
            if k:
                name = '%s_%d' % (name, k + 1)
            self.ops.append(dict(op='field', name=name, value=s, x=fx, y=y - size * 0.32, w=fw,
                                 h=size * 1.32, font=font, size=size, color=color, q=q))
        else:
            self.ops.append(dict(op='text', x=x, y=y, s=s, font=font, size=size, color=color, cs=cs))

    def width(self, s, font, size, cs=0):
        return stringWidth(s, font, size) + cs * len(s)

    # ------------------------------------------------------------------ blocks
    def b_pagebreak(self, b):
        self.finish_page()
        self.newpage()

    def b_gap(self, b):
        self.y -= b.get('h', 10)

    def b_rule(self, b):
        w = b.get('w', (self.x1 - self.x0) * b.get('frac', 1.0))
        x = self.x0 if self.align == 'left' else (self.W - w) / 2
        self.y -= b.get('before', 4)
        self.ops.append(dict(op='line', x1=x, y1=self.y, x2=x + w, y2=self.y, lw=b.get('lw', 0.8), color=self.col(b.get('color', 'accent'))))
        self.y -= b.get('after', 10)

    def b_text(self, b):
        font = PSFONT[b.get('font', 'serif')]
        size = b.get('size', 11)
        lead = size * b.get('lead', 1.22)
        align = b.get('align', self.align)
        width = b.get('width', self.x1 - self.x0)
        color = self.col(b.get('color'))
        text = b['text']
        cs = size * 0.28 if b.get('spaced') else 0
        lines = [text] if cs else simpleSplit(text, font, size, width)
        region = self.x0 if align == 'left' else (self.W - width) / 2 if align == 'center' else self.x1 - width
        self.y -= b.get('before', 0)
        for ln in lines:
            base = self.y - size * 0.92
            w = self.width(ln, font, size, cs)
            if align == 'left':
                x = region
            elif align == 'center':
                x = (self.W - w) / 2
            else:
                x = self.x1 - w
            self.emit(ln, x, base, font, size, color, cs, b.get('field'), region, width, 1 if align == 'center' else 0)
            if b.get('uline'):
                uw = b.get('uline_w', width)
                ux = region if align != 'center' else (self.W - uw) / 2
                self.ops.append(dict(op='line', x1=ux, y1=base - size * 0.28, x2=ux + uw, y2=base - size * 0.28, lw=0.6, color=GRAY))
            self.y -= lead
        self.y -= b.get('after', size * 0.45)

    def _block_left(self, b, w):
        if b.get('align', self.align) == 'left':
            return self.x0 + b.get('indent', 0)
        return (self.W - w) / 2

    def b_kv(self, b):
        size = b.get('size', 11)
        lf = PSFONT[b.get('lfont', 'sans-b')]
        vf = PSFONT[b.get('vfont', 'serif')]
        lw = b.get('lw', 150)
        w = b.get('w', self.x1 - self.x0)
        left = self._block_left(b, w)
        lead = size * 1.28
        lsize = b.get('lsize', size * 0.88)
        for label, value in b['rows']:
            vlines = simpleSplit(value, vf, size, w - lw)
            base = self.y - size * 0.92
            self.ops.append(dict(op='text', x=left, y=base, s=label, font=lf, size=lsize, color=self.col(b.get('lcolor', 'gray')), cs=0))
            field = None if b.get('static') else slug(label)
            for j, vl in enumerate(vlines):
                self.emit(vl, left + lw, base - j * lead, vf, size, (0, 0, 0), 0, field, left + lw, w - lw, 0)
            if b.get('ulines'):
                for j in range(len(vlines)):
                    yy = base - j * lead - size * 0.3
                    self.ops.append(dict(op='line', x1=left + lw, y1=yy, x2=left + w, y2=yy, lw=0.5, color=GRAY))
            self.y -= lead * len(vlines) + b.get('gap', 5)
        self.y -= b.get('after', 6)

    def b_cols(self, b):
        labels, values = b['labels'], b['values']
        n = len(labels)
        w = b.get('w', self.x1 - self.x0)
        left = self._block_left(b, w)
        fr = b.get('widths') or [1.0 / n] * n
        xs = [left]
        for f in fr:
            xs.append(xs[-1] + f * w)
        lsize = b.get('lsize', 8.5)
        vsize = b.get('vsize', 13)
        lf = PSFONT[b.get('lfont', 'sans-b')]
        vf = PSFONT[b.get('vfont', 'serif-b')]
        calign = b.get('calign', 'center')
        pad = 6
        base = self.y - lsize * 0.92
        for i, lab in enumerate(labels):
            cw = xs[i + 1] - xs[i]
            tw = stringWidth(lab, lf, lsize)
            x = xs[i] + pad if calign == 'left' else xs[i] + (cw - tw) / 2
            self.ops.append(dict(op='text', x=x, y=base, s=lab, font=lf, size=lsize, color=self.col(b.get('lcolor', 'accent')), cs=0))
        self.y -= lsize * 1.25
        if b.get('rule', True):
            for i in range(n):
                self.ops.append(dict(op='line', x1=xs[i] + pad, y1=self.y, x2=xs[i + 1] - pad, y2=self.y, lw=0.5, color=GRAY))
        self.y -= 5
        vlead = vsize * 1.22
        maxl = 1
        for i, val in enumerate(values):
            cw = xs[i + 1] - xs[i]
            spaced = b.get('spaced_col') == i
            cs = vsize * 0.25 if spaced else 0
            vl = [val] if spaced else simpleSplit(val, vf, vsize, cw - 2 * pad)
            maxl = max(maxl, len(vl))
            for j, ln in enumerate(vl):
                tw = self.width(ln, vf, vsize, cs)
                x = xs[i] + pad if calign == 'left' else xs[i] + (cw - tw) / 2
                yb = self.y - vsize * 0.92 - j * vlead
                self.emit(ln, x, yb, vf, vsize, (0, 0, 0), cs, slug(labels[i]), xs[i] + pad, cw - 2 * pad, 0 if calign == 'left' else 1)
        self.y -= vlead * maxl + b.get('after', 10)

    def b_table(self, b):
        header, rows = b['header'], b['rows']
        n = len(header)
        w = b.get('w', self.x1 - self.x0)
        left = self._block_left(b, w)
        fr = b.get('widths') or [1.0 / n] * n
        xs = [left]
        for f in fr:
            xs.append(xs[-1] + f * w)
        size = b.get('size', 9.5)
        hf = PSFONT[b.get('hfont', 'sans-b')]
        cf = PSFONT[b.get('font', 'sans')]
        pad = 4
        lead = size * 1.22
        calign = b.get('calign', 'left')
        a = self.accent
        tint = tuple(1 - (1 - c) * 0.15 for c in a)
        for ri, row in enumerate([header] + rows):
            font = hf if ri == 0 else cf
            cells = [simpleSplit(c, font, size, xs[i + 1] - xs[i] - 2 * pad) or [''] for i, c in enumerate(row)]
            nl = max(len(c) for c in cells)
            rh = nl * lead + 2 * pad
            top = self.y
            if ri == 0:
                self.ops.append(dict(op='rect', x=left, y=top - rh, w=w, h=rh, lw=0, color=tint, fill=tint))
            for i, cl in enumerate(cells):
                for j, ln in enumerate(cl):
                    cw = xs[i + 1] - xs[i]
                    tw = stringWidth(ln, font, size)
                    x = xs[i] + pad if calign == 'left' else xs[i] + (cw - tw) / 2
                    yb = top - pad - size * 0.88 - j * lead
                    fld = None if ri == 0 else slug(header[i])
                    self.emit(ln, x, yb, font, size, (0, 0, 0), 0, fld, xs[i] + pad, cw - 2 * pad, 0 if calign == 'left' else 1)
            for i in range(n):
                self.ops.append(dict(op='rect', x=xs[i], y=top - rh, w=xs[i + 1] - xs[i], h=rh, lw=0.6, color=GRAY))
            self.y -= rh
        self.y -= b.get('after', 10)

    def b_sig(self, b):
        sigs = b['sigs']
        n = len(sigs)
        w = b.get('w', min(self.x1 - self.x0, 235 * n))
        left = self._block_left(b, w)
        slot = w / n
        ll = min(slot - 24, 190)
        self.y -= b.get('before', 8)
        ytop = self.y
        lowest = self.y
        for i, (name, title) in enumerate(sigs):
            cx = left + slot * i + slot / 2
            lx = cx - ll / 2 if b.get('align', self.align) != 'left' else left + slot * i
            y = ytop
            if b.get('script', True):
                sn = name.split(',')[0]
                f = PSFONT['serif-i']
                sw = stringWidth(sn, f, 15)
                self.ops.append(dict(op='text', x=lx + (ll - sw) / 2, y=y - 18, s=sn, font=f, size=15, color=(0.12, 0.16, 0.45), cs=0))
            y -= 24
            self.ops.append(dict(op='line', x1=lx, y1=y, x2=lx + ll, y2=y, lw=0.7, color=(0, 0, 0)))
            y -= 11
            lines = [(name, PSFONT[b.get('nfont', 'sans-b')], 8.8)] + [(t, PSFONT[b.get('tfont', 'sans')], 8.2) for t in title.split('\n')]
            for s, f, sz in lines:
                tw = stringWidth(s, f, sz)
                x = lx + (ll - tw) / 2
                self.ops.append(dict(op='text', x=x, y=y, s=s, font=f, size=sz, color=(0, 0, 0), cs=0))
                y -= sz * 1.25
            lowest = min(lowest, y)
        self.y = lowest - b.get('after', 6)

    def b_foot(self, b):
        lines = b['lines']
        size = b.get('size', 7.5)
        font = PSFONT[b.get('font', 'sans')]
        ybot = b.get('y', 38)
        align = b.get('align', self.align)
        for i, ln in enumerate(lines):
            y = ybot + (len(lines) - 1 - i) * size * 1.3
            tw = stringWidth(ln, font, size)
            x = self.x0 if align == 'left' else (self.W - tw) / 2
            self.ops.append(dict(op='text', x=x, y=y, s=ln, font=font, size=size, color=GRAY, cs=0, fixed=True, foot=True))


def top_spacers(cert, factor=1.0):
    """Per page, the top space that vertically centres the content (from the AFM-metric layout)."""
    fl = Flow(dict(id=cert['id'], opts=dict(cert['opts'], vfill=False), blocks=cert['blocks']))
    on = cert['opts'].get('vfill', cert['opts'].get('align', 'center') == 'center')
    return [max(0.0, s / 2.0 * factor) if on else 0.0 for s in fl.slacks]


# ---------------------------------------------------------------------- backends
def render_ops_on_canvas(c, ops):
    from reportlab.lib.colors import Color
    for op in ops:
        k = op['op']
        if k == 'text':
            c.setFillColorRGB(*op['color'])
            t = c.beginText(op['x'], op['y'])
            t.setFont(op['font'], op['size'])
            if op.get('cs'):
                t.setCharSpace(op['cs'])
            t.textOut(op['s'])
            if op.get('cs'):
                t.setCharSpace(0)  # Tc is graphics state: reset or it leaks into later text
            c.drawText(t)
        elif k == 'line':
            c.setStrokeColorRGB(*op['color'])
            c.setLineWidth(op['lw'])
            c.line(op['x1'], op['y1'], op['x2'], op['y2'])
        elif k == 'rect':
            if op.get('fill'):
                c.setFillColorRGB(*op['fill'])
                c.rect(op['x'], op['y'], op['w'], op['h'], stroke=0, fill=1)
            else:
                c.setStrokeColorRGB(*op['color'])
                c.setLineWidth(op['lw'])
                c.rect(op['x'], op['y'], op['w'], op['h'], stroke=1, fill=0)
        elif k == 'circle':
            if op.get('fill'):
                c.setFillColorRGB(*op['fill'])
                c.circle(op['x'], op['y'], op['r'], stroke=0, fill=1)
            else:
                c.setStrokeColorRGB(*op['color'])
                c.setLineWidth(op['lw'])
                c.circle(op['x'], op['y'], op['r'], stroke=1, fill=0)
        elif k == 'field':
            c.acroForm.textfield(name=op['name'], tooltip=op['name'], value='',
                                 x=op['x'], y=op['y'], width=op['w'], height=op['h'],
                                 fontName=op['font'], fontSize=op['size'], borderWidth=0,
                                 fillColor=Color(1, 1, 1, alpha=0), borderColor=Color(1, 1, 1, alpha=0),
                                 textColor=Color(*op['color']), forceBorder=False, maxlen=200)


def render_reportlab(flow, path, meta):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=(flow.W, flow.H), pageCompression=1)
    c.setTitle(meta.get('title', 'Certificate'))
    c.setAuthor(meta.get('author', ''))
    c.setCreator(meta.get('creator', ''))
    for ops in flow.pages:
        render_ops_on_canvas(c, ops)
        c.showPage()
    c.save()


def field_values(flow):
    vals = {}
    for ops in flow.pages:
        for op in ops:
            if op['op'] == 'field':
                vals[op['name']] = (op['value'], op['q'])
    return vals


# --- PostScript --------------------------------------------------------------
def _ps_str(s):
    bs = s.encode('cp1252')
    out = []
    for ch in bs:
        if ch in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(ch))
        elif ch < 32 or ch > 126:
            out.append('\\%03o' % ch)
        else:
            out.append(chr(ch))
    return '(' + ''.join(out) + ')'


def to_postscript(flow, meta):
    from reportlab.pdfbase._fontdata import encodings
    enc = encodings['WinAnsiEncoding']
    names = ' '.join('/' + (g if g else '.notdef') for g in enc)
    fonts = sorted({op['font'] for ops in flow.pages for op in ops if op['op'] == 'text'})
    L = ['%!PS-Adobe-3.0', '%%BoundingBox: 0 0 %d %d' % (flow.W, flow.H),
         '%%Title: ' + meta.get('title', 'Certificate'), '%%Creator: ' + meta.get('creator', 'hand-written PostScript'),
         '%%Pages: %d' % len(flow.pages), '%%EndComments',
         '<< /PageSize [%d %d] >> setpagedevice' % (flow.W, flow.H),
         '/WinEnc [ %s ] def' % names,
         '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
         '  /Encoding WinEnc def currentdict end definefont pop } bind def']
    for f in fonts:
        L.append('/%s-W /%s reenc' % (f, f))
    L.append('[ /Title %s /Author %s /Creator %s /DOCINFO pdfmark' % (
        _ps_str(meta.get('title', 'Certificate')), _ps_str(meta.get('author', '')), _ps_str(meta.get('creator', ''))))
    for pi, ops in enumerate(flow.pages):
        L.append('%%%%Page: %d %d' % (pi + 1, pi + 1))
        for op in ops:
            k = op['op']
            if k == 'text':
                L.append('%.3f %.3f %.3f setrgbcolor /%s-W findfont %.2f scalefont setfont %.2f %.2f moveto' % (
                    op['color'] + (op['font'], op['size'], op['x'], op['y'])))
                if op.get('cs'):
                    L.append('%.3f 0 %s ashow' % (op['cs'], _ps_str(op['s'])))
                else:
                    L.append('%s show' % _ps_str(op['s']))
            elif k == 'line':
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (
                    op['color'] + (op['lw'], op['x1'], op['y1'], op['x2'], op['y2'])))
            elif k == 'rect':
                if op.get('fill'):
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill' % (op['fill'] + (op['x'], op['y'], op['w'], op['h'])))
                else:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke' % (
                        op['color'] + (op['lw'], op['x'], op['y'], op['w'], op['h'])))
            elif k == 'circle':
                if op.get('fill'):
                    L.append('%.3f %.3f %.3f setrgbcolor newpath %.2f %.2f %.2f 0 360 arc closepath fill' % (op['fill'] + (op['x'], op['y'], op['r'])))
                else:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke' % (
                        op['color'] + (op['lw'], op['x'], op['y'], op['r'])))
        L.append('showpage')
    L.append('%%EOF')
    return '\n'.join(L) + '\n'


# --- fpdf (ops to JSON consumed by php/fpdf_engine.php) -------------------------
FPDF_FONT = {
    'Times-Roman': ('Times', ''), 'Times-Bold': ('Times', 'B'), 'Times-Italic': ('Times', 'I'),
    'Times-BoldItalic': ('Times', 'BI'), 'Helvetica': ('Helvetica', ''), 'Helvetica-Bold': ('Helvetica', 'B'),
    'Helvetica-Oblique': ('Helvetica', 'I'), 'Helvetica-BoldOblique': ('Helvetica', 'BI'),
    'Courier': ('Courier', ''), 'Courier-Bold': ('Courier', 'B'),
}


def to_fpdf_json(flow, meta):
    pages = []
    for ops in flow.pages:
        out = []
        for op in ops:
            op = dict(op)
            if op['op'] == 'text':
                op['family'], op['style'] = FPDF_FONT[op['font']]
            out.append(op)
        pages.append(out)
    return dict(W=flow.W, H=flow.H, orient='L' if flow.land else 'P', meta=meta, pages=pages)
