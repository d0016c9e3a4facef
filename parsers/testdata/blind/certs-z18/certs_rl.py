"""ReportLab certificates.

canvas:   zr06 zr15 zr24 zr39
Platypus: zr07 zr16 zr28 zr35 zr37
AcroForm (filled fields, flattened by qpdf): zr08 zr17 zr25 zr36
"""
from registry import cert
from engines import reportlab_draw, acroform_flatten
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from xml.sax.saxutils import escape as X

_TTF = "/usr/share/fonts/truetype/"
for nm, f in [("DejaVuSerif", "dejavu/DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "dejavu/DejaVuSerif-Bold.ttf"),
              ("DejaVuSans", "dejavu/DejaVuSans.ttf"), ("DejaVuSans-Bold", "dejavu/DejaVuSans-Bold.ttf"),
              ("LibSans", "liberation/LiberationSans-Regular.ttf"), ("LibSans-Bold", "liberation/LiberationSans-Bold.ttf"),
              ("LibSans-Italic", "liberation/LiberationSans-Italic.ttf"),
              ("LibSansNarrow", "liberation/LiberationSansNarrow-Regular.ttf"),
              ("LibSansNarrow-Bold", "liberation/LiberationSansNarrow-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, _TTF + f))


def ctext(c, x, y, s, font, size, color=colors.black):
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawCentredString(x, y, s)


def wrap_center(c, x, y, s, font, size, width, leading, color=colors.black):
    """centred wrapped text; returns y below the last line"""
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(s, font, size, width):
        c.drawCentredString(x, y, line)
        y -= leading
    return y


def wrap_left(c, x, y, s, font, size, width, leading, color=colors.black):
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(s, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def sigline(c, x, y, w, lines, font="Helvetica", size=9, center=True):
    c.setStrokeColor(colors.HexColor("#333333"))
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    c.setFillColor(colors.black)
    c.setFont(font, size)
    for i, s in enumerate(lines):
        if center:
            c.drawCentredString(x + w / 2, y - 12 - i * 11, s)
        else:
            c.drawString(x, y - 12 - i * 11, s)


# =================================================================== canvas
@cert("zr06", style="LabCE", producer="reportlab-canvas",
      layout=["portrait", "centered-award", "header-band", "two-column-label-value", "hyphenated-name",
              "credentials-after-name"],
      notes="Course details box with labels left of values. Order #, Certificate ID, P.A.C.E. Provider No., "
            "Florida provider # and print date are distractors.",
      name="Dmitri Volkonsky-Hale",
      title="Blood Smear Review: Red Cell Inclusions and Their Clinical Significance",
      date="2025-02-11", credits=1.0, unit="contact hour", provider=["LabCE"], activity_id="1187")
def zr06(g, out):
    def draw(path):
        W, H = letter
        c = canvas.Canvas(path, pagesize=letter)
        c.setTitle("LabCE Certificate")
        orange = colors.HexColor("#E66E14")
        navy = colors.HexColor("#1E2D46")
        c.setFillColor(navy); c.rect(0, H - 1.3 * inch, W, 1.3 * inch, stroke=0, fill=1)
        c.setFillColor(orange); c.rect(0, H - 1.36 * inch, W, 0.06 * inch, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 30); c.setFillColor(orange)
        c.drawString(0.8 * inch, H - 0.85 * inch, "LabCE")
        c.setFont("Helvetica", 10); c.setFillColor(colors.white)
        c.drawRightString(W - 0.8 * inch, H - 0.8 * inch, "Continuing Education Transcript Service")
        ctext(c, W / 2, H - 2.4 * inch, "Certificate of Completion", "Times-Roman", 32, navy)
        ctext(c, W / 2, H - 3.0 * inch, "This certificate is awarded to", "Times-Italic", 13, colors.HexColor("#555555"))
        ctext(c, W / 2, H - 3.5 * inch, g["name"] + ", MLS(ASCP)CM", "Times-Bold", 22)
        ctext(c, W / 2, H - 4.0 * inch, "for successful completion of the online course", "Times-Italic", 13, colors.HexColor("#555555"))
        y = wrap_center(c, W / 2, H - 4.5 * inch, g["title"], "Helvetica-Bold", 17, 6.2 * inch, 22, navy)
        # details box
        bx, by, bw, bh = 2.0 * inch, y - 1.75 * inch, 4.5 * inch, 1.45 * inch
        c.setStrokeColor(colors.HexColor("#C8CDD6")); c.setFillColor(colors.HexColor("#F5F7FA"))
        c.rect(bx, by, bw, bh, stroke=1, fill=1)
        rows = [("Course #:", "1187"), ("Completion Date:", "02/11/2025"), ("Contact Hours:", "1.0 (P.A.C.E.®)"),
                ("Level:", "Intermediate")]
        for i, (a, b) in enumerate(rows):
            yy = by + bh - 0.33 * inch - i * 0.3 * inch
            c.setFont("Helvetica-Bold", 10.5); c.setFillColor(navy); c.drawString(bx + 0.3 * inch, yy, a)
            c.setFont("Helvetica", 11); c.setFillColor(colors.black); c.drawString(bx + 1.9 * inch, yy, b)
        y = by - 0.5 * inch
        y = wrap_center(c, W / 2, y, "LabCE is approved as a provider of continuing education programs in the clinical "
                        "laboratory sciences by the ASCLS P.A.C.E.® Program, Provider No. 519. Florida Board of Clinical "
                        "Laboratory Personnel Provider # 50-12907.", "Helvetica", 8.5, 6.2 * inch, 11, colors.HexColor("#555555"))
        c.setFont("Helvetica", 8); c.setFillColor(colors.HexColor("#777777"))
        c.drawString(0.8 * inch, 0.6 * inch, "Order #: LC-7781204   ·   Certificate ID: 8F2A-11C9")
        c.drawRightString(W - 0.8 * inch, 0.6 * inch, "Printed 03/01/2025   ·   www.labce.com")
        c.showPage(); c.save()
    reportlab_draw("zr06", draw, out)


@cert("zr15", style="joint-accreditation-CME", producer="reportlab-canvas",
      layout=["portrait", "centered-award", "border", "multiple-credit-types", "honorific-Dr", "department-provider",
              "series-name-before-colon", "presented-by-speaker", "credit-table"],
      notes="Joint-accreditation CME certificate with AMA PRA, ANCC, ACPE (with 0.1 CEU) and P.A.C.E. figures; "
            "the claimed P.A.C.E. contact hours are gold. 'Grand Rounds:' series name is part of the title. "
            "Leading 'Dr.' and trailing credentials stripped. Speaker is a distractor.",
      name="Priya Raghunathan",
      title="Grand Rounds: Diagnostic Stewardship of Clostridioides difficile Testing",
      date="2025-02-26", credits=1.0, unit="contact hour",
      provider=["Lakeshore University Health",
                "Lakeshore University Health, Center for Interprofessional Continuing Education"],
      activity_id="LUH-GR-0226")
def zr15(g, out):
    def draw(path):
        W, H = letter
        c = canvas.Canvas(path, pagesize=letter)
        teal = colors.HexColor("#0E5A6B")
        c.setStrokeColor(teal); c.setLineWidth(3); c.rect(0.45 * inch, 0.45 * inch, W - 0.9 * inch, H - 0.9 * inch)
        c.setLineWidth(0.8); c.rect(0.55 * inch, 0.55 * inch, W - 1.1 * inch, H - 1.1 * inch)
        ctext(c, W / 2, H - 1.25 * inch, "Lakeshore University Health", "DejaVuSerif-Bold", 20, teal)
        ctext(c, W / 2, H - 1.55 * inch, "Center for Interprofessional Continuing Education", "DejaVuSans", 11, teal)
        ctext(c, W / 2, H - 2.35 * inch, "Certificate of Participation", "DejaVuSerif", 27)
        ctext(c, W / 2, H - 2.9 * inch, "This is to certify that", "DejaVuSans", 11, colors.HexColor("#444444"))
        ctext(c, W / 2, H - 3.35 * inch, "Dr. " + g["name"] + ", PhD, D(ABMM)", "DejaVuSerif-Bold", 19)
        ctext(c, W / 2, H - 3.8 * inch, "participated in the live activity", "DejaVuSans", 11, colors.HexColor("#444444"))
        y = wrap_center(c, W / 2, H - 4.25 * inch, g["title"], "DejaVuSerif-Bold", 15, 6.3 * inch, 19, teal)
        ctext(c, W / 2, y - 4, "presented by Samuel Ortega, MD, Division of Infectious Diseases", "DejaVuSans", 9.5, colors.HexColor("#555555"))
        ctext(c, W / 2, y - 26, "Activity ID: LUH-GR-0226     Date: February 26, 2025", "DejaVuSans", 11)
        # credit table
        ty = y - 60
        x0 = 1.3 * inch
        cols = [x0, x0 + 3.4 * inch, x0 + 4.9 * inch]
        c.setFillColor(teal); c.rect(x0 - 6, ty - 5, 5.9 * inch + 12, 18, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("DejaVuSans-Bold", 9.5)
        for x, h in zip(cols, ["Credit Type", "Designated", "Claimed"]):
            c.drawString(x, ty, h)
        rows = [("AMA PRA Category 1 Credits™", "1.00", "—"), ("ANCC nursing contact hours", "1.00", "—"),
                ("ACPE contact hours (0.1 CEU)", "1.00", "—"), ("ASCLS P.A.C.E.® contact hours", "1.00", "1.00")]
        c.setFont("DejaVuSans", 10); c.setFillColor(colors.black)
        for i, r in enumerate(rows):
            yy = ty - 20 - i * 17
            for x, v in zip(cols, r):
                c.drawString(x, yy, v)
            c.setStrokeColor(colors.HexColor("#CCCCCC")); c.setLineWidth(0.4)
            c.line(x0 - 6, yy - 5, x0 + 5.9 * inch + 6, yy - 5)
        y = ty - 20 - 4 * 17 - 22
        y = wrap_center(c, W / 2, y, "In support of improving patient care, Lakeshore University Health is jointly accredited "
                        "by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for "
                        "Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing "
                        "education for the healthcare team. Lakeshore University Health is approved as a provider of continuing "
                        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
                        "DejaVuSans", 7.8, 6.4 * inch, 10, colors.HexColor("#444444"))
        sigline(c, W / 2 - 1.6 * inch, 1.35 * inch, 3.2 * inch,
                ["Miriam Castellano, MD, MEd", "Director, Center for Interprofessional Continuing Education"], "DejaVuSans", 8.5)
        c.setFont("DejaVuSans", 7); c.setFillColor(colors.HexColor("#777777"))
        c.drawCentredString(W / 2, 0.7 * inch, "Certificate generated 03/04/2025 from the Lakeshore CE portal · Learner #100233817")
        c.showPage(); c.save()
    reportlab_draw("zr15", draw, out)


@cert("zr24", style="ADLM", producer="reportlab-canvas",
      layout=["landscape", "centered-award", "two-page", "meeting-attendance", "date-range", "maximum-vs-claimed",
              "session-transcript-distractors", "accented-name", "hyphenated-name", "credentials-after-name"],
      notes="Meeting attendance: title = meeting name; range Nov 13-15 -> last day. Claimed 9.75 ACCENT contact hours "
            "vs 14.0 maximum available. Page 2 lists sessions (titles, codes, per-session hours are distractors). "
            "Registration ID is a distractor; 'Event ID' is the activity id.",
      name="Aleksandra Wójcik-Harper",
      title="ADLM 2025 Fall Laboratory Medicine Forum", date="2025-11-15", credits=9.75, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="FLMF25-HOU")
def zr24(g, out):
    def draw(path):
        W, H = landscape(letter)
        c = canvas.Canvas(path, pagesize=(W, H))
        plum = colors.HexColor("#4B2A6B")
        gold = colors.HexColor("#C9A227")
        c.setFillColor(plum); c.rect(0, 0, 0.5 * inch, H, stroke=0, fill=1); c.rect(W - 0.5 * inch, 0, 0.5 * inch, H, stroke=0, fill=1)
        c.setFillColor(gold); c.rect(0.5 * inch, 0, 0.05 * inch, H, stroke=0, fill=1); c.rect(W - 0.55 * inch, 0, 0.05 * inch, H, stroke=0, fill=1)
        ctext(c, W / 2, H - 1.0 * inch, "ADLM", "LibSans-Bold", 34, plum)
        ctext(c, W / 2, H - 1.3 * inch, "Association for Diagnostics & Laboratory Medicine", "LibSans", 13, plum)
        ctext(c, W / 2, H - 2.05 * inch, "Certificate of Attendance", "Times-Roman", 34)
        ctext(c, W / 2, H - 2.55 * inch, "This certifies that", "Times-Italic", 13, colors.HexColor("#555555"))
        ctext(c, W / 2, H - 3.0 * inch, g["name"] + ", PhD, DABCC", "LibSans-Bold", 22)
        ctext(c, W / 2, H - 3.45 * inch, "attended the", "Times-Italic", 13, colors.HexColor("#555555"))
        ctext(c, W / 2, H - 3.9 * inch, g["title"], "Times-Bold", 22, plum)
        ctext(c, W / 2, H - 4.25 * inch, "Houston, Texas  ·  November 13–15, 2025", "LibSans", 11.5, colors.HexColor("#333333"))
        ctext(c, W / 2, H - 4.85 * inch, "ACCENT® contact hours claimed: 9.75", "LibSans-Bold", 14)
        ctext(c, W / 2, H - 5.1 * inch, "(of a maximum of 14.0 available for the full program)", "LibSans", 10, colors.HexColor("#555555"))
        ctext(c, W / 2, H - 5.45 * inch, "Event ID: FLMF25-HOU     Registration ID: 2025-118-44731", "LibSans", 10, colors.HexColor("#333333"))
        wrap_center(c, W / 2, H - 5.9 * inch, "ADLM is approved by the ACCENT® Continuing Education Program to provide continuing "
                    "education for laboratory professionals. Participants should claim only the credit commensurate with "
                    "the extent of their participation. A transcript of sessions attended appears on page 2.",
                    "LibSans", 8.5, 7.5 * inch, 11, colors.HexColor("#555555"))
        sigline(c, 1.3 * inch, 1.15 * inch, 3 * inch, ["Carlos Benítez-Shaw, PhD, DABCC", "Chair, Continuing Education Committee"], "LibSans", 9)
        sigline(c, W - 4.3 * inch, 1.15 * inch, 3 * inch, ["Janine Albrecht, MBA", "Senior Director, Education"], "LibSans", 9)
        c.setFont("LibSans", 7.5); c.setFillColor(colors.HexColor("#888888"))
        c.drawCentredString(W / 2, 0.4 * inch, "Page 1 of 2")
        c.showPage()
        # page 2: transcript
        c.setFillColor(plum); c.rect(0, 0, 0.5 * inch, H, stroke=0, fill=1); c.rect(W - 0.5 * inch, 0, 0.5 * inch, H, stroke=0, fill=1)
        c.setFont("LibSans-Bold", 16); c.setFillColor(plum)
        c.drawString(1.0 * inch, H - 0.9 * inch, "Transcript of Sessions Attended")
        c.setFont("LibSans", 10); c.setFillColor(colors.black)
        c.drawString(1.0 * inch, H - 1.15 * inch, "Attendee: " + g["name"] + "     Event ID: FLMF25-HOU")
        rows = [("11/13/2025", "FF-101", "Opening Plenary: The Laboratory's Role in Sepsis Bundles", "1.00"),
                ("11/13/2025", "FF-112", "Lipoprotein(a) Testing: Harmonization and Reporting Units", "1.25"),
                ("11/13/2025", "FF-118", "Mass Spectrometry for Steroid Panels in the Community Hospital", "1.50"),
                ("11/14/2025", "FF-204", "Point-of-Care Testing Oversight: Building a Competency Program", "2.00"),
                ("11/14/2025", "FF-211", "Autoverification Rules for Chemistry and Immunoassay", "1.50"),
                ("11/14/2025", "FF-220", "Therapeutic Drug Monitoring of Newer Antiepileptics", "1.00"),
                ("11/15/2025", "FF-305", "Closing Plenary: Workforce Pipelines for Laboratory Medicine", "1.50"),
                ("", "", "Total ACCENT® contact hours claimed", "9.75")]
        x = [1.0 * inch, 2.1 * inch, 3.0 * inch, 9.2 * inch]
        y = H - 1.7 * inch
        c.setFillColor(colors.HexColor("#EEE8F4")); c.rect(0.95 * inch, y - 5, 8.9 * inch, 18, stroke=0, fill=1)
        c.setFillColor(plum); c.setFont("LibSans-Bold", 10)
        for xx, h in zip(x, ["Date", "Code", "Session", "Hours"]):
            c.drawString(xx, y, h)
        c.setFillColor(colors.black)
        for i, r in enumerate(rows):
            yy = y - 24 - i * 20
            c.setFont("LibSans-Bold" if i == len(rows) - 1 else "LibSans", 10)
            for xx, v in zip(x, r):
                c.drawString(xx, yy, v)
            c.setStrokeColor(colors.HexColor("#DDDDDD")); c.line(0.95 * inch, yy - 6, 9.85 * inch, yy - 6)
        c.setFont("LibSans", 7.5); c.setFillColor(colors.HexColor("#888888"))
        c.drawCentredString(W / 2, 0.4 * inch, "Page 2 of 2")
        c.showPage(); c.save()
    reportlab_draw("zr24", draw, out)


@cert("zr39", style="ASCLS", producer="reportlab-canvas",
      layout=["landscape", "centered-award", "issuer-line-under-heading", "format-line", "program-no-without-colon",
              "honorific-Dr", "title-word-Ethics", "hyphenated-name", "credentials-after-name", "seal"],
      notes="Provider printed as an issuer line under 'Certificate of Completion' ('Issued by the American Society for "
            "Clinical Laboratory Science (ASCLS)'). 'On-Demand' is a format line. 'P.A.C.E.® Program No. 101-245-25' "
            "without colon. Leading 'Dr.' and credentials stripped.",
      name="Abimbola Fashola-Reyes",
      title="Professional Ethics for Laboratory Professionals: Case Discussions from the Bench",
      date="2025-12-15", credits=1.0, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="101-245-25")
def zr39(g, out):
    def draw(path):
        W, H = landscape(letter)
        c = canvas.Canvas(path, pagesize=(W, H))
        blue = colors.HexColor("#00467F")
        c.setStrokeColor(blue); c.setLineWidth(6); c.rect(0.35 * inch, 0.35 * inch, W - 0.7 * inch, H - 0.7 * inch)
        c.setStrokeColor(colors.HexColor("#AA7814")); c.setLineWidth(1.2); c.rect(0.5 * inch, 0.5 * inch, W - 1.0 * inch, H - 1.0 * inch)
        ctext(c, W / 2, H - 1.45 * inch, "Certificate of Completion", "Times-Bold", 36, blue)
        ctext(c, W / 2, H - 1.8 * inch, "Issued by the American Society for Clinical Laboratory Science (ASCLS)", "Helvetica", 12, colors.HexColor("#AA7814"))
        ctext(c, W / 2, H - 2.55 * inch, "This is to certify that", "Times-Italic", 14, colors.HexColor("#444444"))
        ctext(c, W / 2, H - 3.1 * inch, "Dr. " + g["name"] + ", PhD, MLS(ASCP)CM", "Times-Bold", 25)
        ctext(c, W / 2, H - 3.6 * inch, "has completed the", "Times-Italic", 14, colors.HexColor("#444444"))
        ctext(c, W / 2, H - 3.95 * inch, "On-Demand", "Helvetica-Bold", 11, colors.HexColor("#AA7814"))
        y = wrap_center(c, W / 2, H - 4.35 * inch, g["title"], "Helvetica-Bold", 17, 8.3 * inch, 21, blue)
        ctext(c, W / 2, y - 10, "Completed on 12/15/2025", "Helvetica", 12)
        ctext(c, W / 2, y - 32, "1.0 P.A.C.E.® contact hour     ·     P.A.C.E.® Program No. 101-245-25", "Helvetica", 12)
        sigline(c, 1.3 * inch, 1.25 * inch, 3 * inch, ["Lorena Vidal-Okafor, EdD, MLS(ASCP)CM", "Director of Education"], "Helvetica", 9)
        # seal
        cx, cy = W - 2.2 * inch, 1.4 * inch
        c.setStrokeColor(colors.HexColor("#AA7814")); c.setLineWidth(2); c.circle(cx, cy, 0.62 * inch)
        c.setLineWidth(0.6); c.circle(cx, cy, 0.54 * inch)
        ctext(c, cx, cy + 4, "ASCLS", "Helvetica-Bold", 12, colors.HexColor("#AA7814"))
        ctext(c, cx, cy - 10, "P.A.C.E.®", "Helvetica", 8, colors.HexColor("#AA7814"))
        c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#777777"))
        c.drawCentredString(W / 2, 0.7 * inch, "Member #: 4410297  ·  Certificate issued 12/16/2025  ·  ascls.org")
        c.showPage(); c.save()
    reportlab_draw("zr39", draw, out)


# =================================================================== Platypus
def _ps(name, size, font="Helvetica", align=TA_CENTER, leading=None, color="#000000", before=0, after=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, alignment=align,
                          textColor=colors.HexColor(color), spaceBefore=before, spaceAfter=after)


@cert("zr07", style="MediaLab", producer="reportlab-platypus",
      layout=["portrait", "left-aligned", "two-column-label-value", "title-word-Safety", "hyphenated-name",
              "credentials-after-name"],
      notes="'Laboratory Safety: ...' is the real course title. Transcript ID and print date are distractors. "
            "'1 contact hour' -> credits 1.0.",
      name="Honoria Blackwood-Ames",
      title="Laboratory Safety: Chemical Hygiene Plan Essentials", date="2025-09-30", credits=1.0,
      unit="contact hour", provider=["MediaLab, Inc.", "MediaLab"], activity_id="ML-SAF-3102")
def zr07(g, out):
    def draw(path):
        doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                                topMargin=0.9 * inch, bottomMargin=0.8 * inch, title="CE Certificate")
        blue = "#205493"
        st = [Paragraph("MediaLab", _ps("a", 28, "Helvetica-Bold", TA_LEFT, color=blue)),
              Paragraph("Continuing education for the clinical laboratory", _ps("b", 9.5, "Helvetica", TA_LEFT, color="#777777", after=30)),
              Paragraph("CE Certificate", _ps("c", 26, "Times-Roman", TA_LEFT, after=8)),
              Paragraph("This document certifies that the participant below completed the course and passed the "
                        "post-test with a score of 80% or higher.", _ps("d", 11, "Times-Roman", TA_LEFT, after=22))]
        rows = [["Participant:", g["name"] + ", MT(ASCP)"], ["Course:", Paragraph(X(g["title"]), _ps("t", 12, "Helvetica-Bold", TA_LEFT))],
                ["Course Code:", "ML-SAF-3102"], ["Completed:", "09/30/2025"],
                ["CE Credit:", "1 contact hour (P.A.C.E.®)"], ["Transcript ID:", "TX-20250930-5521"]]
        t = Table(rows, colWidths=[1.5 * inch, 5.0 * inch])
        t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10.5), ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor(blue)),
                               ("FONT", (1, 0), (1, -1), "Helvetica", 12), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#D0D5DD"))]))
        st += [t, Spacer(1, 26),
               Paragraph("MediaLab, Inc. is approved as a provider of continuing education programs in the clinical "
                         "laboratory sciences by the ASCLS P.A.C.E.® Program. This course is also approved for continuing "
                         "education credit by the State of Florida Board of Clinical Laboratory Personnel.",
                         _ps("e", 9, "Helvetica", TA_LEFT, color="#444444")),
               Spacer(1, 50),
               Paragraph("<i>Marianne Sutcliffe</i>", _ps("f", 17, "Times-Roman", TA_LEFT)),
               Paragraph("Marianne Sutcliffe, MS, MT(ASCP)<br/>Director of Continuing Education", _ps("g", 9.5, "Helvetica", TA_LEFT, before=4)),
               Spacer(1, 70),
               Paragraph("Printed 10/01/2025 · medialabinc.net", _ps("h", 8, "Helvetica", TA_LEFT, color="#888888"))]
        doc.build(st)
    reportlab_draw("zr07", draw, out)


@cert("zr16", style="university-CEU", producer="reportlab-platypus",
      layout=["portrait", "centered-award", "two-page", "department-provider", "date-range", "CEU",
              "accented-name", "hyphenated-name", "signature-block", "course-outline-page"],
      notes="University CEU certificate: 3.0 CEUs -> points 30. Course ran June 2-6 -> last day. Issue date and "
            "Student ID are distractors; page 2 is a course outline (daily topics are distractors) and states the "
            "CEU/contact-hour equivalence.",
      name="Lucía Hernández-Whitaker",
      title="Molecular Diagnostics Bootcamp: PCR Design, Validation and Troubleshooting", date="2025-06-06",
      credits=3.0, unit="CEU",
      provider=["Westbrook State University", "Westbrook State University, Division of Continuing and Professional Studies"],
      activity_id="25SU-0412")
def zr16(g, out):
    def draw(path):
        maroon = colors.HexColor("#6D1A36")

        def border(c, d):
            c.saveState()
            W, H = letter
            c.setStrokeColor(maroon); c.setLineWidth(2.5); c.rect(0.4 * inch, 0.4 * inch, W - 0.8 * inch, H - 0.8 * inch)
            c.setFont("DejaVuSans", 7.5); c.setFillColor(colors.HexColor("#888888"))
            c.drawCentredString(W / 2, 0.55 * inch, "Page %d of 2" % d.page)
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=1.0 * inch, rightMargin=1.0 * inch,
                                topMargin=0.9 * inch, bottomMargin=0.9 * inch)
        st = [Paragraph("Westbrook State University", _ps("u", 24, "DejaVuSerif-Bold", color="#6D1A36")),
              Paragraph("Division of Continuing and Professional Studies", _ps("v", 12, "DejaVuSans", color="#6D1A36", after=36)),
              Paragraph("Certificate of Completion", _ps("w", 30, "DejaVuSerif", after=20)),
              Paragraph("This certifies that", _ps("x", 12, "DejaVuSans", color="#444444", after=8)),
              Paragraph(X(g["name"]), _ps("y", 24, "DejaVuSerif-Bold", after=10)),
              Paragraph("has successfully completed the non-credit professional development course", _ps("z", 12, "DejaVuSans", color="#444444", after=10)),
              Paragraph(X(g["title"]), _ps("t", 17, "DejaVuSerif-Bold", leading=22, color="#6D1A36", after=14)),
              Paragraph("held June 2–6, 2025, and is awarded", _ps("h", 12, "DejaVuSans", after=6)),
              Paragraph("3.0 Continuing Education Units (CEUs)", _ps("c", 16, "DejaVuSans-Bold", after=16)),
              Paragraph("Offering #: 25SU-0412 &nbsp;&nbsp;·&nbsp;&nbsp; Student ID: W00981234 &nbsp;&nbsp;·&nbsp;&nbsp; Issued: June 20, 2025",
                        _ps("o", 9.5, "DejaVuSans", color="#333333", after=60))]
        sig = Table([["______________________________", "______________________________"],
                     ["Dr. Harriet Okonjo-Vance", "Elliot Brandt, PhD, MB(ASCP)CM"],
                     ["Dean, Continuing and Professional Studies", "Course Director"]],
                    colWidths=[3.2 * inch, 3.2 * inch])
        sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        st += [sig, PageBreak(),
               Paragraph("Course Outline", _ps("p1", 16, "DejaVuSerif-Bold", TA_LEFT, color="#6D1A36", after=6)),
               Paragraph(X(g["title"]) + " — Offering 25SU-0412", _ps("p2", 10, "DejaVuSans", TA_LEFT, color="#444444", after=14))]
        out_rows = [["Day", "Date", "Topics", "Hours"],
                    ["1", "June 2, 2025", "Nucleic acid extraction; primer and probe design principles", "6.0"],
                    ["2", "June 3, 2025", "Real-time PCR chemistry; efficiency and standard curves", "6.0"],
                    ["3", "June 4, 2025", "Validation study design: accuracy, LoD, precision, reportable range", "6.0"],
                    ["4", "June 5, 2025", "Inhibition, contamination control and troubleshooting clinics", "6.0"],
                    ["5", "June 6, 2025", "Regulatory documentation; capstone case presentations", "6.0"]]
        ps = _ps("cell", 9.5, "DejaVuSans", TA_LEFT)
        data = [out_rows[0]] + [[r[0], r[1], Paragraph(r[2], ps), r[3]] for r in out_rows[1:]]
        t = Table(data, colWidths=[0.5 * inch, 1.2 * inch, 4.1 * inch, 0.7 * inch])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 9.5), ("FONT", (0, 1), (-1, -1), "DejaVuSans", 9.5),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F1E4E9")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB"))]))
        st += [t, Spacer(1, 16),
               Paragraph("Westbrook State University awards one Continuing Education Unit (CEU) for every ten contact hours of "
                         "participation in an organized continuing education experience under responsible sponsorship, capable "
                         "direction and qualified instruction. Participants must attend at least 90% of scheduled hours and "
                         "complete the capstone to receive CEUs. CEUs are non-credit and are not applicable toward a degree.",
                         _ps("p3", 9.5, "DejaVuSans", TA_JUSTIFY, leading=13))]
        doc.build(st, onFirstPage=border, onLaterPages=border)
    reportlab_draw("zr16", draw, out)


