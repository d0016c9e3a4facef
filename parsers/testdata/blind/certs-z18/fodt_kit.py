"""Tiny helper to write flat ODF text documents (.fodt) for LibreOffice Writer."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

FONTS = ["Liberation Serif", "Liberation Sans", "DejaVu Sans", "DejaVu Serif", "C059", "P052",
         "Z003", "URW Bookman", "URW Gothic", "Nimbus Sans", "Nimbus Roman"]


def x(s):
    return escape(s)


def pstyle(name, size=11, bold=False, align="start", font="Liberation Serif",
           color="#000000", italic=False, before=0.0, after=0.0, spacing=None, caps=False, border=None,
           indent=None, line_height=None, keep_next=False):
    pp = 'fo:text-align="%s" fo:margin-top="%.3fin" fo:margin-bottom="%.3fin"' % (align, before, after)
    if border:
        pp += ' fo:border-bottom="%s" fo:padding-bottom="0.04in"' % border
    if indent is not None:
        pp += ' fo:margin-left="%.2fin" fo:margin-right="%.2fin"' % (indent, indent)
    if line_height:
        pp += ' fo:line-height="%s"' % line_height
    if keep_next:
        pp += ' fo:keep-with-next="always"'
    tp = 'style:font-name="%s" fo:font-size="%spt" fo:color="%s"' % (font, size, color)
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if spacing:
        tp += ' fo:letter-spacing="%s"' % spacing
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
            '<style:text-properties %s/></style:style>' % (name, pp, tp))


def tstyle(name, bold=False, italic=False, size=None, color=None, font=None, spacing=None, sup=False):
    tp = ""
    if bold: tp += ' fo:font-weight="bold"'
    if italic: tp += ' fo:font-style="italic"'
    if size: tp += ' fo:font-size="%spt"' % size
    if color: tp += ' fo:color="%s"' % color
    if font: tp += ' style:font-name="%s"' % font
    if spacing: tp += ' fo:letter-spacing="%s"' % spacing
    if sup: tp += ' style:text-position="super 58%"'
    return '<style:style style:name="%s" style:family="text"><style:text-properties%s/></style:style>' % (name, tp)


def table_styles(name, widths, cell_border="none", cell_pad="0.05in", width=None):
    total = width or sum(widths)
    out = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" table:align="center"/></style:style>' % (name, total)]
    for i, w in enumerate(widths):
        out.append('<style:style style:name="%s.%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fin"/></style:style>' % (name, chr(65 + i), w))
    out.append('<style:style style:name="%s.cell" style:family="table-cell"><style:table-cell-properties fo:padding="%s" fo:border="%s"/></style:style>' % (name, cell_pad, cell_border))
    return "".join(out)


def table(name, rows, pstyles):
    """rows: list of lists of xml paragraph content; pstyles: per-column style name or per-cell list"""
    ncol = len(rows[0])
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for i in range(ncol):
        out.append('<table:table-column table:style-name="%s.%s"/>' % (name, chr(65 + i)))
    for r, row in enumerate(rows):
        out.append("<table:table-row>")
        for c, cell in enumerate(row):
            ps = pstyles[r][c] if isinstance(pstyles[0], list) else pstyles[c]
            out.append('<table:table-cell table:style-name="%s.cell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (name, ps, cell))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def P(style, content):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, content)


def S(style, content):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, content)


def document(styles, body, width="8.5in", height="11in", orientation="portrait",
             margin="0.75in", page_border=None, padding="0.3in"):
    fonts = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f) for f in FONTS)
    border = ' fo:border="%s" fo:padding="%s"' % (page_border, padding) if page_border else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:font-face-decls>%s</office:font-face-decls>'
            '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenate="false"/>'
            '<style:text-properties fo:hyphenate="false" fo:language="en" fo:country="US"/></style:default-style></office:styles>'
            '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="%s" '
            'fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"%s/></style:page-layout>%s'
            '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1"/></office:master-styles><office:body><office:text>%s'
            '</office:text></office:body></office:document>\n'
            % (NS, fonts, width, height, orientation, margin, margin, margin, margin, border,
               "".join(styles), body))
