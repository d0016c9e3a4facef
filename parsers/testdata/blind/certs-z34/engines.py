"""Rendering engines for the z34 blind certificate set.

Every certificate is described (in certs.py) as a page dictionary plus a list
of blocks.  Each producer turns the same block vocabulary into a PDF in its
own way:

  chromium     HTML + CSS  -> chromium --headless --print-to-pdf
  fodt         flat ODF text document -> soffice --convert-to pdf
  docx         python-docx document   -> soffice --convert-to pdf
  fpdf, tcpdf  JSON -> engine_php.php (FPDF / TCPDF Cell/MultiCell flow)
  rl-canvas    ReportLab canvas (absolute positioning, Python layout)
  rl-platypus  ReportLab Platypus flowables
  acroform     ReportLab canvas template with AcroForm text fields holding the
               variable data, then qpdf --generate-appearances
               --flatten-annotations=all
  ghostscript  hand-written PostScript (same Python layout) -> gs pdfwrite

Block vocabulary (dicts; see helpers in certs.py):
  line   {text, st, align?, spaced?, c?, size?, field?}
  lines  {lines:[...], st, ...}            several lines, same style
  para   {text, st, w?, align?}            wrapped paragraph
  gap    {h}
  fill   {h}                               push what follows to the page bottom
                                           (flow engines use h as a plain gap)
  hr     {w?}
  kv     {rows:[[label,value],...], w?, lw?, ls?, vs?, field?}
  cols   {labels:[...], values:[...], w?, rule?, ls?, vs?, field?}
  table  {header:[...], rows:[[...]], widths:[...], w?}
  sigs   {sigs:[[name, title, ...], ...], w?}
  pagebreak {}
"""
import html
import json
import math
import os
import random
import shutil
import subprocess
import zlib
from xml.sax.saxutils import escape as xesc

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
INTER = os.path.join(HERE, "intermediate")
PROFILES = os.path.join(HERE, ".profiles")

# ---------------------------------------------------------------- styles
# style -> (font role, weight, size pt)
STY = {
    "org": ("head", "B", 15),
    "orgl": ("head", "B", 19),
    "orgs": ("body", "", 10.5),
    "orgsi": ("body", "I", 10.5),
    "h1": ("head", "B", 32),
    "h1m": ("head", "B", 25),
    "h1s": ("head", "B", 19),
    "h2": ("head", "B", 16),
    "intro": ("body", "I", 12.5),
    "name": ("name", "", 28),
    "namem": ("name", "", 22),
    "nameb": ("head", "B", 20),
    "fmt": ("body", "B", 11),
    "fmti": ("body", "I", 12),
    "title": ("head", "B", 17),
    "titlem": ("head", "B", 14),
    "body": ("body", "", 11.5),
    "bodyb": ("body", "B", 11.5),
    "bodyi": ("body", "I", 11.5),
    "small": ("body", "", 10),
    "smallb": ("body", "B", 10),
    "smalli": ("body", "I", 10),
    "label": ("body", "B", 8.5),
    "fine": ("body", "", 8.5),
    "finei": ("body", "I", 8.5),
    "mono": ("mono", "", 9),
}

PAGE_SIZES = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}

DEFAULT_FONTS = {"head": ["serif", None], "body": ["serif", None],
                 "name": ["serif", "BI"], "mono": ["mono", None]}


def page_dims(page):
    w, h = PAGE_SIZES[page.get("size", "letter")]
    if page.get("orient", "portrait") == "landscape":
        w, h = h, w
    return w, h


def fonts_of(page):
    f = dict(DEFAULT_FONTS)
    f.update(page.get("fonts", {}))
    return f


def style_of(page, blk, default="body"):
    """-> (face, weight, size)"""
    st = blk.get("st", default)
    role, weight, size = STY[st]
    face, forced = fonts_of(page)[role]
    if forced is not None:
        weight = forced
    if "weight" in blk:
        weight = blk["weight"]
    size = blk.get("size", size)
    return face, weight, size


def color_of(page, blk, default=None):
    c = blk.get("c", default)
    if c == "accent":
        return page.get("accent", "#1a3c6e")
    if c == "grey":
        return "#555555"
    if c is None:
        return "#111111"
    return c


