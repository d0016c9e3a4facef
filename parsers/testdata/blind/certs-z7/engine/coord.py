"""Coordinate drawing engine shared by four producers.

A page is described as a list of ops with points and y measured from the TOP
edge (baseline for text).  The same op list can be rendered by

  * reportlab canvas      (render_reportlab)
  * PHP FPDF              (render_fpdf      -> PHP source, run with php)
  * PostScript            (render_ps        -> .ps, run through ghostscript)
  * raw PDF + AcroForm    (render_rawpdf    -> PDF with form fields, then qpdf
                           --generate-appearances --flatten-annotations=all)

Only the 14 standard fonts are used so that one width table (reportlab's AFM
metrics) is valid for every backend.  Text is restricted to cp1252.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase._fontdata import encodings

FONTS = {
    ("H", ""): "Helvetica", ("H", "B"): "Helvetica-Bold",
    ("H", "I"): "Helvetica-Oblique", ("H", "BI"): "Helvetica-BoldOblique",
    ("T", ""): "Times-Roman", ("T", "B"): "Times-Bold",
    ("T", "I"): "Times-Italic", ("T", "BI"): "Times-BoldItalic",
    ("C", ""): "Courier", ("C", "B"): "Courier-Bold",
    ("C", "I"): "Courier-Oblique", ("C", "BI"): "Courier-BoldOblique",
}
FPDF_FAMILY = {"H": "Helvetica", "T": "Times", "C": "Courier"}

LETTER = (612, 792)
LETTER_L = (792, 612)


class Doc:
    """Collects ops; helper methods compute alignment and wrapping."""

    def __init__(self, size=LETTER):
        self.ops = []
        self.font = ("H", "", 11)
        self.page(size)

    # -- state -------------------------------------------------------------
    def page(self, size=None):
        if size is None:
            size = self.size
        self.size = size
        self.W, self.H = size
        self.ops.append(("page", size[0], size[1]))
        self.ops.append(("font",) + self.font)

    def setfont(self, fam, style, size):
        self.font = (fam, style, size)
        self.ops.append(("font", fam, style, size))

    def color(self, r, g, b):
        self.ops.append(("fill", r, g, b))

    def stroke(self, r, g, b, w=1.0, dash=None):
        self.ops.append(("stroke", r, g, b, w, dash))

    # -- measuring -----------------------------------------------------------
    def width(self, s, font=None):
        fam, st, sz = font or self.font
        return stringWidth(s, FONTS[(fam, st)], sz)

    # -- text -----------------------------------------------------------------
    def text(self, x, y, s, align="L"):
        w = self.width(s)
        if align == "C":
            x = x - w / 2
        elif align == "R":
            x = x - w
        self.ops.append(("text", x, y, s))
        return w

    def center(self, y, s, x0=0, x1=None):
        x1 = self.W if x1 is None else x1
        return self.text((x0 + x1) / 2, y, s, "C")

    def spaced(self, x, y, s, gap, align="L"):
        """Letter-spaced text: every glyph placed individually."""
        total = sum(self.width(c) for c in s) + gap * (len(s) - 1)
        if align == "C":
            x -= total / 2
        elif align == "R":
            x -= total
        for c in s:
            if c != " ":
                self.ops.append(("text", x, y, c))
            x += self.width(c) + gap
        return total

    def wrap(self, s, width):
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.width(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, leading, align="L"):
        """Wrapped paragraph; returns y after the last line."""
        for line in self.wrap(s, width):
            if align == "C":
                self.text(x + width / 2, y, line, "C")
            elif align == "R":
                self.text(x + width, y, line, "R")
            else:
                self.text(x, y, line)
            y += leading
        return y

    def lines(self, x, y, lines, leading, align="L"):
        for line in lines:
            self.text(x, y, line, align)
            y += leading
        return y

    # -- graphics -------------------------------------------------------------
    def line(self, x1, y1, x2, y2):
        self.ops.append(("line", x1, y1, x2, y2))

    def rect(self, x, y, w, h, mode="S"):
        self.ops.append(("rect", x, y, w, h, mode))

    def circle(self, cx, cy, r, mode="S"):
        self.ops.append(("circle", cx, cy, r, mode))

    # -- form fields (qpdf backend); other backends draw the value as text --
    def field(self, name, x, y, w, h, value, align="L"):
        """(x, y) = top-left of the field box; text size = current font."""
        self.ops.append(("field", name, x, y, w, h, value, align) + self.font)


# ---------------------------------------------------------------------------
def _bezier_circle(cx, cy, r):
    k = 0.5523 * r
    return [("m", cx + r, cy),
            ("c", cx + r, cy + k, cx + k, cy + r, cx, cy + r),
            ("c", cx - k, cy + r, cx - r, cy + k, cx - r, cy),
            ("c", cx - r, cy - k, cx - k, cy - r, cx, cy - r),
            ("c", cx + k, cy - r, cx + r, cy - k, cx + r, cy)]


def _field_text_x(op):
    _, name, x, y, w, h, value, align, fam, st, sz = op
    tw = stringWidth(value, FONTS[(fam, st)], sz)
    if align == "C":
        return x + (w - tw) / 2
    if align == "R":
        return x + w - 2 - tw
    return x + 2


def _field_baseline(op):
    _, name, x, y, w, h, value, align, fam, st, sz = op
    return y + h / 2 + sz * 0.35


# ---------------------------------------------------------------------------
# reportlab canvas
def render_reportlab(doc, path, title="Certificate", author=None):
    from reportlab.pdfgen import canvas
    c = None
    font = ("H", "", 11)
    H = 0
    for op in doc.ops:
        k = op[0]
        if k == "page":
            if c is None:
                c = canvas.Canvas(path, pagesize=(op[1], op[2]))
                c.setTitle(title)
                if author:
                    c.setAuthor(author)
            else:
                c.showPage()
                c.setPageSize((op[1], op[2]))
            H = op[2]
            c.setFont(FONTS[font[:2]], font[2])
        elif k == "font":
            font = op[1:]
            c.setFont(FONTS[font[:2]], font[2])
        elif k == "fill":
            c.setFillColorRGB(*op[1:])
        elif k == "stroke":
            c.setStrokeColorRGB(*op[1:4])
            c.setLineWidth(op[4])
            c.setDash(op[5] or [])
        elif k == "text":
            c.drawString(op[1], H - op[2], op[3])
        elif k == "line":
            c.line(op[1], H - op[2], op[3], H - op[4])
        elif k == "rect":
            x, y, w, h, m = op[1:]
            c.rect(x, H - y - h, w, h, stroke=int("S" in m), fill=int("F" in m))
        elif k == "circle":
            cx, cy, r, m = op[1:]
            c.circle(cx, H - cy, r, stroke=int("S" in m), fill=int("F" in m))
        elif k == "field":
            fam, st, sz = op[8:]
            c.setFont(FONTS[(fam, st)], sz)
            c.drawString(_field_text_x(op), H - _field_baseline(op), op[6])
            c.setFont(FONTS[font[:2]], font[2])
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
def _php_str(s):
    out = ['"']
    for b in s.encode("cp1252"):
        ch = chr(b)
        if ch in '\\"$':
            out.append("\\" + ch)
        elif b < 32 or b > 126:
            out.append("\\x%02x" % b)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def render_fpdf(doc, pdf_path, title="Certificate", author=None):
    """Returns PHP source that writes pdf_path with FPDF."""
    L = ["<?php", "require('/usr/share/php/fpdf/fpdf.php');",
         "class P extends FPDF {",
         "  function Circ($x,$y,$r,$s){ $k=$this->k; $h=$this->h; $c=0.5523*$r;",
         "    $f=function($a,$b) use($k,$h){ return sprintf('%.2F %.2F',$a*$k,($h-$b)*$k);};",
         "    $this->_out($f($x+$r,$y).' m');",
         "    $this->_out($f($x+$r,$y-$c).' '.$f($x+$c,$y-$r).' '.$f($x,$y-$r).' c');",
         "    $this->_out($f($x-$c,$y-$r).' '.$f($x-$r,$y-$c).' '.$f($x-$r,$y).' c');",
         "    $this->_out($f($x-$r,$y+$c).' '.$f($x-$c,$y+$r).' '.$f($x,$y+$r).' c');",
         "    $this->_out($f($x+$c,$y+$r).' '.$f($x+$r,$y+$c).' '.$f($x+$r,$y).' c');",
         "    $this->_out($s=='F'?'f':($s=='FS'?'B':'S')); }",
         "  function Dash($d){ $this->_out($d ? sprintf('[%.2F %.2F] 0 d',$d[0],$d[1]) : '[] 0 d'); }",
         "}",
         "$p = new P('P','pt',array(612,792));",
         "$p->SetAutoPageBreak(false); $p->SetMargins(0,0,0);",
         "$p->SetTitle(%s); $p->SetCreator('FPDF');" % _php_str(title)]
    if author:
        L.append("$p->SetAuthor(%s);" % _php_str(author))
    font = ("H", "", 11)
    for op in doc.ops:
        k = op[0]
        if k == "page":
            orient = "L" if op[1] > op[2] else "P"
            L.append("$p->AddPage('%s', array(%g,%g));" % (orient, min(op[1], op[2]), max(op[1], op[2])))
            L.append("$p->SetFont('%s','%s',%g);" % (FPDF_FAMILY[font[0]], font[1], font[2]))
        elif k == "font":
            font = op[1:]
            L.append("$p->SetFont('%s','%s',%g);" % (FPDF_FAMILY[font[0]], font[1], font[2]))
        elif k == "fill":
            r, g, b = [int(round(v * 255)) for v in op[1:]]
            L.append("$p->SetTextColor(%d,%d,%d); $p->SetFillColor(%d,%d,%d);" % (r, g, b, r, g, b))
        elif k == "stroke":
            r, g, b = [int(round(v * 255)) for v in op[1:4]]
            L.append("$p->SetDrawColor(%d,%d,%d); $p->SetLineWidth(%g); $p->Dash(%s);" % (
                r, g, b, op[4], "array(%g,%g)" % tuple(op[5]) if op[5] else "null"))
        elif k == "text":
            L.append("$p->Text(%.2f,%.2f,%s);" % (op[1], op[2], _php_str(op[3])))
        elif k == "line":
            L.append("$p->Line(%.2f,%.2f,%.2f,%.2f);" % op[1:])
        elif k == "rect":
            m = {"S": "D", "F": "F", "FS": "DF"}[op[5]]
            L.append("$p->Rect(%.2f,%.2f,%.2f,%.2f,'%s');" % (op[1], op[2], op[3], op[4], m))
        elif k == "circle":
            L.append("$p->Circ(%.2f,%.2f,%.2f,'%s');" % op[1:])
        elif k == "field":
            fam, st, sz = op[8:]
            L.append("$p->SetFont('%s','%s',%g);" % (FPDF_FAMILY[fam], st, sz))
            L.append("$p->Text(%.2f,%.2f,%s);" % (_field_text_x(op), _field_baseline(op), _php_str(op[6])))
            L.append("$p->SetFont('%s','%s',%g);" % (FPDF_FAMILY[font[0]], font[1], font[2]))
    L.append("$p->Output('F', %s);" % _php_str(pdf_path))
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
def _ps_str(s):
    out = ["("]
    for b in s.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(ch)
    out.append(")")
    return "".join(out)


def render_ps(doc, title="Certificate", author=None):
    enc = encodings["WinAnsiEncoding"]
    L = ["%!PS-Adobe-3.0", "%%Title: " + title, "%%Creator: hand-written PostScript",
         "%%Pages: (atend)", "%%EndComments",
         "/WinAnsi [" + " ".join("/" + (g or ".notdef") for g in enc) + "] def",
         "/reenc { findfont dup length dict begin { 1 index /FID ne {def} {pop pop} ifelse } forall"
         " /Encoding WinAnsi def currentdict end definefont pop } bind def"]
    for (fam, st), fname in FONTS.items():
        L.append("/W-%s /%s reenc" % (fname, fname))
    L += ["/circ { 0 360 arc closepath } bind def",
          "[ /Title %s %s /DOCINFO pdfmark" % (_ps_str(title), ("/Author %s" % _ps_str(author)) if author else "")]
    font = ("H", "", 11)
    H = 0
    npage = 0
    fill = (0, 0, 0)
    strokec = (0, 0, 0)
    for op in doc.ops:
        k = op[0]
        if k == "page":
            if npage:
                L.append("showpage")
            npage += 1
            H = op[2]
            L.append("%%%%Page: %d %d" % (npage, npage))
            L.append("<< /PageSize [%g %g] >> setpagedevice" % (op[1], op[2]))
            L.append("/W-%s %g selectfont" % (FONTS[font[:2]], font[2]))
        elif k == "font":
            font = op[1:]
            L.append("/W-%s %g selectfont" % (FONTS[font[:2]], font[2]))
        elif k == "fill":
            fill = op[1:]
        elif k == "stroke":
            strokec = op[1:4]
            L.append("%g setlinewidth %s 0 setdash" % (op[4], "[%g %g]" % tuple(op[5]) if op[5] else "[]"))
        elif k == "text":
            L.append("%g %g %g setrgbcolor %.2f %.2f moveto %s show" % (fill + (op[1], H - op[2], _ps_str(op[3]))))
        elif k == "line":
            L.append("%g %g %g setrgbcolor newpath %.2f %.2f moveto %.2f %.2f lineto stroke" % (
                strokec + (op[1], H - op[2], op[3], H - op[4])))
        elif k in ("rect", "circle"):
            if k == "rect":
                x, y, w, h, m = op[1:]
                path = "newpath %.2f %.2f moveto %.2f 0 rlineto 0 %.2f rlineto %.2f 0 rlineto closepath" % (
                    x, H - y - h, w, h, -w)
            else:
                cx, cy, r, m = op[1:]
                path = "newpath %.2f %.2f %.2f circ" % (cx, H - cy, r)
            if "F" in m:
                L.append("%s %g %g %g setrgbcolor fill" % ((path,) + tuple(fill)))
            if "S" in m:
                L.append("%s %g %g %g setrgbcolor stroke" % ((path,) + tuple(strokec)))
        elif k == "field":
            fam, st, sz = op[8:]
            L.append("/W-%s %g selectfont" % (FONTS[(fam, st)], sz))
            L.append("%g %g %g setrgbcolor %.2f %.2f moveto %s show" % (
                fill + (_field_text_x(op), H - _field_baseline(op), _ps_str(op[6]))))
            L.append("/W-%s %g selectfont" % (FONTS[font[:2]], font[2]))
    L += ["showpage", "%%Trailer", "%%%%Pages: %d" % npage, "%%EOF"]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
def _pdf_lit(s):
    out = b"("
    for c in s.encode("cp1252"):
        ch = bytes([c])
        if ch in b"()\\":
            out += b"\\" + ch
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += ch
    return out + b")"


def _pdf_utf16(s):
    if all(ord(c) < 127 for c in s):
        return _pdf_lit(s)
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


RAW_FONT_KEYS = {name: "F%d" % i for i, name in enumerate(FONTS.values())}
DA_FONT_KEYS = {"Helvetica": "Helv", "Helvetica-Bold": "HeBo", "Helvetica-Oblique": "HeOb",
                "Helvetica-BoldOblique": "HeBO", "Times-Roman": "TiRo", "Times-Bold": "TiBo",
                "Times-Italic": "TiIt", "Times-BoldItalic": "TiBI", "Courier": "Cour",
                "Courier-Bold": "CoBo", "Courier-Oblique": "CoOb", "Courier-BoldOblique": "CoBO"}


def render_rawpdf(doc, title="Form"):
    """Hand-assembled PDF whose variable data live in AcroForm text fields
    (no appearance streams: qpdf generates them, then flattens)."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    def reserve():
        objs.append(None)
        return len(objs)

    font_obj = {}
    for name in FONTS.values():
        font_obj[name] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                             % name.encode())
    fres = b"<< " + b" ".join(b"/%s %d 0 R" % (RAW_FONT_KEYS[n].encode(), o) for n, o in font_obj.items()) + b" >>"
    dres = b"<< " + b" ".join(b"/%s %d 0 R" % (DA_FONT_KEYS[n].encode(), o) for n, o in font_obj.items()) + b" >>"
    pages_id = reserve()
    pages = []   # (w, h, content_lines, field_specs)
    cur = None
    font = ("H", "", 11)
    fill = (0, 0, 0)
    for op in doc.ops:
        k = op[0]
        if k == "page":
            cur = [op[1], op[2], [], []]
            pages.append(cur)
            continue
        H = cur[1]
        C = cur[2]
        if k == "font":
            font = op[1:]
        elif k == "fill":
            fill = op[1:]
            C.append("%g %g %g rg" % fill)
        elif k == "stroke":
            C.append("%g %g %g RG %g w %s 0 d" % (op[1], op[2], op[3], op[4],
                                                  "[%g %g]" % tuple(op[5]) if op[5] else "[]"))
        elif k == "text":
            C.append(("BT /%s %g Tf %.2f %.2f Td " % (RAW_FONT_KEYS[FONTS[font[:2]]], font[2], op[1], H - op[2]),
                      op[3]))
        elif k == "line":
            C.append("%.2f %.2f m %.2f %.2f l S" % (op[1], H - op[2], op[3], H - op[4]))
        elif k == "rect":
            x, y, w, h, m = op[1:]
            C.append("%.2f %.2f %.2f %.2f re %s" % (x, H - y - h, w, h, {"S": "S", "F": "f", "FS": "B"}[m]))
        elif k == "circle":
            cx, cy, r, m = op[1:]
            segs = _bezier_circle(cx, H - cy, r)
            s = []
            for sg in segs:
                s.append(" ".join("%.2f" % v for v in sg[1:]) + " " + sg[0])
            C.append(" ".join(s) + " " + {"S": "S", "F": "f", "FS": "B"}[m])
        elif k == "field":
            cur[3].append((op, fill))
    page_ids, field_ids = [], []
    for w, h, C, F in pages:
        buf = b""
        for item in C:
            if isinstance(item, tuple):
                buf += item[0].encode() + _pdf_lit(item[1]) + b" Tj ET\n"
            else:
                buf += item.encode() + b"\n"
        cs = add(b"<< /Length %d >>\nstream\n" % len(buf) + buf + b"endstream")
        pid = reserve()
        annots = []
        for op, fc in F:
            _, name, x, y, fw, fh, value, align, fam, st, sz = op
            # qpdf's appearance generator left-aligns, so centred / right
            # aligned fields get a box that starts where the text must start.
            q = 0
            if align != "L":
                tw = stringWidth(value, FONTS[(fam, st)], sz)
                x = _field_text_x(op) - 2
                fw = tw + 8
            da = "/%s %g Tf %g %g %g rg" % (DA_FONT_KEYS[FONTS[(fam, st)]], sz, fc[0], fc[1], fc[2])
            fid = add(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T %s /V %s /DA (%s) /Q %d /F 4 /Ff 1"
                      b" /Rect [%.2f %.2f %.2f %.2f] /P %d 0 R /MK << >> >>" % (
                          _pdf_lit(name), _pdf_utf16(value), da.encode(), q,
                          x, h - y - fh, x + fw, h - y, pid))
            annots.append(fid)
            field_ids.append(fid)
        objs[pid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Resources << /Font %s >>"
                         b" /Contents %d 0 R /Annots [%s] >>" % (
                             pages_id, w, h, fres, cs, b" ".join(b"%d 0 R" % a for a in annots)))
        page_ids.append(pid)
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))
    info = add(b"<< /Title %s /Producer (hand-assembled AcroForm template) >>" % _pdf_lit(title))
    cat = add(b"<< /Type /Catalog /Pages %d 0 R /AcroForm << /Fields [%s] /DA (/Helv 0 Tf 0 g) /DR << /Font %s >> /NeedAppearances true >> >>"
              % (pages_id, b" ".join(b"%d 0 R" % f for f in field_ids), dres))
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, xref)
    return out
