"""Certificates produced with ReportLab: canvas drawing, Platypus flowables,
and AcroForm templates filled by ReportLab and flattened with qpdf."""
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from common import gold
from engine import out_path, rl_fonts, patch_acroform, flatten, wrap, SRC

CERTS = []


def cert(fn):
    CERTS.append(fn)
    return fn


def canvas_for(cid, size, title, author, path=None):
    from reportlab.pdfgen import canvas
    rl_fonts()
    c = canvas.Canvas(str(path or out_path(cid)), pagesize=size)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("ReportLab")
    return c


def spaced_centred(c, x, y, text, font, size, space):
    """Centred text drawn with extra character spacing (Tc)."""
    w = stringWidth(text, font, size) + space * (len(text) - 1)
    t = c.beginText(x - w / 2, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


def para_lines(c, x, y, text, font, size, width, leading, align="left"):
    for line in wrap(text, font, size, width):
        c.setFont(font, size)
        if align == "center":
            c.drawCentredString(x + width / 2, y, line)
        else:
            c.drawString(x, y, line)
        y -= leading
    return y


# =========================================================================== canvas
# --------------------------------------------------------------------------- yg06
@cert
def yg06():
    g = gold("yg06", "LabCE", "rl-canvas",
             ["landscape", "centered-award", "border", "accented", "hyphenated", "credentials", "two-column"],
             "Online course certificate; details block with 'Course Number:' / 'Completed:' labels; certificate ID "
             "and Florida category line are distractors.",
             "Inés Carvajal-Ríos",
             "Body Fluid Cell Counts and Differentials: Cerebrospinal, Pleural, and Synovial Fluids",
             "2025-10-22", 1.0, "contact hour",
             ["LabCE"], "2214")

    def render():
        W, H = landscape(letter)
        c = canvas_for("yg06", (W, H), "LabCE Certificate of Completion", "LabCE")
        blue = HexColor("#0072BB")
        c.setStrokeColor(blue)
        c.setLineWidth(10)
        c.rect(22, 22, W - 44, H - 44)
        c.setLineWidth(1)
        c.rect(34, 34, W - 68, H - 68)
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(60, H - 90, "LabCE")
        c.setFont("Helvetica", 10)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(60, H - 105, "Online Continuing Education for Laboratory Professionals")
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 40)
        c.drawCentredString(W / 2, H - 165, "Certificate of Completion")
        c.setFont("Times-Italic", 15)
        c.drawCentredString(W / 2, H - 200, "This is to certify that")
        c.setFont("Times-Bold", 28)
        c.drawCentredString(W / 2, H - 240, "Inés Carvajal-Ríos, MLS(ASCP)CM")
        c.setFont("Times-Italic", 15)
        c.drawCentredString(W / 2, H - 272, "has successfully completed the online course")
        c.setFont("Times-Bold", 21)
        c.drawCentredString(W / 2, H - 305, "Body Fluid Cell Counts and Differentials:")
        c.drawCentredString(W / 2, H - 330, "Cerebrospinal, Pleural, and Synovial Fluids")
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.setLineWidth(0.6)
        c.line(150, H - 345, W - 150, H - 345)
        rows = [("Course Number:", "2214"), ("Completed:", "10/22/2025"), ("Credit:", "1.0 contact hour (P.A.C.E.\u00ae)"),
                ("Certificate ID:", "8FQ2-77AZ-19C4")]
        y = H - 372
        for lab, val in rows:
            c.setFont("Helvetica-Bold", 12)
            c.drawRightString(W / 2 - 10, y, lab)
            c.setFont("Helvetica", 12)
            c.drawString(W / 2 + 4, y, val)
            y -= 19
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawCentredString(W / 2, 78, "LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
        c.drawCentredString(W / 2, 66, "Florida licensees: approved for 1.0 hour in Hematology.  Verify this certificate at LabCE.com using the certificate ID.")
        c.showPage()
        c.save()
    return g, render


# --------------------------------------------------------------------------- yg12
@cert
def yg12():
    g = gold("yg12", "CLSI", "rl-canvas",
             ["portrait", "centered-award", "border", "suffix", "hyphenated", "format-line", "wrapped-title+label",
              "for-and-in-name", "signatures"],
             "Name keeps the 'III' suffix; 'Self-Study Module' format line between verb and title; title printed on "
             "two lines and directly followed by 'Date of completion:'; order number is a distractor.",
             "Bartholomew Okonkwo-Reyes III",
             "Method Verification Made Practical: Precision and Trueness Studies for Quantitative Assays in the Small Laboratory",
             "2025-01-27", 2.0, "contact hour",
             ["Clinical and Laboratory Standards Institute", "CLSI"], "EL-EP15-204")

    def render():
        W, H = letter
        c = canvas_for("yg12", (W, H), "CLSI Certificate", "CLSI")
        plum = HexColor("#6B1E3C")
        c.setStrokeColor(plum)
        c.setLineWidth(3)
        c.roundRect(30, 30, W - 60, H - 60, 14)
        c.setFillColor(plum)
        c.setFont("Helvetica-Bold", 36)
        c.drawCentredString(W / 2, H - 100, "CLSI")
        c.setFont("Helvetica", 12)
        c.drawCentredString(W / 2, H - 120, "Clinical and Laboratory Standards Institute")
        c.setFillColor(colors.black)
        c.setFont("LiberationSerif", 34)
        c.drawCentredString(W / 2, H - 190, "Certificate of Completion")
        c.setFont("LiberationSerif-Italic", 14)
        c.drawCentredString(W / 2, H - 230, "awarded to")
        c.setFont("LiberationSerif-Bold", 24)
        c.drawCentredString(W / 2, H - 265, "Bartholomew Okonkwo-Reyes III")
        c.setFont("LiberationSerif-Italic", 14)
        c.drawCentredString(W / 2, H - 298, "for completing the")
        c.setFillColor(plum)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, H - 325, "Self-Study Module")
        c.setFillColor(colors.black)
        c.setFont("LiberationSerif-Bold", 17)
        c.drawCentredString(W / 2, H - 355, "Method Verification Made Practical: Precision and Trueness")
        c.drawCentredString(W / 2, H - 376, "Studies for Quantitative Assays in the Small Laboratory")
        c.setFont("LiberationSerif", 13)
        c.drawCentredString(W / 2, H - 400, "Date of completion: 01/27/2025")
        c.drawCentredString(W / 2, H - 419, "Contact hours: 2.0")
        c.drawCentredString(W / 2, H - 438, "Course ID: EL-EP15-204")
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(90, 210, 270, 210)
        c.line(W - 270, 210, W - 90, 210)
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(180, 197, "Yolanda Fairbanks-Moreau, MS")
        c.drawCentredString(180, 185, "Director, Education and Training")
        c.drawCentredString(W - 180, 197, "Dmitri Castellanos, PhD")
        c.drawCentredString(W - 180, 185, "Vice President, Standards")
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.HexColor("#444444"))
        para_lines(c, 80, 130, "CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                               "ASCLS P.A.C.E.\u00ae Program. This module includes a post-assessment; a passing score of 70% is required.",
                   "Helvetica", 9, W - 160, 12, align="center")
        c.drawCentredString(W / 2, 60, "Order No. 600150937  \u2022  Page 1 of 1")
        c.showPage()
        c.save()
    return g, render


