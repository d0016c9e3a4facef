"""Hand-written fonts without ToUnicode: symbolic TrueType with a (3,0) cmap,
a Type0/Identity-H TrueType with only the font's own cmap, and an embedded
Type1 using ligature glyphs through /Differences."""
import zlib

from pdfw import PDF, Text, pstr, gold, out
import sfnt
import t1

LIB = '/usr/share/fonts/truetype/liberation2/'
DJ = '/usr/share/fonts/truetype/dejavu/'
URW = '/usr/share/fonts/type1/urw-base35/'


def _ff2(pdf, data):
    z = zlib.compress(data)
    return pdf.add(b'<< /Length %d /Filter /FlateDecode /Length1 %d >>\nstream\n' % (len(z), len(data)) + z +
                   b'\nendstream')


def _page_doc(pdf, fonts, content_bytes, name):
    content = pdf.stream(content_bytes, compress=True)
    pages = pdf.reserve()
    page = pdf.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << %s >> >> '
                   '/Contents %d 0 R >>' % (pages, ' '.join('/%s %d 0 R' % kv for kv in fonts.items()), content))
    pdf.add('<< /Type /Pages /Kids [%d 0 R] /Count 1 >>' % page, pages)
    root = pdf.add('<< /Type /Catalog /Pages %d 0 R >>' % pages)
    pdf.write(out(name + '.pdf'), root)


def symbolic_truetype():
    name = 'noTounicode-5-hand'
    body = [
        'Gulf Coast Blood Services - Donor Center Laboratory',
        'Awarded to Wilhelmina Achebe-Sorensen, BB(ASCP)',
        'Activity: Irradiation and Leukoreduction of Blood Components',
        'Completed 08/14/2024 Credits: 1.0 P.A.C.E. Program 300-118-24',
        'Questions? Email ce@gulfcoastblood.example (ref #GCBS-7781).',
    ]
    title = 'CERTIFICATE OF TRAINING'
    pdf = PDF('1.4')
    # F1: codes are ASCII, cmap (3,0) maps 0xF000+code -> glyph; post names kept
    f = sfnt.Font(LIB + 'LiberationSans-Regular.ttf')
    ucm = f.unicode_cmap()
    names = f.glyph_names()
    chars = sorted(set(''.join(body)))
    gids = {ucm[ord(c)] for c in chars}
    f.subset_keep_gids(gids)
    f.set_cmap([(3, 0, {0xF000 + ord(c): ucm[ord(c)] for c in chars})])
    f.set_post_names({ucm[ord(c)]: names[ucm[ord(c)]] for c in chars})
    d1 = f.to_bytes()
    adv = f.advances()
    upm = f.units_per_em()
    ff1 = _ff2(pdf, d1)
    fd1 = pdf.add('<< /Type /FontDescriptor /FontName /BCDEFG+LiberationSans /Flags 4 /FontBBox [-1114 -621 2666 2007] '
                  '/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>' % ff1)
    w1 = [round(adv[ucm[c]] * 1000 / upm) if chr(c) in chars else 0 for c in range(32, 127)]
    F1 = pdf.add('<< /Type /Font /Subtype /TrueType /BaseFont /BCDEFG+LiberationSans /FirstChar 32 /LastChar 126 '
                 '/Widths [%s] /FontDescriptor %d 0 R >>' % (' '.join(map(str, w1)), fd1))
    # F2: bold, codes assigned sequentially from 0x21 (subset-style), (3,0) cmap, post names
    f = sfnt.Font(LIB + 'LiberationSans-Bold.ttf')
    ucm = f.unicode_cmap()
    names = f.glyph_names()
    tchars = []
    for c in title:
        if c not in tchars:
            tchars.append(c)
    code = {c: 0x21 + i for i, c in enumerate(tchars)}
    code[' '] = 0x20  # keep the space at 0x20 ... but also in the sequence
    gids = {ucm[ord(c)] for c in tchars}
    f.subset_keep_gids(gids)
    f.set_cmap([(3, 0, {0xF000 + code[c]: ucm[ord(c)] for c in tchars}), (1, 0, {code[c]: ucm[ord(c)] for c in tchars})])
    f.set_post_names({ucm[ord(c)]: names[ucm[ord(c)]] for c in tchars})
    d2 = f.to_bytes()
    adv = f.advances()
    ff2 = _ff2(pdf, d2)
    fd2 = pdf.add('<< /Type /FontDescriptor /FontName /HIJKLM+LiberationSans-Bold /Flags 4 /FontBBox [-1137 -623 2787 2007] '
                  '/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 729 /StemV 120 /FontFile2 %d 0 R >>' % ff2)
    inv = {v: k for k, v in code.items()}
    last = max(code.values())
    w2 = [round(adv[ucm[ord(inv[c])]] * 1000 / upm) if c in inv else 0 for c in range(32, last + 1)]
    F2 = pdf.add('<< /Type /Font /Subtype /TrueType /BaseFont /HIJKLM+LiberationSans-Bold /FirstChar 32 /LastChar %d '
                 '/Widths [%s] /FontDescriptor %d 0 R >>' % (last, ' '.join(map(str, w2)), fd2))
    t = Text()
    L = []
    tb = bytes(code[c] for c in title)
    t.raw(b'BT /F2 22 Tf 72 700 Td ' + pstr(tb) + b' Tj ET')
    L.append(title)
    y = 650
    for s in body:
        t.raw(b'BT /F1 12 Tf 72 %g Td ' % y + pstr(s) + b' Tj ET')
        L.append(s)
        y -= 24
    _page_doc(pdf, {'F1': F1, 'F2': F2}, t.bytes(), name)
    gold(name, 'noTounicode', 'hand',
         'Two embedded simple TrueType fonts, /Flags 4 (symbolic), no /Encoding, no ToUnicode. F1 (body) uses '
         'ASCII byte codes and its only cmap is (3,0) mapping 0xF000+code to the glyph. F2 (title) uses '
         'subset-style codes 0x20,0x21,0x22... in order of first use, with (3,0) at 0xF000+code and (1,0); '
         'only the post table glyph names (C, E, R, T, I, F, A, O, space, ...) tell what the glyphs are. '
         'pdftotext is WRONG on the title (prints the raw codes !"#$...); mutool matches the gold.', [L])


