# Blank webinar attendance certificate (portrait, label | value)
import sys
sys.path.insert(0, "lib")
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors
from rl_form import field

W, H = letter
c = canvas.Canvas(sys.argv[1], pagesize=letter)
c.setTitle("Webinar Certificate")
p = colors.HexColor("#4a2c82")
c.setFillColor(p); c.rect(0, H-110, W, 110, stroke=0, fill=1)
c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 20); c.drawString(54, H-60, "Academy for Laboratory Leadership")
c.setFont("Helvetica", 10); c.drawString(54, H-78, "ALL Webinar Series \u2022 powered by an online meeting platform")
c.setFillColor(colors.black); c.setFont("Helvetica-Bold", 24); c.drawString(54, H-170, "Webinar Attendance Certificate")
rows = [("Attendee name", "attendee", 24, False), ("Webinar", "webinar", 44, True), ("Session date", "session_date", 24, False),
        ("Minutes attended", "minutes", 24, False), ("CE awarded (P.A.C.E.\u00ae contact hours)", "ce", 24, False),
        ("Webinar No.", "webinar_no", 24, False)]
y = H-235
for lab, name, h, ml in rows:
    c.setFont("Helvetica", 10); c.setFillColor(colors.HexColor("#555555")); c.drawString(54, y + h - 15, lab)
    c.setFillColor(colors.black)
    field(c, name, 270, y, 290, h, multiline=ml)
    y -= h + 20
c.setFont("Helvetica", 8.5)
c.drawString(54, 150, "The Academy for Laboratory Leadership is approved as a provider of continuing education programs in the clinical")
c.drawString(54, 139, "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. A minimum of 50 minutes of attendance is required for credit.")
c.showPage(); c.save()
