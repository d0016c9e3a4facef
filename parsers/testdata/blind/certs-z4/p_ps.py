"""Certificates written as hand-made PostScript and distilled with Ghostscript pdfwrite.
The prolog (engines.PS_PROLOG) re-encodes the base-35 fonts with a WinAnsi-like
vector in which 0x2D is /hyphen (ISOLatin1Encoding would give /minus)."""
from reportlab.lib.utils import simpleSplit

from engines import ps_pdf, ps_string
from gold import cert

P = "ghostscript-ps"

# metrics used only for line-wrapping (same metrics as the URW clones)
RLFONT = {"F-Roman": "Times-Roman", "F-Bold": "Times-Bold", "F-Italic": "Times-Italic",
          "F-BoldItalic": "Times-BoldItalic", "F-Sans": "Helvetica", "F-SansBold": "Helvetica-Bold",
          "F-SansObl": "Helvetica-Oblique"}


class PS:
    def __init__(self):
        self.o = []

    def raw(self, s):
        self.o.append(s)

    def font(self, f, size):
        self.o.append("/%s %s sf" % (f, size))
        self._f = (f, size)

    def rgb(self, r, g, b):
        self.o.append("%.3f %.3f %.3f setrgbcolor" % (r / 255, g / 255, b / 255))

    def c(self, x, y, s):
        self.o.append("%s %s %s cshow" % (x, y, ps_string(s)))

    def l(self, x, y, s):
        self.o.append("%s %s %s lshow" % (x, y, ps_string(s)))

    def r(self, x, y, s):
        self.o.append("%s %s %s rshow" % (x, y, ps_string(s)))

    def sp(self, x, y, s, trk):
        self.o.append("%s %s %s %s spaced" % (x, y, ps_string(s), trk))

    def wrap(self, x, y, s, width, leading, center=True):
        f, size = self._f
        lines = simpleSplit(s, RLFONT[f], size, width)
        for i, ln in enumerate(lines):
            (self.c if center else self.l)(x, y - i * leading, ln)
        return y - (len(lines) - 1) * leading

    def rect(self, x, y, w, h, lw=1, fill=False):
        if fill:
            self.o.append("newpath %s %s %s %s rectfill" % (x, y, w, h))
        else:
            self.o.append("%s setlinewidth newpath %s %s %s %s rectstroke" % (lw, x, y, w, h))

    def line(self, x1, y1, x2, y2, lw=0.6):
        self.o.append("%s setlinewidth newpath %s %s moveto %s %s lineto stroke" % (lw, x1, y1, x2, y2))

    def circle(self, x, y, r, lw=1, fill=False):
        self.o.append("%s setlinewidth newpath %s %s %s 0 360 arc closepath %s" % (lw, x, y, r, "fill" if fill else "stroke"))

    def page(self):
        self.o.append("showpage")

    def text(self):
        return "\n".join(self.o) + "\n"


def sig(p, x, y, w, name, role):
    p.rgb(0, 0, 0)
    p.line(x, y, x + w, y)
    p.font("F-Roman", 10.5)
    p.c(x + w / 2, y - 13, name)
    p.font("F-SansObl", 8.5)
    p.rgb(85, 85, 85)
    p.c(x + w / 2, y - 25, role)


# ---------------------------------------------------------------- zd10 AMT self-study module
@cert("zd10", style="AMT", producer=P,
      layout=["portrait", "centred-award", "format-line", "long-title-wrap+labelled-date", "suffix-name",
              "credentials-after-name", "course-word-in-title", "border"],
      notes="'Self-Study Module' is a format line between 'for successful completion of the' and the "
            "title. Title wraps and is followed directly by 'Date of completion:'. 'Safety' is part of "
            "the title. Suffix III kept, MT(AMT) dropped. Member ID is a distractor; 'Course ID' is the id.",
      name="Bartholomew K. Adeyemi III",
      title="Phlebotomy Safety and Specimen Integrity: Preventing Needlestick Injuries and "
            "Pre-Analytical Errors",
      date="2025-07-29", credits=2.0, unit="CE hour",
      provider=["American Medical Technologists", "AMT"],
      activity_id="AMT-SS-1187")
