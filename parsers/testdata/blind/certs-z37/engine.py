"""Rendering engine for the z37 blind certificate set.

Producers
---------
* Canvas-type documents are described once with the small drawing language in
  ``Doc`` (coordinates in points, origin top-left, y = text baseline) and then
  rendered by one of four back ends, each a genuinely different PDF producer:
  ReportLab canvas, FPDF (PHP), TCPDF (PHP) and hand-written PostScript
  distilled by Ghostscript (pdfwrite).
* ``acroform_pdf`` draws a static page with ReportLab, adds filled AcroForm text
  fields and flattens them with qpdf.
* ``html_pdf`` prints an HTML string with headless Chromium.
* ``fodt_pdf`` converts a flat ODF text document with LibreOffice; ``Fodt``
  builds such documents.
* ``docx_pdf`` converts a python-docx Document with LibreOffice.

All paths are relative to this folder; browser/office profiles live in
``.profiles`` (not part of the set).  Converters run one at a time.
"""
import os
import shutil
import subprocess
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase._fontdata import encodings as _rl_encodings

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
PROFILES = os.path.join(HERE, ".profiles")
LETTER = (612.0, 792.0)
LETTER_L = (792.0, 612.0)

FONTS = {
    ("serif", ""): "Times-Roman", ("serif", "B"): "Times-Bold",
    ("serif", "I"): "Times-Italic", ("serif", "BI"): "Times-BoldItalic",
    ("sans", ""): "Helvetica", ("sans", "B"): "Helvetica-Bold",
    ("sans", "I"): "Helvetica-Oblique", ("sans", "BI"): "Helvetica-BoldOblique",
    ("mono", ""): "Courier", ("mono", "B"): "Courier-Bold",
    ("mono", "I"): "Courier-Oblique", ("mono", "BI"): "Courier-BoldOblique",
}


def ensure_dirs():
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(PROFILES, exist_ok=True)


# ---------------------------------------------------------------------------
# Canvas drawing language
# ---------------------------------------------------------------------------
class Doc:
    """A list of pages, each a list of drawing operations."""

    def __init__(self, size=LETTER, title="Certificate", author=""):
        self.size = size
        self.pages = [[]]
        self.title = title
        self.author = author
        self._font = ("serif", "", 12.0)

    # state ---------------------------------------------------------------
    @property
    def W(self):
        return self.size[0]

    @property
    def H(self):
        return self.size[1]

    def _op(self, *op):
        self.pages[-1].append(op)

    def newpage(self):
        self.pages.append([])
        f = self._font
        self._op("font", f[0], f[1], f[2])

    def font(self, fam, style="", size=12):
        self._font = (fam, style, float(size))
        self._op("font", fam, style, float(size))

    def fill(self, r, g, b):
        self._op("fill", r, g, b)

    def stroke(self, r, g, b):
        self._op("stroke", r, g, b)

    def lw(self, w):
        self._op("lw", float(w))

    # measurement -----------------------------------------------------------
    def width(self, s, fam=None, style=None, size=None):
        f = self._font
        fam = f[0] if fam is None else fam
        style = f[1] if style is None else style
        size = f[2] if size is None else size
        return stringWidth(s, FONTS[(fam, style)], size)

    # text ------------------------------------------------------------------
    def text(self, x, y, s, align="L"):
        w = self.width(s)
        if align == "C":
            x = x - w / 2.0
        elif align == "R":
            x = x - w
        self._op("text", x, y, s)
        return w

    def spaced(self, x, y, s, align="C", gap=None):
        """Letter-spaced text (each glyph placed individually)."""
        fam, style, size = self._font
        gap = size * 0.35 if gap is None else gap
        widths = [self.width(ch) for ch in s]
        total = sum(widths) + gap * (len(s) - 1)
        if align == "C":
            x = x - total / 2.0
        elif align == "R":
            x = x - total
        for ch, w in zip(s, widths):
            if ch != " ":
                self._op("text", x, y, ch)
            x += w + gap
        return total

    def lines(self, s, w):
        words = s.split()
        out, cur = [], ""
        for word in words:
            t = word if not cur else cur + " " + word
            if self.width(t) <= w or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def wrap(self, x, y, w, s, leading=None, align="L"):
        """Wrap s into width w starting at baseline y; returns next baseline."""
        leading = self._font[2] * 1.25 if leading is None else leading
        for ln in self.lines(s, w):
            if align == "C":
                self.text(x + w / 2.0, y, ln, "C")
            elif align == "R":
                self.text(x + w, y, ln, "R")
            else:
                self.text(x, y, ln)
            y += leading
        return y

    # graphics ------------------------------------------------------------
    def rect(self, x, y, w, h, mode="S"):
        self._op("rect", x, y, w, h, mode)

    def line(self, x1, y1, x2, y2):
        self._op("line", x1, y1, x2, y2)

    def circle(self, cx, cy, r, mode="S"):
        self._op("circle", cx, cy, r, mode)

    def poly(self, pts, mode="F"):
        self._op("poly", [tuple(p) for p in pts], mode)

    def star_seal(self, cx, cy, r, n=24, inner=0.86, mode="F"):
        import math
        pts = []
        for i in range(2 * n):
            rr = r if i % 2 == 0 else r * inner
            a = math.pi * i / n
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.poly(pts, mode)


