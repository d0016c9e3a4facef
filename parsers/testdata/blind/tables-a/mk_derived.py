# Bases for the Ghostscript re-distilled and qpdf-transformed documents.
# Sources go to src/base/, intermediate PDFs to build/, final PDFs are made by make.sh.
import os, sys, json
from common import *
import mk_chromium as C
from odf import TextDoc
import docx as D
import mk_reportlab as R
from reportlab.lib.pagesizes import letter, A4, landscape
from reportlab.lib.units import inch, mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase import pdfmetrics

BASE = os.path.join(SRC, "base")


def build():
    os.makedirs(BASE, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)

    # ---------------- g01: Chromium base -> gs
    rows = mk_rows(801, 11, "mon", "CE hours", numfmt="1", long_ratio=0.4, credits=[1, 1, 1.5, 2, 0.5, 3, 1])
    person = "Eleanor Whitcombe-Hayes"
    css = """@page { size: letter; margin: 0.75in }
body { font: 10pt 'Liberation Serif', serif }
h1 { font-size: 14pt; margin: 0 }
table.t { border-collapse: collapse; width: 100%; margin-top: 10pt }
table.t th, table.t td { border: 0.8pt solid #222; padding: 4pt 6pt; vertical-align: middle }
table.t th { background: #ececec }
.n { text-align: right; white-space: nowrap } .dt { white-space: nowrap }
.tot td { font-weight: bold }"""
    body = """<h1>Transfusion Service &mdash; Competency and CE Log</h1>
<div>Technologist: %s &nbsp;&nbsp; Shift: Evenings &nbsp;&nbsp; Year: 2024&ndash;2025</div>""" % esc(person)
    cols = [{"label": "Education Activity", "key": "title"}, {"label": "Date", "key": "date", "cls": "dt"},
            {"label": "CE Hours", "key": "credits", "cls": "n"}]
    tot = '<tr class="tot"><td>Total CE Hours</td><td></td><td class="n">%s</td></tr>' % fmt_num(total(rows), "1")
    body += C.table(cols, rows, "t", tot)
    C.save("g01_base", C.page(css, body), sub="base")
    write_gold("g01_gs_chromium", "ghostscript", ["ruled", "wrapped-titles", "right-aligned-numbers", "totals-row", "letter", "redistilled"],
               "Chromium print re-distilled by Ghostscript pdfwrite (fonts re-embedded, content streams rewritten). Transfusion service CE log, ruled, 'Total CE Hours' row, dates 'Mar 3, 2025'.",
               person, rows)

    # ---------------- g02: Writer base -> gs
    rows = mk_rows(802, 10, "mdy", "contact hours", numfmt="2", long_ratio=0.4, providers=True)
    person = "Ingrid Halvorsen"
    d = TextDoc("Liberation Serif", "9.5pt", page=("210mm", "297mm"), margins="18mm",
                footer='<text:p text:style-name="Standard">nsh.org/transcripts</text:p>')
    d.pstyle("H1", size="13pt", bold=True)
    d.p("National Society for Histotechnology - CE Report", "H1")
    d.p("Member: %s     Certification: HTL(ASCP)" % person)
    d.table("T", [3.3, 1.0, 0.9, 1.3], ["Course Title", "Date", "Contact Hours", "Provider"],
            [[r["title"], r["date_disp"], r["credits_disp"], r["provider"]] for r in rows],
            borders="none", padding="0.03in", aligns=["start", "start", "center", "start"])
    d.save(os.path.join(BASE, "g02_base.fodt"))
    write_gold("g02_gs_writer", "ghostscript", ["unruled", "wrapped-titles", "centred-numbers", "page-footer", "a4", "redistilled"],
               "LibreOffice Writer .fodt table (no borders, rule under header) re-distilled by Ghostscript; NSH-style CE report, HTL(ASCP) certification, footer URL.",
               person, rows)

    # ---------------- g03: ReportLab multi-page -> gs
    rows = mk_rows(803, 27, "mdy1", "P.A.C.E.", numfmt="2", long_ratio=0.5, ids=lambda rng, i, d: "P%d" % rng.randrange(10000, 99999))
    person = "Tobias Grünewald"
    path = os.path.join(BUILD, "g03_base.pdf")
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch, topMargin=0.75 * inch, bottomMargin=0.8 * inch)
    # core Helvetica (WinAnsi): TrueType subsets from ReportLab lose their accents when re-distilled by gs
    story = [R.P("ASCLS P.A.C.E. Transcript", "Helvetica-Bold", 13), Spacer(1, 3),
             R.P("Participant: %s" % person, "Helvetica", 9.5), Spacer(1, 10)]
    data = [[R.P(h, "Helvetica-Bold", 9) for h in ["Program #", "Program Title", "Date", "P.A.C.E. Hours"]]]
    for r in rows:
        data.append([r["id"], R.P(r["title"], "Helvetica", 9), r["date_disp"], r["credits_disp"]])
    t = Table(data, colWidths=[0.8 * inch, 4.2 * inch, 1.0 * inch, 1.0 * inch], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (3, 1), (3, -1), "RIGHT")]))
    story.append(t)
    doc.build(story, onFirstPage=R.footer_fn("ascls.org"), onLaterPages=R.footer_fn("ascls.org"))
    write_gold("g03_gs_reportlab", "ghostscript", ["ruled", "multi-page", "wrapped-titles", "right-aligned-numbers", "page-footer", "letter", "redistilled"],
               "ReportLab platypus table (27 rows, repeated header, 2 pages) re-distilled by Ghostscript; ASCLS P.A.C.E. transcript, program numbers, dates 3/4/2025, footer 'ascls.org' + 'Page N'.",
               person, rows)

    # ---------------- q01: Chromium landscape -> qpdf rotate +90 flatten, then -90
    rows = mk_rows(811, 12, "mdy", None, units_mix=["CMLE", "P.A.C.E."], numfmt="2", long_ratio=0.35, providers=True, types=True,
                   ids=act_id("Q"), unit_disp={"CMLE": "CMLE", "P.A.C.E.": "P.A.C.E."})
    person = "Søren Abildgaard"
    css = """@page { size: letter landscape; margin: 0.55in }
body { font: 9.5pt 'Liberation Sans', sans-serif }
h1 { font-size: 14pt; margin: 0 }
table.t { border-collapse: collapse; width: 100%; margin-top: 10pt }
table.t th, table.t td { border: 0.6pt solid #333; padding: 3pt 5pt; vertical-align: top }
.n { text-align: right } .nw { white-space: nowrap }"""
    body = """<h1>ASCP CE Transcript</h1>
<div>Name: %s &nbsp;&nbsp; ASCP Customer ID: 40071952 &nbsp;&nbsp; Certification: MLT(ASCP) &nbsp;&nbsp; Current CMP Cycle: 04/01/2023 - 03/31/2026</div>""" % esc(person)
    cols = [{"label": "Activity ID", "key": "id", "cls": "nw"}, {"label": "Activity Title", "key": "title"},
            {"label": "Activity Type", "key": "type"}, {"label": "Provider", "key": "provider"},
            {"label": "Completion Date", "key": "date", "cls": "nw"}, {"label": "Credits", "key": "credits", "cls": "n"},
            {"label": "Credit Type", "key": "unit"}]
    body += C.table(cols, rows, "t")
    C.save("q01_base", C.page(css, body), sub="base")
    write_gold("q01_qpdf_rotated_chromium", "qpdf", ["ruled", "landscape", "letter", "extra-columns", "right-aligned-numbers", "rotated", "wrapped-titles"],
               "Chromium Letter-landscape print, then qpdf --rotate=+90 --flatten-rotation (content drawn turned on a portrait 612x792 MediaBox) and qpdf --rotate=-90 (page /Rotate 270 so it displays as landscape again). ASCP transcript with Activity ID, Type, Provider columns; CMLE and P.A.C.E. units.",
               person, rows)

    # ---------------- q02: ReportLab canvas landscape A4 -> rotate
    rows = mk_rows(812, 9, "iso", "CMLE", numfmt="2", long_ratio=0.3)
    person = "Fatima Al-Rashid"
    path = os.path.join(BUILD, "q02_base.pdf")
    c = rlcanvas.Canvas(path, pagesize=landscape(A4))
    W, H = landscape(A4)
    x0, y = 20 * mm, H - 20 * mm
    c.setFont("LibSerif-Bold", 14); c.drawString(x0, y, "CMLE Activity Summary"); y -= 16
    c.setFont("LibSerif", 10); c.drawString(x0, y, "Name: %s    Printed 2025-11-30" % person); y -= 26
    xs = [x0, x0 + 165 * mm, x0 + 205 * mm]
    c.setFont("LibSerif-Bold", 10)
    c.drawString(xs[0], y, "Activity Title"); c.drawString(xs[1], y, "Date Completed"); c.drawRightString(xs[2] + 40, y, "CMLE Credits")
    y -= 16
    c.setFont("LibSerif", 10)
    for r in rows:
        lines = R.wrap(r["title"], "LibSerif", 10, 155 * mm)
        for k, ln in enumerate(lines):
            c.drawString(xs[0], y - k * 12, ln)
        c.drawString(xs[1], y, r["date_disp"]); c.drawRightString(xs[2] + 40, y, r["credits_disp"])
        y -= 12 * len(lines) + 6
    c.showPage(); c.save()
    write_gold("q02_qpdf_rotated_reportlab", "qpdf", ["unruled", "landscape", "a4", "right-aligned-numbers", "rotated"],
               "ReportLab canvas on A4 landscape (no rules, right-aligned credits), then qpdf rotate +90 with --flatten-rotation and back with --rotate=-90: text is drawn sideways on a portrait MediaBox with /Rotate 270.",
               person, rows)

    # ---------------- q03: FPDF -> encrypt with empty user password
    rows = mk_rows(813, 8, "mdy", "contact hours", numfmt="1g", long_ratio=0.25)
    person = "DeShawn Marcus Ellery"
    dump_php("q03_base", person, rows, total=fmt_num(total(rows), "1g"))
    write_gold("q03_qpdf_encrypted_fpdf", "qpdf", ["ruled", "totals-row", "centred-numbers", "letter", "encrypted", "wrapped-titles"],
               "FPDF Helvetica grid table, then qpdf --encrypt '' owner 256 (AES-256, empty user password: opens without a password but strings/streams are encrypted). Totals row 'Total Contact Hours'.",
               person, rows)

    # ---------------- q04: docx -> LO -> object streams
    rows = mk_rows(814, 10, "mdy", "CMLE", numfmt="2", long_ratio=0.3, providers=True, ids=act_id("AC"))
    person = "Jae-won Park"
    body = D.para(D.run("ASCP CE Transcript", bold=True, size=14), after=80)
    body += D.para("Name: " + person)
    body += D.para("ASCP Customer ID: 50118394")
    body += D.para("Certification: H(ASCP)")
    body += D.para("Current CMP Cycle: 10/01/2023 - 09/30/2026", after=160)
    body += D.table([1100, 4200, 1500, 1500, 900, 1000],
                    ["Activity ID", "Activity Title", "Provider", "Completion Date", "Credits", "Credit Type"],
                    [[r["id"], r["title"], r["provider"], r["date_disp"], r["credits_disp"], "CMLE"] for r in rows],
                    borders="all", aligns=["left", "left", "left", "left", "right", "left"])
    D.save(os.path.join(BASE, "q04_base.docx"), body, "Liberation Sans", 9, (12240, 15840), margins=900)
    write_gold("q04_qpdf_objstreams_docx", "qpdf", ["ruled", "extra-columns", "right-aligned-numbers", "letter", "object-streams", "wrapped-titles"],
               "Hand-written .docx converted by LibreOffice, then qpdf --object-streams=generate (objects packed into compressed object streams, xref stream). ASCP transcript with Activity ID and Provider columns.",
               person, rows)

    # ---------------- q05: TCPDF multi-page -> linearize
    rows = mk_rows(815, 26, "dmon", "CEU", numfmt="2", long_ratio=0.5, providers=True)
    person = "Ana-Maria Popescu"
    dump_php("q05_base", person, rows)
    write_gold("q05_qpdf_linearized_tcpdf", "qpdf", ["ruled", "multi-page", "wrapped-titles", "extra-columns", "page-footer", "a4", "linearized", "right-aligned-numbers"],
               "TCPDF writeHTML table with repeated <thead> over 2 A4 pages, then qpdf --linearize (fast web view). University CEU transcript (points = CEU x 10), dates 03-Mar-2025, footer 'Page N of M'.",
               person, rows)


def dump_php(name, person, rows, **extra):
    d = {"person": person, "rows": rows}
    d.update(extra)
    with open(os.path.join(BASE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build()