def hex2rgb(c):
    c = c.lstrip("#")
    return tuple(int(c[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def spaced_text(s):
    """Letter-spaced rendering by inserted spaces (for engines without tracking)."""
    return "   ".join(" ".join(w) for w in s.split(" "))


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return r


# ======================================================= canvas-style layout
STD_FONTS = {
    ("serif", ""): "Times-Roman", ("serif", "B"): "Times-Bold",
    ("serif", "I"): "Times-Italic", ("serif", "BI"): "Times-BoldItalic",
    ("sans", ""): "Helvetica", ("sans", "B"): "Helvetica-Bold",
    ("sans", "I"): "Helvetica-Oblique", ("sans", "BI"): "Helvetica-BoldOblique",
    ("mono", ""): "Courier", ("mono", "B"): "Courier-Bold",
    ("mono", "I"): "Courier-Oblique", ("mono", "BI"): "Courier-BoldOblique",
}
# extra faces only the PostScript backend knows (URW base 35 in Ghostscript)
PS_FONTS = {
    ("palatino", ""): "Palatino-Roman", ("palatino", "B"): "Palatino-Bold",
    ("palatino", "I"): "Palatino-Italic", ("palatino", "BI"): "Palatino-BoldItalic",
    ("bookman", ""): "Bookman-Light", ("bookman", "B"): "Bookman-Demi",
    ("bookman", "I"): "Bookman-LightItalic", ("bookman", "BI"): "Bookman-DemiItalic",
    ("script", ""): "ZapfChancery-MediumItalic", ("script", "B"): "ZapfChancery-MediumItalic",
    ("script", "I"): "ZapfChancery-MediumItalic", ("script", "BI"): "ZapfChancery-MediumItalic",
    ("century", ""): "NewCenturySchlbk-Roman", ("century", "B"): "NewCenturySchlbk-Bold",
    ("century", "I"): "NewCenturySchlbk-Italic", ("century", "BI"): "NewCenturySchlbk-BoldItalic",
}


def std_font(face, weight):
    return STD_FONTS.get((face, weight)) or STD_FONTS.get(("serif", weight))


class CanvasLayout:
    """Absolute layout of blocks shared by rl-canvas, acroform and ghostscript."""

    def __init__(self, page, backend):
        self.page = page
        self.be = backend
        self.W, self.H = page_dims(page)
        m = page.get("margin", 64)
        self.mt = page.get("mtop", m)
        self.mb = page.get("mbottom", m)
        self.x0 = page.get("mleft", m)
        self.x1 = self.W - page.get("mright", m)
        self.cw = self.x1 - self.x0
        self.align = page.get("align", "C")

    # ---- helpers
    def fnt(self, blk, default="body"):
        face, weight, size = style_of(self.page, blk, default)
        return face, weight, size

    def wfont(self, face, weight):
        # metrics font (standard 14) for width computations
        return std_font(face if (face, weight) in STD_FONTS else "serif", weight)

    def width(self, s, face, weight, size, cs=0):
        return stringWidth(s, self.wfont(face, weight), size) + cs * max(len(s) - 1, 0)

    def box(self, blk, default_w=0.8):
        bw = blk.get("w", default_w) * self.cw
        al = blk.get("align", self.align)
        if al == "L":
            bx = self.x0
        else:
            bx = self.x0 + (self.cw - bw) / 2
        return bx, bw

    # ---- measure
    def height(self, blk):
        t = blk["t"]
        if t == "line":
            return self.fnt(blk)[2] * blk.get("lead", 1.35)
        if t == "lines":
            return self.fnt(blk)[2] * blk.get("lead", 1.3) * len(blk["lines"])
        if t == "para":
            face, weight, size = self.fnt(blk, "fine")
            bx, bw = self.box(blk, 0.85)
            n = len(simpleSplit(blk["text"], self.wfont(face, weight), size, bw))
            return n * size * blk.get("lead", 1.3)
        if t in ("gap", "fill"):
            return blk.get("h", 0) if t == "gap" else 0
        if t == "hr":
            return blk.get("h", 10)
        if t == "kv":
            return sum(self.kv_row(blk, r)[0] for r in blk["rows"])
        if t == "cols":
            ls = STY[blk.get("ls", "label")][2]
            vs = STY[blk.get("vs", "body")][2]
            return ls * 1.5 + vs * 1.6 + (4 if blk.get("rule") else 0) + 4
        if t == "table":
            rs = STY[blk.get("rs", "small")][2]
            return rs * 1.9 * (1 + len(blk["rows"])) + 4
        if t == "sigs":
            n = max(len(s) for s in blk["sigs"])
            return 34 + 10 + 11 * n
        if t == "pagebreak":
            return 0
        raise ValueError(t)

    def kv_row(self, blk, row):
        bx, bw = self.box(blk, 0.8)
        lw = blk.get("lw", 0.34) * bw
        lf = style_of(self.page, {"st": blk.get("ls", "smallb")})
        vf = style_of(self.page, {"st": blk.get("vs", "body")})
        lines = simpleSplit(row[1], self.wfont(vf[0], vf[1]), vf[2], bw - lw - 6)
        lead = max(lf[2], vf[2]) * 1.45
        return lead * len(lines) + 3, lines, bx, bw, lw, lf, vf, lead

    # ---- draw
    def render(self, blocks):
        pages = [[]]
        for b in blocks:
            if b["t"] == "pagebreak":
                pages.append([])
            else:
                pages[-1].append(b)
        for i, pb in enumerate(pages):
            if i:
                self.be.newpage()
            self.decorate(i)
            self.render_page(pb)
        self.be.finish()

    def render_page(self, blocks):
        y = self.H - self.mt
        total = sum(self.height(b) for b in blocks)
        nfill = sum(1 for b in blocks if b["t"] == "fill")
        avail = (self.H - self.mt - self.mb) - total
        if avail < -2:
            raise RuntimeError("content overflows page by %.1f pt" % -avail)
        for b in blocks:
            if b["t"] == "fill":
                y -= max(avail, 0) / nfill
                continue
            h = self.height(b)
            self.draw(b, y)
            y -= h

    def draw(self, b, y):
        be = self.be
        t = b["t"]
        if t in ("line", "lines"):
            face, weight, size = self.fnt(b)
            lines = [b["text"]] if t == "line" else b["lines"]
            lead = size * b.get("lead", 1.35 if t == "line" else 1.3)
            al = b.get("align", self.align)
            cs = size * 0.28 if b.get("spaced") else 0
            col = color_of(self.page, b)
            for i, s in enumerate(lines):
                base = y - i * lead - size * 0.98
                x = {"L": self.x0, "C": self.x0 + self.cw / 2, "R": self.x1}[al]
                if "x" in b:
                    x = self.x0 + b["x"] * self.cw
                fld = b.get("field")
                if fld and t == "lines":
                    fld = "%s_%d" % (fld, i + 1)
                be.text(x, base, s, face, weight, size, col, al, cs, fld,
                        self.width(s, face, weight, size, cs))
        elif t == "para":
            face, weight, size = self.fnt(b, "fine")
            bx, bw = self.box(b, 0.85)
            lines = simpleSplit(b["text"], self.wfont(face, weight), size, bw)
            al = b.get("align", self.align)
            col = color_of(self.page, b, "#333333")
            for i, s in enumerate(lines):
                base = y - i * size * b.get("lead", 1.3) - size * 0.98
                x = bx if al == "L" else bx + bw / 2
                be.text(x, base, s, face, weight, size, col, al, 0, None,
                        self.width(s, face, weight, size))
        elif t == "hr":
            bx, bw = self.box(b, 0.6)
            be.line(bx, y - b.get("h", 10) / 2, bx + bw, y - b.get("h", 10) / 2, 0.8,
                    self.page.get("accent", "#1a3c6e"))
        elif t == "gap":
            pass
        elif t == "kv":
            yy = y
            for i, r in enumerate(b["rows"]):
                h, lines, bx, bw, lw, lf, vf, lead = self.kv_row(b, r)
                base = yy - max(lf[2], vf[2]) * 1.0
                be.text(bx, base, r[0], lf[0], lf[1], lf[2],
                        color_of(self.page, {"c": b.get("lc", "grey")}), "L", 0, None, 0)
                for j, s in enumerate(lines):
                    fld = None
                    if b.get("field") and b["field"][i]:
                        fld = b["field"][i] + ("_%d" % (j + 1) if len(lines) > 1 else "")
                    be.text(bx + lw, base - j * lead, s, vf[0], vf[1], vf[2],
                            color_of(self.page, {}), "L", 0, fld,
                            self.width(s, vf[0], vf[1], vf[2]))
                if b.get("rule"):
                    be.line(bx + lw - 2, base - 3 - (len(lines) - 1) * lead, bx + bw,
                            base - 3 - (len(lines) - 1) * lead, 0.4, "#999999")
                yy -= h
        elif t == "cols":
            bx, bw = self.box(b, 0.85)
            n = len(b["labels"])
            cwid = bw / n
            lf = style_of(self.page, {"st": b.get("ls", "label")})
            vf = style_of(self.page, {"st": b.get("vs", "body")})
            lbase = y - lf[2]
            vbase = lbase - lf[2] * 0.5 - vf[2] * 1.2 - (4 if b.get("rule") == "mid" else 0)
            al = b.get("calign", "L")
            for i in range(n):
                cx = bx + i * cwid
                ax = cx + 4 if al == "L" else cx + cwid / 2
                be.text(ax, lbase, b["labels"][i], lf[0], lf[1], lf[2],
                        color_of(self.page, {"c": b.get("lc", "grey")}), al, 0, None, 0)
                fld = b["field"][i] if b.get("field") else None
                v = b["values"][i]
                be.text(ax, vbase, v, vf[0], vf[1], vf[2], color_of(self.page, {}), al, 0,
                        fld, self.width(v, vf[0], vf[1], vf[2]))
                if b.get("rule") == "mid":
                    be.line(cx + 4, lbase - 4, cx + cwid - 8, lbase - 4, 0.6, "#777777")
                elif b.get("rule"):
                    be.line(cx + 4, vbase - 5, cx + cwid - 8, vbase - 5, 0.6, "#777777")
        elif t == "table":
            bx, bw = self.box(b, 0.85)
            widths = b.get("widths") or [1.0 / len(b["header"])] * len(b["header"])
            hf = style_of(self.page, {"st": b.get("hs", "smallb")})
            rf = style_of(self.page, {"st": b.get("rs", "small")})
            rh = rf[2] * 1.9
            rows = [b["header"]] + b["rows"]
            acc = self.page.get("accent", "#1a3c6e")
            be.rect(bx, y - rh, bw, rh, None, 0, b.get("hfill", "#e6ebf2"))
            for ri, row in enumerate(rows):
                top = y - ri * rh
                xx = bx
                f = hf if ri == 0 else rf
                for ci, cell in enumerate(row):
                    cwid = widths[ci] * bw
                    fld = None
                    if ri > 0 and b.get("field") and b["field"][ci]:
                        fld = "%s_r%d" % (b["field"][ci], ri)
                    be.text(xx + 5, top - rh * 0.68, cell, f[0], f[1], f[2], "#111111", "L", 0,
                            fld, self.width(cell, f[0], f[1], f[2]))
                    xx += cwid
                be.line(bx, top - rh, bx + bw, top - rh, 0.5, "#888888")
            be.line(bx, y, bx + bw, y, 0.8, acc)
            be.rect(bx, y - rh * len(rows), bw, rh * len(rows), "#888888", 0.6, None)
            xx = bx
            for wdt in widths[:-1]:
                xx += wdt * bw
                be.line(xx, y, xx, y - rh * len(rows), 0.4, "#aaaaaa")
        elif t == "sigs":
            n = len(b["sigs"])
            bx, bw = self.box(b, b.get("w", 0.9))
            slot = bw / n
            sw = min(190, slot - 24)
            for i, sig in enumerate(b["sigs"]):
                cx = bx + slot * (i + 0.5)
                ly = y - 34
                self.squiggle(cx - sw / 2 + 10, ly + 6, sw - 30, sig[0])
                be.line(cx - sw / 2, ly, cx + sw / 2, ly, 0.7, "#333333")
                for j, s in enumerate(sig):
                    st = "smallb" if j == 0 else "fine"
                    f = style_of(self.page, {"st": st})
                    be.text(cx, ly - 12 - 11 * j, s, f[0], f[1], f[2] if j == 0 else 8.5,
                            "#222222", "C", 0, None, self.width(s, f[0], f[1], f[2]))

    def squiggle(self, x, y, w, seed):
        rnd = random.Random(zlib.crc32(seed.encode()))
        pts = []
        n = 14
        for i in range(n + 1):
            px = x + w * i / n + rnd.uniform(-3, 3)
            py = y + rnd.uniform(0, 16) * (1 if i % 2 else 0.4)
            pts.append((px, py))
        self.be.polyline(pts, 0.9, "#1b2a5a")

    def decorate(self, pageno):
        p = self.page
        be = self.be
        W, H = self.W, self.H
        acc = p.get("accent", "#1a3c6e")
        bd = p.get("border", "none")
        i = p.get("binset", 22)
        if bd == "double":
            be.rect(i, i, W - 2 * i, H - 2 * i, acc, 3.5, None)
            be.rect(i + 7, i + 7, W - 2 * i - 14, H - 2 * i - 14, acc, 0.8, None)
        elif bd == "single":
            be.rect(i, i, W - 2 * i, H - 2 * i, acc, 1.2, None)
        elif bd == "frame":
            be.rect(i, i, W - 2 * i, H - 2 * i, acc, 1.0, None)
            be.rect(i + 5, i + 5, W - 2 * i - 10, H - 2 * i - 10, acc, 2.5, None)
            for cx, cy in ((i, i), (W - i, i), (i, H - i), (W - i, H - i)):
                be.rect(cx - 9, cy - 9, 18, 18, acc, 1.0, "#ffffff")
                be.rect(cx - 5, cy - 5, 10, 10, None, 0, acc)
        elif bd == "band":
            be.rect(0, H - 18, W, 18, None, 0, acc)
            be.rect(0, 0, W, 8, None, 0, acc)
        elif bd == "sidebar":
            be.rect(0, 0, 26, H, None, 0, acc)
            be.rect(30, 0, 4, H, None, 0, p.get("accent2", "#c9a227"))
        if p.get("seal") and pageno == 0:
            pos = p["seal"]
            r = 38
            cx = {"bl": i + 70, "br": W - i - 70, "bc": W / 2, "tr": W - i - 70,
                  "tl": i + 70}[pos]
            cy = i + 70 if pos[0] == "b" else H - i - 70
            if "sealxy" in p:
                cx, cy = p["sealxy"]
            gold = p.get("sealcolor", "#c9a227")
            pts = []
            for k in range(48):
                a = math.pi * 2 * k / 48
                rr = r + (6 if k % 2 == 0 else 0)
                pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            be.polygon(pts, gold, None)
            be.circle(cx, cy, r - 4, "#ffffff", 1.2, None)
            be.circle(cx, cy, r - 10, "#ffffff", 0.6, None)
            # a five-pointed star in the middle
            star = []
            for k in range(10):
                a = math.pi / 2 + math.pi * k / 5
                rr = 14 if k % 2 == 0 else 6
                star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            be.polygon(star, "#ffffff", None)


# ---------------------------------------------------------- ReportLab backend
class RLBackend:
    def __init__(self, path, page, acro=False):
        from reportlab.pdfgen import canvas
        self.W, self.H = page_dims(page)
        self.c = canvas.Canvas(path, pagesize=(self.W, self.H))
        self.c.setTitle(page.get("doctitle", "Certificate"))
        self.c.setAuthor(page.get("docauthor", ""))
        self.acro = acro
        self.nfield = 0

    def text(self, x, y, s, face, weight, size, color, align, cs, field, width):
        c = self.c
        fn = std_font(face, weight)
        if field and self.acro:
            from reportlab.lib.colors import transparent, HexColor
            if align == "C":
                fx = x - width / 2 - 4
            elif align == "R":
                fx = x - width - 4
            else:
                fx = x - 2
            c.acroForm.textfield(name=field, value=s, x=fx, y=y - size * 0.3,
                                 width=width + 10, height=size * 1.35,
                                 fontName=fn, fontSize=size, borderWidth=0,
                                 fillColor=transparent, textColor=HexColor(color),
                                 forceBorder=False, tooltip=field)
            return
        c.setFillColorRGB(*hex2rgb(color))
        c.setFont(fn, size)
        if align == "C":
            x -= width / 2
        elif align == "R":
            x -= width
        if cs:
            c.drawString(x, y, s, charSpace=cs)
        else:
            c.drawString(x, y, s)

    def line(self, x1, y1, x2, y2, w, color):
        self.c.setStrokeColorRGB(*hex2rgb(color))
        self.c.setLineWidth(w)
        self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, stroke, lw, fill):
        c = self.c
        if fill:
            c.setFillColorRGB(*hex2rgb(fill))
        if stroke:
            c.setStrokeColorRGB(*hex2rgb(stroke))
            c.setLineWidth(lw)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def circle(self, cx, cy, r, stroke, lw, fill):
        c = self.c
        if fill:
            c.setFillColorRGB(*hex2rgb(fill))
        if stroke:
            c.setStrokeColorRGB(*hex2rgb(stroke))
            c.setLineWidth(lw)
        c.circle(cx, cy, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def polygon(self, pts, fill, stroke):
        c = self.c
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        if fill:
            c.setFillColorRGB(*hex2rgb(fill))
        if stroke:
            c.setStrokeColorRGB(*hex2rgb(stroke))
        c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def polyline(self, pts, w, color):
        c = self.c
        c.setStrokeColorRGB(*hex2rgb(color))
        c.setLineWidth(w)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for i in range(1, len(pts) - 1, 2):
            p.curveTo(pts[i][0], pts[i][1], pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1])
        c.drawPath(p, stroke=1, fill=0)

    def newpage(self):
        self.c.showPage()

    def finish(self):
        self.c.showPage()
        self.c.save()


def build_rl_canvas(cert, out):
    be = RLBackend(out, cert["page"])
    CanvasLayout(cert["page"], be).render(cert["blocks"])


def build_acroform(cert, out):
    tmp = os.path.join(INTER, cert["id"] + ".form.pdf")
    be = RLBackend(tmp, cert["page"], acro=True)
    CanvasLayout(cert["page"], be).render(cert["blocks"])
    r = run(["qpdf", "--generate-appearances", "--flatten-annotations=all", tmp, out])
    if r.returncode not in (0, 3):
        raise RuntimeError("qpdf failed: " + r.stderr)


# ---------------------------------------------------------- PostScript backend
CP1252_HIGH = {
    0x80: "Euro", 0x82: "quotesinglbase", 0x83: "florin", 0x84: "quotedblbase",
    0x85: "ellipsis", 0x86: "dagger", 0x87: "daggerdbl", 0x88: "circumflex",
    0x89: "perthousand", 0x8A: "Scaron", 0x8B: "guilsinglleft", 0x8C: "OE",
    0x8E: "Zcaron", 0x91: "quoteleft", 0x92: "quoteright", 0x93: "quotedblleft",
    0x94: "quotedblright", 0x95: "bullet", 0x96: "endash", 0x97: "emdash",
    0x98: "tilde", 0x99: "trademark", 0x9A: "scaron", 0x9B: "guilsinglright",
    0x9C: "oe", 0x9E: "zcaron", 0x9F: "Ydieresis",
}


class PSBackend:
    def __init__(self, path, page):
        self.path = path
        self.W, self.H = page_dims(page)
        self.out = []
        self.fonts = set()
        self.pageno = 1
        self.page = page
        self.out.append("%%%%Page: 1 1\n")

    @staticmethod
    def pstr(s):
        b = s.encode("cp1252")
        o = []
        for ch in b:
            if ch in (0x28, 0x29, 0x5C):
                o.append("\\" + chr(ch))
            elif 32 <= ch < 127:
                o.append(chr(ch))
            else:
                o.append("\\%03o" % ch)
        return "(" + "".join(o) + ")"

    def font(self, face, weight):
        fn = PS_FONTS.get((face, weight)) or std_font(face, weight)
        self.fonts.add(fn)
        return fn

    def text(self, x, y, s, face, weight, size, color, align, cs, field, width):
        fn = self.font(face, weight)
        r, g, b = hex2rgb(color)
        cmd = {"L": "lshow", "C": "cshow", "R": "rshow"}[align]
        self.out.append("%.3f %.3f %.3f setrgbcolor /%s-W %.2f selectfont %.2f %.2f %.2f %s %s\n"
                        % (r, g, b, fn, size, x, y, cs, self.pstr(s), cmd))

    def line(self, x1, y1, x2, y2, w, color):
        r, g, b = hex2rgb(color)
        self.out.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto "
                        "%.2f %.2f lineto stroke\n" % (r, g, b, w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, stroke, lw, fill):
        if fill:
            self.out.append("%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill\n"
                            % (hex2rgb(fill) + (x, y, w, h)))
        if stroke:
            self.out.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f "
                            "rectstroke\n" % (hex2rgb(stroke) + (lw, x, y, w, h)))

    def circle(self, cx, cy, r, stroke, lw, fill):
        path = "newpath %.2f %.2f %.2f 0 360 arc closepath " % (cx, cy, r)
        if fill:
            self.out.append("%.3f %.3f %.3f setrgbcolor %s fill\n" % (hex2rgb(fill) + (path,)))
        if stroke:
            self.out.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %s stroke\n"
                            % (hex2rgb(stroke) + (lw, path)))

    def polygon(self, pts, fill, stroke):
        path = "newpath %.2f %.2f moveto " % pts[0] + " ".join(
            "%.2f %.2f lineto" % q for q in pts[1:]) + " closepath "
        if fill:
            self.out.append("%.3f %.3f %.3f setrgbcolor %s fill\n" % (hex2rgb(fill) + (path,)))
        if stroke:
            self.out.append("%.3f %.3f %.3f setrgbcolor %s stroke\n" % (hex2rgb(stroke) + (path,)))

    def polyline(self, pts, w, color):
        s = "newpath %.2f %.2f moveto " % pts[0]
        for i in range(1, len(pts) - 1, 2):
            s += "%.2f %.2f %.2f %.2f %.2f %.2f curveto " % (pts[i] + pts[i] + pts[i + 1])
        self.out.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth 1 setlinejoin %s stroke\n"
                        % (hex2rgb(color) + (w, s)))

    def newpage(self):
        self.pageno += 1
        self.out.append("showpage\n%%%%Page: %d %d\n" % (self.pageno, self.pageno))

    def finish(self):
        self.out.append("showpage\n%%EOF\n")
        hdr = ["%!PS-Adobe-3.0\n",
               "%%%%Creator: %s\n" % self.page.get("pscreator", "certgen.ps 2.1"),
               "%%%%Title: %s\n" % self.page.get("doctitle", "Certificate"),
               "%%%%BoundingBox: 0 0 %d %d\n" % (round(self.W), round(self.H)),
               "%%%%Pages: %d\n" % self.pageno,
               "%%EndComments\n%%BeginProlog\n",
               "<< /PageSize [%.2f %.2f] >> setpagedevice\n" % (self.W, self.H),
               "% cp1252-like encoding vector built on ISOLatin1Encoding\n",
               "/WinEnc ISOLatin1Encoding dup length array copy def\n"]
        for code, name in sorted(CP1252_HIGH.items()):
            hdr.append("WinEnc %d /%s put\n" % (code, name))
        hdr.append("WinEnc 39 /quotesingle put WinEnc 96 /grave put WinEnc 45 /hyphen put\n")
        hdr.append("/reencode { % newname basename\n"
                   "  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse }"
                   " forall /Encoding WinEnc def currentdict end definefont pop } bind def\n")
        for fn in sorted(self.fonts):
            hdr.append("/%s-W /%s reencode\n" % (fn, fn))
        hdr.append(
            "/lshow { % x y cs str\n  4 2 roll moveto exch 0 3 -1 roll ashow } bind def\n"
            "/strw { % cs str -> w\n  dup stringwidth pop exch length 1 sub 3 -1 roll mul add } bind def\n"
            "/cshow { % x y cs str\n  2 copy strw 2 div 5 -1 roll exch sub 4 1 roll lshow } bind def\n"
            "/rshow { % x y cs str\n  2 copy strw 5 -1 roll exch sub 4 1 roll lshow } bind def\n"
            "%%EndProlog\n")
        with open(self.path, "w", encoding="latin-1") as f:
            f.write("".join(hdr + self.out))