# ---------------------------------------------------------------------------
# Back end: ReportLab canvas
# ---------------------------------------------------------------------------
def render_reportlab(doc, out, creator="ReportLab"):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(out, pagesize=doc.size)
    c.setTitle(doc.title)
    c.setAuthor(doc.author)
    c.setCreator(creator)
    H = doc.H
    for pi, page in enumerate(doc.pages):
        if pi:
            c.showPage()
        for op in page:
            k = op[0]
            if k == "font":
                c.setFont(FONTS[(op[1], op[2])], op[3])
            elif k == "fill":
                c.setFillColorRGB(*op[1:])
            elif k == "stroke":
                c.setStrokeColorRGB(*op[1:])
            elif k == "lw":
                c.setLineWidth(op[1])
            elif k == "text":
                c.drawString(op[1], H - op[2], op[3])
            elif k == "rect":
                x, y, w, h, m = op[1:]
                c.rect(x, H - y - h, w, h, stroke=int("S" in m), fill=int("F" in m))
            elif k == "line":
                c.line(op[1], H - op[2], op[3], H - op[4])
            elif k == "circle":
                cx, cy, r, m = op[1:]
                c.circle(cx, H - cy, r, stroke=int("S" in m), fill=int("F" in m))
            elif k == "poly":
                pts, m = op[1], op[2]
                p = c.beginPath()
                p.moveTo(pts[0][0], H - pts[0][1])
                for (px, py) in pts[1:]:
                    p.lineTo(px, H - py)
                p.close()
                c.drawPath(p, stroke=int("S" in m), fill=int("F" in m))
    c.save()


