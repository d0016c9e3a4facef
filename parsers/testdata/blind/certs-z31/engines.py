# -*- coding: utf-8 -*-
"""Rendering engines for the z31 blind certificate set.

Each engine takes a certificate dict (see certdata.py: page spec + blocks) and
writes a PDF.  Engines: html (Chromium), fodt (LibreOffice flat ODF), docx
(python-docx -> LibreOffice), rlcanvas (ReportLab canvas), platypus (ReportLab
Platypus), acroform (ReportLab AcroForm fields -> qpdf flatten), ps
(hand-written PostScript -> Ghostscript pdfwrite).  fpdf and tcpdf live in the
PHP scripts next to this file.
"""
import html as htmlmod
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape as xesc

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, ".profiles")
LETTER = (612.0, 792.0)


def page_size(pg):
    return (LETTER[1], LETTER[0]) if pg["orient"] == "L" else LETTER


def spaced(text):
    """'SARAH OKAFOR' -> 'S A R A H   O K A F O R'"""
    return "   ".join(" ".join(list(w)) for w in text.split(" "))


def hex2rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def split_pages(blocks):
    pages, cur = [], []
    for b in blocks:
        if b["t"] == "pagebreak":
            pages.append(cur)
            cur = []
        else:
            cur.append(b)
    pages.append(cur)
    return pages


