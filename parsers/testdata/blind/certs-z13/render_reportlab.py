"""reportlab certificates: canvas, Platypus, and AcroForms flattened by qpdf."""
import os
import subprocess

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, ".profiles", "src")

_FONTS = {
    "DV": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DV-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVS": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DVS-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LS": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LS-B": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LS-I": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
}
for _n, _p in _FONTS.items():
    if os.path.exists(_p):
        pdfmetrics.registerFont(TTFont(_n, _p))

e = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731


# ------------------------------------------------------------------ canvas

def zm03(c, out):
    g, f = c["gold"], c["f"]
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    cv.setTitle("CAP Certificate of Credit")
    navy = colors.HexColor("#0b2d5b")
    cv.setFillColor(navy)
    cv.rect(0, H - 1.3 * inch, W, 1.3 * inch, stroke=0, fill=1)
    cv.setFillColor(colors.white)
    cv.setFont("Helvetica-Bold", 40)
    cv.drawString(0.75 * inch, H - 0.95 * inch, "CAP")
    cv.setFont("Helvetica", 13)
    cv.drawString(2.1 * inch, H - 0.72 * inch, "College of American Pathologists")
    cv.setFont("Helvetica-Oblique", 9.5)
    cv.drawString(2.1 * inch, H - 0.95 * inch, "Learning  |  Continuing Education Transcript Services")
    cv.setFillColor(colors.black)
    y = H - 2.0 * inch
    cv.setFont("Times-Bold", 26)
    cv.drawCentredString(W / 2, y, "Certificate of Credit")
    y -= 0.45 * inch
    cv.setFont("Helvetica-Oblique", 10.5)
    cv.setFillColor(colors.HexColor("#8a6d00"))
    cv.drawCentredString(W / 2, y, f["format_line"])
    cv.setFillColor(colors.black)
    y -= 0.3 * inch
    cv.setFont("Times-Bold", 16)
    a, b = g["title"].split(": ", 1)
    cv.drawCentredString(W / 2, y, a + ":")
    y -= 0.27 * inch
    cv.drawCentredString(W / 2, y, b)
    y -= 0.55 * inch
    rows = [("Learner", f["name_printed"]), ("Activity ID", g["activity_id"]),
            ("Activity Release Date", f["release"]), ("Expiration Date", f["expiration"]),
            ("Completion Date", f["completion"]), ("Date Claimed", f["claimed"]),
            ("CAP Customer #", f["customer"])]
    for k, v in rows:
        cv.setFont("Helvetica-Bold", 10.5)
        cv.drawRightString(2.9 * inch, y, k + ":")
        cv.setFont("Helvetica", 10.5)
        cv.drawString(3.05 * inch, y, v)
        y -= 0.25 * inch
    y -= 0.25 * inch
    # credit table
    x0, x1, x2, x3 = 0.9 * inch, 4.7 * inch, 5.95 * inch, W - 0.9 * inch
    cv.setFillColor(colors.HexColor("#e3eaf5"))
    cv.rect(x0, y - 0.08 * inch, x3 - x0, 0.3 * inch, stroke=0, fill=1)
    cv.setFillColor(colors.black)
    cv.setFont("Helvetica-Bold", 10)
    cv.drawString(x0 + 6, y, "Credit Type")
    cv.drawRightString(x2 - 10, y, "Maximum")
    cv.drawRightString(x3 - 10, y, "Claimed")
    y -= 0.32 * inch
    cv.setFont("Helvetica", 10)
    for t, mx, cl in [("AMA PRA Category 1 Credits\u2122", f["ama_max"], "\u2014"),
                      ("CE Hours (Laboratory Professionals)", f["ce_max"], f["ce_claimed"])]:
        cv.drawString(x0 + 6, y, t)
        cv.drawRightString(x2 - 10, y, mx)
        cv.drawRightString(x3 - 10, y, cl)
        cv.setStrokeColor(colors.HexColor("#b0b8c8"))
        cv.line(x0, y - 0.1 * inch, x3, y - 0.1 * inch)
        y -= 0.3 * inch
    y -= 0.35 * inch
    cv.setFont("Helvetica", 8.3)
    txt = cv.beginText(0.9 * inch, y)
    for line in [
        "The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical",
        "Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring",
        f"material for a maximum of {f['ama_max']} AMA PRA Category 1 Credits\u2122. The CAP designates this activity for a maximum of",
        f"{f['ce_max']} credits of continuing education for laboratory professionals. Participants should claim only the credit",
        "commensurate with the extent of their participation in the activity.",
    ]:
        txt.textLine(line)
    cv.drawText(txt)
    cv.setFont("Helvetica", 7.5)
    cv.setFillColor(colors.grey)
    cv.drawString(0.9 * inch, 0.55 * inch, "325 Lakeview Commons Drive, Northfield, IL  \u00b7  This certificate was produced from the learner's CE transcript.")
    cv.showPage()
    cv.save()


