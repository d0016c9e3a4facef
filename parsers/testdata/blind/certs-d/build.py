#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""certs-d generator: rebuilds every certificate PDF (and its gold JSON) of this blind set.

Usage:  /usr/bin/python3 build.py            # rebuild everything
        /usr/bin/python3 build.py d03 d17    # rebuild selected certificates

Every certificate is one decorated function below.  Depending on its producer the
function returns a source text that is written to src/ (HTML, .fodt, .docx parts,
PHP for FPDF/TCPDF, PostScript) and then compiled by the real tool, or it draws
directly with ReportLab, or it returns an AcroForm specification (static page +
fields) that is turned into a blank template (src/dNN.template.pdf), filled by
setting /V and writing a fresh /AP stream per widget (no /NeedAppearances) and,
for the "flattened" producer, flattened with qpdf --flatten-annotations=all.
Printed strings used by verify.py are written to expect.json.
"""
import os, sys, json, re, shutil, subprocess, zipfile, html, datetime, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
TMP = os.path.join(HERE, "_build")
UNITS = {"contact hour", "CMLE", "CE hour", "CEU", "AMA PRA Category 1 Credit"}
CERTS = []


def cert(**meta):
    def deco(fn):
        meta["fn"] = fn
        CERTS.append(meta)
        return fn
    return deco


def esc(s):
    return html.escape(s, quote=True)


def gold_of(c):
    pts = round(c["credits"] * 10, 2) if c["unit"] == "CEU" else c["credits"]
    return {
        "style": c["style"], "producer": c["producer"], "layout": c["layout"],
        "notes": c["notes"], "name": c["name"], "title": c["title"], "date": c["date"],
        "credits": c["credits"], "unit": c["unit"], "points": pts,
        "provider": c["provider"], "activity_id": c["activity_id"],
    }


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed: %r\n%s\n%s" % (cmd, r.stdout.decode(errors="replace"),
                                                           r.stderr.decode(errors="replace")))
    return r


# ---------------------------------------------------------------- HTML (Chromium)
def html_page(css, body, size="letter landscape", title="Certificate", fonts=""):
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>%s</title>\n<style>\n@page { size: %s; margin: 0; }\n"
            "html, body { margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
            "%s\n</style></head>\n<body>\n%s\n</body></html>\n" % (esc(title), size, css, body))


# ---------------------------------------------------------------- ODF (LibreOffice)
FODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
FODT_FONTS = ["Liberation Serif", "Liberation Sans", "Liberation Sans Narrow", "DejaVu Sans",
              "DejaVu Serif", "C059", "P052", "URW Bookman", "URW Gothic", "Z003", "Nimbus Sans"]


def ps_(name, size=11, font="Liberation Serif", align="center", bold=False, italic=False, color=None,
        sb="0in", sa="0in", ls=None, caps=False, border_bottom=None, border_top=None, bg=None,
        ml="0in", mr="0in", lh=None, keep=False, brk=None):
    """ODF paragraph style with its text properties."""
    pp = ['fo:text-align="%s"' % align, 'fo:margin-top="%s"' % sb, 'fo:margin-bottom="%s"' % sa,
          'fo:margin-left="%s"' % ml, 'fo:margin-right="%s"' % mr]
    if border_bottom:
        pp.append('fo:border-bottom="%s" fo:padding-bottom="0.04in"' % border_bottom)
    if border_top:
        pp.append('fo:border-top="%s" fo:padding-top="0.04in"' % border_top)
    if bg:
        pp.append('fo:background-color="%s"' % bg)
    if lh:
        pp.append('fo:line-height="%s"' % lh)
    if brk:
        pp.append('fo:break-before="%s"' % brk)
    tp = ['style:font-name="%s"' % font, 'fo:font-size="%spt"' % size]
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if color:
        tp.append('fo:color="%s"' % color)
    if ls:
        tp.append('fo:letter-spacing="%s"' % ls)
    if caps:
        tp.append('fo:text-transform="uppercase"')
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
            '<style:text-properties %s/></style:style>' % (name, " ".join(pp), " ".join(tp)))


def ts_(name, size=None, font=None, bold=False, italic=False, color=None, ls=None):
    tp = []
    if font:
        tp.append('style:font-name="%s"' % font)
    if size:
        tp.append('fo:font-size="%spt"' % size)
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if color:
        tp.append('fo:color="%s"' % color)
    if ls:
        tp.append('fo:letter-spacing="%s"' % ls)
    return '<style:style style:name="%s" style:family="text"><style:text-properties %s/></style:style>' % (
        name, " ".join(tp))


def P(style, text="", raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else esc(text))


def S(style, text):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, esc(text))


def fodt(styles, body, landscape=True, margins=("0.6in", "0.6in", "0.6in", "0.6in"), title="Certificate",
         page_bg=None, page_border=None):
    w, h = ("11in", "8.5in") if landscape else ("8.5in", "11in")
    extra = ""
    if page_bg:
        extra += ' fo:background-color="%s"' % page_bg
    if page_border:
        extra += ' fo:border="%s" fo:padding="0.25in"' % page_border
    fonts = "".join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>' % (f, f)
                    for f in FODT_FONTS)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            '<office:meta><dc:title>%s</dc:title></office:meta>\n'
            '<office:font-face-decls>%s</office:font-face-decls>\n'
            '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
            'style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US" '
            'fo:hyphenate="false"/></style:default-style></office:styles>\n'
            '<office:automatic-styles>\n<style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="%s" '
            'fo:margin-right="%s" fo:margin-bottom="%s" fo:margin-left="%s"%s/></style:page-layout>\n%s\n'
            '</office:automatic-styles>\n<office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1"/></office:master-styles>\n<office:body><office:text>\n%s\n'
            '</office:text></office:body></office:document>\n' % (
                FODT_NS, esc(title), fonts, w, h, "landscape" if landscape else "portrait",
                margins[0], margins[1], margins[2], margins[3], extra, "\n".join(styles), body))


def odt_table(name, widths, rows, width=None, cellstyle="C1", align="center"):
    """rows: list of lists of cell xml (already paragraphs)."""
    cols = "".join('<table:table-column table:style-name="%s.c%d"/>' % (name, i) for i in range(len(widths)))
    body = ""
    for r in rows:
        body += "<table:table-row>"
        for cell in r:
            if isinstance(cell, tuple):
                st, xml = cell
            else:
                st, xml = cellstyle, cell
            body += '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (st, xml)
        body += "</table:table-row>"
    return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (name, name, cols, body)


def odt_table_styles(name, widths, align="center", total=None):
    tot = total or "%.2fin" % sum(widths)
    out = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" '
           'table:align="%s"/></style:style>' % (name, tot, align)]
    for i, w in enumerate(widths):
        out.append('<style:style style:name="%s.c%d" style:family="table-column"><style:table-column-properties '
                   'style:column-width="%.2fin"/></style:style>' % (name, i, w))
    return out


def odt_cell_style(name, border="none", bg=None, pad="0.05in", valign="top", bb=None):
    extra = ' fo:background-color="%s"' % bg if bg else ""
    b = 'fo:border="%s"' % border
    if bb:
        b = 'fo:border="none" fo:border-bottom="%s"' % bb
    return ('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s '
            'fo:padding="%s" style:vertical-align="%s"%s/></style:style>' % (name, b, pad, valign, extra))


# ---------------------------------------------------------------- DOCX (Word-like, converted by LibreOffice)
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="wps"')


def wr(text, size=None, bold=False, italic=False, font=None, color=None, caps=False, spacing=None, br_after=False):
    """Word run.  size in points."""
    rp = ""
    if font:
        rp += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font)
    if bold:
        rp += "<w:b/>"
    if italic:
        rp += "<w:i/>"
    if caps:
        rp += "<w:caps/>"
    if color:
        rp += '<w:color w:val="%s"/>' % color
    if spacing:
        rp += '<w:spacing w:val="%d"/>' % spacing
    if size:
        rp += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (round(size * 2), round(size * 2))
    t = '<w:t xml:space="preserve">%s</w:t>' % esc(text)
    return "<w:r>%s%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rp if rp else "", t, "<w:br/>" if br_after else "")


def wp(runs, align="center", before=0, after=0, line=None, border_bottom=False, border_top=False, shade=None,
       keep=False, page_break=False, ind=None):
    """Word paragraph.  before/after in points."""
    pp = ""
    if keep:
        pp += "<w:keepNext/>"
    if page_break:
        pp += "<w:pageBreakBefore/>"
    if border_bottom or border_top:
        pp += "<w:pBdr>%s%s</w:pBdr>" % (
            '<w:top w:val="single" w:sz="6" w:space="4" w:color="444444"/>' if border_top else "",
            '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="444444"/>' if border_bottom else "")
    if shade:
        pp += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    pp += '<w:spacing w:before="%d" w:after="%d"%s/>' % (
        before * 20, after * 20, ' w:line="%d" w:lineRule="auto"' % line if line else "")
    if ind:
        pp += '<w:ind w:left="%d" w:right="%d"/>' % ind
    pp += '<w:jc w:val="%s"/>' % {"center": "center", "left": "left", "right": "right", "both": "both"}[align]
    if isinstance(runs, str):
        runs = [wr(runs)] if not runs.startswith("<w:r") else [runs]
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (pp, "".join(runs))


def wtable(rows, widths, borders="single", jc="center", shade_first_col=None, cell_margin=80, valign="center"):
    """rows: list of lists of cell contents (xml of paragraphs or list of them).  widths in twips."""
    b = ""
    if borders:
        b = "<w:tblBorders>%s</w:tblBorders>" % "".join(
            '<w:%s w:val="%s" w:sz="4" w:space="0" w:color="777777"/>' % (e, borders)
            for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="%s"/>%s<w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr>'
           '<w:tblGrid>%s</w:tblGrid>' % (sum(widths), jc, b, cell_margin, cell_margin,
                                           "".join('<w:gridCol w:w="%d"/>' % w for w in widths)))
    for r in rows:
        out += "<w:tr>"
        for i, cell in enumerate(r):
            span = 1
            if isinstance(cell, tuple):
                cell, span = cell
            w = sum(widths[i:i + span])
            shd = ""
            if shade_first_col and i == 0:
                shd = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade_first_col
            out += ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s%s<w:vAlign w:val="%s"/></w:tcPr>%s</w:tc>' % (
                w, '<w:gridSpan w:val="%d"/>' % span if span > 1 else "", shd, valign,
                cell if isinstance(cell, str) else "".join(cell)))
        out += "</w:tr>"
    return out + "</w:tbl>"


def wtextbox_vml(paras, left_pt, top_pt, width_pt, height_pt, fill="#F2F2F2", stroke=True, ident=1):
    """Page-anchored VML text box inside an empty paragraph."""
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:pict>'
            '<v:shape id="tb%d" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;'
            'margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d;'
            'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="%s" %s>'
            '<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
            '<w10:wrap anchorx="page" anchory="page"/></v:shape></w:pict></w:r></w:p>' % (
                ident, 1024 + ident, left_pt, top_pt, width_pt, height_pt, ident, fill,
                'strokecolor="#7F7F7F"' if stroke else 'stroked="f"', "".join(paras)))


def wtextbox_dml(paras, left_pt, top_pt, width_pt, height_pt, fill="EEF3F8", ident=1, line="5B7A99"):
    """Page-anchored DrawingML (wps) text box."""
    E = 12700
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440" anchor="t">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>' % (
                ident + 2, left_pt * E, top_pt * E, width_pt * E, height_pt * E, ident + 10, ident,
                width_pt * E, height_pt * E, fill, line, "".join(paras)))


def docx_bytes(body, landscape=False, margins=(720, 720, 720, 720), font="Times New Roman", size=11,
               title="Certificate", page_border=None):
    pw, ph = (15840, 12240) if landscape else (12240, 15840)
    pb = ""
    if page_border:
        pb = ('<w:pgBorders w:offsetFrom="page">%s</w:pgBorders>' % "".join(
            '<w:%s w:val="%s" w:sz="%d" w:space="24" w:color="%s"/>' % (e, page_border[0], page_border[1],
                                                                         page_border[2])
            for e in ("top", "left", "bottom", "right")))
    sect = ('<w:sectPr><w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" '
            'w:header="0" w:footer="0" w:gutter="0"/>%s</w:sectPr>' % (
                pw, ph, ' w:orient="landscape"' if landscape else "", margins[0], margins[1], margins[2],
                margins[3], pb))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
           % (W_NS, body, sect))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults>'
              '<w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s" w:eastAsia="%s"/>'
              '<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
              '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '</w:style></w:styles>' % (font, font, font, font, size * 2, size * 2))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Education Office</dc:creator>'
            '</cp:coreProperties>' % esc(title))
    return {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/_rels/document.xml.rels": drels,
            "word/document.xml": doc, "word/styles.xml": styles, "docProps/core.xml": core}


def write_docx(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
                     "word/styles.xml", "word/document.xml"]:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, parts[name])


# ---------------------------------------------------------------- PHP (FPDF / TCPDF)
def q(s):
    """PHP single-quoted literal."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


FPDF_HEAD = """<?php
// FPDF source for %s -- run: php %s.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
"""

TCPDF_HEAD = """<?php
// TCPDF source for %s -- run: php %s.php OUT.pdf
if (!defined('K_PATH_CACHE')) define('K_PATH_CACHE', sys_get_temp_dir() . '/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o, $u, $f) { parent::__construct($o, $u, $f, true, 'UTF-8', false); $this->tcpdflink = false; }
}
"""


# ---------------------------------------------------------------- PostScript (Ghostscript)
PS_PROLOG = r"""%%!PS-Adobe-3.0
%%%%Title: %(title)s
%%%%Creator: hand-written PostScript
%%%%BoundingBox: 0 0 %(w)d %(h)d
%%%%Pages: %(pages)d
%%%%EndComments
%%%%BeginProlog
/WinEnc ISOLatin1Encoding 256 array copy def
WinEnc 39 /quotesingle put WinEnc 96 /grave put WinEnc 45 /hyphen put
WinEnc 145 /quoteleft put WinEnc 146 /quoteright put WinEnc 147 /quotedblleft put
WinEnc 148 /quotedblright put WinEnc 149 /bullet put WinEnc 150 /endash put
WinEnc 151 /emdash put WinEnc 153 /trademark put
/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding WinEnc def currentdict end definefont pop } bind def
/TR /Times-Roman reenc   /TB /Times-Bold reenc   /TI /Times-Italic reenc   /TBI /Times-BoldItalic reenc
/HR /Helvetica reenc     /HB /Helvetica-Bold reenc /HO /Helvetica-Oblique reenc
/PR /Palatino-Roman reenc /PB /Palatino-Bold reenc /PI /Palatino-Italic reenc
/BL /Bookman-Light reenc /BD /Bookman-Demi reenc /BLI /Bookman-LightItalic reenc
/NR /NewCenturySchlbk-Roman reenc /NB /NewCenturySchlbk-Bold reenc /NI /NewCenturySchlbk-Italic reenc
/ZC /ZapfChancery-MediumItalic reenc
/AG /AvantGarde-Book reenc /AGD /AvantGarde-Demi reenc
/CR /Courier reenc
/F { findfont exch scalefont setfont } bind def          %% size /Font F
/L { moveto show } bind def                               %% (s) x y L
/C { moveto dup stringwidth pop 2 div neg 0 rmoveto show } bind def   %% (s) x y C
/R { moveto dup stringwidth pop neg 0 rmoveto show } bind def         %% (s) x y R
/SPC { 4 1 roll moveto 0 3 -1 roll ashow } bind def      %% (s) x y dx SPC  (letter-spaced, left)
/CSPC { %% (s) cx y dx : centred letter-spaced
  /dx exch def /yy exch def /cx exch def
  dup stringwidth pop 1 index length 1 sub dx mul add 2 div cx exch sub yy moveto dx 0 3 -1 roll ashow } bind def
/HL { newpath moveto lineto stroke } bind def           %% x2 y2 x1 y1 HL
/BOX { newpath 4 2 roll moveto 1 index 0 rlineto 0 exch rlineto neg 0 rlineto closepath } bind def %% x y w h BOX
/GR { setgray } bind def
%%%%EndProlog
%%%%BeginSetup
<< /PageSize [%(w)d %(h)d] >> setpagedevice
%%%%EndSetup
"""


def pss(s):
    """PostScript string literal in the WinAnsi-like encoding defined in the prolog."""
    out = []
    for b in s.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(ch)
    return "(" + "".join(out) + ")"


PS_FONTMAP = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "TBI": "Times-BoldItalic",
              "HR": "Helvetica", "HB": "Helvetica-Bold", "HO": "Helvetica-Oblique",
              "PR": "Times-Roman", "PB": "Times-Bold", "PI": "Times-Italic", "CR": "Courier",
              "BL": "Times-Roman", "BD": "Times-Bold", "BLI": "Times-Italic", "NR": "Times-Roman",
              "NB": "Times-Bold", "NI": "Times-Italic", "ZC": "Times-Italic", "AG": "Helvetica", "AGD": "Helvetica-Bold"}


