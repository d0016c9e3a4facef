"""Certificates made with LibreOffice: flat ODF (.fodt) written by hand
(z32, z41, z56) and Word documents built with python-docx (z33, z42, z48, z55),
both converted to PDF by soffice --headless."""
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from common import gold
from engine import docx_to_pdf, fodt_doc, fodt_to_pdf, xml_esc as X

PF = "libreoffice-fodt"
PD = "docx-libreoffice"


def para(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else X(text))


def pstyle(name, align="start", size="11pt", weight="normal", italic=False, color="#000000",
           font="Liberation Serif", mt="0in", mb="0in", spacing=None, caps=False, ml="0in"):
    tp = 'style:font-name="%s" fo:font-size="%s" fo:font-weight="%s" fo:color="%s"' % (font, size, weight, color)
    if italic:
        tp += ' fo:font-style="italic"'
    if spacing:
        tp += ' fo:letter-spacing="%s"' % spacing
    if caps:
        tp += ' fo:font-variant="small-caps"'
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties '
            'fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s"/>'
            '<style:text-properties %s/></style:style>') % (name, align, mt, mb, ml, tp)


TSTYLES = """
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Tsup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
"""

# ---------------------------------------------------------------- z32 AABB letter
def z32(out):
    auto = TSTYLES + "".join([
        pstyle("Logo", size="30pt", weight="bold", color="#8a1538", font="Liberation Sans"),
        pstyle("Org", size="12pt", weight="bold", color="#8a1538", font="Liberation Sans"),
        pstyle("Dept", size="9pt", color="#555555", font="Liberation Sans", mb="0.05in"),
        '<style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.5pt solid #8a1538" fo:padding-bottom="0.02in" fo:margin-bottom="0.3in"/><style:text-properties fo:font-size="2pt"/></style:style>',
        pstyle("Body", size="11pt", mb="0.1in"),
        pstyle("Addr", size="11pt"),
        pstyle("Fmt", size="10pt", weight="bold", color="#8a1538", font="Liberation Sans", mt="0.12in", mb="0.04in", ml="0.4in", spacing="0.03in"),
        pstyle("Title", size="13pt", weight="bold", mb="0.06in", ml="0.4in"),
        pstyle("Kv", size="11pt", ml="0.4in"),
        pstyle("KvL", size="11pt", ml="0.4in", mb="0.18in"),
        pstyle("Script", size="17pt", italic=True, color="#1f3864", font="DejaVu Serif", mt="0.15in"),
        pstyle("Small", size="8.5pt", color="#555555", font="Liberation Sans", mt="0.5in"),
    ])
    body = "".join([
        para("Logo", "AABB"),
        para("Org", "Association for the Advancement of Blood & Biotherapies"),
        para("Dept", "Education Department · Bethesda, Maryland"),
        para("Rule", ""),
        para("Body", "June 2, 2025"),
        para("Addr", "Priyanka Venkataraman, MLS(ASCP)CM"),
        para("Addr", "Transfusion Service, Larchmont Valley Medical Center"),
        para("Addr", "1840 Orchard Ridge Road"),
        para("Body", "Fort Calloway, TX 76544 · Member ID 1094-3371"),
        para("Body", "<text:span text:style-name=\"Tb\">Re: Confirmation of continuing education credit</text:span>", raw=True),
        para("Body", "Dear Ms. Venkataraman:"),
        para("Body", "Thank you for participating in AABB education. This letter confirms that you have completed the following activity:"),
        para("Fmt", "eCast"),
        para("Title", "Massive Transfusion Protocols in Community Hospitals: Balancing Ratios, Viscoelastic Testing, and Inventory Realities"),
        para("Kv", "Date of completion: May 21, 2025"),
        para("Kv", "Program No. 568-118-25"),
        para("KvL", "Credit awarded: 1.5 P.A.C.E.® contact hours"),
        para("Body", "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                     "ASCLS P.A.C.E.® Program. This eCast was also designated for a maximum of 1.5 AMA PRA Category 1 Credits™ "
                     "for physicians. Please retain this letter; AABB does not issue duplicate certificates for activities "
                     "completed more than three years ago."),
        para("Body", "Sincerely,"),
        para("Script", "Marguerite Castellane"),
        para("Addr", "Marguerite D. Castellane, MS, MT(ASCP)SBB"),
        para("Addr", "Director, Education Programs"),
        para("Small", "AABB · Association for the Advancement of Blood & Biotherapies · Page 1 of 1"),
    ])
    fodt_to_pdf("z32", fodt_doc(body, auto_styles=auto, margin="0.9in"), out)