# =========================================================================
#  Canvas layouter (shared by rlcanvas, acroform and ps)
# =========================================================================
FAMILIES = {
    "serif": {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"},
    "sans": {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"},
}
GREY = (0.33, 0.33, 0.33)
BLACK = (0.0, 0.0, 0.0)


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class CanvasLayout:
    """Computes draw operations for one certificate page group and sends them
    to a backend with: font(name,size), color(rgb), text(x,y,s,align,field=None),
    line(x1,y1,x2,y2,w), rect(x,y,w,h,lw), circle(cx,cy,r,lw), fillrect(x,y,w,h)."""

    def __init__(self, cert, fields=False):
        self.cert = cert
        self.pg = cert["page"]
        self.W, self.H = page_size(self.pg)
        self.fam = FAMILIES[self.pg["font"]]
        self.acc = hex2rgb(self.pg["accent"])
        self.center = self.pg["align"] == "center"
        self.fields = fields
        self.fieldno = 0
        land = self.pg["orient"] == "L"
        self.mx = 78 if land else 66
        self.mt = 62 if land else 64
        self.mb = 54 if land else 60
        self.cw = self.W - 2 * self.mx

    # ---- measuring / drawing pass ------------------------------------
    def run(self, be, blocks, s, y0, draw):
        y = y0
        ops = []
        for b in blocks:
            y = getattr(self, "b_" + b["t"])(be, b, s, y, draw)
        return y

    def _lines(self, be, lines, font, size, y, draw, color=BLACK, lead=1.22, field=None, x=None, align=None):
        al = align or ("c" if self.center else "l")
        for i, ln in enumerate(lines):
            y -= size
            if draw:
                be.font(font, size)
                be.color(color)
                if x is None:
                    xx = self.W / 2 if al == "c" else self.mx
                else:
                    xx = x
                be.text(xx, y, ln, al, field=(field + "_%d" % (i + 1) if field and len(lines) > 1 else field),
                        font=font, size=size)
            y -= size * (lead - 1)
        return y

    def _para(self, be, text, font, size, y, draw, color=BLACK, width=None, before=0, field=None, align=None):
        width = width or self.cw
        lines = wrap(text, font, size, width)
        return self._lines(be, lines, font, size, y - before, draw, color, field=field, align=align)

    def b_band(self, be, b, s, y, draw):
        big = 30 if len(b["text"]) <= 8 else (20 if len(b["text"]) <= 40 else 17)
        y = self._para(be, b["text"], self.fam["b"], big * s, y, draw, self.acc)
        if b.get("sub"):
            y = self._para(be, b["sub"], self.fam["r"], 10.5 * s, y - 2 * s, draw, GREY)
        return y - 4 * s

    def b_h1(self, be, b, s, y, draw):
        size = (27 if self.center else 21) * s
        return self._para(be, b["text"], self.fam["b"], size, y - 10 * s, draw, self.acc) - 4 * s

    def b_h2(self, be, b, s, y, draw):
        return self._para(be, b["text"], self.fam["b"], 15 * s, y - 8 * s, draw, self.acc) - 2 * s

    def b_issuer(self, be, b, s, y, draw):
        return self._para(be, b["text"], self.fam["i"], 12 * s, y - 2 * s, draw, self.acc)

    def b_p(self, be, b, s, y, draw):
        al = {"left": "l", "center": "c"}.get(b.get("align"))
        return self._para(be, b["text"], self.fam["r"], 11.5 * s, y - 5 * s, draw, align=al)

    def b_fmt(self, be, b, s, y, draw):
        return self._para(be, b["text"], self.fam["bi"], 13 * s, y - 5 * s, draw, self.acc)

    def b_name(self, be, b, s, y, draw):
        t = spaced(b["text"]) if b.get("spaced") else b["text"]
        size = (27 if not b.get("spaced") else 21) * s
        font = self.fam["bi"] if self.pg["font"] == "serif" and not b.get("spaced") else self.fam["b"]
        while stringWidth(t, font, size) > self.cw * 0.94 and size > 14:
            size -= 0.5  # shrink-to-fit, as certificate templates do
        y = self._para(be, t, font, size, y - 9 * s, draw, BLACK, field="name")
        if self.center and draw:
            be.color(self.acc)
            half = max(150, stringWidth(t, font, size) / 2 + 16)
            dy = -5 if self.fields else -1
            be.line(self.W / 2 - half, y + dy, self.W / 2 + half, y + dy, 0.6)
        return y - (7 if self.fields else 3) * s

    def b_title(self, be, b, s, y, draw):
        w = self.cw * (0.86 if self.center else 1.0)
        return self._para(be, b["text"], self.fam["b"], 16.5 * s, y - 7 * s, draw, self.acc if not self.center else BLACK,
                          width=w, field="course")

    def b_small(self, be, b, s, y, draw):
        has_seal = any(x["t"] == "seal" for x in self.cert["blocks"])
        return self._para(be, b["text"], self.fam["r"], 8.2 * s, y - 6 * s, draw, GREY,
                          width=self.cw * (0.72 if has_seal else 0.95))

    def b_space(self, be, b, s, y, draw):
        return y - b["h"] * s

    def b_rule(self, be, b, s, y, draw):
        y -= 6 * s
        if draw:
            be.color(self.acc)
            be.line(self.mx, y, self.W - self.mx, y, 1.2)
        return y - 4 * s

    def b_kv(self, be, b, s, y, draw):
        size = 11 * s
        tw = self.cw * (0.74 if self.center else 1.0)
        x0 = (self.W - tw) / 2 if self.center else self.mx
        lw = max(stringWidth(r[0], self.fam["b"], size) for r in b["rows"]) + 14
        y -= 8 * s
        for i, (lab, val) in enumerate(b["rows"]):
            lines = wrap(val, self.fam["r"], size, tw - lw)
            if draw:
                be.font(self.fam["b"], size)
                be.color(GREY)
                be.text(x0, y - size, lab, "l")
            y = self._lines(be, lines, self.fam["r"], size, y, draw, BLACK, lead=1.3,
                            field="kv%d" % i, x=x0 + lw, align="l")
        return y

    def b_cols(self, be, b, s, y, draw):
        n = len(b["cells"])
        tw = self.cw * (0.92 if self.center else 1.0)
        x0 = (self.W - tw) / 2 if self.center else self.mx
        cwid = tw / n
        ls, vs = 8.5 * s, 12 * s
        y -= 12 * s
        ybot = y
        for i, (lab, val) in enumerate(b["cells"]):
            xc = x0 + cwid * i + (cwid / 2 if self.center else 0)
            al = "c" if self.center else "l"
            if draw:
                be.font(self.fam["b"], ls)
                be.color(GREY)
                be.text(xc, y - ls, lab.upper(), al)
                be.color(self.acc)
                lx = x0 + cwid * i + 6
                be.line(lx, y - ls - 4, lx + cwid - 12, y - ls - 4, 0.5)
            lines = wrap(val, self.fam["r"], vs, cwid - 12)
            yy = self._lines(be, lines, self.fam["r"], vs, y - ls - 9 * s, draw, BLACK, x=xc, align=al,
                             field="col%d" % i)
            ybot = min(ybot, yy)
        return ybot

    def b_table(self, be, b, s, y, draw):
        size = 9.5 * s
        n = len(b["head"])
        tw = self.cw * (0.9 if self.center else 1.0)
        x0 = (self.W - tw) / 2 if self.center else self.mx
        # first column wide, others narrow
        if n == 4:
            widths = [tw * 0.22, tw * 0.26, tw * 0.26, tw * 0.26]
        else:
            first = tw * (0.58 if n == 3 else 0.72) if n > 1 else tw
            widths = [first] + [(tw - first) / (n - 1)] * (n - 1)
        if n == 3 and b["head"][0] == "Module":
            widths = [tw * 0.12, tw * 0.68, tw * 0.2]
        y -= 10 * s
        rows = [b["head"]] + b["rows"]
        for ri, row in enumerate(rows):
            font = self.fam["b"] if ri == 0 else self.fam["r"]
            cell_lines = [wrap(c, font, size, widths[i] - 8) for i, c in enumerate(row)]
            h = max(len(cl) for cl in cell_lines) * size * 1.25 + 6 * s
            if draw:
                if ri == 0:
                    be.fillrect(x0, y - h, tw, h, (0.92, 0.93, 0.95))
                be.color(GREY)
                be.line(x0, y, x0 + tw, y, 0.5)
                x = x0
                for i, cl in enumerate(cell_lines):
                    be.font(font, size)
                    be.color(BLACK)
                    yy = y - 3 * s
                    for ln in cl:
                        yy -= size
                        be.text(x + 4, yy, ln, "l")
                        yy -= size * 0.25
                    x += widths[i]
            y -= h
        if draw:
            be.color(GREY)
            be.line(x0, y, x0 + tw, y, 0.5)
        return y

    def b_sigs(self, be, b, s, y, draw):
        n = len(b["sigs"])
        y -= 34 * s
        tw = self.cw * (0.9 if n > 1 else 0.45)
        if self.center or n > 1:
            x0 = (self.W - tw) / 2
        else:
            x0 = self.mx
        cw = tw / n
        ybot = y
        for i, (nm, tt) in enumerate(b["sigs"]):
            xc = x0 + cw * i + cw / 2
            if draw:
                be.color(BLACK)
                be.line(xc - cw * 0.4, y, xc + cw * 0.4, y, 0.7)
            yy = self._lines(be, [nm], self.fam["b"], 9.5 * s, y - 4 * s, draw, BLACK, x=xc, align="c")
            yy = self._lines(be, wrap(tt, self.fam["i"], 9 * s, cw * 0.9), self.fam["i"], 9 * s, yy, draw, GREY,
                             x=xc, align="c")
            ybot = min(ybot, yy)
        return ybot

    def b_seal(self, be, b, s, y, draw):
        if draw:
            r = 40
            cx, cy = self.W - self.mx - 10, self.mb + 38
            be.color(self.acc)
            be.circle(cx, cy, r, 2.0)
            be.circle(cx, cy, r - 5, 0.6)
            n = len(b["lines"])
            for i, ln in enumerate(b["lines"]):
                sz = 8.5 if i != 1 else 7
                be.font(self.fam["b"], sz)
                be.text(cx, cy + (n - 1) * 5.5 - i * 11 - 3, ln, "c")
        return y

    # ---- borders -------------------------------------------------------
    def border(self, be):
        kind = self.pg["border"]
        W, H = self.W, self.H
        be.color(self.acc)
        if kind == "single":
            be.rect(24, 24, W - 48, H - 48, 2.2)
        elif kind == "double":
            be.rect(20, 20, W - 40, H - 40, 3.0)
            be.rect(28, 28, W - 56, H - 56, 0.8)
        elif kind == "ornate":
            be.rect(18, 18, W - 36, H - 36, 4.0)
            be.rect(27, 27, W - 54, H - 54, 1.0)
            be.rect(31, 31, W - 62, H - 62, 0.4)
            for (cx, cy) in ((27, 27), (W - 27, 27), (27, H - 27), (W - 27, H - 27)):
                be.fillrect(cx - 7, cy - 7, 14, 14, self.acc)
                be.circle(cx, cy, 11, 0.8)

    def render(self, be):
        pages = split_pages(self.cert["blocks"])
        for pi, blocks in enumerate(pages):
            avail = self.H - self.mt - self.mb
            s = 1.0
            while True:
                used = self.H - self.mt - self.run(be, blocks, s, self.H - self.mt, False)
                if used <= avail or s < 0.55:
                    break
                s -= 0.03
            if self.center and pi == 0:
                y0 = self.H - self.mt - (avail - used) / 2
            else:
                y0 = self.H - self.mt
            be.begin_page(self.W, self.H)
            self.border(be)
            self.run(be, blocks, s, y0, True)
            be.end_page()
        be.finish()


# ---- ReportLab canvas backend -------------------------------------------
class RLBackend:
    def __init__(self, path, title, fields=False):
        from reportlab.pdfgen import canvas
        self.c = canvas.Canvas(path, pagesize=LETTER)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.fields = fields
        self.cur = ("Helvetica", 10)
        self.rgb = BLACK
        self.used = set()
        self.page = 0

    def begin_page(self, W, H):
        self.page += 1
        self.c.setPageSize((W, H))

    def end_page(self):
        self.c.showPage()

    def finish(self):
        self.c.save()

    def font(self, name, size):
        self.cur = (name, size)
        self.c.setFont(name, size)

    def color(self, rgb):
        self.rgb = rgb
        self.c.setFillColorRGB(*rgb)
        self.c.setStrokeColorRGB(*rgb)

    def text(self, x, y, s, align, field=None, font=None, size=None):
        if self.fields and field:
            self.field(x, y, s, align, field)
            return
        if align == "c":
            self.c.drawCentredString(x, y, s)
        elif align == "r":
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def field(self, x, y, s, align, name):
        fn, fs = self.cur
        w = stringWidth(s, fn, fs) + 6
        if align == "c":
            x0 = x - w / 2
        else:
            x0 = x - 2
        nm = "p%d_%s" % (self.page, name)
        while nm in self.used:
            nm += "x"
        self.used.add(nm)
        from reportlab.lib.colors import Color
        self.c.acroForm.textfield(
            name=nm, tooltip=name, value=s, x=x0, y=y - fs * 0.3, width=w, height=fs * 1.35,
            fontName=fn, fontSize=fs, borderWidth=0, fillColor=Color(1, 1, 1, alpha=0),
            borderColor=None, textColor=Color(*self.rgb), forceBorder=False, maxlen=200)

    def line(self, x1, y1, x2, y2, w):
        self.c.setLineWidth(w)
        self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, lw):
        self.c.setLineWidth(lw)
        self.c.rect(x, y, w, h, stroke=1, fill=0)

    def fillrect(self, x, y, w, h, rgb):
        self.c.saveState()
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x, y, w, h, stroke=0, fill=1)
        self.c.restoreState()

    def circle(self, cx, cy, r, lw):
        self.c.setLineWidth(lw)
        self.c.circle(cx, cy, r, stroke=1, fill=0)


