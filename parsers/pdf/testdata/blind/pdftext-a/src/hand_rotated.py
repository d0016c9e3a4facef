"""rotated-3-hand and rotated-4-hand."""
from pdfw import PDF, std_font, std_font_widths, simple_doc, info_dict, write_gold, out
from lay import Page

R90 = (0, 1, -1, 0, 612, 0)      # virtual landscape 792x612 -> portrait user space, text bottom-to-top
R270 = (0, -1, 1, 0, 0, 792)     # virtual landscape -> portrait user space, text top-to-bottom
R180 = (-1, 0, 0, -1, 612, 792)  # virtual portrait upside down
ID = (1, 0, 0, 1, 0, 0)
FN = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Roman', 'F4': 'Times-Bold',
      'F5': 'Times-Italic'}


def fontset(pdf, widths):
    f = {}
    for k, v in FN.items():
        f[k] = std_font_widths(pdf, v) if widths else std_font(pdf, v)
    return f


def table(p, x0, y, cols, rows, res='F1', hres='F2', size=9, lead=14, right=()):
    """cols: list of x offsets; right: indexes of right-aligned columns (x is the right edge)."""
    for r, row in enumerate(rows):
        f = hres if r == 0 else res
        for i, cell in enumerate(row):
            if not cell:
                continue
            x = x0 + cols[i]
            if i in right:
                x -= p.width(f, size, cell)
            p.text(x, y, f, size, cell)
        y -= lead
    return y


# ====================================================================== rotated-3
pdf = PDF('1.5')
fonts = fontset(pdf, widths=True)
pages, gold = [], []

# page 1: /Rotate 0, every text object has a Tm rotated by +90 degrees
p = Page(FN, R90)
p.text(50, 560, 'F4', 16, "Riverside Children's Hospital \u2014 Clinical Laboratory")
p.text(50, 540, 'F3', 12, 'Annual Competency and Continuing Education Log, 2024')
p.text(50, 515, 'F2', 10, 'Employee:')
p.text(105, 515, 'F1', 10, 'Dagny Uwimana-Castellanos, MLT(ASCP)')
p.text(500, 515, 'F2', 10, 'Department:')
p.text(565, 515, 'F1', 10, 'Core Laboratory')
cols = [0, 62, 330, 420, 490, 560, 620]
rows = [
    ['Date', 'Activity Title', 'Provider', 'Format', 'Credits', 'Credit Type', 'Verified By'],
    ['01/16/2024', 'Critical Value Notification Policy', 'In-house', 'Live', '0.5', 'Competency', 'R. Osei'],
    ['02/08/2024', 'Neonatal Bilirubin Interferences', 'AACC', 'Webinar', '1.0', 'P.A.C.E.', 'R. Osei'],
    ['03/21/2024', 'Pediatric Reference Intervals', 'CAP', 'Online', '1.5', 'CME', 'L. Haddad'],
    ['05/02/2024', 'Cord Blood Gas Analysis', 'In-house', 'Live', '0.5', 'Competency', 'L. Haddad'],
    ['06/13/2024', 'Malaria Smear Review for live Cases', 'ASCLS', 'Webinar', '1.0', 'P.A.C.E.', 'R. Osei'],
    ['08/29/2024', 'Direct Antiglobulin Test in Newborns', 'AABB', 'Online', '1.0', 'P.A.C.E.', 'M. Quispe'],
    ['10/10/2024', 'CSF Cell Count Competency', 'In-house', 'Practical', '0.5', 'Competency', 'M. Quispe'],
    ['12/05/2024', 'Respiratory Viral Panel Update', 'LabCE', 'Online', '1.0', 'P.A.C.E.', 'L. Haddad'],
]
y = table(p, 50, 480, cols, rows, right=(4,))
# credits column: right edge at cols[4] + 30
p.raw('q %s cm 0.5 w 50 492 m 742 492 l S 50 %g m 742 %g l S Q' % (' '.join(map(str, R90)), y + 10, y + 10))
p.text(50 + 490 + 30 - p.width('F2', 9, 'Total: 6.0'), y - 6, 'F2', 9, 'Total: 6.0')
p.text(50, 60, 'F5', 9, 'Page 1 of 3 \u2014 table printed sideways')
pages.append({'content': p.content()})
gold.append(p.gold_lines())

# page 2: plain upright text
p = Page(FN, ID)
p.text(72, 720, 'F4', 14, 'Notes to the Competency Log')
lines = [
    'Competency entries are verified by the section supervisor named in the last column.',
    'P.A.C.E. credits count toward the ASCP Credential Maintenance Program; in-house',
    'competencies do not. Credits shown for webinars were earned for live attendance only.',
    'Recorded sessions require a separate post-test and are listed on the next page.',
]
yy = 694
for s in lines:
    p.text(72, yy, 'F3', 11, s)
    yy -= 15
p.text(72, 60, 'F5', 9, 'Page 2 of 3')
pages.append({'content': p.content()})
gold.append(p.gold_lines())

