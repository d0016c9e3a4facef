"""spaced-1-hand (TJ with the same offset after every glyph) and
spaced-2-hand (one glyph per Tm)."""
from pdfw import PDF, std_font, std_font_widths, simple_doc, info_dict, write_gold, out, esc, sw
from lay import Page

FN = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Roman', 'F4': 'Times-Bold',
      'F5': 'Times-Italic'}


def tj_spaced(text, font, size, adj, word_adj=None):
    """TJ array: every glyph followed by the same adjustment `adj` (negative =
    wider). If word_adj is given, spaces are not drawn; words are separated
    by word_adj only. Returns (array string, width)."""
    parts = []
    width = 0.0
    words = text.split(' ')
    for wi, w in enumerate(words):
        for i, ch in enumerate(w):
            parts.append('(%s)' % esc(ch.encode('cp1252')))
            width += sw(ch, font, size)
            last = (i == len(w) - 1)
            if last and wi < len(words) - 1:
                if word_adj is not None:
                    parts.append(str(word_adj))
                    width -= word_adj / 1000.0 * size
                    continue
                parts.append(str(adj))
                width -= adj / 1000.0 * size
                parts.append('( )')
                width += sw(' ', font, size)
                parts.append(str(adj))
                width -= adj / 1000.0 * size
            elif not last:
                parts.append(str(adj))
                width -= adj / 1000.0 * size
    return '[' + ' '.join(parts) + '] TJ', width


# ======================================================================= spaced-1
pdf = PDF('1.4')
fonts = {k: std_font_widths(pdf, v) for k, v in FN.items()}
W = 792
p = Page(FN)
p.raw('1.5 w 24 24 744 564 re S 0.5 w 30 30 732 552 re S')

# title: letter-spaced with -250 after every glyph and word gaps by a bigger offset only (no space glyph)
title = 'CERTIFICATE OF ACHIEVEMENT'
arr, wdt = tj_spaced(title, 'Times-Bold', 30, -250, word_adj=-1100)
p.raw('BT /F4 30 Tf %.2f 500 Td %s ET' % ((W - wdt) / 2, arr))
p.add_gold(500, 0, title)

s = 'This is to certify that'
p.text((W - p.width('F5', 16, s)) / 2, 450, 'F5', 16, s)
# participant: letter-spaced with -300 after every glyph, space glyphs kept
name = 'PERPETUA ODHIAMBO-VANCE'
arr, wdt = tj_spaced(name, 'Helvetica-Bold', 28, -300)
p.raw('BT /F2 28 Tf %.2f 400 Td %s ET' % ((W - wdt) / 2, arr))
p.add_gold(400, 0, name)
for y, s in [(355, 'has satisfactorily completed the self-study course'),
             (300, 'on March 3, 2025, earning 2.0 contact hours (P.A.C.E.\u00ae).')]:
    p.text((W - p.width('F3', 15, s)) / 2, y, 'F3', 15, s)
course = 'IMMUNOHEMATOLOGY CASE STUDIES'
arr, wdt = tj_spaced(course, 'Helvetica', 18, -200)
p.raw('BT /F1 18 Tf %.2f 327 Td %s ET' % ((W - wdt) / 2, arr))
p.add_gold(327, 0, course)

# normal label and letter-spaced value on one baseline
x = p.text(90, 200, 'F1', 11, 'Awarded to: ')
arr, wdt = tj_spaced('PERPETUA ODHIAMBO-VANCE', 'Helvetica', 11, -180)
p.raw('BT /F1 11 Tf %.2f 200 Td %s ET' % (x, arr))
p.add_gold(200, x, 'PERPETUA ODHIAMBO-VANCE')
p.text(480, 200, 'F1', 11, 'Certificate no. ASCP-SS-77105')
x = p.text(90, 184, 'F1', 11, 'Provider: ')
arr, wdt = tj_spaced('ASCP', 'Helvetica', 11, -180)
p.raw('BT /F1 11 Tf %.2f 184 Td %s ET' % (x, arr))
p.add_gold(184, x, 'ASCP')
p.text(480, 184, 'F1', 11, 'Completed: 03/03/2025')
p.text(90, 90, 'F5', 10, 'The letters of the name above are spaced for display only.')
root = simple_doc(pdf, [{'content': p.content(), 'mediabox': (0, 0, 792, 612)}], fonts)
pdf.write(out('spaced-1-hand.pdf'), root, info_dict(pdf, 'Certificate of Achievement'))
write_gold('spaced-1-hand', 'spaced', 'hand',
           'Letter-spaced text as TJ arrays with the same negative offset after every glyph: '
           'the title uses -250 between letters and -1100 (no space glyph) between words; the names '
           'use -300 / -200 / -180 with the space glyph kept (space also surrounded by the offset). '
           '"Awarded to: " (normal) and the spaced name share a baseline. Standard fonts with /Widths. '
           'pdftotext -layout splits the spaced words into single letters (poppler is wrong there).',
           [p.gold_lines()])

