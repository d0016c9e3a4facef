"""OpenDocument sources: Writer (.fodt/.odt) and Calc (.fods)."""
import zipfile
from xml.sax.saxutils import escape as xesc

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

PAGES = {"Letter": ("8.5in", "11in"), "A4": ("210mm", "297mm")}
ALIGN = {"left": "start", "right": "end", "center": "center"}


def x(s):
    return xesc(s)


def fields(text):
    """'Page {page} of {pages}' -> ODF text with page fields."""
    return (x(text).replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
            .replace("{pages}", "<text:page-count>1</text:page-count>"))


def font_decls(*families):
    out = []
    for f in families:
        out.append('<style:font-face style:name="%s" svg:font-family="\'%s\'" style:font-pitch="variable"/>' % (f, f))
    return "<office:font-face-decls>%s</office:font-face-decls>" % "".join(out)


class Styles:
    def __init__(self):
        self.items = []
        self.cache = {}

    def get(self, family, props, prefix):
        key = (family, props)
        if key not in self.cache:
            name = "%s%d" % (prefix, len(self.cache) + 1)
            self.cache[key] = name
            self.items.append('<style:style style:name="%s" style:family="%s"%s</style:style>' % (name, family, props))
        return self.cache[key]


def writer_parts(doc):
    o = doc.opts
    w, h = PAGES[o.get("page", "Letter")]
    if o.get("landscape"):
        w, h = h, w
    font = o.get("font", "Liberation Serif")
    fs = o.get("size", 10)
    margin = o.get("margin", "0.6in")
    st = Styles()
    ruled = o.get("ruled", "all")
    line = o.get("line", "0.5pt solid #000000")
    pad_default = o.get("pad", "0.04in")

    def cell_style(ci, kind, zebra):
        c = doc.cols[ci]
        pad = c.get("pad", pad_default).split()
        if len(pad) == 4:
            props = ['fo:padding-top="%s" fo:padding-right="%s" fo:padding-bottom="%s" fo:padding-left="%s"' % tuple(pad)]
        else:
            props = ['fo:padding="%s"' % pad[0]]
        if ruled == "all":
            props.append('fo:border="%s"' % line)
        elif ruled == "horizontal":
            props.append('fo:border-bottom="%s" fo:border-top="none" fo:border-left="none" fo:border-right="none"' % line)
        elif ruled == "header" and kind == "head":
            props.append('fo:border-bottom="%s"' % line)
        if kind == "total" and o.get("total_rule", True):
            props.append('fo:border-top="1pt solid #000000"')
        bg = None
        if kind == "head" and o.get("th_bg"):
            bg = o["th_bg"]
        elif zebra and o.get("zebra"):
            bg = o["zebra"]
        if bg:
            props.append('fo:background-color="%s"' % bg)
        va = o.get("th_valign", "bottom") if kind == "head" else o.get("valign", "top")
        props.append('style:vertical-align="%s"' % va)
        return st.get("table-cell", '><style:table-cell-properties %s/>' % " ".join(props), "ce")

    def para_style(align, bold, size=None):
        tp = []
        if bold:
            tp.append('fo:font-weight="bold"')
        if size:
            tp.append('fo:font-size="%spt"' % size)
        return st.get("paragraph", ' style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="%s"/>'
                      '<style:text-properties %s/>' % (ALIGN[align], " ".join(tp)), "P")

    body = []
    for i, t in enumerate(doc.title_lines):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (
            para_style("left", True, fs * (1.5 if i == 0 else 1.15)), x(t)))
    for lab, val in doc.meta:
        if lab:
            body.append('<text:p text:style-name="%s"><text:span text:style-name="Tb">%s</text:span> %s</text:p>'
                        % (para_style("left", False), x(lab), x(val)))
        else:
            body.append('<text:p text:style-name="%s">%s</text:p>' % (para_style("left", False), x(val)))
    body.append('<text:p text:style-name="%s"/>' % para_style("left", False))

    tw = o.get("table_width")
    tstyle = st.get("table", '><style:table-properties style:width="%s" table:align="left"/>' % tw, "Tab")
    body.append('<table:table table:name="Transcript" table:style-name="%s">' % tstyle)
    for c in doc.cols:
        cs = st.get("table-column", '><style:table-column-properties style:column-width="%s"/>' % c["w"], "co")
        body.append('<table:table-column table:style-name="%s"/>' % cs)

    def row_xml(cells, kind, zebra):
        r = ["<table:table-row>"]
        for ci, c in enumerate(doc.cols):
            v = cells[ci]
            al = c.get("halign", c.get("align", "left")) if kind == "head" else c.get("align", "left")
            ps = para_style(al, kind in ("head", "sub", "total"))
            paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (ps, x(p)) for p in v.split("\n"))
            r.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                     % (cell_style(ci, kind, zebra), paras))
        r.append("</table:table-row>")
        return "".join(r)

    head = row_xml([c["label"] for c in doc.cols], "head", False)
    if o.get("repeat_header", True):
        body.append("<table:table-header-rows>%s</table:table-header-rows>" % head)
    else:
        body.append(head)
    n = 0
    for item in doc.body():
        z = item["kind"] == "row" and n % 2 == 1
        if item["kind"] == "row":
            n += 1
        body.append(row_xml([item["cells"].get(c["key"], "") for c in doc.cols], item["kind"], z))
    body.append("</table:table>")
    for nline in doc.notes_below:
        body.append('<text:p text:style-name="%s">%s</text:p>' % (para_style("left", False, fs * 0.9), x(nline)))

    auto = "".join(st.items)
    auto += '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    hdr = ftr = ""
    hf_size = o.get("hf_size", 8)
    if o.get("page_header"):
        hdr = ('<style:header><text:p text:style-name="HF">%s</text:p></style:header>' % fields(o["page_header"]))
    if o.get("page_footer"):
        ftr = ('<style:footer>%s</style:footer>' % "".join(
            '<text:p text:style-name="HF">%s</text:p>' % fields(l) for l in o["page_footer"].split("\n")))
    styles = ('<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="%s" '
              'fo:font-size="%spt" fo:language="en" fo:country="US"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0in" '
              'fo:margin-bottom="0in"/></style:style>'
              '<style:style style:name="HF" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:paragraph-properties fo:text-align="%s"/><style:text-properties fo:font-size="%spt"/></style:style>'
              '</office:styles>' % (font, fs, o.get("hf_align", "center"), hf_size))
    hf_props = '<style:header-footer-properties fo:min-height="0.2in" fo:margin-bottom="0.1in" fo:margin-top="0.1in"/>'
    layout = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
              'style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"/>'
              '<style:header-style>%s</style:header-style><style:footer-style>%s</style:footer-style></style:page-layout>'
              % (w, h, "landscape" if o.get("landscape") else "portrait", margin, margin, margin, margin,
                 hf_props if hdr else "", hf_props if ftr else ""))
    master = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s%s'
              '</style:master-page></office:master-styles>' % (hdr, ftr))
    fonts = font_decls(font)
    return fonts, styles, auto, layout, master, "".join(body)