def render_rlcanvas(cert, out):
    CanvasLayout(cert).render(RLBackend(out, "Certificate"))


def render_acroform(cert, out):
    tmp = out + ".form.pdf"
    lay = CanvasLayout(cert, fields=True)
    lay.render(RLBackend(tmp, "Certificate form", fields=True))
    r = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", tmp, out],
                       capture_output=True, text=True)
    if r.returncode not in (0, 3):  # 3 = succeeded with warnings
        raise RuntimeError("qpdf failed: " + r.stderr)
    os.remove(tmp)


# ---- PostScript backend ---------------------------------------------------
def _ps_winansi():
    from reportlab.pdfbase._fontdata import encodings
    names = encodings["WinAnsiEncoding"]
    return "/WinAnsi [" + " ".join("/" + (n or ".notdef") for n in names) + "] def\n"


def ps_str(s):
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


class PSBackend:
    def __init__(self, path):
        self.path = path
        self.parts = ["%!PS-Adobe-3.0\n%%Title: Certificate\n%%Creator: hand-written PostScript\n%%EndComments\n",
                      _ps_winansi(),
                      "/reencode { findfont dup length dict begin { 1 index /FID ne {def} {pop pop} ifelse } forall "
                      "/Encoding exch def currentdict end definefont pop } def\n"]
        for fam in FAMILIES.values():
            for f in fam.values():
                self.parts.append("/W-%s WinAnsi /%s reencode\n" % (f, f))
        self.parts.append("/ctext { dup stringwidth pop 2 div neg 0 rmoveto show } def\n"
                          "/rtext { dup stringwidth pop neg 0 rmoveto show } def\n")
        self.n = 0

    def begin_page(self, W, H):
        self.n += 1
        self.parts.append("%%%%Page: %d %d\n<< /PageSize [%d %d] >> setpagedevice\n" % (self.n, self.n, W, H))

    def end_page(self):
        self.parts.append("showpage\n")

    def finish(self):
        self.parts.append("%%EOF\n")
        ps = self.path[:-4] + ".ps"
        with open(ps, "w", encoding="latin-1") as f:
            f.write("".join(self.parts))
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dCompatibilityLevel=1.5", "-sOutputFile=" + self.path, ps], check=True)

    def font(self, name, size):
        self.parts.append("/W-%s findfont %.2f scalefont setfont\n" % (name, size))

    def color(self, rgb):
        self.parts.append("%.3f %.3f %.3f setrgbcolor\n" % rgb)

    def text(self, x, y, s, align, field=None, font=None, size=None):
        op = {"c": "ctext", "r": "rtext"}.get(align, "show")
        self.parts.append("%.2f %.2f moveto %s %s\n" % (x, y, ps_str(s), op))

    def line(self, x1, y1, x2, y2, w):
        self.parts.append("%.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke\n" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw):
        self.parts.append("%.2f setlinewidth newpath %.2f %.2f %.2f %.2f rectstroke\n" % (lw, x, y, w, h))

    def fillrect(self, x, y, w, h, rgb):
        self.parts.append("gsave %.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill grestore\n"
                          % (rgb + (x, y, w, h)))

    def circle(self, cx, cy, r, lw):
        self.parts.append("%.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke\n" % (lw, cx, cy, r))


def render_ps(cert, out):
    CanvasLayout(cert).render(PSBackend(out))


