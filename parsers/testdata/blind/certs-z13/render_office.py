"""LibreOffice certificates: hand-written flat ODF (.fodt) and python-docx (.docx),
converted with `soffice --headless --convert-to pdf`."""
import os
import shutil
import subprocess
from xml.sax.saxutils import escape as x

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, ".profiles", "src")
PROFILE = os.path.join(HERE, ".profiles", "libreoffice")

# ------------------------------------------------------------------ FODT

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

FONTS = ["Liberation Serif", "Liberation Sans", "DejaVu Sans", "DejaVu Serif",
         "URW Bookman", "C059", "Z003", "Liberation Sans Narrow"]


class Doc:
    def __init__(self, width, height, margin="0.6in", border=None, padding="0in",
                 font="Liberation Sans", size="11pt"):
        self.page = (width, height, margin, border, padding)
        self.font, self.size = font, size
        self.pstyles = {}
        self.tstyles = {}
        self.cellstyles = {}
        self.tablestyles = {}
        self.body = []

    def ps(self, name, font=None, size=None, bold=False, italic=False, color=None,
           align=None, before="0in", after="0.04in", caps=False, spacing=None,
           break_before=False, bg=None, margin_left=None, keep=False):
        tp = []
        if font:
            tp.append(f'style:font-name="{font}"')
        if size:
            tp.append(f'fo:font-size="{size}"')
        if bold:
            tp.append('fo:font-weight="bold"')
        if italic:
            tp.append('fo:font-style="italic"')
        if color:
            tp.append(f'fo:color="{color}"')
        if caps:
            tp.append('fo:font-variant="small-caps"')
        if spacing:
            tp.append(f'fo:letter-spacing="{spacing}"')
        pp = [f'fo:margin-top="{before}"', f'fo:margin-bottom="{after}"']
        if align:
            pp.append(f'fo:text-align="{align}"')
        if break_before:
            pp.append('fo:break-before="page"')
        if bg:
            pp.append(f'fo:background-color="{bg}"')
        if margin_left:
            pp.append(f'fo:margin-left="{margin_left}"')
        if keep:
            pp.append('fo:keep-with-next="always"')
        self.pstyles[name] = (
            f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties {" ".join(pp)}/>'
            f'<style:text-properties {" ".join(tp)}/></style:style>')

    def ts(self, name, bold=False, italic=False, size=None, color=None, sup=False):
        tp = []
        if bold:
            tp.append('fo:font-weight="bold"')
        if italic:
            tp.append('fo:font-style="italic"')
        if size:
            tp.append(f'fo:font-size="{size}"')
        if color:
            tp.append(f'fo:color="{color}"')
        if sup:
            tp.append('style:text-position="super 58%"')
        self.tstyles[name] = (f'<style:style style:name="{name}" style:family="text">'
                              f'<style:text-properties {" ".join(tp)}/></style:style>')

    def cs(self, name, bg=None, border="none", padding="0.06in", valign="top",
           border_bottom=None):
        p = [f'fo:padding="{padding}"', f'style:vertical-align="{valign}"']
        if bg:
            p.append(f'fo:background-color="{bg}"')
        if border_bottom:
            p.append(f'fo:border-top="none" fo:border-left="none" fo:border-right="none" '
                     f'fo:border-bottom="{border_bottom}"')
        else:
            p.append(f'fo:border="{border}"')
        self.cellstyles[name] = (f'<style:style style:name="{name}" style:family="table-cell">'
                                 f'<style:table-cell-properties {" ".join(p)}/></style:style>')

    def table(self, name, width, cols, rows, align="center"):
        """cols: list of widths; rows: list of lists of (cellstyle, [xml paragraphs])."""
        self.tablestyles[name] = (
            f'<style:style style:name="{name}" style:family="table">'
            f'<style:table-properties style:width="{width}" table:align="{align}" '
            f'fo:margin-top="0.05in" fo:margin-bottom="0.08in"/></style:style>' +
            "".join(f'<style:style style:name="{name}.C{i}" style:family="table-column">'
                    f'<style:table-column-properties style:column-width="{w}"/></style:style>'
                    for i, w in enumerate(cols)))
        out = [f'<table:table table:name="{name}" table:style-name="{name}">']
        for i in range(len(cols)):
            out.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
        for row in rows:
            out.append("<table:table-row>")
            for cell in row:
                if cell is None:
                    out.append("<table:covered-table-cell/>")
                    continue
                st, paras = cell[0], cell[1]
                span = f' table:number-columns-spanned="{cell[2]}"' if len(cell) > 2 else ""
                out.append(f'<table:table-cell table:style-name="{st}" office:value-type="string"{span}>'
                           + "".join(paras) + "</table:table-cell>")
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.body.append("".join(out))

    def p(self, style, *parts):
        self.body.append(P(style, *parts))

    def xml(self):
        w, h, m, border, pad = self.page
        bp = f' fo:border="{border}" fo:padding="{pad}"' if border else ""
        orient = "landscape" if w > h else "portrait"
        fonts = "".join(f'<style:font-face style:name="{f}" svg:font-family="\'{f}\'"/>' for f in FONTS)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
                f'office:mimetype="application/vnd.oasis.opendocument.text">'
                f'<office:font-face-decls>{fonts}</office:font-face-decls>'
                f'<office:styles><style:default-style style:family="paragraph">'
                f'<style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}" fo:language="en" fo:country="US"/>'
                f'</style:default-style>'
                f'<style:style style:name="Standard" style:family="paragraph"/></office:styles>'
                f'<office:automatic-styles><style:page-layout style:name="pm1">'
                f'<style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" '
                f'style:print-orientation="{orient}" fo:margin="{m}"{bp}/></style:page-layout>'
                + "".join(self.pstyles.values()) + "".join(self.tstyles.values())
                + "".join(self.cellstyles.values()) + "".join(self.tablestyles.values()) +
                f'</office:automatic-styles><office:master-styles>'
                f'<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
                f'</office:master-styles><office:body><office:text>'
                + "".join(self.body) + '</office:text></office:body></office:document>')