@cert("zr28", style="CLSI", producer="reportlab-platypus",
      layout=["portrait", "labels-above-values", "suffix-III", "credentials-after-name", "provider-name-with-and",
              "format-in-column"],
      notes="Labels above values in column rows (Participant | Date of Completion; Course Number | Contact Hours | "
            "Format). 'Workshop' is part of the title line. Customer Number is a distractor.",
      name="Marcus T. Abernathy III",
      title="Implementing Risk-Based Quality Control: An EP23 Workshop for Laboratory Leaders", date="2025-12-03",
      credits=2.0, unit="contact hour", provider=["Clinical and Laboratory Standards Institute", "CLSI"],
      activity_id="CLSI-W-EP23-25")
def zr28(g, out):
    def draw(path):
        teal = "#00788A"

        def deco(c, d):
            W, H = letter
            c.saveState()
            c.setFillColor(colors.HexColor(teal)); c.rect(0, H - 0.25 * inch, W, 0.25 * inch, stroke=0, fill=1)
            c.rect(0, 0, W, 0.12 * inch, stroke=0, fill=1)
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                                topMargin=0.9 * inch, bottomMargin=0.8 * inch)
        lab = _ps("lab", 8.5, "LibSans-Bold", TA_LEFT, color="#7F7F7F")
        val = _ps("val", 13, "LibSans", TA_LEFT)

        def lav(pairs, widths):
            t = Table([[Paragraph(a, lab) for a, _ in pairs], [Paragraph(X(b), val) for _, b in pairs]], colWidths=widths)
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(teal)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 1), (-1, 1), 14)]))
            return t
        st = [Paragraph("CLSI", _ps("a", 34, "LibSans-Bold", TA_LEFT, color=teal)),
              Paragraph("Clinical and Laboratory Standards Institute", _ps("b", 12, "LibSans", TA_LEFT, color=teal, after=40)),
              Paragraph("Certificate of Completion", _ps("c", 26, "Times-Roman", TA_LEFT, after=30)),
              lav([("PARTICIPANT", g["name"] + ", MS, MLS(ASCP)CM"), ("DATE OF COMPLETION", "12/03/2025")], [4.4 * inch, 2.1 * inch]),
              Spacer(1, 6),
              lav([("COURSE TITLE", g["title"])], [6.5 * inch]),
              Spacer(1, 6),
              lav([("COURSE NUMBER", "CLSI-W-EP23-25"), ("CONTACT HOURS", "2.0"), ("FORMAT", "Live Webinar")],
                  [2.6 * inch, 1.8 * inch, 2.1 * inch]),
              Spacer(1, 30),
              Paragraph("CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences "
                        "by the ASCLS P.A.C.E.® Program.", _ps("d", 9, "LibSans", TA_LEFT, color="#444444", after=50)),
              Paragraph("Barbara Quinlan-Atwood, MT(ASCP)<br/>Director, Education and Training", _ps("e", 10, "LibSans", TA_LEFT, after=60)),
              Paragraph("Customer Number 100519204 · clsi.org/education", _ps("f", 8, "LibSans", TA_LEFT, color="#888888"))]
        doc.build(st, onFirstPage=deco)
    reportlab_draw("zr28", draw, out)


