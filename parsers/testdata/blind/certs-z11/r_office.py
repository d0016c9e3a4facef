"""LibreOffice templates: hand-written flat ODT (.fodt) and python-docx (.docx),
converted with `soffice --headless --convert-to pdf`."""
from xml.sax.saxutils import escape as X

from certs import PACE

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def pstyle(name, size=12, bold=False, italic=False, align="center", color="#000000", font="Liberation Serif",
           mt="0cm", mb="0cm", ls=None, brk=False, lh=None):
    tp = 'style:font-name="%s" fo:font-size="%spt" fo:color="%s"' % (font, size, color)
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if ls:
        tp += ' fo:letter-spacing="%s"' % ls
    pp = 'fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s"' % (align, mt, mb)
    if brk:
        pp += ' fo:break-before="page"'
    if lh:
        pp += ' fo:line-height="%s"' % lh
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
            '<style:text-properties %s/></style:style>' % (name, pp, tp))


def fodt(title, page_props, styles, body):
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title><meta:generator>hand-written flat ODT</meta:generator></office:meta>
<office:font-face-decls>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties %s/></style:page-layout>
%s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
""" % (NS, X(title), page_props, "\n".join(styles), body)


def P(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else X(text))


def gstyle(name, fill, stroke="none"):
    return ('<style:style style:name="%s" style:family="graphic"><style:graphic-properties draw:fill="solid" '
            'draw:fill-color="%s" draw:stroke="%s" style:run-through="background" style:wrap="run-through"/></style:style>'
            % (name, fill, stroke))


LAND = ('fo:page-width="27.94cm" fo:page-height="21.59cm" style:print-orientation="landscape" '
        'fo:margin-top="1.0cm" fo:margin-bottom="1.0cm" fo:margin-left="1.0cm" fo:margin-right="1.0cm"')
PORT = ('fo:page-width="21.59cm" fo:page-height="27.94cm" style:print-orientation="portrait" '
        'fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2.0cm" fo:margin-right="2.0cm"')


def tstyles(name, width, cols, cell_border="0.5pt solid #b0b0b0", pad="0.12cm"):
    out = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" '
           'table:align="center" fo:margin-top="0.3cm"/></style:style>' % (name, width)]
    for i, w in enumerate(cols):
        out.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                   'style:column-width="%s"/></style:style>' % (name, i, w))
    out.append('<style:style style:name="%s.cell" style:family="table-cell"><style:table-cell-properties '
               'fo:padding="%s" fo:border="%s"/></style:style>' % (name, pad, cell_border))
    out.append('<style:style style:name="%s.head" style:family="table-cell"><style:table-cell-properties '
               'fo:padding="%s" fo:border="%s" fo:background-color="#e9eef2"/></style:style>' % (name, pad, cell_border))
    return out


def table(name, cols, rows, head_first_col=True):
    x = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for i in range(len(cols)):
        x.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
    for r in rows:
        x.append("<table:table-row>")
        for i, (style, text) in enumerate(r):
            cs = "%s.head" % name if (i == 0 and head_first_col) else "%s.cell" % name
            x.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                     % (cs, P(style, text)))
        x.append("</table:table-row>")
    x.append("</table:table>")
    return "".join(x)


# ------------------------------------------------------------------ zk07
def fodt_medialab(d):
    page = LAND + ' fo:border="3pt double #0b6e99" fo:padding="0.5cm"'
    st = [pstyle("Logo", 22, True, color="#0b6e99", font="Liberation Sans", align="start"),
          pstyle("Tag", 9, color="#666666", font="Liberation Sans", align="start", mt="0.25cm", mb="0.6cm"),
          pstyle("H", 36, True, color="#0b6e99", mt="0.2cm"),
          pstyle("Lead", 15, italic=True, mt="0.35cm", mb="0.1cm"),
          pstyle("Name", 28, True),
          pstyle("Title", 19, True, font="Liberation Sans", mt="0.1cm", lh="125%"),
          pstyle("Fact", 12.5, font="Liberation Sans", mt="0.12cm"),
          pstyle("Small", 9.5, font="Liberation Sans", color="#555555", mt="0.1cm"),
          pstyle("Sig", 10.5, font="Liberation Sans", align="start", mt="1.0cm"),
          pstyle("Foot", 8.5, font="Liberation Sans", color="#444444", mt="0.5cm"),
          gstyle("gr1", "#0b6e99"), gstyle("gr2", "#f4b740")]
    b = [
        '<text:p text:style-name="Logo"><draw:rect draw:style-name="gr1" text:anchor-type="paragraph" '
        'svg:x="0cm" svg:y="0.05cm" svg:width="0.65cm" svg:height="0.65cm"/><draw:ellipse draw:style-name="gr2" '
        'text:anchor-type="paragraph" svg:x="0.42cm" svg:y="0.42cm" svg:width="0.4cm" svg:height="0.4cm"/>'
        '<text:s text:c="6"/>MediaLab</text:p>',
        P("Tag", "Compliance and continuing education for the clinical laboratory"),
        P("H", "Certificate of Completion"),
        P("Lead", "Awarded to"),
        P("Name", d["name"]),
        P("Lead", "for completion of"),
        P("Title", d["title"]),
        P("Fact", "Completion Date: %s     |     Course #: %s" % (d["date"], d["course"])),
        P("Fact", "CE Credit: %s contact hour (P.A.C.E.\u00ae)" % d["hours"]),
        P("Small", "Organization: %s     Employee ID: %s" % (d["subscriber"], d["employee"])),
        P("Sig", "______________________________"),
        '<text:p text:style-name="Sig">Marcia Delgado-Wynn, MLS(ASCP)<text:line-break/>Director, Continuing Education, MediaLab, Inc.</text:p>',
        P("Foot", "MediaLab, Inc. " + PACE + " This course is also approved for Florida and California "
              "laboratory personnel license renewal."),
    ]
    return fodt("MediaLab Certificate of Completion", page, st, "\n".join(b))


# ------------------------------------------------------------------ zk23
def fodt_cap(d):
    page = LAND + ' fo:border="5pt solid #00467f" fo:padding="0.6cm"'
    st = [pstyle("Org", 20, True, color="#00467f", font="Liberation Sans", mt="0.2cm"),
          pstyle("H", 38, True, mt="0.5cm", ls="0.05cm"),
          pstyle("Lead", 15, italic=True, mt="0.35cm", mb="0.1cm"),
          pstyle("Name", 28, True, color="#00467f"),
          pstyle("Title", 20, True, font="Liberation Sans", mt="0.1cm"),
          pstyle("Fact", 13, mt="0.15cm"),
          pstyle("Foot", 8.5, font="Liberation Sans", color="#444444", mt="0.9cm", align="justify"),
          pstyle("H2", 18, True, color="#00467f", font="Liberation Sans", align="start", brk=True, mb="0.3cm"),
          pstyle("Day", 12, True, font="Liberation Sans", align="start", mt="0.3cm"),
          pstyle("Ag", 10.5, font="Liberation Sans", align="start"),
          pstyle("AgC", 10.5, font="Liberation Sans", align="end"),
          pstyle("Note", 9, font="Liberation Sans", align="start", color="#555555", mt="0.4cm"),
          gstyle("gr1", "#00467f")]
    st += tstyles("Ag1", "23cm", ["3.2cm", "15.6cm", "4.2cm"], cell_border="0.5pt solid #c8d3de")
    agenda = [
        ("Sunday, September 21", [("8:00\u201310:00 AM", "Orientation to the Molecular Pathology Checklist", "2.0"),
                                  ("10:30 AM\u201312:00 PM", "Validation and Verification of Laboratory-Developed Tests", "1.5"),
                                  ("1:00\u20132:30 PM", "Specimen Integrity and Nucleic Acid Extraction Controls", "1.5")]),
        ("Monday, September 22", [("8:00\u201310:00 AM", "Next-Generation Sequencing: Bioinformatics Pipeline Review", "2.0"),
                                  ("10:30 AM\u201312:00 PM", "Proficiency Testing and Alternative Assessment", "1.5")]),
        ("Tuesday, September 23", [("8:00\u20139:30 AM", "Mock Inspection Workshop", "1.5"),
                                   ("10:00 AM\u201312:00 PM", "Citation Writing and Inspector Etiquette (optional)", "2.0")]),
    ]
    b = [
        '<text:p text:style-name="Org"><draw:ellipse draw:style-name="gr1" text:anchor-type="paragraph" '
        'svg:x="0.3cm" svg:y="0cm" svg:width="1.3cm" svg:height="1.3cm"/>College of American Pathologists</text:p>',
        P("H", "Certificate of Attendance"),
        P("Lead", "This is to certify that"),
        P("Name", d["name"]),
        P("Lead", "attended"),
        P("Title", d["title"]),
        P("Fact", "held %s, in %s" % (d["dates"], d["place"])),
        P("Fact", "and has earned %s CE hours" % d["hours"]),
        P("Foot", "The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical "
              "Education to provide continuing medical education for physicians. The College of American Pathologists "
              "designates this live activity for a maximum of %s AMA PRA Category 1 Credits\u2122. Physicians should "
              "claim only the credit commensurate with the extent of their participation in the activity. The CAP "
              % d["ama"] + PACE + " See page 2 for the program agenda."),
        P("H2", "Program Agenda"),
    ]
    for day, items in agenda:
        b.append(P("Day", day))
        rows = [[("Ag", t), ("Ag", s), ("AgC", h + " h")] for t, s, h in items]
        b.append(table("Ag1", [1, 2, 3], rows, head_first_col=False))
    b.append(P("Note", "Hours listed are session lengths. Credit is claimed for sessions attended; optional sessions "
                       "are not included in the total unless attended."))
    return fodt("CAP Certificate of Attendance", page, st, "\n".join(b))


# ------------------------------------------------------------------ zk31
def fodt_phl(d):
    st = [pstyle("Org", 17, True, color="#234a7a", font="Liberation Sans", align="start"),
          pstyle("Off", 11.5, font="Liberation Sans", align="start", color="#333333"),
          pstyle("Addr", 8.5, font="Liberation Sans", align="start", color="#666666", mb="0.7cm"),
          pstyle("H", 24, True, font="Liberation Sans", mt="0.3cm", mb="0.2cm"),
          pstyle("Body", 11.5, align="justify", mt="0.2cm", mb="0.2cm"),
          pstyle("L", 10.5, True, font="Liberation Sans", align="start", color="#234a7a"),
          pstyle("V", 11, font="Liberation Sans", align="start"),
          pstyle("Note", 9.5, font="Liberation Sans", align="start", mt="0.5cm", color="#333333"),
          pstyle("Sig", 10.5, font="Liberation Sans", align="start", mt="1.4cm"),
          pstyle("Foot", 8.5, font="Liberation Sans", color="#444444", mt="1.2cm"),
          gstyle("gr1", "#234a7a"), gstyle("gr2", "#d4a017")]
    st += tstyles("T1", "17.5cm", ["5.0cm", "12.5cm"], cell_border="0.5pt solid #b8c5d6")
    rows = [[("L", "Participant"), ("V", d["name"])],
            [("L", "Training"), ("V", d["title"])],
            [("L", "Training ID"), ("V", d["training"])],
            [("L", "Dates"), ("V", d["dates"])],
            [("L", "Delivery"), ("V", "Instructor-led, Public Health Laboratory Training Room 2")],
            [("L", "Contact Hours"), ("V", d["hours"])],
            [("L", "Certificate valid through"), ("V", d["valid"] + " (shipping certification renewal)")]]
    b = [
        '<text:p text:style-name="Org"><draw:rect draw:style-name="gr1" text:anchor-type="paragraph" '
        'svg:x="14.8cm" svg:y="0cm" svg:width="2.6cm" svg:height="1.1cm"/><draw:rect draw:style-name="gr2" '
        'text:anchor-type="paragraph" svg:x="14.8cm" svg:y="1.1cm" svg:width="2.6cm" svg:height="0.25cm"/>'
        'Delmarva Regional Health Department</text:p>',
        P("Off", "Office of Laboratory Training  \u00b7  Public Health Laboratory"),
        P("Addr", "118 Tidewater Parkway, Dover Landing, DE 19904 (fictitious)  \u00b7  Tel. 302-555-0144"),
        P("H", "Training Completion Certificate"),
        P("Body", "This certificate confirms that the individual named below completed the training listed, including "
                  "the practical packaging exercise and written examination."),
        table("T1", [1, 2], rows),
        P("Note", "The shipping certification portion of this training must be renewed every 24 months under the carrier "
                  "regulations in force. Continuing education credit is not affected by the renewal date."),
        P("Sig", "______________________________"),
        '<text:p text:style-name="V">Rosa Whitmore-Ellis, MPH, M(ASCP)<text:line-break/>Training Coordinator, Office of Laboratory Training</text:p>',
        P("Foot", "Delmarva Regional Health Department, Office of Laboratory Training, " + PACE),
    ]
    return fodt("Training Completion Certificate", PORT, st, "\n".join(b))


# ------------------------------------------------------------------ docx helpers
def _docx():
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    return docx, Pt, Cm, RGBColor, WD_ALIGN_PARAGRAPH, qn, OxmlElement


def _shade(cell, hexcol):
    docx, Pt, Cm, RGBColor, AL, qn, OxmlElement = _docx()
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol.lstrip("#"))
    tcPr.append(shd)


def _para(doc_or_cell, text="", size=11, bold=False, italic=False, align=None, color=None, font="Liberation Serif",
          before=0, after=4):
    docx, Pt, Cm, RGBColor, AL, qn, OxmlElement = _docx()
    p = doc_or_cell.add_paragraph()
    if align:
        p.alignment = {"C": AL.CENTER, "L": AL.LEFT, "R": AL.RIGHT, "J": AL.JUSTIFY}[align]
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.italic = italic
        r.font.name = font
        if color:
            r.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    return p


def _run(p, text, size=11, bold=False, italic=False, font="Liberation Serif", color=None):
    docx, Pt, Cm, RGBColor, AL, qn, OxmlElement = _docx()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.italic = italic
    r.font.name = font
    if color:
        r.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    return r


def _letterhead(doc, color, lines, mark):
    docx, Pt, Cm, RGBColor, AL, qn, OxmlElement = _docx()
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    c0, c1 = t.rows[0].cells
    c0.width, c1.width = Cm(2.2), Cm(15.2)
    _shade(c0, color)
    c0.paragraphs[0].alignment = AL.CENTER
    _run(c0.paragraphs[0], mark, 15, True, font="Liberation Sans", color="#ffffff")
    first = True
    for text, size, bold, col in lines:
        p = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        _run(p, text, size, bold, font="Liberation Sans", color=col)
    _widths(t, [Cm(2.2), Cm(15.2)])
    return t


def _widths(table, widths):
    """LibreOffice lays out Word tables from w:tblGrid, so set column and cell widths."""
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
        for cell in col.cells:
            cell.width = w


def _clean(doc):
    docx, Pt, Cm, RGBColor, AL, qn, OxmlElement = _docx()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)


# ------------------------------------------------------------------ zk15
def docx_univ(d, path):
    docx, Pt, Cm, RGBColor, AL, qn, OxmlElement = _docx()
    doc = docx.Document()
    _clean(doc)
    doc.core_properties.title = "Certificate of Completion"
    doc.core_properties.author = "Office of Continuing Education"
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.59), Cm(27.94)
    s.left_margin = s.right_margin = Cm(2.1)
    s.top_margin = s.bottom_margin = Cm(1.8)
    crim = "#8b1e3f"
    _letterhead(doc, crim, [("Northbridge State University", 17, True, crim),
                            ("Office of Continuing Education", 11, False, "#333333"),
                            ("400 Commons Loop, Northbridge, OR 97000 (fictitious)  \u00b7  ce@northbridge-example.edu", 8,
                             False, "#666666")], "NSU")
    _para(doc, "", after=10)
    _para(doc, "Certificate of Completion", 26, True, align="C", color=crim, before=14, after=4)
    _para(doc, "Non-credit Continuing Education", 11, italic=True, align="C", color="#555555", after=18)
    p = _para(doc, align="C", after=14)
    _run(p, "This certifies that ", 12)
    _run(p, d["name"], 14, True)
    _run(p, " has successfully completed the non-credit continuing education course described below and met all "
            "attendance and assessment requirements.", 12)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in [("Course No.", d["course"]), ("Course Title", d["title"]), ("Dates", d["dates"]),
                     ("CEUs Awarded", d["ceu"]), ("Instructor", d["instructor"]), ("Student ID", d["student"]),
                     ("Delivery", "Hybrid (evening sessions, Health Sciences Building 214)")]:
        c0, c1 = t.add_row().cells
        _shade(c0, "#f3e6ea")
        c0.paragraphs[0].text = ""
        _run(c0.paragraphs[0], lab, 10.5, True, font="Liberation Sans")
        _run(c1.paragraphs[0], val, 11, font="Liberation Sans")
    _widths(t, [Cm(4.6), Cm(12.8)])
    _para(doc, "One Continuing Education Unit (CEU) is equal to ten contact hours of participation in an organized "
               "continuing education experience under responsible sponsorship, capable direction, and qualified "
               "instruction.", 9.5, italic=True, align="J", color="#444444", before=16, after=30)
    t2 = doc.add_table(rows=1, cols=2)
    _widths(t2, [Cm(8.7), Cm(8.7)])
    for cell, (nm, role) in zip(t2.rows[0].cells, [("Dr. Celeste Ambrose-Kline", "Director, Office of Continuing Education"),
                                                    ("Prof. Hollis R. Vandermeer, PhD, MLS(ASCP)", "Course Instructor")]):
        cell.paragraphs[0].text = ""
        _run(cell.paragraphs[0], "_______________________________", 11)
        p = cell.add_paragraph()
        _run(p, nm, 10, font="Liberation Sans")
        p = cell.add_paragraph()
        _run(p, role, 9.5, italic=True, font="Liberation Sans")
    _para(doc, "Date of issue: " + d["issued"], 9.5, align="L", color="#555555", before=24)
    fp = s.footer.paragraphs[0]
    fp.alignment = AL.CENTER
    _run(fp, "Northbridge State University is accredited by the Northwest Commission on Colleges and Universities "
             "(illustrative). CEUs are recorded on the university's non-credit transcript.", 8, font="Liberation Sans",
         color="#666666")
    doc.save(path)


# ------------------------------------------------------------------ zk39
def docx_letter(d, path):
    docx, Pt, Cm, RGBColor, AL, qn, OxmlElement = _docx()
    from docx.enum.text import WD_BREAK
    doc = docx.Document()
    _clean(doc)
    doc.core_properties.title = "Confirmation of Attendance"
    doc.core_properties.author = "Clinical Laboratory Education Office"
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.59), Cm(27.94)
    s.left_margin = s.right_margin = Cm(2.4)
    s.top_margin = s.bottom_margin = Cm(2.0)
    teal = "#136f63"
    _letterhead(doc, teal, [("Bayside General Hospital", 16, True, teal),
                            ("Clinical Laboratory Education Office", 10.5, False, "#333333"),
                            ("900 Harbor View Drive, Bayside, CA 94000 (fictitious)  \u00b7  Phone 415-555-0190", 8,
                             False, "#666666")], "BGH")
    _para(doc, d["ldate"], 11, before=20, after=14)
    for ln in [d["name"], "Pathology Associates of the Bay", "1450 Marina Court, Suite 3", "Bayside, CA 94002"]:
        _para(doc, ln, 11, after=0)
    _para(doc, "RE: Confirmation of Attendance", 11, True, before=14, after=10)
    _para(doc, d["salutation"], 11, after=8)
    _para(doc, "Thank you for attending Laboratory Grand Rounds at Bayside General Hospital. This letter confirms your "
               "attendance at the session listed below and the continuing education credit awarded. Please retain it "
               "for your ASCP Board of Certification Credential Maintenance Program records.", 11, align="J", after=10)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in [("Attendee", d["name"]), ("Session", d["title"]), ("Session Code", d["session"]),
                     ("Date of Attendance", d["date"]), ("Time", "12:00\u20131:30 PM, Auditorium C"),
                     ("CE Hours", d["hours"])]:
        c0, c1 = t.add_row().cells
        _shade(c0, "#e3f1ef")
        _run(c0.paragraphs[0], lab, 10.5, True, font="Liberation Sans")
        _run(c1.paragraphs[0], val, 11, font="Liberation Sans")
    _widths(t, [Cm(4.4), Cm(12.3)])
    _para(doc, "Bayside General Hospital, Clinical Laboratory Education Office, " + PACE, 10, align="J",
          before=12, after=10)
    _para(doc, "The full Grand Rounds agenda for the day is attached on page 2 for reference. If you have questions, "
               "please contact our office.", 11, align="J", after=18)
    _para(doc, "Sincerely,", 11, after=26)
    _para(doc, "Joanna Featherstone, MS, MLS(ASCP)CM", 11, after=0)
    _para(doc, "Education Coordinator, Clinical Laboratory Education Office", 10, italic=True, after=0)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    _para(doc, "Attachment: Laboratory Grand Rounds Agenda \u2014 " + d["date"], 14, True, color=teal, after=10)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Time", "Session", "Code", "CE Hours"]):
        _shade(c, "#136f63")
        _run(c.paragraphs[0], h, 10, True, font="Liberation Sans", color="#ffffff")
    for row in [("7:30\u20138:30 AM", "Morning Huddle: Specimen Rejection Trends, Q4", "BGH-GR-0303A", "1.0"),
                ("12:00\u20131:30 PM", d["title"], d["session"], d["hours"]),
                ("3:00\u20134:00 PM", "Journal Club: Platelet Refractoriness", "BGH-GR-0303C", "1.0")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            _run(c.paragraphs[0], v, 10, font="Liberation Sans")
    _widths(t, [Cm(3.0), Cm(8.7), Cm(3.2), Cm(1.8)])
    _para(doc, "Attendance at each session is recorded separately. This letter confirms attendance at the 12:00 PM "
               "session only.", 9.5, italic=True, color="#555555", before=12)
    doc.save(path)


FODT = {"fodt_medialab": fodt_medialab, "fodt_cap": fodt_cap, "fodt_phl": fodt_phl}
DOCX = {"docx_univ": docx_univ, "docx_letter": docx_letter}
