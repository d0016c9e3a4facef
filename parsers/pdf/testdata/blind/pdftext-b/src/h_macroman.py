"""Hand-written MacRoman documents."""
import zlib

from pdfw import PDF, Text, simple_doc, std_font, sw, pstr, gold, out
from reportlab.pdfbase._fontdata import encodings
import t1
import sfnt

MAC = encodings['MacRomanEncoding']
URW = '/usr/share/fonts/type1/urw-base35/'
LIB = '/usr/share/fonts/truetype/liberation2/'


def mac(s):
    return s.encode('mac_roman')


def std_macroman():
    name = 'macroman-1-hand'
    fonts = {'F1': std_font('Helvetica', '/MacRomanEncoding'),
             'F2': std_font('Helvetica-Bold', '/MacRomanEncoding'),
             'F3': std_font('Times-Italic', '/MacRomanEncoding'),
             'F4': std_font('Times-Roman', '/MacRomanEncoding')}
    metric = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Italic', 'F4': 'Times-Roman'}
    t = Text()
    L = []

    def w(s, f, size):
        # width computed on the unicode text with WinAnsi metrics (same glyphs)
        return sw(s, metric[f], size)

    def line(x, y, s, f, size):
        t.raw(b'BT /%s %g Tf %g %g Td ' % (f.encode(), size, x, y) + pstr(mac(s)) + b' Tj ET')

    def center(y, s, f, size):
        line(306 - w(s, f, size) / 2, y, s, f, size)
        L.append(s)

    t.rect(40, 40, 532, 712, lw=1.5)
    center(700, 'Laboratoire d\u2019Analyses M\u00e9dicales Sainte-Th\u00e9r\u00e8se', 'F2', 15)
    center(682, 'Service de biologie m\u00e9dicale \u2022 Qu\u00e9bec', 'F4', 11)
    center(620, 'Certificate of Continuing Education', 'F2', 20)
    center(585, 'Awarded to', 'F3', 13)
    center(555, 'Jos\u00e9 Pe\u00f1a-Ib\u00e1\u00f1ez, MLS(ASCP)', 'F2', 17)
    center(520, 'for completing \u201cH\u00e9moglobinopathies & Thalass\u00e9mies\u201d \u2013 Module 2', 'F4', 12)
    center(502, 'Instructor: Dr. Zo\u00eb Lindstr\u00f6m-Nu\u00f1ez', 'F4', 12)
    y = 450
    for a, bb in [('Cr\u00e9dits:', '2.0 P.A.C.E.\u00ae'), ('Date:', '11/05/2024'),
                  ('R\u00e9sultat:', '94 % \u2014 r\u00e9ussi'), ('Participant\u2019s ID:', 'QC-55\u201308')]:
        line(150, y, a, 'F2', 11)
        line(270, y, bb, 'F1', 11)
        L.append(a + ' ' + bb)
        y -= 18
    center(330, '\u201cThe lab\u2019s mission is patients\u2019 safety.\u201d', 'F3', 12)
    center(120, '\u00a9 2024 Laboratoire Sainte-Th\u00e9r\u00e8se \u2022 ASCLS P.A.C.E.\u00ae provider 0719', 'F4', 9)
    pdf, root, info = simple_doc([t.bytes()], fonts)
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'macroman', 'hand',
         'Standard-14 fonts with /Encoding /MacRomanEncoding (no /Widths); accented letters, curly quotes '
         '(0xD2/0xD3/0xD4/0xD5), en/em dash (0xD0/0xD1), bullet (0xA5), (R) 0xA8, (C) 0xA9 are MacRoman bytes.',
         [L])


