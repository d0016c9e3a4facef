"""Hand-written mPDF-style fonts: ToUnicode with one bfrange <0000> <FFFF> <0000>
(Type0, codes = Unicode, CIDToGIDMap stream) and a simple TrueType with <00> <FF> <0000>."""
import struct
import zlib

from pdfw import PDF, Text, pstr, gold, out
import sfnt

DJ = '/usr/share/fonts/truetype/dejavu/'
LIB = '/usr/share/fonts/truetype/liberation2/'

IDENT_FULL = b"""/CIDInit /ProcSet findresource begin
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

IDENT_BYTE = IDENT_FULL.replace(b'<0000> <FFFF>\nendcodespacerange', b'<00> <FF>\nendcodespacerange').replace(
    b'<0000> <FFFF> <0000>', b'<00> <FF> <0000>')


def mpdf_style():
    name = 'cmap0000-4-hand'
    lines = [('Hôpital Universitaire de Genève – Laboratoire de Chimie', 15, 'B'),
             ('Attestation de formation continue / CE certificate', 12, 'R'),
             ('Participant·e : Aurélie Ndiaye-Østergaard, TAB', 12, 'R'),
             ('Formation : « Électrophorèse des protéines sériques »', 12, 'R'),
             ('Date : 18.03.2024 — Durée : 3 h — Crédits : 3.0', 12, 'R'),
             ('Valeurs : albumine 35–52 g/L, γ-globulines 6–16 g/L', 12, 'R'),
             ('Signé : Prof. Jürgen Ødegaard-Łęcki', 11, 'R')]
    simple_lines = ['Service de chimie clinique, rue Gabrielle-Perret-Gentil 4, 1205 Genève',
                    'Réf. HUG-LC-2024-031 · 18 °C · page 1/1 · ©2024 HUG']
    pdf = PDF('1.4')
    fonts = {}
    for key, fname in (('B', 'DejaVuSans-Bold.ttf'), ('R', 'DejaVuSans.ttf')):
        f = sfnt.Font(DJ + fname)
        ucm = f.unicode_cmap()
        chars = sorted(set(''.join(s for s, _, k in lines if k == key)))
        gids = {ucm[ord(c)] for c in chars}
        f.subset_keep_gids(gids)
        f.set_post_format3()
        data = f.to_bytes()
        adv = f.advances()
        upm = f.units_per_em()
        z = zlib.compress(data)
        ff = pdf.add(b'<< /Length %d /Filter /FlateDecode /Length1 %d >>\nstream\n' % (len(z), len(data)) + z + b'\nendstream')
        tag = 'MPDFAA' if key == 'R' else 'MPDFAB'
        bf = '%s+DejaVuSans%s' % (tag, '-Bold' if key == 'B' else '')
        fd = pdf.add('<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 '
                     '/Ascent 928 /Descent -236 /CapHeight 729 /StemV 87 /MissingWidth 600 /FontFile2 %d 0 R >>' % (bf, ff))
        maxcid = max(ord(c) for c in chars)
        c2g = bytearray(2 * (maxcid + 1))
        for c in chars:
            struct.pack_into('>H', c2g, 2 * ord(c), ucm[ord(c)])
        c2gn = pdf.stream(bytes(c2g), compress=True)
        w = ' '.join('%d [%d]' % (ord(c), round(adv[ucm[ord(c)]] * 1000 / upm)) for c in chars)
        cid = pdf.add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering '
                      '(UCS) /Supplement 0 >> /FontDescriptor %d 0 R /DW 600 /W [%s] /CIDToGIDMap %d 0 R >>'
                      % (bf, fd, w, c2gn))
        tu = pdf.stream(IDENT_FULL, compress=True)
        fonts['F' + key] = pdf.add('<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H '
                                   '/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>' % (bf, cid, tu))
    # simple TrueType, WinAnsi codes (only ASCII and Latin-1 >= 0xA0 used so identity is right)
    f = sfnt.Font(LIB + 'LiberationSans-Regular.ttf')
    ucm = f.unicode_cmap()
    chars = sorted(set(''.join(simple_lines)))
    assert all(ord(c) < 0x80 or 0xA0 <= ord(c) <= 0xFF for c in chars)
    gids = {ucm[ord(c)] for c in chars}
    f.subset_keep_gids(gids)
    f.set_cmap([(3, 1, {ord(c): ucm[ord(c)] for c in chars})])
    f.set_post_format3()
    data = f.to_bytes()
    adv = f.advances()
    upm = f.units_per_em()
    z = zlib.compress(data)
    ff = pdf.add(b'<< /Length %d /Filter /FlateDecode /Length1 %d >>\nstream\n' % (len(z), len(data)) + z + b'\nendstream')
    fd = pdf.add('<< /Type /FontDescriptor /FontName /MPDFAC+LiberationSans /Flags 32 /FontBBox [-1114 -621 2666 2007] '
                 '/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>' % ff)
    wl = [round(adv[ucm[c]] * 1000 / upm) if chr(c) in chars else 0 for c in range(32, 256)]
    tu = pdf.stream(IDENT_BYTE, compress=True)
    fonts['FS'] = pdf.add('<< /Type /Font /Subtype /TrueType /BaseFont /MPDFAC+LiberationSans /FirstChar 32 /LastChar 255 '
                          '/Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R /ToUnicode %d 0 R >>'
                          % (' '.join(map(str, wl)), fd, tu))
    t = Text()
    L = []
    y = 720
    for s, size, key in lines:
        t.raw('BT /F%s %g Tf 56 %g Td <%s> Tj ET' % (key, size, y, ''.join('%04X' % ord(c) for c in s)))
        L.append(s)
        y -= size + 12
    y -= 20
    for s in simple_lines:
        t.raw(b'BT /FS 9 Tf 56 %g Td ' % y + pstr(s.encode('latin-1')) + b' Tj ET')
        L.append(s)
        y -= 14
    content = pdf.stream(t.bytes(), compress=True)
    pages = pdf.reserve()
    page = pdf.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << %s >> >> '
                   '/Contents %d 0 R >>' % (pages, ' '.join('/%s %d 0 R' % kv for kv in fonts.items()), content))
    pdf.add('<< /Type /Pages /Kids [%d 0 R] /Count 1 >>' % page, pages)
    root = pdf.add('<< /Type /Catalog /Pages %d 0 R >>' % pages)
    info = pdf.add('<< /Producer (mPDF-style handwritten) >>')
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'cmap0000', 'hand', 'mPDF-style fonts, A4 page. Two Type0 Identity-H fonts whose codes are Unicode code points (CIDToGIDMap '
         'stream maps them to glyphs of embedded DejaVuSans subsets) with a ToUnicode made of ONE bfrange '
         '"<0000> <FFFF> <0000>" (spans more than the last byte, as mPDF writes it). The footer uses a simple '
         'TrueType font with /WinAnsiEncoding and ToUnicode "<00> <FF> <0000>"; only ASCII and Latin-1 codes >= 0xA0 '
         'are used, so the identity mapping is correct.', [L])


if __name__ == '__main__':
    mpdf_style()
