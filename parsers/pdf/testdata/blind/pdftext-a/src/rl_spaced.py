"""spaced-3-reportlab: letter spacing through the Tc operator
(textobject.setCharSpace), with normal sentences on the same page."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('LibSans', '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LibSansB', '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf'))

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle('Certificate - Hospital Laboratory Education')


def spaced(text, font, size, cs, y, x=None, ws=0):
    """Draw text with Tc = cs (and optional Tw); centred when x is None."""
    w = pdfmetrics.stringWidth(text, font, size) + cs * (len(text) - 1) + ws * text.count(' ')
    if x is None:
        x = (W - w) / 2
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(cs)
    if ws:
        t.setWordSpace(ws)
    t.textOut(text)
    t.setCharSpace(0)
    if ws:
        t.setWordSpace(0)
    c.drawText(t)
    return x + w


c.setStrokeColorRGB(0.45, 0.1, 0.1)
c.setLineWidth(2)
c.rect(36, 36, W - 72, H - 72)
spaced('ST. AGATHA VALLEY MEDICAL CENTER', 'LibSansB', 13, 4, H - 110)
spaced('LABORATORY EDUCATION OFFICE', 'LibSans', 10, 3, H - 128)
spaced('CERTIFICATE OF COMPLETION', 'Times-Bold', 22, 5, H - 220)
c.setFont('Times-Italic', 15)
c.drawCentredString(W / 2, H - 270, 'This is to certify that')
spaced('MARISOL ZAPATA-ADEBAYO', 'Helvetica-Bold', 22, 7, H - 330)
c.setFont('Times-Roman', 14)
for i, s in enumerate(['has completed the continuing education activity',
                       '\u201cUrinalysis Microscopy: Casts, Crystals and Cells\u201d',
                       'on March 3, 2025 and is awarded 1.25 contact hours.']):
    c.drawCentredString(W / 2, H - 380 - 22 * i, s)
# label + spaced value, same baseline
c.setFont('LibSans', 10)
c.drawString(80, 200, 'Credit type:')
spaced('P.A.C.E.', 'LibSansB', 10, 2.5, 200, x=80 + pdfmetrics.stringWidth('Credit type: ', 'LibSans', 10))
c.setFont('LibSans', 10)
c.drawString(330, 200, 'Activity no. SAV-LAB-2025-014')
c.drawString(80, 184, 'Verified by:')
spaced('E. OYELARAN-BRANDT', 'LibSans', 10, 3, 184, x=80 + pdfmetrics.stringWidth('Verified by: ', 'LibSans', 10))
c.drawString(330, 184, 'Issued: March 4, 2025')
# a very widely tracked word with word spacing too
spaced('LIVE  WEBINAR', 'Helvetica', 9, 5, 120, ws=6)
c.showPage()
c.save()
