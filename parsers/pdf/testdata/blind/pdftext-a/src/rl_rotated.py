"""rotated-5-reportlab: reportlab pages with /Rotate 90 and /Rotate 270 whose
content is drawn through translate+rotate so it reads upright."""
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('DVS', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVSerifI', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf'))

out = sys.argv[1]
# reportlab swaps the MediaBox when /Rotate is 90 or 270, so asking for a
# landscape page size gives the portrait MediaBox [0 0 612 792]
c = canvas.Canvas(out, pagesize=(792, 612), invariant=1)
c.setTitle('ASCLS Region VII Meeting Certificate')

# ---- page 1: /Rotate 90
c.setPageRotation(90)
c.saveState()
c.translate(612, 0)
c.rotate(90)
c.setLineWidth(2)
c.rect(30, 30, 732, 552)
c.setFont('DVSB', 14)
c.drawCentredString(396, 530, 'ASCLS Region VII Annual Meeting \u00b7 Spokane, WA')
c.setFont('DVSB', 30)
c.drawCentredString(396, 470, 'Certificate of Participation')
c.setFont('DVSerifI', 15)
c.drawCentredString(396, 420, 'This certifies that')
c.setFont('DVSB', 26)
c.drawCentredString(396, 375, 'Marguerite Ekwueme-Sj\u00f6berg')
c.setFont('DVS', 14)
c.drawCentredString(396, 335, 'attended the scientific sessions held March 3\u20135, 2025')
c.drawCentredString(396, 312, 'and earned 9.0 contact hours (P.A.C.E.\u00ae)')
c.setFont('DVS', 10)
c.drawString(80, 110, 'Program Chair: Osvaldo Tiwari-Halvorsen')
c.drawRightString(712, 110, 'P.A.C.E.\u00ae Provider No. 519')
c.restoreState()
c.showPage()

# ---- page 2: /Rotate 270, content drawn with the opposite rotation
c.setPageRotation(270)
c.saveState()
c.translate(0, 792)
c.rotate(-90)
c.setFont('DVSB', 15)
c.drawString(50, 550, 'Sessions Attended')
c.setFont('DVS', 10)
c.drawString(50, 530, 'Marguerite Ekwueme-Sj\u00f6berg \u2014 registration no. R7-2025-0448')
cols = [50, 140, 520, 600, 670]
rows = [['Date', 'Session', 'Credits', 'Type', 'Room'],
        ['03/03/2025', 'Keynote: The Laboratory Workforce in 2030', '1.0', 'P.A.C.E.', 'Ballroom A'],
        ['03/03/2025', 'Carbapenemase Detection Methods', '1.5', 'P.A.C.E.', '204'],
        ['03/04/2025', 'Direct Oral Anticoagulants and Coagulation Assays', '1.5', 'P.A.C.E.', '206'],
        ['03/04/2025', 'Myeloid Neoplasms: WHO 5th Edition Changes', '2.0', 'P.A.C.E.', '204'],
        ['03/05/2025', 'Student Bowl and Poster Session', '1.0', 'P.A.C.E.', 'Hall C'],
        ['03/05/2025', 'Leadership Skills for Bench Scientists', '2.0', 'P.A.C.E.', '210']]
y = 495
for r, row in enumerate(rows):
    c.setFont('DVSB' if r == 0 else 'DVS', 10)
    for x, cell in zip(cols, row):
        c.drawString(x, y, cell)
    y -= 18
c.setFont('DVSB', 10)
c.drawString(50, y - 8, 'Total: 9.0 contact hours')
c.restoreState()
c.showPage()
c.save()
