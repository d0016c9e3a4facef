"""Certificates made as ReportLab AcroForms (filled fields), then flattened with qpdf."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from common import src, qpdf_flatten, gold

P = "AcroForm (ReportLab) + qpdf flatten"


def field(c, name, value, x, y, w, h=18, size=11, font="Helvetica", border=0, fill=None):
    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName=font, fontSize=size,
                         borderWidth=border, borderColor=colors.white if not border else colors.grey,
                         fillColor=fill or colors.white, textColor=colors.black, forceBorder=bool(border),
                         tooltip=name)


def para(c, text, x, ytop, w, **kw):
    st = ParagraphStyle("p", **dict(dict(fontName="Helvetica", fontSize=9, leading=12), **kw))
    p = Paragraph(text, st)
    pw, ph = p.wrapOn(c, w, 1000)
    p.drawOn(c, x, ytop - ph)
    return ytop - ph


def finish(c, wid):
    c.showPage()
    c.save()
    qpdf_flatten(wid, src(wid + "_form.pdf"))


def w07(wid):
    W, H = landscape(letter)
    c = canvas.Canvas(src(wid + "_form.pdf"), pagesize=(W, H))
    red = colors.HexColor("#a4122f")
    c.setFillColor(red)
    c.rect(0, 0, 1.1 * inch, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.saveState()
    c.translate(0.7 * inch, H / 2)
    c.rotate(90)
    c.setFont("Helvetica-Bold", 30)
    c.drawCentredString(0, 0, "AABB")
    c.restoreState()
    x0 = 1.6 * inch
    c.setFillColor(red)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x0, H - 0.9 * inch, "Association for the Advancement of Blood & Biotherapies")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 34)
    c.drawString(x0, H - 1.65 * inch, "Certificate of Completion")
    c.setFont("Helvetica", 10)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(x0, H - 2.15 * inch, "PARTICIPANT")
    field(c, "participant", "Keiko Nakamura-Whitfield, MT(ASCP)SBB", x0 - 2, H - 2.6 * inch, 6.5 * inch, 26, 20,
          "Times-Bold")
    c.setStrokeColor(colors.HexColor("#999999"))
    c.line(x0, H - 2.62 * inch, x0 + 7.8 * inch, H - 2.62 * inch)
    c.setFillColor(red)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, H - 3.05 * inch, "eCast")
    c.setFillColor(colors.black)
    y = para(c, "Emerging Infectious Disease Threats to the Blood Supply: Arboviruses, Babesia, and the 2026 Risk-Based Decision-Making Update",
             x0, H - 3.15 * inch, 7.8 * inch, fontName="Helvetica-Bold", fontSize=16, leading=20)
    labels = [("PROGRAM NUMBER", "program_no", "26EL-114"), ("DATE COMPLETED", "date", "02/25/2026"),
              ("CONTACT HOURS", "hours", "1.5"), ("AABB MEMBER ID", "member", "0087321")]
    yy = y - 0.45 * inch
    for i, (lab, nm, v) in enumerate(labels):
        xx = x0 + i * 1.95 * inch
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(xx, yy, lab)
        field(c, nm, v, xx - 2, yy - 24, 1.8 * inch, 20, 12)
    y2 = para(c, "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences "
                 "by the ASCLS P.A.C.E.\u00ae Program. This program is also approved for California clinical laboratory "
                 "personnel (accrediting agency no. 0001) and meets AABB Standards requirements for continuing education "
                 "of technical staff. Retain this certificate for your records; AABB does not issue duplicates after 3 years.",
              x0, yy - 0.6 * inch, 7.8 * inch, fontSize=8.5, leading=11, textColor=colors.HexColor("#333333"))
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8)
    c.drawString(x0, 0.75 * inch, "Certificate no.")
    field(c, "cert_no", "EC-26-114-009832", x0 + 0.75 * inch, 0.7 * inch, 1.8 * inch, 14, 8)
    c.drawString(x0 + 3.2 * inch, 0.75 * inch, "Issued")
    field(c, "issued", "02/26/2026", x0 + 3.6 * inch, 0.7 * inch, 1.2 * inch, 14, 8)
    c.setStrokeColor(colors.black)
    c.line(W - 3.4 * inch, 1.15 * inch, W - 0.7 * inch, 1.15 * inch)
    c.setFont("Helvetica", 9)
    c.drawCentredString(W - 2.05 * inch, 0.98 * inch, "Naomi R. Strand, MPH, MT(ASCP)SBB")
    c.drawCentredString(W - 2.05 * inch, 0.83 * inch, "Director, Education Programs")
    finish(c, wid)
    return gold(wid, style="aabb", producer=P,
                layout=["landscape", "side-band", "labels-above-values", "format-line", "long-title",
                        "form-fields-flattened", "credentials-after-name", "signature-block",
                        "distractor-numbers", "distractor-dates"],
                notes="Name, numbers and dates are flattened form fields; 'eCast' on its own line; member ID, "
                      "certificate no., California agency no. and issue date are distractors.",
                name="Keiko Nakamura-Whitfield",
                title="Emerging Infectious Disease Threats to the Blood Supply: Arboviruses, Babesia, and the 2026 Risk-Based Decision-Making Update",
                date="2026-02-25", credits=1.5, unit="contact hour",
                provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="26EL-114")




def w17(wid):
    W, H = letter
    c = canvas.Canvas(src(wid + "_form.pdf"), pagesize=(W, H))
    blue = colors.HexColor("#1f5fa8")
    c.setStrokeColor(blue)
    c.setLineWidth(3)
    c.roundRect(0.5 * inch, 0.5 * inch, W - 1 * inch, H - 1 * inch, 14)
    c.setFillColor(blue)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(0.9 * inch, H - 1.2 * inch, "MediaLab")
    c.setFont("Helvetica", 9)
    c.drawString(0.9 * inch, H - 1.42 * inch, "MediaLab, Inc.  \u2022  Online Continuing Education for the Laboratory")
    c.setFillColor(colors.black)
    c.setFont("Times-Bold", 24)
    c.drawCentredString(W / 2, H - 2.2 * inch, "Certificate of Completion")
    c.setFont("Times-Italic", 11)
    c.drawCentredString(W / 2, H - 2.5 * inch, "This certificate acknowledges that")
    nm = "ROSARIO D. VILLANUEVA"
    nw = stringWidth(nm, "Helvetica-Bold", 20) + 8
    field(c, "name", nm, (W - nw) / 2, H - 3.05 * inch, nw, 28, 20, "Helvetica-Bold")
    c.setFont("Times-Italic", 11)
    c.drawCentredString(W / 2, H - 3.35 * inch, "has completed the following course:")
    c.setFont("Helvetica", 9)
    c.setFillColor(blue)
    c.drawCentredString(W / 2, H - 3.7 * inch, "ONLINE COURSE")
    c.setFillColor(colors.black)
    para(c, "Laboratory Safety: Chemical Hygiene and Hazard Communication", 1.0 * inch, H - 3.8 * inch,
         W - 2.0 * inch, fontName="Helvetica-Bold", fontSize=16, leading=20, alignment=TA_CENTER)
    rows = [("Course number", "course", "ML-SAF-0142"), ("Date completed", "completed", "08/29/2025"),
            ("Contact hours", "hours", "1.0"), ("Order #", "order", "ORD-5518820"),
            ("Subscription expires", "expires", "06/30/2026")]
    y = H - 4.75 * inch
    for lab, nm, v in rows:
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawRightString(3.6 * inch, y + 5, lab + ":")
        field(c, nm, v, 3.75 * inch, y, 2.8 * inch, 18, 11)
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.setLineWidth(0.5)
        c.line(3.75 * inch, y - 2, 6.6 * inch, y - 2)
        y -= 0.36 * inch
    para(c, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
            "sciences by the ASCLS P.A.C.E.\u00ae Program. Florida: MediaLab, Inc. is an approved provider of "
            "continuing education by the Florida Board of Clinical Laboratory Personnel (Provider #50-1245); "
            "completions are reported to CE Broker. This course satisfies Occupational Safety and Health "
            "Administration (OSHA) Laboratory Standard training documentation needs when accompanied by site-specific training.",
         1.0 * inch, y - 0.15 * inch, W - 2.0 * inch, fontSize=8.5, leading=11.5, textColor=colors.HexColor("#333333"))
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    c.line(W / 2 - 1.5 * inch, 1.45 * inch, W / 2 + 1.5 * inch, 1.45 * inch)
    c.setFont("Helvetica", 9)
    c.drawCentredString(W / 2, 1.28 * inch, "Janelle K. Hargreave, MHA, MLS(ASCP)CM")
    c.drawCentredString(W / 2, 1.12 * inch, "Continuing Education Coordinator, MediaLab, Inc.")
    finish(c, wid)
    return gold(wid, style="medialab", producer=P,
                layout=["portrait", "rounded-border", "centered", "caps-name", "two-column-label-value",
                        "format-line", "form-fields-flattened", "signature-block", "distractor-numbers",
                        "distractor-dates"],
                notes="Name field filled in capitals; order number, Florida provider number and subscription "
                      "expiry date are distractors; title contains 'Safety'.",
                name="ROSARIO D. VILLANUEVA",
                title="Laboratory Safety: Chemical Hygiene and Hazard Communication",
                date="2025-08-29", credits=1.0, unit="contact hour",
                provider=["MediaLab, Inc.", "MediaLab"], activity_id="ML-SAF-0142")


def w24(wid):
    W, H = letter
    c = canvas.Canvas(src(wid + "_form.pdf"), pagesize=(W, H))
    dark = colors.HexColor("#263238")
    c.setFillColor(colors.HexColor("#ffb300"))
    c.rect(0.75 * inch, H - 1.25 * inch, 0.35 * inch, 0.55 * inch, stroke=0, fill=1)
    c.setFillColor(dark)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(1.25 * inch, H - 1.0 * inch, "Quintessa Diagnostics")
    c.setFont("Helvetica", 9)
    c.drawString(1.25 * inch, H - 1.2 * inch, "Clinical Chemistry Systems  |  Field Education Services")
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 0.75 * inch, H - 1.0 * inch, "Form QD-FES-031")
    c.drawRightString(W - 0.75 * inch, H - 1.15 * inch, "Rev. 07/2025")
    c.setLineWidth(1.5)
    c.line(0.75 * inch, H - 1.4 * inch, W - 0.75 * inch, H - 1.4 * inch)
    c.setFont("Helvetica-Bold", 17)
    c.drawCentredString(W / 2, H - 1.95 * inch, "OPERATOR TRAINING COMPLETION RECORD")
    c.setFont("Helvetica", 10)
    c.drawCentredString(W / 2, H - 2.2 * inch, "and Certificate of Continuing Education")
    rows = [("Trainee name", "trainee", "Rafael Ignacio Montoya"),
            ("Facility", "facility", "San Joaquin Foothills Medical Center, Core Laboratory"),
            ("Account / site no.", "site", "QD-55031-02"),
            ("Course title", None, "Q-Chem 7 Chemistry Analyzer Basic Operator Course"),
            ("Course code", "code", "QD-QC7-BOC"),
            ("Training start date", "start", "03/03/2026"),
            ("Training end date", "end", "03/04/2026"),
            ("Contact hours", "hours", "12.0"),
            ("Instrument serial no.", "serial", "QC7-2025-10877"),
            ("Field trainer", "trainer", "Oksana V. Petrenko, MT(ASCP), Field Application Specialist")]
    y = H - 2.75 * inch
    for lab, nm, v in rows:
        c.setFillColor(colors.HexColor("#eceff1"))
        c.rect(0.75 * inch, y - 4, 2.0 * inch, 22, stroke=0, fill=1)
        c.setFillColor(dark)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(0.85 * inch, y + 3, lab)
        if nm:
            field(c, nm, v, 2.85 * inch, y - 3, 4.85 * inch, 20, 11)
        else:
            c.setFont("Helvetica-Bold", 11.5)
            c.drawString(2.9 * inch, y + 3, v)
        c.setStrokeColor(colors.HexColor("#cfd8dc"))
        c.setLineWidth(0.5)
        c.line(0.75 * inch, y - 5, W - 0.75 * inch, y - 5)
        y -= 0.42 * inch
    c.setFont("Helvetica-Bold", 9.5)
    c.setFillColor(dark)
    c.drawString(0.85 * inch, y + 3, "Modules completed")
    x = 2.9 * inch
    for i, m in enumerate(["Startup/shutdown", "Calibration & QC", "Maintenance", "Troubleshooting"]):
        c.acroForm.checkbox(name="mod%d" % i, x=x, y=y, size=11, checked=True, buttonStyle="check",
                            borderColor=dark, fillColor=colors.white, textColor=dark, forceBorder=True)
        c.setFont("Helvetica", 9)
        c.drawString(x + 14, y + 2, m)
        x += 1.25 * inch
    y -= 0.55 * inch
    y = para(c, "Quintessa Diagnostics is approved as a provider of continuing education programs in the clinical "
                "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours are awarded only for the "
                "complete two-day course. This record documents manufacturer training; it does not replace the "
                "laboratory's initial competency assessment required under CLIA.",
             0.75 * inch, y, W - 1.5 * inch, fontSize=8.5, leading=11.5)
    y -= 0.75 * inch
    c.setStrokeColor(dark)
    c.line(0.75 * inch, y, 3.75 * inch, y)
    c.line(4.5 * inch, y, W - 0.75 * inch, y)
    c.setFont("Helvetica", 8.5)
    c.drawString(0.75 * inch, y - 11, "Field trainer signature")
    c.drawString(4.5 * inch, y - 11, "Education Services approval \u2014 date")
    field(c, "approved", "03/09/2026", 6.4 * inch, y + 2, 1.2 * inch, 16, 9)
    finish(c, wid)
    return gold(wid, style="vendor-training", producer=P,
                layout=["portrait", "form", "two-column-label-value", "shaded-labels", "checkboxes",
                        "form-fields-flattened", "date-range", "distractor-numbers", "distractor-dates"],
                notes="Vendor operator-training record; start and end dates in separate fields (end date 03/04/2026 "
                      "is the date); account/site no., instrument serial, form number and approval date are distractors.",
                name="Rafael Ignacio Montoya",
                title="Q-Chem 7 Chemistry Analyzer Basic Operator Course",
                date="2026-03-04", credits=12.0, unit="contact hour",
                provider=["Quintessa Diagnostics"], activity_id="QD-QC7-BOC")


CERTS = {"w07": w07, "w17": w17, "w24": w24}