def build_ghostscript(cert, out):
    ps = os.path.join(INTER, cert["id"] + ".ps")
    be = PSBackend(ps, cert["page"])
    CanvasLayout(cert["page"], be).render(cert["blocks"])
    r = run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite",
             "-dCompatibilityLevel=1.5", "-o", out, ps])
    if r.returncode != 0:
        raise RuntimeError("gs failed: " + r.stdout + r.stderr)


# ================================================================ HTML engine
CSS_FACES = {   # unquoted family names: they are embedded in single-quoted style attributes
    "serif": "Liberation Serif, Nimbus Roman, serif",
    "sans": "Liberation Sans, Nimbus Sans, sans-serif",
    "mono": "Liberation Mono, monospace",
    "palatino": "P052, Palatino, serif",
    "bookman": "URW Bookman, serif",
    "century": "C059, serif",
    "script": "Z003, cursive",
    "dejavu": "DejaVu Sans, sans-serif",
    "dejavuserif": "DejaVu Serif, serif",
}


def css_font(page, blk, default="body"):
    face, weight, size = style_of(page, blk, default)
    s = "font-family:%s;font-size:%.1fpt;" % (CSS_FACES.get(face, CSS_FACES["serif"]), size)
    s += "font-weight:%s;" % ("bold" if "B" in weight else "normal")
    s += "font-style:%s;" % ("italic" if "I" in weight else "normal")
    return s