def wrap(text, font, size, width):
    """Greedy line wrap using ReportLab metrics (font = PDF standard font name)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(), [], ""
    for w_ in words:
        cand = (cur + " " + w_).strip()
        if cur and stringWidth(cand, font, size) > width:
            lines.append(cur)
            cur = w_
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


def ps_wrap_centered(text, psfont, size, width, cx, y, lead, approx=None):
    """PS lines for a centred, wrapped paragraph; returns (code, y_after)."""
    metric = approx or PS_FONTMAP.get(psfont, "Times-Roman")
    code = ["%s /%s F" % (size, psfont)]
    for ln in wrap(text, metric, size * (1.06 if psfont in ("PR", "PB", "PI", "BL", "BD", "BLI", "NR", "NB", "NI", "ZC", "AG", "AGD") else 1.0), width):
        code.append("%s %.1f %.1f C" % (pss(ln), cx, y))
        y -= lead
    return "\n".join(code), y


def ps_doc(title, pages, w=792, h=612):
    head = PS_PROLOG % {"title": title, "w": w, "h": h, "pages": len(pages)}
    body = ""
    for i, p in enumerate(pages, 1):
        body += "%%%%Page: %d %d\nsave\n%s\nrestore\nshowpage\n" % (i, i, p)
    return head + body + "%%EOF\n"


# ---------------------------------------------------------------- AcroForm templates, filling, flattening
FORM_FONTS = {"Helv": "Helvetica", "HeBo": "Helvetica-Bold", "TiRo": "Times-Roman", "TiBo": "Times-Bold",
              "TiIt": "Times-Italic", "HeOb": "Helvetica-Oblique", "Cour": "Courier"}


def _pdfstr(s):
    out = []
    for b in s.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(ch)
    return "(" + "".join(out) + ")"


def form_build(base_pdf, fields, template_out, filled_out, flatten_out=None):
    """base_pdf: static page(s).  fields: list of dicts
    name, rect (x1,y1,x2,y2), page, value, font (key of FORM_FONTS), size, align 0/1/2, multiline, border."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (DictionaryObject, NameObject, ArrayObject, NumberObject, FloatObject,
                               TextStringObject, StreamObject)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def build(fill):
        rd = PdfReader(base_pdf)
        w = PdfWriter()
        for pg in rd.pages:
            w.add_page(pg)
        fonts = {}
        for key, base in FORM_FONTS.items():
            fonts[key] = w._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/" + base),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
        dr = DictionaryObject({NameObject("/Font"): DictionaryObject(
            {NameObject("/" + k): v for k, v in fonts.items()})})
        allrefs = []
        per_page = {}
        for f in fields:
            x1, y1, x2, y2 = f["rect"]
            wd, ht = x2 - x1, y2 - y1
            font = f.get("font", "Helv")
            size = f.get("size", 11)
            val = f["value"] if fill else ""
            align = f.get("align", 0)
            ml = f.get("multiline", False)
            da = "/%s %s Tf 0 g" % (font, size if size else 0)
            ops = ["/Tx BMC", "q", "1 1 %.2f %.2f re W n" % (wd - 2, ht - 2)]
            if val:
                ops.append("BT")
                ops.append("/%s %s Tf 0 g" % (font, size))
                lines = wrap(val, FORM_FONTS[font], size, wd - 4) if ml else [val]
                lead = size * 1.16
                if ml:
                    ytop = ht - 2 - size
                else:
                    ytop = (ht - size * 0.72) / 2.0
                prevx, prevy = 0.0, 0.0
                for i, ln in enumerate(lines):
                    tw = stringWidth(ln, FORM_FONTS[font], size)
                    x = 2.0 if align == 0 else ((wd - tw) / 2.0 if align == 1 else wd - 2 - tw)
                    y = ytop - i * lead
                    ops.append("%.2f %.2f Td" % (x - prevx, y - prevy))
                    ops.append("%s Tj" % _pdfstr(ln))
                    prevx, prevy = x, y
                ops.append("ET")
            ops += ["Q", "EMC"]
            ap = StreamObject()
            ap._data = ("\n".join(ops)).encode("latin-1")
            ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                       NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(wd),
                                                         FloatObject(ht)]),
                       NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject(
                           {NameObject("/" + font): fonts[font]})})})
            apref = w._add_object(ap)
            page = w.pages[f.get("page", 0)]
            ff = 4096 if ml else 0
            if f.get("readonly"):
                ff |= 1
            wid = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(f["name"]),
                NameObject("/Rect"): ArrayObject([FloatObject(x1), FloatObject(y1), FloatObject(x2), FloatObject(y2)]),
                NameObject("/F"): NumberObject(4), NameObject("/Ff"): NumberObject(ff),
                NameObject("/DA"): TextStringObject(da), NameObject("/Q"): NumberObject(align),
                NameObject("/MK"): DictionaryObject(),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): apref}),
                NameObject("/P"): page.indirect_reference})
            if f.get("tu"):
                wid[NameObject("/TU")] = TextStringObject(f["tu"])
            if fill:
                wid[NameObject("/V")] = TextStringObject(val)
            ref = w._add_object(wid)
            allrefs.append(ref)
            per_page.setdefault(f.get("page", 0), []).append(ref)
        for pi, refs in per_page.items():
            pg = w.pages[pi]
            annots = pg.get("/Annots")
            arr = ArrayObject(list(annots) if annots else [])
            arr.extend(refs)
            pg[NameObject("/Annots")] = arr
        w._root_object[NameObject("/AcroForm")] = DictionaryObject({
            NameObject("/Fields"): ArrayObject(allrefs), NameObject("/DR"): dr,
            NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g")})
        return w

    if template_out:
        with open(template_out, "wb") as fh:
            build(False).write(fh)
    with open(filled_out, "wb") as fh:
        build(True).write(fh)
    if flatten_out:
        run(["qpdf", "--flatten-annotations=all", "--remove-unreferenced-resources=yes", filled_out, flatten_out])


# ================================================================ Chromium (HTML/CSS -> PDF)

@cert(id="d01", producer="chromium", style="ascp",
      layout=["landscape", "centred-cue", "flex", "format-word-own-line", "title-wraps-2", "title-colon",
              "distractor-ids", "issue-date-distractor"],
      notes="ASCP online course; name carries MLS(ASCP)CM; separate issue date; customer ID and certificate number are distractors.",
      name="Marisol Quintero-Ávila",
      title="Antimicrobial Susceptibility Testing Breakpoints: What Changed in 2024 and Why It Matters for Your Antibiogram",
      date="2025-03-05", date_str="March 5, 2025", credits=1.5, credit_str="1.5", unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="OLC-24117")
def d01(c):
    css = """
body { font-family: 'Liberation Serif', serif; color: #1d2733; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.45in; }
.frame { height: 100%; box-sizing: border-box; border: 3px double #0b4f7c; outline: 1px solid #0b4f7c; outline-offset: -12px;
         display: flex; flex-direction: column; align-items: center; padding: 0.35in 0.8in 0.25in; }
.logo { display: flex; align-items: center; gap: 14px; }
.mark { background: #0b4f7c; color: #fff; font-family: 'Liberation Sans', sans-serif; font-weight: 700; font-size: 22pt;
        padding: 4px 12px; letter-spacing: 1px; }
.org { font-family: 'Liberation Sans', sans-serif; font-size: 13pt; color: #0b4f7c; }
h1 { font-family: 'C059', serif; font-weight: normal; font-size: 34pt; margin: 18px 0 6px; color: #0b4f7c; }
.cue { font-style: italic; font-size: 14pt; margin: 6px 0; }
.name { font-family: 'Z003', cursive; font-size: 34pt; margin: 6px 0 2px; border-bottom: 1px solid #999; padding: 0 40px; }
.fmt { font-size: 12pt; font-variant: small-caps; letter-spacing: 1px; margin-top: 8px; }
.title { font-weight: bold; font-size: 18pt; text-align: center; max-width: 7.4in; margin: 4px 0 10px; line-height: 1.25; }
.award { font-size: 13pt; }
.row { display: flex; justify-content: space-between; width: 100%; margin-top: auto; font-size: 10.5pt; }
.row div { width: 32%; }
.sig { border-top: 1px solid #333; padding-top: 3px; text-align: center; }
.fine { font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555; text-align: center; margin-top: 10px; }
"""
    body = """<div class="page"><div class="frame">
<div class="logo"><span class="mark">ASCP</span><span class="org">American Society for Clinical Pathology</span></div>
<h1>Certificate of Completion</h1>
<div class="cue">This is to certify that</div>
<div class="name">Marisol Quintero-Ávila, MLS(ASCP)<sup>CM</sup></div>
<div class="cue">has successfully completed</div>
<div class="fmt">the online course</div>
<div class="title">Antimicrobial Susceptibility Testing Breakpoints: What Changed in 2024 and Why It Matters for Your Antibiogram</div>
<div class="award">and is awarded <b>1.5 CMLE</b> credits &nbsp;·&nbsp; Completion date: <b>March 5, 2025</b></div>
<div class="row">
 <div>Activity ID: OLC-24117<br>Certificate issued: March 6, 2025</div>
 <div class="sig">Director, Continuing Education<br>ASCP</div>
 <div style="text-align:right">Customer ID 00293841<br>Certificate No. 8841-2203-57</div>
</div>
<div class="fine">ASCP designates this enduring activity for a maximum of 1.5 CMLE credits. The American Society for Clinical Pathology is
approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.
Credits may be applied to the ASCP BOC Credential Maintenance Program (CMP).</div>
</div></div>"""
    return html_page(css, body, title="ASCP Certificate")


@cert(id="d09", producer="chromium", style="cap",
      layout=["portrait", "two-column-label-value", "css-grid", "several-credit-statements", "title-dash",
              "title-parentheses", "distractor-ids", "print-date-distractor"],
      notes="CAP enduring material; AMA PRA and CE-hour statements both printed, laboratory CE hours are the gold figure; learner ID and transcript print date are distractors.",
      name="Henrik J. Østergaard",
      title="Specimen Tracking Failures in Anatomic Pathology — Case-Based Lessons (2025 Edition)",
      date="2025-02-18", date_str="02/18/2025", credits=2.0, credit_str="2.0", unit="CE hour",
      provider=["College of American Pathologists", "CAP"], activity_id="CAP-AP-25-0917")
def d09(c):
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222; font-size: 10.5pt; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.7in 0.75in; position: relative; }
.top { display: grid; grid-template-columns: 1.1in 1fr; align-items: center; border-bottom: 4px solid #7a1f2b; padding-bottom: 10px; }
.seal { width: 0.95in; height: 0.95in; border-radius: 50%; background: #7a1f2b; color: #fff; display: flex; align-items: center;
        justify-content: center; font-family: 'P052', serif; font-size: 24pt; font-weight: bold; }
.org { font-family: 'P052', serif; font-size: 20pt; color: #7a1f2b; }
.sub { font-size: 9pt; color: #666; letter-spacing: 2px; text-transform: uppercase; }
h1 { font-family: 'P052', serif; font-size: 26pt; font-weight: normal; text-align: center; margin: 34px 0 24px; }
.grid { display: grid; grid-template-columns: 2.1in 1fr; row-gap: 12px; column-gap: 18px; }
.k { font-weight: bold; color: #7a1f2b; text-align: right; }
.v { }
.credits { margin-top: 26px; border: 1px solid #bbb; }
.credits div { display: grid; grid-template-columns: 1fr 1.2in; padding: 6px 10px; border-top: 1px solid #ddd; }
.credits div:first-child { border-top: none; background: #f3e9ea; font-weight: bold; }
.fine { position: absolute; left: 0.75in; right: 0.75in; bottom: 0.6in; font-size: 7.8pt; color: #555; line-height: 1.35; }
"""
    body = """<div class="page">
<div class="top"><div class="seal">CAP</div><div><div class="org">College of American Pathologists</div>
<div class="sub">Learning · Transcript Services</div></div></div>
<h1>Certificate of Credit</h1>
<div class="grid">
 <div class="k">Learner</div><div class="v">Henrik J. Østergaard, MS, MLS(ASCP)</div>
 <div class="k">Learner ID</div><div class="v">7720-4419</div>
 <div class="k">Activity</div><div class="v">Specimen Tracking Failures in Anatomic Pathology — <span style="white-space:nowrap">Case-Based</span> Lessons (2025 Edition)</div>
 <div class="k">Activity Type</div><div class="v">Enduring material (online, self-paced)</div>
 <div class="k">Activity Number</div><div class="v">CAP-AP-25-0917</div>
 <div class="k">Date Completed</div><div class="v">02/18/2025</div>
</div>
<div class="credits">
 <div><span>Credit type</span><span>Awarded</span></div>
 <div><span>Continuing Education (CE) hours — laboratory professionals</span><span>2.0</span></div>
 <div><span>AMA PRA Category 1 Credits™ — physicians only</span><span>not claimed</span></div>
</div>
<div class="fine">The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education
(ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of
2.0 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation
in the activity. This activity is approved for continuing education credit for laboratory professionals in accordance with the
ASCP Board of Certification Credential Maintenance Program.<br><br>Transcript printed 03/01/2025 · Page 1 of 1</div>
</div>"""
    return html_page(css, body, size="letter portrait", title="CAP Certificate of Credit")


@cert(id="d17", producer="chromium", style="ascls-chapter",
      layout=["landscape", "absolute-positioned", "meeting-attendance", "date-range", "name-particle-O'",
              "second-page-session-list", "distractor-provider-number"],
      notes="State-society annual meeting; title is the meeting name (no session named on page 1); page 2 lists sessions with their own codes and hours; P.A.C.E. provider number and registration number are distractors.",
      name="Delphine O'Hara-Whitcomb",
      title="2025 Great Plains Clinical Laboratory Science Annual Meeting",
      date="2025-04-26", date_str="April 24–26, 2025", credits=12.5, credit_str="12.5", unit="contact hour",
      provider=["Great Plains Society for Clinical Laboratory Science", "GPSCLS"], activity_id=None)
def d17(c):
    css = """
body { font-family: 'URW Gothic', sans-serif; color: #2a2a2a; }
.page { width: 11in; height: 8.5in; position: relative; overflow: hidden; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.band { position: absolute; left: 0; top: 0; width: 11in; height: 1.15in; background: #2f5d3a; }
.abs { position: absolute; }
.org { left: 0.6in; top: 0.22in; color: #fff; font-size: 19pt; font-weight: bold; }
.orgsub { left: 0.6in; top: 0.62in; color: #d7e8d9; font-size: 10pt; }
.short { right: 0.6in; top: 0.3in; color: #fff; font-size: 26pt; letter-spacing: 3px; }
.h { left: 0; width: 11in; top: 1.55in; text-align: center; font-size: 30pt; letter-spacing: 4px; color: #2f5d3a; }
.name { left: 0; width: 11in; top: 2.45in; text-align: center; font-family: 'P052', serif; font-size: 32pt; }
.cue { left: 0; width: 11in; top: 3.25in; text-align: center; font-size: 13pt; }
.meet { left: 1in; width: 9in; top: 3.65in; text-align: center; font-size: 20pt; font-weight: bold; }
.place { left: 0; width: 11in; top: 4.2in; text-align: center; font-size: 12.5pt; }
.hours { left: 3.4in; width: 4.2in; top: 4.85in; text-align: center; border: 2px solid #2f5d3a; padding: 8px 0; font-size: 14pt; }
.sigL { left: 0.9in; top: 6.3in; width: 3in; border-top: 1px solid #444; text-align: center; font-size: 10pt; padding-top: 3px; }
.sigR { left: 7.1in; top: 6.3in; width: 3in; border-top: 1px solid #444; text-align: center; font-size: 10pt; padding-top: 3px; }
.foot { left: 0.6in; width: 9.8in; top: 7.35in; font-size: 8pt; color: #555; text-align: center; }
table { border-collapse: collapse; width: 9.8in; font-size: 10pt; }
th, td { border-bottom: 1px solid #bbb; padding: 5px 6px; text-align: left; }
th { background: #e4efe6; }
td.n { text-align: right; }
"""
    rows = [("GP-101", "Keynote: The Laboratory Workforce Pipeline in Rural States", "Apr 24", "1.0"),
            ("GP-114", "Red Cell Morphology Challenge Slides", "Apr 24", "1.5"),
            ("GP-122", "Tick-Borne Illness: Smear, Serology and PCR", "Apr 24", "1.0"),
            ("GP-131", "Lab Math Without Tears", "Apr 24", "1.0"),
            ("GP-205", "Verification of a New Coagulation Analyzer", "Apr 25", "1.5"),
            ("GP-218", "Urine Culture Interpretation and Stewardship", "Apr 25", "1.0"),
            ("GP-226", "Cybersecurity for the Laboratory Information System", "Apr 25", "1.0"),
            ("GP-240", "Student Bowl (observer)", "Apr 25", "0.5"),
            ("GP-302", "Transfusion Reactions: Case Studies", "Apr 26", "1.5"),
            ("GP-311", "Point-of-Care Testing Oversight", "Apr 26", "1.0"),
            ("GP-320", "Closing Session: Advocacy Update", "Apr 26", "1.5")]
    trs = "".join('<tr><td>%s</td><td>%s</td><td>%s</td><td class="n">%s</td></tr>' % r for r in rows)
    body = """<div class="page">
<div class="band"></div>
<div class="abs org">Great Plains Society for Clinical Laboratory Science</div>
<div class="abs orgsub">A constituent society of the American Society for Clinical Laboratory Science</div>
<div class="abs short">GPSCLS</div>
<div class="abs h">CERTIFICATE OF ATTENDANCE</div>
<div class="abs name">Delphine O'Hara-Whitcomb</div>
<div class="abs cue">is recognized for attendance at the</div>
<div class="abs meet">2025 Great Plains Clinical Laboratory Science Annual Meeting</div>
<div class="abs place">Sioux Falls, South Dakota &nbsp;|&nbsp; April 24–26, 2025</div>
<div class="abs hours">Total P.A.C.E.® contact hours earned: <b>12.5</b></div>
<div class="abs sigL">Meeting Chair</div>
<div class="abs sigR">Continuing Education Coordinator</div>
<div class="abs foot">The Great Plains Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the
clinical laboratory sciences by the ASCLS P.A.C.E.® Program (P.A.C.E.® Provider No. 519). Registration No. 2025-0187.
See page 2 for the sessions attended.</div>
</div>
<div class="page">
<div class="abs" style="left:0.6in; top:0.5in; font-size:16pt; font-weight:bold; color:#2f5d3a">Sessions attended — retain for your records</div>
<div class="abs" style="left:0.6in; top:0.9in; font-size:10pt">Delphine O'Hara-Whitcomb · Registration No. 2025-0187</div>
<div class="abs" style="left:0.6in; top:1.3in"><table><tr><th>Session code</th><th>Session</th><th>Date</th><th>Hours</th></tr>%s
<tr><td></td><td><b>Total</b></td><td></td><td class="n"><b>12.5</b></td></tr></table></div>
</div>""" % trs
    return html_page(css, body, title="GPSCLS Attendance")


@cert(id="d25", producer="chromium", style="online-library",
      layout=["landscape", "side-panel", "flex", "successfully-finished", "title-vs.", "state-approval-line",
              "accreditation-names-provider", "provider-logo-word-only", "iso-date"],
      notes="Online CE library; provider printed only as the logo word CytoScholar (plus domain); Florida provider number, P.A.C.E. provider number and certificate code are distractors.",
      name="Bartholomew N. Achterberg",
      title="Body Fluid Cell Counts and Differentials: Pitfalls vs. Best Practice",
      date="2025-01-14", date_str="2025-01-14", credits=2.0, credit_str="2.0", unit="contact hour",
      provider=["CytoScholar"], activity_id="BF-1142")
def d25(c):
    css = """
body { font-family: 'Liberation Sans', sans-serif; color: #243140; }
.page { width: 11in; height: 8.5in; display: flex; }
.side { width: 2.7in; background: #1e3a5f; color: #e9eef5; padding: 0.55in 0.35in; box-sizing: border-box; display: flex; flex-direction: column; }
.logo { font-family: 'URW Gothic', sans-serif; font-size: 25pt; font-weight: bold; color: #fff; }
.logo span { color: #7fc4ff; }
.tag { font-size: 9pt; margin-top: 4px; color: #b8c7d9; }
.addr { margin-top: auto; font-size: 8.5pt; line-height: 1.5; color: #b8c7d9; }
.main { flex: 1; padding: 0.7in 0.7in 0.5in; display: flex; flex-direction: column; }
.kicker { font-size: 10pt; letter-spacing: 3px; color: #6b7b8c; text-transform: uppercase; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 28pt; margin: 6px 0 28px; font-weight: normal; }
.lbl { font-size: 11pt; color: #6b7b8c; }
.name { font-size: 27pt; font-weight: bold; margin: 4px 0 18px; }
.title { font-family: 'DejaVu Serif', serif; font-size: 17pt; margin: 4px 0 22px; line-height: 1.3; }
.facts { display: flex; gap: 0.35in; font-size: 11pt; }
.facts div b { display: block; font-size: 13pt; color: #1e3a5f; }
.fine { margin-top: auto; font-size: 8pt; color: #6b7b8c; line-height: 1.4; }
"""
    body = """<div class="page">
<div class="side"><div class="logo">Cyto<span>Scholar</span></div><div class="tag">Continuing education for the clinical laboratory</div>
<div class="addr">1450 Northgate Parkway, Suite 300<br>Ann Arbor, MI 48105<br>(734) 555-0188<br>www.cytoscholar.com</div></div>
<div class="main">
<div class="kicker">Continuing Education</div>
<h1>Certificate of Completion</h1>
<div class="lbl">Presented to</div>
<div class="name">Bartholomew N. Achterberg</div>
<div class="lbl">who successfully finished the course</div>
<div class="title">Body Fluid Cell Counts and Differentials: Pitfalls vs. Best Practice</div>
<div class="facts">
 <div>Course #<b>BF-1142</b></div>
 <div>Completed<b>2025-01-14</b></div>
 <div>Credit<b>2.0 P.A.C.E.® Contact Hours</b></div>
 <div>Level<b>Intermediate</b></div>
</div>
<div class="fine">CytoScholar is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.® Program, Provider #398. Florida Board of Clinical Laboratory Personnel: 2.0 hours, Category: Hematology,
FL CE Provider #50-20193. Verify this certificate at cytoscholar.com/verify using code 5XQ-77Q-K2P.</div>
</div></div>"""
    return html_page(css, body, title="CytoScholar certificate")


@cert(id="d33", producer="chromium", style="joint-accreditation-cme",
      layout=["portrait", "credit-table", "claimed-vs-maximum", "several-credit-statements", "title-abbreviation-C.",
              "title-dash", "weekday-date", "uan-distractor"],
      notes="Jointly accredited health-system activity; credit table lists AMA, ANCC, ACPE and P.A.C.E. maxima; learner claimed 0.75 of 1.0 P.A.C.E. hour; UAN is a distractor.",
      name="Ngozi Adebayo-Reyes",
      title="Diagnostic Stewardship Grand Rounds: C. difficile Testing — When to Test, When to Stop",
      date="2025-02-11", date_str="Tue 11 Feb 2025", credits=0.75, credit_str="0.75", unit="contact hour",
      provider=["Saint Brendan Health System", "SBHS"], activity_id="25-GR-0211")
def d33(c):
    css = """
body { font-family: 'Nimbus Sans', sans-serif; color: #1f1f1f; font-size: 10.5pt; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.65in 0.8in; }
.hdr { text-align: center; border-bottom: 1px solid #888; padding-bottom: 10px; }
.hdr .o { font-size: 18pt; font-weight: bold; color: #4b2a6b; }
.hdr .d { font-size: 10pt; color: #555; }
h1 { text-align: center; font-family: 'URW Bookman', serif; font-weight: normal; font-size: 25pt; margin: 30px 0 10px; }
.c { text-align: center; }
.name { font-size: 22pt; font-weight: bold; margin: 10px 0; }
.title { font-family: 'URW Bookman', serif; font-size: 15pt; margin: 8px 0.3in; line-height: 1.3; }
table { width: 100%; border-collapse: collapse; margin-top: 24px; }
th, td { border: 1px solid #999; padding: 6px 7px; }
th { background: #ece6f2; text-align: left; }
td.n { text-align: center; }
.meta { margin-top: 18px; display: grid; grid-template-columns: 1fr 1fr; row-gap: 4px; }
.fine { margin-top: 22px; font-size: 8pt; color: #444; line-height: 1.4; }
"""
    body = """<div class="page">
<div class="hdr"><div class="o">Saint Brendan Health System</div><div class="d">Center for Interprofessional Continuing Education (SBHS)</div></div>
<h1>Certificate of Participation</h1>
<div class="c">This is to certify that</div>
<div class="c name">Ngozi Adebayo-Reyes, MLS(ASCP)<sup>CM</sup>, SM(ASCP)</div>
<div class="c">participated in</div>
<div class="c title">Diagnostic Stewardship Grand Rounds: C. difficile Testing — When to Test, When to Stop</div>
<div class="c">Live activity held Tue 11 Feb 2025, 12:00–1:00 p.m., Ballard Auditorium and livestream</div>
<table>
<tr><th>Profession</th><th>Credit type</th><th>Maximum</th><th>Claimed</th></tr>
<tr><td>Physician</td><td>AMA PRA Category 1 Credit™</td><td class="n">1.00</td><td class="n">—</td></tr>
<tr><td>Nurse</td><td>ANCC nursing contact hours</td><td class="n">1.00</td><td class="n">—</td></tr>
<tr><td>Pharmacist</td><td>ACPE contact hours</td><td class="n">1.00</td><td class="n">—</td></tr>
<tr><td>Laboratory professional</td><td>ASCLS P.A.C.E.® contact hours</td><td class="n">1.00</td><td class="n">0.75</td></tr>
</table>
<div class="meta"><div>Activity ID: 25-GR-0211</div><div>ACPE UAN: JA0007341-0000-25-014-L01-P</div>
<div>Learner record: 0049-2210</div><div>Certificate generated: 02/14/2025</div></div>
<div class="fine">In support of improving patient care, Saint Brendan Health System is jointly accredited by the Accreditation Council for
Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses
Credentialing Center (ANCC), to provide continuing education for the healthcare team. Saint Brendan Health System designates this
live activity for a maximum of 1.00 AMA PRA Category 1 Credit™. Physicians should claim only the credit commensurate with the extent
of their participation in the activity. Saint Brendan Health System is approved as a provider of continuing education programs in the
clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</div>
</div>"""
    return html_page(css, body, size="letter portrait", title="Certificate of Participation")


@cert(id="d41", producer="chromium", style="hospital-inservice",
      layout=["portrait", "table-layout", "competency-record", "title-parentheses", "signature-date-distractor",
              "employee-id-distractor", "slash-date"],
      notes="Hospital in-service education record in a bordered table; supervisor sign-off date and employee ID are distractors; short form MVMC appears only in the form footer.",
      name="Kwabena Asante-Boateng",
      title="Massive Transfusion Protocol Activation: Roles of the Transfusion Service (Annual Review)",
      date="2025-07-08", date_str="07/08/2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["Mercy Valley Medical Center", "MVMC"], activity_id="MVMC-LAB-IS-2507")
def d41(c):
    css = """
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #111; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.6in 0.7in; position: relative; }
.h1 { font-size: 17pt; font-weight: bold; }
.h2 { font-size: 11pt; color: #444; margin-bottom: 4px; }
.h3 { font-size: 14pt; font-weight: bold; background: #dde6ee; padding: 6px 8px; margin: 16px 0 0; border: 1px solid #777; border-bottom: none; }
table { width: 100%; border-collapse: collapse; }
td { border: 1px solid #777; padding: 7px 8px; vertical-align: top; }
td.k { width: 2in; background: #f4f6f8; font-weight: bold; }
.box { display: inline-block; width: 10px; height: 10px; border: 1px solid #333; margin-right: 5px; text-align: center; font-size: 8pt; line-height: 10px; }
.fine { font-size: 8.5pt; margin-top: 14px; color: #333; }
.foot { position: absolute; bottom: 0.45in; left: 0.7in; right: 0.7in; font-size: 8pt; color: #666; display: flex; justify-content: space-between; }
"""
    body = """<div class="page">
<div class="h1">Mercy Valley Medical Center</div>
<div class="h2">Department of Pathology &amp; Laboratory Medicine · Laboratory Education Office</div>
<div class="h3">Laboratory In-Service Education Record</div>
<table>
<tr><td class="k">Employee</td><td>Kwabena Asante-Boateng</td></tr>
<tr><td class="k">Employee ID</td><td>E104477</td></tr>
<tr><td class="k">Department / Section</td><td>Transfusion Service</td></tr>
<tr><td class="k">In-service</td><td>Massive Transfusion Protocol Activation: Roles of the Transfusion Service (Annual Review)</td></tr>
<tr><td class="k">Event code</td><td>MVMC-LAB-IS-2507</td></tr>
<tr><td class="k">Date attended</td><td>07/08/2025</td></tr>
<tr><td class="k">Presenter</td><td>R. Castellanos, MD, Medical Director, Transfusion Service</td></tr>
<tr><td class="k">Contact hours</td><td>1.0</td></tr>
<tr><td class="k">Method of assessment</td><td><span class="box">✓</span>Attendance &nbsp; <span class="box">✓</span>Post-test (score 100%) &nbsp; <span class="box"></span>Direct observation</td></tr>
</table>
<table style="margin-top:16px">
<tr><td style="width:50%">Supervisor: ______________________<br><br>Date: 07/10/2025</td><td>Education Coordinator: ______________________<br><br>Date: 07/11/2025</td></tr>
</table>
<div class="fine">Mercy Valley Medical Center is approved as a provider of continuing education programs in the clinical laboratory sciences by
the ASCLS P.A.C.E.® Program. This record may be used toward ASCP BOC Credential Maintenance Program requirements. Retain for two years.</div>
<div class="foot"><span>MVMC Form LAB-ED-014 rev. 03/2023</span><span>Page 1 of 1</span></div>
</div>"""
    return html_page(css, body, size="letter portrait", title="In-Service Record")


@cert(id="d49", producer="chromium", style="webinar-platform",
      layout=["landscape", "css-grid", "attended-and-completed", "format-word-own-line", "title-inner-quotes", "slash-date",
              "time-range-distractor", "order-number-distractor", "provider-logo-word-and-domain"],
      notes="Webinar platform; title contains inner curly quotes that belong to it; provider only as logo word and domain; live time range, minutes attended and order number are distractor numbers.",
      name="Priya Venkataraman-Iyer",
      title="Cold Agglutinin Disease in the Hematology Lab: Recognizing and Correcting “Spurious” Results",
      date="2025-06-12", date_str="06/12/2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["LabWebinars Live"], activity_id="WB-25-0612")
def d49(c):
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #202833; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.5in; background: #f6f8fb; }
.card { height: 100%; box-sizing: border-box; background: #fff; border-radius: 18px; border: 1px solid #c9d3df;
        display: grid; grid-template-rows: auto auto 1fr auto; padding: 0.45in 0.7in; }
.brand { display: flex; justify-content: space-between; align-items: baseline; }
.brand .b { font-size: 21pt; font-weight: bold; color: #d1495b; }
.brand .d { font-size: 10pt; color: #667; }
.hd { text-align: center; margin-top: 22px; }
.hd .t { font-size: 12pt; letter-spacing: 5px; text-transform: uppercase; color: #667; }
.hd .s { font-family: 'DejaVu Serif', serif; font-size: 30pt; }
.mid { text-align: center; align-self: center; }
.mid .n { font-size: 26pt; font-weight: bold; margin: 6px 0 12px; }
.mid .f { font-size: 11pt; color: #667; text-transform: lowercase; margin-top: 6px; }
.mid .ti { font-family: 'DejaVu Serif', serif; font-size: 16pt; margin: 6px auto 0; max-width: 7.6in; line-height: 1.3; }
.bot { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; border-top: 1px solid #dde3ea; padding-top: 12px; font-size: 9.5pt; }
.bot b { display: block; font-size: 11.5pt; }
.fine { grid-column: 1 / 5; font-size: 7.5pt; color: #778; }
"""
    body = """<div class="page"><div class="card">
<div class="brand"><span class="b">LabWebinars Live</span><span class="d">labwebinars.live</span></div>
<div class="hd"><div class="t">Certificate of Attendance</div><div class="s">This certifies that</div></div>
<div class="mid">
 <div class="n">Priya Venkataraman-Iyer</div>
 <div>attended and completed</div>
 <div class="f">the live webinar</div>
 <div class="ti">Cold Agglutinin Disease in the Hematology Lab: Recognizing and Correcting “Spurious” Results</div>
</div>
<div class="bot">
 <div>Date<b>06/12/2025</b></div>
 <div>Session time<b>12:00–1:00 PM ET</b></div>
 <div>P.A.C.E.® credit<b>1.0 contact hour</b></div>
 <div>Ref.<b>WB-25-0612</b></div>
 <div class="fine">Attendance verified: 58 of 60 minutes, 3 of 3 polling questions answered. Order #LW-449102. This program is approved for
 P.A.C.E.® credit; LabWebinars Live is approved as a provider of continuing education programs in the clinical laboratory sciences by the
 ASCLS P.A.C.E.® Program.</div>
</div>
</div></div>"""
    return html_page(css, body, title="Attendance certificate")


@cert(id="d57", producer="chromium", style="adlm",
      layout=["landscape", "flex", "meeting-attendance", "date-range", "claimed-vs-maximum", "accent-credits",
              "claim-date-distractor", "badge-id-distractor"],
      notes="ADLM annual meeting attendance; claimed 18.5 of a possible 31.0 ACCENT credits (ACCENT credits are contact hours); claim-submitted date and badge ID are distractors.",
      name="Oluwaseun T. Bankole",
      title="2025 ADLM Annual Scientific Meeting & Clinical Lab Expo",
      date="2025-07-31", date_str="July 27–31, 2025", credits=18.5, credit_str="18.5", unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id=None)
def d57(c):
    css = """
body { font-family: 'Liberation Sans', sans-serif; color: #162029; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; display: flex; flex-direction: column; }
.top { background: linear-gradient(90deg, #003b5c, #00718f); color: #fff; padding: 0.4in 0.7in; display: flex; justify-content: space-between; align-items: center; }
.top .a { font-size: 30pt; font-weight: bold; letter-spacing: 2px; }
.top .b { text-align: right; font-size: 11pt; line-height: 1.4; }
.body { flex: 1; padding: 0.4in 1in 0.3in; display: flex; flex-direction: column; align-items: center; text-align: center; }
.ev { font-size: 17pt; font-weight: bold; color: #00718f; }
.where { font-size: 12pt; margin-top: 4px; }
h1 { font-family: 'Liberation Serif', serif; font-size: 30pt; font-weight: normal; margin: 24px 0 10px; }
.n { font-family: 'Liberation Serif', serif; font-size: 28pt; font-style: italic; margin: 8px 0; }
.txt { font-size: 12.5pt; line-height: 1.5; max-width: 8in; }
.max { font-size: 10pt; color: #555; margin-top: 6px; }
.foot { margin-top: auto; font-size: 8pt; color: #555; display: flex; justify-content: space-between; width: 100%; }
"""
    body = """<div class="page">
<div class="top"><div class="a">ADLM</div><div class="b">Association for Diagnostics &amp; Laboratory Medicine<br>(formerly AACC)</div></div>
<div class="body">
<div class="ev">2025 ADLM Annual Scientific Meeting &amp; Clinical Lab Expo</div>
<div class="where">Chicago, IL &nbsp;|&nbsp; July 27–31, 2025</div>
<h1>Certificate of Attendance</h1>
<div>This is to certify that</div>
<div class="n">Oluwaseun T. Bankole, PhD, DABCC</div>
<div class="txt">attended the 2025 ADLM Annual Scientific Meeting &amp; Clinical Lab Expo and has claimed
<b>18.5</b> ACCENT® continuing education credits (contact hours).</div>
<div class="max">A maximum of 31.0 ACCENT® credits was available for this meeting.</div>
<div class="foot"><span>Badge ID 661204</span><span>Claim submitted: August 14, 2025</span>
<span>ADLM is approved by the ASCLS P.A.C.E.® Program and designates ACCENT® credit for laboratory professionals.</span></div>
</div></div>"""
    return html_page(css, body, title="ADLM 2025 Certificate of Attendance")


# ================================================================ LibreOffice Writer (.fodt -> PDF)

@cert(id="d02", producer="libreoffice-fodt", style="aabb",
      layout=["portrait", "letter-spaced-name", "all-caps-name", "in-acknowledgment-of", "format-word-own-line",
              "accreditation-names-provider", "id-without-colon", "day-month-abbrev-date", "page-border"],
      notes="AABB eCast; participant name printed letter-spaced in capitals; California/Florida provider numbers and AABB member ID are distractors.",
      name="ROSALIND OKONKWO",
      title="Patient Blood Management: Building a Program From the Ground Up",
      date="2025-03-11", date_str="11 Mar 2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="25EL-418")
def d02(c):
    st = [ps_("Logo", 30, "Liberation Sans", bold=True, color="#9b1b30", ls="0.08in", sb="0.2in"),
          ps_("Org", 12, "Liberation Sans", color="#444444", sa="0.45in"),
          ps_("Head", 26, "C059", color="#9b1b30", ls="0.03in", sa="0.35in", caps=True),
          ps_("Cue", 13, "Liberation Serif", italic=True, sa="0.12in"),
          ps_("Name", 24, "Liberation Serif", bold=True, ls="0.09in", sa="0.3in", border_bottom="0.5pt solid #9b1b30",
              ml="0.4in", mr="0.4in"),
          ps_("Fmt", 12, "Liberation Serif", italic=True, sa="0.05in"),
          ps_("Title", 18, "C059", bold=True, sa="0.4in", ml="0.5in", mr="0.5in"),
          ps_("Line", 12, "Liberation Serif", sa="0.08in"),
          ps_("Fine", 8, "Liberation Sans", align="justify", color="#555555", sb="0.6in", ml="0.3in", mr="0.3in"),
          ps_("Small", 9, "Liberation Sans", color="#555555", sb="0.15in")]
    body = "\n".join([
        P("Logo", "AABB"),
        P("Org", "Association for the Advancement of Blood & Biotherapies"),
        P("Head", "Certificate of Completion"),
        P("Cue", "This certificate is presented to"),
        P("Name", "ROSALIND OKONKWO"),
        P("Cue", "In acknowledgment of the successful completion of"),
        P("Fmt", "the eCast"),
        P("Title", "Patient Blood Management: Building a Program From the Ground Up"),
        P("Line", "Date of completion: 11 Mar 2025"),
        P("Line", "Program ID 25EL-418"),
        P("Line", "Credit awarded: 1.0 P.A.C.E.® contact hour"),
        P("Fine", "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                  "ASCLS P.A.C.E.® Program. This program has also been approved for 1.0 hour of California continuing "
                  "education credit (California Accrediting Agency No. 0001) and Florida continuing education credit "
                  "(Florida Provider No. 50-1441). Credits may be used toward the ASCP BOC Credential Maintenance Program."),
        P("Small", "AABB Member ID 104-5521 · Printed 03/12/2025"),
    ])
    return fodt(st, body, landscape=False, margins=("0.5in",) * 4, title="AABB certificate",
                page_border="4pt double #9b1b30")


@cert(id="d10", producer="libreoffice-fodt", style="ascls",
      layout=["landscape", "one-paragraph", "title-in-curly-quotes", "title-colon", "session-number",
              "distractor-provider-number"],
      notes="ASCLS annual-meeting session certificate written as one sentence; title in curly quotes (gold drops them); session number is the activity id; P.A.C.E. provider number 1 is a distractor.",
      name="Tomasz W. Brzeziński",
      title="Lean Six Sigma in the Core Laboratory: Reducing Turnaround Time Without Adding FTEs",
      date="2025-07-29", date_str="July 29, 2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="412")
def d10(c):
    st = [ps_("Top", 34, "URW Gothic", bold=True, color="#1f4e79", ls="0.1in", sb="0.3in"),
          ps_("Org", 13, "URW Gothic", color="#1f4e79", sa="0.5in"),
          ps_("Head", 22, "P052", italic=True, sa="0.45in"),
          ps_("Para", 15, "P052", align="justify", lh="160%", ml="0.6in", mr="0.6in", sa="0.6in"),
          ps_("Sig", 10, "Liberation Sans", align="center"),
          ps_("Fine", 8, "Liberation Sans", color="#555555", sb="0.5in")]
    para = ('This certifies that <text:span text:style-name="B">Tomasz W. Brzeziński, MLS(ASCP)CM</text:span>, '
            'attended and completed the educational session <text:span text:style-name="B">“Lean Six Sigma in the Core '
            'Laboratory: Reducing Turnaround Time Without Adding FTEs”</text:span> (Session No. 412), presented at the 2025 '
            'ASCLS Joint Annual Meeting on July 29, 2025, and has been awarded 1.0 P.A.C.E.® contact hour.')
    body = "\n".join([
        P("Top", "ASCLS"),
        P("Org", "American Society for Clinical Laboratory Science"),
        P("Head", "Certificate of Continuing Education"),
        P("Para", para, raw=True),
        odt_table("SG", [3.6, 1.2, 3.6], [[("SGc", P("Sig", "Chair, Education & Research Fund")), ("SGn", P("Sig", "")),
                                           ("SGc", P("Sig", "Director of Continuing Education"))]]),
        P("Fine", "ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
                  "P.A.C.E.® Program, Provider No. 1. Keep this certificate for at least four years."),
    ])
    st.append(ts_("B", bold=True))
    st += odt_table_styles("SG", [3.6, 1.2, 3.6], total="8.4in")
    st += [odt_cell_style("SGc", border="none", pad="0.04in", valign="top").replace('fo:border="none"', 'fo:border="none" fo:border-top="0.75pt solid #000000"'),
           odt_cell_style("SGn", pad="0.04in")]
    return fodt(st, body, landscape=True, title="ASCLS session certificate", page_border="1.5pt solid #1f4e79")


@cert(id="d18", producer="libreoffice-fodt", style="university-ce",
      layout=["portrait", "labels-above-values", "ceu", "title-wraps-3", "name-particle-van-der", "date-range",
              "offering-label", "student-id-distractor"],
      notes="University continuing-education office; 1.2 CEU (=12 points, 12 contact hours also printed); three-line title; student ID is a distractor.",
      name="Anneliese van der Berg-Moreau",
      title="Advanced Coagulation Testing for the Bench Scientist: Mixing Studies, Factor Assays, Lupus Anticoagulant Algorithms and the Role of Thrombin Generation",
      date="2024-11-14", date_str="November 12–14, 2024", credits=1.2, credit_str="1.2", unit="CEU",
      provider=["Northbrook State University", "NSU"], activity_id="CPE-MLS-2411-03")
def d18(c):
    st = [ps_("U", 22, "P052", bold=True, color="#5a2d0c", sb="0.1in"),
          ps_("U2", 11, "P052", color="#5a2d0c"),
          ps_("U3", 10, "P052", italic=True, color="#5a2d0c", sa="0.35in", border_bottom="1pt solid #5a2d0c"),
          ps_("Head", 28, "URW Bookman", sa="0.35in"),
          ps_("Lab", 8, "Liberation Sans", align="left", color="#8a6d57", ls="0.03in", caps=True, sb="0.16in", ml="0.4in"),
          ps_("Val", 14, "Liberation Serif", align="left", ml="0.4in", mr="0.4in"),
          ps_("ValB", 18, "Liberation Serif", bold=True, align="left", ml="0.4in", mr="0.4in"),
          ps_("ValT", 14, "Liberation Serif", italic=True, align="left", ml="0.4in", mr="0.9in", lh="125%"),
          ps_("Fine", 8, "Liberation Sans", align="justify", color="#555555", sb="0.45in", ml="0.4in", mr="0.4in"),
          ps_("Sig", 10, "Liberation Serif", align="left", ml="0.4in", sb="0.45in")]
    body = "\n".join([
        P("U", "Northbrook State University"),
        P("U2", "College of Health Sciences"),
        P("U3", "Office of Continuing Professional Education · NSU"),
        P("Head", "Certificate of Completion"),
        P("Lab", "Participant"), P("ValB", "Anneliese van der Berg-Moreau"),
        P("Lab", "Program"),
        P("ValT", "Advanced Coagulation Testing for the Bench Scientist: Mixing Studies, Factor Assays, Lupus "
                  "Anticoagulant Algorithms and the Role of Thrombin Generation"),
        P("Lab", "Offering"), P("Val", "CPE-MLS-2411-03"),
        P("Lab", "Date(s) of program"), P("Val", "November 12–14, 2024"),
        P("Lab", "Continuing education units awarded"), P("Val", "1.2 CEUs (12 contact hours)"),
        P("Lab", "Student ID"), P("Val", "N00481122"),
        P("Sig", "____________________________    Director, Continuing Professional Education"),
        P("Fine", "One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized continuing "
                  "education experience under responsible sponsorship, capable direction and qualified instruction. Northbrook "
                  "State University maintains a permanent record of CEUs awarded."),
    ])
    return fodt(st, body, landscape=False, margins=("0.7in", "0.8in", "0.6in", "0.8in"), title="NSU CEU certificate")


@cert(id="d26", producer="libreoffice-fodt", style="nsh",
      layout=["landscape", "side-panel", "table-layout", "name-particle-de-la", "title-vs.", "month-abbrev-dot-date",
              "member-number-distractor", "accreditation-names-provider"],
      notes="NSH webinar; left table column is a shaded logo/address panel; name has particle 'de la' and credentials HTL(ASCP)QIHC; member number is a distractor.",
      name="Guadalupe de la Torre Ibáñez",
      title="IHC Controls: Tissue Microarrays vs. Multi-Tissue Blocks vs. Cell Lines",
      date="2024-09-18", date_str="Sept. 18, 2024", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="W24-0918")
def d26(c):
    st = odt_table_styles("T", [2.8, 7.0], total="9.8in")
    st += [odt_cell_style("Side", bg="#3b2a5a", pad="0.3in", valign="top"),
           odt_cell_style("Main", pad="0.35in", valign="top", border="0.75pt solid #3b2a5a"),
           ps_("Logo", 48, "Liberation Sans", bold=True, color="#ffffff", align="left"),
           ps_("SideT", 12, "Liberation Sans", color="#ffffff", align="left", sa="1.8in"),
           ps_("SideS", 8.5, "Liberation Sans", color="#d9d0ea", align="left"),
           ps_("Head", 28, "DejaVu Serif", align="left", sa="0.25in", color="#3b2a5a"),
           ps_("Cue", 12, "DejaVu Serif", align="left", italic=True, sa="0.08in"),
           ps_("Name", 24, "DejaVu Serif", bold=True, align="left", sa="0.22in"),
           ps_("Title", 17, "DejaVu Serif", align="left", sa="0.25in", color="#3b2a5a"),
           ps_("Fact", 11, "DejaVu Sans", align="left", sa="0.04in"),
           ps_("Fine", 7.5, "DejaVu Sans", align="left", color="#555555", sb="0.3in")]
    side = (P("Logo", "NSH") + P("SideT", "National Society for Histotechnology") +
            P("SideS", "Histotechnology education since 1973") + P("SideS", "www.nsh.org") +
            P("SideS", "NSH Member # 30-22817"))
    main = "".join([
        P("Head", "Certificate of Completion"),
        P("Cue", "This is to certify that"),
        P("Name", "Guadalupe de la Torre Ibáñez, HTL(ASCP)QIHC"),
        P("Cue", "has completed the NSH webinar"),
        P("Title", "IHC Controls: Tissue Microarrays vs. Multi-Tissue Blocks vs. Cell Lines"),
        P("Fact", "Webinar ID W24-0918"),
        P("Fact", "Broadcast and completed: Sept. 18, 2024"),
        P("Fact", "Continuing education: 1.0 contact hour"),
        P("Fine", "NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
                  "P.A.C.E.® Program. This certificate documents participation and may be submitted for the ASCP BOC "
                  "Credential Maintenance Program.")])
    body = odt_table("T", [2.8, 7.0], [[("Side", side), ("Main", main)]])
    return fodt(st, body, landscape=True, margins=("0.35in",) * 4, title="NSH webinar certificate")


@cert(id="d34", producer="libreoffice-fodt", style="state-license",
      layout=["portrait", "two-column-label-value", "table-layout", "state-CA", "issuer-under-heading", "license-number-distractor",
              "accrediting-agency-number-distractor", "slash-date"],
      notes="California LFS-style CE certificate from an invented P.A.C.E. provider; CA license number and accrediting-agency number are distractors.",
      name="Jae-won Park",
      title="Molecular Detection of Mpox: Specimen Collection to Result Reporting",
      date="2025-05-20", date_str="05/20/2025", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["Pacific Coast Laboratory Education Association", "PCLEA"], activity_id="PCLEA-2025-031")
def d34(c):
    st = odt_table_styles("T", [2.2, 4.6], total="6.8in")
    st += [odt_cell_style("K", border="0.5pt solid #7f7f7f", bg="#e8eef4", pad="0.07in", valign="middle"),
           odt_cell_style("V", border="0.5pt solid #7f7f7f", pad="0.07in", valign="middle"),
           ps_("Org", 18, "Liberation Sans", bold=True, color="#0d4d6b", sb="0.1in"),
           ps_("Org2", 10, "Liberation Sans", color="#0d4d6b", sa="0.3in"),
           ps_("Head", 16, "Liberation Serif", bold=True, sa="0.05in"),
           ps_("Head2", 11, "Liberation Serif", italic=True, sa="0.3in"),
           ps_("K", 10, "Liberation Sans", bold=True, align="left"),
           ps_("V", 11, "Liberation Serif", align="left"),
           ps_("Fine", 8.5, "Liberation Sans", align="justify", sb="0.3in", color="#333333"),
           ps_("Sig", 10, "Liberation Serif", align="left", sb="0.5in"),
           ps_("IssH", 8, "Liberation Sans", bold=True, align="left", color="#0d4d6b", ls="0.03in", sb="0.3in"),
           ps_("Iss", 10, "Liberation Sans", align="left")]
    rows = [("Licensee", "Jae-won Park"), ("California license", "CLS 00098765"),
            ("Course title", "Molecular Detection of Mpox: Specimen Collection to Result Reporting"),
            ("Course No.", "PCLEA-2025-031"), ("Format", "Live virtual lecture with post-test"),
            ("Date completed", "05/20/2025"), ("Contact hours", "1.5"), ("Level", "Intermediate")]
    body = "\n".join([
        P("Org", "Pacific Coast Laboratory Education Association"),
        P("Org2", "PCLEA · Sacramento, California"),
        P("Head", "California Continuing Education Certificate"),
        P("Head2", "for licensed Clinical Laboratory Scientists and Medical Laboratory Technicians"),
        odt_table("T", [2.2, 4.6], [[("K", P("K", k)), ("V", P("V", v))] for k, v in rows]),
        P("Fine", "Pacific Coast Laboratory Education Association is approved by the California Department of Public Health, "
                  "Laboratory Field Services, as a continuing education accrediting agency (Accrediting Agency No. 0099) and by "
                  "the ASCLS P.A.C.E.® Program. Licensees must retain this certificate for four years and produce it upon audit."),
        P("Sig", "______________________________   CE Coordinator, PCLEA          Issued 05/22/2025"),
        P("IssH", "ISSUED BY"),
        P("Iss", "Pacific Coast Laboratory Education Association, 1120 Capitol Mall, Sacramento, California"),
    ])
    return fodt(st, body, landscape=False, margins=("0.8in", "0.85in", "0.7in", "0.85in"), title="California CE certificate")


@cert(id="d42", producer="libreoffice-fodt", style="public-health-lab",
      layout=["landscape", "two-column-label-value", "demonstrated-completion-of", "title-dash", "title-parentheses",
              "iso-date", "valid-through-distractor", "event-code-label"],
      notes="State public-health laboratory shipping training; 'valid through' recertification date is a distractor; event code is the activity id.",
      name="Eleanor M. Fitzwilliam-Nakamura",
      title="Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B) — 2025 Recertification",
      date="2025-02-11", date_str="2025-02-11", credits=3.0, credit_str="3.0", unit="contact hour",
      provider=["Cascade State Public Health Laboratory", "CSPHL"], activity_id="PHL-PS25-02")
def d42(c):
    st = odt_table_styles("T", [2.3, 6.6], total="8.9in")
    st += [odt_cell_style("K", pad="0.06in", valign="top", bb="0.5pt solid #b0b0b0"),
           odt_cell_style("V", pad="0.06in", valign="top", bb="0.5pt solid #b0b0b0"),
           ps_("Org", 20, "DejaVu Sans", bold=True, color="#004d40", align="left"),
           ps_("Org2", 10.5, "DejaVu Sans", color="#00695c", align="left", sa="0.25in", border_bottom="2pt solid #004d40"),
           ps_("Head", 24, "DejaVu Serif", sa="0.12in"),
           ps_("Cue", 11, "DejaVu Serif", italic=True, sa="0.2in"),
           ps_("K", 10, "DejaVu Sans", bold=True, align="right", color="#004d40"),
           ps_("V", 11.5, "DejaVu Serif", align="left"),
           ps_("VB", 13, "DejaVu Serif", bold=True, align="left"),
           ps_("Fine", 8, "DejaVu Sans", align="left", sb="0.2in", color="#444444")]
    rows = [("Trainee", P("VB", "Eleanor M. Fitzwilliam-Nakamura")),
            ("has demonstrated completion of", P("V", "Packaging and Shipping Division 6.2 Infectious Substances (Category A and "
                                                  "Category B) — 2025 Recertification")),
            ("Event code", P("V", "PHL-PS25-02")),
            ("Completed", P("V", "2025-02-11")),
            ("Contact hours", P("V", "3.0 (P.A.C.E.®)")),
            ("Training valid through", P("V", "2027-02-11 (IATA/DOT recurrent training required every 24 months)"))]
    body = "\n".join([
        P("Org", "Cascade State Public Health Laboratory"),
        P("Org2", "Laboratory Training & Outreach Program · CSPHL"),
        P("Head", "Training Certificate"),
        P("Cue", "This document certifies the following training record."),
        odt_table("T", [2.3, 6.6], [[("K", P("K", k)), ("V", v)] for k, v in rows]),
        P("Fine", "CSPHL is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
                  "P.A.C.E.® Program. Function-specific training covered classification, packaging, marking, labeling and "
                  "documentation for UN2814, UN2900 and UN3373 shipments."),
    ])
    return fodt(st, body, landscape=True, margins=("0.55in", "0.8in", "0.5in", "0.8in"), title="CSPHL training certificate")


@cert(id="d50", producer="libreoffice-fodt", style="clsi",
      layout=["portrait", "format-word-own-line", "text-frame-sidebar", "title-colon", "edition-number",
              "month-abbrev-date", "event-number-label", "distractor-provider-number"],
      notes="CLSI webinar; 'the webinar' on its own line; accreditation text in a page-anchored frame at the bottom; P.A.C.E. provider number is a distractor.",
      name="Mehmet Can Yıldırım",
      title="Implementing M100, 35th Edition: Reporting Changes for Enterobacterales and Pseudomonas aeruginosa",
      date="2025-02-26", date_str="Feb 26, 2025", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="WEB-2502-M100")
def d50(c):
    st = [ps_("Logo", 40, "Liberation Sans", bold=True, color="#00539b", sb="0.3in"),
          ps_("Org", 13, "Liberation Sans", color="#00539b", sa="0.7in"),
          ps_("Head", 26, "Liberation Serif", sa="0.35in"),
          ps_("Cue", 12, "Liberation Serif", italic=True, sa="0.1in"),
          ps_("Name", 24, "Liberation Serif", bold=True, sa="0.3in"),
          ps_("Fmt", 11, "Liberation Sans", caps=True, ls="0.04in", color="#666666", sa="0.06in"),
          ps_("Title", 16, "Liberation Serif", sa="0.35in", ml="0.3in", mr="0.3in"),
          ps_("Line", 12, "Liberation Serif", sa="0.06in"),
          ps_("Box", 8.5, "Liberation Sans", align="left", color="#333333")]
    frame = ('<draw:frame draw:style-name="fr1" draw:name="Accreditation" text:anchor-type="page" text:anchor-page-number="1" '
             'svg:x="0.9in" svg:y="8.75in" svg:width="6.7in" svg:height="1.3in" draw:z-index="0"><draw:text-box>%s%s</draw:text-box>'
             '</draw:frame>' % (
                 P("Box", "Accreditation"),
                 P("Box", "CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                          "the ASCLS P.A.C.E.® Program, P.A.C.E.® Provider Number 0025. Participants who attend the full live "
                          "session and complete the evaluation receive the credit shown above. Certificate generated 03/03/2025.")))
    st.append('<style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:border="0.75pt solid #00539b" '
              'fo:padding="0.1in" draw:fill="solid" draw:fill-color="#eef4fa" fo:background-color="#eef4fa" style:wrap="none" style:vertical-pos="from-top" '
              'style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>')
    body = "\n".join([
        frame,
        P("Logo", "CLSI"),
        P("Org", "Clinical and Laboratory Standards Institute"),
        P("Head", "Certificate of Participation"),
        P("Cue", "awarded to"),
        P("Name", "Mehmet Can Yıldırım"),
        P("Cue", "for participation in"),
        P("Fmt", "the webinar"),
        P("Title", "Implementing M100, 35th Edition: Reporting Changes for Enterobacterales and Pseudomonas aeruginosa"),
        P("Line", "Feb 26, 2025"),
        P("Line", "1.5 P.A.C.E.® contact hours"),
        P("Line", "Event No. WEB-2502-M100"),
    ])
    return fodt(st, body, landscape=False, margins=("0.6in",) * 4, title="CLSI certificate")


@cert(id="d58", producer="libreoffice-fodt", style="conference",
      layout=["portrait", "meeting-attendance", "date-range-abbrev", "second-page-agenda", "name-apostrophe",
              "program-id-label", "ordinal-meeting-name"],
      notes="Regional symposium attendance; title is the symposium name; page 2 is the agenda with session codes and per-session hours that are not the total.",
      name="Francesca D'Ambrosio-Lindqvist",
      title="14th Annual Tri-State Clinical Microbiology Symposium",
      date="2024-10-18", date_str="Oct. 17–18, 2024", credits=9.0, credit_str="9.0", unit="contact hour",
      provider=["Three Rivers Laboratory Education Council", "TRLEC"], activity_id="TRLEC-2024-MS14")
def d58(c):
    st = odt_table_styles("A", [0.9, 1.1, 3.9, 0.8], total="6.7in")
    st += [odt_cell_style("AH", bg="#2e4a62", pad="0.05in", bb="0.5pt solid #999999"),
           odt_cell_style("AC", pad="0.05in", bb="0.5pt solid #999999"),
           ps_("Org", 13, "Liberation Sans", bold=True, color="#2e4a62", ls="0.02in", caps=True, sb="0.2in"),
           ps_("Sym", 22, "P052", bold=True, sb="0.25in", sa="0.05in", ml="0.4in", mr="0.4in"),
           ps_("When", 12, "P052", italic=True, sa="0.55in"),
           ps_("Head", 30, "URW Bookman", color="#2e4a62", sa="0.35in"),
           ps_("Cue", 12, "Liberation Serif", sa="0.1in"),
           ps_("Name", 26, "Liberation Serif", italic=True, sa="0.3in"),
           ps_("Line", 12, "Liberation Serif", sa="0.08in"),
           ps_("Fine", 8.5, "Liberation Sans", color="#555555", sb="0.8in", ml="0.3in", mr="0.3in", align="justify"),
           ps_("H2", 15, "Liberation Sans", bold=True, align="left", color="#2e4a62", sa="0.15in", brk="page"),
           ps_("TH", 9, "Liberation Sans", bold=True, align="left", color="#ffffff"),
           ps_("TD", 9, "Liberation Sans", align="left"),
           ps_("TDB", 9, "Liberation Sans", bold=True, align="left"),
           ps_("Note", 8.5, "Liberation Sans", align="left", sb="0.15in", color="#444444")]
    agenda = [("Thu Oct. 17", "S1-01", "Welcome and keynote: Antimicrobial resistance in the tri-state region", "1.0"),
              ("Thu Oct. 17", "S1-02", "MALDI-TOF troubleshooting: when the score is low", "1.0"),
              ("Thu Oct. 17", "S1-03", "Anaerobes revisited", "1.0"),
              ("Thu Oct. 17", "S1-04", "Workshop: Gram stain proficiency (limited seating)", "1.5"),
              ("Fri Oct. 18", "S2-01", "Syndromic panels and diagnostic stewardship", "1.0"),
              ("Fri Oct. 18", "S2-02", "Fungal identification made practical", "1.5"),
              ("Fri Oct. 18", "S2-03", "Case studies from the bench", "1.0"),
              ("Fri Oct. 18", "S2-04", "Regulatory roundup and closing", "1.0")]
    rows = [[("AH", P("TH", "Day")), ("AH", P("TH", "Code")), ("AH", P("TH", "Session")), ("AH", P("TH", "Hours"))]]
    rows += [[("AC", P("TD", a)), ("AC", P("TD", b)), ("AC", P("TD", s)), ("AC", P("TD", h))] for a, b, s, h in agenda]
    rows += [[("AC", P("TD", "")), ("AC", P("TD", "")), ("AC", P("TDB", "Total available")), ("AC", P("TDB", "9.0"))]]
    body = "\n".join([
        P("Org", "Three Rivers Laboratory Education Council"),
        P("Sym", "14th Annual Tri-State Clinical Microbiology Symposium"),
        P("When", "Oct. 17–18, 2024 · Wheeling, West Virginia"),
        P("Head", "Certificate of Attendance"),
        P("Cue", "This is to certify that"),
        P("Name", "Francesca D'Ambrosio-Lindqvist"),
        P("Line", "attended the symposium and is awarded"),
        P("Line", "9.0 P.A.C.E.® contact hours"),
        P("Line", "Program ID: TRLEC-2024-MS14"),
        P("Fine", "The Three Rivers Laboratory Education Council (TRLEC) is approved as a provider of continuing education programs "
                  "in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. TRLEC certifies that the attendee named above "
                  "signed in to every session listed on the agenda (page 2)."),
        P("H2", "Symposium agenda"),
        odt_table("A", [0.9, 1.1, 3.9, 0.8], rows),
        P("Note", "Session hours are listed for information; the certificate total reflects all sessions attended."),
    ])
    return fodt(st, body, landscape=False, margins=("0.7in",) * 4, title="Symposium certificate")


# ================================================================ Word-like .docx -> LibreOffice -> PDF

@cert(id="d03", producer="libreoffice-docx", style="ascp",
      layout=["portrait", "format-word-own-line", "table-layout", "text-box-sidebar", "slash-date",
              "issue-date-distractor", "title-colon"],
      notes="ASCP eCast; details in a bordered Word table; CMP/accreditation text in a VML text box; date issued is a distractor.",
      name="Darnell K. Whitfield-Osei",
      title="Hemoglobin A1c Interferences: Variants, Carbamylation, and Other Pitfalls",
      date="2024-10-02", date_str="10/02/2024", credits=1.0, credit_str="1.0", unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="E24-1002-HB")
def d03(c):
    F = "Arial"
    body = [
        wp([wr("ASCP", 30, bold=True, font=F, color="1B5E8C")], before=6),
        wp([wr("American Society for Clinical Pathology", 12, font=F, color="1B5E8C")], after=30, border_bottom=True),
        wp([wr("Certificate of Completion", 28, font="Georgia")], after=18),
        wp([wr("This certifies that", 12, italic=True)], after=6),
        wp([wr("Darnell K. Whitfield-Osei, MLT(ASCP)", 22, bold=True)], after=10),
        wp([wr("has completed", 12, italic=True)], after=4),
        wp([wr("the eCast", 11, caps=True, spacing=40, font=F, color="555555")], after=4),
        wp([wr("Hemoglobin A1c Interferences: Variants, Carbamylation, and Other Pitfalls", 17, bold=True)], after=24,
           ind=(720, 720)),
        wtable([[wp([wr("Activity ID", 10, bold=True, font=F)], align="left"), wp([wr("E24-1002-HB", 11)], align="left")],
                [wp([wr("Date Completed", 10, bold=True, font=F)], align="left"), wp([wr("10/02/2024", 11)], align="left")],
                [wp([wr("CMLE Credits", 10, bold=True, font=F)], align="left"), wp([wr("1.0", 11)], align="left")],
                [wp([wr("Date Issued", 10, bold=True, font=F)], align="left"), wp([wr("10/05/2024", 11)], align="left")]],
               [2200, 3000], shade_first_col="DCE6F1"),
        wp([wr("")], after=0),
        wtextbox_vml([
            wp([wr("About this credit", 9, bold=True, font=F)], align="left", after=4),
            wp([wr("ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                   "ASCLS P.A.C.E.® Program. CMLE credits earned through ASCP eCasts are accepted by the ASCP Board of "
                   "Certification for the Credential Maintenance Program (CMP). ASCP Customer No. 10577312.", 8, font=F)],
               align="left")], 72, 620, 468, 92, fill="#EEF3F8", ident=1),
    ]
    return docx_bytes("".join(body), landscape=False, margins=(1000, 1080, 1000, 1080), title="ASCP eCast certificate")


@cert(id="d11", producer="libreoffice-docx", style="clma-chapter",
      layout=["landscape", "table-layout", "meeting-attendance", "date-range-across-months", "title-ampersand",
              "chapter-id-distractor", "ce-hour-unit"],
      notes="CLMA chapter summit; date range spans two months (May 30 – June 1); chapter ID and attendee number are distractors; no activity number printed.",
      name="Isabella Montoya-Ferreira",
      title="Lab Leadership Summit 2025: People, Process & Performance",
      date="2025-06-01", date_str="May 30 – June 1, 2025", credits=10.0, credit_str="10.0", unit="CE hour",
      provider=["Sonoran Desert Chapter of the Clinical Laboratory Management Association", "CLMA"], activity_id=None)
def d11(c):
    F = "Cambria"
    body = [
        wtable([[wp([wr("CLMA", 34, bold=True, font="Arial", color="FFFFFF")], shade="8C4B1F"),
                 [wp([wr("Sonoran Desert Chapter of the Clinical Laboratory Management Association", 14, bold=True,
                         font="Arial", color="8C4B1F")], align="left"),
                  wp([wr("Phoenix · Tucson · Flagstaff", 10, font="Arial", color="666666")], align="left")]]],
               [2400, 9600], borders=None, valign="center"),
        wp([wr("Certificate of Attendance", 32, font=F, color="8C4B1F")], before=30, after=14),
        wp([wr("presented to", 12, italic=True)], after=6),
        wp([wr("Isabella Montoya-Ferreira", 26, bold=True, font=F)], after=8),
        wp([wr("for attendance at", 12, italic=True)], after=6),
        wp([wr("Lab Leadership Summit 2025: People, Process & Performance", 18, font=F)], after=4),
        wp([wr("Scottsdale, Arizona · May 30 – June 1, 2025", 12)], after=22),
        wtable([[wp([wr("Continuing Education Hours Earned", 10, bold=True)]), wp([wr("Attendee #", 10, bold=True)]),
                 wp([wr("Chapter ID", 10, bold=True)])],
                [wp([wr("10.0", 14)]), wp([wr("0412", 12)]), wp([wr("AZ-07", 12)])]],
               [3600, 2400, 2400], shade_first_col=None),
        wp([wr("The Sonoran Desert Chapter of CLMA certifies attendance for the sessions verified by badge scan. "
               "CE hours may be submitted toward the ASCP BOC Credential Maintenance Program.", 8, color="555555")],
           before=20),
    ]
    return docx_bytes("".join(body), landscape=True, margins=(720, 900, 720, 900), font="Cambria",
                      title="CLMA summit certificate", page_border=("double", 6, "8C4B1F"))


@cert(id="d19", producer="libreoffice-docx", style="vendor-training",
      layout=["landscape", "table-layout", "text-box", "title-parentheses", "version-number", "date-range-abbrev",
              "instrument-serial-distractor", "valid-through-distractor", "course-code-label"],
      notes="Instrument vendor key-operator course over three days (last day is gold); instrument serial number, P.A.C.E. provider number and operator-certification expiry are distractors.",
      name="Chukwuemeka Obi-Lawson",
      title="Key Operator Training: Veridian HX-900 Hematology Analyzer (Software v4.2)",
      date="2025-01-15", date_str="Jan 13–15, 2025", credits=16.0, credit_str="16.0", unit="contact hour",
      provider=["Veridian Diagnostics", "VERIDIAN"], activity_id="HX9-KOT-01")
def d19(c):
    F = "Arial"
    body = [
        wp([wr("VERIDIAN", 26, bold=True, font=F, color="00796B", spacing=60)], align="left"),
        wp([wr("Veridian Diagnostics · Customer Training Center · Raleigh, North Carolina", 10, font=F, color="555555")],
           align="left", after=20, border_bottom=True),
        wp([wr("Certificate of Training", 30, font="Georgia")], after=10),
        wp([wr("This is to certify that", 12)], after=4),
        wp([wr("Chukwuemeka Obi-Lawson", 24, bold=True, font="Georgia")], after=6),
        wp([wr("has successfully completed the", 12)], after=4),
        wp([wr("Key Operator Training: Veridian HX-900 Hematology Analyzer (Software v4.2)", 16, bold=True, font="Georgia")],
           after=16),
        wtable([[wp([wr("Course Code", 9, bold=True, font=F)]), wp([wr("Training dates", 9, bold=True, font=F)]),
                 wp([wr("Contact Hours", 9, bold=True, font=F)]), wp([wr("Instrument S/N", 9, bold=True, font=F)])],
                [wp([wr("HX9-KOT-01", 11)]), wp([wr("Jan 13–15, 2025", 11)]), wp([wr("16.0", 11)]),
                 wp([wr("HX9-20411", 11)])]],
               [2600, 2600, 2000, 2600]),
        wtextbox_dml([
            wp([wr("Operator status", 9, bold=True, font=F)], align="left", after=3),
            wp([wr("Authorized key operator for HX-900 series analyzers at the customer site. Recertification due "
                   "01/15/2027.", 8.5, font=F)], align="left")], 560, 455, 180, 86, fill="FFF8E1", ident=1, line="C9A227"),
        wp([wr("Veridian Diagnostics is approved as a provider of continuing education programs in the clinical laboratory "
               "sciences by the ASCLS P.A.C.E.® Program (P.A.C.E.® Provider #5122).", 8, font=F, color="555555")],
           before=70, align="left", ind=(0, 4200)),
        wp([wr("Training Manager, Customer Education", 9, font=F)], before=10, align="left", border_top=True,
           ind=(0, 8200)),
    ]
    return docx_bytes("".join(body), landscape=True, margins=(700, 900, 600, 900), font="Georgia",
                      title="Veridian training certificate")


@cert(id="d27", producer="libreoffice-docx", style="amt",
      layout=["portrait", "has-earned", "table-layout", "title-abbreviation-Pt.", "day-month-abbrev-date",
              "member-id-distractor", "activity-code-label"],
      notes="AMT continuing education certificate; 'has earned ... for' cue; title contains 'Pt.'; AMT member ID is a distractor.",
      name="Lorenzo B. Santangelo",
      title="Point-of-Care Glucose Testing: QC Lockouts, Operator Competency and Pt. Identification",
      date="2024-08-12", date_str="12 Aug 2024", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["American Medical Technologists", "AMT"], activity_id="AMT-OL-24-118")
def d27(c):
    F = "Arial"
    body = [
        wp([wr("AMT", 36, bold=True, font="Times New Roman", color="002D62")], before=20),
        wp([wr("American Medical Technologists", 14, font="Times New Roman", color="002D62", caps=True, spacing=30)],
           after=40),
        wp([wr("Certificate of Continuing Education", 24, italic=True)], after=30),
        wp([wr("Lorenzo B. Santangelo, RPT(AMT)", 22, bold=True)], after=10),
        wp([wr("has earned 1.0 contact hour for", 12)], after=10),
        wp([wr("Point-of-Care Glucose Testing: QC Lockouts, Operator Competency and Pt. Identification", 16, bold=True)],
           after=36, ind=(600, 600)),
        wtable([[wp([wr("Completion date", 9, font=F, color="666666")]), wp([wr("CE Activity Code", 9, font=F, color="666666")]),
                 wp([wr("AMT Member ID", 9, font=F, color="666666")])],
                [wp([wr("12 Aug 2024", 12)]), wp([wr("AMT-OL-24-118", 12)]), wp([wr("1188-2045", 12)])]],
               [3000, 3000, 3000], borders="dotted"),
        wp([wr("American Medical Technologists is approved as a provider of continuing education programs in the clinical "
               "laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is recorded in the AMT Certification "
               "Continuation Program (CCP) transcript.", 8.5, font=F, color="444444")], before=60, ind=(500, 500)),
    ]
    return docx_bytes("".join(body), landscape=False, margins=(1000, 1000, 1000, 1000),
                      title="AMT CE certificate", page_border=("single", 18, "002D62"))


@cert(id="d35", producer="libreoffice-docx", style="state-license",
      layout=["portrait", "two-column-label-value", "table-layout", "text-box", "state-FL", "m/d/yyyy-date",
              "license-number-distractor", "ce-broker-provider-distractor", "report-date-distractor"],
      notes="Florida clinical laboratory personnel CE certificate (CE Broker style); CE Broker course number is the activity id; provider number, license number and report date are distractors.",
      name="Thuy-Linh Nguyen",
      title="Prevention of Medical Errors in the Clinical Laboratory",
      date="2024-09-05", date_str="9/5/2024", credits=2.0, credit_str="2.0", unit="contact hour",
      provider=["Sunbelt Laboratory Education Group", "SLEG"], activity_id="20-1104587")
def d35(c):
    F = "Calibri"
    k = lambda s: wp([wr(s, 10, bold=True, font=F)], align="left")
    v = lambda s: wp([wr(s, 11, font=F)], align="left")
    body = [
        wp([wr("Sunbelt Laboratory Education Group", 18, bold=True, font=F, color="E26B0A")], align="left"),
        wp([wr("SLEG · Florida Board of Clinical Laboratory Personnel approved CE provider", 9.5, font=F, color="555555")],
           align="left", after=24),
        wp([wr("CONTINUING EDUCATION CERTIFICATE", 20, bold=True, font=F)], after=4),
        wp([wr("Florida Clinical Laboratory Personnel", 12, italic=True, font=F)], after=22),
        wtable([[k("Participant"), v("Thuy-Linh Nguyen")],
                [k("FL License #"), v("TC 61234")],
                [k("Course Title"), v("Prevention of Medical Errors in the Clinical Laboratory")],
                [k("CE Broker Course #"), v("20-1104587")],
                [k("Subject Area"), v("Prevention of Medical Errors (Florida-required)")],
                [k("Date Completed"), v("9/5/2024")],
                [k("Contact Hours"), v("2.0")],
                [k("Provider #"), v("50-31245")]],
               [2700, 6300], shade_first_col="FDE9D9"),
        wtextbox_vml([
            wp([wr("Reported to CE Broker on 9/6/2024.", 9, bold=True, font=F)], align="left", after=3),
            wp([wr("Keep this certificate for a minimum of four years. Florida law requires two hours of "
                   "Prevention of Medical Errors each biennium.", 8.5, font=F)], align="left")],
            330, 560, 220, 80, fill="#FFF2E6", ident=2),
        wp([wr("Signed: ____________________  Education Director", 10, font=F)], before=100, align="left"),
    ]
    return docx_bytes("".join(body), landscape=False, margins=(1000, 1100, 900, 1100), font="Calibri",
                      title="Florida CE certificate")


@cert(id="d43", producer="libreoffice-docx", style="hospital-inservice",
      layout=["portrait", "competency-record", "table-layout", "ordinal-date", "title-dash",
              "next-due-date-distractor", "employee-number-distractor"],
      notes="Health-system phlebotomy competency/in-service record; completion date printed as '3rd March 2025'; next-due date and employee number are distractors.",
      name="Mariana Szabo-Kendrick",
      title="Phlebotomy Competency Renewal — Order of Draw, Tube Inversions and Patient Identification",
      date="2025-03-03", date_str="3rd March 2025", credits=0.75, credit_str="0.75", unit="contact hour",
      provider=["Lakeshore Health System", "LHS"], activity_id="LHS-PHL-COMP-25")
def d43(c):
    F = "Arial"
    k = lambda s: wp([wr(s, 9.5, bold=True, font=F)], align="left")
    v = lambda s: wp([wr(s, 10.5, font=F)], align="left")
    body = [
        wtable([[wp([wr("LHS", 26, bold=True, font=F, color="FFFFFF")], shade="2E75B6"),
                 [wp([wr("Lakeshore Health System", 16, bold=True, font=F)], align="left"),
                  wp([wr("Laboratory Services Education & Competency", 10, font=F)], align="left")]]],
               [1600, 8000], borders=None),
        wp([wr("Competency Assessment & In-Service Completion", 15, bold=True, font=F)], before=20, after=12, align="left"),
        wtable([[k("Employee"), v("Mariana Szabo-Kendrick"), k("Employee #"), v("0049182")],
                [k("Module"), (v("Phlebotomy Competency Renewal — Order of Draw, Tube Inversions and Patient Identification"), 3)],
                [k("Course Code"), v("LHS-PHL-COMP-25"), k("Contact hours"), v("0.75")],
                [k("Completed"), v("3rd March 2025"), k("Next competency due"), v("3rd March 2026")]],
               [1800, 3300, 2000, 2500]),
        wp([wr("Competency elements (CLIA §493.1451)", 11, bold=True, font=F)], before=16, after=6, align="left"),
        wtable([[wp([wr("Element", 9.5, bold=True, font=F)], align="left"), wp([wr("Method", 9.5, bold=True, font=F)], align="left"),
                 wp([wr("Result", 9.5, bold=True, font=F)], align="left")],
                [v("1. Direct observation of routine venipuncture"), v("Observed by lead phlebotomist"), v("Satisfactory")],
                [v("2. Patient identification (two identifiers)"), v("Observation + checklist"), v("Satisfactory")],
                [v("3. Order of draw and tube inversions"), v("Written quiz (20 items)"), v("95%")],
                [v("4. Problem solving: hemolyzed specimen"), v("Case scenario"), v("Satisfactory")]],
               [4400, 3200, 2000]),
        wp([wr("Lakeshore Health System is approved as a provider of continuing education programs in the clinical laboratory "
               "sciences by the ASCLS P.A.C.E.® Program.", 8.5, font=F, color="444444")], before=18, align="left"),
        wp([wr("Assessor: ______________________     Employee: ______________________", 10, font=F)], before=30, align="left"),
    ]
    return docx_bytes("".join(body), landscape=False, margins=(900, 1000, 900, 1000), font="Arial",
                      title="Competency record")


@cert(id="d51", producer="libreoffice-docx", style="iacet-ceu",
      layout=["landscape", "ceu", "centred-cue", "title-parentheses", "accreditation-names-provider",
              "iacet-provider-number-distractor", "text-box"],
      notes="IACET Accredited Provider; 0.6 CEU (=6 points); IACET provider number is a distractor; statement names the provider as subject.",
      name="Abdirahman Yusuf Warsame",
      title="Laboratory Safety Officer Training: Chemical Hygiene, Biosafety and Emergency Response (Level II)",
      date="2025-04-09", date_str="April 9, 2025", credits=0.6, credit_str="0.6", unit="CEU",
      provider=["Meridian Professional Learning Institute", "MPLI"], activity_id="MPLI-LSO-201")
def d51(c):
    body = [
        wp([wr("MERIDIAN PROFESSIONAL LEARNING INSTITUTE", 14, bold=True, font="Arial", color="3C3C78", spacing=40)], before=10),
        wp([wr("MPLI · An IACET Accredited Provider", 10, font="Arial", color="666666")], after=26),
        wp([wr("Certificate of Achievement", 34, font="Georgia", color="3C3C78")], after=14),
        wp([wr("This certificate recognizes that", 12, italic=True)], after=6),
        wp([wr("Abdirahman Yusuf Warsame", 26, bold=True)], after=8),
        wp([wr("has completed", 12, italic=True)], after=6),
        wp([wr("Laboratory Safety Officer Training: Chemical Hygiene, Biosafety and Emergency Response (Level II)", 17,
               bold=True)], after=12, ind=(900, 900)),
        wp([wr("and is awarded ", 12), wr("0.6 Continuing Education Units (CEUs)", 12, bold=True),
            wr(" on April 9, 2025.", 12)], after=10),
        wp([wr("Course ID: MPLI-LSO-201", 11)], after=0),
        wtextbox_vml([
            wp([wr("Meridian Professional Learning Institute has been accredited as an Authorized Provider by the International "
                   "Accreditors for Continuing Education and Training (IACET) and offers IACET CEUs for its learning events that "
                   "comply with the ANSI/IACET Continuing Education and Training Standard. IACET Accredited Provider #7012455.",
                   8, font="Arial")], align="left")], 90, 500, 612, 58, fill="#F0F0F8", ident=3),
    ]
    return docx_bytes("".join(body), landscape=True, margins=(800, 1000, 800, 1000), font="Georgia",
                      title="MPLI CEU certificate", page_border=("thinThickSmallGap", 24, "3C3C78"))


@cert(id="d59", producer="libreoffice-docx", style="aab",
      layout=["portrait", "labels-above-values", "table-layout", "title-colon", "activity-no-label",
              "accreditation-names-provider"],
      notes="AAB webinar certificate; labels above values in a borderless two-column table.",
      name="Shira Ben-David",
      title="Preparing for Your CLIA Inspection: Personnel Files, Competency Assessment, and Proficiency Testing",
      date="2025-04-30", date_str="April 30, 2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["American Association of Bioanalysts", "AAB"], activity_id="AAB-W-2504")
def d59(c):
    F = "Arial"
    lab = lambda s: wp([wr(s, 8, bold=True, font=F, color="7F7F7F", caps=True, spacing=20)], align="left", before=10)
    val = lambda s, sz=13, b=False: wp([wr(s, sz, bold=b)], align="left", after=4)
    body = [
        wp([wr("AAB", 30, bold=True, font=F, color="4F6228")], align="left"),
        wp([wr("American Association of Bioanalysts", 13, font=F, color="4F6228")], align="left", after=8),
        wp([wr("Continuing Education Certificate", 24, font="Georgia")], align="left", after=24, border_bottom=True),
        lab("Participant"), val("Shira Ben-David", 20, True),
        lab("Activity"),
        val("Preparing for Your CLIA Inspection: Personnel Files, Competency Assessment, and Proficiency Testing", 15),
        wtable([[[lab("Date"), val("April 30, 2025")], [lab("Credit"), val("1.0 P.A.C.E.® contact hour")]],
                [[lab("Activity No."), val("AAB-W-2504")], [lab("Format"), val("Live webinar")]]],
               [4600, 4600], borders=None, jc="left", valign="top", cell_margin=0),
        wp([wr("AAB is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
               "ASCLS P.A.C.E.® Program.", 9, font=F, color="444444")], before=40, align="left"),
        wp([wr("Director of Education, AAB", 10, font=F)], before=50, align="left", border_top=True, ind=(0, 5600)),
    ]
    return docx_bytes("".join(body), landscape=False, margins=(1200, 1300, 1000, 1300), font="Georgia",
                      title="AAB certificate")


# ================================================================ FPDF (PHP)

def fpdf_src(c, code):
    return FPDF_HEAD % (c["id"], c["id"]) + code.strip() + "\n$p->Output('F', $argv[1]);\n"


@cert(id="d04", producer="fpdf", style="ascp",
      layout=["portrait", "values-above-labels", "signature-rules", "title-parentheses", "part-x-of-y",
              "signature-date-distractor", "slash-date"],
      notes="ASCP certificate where each value sits on a rule with its label underneath; signature date is a distractor.",
      name="Barbara-Jean Whitcombe",
      title="Blood Culture Contamination: Root Causes and Interventions (Part 2 of 3)",
      date="2024-09-23", date_str="09/23/2024", credits=0.5, credit_str="0.5", unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="24-BCC-2")
def d04(c):
    return fpdf_src(c, r"""
function field($p, $x, $y, $w, $value, $label, $size = 14, $style = '') {
    $p->SetXY($x, $y); $p->SetFont('Times', $style, $size); $p->SetTextColor(20, 20, 20);
    $p->MultiCell($w, $size * 0.5, t($value), 0, 'C');
    $yy = $p->GetY() + 1.5; $p->SetDrawColor(60, 60, 60); $p->SetLineWidth(0.3); $p->Line($x, $yy, $x + $w, $yy);
    $p->SetXY($x, $yy + 1); $p->SetFont('Helvetica', '', 8); $p->SetTextColor(90, 90, 90);
    $p->Cell($w, 4, t($label), 0, 0, 'C');
}
$p = new FPDF('P', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('ASCP Certificate'); $p->AddPage();
$p->SetDrawColor(27, 94, 140); $p->SetLineWidth(1.4); $p->Rect(10, 10, 195.9, 259.4);
$p->SetLineWidth(0.3); $p->Rect(14, 14, 187.9, 251.4);
$p->SetFont('Helvetica', 'B', 28); $p->SetTextColor(27, 94, 140); $p->SetXY(0, 30); $p->Cell(215.9, 12, 'ASCP', 0, 2, 'C');
$p->SetFont('Helvetica', '', 12); $p->Cell(215.9, 6, t('American Society for Clinical Pathology'), 0, 2, 'C');
$p->SetFont('Times', 'I', 30); $p->SetTextColor(30, 30, 30); $p->SetXY(0, 62); $p->Cell(215.9, 14, t('Certificate of Continuing Education'), 0, 2, 'C');
$p->SetFont('Times', '', 12); $p->Cell(215.9, 8, t('is hereby granted for the activity and credit recorded below'), 0, 2, 'C');
field($p, 38, 100, 140, 'Barbara-Jean Whitcombe, MT(ASCP)SBB', 'Participant', 20, 'B');
field($p, 30, 128, 156, 'Blood Culture Contamination: Root Causes and Interventions (Part 2 of 3)', 'Activity', 15, 'B');
field($p, 24, 166, 52, '09/23/2024', 'Date Completed', 13);
field($p, 82, 166, 52, '0.5', 'CMLE Credits', 13);
field($p, 140, 166, 52, '24-BCC-2', 'Activity No.', 13);
field($p, 24, 205, 80, ' ', 'Director, Continuing Education', 12);
field($p, 122, 205, 70, '09/30/2024', 'Date Signed', 12);
$p->SetXY(24, 232); $p->SetFont('Helvetica', '', 7.5); $p->SetTextColor(80, 80, 80);
$p->MultiCell(168, 3.6, t('ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. ASCP designates this activity for 0.5 CMLE credit. This certificate may be submitted to the ASCP Board of Certification Credential Maintenance Program (CMP).'), 0, 'C');
""")


@cert(id="d12", producer="fpdf", style="ascls-chapter",
      layout=["landscape", "one-paragraph", "title-italic-inline", "weekday-date", "successfully-finished",
              "course-no-label", "format-word-inline"],
      notes="State-chapter seminar certificate written as one flowing sentence; title set in italics inside the sentence; weekday date.",
      name="Cornelius Adeyemi-Vance",
      title="Urinalysis Sediment Review: Casts, Crystals, and Look-Alikes",
      date="2025-04-12", date_str="Saturday, April 12, 2025", credits=2.5, credit_str="2.5", unit="contact hour",
      provider=["Appalachian Society for Clinical Laboratory Science", "ASCLS-Appalachia"], activity_id="APP-25-SP-B")
def d12(c):
    return fpdf_src(c, r"""
$p = new FPDF('L', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('Seminar certificate'); $p->AddPage();
$p->SetFillColor(92, 64, 51); $p->Rect(0, 0, 279.4, 22, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('Times', 'B', 18); $p->SetXY(16, 5); $p->Cell(200, 8, t('Appalachian Society for Clinical Laboratory Science'), 0, 2, 'L');
$p->SetFont('Times', '', 10); $p->Cell(200, 5, t('ASCLS-Appalachia · a constituent society of ASCLS'), 0, 0, 'L');
$p->SetTextColor(40, 40, 40); $p->SetFont('Times', 'B', 30); $p->SetXY(0, 42); $p->Cell(279.4, 14, t('Certificate of Continuing Education'), 0, 1, 'C');
$p->SetLeftMargin(38); $p->SetRightMargin(38); $p->SetXY(38, 72);
$p->SetFont('Times', '', 16); $p->Write(10, t('Be it known that '));
$p->SetFont('Times', 'B', 16); $p->Write(10, t('Cornelius Adeyemi-Vance'));
$p->SetFont('Times', '', 16); $p->Write(10, t(' successfully finished the spring seminar '));
$p->SetFont('Times', 'I', 16); $p->Write(10, t('Urinalysis Sediment Review: Casts, Crystals, and Look-Alikes'));
$p->SetFont('Times', '', 16); $p->Write(10, t(', held on Saturday, April 12, 2025, in Morgantown, sponsored by the Appalachian Society for Clinical Laboratory Science (ASCLS-Appalachia), and is granted 2.5 P.A.C.E.® contact hours for this activity, Course No. APP-25-SP-B.'));
$p->SetDrawColor(60, 60, 60); $p->Line(40, 160, 120, 160); $p->Line(160, 160, 240, 160);
$p->SetFont('Helvetica', '', 9); $p->SetXY(40, 161); $p->Cell(80, 5, t('President, ASCLS-Appalachia'), 0, 0, 'C');
$p->SetXY(160, 161); $p->Cell(80, 5, t('P.A.C.E.® Program Coordinator'), 0, 0, 'C');
$p->SetFont('Helvetica', '', 7.5); $p->SetTextColor(90, 90, 90); $p->SetXY(38, 185);
$p->MultiCell(203.4, 3.6, t('The Appalachian Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. P.A.C.E.® Provider No. 204. Retain this certificate for your records.'), 0, 'C');
""")


@cert(id="d20", producer="fpdf", style="online-library",
      layout=["landscape", "all-caps-name", "format-word-own-line", "title-parentheses", "day-month-abbrev-date",
              "score-distractor", "certificate-id-distractor", "provider-logo-word-and-domain"],
      notes="Online CE library self-study module; name printed in capitals; quiz score and certificate ID are distractors; provider appears as logo word and domain.",
      name="JOSEPHINE A. MBEKI-HARTLEY",
      title="Mycobacteriology Essentials: AFB Smear Grading (1+ to 4+) and Specimen Processing",
      date="2025-01-27", date_str="27 Jan 2025", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["MicroLearn Lab"], activity_id="MLL-MYC-0203")
def d20(c):
    return fpdf_src(c, r"""
$p = new FPDF('L', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('MicroLearn Lab certificate'); $p->AddPage();
$p->SetFillColor(0, 122, 94); $p->Rect(8, 8, 263.4, 199.9, 'F'); $p->SetFillColor(255, 255, 255); $p->Rect(13, 13, 253.4, 189.9, 'F');
$p->SetDrawColor(0, 122, 94); $p->SetLineWidth(0.4); $p->Rect(17, 17, 245.4, 181.9);
$p->SetFont('Helvetica', 'B', 20); $p->SetTextColor(0, 122, 94); $p->SetXY(24, 24); $p->Cell(100, 9, t('MicroLearn Lab'), 0, 0, 'L');
$p->SetFont('Helvetica', '', 9); $p->SetTextColor(100, 100, 100); $p->SetXY(155, 26); $p->Cell(100, 6, t('microlearnlab.com'), 0, 0, 'R');
$p->SetFont('Helvetica', 'B', 28); $p->SetTextColor(30, 30, 30); $p->SetXY(0, 50); $p->Cell(279.4, 12, t('CERTIFICATE OF COMPLETION'), 0, 1, 'C');
$p->SetFont('Times', 'I', 13); $p->Cell(279.4, 10, t('This is to certify that'), 0, 1, 'C');
$p->SetFont('Times', 'B', 26); $p->Cell(279.4, 13, t('JOSEPHINE A. MBEKI-HARTLEY'), 0, 1, 'C');
$p->SetFont('Times', 'I', 13); $p->Cell(279.4, 8, t('has completed'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 10); $p->SetTextColor(0, 122, 94); $p->Cell(279.4, 7, t('the self-study module'), 0, 1, 'C');
$p->SetTextColor(30, 30, 30); $p->SetFont('Times', 'B', 17); $p->SetX(45);
$p->MultiCell(189.4, 8, t('Mycobacteriology Essentials: AFB Smear Grading (1+ to 4+) and Specimen Processing'), 0, 'C');
$p->SetFont('Helvetica', '', 11); $p->SetY(150);
$p->SetX(30); $p->Cell(73, 6, t('Completion date: 27 Jan 2025'), 0, 0, 'C');
$p->Cell(73, 6, t('Course # MLL-MYC-0203'), 0, 0, 'C');
$p->Cell(73, 6, t('P.A.C.E.® Contact Hours: 1.5'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(110, 110, 110); $p->SetY(172); $p->SetX(30);
$p->MultiCell(219.4, 3.8, t('Post-test score 88% (passing 70%). Cert ID 0000451932. MicroLearn Lab is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
""")


@cert(id="d28", producer="fpdf", style="aspt",
      layout=["portrait", "attended-and-completed", "boxed-cells", "month-abbrev-date", "member-number-distractor",
              "workshop-code-label", "ce-hour-unit"],
      notes="Phlebotomy society workshop; details in boxed cells; ASPT member number is a distractor.",
      name="Dequan R. Fairweather",
      title="Pediatric and Geriatric Venipuncture: Site Selection, Equipment Choices and Patient Comfort",
      date="2024-11-09", date_str="Nov 9, 2024", credits=3.0, credit_str="3.0", unit="CE hour",
      provider=["American Society of Phlebotomy Technicians", "ASPT"], activity_id="ASPT-WS-1109")
def d28(c):
    return fpdf_src(c, r"""
$p = new FPDF('P', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('ASPT CE'); $p->AddPage();
$p->SetFillColor(153, 0, 0); $p->Rect(0, 0, 215.9, 40, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('Helvetica', 'B', 30); $p->SetXY(0, 8); $p->Cell(215.9, 13, 'ASPT', 0, 2, 'C');
$p->SetFont('Helvetica', '', 12); $p->Cell(215.9, 7, t('American Society of Phlebotomy Technicians'), 0, 2, 'C');
$p->SetTextColor(25, 25, 25); $p->SetFont('Times', 'B', 26); $p->SetXY(0, 58); $p->Cell(215.9, 12, t('Continuing Education Certificate'), 0, 2, 'C');
$p->SetFont('Times', '', 13); $p->Cell(215.9, 12, t('This is to certify that'), 0, 2, 'C');
$p->SetFont('Times', 'B', 22); $p->Cell(215.9, 12, t('Dequan R. Fairweather, CPT(ASPT)'), 0, 2, 'C');
$p->SetFont('Times', '', 13); $p->Cell(215.9, 11, t('attended and completed the workshop'), 0, 2, 'C');
$p->SetFont('Times', 'BI', 16); $p->SetX(30);
$p->MultiCell(155.9, 8, t('Pediatric and Geriatric Venipuncture: Site Selection, Equipment Choices and Patient Comfort'), 0, 'C');
$p->SetY(150); $p->SetDrawColor(153, 0, 0); $p->SetLineWidth(0.4);
$p->SetFont('Helvetica', 'B', 9); $p->SetFillColor(245, 230, 230);
$p->SetX(25); $p->Cell(55, 8, t('Date'), 1, 0, 'C', true); $p->Cell(55, 8, t('CE Hours'), 1, 0, 'C', true); $p->Cell(55, 8, t('Workshop code'), 1, 1, 'C', true);
$p->SetFont('Helvetica', '', 12);
$p->SetX(25); $p->Cell(55, 11, t('Nov 9, 2024'), 1, 0, 'C'); $p->Cell(55, 11, t('3.0'), 1, 0, 'C'); $p->Cell(55, 11, t('ASPT-WS-1109'), 1, 1, 'C');
$p->SetFont('Helvetica', '', 9); $p->SetXY(25, 178); $p->Cell(165, 5, t('ASPT Member # 77-30418     Location: Charlotte, NC regional workshop'), 0, 1, 'C');
$p->SetDrawColor(60, 60, 60); $p->SetLineWidth(0.3); $p->Line(35, 215, 100, 215); $p->Line(116, 215, 181, 215);
$p->SetXY(35, 216); $p->Cell(65, 5, t('Workshop Instructor'), 0, 0, 'C'); $p->SetXY(116, 216); $p->Cell(65, 5, t('ASPT Education Committee'), 0, 0, 'C');
$p->SetFont('Helvetica', 'I', 7.5); $p->SetTextColor(90, 90, 90); $p->SetXY(25, 240);
$p->MultiCell(165.9, 3.6, t('Continuing education hours awarded by ASPT may be used to maintain ASPT phlebotomy certification and, for laboratory professionals, toward the ASCP BOC Credential Maintenance Program.'), 0, 'C');
""")


@cert(id="d36", producer="fpdf", style="state-license",
      layout=["portrait", "two-column-label-value", "state-NY", "title-slash", "title-parentheses", "iso-date",
              "sponsor-number-distractor", "license-number-distractor"],
      notes="New York State clinical laboratory technology CE certificate from an invented approved sponsor; NYSED sponsor number and NYS licence number are distractors.",
      name="Aurelio J. Castellano-Prieto",
      title="Flow Cytometry Panel Design for Minimal/Measurable Residual Disease (MRD): An Introduction",
      date="2024-10-29", date_str="2024-10-29", credits=2.0, credit_str="2.0", unit="contact hour",
      provider=["Hudson Valley Clinical Laboratory Education Consortium", "HVCLEC"], activity_id="HV-FC-2410")
def d36(c):
    return fpdf_src(c, r"""
function row($p, $k, $v, $bold = false) {
    $p->SetX(28); $p->SetFont('Helvetica', 'B', 10); $p->SetTextColor(60, 60, 60);
    $y = $p->GetY(); $p->Cell(50, 7, t($k), 0, 0, 'L');
    $p->SetXY(78, $y); $p->SetFont('Times', $bold ? 'B' : '', 12); $p->SetTextColor(15, 15, 15);
    $p->MultiCell(110, 7, t($v), 0, 'L');
    $p->SetDrawColor(200, 200, 200); $p->Line(28, $p->GetY() + 1, 188, $p->GetY() + 1); $p->Ln(3);
}
$p = new FPDF('P', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('NYS CE certificate'); $p->AddPage();
$p->SetFont('Times', 'B', 17); $p->SetTextColor(0, 51, 102); $p->SetXY(28, 24); $p->Cell(160, 8, t('Hudson Valley Clinical Laboratory Education Consortium'), 0, 2, 'L');
$p->SetFont('Helvetica', '', 9.5); $p->SetTextColor(90, 90, 90); $p->Cell(160, 5, t('HVCLEC · 14 Marbletown Road, Kingston, NY'), 0, 2, 'L');
$p->SetDrawColor(0, 51, 102); $p->SetLineWidth(0.8); $p->Line(28, 42, 188, 42); $p->SetLineWidth(0.2);
$p->SetFont('Helvetica', 'B', 15); $p->SetTextColor(15, 15, 15); $p->SetXY(28, 52); $p->Cell(160, 8, t('New York State Approved Continuing Education'), 0, 2, 'L');
$p->SetFont('Helvetica', '', 11); $p->Cell(160, 6, t('Clinical Laboratory Technology — Certificate of Completion'), 0, 2, 'L');
$p->SetY(78);
row($p, 'Licensee', 'Aurelio J. Castellano-Prieto', true);
row($p, 'NYS License No.', '012345-CLT');
row($p, 'Course', 'Flow Cytometry Panel Design for Minimal/Measurable Residual Disease (MRD): An Introduction');
row($p, 'Course ID', 'HV-FC-2410');
row($p, 'Date of completion', '2024-10-29');
row($p, 'Contact hours', '2.0');
row($p, 'Delivery', 'Live, in person (Albany Medical Campus, Room 4B)');
$p->SetFont('Helvetica', '', 8.5); $p->SetTextColor(60, 60, 60); $p->SetXY(28, 190);
$p->MultiCell(160, 4, t('HVCLEC is recognized by the New York State Education Department as an approved provider of continuing education for licensed clinical laboratory technologists and cytotechnologists (Sponsor No. CLT-0147). Licensees should retain this certificate for six years.'), 0, 'L');
$p->Line(28, 240, 98, 240); $p->SetXY(28, 241); $p->Cell(70, 5, t('Program Director'), 0, 0, 'L');
""")


@cert(id="d44", producer="fpdf", style="cap",
      layout=["landscape", "demonstrated-completion-of", "centred-cue", "title-dash", "title-parentheses",
              "dd-Mon-yyyy-date", "customer-number-distractor", "course-code-label"],
      notes="CAP competency module; 'has demonstrated completion of' cue; CAP customer number is a distractor; name has Irish fada.",
      name="Siobhán Ní Bhriain",
      title="Competency Assessment Hub: Microscopic Urinalysis — Crystals and Casts (2025)",
      date="2025-06-04", date_str="04-Jun-2025", credits=1.0, credit_str="1.0", unit="CE hour",
      provider=["College of American Pathologists", "CAP"], activity_id="CAH-URN-0325")
def d44(c):
    return fpdf_src(c, r"""
$p = new FPDF('L', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('CAP Certificate'); $p->AddPage();
$p->SetDrawColor(122, 31, 43); $p->SetLineWidth(2); $p->Line(20, 20, 259.4, 20); $p->Line(20, 195.9, 259.4, 195.9);
$p->SetFont('Times', 'B', 22); $p->SetTextColor(122, 31, 43); $p->SetXY(0, 28); $p->Cell(279.4, 10, t('College of American Pathologists'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 9); $p->SetTextColor(110, 110, 110); $p->Cell(279.4, 5, t('CAP Learning · Competency Assessment Program'), 0, 1, 'C');
$p->SetFont('Times', '', 34); $p->SetTextColor(30, 30, 30); $p->SetXY(0, 58); $p->Cell(279.4, 16, t('Certificate of Completion'), 0, 1, 'C');
$p->SetFont('Times', 'I', 14); $p->Cell(279.4, 11, t('This certifies that'), 0, 1, 'C');
$p->SetFont('Times', 'B', 24); $p->Cell(279.4, 12, t('Siobhán Ní Bhriain'), 0, 1, 'C');
$p->SetFont('Times', 'I', 14); $p->Cell(279.4, 11, t('has demonstrated completion of'), 0, 1, 'C');
$p->SetFont('Times', 'B', 17); $p->SetX(40); $p->MultiCell(199.4, 8, t('Competency Assessment Hub: Microscopic Urinalysis — Crystals and Casts (2025)'), 0, 'C');
$p->SetY(148); $p->SetFont('Helvetica', '', 11); $p->SetTextColor(40, 40, 40);
$p->SetX(30); $p->Cell(73, 6, t('Completion Date: 04-Jun-2025'), 0, 0, 'L');
$p->Cell(73, 6, t('Continuing Education Hours: 1.0'), 0, 0, 'C');
$p->Cell(73, 6, t('Course Code CAH-URN-0325'), 0, 1, 'R');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(100, 100, 100); $p->SetXY(30, 170);
$p->MultiCell(219.4, 3.8, t('Customer # 4481207 · Laboratory CAP No. 7193205. The College of American Pathologists is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Competency records are retained for two years.'), 0, 'C');
""")


@cert(id="d52", producer="fpdf", style="pace-provider",
      layout=["landscape", "is-recognized-for", "centred-cue", "title-vs.", "offering-label", "florida-category-line",
              "distractor-provider-number", "ornamental-border"],
      notes="Invented P.A.C.E.-approved regional network; 'is recognized for completing'; P.A.C.E. provider number and Florida category line are distractors.",
      name="Wilhelmina Korsgaard-Adeyemi",
      title="Therapeutic Drug Monitoring of Vancomycin: AUC-Guided Dosing vs. Trough-Only Monitoring",
      date="2025-03-18", date_str="March 18, 2025", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["Gulf Coast Laboratory Professionals Network", "GCLPN"], activity_id="2503-TDM")
def d52(c):
    return fpdf_src(c, r"""
$p = new FPDF('L', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('GCLPN certificate'); $p->AddPage();
$p->SetDrawColor(184, 134, 11);
for ($i = 0; $i < 4; $i++) { $p->SetLineWidth($i == 1 ? 1.2 : 0.3); $p->Rect(10 + $i * 2.5, 10 + $i * 2.5, 259.4 - $i * 5, 195.9 - $i * 5); }
$p->SetFont('Helvetica', 'B', 13); $p->SetTextColor(13, 71, 161); $p->SetXY(0, 26); $p->Cell(279.4, 7, t('GULF COAST LABORATORY PROFESSIONALS NETWORK'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 9); $p->Cell(279.4, 5, t('GCLPN · Mobile · Biloxi · Pensacola'), 0, 1, 'C');
$p->SetFont('Times', 'BI', 34); $p->SetTextColor(120, 90, 10); $p->SetXY(0, 48); $p->Cell(279.4, 16, t('Certificate of Achievement'), 0, 1, 'C');
$p->SetTextColor(25, 25, 25); $p->SetFont('Times', 'B', 26); $p->SetXY(0, 76); $p->Cell(279.4, 13, t('Wilhelmina Korsgaard-Adeyemi'), 0, 1, 'C');
$p->SetFont('Times', 'I', 14); $p->Cell(279.4, 10, t('is recognized for completing'), 0, 1, 'C');
$p->SetFont('Times', 'B', 18); $p->SetX(45); $p->MultiCell(189.4, 9, t('Therapeutic Drug Monitoring of Vancomycin: AUC-Guided Dosing vs. Trough-Only Monitoring'), 0, 'C');
$p->SetFont('Times', '', 13); $p->Ln(3);
$p->Cell(279.4, 7, t('on March 18, 2025, earning 1.5 P.A.C.E.® contact hours'), 0, 1, 'C');
$p->Cell(279.4, 7, t('Offering 2503-TDM'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(90, 90, 90); $p->SetXY(30, 168);
$p->MultiCell(219.4, 3.8, t('The Gulf Coast Laboratory Professionals Network (GCLPN) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (P.A.C.E.® Provider #441). Also approved for 1.5 hours of Florida continuing education, Category: Clinical Chemistry/Toxicology, FL Provider #50-18822.'), 0, 'C');
""")


@cert(id="d60", producer="fpdf", style="vendor-training",
      layout=["portrait", "side-panel", "attended-and-completed", "title-apostrophe-year", "weekday-abbrev-date",
              "instrument-serial-distractor", "site-number-distractor", "course-id-label"],
      notes="Instrument vendor applications course; dark side band holds logo and address; title contains CLIA '88; serial and site numbers are distractors.",
      name="Hiroshi Tanabe-Caldwell",
      title="Solvara QX Real-Time PCR Platform: Assay Verification per CLIA '88 and CAP Checklists",
      date="2025-03-10", date_str="Mon 10 Mar 2025", credits=6.5, credit_str="6.5", unit="contact hour",
      provider=["Solvara Instruments", "SOLVARA"], activity_id="SQX-AV-301")
def d60(c):
    return fpdf_src(c, r"""
$p = new FPDF('P', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('Solvara training'); $p->AddPage();
$p->SetFillColor(38, 50, 56); $p->Rect(0, 0, 62, 279.4, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('Helvetica', 'B', 19); $p->SetXY(8, 26); $p->Cell(48, 9, 'SOLVARA', 0, 2, 'L');
$p->SetFont('Helvetica', '', 9); $p->SetTextColor(200, 210, 215);
$p->MultiCell(48, 4.5, t("Solvara Instruments\nCustomer Education Center\n2200 Innovation Drive\nMadison, WI 53719\n\neducation@solvara-instruments.com"), 0, 'L');
$p->SetXY(8, 240); $p->SetFont('Helvetica', '', 7.5); $p->MultiCell(48, 3.6, t("Site #0031\nInstrument S/N QX-7700-1182"), 0, 'L');
$p->SetTextColor(30, 30, 30); $p->SetFont('Helvetica', '', 10); $p->SetXY(76, 40); $p->Cell(125, 6, t('CUSTOMER EDUCATION'), 0, 2, 'L');
$p->SetFont('Times', 'B', 30); $p->Cell(125, 16, t('Certificate of Attendance'), 0, 2, 'L');
$p->SetFont('Times', '', 13); $p->Ln(10); $p->SetX(76); $p->Cell(125, 7, t('This certificate confirms that'), 0, 2, 'L');
$p->SetFont('Times', 'B', 22); $p->Cell(125, 12, t('Hiroshi Tanabe-Caldwell'), 0, 2, 'L');
$p->SetFont('Times', '', 13); $p->Cell(125, 9, t('attended and completed'), 0, 2, 'L');
$p->SetFont('Times', 'B', 16); $p->SetX(76); $p->MultiCell(120, 8, t("Solvara QX Real-Time PCR Platform: Assay Verification per CLIA '88 and CAP Checklists"), 0, 'L');
$p->Ln(8); $p->SetFont('Helvetica', '', 11);
$p->SetX(76); $p->Cell(40, 7, t('Date'), 0, 0, 'L'); $p->Cell(80, 7, t('Mon 10 Mar 2025'), 0, 1, 'L');
$p->SetX(76); $p->Cell(40, 7, t('Course ID:'), 0, 0, 'L'); $p->Cell(80, 7, t('SQX-AV-301'), 0, 1, 'L');
$p->SetX(76); $p->Cell(40, 7, t('Credit'), 0, 0, 'L'); $p->Cell(80, 7, t('6.5 contact hours'), 0, 1, 'L');
$p->SetX(76); $p->Cell(40, 7, t('Location'), 0, 0, 'L'); $p->Cell(80, 7, t('Madison training lab 2'), 0, 1, 'L');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(90, 90, 90); $p->SetXY(76, 215);
$p->MultiCell(120, 3.8, t('Solvara Instruments is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours reflect instructional time only.'), 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->Line(76, 250, 140, 250); $p->SetXY(76, 251); $p->Cell(64, 5, t('Applications Training Specialist'), 0, 0, 'L');
""")


# ================================================================ TCPDF (PHP)

def tcpdf_src(c, code):
    return TCPDF_HEAD % (c["id"], c["id"]) + code.strip() + "\n$p->Output($argv[1], 'F');\n"


TC_START = """$p = new CertPDF('%s', 'mm', 'LETTER');
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false, 0); $p->SetMargins(0, 0, 0);
$p->SetCreator('%s'); $p->SetTitle('%s'); $p->AddPage();
"""


@cert(id="d05", producer="tcpdf", style="aabb",
      layout=["landscape", "meeting-attendance", "date-range", "claimed-vs-maximum", "html-table",
              "several-credit-statements", "customer-id-distractor"],
      notes="AABB annual meeting attendance; 14.0 P.A.C.E. hours claimed out of 28.5 available; AMA/ANCC rows not claimed; customer ID is a distractor.",
      name="Gwendolyn Achebe-Marsh",
      title="AABB Annual Meeting 2024",
      date="2024-10-22", date_str="October 19–22, 2024", credits=14.0, credit_str="14.0", unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id=None)
def d05(c):
    return tcpdf_src(c, TC_START % ("L", "AABB Meetings", "AABB Annual Meeting 2024 certificate") + r"""
$p->SetFillColor(155, 27, 48); $p->Rect(0, 0, 279.4, 30, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('helvetica', 'B', 26); $p->SetXY(18, 7); $p->Cell(60, 12, 'AABB', 0, 0, 'L');
$p->SetFont('helvetica', '', 11); $p->SetXY(18, 19); $p->Cell(200, 6, 'Association for the Advancement of Blood & Biotherapies', 0, 0, 'L');
$p->SetFont('helvetica', '', 11); $p->SetXY(160, 11); $p->Cell(101, 6, 'AABB Annual Meeting 2024', 0, 2, 'R'); $p->Cell(101, 6, 'Houston, Texas · October 19–22, 2024', 0, 0, 'R');
$p->SetTextColor(30, 30, 30);
$p->SetFont('times', '', 32); $p->SetXY(0, 44); $p->Cell(279.4, 14, 'Certificate of Attendance', 0, 1, 'C');
$p->SetFont('times', 'I', 13); $p->Cell(279.4, 9, 'This certifies that', 0, 1, 'C');
$p->SetFont('times', 'B', 26); $p->Cell(279.4, 13, 'Gwendolyn Achebe-Marsh, MT(ASCP)SBB', 0, 1, 'C');
$p->SetFont('times', 'I', 13); $p->Cell(279.4, 9, 'attended the AABB Annual Meeting 2024 and claimed the credit shown below.', 0, 1, 'C');
$html = '<table border="1" cellpadding="5" style="font-family:helvetica; font-size:10pt;">
<tr style="background-color:#f2dfe3; font-weight:bold;"><td width="230">Credit type</td><td width="120" align="center">Maximum available</td><td width="120" align="center">Claimed</td></tr>
<tr><td>ASCLS P.A.C.E.® contact hours</td><td align="center">28.5</td><td align="center"><b>14.0</b></td></tr>
<tr><td>AMA PRA Category 1 Credits™</td><td align="center">24.75</td><td align="center">not claimed</td></tr>
<tr><td>ANCC nursing contact hours</td><td align="center">24.75</td><td align="center">not claimed</td></tr>
</table>';
$p->writeHTMLCell(170, 0, 55, 104, $html, 0, 1, false, true, 'C');
$p->SetFont('helvetica', '', 8); $p->SetTextColor(90, 90, 90); $p->SetXY(30, 168);
$p->MultiCell(219.4, 4, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Participants should claim only the credit commensurate with the extent of their participation. AABB Customer ID 00567281. Certificate generated November 3, 2024.', 0, 'C');
""")


@cert(id="d13", producer="tcpdf", style="state-license",
      layout=["portrait", "table-layout", "html-table", "state-TN", "name-suffix-III", "title-vs.",
              "license-number-distractor", "board-approval-reference-distractor", "slash-date"],
      notes="Tennessee medical laboratory personnel CE verification from an invented provider; licence number and board approval reference are distractors; suffix III is part of the name.",
      name="Roosevelt J. Pemberton III",
      title="Hemostasis Case Studies: DIC vs. TTP vs. HIT",
      date="2025-08-14", date_str="08/14/2025", credits=2.0, credit_str="2.0", unit="contact hour",
      provider=["Volunteer Laboratory Education Alliance", "VLEA"], activity_id="VLEA-HEM-0814")
def d13(c):
    return tcpdf_src(c, TC_START % ("P", "VLEA", "Tennessee CE verification") + r"""
$p->SetFont('dejavuserif', 'B', 19); $p->SetTextColor(230, 115, 0); $p->SetXY(22, 22); $p->Cell(172, 9, 'Volunteer Laboratory Education Alliance', 0, 2, 'L');
$p->SetFont('dejavusans', '', 9); $p->SetTextColor(90, 90, 90); $p->Cell(172, 5, 'VLEA · Knoxville · Nashville · Memphis', 0, 2, 'L');
$p->SetDrawColor(230, 115, 0); $p->SetLineWidth(0.7); $p->Line(22, 40, 194, 40);
$p->SetTextColor(20, 20, 20); $p->SetFont('dejavusans', 'B', 14); $p->SetXY(22, 48); $p->Cell(172, 8, 'Tennessee Medical Laboratory Personnel', 0, 2, 'L');
$p->SetFont('dejavusans', '', 12); $p->Cell(172, 7, 'Continuing Education Verification', 0, 2, 'L');
$html = '<table border="1" cellpadding="6" style="font-family:dejavusans; font-size:10.5pt;">
<tr><td width="150" style="background-color:#fdebd3;"><b>Licensee</b></td><td width="320">Roosevelt J. Pemberton III</td></tr>
<tr><td style="background-color:#fdebd3;"><b>TN License #</b></td><td>MT-0012345</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Course</b></td><td>Hemostasis Case Studies: DIC vs. TTP vs. HIT</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Course ID</b></td><td>VLEA-HEM-0814</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Category</b></td><td>Hematology/Coagulation</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Date completed</b></td><td>08/14/2025</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Contact hours</b></td><td>2.0</td></tr>
</table>';
$p->writeHTMLCell(172, 0, 22, 70, $html, 0, 1);
$p->SetFont('dejavusans', '', 8.5); $p->SetTextColor(60, 60, 60); $p->SetXY(22, 150);
$p->MultiCell(172, 4, 'The Volunteer Laboratory Education Alliance is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program and its courses are accepted by the Tennessee Medical Laboratory Board (board approval ref. MLB-PA-118). Licensees must retain documentation of continuing education for at least three years.', 0, 'L');
$p->Line(22, 200, 92, 200); $p->SetXY(22, 201); $p->SetFont('dejavusans', '', 9); $p->Cell(70, 5, 'Education Chair, VLEA', 0, 0, 'L');
""")


@cert(id="d21", producer="tcpdf", style="university-ce",
      layout=["landscape", "ornate", "written-out-date", "ceu", "title-dash", "title-roman-numeral",
              "letter-spaced-heading", "course-no-label"],
      notes="University continuing professional development certificate; completion date written out in words; 0.4 CEU (=4 points).",
      name="Emeka Chukwu-Hollis",
      title="Transfusion Medicine Review for Laboratory Scientists — Part III: Antibody Identification",
      date="2025-02-21", date_str="the twenty-first day of February, 2025", credits=0.4, credit_str="0.4", unit="CEU",
      provider=["Carrollton Ridge University", "CRU"], activity_id="CRU-TM-303")
def d21(c):
    return tcpdf_src(c, TC_START % ("L", "CRU Office of Continuing Professional Development", "CRU certificate") + r"""
$p->SetDrawColor(0, 48, 87); $p->SetLineWidth(1.5); $p->Rect(12, 12, 255.4, 191.9); $p->SetLineWidth(0.4); $p->Rect(16, 16, 247.4, 183.9);
$p->SetDrawColor(196, 160, 70); $p->SetLineWidth(0.8); $p->Rect(19, 19, 241.4, 177.9);
$p->SetTextColor(0, 48, 87); $p->SetFont('times', 'B', 24); $p->SetXY(0, 30); $p->Cell(279.4, 11, 'Carrollton Ridge University', 0, 1, 'C');
$p->SetFont('times', '', 11); $p->Cell(279.4, 6, 'School of Health Professions · Office of Continuing Professional Development', 0, 1, 'C');
$p->setFontSpacing(1.6); $p->SetFont('helvetica', '', 12); $p->SetXY(0, 52); $p->Cell(279.4, 7, 'CERTIFICATE OF CONTINUING EDUCATION', 0, 1, 'C'); $p->setFontSpacing(0);
$p->SetTextColor(30, 30, 30); $p->SetFont('times', 'I', 14); $p->SetXY(0, 68); $p->Cell(279.4, 8, 'Be it known that', 0, 1, 'C');
$p->SetFont('times', 'B', 28); $p->Cell(279.4, 15, 'Emeka Chukwu-Hollis', 0, 1, 'C');
$p->SetFont('times', 'I', 14); $p->Cell(279.4, 8, 'having fulfilled the requirements of the continuing education course', 0, 1, 'C');
$p->SetFont('times', 'B', 17); $p->SetX(45); $p->MultiCell(189.4, 8, 'Transfusion Medicine Review for Laboratory Scientists — Part III: Antibody Identification', 0, 'C', false, 1, 45);
$p->SetFont('times', '', 14); $p->Ln(3);
$p->Cell(279.4, 8, 'completed on the twenty-first day of February, 2025,', 0, 1, 'C');
$p->Cell(279.4, 8, 'is awarded 0.4 Continuing Education Units.', 0, 1, 'C');
$p->SetFont('helvetica', '', 9); $p->SetXY(30, 160); $p->Cell(70, 5, 'Course No. CRU-TM-303', 0, 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->SetLineWidth(0.3); $p->Line(170, 165, 250, 165); $p->SetXY(170, 166); $p->Cell(80, 5, 'Dean, School of Health Professions', 0, 0, 'C');
$p->SetFont('helvetica', '', 7.5); $p->SetTextColor(100, 100, 100); $p->SetXY(30, 180);
$p->MultiCell(219.4, 3.5, 'One CEU equals ten contact hours of instruction. Carrollton Ridge University (CRU) keeps a transcript of CEUs awarded for seven years.', 0, 'C');
""")


@cert(id="d29", producer="tcpdf", style="nsh",
      layout=["portrait", "meeting-attendance", "date-range-abbrev", "session-table-same-page", "html-table",
              "workshop-codes-with-hours", "name-hyphenated-particle"],
      notes="NSH symposium/convention attendance; workshops with their own codes and hours listed on the same page; total is the gold figure; title is the convention name.",
      name="Marguerite Lavoie-Saint-Onge",
      title="2025 NSH Annual Symposium/Convention",
      date="2025-09-09", date_str="Sept. 5–9, 2025", credits=11.0, credit_str="11.0", unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id=None)
def d29(c):
    return tcpdf_src(c, TC_START % ("P", "NSH", "NSH Symposium certificate") + r"""
$p->SetFillColor(59, 42, 90); $p->Rect(0, 0, 215.9, 34, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('helvetica', 'B', 30); $p->SetXY(18, 8); $p->Cell(40, 14, 'NSH', 0, 0, 'L');
$p->SetFont('helvetica', '', 11); $p->SetXY(60, 10); $p->Cell(140, 6, 'National Society for Histotechnology', 0, 2, 'L');
$p->Cell(140, 6, '2025 NSH Annual Symposium/Convention · Sept. 5–9, 2025', 0, 0, 'L');
$p->SetTextColor(30, 30, 30); $p->SetFont('dejavuserif', '', 24); $p->SetXY(0, 46); $p->Cell(215.9, 12, 'Certificate of Attendance', 0, 1, 'C');
$p->SetFont('times', 'I', 12.5); $p->Cell(215.9, 8, 'This is to certify that', 0, 1, 'C');
$p->SetFont('dejavuserif', 'B', 20); $p->Cell(215.9, 11, 'Marguerite Lavoie-Saint-Onge, HT(ASCP)', 0, 1, 'C');
$p->SetFont('times', 'I', 12.5); $p->Cell(215.9, 8, 'attended the 2025 NSH Annual Symposium/Convention, Providence, Rhode Island,', 0, 1, 'C');
$p->Cell(215.9, 7, 'and completed the workshops listed below.', 0, 1, 'C');
$html = '<table border="0" cellpadding="4" style="font-family:helvetica; font-size:9pt;">
<tr style="background-color:#e6e0ef; font-weight:bold;"><td width="60">Code</td><td width="300">Workshop</td><td width="70" align="right">Hours</td></tr>
<tr><td>WS-12</td><td>Troubleshooting H&amp;E: From Fixation to Coverslip</td><td align="right">3.0</td></tr>
<tr><td>WS-27</td><td>Decalcification Strategies for Bone Marrow Cores</td><td align="right">1.5</td></tr>
<tr><td>WS-33</td><td>Digital Pathology Scanning Quality</td><td align="right">1.5</td></tr>
<tr><td>WS-41</td><td>Special Stains Refresher: Silver Methods</td><td align="right">3.0</td></tr>
<tr><td>WS-58</td><td>Laboratory Safety: Formaldehyde and Xylene Monitoring</td><td align="right">2.0</td></tr>
<tr style="font-weight:bold;"><td></td><td>Total contact hours</td><td align="right">11.0</td></tr>
</table>';
$p->writeHTMLCell(160, 0, 28, 112, $html, 0, 1);
$p->SetFont('helvetica', '', 8); $p->SetTextColor(80, 80, 80); $p->SetXY(28, 200);
$p->MultiCell(160, 4, 'NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Registration #S25-40871. Only workshops with verified attendance are listed.', 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->Line(28, 240, 95, 240); $p->SetXY(28, 241); $p->Cell(67, 5, 'NSH Education Director', 0, 0, 'L');
""")


@cert(id="d37", producer="tcpdf", style="joint-accreditation-cme",
      layout=["landscape", "physician-only", "ama-pra-credit", "claimed-vs-maximum", "title-ampersand",
              "title-colon", "accreditation-names-provider"],
      notes="Physician-only CME certificate from a jointly accredited provider; physician claimed 6.25 of a maximum 7.0 AMA PRA Category 1 Credits.",
      name="Kateryna Hrytsenko",
      title="Pathology Update 2025: Hematopathology, Molecular Diagnostics & Laboratory Stewardship",
      date="2025-03-08", date_str="March 8, 2025", credits=6.25, credit_str="6.25", unit="AMA PRA Category 1 Credit",
      provider=["Riverbend Institute for Continuing Health Education", "RICHE"], activity_id="2025-PU-0308")
def d37(c):
    return tcpdf_src(c, TC_START % ("L", "RICHE", "CME certificate") + r"""
$p->SetFont('helvetica', 'B', 15); $p->SetTextColor(0, 90, 80); $p->SetXY(20, 18); $p->Cell(180, 8, 'Riverbend Institute for Continuing Health Education', 0, 2, 'L');
$p->SetFont('dejavusans', '', 9); $p->SetTextColor(110, 110, 110); $p->Cell(180, 5, 'RICHE · Jointly Accredited Provider™', 0, 2, 'L');
$p->SetFont('dejavuserif', '', 30); $p->SetTextColor(30, 30, 30); $p->SetXY(20, 44); $p->Cell(239.4, 14, 'Certificate of CME Credit', 0, 1, 'L');
$p->SetFont('dejavuserif', '', 12); $p->SetX(20); $p->Cell(239.4, 10, 'This is to certify that', 0, 1, 'L');
$p->SetFont('dejavuserif', 'B', 22); $p->SetX(20); $p->Cell(239.4, 12, 'Kateryna Hrytsenko, MD', 0, 1, 'L');
$p->SetFont('dejavuserif', '', 12); $p->SetX(20); $p->Cell(239.4, 9, 'participated in the live activity', 0, 1, 'L');
$p->SetFont('dejavuserif', 'B', 16); $p->SetX(20); $p->MultiCell(200, 8, 'Pathology Update 2025: Hematopathology, Molecular Diagnostics & Laboratory Stewardship', 0, 'L', false, 1, 20);
$p->SetFont('dejavuserif', '', 12); $p->SetX(20); $p->Cell(239.4, 9, 'held March 8, 2025, in Columbus, Ohio, and claimed 6.25 AMA PRA Category 1 Credits™.', 0, 1, 'L');
$p->SetFont('dejavusans', '', 9.5); $p->SetX(20); $p->Cell(239.4, 7, 'Activity ID: 2025-PU-0308     NPI on file: 1639402287', 0, 1, 'L');
$p->SetFont('dejavusans', '', 7.8); $p->SetTextColor(80, 80, 80); $p->SetXY(20, 160);
$p->MultiCell(239.4, 3.8, 'In support of improving patient care, the Riverbend Institute for Continuing Health Education is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The Riverbend Institute for Continuing Health Education designates this live activity for a maximum of 7.0 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 0, 'L');
""")


@cert(id="d45", producer="tcpdf", style="public-health-lab",
      layout=["portrait", "two-column-label-value", "date-range-hyphen", "title-parentheses", "ref-label", "issuer-under-heading",
              "badge-number-distractor", "review-due-distractor"],
      notes="County public-health laboratory BSL-3 refresher over two days (hyphenated range); badge number and suitability review date are distractors.",
      name="Adaeze Okonjo-Brandt",
      title="Biosafety Level 3 (BSL-3) Practices Refresher & Select Agent Rule Review",
      date="2025-08-06", date_str="Aug 5-6, 2025", credits=8.0, credit_str="8.0", unit="contact hour",
      provider=["Tri-County Public Health Laboratory", "TCPHL"], activity_id="TCPHL-BSL3-2508")
def d45(c):
    return tcpdf_src(c, TC_START % ("P", "TCPHL Training Unit", "Training completion") + r"""
$p->SetFont('helvetica', 'B', 18); $p->SetTextColor(0, 77, 64); $p->SetXY(0, 26); $p->Cell(215.9, 9, 'Tri-County Public Health Laboratory', 0, 1, 'C');
$p->SetFont('helvetica', '', 10); $p->SetTextColor(90, 90, 90); $p->Cell(215.9, 6, 'TCPHL · Biosafety & Biosecurity Training Unit', 0, 1, 'C');
$p->SetFont('times', 'B', 24); $p->SetTextColor(20, 20, 20); $p->SetXY(0, 52); $p->Cell(215.9, 12, 'Certificate of Training Completion', 0, 1, 'C');
$p->SetY(78);
$rows = array(array('Name', 'Adaeze Okonjo-Brandt'),
  array('Training', 'Biosafety Level 3 (BSL-3) Practices Refresher & Select Agent Rule Review'),
  array('Dates', 'Aug 5-6, 2025'), array('Ref.', 'TCPHL-BSL3-2508'), array('Contact hours', '8.0'),
  array('Badge #', '4471'), array('Tier 1 suitability review due', '2026-08'));
foreach ($rows as $r) {
  $y = $p->GetY(); $p->SetXY(30, $y); $p->SetFont('helvetica', 'B', 10); $p->SetTextColor(0, 77, 64);
  $p->MultiCell(55, 7, $r[0], 0, 'R', false, 0, 30, $y);
  $p->SetFont('times', '', 12.5); $p->SetTextColor(20, 20, 20);
  $p->MultiCell(95, 7, $r[1], 0, 'L', false, 1, 90, $y);
  $p->SetDrawColor(210, 210, 210); $p->Line(30, $p->GetY() + 1, 186, $p->GetY() + 1); $p->SetY($p->GetY() + 3);
}
$p->SetFont('helvetica', 'B', 8); $p->SetTextColor(0, 77, 64); $p->SetXY(30, 166); $p->Cell(156, 4, 'ISSUING LABORATORY', 0, 2, 'L');
$p->SetFont('helvetica', '', 10); $p->SetTextColor(20, 20, 20); $p->Cell(156, 5, 'Tri-County Public Health Laboratory, 400 Meridian Avenue, Building C', 0, 2, 'L');
$p->SetFont('helvetica', '', 8.5); $p->SetTextColor(70, 70, 70); $p->SetXY(30, 182);
$p->MultiCell(156, 4, 'TCPHL is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This training satisfies the annual refresher requirement of the TCPHL Biosafety Manual, section 4.2.', 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->Line(30, 225, 95, 225); $p->Line(121, 225, 186, 225);
$p->SetFont('helvetica', '', 9); $p->SetXY(30, 226); $p->Cell(65, 5, 'Responsible Official', 0, 0, 'C'); $p->SetXY(121, 226); $p->Cell(65, 5, 'Biosafety Officer', 0, 0, 'C');
""")


@cert(id="d53", producer="tcpdf", style="webinar-platform",
      layout=["landscape", "provider-domain-only", "centred-cue", "title-ampersand", "title-year",
              "time-zone-distractor", "registrant-id-distractor", "program-id-label"],
      notes="Webinar series where the provider is printed only as the web domain benchline.org; registrant ID and broadcast time are distractors.",
      name="Ximena Castro-Villalobos",
      title="Sepsis Biomarkers in 2025: Procalcitonin, Lactate & Monocyte Distribution Width",
      date="2025-05-07", date_str="May 7, 2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["benchline.org"], activity_id="BLW-2505-SEP")
def d53(c):
    return tcpdf_src(c, TC_START % ("L", "benchline.org", "Webinar certificate") + r"""
$p->SetFillColor(242, 246, 250); $p->Rect(0, 0, 279.4, 215.9, 'F');
$p->SetFillColor(255, 255, 255); $p->RoundedRect(18, 18, 243.4, 179.9, 6, '1111', 'F');
$p->SetFont('dejavusans', 'B', 20); $p->SetTextColor(20, 110, 180); $p->SetXY(30, 28); $p->Cell(120, 10, 'benchline.org', 0, 0, 'L');
$p->SetFont('dejavusans', '', 9); $p->SetTextColor(120, 120, 120); $p->SetXY(150, 30); $p->Cell(100, 6, 'Live webinar series for the clinical lab', 0, 0, 'R');
$p->SetFont('dejavusans', '', 11); $p->SetTextColor(120, 120, 120); $p->setFontSpacing(1.2); $p->SetXY(0, 56); $p->Cell(279.4, 7, 'CERTIFICATE OF COMPLETION', 0, 1, 'C'); $p->setFontSpacing(0);
$p->SetFont('dejavusans', 'B', 24); $p->SetTextColor(30, 30, 30); $p->SetXY(0, 72); $p->Cell(279.4, 12, 'Ximena Castro-Villalobos', 0, 1, 'C');
$p->SetFont('dejavusans', '', 11.5); $p->Cell(279.4, 10, 'has completed the live webinar', 0, 1, 'C');
$p->SetFont('dejavuserif', '', 17); $p->MultiCell(200, 8, 'Sepsis Biomarkers in 2025: Procalcitonin, Lactate & Monocyte Distribution Width', 0, 'C', false, 1, 39.7);
$p->SetFont('dejavusans', '', 11); $p->Ln(6);
$p->Cell(279.4, 7, 'May 7, 2025 · 1:00–2:00 PM CT · 1.0 P.A.C.E.® contact hour', 0, 1, 'C');
$p->Cell(279.4, 7, 'Program ID: BLW-2505-SEP', 0, 1, 'C');
$p->SetFont('dejavusans', '', 7.5); $p->SetTextColor(120, 120, 120); $p->SetXY(30, 176);
$p->MultiCell(219.4, 3.6, 'Registrant ID 77812. This program is approved for 1.0 contact hour of P.A.C.E.® credit. Questions: support@benchline.org', 0, 'C');
""")


@cert(id="d61", producer="tcpdf", style="adlm",
      layout=["portrait", "accent-credits", "title-dash", "module-x-of-y", "full-month-day-first-date",
              "member-number-distractor", "course-id-label"],
      notes="ADLM online certificate-program module; 1.5 ACCENT credits (contact hours); member number is a distractor.",
      name="Tae-yang Seo",
      title="Lab Stewardship: Right Test, Right Patient, Right Time — Module 4 of 6",
      date="2025-03-16", date_str="16 March 2025", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="LL-STW-04")
def d61(c):
    return tcpdf_src(c, TC_START % ("P", "ADLM Learning Lab", "ADLM certificate") + r"""
$p->SetFillColor(0, 59, 92); $p->Rect(0, 0, 18, 279.4, 'F'); $p->SetFillColor(0, 113, 143); $p->Rect(18, 0, 4, 279.4, 'F');
$p->SetFont('helvetica', 'B', 34); $p->SetTextColor(0, 59, 92); $p->SetXY(36, 30); $p->Cell(100, 14, 'ADLM', 0, 2, 'L');
$p->SetFont('helvetica', '', 11); $p->Cell(160, 6, 'Association for Diagnostics & Laboratory Medicine', 0, 2, 'L');
$p->SetFont('helvetica', '', 9); $p->SetTextColor(110, 110, 110); $p->Cell(160, 5, 'Learning Lab · Online certificate programs', 0, 2, 'L');
$p->SetFont('times', '', 28); $p->SetTextColor(25, 25, 25); $p->SetXY(36, 78); $p->Cell(160, 14, 'Certificate of Completion', 0, 2, 'L');
$p->SetFont('times', 'I', 13); $p->SetXY(36, 102); $p->Cell(160, 8, 'awarded to', 0, 2, 'L');
$p->SetFont('times', 'B', 24); $p->Cell(160, 13, 'Tae-yang Seo', 0, 2, 'L');
$p->SetFont('times', 'I', 13); $p->Cell(160, 9, 'for completing the online course', 0, 2, 'L');
$p->SetFont('times', 'B', 17); $p->MultiCell(150, 8, 'Lab Stewardship: Right Test, Right Patient, Right Time — Module 4 of 6', 0, 'L', false, 1, 36);
$p->SetFont('helvetica', '', 11); $p->SetY(172);
foreach (array(array('Completed', '16 March 2025'), array('ACCENT® credits', '1.5'), array('Course ID', 'LL-STW-04'), array('Member No.', '221907')) as $r) {
  $p->SetX(36); $p->SetTextColor(110, 110, 110); $p->Cell(45, 7, $r[0], 0, 0, 'L'); $p->SetTextColor(25, 25, 25); $p->Cell(100, 7, $r[1], 0, 1, 'L');
}
$p->SetFont('helvetica', '', 8); $p->SetTextColor(90, 90, 90); $p->SetXY(36, 225);
$p->MultiCell(150, 4, 'ADLM designates this online activity for a maximum of 1.5 ACCENT® continuing education credits. One ACCENT® credit is equivalent to one contact hour. ADLM is approved by the ASCLS P.A.C.E.® Program.', 0, 'L');
""")


# ================================================================ ReportLab (canvas and platypus)

_RL_FONTS = {
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "DVSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DVSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DVSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DVSerif-Italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
}


def rl_fonts(*names):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n in names:
        if n not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(n, _RL_FONTS[n]))


def rl_center_spaced(cv, text, cx, y, font, size, space):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    w = stringWidth(text, font, size) + space * (len(text) - 1)
    cv.saveState()
    t = cv.beginText(cx - w / 2.0, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.textOut(text)
    cv.drawText(t)
    cv.restoreState()


def rl_para_centered(cv, text, font, size, cx, y, width, lead):
    for ln in wrap(text, font, size, width):
        cv.setFont(font, size)
        cv.drawCentredString(cx, y, ln)
        y -= lead
    return y


@cert(id="d06", producer="reportlab", style="cap",
      layout=["portrait", "platypus", "two-column-label-value", "title-version-number", "title-colon",
              "month-abbrev-dot-date", "cap-number-distractor", "several-credit-statements"],
      notes="CAP transcript-style certificate built with platypus; laboratory CE hours are the gold credit; AMA maximum also stated; laboratory CAP number and learner ID are distractors.",
      name="Yevgenia Orlova-Pratt",
      title="Next-Generation Sequencing Bioinformatics for the Molecular Lab: Variant Calling, QC Metrics and Reporting (v2.1)",
      date="2024-12-02", date_str="Dec. 2, 2024", credits=2.5, credit_str="2.5", unit="CE hour",
      provider=["College of American Pathologists", "CAP"], activity_id="CAP-MOL-2412")
def d06(c, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import inch
    rl_fonts("LibSerif", "LibSerif-Bold", "LibSans", "LibSans-Bold")
    maroon = colors.HexColor("#7a1f2b")
    H = ParagraphStyle("H", fontName="LibSerif-Bold", fontSize=22, leading=26, textColor=maroon)
    Hs = ParagraphStyle("Hs", fontName="LibSans", fontSize=9.5, leading=12, textColor=colors.grey)
    T = ParagraphStyle("T", fontName="LibSerif", fontSize=26, leading=30, alignment=1, spaceBefore=30, spaceAfter=24)
    K = ParagraphStyle("K", fontName="LibSans-Bold", fontSize=9.5, leading=12, textColor=maroon)
    V = ParagraphStyle("V", fontName="LibSerif", fontSize=12, leading=15)
    F = ParagraphStyle("F", fontName="LibSans", fontSize=7.8, leading=10, textColor=colors.HexColor("#444444"))
    rows = [("Name", "Yevgenia Orlova-Pratt, MB(ASCP)<super>CM</super>"), ("Learner ID", "CAP-L-0038813"),
            ("Course", "Next-Generation Sequencing Bioinformatics for the Molecular Lab: Variant Calling, QC Metrics and "
                       "Reporting (v2.1)"),
            ("Activity No.", "CAP-MOL-2412"), ("Date of Completion", "Dec. 2, 2024"),
            ("Laboratory CE credit", "2.5 CE hours"), ("Laboratory (CAP No.)", "2290417 — Lakeview Reference Laboratory")]
    tbl = Table([[Paragraph(k, K), Paragraph(v, V)] for k, v in rows], colWidths=[1.9 * inch, 4.6 * inch])
    tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.lightgrey),
                             ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    head = Table([[Paragraph("CAP", ParagraphStyle("L", fontName="LibSerif-Bold", fontSize=26, leading=30,
                                                   textColor=colors.white, alignment=1)),
                   [Paragraph("College of American Pathologists", H), Paragraph("Learning Transcript · Certificate of Credit", Hs)]]],
                 colWidths=[1.0 * inch, 5.5 * inch])
    head.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), maroon), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LINEBELOW", (0, 0), (-1, 0), 3, maroon)]))
    story = [head, Paragraph("Certificate of Credit", T), tbl, Spacer(1, 26),
             Paragraph("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing "
                       "Medical Education to provide continuing medical education for physicians. The CAP designates this "
                       "enduring material for a maximum of 2.5 AMA PRA Category 1 Credits™. Physicians should claim only the "
                       "credit commensurate with the extent of their participation in the activity. Laboratory professionals "
                       "receive 2.5 CE hours, acceptable for the ASCP BOC Credential Maintenance Program.", F),
             Spacer(1, 10), Paragraph("Printed from the CAP learning portal on 12/04/2024.", F)]
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=inch, rightMargin=inch, topMargin=0.8 * inch,
                            bottomMargin=0.8 * inch, title="CAP Certificate of Credit", author="College of American Pathologists")
    doc.build(story)


@cert(id="d14", producer="reportlab", style="ascls",
      layout=["landscape", "canvas", "centred-cue", "format-word-own-line", "title-ampersand", "title-wraps-2",
              "course-hash-label", "long-month-date"],
      notes="ASCLS online self-study certificate drawn on the canvas; 'the self-study course' on its own line.",
      name="Beatriz Olmedo-Sandoval",
      title="Clinical Laboratory Professionals & the Diagnostic Excellence Movement: Reducing Diagnostic Error Through Test Selection and Result Interpretation",
      date="2025-01-22", date_str="January 22, 2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="ASCLS-OD-2501")
def d14(c, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    W, H = landscape(letter)
    cv = canvas.Canvas(out, pagesize=(W, H))
    cv.setTitle("ASCLS certificate")
    cv.setFillColorRGB(0.12, 0.31, 0.47)
    cv.rect(0, H - 70, W, 70, fill=1, stroke=0)
    cv.rect(0, 0, W, 14, fill=1, stroke=0)
    cv.setFillColorRGB(1, 1, 1)
    cv.setFont("Helvetica-Bold", 28)
    cv.drawString(40, H - 48, "ASCLS")
    cv.setFont("Helvetica", 11)
    cv.drawRightString(W - 40, H - 44, "American Society for Clinical Laboratory Science")
    cv.setFillColorRGB(0.1, 0.1, 0.1)
    cv.setFont("Times-Roman", 34)
    cv.drawCentredString(W / 2, H - 130, "Certificate of Completion")
    cv.setFont("Times-Italic", 14)
    cv.drawCentredString(W / 2, H - 170, "This is to certify that")
    cv.setFont("Times-Bold", 28)
    cv.drawCentredString(W / 2, H - 208, "Beatriz Olmedo-Sandoval")
    cv.setFont("Times-Italic", 14)
    cv.drawCentredString(W / 2, H - 240, "has successfully completed")
    cv.setFont("Helvetica", 10)
    rl_center_spaced(cv, "THE SELF-STUDY COURSE", W / 2, H - 262, "Helvetica", 10, 2)
    y = rl_para_centered(cv, "Clinical Laboratory Professionals & the Diagnostic Excellence Movement: Reducing Diagnostic "
                             "Error Through Test Selection and Result Interpretation", "Times-Bold", 18, W / 2, H - 292, 560, 23)
    cv.setFont("Times-Roman", 13)
    cv.drawCentredString(W / 2, y - 14, "Completed January 22, 2025  ·  1.0 P.A.C.E.® contact hour  ·  Course # ASCLS-OD-2501")
    cv.setLineWidth(0.6)
    cv.line(90, 120, 300, 120)
    cv.line(W - 300, 120, W - 90, 120)
    cv.setFont("Helvetica", 9)
    cv.drawCentredString(195, 106, "ASCLS President")
    cv.drawCentredString(W - 195, 106, "Director, Education")
    cv.setFont("Helvetica", 7.5)
    cv.setFillColorRGB(0.35, 0.35, 0.35)
    cv.drawCentredString(W / 2, 62, "ASCLS is approved as a provider of continuing education programs in the clinical laboratory "
                                    "sciences by the ASCLS P.A.C.E.® Program.")
    cv.drawCentredString(W / 2, 51, "ASCLS member 2208117 · Certificate reference 4Q7-2201")
    cv.showPage()
    cv.save()


@cert(id="d22", producer="reportlab", style="hospital-inservice",
      layout=["portrait", "platypus", "one-paragraph", "signature-rules", "attended-and-completed", "title-parentheses",
              "policy-number-in-title", "employee-id-distractor"],
      notes="Hospital laboratory in-service certificate, one paragraph plus signature rules; the policy number inside the title is part of the title; employee ID is a distractor.",
      name="László Varga-Whitman",
      title="Critical Value Notification: Read-Back, Documentation and Escalation (Policy LAB-0321 rev. 7)",
      date="2024-12-09", date_str="December 9, 2024", credits=0.5, credit_str="0.5", unit="contact hour",
      provider=["Brightwater Regional Health", "BRH"], activity_id="BRH-IS-1209")
def d22(c, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import inch
    rl_fonts("DVSerif", "DVSerif-Bold", "DVSerif-Italic", "DVSans", "DVSans-Bold")
    teal = colors.HexColor("#00606b")
    story = [
        Paragraph("Brightwater Regional Health", ParagraphStyle("a", fontName="DVSans-Bold", fontSize=18, leading=22, textColor=teal)),
        Paragraph("BRH Clinical Laboratory · Education &amp; Training", ParagraphStyle("b", fontName="DVSans", fontSize=10, leading=13,
                                                                                  textColor=colors.grey)),
        Spacer(1, 50),
        Paragraph("In-Service Attendance Certificate", ParagraphStyle("c", fontName="DVSerif", fontSize=24, leading=28, alignment=1)),
        Spacer(1, 36),
        Paragraph("László Varga-Whitman (Employee ID 55102) attended and completed the laboratory in-service "
                  "<b>Critical Value Notification: Read-Back, Documentation and Escalation (Policy LAB-0321 rev. 7)</b> "
                  "on December 9, 2024, and is awarded 0.5 contact hour of continuing education, Course Code: BRH-IS-1209.",
                  ParagraphStyle("d", fontName="DVSerif", fontSize=13.5, leading=22, alignment=4)),
        Spacer(1, 70),
    ]
    sig = Table([["", "", ""], ["Laboratory Education Coordinator", "", "Laboratory Director"]],
                colWidths=[2.6 * inch, 1.2 * inch, 2.6 * inch], rowHeights=[28, 16])
    sig.setStyle(TableStyle([("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black), ("LINEABOVE", (2, 1), (2, 1), 0.6, colors.black),
                             ("FONT", (0, 0), (-1, -1), "DVSans", 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story += [sig, Spacer(1, 60),
              Paragraph("Brightwater Regional Health is approved as a provider of continuing education programs in the clinical "
                        "laboratory sciences by the ASCLS P.A.C.E.® Program. Attendance was recorded by badge sign-in.",
                        ParagraphStyle("e", fontName="DVSans", fontSize=8, leading=10.5, textColor=colors.HexColor("#555555")))]
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=1.05 * inch, rightMargin=1.05 * inch, topMargin=0.8 * inch,
                            bottomMargin=0.8 * inch, title="In-Service Attendance Certificate")
    doc.build(story)


@cert(id="d30", producer="reportlab", style="state-license",
      layout=["portrait", "canvas", "side-panel", "state-LA", "title-parentheses", "slash-date",
              "license-number-distractor", "course-hash-colon-label"],
      notes="Louisiana clinical laboratory personnel CE certificate from an invented P.A.C.E. provider; left side panel carries address; LSBME licence number is a distractor.",
      name="Jean-Baptiste Thibodeaux",
      title="Parasitology Bench Review: Blood and Tissue Protozoa (Plasmodium, Babesia, Trypanosoma)",
      date="2025-06-21", date_str="06/21/2025", credits=3.0, credit_str="3.0", unit="contact hour",
      provider=["Bayou Laboratory Science Society", "BLSS"], activity_id="BLSS-PAR-25")
def d30(c, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    cv.setTitle("Louisiana CE certificate")
    cv.setFillColorRGB(0.29, 0.17, 0.42)
    cv.rect(0, 0, 150, H, fill=1, stroke=0)
    cv.setFillColorRGB(0.98, 0.83, 0.29)
    cv.setFont("Helvetica-Bold", 30)
    cv.drawString(24, H - 80, "BLSS")
    cv.setFillColorRGB(1, 1, 1)
    t = cv.beginText(24, H - 110)
    t.setFont("Helvetica", 9)
    t.setLeading(12)
    for ln in ["Bayou Laboratory", "Science Society", "", "P.O. Box 8812", "Baton Rouge, LA 70821", "", "blss-la.org"]:
        t.textLine(ln)
    cv.drawText(t)
    x = 185
    cv.setFillColorRGB(0.1, 0.1, 0.1)
    cv.setFont("Helvetica", 10)
    cv.drawString(x, H - 80, "LOUISIANA CLINICAL LABORATORY PERSONNEL")
    cv.setFont("Times-Bold", 26)
    cv.drawString(x, H - 115, "Continuing Education")
    cv.drawString(x, H - 145, "Certificate")
    cv.setFont("Times-Roman", 12)
    cv.drawString(x, H - 195, "Issued to")
    cv.setFont("Times-Bold", 21)
    cv.drawString(x, H - 220, "Jean-Baptiste Thibodeaux")
    cv.setFont("Times-Roman", 12)
    cv.drawString(x, H - 240, "LSBME license #CLS.012345")
    cv.drawString(x, H - 280, "for completion of")
    y = H - 304
    for ln in wrap("Parasitology Bench Review: Blood and Tissue Protozoa (Plasmodium, Babesia, Trypanosoma)",
                   "Times-Bold", 16, 380):
        cv.setFont("Times-Bold", 16)
        cv.drawString(x, y, ln)
        y -= 20
    y -= 20
    for k, v in [("Course #:", "BLSS-PAR-25"), ("Date:", "06/21/2025"), ("Credit:", "3.0 contact hours"),
                 ("Format:", "Wet workshop with microscopy")]:
        cv.setFont("Helvetica-Bold", 10.5)
        cv.drawString(x, y, k)
        cv.setFont("Helvetica", 11)
        cv.drawString(x + 70, y, v)
        y -= 18
    cv.setFont("Helvetica", 8)
    cv.setFillColorRGB(0.3, 0.3, 0.3)
    yy = 150
    for ln in wrap("The Bayou Laboratory Science Society is approved as a provider of continuing education programs in the "
                   "clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Louisiana licensees: retain this certificate; "
                   "the Louisiana State Board of Medical Examiners accepts P.A.C.E.®-approved continuing education.",
                   "Helvetica", 8, 380):
        cv.drawString(x, yy, ln)
        yy -= 10
    cv.line(x, 80, x + 200, 80)
    cv.drawString(x, 68, "BLSS Continuing Education Chair")
    cv.showPage()
    cv.save()


@cert(id="d38", producer="reportlab", style="iacet-ceu",
      layout=["landscape", "canvas", "ceu", "date-range", "title-parentheses-number", "iacet-provider-number-distractor",
              "course-id-label", "has-earned"],
      notes="IACET CEU certificate for a two-day boot camp; 1.6 CEU (=16 points); IACET AP number is a distractor.",
      name="Mirela Dragomir-Haines",
      title="Clinical Laboratory Supervisor Boot Camp (2-Day Intensive)",
      date="2025-02-04", date_str="Feb 3–4, 2025", credits=1.6, credit_str="1.6", unit="CEU",
      provider=["Helix Clinical Training Institute", "HCTI"], activity_id="HCTI-SUP-22")
def d38(c, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    W, H = landscape(letter)
    rl_fonts("LibSerif", "LibSerif-Bold", "LibSerif-Italic", "LibSans")
    cv = canvas.Canvas(out, pagesize=(W, H))
    cv.setTitle("HCTI CEU certificate")
    cv.setStrokeColorRGB(0.55, 0.1, 0.1)
    cv.setLineWidth(6)
    cv.rect(22, 22, W - 44, H - 44)
    cv.setLineWidth(1)
    cv.rect(32, 32, W - 64, H - 64)
    cv.setFillColorRGB(0.55, 0.1, 0.1)
    cv.setFont("LibSans", 12)
    rl_center_spaced(cv, "HELIX CLINICAL TRAINING INSTITUTE", W / 2, H - 78, "LibSans", 12, 3)
    cv.setFont("LibSans", 9)
    cv.drawCentredString(W / 2, H - 94, "HCTI · IACET Accredited Provider")
    cv.setFillColorRGB(0.1, 0.1, 0.1)
    cv.setFont("LibSerif-Italic", 36)
    cv.drawCentredString(W / 2, H - 150, "Certificate of Continuing Education")
    cv.setFont("LibSerif-Bold", 28)
    cv.drawCentredString(W / 2, H - 210, "Mirela Dragomir-Haines")
    cv.setFont("LibSerif", 14)
    cv.drawCentredString(W / 2, H - 240, "has earned 1.6 IACET Continuing Education Units (CEUs) for")
    cv.setFont("LibSerif-Bold", 19)
    cv.drawCentredString(W / 2, H - 275, "Clinical Laboratory Supervisor Boot Camp (2-Day Intensive)")
    cv.setFont("LibSerif", 13)
    cv.drawCentredString(W / 2, H - 305, "Feb 3–4, 2025  ·  Course ID: HCTI-SUP-22  ·  16 instructional hours")
    cv.setFont("LibSans", 8)
    cv.setFillColorRGB(0.3, 0.3, 0.3)
    cv.drawCentredString(W / 2, 96, "Helix Clinical Training Institute is accredited by the International Accreditors for Continuing "
                                    "Education and Training (IACET) and is authorized to issue the IACET CEU.")
    cv.drawCentredString(W / 2, 84, "IACET AP #1133402 · Transcript requests: registrar@helixcti.org")
    cv.setLineWidth(0.6)
    cv.setStrokeColorRGB(0.2, 0.2, 0.2)
    cv.line(W / 2 - 120, 140, W / 2 + 120, 140)
    cv.setFont("LibSans", 9)
    cv.drawCentredString(W / 2, 128, "Registrar")
    cv.showPage()
    cv.save()


@cert(id="d46", producer="reportlab", style="conference",
      layout=["portrait", "platypus", "meeting-attendance", "date-range", "several-credit-statements",
              "second-page-accreditation-and-sessions", "title-ampersand"],
      notes="Symposium attendance; page 1 gives both P.A.C.E. (11.5, gold) and AMA (10.0) figures; page 2 has accreditation detail and session hours with their own codes.",
      name="Rajesh K. Subramaniam",
      title="Southwest Molecular Pathology & Genomics Symposium 2025",
      date="2025-05-16", date_str="May 15–16, 2025", credits=11.5, credit_str="11.5", unit="contact hour",
      provider=["Southwest Laboratory Medicine Foundation", "SLMF"], activity_id="SLMF-SYM-25")
def d46(c, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import inch
    rust = colors.HexColor("#a0522d")
    ctr = lambda n, f, s, l, col=colors.black, sb=0, sa=0: ParagraphStyle(n, fontName=f, fontSize=s, leading=l, alignment=1,
                                                                          textColor=col, spaceBefore=sb, spaceAfter=sa)
    story = [
        Paragraph("SOUTHWEST LABORATORY MEDICINE FOUNDATION", ctr("a", "Helvetica-Bold", 12, 15, rust)),
        Paragraph("SLMF · Albuquerque, New Mexico", ctr("b", "Helvetica", 9, 12, colors.grey, sa=30)),
        Paragraph("Southwest Molecular Pathology &amp; Genomics Symposium 2025", ctr("c", "Times-Bold", 20, 24, sa=4)),
        Paragraph("May 15–16, 2025 · Santa Fe Convention Center", ctr("d", "Times-Italic", 12, 15, sa=40)),
        Paragraph("Certificate of Attendance", ctr("e", "Times-Roman", 30, 34, rust, sa=24)),
        Paragraph("This is to certify that", ctr("f", "Times-Roman", 12, 15, sa=8)),
        Paragraph("Rajesh K. Subramaniam, PhD, MB(ASCP)<super>CM</super>", ctr("g", "Times-Bold", 22, 28, sa=8)),
        Paragraph("attended the symposium and is awarded the following credit:", ctr("h", "Times-Roman", 12, 15, sa=14)),
    ]
    cred = Table([["ASCLS P.A.C.E.® contact hours", "11.5"], ["AMA PRA Category 1 Credits™ (physicians)", "10.0"],
                  ["Program ID", "SLMF-SYM-25"]], colWidths=[3.4 * inch, 1.4 * inch])
    cred.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("ALIGN", (1, 0), (1, -1), "CENTER"), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f6ebe4"))]))
    story += [cred, Spacer(1, 60),
              Paragraph("See page 2 for accreditation statements and the session record.", ctr("i", "Helvetica", 8.5, 11, colors.grey)),
              PageBreak(),
              Paragraph("Accreditation", ParagraphStyle("j", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8)),
              Paragraph("The Southwest Laboratory Medicine Foundation (SLMF) is approved as a provider of continuing education "
                        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (Provider No. 618). "
                        "This activity has been planned and implemented in accordance with the accreditation requirements of "
                        "the ACCME through the joint providership of Mesa Verde Academic Medical Center and SLMF. Mesa Verde "
                        "Academic Medical Center designates this live activity for a maximum of 10.0 AMA PRA Category 1 "
                        "Credits™.", ParagraphStyle("k", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=18)),
              Paragraph("Session record", ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8))]
    sess = [["Code", "Session", "Hours"],
            ["MP-1A", "Liquid biopsy: pre-analytic variables", "1.5"], ["MP-1B", "Germline vs. somatic variant interpretation", "1.5"],
            ["MP-1C", "Bioinformatics pipelines in small labs", "1.0"], ["MP-1D", "Pharmacogenomics implementation", "1.5"],
            ["MP-2A", "Fusion detection by RNA-seq", "1.5"], ["MP-2B", "Validation of NGS panels (CAP MOL checklist)", "1.5"],
            ["MP-2C", "Minimal residual disease by NGS", "1.5"], ["MP-2D", "Reimbursement and billing update (non-CE)", "0.0"],
            ["MP-2E", "Case conference and adjournment", "1.5"], ["", "Total P.A.C.E.® contact hours", "11.5"]]
    st = Table(sess, colWidths=[0.9 * inch, 4.2 * inch, 0.8 * inch])
    st.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                            ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    story.append(st)
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=inch, rightMargin=inch, topMargin=0.8 * inch,
                            bottomMargin=0.8 * inch, title="Symposium certificate")
    doc.build(story)


@cert(id="d54", producer="reportlab", style="clma-chapter",
      layout=["landscape", "canvas", "table-layout", "day-month-date", "title-ampersand", "title-dash-abbrev",
              "no-activity-id", "ce-hour-unit"],
      notes="CLMA chapter dinner-meeting certificate; details drawn as a canvas table; no activity number printed.",
      name="Nkechi Obasi-Tremblay",
      title="Lab Staffing Crisis: Recruitment, Retention & the Role of MLT-to-MLS Pathways",
      date="2025-05-08", date_str="8 May 2025", credits=1.0, credit_str="1.0", unit="CE hour",
      provider=["Chesapeake Chapter, Clinical Laboratory Management Association", "CLMA"], activity_id=None)
def d54(c, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    W, H = landscape(letter)
    cv = canvas.Canvas(out, pagesize=(W, H))
    cv.setTitle("CLMA Chesapeake certificate")
    cv.setFillColorRGB(0.05, 0.3, 0.45)
    cv.circle(90, H - 85, 42, fill=1, stroke=0)
    cv.setFillColorRGB(1, 1, 1)
    cv.setFont("Helvetica-Bold", 19)
    cv.drawCentredString(90, H - 92, "CLMA")
    cv.setFillColorRGB(0.05, 0.3, 0.45)
    cv.setFont("Helvetica-Bold", 17)
    cv.drawString(150, H - 78, "Chesapeake Chapter, Clinical Laboratory Management Association")
    cv.setFont("Helvetica", 10)
    cv.drawString(150, H - 95, "Serving laboratory leaders in Maryland, Delaware and Northern Virginia")
    cv.setFillColorRGB(0.1, 0.1, 0.1)
    cv.setFont("Times-Bold", 30)
    cv.drawCentredString(W / 2, H - 170, "Certificate of Attendance")
    cv.setFont("Times-Roman", 13)
    cv.drawCentredString(W / 2, H - 200, "The Chesapeake Chapter certifies the attendance of")
    cv.setFont("Times-BoldItalic", 26)
    cv.drawCentredString(W / 2, H - 236, "Nkechi Obasi-Tremblay")
    cv.setFont("Times-Roman", 13)
    cv.drawCentredString(W / 2, H - 262, "at the chapter dinner meeting and educational program")
    x0, widths, y0, rh = 96, [150, 450], H - 300, 28
    rows = [("Program", "Lab Staffing Crisis: Recruitment, Retention & the Role of MLT-to-MLS Pathways"),
            ("Date", "8 May 2025"), ("Location", "Annapolis Yacht Club, Annapolis, MD"), ("CE hours", "1.0"),
            ("Speaker", "Dr. Lorraine Whitfield, DLM(ASCP)")]
    cv.setLineWidth(0.5)
    for i, (k, v) in enumerate(rows):
        y = y0 - i * rh
        cv.setFillColorRGB(0.9, 0.94, 0.97)
        cv.rect(x0, y - rh, widths[0], rh, fill=1, stroke=1)
        cv.rect(x0 + widths[0], y - rh, widths[1], rh, fill=0, stroke=1)
        cv.setFillColorRGB(0.1, 0.1, 0.1)
        cv.setFont("Helvetica-Bold", 10)
        cv.drawString(x0 + 8, y - 18, k)
        cv.setFont("Helvetica", 10.5)
        cv.drawString(x0 + widths[0] + 8, y - 18, v)
    cv.setFont("Helvetica", 8)
    cv.setFillColorRGB(0.35, 0.35, 0.35)
    cv.drawCentredString(W / 2, 50, "Chapter Treasurer: dues receipt #CH-2025-0117 (not a CE record). Keep this certificate for your CMP portfolio.")
    cv.showPage()
    cv.save()


@cert(id="d62", producer="reportlab", style="aspt",
      layout=["portrait", "canvas", "letter-spaced-name", "all-caps-name", "has-earned", "month-abbrev-dot-date",
              "course-no-label", "ce-hour-unit"],
      notes="Phlebotomy society certificate; name letter-spaced in capitals using character spacing; 'has earned' cue.",
      name="TAMARA J. WOJCIECHOWSKA",
      title="Specimen Rejection Reduction: Hemolysis, Clotting and Labeling Errors",
      date="2024-10-05", date_str="Oct. 5, 2024", credits=2.0, credit_str="2.0", unit="CE hour",
      provider=["American Society of Phlebotomy Technicians", "ASPT"], activity_id="ASPT-CE-2410-05")
def d62(c, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    cv.setTitle("ASPT certificate")
    cv.setStrokeColorRGB(0.6, 0, 0)
    cv.setLineWidth(2)
    cv.rect(36, 36, W - 72, H - 72)
    cv.setFillColorRGB(0.6, 0, 0)
    cv.setFont("Times-Bold", 40)
    cv.drawCentredString(W / 2, H - 130, "ASPT")
    cv.setFont("Times-Roman", 13)
    cv.drawCentredString(W / 2, H - 152, "American Society of Phlebotomy Technicians")
    cv.setFillColorRGB(0.1, 0.1, 0.1)
    cv.setFont("Times-Italic", 28)
    cv.drawCentredString(W / 2, H - 230, "Certificate of Continuing Education")
    cv.setFont("Times-Roman", 13)
    cv.drawCentredString(W / 2, H - 280, "This acknowledges that")
    rl_center_spaced(cv, "TAMARA J. WOJCIECHOWSKA", W / 2, H - 320, "Times-Bold", 20, 5)
    cv.setLineWidth(0.5)
    cv.line(110, H - 332, W - 110, H - 332)
    cv.setFont("Times-Roman", 13)
    cv.drawCentredString(W / 2, H - 365, "has earned 2.0 continuing education hours for")
    y = rl_para_centered(cv, "Specimen Rejection Reduction: Hemolysis, Clotting and Labeling Errors", "Times-Bold", 17,
                         W / 2, H - 398, 420, 21)
    cv.setFont("Times-Roman", 12)
    cv.drawCentredString(W / 2, y - 16, "completed Oct. 5, 2024")
    cv.drawCentredString(W / 2, y - 34, "Course No. ASPT-CE-2410-05")
    cv.setFont("Helvetica", 8)
    cv.setFillColorRGB(0.35, 0.35, 0.35)
    cv.drawCentredString(W / 2, 80, "ASPT certification #P-118842 · CE hours are recorded toward annual ASPT renewal.")
    cv.showPage()
    cv.save()


# ================================================================ hand-written PostScript -> Ghostscript (ps2pdf)

def pC(text, font, size, x, y):
    return "%s /%s F %s %.1f %.1f C" % (size, font, pss(text), x, y)


def pL(text, font, size, x, y):
    return "%s /%s F %s %.1f %.1f L" % (size, font, pss(text), x, y)


def pR(text, font, size, x, y):
    return "%s /%s F %s %.1f %.1f R" % (size, font, pss(text), x, y)


def pWrapL(text, font, size, x, y, width, lead, metric=None):
    m = metric or PS_FONTMAP.get(font, "Times-Roman")
    out = ["%s /%s F" % (size, font)]
    for ln in wrap(text, m, size, width):
        out.append("%s %.1f %.1f L" % (pss(ln), x, y))
        y -= lead
    return "\n".join(out), y


def pWrapC(text, font, size, cx, y, width, lead, metric=None):
    m = metric or PS_FONTMAP.get(font, "Times-Roman")
    out = ["%s /%s F" % (size, font)]
    for ln in wrap(text, m, size, width):
        out.append("%s %.1f %.1f C" % (pss(ln), cx, y))
        y -= lead
    return "\n".join(out), y


@cert(id="d07", producer="ghostscript", style="ascp",
      layout=["landscape", "centred-cue", "format-word-own-line", "title-year", "title-colon", "day-month-date",
              "customer-number-distractor", "activity-id-label"],
      notes="Hand-written PostScript; ASCP live virtual session; format words on their own line; customer number is a distractor.",
      name="Fenella Marchetti-Oduya",
      title="Digital Pathology Validation: Applying the 2021 CAP Guideline in Practice",
      date="2025-05-14", date_str="14 May 2025", credits=1.0, credit_str="1.0", unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="ASCP-LV-25-0514")
def d07(c):
    W, H = 792, 612
    t_code, y = pWrapC("Digital Pathology Validation: Applying the 2021 CAP Guideline in Practice", "PB", 20, W / 2, 300, 560,
                       25, metric="Times-Bold")
    page = "\n".join([
        "0.05 0.31 0.49 setrgbcolor 4 setlinewidth 24 24 744 564 BOX stroke 1 setlinewidth 32 32 728 548 BOX stroke",
        "0.05 0.31 0.49 setrgbcolor 330 520 132 40 BOX fill 1 GR",
        pC("ASCP", "HB", 28, W / 2, 530),
        "0.05 0.31 0.49 setrgbcolor",
        pC("American Society for Clinical Pathology", "HR", 12, W / 2, 500),
        "0.1 GR",
        pC("Certificate of Participation", "PR", 34, W / 2, 448),
        pC("Fenella Marchetti-Oduya, MLS(ASCP)CM", "PB", 26, W / 2, 400),
        pC("is awarded this certificate for completing", "PI", 14, W / 2, 366),
        "0.4 GR",
        pC("the live virtual session", "HR", 11, W / 2, 338),
        "0.1 GR",
        t_code,
        pC("Date of completion: 14 May 2025     Credit: 1.0 CMLE     Activity ID: ASCP-LV-25-0514", "TR", 13, W / 2, y - 14),
        "0.5 setlinewidth 110 150 moveto 300 150 lineto stroke 492 150 moveto 682 150 lineto stroke",
        pC("Chief Learning Officer", "HR", 9, 205, 138),
        pC("Program Director", "HR", 9, 587, 138),
        "0.35 GR",
        pC("ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
           "HR", 7.5, W / 2, 78),
        pC("ASCP Customer # 10442871  \u00b7  Retain for CMP reporting", "HR", 7.5, W / 2, 66),
    ])
    return ps_doc("ASCP certificate", [page])


@cert(id="d15", producer="ghostscript", style="pace-provider",
      layout=["portrait", "one-paragraph", "in-acknowledgment-of", "written-out-date", "title-in-curly-quotes",
              "activity-no-label", "name-accents"],
      notes="Hand-written PostScript; everything in one sentence beginning 'In acknowledgment of'; date written in words; title in curly quotes.",
      name="Odalys Benítez-Rourke",
      title="Immunohematology Case Files: Warm Autoantibodies, Adsorptions and Transfusion Decisions",
      date="2025-03-03", date_str="the third day of March, 2025", credits=2.0, credit_str="2.0", unit="contact hour",
      provider=["Prairie Rose Laboratory Education Services", "PRLES"], activity_id="PR-IH-0303")
def d15(c):
    W, H = 612, 792
    para = ("In acknowledgment of the completion of the continuing education activity entitled \u201cImmunohematology Case "
            "Files: Warm Autoantibodies, Adsorptions and Transfusion Decisions\u201d on the third day of March, 2025, "
            "Odalys Benítez-Rourke is hereby awarded 2.0 P.A.C.E.\u00ae contact hours by Prairie Rose Laboratory Education "
            "Services (Activity No. PR-IH-0303).")
    p_code, y = pWrapL(para, "NR", 15, 90, 470, 432, 24, metric="Times-Roman")
    page = "\n".join([
        "0.55 0.15 0.3 setrgbcolor 2 setlinewidth 40 40 532 712 BOX stroke",
        pC("PRAIRIE ROSE", "AGD", 30, W / 2, 680),
        pC("Laboratory Education Services", "AG", 14, W / 2, 658),
        pC("PRLES \u00b7 Lincoln, Nebraska", "AG", 9, W / 2, 640),
        "0.1 GR",
        pC("Certificate", "ZC", 44, W / 2, 560),
        "0.55 0.15 0.3 setrgbcolor 206 540 200 1 BOX fill 0.1 GR",
        p_code,
        "0.5 setlinewidth 90 200 moveto 280 200 lineto stroke 332 200 moveto 522 200 lineto stroke",
        pC("Education Director", "HR", 9, 185, 188),
        pC("Program Coordinator", "HR", 9, 427, 188),
        "0.35 GR",
        pC("Prairie Rose Laboratory Education Services is approved as a provider of continuing education programs", "HR", 7.5, W / 2, 110),
        pC("in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Certificate serial 0007-1183.", "HR", 7.5, W / 2, 100),
    ])
    return ps_doc("PRLES certificate", [page], w=612, h=792)


@cert(id="d23", producer="ghostscript", style="online-library",
      layout=["landscape", "side-panel", "name-particle-Van", "title-colon", "slash-date", "state-approvals-list",
              "certificate-id-distractor", "course-hash-colon-label"],
      notes="Hand-written PostScript; online library with a left panel holding address and phone; state approvals listed (incl. West Virginia); certificate ID is a distractor.",
      name="Leopold Van Houten",
      title="Quality Control Rules and Sigma Metrics: Westgard Multirules in Practice",
      date="2025-07-19", date_str="07/19/2025", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["PathQuest Online"], activity_id="PQ-QC-118")
def d23(c):
    W, H = 792, 612
    t_code, y = pWrapL("Quality Control Rules and Sigma Metrics: Westgard Multirules in Practice", "TB", 20, 250, 330, 480, 25)
    page = "\n".join([
        "0.16 0.32 0.29 setrgbcolor 0 0 210 612 BOX fill",
        "1 GR",
        pL("PathQuest", "HB", 26, 24, 540),
        pL("Online", "HR", 26, 24, 512),
        pL("220 Harbor Loop, Suite 5", "HR", 8.5, 24, 140),
        pL("Portland, ME 04101", "HR", 8.5, 24, 128),
        pL("1-800-555-0142", "HR", 8.5, 24, 116),
        pL("pathquestonline.com", "HR", 8.5, 24, 104),
        "0.1 GR",
        pL("COURSE COMPLETION CERTIFICATE", "HB", 12, 250, 530),
        pL("Awarded to", "TI", 13, 250, 470),
        pL("Leopold Van Houten", "TB", 28, 250, 438),
        pL("for completing", "TI", 13, 250, 370),
        t_code,
        pL("Course #: PQ-QC-118", "HR", 11, 250, y - 20),
        pL("Date: 07/19/2025", "HR", 11, 250, y - 36),
        pL("Credit: 1.5 P.A.C.E.\u00ae contact hours", "HR", 11, 250, y - 52),
        "0.35 GR",
        pL("State approvals: Florida (Category: Quality Control/Quality Assurance), California (via P.A.C.E.\u00ae).", "HR", 8, 250, 112),
        pL("West Virginia and Montana accept P.A.C.E.\u00ae-approved continuing education for licence renewal.", "HR", 8, 250, 101),
        pL("PathQuest Online is approved as a provider of continuing education programs in the clinical laboratory sciences", "HR", 8, 250, 84),
        pL("by the ASCLS P.A.C.E.\u00ae Program. Certificate ID PQ-5512-88C7.", "HR", 8, 250, 73),
    ])
    return ps_doc("PathQuest certificate", [page])


@cert(id="d31", producer="ghostscript", style="state-license",
      layout=["portrait", "table-layout", "state-MT", "iso-date", "title-colon", "title-e.g.", "title-wraps-2", "license-number-distractor",
              "course-no-label"],
      notes="Hand-written PostScript; Montana CLS practitioner licence CE record drawn as a ruled table; licence number is a distractor.",
      name="Wyatt A. Runningwater",
      title="Blood Gas Analysis and Co-Oximetry: Pre-Analytic Errors (e.g., Air Bubbles, Delayed Analysis) and Troubleshooting",
      date="2025-03-22", date_str="2025-03-22", credits=2.0, credit_str="2.0", unit="contact hour",
      provider=["Big Sky Laboratory Professionals Association", "BSLPA"], activity_id="BSL-BG-0322")
def d31(c):
    W, H = 612, 792
    rows = [("Licensee", "Wyatt A. Runningwater"), ("Montana license no.", "CLS-LIC-4471"),
            ("Course title", "Blood Gas Analysis and Co-Oximetry: Pre-Analytic Errors (e.g., Air Bubbles, Delayed Analysis) and Troubleshooting"),
            ("Course No.", "BSL-BG-0322"), ("Completion date", "2025-03-22"), ("Contact hours", "2.0"),
            ("Delivery", "Live, Billings Clinic Education Center")]
    code = []
    y = 560
    for k, v in rows:
        lines = wrap(v, "Times-Roman", 12, 300)
        h = 22 + 14 * (len(lines) - 1)
        code.append("0.5 setlinewidth 72 %.1f 468 %.1f BOX stroke" % (y - h, h))
        code.append("220 %.1f moveto 220 %.1f lineto stroke" % (y - h, y))
        code.append(pL(k, "HB", 10, 80, y - 15))
        for i, ln in enumerate(lines):
            code.append(pL(ln, "TR", 12, 228, y - 15 - 14 * i))
        y -= h
    page = "\n".join([
        "0.1 0.2 0.45 setrgbcolor",
        pL("Big Sky Laboratory Professionals Association", "TB", 18, 72, 720),
        pL("BSLPA \u00b7 Montana", "HR", 10, 72, 704),
        "2 setlinewidth 72 694 moveto 540 694 lineto stroke 0.1 GR",
        pL("Montana Clinical Laboratory Science Practitioner", "HB", 14, 72, 660),
        pL("License Renewal \u2014 Continuing Education Record", "HR", 13, 72, 642),
        pL("This record confirms that the licensee named below completed the course shown.", "TI", 11, 72, 600),
        "\n".join(code),
        "0.3 GR",
        pL("BSLPA is approved as a provider of continuing education programs in the clinical laboratory sciences by the", "HR", 8, 72, 200),
        pL("ASCLS P.A.C.E.\u00ae Program. The Montana Board of Clinical Laboratory Science Practitioners accepts", "HR", 8, 72, 190),
        pL("P.A.C.E.\u00ae-approved hours. Keep this record with your renewal documentation.", "HR", 8, 72, 180),
        "0.1 GR 0.5 setlinewidth 72 120 moveto 260 120 lineto stroke",
        pL("Education Committee, BSLPA", "HR", 9, 72, 108),
    ])
    return ps_doc("Montana CE record", [page], w=612, h=792)


@cert(id="d39", producer="ghostscript", style="nsh",
      layout=["portrait", "labels-above-values", "all-caps-name", "name-ring-accent", "month-abbrev-date",
              "member-id-distractor", "course-id-no-colon"],
      notes="Hand-written PostScript; NSH online course; labels printed small above each value; name printed in capitals (keeps capitals); member ID is a distractor.",
      name="ÅSA LINDGREN-MWANGI",
      title="Frozen Section Techniques: Cryostat Maintenance, Embedding Media and Artifacts",
      date="2025-06-02", date_str="Jun 2, 2025", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="NSH-OD-2506")
def d39(c):
    W, H = 612, 792
    t_code, y = pWrapL("Frozen Section Techniques: Cryostat Maintenance, Embedding Media and Artifacts", "TB", 17, 90, 432, 430, 21)

    def lab(text, yy):
        return "0.45 GR " + pL(text, "HB", 8, 90, yy) + " 0.1 GR"
    page = "\n".join([
        "0.23 0.16 0.35 setrgbcolor 0 712 612 80 BOX fill 1 GR",
        pL("NSH", "HB", 34, 90, 738),
        pL("National Society for Histotechnology", "HR", 11, 190, 750),
        pL("Online Education Center", "HR", 9, 190, 736),
        "0.1 GR",
        pL("Certificate of Completion", "TR", 30, 90, 640),
        lab("PARTICIPANT", 590), pL("\u00c5SA LINDGREN-MWANGI", "TB", 20, 90, 568),
        lab("NSH MEMBER ID", 530), pL("NSH-0092281", "TR", 12, 90, 514),
        lab("COURSE", 470), t_code,
        lab("COURSE ID", y - 16), pL("NSH-OD-2506", "TR", 12, 90, y - 32),
        lab("COMPLETED", y - 66), pL("Jun 2, 2025", "TR", 12, 90, y - 82),
        lab("CONTINUING EDUCATION", y - 116), pL("1.5 contact hours", "TR", 12, 90, y - 132),
        "0.35 GR",
        pL("NSH is approved as a provider of continuing education programs in the clinical laboratory sciences", "HR", 8, 90, 120),
        pL("by the ASCLS P.A.C.E.\u00ae Program.", "HR", 8, 90, 110),
    ])
    return ps_doc("NSH certificate", [page], w=612, h=792)


@cert(id="d47", producer="ghostscript", style="vendor-training",
      layout=["landscape", "ceu", "title-dash", "title-version-number", "title-parentheses", "instrument-serial-distractor",
              "course-hash-colon-label", "month-abbrev-date"],
      notes="Hand-written PostScript; vendor technical training centre awarding 0.8 IACET CEU (=8 points); analyzer serial number is a distractor.",
      name="Bogdan Petrescu-Lang",
      title="Halcyon Atlas c800 Chemistry Analyzer — Advanced Troubleshooting (Level 2), Version 2025.1",
      date="2025-01-29", date_str="Jan 29, 2025", credits=0.8, credit_str="0.8", unit="CEU",
      provider=["Halcyon Diagnostics Technical Training Centre", "HALCYON"], activity_id="ATL-TS-2")
def d47(c):
    W, H = 792, 612
    t_code, y = pWrapC("Halcyon Atlas c800 Chemistry Analyzer \u2014 Advanced Troubleshooting (Level 2), Version 2025.1", "HB",
                       18, W / 2, 330, 600, 23)
    page = "\n".join([
        "0.93 GR 0 0 792 612 BOX fill 1 GR 30 30 732 552 BOX fill",
        "0.0 0.45 0.6 setrgbcolor 30 520 732 62 BOX fill 1 GR",
        pL("HALCYON", "HB", 28, 56, 540),
        pR("Halcyon Diagnostics Technical Training Centre", "HR", 12, 736, 552),
        pR("Cleveland, Ohio", "HR", 10, 736, 537),
        "0.1 GR",
        pC("Certificate of Training", "TR", 34, W / 2, 460),
        pC("This certifies that", "TI", 13, W / 2, 430),
        pC("Bogdan Petrescu-Lang", "TB", 26, W / 2, 396),
        pC("has completed the instructor-led course", "TI", 13, W / 2, 362),
        t_code,
        pC("Completed Jan 29, 2025   |   Course #: ATL-TS-2   |   0.8 CEU awarded", "HR", 12, W / 2, y - 16),
        "0.35 GR",
        pC("Halcyon Diagnostics Technical Training Centre is an IACET Accredited Provider and awards IACET CEUs in compliance with the ANSI/IACET Standard.",
           "HR", 7.5, W / 2, 96),
        pC("Analyzer S/N ATC8-55120-77 \u00b7 Customer account 300-2291", "HR", 7.5, W / 2, 84),
    ])
    return ps_doc("Halcyon certificate", [page])


@cert(id="d55", producer="ghostscript", style="amt",
      layout=["portrait", "has-earned", "table-layout", "title-colon", "long-month-date", "amt-id-distractor",
              "program-id-label", "ce-hour-unit"],
      notes="Hand-written PostScript; AMT continuing education certificate; 'has earned' cue; AMT ID number is a distractor.",
      name="Rosalind Achterberg-Mensah",
      title="Laboratory Mathematics Refresher: Dilutions, Concentrations and Unit Conversions",
      date="2025-05-03", date_str="May 3, 2025", credits=1.5, credit_str="1.5", unit="CE hour",
      provider=["American Medical Technologists", "AMT"], activity_id="STEP-25-117")
def d55(c):
    W, H = 612, 792
    t_code, y = pWrapC("Laboratory Mathematics Refresher: Dilutions, Concentrations and Unit Conversions", "NB", 17, W / 2, 470,
                       420, 22, metric="Times-Bold")
    cells = [("Completed", "May 3, 2025"), ("CE hours", "1.5"), ("Program ID:", "STEP-25-117"), ("AMT ID", "3320811")]
    code = ["0.5 setlinewidth"]
    x = 96
    for k, v in cells:
        code.append("%.1f %.1f 105 44 BOX stroke" % (x, y - 70))
        code.append(pC(k, "HR", 8, x + 52.5, y - 40))
        code.append(pC(v, "TR", 12, x + 52.5, y - 58))
        x += 105
    page = "\n".join([
        "0.0 0.18 0.38 setrgbcolor 3 setlinewidth 30 30 552 732 BOX stroke",
        pC("AMT", "TB", 40, W / 2, 690),
        pC("AMERICAN MEDICAL TECHNOLOGISTS", "HR", 11, W / 2, 668),
        "0.1 GR",
        pC("Certificate of Continuing Education", "NI", 26, W / 2, 600),
        pC("Rosalind Achterberg-Mensah, MT(AMT)", "NB", 22, W / 2, 552),
        pC("has earned 1.5 CE hours for the STEP program", "NR", 13, W / 2, 512),
        t_code,
        "\n".join(code),
        "0.35 GR",
        pC("American Medical Technologists is approved as a provider of continuing education programs in the", "HR", 8, W / 2, 130),
        pC("clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", "HR", 8, W / 2, 120),
    ])
    return ps_doc("AMT certificate", [page], w=612, h=792)


@cert(id="d63", producer="ghostscript", style="clsi",
      layout=["portrait", "two-column-label-value", "title-parentheses-standard-code", "title-colon", "long-month-date",
              "activity-no-label", "accreditation-names-provider"],
      notes="Hand-written PostScript; CLSI course certificate with label|value pairs; the standard code EP15-A3 is part of the title.",
      name="Oksana Petrenko-Hale",
      title="Verification of Performance for Precision and Trueness (EP15-A3): A Practical Walk-Through",
      date="2024-09-30", date_str="September 30, 2024", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="CLSI-EP15-0930")
def d63(c):
    W, H = 612, 792
    rows = [("Participant", "Oksana Petrenko-Hale"),
            ("Program", "Verification of Performance for Precision and Trueness (EP15-A3): A Practical Walk-Through"),
            ("Activity No.", "CLSI-EP15-0930"), ("Date", "September 30, 2024"), ("Credit", "1.0 P.A.C.E.\u00ae contact hour"),
            ("Format", "eLearning with assessment")]
    code = []
    y = 540
    for k, v in rows:
        code.append(pR(k, "HB", 10, 200, y))
        lines = wrap(v, "Times-Roman", 13, 320)
        for i, ln in enumerate(lines):
            code.append(pL(ln, "TR", 13, 216, y - 16 * i))
        y -= 16 * len(lines) + 14
    page = "\n".join([
        "0.0 0.33 0.61 setrgbcolor",
        pL("CLSI", "HB", 40, 72, 700),
        pL("Clinical and Laboratory Standards Institute", "HR", 12, 72, 680),
        "1 setlinewidth 72 668 moveto 540 668 lineto stroke 0.1 GR",
        pL("Certificate of Completion", "TR", 28, 72, 610),
        "\n".join(code),
        "0.35 GR",
        pL("CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by", "HR", 8, 72, 150),
        pL("the ASCLS P.A.C.E.\u00ae Program. Certificate printed 10/01/2024.", "HR", 8, 72, 140),
    ])
    return ps_doc("CLSI certificate", [page], w=612, h=792)


# ================================================================ AcroForm templates: filled (/V + fresh /AP) and qpdf-flattened

def rl_base(draw, size=(612, 792), title="Certificate form"):
    def make(path):
        from reportlab.pdfgen import canvas
        cv = canvas.Canvas(path, pagesize=size)
        cv.setTitle(title)
        draw(cv, size[0], size[1])
        cv.showPage()
        cv.save()
    return make


def chromium_base(html_text, name):
    def make(path):
        src = os.path.join(TMP, name + ".base.html")
        open(src, "w", encoding="utf-8").write(html_text)
        # keep the HTML of the static page with the sources
        shutil.copy(src, os.path.join(SRC, name + ".template.html"))
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + os.path.join(TMP, "chrome-profile"), "--print-to-pdf=" + path, "file://" + src])
    return make


def fld(name, rect, value, font="Helv", size=11, align=0, multiline=False, tu=None):
    return {"name": name, "rect": rect, "value": value, "font": font, "size": size, "align": align,
            "multiline": multiline, "tu": tu}


def uline(cv, x1, y, x2, label=None, lsize=7.5, gray=0.35):
    cv.setLineWidth(0.6)
    cv.line(x1, y, x2, y)
    if label:
        cv.setFillGray(gray)
        cv.setFont("Helvetica", lsize)
        cv.drawString(x1, y - 10, label)
        cv.setFillGray(0)


# ---------------------------------------------------------------- filled forms (no flattening)

@cert(id="d08", producer="acroform-filled", style="ascls-chapter",
      layout=["landscape", "acroform", "values-above-labels", "multiline-title-field", "title-vs.", "slash-date",
              "program-number-label"],
      notes="Blank chapter certificate template (ReportLab page) with text fields; each value filled via /V plus a fresh /AP stream; labels sit under the field rules.",
      name="Carmen L. Villanueva",
      title="Chromosomal Microarray vs. Karyotype: Choosing the Right Cytogenetic Test",
      date="2025-04-05", date_str="04/05/2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["Evergreen Society for Clinical Laboratory Science", "ASCLS-Evergreen"], activity_id="ESCLS-25-041")
def d08(c):
    def draw(cv, W, H):
        cv.setStrokeColorRGB(0.13, 0.4, 0.2)
        cv.setLineWidth(5)
        cv.rect(24, 24, W - 48, H - 48)
        cv.setFillColorRGB(0.13, 0.4, 0.2)
        cv.setFont("Times-Bold", 22)
        cv.drawCentredString(W / 2, H - 72, "Evergreen Society for Clinical Laboratory Science")
        cv.setFont("Times-Roman", 12)
        cv.drawCentredString(W / 2, H - 90, "ASCLS-Evergreen \u00b7 Washington \u00b7 Oregon \u00b7 Idaho")
        cv.setFillGray(0.1)
        cv.setFont("Times-Italic", 30)
        cv.drawCentredString(W / 2, H - 140, "Continuing Education Certificate")
        cv.setFont("Times-Roman", 13)
        cv.drawCentredString(W / 2, H - 172, "This certifies that")
        uline(cv, 196, 392, 596)
        cv.setFont("Helvetica", 7.5)
        cv.drawCentredString(W / 2, 382, "PARTICIPANT")
        cv.setFont("Times-Roman", 13)
        cv.drawCentredString(W / 2, 360, "has attended and completed")
        uline(cv, 126, 290, 666)
        cv.setFont("Helvetica", 7.5)
        cv.drawCentredString(W / 2, 280, "PROGRAM TITLE")
        for x1, x2, lab in [(110, 270, "DATE"), (316, 476, "P.A.C.E.\u00ae CONTACT HOURS"), (522, 682, "PROGRAM #")]:
            uline(cv, x1, 222, x2)
            cv.setFont("Helvetica", 7.5)
            cv.drawCentredString((x1 + x2) / 2, 212, lab)
        uline(cv, 110, 140, 330)
        uline(cv, 462, 140, 682)
        cv.setFont("Helvetica", 7.5)
        cv.drawCentredString(220, 130, "CE CHAIR")
        cv.drawCentredString(572, 130, "PRESENTER")
        cv.setFont("Helvetica", 7)
        cv.setFillGray(0.35)
        cv.drawCentredString(W / 2, 62, "ASCLS-Evergreen is approved as a provider of continuing education programs in the clinical "
                                        "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program (Provider No. 287).")
    return {"base": rl_base(draw, (792, 612), "ASCLS-Evergreen CE certificate"),
            "fields": [fld("participant", (196, 393, 596, 420), "Carmen L. Villanueva", "TiBo", 20, 1),
                       fld("program_title", (126, 291, 666, 340),
                           "Chromosomal Microarray vs. Karyotype: Choosing the Right Cytogenetic Test", "TiRo", 16, 1, True),
                       fld("date", (110, 223, 270, 243), "04/05/2025", "Helv", 12, 1),
                       fld("hours", (316, 223, 476, 243), "1.0", "Helv", 12, 1),
                       fld("program_no", (522, 223, 682, 243), "ESCLS-25-041", "Helv", 12, 1),
                       fld("presenter", (462, 141, 682, 161), "Dr. Helen Strand, PhD", "TiIt", 12, 1)]}


@cert(id="d16", producer="acroform-filled", style="hospital-inservice",
      layout=["portrait", "acroform", "competency-record", "two-column-label-value", "title-ampersand",
              "employee-id-distractor", "supervisor-date-distractor", "class-code-label"],
      notes="Hospital competency/CE form template with boxed fields; filled values; supervisor review date and employee ID are distractors.",
      name="Gabriel Oyelaran-Fitch",
      title="Point-of-Care INR Testing: Operator Training & Competency",
      date="2024-11-18", date_str="11/18/2024", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["St. Anselm Regional Medical Center", "SARMC"], activity_id="SAR-POC-INR-03")
def d16(c):
    rows = [("Employee name", "employee_name", "Gabriel Oyelaran-Fitch"), ("Employee ID", "employee_id", "SA-20931"),
            ("Department", "department", "Core Laboratory \u2013 Point-of-Care Testing"),
            ("Education topic", "topic", "Point-of-Care INR Testing: Operator Training & Competency"),
            ("Class code", "class_code", "SAR-POC-INR-03"), ("Date completed", "date_completed", "11/18/2024"),
            ("CE contact hours", "ce_hours", "1.0"), ("Assessment result", "result", "Competent \u2013 no remediation needed"),
            ("Supervisor review date", "supervisor_date", "11/20/2024")]
    top, rh = 600, 34

    def draw(cv, W, H):
        cv.setFillColorRGB(0.45, 0.1, 0.15)
        cv.setFont("Helvetica-Bold", 17)
        cv.drawString(60, H - 70, "St. Anselm Regional Medical Center")
        cv.setFont("Helvetica", 10)
        cv.drawString(60, H - 86, "SARMC Department of Laboratory Medicine")
        cv.setFillGray(0.1)
        cv.setFont("Helvetica-Bold", 15)
        cv.drawString(60, H - 130, "Laboratory Competency / Continuing Education Form")
        cv.setFont("Helvetica", 9)
        cv.drawString(60, H - 146, "Complete one form per employee per education event. Completed forms are retained in the personnel file.")
        cv.setLineWidth(0.6)
        for i, (lab, _, _) in enumerate(rows):
            y = top - i * rh
            cv.setFillColorRGB(0.95, 0.92, 0.92)
            cv.rect(60, y - rh, 150, rh, fill=1, stroke=1)
            cv.rect(210, y - rh, 342, rh, fill=0, stroke=1)
            cv.setFillGray(0.1)
            cv.setFont("Helvetica-Bold", 9.5)
            cv.drawString(68, y - 21, lab)
        cv.setFont("Helvetica", 8)
        cv.setFillGray(0.3)
        cv.drawString(60, 240, "St. Anselm Regional Medical Center is approved as a provider of continuing education programs in the")
        cv.drawString(60, 229, "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
        uline(cv, 60, 170, 260, "Employee signature")
        uline(cv, 352, 170, 552, "Supervisor signature")
        cv.drawString(60, 60, "SARMC-LAB-F-112 (rev. 2022)")
    fields = []
    for i, (_, nm, val) in enumerate(rows):
        y = top - i * rh
        multiline = nm == "topic"
        fields.append(fld(nm, (212, y - rh + 2, 550, y - 2), val, "Helv", 11, 0, multiline and False))
    return {"base": rl_base(draw, (612, 792), "Competency form"), "fields": fields}


@cert(id="d24", producer="acroform-filled", style="state-license",
      layout=["portrait", "acroform", "state-NV", "labels-left-of-fields", "title-slash", "title-colon", "title-inner-quotes",
              "license-number-distractor", "slash-date"],
      notes="Nevada laboratory personnel CE attestation form from an invented provider; title ends with a quoted word (straight quotes kept); licence number field is a distractor.",
      name="Tatiana Morozova-Reyes",
      title='Mass Spectrometry in the Toxicology Lab: LC-MS/MS Basics for "Non-Chemists"',
      date="2025-02-27", date_str="02/27/2025", credits=2.0, credit_str="2.0", unit="contact hour",
      provider=["Silver State Laboratory Education Council", "SSLEC"], activity_id="SSLEC-TOX-227")
def d24(c):
    def draw(cv, W, H):
        cv.setFillColorRGB(0.42, 0.45, 0.5)
        cv.rect(0, H - 110, W, 110, fill=1, stroke=0)
        cv.setFillGray(1)
        cv.setFont("Helvetica-Bold", 20)
        cv.drawString(54, H - 58, "Silver State Laboratory Education Council")
        cv.setFont("Helvetica", 10)
        cv.drawString(54, H - 76, "SSLEC \u00b7 Reno \u00b7 Las Vegas \u00b7 Elko")
        cv.setFillGray(0.1)
        cv.setFont("Times-Bold", 20)
        cv.drawString(54, H - 160, "Nevada Laboratory Personnel")
        cv.drawString(54, H - 184, "Continuing Education Attestation")
        cv.setFont("Times-Roman", 11.5)
        cv.drawString(54, H - 214, "The council attests that the person named below completed the continuing education shown.")
        labels = [("Name", 520), ("Nevada license no.", 486), ("Course title", 452), ("Course ID", 392), ("Completion date", 358),
                  ("Contact hours", 324)]
        for lab, y in labels:
            cv.setFont("Helvetica-Bold", 10)
            cv.drawString(54, y + (20 if lab == "Course title" else 6), lab)
            if lab != "Course title":
                uline(cv, 170, y + 2, 558)
        uline(cv, 170, 420, 558)
        cv.setFont("Helvetica", 8)
        cv.setFillGray(0.3)
        cv.drawString(54, 220, "SSLEC is approved as a provider of continuing education programs in the clinical laboratory sciences by the")
        cv.drawString(54, 209, "ASCLS P.A.C.E.\u00ae Program. Nevada licensees must keep proof of continuing education for audit.")
        uline(cv, 54, 150, 250, "Authorized signature, SSLEC")
        uline(cv, 362, 150, 558, "Date issued")
    return {"base": rl_base(draw, (612, 792), "Nevada CE attestation"),
            "fields": [fld("name", (170, 523, 558, 541), "Tatiana Morozova-Reyes", "HeBo", 12),
                       fld("nv_license", (170, 489, 558, 507), "NV-CLS 2210-48", "Helv", 11),
                       fld("course_title", (170, 421, 558, 472),
                           'Mass Spectrometry in the Toxicology Lab: LC-MS/MS Basics for "Non-Chemists"', "Helv", 11, 0, True),
                       fld("course_id", (170, 395, 558, 413), "SSLEC-TOX-227", "Helv", 11),
                       fld("completion_date", (170, 361, 558, 379), "02/27/2025", "Helv", 11),
                       fld("contact_hours", (170, 327, 558, 345), "2.0", "Helv", 11),
                       fld("date_issued", (362, 153, 558, 171), "03/04/2025", "Helv", 11)]}


@cert(id="d32", producer="acroform-filled", style="university-ce",
      layout=["portrait", "acroform", "ceu", "multiline-title-field", "title-wraps-3", "iso-date",
              "student-id-distractor", "course-number-label"],
      notes="University CE office form; the course title field wraps over three lines inside a multiline widget; 0.2 CEU (=2 points); student ID is a distractor.",
      name="Naledi Mokoena",
      title="Microbiology Laboratory Response to Emerging Fungal Pathogens: Candida auris Screening, Identification and Infection-Prevention Communication",
      date="2025-01-30", date_str="2025-01-30", credits=0.2, credit_str="0.2", unit="CEU",
      provider=["Westbrook College of Allied Health", "WCAH"], activity_id="WCAH-CE-4120")
def d32(c):
    def draw(cv, W, H):
        cv.setStrokeColorRGB(0.1, 0.25, 0.5)
        cv.setLineWidth(1.5)
        cv.rect(40, 40, W - 80, H - 80)
        cv.setFillColorRGB(0.1, 0.25, 0.5)
        cv.setFont("Times-Bold", 22)
        cv.drawCentredString(W / 2, H - 96, "Westbrook College of Allied Health")
        cv.setFont("Times-Roman", 11)
        cv.drawCentredString(W / 2, H - 114, "WCAH \u00b7 Continuing Education Office")
        cv.setFillGray(0.1)
        cv.setFont("Times-Roman", 28)
        cv.drawCentredString(W / 2, H - 170, "Certificate of Completion")
        cv.setFont("Helvetica-Bold", 8)
        cv.setFillGray(0.4)
        for lab, y in [("NAME OF PARTICIPANT", 580), ("COURSE TITLE", 520), ("COURSE NUMBER", 410), ("STUDENT ID", 410),
                       ("DATE COMPLETED", 350), ("CEUs EARNED", 350)]:
            x = 90 if lab in ("NAME OF PARTICIPANT", "COURSE TITLE", "COURSE NUMBER", "DATE COMPLETED") else 330
            cv.drawString(x, y, lab)
        cv.setFillGray(0.1)
        cv.setLineWidth(0.5)
        cv.rect(90, 546, 432, 28)
        cv.rect(90, 436, 432, 78)
        cv.rect(90, 376, 210, 28)
        cv.rect(330, 376, 192, 28)
        cv.rect(90, 316, 210, 28)
        cv.rect(330, 316, 192, 28)
        cv.setFont("Helvetica", 8)
        cv.setFillGray(0.3)
        cv.drawString(90, 250, "One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing")
        cv.drawString(90, 239, "education experience. WCAH retains CEU records for seven years.")
        uline(cv, 90, 170, 290, "Director, Continuing Education Office")
    return {"base": rl_base(draw, (612, 792), "WCAH certificate"),
            "fields": [fld("participant", (92, 548, 520, 572), "Naledi Mokoena", "TiBo", 16),
                       fld("course_title", (92, 438, 520, 512),
                           "Microbiology Laboratory Response to Emerging Fungal Pathogens: Candida auris Screening, "
                           "Identification and Infection-Prevention Communication", "TiRo", 14, 0, True),
                       fld("course_number", (92, 378, 298, 402), "WCAH-CE-4120", "Helv", 12),
                       fld("student_id", (332, 378, 520, 402), "W0091234", "Helv", 12),
                       fld("date_completed", (92, 318, 298, 342), "2025-01-30", "Helv", 12),
                       fld("ceus", (332, 318, 520, 342), "0.2", "Helv", 12)]}


@cert(id="d40", producer="acroform-filled", style="iacet-ceu",
      layout=["landscape", "acroform", "ceu", "centred-cue", "title-colon-in-number", "month-abbrev-date",
              "iacet-provider-number-distractor"],
      notes="IACET CEU certificate template with centred fields; the standard number ISO 15189:2022 contains a colon; 0.3 CEU (=3 points).",
      name="Eun-ji Kwon",
      title="Laboratory Quality Management Systems: ISO 15189:2022 Transition Essentials",
      date="2025-03-12", date_str="Mar 12, 2025", credits=0.3, credit_str="0.3", unit="CEU",
      provider=["Brightpath Continuing Education Institute", "BCEI"], activity_id="BCEI-ISO-15189")
def d40(c):
    def draw(cv, W, H):
        cv.setFillColorRGB(0.95, 0.6, 0.1)
        cv.rect(0, 0, 18, H, fill=1, stroke=0)
        cv.rect(W - 18, 0, 18, H, fill=1, stroke=0)
        cv.setFillGray(0.15)
        cv.setFont("Helvetica-Bold", 15)
        cv.drawCentredString(W / 2, H - 60, "BRIGHTPATH CONTINUING EDUCATION INSTITUTE")
        cv.setFont("Helvetica", 9.5)
        cv.drawCentredString(W / 2, H - 76, "BCEI \u00b7 IACET Accredited Provider")
        cv.setFont("Times-Roman", 34)
        cv.drawCentredString(W / 2, H - 140, "Certificate of Completion")
        cv.setFont("Times-Italic", 13)
        cv.drawCentredString(W / 2, H - 180, "This is to certify that")
        uline(cv, 196, 388, 596)
        cv.drawCentredString(W / 2, 360, "successfully finished the course")
        uline(cv, 116, 296, 676)
        cv.setFont("Times-Roman", 12)
        cv.drawString(150, 240, "Completion date")
        cv.drawString(340, 240, "CEUs awarded")
        cv.drawString(510, 240, "Course")
        cv.setFont("Helvetica", 7.5)
        cv.setFillGray(0.35)
        cv.drawCentredString(W / 2, 110, "Brightpath Continuing Education Institute is accredited by IACET and offers IACET CEUs for its "
                                         "learning events that comply with the ANSI/IACET Standard.")
        cv.drawCentredString(W / 2, 98, "IACET Accredited Provider #6219004")
    return {"base": rl_base(draw, (792, 612), "BCEI certificate"),
            "fields": [fld("name", (196, 389, 596, 417), "Eun-ji Kwon", "HeBo", 20, 1),
                       fld("course", (116, 297, 676, 345),
                           "Laboratory Quality Management Systems: ISO 15189:2022 Transition Essentials", "TiBo", 17, 1, True),
                       fld("completion_date", (150, 212, 300, 234), "Mar 12, 2025", "Helv", 12),
                       fld("ceus", (340, 212, 470, 234), "0.3", "Helv", 12),
                       fld("course_id", (510, 212, 680, 234), "BCEI-ISO-15189", "Helv", 12)]}


@cert(id="d48", producer="acroform-filled", style="aab",
      layout=["portrait", "acroform", "title-contains-date", "title-parentheses", "long-month-date",
              "member-id-distractor", "course-hash-colon-label"],
      notes="AAB certificate template; the title itself contains a date (Dec. 28, 2024) that is not the completion date; member ID is a distractor.",
      name="Prudence Okafor-Lindahl",
      title="CLIA Personnel Requirements Update (Effective Dec. 28, 2024): What Laboratory Directors Need to Know",
      date="2025-01-16", date_str="January 16, 2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["American Association of Bioanalysts", "AAB"], activity_id="AAB-CLIA-25")
def d48(c):
    def draw(cv, W, H):
        cv.setFillColorRGB(0.31, 0.38, 0.16)
        cv.setFont("Helvetica-Bold", 36)
        cv.drawCentredString(W / 2, H - 100, "AAB")
        cv.setFont("Helvetica", 13)
        cv.drawCentredString(W / 2, H - 122, "American Association of Bioanalysts")
        cv.setLineWidth(1)
        cv.setStrokeColorRGB(0.31, 0.38, 0.16)
        cv.line(90, H - 140, W - 90, H - 140)
        cv.setFillGray(0.1)
        cv.setFont("Times-Roman", 26)
        cv.drawCentredString(W / 2, H - 200, "Certificate of Continuing Education")
        cv.setFont("Times-Italic", 12)
        cv.drawCentredString(W / 2, H - 240, "presented to")
        uline(cv, 120, 520, 492)
        cv.drawCentredString(W / 2, 490, "for completion of the AAB webinar")
        uline(cv, 90, 410, 522)
        cv.setFont("Helvetica-Bold", 9.5)
        for lab, y in [("Date:", 360), ("Contact hours:", 336), ("Course #:", 312), ("AAB Member ID:", 288)]:
            cv.drawString(150, y, lab)
        cv.setFont("Helvetica", 8)
        cv.setFillGray(0.3)
        cv.drawCentredString(W / 2, 170, "AAB is approved as a provider of continuing education programs in the clinical laboratory")
        cv.drawCentredString(W / 2, 159, "sciences by the ASCLS P.A.C.E.\u00ae Program.")
    return {"base": rl_base(draw, (612, 792), "AAB certificate"),
            "fields": [fld("participant", (120, 521, 492, 547), "Prudence Okafor-Lindahl", "TiBo", 19, 1),
                       fld("title", (90, 411, 522, 470),
                           "CLIA Personnel Requirements Update (Effective Dec. 28, 2024): What Laboratory Directors Need to Know",
                           "TiBo", 15, 1, True),
                       fld("date", (250, 355, 470, 371), "January 16, 2025", "Helv", 11),
                       fld("hours", (250, 331, 470, 347), "1.0", "Helv", 11),
                       fld("course_no", (250, 307, 470, 323), "AAB-CLIA-25", "Helv", 11),
                       fld("member_id", (250, 283, 470, 299), "55-180327", "Helv", 11)]}


@cert(id="d56", producer="acroform-filled", style="webinar-platform",
      layout=["landscape", "acroform", "chromium-template", "name-particle-de-la", "title-year", "slash-date",
              "webinar-code-label", "provider-logo-word-and-domain"],
      notes="Webinar platform certificate whose static page was printed by Chromium; text fields added and filled with fresh appearance streams.",
      name="Fernando de la Cruz",
      title="Mycoplasma genitalium Testing and Macrolide Resistance: A 2025 Update",
      date="2025-06-25", date_str="06/25/2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["LabCast Events"], activity_id="LC-0625-MG")
def d56(c):
    css = """
body { font-family: 'Liberation Sans', sans-serif; color: #222; }
.p { position: relative; width: 11in; height: 8.5in; }
.a { position: absolute; }
.band { left: 0; top: 0; width: 11in; height: 1.1in; background: #5b2c83; }
.logo { left: 0.6in; top: 0.3in; color: #fff; font-size: 26pt; font-weight: bold; }
.dom { right: 0.6in; top: 0.45in; color: #e3d6f0; font-size: 11pt; }
.h { left: 0; width: 11in; top: 1.55in; text-align: center; font-size: 30pt; font-family: 'DejaVu Serif', serif; }
.s { left: 0; width: 11in; text-align: center; font-size: 12pt; color: #555; }
.rule { border-top: 1px solid #555; }
.lab { font-size: 8pt; color: #666; text-transform: uppercase; letter-spacing: 1px; }
.fine { left: 0.8in; width: 9.4in; top: 7.55in; font-size: 8pt; color: #666; text-align: center; }
"""
    body = """<div class="p">
<div class="a band"></div><div class="a logo">LabCast Events</div><div class="a dom">labcastevents.com</div>
<div class="a h">Certificate of Attendance</div>
<div class="a s" style="top:2.35in">This certifies that</div>
<div class="a rule" style="left:2.5in; width:6in; top:3.35in"></div>
<div class="a s" style="top:3.55in">attended the live webinar</div>
<div class="a rule" style="left:1.5in; width:8in; top:4.85in"></div>
<div class="a lab" style="left:1.5in; top:5.75in">Date</div>
<div class="a lab" style="left:4.25in; top:5.75in">Contact hours (P.A.C.E.®)</div>
<div class="a lab" style="left:7.0in; top:5.75in">Webinar code</div>
<div class="a rule" style="left:1.5in; width:2.2in; top:5.7in"></div>
<div class="a rule" style="left:4.25in; width:2.2in; top:5.7in"></div>
<div class="a rule" style="left:7.0in; width:2.5in; top:5.7in"></div>
<div class="a fine">LabCast Events is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.® Program. Attendance is verified by the webinar platform log.</div>
</div>"""
    H = 612
    return {"base": chromium_base(html_page(css, body, title="LabCast certificate"), c["id"]),
            "fields": [fld("attendee", (180, H - 3.35 * 72 + 1, 612, H - 3.35 * 72 + 30), "Fernando de la Cruz", "HeBo", 20, 1),
                       fld("webinar_title", (108, H - 4.85 * 72 + 1, 684, H - 4.85 * 72 + 52),
                           "Mycoplasma genitalium Testing and Macrolide Resistance: A 2025 Update", "TiRo", 17, 1, True),
                       fld("date", (108, H - 5.7 * 72 + 1, 266, H - 5.7 * 72 + 20), "06/25/2025", "Helv", 12),
                       fld("hours", (306, H - 5.7 * 72 + 1, 464, H - 5.7 * 72 + 20), "1.0", "Helv", 12),
                       fld("code", (504, H - 5.7 * 72 + 1, 684, H - 5.7 * 72 + 20), "LC-0625-MG", "Helv", 12)]}


@cert(id="d64", producer="acroform-filled", style="state-license",
      layout=["portrait", "acroform", "state-HI", "two-column-label-value", "m/d/yyyy-date", "license-number-distractor",
              "event-code-label"],
      notes="Hawaii laboratory personnel CE certificate form from an invented island network; Hawaii licence number is a distractor.",
      name="Keoni Kahananui",
      title="Leptospirosis and Dengue: Laboratory Diagnosis in Hawaii",
      date="2024-11-07", date_str="11/7/2024", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["Pacific Islands Laboratory Education Network", "PILEN"], activity_id="PILEN-2411-LD")
def d64(c):
    labels = [("Participant", "participant", "Keoni Kahananui"), ("Hawaii license #", "hi_license", "MT-1187"),
              ("Course", "course", "Leptospirosis and Dengue: Laboratory Diagnosis in Hawaii"),
              ("Event code", "event_code", "PILEN-2411-LD"), ("Date of course", "course_date", "11/7/2024"),
              ("Contact hours", "contact_hours", "1.5"), ("Location", "location", "Queen's Conference Room, Honolulu")]

    def draw(cv, W, H):
        cv.setFillColorRGB(0.0, 0.45, 0.5)
        cv.rect(0, H - 130, W, 130, fill=1, stroke=0)
        cv.setFillGray(1)
        cv.setFont("Helvetica-Bold", 18)
        cv.drawString(56, H - 62, "Pacific Islands Laboratory Education Network")
        cv.setFont("Helvetica", 10)
        cv.drawString(56, H - 80, "PILEN \u00b7 Honolulu \u00b7 Hilo \u00b7 Kahului \u00b7 Lihue")
        cv.setFillGray(0.1)
        cv.setFont("Times-Bold", 22)
        cv.drawString(56, H - 180, "Certificate of Continuing Education")
        cv.setFont("Times-Roman", 11)
        cv.drawString(56, H - 200, "For Hawaii clinical laboratory personnel licence renewal")
        y = H - 250
        for lab, _, _ in labels:
            cv.setFont("Helvetica-Bold", 10)
            cv.drawString(56, y - 14, lab)
            uline(cv, 180, y - 18, 556)
            y -= 36
        cv.setFont("Helvetica", 8)
        cv.setFillGray(0.3)
        cv.drawString(56, 170, "PILEN is approved as a provider of continuing education programs in the clinical laboratory sciences by the")
        cv.drawString(56, 159, "ASCLS P.A.C.E.\u00ae Program. The Hawaii State Department of Health accepts P.A.C.E.\u00ae-approved hours.")
    H = 792
    fields = []
    y = H - 250
    for _, nm, val in labels:
        fields.append(fld(nm, (180, y - 17, 556, y + 1), val, "HeBo" if nm == "participant" else "Helv", 11))
        y -= 36
    return {"base": rl_base(draw, (612, 792), "PILEN certificate"), "fields": fields}


# ---------------------------------------------------------------- filled and flattened with qpdf

@cert(id="d65", producer="qpdf-flattened", style="aabb",
      layout=["landscape", "acroform-flattened", "title-apostrophe", "title-edition-ordinal", "day-month-abbrev-date",
              "program-id-no-colon", "accreditation-names-provider"],
      notes="AABB certificate form filled and then flattened (widgets merged into page content); title contains an apostrophe and an edition number.",
      name="Hollis M. Baptiste-Grant",
      title="AABB Standards for Blood Banks and Transfusion Services, 34th Edition: What's New",
      date="2025-04-01", date_str="1 Apr 2025", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="25EL-330")
def d65(c):
    def draw(cv, W, H):
        cv.setFillColorRGB(0.61, 0.11, 0.19)
        cv.rect(0, 0, 200, H, fill=1, stroke=0)
        cv.setFillGray(1)
        cv.setFont("Helvetica-Bold", 38)
        cv.drawString(30, H - 100, "AABB")
        cv.setFont("Helvetica", 10)
        t = cv.beginText(30, H - 124)
        t.setLeading(13)
        for ln in ["Association for the", "Advancement of Blood", "& Biotherapies"]:
            t.textLine(ln)
        cv.drawText(t)
        cv.setFillGray(0.1)
        cv.setFont("Times-Roman", 32)
        cv.drawString(240, H - 110, "Certificate of Completion")
        cv.setFont("Times-Italic", 13)
        cv.drawString(240, H - 160, "Name")
        uline(cv, 240, 412, 740)
        cv.drawString(240, 380, "Program")
        uline(cv, 240, 300, 740)
        for x, lab in [(240, "Completed"), (400, "Contact hours"), (560, "Program ID")]:
            cv.setFont("Times-Italic", 12)
            cv.drawString(x, 250, lab)
            uline(cv, x, 220, x + 140)
        cv.setFont("Helvetica", 7.5)
        cv.setFillGray(0.3)
        cv.drawString(240, 120, "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences")
        cv.drawString(240, 110, "by the ASCLS P.A.C.E.\u00ae Program. Credit: P.A.C.E.\u00ae contact hours.")
    return {"base": rl_base(draw, (792, 612), "AABB certificate"),
            "fields": [fld("name", (240, 413, 740, 445), "Hollis M. Baptiste-Grant", "TiBo", 22),
                       fld("program", (240, 301, 740, 370),
                           "AABB Standards for Blood Banks and Transfusion Services, 34th Edition: What's New", "TiBo", 17, 0, True),
                       fld("completed", (240, 221, 380, 241), "1 Apr 2025", "Helv", 12),
                       fld("hours", (400, 221, 540, 241), "1.5", "Helv", 12),
                       fld("program_id", (560, 221, 700, 241), "25EL-330", "Helv", 12)]}


@cert(id="d66", producer="qpdf-flattened", style="ascls",
      layout=["portrait", "acroform-flattened", "chromium-template", "title-ampersand", "name-tilde", "month-abbrev-date",
              "course-hash-label"],
      notes="ASCLS Leadership Academy certificate; static page printed by Chromium, fields filled and flattened with qpdf.",
      name="Mateo Ruiz-Castañeda",
      title="Leadership Academy Capstone: Advocacy & Legislative Engagement for Laboratory Professionals",
      date="2024-10-31", date_str="Oct 31, 2024", credits=3.0, credit_str="3.0", unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="LA-24-CAP")
def d66(c):
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #1b1b1b; }
.p { position: relative; width: 8.5in; height: 11in; }
.a { position: absolute; }
.top { left: 0.75in; top: 0.7in; font-size: 30pt; font-weight: bold; color: #1f4e79; letter-spacing: 4px; }
.org { left: 0.75in; top: 1.3in; font-size: 11pt; color: #1f4e79; }
.h { left: 0.75in; top: 2.2in; font-size: 26pt; font-family: 'DejaVu Serif', serif; }
.lab { font-size: 9pt; color: #555; }
.rule { border-top: 1px solid #333; }
.fine { left: 0.75in; width: 7in; top: 9.6in; font-size: 7.5pt; color: #555; }
"""
    body = """<div class="p">
<div class="a top">ASCLS</div><div class="a org">American Society for Clinical Laboratory Science · Leadership Academy</div>
<div class="a h">Certificate of Completion</div>
<div class="a lab" style="left:0.75in; top:3.2in">Awarded to</div>
<div class="a rule" style="left:0.75in; width:7in; top:3.95in"></div>
<div class="a lab" style="left:0.75in; top:4.3in">For completion of the course</div>
<div class="a rule" style="left:0.75in; width:7in; top:5.55in"></div>
<div class="a lab" style="left:0.75in; top:6.0in">Date completed</div>
<div class="a lab" style="left:3.2in; top:6.0in">P.A.C.E.® contact hours</div>
<div class="a lab" style="left:5.65in; top:6.0in">Course #</div>
<div class="a rule" style="left:0.75in; width:2.1in; top:6.7in"></div>
<div class="a rule" style="left:3.2in; width:2.1in; top:6.7in"></div>
<div class="a rule" style="left:5.65in; width:2.1in; top:6.7in"></div>
<div class="a fine">ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS
P.A.C.E.® Program. Leadership Academy cohort 2024 · participant record 24-0117.</div>
</div>"""
    H = 792
    y = lambda inch: H - inch * 72
    return {"base": chromium_base(html_page(css, body, size="letter portrait", title="ASCLS Leadership Academy"), c["id"]),
            "fields": [fld("awardee", (54, y(3.95) + 1, 558, y(3.95) + 30), "Mateo Ruiz-Castañeda", "HeBo", 20),
                       fld("course", (54, y(5.55) + 1, 558, y(5.55) + 56),
                           "Leadership Academy Capstone: Advocacy & Legislative Engagement for Laboratory Professionals",
                           "TiRo", 17, 0, True),
                       fld("date_completed", (54, y(6.7) + 1, 205, y(6.7) + 20), "Oct 31, 2024", "Helv", 12),
                       fld("hours", (230, y(6.7) + 1, 381, y(6.7) + 20), "3.0", "Helv", 12),
                       fld("course_no", (407, y(6.7) + 1, 558, y(6.7) + 20), "LA-24-CAP", "Helv", 12)]}


@cert(id="d67", producer="qpdf-flattened", style="clma-chapter",
      layout=["landscape", "acroform-flattened", "name-particle-de", "iso-date", "meeting-number-label", "ce-hour-unit",
              "centred-cue"],
      notes="CLMA chapter meeting certificate; fields flattened; 'Meeting #' is the activity identifier.",
      name="Pieter de Vries",
      title="Lean Daily Management for Lab Supervisors",
      date="2025-02-19", date_str="2025-02-19", credits=1.5, credit_str="1.5", unit="CE hour",
      provider=["Great Lakes Chapter of the Clinical Laboratory Management Association", "CLMA"], activity_id="GL-25-02")
def d67(c):
    def draw(cv, W, H):
        cv.setStrokeColorRGB(0.0, 0.35, 0.55)
        cv.setLineWidth(3)
        cv.rect(30, 30, W - 60, H - 60)
        cv.setFillColorRGB(0.0, 0.35, 0.55)
        cv.setFont("Helvetica-Bold", 16)
        cv.drawCentredString(W / 2, H - 72, "Great Lakes Chapter of the Clinical Laboratory Management Association")
        cv.setFont("Helvetica-Bold", 11)
        cv.drawCentredString(W / 2, H - 90, "CLMA")
        cv.setFillGray(0.1)
        cv.setFont("Times-Roman", 30)
        cv.drawCentredString(W / 2, H - 150, "Certificate of Attendance")
        cv.setFont("Times-Italic", 13)
        cv.drawCentredString(W / 2, H - 185, "This is to certify that")
        uline(cv, 196, 380, 596)
        cv.drawCentredString(W / 2, 352, "attended the chapter education meeting")
        uline(cv, 146, 296, 646)
        cv.setFont("Helvetica", 10)
        cv.drawString(160, 226, "Meeting date")
        cv.drawString(330, 226, "CE hours")
        cv.drawString(490, 226, "Meeting #:")
        cv.setFont("Helvetica", 7.5)
        cv.setFillGray(0.35)
        cv.drawCentredString(W / 2, 70, "CE hours are documented by the chapter for the ASCP BOC Credential Maintenance Program.")
    return {"base": rl_base(draw, (792, 612), "CLMA Great Lakes certificate"),
            "fields": [fld("name", (196, 381, 596, 410), "Pieter de Vries", "TiBo", 22, 1),
                       fld("topic", (146, 297, 646, 322), "Lean Daily Management for Lab Supervisors", "TiRo", 17, 1),
                       fld("meeting_date", (160, 200, 300, 220), "2025-02-19", "Helv", 12),
                       fld("ce_hours", (330, 200, 450, 220), "1.5", "Helv", 12),
                       fld("meeting_no", (490, 200, 640, 220), "GL-25-02", "Helv", 12)]}


@cert(id="d68", producer="qpdf-flattened", style="joint-accreditation-cme",
      layout=["portrait", "acroform-flattened", "credit-claim-fields", "several-credit-statements", "title-colon",
              "title-hyphenated-abbrevs", "uan-distractor", "slash-date"],
      notes="Jointly accredited interprofessional activity; claim form fields for AMA, nursing and P.A.C.E. credits (only P.A.C.E. claimed); ACPE UAN is a distractor; flattened.",
      name="Anjali Raghunathan-Cole",
      title="Tumor Board Essentials for the Laboratory: HER2-Low, PD-L1 and MSI Testing",
      date="2024-12-03", date_str="12/03/2024", credits=1.5, credit_str="1.5", unit="contact hour",
      provider=["Cobalt Valley Health Sciences Center", "CVHSC"], activity_id="24-TB-1203")
def d68(c):
    creds = [("AMA PRA Category 1 Credits\u2122 claimed", "ama", "\u2014"),
             ("ANCC nursing contact hours claimed", "ancc", "\u2014"),
             ("ACPE contact hours claimed", "acpe", "\u2014"),
             ("ASCLS P.A.C.E.\u00ae contact hours claimed", "pace", "1.5")]

    def draw(cv, W, H):
        cv.setFillColorRGB(0.2, 0.3, 0.55)
        cv.setFont("Helvetica-Bold", 18)
        cv.drawString(60, H - 70, "Cobalt Valley Health Sciences Center")
        cv.setFont("Helvetica", 10)
        cv.drawString(60, H - 86, "CVHSC Office of Interprofessional Continuing Education")
        cv.setFillGray(0.1)
        cv.setFont("Times-Bold", 22)
        cv.drawString(60, H - 130, "Certificate of Participation and Credit Claim")
        cv.setFont("Helvetica", 9.5)
        for lab, y in [("Participant", 610), ("Activity", 560), ("Activity ID", 480), ("Activity date", 450)]:
            cv.drawString(60, y, lab)
            if lab != "Activity":
                uline(cv, 160, y - 4, 552)
        uline(cv, 160, 520, 552)
        y = 400
        cv.setFont("Helvetica-Bold", 10)
        cv.drawString(60, y + 20, "Credit claimed")
        for lab, _, _ in creds:
            cv.setFont("Helvetica", 9.5)
            cv.drawString(60, y, lab)
            cv.rect(380, y - 6, 80, 20)
            y -= 28
        cv.setFont("Helvetica", 7.5)
        cv.setFillGray(0.3)
        t = cv.beginText(60, 230)
        t.setLeading(10)
        for ln in wrap("In support of improving patient care, Cobalt Valley Health Sciences Center is jointly accredited by the "
                       "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
                       "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for "
                       "the healthcare team. This activity offers a maximum of 1.5 credits in each category. ACPE UAN "
                       "JA4008121-0000-24-033-L04-P. Cobalt Valley Health Sciences Center is approved as a provider of continuing "
                       "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
                       "Helvetica", 7.5, 492):
            t.textLine(ln)
        cv.drawText(t)
    fields = [fld("participant", (160, 607, 552, 627), "Anjali Raghunathan-Cole, MB(ASCP)CM", "HeBo", 13),
              fld("activity", (160, 521, 552, 573),
                  "Tumor Board Essentials for the Laboratory: HER2-Low, PD-L1 and MSI Testing", "Helv", 12, 0, True),
              fld("activity_id", (160, 477, 552, 495), "24-TB-1203", "Helv", 11),
              fld("activity_date", (160, 447, 552, 465), "12/03/2024", "Helv", 11)]
    y = 400
    for _, nm, val in creds:
        fields.append(fld(nm, (381, y - 5, 459, y + 13), val, "Helv", 11, 1))
        y -= 28
    return {"base": rl_base(draw, (612, 792), "CVHSC certificate"), "fields": fields}


@cert(id="d69", producer="qpdf-flattened", style="public-health-lab",
      layout=["landscape", "acroform-flattened", "title-parentheses", "title-acronym-year", "long-month-date",
              "course-id-no-colon", "sentinel-lab-training"],
      notes="State public-health laboratory sentinel-lab training certificate; filled form flattened.",
      name="Olufemi Adeyinka",
      title="Sentinel Laboratory Training: Rule-Out or Refer for Bioterrorism Agents (LRN 2025)",
      date="2025-03-27", date_str="March 27, 2025", credits=4.0, credit_str="4.0", unit="contact hour",
      provider=["Riverlands State Laboratory of Public Health", "RSLPH"], activity_id="SLT-RR-25")
def d69(c):
    def draw(cv, W, H):
        cv.setFillColorRGB(0.1, 0.35, 0.25)
        cv.rect(0, H - 96, W, 96, fill=1, stroke=0)
        cv.setFillGray(1)
        cv.setFont("Helvetica-Bold", 22)
        cv.drawString(48, H - 52, "Riverlands State Laboratory of Public Health")
        cv.setFont("Helvetica", 10)
        cv.drawString(48, H - 72, "RSLPH \u00b7 Laboratory Preparedness & Response \u00b7 Sentinel Laboratory Outreach")
        cv.setFillGray(0.1)
        cv.setFont("Times-Roman", 30)
        cv.drawCentredString(W / 2, H - 150, "Certificate of Training")
        for lab, y in [("Trainee", 400), ("Course", 336), ("Date", 250), ("Contact hours", 220), ("Course ID", 190)]:
            cv.setFont("Helvetica-Bold", 10)
            cv.drawRightString(200, y + 4, lab)
            if lab != "Course":
                uline(cv, 210, y, 700)
        uline(cv, 210, 305, 700)
        cv.setFont("Helvetica", 7.5)
        cv.setFillGray(0.3)
        cv.drawString(48, 70, "RSLPH is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                              "ASCLS P.A.C.E.\u00ae Program. LRN sentinel training record.")
    return {"base": rl_base(draw, (792, 612), "RSLPH training certificate"),
            "fields": [fld("trainee", (210, 401, 700, 425), "Olufemi Adeyinka", "HeBo", 18),
                       fld("course", (210, 306, 700, 352),
                           "Sentinel Laboratory Training: Rule-Out or Refer for Bioterrorism Agents (LRN 2025)", "TiRo", 16, 0, True),
                       fld("date", (210, 251, 700, 268), "March 27, 2025", "Helv", 11.5),
                       fld("hours", (210, 221, 700, 238), "4.0", "Helv", 11.5),
                       fld("course_id", (210, 191, 700, 208), "SLT-RR-25", "Helv", 11.5)]}


@cert(id="d70", producer="qpdf-flattened", style="state-license",
      layout=["portrait", "acroform-flattened", "state-RI", "name-irish-accents", "title-colon", "month-abbrev-date",
              "license-number-distractor", "offering-hash-label"],
      notes="Rhode Island clinical laboratory CE certificate from an invented collaborative; RI licence number is a distractor; flattened form.",
      name="Colleen Ó Súilleabháin",
      title="Hematology Morphology Refresher: Red Cell Inclusions and Poikilocytes",
      date="2025-07-10", date_str="Jul 10, 2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["Ocean State Laboratory Education Collaborative", "OSLEC"], activity_id="OS-25-0710")
def d70(c):
    def draw(cv, W, H):
        cv.setStrokeColorRGB(0.0, 0.3, 0.55)
        cv.setLineWidth(2)
        cv.rect(36, 36, W - 72, H - 72)
        cv.setFillColorRGB(0.0, 0.3, 0.55)
        cv.setFont("Times-Bold", 20)
        cv.drawCentredString(W / 2, H - 90, "Ocean State Laboratory Education Collaborative")
        cv.setFont("Times-Roman", 11)
        cv.drawCentredString(W / 2, H - 108, "OSLEC \u00b7 Providence, Rhode Island")
        cv.setFillGray(0.1)
        cv.setFont("Helvetica-Bold", 13)
        cv.drawCentredString(W / 2, H - 160, "RHODE ISLAND CLINICAL LABORATORY SCIENCE")
        cv.setFont("Times-Roman", 26)
        cv.drawCentredString(W / 2, H - 192, "Continuing Education Certificate")
        for lab, y in [("Licensee", 520), ("RI license #", 480), ("Course title", 440), ("Offering #", 370), ("Date", 330),
                       ("Contact hours", 290)]:
            cv.setFont("Helvetica", 9.5)
            cv.drawString(80, y + (6 if lab == "Course title" else 4), lab)
            if lab != "Course title":
                uline(cv, 180, y, 532)
        uline(cv, 180, 410, 532)
        cv.setFont("Helvetica", 7.5)
        cv.setFillGray(0.3)
        cv.drawCentredString(W / 2, 150, "OSLEC is approved as a provider of continuing education programs in the clinical laboratory")
        cv.drawCentredString(W / 2, 140, "sciences by the ASCLS P.A.C.E.\u00ae Program. Rhode Island licensees retain certificates for audit.")
    return {"base": rl_base(draw, (612, 792), "OSLEC certificate"),
            "fields": [fld("licensee", (180, 521, 532, 541), "Colleen Ó Súilleabháin", "TiBo", 15),
                       fld("ri_license", (180, 481, 532, 499), "CLS00412", "Helv", 11),
                       fld("course_title", (180, 411, 532, 459),
                           "Hematology Morphology Refresher: Red Cell Inclusions and Poikilocytes", "TiRo", 13, 0, True),
                       fld("offering", (180, 371, 532, 389), "OS-25-0710", "Helv", 11),
                       fld("date", (180, 331, 532, 349), "Jul 10, 2025", "Helv", 11),
                       fld("hours", (180, 291, 532, 309), "1.0", "Helv", 11)]}


@cert(id="d71", producer="qpdf-flattened", style="state-license",
      layout=["landscape", "acroform-flattened", "state-WV", "title-vs.", "weekday-date", "license-number-distractor",
              "program-id-no-colon"],
      notes="West Virginia laboratory personnel CE certificate from an invented association; WV licence number is a distractor; weekday date; flattened.",
      name="Ezekiel Blankenship-Moore",
      title="Syphilis Serology Algorithms: Traditional vs. Reverse Sequence Screening",
      date="2025-08-21", date_str="Thursday, August 21, 2025", credits=1.0, credit_str="1.0", unit="contact hour",
      provider=["Mountain State Clinical Laboratory Association", "MSCLA"], activity_id="MSCLA-SYP-08")
def d71(c):
    def draw(cv, W, H):
        cv.setFillColorRGB(0.0, 0.2, 0.4)
        cv.rect(0, 0, W, 56, fill=1, stroke=0)
        cv.setFillColorRGB(0.93, 0.7, 0.1)
        cv.rect(0, 56, W, 6, fill=1, stroke=0)
        cv.setFillColorRGB(0.0, 0.2, 0.4)
        cv.setFont("Helvetica-Bold", 20)
        cv.drawString(50, H - 60, "Mountain State Clinical Laboratory Association")
        cv.setFont("Helvetica", 10)
        cv.drawString(50, H - 78, "MSCLA \u00b7 Charleston, West Virginia")
        cv.setFillGray(0.1)
        cv.setFont("Times-Roman", 30)
        cv.drawString(50, H - 140, "Continuing Education Certificate")
        cv.setFont("Times-Italic", 12)
        cv.drawString(50, H - 162, "West Virginia laboratory personnel licensure \u2014 approved continuing education")
        for lab, y in [("Name", 380), ("WV license no.", 345), ("Program", 310), ("Program ID", 250), ("Date", 215), ("Hours", 180)]:
            cv.setFont("Helvetica-Bold", 10)
            cv.drawString(50, y + 4, lab)
            uline(cv, 170, y, 740)
        cv.setFillGray(1)
        cv.setFont("Helvetica", 8)
        cv.drawString(50, 24, "MSCLA is approved as a provider of continuing education programs in the clinical laboratory sciences "
                              "by the ASCLS P.A.C.E.\u00ae Program.")
    return {"base": rl_base(draw, (792, 612), "MSCLA certificate"),
            "fields": [fld("name", (170, 381, 740, 401), "Ezekiel Blankenship-Moore", "HeBo", 15),
                       fld("wv_license", (170, 346, 740, 364), "WV 00-4412", "Helv", 11),
                       fld("program", (170, 311, 740, 329),
                           "Syphilis Serology Algorithms: Traditional vs. Reverse Sequence Screening", "Helv", 12),
                       fld("program_id", (170, 251, 740, 269), "MSCLA-SYP-08", "Helv", 11),
                       fld("date", (170, 216, 740, 234), "Thursday, August 21, 2025", "Helv", 11),
                       fld("hours", (170, 181, 740, 199), "1.0 contact hour", "Helv", 11)]}


@cert(id="d72", producer="qpdf-flattened", style="adlm",
      layout=["portrait", "acroform-flattened", "accent-credits", "title-dash", "title-colon", "month-abbrev-date",
              "course-code-no-colon"],
      notes="ADLM certificate-program course; 3.0 ACCENT credits (contact hours); form filled and flattened.",
      name="Lucía Fernández-Ibarra",
      title="Point-of-Care Testing Certificate Program — Course 2: Regulatory Compliance and Quality Systems",
      date="2024-11-20", date_str="Nov 20, 2024", credits=3.0, credit_str="3.0", unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="POCT-CP-02")
def d72(c):
    def draw(cv, W, H):
        cv.setFillColorRGB(0.0, 0.23, 0.36)
        cv.rect(0, H - 150, W, 150, fill=1, stroke=0)
        cv.setFillGray(1)
        cv.setFont("Helvetica-Bold", 40)
        cv.drawString(60, H - 80, "ADLM")
        cv.setFont("Helvetica", 12)
        cv.drawString(60, H - 104, "Association for Diagnostics & Laboratory Medicine")
        cv.setFillGray(0.1)
        cv.setFont("Times-Roman", 28)
        cv.drawString(60, H - 210, "Certificate of Completion")
        cv.setFont("Helvetica", 9)
        cv.setFillGray(0.4)
        for lab, y in [("LEARNER", 520), ("COURSE", 460), ("COMPLETED", 350), ("ACCENT\u00ae CREDITS", 350), ("COURSE CODE", 350)]:
            x = {"COMPLETED": 60, "ACCENT\u00ae CREDITS": 240, "COURSE CODE": 400}.get(lab, 60)
            cv.drawString(x, y, lab)
        cv.setFillGray(0.1)
        uline(cv, 60, 490, 552)
        uline(cv, 60, 380, 552)
        uline(cv, 60, 318, 200)
        uline(cv, 240, 318, 360)
        uline(cv, 400, 318, 552)
        cv.setFont("Helvetica", 7.5)
        cv.setFillGray(0.3)
        cv.drawString(60, 200, "ADLM designates this course for a maximum of 3.0 ACCENT\u00ae continuing education credits. One ACCENT\u00ae")
        cv.drawString(60, 190, "credit equals one contact hour. ADLM is approved by the ASCLS P.A.C.E.\u00ae Program.")
    return {"base": rl_base(draw, (612, 792), "ADLM certificate"),
            "fields": [fld("learner", (60, 491, 552, 515), "Lucía Fernández-Ibarra", "TiBo", 18),
                       fld("course", (60, 381, 552, 452),
                           "Point-of-Care Testing Certificate Program \u2014 Course 2: Regulatory Compliance and Quality Systems",
                           "TiRo", 16, 0, True),
                       fld("completed", (60, 319, 200, 339), "Nov 20, 2024", "Helv", 12),
                       fld("accent", (240, 319, 360, 339), "3.0", "Helv", 12),
                       fld("course_code", (400, 319, 552, 339), "POCT-CP-02", "Helv", 12)]}


# ================================================================ driver
def build(selected=None):
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    todo = [c for c in CERTS if not selected or c["id"] in selected]
    office = []
    expect = {}
    ep = os.path.join(HERE, "expect.json")
    if os.path.exists(ep):
        expect = json.load(open(ep))
    for c in todo:
        cid, prod = c["id"], c["producer"]
        out = os.path.join(HERE, cid + ".pdf")
        print("building", cid, prod, flush=True)
        if prod == "chromium":
            src = os.path.join(SRC, cid + ".html")
            open(src, "w", encoding="utf-8").write(c["fn"](c))
            prof = os.path.join(TMP, "chrome-profile")
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 "--user-data-dir=" + prof, "--print-to-pdf=" + out, "file://" + src])
        elif prod == "libreoffice-fodt":
            src = os.path.join(SRC, cid + ".fodt")
            open(src, "w", encoding="utf-8").write(c["fn"](c))
            office.append((src, out))
        elif prod == "libreoffice-docx":
            src = os.path.join(SRC, cid + ".docx")
            write_docx(src, c["fn"](c))
            office.append((src, out))
        elif prod in ("fpdf", "tcpdf"):
            src = os.path.join(SRC, cid + ".php")
            open(src, "w", encoding="utf-8").write(c["fn"](c))
            env = dict(os.environ, TMPDIR=TMP)
            run(["php", src, out], env=env)
        elif prod == "reportlab":
            c["fn"](c, out)
        elif prod == "ghostscript":
            src = os.path.join(SRC, cid + ".ps")
            open(src, "w", encoding="latin-1").write(c["fn"](c))
            run(["ps2pdf", "-dPDFSETTINGS=/default", src, out])
        elif prod in ("acroform-filled", "qpdf-flattened"):
            spec = c["fn"](c)
            base = os.path.join(TMP, cid + ".base.pdf")
            spec["base"](base)
            tpl = os.path.join(SRC, cid + ".template.pdf")
            if prod == "acroform-filled":
                form_build(base, spec["fields"], tpl, out)
            else:
                filled = os.path.join(TMP, cid + ".filled.pdf")
                form_build(base, spec["fields"], tpl, filled, flatten_out=out)
        else:
            raise ValueError(prod)
        g = gold_of(c)
        assert g["unit"] in UNITS, (cid, g["unit"])
        datetime.date.fromisoformat(g["date"])
        with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        expect[cid] = {"date_str": c["date_str"], "credit_str": c["credit_str"]}
    if office:
        prof = "file://" + os.path.join(TMP, "lo-profile")
        srcs = [s for s, _ in office]
        run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
             "--outdir", TMP] + srcs)
        for s, o in office:
            shutil.move(os.path.join(TMP, os.path.splitext(os.path.basename(s))[0] + ".pdf"), o)
    with open(ep, "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(expect.items())), fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    ids = set(sys.argv[1:])
    known = {c["id"] for c in CERTS}
    bad = ids - known
    if bad:
        sys.exit("unknown ids: %s" % sorted(bad))
    if len(known) != len(CERTS):
        sys.exit("duplicate certificate ids")
    build(ids or None)
