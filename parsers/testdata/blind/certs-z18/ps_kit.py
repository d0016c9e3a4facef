"""Helpers to write PostScript certificates by hand (rendered by Ghostscript pdfwrite).

Fonts are the standard 35 re-encoded to ISO Latin-1 plus a few extra glyphs (trademark, dashes, bullet).
Wrapping uses ReportLab's AFM metrics for the same standard fonts.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth

EXTRA = {"™": (0o200, "trademark"), "–": (0o201, "endash"), "—": (0o202, "emdash"), "•": (0o203, "bullet"),
         "’": (0o204, "quoteright"), "“": (0o205, "quotedblleft"), "”": (0o206, "quotedblright")}

FONTS = ["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica", "Helvetica-Bold",
         "Helvetica-Oblique", "ZapfChancery-MediumItalic", "Palatino-Roman", "Palatino-Bold", "Palatino-Italic",
         "NewCenturySchlbk-Roman", "NewCenturySchlbk-Bold"]


def prolog(width, height, title):
    # ISOLatin1Encoding has /minus at 45; put /hyphen back so "-" extracts as a hyphen
    enc = "dup 45 /hyphen put " + " ".join("dup %d /%s put" % (code, nm) for code, nm in EXTRA.values())
    fonts = "\n".join("/%s /L-%s reenc" % (f, f) for f in FONTS)
    return f"""%!PS-Adobe-3.0
%%Title: {title}
%%Creator: hand-written PostScript (z18 blind set)
%%BoundingBox: 0 0 {width} {height}
%%Pages: (atend)
%%EndComments
<< /PageSize [{width} {height}] >> setpagedevice
/LEnc ISOLatin1Encoding 256 array copy {enc} def
/reenc {{ % /Base /New reenc
  exch findfont dup length dict begin
  {{ 1 index /FID ne {{ def }} {{ pop pop }} ifelse }} forall
  /Encoding LEnc def currentdict end definefont pop }} def
{fonts}
/F {{ exch findfont exch scalefont setfont }} def          % /Name size F
/C {{ moveto dup stringwidth pop 2 div neg 0 rmoveto show }} def   % (s) x y C
/L {{ moveto show }} def                                       % (s) x y L
/R {{ moveto dup stringwidth pop neg 0 rmoveto show }} def     % (s) x y R
/CA {{ % (s) ax x y CA : centred, letter-spaced with ashow
  5 dict begin /y exch def /x exch def /ax exch def /str exch def
  str stringwidth pop str length 1 sub ax mul add /w exch def
  x w 2 div sub y moveto ax 0 str ashow end }} def
/rgb {{ setrgbcolor }} def
/box {{ % x y w h box (stroke)
  4 dict begin /h exch def /w exch def /y exch def /x exch def
  newpath x y moveto w 0 rlineto 0 h rlineto w neg 0 rlineto closepath stroke end }} def
/fbox {{ 4 dict begin /h exch def /w exch def /y exch def /x exch def
  newpath x y moveto w 0 rlineto 0 h rlineto w neg 0 rlineto closepath fill end }} def
/ln {{ newpath moveto lineto stroke }} def                     % x2 y2 x1 y1 ln
%%EndProlog
"""


def s(text):
    """Python str -> PostScript string literal in the LEnc encoding."""
    out = []
    for ch in text:
        if ch in EXTRA:
            out.append("\\%03o" % EXTRA[ch][0])
        elif ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            code = ch.encode("latin-1")[0]
            out.append("\\%03o" % code)
    return "(" + "".join(out) + ")"


def font(name, size):
    return "/L-%s %s F\n" % (name, size)


# AFM metrics ReportLab lacks: measure with a comparable face (slightly conservative widths)
METRIC_SUBST = {"NewCenturySchlbk-Roman": "Helvetica", "NewCenturySchlbk-Bold": "Helvetica-Bold",
                "Palatino-Roman": "Helvetica", "Palatino-Bold": "Helvetica-Bold", "Palatino-Italic": "Helvetica-Oblique",
                "ZapfChancery-MediumItalic": "Times-Italic"}


def wrap(text, fontname, size, width):
    fontname = METRIC_SUBST.get(fontname, fontname)
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, fontname, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []

    def add(self, code):
        self.ops.append(code)

    def color(self, r, g, b):
        self.add("%.3f %.3f %.3f rgb\n" % (r, g, b))

    def text(self, txt, x, y, fontname, size, align="C", color=(0, 0, 0)):
        self.color(*color)
        self.add(font(fontname, size))
        self.add("%s %.1f %.1f %s\n" % (s(txt), x, y, align))

    def spaced(self, txt, x, y, fontname, size, ax, color=(0, 0, 0)):
        self.color(*color)
        self.add(font(fontname, size))
        self.add("%s %.2f %.1f %.1f CA\n" % (s(txt), ax, x, y))

    def para(self, txt, x, y, fontname, size, width, leading, align="C", color=(0, 0, 0)):
        for line in wrap(txt, fontname, size, width):
            self.text(line, x, y, fontname, size, align, color)
            y -= leading
        return y

    def rect(self, x, y, w, h, lw=1, color=(0, 0, 0), fill=False):
        self.color(*color)
        self.add("%.2f setlinewidth %.1f %.1f %.1f %.1f %s\n" % (lw, x, y, w, h, "fbox" if fill else "box"))

    def line(self, x1, y1, x2, y2, lw=0.6, color=(0, 0, 0)):
        self.color(*color)
        self.add("%.2f setlinewidth %.1f %.1f %.1f %.1f ln\n" % (lw, x2, y2, x1, y1))

    def circle(self, x, y, r, lw=1, color=(0, 0, 0)):
        self.color(*color)
        self.add("%.2f setlinewidth newpath %.1f %.1f %.1f 0 360 arc stroke\n" % (lw, x, y, r))


def document(pages, width, height, title):
    out = [prolog(width, height, title)]
    for i, p in enumerate(pages, 1):
        out.append("%%%%Page: %d %d\n" % (i, i))
        out.append("".join(p.ops))
        out.append("showpage\n")
    out.append("%%%%Trailer\n%%%%Pages: %d\n%%%%EOF\n" % len(pages))
    return "".join(out)