def build_html_doc(cert):
    page = cert["page"]
    W, H = page_dims(page)
    acc = page.get("accent", "#1a3c6e")
    m = page.get("margin", 64)
    al = {"L": "left", "C": "center", "R": "right"}
    dal = al[page.get("align", "C")]
    bd = page.get("border", "none")
    bi = page.get("binset", 22)
    border_css = ""
    if bd == "double":
        border_css = ("outline:3.5pt solid %s; outline-offset:-%dpt;"
                      "box-shadow: inset 0 0 0 %dpt #fff, inset 0 0 0 %.1fpt %s;"
                      % (acc, bi, bi + 7, bi + 7.8, acc))
    elif bd == "single":
        border_css = "outline:1.2pt solid %s; outline-offset:-%dpt;" % (acc, bi)
    elif bd == "frame":
        border_css = ("outline:2.5pt solid %s; outline-offset:-%dpt;"
                      "box-shadow: inset 0 0 0 %dpt #fff, inset 0 0 0 %.1fpt %s;"
                      % (acc, bi + 5, bi - 1, bi, acc))
    parts = []
    parts.append("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>"
                 % html.escape(page.get("doctitle", "Certificate")))
    parts.append("@page { size: %.2fpt %.2fpt; margin: 0 }" % (W, H))
    parts.append("html,body{margin:0;padding:0} *{box-sizing:border-box}")
    parts.append(".page{position:relative;width:%.2fpt;height:%.2fpt;padding:%dpt %dpt %dpt %dpt;"
                 "display:flex;flex-direction:column;text-align:%s;overflow:hidden;%s;"
                 "page-break-after:always;background:%s}"
                 % (W, H - 0.5, page.get("mtop", m), page.get("mright", m),
                    page.get("mbottom", m), page.get("mleft", m), dal, border_css,
                    page.get("bg", "#ffffff")))
    parts.append(".page:last-child{page-break-after:auto}")
    parts.append(".fill{flex:1 1 auto}")
    parts.append("table{border-collapse:collapse} p{margin:0}")
    parts.append(".band-t{position:absolute;left:0;right:0;top:0;height:18pt;background:%s}"
                 ".band-b{position:absolute;left:0;right:0;bottom:0;height:8pt;background:%s}"
                 % (acc, acc))
    parts.append(".side{position:absolute;left:0;top:0;bottom:0;width:26pt;background:%s;"
                 "border-right:4pt solid %s}" % (acc, page.get("accent2", "#c9a227")))
    parts.append(".seal{position:absolute;width:84pt;height:84pt;border-radius:50%%;"
                 "background:radial-gradient(circle,%s 0 52%%,#fff 53%% 55%%,%s 56%% 66%%,#fff 67%% 69%%,%s 70%%);"
                 "box-shadow:0 0 0 3pt %s}"
                 % (page.get("sealcolor", "#c9a227"), page.get("sealcolor", "#c9a227"),
                    page.get("sealcolor", "#c9a227"), page.get("sealcolor", "#c9a227")))
    parts.append("</style></head><body>")
    pages = [[]]
    for b in cert["blocks"]:
        if b["t"] == "pagebreak":
            pages.append([])
        else:
            pages[-1].append(b)
    for pi, blocks in enumerate(pages):
        parts.append("<div class='page'>")
        if bd == "band":
            parts.append("<div class='band-t'></div><div class='band-b'></div>")
        if bd == "sidebar":
            parts.append("<div class='side'></div>")
        if page.get("seal") and pi == 0:
            pos = page["seal"]
            hp = {"bl": "left:%dpt" % (bi + 28), "br": "right:%dpt" % (bi + 28),
                  "bc": "left:calc(50%% - 42pt)", "tr": "right:%dpt" % (bi + 28),
                  "tl": "left:%dpt" % (bi + 28)}[pos]
            vp = ("bottom:%dpt" if pos[0] == "b" else "top:%dpt") % (bi + 28)
            parts.append("<div class='seal' style='%s;%s'></div>" % (hp, vp))
        for b in blocks:
            parts.append(html_block(page, b, dal))
        parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def html_block(page, b, dal):
    e = html.escape
    al = {"L": "left", "C": "center", "R": "right"}
    t = b["t"]
    W, H = page_dims(page)
    acc = page.get("accent", "#1a3c6e")
    boxw = lambda d: "%.0f%%" % (100 * b.get("w", d))
    marg = lambda: ("margin-left:0;margin-right:auto" if b.get("align", page.get("align", "C")) == "L"
                    else "margin-left:auto;margin-right:auto")
    if t in ("line", "lines"):
        face, weight, size = style_of(page, b)
        st = css_font(page, b) + "color:%s;" % color_of(page, b)
        st += "line-height:%.2f;" % b.get("lead", 1.35 if t == "line" else 1.3)
        if "align" in b:
            st += "text-align:%s;" % al[b["align"]]
        if b.get("spaced"):
            st += "letter-spacing:0.28em;"
        if b.get("upper"):
            st += "text-transform:uppercase;"
        lines = [b["text"]] if t == "line" else b["lines"]
        return "<div style=\"%s\">%s</div>" % (st, "<br>".join(e(s) for s in lines))
    if t == "para":
        st = css_font(page, b, "fine") + "color:%s;line-height:%.2f;width:%s;%s;" % (
            color_of(page, b, "#333333"), b.get("lead", 1.3), boxw(0.85), marg())
        if "align" in b:
            st += "text-align:%s;" % al[b["align"]]
        return "<p style=\"%s\">%s</p>" % (st, e(b["text"]))
    if t == "gap":
        return "<div style='height:%dpt;flex:none'></div>" % b.get("h", 0)
    if t == "fill":
        return "<div class='fill'></div>"
    if t == "hr":
        return ("<div style='height:%dpt;flex:none;display:flex;align-items:center'><div style='"
                "border-top:0.8pt solid %s;width:%s;%s'></div></div>"
                % (b.get("h", 10), acc, boxw(0.6), marg()))
    if t == "kv":
        lf = css_font(page, {"st": b.get("ls", "smallb")}) + "color:%s;" % color_of(
            page, {"c": b.get("lc", "grey")})
        vf = css_font(page, {"st": b.get("vs", "body")})
        rows = []
        for r in b["rows"]:
            bb = "border-bottom:0.4pt solid #999;" if b.get("rule") else ""
            rows.append("<tr><td style='%swidth:%.0f%%;padding:2pt 6pt 3pt 0;vertical-align:top;"
                        "text-align:left'>%s</td><td style='%s%spadding:2pt 0 3pt 0;text-align:left'>"
                        "%s</td></tr>" % (lf, 100 * b.get("lw", 0.34), e(r[0]), vf, bb, e(r[1])))
        return "<table style='width:%s;%s;flex:none'>%s</table>" % (boxw(0.8), marg(), "".join(rows))
    if t == "cols":
        lf = css_font(page, {"st": b.get("ls", "label")}) + "color:%s;" % color_of(
            page, {"c": b.get("lc", "grey")})
        vf = css_font(page, {"st": b.get("vs", "body")})
        ca = al[b.get("calign", "L")]
        n = len(b["labels"])
        lr = "".join("<td style='%stext-align:%s;padding:0 6pt 2pt 4pt;width:%.1f%%;%s'>%s</td>"
                     % (lf, ca, 100.0 / n,
                        "border-bottom:0.6pt solid #777;" if b.get("rule") == "mid" else "", e(x))
                     for x in b["labels"])
        vr = "".join("<td style='%stext-align:%s;padding:3pt 6pt 3pt 4pt;%s'>%s</td>"
                     % (vf, ca, "border-bottom:0.6pt solid #777;" if b.get("rule") and
                        b.get("rule") != "mid" else "", e(x)) for x in b["values"])
        return ("<table style='width:%s;%s;flex:none;table-layout:fixed'><tr>%s</tr><tr>%s</tr></table>"
                % (boxw(0.85), marg(), lr, vr))
    if t == "table":
        hf = css_font(page, {"st": b.get("hs", "smallb")})
        rf = css_font(page, {"st": b.get("rs", "small")})
        widths = b.get("widths") or [1.0 / len(b["header"])] * len(b["header"])
        hdr = "".join("<th style='%sbackground:%s;border:0.6pt solid #888;padding:3pt 5pt;"
                      "text-align:left;width:%.0f%%'>%s</th>" % (hf, b.get("hfill", "#e6ebf2"),
                                                               100 * w, e(x))
                      for x, w in zip(b["header"], widths))
        rows = "".join("<tr>%s</tr>" % "".join(
            "<td style='%sborder:0.6pt solid #888;padding:3pt 5pt;text-align:left'>%s</td>"
            % (rf, e(x)) for x in r) for r in b["rows"])
        return ("<table style='width:%s;%s;flex:none;border-top:1pt solid %s'><tr>%s</tr>%s</table>"
                % (boxw(0.85), marg(), acc, hdr, rows))
    if t == "sigs":
        cells = []
        for s in b["sigs"]:
            inner = "<div style='height:30pt'></div><div style='border-top:0.7pt solid #333;" \
                    "width:170pt;margin:0 auto 3pt auto'></div>"
            inner += "<div style='%s'>%s</div>" % (css_font(page, {"st": "smallb"}), e(s[0]))
            for x in s[1:]:
                inner += "<div style='%scolor:#333'>%s</div>" % (
                    css_font(page, {"st": "fine"}), e(x))
            cells.append("<td style='text-align:center;vertical-align:top;width:%.0f%%'>%s</td>"
                         % (100.0 / len(b["sigs"]), inner))
        return "<table style='width:%s;%s;flex:none'><tr>%s</tr></table>" % (
            boxw(0.9), marg(), "".join(cells))
    raise ValueError(t)


