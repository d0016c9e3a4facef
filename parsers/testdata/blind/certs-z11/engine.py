"""Small drawing DSL shared by five of the producers.

Templates (templates_dsl.py) draw onto a `Doc` in points with a TOP-LEFT
origin.  The Doc records operations; a backend turns them into a PDF:

  rlcanvas  - reportlab canvas (Liberation TrueType fonts)
  acroform  - reportlab canvas + AcroForm text fields, then
              `qpdf --generate-appearances --flatten-annotations=all`
  fpdf      - PHP FPDF 1.84 (core fonts, windows-1252)     php/fpdf_render.php
  tcpdf     - PHP TCPDF (DejaVu TrueType fonts, UTF-8)     php/tcpdf_render.php
  ghostscript - hand-written PostScript -> gs pdfwrite (core fonts re-encoded
              to WinAnsi)

Text measurement is done here (reportlab metrics of the font the backend
will use), so wrapping and centring are decided in Python and the backends
only place strings.
"""
import json
import os
import subprocess

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase._fontdata import encodings

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, ".profiles", "src")

TTF = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": "/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic": "/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "DejaVuSerif-BoldItalic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
_registered = set()


def register_ttf(name):
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, TTF[name]))
        _registered.add(name)


CORE = {
    ("sans", ""): "Helvetica", ("sans", "B"): "Helvetica-Bold",
    ("sans", "I"): "Helvetica-Oblique", ("sans", "BI"): "Helvetica-BoldOblique",
    ("serif", ""): "Times-Roman", ("serif", "B"): "Times-Bold",
    ("serif", "I"): "Times-Italic", ("serif", "BI"): "Times-BoldItalic",
    ("mono", ""): "Courier", ("mono", "B"): "Courier-Bold",
    ("mono", "I"): "Courier-Oblique", ("mono", "BI"): "Courier-BoldOblique",
}
LIB = {
    ("sans", ""): "LiberationSans", ("sans", "B"): "LiberationSans-Bold",
    ("sans", "I"): "LiberationSans-Italic", ("sans", "BI"): "LiberationSans-BoldItalic",
    ("serif", ""): "LiberationSerif", ("serif", "B"): "LiberationSerif-Bold",
    ("serif", "I"): "LiberationSerif-Italic", ("serif", "BI"): "LiberationSerif-BoldItalic",
    ("mono", ""): "LiberationMono", ("mono", "B"): "LiberationMono-Bold",
    ("mono", "I"): "LiberationMono", ("mono", "BI"): "LiberationMono-Bold",
}
DJV = {
    ("sans", ""): "DejaVuSans", ("sans", "B"): "DejaVuSans-Bold",
    ("sans", "I"): "DejaVuSans-Oblique", ("sans", "BI"): "DejaVuSans-BoldOblique",
    ("serif", ""): "DejaVuSerif", ("serif", "B"): "DejaVuSerif-Bold",
    ("serif", "I"): "DejaVuSerif-Italic", ("serif", "BI"): "DejaVuSerif-BoldItalic",
    ("mono", ""): "DejaVuSansMono", ("mono", "B"): "DejaVuSansMono-Bold",
    ("mono", "I"): "DejaVuSansMono", ("mono", "BI"): "DejaVuSansMono-Bold",
}
FONTSETS = {"rlcanvas": LIB, "acroform": CORE, "fpdf": CORE, "ghostscript": CORE, "tcpdf": DJV}


def hex2rgb(h):
    h = h.lstrip("#")
    return [int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4)]


