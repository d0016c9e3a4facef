"""LibreOffice Writer producer: certlib blocks -> flat ODF text (.fodt) ->
soffice --headless --convert-to pdf."""
import os
import subprocess
from xml.sax.saxutils import escape

FONTS = {"serif": "Liberation Serif", "sans": "Liberation Sans",
         "gothic": "URW Gothic", "school": "C059"}


def x(s):
    return escape(s, {'"': "&quot;"})


def text_runs(s):
    """escape text, keep multiple spaces (text:s) and newlines (text:line-break)"""
    out = []
    for j, line in enumerate(s.split("\n")):
        if j:
            out.append("<text:line-break/>")
        parts = line.split("  ")
        seg = x(parts[0])
        for p in parts[1:]:
            seg += '<text:s text:c="2"/>' + x(p)
        out.append(seg)
    return "".join(out)


class Styles:
    def __init__(self):
        self.para = {}
        self.xml = []

    def p(self, **kw):
        key = tuple(sorted(kw.items()))
        if key in self.para:
            return self.para[key]
        name = "P%d" % (len(self.para) + 1)
        self.para[key] = name
        pp = ['fo:margin-top="%.1fpt"' % kw.get("sb", 0), 'fo:margin-bottom="0pt"',
              'fo:text-align="%s"' % {"C": "center", "L": "start", "R": "end"}[kw.get("align", "L")]]
        if kw.get("brk"):
            pp.append('fo:break-before="page"')
        if kw.get("topline"):
            pp.append('fo:border-top="0.8pt solid #000000" fo:padding-top="2pt"')
        if kw.get("bottomline"):
            pp.append('fo:border-bottom="0.6pt solid #777777" fo:padding-bottom="1pt"')
        tp = ['fo:font-size="%.1fpt"' % kw.get("size", 11),
              'style:font-name="%s"' % kw.get("font", "Liberation Serif")]
        if kw.get("b"):
            tp.append('fo:font-weight="bold"')
        if kw.get("i"):
            tp.append('fo:font-style="italic"')
        if kw.get("ls"):
            tp.append('fo:letter-spacing="%.2fpt"' % kw["ls"])
        tp.append('fo:color="%s"' % kw.get("color", "#000000"))
        self.xml.append(
            '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties %s/><style:text-properties %s/></style:style>'
            % (name, " ".join(pp), " ".join(tp)))
        return name


