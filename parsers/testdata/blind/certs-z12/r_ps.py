# -*- coding: utf-8 -*-
"""Hand-written PostScript, distilled with Ghostscript (pdfwrite)."""
import os
import subprocess

from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, ".profiles")

# ISOLatin1Encoding with a few extra glyphs in the unused 0x80.. slots
EXTRA = {"\u2013": (0x80, "endash"), "\u2014": (0x81, "emdash"), "\u2122": (0x82, "trademark"),
         "\u2022": (0x83, "bullet"), "\u2019": (0x84, "quoteright"), "\u201c": (0x85, "quotedblleft"),
         "\u201d": (0x86, "quotedblright")}

PROLOG = r"""%!PS-Adobe-3.0
%%Creator: hand-written PostScript (z12 blind set)
%%Pages: (atend)
/CertEnc ISOLatin1Encoding 256 array copy def
CertEnc 39 /quotesingle put CertEnc 96 /grave put CertEnc 45 /hyphen put
""" + "".join("CertEnc %d /%s put\n" % (code, name) for code, name in EXTRA.values()) + r"""
/reenc { % newname basefont
  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding CertEnc def currentdict end definefont pop } def
/F-R /Times-Roman reenc /F-B /Times-Bold reenc /F-I /Times-Italic reenc /F-BI /Times-BoldItalic reenc
/H-R /Helvetica reenc /H-B /Helvetica-Bold reenc /H-I /Helvetica-Oblique reenc
/ctext { % str x y -> centred at x
  moveto dup stringwidth pop 2 div neg 0 rmoveto show } def
/rtext { moveto dup stringwidth pop neg 0 rmoveto show } def
/ltext { moveto show } def
/sf { exch findfont exch scalefont setfont } def
/rgb { setrgbcolor } def
"""

RLFONT = {"F-R": "Times-Roman", "F-B": "Times-Bold", "F-I": "Times-Italic", "F-BI": "Times-BoldItalic",
          "H-R": "Helvetica", "H-B": "Helvetica-Bold", "H-I": "Helvetica-Oblique"}


def s(text):
    """PostScript string literal with octal escapes for non-ASCII."""
    out = []
    for ch in text:
        if ch in EXTRA:
            out.append("\\%03o" % EXTRA[ch][0])
        elif ch in "()\\":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif ord(ch) < 256:
            out.append("\\%03o" % ord(ch))
        else:
            raise ValueError("no glyph for %r" % ch)
    return "(" + "".join(out) + ")"


def width(text, font, size):
    t = "".join("-" if ch in EXTRA else ch for ch in text)
    return stringWidth(t, RLFONT[font], size)


def wrap(text, font, size, maxw):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if width(t, font, size) <= maxw:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class PS:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.buf = [PROLOG, "<< /PageSize [%d %d] >> setpagedevice\n" % (w, h)]
        self.page = 0
        self.begin()

    def begin(self):
        self.page += 1
        self.buf.append("%%%%Page: %d %d\n" % (self.page, self.page))

    def showpage(self):
        self.buf.append("showpage\n")

    def newpage(self):
        self.showpage()
        self.begin()

    def o(self, code):
        self.buf.append(code + "\n")

    def font(self, f, size):
        self.o("/%s %g sf" % (f, size))

    def c(self, text, y, f, size, x=None):
        self.font(f, size)
        self.o("%s %g %g ctext" % (s(text), self.w / 2 if x is None else x, y))

    def l(self, text, x, y, f, size):
        self.font(f, size)
        self.o("%s %g %g ltext" % (s(text), x, y))

    def r(self, text, x, y, f, size):
        self.font(f, size)
        self.o("%s %g %g rtext" % (s(text), x, y))

    def para(self, text, x, y, f, size, maxw, lead=None, center=False):
        lead = lead or size * 1.3
        for line in wrap(text, f, size, maxw):
            if center:
                self.c(line, y, f, size, x + maxw / 2)
            else:
                self.l(line, x, y, f, size)
            y -= lead
        return y

    def color(self, r, g, b):
        self.o("%g %g %g rgb" % (r, g, b))

    def save(self, path):
        self.showpage()
        self.buf.append("%%%%Trailer\n%%%%Pages: %d\n%%%%EOF\n" % self.page)
        with open(path, "w", encoding="ascii") as f:
            f.write("".join(self.buf))


