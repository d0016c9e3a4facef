# -*- coding: utf-8 -*-
"""Flat ODF text documents (.fodt) converted with LibreOffice headless."""
import os
import shutil
import subprocess
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, ".profiles")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="%(font)s" fo:font-size="11pt" fo:hyphenate="false" fo:language="en" fo:country="US"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="%(pw)s" fo:page-height="%(ph)s" style:print-orientation="%(orient)s"
   fo:margin-top="%(mt)s" fo:margin-bottom="%(mb)s" fo:margin-left="%(ml)s" fo:margin-right="%(mr)s" %(border)s/>
 </style:page-layout>
%(styles)s
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""
TAIL = """</office:text></office:body></office:document>
"""


def P(name, size="11pt", align="start", bold=False, italic=False, color="#000000", font=None,
      before="0in", after="0in", spacing=None, caps=False, keep=False):
    t = ['fo:font-size="%s"' % size, 'fo:color="%s"' % color]
    if bold:
        t.append('fo:font-weight="bold"')
    if italic:
        t.append('fo:font-style="italic"')
    if font:
        t.append('style:font-name="%s"' % font)
    if spacing:
        t.append('fo:letter-spacing="%s"' % spacing)
    if caps:
        t.append('fo:text-transform="uppercase"')
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" '
            'fo:margin-top="%s" fo:margin-bottom="%s"/><style:text-properties %s/></style:style>'
            % (name, align, before, after, " ".join(t)))


def T(name, bold=False, italic=False, color=None, size=None):
    t = []
    if bold:
        t.append('fo:font-weight="bold"')
    if italic:
        t.append('fo:font-style="italic"')
    if color:
        t.append('fo:color="%s"' % color)
    if size:
        t.append('fo:font-size="%s"' % size)
    return '<style:style style:name="%s" style:family="text"><style:text-properties %s/></style:style>' % (name, " ".join(t))


def TAB(name, width, cols, align="center"):
    s = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" table:align="%s"/></style:style>'
         % (name, width, align)]
    for i, w in enumerate(cols):
        s.append('<style:style style:name="%s.%s" style:family="table-column"><style:table-column-properties style:column-width="%s"/></style:style>'
                 % (name, chr(65 + i), w))
    return "".join(s)


def CELL(name, border="none", bg=None, pad="0.04in", bottom=None, top=None):
    b = 'fo:border="%s"' % border
    if bottom:
        b = 'fo:border-left="none" fo:border-right="none" fo:border-top="%s" fo:border-bottom="%s"' % (top or "none", bottom)
    return ('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s fo:padding="%s" %s/></style:style>'
            % (name, b, pad, 'fo:background-color="%s"' % bg if bg else ""))


def p(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, text if raw else escape(text))


def span(style, text):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, escape(text))


def table(name, rows, cellstyles, pstyles, colspec=None):
    """rows: list of lists of raw paragraph XML strings (already built)."""
    ncol = max(len(r) for r in rows)
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for i in range(ncol):
        out.append('<table:table-column table:style-name="%s.%s"/>' % (name, chr(65 + i)))
    for r in rows:
        out.append("<table:table-row>")
        for j, cell in enumerate(r):
            cs = cellstyles[j] if isinstance(cellstyles, (list, tuple)) else cellstyles
            out.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs, cell))
        out.append("</table:table-row>")
    out.append("</table:table>\n")
    return "".join(out)


def shape_ellipse(name, x, y, w, h, fill, text, tstyle, anchor="page", stroke="none"):
    return ('<draw:custom-shape draw:style-name="%s" draw:name="%s" text:anchor-type="%s" text:anchor-page-number="1" '
            'svg:x="%s" svg:y="%s" svg:width="%s" svg:height="%s" draw:z-index="0">'
            '<text:p text:style-name="%s">%s</text:p>'
            '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="ellipse" draw:enhanced-path="U 10800 10800 10800 10800 0 360 Z N"/>'
            '</draw:custom-shape>' % (fill, name, anchor, x, y, w, h, tstyle, escape(text)))


