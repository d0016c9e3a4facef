"""ReportLab Platypus (flowables in a frame) certificate."""
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, HRFlowable, KeepTogether)
from .common import SIZES, norm
from .flow import FONTS

ALN = {"center": TA_CENTER, "left": TA_LEFT, "justify": TA_JUSTIFY, "right": TA_RIGHT}


def build_platypus(spec, out):
    land = spec["orientation"] == "landscape"
    ps = landscape(letter) if land else letter
    W, H = ps
    acc = HexColor(spec["accent"])
    grey = Color(0.35, 0.35, 0.38)
    F = FONTS[spec["font"]]
    al = spec["align"]
    b = spec["border"]
    m = 62 if b != "none" else 54

    def on_page(c, doc):
        c.saveState()
        c.setStrokeColor(acc)
        if b == "single":
            c.setLineWidth(1.5); c.rect(24, 24, W - 48, H - 48)
        elif b == "double":
            c.setLineWidth(3); c.rect(20, 20, W - 40, H - 40)
            c.setLineWidth(0.8); c.rect(28, 28, W - 56, H - 56)
        elif b == "ornate":
            c.setLineWidth(7); c.rect(16, 16, W - 32, H - 32)
            c.setLineWidth(1); c.rect(30, 30, W - 60, H - 60)
        if spec.get("seal") and doc.page == 1:
            cx, cy = W - m - 40, m + 46
            c.setLineWidth(2.2); c.circle(cx, cy, 44)
            c.setLineWidth(0.7); c.circle(cx, cy, 38)
            c.setFillColor(acc); c.setFont(F["b"], 6.5)
            lines = spec["seal"].split("\n")
            yy = cy + (len(lines) - 1) * 3.9 - 2.3
            for ln in lines:
                c.drawCentredString(cx, yy, ln); yy -= 7.8
        if spec.get("footer"):
            c.setFillColor(grey); c.setFont(F["r"], SIZES["footer"])
            c.drawCentredString(W / 2, 36 if b != "none" else 28, spec["footer"] + ("    Page %d" % doc.page if multi else ""))
        c.restoreState()

    multi = any(norm(e)["t"] == "pagebreak" for e in spec["body"])
    doc = BaseDocTemplate(out, pagesize=ps, leftMargin=m, rightMargin=m, topMargin=m - 4, bottomMargin=50,
                          title="Certificate", author="")
    frame = Frame(m, 50, W - 2 * m, H - 50 - (m - 4), id="f", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    cw = W - 2 * m

    def st(size, font, color=Color(0.1, 0.1, 0.1), align=None, before=0, after=4, lead=1.22):
        return ParagraphStyle("s", fontName=font, fontSize=size, leading=size * lead, textColor=color,
                              alignment=ALN[align or al], spaceBefore=before, spaceAfter=after)

    import re as _re
    E = lambda s: _re.sub(r"  +", lambda mm: "&nbsp;" * len(mm.group(0)), escape(s))
    story = []
    for el in spec["body"]:
        el = norm(el)
        t, v = el["t"], el["v"]
        if t == "pagebreak":
            story.append(PageBreak())
        elif t == "sp":
            story.append(Spacer(1, float(v)))
        elif t == "rule":
            story.append(HRFlowable(width="50%" if al == "center" else "100%", thickness=0.8, color=acc,
                                    spaceBefore=4, spaceAfter=8))
        elif t == "logo":
            size = el.get("size", SIZES["logo"])
            story.append(Paragraph('<font color="white">&nbsp;%s&nbsp;</font>' % E(v) if el.get("box", True) else E(v),
                                   ParagraphStyle("logo", fontName=F["b"], fontSize=size, leading=size * 1.3,
                                                  textColor=acc, alignment=ALN[al], spaceAfter=8,
                                                  backColor=None)))
            if el.get("box", True):
                # draw as a coloured one-cell table for the box effect
                story.pop()
                tb = Table([[Paragraph(E(v), ParagraphStyle("lg", fontName=F["b"], fontSize=size, leading=size * 1.2,
                                                            textColor=Color(1, 1, 1), alignment=TA_CENTER))]],
                           colWidths=[__import__("reportlab.pdfbase.pdfmetrics", fromlist=["x"]).stringWidth(v, F["b"], size) + 20], hAlign="CENTER" if al == "center" else "LEFT")
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), acc), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
                story.append(tb)
                story.append(Spacer(1, 8))
        elif t == "issuer":
            story.append(Paragraph(E(v), st(el.get("size", SIZES["issuer"]), F["b"], acc, after=2)))
        elif t == "issuer2":
            story.append(Paragraph(E(v), st(el.get("size", SIZES["issuer2"]), F["i"], grey, after=2)))
        elif t == "h1":
            story.append(Paragraph(E(v), st(el.get("size", SIZES["h1"]), F["b"], acc, before=8, after=12, lead=1.15)))
        elif t == "h2":
            story.append(Paragraph(E(v), st(el.get("size", SIZES["h2"]), F["b"], acc, before=4, after=6)))
        elif t in ("p", "pi"):
            k = "r"
            if el.get("bold") and (t == "pi" or el.get("italic")):
                k = "bi"
            elif el.get("bold"):
                k = "b"
            elif t == "pi" or el.get("italic"):
                k = "i"
            story.append(Paragraph(E(v), st(el.get("size", SIZES["p"]), F[k], align=el.get("align"), before=2, after=5)))
        elif t == "fmt":
            story.append(Paragraph(E(v), st(el.get("size", SIZES["fmt"]), F["bi" if el.get("italic", True) else "b"], acc,
                                            before=3, after=6)))
        elif t == "name":
            story.append(Paragraph(E(v), st(el.get("size", SIZES["name"]), F[el.get("style", "bi")], before=6, after=4,
                                            lead=1.15)))
            if al == "center" and el.get("underline", True):
                story.append(HRFlowable(width="65%", thickness=0.7, color=grey, spaceBefore=0, spaceAfter=10))
            else:
                story.append(Spacer(1, 8))
        elif t == "title":
            w = cw * el.get("maxw", 0.8)
            p = Paragraph(E(v), st(el.get("size", SIZES["title"]), F["b"], lead=1.22))
            tb = Table([[p]], colWidths=[w], hAlign="CENTER" if al == "center" else "LEFT")
            tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(Spacer(1, 4)); story.append(tb); story.append(Spacer(1, 4))
        elif t == "small":
            w = el.get("maxw")
            p = Paragraph(E(v), st(el.get("size", SIZES["small"]), F["i"] if el.get("italic") else F["r"], grey,
                                   align=el.get("align", "center" if al == "center" else "justify"), after=3, lead=1.3))
            story.append(p)
        elif t == "kv":
            size = el.get("size", SIZES["kv"])
            from reportlab.pdfbase.pdfmetrics import stringWidth
            lw = max(stringWidth(l, F["b"], size) for l, x in v) + 14
            vw = min(cw * 0.62, max(max(stringWidth(x, F["r"], size) for l, x in v) + 10, 150))
            if al != "center":
                vw = cw - lw
            ls = st(size, F["b"], align="left", after=0)
            vs = st(size, F["r"], align="left", after=0)
            tb = Table([[Paragraph(E(l), ls), Paragraph(E(x), vs)] for l, x in v], colWidths=[lw, vw],
                       hAlign="CENTER" if al == "center" else "LEFT")
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
            story.append(Spacer(1, 4)); story.append(tb); story.append(Spacer(1, 4))
        elif t == "cols":
            n = len(v)
            w = cw * el.get("w", 0.9 if al == "center" else 1.0)
            a2 = "center" if al == "center" else "left"
            ls = st(el.get("lsize", SIZES["cols_label"]), F["b"], grey, align=a2, after=0)
            vs = st(el.get("vsize", SIZES["cols_value"]), F["r"], align=a2, after=0)
            tb = Table([[Paragraph(E(l), ls) for l, x in v], [Paragraph(E(x), vs) for l, x in v]],
                       colWidths=[w / n] * n, hAlign="CENTER" if al == "center" else "LEFT")
            tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("TOPPADDING", (0, 1), (-1, 1), 5)]))
            story.append(Spacer(1, 6)); story.append(tb); story.append(Spacer(1, 6))
        elif t == "table":
            size = el.get("size", SIZES["table"])
            w = cw * el.get("w", 0.9)
            fr = v.get("widths") or [1.0 / len(v["head"])] * len(v["head"])
            hs = st(size, F["b"], align="left", after=0)
            cs = st(size, F["r"], align="left", after=0)
            data = [[Paragraph(E(h), hs) for h in v["head"]]] + [[Paragraph(E(c), cs) for c in r] for r in v["rows"]]
            tb = Table(data, colWidths=[w * f for f in fr], hAlign="CENTER")
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, grey), ("BACKGROUND", (0, 0), (-1, 0),
                                    Color(0.9, 0.93, 0.96)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 6)); story.append(tb); story.append(Spacer(1, 8))
        elif t == "sig":
            n = len(v)
            cells, widths = [], []
            ns = st(9.5, F["b"], align="center", after=0)
            ts = st(8.5, F["i"], grey, align="center", after=0)
            for i, (nm, ti) in enumerate(v):
                if i:
                    cells.append(""); widths.append(30)
                cells.append([Paragraph(E(nm), ns)] + [Paragraph(E(x), ts) for x in ti.split("\n")])
                widths.append(190)
            tb = Table([[""] * len(cells), cells], colWidths=widths, rowHeights=[34, None],
                       hAlign="CENTER" if al == "center" else "LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            for i in range(0, len(cells), 2):
                sty.append(("LINEABOVE", (i, 1), (i, 1), 0.7, Color(0.1, 0.1, 0.1)))
            tb.setStyle(TableStyle(sty))
            story.append(Spacer(1, 8)); story.append(tb)
        else:
            raise ValueError(t)
    if spec.get("vcenter"):
        total = 0.0
        for f in story:
            if isinstance(f, PageBreak):
                break
            w, h = f.wrap(cw, H)
            total += h + f.getSpaceBefore() + f.getSpaceAfter()
        room = (H - 50 - (m - 4)) - total
        shift = room * 0.45
        if spec.get("seal"):
            shift = min(shift, room - 95)
        if shift > 0:
            story.insert(0, Spacer(1, shift))
    doc.build(story)
