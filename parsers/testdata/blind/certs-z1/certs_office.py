"""Certificates produced with LibreOffice: flat ODF text (.fodt) and Word .docx (python-docx)."""
from xml.sax.saxutils import escape

from engines import fodt_pdf, docx_pdf

CERTS = []


def cert(**kw):
    def deco(fn):
        kw["build"] = fn
        CERTS.append(kw)
        return fn
    return deco


# ======================================================================= flat ODF helpers
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" ')

FONTS = ["Liberation Serif", "Liberation Sans", "DejaVu Sans", "DejaVu Serif", "C059", "P052", "Z003",
         "URW Bookman", "Nimbus Sans"]


def pstyle(name, align="start", size="11pt", bold=False, italic=False, font="Liberation Serif", color="#000000",
           before="0in", after="0.04in", spacing=None, line=None, keep=False, border=None, indent=None):
    tp = 'style:font-name="%s" fo:font-size="%s" fo:color="%s"' % (font, size, color)
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if spacing:
        tp += ' fo:letter-spacing="%s"' % spacing
    pp = 'fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s"' % (align, before, after)
    if line:
        pp += ' fo:line-height="%s"' % line
    if border:
        pp += ' %s fo:padding="0.02in"' % border
    if indent:
        pp += ' fo:margin-left="%s"' % indent
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
            '<style:text-properties %s/></style:style>' % (name, pp, tp))


def tstyle(name, bold=False, italic=False, size=None, font=None, color=None, spacing=None, pos=None):
    tp = ""
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if size:
        tp += ' fo:font-size="%s"' % size
    if font:
        tp += ' style:font-name="%s"' % font
    if color:
        tp += ' fo:color="%s"' % color
    if spacing:
        tp += ' fo:letter-spacing="%s"' % spacing
    if pos:
        tp += ' style:text-position="%s"' % pos
    return '<style:style style:name="%s" style:family="text"><style:text-properties%s/></style:style>' % (name, tp)


def table_styles(name, width, cols, cell_border='fo:border="none"', pad="0.04in"):
    s = ('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" '
         'table:align="center" fo:margin-top="0.08in" fo:margin-bottom="0.08in"/></style:style>' % (name, width))
    for i, w in enumerate(cols):
        s += ('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
              'style:column-width="%s"/></style:style>' % (name, i, w))
    s += ('<style:style style:name="%s.cell" style:family="table-cell"><style:table-cell-properties '
          'fo:padding="%s" %s/></style:style>' % (name, pad, cell_border))
    return s


def table(name, rows, ncols):
    """rows: list of rows; each row a list of (paragraph-style, text-or-xml, colspan) or None for covered."""
    x = '<table:table table:name="%s" table:style-name="%s">' % (name, name)
    for i in range(ncols):
        x += '<table:table-column table:style-name="%s.C%d"/>' % (name, i)
    for row in rows:
        x += "<table:table-row>"
        for cell in row:
            if cell is None:
                x += "<table:covered-table-cell/>"
                continue
            st, content, span = cell
            attr = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
            x += ('<table:table-cell table:style-name="%s.cell" office:value-type="string"%s>'
                  '<text:p text:style-name="%s">%s</text:p></table:table-cell>' % (name, attr, st, content))
        x += "</table:table-row>"
    return x + "</table:table>"


def fodt(page_props, auto_styles, body):
    fonts = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f) for f in FONTS)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:font-face-decls>%s</office:font-face-decls>'
            '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
            'style:font-name="Liberation Serif" fo:font-size="11pt"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph"/></office:styles>'
            '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties %s/>'
            '</style:page-layout>%s</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
            '</office:master-styles><office:body><office:text>%s</office:text></office:body></office:document>'
            % (NS, fonts, page_props, auto_styles, body))


def P(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else escape(text))


def S(style, text):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, escape(text))


