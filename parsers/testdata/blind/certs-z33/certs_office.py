"""Certificates produced with LibreOffice: hand-written flat ODF (.fodt) and
Word-like .docx (python-docx), both converted with soffice --convert-to pdf."""
from common import gold, esc
from engine import fodt_pdf, docx_pdf

CERTS = []


def cert(fn):
    CERTS.append(fn)
    return fn


# =========================================================================== FODT helpers
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

FONTS = ["Liberation Serif", "Liberation Sans", "DejaVu Serif", "DejaVu Sans", "C059", "P052",
         "URW Bookman", "URW Gothic", "Z003"]


def pstyle(name, align="center", size=12, font="Liberation Serif", bold=False, italic=False,
           color="#000000", mt=0.0, mb=0.04, spacing=None, ml=0.0, mr=0.0, lh=None, border_bottom=None):
    pp = 'fo:text-align="%s" fo:margin-top="%.3fin" fo:margin-bottom="%.3fin" fo:margin-left="%.3fin" fo:margin-right="%.3fin"' % (
        align, mt, mb, ml, mr)
    if lh:
        pp += ' fo:line-height="%s"' % lh
    if border_bottom:
        pp += ' fo:border-bottom="%s" fo:padding-bottom="0.04in"' % border_bottom
    tp = 'style:font-name="%s" fo:font-size="%.1fpt" fo:color="%s"' % (font, size, color)
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if spacing:
        tp += ' fo:letter-spacing="%s"' % spacing
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
            '<style:text-properties %s/></style:style>' % (name, pp, tp))


def tstyles(name, width_in, cols, align="center"):
    s = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" table:align="%s" fo:margin-top="0.08in" fo:margin-bottom="0.08in"/></style:style>'
         % (name, width_in, align)]
    for i, w in enumerate(cols):
        s.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fin"/></style:style>'
                 % (name, i, w))
    return "".join(s)


def cellstyle(name, border="none", bg=None, pad="0.05in", valign="top", bottom=None, top=None):
    props = 'fo:padding="%s" style:vertical-align="%s"' % (pad, valign)
    if border != "none":
        props += ' fo:border="%s"' % border
    else:
        props += ' fo:border="none"'
        if bottom:
            props += ' fo:border-bottom="%s"' % bottom
        if top:
            props += ' fo:border-top="%s"' % top
    if bg:
        props += ' fo:background-color="%s"' % bg
    return '<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/></style:style>' % (name, props)


def P(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


def table(name, ncols, rows):
    """rows: list of lists of (cellstyle, [paragraph xml...])."""
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for i in range(ncols):
        out.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
    for r in rows:
        out.append("<table:table-row>")
        for cs, paras in r:
            out.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs, "".join(paras)))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def fodt(title, page, styles, body):
    faces = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f) for f in FONTS)
    w, h, margin, border = page
    pl = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
          'style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"%s/>'
          '</style:page-layout>' % (w, h, "landscape" if float(w[:-2]) > float(h[:-2]) else "portrait",
                                    margin, margin, margin, margin,
                                    (' fo:border="%s" fo:padding="0.25in"' % border) if border else ""))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:meta><dc:title>%s</dc:title><meta:generator>hand-written FODT</meta:generator></office:meta>'
            '<office:font-face-decls>%s</office:font-face-decls>'
            '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in"/>'
            '<style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="US"/></style:default-style></office:styles>'
            '<office:automatic-styles>%s%s</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
            '<office:body><office:text>%s</office:text></office:body></office:document>'
            % (NS, esc(title), faces, pl, "".join(styles), body))