# --------------------------------------------------------------------------- yg25
@cert
def yg25():
    g = gold("yg25", "ADLM", "rl-canvas",
             ["landscape", "labels-above", "multi-credit", "max-vs-claimed", "date-range", "meeting-name-title",
              "credentials", "hyphenated", "for-and-in-name"],
             "Meeting attendance with labels above values (Attendee | Dates of Attendance | Location); title is the "
             "meeting name; date = last day of range; ACCENT claimed (10.5) vs maximum (14.0); AMA PRA claimed 0 is a "
             "distractor; registration number is a distractor.",
             "Chidinma Eze-Lawson",
             "ADLM Laboratory Stewardship Forum 2025",
             "2025-09-16", 10.5, "contact hour",
             ["Association for Diagnostics & Laboratory Medicine", "ADLM"], None)

    def render():
        W, H = landscape(letter)
        c = canvas_for("yg25", (W, H), "ADLM Certificate of Attendance", "ADLM")
        teal = HexColor("#0A5C8C")
        c.setFillColor(teal)
        c.rect(0, H - 95, W, 95, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVuSans-Bold", 30)
        c.drawString(50, H - 55, "ADLM")
        c.setFont("DejaVuSans", 12)
        c.drawString(50, H - 77, "Association for Diagnostics & Laboratory Medicine")
        c.setFont("DejaVuSans", 9)
        c.drawRightString(W - 50, H - 55, "Registration No. ADLM25-88140")
        c.setFillColor(colors.black)
        c.setFont("DejaVuSerif", 30)
        c.drawString(50, H - 150, "Certificate of Attendance")
        cols = [(50, "ATTENDEE", "Chidinma Eze-Lawson, PhD, DABCC"), (360, "DATES OF ATTENDANCE", "September 14\u201316, 2025"),
                (560, "LOCATION", "Atlanta, Georgia")]
        for x, lab, val in cols:
            c.setFont("DejaVuSans-Bold", 8.5)
            c.setFillColor(teal)
            c.drawString(x, H - 195, lab)
            c.setFillColor(colors.black)
            c.setFont("DejaVuSerif", 14)
            c.drawString(x, H - 215, val)
        c.setStrokeColor(teal)
        c.setLineWidth(0.8)
        c.line(50, H - 225, W - 50, H - 225)
        c.setFont("DejaVuSans-Bold", 8.5)
        c.setFillColor(teal)
        c.drawString(50, H - 255, "MEETING")
        c.setFillColor(colors.black)
        c.setFont("DejaVuSerif-Bold", 20)
        c.drawString(50, H - 280, "ADLM Laboratory Stewardship Forum 2025")
        c.setFillColor(HexColor("#EEF5FA"))
        c.rect(50, H - 390, W - 100, 85, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DejaVuSans-Bold", 11)
        c.drawString(65, H - 327, "Continuing education claimed")
        c.setFont("DejaVuSans", 11)
        c.drawString(65, H - 348, "ACCENT\u00ae contact hours claimed: 10.5   (maximum available: 14.0)")
        c.drawString(65, H - 367, "AMA PRA Category 1 Credits\u2122 claimed: 0.0   (maximum available: 14.0)")
        c.setFont("DejaVuSans", 8.5)
        c.setFillColor(colors.HexColor("#444444"))
        para_lines(c, 50, 110, "The Association for Diagnostics & Laboratory Medicine (ADLM) is accredited by the Accreditation Council for "
                               "Continuing Medical Education to provide continuing medical education for physicians. ADLM designates this live "
                               "activity for a maximum of 14.0 AMA PRA Category 1 Credits\u2122. ACCENT\u00ae continuing education credit is "
                               "awarded by ADLM for laboratory professionals. Credit claimed on 09/22/2025.",
                   "DejaVuSans", 8.5, W - 100, 11.5)
        c.setFillColor(colors.black)
        c.setFont("DejaVuSans", 9.5)
        c.line(W - 290, 150, W - 50, 150)
        c.drawString(W - 290, 138, "Tobias Renner-Adeyemi, PhD, DABCC")
        c.drawString(W - 290, 126, "Chair, Education Core Committee")
        c.showPage()
        c.save()
    return g, render


# --------------------------------------------------------------------------- yg31
@cert
def yg31():
    g = gold("yg31", "hospital-inservice", "rl-canvas",
             ["landscape", "centered-award", "border", "seal", "letter-spaced-name", "caps-name", "hyphenated",
              "keyword-title", "wrapped-title+label", "department-provider", "signatures"],
             "Education-council in-service: provider is the medical center plus 'Medical Center, Education Council'; "
             "letter-spaced ALL-CAPS name (character spacing); 'Safety' is part of the title; title on two lines "
             "directly followed by 'Completed:'; employee ID is a distractor.",
             "DMITRI VOLKOV-HENLEY",
             "Annual Laboratory Safety Update: Fire, Electrical, Chemical, and Bloodborne Pathogen Safety",
             "2025-02-11", 1.0, "CE hour",
             ["Valley Crest Medical Center", "Valley Crest Medical Center, Pathology & Laboratory Medicine Education Council"],
             "VC-LAB-25-02")

    def render():
        W, H = landscape(letter)
        c = canvas_for("yg31", (W, H), "In-service certificate", "Education Council")
        green = HexColor("#2E5E3A")
        gold_c = HexColor("#B8912F")
        c.setStrokeColor(green)
        c.setLineWidth(6)
        c.rect(24, 24, W - 48, H - 48)
        c.setStrokeColor(gold_c)
        c.setLineWidth(1.5)
        c.rect(34, 34, W - 68, H - 68)
        # seal
        c.setFillColor(gold_c)
        c.circle(W - 110, H - 110, 42, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(W - 110, H - 110, 34, stroke=0, fill=1)
        c.setFillColor(gold_c)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W - 110, H - 106, "VCMC")
        c.setFont("Helvetica", 7)
        c.drawCentredString(W - 110, H - 118, "EST. 1962")
        c.setFillColor(green)
        c.setFont("Times-Bold", 20)
        c.drawCentredString(W / 2, H - 78, "Valley Crest Medical Center")
        c.setFont("Times-Italic", 13)
        c.drawCentredString(W / 2, H - 96, "Pathology & Laboratory Medicine Education Council")
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 38)
        c.drawCentredString(W / 2, H - 150, "Certificate of Completion")
        c.setFont("Times-Italic", 14)
        c.drawCentredString(W / 2, H - 185, "presented to")
        spaced_centred(c, W / 2, H - 225, "DMITRI VOLKOV-HENLEY", "Times-Bold", 24, 7)
        c.setFont("Times-Italic", 14)
        c.drawCentredString(W / 2, H - 258, "for completion of")
        c.setFont("Times-Bold", 19)
        c.drawCentredString(W / 2, H - 288, "Annual Laboratory Safety Update: Fire, Electrical,")
        c.drawCentredString(W / 2, H - 310, "Chemical, and Bloodborne Pathogen Safety")
        c.setFont("Times-Roman", 13)
        c.drawCentredString(W / 2, H - 334, "Completed: February 11, 2025")
        c.drawCentredString(W / 2, H - 352, "1.0 CE hour  \u2022  Offering No. VC-LAB-25-02")
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(W / 2, H - 370, "Employee ID 10-55873")
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(90, 110, 300, 110)
        c.line(W - 300, 110, W - 90, 110)
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(195, 97, "Marisa Quang-Delgado, MS, MLS(ASCP)")
        c.drawCentredString(195, 85, "Chair, Education Council")
        c.drawCentredString(W - 195, 97, "Everett Lindqvist, MD")
        c.drawCentredString(W - 195, 85, "Laboratory Medical Director")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawCentredString(W / 2, 52, "Internal continuing education for laboratory staff. Hours may be applied toward competency and certification maintenance records.")
        c.showPage()
        c.save()
    return g, render


# --------------------------------------------------------------------------- yg37
@cert
def yg37():
    g = gold("yg37", "PACE-provider", "rl-canvas",
             ["portrait", "letter", "hyphenated", "credentials", "program-no-no-colon", "signatures"],
             "Letter from a blood center: name and quoted session title run inside a sentence (gold title without the "
             "quotes; the series name 'Quarterly Immunohematology Seminar' is not part of it); 'Program No. 280-117-25' "
             "without colon; letter date is a distractor.",
             "Yvonne Abernathy-Cole",
             "Warm Autoantibodies and Drug-Induced Immune Hemolytic Anemia: Case Studies from the Reference Laboratory",
             "2025-05-15", 2.0, "contact hour",
             ["Northshore Community Blood Services"], "280-117-25")

    def render():
        W, H = letter
        c = canvas_for("yg37", (W, H), "CE letter", "Northshore Community Blood Services")
        red = HexColor("#A4161A")
        c.setFillColor(red)
        c.circle(82, H - 78, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(82, H - 83, "+")
        c.setFillColor(red)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(108, H - 75, "Northshore Community Blood Services")
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(108, H - 89, "77 Beacon Ferry Road  \u2022  Harrowgate, Maine 04011  \u2022  (207) 555-0190")
        c.setStrokeColor(red)
        c.setLineWidth(1)
        c.line(66, H - 102, W - 66, H - 102)
        c.setFillColor(colors.black)
        y = H - 145
        c.setFont("Times-Roman", 12)
        c.drawString(72, y, "May 19, 2025")
        y -= 36
        c.setFont("Times-Bold", 12)
        c.drawString(72, y, "RE: Certificate of Continuing Education")
        y -= 28
        c.setFont("Times-Roman", 12)
        c.drawString(72, y, "To whom it may concern:")
        y -= 26
        body = ("This letter certifies that Yvonne Abernathy-Cole, MLS(ASCP)CM attended the Quarterly Immunohematology "
                "Seminar session \u201cWarm Autoantibodies and Drug-Induced Immune Hemolytic Anemia: Case Studies from the "
                "Reference Laboratory\u201d held on Thursday, May 15, 2025, and has been awarded 2.0 P.A.C.E.\u00ae contact hours.")
        y = para_lines(c, 72, y, body, "Times-Roman", 12, W - 144, 17)
        y -= 12
        y = para_lines(c, 72, y, "The session was presented by Harold Ng-Fairweather, MD, Medical Director of the Reference Laboratory, "
                                 "and included case review of direct antiglobulin test results, eluate studies, and drug-dependent antibody testing.",
                       "Times-Roman", 12, W - 144, 17)
        y -= 12
        y = para_lines(c, 72, y, "Northshore Community Blood Services is approved as a provider of continuing education programs in the "
                                 "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", "Times-Roman", 12, W - 144, 17)
        c.drawString(72, y, "Program No. 280-117-25")
        y -= 46
        c.drawString(72, y, "Sincerely,")
        c.setFont("Times-Italic", 20)
        c.drawString(72, y - 34, "Gwendolyn Oyelaran")
        c.setFont("Times-Roman", 12)
        c.drawString(72, y - 56, "Gwendolyn Oyelaran, MT(ASCP)SBB")
        c.drawString(72, y - 71, "Education Coordinator, Reference Laboratory")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawCentredString(W / 2, 40, "Saving lives across the North Shore since 1958  \u2022  Page 1 of 1")
        c.showPage()
        c.save()
    return g, render


# =========================================================================== Platypus
def platypus_doc(cid, size, title, author, margins=0.75 * inch, onpage=None):
    from reportlab.platypus import SimpleDocTemplate
    rl_fonts()
    doc = SimpleDocTemplate(str(out_path(cid)), pagesize=size, leftMargin=margins, rightMargin=margins,
                            topMargin=margins, bottomMargin=margins, title=title, author=author, creator="ReportLab Platypus")
    return doc


def styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
    S = {}

    def add(name, **kw):
        S[name] = ParagraphStyle(name, **kw)
    add("org", fontName="DejaVuSans-Bold", fontSize=17, leading=21, alignment=TA_LEFT)
    add("sub", fontName="DejaVuSans", fontSize=10, leading=13, textColor=HexColor("#555555"))
    add("h1", fontName="DejaVuSerif", fontSize=28, leading=34, alignment=TA_CENTER, spaceBefore=18, spaceAfter=14)
    add("c", fontName="DejaVuSerif", fontSize=12, leading=16, alignment=TA_CENTER)
    add("ci", fontName="DejaVuSerif-Italic", fontSize=12, leading=16, alignment=TA_CENTER)
    add("fmt", fontName="DejaVuSans-Bold", fontSize=11, leading=15, alignment=TA_CENTER, spaceBefore=6)
    add("title", fontName="DejaVuSerif-Bold", fontSize=16, leading=21, alignment=TA_CENTER, spaceBefore=4, spaceAfter=2)
    add("lab", fontName="DejaVuSans-Bold", fontSize=8, leading=10, textColor=HexColor("#555555"))
    add("val", fontName="DejaVuSerif", fontSize=12, leading=15)
    add("valb", fontName="DejaVuSerif-Bold", fontSize=13, leading=17)
    add("small", fontName="DejaVuSans", fontSize=8.5, leading=11, alignment=TA_JUSTIFY, textColor=HexColor("#333333"))
    add("tc", fontName="DejaVuSans", fontSize=9.5, leading=12)
    add("tcb", fontName="DejaVuSans-Bold", fontSize=9.5, leading=12)
    add("sig", fontName="DejaVuSans", fontSize=9.5, leading=12)
    add("foot", fontName="DejaVuSans", fontSize=7.5, leading=9, textColor=HexColor("#777777"))
    return S


# --------------------------------------------------------------------------- yg03
@cert
def yg03():
    g = gold("yg03", "CAP", "rl-platypus",
             ["portrait", "labels-above", "table", "format-line", "wrapped-title+label", "multi-credit",
              "max-vs-claimed", "hyphenated", "credentials"],
             "Labels above values (Participant | Date of Completion); 'Enduring Material' format line between "
             "'has completed the' and the title; wrapped title directly followed by 'Activity ID:'; credit table "
             "with AMA PRA maximum vs P.A.C.E. claimed (gold 1.5); customer number and print date are distractors.",
             "Priya Venkataraman-Ellis",
             "Preanalytic Quality Indicators: Reducing Specimen Rejection and Recollection in Hospital Laboratories",
             "2025-11-04", 1.5, "contact hour",
             ["College of American Pathologists", "CAP"], "25-EM-0719")

    def render():
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
        S = styles()
        navy = HexColor("#003865")

        def frame(c, d):
            c.saveState()
            c.setStrokeColor(navy)
            c.setLineWidth(2)
            c.rect(30, 30, letter[0] - 60, letter[1] - 60)
            c.setFont("DejaVuSans", 7.5)
            c.setFillColor(HexColor("#777777"))
            c.drawString(45, 40, "Customer No. 3318720  \u2022  Date printed: 11/06/2025")
            c.drawRightString(letter[0] - 45, 40, "Page 1 of 1")
            c.restoreState()
        doc = platypus_doc("yg03", letter, "CAP Certificate of Completion", "College of American Pathologists")
        st = []
        st.append(Paragraph('<font color="#003865">College of American Pathologists</font>', S["org"]))
        st.append(Paragraph("Continuing Education Transcript Services", S["sub"]))
        st.append(Paragraph("Certificate of Completion", S["h1"]))
        t = Table([[Paragraph("PARTICIPANT", S["lab"]), Paragraph("DATE OF COMPLETION", S["lab"])],
                   [Paragraph("Priya Venkataraman-Ellis, MLS(ASCP)", S["valb"]), Paragraph("11/04/2025", S["valb"])]],
                  colWidths=[4.9 * inch, 1.8 * inch])
        t.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 0.8, navy), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 1), (-1, 1), 6)]))
        st += [t, Spacer(1, 16)]
        st.append(Paragraph("has completed the", S["ci"]))
        st.append(Paragraph('<font color="#003865">Enduring Material</font>', S["fmt"]))
        st.append(Paragraph("Preanalytic Quality Indicators: Reducing Specimen Rejection and Recollection in Hospital Laboratories", S["title"]))
        st.append(Paragraph("Activity ID: 25-EM-0719", S["c"]))
        st.append(Spacer(1, 16))
        ct = Table([[Paragraph("Credit type", S["tcb"]), Paragraph("Maximum available", S["tcb"]), Paragraph("Credits claimed", S["tcb"])],
                    [Paragraph("AMA PRA Category 1 Credits\u2122", S["tc"]), "2.0", "0.0"],
                    [Paragraph("ASCLS P.A.C.E.\u00ae contact hours", S["tc"]), "2.0", "1.5"]],
                   colWidths=[3.4 * inch, 1.6 * inch, 1.6 * inch])
        ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, HexColor("#999999")), ("BACKGROUND", (0, 0), (-1, 0), HexColor("#DCE6F0")),
                                ("FONTNAME", (1, 1), (-1, -1), "DejaVuSans"), ("FONTSIZE", (1, 1), (-1, -1), 9.5),
                                ("ALIGN", (1, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        st += [ct, Spacer(1, 16)]
        st.append(Paragraph("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical "
                            "Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring "
                            "material for a maximum of 2.0 <i>AMA PRA Category 1 Credits</i>\u2122. Physicians should claim only the credit "
                            "commensurate with the extent of their participation in the activity.", S["small"]))
        st.append(Spacer(1, 6))
        st.append(Paragraph("The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                            "the ASCLS P.A.C.E.\u00ae Program.", S["small"]))
        st.append(Spacer(1, 40))
        sg = Table([[Paragraph("Eleanor Batts-Kowalczyk, MD, FCAP<br/>Chair, Council on Education", S["sig"]), "",
                     Paragraph("Martin Szabo, MBA<br/>Director, Learning", S["sig"])]], colWidths=[2.9 * inch, 0.8 * inch, 2.9 * inch])
        sg.setStyle(TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.7, colors.black), ("LINEABOVE", (2, 0), (2, 0), 0.7, colors.black)]))
        st.append(sg)
        doc.build(st, onFirstPage=frame)
    return g, render


# --------------------------------------------------------------------------- yg16
@cert
def yg16():
    g = gold("yg16", "joint-CME", "rl-platypus",
             ["portrait", "labels-above", "table", "multi-credit", "credentials", "hyphenated", "department-provider",
              "signatures", "two-page"],
             "Two pages (page 2: objectives, faculty and disclosures, distractor dates). Jointly accredited grand rounds: labels above values; title starts with the series name 'Pathology Grand "
             "Rounds:' (kept); credit table with AMA PRA / ANCC / ACPE 1.25 (distractors) and P.A.C.E. 1.0 (gold); "
             "ACCME/ACPE/ANCC are accreditors.",
             "Meredith Ashcombe-Vaughn",
             "Pathology Grand Rounds: Clonal Hematopoiesis of Indeterminate Potential and What the Laboratory Sees",
             "2025-10-15", 1.0, "contact hour",
             ["Northgate University", "Northgate University, Office of Continuing Medical Education"], "GR-2025-1015")

    def render():
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
        S = styles()
        crimson = HexColor("#8C1D40")
        doc = platypus_doc("yg16", letter, "Certificate of Attendance", "Northgate University OCME", margins=0.85 * inch)
        st = []
        hd = Table([[Paragraph('<font color="#8C1D40">Northgate University</font>', S["org"])],
                    [Paragraph("Office of Continuing Medical Education", S["sub"])]], colWidths=[6.8 * inch])
        hd.setStyle(TableStyle([("LINEBELOW", (0, 1), (0, 1), 2, crimson), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        st.append(hd)
        st.append(Paragraph("Certificate of Attendance", S["h1"]))

        def lv(rows, widths):
            data = []
            for r in rows:
                data.append([Paragraph(a.upper(), S["lab"]) for a, b in r])
                data.append([Paragraph(b, S["val"]) for a, b in r])
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, HexColor("#AAAAAA")),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.25, HexColor("#DDDDDD")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            return t
        st.append(lv([[("Participant", "Meredith Ashcombe-Vaughn, MLS(ASCP)<super>CM</super>"), ("Date of Activity", "October 15, 2025")]],
                     [4.3 * inch, 2.5 * inch]))
        st.append(Spacer(1, 8))
        st.append(lv([[("Activity Title", "<b>Pathology Grand Rounds: Clonal Hematopoiesis of Indeterminate Potential and What the Laboratory Sees</b>")]],
                     [6.8 * inch]))
        st.append(Spacer(1, 8))
        st.append(lv([[("Activity Number", "GR-2025-1015"), ("Location", "Hollis Auditorium, Northgate University Hospital")]],
                     [2.3 * inch, 4.5 * inch]))
        st.append(Spacer(1, 14))
        ct = Table([[Paragraph("Credit type", S["tcb"]), Paragraph("Credits", S["tcb"])],
                    [Paragraph("AMA PRA Category 1 Credits\u2122", S["tc"]), "1.25"],
                    [Paragraph("ANCC nursing contact hours", S["tc"]), "1.25"],
                    [Paragraph("ACPE contact hours (knowledge-based)", S["tc"]), "1.25"],
                    [Paragraph("ASCLS P.A.C.E.\u00ae contact hours", S["tc"]), "1.0"]],
                   colWidths=[4.8 * inch, 2.0 * inch])
        ct.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#BBBBBB")),
                                ("BACKGROUND", (0, 0), (-1, 0), HexColor("#F3E3E9")),
                                ("FONTNAME", (1, 1), (1, -1), "DejaVuSans"), ("FONTSIZE", (1, 1), (1, -1), 9.5),
                                ("ALIGN", (1, 0), (1, -1), "CENTER")]))
        st += [ct, Spacer(1, 14)]
        st.append(Paragraph("In support of improving patient care, Northgate University is jointly accredited by the Accreditation "
                            "Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), "
                            "and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. "
                            "Northgate University designates this live activity for a maximum of 1.25 <i>AMA PRA Category 1 Credits</i>\u2122. "
                            "Physicians should claim only the credit commensurate with the extent of their participation in the activity.",
                            S["small"]))
        st.append(Spacer(1, 5))
        st.append(Paragraph("Northgate University is approved as a provider of continuing education programs in the clinical laboratory "
                            "sciences by the ASCLS P.A.C.E.\u00ae Program.", S["small"]))
        st.append(Spacer(1, 44))
        sg = Table([[Paragraph("Sebastian Arkwright-Obi, MD<br/>Course Director, Department of Pathology", S["sig"]), "",
                     Paragraph("Danielle Fourie, MEd<br/>Director, Office of Continuing Medical Education", S["sig"])]],
                   colWidths=[3.0 * inch, 0.6 * inch, 3.2 * inch])
        sg.setStyle(TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.7, colors.black), ("LINEABOVE", (2, 0), (2, 0), 0.7, colors.black)]))
        st.append(sg)
        from reportlab.platypus import PageBreak
        from reportlab.lib.styles import ParagraphStyle
        h2 = ParagraphStyle("h2", fontName="DejaVuSans-Bold", fontSize=12, leading=16, textColor=crimson, spaceBefore=12, spaceAfter=4)
        body = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=10, leading=14)
        st.append(PageBreak())
        st.append(Paragraph("Activity Information", S["h1"]))
        st.append(Paragraph("Learning objectives", h2))
        for o in ["Define clonal hematopoiesis of indeterminate potential (CHIP) and distinguish it from myelodysplastic neoplasms.",
                  "Recognize laboratory findings, including subtle cytopenias and red cell indices, that may accompany CHIP.",
                  "Describe the role of next-generation sequencing panels and variant allele fraction thresholds in reporting."]:
            st.append(Paragraph("\u2022 " + o, body))
        st.append(Paragraph("Faculty", h2))
        st.append(Paragraph("Presenter: Yusuf Delacroix-Amani, MD, PhD, Associate Professor of Pathology, Northgate University. "
                            "Moderator: Sebastian Arkwright-Obi, MD.", body))
        st.append(Paragraph("Disclosures", h2))
        st.append(Paragraph("None of the planners or faculty for this activity have relevant financial relationships with ineligible "
                            "companies. All relevant financial relationships have been mitigated. Commercial support: none.", body))
        st.append(Paragraph("Record keeping", h2))
        st.append(Paragraph("Attendance was recorded by text-message check-in. Certificates were released October 22, 2025; credit "
                            "must be claimed by January 15, 2026. Records are retained by the Office of Continuing Medical Education "
                            "for six years.", body))
        doc.build(st)
    return g, render