def shape_rect(name, x, y, w, h, fill, anchor="page"):
    return ('<draw:rect draw:style-name="%s" draw:name="%s" text:anchor-type="%s" text:anchor-page-number="1" '
            'svg:x="%s" svg:y="%s" svg:width="%s" svg:height="%s" draw:z-index="0"/>' % (fill, name, anchor, x, y, w, h))


def GR(name, fill, stroke="none", scolor="#000000", swidth="0.01in"):
    return ('<style:style style:name="%s" style:family="graphic"><style:graphic-properties draw:fill="solid" '
            'draw:fill-color="%s" draw:stroke="%s" svg:stroke-color="%s" svg:stroke-width="%s" '
            'style:run-through="background" style:wrap="run-through" draw:textarea-vertical-align="middle" '
            'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>'
            % (name, fill, stroke, scolor, swidth))


def doc(body, styles, font="Liberation Serif", landscape=False, margins=("0.7in",) * 4, border=""):
    pw, ph = ("11in", "8.5in") if landscape else ("8.5in", "11in")
    return HEAD % dict(font=font, pw=pw, ph=ph, orient="landscape" if landscape else "portrait",
                       mt=margins[0], mb=margins[1], ml=margins[2], mr=margins[3],
                       border=border, styles="\n".join(styles)) + body + TAIL


# ------------------------------------------------------------------ zl07
def zl07(c):
    navy = "#12355b"
    styles = [P("Logo", "24pt", "center", True, color=navy, font="Liberation Sans", spacing="0.06in"),
              P("Org", "13pt", "center", color=navy, font="Liberation Sans", after="0.05in"),
              P("H", "20pt", "center", True, before="0.25in", after="0.3in"),
              P("Lab", "10.5pt", "end", True, font="Liberation Sans", color="#333333"),
              P("Val", "11.5pt", "start", font="Liberation Serif"),
              P("Stmt", "9pt", "center", italic=True, before="0.4in", color="#333333"),
              P("Addr", "8pt", "center", font="Liberation Sans", before="0.15in", color="#666666"),
              P("Sig", "10pt", "start", font="Liberation Sans", before="0.7in"),
              TAB("F", "6.6in", ["2.3in", "4.3in"]),
              CELL("Cl", bottom="0.5pt solid #c0c8d0", pad="0.06in"),
              ]
    body = [p("Logo", c["logo"]), p("Org", c["org"]), p("H", c["heading"])]
    rows = [[p("Lab", k + ":"), p("Val", v)] for k, v in c["fields"]]
    body.append(table("F", rows, "Cl", None))
    body.append(p("Stmt", c["statement"]))
    body.append(p("Sig", "______________________________"))
    body.append(p("Val", "Director of Education, ASCLS"))
    body.append(p("Addr", c["address"]))
    return doc("".join(body), styles, border='fo:border="3pt double #12355b" fo:padding="0.3in"',
               margins=("0.6in", "0.6in", "0.6in", "0.6in"))