# --------------------------------------------------------------------- z02
@cert(id="z02", style="aabb", producer="libreoffice-fodt",
      layout=["portrait", "letter-style", "left-aligned", "letterhead", "format-line", "long-title-wrap+date-label",
              "pace-statement", "program-no-without-colon", "name-suffix", "credentials-after-name", "signature-block"],
      notes="Letter dated Nov 3 (distractor). 'eCast' is a format line on its own between the verb and the title. "
            "Provider name contains 'for' and '&'. Program No. without colon is the id; member ID and order number "
            "are distractors; the AMA PRA maximum is a distractor.",
      gold=dict(name="Desmond A. Okafor Jr.",
                title="Cold-Stored Platelets in Trauma Resuscitation: Evidence, Inventory Management, and Implementation in a Level I Trauma Center",
                date="2025-10-08", credits=1.5, unit="contact hour", points=1.5,
                provider=["Association for the Advancement of Blood & Biotherapies", "AABB"],
                activity_id="519-133-25"))
def z02(out):
    page = ('fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait" fo:margin-top="0.6in" '
            'fo:margin-bottom="0.6in" fo:margin-left="1in" fo:margin-right="1in"')
    st = "".join([
        pstyle("Logo", size="30pt", bold=True, font="Liberation Sans", color="#8a1538", after="0in"),
        pstyle("Org", size="13pt", bold=True, font="Liberation Sans", color="#8a1538", after="0in"),
        pstyle("Addr", size="8.5pt", font="Liberation Sans", color="#555555", after="0.35in",
               border='fo:border-bottom="1.5pt solid #8a1538"'),
        pstyle("Body", size="11pt", after="0.1in", line="135%"),
        pstyle("Addr2", size="11pt", after="0in"),
        pstyle("Head", size="14pt", bold=True, font="Liberation Sans", before="0.25in", after="0.15in", spacing="0.04in"),
        pstyle("Fmt", size="10.5pt", bold=True, font="Liberation Sans", color="#8a1538", before="0.08in", after="0.02in", indent="0.4in"),
        pstyle("Title", size="13pt", bold=True, after="0.02in", indent="0.4in", line="120%"),
        pstyle("Date", size="11pt", after="0.2in", indent="0.4in"),
        pstyle("Small", size="9.5pt", after="0.08in", color="#333333", line="125%"),
        pstyle("Scr", size="22pt", font="Z003", before="0.15in", after="0in"),
        pstyle("Foot", size="8pt", font="Liberation Sans", color="#777777", before="0.5in"),
    ])
    body = "".join([
        P("Logo", "AABB"),
        P("Org", "Association for the Advancement of Blood & Biotherapies"),
        P("Addr", "Bethesda, Maryland  ·  www.aabb.org  ·  education@aabb.org"),
        P("Body", "November 3, 2025"),
        P("Addr2", "Desmond A. Okafor Jr., MT(ASCP)SBB"),
        P("Addr2", "Transfusion Service, Brackenridge Memorial Hospital"),
        P("Addr2", "AABB Member ID: 41288"),
        P("Body", "Order number: 7720-55813"),
        P("Head", "CONTINUING EDUCATION CERTIFICATE"),
        P("Body", "This letter certifies that the individual named above participated in the following"),
        P("Fmt", "eCast"),
        P("Title", "Cold-Stored Platelets in Trauma Resuscitation: Evidence, Inventory Management, and "
                   "Implementation in a Level I Trauma Center"),
        P("Date", "Date of completion: October 8, 2025"),
        P("Small", "AABB is approved as a provider of continuing education programs in the clinical laboratory "
                   "sciences by the ASCLS P.A.C.E.® Program. Program No. 519-133-25 has been approved for 1.5 "
                   "P.A.C.E.® contact hours."),
        P("Small", "The Association for the Advancement of Blood & Biotherapies is accredited by the Accreditation "
                   "Council for Continuing Medical Education (ACCME) to provide continuing medical education for "
                   "physicians. AABB designates this live activity for a maximum of 1.5 AMA PRA Category 1 "
                   "Credits™. Physicians should claim only the credit commensurate with the extent of their "
                   "participation in the activity."),
        P("Body", "Sincerely,"),
        P("Scr", "Theodora Kline-Marsh"),
        P("Addr2", "Theodora Kline-Marsh, MEd"),
        P("Addr2", "Senior Director, Education and Learning Design"),
        P("Foot", "Please retain this certificate for your records. Certificates cannot be reissued after 24 months.   Page 1 of 1"),
    ])
    fodt_pdf(fodt(page, st, body), out, "z02")