# ---------------------------------------------------------------- z41 ASM meeting attendance
def z41(out):
    auto = TSTYLES + "".join([
        pstyle("Mono", align="center", size="40pt", weight="bold", color="#004b87", font="Liberation Sans", mt="0.45in"),
        pstyle("Org", align="center", size="14pt", color="#004b87", font="Liberation Sans", spacing="0.02in"),
        pstyle("H1", align="center", size="27pt", weight="bold", color="#222222", mt="0.7in", mb="0.4in", spacing="0.03in"),
        pstyle("C", align="center", size="12pt", italic=True, mb="0.08in"),
        pstyle("Name", align="center", size="22pt", weight="bold", mb="0.1in"),
        pstyle("Meet", align="center", size="17pt", weight="bold", color="#004b87", mt="0.05in", mb="0.05in"),
        pstyle("Dates", align="center", size="12pt", mb="0.2in"),
        pstyle("Award", align="center", size="12pt", mb="0.05in"),
        pstyle("Id", align="center", size="10.5pt", font="Liberation Sans", mt="0.12in"),
        pstyle("Stmt", align="center", size="9pt", font="Liberation Sans", color="#444444", mt="0.35in"),
        pstyle("Script", align="center", size="17pt", italic=True, font="DejaVu Serif", color="#1f3864", mt="0.9in"),
        pstyle("Sig", align="center", size="10pt", font="Liberation Sans"),
        pstyle("Foot", align="center", size="8pt", font="Liberation Sans", color="#666666", mt="0.9in"),
    ])
    body = "".join([
        para("Mono", "ASM"),
        para("Org", "American Society for Microbiology"),
        para("H1", "CERTIFICATE OF ATTENDANCE"),
        para("C", "This is to certify that"),
        para("Name", "Dr. Hye-Jin Kwon, PhD, D(ABMM)"),
        para("C", "attended"),
        para("Meet", "ASM Clinical & Public Health Microbiology Forum 2026"),
        para("Dates", "June 3–5, 2026 · Virtual"),
        para("Award", "and claimed 12.5 P.A.C.E.® contact hours"),
        para("Award", "of a maximum of 15.0 contact hours available for this event."),
        para("Id", "Event ID: CPHM26"),
        para("Stmt", "The American Society for Microbiology is approved as a provider of continuing education programs in the "
                     "clinical laboratory sciences by the ASCLS P.A.C.E.® Program."),
        para("Script", "Wendell Osei-Brannigan"),
        para("Sig", "Wendell Osei-Brannigan, PhD"),
        para("Sig", "Director, Professional Development"),
        para("Foot", "Issued June 19, 2026 · Member No. 20188431"),
    ])
    fodt_to_pdf("z41", fodt_doc(body, auto_styles=auto, margin="0.5in", border="4.5pt double #004b87",
                                border_padding="0.25in"), out)


