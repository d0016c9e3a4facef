"""Certificates written directly in PostScript and distilled with Ghostscript (pdfwrite)."""
from reportlab.pdfbase.pdfmetrics import stringWidth

from engines import ps_pdf

CERTS = []


def cert(**kw):
    def deco(fn):
        kw["build"] = fn
        CERTS.append(kw)
        return fn
    return deco


# PostScript prologue: fonts re-encoded with ISO Latin-1 plus a few Windows-1252 extras
# (en dash, em dash, trademark, straight quote) so accented names and dates print correctly.
PROLOGUE = r"""
/Win1252Encoding ISOLatin1Encoding dup length array copy def
Win1252Encoding 16#27 /quotesingle put
Win1252Encoding 16#2D /hyphen put
Win1252Encoding 16#60 /grave put
Win1252Encoding 16#96 /endash put
Win1252Encoding 16#97 /emdash put
Win1252Encoding 16#99 /trademark put
Win1252Encoding 16#95 /bullet put
/reencode { % /newname /basefont
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding Win1252Encoding def
    currentdict
  end definefont pop
} bind def
/TR /Times-Roman reencode
/TB /Times-Bold reencode
/TI /Times-Italic reencode
/HR /Helvetica reencode
/HB /Helvetica-Bold reencode
/HO /Helvetica-Oblique reencode
/ZC /ZapfChancery-MediumItalic reencode
/PR /Palatino-Roman reencode
/PB /Palatino-Bold reencode
/PI /Palatino-Italic reencode
/NB /NewCenturySchlbk-Bold reencode
/NR /NewCenturySchlbk-Roman reencode
/ctext { % x y (s) font size
  selectfont /s exch def /y exch def /x exch def
  x s stringwidth pop 2 div sub y moveto s show
} bind def
/ltext { selectfont /s exch def moveto s show } bind def
/rtext { selectfont /s exch def /y exch def /x exch def x s stringwidth pop sub y moveto s show } bind def
/rgb { setrgbcolor } bind def
/box { % x y w h lw
  setlinewidth 4 dict begin /h exch def /w exch def /y exch def /x exch def
  newpath x y moveto w 0 rlineto 0 h rlineto w neg 0 rlineto closepath stroke end
} bind def
/fillbox { 4 dict begin /h exch def /w exch def /y exch def /x exch def
  newpath x y moveto w 0 rlineto 0 h rlineto w neg 0 rlineto closepath fill end } bind def
/hline { % x1 y x2 lw
  setlinewidth 3 dict begin /x2 exch def /y exch def /x1 exch def newpath x1 y moveto x2 y lineto stroke end
} bind def
/ring { % x y r lw
  setlinewidth newpath 0 360 arc stroke } bind def
/disc { newpath 0 360 arc fill } bind def
"""

PSFONT = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "HR": "Helvetica", "HB": "Helvetica-Bold",
          "HO": "Helvetica-Oblique"}


def pstr(s):
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


class PS:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.parts = ["%!PS-Adobe-3.0", "%%%%BoundingBox: 0 0 %d %d" % (w, h), "%%Pages: (atend)", "%%EndComments",
                      PROLOGUE]
        self.page = 0

    def begin_page(self):
        self.page += 1
        self.parts.append("%%%%Page: %d %d" % (self.page, self.page))
        self.parts.append("<< /PageSize [%d %d] >> setpagedevice" % (self.w, self.h))

    def end_page(self):
        self.parts.append("showpage")

    def raw(self, s):
        self.parts.append(s)

    def color(self, r, g, b):
        self.parts.append("%.3f %.3f %.3f rgb" % (r, g, b))

    def c(self, x, y, s, font, size):
        self.parts.append("%.1f %.1f %s /%s %.1f ctext" % (x, y, pstr(s), font, size))

    def l(self, x, y, s, font, size):
        self.parts.append("%.1f %.1f %s /%s %.1f ltext" % (x, y, pstr(s), font, size))

    def r(self, x, y, s, font, size):
        self.parts.append("%.1f %.1f %s /%s %.1f rtext" % (x, y, pstr(s), font, size))

    def para(self, x, y, s, font, size, width, lead, centre=False):
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, PSFONT[font], size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        for ln in lines:
            if centre:
                self.c(x, y, ln, font, size)
            else:
                self.l(x, y, ln, font, size)
            y -= lead
        return y

    def text(self):
        return "\n".join(self.parts + ["%%Trailer", "%%%%Pages: %d" % self.page, "%%EOF", ""])