# --------------------------------------------------------------------- z11
@cert(id="z11", style="asm", producer="libreoffice-fodt",
      layout=["landscape", "centred-award", "page-border", "format-line", "series-name-in-title", "pace-statement",
              "program-no-without-colon", "presented-by-speaker", "credentials-after-name", "signature-block"],
      notes="'LIVE WEBINAR' is a format line; the series name before the colon ('Clinical Microbiology Grand "
            "Rounds:') is part of the title. Provider name contains 'for'. Speaker (MD, PhD) and registration number "
            "are distractors.",
      gold=dict(name="Ingrid Solberg Haugen",
                title="Clinical Microbiology Grand Rounds: Diagnosing Invasive Fungal Infections in Solid Organ Transplant Recipients",
                date="2025-09-18", credits=1.0, unit="contact hour", points=1.0,
                provider=["American Society for Microbiology", "ASM"], activity_id="149-207-25"))
def z11(out):
    page = ('fo:page-width="11in" fo:page-height="8.5in" style:print-orientation="landscape" fo:margin-top="0.45in" '
            'fo:margin-bottom="0.45in" fo:margin-left="0.5in" fo:margin-right="0.5in" '
            'fo:border="4.5pt double #1f5f8b" fo:padding="0.3in"')
    st = "".join([
        pstyle("Logo", align="center", size="13pt", bold=True, font="Liberation Sans", color="#1f5f8b", after="0in", spacing="0.06in"),
        pstyle("Org", align="center", size="18pt", font="URW Bookman", color="#1f5f8b", after="0.3in"),
        pstyle("H", align="center", size="38pt", font="C059", after="0.25in"),
        pstyle("C", align="center", size="13pt", italic=True, after="0.06in"),
        pstyle("Name", align="center", size="30pt", font="Z003", after="0.16in"),
        pstyle("Fmt", align="center", size="10.5pt", bold=True, font="Liberation Sans", spacing="0.05in", color="#1f5f8b", before="0.04in", after="0.04in"),
        pstyle("Title", align="center", size="19pt", bold=True, font="Liberation Serif", after="0.1in", line="115%"),
        pstyle("C2", align="center", size="12.5pt", after="0.03in"),
        pstyle("Stmt", align="center", size="9.5pt", font="Liberation Sans", color="#333333", before="0.25in", after="0.35in", line="125%"),
        pstyle("Sig", align="start", size="9.5pt", font="Liberation Sans", after="0in"),
        pstyle("SigScr", align="start", size="19pt", font="Z003", after="0in"),
        pstyle("Meta", align="end", size="8.5pt", font="Liberation Sans", color="#555555", after="0in"),
        table_styles("T", "9.6in", ["4.8in", "4.8in"], pad="0.02in"),
    ])
    sig = table("T", [[("SigScr", "Yolanda Prescott-Hale", 1), ("Meta", "", 1)],
                      [("Sig", "Yolanda Prescott-Hale, PhD", 1), ("Meta", "Webinar registration no. 88-301552", 1)],
                      [("Sig", "Director, Professional Development Programs", 1), ("Meta", "Certificate printed 09/30/2025", 1)]], 2)
    body = "".join([
        P("Logo", "ASM"),
        P("Org", "American Society for Microbiology"),
        P("H", "Certificate of Participation"),
        P("C", "This certifies that"),
        P("Name", "Ingrid Solberg Haugen, MS, SM(ASCP)CM"),
        P("C", "participated in the"),
        P("Fmt", "LIVE WEBINAR"),
        P("Title", "Clinical Microbiology Grand Rounds: Diagnosing Invasive Fungal Infections in Solid Organ "
                   "Transplant Recipients"),
        P("C2", "held on Thursday, September 18, 2025, and presented by Aurelio Benedetti, MD, PhD"),
        P("Stmt", "The American Society for Microbiology is approved as a provider of continuing education programs in "
                  "the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This program has been approved "
                  "for 1.0 contact hour. Program No. 149-207-25"),
        sig,
    ])
    fodt_pdf(fodt(page, st, body), out, "z11")


