"""ReportLab Platypus producer (flowables, embedded TrueType fonts)."""
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, Flowable, NextPageTemplate)
from reportlab.platypus.flowables import HRFlowable

from .display import spaced_literal
from .blocks import group_widths

_REG = False
FAM = {}


def register():
    global _REG
    if _REG:
        return
    lib = "/usr/share/fonts/truetype/liberation/"
    dj = "/usr/share/fonts/truetype/dejavu/"
    spec = {
        "serif": ("LibSerif", lib + "LiberationSerif-Regular.ttf", lib + "LiberationSerif-Bold.ttf",
                  lib + "LiberationSerif-Italic.ttf", lib + "LiberationSerif-BoldItalic.ttf"),
        "sans": ("DVSans", dj + "DejaVuSans.ttf", dj + "DejaVuSans-Bold.ttf",
                 dj + "DejaVuSans-Oblique.ttf", dj + "DejaVuSans-BoldOblique.ttf"),
    }
    for key, (nm, r, b, i, bi) in spec.items():
        for suffix, path in (("", r), ("-Bold", b), ("-Italic", i), ("-BoldItalic", bi)):
            pdfmetrics.registerFont(TTFont(nm + suffix, path))
        pdfmetrics.registerFontFamily(nm, normal=nm, bold=nm + "-Bold", italic=nm + "-Italic",
                                      boldItalic=nm + "-BoldItalic")
        FAM[key] = dict(r=nm, b=nm + "-Bold", i=nm + "-Italic", bi=nm + "-BoldItalic")
    _REG = True


class SigLine(Flowable):
    def __init__(self, width=170):
        super().__init__()
        self.width, self.height = width, 34

    def draw(self):
        c = self.canv
        w = self.width
        c.setStrokeColorRGB(0.1, 0.15, 0.45)
        c.setLineWidth(0.9)
        p = c.beginPath()
        x, y = 22, 8
        ww = w - 50
        p.moveTo(x, y + 2)
        p.curveTo(x + ww * .15, y + 22, x + ww * .2, y - 6, x + ww * .35, y + 10)
        p.curveTo(x + ww * .45, y + 20, x + ww * .55, y - 2, x + ww * .7, y + 12)
        p.curveTo(x + ww * .8, y + 18, x + ww * .9, y + 2, x + ww, y + 6)
        c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(0, 2, w, 2)


