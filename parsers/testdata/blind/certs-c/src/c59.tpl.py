# Blank conference attendance certificate with claimed-hours field (landscape)
import sys
sys.path.insert(0, "lib")
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib import colors
from rl_form import field

W, H = landscape(letter)
c = canvas.Canvas(sys.argv[1], pagesize=(W, H))
c.setTitle("GLCMS Certificate of Attendance")
b = colors.HexColor("#0d47a1")
c.setFillColor(colors.HexColor("#e3f2fd")); c.rect(0, 0, W, H, stroke=0, fill=1)
c.setFillColor(colors.white); c.rect(30, 30, W-60, H-60, stroke=0, fill=1)
c.setFillColor(b); c.setFont("Helvetica-Bold", 18); c.drawString(60, H-76, "Great Lakes Clinical Microbiology Society")
c.setFont("Helvetica", 9); c.drawString(60, H-90, "GLCMS \u2022 Milwaukee, Wisconsin")
c.setFillColor(colors.black); c.setFont("Times-Roman", 30); c.drawCentredString(W/2, H-150, "Certificate of Attendance")
c.setFont("Times-Italic", 13); c.drawCentredString(W/2, H-180, "presented to")
field(c, "name", 171, H-220, 450, 30)
c.setFont("Times-Italic", 13); c.drawCentredString(W/2, H-245, "for attendance at")
field(c, "event", 121, H-285, 550, 28)
field(c, "dates", 246, H-318, 300, 22)
c.setFont("Helvetica", 11)
c.drawString(180, H-372, "Contact hours claimed:"); field(c, "claimed", 310, H-378, 60, 22)
c.drawString(380, H-372, "of 16.5 P.A.C.E.\u00ae contact hours offered")
c.drawString(180, H-402, "Event code:"); field(c, "event_code", 250, H-408, 120, 22)
c.setFont("Helvetica", 8)
c.drawCentredString(W/2, 80, "Great Lakes Clinical Microbiology Society is approved as a provider of continuing education programs in the clinical")
c.drawCentredString(W/2, 69, "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
c.showPage(); c.save()
