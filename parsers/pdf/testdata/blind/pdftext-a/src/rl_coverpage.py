"""coverpage-1-reportlab: page 1 is a vector-drawn cover (logo, rules, no
text at all); page 2 is the certificate."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.lib.colors import Color

out = sys.argv[1]
W, H = letter
c = canvas.Canvas(out, pagesize=letter, invariant=1)
c.setTitle('Certificate packet')
teal = Color(0.05, 0.4, 0.45)
gold = Color(0.8, 0.65, 0.2)

# ---- page 1: vector-only cover
c.setFillColor(teal)
c.rect(0, 0, W, H, fill=1, stroke=0)
c.setFillColor(Color(1, 1, 1))
c.circle(W / 2, H / 2 + 80, 120, fill=1, stroke=0)
# an Erlenmeyer flask outline
c.setStrokeColor(teal)
c.setLineWidth(8)
p = c.beginPath()
p.moveTo(W / 2 - 25, H / 2 + 160)
p.lineTo(W / 2 - 25, H / 2 + 100)
p.lineTo(W / 2 - 75, H / 2 + 20)
p.lineTo(W / 2 + 75, H / 2 + 20)
p.lineTo(W / 2 + 25, H / 2 + 100)
p.lineTo(W / 2 + 25, H / 2 + 160)
c.drawPath(p, stroke=1, fill=0)
c.setFillColor(gold)
c.circle(W / 2 - 20, H / 2 + 45, 10, fill=1, stroke=0)
c.circle(W / 2 + 15, H / 2 + 60, 7, fill=1, stroke=0)
c.circle(W / 2 + 5, H / 2 + 38, 5, fill=1, stroke=0)
c.setStrokeColor(gold)
c.setLineWidth(3)
for i in range(5):
    c.line(100, 220 - 18 * i, W - 100, 220 - 18 * i)
c.showPage()

# ---- page 2: certificate
c.setStrokeColor(teal)
c.setLineWidth(3)
c.rect(36, 36, W - 72, H - 72)
c.setFillColor(teal)
c.setFont('Helvetica-Bold', 12)
c.drawCentredString(W / 2, H - 100, 'GREAT LAKES SOCIETY FOR CLINICAL LABORATORY SCIENCE')
c.setFillColor(Color(0, 0, 0))
c.setFont('Times-Bold', 28)
c.drawCentredString(W / 2, H - 170, 'Certificate of Completion')
c.setFont('Times-Roman', 14)
c.drawCentredString(W / 2, H - 230, 'This certifies that')
c.setFont('Times-Bold', 24)
c.drawCentredString(W / 2, H - 275, 'Dagoberto Nakagawa-Ferrante')
c.setFont('Times-Roman', 14)
c.drawCentredString(W / 2, H - 320, 'has successfully completed the spring seminar')
c.setFont('Helvetica-Bold', 15)
c.drawCentredString(W / 2, H - 355, 'Cerebrospinal Fluid Analysis: Cells, Chemistry and Culture')
c.setFont('Times-Roman', 14)
c.drawCentredString(W / 2, H - 390, 'on March 3, 2025 and is awarded 3.0 contact hours (P.A.C.E.\u00ae).')
c.setFont('Helvetica', 10)
c.drawString(90, 170, 'Seminar code: GLS-SP25-06')
c.drawRightString(W - 90, 170, 'P.A.C.E.\u00ae provider no. 116')
c.line(90, 120, 270, 120)
c.line(W - 270, 120, W - 90, 120)
c.drawString(90, 106, 'Hildegard Oyebanji-Marsh, Chair')
c.drawRightString(W - 90, 106, 'Teodoro Villalobos-Quist, Secretary')
c.showPage()
c.save()
