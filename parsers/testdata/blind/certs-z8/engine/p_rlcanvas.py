"""zh24-zh27: python3-reportlab canvas drawing."""
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .common import cert, out_pdf

_FONTS = False


def fonts():
    global _FONTS
    if _FONTS:
        return
    base = "/usr/share/fonts/truetype/dejavu/"
    for name, f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                    ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf")]:
        pdfmetrics.registerFont(TTFont(name, base + f))
    _FONTS = True


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(c, x, y, text, font, size, width, leading=None, color=black, align="left"):
    c.setFillColor(color)
    c.setFont(font, size)
    leading = leading or size * 1.3
    for line in wrap(text, font, size, width):
        if align == "center":
            c.drawCentredString(x + width / 2, y, line)
        else:
            c.drawString(x, y, line)
        y -= leading
    return y


# ---------------------------------------------------------------- zh24 vendor academy, landscape banner
def build_zh24():
    fonts()
    W, H = landscape(letter)
    c = canvas.Canvas(out_pdf("zh24"), pagesize=(W, H))
    c.setTitle("Certificate of Training")
    teal, ink, accent = HexColor("#0d5c63"), HexColor("#1f2933"), HexColor("#e07a5f")
    c.setFillColor(teal)
    c.rect(0, H - 1.35 * inch, W, 1.35 * inch, stroke=0, fill=1)
    c.setFillColor(accent)
    c.rect(0, H - 1.42 * inch, W, 0.07 * inch, stroke=0, fill=1)
    # logo: helix of dots + wordmark
    c.setFillColor(white)
    for i in range(7):
        c.circle(0.8 * inch + i * 0.13 * inch, H - 0.68 * inch + (0.12 * inch if i % 2 else -0.12 * inch), 3.2, stroke=0, fill=1)
    c.setFont("DV-B", 28)
    c.drawString(1.85 * inch, H - 0.8 * inch, "Helixa Academy")
    c.setFont("DV", 9)
    c.drawRightString(W - 0.6 * inch, H - 0.62 * inch, "Serial no. 000318")
    c.drawRightString(W - 0.6 * inch, H - 0.8 * inch, "Issued 2024-10-04")
    c.setFillColor(ink)
    c.setFont("DVS", 30)
    c.drawCentredString(W / 2, H - 2.25 * inch, "Certificate of Training")
    c.setFont("DV", 11)
    c.setFillColor(HexColor("#52606d"))
    c.drawCentredString(W / 2, H - 2.65 * inch, "awarded to")
    c.setFillColor(ink)
    c.setFont("DV-B", 24)
    name = "MARISOL VEGA"
    cs = 7
    wdt = pdfmetrics.stringWidth(name, "DV-B", 24) + cs * (len(name) - 1)
    t = c.beginText((W - wdt) / 2, H - 3.2 * inch)
    t.setFont("DV-B", 24)
    t.setCharSpace(cs)
    t.textOut(name)
    t.setCharSpace(0)
    c.drawText(t)
    c.setFont("DV", 9.5)
    c.setFillColor(HexColor("#52606d"))
    c.drawCentredString(W / 2, H - 3.48 * inch, "Molecular Pathology Laboratory, Oakhurst Cancer Institute")
    c.setFont("DV", 11)
    c.drawCentredString(W / 2, H - 3.9 * inch, "for successfully completing")
    c.setFillColor(teal)
    c.setFont("DVS-B", 17)
    c.drawCentredString(W / 2, H - 4.3 * inch, "Next-Generation Sequencing Library Preparation:")
    c.drawCentredString(W / 2, H - 4.6 * inch, "Hands-On Workflow Training for the Clinical Genomics Laboratory")
    c.setFillColor(accent)
    c.setFont("DV-B", 10)
    c.drawCentredString(W / 2, H - 4.92 * inch, "Virtual Session")
    # facts strip
    c.setStrokeColor(HexColor("#cbd2d9"))
    c.setLineWidth(0.8)
    y0 = H - 5.75 * inch
    c.line(1.5 * inch, y0 + 0.42 * inch, W - 1.5 * inch, y0 + 0.42 * inch)
    c.line(1.5 * inch, y0 - 0.22 * inch, W - 1.5 * inch, y0 - 0.22 * inch)
    c.setFillColor(ink)
    for i, (k, v) in enumerate([("Session date", "2024-10-03"), ("Class ID:", "HX-NGS-1003"), ("Credit", "6.5 contact hours (P.A.C.E.®)")]):
        cx = 1.5 * inch + (i + 0.5) * (W - 3 * inch) / 3
        c.setFont("DV", 8)
        c.setFillColor(HexColor("#7b8794"))
        c.drawCentredString(cx, y0 + 0.2 * inch, k)
        c.setFont("DV-B", 11)
        c.setFillColor(ink)
        c.drawCentredString(cx, y0, v)
    c.setFont("DV", 7.5)
    c.setFillColor(HexColor("#52606d"))
    para(c, 1.5 * inch, 1.3 * inch, "This program has been approved for P.A.C.E.® continuing education credit. Training covered fragmentation, "
         "adapter ligation, bead clean-up, library QC by fluorometry and fragment analysis, and pooling calculations, delivered live "
         "with instructor-observed wet-lab exercises at the participant's own bench.", "DV", 7.5, W - 3 * inch, align="center")
    c.setStrokeColor(ink)
    c.line(W - 3.9 * inch, 0.75 * inch, W - 1.2 * inch, 0.75 * inch)
    c.setFont("DV", 8)
    c.drawCentredString(W - 2.55 * inch, 0.6 * inch, "Priya Venkatesh-Moore, PhD — Lead Instructor")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- zh25 AABB, labels above values in columns
