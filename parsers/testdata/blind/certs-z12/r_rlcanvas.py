# -*- coding: utf-8 -*-
"""reportlab canvas drawings (absolute positioning)."""
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DJ = "/usr/share/fonts/truetype/dejavu/"
_reg = False


def fonts():
    global _reg
    if _reg:
        return
    pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DJS", DJ + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DJSB", DJ + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DJSI", DJ + "DejaVuSerif-Italic.ttf"))
    _reg = True


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(cv, text, x, y, font, size, width, lead=None, align="left"):
    lead = lead or size * 1.25
    for line in wrap(text, font, size, width):
        cv.setFont(font, size)
        if align == "center":
            cv.drawCentredString(x + width / 2, y, line)
        else:
            cv.drawString(x, y, line)
        y -= lead
    return y


# ------------------------------------------------------------------ zl06
def zl06(c, out):
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    cv.setTitle("CE Credit Certificate")
    navy = HexColor("#00365f")
    cv.setFillColor(navy)
    cv.rect(0, H - 1.1 * inch, W, 1.1 * inch, fill=1, stroke=0)
    cv.setFillColor(white)
    cv.circle(1.0 * inch, H - 0.55 * inch, 0.38 * inch, fill=1, stroke=0)
    cv.setFillColor(navy)
    cv.setFont("Times-Bold", 17)
    cv.drawCentredString(1.0 * inch, H - 0.61 * inch, c["logo"])
    cv.setFillColor(white)
    cv.setFont("Times-Roman", 20)
    cv.drawString(1.6 * inch, H - 0.64 * inch, c["org"])
    cv.setFillColor(black)
    cv.setFont("Helvetica-Bold", 18)
    cv.drawString(0.8 * inch, H - 1.7 * inch, c["heading"])
    cv.setFont("Times-Bold", 15)
    cv.drawString(0.8 * inch, H - 2.1 * inch, c["meeting"])
    cv.setFont("Times-Roman", 11.5)
    cv.drawString(0.8 * inch, H - 2.33 * inch, c["where"])
    y = H - 2.85 * inch
    for k, v in c["fields"]:
        cv.setFont("Helvetica-Bold", 10.5)
        cv.drawString(0.8 * inch, y, k + ":")
        cv.setFont("Helvetica", 10.5)
        cv.drawString(2.1 * inch, y, v)
        y -= 0.24 * inch
    # credit table
    y -= 0.25 * inch
    xs = [0.8 * inch, 4.4 * inch, 6.0 * inch]
    right = 7.7 * inch
    rowh = 0.32 * inch
    for i, row in enumerate(c["table"]):
        if i == 0:
            cv.setFillColor(HexColor("#dfe7ef"))
            cv.rect(xs[0], y - 0.09 * inch, right - xs[0], rowh, fill=1, stroke=0)
            cv.setFillColor(black)
        cv.setStrokeColor(HexColor("#8899aa"))
        cv.line(xs[0], y - 0.09 * inch, right, y - 0.09 * inch)
        for j, cell in enumerate(row):
            cv.setFont("Helvetica-Bold" if i == 0 or (j == 2 and cell not in ("\u2014",)) else "Helvetica", 10)
            if j == 0:
                cv.drawString(xs[0] + 6, y + 0.02 * inch, cell)
            else:
                cv.drawCentredString((xs[j] + (xs[j + 1] if j + 1 < len(xs) else right)) / 2, y + 0.02 * inch, cell)
        y -= rowh
    y -= 0.35 * inch
    for s in c["statements"]:
        y = para(cv, s, 0.8 * inch, y, "Helvetica", 8.5, 6.9 * inch) - 6
    y -= 0.5 * inch
    cv.line(0.8 * inch, y, 3.6 * inch, y)
    cv.setFont("Helvetica", 9.5)
    cv.drawString(0.8 * inch, y - 13, c["sig"][0])
    cv.drawString(0.8 * inch, y - 25, c["sig"][1])
    cv.setFont("Helvetica", 7.5)
    cv.setFillColor(HexColor("#777777"))
    cv.drawString(0.8 * inch, 0.5 * inch, "College of American Pathologists \u00b7 325 Waukegan Road \u00b7 Northfield, IL 60093")
    cv.showPage()
    cv.save()


