"""Execute an engine display list with the ReportLab canvas."""
from reportlab.pdfgen import canvas
from engine import FONTSETS


def render(ops, out, fontset='core', meta=None, fields=None, skip_fields=True):
    fs = FONTSETS[fontset]
    c = None
    H = 0
    cur_font = None
    spaced = False
    for op in ops:
        k = op[0]
        if k == 'np':
            if c is None:
                c = canvas.Canvas(out, pagesize=(op[1], op[2]), pageCompression=1)
                if meta:
                    c.setTitle(meta.get('title', ''))
                    c.setAuthor(meta.get('author', ''))
                    c.setCreator(meta.get('creator', 'ReportLab PDF Library - www.reportlab.com'))
            else:
                c.showPage()
                c.setPageSize((op[1], op[2]))
            H = op[2]
        elif k == 'font':
            cur_font = (fs[op[1]][op[2]], op[3])
        elif k == 'fill':
            c.setFillColorRGB(op[1] / 255, op[2] / 255, op[3] / 255)
        elif k == 'stroke':
            c.setStrokeColorRGB(op[1] / 255, op[2] / 255, op[3] / 255)
        elif k == 'lw':
            c.setLineWidth(op[1])
        elif k == 'text':
            t = c.beginText(op[1], H - op[2])
            t.setFont(*cur_font)
            if op[4] or spaced:
                t.setCharSpace(op[4])
                spaced = bool(op[4])
            t.textOut(op[3])
            c.drawText(t)
        elif k == 'line':
            c.line(op[1], H - op[2], op[3], H - op[4])
        elif k == 'rect':
            x, y, w, h, mode = op[1:]
            c.rect(x, H - y - h, w, h, stroke=1 if mode in ('S', 'B') else 0, fill=1 if mode in ('F', 'B') else 0)
        elif k == 'path':
            p = c.beginPath()
            for sg in op[1]:
                if sg[0] == 'M':
                    p.moveTo(sg[1], H - sg[2])
                elif sg[0] == 'L':
                    p.lineTo(sg[1], H - sg[2])
                elif sg[0] == 'C':
                    p.curveTo(sg[1], H - sg[2], sg[3], H - sg[4], sg[5], H - sg[6])
                elif sg[0] == 'Z':
                    p.close()
            mode = op[2]
            c.drawPath(p, stroke=1 if mode in ('S', 'B') else 0, fill=1 if mode in ('F', 'B') else 0)
        elif k == 'field':
            pass  # widgets are added afterwards by acro.py
    c.showPage()
    c.save()