# --------------------------------------------------------------------- z27
@cert(id="z27", style="hospital-inservice", producer="libreoffice-fodt",
      layout=["portrait", "labels-above-values", "form-grid", "department-provider", "numeric-date",
              "employee-id-distractor", "two-signers", "credentials-after-name", "safety-in-title"],
      notes="All fields are labels in a grid with values on the row below. Provider is the hospital's Education "
            "Council (institution + office). 'Safety' is part of the course title. Employee ID is a distractor; "
            "Offering No. is the id. Date printed numerically (02/11/2025).",
      gold=dict(name="Beatriz Carvalho Nunes",
                title="Annual Laboratory Safety Review: Fire, Chemical, and Electrical Hazards in the Core Laboratory",
                date="2025-02-11", credits=1.0, unit="CE hour", points=1.0,
                provider=["St. Aurelia Regional Hospital", "St. Aurelia Regional Hospital, Education Council"],
                activity_id="EC-2025-LAB-07"))
def z27(out):
    page = ('fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait" fo:margin-top="0.7in" '
            'fo:margin-bottom="0.6in" fo:margin-left="0.8in" fo:margin-right="0.8in" '
            'fo:border="1.5pt solid #4a4a4a" fo:padding="0.3in"')
    st = "".join([
        pstyle("Org", align="center", size="20pt", bold=True, font="DejaVu Serif", color="#23395d", after="0in"),
        pstyle("Sub", align="center", size="13pt", font="DejaVu Sans", color="#23395d", after="0.3in", spacing="0.03in"),
        pstyle("H", align="center", size="22pt", font="DejaVu Serif", after="0.15in"),
        pstyle("Body", align="center", size="11pt", font="DejaVu Sans", after="0.2in", line="130%"),
        pstyle("L", size="8pt", font="DejaVu Sans", color="#666666", after="0in", spacing="0.02in"),
        pstyle("V", size="11.5pt", font="DejaVu Sans", after="0.02in"),
        pstyle("VT", size="12.5pt", bold=True, font="DejaVu Sans", after="0.02in", line="120%"),
        pstyle("Stmt", align="start", size="9.5pt", font="DejaVu Sans", color="#333333", before="0.2in", after="0.1in", line="130%"),
        pstyle("SigScr", size="18pt", font="Z003", before="0.45in", after="0in"),
        pstyle("Sig", size="9pt", font="DejaVu Sans", after="0in"),
        table_styles("G", "6.0in", ["3.0in", "1.75in", "1.25in"], cell_border='fo:border="none"', pad="0.05in"),
        table_styles("S", "6.0in", ["3.0in", "3.0in"], pad="0.02in"),
    ])
    lab = lambda t, span=1: ("L", escape(t), span)
    val = lambda t, span=1, s="V": (s, escape(t), span)
    grid = table("G", [
        [lab("EMPLOYEE NAME"), lab("EMPLOYEE ID"), lab("DEPARTMENT")],
        [val("Beatriz Carvalho Nunes, MLT(ASCP)"), val("E-208841"), val("Chemistry")],
        [lab("SESSION TITLE", 3), None, None],
        [val("Annual Laboratory Safety Review: Fire, Chemical, and Electrical Hazards in the Core Laboratory", 3, "VT"), None, None],
        [lab("DATE ATTENDED"), lab("OFFERING NO."), lab("CE HOURS")],
        [val("02/11/2025"), val("EC-2025-LAB-07"), val("1.0")],
    ], 3)
    sig = table("S", [[("SigScr", "Gregory Lam", 1), ("SigScr", "Maureen Tillotson", 1)],
                      [("Sig", "Gregory Lam, MLS(ASCP)", 1), ("Sig", "Maureen Tillotson, MSN, RN", 1)],
                      [("Sig", "Instructor, Laboratory Safety Officer", 1), ("Sig", "Chair, Education Council", 1)]], 2)
    body = "".join([
        P("Org", "St. Aurelia Regional Hospital"),
        P("Sub", "Education Council"),
        P("H", "In-Service Attendance Certificate"),
        P("Body", "The Education Council certifies that the employee named below attended the following in-service "
                  "education session."),
        grid,
        P("Stmt", "St. Aurelia Regional Hospital Education Council awards 1.0 CE hour for this session. Attendance "
                  "was verified by sign-in roster. This in-service fulfils the annual laboratory safety education "
                  "requirement for the 2025 calendar year. Record retained in the employee learning file until "
                  "02/11/2028."),
        sig,
    ])
    fodt_pdf(fodt(page, st, body), out, "z27")