def fodt(doc):
    fonts, styles, auto, layout, master, body = writer_parts(doc)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.text">%s%s<office:automatic-styles>%s%s'
            '</office:automatic-styles>%s<office:body><office:text>%s</office:text></office:body></office:document>'
            % (NS, fonts, styles, layout, auto, master, body))


def odt(doc, path):
    fonts, styles, auto, layout, master, body = writer_parts(doc)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">%s'
               '<office:automatic-styles>%s</office:automatic-styles><office:body><office:text>%s</office:text>'
               '</office:body></office:document-content>' % (NS, fonts, auto, body))
    stylesx = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">%s%s'
               '<office:automatic-styles>%s</office:automatic-styles>%s</office:document-styles>'
               % (NS, fonts, styles, layout, master))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry '
                'manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", stylesx), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- Calc
def fods(doc):
    o = doc.opts
    w, h = PAGES[o.get("page", "Letter")]
    if o.get("landscape"):
        w, h = h, w
    font = o.get("font", "Liberation Sans")
    fs = o.get("size", 10)
    st = Styles()
    ruled = o.get("ruled", "none")  # cell borders
    numcols = set(c["key"] for c in doc.cols if c.get("numeric"))

    def cstyle(c, kind):
        props = ['style:vertical-align="%s"' % o.get("valign", "top")]
        if c.get("wrap") or (kind == "head" and o.get("wrap_header")):
            props.append('fo:wrap-option="wrap"')
        if ruled == "all":
            props.append('fo:border="0.06pt solid #000000"')
        elif ruled == "horizontal":
            props.append('fo:border-bottom="0.06pt solid #000000"')
        if kind == "head" and o.get("th_bg"):
            props.append('fo:background-color="%s"' % o["th_bg"])
        al = c.get("halign", c.get("align", "left")) if kind == "head" else c.get("align", "left")
        tp = 'fo:font-weight="bold"' if kind in ("head", "sub", "total") else ""
        ds = ' style:data-style-name="N%s"' % doc.num_style if (c["key"] in numcols and kind != "head" and doc.num_style in ("1", "2")) else ""
        return st.get("table-cell", ' style:parent-style-name="Default"%s><style:table-cell-properties %s/>'
                      '<style:paragraph-properties fo:text-align="%s"/><style:text-properties %s/>'
                      % (ds, " ".join(props), ALIGN[al], tp), "ce")

    plain = st.get("table-cell", ' style:parent-style-name="Default"><style:text-properties/>', "ce")
    big = st.get("table-cell", ' style:parent-style-name="Default"><style:text-properties fo:font-weight="bold" fo:font-size="%spt"/>'
                 % (fs * 1.4), "ce")
    rows = []

    def textrow(text, style):
        rows.append('<table:table-row><table:table-cell table:style-name="%s" office:value-type="string"><text:p>%s</text:p>'
                    '</table:table-cell></table:table-row>' % (style, x(text)))

    for i, t in enumerate(doc.title_lines):
        textrow(t, big if i == 0 else plain)
    for lab, val in doc.meta:
        textrow((lab + " " + val) if lab else val, plain)
    if doc.title_lines or doc.meta:
        rows.append("<table:table-row><table:table-cell/></table:table-row>")

    def row(cells, kind):
        r = ["<table:table-row>"]
        for c, v in zip(doc.cols, cells):
            s = cstyle(c, kind)
            if c["key"] in numcols and kind != "head" and v:
                r.append('<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s">'
                         '<text:p>%s</text:p></table:table-cell>' % (s, v, x(v)))
            else:
                paras = "".join("<text:p>%s</text:p>" % x(p) for p in v.split("\n")) if v else ""
                r.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                         % (s, paras) if v else '<table:table-cell table:style-name="%s"/>' % s)
        r.append("</table:table-row>")
        return "".join(r)

    head = row([c["label"] for c in doc.cols], "head")
    rows.append("<table:table-header-rows>%s</table:table-header-rows>" % head if o.get("repeat_header") else head)
    for item in doc.body():
        cells = [item["cells"].get(c["key"], "") for c in doc.cols]
        if item["kind"] != "row" and doc.num_style:
            pass
        rows.append(row(cells, item["kind"]))
    if doc.notes_below:
        rows.append("<table:table-row><table:table-cell/></table:table-row>")
        for n in doc.notes_below:
            textrow(n, plain)

    cols = "".join('<table:table-column table:style-name="%s"/>' % st.get(
        "table-column", '><style:table-column-properties style:column-width="%s"/>' % c["w"], "co") for c in doc.cols)
    print_flags = "charts drawings objects zero-values" + (" grid" if o.get("gridlines") else "")
    hdr = o.get("page_header")
    ftr = o.get("page_footer")
    hf_props = '<style:header-footer-properties fo:min-height="0.3in" fo:margin-bottom="0.1in" fo:margin-top="0.1in"/>'
    layout = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
              'style:print-orientation="%s" fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="0.55in" '
              'fo:margin-right="0.55in" style:print="%s" style:print-page-order="ttb" style:first-page-number="continue" '
              'style:table-centering="none"/><style:header-style>%s</style:header-style><style:footer-style>%s'
              '</style:footer-style></style:page-layout>'
              % (w, h, "landscape" if o.get("landscape") else "portrait", print_flags,
                 hf_props if hdr else "", hf_props if ftr else ""))

    def hf(tag, text):
        if not text:
            return '<style:%s style:display="false"/>' % tag
        parts = text.split("|")
        if len(parts) == 1:
            return "<style:%s><text:p>%s</text:p></style:%s>" % (tag, fields(text), tag)
        l, c, r = (parts + ["", ""])[:3]
        return ("<style:%s><style:region-left><text:p>%s</text:p></style:region-left><style:region-center><text:p>%s"
                "</text:p></style:region-center><style:region-right><text:p>%s</text:p></style:region-right></style:%s>"
                % (tag, fields(l), fields(c), fields(r), tag))

    master = ('<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">%s%s'
              '</style:master-page></office:master-styles>' % (hf("header", hdr), hf("footer", ftr)))
    numstyles = ('<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-integer-digits="1"/>'
                 '</number:number-style><number:number-style style:name="N1"><number:number number:decimal-places="1" '
                 'number:min-integer-digits="1"/></number:number-style><number:number-style style:name="Ng">'
                 '<number:number number:min-integer-digits="1"/></number:number-style>')
    styles = ('<office:styles>%s<style:default-style style:family="table-cell"><style:text-properties style:font-name="%s" '
              'fo:font-size="%spt" fo:language="en" fo:country="US"/></style:default-style><style:style style:name="Default" '
              'style:family="table-cell"/></office:styles>' % (numstyles, font, fs))
    ta = ('<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties '
          'table:display="true"/></style:style>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">%s%s<office:automatic-styles>%s%s%s'
            '</office:automatic-styles>%s<office:body><office:spreadsheet><table:table table:name="%s" table:style-name="ta1">'
            '%s%s</table:table></office:spreadsheet></office:body></office:document>'
            % (NS, font_decls(font), styles, layout, ta, "".join(st.items), master, o.get("sheet", "Transcript"),
               cols, "".join(rows)))