# ---------------------------------------------------------------- z56 hospital in-service record (labels above values)
def z56(out):
    cell = ('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.05in" fo:border="0.5pt solid #7f8c8d" fo:background-color="%s"/></style:style>')
    auto = TSTYLES + "".join([
        pstyle("Inst", size="24pt", weight="bold", color="#134e5e", font="Liberation Sans", mt="0.1in"),
        pstyle("Dept", size="14pt", color="#134e5e", font="Liberation Sans"),
        pstyle("H1", size="19pt", weight="bold", font="Liberation Sans", mt="0.35in", mb="0.08in"),
        pstyle("Lbl", size="8.5pt", weight="bold", color="#4a5a60", font="Liberation Sans"),
        pstyle("Val", size="12pt", font="Liberation Serif"),
        pstyle("ValT", size="13pt", weight="bold", font="Liberation Serif"),
        pstyle("Stmt", size="9.5pt", font="Liberation Sans", mt="0.2in"),
        pstyle("Script", size="16pt", italic=True, font="DejaVu Serif", color="#1f3864", mt="0.1in"),
        pstyle("Intro", size="11pt", font="Liberation Serif", italic=True, mb="0.12in"),
        '<style:style style:name="CS" style:family="table-cell"><style:table-cell-properties fo:padding="0.03in" fo:border-top="0.75pt solid #333333" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"/></style:style>',
        '<style:style style:name="CN" style:family="table-cell"><style:table-cell-properties fo:border="none"/></style:style>',
        '<style:style style:name="Sp" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.55in"/></style:style>',
        pstyle("Sig2", size="10pt", font="Liberation Sans"),
        pstyle("Foot", size="7.5pt", color="#777777", font="Liberation Sans", mt="0.5in"),
        cell % ("CL", "#e8f1f2"), cell % ("CV", "#ffffff"),
        '<style:style style:name="Tab" style:family="table"><style:table-properties style:width="9.5in" table:align="left" fo:margin-top="0.04in"/></style:style>',
    ])

    def table(cols, labels, values, widths, title_style="Val"):
        t = '<table:table table:style-name="Tab">'
        for i, w in enumerate(widths):
            t += '<table:table-column table:style-name="col%s"/>' % w
        t += "<table:table-row>" + "".join(
            '<table:table-cell table:style-name="CL" office:value-type="string">%s</table:table-cell>' % para("Lbl", l)
            for l in labels) + "</table:table-row>"
        t += "<table:table-row>" + "".join(
            '<table:table-cell table:style-name="CV" office:value-type="string">%s</table:table-cell>' % para(title_style, v)
            for v in values) + "</table:table-row>"
        return t + "</table:table>"

    colstyles = "".join('<style:style style:name="col%s" style:family="table-column"><style:table-column-properties style:column-width="%sin"/></style:style>' % (w, w.replace("_", "."))
                        for w in ["9_5", "4_5", "2_0", "3_0", "1_8", "2_2", "3_5", "0_5"])
    auto += colstyles
    sigtable = ('<table:table table:style-name="Tab"><table:table-column table:style-name="col4_5"/>'
                '<table:table-column table:style-name="col0_5"/><table:table-column table:style-name="col4_5"/>'
                '<table:table-row>' + "".join(
                    '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (st, cont)
                    for st, cont in [("CS", para("Script", "Bettina Szalai-Ford") + para("Sig2", "Bettina Szalai-Ford, MS, MLS(ASCP)CM") + para("Sig2", "Laboratory Education Coordinator")),
                                     ("CN", para("Sig2", "")),
                                     ("CS", para("Script", "A. Kettleworth") + para("Sig2", "Ambrose Kettleworth, MD") + para("Sig2", "Laboratory Medical Director"))])
                + '</table:table-row></table:table>')
    body = "".join([
        para("Inst", "Northgate Regional Medical Center"),
        para("Dept", "Laboratory Education Department"),
        para("H1", "In-Service Education Record — Certificate of Attendance"),
        para("Intro", "This record certifies attendance at the laboratory in-service education session described below."),
        table(3, ["Employee Name", "Employee No.", "Department"],
              ["Raymond K. Oduya, MLS(ASCP)", "118830", "Clinical Chemistry"], ["4_5", "2_0", "3_0"]),
        table(1, ["Course Title"],
              ["Quarterly Laboratory Safety Meeting: Fire, Chemical, and Bloodborne Pathogen Review"], ["9_5"], "ValT"),
        table(4, ["Date Attended", "Class No.", "Instructor", "Contact Hours"],
              ["02/26/2026", "IS-26-0226", "Ellery Manganaro, MT(ASCP)", "1.0"], ["1_8", "2_2", "3_5", "2_0"]),
        para("Stmt", "Northgate Regional Medical Center Laboratory Education Department is approved as a provider of continuing "
                     "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This in-service "
                     "is approved for 1.0 P.A.C.E.® contact hour."),
        para("Sp", ""),
        sigtable,
        para("Foot", "Form LED-07 rev. 01/2026 · Original to employee file; copy to participant · Printed 02/27/2026"),
    ])
    fodt_to_pdf("z56", fodt_doc(body, auto_styles=auto, page_w="11in", page_h="8.5in", margin="0.55in",
                                border="1.5pt solid #134e5e", border_padding="0.15in"), out)


