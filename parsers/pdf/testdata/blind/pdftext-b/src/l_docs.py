"""LibreOffice (soffice --headless --convert-to pdf) documents from flat ODT sources."""
import base64
import io
import os
import re
import shutil
from xml.sax.saxutils import escape

from pdfw import gold, out
from data import COURSES, HEADER, total
import tools

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


class Doc:
    def __init__(self, font='Liberation Sans', size='11pt'):
        self.font = font
        self.size = size
        self.styles = []
        self.body = []
        self.n = 0

    def pstyle(self, size=None, bold=False, align=None, font=None, spacing=None, brk=False, space_after='4pt',
               space_before='0pt'):
        self.n += 1
        nm = 'P%d' % self.n
        tp = 'style:font-name="%s" fo:font-size="%s"' % (font or self.font, size or self.size)
        if bold:
            tp += ' fo:font-weight="bold"'
        if spacing:
            tp += ' fo:letter-spacing="%s"' % spacing
        pp = 'fo:margin-bottom="%s" fo:margin-top="%s"' % (space_after, space_before)
        if align:
            pp += ' fo:text-align="%s"' % align
        if brk:
            pp += ' fo:break-before="page"'
        self.styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
                           '<style:text-properties %s/></style:style>' % (nm, pp, tp))
        return nm

    def tstyle(self, spacing=None, bold=False, size=None):
        self.n += 1
        nm = 'T%d' % self.n
        tp = ''
        if spacing:
            tp += ' fo:letter-spacing="%s"' % spacing
        if bold:
            tp += ' fo:font-weight="bold"'
        if size:
            tp += ' fo:font-size="%s"' % size
        self.styles.append('<style:style style:name="%s" style:family="text"><style:text-properties%s/></style:style>'
                           % (nm, tp))
        return nm

    def p(self, text, style, spans=None):
        """spans: list of (text, tstyle-or-None) to build mixed runs."""
        if spans:
            inner = ''.join(('<text:span text:style-name="%s">%s</text:span>' % (st, escape(t))) if st else escape(t)
                            for t, st in spans)
        else:
            inner = escape(text)
        inner = inner.replace('  ', ' <text:s/>')
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inner))

    def table(self, rows, widths, pst, hst):
        self.n += 1
        tn = 'Tab%d' % self.n
        self.styles.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                           'style:width="%gin" table:align="left"/></style:style>' % (tn, sum(widths)))
        cols = ''
        for i, w in enumerate(widths):
            cn = '%s.C%d' % (tn, i)
            self.styles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                               'style:column-width="%gin"/></style:style>' % (cn, w))
            cols += '<table:table-column table:style-name="%s"/>' % cn
        x = '<table:table table:name="%s" table:style-name="%s">%s' % (tn, tn, cols)
        for ri, r in enumerate(rows):
            x += '<table:table-row>'
            for v in r:
                x += ('<table:table-cell office:value-type="string"><text:p text:style-name="%s">%s</text:p>'
                      '</table:table-cell>' % (hst if ri == 0 else pst, escape(v)))
            x += '</table:table-row>'
        x += '</table:table>'
        self.body.append(x)

    def image(self, png_bytes, w_in, h_in, pst):
        b64 = base64.b64encode(png_bytes).decode()
        self.body.append('<text:p text:style-name="%s"><draw:frame draw:name="img%d" text:anchor-type="as-char" '
                         'svg:width="%gin" svg:height="%gin"><draw:image><office:binary-data>%s</office:binary-data>'
                         '</draw:image></draw:frame></text:p>' % (pst, self.n, w_in, h_in, b64))

    def xml(self, landscape=False):
        w, h = ('11in', '8.5in') if landscape else ('8.5in', '11in')
        fonts = ''.join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>' % (f, f)
                        for f in ('Liberation Sans', 'Liberation Serif', 'DejaVu Serif', 'DejaVu Sans', 'C059'))
        return ('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.text"><office:font-face-decls>%s'
                '</office:font-face-decls><office:automatic-styles><style:page-layout style:name="pm1">'
                '<style:page-layout-properties fo:page-width="%s" fo:page-height="%s" fo:margin-top="0.7in" '
                'fo:margin-bottom="0.7in" fo:margin-left="0.8in" fo:margin-right="0.8in"/></style:page-layout>%s'
                '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
                'style:page-layout-name="pm1"/></office:master-styles><office:body><office:text>%s</office:text>'
                '</office:body></office:document>' % (NS, fonts, w, h, ''.join(self.styles), ''.join(self.body)))

    def convert(self, stem, landscape=False):
        src = os.path.join(tools.BUILD, stem + '.fodt')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(self.xml(landscape))
        return tools.soffice(src)