def build_chromium(cert, out):
    src = os.path.join(INTER, cert["id"] + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(build_html_doc(cert))
    prof = os.path.join(PROFILES, "chromium")
    os.makedirs(prof, exist_ok=True)
    if os.path.exists(out):
        os.remove(out)
    r = run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
             "--user-data-dir=" + prof, "--no-pdf-header-footer",
             "--print-to-pdf-no-header", "--print-to-pdf=" + out, "file://" + src],
            timeout=180)
    if not os.path.exists(out):
        raise RuntimeError("chromium failed: " + r.stderr[-2000:])


# ================================================================ FODT engine
def fodt_doc(cert):
    page = cert["page"]
    W, H = page_dims(page)
    m = page.get("margin", 64)
    acc = page.get("accent", "#1a3c6e")
    bd = page.get("border", "none")
    bi = page.get("binset", 22)
    pstyles = {}   # key -> name
    auto = []

    def pt(x):
        return "%.2fpt" % x

    def pstyle(blk, default="body", align=None, extra=""):
        face, weight, size = style_of(page, blk, default)
        fam = {"serif": "Liberation Serif", "sans": "Liberation Sans", "mono": "Liberation Mono",
               "palatino": "P052", "bookman": "URW Bookman", "century": "C059",
               "script": "Z003"}.get(face, "Liberation Serif")
        a = align or blk.get("align", page.get("align", "C"))
        a = {"L": "start", "C": "center", "R": "end"}[a]
        col = color_of(page, blk, "#333333" if blk.get("t") == "para" else None)
        lead = blk.get("lead", 1.35 if blk.get("t") == "line" else 1.3)
        key = (fam, weight, size, a, col, blk.get("spaced", False), lead, extra)
        if key not in pstyles:
            name = "P%d" % (len(pstyles) + 1)
            pstyles[key] = name
            tp = ('fo:font-size="%s" style:font-name="%s" fo:font-weight="%s" fo:font-style="%s" '
                  'fo:color="%s"' % (pt(size), fam, "bold" if "B" in weight else "normal",
                                     "italic" if "I" in weight else "normal", col))
            if blk.get("spaced"):
                tp += ' fo:letter-spacing="%s"' % pt(size * 0.28)
            auto.append('<style:style style:name="%s" style:family="paragraph" '
                        'style:parent-style-name="Standard"><style:paragraph-properties '
                        'fo:text-align="%s" fo:margin-top="0pt" fo:margin-bottom="0pt" '
                        'fo:line-height="%d%%" %s/><style:text-properties %s/></style:style>'
                        % (name, a, round(lead * 100 / 1.17), extra, tp))
        return pstyles[key]

    body = []
    tcount = [0]
    cw = W - 2 * m

    def table(widths_pt, rows_xml, align="center", border_cells=None):
        tcount[0] += 1
        tn = "Tbl%d" % tcount[0]
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                    'style:width="%s" table:align="%s"/></style:style>'
                    % (tn, pt(sum(widths_pt)), align))
        cols = []
        for i, wd in enumerate(widths_pt):
            cn = "%s.C%d" % (tn, i)
            auto.append('<style:style style:name="%s" style:family="table-column">'
                        '<style:table-column-properties style:column-width="%s"/></style:style>'
                        % (cn, pt(wd)))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (
            tn, tn, "".join(cols), rows_xml)

    cell_styles = {}

    def cstyle(border="none", bottom=None, fill=None, pad="2pt"):
        key = (border, bottom, fill, pad)
        if key not in cell_styles:
            n = "Cell%d" % (len(cell_styles) + 1)
            cell_styles[key] = n
            props = 'fo:padding="%s" fo:border="%s"' % (pad, border)
            if bottom:
                props = 'fo:padding="%s" fo:border-left="none" fo:border-right="none" ' \
                        'fo:border-top="none" fo:border-bottom="%s"' % (pad, bottom)
            if fill:
                props += ' fo:background-color="%s"' % fill
            auto.append('<style:style style:name="%s" style:family="table-cell">'
                        '<style:table-cell-properties %s/></style:style>' % (n, props))
        return cell_styles[key]

    def p(style, text):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text))

    footer = []
    cur = body
    for b in cert["blocks"]:
        t = b["t"]
        pal = b.get("align", page.get("align", "C"))
        talign = "left" if pal == "L" else "center"
        if t == "line":
            cur.append(p(pstyle(b), b["text"]))
        elif t == "lines":
            sn = pstyle(b)
            cur.append('<text:p text:style-name="%s">%s</text:p>' % (
                sn, "<text:line-break/>".join(xesc(s) for s in b["lines"])))
        elif t == "para":
            w = b.get("w", 0.85) * cw
            if pal == "L":
                extra = 'fo:margin-right="%s"' % pt(cw - w)
            else:
                extra = 'fo:margin-left="%s" fo:margin-right="%s"' % (pt((cw - w) / 2), pt((cw - w) / 2))
            cur.append(p(pstyle(b, "fine", extra=extra), b["text"]))
        elif t == "fill" and cur is body and not page.get("nofooter"):
            cur = footer      # what follows the fill sits in the page footer (page bottom)
        elif t in ("gap", "fill"):
            h = b.get("h", 0)
            key = "gap%d" % h
            if key not in pstyles:
                pstyles[key] = "G%d" % h
                auto.append('<style:style style:name="G%d" style:family="paragraph">'
                            '<style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt" '
                            'fo:line-height="%s"/><style:text-properties fo:font-size="2pt"/>'
                            '</style:style>' % (h, pt(max(h, 0.5))))
            cur.append('<text:p text:style-name="G%d"/>' % h)
        elif t == "hr":
            w = b.get("w", 0.6) * cw
            row = '<table:table-row><table:table-cell table:style-name="%s">%s</table:table-cell>' \
                  '</table:table-row>' % (cstyle(bottom="0.8pt solid %s" % acc, pad="0pt"),
                                          '<text:p text:style-name="%s"/>' % pstyle({"st": "fine", "size": 3}))
            cur.append(table([w], row, talign))
            cur.append('<text:p text:style-name="%s"/>' % pstyle({"st": "fine", "size": 3}))
        elif t == "kv":
            w = b.get("w", 0.8) * cw
            lw = b.get("lw", 0.34) * w
            ls = pstyle({"st": b.get("ls", "smallb"), "c": b.get("lc", "grey")}, align="L")
            vs = pstyle({"st": b.get("vs", "body")}, align="L")
            rows = ""
            for r in b["rows"]:
                vc = cstyle(bottom="0.4pt solid #999999") if b.get("rule") else cstyle()
                rows += ('<table:table-row><table:table-cell table:style-name="%s">%s</table:table-cell>'
                         '<table:table-cell table:style-name="%s">%s</table:table-cell></table:table-row>'
                         % (cstyle(), p(ls, r[0]), vc, p(vs, r[1])))
            cur.append(table([lw, w - lw], rows, talign))
        elif t == "cols":
            w = b.get("w", 0.85) * cw
            n = len(b["labels"])
            ca = b.get("calign", "L")
            ls = pstyle({"st": b.get("ls", "label"), "c": b.get("lc", "grey")}, align=ca)
            vs = pstyle({"st": b.get("vs", "body")}, align=ca)
            lc = cstyle(bottom="0.6pt solid #777777") if b.get("rule") == "mid" else cstyle()
            vc = cstyle(bottom="0.6pt solid #777777") if b.get("rule") and b.get("rule") != "mid" \
                else cstyle()
            r1 = "".join('<table:table-cell table:style-name="%s">%s</table:table-cell>' % (lc, p(ls, x))
                         for x in b["labels"])
            r2 = "".join('<table:table-cell table:style-name="%s">%s</table:table-cell>' % (vc, p(vs, x))
                         for x in b["values"])
            cur.append(table([w / n] * n, "<table:table-row>%s</table:table-row><table:table-row>%s"
                                           "</table:table-row>" % (r1, r2), talign))
        elif t == "table":
            w = b.get("w", 0.85) * cw
            widths = b.get("widths") or [1.0 / len(b["header"])] * len(b["header"])
            hs = pstyle({"st": b.get("hs", "smallb")}, align="L")
            rs = pstyle({"st": b.get("rs", "small")}, align="L")
            hc = cstyle(border="0.6pt solid #888888", fill=b.get("hfill", "#e6ebf2"), pad="3pt")
            rc = cstyle(border="0.6pt solid #888888", pad="3pt")
            rows = "<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell table:style-name="%s">%s</table:table-cell>' % (hc, p(hs, x))
                for x in b["header"])
            for r in b["rows"]:
                rows += "<table:table-row>%s</table:table-row>" % "".join(
                    '<table:table-cell table:style-name="%s">%s</table:table-cell>' % (rc, p(rs, x))
                    for x in r)
            cur.append(table([x * w for x in widths], rows, talign))
        elif t == "sigs":
            w = b.get("w", 0.9) * cw
            n = len(b["sigs"])
            sp = pstyle({"st": "smallb"}, align="C")
            fp = pstyle({"st": "fine"}, align="C")
            gp = pstyle({"st": "fine", "size": 20}, align="C")
            cells = ""
            for s in b["sigs"]:
                inner = '<text:p text:style-name="%s"/>' % gp
                inner += '<text:p text:style-name="%s">%s</text:p>' % (
                    pstyle({"st": "fine", "size": 9}, align="C"), "_" * 32)
                inner += p(sp, s[0]) + "".join(p(fp, x) for x in s[1:])
                cells += '<table:table-cell table:style-name="%s">%s</table:table-cell>' % (cstyle(), inner)
            cur.append(table([w / n] * n, "<table:table-row>%s</table:table-row>" % cells, talign))
        elif t == "pagebreak":
            if "PB" not in pstyles:
                pstyles["PB"] = "PB"
                auto.append('<style:style style:name="PB" style:family="paragraph">'
                            '<style:paragraph-properties fo:break-before="page" fo:margin-top="0pt" '
                            'fo:margin-bottom="0pt"/><style:text-properties fo:font-size="2pt"/>'
                            '</style:style>')
            cur.append('<text:p text:style-name="PB"/>')
    # page layout
    border = ""
    pad = ""
    if bd in ("double", "frame"):
        border = 'fo:border="%s double %s" style:border-line-width="1.2pt 1.6pt 3.2pt"' % (pt(6), acc)
    elif bd == "single":
        border = 'fo:border="1.2pt solid %s"' % acc
    elif bd == "band":
        border = 'fo:border-top="14pt solid %s" fo:border-bottom="6pt solid %s"' % (acc, acc)
    elif bd == "sidebar":
        border = 'fo:border-left="22pt solid %s"' % acc
    if border:
        pad = 'fo:padding="%s"' % pt(max(m - bi - 6, 6))
    marg = bi if border else m
    mtop = page.get("mtop", m)
    mbot = page.get("mbottom", m)
    if border:
        pl_margins = 'fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"' % (
            pt(bi), pt(bi), pt(bi), pt(bi))
        pad = 'fo:padding-top="%s" fo:padding-bottom="%s" fo:padding-left="%s" fo:padding-right="%s"' % (
            pt(mtop - bi - 6), pt(mbot - bi - 6), pt(m - bi - 6), pt(m - bi - 6))
    else:
        pl_margins = 'fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"' % (
            pt(mtop), pt(mbot), pt(m), pt(m))
    fonts = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f)
                    for f in ("Liberation Serif", "Liberation Sans", "Liberation Mono", "P052",
                              "URW Bookman", "C059", "Z003"))
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{xesc(page.get("doctitle", "Certificate"))}</dc:title></office:meta>
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL1"><style:page-layout-properties fo:page-width="{pt(W)}" fo:page-height="{pt(H)}" style:print-orientation="{page.get("orient", "portrait")}" {pl_margins} {border} {pad}/><style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="6pt"/></style:footer-style></style:page-layout>
{"".join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL1">{"<style:footer>" + "".join(footer) + "</style:footer>" if footer else ""}</style:master-page></office:master-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body></office:document>'''
    return doc


def soffice_convert(src, out):
    prof = os.path.join(PROFILES, "libreoffice")
    os.makedirs(prof, exist_ok=True)
    outdir = os.path.dirname(src)
    r = run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", outdir, src], timeout=300)
    pdf = os.path.splitext(src)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise RuntimeError("soffice failed: " + r.stdout + r.stderr)
    shutil.move(pdf, out)


def build_fodt(cert, out):
    src = os.path.join(INTER, cert["id"] + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt_doc(cert))
    soffice_convert(src, out)


# ================================================================ DOCX engine
def build_docx(cert, out):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    page = cert["page"]
    W, H = page_dims(page)
    m = page.get("margin", 64)
    acc = page.get("accent", "#1a3c6e")
    doc = Document()
    doc.core_properties.title = page.get("doctitle", "Certificate")
    doc.core_properties.author = page.get("docauthor", "")
    sec = doc.sections[0]
    sec.page_width = Pt(W)
    sec.page_height = Pt(H)
    sec.orientation = WD_ORIENT.LANDSCAPE if page.get("orient") == "landscape" else WD_ORIENT.PORTRAIT
    sec.top_margin = Pt(page.get("mtop", m))
    sec.bottom_margin = Pt(page.get("mbottom", m))
    sec.left_margin = Pt(m)
    sec.right_margin = Pt(m)
    cw = W - 2 * m
    bd = page.get("border", "none")
    if bd != "none":
        pg = OxmlElement("w:pgBorders")
        pg.set(qn("w:offsetFrom"), "page")
        kinds = {"double": ("thinThickSmallGap", 24), "frame": ("double", 12),
                 "single": ("single", 10), "band": ("single", 36), "sidebar": ("single", 48)}
        val, sz = kinds[bd]
        sides = ("top", "left", "bottom", "right")
        if bd == "band":
            sides = ("top", "bottom")
        if bd == "sidebar":
            sides = ("left",)
        for side in sides:
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), val)
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "24")
            el.set(qn("w:color"), acc.lstrip("#").upper())
            pg.append(el)
        sec._sectPr.append(pg)
    FACES = {"serif": "Liberation Serif", "sans": "Liberation Sans", "mono": "Liberation Mono",
             "palatino": "P052", "bookman": "URW Bookman", "century": "C059", "script": "Z003"}
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    ALN = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT}

    def fmt_run(run_, blk, default="body"):
        face, weight, size = style_of(page, blk, default)
        run_.font.name = FACES.get(face, "Liberation Serif")
        rpr = run_._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), FACES.get(face, "Liberation Serif"))
        run_.font.size = Pt(size)
        run_.font.bold = "B" in weight
        run_.font.italic = "I" in weight
        col = color_of(page, blk, "#333333" if blk.get("t") == "para" else None).lstrip("#")
        run_.font.color.rgb = RGBColor.from_string(col.upper())
        if blk.get("spaced"):
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(int(size * 0.28 * 20)))
            rpr.append(sp)
        return size

    def para(container, text, blk, default="body", align=None, lead=None):
        pp = container.add_paragraph()
        a = align or blk.get("align", page.get("align", "C"))
        pp.alignment = ALN[a]
        pp.paragraph_format.space_after = Pt(0)
        pp.paragraph_format.space_before = Pt(0)
        lines = text if isinstance(text, list) else [text]
        size = STY[blk.get("st", default)][2]
        for i, s in enumerate(lines):
            r = pp.add_run(s)
            size = fmt_run(r, blk, default)
            if i < len(lines) - 1:
                r.add_break()
        pp.paragraph_format.line_spacing = Pt(size * (lead or blk.get("lead", 1.3)))
        return pp

    def indent_para(pp, w):
        if page.get("align", "C") == "L" or pp.alignment == WD_ALIGN_PARAGRAPH.LEFT:
            pp.paragraph_format.right_indent = Pt(cw - w)
        else:
            pp.paragraph_format.left_indent = Pt((cw - w) / 2)
            pp.paragraph_format.right_indent = Pt((cw - w) / 2)

    def set_cell_border(cell, **kw):
        tcPr = cell._tc.get_or_add_tcPr()
        borders = OxmlElement("w:tcBorders")
        for edge, spec in kw.items():
            el = OxmlElement("w:" + edge)
            for k, v in spec.items():
                el.set(qn("w:" + k), str(v))
            borders.append(el)
        tcPr.append(borders)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), fill.lstrip("#"))
        tcPr.append(sh)

    def new_table(nrows, widths, al):
        if C[0] is doc:
            tb = doc.add_table(rows=nrows, cols=len(widths))
        else:
            tb = C[0].add_table(nrows, len(widths), Pt(sum(widths)))
            # LibreOffice drops the paragraph that directly follows a table at the end
            # of a footer: give the table a tiny paragraph of its own
            sp = C[0].add_paragraph()
            sp.paragraph_format.line_spacing = Pt(1)
            sp.add_run("").font.size = Pt(1)
        tb.alignment = WD_TABLE_ALIGNMENT.LEFT if al == "L" else WD_TABLE_ALIGNMENT.CENTER
        tb.autofit = False
        for row in tb.rows:
            for i, c in enumerate(row.cells):
                c.width = Pt(widths[i])
        # no default borders
        tblPr = tb._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + edge)
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)
        return tb

    def cell_text(cell, text, blk, align):
        cell.paragraphs[0].text = ""
        pp = cell.paragraphs[0]
        pp.alignment = ALN[align]
        r = pp.add_run(text)
        size = fmt_run(r, blk)
        pp.paragraph_format.line_spacing = Pt(size * 1.3)

    C = [doc]     # current container: the body, or the footer after a "fill" block
    for b in cert["blocks"]:
        t = b["t"]
        al = b.get("align", page.get("align", "C"))
        if t == "line":
            para(C[0], b["text"], b, lead=b.get("lead", 1.35))
        elif t == "lines":
            para(C[0], b["lines"], b)
        elif t == "para":
            pp = para(C[0], b["text"], b, "fine")
            indent_para(pp, b.get("w", 0.85) * cw)
        elif t == "fill" and C[0] is doc and not page.get("nofooter"):
            ft = sec.footer
            ft.is_linked_to_previous = False
            sec.footer_distance = Pt(max(page.get("mbottom", m) - 30, 18))
            C[0] = ft
            ft.paragraphs[0].paragraph_format.line_spacing = Pt(1)
        elif t in ("gap", "fill"):
            pp = C[0].add_paragraph()
            pp.paragraph_format.line_spacing = Pt(max(b.get("h", 0), 1))
            r = pp.add_run("")
            r.font.size = Pt(1)
        elif t == "hr":
            w = b.get("w", 0.6) * cw
            tb = new_table(1, [w], al)
            set_cell_border(tb.rows[0].cells[0], bottom={"val": "single", "sz": 6,
                                                         "color": acc.lstrip("#")})
            cell_text(tb.rows[0].cells[0], "", {"st": "fine", "size": 2}, "C")
        elif t == "kv":
            w = b.get("w", 0.8) * cw
            lw = b.get("lw", 0.34) * w
            tb = new_table(len(b["rows"]), [lw, w - lw], al)
            for i, r in enumerate(b["rows"]):
                cell_text(tb.rows[i].cells[0], r[0], {"st": b.get("ls", "smallb"),
                                                      "c": b.get("lc", "grey")}, "L")
                cell_text(tb.rows[i].cells[1], r[1], {"st": b.get("vs", "body")}, "L")
                if b.get("rule"):
                    set_cell_border(tb.rows[i].cells[1], bottom={"val": "single", "sz": 4,
                                                                 "color": "999999"})
        elif t == "cols":
            w = b.get("w", 0.85) * cw
            n = len(b["labels"])
            tb = new_table(2, [w / n] * n, al)
            ca = b.get("calign", "L")
            for i in range(n):
                cell_text(tb.rows[0].cells[i], b["labels"][i],
                          {"st": b.get("ls", "label"), "c": b.get("lc", "grey")}, ca)
                cell_text(tb.rows[1].cells[i], b["values"][i], {"st": b.get("vs", "body")}, ca)
                if b.get("rule"):
                    rr = 0 if b.get("rule") == "mid" else 1
                    set_cell_border(tb.rows[rr].cells[i], bottom={"val": "single", "sz": 6,
                                                                  "color": "777777"})
        elif t == "table":
            w = b.get("w", 0.85) * cw
            widths = b.get("widths") or [1.0 / len(b["header"])] * len(b["header"])
            tb = new_table(1 + len(b["rows"]), [x * w for x in widths], al)
            allrows = [b["header"]] + b["rows"]
            for ri, row in enumerate(allrows):
                for ci, x in enumerate(row):
                    c = tb.rows[ri].cells[ci]
                    cell_text(c, x, {"st": b.get("hs", "smallb") if ri == 0 else b.get("rs", "small")}, "L")
                    spec = {"val": "single", "sz": 4, "color": "888888"}
                    set_cell_border(c, top=spec, bottom=spec, left=spec, right=spec)
                    if ri == 0:
                        shade(c, b.get("hfill", "#e6ebf2"))
        elif t == "sigs":
            w = b.get("w", 0.9) * cw
            n = len(b["sigs"])
            tb = new_table(1, [w / n] * n, al)
            for i, s in enumerate(b["sigs"]):
                c = tb.rows[0].cells[i]
                cell_text(c, "", {"st": "fine", "size": 20}, "C")
                pp = c.add_paragraph()
                pp.alignment = ALN["C"]
                r = pp.add_run("_" * 30)
                fmt_run(r, {"st": "fine", "size": 9})
                for j, x in enumerate(s):
                    pp = c.add_paragraph()
                    pp.alignment = ALN["C"]
                    r = pp.add_run(x)
                    fmt_run(r, {"st": "smallb" if j == 0 else "fine"})
        elif t == "pagebreak":
            from docx.enum.text import WD_BREAK
            pp = C[0].add_paragraph()
            pp.add_run().add_break(WD_BREAK.PAGE)
    # python-docx starts with an empty first paragraph? (no) ; remove nothing
    src = os.path.join(INTER, cert["id"] + ".docx")
    doc.save(src)
    soffice_convert(src, out)