GREY = (0.35, 0.35, 0.35)


# --------------------------------------------------------------------- z09
@cert(id="z09", style="nsh", producer="ghostscript-ps",
      layout=["landscape", "centred-award", "double-border", "seal", "format-line", "conference-session",
              "grossing-and-orientation-in-title", "accented-name", "credentials-after-name", "badge-distractor",
              "pace-statement", "signature-block"],
      notes="'Spring Symposium' is a format line between the verb and the session title. Session certificate at a "
            "three-day symposium (April 10-12): gold date is the printed session date April 11. 'Grossing' and "
            "'Orientation' are part of the title. Session No. is the id; attendee badge is a distractor. Provider "
            "name contains 'for'.",
      gold=dict(name="Jonah Ekström",
                title="Grossing Fundamentals: Specimen Orientation, Inking, and Cassette Submission",
                date="2025-04-11", credits=1.5, unit="contact hour", points=1.5,
                provider=["National Society for Histotechnology", "NSH"], activity_id="W114"))
def z09(out):
    W, H = 792, 612
    p = PS(W, H)
    p.begin_page()
    p.color(0.36, 0.17, 0.44)
    p.raw("20 20 752 572 6 box")
    p.raw("30 30 732 552 1 box")
    p.c(W / 2, 528, "NSH", "HB", 30)
    p.c(W / 2, 506, "National Society for Histotechnology", "PR", 16)
    p.color(0.1, 0.1, 0.1)
    p.c(W / 2, 446, "Certificate of Attendance", "PB", 38)
    p.c(W / 2, 410, "This is to certify that", "PI", 15)
    p.c(W / 2, 372, "Jonah Ekstr\u00f6m, HTL(ASCP)", "ZC", 32)
    p.raw("0.36 0.17 0.44 rgb 230 362 562 0.6 hline")
    p.color(0.1, 0.1, 0.1)
    p.c(W / 2, 336, "attended the", "PI", 15)
    p.color(0.36, 0.17, 0.44)
    p.c(W / 2, 312, "Spring Symposium", "HB", 12)
    p.color(0.1, 0.1, 0.1)
    p.c(W / 2, 284, "Grossing Fundamentals: Specimen Orientation, Inking, and Cassette Submission", "PB", 17.5)
    p.c(W / 2, 256, "Session No. W114   \u00b7   Session date: April 11, 2025   \u00b7   1.5 contact hours", "HR", 12)
    p.color(*GREY)
    p.c(W / 2, 236, "NSH 2025 Spring Symposium, April 10\u201312, 2025, Savannah, Georgia", "HO", 10)
    p.para(W / 2, 212, "The National Society for Histotechnology is approved as a provider of continuing education "
           "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", "HR", 9, 520, 12, centre=True)
    # seal
    p.raw("0.36 0.17 0.44 rgb 118 112 50 disc 1 1 1 rgb 118 112 43 1.2 ring")
    p.raw("1 1 1 rgb")
    p.c(118, 116, "NSH", "HB", 17)
    p.c(118, 100, "SPRING 2025", "HR", 6.5)
    p.color(0.1, 0.1, 0.1)
    p.c(560, 112, "Beatrix Holloway-Sand", "ZC", 22)
    p.raw("0.1 0.1 0.1 rgb 450 104 670 0.5 hline")
    p.c(560, 92, "Beatrix Holloway-Sand, HTL(ASCP)QIHC", "HR", 9)
    p.c(560, 80, "Chair, Education Committee", "HR", 9)
    p.color(*GREY)
    p.l(190, 60, "Attendee badge 2215", "HR", 8)
    p.end_page()
    ps_pdf(p.text(), out, "z09")


# --------------------------------------------------------------------- z18
@cert(id="z18", style="vendor", producer="ghostscript-ps",
      layout=["portrait", "centred-award", "border", "two-column-label-value", "training-in-title", "date-range",
              "serial-number-distractor", "certificate-number-distractor", "accented-name", "hyphenated-name",
              "credentials-after-name", "pace-statement", "signature-block"],
      notes="Vendor key-operator course held February 3-4 -> last day. 'Training' is part of the title and is also "
            "the id label ('Training ID'). Instrument serial number and certificate number are distractors.",
      gold=dict(name="Luis Alberto Peña-Morales",
                title="Key Operator Training: Aurora HX-500 Hematology Analyzer",
                date="2025-02-04", credits=12.0, unit="contact hour", points=12.0,
                provider=["Veridian Diagnostics"], activity_id="VD-KO-2291"))