def to_fodt(cert):
    p = cert["page"]
    land = p["orient"] == "L"
    W, H = (11, 8.5) if land else (8.5, 11)
    acc = p["accent"]
    fam = FONTS[p.get("hfont") or p["font"]]
    st = Styles()
    body = []
    auto_tables = []
    tcount = [0]
    pending_break = [False]
    cw = W - 2 * p["margin"] / 72.0 - 2 * (p["pad"] / 72.0 + (0.06 if p.get("border") else 0))

    def para(text, brk=None, **kw):
        kw.setdefault("font", fam)
        if pending_break[0]:
            kw["brk"] = True
            pending_break[0] = False
        name = st.p(**kw)
        return '<text:p text:style-name="%s">%s</text:p>' % (name, text_runs(text))

    def table(colw, rows_xml, border=False, width=None):
        tcount[0] += 1
        tn = "Tbl%d" % tcount[0]
        tw = width or cw
        brk = ' fo:break-before="page"' if pending_break[0] else ""
        pending_break[0] = False
        auto_tables.append(
            '<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.3fin" table:align="center" fo:margin-top="0pt"%s/></style:style>'
            % (tn, tw, brk))
        cols = []
        for j, w in enumerate(colw):
            cn = "%s.C%d" % (tn, j)
            auto_tables.append(
                '<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%.3fin"/></style:style>'
                % (cn, w * tw))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        cellst = "%s.cell" % tn
        auto_tables.append(
            '<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties fo:padding="%s" fo:border="%s"/></style:style>'
            % (cellst, "0.04in" if border else "0.02in", "0.6pt solid #888888" if border else "none"))
        shd = "%s.head" % tn
        auto_tables.append(
            '<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:background-color="#e6e8ef" fo:border="0.6pt solid #888888"/></style:style>'
            % shd)
        rows = []
        for r in rows_xml:
            cells = []
            for c in r:
                stname = shd if isinstance(c, tuple) else cellst
                content = c[0] if isinstance(c, tuple) else c
                cells.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                             % (stname, content))
            rows.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (
            tn, tn, "".join(cols), "".join(rows))

    for e in cert["elements"]:
        k = e["k"]
        if k == "T":
            col = acc if e["color"] == "accent" else (e["color"] or "#000000")
            body.append(para(e["text"], size=e["size"], b=e["b"], i=e["i"], align=e["align"],
                             sb=e["sb"], ls=e["ls"], color=col,
                             font=FONTS[e["font"]] if e["font"] else fam))
        elif k == "KV":
            rows = []
            for a, b in e["rows"]:
                rows.append([para(a, size=e["size"], b=e["lb"], color="#333333", sb=e["gap"],
                                  bottomline=e["rule"]),
                             para(b, size=e["size"], sb=e["gap"], bottomline=e["rule"])])
            if e["sb"]:
                body.append(para("", size=max(1, e["sb"] - 2)))
            wid = cw * (0.78 if e["align"] == "C" else 1.0)
            body.append(table([e["lw"], 1 - e["lw"]], rows, width=wid))
        elif k == "COLS":
            lab = [para(l, size=e["lsize"], color="#5f5f5f", align=e["align"]) for l in e["labels"]]
            val = [para(v, size=e["size"], b=e["vb"], align=e["align"], bottomline=e["rule"])
                   for v in e["values"]]
            if e["sb"]:
                body.append(para("", size=max(1, e["sb"] - 2)))
            body.append(table(e["widths"], [lab, val]))
        elif k == "TABLE":
            head = [(para(h, size=e["size"], b=True, align=a),) for h, a in zip(e["header"], e["align"])]
            rows = [head] + [[para(c, size=e["size"], align=a) for c, a in zip(r, e["align"])]
                             for r in e["rows"]]
            if e["sb"]:
                body.append(para("", size=max(1, e["sb"] - 2)))
            body.append(table(e["widths"], rows, border=True))
        elif k == "SIGS":
            n = len(e["sigs"])
            cells = []
            for name, titles in e["sigs"]:
                c = para(name.split(",")[0] if e["scribble"] else " ", size=18, font="Z003",
                         color="#1f2a72", align="C")
                c += para(name, size=e["size"], b=True, align="C", topline=True)
                for t in titles:
                    c += para(t, size=e["size"] - 1, i=True, align="C")
                cells.append(c)
            body.append(para("", size=max(1, e["sb"] - 22)))
            # narrow side gutters so the signature lines do not touch
            colw, row = [], []
            for c in cells:
                colw += [0.08 / n, 0.84 / n, 0.08 / n]
                row += [para("", size=2), c, para("", size=2)]
            body.append(table(colw, [row]))
        elif k == "RULE":
            col = acc if e["color"] in (None, "accent") else e["color"]
            name = "R%d" % len(st.xml)
            ind = (1 - e["w"]) / 2 * cw
            st.xml.append(
                '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                '<style:paragraph-properties fo:margin-top="%.1fpt" fo:margin-left="%.3fin" fo:margin-right="%.3fin" '
                'fo:border-bottom="%.1fpt solid %s" fo:padding="0pt"/><style:text-properties fo:font-size="2pt"/></style:style>'
                % (name, e["sb"], ind, ind, e["thick"], col))
            body.append('<text:p text:style-name="%s"/>' % name)
        elif k == "SP":
            body.append(para("", size=max(1, e["h"] * 0.8)))
        elif k == "BR":
            pending_break[0] = True
    border = {None: "none", "single": "1.5pt solid %s" % acc,
              "double": "4pt double %s" % acc, "thick": "6pt solid %s" % acc,
              "corners": "0.8pt solid #999999"}[p.get("border")]
    bw = ""
    if p.get("border") == "double":
        bw = ' style:border-line-width="0.04in 0.03in 0.01in"'
    footer = ""
    if p.get("footer"):
        footer = ('<style:footer><text:p text:style-name="Footer">%s</text:p></style:footer>'
                  % x(p["footer"]))
    pad = p["pad"] / 72.0 if p.get("border") else 0
    m = p["margin"] / 72.0
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><meta:initial-creator>%(author)s</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="URW Gothic" svg:font-family="'URW Gothic'" style:font-family-generic="swiss"/>
 <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman"/>
 <style:font-face style:name="Z003" svg:font-family="Z003" style:font-family-generic="script"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="%(fam)s" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="%(fam)s" fo:font-size="7.5pt" fo:color="#555555"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%(W)sin" fo:page-height="%(H)sin"
   style:print-orientation="%(orient)s" fo:margin="%(m)sin" fo:border="%(border)s"%(bw)s fo:padding="%(pad)sin"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.1in" fo:margin-top="0.05in"/></style:footer-style></style:page-layout>
 %(pstyles)s
 %(tstyles)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%(footer)s</style:master-page></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
""" % dict(title=x(cert["meta_title"]), author=x(cert["meta_author"]), fam=fam, W=W, H=H,
           orient="landscape" if land else "portrait", m=m, border=border, bw=bw, pad=pad,
           pstyles="\n ".join(st.xml), tstyles="\n ".join(auto_tables), footer=footer,
           body="\n".join(body))
    return doc


def soffice_convert(src, outdir, profiles):
    prof = os.path.abspath(os.path.join(profiles, "libreoffice"))
    os.makedirs(prof, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def render_fodt(cert, out, workdir, profiles):
    src = os.path.join(workdir, os.path.basename(out)[:-4] + ".fodt")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(to_fodt(cert))
    soffice_convert(src, workdir, profiles)
    os.replace(os.path.join(workdir, os.path.basename(out)), out)
    return src