def type1_differences():
    name = 'macroman-2-hand'
    # glyph renames: new name -> charstring taken from
    keep = {}
    for ch in 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789':
        keep[ch if ch.isalpha() else MAC[ord(ch)]] = ch if ch.isalpha() else MAC[ord(ch)]
    for n in ['space', 'period', 'comma', 'colon', 'hyphen', 'parenleft', 'parenright', 'slash', 'endash',
              'quoteright', 'ocircumflex', 'eacute', 'egrave']:
        keep[n] = n
    diffs = {1: 'uni00E9', 2: 'Eacute.sc', 3: 'Ocircumflex.sc', 4: 'f_f_i', 5: 'f_f_l', 6: 'f_i', 7: 'f_l',
             8: 'uni2019', 9: 'T.sc'}
    src = {'uni00E9': 'eacute', 'Eacute.sc': 'Eacute', 'Ocircumflex.sc': 'Ocircumflex', 'f_f_i': 'ffi',
           'f_f_l': 'ffl', 'f_i': 'fi', 'f_l': 'fl', 'uni2019': 'quoteright', 'T.sc': 'T'}
    keep.update(src)
    clear, enc, trailer, widths, bbox = t1.subset(URW + 'NimbusSans-Regular.t1', keep, 'QKRTZA+NimbusSans-Regular')
    pdf = PDF('1.4')
    ff = t1.fontfile_stream(pdf, clear, enc, trailer)
    fd = pdf.add('<< /Type /FontDescriptor /FontName /QKRTZA+NimbusSans-Regular /Flags 32 /FontBBox [%s] '
                 '/ItalicAngle 0 /Ascent 729 /Descent -218 /CapHeight 729 /StemV 85 /FontFile %d 0 R >>'
                 % (' '.join(map(str, bbox)), ff))
    # code -> glyph name for this font
    code2name = {c: MAC[c] for c in range(256) if MAC[c]}
    code2name.update(diffs)
    wl = [widths.get(code2name.get(c), 0) or 0 for c in range(1, 256)]
    diffarr = '[1 ' + ' '.join('/' + diffs[c] for c in sorted(diffs)) + ']'
    f1 = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /QKRTZA+NimbusSans-Regular /FirstChar 1 /LastChar 255 '
                 '/Widths [%s] /Encoding << /Type /Encoding /BaseEncoding /MacRomanEncoding /Differences %s >> '
                 '/FontDescriptor %d 0 R >>' % (' '.join(map(str, wl)), diffarr, fd))
    f2 = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats /Encoding << /Type /Encoding '
                 '/Differences [65 /a192 /a20 /a71] >> >>')
    f3 = pdf.add(std_font('Helvetica-Bold', '/MacRomanEncoding'))

    def width(bs):
        return sum(widths.get(code2name.get(c), 0) or 0 for c in bs) / 1000.0

    # text pieces: lists of bytes strings in F1 encoding
    E, EC, OC, FFI, FFL, FI, FL, AP, TSC = b'\x01', b'\x02', b'\x03', b'\x04', b'\x05', b'\x06', b'\x07', b'\x08', b'\x09'
    lines = [
        (b'H' + b'\x99' + b'pital G' + E + b'n' + E + b'ral de Montr' + E + b'al', 'H\u00f4pital G\u00e9n\u00e9ral de Montr\u00e9al', 16),
        (b'Laboratory Education O' + FFI + b'ce', 'Laboratory Education Office', 12),
        (b'Certi' + FI + b'cate of Pro' + FI + b'ciency', 'Certificate of Proficiency', 20),
        (b'Awarded to Ren' + E + b'e DUFRESNE-C' + OC + TSC + EC, 'Awarded to Ren\u00e9e DUFRESNE-C\u00d4T\u00c9', 14),
        (b'Work' + FL + b'ow e' + FFI + b'ciency in the core laboratory', 'Workflow efficiency in the core laboratory', 12),
        (b'Cytology: ru' + FFL + b'ed cell borders and ba' + FFL + b'ing artifacts', 'Cytology: ruffled cell borders and baffling artifacts', 12),
        (b'The participant' + AP + b's score: 88 ' + b'\xd0' + b' passed', 'The participant\u2019s score: 88 \u2013 passed', 12),
    ]
    t = Text()
    L = []
    y = 700
    for bs, txt, size in lines:
        t.raw(b'BT /F1 %g Tf 72 %g Td ' % (size, y) + pstr(bs) + b' Tj ET')
        L.append(txt)
        y -= size + 14
    # dingbats beside text on one baseline
    y -= 10
    x = 72
    t.raw(b'BT /F2 12 Tf %g %g Td (A) Tj ET' % (x, y))
    x += 0.748 * 12 + 4
    t.raw(b'BT /F3 12 Tf %g %g Td (Specimen review completed) Tj ET' % (x, y))
    L.append('\u279a Specimen review completed')
    y -= 22
    t.raw(b'BT /F2 12 Tf 72 %g Td (B) Tj ET' % y)
    t.raw(b'BT /F1 12 Tf %g %g Td ' % (72 + 0.846 * 12 + 4, y) + pstr(b'Cr' + E + b'dits: 1.5 CMLE') + b' Tj ET')
    L.append('\u2714 Cr\u00e9dits: 1.5 CMLE')
    y -= 22
    t.raw(b'BT /F2 8 Tf 72 %g Td (C) Tj ET' % (y + 2))
    t.raw(b'BT /F1 12 Tf %g %g Td (Issued 12/02/2024) Tj ET' % (72 + 0.791 * 8 + 4, y))
    L.append('\u25cf Issued 12/02/2024')
    content = pdf.stream(t.bytes(), compress=True)
    pages = pdf.reserve()
    page = pdf.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R '
                   '/F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>' % (pages, f1, f2, f3, content))
    pdf.add('<< /Type /Pages /Kids [%d 0 R] /Count 1 >>' % page, pages)
    root = pdf.add('<< /Type /Catalog /Pages %d 0 R >>' % pages)
    pdf.write(out(name + '.pdf'), root)
    gold(name, 'macroman', 'hand',
         'Embedded Type1 subset (NimbusSans, FontFile) with /Encoding << /BaseEncoding /MacRomanEncoding '
         '/Differences [1 /uni00E9 /Eacute.sc /Ocircumflex.sc /f_f_i /f_f_l /f_i /f_l /uni2019 /T.sc] >>, no '
         'ToUnicode; \u00f4 is MacRoman byte 0x99 and the en dash 0xD0. The .sc glyphs are drawn as capitals. '
         'ZapfDingbats (not embedded) uses /Differences [65 /a192 /a20 /a71]: a192=U+279A, a20=U+2714 '
         'check mark, a71=U+25CF. Ligatures are written as letters in the gold. mutool is WRONG here (drops the '
         'f_f_i/f_i/f_l/f_f_l glyphs and maps the ZapfDingbats Differences to wrong characters); pdftotext matches.', [L])