class Doc:
    """Records drawing operations (top-left origin, points)."""

    def __init__(self, backend, title="Certificate", author=""):
        self.backend = backend
        self.fonts = FONTSETS[backend]
        self.meta = {"title": title, "author": author}
        self.pages = []
        self.W = self.H = 0
        self.cur = ("sans", "", 10)
        self.fill = "#000000"

    # ---- state -----------------------------------------------------
    def page(self, w, h):
        self.W, self.H = w, h
        self.pages.append({"w": w, "h": h, "ops": []})
        self.font(*self.cur)
        self.color(self.fill)

    def _op(self, **kw):
        self.pages[-1]["ops"].append(kw)

    def fontname(self, fam=None, style=None):
        fam = fam or self.cur[0]
        style = self.cur[1] if style is None else style
        name = self.fonts[(fam, style)]
        if name in TTF:
            register_ttf(name)
        return name

    def font(self, fam, style="", size=10):
        self.cur = (fam, style, size)
        self._op(op="font", fam=fam, style=style, size=size, name=self.fontname(fam, style))

    def color(self, hexcol):
        self.fill = hexcol
        self._op(op="fill", rgb=hex2rgb(hexcol))

    def stroke(self, hexcol, lw=1.0):
        self._op(op="stroke", rgb=hex2rgb(hexcol), lw=lw)

    # ---- measuring -------------------------------------------------
    def width(self, s, cs=0.0):
        fam, style, size = self.cur
        return pdfmetrics.stringWidth(s, self.fontname(fam, style), size) + cs * max(len(s) - 1, 0)

    def wraplines(self, s, w, cs=0.0):
        out = []
        for para in s.split("\n"):
            words = para.split(" ")
            line = ""
            for word in words:
                cand = word if not line else line + " " + word
                if self.width(cand, cs) <= w or not line:
                    line = cand
                else:
                    out.append(line)
                    line = word
            out.append(line)
        return out

    # ---- drawing ---------------------------------------------------
    def text(self, x, y, s, align="L", cs=0.0):
        if s == "":
            return
        wd = self.width(s, cs)
        if align == "C":
            x = x - wd / 2.0
        elif align == "R":
            x = x - wd
        self._op(op="text", x=round(x, 2), y=round(y, 2), s=s, cs=cs)
        return wd

    def runs(self, x, y, runs, align="L"):
        """runs: list of (text, style) drawn on one baseline."""
        fam, style0, size = self.cur
        total = 0
        for t, st in runs:
            self.cur = (fam, st, size)
            total += self.width(t)
        if align == "C":
            x -= total / 2.0
        elif align == "R":
            x -= total
        for t, st in runs:
            self.font(fam, st, size)
            self._op(op="text", x=round(x, 2), y=round(y, 2), s=t, cs=0)
            x += self.width(t)
        self.font(fam, style0, size)

    def wrap(self, x, y, w, s, leading=None, align="L", cs=0.0):
        """Draws wrapped text; x is left edge (or centre if align C, right if R).
        y is the first baseline.  Returns the baseline after the last line."""
        leading = leading or self.cur[2] * 1.25
        for ln in self.wraplines(s, w, cs):
            self.text(x, y, ln, align, cs)
            y += leading
        return y

    def rect(self, x, y, w, h, mode="S"):
        self._op(op="rect", x=x, y=y, w=w, h=h, mode=mode)

    def line(self, x1, y1, x2, y2):
        self._op(op="line", x1=x1, y1=y1, x2=x2, y2=y2)

    def ellipse(self, cx, cy, rx, ry=None, mode="S"):
        self._op(op="ellipse", cx=cx, cy=cy, rx=rx, ry=ry if ry is not None else rx, mode=mode)

    def poly(self, pts, mode="F"):
        self._op(op="poly", pts=[round(v, 2) for p in pts for v in p], mode=mode)

    def field(self, x, y, w, s, align="L", bg="#ffffff"):
        """A form value.  acroform: a text field whose baseline is about y;
        other backends: plain text."""
        fam, style, size = self.cur
        if self.backend == "acroform":
            if align != "L":
                # qpdf's generated appearance ignores /Q, so size the
                # widget to the text and position it ourselves
                tw = self.width(s) + 6
                x = x + (w - tw) / 2.0 if align == "C" else x + w - tw
                w = tw
            self._op(op="field", x=x - 2, y=y, w=w, s=s, align=align, bg=bg,
                     name=self.fontname(fam, style), size=size)
        else:
            tx = x if align == "L" else (x + w / 2.0 if align == "C" else x + w)
            self.text(tx, y, s, align)

    def html(self, x, y, w, html):
        assert self.backend == "tcpdf", "html op is TCPDF-only"
        self._op(op="html", x=x, y=y, w=w, html=html)

    # ---- output ----------------------------------------------------
    def save(self, out_pdf, key):
        os.makedirs(TMP, exist_ok=True)
        fn = {"rlcanvas": _rl, "acroform": _rl, "fpdf": _php, "tcpdf": _php,
              "ghostscript": _gs}[self.backend]
        fn(self, out_pdf, key)


