"""symbol-2-reportlab: reportlab canvas drawing Greek letters and math signs
with the standard Symbol font and check marks with ZapfDingbats, next to
Times/Helvetica text (reportlab encodes Unicode into the fonts' built-in
encodings)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import letter

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=letter, invariant=1)
c.setTitle('Flow Cytometry Competency')
W, H = letter


def run(x, y, parts, size=11):
    """parts: (font, text) drawn consecutively."""
    for font, text in parts:
        c.setFont(font, size)
        c.drawString(x, y, text)
        x += stringWidth(text, font, size)
    return x


c.setFont('Times-Bold', 18)
c.drawString(60, H - 70, 'Immunophenotyping Competency Checklist')
c.setFont('Times-Roman', 11)
c.drawString(60, H - 90, 'Flow Cytometry Laboratory, Cedar Hollow Medical Center')
c.drawString(60, H - 118, 'Technologist: Anahera Lindqvist-Obi, SCYM(ASCP)')
c.drawRightString(W - 60, H - 118, 'Date: March 3, 2025')

y = H - 160
c.setFont('Helvetica-Bold', 10)
c.drawString(60, y, 'Done')
c.drawString(100, y, 'Competency element')
c.drawString(430, y, 'Criterion')
c.setLineWidth(0.5)
c.line(60, y - 5, W - 60, y - 5)
rows = [
    ('\u2714', [('Helvetica', 'Surface '), ('Symbol', '\u03ba'), ('Helvetica', '/'), ('Symbol', '\u03bb'),
                ('Helvetica', ' light chain restriction')], [('Helvetica', 'ratio '), ('Symbol', '\u2265'), ('Helvetica', ' 3:1')]),
    ('\u2714', [('Helvetica', 'CD34+ enumeration, ISHAGE gating')], [('Helvetica', 'CV '), ('Symbol', '\u2264'), ('Helvetica', ' 10%')]),
    ('\u2714', [('Helvetica', 'TCR '), ('Symbol', '\u03b3\u03b4'), ('Helvetica', ' T-cell identification')], [('Helvetica', 'agrees with reference')]),
    ('\u2718', [('Helvetica', 'Compensation matrix, 8 colors')], [('Helvetica', 'spillover '), ('Symbol', '\u00b1'), ('Helvetica', ' 2%')]),
    ('\u2714', [('Helvetica', 'Sample stability at 4 '), ('Symbol', '\u00b0'), ('Helvetica', 'C')], [('Helvetica', '48 h max.')]),
]
y -= 22
for mark, elem, crit in rows:
    c.setFont('ZapfDingbats', 11)
    c.drawString(68, y, mark)
    run(100, y, elem, 10)
    run(430, y, crit, 10)
    y -= 18
y -= 12
run(60, y, [('Times-Roman', 'Summary: 4 of 5 elements met ('), ('ZapfDingbats', '\u2714'),
            ('Times-Roman', '); 1 element requires retraining ('), ('ZapfDingbats', '\u2718'), ('Times-Roman', ').')], 11)
y -= 18
run(60, y, [('Times-Roman', 'Absolute counts use '), ('Symbol', '\u00b5'),
            ('Times-Roman', 'L as the volume unit; 1 '), ('Symbol', '\u00b5'), ('Times-Roman', 'L = 10'),
            ('Symbol', '\u2212'), ('Times-Roman', '6 L.')], 11)
y -= 18
run(60, y, [('Times-Roman', 'CE awarded: 2.0 contact hours (P.A.C.E.\u00ae) '), ('ZapfDingbats', '\u2605'),
            ('Times-Roman', ' Reviewer: Dr. Casimir Oyinlola-Berg')], 11)
c.showPage()
c.save()
