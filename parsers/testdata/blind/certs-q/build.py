#!/usr/bin/python3
"""Generator for the blind CE-certificate test set "certs-q".

Writes qNN.pdf + qNN.gold.json into this folder and the intermediate sources
(HTML, DOCX, FODT, PHP, PostScript) into ./src/.  Profiles and scratch files
for chromium / LibreOffice live in ./_work/ and are removed at the end.

Run:  /usr/bin/python3 build.py            (all)
      /usr/bin/python3 build.py q05 q17    (selected)
"""
import os, sys, json, shutil, subprocess, tempfile, html as H

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, "src")
WORK = os.path.join(BASE, "_work")

TTF = "/usr/share/fonts/truetype"
for name, path in [
    ("LibSerif", f"{TTF}/liberation/LiberationSerif-Regular.ttf"),
    ("LibSerif-B", f"{TTF}/liberation/LiberationSerif-Bold.ttf"),
    ("LibSerif-I", f"{TTF}/liberation/LiberationSerif-Italic.ttf"),
    ("LibSans", f"{TTF}/liberation/LiberationSans-Regular.ttf"),
    ("LibSans-B", f"{TTF}/liberation/LiberationSans-Bold.ttf"),
    ("DejaVu", f"{TTF}/dejavu/DejaVuSans.ttf"),
    ("DejaVu-B", f"{TTF}/dejavu/DejaVuSans-Bold.ttf"),
]:
    if os.path.exists(path):
        pdfmetrics.registerFont(TTFont(name, path))

REG = []


def cert(n, **g):
    """Register a certificate: n = 'qNN', g = gold fields (without points)."""
    def deco(fn):
        unit = g["unit"]
        assert unit in ("contact hour", "CMLE", "CE hour", "CEU"), unit
        cr = g["credits"]
        g["points"] = round(cr * 10, 2) if unit == "CEU" else cr
        gold = {k: g[k] for k in ("style", "producer", "layout", "notes", "name", "title",
                                  "date", "credits", "unit", "points", "provider", "activity_id")}
        REG.append((n, gold, fn))
        return fn
    return deco


def out_pdf(n):
    return os.path.join(BASE, n + ".pdf")


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=240)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def write(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc) as f:
        f.write(text)


# ---------------------------------------------------------------- chromium
def chromium(n, html_text):
    p = os.path.join(SRC, n + ".html")
    write(p, html_text)
    prof = tempfile.mkdtemp(prefix="chromium-", dir=WORK)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--no-default-browser-check", f"--user-data-dir={prof}", "--no-pdf-header-footer",
         f"--print-to-pdf={out_pdf(n)}", "file://" + p])
    shutil.rmtree(prof, ignore_errors=True)


CSS_BASE = """
* { box-sizing: border-box; font-variant-ligatures: none; font-kerning: normal; }
html, body { margin: 0; padding: 0; }
"""

# ---------------------------------------------------------------- LibreOffice
_LO_PROFILE = None


def soffice(n, srcpath):
    global _LO_PROFILE
    if _LO_PROFILE is None:
        _LO_PROFILE = tempfile.mkdtemp(prefix="lo-profile-", dir=WORK)
    outdir = tempfile.mkdtemp(prefix="lo-out-", dir=WORK)
    run(["soffice", f"-env:UserInstallation=file://{_LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, srcpath])
    stem = os.path.splitext(os.path.basename(srcpath))[0]
    shutil.move(os.path.join(outdir, stem + ".pdf"), out_pdf(n))
    shutil.rmtree(outdir, ignore_errors=True)


# ---------------------------------------------------------------- PHP (FPDF / TCPDF)
def php(n, code):
    p = os.path.join(SRC, n + ".php")
    write(p, code)
    run(["php", p, out_pdf(n)])


def php_s(s):
    """PHP single-quoted string literal."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


FPDF_HEAD = r"""<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
"""

TCPDF_HEAD = r"""<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
"""

# ---------------------------------------------------------------- PostScript / Ghostscript
PS_PROLOG = r"""
/reenc { findfont dup length dict begin
  { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding dup length array copy
    dup 39 /quotesingle put dup 96 /grave put dup 45 /hyphen put def
  currentdict end definefont pop } def
/TR /Times-Roman reenc  /TB /Times-Bold reenc  /TI /Times-Italic reenc  /TBI /Times-BoldItalic reenc
/HR /Helvetica reenc  /HB /Helvetica-Bold reenc  /HO /Helvetica-Oblique reenc
/PR /Palatino-Roman reenc  /PB /Palatino-Bold reenc  /PI /Palatino-Italic reenc
/BL /Bookman-Light reenc  /BD /Bookman-Demi reenc  /BLI /Bookman-LightItalic reenc
/NR /NewCenturySchlbk-Roman reenc  /NB /NewCenturySchlbk-Bold reenc  /NI /NewCenturySchlbk-Italic reenc
/ZC /ZapfChancery-MediumItalic reenc
/F { exch findfont exch scalefont setfont } def
/L { 3 1 roll moveto show } def
/C { 3 1 roll moveto dup stringwidth pop 2 div neg 0 rmoveto show } def
/R { 3 1 roll moveto dup stringwidth pop neg 0 rmoveto show } def
/CS { % x y spacing (str)  -> centred, letter-spaced
  /s exch def /sp exch def moveto
  s stringwidth pop s length 1 sub sp mul add 2 div neg 0 rmoveto
  sp 0 s ashow } def
/rgb { setrgbcolor } def
/box { % x y w h
  4 dict begin /h exch def /w exch def /y exch def /x exch def
  newpath x y moveto w 0 rlineto 0 h rlineto w neg 0 rlineto closepath end } def
/hline { % x y w
  3 dict begin /w exch def /y exch def /x exch def newpath x y moveto w 0 rlineto stroke end } def
"""

PS_FONTS = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "TBI": "Times-BoldItalic",
            "HR": "Helvetica", "HB": "Helvetica-Bold", "HO": "Helvetica-Oblique",
            "PR": "Times-Roman", "PB": "Times-Bold", "PI": "Times-Italic",
            "BL": "Times-Roman", "BD": "Times-Bold", "BLI": "Times-Italic",
            "NR": "Times-Roman", "NB": "Times-Bold", "NI": "Times-Italic", "ZC": "Times-Italic"}


def pss(s):
    """PostScript string literal, ISO-8859-1 with octal escapes."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 256:
            out.append("\\%03o" % o)
        else:
            raise ValueError(f"char {ch!r} not in Latin-1: {s!r}")
    return "(" + "".join(out) + ")"


def ps_wrap(text, font, size, width):
    """Approximate wrapping with core-font metrics (URW clones have same widths for Times/Helvetica)."""
    return simpleSplit(text, PS_FONTS[font], size, width)


def ghostscript(n, body, w=612, h=792):
    code = ("%!PS-Adobe-3.0\n%%Title: " + n + "\n%%Creator: certs-q build.py\n%%EndComments\n"
            + f"<< /PageSize [{w} {h}] >> setpagedevice\n" + PS_PROLOG + body + "\nshowpage\n%%EOF\n")
    p = os.path.join(SRC, n + ".ps")
    write(p, code, enc="latin-1")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
         "-dCompatibilityLevel=1.6", f"-sOutputFile={out_pdf(n)}", p])


# ---------------------------------------------------------------- ReportLab helpers
def rl_wrap_center(c, text, font, size, cx, y, width, leading=None):
    leading = leading or size * 1.25
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawCentredString(cx, y, ln)
        y -= leading
    return y


def rl_wrap_left(c, text, font, size, x, y, width, leading=None):
    leading = leading or size * 1.25
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawString(x, y, ln)
        y -= leading
    return y


def rl_spaced_center(c, text, font, size, cx, y, space):
    w = pdfmetrics.stringWidth(text, font, size) + space * (len(text) - 1)
    t = c.beginText(cx - w / 2, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.textOut(text)
    t.setCharSpace(0)  # Tc persists across BT/ET in PDF: reset it
    c.drawText(t)


def rl_qpdf_flatten(tmp_pdf, n):
    # qpdf exits 3 for "succeeded with warnings" (ReportLab writes a duplicated /Font key in the AcroForm DR)
    r = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", tmp_pdf, out_pdf(n)],
                       capture_output=True, text=True, timeout=120)
    if r.returncode not in (0, 3):
        raise RuntimeError(f"qpdf failed ({r.returncode}): {r.stderr}")


# ---------------------------------------------------------------- python-docx helpers
import docx
from docx.shared import Pt, Inches, RGBColor, Cm, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
      "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}


def dx_new(landscape_=False, margins=0.8, font="Liberation Serif", size=11):
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    if landscape_:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Inches(margins))
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return d


def dx_p(d_or_cell, text="", size=None, bold=False, italic=False, align="l", before=0, after=0,
         font=None, color=None, caps=False, spacing=None, runs=None):
    """Add a paragraph. runs: list of (text, dict(bold=,italic=,size=,font=,color=,caps=,spacing=))."""
    p = d_or_cell.add_paragraph()
    p.alignment = AL[align]
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if runs is None:
        runs = [(text, {})]
    for txt, o in runs:
        r = p.add_run(txt)
        r.bold = o.get("bold", bold)
        r.italic = o.get("italic", italic)
        sz = o.get("size", size)
        if sz:
            r.font.size = Pt(sz)
        f = o.get("font", font)
        if f:
            r.font.name = f
            r._element.rPr.rFonts.set(qn("w:eastAsia"), f)
        col = o.get("color", color)
        if col:
            r.font.color.rgb = RGBColor.from_string(col)
        if o.get("caps", caps):
            r.font.all_caps = True
        sp = o.get("spacing", spacing)
        if sp:
            rpr = r._element.get_or_add_rPr()
            e = OxmlElement("w:spacing")
            e.set(qn("w:val"), str(int(sp * 20)))
            rpr.append(e)
    return p


def dx_page_border(d, sz=24, color="1F3864", val="double", space=24):
    sectPr = d.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        pb.append(e)
    sectPr.append(pb)


def dx_table_borders(table, val="none", sz=4, color="000000", inside=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        v = val if (inside or side not in ("insideH", "insideV")) else "none"
        e.set(qn("w:val"), v)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def dx_cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def dx_cell_text(cell, text, **kw):
    """Replace the empty first paragraph of a cell with text."""
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    return dx_p(cell, text, **kw)


def dx_col_widths(table, widths_in):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))
    for row in table.rows:
        for i, w in enumerate(widths_in):
            row.cells[i].width = Inches(w)


def dx_save_convert(n, d):
    p = os.path.join(SRC, n + ".docx")
    d.save(p)
    soffice(n, p)


# ---------------------------------------------------------------- Flat ODT helpers
def fo_style(name, align="center", size=12, bold=False, italic=False, color=None, mt=0, mb=0,
             font="Liberation Serif", ls=None, caps=False, margin_left=None):
    tp = [f'fo:font-size="{size}pt"', f'style:font-name="{font}"']
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if color:
        tp.append(f'fo:color="{color}"')
    if ls:
        tp.append(f'fo:letter-spacing="{ls}"')
    if caps:
        tp.append('fo:text-transform="uppercase"')
    pp = [f'fo:text-align="{ {"center":"center","left":"start","right":"end","justify":"justify"}[align] }"',
          f'fo:margin-top="{mt}pt"', f'fo:margin-bottom="{mb}pt"']
    if margin_left is not None:
        pp.append(f'fo:margin-left="{margin_left}"')
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties {" ".join(pp)}/>'
            f'<style:text-properties {" ".join(tp)}/></style:style>')


def fo_span_style(name, bold=False, italic=False, size=None, font=None, color=None, ls=None, caps=False):
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
    if ls:
        tp.append(f'fo:letter-spacing="{ls}"')
    if caps:
        tp.append('fo:text-transform="uppercase"')
    return f'<style:style style:name="{name}" style:family="text"><style:text-properties {" ".join(tp)}/></style:style>'


def x(s):
    return H.escape(s, quote=False)


