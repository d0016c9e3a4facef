# Minimal ODF (flat .fodt / zipped .odt) writer for table documents.
import os, zipfile
from common import esc

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')

GENERIC = {"Liberation Serif": "roman", "DejaVu Serif": "roman", "Liberation Sans": "swiss",
           "DejaVu Sans": "swiss", "Liberation Sans Narrow": "swiss", "Liberation Mono": "modern",
           "DejaVu Sans Mono": "modern"}


def spaces(s):
    """Encode runs of spaces for ODF text."""
    out, i = [], 0
    s = esc(s)
    while i < len(s):
        if s[i] == " ":
            j = i
            while j < len(s) and s[j] == " ":
                j += 1
            n = j - i
            if i == 0:
                out.append('<text:s text:c="%d"/>' % n)
            else:
                out.append(" ")
                if n > 1:
                    out.append('<text:s text:c="%d"/>' % (n - 1))
            i = j
        else:
            out.append(s[i]); i += 1
    return "".join(out)


class TextDoc:
    def __init__(self, font="Liberation Serif", size="10pt", page=("8.5in", "11in"), margins="0.7in",
                 landscape=False, footer=None, header=None):
        self.font, self.size = font, size
        self.fonts = {font}
        w, h = page
        if landscape:
            w, h = h, w
        self.page = (w, h)
        self.landscape = landscape
        self.margins = margins
        self.footer = footer      # ODF xml of footer paragraph content
        self.header = header
        self.styles = []
        self.body = []
        self.n = 0

    def style(self, xml):
        self.styles.append(xml)

    def pstyle(self, name, size=None, bold=False, align=None, font=None, space_after=None, space_before=None):
        if font:
            self.fonts.add(font)
        tp = []
        if size: tp.append('fo:font-size="%s"' % size)
        if bold: tp.append('fo:font-weight="bold"')
        if font: tp.append('style:font-name="%s"' % font)
        pp = []
        if align: pp.append('fo:text-align="%s"' % align)
        if space_after: pp.append('fo:margin-bottom="%s"' % space_after)
        if space_before: pp.append('fo:margin-top="%s"' % space_before)
        self.style('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                   '<style:paragraph-properties %s/><style:text-properties %s/></style:style>'
                   % (name, " ".join(pp), " ".join(tp)))

    def p(self, text, style="Standard", raw=False):
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else spaces(text)))

    def table(self, name, colwidths, header, rows, borders="all", padding="0.04in", valign="top",
              aligns=None, repeat_header=True, total=None, header_bold=True, header_bg=None,
              width=None, header_align=None):
        """header: list of cell texts (may contain \\n for line breaks); rows: list of lists."""
        aligns = aligns or ["start"] * len(colwidths)
        tw = width or "%.3fin" % sum(colwidths)
        self.style('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" '
                   'table:align="left" style:may-break-between-rows="true" fo:margin-top="0.12in"/></style:style>' % (name, tw))
        for i, w in enumerate(colwidths):
            self.style('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                       'style:column-width="%.3fin"/></style:style>' % (name, i, w))
        self.style('<style:style style:name="%s.R" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>' % name)
        b = {"all": 'fo:border="0.5pt solid #000000"', "none": 'fo:border="none"',
             "bottom": 'fo:border-bottom="0.5pt solid #808080" fo:border-top="none" fo:border-left="none" fo:border-right="none"'}[borders]
        hb = b if borders != "none" else 'fo:border-bottom="0.75pt solid #000000"'
        bg = ' fo:background-color="%s"' % header_bg if header_bg else ""
        self.style('<style:style style:name="%s.H" style:family="table-cell"><style:table-cell-properties fo:padding="%s" %s style:vertical-align="bottom"%s/></style:style>' % (name, padding, hb, bg))
        self.style('<style:style style:name="%s.D" style:family="table-cell"><style:table-cell-properties fo:padding="%s" %s style:vertical-align="%s"/></style:style>' % (name, padding, b, valign))
        for a in set(aligns) | {"start", "center", "end"}:
            self.style('<style:style style:name="%s.P%s" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="%s"/></style:style>' % (name, a, a))
            self.style('<style:style style:name="%s.PH%s" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="%s"/><style:text-properties %s/></style:style>' % (name, a, a, 'fo:font-weight="bold"' if header_bold else ""))
        x = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
        for i in range(len(colwidths)):
            x.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
        def row(cells, cst, pst, alist):
            r = ['<table:table-row table:style-name="%s.R">' % name]
            for c, a in zip(cells, alist):
                if isinstance(c, tuple):   # (text, colspan)
                    txt, span = c
                    r.append('<table:table-cell table:style-name="%s" table:number-columns-spanned="%d" office:value-type="string"><text:p text:style-name="%s%s">%s</text:p></table:table-cell>' % (cst, span, pst, a, spaces(txt)))
                    r.extend('<table:covered-table-cell/>' for _ in range(span - 1))
                    continue
                inner = "<text:line-break/>".join(spaces(t) for t in str(c).split("\n"))
                r.append('<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s%s">%s</text:p></table:table-cell>' % (cst, pst, a, inner))
            r.append("</table:table-row>")
            return "".join(r)
        halign = header_align or aligns
        hrow = row(header, name + ".H", name + ".PH", halign)
        if repeat_header:
            x.append("<table:table-header-rows>" + hrow + "</table:table-header-rows>")
        else:
            x.append(hrow)
        for rr in rows:
            x.append(row(rr, name + ".D", name + ".P", aligns))
        if total:
            # total is a list aligned with columns; tuples allowed for spans
            al = []
            k = 0
            for c in total:
                al.append(aligns[k]); k += c[1] if isinstance(c, tuple) else 1
            x.append(row(total, name + ".D", name + ".PH", al))
        x.append("</table:table>")
        self.body.append("\n".join(x))

    def xml(self, flat=True):
        fonts = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'" style:font-family-generic="%s" style:font-pitch="%s"/>'
                        % (f, f, GENERIC.get(f, "swiss"), "fixed" if "Mono" in f else "variable") for f in sorted(self.fonts))
        styles = ('<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" fo:orphans="1" fo:widows="1"/>'
                  '<style:text-properties style:font-name="%s" fo:font-size="%s" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>'
                  '<style:style style:name="Standard" style:family="paragraph" style:class="text"/></office:styles>' % (self.font, self.size))
        w, h = self.page
        pl = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
              'style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"/>'
              '<style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.15in"/></style:header-style>'
              '<style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.15in"/></style:footer-style></style:page-layout>'
              % (w, h, "landscape" if self.landscape else "portrait", self.margins, self.margins, self.margins, self.margins))
        auto = "<office:automatic-styles>" + pl + "".join(self.styles) + "</office:automatic-styles>"
        mp = '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
        if self.header:
            mp += "<style:header>%s</style:header>" % self.header
        if self.footer:
            mp += "<style:footer>%s</style:footer>" % self.footer
        mp += "</style:master-page></office:master-styles>"
        body = "<office:body><office:text>" + "\n".join(self.body) + "</office:text></office:body>"
        if flat:
            return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
                    'office:mimetype="application/vnd.oasis.opendocument.text"><office:font-face-decls>%s</office:font-face-decls>%s%s%s%s</office:document>\n'
                    % (NS, fonts, styles, auto, mp, body))
        content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
                   '<office:font-face-decls>%s</office:font-face-decls>%s%s</office:document-content>' % (NS, fonts, '<office:automatic-styles>' + ''.join(self.styles) + '</office:automatic-styles>', body))
        stylesx = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
                   '<office:font-face-decls>%s</office:font-face-decls>%s<office:automatic-styles>%s</office:automatic-styles>%s</office:document-styles>'
                   % (NS, fonts, styles, pl, mp))
        return content, stylesx

    def save(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if path.endswith(".fodt"):
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.xml(True))
        else:
            content, stylesx = self.xml(False)
            manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
            with zipfile.ZipFile(path, "w") as z:
                z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
                z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
                z.writestr("styles.xml", stylesx, zipfile.ZIP_DEFLATED)
                z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
