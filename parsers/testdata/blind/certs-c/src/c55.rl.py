# New York State style licence CE certificate; portrait; centred
import sys
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib import colors

out = sys.argv[1]
W, H = letter
c = canvas.Canvas(out, pagesize=letter)
c.setTitle("Certificate of Completion - Empire Laboratory Learning")
blue = colors.HexColor("#243b80")
c.setStrokeColor(blue); c.setLineWidth(1.5); c.roundRect(40, 40, W-80, H-80, 14)
c.setFillColor(blue); c.setFont("Times-Bold", 22); c.drawCentredString(W/2, H-100, "Empire Laboratory Learning, Inc.")
c.setFont("Times-Roman", 11); c.setFillColor(colors.black)
c.drawCentredString(W/2, H-118, "Continuing Education for Clinical Laboratory Technology \u2022 Albany, New York")
c.setFont("Helvetica-Bold", 17); c.drawCentredString(W/2, H-175, "CERTIFICATE OF COMPLETION")
c.setFont("Times-Italic", 13); c.drawCentredString(W/2, H-215, "The licensee named below")
c.setFont("Times-Bold", 24); c.drawCentredString(W/2, H-250, "Ming Zhao")
c.setFont("Helvetica", 10); c.drawCentredString(W/2, H-268, "NYS License #: 011234-CLT")
c.setFont("Times-Italic", 13); c.drawCentredString(W/2, H-305, "has completed the following approved course of study")
c.setFont("Times-Bold", 16); c.drawCentredString(W/2, H-335, "Infection Control and Barrier Precautions (NYS Mandatory Training)")
rows = [("Course ID", "ELL-IC-2025"), ("Date of completion", "January 31, 2025"),
        ("Contact hours awarded", "2.0"), ("Delivery", "Live online, instructor-led")]
y = H-395
for k, v in rows:
    c.setFont("Helvetica-Bold", 11); c.drawRightString(W/2-8, y, k + ":")
    c.setFont("Helvetica", 11); c.drawString(W/2+8, y, v); y -= 20
c.setFont("Helvetica", 8.5); c.setFillColor(colors.HexColor("#333333"))
y = 200
for ln in ["Empire Laboratory Learning, Inc. is approved by the New York State Education Department as a provider of continuing",
           "education for licensed clinical laboratory technologists and cytotechnologists. NYSED Provider #: 0051.",
           "This course also satisfies the NYS infection control training requirement (Education Law \u00a76505-b) when completed in full.",
           "One contact hour = 50 minutes of instruction. Keep this certificate for six years."]:
    c.drawCentredString(W/2, y, ln); y -= 12
c.setFillColor(colors.black); c.line(W/2-120, 110, W/2+120, 110)
c.setFont("Helvetica", 8.5); c.drawCentredString(W/2, 98, "Education Director")
c.showPage(); c.save()
