"""Certificates written as PostScript programs and converted with Ghostscript
(pdfwrite).  Fonts are the base-35 Type 1 fonts re-encoded to a Windows-1252
layout; line breaking of long titles is computed here from the AFM metrics."""
from common import gold
from engine import ps_pdf, ps_str
from reportlab.pdfbase._glyphlist import _glyphname2unicode

CERTS = []


def cert(fn):
    CERTS.append(fn)
    return fn


BASE_FONTS = ["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica", "Helvetica-Bold",
              "Helvetica-Oblique", "NewCenturySchlbk-Roman", "NewCenturySchlbk-Bold", "NewCenturySchlbk-Italic",
              "Palatino-Roman", "Palatino-Bold", "Palatino-Italic", "ZapfChancery-MediumItalic"]

PROLOG = r"""%%!PS-Adobe-3.0
%%%%Title: %(title)s
%%%%Creator: hand-written PostScript (z33 certificate set)
%%%%BoundingBox: 0 0 %(w)d %(h)d
%%%%Pages: 1
%%%%EndComments
%%%%BeginProlog
/CertEncoding ISOLatin1Encoding 256 array copy def
CertEncoding 16#27 /quotesingle put
CertEncoding 16#2D /hyphen put
CertEncoding 16#60 /grave put
[16#91 /quoteleft 16#92 /quoteright 16#93 /quotedblleft 16#94 /quotedblright
 16#95 /bullet 16#96 /endash 16#97 /emdash 16#99 /trademark]
aload length 2 idiv { CertEncoding 3 1 roll put } repeat
/reencode { %% /newname /basefont reencode -
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding CertEncoding def
    currentdict
  end definefont pop
} bind def
%(fonts)s
/PW %(w)d def
/F { exch findfont exch scalefont setfont } bind def          %% /Font size F
/L { moveto show } bind def                                    %% (s) x y L
/C { /y exch def /s exch def PW s stringwidth pop sub 2 div y moveto s show } bind def   %% (s) y C
/CX { /y exch def /cx exch def /s exch def cx s stringwidth pop 2 div sub y moveto s show } bind def  %% (s) cx y CX
/R { /y exch def /x exch def /s exch def x s stringwidth pop sub y moveto s show } bind def  %% (s) x y R
/SP { /y exch def /s exch def /ax exch def                     %% ax (s) y SP : centred, letter-spaced
  PW s stringwidth pop s length 1 sub ax mul add sub 2 div y moveto ax 0 s ashow } bind def
/RGB { setrgbcolor } bind def
/BOX { /lw exch def /hh exch def /ww exch def /yy exch def /xx exch def
  lw setlinewidth newpath xx yy ww hh rectstroke } bind def   %% x y w h lw BOX
/FILL { /hh exch def /ww exch def /yy exch def /xx exch def newpath xx yy ww hh rectfill } bind def
/LN { setlinewidth newpath moveto lineto stroke } bind def     %% x1 y1 x2 y2 lw LN
/DISC { newpath 0 360 arc fill } bind def                      %% x y r DISC
/RING { setlinewidth newpath 0 360 arc stroke } bind def       %% x y r lw RING
%%%%EndProlog
%%%%Page: 1 1
<< /PageSize [%(w)d %(h)d] >> setpagedevice
"""


AFM_DIR = "/usr/share/fonts/type1/urw-base35/"
AFM_FILES = {
    "Times-Roman": "NimbusRoman-Regular", "Times-Bold": "NimbusRoman-Bold", "Times-Italic": "NimbusRoman-Italic",
    "Times-BoldItalic": "NimbusRoman-BoldItalic", "Helvetica": "NimbusSans-Regular", "Helvetica-Bold": "NimbusSans-Bold",
    "Helvetica-Oblique": "NimbusSans-Italic", "NewCenturySchlbk-Roman": "C059-Roman", "NewCenturySchlbk-Bold": "C059-Bold",
    "NewCenturySchlbk-Italic": "C059-Italic", "Palatino-Roman": "P052-Roman", "Palatino-Bold": "P052-Bold",
    "Palatino-Italic": "P052-Italic", "ZapfChancery-MediumItalic": "Z003-MediumItalic",
}
_AFM = {}