def zd10(base):
    W, H = 612, 792
    p = PS()
    p.rgb(150, 20, 40)
    p.rect(24, 24, W - 48, H - 48, 3)
    p.rgb(190, 150, 60)
    p.rect(32, 32, W - 64, H - 64, 0.8)
    p.rgb(150, 20, 40)
    p.font("F-Bold", 40)
    p.c(W / 2, H - 100, "AMT")
    p.font("F-Roman", 15)
    p.c(W / 2, H - 122, "American Medical Technologists")
    p.font("F-SansObl", 9)
    p.rgb(100, 100, 100)
    p.c(W / 2, H - 138, "Continuing Education \u2022 AMT Online Learning")
    p.rgb(25, 25, 25)
    p.font("F-Bold", 32)
    p.c(W / 2, H - 205, "Certificate of Completion")
    p.font("F-Italic", 13)
    p.rgb(70, 70, 70)
    p.c(W / 2, H - 240, "awarded to")
    p.rgb(0, 0, 0)
    p.font("F-Bold", 24)
    p.c(W / 2, H - 275, "Bartholomew K. Adeyemi III, MT(AMT)")
    p.font("F-Italic", 13)
    p.rgb(70, 70, 70)
    p.c(W / 2, H - 308, "for successful completion of the")
    p.font("F-SansBold", 12)
    p.rgb(150, 20, 40)
    p.c(W / 2, H - 334, "Self-Study Module")
    p.rgb(0, 0, 0)
    p.font("F-Bold", 18)
    y = p.wrap(W / 2, H - 364, "Phlebotomy Safety and Specimen Integrity: Preventing Needlestick Injuries and "
               "Pre-Analytical Errors", 420, 22)
    p.font("F-Roman", 12.5)
    p.c(W / 2, y - 24, "Date of completion: 07/29/2025")
    p.c(W / 2, y - 42, "Course ID: AMT-SS-1187")
    p.c(W / 2, y - 60, "CE Hours Awarded: 2.0")
    p.font("F-Sans", 8.5)
    p.rgb(70, 70, 70)
    p.wrap(W / 2, 220, "American Medical Technologists awards continuing education hours for self-study modules upon "
           "successful completion of the module assessment. This record may be used for AMT Certification "
           "Continuation Program (CCP) and other certification maintenance requirements.", 430, 11)
    sig(p, 70, 140, 200, "Bernadette Kowalski-Fry, MT(AMT)", "President, AMT Board of Directors")
    sig(p, W - 270, 140, 200, "Gideon Halvorsen-Oakes, EdD", "Director, Education and Programs")
    p.font("F-Sans", 7.5)
    p.rgb(120, 120, 120)
    p.c(W / 2, 48, "AMT Member ID: 0173365   \u2022   Issued 07/29/2025")
    p.page()
    ps_pdf(base, p.text())


# ---------------------------------------------------------------- zd20 ASCP annual meeting session
@cert("zd20", style="ASCP", producer=P,
      layout=["landscape", "centred-award", "session-at-conference", "date-range", "suffix-name",
              "credentials-after-name", "multiple-credit-types", "border", "signature-block"],
      notes="Session certificate at a four-day meeting (Oct 29 - Nov 1): the session date Oct 30 is "
            "gold. Suffix Sr. kept, PA(ASCP)CM dropped. CMLE is gold; AMA PRA figure in the statement "
            "is a distractor. 'Session No.' is the id. 'CAP' inside the title is not a provider.",
      name="Cornelius J. Abernathy Sr.",
      title="Digital Pathology Validation: Applying the CAP Guideline to Whole Slide Imaging for "
            "Primary Diagnosis",
      date="2025-10-30", credits=1.5, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"],
      activity_id="S-2214")
