"""std14-4-reportlab: reportlab canvas + platypus with the standard-14 fonts
(reportlab writes no /Widths for them)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib import colors

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4, pageCompression=1, invariant=1)
c.setTitle('LabCE Transcript')
W, H = A4

c.setFont('Helvetica-Bold', 20)
c.drawString(56, H - 74, 'LabCE')
c.setFont('Helvetica', 9)
c.drawRightString(W - 56, H - 62, 'Continuing Education Transcript')
c.drawRightString(W - 56, H - 74, 'Generated 2025-05-19')
c.setLineWidth(1)
c.line(56, H - 84, W - 56, H - 84)

c.setFont('Times-Bold', 12)
c.drawString(56, H - 110, 'Participant:')
c.setFont('Times-Roman', 12)
c.drawString(126, H - 110, 'Saoirse Delacroix-Mbeki, MLS(ASCP)CM')
c.setFont('Times-Bold', 12)
c.drawString(56, H - 126, 'Account:')
c.setFont('Times-Roman', 12)
c.drawString(126, H - 126, 'LCE-551902')
c.setFont('Times-Bold', 12)
c.drawString(330, H - 126, 'State license:')
c.setFont('Times-Roman', 12)
c.drawString(410, H - 126, 'CA CLS 0098124')

sty = ParagraphStyle('j', fontName='Times-Roman', fontSize=10.5, leading=13, alignment=TA_JUSTIFY)
txt = ('This transcript lists P.A.C.E.\u00ae contact hours earned for live and self-paced courses. '
       'Courses marked SUBMIT PENDING require the learner to press the BUTTON labeled SUBMIT '
       'in the course evaluation before the certificate is released.')
p = Paragraph(txt, sty)
w, h = p.wrapOn(c, W - 112, 200)
p.drawOn(c, 56, H - 146 - h)
para_bottom = H - 146 - h

data = [['Activity Title', 'Completion Date', 'Credits', 'Credit Type'],
        ['Hematology Case Studies: Schistocytes', '2025-01-12', '1.0', 'P.A.C.E.'],
        ['Sodium citrate anticoagulant 0.25 mL limits', '2025-02-02', '0.5', 'P.A.C.E.'],
        ['Mycology: Dimorphic Fungi', '2025-02-15', '2.0', 'P.A.C.E.'],
        ['Transfusion Reactions for live Audiences', '2025-03-09', '1.5', 'P.A.C.E.'],
        ['Body Fluid Cell Counts', '2025-04-21', '1.0', 'SUBMIT PENDING'],
        ['Total', '', '6.0', '']]
t = Table(data, colWidths=[230, 95, 55, 103])
t.setStyle(TableStyle([
    ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9.5),
    ('FONT', (0, 1), (-1, -1), 'Helvetica', 9.5),
    ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9.5),
    ('ALIGN', (2, 0), (2, -1), 'RIGHT'),
    ('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.black),
    ('LINEABOVE', (0, -1), (-1, -1), 0.8, colors.black),
]))
tw, th = t.wrapOn(c, W - 112, 400)
t.drawOn(c, 56, para_bottom - 24 - th)

c.setFont('Courier', 8)
c.drawString(56, 60, 'LCE-551902 | page 1 of 1')
c.setFont('Courier-Oblique', 8)
c.drawRightString(W - 56, 60, 'labce.com/transcript')
c.showPage()
c.save()