def z18(out):
    W, H = 612, 792
    p = PS(W, H)
    p.begin_page()
    p.color(0.05, 0.33, 0.33)
    p.raw("24 24 564 744 3 box")
    p.raw("0.05 0.33 0.33 rgb 24 700 564 68 fillbox")
    p.color(1, 1, 1)
    p.l(48, 730, "VERIDIAN", "HB", 26)
    p.l(48, 712, "DIAGNOSTICS", "HR", 11)
    p.r(564, 728, "veridiandx.com/training", "HR", 9)
    p.color(0.1, 0.1, 0.1)
    p.c(W / 2, 632, "Certificate of Completion", "NB", 32)
    p.c(W / 2, 596, "This certifies that", "TI", 14)
    p.c(W / 2, 560, "Luis Alberto Pe\u00f1a-Morales, MLT(ASCP)", "TB", 23)
    p.c(W / 2, 526, "has successfully completed", "TI", 14)
    p.c(W / 2, 496, "Key Operator Training: Aurora HX-500 Hematology Analyzer", "NB", 15.5)
    p.c(W / 2, 474, "held February 3\u20134, 2025, at the Veridian Training Center, Lincolnshire, Illinois", "TR", 12)
    rows = [("Training ID", "VD-KO-2291"), ("Contact hours", "12.0"), ("Instrument serial no.", "HX5-00873"),
            ("Certificate no.", "KO-25-0419")]
    y = 426
    for k, v in rows:
        p.color(*GREY)
        p.r(290, y, k, "HR", 10.5)
        p.color(0.1, 0.1, 0.1)
        p.l(306, y, v, "HB", 12)
        y -= 22
    p.color(*GREY)
    p.para(W / 2, 318, "Veridian Diagnostics is approved as a provider of continuing education programs in the clinical "
           "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Completion of this course qualifies the participant "
           "to perform key operator maintenance and troubleshooting on the instrument listed above.", "HR", 9, 440, 12,
           centre=True)
    p.color(0.1, 0.1, 0.1)
    p.c(W / 2, 196, "Darnell Whitacre", "ZC", 24)
    p.raw("0.1 0.1 0.1 rgb 206 186 406 0.5 hline")
    p.c(W / 2, 174, "Darnell Whitacre, MT(ASCP)", "HR", 9.5)
    p.c(W / 2, 162, "Senior Clinical Applications Specialist", "HR", 9.5)
    p.color(*GREY)
    p.c(W / 2, 56, "Veridian Diagnostics  \u00b7  400 Tri-State Parkway, Lincolnshire, IL 60069  \u00b7  Issued 02/07/2025", "HR", 8)
    p.end_page()
    ps_pdf(p.text(), out, "z18")


# --------------------------------------------------------------------- z24
@cert(id="z24", style="adlm", producer="ghostscript-ps",
      layout=["portrait", "two-page", "centred-award", "all-caps-name", "hyphenated-name", "credentials-after-name",
              "meeting-attendance", "date-range", "maximum-vs-claimed", "session-log-page",
              "badge-distractor", "no-activity-id"],
      notes="Annual meeting attendance certificate, page 2 is a session log (dates, session titles, hours). Gold "
            "title is the meeting name (not a session), date the last meeting day. 16.5 ACCENT contact hours earned "
            "vs 32.0 maximum; AMA PRA line says not claimed. Badge number is a distractor; no activity id.",
      gold=dict(name="WEI-LING CHANG", title="2025 ADLM Annual Meeting & Clinical Lab Expo", date="2025-07-30",
                credits=16.5, unit="contact hour", points=16.5,
                provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id=None))