# --------------------------------------------------------------------------- yg32
@cert
def yg32():
    g = gold("yg32", "public-health-lab", "rl-platypus",
             ["portrait", "labels-above", "table", "accented", "credentials", "wrapped-title+label",
              "department-provider", "signatures"],
             "Public health laboratory webinar; labels above values (Participant | Date Attended | Contact Hours); "
             "wrapped title directly followed by 'Event ID:'; name with a non-Latin-1 accent (ś); generation date is a distractor.",
             "Tomasz Wiśniewski",
             "Laboratory Response Network Sentinel Laboratory Update: Rule-Out and Referral of Bioterrorism Agents",
             "2025-06-25", 1.5, "contact hour",
             ["Sagebrush Regional Public Health Laboratory",
              "Sagebrush Regional Public Health Laboratory, Laboratory Outreach and Training Section"],
             "SRPHL-W-0625")

    def render():
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
        S = styles()
        ochre = HexColor("#7A5A1E")

        def frame(c, d):
            c.saveState()
            c.setFillColor(ochre)
            c.rect(0, letter[1] - 14, letter[0], 14, stroke=0, fill=1)
            c.rect(0, 0, letter[0], 8, stroke=0, fill=1)
            c.setFont("DejaVuSans", 7.5)
            c.setFillColor(HexColor("#777777"))
            c.drawString(54, 22, "This certificate was generated on 06/27/2025 from the SRPHL training registration system.")
            c.restoreState()
        doc = platypus_doc("yg32", letter, "Certificate of Attendance", "SRPHL")
        st = []
        st.append(Paragraph('<font color="#7A5A1E">Sagebrush Regional Public Health Laboratory</font>', S["org"]))
        st.append(Paragraph("Laboratory Outreach and Training Section  \u2022  1850 Juniper Flats Road, Sagebrush Valley", S["sub"]))
        st.append(Paragraph("Certificate of Attendance", S["h1"]))
        t = Table([[Paragraph("PARTICIPANT", S["lab"]), Paragraph("DATE ATTENDED", S["lab"]), Paragraph("CONTACT HOURS", S["lab"])],
                   [Paragraph("Tomasz Wiśniewski, MLS(ASCP)", S["valb"]), Paragraph("06/25/2025", S["valb"]), Paragraph("1.5", S["valb"])]],
                  colWidths=[4.0 * inch, 1.5 * inch, 1.5 * inch])
        t.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 0.8, ochre), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st += [t, Spacer(1, 18)]
        st.append(Paragraph("TITLE OF ACTIVITY", S["lab"]))
        st.append(Paragraph("Laboratory Response Network Sentinel Laboratory Update: Rule-Out and Referral of Bioterrorism Agents", S["valb"]))
        st.append(Paragraph("Event ID: SRPHL-W-0625", S["val"]))
        st.append(Spacer(1, 6))
        st.append(Paragraph("Delivery: live webinar with interactive case exercises", S["val"]))
        st.append(Spacer(1, 18))
        st.append(Paragraph("Sagebrush Regional Public Health Laboratory is approved as a provider of continuing education programs in "
                            "the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This activity supports sentinel "
                            "laboratory preparedness under the Laboratory Response Network.", S["small"]))
        st.append(Spacer(1, 60))
        sg = Table([[Paragraph("Rosalind Tsosie-Martin, MPH, M(ASCP)<br/>Training Coordinator", S["sig"]), "",
                     Paragraph("Oleksandr Petrenko, PhD, HCLD(ABB)<br/>Laboratory Director", S["sig"])]],
                   colWidths=[3.1 * inch, 0.6 * inch, 3.1 * inch])
        sg.setStyle(TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.7, colors.black), ("LINEABOVE", (2, 0), (2, 0), 0.7, colors.black)]))
        st.append(sg)
        doc.build(st, onFirstPage=frame)
    return g, render


