"""Certificates produced with ReportLab: canvas, Platypus, and AcroForm templates filled and flattened with qpdf."""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from engines import BUILD, acroform_fill_flatten, _prep

CERTS = []


def cert(**kw):
    def deco(fn):
        kw["build"] = fn
        CERTS.append(kw)
        return fn
    return deco


_FONTS_DONE = False


def fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    face = pdfmetrics.EmbeddedType1Face("/usr/share/fonts/type1/urw-base35/Z003-MediumItalic.afm",
                                        "/usr/share/fonts/X11/Type1/Z003-MediumItalic.pfb")
    pdfmetrics.registerTypeFace(face)
    pdfmetrics.registerFont(pdfmetrics.Font("Script", face.name, "WinAnsiEncoding"))
    lib = "/usr/share/fonts/truetype/liberation/"
    for name, fn in [("LSerif", "LiberationSerif-Regular.ttf"), ("LSerif-B", "LiberationSerif-Bold.ttf"),
                     ("LSerif-I", "LiberationSerif-Italic.ttf"), ("LSans", "LiberationSans-Regular.ttf"),
                     ("LSans-B", "LiberationSans-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, lib + fn))
    from reportlab.lib.fonts import addMapping
    for b in (0, 1):
        for i in (0, 1):
            addMapping("Script", b, i, "Script")
    addMapping("LSerif", 0, 0, "LSerif")
    addMapping("LSerif", 1, 0, "LSerif-B")
    addMapping("LSerif", 0, 1, "LSerif-I")
    addMapping("LSerif", 1, 1, "LSerif-B")
    addMapping("LSerif-B", 0, 0, "LSerif-B")
    addMapping("LSerif-B", 1, 0, "LSerif-B")
    addMapping("LSerif-B", 0, 1, "LSerif-B")
    addMapping("LSerif-B", 1, 1, "LSerif-B")
    _FONTS_DONE = True


def ctext(c, x, y, s, font, size, color=colors.black):
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawCentredString(x, y, s)


def ltext(c, x, y, s, font, size, color=colors.black):
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawString(x, y, s)


def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para_c(c, x, y, s, font, size, width, lead, color=colors.black, centre=True):
    for ln in wrap(s, font, size, width):
        if centre:
            ctext(c, x, y, ln, font, size, color)
        else:
            ltext(c, x, y, ln, font, size, color)
        y -= lead
    return y


# ===================================================================== canvas
# --------------------------------------------------------------------- z06
@cert(id="z06", style="labce", producer="reportlab-canvas",
      layout=["landscape", "centred-award", "letter-spaced-name", "all-caps-name", "border", "pace-statement",
              "transcript-id-distractor", "print-date-distractor", "safety-in-title"],
      notes="Name printed in capitals with a space between letters (S A R A H   L I N D Q V I S T). 'Safety' is part "
            "of the course title. Transcript ID and 'Printed on' date are distractors; Course Number is the id.",
      gold=dict(name="SARAH LINDQVIST",
                title="Laboratory Safety: Chemical Hygiene and the OSHA Laboratory Standard",
                date="2025-02-26", credits=2.0, unit="contact hour", points=2.0,
                provider=["LabCE"], activity_id="1187"))
def z06(out):
    fonts()
    W, H = landscape(letter)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("Certificate of Completion")
    navy, teal = colors.HexColor("#16325c"), colors.HexColor("#2a9d8f")
    c.setStrokeColor(navy); c.setLineWidth(10); c.rect(18, 18, W - 36, H - 36)
    c.setStrokeColor(teal); c.setLineWidth(1.5); c.rect(32, 32, W - 64, H - 64)
    ltext(c, 60, H - 88, "LabCE", "Helvetica-Bold", 34, navy)
    ltext(c, 60, H - 106, "Online Continuing Education for the Clinical Laboratory", "Helvetica", 10, teal)
    c.setFont("Helvetica", 9); c.setFillColor(colors.grey); c.drawRightString(W - 60, H - 80, "www.labce.com")
    ctext(c, W / 2, H - 170, "Certificate of Completion", "Times-Bold", 38, navy)
    ctext(c, W / 2, H - 205, "This is to certify that", "Times-Italic", 15)
    ctext(c, W / 2, H - 245, "S A R A H    L I N D Q V I S T", "Helvetica", 26, navy)
    c.setStrokeColor(teal); c.setLineWidth(0.8); c.line(W / 2 - 210, H - 256, W / 2 + 210, H - 256)
    ctext(c, W / 2, H - 282, "has completed the online course", "Times-Italic", 15)
    ctext(c, W / 2, H - 316, "Laboratory Safety: Chemical Hygiene and the OSHA Laboratory Standard", "Times-Bold", 21)
    # three boxed facts
    bx = [("Course Number", "1187"), ("Completion Date", "02/26/2025"), ("Contact Hours", "2.0")]
    x0, bw = W / 2 - 270, 180
    for i, (k, v) in enumerate(bx):
        x = x0 + i * bw
        c.setStrokeColor(colors.HexColor("#c9d3de")); c.setLineWidth(0.7); c.rect(x + 8, H - 400, bw - 16, 50)
        ctext(c, x + bw / 2, H - 368, k, "Helvetica", 9, colors.grey)
        ctext(c, x + bw / 2, H - 390, v, "Helvetica-Bold", 15, navy)
    para_c(c, W / 2, H - 432, "LabCE is approved as a provider of continuing education programs in the clinical laboratory "
           "sciences by the ASCLS P.A.C.E.\u00ae Program. This course is approved for 2.0 contact hours.",
           "Helvetica", 9, 520, 12, colors.HexColor("#444444"))
    ctext(c, W - 190, 88, "Jillian Marsh-Templeton", "Script", 22)
    c.setStrokeColor(colors.black); c.setLineWidth(0.5); c.line(W - 300, 80, W - 80, 80)
    ctext(c, W - 190, 68, "Jillian Marsh-Templeton, MS, MLS(ASCP)", "Helvetica", 8.5)
    ctext(c, W - 190, 57, "Director of Continuing Education", "Helvetica", 8.5)
    ltext(c, 60, 76, "Transcript ID: LC-88314027", "Helvetica", 8.5, colors.grey)
    ltext(c, 60, 64, "Printed on 03/04/2025", "Helvetica", 8.5, colors.grey)
    c.showPage(); c.save()


# --------------------------------------------------------------------- z15
@cert(id="z15", style="public-health-lab", producer="reportlab-canvas",
      layout=["portrait", "labels-above-values", "department-provider", "format-line", "long-title-wrap",
              "learner-id-distractor", "hyphenated-name", "credentials-after-name", "pace-statement",
              "signature-block"],
      notes="State public health laboratory's training office as provider (institution + office). 'Live Virtual "
            "Session' is a format line. Participant | Date of Completion | Contact Hours are labels with values on "
            "the row below; Training No. is the id, Learner ID a distractor, instructor a distractor.",
      gold=dict(name="Mai-Linh Tran",
                title="Sentinel Laboratory Biosafety: Rule-Out and Referral of Select Agents and Other Bioterrorism Threats",
                date="2025-07-22", credits=2.5, unit="contact hour", points=2.5,
                provider=["Northern Plains State Public Health Laboratory",
                          "Northern Plains State Public Health Laboratory, Office of Laboratory Training and Outreach"],
                activity_id="NPPHL-BT-2507"))
def z15(out):
    fonts()
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    green = colors.HexColor("#1e4d2b")
    c.setFillColor(green); c.rect(0, H - 110, W, 110, stroke=0, fill=1)
    ltext(c, 54, H - 52, "Northern Plains State Public Health Laboratory", "Helvetica-Bold", 19, colors.white)
    ltext(c, 54, H - 74, "Office of Laboratory Training and Outreach", "Helvetica", 12.5, colors.white)
    ltext(c, 54, H - 92, "Bismarck Road Campus  \u00b7  phl-training.np.gov", "Helvetica", 8.5, colors.HexColor("#cfe3d4"))
    ltext(c, 54, H - 170, "Certificate of Training", "Times-Bold", 32, green)
    ltext(c, 54, H - 205, "The participant named below completed the", "Times-Roman", 13)
    ltext(c, 54, H - 228, "Live Virtual Session", "Helvetica-Bold", 11, colors.HexColor("#6b8f71"))
    y = H - 254
    for ln in wrap("Sentinel Laboratory Biosafety: Rule-Out and Referral of Select Agents and Other Bioterrorism Threats",
                   "Times-Bold", 18, W - 108):
        ltext(c, 54, y, ln, "Times-Bold", 18)
        y -= 22
    y -= 20

    def grid(y, labels, values, xs):
        for (x, lab, val) in zip(xs, labels, values):
            ltext(c, x, y, lab.upper(), "Helvetica", 8, colors.HexColor("#6b6b6b"))
            ltext(c, x, y - 19, val, "Helvetica", 12.5)
        c.setStrokeColor(colors.HexColor("#b9c9bd")); c.setLineWidth(0.5); c.line(54, y - 6, W - 54, y - 6)
        return y - 52
    xs = [54, 300, 450]
    y = grid(y, ["Participant", "Date of Completion", "Contact Hours"],
             ["Mai-Linh Tran, MLS(ASCP)CM", "July 22, 2025", "2.5"], xs)
    y = grid(y, ["Training No.", "Learner ID", "Instructor"], ["NPPHL-BT-2507", "PHL-004518", "Evan Thorsby, PhD"], xs)
    y = para_c(c, 54, y - 4, "The Northern Plains State Public Health Laboratory is approved as a provider of continuing "
               "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This session "
               "supports the sentinel laboratory preparedness expectations of the Laboratory Response Network.",
               "Helvetica", 9, W - 108, 12, colors.HexColor("#444444"), centre=False)
    ltext(c, 54, 150, "Gretchen Aalvik", "Script", 22)
    c.setStrokeColor(colors.black); c.line(54, 142, 274, 142)
    ltext(c, 54, 130, "Gretchen Aalvik, MPH, MLS(ASCP)", "Helvetica", 9)
    ltext(c, 54, 119, "Training and Outreach Manager", "Helvetica", 9)
    c.setStrokeColor(green); c.setLineWidth(2); c.line(54, 60, W - 54, 60)
    ltext(c, 54, 46, "Certificate generated 07/25/2025", "Helvetica", 8, colors.grey)
    c.showPage(); c.save()


# --------------------------------------------------------------------- z21
@cert(id="z21", style="cap", producer="reportlab-canvas",
      layout=["landscape", "two-page", "centred-award", "border", "seal", "maximum-vs-claimed", "multi-credit",
              "training-in-title", "customer-number-distractor", "hyphenated-name", "credentials-after-name"],
      notes="Two pages: certificate, then credit designation details. 3.0 P.A.C.E. contact hours claimed (gold) vs "
            "3.5 maximum and 3.5 AMA PRA maximum (distractors). 'Training' is part of the course title. CAP customer "
            "number and order number are distractors; Activity ID is the id.",
      gold=dict(name="Fiona McAllister-Grant",
                title="Laboratory Accreditation Program Inspector Training: Team Leader Essentials",
                date="2025-10-14", credits=3.0, unit="contact hour", points=3.0,
                provider=["College of American Pathologists", "CAP"], activity_id="LAP-ITL-25"))
def z21(out):
    fonts()
    W, H = landscape(letter)
    c = canvas.Canvas(out, pagesize=(W, H))
    blue, gold = colors.HexColor("#0f3057"), colors.HexColor("#b8902f")
    c.setStrokeColor(blue); c.setLineWidth(3); c.rect(24, 24, W - 48, H - 48)
    c.setStrokeColor(gold); c.setLineWidth(1); c.rect(30, 30, W - 60, H - 60)
    ctext(c, W / 2, H - 82, "College of American Pathologists", "Times-Roman", 22, blue)
    ctext(c, W / 2, H - 148, "Certificate of Completion", "Times-Bold", 40, blue)
    ctext(c, W / 2, H - 190, "This is to certify that", "Times-Italic", 15)
    ctext(c, W / 2, H - 228, "Fiona McAllister-Grant, MB(ASCP)CM", "Times-Bold", 27)
    ctext(c, W / 2, H - 262, "has completed", "Times-Italic", 15)
    ctext(c, W / 2, H - 296, "Laboratory Accreditation Program Inspector Training: Team Leader Essentials", "Times-Bold", 21, blue)
    ctext(c, W / 2, H - 330, "Completion Date: 10/14/2025          Activity ID: LAP-ITL-25", "Helvetica", 12)
    ctext(c, W / 2, H - 352, "Credits claimed: 3.0 P.A.C.E.\u00ae contact hours", "Helvetica-Bold", 12.5)
    ctext(c, W / 2, H - 374, "See page 2 for accreditation and credit designation statements.", "Helvetica-Oblique", 9, colors.grey)
    # seal
    c.setFillColor(gold); c.circle(110, 110, 48, stroke=0, fill=1)
    c.setStrokeColor(colors.white); c.setLineWidth(1.5); c.circle(110, 110, 41, stroke=1, fill=0)
    ctext(c, 110, 114, "CAP", "Times-Bold", 20, colors.white)
    ctext(c, 110, 99, "LEARNING", "Helvetica-Bold", 7, colors.white)
    ctext(c, W - 200, 92, "Renata Bellamy-Koh", "Script", 22)
    c.setStrokeColor(colors.black); c.setLineWidth(0.5); c.line(W - 320, 84, W - 80, 84)
    ctext(c, W - 200, 72, "Renata Bellamy-Koh, MD, FCAP", "Helvetica", 9)
    ctext(c, W - 200, 61, "Chair, Council on Accreditation Education", "Helvetica", 9)
    ltext(c, 180, 70, "CAP Customer Number: 2204-118", "Helvetica", 8.5, colors.grey)
    ltext(c, 180, 59, "Order 55102  \u00b7  Page 1 of 2", "Helvetica", 8.5, colors.grey)
    c.showPage()
    # page 2
    c.setStrokeColor(blue); c.setLineWidth(1); c.rect(24, 24, W - 48, H - 48)
    ltext(c, 60, H - 80, "Accreditation and Credit Designation", "Times-Bold", 22, blue)
    ltext(c, 60, H - 102, "Laboratory Accreditation Program Inspector Training: Team Leader Essentials", "Helvetica", 11)
    y = H - 140
    for hd, txt in [
        ("Accreditation (physicians)", "The College of American Pathologists (CAP) is accredited by the Accreditation Council for "
         "Continuing Medical Education (ACCME) to provide continuing medical education for physicians."),
        ("AMA PRA designation", "The CAP designates this enduring material for a maximum of 3.5 AMA PRA Category 1 "
         "Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation."),
        ("Laboratory professionals", "The CAP is approved as a provider of continuing education programs in the clinical "
         "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This activity is approved for a maximum of 3.5 "
         "P.A.C.E.\u00ae contact hours. Participants claim credit according to the modules completed."),
        ("Inspector requirement", "Completion of this training, together with the online checklist modules, satisfies the "
         "CAP inspector training requirement for the 2025-2026 inspection cycle."),
    ]:
        ltext(c, 60, y, hd, "Helvetica-Bold", 11, blue)
        y = para_c(c, 60, y - 16, txt, "Helvetica", 10, W - 120, 13.5, centre=False) - 14
    ltext(c, 60, 59, "College of American Pathologists  \u00b7  cap.org  \u00b7  Page 2 of 2", "Helvetica", 8.5, colors.grey)
    c.showPage()
    c.save()


# --------------------------------------------------------------------- z26
@cert(id="z26", style="state-society", producer="reportlab-canvas",
      layout=["portrait", "centred-award", "border", "format-line", "long-title-wrap+date-label", "accented-name",
              "hyphenated-name", "no-activity-id", "member-number-distractor", "registration-number-distractor",
              "pace-statement", "signature-block"],
      notes="'LIVE WEBINAR' format line; the long title wraps and is directly followed by 'Date of completion:'. "
            "No course/program number printed (activity_id null); member number and registration confirmation are "
            "distractors.",
      gold=dict(name="Zoë Ferreira-Santos",
                title="Blood Gas Analysis Pitfalls: Pre-Analytical Errors That Change Patient Management in Critical Care",
                date="2025-03-05", credits=1.0, unit="contact hour", points=1.0,
                provider=["Heartland Association of Clinical Laboratory Professionals", "HACLP"], activity_id=None))
def z26(out):
    fonts()
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    red = colors.HexColor("#8c2d19")
    c.setStrokeColor(red); c.setLineWidth(5); c.rect(26, 26, W - 52, H - 52)
    c.setLineWidth(0.6); c.rect(34, 34, W - 68, H - 68)
    ctext(c, W / 2, H - 92, "HACLP", "Helvetica-Bold", 28, red)
    ctext(c, W / 2, H - 113, "Heartland Association of Clinical Laboratory Professionals", "Helvetica", 12.5, red)
    ctext(c, W / 2, H - 180, "Certificate of Participation", "LSerif", 34)
    ctext(c, W / 2, H - 225, "This certifies that", "LSerif-I", 14)
    ctext(c, W / 2, H - 262, "Zoë Ferreira-Santos, MLS(ASCP)CM", "LSerif-B", 25)
    ctext(c, W / 2, H - 298, "participated in the", "LSerif-I", 14)
    ctext(c, W / 2, H - 326, "LIVE WEBINAR", "Helvetica-Bold", 11, red)
    y = H - 356
    for ln in wrap("Blood Gas Analysis Pitfalls: Pre-Analytical Errors That Change Patient Management in Critical Care",
                   "LSerif-B", 19, W - 170):
        ctext(c, W / 2, y, ln, "LSerif-B", 19)
        y -= 23
    ctext(c, W / 2, y - 2, "Date of completion: March 5, 2025", "LSerif", 13)
    ctext(c, W / 2, y - 40, "Contact hours awarded: 1.0", "Helvetica-Bold", 12)
    para_c(c, W / 2, y - 72, "The Heartland Association of Clinical Laboratory Professionals is approved as a provider of "
           "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
           "Helvetica", 9, W - 180, 12, colors.HexColor("#444444"))
    ctext(c, W / 2, 168, "Bernadette Kowalski", "Script", 22)
    c.setStrokeColor(colors.black); c.setLineWidth(0.5); c.line(W / 2 - 120, 160, W / 2 + 120, 160)
    ctext(c, W / 2, 148, "Bernadette Kowalski, MS, MLS(ASCP)SC", "Helvetica", 9)
    ctext(c, W / 2, 137, "Vice President for Education", "Helvetica", 9)
    ctext(c, W / 2, 70, "Member No. 20931   \u00b7   Registration confirmation 84412   \u00b7   haclp.org", "Helvetica", 8, colors.grey)
    c.showPage(); c.save()


# ===================================================================== Platypus
def _platypus_doc(out, pagesize, margins, onpage):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    W, H = pagesize
    doc = BaseDocTemplate(out, pagesize=pagesize, leftMargin=margins, rightMargin=margins, topMargin=margins,
                          bottomMargin=margins)
    frame = Frame(margins, margins, W - 2 * margins, H - 2 * margins, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=onpage)])
    return doc


