"""Minimal PDF writer: static page content in base-14 fonts plus AcroForm text fields.

The fields carry their values (/V, UTF-16) but no appearance streams; qpdf is then run with
--generate-appearances --flatten-annotations=all so that the values become page content.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth

from .common import run

STATIC_FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold",
                "F5": "Times-Italic", "F6": "Helvetica-Oblique", "F7": "Courier"}
FIELD_FONTS = {"Helv": "Helvetica", "HeBo": "Helvetica-Bold", "TiRo": "Times-Roman", "TiBo": "Times-Bold",
               "Cour": "Courier"}


def _lit(b):
    out = b"("
    for ch in b:
        if ch in b"()\\":
            out += b"\\" + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out += bytes([ch])
    return out + b")"


def pdf_text(s):
    """Text string for /V, /T: UTF-16BE with BOM."""
    return _lit(b"\xfe\xff" + s.encode("utf-16-be"))


def win(s):
    return _lit(s.encode("cp1252"))


def _rgb(c):
    return " ".join("%.3f" % (v / 255.0) for v in c)


class FormPDF:
    def __init__(self, width=612, height=792, title="Form"):
        self.w, self.h, self.title = width, height, title
        self.ops = []
        self.fields = []

    # -- static drawing (origin bottom-left, points)
    def text(self, x, y, s, font="F1", size=10, color=(0, 0, 0), align="left"):
        if align != "left":
            wdt = stringWidth(s, STATIC_FONTS[font], size)
            x = x - wdt / 2 if align == "center" else x - wdt
        self.ops.append(b"BT %s rg /%s %.2f Tf %.2f %.2f Td %s Tj ET" % (_rgb(color).encode(), font.encode(), size, x, y, win(s)))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6):
        op = b"%.2f w %s RG " % (lw, _rgb(stroke).encode()) if stroke else b""
        if fill:
            op += b"%s rg " % _rgb(fill).encode()
        paint = b"B" if (fill and stroke) else (b"f" if fill else b"S")
        self.ops.append(op + b"%.2f %.2f %.2f %.2f re %s" % (x, y, w, h, paint))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6, dash=None):
        d = (b"[%d %d] 0 d " % dash) if dash else b"[] 0 d "
        self.ops.append(b"%s%.2f w %s RG %.2f %.2f m %.2f %.2f l S [] 0 d" % (d, lw, _rgb(color).encode(), x1, y1, x2, y2))

    # -- fields
    def field(self, name, x, y, w, h, value, font="Helv", size=10, q=0, color=(0, 0, 0)):
        """q: 0 left, 1 centre, 2 right. qpdf ignores /Q, so the widget rectangle is moved instead."""
        if q:
            tw = stringWidth(value, FIELD_FONTS[font], size) + 4
            x = x + (w - tw) / 2 if q == 1 else x + w - tw
            w = tw
        self.fields.append((name, x, y, w, h, value, font, size, 0, color))

    def save(self, path_unflattened, path_out):
        objs = {}
        n = [0]

        def new():
            n[0] += 1
            return n[0]

        catalog, pages, page, content, info = new(), new(), new(), new(), new()
        font_ids = {k: new() for k in STATIC_FONTS}
        ffont_ids = {k: new() for k in FIELD_FONTS}
        field_ids = [new() for _ in self.fields]
        for k, base in STATIC_FONTS.items():
            objs[font_ids[k]] = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base.encode()
        for k, base in FIELD_FONTS.items():
            objs[ffont_ids[k]] = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base.encode()
        stream = b"\n".join(self.ops)
        objs[content] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        for fid, (name, x, y, w, h, value, font, size, q, color) in zip(field_ids, self.fields):
            objs[fid] = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /T %s /V %s /DA (/%s %.1f Tf %s rg) /Q %d "
                         b"/Rect [%.2f %.2f %.2f %.2f] /P %d 0 R /MK << >> >>"
                         % (pdf_text(name), pdf_text(value), font.encode(), size, _rgb(color).encode(), q,
                            x, y, x + w, y + h, page))
        res_fonts = b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in font_ids.items())
        dr_fonts = b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in ffont_ids.items())
        annots = b" ".join(b"%d 0 R" % f for f in field_ids)
        objs[page] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                      b"/Resources << /Font << %s >> >> /Annots [%s] >>" % (pages, self.w, self.h, content, res_fonts, annots))
        objs[pages] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
        objs[catalog] = (b"<< /Type /Catalog /Pages %d 0 R /AcroForm << /Fields [%s] /NeedAppearances true "
                         b"/DA (/Helv 0 Tf 0 g) /DR << /Font << %s >> >> >> >>" % (pages, annots, dr_fonts))
        objs[info] = b"<< /Title %s /Producer (certs-z8 formpdf) >>" % pdf_text(self.title)
        out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
        offsets = {}
        for i in range(1, n[0] + 1):
            offsets[i] = len(out)
            out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (n[0] + 1)
        out += b"".join(b"%010d 00000 n \n" % offsets[i] for i in range(1, n[0] + 1))
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n[0] + 1, catalog, info, xref)
        with open(path_unflattened, "wb") as f:
            f.write(out)
        run(["qpdf", "--generate-appearances", "--flatten-annotations=all", path_unflattened, path_out])
