"""form-1-reportlab: fillable certificate (reportlab acroform) whose text
fields are filled in but NOT flattened: the values exist only in the fields'
/V and in the widgets' /AP /N appearance streams."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.colors import white, Color

out = sys.argv[1]
W, H = landscape(letter)
c = canvas.Canvas(out, pagesize=(W, H), invariant=1)
c.setTitle('ASCP Certificate of Completion (fillable)')
navy = Color(0.1, 0.15, 0.35)
c.setStrokeColor(navy)
c.setLineWidth(5)
c.rect(28, 28, W - 56, H - 56)
c.setLineWidth(1)
c.rect(38, 38, W - 76, H - 76)

c.setFillColor(navy)
c.setFont('Helvetica-Bold', 13)
c.drawCentredString(W / 2, H - 85, 'AMERICAN SOCIETY FOR CLINICAL PATHOLOGY')
c.setFont('Times-Bold', 32)
c.drawCentredString(W / 2, H - 135, 'Certificate of Completion')
c.setFont('Times-Italic', 15)
c.drawCentredString(W / 2, H - 175, 'This certifies that')
c.setFont('Helvetica', 8)
c.drawCentredString(W / 2, H - 256, 'PARTICIPANT NAME')
c.setFont('Times-Italic', 15)
c.drawCentredString(W / 2, H - 285, 'has successfully completed')
c.setFont('Helvetica', 8)
c.drawCentredString(W / 2, H - 358, 'COURSE TITLE')
c.drawString(150, 130, 'DATE OF COMPLETION')
c.drawString(480, 130, 'CONTACT HOURS (P.A.C.E.\u00ae)')
c.setFont('Times-Roman', 9)
c.drawCentredString(W / 2, 60, 'ASCP is approved as a provider of continuing education programs in the clinical laboratory '
                    'sciences by the ASCLS P.A.C.E.\u00ae Program.')
c.setLineWidth(0.5)
for x0, x1, y0 in [(176, W - 176, H - 248), (120, W - 120, H - 350), (150, 330, 140), (480, 660, 140)]:
    c.line(x0, y0, x1, y0)

f = c.acroForm
common = dict(borderWidth=0, fillColor=white, textColor=navy, forceBorder=False, borderColor=white)
f.textfield(name='participant_name', value='Ma\u00eblle Oyelaran-S\u00f8ndergaard', x=176, y=H - 247,
            width=W - 352, height=36, fontName='Times-Bold', fontSize=26, **common)
f.textfield(name='course_title', value='Molecular Diagnostics of Hemoglobinopathies', x=120, y=H - 349,
            width=W - 240, height=26, fontName='Helvetica-Bold', fontSize=17, **common)
f.textfield(name='completion_date', value='March 3, 2025', x=150, y=141, width=180, height=20,
            fontName='Times-Roman', fontSize=13, **common)
f.textfield(name='credits', value='1.5', x=480, y=141, width=180, height=20,
            fontName='Times-Roman', fontSize=13, **common)
c.showPage()
c.save()
