"""Tiny flat-ODT (.fodt) writer used for the LibreOffice producer."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def x(s):
    return escape(s)


class ODT:
    def __init__(self, w="8.5in", h="11in", margin="0.75in", border=None, padding=None,
                 header=None, footer=None, title="Certificate", bg=None):
        self.w, self.h, self.margin, self.border, self.padding = w, h, margin, border, padding
        self.header, self.footer, self.title, self.bg = header, footer, title, bg
        self.fonts = set(["Liberation Serif", "Liberation Sans"])
        self.styles = []
        self.body = []
        self.n = 0

    # ---------------------------------------------------------------- styles
    def _text_props(self, font=None, size=None, bold=False, italic=False, color=None,
                    spacing=None, caps=False, underline=False, **_):
        a = []
        if font:
            self.fonts.add(font)
            a.append('style:font-name="%s"' % font)
        if size:
            a.append('fo:font-size="%s"' % size)
        if bold:
            a.append('fo:font-weight="bold"')
        if italic:
            a.append('fo:font-style="italic"')
        if color:
            a.append('fo:color="%s"' % color)
        if spacing:
            a.append('fo:letter-spacing="%s"' % spacing)
        if caps:
            a.append('fo:font-variant="small-caps"')
        if underline:
            a.append('style:text-underline-style="solid" style:text-underline-width="auto" '
                     'style:text-underline-color="font-color"')
        return " ".join(a)

    def pstyle(self, name, align=None, before=None, after=None, indent=None, margin_left=None,
               margin_right=None, border=None, border_top=None, border_bottom=None, padding=None,
               bg=None, line=None, keep=False, tabs=None, **tp):
        a = []
        if align:
            a.append('fo:text-align="%s"' % align)
        if before:
            a.append('fo:margin-top="%s"' % before)
        if after:
            a.append('fo:margin-bottom="%s"' % after)
        if indent:
            a.append('fo:text-indent="%s"' % indent)
        if margin_left:
            a.append('fo:margin-left="%s"' % margin_left)
        if margin_right:
            a.append('fo:margin-right="%s"' % margin_right)
        if border:
            a.append('fo:border="%s"' % border)
        if border_top:
            a.append('fo:border-top="%s"' % border_top)
        if border_bottom:
            a.append('fo:border-bottom="%s"' % border_bottom)
        if padding:
            a.append('fo:padding="%s"' % padding)
        if bg:
            a.append('fo:background-color="%s"' % bg)
        if line:
            a.append('fo:line-height="%s"' % line)
        if keep:
            a.append('fo:keep-with-next="always"')
        inner = ""
        if tabs:
            inner = "<style:tab-stops>" + "".join(
                '<style:tab-stop style:position="%s"%s/>' % (pos, (' style:type="%s"' % t) if t else "")
                for pos, t in tabs) + "</style:tab-stops>"
        self.styles.append(
            '<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s>%s'
            '</style:paragraph-properties><style:text-properties %s/></style:style>'
            % (name, " ".join(a), inner, self._text_props(**tp)))

    def tstyle(self, name, **tp):
        self.styles.append('<style:style style:name="%s" style:family="text"><style:text-properties %s/>'
                           '</style:style>' % (name, self._text_props(**tp)))

    def cellstyle(self, name, border="none", padding="0.04in", bg=None, valign=None, **sides):
        a = ['fo:padding="%s"' % padding]
        if sides:
            for k, v in sides.items():
                a.append('fo:border-%s="%s"' % (k, v))
        else:
            a.append('fo:border="%s"' % border)
        if bg:
            a.append('fo:background-color="%s"' % bg)
        if valign:
            a.append('style:vertical-align="%s"' % valign)
        self.styles.append('<style:style style:name="%s" style:family="table-cell">'
                           '<style:table-cell-properties %s/></style:style>' % (name, " ".join(a)))

    # ------------------------------------------------------------------ body
    def span(self, style, text):
        return '<text:span text:style-name="%s">%s</text:span>' % (style, x(text))

    BR = "<text:line-break/>"
    TAB = "<text:tab/>"

    def p(self, style, *parts, raw=False):
        """parts: plain strings are escaped; tuples (style, text) become spans;
        the markers ODT.BR / ODT.TAB are inserted verbatim."""
        self.body.append(self.para(style, *parts))

    def para(self, style, *parts):
        out = []
        for part in parts:
            if isinstance(part, tuple):
                out.append(self.span(*part))
            elif part in (self.BR, self.TAB):
                out.append(part)
            else:
                out.append(x(part))
        return '<text:p text:style-name="%s">%s</text:p>' % (style, "".join(out))

    def table(self, widths, rows, cell="C0", width=None, align="center", cellstyles=None, spans=None):
        """rows: list of rows; each cell is (pstyle, parts...) tuple or list of
        such tuples for several paragraphs.  cellstyles[(r,c)] overrides."""
        self.n += 1
        tname = "Tbl%d" % self.n
        total = width or "%.2fin" % sum(widths)
        self.styles.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                           'style:width="%s" table:align="%s"/></style:style>' % (tname, total, align))
        cols = []
        for i, w in enumerate(widths):
            cname = "%s.c%d" % (tname, i)
            self.styles.append('<style:style style:name="%s" style:family="table-column">'
                               '<style:table-column-properties style:column-width="%.2fin"/></style:style>'
                               % (cname, w))
            cols.append('<table:table-column table:style-name="%s"/>' % cname)
        out = ['<table:table table:name="%s" table:style-name="%s">' % (tname, tname)] + cols
        for r, row in enumerate(rows):
            out.append("<table:table-row>")
            skip = 0
            for c, content in enumerate(row):
                if content is None:
                    out.append("<table:covered-table-cell/>")
                    continue
                cs = (cellstyles or {}).get((r, c), (cellstyles or {}).get(("row", r), cell))
                span = (spans or {}).get((r, c))
                sp = ' table:number-columns-spanned="%d"' % span if span else ""
                paras = content if isinstance(content, list) else [content]
                out.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>' % (cs, sp)
                           + "".join(self.para(*pp) for pp in paras) + "</table:table-cell>")
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.body.append("".join(out))

    def section(self, ncols, gap="0.3in", rule=False):
        """Start a multi-column section; call end_section() after its content."""
        self.n += 1
        name = "Sect%d" % self.n
        sep = ('<style:column-sep style:width="0.01in" style:color="#888888" style:height="100%"/>'
               if rule else "")
        self.styles.append('<style:style style:name="%s" style:family="section"><style:section-properties>'
                           '<style:columns fo:column-count="%d" fo:column-gap="%s">%s</style:columns>'
                           '</style:section-properties></style:style>' % (name, ncols, gap, sep))
        self.body.append('<text:section text:style-name="%s" text:name="%s">' % (name, name))

    def column_break_style(self):
        self.styles.append('<style:style style:name="ColBreak" style:family="paragraph">'
                           '<style:paragraph-properties fo:break-before="column"/></style:style>')

    def page_break_style(self):
        self.styles.append('<style:style style:name="PgBreak" style:family="paragraph">'
                           '<style:paragraph-properties fo:break-before="page"/></style:style>')

    def end_section(self):
        self.body.append("</text:section>")

    def raw(self, xml):
        self.body.append(xml)

    # ----------------------------------------------------------------- build
    def build(self):
        pl = ['fo:page-width="%s" fo:page-height="%s" fo:margin="%s"' % (self.w, self.h, self.margin)]
        if self.border:
            pl.append('fo:border="%s"' % self.border)
        if self.padding:
            pl.append('fo:padding="%s"' % self.padding)
        if self.bg:
            pl.append('fo:background-color="%s"' % self.bg)
        w = float(self.w.rstrip("in"))
        h = float(self.h.rstrip("in"))
        pl.append('style:print-orientation="%s"' % ("landscape" if w > h else "portrait"))
        hf = ""
        if self.header:
            hf += "<style:header>%s</style:header>" % self.header
        if self.footer:
            hf += "<style:footer>%s</style:footer>" % self.footer
        hfp = ('<style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.1in"/>'
               '</style:header-style>' if self.header else "")
        hfp += ('<style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.1in"/>'
                '</style:footer-style>' if self.footer else "")
        fonts = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f)
                        for f in sorted(self.fonts))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document %s office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
                '<office:meta><dc:title>%s</dc:title></office:meta>'
                '<office:font-face-decls>%s</office:font-face-decls>'
                '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties '
                'fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Serif" '
                'fo:font-size="11pt" fo:hyphenate="false"/></style:default-style></office:styles>'
                '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties %s/>%s'
                '</style:page-layout>%s</office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s'
                '</style:master-page></office:master-styles>'
                '<office:body><office:text>%s</office:text></office:body></office:document>\n'
                % (NS, x(self.title), fonts, " ".join(pl), hfp, "".join(self.styles), hf, "".join(self.body)))