# =========================================================================
#  HTML -> Chromium
# =========================================================================
def render_html(cert, out):
    pg = cert["page"]
    land = pg["orient"] == "L"
    acc = pg["accent"]
    serif = pg["font"] == "serif"
    base = "'P052', 'Liberation Serif', serif" if serif else "'URW Gothic', 'Liberation Sans', sans-serif"
    namefont = "'Z003', 'P052', serif" if pg["border"] == "ornate" else base
    center = pg["align"] == "center"
    pw, ph = ("11in", "8.5in") if land else ("8.5in", "11in")
    border = {
        "none": "",
        "single": "border: 3px solid %s;" % acc,
        "double": "border: 7px double %s;" % acc,
        "ornate": "border: 9px double %s; outline: 2px solid %s; outline-offset: -16px;" % (acc, acc),
    }[pg["border"]]
    css = """
@page { size: %(pw)s %(ph)s; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: %(base)s; color: #111; }
.page { width: %(pw)s; height: %(ph)s; box-sizing: border-box; position: relative; overflow: hidden;
        padding: %(pad)s; display: flex; flex-direction: column; justify-content: %(just)s;
        text-align: %(ta)s; page-break-after: always; }
.frame { position: absolute; inset: 0.3in; %(border)s pointer-events: none; }
.band { font-size: %(bandsz)s; font-weight: bold; color: %(acc)s; letter-spacing: 0.04em; }
.band.long { font-size: 20pt; letter-spacing: 0; }
.sub { font-size: 10.5pt; color: #555; margin-top: 2pt; }
h1 { font-size: %(h1)s; color: %(acc)s; margin: 14pt 0 6pt 0; font-weight: bold;
     %(h1x)s }
h2 { font-size: 15pt; color: %(acc)s; margin: 10pt 0 4pt 0; }
.issuer { font-style: italic; color: %(acc)s; font-size: 12.5pt; }
p { font-size: 11.5pt; margin: 5pt 0; }
.fmt { font-size: 13pt; font-weight: bold; font-style: italic; color: %(acc)s; margin: 5pt 0; letter-spacing: 0.03em; }
.name { font-family: %(namefont)s; font-size: %(namesz)s; font-weight: bold; margin: 8pt 0 4pt 0; }
.name.spaced { letter-spacing: 0.35em; font-family: %(base)s; font-size: 21pt; }
.title { font-size: 16.5pt; font-weight: bold; margin: 8pt %(tmar)s 2pt %(tmar)s; line-height: 1.25; }
.small { font-size: 8.2pt; color: #555; margin: 6pt %(smar)s 0 %(smar)s; }
table.kv { margin: 8pt %(tabm)s; border-collapse: collapse; font-size: 11pt; text-align: left; }
table.kv td { padding: 2pt 10pt 2pt 0; vertical-align: top; }
table.kv td.l { font-weight: bold; color: #555; white-space: nowrap; }
table.cols { width: %(colw)s; margin: 12pt %(tabm)s 4pt %(tabm)s; border-collapse: collapse; table-layout: fixed; }
table.cols th { font-size: 8.5pt; color: #555; text-transform: uppercase; letter-spacing: 0.05em;
                border-bottom: 1px solid %(acc)s; padding: 2pt 6pt; text-align: %(ta)s; }
table.cols td { font-size: 12pt; padding: 4pt 6pt; text-align: %(ta)s; }
table.grid { margin: 10pt %(tabm)s; border-collapse: collapse; font-size: 9.5pt; text-align: left; }
table.grid th { background: #eceef2; }
table.grid th, table.grid td { border-top: 1px solid #888; border-bottom: 1px solid #888; padding: 3pt 8pt; }
.sigs { display: flex; justify-content: %(sigj)s; gap: 50pt; margin-top: 30pt; }
.sig { width: 2.6in; text-align: center; }
.sig .ln { border-top: 1px solid #000; margin-bottom: 3pt; }
.sig .n { font-size: 9.5pt; font-weight: bold; }
.sig .t { font-size: 9pt; font-style: italic; color: #555; }
hr.rule { border: 0; border-top: 2px solid %(acc)s; margin: 6pt 0; width: 100%%; }
.seal { position: absolute; right: 0.85in; bottom: 0.75in; width: 80pt; height: 80pt; border-radius: 50%%;
        border: 3px solid %(acc)s; box-shadow: inset 0 0 0 4px #fff, inset 0 0 0 5px %(acc)s; color: %(acc)s;
        font-size: 8pt; font-weight: bold; display: flex; flex-direction: column; justify-content: center;
        align-items: center; line-height: 1.3; }
""" % dict(pw=pw, ph=ph, base=base, pad="0.75in 1.0in" if land else "0.85in 0.85in",
           just="center" if center else "flex-start", ta="center" if center else "left", border=border,
           acc=acc, bandsz="30pt", h1="28pt" if center else "21pt",
           h1x="font-variant: small-caps; letter-spacing: 0.04em;" if center else "",
           namefont=namefont, namesz="30pt" if pg["border"] == "ornate" else "26pt",
           tmar="6%" if center else "0",
           smar=("16%" if any(b["t"] == "seal" for b in cert["blocks"]) else "4%") if center else "0", tabm="auto" if center else "0",
           colw="92%" if center else "100%", sigj="center" if center else "flex-start")
    e = htmlmod.escape
    pages_html = []
    for blocks in split_pages(cert["blocks"]):
        parts = ['<div class="page"><div class="frame"></div>']
        for b in blocks:
            t = b["t"]
            if t == "band":
                cls = "band long" if len(b["text"]) > 8 else "band"
                parts.append('<div class="%s">%s</div>' % (cls, e(b["text"])))
                if b.get("sub"):
                    parts.append('<div class="sub">%s</div>' % e(b["sub"]))
            elif t == "h1":
                parts.append("<h1>%s</h1>" % e(b["text"]))
            elif t == "h2":
                parts.append("<h2>%s</h2>" % e(b["text"]))
            elif t == "issuer":
                parts.append('<div class="issuer">%s</div>' % e(b["text"]))
            elif t == "p":
                st = ' style="text-align:%s"' % b["align"] if b.get("align") else ""
                parts.append("<p%s>%s</p>" % (st, e(b["text"])))
            elif t == "fmt":
                parts.append('<div class="fmt">%s</div>' % e(b["text"]))
            elif t == "name":
                cls = "name spaced" if b.get("spaced") else "name"
                parts.append('<div class="%s">%s</div>' % (cls, e(b["text"])))
            elif t == "title":
                parts.append('<div class="title">%s</div>' % e(b["text"]))
            elif t == "small":
                parts.append('<div class="small">%s</div>' % e(b["text"]))
            elif t == "space":
                parts.append('<div style="height:%dpt"></div>' % b["h"])
            elif t == "rule":
                parts.append('<hr class="rule">')
            elif t == "kv":
                rows = "".join('<tr><td class="l">%s</td><td>%s</td></tr>' % (e(l), e(v)) for l, v in b["rows"])
                parts.append('<table class="kv">%s</table>' % rows)
            elif t == "cols":
                th = "".join("<th>%s</th>" % e(l) for l, v in b["cells"])
                td = "".join("<td>%s</td>" % e(v) for l, v in b["cells"])
                parts.append('<table class="cols"><tr>%s</tr><tr>%s</tr></table>' % (th, td))
            elif t == "table":
                th = "".join("<th>%s</th>" % e(h) for h in b["head"])
                trs = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in b["rows"])
                parts.append('<table class="grid"><tr>%s</tr>%s</table>' % (th, trs))
            elif t == "sigs":
                sg = "".join('<div class="sig"><div class="ln"></div><div class="n">%s</div><div class="t">%s</div></div>'
                             % (e(n), e(tt)) for n, tt in b["sigs"])
                parts.append('<div class="sigs">%s</div>' % sg)
            elif t == "seal":
                parts.append('<div class="seal">%s</div>' % "".join("<div>%s</div>" % e(l) for l in b["lines"]))
        parts.append("</div>")
        pages_html.append("".join(parts))
    doc = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Certificate</title><style>%s</style>'
           '</head><body>%s</body></html>' % (css, "".join(pages_html)))
    src = out[:-4] + ".html"
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    prof = os.path.join(PROFILES, "chromium")
    os.makedirs(prof, exist_ok=True)
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof,
                    "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return src