# --------------------------------------------------------------------------- yg36
@cert
def yg36():
    g = gold("yg36", "ASCP", "rl-platypus",
             ["portrait", "two-column", "table", "multi-credit", "max-vs-claimed", "date-range", "credentials",
              "hyphenated", "format-line", "for-and-in-name"],
             "CME/CMLE certificate: maximum 6.0 AMA PRA and 6.0 CMLE designated, 4.5 CMLE claimed (gold); "
             "'Live Virtual Activity' format line; activity dates are a range (gold = last day); claim date is a distractor.",
             "Callum J. MacAllister-Boyd",
             "Laboratory Leadership Essentials: Managing Staffing, Budgets, and Regulatory Readiness",
             "2025-04-03", 4.5, "CMLE",
             ["American Society for Clinical Pathology", "ASCP"], "LLE25-V")

    def render():
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
        S = styles()
        blue = HexColor("#1F4E79")

        def frame(c, d):
            c.saveState()
            c.setStrokeColor(blue)
            c.setLineWidth(1)
            c.rect(36, 36, letter[0] - 72, letter[1] - 72)
            c.setFillColor(blue)
            c.setFont("DejaVuSans-Bold", 26)
            c.drawRightString(letter[0] - 60, letter[1] - 86, "ASCP")
            c.restoreState()
        doc = platypus_doc("yg36", letter, "CME/CMLE Certificate", "ASCP", margins=0.9 * inch)
        st = []
        st.append(Paragraph('<font color="#1F4E79">American Society for Clinical Pathology</font>', S["org"]))
        st.append(Paragraph("Continuing Education", S["sub"]))
        st.append(Paragraph("CME/CMLE Certificate", S["h1"]))
        st.append(Paragraph("This certifies that", S["ci"]))
        st.append(Spacer(1, 4))
        st.append(Paragraph("Callum J. MacAllister-Boyd, MHA, MLS(ASCP)<super>CM</super>", S["title"]))
        st.append(Spacer(1, 4))
        st.append(Paragraph("participated in the", S["ci"]))
        st.append(Paragraph('<font color="#1F4E79">Live Virtual Activity</font>', S["fmt"]))
        st.append(Paragraph("Laboratory Leadership Essentials: Managing Staffing, Budgets, and Regulatory Readiness", S["title"]))
        st.append(Spacer(1, 14))
        rows = [("Activity Dates:", "April 1\u20133, 2025"), ("Activity Code:", "LLE25-V"),
                ("CMLE Credits Claimed:", "4.5"), ("Claim Date:", "April 10, 2025")]
        t = Table([[Paragraph(a, S["tcb"]), Paragraph(b, S["val"])] for a, b in rows], colWidths=[2.3 * inch, 3.2 * inch])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor("#CCCCCC")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        st += [t, Spacer(1, 18)]
        st.append(Paragraph("The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing "
                            "Medical Education to provide continuing medical education for physicians. ASCP designates this live activity "
                            "for a maximum of 6.0 <i>AMA PRA Category 1 Credits</i>\u2122 and a maximum of 6.0 CMLE credits. Participants "
                            "should claim only the credit commensurate with the extent of their participation in the activity. ASCP CMLE "
                            "credits are accepted by the ASCP Board of Certification for the Credential Maintenance Program.", S["small"]))
        st.append(Spacer(1, 46))
        sg = Table([[Paragraph("Hollis Ferreira-Strand, MD, FASCP<br/>Chair, Commission on Continuing Professional Development", S["sig"])]],
                   colWidths=[3.6 * inch], hAlign="LEFT")
        sg.setStyle(TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.7, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        st.append(sg)
        doc.build(st, onFirstPage=frame)
    return g, render


# =========================================================================== AcroForm (filled + flattened)
TRANSPARENT = Color(1, 1, 1, alpha=0)


def form_canvas(cid, size, title, author):
    patch_acroform()
    path = SRC / ("%s.form.pdf" % cid)
    return canvas_for(cid, size, title, author, path=path), path


def field(c, name, value, x, y, w, h=18, font="Helvetica", size=11):
    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h, borderWidth=0,
                         fillColor=TRANSPARENT, borderColor=TRANSPARENT, textColor=colors.black,
                         fontName=font, fontSize=size, maxlen=300, forceBorder=False)