def type0_identity():
    name = 'noTounicode-6-hand'
    lines = [
        ('Deutsches Blutspende-Labor \u2013 Fortbildungsnachweis', 16),
        ('Teilnehmerin: J\u00f6rdis \u00d8stergaard-Wei\u00df, MTLA', 12),
        ('Kurs: Blutgruppenserologie f\u00fcr Fortgeschrittene', 12),
        ('Datum: 22.05.2024 \u00b7 Umfang: 4 Fortbildungspunkte', 12),
        ('Course: Advanced Blood Group Serology (certificate in German and English)', 11),
        ('Credits: 4.0 CE \u2022 Provider No. DBL-2024-061', 11),
        ('Verantwortlich: Dr. med. Ren\u00e9 Gr\u00fcnwald', 11),
    ]
    f = sfnt.Font(DJ + 'DejaVuSans.ttf')
    ucm = f.unicode_cmap()
    chars = sorted(set(''.join(s for s, _ in lines)))
    gids = {ucm[ord(c)] for c in chars}
    f.subset_keep_gids(gids)
    f.set_cmap([(3, 1, {ord(c): ucm[ord(c)] for c in chars})])
    f.set_post_format3()
    data = f.to_bytes()
    adv = f.advances()
    upm = f.units_per_em()
    pdf = PDF('1.6')
    ff = _ff2(pdf, data)
    fd = pdf.add('<< /Type /FontDescriptor /FontName /NOPQRS+DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] '
                 '/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>' % ff)
    w = ' '.join('%d [%d]' % (g, round(adv[g] * 1000 / upm)) for g in sorted(gids))
    cid = pdf.add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NOPQRS+DejaVuSans /CIDSystemInfo << /Registry (Adobe) '
                  '/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>'
                  % (fd, w))
    F1 = pdf.add('<< /Type /Font /Subtype /Type0 /BaseFont /NOPQRS+DejaVuSans /Encoding /Identity-H '
                 '/DescendantFonts [%d 0 R] >>' % cid)
    t = Text()
    L = []
    y = 720
    for s, size in lines:
        hexs = ''.join('%04X' % ucm[ord(c)] for c in s)
        t.raw('BT /F1 %g Tf 60 %g Td <%s> Tj ET' % (size, y, hexs))
        L.append(s)
        y -= size + 12
    _page_doc(pdf, {'F1': F1}, t.bytes(), name)
    gold(name, 'noTounicode', 'hand',
         'Type0 font, /Encoding /Identity-H, CIDFontType2 with /CIDToGIDMap /Identity and NO ToUnicode. The '
         'embedded DejaVuSans subset keeps original glyph ids and has a (3,1) cmap for every used character '
         '(post format 3: no glyph names), so codes map back to Unicode only through the font cmap. Both '
         'pdftotext and mutool are WRONG here (they print glyph ids / U+FFFD); the page renders correctly.', [L])