def _ornate(cv, W, H, col):
    cv.setStrokeColor(col)
    cv.setLineWidth(6)
    cv.rect(0.35 * inch, 0.35 * inch, W - 0.7 * inch, H - 0.7 * inch)
    cv.setLineWidth(1)
    cv.rect(0.5 * inch, 0.5 * inch, W - 1.0 * inch, H - 1.0 * inch)
    for (x, y) in [(0.5, 0.5), (W / inch - 0.5, 0.5), (0.5, H / inch - 0.5), (W / inch - 0.5, H / inch - 0.5)]:
        cv.circle(x * inch, y * inch, 0.16 * inch, stroke=1, fill=0)
        cv.circle(x * inch, y * inch, 0.08 * inch, stroke=0, fill=1) if False else None
    cv.setDash(2, 3)
    cv.rect(0.62 * inch, 0.62 * inch, W - 1.24 * inch, H - 1.24 * inch)
    cv.setDash()


def zm18(c, out):
    g, f = c["gold"], c["f"]
    W, H = landscape(letter)
    cv = canvas.Canvas(out, pagesize=(W, H))
    gold = colors.HexColor("#9c7a2b")
    _ornate(cv, W, H, gold)
    teal = colors.HexColor("#005f73")
    cv.setFillColor(teal)
    cv.setFont("Helvetica-Bold", 30)
    cv.drawCentredString(W / 2, H - 1.25 * inch, "CLSI")
    cv.setFont("Helvetica", 12)
    cv.drawCentredString(W / 2, H - 1.5 * inch, "Clinical and Laboratory Standards Institute")
    cv.setFillColor(colors.black)
    cv.setFont("LS-B", 30)
    cv.drawCentredString(W / 2, H - 2.2 * inch, "Certificate of Attendance")
    cv.setFont("LS-I", 13)
    cv.drawCentredString(W / 2, H - 2.6 * inch, "This is to certify that")
    cv.setFont("LS-B", 24)
    cv.drawCentredString(W / 2, H - 3.05 * inch, f["name_printed"])
    cv.setStrokeColor(gold)
    cv.line(W / 2 - 3 * inch, H - 3.17 * inch, W / 2 + 3 * inch, H - 3.17 * inch)
    cv.setFont("LS-I", 13)
    cv.drawCentredString(W / 2, H - 3.5 * inch, "attended the CLSI")
    cv.setFont("Helvetica-Oblique", 10)
    cv.setFillColor(teal)
    cv.drawCentredString(W / 2, H - 3.78 * inch, f["format_line"])
    cv.setFillColor(colors.black)
    cv.setFont("LS-B", 17)
    y = H - 4.1 * inch
    for line in f["title_lines"]:
        cv.drawCentredString(W / 2, y, line)
        y -= 0.3 * inch
    cv.setFont("LS", 13)
    y -= 0.15 * inch
    cv.drawCentredString(W / 2, y, f"on {f['date_printed']}   \u2022   Event ID: {g['activity_id']}")
    y -= 0.3 * inch
    cv.drawCentredString(W / 2, y, "and is awarded 1.5 P.A.C.E.\u00ae contact hours")
    cv.setFont("Helvetica", 8)
    cv.drawCentredString(W / 2, 0.95 * inch, "CLSI is approved as a provider of continuing education programs in the clinical laboratory "
                         "sciences by the ASCLS P.A.C.E.\u00ae Program.")
    cv.drawCentredString(W / 2, 0.8 * inch, "Level of instruction: Intermediate  \u2022  Retain this certificate; CLSI does not forward credit to certifying agencies.")
    cv.setFont("Helvetica", 9)
    cv.line(1.2 * inch, 1.55 * inch, 3.9 * inch, 1.55 * inch)
    cv.drawString(1.2 * inch, 1.4 * inch, "Director, Education and Standards Development")
    cv.showPage()
    cv.save()