def labelled_box(c, x, y, w, h, label, color):
    """Template box with the label printed above the value area (inside the box)."""
    c.setStrokeColor(color)
    c.setLineWidth(0.8)
    c.rect(x, y, w, h)
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x + 5, y + h - 10, label)
    c.setFillColor(colors.black)


# --------------------------------------------------------------------------- yg07
@cert
def yg07():
    g = gold("yg07", "MediaLab", "acroform",
             ["portrait", "two-column", "hyphenated", "keyword-title"],
             "Fillable template (labels on the form, values in flattened fields) with label/value rows; 'Safety' is "
             "part of the course title; certificate number is a distractor.",
             "Oluwaseun Adebayo-Clarke",
             "Laboratory Safety: Chemical Hygiene and Hazard Communication",
             "2025-03-03", 1.0, "contact hour",
             ["MediaLab, Inc."], "SAF-104")

    def render():
        W, H = letter
        c, path = form_canvas("yg07", (W, H), "Certificate of Completion", "MediaLab, Inc.")
        blue = HexColor("#0B6E99")
        c.setFillColor(blue)
        c.rect(0, H - 110, W, 110, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 28)
        c.drawString(60, H - 65, "MediaLab, Inc.")
        c.setFont("Helvetica", 11)
        c.drawString(60, H - 85, "Continuing Education for the Clinical Laboratory")
        c.setFillColor(colors.black)
        c.setFont("Times-Bold", 24)
        c.drawCentredString(W / 2, H - 165, "CERTIFICATE OF COMPLETION")
        labels = ["Name:", "Course:", "Course Number:", "Date Completed:", "P.A.C.E.\u00ae Contact Hours:", "Certificate Number:"]
        values = ["Oluwaseun Adebayo-Clarke", "Laboratory Safety: Chemical Hygiene and Hazard Communication", "SAF-104",
                  "2025-03-03", "1.0", "ML-0303-88412"]
        y = H - 225
        for i, (lab, val) in enumerate(zip(labels, values)):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(60, y, lab)
            c.setStrokeColor(HexColor("#AAAAAA"))
            c.setLineWidth(0.5)
            c.line(205, y - 4, W - 50, y - 4)
            field(c, "f%d" % i, val, 207, y - 3, W - 260, h=17, font="Times-Roman", size=12.5 if i != 1 else 12)
            y -= 36
        c.setFont("Helvetica", 9.5)
        c.setFillColor(HexColor("#333333"))
        para_lines(c, 60, y - 20, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
                                  "sciences by the ASCLS P.A.C.E.\u00ae Program. This course has been approved for the number of contact "
                                  "hours shown above.", "Helvetica", 9.5, W - 120, 13)
        c.setStrokeColor(colors.black)
        c.line(60, 150, 250, 150)
        c.setFont("Helvetica", 9.5)
        c.drawString(60, 138, "Helena Marchetti-Sousa, MS, MLS(ASCP)")
        c.drawString(60, 126, "Director of Continuing Education")
        c.showPage()
        c.save()
        flatten("yg07", path)
    return g, render