def fo_doc(auto_styles, body, w="8.5in", h="11in", margin="0.75in", border=None, orient="portrait",
           extra_fonts=()):
    fonts = ["Liberation Serif", "Liberation Sans", "DejaVu Sans", "DejaVu Serif", "URW Bookman",
             "C059", "P052", "URW Gothic", "Nimbus Sans", "Nimbus Roman"] + list(extra_fonts)
    face = "".join(f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;"/>' for f in fonts)
    bd = f' fo:border="{border}" fo:padding="0.15in"' if border else ""
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{face}</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:hyphenate="false"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" style:print-orientation="{orient}" fo:margin-top="{margin}" fo:margin-bottom="{margin}" fo:margin-left="{margin}" fo:margin-right="{margin}"{bd}/></style:page-layout>
 {auto_styles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''


def fo_save_convert(n, xml):
    p = os.path.join(SRC, n + ".fodt")
    write(p, xml)
    soffice(n, p)


def fo_cell_style(name, border="none", bg=None, pad="0.04in", valign="top"):
    b = f' fo:background-color="{bg}"' if bg else ""
    return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties '
            f'fo:border="{border}" fo:padding="{pad}" style:vertical-align="{valign}"{b}/></style:style>')


def fo_table_style(name, width, cols):
    """cols: list of widths (with units)."""
    s = (f'<style:style style:name="{name}" style:family="table"><style:table-properties '
         f'style:width="{width}" table:align="center"/></style:style>')
    for i, cw in enumerate(cols):
        s += (f'<style:style style:name="{name}.C{i}" style:family="table-column">'
              f'<style:table-column-properties style:column-width="{cw}"/></style:style>')
    return s


def fo_table(name, rows, ncols):
    """rows: list of lists of (cellstyle, inner_xml)."""
    out = [f'<table:table table:name="{name}" table:style-name="{name}">']
    for i in range(ncols):
        out.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
    for r in rows:
        out.append("<table:table-row>")
        for cs, inner in r:
            out.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string">{inner}</table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def fp(style, text):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>'


def fpx(style, inner):
    return f'<text:p text:style-name="{style}">{inner}</text:p>'


def fspan(style, text):
    return f'<text:span text:style-name="{style}">{x(text)}</text:span>'



# =====================================================================================
#                                   CHROMIUM (HTML)
# =====================================================================================

@cert("q01", style="ascp-cmle", producer="chromium",
      layout=["landscape", "centred-award", "double-border", "seal", "format-line", "wrapped-title",
              "signature-block", "footer-numbers"],
      notes="ASCP online course; 'On-Demand Course' format line under title; certificate no., customer ID and issue date are distractors.",
      name="Danielle R. Okonkwo-Baptiste",
      title="Molecular Methods in Hematologic Malignancies: From Karyotype to Next-Generation Sequencing",
      date="2026-03-03", credits=2.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="ASCP-OD-2619")
def q01(n):
    chromium(n, f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_BASE}
@page {{ size: 11in 8.5in; margin: 0; }}
body {{ width: 11in; height: 8.5in; font-family: 'C059', 'Liberation Serif', serif; color: #1d2a3a; }}
.frame {{ position: absolute; left: .35in; top: .35in; width: 10.3in; height: 7.8in;
          border: 6px double #20466b; padding: .35in .7in; text-align: center; }}
.inner {{ position:absolute; left:.12in; top:.12in; right:.12in; bottom:.12in; border:1px solid #9bb0c6; }}
.org {{ font-family: 'Nimbus Sans', sans-serif; font-size: 15pt; letter-spacing: .5px; color:#20466b; margin-top:.1in }}
.logo {{ display:inline-block; font-family:'Nimbus Sans'; font-weight:bold; font-size:20pt; color:#fff;
         background:#20466b; padding:2px 12px; margin-bottom:4px }}
h1 {{ font-size: 30pt; margin: .18in 0 .05in; font-weight: normal; letter-spacing: 2px; }}
.sm {{ font-size: 12pt; font-style: italic; margin: .08in 0; }}
.name {{ font-size: 28pt; font-weight: bold; margin: .06in 0 .02in; }}
.name span {{ font-size: 14pt; font-weight: normal; }}
.title {{ font-size: 18pt; font-weight: bold; width: 7.2in; margin: .08in auto 0; line-height: 1.25; }}
.fmt {{ font-family: 'Nimbus Sans'; font-size: 10pt; letter-spacing: 3px; color:#7a5a14; margin-top: .06in; text-transform: uppercase; }}
.cr {{ font-size: 14pt; margin-top: .16in; }}
.seal {{ position:absolute; right: .55in; bottom: 1.05in; width: 1.15in; height: 1.15in; border-radius: 50%;
         background: #b8892d; color:#fff; font-family:'Nimbus Sans'; font-size: 8pt; line-height:1.1;
         display:flex; align-items:center; justify-content:center; box-shadow: 0 0 0 4px #e4cf9a; }}
.sig {{ position:absolute; left: .8in; bottom: .95in; width: 3.3in; text-align:left; font-size: 10.5pt; }}
.sig .line {{ border-top: 1px solid #333; padding-top: 3px; }}
.sig .scr {{ font-family: 'Z003', cursive; font-size: 22pt; }}
.foot {{ position:absolute; left:.6in; right:.6in; bottom:.22in; font-family:'Nimbus Sans'; font-size:8pt;
         color:#444; display:flex; justify-content:space-between; }}
.stmt {{ position:absolute; left:1.2in; right:1.2in; bottom:.45in; font-size:8pt; font-family:'Nimbus Sans'; color:#333; }}
</style></head><body><div class="frame"><div class="inner"></div>
<div class="logo">ASCP</div>
<div class="org">American Society for Clinical Pathology</div>
<h1>Certificate of Completion</h1>
<div class="sm">This is to certify that</div>
<div class="name">Danielle R. Okonkwo-Baptiste<span>, MLS(ASCP)<sup>CM</sup></span></div>
<div class="sm">has successfully completed the online course</div>
<div class="title">Molecular Methods in Hematologic Malignancies: From Karyotype to Next-Generation Sequencing</div>
<div class="fmt">On-Demand Course</div>
<div class="cr">Completed March 3, 2026 &nbsp;&bull;&nbsp; Awarded <b>2.0 CMLE</b> credits</div>
<div class="sig"><div class="scr">M. L. Castellanos</div><div class="line">Marguerite L. Castellanos, MBA, MLS(ASCP)<br>
Director, Continuing Education Programs</div></div>
<div class="seal"><div>OFFICIAL<br>CMLE<br>CREDIT</div></div>
<div class="stmt">ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.&reg; Program. CMLE credits are accepted by the ASCP Board of Certification for the Credential Maintenance Program (CMP).</div>
<div class="foot"><span>Course ID: ASCP-OD-2619</span><span>Certificate No. 7731-20260303-0452</span>
<span>Customer ID: 10448213</span><span>Issued: 03/04/2026</span></div>
</div></body></html>""")


@cert("q08", style="joint-accreditation-cme", producer="chromium",
      layout=["portrait", "credit-table", "claimed-column", "accreditation-statement", "series-prefix-title"],
      notes="Interprofessional joint-accreditation grand rounds; four credit types, only the P.A.C.E. row is claimed. Honorific Dr. and PhD stripped from name. ACPE 0.1 CEU is a distractor.",
      name="Oluwaseun K. Adeyemi",
      title="Grand Rounds: Antimicrobial Stewardship and the Microbiology Laboratory",
      date="2026-01-14", credits=1.0, unit="contact hour",
      provider=["Northlake University Health System",
                "Northlake University Health System, Office of Continuing Interprofessional Education", "NUHS"],
      activity_id="NUHS-GR-2601-14")
def q08(n):
    chromium(n, f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_BASE}
@page {{ size: letter; margin: .7in .8in; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; color:#222; }}
.hdr {{ display:flex; align-items:center; border-bottom: 3px solid #5b2a86; padding-bottom: 8px; }}
.mark {{ width: .8in; height: .8in; background:#5b2a86; color:#fff; font-weight:bold; font-size: 17pt;
        display:flex; align-items:center; justify-content:center; margin-right: 14px; }}
.hdr .t1 {{ font-size: 15pt; font-weight: bold; color:#5b2a86; }}
.hdr .t2 {{ font-size: 10.5pt; color:#444; }}
h1 {{ text-align:center; font-family:'P052', serif; font-weight:normal; font-size: 26pt; margin: .35in 0 .1in; }}
.c {{ text-align:center; }}
.name {{ font-family:'P052', serif; font-size: 22pt; margin: .12in 0; }}
.ttl {{ font-weight:bold; font-size: 14pt; margin: .1in .4in; text-align:center; }}
table {{ border-collapse: collapse; width: 100%; margin-top: .25in; }}
th, td {{ border: 1px solid #999; padding: 5px 8px; text-align:left; }}
th {{ background:#ece4f3; }}
td.n {{ text-align:right; width: 1in; }}
.meta {{ margin-top:.2in; display:flex; justify-content:space-between; font-size:10pt; }}
.acc {{ font-size: 8.6pt; margin-top:.25in; line-height:1.35; color:#333; }}
.sig {{ margin-top:.3in; width: 3.2in; border-top:1px solid #333; padding-top:3px; font-size:9.5pt; }}
</style></head><body>
<div class="hdr"><div class="mark">NUHS</div><div><div class="t1">Northlake University Health System</div>
<div class="t2">Office of Continuing Interprofessional Education</div></div></div>
<h1>Certificate of Participation</h1>
<div class="c">This certificate is presented to</div>
<div class="c name">Dr. Oluwaseun K. Adeyemi, PhD, MLS(ASCP)<sup>CM</sup></div>
<div class="c">for participation in the live activity</div>
<div class="ttl">Grand Rounds: Antimicrobial Stewardship and the Microbiology Laboratory</div>
<div class="c">held January 14, 2026 &middot; Founders Auditorium, Northlake University Hospital</div>
<div class="meta"><span><b>Activity ID:</b> NUHS-GR-2601-14</span><span><b>Learner ID:</b> 300-88412</span></div>
<table><tr><th>Credit type</th><th>Designated</th><th>Claimed</th></tr>
<tr><td>AMA PRA Category 1 Credit&trade;</td><td class="n">1.00</td><td class="n">&mdash;</td></tr>
<tr><td>ANCC nursing contact hours</td><td class="n">1.00</td><td class="n">&mdash;</td></tr>
<tr><td>ACPE pharmacy contact hours (0.1 CEU), knowledge-based</td><td class="n">1.00</td><td class="n">&mdash;</td></tr>
<tr><td>P.A.C.E.&reg; contact hours (clinical laboratory professionals)</td><td class="n">1.00</td><td class="n"><b>1.00</b></td></tr>
</table>
<div class="acc"><p>In support of improving patient care, Northlake University Health System is jointly accredited by the
Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE),
and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.</p>
<p>NUHS designates this live activity for a maximum of 1.00 AMA PRA Category 1 Credit&trade;. Physicians should claim only
the credit commensurate with the extent of their participation in the activity. This activity is approved for 1.00 ANCC
contact hour and 1.00 ACPE contact hour.</p>
<p>Northlake University Health System is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.&reg; Program. This activity is approved for 1.00 P.A.C.E.&reg; contact hour.</p></div>
<div class="sig">Renata J. Szabo, EdD, MSN<br>Director, Office of Continuing Interprofessional Education</div>
<p style="font-size:8.5pt;color:#555;margin-top:.2in">Certificate generated January 20, 2026. Retain for your records.</p>
</body></html>""")


@cert("q15", style="reference-lab", producer="chromium",
      layout=["landscape", "bilingual-en-es", "two-column-labels", "bilingual-title-one-line", "border"],
      notes="English/Spanish certificate; the title is printed as one line in both languages joined by ' / '. Employee no. and issue date are distractors.",
      name="José Luis Arredondo Peña",
      title="Control de Calidad en Química Clínica / Quality Control in Clinical Chemistry",
      date="2026-03-14", credits=2.0, unit="contact hour",
      provider=["Southwest Reference Laboratory", "Laboratorio de Referencia del Suroeste", "SWRL"],
      activity_id="SWRL-QC-0314")
def q15(n):
    chromium(n, f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>{CSS_BASE}
@page {{ size: 11in 8.5in; margin: 0; }}
body {{ width:11in; height:8.5in; font-family: 'DejaVu Serif', serif; color:#2b2118; }}
.b {{ position:absolute; inset: .4in; border: 3px solid #a0522d; outline: 1px solid #a0522d; outline-offset: 5px; padding: .35in .6in; }}
.top {{ text-align:center; font-family:'DejaVu Sans'; font-size: 11pt; color:#a0522d; }}
.top b {{ font-size: 16pt; color:#2b2118; }}
h1 {{ text-align:center; font-size: 19pt; margin: .2in 0 .05in; font-weight:normal; white-space: nowrap; }}
.c {{ text-align:center; font-style: italic; font-size: 11pt; }}
.name {{ text-align:center; font-size: 26pt; font-weight:bold; margin:.08in 0; }}
.title {{ text-align:center; font-size: 15.5pt; font-weight:bold; margin:.08in 0 .22in; white-space: nowrap; }}
table {{ margin: 0 auto; font-family:'DejaVu Sans'; font-size: 10.5pt; border-collapse: collapse; }}
td {{ padding: 3px 10px; vertical-align: top; }}
td.l {{ color:#6b4a2e; text-align:right; width: 3.4in; white-space: nowrap; }}
.stmt {{ position:absolute; left:.6in; right:.6in; bottom:1.05in; font-size: 8pt; font-family:'DejaVu Sans'; text-align:center; color:#444; }}
.sig {{ position:absolute; bottom:.3in; left:.9in; right:.9in; display:flex; justify-content:space-between; font-family:'DejaVu Sans'; font-size:9pt; }}
.sig div {{ width: 3.4in; border-top:1px solid #333; padding-top:3px; }}
</style></head><body><div class="b">
<div class="top"><b>Southwest Reference Laboratory</b><br>Laboratorio de Referencia del Suroeste (SWRL) &middot; Albuquerque, Nuevo México</div>
<h1>Certificado de Finalización &middot; Certificate of Completion</h1>
<div class="c">Se otorga a &middot; Awarded to</div>
<div class="name">José Luis Arredondo Peña</div>
<div class="c">por completar el curso &middot; for completing the course</div>
<div class="title">Control de Calidad en Química Clínica / Quality Control in Clinical Chemistry</div>
<table>
<tr><td class="l">Curso No. / Course No.:</td><td>SWRL-QC-0314</td></tr>
<tr><td class="l">Fecha de finalización / Date completed:</td><td>14 de marzo de 2026 / March 14, 2026</td></tr>
<tr><td class="l">Créditos / Credits:</td><td>2.0 horas de contacto P.A.C.E.&reg; / 2.0 P.A.C.E.&reg; contact hours</td></tr>
<tr><td class="l">No. de empleado / Employee No.:</td><td>44109</td></tr>
</table>
<div class="stmt">Southwest Reference Laboratory está aprobado como proveedor de educación continua en ciencias del laboratorio clínico por el programa ASCLS P.A.C.E.&reg;
/ Southwest Reference Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
<div class="sig"><div>Dra. Inés Villalobos Ortega, PhD, DABCC<br>Directora de Química / Director of Chemistry</div>
<div>Emitido / Issued: 18/03/2026<br>Coordinación de Educación / Education Coordinator</div></div>
</div></body></html>""")


@cert("q19", style="aabb", producer="chromium",
      layout=["portrait", "two-pages", "transcript-page", "meeting-attendance", "date-range", "session-table"],
      notes="Annual meeting attendance; page 2 is a session transcript whose rows add up to the total claimed. Title is the meeting name. Registration no. and print date are distractors.",
      name="Yuki Tanabe-Morrison", title="AABB Annual Meeting 2025",
      date="2025-10-28", credits=11.75, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id=None)
def q19(n):
    sessions = [("Oct 25", "Pre-Meeting Workshop: Cellular Therapy Chain of Identity", "2.00"),
                ("Oct 26", "Opening General Session: Blood Supply Resilience", "1.00"),
                ("Oct 26", "Cold-Stored Platelets: Where Are We Now?", "1.50"),
                ("Oct 26", "Molecular Red Cell Genotyping in Sickle Cell Disease", "1.25"),
                ("Oct 27", "Quality Management for Hospital Transfusion Services", "1.50"),
                ("Oct 27", "Whole Blood in Trauma Resuscitation", "1.00"),
                ("Oct 28", "Pathogen Reduction Technologies Update", "1.50"),
                ("Oct 28", "Case Studies in Warm Autoimmune Hemolytic Anemia", "2.00")]
    rows = "".join(f"<tr><td>{d}</td><td>{H.escape(s)}</td><td class='n'>{h}</td></tr>" for d, s, h in sessions)
    chromium(n, f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_BASE}
@page {{ size: letter; margin: 0; }}
body {{ font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; color:#1b1b1b; }}
.pg {{ width: 8.5in; height: 11in; position: relative; page-break-after: always; overflow:hidden; }}
.band {{ background:#b3122e; color:#fff; height: 1.5in; padding: .35in .7in; }}
.band .a {{ font-size: 32pt; font-weight: bold; }}
.band .b {{ font-size: 11pt; }}
.body {{ padding: .5in .8in; text-align:center; }}
h1 {{ font-size: 24pt; margin: .2in 0; font-weight: normal; }}
.name {{ font-size: 26pt; font-weight: bold; margin: .25in 0; color:#b3122e; }}
.mt {{ font-size: 17pt; font-weight: bold; margin: .1in 0; }}
p {{ font-size: 11.5pt; line-height: 1.5; }}
.total {{ display:inline-block; border: 2px solid #b3122e; padding: 10px 22px; font-size: 13pt; margin-top:.2in; }}
.acc {{ position:absolute; bottom: 1.0in; left:.8in; right:.8in; font-size: 8.5pt; color:#333; text-align:left; }}
.ft {{ position:absolute; bottom: .45in; left:.8in; right:.8in; font-size: 8.5pt; display:flex; justify-content:space-between; color:#555; }}
table {{ width:100%; border-collapse: collapse; font-size: 10pt; margin-top: .2in; text-align:left; }}
th, td {{ border-bottom: 1px solid #bbb; padding: 6px 6px; }}
th {{ background:#f3dfe3; }}
td.n, th.n {{ text-align:right; width: .9in; }}
h2 {{ font-size: 16pt; margin: 0 0 .05in; }}
</style></head><body>
<div class="pg"><div class="band"><div class="a">AABB</div><div class="b">Association for the Advancement of Blood &amp; Biotherapies</div></div>
<div class="body">
<h1>Certificate of Attendance</h1>
<p>This certifies that</p>
<div class="name">Yuki Tanabe-Morrison</div>
<p>attended the</p>
<div class="mt">AABB Annual Meeting 2025</div>
<p>October 25&ndash;28, 2025 &middot; Music City Center, Nashville, Tennessee</p>
<div class="total">Total P.A.C.E.&reg; contact hours claimed: <b>11.75</b></div>
<p style="font-size:10pt">Sessions attended are listed on the continuing education transcript (page 2).</p>
</div>
<div class="acc">AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.&reg; Program. Credit is awarded only for sessions the participant attended in full and claimed through the
meeting evaluation.</div>
<div class="ft"><span>Registration No. AM25-044812</span><span>Printed 11/14/2025</span></div>
</div>
<div class="pg"><div class="body" style="text-align:left">
<h2>Continuing Education Transcript</h2>
<div style="font-size:10.5pt">Yuki Tanabe-Morrison &middot; AABB Annual Meeting 2025 &middot; Registration No. AM25-044812</div>
<table><tr><th>Date</th><th>Session</th><th class="n">P.A.C.E.&reg; hrs</th></tr>{rows}
<tr><td></td><td><b>Total contact hours claimed</b></td><td class="n"><b>11.75</b></td></tr></table>
</div></div>
</body></html>""")


@cert("q27", style="state-society", producer="chromium",
      layout=["landscape", "one-paragraph", "title-in-quotes", "border", "signature-block"],
      notes="One-paragraph certificate from a state society fall seminar; all facts are inside one sentence. Member number is a distractor.",
      name="Hye-Jin Park", title="Antibody Identification When the Panel Won't Cooperate",
      date="2025-10-04", credits=1.5, unit="contact hour",
      provider=["Heartland Society for Clinical Laboratory Science", "HSCLS"], activity_id="301-118-25")
def q27(n):
    chromium(n, f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_BASE}
@page {{ size: 11in 8.5in; margin: 0; }}
body {{ width:11in; height:8.5in; font-family:'URW Bookman', 'Liberation Serif', serif; color:#222; }}
.b {{ position:absolute; inset:.5in; border: 12px solid #2f6b3a; padding: .7in .9in; }}
.b:after {{ content:''; position:absolute; inset: 6px; border: 1px solid #2f6b3a; }}
.h {{ text-align:center; font-size: 18pt; font-weight: bold; color:#2f6b3a; }}
.h2 {{ text-align:center; font-size: 11pt; margin-top: 4px; }}
.p {{ font-size: 17pt; line-height: 1.65; margin-top: .55in; text-align: justify; }}
.sig {{ position:absolute; left: .9in; bottom: .75in; font-size: 10pt; width: 3.5in; border-top: 1px solid #222; padding-top: 4px; }}
.sig2 {{ position:absolute; right: .9in; bottom: .75in; font-size: 10pt; width: 3.2in; text-align:right; }}
</style></head><body><div class="b">
<div class="h">Heartland Society for Clinical Laboratory Science</div>
<div class="h2">Fall Seminar &middot; Salina, Kansas</div>
<div class="p"><b>Hye-Jin Park</b> has completed &ldquo;Antibody Identification When the Panel Won't Cooperate&rdquo; on
October 4, 2025 and is awarded <b>1.5 contact hours</b> of P.A.C.E.&reg; continuing education credit by the Heartland Society
for Clinical Laboratory Science (HSCLS), P.A.C.E.&reg; Program No. 301-118-25. HSCLS is approved as a provider of continuing
education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
<div class="sig">Corinne B. Aldana, MLS(ASCP)<br>Education Chair, HSCLS</div>
<div class="sig2">HSCLS Member No. 2207-K</div>
</div></body></html>""")


@cert("q31", style="labce", producer="chromium",
      layout=["portrait", "transcript-table", "header-row-table", "receipt-style"],
      notes="Online course certificate laid out as a one-row transcript table with column headers; order no. and certificate ID are distractors.",
      name="Nathaniel O. Brightwater",
      title="Safety Data Sheets and the GHS Hazard Communication Standard",
      date="2025-10-30", credits=1.0, unit="contact hour",
      provider=["LabCE"], activity_id="2291")
def q31(n):
    chromium(n, f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_BASE}
@page {{ size: letter; margin: .6in .7in; }}
body {{ font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 10.5pt; color:#222; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 4px solid #0a7d8c; padding-bottom:6px; }}
.brand {{ font-size: 28pt; font-weight: bold; color:#0a7d8c; }}
.brand small {{ font-size: 10pt; color:#444; font-weight:normal; display:block; }}
h1 {{ font-size: 20pt; margin: .45in 0 .15in; font-weight: normal; }}
.name {{ font-size: 20pt; font-weight: bold; margin: .05in 0 .25in; }}
table {{ width:100%; border-collapse: collapse; margin-top:.1in; }}
th {{ background:#0a7d8c; color:#fff; text-align:left; padding: 6px; font-size: 9.5pt; }}
td {{ border-bottom: 1px solid #ccc; padding: 8px 6px; vertical-align: top; }}
.w {{ white-space: nowrap; }}
table {{ font-size: 9.5pt; }}
.fine {{ font-size: 8.5pt; color:#444; margin-top: .35in; line-height: 1.4; }}
.ids {{ margin-top:.3in; font-size: 9pt; color:#555; }}
</style></head><body>
<div class="top"><div class="brand">LabCE<small>Online continuing education for the clinical laboratory</small></div>
<div style="font-size:9pt;text-align:right">Order #: 7720145<br>Certificate ID: C-91F3-2CD0</div></div>
<h1>Certificate of Completion</h1>
<div>Presented to</div>
<div class="name">Nathaniel O. Brightwater</div>
<div>for successfully completing the course listed below, including the post-test.</div>
<table><tr><th>Course ID</th><th>Course Title</th><th>Date Completed</th><th>Contact Hours</th></tr>
<tr><td>2291</td><td class="w">Safety Data Sheets and the GHS Hazard Communication Standard</td><td>October 30, 2025</td><td>1.0 P.A.C.E.&reg;</td></tr></table>
<div class="fine">LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS
P.A.C.E.&reg; Program. This course is also accepted by the ASCP Board of Certification for the Credential Maintenance Program
(CMP). Contact hours listed are P.A.C.E.&reg; contact hours.</div>
<div class="ids">Level: Basic &middot; Category: Laboratory Safety &middot; Printed 11/02/2025</div>
</body></html>""")


@cert("q35", style="hospital-inservice", producer="chromium",
      layout=["portrait", "letter", "letterhead", "fact-list", "signature-block"],
      notes="Letter-style verification from a children's hospital lab; facts are in a short list. Letter date is a distractor; 'Ms.' and credentials stripped.",
      name="Tamar Ben-David",
      title="Pediatric Reference Intervals: Establishing, Transferring, and Verifying",
      date="2026-02-17", credits=1.0, unit="contact hour",
      provider=["Coastal Bend Children's Hospital", "Coastal Bend Children's Hospital, Laboratory Services"],
      activity_id="CBCH-LAB-0217")
def q35(n):
    chromium(n, f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_BASE}
@page {{ size: letter; margin: .8in 1in; }}
body {{ font-family: 'Liberation Serif', serif; font-size: 11.5pt; color:#111; line-height: 1.45; }}
.lh {{ border-bottom: 2px solid #e07b22; padding-bottom: 6px; margin-bottom: .35in; }}
.lh .a {{ font-family:'Liberation Sans'; font-size: 16pt; font-weight:bold; color:#1a5c8a; }}
.lh .b {{ font-family:'Liberation Sans'; font-size: 10pt; color:#444; }}
ul {{ list-style: none; padding-left: .3in; }}
li {{ margin: 2px 0; }}
li b {{ display:inline-block; width: 1.6in; }}
</style></head><body>
<div class="lh"><div class="a">Coastal Bend Children's Hospital</div>
<div class="b">Laboratory Services &middot; 3100 Shoreline Boulevard &middot; Corpus Christi, TX 78401</div></div>
<p>February 24, 2026</p>
<p>To Whom It May Concern:</p>
<p>This letter verifies that the staff member named below attended a continuing education activity presented by
Laboratory Services at Coastal Bend Children's Hospital and met the attendance requirement for credit.</p>
<ul>
<li><b>Participant:</b> Ms. Tamar Ben-David, MLS(ASCP)<sup>CM</sup></li>
<li><b>Activity:</b> Pediatric Reference Intervals: Establishing, Transferring, and Verifying</li>
<li><b>Activity #:</b> CBCH-LAB-0217</li>
<li><b>Date attended:</b> February 17, 2026</li>
<li><b>Format:</b> Live, in person (noon conference)</li>
<li><b>Credit awarded:</b> 1.0 P.A.C.E.&reg; contact hour</li>
</ul>
<p>Coastal Bend Children's Hospital is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.&reg; Program. Please contact our office if you need further documentation.</p>
<p style="margin-top:.35in">Sincerely,</p>
<p style="font-family:'Z003';font-size:22pt;margin:0">Luis Ochoa</p>
<p style="margin-top:0">Luis E. Ochoa, MHA, MLS(ASCP)<br>Laboratory Education Coordinator<br>Laboratory Services</p>
</body></html>""")


# =====================================================================================
#                          LIBREOFFICE from python-docx (.docx)
# =====================================================================================

@cert("q04", style="state-society", producer="soffice-docx",
      layout=["portrait", "meeting-attendance", "date-range", "session-table", "total-row", "signature-block"],
      notes="State society spring symposium; title is the meeting name; sessions table sums to the total. Member no. and signature date are distractors.",
      name="Henrik A. Solberg Jr.", title="Cascadia Laboratory Science Spring Symposium 2026",
      date="2026-04-18", credits=9.5, unit="contact hour",
      provider=["Cascadia Society for Clinical Laboratory Science", "CSCLS"], activity_id="522-101-26")
def q04(n):
    d = dx_new(margins=0.75, font="Liberation Sans", size=10.5)
    dx_p(d, "Cascadia Society for Clinical Laboratory Science", size=17, bold=True, align="c", color="1E5631")
    dx_p(d, "CSCLS · A constituent society serving laboratory professionals in Washington and Oregon", size=9, align="c", after=18, color="555555")
    dx_p(d, "CERTIFICATE OF ATTENDANCE", size=22, align="c", font="Liberation Serif", spacing=2, after=10)
    dx_p(d, "This certifies that", italic=True, align="c", after=4)
    dx_p(d, "Henrik A. Solberg Jr., MLS(ASCP)CM", size=20, bold=True, align="c", font="Liberation Serif", after=4)
    dx_p(d, "attended the", italic=True, align="c", after=4)
    dx_p(d, "Cascadia Laboratory Science Spring Symposium 2026", size=15, bold=True, align="c", after=2)
    dx_p(d, "April 16–18, 2026  ·  Tacoma, Washington", align="c", after=12)
    dx_p(d, "P.A.C.E.® Program No. 522-101-26", align="c", size=10, after=10)
    sessions = [("Apr 16", "Pre-Symposium Workshop: Body Fluid Morphology", "3.0"),
                ("Apr 17", "Keynote: Laboratory Stewardship in Rural Networks", "1.0"),
                ("Apr 17", "Emerging Tick-Borne Pathogens of the Pacific Northwest", "1.5"),
                ("Apr 17", "Workplace Safety: Ergonomics at the Bench", "1.0"),
                ("Apr 18", "Immunohematology Case Review", "1.5"),
                ("Apr 18", "Point-of-Care Testing Oversight for Small Hospitals", "1.5")]
    t = d.add_table(rows=1, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    dx_table_borders(t, val="single", sz=4, color="7F7F7F")
    for i, h in enumerate(["Date", "Session attended", "Contact hours"]):
        dx_cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        dx_cell_shade(t.rows[0].cells[i], "DCEBDD")
    for a, b, c in sessions:
        r = t.add_row().cells
        dx_cell_text(r[0], a, size=10)
        dx_cell_text(r[1], b, size=10)
        dx_cell_text(r[2], c, size=10, align="r")
    r = t.add_row().cells
    dx_cell_text(r[0], "", size=10)
    dx_cell_text(r[1], "Total P.A.C.E.® contact hours", bold=True, size=10)
    dx_cell_text(r[2], "9.5", bold=True, size=10, align="r")
    dx_col_widths(t, [0.9, 4.6, 1.3])
    dx_p(d, "", after=10)
    dx_p(d, "The Cascadia Society for Clinical Laboratory Science is approved as a provider of continuing education programs "
            "in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Attendees should claim only the sessions "
            "they attended in full.", size=9, align="j", after=24)
    sig = d.add_table(rows=2, cols=2)
    dx_cell_text(sig.rows[0].cells[0], "Ruth Anne Kowalczyk", font="Z003", size=18)
    dx_cell_text(sig.rows[0].cells[1], "April 20, 2026", size=10, align="r")
    dx_cell_text(sig.rows[1].cells[0], "Ruth Anne Kowalczyk, MS, MLS(ASCP)\nContinuing Education Chair, CSCLS", size=9.5)
    dx_cell_text(sig.rows[1].cells[1], "Date signed\nMember No. CS-20418", size=9.5, align="r")
    dx_save_convert(n, d)


@cert("q07", style="hospital-inservice", producer="soffice-docx",
      layout=["portrait", "two-column-labels", "borderless-table", "wrapped-title", "signature-lines"],
      notes="Hospital education-office in-service record; label/value table, 'Orientation' in the title, no activity number. Employee ID and date signed are distractors.",
      name="Carmen Ileana Ruiz-Delgado",
      title="New Chemistry Analyzer Orientation: Daily Maintenance, Calibration, and QC Review",
      date="2026-03-10", credits=0.75, unit="CE hour",
      provider=["Riverbend Memorial Hospital", "Riverbend Memorial Hospital, Clinical Laboratory Education Office"],
      activity_id=None)
def q07(n):
    d = dx_new(margins=0.9, font="Liberation Serif", size=11)
    dx_p(d, "Riverbend Memorial Hospital", size=16, bold=True, align="l", color="003366")
    dx_p(d, "Clinical Laboratory Education Office", size=11.5, align="l")
    dx_p(d, "1450 River Road  |  Dubuque, Iowa 52001  |  (563) 555-0142", size=9, align="l", color="666666", after=6)
    dx_p(d, "_" * 86, size=8, color="003366", after=18)
    dx_p(d, "In-Service Training Certificate", size=20, bold=True, align="c", after=4)
    dx_p(d, "Continuing education record for laboratory personnel", size=10.5, italic=True, align="c", after=20)
    rows = [("Employee name:", "Carmen Ileana Ruiz-Delgado"),
            ("Employee ID:", "0071925"),
            ("Department:", "Core Laboratory – Chemistry, Day Shift"),
            ("In-service title:", "New Chemistry Analyzer Orientation: Daily Maintenance, Calibration, and QC Review"),
            ("Date of in-service:", "March 10, 2026"),
            ("Presenter:", "Paul D. Nakamura, MLS(ASCP), Lead Technologist, Chemistry"),
            ("Length:", "45 minutes"),
            ("CE hours awarded:", "0.75 CE hour")]
    t = d.add_table(rows=0, cols=2)
    for a, b in rows:
        r = t.add_row().cells
        dx_cell_text(r[0], a, bold=True, after=5)
        dx_cell_text(r[1], b, after=5)
    dx_col_widths(t, [1.8, 4.8])
    dx_p(d, "", after=14)
    dx_p(d, "The employee named above attended the in-service in full and completed the competency checklist. "
            "CE hours are recorded in the employee education file and may be reported toward certification "
            "maintenance as documented continuing education.", size=10, align="j", after=36)
    s = d.add_table(rows=2, cols=2)
    dx_cell_text(s.rows[0].cells[0], "______________________________")
    dx_cell_text(s.rows[0].cells[1], "______________________________")
    dx_cell_text(s.rows[1].cells[0], "Linda M. Farrow, MS, MLS(ASCP)\nEducation Coordinator", size=10)
    dx_cell_text(s.rows[1].cells[1], "Date signed: March 12, 2026", size=10)
    dx_save_convert(n, d)


@cert("q13", style="community-college", producer="soffice-docx",
      layout=["landscape", "centred-award", "page-border", "two-signatures"],
      notes="Community college workforce-education CEU certificate; 0.4 CEU = 4 points. Student ID and section are distractors.",
      name="Jasmine Noelle Carter",
      title="Phlebotomy Refresher: Order of Draw and Pre-Analytical Errors",
      date="2026-04-04", credits=0.4, unit="CEU",
      provider=["Ridgeway Community College", "Ridgeway Community College, Workforce & Continuing Education"],
      activity_id="HLTH-9041")
def q13(n):
    d = dx_new(landscape_=True, margins=0.9, font="URW Bookman", size=12)
    dx_page_border(d, sz=36, color="7B2C2C", val="thinThickSmallGap", space=20)
    dx_p(d, "Ridgeway Community College", size=24, bold=True, align="c", color="7B2C2C", before=6)
    dx_p(d, "Workforce & Continuing Education", size=13, align="c", after=16)
    dx_p(d, "Certificate of Completion", size=30, align="c", font="Z003", after=10)
    dx_p(d, "is presented to", italic=True, align="c", after=4)
    dx_p(d, "Jasmine Noelle Carter", size=24, bold=True, align="c", after=6)
    dx_p(d, "in recognition of successfully completing", italic=True, align="c", after=4)
    dx_p(d, "Phlebotomy Refresher: Order of Draw and Pre-Analytical Errors", size=16, bold=True, align="c", after=8)
    dx_p(d, "Course No. HLTH-9041   ·   Section 02   ·   Saturday, April 4, 2026", size=11, align="c", after=4)
    dx_p(d, "0.4 Continuing Education Units (CEU)", size=13, bold=True, align="c", after=4)
    dx_p(d, "One CEU equals ten contact hours of participation in an organized continuing education experience.",
         size=8.5, italic=True, align="c", after=26)
    t = d.add_table(rows=2, cols=3)
    dx_cell_text(t.rows[0].cells[0], "Angela R. Whitfield", font="Z003", size=17, align="c")
    dx_cell_text(t.rows[0].cells[1], "Student ID: R00482913", size=9, align="c")
    dx_cell_text(t.rows[0].cells[2], "Dr. Samuel K. Oduya", font="Z003", size=17, align="c")
    dx_cell_text(t.rows[1].cells[0], "Angela R. Whitfield, MLT(ASCP)\nCoordinator, Allied Health Continuing Education", size=9, align="c")
    dx_cell_text(t.rows[1].cells[1], "", size=9)
    dx_cell_text(t.rows[1].cells[2], "Samuel K. Oduya, EdD\nVice President, Workforce Development", size=9, align="c")
    dx_col_widths(t, [3.4, 2.0, 3.4])
    dx_save_convert(n, d)


@cert("q17", style="reference-lab", producer="soffice-docx",
      layout=["portrait", "letter", "letterhead", "paragraph-facts", "title-in-quotes", "signature-block"],
      notes="Letter from a reference laboratory; facts inside a paragraph; program number also appears in the subject line. Letter date and employee no. are distractors; 'Mr.' salutation.",
      name="Desmond P. Abernathy",
      title="Next-Generation Sequencing Wet-Lab Troubleshooting: Library Preparation Failures and Fixes",
      date="2025-10-21", credits=2.5, unit="contact hour",
      provider=["Keystone Reference Laboratories", "KRL"], activity_id="448-209-25")
def q17(n):
    d = dx_new(margins=1.0, font="Liberation Serif", size=11.5)
    dx_p(d, "KEYSTONE REFERENCE LABORATORIES", size=15, bold=True, align="c", color="2E4A7D", spacing=1.5)
    dx_p(d, "Education & Training  ·  880 Industrial Park Drive  ·  Harrisburg, PA 17111", size=9, align="c", color="555555", after=28)
    dx_p(d, "October 29, 2025", after=14)
    for ln in ["Desmond P. Abernathy, MLS(ASCP)CM", "Molecular Diagnostics Section", "Keystone Reference Laboratories", "Harrisburg, PA 17111"]:
        dx_p(d, ln)
    dx_p(d, "", after=8)
    dx_p(d, runs=[("Subject: ", {"bold": True}), ("Verification of continuing education credit", {})], after=12)
    dx_p(d, "Dear Mr. Abernathy,", after=10)
    dx_p(d, "On behalf of Keystone Reference Laboratories (KRL), I am pleased to confirm that you attended the live, "
            "instructor-led workshop “Next-Generation Sequencing Wet-Lab Troubleshooting: Library Preparation Failures "
            "and Fixes” on October 21, 2025. The workshop was approved under P.A.C.E.® Program No. 448-209-25, and you "
            "are awarded 2.5 contact hours for your full participation.", align="j", after=10)
    dx_p(d, "KRL is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
            "ASCLS P.A.C.E.® Program. Please keep this letter with your continuing education records; it may be submitted "
            "as documentation for ASCP Board of Certification Credential Maintenance.", align="j", after=10)
    dx_p(d, "Thank you for your commitment to quality and to continuing professional development.", after=20)
    dx_p(d, "Sincerely,", after=6)
    dx_p(d, "Imogen Castellano-Reyes", font="Z003", size=20)
    dx_p(d, "Imogen F. Castellano-Reyes, PhD")
    dx_p(d, "Director, Education & Training", after=24)
    dx_p(d, "cc: Personnel file (Employee No. 20-3318)", size=9, color="555555")
    dx_save_convert(n, d)


@cert("q20", style="cap", producer="soffice-docx",
      layout=["portrait", "two-column-labels", "joint-accreditation", "multiple-credit-types"],
      notes="CAP inspector-training completion; AMA PRA and CE hours both printed (same figure), joint-accreditation statement. Customer ID and print date are distractors.",
      name="Alexandra V. Petrov",
      title="Inspection Team Member Training: Checklist Navigation and Writing Effective Deficiencies",
      date="2025-08-14", credits=2.5, unit="CE hour",
      provider=["College of American Pathologists", "CAP"], activity_id="ITT-2025-B")
def q20(n):
    d = dx_new(margins=0.9, font="Liberation Sans", size=10.5)
    hdr = d.add_table(rows=1, cols=2)
    dx_cell_text(hdr.rows[0].cells[0], "CAP", size=30, bold=True, color="00558C")
    c = hdr.rows[0].cells[1]
    dx_cell_text(c, "College of American Pathologists", size=13, bold=True, align="r")
    dx_p(c, "Learning & Accreditation Education", size=10, align="r")
    dx_col_widths(hdr, [1.5, 5.2])
    dx_p(d, "", after=26)
    dx_p(d, "Certificate of Completion", size=24, align="c", font="Liberation Serif", after=16)
    rows = [("Learner", "Alexandra V. Petrov, MS, MLS(ASCP)CM"),
            ("Course", "Inspection Team Member Training: Checklist Navigation and Writing Effective Deficiencies"),
            ("Course code", "ITT-2025-B"),
            ("Format", "Online, self-paced"),
            ("Completion date", "08/14/2025"),
            ("CE hours (laboratory professionals)", "2.5"),
            ("AMA PRA Category 1 Credits™ (physicians)", "2.5"),
            ("Customer ID", "4401187")]
    t = d.add_table(rows=0, cols=2)
    dx_table_borders(t, val="single", sz=4, color="A6A6A6")
    for a, b in rows:
        r = t.add_row().cells
        dx_cell_text(r[0], a, bold=True, size=10, before=2, after=2)
        dx_cell_shade(r[0], "EAF1F8")
        dx_cell_text(r[1], b, size=10.5, before=2, after=2)
    dx_col_widths(t, [2.4, 4.3])
    dx_p(d, "", after=14)
    dx_p(d, "Accreditation", bold=True, size=10, after=3)
    dx_p(d, "In support of improving patient care, the College of American Pathologists is jointly accredited by the "
            "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
            "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education "
            "for the healthcare team.", size=9, align="j", after=6)
    dx_p(d, "The CAP designates this enduring material for a maximum of 2.5 AMA PRA Category 1 Credits™. Physicians should "
            "claim only the credit commensurate with the extent of their participation in the activity. The CAP designates "
            "this activity for a maximum of 2.5 CE hours for laboratory professionals.", size=9, align="j", after=20)
    dx_p(d, "Printed 08/15/2025", size=8.5, color="666666", align="r")
    dx_save_convert(n, d)


@cert("q28", style="webinar", producer="soffice-docx",
      layout=["portrait", "format-line", "label-value-lines", "vendor-letterhead"],
      notes="Instrument-vendor on-demand webinar; 'On-Demand Webinar' printed on its own line above the title; quiz score is a distractor.",
      name="Ana Sofía Gutiérrez",
      title="Lot-to-Lot Reagent Verification: A Practical Approach for Immunoassays",
      date="2025-07-15", credits=1.0, unit="contact hour",
      provider=["Norvane Biosystems"], activity_id="NB-OD-0712")
def q28(n):
    d = dx_new(margins=0.8, font="DejaVu Sans", size=10)
    dx_p(d, "NORVANE BIOSYSTEMS", size=20, bold=True, color="0B6E4F", spacing=3)
    dx_p(d, "Customer Education & Scientific Affairs", size=10, color="555555", after=30)
    dx_p(d, "Certificate of Completion", size=26, font="DejaVu Serif", after=20)
    dx_p(d, "On-Demand Webinar", size=10.5, bold=True, color="0B6E4F", caps=True, spacing=1.5, after=4)
    dx_p(d, "Lot-to-Lot Reagent Verification: A Practical Approach for Immunoassays", size=16, bold=True, after=22)
    for a, b in [("Participant", "Ana Sofía Gutiérrez, MLS(ASCP)"),
                 ("Webinar ID", "NB-OD-0712"),
                 ("Completed", "07/15/2025"),
                 ("P.A.C.E.® contact hours", "1.0"),
                 ("Post-test score", "9/10 (passing score 7/10)")]:
        dx_p(d, runs=[(a + ":  ", {"bold": True}), (b, {})], size=11, after=6)
    dx_p(d, "", after=20)
    dx_p(d, "Norvane Biosystems is approved as a provider of continuing education programs in the clinical laboratory "
            "sciences by the ASCLS P.A.C.E.® Program. This webinar is approved for 1.0 contact hour. Product names mentioned "
            "in this program are used for educational purposes only.", size=8.5, align="j", color="333333", after=30)
    dx_p(d, "Mariana Costa-Lindgren", font="Z003", size=18)
    dx_p(d, "Mariana Costa-Lindgren, PhD — Manager, Scientific Education", size=9)
    dx_save_convert(n, d)


@cert("q36", style="hospital-inservice", producer="soffice-docx",
      layout=["landscape", "bilingual-en-fr", "bilingual-title-one-line", "centred-award", "page-border"],
      notes="English/French certificate from a bilingual regional hospital; the title is one line with both languages separated by ' / ' (may wrap). No activity number; issue date is a distractor.",
      name="Geneviève Ouellette-Pelletier",
      title="Transfusion Safety: Bedside Verification / Sécurité transfusionnelle : vérification au chevet",
      date="2026-01-28", credits=1.0, unit="contact hour",
      provider=["Saint John Valley Regional Hospital", "Hôpital régional de la vallée Saint-Jean"],
      activity_id=None)
def q36(n):
    d = dx_new(landscape_=True, margins=0.85, font="DejaVu Serif", size=11)
    dx_page_border(d, sz=18, color="1F4E79", val="single", space=18)
    dx_p(d, "Saint John Valley Regional Hospital", size=17, bold=True, align="c", color="1F4E79")
    dx_p(d, "Hôpital régional de la vallée Saint-Jean", size=13, italic=True, align="c", color="1F4E79", after=4)
    dx_p(d, "Madawaska, Maine", size=9, align="c", after=18)
    dx_p(d, "Certificate of Completion  /  Certificat de réussite", size=22, align="c", after=14)
    dx_p(d, "This certifies that  /  Nous certifions que", italic=True, align="c", after=4)
    dx_p(d, "Geneviève Ouellette-Pelletier", size=24, bold=True, align="c", after=4)
    dx_p(d, "has completed the education session  /  a suivi la séance de formation", italic=True, align="c", after=8)
    dx_p(d, "Transfusion Safety: Bedside Verification / Sécurité transfusionnelle : vérification au chevet",
         size=15, bold=True, align="c", after=14)
    dx_p(d, "Date: January 28, 2026  /  Date : le 28 janvier 2026", align="c", after=3)
    dx_p(d, "Credit: 1.0 contact hour  /  Crédit : 1,0 heure de contact", align="c", after=14)
    dx_p(d, "Saint John Valley Regional Hospital is approved as a provider of continuing education programs in the clinical "
            "laboratory sciences by the ASCLS P.A.C.E.® Program.  /  L'Hôpital régional de la vallée Saint-Jean est un "
            "fournisseur de formation continue approuvé par le programme ASCLS P.A.C.E.®.", size=8.5, align="c", after=22)
    t = d.add_table(rows=1, cols=2)
    dx_cell_text(t.rows[0].cells[0], "Marc-André Levesque, MLS(ASCP)\nLaboratory Educator / Éducateur de laboratoire", size=9)
    dx_cell_text(t.rows[0].cells[1], "Issued / Délivré : 2026-02-02", size=9, align="r")
    dx_col_widths(t, [4.7, 4.6])
    dx_save_convert(n, d)


# =====================================================================================
#                          LIBREOFFICE from flat ODT (.fodt)
# =====================================================================================

@cert("q09", style="university-ceu", producer="soffice-fodt",
      layout=["landscape", "centred-award", "page-border", "date-range", "two-signatures", "credits-before-name"],
      notes="University CEU award; the CEU figure is printed before the name ('hereby awards 2.4 CEUs to'); 2.4 CEU = 24 points. Transcript no. and issue date are distractors.",
      name="Beatriz Helena Monteiro",
      title="Clinical Flow Cytometry Practicum: Immunophenotyping of Leukemias and Lymphomas",
      date="2025-06-13", credits=2.4, unit="CEU",
      provider=["Prairie State University", "Prairie State University, College of Professional Studies"],
      activity_id="CLS 7720-CE")
def q09(n):
    st = "".join([
        fo_style("Uni", size=26, bold=True, font="C059", color="#4b2e05"),
        fo_style("Col", size=13, font="C059", italic=True, mb=14),
        fo_style("Aw", size=12, italic=True, mt=4, mb=4),
        fo_style("Ceu", size=18, bold=True, font="C059", mb=2),
        fo_style("Nm", size=26, font="Z003", mt=2, mb=2),
        fo_style("Ti", size=16, bold=True, font="C059", mt=2, mb=6),
        fo_style("Sm", size=10.5, mb=2),
        fo_style("Fine", size=8, italic=True, mt=8, mb=10),
        fo_style("SigL", size=9.5, align="center"),
        fo_style("SigS", size=17, font="Z003", align="center"),
        fo_cell_style("sc", border="none"),
        fo_cell_style("st", border="none", pad="0.02in"),
        fo_table_style("Sig", "9in", ["3.3in", "2.4in", "3.3in"]),
    ])
    sig = fo_table("Sig", [
        [("sc", fp("SigS", "Harold J. Whitcomb")), ("sc", fp("SigL", "")), ("sc", fp("SigS", "Lisa Tran-Everett"))],
        [("st", fp("SigL", "Harold J. Whitcomb, PhD") + fp("SigL", "Dean, College of Professional Studies")),
         ("st", fp("SigL", "Transcript No. PSU-CE-25-06113") + fp("SigL", "Issued June 20, 2025")),
         ("st", fp("SigL", "Lisa Tran-Everett, PhD, MLS(ASCP)") + fp("SigL", "Program Director, Clinical Laboratory Science"))],
    ], 3)
    body = "".join([
        fp("Uni", "Prairie State University"),
        fp("Col", "College of Professional Studies"),
        fp("Aw", "hereby awards"),
        fp("Ceu", "2.4 Continuing Education Units (CEUs)"),
        fp("Aw", "to"),
        fp("Nm", "Beatriz Helena Monteiro"),
        fp("Aw", "for satisfactory completion of"),
        fp("Ti", "Clinical Flow Cytometry Practicum: Immunophenotyping of Leukemias and Lymphomas"),
        fp("Sm", "Course Number: CLS 7720-CE   ·   June 9–13, 2025   ·   Lincoln Hall Teaching Laboratories"),
        fp("Fine", "One CEU is awarded for each ten hours of participation in an organized continuing education experience "
                   "under responsible sponsorship, capable direction, and qualified instruction."),
        sig,
    ])
    fo_save_convert(n, fo_doc(st, body, w="11in", h="8.5in", margin="0.55in", orient="landscape",
                              border="4.5pt double #4b2e05"))


@cert("q14", style="blood-center", producer="soffice-fodt",
      layout=["portrait", "letter", "letterhead", "paragraph-facts", "title-in-quotes", "signature-block"],
      notes="Blood-centre letter; everything is in one paragraph, the quoted title ends with a comma inside the quotes (not part of the title). Letter date is a distractor; no activity number.",
      name="Aaliyah R. Bennett",
      title="Donor Reaction Recognition and Response in the Collection Setting",
      date="2025-12-05", credits=1.0, unit="contact hour",
      provider=["Blue Ridge Regional Blood Center"], activity_id=None)
def q14(n):
    st = "".join([
        fo_style("LH", size=17, bold=True, font="Liberation Sans", color="#a4161a", align="left"),
        fo_style("LH2", size=9, font="Liberation Sans", color="#555555", align="left", mb=26),
        fo_style("Bd", size=11.5, align="justify", mb=10),
        fo_style("Ad", size=11.5, align="left"),
        fo_style("AdE", size=11.5, align="left", mb=14),
        fo_style("Sg", size=20, font="Z003", align="left"),
        fo_style("Sm", size=9, align="left", color="#555555", mt=20),
    ])
    body = "".join([
        fp("LH", "Blue Ridge Regional Blood Center"),
        fp("LH2", "Quality & Training Department · 57 Tanglewood Drive · Boone, North Carolina 28607"),
        fp("AdE", "December 12, 2025"),
        fp("Ad", "Ms. Aaliyah R. Bennett, MLT(ASCP)"),
        fp("Ad", "214 Laurel Fork Road"),
        fp("AdE", "Boone, NC 28607"),
        fp("AdE", "Dear Ms. Bennett:"),
        fp("Bd", "Thank you for attending our staff education session, “Donor Reaction Recognition and Response in the "
                 "Collection Setting,” held on December 5, 2025 at the Boone donor center. This letter confirms that you "
                 "completed the full session and are awarded 1.0 P.A.C.E.® contact hour of continuing education credit. "
                 "Blue Ridge Regional Blood Center is approved as a provider of continuing education programs in the "
                 "clinical laboratory sciences by the ASCLS P.A.C.E.® Program."),
        fp("Bd", "Please retain this letter with your professional development records. If you have questions about your "
                 "training file, contact the Quality & Training Department at extension 4410."),
        fp("Ad", "Sincerely,"),
        fp("Sg", "Theodora N. Whitlock"),
        fp("Ad", "Theodora N. Whitlock, MT(ASCP)SBB"),
        fp("Ad", "Manager, Quality & Training"),
        fp("Sm", "Enclosure: session evaluation summary"),
    ])
    fo_save_convert(n, fo_doc(st, body, margin="1in"))


@cert("q18", style="ascp-cmle", producer="soffice-fodt",
      layout=["portrait", "meeting-attendance", "date-range", "claimed-vs-maximum", "labels-above-values", "suffix-name"],
      notes="ASCP annual meeting attendance; CMLE claimed (14.5) vs maximum available (18.0); name has suffix II. Customer ID and claim-submitted date are distractors; no activity number.",
      name="Terrence J. Mayweather II", title="ASCP 2025 Annual Meeting",
      date="2025-09-12", credits=14.5, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id=None)
def q18(n):
    st = "".join([
        fo_style("Org", size=12, font="Liberation Sans", color="#20466b", bold=True),
        fo_style("Logo", size=30, font="Liberation Sans", color="#20466b", bold=True, mb=2),
        fo_style("H1", size=26, font="P052", mt=26, mb=16),
        fo_style("It", size=12, italic=True, font="P052", mb=6),
        fo_style("Nm", size=24, bold=True, font="P052", mb=6),
        fo_style("Mt", size=18, bold=True, font="P052", mb=2),
        fo_style("Sm", size=11, font="P052", mb=24),
        fo_style("Lab", size=8, font="Liberation Sans", color="#555555", caps=True, ls="0.04cm"),
        fo_style("Val", size=13, font="Liberation Sans", bold=True),
        fo_style("Fine", size=8.5, font="Liberation Sans", align="justify", mt=24, mb=6),
        fo_style("Sig", size=9.5, font="Liberation Sans", align="left", mt=26),
        fo_cell_style("cl", border="0.5pt solid #9bb0c6", bg="#f2f6fa", pad="0.07in"),
        fo_table_style("Cl", "6.6in", ["2.2in", "2.2in", "2.2in"]),
    ])
    tbl = fo_table("Cl", [[
        ("cl", fp("Lab", "CMLE credits claimed") + fp("Val", "14.5")),
        ("cl", fp("Lab", "Maximum available") + fp("Val", "18.0")),
        ("cl", fp("Lab", "ASCP customer ID") + fp("Val", "10299843")),
    ], [
        ("cl", fp("Lab", "Meeting dates") + fp("Val", "Sept. 10–12, 2025")),
        ("cl", fp("Lab", "Location") + fp("Val", "Chicago, Illinois")),
        ("cl", fp("Lab", "Claim submitted") + fp("Val", "09/30/2025")),
    ]], 3)
    body = "".join([
        fp("Logo", "ASCP"),
        fp("Org", "American Society for Clinical Pathology"),
        fp("H1", "Certificate of Attendance"),
        fp("It", "This is to certify that"),
        fp("Nm", "Terrence J. Mayweather II, MLS(ASCP)"),
        fp("It", "attended the"),
        fp("Mt", "ASCP 2025 Annual Meeting"),
        fp("Sm", "September 10–12, 2025 · Chicago, Illinois"),
        tbl,
        fp("Fine", "ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                   "ASCLS P.A.C.E.® Program. Participants should claim only those credits commensurate with the extent of "
                   "their participation. CMLE credits claimed for this meeting are recorded in your ASCP transcript and "
                   "are accepted by the ASCP Board of Certification Credential Maintenance Program."),
        fp("Sig", "Meeting Education Committee, American Society for Clinical Pathology"),
    ])
    fo_save_convert(n, fo_doc(st, body, margin="0.85in"))


@cert("q26", style="hospital-inservice", producer="soffice-fodt",
      layout=["portrait", "labels-above-values", "boxed-grid", "signature-lines"],
      notes="Hospital department annual safety in-service; labels are printed above values in a boxed grid ('Date of Program' label, 'Safety' and 'Program' in the title). Employee no. and signature date are distractors; no activity number.",
      name="Oksana V. Hrytsenko",
      title="Annual Laboratory Safety Program: Chemical Hygiene, Fire Safety, and Spill Response",
      date="2026-01-28", credits=1.0, unit="CE hour",
      provider=["St. Ansgar Medical Center", "St. Ansgar Medical Center, Department of Pathology and Laboratory Medicine"],
      activity_id=None)
def q26(n):
    st = "".join([
        fo_style("Org", size=18, bold=True, font="URW Gothic", align="left", color="#234f1e"),
        fo_style("Dept", size=11, font="URW Gothic", align="left", mb=30),
        fo_style("H1", size=22, font="URW Gothic", bold=True, align="left", mb=4),
        fo_style("H2", size=10.5, font="URW Gothic", italic=True, align="left", mb=18),
        fo_style("Lab", size=7.5, font="Liberation Sans", align="left", color="#234f1e", bold=True, caps=True),
        fo_style("Val", size=12, font="Liberation Sans", align="left", mt=2),
        fo_style("Fine", size=9, font="Liberation Sans", align="justify", mt=18),
        fo_style("Ln", size=11, font="Liberation Sans", align="left", mt=36),
        fo_style("LnS", size=8.5, font="Liberation Sans", align="left"),
        fo_cell_style("g", border="0.75pt solid #234f1e", pad="0.08in"),
        fo_cell_style("n", border="none", pad="0.02in"),
        fo_table_style("G", "7in", ["3.5in", "3.5in"]),
        fo_table_style("S", "7in", ["3.5in", "3.5in"]),
    ])

    def cell(lab, val):
        return ("g", fp("Lab", lab) + fp("Val", val))
    grid = ('<table:table table:name="G" table:style-name="G"><table:table-column table:style-name="G.C0"/>'
            '<table:table-column table:style-name="G.C1"/>'
            '<table:table-row><table:table-cell table:style-name="g" table:number-columns-spanned="2" office:value-type="string">'
            + fp("Lab", "Participant") + fp("Val", "Oksana V. Hrytsenko, MLT(ASCP)") +
            '</table:table-cell><table:covered-table-cell/></table:table-row>'
            '<table:table-row><table:table-cell table:style-name="g" table:number-columns-spanned="2" office:value-type="string">'
            + fp("Lab", "Program title") + fp("Val", "Annual Laboratory Safety Program: Chemical Hygiene, Fire Safety, and Spill Response") +
            '</table:table-cell><table:covered-table-cell/></table:table-row>')
    for a, b in [(cell("Date of Program", "January 28, 2026"), cell("Employee No.", "55012")),
                 (cell("Location", "Pathology Conference Room B"), cell("CE hours", "1.0 CE hour")),
                 (cell("Instructor", "Gordon P. Meyers, CHMM, Safety Officer"), cell("Delivery", "Live, in-person"))]:
        grid += "<table:table-row>"
        for cs, inner in (a, b):
            grid += f'<table:table-cell table:style-name="{cs}" office:value-type="string">{inner}</table:table-cell>'
        grid += "</table:table-row>"
    grid += "</table:table>"
    sig = fo_table("S", [[("n", fp("Ln", "______________________________") + fp("LnS", "Sunniva K. Dahl, MS, MLS(ASCP)") + fp("LnS", "Laboratory Education Coordinator")),
                          ("n", fp("Ln", "______________________________") + fp("LnS", "Signed 01/30/2026") + fp("LnS", "Medical Director, Clinical Laboratory"))]], 2)
    body = "".join([
        fp("Org", "St. Ansgar Medical Center"),
        fp("Dept", "Department of Pathology and Laboratory Medicine"),
        fp("H1", "Certificate of Completion"),
        fp("H2", "Mandatory annual training — laboratory personnel"),
        grid,
        fp("Fine", "This certificate documents completion of the department's annual safety training, including the "
                   "post-session quiz. One (1.0) CE hour is recorded in the participant's education transcript."),
        sig,
    ])
    fo_save_convert(n, fo_doc(st, body, margin="0.75in"))


@cert("q33", style="ascls-pace", producer="soffice-fodt",
      layout=["portrait", "format-line", "two-column-labels", "self-study", "expiry-distractor"],
      notes="Journal-based self-study from a regional association; 'Self-Study' printed on its own line above the title. Quiz score, expiry of the offering and member no. are distractors.",
      name="Lorenzo G. Battaglia",
      title="Hemoglobin A1c Interferences: Variants, Assay Selection, and Reporting Comments",
      date="2025-08-29", credits=2.0, unit="contact hour",
      provider=["Great Plains Association of Laboratory Professionals", "GPALP"], activity_id="BR-25-08-2")
def q33(n):
    st = "".join([
        fo_style("Org", size=15, bold=True, font="Nimbus Sans", color="#8a3b12"),
        fo_style("Jr", size=10.5, italic=True, font="Nimbus Roman", mb=26),
        fo_style("H1", size=22, font="Nimbus Roman", mb=18),
        fo_style("Fmt", size=10, bold=True, font="Nimbus Sans", color="#8a3b12", ls="0.08cm", caps=True, mb=2),
        fo_style("Ti", size=15, bold=True, font="Nimbus Roman", mb=22),
        fo_style("L", size=10.5, font="Nimbus Sans", align="right", bold=True),
        fo_style("V", size=10.5, font="Nimbus Sans", align="left"),
        fo_style("Fine", size=8.5, font="Nimbus Sans", align="justify", mt=20),
        fo_style("Sg", size=10, font="Nimbus Sans", align="left", mt=28),
        fo_cell_style("c", border="none", pad="0.04in"),
        fo_table_style("T", "6in", ["2.2in", "3.8in"]),
    ])
    rows = [("Participant:", "Lorenzo G. Battaglia, MLS(ASCP)"),
            ("Activity No.:", "BR-25-08-2"),
            ("Published in:", "The Bench Review, Vol. 41, No. 3 (Summer 2025)"),
            ("Date completed:", "August 29, 2025"),
            ("Post-test score:", "90% (passing 70%)"),
            ("Credit awarded:", "2.0 P.A.C.E.® contact hours"),
            ("GPALP member no.:", "11-40772")]
    tbl = fo_table("T", [[("c", fp("L", a)), ("c", fp("V", b))] for a, b in rows], 2)
    body = "".join([
        fp("Org", "Great Plains Association of Laboratory Professionals"),
        fp("Jr", "Publisher of The Bench Review"),
        fp("H1", "Certificate of Continuing Education"),
        fp("Fmt", "Self-Study"),
        fp("Ti", "Hemoglobin A1c Interferences: Variants, Assay Selection, and Reporting Comments"),
        tbl,
        fp("Fine", "The Great Plains Association of Laboratory Professionals (GPALP) is approved as a provider of continuing "
                   "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This self-study "
                   "offering expires July 31, 2026; requests for credit received after that date cannot be honored."),
        fp("Sg", "Wendell A. Krupa, MS, MLS(ASCP) — Continuing Education Editor, GPALP"),
    ])
    fo_save_convert(n, fo_doc(st, body, margin="0.9in"))


# =====================================================================================
#                                   PHP FPDF
# =====================================================================================

@cert("q05", style="labce", producer="fpdf",
      layout=["portrait", "two-column-labels", "logo-band", "license-distractor"],
      notes="Online course certificate with label/value block; Florida license no. and order no. are distractors.",
      name="Tomasz J. Wierzbicki",
      title="Urinalysis Sediment Identification: Casts, Crystals, and Look-Alikes",
      date="2026-01-22", credits=1.5, unit="contact hour",
      provider=["LabCE"], activity_id="1187")
def q05(n):
    php(n, FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(22, 20, 22);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(10, 125, 140);
$pdf->Rect(0, 0, 216, 34, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('Helvetica', 'B', 30);
$pdf->SetXY(22, 9); $pdf->Cell(80, 14, 'LabCE', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetXY(110, 12); $pdf->Cell(84, 6, t('Continuing education for laboratory professionals'), 0, 2, 'R');
$pdf->Cell(84, 6, 'www.labce.example', 0, 0, 'R');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Times', '', 28);
$pdf->SetXY(22, 52); $pdf->Cell(172, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12);
$pdf->Cell(172, 10, 'This certificate is awarded to', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24);
$pdf->Cell(172, 12, t('Tomasz J. Wierzbicki'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12);
$pdf->Cell(172, 10, 'for successful completion of the online course', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 15);
$pdf->SetX(32); $pdf->MultiCell(152, 8, t('Urinalysis Sediment Identification: Casts, Crystals, and Look-Alikes'), 0, 'C');
$pdf->Ln(10);
$rows = array(
  array('Course #:', '1187'),
  array('Date completed:', 'January 22, 2026'),
  array('Credit:', t('1.5 P.A.C.E.® contact hours')),
  array('Level:', 'Intermediate'),
  array('Florida license #:', 'CL 0049327'),
  array('Order #:', '5538120'),
);
foreach ($rows as $r) {
  $pdf->SetX(50);
  $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(45, 8, $r[0], 0, 0, 'L');
  $pdf->SetFont('Helvetica', '', 11);  $pdf->Cell(80, 8, $r[1], 0, 1, 'L');
}
$pdf->SetDrawColor(10, 125, 140);
$pdf->Line(22, 205, 194, 205);
$pdf->SetY(210);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->MultiCell(172, 4.5, t('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is accepted for the ASCP Board of Certification Credential Maintenance Program (CMP) and for Florida license renewal.'), 0, 'J');
$pdf->SetFont('Times', 'I', 18);
$pdf->SetXY(22, 236); $pdf->Cell(80, 8, 'Hollis Varga', 0, 1, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->Line(22, 245, 100, 245);
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(22, 246); $pdf->Cell(90, 5, 'Hollis Varga, MLS(ASCP), Director of Content', 0, 1, 'L');
$pdf->Output('F', $argv[1]);
""")


@cert("q16", style="state-society", producer="fpdf",
      layout=["portrait", "bilingual-en-fr", "title-in-quotes", "two-column-labels", "double-border"],
      notes="English/French state society certificate (Louisiana Acadian society); only the title is English-only and in curly quotes; labels are bilingual. Member no. is a distractor.",
      name="Marie-Claude Thibodeaux",
      title="Hemostasis Case Studies: Interpreting Mixing Studies and Factor Assays",
      date="2025-11-07", credits=1.5, unit="contact hour",
      provider=["Acadiana Clinical Laboratory Society", "Société acadienne des sciences de laboratoire clinique", "ACLaS"],
      activity_id="ACLaS-25-117")
def q16(n):
    php(n, FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(88, 24, 69);
$pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 196, 259.4);
$pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, 190, 253.4);
$pdf->SetTextColor(88, 24, 69);
$pdf->SetFont('Times', 'B', 17);
$pdf->SetXY(20, 24); $pdf->Cell(176, 8, 'Acadiana Clinical Laboratory Society', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13);
$pdf->SetX(20); $pdf->Cell(176, 7, t('Société acadienne des sciences de laboratoire clinique'), 0, 1, 'C');
$pdf->SetFont('Times', '', 10);
$pdf->SetX(20); $pdf->Cell(176, 6, t('ACLaS · Lafayette, Louisiana'), 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', '', 24);
$pdf->SetXY(20, 60); $pdf->Cell(176, 11, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 18);
$pdf->SetX(20); $pdf->Cell(176, 9, 'Attestation de participation', 0, 1, 'C');
$pdf->Ln(8);
$pdf->SetFont('Times', '', 12);
$pdf->SetX(20); $pdf->Cell(176, 7, t('This is to certify that / Nous attestons que'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24);
$pdf->SetX(20); $pdf->Cell(176, 14, t('Marie-Claude Thibodeaux'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12);
$pdf->SetX(20); $pdf->Cell(176, 7, t('attended the session / a assisté à la séance'), 0, 1, 'C');
$pdf->Ln(3);
$pdf->SetFont('Times', 'B', 16);
$pdf->SetX(30); $pdf->MultiCell(156, 8, t('“Hemostasis Case Studies: Interpreting Mixing Studies and Factor Assays”'), 0, 'C');
$pdf->Ln(10);
$rows = array(
  array(t("Activity No. / N° d'activité :"), 'ACLaS-25-117'),
  array('Date :', t('November 7, 2025 / le 7 novembre 2025')),
  array(t('Contact hours / Heures de contact :'), t('1.5 P.A.C.E.®')),
  array(t('Member ID / N° de membre :'), '30-0612'),
);
foreach ($rows as $r) {
  $pdf->SetX(28);
  $pdf->SetFont('Times', 'B', 11.5); $pdf->Cell(74, 8, $r[0], 0, 0, 'R');
  $pdf->SetFont('Times', '', 11.5);  $pdf->Cell(90, 8, '  ' . $r[1], 0, 1, 'L');
}
$pdf->SetXY(24, 200);
$pdf->SetFont('Times', '', 9);
$pdf->MultiCell(168, 4.4, t('The Acadiana Clinical Laboratory Society is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->Ln(1.5);
$pdf->SetX(24);
$pdf->SetFont('Times', 'I', 9);
$pdf->MultiCell(168, 4.4, t("La Société acadienne des sciences de laboratoire clinique est reconnue comme fournisseur de formation continue en sciences de laboratoire clinique par le programme ASCLS P.A.C.E.®."), 0, 'C');
$pdf->SetDrawColor(30, 30, 30); $pdf->SetLineWidth(0.3);
$pdf->Line(30, 240, 95, 240); $pdf->Line(121, 240, 186, 240);
$pdf->SetFont('Times', '', 9.5);
$pdf->SetXY(30, 241); $pdf->MultiCell(65, 4.5, t("Pierre-Luc Broussard, MLS(ASCP)\nPresident / Président"), 0, 'C');
$pdf->SetXY(121, 241); $pdf->MultiCell(65, 4.5, t("Anne-Sophie Guidry, MS, MLS(ASCP)\nCE Chair / Responsable de la FC"), 0, 'C');
$pdf->Output('F', $argv[1]);
""")


@cert("q24", style="amt", producer="fpdf",
      layout=["landscape", "all-caps-name", "boxed-fields", "border", "expiry-distractor"],
      notes="AMT online course; name printed in ALL CAPS with an accented capital; 'STEP Course ID' label. Certificate no. and 'record retained until' date are distractors.",
      name="DEVONTÉ R. WASHINGTON",
      title="Laboratory Ethics and Patient Confidentiality: 2026 HIPAA Update",
      date="2026-01-05", credits=1.0, unit="CE hour",
      provider=["American Medical Technologists", "AMT"], activity_id="26-1034")
def q24(n):
    php(n, FPDF_HEAD + r"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(0, 51, 102); $pdf->SetLineWidth(2); $pdf->Rect(8, 8, 263.4, 199.9);
$pdf->SetFillColor(0, 51, 102); $pdf->Rect(8, 8, 263.4, 26, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(16, 13); $pdf->Cell(40, 14, 'AMT', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 13); $pdf->SetXY(50, 13); $pdf->Cell(120, 14, 'American Medical Technologists', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(170, 13); $pdf->Cell(94, 14, 'Certificate No. AMT-CE-0104-55831', 0, 0, 'R');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetXY(8, 46); $pdf->Cell(263.4, 12, 'CERTIFICATE OF COMPLETION', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetX(8); $pdf->Cell(263.4, 8, 'Continuing Education  |  Online Course', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 28); $pdf->SetXY(8, 70); $pdf->Cell(263.4, 14, t('DEVONTÉ R. WASHINGTON'), 0, 1, 'C');
$pdf->SetDrawColor(150, 150, 150); $pdf->SetLineWidth(0.3); $pdf->Line(70, 86, 209.4, 86);
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(8, 88); $pdf->Cell(263.4, 7, 'has completed the course', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 16); $pdf->SetX(8); $pdf->Cell(263.4, 10, 'Laboratory Ethics and Patient Confidentiality: 2026 HIPAA Update', 0, 1, 'C');
// boxed fields
$boxes = array(
  array('STEP Course ID', '26-1034'),
  array('Completion Date', '01/05/2026'),
  array('CE Hours', '1.0'),
  array('Record retained until', '01/05/2029'),
);
$x = 28; $w = 54; $y = 118;
foreach ($boxes as $b) {
  $pdf->SetDrawColor(0, 51, 102); $pdf->Rect($x, $y, $w, 20);
  $pdf->SetFont('Helvetica', '', 8); $pdf->SetXY($x, $y + 2); $pdf->Cell($w, 5, $b[0], 0, 2, 'C');
  $pdf->SetFont('Helvetica', 'B', 13); $pdf->Cell($w, 9, $b[1], 0, 0, 'C');
  $x += $w + 2.5;
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(28, 148);
$pdf->MultiCell(223.4, 4.3, 'American Medical Technologists (AMT) awards 1.0 CE hour for successful completion of this course and the post-test (passing score 80%). CE hours are recorded on the member\'s AMT transcript and may be reported for certification maintenance.', 0, 'C');
$pdf->SetFont('Times', 'I', 17); $pdf->SetXY(170, 170); $pdf->Cell(80, 8, 'Sharon E. Mbeki', 0, 1, 'C');
$pdf->Line(170, 179, 250, 179);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(170, 180); $pdf->MultiCell(80, 4.2, "Sharon E. Mbeki, MT(AMT)\nDirector, Continuing Education", 0, 'C');
$pdf->Output('F', $argv[1]);
""")


@cert("q34", style="vendor-training", producer="fpdf",
      layout=["portrait", "two-column-labels", "boxed-form", "date-range", "serial-number-distractor"],
      notes="Instrument-vendor key-operator course at the customer site; two-day range (last day is the date). Instrument serial no. and customer account no. are distractors.",
      name="Hannah M. Lindqvist",
      title="Corvid AX-7 Blood Gas System: Key Operator Course",
      date="2026-03-25", credits=8.0, unit="CE hour",
      provider=["Corvid Instruments LLC"], activity_id="CI-KOT-0326")
def q34(n):
    php(n, FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Courier', 'B', 20);
$pdf->SetXY(20, 18); $pdf->Cell(100, 10, 'CORVID', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(110, 16); $pdf->MultiCell(86, 4.4, "Corvid Instruments LLC\nCustomer Training Center\n2200 Meridian Parkway, Durham, NC 27713", 0, 'R');
$pdf->SetDrawColor(40, 40, 40); $pdf->SetLineWidth(0.8); $pdf->Line(20, 34, 196, 34);
$pdf->SetFont('Helvetica', 'B', 22);
$pdf->SetXY(20, 46); $pdf->Cell(176, 10, 'Training Completion Certificate', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10.5);
$pdf->SetX(20); $pdf->Cell(176, 7, 'Issued by Corvid Instruments LLC to the operator named below.', 0, 1, 'L');
$pdf->Ln(6);
$rows = array(
  array('Operator', t('Hannah M. Lindqvist, MLS(ASCP)')),
  array('Course', 'Corvid AX-7 Blood Gas System: Key Operator Course'),
  array('Class ID', 'CI-KOT-0326'),
  array('Training dates', 'March 24-25, 2026'),
  array('Training site', 'Pinecrest General Hospital, Asheville, NC'),
  array('Instrument serial no.', 'AX7-21-003518'),
  array('Customer account no.', '0040-77812'),
  array('CE hours awarded', '8.0'),
);
$pdf->SetLineWidth(0.2);
foreach ($rows as $r) {
  $y = $pdf->GetY();
  $pdf->SetFillColor(235, 235, 235);
  $pdf->SetFont('Helvetica', 'B', 10); $pdf->SetX(20); $pdf->Cell(50, 10, '  ' . $r[0], 1, 0, 'L', true);
  $pdf->SetFont('Helvetica', '', 11);  $pdf->Cell(126, 10, '  ' . $r[1], 1, 1, 'L');
}
$pdf->Ln(8);
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetX(20);
$pdf->MultiCell(176, 5, 'The operator attended both days of instruction, completed the hands-on competency assessment, and is qualified to train other operators at the facility listed above. Corvid Instruments LLC awards 8.0 CE hours for this course (one CE hour per 60 minutes of instruction).', 0, 'J');
$pdf->Ln(16);
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetX(20); $pdf->Cell(80, 5, '_________________________________', 0, 0, 'L'); $pdf->Cell(96, 5, '_________________________________', 0, 1, 'L');
$pdf->SetX(20); $pdf->Cell(80, 5, 'Kofi B. Mensah, Clinical Applications Specialist', 0, 0, 'L'); $pdf->Cell(96, 5, 'Certificate printed 03/27/2026', 0, 1, 'L');
$pdf->Output('F', $argv[1]);
""")


@cert("q37", style="reference-lab", producer="fpdf",
      layout=["portrait", "two-column-labels", "three-line-title", "acronym-header"],
      notes="Reference-laboratory lunch-and-learn; long title wraps onto three lines in the value column. Registration no. is a distractor.",
      name="Adebayo T. Olatunji",
      title="Pharmacogenomics Testing in the Reference Laboratory Setting: Assay Design, Result Interpretation, Reporting Requirements, and Communicating Actionable Findings to Prescribers",
      date="2025-09-30", credits=1.5, unit="contact hour",
      provider=["Cobalt Ridge Reference Laboratory", "CRRL"], activity_id="CRRL-PGX-0930")
def q37(n):
    php(n, FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(28, 57, 110); $pdf->Rect(0, 0, 14, 279.4, 'F');
$pdf->SetTextColor(28, 57, 110);
$pdf->SetFont('Helvetica', 'B', 34); $pdf->SetXY(26, 20); $pdf->Cell(60, 14, 'CRRL', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 12); $pdf->SetX(26); $pdf->Cell(160, 6, 'Cobalt Ridge Reference Laboratory', 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 26); $pdf->SetXY(26, 58); $pdf->Cell(170, 12, 'Certificate of Continuing Education', 0, 1, 'L');
$pdf->SetFont('Times', 'I', 12); $pdf->SetX(26); $pdf->Cell(170, 8, 'Lunch & Learn Education Series', 0, 1, 'L');
$pdf->Ln(10);
function row($pdf, $label, $value, $bold = false) {
  $pdf->SetX(26);
  $pdf->SetFont('Helvetica', 'B', 10.5); $pdf->Cell(44, 7, $label, 0, 0, 'L');
  $pdf->SetFont('Helvetica', $bold ? 'B' : '', 10.5);
  $pdf->MultiCell(120, 7, $value, 0, 'L');
  $pdf->Ln(2);
}
row($pdf, 'Awarded to', t('Adebayo T. Olatunji, MB(ASCP)CM'), true);
row($pdf, 'Program title', 'Pharmacogenomics Testing in the Reference Laboratory Setting: Assay Design, Result Interpretation, Reporting Requirements, and Communicating Actionable Findings to Prescribers');
row($pdf, 'Program ID', 'CRRL-PGX-0930');
row($pdf, 'Date attended', 'September 30, 2025');
row($pdf, 'Delivery', 'Live (in person and virtual)');
row($pdf, 'Contact hours', t('1.5 P.A.C.E.® contact hours'));
row($pdf, 'Registration no.', 'R-250930-0187');
$pdf->Ln(6);
$pdf->SetX(26); $pdf->SetFont('Helvetica', '', 9);
$pdf->MultiCell(165, 4.6, t('Cobalt Ridge Reference Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Participants must attend the entire session and complete the evaluation to receive credit.'), 0, 'L');
$pdf->SetXY(26, 236); $pdf->SetFont('Times', 'I', 16); $pdf->Cell(80, 8, 'Noor Haddad', 0, 1, 'L');
$pdf->Line(26, 245, 100, 245);
$pdf->SetX(26); $pdf->SetFont('Helvetica', '', 9); $pdf->SetY(246); $pdf->SetX(26);
$pdf->MultiCell(100, 4.4, "Noor Haddad, PhD, FACMG\nScientific Director, Pharmacogenomics", 0, 'L');
$pdf->Output('F', $argv[1]);
""")


# =====================================================================================
#                                   PHP TCPDF
# =====================================================================================

@cert("q03", style="cap", producer="tcpdf",
      layout=["portrait", "format-line", "credit-table", "claimed-vs-maximum", "joint-accreditation"],
      notes="CAP enduring material; 'Enduring Material' printed on its own line above the title; table of maximum vs claimed credits where AMA PRA is not claimed and CE hours are 1.25 of 1.50. Customer no. and print date are distractors.",
      name="Priya Venkataraman-Cole",
      title="Competency Assessment Under CLIA: What Inspectors Look For and How to Document It",
      date="2025-11-18", credits=1.25, unit="CE hour",
      provider=["College of American Pathologists", "CAP"], activity_id="CAP-LA-25-3307")
def q03(n):
    html_body = """
<table cellpadding="5" border="1" style="border-color:#7f9db9">
<tr style="background-color:#dfe9f3;font-weight:bold"><td width="300">Credit designation</td><td width="90" align="right">Maximum</td><td width="90" align="right">Claimed</td></tr>
<tr><td>AMA PRA Category 1 Credits™ (physicians)</td><td align="right">1.50</td><td align="right">0.00</td></tr>
<tr><td>CE hours (laboratory professionals)</td><td align="right">1.50</td><td align="right"><b>1.25</b></td></tr>
</table>"""
    php(n, TCPDF_HEAD + r"""
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 50, 60); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('CAP Learning Transcript Service');
$pdf->AddPage();
$pdf->SetFillColor(0, 85, 140); $pdf->Rect(0, 0, 612, 14, 'F');
$pdf->SetTextColor(0, 85, 140);
$pdf->SetFont('helvetica', 'B', 34); $pdf->SetXY(60, 40); $pdf->Cell(120, 40, 'CAP', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(180, 46); $pdf->Cell(372, 16, 'College of American Pathologists', 0, 2, 'R');
$pdf->SetFont('helvetica', '', 10); $pdf->Cell(372, 14, 'CAP Learning', 0, 0, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('times', '', 30); $pdf->SetXY(60, 120); $pdf->Cell(492, 34, 'Statement of Credit', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetX(60); $pdf->Cell(492, 22, 'Presented to', 0, 1, 'C');
$pdf->SetFont('times', 'B', 22); $pdf->SetX(60); $pdf->Cell(492, 30, 'Priya Venkataraman-Cole, MLS(ASCP)CM', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetX(60); $pdf->Cell(492, 22, 'for completing the online activity', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 9); $pdf->SetTextColor(0, 85, 140);
$pdf->SetX(60); $pdf->Cell(492, 18, 'ENDURING MATERIAL', 0, 1, 'C', false, '', 0, false, 'T', 'M');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('helvetica', 'B', 15); $pdf->SetX(90);
$pdf->MultiCell(432, 20, 'Competency Assessment Under CLIA: What Inspectors Look For and How to Document It', 0, 'C', false, 1);
$pdf->Ln(10);
$pdf->SetFont('helvetica', '', 10.5);
$pdf->SetX(110); $pdf->Cell(150, 16, 'Activity code:', 0, 0, 'L'); $pdf->Cell(200, 16, 'CAP-LA-25-3307', 0, 1, 'L');
$pdf->SetX(110); $pdf->Cell(150, 16, 'Completion date:', 0, 0, 'L'); $pdf->Cell(200, 16, '11/18/2025', 0, 1, 'L');
$pdf->SetX(110); $pdf->Cell(150, 16, 'Customer #:', 0, 0, 'L'); $pdf->Cell(200, 16, '4471902', 0, 1, 'L');
$pdf->Ln(10);
$pdf->SetFont('helvetica', '', 10);
$pdf->SetX(66);
$pdf->writeHTML(""" + php_s(html_body) + r""", true, false, false, false, '');
$pdf->Ln(8);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetX(60);
$pdf->MultiCell(492, 11, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 0, 'L', false, 1);
$pdf->Ln(4); $pdf->SetX(60);
$pdf->MultiCell(492, 11, 'The CAP designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits™ and for a maximum of 1.5 CE hours for laboratory professionals. Participants should claim only the credit commensurate with the extent of their participation in the activity.', 0, 'L', false, 1);
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(60, 742); $pdf->Cell(492, 12, 'Printed on 12/02/2025 from the CAP Learning transcript', 0, 0, 'R');
$pdf->Output($argv[1], 'F');
""")


@cert("q10", style="vendor-training", producer="tcpdf",
      layout=["landscape", "labels-above-values", "column-grid", "date-range", "serial-number-distractor", "two-signatures"],
      notes="Vendor field-application on-site operator training; labels above values in a row of columns; two-day range. Instrument S/N and facility are distractors.",
      name="Wen-Li Chao",
      title="Halcyon HX-900 Hematology Analyzer: Key Operator Training",
      date="2025-10-09", credits=12.0, unit="contact hour",
      provider=["Halcyon Diagnostics, Inc.", "Halcyon Diagnostics, Inc., Field Application Services"],
      activity_id="FAS-HX9-25-118")
def q10(n):
    php(n, TCPDF_HEAD + r"""
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(196, 90, 17)));
$pdf->Rect(10, 10, 259.4, 195.9);
$pdf->SetTextColor(196, 90, 17);
$pdf->SetFont('dejavusans', 'B', 18); $pdf->SetXY(20, 18); $pdf->Cell(140, 10, 'Halcyon Diagnostics, Inc.', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetTextColor(80, 80, 80); $pdf->Cell(140, 6, 'Field Application Services', 0, 0, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 30); $pdf->SetXY(20, 48); $pdf->Cell(239.4, 14, 'Certificate of Training', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetX(20); $pdf->Cell(239.4, 9, 'awarded for completion of on-site instrument training', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 17); $pdf->SetXY(20, 74); $pdf->Cell(239.4, 10, 'Halcyon HX-900 Hematology Analyzer: Key Operator Training', 0, 1, 'C');
function col($pdf, $x, $y, $w, $label, $value, $size = 12) {
  $pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(196, 90, 17);
  $pdf->SetXY($x, $y); $pdf->Cell($w, 5, $label, 'B', 2, 'L');
  $pdf->SetFont('dejavusans', '', $size); $pdf->SetTextColor(20, 20, 20);
  $pdf->Cell($w, 8, $value, 0, 0, 'L');
}
col($pdf, 30, 98, 100, 'PARTICIPANT', 'Wen-Li Chao, MLS(ASCP)', 15);
col($pdf, 145, 98, 105, 'FACILITY', 'Mesa Verde Community Hospital, Durango, CO', 11);
col($pdf, 30, 124, 50, 'TRAINING ID', 'FAS-HX9-25-118');
col($pdf, 88, 124, 54, 'TRAINING DATES', 'October 8–9, 2025');
col($pdf, 150, 124, 44, 'CONTACT HOURS', '12.0 P.A.C.E.®');
col($pdf, 202, 124, 48, 'INSTRUMENT S/N', 'HX9-0042177');
$pdf->SetFont('dejavusans', '', 8); $pdf->SetXY(30, 146);
$pdf->MultiCell(220, 4.2, 'Halcyon Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This program is approved for 12.0 P.A.C.E.® contact hours.', 0, 'C', false, 1);
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(40, 40, 40)));
$pdf->Line(30, 182, 120, 182); $pdf->Line(160, 182, 250, 182);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(30, 183); $pdf->MultiCell(90, 4.2, "Derek S. Mulroney, MLS(ASCP)\nField Application Specialist", 0, 'L', false, 1);
$pdf->SetXY(160, 183); $pdf->MultiCell(90, 4.2, "Yolanda Pierce-Anand\nManager, Field Application Services", 0, 'L', false, 1);
$pdf->Output($argv[1], 'F');
""")


@cert("q22", style="adlm-accent", producer="tcpdf",
      layout=["portrait", "centred-award", "accent-credits", "member-id-distractor"],
      notes="ADLM online activity with ACCENT contact hours; name with Irish diacritics. Member no. and issue date are distractors.",
      name="Siobhán Ní Bhriain",
      title="Troponin Assays and the 0/1-Hour Algorithm: What the Laboratory Needs to Know",
      date="2026-02-09", credits=1.5, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="5290-26")
def q22(n):
    php(n, TCPDF_HEAD + r"""
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 122, 94); $pdf->Rect(0, 0, 215.9, 48, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 28); $pdf->SetXY(20, 12); $pdf->Cell(175.9, 12, 'ADLM', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetX(20); $pdf->Cell(175.9, 8, 'Association for Diagnostics & Laboratory Medicine', 0, 1, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('dejavuserif', '', 26); $pdf->SetXY(20, 66); $pdf->Cell(175.9, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->Ln(6);
$pdf->SetFont('dejavuserif', 'I', 11.5); $pdf->SetX(20); $pdf->Cell(175.9, 8, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->SetX(20); $pdf->Cell(175.9, 14, 'Siobhán Ní Bhriain', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 11.5); $pdf->SetX(20); $pdf->Cell(175.9, 8, 'has completed the online learning activity', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('dejavusans', 'B', 14); $pdf->SetX(30);
$pdf->MultiCell(155.9, 7.5, 'Troponin Assays and the 0/1-Hour Algorithm: What the Laboratory Needs to Know', 0, 'C', false, 1);
$pdf->Ln(8);
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetX(20); $pdf->Cell(175.9, 7, 'Completed on February 9, 2026', 0, 1, 'C');
$pdf->SetX(20); $pdf->Cell(175.9, 7, 'ACCENT® activity no. 5290-26', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 13);
$pdf->SetX(20); $pdf->Cell(175.9, 10, '1.5 ACCENT® contact hours', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(28, 196);
$pdf->MultiCell(159.9, 4.3, 'The Association for Diagnostics & Laboratory Medicine (ADLM) designates this activity for a maximum of 1.5 ACCENT® contact hours. ADLM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Claim only the credit commensurate with your participation.', 0, 'C', false, 1);
$pdf->SetDrawColor(60, 60, 60);
$pdf->Line(28, 236, 98, 236);
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetXY(28, 237);
$pdf->MultiCell(80, 4.2, "Carlos M. Ibáñez, PhD, DABCC\nChair, ADLM Education Core Committee", 0, 'L', false, 1);
$pdf->SetXY(120, 237);
$pdf->MultiCell(68, 4.2, "Member no. 00218733\nIssued 02/10/2026", 0, 'R', false, 1);
$pdf->Output($argv[1], 'F');
""")


@cert("q29", style="joint-accreditation-cme", producer="tcpdf",
      layout=["portrait", "credit-table", "claimed-vs-maximum", "meeting-attendance", "date-range", "joint-accreditation"],
      notes="Two-day health-system conference with AMA PRA, ANCC, ACPE and P.A.C.E. maxima; the learner claimed 7.75 of 8.50 P.A.C.E. contact hours. Title is the conference name. Registration no. and issue date are distractors.",
      name="Gabriela M. Fuentes-Ortiz", title="18th Annual Transfusion Medicine Update",
      date="2026-03-06", credits=7.75, unit="contact hour",
      provider=["Lakeshore Health", "Lakeshore Health, Office of Continuing Professional Development"],
      activity_id="LH-26-TMU-018")
def q29(n):
    tbl = """
<table cellpadding="4" border="0.5">
<tr style="background-color:#e8e1d0;font-weight:bold"><td width="250">Credit type</td><td width="110" align="center">Maximum designated</td><td width="110" align="center">Credits claimed</td></tr>
<tr><td>AMA PRA Category 1 Credits™</td><td align="center">10.25</td><td align="center">—</td></tr>
<tr><td>ANCC nursing contact hours</td><td align="center">10.25</td><td align="center">—</td></tr>
<tr><td>ACPE contact hours (0.6 CEU)</td><td align="center">6.00</td><td align="center">—</td></tr>
<tr><td>P.A.C.E.® contact hours (laboratory)</td><td align="center">8.50</td><td align="center"><b>7.75</b></td></tr>
</table>"""
    php(n, TCPDF_HEAD + r"""
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(64, 54, 64); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('times', 'B', 20); $pdf->SetTextColor(96, 72, 24);
$pdf->SetXY(64, 50); $pdf->Cell(484, 24, 'Lakeshore Health', 0, 1, 'L');
$pdf->SetFont('times', '', 12); $pdf->SetTextColor(60, 60, 60);
$pdf->SetX(64); $pdf->Cell(484, 16, 'Office of Continuing Professional Development', 0, 1, 'L');
$pdf->SetLineStyle(array('width' => 1.5, 'color' => array(96, 72, 24))); $pdf->Line(64, 96, 548, 96);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('times', '', 26); $pdf->SetXY(64, 124); $pdf->Cell(484, 30, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('times', 'B', 22); $pdf->SetX(64); $pdf->Cell(484, 34, 'Gabriela M. Fuentes-Ortiz, MS, MLS(ASCP)SBB', 0, 1, 'C');
$pdf->SetFont('times', '', 12); $pdf->SetX(64); $pdf->Cell(484, 18, 'attended', 0, 1, 'C');
$pdf->SetFont('times', 'B', 17); $pdf->SetX(64); $pdf->Cell(484, 24, '18th Annual Transfusion Medicine Update', 0, 1, 'C');
$pdf->SetFont('times', '', 12); $pdf->SetX(64); $pdf->Cell(484, 18, 'March 5–6, 2026 · Lakeshore Conference Center, Milwaukee, Wisconsin', 0, 1, 'C');
$pdf->SetX(64); $pdf->Cell(484, 18, 'Activity ID: LH-26-TMU-018', 0, 1, 'C');
$pdf->Ln(12);
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetX(70);
$pdf->writeHTML(""" + php_s(tbl) + r""", true, false, false, false, '');
$pdf->Ln(6);
$pdf->SetFont('times', '', 9);
$pdf->SetX(64);
$pdf->MultiCell(484, 11, 'In support of improving patient care, Lakeshore Health is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Lakeshore Health designates this live activity for a maximum of 10.25 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 0, 'L', false, 1);
$pdf->Ln(4); $pdf->SetX(64);
$pdf->MultiCell(484, 11, 'Lakeshore Health is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for a maximum of 8.50 P.A.C.E.® contact hours; the figure claimed above reflects the sessions this participant attended.', 0, 'L', false, 1);
$pdf->SetFont('times', '', 9.5);
$pdf->SetXY(64, 690); $pdf->Cell(240, 12, 'Registration No. 26TMU-00391', 0, 0, 'L');
$pdf->Cell(244, 12, 'Issued March 20, 2026', 0, 1, 'R');
$pdf->SetX(64); $pdf->Cell(484, 12, 'Dr. Lionel K. Asante, MD, Medical Director, Continuing Professional Development', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
""")


# =====================================================================================
#                                   GHOSTSCRIPT (hand-written PostScript)
# =====================================================================================

def ps_lines(lines, font, size, x, y, leading, proc="C"):
    out = [f"/{font} {size} F"]
    for ln in lines:
        out.append(f"{x} {y:.1f} {pss(ln)} {proc}")
        y -= leading
    return "\n".join(out), y


@cert("q06", style="medialab", producer="ghostscript",
      layout=["landscape", "centred-award", "all-caps-name", "letter-spaced-name", "border", "expiry-distractor"],
      notes="Compliance course from MediaLab; ALL-CAPS, letter-spaced name; '(2026 Edition)' is part of the title. Score, certificate # and 'valid through' date are distractors.",
      name="LAKEISHA M. PRUITT-DAWSON",
      title="Bloodborne Pathogens Safety for Laboratory Personnel (2026 Edition)",
      date="2026-02-02", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="BBP-26")
def q06(n):
    W, Hh = 792, 612
    body = f"""
0.10 0.30 0.55 rgb 6 setlinewidth 24 24 744 564 box stroke
1.2 setlinewidth 34 34 724 544 box stroke
0 0 0 rgb
/HB 26 F 396 530 {pss("MediaLab")} C
/HR 10 F 396 514 {pss("MediaLab, Inc.  |  Compliance & Continuing Education")} C
/TR 36 F 396 450 {pss("Certificate of Completion")} C
/TI 13 F 396 418 {pss("awarded to")} C
0.10 0.30 0.55 rgb
/TB 25 F 396 380 3.2 {pss("LAKEISHA M. PRUITT-DAWSON")} CS
0 0 0 rgb
/TI 13 F 396 348 {pss("for successful completion of the course")} C
/HB 17 F 396 318 {pss("Bloodborne Pathogens Safety for Laboratory Personnel (2026 Edition)")} C
/HR 11.5 F 396 284 {pss("Course Code: BBP-26     Completed: 02/02/2026     Credit: 1.0 P.A.C.E.® contact hour")} C
/HR 10 F 396 266 {pss("Score: 95%     Certificate #: ML-26-00391847")} C
/HO 9.5 F 396 240 {pss("Fulfills the annual OSHA bloodborne pathogens training requirement; valid through 02/02/2027.")} C
/HR 8.5 F 396 96 {pss("MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences")} C
396 85 {pss("by the ASCLS P.A.C.E.® Program.")} C
0.3 setlinewidth 96 150 220 hline
/ZC 20 F 206 156 {pss("Bethany Kowalski")} C
/HR 9 F 206 138 {pss("Bethany Kowalski, MT(ASCP)")} C
206 127 {pss("Director of Compliance Education")} C
"""
    ghostscript(n, body, W, Hh)


@cert("q11", style="webinar", producer="ghostscript",
      layout=["portrait", "format-line", "italic-species-name", "one-sentence-credit", "registration-distractor"],
      notes="Society live webinar; 'LIVE WEBINAR' on its own line above the title; title begins with an italic organism name. Registration # and issue date are distractors.",
      name="Francesca D'Amato",
      title="Candida auris Screening: Laboratory Workflows That Work",
      date="2026-02-25", credits=1.0, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"], activity_id="W26-0225-CA")
def q11(n):
    para = ("attended the live webinar on February 25, 2026 and is awarded 1.0 P.A.C.E.® contact hour "
            "of continuing education credit.")
    lines = ps_wrap(para, "TR", 13, 420)
    ptxt, y = ps_lines(lines, "TR", 13, 306, 392, 18)
    stmt = ("ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
            "ASCLS P.A.C.E.® Program. Credit is awarded for live attendance of at least 55 minutes.")
    stxt, _ = ps_lines(ps_wrap(stmt, "HR", 8.5, 440), "HR", 8.5, 306, 150, 11)
    # title: italic species + roman remainder, centred together
    t1, t2 = "Candida auris", " Screening: Laboratory Workflows That Work"
    body = f"""
0.0 0.35 0.45 rgb 0 700 612 92 box fill
1 1 1 rgb /HB 34 F 60 736 {pss("ASM")} L
/HR 12 F 150 748 {pss("American Society for Microbiology")} L
/HR 9.5 F 150 733 {pss("Professional Development  |  Washington, DC")} L
0 0 0 rgb
/PR 30 F 306 620 {pss("Certificate of Attendance")} C
0.0 0.35 0.45 rgb /HB 10 F 306 580 2.5 {pss("LIVE WEBINAR")} CS
0 0 0 rgb
/TBI 17 F {pss(t1)} stringwidth pop /w1 exch def
/TB 17 F {pss(t2)} stringwidth pop /w2 exch def
306 w1 w2 add 2 div sub 556 moveto /TBI 17 F {pss(t1)} show /TB 17 F {pss(t2)} show
/TI 12 F 306 500 {pss("This certifies that")} C
/TB 24 F 306 466 {pss("Francesca D'Amato, M(ASCP)")} C
{ptxt}
/HR 10.5 F 306 320 {pss("Webinar ID: W26-0225-CA")} C
306 304 {pss("Registration #: 88104-552")} C
0.4 setlinewidth 86 230 180 hline 346 230 180 hline
/HR 9 F 176 216 {pss("Dana K. Whitford, PhD, D(ABMM)")} C
176 205 {pss("Chair, Clinical Education Committee")} C
436 216 {pss("Date issued: 02/26/2026")} C
{stxt}
"""
    ghostscript(n, body, 612, 792)


@cert("q23", style="webinar", producer="ghostscript",
      layout=["portrait", "two-column-labels", "non-ascii-name", "member-distractor"],
      notes="Histotechnology society webinar; name with Danish ø; label/value block with CE hours. Member # and print date are distractors.",
      name="Ingrid L. Sørensen",
      title="Decalcification Artifacts in Bone Marrow and Bone Biopsies: Prevention and Troubleshooting",
      date="2025-12-10", credits=1.0, unit="CE hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="W-2512-10")
def q23(n):
    title = "Decalcification Artifacts in Bone Marrow and Bone Biopsies: Prevention and Troubleshooting"
    tl = ps_wrap(title, "HB", 12, 330)
    rows = [("Participant", ["Ingrid L. Sørensen, HT(ASCP)"]),
            ("Webinar title", tl),
            ("Webinar No.", ["W-2512-10"]),
            ("Broadcast date", ["December 10, 2025"]),
            ("CE hours", ["1.0"]),
            ("Member #", ["71-2290"])]
    out = []
    y = 520
    for lab, vals in rows:
        out.append(f"/HB 11 F 96 {y} {pss(lab + ':')} L")
        f = "/HB 12 F" if lab == "Webinar title" else "/HR 12 F"
        for v in vals:
            out.append(f"{f} 226 {y} {pss(v)} L")
            y -= 16
        y -= 12
    stmt = ("The National Society for Histotechnology (NSH) is approved as a provider of continuing education programs "
            "in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This webinar is approved for 1.0 CE hour.")
    stxt, _ = ps_lines(ps_wrap(stmt, "HR", 9, 420), "HR", 9, 96, 200, 12, proc="L")
    body = f"""
0.45 0.12 0.42 rgb 0 0 40 792 box fill 572 0 40 792 box fill
0 0 0 rgb
/NB 21 F 306 730 {pss("National Society for Histotechnology")} C
/NR 11 F 306 712 {pss("NSH  |  Education Department")} C
0.45 0.12 0.42 rgb 1.5 setlinewidth 96 695 420 hline 0 0 0 rgb
/NR 28 F 306 640 {pss("Continuing Education Certificate")} C
/NI 12 F 306 612 {pss("Webinar attendance")} C
{chr(10).join(out)}
{stxt}
/NR 9 F 96 120 {pss("Certificate printed 12/11/2025")} L
/NI 16 F 516 128 {pss("Rosalind Achterberg")} R
0.4 setlinewidth 336 122 180 hline
/NR 9 F 516 110 {pss("Rosalind Achterberg, HTL(ASCP), Education Chair")} R
"""
    ghostscript(n, body, 612, 792)


@cert("q30", style="public-health-lab", producer="ghostscript",
      layout=["landscape", "labels-above-values", "series-prefix-title", "seal", "signature-block"],
      notes="State public health laboratory sentinel-lab training; the 'LRN Sentinel Level Training:' series prefix is on the title line and part of the title. Print date is a distractor.",
      name="Emily Rose Vanderhoek",
      title="LRN Sentinel Level Training: Rule-Out and Referral of Bioterrorism Agents",
      date="2026-02-20", credits=3.5, unit="contact hour",
      provider=["Great Basin State Public Health Laboratory", "GBSPHL"], activity_id="SLT-2026-02")
def q30(n):
    cols = [("COURSE NO.", "SLT-2026-02", 110), ("TRAINING DATE", "February 20, 2026", 270),
            ("P.A.C.E.® CONTACT HOURS", "3.5", 450), ("FORMAT", "Wet workshop, BSL-2", 610)]
    colps = []
    for lab, val, xx in cols:
        colps.append(f"/HR 7.5 F {xx} 236 {pss(lab)} L 0.3 setlinewidth {xx} 232 140 hline /HB 13 F {xx} 214 {pss(val)} L")
    stmt = ("The Great Basin State Public Health Laboratory (GBSPHL) is approved as a provider of continuing education "
            "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.")
    stxt, _ = ps_lines(ps_wrap(stmt, "TR", 9, 560), "TR", 9, 396, 168, 11)
    body = f"""
0.55 0.40 0.10 rgb 3 setlinewidth 30 30 732 552 box stroke
0.8 setlinewidth 38 38 716 536 box stroke
% seal
gsave 680 500 translate 0.55 0.40 0.10 rgb newpath 0 0 44 0 360 arc fill
1 1 1 rgb newpath 0 0 38 0 360 arc 1 setlinewidth stroke
/HB 9 F 0 6 {pss("GBSPHL")} C /HR 6.5 F 0 -6 {pss("EST. 1911")} C grestore
0 0 0 rgb
/TB 20 F 396 530 {pss("Great Basin State Public Health Laboratory")} C
/TR 11 F 396 513 {pss("Laboratory Response Network  ·  Sentinel Laboratory Outreach")} C
/TR 34 F 396 456 {pss("Certificate of Training")} C
/TI 13 F 396 424 {pss("is hereby granted to")} C
/TB 26 F 396 390 {pss("Emily Rose Vanderhoek")} C
/TI 13 F 396 360 {pss("for completing")} C
/TB 16 F 396 330 {pss("LRN Sentinel Level Training: Rule-Out and Referral of Bioterrorism Agents")} C
{chr(10).join(colps)}
{stxt}
0.4 setlinewidth 110 100 200 hline 482 100 200 hline
/ZC 18 F 210 106 {pss("Ramon A. Estrada")} C
/TR 9 F 210 88 {pss("Ramon A. Estrada, PhD, Bioterrorism Response Coordinator")} C
/TR 9 F 582 106 {pss("02/23/2026")} C
582 88 {pss("Date printed")} C
"""
    ghostscript(n, body, 792, 612)


# =====================================================================================
#                                   REPORTLAB (direct canvas)
# =====================================================================================

def rl_canvas(n, size):
    c = canvas.Canvas(out_pdf(n), pagesize=size, pageCompression=1)
    c.setCreator("certs-q build.py (ReportLab)")
    return c


@cert("q02", style="aabb", producer="reportlab",
      layout=["portrait", "format-line", "credit-table", "multiple-credit-types", "wrapped-title"],
      notes="AABB eCast; 'eCast' printed on its own line above the title; credit table with AMA PRA 1.25 and ANCC 1.25 vs P.A.C.E. 1.5 (the lab figure). Member ID and print date are distractors.",
      name="Gregory T. Halvorsen",
      title="Patient Blood Management in Obstetric Hemorrhage: Building a Massive Transfusion Response",
      date="2026-02-11", credits=1.5, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="26EC-214")
def q02(n):
    W, Hh = letter
    c = rl_canvas(n, letter)
    red = colors.HexColor("#a6192e")
    c.setFillColor(red)
    c.rect(0, Hh - 95, W, 95, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 36)
    c.drawString(54, Hh - 58, "AABB")
    c.setFont("Helvetica", 11)
    c.drawString(54, Hh - 78, "Association for the Advancement of Blood & Biotherapies")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 28)
    c.drawCentredString(W / 2, Hh - 150, "Certificate of Participation")
    c.setFont("Helvetica-Bold", 10)
    c.setFillColor(red)
    c.drawCentredString(W / 2, Hh - 188, "eCast")
    c.setFillColor(colors.black)
    y = rl_wrap_center(c, "Patient Blood Management in Obstetric Hemorrhage: Building a Massive Transfusion Response",
                       "Helvetica-Bold", 15, W / 2, Hh - 210, 400, 19)
    c.setFont("Helvetica", 10.5)
    c.drawCentredString(W / 2, y - 6, "Program No. 26EC-214   |   Date attended (live broadcast): February 11, 2026")
    c.setFont("Times-Italic", 12)
    c.drawCentredString(W / 2, y - 40, "Participant")
    c.setFont("Times-Bold", 22)
    c.drawCentredString(W / 2, y - 66, "Gregory T. Halvorsen, MT(ASCP)SBB")
    data = [["Credit type", "Hours designated"],
            ["AMA PRA Category 1 Credits\u2122 (physicians)", "1.25"],
            ["ANCC contact hours (nurses)", "1.25"],
            ["P.A.C.E.\u00ae contact hours (medical laboratory professionals)", "1.5"]]
    t = Table(data, colWidths=[330, 110])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 10),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2d7dc")),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    tw, th = t.wrapOn(c, W, Hh)
    t.drawOn(c, (W - tw) / 2, y - 110 - th)
    yy = y - 110 - th - 24
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(W / 2, yy, "Credit claimed by this participant: 1.5 P.A.C.E.\u00ae contact hours")
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    p = Paragraph("AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                  "the ASCLS P.A.C.E.\u00ae Program. In support of improving patient care, AABB is jointly accredited by "
                  "the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for "
                  "Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing "
                  "education for the healthcare team. AABB designates this enduring activity for a maximum of 1.25 AMA "
                  "PRA Category 1 Credits\u2122.", st)
    pw, ph = p.wrap(W - 130, 200)
    p.drawOn(c, 65, 120)
    c.setFont("Helvetica", 8.5)
    c.drawString(65, 70, "Member ID: 0083517")
    c.drawRightString(W - 65, 70, "Certificate printed: 02/19/2026")
    c.showPage()
    c.save()


@cert("q12", style="public-health-lab", producer="reportlab",
      layout=["portrait", "seal", "two-column-labels", "expiry-distractor", "suffix-name", "signature-block"],
      notes="State public health laboratory shipping course; name with suffix III; certificate expiry (recurrent training) and certificate no. are distractors.",
      name="Marcus L. Whitfield III",
      title="Packaging and Shipping of Division 6.2 Infectious Substances: Category A and Category B",
      date="2025-09-16", credits=3.0, unit="contact hour",
      provider=["Sierra Plateau State Public Health Laboratory", "SPSPHL"], activity_id="PHL-TR-0916")
def q12(n):
    W, Hh = letter
    c = rl_canvas(n, letter)
    navy = colors.HexColor("#1c3557")
    c.setStrokeColor(navy)
    c.setLineWidth(2)
    c.rect(30, 30, W - 60, Hh - 60)
    # seal
    c.setFillColor(colors.HexColor("#c9a227"))
    c.circle(W / 2, Hh - 105, 42, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1.2)
    c.circle(W / 2, Hh - 105, 36, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(W / 2, Hh - 103, "SPSPHL")
    c.setFont("Helvetica", 6)
    c.drawCentredString(W / 2, Hh - 113, "OFFICIAL SEAL")
    c.setFillColor(navy)
    c.setFont("Times-Bold", 19)
    c.drawCentredString(W / 2, Hh - 175, "Sierra Plateau State Public Health Laboratory")
    c.setFont("Times-Roman", 10.5)
    c.drawCentredString(W / 2, Hh - 192, "Biosafety & Training Section  \u00b7  1200 Capitol Mall Annex  \u00b7  Carson Springs")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 30)
    c.drawCentredString(W / 2, Hh - 245, "Training Certificate")
    c.setFont("Times-Italic", 12.5)
    c.drawCentredString(W / 2, Hh - 275, "This is to certify that")
    c.setFont("Times-Bold", 24)
    c.drawCentredString(W / 2, Hh - 305, "Marcus L. Whitfield III")
    c.setFont("Times-Italic", 12.5)
    c.drawCentredString(W / 2, Hh - 330, "has completed the training course")
    y = rl_wrap_center(c, "Packaging and Shipping of Division 6.2 Infectious Substances: Category A and Category B",
                       "Times-Bold", 16, W / 2, Hh - 358, 420, 20)
    rows = [("Course Number:", "PHL-TR-0916"), ("Training Date:", "September 16, 2025"),
            ("Contact Hours:", "3.0 (P.A.C.E.\u00ae)"), ("Certificate No.:", "SP-25-0441"),
            ("Certificate Expires:", "September 16, 2027 (recurrent training required)")]
    yy = y - 18
    for a, b in rows:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawRightString(250, yy, a)
        c.setFont("Helvetica", 10.5)
        c.drawString(260, yy, b)
        yy -= 17
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11, alignment=1)
    p = Paragraph("The Sierra Plateau State Public Health Laboratory is approved as a provider of continuing education "
                  "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This course meets "
                  "the function-specific training requirements of 49 CFR 172.704 and IATA DGR 1.5.", st)
    p.wrap(W - 160, 100)
    p.drawOn(c, 80, 150)
    c.setLineWidth(0.5)
    c.setStrokeColor(colors.black)
    c.line(80, 105, 280, 105)
    c.line(W - 280, 105, W - 80, 105)
    c.setFont("Helvetica", 8.5)
    c.drawString(80, 93, "Evelyn Marchetti-Ross, PhD, HCLD(ABB)")
    c.drawString(80, 82, "Laboratory Director")
    c.drawString(W - 280, 93, "Curtis W. Yellowhorse, MS, RBP")
    c.drawString(W - 280, 82, "Course Instructor, Biosafety Officer")
    c.showPage()
    c.save()


@cert("q21", style="ascls-pace", producer="reportlab",
      layout=["landscape", "centred-award", "letter-spaced-name", "border", "seal", "inline-facts-line"],
      notes="ASCLS webinar; letter-spaced (mixed-case) name; date, P.A.C.E. course number and credit on one line; webinar series named only in a sentence below.",
      name="Keanu Makoa Kahale", title="Managing Generational Differences on the Bench",
      date="2026-03-19", credits=1.0, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="519-002-26")
def q21(n):
    W, Hh = landscape(letter)
    c = rl_canvas(n, (W, Hh))
    teal = colors.HexColor("#005f73")
    c.setStrokeColor(teal)
    c.setLineWidth(8)
    c.rect(22, 22, W - 44, Hh - 44)
    c.setLineWidth(1)
    c.rect(36, 36, W - 72, Hh - 72)
    c.setFillColor(teal)
    c.setFont("LibSans-B", 30)
    c.drawCentredString(W / 2, Hh - 95, "ASCLS")
    c.setFont("LibSans", 12)
    c.drawCentredString(W / 2, Hh - 114, "American Society for Clinical Laboratory Science")
    c.setFillColor(colors.black)
    c.setFont("LibSerif", 32)
    c.drawCentredString(W / 2, Hh - 170, "Certificate of Continuing Education")
    c.setFont("LibSerif-I", 13)
    c.drawCentredString(W / 2, Hh - 205, "presented to")
    rl_spaced_center(c, "Keanu Makoa Kahale", "LibSerif-B", 26, W / 2, Hh - 245, 4)
    c.setFont("LibSerif-I", 13)
    c.drawCentredString(W / 2, Hh - 280, "for participation in the webinar")
    c.setFont("LibSerif-B", 19)
    c.drawCentredString(W / 2, Hh - 310, "Managing Generational Differences on the Bench")
    c.setFont("LibSans", 11.5)
    c.drawCentredString(W / 2, Hh - 345,
                        "March 19, 2026   \u2022   P.A.C.E.\u00ae Course No. 519-002-26   \u2022   1.0 contact hour")
    c.setFont("LibSans", 9)
    c.drawCentredString(W / 2, Hh - 366, "Presented as part of the ASCLS Leadership Academy webinar series.")
    c.drawCentredString(W / 2, 120, "ASCLS is approved as a provider of continuing education programs in the clinical laboratory "
                                    "sciences by the ASCLS P.A.C.E.\u00ae Program.")
    # seal
    c.setFillColor(colors.HexColor("#ae2012"))
    c.circle(W - 130, 200, 40, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LibSans-B", 9)
    c.drawCentredString(W - 130, 203, "P.A.C.E.\u00ae")
    c.setFont("LibSans", 7)
    c.drawCentredString(W - 130, 192, "APPROVED")
    c.setFillColor(colors.black)
    c.setLineWidth(0.5)
    c.line(90, 80, 300, 80)
    c.setFont("LibSans", 9)
    c.drawString(90, 68, "Elaine M. Sugarman, MA, MLS(ASCP)")
    c.drawString(90, 57, "Director, Professional Development")
    c.showPage()
    c.save()


@cert("q32", style="medialab", producer="reportlab",
      layout=["landscape", "labels-above-values", "column-grid", "institution-distractor"],
      notes="MediaLab course whose title contains a comma and the word 'Date'; labels above values; institution account (a hospital name) and certificate number are distractors.",
      name="Brianna K. O'Sullivan", title="Right Patient, Right Date: Preventing Specimen Labeling Errors",
      date="2026-03-02", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="2204")
def q32(n):
    W, Hh = landscape(letter)
    c = rl_canvas(n, (W, Hh))
    c.setFillColor(colors.HexColor("#f4f7fb"))
    c.rect(0, 0, W, Hh, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#243b6b"))
    c.rect(0, Hh - 18, W, 18, stroke=0, fill=1)
    c.rect(0, 0, W, 18, stroke=0, fill=1)
    c.setFont("DejaVu-B", 22)
    c.drawString(60, Hh - 70, "MediaLab")
    c.setFont("DejaVu", 9.5)
    c.drawString(60, Hh - 86, "MediaLab, Inc.  \u00b7  Online Laboratory Education")
    c.setFillColor(colors.black)
    c.setFont("DejaVu", 30)
    c.drawString(60, Hh - 160, "Certificate of Completion")
    c.setFont("DejaVu", 11)
    c.drawString(60, Hh - 195, "This document certifies that the learner below completed the course and post-test.")

    def col(x, y, w, label, value, font="DejaVu", size=12.5):
        c.setFont("DejaVu-B", 7.5)
        c.setFillColor(colors.HexColor("#243b6b"))
        c.drawString(x, y, label)
        c.setStrokeColor(colors.HexColor("#9aa7bd"))
        c.setLineWidth(0.5)
        c.line(x, y - 4, x + w, y - 4)
        c.setFillColor(colors.black)
        c.setFont(font, size)
        c.drawString(x, y - 21, value)
    col(60, Hh - 245, 330, "LEARNER", "Brianna K. O'Sullivan, MLT(ASCP)", "DejaVu-B", 16)
    col(420, Hh - 245, 310, "INSTITUTION", "Harbor Point Medical Center")
    col(60, Hh - 305, 670, "COURSE", "Right Patient, Right Date: Preventing Specimen Labeling Errors", "DejaVu-B", 15)
    col(60, Hh - 365, 140, "COURSE NUMBER", "2204")
    col(230, Hh - 365, 160, "COMPLETION DATE", "03/02/2026")
    col(420, Hh - 365, 140, "CONTACT HOURS", "1.0 P.A.C.E.\u00ae")
    col(590, Hh - 365, 140, "CERTIFICATE NO.", "ML-C-8841092")
    st = ParagraphStyle("s", fontName="DejaVu", fontSize=8, leading=10.5)
    p = Paragraph("MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
                  "sciences by the ASCLS P.A.C.E.\u00ae Program. Course approved for 1.0 contact hour.", st)
    p.wrap(670, 60)
    p.drawOn(c, 60, 95)
    c.setFont("DejaVu", 8)
    c.drawRightString(W - 62, 60, "Verify at medialab.example/verify  \u00b7  Generated 03/02/2026 14:37")
    c.showPage()
    c.save()


@cert("q38", style="blood-center", producer="reportlab",
      layout=["portrait", "all-caps-name", "letter-spaced-name", "orientation-program-title", "border", "signature-block"],
      notes="Blood-services orientation module; ALL-CAPS letter-spaced name; 'Orientation Program' in the title; signature date is a distractor.",
      name="RAFAEL O. ESPINOZA-VEGA",
      title="Apheresis Technician Orientation Program, Module 3: Donor Safety and Adverse Event Management",
      date="2025-11-20", credits=2.0, unit="CE hour",
      provider=["Columbia Basin Blood Services", "CBBS"], activity_id="CBBS-APH-03")
def q38(n):
    W, Hh = letter
    c = rl_canvas(n, letter)
    maroon = colors.HexColor("#7a0019")
    c.setStrokeColor(maroon)
    c.setLineWidth(3)
    c.roundRect(28, 28, W - 56, Hh - 56, 14)
    c.setFillColor(maroon)
    c.setFont("Times-Bold", 22)
    c.drawCentredString(W / 2, Hh - 90, "Columbia Basin Blood Services")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, Hh - 108, "CBBS  \u2022  Donor Services Training Department  \u2022  Kennewick, Washington")
    # drop
    c.setFillColor(maroon)
    p = c.beginPath()
    p.moveTo(W / 2, Hh - 128)
    p.curveTo(W / 2 + 4, Hh - 140, W / 2 + 16, Hh - 150, W / 2 + 16, Hh - 162)
    p.curveTo(W / 2 + 16, Hh - 174, W / 2 - 16, Hh - 174, W / 2 - 16, Hh - 162)
    p.curveTo(W / 2 - 16, Hh - 150, W / 2 - 4, Hh - 140, W / 2, Hh - 128)
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 30)
    c.drawCentredString(W / 2, Hh - 225, "Certificate of Completion")
    c.setFont("Times-Italic", 12.5)
    c.drawCentredString(W / 2, Hh - 258, "This certificate is awarded to")
    rl_spaced_center(c, "RAFAEL O. ESPINOZA-VEGA", "Helvetica-Bold", 20, W / 2, Hh - 292, 3)
    c.setFont("Times-Italic", 12.5)
    c.drawCentredString(W / 2, Hh - 322, "upon successful completion of")
    y = rl_wrap_center(c, "Apheresis Technician Orientation Program, Module 3: Donor Safety and Adverse Event Management",
                       "Times-Bold", 16, W / 2, Hh - 350, 400, 20)
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y - 14, "Module ID: CBBS-APH-03")
    c.drawCentredString(W / 2, y - 32, "Completed November 20, 2025")
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y - 56, "2.0 CE hours")
    c.setFont("Times-Roman", 9)
    c.drawCentredString(W / 2, 170, "Columbia Basin Blood Services (CBBS) awards 2.0 CE hours for this module. Hours may be")
    c.drawCentredString(W / 2, 159, "reported as continuing education for certification maintenance.")
    c.setLineWidth(0.5)
    c.setStrokeColor(colors.black)
    c.line(80, 110, 270, 110)
    c.line(W - 270, 110, W - 80, 110)
    c.setFont("Times-Roman", 9.5)
    c.drawString(80, 97, "Joanne Lindahl-Okafor, RN, BSN")
    c.drawString(80, 85, "Training Manager, Donor Services")
    c.drawString(W - 270, 97, "Signed: November 21, 2025")
    c.showPage()
    c.save()


@cert("q40", style="ascp-cmle", producer="reportlab",
      layout=["portrait", "format-line", "date-word-in-title", "footer-numbers"],
      notes="ASCP live webinar; 'LIVE WEBINAR' on its own line above the title; title contains 'Date'; issue date and customer ID are distractors.",
      name="Chidinma E. Nwosu-Harper",
      title="Laboratory Information Systems: Date and Time Stamp Integrity in Result Reporting",
      date="2026-04-08", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="W2604")
def q40(n):
    W, Hh = letter
    c = rl_canvas(n, letter)
    blue = colors.HexColor("#20466b")
    c.setFillColor(blue)
    c.rect(54, Hh - 100, 80, 40, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(94, Hh - 87, "ASCP")
    c.setFillColor(blue)
    c.setFont("Helvetica", 12)
    c.drawString(146, Hh - 79, "American Society for Clinical Pathology")
    c.setFont("Helvetica", 9)
    c.drawString(146, Hh - 93, "Continuing Education")
    c.setStrokeColor(blue)
    c.setLineWidth(1)
    c.line(54, Hh - 112, W - 54, Hh - 112)
    c.setFillColor(colors.black)
    c.setFont("LibSerif", 26)
    c.drawString(54, Hh - 170, "Certificate of Completion")
    c.setFont("LibSerif", 12)
    c.drawString(54, Hh - 205, "ASCP certifies that")
    c.setFont("LibSerif-B", 21)
    c.drawString(54, Hh - 233, "Chidinma E. Nwosu-Harper, MLS(ASCP)")
    c.setFont("LibSerif", 12)
    c.drawString(54, Hh - 260, "has completed the following educational activity:")
    c.setFillColor(colors.HexColor("#7a5a14"))
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(54, Hh - 290, "LIVE WEBINAR")
    c.setFillColor(colors.black)
    y = rl_wrap_left(c, "Laboratory Information Systems: Date and Time Stamp Integrity in Result Reporting",
                     "LibSerif-B", 16, 54, Hh - 310, 470, 20)
    rows = [("Course code", "W2604"), ("Date of webinar", "April 8, 2026"), ("Credit awarded", "1.0 CMLE"),
            ("Credit type", "Continuing Medical Laboratory Education (CMLE)")]
    yy = y - 20
    for a, b in rows:
        c.setFont("Helvetica", 10.5)
        c.drawString(54, yy, a)
        c.drawString(190, yy, b)
        yy -= 18
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    p = Paragraph("ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                  "the ASCLS P.A.C.E.\u00ae Program. ASCP designates this activity for 1.0 CMLE credit. CMLE credit is "
                  "accepted by the ASCP Board of Certification for the Credential Maintenance Program.", st)
    p.wrap(W - 108, 100)
    p.drawOn(c, 54, 150)
    c.setFont("Helvetica", 8.5)
    c.drawString(54, 72, "ASCP Customer ID: 10877201")
    c.drawRightString(W - 54, 72, "Date issued: April 9, 2026")
    c.showPage()
    c.save()


# =====================================================================================
#                 REPORTLAB AcroForm template, filled, then flattened by qpdf
# =====================================================================================

def rl_field(form, name, value, x, y, w, h, size=12, font="Helvetica"):
    form.textfield(name=name, value=value, x=x, y=y, width=w, height=h, borderWidth=0,
                   fillColor=colors.white, borderColor=colors.white, textColor=colors.black,
                   forceBorder=False, fontName=font, fontSize=size, fieldFlags="readOnly")


@cert("q25", style="ascls-pace", producer="reportlab-acroform+qpdf",
      layout=["landscape", "form-fields-flattened", "wrapped-title", "border"],
      notes="CLSI webinar certificate built as an AcroForm template (name, date and hours are form fields) and flattened with qpdf; certificate no. is a distractor.",
      name="Rajesh N. Kulkarni",
      title="Verification of Commercial Microbial Identification and Antimicrobial Susceptibility Testing Systems",
      date="2025-11-06", credits=1.5, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="CLSI-W2511")
def q25(n):
    W, Hh = landscape(letter)
    tmp = os.path.join(WORK, n + "-form.pdf")
    c = canvas.Canvas(tmp, pagesize=(W, Hh))
    c.setStrokeColor(colors.HexColor("#3a5a40"))
    c.setLineWidth(5)
    c.rect(24, 24, W - 48, Hh - 48)
    c.setFillColor(colors.HexColor("#3a5a40"))
    c.setFont("Helvetica-Bold", 28)
    c.drawString(60, Hh - 85, "CLSI")
    c.setFont("Helvetica", 11)
    c.drawString(60, Hh - 102, "Clinical and Laboratory Standards Institute")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 30)
    c.drawCentredString(W / 2, Hh - 160, "Certificate of Completion")
    c.setFont("Times-Italic", 12)
    c.drawCentredString(W / 2, Hh - 190, "This certifies that")
    c.line(200, Hh - 232, W - 200, Hh - 232)
    c.drawCentredString(W / 2, Hh - 252, "completed the CLSI webinar")
    y = rl_wrap_center(c, "Verification of Commercial Microbial Identification and Antimicrobial Susceptibility Testing Systems",
                       "Times-Bold", 17, W / 2, Hh - 282, 520, 21)
    c.setFont("Helvetica", 10)
    lab_y = y - 30
    c.drawString(150, lab_y, "Program ID:  CLSI-W2511")
    c.drawString(330, lab_y, "Date completed:")
    c.drawString(520, lab_y, "Contact hours:")
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(W / 2, 120, "CLSI is approved as a provider of continuing education programs in the clinical laboratory "
                                    "sciences by the ASCLS P.A.C.E.\u00ae Program.")
    c.drawCentredString(W / 2, 108, "This program has been approved for 1.5 P.A.C.E.\u00ae contact hours.")
    c.drawString(60, 60, "Certificate No. CLSI-CE-25-118306")
    c.line(W - 280, 78, W - 60, 78)
    c.drawString(W - 280, 66, "Vice President, Education, CLSI")
    f = c.acroForm
    rl_field(f, "participant_name", "Rajesh N. Kulkarni", 200, Hh - 230, W - 400, 30, size=22, font="Times-Bold")
    rl_field(f, "date_completed", "11/06/2025", 405, lab_y - 5, 100, 16, size=10)
    rl_field(f, "contact_hours", "1.5", 590, lab_y - 5, 60, 16, size=10)
    c.showPage()
    c.save()
    rl_qpdf_flatten(tmp, n)


@cert("q39", style="university-ceu", producer="reportlab-acroform+qpdf",
      layout=["portrait", "form-fields-flattened", "date-range", "two-column-labels", "signature-block"],
      notes="University department CEU certificate from a fillable template (name, dates, CEUs, course no. are fields) flattened with qpdf; 1.2 CEU = 12 points; three-day range. Student/registration no. is a distractor.",
      name="Connor J. Whitaker-Moss", title="Summer Institute in Clinical Mass Spectrometry",
      date="2025-07-16", credits=1.2, unit="CEU",
      provider=["Eastbrook State University", "Eastbrook State University, Department of Medical Laboratory Science"],
      activity_id="MLS-CE 512")
def q39(n):
    W, Hh = letter
    tmp = os.path.join(WORK, n + "-form.pdf")
    c = canvas.Canvas(tmp, pagesize=letter)
    green = colors.HexColor("#004d40")
    c.setFillColor(green)
    c.rect(0, Hh - 120, W, 120, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Times-Bold", 24)
    c.drawString(60, Hh - 62, "Eastbrook State University")
    c.setFont("Times-Roman", 13)
    c.drawString(60, Hh - 84, "Department of Medical Laboratory Science")
    c.setFont("Times-Italic", 10)
    c.drawString(60, Hh - 102, "Continuing Education Program")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 28)
    c.drawString(60, Hh - 185, "Certificate of Continuing Education Units")
    labels = [("Name", "name"), ("Course", None), ("Course no.", "course_no"), ("Dates", "dates"),
              ("CEUs awarded", "ceus"), ("Registration no.", "reg_no")]
    vals = {"name": "Connor J. Whitaker-Moss", "course_no": "MLS-CE 512", "dates": "July 14-16, 2025",
            "ceus": "1.2", "reg_no": "ESU-25-40917"}
    y = Hh - 245
    f = c.acroForm
    for lab, key in labels:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, lab + ":")
        if key is None:
            c.setFont("Times-Bold", 14)
            c.drawString(190, y, "Summer Institute in Clinical Mass Spectrometry")
        else:
            c.setStrokeColor(colors.HexColor("#9e9e9e"))
            c.setLineWidth(0.4)
            c.line(188, y - 4, W - 60, y - 4)
            rl_field(f, key, vals[key], 188, y - 4, W - 250, 18, size=13 if key == "name" else 11,
                     font="Times-Bold" if key == "name" else "Helvetica")
        y -= 34
    st = ParagraphStyle("s", fontName="Times-Roman", fontSize=10, leading=13)
    p = Paragraph("The Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized "
                  "continuing education experience under responsible sponsorship, capable direction, and qualified "
                  "instruction. Eastbrook State University maintains a permanent record of CEUs awarded.", st)
    p.wrap(W - 120, 100)
    p.drawOn(c, 60, y - 40)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(60, 140, 260, 140)
    c.line(W - 260, 140, W - 60, 140)
    c.setFont("Times-Roman", 9.5)
    c.drawString(60, 127, "Pamela S. Roanhorse, PhD, MLS(ASCP)")
    c.drawString(60, 115, "Chair, Department of Medical Laboratory Science")
    c.drawString(W - 260, 127, "Office of Continuing Education")
    c.drawString(W - 260, 115, "Eastbrook State University")
    c.showPage()
    c.save()
    rl_qpdf_flatten(tmp, n)


# =====================================================================================
def main(argv):
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    want = set(argv)
    regs = sorted(REG, key=lambda r: r[0])
    names = [r[0] for r in regs]
    assert len(names) == len(set(names)), "duplicate ids"
    for n, gold, fn in regs:
        if want and n not in want:
            continue
        fn(n)
        with open(os.path.join(BASE, n + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
        print("built", n, gold["producer"])
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
