# ReportLab documents (platypus tables and canvas drawString). Run with /usr/bin/python3.
import os, sys
from common import *
from reportlab.lib.pagesizes import letter, A4, landscape
from reportlab.lib.units import inch, mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

F = "/usr/share/fonts/truetype/"
for name, path in [("LibSans", "liberation/LiberationSans-Regular.ttf"), ("LibSans-Bold", "liberation/LiberationSans-Bold.ttf"),
                   ("LibSerif", "liberation/LiberationSerif-Regular.ttf"), ("LibSerif-Bold", "liberation/LiberationSerif-Bold.ttf"),
                   ("DejaVu", "dejavu/DejaVuSans.ttf"), ("DejaVu-Bold", "dejavu/DejaVuSans-Bold.ttf"),
                   ("DejaVuCond", "dejavu/DejaVuSansCondensed.ttf"), ("DejaVuCond-Bold", "dejavu/DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, F + path))

OUTDIR = HERE


def P(text, font="LibSans", size=9, lead=None, align=0):
    return Paragraph(esc(text), ParagraphStyle("x", fontName=font, fontSize=size, leading=lead or size * 1.2, alignment=align))


def footer_fn(text_left, page_of=False, font="LibSans"):
    def f(c, doc):
        c.saveState()
        c.setFont(font, 8)
        w, h = c._pagesize
        c.drawString(doc.leftMargin, 0.45 * inch, text_left)
        c.drawRightString(w - doc.rightMargin, 0.45 * inch, "Page %d" % c.getPageNumber())
        c.restoreState()
    return f


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            out.append(cur); cur = w
    out.append(cur)
    return out


def r01(path, docid, gold=True):
    rows = mk_rows(701, 30, "mdy", "contact hours", numfmt="2", long_ratio=0.55, short_ratio=0.1, providers=True)
    person = "Gareth Llewellyn"
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.8 * inch, title="CE Transcript", author="Coastal MLS")
    story = [P("Coastal Medical Laboratory Society", "LibSans-Bold", 14), Spacer(1, 3),
             P("Continuing Education Transcript", "LibSans", 11), Spacer(1, 3),
             P("Member: %s     Member No. 55-0192" % person, "LibSans", 9.5), Spacer(1, 6 + R01_PAD)]
    data = [[P("Course Title", "LibSans-Bold", 9.5), P("Provider", "LibSans-Bold", 9.5), P("Date Completed", "LibSans-Bold", 9.5),
             P("Contact Hours", "LibSans-Bold", 9.5, align=2)]]
    for r in rows:
        # titles pre-wrapped into "\n"-separated strings: string cells can be split inside a row
        data.append(["\n".join(wrap(r["title"], "LibSans", 9.5, 3.6 * inch - 12)), r["provider"], r["date_disp"], r["credits_disp"]])
    t = Table(data, colWidths=[3.6 * inch, 1.25 * inch, 1.1 * inch, 1.05 * inch], repeatRows=1, splitByRow=0, splitInRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 1), (-1, -1), "LibSans", 9.5, 11.4),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e1e6ee")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ALIGN", (3, 1), (3, -1), "RIGHT")]))
    story.append(t)
    doc.build(story, onFirstPage=footer_fn("Printed 11/30/2025"), onLaterPages=footer_fn("Printed 11/30/2025"))
    if gold:
        write_gold(docid, "reportlab", ["ruled", "multi-page", "wrapped-titles", "wrapped-headers", "right-aligned-numbers", "page-footer", "letter", "title-across-page-break"],
                   "ReportLab platypus Table, GRID, repeatRows=1 and splitInRow=1 so a wrapped title is split over the page break (the continuation row picks up the header shading); 30 rows on 2 Letter pages; titles pre-wrapped into newline-separated string cells (so the row can split); Liberation Sans 9.5pt via TTFont; header labels 'Date Completed' and 'Contact Hours' wrap to two lines; footer 'Printed ...' and 'Page N'.",
                   person, rows)


R01_PAD = int(os.environ.get("R01_PAD", "20"))