def zm27(c, out):
    g, f = c["gold"], c["f"]
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    purple = colors.HexColor("#3c1f66")

    def head(page):
        cv.setFillColor(purple)
        cv.rect(0, H - 0.9 * inch, W, 0.9 * inch, stroke=0, fill=1)
        cv.setFillColor(colors.white)
        cv.setFont("DV-B", 20)
        cv.drawString(0.7 * inch, H - 0.58 * inch, "ADLM")
        cv.setFont("DV", 10)
        cv.drawString(1.75 * inch, H - 0.55 * inch, "Association for Diagnostics & Laboratory Medicine")
        cv.setFillColor(colors.black)
        cv.setFont("DV", 7.5)
        cv.drawString(0.7 * inch, 0.5 * inch, f"Transcript No. {f['transcript']}   \u00b7   Generated {f['generated']}")
        cv.drawRightString(W - 0.7 * inch, 0.5 * inch, f"Page {page} of 2")

    def row_header(y):
        cv.setFont("DV-B", 9)
        cv.drawString(0.7 * inch, y, "Date")
        cv.drawString(1.65 * inch, y, "Session")
        cv.drawRightString(W - 0.7 * inch, y, "CE hours")
        cv.setStrokeColor(purple)
        cv.line(0.7 * inch, y - 5, W - 0.7 * inch, y - 5)
        return y - 0.27 * inch

    def row(y, d, t, h):
        cv.setFont("DV", 9)
        cv.drawString(0.7 * inch, y, d)
        cv.drawString(1.65 * inch, y, t)
        cv.drawRightString(W - 0.7 * inch, y, h)
        cv.setStrokeColor(colors.HexColor("#cccccc"))
        cv.line(0.7 * inch, y - 6, W - 0.7 * inch, y - 6)
        return y - 0.27 * inch

    head(1)
    y = H - 1.45 * inch
    cv.setFont("DV-B", 17)
    cv.drawString(0.7 * inch, y, "Continuing Education Transcript")
    y -= 0.4 * inch
    info = [("Attendee", f["name_printed"]), ("Meeting", g["title"]),
            ("Dates", f["dates_printed"]), ("Location", f["location"]),
            ("Badge ID", f["badge"])]
    for k, v in info:
        cv.setFont("DV", 9)
        cv.setFillColor(colors.HexColor("#666666"))
        cv.drawString(0.7 * inch, y, k.upper())
        cv.setFillColor(colors.black)
        cv.setFont("DV-B" if k in ("Attendee", "Meeting") else "DV", 11)
        cv.drawString(1.75 * inch, y, v)
        y -= 0.26 * inch
    y -= 0.15 * inch
    cv.setFillColor(colors.HexColor("#efe9f7"))
    cv.rect(0.7 * inch, y - 0.45 * inch, W - 1.4 * inch, 0.62 * inch, stroke=0, fill=1)
    cv.setFillColor(colors.black)
    cv.setFont("DV-B", 11)
    cv.drawString(0.85 * inch, y - 0.05 * inch, "ACCENT\u00ae CE hours claimed: 11.5")
    cv.setFont("DV", 9)
    cv.drawString(0.85 * inch, y - 0.3 * inch,
                  f"Maximum available for the meeting: up to {f['max_available']} CE hours (all sessions, including workshops).")
    y -= 0.85 * inch
    cv.setFont("DV-B", 11)
    cv.drawString(0.7 * inch, y, "Sessions attended")
    y -= 0.3 * inch
    y = row_header(y)
    sess = f["sessions"]
    for d, t, h in sess[:6]:
        y = row(y, d, t, h)
    cv.setFont("DV", 8)
    cv.drawString(0.7 * inch, y - 0.1 * inch, "Continued on page 2.")
    cv.showPage()
    head(2)
    y = H - 1.4 * inch
    cv.setFont("DV-B", 11)
    cv.drawString(0.7 * inch, y, "Sessions attended (continued) \u2014 " + f["name_printed"])
    y -= 0.35 * inch
    y = row_header(y)
    for d, t, h in sess[6:]:
        y = row(y, d, t, h)
    cv.setFont("DV-B", 9.5)
    cv.drawString(1.65 * inch, y, "Total CE hours claimed")
    cv.drawRightString(W - 0.7 * inch, y, "11.5")
    y -= 0.6 * inch
    cv.setFont("DV", 8.5)
    txt = cv.beginText(0.7 * inch, y)
    for line in [
        "ADLM is approved as a provider of continuing education programs in the clinical laboratory sciences by the",
        "ASCLS P.A.C.E.\u00ae Program. ACCENT\u00ae CE hours are self-reported by attendees after each session; ADLM",
        "reserves the right to audit claims. Keep this transcript for your certification and licensure records.",
    ]:
        txt.textLine(line)
    cv.drawText(txt)
    cv.showPage()
    cv.save()