# ====================================================================
# reportlab canvas / acroform backend
# ====================================================================
def _rl(doc, out_pdf, key):
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    acro = doc.backend == "acroform"
    target = os.path.join(TMP, key + ".form.pdf") if acro else out_pdf
    first = doc.pages[0]
    c = canvas.Canvas(target, pagesize=(first["w"], first["h"]))
    c.setTitle(doc.meta["title"])
    c.setAuthor(doc.meta["author"])
    c.setCreator("reportlab" + (" acroform" if acro else ""))
    if acro:
        c.acroForm.needAppearances = "true"   # let qpdf --generate-appearances draw the values
    nf = 0
    for pi, pg in enumerate(doc.pages):
        H = pg["h"]
        if pi:
            c.setPageSize((pg["w"], pg["h"]))
        fontname, size = "Helvetica", 10
        fill = [0, 0, 0]
        for o in pg["ops"]:
            k = o["op"]
            if k == "font":
                fontname, size = o["name"], o["size"]
                c.setFont(fontname, size)
            elif k == "fill":
                fill = o["rgb"]
                c.setFillColorRGB(*fill)
            elif k == "stroke":
                c.setStrokeColorRGB(*o["rgb"])
                c.setLineWidth(o["lw"])
            elif k == "text":
                if o["cs"]:
                    t = c.beginText(o["x"], H - o["y"])
                    t.setFont(fontname, size)
                    t.setCharSpace(o["cs"])
                    t.textOut(o["s"])
                    t.setCharSpace(0)  # Tc persists across text objects
                    c.drawText(t)
                else:
                    c.drawString(o["x"], H - o["y"], o["s"])
            elif k == "rect":
                c.rect(o["x"], H - o["y"] - o["h"], o["w"], o["h"],
                       stroke=1 if "S" in o["mode"] or "D" in o["mode"] else 0,
                       fill=1 if "F" in o["mode"] else 0)
            elif k == "line":
                c.line(o["x1"], H - o["y1"], o["x2"], H - o["y2"])
            elif k == "ellipse":
                c.ellipse(o["cx"] - o["rx"], H - o["cy"] - o["ry"], o["cx"] + o["rx"], H - o["cy"] + o["ry"],
                          stroke=1 if ("S" in o["mode"] or "D" in o["mode"]) else 0,
                          fill=1 if "F" in o["mode"] else 0)
            elif k == "poly":
                p = c.beginPath()
                pts = o["pts"]
                p.moveTo(pts[0], H - pts[1])
                for i in range(2, len(pts), 2):
                    p.lineTo(pts[i], H - pts[i + 1])
                p.close()
                c.drawPath(p, stroke=1 if ("S" in o["mode"] or "D" in o["mode"]) else 0,
                           fill=1 if "F" in o["mode"] else 0)
            elif k == "field":
                nf += 1
                fh = o["size"] * 1.55
                fs = o["size"]
                c.acroForm.textfield(
                    name="f%02d_%d" % (nf, pi + 1), value=o["s"],
                    x=o["x"], y=H - o["y"] - fs * 0.62, width=o["w"], height=fh,
                    borderWidth=0, borderColor=None, fillColor=colors.Color(*hex2rgb(o["bg"])),
                    textColor=colors.Color(*fill), fontName=o["name"], fontSize=fs,
                    maxlen=None, fieldFlags="readOnly", annotationFlags="print",
                    tooltip=None)
            else:
                raise ValueError(k)
        c.showPage()
    c.save()
    if acro:
        r = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all",
                            target, out_pdf], capture_output=True, text=True)
        if r.returncode not in (0, 3):
            raise RuntimeError("qpdf failed: " + r.stderr)


