"""zh10-zh14: Word documents written with python3-docx, converted by LibreOffice."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from .common import cert, soffice_pdf, SRC

ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new_doc(width=8.5, height=11, margins=(0.8, 0.8, 0.9, 0.9), font="Liberation Sans", size=10.5):
    doc = Document()
    sec = doc.sections[0]
    if width > height:
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(width), Inches(height)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Inches(m) for m in margins)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return doc


def para(container, text="", size=None, bold=False, italic=False, color=None, align="center", font=None,
         before=0, after=0, spacing=None, line=None):
    p = container.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing = line
    if text:
        run(p, text, size, bold, italic, color, font, spacing)
    return p


def run(p, text, size=None, bold=False, italic=False, color=None, font=None, spacing=None, superscript=False):
    lines = text.split("\n")
    r = None
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if i < len(lines) - 1:
            r.add_break()
        if size:
            r.font.size = Pt(size)
        r.font.bold = bold
        r.font.italic = italic
        r.font.superscript = superscript
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if spacing is not None:
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(int(spacing * 20)))
            r._element.get_or_add_rPr().append(sp)
    return r


def cell_text(cell, text, **kw):
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    return para(cell, text, **kw)


def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def borders(cell, **sides):
    """sides: top/bottom/left/right = (size_eighths, color)."""
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, (sz, color) in sides.items():
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), color)
        b.append(e)
    tcPr.append(b)


def widths(table, inches):
    table.autofit = False
    for col, w in zip(table.columns, inches):
        col.width = Inches(w)
    for row in table.rows:
        for c, w in zip(row.cells, inches):
            c.width = Inches(w)


def page_border(doc, color="1F3B5A", sz=18, space=20, val="double"):
    sectPr = doc.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        pb.append(e)
    sectPr.append(pb)


def footer(doc, text, size=7, color="777777"):
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, text, size=size, color=color)


def save_convert(cid, doc):
    src = os.path.join(SRC, cid + ".docx")
    doc.save(src)
    soffice_pdf(cid, src)


# ---------------------------------------------------------------- zh10 CAP, labels above values in columns
def build_zh10():
    doc = new_doc(margins=(0.6, 0.7, 0.8, 0.8))
    t = doc.add_table(rows=1, cols=2)
    widths(t, [4.6, 2.3])
    c0, c1 = t.rows[0].cells
    cell_text(c0, "College of American Pathologists", size=19, bold=True, color="00558C", align="left", font="Liberation Serif")
    para(c0, "Education and Learning", size=9, color="555555", align="left")
    cell_text(c1, "CAP Customer #: 4471980\nCertificate #: 2024-118-77301", size=8, color="555555", align="right")
    para(doc, "", after=6)
    bar = doc.add_table(rows=1, cols=1)
    shade(bar.rows[0].cells[0], "00558C")
    cell_text(bar.rows[0].cells[0], "CONTINUING EDUCATION CERTIFICATE", size=12, bold=True, color="FFFFFF", spacing=2, before=3, after=3)
    para(doc, "Enduring Material", size=10, italic=True, color="00558C", before=20)
    para(doc, "CAP Competency Assessment Hub: Body Fluid Cell Counts and Differentials", size=15, bold=True, before=2, after=20,
         font="Liberation Serif")
    grid = doc.add_table(rows=4, cols=4)
    widths(grid, [2.35, 1.45, 1.75, 1.35])
    labels1 = ["PARTICIPANT", "COMPLETED", "CREDIT TYPE", "CREDIT HOURS"]
    vals1 = ["Chiamaka N. Eze, MLS(ASCP)CM, SH", "08/30/2024", "CE (laboratory professionals)", "1.5"]
    labels2 = ["COURSE CODE", "RELEASE DATE", "EXPIRATION DATE", "FORMAT"]
    vals2 = ["BFC-1024", "01/15/2024", "01/14/2027", "Online, self-paced"]
    for r, row in enumerate([labels1, vals1, labels2, vals2]):
        for c, txt in enumerate(row):
            cell = grid.rows[r].cells[c]
            if r % 2 == 0:
                cell_text(cell, txt, size=7.5, bold=True, color="7A7A7A", align="left", spacing=0.6, before=8 if r else 0)
            else:
                cell_text(cell, txt, size=10.5, align="left", after=4)
                borders(cell, bottom=(6, "B7C9D6"))
    para(doc, "", after=14)
    para(doc, "The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education "
              "(ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum "
              "of 1.0 AMA PRA Category 1 Credit\u2122; physicians should claim only the credit commensurate with the extent of their participation.",
         size=8, align="justify", color="333333", after=6)
    para(doc, "For laboratory professionals, this activity provides 1.5 CE hours, reflecting the additional case-review exercises "
              "required of non-physician participants. Credit is recorded in the CAP learning transcript on the completion date shown above.",
         size=8, align="justify", color="333333")
    para(doc, "", after=40)
    s = doc.add_table(rows=1, cols=2)
    widths(s, [3.4, 3.4])
    cell_text(s.rows[0].cells[0], "Anneliese Farrow-Kent, MD, FCAP\nChair, Council on Education", size=8.5, align="left")
    borders(s.rows[0].cells[0], top=(6, "333333"))
    footer(doc, "Printed from the CAP learning portal. This certificate does not constitute CAP accreditation of the participant's laboratory.")
    save_convert("zh10", doc)


# ---------------------------------------------------------------- zh11 P.A.C.E. provider, mail-merge, provider only in accreditation sentence
def build_zh11():
    doc = new_doc(margins=(0.9, 0.8, 1.0, 1.0), font="Liberation Serif", size=11)
    page_border(doc, color="8C6D1F", sz=24, space=24, val="thinThickSmallGap")
    para(doc, "\u2766", size=26, color="8C6D1F", before=10)
    para(doc, "Certificate of Attendance", size=30, font="URW Bookman", color="3B3B3B", before=4, after=18)
    para(doc, "awarded to", size=11, italic=True, after=6)
    para(doc, "Desmond K. Achterberg Jr., MLS(ASCP)", size=22, bold=True, after=10, font="P052")
    para(doc, "who attended the", size=11, italic=True, after=10)
    para(doc, "Live Webinar", size=10.5, color="8C6D1F", font="Liberation Sans", spacing=1.5, after=2)
    para(doc, "Emerging Arboviruses in the Clinical Laboratory: Dengue, Oropouche, and Beyond", size=15, bold=True, after=10, font="P052")
    para(doc, "presented Thursday, February 8, 2024, 12:00\u20131:00 p.m. Central Time", size=11, after=22)
    t = doc.add_table(rows=2, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.1, 2.3, 2.1])
    for i, (k, v) in enumerate([("Contact hours", "1.0"), ("P.A.C.E.\u00ae Course #", "599-128-24"), ("Level", "Intermediate")]):
        cell_text(t.rows[0].cells[i], k, size=8.5, color="777777", font="Liberation Sans")
        cell_text(t.rows[1].cells[i], v, size=12, bold=True, font="Liberation Sans")
    para(doc, "", after=42)
    s = doc.add_table(rows=1, cols=3)
    s.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(s, [2.6, 1.2, 2.6])
    cell_text(s.rows[0].cells[0], "Harriet Lindqvist-Obi, MS, MLS(ASCP)\nProgram Director", size=9, font="Liberation Sans")
    borders(s.rows[0].cells[0], top=(6, "333333"))
    cell_text(s.rows[0].cells[2], "Date emailed to participant\n02/12/2024", size=9, font="Liberation Sans")
    borders(s.rows[0].cells[2], top=(6, "333333"))
    para(doc, "", after=30)
    para(doc, "Bluewater Laboratory Education Network is approved as a provider of continuing education programs in the clinical "
              "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Provider number 599.", size=8, font="Liberation Sans",
         color="555555", align="center")
    save_convert("zh11", doc)


# ---------------------------------------------------------------- zh12 public health laboratory memo
def build_zh12():
    doc = new_doc(margins=(0.7, 0.8, 1.0, 1.0), font="Liberation Sans", size=10.5)
    para(doc, "Lakeshore State Public Health Laboratory (LSPHL)", size=15, bold=True, color="1E4D2B", align="left")
    para(doc, "Division of Laboratory Training and Outreach", size=10, color="1E4D2B", align="left")
    para(doc, "2600 Wexford Parkway · Dunmore Falls", size=8.5, color="666666", align="left", after=16)
    para(doc, "MEMORANDUM", size=20, bold=True, align="left", spacing=3, after=10)
    hdr = doc.add_table(rows=4, cols=2)
    widths(hdr, [0.9, 5.6])
    for i, (k, v) in enumerate([("TO:", "Joaquín Ibarra, MLS(ASCP), Microbiology Section, Millbrook County Hospital"),
                                ("FROM:", "Noemi Castellanos-Reid, Training Coordinator"),
                                ("DATE:", "June 3, 2024"),
                                ("RE:", "Completion of sentinel laboratory training — Registration # 3318")]):
        cell_text(hdr.rows[i].cells[0], k, bold=True, align="left", after=3)
        cell_text(hdr.rows[i].cells[1], v, align="left", after=3)
    rule = doc.add_table(rows=1, cols=1)
    borders(rule.rows[0].cells[0], bottom=(12, "1E4D2B"))
    para(doc, "", after=10)
    para(doc, "This memorandum documents that the laboratorian named above completed the following hands-on training offered by the "
              "Division of Laboratory Training and Outreach. Please place a copy in the employee's competency file.",
         align="justify", after=12, line=1.2)
    kv = doc.add_table(rows=5, cols=2)
    kv.style = "Table Grid"
    widths(kv, [1.6, 4.9])
    rows = [("Training", "Biosafety Level 3 Practices and Select Agent Rule-Out Testing for Sentinel Laboratories"),
            ("Training ID", "LTO-24-0520"),
            ("Dates", "May 20–21, 2024 (two days, in person, LSPHL Training Suite B)"),
            ("Continuing education", "12.0 contact hours (P.A.C.E.\u00ae)"),
            ("Practical assessment", "Passed — BSC work practices, rule-out algorithms for Bacillus anthracis, Yersinia pestis, Francisella tularensis, Brucella spp.")]
    for i, (k, v) in enumerate(rows):
        shade(kv.rows[i].cells[0], "E3EFE6")
        cell_text(kv.rows[i].cells[0], k, bold=True, align="left", before=2, after=2)
        cell_text(kv.rows[i].cells[1], v, align="left", before=2, after=2)
    para(doc, "", after=10)
    para(doc, "LSPHL is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
              "P.A.C.E.\u00ae Program. Participants from sentinel laboratories should repeat this training every three years or sooner "
              "if their laboratory's rule-out procedures change.", align="justify", size=9.5, after=30, line=1.15)
    para(doc, "Lorenzo Whitfield-Amaro, PhD, HCLD(ABB)", align="left")
    para(doc, "Laboratory Director, Lakeshore State Public Health Laboratory", align="left", size=9.5, color="444444")
    footer(doc, "LSPHL-DLTO Form 12 (rev. 01/2024) · Page 1 of 1")
    save_convert("zh12", doc)


# ---------------------------------------------------------------- zh13 MediaLab LMS certificate, issuer line only, page 2 small print
def build_zh13():
    doc = new_doc(margins=(0.7, 0.7, 0.9, 0.9), font="DejaVu Sans", size=10)
    page_border(doc, color="4A7FB5", sz=8, space=24, val="single")
    para(doc, "Certificate of Completion", size=24, color="4A7FB5", before=20, after=16, font="DejaVu Serif")
    para(doc, "Katarzyna Nowak-Bell", size=20, bold=True, after=6)
    para(doc, "has completed the online course", size=10.5, color="555555", after=8)
    para(doc, "Laboratory Safety: Chemical Hygiene, Spill Response, and Fire Prevention", size=14, bold=True, after=2)
    para(doc, "[Course Code 0618-LS]", size=9, color="777777", font="DejaVu Sans Mono", after=22)
    t = doc.add_table(rows=6, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.0, 3.4])
    for i, (k, v) in enumerate([("Date Completed", "10/07/2024"),
                                ("Credit", "2.0 P.A.C.E.\u00ae Contact Hours"), ("Exam Score", "85%"),
                                ("Order #", "1045533"), ("Transcript #", "77-20931"), ("Date Printed", "01/06/2025")]):
        cell_text(t.rows[i].cells[0], k, size=9.5, color="666666", align="left", before=2, after=2)
        cell_text(t.rows[i].cells[1], v, size=10.5, bold=True, align="left", before=2, after=2)
        borders(t.rows[i].cells[0], bottom=(4, "D0DCE8"))
        borders(t.rows[i].cells[1], bottom=(4, "D0DCE8"))
    para(doc, "", after=70)
    para(doc, "Issued by MediaLab, Inc., an approved provider of continuing education programs in the clinical laboratory sciences "
              "through the ASCLS P.A.C.E.\u00ae Program.", size=8.5, color="444444")
    para(doc, "See page 2 for state approvals and terms.", size=7.5, color="777777", before=4)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "State approvals and terms of use", size=11, bold=True, align="left", after=8)
    for txt in [
        "Florida: this course is approved by the Florida Board of Clinical Laboratory Personnel for 2.0 hours in the category "
        "Laboratory Safety. Completion data are reported to the Florida electronic tracking system within 5 business days.",
        "California: acceptable for CA license renewal when the course provider is approved by an LFS-recognised accrediting agency.",
        "OSHA: this course may be used to document part of the annual chemical hygiene training required under 29 CFR 1910.1450; "
        "site-specific training must still be provided by the employer.",
        "Certificates may be reprinted from the learner transcript for seven years. Altering a certificate voids the credit.",
    ]:
        para(doc, txt, size=7.5, align="justify", after=6, color="333333")
    save_convert("zh13", doc)


# ---------------------------------------------------------------- zh14 ASM, two-column session certificate
def build_zh14():
    doc = new_doc(margins=(0.6, 0.7, 0.8, 0.8), font="Liberation Sans", size=10)
    band = doc.add_table(rows=1, cols=2)
    widths(band, [4.7, 2.2])
    shade(band.rows[0].cells[0], "0B3C5D")
    shade(band.rows[0].cells[1], "0B3C5D")
    cell_text(band.rows[0].cells[0], "American Society for Microbiology", size=17, bold=True, color="FFFFFF", align="left", before=6)
    para(band.rows[0].cells[0], "ASM Clinical Microbiology Summit 2025 \u00b7 June 19\u201323, 2025", size=9, color="CFE3F2", align="left", after=6)
    cell_text(band.rows[0].cells[1], "ASM", size=30, bold=True, color="F2A541", align="right", before=2)
    para(doc, "CERTIFICATE OF SESSION ATTENDANCE", size=11, bold=True, color="0B3C5D", spacing=2, before=26, after=8)
    para(doc, "Diagnostic Stewardship for Gastrointestinal Multiplex Panels", size=17, bold=True, after=26, font="Liberation Serif")
    cols = doc.add_table(rows=1, cols=2)
    widths(cols, [3.45, 3.45])
    left, right = cols.rows[0].cells
    cell_text(left, "ATTENDEE", size=7.5, bold=True, color="888888", align="left", spacing=1)
    para(left, "Thandiwe Mokoena, PhD", size=14, bold=True, align="left", after=8)
    para(left, "INSTITUTION", size=7.5, bold=True, color="888888", align="left", spacing=1)
    para(left, "Greymont University Hospital\nDivision of Clinical Microbiology", size=10, align="left", after=8)
    para(left, "REGISTRATION", size=7.5, bold=True, color="888888", align="left", spacing=1)
    para(left, "Badge 41872 \u00b7 Full conference", size=10, align="left")
    cell_text(right, "SESSION", size=7.5, bold=True, color="888888", align="left", spacing=1)
    para(right, "Session No. S-214 \u00b7 Room 304B", size=10, align="left", after=8)
    para(right, "SESSION DATE", size=7.5, bold=True, color="888888", align="left", spacing=1)
    para(right, "Saturday, June 21, 2025, 10:15\u201311:45 a.m.", size=10, align="left", after=8)
    para(right, "CREDIT EARNED", size=7.5, bold=True, color="888888", align="left", spacing=1)
    para(right, "1.5 P.A.C.E.\u00ae contact hours", size=12, bold=True, align="left")
    shade(right, "F3F7FA")
    para(doc, "", after=30)
    para(doc, "ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
              "P.A.C.E.\u00ae Program. Session credit is based on the attendance scan recorded at the room entrance and the completed "
              "session evaluation. The summit as a whole offers up to 24.0 contact hours; this certificate covers only the session named above.",
         size=8, color="444444", align="justify")
    para(doc, "", after=40)
    sig = doc.add_table(rows=1, cols=2)
    widths(sig, [3.0, 3.9])
    cell_text(sig.rows[0].cells[0], "Mireille Banerjee-Hart, PhD, D(ABMM)\nChair, Summit Program Committee", size=8.5, align="left")
    borders(sig.rows[0].cells[0], top=(6, "333333"))
    footer(doc, "Certificate generated 07/03/2025 from the ASM event app. Questions: CE office, American Society for Microbiology.")
    save_convert("zh14", doc)


CERTS = [
    cert("zh10", "CAP", "soffice-docx",
         ["labels-above-columns", "labels-above", "format-line", "name-credentials", "multi-date", "multi-credit",
          "id-no-colon", "distractor-ids", "signature", "footer"],
         "Label row above value row in four columns; Enduring Material above title; AMA PRA 1.0 distractor vs 1.5 CE hours; release/expiration dates, customer and certificate numbers as distractors.",
         "Chiamaka N. Eze", "CAP Competency Assessment Hub: Body Fluid Cell Counts and Differentials",
         "2024-08-30", 1.5, "CE hour", ["College of American Pathologists", "CAP"], "BFC-1024", build_zh10),
    cert("zh11", "PACE-provider", "soffice-docx",
         ["mailmerge-certificate", "page-border", "format-line", "labels-above", "provider-accreditation-sentence",
          "name-suffix", "name-credentials", "multi-date", "id-no-colon", "distractor-ids", "signature"],
         "Provider appears only as the subject of the P.A.C.E. accreditation sentence; Live Webinar above the title; provider number 599 next to the course number 599-128-24; emailed date distractor.",
         "Desmond K. Achterberg Jr.", "Emerging Arboviruses in the Clinical Laboratory: Dengue, Oropouche, and Beyond",
         "2024-02-08", 1.0, "contact hour", ["Bluewater Laboratory Education Network"], "599-128-24", build_zh11),
    cert("zh12", "public-health-lab", "soffice-docx",
         ["memo", "letter", "label-value", "provider-department", "name-accent", "name-credentials", "date-range",
          "multi-date", "id-no-colon", "distractor-ids", "signature", "footer"],
         "Memorandum with TO/FROM/DATE/RE header (memo date distractor) and a label/value grid; 2-day range; registration # distractor.",
         "Joaquín Ibarra",
         "Biosafety Level 3 Practices and Select Agent Rule-Out Testing for Sentinel Laboratories",
         "2024-05-21", 12.0, "contact hour",
         ["Lakeshore State Public Health Laboratory",
          "Lakeshore State Public Health Laboratory, Division of Laboratory Training and Outreach", "LSPHL"],
         "LTO-24-0520", build_zh12),
    cert("zh13", "MediaLab", "soffice-docx",
         ["lms-export", "label-value", "provider-issuer-line", "page2-smallprint", "name-hyphen", "multi-date",
          "id-brackets", "distractor-ids"],
         "Provider printed only in the 'Issued by' line; course code in square brackets under the title; order/transcript numbers and print date as distractors; page 2 with state approvals.",
         "Katarzyna Nowak-Bell", "Laboratory Safety: Chemical Hygiene, Spill Response, and Fire Prevention",
         "2024-10-07", 2.0, "contact hour", ["MediaLab, Inc."], "0618-LS", build_zh13),
    cert("zh14", "ASM", "soffice-docx",
         ["two-column", "labels-above", "provider-logo-heading", "name-credentials", "multi-date", "date-range",
          "multi-credit", "id-no-colon", "distractor-ids", "signature", "footer"],
         "Session certificate at a conference: session date (not the June 19-23 meeting range, not the generated date); summit maximum 24.0 as distractor; badge number.",
         "Thandiwe Mokoena", "Diagnostic Stewardship for Gastrointestinal Multiplex Panels",
         "2025-06-21", 1.5, "contact hour", ["American Society for Microbiology", "ASM"], "S-214", build_zh14),
]
