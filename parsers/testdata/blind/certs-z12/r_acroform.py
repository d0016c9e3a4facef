# -*- coding: utf-8 -*-
"""Fillable AcroForm (reportlab text fields holding the values), flattened with qpdf."""
import os
import subprocess

from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, ".profiles")


def field(cv, name, value, x, y, w, h=18, size=11, font="Helvetica", border=None):
    value.encode("latin-1")  # reportlab form fields take Latin-1 only
    kw = dict(borderWidth=0, forceBorder=False, fillColor=None, borderColor=None)
    if border:
        kw = dict(borderWidth=0.8, forceBorder=True, fillColor=HexColor("#ffffff"), borderColor=border)
    cv.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName=font,
                          fontSize=size, textColor=black, borderStyle="solid", **kw)


def wrap(text, font, size, maxw):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= maxw:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(cv, text, x, y, font, size, maxw, center=False):
    for line in wrap(text, font, size, maxw):
        cv.setFont(font, size)
        if center:
            cv.drawCentredString(x + maxw / 2, y, line)
        else:
            cv.drawString(x, y, line)
        y -= size * 1.3
    return y


# ------------------------------------------------------------------ zl02
def zl02(c, out):
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    teal = HexColor("#00788a")
    cv.setFillColor(teal)
    cv.roundRect(0.8 * inch, H - 1.35 * inch, 1.4 * inch, 0.6 * inch, 5, fill=1, stroke=0)
    cv.setFillColor(white)
    cv.setFont("Helvetica-Bold", 24)
    cv.drawCentredString(1.5 * inch, H - 1.17 * inch, c["logo"])
    cv.setFillColor(teal)
    cv.setFont("Helvetica", 13)
    cv.drawString(2.4 * inch, H - 1.0 * inch, c["org"])
    cv.setFont("Helvetica", 9)
    cv.drawString(2.4 * inch, H - 1.18 * inch, "Learning Center \u2022 33 West Monroe Street, Suite 1600 \u2022 Chicago, IL 60603")
    cv.setFillColor(black)
    cv.setFont("Times-Bold", 24)
    cv.drawString(0.8 * inch, H - 2.0 * inch, c["heading"])
    cv.setStrokeColor(teal)
    cv.setLineWidth(1.5)
    cv.line(0.8 * inch, H - 2.15 * inch, W - 0.8 * inch, H - 2.15 * inch)
    y = H - 2.65 * inch
    for i, (k, v) in enumerate(c["fields"]):
        if k:
            cv.setFont("Helvetica-Bold", 10.5)
            cv.drawRightString(2.45 * inch, y + 5, k + ":")
            y_gap = 0.42 * inch
        field(cv, "f%02d" % i, v, 2.6 * inch, y, 5.1 * inch, 18, 11.5)
        cv.setStrokeColor(HexColor("#aaaaaa"))
        cv.setLineWidth(0.5)
        cv.line(2.6 * inch, y, W - 0.8 * inch, y)
        nxt = c["fields"][i + 1][0] if i + 1 < len(c["fields"]) else "x"
        y -= 0.42 * inch if nxt else 0.3 * inch
    y -= 0.3 * inch
    cv.setFillColor(HexColor("#333333"))
    y = para(cv, c["statement"], 0.8 * inch, y, "Helvetica-Oblique", 9, W - 1.6 * inch)
    cv.setFillColor(black)
    cv.setStrokeColor(black)
    cv.line(0.8 * inch, 1.35 * inch, 3.6 * inch, 1.35 * inch)
    cv.setFont("Helvetica", 9.5)
    cv.drawString(0.8 * inch, 1.2 * inch, c["sig"][0])
    cv.drawString(0.8 * inch, 1.05 * inch, c["sig"][1])
    cv.showPage()
    cv.save()


