"""Certificates written with python-docx and converted by LibreOffice."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from engine.registry import cert

AL = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT}


def new_doc(landscape=False, margin=0.75, title="Certificate"):
    doc = Document()
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Inches(margin))
    doc.core_properties.title = title
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return doc


def para(where, runs, align="L", size=11, font=None, bold=False, italic=False, color=None, before=0, after=0,
         spacing=None, line=None):
    """runs: a string or a list of strings / (text, overrides-dict)."""
    p = where.add_paragraph()
    p.alignment = AL[align]
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing = line
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        text, o = (r, {}) if isinstance(r, str) else r
        if text == "\n":
            p.add_run().add_break()
            continue
        run = p.add_run(text)
        f = run.font
        f.size = Pt(o.get("size", size))
        fn = o.get("font", font)
        if fn:
            f.name = fn
            run._element.rPr.rFonts.set(qn("w:eastAsia"), fn)
        f.bold = o.get("bold", bold)
        f.italic = o.get("italic", italic)
        c = o.get("color", color)
        if c:
            f.color.rgb = RGBColor.from_string(c)
        sp = o.get("spacing", spacing)
        if sp:
            e = OxmlElement("w:spacing")
            e.set(qn("w:val"), str(int(sp * 20)))
            run._element.get_or_add_rPr().append(e)
    return p


def first_para(cell, *a, **k):
    """Write into a cell's existing empty paragraph, then return it."""
    p = para(cell, *a, **k)
    first = cell.paragraphs[0]
    if first is not p and not first.text:
        first._element.getparent().remove(first._element)
    return p


def borders(el_pr, tag, **sides):
    b = OxmlElement(tag)
    for side, spec in sides.items():
        e = OxmlElement("w:" + side)
        if spec is None:
            e.set(qn("w:val"), "nil")
        else:
            val, sz, color = spec
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        b.append(e)
    el_pr.append(b)


def table_borders(table, spec=None, inside=None):
    tblPr = table._tbl.tblPr
    sides = {s: spec for s in ("top", "left", "bottom", "right")}
    sides["insideH"] = inside
    sides["insideV"] = inside
    borders(tblPr, "w:tblBorders", **sides)


def cell_borders(cell, **sides):
    borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", **sides)


def shade(cell, hexcolor):
    e = OxmlElement("w:shd")
    e.set(qn("w:val"), "clear")
    e.set(qn("w:color"), "auto")
    e.set(qn("w:fill"), hexcolor)
    cell._tc.get_or_add_tcPr().append(e)


def widths(table, inches):
    """Fixed column widths (cell widths and the grid LibreOffice reads)."""
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, inches):
            c.width = Inches(w)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), inches):
        gc.set(qn("w:w"), str(int(w * 1440)))
    tblPr = table._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(inches) * 1440)))
    tw.set(qn("w:type"), "dxa")
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def page_border(section, val="double", sz=18, color="1F3A5F", space=24):
    sectPr = section._sectPr
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


def footer_text(section, text, size=7.5, color="555555", font="Liberation Sans", align="C"):
    p = section.footer.paragraphs[0]
    p.alignment = AL[align]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.name = font
    r.font.color.rgb = RGBColor.from_string(color)


# --------------------------------------------------------------------------
@cert("zg11", "pace-provider", "soffice-docx",
      ["base:column-grid", "portrait", "labels-above-values", "format-line-above", "title-wrap",
       "provider-issuer-line", "multi-date", "distractor-numbers", "id-label-above", "name-hyphen"],
      "Provider printed only in the 'Issued by:' line at the bottom; 'ON-DEMAND' above the title; 3x2 grid "
      "with labels above values (program number beside a transcript number); completion, enrolment and print dates.",
      name="Sun-Hee Park",
      title="Body Fluid Cell Counts and Morphology: Synovial, Pleural and Cerebrospinal Fluids",
      date="2023-12-03", credits=1.5, unit="contact hour",
      provider=["Meridian Pathology Learning Network"], activity_id="277-904-23")
