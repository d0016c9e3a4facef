#!/usr/bin/python3
"""Build the z26 blind test set: zz01.pdf ... zz40.pdf plus zzNN.gold.json.

Usage (from anywhere):  /usr/bin/python3 build.py [zz05 zz17 ...]
With no arguments every certificate is rebuilt.  Everything is written next
to this script; scratch sources go to .build/ and browser/office profiles to
.profiles/ (neither is part of the set).  Converters run one at a time.
"""
import json
import os
import sys
from html import escape as hx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine  # noqa: E402
from engine import ps_escape as pe  # noqa: E402

HERE = engine.HERE
CERTS = []


def cert(**gold):
    def deco(fn):
        g = dict(gold)
        assert g["unit"] in ("contact hour", "CMLE", "CE hour", "CEU"), g["unit"]
        pts = round(g["credits"] * (10 if g["unit"] == "CEU" else 1), 2)
        g.setdefault("points", pts)
        assert abs(g["points"] - pts) < 1e-9, (g["id"], g["points"], pts)
        CERTS.append((g, fn))
        return fn
    return deco


GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date",
             "credits", "unit", "points", "provider", "activity_id"]


def x(s):
    """XML/HTML text escape."""
    return hx(s, quote=False)


# ---------------------------------------------------------------- FODT helpers
FODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" '
           'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def fps(name, align="start", size=11, bold=False, italic=False, font="Liberation Serif",
        color="#000000", before="0in", after="0.04in", caps=False, spacing=None,
        margin_left=None, keep=False, line_height=None):
    """Automatic paragraph style for a flat ODT document."""
    pp = 'fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s"' % (align, before, after)
    if margin_left:
        pp += ' fo:margin-left="%s"' % margin_left
    if line_height:
        pp += ' fo:line-height="%s"' % line_height
    tp = 'style:font-name="%s" fo:font-size="%spt" fo:color="%s" fo:hyphenate="false"' % (font, size, color)
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if caps:
        tp += ' fo:font-variant="small-caps"'
    if spacing:
        tp += ' fo:letter-spacing="%s"' % spacing
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
            '<style:text-properties %s/></style:style>' % (name, pp, tp))


def fodt_doc(styles, body, width="8.5in", height="11in", margins=("0.8in", "0.9in", "0.8in", "0.9in"),
             border=None, padding="0in"):
    orient = "landscape" if float(width[:-2]) > float(height[:-2]) else "portrait"
    bd = ' fo:border="%s" fo:padding="%s"' % (border, padding) if border else ""
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="URW Bookman" svg:font-family="'URW Bookman'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="P052" svg:font-family="P052" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Nimbus Sans" svg:font-family="'Nimbus Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="%s" fo:margin-right="%s" fo:margin-bottom="%s" fo:margin-left="%s"%s/></style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="6.5in" table:align="center"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ital" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%%"/></style:style>
 %s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
""" % (FODT_NS, width, height, orient, margins[0], margins[1], margins[2], margins[3], bd,
       "\n ".join(styles), body)


def P(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else x(text))


# ---------------------------------------------------------------- DOCX helpers
def docx_new(landscape=False, margins=0.8, font="Liberation Serif", size=11):
    from docx import Document
    from docx.shared import Inches, Pt
    from docx.enum.section import WD_ORIENT
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Inches(margins))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    for k in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + k, font)
    return d


def docx_page_border(d, val="double", sz=18, color="1F3864", space=24):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sect = d.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        pb.append(e)
    # pgBorders must follow pgMar/pgSz in schema order; LibreOffice is lenient
    sect.append(pb)


def dpara(d, text="", size=None, bold=False, italic=False, align="center", before=0, after=2,
          color=None, font=None, spacing=None, caps=False):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    p = d.add_paragraph()
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if caps:
            r.font.small_caps = True
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
            rpr = r._element.get_or_add_rPr()
            rf = rpr.find(qn("w:rFonts"))
            if rf is None:
                rf = OxmlElement("w:rFonts")
                rpr.insert(0, rf)
            for k in ("ascii", "hAnsi", "cs"):
                rf.set(qn("w:" + k), font)
        if spacing:
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            r._element.get_or_add_rPr().append(sp)
    return p


def drun(p, text, size=None, bold=False, italic=False, color=None, superscript=False):
    from docx.shared import Pt, RGBColor
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if superscript:
        r.font.superscript = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def dcell(cell, text, size=10, bold=False, italic=False, align="left", color=None, shade=None):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_before = Pt(2.5)
    p.paragraph_format.space_after = Pt(2.5)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if shade:
        tcpr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)


def dwidths(table, inches):
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, inches):
            c.width = Inches(w)


# ---------------------------------------------------------------- ReportLab helpers
def rl_centre_wrap(c, text, font, size, cx, y, maxw, leading):
    """Draw centred wrapped text; return the y below the last line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= maxw:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    c.setFont(font, size)
    for ln in lines:
        c.drawCentredString(cx, y, ln)
        y -= leading
    return y


def rl_left_wrap(c, text, font, size, x0, y, maxw, leading):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= maxw:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    c.setFont(font, size)
    for ln in lines:
        c.drawString(x0, y, ln)
        y -= leading
    return y


def rl_seal(c, cx, cy, r, top, mid, color):
    """A simple two-ring seal with a short word in the middle."""
    from reportlab.lib.colors import HexColor
    c.saveState()
    c.setStrokeColor(HexColor(color))
    c.setFillColor(HexColor(color))
    c.setLineWidth(2)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.setLineWidth(0.8)
    c.circle(cx, cy, r - 5, stroke=1, fill=0)
    import math
    n = 36
    for i in range(n):
        a = 2 * math.pi * i / n
        c.line(cx + (r - 5) * math.cos(a), cy + (r - 5) * math.sin(a),
               cx + (r - 9) * math.cos(a), cy + (r - 9) * math.sin(a))
    c.setFont("Helvetica-Bold", r * 0.42)
    c.drawCentredString(cx, cy - r * 0.05, top)
    c.setFont("Helvetica", r * 0.2)
    c.drawCentredString(cx, cy - r * 0.38, mid)
    c.restoreState()


# =====================================================================
# Certificates
# =====================================================================

# ---------------------------------------------------------------- zz01
@cert(id="zz01", style="ascp", producer="chromium",
      layout=["centred-award", "landscape", "border", "seal", "signature-block", "format-line",
              "long-title-then-label", "credentials-after-name", "hyphenated-name"],
      notes="Format line 'On-Demand Webinar' sits between the verb and the title; the two-line title is "
            "followed directly by 'Date of Completion:'. Issue date and customer ID are distractors.",
      name="Marisol Quintero-Vance",
      title="Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocyte Counting and Reporting",
      date="2025-04-17", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="W2504-117")