def type1_ligatures():
    name = 'noTounicode-7-hand'
    keep = {}
    for ch in 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz':
        keep[ch] = ch
    for n in ['space', 'period', 'comma', 'colon', 'hyphen', 'slash', 'zero', 'one', 'two', 'four', 'five', 'six',
              'seven', 'eight', 'nine', 'three', 'fi', 'fl', 'ff', 'ffi', 'ffl', 'parenleft', 'parenright']:
        keep[n] = n
    clear, enc, trailer, widths, bbox = t1.subset(URW + 'NimbusRoman-Regular.t1', keep, 'UVWXYZ+NimbusRoman-Regular')
    from reportlab.pdfbase._fontdata import encodings
    win = encodings['WinAnsiEncoding']
    pdf = PDF('1.4')
    ff = t1.fontfile_stream(pdf, clear, enc, trailer)
    fd = pdf.add('<< /Type /FontDescriptor /FontName /UVWXYZ+NimbusRoman-Regular /Flags 34 /FontBBox [%s] /ItalicAngle 0 '
                 '/Ascent 683 /Descent -217 /CapHeight 662 /StemV 84 /FontFile %d 0 R >>' % (' '.join(map(str, bbox)), ff))
    LIG = {'fi': 1, 'fl': 2, 'ff': 3, 'ffi': 4, 'ffl': 5}
    c2n = {c: win[c] for c in range(256) if win[c]}
    for k, v in LIG.items():
        c2n[v] = k
    wl = [widths.get(c2n.get(c), 0) or 0 for c in range(1, 256)]
    F1 = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /UVWXYZ+NimbusRoman-Regular /FirstChar 1 /LastChar 255 '
                 '/Widths [%s] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /fi /fl /ff '
                 '/ffi /ffl] >> /FontDescriptor %d 0 R >>' % (' '.join(map(str, wl)), fd))

    def enc_lig(s):
        outb = bytearray()
        i = 0
        while i < len(s):
            for lg in ('ffi', 'ffl', 'ff', 'fi', 'fl'):
                if s.startswith(lg, i):
                    outb.append(LIG[lg])
                    i += len(lg)
                    break
            else:
                outb += s[i].encode('cp1252')
                i += 1
        return bytes(outb)

    lines = [('Office of Laboratory Staff Development', 18),
             ('Certificate of Proficiency Testing Review', 14),
             ('This certifies that Griffin Lefflerova, MLT(ASCP)', 12),
             ('fulfilled the requirements of the official workflow module', 12),
             ('Specimen Identification and Efficient Reflex Testing', 12),
             ('on 09/26/2024 and was awarded 2.0 contact hours.', 12),
             ('Affiliated staff: Hematology, Flow Cytometry, Stuffing-free Packaging', 11),
             ('Signed: Efua Mifflin-Scaffidi, Staff Development Officer', 11)]
    t = Text()
    L = []
    y = 700
    for s, size in lines:
        t.raw(b'BT /F1 %g Tf 72 %g Td ' % (size, y) + pstr(enc_lig(s)) + b' Tj ET')
        L.append(s)
        y -= size + 12
    _page_doc(pdf, {'F1': F1}, t.bytes(), name)
    gold(name, 'noTounicode', 'hand',
         'Embedded Type1 (FontFile, NimbusRoman subset) with /Differences [1 /fi /fl /ff /ffi /ffl] over '
         'WinAnsiEncoding and no ToUnicode: every fi/fl/ff/ffi/ffl in the text is one ligature glyph with code '
         '1-5. Gold has the letters.', [L])


if __name__ == '__main__':
    symbolic_truetype()
    type0_identity()
    type1_ligatures()