def spaced_lo():
    name = 'spaced-6-lo'
    d = Doc('Liberation Serif', '12pt')
    L = []
    title = d.pstyle('20pt', bold=True, align='center', spacing='0.12in', space_after='2pt')
    sub = d.pstyle('12pt', align='center', spacing='0.04in', space_after='24pt')
    norm = d.pstyle('12pt')
    caps = d.tstyle(spacing='0.05in', bold=True)
    d.p('DIPLOMA', title)
    L.append('DIPLOMA')
    d.p('Specialist in Blood Banking Review Course', sub)
    L.append('Specialist in Blood Banking Review Course')
    d.p(None, norm, spans=[('Graduate: ', None), ('PHILIPPA ODUYA-LARSSON', caps), (', SBB(ASCP)', None)])
    L.append('Graduate: PHILIPPA ODUYA-LARSSON, SBB(ASCP)')
    d.p('Program dates: January 8 to May 31, 2024 (120 contact hours)', norm)
    L.append('Program dates: January 8 to May 31, 2024 (120 contact hours)')
    d.p(None, norm, spans=[('INSTRUCTOR', caps), ('  Dr. Ambrose Kettleworth', None)])
    L.append('INSTRUCTOR Dr. Ambrose Kettleworth')
    d.p(None, norm, spans=[('CREDITS', caps), ('  120.0 P.A.C.E.', None)])
    L.append('CREDITS 120.0 P.A.C.E.')
    cond = d.pstyle('11pt', spacing='-0.005in', space_before='24pt')
    d.p('Condensed note: this diploma does not by itself confer ASCP BOC certification.', cond)
    L.append('Condensed note: this diploma does not by itself confer ASCP BOC certification.')
    pdf = d.convert(name)
    shutil.copy(pdf, out(name + '.pdf'))
    gold(name, 'spaced', 'lo', 'LibreOffice Writer character spacing (fo:letter-spacing): title +0.12in, subtitle +0.04in, capital name '
         'and labels +0.05in bold between normal runs; last line condensed by -0.005in. Embedded TrueType subsets '
         'with ToUnicode. pdftotext and mutool are WRONG: they split the spaced words into letters.', [L])


LIG_LINES = ['Office of Laboratory Affairs',
             'Certificate of Proficiency: Differential Staining',
             'Awarded to Siobhan Griffiths-Nwosu, MLS(ASCP)',
             'for fulfilling the official workflow requirements',
             'of the affiliated hematology and fluid analysis program.',
             'Topics: baffling cell artifacts, ruffled borders, buffy coat smears.',
             'Date: 08/08/2024 Credits: 2.0 P.A.C.E.',
             'Office staff: Clifford Raffaelli, Effie Mifflin']


def _lig_doc(name, font):
    d = Doc(font, '12pt')
    h = d.pstyle('17pt', bold=True, space_after='10pt', font=font)
    n = d.pstyle('12pt', font=font)
    for i, s in enumerate(LIG_LINES):
        d.p(s, h if i == 0 else n)
    pdf = d.convert(name)
    tools.qdf_edit(pdf, out(name + '.pdf'), _drop_multichar)
    return [list(LIG_LINES)]


def ligatures_lo():
    name = 'noTounicode-3-lo+qpdf'
    pages = _lig_doc(name, 'C059')
    gold(name, 'noTounicode', 'lo+qpdf', 'LibreOffice 7.4 with the OpenType-CFF font C059 (HarfBuzz applies ff/fi/fl/ffi/ffl ligatures) '
         'embeds it as a symbolic Type1 subset (FontFile, /Flags 4, no /Encoding in the font dict: the font\'s built-in '
         'encoding names the glyphs ff, fi, fl, ffi, ffl). Its ToUnicode mapped each ligature glyph to several '
         'characters; those multi-character bfchar entries were deleted (qpdf --qdf edit + fix-qdf), so only the '
         'glyph names tell what the ligatures are. The bold title uses a synthetic-bold or substituted face.', pages)
    name = 'noTounicode-8-lo+qpdf'
    pages = _lig_doc(name, 'DejaVu Serif')
    gold(name, 'noTounicode', 'lo+qpdf', 'Same text with DejaVu Serif: LibreOffice embeds symbolic TrueType subsets whose only cmap is '
         '(1,0) code->glyph and whose post table has no glyph names; after deleting the multi-character ToUnicode '
         'entries the ligature glyphs (ff, fi, fl, ffi, ffl) are NOT recoverable from the file except by matching glyph '
         'outlines/widths. Gold is what a reader sees; expect engines (and pdftotext/mutool, which print spaces, '
         '"%", "+" or U+FFFD there) to miss those letters. Included to check graceful degradation.', pages,
         recoverable=False)