# ---------------------------------------------------------------------------
# Back ends: FPDF and TCPDF (PHP)
# ---------------------------------------------------------------------------
def _php_str(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


_PHP_STYLE = {"": "", "B": "B", "I": "I", "BI": "BI"}


def _php_body(doc, lib):
    H = doc.H
    fam_map = {"fpdf": {"serif": "Times", "sans": "Helvetica", "mono": "Courier"},
               "tcpdf": {"serif": "times", "sans": "helvetica", "mono": "courier"}}[lib]
    L = []
    first = True
    for page in doc.pages:
        if lib == "fpdf":
            L.append("$pdf->AddPage();")
        else:
            L.append("$pdf->AddPage();")
        first = False
        for op in page:
            k = op[0]
            if k == "font":
                L.append("$pdf->SetFont(%s, %s, %.2f);" % (
                    _php_str(fam_map[op[1]]), _php_str(_PHP_STYLE[op[2]]), op[3]))
            elif k == "fill":
                rgb = tuple(int(round(v * 255)) for v in op[1:])
                L.append("$pdf->SetTextColor(%d,%d,%d); $pdf->SetFillColor(%d,%d,%d);" % (rgb + rgb))
            elif k == "stroke":
                rgb = tuple(int(round(v * 255)) for v in op[1:])
                L.append("$pdf->SetDrawColor(%d,%d,%d);" % rgb)
            elif k == "lw":
                L.append("$pdf->SetLineWidth(%.2f);" % op[1])
            elif k == "text":
                if lib == "fpdf":
                    L.append("$pdf->Text(%.2f, %.2f, t(%s));" % (op[1], op[2], _php_str(op[3])))
                else:
                    L.append("$pdf->Text(%.2f, %.2f, %s, 0, false, true, 0, 0, '', false, '', 0, false, 'L', 'M');"
                             % (op[1], op[2], _php_str(op[3])))
            elif k == "rect":
                x, y, w, h, m = op[1:]
                st = {"S": "D", "F": "F", "FS": "DF", "SF": "DF"}[m]
                L.append("$pdf->Rect(%.2f, %.2f, %.2f, %.2f, '%s');" % (x, y, w, h, st))
            elif k == "line":
                L.append("$pdf->Line(%.2f, %.2f, %.2f, %.2f);" % op[1:])
            elif k == "circle":
                cx, cy, r, m = op[1:]
                st = {"S": "D", "F": "F", "FS": "DF", "SF": "DF"}[m]
                if lib == "tcpdf":
                    L.append("$pdf->Circle(%.2f, %.2f, %.2f, 0, 360, '%s');" % (cx, cy, r, st))
                else:
                    L.append("$pdf->Circle(%.2f, %.2f, %.2f, '%s');" % (cx, cy, r, st))
            elif k == "poly":
                pts, m = op[1], op[2]
                st = {"S": "D", "F": "F", "FS": "DF", "SF": "DF"}[m]
                flat = ", ".join("%.2f" % v for p in pts for v in p)
                L.append("$pdf->Polygon(array(%s), '%s');" % (flat, st))
    return "\n".join(L)


FPDF_HEAD = r"""<?php
// generated by engine.py -- FPDF back end
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
class CertPDF extends FPDF {
  // circle / polygon helpers (FPDF has only lines and rectangles)
  function Circle($x, $y, $r, $style='D') {
    $k = $this->k; $hp = $this->h; $op = ($style=='F') ? 'f' : (($style=='FD'||$style=='DF') ? 'B' : 'S');
    $MyArc = 4/3 * (sqrt(2) - 1);
    $this->_out(sprintf('%.2F %.2F m', ($x+$r)*$k, ($hp-$y)*$k));
    $this->_Arc($x+$r, $y-$r*$MyArc, $x+$r*$MyArc, $y-$r, $x, $y-$r);
    $this->_Arc($x-$r*$MyArc, $y-$r, $x-$r, $y-$r*$MyArc, $x-$r, $y);
    $this->_Arc($x-$r, $y+$r*$MyArc, $x-$r*$MyArc, $y+$r, $x, $y+$r);
    $this->_Arc($x+$r*$MyArc, $y+$r, $x+$r, $y+$r*$MyArc, $x+$r, $y);
    $this->_out($op);
  }
  function _Arc($x1, $y1, $x2, $y2, $x3, $y3) {
    $h = $this->h;
    $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', $x1*$this->k, ($h-$y1)*$this->k,
      $x2*$this->k, ($h-$y2)*$this->k, $x3*$this->k, ($h-$y3)*$this->k));
  }
  function Polygon($p, $style='D') {
    $op = ($style=='F') ? 'f' : (($style=='FD'||$style=='DF') ? 'b' : 's');
    $h = $this->h; $k = $this->k; $s = '';
    for ($i = 0; $i < count($p); $i += 2) {
      $s .= sprintf('%.2F %.2F', $p[$i]*$k, ($h-$p[$i+1])*$k) . ($i == 0 ? ' m ' : ' l ');
    }
    $this->_out($s . $op);
  }
}
"""


def fpdf_pdf(doc, out, name):
    ori = "L" if doc.W > doc.H else "P"
    php = FPDF_HEAD + "$pdf = new CertPDF('%s', 'pt', 'Letter');\n" % ori
    php += "$pdf->SetAutoPageBreak(false); $pdf->SetMargins(0,0,0);\n"
    php += "$pdf->SetTitle(t(%s)); $pdf->SetAuthor(t(%s)); $pdf->SetCreator('FPDF');\n" % (
        _php_str(doc.title), _php_str(doc.author))
    php += _php_body(doc, "fpdf") + "\n"
    php += "$pdf->Output('F', $argv[1]);\n"
    return _run_php(php, out, name)


def tcpdf_pdf(doc, out, name):
    ori = "L" if doc.W > doc.H else "P"
    php = "<?php\n// generated by engine.py -- TCPDF back end\nrequire_once('/usr/share/php/tcpdf/tcpdf.php');\n"
    php += "$pdf = new TCPDF('%s', 'pt', 'LETTER', true, 'UTF-8', false);\n" % ori
    php += ("$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false, 0);\n"
            "$pdf->SetMargins(0, 0, 0); $pdf->setCellPaddings(0, 0, 0, 0); $pdf->setFontSubsetting(false);\n")
    php += "$pdf->SetTitle(%s); $pdf->SetAuthor(%s); $pdf->SetCreator('TCPDF');\n" % (
        _php_str(doc.title), _php_str(doc.author))
    php += _php_body(doc, "tcpdf") + "\n"
    php += "$pdf->Output($argv[1], 'F');\n"
    return _run_php(php, out, name)


def _run_php(php, out, name):
    src = os.path.join(SRC, name + ".php")
    with open(src, "w", encoding="utf-8") as f:
        f.write(php)
    subprocess.run(["php", src, os.path.abspath(out)], check=True, cwd=HERE)


# ---------------------------------------------------------------------------
# Back end: PostScript -> Ghostscript pdfwrite
# ---------------------------------------------------------------------------
_WINANSI = _rl_encodings["WinAnsiEncoding"]


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


def ps_pdf(doc, out, name):
    W, H = doc.W, doc.H
    L = ["%!PS-Adobe-3.0",
         "%%Title: " + doc.title.encode("ascii", "replace").decode(),
         "%%Creator: hand-written PostScript (engine.py)",
         "%%%%BoundingBox: 0 0 %d %d" % (W, H),
         "%%%%Pages: %d" % len(doc.pages),
         "%%EndComments",
         "%%BeginProlog",
         "/WinAnsi [" + " ".join("/" + (g or ".notdef") for g in _WINANSI) + "] def",
         "/reenc { % newname basename",
         "  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
         "  /Encoding WinAnsi def currentdict end definefont pop } bind def"]
    for base in sorted(set(FONTS.values())):
        L.append("/%s-W /%s reenc" % (base, base))
    L += ["/F { exch findfont exch scalefont setfont } bind def",
          "/T { moveto show } bind def",
          "%%EndProlog",
          "[ /Title %s /Creator (engine.py PostScript) /DOCINFO pdfmark" % _ps_str(doc.title)]
    for pi, page in enumerate(doc.pages):
        L.append("%%%%Page: %d %d" % (pi + 1, pi + 1))
        L.append("<< /PageSize [%d %d] >> setpagedevice" % (W, H))
        L.append("0 setgray 1 setlinewidth")
        for op in page:
            k = op[0]
            if k == "font":
                L.append("/%s-W %.2f F" % (FONTS[(op[1], op[2])], op[3]))
            elif k == "fill":
                L.append("/fillc [%.3f %.3f %.3f] def %.3f %.3f %.3f setrgbcolor" % (op[1:] + op[1:]))
            elif k == "stroke":
                L.append("/strokec [%.3f %.3f %.3f] def" % op[1:])
            elif k == "lw":
                L.append("%.2f setlinewidth" % op[1])
            elif k == "text":
                L.append("%s %.2f %.2f T" % (_ps_str(op[3]), op[1], H - op[2]))
            elif k in ("rect", "line", "circle", "poly"):
                if k == "rect":
                    x, y, w, h, m = op[1:]
                    path = "newpath %.2f %.2f moveto %.2f 0 rlineto 0 %.2f rlineto %.2f 0 rlineto closepath" % (
                        x, H - y - h, w, h, -w)
                elif k == "line":
                    path = "newpath %.2f %.2f moveto %.2f %.2f lineto" % (op[1], H - op[2], op[3], H - op[4])
                    m = "S"
                elif k == "circle":
                    cx, cy, r, m = op[1:]
                    path = "newpath %.2f %.2f %.2f 0 360 arc closepath" % (cx, H - cy, r)
                else:
                    pts, m = op[1], op[2]
                    path = "newpath %.2f %.2f moveto " % (pts[0][0], H - pts[0][1]) + " ".join(
                        "%.2f %.2f lineto" % (px, H - py) for px, py in pts[1:]) + " closepath"
                parts = []
                if "F" in m:
                    parts.append("gsave fillc aload pop setrgbcolor fill grestore")
                if "S" in m:
                    parts.append("gsave strokec aload pop setrgbcolor stroke grestore")
                L.append("%s %s" % (path, " ".join(parts)))
        L.append("showpage")
    L.append("%%EOF")
    ps = "\n".join(L) + "\n"
    # defaults for colour names used before any fill/stroke op
    ps = ps.replace("%%EndProlog", "/fillc [0 0 0] def /strokec [0 0 0] def\n%%EndProlog", 1)
    src = os.path.join(SRC, name + ".ps")
    with open(src, "w", encoding="latin-1") as f:
        f.write(ps)
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-dCompatibilityLevel=1.6", "-sOutputFile=" + os.path.abspath(out), src],
                   check=True, cwd=HERE)