def build(cert, out_pdf):
    register()
    o = cert["opts"]
    f = FAM[o.get("font", "serif")]
    acc = colors.HexColor(o.get("accent", "#222222"))
    land = o.get("orient") == "L"
    pagesize = landscape(letter) if land else letter
    W, H = pagesize
    center = o.get("align") == "center"
    al = TA_CENTER if center else TA_LEFT
    mx = 84 if land else 72
    border = o.get("border", "none")
    mt = 62 if border != "none" else 54
    cw = W - 2 * mx

    def st(name, size, font, color=colors.black, lead=1.25, align=None, sb=0, sa=4):
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * lead,
                              textColor=color, alignment=al if align is None else align,
                              spaceBefore=sb, spaceAfter=sa)

    gray = colors.HexColor("#555555")
    foots = {}
    story_pages = [[]]
    for b in cert["blocks"]:
        t = b["t"]
        cur = story_pages[-1]
        if t == "org":
            cur.append(Paragraph(escape(b["text"]), st("org", b.get("size") or 16, f["b"], acc,
                                                       lead=1.15)))
        elif t == "sub":
            cur.append(Paragraph(escape(b["text"]), st("sub", b.get("size") or 12, f["i"], gray)))
        elif t == "heading":
            cur.append(Paragraph(escape(b["text"]), st("h", b.get("size") or 28, f["b"], acc,
                                                       lead=1.15, sb=6, sa=10)))
        elif t == "p":
            font = f["b"] if b.get("bold") else (f["i"] if b.get("italic") else f["r"])
            a = None if not b.get("align") else (TA_CENTER if b["align"] == "center" else TA_LEFT)
            cur.append(Paragraph(escape(b["text"]), st("p", b.get("size") or 11, font,
                                                       align=a, sa=5)))
        elif t == "name":
            text = spaced_literal(b["text"]) if b.get("spaced") else b["text"]
            cur.append(Paragraph(escape(text), st("n", b.get("size") or (26 if land else 22),
                                                  f["b"], lead=1.2, sb=4, sa=8)))
        elif t == "fmt":
            cur.append(Paragraph(escape(b["text"]), st("fmt", 11, f["b"], acc)))
        elif t == "title":
            size = b.get("size") or (18 if land else 15.5)
            cur.append(Paragraph(escape(b["text"]), st("t", size, f["b"], lead=1.22, sb=2, sa=7)))
        elif t == "kv":
            size = b.get("size") or 10.5
            width = cw * (b.get("width") or 0.7)
            ls = st("kl", size, f["b"], gray, align=TA_LEFT, sa=0)
            vs = st("kvv", size, f["r"], align=TA_LEFT, sa=0)
            lwid = max(pdfmetrics.stringWidth(l + ":", f["b"], size) for l, _ in b["rows"]) + 14
            data = [[Paragraph(escape(l + ":"), ls), Paragraph(escape(v), vs)] for l, v in b["rows"]]
            tb = Table(data, colWidths=[lwid, width - lwid], hAlign="CENTER" if center else "LEFT")
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            cur.append(tb)
            cur.append(Spacer(1, 6))
        elif t == "cols":
            width = cw * (b.get("width") or (0.9 if center else 1.0))
            ls = st("cl", 7.5, f["b"], acc, align=TA_LEFT, sa=0)
            vs = st("cv", 11.5, f["r"], align=TA_LEFT, sa=0, lead=1.25)
            for gi, group in enumerate(b["groups"]):
                n = len(group)
                gw = group_widths(b, gi)
                data = [[Paragraph(escape(l.upper()), ls) for l, _ in group],
                        [Paragraph(escape(v), vs) for _, v in group]]
                tb = Table(data, colWidths=[width * x for x in gw], hAlign="CENTER" if center else "LEFT")
                tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                                        ("LINEBELOW", (0, 1), (-1, 1), 0.5, gray),
                                        ("TOPPADDING", (0, 0), (-1, -1), 2)]))
                cur.append(tb)
                cur.append(Spacer(1, 8))
        elif t == "table":
            size = b.get("size") or 10
            width = cw * (b.get("width") or 1.0)
            hs = st("th", size, f["b"], align=TA_LEFT, sa=0)
            cs = st("td", size, f["r"], align=TA_LEFT, sa=0)
            data = [[Paragraph(escape(h), hs) for h in b["head"]]]
            data += [[Paragraph(escape(c), cs) for c in r] for r in b["rows"]]
            tb = Table(data, colWidths=[w * width for w in b["widths"]],
                       hAlign="CENTER" if center else "LEFT")
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, gray),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf2")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            cur.append(Spacer(1, 4))
            cur.append(tb)
            cur.append(Spacer(1, 6))
        elif t == "sig":
            ns = st("sn", 9.5, f["b"], align=TA_CENTER, sa=0)
            ts = st("stt", 8.5, f["i"], gray, align=TA_CENTER, sa=0)
            cells = []
            for nm, titles in b["signers"]:
                cells.append([SigLine(), Paragraph(escape(nm), ns)] +
                             [Paragraph(escape(x), ts) for x in titles])
            tb = Table([cells], colWidths=[200] * len(cells),
                       hAlign="CENTER" if center else "LEFT")
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            cur.append(Spacer(1, 14))
            cur.append(tb)
        elif t == "small":
            a = None if not b.get("align") else (TA_CENTER if b["align"] == "center" else TA_LEFT)
            cur.append(Paragraph(escape(b["text"]), st("sm", 8, f["r"], gray, lead=1.3,
                                                        align=a)))
        elif t == "sp":
            cur.append(Spacer(1, b["h"]))
        elif t == "rule":
            cur.append(HRFlowable(width="100%", thickness=1.2, color=acc, spaceBefore=4,
                                  spaceAfter=6))
        elif t == "page":
            story_pages.append([])
        elif t == "foot":
            foots[len(story_pages)] = b["text"]

    avail_h = H - 2 * mt
    # vertical placement of page 1
    valign = o.get("valign", 0.5 if center else 0.3)
    tot = 0
    for fl in story_pages[0]:
        _, h = fl.wrap(cw, avail_h)
        tot += h + fl.getSpaceBefore() + fl.getSpaceAfter()
    pad = max(0, (avail_h - tot - 24) * valign)
    story = [Spacer(1, pad)] + story_pages[0]
    for pg in story_pages[1:]:
        story += [PageBreak()] + pg

    def on_page(c, doc):
        c.saveState()
        if border == "single":
            c.setStrokeColor(acc)
            c.setLineWidth(1.2)
            c.rect(28, 28, W - 56, H - 56)
        elif border == "double":
            c.setStrokeColor(acc)
            c.setLineWidth(2.6)
            c.rect(22, 22, W - 44, H - 44)
            c.setLineWidth(0.8)
            c.rect(30, 30, W - 60, H - 60)
        elif border == "thick":
            c.setStrokeColor(acc)
            c.setLineWidth(7)
            c.rect(20, 20, W - 40, H - 40)
            c.setStrokeColor(gray)
            c.setLineWidth(0.6)
            c.rect(32, 32, W - 64, H - 64)
        ft = foots.get(doc.page)
        if ft:
            c.setFont(f["r"], 7.5)
            c.setFillColor(gray)
            c.drawCentredString(W / 2, mt - 14, ft)
        c.restoreState()

    doc = BaseDocTemplate(out_pdf, pagesize=pagesize, leftMargin=mx, rightMargin=mx,
                          topMargin=mt, bottomMargin=mt,
                          title=f"Certificate {cert['id']}",
                          author=cert["gold"]["provider"][0],
                          creator="certificate generator (ReportLab Platypus)")
    frame = Frame(mx, mt, cw, avail_h, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    doc.build(story)