# ------------------------------------------------------------------ platypus

def _styles():
    return {
        "h": ParagraphStyle("h", fontName="DVS-B", fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=10),
        "c": ParagraphStyle("c", fontName="DVS", fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=6),
        "name": ParagraphStyle("name", fontName="DVS-B", fontSize=20, leading=26, alignment=TA_CENTER, spaceAfter=8),
        "title": ParagraphStyle("title", fontName="DV-B", fontSize=14.5, leading=19, alignment=TA_CENTER, spaceAfter=8),
        "small": ParagraphStyle("small", fontName="DV", fontSize=8, leading=10.5, alignment=TA_JUSTIFY),
        "cell": ParagraphStyle("cell", fontName="DV", fontSize=10, leading=13),
        "cellb": ParagraphStyle("cellb", fontName="DV-B", fontSize=10, leading=13),
        "left": ParagraphStyle("left", fontName="DV", fontSize=11, leading=15, alignment=TA_LEFT, spaceAfter=6),
    }


def zm06(c, out):
    g, f = c["gold"], c["f"]
    S = _styles()
    green = colors.HexColor("#1c7c54")

    def deco(cv, doc):
        W, H = letter
        cv.setFillColor(green)
        cv.rect(0, H - 0.28 * inch, W, 0.28 * inch, stroke=0, fill=1)
        cv.setFont("DV-B", 22)
        cv.drawString(0.8 * inch, H - 0.85 * inch, "LabCE")
        cv.setFont("DV", 9)
        cv.setFillColor(colors.HexColor("#555555"))
        cv.drawString(0.8 * inch, H - 1.05 * inch, "LabCE.com \u00b7 Online continuing education for the clinical laboratory")
        cv.drawRightString(W - 0.8 * inch, 0.55 * inch, "Verify at labce.com/verify using the order number above.")

    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=1.5 * inch, bottomMargin=0.8 * inch, title="LabCE Certificate")
    story = [Paragraph("Certificate of Completion", S["h"]),
             Paragraph("This certifies that", S["c"]),
             Paragraph(e(f["name_printed"]), S["name"]),
             Paragraph("has successfully completed the online course", S["c"]),
             Paragraph(e(g["title"]), S["title"]), Spacer(1, 10)]
    rows = [("Course #", g["activity_id"]), ("Date completed", f["date_printed"]),
            ("Date started", f["started"]), ("Credit", "2 P.A.C.E.\u00ae contact hours"),
            ("Level", "Basic"), ("Florida category", "Urinalysis / Clinical Microscopy"),
            ("Order #", f["order"])]
    t = Table([[Paragraph(e(a), S["cellb"]), Paragraph(e(b), S["cell"])] for a, b in rows],
              colWidths=[1.8 * inch, 4.2 * inch], hAlign="CENTER")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#c9d9cf")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef6f1")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [t, Spacer(1, 24),
              Paragraph("LabCE is approved as a provider of continuing education programs in the clinical laboratory "
                        "sciences by the ASCLS P.A.C.E.\u00ae Program. LabCE is approved by the Florida Board of Clinical "
                        "Laboratory Personnel as a CE provider. This course has been approved for 2 P.A.C.E.\u00ae contact "
                        "hours.", S["small"])]
    doc.build(story, onFirstPage=deco)


