"""Flat ODF text document (.fodt) written by hand, converted by LibreOffice."""
from xml.sax.saxutils import escape
from .common import SIZES, norm

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def X(s):
    import re
    s = escape(s, {'"': "&quot;"})
    return re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), s)


class Styles:
    def __init__(self, font):
        self.font = font
        self.p = {}
        self.other = []
        self.n = 0

    def para(self, size=12, bold=False, italic=False, color="#1a1a1a", align="center", mt=0.0, mb=0.1,
             border_top=None, border_bottom=None, brk=False, font=None):
        key = (size, bold, italic, color, align, mt, mb, border_top, border_bottom, brk, font)
        if key in self.p:
            return self.p[key]
        self.n += 1
        name = "P%d" % self.n
        pp = 'fo:text-align="%s" fo:margin-top="%.2fcm" fo:margin-bottom="%.2fcm"' % (
            {"center": "center", "left": "start", "right": "end", "justify": "justify"}[align], mt, mb)
        if border_top:
            pp += ' fo:border-top="%s" fo:padding-top="0.08cm"' % border_top
        if border_bottom:
            pp += ' fo:border-bottom="%s" fo:padding-bottom="0.06cm"' % border_bottom
        if brk:
            pp += ' fo:break-before="page"'
        tp = 'style:font-name="%s" fo:font-size="%spt" fo:color="%s"' % (font or self.font, size, color)
        if bold:
            tp += ' fo:font-weight="bold"'
        if italic:
            tp += ' fo:font-style="italic"'
        self.other.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
                          '<style:text-properties %s/></style:style>' % (name, pp, tp))
        self.p[key] = name
        return name

    def add(self, xml):
        self.other.append(xml)


