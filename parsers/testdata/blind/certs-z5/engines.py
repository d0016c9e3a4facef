# -*- coding: utf-8 -*-
"""Rendering engines for the certificate block model (see certs.py).

Positioned producers (ReportLab canvas, AcroForm, Ghostscript PostScript, fpdf, tcpdf)
share one layout routine that emits drawing ops; flow producers (Chromium HTML,
LibreOffice .fodt, python-docx .docx, ReportLab Platypus) build documents from the blocks.
"""
import html
import json
import os
import subprocess
from xml.sax.saxutils import escape as xesc

from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth, registerFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
PROFILES = os.path.join(HERE, ".profiles")

DJ = "/usr/share/fonts/truetype/dejavu/"
for nm, f in [("DJ-R", "DejaVuSans.ttf"), ("DJ-B", "DejaVuSans-Bold.ttf"), ("DJ-I", "DejaVuSans-Oblique.ttf")]:
    registerFont(TTFont(nm, DJ + f))

FAMILIES = {
    "helv": {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"},
    "times": {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"},
    "dejavu": {"R": "DJ-R", "B": "DJ-B", "I": "DJ-I"},
}


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split(" "))


def pagesize(doc):
    return landscape(letter) if doc["orient"] == "L" else letter


# ------------------------------------------------------------------ positioned layout
def wrap(s, font, size, maxw):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout(doc, family):
    for sc in (1.0, 0.92, 0.85, 0.78, 0.72, 0.66):
        pages, ok = _layout(doc, family, sc)
        if ok:
            return _vcenter(doc, pages)
    return pages


def _vcenter(doc, pages):
    """Shift a single-page layout down so the content sits in the middle of the page."""
    if len(pages) != 1:
        return pages
    ys = [op[2] for op in pages[0] if op[0] == "text"]
    bottom = 128 if doc.get("seal") else 56
    dy = max(0, (min(ys) - bottom) / 2 - 6)
    out = []
    for op in pages[0]:
        if op[0] == "text":
            op = (op[0], op[1], op[2] - dy) + tuple(op[3:])
        elif op[0] == "line":
            op = (op[0], op[1], op[2] - dy, op[3], op[4] - dy, op[5])
        elif op[0] == "rect" and op[1] > 40:
            op = (op[0], op[1], op[2] - dy, op[3], op[4], op[5])
        out.append(op)
    return [out]


def _layout(doc, family, sc):
    F = FAMILIES[family]
    W, H = pagesize(doc)
    center = doc["align"] == "C"
    L, R = 72, W - 72
    CW = R - L
    bottom = 128 if doc.get("seal") else 56
    pages, ops = [], []
    ok = [True]

    def newpage():
        if doc.get("border"):
            ops.append(("rect", 24, 24, W - 48, H - 48, 2.2))
            ops.append(("rect", 31, 31, W - 62, H - 62, 0.6))
        if doc.get("seal"):
            ops.append(("seal", W - 96, 86, 34, doc["seal"]))

    newpage()
    y = [H - 82]

    def line(s, fk, size, x=None, role=None, anchor=None, gap=1.32):
        font = F[fk]
        size = size * sc
        w = stringWidth(s, font, size)
        if x is None:
            x = (W - w) / 2 if center else L
        elif anchor == "C":
            x = x - w / 2
        y[0] -= size
        ops.append(("text", x, y[0], s, fk, size, role))
        y[0] -= size * (gap - 1)
        return w

    def para(s, fk, size, role=None, maxw=None, gap=1.32):
        for ln in wrap(s, F[fk], size * sc, maxw or CW):
            line(ln, fk, size, role=role, gap=gap)

    blocks = doc["blocks"]
    for b in blocks:
        k = b[0]
        if k == "page":
            if y[0] < bottom:
                ok[0] = False
            pages.append(ops)
            ops = []
            newpage()
            y[0] = H - 82
            continue
        if k == "issuer":
            para(b[1], "B", 15)
            y[0] -= 2
        elif k == "sub":
            para(b[1], "R", 10.5)
        elif k == "h1":
            y[0] -= 8 * sc
            para(b[1], "B", 27 if doc["orient"] == "P" else 30)
            y[0] -= 6 * sc
        elif k == "p":
            para(b[1], "R", 12)
            y[0] -= 3 * sc
        elif k in ("name", "spaced"):
            y[0] -= 6 * sc
            s = spaced(b[1]) if k == "spaced" else b[1]
            w = line(s, "B", 24 if k == "name" else 19, role="field")
            if center:
                ops.append(("line", W / 2 - max(w, 200) / 2 - 10, y[0] + 4, W / 2 + max(w, 200) / 2 + 10, y[0] + 4, 0.6))
            y[0] -= 10 * sc
        elif k == "fmt":
            para(b[1], "I", 13)
            y[0] -= 3 * sc
        elif k == "title":
            y[0] -= 2 * sc
            para(b[1], "B", 16, role="field", maxw=CW * 0.88)
            y[0] -= 5 * sc
        elif k == "kv":
            size = 11.5 * sc
            lw = max(stringWidth(l, F["B"], size) for l, v in b[1]) + 12
            bw = min(CW, 470, lw + max(stringWidth(v, F["R"], size) for l, v in b[1]) + 4)
            x0 = (W - bw) / 2 if center else L
            y[0] -= 3 * sc
            for l, v in b[1]:
                vl = wrap(v, F["R"], size, bw - lw)
                y[0] -= size
                ops.append(("text", x0, y[0], l, "B", size, None))
                for i, s in enumerate(vl):
                    if i:
                        y[0] -= size
                    ops.append(("text", x0 + lw, y[0], s, "R", size, "field"))
                    y[0] -= size * 0.38
            y[0] -= 6 * sc
        elif k == "cols":
            labels, vals = b[1], b[2]
            bw = min(CW, 480)
            x0 = (W - bw) / 2 if center else L
            n = len(labels)
            cw = bw / n
            y[0] -= 6 * sc
            ls, vs = 9 * sc, 12.5 * sc
            y[0] -= ls
            for i, l in enumerate(labels):
                ops.append(("text", x0 + i * cw, y[0], l.upper(), "R", ls, None))
            y[0] -= 5 * sc
            maxl = 1
            wrapped = [wrap(v, F["B"], vs, cw - 10) for v in vals]
            for i, vl in enumerate(wrapped):
                for j, s in enumerate(vl):
                    ops.append(("text", x0 + i * cw, y[0] - vs - j * vs * 1.3, s, "B", vs, "field"))
                maxl = max(maxl, len(vl))
            y[0] -= vs + (maxl - 1) * vs * 1.3 + 5 * sc
            for i in range(n):
                ops.append(("line", x0 + i * cw, y[0], x0 + (i + 1) * cw - 12, y[0], 0.5))
            y[0] -= 8 * sc
        elif k == "table":
            hdr, rows = b[1], b[2]
            size = 10 * sc
            bw = min(CW, 490)
            x0 = (W - bw) / 2 if center else L
            lens = [max(len(r[i]) for r in [hdr] + rows) + 6 for i in range(len(hdr))]
            tot = sum(lens)
            cws = [bw * l / tot for l in lens]
            y[0] -= 6 * sc
            top = y[0]
            ops.append(("line", x0, y[0], x0 + bw, y[0], 0.8))
            for ri, r in enumerate([hdr] + rows):
                fk = "B" if ri == 0 or r[1:2] == ["Total"] else "R"
                cells = [wrap(c, F[fk], size, cws[i] - 8) for i, c in enumerate(r)]
                nl = max(len(c) for c in cells)
                xx = x0
                for i, c in enumerate(cells):
                    for j, s in enumerate(c):
                        ops.append(("text", xx + 4, y[0] - size - 3 - j * size * 1.25, s, fk, size, None))
                    xx += cws[i]
                y[0] -= size + 6 + (nl - 1) * size * 1.25
                ops.append(("line", x0, y[0], x0 + bw, y[0], 0.8 if ri == 0 else 0.4))
            xx = x0
            for cwi in cws[:-1]:
                xx += cwi
                ops.append(("line", xx, top, xx, y[0], 0.4))
            ops.append(("rect", x0, y[0], bw, top - y[0], 0.8))
            y[0] -= 10 * sc
        elif k == "small":
            y[0] -= 2 * sc
            para(b[1], "R", 8.5, gap=1.25)
            y[0] -= 3 * sc
        elif k == "sig":
            n = len(b[1])
            y[0] -= 34 * sc
            bw = min(CW, 460)
            xs = [W / 2] if n == 1 and center else [L + 100] if n == 1 else [(W - bw) / 2 + bw * (i + 0.5) / n for i in range(n)]
            if not center:
                xs = [L + 100 + 230 * i for i in range(n)]
            for x in xs:
                ops.append(("line", x - 100, y[0], x + 100, y[0], 0.6))
            yy = y[0]
            for x, (nm, role) in zip(xs, b[1]):
                y[0] = yy
                line(nm, "B", 10, x=x, anchor="C")
                line(role, "I", 9, x=x, anchor="C")
            y[0] -= 8 * sc
        elif k == "sp":
            y[0] -= b[1] * sc
    if y[0] < bottom:
        ok[0] = False
    pages.append(ops)
    return pages, ok[0]


# ------------------------------------------------------------------ ReportLab canvas / AcroForm
def render_canvas(doc, out, acro=False):
    from reportlab.pdfgen import canvas
    F = FAMILIES["helv"]
    W, H = pagesize(doc)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("Certificate")
    nf = [0]
    for pi, ops in enumerate(layout(doc, "helv")):
        if pi:
            c.showPage()
        for op in ops:
            if op[0] == "text":
                _, x, y, s, fk, size, role = op
                if acro and role == "field":
                    nf[0] += 1
                    w = stringWidth(s, F[fk], size)
                    c.acroForm.textfield(name="f%d" % nf[0], value=s, x=x - 2, y=y - size * 0.3, width=w + 10,
                                         height=size * 1.3, fontName=F[fk], fontSize=size, borderWidth=0,
                                         fillColor=colors.transparent, borderColor=colors.transparent, textColor=colors.black,
                                         forceBorder=False)
                else:
                    c.setFont(F[fk], size)
                    c.setFillColor(colors.HexColor("#555555") if size < 9.5 and fk == "R" else colors.black)
                    c.drawString(x, y, s)
            elif op[0] == "line":
                c.setLineWidth(op[5])
                c.line(*op[1:5])
            elif op[0] == "rect":
                c.setLineWidth(op[5])
                c.setStrokeColor(colors.HexColor("#1f3b63"))
                c.rect(op[1], op[2], op[3], op[4], stroke=1, fill=0)
                c.setStrokeColor(colors.black)
            elif op[0] == "seal":
                _, x, y, r, t = op
                c.setStrokeColor(colors.HexColor("#8a6d1d"))
                c.setLineWidth(2)
                c.circle(x, y, r)
                c.setLineWidth(0.7)
                c.circle(x, y, r - 5)
                c.setFillColor(colors.HexColor("#8a6d1d"))
                ls = t.split("\n")
                for i, s in enumerate(ls):
                    c.setFont("Helvetica-Bold", 10)
                    c.drawCentredString(x, y + 4 - 12 * i + 6 * (len(ls) - 1) - 3, s)
                c.setFillColor(colors.black)
                c.setStrokeColor(colors.black)
    c.save()


# ------------------------------------------------------------------ Ghostscript PostScript
PS_EXTRA = {"\u2013": 150, "\u2014": 151, "\u2122": 153, "\u2019": 146, "\u00b7": 183}


def ps_str(s):
    out = []
    for ch in s:
        code = PS_EXTRA.get(ch, ord(ch))
        if code > 255:
            raise ValueError("PS cannot encode %r" % ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= code < 127:
            out.append(chr(code))
        else:
            out.append("\\%03o" % code)
    return "(" + "".join(out) + ")"


def render_ps(doc, out):
    W, H = pagesize(doc)
    F = FAMILIES["times"]
    pages = layout(doc, "times")
    ps = ["%!PS-Adobe-3.0", "%%%%BoundingBox: 0 0 %d %d" % (W, H), "%%Title: Certificate", "%%Pages: %d" % len(pages), "%%EndComments",
          "/MyEnc ISOLatin1Encoding 256 array copy def",
          "MyEnc 45 /hyphen put MyEnc 39 /quotesingle put MyEnc 150 /endash put MyEnc 151 /emdash put MyEnc 153 /trademark put MyEnc 146 /quoteright put",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding MyEnc def currentdict end definefont pop } def"]
    for k, f in F.items():
        ps.append("/%s-L /%s reenc" % (f, f))
    for pi, ops in enumerate(pages):
        ps.append("%%%%Page: %d %d" % (pi + 1, pi + 1))
        ps.append("<< /PageSize [%d %d] >> setpagedevice" % (W, H))
        for op in ops:
            if op[0] == "text":
                _, x, y, s, fk, size, role = op
                g = 0.33 if size < 9.5 and fk == "R" else 0
                ps.append("%g setgray /%s-L findfont %.2f scalefont setfont %.2f %.2f moveto %s show" % (g, F[fk], size, x, y, ps_str(s)))
            elif op[0] == "line":
                ps.append("0 setgray %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke" % (op[5], op[1], op[2], op[3], op[4]))
            elif op[0] == "rect":
                ps.append("0.12 0.23 0.39 setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f %.2f rectstroke 0 setgray" % (op[5], op[1], op[2], op[3], op[4]))
            elif op[0] == "seal":
                _, x, y, r, t = op
                ps.append("0.54 0.43 0.11 setrgbcolor 2 setlinewidth newpath %.1f %.1f %.1f 0 360 arc stroke" % (x, y, r))
                ps.append("0.7 setlinewidth newpath %.1f %.1f %.1f 0 360 arc stroke" % (x, y, r - 5))
                ls = t.split("\n")
                for i, s in enumerate(ls):
                    yy = y + 4 - 12 * i + 6 * (len(ls) - 1) - 3
                    ps.append("/Times-Bold-L findfont 10 scalefont setfont %s dup stringwidth pop 2 div %.1f exch sub %.1f moveto show" % (ps_str(s), x, yy))
                ps.append("0 setgray")
        ps.append("showpage")
    ps.append("%%EOF")
    src = os.path.join(BUILD, os.path.basename(out)[:-4] + ".ps")
    with open(src, "w", encoding="latin-1") as f:
        f.write("\n".join(ps) + "\n")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + out, src], check=True)


