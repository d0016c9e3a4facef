"""std14-3-hand: standard-14 fonts without /Widths, words placed with exact
AFM spacing (no space glyphs), Tw justification, mixed fonts on one line."""
from pdfw import PDF, std_font, simple_doc, info_dict, write_gold, out
from lay import Page

pdf = PDF('1.4')
F = {
    'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Helvetica-Oblique',
    'F4': 'Helvetica-BoldOblique', 'F5': 'Times-Roman', 'F6': 'Times-Bold',
    'F7': 'Times-Italic', 'F8': 'Times-BoldItalic', 'F9': 'Courier',
    'F10': 'Courier-Bold', 'F11': 'Courier-Oblique', 'F12': 'Courier-BoldOblique',
}
fonts = {}
for k, v in F.items():
    # Courier fonts get no /Encoding at all (StandardEncoding, ASCII only)
    fonts[k] = std_font(pdf, v, None if v.startswith('Courier') else '/WinAnsiEncoding')

p = Page(F)
W = 612


def center(res, size, s, y, mode='tj'):
    p.text((W - p.width(res, size, s)) / 2, y, res, size, s, mode)


center('F2', 16, 'SAINT BRENDAN REGIONAL MEDICAL CENTER', 740)
center('F7', 12, 'Department of Laboratory Medicine \u2014 Continuing Education Record', 722)
p.raw('0.6 w 72 710 m 540 710 l S')
p.text(72, 688, 'F2', 10, 'Employee:')
p.text(72 + p.width('F2', 10, 'Employee: '), 688, 'F1', 10, 'Thaddeus Okonkwo-Lindqvist', 'words')
p.text(400, 688, 'F2', 10, 'Employee ID:')
p.text(400 + p.width('F2', 10, 'Employee ID: '), 688, 'F1', 10, '0047719')
p.text(72, 672, 'F2', 10, 'Section:')
p.text(72 + p.width('F2', 10, 'Section: '), 672, 'F1', 10, 'Hemostasis and Coagulation', 'tdwords')
p.text(400, 672, 'F2', 10, 'Cycle:')
p.text(400 + p.width('F2', 10, 'Cycle: '), 672, 'F1', 10, '2024-2025')

p.text(72, 640, 'F6', 12, 'Module 4 Instructions', 'words')
y = 620
body = [
    ('F5', 'Specimens for the coagulation panel are drawn into 3.2% sodium citrate', 'words'),
    ('F5', 'anticoagulant 0.25 mL above the fill line is acceptable; anything more is', 'tdwords'),
    ('F5', 'rejected. Register for live sessions at least 48 hours ahead of time.', 'tj'),
    ('F5', 'When the quiz opens, press the BUTTON marked SUBMIT only once per attempt.', 'words'),
]
for res, s, mode in body:
    p.text(72, y, res, 11, s, mode)
    y -= 14
# a justified line with word spacing (Tw), as fpdf MultiCell 'J' does
s = 'Credits are awarded for live and recorded sessions alike, provided that'
tw = (468 - p.width('F5', 11, s)) / s.count(' ')
p.text(72, y, 'F5', 11, s, 'tj', tw=tw)
y -= 14
p.text(72, y, 'F5', 11, 'the post-test score is 80% or higher.', 'tj')
y -= 28

# table in Courier (monospace)
p.text(72, y, 'F10', 10, 'SESSION                          DATE        HOURS', 'tj')
y -= 14
rows = [
    ('PT/INR reporting for live users', '01/14/2025', '1.0'),
    ('Heparin anti-Xa assays', '02/03/2025', '1.5'),
    ('Factor VIII inhibitor screens', '02/27/2025', '0.75'),
    ('D-dimer cutoffs BUTTON demo', '03/11/2025', '0.25'),
]
for a, b, c in rows:
    p.text(72, y, 'F9', 10, '%-33s%-12s%s' % (a, b, c), 'tj')
    y -= 13
p.text(72, y, 'F12', 10, 'TOTAL                                        3.5', 'tj')
y -= 30

# mixed fonts on one baseline
x = p.text(72, y, 'F5', 11, 'Verified by ')
x = p.text(x, y, 'F4', 11, 'Ingrid Baptiste-Nakamura')
x = p.text(x, y, 'F5', 11, ', MLS(ASCP)')
x = p.text(x, y, 'F5', 11, ' on ')
x = p.text(x, y, 'F8', 11, 'March 3, 2025')
y -= 16
x = p.text(72, y, 'F3', 10, 'Reviewer comment: ', 'tj')
p.text(x, y, 'F11', 10, 'OK TO POST', 'tj')
y -= 16
p.text(72, y, 'F1', 9, 'Form LAB-CE-07 rev 3', 'tj')
p.text(460, y, 'F1', 9, 'Page 1 of 1', 'words')

root = simple_doc(pdf, [{'content': p.content()}], fonts)
info = info_dict(pdf, 'CE Record - Okonkwo-Lindqvist')
pdf.write(out('std14-3-hand.pdf'), root, info)

# the gold for this page: rows of the Courier table have their padding
# collapsed to single spaces.
write_gold('std14-3-hand', 'std14', 'hand',
           'All 12 standard Helvetica/Times/Courier faces, no /Widths, no /FontDescriptor; '
           'Courier fonts have no /Encoding. Many words are drawn as separate BT/Tj or Td moves '
           'placed exactly one AFM space width apart (no space glyph), so a reader must use the '
           'built-in AFM metrics to see the word gaps. One line is justified with Tw. '
           'Mixed fonts share a baseline ("Verified by ... on March 3, 2025").',
           [p.gold_lines()])