# --------------------------------------------------------------------------- yg20
@cert
def yg20():
    g = gold("yg20", "AABB", "acroform",
             ["landscape", "labels-above", "session-date", "date-range", "credentials", "hyphenated",
              "for-and-in-name"],
             "Session certificate at an annual meeting built as a fillable form with labels above the value boxes; "
             "gold date is the session date, not the meeting range; badge ID is a distractor; provider name with "
             "'for' and '&'.",
             "Marguerite Fontaine-Dubois",
             "Cold-Stored Platelets in Trauma Resuscitation: Implementation Lessons from Early Adopters",
             "2025-10-27", 1.0, "contact hour",
             ["Association for the Advancement of Blood & Biotherapies", "AABB"], "4107")

    def render():
        W, H = landscape(letter)
        c, path = form_canvas("yg20", (W, H), "Session Attendance Certificate", "AABB")
        red = HexColor("#C41230")
        c.setStrokeColor(red)
        c.setLineWidth(4)
        c.rect(20, 20, W - 40, H - 40)
        c.setFillColor(red)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(50, H - 80, "AABB")
        c.setFont("Helvetica", 11)
        c.drawString(50, H - 97, "Association for the Advancement of Blood & Biotherapies")
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(W - 50, H - 72, "AABB Annual Meeting 2025")
        c.setFont("Helvetica", 10.5)
        c.drawRightString(W - 50, H - 88, "October 25\u201328, 2025  \u2022  San Diego, California")
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 30)
        c.drawCentredString(W / 2, H - 150, "Session Attendance Certificate")
        boxes = [
            (50, H - 220, 500, 44, "ATTENDEE NAME", "Marguerite Fontaine-Dubois, MT(ASCP)SBB"),
            (560, H - 220, W - 610, 44, "BADGE ID", "102457"),
            (50, H - 276, W - 100, 44, "SESSION TITLE", "Cold-Stored Platelets in Trauma Resuscitation: Implementation Lessons from Early Adopters"),
            (50, H - 332, 220, 44, "SESSION NUMBER", "4107"),
            (280, H - 332, 220, 44, "SESSION DATE", "10/27/2025"),
            (510, H - 332, W - 560, 44, "CONTACT HOURS", "1.0"),
        ]
        for i, (x, y, w, h, lab, val) in enumerate(boxes):
            labelled_box(c, x, y, w, h, lab, red)
            field(c, "b%d" % i, val, x + 4, y + 4, w - 8, h=20, font="Helvetica", size=13)
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#333333"))
        para_lines(c, 50, 150, "The Association for the Advancement of Blood & Biotherapies (AABB) is approved as a provider of continuing "
                               "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours are "
                               "awarded for attendance at the complete session only.", "Helvetica", 9, W - 100, 12)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(W - 300, 80, W - 50, 80)
        c.setFillColor(colors.black)
        c.drawString(W - 300, 68, "Rhonda Vasquez-Tillman, MHA, MT(ASCP)SBB")
        c.drawString(W - 300, 56, "Director, Professional Education")
        c.showPage()
        c.save()
        flatten("yg20", path)
    return g, render


