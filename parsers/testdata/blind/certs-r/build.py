#!/usr/bin/python3
"""Blind test set r: 40 invented CE certificates for medical laboratory professionals.

Writes rNN.pdf + rNN.gold.json into this folder; generated sources (HTML, DOCX,
FODT, PHP, PostScript, unflattened AcroForms) go to src/.  Scratch space for
browser / office profiles is _work/ (outside src/).
Run:  /usr/bin/python3 build.py            (all)
      /usr/bin/python3 build.py 3 17       (only r03 and r17)
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape as xesc

from reportlab.lib import colors
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import landscape, letter, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
WORK = ROOT / "_work"
SRC.mkdir(exist_ok=True)
WORK.mkdir(exist_ok=True)

TTF = "/usr/share/fonts/truetype"
for _n, _f in [("DejaVuSerif", "dejavu/DejaVuSerif.ttf"),
               ("DejaVuSerif-Bold", "dejavu/DejaVuSerif-Bold.ttf"),
               ("DejaVuSerif-Italic", "dejavu/DejaVuSerif-Italic.ttf"),
               ("DejaVuSans", "dejavu/DejaVuSans.ttf"),
               ("DejaVuSans-Bold", "dejavu/DejaVuSans-Bold.ttf"),
               ("LibSerif", "liberation/LiberationSerif-Regular.ttf"),
               ("LibSerif-Bold", "liberation/LiberationSerif-Bold.ttf"),
               ("LibSerif-Italic", "liberation/LiberationSerif-Italic.ttf"),
               ("LibSans", "liberation/LiberationSans-Regular.ttf"),
               ("LibSans-Bold", "liberation/LiberationSans-Bold.ttf"),
               ("LibSansNarrow", "liberation/LiberationSansNarrow-Regular.ttf"),
               ("LibSansNarrow-Bold", "liberation/LiberationSansNarrow-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, f"{TTF}/{_f}"))

CERTS = []


def cert(num, style, producer, layout, notes, name, title, date, credits, unit,
         provider, activity_id):
    assert unit in ("contact hour", "CMLE", "CE hour", "CEU")
    points = round(credits * 10, 2) if unit == "CEU" else credits
    gold = {"style": style, "producer": producer, "layout": layout, "notes": notes,
            "name": name, "title": title, "date": date, "credits": credits,
            "unit": unit, "points": points, "provider": provider,
            "activity_id": activity_id}

    def deco(fn):
        CERTS.append((num, gold, fn))
        return fn
    return deco


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-2000:]}")
    return r


# ---------------------------------------------------------------- producers
def chromium_pdf(tag, html, out):
    src = SRC / f"{tag}.html"
    src.write_text(html, encoding="utf-8")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-dev-shm-usage", f"--user-data-dir={WORK / 'chrome-profile'}",
         "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
         f"--print-to-pdf={out}", src.as_uri()])


def soffice_pdf(srcfile, out):
    od = WORK / "lo-out"
    od.mkdir(exist_ok=True)
    run(["soffice", f"-env:UserInstallation={(WORK / 'lo-profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(od), str(srcfile)])
    shutil.move(str(od / (srcfile.stem + ".pdf")), out)


def php_q(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_pdf(tag, code, out):
    src = SRC / f"{tag}.php"
    src.write_text(code, encoding="utf-8")
    run(["php", str(src), str(out)])


def gs_pdf(tag, ps, out):
    src = SRC / f"{tag}.ps"
    src.write_text(ps, encoding="latin-1")
    run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite",
         f"-sOutputFile={out}", str(src)])


def flatten_form(tag, formpdf, out):
    """formpdf is in src/; flatten AcroForm fields into page content with qpdf."""
    r = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all",
                        str(formpdf), str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 3):  # 3 = succeeded with warnings
        raise RuntimeError("qpdf failed: " + r.stderr)


# ---------------------------------------------------------------- reportlab helpers
def rl_center(c, x, y, s, font, size, color=black, space=0):
    c.setFillColor(color)
    if space:
        w = pdfmetrics.stringWidth(s, font, size) + space * (len(s) - 1)
        c.saveState()
        t = c.beginText(x - w / 2, y)
        t.setFont(font, size)
        t.setCharSpace(space)
        t.textOut(s)
        t.setCharSpace(0)
        c.drawText(t)
        c.restoreState()
    else:
        c.setFont(font, size)
        c.drawCentredString(x, y, s)


def rl_left(c, x, y, s, font, size, color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawString(x, y, s)


def rl_right(c, x, y, s, font, size, color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawRightString(x, y, s)


def rl_wrap(c, x, y, s, font, size, width, lead, align="center", color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    for line in simpleSplit(s, font, size, width):
        if align == "center":
            c.drawCentredString(x, y, line)
        else:
            c.drawString(x, y, line)
        y -= lead
    return y


def rl_para(c, x, y_top, width, html, style):
    p = Paragraph(html, style)
    _, h = p.wrapOn(c, width, 1000)
    p.drawOn(c, x, y_top - h)
    return y_top - h


def rl_seal(c, x, y, r, color, points=24):
    """Decorative starburst seal without text."""
    import math
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    p = c.beginPath()
    for i in range(points * 2):
        a = math.pi * i / points
        rr = r if i % 2 == 0 else r * 0.86
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setStrokeColor(white)
    c.setLineWidth(1.2)
    c.circle(x, y, r * 0.72, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.circle(x, y, r * 0.62, stroke=1, fill=0)
    c.restoreState()


def rl_sigline(c, x, y, w, name, title, font="Helvetica", size=9):
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    rl_left(c, x, y - 12, name, font + ("-Bold" if font in ("Helvetica", "Times") else ""), size)
    rl_left(c, x, y - 23, title, font if font != "Times" else "Times-Roman", size - 0.5)


def af_text(c, name, value, x, y, w, h, font="Helvetica", size=11, color=black):
    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h,
                         borderWidth=0, borderColor=colors.transparent, fillColor=colors.transparent,
                         textColor=color, fontName=font, fontSize=size,
                         fieldFlags="readOnly", forceBorder=False)


# ---------------------------------------------------------------- PostScript helpers
PS_EXTRA = {"\u201c": 0x80, "\u201d": 0x81, "\u2018": 0x82, "\u2019": 0x83,
            "\u2013": 0x84, "\u2014": 0x85, "\u2122": 0x86, "\u2022": 0x87}
PS_HEADER = """%!PS-Adobe-3.0
%%Pages: 1
%%EndComments
/CertEncoding ISOLatin1Encoding 256 array copy def
CertEncoding 39 /quotesingle put
CertEncoding 45 /hyphen put
CertEncoding 96 /grave put
CertEncoding 128 /quotedblleft put
CertEncoding 129 /quotedblright put
CertEncoding 130 /quoteleft put
CertEncoding 131 /quoteright put
CertEncoding 132 /endash put
CertEncoding 133 /emdash put
CertEncoding 134 /trademark put
CertEncoding 135 /bullet put
/reenc { % newname basefont
  findfont dup length dict begin
  { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding CertEncoding def
  currentdict end definefont pop } def
/F { exch findfont exch scalefont setfont } def
/ctr { dup stringwidth pop 2 div neg 0 rmoveto show } def
/rgt { dup stringwidth pop neg 0 rmoveto show } def
"""


def ps_s(s):
    out = []
    for ch in s:
        code = PS_EXTRA.get(ch, ord(ch))
        if code > 255:
            raise ValueError(f"char {ch!r} not encodable for PostScript")
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= code < 127:
            out.append(chr(code))
        else:
            out.append("\\%03o" % code)
    return "(" + "".join(out) + ")"


PS_FONTS = {  # PostScript name -> reportlab metrics name
    "Times-Roman": "Times-Roman", "Times-Bold": "Times-Bold", "Times-Italic": "Times-Italic",
    "Times-BoldItalic": "Times-BoldItalic", "Helvetica": "Helvetica",
    "Helvetica-Bold": "Helvetica-Bold", "Helvetica-Oblique": "Helvetica-Oblique",
    "Helvetica-BoldOblique": "Helvetica-BoldOblique", "Courier": "Courier",
    "Courier-Bold": "Courier-Bold"}


class PS:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.lines = [PS_HEADER]
        for f in PS_FONTS:
            self.lines.append(f"/{f}-C /{f} reenc")
        for f in ("Palatino-Roman", "Palatino-Bold", "Palatino-Italic", "Palatino-BoldItalic",
                  "NewCenturySchlbk-Roman", "NewCenturySchlbk-Bold", "NewCenturySchlbk-Italic",
                  "Bookman-Light", "Bookman-Demi", "AvantGarde-Book", "AvantGarde-Demi"):
            self.lines.append(f"/{f}-C /{f} reenc")
        self.lines.append("%%Page: 1 1")
        self.lines.append(f"<< /PageSize [{w} {h}] >> setpagedevice")
        self.font = None

    def raw(self, s):
        self.lines.append(s)

    def setfont(self, f, size):
        self.font, self.size = f, size
        self.lines.append(f"/{f}-C {size} F")

    def rgb(self, r, g, b):
        self.lines.append(f"{r} {g} {b} setrgbcolor")

    def text(self, x, y, s, align="left", space=0):
        if space:
            w = pdfmetrics.stringWidth(s, PS_FONTS[self.font], self.size) + space * len(s)
            x0 = x - w / 2 if align == "center" else x
            self.lines.append(f"{x0:.2f} {y:.2f} moveto {space} 0 {ps_s(s)} ashow")
            return
        op = {"left": "show", "center": "ctr", "right": "rgt"}[align]
        self.lines.append(f"{x:.2f} {y:.2f} moveto {ps_s(s)} {op}")

    def wrap(self, x, y, s, width, lead, align="left"):
        for line in simpleSplit(s, PS_FONTS[self.font], self.size, width):
            self.text(x, y, line, align)
            y -= lead
        return y

    def rect(self, x, y, w, h, lw=1, fill=False):
        op = "fill" if fill else f"{lw} setlinewidth stroke"
        self.lines.append(f"newpath {x} {y} moveto {w} 0 rlineto 0 {h} rlineto {-w} 0 rlineto closepath {op}")

    def line(self, x1, y1, x2, y2, lw=0.6):
        self.lines.append(f"newpath {x1} {y1} moveto {x2} {y2} lineto {lw} setlinewidth stroke")

    def circle(self, x, y, r, lw=1, fill=False):
        op = "fill" if fill else f"{lw} setlinewidth stroke"
        self.lines.append(f"newpath {x} {y} {r} 0 360 arc closepath {op}")

    def render(self):
        return "\n".join(self.lines + ["showpage", "%%EOF", ""])


# ---------------------------------------------------------------- FODT helpers
FODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def fodt_pstyle(name, align="center", size=12, bold=False, italic=False, font="Liberation Serif",
                before=0, after=0, color=None, letter=None, transform=None, caps=False,
                extra_p="", extra_t="", breakbefore=False):
    tp = [f'style:font-name="{font}"', f'fo:font-size="{size}pt"']
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if color:
        tp.append(f'fo:color="{color}"')
    if letter:
        tp.append(f'fo:letter-spacing="{letter}"')
    if transform:
        tp.append(f'fo:text-transform="{transform}"')
    pp = [f'fo:text-align="{align}"', f'fo:margin-top="{before}pt"', f'fo:margin-bottom="{after}pt"']
    if breakbefore:
        pp.append('fo:break-before="page"')
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties {" ".join(pp)} {extra_p}/>'
            f'<style:text-properties {" ".join(tp)} {extra_t}/></style:style>')


def fodt_doc(page_w, page_h, margin, auto_styles, body, border=None, orient="portrait", padding="0in"):
    fonts = "".join(
        f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" style:font-family-generic="{g}"/>'
        for f, g in [("Liberation Serif", "roman"), ("Liberation Sans", "swiss"),
                     ("DejaVu Sans", "swiss"), ("DejaVu Serif", "roman"), ("C059", "roman"),
                     ("P052", "roman"), ("URW Gothic", "swiss"), ("Liberation Sans Narrow", "swiss")])
    b = f'fo:border="{border}" fo:padding="{padding}"' if border else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {FODT_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{page_w}" fo:page-height="{page_h}" style:print-orientation="{orient}" fo:margin-top="{margin}" fo:margin-bottom="{margin}" fo:margin-left="{margin}" fo:margin-right="{margin}" {b}/></style:page-layout>
{auto_styles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""


def fp(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def fspan(style, text):
    return f'<text:span text:style-name="{style}">{text}</text:span>'


def fodt_tstyle(name, bold=False, italic=False, size=None, font=None, color=None, letter=None,
                transform=None):
    tp = []
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if size:
        tp.append(f'fo:font-size="{size}pt"')
    if font:
        tp.append(f'style:font-name="{font}"')
    if color:
        tp.append(f'fo:color="{color}"')
    if letter:
        tp.append(f'fo:letter-spacing="{letter}"')
    if transform:
        tp.append(f'fo:text-transform="{transform}"')
    return f'<style:style style:name="{name}" style:family="text"><style:text-properties {" ".join(tp)}/></style:style>'


def fodt_table_styles(name, width, cols, cell_border="none", cell_pad="0.04in"):
    s = (f'<style:style style:name="{name}" style:family="table"><style:table-properties '
         f'style:width="{width}" table:align="center"/></style:style>')
    for i, cw in enumerate(cols):
        s += (f'<style:style style:name="{name}.C{i}" style:family="table-column">'
              f'<style:table-column-properties style:column-width="{cw}"/></style:style>')
    s += (f'<style:style style:name="{name}.cell" style:family="table-cell"><style:table-cell-properties '
          f'fo:border="{cell_border}" fo:padding="{cell_pad}"/></style:style>')
    return s


def fodt_table(name, rows, ncols, cell_style=None):
    """rows: list of lists of already-built <text:p> strings."""
    cs = cell_style or f"{name}.cell"
    x = f'<table:table table:name="{name}" table:style-name="{name}">'
    for i in range(ncols):
        x += f'<table:table-column table:style-name="{name}.C{i}"/>'
    for r in rows:
        x += "<table:table-row>"
        for cell in r:
            x += f'<table:table-cell table:style-name="{cs}" office:value-type="string">{cell}</table:table-cell>'
        x += "</table:table-row>"
    return x + "</table:table>"


# ---------------------------------------------------------------- DOCX helpers
def docx_new(landscape_=False, margins=0.8, border=None):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    st = d.styles["Normal"]
    st.paragraph_format.space_after = 0
    st.paragraph_format.space_before = 0
    if border:
        docx_page_border(sec, *border)
    return d


def docx_page_border(sec, val="double", sz=18, color="1F3864", space=24):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pg = OxmlElement("w:pgBorders")
    pg.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        pg.append(e)
    sectPr = sec._sectPr
    # pgBorders must come after pgMar
    pgMar = sectPr.find(qn("w:pgMar"))
    pgMar.addnext(pg)


def docx_p(d_or_cell, text="", size=11, bold=False, italic=False, align="center", font="Liberation Serif",
           before=0, after=0, color=None, caps=False, spacing=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    p = d_or_cell.add_paragraph()
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        docx_run(p, text, size, bold, italic, font, color, caps, spacing)
    return p


def docx_run(p, text, size=11, bold=False, italic=False, font="Liberation Serif", color=None,
             caps=False, spacing=None):
    from docx.shared import Pt, RGBColor
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.italic = italic
    r.font.name = font
    r.font.all_caps = caps
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if spacing:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        r._r.get_or_add_rPr().append(sp)
    return r


def docx_cell_p(cell, text, **kw):
    p = cell.paragraphs[0]
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    al = kw.pop("align", "left")
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT}[al]
    docx_run(p, text, **kw)
    return p


def docx_table_borders(table, val="single", sz=4, color="808080", inside=True):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for s in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), val if s in sides else "nil")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def docx_col_widths(table, widths_in):
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_in):
            row.cells[i].width = Inches(w)


def docx_save(d, tag, out):
    src = SRC / f"{tag}.docx"
    d.save(str(src))
    soffice_pdf(src, out)


# =====================================================================
# ReportLab (canvas) certificates
# =====================================================================
NAVY = HexColor("#1B2F5B")
GOLD = HexColor("#B08D2E")


@cert(1, "ascp-cmle", "reportlab",
      ["landscape", "centred-award", "double-border", "seal", "signature-block", "format-line"],
      "On-Demand printed on its own line under a two-line title; credentials after the name; "
      "certificate no. and issue date are distractors.",
      "Marisol T. Okonkwo-Reyes",
      "Hematology Case Challenge: Interpreting Peripheral Blood Smears in Pediatric Patients",
      "2026-01-22", 1.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "CMLE-HM-25117")
def r01(out, g):
    W, H = landscape(letter)
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setTitle("Certificate of Completion")
    c.setStrokeColor(NAVY)
    c.setLineWidth(5)
    c.rect(22, 22, W - 44, H - 44)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.2)
    c.rect(33, 33, W - 66, H - 66)
    cx = W / 2
    rl_center(c, cx, 540, g["provider"][0], "Times-Bold", 21, NAVY)
    rl_center(c, cx, 521, "ASCP Continuing Medical Laboratory Education", "Times-Italic", 12, NAVY)
    rl_center(c, cx, 470, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 24, GOLD, space=3)
    rl_center(c, cx, 438, "This is to certify that", "Times-Italic", 14)
    rl_center(c, cx, 402, g["name"] + ", MLS(ASCP)", "Times-BoldItalic", 29, NAVY)
    c.setStrokeColor(GOLD)
    c.line(cx - 230, 392, cx + 230, 392)
    rl_center(c, cx, 368, "has successfully completed the continuing education activity", "Times-Roman", 13)
    y = rl_wrap(c, cx, 340, g["title"], "Times-Bold", 18, 560, 22)
    rl_center(c, cx, y - 2, "On-Demand", "Helvetica-Oblique", 11, HexColor("#555555"))
    rl_center(c, cx, y - 30, "Completed on January 22, 2026", "Times-Roman", 13)
    rl_center(c, cx, y - 50, "and is awarded 1.0 CMLE credit", "Times-Roman", 13)
    rl_center(c, cx, y - 72, "Activity ID: CMLE-HM-25117", "Helvetica", 10)
    rl_seal(c, cx, 112, 38, GOLD)
    rl_sigline(c, 90, 120, 210, "Elaine R. Whitcombe, MS, MLS(ASCP)CM", "Director, Continuing Education")
    rl_right(c, W - 90, 120, "Certificate No. 4410-99827-01", "Helvetica", 9)
    rl_right(c, W - 90, 107, "Issued February 2, 2026", "Helvetica", 9)
    st = ParagraphStyle("s", fontName="Times-Italic", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
    rl_para(c, 80, 66, W - 160,
            "ASCP is approved as a provider of continuing education programs in the clinical laboratory "
            "sciences by the ASCLS P.A.C.E.&reg; Program. CMLE credits earned through this activity may be "
            "applied toward the ASCP Board of Certification Credential Maintenance Program (CMP).", st)
    c.showPage()
    c.save()


@cert(5, "labce", "reportlab",
      ["portrait", "left-aligned", "header-bar", "two-column-label-value", "title-in-quotes"],
      "Modern online-CE layout; labels left, values right; customer ID, Florida license number, certificate "
      "ID and P.A.C.E. provider number are distractors.",
      "Nathaniel Brookshire-Oyelaran",
      "Urine Sediment Identification: Casts, Crystals, and Cells",
      "2025-08-14", 1.0, "contact hour", ["LabCE"], "3041")
def r05(out, g):
    W, H = letter
    c = canvas.Canvas(str(out), pagesize=letter)
    c.setTitle("LabCE Certificate")
    teal = HexColor("#0E6E73")
    c.setFillColor(teal)
    c.rect(0, H - 96, W, 96, stroke=0, fill=1)
    rl_left(c, 54, H - 62, "LabCE", "Helvetica-Bold", 34, white)
    rl_right(c, W - 54, H - 50, "Online Continuing Education", "Helvetica", 11, white)
    rl_right(c, W - 54, H - 66, "for Laboratory Professionals", "Helvetica", 11, white)
    rl_left(c, 54, H - 160, "Certificate of Completion", "Helvetica-Bold", 28, teal)
    rl_left(c, 54, H - 200, "AWARDED TO", "Helvetica", 9, HexColor("#777777"))
    rl_left(c, 54, H - 226, g["name"], "Helvetica-Bold", 22)
    rl_left(c, 54, H - 262, "for successfully completing the online course", "Helvetica", 11)
    y = rl_wrap(c, 54, H - 290, "\u201c" + g["title"] + "\u201d", "Helvetica-Bold", 15, W - 108, 19,
                align="left")
    y -= 24
    rows = [("Course #", "3041"), ("Date Completed", "08/14/2025"),
            ("P.A.C.E.\u00ae Contact Hours", "1.0"), ("Course Level", "Intermediate"),
            ("Customer ID", "771204"), ("Florida License #", "CL-0049912"),
            ("Certificate ID", "LCE-5F2A-88C1")]
    c.setStrokeColor(HexColor("#CCCCCC"))
    for lab, val in rows:
        rl_left(c, 54, y, lab, "Helvetica", 11, HexColor("#555555"))
        rl_left(c, 260, y, val, "Helvetica-Bold", 11)
        c.line(54, y - 7, W - 54, y - 7)
        y -= 26
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=12, textColor=HexColor("#444444"))
    rl_para(c, 54, 170, W - 108,
            "LabCE is approved as a provider of continuing education programs in the clinical laboratory "
            "sciences by the ASCLS P.A.C.E.&reg; Program (P.A.C.E.&reg; provider no. 519). Retain this "
            "certificate for your records; LabCE does not report completions to certification agencies "
            "on your behalf.", st)
    rl_left(c, 54, 72, "Verify at labce.com/verify", "Helvetica", 8, HexColor("#888888"))
    c.showPage()
    c.save()


@cert(20, "cap", "reportlab",
      ["landscape", "left-band", "credit-table", "format-line", "joint-accreditation"],
      "Credit table lists CE hours for laboratory professionals and AMA PRA credit (not claimed); "
      "LIVE WEBINAR on its own line; printed date is a distractor.",
      "Cornelius Abernathy-Wong",
      "Laboratory Accreditation Program Checklist Changes: What Inspectors Look For in 2025",
      "2025-08-27", 1.0, "CE hour", ["College of American Pathologists", "CAP"], "LAP-2508W")
def r20(out, g):
    W, H = landscape(letter)
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setTitle("Certificate of Participation")
    blue = HexColor("#00467F")
    c.setFillColor(blue)
    c.rect(0, 0, 150, H, stroke=0, fill=1)
    c.setFillColor(HexColor("#7FA7C9"))
    c.rect(150, 0, 8, H, stroke=0, fill=1)
    x = 200
    rl_left(c, x, 545, g["provider"][0], "LibSans-Bold", 20, blue)
    rl_left(c, x, 526, "CAP Learning  |  Education for the pathology and laboratory team", "LibSans", 10,
            HexColor("#555555"))
    rl_left(c, x, 478, "Certificate of Participation", "LibSerif-Bold", 30)
    rl_left(c, x, 446, "This certificate is presented to", "LibSerif-Italic", 13)
    rl_left(c, x, 414, g["name"], "LibSerif-Bold", 25, blue)
    rl_left(c, x, 386, "for participation in", "LibSerif-Italic", 13)
    y = rl_wrap(c, x, 362, g["title"], "LibSans-Bold", 15, 520, 19, align="left")
    rl_left(c, x, y - 2, "LIVE WEBINAR", "LibSans", 10, HexColor("#A33"))
    rl_left(c, x, y - 26, "Held on August 27, 2025", "LibSerif", 12)
    rl_left(c, x, y - 44, "Course Code: LAP-2508W", "LibSerif", 12)
    # credit table
    ty = y - 80
    cols = [x, x + 290, x + 410]
    c.setFillColor(HexColor("#E6EEF5"))
    c.rect(x - 4, ty - 6, 540, 20, stroke=0, fill=1)
    for cx_, h in zip(cols, ["Credit Type", "Designated", "Claimed"]):
        rl_left(c, cx_, ty, h, "LibSans-Bold", 10)
    rows = [("CE hours for laboratory professionals", "1.0", "1.0"),
            ("AMA PRA Category 1 Credit\u2122", "1.0", "\u2014")]
    for r in rows:
        ty -= 20
        for cx_, v in zip(cols, r):
            rl_left(c, cx_, ty, v, "LibSans", 10)
    c.setStrokeColor(HexColor("#99AABB"))
    c.line(x - 4, ty - 7, x + 536, ty - 7)
    st = ParagraphStyle("s", fontName="LibSans", fontSize=8, leading=10, textColor=HexColor("#333333"))
    rl_para(c, x, 112, 540,
            "In support of improving patient care, the College of American Pathologists is jointly accredited "
            "by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council "
            "for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC) to provide "
            "continuing education for the healthcare team. The CAP designates this live activity for a maximum "
            "of 1.0 <i>AMA PRA Category 1 Credit</i>&#8482;. Laboratory professionals receive 1.0 CE hour, "
            "which may be used for certification maintenance.", st)
    rl_left(c, x, 44, "Printed: 09/15/2025", "LibSans", 8, HexColor("#777777"))
    rl_right(c, W - 50, 44, "CAP transcript record 88-410273", "LibSans", 8, HexColor("#777777"))
    c.showPage()
    c.save()


@cert(31, "state-society", "reportlab",
      ["portrait", "centred-award", "letter-spaced-name", "four-line-title", "format-line",
       "corner-ornaments", "signature-block"],
      "Session certificate at a state society meeting; title wraps onto four lines; letter-spaced name; "
      "'Spring Symposium' on its own line below the title; badge number distractor.",
      "Delphine Arceneaux-Boudreaux",
      "From Bench to Bedside and Back Again: Implementing Reflex Testing Algorithms for Hepatitis C "
      "Virus Antibody, RNA Quantitation, and Genotyping in a Community Hospital Laboratory Network",
      "2026-03-20", 1.0, "contact hour",
      ["Gulf Coast Society for Clinical Laboratory Science", "GCSCLS"], "2B-07")
def r31(out, g):
    W, H = letter
    c = canvas.Canvas(str(out), pagesize=letter)
    c.setTitle("Session Attendance")
    green = HexColor("#1F5C4A")
    c.setStrokeColor(green)
    c.setLineWidth(2)
    c.rect(36, 36, W - 72, H - 72)
    for (x, y, dx, dy) in [(36, 36, 1, 1), (W - 36, 36, -1, 1), (36, H - 36, 1, -1), (W - 36, H - 36, -1, -1)]:
        c.setLineWidth(5)
        c.line(x, y, x + 60 * dx, y)
        c.line(x, y, x, y + 60 * dy)
    cx = W / 2
    rl_center(c, cx, H - 100, g["provider"][0], "DejaVuSerif-Bold", 15, green)
    rl_center(c, cx, H - 120, "(GCSCLS)", "DejaVuSerif", 11, green)
    rl_center(c, cx, H - 180, "Certificate of Session Attendance", "DejaVuSerif", 22)
    rl_center(c, cx, H - 230, "awarded to", "DejaVuSerif-Italic", 12)
    rl_center(c, cx, H - 266, g["name"], "DejaVuSerif-Bold", 19, space=2.2)
    rl_center(c, cx, H - 306, "for attending the educational session", "DejaVuSerif-Italic", 12)
    y = rl_wrap(c, cx, H - 340, g["title"], "DejaVuSerif-Bold", 13, 440, 18)
    rl_center(c, cx, y - 4, "Spring Symposium", "DejaVuSerif-Italic", 11, green)
    y -= 44
    for lab, val in [("Session Code", "2B-07"), ("Date Attended", "March 20, 2026"),
                     ("Location", "Biloxi, Mississippi"), ("P.A.C.E.\u00ae Contact Hours", "1.0")]:
        rl_right(c, cx - 8, y, lab + ":", "DejaVuSans", 10.5, HexColor("#444444"))
        rl_left(c, cx + 8, y, val, "DejaVuSans-Bold", 10.5)
        y -= 18
    rl_seal(c, 140, 170, 40, green)
    rl_sigline(c, W - 300, 180, 220, "Monique A. Thibodeaux, MPH, MLS(ASCP)", "Education Chair, GCSCLS")
    rl_right(c, W - 80, 130, "Attendee badge #0913", "Helvetica", 8, HexColor("#666666"))
    st = ParagraphStyle("s", fontName="DejaVuSerif", fontSize=7.5, leading=9.5, alignment=TA_CENTER)
    rl_para(c, 80, 100, W - 160,
            "The Gulf Coast Society for Clinical Laboratory Science is approved as a provider of continuing "
            "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.", st)
    c.showPage()
    c.save()


@cert(40, "state-society", "reportlab",
      ["portrait", "letterhead", "one-paragraph", "signature-block"],
      "One-paragraph letter; title with a question mark inside curly quotes; activity no. inside the "
      "paragraph; issue date is a distractor.",
      "Cassandra E. Yellowhorse",
      "Iron Deficiency or Anemia of Inflammation? Interpreting the Iron Panel",
      "2026-03-03", 1.5, "contact hour",
      ["Rocky Mountain Laboratory Professionals Association", "RMLPA"], "RMLPA-26-014")
def r40(out, g):
    W, H = letter
    c = canvas.Canvas(str(out), pagesize=letter)
    c.setTitle("Continuing Education Letter")
    plum = HexColor("#4B2C5E")
    rl_left(c, 72, H - 80, g["provider"][0], "Times-Bold", 16, plum)
    rl_left(c, 72, H - 97, "RMLPA  \u2022  Serving Colorado, Wyoming and Montana",
            "Times-Roman", 10, HexColor("#555555"))
    c.setStrokeColor(plum)
    c.setLineWidth(1.5)
    c.line(72, H - 108, W - 72, H - 108)
    rl_left(c, 72, H - 160, "CERTIFICATE OF CONTINUING EDUCATION", "Helvetica-Bold", 13, plum)
    st = ParagraphStyle("p", fontName="Times-Roman", fontSize=13, leading=20, alignment=TA_JUSTIFY)
    rl_para(c, 72, H - 190, W - 144,
            "This letter certifies that <b>" + g["name"] + ", MLT(ASCP)</b> has completed "
            "&#8220;" + g["title"] + "&#8221; (activity no. RMLPA-26-014) on March 3, 2026 and is "
            "awarded 1.5 contact hours of P.A.C.E.&reg; continuing education credit.", st)
    st2 = ParagraphStyle("p2", fontName="Times-Roman", fontSize=11, leading=15, alignment=TA_JUSTIFY)
    rl_para(c, 72, H - 330, W - 144,
            "The Rocky Mountain Laboratory Professionals Association is approved as a provider of continuing "
            "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. "
            "Please keep this letter with your continuing education records for six years.", st2)
    rl_left(c, 72, H - 430, "Issued March 10, 2026", "Times-Roman", 11)
    rl_sigline(c, 72, H - 500, 220, "Gideon F. Marchetti, MS, MLS(ASCP)CM", "CE Committee Chair",
               font="Times")
    c.showPage()
    c.save()


# =====================================================================
# ReportLab AcroForm certificates, flattened with qpdf
# =====================================================================
def _form_canvas(tag, size):
    path = SRC / f"{tag}_form.pdf"
    c = canvas.Canvas(str(path), pagesize=size)
    return c, path


@cert(3, "cap", "reportlab-acroform+qpdf",
      ["portrait", "form-fields", "claimed-vs-maximum-table", "format-line", "joint-accreditation"],
      "AcroForm fields flattened; honorific and PhD around the name; credit table with maximum and claimed "
      "for AMA PRA and P.A.C.E. — the claimed P.A.C.E. figure counts; Enduring Material on its own line.",
      "Anand K. Ramaswamy",
      "Cytopathology Quality Program Updates for 2026: Gynecologic and Nongynecologic Specimens",
      "2026-02-09", 1.75, "contact hour", ["College of American Pathologists", "CAP"], "CAP-ED-26-0093")
def r03(out, g):
    W, H = letter
    c, form = _form_canvas("r03", letter)
    c.setTitle("CAP Certificate")
    red = HexColor("#8C1D18")
    c.setFillColor(red)
    c.rect(50, H - 110, 70, 60, stroke=0, fill=1)
    rl_center(c, 85, H - 90, "CAP", "Helvetica-Bold", 22, white)
    rl_left(c, 135, H - 72, g["provider"][0], "Times-Bold", 18, red)
    rl_left(c, 135, H - 92, "Continuing Education Certificate", "Times-Italic", 13)
    c.setStrokeColor(red)
    c.line(50, H - 125, W - 50, H - 125)
    labels = [("Participant", H - 175), ("Activity", H - 225), ("", H - 245),
              ("Date Completed", H - 305), ("Activity Code", H - 330)]
    for lab, y in labels:
        if lab:
            rl_left(c, 60, y + 4, lab, "Helvetica-Bold", 10, HexColor("#444444"))
    af_text(c, "participant", "Dr. " + g["name"] + ", PhD", 175, H - 177, 380, 20, "Helvetica-Bold", 14)
    af_text(c, "title1", "Cytopathology Quality Program Updates for 2026:", 175, H - 227, 380, 20,
            "Helvetica", 12)
    af_text(c, "title2", "Gynecologic and Nongynecologic Specimens", 175, H - 247, 380, 20, "Helvetica", 12)
    rl_left(c, 178, H - 268, "Enduring Material", "Helvetica-Oblique", 10, HexColor("#666666"))
    af_text(c, "completed", "February 9, 2026", 175, H - 307, 300, 20, "Helvetica", 12)
    af_text(c, "code", "CAP-ED-26-0093", 175, H - 332, 300, 20, "Helvetica", 12)
    # table
    ty = H - 390
    c.setFillColor(HexColor("#F2E6E5"))
    c.rect(60, ty - 6, W - 120, 20, stroke=0, fill=1)
    for x, h in [(68, "Credit Type"), (340, "Maximum"), (450, "Claimed")]:
        rl_left(c, x, ty, h, "Helvetica-Bold", 10)
    rows = [("AMA PRA Category 1 Credits\u2122", "2.00", "af:ama"),
            ("ASCLS P.A.C.E.\u00ae contact hours", "2.00", "af:pace")]
    vals = {"af:ama": "0.00", "af:pace": "1.75"}
    for lab, mx, key in rows:
        ty -= 24
        rl_left(c, 68, ty, lab, "Helvetica", 10)
        rl_left(c, 340, ty, mx, "Helvetica", 10)
        af_text(c, key[3:], vals[key], 446, ty - 5, 80, 16, "Helvetica-Bold", 10)
    c.setStrokeColor(HexColor("#BBBBBB"))
    c.line(60, ty - 10, W - 60, ty - 10)
    st = ParagraphStyle("s", fontName="Times-Roman", fontSize=9, leading=11.5, alignment=TA_JUSTIFY)
    rl_para(c, 60, 250, W - 120,
            "In support of improving patient care, the College of American Pathologists (CAP) is jointly "
            "accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation "
            "Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to "
            "provide continuing education for the healthcare team. The CAP designates this enduring material "
            "for a maximum of 2.00 <i>AMA PRA Category 1 Credits</i>&#8482;. Physicians should claim only the "
            "credit commensurate with the extent of their participation in the activity.", st)
    rl_para(c, 60, 178, W - 120,
            "The CAP is approved as a provider of continuing education programs in the clinical laboratory "
            "sciences by the ASCLS P.A.C.E.&reg; Program. This activity is approved for up to 2.00 P.A.C.E.&reg; "
            "contact hours.", st)
    rl_left(c, 60, 80, "Certificate generated 02/11/2026  \u2022  Learner ID 5530-1187", "Helvetica", 8,
            HexColor("#777777"))
    c.showPage()
    c.save()
    flatten_form("r03", form, out)


@cert(14, "amt", "reportlab-acroform+qpdf",
      ["portrait", "form-fields", "boxed-fields", "all-caps-name"],
      "Form-style record with boxed fields; the name is typed in capitals; member ID and CCP cycle end "
      "date are distractors.",
      "ALBERTO J. QUINTANILLA-ROSS",
      "Phlebotomy Complications and Patient Safety: Nerve Injury, Hematoma, and Syncope",
      "2025-09-30", 2.0, "CE hour", ["American Medical Technologists", "AMT"], "AMT-OL-1187")
def r14(out, g):
    W, H = letter
    c, form = _form_canvas("r14", letter)
    c.setTitle("AMT CE Record")
    dk = HexColor("#0B3954")
    rl_center(c, W / 2, H - 70, g["provider"][0], "Helvetica-Bold", 20, dk)
    rl_center(c, W / 2, H - 90, "AMT  \u00b7  Certification Continuation Program", "Helvetica", 11, dk)
    rl_center(c, W / 2, H - 135, "Continuing Education Completion Record", "Times-Bold", 18)
    boxes = [("NAME OF PARTICIPANT", "name", g["name"] + ", RPT", 1),
             ("AMT MEMBER ID", "member", "10-448217", 1),
             ("COURSE TITLE", "title1", "Phlebotomy Complications and Patient Safety:", 2),
             ("ACTIVITY ID", "act", "AMT-OL-1187", 1),
             ("DATE OF COMPLETION", "date", "09/30/2025", 1),
             ("CE HOURS AWARDED", "hours", "2.0", 1),
             ("CCP CYCLE ENDS", "cycle", "12/31/2027", 1)]
    y = H - 175
    c.setStrokeColor(dk)
    for lab, key, val, lines in boxes:
        h = 26 + 18 * (lines - 1)
        c.setLineWidth(0.8)
        c.rect(72, y - h - 12, W - 144, h + 12)
        rl_left(c, 78, y - 10, lab, "Helvetica-Bold", 7.5, dk)
        af_text(c, key, val, 78, y - 32, W - 160, 18, "Courier-Bold" if key == "name" else "Courier", 12)
        if key == "title1":
            af_text(c, "title2", "Nerve Injury, Hematoma, and Syncope", 78, y - 50, W - 160, 18, "Courier", 12)
        y -= h + 20
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    rl_para(c, 72, y - 10, W - 144,
            "This activity was reviewed by American Medical Technologists and is accepted for CE hours toward the "
            "Certification Continuation Program (CCP). Retain this record for audit for the length of your CCP "
            "cycle.", st)
    rl_sigline(c, 72, 100, 200, "Lorraine V. Espinal, MT(AMT)", "Manager, Continuing Education")
    c.showPage()
    c.save()
    flatten_form("r14", form, out)


@cert(25, "university-ceu", "reportlab-acroform+qpdf",
      ["landscape", "form-fields", "centred-award", "date-range", "seal", "signature-block", "suffix"],
      "University continuing studies division; CEU awarded for a multi-week module (date range, last day "
      "counts); student ID is a distractor; module title with an em dash.",
      "Reginald T. Okafor-Banks Sr.",
      "Clinical Laboratory Management Certificate Program \u2014 Module 3: Budgeting, Staffing, and Productivity",
      "2025-10-27", 1.2, "CEU",
      ["Bayview College of Health Sciences", "Bayview College of Health Sciences, Division of Continuing Studies"],
      "LMGT-CE 303")
def r25(out, g):
    W, H = landscape(letter)
    c, form = _form_canvas("r25", (W, H))
    c.setTitle("Continuing Education Units")
    mar = HexColor("#5A1F2B")
    c.setStrokeColor(mar)
    c.setLineWidth(3)
    c.rect(28, 28, W - 56, H - 56)
    cx = W / 2
    rl_center(c, cx, 540, g["provider"][0], "Times-Bold", 24, mar)
    rl_center(c, cx, 518, "Division of Continuing Studies", "Times-Italic", 14, mar)
    rl_center(c, cx, 470, "Certificate of Continuing Education Units", "Times-Roman", 22)
    rl_center(c, cx, 440, "Be it known that", "Times-Italic", 13)
    nw = pdfmetrics.stringWidth(g["name"], "Times-Bold", 22)
    af_text(c, "name", g["name"], cx - nw / 2 - 3, 404, nw + 12, 28, "Times-Bold", 22)
    rl_center(c, cx, 384, "has satisfactorily completed", "Times-Italic", 13)
    t1 = "Clinical Laboratory Management Certificate Program \u2014"
    t2 = "Module 3: Budgeting, Staffing, and Productivity"
    rl_center(c, cx, 356, t1, "Times-Bold", 16)
    rl_center(c, cx, 336, t2, "Times-Bold", 16)
    rl_center(c, cx, 304, "Course No. LMGT-CE 303  \u2022  September 8 \u2013 October 27, 2025",
              "Times-Roman", 12)
    rl_center(c, cx, 276, "and is hereby awarded", "Times-Italic", 13)
    af_text(c, "ceu", "1.2", cx - 70, 244, 40, 22, "Times-Bold", 18)
    rl_left(c, cx - 28, 249, "Continuing Education Units (CEU)", "Times-Bold", 16)
    rl_seal(c, cx, 140, 42, mar)
    rl_sigline(c, 90, 130, 210, "Dr. Evangeline S. Marsh", "Dean, Division of Continuing Studies",
               font="Times")
    rl_right(c, W - 90, 130, "Student ID: B00719452", "Times-Roman", 10)
    rl_right(c, W - 90, 116, "Date of issue: November 3, 2025", "Times-Roman", 10)
    st = ParagraphStyle("s", fontName="Times-Italic", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
    rl_para(c, 90, 70, W - 180,
            "Bayview College of Health Sciences, Division of Continuing Studies awards one Continuing "
            "Education Unit for each ten hours of participation in an organized continuing education "
            "experience under responsible sponsorship, capable direction and qualified instruction.", st)
    c.showPage()
    c.save()
    flatten_form("r25", form, out)


@cert(36, "hospital-inservice", "reportlab-acroform+qpdf",
      ["portrait", "form-fields", "two-column-label-value", "series-prefix-title", "signature-block"],
      "Pathology grand rounds at a children's hospital; 'Grand Rounds:' is part of the title line; "
      "AMA PRA credit for physicians is a distractor; employee number distractor.",
      "Abigail R. Thistlewood",
      "Grand Rounds: Newborn Screening Follow-Up for Inborn Errors of Metabolism",
      "2025-09-10", 1.0, "contact hour",
      ["Lakeview Children\u2019s Hospital", "Lakeview Children\u2019s Hospital, Department of Laboratory Medicine"],
      "GR-LM-0910")
def r36(out, g):
    W, H = letter
    c, form = _form_canvas("r36", letter)
    c.setTitle("Grand Rounds Attendance")
    tq = HexColor("#006D77")
    c.setFillColor(HexColor("#E0F2F1"))
    c.rect(0, H - 120, W, 120, stroke=0, fill=1)
    rl_left(c, 60, H - 62, g["provider"][0], "LibSerif-Bold", 22, tq)
    rl_left(c, 60, H - 84, "Department of Laboratory Medicine", "LibSerif-Italic", 13, tq)
    rl_left(c, 60, H - 170, "Attendance Verification", "LibSans-Bold", 20)
    rl_left(c, 60, H - 190, "Continuing education for laboratory staff", "LibSans", 11, HexColor("#555555"))
    fields = [("Attendee", "name", g["name"] + ", MLS(ASCP)CM"),
              ("Employee No.", "emp", "E-220971"),
              ("Program", "t1", "Grand Rounds: Newborn Screening Follow-Up for"),
              ("", "t2", "Inborn Errors of Metabolism"),
              ("Activity ID", "aid", "GR-LM-0910"),
              ("Date", "date", "09/10/2025"),
              ("Contact Hours", "ch", "1.0")]
    y = H - 240
    for lab, key, val in fields:
        if lab:
            rl_left(c, 60, y + 5, lab + ":", "LibSans-Bold", 11)
        af_text(c, key, val, 180, y, 370, 20, "Helvetica", 12)
        y -= 19 if key == "t1" else 30
    st = ParagraphStyle("s", fontName="LibSans", fontSize=9, leading=12, alignment=TA_JUSTIFY)
    rl_para(c, 60, y - 20, W - 120,
            "Lakeview Children\u2019s Hospital, Department of Laboratory Medicine is approved as a provider of "
            "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. "
            "Physicians attending this grand rounds may claim up to 1.0 <i>AMA PRA Category 1 Credit</i>&#8482; "
            "through the hospital\u2019s Office of Medical Education; that credit is not recorded on this form.",
            st)
    rl_sigline(c, 60, 140, 230, "Harold P. Nwachukwu, MD", "Medical Director, Clinical Laboratories",
               font="Helvetica")
    rl_sigline(c, 330, 140, 220, "Signed 09/12/2025", "Laboratory Education Coordinator", font="Helvetica")
    c.showPage()
    c.save()
    flatten_form("r36", form, out)


@cert(39, "ascp-cmle", "reportlab-acroform+qpdf",
      ["landscape", "form-fields", "labels-above-values", "suffix", "border"],
      "Label-above-value columns filled by form fields; suffix Jr.; CMP cycle expiry and order number are "
      "distractors; title contains 'Program'.",
      "Ezekiel D. Montgomery Jr.",
      "Laboratory Quality Program Essentials: Calibration Verification and Analytical Measurement Range",
      "2025-12-29", 1.5, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "CMLE-QC-2512")
def r39(out, g):
    W, H = landscape(letter)
    c, form = _form_canvas("r39", (W, H))
    c.setTitle("ASCP CMLE Record")
    nv = HexColor("#21314D")
    c.setStrokeColor(nv)
    c.setLineWidth(1)
    c.rect(40, 40, W - 80, H - 80)
    c.setFillColor(nv)
    c.rect(40, H - 120, W - 80, 80, stroke=0, fill=1)
    rl_left(c, 64, H - 80, "ASCP", "Helvetica-Bold", 30, white)
    rl_left(c, 160, H - 72, g["provider"][0], "Helvetica", 14, white)
    rl_left(c, 160, H - 90, "Statement of CMLE Credit", "Helvetica-Oblique", 12, white)
    rl_left(c, 64, H - 170, "This statement confirms completion of the activity below.", "Helvetica", 12)
    cols = [(64, "LEARNER", "name", g["name"], 250),
            (330, "COMPLETED ON", "date", "December 29, 2025", 150),
            (500, "CMLE CREDITS", "cr", "1.5", 90),
            (610, "ACTIVITY ID", "aid", "CMLE-QC-2512", 120)]
    for x, lab, key, val, w in cols:
        rl_left(c, x, H - 215, lab, "Helvetica-Bold", 8, HexColor("#666666"))
        af_text(c, key, val, x - 2, H - 242, w, 20, "Helvetica-Bold" if key == "name" else "Helvetica", 12)
    rl_left(c, 64, H - 290, "ACTIVITY TITLE", "Helvetica-Bold", 8, HexColor("#666666"))
    af_text(c, "t1", "Laboratory Quality Program Essentials: Calibration Verification", 62, H - 318, 600, 20,
            "Helvetica", 13)
    af_text(c, "t2", "and Analytical Measurement Range", 62, H - 338, 600, 20, "Helvetica", 13)
    rl_left(c, 64, H - 385, "FORMAT", "Helvetica-Bold", 8, HexColor("#666666"))
    rl_left(c, 64, H - 402, "Online self-study", "Helvetica", 11)
    rl_left(c, 330, H - 385, "ORDER NO.", "Helvetica-Bold", 8, HexColor("#666666"))
    rl_left(c, 330, H - 402, "W-00815562", "Helvetica", 11)
    rl_left(c, 500, H - 385, "CMP CYCLE EXPIRES", "Helvetica-Bold", 8, HexColor("#666666"))
    rl_left(c, 500, H - 402, "06/30/2027", "Helvetica", 11)
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    rl_para(c, 64, 150, W - 128,
            "ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences "
            "by the ASCLS P.A.C.E.&reg; Program. Report these CMLE credits when you complete your Credential "
            "Maintenance Program declaration.", st)
    rl_left(c, 64, 70, "Statement printed January 5, 2026", "Helvetica", 8, HexColor("#777777"))
    c.showPage()
    c.save()
    flatten_form("r39", form, out)


# =====================================================================
# Chromium (HTML -> PDF) certificates
# =====================================================================
@cert(2, "aabb", "chromium",
      ["portrait", "two-column-label-value", "css-uppercase-name", "suffix", "accreditation-statement"],
      "Name rendered in capitals by CSS text-transform (source is mixed case); P.A.C.E. and California "
      "nursing hours both printed, only P.A.C.E. counts; member ID and printed date are distractors.",
      "DESMOND A. FAIRWEATHER III",
      "Antibody Identification in the Multiply Transfused Patient",
      "2025-11-18", 1.5, "contact hour",
      ["Association for the Advancement of Blood & Biotherapies", "AABB"], "25EL-118")
def r02(out, g):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #222; font-variant-ligatures: none; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.8in 0.9in; position: relative; }
.top { display: flex; align-items: center; border-bottom: 3px solid #B5121B; padding-bottom: 14px; }
.logo { font: bold 40px 'Liberation Serif', serif; color: #B5121B; margin-right: 18px; }
.org { font-size: 15px; line-height: 1.3; }
h1 { font: normal 30px 'Liberation Serif', serif; letter-spacing: 3px; margin: 48px 0 6px; text-align: center; }
.sub { text-align: center; color: #666; font-size: 13px; margin-bottom: 36px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
td { padding: 9px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
td.l { width: 36%; color: #555; font-weight: bold; }
.nm { text-transform: uppercase; font-weight: bold; font-size: 16px; letter-spacing: .5px; }
.stmt { font-size: 11.5px; line-height: 1.5; margin-top: 34px; color: #333; }
.foot { position: absolute; bottom: 0.7in; left: 0.9in; right: 0.9in; font-size: 10px; color: #888;
        display: flex; justify-content: space-between; }
</style></head><body><div class="page">
<div class="top"><div class="logo">AABB</div><div class="org">Association for the Advancement of Blood &amp; Biotherapies<br>
<span style="color:#777;font-size:12px">Education &middot; Standards &middot; Accreditation</span></div></div>
<h1>CERTIFICATE OF ATTENDANCE</h1>
<div class="sub">Continuing education record for laboratory and transfusion professionals</div>
<table>
<tr><td class="l">Participant</td><td class="nm">Desmond A. Fairweather III</td></tr>
<tr><td class="l">AABB Member ID</td><td>00318842</td></tr>
<tr><td class="l">Program</td><td>Antibody Identification in the Multiply Transfused Patient</td></tr>
<tr><td class="l">Format</td><td>Live webinar (90 minutes)</td></tr>
<tr><td class="l">Program Number</td><td>25EL-118</td></tr>
<tr><td class="l">Date of Program</td><td>November 18, 2025</td></tr>
<tr><td class="l">P.A.C.E.&reg; Contact Hours</td><td><b>1.5</b></td></tr>
<tr><td class="l">California Nursing (BRN CEP 17140)</td><td>1.8 contact hours</td></tr>
</table>
<div class="stmt">AABB is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.&reg; Program. AABB is also approved by the California Board of Registered
Nursing, Provider Number CEP 17140; nurses should report only the nursing contact hours shown above.</div>
<div class="foot"><span>Printed 12/02/2025</span><span>Verification code 7QK-22M-XR</span></div>
</div></body></html>"""
    chromium_pdf("r02", html, out)


@cert(6, "medialab", "chromium",
      ["landscape", "side-panel", "centred-award", "suffix", "accented-name"],
      "Coloured side panel; name with a tilde and suffix Jr.; title contains 'Safety'; course ID printed "
      "under the title; Florida course approval number and expiry-style 'valid through' date are distractors.",
      "Teodoro Villaseñor Jr.",
      "Laboratory Safety: Chemical Hygiene and Hazard Communication",
      "2025-05-06", 2.0, "contact hour", ["MediaLab, Inc."], "MLS-2214")
def r06(out, g):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-variant-ligatures: none; }
.page { width: 11in; height: 8.5in; display: flex; overflow: hidden; }
.side { width: 2.3in; background: linear-gradient(#2E4A7D, #18284A); }
.main { flex: 1; padding: 0.55in 0.7in 0.4in; text-align: center; position: relative; }
.brand { font: bold 26px 'DejaVu Sans', sans-serif; color: #2E4A7D; letter-spacing: 1px; }
.brand small { display:block; font: normal 11px 'DejaVu Sans'; color: #777; letter-spacing: 0; margin-top: 2px; }
h1 { font: normal 34px 'DejaVu Serif', serif; margin: 34px 0 14px; color: #18284A; }
.lead { font-size: 13px; color: #555; }
.nm { font: bold 30px 'DejaVu Serif', serif; margin: 14px 0 12px; }
.ttl { font: bold 19px 'DejaVu Sans'; margin: 12px auto 6px; max-width: 6.5in; color: #18284A; }
.meta { font-size: 13px; margin-top: 20px; line-height: 1.9; }
.meta b { color: #18284A; }
.stmt { position: absolute; bottom: 0.45in; left: 0.7in; right: 0.7in; font-size: 9.5px; color: #555; line-height: 1.45; }
</style></head><body><div class="page"><div class="side"></div><div class="main">
<div class="brand">MediaLab<small>Compliance &amp; Continuing Education for the Clinical Laboratory</small></div>
<h1>Certificate of Completion</h1>
<div class="lead">This certifies that</div>
<div class="nm">Teodoro Villaseñor Jr.</div>
<div class="lead">has completed the online course</div>
<div class="ttl">Laboratory Safety: Chemical Hygiene and Hazard Communication</div>
<div class="lead">Course ID: MLS-2214</div>
<div class="meta">Date completed: <b>05/06/2025</b><br>
P.A.C.E.&reg; contact hours: <b>2.0</b><br>
Florida Board of Clinical Laboratory Personnel course approval #20-771436</div>
<div class="stmt">MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.&reg; Program. This certificate is valid as proof of completion through 05/06/2031
(six-year retention period).</div>
</div></div></body></html>"""
    chromium_pdf("r06", html, out)


@cert(12, "adlm", "chromium",
      ["landscape", "labels-above-values", "format-line", "credentials-after-name"],
      "Labels above values in four columns; 'Webinar' printed on its own line above the title; ACCENT "
      "credit expressed as contact hour; generated date is a distractor.",
      "Oluwaseun B. Adeyemi-Clarke",
      "Lipoprotein(a) Testing: Standardization Challenges and Clinical Utility",
      "2025-07-24", 1.0, "contact hour",
      ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "ADLM-W25-0724")
def r12(out, g):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #1d1d1d; font-variant-ligatures: none; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.7in 0.85in; position: relative;
        border-top: 18px solid #5B2A86; }
.hdr { display: flex; justify-content: space-between; align-items: flex-end; }
.hdr .a { font: bold 44px 'Liberation Sans'; color: #5B2A86; }
.hdr .b { font-size: 13px; color: #444; text-align: right; }
.kind { margin-top: 40px; font-size: 13px; letter-spacing: 4px; color: #5B2A86; }
.fmt { margin-top: 26px; font-size: 12px; font-weight: bold; color: #888; text-transform: uppercase; letter-spacing: 2px; }
.ttl { font: bold 25px 'Liberation Serif', serif; margin-top: 4px; max-width: 8.5in; }
.grid { display: grid; grid-template-columns: 3.3in 1.8in 2.1in 1.9in; margin-top: 46px; }
.lab { font-size: 10px; color: #777; letter-spacing: 1.5px; text-transform: uppercase; border-bottom: 1px solid #ccc; padding-bottom: 5px; }
.val { font-size: 15px; padding-top: 8px; }
.stmt { margin-top: 54px; font-size: 11px; color: #444; line-height: 1.5; max-width: 8.8in; }
.gen { position: absolute; bottom: 0.45in; right: 0.85in; font-size: 9px; color: #999; }
</style></head><body><div class="page">
<div class="hdr"><div class="a">ADLM</div><div class="b">Association for Diagnostics &amp; Laboratory Medicine<br>www.myadlm.example</div></div>
<div class="kind">CERTIFICATE OF PARTICIPATION</div>
<div class="fmt">Webinar</div>
<div class="ttl">Lipoprotein(a) Testing: Standardization Challenges and Clinical Utility</div>
<div class="grid">
<div class="lab">Participant</div><div class="lab">Date completed</div><div class="lab">ACCENT&reg; credit</div><div class="lab">Activity number</div>
<div class="val"><b>Oluwaseun B. Adeyemi-Clarke, PhD, DABCC</b></div><div class="val">07/24/2025</div><div class="val">1.0 contact hour</div><div class="val">ADLM-W25-0724</div>
</div>
<div class="stmt">ADLM designates this activity for a maximum of 1.0 ACCENT&reg; continuing education credit.
ACCENT&reg; credit is accepted by the ASCP Board of Certification Credential Maintenance Program and by most
state licensure boards. Participants should claim only the credit commensurate with the extent of their participation.</div>
<div class="gen">Certificate generated 08/02/2025 14:07</div>
</div></body></html>"""
    chromium_pdf("r12", html, out)


@cert(18, "public-health-lab", "chromium",
      ["portrait", "letterhead", "centred-award", "small-table", "signature-block"],
      "State public health laboratory wet workshop; office of a state department issues it; CLIA number "
      "and registration number are distractors; small agenda-free summary table.",
      "Ingrid V. Halvorsen",
      "Sentinel Laboratory Biological Agent Rule-Out Training (Wet Workshop)",
      "2025-05-20", 6.0, "contact hour",
      ["Cascadia State Department of Health", "Cascadia State Department of Health, Public Health Laboratory"],
      "PHL-SEN-0525")
def r18(out, g):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1b1b1b; font-variant-ligatures: none; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.6in 0.8in; position: relative; }
.lh { text-align: center; border-bottom: 2px solid #2F6B3A; padding-bottom: 10px; }
.lh .st { font: bold 20px 'DejaVu Serif'; color: #2F6B3A; }
.lh .ofc { font-size: 12.5px; margin-top: 4px; }
.lh .addr { font: 10px 'DejaVu Sans'; color: #666; margin-top: 4px; }
h1 { text-align: center; font: normal 28px 'DejaVu Serif'; margin: 46px 0 26px; }
p.c { text-align: center; font-size: 14px; margin: 8px 0; }
.nm { text-align: center; font: bold 26px 'DejaVu Serif'; margin: 14px 0; }
.ttl { text-align: center; font: bold 17px 'DejaVu Sans'; margin: 14px 0.3in; line-height: 1.4; }
table { margin: 30px auto 0; border-collapse: collapse; font: 13px 'DejaVu Sans'; }
th, td { border: 1px solid #8AA891; padding: 7px 14px; }
th { background: #E7F0E8; font-weight: bold; text-align: left; }
.stmt { font: 10px 'DejaVu Sans'; color: #444; line-height: 1.5; margin-top: 34px; text-align: justify; }
.sig { position: absolute; bottom: 1.2in; left: 0.8in; font: 11px 'DejaVu Sans'; }
.sig .ln { border-top: 1px solid #333; width: 2.8in; padding-top: 4px; }
.reg { position: absolute; bottom: 1.2in; right: 0.8in; font: 10px 'DejaVu Sans'; color: #555; text-align: right; }
</style></head><body><div class="page">
<div class="lh"><div class="st">Cascadia State Department of Health</div>
<div class="ofc">Cascadia State Department of Health, Public Health Laboratory</div>
<div class="addr">1410 Alder Ridge Parkway, Port Tamsin, CS 98762</div></div>
<h1>Certificate of Training</h1>
<p class="c">This certifies that</p>
<div class="nm">Ingrid V. Halvorsen, MLS(ASCP)CM</div>
<p class="c">successfully completed the hands-on course</p>
<div class="ttl">Sentinel Laboratory Biological Agent Rule-Out Training (Wet Workshop)</div>
<table>
<tr><th>Course #</th><td>PHL-SEN-0525</td></tr>
<tr><th>Date</th><td>May 20, 2025</td></tr>
<tr><th>P.A.C.E.&reg; contact hours</th><td>6.0</td></tr>
<tr><th>Laboratory CLIA ID</th><td>50D2041178</td></tr>
</table>
<div class="stmt">The Cascadia State Department of Health, Public Health Laboratory is approved as a provider of
continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This training
supports sentinel laboratories in the Laboratory Response Network and does not certify the participant to perform
confirmatory testing.</div>
<div class="sig"><div class="ln"><b>Miriam J. Ostrowski, PhD, D(ABMM)</b><br>Laboratory Director</div></div>
<div class="reg">Registration no. 2025-0419<br>Issued 05/27/2025</div>
</div></body></html>"""
    chromium_pdf("r18", html, out)


@cert(24, "joint-accreditation-cme", "chromium",
      ["portrait", "credit-table", "date-range", "joint-accreditation", "signature-block"],
      "Two-day interprofessional symposium; credit table with AMA PRA, ANCC, ACPE (with CEU), IPCE and "
      "P.A.C.E. figures that differ — only P.A.C.E. counts; date range (last day counts).",
      "Alejandra Castillo-Nakamura",
      "Sepsis Across the Continuum: An Interprofessional Symposium",
      "2026-02-06", 6.5, "contact hour",
      ["Meridian Health System", "Meridian Health System, Center for Professional Education"], "MHS-26-SEP01")
def r24(out, g):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.6in 0.75in }
body { margin: 0; font-family: 'Liberation Serif', serif; color: #202020; font-variant-ligatures: none; }
.b { border: 1.5px solid #0F4C5C; padding: 0.35in 0.45in; height: 9.0in; box-sizing: border-box; position: relative; }
.org { font: bold 22px 'Liberation Sans'; color: #0F4C5C; }
.dept { font: 13px 'Liberation Sans'; color: #0F4C5C; margin-top: 2px; }
h1 { font: bold 22px 'Liberation Serif'; margin: 34px 0 16px; text-transform: uppercase; letter-spacing: 1.5px; }
.p { font-size: 14px; line-height: 1.55; }
.nm { font: bold 22px 'Liberation Serif'; margin: 8px 0 10px; }
.ttl { font: italic bold 19px 'Liberation Serif'; margin: 6px 0; }
table { border-collapse: collapse; margin-top: 18px; width: 100%; font: 12.5px 'Liberation Sans'; }
th { background: #0F4C5C; color: #fff; text-align: left; padding: 6px 8px; }
td { border-bottom: 1px solid #c9d6da; padding: 6px 8px; }
td.n { text-align: right; width: 1.1in; }
.ja { font-size: 10px; line-height: 1.45; margin-top: 18px; color: #333; text-align: justify; }
.sig { position: absolute; bottom: 0.35in; left: 0.45in; font: 11px 'Liberation Sans'; }
.sig div { border-top: 1px solid #000; width: 2.7in; padding-top: 3px; }
.id { position: absolute; bottom: 0.35in; right: 0.45in; font: 10px 'Liberation Sans'; text-align: right; color: #555; }
</style></head><body><div class="b">
<div class="org">Meridian Health System</div>
<div class="dept">Center for Professional Education</div>
<h1>Certificate of Attendance</h1>
<div class="p">This is to certify that</div>
<div class="nm">Alejandra Castillo-Nakamura, MLS(ASCP)</div>
<div class="p">attended</div>
<div class="ttl">Sepsis Across the Continuum: An Interprofessional Symposium</div>
<div class="p">February 5&ndash;6, 2026 &middot; Meridian Conference Center, Lindell Falls<br>
Activity ID: MHS-26-SEP01</div>
<table>
<tr><th>Credit type</th><th style="text-align:right">Designated</th><th style="text-align:right">Awarded</th></tr>
<tr><td><i>AMA PRA Category 1 Credits</i>&trade;</td><td class="n">7.25</td><td class="n">&mdash;</td></tr>
<tr><td>ANCC nursing contact hours</td><td class="n">7.25</td><td class="n">&mdash;</td></tr>
<tr><td>ACPE contact hours (0.725 CEU)</td><td class="n">7.25</td><td class="n">&mdash;</td></tr>
<tr><td>IPCE credits</td><td class="n">7.25</td><td class="n">&mdash;</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours (laboratory)</td><td class="n">6.5</td><td class="n"><b>6.5</b></td></tr>
</table>
<div class="ja">In support of improving patient care, Meridian Health System, Center for Professional Education is jointly
accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for
Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for
the healthcare team. This activity was planned by and for the healthcare team, and learners will receive 7.25
Interprofessional Continuing Education (IPCE) credits for learning and change. Meridian Health System is approved as a
provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program;
laboratory sessions total 6.5 contact hours.</div>
<div class="sig"><div><b>Renata Oyelowo-Strand, DNP, RN</b><br>Director, Center for Professional Education</div></div>
<div class="id">Certificate #CPE-0206-3318<br>Issued February 20, 2026</div>
</div></body></html>"""
    chromium_pdf("r24", html, out)

# =====================================================================
# python-docx -> LibreOffice certificates
# =====================================================================
@cert(7, "hospital-inservice", "soffice-docx",
      ["portrait", "letterhead", "two-column-label-value", "signature-block", "no-activity-id"],
      "Hospital laboratory in-service record; title contains 'Orientation'; employee ID and signature date "
      "are distractors; no activity number printed.",
      "Kwame Asante-Boateng",
      "New Employee Orientation: Specimen Processing, Labeling, and Biosafety",
      "2025-06-12", 0.75, "contact hour",
      ["Riverbend Memorial Hospital", "Riverbend Memorial Hospital, Department of Pathology and Laboratory Medicine"],
      None)
def r07(out, g):
    d = docx_new(margins=0.9)
    docx_p(d, "Riverbend Memorial Hospital", 20, bold=True, align="left", font="Liberation Sans", color="23527C")
    docx_p(d, "Riverbend Memorial Hospital, Department of Pathology and Laboratory Medicine", 11, align="left",
           font="Liberation Sans", color="555555", after=30)
    docx_p(d, "Laboratory In-Service Education Record", 18, bold=True, align="left", after=6)
    docx_p(d, "Documentation of attendance for continuing education purposes", 10.5, italic=True, align="left",
           after=18)
    rows = [("Employee name", g["name"]), ("Employee ID", "0048213"),
            ("In-service topic", g["title"]),
            ("Date of in-service", "June 12, 2025"), ("Presenter", "Ruth Ann Pellegrino, MLS(ASCP)"),
            ("Contact hours", "0.75"), ("Location", "Core Laboratory Conference Room B")]
    t = d.add_table(rows=len(rows), cols=2)
    docx_table_borders(t, "single", 4, "9BB0C4")
    docx_col_widths(t, [1.9, 4.8])
    for i, (a, b) in enumerate(rows):
        docx_cell_p(t.rows[i].cells[0], a, size=11, bold=True, font="Liberation Sans", color="23527C")
        docx_cell_p(t.rows[i].cells[1], b, size=11, font="Liberation Sans")
    docx_p(d, "", after=24)
    docx_p(d, "Riverbend Memorial Hospital, Department of Pathology and Laboratory Medicine is approved as a provider "
              "of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae "
              "Program. Contact hours are awarded only for the full session.", 9.5, align="justify",
           font="Liberation Sans", color="444444", after=48)
    docx_p(d, "_______________________________________", 11, align="left")
    docx_p(d, "Ruth Ann Pellegrino, MLS(ASCP)", 10.5, bold=True, align="left", font="Liberation Sans")
    docx_p(d, "Laboratory Education Coordinator", 10, align="left", font="Liberation Sans")
    docx_p(d, "Date signed: 06/13/2025", 10, align="left", font="Liberation Sans", before=6)
    docx_save(d, "r07", out)


@cert(10, "vendor-training", "soffice-docx",
      ["landscape", "centred-award", "page-border", "date-range", "signature-block"],
      "Vendor key-operator training over three days (last day counts); title contains 'Program'; instrument "
      "serial number and customer account number are distractors; CE hours unit.",
      "Henrik Solberg-Amadi",
      "AX-900 Automated Chemistry Analyzer Key Operator Training Program",
      "2026-01-15", 16.0, "CE hour", ["Veridian Diagnostics, Inc."], "VD-KOT-900")
def r10(out, g):
    d = docx_new(landscape_=True, margins=0.75, border=("thickThinSmallGap", 24, "2E7D32", 20))
    docx_p(d, "VERIDIAN DIAGNOSTICS", 13, bold=True, font="Liberation Sans", color="2E7D32", spacing=60)
    docx_p(d, "Veridian Diagnostics, Inc.  \u00b7  Raleigh Hills, Oregon", 9.5,
           font="Liberation Sans", color="666666", after=22)
    docx_p(d, "Certificate of Training", 32, font="C059", after=14)
    docx_p(d, "presented to", 12, italic=True, after=6)
    docx_p(d, g["name"], 26, bold=True, font="C059", after=8)
    docx_p(d, "for successful completion of the", 12, italic=True, after=4)
    docx_p(d, g["title"], 17, bold=True, after=8)
    docx_p(d, "January 13 \u2013 15, 2026", 12, after=2)
    docx_p(d, "Course No.: VD-KOT-900", 11, after=2)
    docx_p(d, "CE hours earned: 16.0", 12, bold=True, after=16)
    t = d.add_table(rows=3, cols=3)
    docx_col_widths(t, [3.2, 2.6, 3.2])
    docx_cell_p(t.rows[0].cells[0], "______________________________", align="center")
    docx_cell_p(t.rows[1].cells[0], "Dana K. Whitfield-Ross", size=10, bold=True, align="center",
                font="Liberation Sans")
    docx_cell_p(t.rows[2].cells[0], "Senior Clinical Applications Specialist", size=9.5, align="center",
                font="Liberation Sans")
    docx_cell_p(t.rows[1].cells[2], "Instrument S/N: AX9-004417", size=9.5, align="center",
                font="Liberation Sans")
    docx_cell_p(t.rows[2].cells[2], "Customer account: 300-55871", size=9.5, align="center",
                font="Liberation Sans")
    docx_p(d, "This training does not confer certification by any external agency. Continuing education hours may be "
              "submitted to the ASCP Board of Certification Credential Maintenance Program as employer-provided "
              "instrument training.", 8.5, italic=True, before=14, font="Liberation Sans", color="555555")
    docx_save(d, "r10", out)


@cert(17, "state-society", "soffice-docx",
      ["portrait", "centred-award", "claimed-vs-maximum", "date-range", "small-table", "hyphenated-name"],
      "Regional society fall meeting attendance; the meeting name is the title; per-day hours table; earned "
      "9.0 of 12.0 available (earned counts); membership number distractor.",
      "Mary-Kate Lindgren-Osei",
      "2025 Heartland Fall Laboratory Conference",
      "2025-10-17", 9.0, "contact hour",
      ["Heartland Association of Clinical Laboratory Professionals", "HACLP"], "HF-2025")
def r17(out, g):
    d = docx_new(margins=0.9, border=("single", 12, "8B5E3C", 24))
    docx_p(d, "Heartland Association of Clinical Laboratory Professionals", 16, bold=True, color="8B5E3C",
           font="P052")
    docx_p(d, "(HACLP)", 11, color="8B5E3C", font="P052", after=30)
    docx_p(d, "CERTIFICATE OF ATTENDANCE", 22, font="P052", spacing=40, after=20)
    docx_p(d, "This certifies that", 12, italic=True, after=8)
    docx_p(d, g["name"], 24, bold=True, font="P052", after=8)
    docx_p(d, "attended the", 12, italic=True, after=8)
    docx_p(d, g["title"], 18, bold=True, font="P052", after=4)
    docx_p(d, "October 16\u201317, 2025  \u2022  Lied Conference Center, Nebraska City", 11, after=4)
    docx_p(d, "Event No.: HF-2025", 10.5, after=18)
    t = d.add_table(rows=4, cols=2)
    docx_table_borders(t, "single", 4, "8B5E3C")
    docx_col_widths(t, [3.0, 1.6])
    t.alignment = 1
    data = [("Day", "Contact hours"), ("Thursday, October 16", "5.0"), ("Friday, October 17", "4.0"),
            ("Total earned", "9.0")]
    for i, (a, b) in enumerate(data):
        bold = i in (0, 3)
        docx_cell_p(t.rows[i].cells[0], a, size=11, bold=bold)
        docx_cell_p(t.rows[i].cells[1], b, size=11, bold=bold, align="center")
    docx_p(d, "Contact hours earned: 9.0 (of 12.0 available)", 12, bold=True, before=14, after=20)
    docx_p(d, "HACLP is approved as a provider of continuing education programs in the clinical laboratory sciences "
              "by the ASCLS P.A.C.E.\u00ae Program.", 9.5, italic=True, after=30)
    docx_p(d, "_____________________________          _____________________________", 11)
    docx_p(d, "Loretta M. Brandvold, MS, MLS(ASCP)                    Keith A. Yarborough, MLT(ASCP)", 9.5,
           font="Liberation Sans")
    docx_p(d, "HACLP President                                                    Continuing Education Chair", 9.5,
           font="Liberation Sans")
    docx_p(d, "HACLP membership no. 4471", 8.5, color="777777", before=20, font="Liberation Sans")
    docx_save(d, "r17", out)


@cert(19, "ascp-cmle", "soffice-docx",
      ["portrait", "one-paragraph", "letterhead", "no-activity-id"],
      "One-paragraph certificate: name, quoted title, date and credits in a single sentence; transcript "
      "number is a distractor; no activity ID.",
      "Priya R. Venkataraman",
      "Blood Bank Essentials: Resolving ABO Discrepancies",
      "2026-03-03", 1.5, "CMLE", ["American Society for Clinical Pathology", "ASCP"], None)
def r19(out, g):
    d = docx_new(margins=1.0)
    docx_p(d, "ASCP", 30, bold=True, align="left", font="Liberation Sans", color="003A70")
    docx_p(d, "American Society for Clinical Pathology", 12, align="left", font="Liberation Sans", color="003A70")
    docx_p(d, "Continuing Medical Laboratory Education  |  Chicago, Illinois", 9, align="left", font="Liberation Sans",
           color="777777", after=60)
    docx_p(d, "Certificate of CMLE Credit", 20, bold=True, align="left", after=24)
    p = docx_p(d, "", align="justify", after=24)
    p.paragraph_format.line_spacing = 1.5
    docx_run(p, "This certifies that ", 13)
    docx_run(p, g["name"], 13, bold=True)
    docx_run(p, " has completed \u201c" + g["title"] + "\u201d on March 3, 2026 and is awarded 1.5 CMLE "
                "credits (Continuing Medical Laboratory Education) toward the ASCP Board of Certification "
                "Credential Maintenance Program.", 13)
    docx_p(d, "ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences "
              "by the ASCLS P.A.C.E.\u00ae Program.", 10, italic=True, align="left", after=60)
    docx_p(d, "Transcript No. T-88120443", 10, align="left", font="Liberation Sans", color="555555")
    docx_p(d, "Printed March 4, 2026", 10, align="left", font="Liberation Sans", color="555555")
    docx_save(d, "r19", out)


@cert(34, "ascls", "soffice-docx",
      ["landscape", "centred-award", "date-range", "page-border", "signature-block"],
      "National society educators' conference attendance; meeting name is the title; three-day range "
      "(last day counts); member ID distractor.",
      "Wilhelmina J. Castellanos",
      "Clinical Laboratory Educators\u2019 Conference 2026",
      "2026-02-28", 12.75, "contact hour",
      ["American Society for Clinical Laboratory Science", "ASCLS"], "001-026-26")
def r34(out, g):
    d = docx_new(landscape_=True, margins=0.8, border=("double", 18, "1F3864", 24))
    docx_p(d, "American Society for Clinical Laboratory Science", 20, bold=True, color="1F3864",
           font="Liberation Serif")
    docx_p(d, "ASCLS", 12, color="1F3864", font="Liberation Sans", spacing=80, after=26)
    docx_p(d, "Certificate of Attendance", 30, italic=True, font="Liberation Serif", after=16)
    docx_p(d, g["name"], 26, bold=True, after=10)
    docx_p(d, "attended the", 12, after=8)
    docx_p(d, g["title"], 20, bold=True, color="1F3864", after=6)
    docx_p(d, "February 26\u201328, 2026  \u2022  Louisville, Kentucky", 12, after=14)
    docx_p(d, "P.A.C.E.\u00ae contact hours awarded: 12.75", 13, bold=True, after=2)
    docx_p(d, "Program No.: 001-026-26", 11, after=2)
    docx_p(d, "ASCLS Member ID: 0771094", 9.5, color="666666", after=22)
    docx_p(d, "ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences "
              "by the ASCLS P.A.C.E.\u00ae Program.", 9, italic=True, after=18)
    docx_p(d, "______________________________", 11)
    docx_p(d, "Theodora N. Vasquez-Heller, EdD, MLS(ASCP)CM", 10, bold=True, font="Liberation Sans")
    docx_p(d, "Chair, CLEC Planning Committee", 9.5, font="Liberation Sans")
    docx_save(d, "r34", out)

# =====================================================================
# Flat ODF (.fodt) -> LibreOffice certificates
# =====================================================================
def _fodt_save(tag, xml, out):
    src = SRC / f"{tag}.fodt"
    src.write_text(xml, encoding="utf-8")
    soffice_pdf(src, out)


@cert(11, "ascls", "soffice-fodt",
      ["portrait", "centred-award", "format-line", "title-in-quotes", "page-border"],
      "LIVE WEBINAR printed on its own line above a quoted title that contains 'Date'; member number "
      "distractor; P.A.C.E. course number is the activity id.",
      "Gwendolyn Achterberg",
      "Specimen Labeling Errors: When the Date and Time Tell the Story",
      "2025-10-08", 1.0, "contact hour",
      ["American Society for Clinical Laboratory Science", "ASCLS"], "001-407-25")
def r11(out, g):
    st = "".join([
        fodt_pstyle("Org", size=17, bold=True, color="#24406B", font="Liberation Sans"),
        fodt_pstyle("Abbr", size=11, color="#24406B", font="Liberation Sans", letter="0.12cm", after=40),
        fodt_pstyle("H", size=26, font="C059", after=24),
        fodt_pstyle("Lead", size=12, italic=True, after=8),
        fodt_pstyle("Name", size=24, bold=True, font="C059", after=14),
        fodt_pstyle("Fmt", size=10, bold=True, color="#B03A2E", font="Liberation Sans", letter="0.08cm", after=4),
        fodt_pstyle("T", size=17, bold=True, font="C059", after=16),
        fodt_pstyle("Body", size=12, after=4),
        fodt_pstyle("Small", size=9, italic=True, before=40, color="#444444"),
        fodt_pstyle("Foot", size=8.5, before=30, color="#777777", font="Liberation Sans", align="left"),
    ])
    body = "".join([
        fp("Org", "American Society for Clinical Laboratory Science"),
        fp("Abbr", "ASCLS"),
        fp("H", "Certificate of Participation"),
        fp("Lead", "This is to certify that"),
        fp("Name", g["name"] + ", MLS(ASCP)CM"),
        fp("Lead", "participated in"),
        fp("Fmt", "LIVE WEBINAR"),
        fp("T", xesc("\u201c" + g["title"] + "\u201d")),
        fp("Body", "Presented October 8, 2025"),
        fp("Body", "P.A.C.E.\u00ae Course #: 001-407-25"),
        fp("Body", "Awarded: 1.0 contact hour"),
        fp("Small", "ASCLS is approved as a provider of continuing education programs in the clinical laboratory "
                    "sciences by the ASCLS P.A.C.E.\u00ae Program."),
        fp("Foot", "ASCLS member no. 2204-881  \u00b7  Certificate issued 10/15/2025"),
    ])
    _fodt_save("r11", fodt_doc("8.5in", "11in", "0.9in", st, body, border="2.5pt double #24406B",
                               padding="0.3in"), out)


@cert(21, "labce", "soffice-fodt",
      ["portrait", "letter-spaced-name", "title-in-quotes", "two-pages", "transcript-line"],
      "Letter-spaced name via ODF fo:letter-spacing; page 2 carries a transcript line repeating course, "
      "date and hours; customer and order numbers are distractors.",
      "Samuel K. Oduya",
      "Gram Stain Interpretation: Respiratory Specimens",
      "2025-12-12", 1.5, "contact hour", ["LabCE"], "4412")
def r21(out, g):
    st = "".join([
        fodt_pstyle("Brand", size=28, bold=True, color="#0E6E73", font="Liberation Sans", align="left"),
        fodt_pstyle("Tag", size=10, color="#666666", font="Liberation Sans", align="left", after=50),
        fodt_pstyle("H", size=24, font="Liberation Sans", align="left", after=30),
        fodt_pstyle("Name", size=20, bold=True, font="Liberation Sans", align="left", letter="0.18cm", after=20),
        fodt_pstyle("L", size=11.5, font="Liberation Sans", align="left", after=6),
        fodt_pstyle("T", size=15, bold=True, font="Liberation Sans", align="left", after=22),
        fodt_pstyle("Small", size=9, font="Liberation Sans", align="left", before=40, color="#444444"),
        fodt_pstyle("H2", size=16, bold=True, font="Liberation Sans", align="left", after=18, breakbefore=True),
        fodt_pstyle("Mono", size=10, font="Liberation Sans", align="left", after=4),
        fodt_table_styles("Tb", "5.5in", ["2.2in", "3.3in"], cell_border="none"),
        fodt_table_styles("Tr", "6.7in", ["1.0in", "0.9in", "3.4in", "1.4in"], cell_border="0.5pt solid #999999"),
        fodt_tstyle("b", bold=True),
    ])
    cell = lambda s, b=False: fp("Mono", fspan("b", xesc(s)) if b else xesc(s))
    tb = fodt_table("Tb", [[cell("Course #"), cell("4412", True)],
                           [cell("Completed"), cell("December 12, 2025", True)],
                           [cell("P.A.C.E.\u00ae contact hours"), cell("1.5", True)],
                           [cell("Customer #"), cell("771204-B")],
                           [cell("Order #"), cell("ORD-2025-338812")]], 2)
    tr = fodt_table("Tr", [[cell("Date", True), cell("Course", True), cell("Title", True), cell("Hours", True)],
                           [cell("12/12/2025"), cell("4412"), cell(g["title"]), cell("1.5 contact hours")]], 4)
    body = "".join([
        fp("Brand", "LabCE"),
        fp("Tag", "Continuing education and competency assessment for the clinical laboratory"),
        fp("H", "Certificate of Completion"),
        fp("Name", g["name"]),
        fp("L", "has completed the course"),
        fp("T", xesc("\u201c" + g["title"] + "\u201d")),
        tb,
        fp("Small", "LabCE is approved as a provider of continuing education programs in the clinical laboratory "
                    "sciences by the ASCLS P.A.C.E.\u00ae Program."),
        fp("H2", "Transcript excerpt"),
        fp("L", "Participant: " + g["name"]),
        tr,
        fp("Small", "This transcript line is provided for your records and matches the certificate on page 1."),
    ])
    _fodt_save("r21", fodt_doc("8.5in", "11in", "0.9in", st, body), out)


@cert(23, "hospital-inservice", "soffice-fodt",
      ["portrait", "memo-style", "two-column-label-value", "signature-block", "no-activity-id"],
      "Short in-service memo; the clinical laboratory of a medical center issues it; read-back policy "
      "topic; signature date and policy number are distractors.",
      "Thomas Q. Brennan-Yazzie",
      "Critical Value Reporting: Policy Update and Read-Back Procedure",
      "2025-07-17", 0.5, "contact hour",
      ["St. Aldric Medical Center", "St. Aldric Medical Center, Clinical Laboratory"], None)
def r23(out, g):
    st = "".join([
        fodt_pstyle("Org", size=18, bold=True, font="URW Gothic", align="left", color="#6B2737"),
        fodt_pstyle("Sub", size=11, font="URW Gothic", align="left", color="#6B2737", after=36,
                    extra_p='fo:border-bottom="1.5pt solid #6B2737" fo:padding-bottom="6pt"'),
        fodt_pstyle("H", size=20, bold=True, font="Liberation Sans", align="left", after=20),
        fodt_pstyle("C", size=11.5, font="Liberation Sans", align="left"),
        fodt_pstyle("P", size=11, font="Liberation Serif", align="justify", before=20, after=10),
        fodt_pstyle("S", size=10.5, font="Liberation Sans", align="left"),
        fodt_table_styles("Tb", "6.7in", ["1.8in", "4.9in"], cell_border="none", cell_pad="0.06in"),
        fodt_tstyle("b", bold=True),
    ])
    c = lambda s, b=False: fp("C", fspan("b", xesc(s)) if b else xesc(s))
    tb = fodt_table("Tb", [[c("Staff member", True), c(g["name"])],
                           [c("In-service", True), c(g["title"])],
                           [c("Date attended", True), c("July 17, 2025")],
                           [c("Contact hours", True), c("0.5")],
                           [c("Related policy", True), c("LAB-QA-014 rev. 7")]], 2)
    body = "".join([
        fp("Org", "St. Aldric Medical Center"),
        fp("Sub", "St. Aldric Medical Center, Clinical Laboratory"),
        fp("H", "In-Service Attendance Certificate"),
        tb,
        fp("P", "The staff member named above attended the laboratory in-service listed and is credited with the "
                "contact hours shown. St. Aldric Medical Center, Clinical Laboratory is approved as a provider of "
                "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae "
                "Program."),
        fp("S", "<text:line-break/><text:line-break/>______________________________"),
        fp("S", "Beatrix L. Harrowgate, MS, MLS(ASCP)CM"),
        fp("S", "Laboratory Quality and Education Manager"),
        fp("S", "Signed July 21, 2025"),
    ])
    _fodt_save("r23", fodt_doc("8.5in", "11in", "0.9in", st, body), out)


@cert(32, "nsh", "soffice-fodt",
      ["landscape", "centred-award", "css-like-uppercase-name", "format-line", "page-border"],
      "Name set in capitals through ODF fo:text-transform (source mixed case); LIVE WEBINAR on its own line; "
      "NSH member number distractor.",
      "CHRISTOPHER J. DELACROIX-WEBB",
      "Decalcification Best Practices for Bone Marrow Core Biopsies",
      "2026-02-18", 1.0, "contact hour", ["National Society for Histotechnology", "NSH"], "NSH-WB-2602")
def r32(out, g):
    st = "".join([
        fodt_pstyle("Logo", size=30, bold=True, font="Liberation Sans", color="#6A1B9A"),
        fodt_pstyle("Org", size=14, font="Liberation Sans", color="#6A1B9A", after=30),
        fodt_pstyle("H", size=30, font="P052", after=18),
        fodt_pstyle("Lead", size=12, italic=True, font="P052", after=8),
        fodt_pstyle("Name", size=24, bold=True, font="P052", transform="uppercase", after=12),
        fodt_pstyle("Fmt", size=10, font="Liberation Sans", color="#6A1B9A", letter="0.1cm", after=4),
        fodt_pstyle("T", size=18, bold=True, font="P052", after=12),
        fodt_pstyle("B", size=12, font="P052", after=3),
        fodt_pstyle("Small", size=9, italic=True, font="P052", before=24, color="#444444"),
    ])
    body = "".join([
        fp("Logo", "NSH"),
        fp("Org", "National Society for Histotechnology"),
        fp("H", "Certificate of Completion"),
        fp("Lead", "awarded to"),
        fp("Name", "Christopher J. Delacroix-Webb, HTL(ASCP)"),
        fp("Lead", "for completing the educational webinar"),
        fp("Fmt", "LIVE WEBINAR"),
        fp("T", g["title"]),
        fp("B", "February 18, 2026  \u00b7  Webinar ID: NSH-WB-2602"),
        fp("B", "Contact hours: 1.0"),
        fp("Small", "The National Society for Histotechnology is approved as a provider of continuing education "
                    "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.  "
                    "NSH member #H-30912"),
    ])
    _fodt_save("r32", fodt_doc("11in", "8.5in", "0.75in", st, body, border="4pt solid #6A1B9A",
                               orient="landscape", padding="0.25in"), out)


@cert(35, "university-ceu", "soffice-fodt",
      ["landscape", "centred-award", "date-range", "border", "signature-block", "two-pages"],
      "University extension school awards 2.4 CEU for an eight-week online course (date range, last day "
      "counts); page 2 is the CEU statement; student number distractor.",
      "Ignatius Ferreira-Lund",
      "Introduction to Laboratory Informatics and LIS Validation",
      "2026-03-02", 2.4, "CEU",
      ["Granite Ridge University", "Granite Ridge University, Extension School"], "GRX-MLS 410")
def r35(out, g):
    st = "".join([
        fodt_pstyle("U", size=26, bold=True, font="C059", color="#283618"),
        fodt_pstyle("X", size=13, italic=True, font="C059", color="#283618", after=28),
        fodt_pstyle("Lead", size=13, italic=True, font="C059", after=8),
        fodt_pstyle("Name", size=26, font="C059", after=10),
        fodt_pstyle("T", size=18, bold=True, font="C059", after=10),
        fodt_pstyle("B", size=12.5, font="C059", after=3),
        fodt_pstyle("Sig", size=10, font="Liberation Sans", before=40),
        fodt_pstyle("H2", size=16, bold=True, font="Liberation Sans", align="left", after=14, breakbefore=True),
        fodt_pstyle("P", size=11, font="Liberation Serif", align="justify", after=10),
    ])
    body = "".join([
        fp("U", "Granite Ridge University"),
        fp("X", "Extension School"),
        fp("Lead", "upon the recommendation of the faculty hereby certifies that"),
        fp("Name", g["name"]),
        fp("Lead", "has completed the noncredit course"),
        fp("T", g["title"]),
        fp("B", "Course No. GRX-MLS 410  \u00b7  January 12 \u2013 March 2, 2026"),
        fp("B", "and is awarded 2.4 Continuing Education Units (CEU)"),
        fp("Sig", "______________________________<text:tab/>"),
        fp("Sig", "Cordelia A. Finchley, PhD, Associate Dean, Extension School"),
        fp("H2", "Statement of Continuing Education Units"),
        fp("P", "Granite Ridge University, Extension School awards the Continuing Education Unit (CEU) for "
                "participation in qualifying noncredit programs. One CEU is awarded for each ten contact hours of "
                "instruction. CEUs are not academic credit and cannot be converted to academic credit."),
        fp("P", "Student number: 900-41-7726. Record created 03/09/2026."),
    ])
    _fodt_save("r35", fodt_doc("11in", "8.5in", "0.8in", st, body, border="1.5pt solid #283618",
                               orient="landscape", padding="0.3in"), out)

# =====================================================================
# PHP FPDF certificates
# =====================================================================
FPDF_HEAD = """<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
"""


def T(s):
    return "t(" + php_q(s) + ")"


@cert(4, "state-society", "php-fpdf",
      ["landscape", "centred-award", "double-border", "date-range", "signature-block"],
      "State society annual meeting attendance; the meeting name is the title; three-day range (last day "
      "counts); registration number distractor; apostrophe in surname.",
      "Bernadette O'Malley-Chu",
      "Three Rivers Clinical Laboratory Conference",
      "2026-04-11", 11.5, "contact hour",
      ["Keystone Society for Clinical Laboratory Science", "KSCLS"], "520-112-26")
def r04(out, g):
    code = FPDF_HEAD + f"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(120, 20, 40);
$pdf->SetLineWidth(1.6); $pdf->Rect(9, 9, 261.4, 197.9);
$pdf->SetLineWidth(0.4); $pdf->Rect(13, 13, 253.4, 189.9);
$pdf->SetTextColor(120, 20, 40);
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(15, 24); $pdf->Cell(249.4, 10, {T(g['provider'][0])}, 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetX(15); $pdf->Cell(249.4, 7, '(KSCLS)', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetXY(15, 52); $pdf->Cell(249.4, 12, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(15, 72); $pdf->Cell(249.4, 8, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 28); $pdf->SetXY(15, 84); $pdf->Cell(249.4, 13, {T(g['name'] + ', MLS(ASCP)')}, 0, 1, 'C');
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(15, 102); $pdf->Cell(249.4, 8, 'attended the', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 20); $pdf->SetXY(15, 113); $pdf->Cell(249.4, 10, {T(g['title'])}, 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(15, 125); $pdf->Cell(249.4, 7, {T('April 9–11, 2026  •  Pittsburgh, Pennsylvania')}, 0, 1, 'C');
$pdf->SetFont('Times', '', 14); $pdf->SetXY(15, 138); $pdf->Cell(249.4, 8, {T('and is awarded 11.5 P.A.C.E.® contact hours')}, 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(15, 147); $pdf->Cell(249.4, 6, {T('P.A.C.E.® Program Number: 520-112-26')}, 0, 1, 'C');
$pdf->SetLineWidth(0.3); $pdf->Line(30, 173, 100, 173);
$pdf->SetFont('Helvetica', 'B', 9); $pdf->SetXY(30, 174); $pdf->Cell(80, 5, 'Colleen M. Varga-Stetson, MLS(ASCP)SBB', 0, 2);
$pdf->SetFont('Helvetica', '', 9); $pdf->Cell(80, 5, 'Conference Chair', 0, 2);
$pdf->SetXY(180, 174); $pdf->Cell(70, 5, 'Registration No. R-2026-0447', 0, 2, 'R');
$pdf->Cell(70, 5, 'Date issued: 04/20/2026', 0, 2, 'R');
$pdf->SetFont('Times', 'I', 9); $pdf->SetXY(25, 190);
$pdf->MultiCell(229.4, 4.5, {T('KSCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')}, 0, 'C');
$pdf->Output('F', $argv[1]);
"""
    php_pdf("r04", code, out)


@cert(13, "nsh", "php-fpdf",
      ["portrait", "header-band", "two-column-label-value", "credentials-after-name"],
      "Workshop certificate at an annual symposium/convention; the convention name is context, the workshop "
      "is the title; workshop number is the activity id; badge number distractor.",
      "Rosalind P. Featherstonehaugh",
      "Immunohistochemistry Troubleshooting: Antigen Retrieval from Bench to Slide",
      "2025-09-14", 3.0, "contact hour", ["National Society for Histotechnology", "NSH"], "W-214")
def r13(out, g):
    code = FPDF_HEAD + f"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(74, 35, 90); $pdf->Rect(0, 0, 215.9, 42, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('Helvetica', 'B', 30); $pdf->SetXY(20, 10); $pdf->Cell(40, 14, 'NSH', 0, 0);
$pdf->SetFont('Helvetica', '', 13); $pdf->SetXY(62, 12); $pdf->Cell(130, 6, {T(g['provider'][0])}, 0, 2);
$pdf->SetFont('Helvetica', '', 10); $pdf->Cell(130, 6, 'Annual Symposium/Convention  -  Providence, Rhode Island', 0, 2);
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(20, 62); $pdf->Cell(175, 10, 'Workshop Attendance Certificate', 0, 1);
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(20, 80); $pdf->Cell(175, 7, 'This is to certify that', 0, 1);
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(20, 90); $pdf->Cell(175, 11, {T(g['name'] + ', HT(ASCP)')}, 0, 1);
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(20, 106); $pdf->Cell(175, 7, 'attended the workshop', 0, 1);
$pdf->SetFont('Times', 'B', 16); $pdf->SetXY(20, 116);
$pdf->MultiCell(170, 8, {T(g['title'])}, 0, 'L');
$y = $pdf->GetY() + 10;
$rows = array(array('Workshop #', 'W-214'), array('Session date', 'September 14, 2025'),
              array('Contact hours', '3.0'), array('Badge #', '18822'));
foreach ($rows as $r) {{
  $pdf->SetXY(20, $y); $pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(74, 35, 90);
  $pdf->Cell(45, 8, t($r[0]), 'B', 0);
  $pdf->SetFont('Helvetica', '', 11); $pdf->SetTextColor(30, 30, 30);
  $pdf->Cell(100, 8, t($r[1]), 'B', 1);
  $y += 10;
}}
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(20, $y + 14);
$pdf->MultiCell(175, 4.6, {T('The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Partial credit is not awarded for workshops.')}, 0, 'L');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(20, 240, 90, 240);
$pdf->SetXY(20, 241); $pdf->SetFont('Helvetica', 'B', 9); $pdf->Cell(80, 5, 'Yolanda S. Pike-Harrison, HTL(ASCP)QIHC', 0, 2);
$pdf->SetFont('Helvetica', '', 9); $pdf->Cell(80, 5, 'Chair, Education Committee', 0, 2);
$pdf->Output('F', $argv[1]);
"""
    php_pdf("r13", code, out)


@cert(22, "medialab", "php-fpdf",
      ["landscape", "centred-award", "all-caps-name", "border"],
      "Name printed in capitals in the source; title contains 'Orientation'; 'valid until' competency date "
      "and learner number are distractors.",
      "NGUYEN THI BICH NGOC",
      "Competency Assessment for New Hires: Orientation to Point-of-Care Testing",
      "2026-01-08", 1.0, "contact hour", ["MediaLab, Inc."], "POC-114")
def r22(out, g):
    code = FPDF_HEAD + f"""
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(46, 74, 125); $pdf->SetLineWidth(8); $pdf->Rect(24, 24, 744, 564);
$pdf->SetTextColor(46, 74, 125);
$pdf->SetFont('Arial', 'B', 26); $pdf->SetXY(40, 60); $pdf->Cell(712, 30, 'MediaLab', 0, 1, 'C');
$pdf->SetFont('Arial', '', 10); $pdf->SetX(40); $pdf->Cell(712, 14, 'Competency Assessment  |  Continuing Education  |  Compliance', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Arial', '', 30); $pdf->SetXY(40, 135); $pdf->Cell(712, 36, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('Arial', '', 13); $pdf->SetXY(40, 190); $pdf->Cell(712, 18, 'presented to', 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 26); $pdf->SetXY(40, 215); $pdf->Cell(712, 32, {T(g['name'])}, 0, 1, 'C');
$pdf->SetFont('Arial', '', 13); $pdf->SetXY(40, 258); $pdf->Cell(712, 18, 'for completing', 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 18); $pdf->SetXY(130, 284);
$pdf->MultiCell(532, 23, {T(g['title'])}, 0, 'C');
$pdf->SetFont('Arial', '', 12);
$pdf->SetXY(40, 352); $pdf->Cell(712, 17, {T('Course ID: POC-114   •   Completed: January 8, 2026   •   1.0 contact hour')}, 0, 1, 'C');
$pdf->SetFont('Arial', 'I', 10); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(40, 380); $pdf->Cell(712, 14, 'Competency valid until: January 8, 2027   (Learner no. 200-4471-09)', 0, 1, 'C');
$pdf->SetFont('Arial', '', 9);
$pdf->SetXY(90, 520);
$pdf->MultiCell(612, 12, {T('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')}, 0, 'C');
$pdf->Output('F', $argv[1]);
"""
    php_pdf("r22", code, out)


@cert(28, "pace-provider", "php-fpdf",
      ["portrait", "left-aligned", "format-line", "two-column-label-value"],
      "Commercial P.A.C.E.-approved CE company; 'Self-Study' on its own line above the title; post-test "
      "score, order number and state license number are distractors; suffix II.",
      "Jonathan P. Whitaker II",
      "Transfusion Reactions: Recognition, Workup, and Reporting",
      "2025-10-02", 2.0, "contact hour", ["ClinEdge Learning, LLC"], "CE-TR-220")
def r28(out, g):
    code = FPDF_HEAD + f"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(230, 126, 34); $pdf->Rect(0, 0, 8, 279.4, 'F');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('Courier', 'B', 22); $pdf->SetXY(25, 25); $pdf->Cell(160, 10, 'ClinEdge Learning', 0, 1);
$pdf->SetFont('Helvetica', '', 9); $pdf->SetX(25); $pdf->Cell(160, 5, 'ClinEdge Learning, LLC  |  Asheville, NC  |  support@clinedge.example', 0, 1);
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetXY(25, 60); $pdf->Cell(160, 10, 'Certificate of Continuing Education', 0, 1);
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(25, 78); $pdf->Cell(160, 7, 'Issued to', 0, 1);
$pdf->SetFont('Helvetica', 'B', 18); $pdf->SetX(25); $pdf->Cell(160, 10, {T(g['name'])}, 0, 1);
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(25, 104); $pdf->Cell(160, 7, 'for successful completion of', 0, 1);
$pdf->SetFont('Helvetica', 'I', 10); $pdf->SetTextColor(230, 126, 34); $pdf->SetX(25); $pdf->Cell(160, 6, 'Self-Study', 0, 1);
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('Times', 'B', 17); $pdf->SetX(25); $pdf->MultiCell(165, 8, {T(g['title'])}, 0, 'L');
$y = $pdf->GetY() + 12;
$rows = array(array('Course #', 'CE-TR-220'), array('Date completed', '10/02/2025'), array('Post-test score', '90%'),
              array('Contact hours (P.A.C.E.)', '2.0'), array('Order no.', '55120-77'),
              array('State license no.', 'CA CLS 00071836'));
$pdf->SetFont('Helvetica', '', 11);
foreach ($rows as $r) {{
  $pdf->SetXY(25, $y); $pdf->Cell(60, 7, t($r[0]), 0, 0); $pdf->SetFont('Helvetica', 'B', 11);
  $pdf->Cell(80, 7, t($r[1]), 0, 1); $pdf->SetFont('Helvetica', '', 11); $y += 8;
}}
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(25, 215);
$pdf->MultiCell(165, 4.6, {T('ClinEdge Learning, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is intended for laboratory professionals at the intermediate level.')}, 0, 'L');
$pdf->Output('F', $argv[1]);
"""
    php_pdf("r28", code, out)


@cert(29, "aabb", "php-fpdf",
      ["landscape", "centred-award", "claimed-vs-maximum", "date-range", "small-table"],
      "Annual meeting attendance; the meeting name is the title; four-day range (last day counts); "
      "maximum available vs claimed P.A.C.E. hours (claimed counts); registration number distractor; no "
      "activity number.",
      "Beatriz L. Montenegro-Fitz",
      "2025 AABB Annual Meeting",
      "2025-10-28", 14.5, "contact hour",
      ["Association for the Advancement of Blood & Biotherapies", "AABB"], None)
def r29(out, g):
    code = FPDF_HEAD + f"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(181, 18, 27); $pdf->Rect(0, 0, 279.4, 14, 'F'); $pdf->Rect(0, 201.9, 279.4, 14, 'F');
$pdf->SetTextColor(181, 18, 27);
$pdf->SetFont('Times', 'B', 34); $pdf->SetXY(10, 24); $pdf->Cell(259.4, 14, 'AABB', 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetX(10); $pdf->Cell(259.4, 7, {T(g['provider'][0])}, 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 26); $pdf->SetXY(10, 56); $pdf->Cell(259.4, 12, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24); $pdf->SetXY(10, 76); $pdf->Cell(259.4, 12, {T(g['name'])}, 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(10, 92); $pdf->Cell(259.4, 7, 'attended the', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 20); $pdf->SetXY(10, 101); $pdf->Cell(259.4, 10, {T(g['title'])}, 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(10, 112); $pdf->Cell(259.4, 7, {T('October 25–28, 2025  •  Nashville, Tennessee')}, 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11);
$pdf->SetXY(70, 128); $pdf->Cell(100, 8, {T('Maximum P.A.C.E.® contact hours available')}, 1, 0); $pdf->Cell(40, 8, '21.0', 1, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 11);
$pdf->SetX(70); $pdf->Cell(100, 8, {T('P.A.C.E.® contact hours claimed')}, 1, 0); $pdf->Cell(40, 8, '14.5', 1, 1, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(10, 160);
$pdf->Cell(259.4, 5, 'Registration No. AM25-118204   |   Claim submitted 11/14/2025', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 9); $pdf->SetXY(30, 172);
$pdf->MultiCell(219.4, 4.5, {T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Hours claimed reflect sessions attended as attested by the participant.')}, 0, 'C');
$pdf->Output('F', $argv[1]);
"""
    php_pdf("r29", code, out)


# =====================================================================
# PHP TCPDF certificates
# =====================================================================
TCPDF_HEAD = """<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
function mk($o) {
  $pdf = new TCPDF($o, 'pt', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
  $pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
  $pdf->setFontSubsetting(true);
  $pdf->SetCreator('TCPDF');
  return $pdf;
}
"""


@cert(8, "joint-accreditation-cme", "php-tcpdf",
      ["portrait", "credit-table", "series-prefix-title", "two-pages", "joint-accreditation"],
      "Medical school CME office; 'Grand Rounds:' on the title line is part of the title; designated credits "
      "for AMA PRA / ANCC / ACPE (with CEU) / P.A.C.E. differ; participant claimed P.A.C.E. 1.25; page 2 has the "
      "full accreditation statement.",
      "Sunita Devi Raghunathan",
      "Grand Rounds: Antimicrobial Stewardship and the Clinical Microbiology Laboratory",
      "2026-03-11", 1.25, "contact hour",
      ["Northlake University School of Medicine",
       "Northlake University School of Medicine, Office of Continuing Medical Education"], "JA-NLU-26-0311")
def r08(out, g):
    html1 = f"""
<div style="text-align:center"><span style="font-size:20pt;font-weight:bold;color:#13294B">Northlake University School of Medicine</span><br>
<span style="font-size:11pt;color:#13294B">Northlake University School of Medicine, Office of Continuing Medical Education</span></div>
<br><br><div style="text-align:center;font-size:24pt">Certificate of Credit</div><br>
<div style="text-align:center;font-size:12pt">This certificate is awarded to</div>
<div style="text-align:center;font-size:20pt;font-weight:bold">{xesc(g['name'])}, MLS(ASCP)<sup>CM</sup></div>
<div style="text-align:center;font-size:12pt">for participation in the live activity</div><br>
<div style="text-align:center;font-size:15pt;font-weight:bold">{xesc(g['title'])}</div>
<div style="text-align:center;font-size:11pt">held March 11, 2026 &nbsp;|&nbsp; Activity ID: JA-NLU-26-0311</div><br>
<table cellpadding="5" border="1" style="font-size:10.5pt;border-color:#999">
<tr style="background-color:#E8EDF5;font-weight:bold"><td width="300">Credit type</td><td width="100" align="center">Designated</td><td width="100" align="center">Claimed</td></tr>
<tr><td><i>AMA PRA Category 1 Credits</i>™</td><td align="center">1.50</td><td align="center">—</td></tr>
<tr><td>ANCC contact hours</td><td align="center">1.50</td><td align="center">—</td></tr>
<tr><td>ACPE contact hours (0.15 CEU)</td><td align="center">1.50</td><td align="center">—</td></tr>
<tr><td>ASCLS P.A.C.E.® contact hours</td><td align="center">1.25</td><td align="center"><b>1.25</b></td></tr>
</table>
<br><br><div style="font-size:9pt;color:#444">Credit claimed on 03/18/2026. Accreditation statements appear on page 2. Certificate no. NLU-CME-774129.</div>
"""
    html2 = """
<div style="font-size:14pt;font-weight:bold">Accreditation and Credit Designation</div><br>
<div style="font-size:10.5pt;text-align:justify">In support of improving patient care, Northlake University School of Medicine is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.<br><br>
<b>Physicians:</b> Northlake University School of Medicine designates this live activity for a maximum of 1.50 <i>AMA PRA Category 1 Credits</i>™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.<br><br>
<b>Nurses:</b> This activity is approved for 1.50 ANCC contact hours.<br><br>
<b>Pharmacists:</b> This knowledge-based activity is approved for 1.50 contact hours (0.15 CEU).<br><br>
<b>Laboratory professionals:</b> Northlake University School of Medicine is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. The laboratory-specific portion of this activity is approved for 1.25 P.A.C.E.® contact hours.</div>
"""
    code = TCPDF_HEAD + f"""
$pdf = mk('P');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(19, 41, 75)));
$pdf->Rect(30, 30, 552, 732);
$pdf->SetFont('dejavuserif', '', 12);
$pdf->writeHTMLCell(500, 0, 56, 70, {php_q(html1)}, 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', '', 9);
$pdf->Line(60, 680, 250, 680);
$pdf->SetXY(60, 684); $pdf->Cell(250, 12, 'Bartholomew K. Ashworth, MD, FACP', 0, 2);
$pdf->Cell(250, 12, 'Associate Dean for Continuing Medical Education', 0, 2);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', '', 11);
$pdf->writeHTMLCell(500, 0, 56, 70, {php_q(html2)}, 0, 1, false, true, 'L');
$pdf->Output($argv[1], 'F');
"""
    php_pdf("r08", code, out)


@cert(15, "clsi", "php-tcpdf",
      ["landscape", "centred-award", "format-line", "title-in-quotes", "honorific"],
      "Honorific 'Dr.' before the name; 'On-Demand Webinar' on its own line; quoted title with a curly "
      "apostrophe; order number and access-expiry date are distractors.",
      "Farrukh Ismailov",
      "Navigating M100: What\u2019s New in Antimicrobial Susceptibility Testing Breakpoints",
      "2025-12-03", 1.5, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], "CLSI-W-M100-25")
def r15(out, g):
    code = TCPDF_HEAD + f"""
$pdf = mk('L');
$pdf->AddPage();
$pdf->SetFillColor(0, 94, 120); $pdf->Rect(0, 0, 792, 70, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 26); $pdf->SetXY(40, 18); $pdf->Cell(120, 30, 'CLSI', 0, 0);
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(150, 26); $pdf->Cell(400, 16, {php_q(g['provider'][0])}, 0, 0);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 30); $pdf->SetXY(0, 110); $pdf->Cell(792, 36, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 13); $pdf->SetXY(0, 165); $pdf->Cell(792, 18, 'This acknowledges that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->SetXY(0, 192); $pdf->Cell(792, 30, {php_q('Dr. ' + g['name'])}, 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 13); $pdf->SetXY(0, 232); $pdf->Cell(792, 18, 'has completed', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetTextColor(0, 94, 120); $pdf->SetXY(0, 258); $pdf->Cell(792, 14, 'On-Demand Webinar', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavusans', 'B', 16); $pdf->SetXY(130, 276);
$pdf->MultiCell(532, 20, {php_q('“' + g['title'] + '”')}, 0, 'C');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(0, 336); $pdf->Cell(792, 16, 'Completion date: December 3, 2025', 0, 1, 'C');
$pdf->SetXY(0, 354); $pdf->Cell(792, 16, 'Program ID: CLSI-W-M100-25', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 12);
$pdf->SetXY(0, 376); $pdf->Cell(792, 16, {php_q('1.5 P.A.C.E.® contact hours')}, 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(60, 470); $pdf->Cell(300, 12, 'Order No. 6620194', 0, 2);
$pdf->Cell(300, 12, 'Webinar access expires 06/30/2026', 0, 2);
$pdf->SetXY(100, 530);
$pdf->MultiCell(592, 12, {php_q('The Clinical and Laboratory Standards Institute (CLSI) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')}, 0, 'C');
$pdf->Output($argv[1], 'F');
"""
    php_pdf("r15", code, out)


@cert(26, "vendor-training", "php-tcpdf",
      ["portrait", "centred-award", "honorific", "two-column-label-value", "signature-block"],
      "Vendor applications training approved for P.A.C.E.; honorific 'Dr.' before the name; instrument "
      "serial number and site ID are distractors; long two-line title.",
      "Mei-Ling Sorensen-Park",
      "Flow Cytometry Applications Training: Minimal Residual Disease Panels in B-Lymphoblastic Leukemia",
      "2025-06-04", 4.0, "contact hour", ["Halcyon Biosystems Corporation"], "HB-FC-0604")
def r26(out, g):
    html = f"""
<table cellpadding="6" style="font-size:11pt">
<tr><td width="150" style="color:#555">Course ID</td><td width="300"><b>HB-FC-0604</b></td></tr>
<tr><td style="color:#555">Training date</td><td><b>June 4, 2025</b></td></tr>
<tr><td style="color:#555">P.A.C.E.® contact hours</td><td><b>4.0</b></td></tr>
<tr><td style="color:#555">Instrument serial no.</td><td>HCX-3L-22081</td></tr>
<tr><td style="color:#555">Customer site ID</td><td>S-04417</td></tr>
</table>"""
    code = TCPDF_HEAD + f"""
$pdf = mk('P');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 3, 'color' => array(0, 122, 94)));
$pdf->Rect(36, 36, 540, 720);
$pdf->SetTextColor(0, 122, 94);
$pdf->SetFont('dejavusans', 'B', 22); $pdf->SetXY(36, 70); $pdf->Cell(540, 28, 'HALCYON BIOSYSTEMS', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetX(36); $pdf->Cell(540, 14, {php_q(g['provider'][0] + '  ·  Flow Cytometry Systems')}, 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 26); $pdf->SetXY(36, 150); $pdf->Cell(540, 32, 'Certificate of Training', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(36, 200); $pdf->Cell(540, 16, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(36, 224); $pdf->Cell(540, 28, {php_q('Dr. ' + g['name'])}, 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(36, 262); $pdf->Cell(540, 16, 'has completed', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 15); $pdf->SetXY(80, 286);
$pdf->MultiCell(452, 19, {php_q(g['title'])}, 0, 'C');
$pdf->SetFont('dejavusans', '', 11);
$pdf->writeHTMLCell(460, 0, 120, 360, {php_q(html)}, 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(70, 560);
$pdf->MultiCell(472, 11, {php_q('Halcyon Biosystems Corporation is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Instrument training does not constitute operator certification.')}, 0, 'C');
$pdf->Line(80, 660, 270, 660); $pdf->Line(342, 660, 532, 660);
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->SetXY(80, 664); $pdf->Cell(190, 12, 'Priyanka V. Odum, PhD', 0, 0);
$pdf->SetXY(342, 664); $pdf->Cell(190, 12, 'Luis M. Carrasquillo', 0, 0);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(80, 677); $pdf->Cell(190, 12, 'Manager, Applications Education', 0, 0);
$pdf->SetXY(342, 677); $pdf->Cell(190, 12, 'Field Applications Scientist', 0, 0);
$pdf->Output($argv[1], 'F');
"""
    php_pdf("r26", code, out)


@cert(33, "public-health-lab", "php-tcpdf",
      ["portrait", "two-column-label-value", "letterhead", "title-contains-program"],
      "Regional public health laboratory consortium biosafety course; title contains 'Safety' and "
      "'Program'; CE hours unit; participant laboratory CLIA number and expiry of BSC certification are "
      "distractors.",
      "Obadiah K. Fenwick-Soto",
      "Biosafety Cabinet Use and Tuberculosis Laboratory Safety Program",
      "2025-08-21", 3.0, "CE hour",
      ["Mid-Atlantic Public Health Laboratory Consortium", "MAPHLC"], "MAP-TB-0821")
def r33(out, g):
    html = f"""
<div style="font-size:17pt;font-weight:bold;color:#7A3E00">Mid-Atlantic Public Health Laboratory Consortium</div>
<div style="font-size:10pt;color:#7A3E00">MAPHLC &middot; Serving public health laboratories since 1998</div>
<hr>
<br><div style="font-size:20pt;font-weight:bold">Continuing Education Certificate</div><br>
<table cellpadding="7" border="0" style="font-size:11.5pt">
<tr><td width="170" style="font-weight:bold;background-color:#F4E9DC">Name</td><td width="330">{xesc(g['name'])}</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">Course title</td><td>{xesc(g['title'])}</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">Course code</td><td>MAP-TB-0821</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">Date completed</td><td>21 August 2025</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">CE hours</td><td>3.0</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">Home laboratory CLIA</td><td>21D0667310</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">BSC certification due</td><td>August 2026</td></tr>
</table>
<br><br><div style="font-size:9.5pt;color:#333;text-align:justify">This course combined a lecture and a hands-on practicum in a BSL-3 training suite. CE hours are awarded by MAPHLC for laboratory workforce development and are accepted by the ASCP Board of Certification Credential Maintenance Program under the laboratory or management content areas.</div>
<br><br><br><div style="font-size:10pt">______________________________<br><b>Carmen D. Oyelaran-Whitby, DrPH</b><br>Director, Training and Workforce Development</div>
"""
    code = TCPDF_HEAD + f"""
$pdf = mk('P');
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 11);
$pdf->writeHTMLCell(500, 0, 56, 60, {php_q(html)}, 0, 1, false, true, 'L');
$pdf->Output($argv[1], 'F');
"""
    php_pdf("r33", code, out)


@cert(38, "vendor-training", "php-tcpdf",
      ["landscape", "left-aligned", "format-line", "seal", "accreditation-statement"],
      "Diagnostics company eCast; 'eCast' printed on its own line above the title; event ID is the activity "
      "id; P.A.C.E. approval statement; registration ID distractor.",
      "Leilani K. Kahananui",
      "Syndromic Panel Stewardship: When to Order Multiplex Gastrointestinal PCR",
      "2025-11-20", 1.0, "contact hour", ["Solstice Molecular, Inc."], "SM-EC-1120")
def r38(out, g):
    code = TCPDF_HEAD + f"""
$pdf = mk('L');
$pdf->AddPage();
$pdf->SetFillColor(250, 246, 236); $pdf->Rect(0, 0, 792, 612, 'F');
$pdf->SetFillColor(232, 163, 23); $pdf->Rect(0, 0, 792, 10, 'F');
$pdf->SetTextColor(60, 40, 10);
$pdf->SetFont('dejavusans', 'B', 18); $pdf->SetXY(60, 50); $pdf->Cell(500, 24, {php_q(g['provider'][0])}, 0, 1);
$pdf->SetFont('dejavusans', '', 10); $pdf->SetX(60); $pdf->Cell(500, 14, 'Medical Education Series', 0, 1);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 30); $pdf->SetXY(60, 130); $pdf->Cell(600, 36, 'Certificate of Attendance', 0, 1);
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(60, 186); $pdf->Cell(600, 16, 'Awarded to', 0, 1);
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->SetXY(60, 206); $pdf->Cell(600, 30, {php_q(g['name'] + ', MB(ASCP)')}, 0, 1);
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(60, 252); $pdf->Cell(600, 16, 'for attending the live eCast broadcast', 0, 1);
$pdf->SetFont('dejavusans', 'B', 10); $pdf->SetTextColor(200, 120, 0); $pdf->SetXY(60, 276); $pdf->Cell(300, 14, 'eCast', 0, 1);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', 'B', 17); $pdf->SetXY(60, 292);
$pdf->MultiCell(520, 21, {php_q(g['title'])}, 0, 'L');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(60, 350); $pdf->Cell(600, 16, 'Broadcast date: November 20, 2025', 0, 1);
$pdf->SetX(60); $pdf->Cell(600, 16, 'Event ID: SM-EC-1120', 0, 1);
$pdf->SetX(60); $pdf->Cell(600, 16, {php_q('Credit: 1.0 P.A.C.E.® contact hour')}, 0, 1);
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetX(60); $pdf->Cell(600, 14, 'Registration ID: 8834-2291-77', 0, 1);
$pdf->SetFillColor(232, 163, 23);
$pdf->StarPolygon(660, 300, 55, 30, 3, 0, 1, 'F');
$pdf->SetFillColor(250, 246, 236); $pdf->Circle(660, 300, 38, 0, 360, 'F');
$pdf->SetFillColor(232, 163, 23); $pdf->Circle(660, 300, 30, 0, 360, 'F');
$pdf->SetXY(60, 520);
$pdf->MultiCell(672, 12, {php_q('Solstice Molecular, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Commercial content was reviewed for fair balance.')}, 0, 'L');
$pdf->Output($argv[1], 'F');
"""
    php_pdf("r38", code, out)

# =====================================================================
# PostScript -> Ghostscript certificates
# =====================================================================
@cert(9, "university-ceu", "ghostscript-ps",
      ["landscape", "centred-award", "letter-spaced-name", "date-range", "seal", "signature-block"],
      "University continuing education office awards CEU; letter-spaced capital name; two-day workshop (last day "
      "counts); CEU (10 points per CEU); transcript number distractor.",
      "LUCINDA MARIE HARTSFIELD",
      "Molecular Diagnostics Workshop: PCR Fundamentals and Troubleshooting",
      "2026-01-30", 0.6, "CEU",
      ["Prairie State University", "Prairie State University, Office of Continuing Education"], "MLSC 7014-CE")
def r09(out, g):
    W, H = 792, 612
    p = PS(W, H)
    p.rgb(0.12, 0.23, 0.37)
    p.rect(20, 20, W - 40, H - 40, lw=6)
    p.rect(32, 32, W - 64, H - 64, lw=1)
    cx = W / 2
    p.setfont("Times-Bold", 28)
    p.text(cx, 528, "Prairie State University", "center")
    p.setfont("Times-Italic", 14)
    p.text(cx, 506, "Office of Continuing Education", "center")
    p.rgb(0, 0, 0)
    p.setfont("Times-Roman", 14)
    p.text(cx, 458, "hereby awards", "center")
    p.setfont("Times-Bold", 22)
    p.text(cx, 428, "0.6 Continuing Education Units (CEU)", "center")
    p.setfont("Times-Roman", 14)
    p.text(cx, 398, "to", "center")
    p.setfont("Times-BoldItalic", 26)
    p.text(cx, 362, g["name"], "center", space=3)
    p.setfont("Times-Roman", 14)
    p.text(cx, 326, "for successful completion of", "center")
    p.setfont("Times-Bold", 18)
    y = p.wrap(cx, 298, g["title"], 600, 22, "center")
    p.setfont("Times-Roman", 13)
    p.text(cx, y - 6, "held January 29\u201330, 2026, Bellhaven Campus", "center")
    p.text(cx, y - 24, "Course No. MLSC 7014-CE", "center")
    p.rgb(0.12, 0.23, 0.37)
    p.circle(cx, 112, 40, lw=3)
    p.circle(cx, 112, 32, lw=1)
    p.circle(cx, 112, 12, fill=True)
    p.rgb(0, 0, 0)
    p.line(80, 118, 290, 118)
    p.setfont("Helvetica-Bold", 9)
    p.text(80, 105, "Augustin P. Delacorte, PhD")
    p.setfont("Helvetica", 8.5)
    p.text(80, 94, "Director, Office of Continuing Education")
    p.setfont("Helvetica", 8.5)
    p.text(W - 80, 105, "Transcript No. CE-26-00417", "right")
    p.text(W - 80, 94, "Awarded February 6, 2026", "right")
    p.setfont("Times-Italic", 8.5)
    p.wrap(cx, 56, "Prairie State University, Office of Continuing Education follows the IACET-style convention of one "
           "CEU per ten contact hours of organized instruction.", 620, 10, "center")
    gs_pdf("r09", p.render(), out)


@cert(16, "asm", "ghostscript-ps",
      ["portrait", "left-aligned", "format-line", "rule-lines"],
      "Society on-demand course; 'On-Demand Course' printed on its own line below the title; italic "
      "organism name inside the title; activity # is the id; printed date distractor.",
      "Tobias N. Whitlock-Ferreira",
      "Emerging Fungal Pathogens: Detecting Candida auris in the Clinical Laboratory",
      "2025-11-05", 1.0, "contact hour", ["American Society for Microbiology", "ASM"], "ASM-CE-25-0912")
def r16(out, g):
    W, H = 612, 792
    p = PS(W, H)
    p.rgb(0.0, 0.33, 0.55)
    p.rect(0, H - 14, W, 14, fill=True)
    p.setfont("Helvetica-Bold", 34)
    p.text(60, H - 80, "ASM")
    p.setfont("Helvetica", 12)
    p.text(150, H - 70, "American Society for Microbiology")
    p.setfont("Helvetica-Oblique", 10)
    p.text(150, H - 84, "Continuing Education for the Microbiology Laboratory")
    p.line(60, H - 100, W - 60, H - 100, lw=1.2)
    p.rgb(0.1, 0.1, 0.1)
    p.setfont("Times-Roman", 28)
    p.text(60, H - 160, "Certificate of Completion")
    p.setfont("Times-Italic", 13)
    p.text(60, H - 200, "This certificate recognizes")
    p.setfont("Times-Bold", 22)
    p.text(60, H - 230, g["name"] + ", M(ASCP)")
    p.setfont("Times-Italic", 13)
    p.text(60, H - 262, "for completion of the continuing education course")
    p.setfont("Helvetica-Bold", 15)
    y = p.wrap(60, H - 292, g["title"], 480, 19)
    p.setfont("Helvetica-Oblique", 10)
    p.rgb(0.0, 0.33, 0.55)
    p.text(60, y - 2, "On-Demand Course")
    p.rgb(0.1, 0.1, 0.1)
    y -= 40
    for lab, val in [("Activity #", "ASM-CE-25-0912"), ("Completion date", "2025-11-05"),
                     ("Contact hours", "1.0"), ("Certificate printed", "2025-11-19")]:
        p.setfont("Helvetica", 10)
        p.text(60, y, lab)
        p.setfont("Helvetica-Bold", 11)
        p.text(220, y, val)
        p.line(60, y - 6, W - 60, y - 6, lw=0.3)
        y -= 24
    p.setfont("Times-Roman", 9.5)
    p.wrap(60, 170, "The American Society for Microbiology is approved as a provider of continuing education programs "
           "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours are awarded upon "
           "passing the post-assessment with a score of 70% or higher.", 492, 12)
    p.setfont("Helvetica", 8)
    p.text(60, 70, "ASM member no. 0000-418-227")
    gs_pdf("r16", p.render(), out)


@cert(27, "webinar", "ghostscript-ps",
      ["portrait", "centred-award", "format-line", "three-line-title", "border"],
      "Regional laboratory education network live webinar; LIVE WEBINAR on its own line above a title that "
      "wraps onto three lines; webinar # is the activity id; attendance minutes and log-in ID are distractors.",
      "Fatima-Zahra El Idrissi",
      "Preanalytical Errors in Coagulation Testing: Underfilled Tubes, Hemolysis, Heparin Contamination, "
      "and What the Laboratory Should Report",
      "2025-04-16", 1.0, "contact hour",
      ["Great Lakes Laboratory Education Network", "GLLEN"], "GL-2504")
def r27(out, g):
    W, H = 612, 792
    p = PS(W, H)
    p.rgb(0.2, 0.45, 0.3)
    p.rect(30, 30, W - 60, H - 60, lw=2.5)
    cx = W / 2
    p.setfont("Palatino-Bold", 18)
    p.text(cx, H - 90, "Great Lakes Laboratory Education Network", "center")
    p.setfont("Palatino-Roman", 12)
    p.text(cx, H - 108, "(GLLEN)", "center")
    p.rgb(0, 0, 0)
    p.setfont("Palatino-Roman", 26)
    p.text(cx, H - 170, "Certificate of Attendance", "center")
    p.setfont("Palatino-Italic", 13)
    p.text(cx, H - 215, "presented to", "center")
    p.setfont("Palatino-Bold", 22)
    p.text(cx, H - 250, g["name"], "center")
    p.setfont("Palatino-Italic", 13)
    p.text(cx, H - 285, "for attending", "center")
    p.setfont("Helvetica-Bold", 10)
    p.rgb(0.7, 0.1, 0.1)
    p.text(cx, H - 312, "LIVE WEBINAR", "center", space=1.5)
    p.rgb(0, 0, 0)
    p.setfont("Times-Bold", 16)
    y = p.wrap(cx, H - 338, g["title"], 400, 20, "center")
    p.setfont("Times-Roman", 12.5)
    for s in ["Webinar #: GL-2504", "Broadcast April 16, 2025", "1.0 P.A.C.E.\u00ae contact hour"]:
        y -= 18
        p.text(cx, y, s, "center")
    p.setfont("Helvetica", 8.5)
    p.rgb(0.35, 0.35, 0.35)
    p.text(cx, y - 30, "Minutes attended: 62   \u2022   Log-in ID: FZE-30917", "center")
    p.rgb(0, 0, 0)
    p.line(80, 160, 280, 160)
    p.setfont("Helvetica-Bold", 9)
    p.text(80, 148, "Rosemary T. Kowalczyk, MS, MLS(ASCP)")
    p.setfont("Helvetica", 8.5)
    p.text(80, 137, "Program Coordinator, GLLEN")
    p.setfont("Times-Italic", 8.5)
    p.wrap(cx, 90, "The Great Lakes Laboratory Education Network is approved as a provider of continuing education "
           "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", 460, 10.5, "center")
    gs_pdf("r27", p.render(), out)


@cert(30, "ascp-cmle", "ghostscript-ps",
      ["landscape", "labels-above-values", "format-line", "header-band"],
      "Labels above values in a four-column row; format line 'Online Self-Study' printed below the title; "
      "order number and CMP cycle dates are distractors.",
      "Haruto Ellison-Mbeki",
      "Virtual Microscopy: Bone Marrow Morphology Self-Assessment",
      "2025-05-30", 3.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "CMLE-BM-3307")
def r30(out, g):
    W, H = 792, 612
    p = PS(W, H)
    p.rgb(0.0, 0.23, 0.44)
    p.rect(0, H - 100, W, 100, fill=True)
    p.rgb(1, 1, 1)
    p.setfont("Helvetica-Bold", 36)
    p.text(50, H - 66, "ASCP")
    p.setfont("Helvetica", 13)
    p.text(170, H - 52, "American Society for Clinical Pathology")
    p.setfont("Helvetica-Oblique", 11)
    p.text(170, H - 70, "CMLE Certificate")
    p.rgb(0.1, 0.1, 0.1)
    p.setfont("Times-Roman", 15)
    p.text(50, H - 150, "Congratulations on completing the following ASCP educational activity:")
    p.setfont("Times-Bold", 22)
    y = p.wrap(50, H - 190, g["title"], 690, 26)
    p.setfont("Helvetica", 11)
    p.rgb(0.35, 0.35, 0.35)
    p.text(50, y - 2, "Online Self-Study")
    p.rgb(0.1, 0.1, 0.1)
    cols = [(50, "LEARNER", g["name"]), (300, "DATE COMPLETED", "May 30, 2025"),
            (470, "CMLE CREDITS", "3.0"), (600, "ACTIVITY ID", "CMLE-BM-3307")]
    ly = y - 60
    for x, lab, val in cols:
        p.setfont("Helvetica-Bold", 8)
        p.rgb(0.4, 0.4, 0.4)
        p.text(x, ly, lab)
        p.rgb(0.1, 0.1, 0.1)
        p.setfont("Helvetica", 13)
        p.text(x, ly - 20, val)
    p.line(50, ly + 12, W - 50, ly + 12, lw=0.5)
    p.line(50, ly - 30, W - 50, ly - 30, lw=0.5)
    cols2 = [(50, "ORDER NO.", "ASCP-WEB-5521078"), (300, "CMP CYCLE", "01/01/2025 \u2013 12/31/2027")]
    ly2 = ly - 70
    for x, lab, val in cols2:
        p.setfont("Helvetica-Bold", 8)
        p.rgb(0.4, 0.4, 0.4)
        p.text(x, ly2, lab)
        p.rgb(0.1, 0.1, 0.1)
        p.setfont("Helvetica", 11)
        p.text(x, ly2 - 17, val)
    p.setfont("Helvetica", 8.5)
    p.wrap(50, 90, "ASCP is approved as a provider of continuing education programs in the clinical laboratory "
           "sciences by the ASCLS P.A.C.E.\u00ae Program. The ASCP designates this enduring activity for a maximum "
           "of 3.0 CMLE credits. Learners should claim only the credit commensurate with the extent of their "
           "participation.", 692, 11)
    gs_pdf("r30", p.render(), out)


@cert(37, "adlm", "ghostscript-ps",
      ["portrait", "centred-award", "accented-name", "session-number", "double-border"],
      "Annual scientific meeting short course; session number is the activity id; meeting name printed "
      "separately from the course title; ACCENT contact hours; badge ID distractor.",
      "Viktor Szabó-Landry",
      "Mass Spectrometry for Therapeutic Drug Monitoring: Getting Started",
      "2025-07-29", 2.5, "contact hour",
      ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "32108")
def r37(out, g):
    W, H = 612, 792
    p = PS(W, H)
    p.rgb(0.36, 0.16, 0.53)
    p.rect(24, 24, W - 48, H - 48, lw=3)
    p.rect(31, 31, W - 62, H - 62, lw=0.8)
    cx = W / 2
    p.setfont("Helvetica-Bold", 30)
    p.text(cx, H - 90, "ADLM", "center")
    p.setfont("Helvetica", 11.5)
    p.text(cx, H - 108, "Association for Diagnostics & Laboratory Medicine", "center")
    p.rgb(0, 0, 0)
    p.setfont("NewCenturySchlbk-Roman", 12)
    p.text(cx, H - 140, "ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo", "center")
    p.setfont("NewCenturySchlbk-Bold", 24)
    p.text(cx, H - 200, "Certificate of Attendance", "center")
    p.setfont("NewCenturySchlbk-Italic", 12)
    p.text(cx, H - 240, "This is to certify that", "center")
    p.setfont("NewCenturySchlbk-Bold", 22)
    p.text(cx, H - 275, g["name"] + ", PhD", "center")
    p.setfont("NewCenturySchlbk-Italic", 12)
    p.text(cx, H - 308, "attended the short course", "center")
    p.setfont("Times-Bold", 17)
    y = p.wrap(cx, H - 338, g["title"], 440, 21, "center")
    p.setfont("Times-Roman", 12.5)
    p.text(cx, y - 10, "Session Number: 32108", "center")
    p.text(cx, y - 28, "Tuesday, July 29, 2025", "center")
    p.setfont("Times-Bold", 13)
    p.text(cx, y - 52, "2.5 ACCENT\u00ae contact hours", "center")
    p.setfont("Helvetica", 8.5)
    p.text(cx, y - 82, "Badge ID 25-AM-660193", "center")
    p.setfont("Times-Italic", 8.5)
    p.wrap(cx, 110, "ADLM designates this educational activity for a maximum of 2.5 ACCENT\u00ae continuing education "
           "credits. Participants should claim only the credit commensurate with the extent of their "
           "participation in the activity.", 470, 10.5, "center")
    gs_pdf("r37", p.render(), out)

# =====================================================================
# README
# =====================================================================
README_HEAD = """# Blind test set r — CE certificates for medical laboratory professionals

40 invented one-page (three have a second page) PDF certificates of completion for continuing
education of laboratory professionals, with a gold JSON file each. Every person, hospital,
university, vendor, society and number is invented; the named national organisations (ASCP, AABB,
CAP, ASCLS, ADLM, NSH, AMT, CLSI, ASM, LabCE, MediaLab) appear only with invented activities.

## How it was made

* `build.py` (run with `/usr/bin/python3 build.py`, or `build.py 3 17` for single certificates)
  writes every `rNN.pdf` and `rNN.gold.json` and regenerates this README. Each certificate is its
  own hand-written function with its own wording and layout; there is no shared template.
* Generated sources go to `src/` (HTML, DOCX, FODT, PHP, PostScript, and the unflattened AcroForm
  PDFs `rNN_form.pdf`). Browser and LibreOffice profiles go to `_work/`, which build.py
  creates as scratch space; it was deleted after the final build.
* Producers:
  * `reportlab` — ReportLab canvas (standard Type 1 fonts, DejaVu and Liberation TTFs).
  * `reportlab-acroform+qpdf` — ReportLab page with AcroForm text fields holding the variable data,
    flattened with `qpdf --generate-appearances --flatten-annotations=all`.
  * `chromium` — HTML/CSS printed with headless Chromium (`--print-to-pdf`).
  * `soffice-docx` — DOCX written with python-docx, converted by LibreOffice.
  * `soffice-fodt` — flat ODF text written by hand, converted by LibreOffice.
  * `php-fpdf` / `php-tcpdf` — PHP scripts using FPDF (cp1252 core fonts) or TCPDF (DejaVu).
    TCPDF adds its tiny "Powered by TCPDF" line at the page foot; it was left in.
  * `ghostscript-ps` — PostScript written by Python (re-encoded base-35 fonts), distilled by `gs`.
* `verify.py` runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that the
  name, title, each provider string and the activity id appear verbatim, that the credits figure
  and unit word appear, that points match credits/unit, that the date is printed in some form, that
  the PDF has 1–2 pages and that the PDF Producer/Creator matches the gold producer.
  Current result: 40/40 pass.

## Gold schema

```json
{"style", "producer", "layout": [...], "notes", "name", "title", "date": "YYYY-MM-DD",
 "credits", "unit", "points", "provider": [...], "activity_id"}
```

## Conventions

* **name** — as printed, without trailing credentials (MLS(ASCP)CM, PhD, RPT …) and without
  honorifics (Dr.); capitals exactly as rendered (CSS `text-transform` in r02 and ODF
  `fo:text-transform` in r32 print capitals from mixed-case sources, so the gold is in capitals);
  letter spacing removed (r09, r21, r31); suffixes kept with their dot (Jr., Sr., II, III).
* **title** — exactly as printed, wrapped lines joined with one space, without surrounding quotes.
  Format words on their own line (LIVE WEBINAR, On-Demand, eCast, Self-Study, Enduring Material,
  Spring Symposium, Webinar, Online Self-Study, On-Demand Course, On-Demand Webinar) are not part of
  the title; a series prefix on the title line ("Grand Rounds: …") is. For meeting attendance
  without a session title (r04, r17, r29, r34) the title is the meeting name.
* **date** — completion/attendance date; for a range the last day. Issued, printed, signed,
  generated, expiry/valid-until and CMP-cycle dates are distractors.
* **credits / unit** — the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU);
  AMA PRA, ANCC, ACPE, IPCE and California nursing figures are distractors; where a maximum and a
  claimed/earned figure are printed the claimed/earned one counts (r03, r08, r17, r29).
  unit ∈ {"contact hour", "CMLE", "CE hour", "CEU"}; points = credits, except CEU → 10 × CEU.
* **provider** — the organisation that provides/issues the activity, full name as printed, then
  each printed short form (acronym). When an office/department issues it: the institution alone
  and "Institution, Office" (both are printed verbatim). Accreditors (ASCLS P.A.C.E., ACCME) are not
  providers.
* **activity_id** — the course/program/activity/session/event/webinar/workshop number printed
  after its label; null when none (r07, r19, r23, r29). Certificate, member, order, customer,
  registration, transcript, badge, license, student, employee, CLIA, instrument-serial and
  P.A.C.E. provider numbers are distractors.
"""


def write_readme():
    from collections import Counter
    golds = []
    for n in sorted(n for n, _, _ in CERTS):
        p = ROOT / f"r{n:02d}.gold.json"
        if p.exists():
            golds.append((n, json.loads(p.read_text(encoding="utf-8"))))
    st = Counter(g["style"] for _, g in golds)
    pr = Counter(g["producer"] for _, g in golds)
    lines = [README_HEAD, "## Counts\n", "| style | n |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(st.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += [f"| **total** | {sum(st.values())} |", "", "| producer | n |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(pr.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "Orientation: %d landscape, %d portrait." % (
        sum("landscape" in g["layout"] for _, g in golds), sum("portrait" in g["layout"] for _, g in golds)),
        "", "## Certificates\n",
        "| # | style | producer | name | title | date | credits | unit | pts | provider | activity_id | layout |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for n, g in golds:
        cell = lambda s: str(s).replace("|", "\\|")
        lines.append("| r%02d | %s | %s | %s | %s | %s | %g | %s | %g | %s | %s | %s |" % (
            n, g["style"], g["producer"], cell(g["name"]), cell(g["title"]), g["date"], g["credits"],
            g["unit"], g["points"], cell("; ".join(g["provider"])),
            cell(g["activity_id"]) if g["activity_id"] else "—", ", ".join(g["layout"])))
    lines += ["", "## Notes per certificate\n"]
    for n, g in golds:
        lines.append(f"* **r{n:02d}** — {g['notes']}")
    (ROOT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")

# =====================================================================
# main
# =====================================================================
def main(argv):
    want = {int(a) for a in argv[1:]} if len(argv) > 1 else None
    nums = sorted(n for n, _, _ in CERTS)
    assert len(nums) == len(set(nums)), "duplicate cert numbers"
    for num, gold, fn in sorted(CERTS, key=lambda t: t[0]):
        if want and num not in want:
            continue
        tag = f"r{num:02d}"
        out = ROOT / f"{tag}.pdf"
        fn(out, gold)
        (ROOT / f"{tag}.gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
        print("built", tag, gold["producer"])
    print(len(CERTS), "certificates defined")
    write_readme()


if __name__ == "__main__":
    main(sys.argv)
