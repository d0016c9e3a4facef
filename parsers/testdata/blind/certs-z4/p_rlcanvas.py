"""Certificates drawn directly on a ReportLab canvas."""
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from engines import rl_canvas_pdf
from gold import cert

P = "reportlab-canvas"


def ctext(c, x, y, s, font, size, color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawCentredString(x, y, s)


def ltext(c, x, y, s, font, size, color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawString(x, y, s)


def wrap(c, x, y, s, font, size, width, leading, color=black, align="left"):
    """Draw wrapped text; returns y of the last baseline."""
    lines = simpleSplit(s, font, size, width)
    c.setFillColor(color)
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        yy = y - i * leading
        if align == "center":
            c.drawCentredString(x, yy, ln)
        else:
            c.drawString(x, yy, ln)
    return y - (len(lines) - 1) * leading


def spaced(c, cx, y, s, font, size, cs, color=black):
    """Centred letter-spaced text using the PDF character-spacing operator."""
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText()
    t.setTextOrigin(cx - w / 2, y)
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.setFillColor(color)
    t.textOut(s)
    t.setCharSpace(0)  # Tc persists in the graphics state; reset it
    c.drawText(t)


def sigline(c, x, y, w, name, role, font="LibSerif", rfont="LibSans-Italic"):
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    ctext(c, x + w / 2, y - 13, name, font, 10.5)
    ctext(c, x + w / 2, y - 25, role, rfont, 8.5, HexColor("#555555"))


# ---------------------------------------------------------------- zd06 LabCE
@cert("zd06", style="LabCE", producer=P,
      layout=["landscape", "centred-award", "border", "accented-name", "row-of-facts"],
      notes="Online-course certificate; course number, completion date and contact hours sit side by "
            "side on one row. Accented name (Iñárritu). Certificate ID and 'Printed' date are distractors.",
      name="Guadalupe Iñárritu Salazar",
      title="Urinalysis Microscopy: Casts, Crystals, and Cellular Elements",
      date="2025-05-11", credits=1.5, unit="contact hour",
      provider=["LabCE"],
      activity_id="1843")
def zd06(base):
    def draw(c, W, H):
        navy, teal = HexColor("#14365d"), HexColor("#1aa3a3")
        c.setStrokeColor(navy)
        c.setLineWidth(6)
        c.rect(22, 22, W - 44, H - 44)
        c.setStrokeColor(teal)
        c.setLineWidth(1.2)
        c.rect(32, 32, W - 64, H - 64)
        # logo
        c.setFont("LibSans-Bold", 34)
        wl = stringWidth("Lab", "LibSans-Bold", 34)
        wc = stringWidth("CE", "LibSans-Bold", 34)
        x0 = W / 2 - (wl + wc) / 2
        c.setFillColor(navy)
        c.drawString(x0, H - 92, "Lab")
        c.setFillColor(teal)
        c.drawString(x0 + wl, H - 92, "CE")
        ctext(c, W / 2, H - 108, "Online Continuing Education for the Clinical Laboratory", "LibSans", 10, HexColor("#555555"))
        ctext(c, W / 2, H - 162, "Certificate of Completion", "LibSerif-Bold", 36, navy)
        ctext(c, W / 2, H - 196, "This certifies that", "LibSerif-Italic", 14, HexColor("#444444"))
        ctext(c, W / 2, H - 234, "Guadalupe Iñárritu Salazar", "LibSerif-Bold", 30)
        c.setStrokeColor(HexColor("#bbbbbb"))
        c.setLineWidth(0.6)
        c.line(W / 2 - 200, H - 244, W / 2 + 200, H - 244)
        ctext(c, W / 2, H - 268, "has successfully completed the online course", "LibSerif-Italic", 14, HexColor("#444444"))
        ctext(c, W / 2, H - 300, "Urinalysis Microscopy: Casts, Crystals, and Cellular Elements", "LibSerif-Bold", 22, navy)
        y = H - 350
        for x, lbl, val in ((W / 2 - 220, "Course Number", "1843"), (W / 2, "Date Completed", "2025-05-11"),
                            (W / 2 + 220, "P.A.C.E.\u00ae Contact Hours", "1.5")):
            ctext(c, x, y, lbl, "LibSans", 9.5, HexColor("#666666"))
            ctext(c, x, y - 20, val, "LibSans-Bold", 15)
        wrap(c, W / 2, 118, "LabCE is approved as a provider of continuing education programs in the clinical laboratory "
             "sciences by the ASCLS P.A.C.E.\u00ae Program. This course is intermediate level.", "LibSans", 8.5,
             W - 200, 11, HexColor("#555555"), align="center")
        sigline(c, 90, 88, 200, "Tamsin Wolcott-Reyes, MS, MLS(ASCP)CM", "Director, Continuing Education")
        ltext(c, W - 250, 70, "Certificate ID: LC-8841207", "LibSans", 8, HexColor("#777777"))
        ltext(c, W - 250, 60, "Printed: 2025-05-12  \u00b7  www.labce.com", "LibSans", 8, HexColor("#777777"))
    rl_canvas_pdf(base, landscape(letter), draw, "LabCE certificate")


# ---------------------------------------------------------------- zd15 public health laboratory
@cert("zd15", style="public-health-lab", producer=P,
      layout=["portrait", "centred-award", "letter-spaced-name", "all-caps-name",
              "long-title-wrap+labelled-date", "border", "signature-block", "course-word-in-title"],
      notes="Name is letter-spaced capitals (O L U W A K E M I ...). The long training title wraps and "
            "is directly followed by 'Date of Training:'. 'Training No.' is the id. Issue date is a distractor.",
      name="OLUWAKEMI ADEBAYO-SINCLAIR",
      title="Biosafety and Biosecurity for Sentinel Laboratories: Rule-Out Testing for Bacillus anthracis "
            "and Yersinia pestis",
      date="2025-06-03", credits=2.0, unit="contact hour",
      provider=["Cascade Basin Public Health Laboratory", "CBPHL"],
      activity_id="SL-2025-07")
def zd15(base):
    def draw(c, W, H):
        green = HexColor("#1f5f3f")
        c.setStrokeColor(green)
        c.setLineWidth(2)
        c.rect(30, 30, W - 60, H - 60)
        c.setLineWidth(0.5)
        c.rect(36, 36, W - 72, H - 72)
        # emblem
        c.setFillColor(green)
        c.circle(W / 2, H - 98, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("LibSans-Bold", 13)
        c.drawCentredString(W / 2, H - 103, "CBPHL")
        ctext(c, W / 2, H - 152, "Cascade Basin Public Health Laboratory", "LibSerif-Bold", 18, green)
        ctext(c, W / 2, H - 168, "Laboratory Training and Outreach Program", "LibSans", 10, HexColor("#555555"))
        ctext(c, W / 2, H - 222, "Certificate of Training", "LibSerif", 32)
        ctext(c, W / 2, H - 256, "awarded to", "LibSerif-Italic", 13, HexColor("#555555"))
        spaced(c, W / 2, H - 290, "OLUWAKEMI ADEBAYO-SINCLAIR", "LibSans-Bold", 17, 4.2)
        ctext(c, W / 2, H - 322, "for completing the sentinel laboratory training", "LibSerif-Italic", 13, HexColor("#555555"))
        y = wrap(c, W / 2, H - 356, "Biosafety and Biosecurity for Sentinel Laboratories: Rule-Out Testing for "
                 "Bacillus anthracis and Yersinia pestis", "LibSerif-Bold", 17, W - 170, 22, align="center")
        ctext(c, W / 2, y - 22, "Date of Training: June 3, 2025", "LibSerif", 12.5)
        ctext(c, W / 2, y - 42, "Training No. SL-2025-07   \u00b7   2.0 P.A.C.E.\u00ae contact hours", "LibSerif", 12.5)
        wrap(c, W / 2, 208, "Cascade Basin Public Health Laboratory is approved as a provider of continuing education "
             "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Training conducted in "
             "the CBPHL BSL-3 training suite, 900 Riverside Avenue, Alder Falls.", "LibSans", 8.5, W - 160, 11,
             HexColor("#444444"), align="center")
        sigline(c, 80, 130, 190, "Hollis Vandermeer, PhD", "Director, CBPHL")
        sigline(c, W - 270, 130, 190, "Ximena Barragán-Ott, MPH, MLS(ASCP)", "Biosafety Training Coordinator")
        ctext(c, W / 2, 58, "Issued June 9, 2025", "LibSans", 8, HexColor("#777777"))
    rl_canvas_pdf(base, letter, draw, "CBPHL certificate")


# ---------------------------------------------------------------- zd23 P.A.C.E.-approved reference laboratory
@cert("zd23", style="PACE-provider", producer=P,
      layout=["portrait", "two-column-label-value", "long-title-wrap+labelled-line", "hyphenated-name",
              "letterhead", "accreditation-statement"],
      notes="Two-column label/value table; the title wraps within the value column and is followed "
            "directly by 'Date of completion:'. Format is its own row ('On-demand self-study') and not "
            "part of the title. Transcript number is a distractor.",
      name="Jae-hyun Park-Lindqvist",
      title="Next-Generation Sequencing for Inherited Cancer Syndromes: Variant Classification, "
            "Reporting, and Reanalysis",
      date="2025-08-05", credits=1.5, unit="contact hour",
      provider=["Kittering Reference Laboratories"],
      activity_id="422-610-25")
def zd23(base):
    def draw(c, W, H):
        plum = HexColor("#4b2a5e")
        c.setFillColor(plum)
        c.rect(0, H - 80, W, 80, stroke=0, fill=1)
        ltext(c, 54, H - 46, "Kittering Reference Laboratories", "DejaSerif-Bold", 20, white)
        ltext(c, 54, H - 64, "Professional Education Program", "DejaSans", 10, HexColor("#e5d8ee"))
        ltext(c, 54, H - 140, "Certificate of Completion", "DejaSerif", 28, plum)
        c.setStrokeColor(plum)
        c.setLineWidth(1)
        c.line(54, H - 152, W - 54, H - 152)
        rows = [("Participant:", "Jae-hyun Park-Lindqvist, MB(ASCP)CM"),
                ("Course title:", "Next-Generation Sequencing for Inherited Cancer Syndromes: Variant Classification, "
                                  "Reporting, and Reanalysis"),
                ("Date of completion:", "August 5, 2025"),
                ("Format:", "On-demand self-study"),
                ("Program No.:", "422-610-25"),
                ("Contact hours:", "1.5"),
                ("Transcript No.:", "KRL-T-0092316")]
        y = H - 190
        for lbl, val in rows:
            ltext(c, 54, y, lbl, "DejaSans-Bold", 10.5, HexColor("#555555"))
            yy = wrap(c, 200, y, val, "DejaSerif", 12, W - 254, 16)
            y = yy - 26
        wrap(c, 54, y - 10, "Kittering Reference Laboratories is approved as a provider of continuing education programs in "
             "the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This program is approved for 1.5 "
             "contact hours at the advanced level.", "DejaSans", 9, W - 108, 12.5, HexColor("#333333"))
        sigline(c, 54, 150, 220, "Marcus Oyelaran-Pike, PhD, FACMG", "Director, Molecular Genetics Laboratory",
                "DejaSerif", "DejaSans-Italic")
        sigline(c, W - 274, 150, 220, "Colette Brannigan, MS, MLS(ASCP)CM", "Education Coordinator",
                "DejaSerif", "DejaSans-Italic")
        c.setStrokeColor(HexColor("#cccccc"))
        c.line(54, 60, W - 54, 60)
        ltext(c, 54, 48, "Kittering Reference Laboratories  \u00b7  7400 Foundry Road, Suite 100  \u00b7  Marlow Heights, OH 44127",
              "DejaSans", 7.5, HexColor("#888888"))
    rl_canvas_pdf(base, letter, draw, "KRL certificate")


# ---------------------------------------------------------------- zd32 hospital Grand Rounds
@cert("zd32", style="hospital-inservice", producer=P,
      layout=["landscape", "centred-award", "series-prefix-in-title", "presented-by-distractor",
              "department-provider", "border", "signature-block"],
      notes="Hospital department Grand Rounds. 'Grand Rounds:' before the colon is part of the title. "
            "Speaker line is a distractor. 'Session No.' is the id. Provider is the hospital department "
            "(institution + department).",
      name="Wilhelmina Achterberg-Obi",
      title="Grand Rounds: Diagnostic Stewardship for Clostridioides difficile Testing",
      date="2025-10-16", credits=1.0, unit="CE hour",
      provider=["Mercy Halcyon Medical Center",
                "Mercy Halcyon Medical Center, Department of Pathology and Laboratory Medicine"],
      activity_id="GR-25-19")
def zd32(base):
    def draw(c, W, H):
        red = HexColor("#7a1f2b")
        c.setStrokeColor(red)
        c.setLineWidth(3)
        c.roundRect(24, 24, W - 48, H - 48, 14)
        c.setLineWidth(0.8)
        c.roundRect(32, 32, W - 64, H - 64, 10)
        # cross emblem
        c.setFillColor(red)
        c.rect(W / 2 - 6, H - 96, 12, 36, stroke=0, fill=1)
        c.rect(W / 2 - 18, H - 84, 36, 12, stroke=0, fill=1)
        ctext(c, W / 2, H - 122, "Mercy Halcyon Medical Center", "LibSerif-Bold", 22, red)
        ctext(c, W / 2, H - 140, "Department of Pathology and Laboratory Medicine", "LibSerif-Italic", 13, HexColor("#333333"))
        ctext(c, W / 2, H - 186, "Certificate of Attendance", "LibSerif", 32)
        ctext(c, W / 2, H - 216, "This is to certify that", "LibSans", 11.5, HexColor("#555555"))
        ctext(c, W / 2, H - 248, "Wilhelmina Achterberg-Obi, MLS(ASCP)CM", "LibSerif-Bold", 25)
        ctext(c, W / 2, H - 276, "attended", "LibSans", 11.5, HexColor("#555555"))
        ctext(c, W / 2, H - 306, "Grand Rounds: Diagnostic Stewardship for Clostridioides difficile Testing",
              "LibSerif-Bold", 19, red)
        ctext(c, W / 2, H - 328, "presented by Anjali Deshpande-Ruiz, MD, Medical Director of Microbiology",
              "LibSerif-Italic", 12, HexColor("#444444"))
        ctext(c, W / 2, H - 356, "Thursday, October 16, 2025  \u00b7  12:00\u20131:00 PM  \u00b7  Harlan Auditorium",
              "LibSans", 11)
        ctext(c, W / 2, H - 374, "Session No. GR-25-19  \u00b7  1.0 CE hour", "LibSans", 11)
        sigline(c, 110, 110, 220, "Elspeth Rowntree-Kaur, MD", "Chair, Department of Pathology and Laboratory Medicine")
        sigline(c, W - 330, 110, 220, "Dominic Varga, MHA, MLS(ASCP)", "Laboratory Education Coordinator")
        ctext(c, W / 2, 50, "Continuing education hours are awarded on the basis of one CE hour per 60 minutes of instruction.",
              "LibSans", 8, HexColor("#777777"))
    rl_canvas_pdf(base, landscape(letter), draw, "Grand Rounds attendance")


# ---------------------------------------------------------------- zd37 ASCP maximum vs claimed
@cert("zd37", style="ASCP", producer=P,
      layout=["portrait", "centred-award", "letter-spaced-name", "all-caps-name", "format-line",
              "claimed-vs-maximum", "issuer-line", "seal"],
      notes="ASCP designates a maximum of 3.0 CMLE; the participant claimed 2.5 (gold). 'Self-Study' "
            "is a format line between the verb and the title; 'Lab Management University:' is a series "
            "prefix that is part of the title. Letter-spaced capital name. Claim date is a distractor.",
      name="ELEANOR VASQUEZ-TRAN",
      title="Lab Management University: Leading Through Conflict and Difficult Conversations",
      date="2025-08-28", credits=2.5, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"],
      activity_id="LMU-0314")
def zd37(base):
    def draw(c, W, H):
        blue, gold = HexColor("#003a70"), HexColor("#b58b2a")
        c.setFillColor(HexColor("#f6f3ea"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(gold)
        c.setLineWidth(8)
        c.rect(26, 26, W - 52, H - 52)
        c.setStrokeColor(blue)
        c.setLineWidth(1)
        c.rect(38, 38, W - 76, H - 76)
        ctext(c, W / 2, H - 92, "American Society for Clinical Pathology", "LibSerif", 15, blue)
        ctext(c, W / 2, H - 148, "Certificate of Completion", "LibSerif-Bold", 34, blue)
        ctext(c, W / 2, H - 190, "This is to certify that", "LibSerif-Italic", 13, HexColor("#444444"))
        spaced(c, W / 2, H - 226, "ELEANOR VASQUEZ-TRAN", "LibSerif-Bold", 20, 5)
        ctext(c, W / 2, H - 262, "has completed the", "LibSerif-Italic", 13, HexColor("#444444"))
        ctext(c, W / 2, H - 290, "Self-Study", "LibSans-Bold", 12, gold)
        y = wrap(c, W / 2, H - 320, "Lab Management University: Leading Through Conflict and Difficult Conversations",
                 "LibSerif-Bold", 18, W - 170, 23, blue, align="center")
        ctext(c, W / 2, y - 30, "Course Code: LMU-0314", "LibSerif", 12)
        ctext(c, W / 2, y - 48, "Date completed: August 28, 2025", "LibSerif", 12)
        ctext(c, W / 2, y - 66, "CMLE credits claimed: 2.5", "LibSerif-Bold", 12)
        wrap(c, W / 2, y - 96, "The ASCP designates this enduring material for a maximum of 3.0 CMLE credits. "
             "Participants should claim only the credit commensurate with the extent of their participation. "
             "ASCP CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.",
             "LibSans", 8.5, W - 190, 11.5, HexColor("#444444"), align="center")
        # seal
        c.setFillColor(gold)
        c.circle(W / 2, 150, 42, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(1.5)
        c.circle(W / 2, 150, 35, stroke=1, fill=0)
        ctext(c, W / 2, 153, "ASCP", "LibSans-Bold", 15, white)
        ctext(c, W / 2, 139, "CMLE", "LibSans", 9, white)
        sigline(c, 70, 120, 170, "Dalia Ferreira-Knox, MD, FASCP", "Chief Medical Officer")
        sigline(c, W - 240, 120, 170, "Thaddeus Amankwah, MEd", "Senior Director, Learning")
        ctext(c, W / 2, 52, "Claimed on August 30, 2025  \u00b7  Transcript record 7781-2290-13", "LibSans", 7.5, HexColor("#777777"))
    rl_canvas_pdf(base, letter, draw, "ASCP certificate")