# --------------------------------------------------------------------------- yg27
@cert
def yg27():
    g = gold("yg27", "AMT", "acroform",
             ["portrait", "labels-above", "hyphenated", "credentials"],
             "Fillable AMT webinar certificate with labels above value boxes; ID labelled 'Program Number'; "
             "AMT ID (member number) is a distractor; unit printed as CE hours.",
             "Rhiannon Pryce-Whitaker",
             "Point-of-Care Glucose Testing: Regulatory Compliance and Operator Competency",
             "2025-08-06", 1.0, "CE hour",
             ["American Medical Technologists", "AMT"], "AMT-W-2508-03")

    def render():
        W, H = letter
        c, path = form_canvas("yg27", (W, H), "AMT CE Certificate", "American Medical Technologists")
        navy = HexColor("#12355B")
        c.setStrokeColor(navy)
        c.setLineWidth(2)
        c.rect(28, 28, W - 56, H - 56)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 34)
        c.drawCentredString(W / 2, H - 95, "AMT")
        c.setFont("Helvetica", 13)
        c.drawCentredString(W / 2, H - 115, "American Medical Technologists")
        c.setFillColor(colors.black)
        c.setFont("Times-Bold", 22)
        c.drawCentredString(W / 2, H - 165, "Continuing Education Certificate")
        c.setFont("Times-Italic", 12)
        c.drawCentredString(W / 2, H - 185, "Live webinar \u2014 verified attendance")
        boxes = [
            (60, H - 255, 330, 44, "PARTICIPANT NAME", "Rhiannon Pryce-Whitaker, MT(AMT)"),
            (400, H - 255, W - 460, 44, "AMT ID", "3004187"),
            (60, H - 311, W - 120, 44, "PROGRAM TITLE", "Point-of-Care Glucose Testing: Regulatory Compliance and Operator Competency"),
            (60, H - 367, 180, 44, "PROGRAM NUMBER", "AMT-W-2508-03"),
            (250, H - 367, 170, 44, "PROGRAM DATE", "August 6, 2025"),
            (430, H - 367, W - 490, 44, "CE HOURS", "1.0"),
        ]
        for i, (x, y, w, h, lab, val) in enumerate(boxes):
            labelled_box(c, x, y, w, h, lab, navy)
            field(c, "b%d" % i, val, x + 4, y + 4, w - 8, h=20, font="Times-Roman", size=12.5)
        c.setFont("Helvetica", 9.5)
        c.setFillColor(HexColor("#333333"))
        para_lines(c, 60, H - 410, "This program is approved for the CE hours shown toward the AMT Certification Continuation Program "
                                   "(CCP). AMT certificants should record this activity in their AMTrax CCP record and keep this "
                                   "certificate for audit purposes.", "Helvetica", 9.5, W - 120, 13)
        c.setStrokeColor(colors.black)
        c.line(60, 170, 260, 170)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9.5)
        c.drawString(60, 158, "Dolores Whitcombe-Ruiz, MT(AMT), MBA")
        c.drawString(60, 146, "Director, Continuing Education")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(HexColor("#777777"))
        c.drawString(60, 50, "Form CE-WB-04  \u2022  Issued 08/08/2025")
        c.showPage()
        c.save()
        flatten("yg27", path)
    return g, render