@cert("zr35", style="AABB", producer="reportlab-platypus",
      layout=["portrait", "centered-award", "issuer-line-under-heading", "format-line", "program-no-without-colon",
              "title-word-Meeting", "border", "credentials-after-name", "hyphenated-name"],
      notes="Provider appears only as an issuer line under the heading ('issued by the Association for the Advancement "
            "of Blood & Biotherapies'); no short form printed. 'Self-Study Module' is a format line; 'Meeting' begins "
            "the real title. 'Program No. 512-334-25' has no colon.",
      name="Ingrid Solberg-Matthews",
      title="Meeting the Donor Eligibility Requirements: Individual Donor Risk Assessment", date="2025-02-19",
      credits=1.0, unit="contact hour", provider=["Association for the Advancement of Blood & Biotherapies"],
      activity_id="512-334-25")
def zr35(g, out):
    def draw(path):
        red = "#A6192E"

        def border(c, d):
            W, H = letter
            c.saveState()
            c.setStrokeColor(colors.HexColor(red)); c.setLineWidth(1.5); c.rect(0.5 * inch, 0.5 * inch, W - inch, H - inch)
            c.setLineWidth(0.5); c.rect(0.58 * inch, 0.58 * inch, W - 1.16 * inch, H - 1.16 * inch)
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=1.1 * inch, rightMargin=1.1 * inch,
                                topMargin=1.4 * inch, bottomMargin=1 * inch)
        st = [Paragraph("Certificate of Completion", _ps("a", 32, "Times-Roman", color=red, after=6)),
              Paragraph("issued by the Association for the Advancement of Blood &amp; Biotherapies",
                        _ps("b", 12, "Helvetica-Oblique", color="#444444", after=50)),
              Paragraph("Participant", _ps("c", 10, "Helvetica", color="#777777")),
              Paragraph(X(g["name"]) + ", MT(ASCP)SBB", _ps("d", 22, "Times-Bold", after=30)),
              Paragraph("Self-Study Module", _ps("e", 11, "Helvetica-Bold", color=red, after=4)),
              Paragraph(X(g["title"]), _ps("f", 18, "Times-Bold", leading=23, after=30))]
        t = Table([["Completed", "Program No. 512-334-25", "Credit"], ["02/19/2025", "", "1.0 P.A.C.E.® contact hour"]],
                  colWidths=[1.8 * inch, 2.3 * inch, 2.2 * inch])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica", 9.5), ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#777777")),
                               ("FONT", (0, 1), (-1, 1), "Helvetica", 12), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("SPAN", (1, 0), (1, 1)), ("VALIGN", (1, 0), (1, 1), "MIDDLE"), ("FONT", (1, 0), (1, 1), "Helvetica", 11.5),
                               ("TEXTCOLOR", (1, 0), (1, 1), colors.black)]))
        st += [t, Spacer(1, 40),
               Paragraph("This program is approved for 1.0 contact hour through the ASCLS P.A.C.E.® Program. "
                         "Credit is awarded upon successful completion of the post-assessment.",
                         _ps("g", 9, "Helvetica", color="#444444", after=60)),
               Paragraph("Lorraine Castellanos-Reid, MS, MT(ASCP)SBB<br/>Senior Director, Education",
                         _ps("h", 10, "Helvetica", after=40)),
               Paragraph("Learner record 88-20417-B · Generated 02/20/2025", _ps("i", 8, "Helvetica", color="#888888"))]
        doc.build(st, onFirstPage=border)
    reportlab_draw("zr35", draw, out)