# --------------------------------------------------------------------- z07
@cert(id="z07", style="medialab", producer="reportlab-platypus",
      layout=["portrait", "small-table", "title-wraps-in-cell", "ethics-in-title", "pace-statement",
              "order-number-distractor", "customer-id-distractor", "credentials-after-name", "numeric-date"],
      notes="Course details in a table (Course | Course No. | Date Completed | Contact Hours); the title wraps "
            "inside its cell. 'Ethics' is part of the title. Order number and customer ID are distractors. Provider "
            "printed as 'MediaLab, Inc.' and 'MediaLab'.",
      gold=dict(name="Kenji Watanabe",
                title="Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest, and Professional Conduct",
                date="2025-08-07", credits=1.0, unit="contact hour", points=1.0,
                provider=["MediaLab, Inc.", "MediaLab"], activity_id="ML-ETH-330"))
def z07(out):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    fonts()
    purple = colors.HexColor("#4b2e83")

    def onpage(c, d):
        W, H = letter
        c.saveState()
        c.setFillColor(purple); c.rect(0, H - 16, W, 16, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#e8e2f4")); c.rect(0, 0, W, 40, stroke=0, fill=1)
        c.setFont("Helvetica", 8); c.setFillColor(colors.HexColor("#555555"))
        c.drawString(54, 22, "MediaLab, Inc.  \u00b7  medialab.com  \u00b7  Page 1 of 1")
        c.drawRightString(W - 54, 22, "Printed 08/07/2025 4:12 PM")
        c.restoreState()
    doc = _platypus_doc(out, letter, 54, onpage)
    st = lambda **kw: ParagraphStyle("x", **kw)
    logo = st(fontName="Helvetica-Bold", fontSize=26, leading=30, textColor=purple)
    h1 = st(fontName="Times-Bold", fontSize=30, leading=36, spaceBefore=30, spaceAfter=18)
    body = st(fontName="Times-Roman", fontSize=12.5, leading=18, spaceAfter=8)
    nm = st(fontName="Times-Bold", fontSize=22, leading=28, spaceAfter=8)
    cell = st(fontName="Helvetica", fontSize=10.5, leading=13.5)
    hdr = st(fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=colors.white)
    small = st(fontName="Helvetica", fontSize=9, leading=12.5, textColor=colors.HexColor("#444444"), spaceBefore=6)
    story = [Paragraph("MediaLab, Inc.", logo),
             Paragraph("Continuing Education for Laboratory Professionals", st(fontName="Helvetica", fontSize=10, leading=13, textColor=colors.grey)),
             Paragraph("Certificate of Completion", h1),
             Paragraph("This certifies that", body),
             Paragraph("Kenji Watanabe, MLT(ASCP)", nm),
             Paragraph("has successfully completed the following continuing education course:", body),
             Spacer(1, 8)]
    data = [[Paragraph("Course", hdr), Paragraph("Course No.", hdr), Paragraph("Date Completed", hdr), Paragraph("Contact Hours", hdr)],
            [Paragraph("Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest, and Professional Conduct", cell),
             Paragraph("ML-ETH-330", cell), Paragraph("08/07/2025", cell), Paragraph("1.0", cell)]]
    t = Table(data, colWidths=[250, 80, 85, 80])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), purple), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, 1), 0.8, purple), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [t, Spacer(1, 14),
              Paragraph("MediaLab is approved as a provider of continuing education programs in the clinical laboratory "
                        "sciences by the ASCLS P.A.C.E.\u00ae Program. This course is approved for 1.0 contact hour.", small),
              Paragraph("This certificate was issued to the learner account shown below. Order No. ML-4471893 "
                        "\u00b7 Customer ID: 228190", small),
              Spacer(1, 46),
              Paragraph("<font name='Script' size='22'>Douglas R. Penhallow</font>", st(fontName="Script", fontSize=22, leading=26)),
              Paragraph("Douglas R. Penhallow, MBA, MT(ASCP)<br/>Vice President, Content Development", st(fontName="Helvetica", fontSize=9.5, leading=13))]
    doc.build(story)