def r02(path, docid):
    rows = mk_rows(702, 14, "mdy1", "CMLE", numfmt="2", long_ratio=0.5, ids=lambda rng, i, d: "CE%05d" % rng.randrange(10000, 99999))
    person = "Camille Tran-Delacroix"
    c = rlcanvas.Canvas(path, pagesize=A4)
    W, H = A4
    x0, y = 15 * mm, H - 18 * mm
    c.setFont("DejaVu-Bold", 12); c.drawString(x0, y, "CE Credit Statement"); y -= 14
    c.setFont("DejaVu", 8.5); c.drawString(x0, y, "Name: %s    Certification: MLS(ASCP)CM    CMP cycle 2024-2027" % person); y -= 22
    fs = 8
    idw = max(pdfmetrics.stringWidth(r["id"], "DejaVu", fs) for r in rows)
    dw = max(pdfmetrics.stringWidth(r["date_disp"], "DejaVu", fs) for r in rows) + 1
    tw = 120 * mm
    xs = [x0, x0 + idw, x0 + idw + dw, x0 + idw + dw + tw]
    c.setFont("DejaVu-Bold", fs)
    for x, h in zip(xs, ["Course", "Date", "Course Title", "CMLE"]):
        c.drawString(x, y, h)
    y -= 4
    c.setLineWidth(0.4); c.line(x0, y, xs[3] + 30, y); y -= 10
    c.setFont("DejaVu", fs)
    for r in rows:
        lines = wrap(r["title"], "DejaVu", fs, tw)
        c.drawString(xs[0], y, r["id"])
        c.drawString(xs[1], y, r["date_disp"])
        for k, ln in enumerate(lines):
            c.drawString(xs[2], y - k * 10, ln)
        c.drawString(xs[3], y, r["credits_disp"])
        y -= 10 * len(lines) + 3
    c.showPage(); c.save()
    write_gold(docid, "reportlab", ["unruled", "tight-columns", "wrapped-titles", "a4"],
               "ReportLab canvas.drawString at computed x positions with no gaps: course IDs (CE12345) end exactly where the date starts, the date ends where the title starts, and title lines are wrapped to the full column width so they end right at the CMLE column. Only a rule under the header.",
               person, rows)


def r03(path, docid):
    rows = mk_rows(703, 12, "mon", None, units_mix=["contact hours", "CMLE"], numfmt="2", long_ratio=0.0, short_ratio=0.5,
                   unit_disp={"contact hours": "contact hrs", "CMLE": "CMLE"})
    person = "Margit Szabó"
    c = rlcanvas.Canvas(path, pagesize=landscape(letter))
    W, H = landscape(letter)
    x0, y = 0.7 * inch, H - 0.7 * inch
    c.setFont("Helvetica-Bold", 13); c.drawString(x0, y, "Laboratory Education Ledger"); y -= 16
    c.setFont("Helvetica", 9.5); c.drawString(x0, y, "Employee: %s          Badge 77215          Printed Nov 30, 2025" % person); y -= 26
    t = c.beginText(x0, y)
    t.setFont("Helvetica-Bold", 9.5); t.setCharSpace(0.5)
    t.textLine("Date Completed        Credits    Unit              Activity")
    t.setFont("Helvetica", 9.5); t.setCharSpace(0.5)
    for r in rows:
        dd = r["date_disp"]
        pad1 = " " * max(2, 22 - len(dd))
        cr = r["credits_disp"]
        un = r["unit_disp"]
        t.textLine("%s%s%s      %s%s%s" % (dd, pad1, cr, un, " " * (18 - len(un)), r["title"]))
    c.drawText(t)
    c.setFont("Helvetica", 8); c.drawString(x0, 0.5 * inch, "LabTrack v4.2 - education ledger export")
    c.showPage(); c.save()
    write_gold(docid, "reportlab", ["unruled", "spaced-text", "landscape", "letter"],
               "ReportLab text object with setCharSpace(0.5): each row is a single Helvetica string whose columns (date, credits, unit, title) are separated by runs of spaces, so column positions drift with the string width; Letter landscape; units 'contact hrs' and 'CMLE'.",
               person, rows)


