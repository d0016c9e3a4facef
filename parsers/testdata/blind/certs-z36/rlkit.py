"""Small ReportLab drawing helpers shared by the canvas, Platypus and AcroForm certificates."""
import math

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth


def double_border(c, w, h, color, inset=24, gap=6, w1=2.5, w2=0.8):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(w1)
    c.rect(inset, inset, w - 2 * inset, h - 2 * inset)
    c.setLineWidth(w2)
    c.rect(inset + gap, inset + gap, w - 2 * (inset + gap), h - 2 * (inset + gap))
    c.restoreState()


def corner_flourish(c, w, h, color, inset=40, size=28):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(1.2)
    for (x, y, sx, sy) in ((inset, inset, 1, 1), (w - inset, inset, -1, 1),
                           (inset, h - inset, 1, -1), (w - inset, h - inset, -1, -1)):
        p = c.beginPath()
        p.moveTo(x, y + sy * size)
        p.curveTo(x, y, x, y, x + sx * size, y)
        c.drawPath(p)
        c.circle(x + sx * 6, y + sy * 6, 2, stroke=1, fill=0)
    c.restoreState()


def seal(c, x, y, r, color, lines=(), font='Times-Bold', size=7):
    """Star-burst seal with short text inside."""
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    p = c.beginPath()
    n = 36
    for i in range(2 * n):
        rr = r if i % 2 == 0 else r * 0.9
        a = math.pi * i / n
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1)
    c.circle(x, y, r * 0.75, stroke=1, fill=0)
    c.circle(x, y, r * 0.68, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont(font, size)
    total = len(lines) * (size + 2)
    yy = y + total / 2 - size + 1
    for ln in lines:
        c.drawCentredString(x, yy, ln)
        yy -= size + 2
    c.restoreState()


def squiggle(c, x, y, width, color=colors.HexColor('#1b2a6b'), seed=1):
    """A hand-drawn looking signature stroke (no text)."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y)
    step = width / 6.0
    for i in range(6):
        amp = 9 + ((seed * (i + 3)) % 5) * 2
        x0 = x + i * step
        p.curveTo(x0 + step * 0.25, y + amp, x0 + step * 0.6, y - amp * 0.7, x0 + step, y + ((seed + i) % 3 - 1) * 3)
    c.drawPath(p)
    c.restoreState()


def signature(c, x, y, width, name, title, font='Helvetica', size=9, seed=1, title2=None, centre=True):
    squiggle(c, x + 10, y + 12, width - 30, seed=seed)
    c.setLineWidth(0.6)
    c.line(x, y, x + width, y)
    if centre:
        c.setFont(font + '-Bold' if not font.endswith('Bold') else font, size)
        c.drawCentredString(x + width / 2, y - size - 3, name)
        c.setFont(font, size - 0.5)
        c.drawCentredString(x + width / 2, y - 2 * size - 5, title)
        if title2:
            c.drawCentredString(x + width / 2, y - 3 * size - 7, title2)
    else:
        c.setFont(font + '-Bold', size)
        c.drawString(x, y - size - 3, name)
        c.setFont(font, size - 0.5)
        c.drawString(x, y - 2 * size - 5, title)
        if title2:
            c.drawString(x, y - 3 * size - 7, title2)


def centred_wrapped(c, text, x, y, width, font, size, leading=None):
    """Draw text centred on x, wrapped to width; returns the y below the last line."""
    leading = leading or size * 1.22
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawCentredString(x, y, ln)
        y -= leading
    return y


def left_wrapped(c, text, x, y, width, font, size, leading=None):
    leading = leading or size * 1.25
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawString(x, y, ln)
        y -= leading
    return y


def spaced(text, gap=' '):
    """Letter-space a string: 'ANA LIMA' -> 'A N A   L I M A'."""
    return '   '.join(gap.join(list(w)) for w in text.split(' '))


__all__ = ['double_border', 'corner_flourish', 'seal', 'squiggle', 'signature',
           'centred_wrapped', 'left_wrapped', 'spaced', 'stringWidth']