def z24(out):
    W, H = 612, 792
    p = PS(W, H)
    p.begin_page()
    p.raw("0.0 0.18 0.37 rgb 0 742 612 50 fillbox")
    p.raw("0.85 0.55 0.1 rgb 0 736 612 6 fillbox")
    p.color(1, 1, 1)
    p.l(40, 758, "ADLM", "HB", 24)
    p.r(572, 760, "Association for Diagnostics & Laboratory Medicine", "HR", 11)
    p.color(0.1, 0.1, 0.1)
    p.c(W / 2, 664, "Certificate of Attendance", "TB", 34)
    p.c(W / 2, 628, "This certifies that", "TI", 14)
    p.c(W / 2, 594, "WEI-LING CHANG, PhD, DABCC", "TB", 24)
    p.c(W / 2, 560, "attended the", "TI", 14)
    p.c(W / 2, 530, "2025 ADLM Annual Meeting & Clinical Lab Expo", "TB", 20)
    p.c(W / 2, 508, "July 26\u201330, 2025  \u00b7  Philadelphia, Pennsylvania", "TR", 13)
    rows = [("ACCENT\u00ae contact hours earned", "16.5"), ("Maximum available", "32.0"),
            ("AMA PRA Category 1 Credits\u2122", "not claimed"), ("Badge No.", "118-4402")]
    y = 456
    for k, v in rows:
        p.color(*GREY)
        p.r(330, y, k, "HR", 10.5)
        p.color(0.1, 0.1, 0.1)
        p.l(346, y, v, "HB", 11.5)
        y -= 20
    p.color(*GREY)
    p.para(W / 2, 352, "The Association for Diagnostics & Laboratory Medicine (ADLM) designates this live activity for a "
           "maximum of 32.0 ACCENT\u00ae contact hours. ADLM is accredited by the Accreditation Council for Continuing "
           "Medical Education to provide continuing medical education for physicians. Contact hours earned reflect the "
           "sessions listed on page 2.", "HR", 9, 470, 12, centre=True)
    p.color(0.1, 0.1, 0.1)
    p.c(W / 2, 196, "Gordon F. Abernathy", "ZC", 24)
    p.raw("0.1 0.1 0.1 rgb 196 186 416 0.5 hline")
    p.c(W / 2, 174, "Gordon F. Abernathy, PhD, DABCC", "HR", 9.5)
    p.c(W / 2, 162, "Chair, Annual Meeting Organizing Committee", "HR", 9.5)
    p.color(*GREY)
    p.c(W / 2, 40, "Page 1 of 2", "HR", 8)
    p.end_page()
    # page 2: session log
    p.begin_page()
    p.color(0.0, 0.18, 0.37)
    p.l(54, 730, "Session Attendance Record", "HB", 18)
    p.color(*GREY)
    p.l(54, 712, "WEI-LING CHANG  \u00b7  2025 ADLM Annual Meeting & Clinical Lab Expo", "HR", 10)
    p.color(0.1, 0.1, 0.1)
    p.l(54, 680, "Date", "HB", 10)
    p.l(140, 680, "Session", "HB", 10)
    p.r(558, 680, "Hours", "HB", 10)
    p.raw("0.1 0.1 0.1 rgb 54 674 558 0.8 hline")
    sessions = [
        ("07/26/2025", "Pre-Meeting Workshop: Lean Principles in the Core Laboratory", "3.0"),
        ("07/27/2025", "Plenary: The Next Decade of Laboratory-Developed Tests", "1.0"),
        ("07/27/2025", "Troponin Algorithms in the Emergency Department", "1.5"),
        ("07/28/2025", "Pediatric Reference Intervals: Building Them Right", "1.5"),
        ("07/28/2025", "Mass Spectrometry Interferences You Will Meet This Year", "1.5"),
        ("07/28/2025", "Scientific Poster Session", "2.0"),
        ("07/29/2025", "Plenary: Artificial Intelligence in Result Verification", "1.0"),
        ("07/29/2025", "Hemoglobin A1c Method Harmonization", "1.5"),
        ("07/29/2025", "Managing Critical Value Notification Across a Health System", "1.5"),
        ("07/30/2025", "Plenary: Laboratory Stewardship and Value", "1.0"),
        ("07/30/2025", "Point-of-Care Glucose in Critically Ill Patients", "1.0"),
    ]
    assert abs(sum(float(s[2]) for s in sessions) - 16.5) < 1e-9
    y = 656
    for d, s, h in sessions:
        p.l(54, y, d, "HR", 9.5)
        p.l(140, y, s, "HR", 9.5)
        p.r(558, y, h, "HR", 9.5)
        y -= 19
    p.raw("0.1 0.1 0.1 rgb 54 %d 558 0.8 hline" % (y + 12))
    p.l(140, y - 4, "Total ACCENT\u00ae contact hours", "HB", 10)
    p.r(558, y - 4, "16.5", "HB", 10)
    p.color(*GREY)
    p.c(W / 2, 40, "Page 2 of 2", "HR", 8)
    p.end_page()
    ps_pdf(p.text(), out, "z24")
