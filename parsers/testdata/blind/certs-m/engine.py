"""Tiny layout engine used by build.py.

A spec is a list of blocks; layout() turns it into absolute drawing ops
(text / line / rect / circle / fillrect) in PDF points, origin bottom-left.
Back-ends: ReportLab canvas, ReportLab AcroForm (values in fields),
PostScript (for Ghostscript), FPDF (PHP).
"""
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {
    ('serif', 'R'): 'Times-Roman', ('serif', 'B'): 'Times-Bold',
    ('serif', 'I'): 'Times-Italic', ('serif', 'BI'): 'Times-BoldItalic',
    ('sans', 'R'): 'Helvetica', ('sans', 'B'): 'Helvetica-Bold',
    ('sans', 'I'): 'Helvetica-Oblique', ('sans', 'BI'): 'Helvetica-BoldOblique',
    ('mono', 'R'): 'Courier', ('mono', 'B'): 'Courier-Bold',
    ('mono', 'I'): 'Courier-Oblique', ('mono', 'BI'): 'Courier-BoldOblique',
}

PAGES = {'letter': (612, 792), 'letter-l': (792, 612), 'a4': (595, 842), 'a4-l': (842, 595)}


def sw(text, font, size, cs=0):
    return stringWidth(text, font, size) + cs * max(len(text) - 1, 0)