# --------------------------------------------------------------------------- yg34
@cert
def yg34():
    g = gold("yg34", "university-CEU", "acroform",
             ["landscape", "labels-above", "accented", "hyphenated", "date-range", "department-provider", "border",
              "wrapped-title+label"],
             "University CEU certificate as a flattened form; title spans two field lines in the COURSE TITLE box, "
             "followed by the COURSE NUMBER box; course dates span two months (gold = last day); 0.8 CEU -> 8 points; "
             "student ID is a distractor.",
             "Marie-Claude Bélanger",
             "Phlebotomy Instructor Preparation: Adult Learning Principles, Competency Assessment, and Clinical Site Coordination",
             "2025-03-24", 0.8, "CEU",
             ["Halvorsen College of Health Sciences", "Halvorsen College of Health Sciences, Office of Continuing Education"],
             "HCE 2150")

    def render():
        W, H = landscape(letter)
        c, path = form_canvas("yg34", (W, H), "Certificate of Completion", "Halvorsen College of Health Sciences")
        green = HexColor("#1E4D2B")
        c.setStrokeColor(green)
        c.setLineWidth(5)
        c.rect(18, 18, W - 36, H - 36)
        c.setLineWidth(1)
        c.rect(26, 26, W - 52, H - 52)
        c.setFillColor(green)
        c.setFont("Times-Bold", 24)
        c.drawCentredString(W / 2, H - 70, "Halvorsen College of Health Sciences")
        c.setFont("Times-Italic", 13)
        c.drawCentredString(W / 2, H - 88, "Office of Continuing Education")
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 30)
        c.drawCentredString(W / 2, H - 135, "Certificate of Completion")
        boxes = [
            (50, H - 200, 480, 44, "PARTICIPANT", ["Marie-Claude Bélanger"]),
            (540, H - 200, W - 590, 44, "STUDENT ID", ["H00719342"]),
            (50, H - 276, W - 100, 66, "COURSE TITLE", ["Phlebotomy Instructor Preparation: Adult Learning Principles, Competency",
                                                         "Assessment, and Clinical Site Coordination"]),
            (50, H - 332, 200, 44, "COURSE NUMBER", ["HCE 2150"]),
            (260, H - 332, 300, 44, "COURSE DATES", ["February 3 to March 24, 2025"]),
            (570, H - 332, W - 620, 44, "CEUs AWARDED", ["0.8"]),
        ]
        n = 0
        for x, y, w, h, lab, vals in boxes:
            labelled_box(c, x, y, w, h, lab, green)
            for k, v in enumerate(vals):
                field(c, "b%d" % n, v, x + 4, y + h - 32 - 19 * k, w - 8, h=20, font="Times-Bold" if lab == "COURSE TITLE" else "Times-Roman", size=13)
                n += 1
        c.setFont("Times-Roman", 10)
        c.setFillColor(HexColor("#333333"))
        para_lines(c, 50, H - 360, "One Continuing Education Unit (CEU) is equal to ten contact hours of participation in an organized continuing "
                                   "education experience under responsible sponsorship, capable direction, and qualified instruction.",
                   "Times-Roman", 10, W - 100, 13)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(60, 95, 280, 95)
        c.line(W - 280, 95, W - 60, 95)
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 10)
        c.drawCentredString(170, 83, "Ingrid Solvang-Marsh, EdD")
        c.drawCentredString(170, 71, "Director, Office of Continuing Education")
        c.drawCentredString(W - 170, 83, "Rufus Adeyemi-Clarke, MS, PBT(ASCP)")
        c.drawCentredString(W - 170, 71, "Course Coordinator")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(HexColor("#777777"))
        c.drawCentredString(W / 2, 40, "Issued April 2, 2025  \u2022  Transcript available from the Office of Continuing Education")
        c.showPage()
        c.save()
        flatten("yg34", path)
    return g, render


# --------------------------------------------------------------------------- yg38
@cert
def yg38():
    g = gold("yg38", "ASCLS", "acroform",
             ["landscape", "two-column", "hyphenated"],
             "ASCLS's own eCast certificate (ASCLS is both provider and P.A.C.E. program owner); format given in a "
             "'Format:' row, not part of the title; course number in P.A.C.E. style.",
             "Kealoha Makani-Ruiz",
             "Diagnostic Stewardship in Urine Culture Reflex Testing",
             "2025-04-24", 1.0, "contact hour",
             ["American Society for Clinical Laboratory Science", "ASCLS"], "505-212-25")

    def render():
        W, H = landscape(letter)
        c, path = form_canvas("yg38", (W, H), "ASCLS eCast certificate", "ASCLS")
        blue = HexColor("#004B87")
        c.setFillColor(HexColor("#F4F7FB"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(blue)
        c.rect(0, 0, 150, H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 26)
        c.drawCentredString(75, H - 90, "ASCLS")
        c.setFont("Helvetica", 9)
        c.drawCentredString(75, H - 106, "eCast Series")
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(190, H - 70, "American Society for Clinical Laboratory Science")
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 32)
        c.drawString(190, H - 120, "Certificate of Completion")
        labels = ["Participant:", "Format:", "Title:", "Date:", "P.A.C.E.\u00ae Contact Hours:", "Course Number:"]
        values = ["Kealoha Makani-Ruiz", "eCast (recorded)", "Diagnostic Stewardship in Urine Culture Reflex Testing",
                  "April 24, 2025", "1.0", "505-212-25"]
        y = H - 180
        for i, (lab, val) in enumerate(zip(labels, values)):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(190, y, lab)
            c.setStrokeColor(HexColor("#9FB3C8"))
            c.setLineWidth(0.5)
            c.line(345, y - 4, W - 50, y - 4)
            field(c, "f%d" % i, val, 347, y - 3, W - 400, h=17, font="Helvetica", size=12)
            y -= 34
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#333333"))
        para_lines(c, 190, y - 16, "The American Society for Clinical Laboratory Science is approved as a provider of continuing education "
                                   "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
                   "Helvetica", 9, W - 240, 12)
        c.setStrokeColor(colors.black)
        c.line(190, 80, 400, 80)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawString(190, 68, "Jordan Petrakis-Lowe, MS, MLS(ASCP)CM")
        c.drawString(190, 56, "Director of Education, ASCLS")
        c.showPage()
        c.save()
        flatten("yg38", path)
    return g, render
