"""Tiny writer for flat ODF text documents (.fodt) rendered by LibreOffice."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

FONTS = ["Liberation Serif", "Liberation Sans", "DejaVu Serif", "DejaVu Sans", "URW Bookman", "C059", "P052",
         "URW Gothic", "Nimbus Sans", "Z003"]


def esc(s):
    """Escape text and turn '\n' into ODF line breaks."""
    return "<text:line-break/>".join(escape(part) for part in s.split("\n"))


class Fodt:
    def __init__(self, width="8.5in", height="11in", margin=("0.7in", "0.7in", "0.8in", "0.8in"),
                 page_border=None, page_padding="0in", landscape=False, footer=None, footer_style=None,
                 default_font="Liberation Serif", default_size=11, title="Certificate"):
        self.width, self.height, self.margin = width, height, margin
        self.page_border, self.page_padding, self.landscape = page_border, page_padding, landscape
        self.footer, self.footer_style = footer, footer_style
        self.default_font, self.default_size, self.title = default_font, default_size, title
        self.styles = []

    def pstyle(self, name, align="center", size=None, bold=False, italic=False, color=None, font=None,
               before="0in", after="0in", letter=None, caps=False, border_bottom=None, border_top=None,
               margin_left=None, margin_right=None, line_height=None, keep=False, break_before=False, bg=None,
               padding=None, underline=False):
        pp = ['fo:text-align="%s"' % align, 'fo:margin-top="%s"' % before, 'fo:margin-bottom="%s"' % after,
              'fo:hyphenate="false"']
        if border_bottom:
            pp.append('fo:border-bottom="%s"' % border_bottom)
        if border_top:
            pp.append('fo:border-top="%s"' % border_top)
        if margin_left:
            pp.append('fo:margin-left="%s"' % margin_left)
        if margin_right:
            pp.append('fo:margin-right="%s"' % margin_right)
        if line_height:
            pp.append('fo:line-height="%s"' % line_height)
        if keep:
            pp.append('fo:keep-with-next="always"')
        if break_before:
            pp.append('fo:break-before="page"')
        if bg:
            pp.append('fo:background-color="%s"' % bg)
        if padding:
            pp.append('fo:padding="%s"' % padding)
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
        if letter:
            tp.append('fo:letter-spacing="%s"' % letter)
        if caps:
            tp.append('fo:font-variant="small-caps"')
        if underline:
            tp.append('style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"')
        self.styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
                           '<style:text-properties %s/></style:style>' % (name, " ".join(pp), " ".join(tp)))
        return name

    def tstyle(self, name, size=None, bold=False, italic=False, color=None, font=None, sup=False, letter=None):
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
        if sup:
            tp.append('style:text-position="super 58%"')
        if letter:
            tp.append('fo:letter-spacing="%s"' % letter)
        self.styles.append('<style:style style:name="%s" style:family="text"><style:text-properties %s/></style:style>'
                           % (name, " ".join(tp)))
        return name

    def table_styles(self, name, widths, border="0.5pt solid #999999", padding="0.04in", align="center",
                     header_bg=None, width=None):
        total = width or "%.3fin" % sum(widths)
        self.styles.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" '
                           'table:align="%s"/></style:style>' % (name, total, align))
        for i, w in enumerate(widths):
            self.styles.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                               'style:column-width="%.3fin"/></style:style>' % (name, i, w))
        self.styles.append('<style:style style:name="%s.cell" style:family="table-cell"><style:table-cell-properties '
                           'fo:padding="%s" fo:border="%s" style:vertical-align="top"/></style:style>' % (name, padding, border))
        self.styles.append('<style:style style:name="%s.head" style:family="table-cell"><style:table-cell-properties '
                           'fo:padding="%s" fo:border="%s" %s/></style:style>'
                           % (name, padding, border, ('fo:background-color="%s"' % header_bg) if header_bg else ""))

    def p(self, style, text, raw=False):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else esc(text))

    def span(self, style, text):
        return '<text:span text:style-name="%s">%s</text:span>' % (style, esc(text))

    def table(self, name, ncols, rows, head_rows=0):
        """rows: list of lists of (paragraph_style, text[, raw]) or None for covered cell."""
        out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
        for i in range(ncols):
            out.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
        for ri, row in enumerate(rows):
            out.append("<table:table-row>")
            for cell in row:
                cs = "%s.head" % name if ri < head_rows else "%s.cell" % name
                if cell is None:
                    out.append("<table:covered-table-cell/>")
                    continue
                span = ""
                if len(cell) > 3 and cell[3] > 1:
                    span = ' table:number-columns-spanned="%d"' % cell[3]
                raw = len(cell) > 2 and cell[2]
                paras = cell[1] if isinstance(cell[1], list) else [cell[1]]
                body = "".join(self.p(cell[0], t, raw) for t in paras)
                out.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>'
                           % (cs, span, body))
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    def render(self, body):
        t, b, l, r = self.margin
        border = ('fo:border="%s" fo:padding="%s"' % (self.page_border, self.page_padding)) if self.page_border else ""
        orient = 'style:print-orientation="%s"' % ("landscape" if self.landscape else "portrait")
        footer = ""
        if self.footer:
            footer = ('<style:footer>%s</style:footer>' % self.footer)
        foot_layout = ('<style:footer-style><style:header-footer-properties fo:min-height="0.2in" fo:margin-top="0.08in"/>'
                       '</style:footer-style>') if self.footer else ""
        faces = "".join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>' % (f, f) for f in FONTS)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                '<office:meta><dc:title>%s</dc:title></office:meta>'
                '<office:font-face-decls>%s</office:font-face-decls>'
                '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenate="false"/>'
                '<style:text-properties style:font-name="%s" fo:font-size="%spt" fo:language="en" fo:country="US" '
                'fo:hyphenate="false"/></style:default-style></office:styles>'
                '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" '
                'fo:page-height="%s" %s fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s" %s/>%s'
                '</style:page-layout>%s</office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page>'
                '</office:master-styles><office:body><office:text>%s</office:text></office:body></office:document>'
                % (NS, escape(self.title), faces, self.default_font, self.default_size, self.width, self.height, orient,
                   t, b, l, r, border, foot_layout, "".join(self.styles), footer, body))