# --------------------------------------------------------------------- z16
@cert(id="z16", style="joint-accreditation-cme", producer="reportlab-platypus",
      layout=["portrait", "two-page", "department-provider", "format-line", "series-name-in-title", "multi-credit",
              "joint-accreditation", "credit-table", "credentials-after-name", "signature-block"],
      notes="Jointly accredited health system CPD office. Page 1 certificate with 'Credits claimed: 1.5 P.A.C.E. "
            "contact hours'; page 2 lists AMA PRA, ANCC, ACPE (with 0.15 CEU), IPCE and P.A.C.E. maxima - all "
            "distractors except P.A.C.E. 'Live Virtual Session' is a format line; 'Pathology Grand Rounds:' is part of "
            "the title.",
      gold=dict(name="Elena Petrovna Volkova",
                title="Pathology Grand Rounds: Lynch Syndrome Screening and Mismatch Repair Immunohistochemistry in Colorectal Carcinoma",
                date="2025-01-23", credits=1.5, unit="contact hour", points=1.5,
                provider=["Cedar Valley Health", "Cedar Valley Health, Office of Continuing Professional Development"],
                activity_id="58213"))
def z16(out):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak
    fonts()
    teal = colors.HexColor("#00535e")
    pg = {"n": 0}

    def onpage(c, d):
        W, H = letter
        pg["n"] += 1
        c.saveState()
        c.setStrokeColor(teal); c.setLineWidth(2.5); c.rect(28, 28, W - 56, H - 56)
        c.setFont("Helvetica", 8); c.setFillColor(colors.grey)
        c.drawCentredString(W / 2, 38, "Cedar Valley Health  \u00b7  1 Cedar Valley Plaza, Ames Creek, IA 50019  \u00b7  Page %d of 2" % pg["n"])
        c.restoreState()
    doc = _platypus_doc(out, letter, 66, onpage)
    st = lambda **kw: ParagraphStyle("x", alignment=1, **kw)
    org = st(fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=teal)
    off = st(fontName="Helvetica", fontSize=12, leading=15, textColor=teal, spaceAfter=26)
    h1 = st(fontName="Times-Roman", fontSize=34, leading=40, spaceAfter=20)
    it = st(fontName="Times-Italic", fontSize=13.5, leading=18, spaceAfter=6)
    nm = st(fontName="Times-Bold", fontSize=23, leading=28, spaceAfter=10)
    fmt = st(fontName="Helvetica-Bold", fontSize=10.5, leading=14, textColor=teal, spaceBefore=2, spaceAfter=4)
    ti = st(fontName="Times-Bold", fontSize=17, leading=21, spaceAfter=14)
    kv = st(fontName="Helvetica", fontSize=11, leading=17)
    story = [Paragraph("Cedar Valley Health", org), Paragraph("Office of Continuing Professional Development", off),
             Paragraph("Certificate of Participation", h1), Paragraph("This certifies that", it),
             Paragraph("Elena Petrovna Volkova, MS, MLS(ASCP)<super>CM</super>", nm), Paragraph("participated in the", it),
             Paragraph("Live Virtual Session", fmt),
             Paragraph("Pathology Grand Rounds: Lynch Syndrome Screening and Mismatch Repair Immunohistochemistry in "
                       "Colorectal Carcinoma", ti),
             Paragraph("Date: January 23, 2025", kv), Paragraph("Activity ID: 58213", kv),
             Paragraph("Credits claimed: <b>1.5 P.A.C.E.\u00ae contact hours</b>", kv),
             Spacer(1, 60),
             Paragraph("<font name='Script' size='22'>Nathaniel Okwuosa</font>", st(fontName="Script", fontSize=22, leading=26)),
             Paragraph("Nathaniel Okwuosa, MD, MEd<br/>Medical Director, Continuing Professional Development",
                       st(fontName="Helvetica", fontSize=9.5, leading=13)),
             PageBreak()]
    left = lambda **kw: ParagraphStyle("y", alignment=0, **kw)
    h2 = left(fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=teal, spaceAfter=10)
    p = left(fontName="Helvetica", fontSize=9.5, leading=13.5, spaceAfter=8)
    story += [Paragraph("Accreditation and Credit Designation", h2),
              Paragraph("In support of improving patient care, Cedar Valley Health is jointly accredited by the "
                        "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for "
                        "Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide "
                        "continuing education for the healthcare team.", p),
              Paragraph("Cedar Valley Health is approved as a provider of continuing education programs in the clinical "
                        "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", p),
              Spacer(1, 6)]
    cell = left(fontName="Helvetica", fontSize=9.5, leading=12.5)
    hdr = left(fontName="Helvetica-Bold", fontSize=9.5, leading=12.5, textColor=colors.white)
    rows = [["Profession / credit type", "Designation (maximum)"],
            ["Physicians - AMA PRA Category 1 Credits\u2122", "1.5"],
            ["Nurses - ANCC nursing contact hours", "1.5"],
            ["Pharmacists / pharmacy technicians - ACPE contact hours", "1.5 (0.15 CEU)"],
            ["Interprofessional - IPCE credits", "1.5"],
            ["Laboratory professionals - P.A.C.E.\u00ae contact hours", "1.5"]]
    data = [[Paragraph(a, hdr if i == 0 else cell), Paragraph(b, hdr if i == 0 else cell)] for i, (a, b) in enumerate(rows)]
    t = Table(data, colWidths=[320, 150])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb8bb")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [t, Spacer(1, 10),
              Paragraph("Physicians should claim only the credit commensurate with the extent of their participation in the "
                        "activity. Universal activity details, speaker disclosures, and the mitigation of relevant financial "
                        "relationships are available from the Office of Continuing Professional Development.", p),
              Paragraph("Speaker: Adaeze Nwankwo-Lindholm, MD, Department of Pathology. Planning committee members have no "
                        "relevant financial relationships to disclose.", p)]
    doc.build(story)