def afm_widths(font):
    """Character -> advance width (1/1000 em) read from the URW AFM file that
    Ghostscript substitutes for the base-35 font."""
    if font not in _AFM:
        w = {}
        with open(AFM_DIR + AFM_FILES[font] + ".afm", encoding="latin-1") as fh:
            for line in fh:
                if not line.startswith("C "):
                    continue
                items = dict(x.strip().split(" ", 1) for x in line.split(";") if x.strip() and " " in x.strip())
                name = items.get("N")
                u = _glyphname2unicode.get(name)
                if u is not None:
                    w[chr(u)] = float(items["WX"])
        _AFM[font] = w
    return _AFM[font]


def text_width(s, font, size):
    w = afm_widths(font)
    return sum(w.get(ch, 600) for ch in s) * size / 1000.0


def wrap(text, font, size, width):
    lines, cur = [], ""
    for word in text.split():
        t = (cur + " " + word).strip()
        if text_width(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


class PS:
    def __init__(self, w, h, title):
        fonts = "\n".join("/%s-Cert /%s reencode" % (f, f) for f in BASE_FONTS)
        self.w, self.h = w, h
        self.parts = [PROLOG % dict(title=title, w=w, h=h, fonts=fonts)]
        self.font_name, self.size = "Times-Roman", 12

    def raw(self, s):
        self.parts.append(s)
        return self

    def font(self, name, size):
        self.font_name, self.size = name, size
        return self.raw("/%s-Cert %s F" % (name, size))

    def rgb(self, r, g, b):
        return self.raw("%.3f %.3f %.3f RGB" % (r, g, b))

    def gray(self, v):
        return self.rgb(v, v, v)

    def c(self, y, s):
        return self.raw("%s %.1f C" % (ps_str(s), y))

    def cx(self, cx, y, s):
        return self.raw("%s %.1f %.1f CX" % (ps_str(s), cx, y))

    def l(self, x, y, s):
        return self.raw("%s %.1f %.1f L" % (ps_str(s), x, y))

    def r(self, x, y, s):
        return self.raw("%s %.1f %.1f R" % (ps_str(s), x, y))

    def spaced(self, y, s, ax):
        return self.raw("%.2f %s %.1f SP" % (ax, ps_str(s), y))

    def box(self, x, y, w, h, lw=1):
        return self.raw("%.1f %.1f %.1f %.1f %.2f BOX" % (x, y, w, h, lw))

    def fill(self, x, y, w, h):
        return self.raw("%.1f %.1f %.1f %.1f FILL" % (x, y, w, h))

    def line(self, x1, y1, x2, y2, lw=0.6):
        return self.raw("%.1f %.1f %.1f %.1f %.2f LN" % (x1, y1, x2, y2, lw))

    def disc(self, x, y, r):
        return self.raw("%.1f %.1f %.1f DISC" % (x, y, r))

    def ring(self, x, y, r, lw=1):
        return self.raw("%.1f %.1f %.1f %.2f RING" % (x, y, r, lw))

    def wrapped(self, y, s, width, leading, align="center", x=None):
        """Wrap with AFM metrics of the current font; returns y below the block."""
        for line in wrap(s, self.font_name, self.size, width):
            if align == "center":
                self.c(y, line)
            else:
                self.l(x, y, line)
            y -= leading
        return y

    def out(self):
        return "\n".join(self.parts + ["showpage", "%%EOF", ""])


# --------------------------------------------------------------------------- yg05
@cert
def yg05():
    g = gold("yg05", "state-society", "ghostscript",
             ["portrait", "centered-award", "border", "accented", "hyphenated", "credentials", "format-line",
              "wrapped-title+label", "session-date", "date-range", "accreditation-subject-only", "signatures"],
             "Session certificate at a state society 'Spring Symposium' (format line, not title); wrapped title "
             "directly followed by 'Session date:' (gold), symposium range April 9-11 is a distractor; provider "
             "appears only as the subject of the P.A.C.E. statement; 'Course No. 539-204-25' without colon.",
             "Zoë Lindahl-Brandt",
             "Cascade Reporting of Antimicrobial Susceptibility Results: Building a Stewardship-Ready Microbiology Report",
             "2025-04-10", 1.5, "contact hour",
             ["Minnesota Society for Clinical Laboratory Science"], "539-204-25")

    def render():
        W, H = 612, 792
        p = PS(W, H, "Certificate of Attendance")
        p.rgb(0.12, 0.30, 0.45).box(30, 30, W - 60, H - 60, 3).box(38, 38, W - 76, H - 76, 0.8)
        p.ring(W / 2, H - 105, 34, 2).disc(W / 2, H - 105, 28)
        p.gray(1).font("Helvetica-Bold", 9).c(H - 102, "SPRING").c(H - 113, "2025")
        p.rgb(0.12, 0.30, 0.45).font("Palatino-Bold", 32).c(H - 185, "Certificate of Attendance")
        p.gray(0).font("Palatino-Italic", 14).c(H - 225, "This certifies that")
        p.font("Palatino-Bold", 24).c(H - 262, "Zoë Lindahl-Brandt, MLS(ASCP)CM")
        p.line(150, H - 272, W - 150, H - 272, 0.5)
        p.font("Palatino-Italic", 14).c(H - 298, "participated in the following session at the")
        p.rgb(0.12, 0.30, 0.45).font("Helvetica-Bold", 13).spaced(H - 325, "Spring Symposium", 1.5)
        p.gray(0).font("Palatino-Bold", 17)
        y = p.wrapped(H - 358, "Cascade Reporting of Antimicrobial Susceptibility Results: Building a Stewardship-Ready Microbiology Report",
                      480, 21)
        p.font("Palatino-Roman", 13).c(y - 2, "Session date: April 10, 2025")
        p.c(y - 20, "Contact hours: 1.5")
        p.c(y - 38, "Course No. 539-204-25")
        p.gray(0.3).font("Palatino-Italic", 11).c(y - 64, "Presented by Farrah Al-Sayed, PharmD, BCIDP, and Nils Ostrowski, MS, M(ASCP)")
        p.gray(0).line(90, 200, 270, 200).line(W - 270, 200, W - 90, 200)
        p.font("Helvetica", 9.5).cx(180, 187, "Greta Solberg-Haugen, MLS(ASCP)").cx(180, 175, "Symposium Chair")
        p.cx(W - 180, 187, "Marcus Ebbesen, MS, MLS(ASCP)CM").cx(W - 180, 175, "Education Chair")
        p.gray(0.25).font("Helvetica", 8.5)
        p.wrapped(128, "The Minnesota Society for Clinical Laboratory Science is approved as a provider of continuing education "
                       "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", 470, 11)
        p.gray(0.45).font("Helvetica", 8).c(86, "Spring Symposium 2025 \u2022 April 9\u201311, 2025 \u2022 Lakewalk Conference Center, Duluth, Minnesota")
        ps_pdf("yg05", p.out())
    return g, render


# --------------------------------------------------------------------------- yg15
@cert
def yg15():
    g = gold("yg15", "public-health-lab", "ghostscript",
             ["landscape", "centered-award", "border", "seal", "caps-name", "wrapped-title+label", "signatures"],
             "Public health laboratory shipper training; ALL-CAPS name; wrapped title directly followed by 'Training "
             "date:'; ID labelled 'Training No.'; the 'valid through' expiry date is a distractor.",
             "GRAHAM T. ELLSWORTH",
             "Biosafety and Biosecurity for Sentinel Clinical Laboratories: Packaging and Shipping Division 6.2 Infectious Substances",
             "2025-05-22", 3.0, "contact hour",
             ["Alder County Public Health Laboratory"], "PHL-BT-2505")

    def render():
        W, H = 792, 612
        p = PS(W, H, "Certificate of Training")
        p.rgb(0.55, 0.10, 0.10).box(24, 24, W - 48, H - 48, 5).rgb(0.2, 0.2, 0.2).box(34, 34, W - 68, H - 68, 0.6)
        p.rgb(0.55, 0.10, 0.10).ring(100, H - 100, 38, 3).ring(100, H - 100, 31, 0.8)
        p.font("Helvetica-Bold", 6.5).cx(100, H - 96, "ALDER COUNTY").font("Helvetica-Bold", 9).cx(100, H - 108, "PHL")
        p.font("NewCenturySchlbk-Bold", 20).c(H - 80, "Alder County Public Health Laboratory")
        p.gray(0.3).font("NewCenturySchlbk-Italic", 11.5).c(H - 97, "Laboratory Preparedness and Response")
        p.gray(0).font("NewCenturySchlbk-Bold", 30).spaced(H - 160, "CERTIFICATE OF TRAINING", 2)
        p.font("NewCenturySchlbk-Italic", 14).c(H - 195, "This is to certify that")
        p.font("NewCenturySchlbk-Bold", 24).c(H - 230, "GRAHAM T. ELLSWORTH")
        p.font("NewCenturySchlbk-Italic", 14).c(H - 260, "has completed the training course")
        p.font("NewCenturySchlbk-Bold", 17)
        y = p.wrapped(H - 292, "Biosafety and Biosecurity for Sentinel Clinical Laboratories: Packaging and Shipping "
                               "Division 6.2 Infectious Substances", 560, 21)
        p.font("NewCenturySchlbk-Roman", 13).c(y - 2, "Training date: May 22, 2025")
        p.c(y - 20, "Training No. PHL-BT-2505  \u2022  3.0 contact hours")
        p.gray(0.3).font("NewCenturySchlbk-Italic", 10.5).c(y - 42, "Shipper training valid through May 22, 2027 (recurrent training required every 24 months)")
        p.gray(0).line(110, 118, 300, 118).line(W - 300, 118, W - 110, 118)
        p.font("Helvetica", 9.5).cx(205, 105, "Beatriz Olmedo-Strand, PhD, HCLD(ABB)").cx(205, 93, "Laboratory Director")
        p.cx(W - 205, 105, "Kenji Halvorsen, MPH, CBSP").cx(W - 205, 93, "Biosafety Officer")
        p.gray(0.25).font("Helvetica", 8.5).c(60, "Alder County Public Health Laboratory is approved as a provider of continuing education programs "
                                                   "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
        ps_pdf("yg15", p.out())
    return g, render


# --------------------------------------------------------------------------- yg19
@cert
def yg19():
    g = gold("yg19", "ASCP", "ghostscript",
             ["portrait", "centered-award", "border", "seal", "issuer-line-only", "for-and-in-name", "format-line",
              "wrapped-title+label", "credentials"],
             "Provider printed only as the issuer line above 'CERTIFICATE OF COMPLETION' (no short form printed); "
             "'eCast' format line; title mentions CAP (not the provider); wrapped title directly followed by "
             "'Date of completion:'; order number and print date are distractors.",
             "Fernando A. Paz",
             "Digital Pathology Validation Under CAP Guidelines: Whole Slide Imaging for Primary Diagnosis",
             "2025-07-09", 1.5, "CMLE",
             ["American Society for Clinical Pathology"], "25-EC-0931")

    def render():
        W, H = 612, 792
        p = PS(W, H, "Certificate of Completion")
        p.rgb(0.12, 0.31, 0.47).box(36, 36, W - 72, H - 72, 1.2).box(42, 42, W - 84, H - 84, 4)
        p.gray(0.25).font("Times-Roman", 13).spaced(H - 110, "American Society for Clinical Pathology", 0.6)
        p.line(190, H - 122, W - 190, H - 122, 0.5)
        p.rgb(0.12, 0.31, 0.47).font("Times-Bold", 28).spaced(H - 165, "CERTIFICATE OF COMPLETION", 1.5)
        p.gray(0).font("Times-Italic", 14).c(H - 215, "This is to certify that")
        p.font("Times-Bold", 25).c(H - 255, "Fernando A. Paz, MS, MT")
        p.font("Times-Italic", 14).c(H - 290, "has completed the")
        p.rgb(0.12, 0.31, 0.47).font("Helvetica-Bold", 13).c(H - 315, "eCast")
        p.gray(0).font("Times-Bold", 18)
        y = p.wrapped(H - 348, "Digital Pathology Validation Under CAP Guidelines: Whole Slide Imaging for Primary Diagnosis", 420, 22)
        p.font("Times-Roman", 13).c(y - 2, "Date of completion: 07/09/2025")
        p.c(y - 20, "Credits: 1.5 CMLE")
        p.c(y - 38, "Activity No. 25-EC-0931")
        p.rgb(0.72, 0.53, 0.17).disc(W / 2, 205, 36).gray(1).font("Times-Bold", 11).c(208, "CMLE").font("Times-Roman", 8).c(196, "CREDIT")
        p.gray(0).line(80, 150, 250, 150).line(W - 250, 150, W - 80, 150)
        p.font("Times-Roman", 10).cx(165, 137, "Adaeze Nwankwo-Ferris, MD").cx(165, 125, "Program Director")
        p.cx(W - 165, 137, "Howard Lim-Castellanos, MS").cx(W - 165, 125, "Manager, Online Learning")
        p.gray(0.3).font("Times-Roman", 9).c(88, "This activity is approved for 1.5 CMLE credits, acceptable for the Board of Certification "
                                                  "Credential Maintenance Program.")
        p.c(76, "Order #: 7712003     Print date: 07/21/2025")
        ps_pdf("yg19", p.out())
    return g, render


# --------------------------------------------------------------------------- yg28
@cert
def yg28():
    g = gold("yg28", "ASM", "ghostscript",
             ["landscape", "centered-award", "border", "accented", "format-line", "wrapped-title+label",
              "signatures"],
             "'LIVE WEBINAR' format line between verb and title; long title wraps and is directly followed by "
             "'Webinar date:'; ID labelled 'Event No.'; moderator is a distractor.",
             "Søren Kierulf Madsen",
             "Emerging Fungal Pathogens: Candida auris Screening, Identification, and Infection Prevention Partnerships in the Clinical Laboratory",
             "2025-11-05", 1.0, "contact hour",
             ["American Society for Microbiology", "ASM"], "2025-W-118")

    def render():
        W, H = 792, 612
        p = PS(W, H, "Certificate of Attendance")
        p.rgb(0.0, 0.36, 0.51).fill(0, H - 70, W, 70)
        p.gray(1).font("Helvetica-Bold", 30).l(40, H - 48, "ASM")
        p.font("Helvetica", 13).l(118, H - 45, "American Society for Microbiology")
        p.rgb(0.0, 0.36, 0.51).box(20, 20, W - 40, H - 110, 1.5)
        p.gray(0).font("Palatino-Roman", 34).c(H - 135, "Certificate of Attendance")
        p.font("Palatino-Italic", 14).c(H - 170, "This certifies that")
        p.font("Palatino-Bold", 25).c(H - 205, "Søren Kierulf Madsen")
        p.font("Palatino-Italic", 14).c(H - 235, "attended the")
        p.rgb(0.0, 0.36, 0.51).font("Helvetica-Bold", 12).spaced(H - 258, "LIVE WEBINAR", 2)
        p.gray(0).font("Palatino-Bold", 18)
        y = p.wrapped(H - 288, "Emerging Fungal Pathogens: Candida auris Screening, Identification, and Infection Prevention "
                               "Partnerships in the Clinical Laboratory", 600, 22)
        p.font("Palatino-Roman", 13).c(y - 2, "Webinar date: November 5, 2025")
        p.c(y - 20, "Contact hours: 1.0")
        p.c(y - 38, "Event No. 2025-W-118")
        p.gray(0.3).font("Palatino-Italic", 11).c(y - 60, "Moderator: Ingeborg Castellanos-Reid, PhD, D(ABMM)")
        p.gray(0).line(W - 300, 95, W - 80, 95)
        p.font("Helvetica", 9.5).cx(W - 190, 82, "Thaddeus Mwangi-Okoro, PhD").cx(W - 190, 70, "Director, Professional Development")
        p.gray(0.25).font("Helvetica", 8.5)
        p.wrapped(92, "ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                      "ASCLS P.A.C.E.\u00ae Program.", 380, 11, align="left", x=45)
        ps_pdf("yg28", p.out())
    return g, render