@cert("zr37", style="state-society", producer="reportlab-platypus",
      layout=["landscape", "centered-award", "meeting-attendance", "date-range", "hyphenated-name",
              "signature-block", "border"],
      notes="Regional society conference attendance: title = conference name; Oct 2-4 -> last day. "
            "No activity/event number is printed (activity_id null); the attendance verification code and the "
            "issue date are distractors.",
      name="Henrik Aaltonen-Brooks",
      title="Cascade Laboratory Professionals Conference 2025", date="2025-10-04", credits=11.5,
      unit="contact hour", provider=["Pacific Northwest Society for Clinical Laboratory Science", "PNWSCLS"],
      activity_id=None)
def zr37(g, out):
    def draw(path):
        green = "#1F5F4A"

        def border(c, d):
            W, H = landscape(letter)
            c.saveState()
            c.setStrokeColor(colors.HexColor(green)); c.setLineWidth(5); c.rect(0.4 * inch, 0.4 * inch, W - 0.8 * inch, H - 0.8 * inch)
            c.setStrokeColor(colors.HexColor("#8FB339")); c.setLineWidth(1); c.rect(0.52 * inch, 0.52 * inch, W - 1.04 * inch, H - 1.04 * inch)
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=landscape(letter), leftMargin=1 * inch, rightMargin=1 * inch,
                                topMargin=0.85 * inch, bottomMargin=0.8 * inch)
        st = [Paragraph("Pacific Northwest Society for Clinical Laboratory Science", _ps("a", 19, "Times-Bold", color=green)),
              Paragraph("PNWSCLS", _ps("b", 11, "Helvetica-Bold", color="#8FB339", after=20)),
              Paragraph("Certificate of Attendance", _ps("c", 32, "Times-Italic", after=14)),
              Paragraph("presented to", _ps("d", 12, "Times-Roman", color="#444444", after=6)),
              Paragraph(X(g["name"]), _ps("e", 24, "Times-Bold", after=8)),
              Paragraph("for attendance at the", _ps("f", 12, "Times-Roman", color="#444444", after=6)),
              Paragraph(X(g["title"]), _ps("g", 20, "Helvetica-Bold", color=green, after=4)),
              Paragraph("Spokane, Washington · October 2–4, 2025", _ps("h", 11, "Helvetica", color="#333333", after=12)),
              Paragraph("Total P.A.C.E.® contact hours earned: <b>11.5</b>", _ps("i", 13, "Helvetica", after=4)),
              Paragraph("Attendance verification code 7QK-22M", _ps("j", 9.5, "Helvetica", color="#444444", after=6)),
              Paragraph("The Pacific Northwest Society for Clinical Laboratory Science is approved as a provider of continuing "
                        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
                        _ps("k", 8.5, "Helvetica", color="#555555", after=30))]
        sig = Table([["_____________________________", "_____________________________"],
                     ["Maren Lindahl, MLS(ASCP)CM", "Desmond Achebe, MS, MT(ASCP)"],
                     ["President, PNWSCLS", "Conference Education Chair"]], colWidths=[3.5 * inch, 3.5 * inch])
        sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        st += [sig, Spacer(1, 8), Paragraph("Issued October 10, 2025", _ps("l", 7.5, "Helvetica", color="#888888"))]
        doc.build(st, onFirstPage=border)
    reportlab_draw("zr37", draw, out)