def build_fodt(spec):
    land = spec["orientation"] == "landscape"
    pw, ph = (27.94, 21.59) if land else (21.59, 27.94)
    margin = 1.5
    cw = pw - 2 * margin - 1.2
    acc = spec["accent"]
    al = spec["align"]
    fontname = "Serif1" if spec["font"] == "serif" else "Sans1"
    S = Styles(fontname)
    b = spec["border"]
    bcss = {"none": "", "single": 'fo:border="1.5pt solid %s" fo:padding="0.6cm"' % acc,
            "double": 'fo:border="4.5pt double %s" style:border-line-width="0.05cm 0.06cm 0.05cm" fo:padding="0.6cm"' % acc,
            "ornate": 'fo:border="6pt solid %s" fo:padding="0.6cm"' % acc}[b]
    body = []
    tcount = [0]
    pending_break = [False]

    def P(text, **kw):
        if pending_break[0]:
            kw["brk"] = True
            pending_break[0] = False
        body.append('<text:p text:style-name="%s">%s</text:p>' % (S.para(**kw), X(text)))

    def table(name_cols, rows_xml, width, align="center"):
        tcount[0] += 1
        tn = "Tab%d" % tcount[0]
        brk = ' fo:break-before="page"' if pending_break[0] else ""
        pending_break[0] = False
        S.add('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" '
              'table:align="%s" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"%s/></style:style>'
              % (tn, width, {"center": "center", "left": "left"}[align], brk))
        cols = []
        for i, w in enumerate(name_cols):
            cn = "%s.C%d" % (tn, i)
            S.add('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                  'style:column-width="%.2fcm"/></style:style>' % (cn, w))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        body.append('<table:table table:name="%s" table:style-name="%s">%s%s</table:table>'
                    % (tn, tn, "".join(cols), rows_xml))

    def cellstyle(name, border=None, bottom=None, bg=None):
        pp = 'fo:padding="0.08cm"'
        if border:
            pp += ' fo:border="%s"' % border
        else:
            pp += ' fo:border="none"'
        if bottom:
            pp += ' fo:border-bottom="%s"' % bottom
        if bg:
            pp += ' fo:background-color="%s"' % bg
        S.add('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/>'
              '</style:style>' % (name, pp))
        return name

    if spec.get("top_pad"):
        S.add('<style:style style:name="PTop" style:family="paragraph"><style:paragraph-properties '
              'fo:line-height="%.1fpt" fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties '
              'fo:font-size="2pt"/></style:style>' % spec["top_pad"])
        body.append('<text:p text:style-name="PTop"/>')
    cs_plain = cellstyle("CellPlain")
    cs_grid = cellstyle("CellGrid", border="0.5pt solid #888888")
    cs_head = cellstyle("CellHead", border="0.5pt solid #888888", bg="#e8edf3")
    cs_lab = cellstyle("CellLab", bottom="0.5pt solid #999999")

    def cell(style, paras):
        return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (
            style, "".join('<text:p text:style-name="%s">%s</text:p>' % (ps, X(t)) for ps, t in paras))

    for el in spec["body"]:
        el = norm(el)
        t, v = el["t"], el["v"]
        if t == "pagebreak":
            pending_break[0] = True
        elif t == "sp":
            P("", size=max(2, float(v) * 0.8), mb=0)
        elif t == "rule":
            P("", size=4, border_bottom="0.8pt solid %s" % acc, mb=0.2)
        elif t == "logo":
            P(v, size=el.get("size", SIZES["logo"]), bold=True, color=acc, align=al, font="Sans1", mb=0.2)
        elif t == "issuer":
            P(v, size=el.get("size", SIZES["issuer"]), bold=True, color=acc, align=al, mb=0.05)
        elif t == "issuer2":
            P(v, size=el.get("size", SIZES["issuer2"]), italic=True, color="#555555", align=al, mb=0.05)
        elif t == "h1":
            P(v, size=el.get("size", SIZES["h1"] - 2), bold=True, color=acc, align=al, mt=0.3, mb=0.3)
        elif t == "h2":
            P(v, size=el.get("size", SIZES["h2"]), bold=True, color=acc, align=al, mt=0.15, mb=0.15)
        elif t in ("p", "pi"):
            P(v, size=el.get("size", SIZES["p"]), bold=bool(el.get("bold")), italic=(t == "pi" or bool(el.get("italic"))),
              align=el.get("align", al), mb=0.12)
        elif t == "fmt":
            P(v, size=el.get("size", SIZES["fmt"]), bold=True, italic=el.get("italic", True), color=acc, align=al,
              mt=0.1, mb=0.15)
        elif t == "name":
            P(v, size=el.get("size", SIZES["name"]), bold=True, italic=el.get("style", "bi") == "bi", align=al,
              mt=0.2, mb=0.3)
        elif t == "title":
            # width limit through a one-cell table so a long title wraps as designed
            w = cw * el.get("maxw", 0.8)
            ps = S.para(size=el.get("size", SIZES["title"]), bold=True, align=al, mb=0.0)
            table([w], "<table:table-row>%s</table:table-row>" % cell(cs_plain, [(ps, v)]), w,
                  "center" if al == "center" else "left")
        elif t == "small":
            P(v, size=el.get("size", SIZES["small"]), italic=bool(el.get("italic")), color="#555555",
              align=el.get("align", "center" if al == "center" else "justify"), mb=0.1)
        elif t == "kv":
            size = el.get("size", SIZES["kv"])
            lw = max(len(l) for l, x in v) * size * 0.021 + 0.5
            vw = min(cw * 0.6, max(max(len(x) for l, x in v) * size * 0.02 + 0.5, 4.0))
            if al != "center":
                vw = cw - lw
            lp = S.para(size=size, bold=True, align="left", mb=0)
            vp = S.para(size=size, align="left", mb=0)
            rows = "".join("<table:table-row>%s%s</table:table-row>" % (cell(cs_plain, [(lp, l)]), cell(cs_plain, [(vp, x)]))
                           for l, x in v)
            table([lw, vw], rows, lw + vw, "center" if al == "center" else "left")
        elif t == "cols":
            n = len(v)
            w = cw * el.get("w", 0.9 if al == "center" else 1.0)
            a2 = "center" if al == "center" else "left"
            lp = S.para(size=el.get("lsize", SIZES["cols_label"]), bold=True, color="#666666", align=a2, mb=0)
            vp = S.para(size=el.get("vsize", SIZES["cols_value"]), align=a2, mb=0)
            r1 = "".join(cell(cs_lab, [(lp, l)]) for l, x in v)
            r2 = "".join(cell(cs_plain, [(vp, x)]) for l, x in v)
            table([w / n] * n, "<table:table-row>%s</table:table-row><table:table-row>%s</table:table-row>" % (r1, r2),
                  w, "center" if al == "center" else "left")
        elif t == "table":
            size = el.get("size", SIZES["table"])
            w = cw * el.get("w", 0.9)
            fr = v.get("widths") or [1.0 / len(v["head"])] * len(v["head"])
            hp = S.para(size=size, bold=True, align="left", mb=0)
            cp = S.para(size=size, align="left", mb=0)
            rows = "<table:table-row>%s</table:table-row>" % "".join(cell(cs_head, [(hp, h)]) for h in v["head"])
            rows += "".join("<table:table-row>%s</table:table-row>" % "".join(cell(cs_grid, [(cp, c)]) for c in r)
                            for r in v["rows"])
            table([w * f for f in fr], rows, w, "center")
        elif t == "sig":
            n = len(v)
            sw = 6.5
            sp_ = S.para(size=20, align="center", mb=0, font="Script1", color="#1f2a5a")
            np_ = S.para(size=9.5, bold=True, align="center", mb=0, border_top="0.6pt solid #222222")
            tp_ = S.para(size=8.5, italic=True, color="#555555", align="center", mb=0)
            cells = []
            for nm, ti in v:
                paras = [(sp_, el.get("script", {}).get(nm, " ")), (np_, nm)] + [(tp_, x) for x in ti.split("\n")]
                cells.append(cell(cs_plain, paras))
            gap = 1.2
            widths = []
            row = []
            for i, c in enumerate(cells):
                if i:
                    widths.append(gap)
                    row.append(cell(cs_plain, [(tp_, "")]))
                widths.append(sw)
                row.append(c)
            table(widths, "<table:table-row>%s</table:table-row>" % "".join(row), sum(widths),
                  "center" if al == "center" else "left")
        else:
            raise ValueError(t)

    shapes = ""
    if spec.get("seal"):
        S.add('<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="solid" '
              'svg:stroke-width="0.08cm" svg:stroke-color="%s" draw:fill="none" style:wrap="run-through" '
              'style:run-through="foreground" draw:textarea-vertical-align="middle" '
              'draw:textarea-horizontal-align="center"/></style:style>' % acc)
        sp = S.para(size=6.5, bold=True, color=acc, align="center", mb=0, font="Sans1")
        lines = "".join('<text:p text:style-name="%s">%s</text:p>' % (sp, X(x)) for x in spec["seal"].split("\n"))
        shapes = ('<draw:ellipse draw:style-name="gr1" text:anchor-type="page" text:anchor-page-number="1" '
                  'svg:x="%.2fcm" svg:y="%.2fcm" svg:width="3cm" svg:height="3cm">%s</draw:ellipse>'
                  % (pw - 2.2 - 3, ph - 2.0 - 3, lines))
    footer = ""
    if spec.get("footer"):
        fp = S.para(size=SIZES["footer"], color="#666666", align="center", mb=0)
        footer = '<style:footer><text:p text:style-name="%s">%s</text:p></style:footer>' % (fp, X(spec["footer"]))
    serif = "P052" if spec["font"] == "serif" else "Liberation Sans"
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document %(ns)s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Certificate</dc:title></office:meta>
<office:font-face-decls>
<style:font-face style:name="Serif1" svg:font-family="'%(serif)s'" style:font-family-generic="roman"/>
<style:font-face style:name="Sans1" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
<style:font-face style:name="Script1" svg:font-family="Z003" style:font-family-generic="script"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="%(font)s" fo:font-size="12pt" fo:language="en" fo:country="US"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%(pw)scm" fo:page-height="%(ph)scm" style:print-orientation="%(orient)s" fo:margin-top="%(m)scm" fo:margin-bottom="1.0cm" fo:margin-left="%(m)scm" fo:margin-right="%(m)scm" %(bcss)s/>
<style:footer-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
%(styles)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%(footer)s</style:master-page></office:master-styles>
<office:body><office:text>%(shapes)s
%(body)s
</office:text></office:body></office:document>
""" % dict(ns=NS, serif=serif, font=fontname, pw=pw, ph=ph, orient="landscape" if land else "portrait", m=margin,
           bcss=bcss, styles="\n".join(S.other), footer=footer, shapes=shapes, body="\n".join(body))
    return doc
