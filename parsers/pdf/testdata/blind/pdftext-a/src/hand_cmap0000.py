"""cmap0000-4-hand: mPDF/tFPDF-style Type0 fonts: CID = Unicode, a
/CIDToGIDMap stream, and the one-line ToUnicode
"1 beginbfrange <0000> <FFFF> <0000> endbfrange" for the whole document."""
from pdfw import PDF, Stream, simple_doc, info_dict, write_gold, out
from ttembed import CIDFont

TOUNI = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo
<</Registry (Adobe)
/Ordering (UCS)
/Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""

pdf = PDF('1.4')
L = '/usr/share/fonts/truetype/liberation/'
reg = CIDFont(L + 'LiberationSans-Regular.ttf', tag='MPDFAA', cid_is_unicode=True)
bold = CIDFont(L + 'LiberationSans-Bold.ttf', tag='MPDFAB', cid_is_unicode=True)
pages, gold = [], []


class P:
    def __init__(self):
        self.ops, self.lines = [], []

    def line(self, y, *segs):
        txt = []
        for font, res, size, x, s, *al in segs:
            if al and al[0] == 'R':
                x -= font.width(s, size)
            self.ops.append('BT /%s %g Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET' % (res, size, x, y, font.hex(s)))
            txt.append(s)
        self.lines.append(' '.join(txt))


# page 1: certificate-like letter
p = P()
p.ops.append('0.85 0.9 0.95 rg 0 742 595 100 re f 0 g')
p.line(790, (bold, 'F2', 18, 50, 'Nordvik University Hospital'))
p.line(770, (reg, 'F1', 11, 50, 'Department of Medical Biochemistry and Haematology'))
p.line(700, (reg, 'F1', 11, 50, 'To: Ólafur Ngcobo-Fitzgerald, Biomedical Scientist'), (reg, 'F1', 11, 545, 'Tromsø, 4 March 2025', 'R'))
body = [
    'Dear Mr Ngcobo-Fitzgerald,',
    'we confirm that you attended the internal course “Haemoglobinopathy Screening',
    'and HbA1c Interference” on 3 March 2025. The course is accredited with 1.5',
    'contact hours (P.A.C.E.®) and counts towards your annual CPD requirement.',
    'Course leader: Dr. Søren Amadi-Lykke · Course no. NUH-HB-2503',
]
y = 660
for s in body:
    p.line(y, (reg, 'F1', 11, 50, s))
    y -= 16
p.line(540, (reg, 'F1', 11, 50, 'With kind regards,'))
p.line(500, (bold, 'F2', 11, 50, 'Ingeborg Åsheim-Musa'))
p.line(485, (reg, 'F1', 11, 50, 'Education Coordinator, Laboratory Medicine'))
p.line(60, (reg, 'F1', 8, 50, 'Nordvik University Hospital · Postboks 100 · 9038 Tromsø'), (reg, 'F1', 8, 545, 'Page 1 of 2', 'R'))
pages.append(p)

# page 2: attendance record table
p = P()
p.line(790, (bold, 'F2', 14, 50, 'Attendance record 2024–2025'))
p.line(770, (reg, 'F1', 10, 50, 'Ólafur Ngcobo-Fitzgerald · employee no. 118 204'))
cols = [50, 330, 420, 475]
p.line(735, *[(bold, 'F2', 10, x, h) for x, h in zip(cols, ['Activity Title', 'Completion Date', 'Credits', 'Credit Type'])])
p.ops.append('0.5 w 50 729 m 545 729 l S')
rows = [
    ('Erythrocyte Morphology Quiz', '14.05.2024', '0.5', 'CPD'),
    ('Point-of-Care INR Training', '02.07.2024', '1.0', 'CPD'),
    ('Quality Management – ISO 15189:2022', '19.09.2024', '2.0', 'P.A.C.E.®'),
    ('Glucose Meter Correlation Study', '28.11.2024', '0.5', 'CPD'),
    ('Haemoglobinopathy Screening and HbA1c Interference', '03.03.2025', '1.5', 'P.A.C.E.®'),
]
y = 712
for a, b, c, d in rows:
    p.line(y, (reg, 'F1', 9.5, cols[0], a), (reg, 'F1', 9.5, cols[1], b),
           (reg, 'F1', 9.5, cols[2] + 30, c, 'R'), (reg, 'F1', 9.5, cols[3], d))
    y -= 15
p.ops.append('0.5 w 50 %d m 545 %d l S' % (y + 9, y + 9))
p.line(y - 6, (bold, 'F2', 10, cols[0], 'Total'), (bold, 'F2', 10, cols[2] + 30, '5.5', 'R'))
p.line(60, (reg, 'F1', 8, 50, 'Nordvik University Hospital · Postboks 100 · 9038 Tromsø'), (reg, 'F1', 8, 545, 'Page 2 of 2', 'R'))
pages.append(p)

tu = pdf.add(Stream(TOUNI, filters=['FlateDecode']))
f1 = reg.write(pdf, 'LiberationSans', tounicode=tu)
f2 = bold.write(pdf, 'LiberationSans-Bold', tounicode=tu)
root = simple_doc(pdf, [{'content': '\n'.join(p.ops) + '\n', 'mediabox': (0, 0, 595, 842)} for p in pages],
                  {'F1': f1, 'F2': f2})
pdf.write(out('cmap0000-4-hand.pdf'), root, info_dict(pdf, 'Course confirmation', producer='mPDF-style (hand-written)'))
write_gold('cmap0000-4-hand', 'cmap0000', 'hand',
           'Hand-written in the manner of mPDF/tFPDF: Type0 /Identity-H fonts whose CIDs are the Unicode '
           'code points, a /CIDToGIDMap stream, embedded Liberation Sans subsets (original glyph ids), and '
           'ONE shared ToUnicode CMap for both fonts containing a single range "<0000> <FFFF> <0000>" '
           '(crosses the first byte, which strict CMap parsers reject). A4, two pages, accents '
           '(\u00d3 \u00f8 \u00c5), curly quotes, \u00b7, en dash, \u00ae.',
           [p.lines for p in pages])
