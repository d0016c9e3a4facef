"""Rendering engines for the z20 blind certificate set.

A certificate is described as a document dict:
  {"orient": "portrait"|"landscape", "align": "center"|"left", "font": "Helvetica"|"Times",
   "border": bool, "seal": str|None, "blocks": [...]}
Blocks:
  {"t":"p", "text", "size", "b", "i", "al", "field"}   paragraph (wraps)
  {"t":"kv", "rows":[(label, value)], "lw"}           two-column label/value
  {"t":"cols", "cols":[(label, value)]}              labels above values
  {"t":"table", "head":[...], "rows":[[...]]}         small grid table
  {"t":"sig", "sigs":[(name, title)]}                 signature block
  {"t":"sp", "h"}                                     vertical space (pt)
  {"t":"pb"}                                          page break
Each producer turns the same description into a PDF with its own tool.
"""
import html, json, os, shutil, subprocess, tempfile
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, ".profiles")

LETTER = (612.0, 792.0)


def page_size(doc):
    w, h = LETTER
    return (h, w) if doc.get("orient") == "landscape" else (w, h)


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s %s" % (cmd[0], r.stdout[-800:], r.stderr[-800:]))
    return r


# ---------------------------------------------------------------- HTML (Chromium, tcpdf)
def to_html(doc, for_tcpdf=False):
    al = doc.get("align", "center")
    fam = "Georgia, 'DejaVu Serif', serif" if doc.get("font") == "Times" else "'Liberation Sans', Arial, sans-serif"
    w, h = page_size(doc)
    out = []
    for b in doc["blocks"]:
        t = b["t"]
        if t == "p":
            style = "font-size:%spt;text-align:%s;margin:0 0 %spt 0;" % (b.get("size", 12), b.get("al") or al, b.get("after", 6))
            if b.get("b"): style += "font-weight:bold;"
            if b.get("i"): style += "font-style:italic;"
            if b.get("ls"): style += "letter-spacing:%spt;" % b["ls"]
            if b.get("color") and not for_tcpdf: style += "color:%s;" % b["color"]
            out.append('<p style="%s">%s</p>' % (style, html.escape(b["text"]).replace("\n", "<br/>")))
        elif t == "kv":
            rows = "".join('<tr><td style="font-weight:bold;width:%s;vertical-align:top;padding:3pt 8pt 3pt 0;">%s</td><td style="padding:3pt 0;">%s</td></tr>'
                           % ("35%" if for_tcpdf else "%spt" % b.get("lw", 150), html.escape(k), html.escape(v)) for k, v in b["rows"])
            out.append('<table style="margin:6pt 0 10pt 0;border-collapse:collapse;font-size:%spt;" %s>%s</table>' % (b.get("size", 12), 'width="100%"' if for_tcpdf else "", rows))
        elif t == "cols":
            n = len(b["cols"])
            labs = "".join('<td style="font-size:8.5pt;color:#555;text-transform:none;border-bottom:1px solid #999;padding:2pt 6pt;">%s</td>' % html.escape(k) for k, v in b["cols"])
            vals = "".join('<td style="font-size:%spt;padding:4pt 6pt;">%s</td>' % (b.get("size", 12), html.escape(v)) for k, v in b["cols"])
            out.append('<table style="width:100%%;border-collapse:collapse;margin:8pt 0 12pt 0;" width="100%%" cellpadding="3"><tr>%s</tr><tr>%s</tr></table>' % (labs, vals))
        elif t == "table":
            hd = "".join('<th style="border:1px solid #444;background:#e8e8e8;padding:3pt 6pt;font-size:10pt;">%s</th>' % html.escape(c) for c in b["head"])
            rs = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #444;padding:3pt 6pt;font-size:10pt;">%s</td>' % html.escape(c) for c in r) for r in b["rows"])
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse;margin:8pt auto 12pt auto;width:100%%;" width="100%%"><tr>%s</tr>%s</table>' % (hd, rs))
        elif t == "sig":
            cells = "".join('<td style="text-align:center;padding:0 14pt;vertical-align:top;"><div style="border-top:1px solid #000;padding-top:3pt;font-size:10pt;">%s<br/><span style="font-size:8.5pt;font-style:italic;">%s</span></div></td>'
                            % (html.escape(n), html.escape(tt)) for n, tt in b["sigs"])
            if for_tcpdf:
                cells = "".join('<td align="center">______________________________<br/>%s<br/><i>%s</i></td>' % (html.escape(n), html.escape(tt)) for n, tt in b["sigs"])
            out.append('<table style="width:100%%;margin-top:18pt;" width="100%%" cellpadding="4"><tr>%s</tr></table>' % cells)
        elif t == "sp":
            out.append('<div style="height:%spt;"></div>' % b.get("h", 12) if not for_tcpdf else "<br/>" * max(1, int(b.get("h", 12) / 12)))
        elif t == "pb":
            out.append('<div style="page-break-after:always;"></div>' if not for_tcpdf else "<!--PB-->")
    body = "\n".join(out)
    if for_tcpdf:
        return body
    border = ""
    if doc.get("border"):
        border = "border:%s;outline:1px solid %s;outline-offset:-22pt;" % ("6px double %s" % doc.get("color", "#1f3a5f"), doc.get("color", "#1f3a5f"))
    seal = ""
    if doc.get("seal"):
        seal = ('<div style="position:absolute;right:60pt;bottom:60pt;width:80pt;height:80pt;border-radius:50%%;border:3px solid #b08d2e;'
                'color:#b08d2e;font-size:8pt;display:flex;align-items:center;justify-content:center;text-align:center;">%s</div>' % html.escape(doc["seal"]))
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: %spt %spt; margin: 0 }
html,body { margin:0; padding:0; }
.page { position:relative; box-sizing:border-box; width:%spt; min-height:%spt; padding:48pt 60pt; font-family:%s; %s }
</style></head><body><div class="page">%s%s</div></body></html>""" % (w, h, w, h, fam, border, body, seal)


def build_chromium(doc, out_pdf):
    tmp = tempfile.mkdtemp(dir=PROFILES)
    src = os.path.join(tmp, "cert.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(to_html(doc))
    run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + os.path.join(PROFILES, "chromium"),
         "--no-pdf-header-footer", "--print-to-pdf=" + out_pdf, "file://" + src], timeout=120)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- tcpdf / fpdf (PHP)
def build_php(doc, out_pdf, which):
    tmp = tempfile.mkdtemp(dir=PROFILES)
    spec = dict(doc)
    if which == "tcpdf":
        spec["html_pages"] = to_html(doc, for_tcpdf=True).split("<!--PB-->")
    js = os.path.join(tmp, "spec.json")
    with open(js, "w", encoding="utf-8") as f:
        json.dump(spec, f)
    run(["php", os.path.join(HERE, "engine_%s.php" % which), js, out_pdf], timeout=120)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- LibreOffice: FODT and DOCX
def _soffice(src, out_pdf):
    outdir = os.path.dirname(src)
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(PROFILES, "lo"), "--headless", "--convert-to", "pdf", "--outdir", outdir, src], timeout=180)
    shutil.move(os.path.splitext(src)[0] + ".pdf", out_pdf)


def to_fodt(doc):
    w, h = page_size(doc)
    al = doc.get("align", "center")
    fam = "Liberation Serif" if doc.get("font") == "Times" else "Liberation Sans"
    pstyles = {}
    def ps(size, b=False, i=False, a=None, after=6, ls=None):
        key = (size, b, i, a or al, after, ls)
        if key not in pstyles:
            pstyles[key] = "P%d" % (len(pstyles) + 1)
        return pstyles[key]
    body = []
    tcount = [0]
    def cellp(text, size, b=False, i=False, a="start"):
        return '<text:p text:style-name="%s">%s</text:p>' % (ps(size, b, i, a, 2), xesc(text))
    for blk in doc["blocks"]:
        t = blk["t"]
        if t == "p":
            a = blk.get("al") or al
            lines = blk["text"].split("\n")
            body.append('<text:p text:style-name="%s">%s</text:p>' % (ps(blk.get("size", 12), blk.get("b"), blk.get("i"), a, blk.get("after", 6), blk.get("ls")),
                        "<text:line-break/>".join(xesc(x) for x in lines)))
        elif t in ("kv", "cols", "table", "sig"):
            tcount[0] += 1
            tn = "T%d" % tcount[0]
            if t == "kv":
                rows = "".join("<table:table-row><table:table-cell>%s</table:table-cell><table:table-cell>%s</table:table-cell></table:table-row>"
                               % (cellp(k, blk.get("size", 12), True), cellp(v, blk.get("size", 12))) for k, v in blk["rows"])
                body.append('<table:table table:name="%s" table:style-name="TKV"><table:table-column table:style-name="CKV1"/><table:table-column table:style-name="CKV2"/>%s</table:table>' % (tn, rows))
            elif t == "cols":
                n = len(blk["cols"])
                r1 = "".join('<table:table-cell table:style-name="CLAB">%s</table:table-cell>' % cellp(k, 8.5, False, False, "start") for k, v in blk["cols"])
                r2 = "".join("<table:table-cell>%s</table:table-cell>" % cellp(v, blk.get("size", 12), False, False, "start") for k, v in blk["cols"])
                body.append('<table:table table:name="%s" table:style-name="TKV"><table:table-column table:number-columns-repeated="%d"/><table:table-row>%s</table:table-row><table:table-row>%s</table:table-row></table:table>' % (tn, n, r1, r2))
            elif t == "table":
                n = len(blk["head"])
                hd = "".join('<table:table-cell table:style-name="CGRIDH">%s</table:table-cell>' % cellp(c, 10, True, False, "center") for c in blk["head"])
                rs = "".join("<table:table-row>%s</table:table-row>" % "".join('<table:table-cell table:style-name="CGRID">%s</table:table-cell>' % cellp(c, 10, False, False, "center") for c in r) for r in blk["rows"])
                body.append('<table:table table:name="%s" table:style-name="TKV"><table:table-column table:number-columns-repeated="%d"/><table:table-row>%s</table:table-row>%s</table:table>' % (tn, n, hd, rs))
            else:
                n = len(blk["sigs"])
                r = "".join('<table:table-cell table:style-name="CSIG">%s%s</table:table-cell>' % (cellp(nm, 10, False, False, "center"), cellp(tt, 8.5, False, True, "center")) for nm, tt in blk["sigs"])
                body.append('<table:table table:name="%s" table:style-name="TSIG"><table:table-column table:number-columns-repeated="%d"/><table:table-row>%s</table:table-row></table:table>' % (tn, n, r))
        elif t == "sp":
            body.append('<text:p text:style-name="%s"/>' % ps(max(2, blk.get("h", 12) * 0.8)))
        elif t == "pb":
            body.append('<text:p text:style-name="PBREAK"/>')
    auto = []
    for (size, b, i, a, after, ls), name in pstyles.items():
        ta = {"center": "center", "left": "start", "start": "start", "right": "end"}.get(a, a)
        auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" fo:margin-top="0pt" fo:margin-bottom="%spt"/>'
                    '<style:text-properties style:font-name="%s" fo:font-size="%spt"%s%s%s/></style:style>'
                    % (name, ta, after, fam, size, ' fo:font-weight="bold"' if b else "", ' fo:font-style="italic"' if i else "", ' fo:letter-spacing="%spt"' % ls if ls else ""))
    border = ' fo:border="4.5pt double #1f3a5f" fo:padding="18pt"' if doc.get("border") else ""
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="%(fam)s" svg:font-family="'%(fam)s'"/></office:font-face-decls>
<office:styles/>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="%(w)spt" fo:page-height="%(h)spt" style:print-orientation="%(orient)s"
 fo:margin-top="36pt" fo:margin-bottom="36pt" fo:margin-left="42pt" fo:margin-right="42pt"%(border)s/></style:page-layout>
<style:style style:name="TKV" style:family="table"><style:table-properties style:width="%(tw)spt" table:align="center" fo:margin-top="6pt" fo:margin-bottom="10pt"/></style:style>
<style:style style:name="TSIG" style:family="table"><style:table-properties style:width="%(tw)spt" table:align="center" fo:margin-top="30pt"/></style:style>
<style:style style:name="CKV1" style:family="table-column"><style:table-column-properties style:column-width="%(c1)spt"/></style:style>
<style:style style:name="CKV2" style:family="table-column"><style:table-column-properties style:column-width="%(c2)spt"/></style:style>
<style:style style:name="CLAB" style:family="table-cell"><style:table-cell-properties fo:border-bottom="0.5pt solid #888888" fo:padding="2pt"/></style:style>
<style:style style:name="CGRID" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="3pt"/></style:style>
<style:style style:name="CGRIDH" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="3pt" fo:background-color="#e6e6e6"/></style:style>
<style:style style:name="CSIG" style:family="table-cell"><style:table-cell-properties fo:border-top="0.5pt solid #000000" fo:padding="3pt"/></style:style>
<style:style style:name="PBREAK" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
%(auto)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>""" % dict(fam=fam, w=w, h=h, orient=doc.get("orient", "portrait"), border=border, tw=w - 84 - (40 if doc.get("border") else 0),
                                                     c1=150, c2=w - 84 - 150 - (40 if doc.get("border") else 0), auto="\n".join(auto), body="\n".join(body))


