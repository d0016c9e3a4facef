"""Own page-layout engine used by three producers that draw text at absolute
positions: ReportLab canvas, hand-written PostScript (Ghostscript) and the
AcroForm producer (values become form fields, flattened later with qpdf)."""
import math
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
from .common import SIZES, hex2rgb, norm

FONTS = {
    "serif": {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"},
    "sans": {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"},
}
BLACK = (0.1, 0.1, 0.1)
GREY = (0.35, 0.35, 0.38)


class Overflow(Exception):
    pass


class Layout:
    def __init__(self, spec, acro=False):
        self.spec = spec
        self.acro = acro
        land = spec["orientation"] == "landscape"
        self.W, self.H = (792.0, 612.0) if land else (612.0, 792.0)
        self.border = spec["border"]
        m = 66 if self.border != "none" else 58
        self.left, self.right = m, self.W - m
        self.top, self.bottom = self.H - (62 if self.border != "none" else 54), 50
        self.cw = self.right - self.left
        self.align = spec["align"]
        self.f = FONTS[spec["font"]]
        self.accent = hex2rgb(spec["accent"])
        self.pages = []
        self.nfield = 0
        self.new_page()

    # ------------------------------------------------------------------
    def new_page(self):
        if self.pages:
            self.page_info[-1][1] = self.y
        else:
            self.page_info = []
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.top
        self.draw_border()
        self.page_info.append([len(self.ops), None])

    def vshift(self):
        """Centre the content block vertically on each page (keeps clear of the seal)."""
        for i, ops in enumerate(self.pages):
            start, end_y = self.page_info[i]
            room = end_y - self.bottom
            shift = room * 0.45
            if self.spec.get("seal") and i == 0:
                shift = min(shift, room - 95)
            if shift <= 0:
                continue
            for j in range(start, len(ops)):
                op = list(ops[j])
                k = op[0]
                if k == "text":
                    op[4] -= shift
                elif k == "field":
                    op[5] -= shift
                elif k == "line":
                    op[2] -= shift
                    op[4] -= shift
                elif k in ("rect", "frect", "circle"):
                    op[2] -= shift
                elif k == "curve":
                    op[1] = [(x, y - shift) for x, y in op[1]]
                ops[j] = tuple(op)

    def draw_border(self):
        W, H, a = self.W, self.H, self.accent
        b = self.border
        if b == "single":
            self.ops.append(("rect", 24, 24, W - 48, H - 48, 1.5, a))
        elif b == "double":
            self.ops.append(("rect", 20, 20, W - 40, H - 40, 3.0, a))
            self.ops.append(("rect", 28, 28, W - 56, H - 56, 0.8, a))
        elif b == "ornate":
            self.ops.append(("rect", 16, 16, W - 32, H - 32, 7.0, a))
            self.ops.append(("rect", 30, 30, W - 60, H - 60, 1.0, a))
            for (x, y) in ((30, 30), (W - 30, 30), (30, H - 30), (W - 30, H - 30)):
                self.ops.append(("frect", x - 7, y - 7, 14, 14, a))

    def need(self, h):
        if self.y - h < self.bottom:
            raise Overflow("%s: overflow at y=%.1f need %.1f" % (self.spec["id"], self.y, h))

    def text_line(self, s, font, size, color=BLACK, align=None, x0=None, width=None, field=None):
        align = align or self.align
        x0 = self.left if x0 is None else x0
        width = self.cw if width is None else width
        sw = stringWidth(s, font, size)
        if align == "center":
            x = x0 + (width - sw) / 2
        elif align == "right":
            x = x0 + width - sw
        else:
            x = x0
        try:
            s.encode("latin-1")
            latin = True
        except UnicodeEncodeError:
            latin = False  # ReportLab form appearances are Latin-1 only: print such values as static text
        if field and self.acro and latin:
            self.nfield += 1
            self.ops.append(("field", "%s_%d" % (field, self.nfield), font, size, x - 2, self.y - size * 0.28,
                             sw + 8, size * 1.35, s, color))
        else:
            self.ops.append(("text", font, size, x, self.y, s, color))

    def para(self, s, font, size, color=BLACK, lead=1.25, align=None, maxw=None, field=None, x0=None):
        maxw = maxw or self.cw
        if stringWidth(s, font, size) <= maxw:
            lines = [s]  # keep runs of spaces (letter-spaced names)
        else:
            lines = simpleSplit(s, font, size, maxw)
        align = align or self.align
        if x0 is None:
            x0 = self.left + ((self.cw - maxw) / 2 if align == "center" else 0)
        self.need(len(lines) * size * lead)
        for ln in lines:
            self.y -= size
            self.text_line(ln, font, size, color, align, x0, maxw, field)
            self.y -= size * (lead - 1)
        return lines

    # ------------------------------------------------------------------
    def run(self):
        for el in self.spec["body"]:
            el = norm(el)
            getattr(self, "el_" + el["t"])(el)
        self.page_info[-1][1] = self.y
        if self.spec.get("vcenter"):
            self.vshift()
        self.decorate()
        return self.pages

    def decorate(self):
        seal = self.spec.get("seal")
        for i, ops in enumerate(self.pages):
            self.ops = ops
            if seal and i == 0:
                r = 44
                if self.align == "center":
                    cx, cy = self.right - 40, self.bottom + 46
                else:
                    cx, cy = self.right - 50, self.bottom + 50
                self.ops.append(("circle", cx, cy, r, 2.2, self.accent))
                self.ops.append(("circle", cx, cy, r - 6, 0.7, self.accent))
                lines = seal.split("\n")
                fs = 6.5
                yy = cy + (len(lines) - 1) * fs * 0.6
                for ln in lines:
                    sw = stringWidth(ln, self.f["b"], fs)
                    self.ops.append(("text", self.f["b"], fs, cx - sw / 2, yy - fs * 0.35, ln, self.accent))
                    yy -= fs * 1.2
            ft = self.spec.get("footer")
            if ft:
                fs = SIZES["footer"]
                txt = ft
                if len(self.pages) > 1:
                    txt = ft + "    Page %d of %d" % (i + 1, len(self.pages))
                sw = stringWidth(txt, self.f["r"], fs)
                yb = 36 if self.border != "none" else 28
                self.ops.append(("text", self.f["r"], fs, (self.W - sw) / 2, yb, txt, GREY))

    # elements -----------------------------------------------------------
    def el_sp(self, el):
        self.y -= float(el["v"])

    def el_pagebreak(self, el):
        self.new_page()

    def el_rule(self, el):
        self.y -= 6
        w = self.cw * (0.5 if self.align == "center" else 1.0)
        x0 = self.left + (self.cw - w) / 2
        self.ops.append(("line", x0, self.y, x0 + w, self.y, 0.8, self.accent))
        self.y -= 8

    def el_logo(self, el):
        size = el.get("size", SIZES["logo"])
        s = el["v"]
        self.need(size + 14)
        self.y -= size + 4
        sw = stringWidth(s, self.f["b"], size)
        if self.align == "center":
            x = self.left + (self.cw - sw) / 2
        else:
            x = self.left
        if el.get("box", True):
            self.ops.append(("frect", x - 8, self.y - size * 0.3, sw + 16, size * 1.25, self.accent))
            self.ops.append(("text", self.f["b"], size, x, self.y, s, (1, 1, 1)))
        else:
            self.ops.append(("text", self.f["b"], size, x, self.y, s, self.accent))
        self.y -= 12

    def el_issuer(self, el):
        self.para(el["v"], self.f["b"], el.get("size", SIZES["issuer"]), self.accent, lead=1.3)
        self.y -= 2

    def el_issuer2(self, el):
        self.para(el["v"], self.f["i"], el.get("size", SIZES["issuer2"]), GREY, lead=1.3)
        self.y -= 2

    def el_h1(self, el):
        self.y -= 8
        self.para(el["v"], self.f["b"] if el.get("bold", True) else self.f["r"], el.get("size", SIZES["h1"]),
                  self.accent, lead=1.15)
        self.y -= 8

    def el_h2(self, el):
        self.y -= 4
        self.para(el["v"], self.f["b"], el.get("size", SIZES["h2"]), self.accent, lead=1.2)
        self.y -= 4

    def _font(self, el, default="r"):
        k = default
        if el.get("bold") and el.get("italic"):
            k = "bi"
        elif el.get("bold"):
            k = "b"
        elif el.get("italic"):
            k = "i"
        return self.f[k]

    def el_p(self, el):
        self.y -= 3
        self.para(el["v"], self._font(el), el.get("size", SIZES["p"]), BLACK, align=el.get("align"),
                  field=el.get("field"))
        self.y -= 3

    def el_pi(self, el):
        el = dict(el, italic=True)
        self.el_p(el)

    def el_fmt(self, el):
        self.y -= 4
        self.para(el["v"], self.f["bi" if el.get("italic", True) else "b"], el.get("size", SIZES["fmt"]),
                  self.accent, align=el.get("align"))
        self.y -= 4

    def el_name(self, el):
        self.y -= 8
        self.para(el["v"], self.f[el.get("style", "bi")], el.get("size", SIZES["name"]), BLACK, lead=1.15,
                  field="name")
        self.y -= 3
        if el.get("underline", True) and self.align == "center":
            w = min(self.cw * 0.7, 420)
            x0 = self.left + (self.cw - w) / 2
            self.ops.append(("line", x0, self.y - 3, x0 + w, self.y - 3, 0.7, GREY))
        self.y -= 10

    def el_title(self, el):
        self.y -= 6
        size = el.get("size", SIZES["title"])
        maxw = self.cw * el.get("maxw", 0.8)
        self.para(el["v"], self.f[el.get("style", "b")], size, self.accent if el.get("accent") else BLACK,
                  lead=1.22, maxw=maxw, field="title")
        self.y -= 6

    def el_small(self, el):
        self.y -= 3
        maxw = self.cw * el.get("maxw", 0.92 if self.align == "center" else 1.0)
        self.para(el["v"], self.f["i"] if el.get("italic") else self.f["r"], el.get("size", SIZES["small"]), GREY,
                  lead=1.3, maxw=maxw, align=el.get("align"))
        self.y -= 2

    def el_kv(self, el):
        size = el.get("size", SIZES["kv"])
        items = el["v"]
        lf, vf = self.f["b"], self.f["r"]
        lw = max(stringWidth(l, lf, size) for l, v in items) + 12
        vmax = max(stringWidth(v, vf, size) for l, v in items)
        if self.align == "center":
            vw = min(self.cw * 0.62, max(vmax + 4, 150))
            x0 = self.left + (self.cw - lw - vw) / 2
        else:
            vw = min(self.cw - lw, self.cw * 0.75)
            x0 = self.left
        self.y -= 4
        for l, v in items:
            lines = simpleSplit(v, vf, size, vw)
            self.need(len(lines) * size * 1.4)
            self.y -= size
            self.ops.append(("text", lf, size, x0, self.y, l, BLACK))
            first = True
            for ln in lines:
                if not first:
                    self.y -= size
                self.text_line(ln, vf, size, BLACK, "left", x0 + lw, vw, field="kv")
                self.y -= size * 0.25
                first = False
            self.y -= size * 0.2
        self.y -= 4

    def el_cols(self, el):
        items = el["v"]
        n = len(items)
        bw = self.cw * el.get("w", 0.9 if self.align == "center" else 1.0)
        x0 = self.left + (self.cw - bw) / 2
        cw = bw / n
        ls, vs = el.get("lsize", SIZES["cols_label"]), el.get("vsize", SIZES["cols_value"])
        al = "center" if self.align == "center" else "left"
        self.need(ls + vs + 24)
        self.y -= 6 + ls
        for i, (l, v) in enumerate(items):
            self.text_line(l, self.f["b"], ls, GREY, al, x0 + i * cw, cw - 10)
        self.y -= 4
        for i, (l, v) in enumerate(items):
            self.ops.append(("line", x0 + i * cw, self.y, x0 + (i + 1) * cw - 14, self.y, 0.5, GREY))
        self.y -= vs + 3
        for i, (l, v) in enumerate(items):
            self.text_line(v, self.f["r"], vs, BLACK, al, x0 + i * cw, cw - 10, field="col")
        self.y -= 10

    def el_table(self, el):
        t = el["v"]
        size = el.get("size", SIZES["table"])
        head, rows = t["head"], t["rows"]
        ncol = len(head)
        bw = self.cw * el.get("w", 0.9)
        fr = t.get("widths") or [1.0 / ncol] * ncol
        widths = [bw * f for f in fr]
        x0 = self.left + (self.cw - bw) / 2
        pad = 4

        def row(cells, font, fill):
            wrapped = [simpleSplit(c, font, size, widths[i] - 2 * pad) for i, c in enumerate(cells)]
            nl = max(len(w) for w in wrapped)
            h = nl * size * 1.2 + 2 * pad
            self.need(h)
            if fill:
                self.ops.append(("frect", x0, self.y - h, bw, h, fill))
            x = x0
            for i, w in enumerate(wrapped):
                yy = self.y - pad
                for ln in w:
                    yy -= size
                    self.ops.append(("text", font, size, x + pad, yy, ln, BLACK))
                    yy -= size * 0.2
                self.ops.append(("rect", x, self.y - h, widths[i], h, 0.5, GREY))
                x += widths[i]
            self.y -= h

        self.y -= 6
        light = tuple(0.85 + 0.15 * c for c in self.accent)
        row(head, self.f["b"], light)
        for r in rows:
            row(r, self.f["r"], None)
        self.y -= 8

    def el_sig(self, el):
        sigs = el["v"]
        n = len(sigs)
        self.need(70)
        self.y -= 34
        slot = self.cw / max(n, 2) if self.align == "center" or n > 1 else self.cw / 2
        for i, (nm, ti) in enumerate(sigs):
            if self.align == "center":
                cx = self.left + self.cw / 2 + (i - (n - 1) / 2.0) * min(slot, 260)
            else:
                cx = self.left + 90 + i * 230
            w = 180
            # squiggle "signature"
            pts = []
            seed = sum(ord(c) for c in nm)
            for k in range(9):
                px = cx - 60 + k * 15
                py = self.y + 6 + 9 * math.sin(k * 1.7 + seed) + (k % 3) * 2
                pts.append((px, py))
            self.ops.append(("curve", pts, 1.1, (0.12, 0.16, 0.35)))
            self.ops.append(("line", cx - w / 2, self.y, cx + w / 2, self.y, 0.7, BLACK))
            yy = self.y - 12
            sw = stringWidth(nm, self.f["b"], 9.5)
            self.ops.append(("text", self.f["b"], 9.5, cx - sw / 2, yy, nm, BLACK))
            for tl in ti.split("\n"):
                yy -= 11
                sw = stringWidth(tl, self.f["i"], 8.5)
                self.ops.append(("text", self.f["i"], 8.5, cx - sw / 2, yy, tl, GREY))
        nt = max(len(t.split("\n")) for _, t in sigs)
        self.y -= 14 + 11 * nt + 6


# ----------------------------------------------------------------------
# back ends
def render_canvas(pages, W, H, out, acro=False, title="Certificate"):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import Color, transparent
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(title)
    for ops in pages:
        for op in ops:
            k = op[0]
            if k == "text":
                _, font, size, x, y, s, col = op
                c.setFillColorRGB(*col)
                c.setFont(font, size)
                c.drawString(x, y, s)
            elif k == "field":
                _, name, font, size, x, y, w, h, s, col = op
                if acro:
                    c.acroForm.textfield(name=name, value=s, x=x, y=y, width=w, height=h, borderWidth=0,
                                         fillColor=transparent, textColor=Color(*col), fontName=font,
                                         fontSize=size, maxlen=400, forceBorder=False)
                else:
                    c.setFillColorRGB(*col)
                    c.setFont(font, size)
                    c.drawString(x + 2, y + size * 0.28, s)
            elif k == "line":
                _, x1, y1, x2, y2, lw, col = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
            elif k == "rect":
                _, x, y, w, h, lw, col = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.rect(x, y, w, h, stroke=1, fill=0)
            elif k == "frect":
                _, x, y, w, h, col = op
                c.setFillColorRGB(*col)
                c.rect(x, y, w, h, stroke=0, fill=1)
            elif k == "circle":
                _, x, y, r, lw, col = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.circle(x, y, r, stroke=1, fill=0)
            elif k == "curve":
                _, pts, lw, col = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                p = c.beginPath()
                p.moveTo(*pts[0])
                for i in range(1, len(pts) - 2, 3):
                    p.curveTo(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1], pts[i + 2][0], pts[i + 2][1])
                c.drawPath(p, stroke=1, fill=0)
        c.showPage()
    c.save()


_PS_ENC_EXTRA = {0x2D: "hyphen", 0x27: "quotesingle", 0x60: "grave", 0x80: "Euro", 0x91: "quoteleft", 0x92: "quoteright", 0x93: "quotedblleft",
                 0x94: "quotedblright", 0x95: "bullet", 0x96: "endash", 0x97: "emdash", 0x99: "trademark"}


def _ps_str(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def render_ps(pages, W, H, title="Certificate"):
    """Return hand-written PostScript text for the laid-out pages."""
    fonts = sorted({op[1] for ops in pages for op in ops if op[0] == "text"})
    L = ["%!PS-Adobe-3.0", "%%Title: " + title, "%%Creator: certs-z15 handwritten PostScript",
         "%%%%BoundingBox: 0 0 %d %d" % (W, H), "%%%%Pages: %d" % len(pages), "%%EndComments", "",
         "/CertEncoding ISOLatin1Encoding 256 array copy def"]
    for code, name in sorted(_PS_ENC_EXTRA.items()):
        L.append("CertEncoding %d /%s put" % (code, name))
    L.append("/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
             "/Encoding CertEncoding def currentdict end definefont pop } bind def")
    for f in fonts:
        L.append("/%s-L /%s reenc" % (f, f))
    L.append("/T { /s exch def /y exch def /x exch def x y moveto s show } bind def")
    L.append("<< /PageSize [%d %d] >> setpagedevice" % (W, H))
    for pn, ops in enumerate(pages, 1):
        L.append("%%%%Page: %d %d" % (pn, pn))
        L.append("gsave")
        for op in ops:
            k = op[0]
            if k in ("text", "field"):
                if k == "field":
                    _, name, font, size, x, y, w, h, s, col = op
                    x, y = x + 2, y + size * 0.28
                else:
                    _, font, size, x, y, s, col = op
                L.append("%.3f %.3f %.3f setrgbcolor /%s-L findfont %.2f scalefont setfont %.2f %.2f %s T"
                         % (col[0], col[1], col[2], font, size, x, y, _ps_str(s)))
            elif k == "line":
                _, x1, y1, x2, y2, lw, col = op
                L.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke"
                         % (col + (lw, x1, y1, x2, y2)))
            elif k == "rect":
                _, x, y, w, h, lw, col = op
                L.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f %.2f rectstroke"
                         % (col + (lw, x, y, w, h)))
            elif k == "frect":
                _, x, y, w, h, col = op
                L.append("%.3f %.3f %.3f setrgbcolor newpath %.2f %.2f %.2f %.2f rectfill" % (col + (x, y, w, h)))
            elif k == "circle":
                _, x, y, r, lw, col = op
                L.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke"
                         % (col + (lw, x, y, r)))
            elif k == "curve":
                _, pts, lw, col = op
                s = "%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto" % (col + (lw,) + pts[0])
                for i in range(1, len(pts) - 2, 3):
                    s += " %.2f %.2f %.2f %.2f %.2f %.2f curveto" % (pts[i] + pts[i + 1] + pts[i + 2])
                L.append(s + " stroke")
        L.append("grestore")
        L.append("showpage")
    L.append("%%EOF")
    return "\n".join(L) + "\n"