def wrap(text, font, size, width, cs=0):
    words = text.split(' ')
    lines, cur = [], ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if sw(t, font, size, cs) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, size='letter', margin=54, family='serif', border=None, frame=None):
        self.W, self.H = PAGES[size]
        self.family = family
        self.ops = []
        if frame:  # (x, top_from_top, width)
            self.x0, self.y, self.cw = frame[0], self.H - frame[1], frame[2]
        else:
            self.x0, self.y, self.cw = margin, self.H - margin, self.W - 2 * margin
        if border:
            self.border(border, margin)

    # ---- primitives
    def text(self, x, y, s, font, size, cs=0, color=(0, 0, 0), field=None):
        self.ops.append(('text', x, y, s, font, size, cs, color, field))

    def line(self, x1, y1, x2, y2, w=0.6, color=(0, 0, 0), dash=None):
        self.ops.append(('line', x1, y1, x2, y2, w, color, dash))

    def rect(self, x, y, w, h, lw=0.6, color=(0, 0, 0), dash=None):
        self.ops.append(('rect', x, y, w, h, lw, color, dash))

    def fillrect(self, x, y, w, h, color):
        self.ops.append(('fillrect', x, y, w, h, color))

    def circle(self, cx, cy, r, lw=1, color=(0, 0, 0)):
        self.ops.append(('circle', cx, cy, r, lw, color))

    def font(self, style='R', family=None):
        return FONTS[(family or self.family, style)]

    def border(self, kind, m):
        W, H = self.W, self.H
        c = (0.25, 0.3, 0.45)
        if kind == 'single':
            self.rect(m / 2, m / 2, W - m, H - m, 1.2, c)
        elif kind == 'double':
            self.rect(m / 2, m / 2, W - m, H - m, 2.5, c)
            self.rect(m / 2 + 6, m / 2 + 6, W - m - 12, H - m - 12, 0.7, c)
        elif kind == 'thick-thin':
            self.rect(m / 3, m / 3, W - 2 * m / 3, H - 2 * m / 3, 5, (0.45, 0.35, 0.1))
            self.rect(m / 3 + 9, m / 3 + 9, W - 2 * m / 3 - 18, H - 2 * m / 3 - 18, 0.8, (0.45, 0.35, 0.1))
        elif kind == 'corners':
            L = 40
            for (x, y, dx, dy) in [(m / 2, m / 2, 1, 1), (W - m / 2, m / 2, -1, 1), (m / 2, H - m / 2, 1, -1), (W - m / 2, H - m / 2, -1, -1)]:
                self.line(x, y, x + dx * L, y, 3, c)
                self.line(x, y, x, y + dy * L, 3, c)
        elif kind == 'box':
            self.rect(m - 10, m - 10, W - 2 * m + 20, H - 2 * m + 20, 0.8)

    # ---- flow blocks
    def gap(self, h):
        self.y -= h

    def t(self, s, size=11, style='R', align='C', family=None, cs=0, lead=1.25, color=(0, 0, 0), width=None, x=None, field=None):
        f = self.font(style, family)
        x0 = self.x0 if x is None else x
        w = width or (self.cw - (x0 - self.x0))
        for ln in wrap(s, f, size, w, cs):
            self.y -= size * lead
            lw = sw(ln, f, size, cs)
            xx = x0 if align == 'L' else (x0 + (w - lw) / 2 if align == 'C' else x0 + w - lw)
            self.text(xx, self.y, ln, f, size, cs, color, field)
        self.y -= size * (lead - 1) * 0.6

    def kv(self, rows, lw=150, size=10.5, lstyle='B', vstyle='R', family=None, pad=5, rule=False, lfamily=None, boxes=False, field=False):
        lf = self.font(lstyle, lfamily or family)
        vf = self.font(vstyle, family)
        for lab, val in rows:
            top = self.y
            self.y -= size * 1.3
            self.text(self.x0, self.y, lab, lf, size)
            vlines = wrap(val, vf, size, self.cw - lw - 6)
            yy = self.y
            for i, v in enumerate(vlines):
                if i:
                    yy -= size * 1.3
                self.text(self.x0 + lw, yy, v, vf, size, field=('f%d' % len(self.ops)) if field else None)
            self.y = yy - pad
            if boxes:
                self.rect(self.x0 + lw - 4, self.y + 1, self.cw - lw + 4, top - self.y - 1, 0.5, (0.4, 0.4, 0.4))
            if rule:
                self.line(self.x0, self.y + 1, self.x0 + self.cw, self.y + 1, 0.3, (0.6, 0.6, 0.6))

    def cols(self, items, size=10, lsize=7.5, lstyle='B', family=None, lcolor=(0.35, 0.35, 0.35), boxed=False, widths=None):
        n = len(items)
        widths = widths or [1.0 / n] * n
        top = self.y
        x = self.x0
        low = self.y
        for (lab, val), fr in zip(items, widths):
            w = self.cw * fr
            y = top - lsize * 1.4
            self.text(x + 4, y, lab, self.font(lstyle, family), lsize, 0.6, lcolor)
            for v in wrap(val, self.font('R', family), size, w - 10):
                y -= size * 1.3
                self.text(x + 4, y, v, self.font('R', family), size)
            low = min(low, y - 6)
            x += w
        if boxed:
            x = self.x0
            for fr in widths:
                self.rect(x, low, self.cw * fr, top - low, 0.5, (0.3, 0.3, 0.3))
                x += self.cw * fr
        self.y = low - 4

    def table(self, header, rows, widths, size=9.5, family=None, grid=True, aligns=None):
        fb, fr = self.font('B', family), self.font('R', family)
        aligns = aligns or ['L'] * len(widths)
        def row(cells, f, shade=False):
            top = self.y
            y = top - size * 1.45
            x = self.x0
            low = y
            if shade:
                self.fillrect(self.x0, top - size * 1.45 - 5, self.cw, size * 1.45 + 5, (0.88, 0.9, 0.94))
            for c, fr_, al in zip(cells, widths, aligns):
                w = self.cw * fr_
                yy = y
                for ln in wrap(c, f, size, w - 8):
                    tw = sw(ln, f, size)
                    xx = x + 4 if al == 'L' else (x + w - 4 - tw if al == 'R' else x + (w - tw) / 2)
                    self.text(xx, yy, ln, f, size)
                    low = min(low, yy)
                    yy -= size * 1.3
                x += w
            self.y = low - 5
            if grid:
                self.line(self.x0, self.y, self.x0 + self.cw, self.y, 0.4, (0.4, 0.4, 0.4))
        if grid:
            self.line(self.x0, self.y, self.x0 + self.cw, self.y, 0.8)
        row(header, fb, shade=True)
        for r in rows:
            row(r, fr)

    def sig(self, people, size=9.5, family=None, width=170, gap=30, script=None):
        n = len(people)
        tot = n * width + (n - 1) * gap
        x = self.x0 + (self.cw - tot) / 2
        self.y -= 34
        for p in people:
            name, title = p[0], p[1]
            if script:
                self.text(x + 10, self.y + 6, script if isinstance(script, str) else name, self.font('I', 'serif'), 17, 0, (0.1, 0.15, 0.45))
            self.line(x, self.y, x + width, self.y, 0.7)
            self.text(x, self.y - size * 1.3, name, self.font('B', family), size)
            yy = self.y - size * 1.3
            for tl in title.split('\n'):
                yy -= size * 1.2
                self.text(x, yy, tl, self.font('R', family), size - 1)
            x += width + gap
        self.y = yy - 8

    def rule(self, w=0.8, color=(0.3, 0.3, 0.3), pad=6):
        self.y -= pad
        self.line(self.x0, self.y, self.x0 + self.cw, self.y, w, color)
        self.y -= pad

    def band(self, h, color, lines):
        """filled band at current y with white text lines [(text,size,style,align)]"""
        self.fillrect(self.x0 - 6, self.y - h, self.cw + 12, h, color)
        yy = self.y - 6
        for (s, size, style, align) in lines:
            yy -= size * 1.15
            f = self.font(style)
            lw = sw(s, f, size)
            xx = self.x0 + 4 if align == 'L' else (self.x0 + (self.cw - lw) / 2 if align == 'C' else self.x0 + self.cw - lw - 4)
            self.text(xx, yy, s, f, size, 0, (1, 1, 1))
        self.y -= h

    def seal(self, cx, cy, r, lines, color=(0.55, 0.1, 0.1)):
        self.circle(cx, cy, r, 2, color)
        self.circle(cx, cy, r - 5, 0.6, color)
        n = len(lines)
        y = cy + (n - 1) * 5 - 3
        for s in lines:
            f = self.font('B', 'sans')
            self.text(cx - sw(s, f, 7) / 2, y, s, f, 7, 0, color)
            y -= 10

    def at(self, x, ytop, s, size=8, style='R', align='L', family=None, color=(0, 0, 0)):
        f = self.font(style, family)
        w = sw(s, f, size)
        xx = x if align == 'L' else (x - w / 2 if align == 'C' else x - w)
        self.text(xx, self.H - ytop, s, f, size, 0, color)


