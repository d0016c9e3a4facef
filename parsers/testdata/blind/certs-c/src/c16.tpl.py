# Blank ASCLS CLEC attendance form (landscape; label | value rows)
import sys
sys.path.insert(0, "lib")
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib import colors
from rl_form import field

W, H = landscape(letter)
c = canvas.Canvas(sys.argv[1], pagesize=(W, H))
c.setTitle("CLEC Certificate of Attendance")
blue = colors.HexColor("#00548f")
c.setStrokeColor(blue); c.setLineWidth(2); c.rect(30, 30, W-60, H-60)
c.setFillColor(blue); c.setFont("Helvetica-Bold", 22); c.drawString(60, H-80, "ASCLS")
c.setFont("Helvetica", 10); c.drawString(60, H-96, "American Society for Clinical Laboratory Science")
c.setFillColor(colors.black); c.setFont("Times-Roman", 30); c.drawRightString(W-60, H-86, "Certificate of Attendance")
rows = [("Attendee", "attendee", 24), ("Conference", "conference", 24), ("Dates", "dates", 24),
        ("Location", "location", 24), ("P.A.C.E.® contact hours", "contact_hours", 24)]
y = H-170
for lab, name, h in rows:
    c.setFont("Helvetica-Bold", 11); c.drawRightString(250, y+8, lab + ":")
    field(c, name, 262, y, 470, h)
    y -= 46
c.setFont("Helvetica", 8.5)
c.drawString(60, 110, "ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
c.drawString(60, 97, "Contact hours are calculated from the sessions attended as recorded in the conference evaluation system.")
c.line(W-280, 70, W-60, 70); c.drawString(W-280, 58, "ASCLS Education & Professional Development")
c.showPage(); c.save()