# =========================================================================
#  LibreOffice conversion helper
# =========================================================================
def soffice_pdf(src, out):
    prof = os.path.join(PROFILES, "libreoffice")
    os.makedirs(prof, exist_ok=True)
    tmpd = tempfile.mkdtemp(dir=PROFILES)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = os.path.join(tmpd, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out)
    shutil.rmtree(tmpd, ignore_errors=True)


# =========================================================================
#  Flat ODF (.fodt) -> LibreOffice
# =========================================================================
def render_fodt(cert, out):
    pg = cert["page"]
    land = pg["orient"] == "L"
    acc = pg["accent"]
    serif = pg["font"] == "serif"
    fnt = "P052" if serif else "Liberation Sans"
    center = pg["align"] == "center"
    al = "center" if center else "start"
    pw, ph = ("11in", "8.5in") if land else ("8.5in", "11in")
    bd = {"none": "none", "single": "2.5pt solid " + acc, "double": "4.5pt double " + acc,
          "ornate": "6pt double " + acc}[pg["border"]]
    pad = "0.35in" if pg["border"] != "none" else "0in"
    margin = "0.4in" if pg["border"] != "none" else "0.8in"
    top_gap = "0.45in" if (center and land) else "0.25in"

    def pstyle(nm, size, bold=False, italic=False, color="#111111", align=None, before="0.04in", after="0.04in",
               extra=""):
        return ('<style:style style:name="%s" style:family="paragraph">'
                '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s" %s/>'
                '<style:text-properties style:font-name="F1" fo:font-size="%spt" fo:font-weight="%s" '
                'fo:font-style="%s" fo:color="%s" fo:hyphenate="false"/></style:style>'
                % (nm, align or al, before, after, extra, size, "bold" if bold else "normal",
                   "italic" if italic else "normal", color))

    styles = [
        pstyle("Band", 30 if True else 20, True, color=acc, before=top_gap, after="0in"),
        pstyle("BandL", 20, True, color=acc, before=top_gap, after="0in"),
        pstyle("Sub", 10.5, color="#555555", before="0.02in", after="0.06in"),
        pstyle("H1", 28 if center else 21, True, color=acc, before="0.16in", after="0.06in"),
        pstyle("H2", 15, True, color=acc, before="0.1in", after="0.04in"),
        pstyle("Issuer", 12.5, italic=True, color=acc),
        pstyle("P", 11.5),
        pstyle("PL", 11.5, align="start"),
        pstyle("Fmt", 13, True, True, color=acc),
        pstyle("Name", 26, True, italic=serif, before="0.1in", after="0.05in"),
        pstyle("Title", 16.5, True, before="0.1in", after="0.03in",
               extra='fo:margin-left="%s" fo:margin-right="%s"' % (("0.6in", "0.6in") if center else ("0in", "0in"))),
        pstyle("Small", 8.2, color="#555555", before="0.08in"),
        pstyle("Cell", 10.5, align="start", before="0.02in", after="0.02in"),
        pstyle("CellB", 10.5, True, color="#555555", align="start", before="0.02in", after="0.02in"),
        pstyle("ColL", 8.5, True, color="#555555", before="0.02in", after="0.02in"),
        pstyle("ColV", 12, before="0.03in", after="0.02in"),
        pstyle("SigN", 9.5, True, align="center", before="0.02in", after="0in"),
        pstyle("SigT", 9, italic=True, color="#555555", align="center", before="0in", after="0in"),
        pstyle("Rule", 4, before="0in", after="0.06in",
               extra='fo:border-bottom="1.5pt solid %s" fo:padding="0in"' % acc),
        pstyle("Space", 6),
        pstyle("Break", 15, True, color=acc, before="0.1in", after="0.04in", extra='fo:break-before="page"'),
        '<style:style style:name="TblC" style:family="table"><style:table-properties style:width="%s" '
        'table:align="%s" fo:margin-top="0.08in" fo:margin-bottom="0.06in"/></style:style>'
        % ("6.2in" if land else "5.6in", "center" if center else "left"),
        '<style:style style:name="CellPad" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.03in" fo:border="none"/></style:style>',
        '<style:style style:name="CellLine" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.04in" fo:border-top="0.5pt solid #888888" fo:border-bottom="0.5pt solid #888888" '
        'fo:border-left="none" fo:border-right="none"/></style:style>',
        '<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.04in" fo:background-color="#eceef2" fo:border-top="0.5pt solid #888888" '
        'fo:border-bottom="0.5pt solid #888888" fo:border-left="none" fo:border-right="none"/></style:style>',
        '<style:style style:name="CellSig" style:family="table-cell"><style:table-cell-properties '
        'fo:padding-top="0.03in" fo:padding-left="0.15in" fo:padding-right="0.15in" fo:border="none"/></style:style>',
        '<style:style style:name="SigLine" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4in" '
        'fo:border-bottom="0.7pt solid #000000" fo:padding="0in" fo:margin-left="0.15in" fo:margin-right="0.15in"/>'
        '<style:text-properties fo:font-size="2pt"/></style:style>',
        '<style:style style:name="ColHead" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.03in" fo:border-bottom="0.7pt solid %s" fo:border-top="none" fo:border-left="none" '
        'fo:border-right="none"/></style:style>' % acc,
    ]
    body = []
    T = xesc
    tblno = [0]

    def table_xml(rows, ncols, cellstyles, pstyles, widths=None):
        tblno[0] += 1
        nm = "Tb%d" % tblno[0]
        colxml = ""
        if widths:
            for i, w in enumerate(widths):
                styles.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                              'style:column-width="%.2fin"/></style:style>' % (nm, i, w))
                colxml += '<table:table-column table:style-name="%s.C%d"/>' % (nm, i)
            tw = sum(widths)
            styles.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" '
                          'table:align="%s" fo:margin-top="0.08in" fo:margin-bottom="0.06in"/></style:style>'
                          % (nm, tw, "center" if center else "left"))
        else:
            colxml = '<table:table-column table:number-columns-repeated="%d"/>' % ncols
            nm = "TblC"
        x = ['<table:table table:name="%s" table:style-name="%s">%s' % ("T%d" % tblno[0], nm, colxml)]
        for ri, r in enumerate(rows):
            x.append("<table:table-row>")
            for ci, c in enumerate(r):
                cs = cellstyles(ri, ci)
                ps = pstyles(ri, ci)
                x.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                         % (cs, "".join('<text:p text:style-name="%s">%s</text:p>' % (ps, T(line))
                                        for line in (c if isinstance(c, list) else [c]))))
            x.append("</table:table-row>")
        x.append("</table:table>")
        return "".join(x)

    for pi, blocks in enumerate(split_pages(cert["blocks"])):
        first = True
        for b in blocks:
            t = b["t"]
            if pi > 0 and first:
                # page break on first paragraph of later pages
                if t == "h2":
                    body.append('<text:p text:style-name="Break">%s</text:p>' % T(b["text"]))
                    first = False
                    continue
            first = False
            if t == "band":
                body.append('<text:p text:style-name="%s">%s</text:p>' % ("Band" if len(b["text"]) <= 8 else "BandL",
                                                                           T(b["text"])))
                if b.get("sub"):
                    body.append('<text:p text:style-name="Sub">%s</text:p>' % T(b["sub"]))
            elif t == "h1":
                body.append('<text:p text:style-name="H1">%s</text:p>' % T(b["text"]))
            elif t == "h2":
                body.append('<text:p text:style-name="H2">%s</text:p>' % T(b["text"]))
            elif t == "issuer":
                body.append('<text:p text:style-name="Issuer">%s</text:p>' % T(b["text"]))
            elif t == "p":
                body.append('<text:p text:style-name="%s">%s</text:p>' % ("PL" if b.get("align") == "left" else "P",
                                                                          T(b["text"])))
            elif t == "fmt":
                body.append('<text:p text:style-name="Fmt">%s</text:p>' % T(b["text"]))
            elif t == "name":
                body.append('<text:p text:style-name="Name">%s</text:p>' % T(b["text"]))
            elif t == "title":
                body.append('<text:p text:style-name="Title">%s</text:p>' % T(b["text"]))
            elif t == "small":
                body.append('<text:p text:style-name="Small">%s</text:p>' % T(b["text"]))
            elif t == "space":
                body.append('<text:p text:style-name="Space"/>')
            elif t == "rule":
                body.append('<text:p text:style-name="Rule"/>')
            elif t == "kv":
                lw = 1.9
                vw = (5.2 if land else 4.6) if center else 4.9
                body.append(table_xml(b["rows"], 2, lambda r, c: "CellPad",
                                      lambda r, c: "CellB" if c == 0 else "Cell", widths=[lw, vw]))
            elif t == "cols":
                n = len(b["cells"])
                tw = 8.0 if land else 6.6
                rows = [[l for l, v in b["cells"]], [v for l, v in b["cells"]]]
                body.append(table_xml(rows, n, lambda r, c: "ColHead" if r == 0 else "CellPad",
                                      lambda r, c: "ColL" if r == 0 else "ColV", widths=[tw / n] * n))
            elif t == "table":
                n = len(b["head"])
                tw = 7.0 if land else 6.2
                widths = [tw * 0.12, tw * 0.66, tw * 0.22] if b["head"][0] == "Module" else \
                    [tw * 0.55] + [tw * 0.45 / (n - 1)] * (n - 1)
                body.append(table_xml([b["head"]] + b["rows"], n,
                                      lambda r, c: "CellHead" if r == 0 else "CellLine",
                                      lambda r, c: "CellB" if r == 0 else "Cell", widths=widths))
            elif t == "sigs":
                n = len(b["sigs"])
                rows = [[[""] for _ in b["sigs"]], [[nm, tt] for nm, tt in b["sigs"]]]
                sw = 3.4 if n == 1 else 3.0
                xml = table_xml(rows, n, lambda r, c: "CellSig",
                                lambda r, c: "SigLine" if r == 0 else "SigN", widths=[sw] * n)
                # second line of each signature cell is the title
                xml = xml.replace('</text:p><text:p text:style-name="SigN">', '</text:p><text:p text:style-name="SigT">')
                body.append(xml)
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'%(fnt)s'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="F1" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL1"><style:page-layout-properties fo:page-width="%(pw)s" fo:page-height="%(ph)s"
 style:print-orientation="%(orient)s" fo:margin-top="%(m)s" fo:margin-bottom="%(m)s" fo:margin-left="%(m)s" fo:margin-right="%(m)s"
 fo:border="%(bd)s" fo:padding="%(pad)s"/></style:page-layout>