# ====================================================================
# PHP backends
# ====================================================================
def _php(doc, out_pdf, key):
    src = os.path.join(TMP, key + "." + doc.backend + ".json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump({"meta": doc.meta, "pages": doc.pages}, f, ensure_ascii=False, indent=0)
    script = os.path.join(HERE, "php", doc.backend + "_render.php")
    r = subprocess.run(["php", script, src, out_pdf], capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(out_pdf):
        raise RuntimeError("php failed: " + r.stdout + r.stderr)


# ====================================================================
# Ghostscript backend
# ====================================================================
WINANSI = [n or ".notdef" for n in encodings["WinAnsiEncoding"]]


def _psstr(s):
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


def _gs(doc, out_pdf, key):
    ps = os.path.join(TMP, key + ".ps")
    L = ["%!PS-Adobe-3.0", "%%Creator: hand-written PostScript (certs-z11)",
         "%%Title: " + doc.meta["title"].encode("ascii", "replace").decode(),
         "%%Pages: %d" % len(doc.pages), "%%EndComments", "%%BeginProlog",
         "/WinAnsiVec [" + " ".join("/" + n for n in WINANSI) + "] def",
         "/ReEnc { % /new /base ReEnc",
         "  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
         "  /Encoding WinAnsiVec def currentdict end definefont pop } bind def",
         "/ELL { % cx cy rx ry ELL -> path",
         "  /savematrix matrix currentmatrix def 4 2 roll translate scale",
         "  0 0 1 0 360 arc closepath savematrix setmatrix } bind def",
         "%%EndProlog", "%%BeginSetup",
         "[ /Title %s /Author %s /Creator (Ghostscript from hand-written PostScript) /DOCINFO pdfmark"
         % (_psstr(doc.meta["title"]), _psstr(doc.meta["author"] or "")),
         ]
    used = sorted({o["name"] for p in doc.pages for o in p["ops"] if o["op"] == "font"})
    for n in used:
        L.append("/WA-%s /%s ReEnc" % (n, n))
    L.append("%%EndSetup")
    for pi, pg in enumerate(doc.pages):
        H = pg["h"]
        L.append("%%%%Page: %d %d" % (pi + 1, pi + 1))
        L.append("<< /PageSize [%s %s] >> setpagedevice" % (pg["w"], pg["h"]))
        fill = [0, 0, 0]
        strokec = [0, 0, 0]
        for o in pg["ops"]:
            k = o["op"]
            if k == "font":
                L.append("/WA-%s findfont %s scalefont setfont" % (o["name"], o["size"]))
            elif k == "fill":
                fill = o["rgb"]
            elif k == "stroke":
                strokec = o["rgb"]
                L.append("%.3f setlinewidth" % o["lw"])
            elif k == "text":
                col = "%.3f %.3f %.3f setrgbcolor" % tuple(fill)
                if o["cs"]:
                    L.append("%s %.2f %.2f moveto %.3f 0 %s ashow" % (col, o["x"], H - o["y"], o["cs"], _psstr(o["s"])))
                else:
                    L.append("%s %.2f %.2f moveto %s show" % (col, o["x"], H - o["y"], _psstr(o["s"])))
            elif k in ("rect", "ellipse", "poly"):
                if k == "rect":
                    path = "newpath %.2f %.2f moveto %.2f 0 rlineto 0 %.2f rlineto %.2f 0 rlineto closepath" % (
                        o["x"], H - o["y"] - o["h"], o["w"], o["h"], -o["w"])
                elif k == "ellipse":
                    path = "newpath %.2f %.2f %.2f %.2f ELL" % (o["cx"], H - o["cy"], o["rx"], o["ry"])
                else:
                    pts = o["pts"]
                    seg = ["%.2f %.2f moveto" % (pts[0], H - pts[1])]
                    for i in range(2, len(pts), 2):
                        seg.append("%.2f %.2f lineto" % (pts[i], H - pts[i + 1]))
                    path = "newpath " + " ".join(seg) + " closepath"
                m = o["mode"]
                if "F" in m and ("S" in m or "D" in m):
                    L.append("%s gsave %.3f %.3f %.3f setrgbcolor fill grestore %.3f %.3f %.3f setrgbcolor stroke"
                             % ((path,) + tuple(fill) + tuple(strokec)))
                elif "F" in m:
                    L.append("%s %.3f %.3f %.3f setrgbcolor fill" % ((path,) + tuple(fill)))
                else:
                    L.append("%s %.3f %.3f %.3f setrgbcolor stroke" % ((path,) + tuple(strokec)))
            elif k == "line":
                L.append("newpath %.2f %.2f moveto %.2f %.2f lineto %.3f %.3f %.3f setrgbcolor stroke"
                         % ((o["x1"], H - o["y1"], o["x2"], H - o["y2"]) + tuple(strokec)))
            else:
                raise ValueError(k)
        L.append("showpage")
    L.append("%%EOF")
    with open(ps, "w", encoding="ascii") as f:
        f.write("\n".join(L) + "\n")
    r = subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-sOutputFile=" + out_pdf, ps], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("gs failed: " + r.stdout + r.stderr)