# page 3: /Rotate 0, text rotated by -90 degrees (runs top-to-bottom)
p = Page(FN, R270)
p.text(50, 560, 'F4', 14, 'Recorded Sessions (post-test required)')
rows = [
    ['Date', 'Activity Title', 'Provider', 'Format', 'Credits', 'Credit Type', 'Verified By'],
    ['02/27/2024', 'Point-of-Care Glucose Meter Accuracy', 'LabCE', 'Recorded', '1.0', 'P.A.C.E.', 'R. Osei'],
    ['07/18/2024', 'Hemoglobinopathy Screening by HPLC', 'ASCP', 'Recorded', '1.5', 'P.A.C.E.', 'M. Quispe'],
    ['11/07/2024', 'Anaerobe Identification Refresher', 'ASM', 'Recorded', '2.0', 'CME', 'L. Haddad'],
]
y = table(p, 50, 525, cols, rows, right=(4,))
p.text(50, 60, 'F5', 9, 'Page 3 of 3 \u2014 table printed sideways')
pages.append({'content': p.content()})
gold.append(p.gold_lines())

root = simple_doc(pdf, pages, fonts)
pdf.write(out('rotated-3-hand.pdf'), root, info_dict(pdf, 'Competency Log 2024'))
write_gold('rotated-3-hand', 'rotated', 'hand',
           'Three portrait pages, all /Rotate 0. Page 1: every text object uses Tm [0 1 -1 0 x y] '
           '(text runs bottom-to-top, a sideways landscape table; read with the page turned clockwise, '
           'so the leftmost text line is the first line). Page 2 is ordinary upright text. Page 3 uses '
           'Tm [0 -1 1 0 x y] (text runs top-to-bottom; first line is the rightmost one). '
           'Standard Helvetica/Times fonts with /Widths.',
           gold)

# ====================================================================== rotated-4
pdf = PDF('1.4')
fonts = fontset(pdf, widths=False)
pages, gold = [], []

# page 1: /Rotate 90, content placed with one cm for the whole page
p = Page(FN, ID)
p.raw('4 w 36 36 720 540 re S')


def c(res, size, s, y):
    p.text((792 - p.width(res, size, s)) / 2, y, res, size, s)


c('F2', 13, 'LABORATORY MEDICINE GRAND ROUNDS', 520)
c('F4', 30, 'Certificate of Completion', 470)
c('F5', 14, 'presented to', 420)
c('F4', 26, 'Thibault Nkemelu-Sandoval', 380)
c('F3', 14, 'for completing', 340)
c('F2', 17, 'Measurable Residual Disease Testing in Acute Leukemia', 310)
c('F3', 14, 'on March 3, 2025, for 1.5 contact hours (P.A.C.E.)', 280)
p.text(90, 140, 'F3', 11, 'Signed: Priyanka Strand-Adeyemi, MD')
p.text(480, 140, 'F3', 11, 'Activity ID: GR-2025-031')
pages.append({'content': 'q %s cm\n%sQ\n' % (' '.join(map(str, R90)), p.content()), 'rotate': 90})
gold.append(p.gold_lines())

# page 2: /Rotate 270, no cm; every Tm carries the rotation
p = Page(FN, R270)
p.text(50, 560, 'F4', 15, 'Grand Rounds Attendance Transcript')
p.text(50, 538, 'F3', 11, 'Attendee: Thibault Nkemelu-Sandoval')
p.text(560, 538, 'F3', 11, 'Employee no. 30-5512')
cols = [0, 100, 450, 520, 600]
rows = [['Completion Date', 'Activity Title', 'Credits', 'Credit Type', 'Format'],
        ['01/06/2025', 'Iron Deficiency Without Anemia', '1.0', 'P.A.C.E.', 'Live'],
        ['02/03/2025', 'Platelet Function Testing Pitfalls', '1.0', 'P.A.C.E.', 'Live'],
        ['03/03/2025', 'Measurable Residual Disease Testing in Acute Leukemia', '1.5', 'P.A.C.E.', 'Live'],
        ['04/07/2025', 'Syphilis Reverse-Sequence Screening', '1.0', 'P.A.C.E.', 'Recorded']]
y = table(p, 50, 500, cols, rows, size=10, lead=16)
p.text(50, y - 10, 'F2', 10, 'Total contact hours: 4.5')
pages.append({'content': p.content(), 'rotate': 270})
gold.append(p.gold_lines())

# page 3: /Rotate 180, portrait content stored upside down (one cm)
p = Page(FN, ID)
p.text(72, 700, 'F4', 14, 'Attestation')
for i, s in enumerate([
        'I attest that I attended the sessions listed in this transcript in full and',
        'completed each evaluation. Credit is claimed for live sessions only once.',
        'Thibault Nkemelu-Sandoval, 04/08/2025']):
    p.text(72, 676 - 15 * i, 'F3', 11, s)
pages.append({'content': 'q %s cm\n%sQ\n' % (' '.join(map(str, R180)), p.content()), 'rotate': 180})
gold.append(p.gold_lines())

root = simple_doc(pdf, pages, fonts)
pdf.write(out('rotated-4-hand.pdf'), root, info_dict(pdf, 'Grand Rounds Certificate'))
write_gold('rotated-4-hand', 'rotated', 'hand',
           'Three portrait MediaBox [0 0 612 792] pages. Page 1: /Rotate 90 with the whole content '
           'under "0 1 -1 0 612 0 cm" (landscape certificate reads upright when displayed). Page 2: '
           '/Rotate 270, no cm, every Tm is [0 -1 1 0 x y]. Page 3: /Rotate 180 with content under '
           '"-1 0 0 -1 612 792 cm". Standard fonts without /Widths.',
           gold)