def build_fodt(doc, out_pdf):
    tmp = tempfile.mkdtemp(dir=PROFILES)
    src = os.path.join(tmp, "cert.fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(to_fodt(doc))
    _soffice(src, out_pdf)
    shutil.rmtree(tmp, ignore_errors=True)


def build_docx(doc, out_pdf):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    w, h = page_size(doc)
    if doc.get("orient") == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Pt(w), Pt(h)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Pt(54))
    sec.top_margin = sec.bottom_margin = Pt(40)
    if doc.get("border"):
        pg = OxmlElement("w:pgBorders")
        pg.set(qn("w:offsetFrom"), "page")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "thinThickSmallGap"); e.set(qn("w:sz"), "24"); e.set(qn("w:space"), "24"); e.set(qn("w:color"), "7A1F2B")
            pg.append(e)
        sec._sectPr.append(pg)
    fam = "Liberation Serif" if doc.get("font") == "Times" else "Liberation Sans"
    st = d.styles["Normal"]; st.font.name = fam; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    AL = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}
    al = doc.get("align", "center")

    def para(container, text, size=11, b=False, i=False, a="left", after=4):
        p = container.add_paragraph() if hasattr(container, "add_paragraph") else container
        p.alignment = AL[a]
        p.paragraph_format.space_after = Pt(after)
        lines = text.split("\n")
        for k, ln in enumerate(lines):
            r = p.add_run(ln); r.bold = bool(b); r.italic = bool(i); r.font.size = Pt(size); r.font.name = fam
            if k < len(lines) - 1:
                r.add_break()
        return p

    def cell(c, text, size=11, b=False, i=False, a="left"):
        p = c.paragraphs[0]
        para(p, text, size, b, i, a, 0)

    for blk in doc["blocks"]:
        t = blk["t"]
        if t == "p":
            para(d, blk["text"], blk.get("size", 12), blk.get("b"), blk.get("i"), blk.get("al") or al, blk.get("after", 6))
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            for k, v in blk["rows"]:
                r = tb.add_row().cells
                cell(r[0], k, blk.get("size", 11), True); cell(r[1], v, blk.get("size", 11))
                r[0].width = Pt(blk.get("lw", 150)); r[1].width = Pt(w - 108 - blk.get("lw", 150))
            d.add_paragraph()
        elif t == "cols":
            n = len(blk["cols"])
            tb = d.add_table(rows=2, cols=n)
            for j, (k, v) in enumerate(blk["cols"]):
                cell(tb.rows[0].cells[j], k, 8.5, False, True); cell(tb.rows[1].cells[j], v, blk.get("size", 12))
            d.add_paragraph()
        elif t == "table":
            tb = d.add_table(rows=1, cols=len(blk["head"])); tb.style = "Table Grid"
            for j, c in enumerate(blk["head"]):
                cell(tb.rows[0].cells[j], c, 10, True, False, "center")
            for row in blk["rows"]:
                r = tb.add_row().cells
                for j, c in enumerate(row):
                    cell(r[j], c, 10, False, False, "center")
            d.add_paragraph()
        elif t == "sig":
            tb = d.add_table(rows=3, cols=len(blk["sigs"]))
            for j, (nm, tt) in enumerate(blk["sigs"]):
                cell(tb.rows[0].cells[j], "______________________________", 10, a="center")
                cell(tb.rows[1].cells[j], nm, 10, a="center")
                cell(tb.rows[2].cells[j], tt, 8.5, i=True, a="center")
        elif t == "sp":
            p = d.add_paragraph(); p.paragraph_format.space_after = Pt(blk.get("h", 12))
        elif t == "pb":
            d.add_page_break()
    tmp = tempfile.mkdtemp(dir=PROFILES)
    src = os.path.join(tmp, "cert.docx")
    d.save(src)
    _soffice(src, out_pdf)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- flow layout for ReportLab canvas / AcroForm / PostScript
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
         "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")}