# --------------------------------------------------------------------- z22
@cert(id="z22", style="ascls", producer="reportlab-platypus",
      layout=["portrait", "letter-style", "left-aligned", "letterhead", "format-line", "meeting-word-in-title",
              "apostrophe-name", "accented-name", "credentials-after-name", "letter-date-distractor", "pace-statement"],
      notes="Letter from ASCLS dated Dec 1 (distractor). 'On-Demand Webinar' is a format line; 'Meeting the "
            "Workforce Challenge' is a title (the word 'Meeting' is not a meeting). 'P.A.C.E.® Program No.' is the "
            "id; ASCLS is its own provider.",
      gold=dict(name="Siobhán O'Connell",
                title="Meeting the Workforce Challenge: Recruitment and Retention Strategies for Laboratory Leaders",
                date="2025-11-20", credits=1.0, unit="contact hour", points=1.0,
                provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="001-774-25"))
def z22(out):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, HRFlowable
    fonts()
    blue = colors.HexColor("#1b4f8a")

    def onpage(c, d):
        W, H = letter
        c.saveState()
        c.setFont("Helvetica", 7.5); c.setFillColor(colors.grey)
        c.drawCentredString(W / 2, 36, "American Society for Clinical Laboratory Science  \u00b7  ascls.org  \u00b7  Page 1 of 1")
        c.restoreState()
    doc = _platypus_doc(out, letter, 72, onpage)
    st = lambda **kw: ParagraphStyle("x", **kw)
    p = st(fontName="LSerif", fontSize=11.5, leading=16, spaceAfter=10)
    story = [Paragraph("ASCLS", st(fontName="Helvetica-Bold", fontSize=30, leading=33, textColor=blue)),
             Paragraph("American Society for Clinical Laboratory Science", st(fontName="Helvetica", fontSize=12.5, leading=16, textColor=blue)),
             HRFlowable(width="100%", thickness=1.5, color=blue, spaceBefore=6, spaceAfter=24),
             Paragraph("December 1, 2025", p),
             Paragraph("Siobhán O'Connell, MLS(ASCP)<super>CM</super><br/>Clinical Laboratory, Riverbend Community Hospital<br/>ASCLS Member ID 3309127", p),
             Spacer(1, 4),
             Paragraph("<b>Continuing Education Certificate</b>", st(fontName="LSerif", fontSize=13, leading=17, spaceAfter=10)),
             Paragraph("This letter confirms that Siobhán O'Connell, MLS(ASCP)<super>CM</super>, has completed the following "
                       "ASCLS continuing education activity:", p),
             Paragraph("On-Demand Webinar", st(fontName="Helvetica-Bold", fontSize=10.5, leading=14, textColor=blue, leftIndent=24)),
             Paragraph("Meeting the Workforce Challenge: Recruitment and Retention Strategies for Laboratory Leaders",
                       st(fontName="LSerif-B", fontSize=13.5, leading=17, leftIndent=24, spaceAfter=2)),
             Paragraph("Date of completion: November 20, 2025", st(fontName="LSerif", fontSize=11.5, leading=15, leftIndent=24)),
             Paragraph("P.A.C.E.\u00ae Program No. 001-774-25", st(fontName="LSerif", fontSize=11.5, leading=15, leftIndent=24)),
             Paragraph("Contact hours: 1.0", st(fontName="LSerif", fontSize=11.5, leading=15, leftIndent=24, spaceAfter=14)),
             Paragraph("ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences "
                       "by the ASCLS P.A.C.E.\u00ae Program. Please keep this letter for your records; it may be submitted "
                       "as documentation of continuing education to certification agencies and state licensure boards.", p),
             Paragraph("Sincerely,", p),
             Paragraph("<font name='Script' size='22'>Evelyn Marchbanks</font>", st(fontName="Script", fontSize=22, leading=26)),
             Paragraph("Evelyn Marchbanks, MS, MLS(ASCP)<br/>Director of Education", st(fontName="LSerif", fontSize=11, leading=15))]
    doc.build(story)