def P(style, *parts):
    out = []
    for part in parts:
        if isinstance(part, tuple):
            out.append(f'<text:span text:style-name="{part[0]}">{x(part[1])}</text:span>')
        elif part == "\t":
            out.append("<text:tab/>")
        elif part == "\n":
            out.append("<text:line-break/>")
        else:
            out.append(x(part))
    return f'<text:p text:style-name="{style}">' + "".join(out) + "</text:p>"


def fodt_zm08(c):
    g, f = c["gold"], c["f"]
    d = Doc("8.5in", "11in", margin="0.5in", font="Liberation Sans")
    d.ps("Band1", size="26pt", bold=True, color="#ffffff", after="0in", spacing="0.04in")
    d.ps("Band2", size="11pt", color="#ffffff", after="0in")
    d.ps("H", font="Liberation Serif", size="30pt", align="center", before="0.6in", after="0.15in", color="#3c1f66")
    d.ps("C", size="12pt", align="center", after="0.1in", italic=True)
    d.ps("Name", font="Liberation Serif", size="24pt", bold=True, align="center", after="0.2in")
    d.ps("Fmt", size="11pt", align="center", color="#7a4fb3", bold=True, after="0.02in", spacing="0.02in")
    d.ps("Title", font="Liberation Serif", size="17pt", bold=True, align="center", after="0.25in")
    d.ps("Row", size="12pt", align="center", after="0.06in")
    d.ps("Fine", size="8.5pt", color="#444444", before="0.1in", after="0.05in")
    d.ts("B", bold=True)
    d.ts("Sup", sup=True)
    d.cs("band", bg="#3c1f66", padding="0.18in")
    d.cs("plain", padding="0.02in")
    d.table("TBand", "7.5in", ["1.6in", "5.9in"], [[
        ("band", [P("Band1", "ADLM")]),
        ("band", [P("Band2", "Association for Diagnostics & Laboratory Medicine"),
                  P("Band2", "Education & Professional Development")])]])
    d.p("H", "Certificate of Participation")
    d.p("C", "presented to")
    d.p("Name", f["name_printed"])
    d.p("C", "for participating in the")
    d.p("Fmt", f["format_line"])
    d.p("Title", g["title"])
    d.p("Row", "Webinar Date: ", ("B", f["date_printed"]), "     Program ID: ", ("B", g["activity_id"]))
    d.p("Row", "Credit awarded: ", ("B", "1.5 CE hours (ACCENT®)"))
    for _ in range(4):
        d.p("Fine", "")
    d.p("Fine", "ADLM (formerly AACC) designates this activity for a maximum of 1.5 ACCENT® continuing education "
        "credit hours. ADLM is approved as a provider of continuing education programs in the clinical laboratory "
        "sciences by the ASCLS P.A.C.E.® Program. Credit is awarded to participants who attend the live broadcast "
        "in its entirety and complete the evaluation.")
    d.p("Fine", f"Certificate generated {f['generated']}   ·   Questions: contact the ADLM education desk")
    return d.xml()


