"""ReportLab canvas producer (and the drawing half of the AcroForm producer)."""
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase.pdfmetrics import stringWidth

from .display import Layout


def draw_items(c, items):
    for it in items:
        k = it["k"]
        if k == "text":
            c.setFillColorRGB(*it["color"])
            c.setFont(it["font"], it["size"])
            c.drawString(it["x"], it["y"], it["text"])
        elif k == "line":
            c.setStrokeColorRGB(*it["color"])
            c.setLineWidth(it["lw"])
            c.line(it["x1"], it["y1"], it["x2"], it["y2"])
        elif k == "rect":
            c.setLineWidth(it["lw"])
            c.setStrokeColorRGB(*it["color"])
            if it.get("fill"):
                c.setFillColorRGB(*it["fill"])
            c.rect(it["x"], it["y"], it["w"], it["h"], stroke=1, fill=1 if it.get("fill") else 0)
        elif k == "squiggle":
            c.setStrokeColorRGB(*it["color"])
            c.setLineWidth(0.9)
            x, y, w = it["x"], it["y"], it["w"]
            p = c.beginPath()
            p.moveTo(x, y + 2)
            p.curveTo(x + w * 0.15, y + 22, x + w * 0.2, y - 6, x + w * 0.35, y + 10)
            p.curveTo(x + w * 0.45, y + 20, x + w * 0.55, y - 2, x + w * 0.7, y + 12)
            p.curveTo(x + w * 0.8, y + 18, x + w * 0.9, y + 2, x + w, y + 6)
            c.drawPath(p, stroke=1, fill=0)
        elif k == "seal":
            draw_seal(c, it)


def draw_seal(c, it):
    import math
    x, y, r = it["x"], it["y"], it["r"]
    c.saveState()
    c.setStrokeColorRGB(*it["color"])
    c.setFillColorRGB(*it["color"])
    # serrated rim
    p = c.beginPath()
    n = 36
    for i in range(2 * n + 1):
        a = math.pi * i / n
        rr = r if i % 2 == 0 else r - 4
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        (p.moveTo if i == 0 else p.lineTo)(px, py)
    c.setLineWidth(1)
    c.drawPath(p, stroke=1, fill=0)
    c.circle(x, y, r - 8, stroke=1, fill=0)
    c.circle(x, y, r - 11, stroke=1, fill=0)
    c.setFont(it["font"], 13)
    w = stringWidth(it["text"], it["font"], 13)
    c.drawString(x - w / 2, y - 4.5, it["text"])
    c.restoreState()


def build(cert, out_pdf):
    lay = Layout(cert)
    pages = lay.run()
    W, H = lay.W, lay.H
    c = rlcanvas.Canvas(out_pdf, pagesize=(W, H), pageCompression=1)
    c.setTitle(f"Certificate {cert['id']}")
    c.setAuthor(cert["gold"]["provider"][0])
    c.setCreator("certificate generator (ReportLab canvas)")
    for i, items in enumerate(pages):
        draw_items(c, lay.decorations(i))
        if i == 0:
            seal = lay.place_seal(items)
            if seal:
                draw_items(c, [seal])
        draw_items(c, items)
        c.showPage()
    c.save()
