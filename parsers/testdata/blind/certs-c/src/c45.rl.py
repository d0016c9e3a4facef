# Vendor instrument operator training; landscape, centred; 3-day range; serial number distractor
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
c.setTitle("Training Certificate")
orange = colors.HexColor("#d45500"); grey = colors.HexColor("#3c3c3c")
c.setFillColor(grey); c.rect(0, 0, 26, H, stroke=0, fill=1)
c.setFillColor(orange); c.rect(26, 0, 6, H, stroke=0, fill=1)
c.setFillColor(grey); c.setFont("Helvetica-Bold", 20); c.drawString(70, H-60, "AURELION")
c.setFont("Helvetica", 9); c.drawString(70, H-74, "Aurelion Diagnostics, Inc.  |  Customer Training Center, Raleigh, NC")
c.setFillColor(colors.black); c.setFont("Helvetica-Bold", 30)
c.drawCentredString(W/2+16, H-140, "CERTIFICATE OF TRAINING")
c.setFont("Helvetica", 13); c.drawCentredString(W/2+16, H-178, "This certifies that")
c.setFont("Times-BoldItalic", 30); c.drawCentredString(W/2+16, H-216, "Brianna Whitlock-Oduya")
c.setFont("Helvetica", 13); c.drawCentredString(W/2+16, H-246, "has satisfactorily completed the instructor-led course")
st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=21, alignment=TA_CENTER, textColor=orange)
Frame(150, H-330, W-268, 72, showBoundary=0, leftPadding=0, rightPadding=0).addFromList([Paragraph(
    "Operator Training: Aurelion HX-900 Hematology Analyzer \u2014 Daily Maintenance, QC and Troubleshooting", st)], c)
c.setFont("Helvetica", 12)
c.drawCentredString(W/2+16, H-352, "held February 3\u20135, 2025 at the Customer Training Center")
c.drawCentredString(W/2+16, H-370, "and is awarded 8.0 P.A.C.E.\u00ae contact hours")
c.setFont("Helvetica", 9); c.setFillColor(grey)
c.drawString(70, 118, "Course ID: AD-OT-HX900")
c.drawString(70, 105, "Instrument S/N: HX9-44821   Site account: 0071-5520")
c.drawString(70, 92, "Aurelion Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical")
c.drawString(70, 80, "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Provider number 0392.")
c.setStrokeColor(colors.black); c.line(W-260, 120, W-60, 120)
c.setFont("Helvetica", 8); c.drawCentredString(W-160, 108, "Field Application Specialist / Instructor")
c.showPage(); c.save()