def fodt_zm13(c):
    g, f = c["gold"], c["f"]
    d = Doc("8.5in", "11in", margin="0.55in", border="1.5pt solid #a35c1b", padding="0.3in",
            font="DejaVu Sans", size="10pt")
    d.ps("Org", font="DejaVu Serif", size="15pt", bold=True, align="center", color="#a35c1b", after="0in")
    d.ps("Short", size="10pt", align="center", after="0.2in", spacing="0.03in")
    d.ps("H", font="DejaVu Serif", size="22pt", align="center", after="0.15in")
    d.ps("C", size="11pt", align="center", after="0.08in")
    d.ps("Name", font="DejaVu Serif", size="19pt", align="center", bold=True, after="0.1in")
    d.ps("Meet", font="DejaVu Serif", size="16pt", align="center", italic=True, after="0.05in")
    d.ps("Cell", size="9.5pt", after="0in")
    d.ps("CellR", size="9.5pt", align="end", after="0in")
    d.ps("CellB", size="9.5pt", bold=True, after="0in")
    d.ps("CellBR", size="9.5pt", bold=True, align="end", after="0in")
    d.ps("Small", size="8.5pt", color="#333333", before="0.08in")
    d.ts("B", bold=True)
    d.cs("hd", bg="#f4e2cf", border_bottom="0.8pt solid #a35c1b", padding="0.05in")
    d.cs("td", border_bottom="0.4pt solid #cccccc", padding="0.05in")
    d.p("Org", "American Society for Clinical Laboratory Science - Georgia")
    d.p("Short", "ASCLS-Georgia · A constituent society of ASCLS")
    d.p("H", "Continuing Education Certificate")
    d.p("C", "This certifies that")
    d.p("Name", f["name_printed"])
    d.p("C", "participated in the")
    d.p("Meet", g["title"])
    d.p("C", f"{f['date_printed']}  ·  {f['location']}")
    d.p("C", "and attended the sessions checked below:")
    rows = [[("hd", [P("CellB", "Attended")]), ("hd", [P("CellB", "Time")]),
             ("hd", [P("CellB", "Session")]), ("hd", [P("CellBR", "Contact Hours")])]]
    for t, s, h in f["sessions"]:
        rows.append([("td", [P("Cell", "☑")]), ("td", [P("Cell", t)]), ("td", [P("Cell", s)]),
                     ("td", [P("CellR", h)])])
    rows.append([("td", [P("Cell", "☐")]), ("td", [P("Cell", "3:45")]),
                 ("td", [P("Cell", "Laboratory Leadership Roundtable (not attended)")]), ("td", [P("CellR", "1.0")])])
    rows.append([("td", [P("Cell", "")]), ("td", [P("Cell", "")]),
                 ("td", [P("CellB", "Total contact hours earned")]), ("td", [P("CellBR", "6.0")])])
    d.table("Sess", "7.0in", ["0.95in", "0.6in", "4.15in", "1.3in"], rows)
    d.p("Small", "P.A.C.E.® Program No. ", ("B", g["activity_id"]),
        f"   ·   P.A.C.E.® Provider #{f['provider_no']}   ·   Level: Intermediate")
    d.p("Small", "American Society for Clinical Laboratory Science - Georgia is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Attendees should "
        "retain this certificate for four years.")
    d.p("Small", "")
    d.p("Small", "____________________________            ____________________________")
    d.p("Small", "Seminar Chair                                                  CE Coordinator, ASCLS-Georgia")
    return d.xml()