# =================================================================== AcroForm (filled + flattened)
def field(c, name, value, x, y, w, h, size=12, font="Helvetica", tooltip=None, center_on=None):
    """Filled text field. center_on=x-centre: size the field to the text so the value sits centred."""
    if center_on is not None:
        tw = pdfmetrics.stringWidth(value, font, size)
        w = tw + 8
        x = center_on - w / 2
    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName=font, fontSize=size,
                         borderWidth=0, borderColor=None, fillColor=colors.white, textColor=colors.black,
                         forceBorder=False, tooltip=tooltip or name)


@cert("zr08", style="ADLM", producer="acroform-flattened",
      layout=["portrait", "form-fields", "format-line", "maximum-vs-claimed", "hyphenated-name",
              "credentials-after-name", "two-column-label-value"],
      notes="Filled and flattened AcroForm. 'LIVE WEBINAR' is a static format line above the title field. ACCENT "
            "contact hours earned 1.0 vs designated maximum 1.5 -> 1.0. Title spans two form lines.",
      name="Chukwuemeka Adeyemi-Nwosu",
      title="Interpreting High-Sensitivity Troponin Results Near the 99th Percentile Upper Reference Limit",
      date="2025-11-06", credits=1.0, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="W25-1106")
def zr08(g, out):
    def draw(path):
        W, H = letter
        c = canvas.Canvas(path, pagesize=letter)
        plum = colors.HexColor("#4B2A6B")
        c.setFillColor(plum); c.rect(0, H - 1.4 * inch, W, 1.4 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 30); c.drawString(0.8 * inch, H - 0.85 * inch, "ADLM")
        c.setFont("Helvetica", 11); c.drawString(0.8 * inch, H - 1.12 * inch, "Association for Diagnostics & Laboratory Medicine")
        ctext(c, W / 2, H - 2.2 * inch, "Certificate of Participation", "Times-Roman", 30, plum)
        c.setFillColor(colors.black)
        ctext(c, W / 2, H - 2.75 * inch, "This certifies that", "Times-Italic", 12.5, colors.HexColor("#555555"))
        field(c, "participant", g["name"] + ", PhD, DABCC", 1.0 * inch, H - 3.3 * inch, W - 2 * inch, 26, 20, "Times-Bold", center_on=W / 2)
        ctext(c, W / 2, H - 3.65 * inch, "has participated in the", "Times-Italic", 12.5, colors.HexColor("#555555"))
        ctext(c, W / 2, H - 3.98 * inch, "LIVE WEBINAR", "Helvetica-Bold", 11, colors.HexColor("#C9A227"))
        t1 = "Interpreting High-Sensitivity Troponin Results Near the 99th"
        t2 = "Percentile Upper Reference Limit"
        assert t1 + " " + t2 == g["title"]
        field(c, "title_line1", t1, 0.75 * inch, H - 4.42 * inch, W - 1.5 * inch, 22, 15.5, "Helvetica-Bold", center_on=W / 2)
        field(c, "title_line2", t2, 0.75 * inch, H - 4.72 * inch, W - 1.5 * inch, 22, 15.5, "Helvetica-Bold", center_on=W / 2)
        labels = [("Webinar date:", "date", "November 6, 2025"), ("Activity #:", "activity", "W25-1106"),
                  ("ACCENT® contact hours earned:", "hours", "1.0"), ("Registration ID:", "reg", "ADLM-R-5520871")]
        y = H - 5.5 * inch
        for lab, nm, v in labels:
            c.setFont("Helvetica-Bold", 10.5); c.setFillColor(plum); c.drawRightString(3.9 * inch, y + 6, lab)
            c.setStrokeColor(colors.HexColor("#BBBBBB")); c.setLineWidth(0.5); c.line(4.0 * inch, y + 2, 6.8 * inch, y + 2)
            field(c, nm, v, 4.05 * inch, y + 3, 2.7 * inch, 18, 11.5)
            y -= 0.42 * inch
        wrap_center(c, W / 2, y - 0.25 * inch, "ADLM is approved by the ACCENT® Continuing Education Program. ADLM designates "
                    "this live webinar for a maximum of 1.5 ACCENT® contact hours; credit is based on verified time in "
                    "attendance.", "Helvetica", 8.5, 6.2 * inch, 11, colors.HexColor("#555555"))
        sigline(c, W / 2 - 1.5 * inch, 1.3 * inch, 3 * inch, ["Janine Albrecht, MBA", "Senior Director, Education"])
        c.showPage(); c.save()
    acroform_flatten("zr08", draw, out)


