"""ReportLab Platypus producer: certlib blocks -> flowables (Paragraph,
Table, HRFlowable, Spacer, PageBreak) in a SimpleDocTemplate whose page
callback draws the border, seal and footer."""
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

from flowlayout import FAM, fname
from certlib import spaced

AL = {"C": TA_CENTER, "L": TA_LEFT, "R": TA_RIGHT}


def esc(s):
    return escape(s).replace("\n", "<br/>")


def render_platypus(cert, out):
    p = cert["page"]
    size = landscape(letter) if p["orient"] == "L" else letter
    W, H = size
    m = p["margin"]
    pad = p["pad"] if p.get("border") else 0
    fam = p["font"] if p["font"] in FAM else "serif"
    acc = colors.HexColor(p["accent"])
    cw = W - 2 * (m + pad)

    def sty(size_, b=False, i=False, align="L", sb=0, color=None, font=None):
        return ParagraphStyle("s", fontName=fname(font or fam, b, i), fontSize=size_,
                              leading=size_ * 1.22, alignment=AL[align], spaceBefore=sb,
                              textColor=color or colors.black)

    story = []
    for e in cert["elements"]:
        k = e["k"]
        if k == "T":
            col = acc if e["color"] == "accent" else (colors.HexColor(e["color"]) if e["color"] else None)
            if e["ls"]:
                # Paragraph collapses runs of spaces: keep the word gaps wide with no-break spaces
                para_txt = "&nbsp;&nbsp;&nbsp; ".join(esc(" ".join(w)) for w in e["text"].split(" "))
            else:
                para_txt = esc(e["text"])
            story.append(Paragraph(para_txt, sty(e["size"], e["b"], e["i"], e["align"], e["sb"], col,
                                                 e["font"] if e["font"] in FAM else None)))
        elif k == "KV":
            wid = cw * (0.78 if e["align"] == "C" else 1.0)
            data = [[Paragraph(esc(a), sty(e["size"], b=e["lb"], color=colors.HexColor("#333333"))),
                     Paragraph(esc(b), sty(e["size"]))] for a, b in e["rows"]]
            t = Table(data, colWidths=[e["lw"] * wid, (1 - e["lw"]) * wid], hAlign="CENTER")
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), e["gap"]), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
            if e["rule"]:
                cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")))
            t.setStyle(TableStyle(cmds))
            story.append(Spacer(1, e["sb"]))
            story.append(t)
        elif k == "COLS":
            lab = [Paragraph(esc(x), sty(e["lsize"], align=e["align"], color=colors.HexColor("#5f5f5f")))
                   for x in e["labels"]]
            val = [Paragraph(esc(x), sty(e["size"], b=e["vb"], align=e["align"])) for x in e["values"]]
            t = Table([lab, val], colWidths=[w * cw for w in e["widths"]])
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if e["rule"]:
                for j in range(len(val)):
                    cmds.append(("LINEBELOW", (j, 1), (j, 1), 0.6, colors.HexColor("#777777")))
            t.setStyle(TableStyle(cmds))
            story.append(Spacer(1, e["sb"]))
            story.append(t)
        elif k == "TABLE":
            data = [[Paragraph(esc(h), sty(e["size"], b=True, align=a)) for h, a in zip(e["header"], e["align"])]]
            for r in e["rows"]:
                data.append([Paragraph(esc(c), sty(e["size"], align=a)) for c, a in zip(r, e["align"])])
            t = Table(data, colWidths=[w * cw for w in e["widths"]])
            cmds = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if e["shade"]:
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e8ef")))
            t.setStyle(TableStyle(cmds))
            story.append(Spacer(1, e["sb"]))
            story.append(t)
        elif k == "SIGS":
            n = len(e["sigs"])
            cells = []
            for name, titles in e["sigs"]:
                c = [Spacer(1, 22), HRFlowable(width="82%", thickness=0.7, color=colors.black, spaceAfter=3),
                     Paragraph(esc(name), sty(e["size"], b=True, align="C"))]
                c += [Paragraph(esc(tt), sty(e["size"] - 1, i=True, align="C")) for tt in titles]
                cells.append(c)
            t = Table([cells], colWidths=[cw / n] * n)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, max(2, e["sb"] - 22)))
            story.append(t)
        elif k == "RULE":
            col = acc if e["color"] in (None, "accent") else colors.HexColor(e["color"])
            story.append(HRFlowable(width="%d%%" % (e["w"] * 100), thickness=e["thick"], color=col,
                                    spaceBefore=e["sb"], spaceAfter=2))
        elif k == "SP":
            story.append(Spacer(1, e["h"]))
        elif k == "BR":
            story.append(PageBreak())

    def deco(c, doc):
        c.saveState()
        b = p.get("border")
        c.setStrokeColor(acc)
        if b == "single":
            c.setLineWidth(1.5)
            c.rect(m, m, W - 2 * m, H - 2 * m)
        elif b == "double":
            c.setLineWidth(3)
            c.rect(m, m, W - 2 * m, H - 2 * m)
            c.setLineWidth(0.8)
            c.rect(m + 7, m + 7, W - 2 * m - 14, H - 2 * m - 14)
        elif b == "thick":
            c.setLineWidth(9)
            c.rect(m, m, W - 2 * m, H - 2 * m)
            c.setLineWidth(0.6)
            c.rect(m + 10, m + 10, W - 2 * m - 20, H - 2 * m - 20)
        if p.get("topbar"):
            c.setFillColor(acc)
            c.rect(0, H - 18, W, 18, stroke=0, fill=1)
        if p.get("footer"):
            c.setFont(fname(fam), 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawCentredString(W / 2, m + 13 if b else m - 16, p["footer"])
        if p.get("seal") and doc.page == 1:
            r = 44
            cx = {"BL": m + pad + r + 6, "BR": W - m - pad - r - 6, "BC": W / 2}[p.get("seal_pos", "BL")]
            cy = m + pad + r + 4
            c.setLineWidth(2.2)
            c.circle(cx, cy, r)
            c.setLineWidth(0.7)
            c.circle(cx, cy, r - 5)
            c.setFillColor(acc)
            n = len(p["seal"])
            for j, s in enumerate(p["seal"]):
                c.setFont(fname(fam, b=True), 9 if j == 0 else 7.5)
                c.drawCentredString(cx, cy + (n - 1) * 5.5 - j * 11 - 3, s)
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=m + pad, rightMargin=m + pad,
                            topMargin=m + pad, bottomMargin=m + pad + (10 if p.get("footer") and p.get("border") else 0),
                            title=cert["meta_title"], author=cert["meta_author"],
                            creator="ReportLab Platypus")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
