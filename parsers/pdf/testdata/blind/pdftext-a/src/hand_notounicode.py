"""noTounicode-4-hand (Type0/Identity-H, CID=GID, embedded TrueType subset
with its cmap, no ToUnicode, ligature glyphs) and noTounicode-5-hand (simple
TrueType with /Differences naming the ligature glyphs, no ToUnicode)."""
from pdfw import PDF, simple_doc, info_dict, write_gold, out
from ttembed import CIDFont, SimpleTT

DV = '/usr/share/fonts/truetype/dejavu/'

# ====================================================================== noTounicode-4
pdf = PDF('1.6')
reg = CIDFont(DV + 'DejaVuSerif.ttf', tag='KQWERT')
bold = CIDFont(DV + 'DejaVuSerif-Bold.ttf', tag='KQWERU')
ops, gold = [], []


def put(font, res, size, x, y, s):
    ops.append('BT /%s %g Tf %.2f %.2f Td %s Tj ET' % (res, size, x, y, font.hex(s)))


def line(y, *segs):
    """segs: (font, res, size, x, text); all on one baseline."""
    txt = []
    for font, res, size, x, s in segs:
        put(font, res, size, x, y, s)
        txt.append(s)
    gold.append(' '.join(txt))


line(740, (bold, 'F2', 18, 60, 'Hollowbrook Hospital Laboratory'))
line(718, (reg, 'F1', 12, 60, 'Staff Qualification Record \u2014 Office of Laboratory Affairs'))
line(690, (reg, 'F1', 10.5, 60, 'Employee: Ffion Lafleur-Obiang'), (reg, 'F1', 10.5, 360, 'Staff no. 88-2041'))
line(675, (reg, 'F1', 10.5, 60, 'Role: Clinical Laboratory Scientist'), (reg, 'F1', 10.5, 360, 'Shift: Nights'))
cols = [60, 320, 430, 490]
hdr = ['Activity Title', 'Completion Date', 'Credits', 'Credit Type']
line(640, *[(bold, 'F2', 10, x, h) for x, h in zip(cols, hdr)])
ops.append('0.6 w 60 634 m 552 634 l S')
rows = [
    ['Identification of Mycobacteria by HPLC', '01/13/2025', '1.0', 'P.A.C.E.'],
    ['Coefficient of Variation Troubleshooting', '01/27/2025', '0.5', 'P.A.C.E.'],
    ['Specificity of Cold Agglutinin Workups', '02/10/2025', '1.5', 'P.A.C.E.'],
    ['Staff Safety Officer Briefing', '02/24/2025', '0.5', 'In-house'],
    ['Fluid Overflow and Spill Drills', '03/03/2025', '0.5', 'In-house'],
    ['Efficacy of Affinity Chromatography Columns', '03/17/2025', '1.0', 'P.A.C.E.'],
    ['Sufficiency of Blood Culture Fill Volumes', '03/31/2025', '1.0', 'P.A.C.E.'],
]
y = 618
for r in rows:
    segs = [(reg, 'F1', 10, cols[0], r[0]), (reg, 'F1', 10, cols[1], r[1]),
            (reg, 'F1', 10, cols[2] + 30 - reg.width(r[2], 10), r[2]), (reg, 'F1', 10, cols[3], r[3])]
    line(y, *segs)
    y -= 16
ops.append('0.6 w 60 %d m 552 %d l S' % (y + 10, y + 10))
line(y - 6, (bold, 'F2', 10, 60, 'Total credits'), (bold, 'F2', 10, cols[2] + 30 - bold.width('6.0', 10), '6.0'))
line(y - 40, (reg, 'F1', 10, 60, 'Qualified staff must file this record with the Office of Laboratory Affairs.'))
line(y - 55, (reg, 'F1', 10, 60, 'Affirmed by: Raffaele Oyelowo-Lindgren, Laboratory Manager'))
f1 = reg.write(pdf, 'DejaVuSerif')
f2 = bold.write(pdf, 'DejaVuSerif-Bold')
root = simple_doc(pdf, [{'content': '\n'.join(ops) + '\n'}], {'F1': f1, 'F2': f2})
pdf.write(out('noTounicode-4-hand.pdf'), root, info_dict(pdf, 'Staff Qualification Record'))
write_gold('noTounicode-4-hand', 'noTounicode', 'hand',
           'Type0 /Identity-H fonts with CIDFontType2 descendants, /CIDToGIDMap /Identity (CID = GID), '
           'NO /ToUnicode. The embedded DejaVu Serif / Serif-Bold subsets keep their original glyph ids '
           'and their full (3,1)/(3,10) cmap (and a post table of format 3, so no glyph names), so the only '
           'route to text is inverting the embedded cmap. The ligature glyphs U+FB00 ff, U+FB01 fi, '
           'U+FB02 fl, U+FB03 ffi are used wherever the letters occur (gold writes the letters).',
           [gold])

# ====================================================================== noTounicode-5
pdf = PDF('1.4')
DIFF = {1: ('ff', 'ff'), 2: ('fi', 'fi'), 3: ('fl', 'fl'), 4: ('ffi', 'ffi'), 5: ('ffl', 'ffl'),
        0x92: ('quoteright', '\u2019')}
regs = SimpleTT('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', DIFF, tag='LMNOPQ')
ops, gold, used = [], [], []


def put2(x, y, size, s):
    ops.append('BT /F1 %g Tf %.2f %.2f Td %s Tj ET' % (size, x, y, regs.lit(s)))
    used.append(s)


def line2(y, size, *segs):
    for x, s in segs:
        put2(x, y, size, s)
    gold.append(' '.join(s for x, s in segs))


line2(730, 20, (72, 'Certificate of Proficiency'))
line2(700, 12, (72, 'Awarded by the Office of Laboratory Staff Development'))
line2(660, 12, (72, 'This certifies that Sigrid Duffy-Nakamura has fulfilled all requirements of'))
line2(644, 12, (72, 'the module \u201cOfficial Specimen Identification Policies\u201d and is qualified to'))
line2(628, 12, (72, 'perform waived and moderately complex testing at the Bluff Street clinic.'))
line2(600, 11, (72, 'Completion date: March 3, 2025'), (340, 'Contact hours: 1.0'))
line2(584, 11, (72, 'Credit type: P.A.C.E.\u00ae'), (340, 'Certificate no. BSC-2025-114'))
line2(548, 11, (72, 'Reviewer\u2019s note: staff must reaffirm proficiency annually; scoring is'))
line2(533, 11, (72, 'confidential and ineffective certificates are shuffled out of the file.'))
line2(490, 10, (72, 'Signed: Ifeoma Wolff-Fitzgerald, Laboratory Director'))
f1 = regs.write(pdf, 'DejaVuSans', used)
root = simple_doc(pdf, [{'content': '\n'.join(ops) + '\n'}], {'F1': f1})
pdf.write(out('noTounicode-5-hand.pdf'), root, info_dict(pdf, 'Certificate of Proficiency'))
write_gold('noTounicode-5-hand', 'noTounicode', 'hand',
           'Simple /TrueType font (embedded DejaVu Sans subset with its cmap, non-symbolic flags), '
           '/Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /ff /fi /fl /ffi /ffl 146 '
           '/quoteright] >>, NO /ToUnicode: the ligature glyphs are addressed by the control codes '
           '1-5, so their text comes only from the glyph names in /Differences (ff, fi, fl, ffi, ffl).',
           [gold])