def zz01(out):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0; }
body { margin:0; font-family: 'Liberation Serif', serif; color:#1d2b44; }
.page { width:11in; height:8.5in; box-sizing:border-box; padding:0.4in; }
.frame { border:7px double #8c6a2c; height:100%; box-sizing:border-box; padding:0.3in 0.8in 0.2in; text-align:center; position:relative; }
.org { font-family:'Liberation Sans',sans-serif; font-size:15pt; font-weight:bold; color:#0a3a6b; margin-top:0.05in; }
.cert { font-size:38pt; font-variant:small-caps; color:#8c6a2c; margin:0.12in 0 0.1in; }
.lead { font-size:14pt; font-style:italic; margin:0.06in 0; }
.name { font-size:30pt; font-weight:bold; margin:0.04in 0 0.08in; }
.name sup { font-size:14pt; }
.fmt { font-family:'Liberation Sans',sans-serif; font-size:12pt; letter-spacing:0; text-transform:none; color:#0a3a6b; margin:0.08in 0 0.04in; font-weight:bold; }
.title { font-size:19pt; font-weight:bold; width:7.4in; margin:0 auto; line-height:1.2; }
.date { font-size:13pt; margin-top:0.06in; }
.award { font-size:14pt; margin-top:0.14in; }
.seal { position:absolute; left:0.35in; bottom:0.55in; width:1.25in; height:1.25in; border-radius:50%; border:4px solid #8c6a2c;
        box-shadow: inset 0 0 0 5px #fff, inset 0 0 0 7px #8c6a2c; display:flex; flex-direction:column; justify-content:center; align-items:center;
        font-family:'Liberation Sans',sans-serif; color:#8c6a2c; }
.seal b { font-size:22pt; } .seal span { font-size:8pt; }
.sig { position:absolute; left:3.2in; bottom:0.55in; width:3.0in; text-align:center; font-size:11pt; }
.sig .line { border-top:1px solid #333; padding-top:3px; }
.sig .script { font-family:'URW Bookman',serif; font-style:italic; font-size:18pt; color:#23395d; }
.meta { position:absolute; right:0.35in; bottom:0.6in; text-align:left; font-family:'Liberation Sans',sans-serif; font-size:9.5pt; line-height:1.45; }
.foot { position:absolute; left:0.5in; right:0.5in; bottom:0.12in; font-size:8.5pt; font-family:'Liberation Sans',sans-serif; color:#444; }
</style></head><body><div class="page"><div class="frame">
<div class="org">American Society for Clinical Pathology</div>
<div class="cert">Certificate of Completion</div>
<div class="lead">This certifies that</div>
<div class="name">Marisol Quintero-Vance, MLS(ASCP)<sup>CM</sup></div>
<div class="lead">has successfully completed the</div>
<div class="fmt">On-Demand Webinar</div>
<div class="title">Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocyte Counting and Reporting</div>
<div class="date">Date of Completion: April 17, 2025</div>
<div class="award">and is awarded <b>1.0 CMLE credit</b></div>
<div class="seal"><b>ASCP</b><span>CMLE &#183; CMP</span></div>
<div class="sig"><div class="script">Elena M. Forsythe</div><div class="line">Elena M. Forsythe, MD, FASCP<br>Chief Medical Officer</div></div>
<div class="meta">Course Code: W2504-117<br>Customer ID: 10489327<br>Issued: April 18, 2025</div>
<div class="foot">ASCP designates this activity for 1.0 CMLE credit. CMLE credits are accepted by the ASCP Board of Certification for the Credential Maintenance Program (CMP).</div>
</div></div></body></html>"""
    engine.chromium(html, out, "zz01")


# ---------------------------------------------------------------- zz02
@cert(id="zz02", style="aabb", producer="libreoffice-fodt",
      layout=["letter-style", "portrait", "left-aligned", "format-line", "multi-credit", "claimed-vs-maximum",
              "signature-block", "credentials-after-name"],
      notes="Letter from AABB; 'eCast' is a format line on its own above the title. P.A.C.E. contact hours "
            "claimed 1.25 of a 1.5 maximum; AMA PRA figure is a distractor. Letter date and member ID are distractors.",
      name="Theodore Amankwah",
      title="Patient Blood Management in Cardiac Surgery: Auditing Transfusion Triggers and Outcomes",
      date="2025-02-26", credits=1.25, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="107-221-25")
def zz02(out):
    st = [
        fps("Logo", size=30, bold=True, font="Liberation Sans", color="#b3122e", after="0in"),
        fps("Org", size=11, font="Liberation Sans", color="#333333", after="0in"),
        fps("Addr", size=8.5, font="Liberation Sans", color="#666666", after="0.35in"),
        fps("Body", size=11, after="0.12in", line_height="125%"),
        fps("BodyTight", size=11, after="0in"),
        fps("Fmt", size=10, bold=True, font="Liberation Sans", color="#b3122e", before="0.1in", after="0.02in", margin_left="0.4in"),
        fps("Ttl", size=13, bold=True, after="0.05in", margin_left="0.4in"),
        fps("Ind", size=11, after="0.02in", margin_left="0.4in"),
        fps("Small", size=9, color="#333333", after="0.08in", line_height="120%"),
        fps("Sig", size=16, italic=True, font="URW Bookman", color="#1f3864", before="0.15in", after="0in"),
    ]
    b = [
        P("Logo", "AABB"),
        P("Org", "Association for the Advancement of Blood & Biotherapies"),
        P("Addr", "Bethesda, Maryland  ·  www.aabb.org  ·  Education Department"),
        P("BodyTight", "March 5, 2025"),
        P("Body", ""),
        P("BodyTight", "Theodore Amankwah, MT(ASCP)SBB"),
        P("Body", "AABB Member ID: 004417829"),
        P("Body", "Dear Mr. Amankwah:"),
        P("Body", "Thank you for participating in the following AABB educational activity. Please retain this "
                  "letter as your certificate of completion and record of credit."),
        P("Fmt", "eCast"),
        P("Ttl", "Patient Blood Management in Cardiac Surgery: Auditing Transfusion Triggers and Outcomes"),
        P("Ind", "Date of participation: February 26, 2025"),
        P("Ind", "Program No. 107-221-25"),
        P("Ind", "Credit claimed: 1.25 ASCLS P.A.C.E.® contact hours (maximum available: 1.5)"),
        P("Body", ""),
        P("Small", "AABB is approved as a provider of continuing education programs in the clinical laboratory "
                   "sciences by the ASCLS P.A.C.E.® Program. This eCast is approved for a maximum of 1.5 contact hours."),
        P("Small", "AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide "
                   "continuing medical education for physicians. AABB designates this live activity for a maximum of "
                   "1.5 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the "
                   "extent of their participation in the activity."),
        P("Body", "Sincerely,"),
        P("Sig", "Renata Oyelaran-Fisk"),
        P("BodyTight", "Renata Oyelaran-Fisk, MBA"),
        P("BodyTight", "Director, Education Programs"),
    ]
    engine.fodt(fodt_doc(st, "\n".join(b), margins=("0.7in", "1in", "0.7in", "1in")), out, "zz02")


# ---------------------------------------------------------------- zz03
@cert(id="zz03", style="cap", producer="tcpdf",
      layout=["centred-award", "landscape", "border", "seal", "multi-credit", "claimed-vs-maximum", "small-table",
              "long-title-then-label", "credentials-after-name"],
      notes="CAP enduring material with a credit table: AMA PRA maximum 2.0, P.A.C.E. maximum 2.0 / claimed 1.5. "
            "Gold is the claimed P.A.C.E. figure. Order No. is a distractor.",
      name="Hannah R. Lindqvist",
      title="Digital Pathology Validation for Primary Diagnosis: Applying the Updated Guideline to Whole Slide Imaging",
      date="2024-11-08", credits=1.5, unit="contact hour",
      provider=["College of American Pathologists", "CAP"], activity_id="EM24-3318")
def zz03(out):
    code = engine.TCPDF_HEAD + r"""
$p = new CertPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetMargins(25, 15, 25); $p->SetAutoPageBreak(false);
$p->SetCreator('CAP Learning'); $p->AddPage();
$p->SetLineStyle(array('width'=>1.6, 'color'=>array(0,56,101))); $p->Rect(8, 8, 263.4, 199.9);
$p->SetLineStyle(array('width'=>0.4, 'color'=>array(0,56,101))); $p->Rect(11, 11, 257.4, 193.9);
// seal
$p->SetLineStyle(array('width'=>1.2, 'color'=>array(0,56,101))); $p->Circle(245, 32, 14); $p->Circle(245, 32, 11.5);
$p->SetFont('helvetica','B',13); $p->SetTextColor(0,56,101); $p->SetXY(231, 27.5); $p->Cell(28, 6, 'CAP', 0, 0, 'C');
$p->SetFont('helvetica','',5.5); $p->SetXY(231, 34); $p->Cell(28, 3, 'ACCREDITED CE', 0, 0, 'C');
$p->SetFont('times','B',17); $p->SetXY(25, 20); $p->Cell(0, 8, 'College of American Pathologists', 0, 1, 'C');
$p->SetFont('times','',30); $p->SetTextColor(120,90,30); $p->SetXY(25, 33); $p->Cell(0, 14, 'Certificate of Completion', 0, 1, 'C');
$p->SetTextColor(20,20,20);
$p->SetFont('times','I',13); $p->SetXY(25, 52); $p->Cell(0, 7, 'This is to certify that', 0, 1, 'C');
$p->SetFont('times','B',24); $p->SetXY(25, 61); $p->Cell(0, 11, 'Hannah R. Lindqvist, MLS(ASCP)CM', 0, 1, 'C');
$p->SetFont('times','I',13); $p->SetXY(25, 75); $p->Cell(0, 7, 'has completed the enduring material', 0, 1, 'C');
$p->SetFont('times','B',16); $p->SetXY(45, 84);
$p->MultiCell(189, 7, 'Digital Pathology Validation for Primary Diagnosis: Applying the Updated Guideline to Whole Slide Imaging', 0, 'C');
$p->SetFont('times','',12.5); $p->SetXY(25, $p->GetY() + 1); $p->Cell(0, 7, 'Date completed: 08 Nov 2024', 0, 1, 'C');
// credit table
$p->SetFont('helvetica','B',9.5); $p->SetFillColor(225,232,240);
$x0 = 72; $y = 112;
$p->SetXY($x0, $y); $p->Cell(75, 6.5, 'Credit type', 1, 0, 'L', true); $p->Cell(30, 6.5, 'Maximum', 1, 0, 'C', true); $p->Cell(30, 6.5, 'Claimed', 1, 1, 'C', true);
$p->SetFont('helvetica','',9.5);
$p->SetX($x0); $p->Cell(75, 6.5, 'AMA PRA Category 1 Credits™', 1, 0, 'L'); $p->Cell(30, 6.5, '2.0', 1, 0, 'C'); $p->Cell(30, 6.5, '—', 1, 1, 'C');
$p->SetX($x0); $p->Cell(75, 6.5, 'ASCLS P.A.C.E.® contact hours', 1, 0, 'L'); $p->Cell(30, 6.5, '2.0', 1, 0, 'C'); $p->Cell(30, 6.5, '1.5', 1, 1, 'C');
$p->SetFont('helvetica','',9.5); $p->SetXY(72, 136); $p->Cell(135, 5, 'Activity ID: EM24-3318          Order No. 61722094', 0, 1, 'C');
// signature
$p->SetFont('times','I',15); $p->SetTextColor(30,50,90); $p->SetXY(30, 150); $p->Cell(80, 7, 'Marcus J. Ellery', 0, 1, 'C');
$p->SetLineStyle(array('width'=>0.3, 'color'=>array(60,60,60))); $p->Line(35, 158, 105, 158);
$p->SetTextColor(20,20,20); $p->SetFont('helvetica','',9); $p->SetXY(30, 159); $p->Cell(80, 4.5, 'Marcus J. Ellery, MD, FCAP', 0, 1, 'C');
$p->SetX(30); $p->Cell(80, 4.5, 'Chair, Council on Education', 0, 1, 'C');
$p->SetFont('helvetica','',7.6); $p->SetXY(118, 148);
$p->MultiCell(135, 3.6, 'The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 0, 'J');
$p->SetFont('helvetica','',7); $p->SetTextColor(110,110,110); $p->SetXY(25, 196); $p->Cell(0, 4, 'College of American Pathologists  ·  325 Waukegan Road, Northfield, IL 60093  ·  cap.org', 0, 0, 'C');
$p->Output($out, 'F');
"""
    engine.php(code, out, "zz03")

# ---------------------------------------------------------------- zz04
@cert(id="zz04", style="ascls", producer="docx-libreoffice",
      layout=["two-column-label-value", "portrait", "border", "date-range-distractor", "session-certificate",
              "credentials-after-name", "signature-block"],
      notes="ASCLS annual-meeting session certificate in a label/value table. Meeting dates June 22-26 are a "
            "distractor; the session date (June 24) is gold. Registration ID is a distractor. ASCLS is both the "
            "provider and the P.A.C.E. administrator here.",
      name="Kwame A. Boateng",
      title="Antimicrobial Susceptibility Testing of Anaerobes: When, Why, and How",
      date="2025-06-24", credits=1.0, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="2025-AM-318")
def zz04(out):
    d = docx_new(margins=0.9, font="Liberation Sans", size=10.5)
    docx_page_border(d, val="single", sz=12, color="00557F", space=20)
    dpara(d, "American Society for Clinical Laboratory Science", size=15, bold=True, color="00557F", after=0)
    dpara(d, "ASCLS 2025 Annual Meeting  |  Orlando, Florida", size=10.5, color="444444", after=14)
    dpara(d, "Certificate of Attendance", size=26, font="Liberation Serif", color="222222", after=4)
    dpara(d, "Individual session record for P.A.C.E.® continuing education credit", size=10, italic=True, after=16)
    rows = [
        ("Participant", "Kwame A. Boateng, MLS(ASCP)CM"),
        ("Meeting", "ASCLS 2025 Annual Meeting"),
        ("Meeting dates", "June 22–26, 2025"),
        ("Session title", "Antimicrobial Susceptibility Testing of Anaerobes: When, Why, and How"),
        ("Session No.", "2025-AM-318"),
        ("Session date", "Tuesday, June 24, 2025"),
        ("P.A.C.E.® contact hours", "1.0"),
        ("Registration ID", "R-558102"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        dcell(t.rows[i].cells[0], k, size=10, bold=True, shade="E6EEF4")
        dcell(t.rows[i].cells[1], v, size=10.5)
    dwidths(t, [2.0, 4.6])
    dpara(d, "", after=10)
    dpara(d, "The American Society for Clinical Laboratory Science (ASCLS) administers the P.A.C.E.® "
             "(Professional Acknowledgment for Continuing Education) program. This session has been approved "
             "for 1.0 P.A.C.E.® contact hour. Retain this certificate for your records; ASCLS does not issue duplicates "
             "after 24 months.", size=8.5, align="justify", color="333333", after=24)
    dpara(d, "Lorraine Batiste-Kim", size=15, italic=True, font="URW Bookman", color="1F3864", align="left", after=0)
    dpara(d, "Lorraine Batiste-Kim, EdD, MLS(ASCP)CM", size=9.5, align="left", after=0)
    dpara(d, "Chair, ASCLS Education and Scientific Assembly", size=9.5, align="left", after=0)
    engine.docx(d, out, "zz04")


# ---------------------------------------------------------------- zz05
@cert(id="zz05", style="pace-provider", producer="fpdf",
      layout=["centred-award", "portrait", "border", "provider-only-in-accreditation-statement",
              "program-no-without-colon", "presented-by-distractor", "signature-block", "credentials-after-name"],
      notes="The provider is named only as the subject of the P.A.C.E. approval statement at the foot. "
            "'Program No. 233-118-24' has no colon. Certificate No., presenter and signer are distractors.",
      name="Rosalind Achterberg",
      title="Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis: Reading the Chromatogram",
      date="2024-09-12", credits=1.5, unit="contact hour",
      provider=["Northfield Regional Laboratory Alliance"], activity_id="233-118-24")
def zz05(out):
    code = engine.FPDF_HEAD + r"""
$p = new FPDF('P', 'mm', 'Letter'); $p->SetAutoPageBreak(false); $p->AddPage();
$p->SetDrawColor(46, 84, 61); $p->SetLineWidth(2.2); $p->Rect(10, 10, 195.9, 259.4);
$p->SetLineWidth(0.5); $p->Rect(14, 14, 187.9, 251.4);
$p->SetTextColor(46, 84, 61);
$p->SetFont('Times', 'B', 26); $p->SetXY(20, 40); $p->Cell(175.9, 12, w('CERTIFICATE OF'), 0, 1, 'C');
$p->SetX(20); $p->Cell(175.9, 12, w('CONTINUING EDUCATION'), 0, 1, 'C');
$p->SetDrawColor(160, 130, 60); $p->SetLineWidth(0.8); $p->Line(70, 70, 146, 70);
$p->SetTextColor(30, 30, 30);
$p->SetFont('Times', 'I', 14); $p->SetXY(20, 84); $p->Cell(175.9, 8, w('This is to certify that'), 0, 1, 'C');
$p->SetFont('Times', 'B', 24); $p->SetXY(20, 97); $p->Cell(175.9, 12, w('Rosalind Achterberg, MLS(ASCP)'), 0, 1, 'C');
$p->SetFont('Times', 'I', 14); $p->SetXY(20, 116); $p->Cell(175.9, 8, w('attended the educational program'), 0, 1, 'C');
$p->SetFont('Times', 'B', 17); $p->SetXY(30, 128);
$p->MultiCell(155.9, 8, w('Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis: Reading the Chromatogram'), 0, 'C');
$p->SetFont('Times', '', 12.5); $p->SetXY(20, $p->GetY() + 2);
$p->Cell(175.9, 7, w('Presented by Lydia Marchetti, PhD, DABCC'), 0, 1, 'C');
$p->SetX(20); $p->Cell(175.9, 7, w('on September 12, 2024'), 0, 1, 'C');
$p->SetFont('Times', 'B', 14); $p->SetXY(20, $p->GetY() + 6);
$p->Cell(175.9, 8, w('and is awarded 1.5 contact hours'), 0, 1, 'C');
$p->SetFont('Times', '', 12); $p->SetX(20); $p->Cell(175.9, 7, w('Program No. 233-118-24'), 0, 1, 'C');
// signature
$p->SetDrawColor(60, 60, 60); $p->SetLineWidth(0.3); $p->Line(62, 214, 154, 214);
$p->SetFont('Times', 'I', 16); $p->SetTextColor(30, 45, 90); $p->SetXY(62, 205); $p->Cell(92, 8, w('Gerald T. Maddox'), 0, 1, 'C');
$p->SetTextColor(30, 30, 30); $p->SetFont('Times', '', 10.5); $p->SetXY(62, 215); $p->Cell(92, 5, w('Gerald T. Maddox, MS, MLS(ASCP)'), 0, 1, 'C');
$p->SetX(62); $p->Cell(92, 5, w('Program Coordinator'), 0, 1, 'C');
$p->SetFont('Arial', '', 8); $p->SetXY(24, 238);
$p->MultiCell(167.9, 4, w('Northfield Regional Laboratory Alliance is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$p->SetFont('Arial', '', 7.5); $p->SetTextColor(110, 110, 110); $p->SetXY(24, 252); $p->Cell(167.9, 4, w('Certificate No. 24-0917'), 0, 0, 'R');
$p->Output('F', $out);
"""
    engine.php(code, out, "zz05")


# ---------------------------------------------------------------- zz06
@cert(id="zz06", style="labce", producer="reportlab-canvas",
      layout=["portrait", "labels-above-values", "small-table", "safety-in-title", "accented-name",
              "credentials-after-name", "long-title-then-label"],
      notes="LabCE online course. Course No., completion date and contact hours are in a small table with "
            "labels above values. Florida provider number, transcript ID and print date are distractors.",
      name="Zoë Castellanos",
      title="Biological Safety Cabinets: Selection, Use, and Certification in the Clinical Laboratory",
      date="2024-08-21", credits=1.0, unit="contact hour",
      provider=["LabCE"], activity_id="1187")
def zz06(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor, white
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle("LabCE Certificate of Completion")
    teal = HexColor("#00718f")
    c.setFillColor(teal)
    c.rect(0, H - 95, W, 95, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(54, H - 60, "LabCE")
    c.setFont("Helvetica", 10)
    c.drawString(56, H - 80, "Online Continuing Education for the Clinical Laboratory")
    c.setFillColor(HexColor("#222222"))
    c.setFont("Times-Roman", 32)
    c.drawCentredString(W / 2, H - 165, "Certificate of Completion")
    c.setFont("Times-Italic", 13)
    c.drawCentredString(W / 2, H - 205, "This certificate is awarded to")
    c.setFont("Times-Bold", 26)
    c.drawCentredString(W / 2, H - 245, "Zoë Castellanos, MLS(ASCP)CM")
    c.setStrokeColor(teal)
    c.setLineWidth(1)
    c.line(130, H - 255, W - 130, H - 255)
    c.setFont("Times-Italic", 13)
    c.drawCentredString(W / 2, H - 285, "for successfully completing the online course")
    y = rl_centre_wrap(c, "Biological Safety Cabinets: Selection, Use, and Certification in the Clinical Laboratory",
                       "Times-Bold", 17, W / 2, H - 320, 400, 22)
    # small table, labels above values
    y -= 18
    x0, cw = 96, 140
    c.setFillColor(HexColor("#e3f1f5"))
    c.rect(x0, y - 4, cw * 3, 20, stroke=0, fill=1)
    c.setFillColor(HexColor("#00506a"))
    c.setFont("Helvetica-Bold", 10)
    for i, lab in enumerate(["Course No.", "Date Completed", "P.A.C.E.® Contact Hours"]):
        c.drawCentredString(x0 + cw * i + cw / 2, y + 2, lab)
    c.setFillColor(HexColor("#111111"))
    c.setFont("Helvetica", 12)
    for i, val in enumerate(["1187", "08/21/2024", "1.0"]):
        c.drawCentredString(x0 + cw * i + cw / 2, y - 20, val)
    c.setStrokeColor(HexColor("#9cc7d3"))
    c.rect(x0, y - 30, cw * 3, 50, stroke=1, fill=0)
    c.line(x0, y - 4, x0 + cw * 3, y - 4)
    # signature
    c.setFont("Times-Italic", 17)
    c.setFillColor(HexColor("#1b3558"))
    c.drawCentredString(W / 2, 205, "Annika Sorensen-Pryce")
    c.setStrokeColor(HexColor("#555555"))
    c.line(W / 2 - 110, 198, W / 2 + 110, 198)
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica", 9.5)
    c.drawCentredString(W / 2, 185, "Annika Sorensen-Pryce, MLS(ASCP)CM")
    c.drawCentredString(W / 2, 172, "Director of Content Development")
    c.setFont("Helvetica", 8.2)
    c.setFillColor(HexColor("#333333"))
    rl_centre_wrap(c, "LabCE is approved as a provider of continuing education programs in the clinical laboratory "
                      "sciences by the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel "
                      "provider #50-12637. California and Florida licensees: retain this certificate for four years.",
                   "Helvetica", 8.2, W / 2, 120, 470, 11)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(HexColor("#777777"))
    c.drawString(54, 40, "Transcript ID: T-0093312")
    c.drawRightString(W - 54, 40, "Printed on 09/02/2024  ·  Page 1 of 1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- zz07
@cert(id="zz07", style="medialab", producer="reportlab-platypus",
      layout=["centred-award", "portrait", "labels-above-values", "small-table", "suffix-name", "ethics-in-title"],
      notes="MediaLab course; the title spans the full table row and the course ID / date / hours sit in a row "
            "of labels with values below. Customer number is a distractor.",
      name="Bartholomew Nakagawa III",
      title="Laboratory Ethics: Patient Confidentiality, Conflicts of Interest, and Professional Conduct",
      date="2025-03-08", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="4471")
def zz07(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    navy = colors.HexColor("#203864")
    S = lambda n, **k: ParagraphStyle(n, **k)
    logo = S("logo", fontName="Helvetica-Bold", fontSize=26, textColor=colors.HexColor("#e07b00"), alignment=TA_CENTER, leading=30)
    sub = S("sub", fontName="Helvetica", fontSize=10, textColor=colors.HexColor("#555555"), alignment=TA_CENTER, leading=13)
    big = S("big", fontName="Times-Bold", fontSize=30, textColor=navy, alignment=TA_CENTER, leading=36, spaceBefore=30)
    it = S("it", fontName="Times-Italic", fontSize=13, alignment=TA_CENTER, leading=18, spaceBefore=14)
    nm = S("nm", fontName="Times-Bold", fontSize=26, alignment=TA_CENTER, leading=32, spaceBefore=6)
    lab = S("lab", fontName="Helvetica-Bold", fontSize=9, textColor=colors.HexColor("#666666"), alignment=TA_CENTER, leading=11)
    labl = S("labl", fontName="Helvetica-Bold", fontSize=9, textColor=colors.HexColor("#666666"), alignment=TA_LEFT, leading=11)
    val = S("val", fontName="Helvetica", fontSize=12, alignment=TA_CENTER, leading=15)
    ttl = S("ttl", fontName="Times-Bold", fontSize=15, alignment=TA_LEFT, leading=19)
    small = S("small", fontName="Helvetica", fontSize=8.5, alignment=TA_CENTER, leading=11, textColor=colors.HexColor("#333333"))

    def frame(c, doc):
        c.saveState()
        c.setStrokeColor(navy)
        c.setLineWidth(3)
        c.rect(0.45 * inch, 0.45 * inch, 7.6 * inch, 10.1 * inch)
        c.setStrokeColor(colors.HexColor("#e07b00"))
        c.setLineWidth(1)
        c.rect(0.55 * inch, 0.55 * inch, 7.4 * inch, 9.9 * inch)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawCentredString(4.25 * inch, 0.7 * inch, "MediaLab, Inc.  ·  Continuing education for laboratory professionals  ·  Customer #: 20-884117")
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.9 * inch, bottomMargin=0.9 * inch, title="Certificate of Completion")
    grid = Table([
        [Paragraph("COURSE TITLE", labl), "", ""],
        [Paragraph("Laboratory Ethics: Patient Confidentiality, Conflicts of Interest, and Professional Conduct", ttl), "", ""],
        [Paragraph("COURSE ID", lab), Paragraph("DATE COMPLETED", lab), Paragraph("CONTACT HOURS", lab)],
        [Paragraph("4471", val), Paragraph("March 8, 2025", val), Paragraph("1.0", val)],
    ], colWidths=[2.1 * inch] * 3)
    grid.setStyle(TableStyle([
        ("SPAN", (0, 0), (2, 0)), ("SPAN", (0, 1), (2, 1)),
        ("BOX", (0, 0), (-1, -1), 0.8, navy),
        ("LINEABOVE", (0, 2), (-1, 2), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#f1f3f8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story = [
        Paragraph("MediaLab", logo), Paragraph("MediaLab, Inc.", sub),
        Paragraph("Certificate of Completion", big),
        Paragraph("Awarded to", it),
        Paragraph("Bartholomew Nakagawa III", nm),
        Paragraph("for successfully completing the course", it),
        Spacer(1, 16), grid, Spacer(1, 40),
        Paragraph("MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
                  "sciences by the ASCLS P.A.C.E.® Program. This course is approved for 1.0 contact hour.", small),
        Spacer(1, 36),
        Paragraph("<font name='Times-Italic' size='16' color='#203864'>Douglas Fairweather</font>", S("sg", alignment=TA_CENTER, leading=20)),
        Paragraph("Douglas Fairweather, MHA, MT(ASCP)<br/>Vice President, Education", S("sg2", fontName="Helvetica", fontSize=9.5, alignment=TA_CENTER, leading=12)),
    ]
    doc.build(story, onFirstPage=frame)


def af_field(c, name, x, y, w, h=16, size=11, font="Helvetica", flags=""):
    from reportlab.lib.colors import black, white
    c.acroForm.textfield(name=name, tooltip=name, x=x, y=y, width=w, height=h, value="",
                         fontName=font, fontSize=size, borderWidth=0, borderColor=white, fillColor=white,
                         textColor=black, forceBorder=False, fieldFlags=flags)

# ---------------------------------------------------------------- zz08
@cert(id="zz08", style="adlm", producer="acroform-qpdf",
      layout=["form", "landscape", "labels-above-values", "border", "credentials-after-name", "hyphenated-name",
              "format-in-field"],
      notes="Filled and flattened AcroForm. Labels sit above boxed values in columns (Participant | Date of "
            "Completion, then Activity ID | Format | ACCENT contact hours). 'Live Webinar' is in a Format field, "
            "not part of the title. Customer No. is a distractor.",
      name="Li-Wei Chen",
      title="Mass Spectrometry in the Routine Laboratory: Validating a Serum Steroid Panel",
      date="2024-10-30", credits=1.5, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="24WB-0629")
def zz08(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.colors import HexColor, white
    W, H = landscape(letter)
    blue, grey = HexColor("#003b71"), HexColor("#5b6770")

    def tpl(path):
        c = canvas.Canvas(path, pagesize=(W, H))
        c.setTitle("ADLM Certificate of Participation")
        c.setStrokeColor(blue)
        c.setLineWidth(4)
        c.rect(24, 24, W - 48, H - 48)
        c.setFillColor(blue)
        c.rect(24, H - 110, W - 48, 86, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 40)
        c.drawString(56, H - 84, "ADLM")
        c.setFont("Helvetica", 13)
        c.drawString(190, H - 66, "Association for Diagnostics & Laboratory Medicine")
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(190, H - 84, "Better health through laboratory medicine")
        c.setFillColor(HexColor("#1a1a1a"))
        c.setFont("Times-Bold", 30)
        c.drawCentredString(W / 2, H - 160, "Certificate of Participation")
        c.setFont("Times-Italic", 12)
        c.drawCentredString(W / 2, H - 182, "This document records the continuing education activity completed by the participant named below.")

        def box(label, x, y, w, h=36):
            c.setFont("Helvetica-Bold", 8.5)
            c.setFillColor(grey)
            c.drawString(x, y + h + 4, label.upper())
            c.setStrokeColor(HexColor("#9aa7b2"))
            c.setLineWidth(0.8)
            c.rect(x, y, w, h, stroke=1, fill=0)
        x0, full = 64, W - 128
        box("Participant", x0, H - 262, 430)
        af_field(c, "participant", x0 + 8, H - 254, 414, 20, size=15, font="Helvetica-Bold")
        box("Date of Completion", x0 + 450, H - 262, full - 450)
        af_field(c, "date", x0 + 458, H - 254, full - 466, 20, size=13)
        box("Activity Title", x0, H - 330, full)
        af_field(c, "title", x0 + 8, H - 322, full - 16, 20, size=12.5, font="Helvetica-Bold")
        box("Activity ID", x0, H - 398, 200)
        af_field(c, "actid", x0 + 8, H - 390, 184, 20, size=12)
        box("Format", x0 + 220, H - 398, 210)
        af_field(c, "format", x0 + 228, H - 390, 194, 20, size=12)
        box("ACCENT® Contact Hours", x0 + 450, H - 398, full - 450)
        af_field(c, "hours", x0 + 458, H - 390, full - 466, 20, size=12)
        c.setFont("Helvetica", 8)
        c.setFillColor(HexColor("#333333"))
        rl_left_wrap(c, "ADLM is approved by the ACCENT® Accreditation Committee to offer continuing education for "
                        "laboratory professionals. ADLM designates this activity for 1.5 ACCENT® contact hours. "
                        "Participants should claim only the hours corresponding to the time actually spent in the activity.",
                     "Helvetica", 8, x0, H - 440, 400, 10.5)
        c.setFont("Times-Italic", 16)
        c.setFillColor(blue)
        c.drawCentredString(W - 190, 105, "Ruth Okonjo-Baker")
        c.setStrokeColor(HexColor("#444444"))
        c.line(W - 300, 98, W - 80, 98)
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#222222"))
        c.drawCentredString(W - 190, 86, "Ruth Okonjo-Baker, PhD, DABCC")
        c.drawCentredString(W - 190, 74, "Chair, ADLM Education Committee")
        c.setFont("Helvetica", 8)
        c.setFillColor(grey)
        c.drawString(64, 48, "Customer No.")
        af_field(c, "cust", 122, 44, 120, 14, size=8)
        c.drawRightString(W - 64, 48, "myadlm.org  ·  Certificates may be reprinted from your learning transcript.")
        c.showPage()
        c.save()

    engine.acroform(tpl, {
        "participant": "Li-Wei Chen, PhD, DABCC",
        "date": "October 30, 2024",
        "title": "Mass Spectrometry in the Routine Laboratory: Validating a Serum Steroid Panel",
        "actid": "24WB-0629",
        "format": "Live Webinar",
        "hours": "1.5",
        "cust": "7730915",
    }, out, "zz08")


# ---------------------------------------------------------------- zz09
@cert(id="zz09", style="nsh", producer="ghostscript",
      layout=["centred-award", "landscape", "border", "seal", "date-range-distractor", "session-certificate",
              "grossing-in-title", "orientation-in-title", "credentials-after-name"],
      notes="Hand-written PostScript. NSH symposium workshop certificate: symposium range Aug 23-28 is a "
            "distractor, the session date Aug 25 is gold. Title contains 'Grossing' and 'Orientation' (real "
            "title words, not a format). Badge No. is a distractor.",
      name="Tamsin O'Rourke",
      title="Grossing Small Biopsies: Orientation, Inking, and Embedding Pitfalls",
      date="2024-08-25", credits=3.0, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="W-117")
def zz09(out):
    W, H = 792, 612
    L = lambda s: "(" + pe(s) + ")"
    ps = engine.PS_PROLOG + """
<< /PageSize [%d %d] >> setpagedevice
0.42 0.13 0.33 setrgbcolor
5 setlinewidth 22 22 748 568 rectstroke
1.2 setlinewidth 32 32 728 548 rectstroke
%% seal
gsave 0.42 0.13 0.33 setrgbcolor 2 setlinewidth
newpath 396 150 40 0 360 arc stroke
0.8 setlinewidth newpath 396 150 34 0 360 arc stroke
20 /HB F %s 396 147 C
6 /HR F %s 396 134 C
grestore
0.42 0.13 0.33 setrgbcolor
20 /TB F %s 396 530 C
0.2 setgray
11 /HR F %s 396 510 C
0.42 0.13 0.33 setrgbcolor
40 /TR F %s 396 455 C
0.1 setgray
15 /TI F %s 396 420 C
28 /TB F %s 396 385 C
15 /TI F %s 396 350 C
22 /TB F %s 396 318 C
13 /TR F %s 396 284 C
13 /TB F %s 396 262 C
%% signature
0.15 0.2 0.45 setrgbcolor 17 /TI F %s 210 150 C
0.3 setgray 0.6 setlinewidth 110 142 200 hline
0.1 setgray 10 /HR F %s 210 128 C %s 210 115 C
0.15 0.2 0.45 setrgbcolor 17 /TI F %s 582 150 C
0.3 setgray 482 142 200 hline
0.1 setgray 10 /HR F %s 582 128 C %s 582 115 C
8 /HR F 0.25 setgray %s 396 70 C %s 396 59 C
7.5 /HR F 0.45 setgray %s 742 42 R
showpage
""" % (W, H, L("NSH"), L("HISTOTECHNOLOGY"),
       L("National Society for Histotechnology"),
       L("NSH 2024 Annual Symposium/Convention  \u2022  August 23\u201328, 2024  \u2022  Providence, Rhode Island"),
       L("Certificate of Attendance"),
       L("This certifies that"),
       L("Tamsin O'Rourke, HTL(ASCP)CM"),
       L("attended the hands-on workshop"),
       L("Grossing Small Biopsies: Orientation, Inking, and Embedding Pitfalls"),
       L("Session date: August 25, 2024          Session No. W-117"),
       L("Contact hours awarded: 3.0"),
       L("Delphine Arceneaux"), L("Delphine Arceneaux, HTL(ASCP)QIHC"), L("NSH President"),
       L("Graham P. Whitcombe"), L("Graham P. Whitcombe, HT(ASCP)"), L("Chair, Education Committee"),
       L("NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program."),
       L("Contact hours are granted only for sessions attended in full. Keep this certificate for a minimum of four years."),
       L("Badge No. 20418"))
    engine.ghostscript(ps, out, "zz09")


# ---------------------------------------------------------------- zz10
@cert(id="zz10", style="amt", producer="chromium",
      layout=["centred-award", "portrait", "border", "all-caps-name", "suffix-name", "safety-in-title",
              "signature-block"],
      notes="AMT certificate with the name in capitals and a Jr. suffix. CE hours. Member number and print "
            "date are distractors.",
      name="REGINALD O. PEMBERTON JR.",
      title="Phlebotomy Safety Refresher: Needlestick Prevention and Exposure Response",
      date="2025-01-09", credits=2.0, unit="CE hour",
      provider=["American Medical Technologists", "AMT"], activity_id="AMT-25-0093")
def zz10(out):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0; }
body { margin:0; font-family:'C059', 'Liberation Serif', serif; color:#222; }
.page { width:8.5in; height:11in; box-sizing:border-box; padding:0.5in; }
.frame { height:100%; box-sizing:border-box; border:3px solid #0b4f3c; outline:1px solid #0b4f3c; outline-offset:-10px; padding:0.6in 0.6in 0.4in; text-align:center; position:relative; }
.logo { font-family:'Liberation Sans',sans-serif; font-weight:bold; font-size:40pt; color:#0b4f3c; letter-spacing:0; }
.org { font-family:'Liberation Sans',sans-serif; font-size:13pt; color:#0b4f3c; margin-top:-4px; }
h1 { font-weight:normal; font-size:24pt; margin:0.45in 0 0.1in; }
.sub { font-size:12pt; color:#555; }
.lead { font-size:12pt; letter-spacing:0; margin-top:0.45in; }
.name { font-size:20pt; font-weight:bold; margin:0.12in 0 0.3in; white-space:nowrap; }
.title { font-size:18pt; font-style:italic; width:5.6in; margin:0.1in auto 0.15in; line-height:1.25; }
.kv { font-size:12.5pt; line-height:1.7; }
.sig { position:absolute; bottom:1.25in; left:0; right:0; display:flex; justify-content:space-around; font-family:'Liberation Sans',sans-serif; font-size:9.5pt; }
.sig div { width:2.6in; border-top:1px solid #444; padding-top:4px; }
.script { font-family:'URW Bookman',serif; font-style:italic; font-size:15pt; color:#1f3864; margin-bottom:4px; border:none !important; }
.foot { position:absolute; bottom:0.3in; left:0.4in; right:0.4in; font-family:'Liberation Sans',sans-serif; font-size:8pt; color:#555; }
.foot .r { display:flex; justify-content:space-between; margin-top:6px; }
</style></head><body><div class="page"><div class="frame">
<div class="logo">AMT</div>
<div class="org">American Medical Technologists</div>
<h1>Certificate of Continuing Education</h1>
<div class="sub">Certification Continuation Program</div>
<div class="lead">THIS CERTIFIES THAT</div>
<div class="name">REGINALD O. PEMBERTON JR., RPT(AMT)</div>
<div class="lead" style="margin-top:0">has completed</div>
<div class="title">Phlebotomy Safety Refresher: Needlestick Prevention and Exposure Response</div>
<div class="kv">Completion Date: January 9, 2025<br>Activity ID: AMT-25-0093<br>Credit: <b>2.0 CE Hours</b></div>
<div class="sig">
  <div style="border:none"><div class="script">Veronica Delgado-Harms</div><div style="border-top:1px solid #444;width:auto;padding-top:4px">Veronica Delgado-Harms, MT(AMT)<br>Director, Continuing Education</div></div>
  <div style="border:none"><div class="script">Oliver Strand</div><div style="border-top:1px solid #444;width:auto;padding-top:4px">Oliver Strand, MBA<br>Executive Director</div></div>
</div>
<div class="foot">This activity is approved by American Medical Technologists for 2.0 CE hours toward AMT Certification
Continuation Program (CCP) requirements. AMT does not verify attendance at activities offered by other organizations.
<div class="r"><span>AMT Member No. 1187735</span><span>Printed 02/14/2025</span></div></div>
</div></div></body></html>"""
    engine.chromium(html, out, "zz10")

# ---------------------------------------------------------------- zz11
@cert(id="zz11", style="asm", producer="libreoffice-fodt",
      layout=["centred-award", "landscape", "border", "meeting-attendance", "date-range", "honorific-and-credentials",
              "meeting-in-title", "signature-block"],
      notes="Attendance at a whole branch meeting with no session title: the title is the meeting name. The "
            "meeting ran October 16-18; gold date is the last day. Leading 'Dr.' and trailing PhD, D(ABMM) are "
            "not part of the name.",
      name="Ingrid Solveig Haugen",
      title="ASM Tri-State Branch Annual Meeting 2024",
      date="2024-10-18", credits=11.5, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"], activity_id="TSB-2024")
def zz11(out):
    st = [
        fps("Org", align="center", size=17, bold=True, font="Liberation Sans", color="#00573f", after="0in"),
        fps("Sub", align="center", size=9.5, font="Liberation Sans", color="#555555", after="0.25in"),
        fps("Big", align="center", size=34, font="C059", color="#00573f", after="0.15in"),
        fps("Lead", align="center", size=13, italic=True, after="0.05in"),
        fps("Name", align="center", size=26, bold=True, font="C059", after="0.1in"),
        fps("Mtg", align="center", size=21, bold=True, font="C059", color="#1d1d1d", after="0.04in"),
        fps("Info", align="center", size=12.5, after="0.03in"),
        fps("Cred", align="center", size=13, bold=True, before="0.12in", after="0.03in"),
        fps("Sig", align="center", size=15, italic=True, font="URW Bookman", color="#1f3864", before="0.3in", after="0in"),
        fps("SigT", align="center", size=9.5, font="Liberation Sans", after="0in"),
        fps("Fine", align="center", size=8, font="Liberation Sans", color="#444444", before="0.18in", after="0in"),
    ]
    b = [
        P("Org", "American Society for Microbiology"),
        P("Sub", "Tri-State Branch  ·  Pennsylvania  ·  New Jersey  ·  Delaware"),
        P("Big", "Certificate of Attendance"),
        P("Lead", "This is to certify that"),
        P("Name", "Dr. Ingrid Solveig Haugen, PhD, D(ABMM)"),
        P("Lead", "attended the"),
        P("Mtg", "ASM Tri-State Branch Annual Meeting 2024"),
        P("Info", "held October 16–18, 2024, at the Keystone Conference Center, Harrisburg, Pennsylvania"),
        P("Cred", "Total P.A.C.E.® contact hours: 11.5"),
        P("Info", "Event ID: TSB-2024"),
        P("Sig", "Corinne Abernathy-Lutz"),
        P("SigT", "Corinne Abernathy-Lutz, PhD, D(ABMM), Branch President"),
        P("Fine", "ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                  "the ASCLS P.A.C.E.® Program. Contact hours reflect full attendance at scientific sessions; workshops "
                  "carry separate certificates."),
    ]
    engine.fodt(fodt_doc(st, "\n".join(b), width="11in", height="8.5in",
                         margins=("0.45in", "0.45in", "0.4in", "0.45in"),
                         border="6pt double #00573f", padding="0.3in"), out, "zz11")


# ---------------------------------------------------------------- zz12
@cert(id="zz12", style="clsi", producer="docx-libreoffice",
      layout=["centred-award", "portrait", "border", "format-line", "long-title-then-label",
              "program-no-without-colon", "credentials-after-name", "signature-block"],
      notes="'LIVE WEBINAR' is a format line between the verb line and the title; the two-line title is "
            "directly followed by 'Webinar Date:'. 'Program No.' without a colon. Order # is a distractor.",
      name="Yusuf A. Warsame",
      title="Verifying Precision and Trueness of Quantitative Measurement Procedures: A Practical Walk-Through of EP15",
      date="2025-05-14", credits=1.5, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="512-009-25")
def zz12(out):
    d = docx_new(margins=1.0, font="Liberation Serif", size=11)
    docx_page_border(d, val="thinThickSmallGap", sz=24, color="2E4A7D", space=24)
    dpara(d, "CLSI", size=34, bold=True, font="Liberation Sans", color="2E4A7D", after=0)
    dpara(d, "Clinical and Laboratory Standards Institute", size=12, font="Liberation Sans", color="444444", after=30)
    dpara(d, "Certificate of Completion", size=30, color="222222", after=24)
    dpara(d, "Awarded to", size=13, italic=True, after=8)
    dpara(d, "Yusuf A. Warsame, MS, MLS(ASCP)CM", size=22, bold=True, after=16)
    dpara(d, "for participation in the", size=13, italic=True, after=10)
    dpara(d, "LIVE WEBINAR", size=11, bold=True, font="Liberation Sans", color="2E4A7D", after=4)
    dpara(d, "Verifying Precision and Trueness of Quantitative Measurement Procedures: A Practical Walk-Through of EP15",
          size=16, bold=True, after=4)
    dpara(d, "Webinar Date: May 14, 2025", size=12, after=14)
    dpara(d, "1.5 P.A.C.E.® Contact Hours", size=13, bold=True, after=2)
    dpara(d, "Program No. 512-009-25", size=11, after=40)
    p = dpara(d, "Helena Vasquez-Moreau", size=16, italic=True, font="URW Bookman", color="1F3864", after=0)
    dpara(d, "Helena Vasquez-Moreau, PhD", size=10, font="Liberation Sans", after=0)
    dpara(d, "Director, Education and Training", size=10, font="Liberation Sans", after=30)
    dpara(d, "CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences "
             "by the ASCLS P.A.C.E.® Program.", size=8.5, font="Liberation Sans", color="333333", after=2)
    dpara(d, "Order #: 0000938821", size=8, font="Liberation Sans", color="777777", align="right", after=0)
    engine.docx(d, out, "zz12")


# ---------------------------------------------------------------- zz13
@cert(id="zz13", style="state-society", producer="fpdf",
      layout=["centred-award", "landscape", "border", "format-line", "session-certificate", "date-range-distractor",
              "program-no-without-colon", "credentials-after-name"],
      notes="Regional society symposium. 'Spring Symposium' is a format line between the verb line and the "
            "session title. Session date April 10 is gold; the symposium range April 10-11 is a distractor.",
      name="Alondra Saucedo",
      title="Cold Agglutinins, Lipemia, and Other Pre-Analytical Interferences in Hematology Analyzers",
      date="2025-04-10", credits=1.0, unit="contact hour",
      provider=["Carolinas Society for Clinical Laboratory Science", "CSCLS"], activity_id="144-302-25")
def zz13(out):
    code = engine.FPDF_HEAD + r"""
$p = new FPDF('L', 'mm', 'Letter'); $p->SetAutoPageBreak(false); $p->AddPage();
$p->SetFillColor(122, 31, 43); $p->Rect(0, 0, 279.4, 6, 'F'); $p->Rect(0, 209.9, 279.4, 6, 'F');
$p->SetDrawColor(122, 31, 43); $p->SetLineWidth(0.8); $p->Rect(12, 14, 255.4, 187.9);
$p->SetTextColor(122, 31, 43);
$p->SetFont('Helvetica', 'B', 16); $p->SetXY(12, 24); $p->Cell(255.4, 8, w('Carolinas Society for Clinical Laboratory Science'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 10); $p->SetTextColor(80, 80, 80); $p->SetX(12); $p->Cell(255.4, 5, w('CSCLS  ·  A constituent society serving North and South Carolina'), 0, 1, 'C');
$p->SetFont('Times', 'B', 32); $p->SetTextColor(30, 30, 30); $p->SetXY(12, 45); $p->Cell(255.4, 14, w('Certificate of Attendance'), 0, 1, 'C');
$p->SetFont('Times', 'I', 13); $p->SetXY(12, 66); $p->Cell(255.4, 7, w('This acknowledges that'), 0, 1, 'C');
$p->SetFont('Times', 'B', 24); $p->SetXY(12, 76); $p->Cell(255.4, 11, w('Alondra Saucedo, MLS(ASCP)CM'), 0, 1, 'C');
$p->SetFont('Times', 'I', 13); $p->SetXY(12, 92); $p->Cell(255.4, 7, w('has attended the following session at the'), 0, 1, 'C');
$p->SetFont('Helvetica', 'B', 12); $p->SetTextColor(122, 31, 43); $p->SetXY(12, 101); $p->Cell(255.4, 7, w('Spring Symposium'), 0, 1, 'C');
$p->SetTextColor(30, 30, 30); $p->SetFont('Times', 'B', 18); $p->SetXY(40, 110);
$p->MultiCell(199.4, 8.5, w('Cold Agglutinins, Lipemia, and Other Pre-Analytical Interferences in Hematology Analyzers'), 0, 'C');
$p->SetFont('Times', '', 12); $p->SetXY(12, $p->GetY() + 3);
$p->Cell(255.4, 6.5, w('Session date: April 10, 2025'), 0, 1, 'C');
$p->SetX(12); $p->Cell(255.4, 6.5, w('Symposium: April 10–11, 2025, Hilton Garden Pavilion, Charlotte, North Carolina'), 0, 1, 'C');
$p->SetFont('Times', 'B', 13); $p->SetXY(12, $p->GetY() + 4); $p->Cell(255.4, 7, w('1.0 P.A.C.E.® contact hour'), 0, 1, 'C');
$p->SetFont('Times', '', 11.5); $p->SetX(12); $p->Cell(255.4, 6, w('Program No. 144-302-25'), 0, 1, 'C');
$p->SetDrawColor(70, 70, 70); $p->SetLineWidth(0.3);
$p->Line(40, 177, 110, 177); $p->Line(169.4, 177, 239.4, 177);
$p->SetFont('Times', 'I', 14); $p->SetTextColor(30, 45, 90);
$p->SetXY(40, 169); $p->Cell(70, 7, w('Beatrice Okafor'), 0, 0, 'C'); $p->SetXY(169.4, 169); $p->Cell(70, 7, w('Leland Hartsfield'), 0, 0, 'C');
$p->SetFont('Helvetica', '', 8.5); $p->SetTextColor(30, 30, 30);
$p->SetXY(40, 178.5); $p->Cell(70, 4, w('Beatrice Okafor, MS, MLS(ASCP)CM'), 0, 2, 'C'); $p->Cell(70, 4, w('CSCLS President'), 0, 0, 'C');
$p->SetXY(169.4, 178.5); $p->Cell(70, 4, w('Leland Hartsfield, MLS(ASCP)'), 0, 2, 'C'); $p->Cell(70, 4, w('Symposium Education Chair'), 0, 0, 'C');
$p->SetFont('Helvetica', '', 7.5); $p->SetTextColor(90, 90, 90); $p->SetXY(20, 192);
$p->MultiCell(239.4, 3.6, w('CSCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$p->Output('F', $out);
"""
    engine.php(code, out, "zz13")


# ---------------------------------------------------------------- zz14
@cert(id="zz14", style="hospital-inservice", producer="reportlab-canvas",
      layout=["two-column-label-value", "landscape", "border", "department-provider", "safety-in-title",
              "presented-by-distractor", "hyphenated-name", "credentials-after-name", "signature-block"],
      notes="Hospital in-service issued by the laboratory education department: provider is the hospital and "
            "'hospital, department' (printed on two lines). Employee ID and presenter are distractors; "
            "'Class No.' is the activity ID.",
      name="Cordelia Whitfield-Ames",
      title="Annual Laboratory Safety Update: Fire, Chemical Hygiene, and Bloodborne Pathogens",
      date="2025-01-22", credits=1.0, unit="contact hour",
      provider=["St. Brennan Medical Center", "St. Brennan Medical Center, Laboratory Education Department"],
      activity_id="LS-2025-01")
def zz14(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.colors import HexColor
    W, H = landscape(letter)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("In-Service Attendance Certificate")
    plum = HexColor("#4b2e83")
    c.setStrokeColor(plum)
    c.setLineWidth(2.5)
    c.roundRect(30, 30, W - 60, H - 60, 14)
    # cross-like emblem
    c.setFillColor(plum)
    c.rect(62, H - 112, 14, 44, stroke=0, fill=1)
    c.rect(47, H - 97, 44, 14, stroke=0, fill=1)
    c.setFont("Times-Bold", 22)
    c.drawString(108, H - 86, "St. Brennan Medical Center")
    c.setFont("Helvetica", 11.5)
    c.setFillColor(HexColor("#444444"))
    c.drawString(108, H - 104, "Laboratory Education Department")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(W - 60, H - 86, "2100 Larkspur Boulevard")
    c.drawRightString(W - 60, H - 98, "Cedar Falls, Iowa 50613")
    c.setFillColor(HexColor("#111111"))
    c.setFont("Times-Roman", 28)
    c.drawCentredString(W / 2, H - 165, "In-Service Attendance Certificate")
    rows = [
        ("Name:", "Cordelia Whitfield-Ames, MLT(ASCP)"),
        ("Employee ID:", "004512"),
        ("In-Service:", "Annual Laboratory Safety Update: Fire, Chemical Hygiene, and Bloodborne Pathogens"),
        ("Presenter:", "Victor Ahn, MS, CHMM, Environmental Health & Safety"),
        ("Date:", "01/22/2025"),
        ("Class No.:", "LS-2025-01"),
        ("Continuing education:", "1.0 contact hour"),
    ]
    y = H - 215
    for k, v in rows:
        c.setFont("Helvetica-Bold", 11.5)
        c.setFillColor(plum)
        c.drawRightString(250, y, k)
        c.setFillColor(HexColor("#111111"))
        if k == "In-Service:":
            y2 = rl_left_wrap(c, v, "Helvetica-Bold", 12.5, 262, y, 430, 16)
            y = y2 - 10
        else:
            c.setFont("Helvetica", 12)
            c.drawString(262, y, v)
            y -= 26
    c.setFont("Helvetica", 8.5)
    c.setFillColor(HexColor("#333333"))
    rl_left_wrap(c, "St. Brennan Medical Center is approved as a provider of continuing education programs in the "
                    "clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This in-service also satisfies the "
                    "annual safety training requirement of the laboratory safety plan.",
                 "Helvetica", 8.5, 60, 118, 330, 11)
    c.setFont("Times-Italic", 16)
    c.setFillColor(HexColor("#26306a"))
    c.drawCentredString(W - 200, 110, "Janelle Moreau")
    c.setStrokeColor(HexColor("#444444"))
    c.setLineWidth(0.6)
    c.line(W - 320, 103, W - 80, 103)
    c.setFillColor(HexColor("#111111"))
    c.setFont("Helvetica", 9.5)
    c.drawCentredString(W - 200, 90, "Janelle Moreau, MS, MLS(ASCP)CM")
    c.drawCentredString(W - 200, 77, "Medical Laboratory Education Coordinator")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- zz15
@cert(id="zz15", style="public-health-lab", producer="reportlab-platypus",
      layout=["two-column-label-value", "portrait", "expiry-date-distractor", "accented-name", "signature-block",
              "format-in-field"],
      notes="Public health laboratory training record in a label/value table. 'Certification valid through' "
            "(expiry) is a distractor; 'Format' row is not part of the title. Training ID is the activity ID.",
      name="Mateo Ibarra Solís",
      title="Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)",
      date="2025-03-19", credits=4.0, unit="contact hour",
      provider=["Lakeshore County Public Health Laboratory"], activity_id="PHL-DG-2503")
def zz15(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    green = colors.HexColor("#1d5c4a")
    S = lambda n, **k: ParagraphStyle(n, **k)
    hdr = S("hdr", fontName="Helvetica-Bold", fontSize=15, textColor=green, leading=19)
    hdr2 = S("hdr2", fontName="Helvetica", fontSize=9.5, textColor=colors.HexColor("#444444"), leading=12)
    big = S("big", fontName="Times-Bold", fontSize=26, alignment=TA_CENTER, leading=32, spaceBefore=34, spaceAfter=8)
    intro = S("intro", fontName="Times-Roman", fontSize=11.5, alignment=TA_CENTER, leading=15, spaceAfter=18)
    k = S("k", fontName="Helvetica-Bold", fontSize=10.5, textColor=green, alignment=TA_RIGHT, leading=13)
    v = S("v", fontName="Helvetica", fontSize=11, leading=14)
    vb = S("vb", fontName="Helvetica-Bold", fontSize=11.5, leading=14.5)
    fine = S("fine", fontName="Helvetica", fontSize=8.5, leading=11, textColor=colors.HexColor("#333333"))
    sig = S("sig", fontName="Times-Italic", fontSize=15, textColor=colors.HexColor("#1f3864"), leading=18)
    sigt = S("sigt", fontName="Helvetica", fontSize=9.5, leading=12)
    head = Table([[Paragraph("Lakeshore County Public Health Laboratory", hdr), Paragraph("Training &amp; Outreach<br/>480 Harbor Street<br/>Port Ellery, MI 49301<br/>Phone (231) 555-0147", hdr2)]],
                 colWidths=[4.7 * inch, 2.0 * inch])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), 2, green),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    rows = [
        ("Trainee", Paragraph("Mateo Ibarra Solís", vb)),
        ("Employer", Paragraph("Northgate Community Hospital Laboratory", v)),
        ("Training", Paragraph("Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)", vb)),
        ("Training ID", Paragraph("PHL-DG-2503", v)),
        ("Format", Paragraph("Instructor-led, hands-on (in person)", v)),
        ("Date completed", Paragraph("March 19, 2025", v)),
        ("Certification valid through", Paragraph("March 19, 2027", v)),
        ("Contact hours", Paragraph("4.0 (ASCLS P.A.C.E.®)", v)),
    ]
    t = Table([[Paragraph(a, k), b] for a, b in rows], colWidths=[2.2 * inch, 4.5 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 7),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#c8d6d1"))]))
    sigs = Table([[Paragraph("Harriet Lindgren", sig), Paragraph("Dr. Samuel Okeke", sig)],
                  [Paragraph("Harriet Lindgren, MPH, SM(ASCP)<br/>Training Coordinator", sigt),
                   Paragraph("Samuel Okeke, PhD, HCLD(ABB)<br/>Laboratory Director", sigt)]],
                 colWidths=[3.35 * inch, 3.35 * inch])
    sigs.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black), ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                              ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12)]))
    story = [head, Paragraph("Training Certificate", big),
             Paragraph("The individual named below has successfully completed the following training, including the "
                       "practical packaging exercise and written assessment.", intro),
             t, Spacer(1, 22),
             Paragraph("The Lakeshore County Public Health Laboratory is approved as a provider of continuing education "
                       "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Shipper training "
                       "under 49 CFR 172.704 and IATA DGR 1.5 must be renewed before the date shown above.", fine),
             Spacer(1, 46), sigs]
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title="Training Certificate")
    doc.build(story)

# ---------------------------------------------------------------- zz16
@cert(id="zz16", style="joint-accreditation", producer="acroform-qpdf",
      layout=["form", "portrait", "multi-credit", "claimed-vs-maximum", "department-provider", "series-prefix-title",
              "small-table", "credentials-after-name", "accented-name"],
      notes="Jointly accredited provider (ACCME/ACPE/ANCC fixed statement). Credit table lists AMA PRA and ANCC "
            "maximums 1.25 with nothing claimed and P.A.C.E. 1.0 claimed. 'Tumor Board Series:' belongs to the "
            "title. Provider is the health system and its office.",
      name="Beatriz Amaral",
      title="Tumor Board Series: Molecular Profiling in Non-Small Cell Lung Cancer",
      date="2025-06-05", credits=1.0, unit="contact hour",
      provider=["Calloway Health System", "Calloway Health System, Office of Continuing Professional Development"],
      activity_id="25-RSS-041")
def zz16(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor
    W, H = letter
    teal, grey = HexColor("#0f5e68"), HexColor("#555555")

    def tpl(path):
        c = canvas.Canvas(path, pagesize=letter)
        c.setTitle("Certificate of Participation")
        c.setFillColor(teal)
        c.rect(0, H - 20, W, 20, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(54, H - 68, "Calloway Health System")
        c.setFont("Helvetica", 11)
        c.setFillColor(grey)
        c.drawString(54, H - 86, "Office of Continuing Professional Development")
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(teal)
        c.drawRightString(W - 54, H - 66, "JOINTLY ACCREDITED PROVIDER")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 54, H - 78, "INTERPROFESSIONAL CONTINUING EDUCATION")
        c.setStrokeColor(teal)
        c.setLineWidth(1.5)
        c.line(54, H - 100, W - 54, H - 100)
        c.setFillColor(HexColor("#111111"))
        c.setFont("Times-Roman", 28)
        c.drawCentredString(W / 2, H - 150, "Certificate of Participation")

        def lab(txt, x, y):
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(grey)
            c.drawString(x, y, txt)
            c.setStrokeColor(HexColor("#b0b0b0"))
            c.setLineWidth(0.6)
            c.line(x, y - 26, x + (W - 108 if x == 54 else 0), y - 26)
        lab("Participant name", 54, H - 190)
        af_field(c, "name", 54, H - 214, W - 108, 20, size=15, font="Helvetica-Bold")
        lab("Activity title", 54, H - 240)
        af_field(c, "title", 54, H - 264, W - 108, 20, size=12.5, font="Helvetica-Bold")
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(grey)
        c.drawString(54, H - 290, "Date of activity")
        c.drawString(250, H - 290, "Activity No.")
        c.drawString(420, H - 290, "Format")
        af_field(c, "date", 54, H - 314, 180, 20, size=12)
        af_field(c, "actno", 250, H - 314, 160, 20, size=12)
        af_field(c, "format", 420, H - 314, 140, 20, size=12)
        c.setStrokeColor(HexColor("#b0b0b0"))
        c.line(54, H - 316, W - 54, H - 316)
        # credit table
        y = H - 360
        c.setFillColor(HexColor("#e6f0f1"))
        c.rect(54, y - 6, W - 108, 20, stroke=0, fill=1)
        c.setFillColor(HexColor("#111111"))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(62, y, "Credit type")
        c.drawCentredString(390, y, "Maximum")
        c.drawCentredString(490, y, "Claimed")
        rows = [("AMA PRA Category 1 Credits™", "1.25", "c_ama"),
                ("ANCC nursing contact hours", "1.25", "c_ancc"),
                ("ASCLS P.A.C.E.® contact hours", "1.0", "c_pace")]
        for lbl, mx, fld in rows:
            y -= 24
            c.setFont("Helvetica", 10.5)
            c.drawString(62, y, lbl)
            c.drawCentredString(390, y, mx)
            af_field(c, fld, 465, y - 5, 50, 18, size=10.5)
            c.setStrokeColor(HexColor("#d0d0d0"))
            c.line(54, y - 8, W - 54, y - 8)
        c.setFont("Helvetica", 8)
        c.setFillColor(HexColor("#333333"))
        txt = ("In support of improving patient care, Calloway Health System is jointly accredited by the Accreditation "
               "Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), "
               "and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. "
               "Calloway Health System designates this live activity for a maximum of 1.25 AMA PRA Category 1 Credits™. "
               "Physicians should claim only the credit commensurate with the extent of their participation in the activity. "
               "Nurses who participate in this activity and complete the evaluation will receive a maximum of 1.25 nursing "
               "contact hours. Calloway Health System is approved as a provider of continuing education programs in the "
               "clinical laboratory sciences by the ASCLS P.A.C.E.® Program; this activity is approved for 1.0 contact hour.")
        rl_left_wrap(c, txt, "Helvetica", 8, 54, y - 36, W - 108, 10.5)
        c.setFont("Times-Italic", 15)
        c.setFillColor(HexColor("#22315e"))
        c.drawString(54, 150, "Priya Natarajan-Holt")
        c.setStrokeColor(HexColor("#444444"))
        c.line(54, 143, 270, 143)
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#111111"))
        c.drawString(54, 131, "Priya Natarajan-Holt, MD, MEd")
        c.drawString(54, 119, "Director, Continuing Professional Development")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(grey)
        c.drawString(54, 60, "Claimed on the CPD portal 06/09/2025. Certificate reference: CPD-558201.")
        c.drawRightString(W - 54, 60, "Page 1 of 1")
        c.showPage()
        c.save()

    engine.acroform(tpl, {
        "name": "Beatriz Amaral, MLS(ASCP)CM",
        "title": "Tumor Board Series: Molecular Profiling in Non-Small Cell Lung Cancer",
        "date": "June 5, 2025",
        "actno": "25-RSS-041",
        "format": "Live, in person",
        "c_ama": "—", "c_ancc": "—", "c_pace": "1.0",
    }, out, "zz16")


# ---------------------------------------------------------------- zz17
@cert(id="zz17", style="university-ceu", producer="ghostscript",
      layout=["centred-award", "portrait", "two-page", "border", "seal", "department-provider", "date-range",
              "conferral-date-distractor", "signature-block"],
      notes="University continuing-education certificate in CEUs (1.2 CEU = 12 points). The workshop ran "
            "July 21-25; gold is the last day. Conferral date and student ID are distractors. Page 2 is a "
            "program outline. 'Workshop' is part of the printed title.",
      name="Anneliese Vogt",
      title="Clinical Flow Cytometry Immunophenotyping Workshop: Leukemia and Lymphoma Panels",
      date="2025-07-25", credits=1.2, unit="CEU",
      provider=["Bellhaven University", "Bellhaven University, Office of Continuing and Professional Education"],
      activity_id="CPE-FC-2507")
def zz17(out):
    L = lambda s: "(" + pe(s) + ")"
    p1 = """
%% ---- page 1
0.55 0.1 0.1 setrgbcolor 4 setlinewidth 30 30 552 732 rectstroke
1 setlinewidth 38 38 536 716 rectstroke
gsave 0.55 0.1 0.1 setrgbcolor 2 setlinewidth newpath 306 660 40 0 360 arc stroke
0.8 setlinewidth newpath 306 660 34 0 360 arc stroke
16 /PB F %s 306 662 C 6.5 /HR F %s 306 648 C grestore
0.55 0.1 0.1 setrgbcolor 24 /PB F %s 306 590 C
0.2 setgray 12 /PR F %s 306 570 C
0.1 setgray 30 /PR F %s 306 510 C
13 /PI F %s 306 470 C
24 /PB F %s 306 436 C
13 /PI F %s 306 402 C
17 /PB F %s 306 372 C %s 306 351 C
12.5 /PR F %s 306 322 C
13 /PB F %s 306 292 C
11 /PR F %s 306 272 C
%% signatures
0.15 0.2 0.45 setrgbcolor 15 /PI F %s 180 170 C %s 432 170 C
0.3 setgray 0.6 setlinewidth 90 162 180 hline 342 162 180 hline
0.1 setgray 9.5 /HR F %s 180 149 C %s 180 137 C %s 432 149 C %s 432 137 C
8 /HR F 0.3 setgray %s 306 95 C %s 306 84 C
7.5 /HR F 0.45 setgray %s 60 50 L %s 552 50 R
showpage
""" % (L("BU"), L("EST. 1891"),
       L("Bellhaven University"), L("Office of Continuing and Professional Education"),
       L("Certificate of Completion"), L("This certifies that"), L("Anneliese Vogt"),
       L("has satisfactorily completed"),
       L("Clinical Flow Cytometry Immunophenotyping Workshop:"), L("Leukemia and Lymphoma Panels"),
       L("Completion date: July 25, 2025"),
       L("and is awarded 1.2 Continuing Education Units (CEUs)"),
       L("Offering No. CPE-FC-2507"),
       L("Margaret E. Thornbury"), L("Alistair Penhaligon"),
       L("Margaret E. Thornbury, EdD"), L("Dean, Continuing and Professional Education"),
       L("Alistair Penhaligon, PhD, MLS(ASCP)"), L("Program Director, Clinical Laboratory Science"),
       L("One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing"),
       L("education experience under responsible sponsorship, capable direction, and qualified instruction."),
       L("Certificate conferred August 4, 2025"), L("Page 1 of 2"))
    sched = [("Monday, July 21, 2025", "Instrument setup, compensation, and daily QC"),
             ("Tuesday, July 22, 2025", "Gating strategies for acute leukemia panels"),
             ("Wednesday, July 23, 2025", "Mature B-cell and T-cell lymphoproliferative disorders"),
             ("Thursday, July 24, 2025", "Minimal residual disease: sensitivity and reporting"),
             ("Friday, July 25, 2025", "Case review and practical assessment")]
    lines = []
    y = 560
    for d_, t_ in sched:
        lines.append("11 /HB F %s 80 %d L 11 /HR F %s 250 %d L" % (L(d_), y, L(t_), y))
        y -= 24
    p2 = """
%% ---- page 2
0.55 0.1 0.1 setrgbcolor 16 /PB F %s 80 700 L
0.1 setgray 11 /HR F %s 80 675 L %s 80 660 L
13 /HB F %s 80 620 L
0.6 setlinewidth 80 612 452 hline
%s
13 /HB F %s 80 400 L
10.5 /HR F %s 80 378 L %s 80 363 L %s 80 348 L
13 /HB F %s 80 310 L
10.5 /HR F %s 80 288 L %s 80 273 L %s 80 258 L
7.5 /HR F 0.45 setgray %s 552 50 R
showpage
""" % (L("Program Outline and Verification"),
       L("Participant: Anneliese Vogt      Student ID: B00418273"),
       L("Offering No. CPE-FC-2507  \u2022  Held on the Bellhaven University Health Sciences Campus"),
       L("Schedule (July 21\u201325, 2025)"),
       "\n".join(lines),
       L("Attendance and assessment"),
       L("All five days attended in full (sign-in verified). Practical assessment: satisfactory."),
       L("CEUs are recorded on the Bellhaven University continuing education transcript and are not academic credit."),
       L("They may not be applied toward a degree program."),
       L("Verification"),
       L("To verify this certificate, contact the Office of Continuing and Professional Education,"),
       L("Bellhaven University, 1200 College Avenue, Alder Springs, Oregon 97499,"),
       L("or email cpe-records@bellhaven.example.edu."),
       L("Page 2 of 2"))
    engine.ghostscript(engine.PS_PROLOG + "<< /PageSize [612 792] >> setpagedevice\n" + p1 + p2, out, "zz17")


# ---------------------------------------------------------------- zz18
@cert(id="zz18", style="vendor", producer="tcpdf",
      layout=["centred-award", "portrait", "border", "format-line", "serial-number-distractor",
              "provider-issuer-line", "long-title-then-label"],
      notes="Vendor instrument training. 'Self-Study Module' is a format line between the verb line and the "
            "title; 'Operator Training:' is part of the title. Instrument serial number is a distractor.",
      name="Desmond Achterberg-Lowe",
      title="Operator Training: Quality Control and Maintenance on the Veltra 900 Coagulation Analyzer",
      date="2025-02-03", credits=1.0, unit="contact hour",
      provider=["Corvantis Diagnostics, Inc.", "Corvantis Diagnostics"], activity_id="CVD-TRN-0311")
def zz18(out):
    code = engine.TCPDF_HEAD + r"""
$p = new CertPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false); $p->AddPage();
$p->SetLineStyle(array('width'=>0.6, 'color'=>array(0,120,140))); $p->RoundedRect(12, 12, 191.9, 255.4, 6);
$p->SetFillColor(0,120,140); $p->Rect(12, 40, 191.9, 1.2, 'F');
$p->SetFont('helvetica','B',20); $p->SetTextColor(0,120,140); $p->SetXY(20, 22); $p->Cell(0, 8, 'Corvantis Diagnostics', 0, 1, 'L');
$p->SetFont('helvetica','',8.5); $p->SetTextColor(90,90,90); $p->SetXY(20, 30); $p->Cell(0, 5, 'Customer Education & Training', 0, 1, 'L');
$p->SetFont('helvetica','B',26); $p->SetTextColor(25,25,25); $p->SetXY(12, 62); $p->Cell(191.9, 12, 'Certificate of Completion', 0, 1, 'C');
$p->SetFont('helvetica','',10); $p->SetTextColor(90,90,90); $p->SetXY(12, 75); $p->Cell(191.9, 5, 'Issued by Corvantis Diagnostics, Inc.', 0, 1, 'C');
$p->SetTextColor(25,25,25);
$p->SetFont('times','I',13); $p->SetXY(12, 96); $p->Cell(191.9, 7, 'This certifies that', 0, 1, 'C');
$p->SetFont('times','B',23); $p->SetXY(12, 106); $p->Cell(191.9, 11, 'Desmond Achterberg-Lowe', 0, 1, 'C');
$p->SetFont('times','I',13); $p->SetXY(12, 122); $p->Cell(191.9, 7, 'has completed the', 0, 1, 'C');
$p->SetFont('helvetica','B',11); $p->SetTextColor(0,120,140); $p->SetXY(12, 131); $p->Cell(191.9, 6, 'Self-Study Module', 0, 1, 'C');
$p->SetTextColor(25,25,25); $p->SetFont('times','B',16); $p->SetXY(30, 140);
$p->MultiCell(155.9, 7.5, 'Operator Training: Quality Control and Maintenance on the Veltra 900 Coagulation Analyzer', 0, 'C');
$p->SetFont('times','',12); $p->SetXY(12, $p->GetY() + 1); $p->Cell(191.9, 6.5, 'Date completed: 03-Feb-2025', 0, 1, 'C');
$p->SetX(12); $p->Cell(191.9, 6.5, 'Training ID: CVD-TRN-0311', 0, 1, 'C');
$p->SetFont('times','B',13); $p->SetX(12); $p->Cell(191.9, 8, 'Continuing education: 1.0 contact hour', 0, 1, 'C');
$p->SetFont('helvetica','',9); $p->SetTextColor(70,70,70); $p->SetXY(12, $p->GetY() + 4);
$p->Cell(191.9, 5, 'Instrument: Veltra 900   ·   Instrument Serial No. VX9-004417   ·   Site: Kestrel Valley Hospital Laboratory', 0, 1, 'C');
$p->SetTextColor(25,25,25);
$p->SetFont('times','I',15); $p->SetTextColor(30,45,90); $p->SetXY(60, 212); $p->Cell(95.9, 7, 'Ingrid Castellano', 0, 1, 'C');
$p->SetLineStyle(array('width'=>0.3, 'color'=>array(60,60,60))); $p->Line(63, 220, 153, 220);
$p->SetTextColor(25,25,25); $p->SetFont('helvetica','',9); $p->SetXY(60, 221); $p->Cell(95.9, 4.5, 'Ingrid Castellano, MT(ASCP)', 0, 2, 'C'); $p->Cell(95.9, 4.5, 'Manager, Clinical Applications Training', 0, 1, 'C');
$p->SetFont('helvetica','',7.5); $p->SetTextColor(80,80,80); $p->SetXY(22, 243);
$p->MultiCell(171.9, 3.6, 'Corvantis Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Completion of this module does not certify the operator as a trainer.', 0, 'C');
$p->Output($out, 'F');
"""
    engine.php(code, out, "zz18")

# ---------------------------------------------------------------- zz19
@cert(id="zz19", style="ascp", producer="reportlab-platypus",
      layout=["letter-style", "portrait", "left-aligned", "format-line", "series-prefix-title", "suffix-name",
              "credentials-after-name", "letter-date-distractor", "address-distractor", "signature-block"],
      notes="ASCP letter. 'Live Virtual Session' is a format line on its own; 'Lab Management Grand Rounds:' is "
            "part of the title. The letter date (June 30) is a distractor; the session date is June 18.",
      name="Darnell Whitaker Jr.",
      title="Lab Management Grand Rounds: Building a Competency Assessment Program That Survives Inspection",
      date="2025-06-18", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="LMGR-0625")
def zz19(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from reportlab.lib import colors
    navy = colors.HexColor("#0a3a6b")
    S = lambda n, **k: ParagraphStyle(n, **k)
    body = S("body", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=9)
    tight = S("tight", fontName="Times-Roman", fontSize=11.5, leading=14.5)
    fmt = S("fmt", fontName="Helvetica-Bold", fontSize=9.5, textColor=navy, leading=12, leftIndent=28, spaceBefore=6)
    ttl = S("ttl", fontName="Times-Bold", fontSize=13, leading=16.5, leftIndent=28, spaceAfter=2)
    ind = S("ind", fontName="Times-Roman", fontSize=11.5, leading=14.5, leftIndent=28)
    fine = S("fine", fontName="Helvetica", fontSize=8, leading=10, textColor=colors.HexColor("#555555"))

    def lh(c, doc):
        c.saveState()
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(inch, 10.2 * inch, "ASCP")
        c.setFont("Helvetica", 10)
        c.drawString(inch + 70, 10.27 * inch, "American Society for Clinical Pathology")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(inch + 70, 10.13 * inch, "Continuing Education  ·  ascp.org")
        c.setStrokeColor(navy)
        c.setLineWidth(1)
        c.line(inch, 10.0 * inch, 7.5 * inch, 10.0 * inch)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(4.25 * inch, 0.6 * inch, "This letter was generated from your ASCP learning transcript. Questions: education support via ascp.org.")
        c.restoreState()

    story = [
        Paragraph("June 30, 2025", body), Spacer(1, 6),
        Paragraph("Darnell Whitaker Jr., MLS(ASCP)<super>CM</super>", tight),
        Paragraph("1420 Kestrel Lane, Apt 3B", tight),
        Paragraph("Dayton, OH 45409", tight), Spacer(1, 14),
        Paragraph("Dear Mr. Whitaker:", body),
        Paragraph("Thank you for participating in the following ASCP continuing education activity. Please retain this "
                  "letter as documentation of your CMLE credit for the ASCP Board of Certification Credential Maintenance "
                  "Program.", body),
        Paragraph("Live Virtual Session", fmt),
        Paragraph("Lab Management Grand Rounds: Building a Competency Assessment Program That Survives Inspection", ttl),
        Paragraph("Session date: June 18, 2025", ind),
        Paragraph("Activity No. LMGR-0625", ind),
        Paragraph("CMLE credits earned: 1.0", ind),
        Spacer(1, 14),
        Paragraph("ASCP designates this live virtual session for 1.0 CMLE credit. Credit is awarded only to participants "
                  "who attended the entire session and completed the evaluation.", body),
        Paragraph("Sincerely,", body), Spacer(1, 4),
        Paragraph("<font name='Times-Italic' size='16' color='#1f3864'>Catherine Olamide-Park</font>", S("s", leading=20)),
        Paragraph("Catherine Olamide-Park, MEd, MLS(ASCP)<super>CM</super>", tight),
        Paragraph("Senior Director, Continuing Education", tight),
        Spacer(1, 30),
        Paragraph("ASCP Customer ID: 20773415", fine),
    ]
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=inch, rightMargin=inch, topMargin=1.35 * inch,
                            bottomMargin=inch, title="CMLE Credit Letter")
    doc.build(story, onFirstPage=lh)


# ---------------------------------------------------------------- zz20
@cert(id="zz20", style="cap", producer="fpdf",
      layout=["portrait", "labels-above-values", "small-table", "multi-credit", "claimed-vs-maximum", "accented-name",
              "hyphenated-name", "meeting-in-title", "credentials-after-name"],
      notes="CAP certificate with labels above values (Participant | Date Completed). 'Meeting' inside the title "
            "is a real title word. Credit table: AMA PRA and ABPath SAM available 1.75 (not claimed), P.A.C.E. 1.5 "
            "claimed. Activity Code is the activity ID.",
      name="Nadège Bouchard-Lemieux",
      title="Competency Assessment for Waived and Nonwaived Testing: Meeting CAP Accreditation Requirements",
      date="2024-09-30", credits=1.5, unit="contact hour",
      provider=["College of American Pathologists", "CAP"], activity_id="QPR-2409")
def zz20(out):
    code = engine.FPDF_HEAD + r"""
$p = new FPDF('P', 'mm', 'Letter'); $p->SetAutoPageBreak(false); $p->AddPage();
$p->SetFillColor(0, 56, 101); $p->Rect(0, 0, 215.9, 34, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('Helvetica', 'B', 24); $p->SetXY(18, 9); $p->Cell(40, 10, 'CAP', 0, 0, 'L');
$p->SetFont('Helvetica', '', 12); $p->SetXY(50, 10); $p->Cell(120, 5, w('College of American Pathologists'), 0, 2, 'L');
$p->SetFont('Helvetica', '', 8.5); $p->Cell(120, 5, w('Learning  ·  Quality Management Education'), 0, 0, 'L');
$p->SetTextColor(20, 20, 20); $p->SetFont('Times', '', 28); $p->SetXY(18, 50); $p->Cell(179.9, 12, w('Certificate of Credit'), 0, 1, 'L');
$p->SetDrawColor(0, 56, 101); $p->SetLineWidth(0.8); $p->Line(18, 65, 197.9, 65);
function lab($p, $x, $y, $t) { $p->SetFont('Helvetica', 'B', 8); $p->SetTextColor(100, 100, 100); $p->SetXY($x, $y); $p->Cell(80, 4, w($t), 0, 0, 'L'); }
function val($p, $x, $y, $t, $s=13, $st='') { $p->SetFont('Helvetica', $st, $s); $p->SetTextColor(15, 15, 15); $p->SetXY($x, $y); $p->Cell(110, 7, w($t), 0, 0, 'L'); }
lab($p, 18, 74, 'PARTICIPANT'); lab($p, 140, 74, 'DATE COMPLETED');
val($p, 18, 79, 'Nadège Bouchard-Lemieux, MLS(ASCP)', 14, 'B'); val($p, 140, 79, 'September 30, 2024', 13);
lab($p, 18, 94, 'ACTIVITY TITLE');
$p->SetFont('Helvetica', 'B', 13); $p->SetTextColor(15, 15, 15); $p->SetXY(18, 99);
$p->MultiCell(170, 6.5, w('Competency Assessment for Waived and Nonwaived Testing: Meeting CAP Accreditation Requirements'), 0, 'L');
lab($p, 18, 120, 'ACTIVITY CODE'); lab($p, 80, 120, 'ACTIVITY TYPE'); lab($p, 140, 120, 'ORDER NUMBER');
val($p, 18, 125, 'QPR-2409', 12); val($p, 80, 125, 'Online, self-paced', 12); val($p, 140, 125, '61845530', 12);
// credit table
$p->SetDrawColor(160, 170, 180); $p->SetLineWidth(0.3); $p->SetFillColor(230, 236, 242);
$p->SetFont('Helvetica', 'B', 9.5); $p->SetTextColor(15, 15, 15); $p->SetXY(18, 145);
$p->Cell(100, 7, w('Credit type'), 1, 0, 'L', true); $p->Cell(40, 7, w('Available'), 1, 0, 'C', true); $p->Cell(39.9, 7, w('Claimed'), 1, 1, 'C', true);
$p->SetFont('Helvetica', '', 9.5);
foreach (array(array('AMA PRA Category 1 Credits™', '1.75', '—'), array('ABPath Self-Assessment Module (SAM) credit', '1.75', '—'), array('ASCLS P.A.C.E.® contact hours', '1.5', '1.5')) as $r) {
  $p->SetX(18); $p->Cell(100, 7, w($r[0]), 1, 0, 'L'); $p->Cell(40, 7, w($r[1]), 1, 0, 'C'); $p->Cell(39.9, 7, w($r[2]), 1, 1, 'C');
}
$p->SetFont('Helvetica', '', 7.8); $p->SetTextColor(60, 60, 60); $p->SetXY(18, 182);
$p->MultiCell(179.9, 3.7, w('The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 1.75 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. This activity is approved for 1.75 SAM credits by the American Board of Pathology. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program; this activity is approved for 1.5 contact hours.'), 0, 'J');
$p->SetFont('Times', 'I', 15); $p->SetTextColor(30, 45, 90); $p->SetXY(18, 222); $p->Cell(80, 7, w('Susan K. Ferraro'), 0, 1, 'L');
$p->SetDrawColor(60, 60, 60); $p->Line(18, 230, 98, 230);
$p->SetFont('Helvetica', '', 8.5); $p->SetTextColor(20, 20, 20); $p->SetXY(18, 231); $p->Cell(80, 4, w('Susan K. Ferraro, MD, FCAP'), 0, 2, 'L'); $p->Cell(80, 4, w('Chair, Council on Education'), 0, 0, 'L');
$p->SetFont('Helvetica', '', 7); $p->SetTextColor(120, 120, 120); $p->SetXY(18, 262); $p->Cell(179.9, 4, w('Printed 10/02/2024 from the CAP Learning transcript'), 0, 0, 'L');
$p->Output('F', $out);
"""
    engine.php(code, out, "zz20")


# ---------------------------------------------------------------- zz21
@cert(id="zz21", style="ascls", producer="reportlab-canvas",
      layout=["centred-award", "landscape", "border", "seal", "accented-name", "ethics-in-title",
              "program-no-without-colon", "member-number-distractor", "signature-block", "credentials-after-name"],
      notes="ASCLS's own recorded webinar. 'has completed the recorded webinar' is a single verb line. "
            "'P.A.C.E.® Program No.' (no colon) is the activity ID; ASCLS member number is a distractor.",
      name="José Ángel Beltrán",
      title="Ethics at the Bench: Reporting Errors, Near Misses, and Pressure to Release Results",
      date="2024-12-03", credits=1.0, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="101-774-24")
def zz21(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.colors import HexColor
    W, H = landscape(letter)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("ASCLS Certificate")
    blue, gold = HexColor("#00557f"), HexColor("#b08d3c")
    c.setStrokeColor(blue)
    c.setLineWidth(10)
    c.rect(18, 18, W - 36, H - 36)
    c.setStrokeColor(gold)
    c.setLineWidth(1.5)
    c.rect(34, 34, W - 68, H - 68)
    c.setFillColor(blue)
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(W / 2, H - 80, "American Society for Clinical Laboratory Science")
    c.setFillColor(HexColor("#1a1a1a"))
    c.setFont("Times-Roman", 36)
    c.drawCentredString(W / 2, H - 130, "Certificate of Completion")
    c.setFont("Times-Italic", 13)
    c.drawCentredString(W / 2, H - 168, "presented to")
    c.setFont("Times-Bold", 28)
    c.drawCentredString(W / 2, H - 206, "José Ángel Beltrán, MLS(ASCP)CM")
    c.setFont("Times-Italic", 13)
    c.drawCentredString(W / 2, H - 238, "who has completed the recorded webinar")
    y = rl_centre_wrap(c, "Ethics at the Bench: Reporting Errors, Near Misses, and Pressure to Release Results",
                       "Times-Bold", 19, W / 2, H - 272, 520, 24)
    c.setFont("Times-Roman", 12.5)
    c.drawCentredString(W / 2, y - 4, "Completed on December 3, 2024")
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y - 26, "P.A.C.E.® Contact Hours: 1.0")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y - 44, "P.A.C.E.® Program No. 101-774-24")
    rl_seal(c, W / 2, 112, 38, "ASCLS", "P.A.C.E.®", "#b08d3c")
    for cx, nm, l1, l2 in [(190, "Theresa Underwood", "Theresa Underwood, MS, MLS(ASCP)CM", "ASCLS President"),
                           (W - 190, "Jonah Whitlock", "Jonah Whitlock, EdD, MT(ASCP)", "Chair, P.A.C.E.® Committee")]:
        c.setFont("Times-Italic", 16)
        c.setFillColor(HexColor("#22315e"))
        c.drawCentredString(cx, 112, nm)
        c.setStrokeColor(HexColor("#444444"))
        c.setLineWidth(0.6)
        c.line(cx - 110, 105, cx + 110, 105)
        c.setFillColor(HexColor("#111111"))
        c.setFont("Helvetica", 9)
        c.drawCentredString(cx, 93, l1)
        c.drawCentredString(cx, 81, l2)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(HexColor("#555555"))
    c.drawString(50, 46, "ASCLS Member #: 300482")
    c.drawRightString(W - 50, 46, "Recorded webinars are approved for P.A.C.E.® credit for three years from the original broadcast.")
    c.showPage()
    c.save()

# ---------------------------------------------------------------- zz22
@cert(id="zz22", style="pace-provider", producer="chromium",
      layout=["portrait", "labels-above-values", "provider-issuer-line", "border", "hyphenated-name",
              "accented-name", "format-in-field", "signature-block"],
      notes="The provider appears only as the small issuer line above 'Certificate of Completion'; the "
            "P.A.C.E. statement does not repeat it. Every fact sits in a grid with labels above values.",
      name="Ewa Kowalczyk-Brandt",
      title="Quality Control Strategies Using Sigma Metrics and Westgard Advisor Rules in the Chemistry Laboratory",
      date="2024-11-14", credits=1.5, unit="contact hour",
      provider=["Great Basin Laboratory Education Consortium"], activity_id="318-552-24")
def zz22(out):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0; }
body { margin:0; font-family:'Liberation Sans', sans-serif; color:#1e1e1e; }
.page { width:8.5in; height:11in; box-sizing:border-box; padding:0.55in; }
.card { border:2px solid #7a4b1e; height:100%; box-sizing:border-box; padding:0.7in 0.65in 0.4in; position:relative; }
.issuer { text-align:center; font-size:11pt; letter-spacing:0; color:#7a4b1e; font-weight:bold; }
h1 { text-align:center; font-family:'P052', serif; font-weight:normal; font-size:32pt; margin:0.08in 0 0.45in; }
table { width:100%; border-collapse:collapse; }
td { vertical-align:top; padding:0 0.12in 0.28in 0; }
.l { font-size:8.5pt; font-weight:bold; color:#6b6b6b; text-transform:uppercase; border-bottom:1px solid #c9b79f; padding-bottom:3px; margin-bottom:6px; }
.v { font-size:13pt; }
.v.big { font-size:18pt; font-weight:bold; font-family:'P052', serif; }
.v.title { font-size:14.5pt; font-weight:bold; line-height:1.3; font-family:'P052', serif; }
.sig { position:absolute; bottom:1.35in; left:0.65in; width:3.2in; font-size:9.5pt; }
.sig .s { font-family:'URW Bookman', serif; font-style:italic; font-size:16pt; color:#263a6b; border-bottom:1px solid #444; padding-bottom:3px; margin-bottom:4px; }
.fine { position:absolute; bottom:0.45in; left:0.65in; right:0.65in; font-size:8pt; color:#444; line-height:1.4; }
</style></head><body><div class="page"><div class="card">
<div class="issuer">Great Basin Laboratory Education Consortium</div>
<h1>Certificate of Completion</h1>
<table>
<tr><td style="width:58%"><div class="l">Participant</div><div class="v big">Ewa Kowalczyk-Brandt</div></td>
    <td><div class="l">Date of Completion</div><div class="v">November 14, 2024</div></td></tr>
<tr><td colspan="2"><div class="l">Program Title</div><div class="v title">Quality Control Strategies Using Sigma Metrics and Westgard Advisor Rules in the Chemistry Laboratory</div></td></tr>
</table>
<table><tr>
<td style="width:33%"><div class="l">Program Number</div><div class="v">318-552-24</div></td>
<td style="width:33%"><div class="l">P.A.C.E.® Contact Hours</div><div class="v">1.5</div></td>
<td><div class="l">Format</div><div class="v">Live webinar</div></td></tr>
<tr><td><div class="l">Presenter</div><div class="v">Tomás Ferreira, MS</div></td>
<td><div class="l">Location</div><div class="v">Online</div></td>
<td><div class="l">Registration</div><div class="v">GB-24-11-0317</div></td></tr>
</table>
<div class="sig"><div class="s">Harold Begay</div>Harold Begay, MLS(ASCP)CM<br>Continuing Education Coordinator</div>
<div class="fine">This program has been approved for 1.5 contact hours by the ASCLS P.A.C.E.® Program. Contact hours are
awarded to participants who attend the full live session and submit the online evaluation within 14 days.</div>
</div></div></body></html>"""
    engine.chromium(html, out, "zz22")


# ---------------------------------------------------------------- zz23
@cert(id="zz23", style="labce", producer="acroform-qpdf",
      layout=["form", "portrait", "two-column-label-value", "orientation-in-title", "accented-name",
              "hyphenated-name", "order-number-distractor"],
      notes="Filled and flattened form, label/value rows. 'Orientation' is a real word in the course title, "
            "not a format. Florida provider number and order number are distractors.",
      name="Siobhán Gallagher-Ortiz",
      title="Orientation to the Microbiology Laboratory: Specimen Setup and Plating",
      date="2024-07-29", credits=1.5, unit="contact hour",
      provider=["LabCE"], activity_id="1652")
def zz23(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor, white
    W, H = letter
    teal = HexColor("#00718f")

    def tpl(path):
        c = canvas.Canvas(path, pagesize=letter)
        c.setTitle("LabCE Certificate")
        c.setStrokeColor(teal)
        c.setLineWidth(3)
        c.rect(36, 36, W - 72, H - 72)
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 30)
        c.drawCentredString(W / 2, H - 105, "LabCE")
        c.setFont("Helvetica", 9.5)
        c.setFillColor(HexColor("#555555"))
        c.drawCentredString(W / 2, H - 122, "Online Continuing Education for the Clinical Laboratory")
        c.setFillColor(HexColor("#111111"))
        c.setFont("Times-Roman", 30)
        c.drawCentredString(W / 2, H - 180, "Certificate of Completion")
        c.setFont("Times-Italic", 12)
        c.drawCentredString(W / 2, H - 204, "This document certifies completion of the continuing education course below.")
        rows = [("Name:", "name", 15, "Helvetica-Bold"), ("Course:", "course", 10, "Helvetica-Bold"),
                ("Course #:", "courseno", 12, "Helvetica"), ("Date Completed:", "date", 12, "Helvetica"),
                ("Contact Hours:", "hours", 12, "Helvetica"), ("Level:", "level", 12, "Helvetica")]
        y = H - 260
        for lab, fld, sz, fn in rows:
            c.setFont("Helvetica-Bold", 11)
            c.setFillColor(teal)
            c.drawRightString(150, y, lab)
            af_field(c, fld, 158, y - 5, W - 158 - 48, 20, size=sz, font=fn)
            c.setStrokeColor(HexColor("#cccccc"))
            c.setLineWidth(0.5)
            c.line(158, y - 7, W - 52, y - 7)
            y -= 36
        c.setFont("Helvetica", 8.5)
        c.setFillColor(HexColor("#333333"))
        rl_centre_wrap(c, "LabCE is approved as a provider of continuing education programs in the clinical laboratory "
                          "sciences by the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel "
                          "provider #50-12637.", "Helvetica", 8.5, W / 2, H - 500, 440, 11)
        c.setFont("Times-Italic", 16)
        c.setFillColor(HexColor("#1b3558"))
        c.drawCentredString(W / 2, 175, "Annika Sorensen-Pryce")
        c.setStrokeColor(HexColor("#555555"))
        c.line(W / 2 - 110, 168, W / 2 + 110, 168)
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 156, "Annika Sorensen-Pryce, MLS(ASCP)CM, Director of Content Development")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(HexColor("#777777"))
        c.drawString(54, 52, "Order #:")
        af_field(c, "order", 88, 48, 120, 14, size=7.5)
        c.drawRightString(W - 54, 52, "LabCE.com")
        c.showPage()
        c.save()

    engine.acroform(tpl, {
        "name": "Siobhán Gallagher-Ortiz",
        "course": "Orientation to the Microbiology Laboratory: Specimen Setup and Plating",
        "courseno": "1652",
        "date": "July 29, 2024",
        "hours": "1.5",
        "level": "Basic",
        "order": "2407-88312",
    }, out, "zz23")


# ---------------------------------------------------------------- zz24
@cert(id="zz24", style="medialab", producer="ghostscript",
      layout=["centred-award", "landscape", "border", "letter-spaced-name", "all-caps-name", "safety-in-title",
              "customer-number-distractor", "signature-block"],
      notes="Name printed letter-spaced in capitals (K E N J I  W A T A N A B E): gold removes the spacing "
            "and keeps the capitals. 'Safety' is a title word.",
      name="KENJI WATANABE",
      title="Chemical Hygiene and Laboratory Safety: OSHA Requirements for Clinical Laboratories",
      date="2025-01-27", credits=2.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="2210")
def zz24(out):
    L = lambda s: "(" + pe(s) + ")"
    ps = engine.PS_PROLOG + """
<< /PageSize [792 612] >> setpagedevice
0.12 0.22 0.39 setrgbcolor 8 setlinewidth 20 20 752 572 rectstroke
0.88 0.48 0.0 setrgbcolor 1.5 setlinewidth 34 34 724 544 rectstroke
0.88 0.48 0.0 setrgbcolor 26 /HB F %s 396 520 C
0.3 setgray 10 /HR F %s 396 504 C
0.12 0.22 0.39 setrgbcolor 38 /TR F %s 396 440 C
0.1 setgray 14 /TI F %s 396 400 C
%% letter-spaced capitals
26 /TB F
/spaced { /s exch def s stringwidth pop s length 1 sub 11 mul add /sw exch def 396 sw 2 div sub 360 moveto 11 0 s ashow } def
%s spaced
14 /TI F %s 396 318 C
19 /TB F %s 396 286 C %s 396 264 C
12.5 /TR F %s 396 232 C
13 /TB F %s 396 210 C
11.5 /TR F %s 396 190 C
0.15 0.2 0.45 setrgbcolor 16 /TI F %s 396 128 C
0.3 setgray 0.6 setlinewidth 286 120 220 hline
0.1 setgray 9.5 /HR F %s 396 107 C %s 396 95 C
7.8 /HR F 0.3 setgray %s 396 62 C
7.5 /HR F 0.45 setgray %s 60 44 L %s 732 44 R
showpage
""" % (L("MediaLab"), L("MediaLab, Inc.  \u2022  Continuing Education for Laboratory Professionals"),
       L("Certificate of Completion"), L("This certifies that"),
       L("KENJI WATANABE"),
       L("has successfully completed the course"),
       L("Chemical Hygiene and Laboratory Safety: OSHA Requirements"), L("for Clinical Laboratories"),
       L("Date completed: January 27, 2025"),
       L("Credit: 2.0 P.A.C.E.\u00ae contact hours"),
       L("Course No. 2210"),
       L("Douglas Fairweather"), L("Douglas Fairweather, MHA, MT(ASCP)"), L("Vice President, Education"),
       L("MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program."),
       L("Customer #: 551-0932"), L("Page 1 of 1"))
    engine.ghostscript(ps, out, "zz24")


# ---------------------------------------------------------------- zz25
@cert(id="zz25", style="adlm", producer="chromium",
      layout=["landscape", "two-column-label-value", "session-certificate", "date-range-distractor",
              "credentials-after-name", "border"],
      notes="Older AACC-branded session certificate from the 2023 annual meeting (July 23-27). The session "
            "date July 25 is gold. ACCENT contact hours. Badge number is a distractor.",
      name="Rahel Tesfaye",
      title="Troponin Reporting Across the Lifespan: Sex-Specific Cutoffs and Delta Rules",
      date="2023-07-25", credits=1.5, unit="contact hour",
      provider=["American Association for Clinical Chemistry", "AACC"], activity_id="32104")
def zz25(out):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0; }
body { margin:0; font-family:'Liberation Sans', sans-serif; color:#1b1b1b; }
.page { width:11in; height:8.5in; box-sizing:border-box; padding:0.4in; }
.box { border:1px solid #0063a6; height:100%; box-sizing:border-box; position:relative; }
.band { background:#0063a6; color:#fff; padding:0.25in 0.5in; display:flex; justify-content:space-between; align-items:center; }
.band .logo { font-size:34pt; font-weight:bold; }
.band .org { font-size:13pt; text-align:right; line-height:1.35; }
h1 { font-family:'Liberation Serif', serif; font-weight:normal; font-size:30pt; text-align:center; margin:0.3in 0 0.05in; }
.mtg { text-align:center; font-size:11.5pt; color:#333; margin-bottom:0.3in; }
table { margin:0 auto; border-collapse:collapse; width:8.4in; }
th { text-align:left; width:2.1in; font-size:10.5pt; color:#0063a6; padding:6px 10px; vertical-align:top; border-bottom:1px solid #d5e3ee; }
td { font-size:12.5pt; padding:6px 10px; border-bottom:1px solid #d5e3ee; }
.fine { position:absolute; left:0.5in; right:0.5in; bottom:0.3in; font-size:8.5pt; color:#444; line-height:1.4; }
</style></head><body><div class="page"><div class="box">
<div class="band"><div class="logo">AACC</div><div class="org">American Association for Clinical Chemistry<br><span style="font-size:10pt">Better health through laboratory medicine</span></div></div>
<h1>Certificate of Attendance</h1>
<div class="mtg">2023 AACC Annual Scientific Meeting &amp; Clinical Lab Expo &nbsp;·&nbsp; July 23–27, 2023 &nbsp;·&nbsp; Anaheim, California</div>
<table>
<tr><th>Attendee</th><td><b>Rahel Tesfaye, PhD, DABCC</b></td></tr>
<tr><th>Scientific session</th><td>Troponin Reporting Across the Lifespan: Sex-Specific Cutoffs and Delta Rules</td></tr>
<tr><th>Session No.</th><td>32104</td></tr>
<tr><th>Session date</th><td>Tuesday, July 25, 2023, 10:30 a.m. – 12:00 p.m.</td></tr>
<tr><th>ACCENT® contact hours</th><td>1.5</td></tr>
<tr><th>Badge No.</th><td>A23-118470</td></tr>
</table>
<div class="fine">AACC is approved by the ACCENT® Board to provide continuing education for laboratory professionals. This session
has been approved for 1.5 ACCENT® contact hours. Attendees should claim only those sessions they attended in full.
This certificate was printed from the meeting evaluation site on August 2, 2023.</div>
</div></div></body></html>"""
    engine.chromium(html, out, "zz25")

# ---------------------------------------------------------------- zz26
@cert(id="zz26", style="nsh", producer="docx-libreoffice",
      layout=["centred-award", "portrait", "border", "letter-spaced-name", "format-line", "safety-in-title",
              "signature-block"],
      notes="Name set with wide character spacing (mixed case); gold removes the spacing. 'On-Demand Webinar' "
            "is a format line between the verb line and the title.",
      name="Talia Mercado",
      title="Safety in the Histology Laboratory: Formalin and Xylene Exposure Monitoring",
      date="2025-03-03", credits=1.0, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="OD-2291")
def zz26(out):
    d = docx_new(margins=1.0, font="Liberation Serif", size=11)
    docx_page_border(d, val="double", sz=12, color="6B2153", space=24)
    dpara(d, "NSH", size=28, bold=True, font="Liberation Sans", color="6B2153", after=0)
    dpara(d, "National Society for Histotechnology", size=12.5, font="Liberation Sans", color="444444", after=40)
    dpara(d, "Certificate of Completion", size=32, font="C059", color="222222", after=28)
    dpara(d, "This is to certify that", size=13, italic=True, after=12)
    dpara(d, "Talia Mercado", size=26, bold=True, font="C059", spacing=120, after=16)
    dpara(d, "has completed the", size=13, italic=True, after=8)
    dpara(d, "On-Demand Webinar", size=11.5, bold=True, font="Liberation Sans", color="6B2153", after=4)
    dpara(d, "Safety in the Histology Laboratory: Formalin and Xylene Exposure Monitoring", size=17, bold=True, after=16)
    dpara(d, "Completed: March 3, 2025", size=12, after=2)
    dpara(d, "Course No. OD-2291", size=12, after=2)
    dpara(d, "Contact Hours: 1.0", size=12.5, bold=True, after=48)
    dpara(d, "Rosalind Pettigrew", size=16, italic=True, font="URW Bookman", color="1F3864", after=0)
    dpara(d, "Rosalind Pettigrew, HT(ASCP)", size=10, font="Liberation Sans", after=0)
    dpara(d, "Education Program Manager", size=10, font="Liberation Sans", after=40)
    dpara(d, "NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
             "ASCLS P.A.C.E.® Program. On-demand webinars are available for credit for 12 months after purchase.",
          size=8.5, font="Liberation Sans", color="444444", after=0)
    engine.docx(d, out, "zz26")


# ---------------------------------------------------------------- zz27
@cert(id="zz27", style="amt", producer="tcpdf",
      layout=["two-column-label-value", "portrait", "accented-name", "credentials-after-name",
              "member-number-distractor", "html-table"],
      notes="AMT continuing-education record rendered with TCPDF writeHTML: label/value table. CE hours. "
            "AMT Member ID is a distractor; Event ID is the activity ID.",
      name="Lucía Fernández Ochoa",
      title="Urinalysis Microscopy Review: Casts, Crystals, and Common Look-Alikes",
      date="2025-06-17", credits=1.5, unit="CE hour",
      provider=["American Medical Technologists", "AMT"], activity_id="AMT25-EP-214")
def zz27(out):
    code = engine.TCPDF_HEAD + r"""
$p = new CertPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetMargins(22, 20, 22); $p->SetAutoPageBreak(false); $p->AddPage();
$p->SetFillColor(11,79,60); $p->Rect(0, 0, 215.9, 12, 'F');
$html = '
<table cellpadding="0"><tr>
<td width="45%"><span style="font-size:30pt;font-weight:bold;color:#0b4f3c;">AMT</span><br><span style="font-size:11pt;color:#0b4f3c;">American Medical Technologists</span></td>
<td width="55%" align="right"><span style="font-size:8.5pt;color:#555555;">Certification Continuation Program (CCP)<br>Continuing Education Record</span></td></tr></table>
<hr style="color:#0b4f3c;">
<br><br>
<div style="text-align:center;font-size:26pt;font-family:times;">Continuing Education Certificate</div>
<div style="text-align:center;font-size:11pt;font-family:times;font-style:italic;">The following continuing education activity has been recorded for the member named below.</div>
<br><br>
<table cellpadding="7" border="0" style="font-size:11.5pt;">
<tr><td width="32%" style="color:#0b4f3c;font-weight:bold;text-align:right;border-bottom:0.3px solid #bbbbbb;">Name</td><td width="68%" style="border-bottom:0.3px solid #bbbbbb;"><b>Lucía Fernández Ochoa, MT(AMT)</b></td></tr>
<tr><td style="color:#0b4f3c;font-weight:bold;text-align:right;border-bottom:0.3px solid #bbbbbb;">Program</td><td style="border-bottom:0.3px solid #bbbbbb;">Urinalysis Microscopy Review: Casts, Crystals, and Common Look-Alikes</td></tr>
<tr><td style="color:#0b4f3c;font-weight:bold;text-align:right;border-bottom:0.3px solid #bbbbbb;">Event ID</td><td style="border-bottom:0.3px solid #bbbbbb;">AMT25-EP-214</td></tr>
<tr><td style="color:#0b4f3c;font-weight:bold;text-align:right;border-bottom:0.3px solid #bbbbbb;">Date Attended</td><td style="border-bottom:0.3px solid #bbbbbb;">06/17/2025</td></tr>
<tr><td style="color:#0b4f3c;font-weight:bold;text-align:right;border-bottom:0.3px solid #bbbbbb;">Delivery</td><td style="border-bottom:0.3px solid #bbbbbb;">AMT District III educational program, in person</td></tr>
<tr><td style="color:#0b4f3c;font-weight:bold;text-align:right;border-bottom:0.3px solid #bbbbbb;">CE Hours Awarded</td><td style="border-bottom:0.3px solid #bbbbbb;"><b>1.5</b></td></tr>
<tr><td style="color:#0b4f3c;font-weight:bold;text-align:right;">AMT Member ID</td><td>00983316</td></tr>
</table>
<br><br><br>
<div style="font-size:8.5pt;color:#444444;">American Medical Technologists approves this program for 1.5 CE hours toward CCP requirements. Members are responsible for retaining certificates for the length of their current three-year CCP compliance period.</div>
<br><br><br>
<table><tr><td width="50%"><span style="font-family:times;font-style:italic;font-size:15pt;color:#1f3864;">Veronica Delgado-Harms</span><br>______________________________<br><span style="font-size:9pt;">Veronica Delgado-Harms, MT(AMT)<br>Director, Continuing Education</span></td>
<td width="50%" align="right"><span style="font-size:8pt;color:#777777;">Record created 06/19/2025</span></td></tr></table>
';
$p->SetY(20); $p->writeHTML($html, true, false, true, false, '');
$p->Output($out, 'F');
"""
    engine.php(code, out, "zz27")


# ---------------------------------------------------------------- zz28
@cert(id="zz28", style="asm", producer="reportlab-platypus",
      layout=["centred-award", "portrait", "border", "format-line", "credentials-after-name", "signature-block"],
      notes="'Live Virtual Session' is a format line between 'for attending the' and the title. Session ID is "
            "the activity ID.",
      name="Fiona MacLennan",
      title="Candida auris Colonization Screening: Laboratory Workflow and Reporting to Public Health",
      date="2024-10-02", credits=1.0, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"], activity_id="LVS-24-1002")
def zz28(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    green = colors.HexColor("#00573f")
    S = lambda n, **k: ParagraphStyle(n, alignment=TA_CENTER, **k)
    story = [
        Paragraph("ASM", S("a", fontName="Helvetica-Bold", fontSize=30, leading=34, textColor=green)),
        Paragraph("American Society for Microbiology", S("b", fontName="Helvetica", fontSize=12.5, leading=16, textColor=colors.HexColor("#333333"))),
        Spacer(1, 40),
        Paragraph("Certificate of Participation", S("c", fontName="Times-Roman", fontSize=32, leading=38)),
        Spacer(1, 24),
        Paragraph("awarded to", S("d", fontName="Times-Italic", fontSize=13, leading=17)),
        Spacer(1, 6),
        Paragraph("Fiona MacLennan, SM(ASCP)<super>CM</super>", S("e", fontName="Times-Bold", fontSize=25, leading=30)),
        Spacer(1, 14),
        Paragraph("for attending the", S("f", fontName="Times-Italic", fontSize=13, leading=17)),
        Spacer(1, 4),
        Paragraph("Live Virtual Session", S("g", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=green)),
        Spacer(1, 4),
        Paragraph("<i>Candida auris</i> Colonization Screening: Laboratory Workflow and Reporting to Public Health",
                  S("h", fontName="Times-Bold", fontSize=17, leading=21)),
        Spacer(1, 10),
        Paragraph("Date: October 2, 2024", S("i", fontName="Times-Roman", fontSize=12.5, leading=16)),
        Paragraph("Session ID: LVS-24-1002", S("j", fontName="Times-Roman", fontSize=12.5, leading=16)),
        Paragraph("<b>Contact hours: 1.0</b>", S("k", fontName="Times-Roman", fontSize=13, leading=17)),
        Spacer(1, 60),
        Paragraph("<font name='Times-Italic' size='16' color='#22315e'>Marguerite Oyelaran</font>", S("l", leading=20)),
        Paragraph("______________________________", S("m", fontName="Helvetica", fontSize=9, leading=10)),
        Paragraph("Marguerite Oyelaran, PhD, D(ABMM)<br/>Chair, Clinical Microbiology Education Committee",
                  S("n", fontName="Helvetica", fontSize=9.5, leading=12)),
        Spacer(1, 40),
        Paragraph("ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                  "the ASCLS P.A.C.E.® Program. Live virtual sessions are not available for credit as recordings.",
                  S("o", fontName="Helvetica", fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))),
    ]

    def frame(c, doc):
        c.saveState()
        c.setStrokeColor(green)
        c.setLineWidth(1.2)
        c.rect(0.5 * inch, 0.5 * inch, 7.5 * inch, 10 * inch)
        c.setLineWidth(0.4)
        c.rect(0.58 * inch, 0.58 * inch, 7.34 * inch, 9.84 * inch)
        c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=1.1 * inch, rightMargin=1.1 * inch,
                            topMargin=1.0 * inch, bottomMargin=0.8 * inch, title="ASM Certificate of Participation")
    doc.build(story, onFirstPage=frame)


# ---------------------------------------------------------------- zz29
@cert(id="zz29", style="clsi", producer="reportlab-canvas",
      layout=["centred-award", "landscape", "border", "format-line", "long-title-then-label", "credentials-after-name",
              "certificate-number-distractor"],
      notes="'Enduring Material' is a format line on its own; the long title wraps onto a second line and is "
            "directly followed by 'Date of completion:'. Certificate ID is a distractor; Course ID is the activity ID.",
      name="Samuel K. Osei",
      title="Implementing Updated Breakpoints for Enterobacterales: Laboratory Verification and Communication With Antimicrobial Stewardship",
      date="2025-01-14", credits=2.0, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="ELM-M100-0125")
def zz29(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.colors import HexColor
    W, H = landscape(letter)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("CLSI Certificate of Completion")
    navy = HexColor("#2e4a7d")
    c.setFillColor(HexColor("#f4f6fa"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.rect(28, 28, W - 56, H - 56, stroke=0, fill=1)
    c.setStrokeColor(navy)
    c.setLineWidth(2)
    c.rect(28, 28, W - 56, H - 56)
    c.setFillColor(navy)
    c.rect(28, H - 70, W - 56, 42, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("Helvetica-Bold", 22)
    c.drawString(52, H - 58, "CLSI")
    c.setFont("Helvetica", 11)
    c.drawRightString(W - 52, H - 55, "Clinical and Laboratory Standards Institute")
    c.setFillColor(HexColor("#111111"))
    c.setFont("Times-Roman", 34)
    c.drawCentredString(W / 2, H - 130, "Certificate of Completion")
    c.setFont("Times-Italic", 13)
    c.drawCentredString(W / 2, H - 165, "This certifies that")
    c.setFont("Times-Bold", 26)
    c.drawCentredString(W / 2, H - 200, "Samuel K. Osei, MLS(ASCP)CM")
    c.setFont("Times-Italic", 13)
    c.drawCentredString(W / 2, H - 232, "has completed the")
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(navy)
    c.drawCentredString(W / 2, H - 252, "Enduring Material")
    c.setFillColor(HexColor("#111111"))
    y = rl_centre_wrap(c, "Implementing Updated Breakpoints for Enterobacterales: Laboratory Verification and "
                          "Communication With Antimicrobial Stewardship", "Times-Bold", 18, W / 2, H - 278, 600, 22)
    c.setFont("Times-Roman", 12.5)
    c.drawCentredString(W / 2, y - 2, "Date of completion: January 14, 2025")
    c.drawCentredString(W / 2, y - 20, "Course ID: ELM-M100-0125")
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y - 42, "P.A.C.E.® contact hours: 2.0")
    c.setFont("Times-Italic", 15)
    c.setFillColor(HexColor("#22315e"))
    c.drawCentredString(200, 112, "Helena Vasquez-Moreau")
    c.setStrokeColor(HexColor("#444444"))
    c.setLineWidth(0.6)
    c.line(90, 105, 310, 105)
    c.setFillColor(HexColor("#111111"))
    c.setFont("Helvetica", 9)
    c.drawCentredString(200, 93, "Helena Vasquez-Moreau, PhD")
    c.drawCentredString(200, 81, "Director, Education and Training")
    c.setFont("Helvetica", 8)
    c.setFillColor(HexColor("#333333"))
    rl_left_wrap(c, "CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences "
                    "by the ASCLS P.A.C.E.® Program. This enduring material was released September 2, 2024 and is "
                    "approved for credit through September 1, 2027.", "Helvetica", 8, 420, 112, 320, 10.5)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(HexColor("#777777"))
    c.drawRightString(W - 52, 44, "Certificate ID: 8F3A-22C1-0917")
    c.showPage()
    c.save()

# ---------------------------------------------------------------- zz30
@cert(id="zz30", style="state-society", producer="acroform-qpdf",
      layout=["form", "landscape", "labels-above-values", "program-no-without-colon", "accented-name", "border",
              "signature-block"],
      notes="Regional society webinar certificate as a flattened form. The label 'Program No' (no colon) sits "
            "above its value; 'Attendee' and 'Date' labels sit above their values.",
      name="Bjørn Halvorsen",
      title="Point-of-Care Glucose Meter Oversight: Competency and Proficiency Testing",
      date="2025-02-20", credits=1.0, unit="contact hour",
      provider=["Upper Midwest Clinical Laboratory Society", "UMCLS"], activity_id="271-006-25")
def zz30(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.colors import HexColor
    W, H = landscape(letter)
    red = HexColor("#8a1c1c")

    def tpl(path):
        c = canvas.Canvas(path, pagesize=(W, H))
        c.setTitle("UMCLS Webinar Certificate")
        c.setStrokeColor(red)
        c.setLineWidth(6)
        c.rect(22, 22, W - 44, H - 44)
        c.setLineWidth(1)
        c.rect(34, 34, W - 68, H - 68)
        c.setFillColor(red)
        c.setFont("Times-Bold", 20)
        c.drawCentredString(W / 2, H - 82, "Upper Midwest Clinical Laboratory Society")
        c.setFont("Helvetica", 10)
        c.setFillColor(HexColor("#444444"))
        c.drawCentredString(W / 2, H - 98, "UMCLS  ·  Minnesota  ·  Wisconsin  ·  the Dakotas")
        c.setFillColor(HexColor("#111111"))
        c.setFont("Times-Roman", 32)
        c.drawCentredString(W / 2, H - 148, "Webinar Certificate of Attendance")

        def lab(t, x, y):
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(red)
            c.drawString(x, y, t)
            c.setStrokeColor(HexColor("#bbbbbb"))
            c.setLineWidth(0.5)
        lab("Attendee", 80, H - 195)
        lab("Date", 520, H - 195)
        af_field(c, "att", 80, H - 222, 420, 22, size=16, font="Times-Bold")
        af_field(c, "date", 520, H - 222, 190, 22, size=13, font="Times-Roman")
        c.line(80, H - 225, 500, H - 225)
        c.line(520, H - 225, 712, H - 225)
        lab("Webinar", 80, H - 255)
        af_field(c, "title", 80, H - 282, 632, 22, size=13, font="Times-Bold")
        c.line(80, H - 285, 712, H - 285)
        lab("Program No", 80, H - 315)
        lab("P.A.C.E.® Contact Hours", 300, H - 315)
        lab("Presenter", 520, H - 315)
        af_field(c, "prog", 80, H - 342, 200, 22, size=13, font="Times-Roman")
        af_field(c, "hrs", 300, H - 342, 200, 22, size=13, font="Times-Roman")
        af_field(c, "pres", 520, H - 342, 190, 22, size=11, font="Times-Roman")
        c.line(80, H - 345, 280, H - 345)
        c.line(300, H - 345, 500, H - 345)
        c.line(520, H - 345, 712, H - 345)
        c.setFont("Helvetica", 8)
        c.setFillColor(HexColor("#333333"))
        rl_left_wrap(c, "UMCLS is approved as a provider of continuing education programs in the clinical laboratory "
                        "sciences by the ASCLS P.A.C.E.® Program. Credit is awarded for live attendance of at least 50 "
                        "minutes and completion of the post-webinar evaluation.", "Helvetica", 8, 80, 150, 360, 10.5)
        c.setFont("Times-Italic", 16)
        c.setFillColor(HexColor("#22315e"))
        c.drawCentredString(600, 140, "Colleen Draxler")
        c.setStrokeColor(HexColor("#444444"))
        c.line(500, 133, 700, 133)
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#111111"))
        c.drawCentredString(600, 121, "Colleen Draxler, MS, MLS(ASCP)CM")
        c.drawCentredString(600, 109, "UMCLS Continuing Education Chair")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(HexColor("#777777"))
        c.drawString(50, 46, "umcls.example.org/webinars")
        c.showPage()
        c.save()

    engine.acroform(tpl, {
        "att": "Bjørn Halvorsen",
        "date": "February 20, 2025",
        "title": "Point-of-Care Glucose Meter Oversight: Competency and Proficiency Testing",
        "prog": "271-006-25",
        "hrs": "1.0",
        "pres": "Renée Lachance, MLS(ASCP)",
    }, out, "zz30")


# ---------------------------------------------------------------- zz31
@cert(id="zz31", style="hospital-inservice", producer="libreoffice-fodt",
      layout=["centred-award", "portrait", "border", "department-provider", "orientation-in-title",
              "presented-by-distractor", "signature-block"],
      notes="Hospital education-council in-service: provider is the hospital and 'hospital, Education Council'. "
            "'Transfusion Service Orientation:' is part of the real title. 'Offering #' is the activity ID; the "
            "presenter is a distractor. CE hour unit.",
      name="Gwendolyn Achebe",
      title="Transfusion Service Orientation: Emergency Release and Massive Transfusion Protocol",
      date="2025-05-08", credits=1.0, unit="CE hour",
      provider=["Wyndham Hollow Regional Hospital", "Wyndham Hollow Regional Hospital, Education Council"],
      activity_id="EC-25-044")
def zz31(out):
    st = [
        fps("Hosp", align="center", size=19, bold=True, font="P052", color="#0d3b66", after="0in"),
        fps("Dept", align="center", size=12, font="Liberation Sans", color="#0d3b66", after="0.9in"),
        fps("Big", align="center", size=27, font="P052", after="0.05in"),
        fps("Sub", align="center", size=11, italic=True, color="#444444", after="0.6in"),
        fps("Lead", align="center", size=12.5, italic=True, after="0.06in"),
        fps("Name", align="center", size=24, bold=True, font="P052", after="0.12in"),
        fps("Ttl", align="center", size=16, bold=True, font="P052", after="0.1in"),
        fps("Info", align="center", size=12, after="0.03in"),
        fps("Cred", align="center", size=12.5, bold=True, before="0.1in", after="0.03in"),
        fps("Sig", align="center", size=15, italic=True, font="URW Bookman", color="#1f3864", before="1.1in", after="0in"),
        fps("SigT", align="center", size=9.5, font="Liberation Sans", after="0in"),
        fps("Fine", align="center", size=8, font="Liberation Sans", color="#555555", before="0.9in", after="0in"),
    ]
    b = [
        P("Hosp", "Wyndham Hollow Regional Hospital"),
        P("Dept", "Education Council"),
        P("Big", "Certificate of In-Service Attendance"),
        P("Sub", "Department of Pathology and Laboratory Medicine"),
        P("Lead", "Awarded to"),
        P("Name", "Gwendolyn Achebe"),
        P("Lead", "for attending the in-service"),
        P("Ttl", "Transfusion Service Orientation: Emergency Release and Massive Transfusion Protocol"),
        P("Info", "Presented by Marcus Feld, MD, Medical Director, Transfusion Service"),
        P("Info", "Thursday, May 8, 2025  ·  Conference Room 3B"),
        P("Info", "Offering #: EC-25-044"),
        P("Cred", "1.0 CE hour"),
        P("Sig", "Lorena Castillo-Nash"),
        P("SigT", "Lorena Castillo-Nash, MSN, RN, Chair, Education Council"),
        P("Fine", "Employee ID 118342  ·  Retain for your annual competency file and professional licensure records."),
    ]
    engine.fodt(fodt_doc(st, "\n".join(b), margins=("0.5in", "0.5in", "0.5in", "0.5in"),
                         border="3pt solid #0d3b66", padding="0.45in"), out, "zz31")


# ---------------------------------------------------------------- zz32
@cert(id="zz32", style="public-health-lab", producer="fpdf",
      layout=["centred-award", "landscape", "border", "department-provider", "long-title-then-label",
              "signature-block"],
      notes="Health department laboratory division: provider is the department and 'department, division' "
            "(printed on two lines). The long title wraps and is followed directly by 'Date of training:'. "
            "'Event ID' is the activity ID; the sentinel-lab registration number is a distractor.",
      name="Priyanka Deshmukh-Rao",
      title="Sentinel Laboratory Bioterrorism Agent Rule-Out Training: Bacillus anthracis, Yersinia pestis, and Francisella tularensis",
      date="2024-10-23", credits=4.0, unit="contact hour",
      provider=["Arbor Valley Health Department", "Arbor Valley Health Department, Division of Laboratory Services"],
      activity_id="SLT-2410")
def zz32(out):
    code = engine.FPDF_HEAD + r"""
$p = new FPDF('L', 'mm', 'Letter'); $p->SetAutoPageBreak(false); $p->AddPage();
$p->SetDrawColor(40, 70, 110); $p->SetLineWidth(1.5); $p->Rect(10, 10, 259.4, 195.9); $p->SetLineWidth(0.4); $p->Rect(13, 13, 253.4, 189.9);
$p->SetTextColor(40, 70, 110); $p->SetFont('Arial', 'B', 17); $p->SetXY(13, 24); $p->Cell(253.4, 8, w('Arbor Valley Health Department'), 0, 1, 'C');
$p->SetFont('Arial', '', 11); $p->SetX(13); $p->Cell(253.4, 6, w('Division of Laboratory Services'), 0, 1, 'C');
$p->SetTextColor(25, 25, 25); $p->SetFont('Times', 'B', 30); $p->SetXY(13, 44); $p->Cell(253.4, 13, w('Certificate of Training'), 0, 1, 'C');
$p->SetFont('Times', 'I', 13); $p->SetXY(13, 63); $p->Cell(253.4, 7, w('This certificate is presented to'), 0, 1, 'C');
$p->SetFont('Times', 'B', 24); $p->SetXY(13, 72); $p->Cell(253.4, 11, w('Priyanka Deshmukh-Rao, MLS(ASCP)CM'), 0, 1, 'C');
$p->SetFont('Times', 'I', 13); $p->SetXY(13, 88); $p->Cell(253.4, 7, w('for successful completion of'), 0, 1, 'C');
$p->SetFont('Times', 'B', 17); $p->SetXY(35, 98);
$p->MultiCell(209.4, 8, w('Sentinel Laboratory Bioterrorism Agent Rule-Out Training: Bacillus anthracis, Yersinia pestis, and Francisella tularensis'), 0, 'C');
$p->SetFont('Times', '', 12.5); $p->SetXY(13, $p->GetY() + 1); $p->Cell(253.4, 7, w('Date of training: Wednesday, October 23, 2024'), 0, 1, 'C');
$p->SetX(13); $p->Cell(253.4, 7, w('Event ID: SLT-2410    ·    Wet workshop, BSL-3 training suite'), 0, 1, 'C');
$p->SetFont('Times', 'B', 13); $p->SetX(13); $p->Cell(253.4, 8, w('4.0 contact hours'), 0, 1, 'C');
$p->SetDrawColor(70, 70, 70); $p->SetLineWidth(0.3); $p->Line(40, 172, 115, 172); $p->Line(164.4, 172, 239.4, 172);
$p->SetFont('Times', 'I', 14); $p->SetTextColor(30, 45, 90);
$p->SetXY(40, 164); $p->Cell(75, 7, w('Helen Marquardt'), 0, 0, 'C'); $p->SetXY(164.4, 164); $p->Cell(75, 7, w('Tobias Wren'), 0, 0, 'C');
$p->SetFont('Arial', '', 8.5); $p->SetTextColor(25, 25, 25);
$p->SetXY(40, 173.5); $p->Cell(75, 4, w('Helen Marquardt, PhD, D(ABMM)'), 0, 2, 'C'); $p->Cell(75, 4, w('Laboratory Director'), 0, 0, 'C');
$p->SetXY(164.4, 173.5); $p->Cell(75, 4, w('Tobias Wren, MS, SM(ASCP)'), 0, 2, 'C'); $p->Cell(75, 4, w('LRN Training Coordinator'), 0, 0, 'C');
$p->SetFont('Arial', '', 7.5); $p->SetTextColor(80, 80, 80); $p->SetXY(20, 187);
$p->MultiCell(239.4, 3.6, w('The Arbor Valley Health Department, Division of Laboratory Services is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Sentinel laboratory registration no. AV-SL-0087.'), 0, 'C');
$p->Output('F', $out);
"""
    engine.php(code, out, "zz32")

# ---------------------------------------------------------------- zz33
@cert(id="zz33", style="joint-accreditation", producer="chromium",
      layout=["centred-award", "portrait", "two-page", "multi-credit", "claimed-vs-maximum", "series-prefix-title",
              "credentials-after-name", "hyphenated-name", "claim-date-distractor", "signature-block"],
      notes="Jointly accredited grand rounds. Page 1 awards 1.5 P.A.C.E. contact hours; the statements list AMA "
            "PRA, ANCC and ACPE maximums of 1.25 (ACPE also 0.125 CEU) as distractors. 'Pathology Grand Rounds:' "
            "is part of the title. Page 2 has statements, faculty and the claim date (distractor).",
      name="Constance Oyelowo-Grant",
      title="Pathology Grand Rounds: Procalcitonin-Guided Antibiotic Stewardship in the Emergency Department",
      date="2025-03-12", credits=1.5, unit="contact hour",
      provider=["Ashgrove Medical Education Collaborative", "AMEC"], activity_id="GR-25-0312")
def zz33(out):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0; }
body { margin:0; font-family:'Liberation Serif', serif; color:#1c1c1c; }
.page { width:8.5in; height:11in; box-sizing:border-box; padding:0.5in; page-break-after:always; position:relative; }
.page:last-child { page-break-after:auto; }
.frame { border:1.5px solid #3d5a80; outline:5px solid #3d5a80; outline-offset:4px; height:100%; box-sizing:border-box; padding:0.55in 0.6in; text-align:center; position:relative; }
.top { display:flex; justify-content:space-between; align-items:center; font-family:'Liberation Sans',sans-serif; }
.top .lg { font-size:26pt; font-weight:bold; color:#3d5a80; }
.top .nm { font-size:11pt; text-align:right; color:#333; }
h1 { font-weight:normal; font-size:30pt; margin:0.55in 0 0.3in; }
.lead { font-style:italic; font-size:12.5pt; margin:0.05in 0; }
.name { font-size:24pt; font-weight:bold; margin:0.08in 0 0.25in; }
.title { font-size:17pt; font-weight:bold; margin:0.08in auto 0.15in; width:6in; line-height:1.25; }
.row { font-size:12.5pt; line-height:1.65; }
.award { margin:0.3in auto 0; width:5.2in; border:1px solid #3d5a80; padding:0.12in; font-family:'Liberation Sans',sans-serif; font-size:11pt; }
.award b { font-size:13pt; }
.sig { position:absolute; bottom:0.9in; left:0; right:0; font-family:'Liberation Sans',sans-serif; font-size:9.5pt; }
.sig .s { font-family:'URW Bookman',serif; font-style:italic; font-size:16pt; color:#1f3864; }
.sig .ln { width:3in; margin:3px auto; border-top:1px solid #444; }
.pg { position:absolute; bottom:0.25in; right:0.4in; font-family:'Liberation Sans',sans-serif; font-size:8pt; color:#777; }
.p2 { text-align:left; font-family:'Liberation Sans',sans-serif; font-size:10pt; line-height:1.5; padding:0.4in 0.3in; }
.p2 h2 { font-size:14pt; color:#3d5a80; margin:0.25in 0 0.06in; }
</style></head><body>
<div class="page"><div class="frame">
<div class="top"><div class="lg">AMEC</div><div class="nm">Ashgrove Medical Education Collaborative<br><span style="font-size:9pt;color:#3d5a80">Jointly Accredited Provider of Interprofessional Continuing Education</span></div></div>
<h1>Certificate of Participation</h1>
<div class="lead">This is to certify that</div>
<div class="name">Constance Oyelowo-Grant, MLS(ASCP)<sup style="font-size:11pt">CM</sup></div>
<div class="lead">participated in the live activity</div>
<div class="title">Pathology Grand Rounds: Procalcitonin-Guided Antibiotic Stewardship in the Emergency Department</div>
<div class="row">Date: 12 March 2025<br>Activity ID: GR-25-0312</div>
<div class="award">Credit awarded to this participant<br><b>1.5 ASCLS P.A.C.E.® contact hours</b></div>
<div class="sig"><div class="s">Dana Whitfield</div><div class="ln"></div>Dana Whitfield, MD, MPH<br>Director, Interprofessional Continuing Education</div>
</div><div class="pg">Page 1 of 2</div></div>
<div class="page"><div class="p2">
<h2>Accreditation and Credit Designation</h2>
<p>In support of improving patient care, Ashgrove Medical Education Collaborative is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.</p>
<p><b>Physicians:</b> AMEC designates this live activity for a maximum of 1.25 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.</p>
<p><b>Nurses:</b> This activity is approved for a maximum of 1.25 ANCC nursing contact hours.</p>
<p><b>Pharmacists:</b> This knowledge-based activity is approved for 1.25 contact hours (0.125 CEU) of ACPE credit.</p>
<p><b>Laboratory professionals:</b> AMEC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 1.5 contact hours.</p>
<h2>Faculty</h2>
<p>Presented by Rashida Kellerman, MD, Associate Professor of Emergency Medicine, and Peter Lindahl, PharmD, BCIDP, Antimicrobial Stewardship Pharmacist. All relevant financial relationships have been mitigated.</p>
<h2>Record</h2>
<p>Credit claimed online: March 20, 2025<br>Certificate reference: AMEC-CR-77105<br>Verification: ce.ashgrove.example.org</p>
</div><div class="pg">Page 2 of 2</div></div>
</body></html>"""
    engine.chromium(html, out, "zz33")


# ---------------------------------------------------------------- zz34
@cert(id="zz34", style="university-ceu", producer="docx-libreoffice",
      layout=["landscape", "border", "small-table", "labels-above-values", "department-provider", "date-range",
              "suffix-name", "student-id-distractor", "issue-date-distractor", "signature-block"],
      notes="University continuing-studies certificate. A small table (labels above values) gives course number, "
            "dates and CEUs; the title has its own full-width row. Date range Jan 6-31 -> last day. 2.4 CEU = 24 "
            "points. Student ID and issue date are distractors.",
      name="Reuben Castellano III",
      title="Molecular Diagnostics Bootcamp: PCR, Sequencing, and Assay Validation",
      date="2025-01-31", credits=2.4, unit="CEU",
      provider=["Pinecrest State University", "Pinecrest State University, Division of Continuing Studies"],
      activity_id="MLS 7105-CE")
def zz34(out):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    d = docx_new(landscape=True, margins=0.8, font="Liberation Serif", size=11)
    docx_page_border(d, val="thickThinSmallGap", sz=24, color="274E13", space=20)
    dpara(d, "Pinecrest State University", size=24, bold=True, font="P052", color="274E13", after=0)
    dpara(d, "Division of Continuing Studies", size=12.5, font="Liberation Sans", color="444444", after=26)
    dpara(d, "Certificate of Completion", size=30, font="P052", after=14)
    dpara(d, "is hereby awarded to", size=12.5, italic=True, after=6)
    dpara(d, "Reuben Castellano III", size=26, bold=True, font="P052", after=12)
    dpara(d, "in recognition of the successful completion of the following non-credit professional course", size=12, italic=True, after=16)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.rows[0].cells[0].merge(t.rows[0].cells[2])
    dcell(top, "Course Title", size=9, bold=True, color="555555", shade="E8F0E3")
    mid = t.rows[1].cells[0].merge(t.rows[1].cells[2])
    dcell(mid, "Molecular Diagnostics Bootcamp: PCR, Sequencing, and Assay Validation", size=14, bold=True, align="center")
    for i, h in enumerate(["Course Number", "Course Dates", "Continuing Education Units (CEUs)"]):
        dcell(t.rows[2].cells[i], h, size=9, bold=True, color="555555", align="center", shade="E8F0E3")
    for i, v in enumerate(["MLS 7105-CE", "January 6 – January 31, 2025", "2.4"]):
        dcell(t.rows[3].cells[i], v, size=12, align="center")
    dwidths(t, [2.4, 2.9, 2.4])
    dpara(d, "", after=6)
    dpara(d, "One CEU is awarded for each ten hours of participation in an organized continuing education experience. "
             "This course carries no academic credit.", size=8.5, font="Liberation Sans", color="444444", after=40)
    s = d.add_table(rows=3, cols=2)
    s.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (a, bb) in enumerate([("Harriet Ng-Vasquez", "Dr. Elliot Brandauer"),
                                 ("Harriet Ng-Vasquez, MEd", "Elliot Brandauer, PhD"),
                                 ("Director, Division of Continuing Studies", "Chair, Department of Medical Laboratory Science")]):
        for j, v in enumerate((a, bb)):
            if i == 0:
                dcell(s.rows[i].cells[j], v, size=14, italic=True, align="center", color="1F3864")
            else:
                dcell(s.rows[i].cells[j], v, size=9, align="center")
    dwidths(s, [3.8, 3.8])
    dpara(d, "Student ID: 9004417723          Issued: February 10, 2025", size=8, font="Liberation Sans", color="777777", align="right", before=8, after=0)
    engine.docx(d, out, "zz34")


# ---------------------------------------------------------------- zz35
@cert(id="zz35", style="vendor", producer="reportlab-canvas",
      layout=["centred-award", "portrait", "format-line", "program-no-without-colon", "hyphenated-name",
              "registration-number-distractor", "signature-block"],
      notes="Vendor educational webinar. 'On-Demand Webinar' is a format line between the verb line and the "
            "title. 'Program No.' without colon. Registration number is a distractor.",
      name="Maeve O'Callaghan-Reyes",
      title="Reducing Blood Culture Contamination: Diversion Devices, Collection Technique, and Benchmarking",
      date="2024-11-06", credits=1.0, unit="contact hour",
      provider=["Thalassa Biosystems"], activity_id="588-014-24")
def zz35(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle("Thalassa Biosystems Certificate")
    sea = HexColor("#12606f")
    # wave band
    c.setFillColor(sea)
    p = c.beginPath()
    p.moveTo(0, H)
    p.lineTo(W, H)
    p.lineTo(W, H - 70)
    p.curveTo(W * 0.7, H - 110, W * 0.3, H - 40, 0, H - 90)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("Helvetica-Bold", 22)
    c.drawString(50, H - 45, "Thalassa Biosystems")
    c.setFont("Helvetica", 9)
    c.drawString(52, H - 60, "Clinical Education Program")
    c.setFillColor(HexColor("#111111"))
    c.setFont("Times-Roman", 32)
    c.drawCentredString(W / 2, H - 180, "Certificate of Completion")
    c.setFont("Times-Italic", 13)
    c.drawCentredString(W / 2, H - 220, "This certifies that")
    c.setFont("Times-Bold", 25)
    c.drawCentredString(W / 2, H - 258, "Maeve O'Callaghan-Reyes, MT(ASCP)")
    c.setFont("Times-Italic", 13)
    c.drawCentredString(W / 2, H - 292, "has viewed the")
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(sea)
    c.drawCentredString(W / 2, H - 312, "On-Demand Webinar")
    c.setFillColor(HexColor("#111111"))
    y = rl_centre_wrap(c, "Reducing Blood Culture Contamination: Diversion Devices, Collection Technique, and Benchmarking",
                       "Times-Bold", 17, W / 2, H - 340, 420, 21)
    c.setFont("Times-Roman", 12.5)
    c.drawCentredString(W / 2, y - 6, "and completed the post-test on November 6, 2024")
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y - 34, "1.0 P.A.C.E.® contact hour")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y - 52, "Program No. 588-014-24")
    c.setFont("Times-Italic", 16)
    c.setFillColor(HexColor("#22315e"))
    c.drawCentredString(W / 2, 200, "Gideon Marsh")
    c.setStrokeColor(HexColor("#444444"))
    c.setLineWidth(0.6)
    c.line(W / 2 - 120, 193, W / 2 + 120, 193)
    c.setFillColor(HexColor("#111111"))
    c.setFont("Helvetica", 9.5)
    c.drawCentredString(W / 2, 180, "Gideon Marsh, MS, MLS(ASCP)CM")
    c.drawCentredString(W / 2, 167, "Manager, Clinical Education")
    c.setFont("Helvetica", 8)
    c.setFillColor(HexColor("#333333"))
    rl_centre_wrap(c, "Thalassa Biosystems is approved as a provider of continuing education programs in the clinical "
                      "laboratory sciences by the ASCLS P.A.C.E.® Program. This educational activity is non-promotional; "
                      "no product claims are made.", "Helvetica", 8, W / 2, 110, 440, 10.5)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(HexColor("#777777"))
    c.drawString(50, 44, "Registration #: 77120-4")
    c.drawRightString(W - 50, 44, "education.thalassa.example.com")
    c.showPage()
    c.save()

# ---------------------------------------------------------------- zz36
@cert(id="zz36", style="ascp", producer="ghostscript",
      layout=["centred-award", "portrait", "border", "all-caps-name", "format-line", "small-table",
              "labels-above-values", "credentials-after-name", "customer-number-distractor"],
      notes="ALL-CAPS name with credentials. 'Self-Study' is a format line between 'has completed the' and the "
            "title. Course No., date and CMLE credits sit in a small table with labels above values.",
      name="WINIFRED A. STAVROPOULOS",
      title="Bone Marrow Aspirate Differential Counts: Standardizing the 500-Cell Count",
      date="2024-11-21", credits=1.5, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="SS2411-08")
def zz36(out):
    L = lambda s: "(" + pe(s) + ")"
    cells = ""
    xs = [156, 306, 456]
    for x_, lab, val in zip(xs, ["Course No.", "Date Completed", "CMLE Credits"], ["SS2411-08", "November 21, 2024", "1.5"]):
        cells += "9.5 /HB F 0.04 0.23 0.42 setrgbcolor %s %d 331 C 12 /HR F 0.1 setgray %s %d 307 C\n" % (L(lab), x_, L(val), x_)
    ps = engine.PS_PROLOG + """
<< /PageSize [612 792] >> setpagedevice
0.04 0.23 0.42 setrgbcolor 3 setlinewidth 36 36 540 720 rectstroke
0.55 0.42 0.17 setrgbcolor 1 setlinewidth 44 44 524 704 rectstroke
0.04 0.23 0.42 setrgbcolor 34 /HB F %s 306 690 C
12 /HR F %s 306 670 C
0.1 setgray 30 /NR F %s 306 600 C
13 /NI F %s 306 555 C
17.5 /NB F %s 306 520 C
13 /NI F %s 306 482 C
0.04 0.23 0.42 setrgbcolor 11 /HB F %s 306 462 C
0.1 setgray 16 /NB F %s 306 436 C %s 306 416 C
%% table
0.92 0.94 0.97 setrgbcolor 81 324 450 22 rectfill
0.6 setgray 0.6 setlinewidth 81 294 450 52 rectstroke 81 324 450 hline 231 294 moveto 0 52 rlineto stroke 381 294 moveto 0 52 rlineto stroke
%s
0.15 0.2 0.45 setrgbcolor 16 /NI F %s 306 200 C
0.3 setgray 0.6 setlinewidth 206 193 200 hline
0.1 setgray 9.5 /HR F %s 306 180 C %s 306 168 C
8 /HR F 0.3 setgray %s 306 120 C %s 306 109 C
7.5 /HR F 0.45 setgray %s 60 56 L %s 552 56 R
showpage
""" % (L("ASCP"), L("American Society for Clinical Pathology"),
       L("CMLE Certificate"), L("This is to certify that"),
       L("WINIFRED A. STAVROPOULOS, MLS(ASCP)CM"),
       L("has completed the"), L("Self-Study"),
       L("Bone Marrow Aspirate Differential Counts:"), L("Standardizing the 500-Cell Count"),
       cells,
       L("Elena M. Forsythe"), L("Elena M. Forsythe, MD, FASCP"), L("Chief Medical Officer"),
       L("ASCP designates this self-study activity for 1.5 CMLE credits. CMLE credits are accepted by the"),
       L("ASCP Board of Certification for the Credential Maintenance Program."),
       L("Customer No. 10733018"), L("Printed 12/02/2024"))
    engine.ghostscript(ps, out, "zz36")


# ---------------------------------------------------------------- zz37
@cert(id="zz37", style="aabb", producer="tcpdf",
      layout=["landscape", "two-column-label-value", "session-certificate", "date-range-distractor", "multi-credit",
              "claimed-vs-maximum", "credentials-after-name", "border"],
      notes="AABB annual-meeting session certificate. Meeting Oct 12-15 is a distractor; the session date "
            "Oct 14 is gold. P.A.C.E. 1.0 is gold; AMA PRA and ANCC rows and the 'up to 22.5 contact hours' "
            "full-meeting maximum are distractors. 'Session code' is the activity ID.",
      name="Thandiwe Mokoena",
      title="Cold-Stored Platelets in Trauma Resuscitation: Early Multicenter Experience",
      date="2024-10-14", credits=1.0, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="4107-TS")
def zz37(out):
    code = engine.TCPDF_HEAD + r"""
$p = new CertPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetMargins(20, 15, 20); $p->SetAutoPageBreak(false); $p->AddPage();
$p->SetLineStyle(array('width'=>0.8, 'color'=>array(179,18,46))); $p->Rect(10, 10, 259.4, 195.9);
$p->SetFillColor(179,18,46); $p->Rect(10, 10, 259.4, 24, 'F');
$p->SetTextColor(255,255,255); $p->SetFont('helvetica','B',24); $p->SetXY(18, 14); $p->Cell(40, 16, 'AABB', 0, 0, 'L');
$p->SetFont('helvetica','',11); $p->SetXY(60, 15.5); $p->Cell(200, 6, 'Association for the Advancement of Blood & Biotherapies', 0, 2, 'L');
$p->SetFont('helvetica','',9); $p->Cell(200, 5, 'AABB Annual Meeting 2024  ·  October 12–15, 2024  ·  Nashville, Tennessee', 0, 0, 'L');
$p->SetTextColor(20,20,20); $p->SetFont('times','',28); $p->SetXY(10, 42); $p->Cell(259.4, 12, 'Session Certificate', 0, 1, 'C');
$p->SetFont('times','I',11.5); $p->SetX(10); $p->Cell(259.4, 6, 'Continuing education record for an individual educational session', 0, 1, 'C');
$rows = array(
 array('Name', 'Thandiwe Mokoena, MD, MLS(ASCP)'),
 array('Session', 'Cold-Stored Platelets in Trauma Resuscitation: Early Multicenter Experience'),
 array('Session date', 'Monday, October 14, 2024, 2:00–3:00 p.m.'),
 array('Session code', '4107-TS'),
 array('Registration No.', 'AM24-055193'),
);
$y = 68;
foreach ($rows as $r) {
  $p->SetFont('helvetica','B',10.5); $p->SetTextColor(179,18,46); $p->SetXY(30, $y); $p->Cell(48, 8, $r[0], 0, 0, 'R');
  $p->SetFont('helvetica', $r[0] == 'Name' ? 'B' : '', 12); $p->SetTextColor(20,20,20); $p->SetXY(84, $y); $p->Cell(170, 8, $r[1], 0, 0, 'L');
  $p->SetLineStyle(array('width'=>0.2, 'color'=>array(200,200,200))); $p->Line(30, $y + 9, 250, $y + 9);
  $y += 11;
}
$p->SetFont('helvetica','B',10); $p->SetTextColor(20,20,20); $p->SetFillColor(245,225,229);
$p->SetXY(84, $y + 4); $p->Cell(90, 7, 'Credit type', 1, 0, 'L', true); $p->Cell(35, 7, 'Hours', 1, 1, 'C', true);
$p->SetFont('helvetica','',10);
foreach (array(array('ASCLS P.A.C.E.® contact hours', '1.0'), array('AMA PRA Category 1 Credit™', '1.0'), array('ANCC nursing contact hours', '1.0')) as $c) {
  $p->SetX(84); $p->Cell(90, 7, $c[0], 1, 0, 'L'); $p->Cell(35, 7, $c[1], 1, 1, 'C');
}
$p->SetFont('helvetica','',7.8); $p->SetTextColor(70,70,70); $p->SetXY(20, 170);
$p->MultiCell(239.4, 3.7, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. AABB is accredited by the ACCME to provide continuing medical education for physicians and designates each session for the AMA PRA Category 1 Credit™ shown; AABB is accredited as a provider of nursing continuing professional development by the ANCC. Full-meeting attendees may earn up to 22.5 contact hours; each session is claimed and certified separately.', 0, 'L');
$p->SetFont('helvetica','',7.5); $p->SetTextColor(120,120,120); $p->SetXY(20, 192); $p->Cell(239.4, 4, 'Generated from the AABB Annual Meeting evaluation and credit system on 10/28/2024', 0, 0, 'R');
$p->Output($out, 'F');
"""
    engine.php(code, out, "zz37")


# ---------------------------------------------------------------- zz38
@cert(id="zz38", style="cap", producer="reportlab-platypus",
      layout=["landscape", "two-page", "labels-above-values", "multi-credit", "claimed-vs-maximum",
              "grossing-in-title", "safety-in-title", "accented-name", "credentials-after-name"],
      notes="CAP course on grossing (a real title word). Page 1 uses a grid with labels above values; P.A.C.E. "
            "1.5 claimed is gold, AMA PRA maximum 1.25 is a distractor. Page 2 holds objectives and statements.",
      name="Émile Thibodeaux",
      title="Safe Specimen Grossing: Fixation, Ischemic Time, and Breast Biomarker Preanalytics",
      date="2025-05-27", credits=1.5, unit="contact hour",
      provider=["College of American Pathologists", "CAP"], activity_id="CAPL-HG-0525")
def zz38(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.units import inch
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    navy = colors.HexColor("#003865")
    S = lambda n, **k: ParagraphStyle(n, **k)
    lab = S("lab", fontName="Helvetica-Bold", fontSize=8.5, textColor=colors.HexColor("#6b6b6b"), leading=11)
    val = S("val", fontName="Helvetica", fontSize=12.5, leading=15.5)
    valb = S("valb", fontName="Helvetica-Bold", fontSize=16, leading=19)
    valt = S("valt", fontName="Helvetica-Bold", fontSize=14, leading=17.5)
    big = S("big", fontName="Times-Roman", fontSize=30, leading=36, alignment=TA_LEFT, spaceAfter=14)
    body = S("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=8)
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=13, textColor=navy, leading=16, spaceBefore=8, spaceAfter=6)
    W, H = landscape(letter)

    def deco(c, doc):
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, H - 0.75 * inch, W, 0.75 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(0.6 * inch, H - 0.5 * inch, "CAP")
        c.setFont("Helvetica", 11)
        c.drawString(1.3 * inch, H - 0.48 * inch, "College of American Pathologists")
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 0.6 * inch, 0.4 * inch, "Page %d of 2" % doc.page)
        c.drawString(0.6 * inch, 0.4 * inch, "CAP Learning  ·  Transcript record 5521-0098-77")
        c.restoreState()

    g = Table([
        [Paragraph("PARTICIPANT", lab), "", Paragraph("DATE COMPLETED", lab)],
        [Paragraph("Émile Thibodeaux, HT(ASCP)", valb), "", Paragraph("27 May 2025", val)],
        [Paragraph("COURSE TITLE", lab), "", ""],
        [Paragraph("Safe Specimen Grossing: Fixation, Ischemic Time, and Breast Biomarker Preanalytics", valt), "", ""],
        [Paragraph("COURSE CODE", lab), Paragraph("FORMAT", lab), Paragraph("CREDIT CLAIMED", lab)],
        [Paragraph("CAPL-HG-0525", val), Paragraph("Online course with assessment", val), Paragraph("1.5 ASCLS P.A.C.E.® contact hours", val)],
    ], colWidths=[3.2 * inch, 2.6 * inch, 3.2 * inch])
    g.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (2, 2)), ("SPAN", (0, 3), (2, 3)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#b8c4d0")),
        ("LINEBELOW", (0, 2), (-1, 2), 0.5, colors.HexColor("#b8c4d0")),
        ("LINEBELOW", (0, 4), (-1, 4), 0.5, colors.HexColor("#b8c4d0")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, 1), 14),
        ("BOTTOMPADDING", (0, 3), (-1, 3), 14), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story = [
        Paragraph("Certificate of Completion", big),
        g, Spacer(1, 26),
        Paragraph("The CAP designates this enduring material for a maximum of 1.25 AMA PRA Category 1 Credits™. "
                  "See page 2 for accreditation statements.", S("f", fontName="Helvetica", fontSize=9, leading=12,
                                                                 textColor=colors.HexColor("#444444"))),
        Spacer(1, 30),
        Paragraph("<font name='Times-Italic' size='15' color='#22315e'>Susan K. Ferraro</font>", S("s", leading=19)),
        Paragraph("Susan K. Ferraro, MD, FCAP  ·  Chair, Council on Education", S("s2", fontName="Helvetica", fontSize=9, leading=12)),
        PageBreak(),
        Paragraph("Course Information", h2),
        Paragraph("This course reviews safe handling of formalin during grossing, documentation of cold ischemic time and "
                  "time in fixative, and preanalytical variables that affect ER, PR and HER2 testing of breast specimens.", body),
        Paragraph("Learning objectives", h2),
        Paragraph("1. Describe engineering controls and PPE for grossing stations.<br/>"
                  "2. Record cold ischemic and fixation times in the specimen record.<br/>"
                  "3. Identify specimens at risk of under-fixation before biomarker testing.", body),
        Paragraph("Accreditation statements", h2),
        Paragraph("The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical "
                  "Education to provide continuing medical education for physicians. The CAP designates this enduring material "
                  "for a maximum of 1.25 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate "
                  "with the extent of their participation in the activity.", body),
        Paragraph("The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences "
                  "by the ASCLS P.A.C.E.® Program. This course is approved for 1.5 contact hours.", body),
        Paragraph("Release date: 1 February 2025  ·  Expiration date: 31 January 2028", body),
    ]
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=1.1 * inch, bottomMargin=0.7 * inch, title="CAP Certificate of Completion")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ---------------------------------------------------------------- zz39
@cert(id="zz39", style="state-society", producer="libreoffice-fodt",
      layout=["centred-award", "portrait", "border", "meeting-attendance", "meeting-in-title", "date-range",
              "program-no-without-colon", "hyphenated-name", "signature-block"],
      notes="Two-day state/regional society meeting attended as a whole; no session title, so the title is the "
            "meeting name. Range November 7-8 -> last day. 'Program No.' without colon.",
      name="Marguerite Ellison-Boyd",
      title="GLALP 2024 Fall Education Meeting",
      date="2024-11-08", credits=9.5, unit="contact hour",
      provider=["Great Lakes Association for Laboratory Professionals", "GLALP"], activity_id="402-117-24")
def zz39(out):
    st = [
        fps("Org", align="center", size=17, bold=True, font="Nimbus Sans", color="#1b4f72", after="0in"),
        fps("Sub", align="center", size=9.5, font="Nimbus Sans", color="#555555", after="0.9in"),
        fps("Big", align="center", size=30, font="URW Bookman", after="0.7in"),
        fps("Lead", align="center", size=13, italic=True, after="0.08in"),
        fps("Name", align="center", size=25, bold=True, font="URW Bookman", after="0.4in"),
        fps("Mtg", align="center", size=20, bold=True, font="URW Bookman", color="#1b4f72", after="0.08in"),
        fps("Info", align="center", size=12, after="0.04in"),
        fps("Cred", align="center", size=13, bold=True, before="0.2in", after="0.04in"),
        fps("Sig", align="center", size=15, italic=True, font="URW Bookman", color="#1f3864", before="1.5in", after="0in"),
        fps("SigT", align="center", size=9.5, font="Nimbus Sans", after="0in"),
        fps("Fine", align="center", size=8, font="Nimbus Sans", color="#444444", before="1.1in", after="0in"),
    ]
    b = [
        P("Org", "Great Lakes Association for Laboratory Professionals"),
        P("Sub", "GLALP  ·  Ohio  ·  Michigan  ·  Indiana"),
        P("Big", "Certificate of Attendance"),
        P("Lead", "This certifies that"),
        P("Name", "Marguerite Ellison-Boyd"),
        P("Lead", "attended the"),
        P("Mtg", "GLALP 2024 Fall Education Meeting"),
        P("Info", "November 7–8, 2024  ·  Maumee Bay Lodge, Toledo, Ohio"),
        P("Cred", "Total P.A.C.E.® contact hours: 9.5"),
        P("Info", "Program No. 402-117-24"),
        P("Sig", "Douglas Vanterpool"),
        P("SigT", "Douglas Vanterpool, MLS(ASCP)CM, GLALP Education Chair"),
        P("Fine", "GLALP is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                  "the ASCLS P.A.C.E.® Program. Attendance was verified from session sign-in sheets."),
    ]
    engine.fodt(fodt_doc(st, "\n".join(b), margins=("0.5in", "0.5in", "0.5in", "0.5in"),
                         border="4.5pt double #1b4f72", padding="0.4in"), out, "zz39")


# ---------------------------------------------------------------- zz40
@cert(id="zz40", style="pace-provider", producer="libreoffice-fodt",
      layout=["landscape", "labels-above-values", "provider-issuer-line", "for-and-in-provider-name",
              "program-no-without-colon", "certificate-number-distractor", "hyphenated-name", "border"],
      notes="The provider appears as an issuer line under 'Certificate of Completion' ('Issued by the Institute "
            "for ...'); gold omits the article. Labels above values in a table. 'Program No.' without colon; "
            "certificate number is a distractor.",
      name="Aurelio Bianchi-Sforza",
      title="Root Cause Analysis for Laboratory Errors: From Incident Report to Corrective Action Plan",
      date="2025-08-19", credits=2.0, unit="contact hour",
      provider=["Institute for Laboratory Quality and Leadership"], activity_id="615-220-25")
def zz40(out):
    st = [
        fps("Big", align="center", size=34, font="P052", color="#3b2f63", before="0.45in", after="0.02in"),
        fps("Iss", align="center", size=11, italic=True, font="P052", color="#555555", after="0.6in"),
        fps("Lab", align="start", size=8.5, bold=True, font="Liberation Sans", color="#6b6b6b", after="0.02in"),
        fps("Val", align="start", size=14, font="Liberation Sans", after="0.04in"),
        fps("ValB", align="start", size=17, bold=True, font="P052", after="0.04in"),
        fps("ValT", align="start", size=14, bold=True, font="P052", after="0.04in"),
        fps("Fine", align="center", size=8, font="Liberation Sans", color="#444444", before="0.25in", after="0in"),
        fps("Sig", align="start", size=15, italic=True, font="URW Bookman", color="#1f3864", before="0.7in", after="0in"),
        fps("SigT", align="start", size=9, font="Liberation Sans", after="0in"),
        fps("Sp", size=8, after="0.5in"),
    ]
    cols = '<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/>'
    st += ['<style:style style:name="T1" style:family="table"><style:table-properties style:width="8.6in" table:align="center"/></style:style>',
           '<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="3.4in"/></style:style>',
           '<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="2.6in"/></style:style>',
           '<style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="2.6in"/></style:style>',
           '<style:style style:name="CL" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.06in" fo:padding-bottom="0.3in" fo:padding-left="0.05in" fo:border-top="0.75pt solid #8a7fb0"/></style:style>']

    def cell(lab, val, vstyle="Val", span=1):
        sp = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
        s = '<table:table-cell table:style-name="CL"%s office:value-type="string">%s%s</table:table-cell>' % (sp, P("Lab", lab), P(vstyle, val))
        return s + "<table:covered-table-cell/>" * (span - 1)
    table = ('<table:table table:name="Facts" table:style-name="T1">' + cols +
             "<table:table-row>" + cell("PARTICIPANT", "Aurelio Bianchi-Sforza", "ValB", 2) + cell("COMPLETED", "19 August 2025") + "</table:table-row>" +
             "<table:table-row>" + cell("COURSE", "Root Cause Analysis for Laboratory Errors: From Incident Report to Corrective Action Plan", "ValT", 3) + "</table:table-row>" +
             "<table:table-row>" + cell("PROGRAM NO.", "615-220-25") + cell("CONTACT HOURS", "2.0") + cell("DELIVERY", "Virtual, instructor-led") + "</table:table-row>" +
             "</table:table>")
    b = [
        P("Big", "Certificate of Completion"),
        P("Iss", "Issued by the Institute for Laboratory Quality and Leadership"),
        table,
        P("Sig", "Nadia Fenwick-Osei"),
        P("SigT", "Nadia Fenwick-Osei, DLM(ASCP), CQA(ASQ)  ·  Director of Professional Education"),
        P("Sp", ""),
        P("Fine", "This program is approved for 2.0 contact hours by the ASCLS P.A.C.E.® Program.  ·  Certificate No. 25-00871  ·  "
                  "Issued 22 August 2025"),
    ]
    engine.fodt(fodt_doc(st, "\n".join(b), width="11in", height="8.5in", margins=("0.45in", "0.45in", "0.45in", "0.45in"),
                         border="2.5pt solid #3b2f63", padding="0.35in"), out, "zz40")


# =====================================================================
# README and main
# =====================================================================
README_HEAD = """# z26 blind test set — CE certificates for ASCP BOC CMP

40 invented continuing-education certificates (`zz01.pdf` … `zz40.pdf`), each with a gold answer
(`zzNN.gold.json`). Every person, hospital, university, vendor, public health laboratory and activity is
invented; real organisation names (ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM, CLSI, LabCE, MediaLab)
carry invented activities. Addresses, URLs ending in `.example.*` and all ID numbers are made up.

## How it was made

```
/usr/bin/python3 build.py            # rebuild all 40 PDFs + gold files + this README
/usr/bin/python3 build.py zz07 zz31  # rebuild selected certificates (README is rewritten too)
/usr/bin/python3 verify.py           # pdftotext checks against the gold
```

* `build.py` — one function per certificate (source text/layout written by hand for that certificate) and
  its gold answer in the `@cert(...)` decorator; also writes the gold JSON and this README.
* `engine.py` — producer back-ends. Scratch sources (HTML, FODT, DOCX, PHP, PostScript, unfilled forms,
  qpdf JSON) go to `.build/`; Chromium and LibreOffice profiles go to `.profiles/`. Neither folder is part
  of the set. Converters run strictly one at a time.

Producers:

| producer tag | how |
|---|---|
| `chromium` | hand-written HTML/CSS → `chromium --headless --no-sandbox --print-to-pdf` |
| `libreoffice-fodt` | hand-written flat ODF text (`.fodt`) → `soffice --headless --convert-to pdf` |
| `docx-libreoffice` | Word document built with python-docx → `soffice --headless --convert-to pdf` |
| `fpdf` | PHP script using `/usr/share/php/fpdf` (core fonts, cp1252) |
| `tcpdf` | PHP script using `/usr/share/php/tcpdf` (Cell/MultiCell, one via `writeHTML`) |
| `reportlab-canvas` | ReportLab `canvas` drawing |
| `reportlab-platypus` | ReportLab Platypus (`SimpleDocTemplate`, `Paragraph`, `Table`) |
| `acroform-qpdf` | ReportLab template with empty AcroForm text fields → values written into the fields through qpdf's JSON interface (`--update-from-json`, `/NeedAppearances`) → `qpdf --generate-appearances --flatten-annotations=all` |
| `ghostscript` | hand-written PostScript (Latin-1 re-encoded Type 1 fonts) → `gs -sDEVICE=pdfwrite` |

## Gold schema

One JSON object per certificate:

```
{"style", "producer", "layout": [...tags], "notes", "name", "title", "date": "YYYY-MM-DD",
 "credits", "unit", "points", "provider": [...], "activity_id"}
```

## Conventions (the gold follows these exactly)

- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page.

Set-specific notes:

- Where a department/office provider is printed as two lines (institution, then office), the gold string
  "Institution, Office" is the two lines joined with ", " (verify.py checks each part when the joined form is
  not printed verbatim).
- Where a vendor or provider logo shows a shortened name (e.g. "MediaLab", "Corvantis Diagnostics"), it is
  listed as a printed short form after the full name.

## Verify

`verify.py` runs `pdftotext -layout` on every PDF and checks (whitespace-insensitive) that the name, title,
every provider string, the activity ID, the credits figure and the unit word appear, that points match
credits/unit, and that the gold date appears in one of the usual printed forms (or as the end of a printed
range).

"""


def write_readme():
    from collections import Counter
    gl = [g for g, _ in CERTS]
    st = Counter(g["style"] for g in gl)
    pr = Counter(g["producer"] for g in gl)
    lines = [README_HEAD, "## Counts\n", "By style:\n", "| style | n |", "|---|---|"]
    lines += ["| %s | %d |" % (k, v) for k, v in sorted(st.items())]
    lines += ["", "By producer:\n", "| producer | n |", "|---|---|"]
    lines += ["| %s | %d |" % (k, v) for k, v in sorted(pr.items())]
    pages2 = [g["id"] for g in gl if "two-page" in g["layout"]]
    lines += ["", "Two-page certificates: " + ", ".join(pages2) + ".", "",
              "## All certificates\n",
              "| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    esc = lambda s: str(s).replace("|", "\\|")
    for g in gl:
        lines.append("| %s | %s | %s | %s | %s | %s | %g | %s | %g | %s | %s |" % (
            g["id"], g["style"], g["producer"], esc(g["name"]), esc(g["title"]), g["date"], g["credits"],
            g["unit"], g["points"], esc(" ; ".join(g["provider"])),
            "null" if g["activity_id"] is None else esc(g["activity_id"])))
    lines += ["", "## Layout tags and notes per certificate\n"]
    for g in gl:
        lines.append("- **%s** (%s): %s — %s" % (g["id"], ", ".join(g["layout"]), g["style"], g["notes"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main(argv):
    ids = [g["id"] for g, _ in CERTS]
    assert len(ids) == len(set(ids)) == 40, ids
    assert ids == sorted(ids)
    want = set(argv)
    unknown = want - set(ids)
    if unknown:
        sys.exit("unknown ids: %s" % sorted(unknown))
    for g, fn in CERTS:
        if want and g["id"] not in want:
            continue
        out = os.path.join(HERE, g["id"] + ".pdf")
        print("building", g["id"], g["producer"], flush=True)
        fn(out)
        gold = {k: g[k] for k in GOLD_KEYS}
        with open(os.path.join(HERE, g["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_readme()


if __name__ == "__main__":
    main(sys.argv[1:])