@cert("zr17", style="vendor", producer="acroform-flattened",
      layout=["landscape", "form-fields", "centered-award", "border", "department-provider", "date-range",
              "serial-number-distractor", "hyphenated-name", "credentials-after-name"],
      notes="Vendor key-operator training (three days, June 9-11 -> last day). Instrument serial no. and customer "
            "account are distractors; 'Training ID' is the activity id. Provider = vendor and 'vendor, Customer "
            "Training Center'.",
      name="Siobhan McCarthy-Lund",
      title="HX-900 Hematology Analyzer Key Operator Training: Daily Maintenance, QC and Troubleshooting",
      date="2025-06-11", credits=18.0, unit="contact hour",
      provider=["Halvorsen Diagnostics", "Halvorsen Diagnostics, Customer Training Center"], activity_id="HDX-KO-0625")
def zr17(g, out):
    def draw(path):
        W, H = landscape(letter)
        c = canvas.Canvas(path, pagesize=(W, H))
        steel = colors.HexColor("#2C3E50")
        cyan = colors.HexColor("#0097A7")
        c.setStrokeColor(steel); c.setLineWidth(4); c.rect(0.4 * inch, 0.4 * inch, W - 0.8 * inch, H - 0.8 * inch)
        c.setStrokeColor(cyan); c.setLineWidth(1); c.rect(0.5 * inch, 0.5 * inch, W - 1.0 * inch, H - 1.0 * inch)
        ctext(c, W / 2, H - 1.15 * inch, "Halvorsen Diagnostics", "Helvetica-Bold", 24, steel)
        ctext(c, W / 2, H - 1.42 * inch, "Customer Training Center", "Helvetica", 12, cyan)
        ctext(c, W / 2, H - 2.2 * inch, "Certificate of Training", "Times-Bold", 32, steel)
        ctext(c, W / 2, H - 2.7 * inch, "This certifies that", "Times-Italic", 13, colors.HexColor("#555555"))
        field(c, "name", g["name"] + ", MLT(ASCP)", 1.5 * inch, H - 3.25 * inch, W - 3 * inch, 28, 22, "Times-Roman", center_on=W / 2)
        c.setStrokeColor(colors.HexColor("#999999")); c.setLineWidth(0.5); c.line(2.5 * inch, H - 3.3 * inch, W - 2.5 * inch, H - 3.3 * inch)
        ctext(c, W / 2, H - 3.65 * inch, "has completed", "Times-Italic", 13, colors.HexColor("#555555"))
        t1 = "HX-900 Hematology Analyzer Key Operator Training:"
        t2 = "Daily Maintenance, QC and Troubleshooting"
        assert t1 + " " + t2 == g["title"]
        field(c, "course1", t1, 1.0 * inch, H - 4.1 * inch, W - 2 * inch, 22, 17, "Helvetica-Bold", center_on=W / 2)
        field(c, "course2", t2, 1.0 * inch, H - 4.42 * inch, W - 2 * inch, 22, 17, "Helvetica-Bold", center_on=W / 2)
        rows = [("Training ID", "HDX-KO-0625", "Training dates", "June 9-11, 2025"),
                ("Contact hours", "18.0 P.A.C.E.®", "Instrument serial no.", "HX9-220417"),
                ("Customer account", "C-004471", "Training site", "Minneapolis, MN")]
        y = H - 5.1 * inch
        for a, av, b, bv in rows:
            c.setFont("Helvetica-Bold", 10); c.setFillColor(steel)
            c.drawRightString(3.3 * inch, y + 5, a + ":"); c.drawRightString(7.45 * inch, y + 5, b + ":")
            field(c, a.replace(" ", "_"), av, 3.4 * inch, y, 2.3 * inch, 18, 11)
            field(c, b.replace(" ", "_").replace(".", ""), bv, 7.55 * inch, y, 2.0 * inch, 18, 11)
            y -= 0.34 * inch
        wrap_center(c, W / 2, y - 0.1 * inch, "Halvorsen Diagnostics is approved as a provider of continuing education programs "
                    "in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.", "Helvetica", 8.5, 8 * inch, 11,
                    colors.HexColor("#555555"))
        sigline(c, 1.4 * inch, 1.05 * inch, 3 * inch, ["Gunnar Halvorsen-Reid", "Manager, Customer Training Center"])
        sigline(c, W - 4.4 * inch, 1.05 * inch, 3 * inch, ["Patrice N'Diaye, MLS(ASCP)CM", "Lead Applications Specialist"])
        c.showPage(); c.save()
    acroform_flatten("zr17", draw, out)