# --------------------------------------------------------------------------- yg10
@cert
def yg10():
    g = gold("yg10", "AMT", "fodt",
             ["portrait", "two-column", "table", "border", "accented", "credentials", "keyword-title", "signatures"],
             "Two-column label/value table; title (Ethics) wraps inside the value cell and is followed by the "
             "'Format' row; AMT member ID is a distractor; unit is AMT CE hours.",
             "Héctor Ibáñez Salazar",
             "Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest, and Professional Conduct",
             "2025-06-03", 2.0, "CE hour",
             ["American Medical Technologists", "AMT"], "AMT-ST-1207")

    def render():
        styles = [
            pstyle("Logo", size=34, font="URW Gothic", bold=True, color="#12355b", spacing="0.06in"),
            pstyle("Org", size=15, font="URW Gothic", color="#12355b", mb=0.02),
            pstyle("Sub", size=10.5, font="Liberation Sans", color="#555555", mb=0.3),
            pstyle("H1", size=28, font="C059", color="#12355b", mb=0.25),
            pstyle("Lead", size=12, font="Liberation Serif", italic=True, mb=0.18, ml=0.4, mr=0.4),
            pstyle("Lab", align="start", size=11, font="Liberation Sans", bold=True, color="#333333"),
            pstyle("Val", align="start", size=12, font="Liberation Serif"),
            pstyle("ValB", align="start", size=12.5, font="Liberation Serif", bold=True),
            pstyle("Stmt", align="justify", size=10.5, font="Liberation Serif", mt=0.25, ml=0.3, mr=0.3),
            pstyle("SigL", align="start", size=10.5, font="Liberation Sans"),
            pstyle("Script", align="start", size=20, font="Z003"),
            pstyle("Foot", size=8.5, font="Liberation Sans", color="#777777", mt=0.3),
            tstyles("T1", 6.2, [1.9, 4.3]),
            cellstyle("CL", bottom="0.5pt solid #b8c4d0", pad="0.06in"),
            cellstyle("CV", bottom="0.5pt solid #b8c4d0", pad="0.06in"),
            tstyles("T2", 6.4, [3.2, 3.2]),
            cellstyle("CS", pad="0.05in", top="0.75pt solid #000000"),
        ]
        rows = [
            ("Participant", "ValB", "Héctor Ibáñez Salazar, MT(AMT)"),
            ("AMT Member ID", "Val", "2198874"),
            ("Course Title", "ValB", "Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest, and Professional Conduct"),
            ("Format", "Val", "Self-Study"),
            ("Course Number", "Val", "AMT-ST-1207"),
            ("Date Completed", "Val", "June 3, 2025"),
            ("CE Hours Awarded", "Val", "2.0"),
        ]
        t1 = table("T1", 2, [[("CL", [P("Lab", esc(a))]), ("CV", [P(s, esc(b))])] for a, s, b in rows])
        t2 = table("T2", 2, [[("CS", [P("SigL", "Dolores Whitcombe-Ruiz, MT(AMT), MBA"), P("SigL", "Director, Continuing Education")]),
                              ("CS", [P("SigL", "Raymond Achebe-Lindgren, RMA(AMT)"), P("SigL", "Chair, Education and Qualifications Committee")])]])
        body = "".join([
            P("Logo", "AMT"),
            P("Org", "American Medical Technologists"),
            P("Sub", "Certification Continuation Program (CCP) &#8226; Self-Study Continuing Education"),
            P("H1", "Certificate of Completion"),
            P("Lead", "The participant named below has successfully completed the following AMT continuing education activity and passed the post-test."),
            t1,
            P("Stmt", "This activity is approved for 2.0 CE hours toward the AMT Certification Continuation Program. "
                      "Retain this certificate as documentation of completion; AMT may request it during a CCP audit."),
            P("Script", "Dolores Whitcombe-Ruiz"),
            t2,
            P("Foot", "Certificate printed 06/04/2025 &#8226; Page 1 of 1"),
        ])
        fodt_pdf("yg10", fodt("AMT certificate", ("8.5in", "11in", "0.5in", "1.5pt solid #12355b"), styles, body))
    return g, render


# --------------------------------------------------------------------------- yg17
@cert
def yg17():
    g = gold("yg17", "university-CEU", "fodt",
             ["landscape", "centered-award", "border", "seal", "signatures", "hyphenated", "date-range",
              "department-provider", "wrapped-title+label"],
             "University continuing-education certificate in CEUs (2.1 CEU -> 21 points); workshop dates are a "
             "range (gold = last day); conferral date is a distractor; provider is a center within the university.",
             "Thandiwe Mokoena-Barros",
             "Molecular Diagnostics Workshop: Real-Time PCR Assay Design, Validation, and Troubleshooting",
             "2025-05-14", 2.1, "CEU",
             ["Prairie Plains University", "Prairie Plains University, Center for Continuing and Professional Education"],
             "CPE-4471")

    def render():
        styles = [
            pstyle("Univ", size=26, font="P052", bold=True, color="#4a2c0f", spacing="0.02in"),
            pstyle("Ctr", size=13, font="P052", italic=True, color="#4a2c0f", mb=0.22),
            pstyle("H1", size=30, font="Z003", color="#222222", mb=0.12),
            pstyle("Lead", size=13, font="P052", italic=True, mb=0.08),
            pstyle("Name", size=28, font="P052", bold=True, mb=0.08),
            pstyle("Title", size=19, font="P052", bold=True, mb=0.04, ml=0.7, mr=0.7),
            pstyle("Meta", size=12.5, font="P052", mb=0.02),
            pstyle("Small", size=9.5, font="Liberation Serif", italic=True, color="#444444", mt=0.14, ml=1.0, mr=1.0),
            pstyle("SigL", size=10.5, font="P052"),
            pstyle("Seal", size=9, font="URW Gothic", bold=True, color="#8a6d1e"),
            pstyle("Gap", size=6, mt=0.55),
            tstyles("S", 9.2, [3.8, 1.6, 3.8]),
            cellstyle("SL", top="0.75pt solid #000000", pad="0.05in"),
            cellstyle("SN", pad="0.02in", valign="middle"),
        ]
        sig = table("S", 3, [[
            ("SL", [P("SigL", "Marguerite Oyelowo-Fenn, EdD"), P("SigL", "Dean, Center for Continuing and Professional Education")]),
            ("SN", [P("Seal", "&#9733; PRAIRIE PLAINS UNIVERSITY &#9733;"), P("Seal", "OFFICIAL SEAL")]),
            ("SL", [P("SigL", "Bertrand K. Aldana, PhD, MB(ASCP)"), P("SigL", "Program Director, Molecular Diagnostics")]),
        ]])
        body = "".join([
            P("Univ", "Prairie Plains University"),
            P("Ctr", "Center for Continuing and Professional Education"),
            P("H1", "Certificate of Completion"),
            P("Lead", "awarded to"),
            P("Name", "Thandiwe Mokoena-Barros"),
            P("Lead", "for successful completion of"),
            P("Title", "Molecular Diagnostics Workshop: Real-Time PCR Assay Design, Validation, and Troubleshooting"),
            P("Meta", "Course dates: May 12&#8211;14, 2025"),
            P("Meta", "Course No. CPE-4471 &#8226; 2.1 Continuing Education Units (CEUs)"),
            P("Small", "One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing "
                       "education experience under responsible sponsorship, capable direction, and qualified instruction. "
                       "Certificate conferred May 30, 2025."),
            P("Gap", ""),
            sig,
        ])
        fodt_pdf("yg17", fodt("Certificate", ("11in", "8.5in", "0.4in", "4.5pt double #4a2c0f"), styles, body))
    return g, render


