# Blank ASCP CMLE certificate form (landscape; labels above value fields)
import sys
sys.path.insert(0, "lib")
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib import colors
from rl_form import field

W, H = landscape(letter)
c = canvas.Canvas(sys.argv[1], pagesize=(W, H))
c.setTitle("ASCP CMLE Certificate (form)")
navy = colors.HexColor("#1f4e8c")
c.setFillColor(navy); c.rect(0, H-80, W, 80, stroke=0, fill=1)
c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 30); c.drawString(40, H-52, "ASCP")
c.setFont("Helvetica", 11); c.drawString(140, H-48, "American Society for Clinical Pathology")
c.setFont("Helvetica", 9); c.drawString(140, H-62, "Histotechnology eLearning")
c.setFillColor(colors.black); c.setFont("Times-Bold", 28)
c.drawCentredString(W/2, H-130, "Certificate of CMLE Credit")

def label(x, y, t):
    c.setFont("Helvetica-Bold", 8); c.setFillColor(navy); c.drawString(x, y, t.upper()); c.setFillColor(colors.black)

label(60, H-175, "Participant"); field(c, "participant", 60, H-205, 672, 26)
label(60, H-228, "Course title"); field(c, "course_title", 60, H-290, 672, 58, multiline=True)
label(60, H-315, "Date of completion"); field(c, "completion_date", 60, H-345, 200, 26)
label(296, H-315, "CMLE credits"); field(c, "cmle_credits", 296, H-345, 200, 26)
label(532, H-315, "Course ID"); field(c, "course_id", 532, H-345, 200, 26)
c.setFont("Helvetica", 8.5)
t = c.beginText(60, 150); t.setLeading(11.5)
for ln in ["The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical Education",
           "to provide continuing medical education for physicians. This activity is approved for CMLE credit and is acceptable for the",
           "ASCP Board of Certification Credential Maintenance Program (CMP). Credits shown reflect completion of the post-test."]:
    t.textLine(ln)
c.drawText(t)
label(532, 100, "Date issued"); field(c, "issue_date", 532, 72, 200, 24)
c.showPage(); c.save()