def build_zh25():
    W, H = letter
    c = canvas.Canvas(out_pdf("zh25"), pagesize=letter)
    c.setTitle("AABB eCast Certificate")
    red, ink = HexColor("#b01c2e"), HexColor("#222222")
    c.setFillColor(red)
    c.setFont("Helvetica-Bold", 40)
    c.drawString(0.9 * inch, H - 1.25 * inch, "AABB")
    c.setStrokeColor(red)
    c.setLineWidth(2)
    c.line(0.9 * inch, H - 1.45 * inch, W - 0.9 * inch, H - 1.45 * inch)
    c.setFillColor(ink)
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 0.9 * inch, H - 1.05 * inch, "Continuing Education Certificate")
    c.drawRightString(W - 0.9 * inch, H - 1.22 * inch, "Education Programs")
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(red)
    c.drawString(0.9 * inch, H - 2.1 * inch, "eCast")
    c.setFillColor(ink)
    c.setFont("Times-Bold", 18)
    c.drawString(0.9 * inch, H - 2.42 * inch, "Cold Agglutinins and Warm Autoantibodies: Untangling the")
    c.drawString(0.9 * inch, H - 2.7 * inch, "DAT-Positive Patient")
    cols = [0.9, 3.05, 4.75, 6.15]
    rows = [
        (["PARTICIPANT", "DATE COMPLETED", "CONTACT HOURS", "PROGRAM NUMBER"],
         ["Reginald A. Boyd Jr.", "January 9, 2025", "1.5", "24EL-113"]),
        (["MEMBER NO.", "DATE ISSUED", "LEVEL", "DELIVERY"],
         ["000783421", "January 10, 2025", "Intermediate", "Recorded webinar"]),
    ]
    y = H - 3.5 * inch
    for labels, values in rows:
        for x, lab in zip(cols, labels):
            c.setFont("Helvetica-Bold", 7.5)
            c.setFillColor(HexColor("#8a8a8a"))
            c.drawString(x * inch, y, lab)
        for x, val in zip(cols, values):
            c.setFont("Helvetica", 11.5)
            c.setFillColor(ink)
            c.drawString(x * inch, y - 0.25 * inch, val)
        c.setStrokeColor(HexColor("#e3c7cb"))
        c.setLineWidth(0.6)
        c.line(0.9 * inch, y - 0.4 * inch, W - 0.9 * inch, y - 0.4 * inch)
        y -= 0.85 * inch
    y = para(c, 0.9 * inch, y - 0.1 * inch,
             "AABB (Association for the Advancement of Blood & Biotherapies) is approved as a provider of continuing education "
             "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This eCast was recorded during a live "
             "broadcast and is offered as a self-paced program; contact hours are awarded once per participant.",
             "Helvetica", 8.5, W - 1.8 * inch, color=HexColor("#444444"))
    para(c, 0.9 * inch, y - 0.1 * inch,
         "Registered nurses: AABB is an approved provider of nursing continuing professional development; nursing contact hours "
         "for this program must be requested separately and are not shown on this certificate.",
         "Helvetica", 8.5, W - 1.8 * inch, color=HexColor("#444444"))
    c.setStrokeColor(ink)
    c.setLineWidth(0.5)
    c.line(0.9 * inch, 2.0 * inch, 3.6 * inch, 2.0 * inch)
    c.setFont("Helvetica", 8.5)
    c.setFillColor(ink)
    c.drawString(0.9 * inch, 1.83 * inch, "Delphine Marchetti-Obuya, MS, MT(ASCP)SBB")
    c.drawString(0.9 * inch, 1.68 * inch, "Senior Director, Education")
    c.setFont("Helvetica", 7)
    c.setFillColor(HexColor("#888888"))
    c.drawCentredString(W / 2, 0.5 * inch, "Duplicate certificates are available from the AABB learning center. Do not send certificates to AABB.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- zh26 LabCE classic portrait
def build_zh26():
    W, H = letter
    c = canvas.Canvas(out_pdf("zh26"), pagesize=letter)
    c.setTitle("Certificate of Completion")
    blue, orange, ink = HexColor("#1e6fa8"), HexColor("#ee8a2a"), HexColor("#263238")
    c.setStrokeColor(blue)
    c.setLineWidth(10)
    c.rect(0.45 * inch, 0.45 * inch, W - 0.9 * inch, H - 0.9 * inch)
    c.setStrokeColor(orange)
    c.setLineWidth(1.2)
    c.rect(0.62 * inch, 0.62 * inch, W - 1.24 * inch, H - 1.24 * inch)
    # wordmark
    c.setFont("Helvetica-Bold", 34)
    wl = pdfmetrics.stringWidth("Lab", "Helvetica-Bold", 34)
    wc = pdfmetrics.stringWidth("CE", "Helvetica-Bold", 34)
    x = (W - wl - wc) / 2
    c.setFillColor(blue)
    c.drawString(x, H - 1.55 * inch, "Lab")
    c.setFillColor(orange)
    c.drawString(x + wl, H - 1.55 * inch, "CE")
    c.setFillColor(ink)
    c.setFont("Times-Roman", 32)
    c.drawCentredString(W / 2, H - 2.55 * inch, "Certificate of Completion")
    c.setFont("Times-Italic", 12)
    c.drawCentredString(W / 2, H - 3.1 * inch, "This document confirms that")
    c.setFont("Times-Bold", 24)
    c.drawCentredString(W / 2, H - 3.6 * inch, "Fatima Zahra El Amrani, MLT")
    c.setFont("Times-Italic", 12)
    c.drawCentredString(W / 2, H - 4.05 * inch, "has successfully completed")
    c.setFont("Times-Bold", 17)
    c.drawCentredString(W / 2, H - 4.55 * inch, "Gram Stain Interpretation: Respiratory Specimens")
    c.setFont("Helvetica-Oblique", 10)
    c.setFillColor(blue)
    c.drawCentredString(W / 2, H - 4.85 * inch, "Self-Study")
    c.setFillColor(ink)
    c.setFont("Helvetica", 10.5)
    c.drawCentredString(W / 2, H - 5.5 * inch, "[Course Number 1175]")
    c.drawCentredString(W / 2, H - 5.75 * inch, "Completed: 19-Aug-2024")
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(W / 2, H - 6.1 * inch, "0.5 P.A.C.E.® contact hours")
    c.setFont("Helvetica", 8.5)
    c.setFillColor(HexColor("#555555"))
    para(c, 1.3 * inch, H - 6.7 * inch,
         "Approved for continuing education credit through the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory "
         "Personnel category: Microbiology. Credit hours apply once per course; repeating a course does not earn additional credit.",
         "Helvetica", 8.5, W - 2.6 * inch, align="center", color=HexColor("#555555"))
    c.setStrokeColor(ink)
    c.setLineWidth(0.5)
    c.line(W / 2 - 1.4 * inch, 2.0 * inch, W / 2 + 1.4 * inch, 2.0 * inch)
    c.setFont("Helvetica", 8.5)
    c.setFillColor(ink)
    c.drawCentredString(W / 2, 1.84 * inch, "Continuing Education Director")
    c.setFont("Helvetica", 7.5)
    c.setFillColor(HexColor("#777777"))
    c.drawString(0.85 * inch, 0.85 * inch, "Printed: 05-Sep-2024")
    c.drawRightString(W - 0.85 * inch, 0.85 * inch, "Certificate No. 88012-4417")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- zh27 university, two-column
def build_zh27():
    W, H = letter
    c = canvas.Canvas(out_pdf("zh27"), pagesize=letter)
    c.setTitle("Certificate of Continuing Education")
    maroon, ink, grey = HexColor("#6d1a36"), HexColor("#1b1b1b"), HexColor("#6b6b6b")
    c.setFillColor(maroon)
    c.rect(0, H - 0.3 * inch, W, 0.3 * inch, stroke=0, fill=1)
    c.setFont("Times-Bold", 24)
    c.drawCentredString(W / 2, H - 1.0 * inch, "Thornbury State University")
    c.setFont("Times-Italic", 12)
    c.setFillColor(ink)
    c.drawCentredString(W / 2, H - 1.28 * inch, "Department of Medical Laboratory Science")
    c.setStrokeColor(maroon)
    c.line(1 * inch, H - 1.45 * inch, W - 1 * inch, H - 1.45 * inch)
    c.setFont("Helvetica", 10)
    c.setFillColor(grey)
    c.drawCentredString(W / 2, H - 1.85 * inch, "CERTIFICATE OF CONTINUING EDUCATION")
    c.setFont("Times-Bold", 26)
    c.setFillColor(ink)
    c.drawCentredString(W / 2, H - 2.4 * inch, "Aurélien Lévesque")
    c.setFont("Helvetica", 10)
    c.setFillColor(grey)
    c.drawCentredString(W / 2, H - 2.72 * inch, "participated in and completed")
    c.setFont("Times-Bold", 16)
    c.setFillColor(maroon)
    c.drawCentredString(W / 2, H - 3.1 * inch, "Summer Institute in Clinical Immunology: Flow Cytometry Fundamentals")
    # two columns
    top = H - 3.7 * inch
    lx, rx, colw = 0.9 * inch, 4.45 * inch, 3.15 * inch
    c.setStrokeColor(HexColor("#d9c3cb"))
    c.line(4.25 * inch, top + 0.1 * inch, 4.25 * inch, top - 3.3 * inch)
    c.setFont("Helvetica-Bold", 9)
    c.setFillColor(maroon)
    c.drawString(lx, top, "PROGRAM DETAILS")
    c.drawString(rx, top, "ABOUT THE INSTITUTE")
    y = top - 0.3 * inch
    for k, v in [("Program Code:", "SI-IMM-25"), ("Dates:", "June 10–12, 2025"), ("Location:", "Hollis Hall, Room 214"),
                 ("Format:", "In person, 3 days"), ("Continuing Education Units:", "1.8 CEU"), ("Student No.:", "T0048812")]:
        c.setFont("Helvetica", 8.5)
        c.setFillColor(grey)
        c.drawString(lx, y, k)
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(ink)
        c.drawString(lx, y - 0.17 * inch, v)
        y -= 0.45 * inch
    para(c, rx, top - 0.3 * inch,
         "The Summer Institute is the Department's intensive program for practicing laboratory scientists. The 2025 session "
         "covered instrument set-up and compensation, panel design, lymphocyte subset enumeration, and an introduction to "
         "leukemia/lymphoma immunophenotyping, with daily case-review laboratories.",
         "Times-Roman", 10.5, colw, leading=14, color=ink)
    para(c, rx, top - 1.95 * inch,
         "One Continuing Education Unit (CEU) equals ten contact hours of instruction. Certificates were released on "
         "June 30, 2025, after final attendance reconciliation.",
         "Times-Italic", 9.5, colw, leading=12.5, color=grey)
    c.setStrokeColor(ink)
    c.setLineWidth(0.5)
    c.line(0.9 * inch, 1.5 * inch, 3.6 * inch, 1.5 * inch)
    c.line(W - 3.6 * inch, 1.5 * inch, W - 0.9 * inch, 1.5 * inch)
    c.setFont("Helvetica", 8.5)
    c.setFillColor(ink)
    c.drawString(0.9 * inch, 1.34 * inch, "Corliss Vandermeer, PhD, MLS(ASCP)")
    c.drawString(0.9 * inch, 1.2 * inch, "Chair, Department of Medical Laboratory Science")
    c.drawRightString(W - 0.9 * inch, 1.34 * inch, "Annika Holt-Serrano, MS, SLS(ASCP)")
    c.drawRightString(W - 0.9 * inch, 1.2 * inch, "Institute Director")
    c.setFillColor(maroon)
    c.rect(0, 0, W, 0.3 * inch, stroke=0, fill=1)
    c.showPage()
    c.save()


CERTS = [
    cert("zh24", "vendor", "reportlab-canvas",
         ["banner-landscape", "landscape", "labels-above", "provider-logo-heading", "wrapped-title", "format-line",
          "name-caps", "name-letterspaced", "multi-date", "id-colon", "distractor-ids", "signature"],
         "Vendor academy landscape banner; provider only in the logo wordmark; ALL-CAPS letter-spaced name; Virtual Session below a 2-line title; serial number and issued date in header.",
         "MARISOL VEGA",
         "Next-Generation Sequencing Library Preparation: Hands-On Workflow Training for the Clinical Genomics Laboratory",
         "2024-10-03", 6.5, "contact hour", ["Helixa Academy"], "HX-NGS-1003", build_zh24),
    cert("zh25", "AABB", "reportlab-canvas",
         ["labels-above-columns", "labels-above", "format-line", "wrapped-title", "provider-logo-heading",
          "name-suffix", "multi-date", "id-no-colon", "distractor-ids", "signature", "footer"],
         "Labels above values in four columns; eCast above a 2-line title; member number and issue date in the second row; nursing hours mentioned without a figure.",
         "Reginald A. Boyd Jr.", "Cold Agglutinins and Warm Autoantibodies: Untangling the DAT-Positive Patient",
         "2025-01-09", 1.5, "contact hour", ["Association for the Advancement of Blood & Biotherapies", "AABB"], "24EL-113", build_zh25),
    cert("zh26", "LabCE", "reportlab-canvas",
         ["classic-portrait", "page-border", "provider-logo-heading", "format-line", "name-credentials", "multi-date",
          "id-brackets", "distractor-ids", "signature", "footer"],
         "Classic framed portrait certificate; LabCE only as a two-colour wordmark; Self-Study below the title; course number in square brackets; dd-Mon-yyyy dates; certificate number in footer.",
         "Fatima Zahra El Amrani", "Gram Stain Interpretation: Respiratory Specimens",
         "2024-08-19", 0.5, "contact hour", ["LabCE"], "1175", build_zh26),
    cert("zh27", "university", "reportlab-canvas",
         ["two-column", "label-value", "labels-above", "provider-department", "name-accent", "date-range", "multi-date",
          "id-colon", "distractor-ids", "signature"],
         "Two columns (details / description) under a full-width title; 3-day range; CEU 1.8 (points 18); release date and student number distractors.",
         "Aurélien Lévesque", "Summer Institute in Clinical Immunology: Flow Cytometry Fundamentals",
         "2025-06-12", 1.8, "CEU",
         ["Thornbury State University", "Thornbury State University, Department of Medical Laboratory Science"],
         "SI-IMM-25", build_zh27),
]