def zd20(base):
    W, H = 792, 612
    p = PS()
    p.rgb(0, 58, 112)
    p.rect(20, 20, W - 40, H - 40, 6)
    p.rgb(181, 139, 42)
    p.rect(32, 32, W - 64, H - 64, 1.2)
    p.rgb(0, 58, 112)
    p.font("F-PalBold", 22)
    p.c(W / 2, H - 82, "ASCP 2025 Annual Meeting")
    p.font("F-Pal", 12)
    p.c(W / 2, H - 100, "October 29 \u2013 November 1, 2025  \u2022  Baltimore, Maryland")
    p.rgb(20, 20, 20)
    p.font("F-Pal", 34)
    p.c(W / 2, H - 158, "Certificate of Attendance")
    p.font("F-PalItalic", 13)
    p.c(W / 2, H - 190, "This certifies that")
    p.font("F-PalBold", 26)
    p.c(W / 2, H - 224, "Cornelius J. Abernathy Sr., PA(ASCP)CM")
    p.font("F-PalItalic", 13)
    p.c(W / 2, H - 254, "attended the educational session")
    p.rgb(0, 58, 112)
    p.font("F-PalBold", 19)
    p.c(W / 2, H - 284, "Digital Pathology Validation: Applying the CAP Guideline to Whole Slide Imaging")
    p.c(W / 2, H - 307, "for Primary Diagnosis")
    p.rgb(20, 20, 20)
    p.font("F-Pal", 13)
    p.c(W / 2, H - 338, "Session No. S-2214   \u2022   Session Date: October 30, 2025")
    p.font("F-PalBold", 13)
    p.c(W / 2, H - 360, "1.5 CMLE credits")
    p.font("F-Sans", 8.5)
    p.rgb(70, 70, 70)
    p.wrap(W / 2, 140, "The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for "
           "Continuing Medical Education (ACCME) to provide continuing medical education for physicians. ASCP designates "
           "this live activity for a maximum of 1.5 AMA PRA Category 1 Credits\u2122 and 1.5 CMLE credits. ASCP CMLE credit "
           "is accepted by the ASCP Board of Certification for the Credential Maintenance Program.", 600, 11)
    sig(p, 90, 185, 220, "Dalia Ferreira-Knox, MD, FASCP", "Chief Medical Officer")
    sig(p, W - 310, 185, 220, "Imogen Castellanos-Yeo, MD", "Chair, Annual Meeting Program Committee")
    p.font("F-Sans", 7.5)
    p.rgb(120, 120, 120)
    p.l(48, 44, "Badge 25AM-77102")
    p.r(W - 48, 44, "Printed 11/03/2025")
    p.page()
    ps_pdf(base, p.text(), landscape=True)


# ---------------------------------------------------------------- zd31 CAMLT live webinar
@cert("zd31", style="state-society", producer=P,
      layout=["portrait", "centred-award", "format-line", "long-title-wrap+labelled-line",
              "licence-number-distractor", "credentials-after-name", "border"],
      notes="Real state society name with an invented activity. 'LIVE WEBINAR' is a format line "
            "between 'participated in the' and the title; the wrapped title is followed by 'Course No.:'. "
            "California CLS licence number is a distractor.",
      name="Rosalinda Q. Bautista-Nakamura",
      title="Coagulation Testing in Patients on Direct Oral Anticoagulants: Interferences, Reversal "
            "Agents, and Reporting",
      date="2025-05-14", credits=1.0, unit="contact hour",
      provider=["California Association for Medical Laboratory Technology", "CAMLT"],
      activity_id="CA-25-1184")
def zd31(base):
    W, H = 612, 792
    p = PS()
    p.rgb(12, 74, 110)
    p.rect(28, 28, W - 56, H - 56, 2.2)
    p.rect(36, 36, W - 72, H - 72, 0.6)
    p.font("F-SchoolbookBold", 15)
    p.c(W / 2, H - 88, "California Association for Medical Laboratory Technology")
    p.font("F-SansBold", 22)
    p.c(W / 2, H - 116, "CAMLT")
    p.rgb(20, 20, 20)
    p.font("F-Schoolbook", 30)
    p.c(W / 2, H - 180, "Certificate of Participation")
    p.font("F-SchoolbookItalic", 12.5)
    p.rgb(70, 70, 70)
    p.c(W / 2, H - 216, "This is to certify that")
    p.rgb(0, 0, 0)
    p.font("F-SchoolbookBold", 20)
    p.c(W / 2, H - 250, "Rosalinda Q. Bautista-Nakamura, CLS, MLS(ASCP)")
    p.font("F-SchoolbookItalic", 12.5)
    p.rgb(70, 70, 70)
    p.c(W / 2, H - 282, "participated in the")
    p.font("F-SansBold", 11.5)
    p.rgb(12, 74, 110)
    p.sp(W / 2, H - 306, "LIVE WEBINAR", 2.5)
    p.rgb(0, 0, 0)
    p.font("F-Bold", 17)
    y = p.wrap(W / 2, H - 336, "Coagulation Testing in Patients on Direct Oral Anticoagulants: Interferences, "
               "Reversal Agents, and Reporting", 430, 21)
    p.font("F-Roman", 12.5)
    p.c(W / 2, y - 24, "Course No.: CA-25-1184")
    p.c(W / 2, y - 42, "Date: May 14, 2025")
    p.c(W / 2, y - 60, "Contact Hours: 1.0")
    p.c(W / 2, y - 78, "CA CLS License No.: CLS 00098213")
    p.font("F-Sans", 8.5)
    p.rgb(70, 70, 70)
    p.wrap(W / 2, 215, "CAMLT is approved as a provider of continuing education programs in the clinical laboratory "
           "sciences by the ASCLS P.A.C.E.\u00ae Program. This course is acceptable for California clinical laboratory "
           "scientist license renewal. Keep this certificate for four years.", 430, 11)
    sig(p, 70, 140, 200, "Evangelina Moreau-Santos, CLS, MT(ASCP)", "CAMLT Continuing Education Director")
    sig(p, W - 270, 140, 200, "Harlan Ostrowski, MS, CLS", "Webinar Moderator")
    p.font("F-Sans", 7.5)
    p.rgb(120, 120, 120)
    p.c(W / 2, 52, "camlt.org  \u2022  Distance Learning")
    p.page()
    ps_pdf(base, p.text())


