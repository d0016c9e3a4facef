# Blank MTEA continuing education certificate (portrait; label | value)
import sys
sys.path.insert(0, "lib")
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors
from rl_form import field

W, H = letter
c = canvas.Canvas(sys.argv[1], pagesize=letter)
c.setTitle("MTEA Certificate")
red = colors.HexColor("#8c1c13")
c.setFillColor(red); c.setFont("Times-Bold", 20)
c.drawCentredString(W/2, H-80, "Midwest Transfusion Education Alliance")
c.setFont("Helvetica", 9.5); c.setFillColor(colors.HexColor("#555555"))
c.drawCentredString(W/2, H-96, "MTEA \u2022 Immunohematology continuing education \u2022 Des Moines, Iowa")
c.setStrokeColor(red); c.line(72, H-108, W-72, H-108)
c.setFillColor(colors.black); c.setFont("Times-Roman", 26); c.drawCentredString(W/2, H-160, "Continuing Education Certificate")
rows = [("Participant", "participant", 24, False), ("Course title", "course", 44, True),
        ("Date completed", "date", 24, False), ("Contact hours", "hours", 24, False),
        ("Course No.:", "course_no", 24, False), ("State license # (if applicable)", "license", 24, False)]
y = H-230
for lab, name, h, ml in rows:
    c.setFont("Helvetica-Bold", 10); c.drawString(72, y + h - 16, lab)
    field(c, name, 240, y, 300, h, multiline=ml)
    y -= h + 22
c.setFont("Helvetica", 8.5)
t = c.beginText(72, 170); t.setLeading(11.5)
for ln in ["Midwest Transfusion Education Alliance is approved as a provider of continuing education programs in the",
           "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Provider #0611.",
           "Contact hours are awarded as P.A.C.E.\u00ae credit upon completion of the evaluation."]:
    t.textLine(ln)
c.drawText(t)
c.showPage(); c.save()
