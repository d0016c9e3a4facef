"""Positioned layout of certlib blocks for the canvas-type producers
(ReportLab canvas, AcroForm, PostScript).  Uses the standard-14 font
metrics shipped with ReportLab, which are the same metrics Ghostscript
uses for Times/Helvetica, so centring is exact in all three."""
from reportlab.pdfbase.pdfmetrics import stringWidth

FAM = {
    "serif": ["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"],
    "sans": ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
             "Helvetica-BoldOblique"],
}
LETTER = (612.0, 792.0)


def fname(fam, b=False, i=False):
    return FAM[fam][(1 if b else 0) + (2 if i else 0)]


def hexrgb(h, accent=None):
    if h == "accent":
        return accent
    if h is None:
        return (0, 0, 0)
    h = h.lstrip("#")
    return tuple(int(h[j:j + 2], 16) / 255.0 for j in (0, 2, 4))


def sw(s, f, size, ls=0):
    return stringWidth(s, f, size) + ls * max(len(s) - 1, 0)


def wrap(text, f, size, width, ls=0):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = w if not cur else cur + " " + w
            if sw(t, f, size, ls) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


class Flow:
    """ops: list of pages; each page a list of tuples
    ('text', x, y, font, size, s, ls, rgb, field)
    ('line', x1, y1, x2, y2, width, rgb)
    ('rect', x, y, w, h, width, rgb)
    ('circle', x, y, r, width, rgb)
    ('curve', x0, y0, x1, y1, x2, y2, x3, y3, width, rgb)"""

    def __init__(self, page):
        self.p = page
        W, H = LETTER
        if page["orient"] == "L":
            W, H = H, W
        self.W, self.H = W, H
        m, pad = page["margin"], page["pad"]
        self.x0, self.x1 = m + pad, W - m - pad
        self.top, self.bottom = H - m - pad, m + pad
        if page.get("footer"):
            self.bottom = max(self.bottom, m + (13 if page.get("border") else 2) + 14)
        self.cw = self.x1 - self.x0
        self.fam = page["font"]
        self.accent = hexrgb(page["accent"])
        self.pages = []
        self.fieldno = 0
        self.new_page()

    # ---------------------------------------------------------------
    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.top
        self.decorate()

    def decorate(self):
        p, W, H, m = self.p, self.W, self.H, self.p["margin"]
        a = self.accent
        b = p.get("border")
        if b == "single":
            self.ops.append(("rect", m, m, W - 2 * m, H - 2 * m, 1.5, a))
        elif b == "double":
            self.ops.append(("rect", m, m, W - 2 * m, H - 2 * m, 3.0, a))
            self.ops.append(("rect", m + 7, m + 7, W - 2 * m - 14,
                             H - 2 * m - 14, 0.8, a))
        elif b == "thick":
            self.ops.append(("rect", m, m, W - 2 * m, H - 2 * m, 9.0, a))
            self.ops.append(("rect", m + 10, m + 10, W - 2 * m - 20,
                             H - 2 * m - 20, 0.6, a))
        elif b == "corners":
            L = 46
            for (cx, cy, dx, dy) in ((m, m, 1, 1), (W - m, m, -1, 1),
                                     (m, H - m, 1, -1), (W - m, H - m, -1, -1)):
                self.ops.append(("line", cx, cy, cx + dx * L, cy, 2.5, a))
                self.ops.append(("line", cx, cy, cx, cy + dy * L, 2.5, a))
                self.ops.append(("line", cx + dx * 6, cy + dy * 6,
                                 cx + dx * L * 0.6, cy + dy * 6, 0.8, a))
                self.ops.append(("line", cx + dx * 6, cy + dy * 6, cx + dx * 6,
                                 cy + dy * L * 0.6, 0.8, a))
        if p.get("topbar"):
            self.ops.append(("fillrect", 0, H - 18, W, 18, a))
        if p.get("footer"):
            f = fname(self.fam)
            s = p["footer"]
            fy = m + 13 if b else m + 2
            self.ops.append(("text", (W - sw(s, f, 7.5)) / 2, fy, f, 7.5, s, 0,
                             (0.35, 0.35, 0.35), None))
        if p.get("seal") and len(self.pages) == 1:
            r = 44
            if p.get("seal_pos") == "BR":
                cx = self.x1 - r - 6
            elif p.get("seal_pos") == "BC":
                cx = W / 2
            else:
                cx = self.x0 + r + 6
            cy = self.bottom + r + 4
            self.ops.append(("circle", cx, cy, r, 2.2, a))
            self.ops.append(("circle", cx, cy, r - 5, 0.7, a))
            lines = p["seal"]
            f = fname(self.fam, b=True)
            n = len(lines)
            for j, s in enumerate(lines):
                size = 9 if j == 0 else 7.5
                yy = cy + (n - 1) * 5.5 - j * 11 - 3
                self.ops.append(("text", cx - sw(s, f, size) / 2, yy, f, size,
                                 s, 0, a, None))
            self.seal_box = (cx - r, cy - r, cx + r, cy + r)

    def fieldname(self, base):
        return base

    def need(self, h):
        if self.y - h < self.bottom - 0.5:
            raise RuntimeError("content overflows page (y=%.1f need %.1f)"
                               % (self.y, h))

    def text(self, x, y, f, size, s, ls=0, rgb=(0, 0, 0), field=None):
        self.ops.append(("text", x, y, f, size, s, ls, rgb, field))

    def put_line(self, s, f, size, align, x0, w, ls, rgb, field):
        tw = sw(s, f, size, ls)
        if align == "C":
            x = x0 + (w - tw) / 2
        elif align == "R":
            x = x0 + w - tw
        else:
            x = x0
        self.text(x, self.y, f, size, s, ls, rgb, field)

    # ---------------------------------------------------------------
    def T(self, e):
        fam = e["font"] or self.fam
        f = fname(fam, e["b"], e["i"])
        size = e["size"]
        rgb = hexrgb(e["color"], self.accent) if e["color"] else (0, 0, 0)
        lines = wrap(e["text"], f, size, self.cw, e["ls"])
        self.y -= e["sb"]
        for j, s in enumerate(lines):
            self.need(size * 1.22)
            self.y -= size
            fld = None
            if e["field"]:
                fld = e["field"] if len(lines) == 1 else "%s_%d" % (e["field"], j + 1)
            self.put_line(s, f, size, e["align"], self.x0, self.cw, e["ls"],
                          rgb, fld)
            self.y -= size * 0.24

    def KV(self, e):
        fl = fname(self.fam, b=e["lb"])
        fv = fname(self.fam)
        size = e["size"]
        lw = e["lw"] * self.cw
        if e["align"] == "C":
            # centre the whole label/value block: use 78% of width
            bx = self.x0 + self.cw * 0.11
            bw = self.cw * 0.78
        else:
            bx, bw = self.x0, self.cw
        lw = e["lw"] * bw
        vw = bw - lw - 8
        self.y -= e["sb"]
        for ri, (lab, val) in enumerate(e["rows"]):
            vl = wrap(val, fv, size, vw)
            self.y -= e["gap"]
            for j, s in enumerate(vl):
                self.need(size * 1.25)
                self.y -= size
                if j == 0:
                    self.text(bx, self.y, fl, size, lab, 0, (0.2, 0.2, 0.2))
                fld = None
                if e["fields"] and e["fields"][ri]:
                    fld = e["fields"][ri] if len(vl) == 1 else "%s_%d" % (e["fields"][ri], j + 1)
                self.text(bx + lw + 8, self.y, fv, size, s, 0, (0, 0, 0), fld)
                self.y -= size * 0.25
            if e["rule"]:
                self.ops.append(("line", bx, self.y - 1, bx + bw, self.y - 1,
                                 0.4, (0.7, 0.7, 0.7)))

    def COLS(self, e):
        fl = fname(self.fam, i=False)
        fv = fname(self.fam, b=e["vb"])
        size, lsz = e["size"], e["lsize"]
        self.y -= e["sb"]
        xs = [self.x0]
        for w in e["widths"]:
            xs.append(xs[-1] + w * self.cw)
        # label row
        self.need(lsz * 1.3)
        self.y -= lsz
        for j, lab in enumerate(e["labels"]):
            self.put_line(lab, fl, lsz, e["align"], xs[j] + 4, xs[j + 1] - xs[j] - 8,
                          0, (0.38, 0.38, 0.38), None)
        self.y -= lsz * 0.55
        ytop = self.y
        ymin = ytop
        for j, val in enumerate(e["values"]):
            self.y = ytop
            vl = wrap(val, fv, size, xs[j + 1] - xs[j] - 8)
            for k, s in enumerate(vl):
                self.need(size * 1.25)
                self.y -= size
                fld = None
                if e["fields"] and e["fields"][j]:
                    fld = e["fields"][j] if len(vl) == 1 else "%s_%d" % (e["fields"][j], k + 1)
                self.put_line(s, fv, size, e["align"], xs[j] + 4,
                              xs[j + 1] - xs[j] - 8, 0, (0, 0, 0), fld)
                self.y -= size * 0.25
            ymin = min(ymin, self.y)
        self.y = ymin
        if e["rule"]:
            for j in range(len(e["values"])):
                self.ops.append(("line", xs[j] + 4, self.y - 2, xs[j + 1] - 4,
                                 self.y - 2, 0.5, (0.5, 0.5, 0.5)))
            self.y -= 3

    def TABLE(self, e):
        size = e["size"]
        fb = fname(self.fam, b=True)
        fr = fname(self.fam)
        xs = [self.x0]
        for w in e["widths"]:
            xs.append(xs[-1] + w * self.cw)
        self.y -= e["sb"]
        grey = (0.55, 0.55, 0.55)

        def row(cells, f, shade):
            wrapped = [wrap(c, f, size, xs[j + 1] - xs[j] - 8)
                       for j, c in enumerate(cells)]
            n = max(len(w) for w in wrapped)
            h = n * size * 1.2 + 7
            self.need(h)
            ytop = self.y
            if shade:
                self.ops.append(("fillrect", xs[0], ytop - h, xs[-1] - xs[0], h,
                                 (0.9, 0.91, 0.94)))
            for j, wl in enumerate(wrapped):
                yy = ytop - 3.5
                for s in wl:
                    yy -= size
                    a = e["align"][j]
                    tw = sw(s, f, size)
                    if a == "C":
                        x = xs[j] + (xs[j + 1] - xs[j] - tw) / 2
                    elif a == "R":
                        x = xs[j + 1] - 4 - tw
                    else:
                        x = xs[j] + 4
                    self.text(x, yy, f, size, s)
                    yy -= size * 0.2
            self.ops.append(("line", xs[0], ytop, xs[-1], ytop, 0.6, grey))
            self.ops.append(("line", xs[0], ytop - h, xs[-1], ytop - h, 0.6, grey))
            for x in xs:
                self.ops.append(("line", x, ytop, x, ytop - h, 0.6, grey))
            self.y = ytop - h

        row(e["header"], fb, e["shade"])
        for r in e["rows"]:
            row(r, fr, False)

    def SIGS(self, e):
        n = len(e["sigs"])
        size = e["size"]
        slot = self.cw / n
        bw = min(slot * 0.82, 230)
        self.y -= e["sb"]
        maxl = max(1 + len(s[1]) for s in e["sigs"])
        self.need(maxl * size * 1.25 + 6)
        ytop = self.y
        fn = fname(self.fam, b=True)
        ft = fname(self.fam, i=True)
        ymin = ytop
        for j, (name, titles) in enumerate(e["sigs"]):
            cx = self.x0 + slot * j + slot / 2
            x0 = cx - bw / 2
            if e["scribble"]:
                k = (len(name) % 5) * 4
                self.ops.append(("curve", x0 + 14, ytop + 4, x0 + 40 + k, ytop + 30,
                                 x0 + 60, ytop - 6, x0 + 92 + k, ytop + 14, 1.1,
                                 (0.12, 0.16, 0.45)))
                self.ops.append(("curve", x0 + 92 + k, ytop + 14, x0 + 110, ytop + 24,
                                 x0 + 118, ytop - 2, x0 + 150 - k, ytop + 8, 1.1,
                                 (0.12, 0.16, 0.45)))
            self.ops.append(("line", x0, ytop, x0 + bw, ytop, 0.7, (0, 0, 0)))
            self.y = ytop - 3
            for k2, s in enumerate([name] + titles):
                f = fn if k2 == 0 else ft
                sz = size if k2 == 0 else size - 1
                self.y -= sz
                self.text(cx - sw(s, f, sz) / 2, self.y, f, sz, s)
                self.y -= sz * 0.25
            ymin = min(ymin, self.y)
        self.y = ymin

    def RULE(self, e):
        self.y -= e["sb"]
        w = e["w"] * self.cw
        x = self.x0 + (self.cw - w) / 2
        rgb = self.accent if e["color"] in (None, "accent") else hexrgb(e["color"])
        self.ops.append(("line", x, self.y, x + w, self.y, e["thick"], rgb))

    def SP(self, e):
        self.y -= e["h"]

    def BR(self, e):
        self.new_page()

    def run(self, elements):
        for e in elements:
            getattr(self, e["k"])(e)
        return self.pages