# ---------------------------------------------------------------------------
# AcroForm: static page + filled text fields, flattened by qpdf
# ---------------------------------------------------------------------------
def acroform_pdf(doc, fields, out, name):
    """doc: static artwork (Doc). fields: list of dicts with
    name, value, x, y (top of field box, from top), w, h, font, size, page."""
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    form_src = os.path.join(SRC, name + ".form.pdf")
    c = canvas.Canvas(form_src, pagesize=doc.size)
    c.setTitle(doc.title)
    c.setCreator("ReportLab AcroForm + qpdf flatten")
    H = doc.H
    # draw static content by reusing the reportlab renderer page by page
    for pi, page in enumerate(doc.pages):
        if pi:
            c.showPage()
        _draw_rl_ops(c, page, H)
        for f in fields:
            if f.get("page", 0) != pi:
                continue
            c.acroForm.textfield(
                name=f["name"], value=f["value"], x=f["x"], y=H - f["y"] - f["h"],
                width=f["w"], height=f["h"], fontName=f.get("font", "Helvetica"),
                fontSize=f.get("size", 11), borderWidth=0, borderColor=colors.transparent,
                fillColor=colors.transparent, textColor=colors.black, forceBorder=False,
                fieldFlags=f.get("flags", ""), tooltip=f.get("tooltip", f["name"]),
                maxlen=f.get("maxlen", 200))
    c.save()
    subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all",
                    form_src, os.path.abspath(out)], check=True, cwd=HERE)