# ===================================================================== AcroForms
def _form_template(path, pagesize, draw_static, fields):
    """fields: list of (name, x, y, w, h, fontName, fontSize)."""
    c = canvas.Canvas(path, pagesize=pagesize)
    draw_static(c)
    f = c.acroForm
    for (name, x, y, w, h, fn, fs) in fields:
        f.textfield(name=name, x=x, y=y, width=w, height=h, fontName=fn, fontSize=fs, borderWidth=0,
                    borderStyle="solid", fillColor=colors.white, textColor=colors.black, value="", maxlen=0,
                    forceBorder=False)
    c.showPage()
    c.save()


# --------------------------------------------------------------------- z08
@cert(id="z08", style="adlm", producer="acroform-qpdf",
      layout=["portrait", "two-column-label-value", "filled-form", "title-in-two-fields", "multi-credit",
              "maximum-vs-claimed", "labelled-format", "credentials-after-name", "certificate-number-distractor"],
      notes="AcroForm template filled and flattened. The title is split over two form lines. Format is a labelled "
            "field ('On-Demand Webinar'). ACCENT contact hours claimed 1.5 (gold); AMA PRA maximum 1.25 is a "
            "distractor. Certificate number is a distractor. Provider name contains '&'.",
      gold=dict(name="Oluwadamilare Adeyinka",
                title="Mass Spectrometry Method Validation for Therapeutic Drug Monitoring: Immunosuppressants and Antiepileptics",
                date="2025-10-02", credits=1.5, unit="contact hour", points=1.5,
                provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="25-ACC-0913"))