def fontname(doc, b=False, i=False):
    f = FONTS[doc.get("font", "Helvetica")]
    return f[(1 if b else 0) + (2 if i else 0)]


def wrap(text, font, size, width):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split(" "):
            trial = (cur + " " + word) if cur else word
            if stringWidth(trial, font, size) <= width or not cur:
                cur = trial
            else:
                lines.append(cur); cur = word
        lines.append(cur)
    return lines


class Flow:
    """Lays blocks out top-down and calls backend primitives."""

    def __init__(self, doc, be):
        self.doc, self.be = doc, be
        self.W, self.H = page_size(doc)
        self.m = 66 if doc.get("border") else 54

    def frame(self):
        d, be = self.doc, self.be
        if d.get("border"):
            be.rect(24, 24, self.W - 48, self.H - 48, 3)
            be.rect(32, 32, self.W - 64, self.H - 64, 0.8)
        if d.get("seal"):
            be.circle(self.W - 110, 100, 42, 2)
            be.circle(self.W - 110, 100, 36, 0.6)
            be.text(self.W - 110, 97, d["seal"], fontname(d, True), 7, "center")

    def render(self):
        d, be = self.doc, self.be
        self.frame()
        x0, x1 = self.m, self.W - self.m
        width = x1 - x0
        y = self.H - self.m - 6
        al = d.get("align", "center")
        for blk in d["blocks"]:
            t = blk["t"]
            if t == "p":
                size = blk.get("size", 12)
                f = fontname(d, blk.get("b"), blk.get("i"))
                a = blk.get("al") or al
                lines = wrap(blk["text"], f, size, width)
                if blk.get("field") and getattr(be, "forms", False):
                    be.field(blk["field"], x0, y - size * 1.25 * len(lines) - 2, width, size * 1.25 * len(lines), blk["text"], f, size, a, len(lines) > 1)
                    y -= size * 1.25 * len(lines)
                else:
                    for ln in lines:
                        y -= size * 1.05
                        be.text(x0 if a == "left" else (x1 if a == "right" else (x0 + x1) / 2), y, ln, f, size, a)
                        y -= size * 0.2
                y -= blk.get("after", 6)
            elif t == "kv":
                size = blk.get("size", 11)
                lw = blk.get("lw", 150)
                for k, v in blk["rows"]:
                    y -= size * 1.05
                    be.text(x0, y, k, fontname(d, True), size, "left")
                    vl = wrap(v, fontname(d), size, width - lw)
                    if blk.get("fields") and getattr(be, "forms", False):
                        be.field("kv_" + k.strip(":").replace(" ", "_").replace(".", ""), x0 + lw, y - 4 - size * 1.3 * (len(vl) - 1), width - lw, size * 1.3 * len(vl), v, fontname(d), size, "left", len(vl) > 1)
                        y -= size * 1.3 * (len(vl) - 1)
                    else:
                        for j, ln in enumerate(vl):
                            if j:
                                y -= size * 1.25
                            be.text(x0 + lw, y, ln, fontname(d), size, "left")
                    y -= size * 0.6
                y -= 8
            elif t == "cols":
                n = len(blk["cols"])
                cw = width / n
                size = blk.get("size", 12)
                y -= 10
                for j, (k, v) in enumerate(blk["cols"]):
                    cx = x0 + j * cw
                    be.text(cx + 2, y, k, fontname(d, False, True), 8.5, "left")
                    be.line(cx + 2, y - 4, cx + cw - 10, y - 4, 0.5)
                    if blk.get("fields") and getattr(be, "forms", False):
                        be.field("col_%d" % j, cx + 2, y - 8 - size * 1.4, cw - 12, size * 1.4, v, fontname(d), size, "left", False)
                    else:
                        be.text(cx + 2, y - 8 - size * 1.1, v, fontname(d), size, "left")
                y -= 8 + size * 1.4 + 14
            elif t == "table":
                n = len(blk["head"])
                cws = blk.get("widths") or [width / n] * n
                tw = sum(cws)
                tx = x0 + (width - tw) / 2
                rh = 18
                y -= 6
                allrows = [blk["head"]] + blk["rows"]
                top = y
                for r, row in enumerate(allrows):
                    cx = tx
                    for j, c in enumerate(row):
                        be.text(cx + cws[j] / 2, y - 12.5, c, fontname(d, r == 0), 9.5, "center")
                        cx += cws[j]
                    y -= rh
                for r in range(len(allrows) + 1):
                    be.line(tx, top - r * rh, tx + tw, top - r * rh, 0.6)
                cx = tx
                for j in range(n + 1):
                    be.line(cx, top, cx, y, 0.6)
                    if j < n:
                        cx += cws[j]
                y -= 14
            elif t == "sig":
                n = len(blk["sigs"])
                cw = width / n
                y -= 34
                for j, (nm, tt) in enumerate(blk["sigs"]):
                    cx = x0 + j * cw + cw / 2
                    be.line(cx - min(95, cw / 2 - 10), y, cx + min(95, cw / 2 - 10), y, 0.7)
                    be.text(cx, y - 12, nm, fontname(d), 10, "center")
                    be.text(cx, y - 23, tt, fontname(d, False, True), 8.5, "center")
                y -= 36
            elif t == "sp":
                y -= blk.get("h", 12)
            elif t == "pb":
                be.newpage()
                self.frame()
                y = self.H - self.m - 6