@cert("zr25", style="NSH", producer="acroform-flattened",
      layout=["portrait", "form-fields", "labels-above-values", "format-line", "title-word-Meeting",
              "accented-name", "credentials-after-name"],
      notes="Flattened form with labels above value boxes. 'Enduring Material' is a format line; 'Meeting CAP "
            "Checklist Requirements' is part of the title. Member # is a distractor.",
      name="Zoë Lindqvist-Ngata",
      title="Immunohistochemistry Antibody Validation: Meeting CAP Checklist Requirements", date="2025-05-22",
      credits=1.0, unit="contact hour", provider=["National Society for Histotechnology", "NSH"],
      activity_id="25-EM-118")
def zr25(g, out):
    def draw(path):
        W, H = letter
        c = canvas.Canvas(path, pagesize=letter)
        teal = colors.HexColor("#005F73")
        c.setFillColor(teal); c.rect(0, H - 0.35 * inch, W, 0.35 * inch, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 30); c.setFillColor(teal); c.drawString(0.9 * inch, H - 1.2 * inch, "NSH")
        c.setFont("Helvetica", 12); c.drawString(0.9 * inch, H - 1.48 * inch, "National Society for Histotechnology")
        ctext(c, W / 2, H - 2.4 * inch, "Certificate of Completion", "Times-Roman", 30)
        ctext(c, W / 2, H - 2.95 * inch, "Enduring Material", "Helvetica-Bold", 11, colors.HexColor("#CA6702"))
        t1 = "Immunohistochemistry Antibody Validation:"
        t2 = "Meeting CAP Checklist Requirements"
        assert t1 + " " + t2 == g["title"]
        field(c, "title1", t1, 0.9 * inch, H - 3.45 * inch, W - 1.8 * inch, 22, 17, "Times-Bold", center_on=W / 2)
        field(c, "title2", t2, 0.9 * inch, H - 3.77 * inch, W - 1.8 * inch, 22, 17, "Times-Bold", center_on=W / 2)

        def box(label, nm, v, x, y, w):
            c.setFont("Helvetica-Bold", 8.5); c.setFillColor(colors.HexColor("#6B7B83")); c.drawString(x, y + 28, label)
            c.setStrokeColor(colors.HexColor("#9DB3BC")); c.setLineWidth(0.7); c.rect(x, y - 2, w, 24)
            field(c, nm, v, x + 4, y, w - 8, 20, 12)
        y = H - 4.9 * inch
        box("PARTICIPANT", "participant", g["name"] + ", HTL(ASCP)QIHC", 0.9 * inch, y, 4.2 * inch)
        box("DATE OF COMPLETION", "completed", "05/22/2025", 5.3 * inch, y, 2.3 * inch)
        y -= 0.85 * inch
        box("ACTIVITY NO.", "activity", "25-EM-118", 0.9 * inch, y, 2.0 * inch)
        box("CONTACT HOURS", "hours", "1.0", 3.1 * inch, y, 1.6 * inch)
        box("NSH MEMBER #", "member", "NSH-0093317", 4.9 * inch, y, 2.7 * inch)
        wrap_center(c, W / 2, y - 0.6 * inch, "NSH is approved as a provider of continuing education programs in the clinical "
                    "laboratory sciences by the ASCLS P.A.C.E.® Program. Enduring material available through "
                    "December 31, 2026.", "Helvetica", 8.5, 6.5 * inch, 11, colors.HexColor("#555555"))
        sigline(c, 0.9 * inch, 1.4 * inch, 3 * inch, ["Marjorie Elkins, MBA", "Executive Director"], center=False)
        c.showPage(); c.save()
    acroform_flatten("zr25", draw, out)