def zg11(path):
    doc = new_doc(margin=0.9, title="Continuing education certificate")
    F = "Liberation Sans"
    para(doc, [("CONTINUING EDUCATION CERTIFICATE", {"spacing": 3})], size=9, font=F, color="2E6B4F",
         after=30)
    para(doc, "Certificate of Completion", size=30, font="P052", after=28)
    para(doc, [("ON-DEMAND", {"spacing": 2})], size=10, font=F, bold=True, color="2E6B4F", after=2)
    para(doc, "Body Fluid Cell Counts and Morphology: Synovial, Pleural and Cerebrospinal Fluids",
         size=19, font=F, bold=True, after=26, line=1.1)
    t = doc.add_table(rows=2, cols=3)
    table_borders(t, ("single", 6, "9DBFAE"), ("single", 6, "9DBFAE"))
    cells = [("PARTICIPANT", "Sun-Hee Park"), ("DATE COMPLETED", "December 3, 2023"), ("CONTACT HOURS", "1.5"),
             ("P.A.C.E.\u00ae PROGRAM NUMBER", "277-904-23"), ("ENROLLED", "November 20, 2023"),
             ("TRANSCRIPT NO.", "T-0093318")]
    for i, (k, v) in enumerate(cells):
        c = t.rows[i // 3].cells[i % 3]
        first_para(c, [(k, {"spacing": 1})], size=7.5, font=F, color="6B6B6B", before=4)
        para(c, v, size=13, font=F, bold=(i == 0), after=6)
    widths(t, [2.5, 2.1, 2.1])
    para(doc, "", after=18)
    para(doc, "Completion requires viewing every video segment and scoring at least 70% on the post-test. "
              "This program is approved for continuing education credit by the ASCLS P.A.C.E.\u00ae Program "
              "at the intermediate level.", size=9.5, font="Liberation Serif", after=120, line=1.3)
    para(doc, [("Issued by: ", {"bold": True}), "Meridian Pathology Learning Network"], size=10, font=F, after=2)
    para(doc, "Certificate printed 01/09/2024", size=8.5, font=F, color="555555")
    doc.save(path)


# --------------------------------------------------------------------------
@cert("zg19", "hospital-inservice", "soffice-docx",
      ["base:inservice-signin", "portrait", "label-value", "provider-department", "name-credentials",
       "name-hyphen", "id-no-colon", "distractor-numbers", "multi-date", "signature", "footer"],
      "Hospital laboratory in-service attendance record (form look, label/value grid and an attendee row "
      "with employee ID); provider is a department of the hospital; form number/revision date and "
      "verification date as distractors.",
      name="Rosalind Adebayo-Smythe",
      title="New Chemistry Analyzer Go-Live: Calibration, QC Rules and Downtime Procedures",
      date="2024-02-08", credits=1.0, unit="contact hour",
      provider=["St. Brendan's Regional Medical Center",
                "St. Brendan's Regional Medical Center, Department of Pathology and Laboratory Medicine"],
      activity_id="24-011")
def zg19(path):
    doc = new_doc(margin=0.7, title="In-service attendance record")
    F = "DejaVu Sans"
    hdr = doc.add_table(rows=1, cols=2)
    table_borders(hdr, None, None)
    first_para(hdr.rows[0].cells[0], "St. Brendan's Regional Medical Center", size=14, font="DejaVu Serif",
               bold=True, color="173F5F")
    para(hdr.rows[0].cells[0], "Department of Pathology and Laboratory Medicine", size=9.5, font=F, color="173F5F")
    first_para(hdr.rows[0].cells[1], "Form LAB-ED-07", size=8, font=F, align="R", color="555555")
    para(hdr.rows[0].cells[1], "Rev. 02/2023", size=8, font=F, align="R", color="555555")
    widths(hdr, [5.0, 2.1])
    para(doc, "IN-SERVICE EDUCATION ATTENDANCE RECORD", size=13, font=F, bold=True, align="C", before=18,
         after=10, spacing=1)
    rows = [("Topic", "New Chemistry Analyzer Go-Live: Calibration, QC Rules and Downtime Procedures"),
            ("Session No.", "24-011"),
            ("Date / time", "Thursday, February 8, 2024 \u00b7 0700\u20130800"),
            ("Location", "Core Laboratory Conference Room 2B"),
            ("Presenter", "Gideon Ferraro-Lutz, MLS(ASCP), Chemistry Technical Specialist"),
            ("CE credit", "1.0 contact hour (P.A.C.E.\u00ae)")]
    t = doc.add_table(rows=len(rows), cols=2)
    table_borders(t, ("single", 8, "444444"), ("single", 4, "888888"))
    for i, (k, v) in enumerate(rows):
        shade(t.rows[i].cells[0], "E8EEF3")
        first_para(t.rows[i].cells[0], k, size=9, font=F, bold=True, before=3, after=3)
        first_para(t.rows[i].cells[1], v, size=10, font=F, before=3, after=3)
    widths(t, [1.5, 5.6])
    para(doc, "Attendee", size=10.5, font=F, bold=True, before=16, after=4)
    a = doc.add_table(rows=2, cols=4)
    table_borders(a, ("single", 8, "444444"), ("single", 4, "888888"))
    for j, h in enumerate(["Name", "Employee ID", "Shift", "Signature"]):
        shade(a.rows[0].cells[j], "E8EEF3")
        first_para(a.rows[0].cells[j], h, size=8.5, font=F, bold=True, before=2, after=2)
    for j, v in enumerate(["Rosalind Adebayo-Smythe, MT(ASCP)", "448120", "Days"]):
        first_para(a.rows[1].cells[j], v, size=10, font=F, before=6, after=6)
    first_para(a.rows[1].cells[3], "R. Adebayo-Smythe", size=15, font="Z003", before=2)
    widths(a, [2.7, 1.2, 0.8, 2.4])
    para(doc, "By signing, the attendee confirms presence for the full session. Partial attendance does not "
              "qualify for continuing education credit.", size=8.5, font=F, color="444444", before=8, after=22)
    v = doc.add_table(rows=2, cols=2)
    table_borders(v, None, None)
    first_para(v.rows[0].cells[0], "Tamsin Holloway-Reed", size=17, font="Z003")
    cell_borders(v.rows[0].cells[0], bottom=("single", 6, "333333"))
    first_para(v.rows[0].cells[1], "02/12/2024", size=10, font=F)
    cell_borders(v.rows[0].cells[1], bottom=("single", 6, "333333"))
    first_para(v.rows[1].cells[0], "Verified by: Tamsin Holloway-Reed, MS, MLS(ASCP)CM, Laboratory Education "
               "Coordinator", size=8, font=F)
    first_para(v.rows[1].cells[1], "Date verified", size=8, font=F)
    widths(v, [4.6, 2.5])
    footer_text(doc.sections[0], "St. Brendan's Regional Medical Center, Department of Pathology and Laboratory "
                "Medicine is approved as a provider of continuing education programs in the clinical laboratory "
                "sciences by the ASCLS P.A.C.E.\u00ae Program. File the original with Laboratory Education; "
                "the employee keeps a copy.", font=F, size=7)
    doc.save(path)


# --------------------------------------------------------------------------
@cert("zg25", "university", "soffice-docx",
      ["base:seal-diploma", "landscape", "provider-department", "title-wrap", "date-range", "multi-date",
       "ceu", "id-no-colon", "name-hyphen", "signature", "distractor-numbers", "provider-logo"],
      "University diploma style with seal; credit in CEUs (0.6 CEU = 6 points); course held June 3\u20135, "
      "conferral date written out in words as a distractor; course number in running text without colon; "
      "student ID in the small print.",
      name="Lindiwe Mokoena-Price",
      title="Phlebotomy Refresher for Clinical Laboratory Personnel: Pediatric and Geriatric Collections",
      date="2024-06-05", credits=0.6, unit="CEU",
      provider=["Westbrook State University",
                "Westbrook State University, Division of Continuing and Professional Education", "WSU"],
      activity_id="CLS-8015")
def zg25(path):
    doc = new_doc(landscape=True, margin=0.8, title="Certificate of Completion")
    page_border(doc.sections[0], "double", 18, "5A3E1B", 24)
    B = "URW Bookman"
    para(doc, "Westbrook State University", size=30, font=B, bold=True, align="C", color="5A3E1B", before=6)
    para(doc, "Division of Continuing and Professional Education", size=11, font=B, align="C", after=16,
         spacing=1)
    para(doc, "Certificate of Completion", size=22, font="Z003", align="C", after=8)
    para(doc, "Be it known that", size=11, font=B, italic=True, align="C", after=4)
    para(doc, "Lindiwe Mokoena-Price", size=24, font=B, align="C", after=6)
    para(doc, "having satisfactorily completed the continuing education course", size=11, font=B, italic=True,
         align="C", after=4)
    para(doc, "Phlebotomy Refresher for Clinical Laboratory Personnel: Pediatric and Geriatric Collections",
         size=15, font=B, bold=True, align="C", after=4, line=1.1)
    para(doc, "(Course Number CLS-8015), conducted June 3\u20135, 2024, is hereby awarded", size=11, font=B,
         align="C", after=2)
    para(doc, "0.6 Continuing Education Units (CEUs)", size=14, font=B, bold=True, align="C", after=4)
    para(doc, "Conferred this fourteenth day of June, two thousand twenty-four", size=10, font=B, italic=True,
         align="C", after=14)
    t = doc.add_table(rows=2, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, None, None)
    first_para(t.rows[0].cells[0], "Odessa Vanterpool", size=18, font="Z003", align="C")
    cell_borders(t.rows[0].cells[0], bottom=("single", 6, "333333"))
    first_para(t.rows[1].cells[0], "Odessa Vanterpool, EdD, Dean", size=8.5, font=B, align="C")
    seal = t.rows[0].cells[1]
    first_para(seal, "WSU", size=16, font=B, bold=True, align="C", color="5A3E1B", before=4)
    para(seal, "OFFICIAL SEAL", size=7, font=B, align="C", color="5A3E1B", spacing=1)
    para(seal, "EST. 1911", size=7, font=B, align="C", color="5A3E1B", after=4)
    cell_borders(seal, top=("double", 12, "5A3E1B"), bottom=("double", 12, "5A3E1B"),
                 left=("double", 12, "5A3E1B"), right=("double", 12, "5A3E1B"))
    first_para(t.rows[0].cells[2], "Caspian J. Mertz", size=18, font="Z003", align="C")
    cell_borders(t.rows[0].cells[2], bottom=("single", 6, "333333"))
    first_para(t.rows[1].cells[2], "Caspian J. Mertz, Registrar", size=8.5, font=B, align="C")
    widths(t, [3.0, 1.4, 3.0])
    footer_text(doc.sections[0], "One CEU equals ten contact hours of participation in an organized continuing "
                "education experience. Student ID W00731842. Verify at registrar.westbrook-state.example.edu.",
                size=7, font=B)
    doc.save(path)


# --------------------------------------------------------------------------
@cert("zg33", "nsh", "soffice-docx",
      ["base:classic-centered", "portrait", "format-line-below", "title-wrap", "name-accents",
       "provider-logo-only", "id-colon", "signature"],
      "Provider only in the logo-like heading (monogram + society name); 'Live Virtual Session' under the "
      "title; course number introduced by 'Course #'.",
      name="Esperanza Quiñones",
      title="Immunohistochemistry Antibody Validation: Meeting Accreditation Checklist Requirements",
      date="2024-03-20", credits=1.0, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="NSH-W24-033")
def zg33(path):
    doc = new_doc(margin=0.9, title="Certificate of Participation")
    F = "Nimbus Sans"
    logo = doc.add_table(rows=1, cols=2)
    logo.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(logo, None, None)
    mono = logo.rows[0].cells[0]
    shade(mono, "6A1B4D")
    first_para(mono, "NSH", size=20, font=F, bold=True, color="FFFFFF", align="C", before=8, after=8)
    first_para(logo.rows[0].cells[1], [("National Society for ", {}), ("Histotechnology", {"bold": True})],
               size=14, font=F, color="6A1B4D")
    from docx.enum.table import WD_ALIGN_VERTICAL
    for c in logo.rows[0].cells:
        c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    widths(logo, [0.9, 3.9])
    para(doc, "Certificate of Participation", size=30, font="C059", align="C", before=60, after=26)
    para(doc, "awarded to", size=12, font="C059", italic=True, align="C", after=8)
    para(doc, "Esperanza Quiñones", size=26, font="C059", align="C", after=20)
    para(doc, "for attending", size=12, font="C059", italic=True, align="C", after=8)
    para(doc, "Immunohistochemistry Antibody Validation: Meeting Accreditation Checklist Requirements",
         size=17, font=F, bold=True, align="C", after=4, line=1.15)
    para(doc, [("Live Virtual Session", {"italic": True})], size=11, font=F, align="C", color="6A1B4D", after=18)
    para(doc, "March 20, 2024 \u00b7 1:00\u20132:00 PM Eastern", size=11, font=F, align="C", after=4)
    para(doc, "Contact hours: 1.0  \u00b7  Course # NSH-W24-033", size=11, font=F, align="C", after=60)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, None, None)
    first_para(t.rows[0].cells[0], "Wendell Abernathy-Cruz", size=20, font="Z003", align="C")
    cell_borders(t.rows[0].cells[0], bottom=("single", 6, "333333"))
    first_para(t.rows[1].cells[0], "Wendell Abernathy-Cruz, HT(ASCP)QIHC \u00b7 Chair, Education Committee",
               size=8.5, font=F, align="C")
    widths(t, [5.0])
    para(doc, "This session is approved for P.A.C.E.\u00ae continuing education credit. Participants must attend "
              "the live broadcast in full; recordings are not eligible for this certificate.", size=8, font=F,
         align="C", color="555555", before=40)
    doc.save(path)