# ======================================================================= python-docx helpers
def _docx_common():
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    return Document, Pt, Inches, RGBColor, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement


def _para(doc, text="", size=11, bold=False, italic=False, font="Liberation Serif", color=None, align=None,
          before=0, after=4, spacing=None):
    Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
    p = doc.add_paragraph()
    if align:
        p.alignment = {"c": AL.CENTER, "l": AL.LEFT, "r": AL.RIGHT}[align]
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        _run(p, text, size, bold, italic, font, color, spacing)
    return p


def _run(p, text, size=11, bold=False, italic=False, font="Liberation Serif", color=None, spacing=None, sup=False):
    Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.italic = italic
    r.font.name = font
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if sup:
        r.font.superscript = True
    if spacing:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        r._element.rPr.append(sp)
    return r


def _cell_text(cell, text, size=10.5, bold=False, font="Liberation Sans", color=None, align=None, italic=False):
    Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
    p = cell.paragraphs[0]
    if align:
        p.alignment = {"c": AL.CENTER, "l": AL.LEFT, "r": AL.RIGHT}[align]
    p.paragraph_format.space_after = Pt(1)
    _run(p, text, size, bold, italic, font, color)
    return p


def _borders(table, spec):
    """spec e.g. {'top': 'single:8:333333', 'insideH': 'single:4:999999'}; missing edges -> nil."""
    Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if edge in spec:
            kind, sz, col = spec[edge].split(":")
            e.set(qn("w:val"), kind)
            e.set(qn("w:sz"), sz)
            e.set(qn("w:color"), col)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _shade(cell, fill):
    Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def _page_border(section, color="1F3B57", sz=18, kind="double"):
    Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
    sectPr = section._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), kind)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "24")
        e.set(qn("w:color"), color)
        pb.append(e)
    sectPr.append(pb)


def _setup(doc, landscape=False, margins=0.9):
    Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = Inches(margins)
    s.top_margin = s.bottom_margin = Inches(margins * 0.8)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    return s


def _col_widths(table, widths):
    Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 1440)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Inches(w)


# --------------------------------------------------------------------- z03
@cert(id="z03", style="cap", producer="libreoffice-docx",
      layout=["portrait", "labels-above-values", "credit-table", "maximum-vs-claimed", "multi-credit",
              "customer-number-distractor", "credentials-after-name", "ethics-in-title"],
      notes="Participant | Date of Completion labels with values on the row below. Credit table lists maxima for "
            "AMA PRA, P.A.C.E. and ABPath SAM; only 1.5 P.A.C.E. contact hours were claimed (gold). 'Ethics' is part "
            "of the title; 'Enduring Material' is the activity type. CAP customer number and print date are "
            "distractors.",
      gold=dict(name="Priya Raghunathan",
                title="Ethics Consultation in the Laboratory: Managing Incidental Germline Findings in Tumor Sequencing",
                date="2025-08-19", credits=1.5, unit="contact hour", points=1.5,
                provider=["College of American Pathologists", "CAP"], activity_id="25EM0442"))