# ------------------------------------------------------------------ zl11
def zl11(c, out):
    fonts()
    W, H = landscape(letter)
    cv = canvas.Canvas(out, pagesize=(W, H))
    orange = HexColor("#e87722")
    dark = HexColor("#23395b")
    cv.setFillColor(dark)
    cv.rect(0, H - 1.2 * inch, W, 1.2 * inch, fill=1, stroke=0)
    cv.setFillColor(orange)
    cv.rect(0, H - 1.32 * inch, W, 0.12 * inch, fill=1, stroke=0)
    # wordmark: flask shape + text
    cv.setFillColor(orange)
    p = cv.beginPath()
    x0, y0 = 0.7 * inch, H - 1.0 * inch
    p.moveTo(x0 + 10, y0 + 50); p.lineTo(x0 + 22, y0 + 50); p.lineTo(x0 + 22, y0 + 32)
    p.lineTo(x0 + 36, y0); p.lineTo(x0 - 4, y0); p.lineTo(x0 + 10, y0 + 32); p.close()
    cv.drawPath(p, fill=1, stroke=0)
    cv.setFillColor(white)
    cv.setFont("DJB", 28)
    cv.drawString(1.35 * inch, H - 0.78 * inch, c["org"])
    cv.setFont("DJ", 14)
    cv.drawRightString(W - 0.7 * inch, H - 0.72 * inch, c["heading"])
    cv.setFillColor(black)
    cx = W / 2
    cv.setFont("DJ", 13)
    cv.drawCentredString(cx, H - 2.05 * inch, c["intro"])
    cv.setFont("DJSB", 28)
    cv.drawCentredString(cx, H - 2.55 * inch, c["name"])
    cv.setStrokeColor(orange)
    cv.setLineWidth(1.2)
    cv.line(cx - 3.2 * inch, H - 2.7 * inch, cx + 3.2 * inch, H - 2.7 * inch)
    cv.setFont("DJ", 12)
    cv.drawCentredString(cx, H - 3.05 * inch, c["verb"])
    cv.setFont("DJSB", 19)
    cv.setFillColor(dark)
    cv.drawCentredString(cx, H - 3.5 * inch, c["title"])
    cv.setFillColor(HexColor("#666666"))
    cv.setFont("DJSI", 11)
    cv.drawCentredString(cx, H - 3.78 * inch, c["fmt"])
    cv.setFillColor(black)
    # two-column block
    cv.setStrokeColor(HexColor("#cccccc"))
    cv.roundRect(1.3 * inch, H - 5.25 * inch, W - 2.6 * inch, 1.05 * inch, 6, stroke=1, fill=0)
    cv.line(W / 2, H - 5.15 * inch, W / 2, H - 4.3 * inch)
    for col, x, off in ((c["left"], 1.6 * inch, 1.7 * inch), (c["right"], W / 2 + 0.3 * inch, 2.35 * inch)):
        y = H - 4.6 * inch
        for k, v in col:
            cv.setFont("DJB", 11)
            cv.drawString(x, y, k + ":")
            cv.setFont("DJ", 11)
            cv.drawString(x + off, y, v)
            y -= 0.36 * inch
    y = 1.25 * inch
    for s in c["statements"]:
        y = para(cv, s, 1.0 * inch, y, "DJ", 8, W - 2.0 * inch, align="center") - 4
    cv.setFont("DJ", 8)
    cv.setFillColor(HexColor("#888888"))
    cv.drawCentredString(cx, 0.4 * inch, c["footer"])
    cv.showPage()
    cv.save()