def r04(path, docid):
    rows = mk_rows(704, 16, "iso", None, units_mix=["AMA PRA Category 1", "contact hours"], credits=[0.5, 1, 1, 1.5, 2, 0.25, 0.75],
                   numfmt="2", status=True, types=True, providers="CAP", long_ratio=0.4,
                   ids=lambda rng, i, d: "%d" % rng.randrange(4000000, 4999999),
                   unit_disp={"AMA PRA Category 1": "AMA PRA Category 1 Credit", "contact hours": "Contact Hours"})
    person = "Oksana Hrytsenko"
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=16 * mm, bottomMargin=18 * mm)
    story = [P("Learning Transcript", "DejaVuCond-Bold", 14), Spacer(1, 2),
             P("College of American Pathologists  |  %s  |  Transcript printed 2025-11-30" % person, "DejaVuCond", 9), Spacer(1, 10)]
    hdr = ["Activity ID", "Activity Title", "Type", "Date", "Credits", "Credit Type", "Status"]
    data = [[P(h, "DejaVuCond-Bold", 8.5) for h in hdr]]
    for r in rows:
        data.append([r["id"], P(r["title"], "DejaVuCond", 8.5), r["type"], r["date_disp"], r["credits_disp"],
                     P(r["unit_disp"], "DejaVuCond", 8.5), r["status_disp"]])
    t = Table(data, colWidths=[17 * mm, 65 * mm, 18 * mm, 19 * mm, 16 * mm, 30 * mm, 17 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 1), (-1, -1), "DejaVuCond", 8.5), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (4, 1), (4, -1), "CENTER"),
                           ("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 3)]))
    story.append(t)
    doc.build(story)
    write_gold(docid, "reportlab", ["unruled", "status-column", "extra-columns", "centred-numbers", "a4", "wrapped-titles"],
               "ReportLab platypus Table with only a LINEBELOW under the header, VALIGN MIDDLE; CAP 'Learning Transcript' with Activity ID, Type, ISO dates, centred credits, credit type 'AMA PRA Category 1 Credit' / 'Contact Hours' (wrapping) and Claimed/Unclaimed status; DejaVu Sans Condensed 8.5pt.",
               person, rows)


class NumberedCanvas(rlcanvas.Canvas):
    """Two-pass 'Page N of M' footer."""
    def __init__(self, *a, **k):
        rlcanvas.Canvas.__init__(self, *a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("LibSerif", 8)
            self.drawCentredString(self._pagesize[0] / 2, 0.45 * inch,
                                   "Heartland Laboratory Education Consortium  -  www.hlec.org  -  Page %d of %d" % (self._pageNumber, n))
            rlcanvas.Canvas.showPage(self)
        rlcanvas.Canvas.save(self)


def r05(path, docid):
    rows = mk_rows(705, 13, "month", "CEU", numfmt="2", long_ratio=0.35, ids=lambda rng, i, d: "HL-%d" % rng.randrange(1000, 9999))
    person = "Luis Ángel Barrios"
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch, topMargin=0.8 * inch, bottomMargin=0.9 * inch)
    story = [P("Heartland Laboratory Education Consortium", "LibSerif-Bold", 14), Spacer(1, 2),
             P("Statement of Continuing Education Units for %s" % person, "LibSerif", 10.5), Spacer(1, 2),
             P("1.0 CEU = 10 contact hours of participation.", "LibSerif", 9), Spacer(1, 10)]
    data = [[Paragraph("Program<br/>Number", ParagraphStyle("h", fontName="LibSerif-Bold", fontSize=9.5, leading=11)),
             P("Program Title", "LibSerif-Bold", 9.5),
             Paragraph("Date of<br/>Program", ParagraphStyle("h", fontName="LibSerif-Bold", fontSize=9.5, leading=11)),
             Paragraph("CEUs<br/>Awarded", ParagraphStyle("h", fontName="LibSerif-Bold", fontSize=9.5, leading=11, alignment=1))]]
    for r in rows:
        data.append([r["id"], P(r["title"], "LibSerif", 10), r["date_disp"], r["credits_disp"]])
    data.append(["", "Total", "", fmt_num(total(rows), "2")])
    t = Table(data, colWidths=[0.85 * inch, 3.75 * inch, 1.4 * inch, 0.9 * inch], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 1), (-1, -1), "LibSerif", 10), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                           ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (3, 1), (3, -1), "CENTER"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (0, -1), (-1, -1), "LibSerif-Bold", 10),
                           ("ALIGN", (1, -1), (1, -1), "RIGHT")]))
    story.append(t)
    doc.build(story, canvasmaker=NumberedCanvas)
    write_gold(docid, "reportlab", ["ruled", "wrapped-headers", "centred-numbers", "totals-row", "page-footer", "letter", "wrapped-titles"],
               "ReportLab platypus with BOX+INNERGRID; header labels on two lines ('Program/Number', 'Date of/Program', 'CEUs/Awarded'); CEUs centred (points = CEU x 10); 'Total' row; two-pass canvas footer with URL and 'Page 1 of 1'; dates 'March 3, 2025'.",
               person, rows)