def fodt_zm23(c):
    g, f = c["gold"], c["f"]
    d = Doc("11in", "8.5in", margin="0.5in", border="6pt double #7a1f2b", padding="0.35in",
            font="Liberation Serif", size="11pt")
    d.ps("Logo", font="Liberation Sans", size="26pt", bold=True, color="#7a1f2b", align="center", after="0in")
    d.ps("Org", font="Liberation Sans", size="11pt", align="center", after="0.2in")
    d.ps("H", size="28pt", align="center", caps=True, after="0.1in")
    d.ps("C", size="12pt", align="center", italic=True, after="0.06in")
    d.ps("Name", size="24pt", bold=True, align="center", after="0.1in")
    d.ps("Fmt", font="Liberation Sans", size="10pt", align="center", color="#7a1f2b", after="0.02in")
    d.ps("Title", size="17pt", bold=True, align="center", after="0.12in")
    d.ps("Row", size="12pt", align="center", after="0.05in")
    d.ps("Foot", font="Liberation Sans", size="8.5pt", color="#555555", before="0.25in")
    d.ps("H2", font="Liberation Sans", size="14pt", bold=True, break_before=True, after="0.1in", color="#7a1f2b")
    d.ps("H3", font="Liberation Sans", size="11pt", bold=True, before="0.15in", after="0.04in")
    d.ps("Body", size="10.5pt", after="0.06in")
    d.ps("Li", size="10.5pt", after="0.03in", margin_left="0.25in")
    d.ts("B", bold=True)
    d.p("Logo", "ASCP")
    d.p("Org", "American Society for Clinical Pathology")
    d.p("H", "Certificate of Completion")
    d.p("C", "This certifies that")
    d.p("Name", f["name_printed"])
    d.p("C", "participated in the live educational activity")
    d.p("Fmt", f["format_line"])
    d.p("Title", g["title"])
    d.p("Row", "held on ", f["date_printed"])
    d.p("Row", "and is awarded ", ("B", "1.0 CMLE"), "   ·   Activity #: ", ("B", g["activity_id"]))
    d.p("Foot", f"Issued {f['issued']}. Accreditation and learning objectives appear on page 2.")
    d.p("H2", "Accreditation and Credit Designation")
    d.p("Body", "The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME) to provide continuing medical education for physicians. ASCP designates "
        "this live activity for a maximum of 1.0 AMA PRA Category 1 Credit™. Physicians should claim only the credit "
        "commensurate with the extent of their participation in the activity.")
    d.p("Body", "ASCP designates this live activity for a maximum of 1.0 CMLE credit. ASCP CMLE credit is acceptable "
        "to meet the continuing education requirements of the ASCP Board of Certification Credential Maintenance "
        "Program (CMP) and of most state licensure agencies.")
    d.p("H3", "Learning objectives")
    for o in ["Identify the pre-analytical variables that most often invalidate coagulation results.",
              "Describe the effect of a 10% underfill on the citrate-to-blood ratio and on the PT/INR and aPTT.",
              "Recognize hemolysis and heparin contamination and select appropriate corrective action."]:
        d.p("Li", "•  " + o)
    d.p("H3", "Faculty")
    d.p("Body", "Lorraine Vasquez-Holt, MS, MLS(ASCP)SH — Coagulation Laboratory Supervisor, Fairhaven Medical Center")
    d.p("Body", "Planners and faculty have no relevant financial relationships with ineligible companies to disclose.")
    d.p("Foot", f"{g['title']} · Activity #: {g['activity_id']} · Page 2 of 2")
    return d.xml()