# ------------------------------------------------------------------ zl09
def zl09(c):
    p = PS(792, 612)
    W, H = 792, 612
    p.color(0.10, 0.23, 0.36)
    p.o("6 setlinewidth 28 28 %g %g rectstroke" % (W - 56, H - 56))
    p.o("1 setlinewidth 38 38 %g %g rectstroke" % (W - 76, H - 76))
    # corner ornaments
    for x, y in ((38, 38), (W - 38, 38), (38, H - 38), (W - 38, H - 38)):
        p.o("newpath %g %g 9 0 360 arc fill" % (x, y))
    # logo: stylised bench + flask, no lettering
    p.color(0.93, 0.55, 0.13)
    p.o("newpath %g 520 moveto %g 520 lineto %g 548 lineto %g 548 lineto closepath fill" % (W / 2 - 26, W / 2 + 26, W / 2 + 8, W / 2 - 8))
    p.color(0.10, 0.23, 0.36)
    p.o("%g 510 52 6 rectfill" % (W / 2 - 26))
    p.c(c["org"], 488, "H-B", 14)
    p.color(0, 0, 0)
    p.c(c["heading"], 440, "F-R", 32)
    p.c(c["intro"], 405, "F-I", 14)
    p.c(c["name"], 370, "F-B", 28)
    p.o("0.6 setlinewidth %g 360 moveto %g 360 lineto stroke" % (W / 2 - 210, W / 2 + 210))
    p.c(c["verb"], 337, "F-I", 14)
    y = 308
    for t in c["title_lines"]:
        p.c(t, y, "F-B", 20)
        y -= 25
    p.c(c["fmt"], y - 2, "H-R", 11)
    p.c(c["date_line"], y - 26, "F-R", 14)
    p.c(c["credit_line"], y - 50, "F-B", 15)
    p.c("     ".join("%s: %s" % kv for kv in c["fields"]), y - 74, "H-R", 10)
    p.o("0.6 setlinewidth %g 118 moveto %g 118 lineto stroke" % (W / 2 - 110, W / 2 + 110))
    p.c(c["sig"][0], 105, "H-R", 10)
    p.c(c["sig"][1], 92, "H-I", 10)
    p.color(0.25, 0.25, 0.25)
    p.para(c["statement"], 90, 66, "H-R", 8.5, W - 180, center=True)
    return p


# ------------------------------------------------------------------ zl17
def zl17(c):
    p = PS(792, 612)
    W, H = 792, 612
    plum = (0.29, 0.18, 0.51)
    p.color(*plum)
    p.o("14 setlinewidth 20 20 %g %g rectstroke" % (W - 40, H - 40))
    p.o("0.9 0.86 0.96 rgb 2 setlinewidth 36 36 %g %g rectstroke" % (W - 72, H - 72))
    # seal with scalloped edge
    p.color(*plum)
    p.o("gsave %g 500 translate 0 15 345 { gsave rotate 44 0 7 0 360 arc fill grestore } for grestore" % (W / 2))
    p.o("newpath %g 500 44 0 360 arc fill" % (W / 2))
    p.color(1, 1, 1)
    p.o("1.5 setlinewidth newpath %g 500 36 0 360 arc stroke" % (W / 2))
    p.c(c["logo"], 493, "H-B", 18)
    p.color(*plum)
    p.c(c["org"], 432, "H-B", 14)
    p.color(0, 0, 0)
    p.c(c["heading"], 392, "F-R", 30)
    p.c(c["intro"], 362, "F-I", 13)
    p.c(c["name"], 330, "F-B", 26)
    p.c(c["verb"], 303, "F-I", 13)
    y = 276
    for t in c["title_lines"]:
        p.c(t, y, "F-B", 19)
        y -= 24
    p.c(c["date_line"], y - 4, "F-R", 13)
    p.c(c["meeting_line"], y - 24, "H-R", 10)
    p.c(c["credit_line"], y - 50, "F-B", 16)
    p.c("      ".join("%s: %s" % kv for kv in c["fields"]), y - 72, "H-R", 10)
    p.o("0.6 setlinewidth 90 98 moveto 290 98 lineto stroke")
    p.l(c["sig"][0], 90, 85, "H-R", 9.5)
    p.l(c["sig"][1], 90, 73, "H-I", 9.5)
    p.color(0.3, 0.3, 0.3)
    p.para(c["statement"], 380, 92, "H-I", 8.5, 320)
    return p


