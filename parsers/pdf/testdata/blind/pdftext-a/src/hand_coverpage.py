"""coverpage-4-hand: page 1 a full-page JPEG (DCTDecode) photo cover, page 2
the transcript in standard fonts, page 3 a scanned-looking JPEG only."""
import os
from PIL import Image

from pdfw import PDF, Stream, std_font_widths, simple_doc, info_dict, write_gold, out
from lay import Page

IMG = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'img')
pdf = PDF('1.4')
FN = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Italic'}
fonts = {k: std_font_widths(pdf, v) for k, v in FN.items()}


def jpeg(name):
    path = os.path.join(IMG, name)
    im = Image.open(path)
    cs = '/DeviceGray' if im.mode == 'L' else '/DeviceRGB'
    data = open(path, 'rb').read()
    return pdf.add(Stream(data, extra='/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s '
                          '/BitsPerComponent 8 /Filter /DCTDecode' % (im.width, im.height, cs))), im.size


im1, _ = jpeg('cover-c.jpg')
im2, _ = jpeg('cover-b.jpg')
pages, gold = [], []
pages.append({'content': 'q 612 0 0 792 0 0 cm /Im1 Do Q\n', 'res_extra': '/XObject << /Im1 %d 0 R >>' % im1})
gold.append([])

p = Page(FN)
p.text(56, 740, 'F2', 16, 'Summit Valley Reference Laboratory')
p.text(56, 720, 'F1', 11, 'Personal Continuing Education Transcript, January 2024 \u2013 March 2025')
p.text(56, 692, 'F1', 10, 'Name: Bronislawa-Amara Kettleborough')
p.text(330, 692, 'F1', 10, 'Certification: MB(ASCP)CM')
cols = [56, 326, 430, 486]
for x, h in zip(cols, ['Activity Title', 'Completion Date', 'Credits', 'Credit Type']):
    p.text(x, 660, 'F2', 10, h)
p.raw('0.5 w 56 654 m 556 654 l S')
rows = [
    ('PCR Inhibition and Internal Controls', '01/29/2024', '1.0', 'P.A.C.E.'),
    ('Variant Classification: ACMG Criteria', '03/14/2024', '2.0', 'P.A.C.E.'),
    ('Pharmacogenomics of Clopidogrel', '06/20/2024', '1.0', 'P.A.C.E.'),
    ('Laboratory-Developed Test Validation', '09/05/2024', '1.5', 'P.A.C.E.'),
    ('Biosafety Cabinet Certification', '11/21/2024', '0.5', 'Safety'),
    ('Liquid Biopsy: ctDNA Assays', '03/03/2025', '1.5', 'P.A.C.E.'),
]
y = 638
for r in rows:
    for i, (x, s) in enumerate(zip(cols, r)):
        if i == 2:
            x = x + 32 - p.width('F1', 10, s)
        p.text(x, y, 'F1', 10, s)
    y -= 16
p.raw('0.5 w 56 %d m 556 %d l S' % (y + 10, y + 10))
p.text(56, y - 6, 'F2', 10, 'Total')
p.text(cols[2] + 32 - p.width('F2', 10, '7.5'), y - 6, 'F2', 10, '7.5')
p.text(56, 80, 'F3', 9, 'The signed attestation page follows.')
pages.append({'content': p.content()})
gold.append(p.gold_lines())

pages.append({'content': 'q 560 0 0 725 26 34 cm /Im2 Do Q\n', 'res_extra': '/XObject << /Im2 %d 0 R >>' % im2})
gold.append([])
root = simple_doc(pdf, pages, fonts)
pdf.write(out('coverpage-4-hand.pdf'), root, info_dict(pdf, 'CE Transcript packet'))
write_gold('coverpage-4-hand', 'coverpage', 'hand',
           'Three pages: page 1 is only a full-page RGB JPEG (/DCTDecode image XObject, a microscope-like '
           'silhouette, no letters); page 2 the transcript in standard Helvetica/Times with /Widths (the same '
           'font resources are attached to the image pages too); page 3 only a grey "scanned" JPEG of a seal. '
           'Pages 1 and 3 have no text.',
           gold)