class RLBackend:
    def __init__(self, path, doc, forms=False):
        from reportlab.pdfgen import canvas
        self.c = canvas.Canvas(path, pagesize=page_size(doc))
        self.c.setTitle("Certificate")
        self.forms = forms
        self.color = doc.get("color")

    def text(self, x, y, s, font, size, align):
        c = self.c
        c.setFont(font, size)
        if align == "center":
            c.drawCentredString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)

    def line(self, a, b, cc, d, w):
        self.c.setLineWidth(w); self.c.line(a, b, cc, d)

    def rect(self, x, y, w, h, lw):
        from reportlab.lib.colors import HexColor
        self.c.setStrokeColor(HexColor(self.color or "#1f3a5f")); self.c.setLineWidth(lw); self.c.rect(x, y, w, h)
        self.c.setStrokeColor(HexColor("#000000"))

    def circle(self, x, y, r, lw):
        self.c.setLineWidth(lw); self.c.circle(x, y, r)

    def field(self, name, x, y, w, h, value, font, size, align, multiline):
        """One single-line text field per wrapped line; the field box is fitted to the text so no /Q is needed."""
        if not self.forms:
            raise RuntimeError("field in non-form document")
        from reportlab.lib.colors import white, black
        lines = wrap(value, font, size, w) if multiline else [value]
        lh = h / max(1, len(lines))
        for k, ln in enumerate(lines):
            sw = stringWidth(ln, font, size) + 6
            fx = x if align == "left" else (x + (w - sw) / 2 if align == "center" else x + w - sw)
            fy = y + h - (k + 1) * lh
            self.c.acroForm.textfield(name="%s_%d" % (name, k + 1) if len(lines) > 1 else name, value=ln, x=fx - 2, y=fy, width=sw, height=lh,
                                      fontName=font, fontSize=size, borderWidth=0, borderColor=white, fillColor=white, textColor=black,
                                      forceBorder=False, relative=False, maxlen=None)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.showPage(); self.c.save()