# ------------------------------------------------------------------ zl14
def zl14(c, out):
    W, H = landscape(letter)
    cv = canvas.Canvas(out, pagesize=(W, H))
    blue = HexColor("#2e75b6")
    cv.setStrokeColor(blue)
    cv.setLineWidth(3)
    cv.rect(0.4 * inch, 0.4 * inch, W - 0.8 * inch, H - 0.8 * inch)
    cv.setFillColor(blue)
    cv.rect(0.4 * inch, H - 1.35 * inch, W - 0.8 * inch, 0.95 * inch, fill=1, stroke=0)
    cv.setFillColor(white)
    cv.setFont("Helvetica-Bold", 26)
    cv.drawString(0.8 * inch, H - 1.0 * inch, c["logo"])
    cv.setFont("Helvetica", 11)
    cv.drawString(0.8 * inch, H - 1.22 * inch, c["org"])
    cv.setFont("Helvetica", 16)
    cv.drawRightString(W - 0.8 * inch, H - 1.0 * inch, c["heading"])
    cv.setFillColor(black)
    cv.setFont("Times-Italic", 13)
    cv.drawString(0.9 * inch, H - 1.85 * inch, "This form certifies completion of the online course described below.")
    # grid of boxes: label above each field
    boxes = {"Name": (0.9, 2.55, 6.0), "Student ID": (7.2, 2.55, 2.9),
             "Course": (0.9, 3.35, 9.2), "": (0.9, 3.72, 9.2),
             "Course Number": (0.9, 4.55, 2.8), "Completion Date": (4.0, 4.55, 2.8),
             "Contact Hours": (7.2, 4.55, 2.9)}
    for i, (k, v) in enumerate(c["fields"]):
        x, yy, w = boxes[k]
        y = H - yy * inch
        if k:
            cv.setFont("Helvetica-Bold", 8.5)
            cv.setFillColor(blue)
            cv.drawString(x * inch, y + 24, k.upper())
            cv.setFillColor(black)
        field(cv, "f%02d" % i, v, x * inch, y, w * inch, 20, 12.5, border=HexColor("#9dc3e6"))
    cv.setFillColor(HexColor("#333333"))
    para(cv, c["statement"], 0.9 * inch, 1.6 * inch, "Helvetica", 9, W - 1.8 * inch)
    cv.setFont("Helvetica", 8)
    cv.drawString(0.9 * inch, 0.65 * inch, "MediaLab, Inc. \u2022 Lawrenceville, GA \u2022 Keep this certificate for your records.")
    cv.showPage()
    cv.save()


# ------------------------------------------------------------------ zl30
def zl30(c, out):
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    navy = HexColor("#13294b")
    gold = HexColor("#b58500")
    cv.setStrokeColor(navy)
    cv.setLineWidth(1)
    cv.rect(0.5 * inch, 0.5 * inch, W - 1.0 * inch, H - 1.0 * inch)
    # seal (wave in a circle)
    cv.setFillColor(navy)
    cv.circle(W / 2, H - 1.35 * inch, 0.55 * inch, fill=1, stroke=0)
    cv.setStrokeColor(gold)
    cv.setLineWidth(2)
    p = cv.beginPath()
    x0 = W / 2 - 0.4 * inch
    p.moveTo(x0, H - 1.4 * inch)
    for k in range(4):
        p.curveTo(x0 + (k * 0.2 + 0.05) * inch, H - 1.25 * inch, x0 + (k * 0.2 + 0.15) * inch, H - 1.55 * inch,
                  x0 + (k + 1) * 0.2 * inch, H - 1.4 * inch)
    cv.drawPath(p, stroke=1, fill=0)
    cv.setFillColor(navy)
    cv.setFont("Times-Bold", 22)
    cv.drawCentredString(W / 2, H - 2.3 * inch, c["org"])
    cv.setFont("Times-Italic", 13)
    cv.drawCentredString(W / 2, H - 2.55 * inch, c["sub"])
    cv.setFillColor(black)
    cv.setFont("Times-Roman", 24)
    cv.drawCentredString(W / 2, H - 3.2 * inch, c["heading"])
    y = H - 3.9 * inch
    for i, (k, v) in enumerate(c["fields"]):
        if k:
            cv.setFont("Times-Bold", 11.5)
            cv.drawString(1.0 * inch, y + 5, k)
        field(cv, "f%02d" % i, v, 2.5 * inch, y, 5.0 * inch, 18, 11.5, font="Times-Roman")
        cv.setStrokeColor(HexColor("#999999"))
        cv.setLineWidth(0.5)
        cv.line(2.5 * inch, y, 7.5 * inch, y)
        nxt = c["fields"][i + 1][0] if i + 1 < len(c["fields"]) else "x"
        y -= 0.45 * inch if nxt else 0.3 * inch
    y -= 0.2 * inch
    para(cv, c["statement"], 1.0 * inch, y, "Times-Italic", 11, W - 2.0 * inch)
    cv.setStrokeColor(black)
    for x, lab in ((1.0, "Dean, Division of Continuing Studies"), (4.6, "Registrar")):
        cv.line(x * inch, 1.6 * inch, (x + 2.9) * inch, 1.6 * inch)
        cv.setFont("Times-Roman", 10)
        cv.drawString(x * inch, 1.45 * inch, lab)
    cv.setFont("Times-Roman", 8.5)
    cv.drawCentredString(W / 2, 0.75 * inch, "Coastal Plains University \u2022 Division of Continuing Studies \u2022 PO Box 2210 \u2022 Statesboro, GA 30460")
    cv.showPage()
    cv.save()