# ------------------------------------------------------------------ zl16
def zl16(c):
    teal = "#0d5c63"
    styles = [P("Logo", "22pt", "start", True, color="#ffffff", font="DejaVu Sans"),
              P("Meet", "15pt", "start", True, font="DejaVu Sans", color=teal, before="0.05in"),
              P("Where", "10.5pt", "start", font="DejaVu Sans", color="#444444"),
              P("H", "26pt", "start", before="0.35in", after="0.25in", font="DejaVu Serif"),
              P("Lab", "8pt", "start", True, font="DejaVu Sans", color=teal, caps=True, spacing="0.02in"),
              P("Val", "12pt", "start", font="DejaVu Serif", after="0.15in"),
              P("ValB", "16pt", "start", True, font="DejaVu Serif", after="0.2in"),
              P("ValT", "13.5pt", "start", True, font="DejaVu Serif", after="0.1in"),
              P("Stmt", "9pt", "start", italic=True, before="0.45in", color="#333333", font="DejaVu Sans"),
              P("Org", "9pt", "start", font="DejaVu Sans", before="0.6in", color="#666666"),
              GR("gBand", teal), GR("gDot", "#f2b134"),
              TAB("C", "7.0in", ["1.3in", "2.45in", "1.45in", "1.8in"], align="left"),
              CELL("Cc", top="1.5pt solid #0d5c63", bottom="none", pad="0.05in"),
              ]
    band = shape_rect("band", "0in", "0in", "8.5in", "1.0in", "gBand")
    dot = shape_ellipse("dot", "0.6in", "0.22in", "0.56in", "0.56in", "gDot", "", "Logo")
    body = ['<text:p text:style-name="Logo">%s%s</text:p>' % (band, dot),
            p("Logo", "      " + c["logo"]),
            p("Meet", c["meeting"]), p("Where", c["where"]),
            p("H", c["heading"]),
            p("Lab", c["name_label"]), p("ValB", c["name"]),
            p("Lab", c["title_label"]), p("ValT", c["title"])]
    labs = [p("Lab", k) for k, v in c["cols"]]
    vals = [p("Val", v) for k, v in c["cols"]]
    body.append(table("C", [labs, vals], "Cc", None))
    body.append(p("Stmt", c["statement"]))
    body.append(p("Org", c["org"] + " \u00b7 900 Seventh Street NW, Suite 400 \u00b7 Washington, DC 20001"))
    return doc("".join(body), styles, font="DejaVu Sans", margins=("0.35in", "0.6in", "0.75in", "0.75in"))


# ------------------------------------------------------------------ zl22
def zl22(c):
    green = "#2f4f1f"
    styles = [P("Org", "14pt", "center", True, font="Liberation Sans", color=green, before="0.95in"),
              P("Sub", "12pt", "center", font="Liberation Sans", color=green),
              P("Logo", "11pt", "center", True, font="Liberation Sans", color="#ffffff"),
              P("H", "28pt", "center", before="0.3in", after="0.15in", font="Liberation Serif", color=green),
              P("I", "12pt", "center", italic=True),
              P("N", "24pt", "center", True, before="0.08in", after="0.08in"),
              P("T", "16pt", "center", True, before="0.08in", after="0.05in"),
              P("Reg", "9.5pt", "center", italic=True, color="#444444", after="0.3in"),
              P("L", "9pt", "start", True, font="Liberation Sans", color=green),
              P("V", "12pt", "start", font="Liberation Serif"),
              P("Sig", "10pt", "center", font="Liberation Sans", before="0.7in"),
              GR("gSeal", green),
              TAB("K", "6.4in", ["1.45in", "1.75in", "1.6in", "1.6in"]),
              CELL("Kc", pad="0.06in", bottom="0.5pt solid #999999"),
              ]
    seal = shape_ellipse("seal", "3.75in", "0.62in", "1.0in", "0.8in", "gSeal", c["logo"], "Logo")
    body = ['<text:p text:style-name="Org">%s%s</text:p>' % (seal, escape(c["org"])),
            p("Sub", c["sub"]), p("H", c["heading"]), p("I", c["intro"]), p("N", c["name"]),
            p("I", c["verb"]), p("T", c["title"]), p("Reg", c["reg"])]
    rows = []
    for (k1, v1), (k2, v2) in c["pairs"]:
        rows.append([p("L", k1 + ":"), p("V", v1), p("L", k2 + ":"), p("V", v2)])
    body.append(table("K", rows, "Kc", None))
    body.append(p("Sig", "______________________________"))
    body.append(p("I", c["sig"][0]))
    body.append(p("I", c["sig"][1]))
    return doc("".join(body), styles, landscape=False, margins=("0.6in", "0.6in", "0.8in", "0.8in"),
               border='fo:border="1.5pt solid #2f4f1f" fo:padding="0.25in"')