# ------------------------------------------------------------------ zl26
def zl26(c):
    p = PS(792, 612)
    W, H = 792, 612
    navy = (0.05, 0.27, 0.45)
    p.color(*navy)
    p.o("0 %g %g 96 rectfill" % (H - 96, W))
    p.color(0.55, 0.78, 0.91)
    p.o("0 %g %g 6 rectfill" % (H - 102, W))
    # logo: white rounded square with a cross-like lab mark + initials
    p.color(1, 1, 1)
    p.o("newpath 52 %g moveto 112 %g lineto 112 %g lineto 52 %g lineto closepath fill" % (H - 18, H - 18, H - 78, H - 78))
    p.color(*navy)
    p.c(c["logo"], H - 56, "H-B", 17, x=82)
    p.color(1, 1, 1)
    p.l(c["org"], 130, H - 45, "H-B", 22)
    p.l(c["sub"], 130, H - 68, "H-R", 13)
    p.color(0, 0, 0)
    p.c(c["heading"], 440, "F-R", 32)
    p.c(c["intro"], 405, "F-I", 13)
    p.c(c["name"], 372, "F-B", 27)
    p.c(c["verb"], 342, "F-I", 13)
    y = 313
    for t in c["title_lines"]:
        p.c(t, y, "F-B", 19)
        y -= 24
    xs = [W / 2 - 220, W / 2, W / 2 + 220]
    for (k, v), x in zip(c["fields"], xs):
        p.c(k, y - 24, "H-B", 9, x=x)
        p.c(v, y - 40, "H-R", 12, x=x)
    p.o("0.6 setlinewidth %g 128 moveto %g 128 lineto stroke" % (W / 2 - 110, W / 2 + 110))
    p.c(c["sig"][0], 115, "H-R", 10)
    p.c(c["sig"][1], 102, "H-I", 10)
    p.color(0.3, 0.3, 0.3)
    p.para(c["statement"], 100, 72, "H-R", 8.5, W - 200, center=True)
    return p


# ------------------------------------------------------------------ zl35 (2 pages: certificate + agenda)
def zl35(c):
    W, H = 612, 792
    p = PS(W, H)
    teal = (0.0, 0.42, 0.45)
    p.color(*teal)
    p.o("3 setlinewidth 30 30 %g %g rectstroke" % (W - 60, H - 60))
    # logo: three stacked bars
    for i, shade in enumerate((0.0, 0.25, 0.5)):
        p.o("%g %g %g rgb %g %g 60 9 rectfill" % (shade, 0.42 + shade * 0.5, 0.45 + shade * 0.5, W / 2 - 30, H - 100 - i * 13))
    p.color(*teal)
    p.c(c["org"], H - 150, "H-B", 22)
    p.color(0, 0, 0)
    p.c(c["heading"], H - 215, "F-R", 30)
    p.c(c["intro"], H - 255, "F-I", 13)
    p.c(c["name"], H - 290, "F-B", 24)
    p.c(c["verb"], H - 320, "F-I", 13)
    p.c(c["title"], H - 352, "F-B", 19)
    p.c(c["where"], H - 376, "F-R", 13)
    p.c(c["credit_line"], H - 410, "F-I", 13)
    p.c("%s: %s" % c["fields"][0], H - 440, "H-R", 9.5)
    p.o("0.6 setlinewidth %g 200 moveto %g 200 lineto stroke" % (W / 2 - 110, W / 2 + 110))
    p.c(c["sig"][0], 187, "H-R", 10)
    p.c(c["sig"][1], 174, "H-I", 10)
    p.color(0.3, 0.3, 0.3)
    p.para(c["statement"], 70, 120, "H-R", 8.5, W - 140, center=True)
    p.c("Session agenda and hours on page 2", 60, "H-I", 8)
    p.newpage()
    p.color(*teal)
    p.l(c["title"] + " \u2014 Program Agenda", 60, H - 80, "H-B", 14)
    p.color(0, 0, 0)
    p.l("Day", 60, H - 115, "H-B", 10)
    p.l("Session", 150, H - 115, "H-B", 10)
    p.r("Contact Hours", W - 60, H - 115, "H-B", 10)
    p.o("0.5 setlinewidth 60 %g moveto %g %g lineto stroke" % (H - 121, W - 60, H - 121))
    y = H - 140
    for day, sess, hrs in c["agenda"]:
        p.l(day, 60, y, "H-R", 10)
        p.l(sess, 150, y, "H-R", 10)
        p.r(hrs, W - 90, y, "H-R", 10)
        y -= 20
    p.o("0.5 setlinewidth 60 %g moveto %g %g lineto stroke" % (y + 12, W - 60, y + 12))
    total = sum(float(h) for _, _, h in c["agenda"])
    p.l("Total", 150, y - 4, "H-B", 10)
    p.r("%.1f" % total, W - 90, y - 4, "H-B", 10)
    p.para("Attendance was verified by badge scan at each session. Hours shown are the maximum available per "
           "session; the certificate on page 1 states the hours awarded.", 60, y - 40, "H-I", 9, W - 120)
    return p


def render(cert, out_pdf):
    src_dir = os.path.join(PROF, "src")
    os.makedirs(src_dir, exist_ok=True)
    src = os.path.join(src_dir, cert["id"] + ".ps")
    globals()[cert["id"]](cert["c"]).save(src)
    if os.path.exists(out_pdf):
        os.remove(out_pdf)
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-dEmbedAllFonts=true", "-sOutputFile=" + out_pdf, src], check=True)
