"""Rendering engines for the blind certificate set.

Every certificate is described by a small page description (IR):
  page = {"orient": "P"|"L", "border": 0|1|2, "seal": bool, "font": "sans"|"serif",
          "color": "#rrggbb", "blocks": [...]}
Blocks:
  {"k":"t", "s":text, "size":12, "b":0, "i":0, "al":"C"|"L"|"R", "gap":4, "field":0}
  {"k":"sp", "h":pts}
  {"k":"kv", "rows":[[label,value],...]}          two-column label/value
  {"k":"cols", "rows":[[label,value],...]}        labels above values, one row
  {"k":"table", "head":[...], "rows":[[...]], "w":[relative widths]}
  {"k":"sig", "rows":[[name,title],...]}           signature blocks
  {"k":"foot", "s":text}                          small print at page bottom
  {"k":"rule"}
  {"k":"pb"}                                      page break
Producers: html (Chromium), fodt (LibreOffice flat ODT), docx (python-docx -> LibreOffice),
fpdf / tcpdf (PHP, engine_php.php), rlcanvas (ReportLab canvas), platypus (ReportLab Platypus),
acroform (ReportLab AcroForm filled then flattened by qpdf), ps (PostScript -> Ghostscript).
"""
import html as _html, json, os, re, subprocess, shutil, tempfile
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, ".profiles")

W_L, H_L = 612.0, 792.0


def pagesize(p):
    return (H_L, W_L) if p.get("orient") == "L" else (W_L, H_L)


def tb(b):
    d = {"k": "t", "size": 12, "b": 0, "i": 0, "al": None, "gap": 4, "field": 0}
    d.update(b)
    return d

