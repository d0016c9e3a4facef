"""Minimal flat-ODT (.fodt) writer so LibreOffice documents are plain sources.

Paragraph style spec: dict(font, size, bold, italic, align, before, after,
tab (right tab position in inches), spacing (letter spacing), bg).
"""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


class Doc:
    def __init__(self, width='8.5in', height='11in', margin='0.75in', fonts=()):
        self.width, self.height, self.margin = width, height, margin
        self.fonts = set(fonts) | {'Liberation Serif', 'Liberation Sans'}
        self.pstyles = {}
        self.auto = []
        self.body = []
        self.n = 0

    def pstyle(self, font='Liberation Serif', size=11, bold=False, italic=False, align='start',
               before=0, after=0.06, tab=None, spacing=None, brk=False, keep=False):
        key = (font, size, bold, italic, align, before, after, tab, spacing, brk)
        if key in self.pstyles:
            return self.pstyles[key]
        self.fonts.add(font)
        self.n += 1
        name = 'P%d' % self.n
        pp = 'fo:text-align="%s" fo:margin-top="%gin" fo:margin-bottom="%gin"' % (align, before, after)
        if brk:
            pp += ' fo:break-before="page"'
        inner = ''
        if tab:
            inner = '<style:tab-stops><style:tab-stop style:position="%gin" style:type="right"/></style:tab-stops>' % tab
        tp = 'style:font-name="%s" fo:font-size="%gpt"' % (font, size)
        if bold:
            tp += ' fo:font-weight="bold"'
        if italic:
            tp += ' fo:font-style="italic"'
        if spacing:
            tp += ' fo:letter-spacing="%s"' % spacing
        self.auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                         '<style:paragraph-properties %s>%s</style:paragraph-properties>'
                         '<style:text-properties %s/></style:style>' % (name, pp, inner, tp))
        self.pstyles[key] = name
        return name

    def p(self, text, **kw):
        st = self.pstyle(**kw)
        parts = [escape(x) for x in text.split('\t')]
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (st, '<text:tab/>'.join(parts)))

    def raw(self, xml):
        self.body.append(xml)

    def table(self, rows, widths, font='Liberation Sans', size=9.5, header_bold=True, border=True,
              align=None):
        self.n += 1
        tn = 'T%d' % self.n
        total = sum(widths)
        self.auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                         'style:width="%gin" table:align="left" fo:margin-top="0.08in" fo:margin-bottom="0.08in"/></style:style>'
                         % (tn, total))
        for i, w in enumerate(widths):
            self.auto.append('<style:style style:name="%s.C%d" style:family="table-column">'
                             '<style:table-column-properties style:column-width="%gin"/></style:style>' % (tn, i, w))
        bd = '0.5pt solid #000000' if border else 'none'
        self.auto.append('<style:style style:name="%s.cell" style:family="table-cell"><style:table-cell-properties '
                         'fo:padding="0.04in" fo:border="%s"/></style:style>' % (tn, bd))
        xml = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
        for i in range(len(widths)):
            xml.append('<table:table-column table:style-name="%s.C%d"/>' % (tn, i))
        for r, row in enumerate(rows):
            xml.append('<table:table-row>')
            for ci, cell in enumerate(row):
                a = (align[ci] if align else 'start')
                st = self.pstyle(font=font, size=size, bold=(header_bold and r == 0), align=a, after=0)
                xml.append('<table:table-cell table:style-name="%s.cell" office:value-type="string">'
                           '<text:p text:style-name="%s">%s</text:p></table:table-cell>' % (tn, st, escape(cell)))
            xml.append('</table:table-row>')
        xml.append('</table:table>')
        self.body.append(''.join(xml))

    def save(self, path):
        fonts = ''.join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>' % (f, f)
                        for f in sorted(self.fonts))
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
               '<office:font-face-decls>%s</office:font-face-decls>'
               '<office:styles><style:style style:name="Standard" style:family="paragraph">'
               '<style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US"/>'
               '</style:style></office:styles>'
               '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
               'fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="%s" '
               'fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"/></style:page-layout>%s'
               '</office:automatic-styles>'
               '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
               '</office:master-styles><office:body><office:text>%s</office:text></office:body></office:document>\n'
               % (NS, fonts, self.width, self.height,
                  'landscape' if float(self.width[:-2]) > float(self.height[:-2]) else 'portrait',
                  self.margin, self.margin, self.margin, self.margin, ''.join(self.auto), '\n'.join(self.body)))
        with open(path, 'w', encoding='utf-8') as f:
            f.write(xml)