def z03(out):
    def make(path):
        Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
        doc = Document()
        s = _setup(doc, margins=0.85)
        _page_border(s, "1F3B57", 12, "single")
        p = _para(doc, "", align="l", after=0)
        _run(p, "CAP", 30, True, font="Liberation Sans", color="1F3B57")
        _run(p, "   College of American Pathologists", 16, False, font="Liberation Sans", color="1F3B57")
        _para(doc, "Learning  ·  Continuing Education Record", 10, font="Liberation Sans", color="666666", after=18)
        _para(doc, "Certificate of Completion", 26, font="C059", align="l", after=10)
        _para(doc, "The participant named below has completed the continuing education activity described on this "
                   "certificate and has claimed the credit shown.", 11, font="Liberation Sans", after=12)
        t = doc.add_table(rows=2, cols=2)
        _borders(t, {"insideH": "single:4:9AA5B1"})
        _cell_text(t.cell(0, 0), "Participant", 8.5, color="667788")
        _cell_text(t.cell(0, 1), "Date of Completion", 8.5, color="667788")
        _cell_text(t.cell(1, 0), "Priya Raghunathan, PhD, MLS(ASCP)CM", 13, True)
        _cell_text(t.cell(1, 1), "August 19, 2025", 13, True)
        _col_widths(t, [4.1, 2.6])
        _para(doc, "", after=6)
        t2 = doc.add_table(rows=4, cols=2)
        _borders(t2, {"insideH": "single:4:9AA5B1"})
        a = t2.cell(0, 0).merge(t2.cell(0, 1))
        _cell_text(a, "Activity Title", 8.5, color="667788")
        b = t2.cell(1, 0).merge(t2.cell(1, 1))
        _cell_text(b, "Ethics Consultation in the Laboratory: Managing Incidental Germline Findings in Tumor Sequencing", 13, True)
        _cell_text(t2.cell(2, 0), "Activity No.", 8.5, color="667788")
        _cell_text(t2.cell(2, 1), "Activity Type", 8.5, color="667788")
        _cell_text(t2.cell(3, 0), "25EM0442", 12)
        _cell_text(t2.cell(3, 1), "Enduring Material", 12)
        _col_widths(t2, [4.1, 2.6])
        _para(doc, "Credit Summary", 11, True, font="Liberation Sans", before=14, after=4)
        t3 = doc.add_table(rows=4, cols=3)
        _borders(t3, {"top": "single:8:1F3B57", "bottom": "single:8:1F3B57", "insideH": "single:4:C0C8D0"})
        hdr = ["Credit Type", "Maximum Available", "Credits Claimed"]
        rows = [["AMA PRA Category 1 Credits™", "2.0", "—"],
                ["ASCLS P.A.C.E.® contact hours", "2.0", "1.5"],
                ["ABPath Self-Assessment Module (SAM) credit", "2.0", "—"]]
        for i, h in enumerate(hdr):
            _cell_text(t3.cell(0, i), h, 9.5, True, color="FFFFFF")
            _shade(t3.cell(0, i), "1F3B57")
        for r, row in enumerate(rows, 1):
            for i, v in enumerate(row):
                _cell_text(t3.cell(r, i), v, 10, align=None if i == 0 else "c")
        _col_widths(t3, [3.7, 1.5, 1.5])
        for txt in [
            "The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing "
            "Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates "
            "this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits™. Physicians should claim only "
            "the credit commensurate with the extent of their participation in the activity.",
            "The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences "
            "by the ASCLS P.A.C.E.® Program.",
            "This activity meets the American Board of Pathology's requirements for Self-Assessment Modules (SAMs) "
            "for Continuing Certification."]:
            _para(doc, txt, 8.5, font="Liberation Sans", color="444444", before=4, after=2)
        p = _para(doc, "", before=24, after=0)
        _run(p, "Marguerite A. Solloway", 20, font="Z003")
        _para(doc, "Marguerite A. Solloway, MD, FCAP — Chair, Council on Education", 9.5, font="Liberation Sans", after=14)
        _para(doc, "CAP Customer No. 1189-3306     Date printed: 09/02/2025     Page 1 of 1", 8, font="Liberation Sans", color="777777")
        doc.save(path)
    docx_pdf(make, out, "z03")