# ------------------------------------------------------------------ zl36
def zl36(c, out):
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    red = HexColor("#8c1d40")
    cv.setFillColor(red)
    cv.rect(0, H - 0.35 * inch, W, 0.35 * inch, fill=1, stroke=0)
    # logo: four squares
    for i, (dx, dy) in enumerate(((0, 0), (0.28, 0), (0, -0.28), (0.28, -0.28))):
        cv.setFillColor(red if i % 3 == 0 else HexColor("#d9a5b3"))
        cv.rect((0.8 + dx) * inch, H - (0.95 - dy) * inch, 0.24 * inch, 0.24 * inch, fill=1, stroke=0)
    cv.setFillColor(red)
    cv.setFont("Helvetica-Bold", 22)
    cv.drawString(1.5 * inch, H - 0.98 * inch, c["logo"])
    cv.setFont("Helvetica", 10)
    cv.setFillColor(black)
    cv.drawString(1.5 * inch, H - 1.18 * inch, c["org"])
    cv.setFont("Helvetica-Bold", 16)
    cv.drawString(0.8 * inch, H - 1.85 * inch, c["meeting"])
    cv.setFont("Helvetica", 11)
    cv.drawString(0.8 * inch, H - 2.07 * inch, c["where"])
    cv.setFont("Times-Roman", 24)
    cv.drawString(0.8 * inch, H - 2.75 * inch, c["heading"])
    y = H - 3.4 * inch
    for i, (k, v) in enumerate(c["fields"]):
        cv.setFillColor(HexColor("#f6e9ed"))
        cv.rect(0.8 * inch, y - 6, 1.9 * inch, 26, fill=1, stroke=0)
        cv.setFillColor(black)
        cv.setFont("Helvetica-Bold", 10)
        cv.drawString(0.9 * inch, y + 3, k)
        field(cv, "f%02d" % i, v, 2.8 * inch, y - 4, 4.9 * inch, 22, 11, border=HexColor("#c9a0ad"))
        y -= 0.5 * inch
    y -= 0.2 * inch
    cv.setFillColor(HexColor("#333333"))
    y = para(cv, c["statement"], 0.8 * inch, y, "Helvetica", 9, W - 1.6 * inch)
    para(cv, "Session attendance is verified by badge scan at entry and exit. Contact hours are awarded per "
             "session attended in full.", 0.8 * inch, y - 4, "Helvetica-Oblique", 9, W - 1.6 * inch)
    cv.setFont("Helvetica", 8)
    cv.drawString(0.8 * inch, 0.6 * inch, "Clinical and Laboratory Standards Institute \u2022 950 West Valley Road, Suite 2500 \u2022 Wayne, PA 19087")
    cv.showPage()
    cv.save()


def render(cert, out_pdf):
    src_dir = os.path.join(PROF, "src")
    os.makedirs(src_dir, exist_ok=True)
    form = os.path.join(src_dir, cert["id"] + ".form.pdf")
    globals()[cert["id"]](cert["c"], form)
    if os.path.exists(out_pdf):
        os.remove(out_pdf)
    subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", form, out_pdf], check=True)