def fodt_zm26(c):
    g, f = c["gold"], c["f"]
    d = Doc("8.5in", "11in", margin="0.7in", font="Liberation Sans", size="11pt")
    d.ps("St", size="9pt", color="#1f4e3d", bold=True, spacing="0.05in", after="0in")
    d.ps("Org", size="18pt", bold=True, color="#1f4e3d", after="0in")
    d.ps("Sub", size="12pt", color="#1f4e3d", after="0.3in")
    d.ps("H", font="Liberation Serif", size="24pt", after="0.2in")
    d.ps("Lbl", size="10pt", bold=True, after="0in")
    d.ps("Val", size="11pt", after="0in")
    d.ps("Body", size="10pt", after="0.08in", before="0.1in")
    d.ps("Foot", size="8pt", color="#555555", before="0.4in")
    d.cs("l", padding="0.07in", border_bottom="0.5pt solid #9bb5a9")
    d.cs("v", padding="0.07in", border_bottom="0.5pt solid #9bb5a9")
    d.p("St", "STATE OF VERMONT")
    d.p("Org", "Vermont Department of Health")
    d.p("Sub", "Public Health Laboratory — Training and Outreach")
    d.p("H", "Certificate of Training")
    rows = [
        ("Participant", f["name_printed"]),
        ("Course", g["title"]),
        ("Class #", g["activity_id"]),
        ("Date of training", f["date_printed"]),
        ("Delivery", "Classroom with practical packaging exercise, Colchester, VT"),
        ("Continuing education", "3.0 contact hours (P.A.C.E.®)"),
        ("Certification valid until", f["expires"]),
    ]
    d.table("Info", "7.1in", ["2.0in", "5.1in"],
            [[("l", [P("Lbl", a)]), ("v", [P("Val", b)])] for a, b in rows], align="left")
    d.p("Body", "The participant completed function-specific training for shippers of Division 6.2 infectious "
        "substances, including classification, packaging, marking, labeling and documentation, and passed the written "
        "assessment. Recurrent training is required at least every 24 months.")
    d.p("Body", "This program is approved for continuing education credit through the ASCLS P.A.C.E.® Program.")
    d.p("Body", "")
    d.p("Body", "______________________________")
    d.p("Body", "Laboratory Training Coordinator")
    d.p("Foot", "Vermont Department of Health, Public Health Laboratory · 1200 Hinesburg Road · Colchester, VT 05446")
    return d.xml()


FODT = {"zm08": fodt_zm08, "zm13": fodt_zm13, "zm23": fodt_zm23, "zm26": fodt_zm26}

# ------------------------------------------------------------------ DOCX


def _docx():
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    return Document, Pt, Inches, RGBColor, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement


def _shade(cell, hexcolor):
    _, _, _, _, _, _, qn, OxmlElement = _docx()
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _page_border(section, color="1F3A5F", sz="24", val="double"):
    _, _, _, _, _, _, qn, OxmlElement = _docx()
    sectPr = section._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), "24")
        el.set(qn("w:color"), color)
        pb.append(el)
    sectPr.append(pb)


def _para(doc_or_cell, text="", size=11, bold=False, italic=False, align=None, color=None,
          font=None, after=4, before=0, runs=None):
    Document, Pt, Inches, RGBColor, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement = _docx()
    p = doc_or_cell.add_paragraph()
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    for t, kw in (runs or [(text, {})]):
        r = p.add_run(t)
        r.font.size = Pt(kw.get("size", size))
        r.bold = kw.get("bold", bold)
        r.italic = kw.get("italic", italic)
        col = kw.get("color", color)
        if col:
            r.font.color.rgb = RGBColor.from_string(col)
        fn = kw.get("font", font)
        if fn:
            r.font.name = fn
    return p


def docx_zm07(c, path):
    Document, Pt, Inches, RGBColor, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement = _docx()
    g, f = c["gold"], c["f"]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Inches(0.8))
    _page_border(sec, color="0E6BA8", sz="18", val="single")
    doc.styles["Normal"].font.name = "Liberation Sans"
    _para(doc, runs=[("Media", {"size": 26, "bold": True, "color": "0E6BA8"}),
                     ("Lab", {"size": 26, "bold": True, "color": "F28C28"})], align="center", after=0)
    _para(doc, "MediaLab, Inc. · Continuing Education for Laboratory Professionals", size=9, align="center",
          color="555555", after=18)
    _para(doc, "Certificate of Completion", size=28, align="center", font="Liberation Serif", after=10)
    _para(doc, "This is to certify that", size=12, italic=True, align="center", after=4)
    _para(doc, f["name_printed"], size=24, bold=True, align="center", after=6)
    _para(doc, "has successfully completed the online continuing education course", size=12, italic=True,
          align="center", after=4)
    _para(doc, g["title"], size=16, bold=True, align="center", after=14)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    heads = ["Course ID", "Date Completed", "P.A.C.E.® Contact Hours", "Certificate #"]
    vals = [g["activity_id"], f["date_printed"], "1.0", f["cert_no"]]
    for i in range(4):
        t.cell(0, i).text = ""
        _shade(t.cell(0, i), "DCEBF7")
        _para(t.cell(0, i), heads[i], size=9, bold=True, align="center", after=0)
        _para(t.cell(1, i), vals[i], size=11, align="center", after=0)
    _para(doc, "", after=6)
    _para(doc, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
          "sciences by the ASCLS P.A.C.E.® Program. This course is approved for 1.0 contact hour. "
          f"MediaLab, Inc. is approved by the California Department of Public Health as a CA CLS Accrediting Agency (#{f['ca_agency']}). "
          "Florida Board of Clinical Laboratory Personnel: 1.0 hour, category Safety/Infection Control.",
          size=8, color="444444", align="justify", after=0)
    doc.save(path)