# ---------------------------------------------------------------- canvas layout
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {
    ("sans", 0, 0): "Helvetica", ("sans", 1, 0): "Helvetica-Bold",
    ("sans", 0, 1): "Helvetica-Oblique", ("sans", 1, 1): "Helvetica-BoldOblique",
    ("serif", 0, 0): "Times-Roman", ("serif", 1, 0): "Times-Bold",
    ("serif", 0, 1): "Times-Italic", ("serif", 1, 1): "Times-BoldItalic",
}


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout_ops(p):
    """Return list of pages, each a list of drawing ops, for canvas-style backends."""
    W, H = pagesize(p)
    fam = p.get("font", "sans")
    m = 64 if p.get("border") else 54
    x0, x1 = m, W - m
    cw = x1 - x0
    pages, ops = [], []
    y = H - m - 6
    dal = p.get("align", "C")

    def frame(ops):
        if p.get("border"):
            ops.append(("rect", 28, 28, W - 56, H - 56, 2.2))
            if p["border"] == 2:
                ops.append(("rect", 36, 36, W - 72, H - 72, 0.7))
        if p.get("seal"):
            ops.append(("seal", W - m - 40, m + 60, 34))

    frame(ops)
    foot_y = m - 10
    for b in p["blocks"]:
        k = b["k"]
        if k == "pb":
            pages.append(ops)
            ops = []
            frame(ops)
            y = H - m - 6
            foot_y = m - 10
        elif k == "sp":
            y -= b["h"]
        elif k == "rule":
            y -= 6
            ops.append(("line", x0 + cw * 0.15, y, x1 - cw * 0.15, y, 0.8))
            y -= 8
        elif k == "t":
            b = tb(b)
            f = FONTS[(b.get("font", fam), b["b"], b["i"])]
            al = b["al"] or dal
            for ln in wrap(b["s"], f, b["size"], cw):
                y -= b["size"] * 1.18
                x = {"C": W / 2, "L": x0, "R": x1}[al]
                ops.append(("text", x, y, ln, f, b["size"], al, b["field"]))
                y -= b["size"] * 0.12
            y -= b["gap"]
        elif k == "kv":
            lw = 150 if W < 700 else 190
            bx = x0 + (0 if dal == "L" else cw * 0.08)
            fl = FONTS[(fam, 1, 0)]
            fv = FONTS[(fam, 0, 0)]
            for lab, val in b["rows"]:
                y -= 13
                ops.append(("text", bx, y, lab, fl, 10.5, "L", 0))
                lines = wrap(val, fv, 11, x1 - bx - lw - (0 if dal == "L" else cw * 0.08))
                for i, ln in enumerate(lines):
                    if i:
                        y -= 13.5
                    ops.append(("text", bx + lw, y, ln, fv, 11, "L", 1))
                y -= 5
        elif k == "cols":
            n = len(b["rows"])
            w = cw / n
            fl = FONTS[(fam, 0, 0)]
            fv = FONTS[(fam, 1, 0)]
            y -= 11
            for i, (lab, val) in enumerate(b["rows"]):
                ops.append(("text", x0 + i * w + w / 2, y, lab.upper(), fl, 8.5, "C", 0))
            y -= 17
            for i, (lab, val) in enumerate(b["rows"]):
                ops.append(("text", x0 + i * w + w / 2, y, val, fv, 12, "C", 1))
                ops.append(("line", x0 + i * w + 12, y - 5, x0 + (i + 1) * w - 12, y - 5, 0.5))
            y -= 14
        elif k == "table":
            ws = b.get("w") or [1] * len(b["head"])
            tw = cw * 0.9
            tx = x0 + cw * 0.05
            cws = [tw * v / sum(ws) for v in ws]
            rows = [b["head"]] + b["rows"]
            for r, row in enumerate(rows):
                f = FONTS[(fam, 1 if r == 0 else 0, 0)]
                cells = [wrap(c, f, 10, cws[j] - 8) for j, c in enumerate(row)]
                nl = max(len(c) for c in cells)
                h = 6 + 12.5 * nl
                xx = tx
                for j, c in enumerate(cells):
                    ops.append(("rect", xx, y - h, cws[j], h, 0.6))
                    for li, ln in enumerate(c):
                        ops.append(("text", xx + 4, y - 13 - li * 12.5, ln, f, 10, "L", 1 if r else 0))
                    xx += cws[j]
                y -= h
            y -= 6
        elif k == "sig":
            n = len(b["rows"])
            w = cw / n
            y -= 30
            for i, (nm, tt) in enumerate(b["rows"]):
                cx = x0 + i * w + w / 2
                ops.append(("line", cx - w * 0.35, y, cx + w * 0.35, y, 0.7))
                ops.append(("text", cx, y - 13, nm, FONTS[(fam, 1, 0)], 10, "C", 0))
                for li, ln in enumerate(tt.split("\n")):
                    ops.append(("text", cx, y - 25 - li * 11, ln, FONTS[(fam, 0, 1)], 9, "C", 0))
            y -= 25 + 11 * max(len(t.split("\n")) for _, t in b["rows"]) + 4
        elif k == "foot":
            f = FONTS[(fam, 0, 0)]
            lines = wrap(b["s"], f, 7.5, cw)
            for ln in reversed(lines):
                ops.append(("text", W / 2, foot_y, ln, f, 7.5, "C", 0))
                foot_y += 9.5
            foot_y += 3
    pages.append(ops)
    return pages