# ------------------------------------------------------------------ fpdf / tcpdf (PHP)
def render_php(doc, out, which):
    W, H = pagesize(doc)
    fam = "helv" if which == "fpdf" else "dejavu"
    spec = {"W": W, "H": H, "out": out, "pages": layout(doc, fam)}
    src = os.path.join(BUILD, os.path.basename(out)[:-4] + ".%s.json" % which)
    with open(src, "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False)
    subprocess.run(["php", os.path.join(HERE, "render_%s.php" % which), src], check=True)


# ------------------------------------------------------------------ HTML (Chromium)
def html_doc(doc, fontfam):
    W, H = ("11in", "8.5in") if doc["orient"] == "L" else ("8.5in", "11in")
    center = doc["align"] == "C"
    css = """
@page { size: %s %s; margin: 0; }
body { margin: 0; font-family: %s; color: #111; }
.page { position: relative; box-sizing: border-box; width: %s; height: %s; padding: 0.75in 0.95in; text-align: %s; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.frame { position: absolute; inset: 0.3in; border: 6px double #1f3b63; }
.issuer { font-size: 16pt; font-weight: bold; letter-spacing: 0.5px; color: #1f3b63; margin: 0 0 2px; }
.sub { font-size: 10.5pt; margin: 0; }
h1 { font-size: %s; margin: 14px 0 12px; font-weight: bold; }
p { font-size: 12pt; margin: 4px 0; }
.name { font-size: 25pt; font-weight: bold; margin: 10px auto 10px; padding-bottom: 3px; border-bottom: 1px solid #444; display: inline-block; min-width: 3in; }
.spaced { letter-spacing: 0.35em; font-size: 20pt; }
.fmt { font-style: italic; font-size: 13pt; margin: 4px 0; }
.title { font-size: 16pt; font-weight: bold; margin: 6px auto 8px; max-width: 88%%; }
table.kv { margin: 6px %s; font-size: 11.5pt; border-collapse: collapse; text-align: left; }
table.kv td { padding: 2px 10px 2px 0; vertical-align: top; }
table.kv td.l { font-weight: bold; white-space: nowrap; }
table.cols { width: 100%%; margin: 10px 0 4px; border-collapse: collapse; text-align: left; }
table.cols th { font-size: 8.5pt; font-weight: normal; letter-spacing: 1px; color: #555; text-transform: uppercase; text-align: left; padding: 0 12px 3px 0; }
table.cols td { font-size: 13pt; font-weight: bold; padding: 0 12px 6px 0; border-bottom: 1px solid #888; vertical-align: top; }
table.grid { margin: 10px %s; border-collapse: collapse; font-size: 10.5pt; text-align: left; }
table.grid th, table.grid td { border: 1px solid #444; padding: 4px 8px; }
.small { font-size: 8.5pt; color: #444; margin: 5px 0; }
.sigs { display: flex; justify-content: %s; gap: 0.8in; margin-top: 30px; }
.sig { text-align: center; width: 2.8in; border-top: 1px solid #333; padding-top: 3px; font-size: 10pt; }
.sig .role { font-style: italic; font-size: 9pt; }
.seal { position: absolute; right: 0.75in; bottom: 0.7in; width: 0.95in; height: 0.95in; border: 3px double #8a6d1d; border-radius: 50%%; color: #8a6d1d; font-weight: bold; font-size: 10pt; display: flex; align-items: center; justify-content: center; text-align: center; }
""" % (W, H, fontfam, W, H, "center" if center else "left", "28pt" if doc["orient"] == "P" else "32pt",
       "auto" if center else "0", "auto" if center else "0", "center" if center else "flex-start")
    pages = [[]]
    for b in doc["blocks"]:
        if b[0] == "page":
            pages.append([])
        else:
            pages[-1].append(b)
    e = html.escape
    body = []
    for pb in pages:
        h = ['<div class="page">']
        if doc.get("border"):
            h.append('<div class="frame"></div>')
        if doc.get("seal"):
            h.append('<div class="seal">%s</div>' % "<br>".join(e(x) for x in doc["seal"].split("\n")))
        for b in pb:
            k = b[0]
            if k == "issuer":
                h.append('<div class="issuer">%s</div>' % e(b[1]))
            elif k == "sub":
                h.append('<p class="sub">%s</p>' % e(b[1]))
            elif k == "h1":
                h.append("<h1>%s</h1>" % e(b[1]))
            elif k == "p":
                h.append("<p>%s</p>" % e(b[1]).replace("     ", " &nbsp; &nbsp; "))
            elif k == "name":
                s = e(b[1])
                for cred in ("MLS(ASCP)CM", "MB(ASCP)CM"):
                    s = s.replace(cred, cred[:-2] + "<sup>CM</sup>")
                h.append('<div><div class="name">%s</div></div>' % s)
            elif k == "spaced":
                h.append('<div><div class="name spaced">%s</div></div>' % e(b[1]))
            elif k == "fmt":
                h.append('<p class="fmt">%s</p>' % e(b[1]))
            elif k == "title":
                h.append('<div class="title">%s</div>' % e(b[1]))
            elif k == "kv":
                h.append('<table class="kv">' + "".join('<tr><td class="l">%s</td><td>%s</td></tr>' % (e(l), e(v)) for l, v in b[1]) + "</table>")
            elif k == "cols":
                h.append('<table class="cols"><tr>' + "".join("<th>%s</th>" % e(l) for l in b[1]) + "</tr><tr>" +
                         "".join("<td>%s</td>" % e(v) for v in b[2]) + "</tr></table>")
            elif k == "table":
                h.append('<table class="grid"><tr>' + "".join("<th>%s</th>" % e(x) for x in b[1]) + "</tr>" +
                         "".join("<tr>" + "".join("<td>%s</td>" % e(x) for x in r) + "</tr>" for r in b[2]) + "</table>")
            elif k == "small":
                h.append('<p class="small">%s</p>' % e(b[1]).replace("     ", " &nbsp; &nbsp; "))
            elif k == "sig":
                h.append('<div class="sigs">' + "".join('<div class="sig"><b>%s</b><div class="role">%s</div></div>' % (e(n), e(r)) for n, r in b[1]) + "</div>")
            elif k == "sp":
                h.append('<div style="height:%dpt"></div>' % b[1])
        h.append("</div>")
        body.append("\n".join(h))
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Certificate</title><style>%s</style></head><body>%s</body></html>' % (css, "\n".join(body))


def render_chromium(doc, out, fontfam="'DejaVu Serif', Georgia, serif"):
    src = os.path.join(BUILD, os.path.basename(out)[:-4] + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_doc(doc, fontfam))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + os.path.join(PROFILES, "chromium"),
                    "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ LibreOffice flat ODT
def fodt_doc(doc):
    L = doc["orient"] == "L"
    pw, ph = ("11in", "8.5in") if L else ("8.5in", "11in")
    al = "center" if doc["align"] == "C" else "start"
    border = 'fo:border="4.5pt double #1f3b63" fo:padding="0.25in"' if doc.get("border") else ""
    font = "Liberation Serif" if L else "Liberation Sans"
    x = xesc

    def ps(name, size, bold=False, ital=False, color="#111111", mt="0in", mb="0.05in", align=al, brk=False):
        return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s"%s/>'
                '<style:text-properties style:font-name="F1" fo:font-size="%spt" fo:font-weight="%s" fo:font-style="%s" fo:color="%s"/></style:style>') % (
            name, align, mt, mb, ' fo:break-before="page"' if brk else "", size, "bold" if bold else "normal", "italic" if ital else "normal", color)

    styles = [ps("Issuer", 15, True, color="#1f3b63"), ps("Sub", 10.5), ps("H1", 28 if not L else 30, True, mt="0.15in", mb="0.12in"),
              ps("H1B", 28, True, mt="0in", mb="0.12in", brk=True),
              ps("P", 12), ps("Name", 24, True, mt="0.1in", mb="0.1in"), ps("Fmt", 13, ital=True), ps("Title", 16, True, mt="0.05in", mb="0.08in"),
              ps("Small", 8.5, color="#444444", mt="0.05in"), ps("KL", 11.5, True, align="start"), ps("KV", 11.5, align="start"),
              ps("CL", 8.5, color="#555555", align="start"), ps("CV", 13, True, align="start"), ps("TH", 10, True, align="start"), ps("TD", 10, align="start"),
              ps("SN", 10, True, align="center", mt="0in"), ps("SR", 9, ital=True, align="center"),
              '<style:style style:name="Tkv" style:family="table"><style:table-properties style:width="%s" table:align="%s"/></style:style>' % ("5.6in", "center" if al == "center" else "left"),
              '<style:style style:name="Cb" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #444444" fo:padding="0.04in"/></style:style>',
              '<style:style style:name="Cn" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.02in"/></style:style>',
              '<style:style style:name="Cu" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:border-bottom="0.5pt solid #888888" fo:padding="0.03in"/></style:style>',
              '<style:style style:name="Cs" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:border-top="0.6pt solid #333333" fo:padding="0.03in"/></style:style>',
              '<style:style style:name="Cg" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.03in"/></style:style>']
    body = []
    first_h1 = True
    pending_break = False
    for b in doc["blocks"]:
        k = b[0]
        if k == "page":
            pending_break = True
            continue
        if k == "issuer":
            body.append('<text:p text:style-name="Issuer">%s</text:p>' % x(b[1]))
        elif k == "sub":
            body.append('<text:p text:style-name="Sub">%s</text:p>' % x(b[1]))
        elif k == "h1":
            body.append('<text:p text:style-name="%s">%s</text:p>' % ("H1B" if pending_break else "H1", x(b[1])))
            pending_break = False
        elif k == "p":
            body.append('<text:p text:style-name="P">%s</text:p>' % x(b[1]).replace("     ", '<text:s text:c="5"/>'))
        elif k == "name":
            body.append('<text:p text:style-name="Name">%s</text:p>' % x(b[1]))
        elif k == "spaced":
            body.append('<text:p text:style-name="Name">%s</text:p>' % x(spaced(b[1])).replace("   ", '<text:s text:c="3"/>'))
        elif k == "fmt":
            body.append('<text:p text:style-name="Fmt">%s</text:p>' % x(b[1]))
        elif k == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % x(b[1]))
        elif k == "kv":
            rows = "".join('<table:table-row><table:table-cell table:style-name="Cn"><text:p text:style-name="KL">%s</text:p></table:table-cell>'
                           '<table:table-cell table:style-name="Cn"><text:p text:style-name="KV">%s</text:p></table:table-cell></table:table-row>' % (x(l), x(v)) for l, v in b[1])
            body.append('<table:table table:style-name="Tkv"><table:table-column/><table:table-column/>%s</table:table>' % rows)
        elif k == "cols":
            n = len(b[1])
            body.append('<table:table table:style-name="Tkv">%s<table:table-row>%s</table:table-row><table:table-row>%s</table:table-row></table:table>' % (
                "<table:table-column/>" * n,
                "".join('<table:table-cell table:style-name="Cg"><text:p text:style-name="CL">%s</text:p></table:table-cell>' % x(l.upper()) for l in b[1]),
                "".join('<table:table-cell table:style-name="Cu"><text:p text:style-name="CV">%s</text:p></table:table-cell>' % x(v) for v in b[2])))
        elif k == "table":
            n = len(b[1])
            rows = ['<table:table-row>%s</table:table-row>' % "".join('<table:table-cell table:style-name="Cb"><text:p text:style-name="TH">%s</text:p></table:table-cell>' % x(h) for h in b[1])]
            rows += ['<table:table-row>%s</table:table-row>' % "".join('<table:table-cell table:style-name="Cb"><text:p text:style-name="TD">%s</text:p></table:table-cell>' % x(c) for c in r) for r in b[2]]
            body.append('<table:table table:style-name="Tkv">%s%s</table:table>' % ("<table:table-column/>" * n, "".join(rows)))
        elif k == "small":
            body.append('<text:p text:style-name="Small">%s</text:p>' % x(b[1]).replace("     ", '<text:s text:c="5"/>'))
        elif k == "sig":
            n = len(b[1])
            body.append('<text:p text:style-name="P"/><text:p text:style-name="P"/>')
            body.append('<table:table table:style-name="Tkv">%s<table:table-row>%s</table:table-row></table:table>' % (
                "<table:table-column/>" * (2 * n - 1),
                '<table:table-cell table:style-name="Cn"><text:p/></table:table-cell>'.join(
                    '<table:table-cell table:style-name="Cs"><text:p text:style-name="SN">%s</text:p><text:p text:style-name="SR">%s</text:p></table:table-cell>' % (x(nm), x(r)) for nm, r in b[1])))
        elif k == "sp":
            body.append('<text:p text:style-name="P" />' * max(1, b[1] // 12))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:font-face-decls><style:font-face style:name="F1" svg:font-family="%s" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>'
            '<office:automatic-styles>%s<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" '
            'fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="0.6in" fo:margin-right="0.6in" %s/></style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>'
            '<office:body><office:text>%s</office:text></office:body></office:document>') % (
        font, "".join(styles), pw, ph, "landscape" if L else "portrait", border, "\n".join(body))


# ------------------------------------------------------------------ python-docx
def docx_doc(doc, path):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    if doc["orient"] == "L":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(0.9))
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif" if doc["orient"] == "L" else "Carlito"
    st.paragraph_format.space_after = Pt(3)
    AL = WD_ALIGN_PARAGRAPH.CENTER if doc["align"] == "C" else WD_ALIGN_PARAGRAPH.LEFT

    def para(text, size, bold=False, ital=False, before=0, after=3, color=None, align=None):
        p = d.add_paragraph()
        p.alignment = AL if align is None else align
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold, r.italic = bold, ital
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return p

    def cell_text(cell, text, size, bold=False, color=None, align=WD_ALIGN_PARAGRAPH.LEFT):
        p = cell.paragraphs[0]
        p.alignment = align
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)

    from docx.enum.table import WD_TABLE_ALIGNMENT
    for b in doc["blocks"]:
        k = b[0]
        if k == "page":
            d.add_page_break()
        elif k == "issuer":
            para(b[1], 15, True, color="1F3B63")
        elif k == "sub":
            para(b[1], 10.5, after=1)
        elif k == "h1":
            para(b[1], 28, True, before=10, after=10)
        elif k == "p":
            para(b[1], 12)
        elif k == "name":
            para(b[1], 24, True, before=8, after=8)
        elif k == "spaced":
            para(spaced(b[1]), 19, True, before=8, after=8)
        elif k == "fmt":
            para(b[1], 13, ital=True)
        elif k == "title":
            para(b[1], 16, True, before=4, after=6)
        elif k in ("kv", "table", "cols"):
            if k == "kv":
                t = d.add_table(rows=0, cols=2)
                for l, v in b[1]:
                    c = t.add_row().cells
                    cell_text(c[0], l, 11.5, True)
                    cell_text(c[1], v, 11.5)
                    c[0].width, c[1].width = Inches(2.2), Inches(3.6)
            elif k == "cols":
                t = d.add_table(rows=2, cols=len(b[1]))
                for i, (l, v) in enumerate(zip(b[1], b[2])):
                    cell_text(t.rows[0].cells[i], l.upper(), 8.5, color="555555")
                    cell_text(t.rows[1].cells[i], v, 13, True)
            else:
                t = d.add_table(rows=0, cols=len(b[1]))
                t.style = "Table Grid"
                for ri, r in enumerate([b[1]] + b[2]):
                    c = t.add_row().cells
                    for i, x in enumerate(r):
                        cell_text(c[i], x, 10, ri == 0)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER if doc["align"] == "C" else WD_TABLE_ALIGNMENT.LEFT
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif k == "small":
            para(b[1], 8.5, color="444444")
        elif k == "sig":
            para("", 12, before=18)
            for nm, role in b[1]:
                para("______________________________", 10, after=0)
                para(nm, 10, True, after=0)
                para(role, 9, ital=True, after=6)
        elif k == "sp":
            para("", max(2, b[1] * 0.7), after=0)
    if doc.get("border"):
        pg = OxmlElement("w:pgBorders")
        pg.set(qn("w:offsetFrom"), "page")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "double")
            e.set(qn("w:sz"), "18")
            e.set(qn("w:space"), "24")
            e.set(qn("w:color"), "1F3B63")
            pg.append(e)
        sec._sectPr.append(pg)
    d.save(path)