def truetype_macroman():
    name = 'macroman-4-hand'
    texts = [
        ('CLINICAL LABORATORY CE TRANSCRIPT', 15),
        ('Saint-Andr\u00e9 Regional Health \u2013 Pathology Services', 12),
        ('Technologist: Ana\u00efs Gro\u00dfmann-L\u00f3pez, MT(ASCP)', 12),
        ('Period: January\u2013June 2024 \u2022 Status: complete', 12),
        ('\u201cBlood Bank Fundamentals\u201d 01/17/2024 1.0 P.A.C.E.\u00ae', 12),
        ('Gram Stain Interpretation 02/21/2024 1.5 CMLE', 12),
        ('Coagulation: PT/INR & aPTT 03/13/2024 1.0 P.A.C.E.\u00ae', 12),
        ('Urinalysis \u2013 Crystals & Casts 05/08/2024 0.5 CMLE', 12),
        ('Reviewer\u2019s note: credits verified \u2014 no exceptions.', 11),
        ('Total: 4.0 contact hours \u00a9 2024 St-Andr\u00e9', 11),
    ]
    f = sfnt.Font(LIB + 'LiberationSerif-Regular.ttf')
    ucm = f.unicode_cmap()
    chars = set(''.join(s for s, _ in texts))
    gids = {ucm[ord(c)] for c in chars}
    f.subset_keep_gids(gids)
    names = {}
    # (3,1) cmap for used chars and (1,0) cmap in MacRoman codes
    m31 = {ord(c): ucm[ord(c)] for c in chars}
    m10 = {}
    for c in chars:
        code = c.encode('mac_roman')[0]
        m10[code] = ucm[ord(c)]
    f.set_cmap([(1, 0, m10), (3, 1, m31)])
    f.set_post_format3()
    data = f.to_bytes()
    adv = f.advances()
    upm = f.units_per_em()
    pdf = PDF('1.5')
    z = zlib.compress(data)
    ff = pdf.add(b'<< /Length %d /Filter /FlateDecode /Length1 %d >>\nstream\n' % (len(z), len(data)) + z + b'\nendstream')
    fd = pdf.add('<< /Type /FontDescriptor /FontName /LQWMPR+LiberationSerif /Flags 34 /FontBBox [-543 -303 2007 1159] '
                 '/ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 /FontFile2 %d 0 R >>' % ff)
    widths = []
    for code in range(32, 256):
        ch = bytes([code]).decode('mac_roman')
        g = ucm.get(ord(ch))
        widths.append(round(adv[g] * 1000 / upm) if (g is not None and ch in chars) else 0)
    f1 = pdf.add('<< /Type /Font /Subtype /TrueType /BaseFont /LQWMPR+LiberationSerif /FirstChar 32 /LastChar 255 '
                 '/Widths [%s] /Encoding /MacRomanEncoding /FontDescriptor %d 0 R >>' % (' '.join(map(str, widths)), fd))
    t = Text()
    L = []
    y = 720
    for s, size in texts:
        t.raw(b'BT /F1 %g Tf 60 %g Td ' % (size, y) + pstr(s.encode('mac_roman')) + b' Tj ET')
        L.append(s)
        y -= size + 10
    content = pdf.stream(t.bytes(), compress=True)
    pages = pdf.reserve()
    page = pdf.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                   '/Contents %d 0 R >>' % (pages, f1, content))
    pdf.add('<< /Type /Pages /Kids [%d 0 R] /Count 1 >>' % page, pages)
    root = pdf.add('<< /Type /Catalog /Pages %d 0 R >>' % pages)
    pdf.write(out(name + '.pdf'), root)
    gold(name, 'macroman', 'hand',
         'Embedded TrueType subset (LiberationSerif, glyph ids kept, post format 3 = no glyph names) as a simple '
         'non-symbolic font with /Encoding /MacRomanEncoding and no ToUnicode; the font has (1,0) and (3,1) cmaps. '
         'Bytes are MacRoman: \u00e9=0x8E, \u00ef=0x95, \u00df=0xA7, \u00f3=0x97, \u2013=0xD0, \u2014=0xD1, '
         '\u2022=0xA5, \u201c\u201d=0xD2/0xD3, \u2019=0xD5, \u00ae=0xA8, \u00a9=0xA9.', [L])


if __name__ == '__main__':
    std_macroman()
    type1_differences()
    truetype_macroman()