def build_canvas(doc, out_pdf):
    be = RLBackend(out_pdf, doc)
    Flow(doc, be).render()
    be.save()


def build_acroform(doc, out_pdf):
    tmp = tempfile.mkdtemp(dir=PROFILES)
    raw = os.path.join(tmp, "form.pdf")
    be = RLBackend(raw, doc, forms=True)
    Flow(doc, be).render()
    be.save()
    r = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", raw, out_pdf], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode not in (0, 3):  # 3 = succeeded with warnings (ReportLab writes a duplicate /Font key)
        raise RuntimeError("qpdf failed: %s" % r.stderr[-800:])
    shutil.rmtree(tmp, ignore_errors=True)


class PSBackend:
    def __init__(self, doc):
        self.W, self.H = page_size(doc)
        self.out = ["%!PS-Adobe-3.0", "%%%%BoundingBox: 0 0 %d %d" % (self.W, self.H), "%%Pages: (atend)", "%%EndComments",
                    "<< /PageSize [%d %d] >> setpagedevice" % (self.W, self.H),
                    "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } bind def"]
        for fam in FONTS.values():
            for f in fam:
                self.out.append("/%s-L1 /%s reenc" % (f, f))
        self.out.append("/ctr { dup stringwidth pop 2 div neg 0 rmoveto show } bind def")
        self.out.append("/rgt { dup stringwidth pop neg 0 rmoveto show } bind def")
        self.page = 1
        self.out.append("%%Page: 1 1")

    @staticmethod
    def ps_str(s):
        s = s.replace("\u2022", "\u00b7").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u2122", "(TM)")
        o = []
        for ch in s:
            c = ord(ch)
            if ch == "-":
                o.append("\\255")  # /hyphen (ISOLatin1 0x2D is /minus)
            elif ch in "()\\":
                o.append("\\" + ch)
            elif 32 <= c < 127:
                o.append(ch)
            elif c < 256:
                o.append("\\%03o" % c)
            else:
                raise ValueError("char not in Latin-1: %r" % ch)
        return "(" + "".join(o) + ")"

    def text(self, x, y, s, font, size, align):
        op = {"center": "ctr", "right": "rgt"}.get(align, "show")
        self.out.append("/%s-L1 findfont %s scalefont setfont %.2f %.2f moveto %s %s" % (font, size, x, y, self.ps_str(s), op))

    def line(self, a, b, c, d, w):
        self.out.append("newpath %.2f setlinewidth %.2f %.2f moveto %.2f %.2f lineto stroke" % (w, a, b, c, d))

    def rect(self, x, y, w, h, lw):
        self.out.append("newpath %.2f setlinewidth 0.45 0.12 0.17 setrgbcolor %.2f %.2f %.2f %.2f rectstroke 0 setgray" % (lw, x, y, w, h))

    def circle(self, x, y, r, lw):
        self.out.append("newpath %.2f setlinewidth %.2f %.2f %.2f 0 360 arc stroke" % (lw, x, y, r))

    def field(self, *a):
        raise RuntimeError("no fields in PS")

    def newpage(self):
        self.page += 1
        self.out.append("showpage")
        self.out.append("%%%%Page: %d %d" % (self.page, self.page))