# ================================================================ docx helpers
def _landscape(doc, w=11, h=8.5, margin=0.6):
    s = doc.sections[0]
    if w > h:
        s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Inches(w), Inches(h)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Inches(margin))
    return s


def _page_border(section, val="double", sz=18, color="1F4E79", space=20):
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


def _p(doc, text="", size=11, bold=False, italic=False, align="center", color=None, font="Liberation Serif",
       before=0, after=0, caps=False, spacing=None):
    p = doc.add_paragraph()
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if text:
        _r(p, text, size, bold, italic, color, font, caps, spacing)
    return p


def _r(p, text, size=11, bold=False, italic=False, color=None, font="Liberation Serif", caps=False, spacing=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold, r.italic = bold, italic
    r.font.name = font
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.small_caps = True
    if spacing is not None:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))
        rpr.append(sp)
    return r


def _cell(cell, text, size=10, bold=False, align="left", font="Liberation Sans", color=None, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    _r(p, text, size, bold, False, color, font)
    if shade:
        tcPr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


# ---------------------------------------------------------------- z33 CAP enduring material, credit table
def z33_doc(path):
    d = docx.Document()
    s = _landscape(d, 8.5, 11, 0.75)
    _page_border(s, "single", 12, "00677F", 24)
    _p(d, "CAP", 30, True, color="00677F", font="Liberation Sans", before=6)
    _p(d, "College of American Pathologists", 13, color="00677F", font="Liberation Sans", after=20)
    _p(d, "Certificate of Completion", 26, after=14)
    _p(d, "This certifies that", 11.5, italic=True, after=4)
    _p(d, "Thomas J. Reinholt III, HTL(ASCP)", 20, True, after=4)
    _p(d, "has completed", 11.5, italic=True, after=8)
    _p(d, "Enduring Material", 10, True, color="00677F", font="Liberation Sans", after=3, spacing=1)
    _p(d, "Grossing of Breast Resection Specimens: Margin Orientation, Inking, and Sampling", 15, True, after=5)
    _p(d, "Date of completion: February 11, 2026", 11.5, after=2)
    _p(d, "Activity Code: 26EM0118", 11.5, after=14)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [("Credit type", "Maximum available", "Credits claimed"),
            ("AMA PRA Category 1 Credits™", "2.0", "—"),
            ("ABPath Self-Assessment Module (SAM) credit", "2.0", "—"),
            ("Continuing education contact hours for laboratory professionals (P.A.C.E.®)", "2.0", "1.5")]
    widths = [Inches(3.9), Inches(1.3), Inches(1.3)]
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            c = t.cell(i, j)
            c.width = widths[j]
            _cell(c, txt, 9.5, bold=(i == 0 or (i == 3 and j == 2)), align="left" if j == 0 else "center",
                  color="FFFFFF" if i == 0 else None, shade="00677F" if i == 0 else None)
    _p(d, "", 6, after=6)
    for txt in [
        "The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical Education "
        "(ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a "
        "maximum of 2.0 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent "
        "of their participation in the activity.",
        "The College of American Pathologists is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "Successful completion of this activity also provides up to 2.0 SAM credits toward the American Board of "
        "Pathology Continuing Certification program.",
    ]:
        _p(d, txt, 8.5, align="justify", font="Liberation Sans", after=5)
    p = _p(d, "", 10, before=18, align="left")
    _r(p, "Renata Albescu-Moore", 16, italic=True, font="DejaVu Serif", color="1F3864")
    _p(d, "Renata Albescu-Moore, MD, FCAP", 10, align="left", font="Liberation Sans")
    _p(d, "Chair, Council on Education", 10, align="left", font="Liberation Sans", after=14)
    _p(d, "Credits claimed on February 13, 2026 · Order No. 5530-81127 · Learning Portal transcript", 8, align="left",
       font="Liberation Sans", color="666666")
    d.add_page_break()
    _p(d, "Activity Information", 16, True, align="left", color="00677F", font="Liberation Sans", after=8)
    _p(d, "Grossing of Breast Resection Specimens: Margin Orientation, Inking, and Sampling", 12, True, align="left",
       after=4)
    _p(d, "Activity type: enduring material (video modules with case images and post-test)", 10, align="left",
       font="Liberation Sans", after=2)
    _p(d, "Release date: January 15, 2025   ·   Expiration date: January 14, 2028", 10, align="left",
       font="Liberation Sans", after=10)
    _p(d, "Learning objectives", 11, True, align="left", font="Liberation Sans", after=3)
    for o in ["Orient a mastectomy or lumpectomy specimen using surgeon-placed sutures and clips.",
              "Apply a six-color inking scheme and document it in the gross description.",
              "Select blocks that address every margin and the relationship of the lesion to each.",
              "Recognise gross findings that require consultation with the pathologist before sectioning."]:
        _p(d, "•  " + o, 10, align="left", font="Liberation Sans", after=2)
    _p(d, "Faculty", 11, True, align="left", font="Liberation Sans", before=8, after=3)
    _p(d, "Oksana Petrenko-Hale, MD, FCAP — Breast Pathology, Lakeview University Hospital", 10, align="left",
       font="Liberation Sans", after=2)
    _p(d, "Reginald Amoako, PA(ASCP)CM — Pathologists' Assistant, Lakeview University Hospital", 10, align="left",
       font="Liberation Sans", after=8)
    _p(d, "Disclosures: none of the faculty or planners have relevant financial relationships with ineligible "
          "companies. This activity received no commercial support.", 9, align="left", font="Liberation Sans",
       color="444444")
    d.save(path)


# ---------------------------------------------------------------- z42 CLSI live webinar
def z42_doc(path):
    d = docx.Document()
    s = _landscape(d, 11, 8.5, 0.7)
    _page_border(s, "thinThickSmallGap", 24, "1B365D", 22)
    _p(d, "CLSI", 28, True, color="1B365D", font="Liberation Sans", before=2)
    _p(d, "Clinical and Laboratory Standards Institute", 13, color="1B365D", font="Liberation Sans", after=14)
    _p(d, "Certificate of Completion", 28, caps=True, after=8)
    _p(d, "awarded to", 11.5, italic=True, after=3)
    _p(d, "Rafael Q. Domínguez, MLS(ASCP)", 21, True, after=3)
    _p(d, "for participating in the", 11.5, italic=True, after=6)
    _p(d, "LIVE WEBINAR", 10.5, True, color="B22234", font="Liberation Sans", after=3, spacing=1.5)
    p = _p(d, "", 15, after=5)
    p.paragraph_format.left_indent = Inches(0.9)
    p.paragraph_format.right_indent = Inches(0.9)
    _r(p, "Verifying Qualitative Test Performance in the Small Laboratory: Practical Application of "
          "Method-Comparison and Agreement Studies", 15, True)
    _p(d, "Date: August 14, 2025", 11.5, after=2)
    _p(d, "presented by Oluwaseun Brightwater-Diaz, PhD, DABCC", 10, italic=True, color="444444", after=8)
    _p(d, "Offering ID: CLSI-LW-2508     |     Credit: 1.0 P.A.C.E.® contact hour", 11, font="Liberation Sans", after=10)
    _p(d, "CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
          "ASCLS P.A.C.E.® Program.", 8.5, font="Liberation Sans", color="444444", after=14)
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width = right.width = Inches(4.4)
    left.text = ""
    lp = left.paragraphs[0]
    _r(lp, "Registration No. 2508-00917-R", 8.5, font="Liberation Sans", color="555555")
    lp2 = left.add_paragraph()
    _r(lp2, "Certificate generated 08/15/2025", 8.5, font="Liberation Sans", color="555555")
    right.text = ""
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _r(rp, "Karsten Lindqvist-Moreau", 15, italic=True, font="DejaVu Serif", color="1B365D")
    rp2 = right.add_paragraph()
    rp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _r(rp2, "Karsten Lindqvist-Moreau, MT(ASCP)", 9.5, font="Liberation Sans")
    rp3 = right.add_paragraph()
    rp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _r(rp3, "Vice President, Education", 9.5, font="Liberation Sans")
    d.save(path)


# ---------------------------------------------------------------- z48 university CEU
def z48_doc(path):
    d = docx.Document()
    s = _landscape(d, 11, 8.5, 0.75)
    _page_border(s, "double", 18, "5B2C06", 24)
    _p(d, "Westbrook State University", 30, True, color="5B2C06", font="DejaVu Serif", before=4)
    _p(d, "Division of Continuing and Professional Studies", 13, italic=True, color="5B2C06", after=18)
    _p(d, "Certificate of Completion", 24, caps=True, after=10, spacing=1)
    _p(d, "This is to certify that", 12, italic=True, after=4)
    _p(d, "Benedict Oyelaran-Whitcombe", 24, True, font="DejaVu Serif", after=4)
    _p(d, "has satisfactorily completed the non-credit professional development course", 12, italic=True, after=6)
    _p(d, "Molecular Diagnostics for the Clinical Laboratory: PCR, Sequencing, and Quality Management", 16, True, after=6)
    _p(d, "Course No. MDX 5102  ·  March 3 – April 25, 2026  ·  48 contact hours of instruction", 11, after=4)
    _p(d, "and is hereby awarded", 12, italic=True, after=2)
    _p(d, "4.8 Continuing Education Units (CEUs)", 15, True, color="5B2C06", after=8)
    _p(d, "Conferred this 8th day of May, 2026", 11, italic=True, after=16)
    t = d.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sig = [("Harriet Okonjo-Pell", "Harriet Okonjo-Pell, EdD", "Dean, Division of Continuing and Professional Studies"),
           ("Silas Marchbanks", "Silas Marchbanks, PhD, MB(ASCP)CM", "Program Director, Clinical Laboratory Science")]
    for j, (script, nm, role) in enumerate(sig):
        c0, c1, c2 = t.cell(0, j), t.cell(1, j), t.cell(2, j)
        for c, txt, sz, it, fnt in ((c0, script, 15, True, "DejaVu Serif"), (c1, nm, 10, False, "Liberation Sans"),
                                    (c2, role, 9, False, "Liberation Sans")):
            c.width = Inches(4.4)
            c.text = ""
            pp = c.paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _r(pp, txt, sz, italic=it, font=fnt)
    _p(d, "One Continuing Education Unit (CEU) is ten contact hours of participation in an organized continuing education "
          "experience under responsible sponsorship, capable direction and qualified instruction.  Student ID W00938812.",
       8, font="Liberation Sans", color="555555", before=12)
    d.save(path)


# ---------------------------------------------------------------- z55 regional society, letter-spaced name
def z55_doc(path):
    d = docx.Document()
    s = _landscape(d, 8.5, 11, 1.0)
    _page_border(s, "single", 8, "6B4E16", 30)
    _p(d, "CERTIFICATE OF CONTINUING EDUCATION", 20, True, color="6B4E16", font="Liberation Sans", before=40, after=30,
       spacing=1)
    _p(d, "This certificate is presented to", 12, italic=True, after=10)
    _p(d, "L U C Í A   M O N T E R R O S O", 22, True, after=4)
    _p(d, "MLS(ASCP)", 10, color="555555", font="Liberation Sans", after=16)
    _p(d, "for completion of", 12, italic=True, after=8)
    _p(d, "Meeting the Challenge of Pre-Transfusion Testing in Patients Receiving Daratumumab and Other Anti-CD38 "
          "Therapies", 15, True, after=6)
    _p(d, "Date of completion: October 17, 2025", 12, after=18)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (i, j), txt in {(0, 0): "Program No. 431-209-25", (0, 1): "Contact hours: 1.0",
                        (1, 0): "Location: Odessa, Texas", (1, 1): "Speaker: Imelda Castañeda-Royce, MS, SBB(ASCP)"}.items():
        c = t.cell(i, j)
        c.width = Inches(3.2)
        _cell(c, txt, 10)
    _p(d, "The Pecos Valley Society for Clinical Laboratory Science is approved as a provider of continuing education "
          "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.", 9.5, font="Liberation Sans",
       before=24, after=40)
    p = _p(d, "", 10, align="left")
    _r(p, "Dolores Whitacre", 16, italic=True, font="DejaVu Serif", color="333333")
    _p(d, "Dolores Whitacre, MLS(ASCP)CM", 10, align="left", font="Liberation Sans")
    _p(d, "Continuing Education Chair", 10, align="left", font="Liberation Sans", after=30)
    _p(d, "Please retain this certificate for audit purposes. Issued 10/20/2025.", 8, align="left",
       font="Liberation Sans", color="666666")
    d.save(path)


CERTS = [
    {"id": "z32", "build": z32, "gold": gold(
        "aabb", PF,
        ["portrait", "letter-style", "left-aligned", "letterhead", "format-line", "long-title-wrap",
         "labelled-line-after-title", "program-no-without-colon", "provider-for-in-name", "signature-block",
         "credentials-after-name", "address-distractor", "multiple-credit-types"],
        "Letter dated June 2 (distractor); 'eCast' is a format line on its own; long title wraps and is followed by "
        "'Date of completion:'. 'Program No. 568-118-25' has no colon. Member ID is a distractor. The AMA PRA figure "
        "is for physicians.",
        "Priyanka Venkataraman",
        "Massive Transfusion Protocols in Community Hospitals: Balancing Ratios, Viscoelastic Testing, and Inventory Realities",
        "2025-05-21", 1.5, "contact hour",
        ["Association for the Advancement of Blood & Biotherapies", "AABB"], "568-118-25")},
    {"id": "z41", "build": z41, "gold": gold(
        "asm", PF,
        ["portrait", "centred-award", "border", "meeting-attendance", "date-range", "maximum-vs-claimed",
         "honorific", "credentials-after-name", "hyphenated-name", "signature-block", "provider-for-in-name"],
        "Attendance at a whole meeting without a session title: title = meeting name. Date range June 3-5 -> last day. "
        "Claimed 12.5 vs maximum 15.0. Issue date and member number are distractors.",
        "Hye-Jin Kwon",
        "ASM Clinical & Public Health Microbiology Forum 2026",
        "2026-06-05", 12.5, "contact hour",
        ["American Society for Microbiology", "ASM"], "CPHM26")},
    {"id": "z56", "build": z56, "gold": gold(
        "hospital-inservice", PF,
        ["landscape", "labels-above-values", "table", "border", "department-provider", "title-word-meeting",
         "title-word-safety", "signature-block", "credentials-after-name", "page-footer"],
        "In-service record with labels above values in columns. Title contains 'Safety Meeting' (a real course, not a "
        "format). Employee number, instructor and print date are distractors. Provider is the education department of "
        "the hospital.",
        "Raymond K. Oduya",
        "Quarterly Laboratory Safety Meeting: Fire, Chemical, and Bloodborne Pathogen Review",
        "2026-02-26", 1.0, "contact hour",
        ["Northgate Regional Medical Center", "Northgate Regional Medical Center, Laboratory Education Department"],
        "IS-26-0226")},
    {"id": "z33", "build": lambda out: docx_to_pdf("z33", z33_doc, out), "gold": gold(
        "cap", PD,
        ["portrait", "two-page", "centred-award", "border", "format-line", "credit-table", "multiple-credit-types",
         "maximum-vs-claimed", "title-word-grossing", "title-word-orientation", "suffix-in-name",
         "credentials-after-name", "signature-block"],
        "'Enduring Material' is a format line. Title contains Grossing and Orientation (a real course). Table of credit "
        "types: lab figure is the claimed P.A.C.E. contact hours 1.5 (maximum 2.0); AMA PRA and ABPath SAM are "
        "distractors. Claim date and order number are distractors. Suffix III kept. Page 2 repeats the title with "
        "release and expiration dates (distractors) and faculty.",
        "Thomas J. Reinholt III",
        "Grossing of Breast Resection Specimens: Margin Orientation, Inking, and Sampling",
        "2026-02-11", 1.5, "contact hour",
        ["College of American Pathologists", "CAP"], "26EM0118")},
    {"id": "z42", "build": lambda out: docx_to_pdf("z42", z42_doc, out), "gold": gold(
        "clsi", PD,
        ["landscape", "centred-award", "border", "format-line", "long-title-wrap", "labelled-line-after-title",
         "provider-and-in-name", "presented-by", "signature-block", "accented-name", "credentials-after-name"],
        "'LIVE WEBINAR' is a format line between 'for participating in the' and the title. Long title wraps, followed "
        "by 'Date:'. Registration number, generation date and the presenter are distractors.",
        "Rafael Q. Domínguez",
        "Verifying Qualitative Test Performance in the Small Laboratory: Practical Application of Method-Comparison and Agreement Studies",
        "2025-08-14", 1.0, "contact hour",
        ["Clinical and Laboratory Standards Institute", "CLSI"], "CLSI-LW-2508")},
    {"id": "z48", "build": lambda out: docx_to_pdf("z48", z48_doc, out), "gold": gold(
        "university-ceu", PD,
        ["landscape", "centred-award", "border", "date-range", "ceu", "department-provider", "signature-block",
         "hyphenated-name", "conferral-date-distractor"],
        "University CEU certificate: 4.8 CEUs -> 48 points. Course date range March 3 - April 25 -> last day; the "
        "conferral date (May 8) and student ID are distractors. '48 contact hours of instruction' is the same credit "
        "expressed differently; the awarded unit is CEU.",
        "Benedict Oyelaran-Whitcombe",
        "Molecular Diagnostics for the Clinical Laboratory: PCR, Sequencing, and Quality Management",
        "2026-04-25", 4.8, "CEU",
        ["Westbrook State University", "Westbrook State University, Division of Continuing and Professional Studies"],
        "MDX 5102")},
    {"id": "z55", "build": lambda out: docx_to_pdf("z55", z55_doc, out), "gold": gold(
        "ascls-pace-provider", PD,
        ["portrait", "centred-award", "border", "letter-spaced-name", "all-caps-name", "accented-name",
         "provider-only-in-accreditation-statement", "program-no-without-colon", "long-title-wrap",
         "labelled-line-after-title", "title-word-meeting", "signature-block"],
        "Name typed letter-spaced in capitals (L U C Í A  M O N T E R R O S O); credentials on their own line. "
        "Provider appears only as the subject of the P.A.C.E. approval statement. Title starts with 'Meeting' (not a "
        "format). 'Program No. 431-209-25' without colon. Speaker and issue date are distractors.",
        "LUCÍA MONTERROSO",
        "Meeting the Challenge of Pre-Transfusion Testing in Patients Receiving Daratumumab and Other Anti-CD38 Therapies",
        "2025-10-17", 1.0, "contact hour",
        ["Pecos Valley Society for Clinical Laboratory Science"], "431-209-25")},
]