def zm16(c, out):
    g, f = c["gold"], c["f"]
    S = _styles()
    maroon = colors.HexColor("#6b0f1a")

    def deco(cv, doc):
        W, H = letter
        cv.setStrokeColor(maroon)
        cv.setLineWidth(3)
        cv.rect(0.45 * inch, 0.45 * inch, W - 0.9 * inch, H - 0.9 * inch)
        # seal
        cx, cy = W / 2, 1.55 * inch
        cv.setFillColor(colors.HexColor("#c9a227"))
        cv.circle(cx, cy, 0.62 * inch, stroke=0, fill=1)
        cv.setFillColor(colors.white)
        cv.circle(cx, cy, 0.5 * inch, stroke=0, fill=1)
        cv.setFillColor(maroon)
        cv.setFont("DVS-B", 9)
        cv.drawCentredString(cx, cy - 3, "MCMXI")
        cv.setFont("DVS", 5.5)
        cv.drawCentredString(cx, cy - 14, "SIGILLUM")

    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.9 * inch, bottomMargin=2.4 * inch, title="Certificate")
    uni = ParagraphStyle("uni", parent=S["h"], fontSize=22, textColor=maroon, spaceAfter=2)
    off = ParagraphStyle("off", parent=S["c"], fontSize=11, textColor=maroon, spaceAfter=22)
    story = [Paragraph("Northgate State University", uni),
             Paragraph("Office of Continuing and Professional Education", off),
             Paragraph("hereby certifies that", S["c"]),
             Paragraph(e(f["name_printed"]), S["name"]),
             Paragraph("has successfully completed the non-credit professional development course", S["c"]),
             Paragraph(e(g["title"]), S["title"]),
             Paragraph(e(f["dates_printed"]) + " \u00b7 Health Sciences Building, Room 210", S["c"]),
             Spacer(1, 8),
             Paragraph("and is hereby awarded <b>0.6 Continuing Education Units (CEU)</b>", S["c"]),
             Paragraph(f"Course No. {e(g['activity_id'])} \u00b7 Student ID {e(f['student_id'])}", S["c"]),
             Spacer(1, 16),
             Paragraph(f"Conferred {e(f['conferred'])}", S["c"]),
             Spacer(1, 18),
             Paragraph("Northgate State University, Office of Continuing and Professional Education is accredited by "
                       "the International Accreditors for Continuing Education and Training (IACET) and is authorized "
                       "to offer IACET CEUs. One CEU equals ten contact hours of participation in an organized "
                       "continuing education experience under qualified instruction.", S["small"])]
    doc.build(story, onFirstPage=deco)


def zm25(c, out):
    g, f = c["gold"], c["f"]
    S = _styles()
    blue = colors.HexColor("#14507a")

    def deco(cv, doc):
        W, H = letter
        cv.setFillColor(blue)
        cv.rect(0, 0, 0.45 * inch, H, stroke=0, fill=1)
        cv.setFillColor(colors.HexColor("#8fc1e3"))
        cv.rect(0.45 * inch, 0, 0.08 * inch, H, stroke=0, fill=1)

    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=1.1 * inch, rightMargin=0.9 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.8 * inch, title="Certificate of Attendance")
    org = ParagraphStyle("org", parent=S["left"], fontName="DV-B", fontSize=14, textColor=blue, spaceAfter=0)
    short = ParagraphStyle("short", parent=S["left"], fontSize=10, textColor=blue, spaceAfter=26)
    h = ParagraphStyle("h2", parent=S["h"], alignment=TA_LEFT, fontSize=26)
    meet = ParagraphStyle("meet", parent=S["title"], alignment=TA_LEFT, fontSize=17, leading=22)
    name = ParagraphStyle("nm", parent=S["name"], alignment=TA_LEFT)
    story = [Paragraph("South Central Branch of the American Society for Microbiology", org),
             Paragraph("SCB-ASM \u00b7 Serving Arkansas, Louisiana, Mississippi and Tennessee", short),
             Paragraph("Certificate of Attendance", h),
             Paragraph("This is to certify that", S["left"]),
             Paragraph(e(f["name_printed"]), name),
             Paragraph("attended the", S["left"]),
             Paragraph(e(g["title"]), meet),
             Paragraph(f"{e(f['dates_printed'])} \u00b7 {e(f['location'])}", S["left"]),
             Spacer(1, 10)]
    rows = [[Paragraph("Meeting day", S["cellb"]), Paragraph("Contact hours", S["cellb"])]]
    rows += [[Paragraph(d, S["cell"]), Paragraph(h_, S["cell"])] for d, h_ in f["days"]]
    rows += [[Paragraph("Total P.A.C.E.\u00ae contact hours", S["cellb"]), Paragraph("8.5", S["cellb"])]]
    t = Table(rows, colWidths=[3.6 * inch, 1.5 * inch], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebf5")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9dbad0")),
                           ("LINEABOVE", (0, -1), (-1, -1), 1, blue)]))
    story += [t, Spacer(1, 16),
              Paragraph(f"P.A.C.E.\u00ae Program #: <b>{e(g['activity_id'])}</b>", S["left"]),
              Spacer(1, 30),
              Paragraph("The South Central Branch of the American Society for Microbiology is approved as a provider "
                        "of continuing education programs in the clinical laboratory sciences by the ASCLS "
                        "P.A.C.E.\u00ae Program. Contact hours are based on sessions attended as recorded at the "
                        "registration desk each day.", S["small"]),
              Spacer(1, 30),
              Paragraph("______________________________<br/>Branch Secretary-Treasurer, SCB-ASM", S["left"])]
    doc.build(story, onFirstPage=deco)


