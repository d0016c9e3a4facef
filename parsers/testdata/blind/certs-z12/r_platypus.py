# -*- coding: utf-8 -*-
"""reportlab Platypus flowable documents."""
from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                ListFlowable, ListItem, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DJ = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
_reg = False


def fonts():
    global _reg
    if _reg:
        return
    pdfmetrics.registerFont(TTFont("LSer", LIB + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSerB", LIB + "LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSerI", LIB + "LiberationSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LSerBI", LIB + "LiberationSerif-BoldItalic.ttf"))
    pdfmetrics.registerFontFamily("LSer", normal="LSer", bold="LSerB", italic="LSerI", boldItalic="LSerBI")
    pdfmetrics.registerFont(TTFont("LSans", LIB + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSansB", LIB + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSansI", LIB + "LiberationSans-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LSansBI", LIB + "LiberationSans-BoldItalic.ttf"))
    pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSansB", italic="LSansI", boldItalic="LSansBI")
    _reg = True


def S(name, font="LSer", size=11, align=TA_LEFT, color=colors.black, lead=None, before=0, after=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, alignment=align,
                          textColor=color, spaceBefore=before, spaceAfter=after)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ zl03
def zl03(c, out):
    red = HexColor("#a6192e")

    def deco(cv, doc):
        W, H = doc.pagesize
        cv.saveState()
        cv.setStrokeColor(red)
        cv.setLineWidth(4)
        cv.rect(0.4 * inch, 0.4 * inch, W - 0.8 * inch, H - 0.8 * inch)
        cv.setLineWidth(0.8)
        cv.rect(0.5 * inch, 0.5 * inch, W - 1.0 * inch, H - 1.0 * inch)
        # logo: red drop + wordmark
        cv.setFillColor(red)
        p = cv.beginPath()
        x, y = W / 2 - 0.95 * inch, H - 1.25 * inch
        p.moveTo(x, y + 34); p.curveTo(x - 14, y + 10, x - 14, y - 6, x, y - 6); p.curveTo(x + 14, y - 6, x + 14, y + 10, x, y + 34)
        cv.drawPath(p, fill=1, stroke=0)
        cv.setFont("LSansB", 30)
        cv.drawString(W / 2 - 0.65 * inch, H - 1.3 * inch, c["logo"])
        cv.setFont("LSans", 7.5)
        cv.setFillColor(colors.grey)
        cv.drawCentredString(W / 2, 0.62 * inch, "Page %d of 2" % doc.page)
        cv.restoreState()

    story = [Spacer(1, 0.75 * inch),
             Paragraph(c["org"], S("o", "LSans", 11, TA_CENTER, red)),
             Spacer(1, 0.35 * inch),
             Paragraph(c["heading"], S("h", "LSer", 30, TA_CENTER, after=18)),
             Paragraph(c["intro"], S("i", "LSerI", 13, TA_CENTER, after=6)),
             Paragraph(esc(c["name"]), S("n", "LSerB", 25, TA_CENTER, after=8)),
             Paragraph(c["verb"], S("v", "LSerI", 13, TA_CENTER, after=8)),
             Paragraph("<br/>".join(esc(t) for t in c["title_lines"]), S("t", "LSerB", 18, TA_CENTER, lead=23, after=10)),
             Paragraph(c["date_line"], S("d", "LSer", 13, TA_CENTER, after=22))]
    ft = Table([[Paragraph("<b>%s:</b> %s" % (esc(k), esc(v)), S("f%d" % i, "LSans", 10, TA_CENTER))
                 for i, (k, v) in enumerate(c["fields"])]], colWidths=[2.2 * inch] * 3)
    story += [ft, Spacer(1, 0.35 * inch),
              Paragraph(c["p1_note"], S("nt", "LSansI", 9.5, TA_CENTER, colors.grey)),
              Spacer(1, 0.7 * inch),
              Paragraph("______________________________", S("sl", "LSans", 10, TA_CENTER)),
              Paragraph(esc(c["sig"][0]), S("s1", "LSans", 10, TA_CENTER)),
              Paragraph(esc(c["sig"][1]), S("s2", "LSansI", 10, TA_CENTER)),
              PageBreak(),
              Spacer(1, 0.7 * inch),
              Paragraph("Continuing Education Credit Summary", S("h2", "LSerB", 18, TA_LEFT, after=6)),
              Paragraph("Participant: %s &nbsp;&nbsp;&middot;&nbsp;&nbsp; Program Number: %s"
                        % (esc(c["name"]), esc(c["fields"][0][1])), S("pp", "LSans", 10, after=14))]
    tbl = Table([[Paragraph("<b>%s</b>" % esc(x) if i == 0 else esc(x), S("c%d%d" % (i, j), "LSans", 10,
                                                                               TA_LEFT if j == 0 else TA_CENTER))
                  for j, x in enumerate(row)] for i, row in enumerate(c["table"])],
                colWidths=[3.4 * inch, 1.6 * inch, 1.3 * inch])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), HexColor("#f3d9dd")),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [tbl, Spacer(1, 0.3 * inch), Paragraph("Accreditation", S("h3", "LSerB", 13, after=6))]
    for s in c["statements"]:
        story.append(Paragraph(s, S("st", "LSer", 10.5, TA_JUSTIFY, after=8)))
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=1.0 * inch, rightMargin=1.0 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.8 * inch, title="AABB Certificate")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ zl08
def zl08(c, out):
    blue = HexColor("#003b71")

    def deco(cv, doc):
        W, H = doc.pagesize
        cv.saveState()
        cv.setFillColor(blue)
        cv.rect(0, H - 1.0 * inch, W, 1.0 * inch, fill=1, stroke=0)
        cv.setFillColor(HexColor("#ffc72c"))
        cv.rect(0, H - 1.08 * inch, W, 0.08 * inch, fill=1, stroke=0)
        cv.setFillColor(colors.white)
        cv.setFont("LSansB", 26)
        cv.drawString(0.8 * inch, H - 0.62 * inch, c["logo"])
        cv.setFont("LSans", 10)
        cv.drawString(2.35 * inch, H - 0.5 * inch, c["org"])
        cv.drawString(2.35 * inch, H - 0.68 * inch, "Advancing the laboratory profession")
        cv.restoreState()

    story = [Spacer(1, 0.55 * inch),
             Paragraph(c["meeting"], S("m", "LSansB", 17, TA_LEFT, blue)),
             Paragraph(c["where"], S("w", "LSans", 11, TA_LEFT, colors.grey, after=20)),
             Paragraph(c["heading"], S("h", "LSer", 26, TA_LEFT, after=14)),
             Paragraph(c["intro"], S("i", "LSer", 12.5, TA_LEFT, after=14))]
    rows = [[Paragraph("<b>%s</b>" % esc(k), S("k", "LSans", 10)), Paragraph(v, S("v", "LSer", 11.5))]
            for k, v in c["table"]]
    t = Table(rows, colWidths=[1.9 * inch, 4.9 * inch])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.lightgrey),
                           ("BACKGROUND", (0, 0), (0, -1), HexColor("#eef3f8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [t, Spacer(1, 0.3 * inch),
              Paragraph(c["statement"], S("st", "LSerI", 10, TA_LEFT)),
              Spacer(1, 0.9 * inch),
              Paragraph("______________________________", S("sl", "LSans", 10)),
              Paragraph(esc(c["sig"][0]), S("s1", "LSans", 10)),
              Paragraph(esc(c["sig"][1]), S("s2", "LSansI", 10))]
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.85 * inch, rightMargin=0.85 * inch,
                            topMargin=1.1 * inch, bottomMargin=0.8 * inch)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ zl18