@cert("zr36", style="PACE-approved-provider", producer="acroform-flattened",
      layout=["landscape", "form-fields", "labels-above-values", "table", "border", "program-no-without-colon",
              "credentials-after-name"],
      notes="Flattened form; labels above values in one row (Participant | Date of Completion | Program No. | "
            "Contact Hours). 'Workshop' is a format line above the title field. Consortium is a P.A.C.E.-approved "
            "provider; instructor is a distractor.",
      name="Beatriz Ocampo-Lindgren",
      title="Body Fluid Cell Counts: Cytospin Preparation and Differential", date="2025-08-13",
      credits=2.5, unit="contact hour", provider=["Great Plains Laboratory Education Consortium", "GPLEC"],
      activity_id="310-778-25")
def zr36(g, out):
    def draw(path):
        W, H = landscape(letter)
        c = canvas.Canvas(path, pagesize=(W, H))
        brown = colors.HexColor("#7B4B2A")
        c.setStrokeColor(brown); c.setLineWidth(2.5); c.rect(0.45 * inch, 0.45 * inch, W - 0.9 * inch, H - 0.9 * inch)
        ctext(c, W / 2, H - 1.1 * inch, "Great Plains Laboratory Education Consortium", "Times-Bold", 22, brown)
        ctext(c, W / 2, H - 1.38 * inch, "GPLEC", "Helvetica-Bold", 11, colors.HexColor("#B08D57"))
        ctext(c, W / 2, H - 2.15 * inch, "CERTIFICATE OF COMPLETION", "Helvetica", 26)
        ctext(c, W / 2, H - 2.7 * inch, "Workshop", "Helvetica-Oblique", 11, colors.HexColor("#666666"))
        field(c, "course", g["title"], 0.9 * inch, H - 3.2 * inch, W - 1.8 * inch, 26, 19, "Times-Bold", center_on=W / 2)
        cols = [("PARTICIPANT", g["name"] + ", MLS(ASCP)", 3.6), ("DATE OF COMPLETION", "08/13/2025", 1.9),
                ("PROGRAM NO.", "310-778-25", 1.6), ("CONTACT HOURS", "2.5", 1.4)]
        x = 0.95 * inch
        y = H - 4.3 * inch
        c.setStrokeColor(brown); c.setLineWidth(0.8)
        for lab, v, w in cols:
            c.setFont("Helvetica-Bold", 8.5); c.setFillColor(brown); c.drawString(x, y + 30, lab)
            c.line(x, y + 25, x + w * inch - 8, y + 25)
            field(c, lab.replace(" ", "_").replace(".", ""), v, x, y, w * inch - 10, 20, 12)
            x += w * inch + 0.1 * inch
        wrap_center(c, W / 2, y - 0.6 * inch, "Instructor: Halima Osei-Barrow, MS, MLS(ASCP)CM, Hematology Section Lead", "Helvetica", 9.5,
                    8 * inch, 12, colors.HexColor("#444444"))
        wrap_center(c, W / 2, y - 0.95 * inch, "The Great Plains Laboratory Education Consortium is approved as a provider of continuing "
                    "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
                    "Helvetica", 8.5, 8 * inch, 11, colors.HexColor("#555555"))
        sigline(c, W / 2 - 1.6 * inch, 1.1 * inch, 3.2 * inch, ["Roberta Kinsley, MEd, MT(ASCP)", "Education Director, GPLEC"])
        c.showPage(); c.save()
    acroform_flatten("zr36", draw, out)