def z08(out):
    fonts()
    _prep()
    W, H = letter
    navy = colors.HexColor("#002f5f")
    labels = ["Participant Name", "Activity Title", "", "Format", "Activity ID", "Date Completed",
              "ACCENT\u00ae Contact Hours Claimed", "Certificate Number"]
    ys = [H - 268, H - 298, H - 318] + [H - 348 - 30 * i for i in range(len(labels) - 3)]

    def static(c):
        c.setFillColor(navy); c.rect(0, H - 120, W, 120, stroke=0, fill=1)
        ltext(c, 54, H - 62, "ADLM", "Helvetica-Bold", 32, colors.white)
        ltext(c, 54, H - 86, "Association for Diagnostics & Laboratory Medicine", "Helvetica", 13, colors.white)
        c.setFont("Helvetica", 8.5); c.setFillColor(colors.HexColor("#b9cde2")); c.drawRightString(W - 54, H - 62, "myadlm.org/education")
        ltext(c, 54, H - 180, "Certificate of Completion", "Times-Bold", 30, navy)
        ltext(c, 54, H - 206, "Continuing Education  \u00b7  ACCENT\u00ae Credit", "Helvetica", 11, colors.grey)
        for y, lab in zip(ys, labels):
            if lab:
                c.setFont("Helvetica-Bold", 9.5); c.setFillColor(colors.HexColor("#555555")); c.drawRightString(228, y + 6, lab)
            c.setStrokeColor(colors.HexColor("#c8d2dc")); c.setLineWidth(0.5); c.line(240, y, W - 54, y)
        para_c(c, 54, 215, "The Association for Diagnostics & Laboratory Medicine is accredited by the Accreditation "
               "Council for Continuing Medical Education (ACCME) to provide continuing medical education for "
               "physicians. ADLM designates this enduring material for a maximum of 1.25 AMA PRA Category 1 "
               "Credits\u2122. ADLM designates this activity for a maximum of 1.5 ACCENT\u00ae contact hours. "
               "ACCENT\u00ae credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.",
               "Helvetica", 8.5, W - 108, 11.5, colors.HexColor("#444444"), centre=False)
        ltext(c, 54, 120, "Mirela Santangelo", "Script", 21)
        c.setStrokeColor(colors.black); c.line(54, 112, 264, 112)
        ltext(c, 54, 100, "Mirela Santangelo, PhD, DABCC", "Helvetica", 9)
        ltext(c, 54, 89, "Chair, Education Core Committee", "Helvetica", 9)
    names = ["name", "title1", "title2", "format", "actid", "date", "hours", "certno"]
    fields = [(n, 244, y + 1, W - 54 - 244, 18, "Helvetica", 11) for n, y in zip(names, ys)]
    tpl = os.path.join(BUILD, "z08.template.pdf")
    _form_template(tpl, letter, static, fields)
    vals = {"name": "Oluwadamilare Adeyinka, PhD, DABCC",
            "title1": "Mass Spectrometry Method Validation for Therapeutic Drug",
            "title2": "Monitoring: Immunosuppressants and Antiepileptics",
            "format": "On-Demand Webinar", "actid": "25-ACC-0913", "date": "10/02/2025", "hours": "1.5",
            "certno": "C-2025-004417"}
    acroform_fill_flatten(tpl, vals, out, "z08")