# --------------------------------------------------------------------------- yg26
@cert
def yg26():
    g = gold("yg26", "NSH", "fodt",
             ["portrait", "labels-above", "table", "accented", "credentials", "session-date", "date-range"],
             "Session (workshop) certificate at a convention: labels above values (Attendee | Session No. | Session "
             "Date); gold date is the session date, not the convention range; registration number is a distractor.",
             "José Manuel Cárdenas",
             "Troubleshooting Special Stains: Silver, Trichrome, and PAS in the Modern Histology Laboratory",
             "2025-09-07", 3.0, "contact hour",
             ["National Society for Histotechnology", "NSH"], "W-44")

    def render():
        styles = [
            pstyle("Org", align="start", size=18, font="URW Gothic", bold=True, color="#5b2a6e"),
            pstyle("Conf", align="start", size=12, font="URW Gothic", color="#333333"),
            pstyle("Dates", align="start", size=10.5, font="Liberation Sans", color="#555555", mb=0.3, border_bottom="2pt solid #5b2a6e"),
            pstyle("H1", size=24, font="C059", mb=0.06),
            pstyle("H2", size=13, font="C059", italic=True, mb=0.25),
            pstyle("Intro", align="start", size=11, font="Liberation Serif", mb=0.12),
            pstyle("Lab", align="start", size=8.5, font="Liberation Sans", bold=True, color="#5b2a6e", spacing="0.01in"),
            pstyle("Val", align="start", size=12, font="Liberation Serif"),
            pstyle("ValT", align="start", size=14, font="Liberation Serif", bold=True),
            pstyle("Stmt", align="start", size=10, font="Liberation Sans", color="#333333", mt=0.25),
            pstyle("SigL", align="start", size=10, font="Liberation Sans"),
            pstyle("Foot", align="start", size=8.5, font="Liberation Sans", color="#777777", mt=0.5),
            tstyles("A", 7.0, [3.0, 1.6, 2.4], align="left"),
            tstyles("B", 7.0, [7.0], align="left"),
            tstyles("C", 7.0, [2.2, 4.8], align="left"),
            tstyles("SG", 7.0, [3.3, 0.4, 3.3], align="left"),
            cellstyle("BX", border="0.75pt solid #999999", pad="0.07in"),
            cellstyle("SL", top="0.75pt solid #000000", pad="0.04in"),
            cellstyle("SP", pad="0.04in"),
        ]
        a = table("A", 3, [
            [("BX", [P("Lab", "ATTENDEE"), P("Val", "José Manuel Cárdenas, HT(ASCP)")]),
             ("BX", [P("Lab", "SESSION NO."), P("Val", "W-44")]),
             ("BX", [P("Lab", "SESSION DATE"), P("Val", "September 7, 2025")])]])
        b = table("B", 1, [[("BX", [P("Lab", "WORKSHOP TITLE"), P("ValT", "Troubleshooting Special Stains: Silver, Trichrome, and PAS in the Modern Histology Laboratory")])]])
        c = table("C", 2, [[("BX", [P("Lab", "CONTACT HOURS"), P("Val", "3.0")]),
                            ("BX", [P("Lab", "FACULTY"), P("Val", "Renata Szabo-Whitfield, HTL(ASCP)QIHC; Malik Osterhout, HT(ASCP)")])]])
        sg = table("SG", 3, [[("SL", [P("SigL", "Priscilla Vandermeer, MS, HTL(ASCP)"), P("SigL", "NSH Director of Education")]),
                              ("SP", [P("SigL", "")]),
                              ("SL", [P("SigL", "Okonkwo Delacroix-Hart, HT(ASCP)"), P("SigL", "Symposium/Convention Program Chair")])]])
        body = "".join([
            P("Org", "National Society for Histotechnology"),
            P("Conf", "NSH 2025 Annual Symposium/Convention"),
            P("Dates", "September 5&#8211;10, 2025 &#8226; Rhode Island Convention Center, Providence, Rhode Island"),
            P("H1", "Certificate of Attendance"),
            P("H2", "Workshop Session"),
            P("Intro", "This certificate verifies that the individual named below attended the following workshop in its entirety."),
            a, b, c,
            P("Stmt", "The National Society for Histotechnology (NSH) is approved as a provider of continuing education programs in the clinical "
                      "laboratory sciences by the ASCLS P.A.C.E.&#174; Program. Contact hours are awarded only for sessions attended in full."),
            sg,
            P("Foot", "Registration # NSH25-30918 &#8226; Retain for your records for a minimum of four years."),
        ])
        fodt_pdf("yg26", fodt("NSH session certificate", ("8.5in", "11in", "0.75in", None), styles, body))
    return g, render