def _draw_rl_ops(c, page, H):
    for op in page:
        k = op[0]
        if k == "font":
            c.setFont(FONTS[(op[1], op[2])], op[3])
        elif k == "fill":
            c.setFillColorRGB(*op[1:])
        elif k == "stroke":
            c.setStrokeColorRGB(*op[1:])
        elif k == "lw":
            c.setLineWidth(op[1])
        elif k == "text":
            c.drawString(op[1], H - op[2], op[3])
        elif k == "rect":
            x, y, w, h, m = op[1:]
            c.rect(x, H - y - h, w, h, stroke=int("S" in m), fill=int("F" in m))
        elif k == "line":
            c.line(op[1], H - op[2], op[3], H - op[4])
        elif k == "circle":
            cx, cy, r, m = op[1:]
            c.circle(cx, H - cy, r, stroke=int("S" in m), fill=int("F" in m))
        elif k == "poly":
            pts, m = op[1], op[2]
            p = c.beginPath()
            p.moveTo(pts[0][0], H - pts[0][1])
            for (px, py) in pts[1:]:
                p.lineTo(px, H - py)
            p.close()
            c.drawPath(p, stroke=int("S" in m), fill=int("F" in m))


# ---------------------------------------------------------------------------
# Chromium (HTML)
# ---------------------------------------------------------------------------
def html_pdf(html, out, name):
    src = os.path.join(SRC, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    prof = os.path.join(PROFILES, "chromium")
    os.makedirs(prof, exist_ok=True)
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + prof, "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.abspath(out), "file://" + src],
                   check=True, cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# LibreOffice (flat ODT and DOCX)
# ---------------------------------------------------------------------------
def _soffice(src, out):
    prof = os.path.join(PROFILES, "libreoffice")
    os.makedirs(prof, exist_ok=True)
    tmpdir = os.path.join(SRC, "_lo_out")
    os.makedirs(tmpdir, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                    "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmpdir, base), out)


def fodt_pdf(xml, out, name):
    src = os.path.join(SRC, name + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    _soffice(src, out)


def docx_pdf(document, out, name):
    src = os.path.join(SRC, name + ".docx")
    document.save(src)
    _soffice(src, out)


class Fodt:
    """Tiny builder for flat ODF text documents (office:document)."""

    def __init__(self, landscape=False, margin="0.7in", border=None, bg=None,
                 font="Liberation Serif", size="11pt", title="Certificate"):
        self.landscape = landscape
        self.margin = margin
        self.border = border
        self.bg = bg
        self.font = font
        self.size = size
        self.title = title
        self.styles = []
        self.body = []
        self.n = 0

    def _style(self, family, props_par="", props_text="", extra=""):
        self.n += 1
        nm = "S%d" % self.n
        xml = '<style:style style:name="%s" style:family="%s"%s>' % (nm, family, extra)
        if props_par:
            xml += "<style:paragraph-properties %s/>" % props_par
        if props_text:
            xml += "<style:text-properties %s/>" % props_text
        xml += "</style:style>"
        self.styles.append(xml)
        return nm

    @staticmethod
    def tprops(font=None, size=None, bold=False, italic=False, color=None, spacing=None, caps=False,
               underline=False):
        p = []
        if font:
            p.append('style:font-name="%s"' % font)
        if size:
            p.append('fo:font-size="%s"' % size)
        if bold:
            p.append('fo:font-weight="bold"')
        if italic:
            p.append('fo:font-style="italic"')
        if color:
            p.append('fo:color="%s"' % color)
        if spacing:
            p.append('fo:letter-spacing="%s"' % spacing)
        if caps:
            p.append('fo:text-transform="uppercase"')
        if underline:
            p.append('style:text-underline-style="solid" style:text-underline-width="auto" '
                     'style:text-underline-color="font-color"')
        return " ".join(p)

    def para_xml(self, text, align="start", before="0in", after="0.06in", runs=None, pb=False,
                 border=None, indent=None, **tp):
        pp = 'fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s"' % (align, before, after)
        if pb:
            pp += ' fo:break-before="page"'
        if border:
            pp += ' fo:border-bottom="%s" fo:padding-bottom="0.03in"' % border
        if indent:
            pp += ' fo:margin-left="%s"' % indent
        nm = self._style("paragraph", pp, self.tprops(**tp))
        if runs is None:
            inner = escape(text).replace("\n", "<text:line-break/>")
        else:
            inner = ""
            for rtext, rp in runs:
                if rp:
                    sn = self._style("text", "", self.tprops(**rp))
                    inner += '<text:span text:style-name="%s">%s</text:span>' % (
                        sn, escape(rtext).replace("\n", "<text:line-break/>"))
                else:
                    inner += escape(rtext).replace("\n", "<text:line-break/>")
        return '<text:p text:style-name="%s">%s</text:p>' % (nm, inner)

    def p(self, text="", **kw):
        self.body.append(self.para_xml(text, **kw))

    def table(self, widths, rows, border="0.5pt solid #555555", pad="0.05in", bg=None, header_bg=None,
              align="center", cell_borders=None):
        """rows: list of lists of cells; a cell is a string, a dict(text=..., **para kwargs)
        or a list of such (several paragraphs)."""
        total = sum(float(w[:-2]) for w in widths)
        ts = self._style("table", extra="")
        self.styles[-1] = ('<style:style style:name="%s" style:family="table"><style:table-properties '
                           'style:width="%.2fin" table:align="%s"/></style:style>' % (ts, total, align))
        cols = []
        for w in widths:
            cn = self._style("table-column")
            self.styles[-1] = ('<style:style style:name="%s" style:family="table-column">'
                               '<style:table-column-properties style:column-width="%s"/></style:style>' % (cn, w))
            cols.append(cn)
        xml = '<table:table table:name="T%d" table:style-name="%s">' % (self.n, ts)
        for cn in cols:
            xml += '<table:table-column table:style-name="%s"/>' % cn
        for ri, row in enumerate(rows):
            xml += "<table:table-row>"
            for ci, cell in enumerate(row):
                b = border
                sides = None
                if cell_borders:
                    b = cell_borders(ri, ci) or "none"
                    if isinstance(b, dict):
                        sides, b = b, "none"
                cbg = header_bg if (ri == 0 and header_bg) else bg
                if sides:
                    props = 'fo:padding="%s"' % pad + "".join(
                        ' fo:border-%s="%s"' % (k, sides.get(k, "none")) for k in ("top", "bottom", "left", "right"))
                else:
                    props = 'fo:padding="%s" fo:border="%s"' % (pad, b)
                if cbg:
                    props += ' fo:background-color="%s"' % cbg
                props += ' style:vertical-align="middle"'
                csn = self._style("table-cell")
                self.styles[-1] = ('<style:style style:name="%s" style:family="table-cell">'
                                   '<style:table-cell-properties %s/></style:style>' % (csn, props))
                span = ""
                if isinstance(cell, dict) and cell.get("span"):
                    span = ' table:number-columns-spanned="%d"' % cell["span"]
                xml += '<table:table-cell table:style-name="%s" office:value-type="string"%s>' % (csn, span)
                paras = cell if isinstance(cell, list) else [cell]
                for pc in paras:
                    if isinstance(pc, str):
                        pc = {"text": pc}
                    pc = dict(pc)
                    pc.pop("span", None)
                    xml += self.para_xml(pc.pop("text", ""), **pc)
                xml += "</table:table-cell>"
                if isinstance(cell, dict) and cell.get("span"):
                    xml += "<table:covered-table-cell/>" * (cell["span"] - 1)
            xml += "</table:table-row>"
        xml += "</table:table>"
        self.body.append(xml)

    def xml(self):
        w, h = ("11in", "8.5in") if self.landscape else ("8.5in", "11in")
        pl = 'fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin="%s"' % (
            w, h, "landscape" if self.landscape else "portrait", self.margin)
        if self.border:
            pl += ' fo:border="%s" fo:padding="0.18in"' % self.border
        if self.bg:
            pl += ' fo:background-color="%s"' % self.bg
        fonts = ["Liberation Serif", "Liberation Sans", "DejaVu Serif", "DejaVu Sans", "C059", "P052",
                 "Z003", "URW Bookman", "URW Gothic", "Nimbus Roman", "Nimbus Sans", "Liberation Sans Narrow"]
        ff = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f) for f in fonts)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
                'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
                'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                '<office:meta><dc:title>%s</dc:title></office:meta>'
                '<office:font-face-decls>%s</office:font-face-decls>'
                '<office:styles><style:default-style style:family="paragraph">'
                '<style:text-properties style:font-name="%s" fo:font-size="%s"/></style:default-style>'
                '</office:styles>'
                '<office:automatic-styles><style:page-layout style:name="pm1">'
                '<style:page-layout-properties %s/></style:page-layout>%s</office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
                '</office:master-styles>'
                '<office:body><office:text>%s</office:text></office:body></office:document>\n'
                % (escape(self.title), ff, self.font, self.size, pl, "".join(self.styles), "".join(self.body)))
