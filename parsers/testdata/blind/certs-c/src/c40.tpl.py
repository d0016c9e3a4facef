# Blank community-college workforce CE certificate (landscape, centred fields)
import sys
sys.path.insert(0, "lib")
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib import colors
from rl_form import field

W, H = landscape(letter)
c = canvas.Canvas(sys.argv[1], pagesize=(W, H))
c.setTitle("Workforce & Continuing Education Certificate")
g = colors.HexColor("#1b5e20")
c.setStrokeColor(g); c.setLineWidth(5); c.rect(24, 24, W-48, H-48); c.setLineWidth(1); c.rect(34, 34, W-68, H-68)
c.setFillColor(g); c.setFont("Times-Bold", 22); c.drawCentredString(W/2, H-80, "Lakeland Community College")
c.setFont("Times-Italic", 12); c.drawCentredString(W/2, H-98, "Workforce & Continuing Education (LCC)")
c.setFillColor(colors.black); c.setFont("Times-Roman", 32); c.drawCentredString(W/2, H-150, "Certificate of Completion")
c.setFont("Times-Italic", 14); c.drawCentredString(W/2, H-185, "This certifies that")
field(c, "student_name", 146, H-226, 500, 30)
c.setFont("Times-Italic", 14); c.drawCentredString(W/2, H-252, "has completed the continuing education class")
field(c, "class_title", 106, H-312, 580, 50, multiline=True)
c.setFont("Helvetica-Bold", 9)
for x, lab in [(106, "Date completed"), (306, "Contact hours"), (506, "Class #")]:
    c.drawString(x, H-342, lab)
field(c, "date_completed", 106, H-372, 170, 24)
field(c, "contact_hours", 306, H-372, 170, 24)
field(c, "class_no", 506, H-372, 180, 24)
c.setFont("Helvetica", 8.5)
c.drawCentredString(W/2, 120, "Lakeland Community College is approved as a provider of continuing education programs in the clinical laboratory")
c.drawCentredString(W/2, 108, "sciences by the ASCLS P.A.C.E.\u00ae Program. One contact hour equals 50 minutes of instruction.")
c.drawString(60, 60, "Student No."); field(c, "student_no", 120, 54, 120, 18, size=9)
c.line(W-300, 72, W-70, 72); c.drawString(W-300, 60, "Director, Workforce & Continuing Education")
c.showPage(); c.save()
