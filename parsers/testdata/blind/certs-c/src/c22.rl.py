# MediaLab compliance course certificate; landscape; long title wrapping over three lines
import sys
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER

out = sys.argv[1]
W, H = landscape(letter)
c = canvas.Canvas(out, pagesize=(W, H))
c.setTitle("Certificate of Completion - MediaLab")
teal = colors.HexColor("#00707a")
c.setFillColor(teal); c.rect(0, H-70, W, 70, stroke=0, fill=1)
c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 26); c.drawString(40, H-46, "MediaLab")
c.setFont("Helvetica", 10); c.drawRightString(W-40, H-42, "MediaLab, Inc.  \u2022  Compliance & Continuing Education")
c.setFillColor(colors.black)
c.setFont("Times-Roman", 34); c.drawCentredString(W/2, H-130, "Certificate of Completion")
c.setFont("Times-Italic", 14); c.drawCentredString(W/2, H-170, "This is to certify that")
c.setFont("Times-Bold", 28); c.drawCentredString(W/2, H-208, "Dmitri Volkov")
c.setFont("Times-Italic", 14); c.drawCentredString(W/2, H-240, "has successfully completed the course")
st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=TA_CENTER, textColor=teal)
p = Paragraph("Laboratory Safety Compliance 2025: Chemical Hygiene, Bloodborne Pathogens, Fire Safety, "
              "Ergonomics and Hazard Communication for Laboratory Staff (OSHA-Aligned)", st)
f = Frame(170, H-330, W-340, 80, showBoundary=0, leftPadding=0, rightPadding=0)
f.addFromList([p], c)
c.setFont("Helvetica", 12)
c.drawCentredString(W/2, H-360, "Completed on January 9, 2025  \u2014  3.0 contact hours (P.A.C.E.\u00ae)")
c.drawCentredString(W/2, H-378, "Course Number: 2219")
c.setFont("Helvetica", 8.5); c.setFillColor(colors.HexColor("#444444"))
y = 120
for ln in ["MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program, Provider #270.",
           "Florida Board of Clinical Laboratory Personnel: Provider #50-2418. CE Broker Tracking #20-811234. California: accepted via ASCLS P.A.C.E.\u00ae.",
           "Certificate reference ML-7Q3-55190  \u00b7  Verify at www.medialabinc.net"]:
    c.drawCentredString(W/2, y, ln); y -= 13
c.setStrokeColor(colors.black); c.line(W-280, 170, W-70, 170)
c.setFont("Helvetica", 8); c.drawCentredString(W-175, 158, "Director of Continuing Education")
c.showPage(); c.save()