def soffice_convert(srcs, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(PROFILES, "lo"), "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + srcs, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ ReportLab Platypus
def render_platypus(doc, out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    W, H = pagesize(doc)
    A = TA_CENTER if doc["align"] == "C" else TA_LEFT
    fn, fb, fi = "Times-Roman", "Times-Bold", "Times-Italic"

    def S(size, font=fn, lead=1.25, color=colors.black, align=A, after=3, before=0):
        return ParagraphStyle("s%s" % size, fontName=font, fontSize=size, leading=size * lead, alignment=align, textColor=color,
                              spaceAfter=after, spaceBefore=before)

    e = xesc
    story = []
    CW = W - 2 * 72
    for b in doc["blocks"]:
        k = b[0]
        if k == "page":
            story.append(PageBreak())
        elif k == "issuer":
            story.append(Paragraph(e(b[1]), S(15, fb, color=colors.HexColor("#1f3b63"))))
        elif k == "sub":
            story.append(Paragraph(e(b[1]), S(10.5)))
        elif k == "h1":
            story.append(Paragraph(e(b[1]), S(28, fb, before=10, after=10)))
        elif k == "p":
            story.append(Paragraph(e(b[1]).replace("     ", "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"), S(12)))
        elif k == "name":
            story.append(Paragraph(e(b[1]), S(24, fb, before=6, after=8)))
        elif k == "spaced":
            story.append(Paragraph(e(spaced(b[1])).replace("   ", "&nbsp;&nbsp;&nbsp;"), S(19, fb, before=6, after=8)))
        elif k == "fmt":
            story.append(Paragraph(e(b[1]), S(13, fi)))
        elif k == "title":
            story.append(Paragraph(e(b[1]), S(16, fb, before=3, after=6)))
        elif k == "kv":
            t = Table([[Paragraph(e(l), S(11.5, fb, align=TA_LEFT)), Paragraph(e(v), S(11.5, align=TA_LEFT))] for l, v in b[1]],
                      colWidths=[170, 290], hAlign="CENTER" if doc["align"] == "C" else "LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "cols":
            n = len(b[1])
            t = Table([[Paragraph(e(l.upper()), S(8.5, color=colors.HexColor("#555555"), align=TA_LEFT)) for l in b[1]],
                       [Paragraph(e(v), S(13, fb, align=TA_LEFT)) for v in b[2]]], colWidths=[min(CW, 470) / n] * n,
                      hAlign="CENTER" if doc["align"] == "C" else "LEFT")
            t.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 4), t, Spacer(1, 8)]
        elif k == "table":
            rows = [[Paragraph(e(x), S(10, fb if ri == 0 or r[1:2] == ["Total"] else fn, align=TA_LEFT, after=0)) for x in r] for ri, r in enumerate([b[1]] + b[2])]
            lens = [max(len(r[i]) for r in [b[1]] + b[2]) + 6 for i in range(len(b[1]))]
            bw = min(CW, 470)
            t = Table(rows, colWidths=[bw * l / sum(lens) for l in lens], hAlign="CENTER" if doc["align"] == "C" else "LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf4"))]))
            story += [Spacer(1, 4), t, Spacer(1, 8)]
        elif k == "small":
            story.append(Paragraph(e(b[1]).replace("     ", "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"), S(8.5, color=colors.HexColor("#444444"), before=3)))
        elif k == "sig":
            n = len(b[1])
            cells = [[Paragraph("<b>%s</b><br/><i>%s</i>" % (e(nm), e(r)), S(10, align=TA_CENTER)) for nm, r in b[1]]]
            t = Table(cells, colWidths=[200] * n, hAlign="CENTER" if doc["align"] == "C" else "LEFT")
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 14), ("RIGHTPADDING", (0, 0), (-1, -1), 14)]))
            story += [Spacer(1, 30), t]
        elif k == "sp":
            story.append(Spacer(1, b[1]))

    def deco(c, d_):
        c.saveState()
        if doc.get("border"):
            c.setStrokeColor(colors.HexColor("#1f3b63"))
            c.setLineWidth(3)
            c.rect(24, 24, W - 48, H - 48)
            c.setLineWidth(0.8)
            c.rect(32, 32, W - 64, H - 64)
        if doc.get("seal") and d_.page == 1:
            c.setStrokeColor(colors.HexColor("#8a6d1d"))
            c.setFillColor(colors.HexColor("#8a6d1d"))
            c.setLineWidth(2)
            c.circle(W - 96, 86, 34)
            c.circle(W - 96, 86, 29)
            c.setFont("Times-Bold", 11)
            c.drawCentredString(W - 96, 82, doc["seal"])
        c.restoreState()

    sd = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=72, rightMargin=72, topMargin=60, bottomMargin=50 if not doc.get("seal") else 120,
                           title="Certificate", author="")
    sd.build(story, onFirstPage=deco, onLaterPages=deco)