# ------------------------------------------------------------------ zl29
def zl29(c):
    crimson = "#6d1a2a"
    styles = [P("Univ", "22pt", "center", True, font="Liberation Serif", color=crimson, before="1.25in"),
              P("Sub", "13pt", "center", italic=True, color=crimson),
              P("Seal", "14pt", "center", True, font="Liberation Serif", color="#ffffff"),
              P("H", "30pt", "center", before="0.35in", after="0.2in"),
              P("I", "13pt", "center", italic=True),
              P("N", "26pt", "center", True, before="0.1in", after="0.1in"),
              P("T", "16pt", "center", True, before="0.1in"),
              P("D", "13pt", "center", before="0.15in"),
              P("C", "13pt", "center", italic=True, before="0.05in"),
              P("F", "9.5pt", "center", font="Liberation Sans", before="0.3in", color="#333333"),
              P("Sg", "10pt", "center", font="Liberation Sans"),
              GR("gSeal", crimson, stroke="solid", scolor="#c8a951", swidth="0.05in"),
              TAB("S", "6.4in", ["3.2in", "3.2in"]),
              CELL("Sc", pad="0.05in"),
              ]
    seal = shape_ellipse("seal", "3.65in", "0.5in", "1.2in", "1.2in", "gSeal", c["logo"], "Seal")
    t = "<text:line-break/>".join(escape(x) for x in c["title_lines"])
    body = ['<text:p text:style-name="Univ">%s%s</text:p>' % (seal, escape(c["org"])),
            p("Sub", c["sub"]), p("H", c["heading"]), p("I", c["intro"]), p("N", c["name"]),
            p("I", c["verb"]), p("T", t, raw=True), p("D", c["date_line"]), p("C", c["credit_line"]),
            p("F", "     ".join("%s: %s" % kv for kv in c["fields"]))]
    sigrow = [p("Sg", "____________________________") + p("Sg", n) + p("Sg", r) for n, r in c["sigs"]]
    body.append('<text:p text:style-name="F"/>')
    body.append(table("S", [sigrow], "Sc", None))
    return doc("".join(body), styles, margins=("0.5in", "0.5in", "0.6in", "0.6in"),
               border='fo:border="6pt double #6d1a2a" fo:padding="0.2in"')


# ------------------------------------------------------------------ zl37
def zl37(c):
    blue = "#1f4e79"
    styles = [P("LH", "18pt", "start", True, font="Liberation Sans", color=blue),
              P("LH2", "12pt", "start", font="Liberation Sans", color=blue),
              P("Ad", "8.5pt", "start", font="Liberation Sans", color="#555555", after="0.35in"),
              P("B", "11pt", "justify", font="Liberation Serif", after="0.12in"),
              P("A", "11pt", "start", font="Liberation Serif"),
              P("Sp", "11pt", "start", after="0.2in"),
              P("DL", "10.5pt", "start", True, font="Liberation Sans"),
              P("DV", "10.5pt", "start", font="Liberation Serif"),
              GR("gBar", blue),
              TAB("D", "5.6in", ["1.2in", "4.4in"]),
              CELL("Dc", pad="0.03in"),
              ]
    bar = shape_rect("bar", "0.8in", "1.35in", "6.9in", "0.04in", "gBar")
    body = ['<text:p text:style-name="LH">%s%s</text:p>' % (bar, escape(c["org"])),
            p("LH2", c["sub"]), p("Ad", c["address"]),
            p("Sp", c["letter_date"])]
    for line in c["to"]:
        body.append(p("A", line))
    body.append(p("Sp", ""))
    body.append(p("B", c["salutation"]))
    for para in c["body"]:
        body.append(p("B", para))
    rows = [[p("DL", k + ":"), p("DV", v)] for k, v in c["details"]]
    body.append(table("D", rows, "Dc", None))
    body.append(p("Sp", ""))
    body.append(p("B", c["body2"]))
    body.append(p("B", c["close"]))
    body.append(p("Sp", ""))
    body.append(p("A", c["sig"][0]))
    body.append(p("A", c["sig"][1]))
    return doc("".join(body), styles, margins=("0.7in", "0.8in", "1.0in", "1.0in"))


def render(cert, out_pdf):
    src_dir = os.path.join(PROF, "src")
    os.makedirs(src_dir, exist_ok=True)
    src = os.path.join(src_dir, cert["id"] + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(globals()[cert["id"]](cert["c"]))
    outdir = os.path.join(PROF, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    tmp = os.path.join(outdir, cert["id"] + ".pdf")
    if os.path.exists(tmp):
        os.remove(tmp)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(PROF, "libreoffice"),
                    "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(tmp, out_pdf)