# --------------------------------------------------------------------- z12
@cert(id="z12", style="clsi", producer="libreoffice-docx",
      layout=["portrait", "left-aligned", "letterhead", "format-line", "long-title-wrap+date-label", "pace-statement",
              "program-no-without-colon", "multi-credit", "accented-name", "credentials-after-name", "signature-block"],
      notes="'On-Demand' format line between the verb and the title. Long title (contains 'CLSI EP15' and "
            "'Workshop') wraps and is followed by 'Date of completion:'. Provider name contains 'and'. ASQ RU "
            "figure and order number are distractors.",
      gold=dict(name="Tomás Echeverría Ruiz",
                title="Verification of Quantitative Measurement Procedures Using CLSI EP15: A Practical Workshop for Small and Rural Laboratories",
                date="2025-04-29", credits=1.5, unit="contact hour", points=1.5,
                provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="313-552-25"))
def z12(out):
    def make(path):
        Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
        doc = Document()
        _setup(doc, margins=1.0)
        p = _para(doc, "", after=0)
        _run(p, "CLSI", 28, True, font="Nimbus Sans", color="00677F")
        _para(doc, "Clinical and Laboratory Standards Institute", 13, font="Nimbus Sans", color="00677F", after=0)
        _para(doc, "Education Programs  |  clsi.org  |  Berwyn, Pennsylvania", 8.5, font="Nimbus Sans", color="666666", after=30)
        _para(doc, "Certificate of Completion", 24, True, font="Nimbus Sans", after=16)
        p = _para(doc, "Awarded to  ", 12, font="Liberation Serif", after=6)
        _run(p, "Tomás Echeverría Ruiz, MLS(ASCP)", 15, True)
        _run(p, "CM", 9, True, sup=True)
        _para(doc, "for completing the", 12, after=4)
        _para(doc, "On-Demand", 11, True, font="Nimbus Sans", color="00677F", after=2)
        _para(doc, "Verification of Quantitative Measurement Procedures Using CLSI EP15: A Practical Workshop for "
                   "Small and Rural Laboratories", 14, True, after=1)
        _para(doc, "Date of completion: April 29, 2025", 12, after=16)
        t = doc.add_table(rows=3, cols=2)
        _borders(t, {"top": "single:6:00677F", "bottom": "single:6:00677F", "insideH": "single:2:BBBBBB"})
        for r, (k, v) in enumerate([("P.A.C.E.® contact hours", "1.5"),
                                    ("ASQ recertification units", "0.3 RU"),
                                    ("Order No.", "SO-2025-118804")]):
            _cell_text(t.cell(r, 0), k, 10.5)
            _cell_text(t.cell(r, 1), v, 10.5, True)
        _col_widths(t, [3.0, 2.0])
        _para(doc, "CLSI is approved as a provider of continuing education programs in the clinical laboratory "
                   "sciences by the ASCLS P.A.C.E.® Program. Program No. 313-552-25", 9.5, font="Nimbus Sans",
              color="333333", before=14, after=4)
        _para(doc, "This program may also be used toward recertification by the American Society for Quality (ASQ). "
                   "Learners should retain this certificate; CLSI keeps completion records for seven years.", 9.5,
              font="Nimbus Sans", color="333333", after=24)
        p = _para(doc, "", after=0)
        _run(p, "Renée Castellanos", 22, font="Z003")
        _para(doc, "Renée Castellanos, MS, MT(ASCP)", 10, font="Nimbus Sans", after=0)
        _para(doc, "Vice President, Education and Standards Implementation", 10, font="Nimbus Sans", after=0)
        doc.save(path)
    docx_pdf(make, out, "z12")