# --------------------------------------------------------------------------- yg39
@cert
def yg39():
    g = gold("yg39", "vendor", "fodt",
             ["portrait", "centered-award", "labels-above", "table", "accented", "hyphenated", "credentials",
              "wrapped-title+label", "date-range", "border"],
             "Vendor operator course awarding IACET CEUs (3.2 CEU -> 32 points); IACET is an accreditor, not the "
             "provider; wrapped title directly followed by 'Completion date:'; instrument serial number is a distractor.",
             "Aurélie Dubois-Kamara",
             "Flow Cytometry Operator Certification Course: Instrument Setup, Compensation, and Quality Control",
             "2025-08-21", 3.2, "CEU",
             ["Brightwater Instruments, LLC"], "FC-OPS-310")

    def render():
        styles = [
            pstyle("Co", size=22, font="DejaVu Sans", bold=True, color="#00607a"),
            pstyle("Addr", size=9, font="DejaVu Sans", color="#666666", mb=0.35),
            pstyle("H1", size=30, font="DejaVu Serif", color="#00607a", mb=0.22),
            pstyle("Lead", size=12, font="DejaVu Serif", italic=True, mb=0.1),
            pstyle("Name", size=20, font="DejaVu Serif", bold=True, mb=0.1),
            pstyle("Title", size=15, font="DejaVu Serif", bold=True, ml=0.2, mr=0.2, mb=0.03),
            pstyle("Meta", size=12, font="DejaVu Serif", mb=0.2),
            pstyle("Lab", size=8, font="DejaVu Sans", bold=True, color="#00607a"),
            pstyle("Val", size=11, font="DejaVu Serif"),
            pstyle("Stmt", align="justify", size=9.5, font="DejaVu Sans", color="#333333", mt=0.6),
            pstyle("Gap", size=6, mt=0.7),
            pstyle("SigL", align="start", size=9.5, font="DejaVu Sans"),
            pstyle("Foot", size=8, font="DejaVu Sans", color="#777777", mt=0.35),
            tstyles("D", 6.8, [1.4, 1.9, 2.2, 1.3]),
            cellstyle("HD", bg="#e3f1f5", pad="0.05in", bottom="0.75pt solid #00607a"),
            cellstyle("VD", pad="0.06in", bottom="0.5pt solid #cccccc"),
            tstyles("SG", 6.6, [3.1, 0.4, 3.1]),
            cellstyle("SL", top="0.75pt solid #000000", pad="0.04in"),
            cellstyle("SP", pad="0.04in"),
        ]
        d = table("D", 4, [
            [("HD", [P("Lab", "COURSE NUMBER")]), ("HD", [P("Lab", "COURSE DATES")]), ("HD", [P("Lab", "LOCATION")]), ("HD", [P("Lab", "CEUs AWARDED")])],
            [("VD", [P("Val", "FC-OPS-310")]), ("VD", [P("Val", "August 18&#8211;21, 2025")]), ("VD", [P("Val", "Durham, North Carolina")]), ("VD", [P("Val", "3.2")])],
        ])
        sg = table("SG", 3, [[("SL", [P("SigL", "Lucinda Achterhof, MS, SCYM(ASCP)"), P("SigL", "Lead Application Trainer")]),
                              ("SP", [P("SigL", "")]),
                              ("SL", [P("SigL", "Garrett Nakamura-Hale"), P("SigL", "Manager, Customer Education")])]])
        body = "".join([
            P("Co", "Brightwater Instruments, LLC"),
            P("Addr", "4100 Quarry Ridge Parkway &#8226; Durham, NC 27703 &#8226; training.brightwater.example.com"),
            P("H1", "Certificate of Completion"),
            P("Lead", "Brightwater Instruments, LLC certifies that"),
            P("Name", "Aurélie Dubois-Kamara, MLS(ASCP)<text:span text:style-name=\"Sup\">CM</text:span>"),
            P("Lead", "has successfully completed the"),
            P("Title", "Flow Cytometry Operator Certification Course: Instrument Setup, Compensation, and Quality Control"),
            P("Meta", "Completion date: August 21, 2025"),
            d,
            P("Stmt", "Brightwater Instruments, LLC is accredited by the International Accreditors for Continuing Education and Training (IACET) "
                      "and offers IACET CEUs for its learning events that comply with the ANSI/IACET Continuing Education and Training Standard. "
                      "One IACET CEU equals ten contact hours of participation."),
            P("Gap", ""),
            sg,
            P("Foot", "Training instrument: Brightwater Aquila 12-color analyzer, serial no. AQ12-00873 &#8226; Certificate ID BWI-CE-2508-0417"),
        ])
        styles.append('<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>')
        fodt_pdf("yg39", fodt("Brightwater certificate", ("8.5in", "11in", "0.5in", "1pt solid #00607a"), styles, body))
    return g, render