# ---------------------------------------------------------------- back-ends
def render_reportlab(pg, path, acroform=False):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=(pg.W, pg.H))
    c.setTitle('Certificate')
    for op in pg.ops:
        k = op[0]
        if k == 'fillrect':
            _, x, y, w, h, col = op
            c.setFillColorRGB(*col)
            c.rect(x, y, w, h, stroke=0, fill=1)
    for op in pg.ops:
        k = op[0]
        if k == 'text':
            _, x, y, s, f, size, cs, col, field = op
            if acroform and field:
                from reportlab.lib.colors import Color, white
                c.acroForm.textfield(name=field, value=s, x=x - 2, y=y - 3, width=sw(s, f, size) + 30,
                                     height=size + 5, fontName=f, fontSize=size, borderWidth=0,
                                     fillColor=white, textColor=Color(*col), forceBorder=False)
                continue
            c.setFillColorRGB(*col)
            to = c.beginText(x, y)
            to.setFont(f, size)
            to.setCharSpace(cs)
            to.textOut(s)
            c.drawText(to)
        elif k in ('line', 'rect'):
            col, dash = op[-2], op[-1]
            c.setStrokeColorRGB(*col)
            c.setDash(dash or [])
            if k == 'line':
                _, x1, y1, x2, y2, w, _, _ = op
                c.setLineWidth(w)
                c.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, lw, _, _ = op
                c.setLineWidth(lw)
                c.rect(x, y, w, h, stroke=1, fill=0)
        elif k == 'circle':
            _, cx, cy, r, lw, col = op
            c.setStrokeColorRGB(*col)
            c.setLineWidth(lw)
            c.setDash([])
            c.circle(cx, cy, r, stroke=1, fill=0)
    c.showPage()
    c.save()


