# Blank AACC Learning Lab certificate (landscape; labels above values)
import sys
sys.path.insert(0, "lib")
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib import colors
from rl_form import field

W, H = landscape(letter)
c = canvas.Canvas(sys.argv[1], pagesize=(W, H))
c.setTitle("AACC Learning Lab Certificate")
t = colors.HexColor("#00677f")
c.setFillColor(t); c.rect(0, 0, 200, H, stroke=0, fill=1)
c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 36); c.drawString(30, H-90, "AACC")
c.setFont("Helvetica", 9.5)
for i, ln in enumerate(["American Association", "for Clinical Chemistry", "", "Learning Lab", "Online courses"]):
    c.drawString(30, H-112 - 12*i, ln)
c.setFillColor(colors.black); c.setFont("Times-Roman", 30); c.drawString(240, H-100, "Certificate of Completion")
def lab(x, y, s):
    c.setFont("Helvetica-Bold", 8); c.setFillColor(t); c.drawString(x, y, s); c.setFillColor(colors.black)
lab(240, H-150, "NAME"); field(c, "learner", 240, H-182, 500, 28)
lab(240, H-205, "ACTIVITY TITLE"); field(c, "activity", 240, H-262, 500, 52, multiline=True)
lab(240, H-285, "DATE COMPLETED"); field(c, "completed", 240, H-313, 150, 24)
lab(415, H-285, "CONTACT HOURS (ACCENT\u00ae)"); field(c, "hours", 415, H-313, 150, 24)
lab(590, H-285, "ACTIVITY ID"); field(c, "activity_id", 590, H-313, 150, 24)
c.setFont("Helvetica", 8.3)
tx = c.beginText(240, 150); tx.setLeading(11)
for ln in ["AACC is accredited by the ACCENT\u00ae Program to award continuing education credit. One ACCENT\u00ae credit is equivalent",
           "to one contact hour. ACCENT\u00ae credit is accepted by the ASCP Board of Certification and by state licensure agencies",
           "that accept P.A.C.E.\u00ae. Keep this certificate for your records."]:
    tx.textLine(ln)
c.drawText(tx)
c.showPage(); c.save()
