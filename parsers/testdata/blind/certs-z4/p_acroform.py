"""Certificates made as a blank AcroForm (ReportLab), filled through qpdf JSON
(field /V values, NeedAppearances) and flattened with
qpdf --generate-appearances --flatten-annotations=all.  Field values are ASCII
(qpdf draws only ASCII into form fields); static text may use any glyph."""
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.utils import simpleSplit

from engines import acroform_pdf
from gold import cert

P = "acroform-qpdf"


def fld(form, name, x, y, w, h=18, font="Helvetica", size=11):
    form.textfield(name=name, x=x, y=y, width=w, height=h, borderWidth=0, fillColor=None,
                   textColor=black, fontName=font, fontSize=size, value="", maxlen=200)


def ctext(c, x, y, s, font, size, color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawCentredString(x, y, s)


def ltext(c, x, y, s, font, size, color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawString(x, y, s)


def para(c, x, y, s, font, size, width, leading, color=black, center=False):
    c.setFillColor(color)
    c.setFont(font, size)
    for i, ln in enumerate(simpleSplit(s, font, size, width)):
        if center:
            c.drawCentredString(x, y - i * leading, ln)
        else:
            c.drawString(x, y - i * leading, ln)


# ---------------------------------------------------------------- zd14 hospital in-service (education council)
@cert("zd14", style="hospital-inservice", producer=P,
      layout=["portrait", "form-fields", "two-column-label-value", "long-title-wrap+labelled-date",
              "course-word-in-title", "department-provider"],
      notes="Filled and flattened form. The in-service title runs over two field lines and is followed "
            "directly by 'Date Attended:'. 'Orientation' is part of the real title. Provider is the "
            "hospital's Laboratory Education Council. Employee number is a distractor; 'Class No.' is the id.",
      name="Nkechi A. Ibekwe-Thornton",
      title="New Employee Orientation: Laboratory Information System Downtime Procedures and Manual "
            "Result Reporting",
      date="2025-08-05", credits=1.0, unit="CE hour",
      provider=["Saint Aldric Regional Hospital", "Saint Aldric Regional Hospital, Laboratory Education Council"],
      activity_id="IS-25-081")
def zd14(base):
    def tpl(c, W, H, form):
        blue = HexColor("#1b4f72")
        c.setStrokeColor(blue)
        c.setLineWidth(1.5)
        c.rect(36, 36, W - 72, H - 72)
        ctext(c, W / 2, H - 88, "Saint Aldric Regional Hospital", "Times-Bold", 22, blue)
        ctext(c, W / 2, H - 108, "Laboratory Education Council", "Times-Italic", 13, blue)
        c.setLineWidth(0.8)
        c.line(120, H - 120, W - 120, H - 120)
        ctext(c, W / 2, H - 160, "In-Service Education Certificate", "Times-Roman", 26)
        para(c, W / 2, H - 190, "This certificate documents attendance at a laboratory in-service education program "
             "approved by the Laboratory Education Council.", "Helvetica", 10, W - 180, 13, HexColor("#444444"), True)
        rows = [("Employee Name:", ["name"]), ("Employee No.:", ["empno"]),
                ("In-Service Title:", ["title1", "title2"]), ("Date Attended:", ["date"]),
                ("Class No.:", ["classno"]), ("CE Hours:", ["hours"]), ("Instructor:", ["instructor"])]
        y = H - 250
        for lbl, names in rows:
            ltext(c, 80, y, lbl, "Helvetica-Bold", 10.5, HexColor("#333333"))
            for i, nm in enumerate(names):
                fld(form, nm, 190, y - 5 - i * 18, W - 270, 18, "Times-Roman", 12)
                c.setStrokeColor(HexColor("#bbbbbb"))
                c.setLineWidth(0.4)
                c.line(190, y - 6 - i * 18, W - 80, y - 6 - i * 18)
            y -= 18 * len(names) + 16
        para(c, 80, y - 14, "CE hours are awarded at one hour per 60 minutes of instruction. Retain this certificate for "
             "certification maintenance and licensure records.", "Helvetica", 9, W - 160, 12, HexColor("#555555"))
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.line(80, 130, 260, 130)
        ltext(c, 80, 117, "Gwendolyn Sato-Pemberton, MS, MLS(ASCP)CM", "Times-Roman", 10.5)
        ltext(c, 80, 105, "Chair, Laboratory Education Council", "Helvetica-Oblique", 8.5, HexColor("#555555"))
        ltext(c, 50, 46, "SARH-LEC Form 12  rev. 01/2025", "Helvetica", 7, HexColor("#888888"))
    acroform_pdf(base, letter, tpl, {
        "name": "Nkechi A. Ibekwe-Thornton", "empno": "E204519",
        "title1": "New Employee Orientation: Laboratory Information System",
        "title2": "Downtime Procedures and Manual Result Reporting",
        "date": "08/05/2025", "classno": "IS-25-081", "hours": "1.0",
        "instructor": "Ruth Ann Kibbe, MLS(ASCP), LIS Coordinator"})


# ---------------------------------------------------------------- zd21 AABB Annual Meeting session
@cert("zd21", style="AABB", producer=P,
      layout=["portrait", "form-fields", "two-column-label-value", "session-at-conference",
              "multiple-credit-types", "long-title-wrap+labelled-line", "date-range"],
      notes="Session certificate at a multi-day meeting (Oct 18-21): the session date (Oct 20) is gold. "
            "Session title spans two field lines and is followed by 'Session No.:'. P.A.C.E. contact "
            "hours gold; AMA PRA credit is a distractor. Badge number is a distractor.",
      name="Sandra Milosevic-Haugen",
      title="Cold Agglutinin Disease: Serologic Workup, Prewarm Technique Controversies, and "
            "Transfusion Support",
      date="2025-10-20", credits=1.5, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"],
      activity_id="3107")
def zd21(base):
    def tpl(c, W, H, form):
        red = HexColor("#b5121b")
        c.setFillColor(red)
        c.rect(0, H - 110, W, 110, stroke=0, fill=1)
        ltext(c, 50, H - 62, "AABB", "Helvetica-Bold", 36, white)
        ltext(c, 50, H - 86, "Association for the Advancement of Blood & Biotherapies", "Helvetica", 11.5, white)
        c.setFillColor(HexColor("#f4e4e5"))
        c.rect(0, H - 140, W, 30, stroke=0, fill=1)
        ltext(c, 50, H - 130, "AABB Annual Meeting 2025  \u2022  October 18\u201321, 2025  \u2022  Sacramento, California",
              "Helvetica", 10.5, HexColor("#5a0a0e"))
        ltext(c, 50, H - 190, "Session Attendance Certificate", "Times-Bold", 24)
        rows = [("Attendee:", ["attendee"]), ("Session Title:", ["t1", "t2"]), ("Session No.:", ["sessno"]),
                ("Session Date:", ["sessdate"]), ("ASCLS P.A.C.E.\u00ae contact hours:", ["pace"]),
                ("AMA PRA Category 1 Credits\u2122:", ["ama"]), ("Badge No.:", ["badge"])]
        y = H - 235
        for lbl, names in rows:
            ltext(c, 50, y, lbl, "Helvetica-Bold", 10, HexColor("#444444"))
            for i, nm in enumerate(names):
                fld(form, nm, 225, y - 5 - i * 18, W - 275, 18, "Helvetica", 11)
            c.setStrokeColor(HexColor("#dddddd"))
            c.setLineWidth(0.4)
            yl = y - 8 - (len(names) - 1) * 18
            c.line(50, yl, W - 50, yl)
            y = yl - 18
        para(c, 50, y - 10, "AABB is approved as a provider of continuing education programs in the clinical laboratory "
             "sciences by the ASCLS P.A.C.E.\u00ae Program. AABB is accredited by the Accreditation Council for Continuing "
             "Medical Education (ACCME) to provide continuing medical education for physicians and designates each "
             "educational session for the AMA PRA Category 1 Credits\u2122 shown. Credit is awarded only for sessions "
             "attended in full and evaluated.", "Helvetica", 8.5, W - 100, 11.5, HexColor("#444444"))
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.line(50, 110, 240, 110)
        ltext(c, 50, 97, "Ilse Marchetti-Dunn, MBA", "Times-Roman", 10.5)
        ltext(c, 50, 85, "Director, Education and Professional Development", "Helvetica-Oblique", 8.5, HexColor("#555555"))
    acroform_pdf(base, letter, tpl, {
        "attendee": "Sandra Milosevic-Haugen, MT(ASCP)SBB",
        "t1": "Cold Agglutinin Disease: Serologic Workup, Prewarm Technique",
        "t2": "Controversies, and Transfusion Support",
        "sessno": "3107", "sessdate": "October 20, 2025", "pace": "1.5", "ama": "1.5", "badge": "AM25-118406"})


# ---------------------------------------------------------------- zd24 LabCE
@cert("zd24", style="LabCE", producer=P,
      layout=["landscape", "form-fields", "centred-award", "border", "hyphenated-name"],
      notes="Landscape LabCE-style certificate with filled fields. Apostrophe and hyphen in the name. "
            "Certificate ID and print date are distractors; 'Course Number' is the id.",
      name="Mary-Catherine O'Dowd",
      title="Blood Bank Antibody Identification: Rule-Out Strategies and Panel Interpretation",
      date="2025-07-08", credits=2.0, unit="contact hour",
      provider=["LabCE"],
      activity_id="2096")
def zd24(base):
    vals = {
        "name": "Mary-Catherine O'Dowd, MLS(ASCP)CM",
        "course": "Blood Bank Antibody Identification: Rule-Out Strategies and Panel Interpretation",
        "cno": "2096", "done": "2025-07-08", "hrs": "2.0", "certid": "LC-9120558", "printed": "2025-07-09"}

    def centred(c, form, nm, W, y, h, font, size):
        w = c.stringWidth(vals[nm], font, size) + 8
        fld(form, nm, W / 2 - w / 2, y, w, h, font, size)

    def tpl(c, W, H, form):
        navy, teal = HexColor("#14365d"), HexColor("#1aa3a3")
        c.setStrokeColor(teal)
        c.setLineWidth(10)
        c.rect(18, 18, W - 36, H - 36)
        c.setStrokeColor(navy)
        c.setLineWidth(1)
        c.rect(30, 30, W - 60, H - 60)
        ltext(c, 60, H - 80, "Lab", "Helvetica-Bold", 30, navy)
        ltext(c, 60 + c.stringWidth("Lab", "Helvetica-Bold", 30), H - 80, "CE", "Helvetica-Bold", 30, teal)
        ltext(c, 60, H - 96, "Continuing Education Certificate", "Helvetica", 10, HexColor("#666666"))
        ctext(c, W / 2, H - 150, "Certificate of Completion", "Times-Bold", 34, navy)
        ctext(c, W / 2, H - 182, "This certificate is awarded to", "Times-Italic", 13, HexColor("#444444"))
        centred(c, form, "name", W, H - 226, 30, "Times-Bold", 24)
        c.setStrokeColor(HexColor("#999999"))
        c.setLineWidth(0.5)
        c.line(170, H - 228, W - 170, H - 228)
        ctext(c, W / 2, H - 252, "for successful completion of the course", "Times-Italic", 13, HexColor("#444444"))
        centred(c, form, "course", W, H - 290, 24, "Times-Bold", 17)
        labels = [("Course Number", "cno", W / 2 - 250), ("Date Completed", "done", W / 2 - 75),
                  ("P.A.C.E.\u00ae Contact Hours", "hrs", W / 2 + 100)]
        for lbl, nm, x in labels:
            ctext(c, x + 75, H - 330, lbl, "Helvetica", 9.5, HexColor("#666666"))
            w = c.stringWidth(vals[nm], "Helvetica-Bold", 13) + 8
            fld(form, nm, x + 75 - w / 2, H - 356, w, 20, "Helvetica-Bold", 13)
        para(c, W / 2, 140, "LabCE is approved as a provider of continuing education programs in the clinical laboratory "
             "sciences by the ASCLS P.A.C.E.\u00ae Program. Course level: Intermediate.", "Helvetica", 8.5, W - 220, 11,
             HexColor("#555555"), True)
        c.setStrokeColor(black)
        c.line(70, 100, 250, 100)
        ctext(c, 160, 88, "Tamsin Wolcott-Reyes, MS, MLS(ASCP)CM", "Times-Roman", 10)
        ctext(c, 160, 77, "Director, Continuing Education", "Helvetica-Oblique", 8.5, HexColor("#555555"))
        ltext(c, W - 250, 88, "Certificate ID:", "Helvetica", 8, HexColor("#777777"))
        fld(form, "certid", W - 190, 83, 140, 14, "Helvetica", 8)
        ltext(c, W - 250, 76, "Printed:", "Helvetica", 8, HexColor("#777777"))
        fld(form, "printed", W - 190, 71, 140, 14, "Helvetica", 8)
    acroform_pdf(base, landscape(letter), tpl, vals)


# ---------------------------------------------------------------- zd36 vendor webinar
@cert("zd36", style="vendor", producer=P,
      layout=["portrait", "form-fields", "two-column-label-value", "format-field", "letterhead"],
      notes="Vendor education certificate with filled fields. Format ('Live webinar') is its own field, "
            "not part of the title. 'Offering No.' is the id; quote reference and account number are distractors.",
      name="Priscilla Nakagawa-Brandt",
      title="Verifying a Respiratory Multiplex PCR Panel: Study Design and Acceptance Criteria",
      date="2025-11-06", credits=1.0, unit="contact hour",
      provider=["Quillon Molecular Systems, LLC", "Quillon Molecular Systems"],
      activity_id="QMS-WB-0611")
def zd36(base):
    def tpl(c, W, H, form):
        ink = HexColor("#2d2a6e")
        c.setFillColor(ink)
        c.circle(70, H - 70, 20, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 18)
        c.drawCentredString(70, H - 76, "Q")
        ltext(c, 100, H - 66, "Quillon Molecular Systems", "Helvetica-Bold", 18, ink)
        ltext(c, 100, H - 82, "Scientific Education & Training", "Helvetica", 10, HexColor("#666666"))
        c.setStrokeColor(ink)
        c.setLineWidth(1.2)
        c.line(50, H - 100, W - 50, H - 100)
        ltext(c, 50, H - 150, "Certificate of Continuing Education", "Times-Roman", 24, ink)
        rows = [("Participant", "participant"), ("Program title", "title"), ("Format", "fmt"),
                ("Date", "date"), ("Offering No.", "offer"), ("Contact hours", "hours"),
                ("Account No.", "acct"), ("Training quote ref.", "quote")]
        y = H - 200
        for lbl, nm in rows:
            ltext(c, 50, y, lbl, "Helvetica", 9.5, HexColor("#555555"))
            fld(form, nm, 160, y - 5, W - 210, 18, "Helvetica", 10.5)
            c.setStrokeColor(HexColor("#cccccc"))
            c.setLineWidth(0.4)
            c.line(50, y - 8, W - 50, y - 8)
            y -= 30
        para(c, 50, y - 14, "Quillon Molecular Systems, LLC is approved as a provider of continuing education programs in "
             "the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This program is non-promotional; "
             "product names are used for identification only.", "Helvetica", 9, W - 100, 12, HexColor("#444444"))
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.line(50, 150, 250, 150)
        ltext(c, 50, 137, "Alasdair Kincannon-Rios, PhD", "Times-Roman", 11)
        ltext(c, 50, 125, "Director, Scientific Education", "Helvetica-Oblique", 8.5, HexColor("#555555"))
        ltext(c, 50, 50, "Quillon Molecular Systems, LLC  \u2022  18 Larkspur Row, Bellhaven, NC 27519", "Helvetica", 7.5,
              HexColor("#888888"))
    acroform_pdf(base, letter, tpl, {
        "participant": "Priscilla Nakagawa-Brandt, MB(ASCP)CM",
        "title": "Verifying a Respiratory Multiplex PCR Panel: Study Design and Acceptance Criteria",
        "fmt": "Live webinar", "date": "November 6, 2025", "offer": "QMS-WB-0611", "hours": "1.0",
        "acct": "C-204417", "quote": "Q-2025-44817"})