def _ps_str(s):
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', "'").replace('\u2013', '-').replace('\u2014', '--')
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '()\\':
            out.append('\\' + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 256:
            out.append('\\%03o' % o)
        else:
            raise ValueError('non-latin1 char in PS text: %r' % ch)
    return '(' + ''.join(out) + ')'


def render_ps(pg, path):
    L = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (pg.W, pg.H), '%%Pages: 1', '%%EndComments',
         '<< /PageSize [%d %d] >> setpagedevice' % (pg.W, pg.H),
         '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
         '  /Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put def currentdict end definefont pop } bind def']
    used = sorted({op[4] for op in pg.ops if op[0] == 'text'})
    for f in used:
        L.append('/%s-L /%s reenc' % (f, f))
    L.append('%%Page: 1 1')
    for op in pg.ops:
        if op[0] == 'fillrect':
            _, x, y, w, h, col = op
            L.append('%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill' % (*col, x, y, w, h))
    for op in pg.ops:
        k = op[0]
        if k == 'text':
            _, x, y, s, f, size, cs, col, _ = op
            L.append('%.3f %.3f %.3f setrgbcolor /%s-L findfont %.2f scalefont setfont %.2f %.2f moveto' % (*col, f, size, x, y))
            if cs:
                L.append('%.2f 0 %s ashow' % (cs, _ps_str(s)))
            else:
                L.append('%s show' % _ps_str(s))
        elif k == 'line':
            _, x1, y1, x2, y2, w, col, dash = op
            d = '[%s] 0 setdash' % ' '.join(str(v) for v in (dash or []))
            L.append('%s %.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (d, *col, w, x1, y1, x2, y2))
        elif k == 'rect':
            _, x, y, w, h, lw, col, dash = op
            d = '[%s] 0 setdash' % ' '.join(str(v) for v in (dash or []))
            L.append('%s %.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke' % (d, *col, lw, x, y, w, h))
        elif k == 'circle':
            _, cx, cy, r, lw, col = op
            L.append('[] 0 setdash %.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke' % (*col, lw, cx, cy, r))
    L += ['showpage', '%%EOF']
    open(path, 'w', encoding='latin-1').write('\n'.join(L) + '\n')


def _php_str(s):
    b = s.encode('cp1252')
    out = []
    for ch in b:
        c = chr(ch)
        if c in '"\\$':
            out.append('\\' + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append('\\x%02x' % ch)
    return '"' + ''.join(out) + '"'


FPDF_FONT = {'Times': 'Times', 'Helvetica': 'Helvetica', 'Courier': 'Courier'}


def _fpdf_font(f):
    fam = f.split('-')[0]
    st = ''
    if 'Bold' in f:
        st += 'B'
    if 'Italic' in f or 'Oblique' in f:
        st += 'I'
    return fam, st


def render_fpdf(pg, php_path, pdf_path, title='Certificate'):
    H = pg.H
    L = ['<?php', "require('/usr/share/php/fpdf/fpdf.php');",
         "$pdf = new FPDF('%s', 'pt', array(%d, %d));" % ('L' if pg.W > pg.H else 'P', min(pg.W, pg.H), max(pg.W, pg.H)),
         '$pdf->SetAutoPageBreak(false);', '$pdf->SetTitle(%s);' % _php_str(title), '$pdf->AddPage();']
    for op in pg.ops:
        if op[0] == 'fillrect':
            _, x, y, w, h, col = op
            L.append('$pdf->SetFillColor(%d,%d,%d); $pdf->Rect(%.2f,%.2f,%.2f,%.2f,"F");' % (*(int(v * 255) for v in col), x, H - y - h, w, h))
    for op in pg.ops:
        k = op[0]
        if k == 'text':
            _, x, y, s, f, size, cs, col, _ = op
            fam, st = _fpdf_font(f)
            if cs:  # emulate letter spacing char by char
                L.append('$pdf->SetFont("%s","%s",%.2f); $pdf->SetTextColor(%d,%d,%d);' % (fam, st, size, *(int(v * 255) for v in col)))
                xx = x
                for ch in s:
                    L.append('$pdf->Text(%.2f,%.2f,%s);' % (xx, H - y, _php_str(ch)))
                    xx += sw(ch, f, size) + cs
            else:
                L.append('$pdf->SetFont("%s","%s",%.2f); $pdf->SetTextColor(%d,%d,%d); $pdf->Text(%.2f,%.2f,%s);' % (fam, st, size, *(int(v * 255) for v in col), x, H - y, _php_str(s)))
        elif k == 'line':
            _, x1, y1, x2, y2, w, col, dash = op
            L.append('$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f); $pdf->Line(%.2f,%.2f,%.2f,%.2f);' % (*(int(v * 255) for v in col), w, x1, H - y1, x2, H - y2))
        elif k == 'rect':
            _, x, y, w, h, lw, col, dash = op
            L.append('$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f); $pdf->Rect(%.2f,%.2f,%.2f,%.2f);' % (*(int(v * 255) for v in col), lw, x, H - y - h, w, h))
        elif k == 'circle':
            _, cx, cy, r, lw, col = op
            # polygon approximation
            import math
            pts = [(cx + r * math.cos(a / 36 * 2 * math.pi), H - (cy + r * math.sin(a / 36 * 2 * math.pi))) for a in range(37)]
            L.append('$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f);' % (*(int(v * 255) for v in col), lw))
            for (a, b), (c2, d) in zip(pts, pts[1:]):
                L.append('$pdf->Line(%.2f,%.2f,%.2f,%.2f);' % (a, b, c2, d))
    L.append("$pdf->Output('F', %s);" % _php_str(pdf_path))
    open(php_path, 'w').write('\n'.join(L) + '\n')