# ---------------------------------------------------------------- zd39 regional society fall meeting
@cert("zd39", style="state-society", producer=P,
      layout=["landscape", "centred-award", "meeting-attendance", "seal", "border", "apostrophe-name",
              "signature-block"],
      notes="Regional society one-day meeting attendance: the meeting name is the title (it contains "
            "'Meeting'). No activity number. Date has a weekday. Signers are distractors.",
      name="Marisela Fuentes-O'Grady",
      title="ORLA 2025 Fall Educational Meeting",
      date="2025-10-04", credits=5.0, unit="contact hour",
      provider=["Ozark Regional Laboratory Association", "ORLA"],
      activity_id=None)
def zd39(base):
    W, H = 792, 612
    p = PS()
    p.rgb(247, 243, 232)
    p.rect(0, 0, W, H, fill=True)
    p.rgb(96, 62, 30)
    p.rect(22, 22, W - 44, H - 44, 4)
    p.rect(30, 30, W - 60, H - 60, 0.8)
    p.font("F-BookDemi", 20)
    p.c(W / 2, H - 80, "Ozark Regional Laboratory Association")
    p.font("F-Book", 12)
    p.sp(W / 2, H - 98, "ORLA", 4)
    p.rgb(30, 30, 30)
    p.font("F-Chancery", 44)
    p.c(W / 2, H - 160, "Certificate of Attendance")
    p.font("F-Book", 12.5)
    p.c(W / 2, H - 196, "presented to")
    p.font("F-BookDemi", 26)
    p.c(W / 2, H - 232, "Marisela Fuentes-O'Grady, MLT(ASCP)")
    p.font("F-Book", 12.5)
    p.c(W / 2, H - 264, "for attending the")
    p.rgb(96, 62, 30)
    p.font("F-BookDemi", 21)
    p.c(W / 2, H - 296, "ORLA 2025 Fall Educational Meeting")
    p.rgb(30, 30, 30)
    p.font("F-Book", 12)
    p.c(W / 2, H - 320, "Saturday, October 4, 2025  \u2022  Lakeside Conference Center, Branson, Missouri")
    p.font("F-BookDemi", 13)
    p.c(W / 2, H - 350, "5.0 P.A.C.E.\u00ae contact hours")
    # seal
    p.rgb(160, 40, 40)
    p.circle(W / 2, 150, 40, fill=True)
    p.rgb(255, 255, 255)
    p.circle(W / 2, 150, 33, lw=1.2)
    p.font("F-SansBold", 12)
    p.c(W / 2, 152, "ORLA")
    p.font("F-Sans", 7)
    p.c(W / 2, 141, "EST. 1974")
    sig(p, 90, 150, 210, "Lorenzo Whitfield-Ames, MLS(ASCP)", "ORLA President")
    sig(p, W - 300, 150, 210, "Beatrice Odum, MT(ASCP)", "Education Chair")
    p.font("F-Sans", 8)
    p.rgb(80, 80, 80)
    p.c(W / 2, 60, "ORLA is approved as a provider of continuing education programs in the clinical laboratory sciences "
        "by the ASCLS P.A.C.E.\u00ae Program.")
    p.page()
    ps_pdf(base, p.text(), landscape=True)