# --------------------------------------------------------------------- z17
@cert(id="z17", style="university-ceu", producer="acroform-qpdf",
      layout=["portrait", "labels-above-values", "filled-form", "title-in-two-fields", "department-provider",
              "ceu", "date-range", "issue-date-distractor", "student-id-distractor", "hyphenated-name",
              "credentials-after-name", "signature-block"],
      notes="University continuing-studies division (institution + division). Labels above form values. 0.6 CEU "
            "-> points 6. Course ran 01/13-03/03; Completion Date 03/03/2025 is gold; Date Issued is a distractor. "
            "Student ID is a distractor; Offering No. is the id. 'One CEU = 10 contact hours' footnote only.",
      gold=dict(name="Hye-Jin Park",
                title="Quality Management Systems for the Medical Laboratory: Risk-Based Approaches and Corrective Action",
                date="2025-03-03", credits=0.6, unit="CEU", points=6.0,
                provider=["Western Prairie University", "Western Prairie University, Division of Continuing Studies"],
                activity_id="CLS-4150-01"))
def z17(out):
    fonts()
    _prep()
    W, H = letter
    maroon = colors.HexColor("#6d1a36")
    # label rows: (y of label, [(x, w, label, fieldname)])
    rows = [
        (H - 262, [(72, 300, "Participant", "name"), (396, 144, "Student ID", "sid")]),
        (H - 318, [(72, 468, "Course Title", "title1")]),
        (H - 340, [(72, 468, "", "title2")]),
        (H - 396, [(72, 150, "Offering No.", "offer"), (236, 170, "Course Dates", "dates"), (420, 120, "Completion Date", "cdate")]),
        (H - 452, [(72, 150, "CEUs Awarded", "ceu"), (236, 170, "Date Issued", "idate")]),
    ]

    def static(c):
        c.setStrokeColor(maroon); c.setLineWidth(4); c.rect(30, 30, W - 60, H - 60)
        c.setLineWidth(0.8); c.rect(38, 38, W - 76, H - 76)
        ctext(c, W / 2, H - 100, "Western Prairie University", "Times-Bold", 26, maroon)
        ctext(c, W / 2, H - 122, "Division of Continuing Studies", "Times-Roman", 14, maroon)
        ctext(c, W / 2, H - 180, "Certificate of Completion", "Times-Roman", 30)
        ctext(c, W / 2, H - 204, "Continuing Education Units", "Helvetica", 11, colors.grey)
        for y, cols in rows:
            for (x, w, lab, fn) in cols:
                if lab:
                    ltext(c, x, y, lab.upper(), "Helvetica", 7.5, colors.HexColor("#6b6b6b"))
                c.setStrokeColor(colors.HexColor("#b9a3ab")); c.setLineWidth(0.5); c.line(x, y - 24, x + w, y - 24)
        para_c(c, 72, H - 510, "Western Prairie University certifies that the participant named above satisfactorily "
               "completed the non-credit professional development course shown and is awarded the Continuing Education "
               "Units (CEUs) indicated. One CEU equals ten contact hours of participation in an organized continuing "
               "education experience under responsible sponsorship, capable direction, and qualified instruction.",
               "Times-Roman", 10.5, W - 144, 14, colors.HexColor("#333333"), centre=False)
        ltext(c, 72, 150, "Harriet Lindemann-Cole", "Script", 21)
        c.setStrokeColor(colors.black); c.line(72, 142, 282, 142)
        ltext(c, 72, 130, "Harriet Lindemann-Cole, EdD", "Helvetica", 9)
        ltext(c, 72, 119, "Dean, Division of Continuing Studies", "Helvetica", 9)
        c.setFillColor(maroon); c.circle(W - 130, 135, 42, stroke=0, fill=1)
        ctext(c, W - 130, 138, "WPU", "Times-Bold", 18, colors.white)
        ctext(c, W - 130, 124, "EST. 1891", "Helvetica", 6.5, colors.white)
    fields = []
    for y, cols in rows:
        for (x, w, lab, fn) in cols:
            fields.append((fn, x, y - 23, w, 18, "Helvetica", 11.5))
    tpl = os.path.join(BUILD, "z17.template.pdf")
    _form_template(tpl, letter, static, fields)
    vals = {"name": "Hye-Jin Park, MLS(ASCP)", "sid": "W0048823",
            "title1": "Quality Management Systems for the Medical Laboratory:",
            "title2": "Risk-Based Approaches and Corrective Action",
            "offer": "CLS-4150-01", "dates": "01/13/2025 - 03/03/2025", "cdate": "03/03/2025",
            "ceu": "0.6", "idate": "03/14/2025"}
    acroform_fill_flatten(tpl, vals, out, "z17")


