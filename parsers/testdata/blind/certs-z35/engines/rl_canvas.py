"""ReportLab canvas engine: draws the positioned layout directly."""
from reportlab.pdfgen import canvas
from .common import layout, page_size, hex2rgb


def draw_ops(c, ops, fields=False):
    for op in ops:
        k = op[0]
        if k == 'text':
            _, x, y, font, size, text, color, cs = op
            t = c.beginText(x, y)
            t.setFont(font, size)
            t.setFillColorRGB(*hex2rgb(color))
            t.setCharSpace(cs or 0)
            t.textOut(text)
            t.setCharSpace(0)
            c.drawText(t)
        elif k == 'line':
            _, x1, y1, x2, y2, w, col = op
            c.setLineWidth(w)
            c.setStrokeColorRGB(*hex2rgb(col))
            c.line(x1, y1, x2, y2)
        elif k == 'rect':
            _, x, y, w, h, lw, stroke, fill = op
            if fill:
                c.setFillColorRGB(*hex2rgb(fill))
            if stroke:
                c.setStrokeColorRGB(*hex2rgb(stroke))
                c.setLineWidth(lw)
            c.rect(x, y, w, h, stroke=1 if (stroke and lw) else 0, fill=1 if fill else 0)
        elif k == 'circle':
            _, cx, cy, r, lw, stroke, fill = op
            if fill:
                c.setFillColorRGB(*hex2rgb(fill))
            c.setStrokeColorRGB(*hex2rgb(stroke))
            c.setLineWidth(lw)
            c.circle(cx, cy, r, stroke=1, fill=1 if fill else 0)
        elif k == 'field':
            _, name, x, y, w, h, font, size, value, al, color = op
            if fields:
                from reportlab.lib import colors
                c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h,
                                     fontName=font, fontSize=size, borderWidth=0,
                                     borderColor=colors.transparent, fillColor=colors.transparent,
                                     textColor=colors.Color(*hex2rgb(color)), forceBorder=False,
                                     fieldFlags='', annotationFlags='print', maxlen=400)
            else:
                from reportlab.pdfbase.pdfmetrics import stringWidth
                tw = stringWidth(value, font, size)
                tx = x + 2 if al == 'left' else (x + (w - tw) / 2 if al == 'center' else x + w - tw - 2)
                c.setFont(font, size)
                c.setFillColorRGB(*hex2rgb(color))
                c.drawString(tx, y + size * 0.3, value)


def render(spec, out, title=None, author=None):
    W, H = page_size(spec)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(title or 'Certificate of Completion')
    if author:
        c.setAuthor(author)
    for ops in layout(spec):
        draw_ops(c, ops)
        c.showPage()
    c.save()
