"""Hand-written letter-spaced text: TJ arrays with a constant negative offset
after every glyph, and one glyph per Tm."""
from pdfw import PDF, Text, simple_doc, std_font, sw, pstr, gold, out
from data import COURSES, HEADER


def tj_spaced(s, gap, wordgap=None):
    """TJ array: every glyph followed by -gap; spaces either kept as glyph
    (wordgap None) or replaced by a bigger offset only."""
    items = []
    for ch in s:
        if ch == ' ' and wordgap is not None:
            items.append(b'%d' % -wordgap)
            continue
        items.append(pstr(ch))
        items.append(b'%d' % -gap)
    return b'[' + b' '.join(items[:-1]) + b'] TJ'


def spaced_tj():
    name = 'spaced-1-hand'
    fonts = {'F1': std_font('Helvetica'), 'F2': std_font('Helvetica-Bold'), 'F3': std_font('Times-Roman')}
    t = Text()
    L = []
    # Title: caps, each glyph followed by -250, words separated by space glyph (also followed by -250)
    t.raw(b'BT /F2 20 Tf 90 700 Td ' + tj_spaced('CERTIFICATE OF COMPLETION', 250) + b' ET')
    L.append('CERTIFICATE OF COMPLETION')
    t.raw(b'BT /F3 12 Tf 90 670 Td ' + tj_spaced('Clinical Laboratory Educators Consortium', 80) + b' ET')
    L.append('Clinical Laboratory Educators Consortium')
    # normal label + letter-spaced capital name on the same baseline, no space glyph between name words
    t.raw(b'BT /F1 12 Tf 90 610 Td (Presented to ) Tj /F2 14 Tf ' +
          tj_spaced('DOROTHEA VANCE-MBEKI', 300, wordgap=1100) + b' ET')
    L.append('Presented to DOROTHEA VANCE-MBEKI')
    t.raw(b'BT /F1 12 Tf 90 590 Td (for completing the activity below on October 3, 2024.) Tj ET')
    L.append('for completing the activity below on October 3, 2024.')
    t.raw(b'BT /F2 13 Tf 90 555 Td ' + tj_spaced('HEMATOLOGY', 400) + b' ( ) Tj /F1 13 Tf (Peripheral Smear Review: Schistocytes) Tj ET')
    L.append('HEMATOLOGY Peripheral Smear Review: Schistocytes')
    rows = [('Credits', '1.0 P.A.C.E.'), ('Provider', 'CLEC #0417'), ('Format', 'Self-study')]
    y = 510
    for k, v in rows:
        t.raw(b'BT /F2 11 Tf 90 %d Td ' % y + tj_spaced(k.upper(), 200) + b' ET')
        t.raw(b'BT /F1 11 Tf 220 %d Td ' % y + pstr(v) + b' Tj ET')
        L.append(k.upper() + ' ' + v)
        y -= 18
    # kerning-like small offsets inside words (should not split) and normal -ve big gap as word break
    t.raw(b'BT /F1 11 Tf 90 430 Td [(Ve)15(rification)-2800(code)] TJ ET')
    L.append('Verification code')
    t.raw(b'BT /F2 11 Tf 90 412 Td ' + tj_spaced('7QX4-PL2M', 350) + b' ET')
    L.append('7QX4-PL2M')
    t.raw(b'BT /F3 10 Tf 90 360 Td ' + tj_spaced('Signed: Ansel Whitcombe, Program Director', 120, wordgap=420) + b' ET')
    L.append('Signed: Ansel Whitcombe, Program Director')
    pdf, root, info = simple_doc([t.bytes()], fonts)
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'spaced', 'hand',
         'TJ arrays with the same negative offset after every glyph (-80 .. -400 thousandths of em). '
         'In the title the word gap is a space glyph plus the same offset; in the name line words are '
         'separated only by a -1100 offset (no space glyph) and the per-letter offset (-300 at 14pt = 4.2pt) '
         'is wider than a Helvetica space (3.9pt). "Verification code" has a small +15 kern inside a word '
         'and a -2800 offset as the word break. pdftotext and mutool are WRONG here: they split the letter-spaced '
         'words into single letters (mutool also splits lines into blocks); gold has the words.', [L])


def per_glyph_tm():
    name = 'spaced-2-hand'
    fonts = {'F1': std_font('Helvetica'), 'F2': std_font('Helvetica-Bold')}
    metric = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold'}
    parts = []
    L = []

    def glyphs(x, y, s, f, size, track=0.0, skip_space=True):
        """One Tm per glyph; track = extra points after each glyph."""
        for ch in s:
            if ch != ' ' or not skip_space:
                parts.append(b'/%s %g Tf 1 0 0 1 %.3f %.3f Tm ' % (f.encode(), size, x, y) + pstr(ch) + b' Tj')
            x += sw(ch, metric[f], size) + track
        return x

    parts.append(b'BT')
    glyphs(72, 720, 'ST. BRENDAN UNIVERSITY HOSPITAL', 'F2', 16, track=3.0)
    L.append('ST. BRENDAN UNIVERSITY HOSPITAL')
    glyphs(72, 700, 'Clinical Laboratory Education Office', 'F1', 11)
    L.append('Clinical Laboratory Education Office')
    x = glyphs(72, 650, 'Participant: ', 'F1', 12)
    glyphs(x, 650, 'RAFAEL ACHTERBERG', 'F2', 12, track=2.5)
    L.append('Participant: RAFAEL ACHTERBERG')
    glyphs(72, 630, 'Role: Medical Laboratory Scientist, Microbiology', 'F1', 12)
    L.append('Role: Medical Laboratory Scientist, Microbiology')
    y = 590
    cols = [72, 330, 430, 490]
    for i, r in enumerate([HEADER] + list(COURSES[10:16])):
        f = 'F2' if i == 0 else 'F1'
        for c, v in zip(cols, r):
            glyphs(c, y, v, f, 9.5)
        L.append(' '.join(r))
        y -= 16
    glyphs(72, y - 20, 'TOTAL 7.0 CONTACT HOURS', 'F2', 11, track=1.8)
    L.append('TOTAL 7.0 CONTACT HOURS')
    parts.append(b'ET')
    pdf, root, info = simple_doc([b'\n'.join(parts)], fonts)
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'spaced', 'hand',
         'Every glyph is placed by its own "1 0 0 1 x y Tm (c) Tj" and space characters are never drawn: '
         'word breaks exist only as gaps. Headings and the participant name add 1.8-3pt tracking per glyph '
         '(tracking at 16pt bold is about 2/3 of a space). Fonts have no /Widths. pdftotext splits the tracked '
         'name into letters and mutool splits every tracked heading; gold has whole words.', [L])


if __name__ == '__main__':
    spaced_tj()
    per_glyph_tm()