# ------------------------------------------------------------------ zl21
def zl21(c, out):
    W, H = landscape(letter)
    cv = canvas.Canvas(out, pagesize=(W, H))
    blue = HexColor("#0a5c8a")
    cv.setFillColor(blue)
    cv.rect(0, 0, 2.4 * inch, H, fill=1, stroke=0)
    cv.setFillColor(HexColor("#7cc4e8"))
    cv.circle(1.2 * inch, H - 1.3 * inch, 0.6 * inch, fill=1, stroke=0)
    cv.setFillColor(blue)
    cv.circle(1.2 * inch, H - 1.3 * inch, 0.35 * inch, fill=1, stroke=0)
    cv.setFillColor(white)
    cv.setFont("Helvetica-Bold", 20)
    cv.drawCentredString(1.2 * inch, H - 2.35 * inch, c["side"][0])
    cv.setFont("Helvetica", 11)
    yy = H - 2.65 * inch
    for s in c["side"][1:]:
        cv.drawCentredString(1.2 * inch, yy, s)
        yy -= 0.2 * inch
    x = 2.95 * inch
    cv.setFillColor(blue)
    cv.setFont("Helvetica", 13)
    cv.drawString(x, H - 0.9 * inch, c["org"])
    cv.setFillColor(black)
    cv.setFont("Times-Roman", 34)
    cv.drawString(x, H - 1.75 * inch, c["heading"])
    cv.setFont("Times-Bold", 26)
    cv.drawString(x, H - 2.6 * inch, c["name"])
    cv.setFont("Times-Italic", 13)
    cv.drawString(x, H - 2.95 * inch, c["verb"])
    cv.setFont("Times-Bold", 18)
    cv.setFillColor(blue)
    cv.drawString(x, H - 3.35 * inch, c["title"])
    cv.setFillColor(black)
    y = H - 4.1 * inch
    for k, v in c["fields"]:
        cv.setFont("Helvetica-Bold", 10.5)
        cv.drawString(x, y, k + ":")
        cv.setFont("Helvetica", 10.5)
        cv.drawString(x + 2.3 * inch, y, v)
        y -= 0.26 * inch
    para(cv, c["statement"], x, 1.15 * inch, "Helvetica-Oblique", 8.5, W - x - 0.7 * inch)
    cv.setFont("Helvetica", 7.5)
    cv.drawString(x, 0.45 * inch, "Association of Public Health Laboratories \u00b7 8515 Georgia Avenue, Suite 700 \u00b7 Silver Spring, MD 20910")
    cv.showPage()
    cv.save()


# ------------------------------------------------------------------ zl39 (wallet card, front + back)
def zl39(c, out):
    fonts()
    W, H = 3.5 * inch, 2.0 * inch
    cv = canvas.Canvas(out, pagesize=(W, H))
    plum = HexColor("#5a2a5e")
    # front
    cv.setFillColor(plum)
    cv.rect(0, H - 0.42 * inch, W, 0.42 * inch, fill=1, stroke=0)
    cv.setFillColor(white)
    cv.circle(0.24 * inch, H - 0.21 * inch, 0.14 * inch, fill=1, stroke=0)
    cv.setFillColor(plum)
    cv.setFont("DJB", 5)
    cv.drawCentredString(0.24 * inch, H - 0.23 * inch, c["logo"])
    cv.setFillColor(white)
    cv.setFont("DJB", 6.6)
    cv.drawString(0.45 * inch, H - 0.17 * inch, c["org"])
    cv.setFont("DJ", 6)
    cv.drawString(0.45 * inch, H - 0.33 * inch, c["heading"])
    cv.setFillColor(black)
    cv.setFont("DJB", 10)
    cv.drawString(0.15 * inch, H - 0.65 * inch, c["name"])
    cv.setFont("DJ", 5.5)
    cv.drawString(0.15 * inch, H - 0.8 * inch, "completed the session")
    cv.setFont("DJB", 7.5)
    cv.drawString(0.15 * inch, H - 0.95 * inch, c["title"])
    cv.setFont("DJ", 6.5)
    cv.drawString(0.15 * inch, H - 1.2 * inch, "Date: " + c["date"])
    cv.drawString(1.6 * inch, H - 1.2 * inch, "Credit: " + c["credit"])
    cv.setStrokeColor(plum)
    cv.line(0.15 * inch, 0.35 * inch, 1.6 * inch, 0.35 * inch)
    cv.setFont("DJ", 4.5)
    cv.drawString(0.15 * inch, 0.27 * inch, "Education Chair")
    cv.setFillColor(plum)
    cv.rect(0, 0, W, 0.1 * inch, fill=1, stroke=0)
    cv.showPage()
    # back
    cv.setFont("DJB", 7)
    cv.drawString(0.15 * inch, H - 0.25 * inch, c["logo"] + " \u00b7 Continuing Education")
    y = H - 0.48 * inch
    for k, v in c["back"]:
        cv.setFont("DJ", 6.5)
        cv.drawString(0.15 * inch, y, "%s: %s" % (k, v))
        y -= 0.14 * inch
    y -= 0.05 * inch
    para(cv, c["statement"], 0.15 * inch, y, "DJ", 5.2, W - 0.3 * inch)
    cv.setFont("DJB", 5.5)
    cv.drawString(0.15 * inch, 0.2 * inch, c["keep"])
    cv.showPage()
    cv.save()


def render(cert, out_pdf):
    globals()[cert["id"]](cert["c"], out_pdf)