def docx_zm14(c, path):
    Document, Pt, Inches, RGBColor, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement = _docx()
    g, f = c["gold"], c["f"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(1))
    sec.top_margin, sec.bottom_margin = Inches(0.7), Inches(0.7)
    doc.styles["Normal"].font.name = "Liberation Serif"
    _para(doc, "Saint Brigid Regional Medical Center", size=20, bold=True, color="2E4A7D", after=0)
    _para(doc, "Department of Laboratory Medicine · Education Committee", size=11, italic=True,
          color="2E4A7D", after=2)
    _para(doc, "_" * 78, size=9, color="2E4A7D", after=18)
    _para(doc, "IN-SERVICE ATTENDANCE CERTIFICATE", size=16, bold=True, align="center", after=14)
    _para(doc, "The individual named below attended the following laboratory in-service education session "
          "and is awarded continuing education credit as shown.", size=11, after=12)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [("Attendee", f["name_printed"]), ("Employee ID", f["employee"]),
            ("Session", g["title"]), ("In-service Class #", g["activity_id"]),
            ("Presenter", f["presenter"]), ("Date presented", f["date_printed"]),
            ("Location", "Laboratory Conference Room B-114"),
            ("Credit", "1.0 CE hour")]
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Inches(1.7), Inches(4.8)
        _shade(cells[0], "E8EEF7")
        cells[0].paragraphs[0].add_run(a).bold = True
        cells[1].paragraphs[0].add_run(b)
    _para(doc, "", after=18)
    _para(doc, "This in-service meets the criteria for laboratory continuing education as documented by the "
          "Department of Laboratory Medicine and may be used toward certification maintenance requirements. "
          "Retain this certificate for your records.", size=10, after=30)
    _para(doc, "______________________________          Date: " + f["signed"], size=11, after=0)
    _para(doc, "Laboratory Education Coordinator", size=10, after=40)
    _para(doc, "Saint Brigid Regional Medical Center, Department of Laboratory Medicine · 2200 Harrow Road · "
          "Dayton, OH 45409 · Form LM-ED-07 (rev. 2023)", size=8, color="666666", align="center", after=0)
    doc.save(path)