def zl18(c, out):
    purple = HexColor("#4b2e83")

    def deco(cv, doc):
        W, H = doc.pagesize
        cv.saveState()
        cv.setFillColor(purple)
        cv.circle(W / 2, H - 0.95 * inch, 0.42 * inch, fill=1, stroke=0)
        cv.setFillColor(colors.white)
        cv.setFont("LSansB", 16)
        cv.drawCentredString(W / 2, H - 1.01 * inch, c["logo"])
        cv.setStrokeColor(purple)
        cv.setLineWidth(2)
        cv.line(0.8 * inch, 0.75 * inch, W - 0.8 * inch, 0.75 * inch)
        cv.setFont("LSans", 8)
        cv.setFillColor(colors.grey)
        cv.drawString(0.8 * inch, 0.55 * inch, "National Society for Histotechnology \u00b7 3545 Ellicott Mills Drive \u00b7 Ellicott City, MD 21043")
        cv.drawRightString(W - 0.8 * inch, 0.55 * inch, "Page %d" % doc.page)
        cv.restoreState()

    story = [Spacer(1, 0.25 * inch),
             Paragraph(c["org"], S("o", "LSansB", 14, TA_CENTER, purple, after=30)),
             Paragraph(c["heading"], S("h", "LSer", 30, TA_CENTER, after=20)),
             Paragraph(c["intro"], S("i", "LSerI", 13, TA_CENTER, after=6)),
             Paragraph(esc(c["name"]), S("n", "LSerB", 26, TA_CENTER, after=10)),
             Paragraph(c["verb"], S("v", "LSerI", 13, TA_CENTER, after=8)),
             Paragraph("<br/>".join(esc(t) for t in c["title_lines"]), S("t", "LSerB", 15, TA_CENTER, lead=20, after=26))]
    rows = [[Paragraph("<b>%s:</b>" % esc(k), S("k", "LSans", 11, TA_LEFT)), Paragraph(esc(v), S("v", "LSans", 11))]
            for k, v in c["fields"]]
    t = Table(rows, colWidths=[1.8 * inch, 2.6 * inch])
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [t, Spacer(1, 0.4 * inch),
              Paragraph("Objectives, faculty and accreditation information appear on page 2.",
                        S("n2", "LSansI", 9.5, TA_CENTER, colors.grey)),
              PageBreak(),
              Spacer(1, 0.45 * inch),
              Paragraph("Program Information", S("h2", "LSerB", 18, after=10)),
              Paragraph("Learning Objectives", S("h3", "LSansB", 12, after=4)),
              Paragraph("Upon completion of this program, participants will be able to:", S("x", "LSer", 11, after=4)),
              ListFlowable([ListItem(Paragraph(esc(o), S("li", "LSer", 11))) for o in c["objectives"]],
                           bulletType="1"),
              Spacer(1, 0.15 * inch),
              Paragraph(esc(c["faculty"]), S("fac", "LSer", 11, after=14)),
              Paragraph("Accreditation", S("h4", "LSansB", 12, after=4)),
              Paragraph(c["statement"], S("st", "LSer", 11, TA_JUSTIFY, after=8)),
              Paragraph("Contact hours are awarded only after the post-test (passing score 70%) and the evaluation "
                        "have been submitted.", S("st2", "LSer", 11, TA_JUSTIFY))]
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=1.5 * inch, bottomMargin=1.0 * inch)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ zl27
def zl27(c, out):
    green = HexColor("#1b5e20")

    def deco(cv, doc):
        W, H = doc.pagesize
        cv.saveState()
        cv.setFillColor(green)
        cv.rect(0, H - 0.25 * inch, W, 0.25 * inch, fill=1, stroke=0)
        # JA-style badge (text only, no real logo), first page only
        if doc.page > 1:
            cv.setFont("LSans", 8)
            cv.setFillColor(colors.grey)
            cv.drawRightString(W - 0.8 * inch, 0.5 * inch, "Page %d of 2" % doc.page)
            cv.restoreState()
            return
        cv.setStrokeColor(green)
        cv.setLineWidth(1)
        cv.roundRect(W - 2.75 * inch, H - 1.25 * inch, 2.0 * inch, 0.7 * inch, 6)
        cv.setFillColor(green)
        cv.setFont("LSansB", 8)
        cv.drawCentredString(W - 1.75 * inch, H - 0.82 * inch, "JOINTLY ACCREDITED PROVIDER\u2122")
        cv.setFont("LSans", 6.5)
        cv.drawCentredString(W - 1.75 * inch, H - 1.0 * inch, "INTERPROFESSIONAL CONTINUING EDUCATION")
        cv.setFont("LSans", 8)
        cv.setFillColor(colors.grey)
        cv.drawRightString(W - 0.8 * inch, 0.5 * inch, "Page %d of 2" % doc.page)
        cv.restoreState()

    story = [Paragraph(c["org"], S("o", "LSansB", 16, TA_LEFT, green)),
             Paragraph(c["sub"], S("s", "LSans", 10.5, TA_LEFT, green, after=28)),
             Paragraph(c["heading"], S("h", "LSer", 30, TA_CENTER, after=16)),
             Paragraph(c["intro"], S("i", "LSerI", 12.5, TA_CENTER, after=6)),
             Paragraph(esc(c["name"]), S("n", "LSerB", 24, TA_CENTER, after=8)),
             Paragraph(c["verb"], S("v", "LSerI", 12.5, TA_CENTER, after=8)),
             Paragraph("<br/>".join(esc(t) for t in c["title_lines"]), S("t", "LSerB", 13.5, TA_CENTER, lead=18, after=8)),
             Paragraph(esc(c["date_line"]), S("d", "LSer", 12, TA_CENTER, after=10)),
             Paragraph(" &nbsp;&nbsp;&nbsp; ".join("<b>%s:</b> %s" % (esc(k), esc(v)) for k, v in c["fields"]),
                       S("f", "LSans", 10, TA_CENTER, after=20))]
    tbl = Table([[Paragraph("<b>%s</b>" % esc(x) if i == 0 else esc(x),
                            S("c%d%d" % (i, j), "LSans", 10, TA_LEFT if j == 0 else TA_CENTER))
                  for j, x in enumerate(row)] for i, row in enumerate(c["table"])],
                colWidths=[3.6 * inch, 1.3 * inch, 1.3 * inch])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), HexColor("#dcedc8")),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [Paragraph("Credit Summary", S("cs", "LSansB", 12, TA_LEFT, after=6)), tbl, Spacer(1, 0.5 * inch),
              Table([[Paragraph("______________________________<br/>%s<br/><i>%s</i>" % (esc(c["sig"][0]), esc(c["sig"][1])),
                                S("sg", "LSans", 10))]], colWidths=[6.2 * inch]),
              PageBreak(),
              Paragraph("Accreditation and Credit Designation", S("h2", "LSerB", 16, after=10))]
    for s in c["statements"]:
        story.append(Paragraph(s, S("st", "LSer", 10.5, TA_JUSTIFY, after=9)))
    story.append(Paragraph("Disclosure: No one in control of content for this activity had relevant financial "
                           "relationships with ineligible companies.", S("ds", "LSerI", 9.5, after=6)))
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=1.0 * inch, rightMargin=1.0 * inch,
                            topMargin=0.6 * inch, bottomMargin=0.9 * inch)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ zl38