# --------------------------------------------------------------------- z25
@cert(id="z25", style="nsh", producer="libreoffice-docx",
      layout=["portrait", "letter-style", "left-aligned", "small-table", "numeric-date", "honorific-salutation",
              "pace-statement", "program-no-without-colon", "member-number-distractor", "safety-in-title",
              "credentials-after-name"],
      notes="Letter dated June 2 (distractor) with salutation 'Dear Ms. Whitaker:'. Small table Webinar Title | "
            "Date | Contact Hours; title wraps inside the cell. 'Safety' is part of the title. Provider name "
            "contains 'for'. Program No. without colon is the id; member number is a distractor.",
      gold=dict(name="Camille Whitaker",
                title="Histology Laboratory Safety: Formaldehyde and Xylene Exposure Monitoring and Spill Response",
                date="2025-05-21", credits=1.0, unit="contact hour", points=1.0,
                provider=["National Society for Histotechnology", "NSH"], activity_id="101-330-25"))
def z25(out):
    def make(path):
        Document, Pt, Inches, RGBColor, AL, WD_ORIENT, qn, OxmlElement = _docx_common()
        doc = Document()
        _setup(doc, margins=1.0)
        p = _para(doc, "", after=0)
        _run(p, "NSH", 26, True, font="URW Bookman", color="5B2C6F")
        _run(p, "   National Society for Histotechnology", 14, font="URW Bookman", color="5B2C6F")
        _para(doc, "Ellicott City, Maryland  ·  histosociety.org", 9, font="Liberation Sans", color="666666", after=26)
        _para(doc, "June 2, 2025", 11, after=12)
        _para(doc, "Camille Whitaker, HTL(ASCP)QIHC", 11, after=0)
        _para(doc, "Histology Laboratory, Fairhaven Pathology Associates", 11, after=0)
        _para(doc, "NSH Member No. 2207719", 11, after=14)
        _para(doc, "RE: Certificate of Completion", 11, True, after=10)
        _para(doc, "Dear Ms. Whitaker:", 11, after=8)
        _para(doc, "This letter certifies that Camille Whitaker, HTL(ASCP)QIHC, completed the following live webinar "
                   "offered by the National Society for Histotechnology.", 11, after=10)
        t = doc.add_table(rows=2, cols=3)
        _borders(t, {"top": "single:8:5B2C6F", "bottom": "single:8:5B2C6F", "insideH": "single:4:5B2C6F"})
        for i, h in enumerate(["Webinar Title", "Date", "Contact Hours"]):
            _cell_text(t.cell(0, i), h, 10, True)
        _cell_text(t.cell(1, 0), "Histology Laboratory Safety: Formaldehyde and Xylene Exposure Monitoring and Spill Response", 10.5)
        _cell_text(t.cell(1, 1), "05/21/2025", 10.5)
        _cell_text(t.cell(1, 2), "1.0", 10.5, align="c")
        _col_widths(t, [4.0, 1.3, 1.2])
        _para(doc, "The National Society for Histotechnology (NSH) is approved as a provider of continuing education "
                   "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Program No. "
                   "101-330-25", 10, before=12, after=8)
        _para(doc, "Please keep this letter with your continuing education records. If you have questions, please "
                   "contact NSH at education@histosociety.org.", 10, after=16)
        _para(doc, "Sincerely,", 11, after=0)
        p = _para(doc, "", after=0)
        _run(p, "Lorraine Okamura-Fitch", 20, font="Z003")
        _para(doc, "Lorraine Okamura-Fitch, HT(ASCP)", 10.5, after=0)
        _para(doc, "Education Program Manager, NSH", 10.5, after=0)
        doc.save(path)
    docx_pdf(make, out, "z25")