# ------------------------------------------------------------------ acroform

def _flatten(raw, out):
    subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", raw, out], check=True)


def zm11(c, out):
    g, f = c["gold"], c["f"]
    W, H = letter
    os.makedirs(SRC, exist_ok=True)
    raw = os.path.join(SRC, c["id"] + "-form.pdf")
    cv = canvas.Canvas(raw, pagesize=letter)
    navy = colors.HexColor("#1d3557")
    cv.setFillColor(navy)
    cv.setFont("Helvetica-Bold", 28)
    cv.drawString(0.8 * inch, H - 1.0 * inch, "AAB")
    cv.setFont("Helvetica", 12)
    cv.drawString(1.75 * inch, H - 0.86 * inch, "American Association of Bioanalysts")
    cv.setFont("Helvetica", 9)
    cv.drawString(1.75 * inch, H - 1.03 * inch, "Continuing Education Program \u2014 Certificate of Attendance")
    cv.setStrokeColor(navy)
    cv.setLineWidth(2)
    cv.line(0.8 * inch, H - 1.2 * inch, W - 0.8 * inch, H - 1.2 * inch)
    cv.setFillColor(colors.black)
    cv.setFont("Helvetica", 10)
    cv.drawString(0.8 * inch, H - 1.55 * inch, "Complete this form at the end of the program. It is your record of attendance; "
                  "AAB does not retain copies.")
    form = cv.acroForm
    fields = [
        ("Participant Name and Credentials", "pname", f["name_printed"], 6.9),
        ("Program Title", "ptitle", g["title"], 6.9),
        ("Program No.", "pno", g["activity_id"], 3.2),
        ("Date(s) of Program", "pdate", f["date_printed"], 3.2),
        ("Location", "ploc", f["location"], 6.9),
        ("CE Hours Awarded", "phours", "2.0", 3.2),
        ("AAB Member #", "pmember", f["member"], 3.2),
    ]
    y = H - 2.1 * inch
    col = 0
    for label, key, val, wdt in fields:
        x = 0.8 * inch if col == 0 else 4.3 * inch
        cv.setFont("Helvetica-Bold", 8.5)
        cv.setFillColor(colors.HexColor("#555555"))
        cv.drawString(x, y, label.upper())
        cv.setFillColor(colors.black)
        cv.setStrokeColor(colors.HexColor("#999999"))
        cv.setLineWidth(0.6)
        cv.line(x, y - 0.36 * inch, x + wdt * inch, y - 0.36 * inch)
        form.textfield(name=key, value=val, x=x, y=y - 0.34 * inch, width=wdt * inch, height=0.28 * inch,
                       borderWidth=0, fillColor=colors.white, fontName="Helvetica", fontSize=11.5,
                       textColor=colors.black)
        if wdt > 5:
            y -= 0.75 * inch
            col = 0
        elif col == 0:
            col = 1
        else:
            col = 0
            y -= 0.75 * inch
    y -= 0.3 * inch
    cv.setFont("Helvetica", 8.5)
    txt = cv.beginText(0.8 * inch, y)
    for line in [
        "The American Association of Bioanalysts (AAB) is approved as a provider of continuing education programs in the",
        "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This program is approved for 2.0 CE hours.",
        "CE hours are awarded only for the full program; partial credit is not available.",
    ]:
        txt.textLine(line)
    cv.drawText(txt)
    cv.setFont("Helvetica", 10)
    cv.line(0.8 * inch, 1.6 * inch, 3.8 * inch, 1.6 * inch)
    cv.drawString(0.8 * inch, 1.45 * inch, "AAB Education Committee")
    cv.drawString(4.3 * inch, 1.45 * inch, "Signed:")
    form.textfield(name="signed", value=f["signed"], x=4.85 * inch, y=1.39 * inch, width=1.5 * inch,
                   height=0.22 * inch, borderWidth=0, fillColor=colors.white, fontName="Helvetica", fontSize=10)
    cv.showPage()
    cv.save()
    _flatten(raw, out)