def build_ps(doc, out_pdf):
    be = PSBackend(doc)
    Flow(doc, be).render()
    be.out += ["showpage", "%%Trailer", "%%%%Pages: %d" % be.page, "%%EOF"]
    tmp = tempfile.mkdtemp(dir=PROFILES)
    src = os.path.join(tmp, "cert.ps")
    with open(src, "w", encoding="latin-1") as f:
        f.write("\n".join(be.out) + "\n")
    w, h = page_size(doc)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dDEVICEWIDTHPOINTS=%d" % w, "-dDEVICEHEIGHTPOINTS=%d" % h,
         "-dFIXEDMEDIA", "-sOutputFile=" + out_pdf, src])
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- ReportLab Platypus
def build_platypus(doc, out_pdf):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib import colors
    W, H = page_size(doc)
    m = 66 if doc.get("border") else 54
    AL = {"center": TA_CENTER, "left": TA_LEFT, "right": TA_RIGHT}
    al = doc.get("align", "center")
    story = []
    esc = lambda s: xesc(s).replace("\n", "<br/>")
    def sty(size, b=False, i=False, a="left", after=6):
        return ParagraphStyle("s", fontName=fontname(doc, b, i), fontSize=size, leading=size * 1.25, alignment=AL[a], spaceAfter=after)
    width = W - 2 * m
    for blk in doc["blocks"]:
        t = blk["t"]
        if t == "p":
            story.append(Paragraph(esc(blk["text"]), sty(blk.get("size", 12), blk.get("b"), blk.get("i"), blk.get("al") or al, blk.get("after", 6))))
        elif t == "kv":
            lw = blk.get("lw", 150)
            data = [[Paragraph(esc(k), sty(blk.get("size", 11), True)), Paragraph(esc(v), sty(blk.get("size", 11)))] for k, v in blk["rows"]]
            tb = Table(data, colWidths=[lw, width - lw], hAlign="LEFT")
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            story += [tb, Spacer(1, 8)]
        elif t == "cols":
            n = len(blk["cols"])
            data = [[Paragraph(esc(k), sty(8.5, False, True)) for k, v in blk["cols"]], [Paragraph(esc(v), sty(blk.get("size", 12))) for k, v in blk["cols"]]]
            tb = Table(data, colWidths=[width / n] * n)
            tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 6), tb, Spacer(1, 10)]
        elif t == "table":
            data = [[Paragraph(esc(c), sty(9.5, True, False, "center")) for c in blk["head"]]] + [[Paragraph(esc(c), sty(9.5, False, False, "center")) for c in r] for r in blk["rows"]]
            tb = Table(data, colWidths=blk.get("widths"))
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [Spacer(1, 6), tb, Spacer(1, 12)]
        elif t == "sig":
            n = len(blk["sigs"])
            data = [["" for _ in blk["sigs"]], [Paragraph(esc(nm) + "<br/><i><font size=8.5>" + esc(tt) + "</font></i>", sty(10, a="center")) for nm, tt in blk["sigs"]]]
            tb = Table(data, colWidths=[width / n] * n, rowHeights=[30, None])
            tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 18), ("RIGHTPADDING", (0, 0), (-1, -1), 18)]))
            story += [Spacer(1, 10), tb]
        elif t == "sp":
            story.append(Spacer(1, blk.get("h", 12)))
        elif t == "pb":
            story.append(PageBreak())

    def deco(c, _d):
        c.saveState()
        if doc.get("border"):
            c.setStrokeColor(colors.HexColor(doc.get("color", "#2d5a27"))); c.setLineWidth(4); c.rect(22, 22, W - 44, H - 44)
            c.setLineWidth(1); c.rect(30, 30, W - 60, H - 60)
        if doc.get("seal"):
            c.setStrokeColor(colors.HexColor("#a0802a")); c.setLineWidth(2); c.circle(W - 105, 95, 40)
            c.setFont("Helvetica-Bold", 7); c.setFillColor(colors.HexColor("#a0802a")); c.drawCentredString(W - 105, 92, doc["seal"])
        if doc.get("footer"):
            c.setFont("Helvetica", 7.5); c.setFillColor(colors.grey); c.drawCentredString(W / 2, 36, doc["footer"])
        c.restoreState()
    SimpleDocTemplate(out_pdf, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=m - 10, bottomMargin=m, title="Certificate").build(story, onFirstPage=deco, onLaterPages=deco)


BUILDERS = {"chromium": build_chromium, "fodt": build_fodt, "docx": build_docx, "fpdf": lambda d, o: build_php(d, o, "fpdf"),
            "tcpdf": lambda d, o: build_php(d, o, "tcpdf"), "canvas": build_canvas, "platypus": build_platypus,
            "acroform": build_acroform, "ghostscript": build_ps}


def build(doc, producer, out_pdf):
    os.makedirs(PROFILES, exist_ok=True)
    BUILDERS[producer](doc, out_pdf)