# ======================================================================= spaced-2
pdf = PDF('1.3')
fonts = {k: std_font(pdf, v) for k, v in FN.items()}
W = 612
p = Page(FN)


def per_glyph(text, res, size, x, y, track, word_extra=None, center=False):
    """Every glyph its own '1 0 0 1 x y Tm (g) Tj'. track: extra gap (pt)
    between letters; spaces are not drawn, the word gap is the space width
    plus 2*track (or word_extra if given)."""
    base = FN[res]
    pos = []
    cx = 0.0
    for w_i, w in enumerate(text.split(' ')):
        if w_i:
            cx += word_extra if word_extra is not None else sw(' ', base, size) + track
        for ch in w:
            pos.append((cx, ch))
            cx += sw(ch, base, size) + track
    total = cx - track
    if center:
        x = (W - total) / 2
    ops = ['BT /%s %g Tf' % (res, size)]
    for dx, ch in pos:
        ops.append('1 0 0 1 %.2f %g Tm (%s) Tj' % (x + dx, y, esc(ch.encode('cp1252'))))
    ops.append('ET')
    p.raw('\n'.join(ops))
    p.add_gold(y, x, text)
    return x + total


p.raw('0.2 0.3 0.5 RG 3 w 40 40 532 712 re S')
per_glyph('MOUNT KESTREL UNIVERSITY HOSPITAL', 'F2', 12, 0, 700, 3.0, center=True)
per_glyph('DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE', 'F1', 9, 0, 684, 2.2, center=True)
per_glyph('CERTIFICATE', 'F4', 34, 0, 610, 9, center=True)
s = 'of completion awarded to'
p.text((W - p.width('F5', 15, s)) / 2, 575, 'F5', 15, s)
per_glyph('KWABENA \u00d8STERGAARD-LUNA', 'F2', 22, 0, 530, 5.5, center=True)
lines = ['who attended the live workshop',
         'Bone Marrow Aspirate Differentials:',
         'Dysplasia, Blasts and Pitfalls',
         'on Monday, March 3, 2025 (4.0 contact hours, P.A.C.E.\u00ae).']
y = 480
for i, s in enumerate(lines):
    f = 'F4' if i in (1, 2) else 'F3'
    sz = 16 if i in (1, 2) else 13
    p.text((W - p.width(f, sz, s)) / 2, y, f, sz, s)
    y -= 24
# label + per-glyph spaced value on the same line
x = p.text(80, 300, 'F1', 10, 'Workshop code:')
per_glyph('BMA-0325-W', 'F1', 10, x + p.width('F1', 10, ' '), 300, 2.5)
p.text(360, 300, 'F1', 10, 'Hours: 4.0')
x = p.text(80, 284, 'F1', 10, 'Attendee ID:')
per_glyph('KOL 55 918', 'F1', 10, x + p.width('F1', 10, ' '), 284, 2.5)
p.text(360, 284, 'F1', 10, 'Format: Live, in person')
per_glyph('DIRECTOR', 'F2', 8, 96, 150, 2.0)
per_glyph('COORDINATOR', 'F2', 8, 380, 150, 2.0)
p.text(96, 165, 'F3', 11, 'Annelise Mbatha-Quintero, MD')
p.text(380, 165, 'F3', 11, 'Radu Fenwick, MLS(ASCP)')
p.raw('0 G 0.5 w 96 180 m 270 180 l S 380 180 m 540 180 l S')
root = simple_doc(pdf, [{'content': p.content()}], fonts)
pdf.write(out('spaced-2-hand.pdf'), root, info_dict(pdf, 'Workshop Certificate'))
write_gold('spaced-2-hand', 'spaced', 'hand',
           'Every glyph of the spaced words is its own "1 0 0 1 x y Tm (g) Tj" inside one BT; no space '
           'glyphs are drawn, word gaps are space width + letter tracking (tracking 2-9 pt). Normal '
           'sentences are single Tj strings. Standard fonts without /Widths. Spaced values sit on the '
           'same baseline as normal labels ("Workshop code: BMA-0325-W"). pdftotext and mutool split the '
           'tracked words into single letters.',
           [p.gold_lines()])