def r06(path, docid):
    rows = mk_rows(706, 10, "dmon", "P.A.C.E.", numfmt="1g", long_ratio=0.4, providers=True)
    person = "Amara Nwosu-Bennett"
    c = rlcanvas.Canvas(path, pagesize=A4)
    W, H = A4
    x0, y = 18 * mm, H - 20 * mm
    c.setFont("Times-Bold", 14); c.drawString(x0, y, "P.A.C.E. Credit Record"); y -= 15
    c.setFont("Times-Roman", 10); c.drawString(x0, y, "Participant: %s" % person); y -= 24
    cols = [(x0, 16 * mm, "P.A.C.E.", "Hours"), (x0 + 18 * mm, 92 * mm, "", "Course Title"),
            (x0 + 112 * mm, 32 * mm, "Provider /", "Sponsor"), (x0 + 146 * mm, 28 * mm, "Date", "Attended")]
    c.setFont("Times-Bold", 10)
    for x, w, l1, l2 in cols:
        if l1:
            c.drawString(x, y, l1)
        c.drawString(x, y - 11, l2)
    y -= 15
    c.setLineWidth(0.6); c.line(x0, y, x0 + 174 * mm, y); y -= 12
    c.setFont("Times-Roman", 10)
    for r in rows:
        lines = wrap(r["title"], "Times-Roman", 10, 90 * mm)
        c.drawRightString(x0 + 11 * mm, y, r["credits_disp"])
        for k, ln in enumerate(lines):
            c.drawString(cols[1][0], y - 11.5 * k, ln)
        c.drawString(cols[2][0], y, r["provider"])
        c.drawString(cols[3][0], y, r["date_disp"])
        y -= 11.5 * len(lines) + 5
    c.showPage(); c.save()
    write_gold(docid, "reportlab", ["unruled", "unusual-column-order", "wrapped-headers", "right-aligned-numbers", "a4", "wrapped-titles"],
               "ReportLab canvas with core Times-Roman (not embedded); hours first (right-aligned with drawRightString) and date last; header labels on two baselines ('P.A.C.E.'/'Hours', 'Provider /'/'Sponsor', 'Date'/'Attended'); 03-Mar-2025 dates.",
               person, rows)


DOCS = {"r01_rl_platypus_split": r01, "r02_rl_canvas_tight": r02, "r03_rl_charspace_lines": r03,
        "r04_rl_cap_unruled": r04, "r05_rl_ceu_pageof": r05, "r06_rl_canvas_order": r06}

if __name__ == "__main__":
    only = sys.argv[1:]
    for k, f in DOCS.items():
        if only and k not in only:
            continue
        f(os.path.join(OUTDIR, k + ".pdf"), k)
