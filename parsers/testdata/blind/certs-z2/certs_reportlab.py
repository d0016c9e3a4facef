"""Certificates drawn with ReportLab: canvas (z34, z43, z51), Platypus
(z37, z49, z57, z58) and AcroForms flattened by qpdf (z38, z50, z52)."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.doctemplate import BaseDocTemplate

from common import gold
from engine import BUILD, flatten, qpdf_fill_flatten

PC = "reportlab-canvas"
PP = "reportlab-platypus"
PA = "acroform-qpdf"

_DV = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("DVSerif", "DejaVuSerif.ttf"), ("DVSerif-B", "DejaVuSerif-Bold.ttf"),
               ("DVSerif-I", "DejaVuSerif-Italic.ttf"), ("DVSans", "DejaVuSans.ttf"),
               ("DVSans-B", "DejaVuSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, _DV + _f))


def ctext(c, x, y, text, font, size, color=colors.black):
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawCentredString(x, y, text)


def cwrap(c, x, y, text, font, size, width, leading, color=colors.black, align="center"):
    """Draw wrapped text; returns the y of the last baseline."""
    lines = simpleSplit(text, font, size, width)
    c.setFont(font, size)
    c.setFillColor(color)
    for i, ln in enumerate(lines):
        yy = y - i * leading
        if align == "center":
            c.drawCentredString(x, yy, ln)
        else:
            c.drawString(x, yy, ln)
    return y - (len(lines) - 1) * leading


# ================================================================ canvas
def z34(out):
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle("ASCLS Annual Meeting - Certificate of Attendance")
    navy, gold_ = colors.HexColor("#13294b"), colors.HexColor("#c99700")
    c.setFillColor(navy)
    c.rect(0, H - 1.45 * inch, W, 1.45 * inch, stroke=0, fill=1)
    c.setFillColor(gold_)
    c.rect(0, H - 1.52 * inch, W, 0.07 * inch, stroke=0, fill=1)
    ctext(c, W / 2, H - 0.72 * inch, "ASCLS", "Helvetica-Bold", 30, colors.white)
    ctext(c, W / 2, H - 1.02 * inch, "American Society for Clinical Laboratory Science", "Helvetica", 12.5, colors.white)
    ctext(c, W / 2, H - 1.27 * inch, "2025 Annual Meeting  ·  July 27–31, 2025  ·  Louisville, Kentucky", "DVSans", 9.5,
          colors.HexColor("#e6e9f0"))
    ctext(c, W / 2, H - 2.3 * inch, "CERTIFICATE OF ATTENDANCE", "Times-Bold", 26, navy)
    ctext(c, W / 2, H - 2.6 * inch, "Educational Session", "Times-Italic", 14, colors.HexColor("#555555"))
    ctext(c, W / 2, H - 3.25 * inch, "This is to certify that", "Times-Italic", 13)
    ctext(c, W / 2, H - 3.7 * inch, "Adaeze N. Obi-Castellanos, MLS(ASCP)CM", "Times-Bold", 23)
    c.setStrokeColor(gold_)
    c.setLineWidth(1)
    c.line(1.6 * inch, H - 3.85 * inch, W - 1.6 * inch, H - 3.85 * inch)
    ctext(c, W / 2, H - 4.25 * inch, "attended the session", "Times-Italic", 13)
    y = cwrap(c, W / 2, H - 4.7 * inch, "Ethics at the Bench: Reporting Errors Without Fear of Retaliation",
              "Times-Bold", 18, 6 * inch, 22, navy)
    ctext(c, W / 2, y - 0.3 * inch, "presented by Marguerite Ellison-Thorpe, EdD, MLS(ASCP)CM", "Times-Italic", 11,
          colors.HexColor("#444444"))
    # three boxes
    bx = [(1.0, "Session No.", "4127"), (3.25, "Session date", "July 29, 2025"),
          (5.5, "P.A.C.E.® contact hours", "1.0")]
    by = y - 1.25 * inch
    for x0, lab, val in bx:
        c.setStrokeColor(colors.HexColor("#9aa6b8"))
        c.setFillColor(colors.HexColor("#f3f5f9"))
        c.roundRect(x0 * inch, by, 2.0 * inch, 0.7 * inch, 6, stroke=1, fill=1)
        ctext(c, (x0 + 1.0) * inch, by + 0.46 * inch, lab, "DVSans", 8.5, colors.HexColor("#555555"))
        ctext(c, (x0 + 1.0) * inch, by + 0.16 * inch, val, "Helvetica-Bold", 14, navy)
    cwrap(c, W / 2, by - 0.45 * inch,
          "The American Society for Clinical Laboratory Science designates this session for 1.0 P.A.C.E.® contact hour. "
          "Participants should claim only the hours of sessions actually attended.", "DVSans", 8.5, 6.4 * inch, 11,
          colors.HexColor("#444444"))
    ctext(c, 2.4 * inch, 1.65 * inch, "Gabrielle Fontenot-Asante", "DVSerif-I", 16, colors.HexColor("#1f2f4f"))
    c.setStrokeColor(colors.black)
    c.line(1.2 * inch, 1.5 * inch, 3.6 * inch, 1.5 * inch)
    ctext(c, 2.4 * inch, 1.32 * inch, "Gabrielle Fontenot-Asante, MS, MLS(ASCP)CM", "Helvetica", 8.5)
    ctext(c, 2.4 * inch, 1.18 * inch, "President, ASCLS", "Helvetica", 8.5)
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawRightString(W - 1.0 * inch, 1.32 * inch, "Registration No. R-55120")
    c.drawRightString(W - 1.0 * inch, 1.18 * inch, "Printed August 4, 2025")
    c.setFillColor(navy)
    c.rect(0, 0, W, 0.35 * inch, stroke=0, fill=1)
    c.showPage()
    c.save()


def z43(out):
    W, H = landscape(letter)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("Certificate of Attendance")
    maroon, gold_ = colors.HexColor("#5b1a2e"), colors.HexColor("#b38b2d")
    c.setStrokeColor(maroon)
    c.setLineWidth(8)
    c.rect(0.35 * inch, 0.35 * inch, W - 0.7 * inch, H - 0.7 * inch)
    c.setStrokeColor(gold_)
    c.setLineWidth(1.5)
    c.rect(0.55 * inch, 0.55 * inch, W - 1.1 * inch, H - 1.1 * inch)
    # seal (columbine-like rosette)
    cx, cy = 1.55 * inch, H - 1.55 * inch
    c.setFillColor(gold_)
    for k in range(24):
        c.saveState()
        c.translate(cx, cy)
        c.rotate(k * 15)
        p = c.beginPath()
        p.moveTo(0, 0.55 * inch)
        p.lineTo(0.07 * inch, 0.42 * inch)
        p.lineTo(-0.07 * inch, 0.42 * inch)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.restoreState()
    c.circle(cx, cy, 0.45 * inch, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.circle(cx, cy, 0.36 * inch, stroke=0, fill=1)
    ctext(c, cx, cy + 2, "CACLS", "Helvetica-Bold", 10, maroon)
    ctext(c, cx, cy - 10, "est. 1961", "Helvetica", 6.5, maroon)
    ctext(c, W / 2, H - 1.2 * inch, "Colorado Association for Clinical Laboratory Science", "Times-Bold", 19, maroon)
    ctext(c, W / 2, H - 1.95 * inch, "Certificate of Attendance", "Times-BoldItalic", 36, colors.HexColor("#222222"))
    ctext(c, W / 2, H - 2.5 * inch, "This certifies that", "Times-Italic", 14)
    ctext(c, W / 2, H - 2.95 * inch, "Lorraine Whitfield-Adeyemi, MLS(ASCP)CM, SBB", "Times-Bold", 24)
    ctext(c, W / 2, H - 3.35 * inch, "has attended the", "Times-Italic", 14)
    ctext(c, W / 2, H - 3.7 * inch, "SPRING SYMPOSIUM", "Helvetica-Bold", 11, gold_)
    y = cwrap(c, W / 2, H - 4.1 * inch, "Transfusion Medicine Across the Lifespan: From Neonates to Older Adults",
              "Times-Bold", 19, 8 * inch, 23, maroon)
    ctext(c, W / 2, y - 0.33 * inch, "April 10–11, 2026  ·  Aurora, Colorado", "DVSerif", 12)
    ctext(c, W / 2, y - 0.62 * inch, "and is awarded 6.5 P.A.C.E.® contact hours", "DVSerif", 12)
    ctext(c, W / 2, y - 0.88 * inch, "P.A.C.E.® Program No. 712-044-26", "DVSerif", 10.5, colors.HexColor("#444444"))
    cwrap(c, W / 2, 1.95 * inch,
          "The Colorado Association for Clinical Laboratory Science (CACLS) is approved as a provider of continuing "
          "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
          "DVSans", 8, 5.4 * inch, 10.5, colors.HexColor("#444444"))
    for x, script, nm, role in [(2.0 * inch, "Thaddeus Mbeki-Lowry", "Thaddeus Mbeki-Lowry, MLS(ASCP)CM", "President"),
                                (W - 2.0 * inch, "Corinne Baptiste", "Corinne Baptiste, MS, MLS(ASCP)", "Education Chair")]:
        ctext(c, x, 1.45 * inch, script, "DVSerif-I", 15, colors.HexColor("#2b2b55"))
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(x - 1.2 * inch, 1.32 * inch, x + 1.2 * inch, 1.32 * inch)
        ctext(c, x, 1.16 * inch, nm, "Helvetica", 8.5)
        ctext(c, x, 1.03 * inch, role, "Helvetica", 8.5)
    ctext(c, W / 2, 0.78 * inch, "Badge No. 0147", "Helvetica", 7.5, colors.HexColor("#777777"))
    c.showPage()
    c.save()


def z51(out):
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle("Certificate of Completion")
    blue = colors.HexColor("#00558c")
    L = 1.0 * inch
    c.setFillColor(blue)
    c.rect(0, 0, 0.28 * inch, H, stroke=0, fill=1)
    c.setFont("Helvetica", 10)
    c.setFillColor(colors.HexColor("#4d4d4d"))
    c.drawString(L, H - 1.1 * inch, "American Society for Clinical Pathology")
    c.setFont("Times-Bold", 30)
    c.setFillColor(blue)
    c.drawString(L, H - 1.55 * inch, "CERTIFICATE OF COMPLETION")
    c.setStrokeColor(blue)
    c.setLineWidth(2)
    c.line(L, H - 1.72 * inch, W - L, H - 1.72 * inch)
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 12.5)
    c.drawString(L, H - 2.4 * inch, "This certifies that")
    c.setFont("Times-Bold", 21)
    c.drawString(L, H - 2.8 * inch, "DESHAWN T. OKAFOR JR., MLS(ASCP)CM")
    c.setFont("Times-Roman", 12.5)
    c.drawString(L, H - 3.2 * inch, "has completed the")
    c.setFont("Helvetica-Oblique", 11)
    c.setFillColor(blue)
    c.drawString(L, H - 3.5 * inch, "Self-Study")
    y = cwrap(c, L, H - 3.85 * inch,
              "Laboratory Management Essentials: Budgeting, Staffing Models, and Productivity Metrics",
              "Times-Bold", 17, W - 2 * L - 0.8 * inch, 21, colors.black, align="left")
    c.setFont("Times-Roman", 12.5)
    c.setFillColor(colors.black)
    rows = [("Completion date:", "11/19/2024"), ("CMLE credits earned:", "3.0"), ("Course ID:", "LM-SS-0412")]
    yy = y - 0.45 * inch
    for lab, val in rows:
        c.setFont("Times-Roman", 12.5)
        c.drawString(L, yy, lab)
        c.setFont("Times-Bold", 12.5)
        c.drawString(L + 1.75 * inch, yy, val)
        yy -= 0.27 * inch
    text = c.beginText(L, yy - 0.3 * inch)
    text.setFont("Helvetica", 9)
    text.setFillColor(colors.HexColor("#444444"))
    for ln in simpleSplit("CMLE credit for this self-study activity is awarded after a passing score on the "
                          "post-assessment and may be applied toward credential maintenance. Retain this certificate; "
                          "it will not be reissued after 5 years.",
                          "Helvetica", 9, W - 2 * L):
        text.textLine(ln)
    c.drawText(text)
    c.setFont("DVSerif-I", 17)
    c.setFillColor(colors.HexColor("#1f2f4f"))
    c.drawString(L, 2.25 * inch, "Priscilla Varga-Holm")
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.line(L, 2.1 * inch, L + 3 * inch, 2.1 * inch)
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.black)
    c.drawString(L, 1.93 * inch, "Priscilla Varga-Holm, MEd, MLS(ASCP)CM")
    c.drawString(L, 1.79 * inch, "Senior Director, Continuing Professional Development")
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawRightString(W - L, 1.93 * inch, "Transcript No. 88124-07")
    c.drawRightString(W - L, 1.79 * inch, "Chicago, Illinois")
    c.showPage()
    c.save()


# ================================================================ Platypus
def _styles(base="Helvetica"):
    s = {}
    s["h1"] = ParagraphStyle("h1", fontName="Times-Bold", fontSize=26, leading=30, alignment=TA_CENTER)
    s["c"] = ParagraphStyle("c", fontName="Times-Roman", fontSize=12, leading=15, alignment=TA_CENTER)
    s["ci"] = ParagraphStyle("ci", fontName="Times-Italic", fontSize=12, leading=15, alignment=TA_CENTER)
    s["lbl"] = ParagraphStyle("lbl", fontName="Helvetica-Bold", fontSize=7.5, leading=9,
                              textColor=colors.HexColor("#5a6570"))
    s["val"] = ParagraphStyle("val", fontName="Times-Roman", fontSize=12.5, leading=15)
    s["valb"] = ParagraphStyle("valb", fontName="Times-Bold", fontSize=13.5, leading=16.5)
    s["small"] = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11,
                                textColor=colors.HexColor("#444444"))
    s["smallc"] = ParagraphStyle("smallc", parent=s["small"], alignment=TA_CENTER)
    return s


def _labels_above(rows, widths, S, valstyle="val", pad=5):
    """rows: list of (labels, values) pairs -> Table with each label cell above its value."""
    data, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
    for labels, values in rows:
        r = len(data)
        data.append([Paragraph(l.upper(), S["lbl"]) if l else "" for l in labels])
        data.append([Paragraph(v, S[valstyle]) if v else "" for v in values])
        style += [("TOPPADDING", (0, r), (-1, r), 7), ("BOTTOMPADDING", (0, r), (-1, r), 1),
                  ("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 7),
                  ("LINEBELOW", (0, r + 1), (-1, r + 1), 0.5, colors.HexColor("#b8c2cc"))]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle(style))
    return t


def z37(out):
    S = _styles()
    blue, orange = colors.HexColor("#2a7ab0"), colors.HexColor("#f2a01f")

    def deco(c, d):
        W, H = letter
        c.setFillColor(blue)
        c.rect(0, H - 0.9 * inch, W, 0.9 * inch, stroke=0, fill=1)
        c.setFillColor(orange)
        c.rect(0, H - 0.97 * inch, W, 0.07 * inch, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 24)
        c.setFillColor(colors.white)
        c.drawString(0.8 * inch, H - 0.6 * inch, "MediaLab")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 0.8 * inch, H - 0.55 * inch, "Laboratory compliance and continuing education")
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont("Helvetica", 7.5)
        c.drawString(0.8 * inch, 0.5 * inch, "MediaLab, Inc.  ·  Certificate generated 04/18/2025 09:14")
        c.drawRightString(W - 0.8 * inch, 0.5 * inch, "Page 1 of 1")

    doc = BaseDocTemplate(out, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                          topMargin=1.5 * inch, bottomMargin=0.9 * inch, title="Certificate of Course Completion")
    doc.addPageTemplates([PageTemplate(frames=[Frame(0.8 * inch, 0.9 * inch, 6.9 * inch, 8.6 * inch, id="f")],
                                       onPage=deco)])
    fmt = ParagraphStyle("fmt", fontName="Helvetica-Bold", fontSize=10, leading=13, alignment=TA_CENTER,
                         textColor=blue)
    ttl = ParagraphStyle("ttl", fontName="Times-Bold", fontSize=18, leading=22, alignment=TA_CENTER)
    story = [
        Paragraph("Certificate of Course Completion", S["h1"]), Spacer(1, 16),
        Paragraph("This certifies that the individual named below has completed the", S["ci"]), Spacer(1, 8),
        Paragraph("Self-Study Module", fmt), Spacer(1, 4),
        Paragraph("Laboratory Safety: Chemical Hygiene, Hazard Communication, and Spill Response", ttl),
        Spacer(1, 22),
        _labels_above([
            (["Participant", "Date of Completion", "Contact Hours"],
             ["<b>Bartholomew Ekwueme, MT(AMT)</b>", "04/17/2025", "2.0"]),
            (["Course Number", "Certificate Number", "Level"],
             ["MLSAF-204", "20250417-88213", "Basic"]),
        ], [3.2 * inch, 2.0 * inch, 1.7 * inch], S),
        Spacer(1, 20),
        Paragraph("MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
                  "sciences by the ASCLS P.A.C.E.® Program. This self-study module is approved for 2.0 P.A.C.E.® "
                  "contact hours. It also satisfies OSHA Laboratory Standard (29 CFR 1910.1450) annual training "
                  "documentation when retained with departmental records.", S["small"]),
        Spacer(1, 40),
        Paragraph('<font name="DVSerif-I" size="16" color="#1f2f4f">Winifred Castellanos-Reyes</font>',
                  ParagraphStyle("s", leading=20)),
        Paragraph("______________________________________", S["small"]),
        Paragraph("Winifred Castellanos-Reyes, MA, MLS(ASCP)<super>CM</super><br/>Director of Content Development",
                  S["small"]),
    ]
    doc.build(story)


def z49(out):
    S = _styles()
    green = colors.HexColor("#0f5e4d")

    def deco(c, d):
        W, H = landscape(letter)
        c.setStrokeColor(green)
        c.setLineWidth(3)
        c.rect(0.4 * inch, 0.4 * inch, W - 0.8 * inch, H - 0.8 * inch)
        c.setFillColor(green)
        c.rect(0.4 * inch, H - 1.25 * inch, W - 0.8 * inch, 0.85 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(0.8 * inch, H - 0.92 * inch, "Veridian Diagnostics")
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - 0.8 * inch, H - 0.8 * inch, "Instrument Operator Programs")
        c.drawRightString(W - 0.8 * inch, H - 0.96 * inch, "Raleigh, North Carolina")
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont("Helvetica", 7.5)
        c.drawString(0.8 * inch, 0.55 * inch, "Veridian Diagnostics, Inc.  ·  Form TRN-112 rev C")

    W, H = landscape(letter)
    doc = BaseDocTemplate(out, pagesize=(W, H), title="Certificate of Training")
    doc.addPageTemplates([PageTemplate(frames=[Frame(0.8 * inch, 0.7 * inch, W - 1.6 * inch, H - 2.1 * inch, id="f")],
                                       onPage=deco)])
    ttl = ParagraphStyle("ttl", fontName="Times-Bold", fontSize=19, leading=23, alignment=TA_CENTER)
    story = [
        Paragraph("Certificate of Training", S["h1"]), Spacer(1, 10),
        Paragraph("This certifies that", S["ci"]), Spacer(1, 4),
        Paragraph("Yusuf Al-Khatib, MLT(ASCP)", ParagraphStyle("nm", fontName="Times-Bold", fontSize=22, leading=26,
                                                               alignment=TA_CENTER)),
        Spacer(1, 6),
        Paragraph("has successfully completed", S["ci"]), Spacer(1, 4),
        Paragraph("Hemalytix 5200 Hematology Analyzer Key Operator Training", ttl), Spacer(1, 14),
        _labels_above([
            (["Training ID", "Training Dates", "Location", "CE Hours"],
             ["KO-5200-2609", "September 8–10, 2026", "Raleigh Training Center", "16.0"]),
            (["Instrument Serial No.", "Customer No.", "Instructor", ""],
             ["HX52-004471", "300188", "Desmond Achterberg-Lyle, MT(ASCP)", ""]),
        ], [2.0 * inch, 2.3 * inch, 3.0 * inch, 1.7 * inch], S),
        Spacer(1, 12),
        Paragraph("Veridian Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical "
                  "laboratory sciences by the ASCLS P.A.C.E.® Program. This course is approved for 16.0 CE hours. "
                  "Key operator status is valid for the instrument serial number listed above.", S["smallc"]),
        Spacer(1, 26),
        Table([[Paragraph('<font name="DVSerif-I" size="15">Desmond Achterberg-Lyle</font>', S["c"]), "",
                Paragraph('<font name="DVSerif-I" size="15">Priya Raghunathan</font>', S["c"])],
               [Paragraph("Desmond Achterberg-Lyle, MT(ASCP)<br/>Senior Applications Trainer", S["smallc"]), "",
                Paragraph("Priya Raghunathan, PhD<br/>Director, Customer Education", S["smallc"])]],
              colWidths=[3.2 * inch, 2.6 * inch, 3.2 * inch],
              style=[("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black), ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]),
    ]
    doc.build(story)


def z57(out):
    S = _styles()
    teal = colors.HexColor("#1c5d73")
    W, H = letter

    def deco(c, d):
        c.setFillColor(teal)
        c.rect(0.6 * inch, H - 0.75 * inch, W - 1.2 * inch, 0.05 * inch, stroke=0, fill=1)
        c.rect(0.6 * inch, 0.7 * inch, W - 1.2 * inch, 0.02 * inch, stroke=0, fill=1)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(0.6 * inch, 0.52 * inch, "Halcyon Health Institute for Continuing Education  ·  88 Sycamore Commons, Asheville, NC 28801")
        c.drawRightString(W - 0.6 * inch, 0.52 * inch, "Page %d of 2" % d.page)

    doc = BaseDocTemplate(out, pagesize=letter, title="Certificate of Attendance and Credit")
    doc.addPageTemplates([PageTemplate(frames=[Frame(0.75 * inch, 0.8 * inch, W - 1.5 * inch, H - 1.7 * inch, id="f")],
                                       onPage=deco)])
    org = ParagraphStyle("org", fontName="Times-Bold", fontSize=18, leading=22, textColor=teal)
    conf = ParagraphStyle("conf", fontName="Times-Bold", fontSize=16, leading=20)
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=15)
    name = ParagraphStyle("name", fontName="DVSerif-B", fontSize=18, leading=23)
    just = ParagraphStyle("just", fontName="Helvetica", fontSize=8.3, leading=10.6, textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    credit = Table([
        [Paragraph("Credit type", cellb), Paragraph("Maximum designated", cellb), Paragraph("Credits claimed", cellb)],
        [Paragraph("AMA PRA Category 1 Credits™", cell), "14.5", "—"],
        [Paragraph("ANCC nursing contact hours", cell), "14.5", "—"],
        [Paragraph("ASCLS P.A.C.E.® contact hours", cell), "12.0", "11.5"],
        [Paragraph("ABPath Continuing Certification (CC) Self-Assessment Module credits", cell), "4.0", "—"],
    ], colWidths=[3.9 * inch, 1.3 * inch, 1.3 * inch])
    credit.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), teal), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9fb3bb")),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (1, 1), (-1, -1), "DVSans"), ("FONTSIZE", (1, 1), (-1, -1), 9.5),
        ("FONTNAME", (2, 3), (2, 3), "DVSans-B"), ("BACKGROUND", (0, 3), (-1, 3), colors.HexColor("#e7f1f4")),
    ]))
    story = [
        Paragraph("Halcyon Health Institute for Continuing Education", org), Spacer(1, 18),
        Paragraph("CERTIFICATE OF ATTENDANCE AND CREDIT", ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12,
                                                                        leading=15, textColor=colors.HexColor("#555555"))),
        Spacer(1, 14),
        Paragraph("This certifies that", body), Spacer(1, 2),
        Paragraph("Françoise Lemaire-Okonkwo, MLS(ASCP)<super>CM</super>", name), Spacer(1, 4),
        Paragraph("attended the live conference", body), Spacer(1, 4),
        Paragraph("14th Annual Pathology and Laboratory Medicine Update", conf), Spacer(1, 3),
        Paragraph("October 2–4, 2025  ·  Grove Park Conference Center, Asheville, North Carolina",
                  ParagraphStyle("d", parent=body, fontName="DVSerif", fontSize=10.5)),
        Paragraph("Activity ID: HHI-25-PLMU", ParagraphStyle("d2", parent=body, fontSize=11)),
        Spacer(1, 14), credit, Spacer(1, 14),
        Paragraph("In support of improving patient care, Halcyon Health Institute for Continuing Education is jointly "
                  "accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation "
                  "Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide "
                  "continuing education for the healthcare team.", just), Spacer(1, 5),
        Paragraph("Halcyon Health Institute for Continuing Education designates this live activity for a maximum of 14.5 "
                  "AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of "
                  "their participation in the activity. This activity is designated for 14.5 ANCC contact hours.", just),
        Spacer(1, 5),
        Paragraph("Halcyon Health Institute for Continuing Education is approved as a provider of continuing education "
                  "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Successful completion of "
                  "this CME activity enables the participant to earn up to 4.0 credits in the American Board of "
                  "Pathology's Continuing Certification program.", just),
        Spacer(1, 26),
        Table([[Paragraph('<font name="DVSerif-I" size="15">Marisela Duchamp-Ortiz</font>', body),
                Paragraph("Claim submitted October 9, 2025<br/>Registration No. 25-0418",
                          ParagraphStyle("r", parent=just, alignment=2))],
               [Paragraph("Marisela Duchamp-Ortiz, MD<br/>Course Director", just), ""]],
              colWidths=[3.5 * inch, 3.5 * inch],
              style=[("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        PageBreak(),
        Paragraph("Disclosure and Commercial Support Summary", org), Spacer(1, 12),
        Paragraph("Required by the Standards for Integrity and Independence in Accredited Continuing Education. "
                  "This page accompanies the certificate on page 1 and is not a separate credit record.", body),
        Spacer(1, 12),
        Paragraph("<b>Planning committee and faculty.</b> All individuals in a position to control the content of "
                  "this activity disclosed their financial relationships with ineligible companies. All relevant "
                  "financial relationships were mitigated before the activity occurred. The course director, planners "
                  "and reviewers have no relevant financial relationships to disclose.", body), Spacer(1, 8),
        Paragraph("<b>Commercial support.</b> This activity received no commercial support. Exhibitors were "
                  "located outside the education space and had no role in planning.", body), Spacer(1, 8),
        Paragraph("<b>Claiming credit.</b> Participants claimed credit in the Halcyon learner portal by completing "
                  "the activity evaluation and attesting to the hours attended. Physicians, nurses and laboratory "
                  "professionals may claim only the credit types appropriate to their profession. Certificates may be "
                  "reprinted from the portal for six years.", body), Spacer(1, 8),
        Paragraph("<b>Questions.</b> Call (828) 555-0143 or write to the address below.", body),
    ]
    doc.build(story)


def z58(out):
    S = _styles()
    plum = colors.HexColor("#8a1538")
    W, H = letter

    def deco(c, d):
        c.setFillColor(plum)
        c.rect(0, H - 1.35 * inch, W, 1.35 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(0.75 * inch, H - 0.8 * inch, "AABB")
        c.setFont("Helvetica", 12)
        c.drawString(2.2 * inch, H - 0.7 * inch, "Annual Meeting 2026")
        c.setFont("DVSans", 9.5)
        c.drawString(2.2 * inch, H - 0.9 * inch, "October 17–20, 2026  ·  San Antonio, Texas")
        c.setStrokeColor(plum)
        c.setLineWidth(1)
        c.line(0.75 * inch, 0.95 * inch, W - 0.75 * inch, 0.95 * inch)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7.5)
        c.drawString(0.75 * inch, 0.78 * inch, "Association for the Advancement of Blood & Biotherapies")
        c.drawRightString(W - 0.75 * inch, 0.78 * inch, "Badge ID 26AM-118294  ·  Generated 11/02/2026")

    doc = BaseDocTemplate(out, pagesize=letter, title="Education Session Certificate")
    doc.addPageTemplates([PageTemplate(frames=[Frame(0.75 * inch, 1.1 * inch, W - 1.5 * inch, H - 2.75 * inch, id="f")],
                                       onPage=deco)])
    h = ParagraphStyle("h", fontName="Times-Bold", fontSize=24, leading=28)
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=15)
    lab = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=plum)
    val = ParagraphStyle("v", fontName="Times-Roman", fontSize=12, leading=15)
    valb = ParagraphStyle("vb", fontName="Times-Bold", fontSize=13, leading=16)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))
    kv = Table([
        [Paragraph("Participant", lab), Paragraph("Jae-won Park-Sullivan, SBB(ASCP)<super>CM</super>", valb)],
        [Paragraph("Session", lab), Paragraph("Managing Warm Autoantibodies in the Chronically Transfused Patient: "
                                              "Adsorption Strategies and Molecular Genotyping", valb)],
        [Paragraph("Session No.", lab), Paragraph("3412", val)],
        [Paragraph("Session date", lab), Paragraph("Sunday, October 18, 2026", val)],
        [Paragraph("Credits", lab), Paragraph("1.0 P.A.C.E.® contact hour<br/>0.75 AMA PRA Category 1 Credit™<br/>"
                                              "0.75 California nursing (BRN) contact hours", val)],
    ], colWidths=[1.5 * inch, 5.5 * inch])
    kv.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d9b8c2"))]))
    story = [
        Paragraph("Education Session Certificate", h), Spacer(1, 10),
        Paragraph("AABB certifies that the participant below attended the following education session at the AABB "
                  "Annual Meeting 2026 and completed the session evaluation.", body), Spacer(1, 14),
        kv, Spacer(1, 16),
        Paragraph("AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                  "the ASCLS P.A.C.E.® Program. AABB is accredited by the Accreditation Council for Continuing Medical "
                  "Education (ACCME) to provide continuing medical education for physicians. Physicians should claim "
                  "only the credit commensurate with the extent of their participation in the activity. P.A.C.E.® "
                  "contact hours are calculated on a 50-minute hour.", small),
        Spacer(1, 30),
        Paragraph('<font name="DVSerif-I" size="15">Marguerite Castellane</font>', ParagraphStyle("sg", leading=22)),
        Paragraph("Marguerite D. Castellane, MS, MT(ASCP)SBB<br/>Director, Education Programs", small),
    ]
    doc.build(story)


# ================================================================ AcroForms
_T = colors.transparent


def _tf(form, name, value, x, y, w, h, font="Helvetica", size=11, color="#111111"):
    form.textfield(name=name, value=value, x=x, y=y, width=w, height=h, borderWidth=0, fontName=font,
                   fontSize=size, fillColor=_T, borderColor=_T, textColor=colors.HexColor(color),
                   maxlen=200)


def _fit(text, font, size, width):
    while pdfmetrics.stringWidth(text, font, size) > width - 6 and size > 6:
        size -= 0.5
    return size


def z38(out):
    """ADLM form: fields created with their values by ReportLab (it writes the
    appearance streams, so non-ASCII names render), then qpdf flattens."""
    W, H = letter
    src = os.path.join(BUILD, "z38.form.pdf")
    c = canvas.Canvas(src, pagesize=letter)
    c.setTitle("ADLM ACCENT Certificate of Participation (form)")
    teal = colors.HexColor("#007a78")
    c.setStrokeColor(teal)
    c.setLineWidth(2)
    c.rect(0.5 * inch, 0.5 * inch, W - inch, H - inch)
    ctext(c, W / 2, H - 1.2 * inch, "ADLM", "Helvetica-Bold", 32, teal)
    ctext(c, W / 2, H - 1.5 * inch, "Association for Diagnostics & Laboratory Medicine", "Helvetica", 12.5, teal)
    ctext(c, W / 2, H - 2.2 * inch, "Certificate of Participation", "Times-Bold", 26)
    ctext(c, W / 2, H - 2.5 * inch, "ACCENT® Continuing Education Program", "Times-Italic", 13, colors.HexColor("#444444"))
    f = c.acroForm
    L, R = 1.0 * inch, W - 1.0 * inch

    def label(x, y, t):
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.HexColor("#5a6570"))
        c.drawString(x, y, t.upper())

    def rule(x, y, w):
        c.setStrokeColor(colors.HexColor("#9aa5ae"))
        c.setLineWidth(0.6)
        c.line(x, y, x + w, y)

    y = H - 3.15 * inch
    label(L, y + 24, "Participant name")
    nm = "Søren Aagaard-Lindqvist, PhD, DABCC"
    _tf(f, "participant", nm, L, y - 4, R - L, 22, "Helvetica-Bold", 15)
    rule(L, y - 5, R - L)
    y -= 0.85 * inch
    label(L, y + 24, "Activity title")
    t1 = "Mass Spectrometry in the Routine Clinical Laboratory: Method Validation,"
    t2 = "Interference Studies, and Ongoing Quality Monitoring"
    sz = min(_fit(t1, "Helvetica-Bold", 13, R - L), _fit(t2, "Helvetica-Bold", 13, R - L))
    _tf(f, "title_1", t1, L, y - 4, R - L, 20, "Helvetica-Bold", sz)
    rule(L, y - 5, R - L)
    _tf(f, "title_2", t2, L, y - 28, R - L, 20, "Helvetica-Bold", sz)
    rule(L, y - 29, R - L)
    y -= 1.05 * inch
    cols = [(L, 2.0 * inch, "Date of completion", "completion_date", "03/09/2026"),
            (L + 2.15 * inch, 2.0 * inch, "ACCENT® contact hours", "credits", "1.5"),
            (L + 4.3 * inch, 2.2 * inch, "Activity ID", "activity_id", "OD-MS-2603")]
    for x, w, lab, fn, v in cols:
        label(x, y + 24, lab)
        _tf(f, fn, v, x, y - 4, w, 20, "Helvetica", 12.5)
        rule(x, y - 5, w)
    y -= 0.75 * inch
    cols = [(L, 2.0 * inch, "Member No.", "member_no", "7729104"),
            (L + 2.15 * inch, 2.0 * inch, "Format", "format", "Online, on demand"),
            (L + 4.3 * inch, 2.2 * inch, "Date issued", "issued", "03/10/2026")]
    for x, w, lab, fn, v in cols:
        label(x, y + 24, lab)
        _tf(f, fn, v, x, y - 4, w, 20, "Helvetica", 11)
        rule(x, y - 5, w)
    cwrap(c, W / 2, y - 0.75 * inch,
          "The Association for Diagnostics & Laboratory Medicine (ADLM) designates this activity for the number of "
          "ACCENT® contact hours shown above. ACCENT® credit is accepted by the ASCP Board of Certification and by state "
          "licensure agencies that recognize ACCENT® for continuing education.", "Helvetica", 8.5, W - 2.4 * inch, 11,
          colors.HexColor("#444444"))
    ctext(c, W / 2, 1.75 * inch, "Imogen Whitlatch-Serrano", "DVSerif-I", 16, colors.HexColor("#1f2f4f"))
    c.setStrokeColor(colors.black)
    c.line(W / 2 - 1.5 * inch, 1.6 * inch, W / 2 + 1.5 * inch, 1.6 * inch)
    ctext(c, W / 2, 1.43 * inch, "Imogen Whitlatch-Serrano, PhD, DABCC", "Helvetica", 9)
    ctext(c, W / 2, 1.29 * inch, "Chair, ADLM Education Core Committee", "Helvetica", 9)
    c.showPage()
    c.save()
    flatten(src, out)


def _blank_form(path, draw, fields, pagesize=letter):
    """Draw static content with draw(c) and add EMPTY text fields; `fields`
    is a list of (name, x, y, w, h, font, size)."""
    c = canvas.Canvas(path, pagesize=pagesize)
    draw(c)
    for name, x, y, w, h, font, size in fields:
        _tf(c.acroForm, name, "", x, y, w, h, font, size)
    c.showPage()
    c.save()


def z50(out):
    W, H = landscape(letter)
    navy, cyan = colors.HexColor("#0d2c54"), colors.HexColor("#1ba1c4")

    def draw(c):
        c.setTitle("Quorvex Biosystems Webinar Certificate (form)")
        c.setFillColor(navy)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.roundRect(0.45 * inch, 0.45 * inch, W - 0.9 * inch, H - 0.9 * inch, 14, stroke=0, fill=1)
        c.setFillColor(cyan)
        c.circle(1.2 * inch, H - 1.15 * inch, 0.3 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(1.2 * inch, H - 1.15 * inch, 0.16 * inch, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(1.65 * inch, H - 1.1 * inch, "Quorvex Biosystems")
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(1.65 * inch, H - 1.3 * inch, "Scientific Education Webinars")
        L = 1.3 * inch
        c.setFillColor(navy)
        c.setFont("Times-Bold", 30)
        c.drawString(L, H - 2.0 * inch, "Certificate of Completion")
        c.setFillColor(cyan)
        c.rect(L, H - 2.15 * inch, 1.2 * inch, 3, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Times-Italic", 13)
        c.drawString(L, H - 2.5 * inch, "This is to certify that")
        c.setStrokeColor(colors.HexColor("#9aa5ae"))
        c.line(L, H - 2.98 * inch, W - 2.0 * inch, H - 2.98 * inch)
        c.setFont("Times-Italic", 13)
        c.drawString(L, H - 3.3 * inch, "has viewed the")
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColor(cyan)
        c.drawString(L, H - 3.6 * inch, "On-Demand Webinar")
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.HexColor("#5a6570"))
        for x, lab in [(1.3 * inch, "DATE VIEWED"), (3.55 * inch, "CONTACT HOURS"), (5.8 * inch, "PROGRAM NO."),
                       (8.05 * inch, "CUSTOMER NO.")]:
            c.drawString(x, 2.55 * inch, lab)
            c.setStrokeColor(colors.HexColor("#9aa5ae"))
            c.line(x, 2.18 * inch, x + 1.95 * inch, 2.18 * inch)
        cwrap(c, W / 2, 1.65 * inch,
              "Quorvex Biosystems is approved as a provider of continuing education programs in the clinical laboratory "
              "sciences by the ASCLS P.A.C.E.® Program. This webinar is non-promotional; content was developed "
              "independently by the presenter.", "Helvetica", 8, W - 3.2 * inch, 10.5, colors.HexColor("#444444"))
        ctext(c, W / 2, 0.95 * inch, "Quorvex Biosystems  ·  education.quorvex.example.com",
              "Helvetica", 7.5, colors.HexColor("#777777"))

    fields = [("participant", 1.25 * inch, H - 2.97 * inch, W - 3.3 * inch, 26, "Helvetica", 20),
              ("title_1", 1.25 * inch, H - 4.0 * inch, W - 2.4 * inch, 22, "Helvetica", 15.5),
              ("title_2", 1.25 * inch, H - 4.32 * inch, W - 2.4 * inch, 22, "Helvetica", 15.5),
              ("presenter", 1.25 * inch, H - 4.72 * inch, W - 2.4 * inch, 18, "Helvetica", 10.5),
              ("date_viewed", 1.3 * inch, 2.2 * inch, 1.95 * inch, 20, "Helvetica", 12),
              ("contact_hours", 3.55 * inch, 2.2 * inch, 1.95 * inch, 20, "Helvetica", 12),
              ("program_no", 5.8 * inch, 2.2 * inch, 1.95 * inch, 20, "Helvetica", 12),
              ("customer_no", 8.05 * inch, 2.2 * inch, 1.95 * inch, 20, "Helvetica", 12)]
    blank = os.path.join(BUILD, "z50.blank.pdf")
    _blank_form(blank, draw, fields, (W, H))
    values = {
        "participant": "Gwendolyn Marchetti, MB(ASCP)CM",
        "title_1": "Carbapenemase Detection in Enterobacterales: Phenotypic Screens,",
        "title_2": "Molecular Assays, and Reporting Pitfalls",
        "presenter": "presented by Lindiwe Mthembu-Hart, PhD, D(ABMM)",
        "date_viewed": "08/19/2026",
        "contact_hours": "1.0",
        "program_no": "QB-OD-0426",
        "customer_no": "C-0048817",
    }
    qpdf_fill_flatten("z50", blank, values, out)


def z52(out):
    W, H = letter
    teal = colors.HexColor("#00677f")

    def draw(c):
        c.setTitle("CAP Learning - Certificate (form)")
        c.setFillColor(teal)
        c.rect(0, H - 1.3 * inch, W, 1.3 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 28)
        c.drawString(0.8 * inch, H - 0.8 * inch, "CAP")
        c.setFont("Helvetica", 12)
        c.drawString(1.75 * inch, H - 0.74 * inch, "College of American Pathologists")
        c.setFont("Helvetica", 9)
        c.drawString(1.75 * inch, H - 0.93 * inch, "Learning  ·  Laboratory Accreditation Program")
        c.setFillColor(colors.black)
        c.setFont("Times-Bold", 24)
        c.drawString(0.8 * inch, H - 1.95 * inch, "Certificate of Completion")
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.HexColor("#5a6570"))
        for (x, y, w, lab) in [(0.8, 2.55, 6.9, "NAME"), (0.8, 3.25, 6.9, "ACTIVITY TITLE"),
                               (0.8, 4.35, 2.2, "ACTIVITY ID"), (3.15, 4.35, 2.2, "DATE COMPLETED"),
                               (5.5, 4.35, 2.2, "DELIVERY")]:
            c.drawString(x * inch, H - y * inch, lab)
        c.setStrokeColor(colors.HexColor("#9aa5ae"))
        for (x, y, w) in [(0.8, 2.9, 6.9), (0.8, 3.6, 6.9), (0.8, 3.92, 6.9), (0.8, 4.7, 2.2), (3.15, 4.7, 2.2),
                          (5.5, 4.7, 2.2)]:
            c.line(x * inch, H - y * inch, (x + w) * inch, H - y * inch)
        # credit block
        c.setFillColor(colors.HexColor("#e6f0f3"))
        c.rect(0.8 * inch, H - 6.35 * inch, 6.9 * inch, 1.3 * inch, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(0.95 * inch, H - 5.3 * inch, "Credit type")
        c.drawString(4.7 * inch, H - 5.3 * inch, "Maximum")
        c.drawString(6.1 * inch, H - 5.3 * inch, "Claimed")
        c.setFont("Helvetica", 9.5)
        c.drawString(0.95 * inch, H - 5.65 * inch, "AMA PRA Category 1 Credits™")
        c.drawString(4.7 * inch, H - 5.65 * inch, "3.0")
        c.drawString(0.95 * inch, H - 6.0 * inch, "Continuing education contact hours (P.A.C.E.®)")
        c.drawString(4.7 * inch, H - 6.0 * inch, "3.0")
        cwrap(c, 0.8 * inch, H - 6.8 * inch,
              "The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical "
              "Education (ACCME) to provide continuing medical education for physicians. The CAP designates this "
              "enduring material for a maximum of 3.0 AMA PRA Category 1 Credits™. Physicians should claim only the "
              "credit commensurate with the extent of their participation in the activity. The College of American "
              "Pathologists is approved as a provider of continuing education programs in the clinical laboratory "
              "sciences by the ASCLS P.A.C.E.® Program.", "Helvetica", 8.5, 6.9 * inch, 11,
              colors.HexColor("#333333"), align="left")
        c.setFont("DVSerif-I", 15)
        c.setFillColor(colors.HexColor("#1f2f4f"))
        c.drawString(0.8 * inch, 1.75 * inch, "Lucas Ferreira-Dunmore")
        c.setStrokeColor(colors.black)
        c.line(0.8 * inch, 1.62 * inch, 3.8 * inch, 1.62 * inch)
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.black)
        c.drawString(0.8 * inch, 1.47 * inch, "Lucas Ferreira-Dunmore, MD, FCAP")
        c.drawString(0.8 * inch, 1.34 * inch, "Chair, Council on Accreditation")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(0.8 * inch, 0.6 * inch, "Certificate printed from the CAP Learning transcript. Record locator:")
        c.drawRightString(W - 0.8 * inch, 0.6 * inch, "Page 1 of 1")

    fields = [("name", 0.8 * inch, H - 2.89 * inch, 6.9 * inch, 22, "Helvetica", 15),
              ("title_1", 0.8 * inch, H - 3.59 * inch, 6.9 * inch, 20, "Helvetica", 13),
              ("title_2", 0.8 * inch, H - 3.91 * inch, 6.9 * inch, 20, "Helvetica", 13),
              ("activity_id", 0.8 * inch, H - 4.69 * inch, 2.2 * inch, 20, "Helvetica", 12),
              ("date_completed", 3.15 * inch, H - 4.69 * inch, 2.2 * inch, 20, "Helvetica", 12),
              ("delivery", 5.5 * inch, H - 4.69 * inch, 2.2 * inch, 20, "Helvetica", 12),
              ("ama_claimed", 6.05 * inch, H - 5.72 * inch, 1.3 * inch, 18, "Helvetica", 10),
              ("pace_claimed", 6.05 * inch, H - 6.07 * inch, 1.3 * inch, 18, "Helvetica", 10),
              ("locator", 4.25 * inch, 0.55 * inch, 1.6 * inch, 14, "Helvetica", 7.5)]
    blank = os.path.join(BUILD, "z52.blank.pdf")
    _blank_form(blank, draw, fields)
    values = {
        "name": "Anneliese Vogt-Brandt, MLS(ASCP)CM",
        "title_1": "Laboratory Accreditation Program Inspector Training: Preparing for",
        "title_2": "Your First Peer Inspection",
        "activity_id": "LAP-IT-2512",
        "date_completed": "12/02/2025",
        "delivery": "Online course",
        "ama_claimed": "N/A",
        "pace_claimed": "2.5",
        "locator": "TR-20251202-6605",
    }
    qpdf_fill_flatten("z52", blank, values, out)


CERTS = [
    {"id": "z34", "build": z34, "gold": gold(
        "ascls", PC,
        ["portrait", "centred-award", "header-band", "session-certificate", "date-range", "boxes",
         "title-word-ethics", "presented-by", "signature-block", "hyphenated-name", "credentials-after-name"],
        "ASCLS's own annual meeting session certificate: meeting dates July 27-31 in the header, but the session "
        "certificate names its own session date (July 29). Title contains 'Ethics'. Registration number, print date and "
        "speaker are distractors. ASCLS is the provider (its own certificate).",
        "Adaeze N. Obi-Castellanos",
        "Ethics at the Bench: Reporting Errors Without Fear of Retaliation",
        "2025-07-29", 1.0, "contact hour",
        ["American Society for Clinical Laboratory Science", "ASCLS"], "4127")},
    {"id": "z43", "build": z43, "gold": gold(
        "state-society", PC,
        ["landscape", "centred-award", "border", "seal", "format-line", "date-range", "program-no-without-colon",
         "signature-block", "credentials-after-name", "hyphenated-name", "provider-for-in-name"],
        "'SPRING SYMPOSIUM' is a format line between 'has attended the' and the symposium's title. Two-day range "
        "April 10-11 -> last day. 'P.A.C.E.® Program No. 712-044-26' without colon. Badge number and signers are "
        "distractors.",
        "Lorraine Whitfield-Adeyemi",
        "Transfusion Medicine Across the Lifespan: From Neonates to Older Adults",
        "2026-04-11", 6.5, "contact hour",
        ["Colorado Association for Clinical Laboratory Science", "CACLS"], "712-044-26")},
    {"id": "z51", "build": z51, "gold": gold(
        "ascp-cmle", PC,
        ["portrait", "letter-style", "left-aligned", "issuer-line-only", "all-caps-name", "suffix-in-name",
         "credentials-after-name", "format-line", "long-title-wrap", "labelled-line-after-title", "signature-block"],
        "Provider printed only as a small issuer line above 'CERTIFICATE OF COMPLETION' (no short form). ALL-CAPS "
        "name with JR. suffix and credentials. 'Self-Study' is a format line. Title wraps and is followed by "
        "'Completion date:'. Transcript number is a distractor.",
        "DESHAWN T. OKAFOR JR.",
        "Laboratory Management Essentials: Budgeting, Staffing Models, and Productivity Metrics",
        "2024-11-19", 3.0, "CMLE",
        ["American Society for Clinical Pathology"], "LM-SS-0412")},
    {"id": "z37", "build": z37, "gold": gold(
        "medialab", PP,
        ["portrait", "header-band", "labels-above-values", "columns", "format-line", "title-word-safety",
         "credentials-after-name", "signature-block", "page-footer"],
        "Labels above values in columns (Participant | Date of Completion | Contact Hours, then Course Number | "
        "Certificate Number | Level). 'Self-Study Module' is a format line; title contains 'Safety'. Certificate "
        "number and generation date are distractors.",
        "Bartholomew Ekwueme",
        "Laboratory Safety: Chemical Hygiene, Hazard Communication, and Spill Response",
        "2025-04-17", 2.0, "contact hour",
        ["MediaLab, Inc.", "MediaLab"], "MLSAF-204")},
    {"id": "z49", "build": z49, "gold": gold(
        "vendor", PP,
        ["landscape", "border", "header-band", "labels-above-values", "columns", "date-range",
         "title-word-training", "serial-number-distractor", "credentials-after-name", "hyphenated-name"],
        "Vendor instrument training; labels above values. Training dates September 8-10 -> last day. Title contains "
        "'Training'; 'Training ID' is the activity id. Instrument serial number and customer number are distractors. "
        "Unit printed as CE hours.",
        "Yusuf Al-Khatib",
        "Hemalytix 5200 Hematology Analyzer Key Operator Training",
        "2026-09-10", 16.0, "CE hour",
        ["Veridian Diagnostics, Inc.", "Veridian Diagnostics"], "KO-5200-2609")},
    {"id": "z57", "build": z57, "gold": gold(
        "joint-accreditation-cme", PP,
        ["portrait", "two-page", "letter-style", "left-aligned", "meeting-attendance", "date-range", "credit-table",
         "multiple-credit-types", "maximum-vs-claimed", "provider-for-in-name", "accented-name",
         "hyphenated-name", "credentials-after-name", "signature-block", "page-footer", "address-distractor"],
        "Multi-day conference (October 2-4 -> last day), no session title: title = conference name. Credit table: "
        "lab figure = P.A.C.E. claimed 11.5 (max 12.0); AMA PRA 14.5, ANCC 14.5 and ABPath SAM 4.0 are distractors. "
        "Claim date and registration number are distractors. Page 2 is a disclosure/commercial-support summary.",
        "Françoise Lemaire-Okonkwo",
        "14th Annual Pathology and Laboratory Medicine Update",
        "2025-10-04", 11.5, "contact hour",
        ["Halcyon Health Institute for Continuing Education"], "HHI-25-PLMU")},
    {"id": "z58", "build": z58, "gold": gold(
        "aabb", PP,
        ["portrait", "header-band", "two-column-label-value", "session-certificate", "date-range",
         "multiple-credit-types", "long-title-wrap", "labelled-line-after-title", "provider-for-in-name",
         "hyphenated-name", "credentials-after-name", "signature-block", "page-footer"],
        "Annual-meeting session certificate: meeting runs October 17-20 but the session date is October 18. Lab figure "
        "1.0 P.A.C.E. contact hour; 0.75 AMA PRA and 0.75 California BRN are distractors. Badge ID and generation date "
        "are distractors. Full AABB name only in the footer.",
        "Jae-won Park-Sullivan",
        "Managing Warm Autoantibodies in the Chronically Transfused Patient: Adsorption Strategies and Molecular Genotyping",
        "2026-10-18", 1.0, "contact hour",
        ["Association for the Advancement of Blood & Biotherapies", "AABB"], "3412")},
    {"id": "z38", "build": z38, "gold": gold(
        "adlm", PA,
        ["portrait", "border", "form-fields", "labels-above-values", "columns", "long-title-wrap",
         "labelled-line-after-title", "accented-name", "hyphenated-name", "credentials-after-name",
         "provider-ampersand", "signature-block"],
        "AcroForm (values set by ReportLab, flattened by qpdf). Labels above values; the title runs over two field "
        "lines. Member number and issue date are distractors; format field 'Online, on demand' is not in the title.",
        "Søren Aagaard-Lindqvist",
        "Mass Spectrometry in the Routine Clinical Laboratory: Method Validation, Interference Studies, and Ongoing Quality Monitoring",
        "2026-03-09", 1.5, "contact hour",
        ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "OD-MS-2603")},
    {"id": "z50", "build": z50, "gold": gold(
        "vendor", PA,
        ["landscape", "border", "form-fields", "format-line", "long-title-wrap", "presented-by",
         "labels-above-values", "columns", "provider-only-in-header-and-statement", "url-distractor",
         "credentials-after-name"],
        "Blank AcroForm filled through qpdf JSON (/V) and flattened with qpdf-generated appearances. 'On-Demand "
        "Webinar' is a format line; title spans two field lines. Presenter and customer number are distractors.",
        "Gwendolyn Marchetti",
        "Carbapenemase Detection in Enterobacterales: Phenotypic Screens, Molecular Assays, and Reporting Pitfalls",
        "2026-08-19", 1.0, "contact hour",
        ["Quorvex Biosystems"], "QB-OD-0426")},
    {"id": "z52", "build": z52, "gold": gold(
        "cap", PA,
        ["portrait", "header-band", "form-fields", "labels-above-values", "long-title-wrap", "title-word-training",
         "multiple-credit-types", "maximum-vs-claimed", "credentials-after-name", "hyphenated-name",
         "signature-block", "page-footer"],
        "Blank AcroForm filled through qpdf JSON and flattened. Title contains 'Inspector Training' (a real course) "
        "and spans two lines. Credit block: P.A.C.E. maximum 3.0, claimed 2.5 (gold); AMA PRA claimed N/A. Record "
        "locator is a distractor.",
        "Anneliese Vogt-Brandt",
        "Laboratory Accreditation Program Inspector Training: Preparing for Your First Peer Inspection",
        "2025-12-02", 2.5, "contact hour",
        ["College of American Pathologists", "CAP"], "LAP-IT-2512")},
]