def hexcol(c):
    c = c.lstrip("#")
    return tuple(int(c[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def draw_seal(c, x, y, r, col):
    import math
    c.setStrokeColorRGB(*col)
    c.setFillColorRGB(*col)
    pts = []
    for i in range(48):
        a = math.pi * 2 * i / 48
        rr = r if i % 2 == 0 else r * 0.86
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    path = c.beginPath()
    path.moveTo(*pts[0])
    for q in pts[1:]:
        path.lineTo(*q)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.circle(x, y, r * 0.7, stroke=0, fill=1)
    c.setLineWidth(1.2)
    c.circle(x, y, r * 0.62, stroke=1, fill=0)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)


def render_rlcanvas(p, out, acro=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import white, black
    W, H = pagesize(p)
    col = hexcol(p.get("color", "#1f3a68"))
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("Certificate")
    nf = 0
    for ops in layout_ops(p):
        for op in ops:
            if op[0] == "rect":
                c.setStrokeColorRGB(*col)
                c.setLineWidth(op[5])
                c.rect(op[1], op[2], op[3], op[4], stroke=1, fill=0)
                c.setStrokeColorRGB(0, 0, 0)
            elif op[0] == "line":
                c.setLineWidth(op[5])
                c.line(op[1], op[2], op[3], op[4])
            elif op[0] == "seal":
                draw_seal(c, op[1], op[2], op[3], col)
            elif op[0] == "text":
                _, x, y, s, f, size, al, field = op
                if acro and field:
                    base = "Helvetica-Bold" if "Bold" in f else "Helvetica"
                    w = stringWidth(s, base, size)
                    xx = {"L": x, "C": x - w / 2, "R": x - w}[al]
                    nf += 1
                    c.acroForm.textfield(name="f%d" % nf, value=s, x=xx - 2, y=y - size * 0.3,
                                         width=w + 10, height=size * 1.45, fontName=base,
                                         fontSize=size, borderWidth=0, fillColor=white,
                                         borderColor=white, textColor=black, forceBorder=False)
                    continue
                c.setFont(f, size)
                if size >= 16:
                    c.setFillColorRGB(*col)
                if al == "C":
                    c.drawCentredString(x, y, s)
                elif al == "R":
                    c.drawRightString(x, y, s)
                else:
                    c.drawString(x, y, s)
                c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()


def render_acroform(p, out, tmpdir):
    raw = os.path.join(tmpdir, "form_unflattened.pdf")
    render_rlcanvas(p, raw, acro=True)
    r = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", raw, out],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if r.returncode not in (0, 3):  # 3 = succeeded with warnings (duplicate /Font key from ReportLab)
        raise RuntimeError("qpdf failed")

# ---------------------------------------------------------------- PostScript


def ps_str(s):
    s = s.replace("\u2022", "\u00b7").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    b = s.encode("latin-1")
    o = []
    for ch in b:
        if ch in (40, 41, 92):
            o.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            o.append("\\%03o" % ch)
        else:
            o.append(chr(ch))
    return "(" + "".join(o) + ")"


def render_ps(p, out, tmpdir):
    W, H = pagesize(p)
    col = hexcol(p.get("color", "#1f3a68"))
    L = ["%!PS-Adobe-3.0", "%%%%BoundingBox: 0 0 %d %d" % (W, H), "%%Title: Certificate", "%%EndComments",
         "<< /PageSize [%d %d] >> setpagedevice" % (W, H),
         "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
         " /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def"]
    for f in set(FONTS.values()):
        L.append("/%s-L /%s reenc" % (f, f))
    L += ["/ct { dup stringwidth pop 2 div neg 0 rmoveto show } def",
          "/rt { dup stringwidth pop neg 0 rmoveto show } def"]
    pages = layout_ops(p)
    for n, ops in enumerate(pages, 1):
        L.append("%%%%Page: %d %d" % (n, n))
        for op in ops:
            if op[0] == "rect":
                L.append("gsave %.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke grestore"
                         % (col + (op[5], op[1], op[2], op[3], op[4])))
            elif op[0] == "line":
                L.append("%.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke" % (op[5], op[1], op[2], op[3], op[4]))
            elif op[0] == "seal":
                x, y, r = op[1:4]
                L.append("gsave %.3f %.3f %.3f setrgbcolor newpath %.1f %.1f %.1f 0 360 arc fill 1 setgray newpath %.1f %.1f %.1f 0 360 arc fill "
                         "%.3f %.3f %.3f setrgbcolor 1.2 setlinewidth newpath %.1f %.1f %.1f 0 360 arc stroke grestore"
                         % (col + (x, y, r, x, y, r * 0.72) + col + (x, y, r * 0.62)))
            elif op[0] == "text":
                _, x, y, s, f, size, al, field = op
                colr = "%.3f %.3f %.3f setrgbcolor" % col if size >= 16 else "0 setgray"
                show = {"C": "ct", "R": "rt", "L": "show"}[al]
                L.append("%s /%s-L findfont %.1f scalefont setfont %.2f %.2f moveto %s %s" % (colr, f, size, x, y, ps_str(s), show))
        L.append("showpage")
    L.append("%%EOF")
    src = os.path.join(tmpdir, os.path.basename(out).replace(".pdf", ".ps"))
    with open(src, "w", encoding="latin-1") as fh:
        fh.write("\n".join(L) + "\n")
    subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-o", out, src], check=True)

# ---------------------------------------------------------------- PHP (fpdf / tcpdf)


def render_php(p, out, tmpdir, lib):
    js = os.path.join(tmpdir, os.path.basename(out) + ".json")
    with open(js, "w", encoding="utf-8") as fh:
        json.dump(p, fh)
    subprocess.run(["php", os.path.join(HERE, "engine_php.php"), lib, js, out], check=True)

# ---------------------------------------------------------------- HTML / Chromium


def render_html(p, out, tmpdir):
    W, H = pagesize(p)
    fam = "'Liberation Serif', serif" if p.get("font") == "serif" else "'Liberation Sans', Arial, sans-serif"
    col = p.get("color", "#1f3a68")
    dal = {"C": "center", "L": "left", "R": "right"}[p.get("align", "C")]
    e = _html.escape
    css = f"""@page {{ size: {W}pt {H}pt; margin: 0 }}
body {{ margin:0; font-family:{fam}; color:#111 }}
.page {{ position:relative; width:{W}pt; height:{H}pt; box-sizing:border-box; padding:60pt 66pt; text-align:{dal};
  page-break-after: always; overflow:hidden }}
.page:last-child {{ page-break-after: auto }}
.b1 {{ border:3pt solid {col}; margin:0; }}
.frame {{ position:absolute; left:26pt; top:26pt; right:26pt; bottom:26pt; border:2.5pt solid {col} }}
.frame2 {{ position:absolute; left:34pt; top:34pt; right:34pt; bottom:34pt; border:0.8pt solid {col} }}
.big {{ color:{col} }}
table.kv {{ border-collapse:collapse; margin:6pt auto; }}
table.kv td {{ padding:3pt 8pt; vertical-align:top; text-align:left; font-size:11pt }}
table.kv td.l {{ font-weight:bold; width:150pt }}
table.cols {{ width:100%; border-collapse:collapse; margin:8pt 0; table-layout:fixed }}
table.cols td {{ text-align:center; padding:2pt 10pt }}
table.cols td.l {{ font-size:8.5pt; letter-spacing:0.5pt; color:#444 }}
table.cols td.v {{ font-size:12pt; font-weight:bold; border-bottom:0.6pt solid #333 }}
table.grid {{ border-collapse:collapse; margin:8pt auto; width:90% }}
table.grid td, table.grid th {{ border:0.6pt solid #444; padding:3pt 5pt; font-size:10pt; text-align:left }}
.sig {{ display:flex; justify-content:space-around; margin-top:30pt }}
.sig div {{ width:40%; border-top:0.7pt solid #333; text-align:center; font-size:10pt; padding-top:3pt }}
.sig i {{ font-size:9pt }}
.foot {{ position:absolute; left:66pt; right:66pt; bottom:40pt; font-size:7.5pt; text-align:center; color:#333 }}
.seal {{ position:absolute; right:80pt; bottom:90pt; width:64pt; height:64pt; border-radius:50%;
  background:{col}; box-shadow: inset 0 0 0 9pt {col}, inset 0 0 0 11pt #fff }}
p {{ margin:0 }}
"""
    pages = [[]]
    for b in p["blocks"]:
        if b["k"] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    body = []
    for blocks in pages:
        h = ['<div class="page">']
        if p.get("border"):
            h.append('<div class="frame"></div>')
            if p["border"] == 2:
                h.append('<div class="frame2"></div>')
        if p.get("seal"):
            h.append('<div class="seal"></div>')
        feet = []
        for b in blocks:
            k = b["k"]
            if k == "t":
                b = tb(b)
                st = "font-size:%spt;margin-bottom:%spt;" % (b["size"], b["gap"])
                st += "font-weight:%s;" % ("bold" if b["b"] else "normal")
                if b["i"]:
                    st += "font-style:italic;"
                if b["al"]:
                    st += "text-align:%s;" % {"C": "center", "L": "left", "R": "right"}[b["al"]]
                cls = ' class="big"' if b["size"] >= 16 else ""
                h.append('<p%s style="%s">%s</p>' % (cls, st + "white-space:pre-wrap;", e(b["s"])))
            elif k == "sp":
                h.append('<div style="height:%spt"></div>' % b["h"])
            elif k == "rule":
                h.append('<hr style="width:70%;border:0;border-top:0.8pt solid #333;margin:6pt auto">')
            elif k == "kv":
                h.append('<table class="kv"%s>' % (' style="margin-left:0"' if p.get("align") == "L" else ""))
                for l, v in b["rows"]:
                    h.append('<tr><td class="l">%s</td><td>%s</td></tr>' % (e(l), e(v)))
                h.append("</table>")
            elif k == "cols":
                h.append('<table class="cols"><tr>%s</tr><tr>%s</tr></table>' % (
                    "".join('<td class="l">%s</td>' % e(l.upper()) for l, v in b["rows"]),
                    "".join('<td class="v">%s</td>' % e(v) for l, v in b["rows"])))
            elif k == "table":
                h.append('<table class="grid"><tr>%s</tr>%s</table>' % (
                    "".join("<th>%s</th>" % e(c) for c in b["head"]),
                    "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in b["rows"])))
            elif k == "sig":
                h.append('<div class="sig">%s</div>' % "".join(
                    "<div><b>%s</b><br><i>%s</i></div>" % (e(n), e(t).replace("\n", "<br>")) for n, t in b["rows"]))
            elif k == "foot":
                feet.append(e(b["s"]))
        if feet:
            h.append('<div class="foot">%s</div>' % "<br>".join(feet))
        h.append("</div>")
        body.append("\n".join(h))
    doc = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Certificate</title><style>%s</style></head><body>%s</body></html>" % (css, "\n".join(body))
    src = os.path.join(tmpdir, os.path.basename(out).replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(doc)
    os.makedirs(PROFILES, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + os.path.join(PROFILES, "chromium"),
                    "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- LibreOffice helpers


def soffice(src, outdir):
    os.makedirs(PROFILES, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(PROFILES, "lo"),
                    "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def render_fodt(p, out, tmpdir):
    W, H = pagesize(p)
    fam = "Liberation Serif" if p.get("font") == "serif" else "Liberation Sans"
    col = p.get("color", "#1f3a68")
    dal = {"C": "center", "L": "start", "R": "end"}[p.get("align", "C")]
    auto, body, n = [], [], [0]
    foot = []

    def pstyle(size, b, i, al, gap, color=None, brk=False):
        n[0] += 1
        nm = "P%d" % n[0]
        auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" fo:margin-bottom="%spt" fo:margin-top="0pt"%s/>'
                    '<style:text-properties style:font-name="F1" fo:font-size="%spt" fo:font-weight="%s" fo:font-style="%s"%s/></style:style>'
                    % (nm, al, gap, ' fo:break-before="page"' if brk else "", size, "bold" if b else "normal",
                       "italic" if i else "normal", ' fo:color="%s"' % color if color else ""))
        return nm

    brk = [False]

    def para(text, size=11, b=0, i=0, al=None, gap=2, color=None):
        nm = pstyle(size, b, i, al or dal, gap, color, brk[0])
        brk[0] = False
        body.append('<text:p text:style-name="%s">%s</text:p>' % (nm, re.sub(r'  +', lambda mm: ' <text:s text:c="%d"/>' % (len(mm.group(0)) - 1), xesc(text))))

    def table(rows, widths, cellfmt, border=False):
        n[0] += 1
        tn = "T%d" % n[0]
        tw = W - 144
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%spt" table:align="center"%s/></style:style>'
                    % (tn, tw * 0.92, ' fo:break-before="page"' if brk[0] else ""))
        brk[0] = False
        cs = []
        for j, wv in enumerate(widths):
            auto.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%spt"/></style:style>'
                        % (tn, j, tw * 0.92 * wv / sum(widths)))
            cs.append('<table:table-column table:style-name="%s.C%d"/>' % (tn, j))
        auto.append('<style:style style:name="%s.cell" style:family="table-cell"><style:table-cell-properties fo:padding="3pt" fo:border="%s"/></style:style>'
                    % (tn, "0.6pt solid #444444" if border else "none"))
        x = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)] + cs
        for r, row in enumerate(rows):
            x.append("<table:table-row>")
            for j, c in enumerate(row):
                size, b, al = cellfmt(r, j)
                ps = pstyle(size, b, 0, al, 0)
                x.append('<table:table-cell table:style-name="%s.cell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                         % (tn, ps, xesc(c)))
            x.append("</table:table-row>")
        x.append("</table:table>")
        body.append("".join(x))

    for b in p["blocks"]:
        k = b["k"]
        if k == "t":
            b = tb(b)
            para(b["s"], b["size"], b["b"], b["i"], {"C": "center", "L": "start", "R": "end"}[b["al"]] if b["al"] else None,
                 b["gap"], col if b["size"] >= 16 else None)
        elif k == "sp":
            para("", max(1, b["h"] * 0.7), gap=0)
        elif k == "rule":
            para("\u2014" * 12, 10, al="center", gap=4)
        elif k == "kv":
            table(b["rows"], [1, 2], lambda r, j: (11, j == 0, "start"))
        elif k == "cols":
            table([[l.upper() for l, v in b["rows"]], [v for l, v in b["rows"]]], [1] * len(b["rows"]),
                  lambda r, j: (8.5 if r == 0 else 12, r == 1, "center"))
        elif k == "table":
            table([b["head"]] + b["rows"], b.get("w") or [1] * len(b["head"]), lambda r, j: (10, r == 0, "start"), border=True)
        elif k == "sig":
            para("", 24, gap=0)
            table([["_" * 28] * len(b["rows"]), [nm for nm, t in b["rows"]], [t.replace("\n", ", ") for nm, t in b["rows"]]],
                  [1] * len(b["rows"]), lambda r, j: ([10, 10, 9][r], r == 1, "center"))
        elif k == "foot":
            foot.append(b["s"])
        elif k == "pb":
            brk[0] = True
    border = ""
    if p.get("border"):
        border = ' fo:border="%s" fo:padding="18pt"' % ("4.5pt double %s" % col if p["border"] == 2 else "2.5pt solid %s" % col)
    footer = ""
    if foot:
        footer = "<style:footer>%s</style:footer>" % "".join('<text:p text:style-name="Foot">%s</text:p>' % xesc(f) for f in foot)
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{fam}'"/></office:font-face-decls>
<office:styles><style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="F1" fo:font-size="7.5pt"/></style:style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{W}pt" fo:page-height="{H}pt" style:print-orientation="{'landscape' if p.get('orient') == 'L' else 'portrait'}"
 fo:margin-top="40pt" fo:margin-bottom="34pt" fo:margin-left="44pt" fo:margin-right="44pt"{border}/>
 <style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="6pt"/></style:footer-style></style:page-layout>
{''.join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page></office:master-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>"""
    src = os.path.join(tmpdir, os.path.basename(out).replace(".pdf", ".fodt"))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(doc)
    soffice(src, tmpdir)
    shutil.move(src.replace(".fodt", ".pdf"), out)


def render_docx(p, out, tmpdir):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    W, H = pagesize(p)
    fam = "Liberation Serif" if p.get("font") == "serif" else "Liberation Sans"
    col = p.get("color", "#1f3a68").lstrip("#")
    AL = {"C": WD_ALIGN_PARAGRAPH.CENTER, "L": WD_ALIGN_PARAGRAPH.LEFT, "R": WD_ALIGN_PARAGRAPH.RIGHT}
    dal = p.get("align", "C")
    d = Document()
    st = d.styles["Normal"]
    st.font.name = fam
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE if p.get("orient") == "L" else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Pt(W), Pt(H)
    for a in ("left_margin", "right_margin"):
        setattr(sec, a, Pt(58))
    sec.top_margin, sec.bottom_margin = Pt(50), Pt(44)
    if p.get("border"):
        pb = OxmlElement("w:pgBorders")
        pb.set(qn("w:offsetFrom"), "page")
        for side in ("top", "left", "bottom", "right"):
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "double" if p["border"] == 2 else "single")
            el.set(qn("w:sz"), "18")
            el.set(qn("w:space"), "24")
            el.set(qn("w:color"), col)
            pb.append(el)
        sec._sectPr.append(pb)

    def para(text, size=11, b=0, i=0, al=None, gap=2, color=False):
        pp = d.add_paragraph()
        pp.alignment = AL[al or dal]
        pp.paragraph_format.space_after = Pt(gap)
        r = pp.add_run(text)
        r.font.size = Pt(size)
        r.bold = bool(b)
        r.italic = bool(i)
        if color:
            r.font.color.rgb = RGBColor.from_string(col.upper())
        return pp

    def cellset(cell, text, size, b, al, i=0):
        cell.text = ""
        pp = cell.paragraphs[0]
        pp.alignment = AL[al]
        r = pp.add_run(text)
        r.font.size = Pt(size)
        r.bold = bool(b)
        r.italic = bool(i)

    pending_break = False
    for b in p["blocks"]:
        k = b["k"]
        if k == "t":
            b = tb(b)
            para(b["s"], b["size"], b["b"], b["i"], b["al"], b["gap"], b["size"] >= 16)
        elif k == "sp":
            para("", max(1, b["h"] * 0.6), gap=0)
        elif k == "rule":
            para("_" * 40, 9, al="C", gap=6)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for l, v in b["rows"]:
                c = t.add_row().cells
                cellset(c[0], l, 10.5, 1, "L")
                cellset(c[1], v, 11, 0, "L")
        elif k == "cols":
            t = d.add_table(rows=2, cols=len(b["rows"]))
            for j, (l, v) in enumerate(b["rows"]):
                cellset(t.rows[0].cells[j], l.upper(), 8.5, 0, "C")
                cellset(t.rows[1].cells[j], v, 12, 1, "C")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b["head"]))
            t.style = "Table Grid"
            for j, h in enumerate(b["head"]):
                cellset(t.rows[0].cells[j], h, 10, 1, "L")
            for r in b["rows"]:
                c = t.add_row().cells
                for j, v in enumerate(r):
                    cellset(c[j], v, 10, 0, "L")
        elif k == "sig":
            para("", 20, gap=0)
            t = d.add_table(rows=3, cols=len(b["rows"]))
            for j, (nm, tt) in enumerate(b["rows"]):
                cellset(t.rows[0].cells[j], "_" * 30, 10, 0, "C")
                cellset(t.rows[1].cells[j], nm, 10, 1, "C")
                cellset(t.rows[2].cells[j], tt.replace("\n", ", "), 9, 0, "C", 1)
        elif k == "foot":
            fp = sec.footer.add_paragraph() if sec.footer.paragraphs[0].text else sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = fp.add_run(b["s"])
            r.font.size = Pt(7.5)
        elif k == "pb":
            d.add_page_break()
    src = os.path.join(tmpdir, os.path.basename(out).replace(".pdf", ".docx"))
    d.save(src)
    soffice(src, tmpdir)
    shutil.move(src.replace(".docx", ".pdf"), out)

# ---------------------------------------------------------------- Platypus


def render_platypus(p, out, tmpdir):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    W, H = pagesize(p)
    fam = p.get("font", "sans")
    col = colors.HexColor(p.get("color", "#1f3a68"))
    AL = {"C": TA_CENTER, "L": TA_LEFT, "R": TA_RIGHT}
    dal = p.get("align", "C")
    m = 66 if p.get("border") else 56
    feet = [b["s"] for b in p["blocks"] if b["k"] == "foot"]
    cw = W - 2 * m

    def deco(c, doc):
        c.saveState()
        if p.get("border"):
            c.setStrokeColor(col)
            c.setLineWidth(2.4)
            c.rect(28, 28, W - 56, H - 56)
            if p["border"] == 2:
                c.setLineWidth(0.7)
                c.rect(36, 36, W - 72, H - 72)
        if p.get("seal"):
            draw_seal(c, W - m - 40, m + 70, 34, hexcol(p.get("color", "#1f3a68")))
        y = m - 12
        f = FONTS[(fam, 0, 0)]
        for ft in reversed(feet):
            for ln in reversed(wrap(ft, f, 7.5, cw)):
                c.setFont(f, 7.5)
                c.drawCentredString(W / 2, y, ln)
                y += 9.5
        c.restoreState()

    def ps(size, b=0, i=0, al=None, gap=4, color=None):
        return ParagraphStyle("s", fontName=FONTS[(fam, b, i)], fontSize=size, leading=size * 1.22,
                              alignment=AL[al or dal], spaceAfter=gap, textColor=color or colors.black)

    story = []
    E = lambda s: xesc(s)
    for b in p["blocks"]:
        k = b["k"]
        if k == "t":
            b = tb(b)
            story.append(Paragraph(E(b["s"]), ps(b["size"], b["b"], b["i"], b["al"], b["gap"], col if b["size"] >= 16 else None)))
        elif k == "sp":
            story.append(Spacer(1, b["h"]))
        elif k == "rule":
            t = Table([[""]], colWidths=[cw * 0.7])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "kv":
            data = [[Paragraph(E(l), ps(10.5, 1, al="L", gap=0)), Paragraph(E(v), ps(11, al="L", gap=0))] for l, v in b["rows"]]
            t = Table(data, colWidths=[150, cw * 0.9 - 150], hAlign="CENTER" if dal == "C" else "LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "cols":
            n = len(b["rows"])
            data = [[Paragraph(E(l.upper()), ps(8.5, al="C", gap=0)) for l, v in b["rows"]],
                    [Paragraph(E(v), ps(12, 1, al="C", gap=0)) for l, v in b["rows"]]]
            t = Table(data, colWidths=[cw / n] * n)
            t.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black)]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "table":
            ws = b.get("w") or [1] * len(b["head"])
            data = [[Paragraph(E(c), ps(10, 1, al="L", gap=0)) for c in b["head"]]] + \
                   [[Paragraph(E(c), ps(10, al="L", gap=0)) for c in r] for r in b["rows"]]
            t = Table(data, colWidths=[cw * 0.9 * v / sum(ws) for v in ws])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf2"))]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "sig":
            n = len(b["rows"])
            data = [[Paragraph("<b>%s</b><br/><i>%s</i>" % (E(nm), E(tt).replace("\n", "<br/>")), ps(9.5, al="C", gap=0)) for nm, tt in b["rows"]]]
            t = Table(data, colWidths=[cw / n] * n)
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.7, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 18), ("RIGHTPADDING", (0, 0), (-1, -1), 18)]))
            story.append(Spacer(1, 30))
            story.append(t)
        elif k == "pb":
            story.append(PageBreak())
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m + 10 * len(feet) + 10,
                            title="Certificate")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def render(p, producer, out):
    tmpdir = tempfile.mkdtemp(prefix="cert_", dir=os.path.join(HERE, ".profiles") if os.path.isdir(os.path.join(HERE, ".profiles")) else None)
    try:
        if producer == "html":
            render_html(p, out, tmpdir)
        elif producer == "fodt":
            render_fodt(p, out, tmpdir)
        elif producer == "docx":
            render_docx(p, out, tmpdir)
        elif producer in ("fpdf", "tcpdf"):
            render_php(p, out, tmpdir, producer)
        elif producer == "rlcanvas":
            render_rlcanvas(p, out)
        elif producer == "platypus":
            render_platypus(p, out, tmpdir)
        elif producer == "acroform":
            render_acroform(p, out, tmpdir)
        elif producer == "ps":
            render_ps(p, out, tmpdir)
        else:
            raise ValueError(producer)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