# --------------------------------------------------------------------------
@cert("zg39", "amt", "soffice-docx",
      ["base:column-grid", "portrait", "labels-above-values", "format-line-above", "title-wrap",
       "name-credentials", "name-hyphen", "multi-date", "distractor-numbers", "id-label-above", "provider-logo"],
      "AMT STEP online course; 'SELF-STUDY' over a two-line title; name followed by ', MT(AMT)'; grid with "
      "course number next to AMT ID and post-test score; completion vs issue date.",
      name="Shaniqua Delacroix-Boyd",
      title="Ethics and Professionalism in the Clinical Laboratory: Confidentiality, Conflicts of Interest and "
            "Social Media",
      date="2024-07-07", credits=1.0, unit="contact hour",
      provider=["American Medical Technologists", "AMT"], activity_id="STEP-4471")
def zg39(path):
    doc = new_doc(margin=0.8, title="AMT STEP certificate")
    F = "Liberation Sans"
    h = doc.add_table(rows=1, cols=2)
    table_borders(h, None, None)
    shade(h.rows[0].cells[0], "003B71")
    first_para(h.rows[0].cells[0], "AMT", size=22, font=F, bold=True, color="FFFFFF", align="C", before=6, after=6)
    first_para(h.rows[0].cells[1], "American Medical Technologists", size=16, font=F, bold=True, color="003B71",
               before=2)
    para(h.rows[0].cells[1], "STEP Online Continuing Education", size=10, font=F, color="C8102E")
    widths(h, [1.1, 5.8])
    para(doc, "", after=40)
    para(doc, [("SELF-STUDY", {"spacing": 2.5})], size=9.5, font=F, bold=True, color="C8102E", after=4)
    para(doc, "Ethics and Professionalism in the Clinical Laboratory: Confidentiality, Conflicts of Interest "
              "and Social Media", size=20, font="Liberation Serif", bold=True, after=24, line=1.1)
    para(doc, "Certificate of Completion issued to", size=11, font=F, color="555555", after=4)
    para(doc, "Shaniqua Delacroix-Boyd, MT(AMT)", size=22, font="Liberation Serif", after=30)
    t = doc.add_table(rows=2, cols=3)
    table_borders(t, None, ("single", 4, "C9D3DD"))
    cells = [("COURSE NO.", "STEP-4471"), ("COMPLETED ON", "July 7, 2024"), ("P.A.C.E.\u00ae CONTACT HOURS", "1.0"),
             ("AMT ID", "1188204"), ("POST-TEST SCORE", "90%"), ("ISSUED", "July 8, 2024")]
    for i, (k, v) in enumerate(cells):
        c = t.rows[i // 3].cells[i % 3]
        first_para(c, [(k, {"spacing": 1})], size=7.5, font=F, color="6B7785", before=6)
        para(c, v, size=13, font=F, after=6)
    widths(t, [2.3, 2.3, 2.3])
    para(doc, "", after=50)
    para(doc, "STEP courses are approved for continuing education credit through the ASCLS P.A.C.E.\u00ae Program and "
              "count toward the AMT Certification Continuation Program. A passing score of 70% is required.",
         size=8.5, font=F, color="444444", line=1.3)
    doc.save(path)