def zm22(c, out):
    g, f = c["gold"], c["f"]
    W, H = landscape(letter)
    os.makedirs(SRC, exist_ok=True)
    raw = os.path.join(SRC, c["id"] + "-form.pdf")
    cv = canvas.Canvas(raw, pagesize=(W, H))
    sea = colors.HexColor("#0f6e7a")
    cv.setStrokeColor(sea)
    cv.setLineWidth(4)
    cv.rect(0.4 * inch, 0.4 * inch, W - 0.8 * inch, H - 0.8 * inch)
    cv.setFillColor(sea)
    cv.setFont("Times-Bold", 22)
    cv.drawCentredString(W / 2, H - 1.05 * inch, "Brightwater Laboratory Education Services, LLC")
    cv.setFont("Times-Italic", 11)
    cv.drawCentredString(W / 2, H - 1.3 * inch, "P.A.C.E.\u00ae-approved continuing education for the clinical laboratory")
    cv.setFillColor(colors.black)
    cv.setFont("Times-Bold", 26)
    cv.drawCentredString(W / 2, H - 1.95 * inch, "Continuing Education Certificate")
    form = cv.acroForm
    rows = [("Participant", "part", f["name_printed"]),
            ("Course Title", "title", g["title"]),
            ("P.A.C.E.\u00ae Course #", "course", g["activity_id"]),
            ("Date Completed", "date", f["date_printed"]),
            ("Contact Hours", "hours", "1.5"),
            ("Instruction Level", "level", "Intermediate"),
            ("Format", "fmt", "Self-study (online, with post-test)")]
    y = H - 2.65 * inch
    for label, key, val in rows:
        cv.setFont("Helvetica-Bold", 10)
        cv.drawRightString(2.45 * inch, y + 6, label + ":")
        form.textfield(name=key, value=val, x=2.6 * inch, y=y - 2, width=7.6 * inch, height=0.3 * inch,
                       borderWidth=1, borderColor=sea, fillColor=colors.HexColor("#f2fafb"),
                       fontName="Helvetica", fontSize=11)
        y -= 0.45 * inch
    cv.setFont("Helvetica", 8.5)
    cv.drawString(0.8 * inch, 1.25 * inch, f"Brightwater Laboratory Education Services, LLC is approved as a provider of continuing education programs in the clinical")
    cv.drawString(0.8 * inch, 1.1 * inch, f"laboratory sciences by the ASCLS P.A.C.E.\u00ae Program (Provider #{f['provider_no']}).  Certificate serial: {f['serial']}")
    cv.setFont("Helvetica", 9)
    cv.drawRightString(W - 0.8 * inch, 0.75 * inch, "Brightwater LES \u00b7 PO Box 4471 \u00b7 Traverse City, MI 49685")
    cv.showPage()
    cv.save()
    _flatten(raw, out)


FUNCS = {"zm03": zm03, "zm18": zm18, "zm27": zm27, "zm06": zm06, "zm16": zm16, "zm25": zm25,
         "zm11": zm11, "zm22": zm22}


def render(c, out_pdf):
    FUNCS[c["id"]](c, out_pdf)