def _drop_multichar(data):
    def fix(m):
        s = m.group(0)

        def bfchar(mm):
            entries = re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', mm.group(2))
            keep = [e for e in entries if len(e[1]) <= 4 and not e[1].upper().startswith(b'FB0')]
            if not keep:
                return b''
            return b'%d beginbfchar\n' % len(keep) + b''.join(b'<%s> <%s>\n' % e for e in keep) + b'endbfchar'
        return re.sub(rb'(\d+) beginbfchar\n(.*?)endbfchar', bfchar, s, flags=re.S)
    return re.sub(rb'begincmap.*?endcmap', fix, data, flags=re.S)


def cover_lo():
    name = 'coverpage-3-lo'
    from PIL import Image, ImageDraw
    im = Image.new('RGB', (700, 900), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    for i in range(0, 700, 35):
        dr.line((i, 0, 700 - i, 900), fill=(40 + i // 8, 90, 140), width=3)
    dr.ellipse((200, 300, 500, 600), fill=(150, 20, 40))
    dr.rectangle((330, 340, 370, 560), fill=(255, 255, 255))
    dr.rectangle((240, 430, 460, 470), fill=(255, 255, 255))
    buf = io.BytesIO()
    im.convert('P', palette=Image.ADAPTIVE, colors=16).save(buf, 'PNG', optimize=True)
    d = Doc('Liberation Sans', '11pt')
    L = []
    img = d.pstyle(align='center')
    d.image(buf.getvalue(), 5.5, 7.07, img)
    h = d.pstyle('16pt', bold=True, brk=True, space_after='6pt')
    n = d.pstyle('11pt')
    hb = d.pstyle('10pt', bold=True, space_after='0pt')
    cell = d.pstyle('10pt', space_after='0pt')
    d.p('Saint Columba Hospital - Laboratory CE Record', h)
    L.append('Saint Columba Hospital - Laboratory CE Record')
    d.p('Employee: Ruairi Okonjo-Lindqvist, MLT(ASCP)  Year: 2024', n)
    L.append('Employee: Ruairi Okonjo-Lindqvist, MLT(ASCP) Year: 2024')
    rows = COURSES[12:20]
    d.table([HEADER] + list(rows), [3.3, 1.3, 0.7, 1.2], cell, hb)
    L.append(' '.join(HEADER))
    L.extend(' '.join(r) for r in rows)
    d.p('Total: %s credits' % total(rows), d.pstyle('11pt', bold=True, space_before='10pt'))
    L.append('Total: %s credits' % total(rows))
    pdf = d.convert(name)
    shutil.copy(pdf, out(name + '.pdf'))
    gold(name, 'coverpage', 'lo', 'LibreOffice: page 1 holds only an embedded PNG picture (no text); page 2 starts with a page break '
         'and has the text with a table.', [[], L])


def encrypted_lo():
    d = Doc('Liberation Serif', '12pt')
    L = []
    h = d.pstyle('18pt', bold=True, align='center', space_after='12pt')
    n = d.pstyle('12pt', align='center')
    for s, st in [('American Association of Bioanalysts', h), ('Certificate of Continuing Education', n),
                  ('Presented to Ezinne Castellanos-Holm', n), ('Laboratory Mathematics: Dilutions and Titers', n),
                  ('Completed 01/30/2024 - 1.0 CE credit (AAB PACE)', n)]:
        d.p(s, st)
        L.append(s)
    pdf = d.convert('aab-cert')
    name = 'damaged-2-lo+qpdf'
    tools.run(['qpdf', '--encrypt', '', 'aab-owner', '128', '--use-aes=y', '--', pdf, out(name + '.pdf')])
    gold(name, 'damaged', 'lo+qpdf', 'AES-128 (V4 R4, /CFM /AESV2) encryption with an EMPTY user password (owner password set). '
         'Must open without a password.', [L], expect='text')
    name = 'damaged-3-lo+qpdf'
    tools.run(['qpdf', '--encrypt', 'Lab-User-7', 'aab-owner', '256', '--', pdf, out(name + '.pdf')])
    gold(name, 'damaged', 'lo+qpdf', 'AES-256 encryption that REQUIRES a user password (Lab-User-7). A reader without the password '
         'must report needs-password, not empty text. "unlocked_pages" is the text behind the password.', None,
         expect='needs-password', password='Lab-User-7', unlocked_pages=[L])


if __name__ == '__main__':
    spaced_lo()
    ligatures_lo()
    cover_lo()
    encrypted_lo()
