"""Certificates laid out with reportlab Platypus (flowables, frames, tables)."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

from engine.registry import cert

_DV = "/usr/share/fonts/truetype/dejavu/"


def _fonts():
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont("DejaVuSans", _DV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", _DV + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", _DV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", _DV + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Italic", _DV + "DejaVuSerif-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")


def S(name, font="Helvetica", size=10, lead=None, align=TA_LEFT, color=colors.black, before=0, after=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, alignment=align,
                          textColor=color, spaceBefore=before, spaceAfter=after, **kw)


# --------------------------------------------------------------------------
@cert("zg05", "cap", "reportlab-platypus",
      ["base:cme-credit-table", "portrait", "multi-credit", "claimed-vs-max", "name-accents", "name-hyphen",
       "multi-date", "id-colon", "distractor-numbers", "page2-small-print", "provider-logo"],
      "CAP competency activity; credit table AMA PRA 2.5 (max) vs laboratory CE hours 2.5 max / 2.0 claimed; "
      "Vietnamese diacritics in the name; print date and customer number; page 2 carries the designation statements.",
      name="Thanh-Hương Nguyen",
      title="Digital Cytology Competency Assessment Program: Gynecologic Module",
      date="2024-06-07", credits=2.0, unit="CE hour",
      provider=["College of American Pathologists", "CAP"], activity_id="DCAP-GYN-2406")
def zg05(path):
    _fonts()
    navy = colors.HexColor("#00385f")
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.85 * inch, rightMargin=0.85 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.8 * inch, title="CAP certificate",
                            author="College of American Pathologists")
    W = letter[0] - 1.7 * inch
    logo = Table([[Paragraph("CAP", S("l", "DejaVuSans-Bold", 20, color=colors.white, align=TA_CENTER)),
                   [Paragraph("College of American Pathologists", S("o", "DejaVuSerif-Bold", 16, color=navy)),
                    Paragraph("Continuing Education and Competency Programs", S("o2", "DejaVuSans", 9,
                                                                                  color=colors.HexColor("#5b6f80")))]]],
                 colWidths=[0.9 * inch, W - 0.9 * inch], rowHeights=[0.62 * inch])
    logo.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), navy), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LEFTPADDING", (1, 0), (1, 0), 12), ("LINEBELOW", (0, 0), (-1, 0), 2, navy)]))
    c = TA_CENTER
    story = [logo, Spacer(1, 0.55 * inch),
             Paragraph("Certificate of Completion and Credit", S("h", "DejaVuSerif", 24, align=c, after=18)),
             Paragraph("This certificate is presented to", S("s", "DejaVuSerif-Italic", 11, align=c, after=8)),
             Paragraph("Thanh-Hương Nguyen", S("n", "DejaVuSerif-Bold", 22, align=c, after=12)),
             Paragraph("for successfully completing the activity", S("s2", "DejaVuSerif-Italic", 11, align=c,
                                                                      after=8)),
             Paragraph("Digital Cytology Competency Assessment Program: Gynecologic Module",
                       S("t", "DejaVuSans-Bold", 15, align=c, after=26, lead=19)),
             ]
    k = S("k", "DejaVuSans", 8, color=colors.HexColor("#5b6f80"))
    v = S("v", "DejaVuSans", 10)
    det = Table([[Paragraph("Activity ID: DCAP-GYN-2406", v), Paragraph("Date completed: June 7, 2024", v)],
                 [Paragraph("Customer number: 771-20458", v), Paragraph("Date printed: November 2, 2024", v)]],
                colWidths=[W / 2, W / 2])
    det.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [det, Spacer(1, 0.3 * inch)]
    hd = S("hd", "DejaVuSans-Bold", 9, color=colors.white)
    td = S("td", "DejaVuSans", 9.5)
    tdc = S("tdc", "DejaVuSans", 9.5, align=c)
    cr = Table([[Paragraph("Credit type", hd), Paragraph("Maximum", S("hc", "DejaVuSans-Bold", 9,
                                                                          color=colors.white, align=c)),
                 Paragraph("Claimed", S("hc2", "DejaVuSans-Bold", 9, color=colors.white, align=c))],
                [Paragraph("AMA PRA Category 1 Credits\u2122 (pathologists)", td), Paragraph("2.5", tdc),
                 Paragraph("\u2014", tdc)],
                [Paragraph("CE hours (laboratory professionals)", td), Paragraph("2.5", tdc),
                 Paragraph("2.0", tdc)]],
               colWidths=[W - 2.4 * inch, 1.2 * inch, 1.2 * inch])
    cr.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), navy),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#b7c4cf")),
                            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [cr, Spacer(1, 0.35 * inch),
              Paragraph("Credit was claimed by the participant at completion. Statements on accreditation and "
                        "credit designation appear on page 2.", S("f", "DejaVuSans", 8.5,
                                                                  color=colors.HexColor("#444444"))),
              PageBreak(),
              Paragraph("Accreditation and Credit Designation", S("h2", "DejaVuSans-Bold", 11, after=8))]
    small = S("sm", "DejaVuSans", 7.5, lead=10, after=6, color=colors.HexColor("#333333"))
    for t in [
        "The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical "
        "Education to provide continuing medical education for physicians. The CAP designates this enduring "
        "material for a maximum of 2.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit "
        "commensurate with the extent of their participation in the activity.",
        "Laboratory professionals: the CAP awards up to 2.5 continuing education (CE) hours for this activity. "
        "Participants claim the hours actually spent; the claimed value is printed on page 1.",
        "The competency assessment slides and images remain the property of the College. Reproduction of "
        "the case material is not permitted. Participants who do not achieve the minimum score may repeat the "
        "module once within the enrollment year.",
        "Keep this certificate for your records. Duplicate copies can be printed from the learning transcript; "
        "reprints show the original completion date and the current print date.",
    ]:
        story.append(Paragraph(t, small))
    doc.build(story)


# --------------------------------------------------------------------------
@cert("zg17", "state-society", "reportlab-platypus",
      ["base:session-table", "portrait", "session-table", "meeting-attendance", "claimed-vs-max", "name-accents", "name-hyphen",
       "no-activity-id", "date-range", "distractor-numbers", "signature"],
      "State society annual meeting record: sessions with Attended Yes/\u2014; earned 7.0 of 10.5 available; "
      "title is the meeting name; French name with accent and hyphen; member number distractor.",
      name="Jean-Baptiste Lefèvre", title="WSCLS 2024 Annual Meeting", date="2024-04-12",
      credits=7.0, unit="contact hour",
      provider=["Wisconsin Society for Clinical Laboratory Science", "WSCLS"], activity_id=None)
def zg17(path):
    green = colors.HexColor("#2d5a27")
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.65 * inch, bottomMargin=0.7 * inch, title="WSCLS CE record")
    W = letter[0] - 1.6 * inch
    story = [Paragraph("Wisconsin Society for Clinical Laboratory Science",
                       S("o", "Times-Bold", 15, color=green)),
             Paragraph("WSCLS 2024 Annual Meeting", S("m", "Times-Roman", 24, before=4, after=2)),
             Paragraph("April 10\u201312, 2024 \u00b7 Lakeview Resort &amp; Conference Center, Wisconsin Dells",
                       S("w", "Helvetica", 9.5, color=colors.HexColor("#555555"), after=14)),
             Table([[""]], colWidths=[W], rowHeights=[3],
                   style=[("BACKGROUND", (0, 0), (-1, -1), green)]),
             Spacer(1, 12),
             Paragraph("CONTINUING EDUCATION RECORD", S("h", "Helvetica-Bold", 11, after=8)),
             Table([[Paragraph("Participant", S("k", "Helvetica", 9)),
                     Paragraph("<b>Jean-Baptiste Lefèvre</b>", S("v", "Helvetica", 11)),
                     Paragraph("Member No.", S("k2", "Helvetica", 9)),
                     Paragraph("W-20771", S("v2", "Helvetica", 10))]],
                   colWidths=[1.0 * inch, 3.2 * inch, 1.0 * inch, W - 5.2 * inch]),
             Spacer(1, 8),
             Paragraph("Sessions marked <b>Yes</b> were attended in full and verified by the room monitor. "
                       "Contact hours are awarded only for verified sessions.",
                       S("i", "Times-Roman", 10.5, after=10, lead=14))]
    th = S("th", "Helvetica-Bold", 8.5, color=colors.white)
    td = S("td", "Helvetica", 8.8, lead=11)
    tc = S("tc", "Helvetica", 8.8, align=TA_CENTER)
    rows = [[Paragraph(x, th) for x in ("Day", "Time", "Session", "Hours", "Attended")]]
    data = [("Wed Apr 10", "8:30 AM", "Keynote: Workforce Pipelines for Rural Laboratories", "1.0", "Yes"),
            ("Wed Apr 10", "10:15 AM", "Interpreting Thromboelastography in Trauma", "1.5", "Yes"),
            ("Wed Apr 10", "1:30 PM", "Laboratory Information System Downtime Drills", "1.5", "\u2014"),
            ("Thu Apr 11", "8:30 AM", "Carbapenemase Detection: Phenotypic and Molecular Methods", "1.5", "Yes"),
            ("Thu Apr 11", "10:30 AM", "Students to Staff: Precepting New Graduates", "1.0", "\u2014"),
            ("Thu Apr 11", "1:30 PM", "Red Cell Alloimmunization in Pregnancy", "1.5", "Yes"),
            ("Fri Apr 12", "8:30 AM", "Diabetes Testing Update: A1c, Fructosamine and CGM", "1.0", "\u2014"),
            ("Fri Apr 12", "10:00 AM", "Legislative Update and Advocacy Roundtable", "1.5", "Yes")]
    for r in data:
        rows.append([Paragraph(r[0], td), Paragraph(r[1], td), Paragraph(r[2], td), Paragraph(r[3], tc),
                     Paragraph(r[4], tc)])
    rows.append([Paragraph("<b>Available: 10.5</b>", td), "", "",
                 Paragraph("<b>Earned</b>", tc), Paragraph("<b>7.0</b>", tc)])
    t = Table(rows, colWidths=[0.95 * inch, 0.8 * inch, W - 3.25 * inch, 0.65 * inch, 0.85 * inch])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), green),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#eef4ec")]),
                           ("LINEABOVE", (0, -1), (-1, -1), 1, green), ("SPAN", (0, -1), (2, -1)),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [t, Spacer(1, 14),
              Paragraph("Total contact hours earned: <b>7.0</b>", S("tot", "Helvetica", 11, after=30)),
              Paragraph("Renske Vanderhoof", S("hand", "Times-Italic", 18, after=2)),
              Table([[""]], colWidths=[2.6 * inch], rowHeights=[1], hAlign="LEFT",
                    style=[("LINEABOVE", (0, 0), (-1, 0), 0.7, colors.black)]),
              Paragraph("Renske Vanderhoof, MLS(ASCP)<super>CM</super> \u00b7 WSCLS Continuing Education Chair",
                        S("sg", "Helvetica", 8.5, after=24)),
              Paragraph("The Wisconsin Society for Clinical Laboratory Science is approved as a provider of continuing "
                        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. "
                        "Retain this record for certification maintenance and audit purposes.",
                        S("fine", "Helvetica", 7.5, color=colors.HexColor("#444444"), lead=10))]
    doc.build(story)


# --------------------------------------------------------------------------
def _cascadia_page(c, doc):
    c.saveState()
    W, H = letter
    c.setFillColor(colors.HexColor("#154734"))
    c.rect(0, H - 0.35 * inch, W, 0.35 * inch, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#7fb069"))
    c.rect(0, H - 0.42 * inch, W, 0.07 * inch, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 15)
    c.setFillColor(colors.HexColor("#154734"))
    c.drawString(0.9 * inch, H - 0.95 * inch, "Cascadia Regional Public Health Laboratory")
    c.setFont("Helvetica", 9)
    c.drawString(0.9 * inch, H - 1.13 * inch, "Training and Outreach Section  \u00b7  2210 Tidewater Parkway, "
                                              "Building C  \u00b7  Olympia, WA 98501")
    c.setStrokeColor(colors.HexColor("#154734"))
    c.line(0.9 * inch, H - 1.25 * inch, W - 0.9 * inch, H - 1.25 * inch)
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawCentredString(W / 2, 0.5 * inch, "This letter may be presented to licensing or certification bodies as "
                                           "documentation of training. Page 1 of 1")
    c.restoreState()


@cert("zg27", "public-health-lab", "reportlab-platypus",
      ["base:letter", "portrait", "letter", "provider-department", "multi-date", "id-colon", "name-hyphen",
       "signature", "title-in-sentence", "footer"],
      "Public health laboratory training letter; provider is a section of the laboratory; the title appears in "
      "quotes in the body and again in a summary box; letter date and a renewal-due date as distractors.",
      name="Haruto Ishikawa-Delgado",
      title="Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)",
      date="2024-11-12", credits=4.0, unit="contact hour",
      provider=["Cascadia Regional Public Health Laboratory",
                "Cascadia Regional Public Health Laboratory, Training and Outreach Section"],
      activity_id="PS-62-2411")
def zg27(path):
    doc = BaseDocTemplate(path, pagesize=letter, title="Training completion letter")
    fr = Frame(0.9 * inch, 0.9 * inch, letter[0] - 1.8 * inch, letter[1] - 2.45 * inch, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=_cascadia_page)])
    b = S("b", "Times-Roman", 11, lead=15.5, after=10)
    story = [Paragraph("November 19, 2024", S("d", "Times-Roman", 11, after=18)),
             Paragraph("Haruto Ishikawa-Delgado<br/>Microbiology Section, Greywater Valley Hospital<br/>"
                       "611 Larch Street<br/>Aberdeen, WA 98520", S("a", "Times-Roman", 11, lead=14, after=16)),
             Paragraph("<b>RE: Completion of infectious substance shipping training</b>", S("re", "Times-Roman", 11,
                                                                                            after=14)),
             Paragraph("Dear Mr. Ishikawa-Delgado:", b),
             Paragraph("This letter confirms that you successfully completed the training course \u201cPackaging "
                       "and Shipping Division 6.2 Infectious Substances (Category A and Category B)\u201d on "
                       "November 12, 2024, including the hands-on packaging exercise and the written assessment. "
                       "The course was offered free of charge to sentinel laboratories in our service region.", b),
             Paragraph("The course provides 4.0 contact hours of continuing education. Because transport "
                       "regulations require retraining at least every two years, your shipping training should be "
                       "renewed on or before November 12, 2026.", b)]
    k = S("k", "Helvetica", 9, color=colors.HexColor("#555555"))
    v = S("v", "Helvetica-Bold", 9.5, lead=12)
    box = Table([[Paragraph("Training ID:", k), Paragraph("PS-62-2411", v)],
                 [Paragraph("Course:", k), Paragraph("Packaging and Shipping Division 6.2 Infectious Substances "
                                                     "(Category A and Category B)", v)],
                 [Paragraph("Date completed:", k), Paragraph("November 12, 2024", v)],
                 [Paragraph("Contact hours:", k), Paragraph("4.0", v)],
                 [Paragraph("Retraining due:", k), Paragraph("November 12, 2026", v)]],
                colWidths=[1.4 * inch, 4.9 * inch])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#154734")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f7f1")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [box, Spacer(1, 14),
              Paragraph("Thank you for helping keep specimen transport safe for couriers, carriers and the public.", b),
              Paragraph("Respectfully,", S("r", "Times-Roman", 11, after=6)),
              Paragraph("Marisol Etxeberria", S("h", "Times-Italic", 19, after=4)),
              Paragraph("Marisol Etxeberria, MPH, M(ASCP)<br/>Training Coordinator, Training and Outreach Section",
                        S("sg", "Times-Roman", 10.5, lead=13))]
    doc.build(story)


# --------------------------------------------------------------------------
def _nsh_page(c, doc):
    c.saveState()
    W, H = landscape(letter)
    c.setFillColor(colors.HexColor("#4b1d3f"))
    c.rect(0, 0, 0.5 * inch, H, stroke=0, fill=1)
    c.rect(W - 0.5 * inch, 0, 0.5 * inch, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#d8b4a0"))
    c.rect(0.5 * inch, 0, 0.08 * inch, H, stroke=0, fill=1)
    c.rect(W - 0.58 * inch, 0, 0.08 * inch, H, stroke=0, fill=1)
    c.restoreState()


@cert("zg34", "nsh", "reportlab-platypus",
      ["base:session-table", "landscape", "session-table", "meeting-attendance", "name-suffix", "name-hyphen", "name-credentials",
       "no-activity-id", "date-range", "distractor-numbers", "claimed-vs-max"],
      "Convention attendance with a table of four workshops (numbers under a 'No.' column are not activity "
      "IDs); title is the meeting name; name with suffix III followed by ', HTL(ASCP)' in a sentence; "
      "member number distractor.",
      name="Obadiah Thornton-Reyes III", title="NSH 2024 Symposium/Convention", date="2024-08-27",
      credits=9.0, unit="contact hour", provider=["National Society for Histotechnology", "NSH"],
      activity_id=None)
def zg34(path):
    pg = landscape(letter)
    doc = BaseDocTemplate(path, pagesize=pg, title="NSH convention certificate")
    fr = Frame(1.0 * inch, 0.6 * inch, pg[0] - 2.0 * inch, pg[1] - 1.2 * inch, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=_nsh_page)])
    plum = colors.HexColor("#4b1d3f")
    W = pg[0] - 2.0 * inch
    c = TA_CENTER
    story = [Paragraph("National Society for Histotechnology", S("o", "Times-Roman", 13, align=c, color=plum)),
             Paragraph("NSH 2024 Symposium/Convention", S("m", "Times-Bold", 25, align=c, before=4, after=2)),
             Paragraph("August 23\u201327, 2024 \u00b7 Providence, Rhode Island", S("w", "Helvetica", 10, align=c,
                                                                                   after=14)),
             Paragraph("CERTIFICATE OF ATTENDANCE", S("h", "Helvetica-Bold", 12, align=c, after=10,
                                                      color=plum)),
             Paragraph("This certifies that <b>Obadiah Thornton-Reyes III</b>, HTL(ASCP), attended the workshops "
                       "listed below and is awarded the contact hours shown.",
                       S("i", "Times-Roman", 12, align=c, after=12, lead=16))]
    th = S("th", "Helvetica-Bold", 9, color=colors.white)
    td = S("td", "Helvetica", 9.5, lead=12)
    tc = S("tc", "Helvetica", 9.5, align=c)
    rows = [[Paragraph("No.", th), Paragraph("Date", th), Paragraph("Workshop", th),
             Paragraph("Contact hours", S("thc", "Helvetica-Bold", 9, color=colors.white, align=c))]]
    for r in [("W-104", "Aug 24, 2024", "Decalcification Without Regret: Bone Marrow and Bone Specimens", "3.0"),
              ("W-131", "Aug 25, 2024", "Troubleshooting Multiplex Immunofluorescence", "2.0"),
              ("W-157", "Aug 26, 2024", "Mohs Frozen Section Quality: Embedding and Orientation", "2.0"),
              ("W-188", "Aug 27, 2024", "Laboratory Safety Culture for Histology Supervisors", "2.0")]:
        rows.append([Paragraph(r[0], td), Paragraph(r[1], td), Paragraph(r[2], td), Paragraph(r[3], tc)])
    rows.append(["", "", Paragraph("<b>Total contact hours awarded</b>", td), Paragraph("<b>9.0</b>", tc)])
    t = Table(rows, colWidths=[0.8 * inch, 1.3 * inch, W - 3.6 * inch, 1.5 * inch])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), plum),
                           ("LINEBELOW", (0, 1), (-1, -2), 0.4, colors.HexColor("#c9b3c1")),
                           ("LINEABOVE", (0, -1), (-1, -1), 1.2, plum),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    sig = Table([[Paragraph("Imogen Falkenrath", S("h1", "Times-Italic", 17, align=c)),
                  Paragraph("Member No. 0311-7742<br/>Certificate issued September 9, 2024",
                            S("mn", "Helvetica", 8.5, align=TA_RIGHT, lead=11))],
                 [Paragraph("Imogen Falkenrath, HT(ASCP) \u00b7 NSH Education Chair", S("s1", "Helvetica", 8,
                                                                                    align=c)), ""]],
                colWidths=[3.4 * inch, W - 3.4 * inch])
    sig.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.7, colors.black), ("VALIGN", (0, 0), (-1, -1),
                                                                                  "BOTTOM")]))
    story += [t, Spacer(1, 22), sig, Spacer(1, 10),
              Paragraph("Workshops are approved for P.A.C.E.\u00ae contact hours. Up to 16.0 contact hours were "
                        "available to full-convention registrants; only workshops with verified attendance appear above.",
                        S("f", "Helvetica", 7.5, align=c, color=colors.HexColor("#555555")))]
    doc.build(story)


# --------------------------------------------------------------------------
@cert("zg37", "clsi", "reportlab-platypus",
      ["base:online-receipt", "portrait", "label-value", "format-line-above", "multi-date", "distractor-numbers",
       "id-colon", "name-accents", "name-hyphen", "provider-logo-only", "footer"],
      "Learning-portal print-out; provider only in the logo heading; 'ON-DEMAND WEBINAR' above the title; "
      "label/value rows with order number, purchase date and access expiry next to the program ID and completion date.",
      name="Anneliese Müller-Grant",
      title="Verification of Quantitative Methods: Applying EP15 in Your Laboratory",
      date="2024-02-28", credits=1.5, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="CLSI-OD-0228")
def zg37(path):
    teal = colors.HexColor("#006d77")

    def deco(c, doc):
        c.saveState()
        W, H = letter
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(0.6 * inch, 0.45 * inch, "learning portal \u00b7 printed 03/04/2024 08:12")
        c.drawRightString(W - 0.6 * inch, 0.45 * inch, "Page 1 of 1")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=letter, title="Certificate of Completion")
    fr = Frame(0.9 * inch, 0.9 * inch, letter[0] - 1.8 * inch, letter[1] - 1.6 * inch, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
    W = letter[0] - 1.8 * inch
    logo = Table([[Paragraph("CLSI", S("l", "Helvetica-Bold", 24, color=teal)),
                   Paragraph("Clinical and Laboratory Standards Institute",
                             S("o", "Helvetica", 11, color=teal, lead=13))]],
                 colWidths=[1.05 * inch, 3.4 * inch], hAlign="LEFT")
    logo.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEAFTER", (0, 0), (0, 0), 1.5, teal)]))
    k = S("k", "Helvetica", 9.5, color=colors.HexColor("#555555"))
    v = S("v", "Helvetica", 10.5, lead=13)
    rows = [("Learner", "<b>Anneliese Müller-Grant</b>"),
            ("Program ID:", "CLSI-OD-0228"),
            ("Completion date:", "February 28, 2024"),
            ("P.A.C.E.\u00ae contact hours:", "1.5"),
            ("Order Number:", "1009344"),
            ("Purchased:", "January 30, 2024"),
            ("Access expires:", "January 30, 2025")]
    t = Table([[Paragraph(a, k), Paragraph(b, v)] for a, b in rows], colWidths=[2.0 * inch, W - 2.0 * inch])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d0d7d9")),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [logo, Spacer(1, 0.45 * inch),
             Paragraph("My Learning \u203a Transcript \u203a Certificate", S("bc", "Helvetica", 8.5,
                                                                          color=colors.HexColor("#777777"),
                                                                          after=10)),
             Paragraph("Certificate of Completion", S("h", "Helvetica-Bold", 22, after=18)),
             Paragraph("ON-DEMAND WEBINAR", S("f", "Helvetica-Bold", 9, color=teal, after=3)),
             Paragraph("Verification of Quantitative Methods: Applying EP15 in Your Laboratory",
                       S("t", "Times-Bold", 18, lead=22, after=18)),
             t, Spacer(1, 0.3 * inch),
             Paragraph("This program has been approved for P.A.C.E.\u00ae continuing education credit. Credit is "
                       "granted once per learner after the evaluation is submitted; the hours above reflect the "
                       "full recorded program including the knowledge check.",
                       S("n", "Helvetica", 8.5, lead=11.5, color=colors.HexColor("#444444")))]
    doc.build(story)