def docx_zm19(c, path):
    Document, Pt, Inches, RGBColor, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement = _docx()
    g, f = c["gold"], c["f"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(1.1))
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    _para(doc, "CALLOWAY UNIVERSITY MEDICAL CENTER", size=15, bold=True, color="5B2333", after=0)
    _para(doc, "Department of Pathology and Laboratory Medicine", size=11, color="5B2333", after=0)
    _para(doc, "600 Bramwell Avenue · Rochester, NY 14620 · Telephone (585) 555-0142",
          size=8.5, color="666666", after=24)
    _para(doc, f["letter_date"], after=14)
    _para(doc, "Ms. " + f["name_printed"], after=0)
    _para(doc, "Hematology and Flow Cytometry Laboratory", after=0)
    _para(doc, "Calloway University Medical Center", after=14)
    _para(doc, runs=[("Re: Confirmation of continuing education attendance", {"bold": True})], after=12)
    _para(doc, "Dear Ms. Ní Bhriain:", after=10)
    _para(doc, "This letter confirms that " + f["name_printed"] + ", attended the Hematopathology Case Conference "
          "session, \u201c" + g["title"] + ",\u201d held on " + f["date_printed"] + ", from 4:00 to 6:00 p.m. in the "
          "Whitcombe Auditorium. The session was presented by members of the hematopathology faculty and the "
          "flow cytometry laboratory staff.", align="justify", after=10)
    _para(doc, "Based on the attendance roster and the completed session evaluation, she is awarded 2.0 CE hours "
          "for this program (Program Code: " + g["activity_id"] + "). The Department of Pathology and Laboratory "
          "Medicine maintains attendance records for a minimum of five years.", align="justify", after=10)
    _para(doc, "Please keep this letter with your continuing education records. Do not hesitate to contact our "
          "office if you need further documentation.", align="justify", after=18)
    _para(doc, "Sincerely,", after=30)
    _para(doc, "Harriet M. Osei-Lindqvist, PhD, MLS(ASCP)", after=0)
    _para(doc, "Director, Laboratory Continuing Education", after=0)
    _para(doc, "Department of Pathology and Laboratory Medicine", after=40)
    _para(doc, "Calloway University Medical Center, Department of Pathology and Laboratory Medicine",
          size=8, color="666666", align="center", after=0)
    doc.save(path)


def docx_zm24(c, path):
    Document, Pt, Inches, RGBColor, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement = _docx()
    g, f = c["gold"], c["f"]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Inches(0.6))
    doc.styles["Normal"].font.name = "Liberation Sans"
    band = doc.add_table(rows=1, cols=1)
    _shade(band.cell(0, 0), "12263F")
    _para(band.cell(0, 0), runs=[("ARCTURUS MOLECULAR ACADEMY", {"size": 20, "bold": True, "color": "FFFFFF"})],
          after=0)
    _para(band.cell(0, 0), "Arcturus Molecular Academy — clinical education from the makers of the Arcturus "
          "RespiPlex system", size=9, color="C9D6E8", after=2)
    _para(doc, "", after=4)
    _para(doc, "Certificate of Completion", size=26, font="Liberation Serif", color="12263F", after=2)
    _para(doc, f["format_line"], size=11, italic=True, color="C0392B", after=0)
    _para(doc, g["title"], size=17, bold=True, after=12)
    t = doc.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width, right.width = Inches(4.4), Inches(5.2)
    _shade(left, "EEF2F7")
    left.paragraphs[0].text = ""
    for a, b in [("LEARNER", f["name_printed"]), ("CUSTOMER ID", f["customer"]),
                 ("ENROLLED", f["enrolled"]), ("INSTITUTION", "Mercy Hollow Community Hospital")]:
        _para(left, a, size=8, bold=True, color="5A6B82", after=0)
        _para(left, b, size=12, after=6)
    for a, b in [("COMPLETED", f["date_printed"]), ("OFFERING ID", g["activity_id"]),
                 ("CREDIT AWARDED", "1.0 P.A.C.E.® contact hour"),
                 ("ASSESSMENT", "Post-test passed, 9/10 (90%)")]:
        _para(right, a, size=8, bold=True, color="5A6B82", after=0)
        _para(right, b, size=12, after=6)
    _para(doc, "", after=8)
    _para(doc, "Arcturus Molecular Academy is approved as a provider of continuing education programs in the clinical "
          "laboratory sciences by the ASCLS P.A.C.E.® Program. This educational activity is free of promotional "
          "content; product names are used for identification only. © 2025 Arcturus Molecular, Inc.",
          size=8, color="555555", after=0)
    doc.save(path)


DOCX = {"zm07": docx_zm07, "zm14": docx_zm14, "zm19": docx_zm19, "zm24": docx_zm24}


def _soffice(src, out_pdf):
    os.makedirs(PROFILE, exist_ok=True)
    outdir = os.path.join(SRC, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out_pdf)


def render(c, out_pdf):
    os.makedirs(SRC, exist_ok=True)
    if c["producer"] == "fodt":
        src = os.path.join(SRC, c["id"] + ".fodt")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(FODT[c["id"]](c))
    else:
        src = os.path.join(SRC, c["id"] + ".docx")
        DOCX[c["id"]](c, src)
    _soffice(src, out_pdf)