# --------------------------------------------------------------------- z23
@cert(id="z23", style="pace-provider", producer="acroform-qpdf",
      layout=["landscape", "labels-above-values", "filled-form", "issuer-line-over-heading", "title-in-two-fields",
              "program-no-without-colon", "border"],
      notes="Provider printed only as the issuer line over 'Certificate of Completion'. Labels (Participant | Date "
            "of Completion, Program Title, Contact Hours | Program No.) with form values below; title split over two "
            "lines.",
      gold=dict(name="Margaret E. Holloway",
                title="Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis: Interpreting Variant Patterns",
                date="2025-08-28", credits=1.5, unit="contact hour", points=1.5,
                provider=["Bluegrass Clinical Education Network"], activity_id="318-606-25"))
def z23(out):
    fonts()
    _prep()
    W, H = landscape(letter)
    blue = colors.HexColor("#1d3f73")
    rows = [
        (H - 208, [(110, 360, "Participant", "name"), (500, 182, "Date of Completion", "date")]),
        (H - 262, [(110, 572, "Program Title", "t1")]),
        (H - 284, [(110, 572, "", "t2")]),
        (H - 340, [(110, 160, "Contact Hours", "hours"), (300, 170, "Program No.", "prog")]),
    ]

    def static(c):
        c.setStrokeColor(blue); c.setLineWidth(7); c.rect(22, 22, W - 44, H - 44)
        c.setStrokeColor(colors.HexColor("#7aa0d4")); c.setLineWidth(1); c.rect(34, 34, W - 68, H - 68)
        ctext(c, W / 2, H - 90, "Bluegrass Clinical Education Network", "Helvetica", 14, blue)
        ctext(c, W / 2, H - 138, "Certificate of Completion", "Times-Bold", 36, blue)
        for y, cols in rows:
            for (x, w, lab, fn) in cols:
                if lab:
                    ltext(c, x, y, lab, "Helvetica-Oblique", 9, colors.HexColor("#555555"))
                c.setStrokeColor(colors.HexColor("#9db3d3")); c.setLineWidth(0.5); c.line(x, y - 24, x + w, y - 24)
        ctext(c, W / 2, H - 398, "This program is approved for P.A.C.E.\u00ae credit through the ASCLS P.A.C.E.\u00ae Program.",
              "Helvetica", 9, colors.HexColor("#444444"))
        ctext(c, 230, 92, "Theresa Vanlandingham", "Script", 21)
        c.setStrokeColor(colors.black); c.line(130, 84, 330, 84)
        ctext(c, 230, 72, "Theresa Vanlandingham, MLS(ASCP)", "Helvetica", 8.5)
        ctext(c, 230, 61, "Education Director", "Helvetica", 8.5)
        ctext(c, W - 230, 92, "Kofi Mensah-Boateng", "Script", 21)
        c.line(W - 330, 84, W - 130, 84)
        ctext(c, W - 230, 72, "Kofi Mensah-Boateng, PhD", "Helvetica", 8.5)
        ctext(c, W - 230, 61, "Program Faculty", "Helvetica", 8.5)
    fields = []
    for y, cols in rows:
        for (x, w, lab, fn) in cols:
            fields.append((fn, x, y - 23, w, 19, "Helvetica", 12.5))
    tpl = os.path.join(BUILD, "z23.template.pdf")
    _form_template(tpl, (W, H), static, fields)
    vals = {"name": "Margaret E. Holloway", "date": "August 28, 2025",
            "t1": "Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis:",
            "t2": "Interpreting Variant Patterns", "hours": "1.5", "prog": "318-606-25"}
    acroform_fill_flatten(tpl, vals, out, "z23")