def zl38(c, out):
    teal = HexColor("#005f73")

    def deco(cv, doc):
        W, H = doc.pagesize
        cv.saveState()
        cv.setFillColor(teal)
        cv.rect(0.9 * inch, H - 1.05 * inch, 0.65 * inch, 0.5 * inch, fill=1, stroke=0)
        cv.setFillColor(colors.white)
        cv.setFont("LSansB", 15)
        cv.drawCentredString(1.225 * inch, H - 0.87 * inch, c["logo"])
        cv.setFillColor(teal)
        cv.setFont("LSansB", 15)
        cv.drawString(1.7 * inch, H - 0.75 * inch, c["org"])
        cv.setFont("LSans", 8.5)
        cv.setFillColor(colors.grey)
        cv.drawString(1.7 * inch, H - 0.95 * inch, c["address"])
        cv.setStrokeColor(teal)
        cv.line(0.9 * inch, H - 1.2 * inch, W - 0.9 * inch, H - 1.2 * inch)
        cv.restoreState()

    st = S("b", "LSer", 11.5, TA_JUSTIFY, lead=15, after=10)
    story = [Paragraph(c["letter_date"], S("dt", "LSer", 11.5, after=18))]
    story.append(Paragraph("<br/>".join(esc(x) for x in c["to"]), S("to", "LSer", 11.5, lead=14.5, after=18)))
    story.append(Paragraph(c["salutation"], st))
    for b in c["body"]:
        story.append(Paragraph(b, st))
    story += [Paragraph(c["close"], S("cl", "LSer", 11.5, after=36)),
              Paragraph(esc(c["sig"][0]), S("s1", "LSer", 11.5)),
              Paragraph(esc(c["sig"][1]), S("s2", "LSer", 11.5))]
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=1.1 * inch, rightMargin=1.1 * inch,
                            topMargin=1.7 * inch, bottomMargin=1.0 * inch)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def render(cert, out_pdf):
    fonts()
    globals()[cert["id"]](cert["c"], out_pdf)
