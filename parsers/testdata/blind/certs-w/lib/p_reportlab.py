"""Certificates drawn directly with ReportLab (canvas and platypus)."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, Frame)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from common import out, gold

P = "ReportLab"

_FONTS = {"DV": "DejaVuSans.ttf", "DV-B": "DejaVuSans-Bold.ttf", "DVS": "DejaVuSerif.ttf",
          "DVS-B": "DejaVuSerif-Bold.ttf", "DVS-I": "DejaVuSerif-Italic.ttf"}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, "/usr/share/fonts/truetype/dejavu/" + _f))


def S(name, **kw):
    base = dict(fontName="Helvetica", fontSize=10, leading=13)
    base.update(kw)
    return ParagraphStyle(name, **base)


def w06(wid):
    doc = SimpleDocTemplate(out(wid), pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.6 * inch, bottomMargin=0.6 * inch, title="CE Certificate")
    navy = colors.HexColor("#12355b")
    st = []
    st.append(Paragraph("Lakeshore Academic Health System", S("o", fontName="Helvetica-Bold", fontSize=19,
                                                              leading=23, textColor=navy)))
    st.append(Paragraph("LAHS &middot; Continuing Professional Development &middot; 900 Harbor Point Drive, Milwaukee, WI",
                        S("a", fontSize=8.5, textColor=colors.HexColor("#555555"))))
    st.append(Spacer(1, 6))
    t = Table([[""]], colWidths=[6.9 * inch], rowHeights=[3])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), navy)]))
    st.append(t)
    st.append(Spacer(1, 22))
    st.append(Paragraph("CERTIFICATE OF ATTENDANCE", S("h", fontName="Helvetica-Bold", fontSize=16, leading=20,
                                                       alignment=TA_CENTER)))
    st.append(Spacer(1, 12))
    c = S("c", fontName="Times-Roman", fontSize=12, leading=15, alignment=TA_CENTER)
    st.append(Paragraph("Lakeshore Academic Health System certifies that", c))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Dr. Miriam Castellanos-Reyes", S("n", fontName="Times-Bold", fontSize=22, leading=27,
                                                            alignment=TA_CENTER)))
    st.append(Spacer(1, 6))
    st.append(Paragraph("attended the live activity", c))
    st.append(Spacer(1, 8))
    st.append(Paragraph("Grand Rounds: Diagnostic Stewardship of Blood Cultures in the Emergency Department",
                        S("t", fontName="Helvetica-Bold", fontSize=14, leading=18, alignment=TA_CENTER,
                          textColor=navy)))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Wednesday, March 11, 2026 &nbsp;&bull;&nbsp; Brightwater Education Pavilion, Room 2B &nbsp;&bull;&nbsp; "
                        "Activity ID: LAHS-GR-26-0311", S("d", fontSize=10, alignment=TA_CENTER)))
    st.append(Spacer(1, 16))
    data = [["Credit type", "Maximum available", "Credit claimed"],
            ["AMA PRA Category 1 Credits\u2122", "1.50", "\u2014"],
            ["ANCC contact hours", "1.50", "\u2014"],
            ["ACPE contact hours (knowledge-based)", "1.50", "\u2014"],
            ["ASCLS P.A.C.E.\u00ae contact hours", "1.50", "1.25"]]
    t = Table(data, colWidths=[3.3 * inch, 1.6 * inch, 1.6 * inch])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DV-B", 9.5), ("FONT", (0, 1), (-1, -1), "DV", 9.5),
                           ("FONT", (2, 4), (2, 4), "DV-B", 10),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f2")),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899aa")),
                           ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    st.append(t)
    st.append(Spacer(1, 14))
    sm = S("s", fontSize=8, leading=10.5, alignment=TA_JUSTIFY, textColor=colors.HexColor("#333333"))
    for txt in [
        "In support of improving patient care, Lakeshore Academic Health System is jointly accredited by the "
        "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
        "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for "
        "the healthcare team.",
        "Lakeshore Academic Health System designates this live activity for a maximum of 1.50 <i>AMA PRA Category 1 "
        "Credits</i>\u2122. Physicians should claim only the credit commensurate with the extent of their "
        "participation in the activity. Nurses: 1.50 ANCC contact hours. Pharmacists: 1.50 contact hours "
        "(0.15 CEUs) of knowledge-based continuing pharmacy education.",
        "Lakeshore Academic Health System is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program."]:
        st.append(Paragraph(txt, sm))
        st.append(Spacer(1, 5))
    st.append(Spacer(1, 26))
    sig = Table([["Theresa M. Vandermolen, DNP, RN", "Learner ID: 60233917"],
                 ["Director, Continuing Professional Development", "Certificate generated 03/19/2026"]],
                colWidths=[4.2 * inch, 2.7 * inch])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("LINEABOVE", (0, 0), (0, 0), 0.7, colors.black),
                             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("TEXTCOLOR", (1, 0), (1, -1), colors.grey)]))
    st.append(sig)
    doc.build(st)
    return gold(wid, style="joint-cme", producer=P,
                layout=["portrait", "header-rule", "centered-name", "honorific-name", "credit-table",
                        "multi-credit", "claimed-vs-maximum", "series-prefix-title", "signature-block",
                        "distractor-numbers", "distractor-dates"],
                notes="Four credit types with maximum 1.50 each; only P.A.C.E. claimed (1.25); name printed with "
                      "'Dr.' (dropped in gold); 'Grand Rounds:' is part of the title line; ACPE 0.15 CEUs is a "
                      "non-laboratory figure.",
                name="Miriam Castellanos-Reyes",
                title="Grand Rounds: Diagnostic Stewardship of Blood Cultures in the Emergency Department",
                date="2026-03-11", credits=1.25, unit="contact hour",
                provider=["Lakeshore Academic Health System", "LAHS"], activity_id="LAHS-GR-26-0311")




def w13(wid):
    c = canvas.Canvas(out(wid), pagesize=letter)
    W, H = letter
    teal = colors.HexColor("#0e6e6e")
    c.setFillColor(teal)
    c.rect(0, H - 1.25 * inch, W, 1.25 * inch, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(0.8 * inch, H - 0.62 * inch, "Meridian Reference Laboratories")
    c.setFont("Helvetica", 10.5)
    c.drawString(0.8 * inch, H - 0.88 * inch, "Quality & Education Department")
    c.setFont("Helvetica-Bold", 26)
    c.drawRightString(W - 0.8 * inch, H - 0.75 * inch, "MRL")
    c.setFillColor(colors.black)
    c.setFont("Times-Bold", 21)
    c.drawCentredString(W / 2, H - 1.95 * inch, "Certificate of In-Service Attendance")
    c.setFont("Times-Italic", 11.5)
    c.drawCentredString(W / 2, H - 2.25 * inch, "Issued to the employee named below for attendance at a departmental education session")
    rows = [("Employee", "Yesenia Marisol Quintanilla"),
            ("Badge no.", "MRL-08817"),
            ("Shift / Section", "Nights / Central Accessioning"),
            ("Session title", "Specimen Rejection Criteria and Pre-Analytical Error Reduction: Night Shift Orientation Session"),
            ("Session code", "MRL-QE-25-071"),
            ("Date attended", "July 15, 2025"),
            ("Contact hours", "1.0 (P.A.C.E.\u00ae)"),
            ("Instructor", "Bertrand O. Achebe, MBA, MLS(ASCP)CM, Pre-Analytical Quality Lead")]
    lab = S("l", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=colors.HexColor("#444444"))
    val = S("v", fontName="Helvetica", fontSize=11, leading=14)
    valb = S("vb", fontName="Helvetica-Bold", fontSize=12.5, leading=15)
    data = [[Paragraph(k, lab), Paragraph(v, valb if k in ("Employee", "Session title") else val)] for k, v in rows]
    t = Table(data, colWidths=[1.7 * inch, 5.1 * inch])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9bbcbc")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    tw, th = t.wrapOn(c, 6.8 * inch, 6 * inch)
    top = H - 2.6 * inch
    t.drawOn(c, 0.85 * inch, top - th)
    y = top - th - 0.35 * inch
    note = Paragraph("Meridian Reference Laboratories, Quality &amp; Education Department is approved as a provider of "
                     "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae "
                     "Program. Meridian Reference Laboratories is a CAP-accredited laboratory (CAP No. 7218844; "
                     "CLIA 24D0987731); accreditation numbers are listed for identification only.",
                     S("n", fontSize=8.5, leading=11, textColor=colors.HexColor("#333333")))
    nw, nh = note.wrapOn(c, 6.8 * inch, 2 * inch)
    note.drawOn(c, 0.85 * inch, y - nh)
    y = y - nh - 0.9 * inch
    c.setLineWidth(0.6)
    c.line(0.85 * inch, y, 3.6 * inch, y)
    c.line(4.6 * inch, y, 7.65 * inch, y)
    c.setFont("Helvetica", 9)
    c.drawString(0.85 * inch, y - 12, "Priscilla V. Ambrose, MS, MLS(ASCP)")
    c.drawString(0.85 * inch, y - 24, "Manager, Quality & Education")
    c.drawString(4.6 * inch, y - 12, "Date signed: 07/21/2025")
    c.drawString(4.6 * inch, y - 24, "Record retained for 5 years")
    c.setFont("Helvetica-Oblique", 7.5)
    c.setFillColor(colors.grey)
    c.drawCentredString(W / 2, 0.5 * inch, "MRL-QE Form 112  \u2022  Page 1 of 1")
    c.showPage()
    c.save()
    return gold(wid, style="reflab-inservice", producer=P,
                layout=["portrait", "header-band", "two-column-label-value", "ruled-rows", "long-title",
                        "signature-block", "distractor-numbers", "distractor-dates"],
                notes="Reference-lab in-service issued by its Quality & Education Department; CAP appears only as "
                      "the laboratory's accreditor (CAP No. and CLIA number are distractors); badge number and "
                      "signed date are distractors; title contains 'Orientation'.",
                name="Yesenia Marisol Quintanilla",
                title="Specimen Rejection Criteria and Pre-Analytical Error Reduction: Night Shift Orientation Session",
                date="2025-07-15", credits=1.0, unit="contact hour",
                provider=["Meridian Reference Laboratories",
                          "Meridian Reference Laboratories, Quality & Education Department", "MRL"],
                activity_id="MRL-QE-25-071")


def w14(wid):
    W, H = landscape(letter)
    c = canvas.Canvas(out(wid), pagesize=(W, H))
    green = colors.HexColor("#2d6a4f")
    c.setStrokeColor(green)
    c.setLineWidth(10)
    c.rect(0.3 * inch, 0.3 * inch, W - 0.6 * inch, H - 0.6 * inch)
    c.setLineWidth(1)
    c.rect(0.5 * inch, 0.5 * inch, W - 1.0 * inch, H - 1.0 * inch)
    # corner ornaments
    for (x, y) in [(0.5, 0.5), (W / inch - 0.5, 0.5), (0.5, H / inch - 0.5), (W / inch - 0.5, H / inch - 0.5)]:
        c.setFillColor(green)
        c.circle(x * inch, y * inch, 5, stroke=0, fill=1)
    c.setFillColor(green)
    c.setFont("DV-B", 22)
    c.drawCentredString(W / 2, H - 1.15 * inch, "Corvane Biosystems")
    c.setFont("DV", 9)
    c.drawCentredString(W / 2, H - 1.38 * inch, "Molecular Solutions  \u00b7  Customer Education")
    c.setFillColor(colors.black)
    c.setFont("DVS", 30)
    c.drawCentredString(W / 2, H - 2.15 * inch, "Certificate of Completion")
    c.setFont("DVS-I", 12)
    c.drawCentredString(W / 2, H - 2.55 * inch, "We are pleased to recognize")
    c.setFont("DVS-B", 24)
    c.drawCentredString(W / 2, H - 3.05 * inch, "Gwendolyn A. Marchetti-Oyelowo")
    c.setFont("DVS-I", 12)
    c.drawCentredString(W / 2, H - 3.45 * inch, "for completing")
    c.setFont("DV-B", 9)
    c.setFillColor(colors.HexColor("#b5651d"))
    c.drawCentredString(W / 2, H - 3.8 * inch, "VIRTUAL INSTRUCTOR-LED TRAINING")
    c.setFillColor(colors.black)
    tp = Paragraph("CorvaPlex\u00ae GI Panel: Assay Workflow, Result Interpretation, and Troubleshooting on the "
                   "CorvaPlex Q-Series Platform", S("t", fontName="DV-B", fontSize=15, leading=19, alignment=TA_CENTER))
    tw, th = tp.wrapOn(c, 7.2 * inch, 2 * inch)
    tp.drawOn(c, (W - 7.2 * inch) / 2, H - 3.95 * inch - th)
    y = H - 3.95 * inch - th - 0.35 * inch
    c.setFont("DV", 11)
    c.drawCentredString(W / 2, y, "Training ID: CB-VILT-2211     Session date: November 18, 2025     Continuing Education: 2.0 CE Hours")
    y -= 0.4 * inch
    sp = Paragraph("This course has been approved for 2.0 CE hours by the American Medical Technologists (AMT) Institute "
                   "for Education. Completion of this course does not by itself qualify the participant to perform "
                   "testing; site competency assessment remains the responsibility of the laboratory director.",
                   S("s", fontName="DV", fontSize=8, leading=10.5, alignment=TA_CENTER, textColor=colors.HexColor("#444444")))
    sw, sh = sp.wrapOn(c, 7.4 * inch, 1 * inch)
    sp.drawOn(c, (W - 7.4 * inch) / 2, y - sh)
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.black)
    c.line(1.3 * inch, 1.25 * inch, 4.1 * inch, 1.25 * inch)
    c.setFont("DV", 9)
    c.drawCentredString(2.7 * inch, 1.07 * inch, "Priyanka Sethuraman, PhD")
    c.drawCentredString(2.7 * inch, 0.9 * inch, "Manager, Field Applications Training")
    c.setFont("DV", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawRightString(W - 1.3 * inch, 1.07 * inch, "Site instrument S/N: CVQ-00483  \u00b7  Customer No. 118-20745")
    c.drawRightString(W - 1.3 * inch, 0.9 * inch, "Issued: 11/20/2025")
    c.showPage()
    c.save()
    return gold(wid, style="vendor-training", producer=P,
                layout=["landscape", "centered", "double-border", "format-line", "long-title", "signature-block",
                        "distractor-numbers", "distractor-dates"],
                notes="Vendor virtual instructor-led training with 'CE Hours'; AMT is only the approver; instrument "
                      "S/N, customer no. and issue date are distractors; 'VIRTUAL INSTRUCTOR-LED TRAINING' is a format line.",
                name="Gwendolyn A. Marchetti-Oyelowo",
                title="CorvaPlex\u00ae GI Panel: Assay Workflow, Result Interpretation, and Troubleshooting on the CorvaPlex Q-Series Platform",
                date="2025-11-18", credits=2.0, unit="CE hour",
                provider=["Corvane Biosystems"], activity_id="CB-VILT-2211")


def w30(wid):
    c = canvas.Canvas(out(wid), pagesize=letter)
    W, H = letter
    maroon = colors.HexColor("#5c2a2a")
    c.setStrokeColor(maroon)
    c.setLineWidth(1.2)
    c.rect(0.6 * inch, 0.6 * inch, W - 1.2 * inch, H - 1.2 * inch)
    # seal
    cx, cy = W / 2, H - 1.75 * inch
    c.setLineWidth(2)
    c.circle(cx, cy, 0.62 * inch)
    c.setLineWidth(0.7)
    c.circle(cx, cy, 0.52 * inch)
    c.setFillColor(maroon)
    c.setFont("Times-Bold", 15)
    c.drawCentredString(cx, cy - 3, "GMSCLS")
    c.setFont("Times-Roman", 6.5)
    c.drawCentredString(cx, cy - 15, "EST. 1968")
    c.setFont("Times-Bold", 17)
    c.drawCentredString(W / 2, H - 2.8 * inch, "Green Mountain Society for Clinical Laboratory Science")
    c.setFont("Times-Italic", 12)
    c.setFillColor(colors.black)
    c.drawCentredString(W / 2, H - 3.1 * inch, "Continuing Education Certificate")
    body = Paragraph(
        "This is to certify that <b>Odalys M. Fuentes, MLT(ASCP)</b>, has completed "
        "\u201cEthics in the Clinical Laboratory: Confidentiality, Result Release, and Patient Access to Test Results\u201d "
        "on March 9, 2026 and is awarded <b>2.0 contact hours</b> of P.A.C.E.\u00ae credit by the Green Mountain "
        "Society for Clinical Laboratory Science (GMSCLS), P.A.C.E.\u00ae Program No. 3060-26-07. The Green Mountain "
        "Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
        S("b", fontName="Times-Roman", fontSize=13, leading=20, alignment=TA_JUSTIFY))
    bw, bh = body.wrapOn(c, 6.0 * inch, 5 * inch)
    body.drawOn(c, 1.25 * inch, H - 3.6 * inch - bh)
    y = H - 3.6 * inch - bh - 1.2 * inch
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.black)
    c.line(1.25 * inch, y, 4.0 * inch, y)
    c.setFont("Times-Roman", 10)
    c.drawString(1.25 * inch, y - 13, "Annika J. Thorvaldsen, MLS(ASCP)")
    c.drawString(1.25 * inch, y - 26, "Continuing Education Chair")
    c.drawRightString(W - 1.25 * inch, y - 13, "Certificate no. GM-26-0412")
    c.drawRightString(W - 1.25 * inch, y - 26, "Date of issue: March 12, 2026")
    c.showPage()
    c.save()
    return gold(wid, style="one-paragraph", producer=P,
                layout=["portrait", "border", "seal", "paragraph", "quoted-title", "signature-block",
                        "credentials-after-name", "distractor-numbers", "distractor-dates"],
                notes="All facts inside one paragraph; title in curly quotes; 'P.A.C.E. Program No.' is the "
                      "activity id; certificate no. and issue date are distractors.",
                name="Odalys M. Fuentes",
                title="Ethics in the Clinical Laboratory: Confidentiality, Result Release, and Patient Access to Test Results",
                date="2026-03-09", credits=2.0, unit="contact hour",
                provider=["Green Mountain Society for Clinical Laboratory Science", "GMSCLS"],
                activity_id="3060-26-07")


CERTS = {"w06": w06, "w13": w13, "w14": w14, "w30": w30}
