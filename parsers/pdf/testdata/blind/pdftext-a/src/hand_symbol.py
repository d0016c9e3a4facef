"""symbol-1-hand: Symbol and ZapfDingbats (built-in encodings, not embedded,
no /Widths) interleaved with Helvetica inside words and lines."""
from reportlab.pdfbase._fontdata import encodings, widthsByFontGlyph
from reportlab.pdfbase._glyphlist import _glyphname2unicode as AGL

from pdfw import PDF, std_font, simple_doc, info_dict, write_gold, out, esc

ENC = {'Helvetica': 'WinAnsiEncoding', 'Helvetica-Bold': 'WinAnsiEncoding', 'Times-Italic': 'WinAnsiEncoding',
       'Symbol': 'SymbolEncoding', 'ZapfDingbats': 'ZapfDingbatsEncoding'}
RES = {'H': ('F1', 'Helvetica'), 'B': ('F2', 'Helvetica-Bold'), 'S': ('F3', 'Symbol'),
       'Z': ('F4', 'ZapfDingbats'), 'I': ('F5', 'Times-Italic')}
# Unicode meaning of the symbol-font codes used here (as poppler/Adobe map them)
SYM = {'\u03b1': 0x61, '\u03b2': 0x62, '\u03b3': 0x67, '\u03ba': 0x6B, '\u03bb': 0x6C, '\u00b5': 0x6D,
       '\u03c3': 0x73, '\u2265': 0xB3, '\u2264': 0xA3, '\u00b1': 0xB1, '\u00d7': 0xB4, '\u00b0': 0xB0,
       '\u2192': 0xAE, '\u2022': 0xB7, ' ': 0x20}
ZAP = {'\u2713': 0x33, '\u2714': 0x34, '\u2717': 0x37, '\u25cf': 0x6C, '\u25a0': 0x6E, '\u25c6': 0x75, ' ': 0x20}


def codes(kind, text):
    if kind == 'S':
        return bytes(SYM[c] for c in text)
    if kind == 'Z':
        return bytes(ZAP[c] for c in text)
    return text.encode('cp1252')


def width(kind, text, size):
    font = RES[kind][1]
    enc = encodings[ENC[font]]
    return sum(widthsByFontGlyph[font][enc[b]] for b in codes(kind, text)) * size / 1000.0


pdf = PDF('1.4')
fonts = {RES[k][0]: std_font(pdf, RES[k][1], None if k in 'SZ' else '/WinAnsiEncoding') for k in RES}
ops, gold = [], []


def line(y, x, size, *segs):
    """segs: (kind, text) drawn one after another with exact AFM advances."""
    txt = ''
    for kind, text in segs:
        if kind == 'GAP':
            x += text
            txt += ' '
            continue
        res = RES[kind][0]
        ops.append('BT /%s %g Tf %.3f %g Td (%s) Tj ET' % (res, size, x, y, esc(codes(kind, text))))
        x += width(kind, text, size)
        txt += text
    gold.append(' '.join(txt.split()))
    return x


line(740, 60, 16, ('B', 'Special Hematology Case Conference \u2014 Answer Key'))
line(718, 60, 11, ('H', 'Participant: Ilse Ndlovu-Castellano'), ('GAP', 150), ('H', 'Date: March 3, 2025'))
y = 680
cases = [
    [('Z', '\u2714'), ('GAP', 8), ('H', 'Case 1: '), ('S', '\u03b1'), ('H', '-thalassemia trait (Hb Bart\u2019s 4%)')],
    [('Z', '\u2714'), ('GAP', 8), ('H', 'Case 2: '), ('S', '\u03b2'), ('H', '2-microglobulin 3.1 mg/L '), ('S', '\u2265'),
     ('H', ' upper reference limit')],
    [('Z', '\u2713'), ('GAP', 8), ('H', 'Case 3: free '), ('S', '\u03ba'), ('H', '/'),
     ('S', '\u03bb'), ('H', ' light chain ratio 2.4 (ref. 0.26\u20131.65)')],
    [('Z', '\u2717'), ('GAP', 8), ('H', 'Case 4: serum zinc 9.8 '), ('S', '\u00b5'), ('H', 'mol/L '), ('S', '\u00b1'),
     ('H', ' 0.4, '), ('S', '\u03b3'), ('H', '-GT 61 U/L')],
]
for segs in cases:
    line(y, 72, 11, *segs)
    y -= 20
y -= 10
line(y, 60, 11, ('B', 'Method notes'))
y -= 18
notes = [
    [('Z', '\u25cf'), ('GAP', 8), ('H', 'Incubate at 37 '), ('S', '\u00b0'), ('H', 'C '), ('S', '\u00d7'),
     ('H', ' 15 min '), ('S', '\u2192'), ('H', ' read within 5 min')],
    [('Z', '\u25cf'), ('GAP', 8), ('H', 'QC acceptable within 2'), ('S', '\u03c3'), ('H', '; reject when '),
     ('S', '\u2264'), ('H', ' 0.5 mL sample remains')],
    [('S', '\u2022'), ('GAP', 8), ('H', 'Ferritin reported in \u00b5g/L')],
    [('Z', '\u25a0'), ('GAP', 8), ('H', 'Retain slides 7 days'), ('GAP', 30), ('Z', '\u25c6'), ('GAP', 8),
     ('H', 'Discard reagents after 30 days')],
]
for segs in notes:
    line(y, 72, 10.5, *segs)
    y -= 17
y -= 20
line(y, 60, 11, ('H', 'Score: 3 of 4 '), ('Z', '\u2713'), ('H', ' Credit awarded: 1.0 contact hour (P.A.C.E.\u00ae)'))
line(y - 30, 60, 9, ('I', 'Answer key prepared by the hematology education committee; do not distribute.'))

root = simple_doc(pdf, [{'content': '\n'.join(ops) + '\n'}], fonts)
pdf.write(out('symbol-1-hand.pdf'), root, info_dict(pdf, 'Case Conference Answer Key'))
write_gold('symbol-1-hand', 'symbol', 'hand',
           'Standard Symbol and ZapfDingbats fonts with their built-in encodings (no /Encoding, not embedded, '
           'no /Widths) placed inside words next to Helvetica: Symbol a b g k l m s = \u03b1 \u03b2 \u03b3 \u03ba '
           '\u03bb \u00b5 \u03c3 (Symbol "mu" is given as U+00B5 as poppler and MuPDF both map it), 0xB3 \u2265, '
           '0xA3 \u2264, 0xB1 \u00b1, 0xB4 \u00d7, 0xB0 \u00b0, 0xAE \u2192, 0xB7 \u2022; ZapfDingbats 3 4 7 l n u = '
           '\u2713 \u2714 \u2717 \u25cf \u25a0 \u25c6. Each run is its own BT/Tj positioned with exact AFM '
           'advances, so "\u03b1-thalassemia" has no gap. The gap after each list marker is 8 pt. The '
           'Helvetica micro sign (WinAnsi 0xB5) also appears. mutool 1.21 cannot map ZapfDingbats.',
           [gold])