# ============================================================ Platypus engine
def build_platypus(cert, out):
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    from reportlab.lib import colors

    page = cert["page"]
    W, H = page_dims(page)
    m = page.get("margin", 64)
    cw = W - 2 * m
    acc = page.get("accent", "#1a3c6e")
    ALN = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}
    cache = {}

    def pstyle(blk, default="body", align=None, lead=None):
        face, weight, size = style_of(page, blk, default)
        a = align or blk.get("align", page.get("align", "C"))
        col = color_of(page, blk, "#333333" if blk.get("t") == "para" else None)
        ld = lead or blk.get("lead", 1.35 if blk.get("t") == "line" else 1.3)
        key = (face, weight, size, a, col, ld, bool(blk.get("spaced")))
        if key not in cache:
            cache[key] = ParagraphStyle("s%d" % len(cache), fontName=std_font(face, weight),
                                        fontSize=size, leading=size * ld, alignment=ALN[a],
                                        textColor=colors.HexColor(col))
        return cache[key]

    def esc(s):
        return xesc(s)

    story = []

    def decorate(canv, doc_):
        be = RLBackend.__new__(RLBackend)
        be.c = canv
        be.acro = False
        lay = CanvasLayout(page, be)
        canv.saveState()
        lay.decorate(doc_.page - 1)
        canv.restoreState()

    def boxed(flow, w, al):
        flow.hAlign = "LEFT" if al == "L" else "CENTER"
        return flow

    for b in cert["blocks"]:
        t = b["t"]
        al = b.get("align", page.get("align", "C"))
        if t == "line":
            txt = spaced_text(b["text"]) if b.get("spaced") else b["text"]
            story.append(Paragraph(esc(txt), pstyle(b)))
        elif t == "lines":
            story.append(Paragraph("<br/>".join(esc(s) for s in b["lines"]), pstyle(b)))
        elif t == "para":
            w = b.get("w", 0.85) * cw
            tb = Table([[Paragraph(esc(b["text"]), pstyle(b, "fine"))]], colWidths=[w])
            tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            story.append(boxed(tb, w, al))
        elif t == "gap":
            story.append(Spacer(1, b.get("h", 0)))
        elif t == "fill":
            sp = Spacer(1, 0)
            sp._fill = True
            story.append(sp)
        elif t == "hr":
            w = b.get("w", 0.6) * cw
            tb = Table([[""]], colWidths=[w], rowHeights=[b.get("h", 10) / 2])
            tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.HexColor(acc))]))
            story.append(boxed(tb, w, al))
            story.append(Spacer(1, b.get("h", 10) / 2))
        elif t == "kv":
            w = b.get("w", 0.8) * cw
            lw = b.get("lw", 0.34) * w
            ls = pstyle({"st": b.get("ls", "smallb"), "c": b.get("lc", "grey")}, align="L")
            vs = pstyle({"st": b.get("vs", "body")}, align="L")
            data = [[Paragraph(esc(r[0]), ls), Paragraph(esc(r[1]), vs)] for r in b["rows"]]
            tb = Table(data, colWidths=[lw, w - lw])
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if b.get("rule"):
                sty.append(("LINEBELOW", (1, 0), (1, -1), 0.4, colors.HexColor("#999999")))
            tb.setStyle(TableStyle(sty))
            story.append(boxed(tb, w, al))
        elif t == "cols":
            w = b.get("w", 0.85) * cw
            n = len(b["labels"])
            ca = b.get("calign", "L")
            ls = pstyle({"st": b.get("ls", "label"), "c": b.get("lc", "grey")}, align=ca)
            vs = pstyle({"st": b.get("vs", "body")}, align=ca)
            data = [[Paragraph(esc(x), ls) for x in b["labels"]],
                    [Paragraph(esc(x), vs) for x in b["values"]]]
            tb = Table(data, colWidths=[w / n] * n)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if b.get("rule") == "mid":
                sty.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#777777")))
            elif b.get("rule"):
                sty.append(("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.HexColor("#777777")))
            tb.setStyle(TableStyle(sty))
            story.append(boxed(tb, w, al))
        elif t == "table":
            w = b.get("w", 0.85) * cw
            widths = b.get("widths") or [1.0 / len(b["header"])] * len(b["header"])
            hs = pstyle({"st": b.get("hs", "smallb")}, align="L")
            rs = pstyle({"st": b.get("rs", "small")}, align="L")
            data = [[Paragraph(esc(x), hs) for x in b["header"]]] + \
                   [[Paragraph(esc(x), rs) for x in r] for r in b["rows"]]
            tb = Table(data, colWidths=[x * w for x in widths])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(b.get("hfill", "#e6ebf2"))),
                                    ("LINEABOVE", (0, 0), (-1, 0), 1, colors.HexColor(acc)),
                                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(boxed(tb, w, al))
        elif t == "sigs":
            w = b.get("w", 0.9) * cw
            n = len(b["sigs"])
            sb = pstyle({"st": "smallb"}, align="C")
            sf = pstyle({"st": "fine"}, align="C")
            row = []
            for s in b["sigs"]:
                inner = Table([[Paragraph(esc(s[0]), sb)]] + [[Paragraph(esc(x), sf)] for x in s[1:]],
                              colWidths=[min(180, w / n - 20)])
                inner.setStyle(TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.7, colors.HexColor("#333333")),
                                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
                row.append([Spacer(1, 30), inner])
            tb = Table([row], colWidths=[w / n] * n)
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(boxed(tb, w, al))
        elif t == "pagebreak":
            story.append(PageBreak())

    # size the "fill" spacers so that what follows them ends at the bottom margin
    avail = H - page.get("mtop", m) - page.get("mbottom", m)
    pages, cur = [], []
    for fl in story:
        if isinstance(fl, PageBreak):
            pages.append(cur)
            cur = []
        else:
            cur.append(fl)
    pages.append(cur)
    for pg in pages:
        fills = [fl for fl in pg if getattr(fl, "_fill", False)]
        if not fills:
            continue
        used = 0
        for fl in pg:
            if getattr(fl, "_fill", False):
                continue
            used += fl.wrap(cw, avail)[1] + fl.getSpaceBefore() + fl.getSpaceAfter()
        rest = max(avail - used - 4, 0) / len(fills)
        for fl in fills:
            fl.height = rest
    new_story = story
    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m,
                          topMargin=page.get("mtop", m), bottomMargin=page.get("mbottom", m),
                          title=page.get("doctitle", "Certificate"), author=page.get("docauthor", ""))
    frame = Frame(m, page.get("mbottom", m), cw, H - page.get("mtop", m) - page.get("mbottom", m),
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=decorate)])
    doc.build(new_story)


# ================================================================ PHP engines
def build_php(cert, out, lib):
    spec = {"lib": lib, "page": dict(cert["page"]), "blocks": cert["blocks"], "out": out,
            "sty": STY, "fonts": fonts_of(cert["page"])}
    W, H = page_dims(cert["page"])
    spec["page"]["W"] = W
    spec["page"]["H"] = H
    src = os.path.join(INTER, cert["id"] + "." + lib + ".json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False, indent=1)
    r = run(["php", os.path.join(HERE, "engine_php.php"), src])
    if r.returncode != 0 or not os.path.exists(out):
        raise RuntimeError("php failed: " + r.stdout + r.stderr)


BUILDERS = {
    "chromium": build_chromium,
    "fodt": build_fodt,
    "docx": build_docx,
    "fpdf": lambda c, o: build_php(c, o, "fpdf"),
    "tcpdf": lambda c, o: build_php(c, o, "tcpdf"),
    "rl-canvas": build_rl_canvas,
    "rl-platypus": build_platypus,
    "acroform": build_acroform,
    "ghostscript": build_ghostscript,
}