# =========================================================================== DOCX helpers
def _docx():
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    return Document, Pt, Inches, RGBColor, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement


def new_doc(landscape=False, margin=0.8, title="Certificate", author="Education Office"):
    Document, Pt, Inches, RGBColor, AL, ORIENT, qn, OX = _docx()
    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = author
    sec = doc.sections[0]
    if landscape:
        sec.orientation = ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margin))
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return doc


def page_border(doc, val="double", sz=18, color="1F4E79", space=18):
    Document, Pt, Inches, RGBColor, AL, ORIENT, qn, OX = _docx()
    sectPr = doc.sections[0]._sectPr
    pb = OX("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        el = OX("w:%s" % side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), str(space))
        el.set(qn("w:color"), color)
        pb.append(el)
    sectPr.append(pb)


def para(container, runs, align="center", before=0, after=4, line=None, indent=None):
    """runs: str or list of (text, dict(size,bold,italic,font,color,spacing,superscript))."""
    Document, Pt, Inches, RGBColor, AL, ORIENT, qn, OX = _docx()
    p = container.add_paragraph()
    p.alignment = {"center": AL.CENTER, "left": AL.LEFT, "right": AL.RIGHT, "justify": AL.JUSTIFY}[align]
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing = line
    if indent:
        pf.left_indent = pf.right_indent = Inches(indent)
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, f in runs:
        r = p.add_run(text)
        if "size" in f:
            r.font.size = Pt(f["size"])
        r.bold = f.get("bold")
        r.italic = f.get("italic")
        if "font" in f:
            r.font.name = f["font"]
            r._element.rPr.rFonts.set(qn("w:eastAsia"), f["font"])
        if "color" in f:
            r.font.color.rgb = RGBColor.from_string(f["color"])
        if f.get("superscript"):
            r.font.superscript = True
        if "spacing" in f:
            sp = OX("w:spacing")
            sp.set(qn("w:val"), str(f["spacing"]))
            r._element.get_or_add_rPr().append(sp)
        if f.get("caps"):
            r.font.all_caps = True
    return p


def cell_text(cell, runs, align="left", after=0, before=0):
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    return para(cell, runs, align=align, after=after, before=before)


def cell_borders(cell, **sides):
    """sides: top/bottom/left/right = (val, sz, color)."""
    Document, Pt, Inches, RGBColor, AL, ORIENT, qn, OX = _docx()
    tcPr = cell._tc.get_or_add_tcPr()
    b = OX("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OX("w:%s" % side)
        v = sides.get(side, ("nil", 0, "FFFFFF"))
        el.set(qn("w:val"), v[0])
        el.set(qn("w:sz"), str(v[1]))
        el.set(qn("w:color"), v[2])
        b.append(el)
    tcPr.append(b)


def cell_shade(cell, fill):
    Document, Pt, Inches, RGBColor, AL, ORIENT, qn, OX = _docx()
    sh = OX("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(sh)


def dtable(container, rows, cols, widths, align_center=True):
    Document, Pt, Inches, RGBColor, AL, ORIENT, qn, OX = _docx()
    from docx.enum.table import WD_TABLE_ALIGNMENT
    t = container.add_table(rows=rows, cols=cols)
    t.autofit = False
    if align_center:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Inches(w)
    for i, w in enumerate(widths):
        t.columns[i].width = Inches(w)
    return t


# --------------------------------------------------------------------------- yg08
@cert
def yg08():
    g = gold("yg08", "ADLM", "docx",
             ["portrait", "letter", "honorific", "hyphenated", "format-line", "wrapped-title+label", "multi-credit",
              "signatures"],
             "Letter-style certificate; leading 'Dr.' honorific (dropped in gold); 'On-Demand Webinar' format line "
             "between verb and title; wrapped title directly followed by 'Date of Completion:'; ACCENT contact hours "
             "are the lab figure, AMA PRA credits a distractor; letter date and certificate number are distractors.",
             "Rosalind Achterberg-Nwosu",
             "Harmonizing Reference Intervals Across a Health System: Statistical Approaches and Practical Pitfalls",
             "2025-11-18", 1.5, "contact hour",
             ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "25-OD-114")

    def render():
        doc = new_doc(margin=0.9, title="ADLM Certificate of Participation", author="ADLM Education")
        S = "Liberation Sans"
        para(doc, [("ADLM", dict(size=30, bold=True, font=S, color="0A5C8C"))], align="left", after=0)
        para(doc, [("Association for Diagnostics & Laboratory Medicine", dict(size=13, font=S, color="0A5C8C"))], align="left", after=2)
        para(doc, [("Education Department  •  Washington, DC", dict(size=9, font=S, color="666666"))], align="left", after=18)
        para(doc, [("November 20, 2025", dict(size=11))], align="right", after=24)
        para(doc, [("Certificate of Participation", dict(size=24, font="C059", color="0A5C8C"))], after=18)
        para(doc, [("This is to certify that", dict(size=12, italic=True))], after=6)
        para(doc, [("Dr. Rosalind Achterberg-Nwosu", dict(size=20, bold=True))], after=6)
        para(doc, [("has participated in the", dict(size=12, italic=True))], after=8)
        para(doc, [("On-Demand Webinar", dict(size=12, bold=True, font=S, color="0A5C8C"))], after=6)
        para(doc, [("Harmonizing Reference Intervals Across a Health System: Statistical Approaches and Practical Pitfalls",
                    dict(size=16, bold=True))], after=4, indent=0.3)
        para(doc, [("Date of Completion: November 18, 2025", dict(size=12))], after=2)
        para(doc, [("Activity ID: 25-OD-114", dict(size=12))], after=18)
        t = dtable(doc, 2, 2, [4.2, 2.0])
        hdr = [("Credit", "Amount")]
        data = [("ACCENT® continuing education credit", "1.5 contact hours"),
                ("AMA PRA Category 1 Credits™ (physicians, maximum)", "1.5")]
        for i, (a, b) in enumerate(data):
            cell_text(t.rows[i].cells[0], [(a, dict(size=11, font=S))])
            cell_text(t.rows[i].cells[1], [(b, dict(size=11, font=S, bold=(i == 0)))], align="right")
            for c in t.rows[i].cells:
                cell_borders(c, bottom=("single", 4, "999999"))
        para(doc, [("The Association for Diagnostics & Laboratory Medicine (ADLM) is accredited by the Accreditation Council for "
                    "Continuing Medical Education to provide continuing medical education for physicians. ADLM designates this "
                    "enduring material for a maximum of 1.5 AMA PRA Category 1 Credits™. Physicians should claim only the credit "
                    "commensurate with the extent of their participation. ACCENT® credit is awarded by ADLM to laboratory "
                    "professionals and is accepted for certification maintenance.", dict(size=9, font=S, color="444444"))],
             align="justify", before=14, after=26)
        para(doc, [("Simone Varga-Whitaker", dict(size=22, font="Z003"))], align="left", after=0)
        para(doc, [("Simone Varga-Whitaker, MEd", dict(size=10.5, font=S))], align="left", after=0)
        para(doc, [("Senior Director, Education", dict(size=10.5, font=S))], align="left", after=30)
        para(doc, [("Certificate number ADLM-C-7730219  •  Keep this certificate for your records.", dict(size=8.5, font=S, color="777777"))], align="left")
        docx_pdf("yg08", doc)
    return g, render


# --------------------------------------------------------------------------- yg14
@cert
def yg14():
    g = gold("yg14", "hospital-inservice", "docx",
             ["portrait", "letter", "accented", "hyphenated", "credentials", "keyword-title", "department-provider",
              "signatures"],
             "Hospital in-service issued by the laboratory education department (provider = institution, and "
             "'Institution, Department'); 'Orientation' is part of the real course title; ID labelled 'Class No.'; "
             "employee ID is a distractor.",
             "Lucía Fernández-Ortega",
             "New Employee Orientation: Specimen Processing, Accessioning, and Labeling Requirements",
             "2025-01-14", 2.0, "CE hour",
             ["Saint Brendan Regional Medical Center", "Saint Brendan Regional Medical Center, Laboratory Education Department"],
             "LAB-ORI-0125")

    def render():
        doc = new_doc(margin=1.0, title="In-service certificate", author="Laboratory Education Department")
        page_border(doc, val="single", sz=12, color="2F5D50", space=24)
        S = "DejaVu Sans"
        para(doc, [("Saint Brendan Regional Medical Center", dict(size=18, bold=True, color="2F5D50"))], align="left", after=0)
        para(doc, [("Laboratory Education Department", dict(size=12, italic=True, color="2F5D50"))], align="left", after=0)
        para(doc, [("2200 Harbor Crest Drive  |  Port Alder, Oregon 97391  |  (541) 555-0142", dict(size=9, font=S, color="555555"))],
             align="left", after=30)
        para(doc, [("Certificate of In-Service Attendance", dict(size=20, bold=True))], align="left", after=18)
        para(doc, [("This certifies that", dict(size=12))], align="left", after=6)
        para(doc, [("Lucía Fernández-Ortega, MLT(ASCP)", dict(size=17, bold=True))], align="left", after=2)
        para(doc, [("Employee ID: 0047193  •  Department: Specimen Processing", dict(size=9.5, font=S, color="555555"))], align="left", after=12)
        para(doc, [("completed the in-service", dict(size=12))], align="left", after=6)
        para(doc, [("New Employee Orientation: Specimen Processing, Accessioning, and Labeling Requirements",
                    dict(size=14, bold=True, italic=True))], align="left", after=14)
        t = dtable(doc, 3, 2, [2.0, 4.0], align_center=False)
        rows = [("Date:", "January 14, 2025"), ("Class No.:", "LAB-ORI-0125"), ("Continuing education:", "2.0 CE hours")]
        for i, (a, b) in enumerate(rows):
            cell_text(t.rows[i].cells[0], [(a, dict(size=11.5, bold=True))], after=3)
            cell_text(t.rows[i].cells[1], [(b, dict(size=11.5))], after=3)
        para(doc, [("Continuing education hours are documented for laboratory personnel competency and licensure records. "
                    "This in-service is an internal activity of Saint Brendan Regional Medical Center.", dict(size=9.5, font=S, color="444444"))],
             align="left", before=18, after=40)
        t2 = dtable(doc, 1, 3, [3.2, 0.2, 3.0], align_center=False)
        cell_text(t2.rows[0].cells[0], [("Nadia Petrosyan, MS, MLS(ASCP)\nMedical Laboratory Education Coordinator", dict(size=10, font=S))])
        cell_text(t2.rows[0].cells[2], [("Theodore Brandvold, MD\nLaboratory Medical Director", dict(size=10, font=S))])
        cell_borders(t2.rows[0].cells[0], top=("single", 6, "000000"))
        cell_borders(t2.rows[0].cells[2], top=("single", 6, "000000"))
        para(doc, [("Form LED-112 (rev. 03/2024)", dict(size=8, font=S, color="888888"))], align="right", before=60)
        docx_pdf("yg14", doc)
    return g, render


# --------------------------------------------------------------------------- yg21
@cert
def yg21():
    g = gold("yg21", "CAP", "docx",
             ["landscape", "labels-above", "table", "multi-credit", "max-vs-claimed", "credentials", "keyword-title",
              "border", "two-page"],
             "Two pages (page 2: activity details with release/expiration dates as distractors). Labels above values (Learner | Completion Date | Activity ID); credit table with AMA PRA and ABPath SAM "
             "(distractors) and P.A.C.E. available vs claimed; gold = claimed P.A.C.E. contact hours; customer number "
             "and print date are distractors; 'Safety' belongs to the course title.",
             "Yesenia Baptiste",
             "Frozen Section Preparation and Cryostat Safety: A Competency Module for Histology Staff",
             "2025-04-30", 1.0, "contact hour",
             ["College of American Pathologists", "CAP"], "FS-CM-2504")

    def render():
        doc = new_doc(landscape=True, margin=0.7, title="CAP Certificate", author="College of American Pathologists")
        page_border(doc, val="thinThickSmallGap", sz=24, color="003865", space=20)
        S = "Liberation Sans"
        para(doc, [("College of American Pathologists", dict(size=20, bold=True, font=S, color="003865"))], after=0)
        para(doc, [("CAP Learning  •  Competency Assessment Program", dict(size=10, font=S, color="555555"))], after=14)
        para(doc, [("Certificate of Completion", dict(size=26, font="P052", color="003865"))], after=14)
        t = dtable(doc, 2, 3, [4.0, 2.4, 2.4])
        labels = ["Learner", "Completion Date", "Activity ID"]
        vals = ["Yesenia Baptiste, HTL(ASCP)", "04/30/2025", "FS-CM-2504"]
        for i in range(3):
            cell_text(t.rows[0].cells[i], [(labels[i].upper(), dict(size=8.5, bold=True, font=S, color="003865"))])
            cell_text(t.rows[1].cells[i], [(vals[i], dict(size=13))], after=2)
            cell_borders(t.rows[1].cells[i], bottom=("single", 6, "003865"))
        para(doc, [("ACTIVITY TITLE", dict(size=8.5, bold=True, font=S, color="003865"))], align="left", before=12, after=1, indent=0.4)
        para(doc, [("Frozen Section Preparation and Cryostat Safety: A Competency Module for Histology Staff", dict(size=15, bold=True))],
             align="left", after=10, indent=0.4)
        t2 = dtable(doc, 4, 3, [4.4, 1.7, 1.7])
        rows = [("Credit type", "Available", "Claimed"),
                ("AMA PRA Category 1 Credits™", "1.5", "0.00"),
                ("ABPath Self-Assessment Module (SAM) credit", "1.5", "0.00"),
                ("ASCLS P.A.C.E.® contact hours", "1.5", "1.0")]
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                cell_text(t2.rows[i].cells[j], [(v, dict(size=10, font=S, bold=(i == 0)))], align="left" if j == 0 else "center", after=1, before=1)
                if i == 0:
                    cell_shade(t2.rows[i].cells[j], "DCE6F0")
                cell_borders(t2.rows[i].cells[j], bottom=("single", 4, "AAAAAA"))
        para(doc, [("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical "
                    "Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring "
                    "material for a maximum of 1.5 AMA PRA Category 1 Credits™. The CAP is approved as a provider of continuing "
                    "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
                    dict(size=8.5, font=S, color="444444"))], align="justify", before=10, after=4, indent=0.4)
        para(doc, [("Customer No. 4410387   •   Date printed: 05/02/2025", dict(size=8.5, font=S, color="777777"))], after=0)
        from docx.enum.text import WD_BREAK
        doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        para(doc, [("Activity Details", dict(size=18, bold=True, font=S, color="003865"))], align="left", after=8)
        details = [("Activity type", "Enduring material (online competency module with post-test)"),
                   ("Release date", "01/15/2025"),
                   ("Expiration date", "01/14/2028"),
                   ("Estimated time to complete", "90 minutes"),
                   ("Target audience", "Histotechnicians, histotechnologists, pathologists' assistants, and pathologists"),
                   ("Passing score", "80% on the post-test")]
        t3 = dtable(doc, len(details), 2, [2.6, 6.4], align_center=False)
        for i, (a, b) in enumerate(details):
            cell_text(t3.rows[i].cells[0], [(a, dict(size=10.5, bold=True, font=S))], after=3)
            cell_text(t3.rows[i].cells[1], [(b, dict(size=10.5, font=S))], after=3)
        para(doc, [("Learning objectives", dict(size=12, bold=True, font=S, color="003865"))], align="left", before=14, after=4)
        for o in ["Prepare tissue for frozen section using appropriate embedding media and orientation.",
                  "Operate and decontaminate the cryostat following safe work practices.",
                  "Identify and correct common freezing and sectioning artifacts."]:
            para(doc, [("•  " + o, dict(size=10.5, font=S))], align="left", after=2)
        para(doc, [("Credit for this activity is recorded in your CAP Learning transcript. Keep this certificate for licensure "
                    "and certification maintenance audits.", dict(size=9.5, font=S, color="444444"))], align="left", before=14)
        docx_pdf("yg21", doc)
    return g, render


# --------------------------------------------------------------------------- yg29
@cert
def yg29():
    g = gold("yg29", "CLSI", "docx",
             ["portrait", "centered-award", "border", "seal", "format-line", "wrapped-title+label", "for-and-in-name",
              "hyphenated", "credentials", "signatures"],
             "Provider name contains 'and'; 'Live Webinar' format line between verb and title; wrapped title "
             "directly followed by 'Date of Webinar:'; ID labelled 'Offering ID'; presenter and order number are distractors.",
             "Naomi Takahashi-Brennan",
             "Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed, Why It Matters, and How to Implement",
             "2025-03-12", 1.5, "contact hour",
             ["Clinical and Laboratory Standards Institute", "CLSI"], "WB-2503-AST")

    def render():
        doc = new_doc(margin=1.0, title="CLSI Certificate", author="CLSI")
        page_border(doc, val="double", sz=12, color="6B1E3C", space=24)
        S = "URW Gothic"
        para(doc, [("CLSI", dict(size=34, bold=True, font=S, color="6B1E3C", spacing=40))], after=0)
        para(doc, [("Clinical and Laboratory Standards Institute", dict(size=13, font=S, color="6B1E3C"))], after=30)
        para(doc, [("Certificate of Attendance", dict(size=28, font="C059"))], after=20)
        para(doc, [("This certifies that", dict(size=12, italic=True, font="C059"))], after=8)
        para(doc, [("Naomi Takahashi-Brennan, MLS(ASCP)", dict(size=20, font="C059", bold=True)),
                   ("CM", dict(size=20, font="C059", bold=True, superscript=True))], after=8)
        para(doc, [("attended the", dict(size=12, italic=True, font="C059"))], after=10)
        para(doc, [("Live Webinar", dict(size=12, font=S, bold=True, color="6B1E3C", caps=False))], after=6)
        para(doc, [("Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed, Why It Matters, and How to Implement",
                    dict(size=16, bold=True, font="C059"))], after=4, indent=0.2)
        para(doc, [("Date of Webinar: March 12, 2025", dict(size=12, font="C059"))], after=2)
        para(doc, [("Contact Hours: 1.5", dict(size=12, font="C059"))], after=2)
        para(doc, [("Offering ID: WB-2503-AST", dict(size=12, font="C059"))], after=10)
        para(doc, [("Presenters: Ilse Brandauer-Kim, PhD, D(ABMM) and Marcus T. Ellery, MS, M(ASCP)", dict(size=10, italic=True, font="C059", color="444444"))], after=26)
        t = dtable(doc, 1, 3, [2.6, 1.2, 2.6])
        cell_text(t.rows[0].cells[0], [("Yolanda Fairbanks-Moreau, MS\nDirector, Education and Training", dict(size=9.5, font="Liberation Sans"))], align="center")
        cell_text(t.rows[0].cells[1], [("★\nOFFICIAL", dict(size=10, bold=True, font=S, color="6B1E3C"))], align="center")
        cell_text(t.rows[0].cells[2], [("Dmitri Castellanos, PhD\nVice President, Standards", dict(size=9.5, font="Liberation Sans"))], align="center")
        cell_borders(t.rows[0].cells[0], top=("single", 6, "000000"))
        cell_borders(t.rows[0].cells[2], top=("single", 6, "000000"))
        para(doc, [("CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                    "ASCLS P.A.C.E.® Program.", dict(size=9, font="Liberation Sans", color="444444"))], before=24, after=2)
        para(doc, [("Order No. 600148822  •  Issued 03/14/2025", dict(size=8.5, font="Liberation Sans", color="777777"))])
        docx_pdf("yg29", doc)
    return g, render
