# CAP physician CME certificate; landscape; signature-line layout (value over rule, label under)
import sys
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfgen import canvas
from reportlab.lib import colors

out = sys.argv[1]
W, H = landscape(letter)
c = canvas.Canvas(out, pagesize=(W, H))
c.setTitle("CME Certificate")
c.setAuthor("College of American Pathologists")
maroon = colors.HexColor("#6b1f2a")
c.setStrokeColor(maroon); c.setLineWidth(3); c.rect(28, 28, W-56, H-56)
c.setLineWidth(0.8); c.rect(36, 36, W-72, H-72)
c.setFillColor(maroon); c.setFont("Times-Bold", 24)
c.drawCentredString(W/2, H-92, "College of American Pathologists")
c.setFont("Helvetica", 10); c.setFillColor(colors.black)
c.drawCentredString(W/2, H-110, "CAP  \u00b7  Learning  \u00b7  325 Waukegan Road, Northfield, Illinois")
c.setFont("Times-Italic", 30)
c.drawCentredString(W/2, H-160, "Certificate of CME Credit")

def field(x, y, w, value, label, font="Times-Roman", size=15):
    c.setFont(font, size); c.setFillColor(colors.black)
    c.drawCentredString(x + w/2, y + 6, value)
    c.setLineWidth(0.6); c.setStrokeColor(colors.black); c.line(x, y, x + w, y)
    c.setFont("Helvetica", 8.5); c.setFillColor(colors.HexColor("#555555"))
    c.drawCentredString(x + w/2, y - 12, label)

field(110, H-225, W-220, "Anjali Venkataraman, MD, FCAP", "Physician Name", "Times-Bold", 20)
field(110, H-285, W-220, "Digital Pathology Validation: Applying the CAP Guideline Update (2024)", "Activity Title", "Times-Roman", 16)
field(110, H-345, 180, "2024-12-05", "Date of Completion")
field(320, H-345, 180, "1.25", "Credits Claimed")
field(530, H-345, 152, "24DPV-0042", "CME Activity ID")

c.setFillColor(colors.black); c.setFont("Helvetica", 8.6)
txt = c.beginText(80, 150); txt.setLeading(11.5)
for ln in [
    "The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical Education (ACCME)",
    "to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of",
    "1.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation",
    "in the activity. The physician named above has claimed the credits shown.",
]:
    txt.textLine(ln)
c.drawText(txt)
c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#777777"))
c.drawString(80, 70, "Transcript record 5530-0198-772  \u00b7  Generated 2024-12-09")
c.drawRightString(W-80, 70, "CAP number 00417753")
c.showPage(); c.save()