%(styles)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL1"/></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
""" % dict(fnt=fnt, pw=pw, ph=ph, orient="landscape" if land else "portrait", m=margin, bd=bd, pad=pad,
           styles="\n".join(styles), body="\n".join(body))
    src = out[:-4] + ".fodt"
    with open(src, "w", encoding="utf-8") as f:
        f.write(content)
    soffice_pdf(src, out)
    return src


# =========================================================================
#  DOCX (python-docx) -> LibreOffice
# =========================================================================
def render_docx(cert, out):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    pg = cert["page"]
    land = pg["orient"] == "L"
    center = pg["align"] == "center"
    acc = RGBColor.from_string(pg["accent"].lstrip("#").upper())
    grey = RGBColor(0x55, 0x55, 0x55)
    fnt = "C059" if pg["font"] == "serif" else "Liberation Sans"
    doc = Document()
    sec = doc.sections[0]
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    m = Inches(0.75 if pg["border"] != "none" else 0.9)
    sec.left_margin = sec.right_margin = m
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    if pg["border"] != "none":
        pgb = OxmlElement("w:pgBorders")
        pgb.set(qn("w:offsetFrom"), "page")
        val = {"single": ("single", 18), "double": ("double", 18), "ornate": ("thinThickSmallGap", 36)}[pg["border"]]
        for side in ("top", "left", "bottom", "right"):
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), val[0])
            el.set(qn("w:sz"), str(val[1]))
            el.set(qn("w:space"), "24")
            el.set(qn("w:color"), pg["accent"].lstrip("#"))
            pgb.append(el)
        sec._sectPr.append(pgb)
    st = doc.styles["Normal"]
    st.font.name = fnt
    st.element.rPr.rFonts.set(qn("w:eastAsia"), fnt)
    st.font.size = Pt(11.5)
    AL = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT

    def para(text, size=11.5, bold=False, italic=False, color=None, align=None, before=3, after=3, container=None):
        par = (container or doc).add_paragraph()
        par.alignment = AL if align is None else align
        pf = par.paragraph_format
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if text:
            r = par.add_run(text)
            r.font.size = Pt(size)
            r.bold, r.italic = bold, italic
            if color is not None:
                r.font.color.rgb = color
        return par

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def cell_border(cell, side, color="888888", sz=6):
        tcPr = cell._tc.get_or_add_tcPr()
        borders = tcPr.find(qn("w:tcBorders"))
        if borders is None:
            borders = OxmlElement("w:tcBorders")
            tcPr.append(borders)
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), color)
        borders.append(el)

    def cell_text(cell, text, size=10.5, bold=False, italic=False, color=None, align=WD_ALIGN_PARAGRAPH.LEFT):
        par = cell.paragraphs[0]
        par.alignment = align
        par.paragraph_format.space_before = Pt(1)
        par.paragraph_format.space_after = Pt(1)
        r = par.add_run(text)
        r.font.size = Pt(size)
        r.bold, r.italic = bold, italic
        if color is not None:
            r.font.color.rgb = color
        return par

    def set_widths(tbl, widths):
        tbl.autofit = False
        tblPr = tbl._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        tw = tblPr.find(qn("w:tblW"))
        if tw is None:
            tw = OxmlElement("w:tblW")
            tblPr.append(tw)
        tw.set(qn("w:w"), str(int(sum(widths) * 1440)))
        tw.set(qn("w:type"), "dxa")
        for i, w in enumerate(widths):
            tbl.columns[i].width = Inches(w)
            for cell in tbl.columns[i].cells:
                cell.width = Inches(w)

    usable = (11 if land else 8.5) - 2 * (0.75 if pg["border"] != "none" else 0.9)
    pages = split_pages(cert["blocks"])
    for pi, blocks in enumerate(pages):
        if pi > 0:
            doc.add_page_break()
        elif center and land:
            para("", before=0, after=10)
        for b in blocks:
            t = b["t"]
            if t == "band":
                para(b["text"], 30 if len(b["text"]) <= 8 else 20, True, color=acc, before=0, after=0)
                if b.get("sub"):
                    para(b["sub"], 10.5, color=grey, before=1, after=4)
            elif t == "h1":
                para(b["text"], 27 if center else 21, True, color=acc, before=12, after=4)
            elif t == "h2":
                para(b["text"], 15, True, color=acc, before=8, after=3)
            elif t == "issuer":
                para(b["text"], 12.5, italic=True, color=acc)
            elif t == "p":
                para(b["text"], align=WD_ALIGN_PARAGRAPH.LEFT if b.get("align") == "left" else None)
            elif t == "fmt":
                para(b["text"], 13, True, True, color=acc)
            elif t == "name":
                para(b["text"], 26, True, italic=pg["font"] == "serif", before=8, after=3)
            elif t == "title":
                par = para(b["text"], 16.5, True, before=6, after=2)
                if center:
                    par.paragraph_format.left_indent = Inches(0.5)
                    par.paragraph_format.right_indent = Inches(0.5)
            elif t == "small":
                para(b["text"], 8.2, color=grey, before=6, after=0)
            elif t == "space":
                para("", before=0, after=b["h"])
            elif t == "rule":
                par = para("", before=0, after=6)
                pPr = par._p.get_or_add_pPr()
                pb = OxmlElement("w:pBdr")
                bt = OxmlElement("w:bottom")
                bt.set(qn("w:val"), "single")
                bt.set(qn("w:sz"), "12")
                bt.set(qn("w:color"), pg["accent"].lstrip("#"))
                pb.append(bt)
                pPr.append(pb)
            elif t == "kv":
                tbl = doc.add_table(rows=0, cols=2)
                no_borders(tbl)
                tbl.alignment = WD_TABLE_ALIGNMENT.CENTER if center else WD_TABLE_ALIGNMENT.LEFT
                for l, v in b["rows"]:
                    row = tbl.add_row()
                    cell_text(row.cells[0], l, bold=True, color=grey)
                    cell_text(row.cells[1], v)
                set_widths(tbl, [2.3, min(4.0 if center else 4.6, usable - 2.4)])
                para("", before=0, after=2)
            elif t == "cols":
                n = len(b["cells"])
                tbl = doc.add_table(rows=2, cols=n)
                no_borders(tbl)
                tbl.alignment = WD_TABLE_ALIGNMENT.CENTER if center else WD_TABLE_ALIGNMENT.LEFT
                al = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
                for i, (l, v) in enumerate(b["cells"]):
                    cell_text(tbl.rows[0].cells[i], l.upper(), 8.5, True, color=grey, align=al)
                    cell_border(tbl.rows[0].cells[i], "bottom", pg["accent"].lstrip("#"), 6)
                    cell_text(tbl.rows[1].cells[i], v, 12, align=al)
                set_widths(tbl, [usable * (0.9 if center else 0.98) / n] * n)
                para("", before=0, after=2)
            elif t == "table":
                n = len(b["head"])
                tbl = doc.add_table(rows=1, cols=n)
                no_borders(tbl)
                tbl.alignment = WD_TABLE_ALIGNMENT.CENTER if center else WD_TABLE_ALIGNMENT.LEFT
                widths = [usable * 0.5] + [usable * 0.4 / (n - 1)] * (n - 1)
                for i, h in enumerate(b["head"]):
                    c = tbl.rows[0].cells[i]
                    cell_text(c, h, 9.5, True)
                    cell_border(c, "top")
                    cell_border(c, "bottom")
                for r in b["rows"]:
                    row = tbl.add_row()
                    for i, v in enumerate(r):
                        cell_text(row.cells[i], v, 9.5)
                        cell_border(row.cells[i], "bottom")
                set_widths(tbl, widths)
                para("", before=0, after=2)
            elif t == "sigs":
                n = len(b["sigs"])
                para("", before=14, after=0)
                tbl = doc.add_table(rows=1, cols=n)
                no_borders(tbl)
                tbl.alignment = WD_TABLE_ALIGNMENT.CENTER if (center or n > 1) else WD_TABLE_ALIGNMENT.LEFT
                for i, (nm, tt) in enumerate(b["sigs"]):
                    c = tbl.rows[0].cells[i]
                    cell_border(c, "top", "000000", 6)
                    cell_text(c, nm, 9.5, True, align=WD_ALIGN_PARAGRAPH.CENTER)
                    par = c.add_paragraph()
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    par.paragraph_format.space_before = Pt(0)
                    r = par.add_run(tt)
                    r.font.size, r.italic = Pt(9), True
                    r.font.color.rgb = grey
                set_widths(tbl, [3.4] * n)
    src = out[:-4] + ".docx"
    doc.core_properties.title = "Certificate"
    doc.core_properties.author = ""
    doc.save(src)
    soffice_pdf(src, out)
    return src


# =========================================================================
#  ReportLab Platypus
# =========================================================================
def render_platypus(cert, out):
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    pg = cert["page"]
    W, H = page_size(pg)
    center = pg["align"] == "center"
    fam = FAMILIES[pg["font"]]
    acc = HexColor(pg["accent"])
    grey = HexColor("#555555")
    AL = TA_CENTER if center else TA_LEFT

    def S(nm, size, font="r", color=None, align=None, before=3, after=3, lead=1.22, **kw):
        return ParagraphStyle(nm, fontName=fam[font], fontSize=size, leading=size * lead, textColor=color or HexColor("#111111"),
                              alignment=AL if align is None else align, spaceBefore=before, spaceAfter=after, **kw)

    st = {
        "band": S("band", 28, "b", acc, before=0, after=0),
        "bandL": S("bandL", 19, "b", acc, before=0, after=0),
        "sub": S("sub", 10.5, "r", grey, before=1, after=4),
        "h1": S("h1", 26 if center else 21, "b", acc, before=12, after=4),
        "h2": S("h2", 15, "b", acc, before=8, after=3),
        "issuer": S("issuer", 12.5, "i", acc),
        "p": S("p", 11.5),
        "pl": S("pl", 11.5, align=TA_LEFT),
        "fmt": S("fmt", 13, "bi", acc),
        "name": S("name", 26, "bi" if pg["font"] == "serif" else "b", before=8, after=3),
        "title": S("title", 16.5, "b", acc if not center else None, before=6, after=2, lead=1.25,
                   leftIndent=0.4 * inch if center else 0, rightIndent=0.4 * inch if center else 0),
        "small": S("small", 8.2, "r", grey, before=6, after=0),
        "cellb": S("cellb", 10.5, "b", grey, align=TA_LEFT, before=0, after=0),
        "cell": S("cell", 10.5, align=TA_LEFT, before=0, after=0),
        "coll": S("coll", 8.5, "b", grey, before=0, after=0),
        "colv": S("colv", 12, before=0, after=0),
        "sign": S("sign", 9.5, "b", align=TA_CENTER, before=0, after=0),
        "sigt": S("sigt", 9, "i", grey, align=TA_CENTER, before=0, after=0),
    }
    E = xesc
    lm = 0.95 * inch
    fw = W - 2 * lm

    def flow(blocks):
        fl = []
        for b in blocks:
            t = b["t"]
            if t == "band":
                fl.append(Paragraph(E(b["text"]), st["band"] if len(b["text"]) <= 8 else st["bandL"]))
                if b.get("sub"):
                    fl.append(Paragraph(E(b["sub"]), st["sub"]))
            elif t in ("h1", "h2", "issuer", "fmt", "small", "title"):
                txt = E(b["text"])
                if t == "title":
                    txt = txt.replace("Clostridioides difficile", "<i>Clostridioides difficile</i>")
                fl.append(Paragraph(txt, st[t]))
            elif t == "p":
                fl.append(Paragraph(E(b["text"]), st["pl"] if b.get("align") == "left" else st["p"]))
            elif t == "name":
                ns = st["name"]
                size = ns.fontSize
                while stringWidth(b["text"], ns.fontName, size) > fw * 0.96 and size > 14:
                    size -= 0.5
                fl.append(Paragraph(E(b["text"]), ParagraphStyle("name%d" % int(size * 2), parent=ns, fontSize=size,
                                                                 leading=size * 1.22)))
            elif t == "space":
                fl.append(Spacer(1, b["h"]))
            elif t == "rule":
                tb = Table([[""]], colWidths=[fw], rowHeights=[4])
                tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, acc)]))
                fl.append(tb)
                fl.append(Spacer(1, 4))
            elif t == "kv":
                data = [[Paragraph(E(l), st["cellb"]), Paragraph(E(v), st["cell"])] for l, v in b["rows"]]
                tb = Table(data, colWidths=[1.7 * inch, (fw * (0.8 if center else 1.0)) - 1.7 * inch],
                           hAlign="CENTER" if center else "LEFT")
                tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                fl.append(Spacer(1, 6))
                fl.append(tb)
            elif t == "cols":
                n = len(b["cells"])
                data = [[Paragraph(E(l.upper()), st["coll"]) for l, v in b["cells"]],
                        [Paragraph(E(v), st["colv"]) for l, v in b["cells"]]]
                tb = Table(data, colWidths=[fw / n] * n, hAlign="CENTER" if center else "LEFT")
                tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.7, acc), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 3 if not center else 6)]))
                fl.append(Spacer(1, 10))
                fl.append(tb)
            elif t == "table":
                n = len(b["head"])
                data = [[Paragraph(E(h), st["cellb"]) for h in b["head"]]] + \
                       [[Paragraph(E(c), st["cell"]) for c in r] for r in b["rows"]]
                tb = Table(data, colWidths=[fw * 0.9 / n] * n, hAlign="CENTER" if center else "LEFT")
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), HexColor("#eceef2")),
                                        ("LINEABOVE", (0, 0), (-1, -1), 0.5, HexColor("#888888")),
                                        ("LINEBELOW", (0, -1), (-1, -1), 0.5, HexColor("#888888"))]))
                fl.append(Spacer(1, 8))
                fl.append(tb)
            elif t == "sigs":
                n = len(b["sigs"])
                data = [[[Paragraph(E(nm), st["sign"]), Paragraph(E(tt), st["sigt"])] for nm, tt in b["sigs"]]]
                tb = Table(data, colWidths=[2.8 * inch] * n, hAlign="CENTER" if (center or n > 1) else "LEFT")
                tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.7, HexColor("#000000")),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12)]))
                fl.append(Spacer(1, 30))
                fl.append(tb)
        return fl

    def on_page(c, d):
        c.saveState()
        c.setStrokeColor(acc)
        if pg["border"] == "single":
            c.setLineWidth(2.2)
            c.rect(24, 24, W - 48, H - 48)
        elif pg["border"] in ("double", "ornate"):
            c.setLineWidth(3)
            c.rect(20, 20, W - 40, H - 40)
            c.setLineWidth(0.8)
            c.rect(28, 28, W - 56, H - 56)
        c.restoreState()

    story = []
    tm = 0.8 * inch
    avail = H - 2 * tm
    for pi, blocks in enumerate(split_pages(cert["blocks"])):
        fl = flow(blocks)
        if center and pi == 0:
            used = 0
            for f in fl:
                w, h = f.wrap(fw, avail)
                used += h + f.getSpaceBefore() + f.getSpaceAfter()
            fl = flow(blocks)
            if used < avail:
                story.append(Spacer(1, (avail - used) / 2 - 6))
        if pi > 0:
            story.append(PageBreak())
        story.extend(fl)
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=lm, rightMargin=lm, topMargin=tm, bottomMargin=tm,
                            title="Certificate", author="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


ENGINES = {"html": render_html, "fodt": render_fodt, "docx": render_docx, "rlcanvas": render_rlcanvas,
           "platypus": render_platypus, "acroform": render_acroform, "ps": render_ps}
