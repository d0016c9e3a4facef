"""reportlab Platypus templates (flowables, tables, page callbacks)."""
from xml.sax.saxutils import escape as X

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

from certs import PACE

_done = False


def fonts():
    global _done
    if _done:
        return
    base = "/usr/share/fonts/truetype/liberation2/"
    for fam, stem in [("LSans", "LiberationSans"), ("LSerif", "LiberationSerif")]:
        for suf, fs, b, i in [("", "-Regular", 0, 0), ("-Bold", "-Bold", 1, 0), ("-Italic", "-Italic", 0, 1),
                              ("-BoldItalic", "-BoldItalic", 1, 1)]:
            pdfmetrics.registerFont(TTFont(fam + suf, base + stem + fs + ".ttf"))
            addMapping(fam, b, i, fam + suf)
    _done = True


def S(name, font="LSans", size=10, lead=None, align=TA_LEFT, color="#000000", before=0, after=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, alignment=align,
                          textColor=colors.HexColor(color), spaceBefore=before, spaceAfter=after, **kw)


def Pa(text, style):
    return Paragraph(text, style)


# ------------------------------------------------------------------ zk03
def pl_cap(d, out):
    fonts()
    blue = "#00467f"

    def band(c, doc):
        c.saveState()
        W, H = letter
        c.setFillColor(colors.HexColor(blue))
        c.rect(0, H - 92, W, 92, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.circle(66, H - 46, 26, fill=1, stroke=0)
        c.setFillColor(colors.HexColor(blue))
        c.setFont("LSerif-Bold", 15)
        c.drawCentredString(66, H - 51, "CAP")
        c.setFillColor(colors.white)
        c.setFont("LSans-Bold", 17)
        c.drawString(106, H - 42, "College of American Pathologists")
        c.setFont("LSans", 10)
        c.drawString(106, H - 59, "CAP Learning \u00b7 Continuing Education for Laboratory Professionals")
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("LSans", 7.5)
        c.drawString(54, 30, "Page %d of 2" % doc.page)
        c.drawRightString(W - 54, 30, "Transcript ID " + d["transcript"] + "  \u00b7  Printed " + d["printed"])
        c.restoreState()

    st_h = S("h", "LSerif-Bold", 24, align=TA_CENTER, after=6)
    st_sub = S("s", "LSerif-Italic", 11, align=TA_CENTER, color="#555555", after=18)
    st_l = S("l", "LSans-Bold", 10, color=blue)
    st_v = S("v", "LSans", 11, lead=14)
    st_p = S("p", "LSans", 9.5, lead=13, align=TA_JUSTIFY, after=8)
    st_h2 = S("h2", "LSans-Bold", 14, color=blue, after=8, before=6)
    doc = SimpleDocTemplate(out, pagesize=letter, topMargin=1.75 * inch, bottomMargin=0.8 * inch,
                            leftMargin=0.85 * inch, rightMargin=0.85 * inch, title="CAP Certificate",
                            author="College of American Pathologists")
    rows = [("Participant", d["name"]), ("Activity Title", d["title"]), ("Activity ID", d["act"]),
            ("Format", d["fmt"]), ("Date Completed", d["date"]), ("P.A.C.E.\u00ae Contact Hours", d["hours"]),
            ("Result", "Passed post-test (score on file)")]
    t = Table([[Pa(X(a), st_l), Pa(X(b), st_v)] for a, b in rows], colWidths=[1.9 * inch, 4.9 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#c5d3e0")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3f8")),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story = [Pa("Certificate of Continuing Education", st_h),
             Pa("Issued through CAP Learning", st_sub), t, Spacer(1, 22),
             Pa("This certificate documents successful completion of the activity above. Accreditation statements "
                "and learning objectives appear on page 2.", st_p),
             Spacer(1, 40),
             Pa("_______________________________<br/>Jillian Okafor-Baptiste, MD, FCAP<br/>"
                "<i>Chair, Council on Education</i>", S("sig", "LSans", 10, lead=14)),
             PageBreak(),
             Pa("Learning Objectives", st_h2)]
    for o in ["Describe the morphologic features used to distinguish <i>Plasmodium falciparum</i> from other species.",
              "Recognize <i>Babesia</i> ring forms and tetrads and avoid common mimics such as platelets and stain debris.",
              "Apply a stepwise approach to parasitemia estimation on thin films."]:
        story.append(Pa("\u2022 " + o, st_p))
    story += [Pa("Accreditation", st_h2),
              Pa("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing "
                 "Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates "
                 "this enduring material for a maximum of 1.0 <i>AMA PRA Category 1 Credit</i>\u2122. Physicians should "
                 "claim only the credit commensurate with the extent of their participation in the activity.", st_p),
              Pa("The CAP " + X(PACE) + " This activity is approved for 1.0 contact hour.", st_p),
              Pa("Release date: January 15, 2024. Expiration date: January 14, 2026.", st_p)]
    doc.build(story, onFirstPage=band, onLaterPages=band)


# ------------------------------------------------------------------ zk11
def pl_aphl(d, out):
    fonts()
    teal, orange = "#005f73", "#ee9b00"

    def band(c, doc):
        c.saveState()
        W, H = letter
        c.setFillColor(colors.HexColor(teal))
        c.rect(0, H - 100, W, 100, fill=1, stroke=0)
        c.setFillColor(colors.HexColor(orange))
        c.rect(0, H - 106, W, 6, fill=1, stroke=0)
        c.setFillColor(colors.white)
        p = c.beginPath()
        p.moveTo(44, H - 78); p.lineTo(70, H - 24); p.lineTo(96, H - 78); p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFillColor(colors.HexColor(teal))
        c.setFont("LSans-Bold", 8)
        c.drawCentredString(70, H - 70, "APHL")
        c.setFillColor(colors.white)
        c.setFont("LSans-Bold", 18)
        c.drawString(112, H - 50, "Association of Public Health Laboratories")
        c.setFont("LSans", 10)
        c.drawString(112, H - 67, "APHL Education & Training")
        c.setFont("LSans", 7.5)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawCentredString(W / 2, 28, "APHL \u00b7 page %d" % doc.page)
        c.restoreState()

    st_h = S("h", "LSans-Bold", 22, align=TA_CENTER, after=4)
    st_c = S("c", "LSerif-Italic", 12, align=TA_CENTER, after=6)
    st_n = S("n", "LSerif-Bold", 22, align=TA_CENTER, after=6, lead=26)
    st_t = S("t", "LSans-Bold", 15, align=TA_CENTER, lead=19, after=2)
    st_f = S("f", "LSans", 10.5, align=TA_CENTER, color="#555555", after=16)
    st_p = S("p", "LSans", 9.5, lead=13, align=TA_JUSTIFY, after=8)
    st_th = S("th", "LSans-Bold", 10, color="#ffffff")
    st_td = S("td", "LSans", 10.5)
    doc = SimpleDocTemplate(out, pagesize=letter, topMargin=1.9 * inch, bottomMargin=0.8 * inch,
                            leftMargin=0.9 * inch, rightMargin=0.9 * inch, title="APHL Certificate of Completion",
                            author="APHL")
    tbl = Table([[Pa("Date", st_th), Pa("Event ID", st_th), Pa("Contact Hours", st_th), Pa("Webinar Registration No.", st_th)],
                 [Pa(d["date"], st_td), Pa(d["event"], st_td), Pa(d["hours"], st_td), Pa(d["reg"], st_td)]],
                colWidths=[1.4 * inch, 1.4 * inch, 1.4 * inch, 2.3 * inch])
    tbl.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(teal)),
                             ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#9bb7bd")),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [Pa("Certificate of Completion", st_h), Spacer(1, 10),
             Pa("This is to certify that", st_c), Pa(X(d["name"]), st_n),
             Pa("has completed the APHL educational activity", st_c),
             Pa(X(d["title"]), st_t), Pa(X(d["fmt"]), st_f), tbl, Spacer(1, 24),
             Pa("The Association of Public Health Laboratories (APHL) " + X(PACE) +
                " This activity is approved for 1.5 P.A.C.E.\u00ae contact hours at the intermediate level.", st_p),
             Pa("Funding for this webinar was made possible in part by a cooperative agreement; views expressed do not "
                "necessarily reflect the official policies of the funding agency.", st_p),
             Spacer(1, 30),
             Pa("_______________________________<br/>Marisa Lindqvist-Obeng, PhD<br/><i>Director, Education &amp; Training</i>",
                S("sig", "LSans", 10, lead=14)),
             PageBreak(),
             Pa("Evaluation Summary (for your records)", S("h2", "LSans-Bold", 14, color=teal, after=10))]
    ev = Table([["Item", "Your response"],
                ["Objectives were met", "5 (strongly agree)"],
                ["Content relevant to my practice", "4 (agree)"],
                ["Intend to change practice", "Yes \u2013 update sentinel lab risk assessment within 3 months"],
                ["Minutes spent on the activity", "90"]], colWidths=[2.6 * inch, 3.9 * inch])
    ev.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 10), ("FONT", (0, 0), (-1, 0), "LSans-Bold", 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#bbbbbb")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6f0f1"))]))
    story += [ev, Spacer(1, 14), Pa("Evaluation submitted 2025-02-27 09:41. Certificate generated on submission.", st_p)]
    doc.build(story, onFirstPage=band, onLaterPages=band)


# ------------------------------------------------------------------ zk19
def pl_letter(d, out):
    fonts()
    navy = "#2b3a67"

    def head(c, doc):
        c.saveState()
        W, H = letter
        c.setFillColor(colors.HexColor(navy))
        p = c.beginPath()
        p.moveTo(54, H - 84); p.lineTo(74, H - 44); p.lineTo(88, H - 66); p.lineTo(98, H - 52); p.lineTo(118, H - 84)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFont("LSerif-Bold", 16)
        c.drawString(130, H - 62, d["org"] + " (" + d["short"] + ")")
        c.setFont("LSans", 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(130, H - 77, "PO Box 4471, Lakewood, CO 80226 (fictitious)  \u00b7  education@rmatm-example.org")
        c.setStrokeColor(colors.HexColor(navy))
        c.setLineWidth(1.2)
        c.line(54, H - 96, W - 54, H - 96)
        c.setFont("LSans", 7.5)
        c.drawCentredString(W / 2, 34, d["short"] + " is a nonprofit professional association for transfusion medicine professionals.")
        c.restoreState()

    body = S("b", "LSerif", 11.5, lead=15.5, align=TA_JUSTIFY, after=10)
    doc = SimpleDocTemplate(out, pagesize=letter, topMargin=1.75 * inch, bottomMargin=1 * inch,
                            leftMargin=1.05 * inch, rightMargin=1.05 * inch, title="Confirmation of Attendance",
                            author=d["short"])
    story = [Pa(d["ldate"], body), Spacer(1, 6)]
    story.append(Pa("<br/>".join([X(d["name"])] + [X(a) for a in d["addr"]]), S("a", "LSerif", 11.5, lead=15, after=14)))
    story.append(Pa("<b>Re: Confirmation of attendance and continuing education credit</b>", body))
    story.append(Pa(X(d["salutation"]), body))
    story.append(Pa(
        "Thank you for attending our spring educational program, \u201c%s,\u201d held on %s in Denver, Colorado. "
        "This letter confirms your attendance for the full program and the award of <b>%s P.A.C.E.\u00ae contact "
        "hours</b> (P.A.C.E.\u00ae program number %s)." % (X(d["title"]), d["date"], d["hours"], d["program"]), body))
    story.append(Pa(
        "%s %s Please keep this letter with your continuing education records; we do not issue a separate "
        "certificate for this program." % (X(d["org"]), X(PACE)), body))
    story.append(Pa("We hope to see you at our fall symposium in October.", body))
    story.append(Spacer(1, 8))
    story.append(Pa("Sincerely,", body))
    story.append(Spacer(1, 26))
    story.append(Pa("Gabriel Espinoza-Hart, MS, MLS(ASCP)SBB<br/><i>Education Committee Chair, %s</i>" % d["short"],
                    S("s", "LSerif", 11, lead=14.5)))
    doc.build(story, onFirstPage=head, onLaterPages=head)


# ------------------------------------------------------------------ zk27
def pl_medialab(d, out):
    fonts()
    blue, yellow = "#0b6e99", "#f4b740"

    def deco(c, doc):
        c.saveState()
        W, H = letter
        c.setStrokeColor(colors.HexColor(blue))
        c.setLineWidth(3)
        c.rect(28, 28, W - 56, H - 56)
        c.setFillColor(colors.HexColor(blue))
        c.rect(48, H - 100, 36, 36, fill=1, stroke=0)
        c.setFillColor(colors.HexColor(yellow))
        c.circle(84, H - 98, 12, fill=1, stroke=0)
        c.setFillColor(colors.HexColor(blue))
        c.setFont("LSans-Bold", 22)
        c.drawString(106, H - 88, "MediaLab, Inc.")
        c.setFont("LSans", 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawCentredString(W / 2, 40, "MediaLab, Inc. \u00b7 page %d of 2" % doc.page)
        c.restoreState()

    st_h = S("h", "LSerif-Bold", 30, align=TA_CENTER, after=8, color=blue, lead=36)
    st_c = S("c", "LSerif-Italic", 13, align=TA_CENTER, after=6, before=6)
    st_n = S("n", "LSerif-Bold", 24, align=TA_CENTER, lead=28, after=6)
    st_t = S("t", "LSans-Bold", 17, align=TA_CENTER, lead=21, after=14)
    st_f = S("f", "LSans", 12, align=TA_CENTER, lead=17)
    st_p = S("p", "LSans", 10, lead=14, align=TA_JUSTIFY, after=8)
    doc = SimpleDocTemplate(out, pagesize=letter, topMargin=2.0 * inch, bottomMargin=0.9 * inch,
                            leftMargin=1.0 * inch, rightMargin=1.0 * inch, title="Certificate of Completion",
                            author="MediaLab, Inc.")
    story = [Pa("Certificate of Completion", st_h), Spacer(1, 16),
             Pa("This is to certify that", st_c), Pa(X(d["name"]), st_n),
             Pa("has successfully completed the online course", st_c), Pa(X(d["title"]), st_t),
             Pa("Course ID: %s<br/>Date Completed: %s<br/>Contact Hours: %s (P.A.C.E.\u00ae)" % (d["course"], d["date"], d["hours"]), st_f),
             Spacer(1, 50),
             Pa("_______________________________<br/>Marcia Delgado-Wynn, MLS(ASCP)<br/><i>Director, Continuing Education</i>",
                S("sig", "LSans", 10, lead=14, align=TA_CENTER)),
             Spacer(1, 40),
             Pa("MediaLab, Inc. " + X(PACE), S("ft", "LSans", 9, align=TA_CENTER, color="#444444")),
             PageBreak(),
             Pa("Course Information", S("h2", "LSans-Bold", 15, color=blue, after=10)),
             Pa("<b>Course description.</b> Part 2 of the Gram stain series applies the scoring and reporting approach "
                "from Part 1 to sputum, bronchoalveolar lavage and endotracheal aspirate specimens.", st_p),
             Pa("<b>Objectives.</b>", st_p)]
    for o in ["Assess specimen acceptability using squamous epithelial cell and neutrophil counts.",
              "Identify and semi-quantitate organisms commonly seen in lower respiratory specimens.",
              "Recognize when Gram stain findings should prompt a call to the provider."]:
        story.append(Pa("\u2022 " + o, st_p))
    story += [Pa("<b>Level:</b> Intermediate. <b>Author:</b> Ruth Adebayo-Klein, MS, M(ASCP). <b>Reviewed:</b> 2025.", st_p),
              Pa("<b>Part 1</b> of this series (Course ID 2213) is a separate course with its own certificate.", st_p)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ zk35
def pl_univ(d, out):
    fonts()
    green, gold = "#1b4332", "#b08d2f"
    W, H = landscape(letter)

    def deco(c, doc):
        c.saveState()
        c.setStrokeColor(colors.HexColor(green))
        c.setLineWidth(5)
        c.rect(24, 24, W - 48, H - 48)
        c.setStrokeColor(colors.HexColor(gold))
        c.setLineWidth(1)
        c.rect(34, 34, W - 68, H - 68)
        c.setFillColor(colors.HexColor(green))
        p = c.beginPath()
        cx, top = W / 2, H - 52
        p.moveTo(cx - 26, top); p.lineTo(cx + 26, top); p.lineTo(cx + 26, top - 30); p.lineTo(cx, top - 50)
        p.lineTo(cx - 26, top - 30); p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFillColor(colors.HexColor(gold))
        c.setFont("LSerif-Bold", 13)
        c.drawCentredString(cx, top - 24, "UE")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("LSans", 8)
        c.drawString(50, 44, "Issued: " + d["issued"])
        c.restoreState()

    st_o = S("o", "LSerif-Bold", 20, align=TA_CENTER, color=green, lead=24)
    st_o2 = S("o2", "LSerif-Italic", 12.5, align=TA_CENTER, color="#333333", after=10)
    st_h = S("h", "LSerif-Bold", 30, align=TA_CENTER, after=6, lead=36)
    st_c = S("c", "LSerif-Italic", 13, align=TA_CENTER, after=4, before=4)
    st_n = S("n", "LSerif-Bold", 26, align=TA_CENTER, lead=30, after=2, color=green)
    st_t = S("t", "LSans-Bold", 16, align=TA_CENTER, lead=20, after=8)
    st_f = S("f", "LSans", 11.5, align=TA_CENTER, lead=16)
    doc = SimpleDocTemplate(out, pagesize=landscape(letter), topMargin=1.5 * inch, bottomMargin=0.6 * inch,
                            leftMargin=1.1 * inch, rightMargin=1.1 * inch, title="Certificate",
                            author="University of Eastbrook")
    sig = Table([[Pa("_________________________<br/>Dr. Lorraine Achterberg-Mills<br/><i>Dean, Division of Continuing Studies</i>",
                     S("s1", "LSans", 9.5, lead=13, align=TA_CENTER)),
                  Pa("_________________________<br/>Vikram Sethuraman, PhD, MB(ASCP)<br/><i>Program Director</i>",
                     S("s2", "LSans", 9.5, lead=13, align=TA_CENTER))]], colWidths=[3.4 * inch, 3.4 * inch])
    story = [Pa("University of Eastbrook", st_o), Pa("Division of Continuing Studies", st_o2),
             Pa("Certificate of Completion", st_h),
             Pa("is hereby awarded to", st_c), Pa(X(d["name"]), st_n),
             Pa("in recognition of completing", st_c), Pa(X(d["title"]), st_t),
             Pa("%s &nbsp;&nbsp;&middot;&nbsp;&nbsp; Completion Date: %s &nbsp;&nbsp;&middot;&nbsp;&nbsp; "
                "CEUs: %s" % (d["cohort"], d["date"], d["ceu"]), st_f),
             Spacer(1, 26), sig, Spacer(1, 10),
             Pa("The University of Eastbrook, Division of Continuing Studies, awards Continuing Education Units (CEUs) "
                "in accordance with IACET-style criteria; 1 CEU = 10 contact hours.",
                S("ft", "LSans", 8, align=TA_CENTER, color="#555555"))]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


TPL = {"pl_cap": pl_cap, "pl_aphl": pl_aphl, "pl_letter": pl_letter, "pl_medialab": pl_medialab, "pl_univ": pl_univ}
