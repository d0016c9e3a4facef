#!/usr/bin/python3
"""Generator for blind test set certs-l: 60 invented CE certificates for laboratory
professionals, produced with eight different PDF producers.

Run:  /usr/bin/python3 build.py      (writes lNN.pdf, lNN.gold.json, sources in src/)
"""
import json, os, sys, shutil, subprocess, time, html
from concurrent.futures import ThreadPoolExecutor

DIR = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(DIR, 'src')
PREFIX = 'l'
os.makedirs(SRC, exist_ok=True)

CERTS = []


def cert(n, producer, style, layout, notes, name, title, date, credits, unit,
         provider, activity_id, date_printed, src, name_spaced=False, pages=1):
    assert unit in ('contact hour', 'CMLE', 'CE hour', 'CEU'), unit
    points = round(credits * 10, 2) if unit == 'CEU' else credits
    if isinstance(points, float) and points.is_integer():
        points = float(points)
    gold = {
        'style': style, 'producer': producer, 'layout': layout, 'notes': notes,
        'name': name, 'title': title, 'date': date, 'credits': credits,
        'unit': unit, 'points': points, 'provider': provider,
        'activity_id': activity_id,
    }
    CERTS.append({'n': n, 'id': '%s%02d' % (PREFIX, n), 'gold': gold,
                  'producer': producer, 'src': src,
                  'check': {'date_printed': date_printed, 'name_spaced': name_spaced,
                            'pages': pages}})


def esc(s):
    return html.escape(s, quote=False)

# ---------------------------------------------------------------- ReportLab
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import letter, landscape, A4
from reportlab.lib.colors import HexColor, black, white, Color
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_TTF = {
    'DejaVuSerif': 'dejavu/DejaVuSerif.ttf', 'DejaVuSerif-Bold': 'dejavu/DejaVuSerif-Bold.ttf',
    'DejaVuSerif-Italic': 'dejavu/DejaVuSerif-Italic.ttf',
    'DejaVuSans': 'dejavu/DejaVuSans.ttf', 'DejaVuSans-Bold': 'dejavu/DejaVuSans-Bold.ttf',
    'LibSerif': 'liberation/LiberationSerif-Regular.ttf',
    'LibSerif-Bold': 'liberation/LiberationSerif-Bold.ttf',
    'LibSerif-Italic': 'liberation/LiberationSerif-Italic.ttf',
    'LibSans': 'liberation/LiberationSans-Regular.ttf',
    'LibSans-Bold': 'liberation/LiberationSans-Bold.ttf',
    'LibNarrow': 'liberation/LiberationSansNarrow-Regular.ttf',
    'LibNarrow-Bold': 'liberation/LiberationSansNarrow-Bold.ttf',
}
for _k, _v in _TTF.items():
    _p = '/usr/share/fonts/truetype/' + _v
    if os.path.exists(_p):
        pdfmetrics.registerFont(TTFont(_k, _p))


def rl_para(c, text, x, ytop, w, font='Helvetica', size=11, leading=None, align=0,
            color=black, space=0):
    st = ParagraphStyle('p', fontName=font, fontSize=size, leading=leading or size * 1.25,
                        alignment=align, textColor=color)
    p = Paragraph(text, st)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x, ytop - h)
    return ytop - h - space


def rl_ctext(c, x, y, s, font='Helvetica', size=11, color=black, cs=0):
    c.setFillColor(color)
    c.setFont(font, size)
    if cs:
        w = pdfmetrics.stringWidth(s, font, size) + cs * (len(s) - 1)
        c.drawString(x - w / 2.0, y, s, charSpace=cs)
    else:
        c.drawCentredString(x, y, s)
    c.setFillColor(black)


def rl_text(c, x, y, s, font='Helvetica', size=11, color=black, right=False):
    c.setFillColor(color)
    c.setFont(font, size)
    if right:
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)
    c.setFillColor(black)


def rl_seal(c, x, y, r, top, bottom, col=HexColor('#8a6d1d'), inner='★'):
    import math
    c.saveState()
    c.setStrokeColor(col); c.setFillColor(col)
    n = 36
    pts = []
    for i in range(2 * n):
        a = math.pi * i / n
        rr = r if i % 2 == 0 else r * 0.92
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    p = c.beginPath(); p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close(); c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(white); c.circle(x, y, r * 0.8, fill=1, stroke=0)
    c.setStrokeColor(col); c.setLineWidth(1); c.circle(x, y, r * 0.74, fill=0, stroke=1)
    c.setFillColor(col)
    c.setFont('Helvetica-Bold', r * 0.2); c.drawCentredString(x, y + r * 0.12, top)
    c.setFont('Helvetica', r * 0.14); c.drawCentredString(x, y - r * 0.22, bottom)
    c.restoreState()


def rl_sig(c, x, y, w, name, title, script=None, font='Helvetica', size=9):
    c.setLineWidth(0.6); c.line(x, y, x + w, y)
    if script:
        c.setFont('Times-Italic', 17); c.setFillColor(HexColor('#1d2a6b'))
        c.drawString(x + 8, y + 5, script); c.setFillColor(black)
    c.setFont(font + ('-Bold' if font in ('Helvetica', 'Times') else ''), size)
    c.drawString(x, y - size - 3, name)
    c.setFont(font if font != 'Times' else 'Times-Roman', size - 1)
    yy = y - 2 * size - 5
    for t in title.split('\n'):
        c.drawString(x, yy, t); yy -= size + 1


def rl_border(c, W, H, m=24, col=HexColor('#1f3b63'), double=True, lw=3):
    c.saveState(); c.setStrokeColor(col); c.setLineWidth(lw)
    c.rect(m, m, W - 2 * m, H - 2 * m)
    if double:
        c.setLineWidth(0.8); c.rect(m + 7, m + 7, W - 2 * m - 14, H - 2 * m - 14)
    c.restoreState()


def build_rl(ct):
    path = os.path.join(DIR, ct['id'] + '.pdf')
    size = ct['src'].get('size', letter)
    c = rl_canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle('Certificate'); c.setAuthor(ct['src'].get('author', 'Education Office'))
    ct['src']['draw'](c, *size)
    c.save()
    if ct['producer'] == 'reportlab-acroform':
        tmp = path + '.form.pdf'
        shutil.move(path, tmp)
        shutil.copy(tmp, os.path.join(SRC, ct['id'] + '.form.pdf'))
        subprocess.run(['qpdf', '--flatten-annotations=all', '--generate-appearances', tmp, path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        os.remove(tmp)


def rl_field(c, name, value, x, y, w, h=16, font='Helvetica', size=10, border=False):
    need = pdfmetrics.stringWidth(value, font, size) + 6
    if need > w:
        raise ValueError('field %s too narrow: %.0f > %.0f (%r)' % (name, need, w, value))
    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h,
                         fontName=font, fontSize=size, borderWidth=1 if border else 0,
                         borderColor=HexColor('#777777') if border else None,
                         fillColor=None, textColor=black, forceBorder=border)

# ---------------------------------------------------------------- Chromium


def build_chromium(ct):
    hp = os.path.join(SRC, ct['id'] + '.html')
    with open(hp, 'w', encoding='utf-8') as f:
        f.write(ct['src']['html'])
    out = os.path.join(DIR, ct['id'] + '.pdf')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    '--no-pdf-header-footer', '--user-data-dir=' + os.path.join(SRC, '.chrome-' + ct['id']),
                    '--print-to-pdf=' + out, 'file://' + hp],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    shutil.rmtree(os.path.join(SRC, '.chrome-' + ct['id']), ignore_errors=True)


def page_css(size, margin='0'):
    return ('@page { size: %s; margin: %s; } html,body{margin:0;padding:0;} '
            '* { font-variant-ligatures: none; -webkit-print-color-adjust: exact; '
            'print-color-adjust: exact; box-sizing: border-box; }' % (size, margin))

# ---------------------------------------------------------------- PHP (FPDF / TCPDF)

FPDF_HEAD = r'''<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
'''
TCPDF_HEAD = r'''<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
'''


def build_php(ct):
    pp = os.path.join(SRC, ct['id'] + '.php')
    out = os.path.join(DIR, ct['id'] + '.pdf')
    head = FPDF_HEAD if ct['producer'] == 'fpdf' else TCPDF_HEAD
    code = head + "$OUT = '%s';\n" % out + ct['src']['php']
    with open(pp, 'w', encoding='utf-8') as f:
        f.write(code)
    r = subprocess.run(['php', pp], capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(out):
        print('PHP FAIL', ct['id'], r.stdout[-2000:], r.stderr[-2000:])

# ---------------------------------------------------------------- PostScript / Ghostscript

PS_PROLOG = r'''%!PS-Adobe-3.0
%%Pages: 1
/MkEnc { ISOLatin1Encoding 256 array copy
  dup 16#27 /quotesingle put dup 16#60 /grave put dup 16#2D /hyphen put
  dup 16#91 /quoteleft put dup 16#92 /quoteright put dup 16#93 /quotedblleft put
  dup 16#94 /quotedblright put dup 16#95 /bullet put dup 16#96 /endash put
  dup 16#97 /emdash put dup 16#99 /trademark put dup 16#A9 /copyright put dup 16#AE /registered put } bind def
/CertEnc MkEnc def
/ReEnc { % newname basename
  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding CertEnc def currentdict end definefont pop } bind def
/F-R /Times-Roman ReEnc /F-B /Times-Bold ReEnc /F-I /Times-Italic ReEnc /F-BI /Times-BoldItalic ReEnc
/H-R /Helvetica ReEnc /H-B /Helvetica-Bold ReEnc /H-O /Helvetica-Oblique ReEnc
/C-R /Courier ReEnc /C-B /Courier-Bold ReEnc
/P-R /Palatino-Roman ReEnc /P-B /Palatino-Bold ReEnc /P-I /Palatino-Italic ReEnc
/N-R /Helvetica-Narrow ReEnc /N-B /Helvetica-Narrow-Bold ReEnc
/B-R /Bookman-Light ReEnc /B-D /Bookman-Demi ReEnc
/fnt { exch findfont exch scalefont setfont } bind def
/ctr { % x y str
  3 1 roll moveto dup stringwidth pop 2 div neg 0 rmoveto show } bind def
/rgt { 3 1 roll moveto dup stringwidth pop neg 0 rmoveto show } bind def
/lft { 3 1 roll moveto show } bind def
/sctr { % x y str spacing : letter-spaced centred
  /sp exch def /s exch def /y exch def /x exch def
  s stringwidth pop s length 1 sub sp mul add /w exch def
  x w 2 div sub y moveto sp 0 s ashow } bind def
/box { % x y w h lw
  setlinewidth 4 2 roll moveto dup 0 exch rlineto exch 0 rlineto neg 0 exch rlineto closepath stroke } bind def
/hline { % x y w lw
  setlinewidth 3 1 roll moveto 0 rlineto stroke } bind def
'''

PS_FONTS = {'F-R': 'Times-Roman', 'F-B': 'Times-Bold', 'F-I': 'Times-Italic',
            'F-BI': 'Times-BoldItalic', 'H-R': 'Helvetica', 'H-B': 'Helvetica-Bold',
            'H-O': 'Helvetica-Oblique', 'C-R': 'Courier', 'C-B': 'Courier-Bold'}


def pss(s):
    """Python str -> PostScript string literal (cp1252-style custom encoding)."""
    b = s.encode('cp1252')
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    return '(' + ''.join(out) + ')'


def ps_width(t, font, size):
    f = PS_FONTS.get(font, font)
    k = 1.0
    if f.startswith('Palatino'):
        f, k = f.replace('Palatino', 'Times').replace('-Roman', '-Roman'), 1.1
        if f == 'Times':
            f = 'Times-Roman'
    elif f.startswith('Bookman'):
        f, k = ('Times-Bold' if 'Demi' in f else 'Times-Roman'), 1.2
    elif f.startswith('Helvetica-Narrow'):
        f, k = f.replace('-Narrow', ''), 0.82
        if f == 'Helvetica-Bold' or f == 'Helvetica':
            pass
    return pdfmetrics.stringWidth(t, f, size) * k


def ps_wrap(s, font, size, width):
    """Greedy word wrap using standard-font metrics (metric-compatible with gs URW fonts)."""
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        t = (cur + ' ' + w).strip()
        if ps_width(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


def build_ps(ct):
    pp = os.path.join(SRC, ct['id'] + '.ps')
    out = os.path.join(DIR, ct['id'] + '.pdf')
    w, h = ct['src'].get('size', (612, 792))
    body = ct['src']['ps']
    code = (PS_PROLOG + '%%%%BoundingBox: 0 0 %d %d\n' % (w, h) +
            '<< /PageSize [%d %d] >> setpagedevice\n' % (w, h) + body + '\nshowpage\n%%EOF\n')
    with open(pp, 'w', encoding='latin-1') as f:
        f.write(code)
    r = subprocess.run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite',
                        '-dDEVICEWIDTHPOINTS=%d' % w, '-dDEVICEHEIGHTPOINTS=%d' % h, '-dFIXEDMEDIA',
                        '-sOutputFile=' + out, pp], capture_output=True, text=True)
    if r.returncode != 0:
        print('GS FAIL', ct['id'], r.stdout[-1500:], r.stderr[-1500:])

# ---------------------------------------------------------------- python-docx
import docx
from docx.shared import Pt, Inches, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def dx_new(land=False, margins=0.7, font='Liberation Serif', size=11):
    d = docx.Document()
    s = d.sections[0]
    if land:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for a in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(s, a, Inches(margins))
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return d


def dx_p(d, text='', size=None, bold=False, italic=False, align=None, font=None,
         color=None, before=0, after=0, spacing=None, caps=False, cell=None):
    p = (cell.add_paragraph() if cell is not None else d.add_paragraph())
    if align == 'c':
        p.alignment = AL.CENTER
    elif align == 'r':
        p.alignment = AL.RIGHT
    elif align == 'j':
        p.alignment = AL.JUSTIFY
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        dx_run(p, text, size, bold, italic, font, color, spacing, caps)
    return p


def dx_run(p, text, size=None, bold=False, italic=False, font=None, color=None,
           spacing=None, caps=False):
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if spacing:
        rPr = r._element.get_or_add_rPr()
        sp = OxmlElement('w:spacing'); sp.set(qn('w:val'), str(int(spacing * 20)))
        rPr.append(sp)
    return r


def dx_page_border(d, color='1F3B63', sz=24, space=24, val='double'):
    sectPr = d.sections[0]._sectPr
    pb = OxmlElement('w:pgBorders'); pb.set(qn('w:offsetFrom'), 'page')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), val); e.set(qn('w:sz'), str(sz)); e.set(qn('w:space'), str(space))
        e.set(qn('w:color'), color)
        pb.append(e)
    sectPr.append(pb)


def dx_cell_shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), fill); tcPr.append(sh)


def dx_table_borders(t, val='single', sz=4, color='888888', inside=True):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right') + (('insideH', 'insideV') if inside else ()):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), val); e.set(qn('w:sz'), str(sz)); e.set(qn('w:color'), color)
        b.append(e)
    tblPr.append(b)


def dx_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Inches(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Inches(w)


def dx_cell(cell, text, size=None, bold=False, italic=False, align=None, font=None, color=None):
    p = cell.paragraphs[0]
    if align == 'c':
        p.alignment = AL.CENTER
    elif align == 'r':
        p.alignment = AL.RIGHT
    dx_run(p, text, size, bold, italic, font, color)
    return p


def build_docx(ct):
    d = ct['src']['make']()
    d.core_properties.author = ct['src'].get('author', 'Continuing Education')
    d.core_properties.title = 'Certificate'
    d.save(os.path.join(SRC, ct['id'] + '.docx'))

# ---------------------------------------------------------------- Flat ODT

FODT_TMPL = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Sans Narrow" svg:font-family="'Liberation Sans Narrow'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="URW Bookman" svg:font-family="'URW Bookman'" style:font-family-generic="roman"/>
 <style:font-face style:name="P052" svg:font-family="P052" style:font-family-generic="roman"/>
 <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman"/>
 <style:font-face style:name="URW Gothic" svg:font-family="'URW Gothic'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="%(font)s" fo:font-size="%(fsize)s" fo:language="en" fo:country="US" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="%(pw)s" fo:page-height="%(ph)s" style:print-orientation="%(orient)s"
   fo:margin-top="%(m)s" fo:margin-bottom="%(m)s" fo:margin-left="%(m)s" fo:margin-right="%(m)s" %(pageprops)s/>
 </style:page-layout>
%(styles)s
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
'''


def fo_pstyle(name, size='11pt', bold=False, italic=False, align='start', font=None,
              before='0in', after='0in', color=None, spacing=None, caps=False, extra_p='', extra_t=''):
    t = 'fo:font-size="%s"' % size
    if bold:
        t += ' fo:font-weight="bold"'
    if italic:
        t += ' fo:font-style="italic"'
    if font:
        t += ' style:font-name="%s"' % font
    if color:
        t += ' fo:color="%s"' % color
    if spacing:
        t += ' fo:letter-spacing="%s"' % spacing
    if caps:
        t += ' fo:text-transform="uppercase"'
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties '
            'fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s" %s/>'
            '<style:text-properties %s %s/></style:style>' % (name, align, before, after, extra_p, t, extra_t))


def fo_tstyle(name, bold=False, italic=False, size=None, color=None, font=None):
    t = ''
    if bold:
        t += ' fo:font-weight="bold"'
    if italic:
        t += ' fo:font-style="italic"'
    if size:
        t += ' fo:font-size="%s"' % size
    if color:
        t += ' fo:color="%s"' % color
    if font:
        t += ' style:font-name="%s"' % font
    return '<style:style style:name="%s" style:family="text"><style:text-properties%s/></style:style>' % (name, t)


def fo_cellstyle(name, border='0.5pt solid #888888', pad='0.05in', bg=None):
    b = ' fo:background-color="%s"' % bg if bg else ''
    return ('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
            'fo:border="%s" fo:padding="%s"%s/></style:style>' % (name, border, pad, b))


def fo_tablestyle(name, width, align='center'):
    return ('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" '
            'table:align="%s"/></style:style>' % (name, width, align))


def fo_colstyle(name, width):
    return ('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
            'style:column-width="%s"/></style:style>' % (name, width))


def fp(style, text):
    """paragraph; text may contain pre-escaped spans (use fx for escaping)."""
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


def fx(s):
    return html.escape(s, quote=False)


def fspan(style, s):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, fx(s))


def build_fodt(ct):
    s = ct['src']
    land = s.get('land', False)
    vals = {'font': s.get('font', 'Liberation Serif'), 'fsize': s.get('fsize', '11pt'),
            'pw': '11in' if land else '8.5in', 'ph': '8.5in' if land else '11in',
            'orient': 'landscape' if land else 'portrait', 'm': s.get('margin', '0.75in'),
            'pageprops': s.get('pageprops', ''), 'styles': '\n'.join(s['styles']), 'body': s['body']}
    with open(os.path.join(SRC, ct['id'] + '.fodt'), 'w', encoding='utf-8') as f:
        f.write(FODT_TMPL % vals)


# ---------------------------------------------------------------- driver

def main():
    t0 = time.time()
    only = set(sys.argv[1:])
    todo = [c for c in CERTS if not only or c['id'] in only]
    ids = [c['n'] for c in CERTS]
    assert len(ids) == len(set(ids)), 'duplicate numbers'
    for c in todo:
        for ext in ('.pdf', '.gold.json'):
            p = os.path.join(DIR, c['id'] + ext)
            if os.path.exists(p):
                os.remove(p)
    office = [c for c in todo if c['producer'] in ('soffice-docx', 'soffice-fodt')]
    for c in office:
        (build_docx if c['producer'] == 'soffice-docx' else build_fodt)(c)

    def run_office():
        if not office:
            return
        files = [os.path.join(SRC, c['id'] + ('.docx' if c['producer'] == 'soffice-docx' else '.fodt')) for c in office]
        prof = 'file://' + os.path.join(SRC, '.lo-profile')
        subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--norestore',
                        '--convert-to', 'pdf', '--outdir', DIR] + files,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        shutil.rmtree(os.path.join(SRC, '.lo-profile'), ignore_errors=True)

    jobs = []
    for c in todo:
        p = c['producer']
        if p in ('reportlab', 'reportlab-acroform'):
            build_rl(c)
        elif p == 'chromium':
            jobs.append((build_chromium, c))
        elif p in ('fpdf', 'tcpdf'):
            jobs.append((build_php, c))
        elif p == 'ghostscript':
            jobs.append((build_ps, c))
    with ThreadPoolExecutor(max_workers=3) as ex:
        fo = ex.submit(run_office)
        list(ex.map(lambda j: j[0](j[1]), jobs))
        fo.result()
    checks = {}
    if os.path.exists(os.path.join(SRC, 'checks.json')):
        checks = json.load(open(os.path.join(SRC, 'checks.json')))
    for c in todo:
        with open(os.path.join(DIR, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(c['gold'], f, ensure_ascii=False, indent=1)
        checks[c['id']] = c['check']
        if not os.path.exists(os.path.join(DIR, c['id'] + '.pdf')):
            print('MISSING PDF', c['id'])
    with open(os.path.join(SRC, 'checks.json'), 'w', encoding='utf-8') as f:
        json.dump(checks, f, ensure_ascii=False, indent=1, sort_keys=True)
    print('built %d certificates in %.1fs' % (len(todo), time.time() - t0))

# =====================================================================================
#                                   CERTIFICATES
# =====================================================================================

# ---- l01 ASCP, ReportLab, landscape centred award with seal --------------------------
def _d01(c, W, H):
    navy = HexColor('#14325c'); gold = HexColor('#a07c2c')
    rl_border(c, W, H, m=22, col=navy, lw=4)
    c.setStrokeColor(gold); c.setLineWidth(1.2); c.rect(40, 40, W - 80, H - 80); c.setStrokeColor(black)
    rl_ctext(c, W / 2, H - 88, 'ASCP', 'Helvetica-Bold', 30, navy, cs=6)
    rl_ctext(c, W / 2, H - 106, 'American Society for Clinical Pathology', 'Times-Italic', 13, navy)
    rl_ctext(c, W / 2, H - 150, 'CERTIFICATE OF CREDIT', 'Times-Bold', 26, gold, cs=2)
    rl_ctext(c, W / 2, H - 185, 'This is to certify that', 'Times-Italic', 13)
    rl_ctext(c, W / 2, H - 222, 'Dolores M. Fairbanks, MLS(ASCP)CM', 'Times-Bold', 28, navy)
    c.setStrokeColor(gold); c.line(W / 2 - 220, H - 232, W / 2 + 220, H - 232)
    rl_ctext(c, W / 2, H - 258, 'has successfully completed the educational activity', 'Times-Roman', 13)
    y = rl_para(c, 'Antimicrobial Susceptibility Testing Breakpoints: What Changed and Why',
                110, H - 272, W - 220, 'Times-Bold', 19, 23, align=1, color=navy)
    rl_ctext(c, W / 2, y - 18, 'On-Demand Webinar', 'Helvetica-Oblique', 11, HexColor('#555555'))
    rl_ctext(c, W / 2, y - 46, 'Date of Completion:  September 18, 2025', 'Times-Roman', 13)
    rl_ctext(c, W / 2, y - 70, 'and is awarded  1.0  CMLE credit', 'Times-Bold', 14)
    rl_seal(c, 128, 118, 52, 'ASCP', 'CMLE · CMP', col=gold)
    rl_sig(c, W - 300, 120, 210, 'E. Marguerite Lindqvist, MD, FASCP',
           'Chair, Continuing Education Committee', script='E. M. Lindqvist', font='Times', size=10)
    c.setFont('Helvetica', 7.5); c.setFillColor(HexColor('#444444'))
    c.drawString(200, 70, 'Activity ID: 2025-OD-4471      Certificate No. C-88120477      Issued: September 19, 2025')
    c.drawString(200, 60, 'ASCP designates this activity for 1.0 CMLE credit. CMLE credits are acceptable for the ASCP Board of '
                 'Certification Credential Maintenance Program (CMP).')

cert(1, 'reportlab', 'ascp', ['landscape', 'centred-award', 'double-border', 'seal', 'signature'],
     'Credential after name; format line On-Demand Webinar below title; issued date distractor; certificate no. distractor.',
     'Dolores M. Fairbanks', 'Antimicrobial Susceptibility Testing Breakpoints: What Changed and Why',
     '2025-09-18', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], '2025-OD-4471',
     'September 18, 2025', {'draw': _d01, 'size': landscape(letter), 'author': 'ASCP'})

# ---- l02 AABB, Chromium, cover letter with certificate --------------------------------
cert(2, 'chromium', 'aabb', ['portrait', 'letter-with-certificate', 'bordered-box', 'letterhead'],
     'Letter dated after the broadcast (distractor); member ID; eCast format line; P.A.C.E. statement.',
     'Tomás Ruiz-Delgado', 'Patient Blood Management in Obstetric Hemorrhage: Protocols That Work',
     '2025-11-06', 1.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'],
     '25EL-611', 'November 6, 2025', {'html': '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
''' + page_css('letter', '0.7in 0.8in') + '''
body{font-family:"Liberation Sans",sans-serif;font-size:10.5pt;color:#222}
.lh{display:flex;justify-content:space-between;border-bottom:3px solid #b3122e;padding-bottom:6px}
.lh .org{font-size:15pt;font-weight:bold;color:#b3122e}.lh .addr{font-size:8pt;text-align:right;color:#555}
.cert{margin-top:22px;border:2px solid #b3122e;padding:18px 28px;text-align:center}
.cert h2{font-family:"Liberation Serif";letter-spacing:3px;color:#b3122e;margin:0 0 8px 0;font-size:19pt}
.nm{font-family:"Liberation Serif";font-size:21pt;font-weight:bold;margin:8px 0}
.fmt{font-size:9pt;letter-spacing:2px;color:#666;margin-top:10px}
.tt{font-family:"Liberation Serif";font-size:15pt;font-weight:bold;margin:2px 40px}
table.k{margin:14px auto 4px auto;font-size:10pt;border-collapse:collapse} table.k td{padding:2px 12px;text-align:left}
.small{font-size:8pt;color:#444;margin-top:12px;text-align:left}
</style></head><body>
<div class="lh"><div class="org">AABB<br><span style="font-size:9pt;color:#333;font-weight:normal">Association for the Advancement of Blood &amp; Biotherapies</span></div>
<div class="addr">4550 Montgomery Avenue, Suite 700<br>Bethesda, MD 20814<br>+1 301.555.0173</div></div>
<p style="margin-top:18px">November 10, 2025</p>
<p>Tomás Ruiz-Delgado<br>Transfusion Service, Alcott Memorial Hospital<br>Member ID: 00719342</p>
<p>Dear Tomás,</p>
<p>Thank you for joining us for this AABB eCast. Our records show that you viewed the live broadcast in full and completed the
post-program evaluation. Your certificate appears below; please keep it with your continuing education records. If you hold
ASCP BOC certification, you may report these contact hours in the Credential Maintenance Program.</p>
<p>With best regards,<br><br><i>The AABB Education Team</i></p>
<div class="cert">
<h2>CERTIFICATE OF ATTENDANCE</h2>
<div>presented to</div>
<div class="nm">Tomás Ruiz-Delgado</div>
<div>for participating in</div>
<div class="fmt">eCAST</div>
<div class="tt">Patient Blood Management in Obstetric Hemorrhage: Protocols That Work</div>
<table class="k"><tr><td>Broadcast date:</td><td><b>November 6, 2025</b></td></tr>
<tr><td>Program No.:</td><td><b>25EL-611</b></td></tr>
<tr><td>P.A.C.E.® contact hours:</td><td><b>1.5</b></td></tr></table>
<div class="small">AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS
P.A.C.E.® Program. Participants should claim only the credit commensurate with the extent of their participation in the activity.</div>
</div></body></html>'''})

# ---- l03 CAP, python-docx, landscape with credit table, page 2 accreditation ----------
def _m03():
    d = dx_new(land=True, margins=0.6, font='Liberation Sans', size=10)
    dx_page_border(d, color='00558C', sz=18, space=18, val='single')
    dx_p(d, 'COLLEGE OF AMERICAN PATHOLOGISTS', 12, True, align='c', color='00558C', spacing=2)
    dx_p(d, 'Enduring Material', 9, italic=True, align='c', color='555555', after=14)
    dx_p(d, 'Certificate of Participation', 26, True, align='c', font='Liberation Serif', after=10)
    dx_p(d, 'The College of American Pathologists recognizes', 11, align='c', after=6)
    dx_p(d, 'Priya Venkataraman, MB(ASCP)CM', 22, True, align='c', font='Liberation Serif', after=6)
    dx_p(d, 'for completing', 11, align='c', after=4)
    dx_p(d, 'Next Generation Sequencing Quality Metrics for the Molecular Laboratory', 16, True, align='c',
         font='Liberation Serif', color='00558C', after=4)
    dx_p(d, 'Completed 27 March 2025', 11, align='c', after=12)
    t = d.add_table(rows=3, cols=3); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    dx_table_borders(t, sz=4, color='00558C')
    for i, h in enumerate(['Credit type', 'Maximum available', 'Credits claimed']):
        dx_cell(t.rows[0].cells[i], h, 9, True, align='c'); dx_cell_shade(t.rows[0].cells[i], 'DCEAF4')
    for i, v in enumerate(['AMA PRA Category 1 Credits™', '2.0', '—']):
        dx_cell(t.rows[1].cells[i], v, 10, align='c' if i else None)
    for i, v in enumerate(['CE hours – laboratory professionals', '2.0', '1.5']):
        dx_cell(t.rows[2].cells[i], v, 10, bold=(i == 2), align='c' if i else None)
    dx_widths(t, [3.2, 1.6, 1.6])
    dx_p(d, '', after=10)
    p = dx_p(d, 'Activity Code: EM2511-NGS        Customer No. 3308815        Date printed: 02 April 2025', 8.5,
             align='c', color='444444')
    dx_p(d, 'Accreditation and credit designation statements appear on page 2.', 8, italic=True, align='c', color='666666')
    d.add_page_break()
    dx_p(d, 'Accreditation and Credit Designation', 14, True, after=8)
    dx_p(d, 'In support of improving patient care, the College of American Pathologists (CAP) is jointly accredited by the '
         'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education '
         '(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.',
         10, after=8)
    dx_p(d, 'The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits™. Physicians should claim '
         'only the credit commensurate with the extent of their participation in the activity.', 10, after=8)
    dx_p(d, 'The CAP designates this enduring material for a maximum of 2.0 credits of continuing education (CE) for laboratory '
         'professionals. Participants should only claim credit commensurate with the extent of their participation.', 10, after=8)
    dx_p(d, 'Release date: 15 January 2025. Expiration date: 14 January 2027.', 10, after=8)
    return d

cert(3, 'soffice-docx', 'cap', ['landscape', 'centred-award', 'credit-table', 'claimed-vs-maximum', 'two-pages'],
     'Claimed 1.5 of 2.0 CE hours; AMA PRA row with dash; customer no., print date, release/expiration dates on p.2.',
     'Priya Venkataraman', 'Next Generation Sequencing Quality Metrics for the Molecular Laboratory', '2025-03-27',
     1.5, 'CE hour', ['College of American Pathologists', 'CAP'], 'EM2511-NGS', '27 March 2025',
     {'make': _m03, 'author': 'CAP Learning'}, pages=2)

# ---- l04 regional society meeting, FPDF, two-column label/value form ----------------
cert(4, 'fpdf', 'state-society', ['portrait', 'label-value-form', 'header-band', 'signature', 'date-range'],
     'Meeting attendance without session title; date range Apr 9-11; member no. and provider no. distractors; "sessions attended" count.',
     'Yolanda Pérez-Whitcomb', 'Great Lakes Spring Symposium 2025', '2025-04-11', 11.5, 'contact hour',
     ['Great Lakes Society for Laboratory Science', 'GLSLS'], 'GLS-SS25-01', 'April 9–11, 2025', {'php': r'''
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetMargins(54, 54, 54); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(23, 84, 62); $pdf->Rect(0, 0, 612, 118, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 17);
$pdf->SetXY(54, 34); $pdf->Cell(504, 20, t('Great Lakes Society for Laboratory Science'), 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetX(54);
$pdf->Cell(504, 14, t('GLSLS  ·  A constituent society serving laboratory professionals of the Great Lakes region'), 0, 1, 'L');
$pdf->SetFont('Helvetica', 'B', 12); $pdf->SetX(54);
$pdf->Cell(504, 22, t('CONTINUING EDUCATION RECORD'), 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(54, 150); $pdf->SetFont('Times', 'B', 20);
$pdf->Cell(504, 24, t('Great Lakes Spring Symposium 2025'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 11); $pdf->Cell(504, 16, t('DeVos Place Convention Center, Grand Rapids, Michigan'), 0, 1, 'C');
$rows = array(
  array('Attendee', 'Yolanda Pérez-Whitcomb, MLS(ASCP)'),
  array('Member No.', 'GL-20417'),
  array('Meeting dates', 'April 9–11, 2025'),
  array('Event No.', 'GLS-SS25-01'),
  array('Sessions attended', '9'),
  array('P.A.C.E.® contact hours earned', '11.5'),
);
$y = 220;
foreach ($rows as $r) {
  $pdf->SetXY(80, $y); $pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(90, 90, 90);
  $pdf->Cell(200, 26, t($r[0]), 'B', 0, 'L');
  $pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(0, 0, 0);
  $pdf->Cell(252, 26, t($r[1]), 'B', 1, 'L');
  $y += 30;
}
$pdf->SetXY(80, $y + 20); $pdf->SetFont('Times', '', 10.5);
$pdf->MultiCell(452, 14, t('The attendee named above was present for the sessions recorded on the symposium attendance log and '
  . 'is entitled to the continuing education credit shown. Retain this record for recertification audits; duplicate '
  . 'records are available from the GLSLS office for three years.'), 0, 'J');
$pdf->SetXY(80, $pdf->GetY() + 10); $pdf->SetFont('Times', 'I', 9.5);
$pdf->MultiCell(452, 12, t('The Great Lakes Society for Laboratory Science is approved as a provider of continuing education programs '
  . 'in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Provider No. 311.'), 0, 'J');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(80, 640, 270, 640); $pdf->Line(340, 640, 532, 640);
$pdf->SetFont('Helvetica', 'B', 9.5);
$pdf->SetXY(80, 644); $pdf->Cell(190, 12, t('Marguerite D. Alvarado, MS, MLS(ASCP)'), 0, 0, 'L');
$pdf->SetXY(340, 644); $pdf->Cell(192, 12, t('April 30, 2025'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(80, 657); $pdf->Cell(190, 11, t('Education Chair, GLSLS'), 0, 0, 'L');
$pdf->SetXY(340, 657); $pdf->Cell(192, 11, t('Date issued'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(120, 120, 120);
$pdf->SetXY(54, 740); $pdf->Cell(504, 10, t('GLSLS form CE-2  ·  Printed from the member portal'), 0, 0, 'C');
$pdf->Output('F', $OUT);
'''})

# ---- l05 LabCE, PostScript, landscape, ALL CAPS name ----------------------------------
def _ps05():
    W, H = 792, 612
    L = []
    L.append('0.15 0.42 0.55 setrgbcolor 0 %d 792 70 rectfill' % (H - 70))
    L.append('1 setgray /H-B 30 fnt 40 %d %s lft' % (H - 48, pss('LabCE')))
    L.append('/H-R 10 fnt 752 %d %s rgt' % (H - 44, pss('Online Continuing Education for the Clinical Laboratory')))
    L.append('0 setgray /H-R 14 fnt 396 470 %s 3 sctr' % pss('CERTIFICATE OF COMPLETION'))
    L.append('/F-I 13 fnt 396 430 %s ctr' % pss('This certifies that'))
    L.append('/F-B 30 fnt 396 392 %s ctr' % pss('KENJI A. NAKAMURA'))
    L.append('0.15 0.42 0.55 setrgbcolor 246 380 300 1 hline 0 setgray')
    L.append('/F-I 13 fnt 396 352 %s ctr' % pss('has completed the online course'))
    L.append('/F-B 20 fnt 396 320 %s ctr' % pss('Urine Sediment Identification: Casts and Crystals'))
    y = 262
    for lab, val in (('Course #', '1184'), ('Date Completed', '02/14/2025'), ('Contact Hours', '2.0'),
                     ('Level', 'Intermediate'), ('Certificate ID', 'LCE-5530921')):
        L.append('/H-R 10 fnt 250 %d %s lft /H-B 10 fnt 380 %d %s lft' % (y, pss(lab + ':'), y, pss(val)))
        y -= 17
    stmt = ('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences '
            'by the ASCLS P.A.C.E.® Program. This course meets the requirements of the ASCP Board of Certification '
            'Credential Maintenance Program.')
    y = 150
    for ln in ps_wrap(stmt, 'Helvetica-Oblique', 8.5, 560):
        L.append('/H-O 8.5 fnt 396 %d %s ctr' % (y, pss(ln))); y -= 11
    L.append('0.4 setgray /H-R 7.5 fnt 396 60 %s ctr' % pss('Verify this certificate at labce.com/verify  ·  Generated 02/14/2025 21:07 CST'))
    L.append('0.15 0.42 0.55 setrgbcolor 20 20 752 572 2 box')
    return '\n'.join(L)

cert(5, 'ghostscript', 'labce', ['landscape', 'banner-header', 'centred', 'label-value-list', 'all-caps-name'],
     'ALL-CAPS name; certificate ID distractor; generated timestamp same day; level word.',
     'KENJI A. NAKAMURA', 'Urine Sediment Identification: Casts and Crystals', '2025-02-14', 2.0, 'contact hour',
     ['LabCE'], '1184', '02/14/2025', {'ps': _ps05(), 'size': (792, 612)})

# ---- l06 MediaLab, TCPDF, portrait certificate with compliance expiry ----------------
cert(6, 'tcpdf', 'medialab', ['portrait', 'centred', 'corner-ornaments', 'label-value-table', 'self-study-line'],
     'Self-Study format line above title; next-due/expires date distractor (compliance course); organization field.',
     'Angela Whitfield-Brooks', 'Chemical Hygiene and Fire Safety for the Clinical Laboratory', '2024-06-03', 1.0,
     'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-CS-0207', '06/03/2024', {'php': r'''
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(72, 60, 72); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('MediaLab LMS'); $pdf->AddPage();
$pdf->SetDrawColor(0, 102, 153); $pdf->SetLineWidth(2.5); $pdf->Rect(30, 30, 552, 732);
$pdf->SetFillColor(0, 102, 153);
foreach (array(array(30,30), array(552,30), array(30,732), array(552,732)) as $p) { $pdf->Rect($p[0], $p[1], 30, 30, 'F'); }
$html = '<div style="text-align:center;font-family:helvetica;">
<span style="font-size:24pt;font-weight:bold;color:#006699;">MediaLab</span><br/>
<span style="font-size:9pt;color:#555555;">Online learning for laboratory professionals</span><br/><br/><br/>
<span style="font-size:22pt;font-family:times;">Certificate of Completion</span><br/><br/>
<span style="font-size:11pt;">This document confirms that</span><br/><br/>
<span style="font-size:20pt;font-weight:bold;font-family:times;">Angela Whitfield-Brooks</span><br/><br/>
<span style="font-size:11pt;">successfully completed the course and passed the post-test with a score of 90%</span><br/><br/>
<span style="font-size:9pt;letter-spacing:2px;color:#666666;">SELF-STUDY</span><br/>
<span style="font-size:16pt;font-weight:bold;color:#006699;">Chemical Hygiene and Fire Safety for the Clinical Laboratory</span><br/><br/>
</div>
<table cellpadding="5" border="0" style="font-family:helvetica;font-size:10pt;">
<tr><td width="60"></td><td width="160" style="color:#555555;">Course Number</td><td width="200"><b>ML-CS-0207</b></td></tr>
<tr><td></td><td style="color:#555555;">Date Completed</td><td><b>06/03/2024</b></td></tr>
<tr><td></td><td style="color:#555555;">Contact Hours</td><td><b>1.0</b></td></tr>
<tr><td></td><td style="color:#555555;">Organization</td><td>Fairhaven Regional Laboratory</td></tr>
<tr><td></td><td style="color:#555555;">Annual renewal due</td><td>06/03/2025</td></tr>
</table><br/><br/>
<div style="font-family:helvetica;font-size:8.5pt;color:#333333;text-align:justify;">MediaLab, Inc. is approved as a provider of continuing
education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is also accepted by the
ASCP Board of Certification for the Credential Maintenance Program and by AMT for recertification.</div>';
$pdf->SetY(80); $pdf->writeHTML($html, true, false, true, false, '');
$pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(72, 715); $pdf->Cell(468, 10, 'Transcript record 55-7801346  |  MediaLab, Inc., Lawrenceville, GA', 0, 0, 'C');
$pdf->Output($OUT, 'F');
'''})

# ---- l07 hospital in-service, ReportLab AcroForm (flattened), form style --------------
def _d07(c, W, H):
    c.setFillColor(HexColor('#2d4a22')); c.rect(36, H - 92, W - 72, 56, fill=1, stroke=0)
    rl_text(c, 50, H - 60, 'St. Brendan Regional Medical Center', 'Helvetica-Bold', 17, white)
    rl_text(c, 50, H - 78, 'Clinical Laboratory Education Office', 'Helvetica', 11, white)
    rl_text(c, W - 50, H - 60, 'IN-SERVICE ATTENDANCE', 'Helvetica-Bold', 10, white, right=True)
    rl_text(c, W - 50, H - 74, 'AND CE RECORD', 'Helvetica-Bold', 10, white, right=True)
    rows = [('Employee name', 'nm', 'Marcus J. Oyelaran Jr.'), ('Employee ID', 'eid', '004418'),
            ('Department / Section', 'dep', 'Core Laboratory - Chemistry'),
            ('In-service title', 'tt', 'Annual Competency Orientation: Blood Gas Analyzer Program'),
            ('Session number', 'ses', 'IS-25-031'), ('Date attended', 'dt', '03/12/2025'),
            ('Presenter', 'pr', 'Danielle Koenig, MLS(ASCP), Blood Gas Lead'),
            ('CE hours awarded', 'ce', '0.75')]
    y = H - 140
    for lab, fn, val in rows:
        c.setStrokeColor(HexColor('#999999')); c.setLineWidth(0.5)
        c.rect(50, y - 8, W - 100, 26, fill=0, stroke=1)
        c.setFillColor(HexColor('#eef2ea')); c.rect(50, y - 8, 150, 26, fill=1, stroke=0); c.setFillColor(black)
        rl_text(c, 56, y + 1, lab, 'Helvetica-Bold', 9)
        rl_field(c, fn, val, 206, y - 5, W - 262, 20, 'Helvetica', 10.5)
        y -= 30
    y -= 10
    y = rl_para(c, 'Attendance verified from the sign-in sheet. Laboratory in-service hours count toward the annual '
                'continuing education requirement of the Clinical Laboratory Policy LAB-ADM-014 and may be reported to '
                'certification agencies that accept employer-provided CE.', 50, y, W - 100, 'Helvetica', 9, 12)
    rl_text(c, 50, 200, 'Verified by:', 'Helvetica-Bold', 9)
    rl_field(c, 'ver', 'Theodora Vance, MS, MLS(ASCP)', 120, 194, 220, 18, 'Helvetica', 10)
    rl_text(c, 120, 182, 'Laboratory Education Coordinator', 'Helvetica-Oblique', 8.5)
    rl_text(c, 370, 200, 'Date signed:', 'Helvetica-Bold', 9)
    rl_field(c, 'sd', '03/14/2025', 440, 194, 110, 18, 'Helvetica', 10)
    rl_text(c, 50, 52, 'Form LAB-ED-07  rev. 01/2023  -  Retain in employee education file', 'Helvetica', 7)

cert(7, 'reportlab-acroform', 'hospital-inservice', ['portrait', 'form-fields', 'label-value-boxes', 'header-band'],
     'Flattened AcroForm; title contains Orientation and Program; employee ID, form revision date, signed date distractors.',
     'Marcus J. Oyelaran Jr.', 'Annual Competency Orientation: Blood Gas Analyzer Program', '2025-03-12', 0.75, 'CE hour',
     ['St. Brendan Regional Medical Center', 'St. Brendan Regional Medical Center, Clinical Laboratory Education Office'],
     'IS-25-031', '03/12/2025', {'draw': _d07})

# ---- l08 university CEU, flat ODT, portrait ------------------------------------------
cert(8, 'soffice-fodt', 'university-ceu', ['portrait', 'centred-award', 'page-border', 'signature-pair', 'date-range'],
     'CEU unit (2.4 CEU = 24 points); week-long date range; course/section no.; office of continuing education issues it.',
     'Rebecca-Lynn Osterhout', 'Clinical Microbiology Refresher for Laboratory Professionals', '2025-06-06', 2.4, 'CEU',
     ['University of the Northern Plains', 'University of the Northern Plains, Office of Continuing Education'],
     'CE-MLS 4120', 'June 2–6, 2025', {
        'font': 'C059', 'margin': '0.9in',
        'pageprops': 'fo:border="4pt double #5b2a86" fo:padding="0.3in"',
        'styles': [fo_pstyle('U', '20pt', True, align='center', color='#5b2a86', font='C059'),
                   fo_pstyle('O', '12pt', False, True, align='center', after='0.45in'),
                   fo_pstyle('S', '12pt', align='center', after='0.12in'),
                   fo_pstyle('N', '26pt', True, align='center', after='0.12in', font='C059'),
                   fo_pstyle('T', '17pt', True, True, align='center', after='0.15in', color='#5b2a86'),
                   fo_pstyle('B', '12pt', align='center', after='0.08in'),
                   fo_pstyle('K', '10pt', align='center', after='0.03in', font='Liberation Sans'),
                   fo_pstyle('Sm', '8.5pt', align='center', before='0.35in', font='Liberation Sans', color='#444444'),
                   fo_pstyle('Sig', '10pt', align='start', font='Liberation Sans'),
                   fo_tstyle('b', bold=True), fo_tablestyle('tb', '6.5in'), fo_colstyle('tc', '3.25in'),
                   fo_cellstyle('cs', border='none', pad='0.04in')],
        'body': ''.join([
            fp('U', 'University of the Northern Plains'),
            fp('O', 'Office of Continuing Education'),
            fp('S', 'upon the recommendation of the faculty hereby awards'),
            fp('N', fx('Rebecca-Lynn Osterhout')),
            fp('S', 'Two and Four-Tenths Continuing Education Units'),
            fp('B', fspan('b', '2.4 CEUs') + ' for successful completion of'),
            fp('T', fx('Clinical Microbiology Refresher for Laboratory Professionals')),
            fp('B', fx('held June 2–6, 2025, on the Bismarck Health Sciences Campus')),
            fp('K', 'Course No. CE-MLS 4120  ·  Section 01'),
            fp('K', 'Student ID 900-44-1187'),
            '<text:p text:style-name="S"/>',
            '<table:table table:style-name="tb"><table:table-column table:style-name="tc" table:number-columns-repeated="2"/>'
            '<table:table-row><table:table-cell table:style-name="cs">' +
            fp('Sig', '________________________________') + fp('Sig', fspan('b', 'Harold J. Eckstrom, PhD')) +
            fp('Sig', 'Dean, Office of Continuing Education') +
            '</table:table-cell><table:table-cell table:style-name="cs">' +
            fp('Sig', '________________________________') + fp('Sig', fspan('b', 'Lucia Benavides, EdD, MLS(ASCP)')) +
            fp('Sig', 'Program Director, Medical Laboratory Science') +
            '</table:table-cell></table:table-row></table:table>',
            fp('Sm', fx('One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized '
                        'continuing education experience under responsible sponsorship, capable direction and qualified instruction. '
                        'Date of issue: June 20, 2025.')),
        ])})

# ---- l09 joint-accreditation CME, ReportLab, landscape + page 2 ----------------------
def _d09(c, W, H):
    teal = HexColor('#0f5e66')
    c.setFillColor(teal); c.rect(0, 0, 28, H, fill=1, stroke=0); c.setFillColor(black)
    rl_text(c, 60, H - 60, 'NORTHWIND HEALTH', 'Helvetica-Bold', 20, teal)
    rl_text(c, 60, H - 78, 'Office of Continuing Professional Development', 'Helvetica', 11)
    rl_text(c, W - 50, H - 60, 'Activity ID: 26-GR-0121', 'Helvetica', 9, right=True)
    rl_text(c, 60, H - 140, 'Certificate of Participation', 'Times-Roman', 30)
    rl_text(c, 60, H - 175, 'Awarded to', 'Helvetica', 10, HexColor('#666666'))
    rl_text(c, 60, H - 204, 'Hollis R. Baptiste', 'Times-Bold', 26)
    rl_text(c, 60, H - 238, 'for attendance at the regularly scheduled series session', 'Helvetica', 10, HexColor('#666666'))
    y = rl_para(c, 'Pathology Grand Rounds: Diagnostic Stewardship of <i>Clostridioides difficile</i> Testing',
                60, H - 248, 430, 'Times-Bold', 18, 22)
    rl_text(c, 60, y - 22, 'Held January 21, 2026  ·  Auditorium B and virtual', 'Helvetica', 10)
    # credit box
    bx, by, bw, bh = W - 290, H - 400, 240, 200
    c.setStrokeColor(teal); c.setLineWidth(1.2); c.rect(bx, by, bw, bh)
    c.setFillColor(teal); c.rect(bx, by + bh - 26, bw, 26, fill=1, stroke=0)
    rl_text(c, bx + 10, by + bh - 18, 'CREDIT AWARDED', 'Helvetica-Bold', 10, white)
    lines = [('AMA PRA Category 1 Credits™', '1.25'), ('ANCC contact hours', '1.25'),
             ('P.A.C.E.® contact hours', '1.0'), ('IPCE credits', '1.25')]
    yy = by + bh - 52
    for lab, v in lines:
        rl_text(c, bx + 10, yy, lab, 'Helvetica', 9.5)
        rl_text(c, bx + bw - 12, yy, v, 'Helvetica-Bold', 11, right=True)
        c.setStrokeColor(HexColor('#cccccc')); c.setLineWidth(0.4); c.line(bx + 8, yy - 8, bx + bw - 8, yy - 8)
        yy -= 34
    rl_para(c, 'Laboratory professionals: report only the P.A.C.E.® figure. See page 2 for accreditation statements.',
            bx + 10, yy + 12, bw - 20, 'Helvetica-Oblique', 7.5, 9)
    rl_sig(c, 60, 110, 230, 'Renata S. Oyelowo, MD', 'Medical Director, Continuing Professional Development',
           script='R. Oyelowo', size=9)
    rl_text(c, 60, 50, 'Certificate generated 01/28/2026  ·  Learner ID 77-40918', 'Helvetica', 7.5, HexColor('#777777'))
    c.showPage()
    rl_text(c, 60, H - 70, 'Accreditation Statements', 'Helvetica-Bold', 16, teal)
    y = H - 90
    for t in [
        'In support of improving patient care, Northwind Health is jointly accredited by the Accreditation Council for '
        'Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American '
        'Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.',
        'Northwind Health designates this live activity for a maximum of 1.25 <i>AMA PRA Category 1 Credits™</i>. '
        'Physicians should claim only the credit commensurate with the extent of their participation in the activity.',
        'Nurses: this activity provides 1.25 ANCC contact hours.',
        'This activity was planned by and for the healthcare team, and learners will receive 1.25 Interprofessional '
        'Continuing Education (IPCE) credits for learning and change.',
        'Northwind Health is approved as a provider of continuing education programs in the clinical laboratory sciences by '
        'the ASCLS P.A.C.E.® Program. Laboratory credit is issued in half-hour increments; this session carries 1.0 '
        'P.A.C.E.® contact hour.']:
        y = rl_para(c, t, 60, y, W - 140, 'Helvetica', 10.5, 14, space=10)

cert(9, 'reportlab', 'joint-cme', ['landscape', 'left-aligned', 'side-bar', 'credit-box', 'two-pages', 'signature'],
     'Several credit figures (AMA 1.25, ANCC 1.25, IPCE 1.25) with P.A.C.E. 1.0 the laboratory one; series name before colon is part of title; learner ID and generated date distractors.',
     'Hollis R. Baptiste', 'Pathology Grand Rounds: Diagnostic Stewardship of Clostridioides difficile Testing',
     '2026-01-21', 1.0, 'contact hour', ['Northwind Health', 'Northwind Health, Office of Continuing Professional Development'],
     '26-GR-0121', 'January 21, 2026', {'draw': _d09, 'size': landscape(letter)}, pages=2)

# ---- l10 vendor key-operator training, Chromium, landscape modern -------------------
cert(10, 'chromium', 'vendor', ['landscape', 'modern-split', 'labels-above-values', 'date-range', 'signature'],
     'Vendor customer-education certificate; 4-day range; instrument serial number and customer account distractors.',
     'Shanice T. Abernathy', 'Helix H9 Hematology Analyzer Key Operator Training', '2025-10-16', 24.0, 'CE hour',
     ['Orion Diagnostics Corporation', 'Orion Diagnostics Corporation, Customer Education Center'], 'KOT-H9-25-1042',
     'October 13–16, 2025', {'html': '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
''' + page_css('letter landscape') + '''
body{font-family:"DejaVu Sans",sans-serif;color:#1b1b1b}
.pg{width:11in;height:8.5in;display:flex}
.left{width:3.1in;background:linear-gradient(160deg,#0b2545,#13315c 60%,#1d4e89);color:#fff;padding:0.6in 0.4in}
.left .brand{font-size:22pt;font-weight:bold;letter-spacing:1px}
.left .sub{font-size:9pt;opacity:.85;margin-top:4px}
.left .badge{margin-top:1.6in;border:2px solid #8fb8de;border-radius:50%;width:1.7in;height:1.7in;text-align:center;
 padding-top:0.45in;font-size:10pt;line-height:1.4}
.right{flex:1;padding:0.7in 0.7in 0.5in 0.7in}
h1{font-weight:300;font-size:30pt;margin:0;color:#13315c}
.lbl{font-size:7.5pt;letter-spacing:1.5px;color:#6b7b8c;text-transform:uppercase;margin-top:18px}
.val{font-size:13pt;margin-top:2px}
.nm{font-size:25pt;font-weight:bold}
.grid{display:grid;grid-template-columns:2.1in 1.9in 1.3in;gap:0 0.25in}
.foot{margin-top:26px;font-size:7.5pt;color:#555;line-height:1.35}
.sig{margin-top:22px;display:flex;gap:0.6in}.sig div{border-top:1px solid #333;padding-top:3px;font-size:8.5pt;width:2.4in}
</style></head><body><div class="pg">
<div class="left"><div class="brand">ORION</div><div class="sub">Orion Diagnostics Corporation<br>Customer Education Center</div>
<div class="badge">KEY<br>OPERATOR<br><b>CERTIFIED</b></div></div>
<div class="right"><h1>Certificate of Training</h1>
<div class="lbl">Awarded to</div><div class="val nm">Shanice T. Abernathy</div>
<div class="lbl">Course</div><div class="val"><b>Helix H9 Hematology Analyzer Key Operator Training</b></div>
<div class="grid">
<div><div class="lbl">Training dates</div><div class="val">October 13–16, 2025</div></div>
<div><div class="lbl">Training ID</div><div class="val">KOT-H9-25-1042</div></div>
<div><div class="lbl">CE hours</div><div class="val">24.0</div></div>
<div><div class="lbl">Instrument S/N</div><div class="val">H9-771204</div></div>
<div><div class="lbl">Customer account</div><div class="val">100-58821</div></div>
<div><div class="lbl">Location</div><div class="val">Plano, TX</div></div>
</div>
<div class="sig"><div><b>Graham Whitcombe</b><br>Senior Clinical Applications Trainer</div>
<div><b>Nadine Osei, MLS(ASCP)</b><br>Manager, Customer Education Center</div></div>
<div class="foot">The Orion Diagnostics Corporation Customer Education Center is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Key operator status must be renewed every
24 months. Certificate printed 10/17/2025.</div>
</div></div></body></html>'''})

# ---- l11 ASCLS webinar, python-docx, portrait, labels above values in columns --------
def _m11():
    d = dx_new(False, 0.8, 'Liberation Sans', 10)
    t = d.add_table(rows=1, cols=2); dx_widths(t, [4.4, 2.5])
    c0, c1 = t.rows[0].cells
    dx_cell(c0, 'ASCLS', 26, True, color='003A70')
    dx_p(d, 'American Society for Clinical Laboratory Science', 10, color='003A70', cell=c0)
    dx_cell(c1, 'McLean, Virginia', 9, align='r', color='555555')
    dx_p(d, 'Tel. 571-555-0143', 9, align='r', color='555555', cell=c1)
    dx_p(d, '', after=26)
    dx_p(d, 'STATEMENT OF CONTINUING EDUCATION CREDIT', 15, True, spacing=1.5, after=20)
    dx_p(d, 'PARTICIPANT', 7.5, True, color='6D6E71', spacing=1)
    dx_p(d, 'Bernadette O. Kowalczyk, MLS(ASCP)CM, SH', 18, True, after=16, font='Liberation Serif')
    dx_p(d, 'LIVE WEBINAR', 7.5, True, color='B5121B', spacing=1.5)
    dx_p(d, 'Leading Through Staffing Shortages: Practical Tools for Laboratory Supervisors', 15, True,
         font='Liberation Serif', after=18)
    t = d.add_table(rows=2, cols=4); dx_widths(t, [1.55, 1.75, 1.6, 2.0])
    for i, h in enumerate(['DATE OF ACTIVITY', 'P.A.C.E.® COURSE #', 'CONTACT HOURS', 'LEVEL / CATEGORY']):
        dx_cell(t.rows[0].cells[i], h, 7.5, True, color='6D6E71')
    for i, v in enumerate(['February 4, 2026', '565-204-26', '1.0', 'Intermediate / Management']):
        dx_cell(t.rows[1].cells[i], v, 11)
    dx_p(d, '', after=14)
    t = d.add_table(rows=2, cols=3); dx_widths(t, [2.3, 2.3, 2.3])
    for i, h in enumerate(['ASCLS MEMBER #', 'REGISTRATION #', 'DATE ISSUED']):
        dx_cell(t.rows[0].cells[i], h, 7.5, True, color='6D6E71')
    for i, v in enumerate(['204817', 'R-26-003915', 'February 6, 2026']):
        dx_cell(t.rows[1].cells[i], v, 10)
    dx_p(d, '', after=26)
    dx_p(d, 'The American Society for Clinical Laboratory Science is approved as a provider of continuing education '
         'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This webinar has been approved for '
         'the number of contact hours shown above. Attendance was confirmed through the webinar platform log and '
         'completion of the evaluation.', 9, align='j', after=30)
    dx_p(d, '______________________________', 10)
    dx_p(d, 'Colette Whiteside-Marr, EdD, MLS(ASCP)CM', 10, True)
    dx_p(d, 'Director of Education, ASCLS', 9)
    return d

cert(11, 'soffice-docx', 'ascls-pace', ['portrait', 'labels-above-values', 'column-grid', 'statement-of-credit', 'signature'],
     'LIVE WEBINAR format line above title; member no., registration no., issued date distractors; two credentials after name.',
     'Bernadette O. Kowalczyk', 'Leading Through Staffing Shortages: Practical Tools for Laboratory Supervisors',
     '2026-02-04', 1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '565-204-26',
     'February 4, 2026', {'make': _m11, 'author': 'ASCLS'})

# ---- l12 public health laboratory, FPDF, government form ------------------------------
cert(12, 'fpdf', 'public-health', ['portrait', 'government-form', 'boxed-grid', 'seal-text', 'suffix-name'],
     'Title contains the number 6.2; name with suffix III; certificate valid-for-24-months expiry date; lab ID distractor.',
     'Darnell W. Fitzgerald III', 'Packaging and Shipping Division 6.2 Infectious Substances', '2024-08-22', 3.0,
     'contact hour', ['Mid-Atlantic Regional Public Health Laboratory', 'MARPHL',
      'Mid-Atlantic Regional Public Health Laboratory, Laboratory Training and Outreach Section'], 'PHL-TRN-0622', '08/22/2024', {'php': r'''
$pdf = new FPDF('P', 'mm', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetLineWidth(0.6); $pdf->Rect(12, 12, 191.9, 255.4);
$pdf->SetFont('Arial', 'B', 9); $pdf->SetXY(16, 16); $pdf->Cell(100, 5, t('MID-ATLANTIC REGIONAL PUBLIC HEALTH LABORATORY'), 0, 2);
$pdf->SetFont('Arial', '', 8); $pdf->Cell(100, 4, t('Mid-Atlantic Regional Public Health Laboratory (MARPHL)'), 0, 2);
$pdf->Cell(100, 4, t('Laboratory Training and Outreach Section'), 0, 2);
$pdf->Cell(100, 4, t('1700 Harborview Parkway, Building 3, Dover Point'), 0, 2);
$pdf->SetDrawColor(0);
$pdf->SetXY(150, 16); $pdf->SetFont('Arial', 'B', 7); $pdf->MultiCell(48, 3.5, t("OFFICIAL TRAINING\nRECORD\nForm LTO-12 (03/2022)"), 1, 'C');
$pdf->SetXY(12, 42); $pdf->SetFillColor(30, 30, 30); $pdf->SetTextColor(255);
$pdf->SetFont('Arial', 'B', 13); $pdf->Cell(191.9, 9, t('CERTIFICATE OF TRAINING COMPLETION'), 0, 1, 'C', true);
$pdf->SetTextColor(0);
function box($pdf, $x, $y, $w, $h, $label, $val, $vs = 11) {
  $pdf->Rect($x, $y, $w, $h);
  $pdf->SetXY($x + 1.5, $y + 1); $pdf->SetFont('Arial', '', 6.5); $pdf->Cell($w - 3, 3, t($label), 0, 0);
  $pdf->SetXY($x + 1.5, $y + 5); $pdf->SetFont('Arial', 'B', $vs); $pdf->MultiCell($w - 3, 5.5, t($val), 0, 'L');
}
box($pdf, 16, 58, 120, 13, '1. NAME OF TRAINEE', 'Darnell W. Fitzgerald III');
box($pdf, 136, 58, 63.9, 13, '2. CLIA / LABORATORY ID', '21D0488173');
box($pdf, 16, 71, 183.9, 13, '3. EMPLOYING LABORATORY', 'Kent Harbor Hospital Microbiology');
box($pdf, 16, 84, 183.9, 19, '4. COURSE TITLE', 'Packaging and Shipping Division 6.2 Infectious Substances');
box($pdf, 16, 103, 46, 13, '5. COURSE ID', 'PHL-TRN-0622');
box($pdf, 62, 103, 46, 13, '6. DATE COMPLETED', '08/22/2024');
box($pdf, 108, 103, 46, 13, '7. CONTACT HOURS', '3.0');
box($pdf, 154, 103, 45.9, 13, '8. DELIVERY', 'Classroom + practical', 9);
box($pdf, 16, 116, 91.95, 13, '9. CERTIFICATION VALID UNTIL', '08/22/2026');
box($pdf, 107.95, 116, 91.95, 13, '10. INSTRUCTOR', 'Aurelio Sandoval, MPH, SM(ASCP)', 9.5);
$pdf->SetXY(16, 136); $pdf->SetFont('Arial', '', 9);
$pdf->MultiCell(183.9, 4.6, t('This certifies that the individual named in block 1 completed the training identified above, including the '
 . 'practical packaging exercise and written assessment, in accordance with IATA Dangerous Goods Regulations and U.S. DOT '
 . '49 CFR Parts 171-180. Function-specific training must be repeated at least every 24 months.'), 0, 'J');
$pdf->Ln(3); $pdf->SetX(16); $pdf->SetFont('Arial', 'I', 8.5);
$pdf->MultiCell(183.9, 4.2, t('MARPHL is approved as a provider of continuing education programs in the clinical laboratory sciences '
 . 'by the ASCLS P.A.C.E.® Program.'), 0, 'J');
$pdf->Line(20, 215, 95, 215); $pdf->Line(120, 215, 195, 215);
$pdf->SetFont('Arial', 'B', 9); $pdf->SetXY(20, 216); $pdf->Cell(75, 4, t('Yvonne Castellano-Reid, PhD, D(ABMM)'), 0, 2);
$pdf->SetFont('Arial', '', 8); $pdf->Cell(75, 4, t('Laboratory Director'), 0, 0);
$pdf->SetFont('Arial', 'B', 9); $pdf->SetXY(120, 216); $pdf->Cell(75, 4, t('Training Coordinator'), 0, 2);
$pdf->SetFont('Arial', '', 8); $pdf->Cell(75, 4, t('Laboratory Training and Outreach Section'), 0, 0);
$pdf->SetXY(16, 255); $pdf->SetFont('Arial', '', 6.5);
$pdf->Cell(183.9, 4, t('Record No. LTO-2024-01377  |  This certificate does not authorize shipment of Category A substances without employer designation.'), 0, 0, 'C');
$pdf->Output('F', $OUT);
'''})

# ---- l13 AMT self-study, PostScript, portrait award ----------------------------------
def _ps13():
    L = ['0.55 0.1 0.1 setrgbcolor 30 30 552 732 3 box 38 38 536 716 0.7 box 0 setgray']
    L.append('0.55 0.1 0.1 setrgbcolor /B-D 34 fnt 306 680 (AMT) ctr 0 setgray')
    L.append('/B-R 12 fnt 306 660 %s ctr' % pss('American Medical Technologists'))
    L.append('/B-R 9 fnt 306 646 %s ctr' % pss('Certification Continuation Program'))
    L.append('/P-B 26 fnt 306 585 %s ctr' % pss('Certificate of Continuing Education'))
    L.append('/P-I 13 fnt 306 545 %s ctr' % pss('awarded to'))
    L.append('/P-B 24 fnt 306 508 %s ctr' % pss('Lorraine V. St. Clair, RMA, RPT'))
    L.append('/P-I 13 fnt 306 470 %s ctr' % pss('for successful completion of the self-study article and quiz'))
    y = 432
    for ln in ps_wrap('Phlebotomy Safety Update: Needlestick Prevention and Order of Draw', 'Palatino-Bold', 18, 420):
        L.append('/P-B 18 fnt 306 %d %s ctr' % (y, pss(ln))); y -= 22
    L.append('0.35 setgray /H-R 9 fnt 306 %d %s 2 sctr 0 setgray' % (y - 4, pss('SELF-STUDY')))
    y -= 46
    L.append('/P-R 12 fnt 306 %d %s ctr' % (y, pss('Quiz passed on May 30, 2025')))
    L.append('/P-B 14 fnt 306 %d %s ctr' % (y - 26, pss('CE Hours Awarded: 1.5')))
    y -= 70
    for lab, val in (('Course No.', 'STEP 25-0517'), ('AMT Member ID', 'M-1190482')):
        L.append('/H-R 9 fnt 200 %d %s lft /H-B 9 fnt 320 %d %s lft' % (y, pss(lab), y, pss(val))); y -= 14
    L.append('100 150 170 0.6 hline 342 150 170 0.6 hline')
    L.append('/P-I 16 fnt 110 156 %s lft' % pss('W. Haldane'))
    L.append('/H-B 9 fnt 100 138 %s lft /H-R 8 fnt 100 127 %s lft' % (pss('Wendell Haldane, MT(AMT)'),
             pss('Chair, AMT Education, Programs & Continuing Education')))
    L.append('/H-B 9 fnt 342 138 %s lft /H-R 8 fnt 342 127 %s lft' % (pss('June 2, 2025'), pss('Date recorded to CCP transcript')))
    L.append('/H-O 7.5 fnt 306 70 %s ctr' % pss('Self-study CE is accepted toward AMT certification renewal. Keep this certificate for three years.'))
    return '\n'.join(L)

cert(13, 'ghostscript', 'amt', ['portrait', 'centred-award', 'double-border', 'signature', 'self-study-line'],
     'Self-study quiz; SELF-STUDY line below title; recorded-to-transcript date distractor; member ID distractor; credentials after name.',
     'Lorraine V. St. Clair', 'Phlebotomy Safety Update: Needlestick Prevention and Order of Draw', '2025-05-30', 1.5,
     'CE hour', ['American Medical Technologists', 'AMT'], 'STEP 25-0517', 'May 30, 2025', {'ps': _ps13()})

# ---- l14 webinar provider, TCPDF, e-mail printout ------------------------------------
cert(14, 'tcpdf', 'webinar', ['portrait', 'email-printout', 'headers-block', 'embedded-certificate'],
     'E-mail printout with From/Sent/To/Subject headers; title contains "Date"; sent date is the day after; registration no. distractor.',
     'Ifeoma C. Nwachukwu', 'Date Integrity in the LIS: Avoiding Specimen Collection Time Errors', '2026-02-11', 1.0,
     'contact hour', ['Clinical Lab Learning Network', 'CLLN'], 'CLLN-2602-07', 'February 11, 2026', {'php': r'''
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(18, 14, 18); $pdf->SetAutoPageBreak(false);
$pdf->AddPage(); $pdf->SetFont('dejavusans', '', 8);
$pdf->SetTextColor(90, 90, 90);
$pdf->Cell(90, 4, '2/12/26, 9:16 AM', 0, 0, 'L'); $pdf->Cell(89.9, 4, 'Mail - Ifeoma Nwachukwu - Outlook', 0, 1, 'R');
$pdf->SetTextColor(0, 0, 0);
$h = '<h3 style="font-family:dejavusans;font-size:13pt;">Your CE certificate: Date Integrity in the LIS</h3>
<table cellpadding="1" style="font-family:dejavusans;font-size:9pt;">
<tr><td width="60"><b>From:</b></td><td width="400">CLLN Certificates &lt;certificates@clinlablearning.org&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Thursday, February 12, 2026 8:02 AM</td></tr>
<tr><td><b>To:</b></td><td>Ifeoma Nwachukwu &lt;inwachukwu@ridgefieldlabs.com&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>Your CE certificate: Date Integrity in the LIS</td></tr>
</table><hr/>
<p style="font-family:dejavusans;font-size:10pt;">Hello Ifeoma,</p>
<p style="font-family:dejavusans;font-size:10pt;">Thank you for attending yesterday\'s live session and completing the evaluation.
Your certificate of completion is shown below. You can also download it at any time from your learner dashboard
(Registration No. 2602-55914).</p>';
$pdf->writeHTML($h, true, false, true, false, '');
$pdf->Ln(2);
$y = $pdf->GetY();
$pdf->SetDrawColor(64, 112, 64); $pdf->SetLineWidth(0.8); $pdf->Rect(22, $y, 171.9, 84);
$c = '<div style="text-align:center;font-family:dejavuserif;">
<span style="font-size:9pt;letter-spacing:2px;color:#406040;">CLINICAL LAB LEARNING NETWORK</span><br/>
<span style="font-size:20pt;">Certificate of Completion</span><br/><br/>
<span style="font-size:10pt;">This is to certify that</span><br/>
<span style="font-size:17pt;font-weight:bold;">Ifeoma C. Nwachukwu, MLS(ASCP)CM</span><br/>
<span style="font-size:10pt;">attended the</span><br/>
<span style="font-size:8pt;letter-spacing:2px;color:#aa3300;font-family:dejavusans;">LIVE WEBINAR</span><br/>
<span style="font-size:14pt;font-weight:bold;">Date Integrity in the LIS: Avoiding Specimen Collection Time Errors</span><br/>
<span style="font-size:10pt;">broadcast on February 11, 2026</span><br/><br/>
<span style="font-size:10pt;">Event ID: <b>CLLN-2602-07</b> &nbsp;&nbsp;|&nbsp;&nbsp; P.A.C.E.® Contact Hours: <b>1.0</b></span><br/><br/>
<span style="font-size:7.5pt;font-family:dejavusans;">The Clinical Lab Learning Network (CLLN) is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</span></div>';
$pdf->writeHTMLCell(160, 0, 28, $y + 6, $c, 0, 1, false, true, 'C', true);
$pdf->SetY($y + 90);
$pdf->writeHTML('<p style="font-family:dejavusans;font-size:10pt;">Questions? Reply to this message or call 866-555-0142.<br/><br/>The CLLN Education Team</p>', true, false, true, false, '');
$pdf->SetFont('dejavusans', '', 7); $pdf->SetTextColor(90, 90, 90); $pdf->SetXY(18, 268);
$pdf->Cell(179.9, 4, 'https://outlook.office.com/mail/inbox/id/AAQkADk3NjE2  1/1', 0, 0, 'L');
$pdf->Output($OUT, 'F');
'''})

# ---- l15 LabCE transcript-of-one, ReportLab AcroForm ---------------------------------
def _d15(c, W, H):
    rl_text(c, 50, H - 60, 'LabCE', 'Helvetica-Bold', 24, HexColor('#1c6e8c'))
    rl_text(c, 50, H - 76, 'Continuing Education Transcript', 'Helvetica', 12)
    rl_text(c, W - 50, H - 56, 'Transcript date:', 'Helvetica', 8, right=True)
    rl_field(c, 'pd', '01/15/2025', W - 130, H - 82, 80, 16, 'Helvetica', 9)
    c.setLineWidth(1.5); c.setStrokeColor(HexColor('#1c6e8c')); c.line(50, H - 92, W - 50, H - 92)
    c.setStrokeColor(black)
    rl_text(c, 50, H - 120, 'Participant', 'Helvetica-Bold', 8.5)
    rl_field(c, 'nm', 'Graciela Montoya-Reyes', 130, H - 126, 250, 16, 'Helvetica', 10)
    rl_text(c, 50, H - 140, 'Account ID', 'Helvetica-Bold', 8.5)
    rl_field(c, 'acct', '6620174', 130, H - 146, 250, 16, 'Helvetica', 10)
    rl_text(c, 50, H - 160, 'Institution', 'Helvetica-Bold', 8.5)
    rl_field(c, 'inst', 'Sunridge Community Hospital Laboratory', 130, H - 166, 300, 16, 'Helvetica', 10)
    rl_text(c, 50, H - 180, 'Date range', 'Helvetica-Bold', 8.5)
    rl_field(c, 'rng', '11/01/2024 - 11/30/2024', 130, H - 186, 250, 16, 'Helvetica', 10)
    # table header
    y = H - 226
    c.setFillColor(HexColor('#e3eef3')); c.rect(50, y - 4, W - 100, 18, fill=1, stroke=0); c.setFillColor(black)
    cols = [(54, 'Course #'), (120, 'Completed'), (196, 'Course Title'), (470, 'Contact Hours')]
    for x, t in cols:
        rl_text(c, x, y + 1, t, 'Helvetica-Bold', 8.5)
    y -= 22
    rl_field(c, 'r1', 'LCE-2291', 52, y - 4, 64, 16, 'Helvetica', 9)
    rl_field(c, 'r2', '11/03/2024', 118, y - 4, 74, 16, 'Helvetica', 9)
    rl_field(c, 'r3', 'Blood Bank Antibody Identification Case Studies (Advanced)', 194, y - 4, 270, 16, 'Helvetica', 8.5)
    rl_field(c, 'r4', '3.0', 470, y - 4, 50, 16, 'Helvetica', 9)
    c.setStrokeColor(HexColor('#bbbbbb')); c.line(50, y - 8, W - 50, y - 8)
    y -= 26
    rl_text(c, 360, y, 'Total contact hours this period:', 'Helvetica-Bold', 8.5)
    rl_field(c, 'tot', '3.0', 500, y - 5, 40, 16, 'Helvetica-Bold', 9)
    y -= 40
    y = rl_para(c, 'Courses listed above were completed online through LabCE and each includes a passing post-test score. '
                'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
                'ASCLS P.A.C.E.® Program. P.A.C.E.® contact hours are accepted by the ASCP Board of Certification for the '
                'Credential Maintenance Program.', 50, y, W - 100, 'Helvetica', 8.5, 11)
    rl_text(c, 50, 40, 'Order #: W-340077216     Page 1 of 1', 'Helvetica', 7)

cert(15, 'reportlab-acroform', 'labce', ['portrait', 'transcript-of-one', 'form-fields', 'single-row-table'],
     'One-course transcript; date range of the transcript period (11/30) vs completion 11/03; transcript date, account ID, order # distractors; total equals row.',
     'Graciela Montoya-Reyes', 'Blood Bank Antibody Identification Case Studies (Advanced)', '2024-11-03', 3.0,
     'contact hour', ['LabCE'], 'LCE-2291', '11/03/2024', {'draw': _d15})

# ---- l16 hospital in-service, flat ODT, one-paragraph certificate ---------------------
cert(16, 'soffice-fodt', 'hospital-inservice', ['portrait', 'one-paragraph', 'letterhead', 'quoted-title'],
     'Whole certificate is a single paragraph; title in curly quotes; in-service no.; policy number distractor.',
     'Nadia F. Haddad', 'Critical Value Notification Policy and Read-Back Procedure', '2025-07-09', 0.5, 'CE hour',
     ["Harbor Point Children's Hospital", "Harbor Point Children's Hospital, Department of Pathology and Laboratory Medicine"],
     'PLM-0709', 'July 9, 2025', {
        'font': 'Liberation Sans', 'margin': '1in',
        'styles': [fo_pstyle('H1', '16pt', True, color='#1b5e83', font='Liberation Sans'),
                   fo_pstyle('H2', '10pt', color='#444444', after='0.05in'),
                   fo_pstyle('Rule', '4pt', after='0.6in', extra_p='fo:border-bottom="1.5pt solid #1b5e83" fo:padding-bottom="0.02in"'),
                   fo_pstyle('Ttl', '18pt', True, align='center', after='0.4in', font='Liberation Serif', spacing='0.04in'),
                   fo_pstyle('Body', '13pt', align='justify', after='0.5in', font='Liberation Serif',
                             extra_p='fo:line-height="160%"'),
                   fo_pstyle('Sig', '10pt'), fo_pstyle('Foot', '8pt', color='#666666', before='2.4in'),
                   fo_tstyle('b', bold=True)],
        'body': ''.join([
            fp('H1', fx("Harbor Point Children's Hospital")),
            fp('H2', 'Department of Pathology and Laboratory Medicine'),
            fp('Rule', ''),
            fp('Ttl', 'CERTIFICATE OF ATTENDANCE'),
            fp('Body', 'This certifies that ' + fspan('b', 'Nadia F. Haddad') + fx(', Medical Laboratory Scientist, attended the '
               'laboratory in-service “Critical Value Notification Policy and Read-Back Procedure” (In-service No. PLM-0709) on '
               'July 9, 2025 and is awarded 0.5 CE hour toward the departmental continuing education requirement.')),
            fp('Sig', '_______________________________'),
            fp('Sig', fspan('b', 'Owen T. Marchetti, MHA, MLS(ASCP)')),
            fp('Sig', 'Laboratory Quality &amp; Education Manager'),
            fp('Foot', 'Reference: laboratory policy QM-112 (revised 2024). Copy to employee file.'),
        ])})

# ---- l17 AABB annual meeting, ReportLab, landscape, letter-spaced name ----------------
def _d17(c, W, H):
    red = HexColor('#9e1b32')
    c.setFillColor(HexColor('#fbf7f0')); c.rect(0, 0, W, H, fill=1, stroke=0)
    rl_border(c, W, H, m=18, col=red, lw=6)
    c.setStrokeColor(HexColor('#c9a227')); c.setLineWidth(1); c.rect(32, 32, W - 64, H - 64)
    rl_ctext(c, W / 2, H - 80, 'AABB', 'Times-Bold', 34, red, cs=4)
    rl_ctext(c, W / 2, H - 100, 'Association for the Advancement of Blood & Biotherapies', 'Times-Roman', 12)
    rl_ctext(c, W / 2, H - 150, 'Certificate of Attendance', 'Times-BoldItalic', 32)
    rl_ctext(c, W / 2, H - 185, 'This certificate is presented to', 'Times-Roman', 13)
    rl_ctext(c, W / 2, H - 228, 'Winifred J. Achterberg', 'Times-Bold', 26, red, cs=5)
    rl_ctext(c, W / 2, H - 264, 'in recognition of attendance at the', 'Times-Roman', 13)
    rl_ctext(c, W / 2, H - 296, 'AABB 2025 Annual Meeting', 'Times-Bold', 22)
    rl_ctext(c, W / 2, H - 320, 'Colorado Convention Center  ·  Denver, Colorado  ·  October 25–28, 2025', 'Times-Italic', 12)
    rl_ctext(c, W / 2, H - 356, 'ASCLS P.A.C.E.® contact hours earned:  14.5', 'Times-Bold', 14)
    rl_ctext(c, W / 2, H - 376, '(Maximum available for the meeting: 22.0 — see your session transcript for details)', 'Times-Italic', 10)
    rl_seal(c, W / 2, 130, 48, 'AABB', '2025 · DENVER', col=red)
    rl_sig(c, 80, 120, 200, 'Rafael D. Montgomery, MD', 'President, AABB', script='R. D. Montgomery', font='Times', size=10)
    rl_sig(c, W - 280, 120, 200, 'Ingrid Halvorsen, MBA', 'Chief Executive Officer', script='I. Halvorsen', font='Times', size=10)
    rl_para(c, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
            'P.A.C.E.® Program.  Registration No. AM25-118604.', 120, 64, W - 240, 'Times-Roman', 8, 10, align=1)

cert(17, 'reportlab', 'aabb', ['landscape', 'centred-award', 'letter-spaced-name', 'seal', 'two-signatures', 'date-range'],
     'Meeting attendance (no session title) Oct 25-28; letter-spaced name; earned 14.5 vs maximum 22.0; registration no. distractor; no activity id.',
     'Winifred J. Achterberg', 'AABB 2025 Annual Meeting', '2025-10-28', 14.5, 'contact hour',
     ['Association for the Advancement of Blood & Biotherapies', 'AABB'], None, 'October 25–28, 2025',
     {'draw': _d17, 'size': landscape(letter)}, name_spaced=True)

# ---- l18 ASCP statement of credit, Chromium, transcript-of-one ------------------------
cert(18, 'chromium', 'ascp', ['portrait', 'transcript-of-one', 'table', 'header-bar'],
     'Statement of credit table with one activity row; title on its own full-width row; member number, printed date, order no. distractors.',
     'Oluwaseun A. Adeyemi-Clarke', 'Root Cause Analysis for Laboratory Errors: From Incident Report to Corrective Action',
     '2025-12-02', 2.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'LMU-25-014', '12/02/2025', {'html': '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>''' + page_css('letter', '0.75in') + '''
body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt;color:#111}
.bar{background:#0a3161;color:#fff;padding:14px 18px;display:flex;justify-content:space-between;align-items:flex-end}
.bar .a{font-size:26pt;font-weight:bold;letter-spacing:2px}.bar .b{font-size:9pt;text-align:right}
h2{font-size:14pt;margin:24px 0 4px 0}
.meta td{padding:2px 16px 2px 0;font-size:9.5pt}
table.tr{width:100%;border-collapse:collapse;margin-top:18px}
table.tr th{background:#e6ebf2;text-align:left;font-size:8.5pt;padding:6px;border-bottom:1px solid #0a3161}
table.tr td{padding:6px;font-size:9.5pt;border-bottom:1px solid #ccc}
td.tt{font-weight:bold;font-size:10.5pt}
.note{font-size:8.5pt;color:#333;margin-top:20px;line-height:1.4}
</style></head><body>
<div class="bar"><div class="a">ASCP</div><div class="b">American Society for Clinical Pathology<br>Chicago, Illinois</div></div>
<h2>Statement of Credit</h2>
<table class="meta"><tr><td>Learner:</td><td><b>Oluwaseun A. Adeyemi-Clarke</b></td></tr>
<tr><td>ASCP Member Number:</td><td>1004873219</td></tr>
<tr><td>Statement printed:</td><td>01/05/2026</td></tr></table>
<table class="tr"><tr><th style="width:22%">Activity ID</th><th style="width:28%">Format</th><th style="width:25%">Completion Date</th><th>CMLE Credits</th></tr>
<tr><td colspan="4" class="tt">Root Cause Analysis for Laboratory Errors: From Incident Report to Corrective Action</td></tr>
<tr><td>LMU-25-014</td><td>Online course</td><td>12/02/2025</td><td>2.0</td></tr>
<tr><td colspan="3" style="text-align:right"><b>Total CMLE credits on this statement</b></td><td><b>2.0</b></td></tr></table>
<div class="note">The American Society for Clinical Pathology (ASCP) designates this enduring material for a maximum of 2.0
CMLE credits. Participants should only claim credit commensurate with the extent of their participation in the activity.
CMLE credits are accepted by the ASCP Board of Certification (BOC) for the Credential Maintenance Program (CMP).<br><br>
Order No. 7712-55830 · Questions: cme@ascp.example.org</div>
</body></html>'''})

# ---- l19 MediaLab, python-docx, portrait award with double page border ---------------
def _m19():
    d = dx_new(False, 1.0, 'URW Bookman', 11)
    dx_page_border(d, color='2E6B3F', sz=18, space=20, val='thinThickSmallGap')
    dx_p(d, 'MediaLab, Inc.', 14, True, align='c', color='2E6B3F', before=10)
    dx_p(d, 'Online Laboratory Education', 9, italic=True, align='c', after=40)
    dx_p(d, 'CERTIFICATE', 30, True, align='c', spacing=6)
    dx_p(d, 'of Course Completion', 16, italic=True, align='c', after=36)
    dx_p(d, 'Awarded to', 11, align='c', after=8)
    dx_p(d, 'Trevor Mackenzie-Hale', 24, True, align='c', after=24)
    dx_p(d, 'who has completed all lessons and the final exam of the course', 11, align='c', after=10)
    dx_p(d, 'Laboratory Math: Dilutions, Solutions, and Unit Conversions', 17, True, align='c', color='2E6B3F', after=30)
    t = d.add_table(rows=4, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER; dx_widths(t, [2.3, 2.3])
    for i, (a, b) in enumerate([('Course No.', '2204'), ('Completion date', 'August 12, 2025'),
                                ('P.A.C.E.® contact hours', '1.5'), ('Exam score', '88%')]):
        dx_cell(t.rows[i].cells[0], a, 10, color='555555', align='r')
        dx_cell(t.rows[i].cells[1], '   ' + b, 10, True)
    dx_p(d, '', after=60)
    dx_p(d, 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences '
         'by the ASCLS P.A.C.E.® Program.', 8.5, italic=True, align='c', after=6)
    dx_p(d, 'Certificate #ML-25-09917402   ·   Account: Ridgeway Outpatient Laboratory', 8, align='c', color='666666')
    return d

cert(19, 'soffice-docx', 'medialab', ['portrait', 'centred-award', 'page-border', 'label-value-table'],
     'Exam score percentage and certificate number distractors; employer account name; unicode ® in label.',
     'Trevor Mackenzie-Hale', 'Laboratory Math: Dilutions, Solutions, and Unit Conversions', '2025-08-12', 1.5,
     'contact hour', ['MediaLab, Inc.'], '2204', 'August 12, 2025', {'make': _m19, 'author': 'MediaLab'})

# ---- l20 CAP competency course, FPDF, landscape minimal -------------------------------
cert(20, 'fpdf', 'cap', ['landscape', 'left-aligned', 'two-column-facts', 'rule-lines'],
     'Statement that AMA credit is not offered; course id; completion vs "record created" date; CE hour unit.',
     'Esperanza L. Quiñones', 'Competency Assessment: Blood Culture Contamination Reduction', '2024-10-17', 1.0,
     'CE hour', ['College of American Pathologists', 'CAP'], 'CAH-BCC-24', 'October 17, 2024', {'php': r'''
$pdf = new FPDF('L', 'pt', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(0, 85, 140); $pdf->Rect(0, 0, 792, 14, 'F'); $pdf->Rect(0, 598, 792, 14, 'F');
$pdf->SetFont('Helvetica', 'B', 15); $pdf->SetTextColor(0, 85, 140);
$pdf->SetXY(60, 50); $pdf->Cell(400, 18, t('College of American Pathologists'), 0, 2);
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(80, 80, 80); $pdf->Cell(400, 14, t('Northfield, Illinois'), 0, 2);
$pdf->SetTextColor(0, 0, 0); $pdf->SetFont('Times', '', 34);
$pdf->SetXY(60, 120); $pdf->Cell(600, 40, t('Certificate of Completion'), 0, 2);
$pdf->SetDrawColor(0, 85, 140); $pdf->SetLineWidth(1.5); $pdf->Line(62, 168, 300, 168);
$pdf->SetFont('Times', '', 13); $pdf->SetXY(60, 190); $pdf->Cell(600, 18, t('We certify that'), 0, 2);
$pdf->SetFont('Times', 'B', 24); $pdf->Cell(600, 32, t('Esperanza L. Quiñones'), 0, 2);
$pdf->SetFont('Times', '', 13); $pdf->Cell(600, 20, t('has completed the competency module'), 0, 2);
$pdf->SetFont('Times', 'BI', 17); $pdf->Cell(650, 26, t('Competency Assessment: Blood Culture Contamination Reduction'), 0, 2);
$pdf->SetLineWidth(0.4); $pdf->SetDrawColor(160, 160, 160);
$facts = array(array('Completed on', 'October 17, 2024'), array('Course ID', 'CAH-BCC-24'),
  array('CE hours', '1.0'), array('Record created', 'October 21, 2024'));
$x = 60;
foreach ($facts as $f) {
  $pdf->SetXY($x, 340); $pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(100, 100, 100);
  $pdf->Cell(150, 12, t(strtoupper($f[0])), 'T', 2);
  $pdf->SetFont('Helvetica', 'B', 12); $pdf->SetTextColor(0, 0, 0); $pdf->Cell(150, 18, t($f[1]), 0, 0);
  $x += 170;
}
$pdf->SetXY(60, 420); $pdf->SetFont('Helvetica', '', 8.5);
$pdf->MultiCell(660, 11, t('The College of American Pathologists (CAP) designates this activity for 1.0 CE hour for laboratory '
 . 'professionals; this activity is not designated for AMA PRA Category 1 Credit™. The CAP is approved as a provider of continuing '
 . 'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'L');
$pdf->SetXY(520, 500); $pdf->SetFont('Times', 'I', 15); $pdf->SetTextColor(30, 40, 110); $pdf->Cell(200, 18, t('Lydia Ferrante-Osei'), 0, 2);
$pdf->SetTextColor(0, 0, 0); $pdf->SetDrawColor(0); $pdf->Line(520, 520, 720, 520);
$pdf->SetXY(520, 523); $pdf->SetFont('Helvetica', 'B', 9); $pdf->Cell(200, 11, t('Lydia Ferrante-Osei, MD, FCAP'), 0, 2);
$pdf->SetFont('Helvetica', '', 8); $pdf->Cell(200, 10, t('Chair, Council on Education'), 0, 2);
$pdf->Output('F', $OUT);
'''})

# ---- l21 state society fall seminar, PostScript, small card-size page ------------------
def _ps21():
    W, H = 504, 360
    L = ['0.93 0.95 0.9 setrgbcolor 0 0 %d %d rectfill 0 setgray' % (W, H)]
    L.append('0.2 0.35 0.15 setrgbcolor 12 12 %d %d 2 box 0 setgray' % (W - 24, H - 24))
    L.append('0.2 0.35 0.15 setrgbcolor /N-B 15 fnt 30 318 %s lft' % pss('Piedmont Society for Clinical Laboratory Science'))
    L.append('/N-R 9 fnt 30 305 %s lft 0 setgray' % pss('PSCLS  ·  Charlotte, North Carolina'))
    L.append('/F-B 17 fnt 30 270 %s lft' % pss('Continuing Education Certificate'))
    L.append('/H-R 7 fnt 30 245 %s lft' % pss('PARTICIPANT'))
    L.append('/F-B 15 fnt 30 230 %s lft' % pss('Harriet Y. Oduya-Mensah'))
    L.append('0.45 setgray /H-B 8 fnt 30 207 moveto 1.5 0 %s ashow 0 setgray' % pss('FALL SEMINAR'))
    L.append('/F-B 13 fnt 30 191 %s lft' % pss('Emerging Tick-Borne Pathogens in the Southeast'))
    xs = [30, 150, 260, 370]
    for x, (lab, val) in zip(xs, (('DATE', 'September 27, 2024'), ('SESSION NO.', 'F24-4B'),
                                  ('CONTACT HOURS', '1.5'), ('LEVEL', 'Intermediate'))):
        L.append('/H-R 7 fnt %d 160 %s lft /H-B 10 fnt %d 147 %s lft' % (x, pss(lab), x, pss(val)))
    y = 120
    for ln in ps_wrap('PSCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
                      'ASCLS P.A.C.E.® Program. Attendance verified by session code entered on the evaluation form.',
                      'Helvetica', 7.5, 440):
        L.append('/H-R 7.5 fnt 30 %d %s lft' % (y, pss(ln))); y -= 10
    L.append('30 62 150 0.5 hline /F-I 13 fnt 36 66 %s lft' % pss('Joy Pettigrew'))
    L.append('/H-B 7.5 fnt 30 52 %s lft /H-R 7 fnt 30 43 %s lft' % (pss('Joy A. Pettigrew, MLS(ASCP)'), pss('PSCLS Continuing Education Coordinator')))
    L.append('/H-R 7 fnt 474 43 %s rgt' % pss('Member #: PS-0938   Issued 10/04/2024'))
    return '\n'.join(L)

cert(21, 'ghostscript', 'state-society', ['small-page', 'card-size', 'labels-above-values', 'format-line', 'signature'],
     '7x5 in page; FALL SEMINAR format line above session title; hyphenated title word; member # and issued date distractors.',
     'Harriet Y. Oduya-Mensah', 'Emerging Tick-Borne Pathogens in the Southeast', '2024-09-27', 1.5, 'contact hour',
     ['Piedmont Society for Clinical Laboratory Science', 'PSCLS'], 'F24-4B', 'September 27, 2024',
     {'ps': _ps21(), 'size': (504, 360)})

# ---- l22 ADLM on-demand, TCPDF, landscape with colour bar, labels above --------------
cert(22, 'tcpdf', 'adlm', ['landscape', 'colour-bar', 'labels-above-values', 'on-demand-line'],
     'ACCENT contact hours; On-Demand Webinar line; title with parentheses Lp(a); registration and member numbers; access-expires date.',
     'Jun-seo Park', 'Interpreting Apolipoprotein B and Lp(a) Results: A Practical Guide', '2025-07-22', 1.0,
     'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '25OD-LIP-03', '07/22/2025', {'php': r'''
$pdf = new TCPDF('L', 'in', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(0, 0, 0);
$pdf->AddPage();
$pdf->SetFillColor(0, 122, 135); $pdf->Rect(0, 0, 0.55, 8.5, 'F');
$pdf->SetFillColor(247, 148, 29); $pdf->Rect(0.55, 0, 0.08, 8.5, 'F');
$pdf->SetTextColor(0, 122, 135); $pdf->SetFont('helvetica', 'B', 28); $pdf->SetXY(1.1, 0.7); $pdf->Cell(5, 0.4, 'ADLM', 0, 2);
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(6, 0.2, 'Association for Diagnostics & Laboratory Medicine', 0, 2);
$pdf->SetXY(1.1, 1.7); $pdf->SetTextColor(0, 0, 0); $pdf->SetFont('times', '', 30);
$pdf->Cell(8, 0.5, 'ACCENT® Continuing Education Certificate', 0, 2);
$html = '<table cellpadding="0" style="font-family:helvetica;">
<tr><td style="font-size:7.5pt;color:#6d6d6d;letter-spacing:1px;">LEARNER</td></tr>
<tr><td style="font-size:20pt;font-weight:bold;">Jun-seo Park</td></tr>
<tr><td style="font-size:6pt;"> </td></tr>
<tr><td style="font-size:7.5pt;color:#f7941d;letter-spacing:1px;font-weight:bold;">ON-DEMAND WEBINAR</td></tr>
<tr><td style="font-size:15pt;font-weight:bold;color:#007a87;">Interpreting Apolipoprotein B and Lp(a) Results: A Practical Guide</td></tr>
</table>';
$pdf->writeHTMLCell(8.6, 0, 1.1, 2.55, $html, 0, 1);
$cols = array(array('ACTIVITY #', '25OD-LIP-03'), array('COMPLETED', '07/22/2025'), array('ACCENT® CONTACT HOURS', '1.0'),
  array('ACCESS EXPIRES', '12/31/2026'));
$x = 1.1;
foreach ($cols as $c) {
  $pdf->SetXY($x, 4.3); $pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(110, 110, 110); $pdf->Cell(2.0, 0.2, $c[0], 0, 2);
  $pdf->SetFont('helvetica', 'B', 13); $pdf->SetTextColor(0, 0, 0); $pdf->Cell(2.0, 0.3, $c[1], 0, 0);
  $x += 2.2;
}
$pdf->SetXY(1.1, 5.3); $pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(50, 50, 50);
$pdf->MultiCell(8.8, 0.16, 'The Association for Diagnostics & Laboratory Medicine (ADLM) designates this activity for 1.0 ACCENT® '
 . 'contact hour. ACCENT® credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program. '
 . 'ADLM is approved by the ASCLS P.A.C.E.® Program as a provider of continuing education in the clinical laboratory sciences.', 0, 'L');
$pdf->SetXY(1.1, 6.5); $pdf->SetFont('helvetica', '', 8); $pdf->Cell(8, 0.2, 'ADLM member no. 3009182    ·    Registration RG-7720561', 0, 2);
$pdf->SetDrawColor(0); $pdf->Line(7.2, 7.3, 9.9, 7.3);
$pdf->SetXY(7.2, 7.35); $pdf->SetFont('helvetica', 'B', 9); $pdf->Cell(2.7, 0.2, 'Siddharth Raman, PhD, DABCC', 0, 2);
$pdf->SetFont('helvetica', '', 8); $pdf->Cell(2.7, 0.18, 'Chair, ADLM Education Core Committee', 0, 2);
$pdf->Output($OUT, 'F');
'''})

# ---- l23 vendor application training, ReportLab AcroForm -----------------------------
def _d23(c, W, H):
    c.setFillColor(HexColor('#3b2f6b')); c.circle(70, H - 70, 24, fill=1, stroke=0)
    rl_ctext(c, 70, H - 76, 'CM', 'Helvetica-Bold', 16, white)
    rl_text(c, 104, H - 66, 'Cobaltline Molecular, Inc.', 'Helvetica-Bold', 16, HexColor('#3b2f6b'))
    rl_text(c, 104, H - 82, 'Field Applications & Training', 'Helvetica', 10)
    rl_text(c, W - 48, H - 66, 'APPLICATION TRAINING', 'Helvetica-Bold', 11, right=True)
    rl_text(c, W - 48, H - 80, 'CERTIFICATE', 'Helvetica-Bold', 11, right=True)
    c.setLineWidth(0.8); c.line(48, H - 100, W - 48, H - 100)
    rl_para(c, 'The trainee named below has completed on-site operator training for the system listed and has demonstrated '
            'competency in sample loading, run setup, result review and routine maintenance.', 48, H - 112, W - 96,
            'Helvetica', 9.5, 12.5)
    f = [('Trainee', 'Pham Thi Lan', 'a', 48, H - 170, 300), ('Facility', 'Westbrook Valley Hospital, Microbiology', 'b', 48, H - 210, 300),
         ('System / Assay', 'CobaltPCR Cartridge System, GI and respiratory panels', 'c', 48, H - 250, W - 96),
         ('Course title', 'Cartridge-Based PCR System Operator Training', 'd', 48, H - 290, W - 96),
         ('Training date', '05/20/2025', 'e', 48, H - 330, 150), ('Course code', 'CM-OT-118', 'f', 218, H - 330, 150),
         ('CE hours (P.A.C.E.)', '4.0', 'g', 388, H - 330, 176),
         ('System serial no.', 'CP2-0048821', 'h', 48, H - 370, 150), ('Service order no.', 'SO-5531970', 'i', 218, H - 370, 150),
         ('Trainer', 'Bastian Kroll, MB(ASCP)', 'j', 388, H - 370, 176)]
    for lab, val, nm, x, y, w in f:
        rl_text(c, x, y + 20, lab.upper(), 'Helvetica', 6.5, HexColor('#555555'))
        c.setStrokeColor(HexColor('#3b2f6b')); c.setLineWidth(0.6); c.line(x, y - 2, x + w, y - 2)
        rl_field(c, 'f' + nm, val, x, y, w, 16, 'Helvetica', 10.5)
    rl_para(c, 'Cobaltline Molecular, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
            'sciences by the ASCLS P.A.C.E.® Program. This certificate documents vendor training only; it does not replace the '
            "laboratory's own competency assessment required under CLIA.", 48, H - 420, W - 96, 'Helvetica-Oblique', 8.5, 11)
    rl_text(c, 48, 130, 'Trainer signature', 'Helvetica', 7, HexColor('#555555'))
    rl_field(c, 'sig', 'Bastian Kroll', 48, 140, 200, 20, 'Times-Italic', 15)
    c.line(48, 138, 248, 138)
    rl_text(c, 330, 130, 'Date signed', 'Helvetica', 7, HexColor('#555555'))
    rl_field(c, 'sigd', '05/21/2025', 330, 140, 120, 18, 'Helvetica', 10)
    c.line(330, 138, 450, 138)
    rl_text(c, 48, 50, 'CM-FRM-0042 v6', 'Helvetica', 7)

cert(23, 'reportlab-acroform', 'vendor', ['portrait', 'form-fields', 'labels-above-values', 'underlined-fields'],
     'Name in Vietnamese order; serial and service order numbers; signed date next day; P.A.C.E. label on CE hours.',
     'Pham Thi Lan', 'Cartridge-Based PCR System Operator Training', '2025-05-20', 4.0, 'CE hour',
     ['Cobaltline Molecular, Inc.', 'Cobaltline Molecular, Inc., Field Applications & Training'], 'CM-OT-118', '05/20/2025', {'draw': _d23})

# ---- l24 reference lab (P.A.C.E. provider), flat ODT, letter + certificate ----------
cert(24, 'soffice-fodt', 'ascls-pace', ['portrait', 'letter-with-certificate', 'long-title', 'suffix-name', 'ecast-line'],
     'Covering letter and certificate on one page; long title wrapping to 2-3 lines; eCast format line; suffix Sr.; letter date distractor.',
     'Cornelius A. Whitaker Sr.',
     'Thrombophilia Testing Algorithms: When to Order Factor V Leiden and Prothrombin Gene Mutation Analysis and How to Interpret the Results',
     '2025-02-25', 1.5, 'contact hour',
     ['Sequoia Reference Laboratories', 'Sequoia Reference Laboratories, Education Department'], '403-118-25',
     'February 25, 2025', {
        'font': 'Liberation Serif', 'margin': '0.8in',
        'styles': [fo_pstyle('LH', '15pt', True, font='Liberation Sans', color='#7a3b00'),
                   fo_pstyle('LH2', '9pt', font='Liberation Sans', color='#555555', after='0.25in'),
                   fo_pstyle('Tx', '10.5pt', after='0.1in', align='justify'),
                   fo_pstyle('Addr', '10.5pt', after='0.1in'),
                   fo_pstyle('Box', '10pt', align='center', extra_p='fo:border="1.2pt solid #7a3b00" fo:padding="0.05in"'),
                   fo_pstyle('CT', '20pt', True, align='center', before='0.2in', after='0.1in', spacing='0.03in'),
                   fo_pstyle('CN', '20pt', True, align='center', after='0.08in', font='Liberation Sans'),
                   fo_pstyle('Fmt', '8pt', True, align='center', before='0.1in', color='#7a3b00', spacing='0.05in', font='Liberation Sans'),
                   fo_pstyle('CTT', '14pt', True, align='center', after='0.12in', extra_p='fo:margin-left="0.5in" fo:margin-right="0.5in"'),
                   fo_pstyle('CK', '10.5pt', align='center'),
                   fo_pstyle('CS', '8pt', align='center', before='0.12in', color='#444444', font='Liberation Sans',
                             extra_p='fo:margin-left="0.3in" fo:margin-right="0.3in"'),
                   fo_tstyle('b', bold=True)],
        'body': ''.join([
            fp('LH', 'Sequoia Reference Laboratories'),
            fp('LH2', 'Education Department  ·  2201 Redwood Industrial Way, Eureka, CA 95501  ·  education@sequoialabs.example'),
            fp('Tx', 'March 3, 2025'),
            fp('Addr', 'Cornelius A. Whitaker Sr., MT(ASCP)<text:line-break/>Laboratory Supervisor, Fort Bragg Coastal Clinic'),
            fp('Tx', 'Dear Mr. Whitaker,'),
            fp('Tx', fx('Thank you for taking part in our client education eCast. Your certificate is below. We record P.A.C.E.® credit '
                        'in the ASCLS CE Organizer within 30 days; please keep this page as your personal record.')),
            fp('Tx', 'Sincerely, Education Department'),
            '<text:section text:name="cert">',
            fp('CT', 'CERTIFICATE OF COMPLETION'),
            fp('CK', 'This acknowledges that'),
            fp('CN', fx('Cornelius A. Whitaker Sr.')),
            fp('CK', 'completed the continuing education program'),
            fp('Fmt', 'eCAST'),
            fp('CTT', fx('Thrombophilia Testing Algorithms: When to Order Factor V Leiden and Prothrombin Gene Mutation Analysis and How to Interpret the Results')),
            fp('CK', fx('Program date: February 25, 2025   ·   P.A.C.E.® Course Number: 403-118-25')),
            fp('CK', fspan('b', 'P.A.C.E.® contact hours awarded: 1.5') + fx('   ·   Level: Intermediate')),
            fp('CS', fx('Sequoia Reference Laboratories is approved as a provider of continuing education programs in the clinical '
                        'laboratory sciences by the ASCLS P.A.C.E.® Program (Provider No. 403). California CLS licensees: this program '
                        'is acceptable for continuing education credit under California Code of Regulations, Title 17.')),
            '</text:section>'])})

# ---- l25 university CEU, ReportLab, landscape diploma style --------------------------
def _d25(c, W, H):
    blue = HexColor('#0b3d6e')
    c.setStrokeColor(blue); c.setLineWidth(10); c.rect(30, 30, W - 60, H - 60)
    c.setLineWidth(1); c.rect(46, 46, W - 92, H - 92)
    rl_ctext(c, W / 2, H - 100, 'Coastal Bend State University', 'DejaVuSerif-Bold', 26, blue)
    rl_ctext(c, W / 2, H - 122, 'Continuing & Professional Education', 'DejaVuSerif-Italic', 13)
    rl_ctext(c, W / 2, H - 170, 'Certifies that', 'DejaVuSerif', 12)
    rl_ctext(c, W / 2, H - 208, 'Anneliese K. Vogt', 'DejaVuSerif-Bold', 28)
    rl_ctext(c, W / 2, H - 240, 'has satisfactorily completed the non-credit course', 'DejaVuSerif', 12)
    rl_ctext(c, W / 2, H - 272, 'Molecular Diagnostics Boot Camp: Nucleic Acid Extraction to Variant Reporting',
             'DejaVuSerif-Bold', 16, blue)
    rl_ctext(c, W / 2, H - 300, 'May 12 – May 14, 2025   ·   Corpus Christi, Texas', 'DejaVuSerif', 11)
    rl_ctext(c, W / 2, H - 330, 'and is hereby awarded', 'DejaVuSerif', 12)
    rl_ctext(c, W / 2, H - 358, '1.5 Continuing Education Units (CEUs)', 'DejaVuSerif-Bold', 17)
    rl_seal(c, W / 2, 130, 50, 'CBSU', 'EST. 1947', col=blue)
    rl_sig(c, 100, 115, 210, 'Leonora Castañeda-Whitfield, EdD', 'Associate Vice President,\nContinuing & Professional Education',
           script='L. Castañeda-Whitfield', size=9)
    rl_sig(c, W - 310, 115, 210, 'Rupert Vance, PhD, MLS(ASCP)CM', 'Course Director', script='R. Vance', size=9)
    rl_text(c, 62, 56, 'Course Number: CPE 2217  ·  Section 001  ·  Transcript No. 25-CPE-004418', 'Helvetica', 7.5)
    rl_text(c, W - 62, 56, 'One CEU = 10 contact hours (IACET guidelines)', 'Helvetica', 7.5, right=True)

cert(25, 'reportlab', 'university-ceu', ['landscape', 'diploma', 'heavy-border', 'seal', 'two-signatures', 'date-range'],
     'CEU 1.5 (15 points); date range May 12 – May 14; transcript no. distractor; "10 contact hours" equivalence line (not the credit).',
     'Anneliese K. Vogt', 'Molecular Diagnostics Boot Camp: Nucleic Acid Extraction to Variant Reporting', '2025-05-14', 1.5,
     'CEU', ['Coastal Bend State University', 'Coastal Bend State University, Continuing & Professional Education'],
     'CPE 2217', 'May 12 – May 14, 2025', {'draw': _d25, 'size': landscape(letter)})

# ---- l26 joint-accreditation conference, Chromium, two pages, claimed vs max ---------
cert(26, 'chromium', 'joint-cme', ['portrait', 'credit-table', 'claimed-vs-maximum', 'two-pages', 'date-range', 'honorific'],
     'Honorific Dr. before name; multi-profession credit table (AMA 6.5, ANCC 6.5, ACPE 4.0, P.A.C.E. max 6.0) with learner claim 5.0; page 2 session log.',
     'Farida N. Rahimi', 'Annual Laboratory Medicine Update 2025', '2025-11-14', 5.0, 'contact hour',
     ['Lakeshore Academic Medical Center', 'LAMC', 'Lakeshore Academic Medical Center, Office of Continuing Medical Education'],
     '71532', 'November 13–14, 2025', {'html': '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
''' + page_css('letter', '0.7in') + '''
body{font-family:"DejaVu Serif",serif;font-size:10pt;color:#222}
.hd{text-align:center;border-bottom:2px solid #5a1e5c;padding-bottom:8px}
.hd .o{font-size:16pt;font-weight:bold;color:#5a1e5c}.hd .s{font-size:9.5pt}
h1{text-align:center;font-size:22pt;font-weight:normal;margin:24px 0 6px 0}
.c{text-align:center}.nm{font-size:20pt;font-weight:bold;margin:6px 0}
.ev{font-size:15pt;font-weight:bold;margin:6px 0}
table.cr{margin:18px auto;border-collapse:collapse;font-family:"DejaVu Sans";font-size:9pt}
table.cr th,table.cr td{border:1px solid #999;padding:5px 9px}
table.cr th{background:#efe6ef} td.n{text-align:center}
tr.me td{background:#fffbe0;font-weight:bold}
.acc{font-size:8pt;font-family:"DejaVu Sans";line-height:1.35;margin-top:10px}
.pb{page-break-before:always}
table.log{width:100%;border-collapse:collapse;font-family:"DejaVu Sans";font-size:8.5pt;margin-top:10px}
table.log td,table.log th{border-bottom:1px solid #ccc;padding:4px;text-align:left}
</style></head><body>
<div class="hd"><div class="o">Lakeshore Academic Medical Center</div>
<div class="s">LAMC Office of Continuing Medical Education · Activity ID: 71532</div></div>
<h1>Certificate of Attendance</h1>
<div class="c">This certificate is awarded to</div>
<div class="c nm">Dr. Farida N. Rahimi, PhD, MLS(ASCP)CM</div>
<div class="c">for participation in</div>
<div class="c ev">Annual Laboratory Medicine Update 2025</div>
<div class="c">November 13–14, 2025 · Lakeshore Conference Center, Milwaukee, Wisconsin</div>
<table class="cr"><tr><th>Profession / credit type</th><th>Maximum designated</th><th>Claimed by learner</th></tr>
<tr><td>Physicians – AMA PRA Category 1 Credits™</td><td class="n">6.5</td><td class="n">—</td></tr>
<tr><td>Nurses – ANCC contact hours</td><td class="n">6.5</td><td class="n">—</td></tr>
<tr><td>Pharmacists – ACPE contact hours (knowledge)</td><td class="n">4.0</td><td class="n">—</td></tr>
<tr class="me"><td>Laboratory professionals – ASCLS P.A.C.E.® contact hours</td><td class="n">6.0</td><td class="n">5.0</td></tr></table>
<div class="acc">In support of improving patient care, Lakeshore Academic Medical Center is jointly accredited by the Accreditation Council for
Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing
Center (ANCC), to provide continuing education for the healthcare team. LAMC is also approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Credit designations for each profession are listed on
the certificate; learners should claim only the credit commensurate with the extent of their participation.</div>
<div class="acc" style="margin-top:40px">Certificate generated December 1, 2025 · Claim submitted November 20, 2025 · Learner record 0048-2291</div>
<div class="pb"></div>
<h2 style="font-size:13pt;font-family:'DejaVu Sans'">Learner session record – Farida N. Rahimi</h2>
<table class="log"><tr><th>Day</th><th>Session</th><th>Attended</th></tr>
<tr><td>Thu</td><td>Opening plenary</td><td>Yes</td></tr>
<tr><td>Thu</td><td>Laboratory stewardship panel</td><td>Yes</td></tr>
<tr><td>Thu</td><td>Transfusion medicine case review</td><td>No</td></tr>
<tr><td>Fri</td><td>Molecular oncology update</td><td>Yes</td></tr>
<tr><td>Fri</td><td>Point-of-care testing oversight</td><td>Yes</td></tr>
<tr><td>Fri</td><td>Closing remarks</td><td>Yes</td></tr></table>
</body></html>'''}, pages=2)

# ---- l27 hospital safety day, python-docx, two-column form table ---------------------
def _m27():
    d = dx_new(False, 0.9, 'Liberation Sans', 10.5)
    t = d.add_table(rows=1, cols=2); dx_widths(t, [4.6, 2.1])
    dx_cell(t.rows[0].cells[0], 'Valley Crest Medical Center', 17, True, color='8B0000')
    dx_p(d, 'Laboratory Services  |  Education & Compliance', 9.5, color='444444', cell=t.rows[0].cells[0])
    dx_cell(t.rows[0].cells[1], 'Form VCMC-LS-221', 8, align='r', color='666666')
    dx_p(d, 'Rev. 08/2024', 8, align='r', color='666666', cell=t.rows[0].cells[1])
    dx_p(d, '', after=20)
    dx_p(d, 'CONTINUING EDUCATION CREDIT VERIFICATION', 14, True, align='c', after=4)
    dx_p(d, '(in-house education – retain for your certification records)', 9, italic=True, align='c', after=20)
    rows = [('Participant name', 'Rosalind E. Okonkwo-Barnes'), ('Employee #', '77120'),
            ('Job title', 'Medical Laboratory Technician, Hematology'),
            ('Education activity', 'Laboratory Safety Training: Bloodborne Pathogens and Chemical Spill Response'),
            ('Delivery', 'Annual Laboratory Safety Day (classroom and hands-on stations)'),
            ('Date of attendance', 'Tuesday, January 14, 2025'),
            ('CE hours', '2.0'),
            ('Instructor(s)', 'Mireille Duchamp, CHSP; Kofi Ampofo, MLS(ASCP)')]
    t = d.add_table(rows=len(rows), cols=2); dx_table_borders(t, sz=6, color='999999'); dx_widths(t, [2.0, 4.7])
    for i, (a, b) in enumerate(rows):
        dx_cell(t.rows[i].cells[0], a, 9.5, True); dx_cell_shade(t.rows[i].cells[0], 'F2E6E6')
        dx_cell(t.rows[i].cells[1], b, 10.5)
    dx_p(d, '', after=16)
    dx_p(d, 'Valley Crest Medical Center Laboratory Services verifies that the above employee completed the education activity '
         'listed. This in-house activity was not submitted for P.A.C.E.® approval; CE hours reflect actual instructional time and '
         'may be used toward ASCP BOC CMP requirements in the Laboratory or Management safety category.', 9.5, align='j', after=40)
    t = d.add_table(rows=3, cols=2); dx_widths(t, [3.35, 3.35])
    dx_cell(t.rows[0].cells[0], '_______________________________'); dx_cell(t.rows[0].cells[1], '_______________________________')
    dx_cell(t.rows[1].cells[0], 'Priscilla Haugen, MS, MLS(ASCP)', 10, True); dx_cell(t.rows[1].cells[1], 'January 17, 2025', 10, True)
    dx_cell(t.rows[2].cells[0], 'Laboratory Education Coordinator', 9); dx_cell(t.rows[2].cells[1], 'Date signed', 9)
    return d

cert(27, 'soffice-docx', 'hospital-inservice', ['portrait', 'two-column-form-table', 'shaded-labels', 'signature-date'],
     'Title contains "Safety"; delivery line names the Safety Day event (not the title); no activity number; employee # and form no. distractors; signed date.',
     'Rosalind E. Okonkwo-Barnes', 'Laboratory Safety Training: Bloodborne Pathogens and Chemical Spill Response', '2025-01-14',
     2.0, 'CE hour', ['Valley Crest Medical Center', 'Valley Crest Medical Center, Laboratory Services'], None,
     'January 14, 2025', {'make': _m27, 'author': 'VCMC Laboratory Services'})

# ---- l28 LabCE, FPDF, landscape ribbon style -----------------------------------------
cert(28, 'fpdf', 'labce', ['landscape', 'ribbon-header', 'centred', 'footer-facts'],
     'Purchase order and certificate numbers; "issued" date differs; Florida board provider number distractor.',
     'Siobhan M. Gallagher-Pruitt', 'Hemoglobinopathies: Electrophoresis and HPLC Interpretation', '2025-12-29', 1.5,
     'contact hour', ['LabCE'], '1402', 'December 29, 2025', {'php': r'''
$pdf = new FPDF('L', 'mm', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(28, 110, 140); $pdf->Rect(0, 20, 279.4, 26, 'F');
$pdf->SetFillColor(236, 180, 40); $pdf->Rect(0, 46, 279.4, 2, 'F');
$pdf->SetTextColor(255); $pdf->SetFont('Arial', 'B', 26); $pdf->SetXY(20, 26); $pdf->Cell(80, 14, 'LabCE', 0, 0);
$pdf->SetFont('Arial', '', 11); $pdf->SetXY(150, 26); $pdf->Cell(110, 14, t('Certificate of Continuing Education'), 0, 0, 'R');
$pdf->SetTextColor(0);
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(0, 66); $pdf->Cell(279.4, 8, t('Presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 28); $pdf->Cell(279.4, 14, t('Siobhan M. Gallagher-Pruitt'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->Cell(279.4, 10, t('for successfully completing'), 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 18); $pdf->Cell(279.4, 12, t('Hemoglobinopathies: Electrophoresis and HPLC Interpretation'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->Cell(279.4, 9, t('on December 29, 2025'), 0, 1, 'C');
$pdf->Ln(6);
$pdf->SetFont('Arial', 'B', 14); $pdf->Cell(279.4, 9, t('1.5 P.A.C.E.® Contact Hours'), 0, 1, 'C');
$pdf->SetFont('Arial', '', 10); $pdf->Cell(279.4, 6, t('Course #1402  ·  Level: Advanced  ·  Category: Hematology'), 0, 1, 'C');
$pdf->SetDrawColor(28, 110, 140); $pdf->SetLineWidth(0.3); $pdf->Line(20, 170, 259.4, 170);
$pdf->SetFont('Arial', '', 7.5); $pdf->SetXY(20, 173);
$pdf->MultiCell(239.4, 3.6, t('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by '
 . 'the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel provider no. 50-12876. '
 . 'Certificate No. 7C41-99D0-2E18  ·  Purchase Order PO-77812  ·  Issued 01/02/2026'), 0, 'C');
$pdf->Output('F', $OUT);
'''})

# ---- l29 ASCP wallet card (front and back), PostScript ---------------------------------
def _ps29():
    L = ['[6 4] 0 setdash 0.5 setlinewidth 0.5 setgray 60 560 252 162 0.5 box 324 560 252 162 0.5 box [] 0 setdash 0 setgray']
    L.append('/H-R 7 fnt 60 730 %s lft' % pss('Cut along dashed lines and fold. Keep this card with your CMP records.'))
    # front
    L.append('0.04 0.19 0.38 setrgbcolor 60 690 252 32 rectfill 1 setgray /H-B 14 fnt 70 701 (ASCP) lft')
    L.append('/H-R 6.5 fnt 302 707 %s rgt /H-R 6.5 fnt 302 698 %s rgt 0 setgray' %
             (pss('American Society for Clinical Pathology'), pss('CMLE Credit Card')))
    L.append('/H-R 6 fnt 70 677 (NAME) lft /H-B 11 fnt 70 665 %s lft' % pss('VIKRAM S. RAGHUNATHAN'))
    L.append('/H-R 6 fnt 70 648 (ACTIVITY) lft')
    y = 637
    for ln in ps_wrap('Flow Cytometry Basics: Gating Strategies for Leukemia/Lymphoma Panels', 'Helvetica-Bold', 8.5, 228):
        L.append('/H-B 8.5 fnt 70 %d %s lft' % (y, pss(ln))); y -= 10
    L.append('/H-R 6 fnt 70 598 (CMLE CREDITS) lft /H-B 12 fnt 70 585 (1.5) lft')
    L.append('/H-R 6 fnt 170 598 (COMPLETED) lft /H-B 9 fnt 170 586 (04/03/2025) lft')
    L.append('/H-R 5.5 fnt 70 568 (Member ID 0009931027) lft')
    # back
    L.append('/H-B 8 fnt 334 708 %s lft' % pss('ASCP Activity ID: FC-0403-25'))
    y = 694
    for ln in ps_wrap('The American Society for Clinical Pathology designates this enduring material for a maximum of 1.5 CMLE '
                      'credits. Participants should claim only the credit commensurate with the extent of their participation. '
                      'CMLE credit is accepted for the ASCP BOC Credential Maintenance Program.', 'Helvetica', 6.5, 232):
        L.append('/H-R 6.5 fnt 334 %d %s lft' % (y, pss(ln))); y -= 8
    L.append('/H-R 6 fnt 334 590 %s lft' % pss('Card printed 04/05/2025  ·  Valid as documentation for audit'))
    L.append('334 575 120 0.4 hline /H-O 6 fnt 334 568 (Learner signature) lft')
    # the remainder of the sheet: explanatory letter text
    y = 520
    for para in ['Dear Learner,',
                 'Your wallet card for the activity shown above is printed at the top of this page. The front of the card '
                 'lists your name, the activity title, the CMLE credits earned and the date you completed the post-test; the '
                 'back lists the ASCP activity identifier and the credit designation statement.',
                 'Questions about your transcript may be directed to ASCP Customer Service.']:
        for ln in ps_wrap(para, 'Times-Roman', 11, 470):
            L.append('/F-R 11 fnt 70 %d %s lft' % (y, pss(ln))); y -= 14
        y -= 8
    return '\n'.join(L)

cert(29, 'ghostscript', 'ascp', ['portrait', 'wallet-card', 'front-back', 'cut-lines', 'all-caps-name'],
     'Fold-over wallet card: front has name/title/credits/date, back has activity ID; slash in title; member ID and card-printed date distractors.',
     'VIKRAM S. RAGHUNATHAN', 'Flow Cytometry Basics: Gating Strategies for Leukemia/Lymphoma Panels', '2025-04-03', 1.5,
     'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'FC-0403-25', '04/03/2025', {'ps': _ps29()})

# ---- l30 NSH workshop, TCPDF, centred with meeting range vs workshop day --------------
cert(30, 'tcpdf', 'nsh', ['portrait', 'centred', 'workshop', 'meeting-range-distractor', 'two-signatures'],
     'Workshop on Sep 20 inside a convention running Sep 18-23 (range is a distractor); workshop number; meeting name printed separately.',
     'Marisol Echeverría', 'Troubleshooting Immunohistochemistry: Antigen Retrieval and Background Staining', '2025-09-20', 3.0,
     'contact hour', ['National Society for Histotechnology', 'NSH'], 'W-27', 'September 20, 2025', {'php': r'''
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(25, 20, 25);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(110, 40, 120))); $pdf->RoundedRect(12, 12, 191.9, 255.4, 6, '1111');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(110, 40, 120))); $pdf->RoundedRect(16, 16, 183.9, 247.4, 5, '1111');
$h = '<div style="text-align:center;font-family:dejavuserif;">
<span style="font-size:30pt;color:#6e2878;font-weight:bold;">NSH</span><br/>
<span style="font-size:12pt;">National Society for Histotechnology</span><br/><br/>
<span style="font-size:10pt;color:#555555;">51st Annual Symposium/Convention · Providence, Rhode Island · September 18–23, 2025</span><br/><br/><br/>
<span style="font-size:24pt;">Certificate of Attendance</span><br/><br/>
<span style="font-size:11pt;">The National Society for Histotechnology certifies that</span><br/><br/>
<span style="font-size:21pt;font-weight:bold;">Marisol Echeverría, HTL(ASCP)CM</span><br/><br/>
<span style="font-size:11pt;">attended the half-day workshop</span><br/><br/>
<span style="font-size:15pt;font-weight:bold;color:#6e2878;">Troubleshooting Immunohistochemistry: Antigen Retrieval and Background Staining</span><br/><br/>
</div>
<table cellpadding="4" style="font-family:dejavusans;font-size:10pt;" align="center">
<tr><td width="140" align="right">Workshop #:</td><td width="160"><b>W-27</b></td></tr>
<tr><td align="right">Workshop date:</td><td><b>September 20, 2025</b></td></tr>
<tr><td align="right">Contact hours:</td><td><b>3.0</b></td></tr>
<tr><td align="right">Attendee badge:</td><td>5518-0332</td></tr>
</table>
<br/><div style="font-family:dejavusans;font-size:8pt;text-align:center;">NSH is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel provider #50-12345.</div>';
$pdf->SetY(26); $pdf->writeHTML($h, true, false, true, false, '');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Line(30, 238, 95, 238); $pdf->Line(120, 238, 185, 238);
$pdf->SetXY(30, 239); $pdf->Cell(65, 4, 'Annika Rosenqvist, HT(ASCP)', 0, 2); $pdf->Cell(65, 4, 'President, NSH', 0, 0);
$pdf->SetXY(120, 239); $pdf->Cell(65, 4, 'Delphine Marsh, MS, HTL(ASCP)QIHC', 0, 2); $pdf->Cell(65, 4, 'Chair, Education Committee', 0, 0);
$pdf->Output($OUT, 'F');
'''})

# ---- l31 public health lab sentinel training, ReportLab AcroForm with checkboxes ------
def _d31(c, W, H):
    rl_text(c, 54, H - 58, 'ALDER BAY COUNTY', 'Helvetica-Bold', 10, HexColor('#555555'))
    rl_text(c, 54, H - 80, 'Alder Bay County Public Health Laboratory', 'Times-Bold', 19)
    rl_text(c, 54, H - 96, 'Bioterrorism Preparedness and Response Program', 'Times-Italic', 10.5)
    c.setLineWidth(2); c.line(54, H - 106, W - 54, H - 106); c.setLineWidth(0.5); c.line(54, H - 110, W - 54, H - 110)
    rl_ctext(c, W / 2, H - 146, 'TRAINING COMPLETION CERTIFICATE', 'Helvetica-Bold', 15)
    y = H - 190
    for lab, nm, val, w in (('Participant', 'p', 'Quentin R. Delacroix-Boyd', 300),
                            ('Sentinel laboratory', 'l', 'Harmon Falls Community Hospital', 300),
                            ('Course', 'c', 'Sentinel Laboratory Rule-Out and Referral of Select Agents (Wet Workshop)', 380),
                            ('Course ID', 'i', 'SLT-25-03', 150), ('Date', 'd', '03/20/2025', 150),
                            ('P.A.C.E. contact hours', 'h', '4.0', 80)):
        rl_text(c, 54, y + 4, lab + ':', 'Helvetica', 9.5)
        rl_field(c, nm, val, 170, y, w, 16, 'Helvetica-Bold', 10)
        c.setStrokeColor(HexColor('#888888')); c.line(170, y - 1, 170 + w, y - 1); c.setStrokeColor(black)
        y -= 28
    rl_text(c, 54, y, 'Components completed:', 'Helvetica', 9.5)
    y -= 20
    for i, t in enumerate(['Biosafety and risk assessment lecture', 'Rule-out algorithms for B. anthracis, Y. pestis, F. tularensis, Brucella spp.',
                           'Packaging and chain-of-custody exercise', 'Written assessment (score 92%)']):
        c.acroForm.checkbox(name='cb%d' % i, x=70, y=y - 3, size=11, checked=True, buttonStyle='check', borderWidth=0.5)
        rl_text(c, 88, y, t, 'Helvetica', 9.5); y -= 18
    y -= 10
    y = rl_para(c, 'The Alder Bay County Public Health Laboratory is approved as a provider of continuing education programs in '
                'the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This workshop fulfils the annual sentinel '
                'laboratory competency exercise recommended by the Laboratory Response Network.', 54, y, W - 108, 'Helvetica', 9, 12)
    rl_sig(c, 54, 120, 210, 'Ayesha M. Thornbury, PhD', 'LRN Coordinator / Laboratory Director', script='A. Thornbury', size=9)
    rl_text(c, W - 54, 104, 'Issued 03/27/2025', 'Helvetica', 8, right=True)
    rl_text(c, W - 54, 94, 'Registration #: ABPHL-25-0212', 'Helvetica', 8, right=True)

cert(31, 'reportlab-acroform', 'public-health', ['portrait', 'form-fields', 'checkboxes', 'letterhead-rules', 'signature'],
     'Flattened checkboxes; title includes "(Wet Workshop)"; assessment score; issued date and registration # distractors.',
     'Quentin R. Delacroix-Boyd', 'Sentinel Laboratory Rule-Out and Referral of Select Agents (Wet Workshop)', '2025-03-20', 4.0,
     'contact hour', ['Alder Bay County Public Health Laboratory',
      'Alder Bay County Public Health Laboratory, Bioterrorism Preparedness and Response Program'], 'SLT-25-03', '03/20/2025', {'draw': _d31})

# ---- l32 MediaLab transcript, flat ODT, landscape table -------------------------------
_row = lambda cells, st='TD': '<table:table-row>' + ''.join(
    '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (st, fp(ps, fx(v)))
    for v, ps in cells) + '</table:table-row>'
cert(32, 'soffice-fodt', 'medialab', ['landscape', 'transcript-of-one', 'table', 'summary-block'],
     'Transcript with one course row; title contains "Program"; transcript run date and employee ID distractors; expiry column for course access.',
     'Deshawn K. Liverpool', 'Quality Control Program Design: Westgard Rules and Sigma Metrics', '2026-01-08', 2.0,
     'contact hour', ['MediaLab, Inc.', 'MediaLab'], '2219', '01/08/2026', {
        'land': True, 'font': 'Liberation Sans', 'margin': '0.6in', 'fsize': '10pt',
        'styles': [fo_pstyle('H', '20pt', True, color='#2E6B3F'), fo_pstyle('H2', '12pt', after='0.2in'),
                   fo_pstyle('M', '10pt', after='0.02in'), fo_pstyle('TH', '8.5pt', True), fo_pstyle('TDp', '9.5pt'),
                   fo_pstyle('TDb', '9.5pt', True),
                   fo_pstyle('Sm', '8pt', before='0.25in', color='#444444'), fo_tstyle('b', bold=True),
                   fo_tablestyle('T', '9.8in', 'left'), fo_colstyle('c1', '1.0in'), fo_colstyle('c2', '5.0in'),
                   fo_colstyle('c3', '1.3in'), fo_colstyle('c4', '1.2in'), fo_colstyle('c5', '1.3in'),
                   fo_cellstyle('TH', border='0.5pt solid #2E6B3F', bg='#DDEBDD'), fo_cellstyle('TD')],
        'body': ''.join([
            fp('H', 'MediaLab'), fp('H2', 'Continuing Education Transcript'),
            fp('M', 'Learner: ' + fspan('b', 'Deshawn K. Liverpool')),
            fp('M', 'Employee ID: 31-0456   ·   Organization: Keystone Pathology Partners'),
            fp('M', 'Transcript run: 02/02/2026   ·   Period: 01/01/2026 – 01/31/2026'),
            '<text:p text:style-name="M"/>',
            '<table:table table:name="tr" table:style-name="T">'
            '<table:table-column table:style-name="c1"/><table:table-column table:style-name="c2"/>'
            '<table:table-column table:style-name="c3"/><table:table-column table:style-name="c4"/>'
            '<table:table-column table:style-name="c5"/>' +
            _row([('Course No.', 'TH'), ('Course Title', 'TH'), ('Date Completed', 'TH'), ('Contact Hours', 'TH'),
                  ('Access Ends', 'TH')], 'TH') +
            _row([('2219', 'TDp'), ('Quality Control Program Design: Westgard Rules and Sigma Metrics', 'TDb'),
                  ('01/08/2026', 'TDp'), ('2.0', 'TDp'), ('12/31/2026', 'TDp')]) +
            '</table:table>',
            fp('M', ' '),
            fp('M', fx('Total P.A.C.E.® contact hours for period: 2.0')),
            fp('Sm', fx('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
                        'sciences by the ASCLS P.A.C.E.® Program. Courses marked complete include a passing final exam. This '
                        'transcript lists courses completed during the period shown only.')),
        ])})

# ---- l33 regional conference with daily hours, ReportLab, portrait -------------------
def _d33(c, W, H):
    navy = HexColor('#1a2b4c')
    c.setFillColor(navy); c.rect(0, H - 150, W, 150, fill=1, stroke=0)
    c.setFillColor(HexColor('#f2c14e'))
    p = c.beginPath(); p.moveTo(W - 120, H); p.lineTo(W, H); p.lineTo(W, H - 150); p.lineTo(W - 200, H - 150); p.close()
    c.drawPath(p, fill=1, stroke=0)
    rl_text(c, 54, H - 62, 'North Star Society for Clinical Laboratory Science', 'Helvetica-Bold', 16, white)
    rl_text(c, 54, H - 80, 'NSSCLS', 'Helvetica', 10, HexColor('#f2c14e'))
    rl_text(c, 54, H - 118, 'Certificate of Continuing Education', 'Times-Italic', 22, white)
    rl_text(c, 54, H - 200, 'Issued to', 'Helvetica', 9, HexColor('#777777'))
    rl_text(c, 54, H - 226, 'THADDEUS O. VILLANUEVA-KRAUSE', 'Helvetica-Bold', 20, navy)
    rl_text(c, 54, H - 262, 'for attending the', 'Helvetica', 9, HexColor('#777777'))
    rl_text(c, 54, H - 286, 'North Star Laboratory Science Conference 2024', 'Times-Bold', 19)
    rl_text(c, 54, H - 304, 'October 17–18, 2024  ·  Duluth Entertainment Convention Center, Duluth, Minnesota', 'Times-Roman', 11)
    # daily breakdown
    y = H - 350
    rl_text(c, 54, y, 'Contact hours by day', 'Helvetica-Bold', 10); y -= 6
    c.setStrokeColor(navy); c.setLineWidth(0.8); c.line(54, y, 330, y); y -= 16
    for d, h in (('Thursday, October 17', '6.0'), ('Friday, October 18', '5.5')):
        rl_text(c, 60, y, d, 'Helvetica', 10); rl_text(c, 325, y, h, 'Helvetica', 10, right=True); y -= 18
    c.line(54, y + 10, 330, y + 10)
    rl_text(c, 60, y - 4, 'Total P.A.C.E.® contact hours', 'Helvetica-Bold', 10.5)
    rl_text(c, 325, y - 4, '11.5', 'Helvetica-Bold', 11, right=True)
    # right column facts
    fx0 = 380; fy = H - 366
    for lab, val in (('Conference ID', 'NS24-ANNUAL'), ('Member #', '4471'), ('Badge #', '0218')):
        rl_text(c, fx0, fy, lab, 'Helvetica', 8, HexColor('#777777')); rl_text(c, fx0, fy - 14, val, 'Helvetica-Bold', 11)
        fy -= 36
    y = rl_para(c, 'The North Star Society for Clinical Laboratory Science is approved as a provider of continuing education '
                'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Hours shown reflect the sessions '
                'scanned on the attendee badge. Falsification of attendance records may result in revocation of credit.',
                54, H - 470, W - 108, 'Helvetica', 8.5, 11.5)
    rl_sig(c, 54, 150, 200, 'Signe Halvorsen-Booker, MLS(ASCP)', 'Conference Chair', script='Signe Halvorsen-Booker', size=9)
    rl_sig(c, 330, 150, 200, 'Dale R. Fenwick, MS', 'NSSCLS Treasurer & CE Recorder', script='D. Fenwick', size=9)
    rl_text(c, 54, 60, 'Issued November 4, 2024', 'Helvetica', 7.5, HexColor('#777777'))

cert(33, 'reportlab', 'state-society', ['portrait', 'header-band', 'all-caps-name', 'daily-breakdown', 'two-signatures', 'date-range'],
     'Per-day hours 6.0 + 5.5 with total 11.5 as the credit; ALL-CAPS name; member, badge numbers; conference ID; issued date.',
     'THADDEUS O. VILLANUEVA-KRAUSE', 'North Star Laboratory Science Conference 2024', '2024-10-18', 11.5, 'contact hour',
     ['North Star Society for Clinical Laboratory Science', 'NSSCLS'], 'NS24-ANNUAL', 'October 17–18, 2024', {'draw': _d33})

# ---- l34 ASM Microbe session, Chromium, landscape labels-above ------------------------
cert(34, 'chromium', 'asm', ['landscape', 'labels-above-values', 'meeting-name-line', 'grid-facts'],
     'Session certificate; meeting name printed above session title (not the title); session ID vs abstract and badge numbers; meeting range vs session date.',
     'Bartholomew F. Nguyen-Lindgren', 'Rapid Blood Culture Identification Panels: Interpreting Discordant Results', '2025-06-21',
     1.0, 'contact hour', ['American Society for Microbiology', 'ASM'], 'CPHM-14', 'June 21, 2025', {'html': '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>''' + page_css('letter landscape') + '''
body{font-family:"Liberation Sans",sans-serif;color:#202020}
.pg{width:11in;height:8.5in;padding:0.55in 0.75in;position:relative}
.top{display:flex;justify-content:space-between;align-items:center;border-bottom:4px solid #00843d;padding-bottom:10px}
.logo{font-size:34pt;font-weight:bold;color:#00843d;font-family:"Liberation Serif"}
.org{font-size:11pt;text-align:right}
h1{font-size:13pt;letter-spacing:4px;color:#00843d;margin:26px 0 2px 0}
.mt{font-size:11pt;color:#555;margin-bottom:18px}
.l{font-size:7.5pt;color:#777;letter-spacing:1.2px;text-transform:uppercase}
.v{font-size:12.5pt;margin:3px 0 14px 0}
.big{font-size:24pt;font-weight:bold}
.tt{font-size:17pt;font-weight:bold;font-family:"Liberation Serif"}
.row{display:flex;gap:0.5in}.row>div{min-width:1.4in}
.acc{position:absolute;bottom:0.55in;left:0.75in;right:0.75in;font-size:8pt;color:#444;border-top:1px solid #bbb;padding-top:6px}
</style></head><body><div class="pg">
<div class="top"><div class="logo">ASM</div><div class="org">American Society for Microbiology<br><span style="font-size:9pt;color:#666">Washington, DC</span></div></div>
<h1>SESSION CERTIFICATE</h1>
<div class="mt">ASM Microbe 2025 · Los Angeles, California · June 19–23, 2025</div>
<div class="l">This certifies that</div><div class="v big">Bartholomew F. Nguyen-Lindgren</div>
<div class="l">attended the educational session</div><div class="v tt">Rapid Blood Culture Identification Panels: Interpreting Discordant Results</div>
<div class="row">
<div><div class="l">Session ID</div><div class="v">CPHM-14</div></div>
<div><div class="l">Session date</div><div class="v">June 21, 2025</div></div>
<div><div class="l">Contact hours</div><div class="v">1.0</div></div>
<div><div class="l">Track</div><div class="v">Clinical &amp; Public Health Microbiology</div></div>
</div>
<div class="row">
<div><div class="l">Badge no.</div><div class="v">MB25-220817</div></div>
<div><div class="l">Abstract no.</div><div class="v">3312</div></div>
<div><div class="l">Certificate issued</div><div class="v">July 8, 2025</div></div>
</div>
<div class="acc">The American Society for Microbiology is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded per session attended and verified by badge scan.</div>
</div></body></html>'''})

# ---- l35 AABB enduring material, python-docx, portrait centred -------------------------
def _m35():
    d = dx_new(False, 0.9, 'Liberation Serif', 11)
    dx_page_border(d, color='9E1B32', sz=12, space=24, val='single')
    dx_p(d, 'AABB', 28, True, align='c', color='9E1B32', spacing=3, before=10)
    dx_p(d, 'Association for the Advancement of Blood & Biotherapies', 11, align='c', after=30)
    dx_p(d, 'Continuing Education Certificate', 22, align='c', after=24)
    dx_p(d, 'This certifies that', 11, italic=True, align='c', after=8)
    dx_p(d, "Kathleen O'Shaughnessy-Ward", 22, True, align='c', after=8)
    dx_p(d, 'has completed the enduring material', 11, italic=True, align='c', after=10)
    dx_p(d, 'ENDURING MATERIAL · SELF-PACED', 8, True, align='c', color='777777', spacing=1.5)
    dx_p(d, 'Transfusion Reactions: Recognition, Investigation, and Reporting', 16, True, align='c', after=22)
    t = d.add_table(rows=2, cols=3); t.alignment = WD_TABLE_ALIGNMENT.CENTER; dx_widths(t, [2.0, 2.0, 2.0])
    for i, (a, b) in enumerate((('Program #', '24EM-112'), ('Completion date', 'December 5, 2024'),
                                ('P.A.C.E.® contact hours', '2.0'))):
        dx_cell(t.rows[0].cells[i], a, 8.5, color='666666', align='c')
        dx_cell(t.rows[1].cells[i], b, 12, True, align='c')
    dx_p(d, '', after=30)
    dx_p(d, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
         'P.A.C.E.® Program. AABB is approved by the California Department of Public Health as a continuing education provider '
         'for California laboratory personnel (Provider No. 0001). This material was released January 8, 2024 and credit may be '
         'claimed until January 7, 2027.', 9, align='j', after=40)
    t = d.add_table(rows=3, cols=2); dx_widths(t, [3.3, 3.3])
    dx_cell(t.rows[0].cells[0], 'J. Arredondo', 16, italic=True, color='1D2A6B')
    dx_cell(t.rows[1].cells[0], 'Joaquín Arredondo, MD, MPH', 10, True)
    dx_cell(t.rows[2].cells[0], 'Chair, AABB Education Committee', 9)
    dx_cell(t.rows[1].cells[1], 'Customer ID: 00483319', 9, align='r')
    dx_cell(t.rows[2].cells[1], 'Printed 12/05/2024 16:42', 9, align='r')
    return d

cert(35, 'soffice-docx', 'aabb', ['portrait', 'centred', 'page-border', 'labels-above-values', 'signature'],
     "Apostrophe in name; enduring-material format line; California provider no. 0001; release/claim-until dates; customer ID; printed timestamp same day.",
     "Kathleen O'Shaughnessy-Ward", 'Transfusion Reactions: Recognition, Investigation, and Reporting', '2024-12-05', 2.0,
     'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '24EM-112', 'December 5, 2024',
     {'make': _m35, 'author': 'AABB'})

# ---- l36 webinar consultancy, FPDF, one-paragraph certificate -------------------------
cert(36, 'fpdf', 'webinar', ['portrait', 'one-paragraph', 'quoted-title', 'letterhead', 'signature'],
     'Entire certificate in one paragraph; title in quotes and contains "CAP" (not the provider); webinar no.; order no.',
     'Elijah T. Vanderpool', 'CAP Inspection Readiness for the Small Hospital Laboratory', '2026-03-03', 1.5, 'contact hour',
     ['Summit Lab Consulting, LLC'], 'SLC-W0326', 'March 3, 2026', {'php': r'''
$pdf = new FPDF('P', 'in', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(1.1, 1, 1.1); $pdf->AddPage();
$pdf->SetFont('Courier', 'B', 20); $pdf->SetTextColor(40, 70, 120); $pdf->SetXY(1.1, 1.0); $pdf->Cell(6.3, 0.35, t('Summit Lab Consulting, LLC'), 0, 1);
$pdf->SetFont('Courier', '', 9); $pdf->SetTextColor(80, 80, 80);
$pdf->Cell(6.3, 0.18, t('Laboratory regulatory compliance · education · webinars'), 0, 1);
$pdf->Cell(6.3, 0.18, t('PO Box 2291, Boise, ID 83701  ·  (208) 555-0190'), 0, 1);
$pdf->SetDrawColor(40, 70, 120); $pdf->SetLineWidth(0.03); $pdf->Line(1.1, 1.85, 7.4, 1.85);
$pdf->SetTextColor(0); $pdf->SetFont('Times', 'B', 16); $pdf->SetXY(1.1, 2.4);
$pdf->Cell(6.3, 0.3, t('Certificate of Continuing Education'), 0, 1, 'C');
$pdf->SetXY(1.1, 3.1); $pdf->SetFont('Times', '', 13);
$pdf->MultiCell(6.3, 0.3, t('Summit Lab Consulting, LLC certifies that Elijah T. Vanderpool, MLS(ASCP), has completed the live webinar '
 . '“CAP Inspection Readiness for the Small Hospital Laboratory” (Webinar No. SLC-W0326) on March 3, 2026 and is awarded 1.5 contact '
 . 'hours of P.A.C.E.® credit.'), 0, 'J');
$pdf->SetXY(1.1, 4.7); $pdf->SetFont('Times', 'I', 10);
$pdf->MultiCell(6.3, 0.2, t('Summit Lab Consulting, LLC is approved as a provider of continuing education programs in the clinical '
 . 'laboratory sciences by the ASCLS P.A.C.E.® Program. This webinar is not affiliated with or endorsed by the College of American Pathologists.'), 0, 'J');
$pdf->SetXY(1.1, 6.2); $pdf->SetFont('Times', 'I', 18); $pdf->SetTextColor(30, 40, 110); $pdf->Cell(3, 0.3, t('Marisa Quintrell'), 0, 1);
$pdf->SetTextColor(0); $pdf->Line(1.1, 6.55, 3.9, 6.55); $pdf->SetXY(1.1, 6.6); $pdf->SetFont('Times', '', 10);
$pdf->Cell(3, 0.18, t('Marisa Quintrell, MBA, MLS(ASCP)CM, CQA(ASQ)'), 0, 1);
$pdf->Cell(3, 0.18, t('Principal Consultant'), 0, 1);
$pdf->SetXY(1.1, 9.9); $pdf->SetFont('Courier', '', 7.5);
$pdf->Cell(6.3, 0.15, t('Order No. 260303-4418  ·  Certificate e-mailed 03/04/2026'), 0, 0, 'C');
$pdf->Output('F', $OUT);
'''})

# ---- l37 hospital POCT recertification, PostScript, certificate with expiry -----------
def _ps37():
    L = ['0.1 0.3 0.5 setrgbcolor 36 36 540 720 1.5 box 0 setgray']
    L.append('0.1 0.3 0.5 setrgbcolor 36 696 540 60 rectfill 1 setgray')
    L.append('/H-B 18 fnt 306 728 %s ctr /H-R 10 fnt 306 710 %s ctr 0 setgray' %
             (pss('Mercy Ridge Hospital'), pss('Point-of-Care Testing Program')))
    L.append('/F-B 24 fnt 306 640 %s ctr' % pss('Operator Certification'))
    L.append('/F-I 12 fnt 306 612 %s ctr' % pss('This is to certify that'))
    L.append('/F-B 22 fnt 306 580 %s ctr' % pss('Geraldine U. Fontaine, RN'))
    L.append('/F-I 12 fnt 306 552 %s ctr' % pss('has completed training, passed the written quiz and performed satisfactory'))
    L.append('/F-I 12 fnt 306 537 %s ctr' % pss('quality control and proficiency samples for'))
    L.append('/F-B 16 fnt 306 505 %s ctr' % pss('Point-of-Care Glucose Meter Operator Recertification'))
    rows = [('Date completed', 'September 10, 2024'), ('Module code', 'POC-GLU-R'), ('CE hour awarded', '1.0'),
            ('Operator ID', '4417-GF'), ('Certification expires', 'September 10, 2025'), ('Unit', '5 West Medical-Surgical')]
    y = 450
    L.append('0.6 setgray 150 %d 312 0.5 hline 0 setgray' % (y + 16))
    for a, b in rows:
        L.append('/H-R 10 fnt 300 %d %s rgt /H-B 10 fnt 312 %d %s lft' % (y, pss(a + ':'), y, pss(b)))
        L.append('0.85 setgray 150 %d 312 0.5 hline 0 setgray' % (y - 6)); y -= 22
    y -= 20
    for ln in ps_wrap('Operators must recertify annually to retain access to glucose meters. Laboratory staff may apply the CE hour '
                      'toward annual in-service requirements; this activity is not P.A.C.E. approved.', 'Helvetica', 9, 420):
        L.append('/H-R 9 fnt 306 %d %s ctr' % (y, pss(ln))); y -= 12
    L.append('96 140 180 0.6 hline 336 140 180 0.6 hline')
    L.append('/H-B 9 fnt 96 127 %s lft /H-R 8 fnt 96 116 %s lft' % (pss('Tobias Lindgren, MLS(ASCP)'), pss('POCT Coordinator')))
    L.append('/H-B 9 fnt 336 127 %s lft /H-R 8 fnt 336 116 %s lft' % (pss('Camila Ortega-Hsu, MD'), pss('Medical Director, Laboratory')))
    return '\n'.join(L)

cert(37, 'ghostscript', 'hospital-inservice', ['portrait', 'centred', 'banner', 'right-aligned-labels', 'two-signatures'],
     'Operator recertification with certification-expires date (distractor); operator ID; RN credential after name; not P.A.C.E. approved.',
     'Geraldine U. Fontaine', 'Point-of-Care Glucose Meter Operator Recertification', '2024-09-10', 1.0, 'CE hour',
     ['Mercy Ridge Hospital', 'Mercy Ridge Hospital, Point-of-Care Testing Program'], 'POC-GLU-R', 'September 10, 2024',
     {'ps': _ps37()})

# ---- l38 CAP annual meeting, TCPDF, landscape with side panel --------------------------
cert(38, 'tcpdf', 'cap', ['landscape', 'side-panel', 'claimed-vs-maximum', 'date-range', 'joint-accreditation-text'],
     'Meeting attendance; CE hours claimed 12.0 of 18.5 available; AMA PRA maximum 18.5 also printed; meeting ID; Ramón with accent.',
     'Ramón E. Castellanos-Ibarra', 'CAP25 Annual Meeting', '2025-09-16', 12.0, 'CE hour',
     ['College of American Pathologists', 'CAP'], 'CAP25-AM', 'September 13–16, 2025', {'php': r'''
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(0, 0, 0);
$pdf->AddPage();
$pdf->SetFillColor(236, 242, 248); $pdf->Rect(540, 0, 252, 612, 'F');
$pdf->SetFillColor(0, 85, 140); $pdf->Rect(0, 0, 792, 8, 'F');
$left = '<div style="font-family:helvetica;">
<span style="font-size:12pt;color:#00558c;font-weight:bold;">College of American Pathologists</span><br/><br/><br/>
<span style="font-size:30pt;font-family:times;">Certificate of Attendance</span><br/><br/>
<span style="font-size:10pt;color:#666666;">PRESENTED TO</span><br/>
<span style="font-size:22pt;font-weight:bold;">Ramón E. Castellanos-Ibarra</span><br/><br/>
<span style="font-size:10pt;color:#666666;">FOR ATTENDING</span><br/>
<span style="font-size:18pt;font-weight:bold;color:#00558c;">CAP25 Annual Meeting</span><br/>
<span style="font-size:11pt;">September 13–16, 2025 · Orlando, Florida</span></div>';
$pdf->writeHTMLCell(470, 0, 50, 60, $left, 0, 1);
$right = '<div style="font-family:helvetica;font-size:9.5pt;">
<b style="font-size:11pt;color:#00558c;">CREDIT SUMMARY</b><br/><br/>
Meeting ID<br/><b style="font-size:12pt;">CAP25-AM</b><br/><br/>
Continuing education (CE) hours available<br/><b style="font-size:12pt;">18.5</b><br/><br/>
CE hours claimed<br/><b style="font-size:16pt;">12.0</b><br/><br/>
AMA PRA Category 1 Credits™ (physicians only)<br/><b style="font-size:12pt;">max. 18.5</b><br/><br/>
Claim submitted<br/><b>09/30/2025</b><br/><br/>
Attendee ID<br/><b>A-2291847</b></div>';
$pdf->writeHTMLCell(200, 0, 566, 60, $right, 0, 1);
$acc = '<div style="font-family:helvetica;font-size:8pt;color:#333333;">In support of improving patient care, the College of American
Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for
Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.
The CAP designates this live activity for a maximum of 18.5 AMA PRA Category 1 Credits™ and a maximum of 18.5 CE hours for
non-physician laboratory professionals. Participants should claim only the credit commensurate with the extent of their participation.</div>';
$pdf->writeHTMLCell(460, 0, 50, 430, $acc, 0, 1);
$pdf->SetFont('times', 'I', 16); $pdf->SetTextColor(30, 40, 110); $pdf->SetXY(50, 520); $pdf->Cell(200, 18, 'H. Abernathy-Soto', 0, 0);
$pdf->SetTextColor(0); $pdf->Line(50, 540, 260, 540);
$pdf->SetFont('helvetica', 'B', 9); $pdf->SetXY(50, 543); $pdf->Cell(210, 12, 'Helena Abernathy-Soto, MD, FCAP', 0, 2);
$pdf->SetFont('helvetica', '', 8); $pdf->Cell(210, 10, 'Chair, CAP Council on Education', 0, 2);
$pdf->Output($OUT, 'F');
'''})

# ---- l39 reference-lab P.A.C.E. provider, ReportLab AcroForm, landscape grid form -----
def _d39(c, W, H):
    c.setFillColor(HexColor('#0d4f8b')); c.rect(40, H - 86, W - 80, 46, fill=1, stroke=0)
    rl_text(c, 54, H - 62, 'BluePeak Laboratory Services', 'Helvetica-Bold', 18, white)
    rl_text(c, 54, H - 78, 'Client Education  ·  Approved P.A.C.E.® provider', 'Helvetica', 9, white)
    rl_text(c, W - 54, H - 68, 'STATEMENT OF CE CREDIT', 'Helvetica-Bold', 12, white, right=True)
    grid = [[('Learner name', 'Ngozi A. Eze-Thornton', 350), ('Credentials', 'MLS(ASCP)CM', 180), ('Learner no.', 'BP-88213', 164)],
            [('Program title', 'Preanalytical Errors in Coagulation Testing', 540), ('Format', 'Lunch-and-learn', 160)],
            [('Program date', '08/14/2025', 170), ('P.A.C.E. Course No.', '517-402-25', 180), ('Contact hours', '1.0', 170),
             ('Level', 'Basic', 168)],
            [('Facility', 'Greenfield Regional Medical Center', 350), ('Presenter', 'Ilse Brandvold, MLS(ASCP)SH', 350)]]
    y = H - 130; x0 = 40
    for r, row in enumerate(grid):
        x = x0
        for lab, val, w in row:
            c.setStrokeColor(HexColor('#7f9bb8')); c.setLineWidth(0.6); c.rect(x, y - 22, w + 6, 40)
            rl_text(c, x + 5, y + 8, lab, 'Helvetica', 7, HexColor('#0d4f8b'))
            rl_field(c, 'g%d_%s' % (r, lab[:4]), val, x + 4, y - 18, w - 2, 18, 'Helvetica', 10.5)
            x += w + 6
        y -= 40
    y -= 16
    y = rl_para(c, 'BluePeak Laboratory Services is approved as a provider of continuing education programs in the clinical '
                'laboratory sciences by the ASCLS P.A.C.E.® Program. The learner attended the entire program and submitted an '
                'evaluation. Keep this statement for four years.', 44, y, W - 88, 'Helvetica', 9, 12)
    rl_text(c, 44, 120, 'Authorized by', 'Helvetica', 7, HexColor('#555555'))
    rl_field(c, 'auth', 'Corwin Ashby-Lowe, MBA, MLS(ASCP) - Education Manager', 44, 92, 330, 18, 'Helvetica', 10)
    c.line(44, 90, 374, 90)
    rl_text(c, 440, 120, 'Statement date', 'Helvetica', 7, HexColor('#555555'))
    rl_field(c, 'sdt', '08/29/2025', 440, 92, 120, 18, 'Helvetica', 10)
    c.line(440, 90, 560, 90)
    rl_text(c, 44, 52, 'BluePeak provider no. 517  ·  Form CE-STMT-3', 'Helvetica', 7)

cert(39, 'reportlab-acroform', 'ascls-pace', ['landscape', 'form-fields', 'boxed-grid', 'header-band'],
     'Grid form; P.A.C.E. course no. 517-402-25 vs provider no. 517; learner no.; statement date; lunch-and-learn format in separate box.',
     'Ngozi A. Eze-Thornton', 'Preanalytical Errors in Coagulation Testing', '2025-08-14', 1.0, 'contact hour',
     ['BluePeak Laboratory Services', 'BluePeak Laboratory Services, Client Education'], '517-402-25', '08/14/2025', {'draw': _d39, 'size': landscape(letter)})

# ---- l40 joint-accreditation case conference, flat ODT, portrait --------------------
cert(40, 'soffice-fodt', 'joint-cme', ['portrait', 'left-aligned', 'credit-list', 'series-title', 'signature'],
     'Series name before colon is part of title; list of credit types all 1.0 with P.A.C.E. highlighted as claimed; activity # vs learner ID.',
     'Ingrid Solberg-Amadi', 'Transfusion Medicine Case Conference: Massive Transfusion Protocol Activation in Trauma', '2025-10-02',
     1.0, 'contact hour', ['Riverbend University Health', 'Riverbend University Health, Continuing Education Department'],
     'RUH-TM-1002', 'October 2, 2025', {
        'font': 'DejaVu Sans', 'margin': '0.85in', 'fsize': '10pt',
        'styles': [fo_pstyle('O', '9pt', True, color='#8a1538', spacing='0.03in'),
                   fo_pstyle('O2', '15pt', True, after='0.02in'),
                   fo_pstyle('O3', '9.5pt', color='#555555', after='0.5in'),
                   fo_pstyle('Big', '26pt', font='DejaVu Serif', after='0.3in'),
                   fo_pstyle('L', '8pt', color='#777777', spacing='0.02in'),
                   fo_pstyle('Nm', '19pt', True, font='DejaVu Serif', after='0.2in'),
                   fo_pstyle('Tt', '14pt', True, font='DejaVu Serif', after='0.05in'),
                   fo_pstyle('V', '10.5pt', after='0.2in'),
                   fo_pstyle('Li', '10pt', after='0.03in', extra_p='fo:margin-left="0.25in"'),
                   fo_pstyle('Sm', '8pt', color='#444444', before='0.25in', align='justify'),
                   fo_pstyle('Sig', '9.5pt'), fo_tstyle('b', bold=True)],
        'body': ''.join([
            fp('O', 'RIVERBEND UNIVERSITY HEALTH'),
            fp('O2', 'Riverbend University Health'),
            fp('O3', 'Continuing Education Department'),
            fp('Big', 'Certificate of Completion'),
            fp('L', 'LEARNER'), fp('Nm', fx('Ingrid Solberg-Amadi, MLS(ASCP)CM')),
            fp('L', 'ACTIVITY'),
            fp('Tt', fx('Transfusion Medicine Case Conference: Massive Transfusion Protocol Activation in Trauma')),
            fp('V', 'Activity #: RUH-TM-1002   ·   Date: October 2, 2025   ·   Learner ID: 0087731'),
            fp('L', 'CREDIT'),
            fp('Li', fx('AMA PRA Category 1 Credits™ ............ 1.0 (not claimed)')),
            fp('Li', fx('ANCC nursing contact hours ................ 1.0 (not claimed)')),
            fp('Li', fx('ACPE pharmacy contact hours ............... 1.0 (not claimed)')),
            fp('Li', fspan('b', 'ASCLS P.A.C.E.® contact hours ........... 1.0 (claimed)')),
            fp('Sm', fx('In support of improving patient care, Riverbend University Health is jointly accredited by the Accreditation '
                        'Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and '
                        'the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. '
                        'Riverbend University Health is approved as a provider of continuing education programs in the clinical '
                        'laboratory sciences by the ASCLS P.A.C.E.® Program.')),
            fp('Sm', ' '),
            fp('Sig', '______________________________'),
            fp('Sig', fspan('b', 'Marcus Ellery-Tan, MD')),
            fp('Sig', 'Course Director, Transfusion Medicine Case Conference'),
            fp('Sm', 'Certificate generated 10/09/2025.'),
        ])})

# ---- l41 MediaLab, ReportLab, portrait, labels above values ---------------------------
def _d41(c, W, H):
    g = HexColor('#2E6B3F')
    c.setFillColor(HexColor('#f4f8f4')); c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(g); c.rect(0, H - 16, W, 16, fill=1, stroke=0); c.rect(0, 0, W, 16, fill=1, stroke=0)
    rl_text(c, 60, H - 76, 'MediaLab', 'Helvetica-Bold', 26, g)
    rl_text(c, 60, H - 94, 'Continuing education for laboratory professionals', 'Helvetica', 10, HexColor('#555555'))
    rl_text(c, 60, H - 170, 'Certificate', 'Times-Roman', 40)
    rl_text(c, 60, H - 198, 'OF COMPLETION', 'Helvetica', 12, g)
    def lv(x, y, lab, val, f='Helvetica-Bold', s=12):
        rl_text(c, x, y, lab.upper(), 'Helvetica', 7.5, HexColor('#6b6b6b'))
        rl_text(c, x, y - 16, val, f, s)
    rl_text(c, 60, H - 240, 'LEARNER', 'Helvetica', 7.5, HexColor('#6b6b6b'))
    rl_text(c, 60, H - 266, 'Francisco Javier Domínguez', 'Times-Bold', 22)
    rl_text(c, 60, H - 300, 'COURSE', 'Helvetica', 7.5, HexColor('#6b6b6b'))
    rl_para(c, 'HIPAA Privacy and Security for Laboratory Personnel (2025 Update)', 60, H - 306, 470, 'Times-Bold', 17, 21)
    lv(60, H - 370, 'Course code', 'HIP-LAB-25')
    lv(230, H - 370, 'Completed', 'January 31, 2025')
    lv(400, H - 370, 'Contact hours', '1.0')
    lv(60, H - 420, 'Organization', 'Brightwater Community Hospital', 'Helvetica', 11)
    lv(400, H - 420, 'Certificate ID', 'C-2025-0131-7782', 'Helvetica', 11)
    rl_para(c, 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences '
            'by the ASCLS P.A.C.E.® Program. HIPAA training is an annual requirement at many institutions; contact your '
            'compliance office for local due dates.', 60, H - 470, 480, 'Helvetica', 8.5, 11)
    rl_seal(c, W - 120, 150, 46, 'MediaLab', 'P.A.C.E.®', col=g)

cert(41, 'reportlab', 'medialab', ['portrait', 'labels-above-values', 'left-aligned', 'seal', 'parenthetical-title'],
     'Title ends with "(2025 Update)"; employer organization and certificate ID distractors; no signature.',
     'Francisco Javier Domínguez', 'HIPAA Privacy and Security for Laboratory Personnel (2025 Update)', '2025-01-31', 1.0,
     'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'HIP-LAB-25', 'January 31, 2025', {'draw': _d41})

# ---- l42 pathology group workshop (P.A.C.E. provider), Chromium, ornate award ---------
cert(42, 'chromium', 'ascls-pace', ['landscape', 'centred-award', 'ornamental-border', 'seal', 'suffix-name', 'format-line'],
     'Wet Workshop format line under title; suffix II; provider acronym CPA; P.A.C.E. course number; certificate serial and issue date distractors.',
     'Thaddeus J. Kowalski II', 'Fungal Identification Workshop: Yeasts, Molds, and MALDI-TOF', '2024-06-15', 6.0, 'contact hour',
     ['Clearwater Pathology Associates', 'CPA', 'Clearwater Pathology Associates, Division of Microbiology Outreach'], '622-105-24', 'June 15, 2024', {'html': '''<!DOCTYPE html><html><head>
<meta charset="utf-8"><style>''' + page_css('letter landscape') + '''
body{font-family:"C059","Liberation Serif",serif;color:#2b2118}
.pg{width:11in;height:8.5in;padding:0.35in;background:#fffdf6}
.f1{height:100%;border:14px double #6b4f1d;padding:10px}
.f2{height:100%;border:2px dotted #b08d3a;text-align:center;padding-top:0.35in;position:relative}
.org{font-size:20pt;letter-spacing:3px;color:#6b4f1d}.org2{font-size:10pt;font-style:italic;margin-top:2px}
h1{font-family:"URW Bookman",serif;font-size:34pt;margin:22px 0 4px 0;font-weight:normal}
.p{font-size:13pt;margin:8px 0}
.nm{font-size:28pt;font-weight:bold;font-style:italic;margin:6px 0 10px 0}
.tt{font-size:19pt;font-weight:bold;margin:4px 1.2in}
.fm{font-family:"Liberation Sans";font-size:9pt;letter-spacing:3px;color:#6b4f1d;margin-top:4px}
.seal{position:absolute;left:0.55in;bottom:0.5in;width:1.35in;height:1.35in;border-radius:50%;background:#b08d3a;color:#fff;
 font-family:"Liberation Sans";font-size:9pt;font-weight:bold;display:flex;align-items:center;justify-content:center;
 box-shadow:0 0 0 5px #fffdf6,0 0 0 7px #b08d3a}
.sig{position:absolute;right:0.7in;bottom:0.6in;width:2.8in;text-align:left;font-size:10pt;border-top:1px solid #2b2118;padding-top:3px}
.meta{position:absolute;left:2.3in;right:3.8in;bottom:0.55in;font-family:"Liberation Sans";font-size:7.5pt;text-align:left;line-height:1.4}
</style></head><body><div class="pg"><div class="f1"><div class="f2">
<div class="org">CLEARWATER PATHOLOGY ASSOCIATES</div>
<div class="org2">Clearwater Pathology Associates (CPA) · Division of Microbiology Outreach</div>
<h1>Certificate of Achievement</h1>
<div class="p">is hereby granted to</div>
<div class="nm">Thaddeus J. Kowalski II</div>
<div class="p">for completing the full-day hands-on program</div>
<div class="tt">Fungal Identification Workshop: Yeasts, Molds, and MALDI-TOF</div>
<div class="fm">WET WORKSHOP</div>
<div class="p" style="margin-top:14px">June 15, 2024 &nbsp;·&nbsp; 6.0 P.A.C.E.® contact hours</div>
<div class="seal">CPA<br>EDUCATION</div>
<div class="meta">P.A.C.E.® Course No. 622-105-24<br>Certificate serial 24-0615-0098 · Issued June 24, 2024<br>
Clearwater Pathology Associates is approved as a provider of continuing education programs in the clinical laboratory sciences by
the ASCLS P.A.C.E.® Program.</div>
<div class="sig"><b>Evelyn Marchbanks, PhD, D(ABMM)</b><br>Director, Microbiology Outreach</div>
</div></div></div></body></html>'''})

# ---- l43 technical college CEU, python-docx, form with re-entry program --------------
def _m43():
    d = dx_new(False, 0.85, 'Liberation Sans', 10)
    dx_p(d, 'Meadowbrook Technical College', 20, True, align='c', color='1F4E79')
    dx_p(d, 'Workforce & Continuing Education', 11, align='c', after=4)
    dx_p(d, '4100 Orchard Hill Road · Greenville, SC 29607', 8.5, align='c', color='666666', after=24)
    dx_p(d, 'CERTIFICATE OF COMPLETION AND CEU RECORD', 14, True, align='c', spacing=1, after=18)
    rows = [('Student', 'Abigail R. Thorne-Castellano'), ('Student ID', 'M00488127'),
            ('Course', 'Medical Laboratory Science Re-entry Program: Immunohematology Module'),
            ('Course No.', 'WCE-MLS-208'),
            ('Meeting dates', 'October 30 – November 20, 2025 (four Thursday evenings)'),
            ('Final grade', 'Satisfactory'),
            ('Continuing Education Units', '0.8 CEU'),
            ('Instructor', 'Bartholomew Osei-Tutu, MLS(ASCP)BB')]
    t = d.add_table(rows=len(rows), cols=2); dx_table_borders(t, sz=4, color='1F4E79'); dx_widths(t, [2.1, 4.7])
    for i, (a, b) in enumerate(rows):
        dx_cell(t.rows[i].cells[0], a, 9, True, color='1F4E79'); dx_cell_shade(t.rows[i].cells[0], 'E8EEF5')
        dx_cell(t.rows[i].cells[1], b, 10.5, bold=(i in (0, 2, 6)))
    dx_p(d, '', after=12)
    dx_p(d, 'Meadowbrook Technical College awards the Continuing Education Units shown above in accordance with the criteria of '
         'the International Accreditors for Continuing Education and Training (IACET). One CEU represents ten hours of '
         'participation in an organized continuing education experience. CEUs are non-credit and do not transfer toward a degree.',
         9, align='j', after=40)
    t = d.add_table(rows=3, cols=2); dx_widths(t, [3.4, 3.4])
    dx_cell(t.rows[0].cells[0], '______________________________'); dx_cell(t.rows[0].cells[1], '______________________________')
    dx_cell(t.rows[1].cells[0], 'Dr. Wanda Pettiford-Greene', 10, True); dx_cell(t.rows[1].cells[1], 'Registrar', 10, True)
    dx_cell(t.rows[2].cells[0], 'Dean, Workforce & Continuing Education', 9)
    dx_cell(t.rows[2].cells[1], 'Recorded December 3, 2025', 9)
    dx_p(d, '', after=90)
    dx_p(d, 'This document is not an official academic transcript. Record No. WCE-25-11937.', 8, italic=True, align='c', color='666666')
    return d

cert(43, 'soffice-docx', 'university-ceu', ['portrait', 'two-column-form-table', 'date-range', 'signature-pair'],
     'CEU 0.8 = 8 points; four-week date range ending Nov 20; title contains "Program"; student ID, record no., recorded date distractors.',
     'Abigail R. Thorne-Castellano', 'Medical Laboratory Science Re-entry Program: Immunohematology Module', '2025-11-20', 0.8,
     'CEU', ['Meadowbrook Technical College', 'Meadowbrook Technical College, Workforce & Continuing Education'], 'WCE-MLS-208',
     'October 30 – November 20, 2025', {'make': _m43, 'author': 'MTC Workforce & Continuing Education'})

# ---- l44 ASCP histotechnology lecture, FPDF, two-column label/value ------------------
cert(44, 'fpdf', 'ascp', ['portrait', 'label-value-form', 'dotted-leaders', 'signature', 'member-number'],
     'Two-column label/value form; hyphenated stain name in title; ASCP member number and transaction no. distractors.',
     'Ebony N. Washington-Price', 'Special Stains in Dermatopathology: Fontana-Masson, PAS, and Beyond', '2024-03-06', 1.0,
     'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'HT24-0306', '03/06/2024', {'php': r'''
$pdf = new FPDF('P', 'mm', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(25, 20, 25); $pdf->AddPage();
$pdf->SetFont('Times', 'B', 22); $pdf->SetTextColor(10, 49, 97); $pdf->SetXY(25, 25); $pdf->Cell(165.9, 10, 'ASCP', 0, 1, 'L');
$pdf->SetFont('Times', '', 11); $pdf->Cell(165.9, 6, t('American Society for Clinical Pathology'), 0, 1, 'L');
$pdf->SetDrawColor(10, 49, 97); $pdf->SetLineWidth(0.8); $pdf->Line(25, 44, 190.9, 44);
$pdf->SetTextColor(0); $pdf->SetFont('Arial', 'B', 15); $pdf->SetXY(25, 55);
$pdf->Cell(165.9, 8, t('CMLE Certificate of Completion'), 0, 1, 'L');
$pdf->SetFont('Arial', '', 10); $pdf->Cell(165.9, 6, t('Histotechnology Lecture Series'), 0, 1, 'L');
$pdf->Ln(8);
function row($pdf, $l, $v, $b = true) {
  $pdf->SetX(25); $pdf->SetFont('Arial', '', 10); $pdf->SetTextColor(70, 70, 70);
  $pdf->Cell(52, 9, t($l), 0, 0, 'L');
  $pdf->SetTextColor(0); $pdf->SetFont('Arial', $b ? 'B' : '', 11);
  $pdf->MultiCell(113.9, 9, t($v), 0, 'L');
  $y = $pdf->GetY(); $pdf->SetDrawColor(190); $pdf->SetLineWidth(0.2); $pdf->Line(25, $y, 190.9, $y);
}
row($pdf, 'Participant', 'Ebony N. Washington-Price, HT(ASCP)');
row($pdf, 'ASCP Member Number', '0012399483', false);
row($pdf, 'Activity title', 'Special Stains in Dermatopathology: Fontana-Masson, PAS, and Beyond');
row($pdf, 'Activity #', 'HT24-0306');
row($pdf, 'Format', 'Recorded lecture with post-test', false);
row($pdf, 'Date completed', '03/06/2024');
row($pdf, 'CMLE credits earned', '1.0');
row($pdf, 'Transaction no.', 'TX-55120987', false);
$pdf->Ln(10); $pdf->SetX(25); $pdf->SetFont('Arial', '', 9);
$pdf->MultiCell(165.9, 5, t('The ASCP is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide '
 . 'continuing medical education for physicians. The ASCP designates this enduring material for 1.0 CMLE credit. '
 . 'CMLE credit is accepted by the ASCP Board of Certification (BOC) toward the Credential Maintenance Program (CMP).'), 0, 'J');
$pdf->SetXY(25, 215); $pdf->SetFont('Times', 'I', 16); $pdf->SetTextColor(10, 49, 97); $pdf->Cell(80, 8, t('Delphine Okafor'), 0, 1);
$pdf->SetTextColor(0); $pdf->Line(25, 224, 100, 224); $pdf->SetX(25); $pdf->SetFont('Arial', 'B', 9); $pdf->SetXY(25, 226);
$pdf->Cell(80, 5, t('Delphine Okafor, MD, FASCP'), 0, 1); $pdf->SetX(25); $pdf->SetFont('Arial', '', 8.5);
$pdf->Cell(80, 5, t('Vice President, Education'), 0, 1);
$pdf->SetXY(25, 262); $pdf->SetFont('Arial', '', 7); $pdf->SetTextColor(110);
$pdf->Cell(165.9, 4, t('Certificate generated 03/06/2024 from your ASCP learning transcript.'), 0, 0, 'L');
$pdf->Output('F', $OUT);
'''})

# ---- l45 lab automation vendor, PostScript, landscape with topic list -----------------
def _ps45():
    L = ['0.95 setgray 0 0 792 612 rectfill 1 setgray 24 24 744 564 rectfill']
    L.append('0.85 0.35 0.05 setrgbcolor 24 540 744 48 rectfill 1 setgray')
    L.append('/H-B 20 fnt 48 556 %s lft /H-R 10 fnt 744 558 %s rgt 0 setgray' %
             (pss('KESTREL'), pss('Kestrel Lab Automation, Inc.  ·  Technical Training Institute')))
    L.append('/H-B 26 fnt 48 480 %s lft' % pss('Certificate of Technical Training'))
    L.append('/H-R 11 fnt 48 450 %s lft' % pss('Kestrel Lab Automation, Inc. certifies that'))
    L.append('/F-B 24 fnt 48 418 %s lft' % pss('Olumide B. Akinyemi'))
    L.append('/H-R 11 fnt 48 392 %s lft' % pss('completed the instructor-led course'))
    L.append('/F-B 18 fnt 48 364 %s lft' % pss('Total Laboratory Automation Track Maintenance and Troubleshooting'))
    L.append('/H-R 11 fnt 48 340 %s lft' % pss('at the Kestrel Training Center, Raleigh, North Carolina, February 24–26, 2026'))
    y = 300
    L.append('/H-B 9 fnt 48 %d %s lft' % (y, pss('Topics covered')))
    for t in ['Track module inspection and belt tensioning', 'Centrifuge and decapper preventive maintenance',
              'Error log interpretation and recovery', 'Sample tracking and middleware interface checks']:
        y -= 14; L.append('/H-R 9 fnt 58 %d %s lft' % (y, pss('•  ' + t)))
    # right facts box
    L.append('0.85 0.35 0.05 setrgbcolor 520 190 224 130 1 box 0 setgray')
    fy = 300
    for a, b in (('Course code', 'TLA-MT-300'), ('P.A.C.E.® contact hours', '18.0'), ('System ID', 'KLA-TR-02231'),
                 ('Site / account', 'Eastgate Medical Labs, #40417')):
        L.append('/H-R 8 fnt 532 %d %s lft /H-B 10.5 fnt 532 %d %s lft' % (fy, pss(a), fy - 13, pss(b))); fy -= 30
    y = 150
    for ln in ps_wrap('Kestrel Lab Automation, Inc. is approved as a provider of continuing education programs in the clinical '
                      'laboratory sciences by the ASCLS P.A.C.E.® Program. Level 2 service authorization is granted separately '
                      'by the field service organization and expires 24 months after training.', 'Helvetica', 8, 690):
        L.append('/H-R 8 fnt 48 %d %s lft' % (y, pss(ln))); y -= 10
    L.append('48 84 200 0.5 hline /H-B 9 fnt 48 72 %s lft /H-R 8 fnt 48 62 %s lft' %
             (pss('Franziska Oberholt'), pss('Director, Technical Training Institute')))
    L.append('/H-R 8 fnt 744 62 %s rgt' % pss('Certificate KLA-C-26-00871  ·  Issued 03/02/2026'))
    return '\n'.join(L)

cert(45, 'ghostscript', 'vendor', ['landscape', 'left-aligned', 'topic-list', 'facts-box', 'header-band', 'date-range'],
     'Three-day vendor course (date range Feb 24-26); topic bullet list; system ID, site account, certificate number, issue date distractors.',
     'Olumide B. Akinyemi', 'Total Laboratory Automation Track Maintenance and Troubleshooting', '2026-02-26', 18.0,
     'contact hour', ['Kestrel Lab Automation, Inc.', 'Kestrel Lab Automation, Inc., Technical Training Institute'],
     'TLA-MT-300', 'February 24–26, 2026', {'ps': _ps45(), 'size': (792, 612)})

# ---- l46 state society convention, TCPDF, portrait labels above values ---------------
cert(46, 'tcpdf', 'state-society', ['portrait', 'labels-above-values', 'two-column-grid', 'date-range', 'no-activity-id'],
     'Convention attendance, title is the convention name with ampersand; attendee ID and member no. distractors; no activity id.',
     'Persephone Z. Llewellyn', 'BCLA 2025 Annual Convention & Exhibit Show', '2025-03-28', 9.0, 'contact hour',
     ['Buckeye Clinical Laboratory Association', 'BCLA'], None, 'March 26–28, 2025', {'php': r'''
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(60, 50, 60);
$pdf->AddPage();
$pdf->SetFillColor(187, 0, 0); $pdf->Rect(60, 50, 6, 90, 'F');
$h = '<div style="font-family:helvetica;"><span style="font-size:20pt;font-weight:bold;">Buckeye Clinical Laboratory Association</span><br/>
<span style="font-size:10pt;color:#555555;">BCLA · Serving Ohio laboratory professionals since 1962</span></div>';
$pdf->writeHTMLCell(460, 0, 80, 60, $h, 0, 1);
$pdf->SetFont('times', '', 26); $pdf->SetXY(60, 180); $pdf->Cell(492, 30, 'Continuing Education Certificate', 0, 1);
$g = '<table cellpadding="6" style="font-family:helvetica;">
<tr><td colspan="2" style="font-size:7.5pt;color:#777777;">ATTENDEE</td></tr>
<tr><td colspan="2" style="font-size:18pt;font-weight:bold;">Persephone Z. Llewellyn</td></tr>
<tr><td colspan="2" style="font-size:7.5pt;color:#777777;">EVENT</td></tr>
<tr><td colspan="2" style="font-size:15pt;font-weight:bold;color:#bb0000;">BCLA 2025 Annual Convention &amp; Exhibit Show</td></tr>
<tr><td width="246" style="font-size:7.5pt;color:#777777;">DATES</td><td width="246" style="font-size:7.5pt;color:#777777;">LOCATION</td></tr>
<tr><td style="font-size:12pt;">March 26–28, 2025</td><td style="font-size:12pt;">Columbus, Ohio</td></tr>
<tr><td style="font-size:7.5pt;color:#777777;">P.A.C.E.® CONTACT HOURS</td><td style="font-size:7.5pt;color:#777777;">ATTENDEE ID</td></tr>
<tr><td style="font-size:16pt;font-weight:bold;">9.0</td><td style="font-size:12pt;">BCLA-25-0731</td></tr>
<tr><td style="font-size:7.5pt;color:#777777;">MEMBER NO.</td><td style="font-size:7.5pt;color:#777777;">DATE ISSUED</td></tr>
<tr><td style="font-size:12pt;">11-2093</td><td style="font-size:12pt;">April 11, 2025</td></tr>
</table>';
$pdf->writeHTMLCell(492, 0, 60, 230, $g, 0, 1);
$a = '<div style="font-family:helvetica;font-size:8.5pt;color:#333333;">The Buckeye Clinical Laboratory Association is approved as
a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Hours reflect the
educational sessions you attended as recorded by session check-in; exhibit hall time is not eligible for credit.</div>';
$pdf->writeHTMLCell(492, 0, 60, 560, $a, 0, 1);
$pdf->SetFont('helvetica', '', 9); $pdf->Line(60, 680, 250, 680); $pdf->SetXY(60, 684);
$pdf->Cell(200, 12, 'Dominic R. Szymanski, MS, MLS(ASCP)', 0, 2); $pdf->Cell(200, 12, 'BCLA Continuing Education Chair', 0, 0);
$pdf->Output($OUT, 'F');
'''})

# ---- l47 AMT CE verification form, ReportLab AcroForm ---------------------------------
def _d47(c, W, H):
    rl_text(c, 54, H - 60, 'American Medical Technologists', 'Times-Bold', 18, HexColor('#7a1010'))
    rl_text(c, 54, H - 76, 'AMT  ·  Certification Continuation Program (CCP)', 'Helvetica', 9.5)
    rl_text(c, W - 54, H - 60, 'CE ACTIVITY VERIFICATION', 'Helvetica-Bold', 10, right=True)
    rl_text(c, W - 54, H - 73, 'Form CCP-3', 'Helvetica', 8, right=True)
    c.setStrokeColor(HexColor('#7a1010')); c.setLineWidth(1.2); c.line(54, H - 86, W - 54, H - 86)
    rl_text(c, 54, H - 112, 'Section A — Member', 'Helvetica-Bold', 10)
    y = H - 140
    for lab, nm, val in (('Name', 'a1', 'Reginald P. Osei-Bonsu'), ('AMT certification no.', 'a2', 'MT-0771943'),
                         ('Certification type', 'a3', 'Medical Technologist, MT(AMT)')):
        rl_text(c, 64, y + 4, lab, 'Helvetica', 9); rl_field(c, nm, val, 200, y, 300, 17, 'Courier', 10.5, border=True); y -= 24
    y -= 10
    rl_text(c, 54, y, 'Section B — Activity', 'Helvetica-Bold', 10); y -= 28
    for lab, nm, val, w in (('Activity title', 'b1', 'Urinalysis Quality Control and Reagent Strip Troubleshooting', 372),
                            ('Activity No.', 'b2', 'AMT-25-0805', 140), ('Sponsor', 'b3', 'American Medical Technologists', 300),
                            ('Delivery', 'b4', 'Live virtual workshop', 200), ('Date of activity', 'b5', '08/05/2025', 140),
                            ('CE hours', 'b6', '2.0', 60)):
        rl_text(c, 64, y + 4, lab, 'Helvetica', 9); rl_field(c, nm, val, 200, y, w, 17, 'Courier', 10, border=True); y -= 24
    y -= 10
    rl_text(c, 54, y, 'Section C — Verification', 'Helvetica-Bold', 10); y -= 6
    y = rl_para(c, 'I verify that the member named in Section A attended the activity described in Section B and is awarded the CE '
                'hours shown. AMT is approved as a provider of continuing education programs in the clinical laboratory sciences by '
                'the ASCLS P.A.C.E.® Program.', 64, y, W - 130, 'Helvetica', 9, 12)
    y -= 24
    rl_text(c, 64, y + 4, 'Verified by', 'Helvetica', 9)
    rl_field(c, 'c1', 'Lucinda Ferreira-Holt, MT(AMT)', 200, y, 260, 17, 'Courier', 10, border=True)
    y -= 24
    rl_text(c, 64, y + 4, 'Date verified', 'Helvetica', 9)
    rl_field(c, 'c2', '08/12/2025', 200, y, 120, 17, 'Courier', 10, border=True)
    rl_text(c, 54, 50, 'Submit this form with your CCP compliance report only if audited. Do not mail originals.', 'Helvetica-Oblique', 7.5)

cert(47, 'reportlab-acroform', 'amt', ['portrait', 'form-fields', 'bordered-fields', 'sections', 'monospace-values'],
     'Sectioned verification form; Courier field values; certification no. and verified date distractors; sponsor field repeats provider.',
     'Reginald P. Osei-Bonsu', 'Urinalysis Quality Control and Reagent Strip Troubleshooting', '2025-08-05', 2.0, 'CE hour',
     ['American Medical Technologists', 'AMT'], 'AMT-25-0805', '08/05/2025', {'draw': _d47})

# ---- l48 AABB live webinar, flat ODT, landscape two-column ----------------------------
cert(48, 'soffice-fodt', 'aabb', ['landscape', 'two-column', 'credit-box', 'live-webinar-line'],
     'Title contains "Date"; LIVE WEBINAR line; AMA PRA 1.0 and P.A.C.E. 1.0 both printed; program # vs order # distractor.',
     'Marguerite A. Beaulieu-Sandoval', 'Cellular Therapy Product Chain of Identity: Labeling Date, Time, and ISBT 128', '2026-03-18',
     1.0, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '26WB-105', 'March 18, 2026', {
        'land': True, 'font': 'Liberation Sans', 'margin': '0.6in',
        'styles': [fo_pstyle('A', '30pt', True, color='#9e1b32', font='Liberation Serif'),
                   fo_pstyle('A2', '10pt', after='0.35in'),
                   fo_pstyle('H', '24pt', font='Liberation Serif', after='0.25in'),
                   fo_pstyle('L', '8pt', color='#777777'), fo_pstyle('N', '20pt', True, after='0.2in'),
                   fo_pstyle('F', '8pt', True, color='#9e1b32', spacing='0.04in'),
                   fo_pstyle('T', '15pt', True, font='Liberation Serif', after='0.2in'),
                   fo_pstyle('V', '10.5pt', after='0.05in'),
                   fo_pstyle('BH', '10pt', True, color='#ffffff'),
                   fo_pstyle('B', '10pt', after='0.06in'), fo_pstyle('BB', '13pt', True, after='0.1in'),
                   fo_pstyle('S', '7.5pt', color='#444444', before='0.15in'),
                   fo_tablestyle('tb', '9.8in'), fo_colstyle('c1', '6.6in'), fo_colstyle('c2', '3.2in'),
                   fo_cellstyle('cl', border='none', pad='0in'), fo_cellstyle('cr', border='1pt solid #9e1b32', pad='0.12in', bg='#fbf3f4'),
                   fo_tstyle('b', bold=True)],
        'body': ''.join([
            '<table:table table:name="m" table:style-name="tb"><table:table-column table:style-name="c1"/>'
            '<table:table-column table:style-name="c2"/><table:table-row><table:table-cell table:style-name="cl">',
            fp('A', 'AABB'), fp('A2', 'Association for the Advancement of Blood &amp; Biotherapies'),
            fp('H', 'Certificate of Participation'),
            fp('L', 'PARTICIPANT'), fp('N', fx('Marguerite A. Beaulieu-Sandoval')),
            fp('F', 'LIVE WEBINAR'),
            fp('T', fx('Cellular Therapy Product Chain of Identity: Labeling Date, Time, and ISBT 128')),
            fp('V', 'Webinar date: March 18, 2026, 12:00–1:00 p.m. ET'),
            fp('V', 'Program #: 26WB-105'),
            '</table:table-cell><table:table-cell table:style-name="cr">',
            fp('BB', 'Continuing education credit'),
            fp('B', fx('ASCLS P.A.C.E.® contact hours: ') + fspan('b', '1.0')),
            fp('B', fx('AMA PRA Category 1 Credit™ (physicians): ') + fspan('b', '1.0')),
            fp('B', fx('California laboratory personnel: ') + fspan('b', '1.0 hour')),
            fp('S', fx('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
                       'ASCLS P.A.C.E.® Program. AABB is accredited by the ACCME to provide continuing medical education for physicians '
                       'and designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit™.')),
            fp('S', 'Order #: W-2026-118834 · Certificate issued 03/19/2026'),
            '</table:table-cell></table:table-row></table:table>'])})

# ---- l49 LabCE, ReportLab, landscape, letter-spaced ALL-CAPS name --------------------
def _d49(c, W, H):
    t = HexColor('#1c6e8c')
    c.setFillColor(t); c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(white); c.roundRect(30, 30, W - 60, H - 60, 18, fill=1, stroke=0)
    rl_text(c, 70, H - 90, 'LabCE', 'Helvetica-Bold', 30, t)
    rl_text(c, W - 70, H - 80, 'CERTIFICATE', 'Helvetica-Bold', 13, t, right=True)
    rl_text(c, W - 70, H - 95, 'OF CONTINUING EDUCATION', 'Helvetica', 9, t, right=True)
    rl_ctext(c, W / 2, H - 190, 'ZAHRA H. MOHAMMADI', 'Helvetica-Bold', 30, black, cs=7)
    c.setStrokeColor(HexColor('#ecb428')); c.setLineWidth(3); c.line(W / 2 - 60, H - 208, W / 2 + 60, H - 208)
    rl_ctext(c, W / 2, H - 240, 'has earned 1.0 P.A.C.E.® contact hour for completing', 'Helvetica', 13)
    rl_ctext(c, W / 2, H - 274, 'Body Fluid Cell Counts and Differentials', 'Times-Bold', 22)
    rl_ctext(c, W / 2, H - 300, 'Completed April 19, 2026', 'Helvetica', 12)
    bx = [('COURSE #', '1611'), ('CATEGORY', 'Hematology / Body Fluids'), ('LEVEL', 'Basic'), ('CERTIFICATE #', '9F2-114-7730')]
    x = 110
    for a, b in bx:
        rl_text(c, x, 190, a, 'Helvetica', 7.5, HexColor('#777777')); rl_text(c, x, 174, b, 'Helvetica-Bold', 11)
        x += 150
    rl_para(c, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
            'P.A.C.E.® Program. Learners should retain this certificate for a minimum of three years.', 110, 130, W - 220,
            'Helvetica-Oblique', 8.5, 11, align=1)

cert(49, 'reportlab', 'labce', ['landscape', 'rounded-frame', 'letter-spaced-name', 'all-caps-name', 'bottom-facts'],
     'Letter-spaced ALL-CAPS name; credits stated in the sentence before the title; certificate # distractor.',
     'ZAHRA H. MOHAMMADI', 'Body Fluid Cell Counts and Differentials', '2026-04-19', 1.0, 'contact hour', ['LabCE'], '1611',
     'April 19, 2026', {'draw': _d49, 'size': landscape(letter)}, name_spaced=True)

# ---- l50 hospital LMS completion e-mail, Chromium ------------------------------------
cert(50, 'chromium', 'hospital-inservice', ['portrait', 'email-printout', 'label-value-list', 'no-border'],
     'Browser-printed e-mail from a hospital learning center; sent date the next day; employee ID; course ID; "Downtime" title.',
     'Camille D. Boudreaux', 'Laboratory Downtime Procedures: Manual Requisitions and Result Reporting', '2025-04-22', 0.5,
     'CE hour', ['Summit Valley Health', 'Summit Valley Health, Learning Center'], 'LDP-0425', '04/22/2025', {'html': '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>''' + page_css('letter', '0.5in 0.6in') + '''
body{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt;color:#222}
.bh{display:flex;justify-content:space-between;font-size:7.5pt;color:#666;margin-bottom:14px}
.subj{font-size:15pt;margin:0 0 10px 0}
.hdr{border-bottom:1px solid #ccc;padding-bottom:8px;margin-bottom:14px;font-size:9pt;line-height:1.6}
.hdr b{display:inline-block;width:60px;color:#555}
.box{border:1px solid #d9d9d9;border-radius:6px;padding:16px 20px;background:#fafafa}
.box table td{padding:3px 14px 3px 0;vertical-align:top}
.box table td:first-child{color:#555;width:130px}
.logo{font-weight:bold;color:#006a4e;font-size:14pt}
.ft{font-size:7.5pt;color:#777;margin-top:24px}
</style></head><body>
<div class="bh"><span>4/23/25, 7:41 AM</span><span>Summit Valley Health Mail - Course completion confirmation</span></div>
<div class="subj">Course completion confirmation</div>
<div class="hdr"><b>From</b> Summit Valley Health Learning Center &lt;no-reply-learning@svhealth.example.org&gt;<br>
<b>To</b> Boudreaux, Camille D. &lt;cboudreaux@svhealth.example.org&gt;<br>
<b>Date</b> Wed, Apr 23, 2025 at 6:02 AM</div>
<div class="box">
<div class="logo">Summit Valley Health</div><div style="color:#555;margin-bottom:12px">Learning Center</div>
<p>Congratulations! The following course has been recorded as <b>complete</b> on your learning transcript.</p>
<table>
<tr><td>Learner</td><td><b>Camille D. Boudreaux</b></td></tr>
<tr><td>Employee ID</td><td>E-208814</td></tr>
<tr><td>Course</td><td><b>Laboratory Downtime Procedures: Manual Requisitions and Result Reporting</b></td></tr>
<tr><td>Course ID</td><td>LDP-0425</td></tr>
<tr><td>Completion date</td><td>04/22/2025</td></tr>
<tr><td>Credit</td><td>0.5 CE hours</td></tr>
<tr><td>Assigned by</td><td>Rachel Oyinlola, Laboratory Manager</td></tr>
<tr><td>Due date</td><td>04/30/2025</td></tr>
</table>
<p style="margin-top:14px">This internal education activity counts toward your annual laboratory continuing education requirement. Print
this message or download a PDF certificate from the Learning Center if your certifying agency requests documentation.</p>
</div>
<div class="ft">You are receiving this message because a course was completed in the Summit Valley Health Learning Center. Do not reply.</div>
</body></html>'''})

# ---- l51 ADLM annual meeting, python-docx, landscape ----------------------------------
def _m51():
    d = dx_new(True, 0.7, 'DejaVu Sans', 10)
    t = d.add_table(rows=1, cols=2); dx_widths(t, [5.0, 4.6])
    dx_cell(t.rows[0].cells[0], 'ADLM', 30, True, color='007A87')
    dx_p(d, 'Association for Diagnostics & Laboratory Medicine', 10, cell=t.rows[0].cells[0])
    dx_cell(t.rows[0].cells[1], 'ACCENT® Transcript Certificate', 12, True, align='r', color='F7941D')
    dx_p(d, '', after=30)
    dx_p(d, 'Certificate of Attendance', 28, font='DejaVu Serif', after=18)
    dx_p(d, 'Daniela M. Costa-Ferreira, PhD, DABCC', 20, True, after=6)
    dx_p(d, 'attended the', 10, color='666666', after=4)
    dx_p(d, 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo', 17, True, color='007A87', after=4)
    dx_p(d, 'McCormick Place, Chicago, Illinois  ·  July 27–31, 2025', 10.5, after=22)
    t = d.add_table(rows=2, cols=4); dx_table_borders(t, sz=4, color='BBBBBB'); dx_widths(t, [2.4, 2.4, 2.4, 2.4])
    for i, (a, b) in enumerate((('ACCENT® contact hours earned', '17.5'), ('Maximum available', '32.0'),
                                ('Registration ID', 'AM25-R-448210'), ('Claim date', 'August 14, 2025'))):
        dx_cell(t.rows[0].cells[i], a, 8, color='666666'); dx_cell(t.rows[1].cells[i], b, 13, bold=(i == 0))
    dx_p(d, '', after=14)
    dx_p(d, 'The Association for Diagnostics & Laboratory Medicine (ADLM) is approved by the ASCLS P.A.C.E.® Program as a provider of '
         'continuing education for laboratory professionals and designates the Annual Scientific Meeting for a maximum of 32.0 '
         'ACCENT® contact hours. ACCENT® is the ADLM continuing education credit system; credit earned is documented on the '
         'learner transcript.', 8.5, align='j', after=20)
    dx_p(d, 'Hannelore Vasquez-Dunmore, PhD', 10, True)
    dx_p(d, 'Chair, Annual Meeting Organizing Committee', 9)
    return d

cert(51, 'soffice-docx', 'adlm', ['landscape', 'left-aligned', 'facts-table', 'claimed-vs-maximum', 'date-range'],
     'Meeting attendance, 17.5 earned vs 32.0 maximum ACCENT contact hours; registration ID and claim date distractors; no activity id.',
     'Daniela M. Costa-Ferreira', 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo', '2025-07-31', 17.5, 'contact hour',
     ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], None, 'July 27–31, 2025', {'make': _m51, 'author': 'ADLM'})

# ---- l52 medical school tumor board, FPDF, credits table ------------------------------
cert(52, 'fpdf', 'joint-cme', ['portrait', 'credits-table', 'series-title', 'school-of-medicine'],
     'Series name "Molecular Tumor Board:" part of title; credit table AMA 1.50 / ANCC 1.50 / ACPE 1.50 / P.A.C.E. 1.5; UAN not printed; learner no.',
     'Saoirse B. Kilbride-Mensah', 'Molecular Tumor Board: Interpreting Somatic Variant Reports in Lung Adenocarcinoma', '2024-05-09',
     1.5, 'contact hour', ['Eastbrook University School of Medicine',
                           'Eastbrook University School of Medicine, Office of Continuing Medical Education'],
     'EUSM-24-0509-MTB', 'May 9, 2024', {'php': r'''
$pdf = new FPDF('P', 'pt', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(90, 20, 30); $pdf->Rect(0, 0, 612, 10, 'F');
$pdf->SetFont('Times', 'B', 18); $pdf->SetXY(60, 50); $pdf->Cell(492, 22, t('Eastbrook University School of Medicine'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetX(60); $pdf->Cell(492, 16, t('Office of Continuing Medical Education'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(60, 130); $pdf->Cell(492, 26, t('CERTIFICATE OF ATTENDANCE'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(60, 175); $pdf->Cell(492, 16, t('This certifies that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SetX(60); $pdf->Cell(492, 30, t('Saoirse B. Kilbride-Mensah, MB(ASCP)CM'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetX(60); $pdf->Cell(492, 18, t('participated in the live activity'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(90, 250);
$pdf->MultiCell(432, 19, t('Molecular Tumor Board: Interpreting Somatic Variant Reports in Lung Adenocarcinoma'), 0, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetX(60); $pdf->Cell(492, 22, t('on May 9, 2024'), 0, 1, 'C');
$y = 330; $pdf->SetXY(156, $y);
$pdf->SetFillColor(240, 230, 232); $pdf->SetFont('Helvetica', 'B', 9.5);
$pdf->Cell(200, 20, t('Credit type'), 1, 0, 'L', true); $pdf->Cell(100, 20, t('Credits'), 1, 1, 'C', true);
$rows = array(array('AMA PRA Category 1 Credits™', '1.50'), array('ANCC contact hours', '1.50'),
  array('ACPE contact hours (UAN on file)', '1.50'), array('ASCLS P.A.C.E.® contact hours', '1.5'));
$pdf->SetFont('Helvetica', '', 9.5);
foreach ($rows as $r) { $pdf->SetX(156); $pdf->Cell(200, 19, t($r[0]), 1, 0, 'L'); $pdf->Cell(100, 19, t($r[1]), 1, 1, 'C'); }
$pdf->SetXY(60, $pdf->GetY() + 14); $pdf->SetFont('Helvetica', '', 10);
$pdf->Cell(492, 14, t('Activity ID: EUSM-24-0509-MTB          Learner no. 1177-0452'), 0, 1, 'C');
$pdf->SetXY(72, 520); $pdf->SetFont('Times', '', 9);
$pdf->MultiCell(468, 12, t('In support of improving patient care, Eastbrook University School of Medicine is jointly accredited by the '
 . 'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the '
 . 'American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The School of Medicine '
 . 'designates this live activity for a maximum of 1.50 AMA PRA Category 1 Credits™. Eastbrook University School of Medicine is '
 . 'approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'J');
$pdf->Line(72, 680, 260, 680); $pdf->Line(352, 680, 540, 680);
$pdf->SetFont('Helvetica', 'B', 9); $pdf->SetXY(72, 684); $pdf->Cell(188, 12, t('Imogen Castellanos, MD, PhD'), 0, 0);
$pdf->SetXY(352, 684); $pdf->Cell(188, 12, t('Theo Vandermeer, MEd'), 0, 0);
$pdf->SetFont('Helvetica', '', 8); $pdf->SetXY(72, 697); $pdf->Cell(188, 10, t('Activity Director, Molecular Tumor Board'), 0, 0);
$pdf->SetXY(352, 697); $pdf->Cell(188, 10, t('Director, Office of CME'), 0, 0);
$pdf->SetFont('Helvetica', '', 7); $pdf->SetXY(60, 750); $pdf->Cell(492, 10, t('Certificate printed 05/16/2024'), 0, 0, 'C');
$pdf->Output('F', $OUT);
'''})

# ---- l53 university CEU, PostScript, traditional portrait with suffix IV --------------
def _ps53():
    L = ['0.3 0.2 0.05 setrgbcolor 40 40 532 712 4 box 50 50 512 692 1 box 0 setgray']
    L.append('/B-D 22 fnt 306 680 %s ctr' % pss('Pinecrest University'))
    L.append('/B-R 11 fnt 306 660 %s ctr' % pss('Center for Professional & Continuing Education'))
    L.append('/F-I 13 fnt 306 610 %s ctr' % pss('Be it known that'))
    L.append('/B-D 22 fnt 306 572 %s ctr' % pss('Montgomery L. Ashworth IV'))
    L.append('/F-I 13 fnt 306 534 %s ctr' % pss('having fulfilled the attendance and assessment requirements of'))
    y = 500
    for ln in ps_wrap('Budgeting and Financial Management for Laboratory Managers', 'Bookman-Demi', 16, 420):
        L.append('/B-D 16 fnt 306 %d %s ctr' % (y, pss(ln))); y -= 21
    L.append('/F-R 12 fnt 306 %d %s ctr' % (y - 6, pss('offered January 6 – February 24, 2025 (eight weekly online sessions)')))
    L.append('/F-I 13 fnt 306 %d %s ctr' % (y - 40, pss('is awarded')))
    L.append('/B-D 17 fnt 306 %d %s ctr' % (y - 68, pss('1.2 Continuing Education Units')))
    y -= 120
    for a, b in (('Course No.', 'PCE 5120-01'), ('Final assessment', 'Pass (87%)'), ('Learner ID', '2025-17739')):
        L.append('/H-R 9 fnt 300 %d %s rgt /H-B 9 fnt 310 %d %s lft' % (y, pss(a), y, pss(b))); y -= 14
    L.append('90 160 190 0.6 hline 332 160 190 0.6 hline')
    L.append('/F-B 10 fnt 90 146 %s lft /F-I 9 fnt 90 134 %s lft' % (pss('Rosalind T. Achebe-Winslow, PhD'),
             pss('Executive Director, CPCE')))
    L.append('/F-B 10 fnt 332 146 %s lft /F-I 9 fnt 332 134 %s lft' % (pss('Date of award: March 7, 2025'), pss('Office of the Registrar')))
    L.append('/H-R 7 fnt 306 80 %s ctr' % pss('One CEU equals ten contact hours of instruction. CEUs are recorded on the Pinecrest non-credit transcript.'))
    return '\n'.join(L)

cert(53, 'ghostscript', 'university-ceu', ['portrait', 'traditional-diploma', 'double-border', 'suffix-name', 'date-range'],
     'CEU 1.2 = 12 points; eight-week range ending Feb 24; suffix IV; date of award (distractor), learner ID, assessment percent.',
     'Montgomery L. Ashworth IV', 'Budgeting and Financial Management for Laboratory Managers', '2025-02-24', 1.2, 'CEU',
     ['Pinecrest University', 'Pinecrest University, Center for Professional & Continuing Education'], 'PCE 5120-01',
     'January 6 – February 24, 2025', {'ps': _ps53()})

# ---- l54 public health lab newborn screening module, TCPDF, bilingual labels ---------
cert(54, 'tcpdf', 'public-health', ['portrait', 'bilingual-labels', 'online-module-line', 'bordered-table'],
     'English/Spanish headings; Online Module format line; module ID; certificate expiry (24 months) distractor.',
     'Winona R. Lightfeather', 'Newborn Screening Specimen Collection: Heel Stick Technique and Unsatisfactory Specimens',
     '2025-10-28', 1.0, 'contact hour', ['Great Basin Public Health Laboratory', 'GBPHL', 'Great Basin Public Health Laboratory, Newborn Screening Program'], 'NBS-101', 'October 28, 2025', {'php': r'''
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(22, 20, 22);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 0.8, 'color' => array(40, 90, 60))); $pdf->Rect(14, 14, 187.9, 251.4);
$h = '<table cellpadding="2" style="font-family:dejavusans;"><tr>
<td width="70%"><span style="font-size:15pt;font-weight:bold;color:#285a3c;">Great Basin Public Health Laboratory</span><br/>
<span style="font-size:9pt;">GBPHL · Newborn Screening Program</span></td>
<td width="30%" align="right"><span style="font-size:8pt;color:#666666;">1660 N. Virginia Street<br/>Reno, NV 89503</span></td></tr></table>
<br/><br/><div style="text-align:center;font-family:dejavuserif;">
<span style="font-size:22pt;">Certificate of Completion</span><br/>
<span style="font-size:12pt;font-style:italic;color:#555555;">Certificado de Finalización</span><br/><br/>
<span style="font-size:10pt;">Awarded to / Otorgado a</span><br/>
<span style="font-size:19pt;font-weight:bold;">Winona R. Lightfeather</span><br/><br/>
<span style="font-size:10pt;">for completing / por completar</span><br/><br/>
<span style="font-size:8pt;letter-spacing:2px;color:#285a3c;font-family:dejavusans;">ONLINE MODULE</span><br/>
<span style="font-size:15pt;font-weight:bold;">Newborn Screening Specimen Collection: Heel Stick Technique and Unsatisfactory Specimens</span></div><br/><br/>
<table border="1" cellpadding="5" style="font-family:dejavusans;font-size:9.5pt;" align="center">
<tr style="background-color:#e8f0ea;"><td width="120"><b>Module ID</b><br/><i>Módulo</i></td><td width="140"><b>Date completed</b><br/><i>Fecha</i></td>
<td width="120"><b>Contact hours</b><br/><i>Horas</i></td><td width="120"><b>Valid through</b><br/><i>Vigente hasta</i></td></tr>
<tr><td>NBS-101</td><td>October 28, 2025</td><td>1.0</td><td>October 2027</td></tr></table>
<br/><br/><div style="font-family:dejavusans;font-size:8pt;text-align:justify;">The Great Basin Public Health Laboratory is approved as a provider of
continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Nursery and laboratory staff who
collect newborn screening specimens should repeat this module every two years. Submitting facility code: NV-0447.</div>';
$pdf->SetY(22); $pdf->writeHTML($h, true, false, true, false, '');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->Line(30, 235, 100, 235); $pdf->SetXY(30, 236);
$pdf->Cell(80, 4, 'Hyun-Joo Albright, MPH, MT(ASCP)', 0, 2); $pdf->Cell(80, 4, 'Newborn Screening Education Coordinator', 0, 0);
$pdf->Output($OUT, 'F');
'''})

# ---- l55 webinar education group, ReportLab AcroForm, certificate with fields --------
def _d55(c, W, H):
    c.setFillColor(HexColor('#222a35')); c.rect(0, H - 130, W, 130, fill=1, stroke=0)
    rl_text(c, 50, H - 60, 'Benchmark Laboratory Education Group', 'Helvetica-Bold', 19, white)
    rl_text(c, 50, H - 78, 'BLEG  ·  Webinars for the clinical laboratory', 'Helvetica', 10, HexColor('#9fb3c8'))
    rl_text(c, 50, H - 112, 'Certificate of Attendance', 'Times-Italic', 24, white)
    y = H - 180
    rl_text(c, 50, y, 'Presented to', 'Helvetica', 9, HexColor('#666666'))
    rl_field(c, 'nm', 'Hamish G. Ferguson, MB(ASCP)', 50, y - 30, 380, 24, 'Times-Bold', 18)
    y -= 70
    rl_text(c, 50, y, 'LIVE WEBINAR', 'Helvetica-Bold', 8, HexColor('#c0392b'))
    rl_field(c, 'tt', 'Biosafety Risk Assessment for the Clinical Microbiology Laboratory', 50, y - 26, 512, 20, 'Times-Bold', 14)
    y -= 70
    cols = [('Broadcast date', 'dt', '05/21/2025', 120), ('Webinar code', 'wc', 'BLEG-0521', 120),
            ('P.A.C.E.® contact hours', 'ch', '1.0', 120), ('Order no.', 'on', '88-40127', 110)]
    x = 50
    for lab, nm, val, w in cols:
        rl_text(c, x, y, lab, 'Helvetica', 8, HexColor('#666666'))
        rl_field(c, nm, val, x, y - 24, w, 18, 'Helvetica-Bold', 11)
        c.setStrokeColor(HexColor('#999999')); c.line(x, y - 26, x + w, y - 26)
        x += w + 14
    y -= 70
    rl_para(c, 'Benchmark Laboratory Education Group is approved as a provider of continuing education programs in the clinical '
            'laboratory sciences by the ASCLS P.A.C.E.® Program. Group viewing: each attendee listed on the site sign-in sheet '
            'receives an individual certificate.', 50, y, W - 100, 'Helvetica', 9, 12)
    rl_sig(c, 50, 130, 220, 'Priyanka Deshmukh-Lowry, MPH, SM(ASCP)', 'Program Director, BLEG', script='P. Deshmukh-Lowry', size=9)
    rl_text(c, W - 50, 72, 'Site: Redwater Valley Hospital (group viewing)', 'Helvetica', 8, right=True)

cert(55, 'reportlab-acroform', 'webinar', ['portrait', 'form-fields', 'dark-header', 'live-webinar-line', 'signature'],
     'LIVE WEBINAR label above title field; order no. distractor; group viewing site; credentials in name field.',
     'Hamish G. Ferguson', 'Biosafety Risk Assessment for the Clinical Microbiology Laboratory', '2025-05-21', 1.0,
     'contact hour', ['Benchmark Laboratory Education Group', 'BLEG'], 'BLEG-0521', '05/21/2025', {'draw': _d55})

# ---- l56 state society spring symposium session, flat ODT, landscape award ------------
cert(56, 'soffice-fodt', 'state-society', ['landscape', 'centred-award', 'page-border', 'spring-symposium-line', 'quoted-title'],
     'SPRING SYMPOSIUM format line above the quoted session title; session no.; symposium is 2 days but credit is for one session.',
     'Evangeline T. Moreau', 'Laboratory Stewardship: Reducing Unnecessary Vitamin D Testing', '2026-04-18', 1.0, 'contact hour',
     ['Chesapeake Society for Clinical Laboratory Science', 'CSCLS'], 'SS26-07', 'April 18, 2026', {
        'land': True, 'font': 'P052', 'margin': '0.7in',
        'pageprops': 'fo:border="6pt ridge #2c5f8a" fo:padding="0.25in"',
        'styles': [fo_pstyle('O', '17pt', True, align='center', color='#2c5f8a'),
                   fo_pstyle('O2', '10pt', True, align='center', after='0.3in', spacing='0.05in', font='Liberation Sans'),
                   fo_pstyle('H', '30pt', align='center', after='0.15in'),
                   fo_pstyle('P', '12pt', italic=True, align='center', after='0.08in'),
                   fo_pstyle('N', '24pt', True, align='center', after='0.12in'),
                   fo_pstyle('F', '9pt', True, align='center', color='#2c5f8a', spacing='0.06in', font='Liberation Sans'),
                   fo_pstyle('T', '17pt', True, align='center', after='0.12in'),
                   fo_pstyle('K', '11pt', align='center', after='0.03in'),
                   fo_pstyle('S', '8pt', align='center', before='0.2in', font='Liberation Sans', color='#444444')],
        'body': ''.join([
            fp('O', 'Chesapeake Society for Clinical Laboratory Science'),
            fp('O2', 'CSCLS · A STATE CONSTITUENT SOCIETY'),
            fp('H', 'Certificate of Attendance'),
            fp('P', 'This is to certify that'),
            fp('N', fx('Evangeline T. Moreau')),
            fp('P', 'attended the session'),
            fp('F', 'SPRING SYMPOSIUM'),
            fp('T', fx('“Laboratory Stewardship: Reducing Unnecessary Vitamin D Testing”')),
            fp('K', fx('Saturday, April 18, 2026  ·  Session No. SS26-07  ·  1.0 P.A.C.E.® contact hour')),
            fp('K', fx('Symposium held April 17–18, 2026, Annapolis, Maryland')),
            fp('S', fx('The Chesapeake Society for Clinical Laboratory Science is approved as a provider of continuing education programs '
                       'in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Member no. 2207 · Certificate issued May 1, 2026.')),
        ])})

# ---- l57 CAP webinar, ReportLab, portrait two-column label/value ----------------------
def _d57(c, W, H):
    b = HexColor('#00558c')
    rl_text(c, 72, H - 80, 'College of American Pathologists', 'Times-Bold', 20, b)
    rl_text(c, 72, H - 98, 'Accreditation Education Webinar Series', 'Times-Italic', 11)
    c.setStrokeColor(b); c.setLineWidth(2); c.line(72, H - 110, W - 72, H - 110)
    rl_text(c, 72, H - 160, 'Certificate of Credit', 'Helvetica-Bold', 22)
    rows = [('Name', 'Augustin P. Lemaire, MLS(ASCP)CM'),
            ('Activity', None),
            ('Activity ID', 'LAP-WB-0828'),
            ('Date of participation', 'August 28, 2025'),
            ('Format', 'Live webinar (60 minutes)'),
            ('CE hours for laboratory professionals', '1.0'),
            ('AMA PRA Category 1 Credits™', 'Not claimed'),
            ('CAP number', '7219004-01'),
            ('Date issued', 'September 2, 2025')]
    y = H - 200
    for lab, val in rows:
        rl_text(c, 72, y, lab, 'Helvetica', 9.5, HexColor('#555555'))
        if val is None:
            y2 = rl_para(c, 'CAP Laboratory Accreditation Program: Checklist Changes for 2025', 270, y + 11, 270, 'Helvetica-Bold', 11, 14)
            c.setStrokeColor(HexColor('#dddddd')); c.setLineWidth(0.5); c.line(72, y2 - 6, W - 72, y2 - 6)
            y = y2 - 22
            continue
        else:
            rl_text(c, 270, y, val, 'Helvetica-Bold', 11); y -= 24
        c.setStrokeColor(HexColor('#dddddd')); c.setLineWidth(0.5); c.line(72, y + 14, W - 72, y + 14)
    y -= 10
    rl_para(c, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the ACCME, ACPE '
            'and ANCC to provide continuing education for the healthcare team. The CAP designates this live activity for a maximum '
            'of 1.0 AMA PRA Category 1 Credit™ and for 1.0 CE hour for laboratory professionals. The CAP is approved as a provider of '
            'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 72, y, W - 144,
            'Helvetica', 8.5, 11)
    rl_sig(c, 72, 130, 220, 'Annemarie Fitzwilliam, MD, FCAP', 'Chair, CAP Learning Committee', script='A. Fitzwilliam', size=9)

cert(57, 'reportlab', 'cap', ['portrait', 'label-value-form', 'rule-lines', 'signature'],
     'Title begins with "CAP" and contains "Program"; AMA PRA row says Not claimed; CAP number (customer) and issued date distractors.',
     'Augustin P. Lemaire', 'CAP Laboratory Accreditation Program: Checklist Changes for 2025', '2025-08-28', 1.0, 'CE hour',
     ['College of American Pathologists', 'CAP'], 'LAP-WB-0828', 'August 28, 2025', {'draw': _d57})

# ---- l58 CLSI eLearning, Chromium, portrait with side ribbon ---------------------------
cert(58, 'chromium', 'clsi', ['portrait', 'side-ribbon', 'centred', 'format-line', 'footer-ids'],
     'eLearning Course format line; order no. and customer no. distractors; standards numbers (EP15, EP06) inside title.',
     'Chidinma U. Obi-Radcliffe', 'Method Verification Made Practical: Applying EP15 and EP06 in Your Laboratory', '2025-09-09',
     2.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'CLSI-EL-0157', 'September 9, 2025',
     {'html': '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>''' + page_css('letter') + '''
body{font-family:"Liberation Sans",sans-serif;color:#1d1d1d}
.pg{width:8.5in;height:11in;display:flex}
.rib{width:0.9in;background:repeating-linear-gradient(180deg,#5b2c83 0 30px,#6d3a99 30px 60px)}
.m{flex:1;padding:0.9in 0.8in;text-align:center;position:relative}
.lg{font-size:30pt;font-weight:bold;color:#5b2c83;letter-spacing:2px}
.lg2{font-size:10pt;color:#444;margin-top:2px}
h1{font-family:"Liberation Serif";font-weight:normal;font-size:30pt;margin:0.7in 0 0.2in 0}
.p{font-size:11pt;color:#444;margin:10px 0}
.nm{font-family:"Liberation Serif";font-size:24pt;font-weight:bold;margin:8px 0 18px 0}
.fm{font-size:8.5pt;letter-spacing:2px;color:#5b2c83;font-weight:bold;margin-top:18px}
.tt{font-family:"Liberation Serif";font-size:17pt;font-weight:bold;margin:4px 0.2in 22px 0.2in}
table{margin:0 auto;font-size:10.5pt;border-collapse:collapse}td{padding:4px 12px;text-align:left}td.l{color:#666;text-align:right}
.acc{font-size:8pt;color:#444;margin-top:0.5in;text-align:justify;line-height:1.4}
.ids{position:absolute;bottom:0.5in;left:0.8in;right:0.8in;font-size:7.5pt;color:#777;text-align:center}
</style></head><body><div class="pg"><div class="rib"></div><div class="m">
<div class="lg">CLSI</div><div class="lg2">Clinical and Laboratory Standards Institute</div>
<h1>Certificate of Completion</h1>
<div class="p">This certificate is awarded to</div>
<div class="nm">Chidinma U. Obi-Radcliffe</div>
<div class="p">for successfully completing</div>
<div class="fm">eLEARNING COURSE</div>
<div class="tt">Method Verification Made Practical: Applying EP15 and EP06 in Your Laboratory</div>
<table><tr><td class="l">Course ID</td><td><b>CLSI-EL-0157</b></td></tr>
<tr><td class="l">Completed</td><td><b>September 9, 2025</b></td></tr>
<tr><td class="l">P.A.C.E.® contact hours</td><td><b>2.0</b></td></tr></table>
<div class="acc">The Clinical and Laboratory Standards Institute (CLSI) is approved as a provider of continuing education programs in the
clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course references CLSI documents EP15-A3 and EP06-Ed2; purchase of the
documents is not required to earn credit.</div>
<div class="ids">Order No. 300-7741582 · Customer No. C0091184 · Certificate generated 09/09/2025 14:22 ET</div>
</div></div></body></html>'''})

# ---- l59 coagulation vendor course, python-docx, landscape ---------------------------
def _m59():
    d = dx_new(True, 0.6, 'Liberation Sans Narrow', 11)
    dx_page_border(d, color='0E4D92', sz=36, space=10, val='thickThinSmallGap')
    t = d.add_table(rows=1, cols=2); dx_widths(t, [6.0, 3.6])
    dx_cell(t.rows[0].cells[0], 'SAPPHIRE', 26, True, color='0E4D92', font='Liberation Sans')
    dx_p(d, 'Sapphire Coagulation Systems, Inc.  —  Customer Training Center', 10, cell=t.rows[0].cells[0])
    dx_cell(t.rows[0].cells[1], 'Class #: SCS-AO-0825', 10, True, align='r')
    dx_p(d, 'Instrument serial no.: SCA-700-1187', 9, align='r', cell=t.rows[0].cells[1])
    dx_p(d, 'Customer no.: 2200-4417', 9, align='r', cell=t.rows[0].cells[1])
    dx_p(d, '', after=24)
    dx_p(d, 'CERTIFICATE OF COMPLETION', 30, True, align='c', font='Liberation Sans', spacing=2, after=18)
    dx_p(d, 'Lucinda J. Harrowgate', 24, True, align='c', font='Liberation Serif', after=6)
    dx_p(d, 'has completed the three-day instructor-led course', 12, align='c', after=10)
    dx_p(d, 'Coagulation Analyzer Advanced Operator Course: Mixing Studies and Factor Assays', 17, True, align='c',
         color='0E4D92', after=10)
    dx_p(d, 'August 18–20, 2025  ·  Sapphire Customer Training Center, Indianapolis, Indiana', 12, align='c', after=16)
    dx_p(d, 'P.A.C.E.® contact hours awarded: 20.0', 14, True, align='c', after=22)
    dx_p(d, 'Sapphire Coagulation Systems, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
         'sciences by the ASCLS P.A.C.E.® Program. Completion of this course qualifies the operator for advanced troubleshooting '
         'support; re-training is recommended every three years.', 9.5, align='c', after=30)
    t = d.add_table(rows=2, cols=3); dx_widths(t, [3.2, 3.2, 3.2])
    for i, (a, b) in enumerate((('Ivo Brenneman', 'Lead Application Specialist'), ('Kamala Iyer-Stoltz, MLS(ASCP)', 'Manager, Customer Training'),
                                ('Issued August 22, 2025', 'Certificate SCS-25-3390'))):
        dx_cell(t.rows[0].cells[i], a, 10, True, align='c'); dx_cell(t.rows[1].cells[i], b, 9, align='c')
    return d

cert(59, 'soffice-docx', 'vendor', ['landscape', 'centred', 'thick-page-border', 'header-ids', 'date-range'],
     'Three-day range Aug 18-20; class # is the activity id; instrument serial no., customer no., certificate no. and issued date distractors.',
     'Lucinda J. Harrowgate', 'Coagulation Analyzer Advanced Operator Course: Mixing Studies and Factor Assays', '2025-08-20', 20.0,
     'contact hour', ['Sapphire Coagulation Systems, Inc.', 'Sapphire Coagulation Systems, Inc., Customer Training Center'],
     'SCS-AO-0825', 'August 18–20, 2025', {'make': _m59, 'author': 'Sapphire Customer Training'})

# ---- l60 ASCP self-assessment, FPDF, landscape award with claimed vs maximum ---------
cert(60, 'fpdf', 'ascp', ['landscape', 'centred-award', 'claimed-vs-maximum', 'self-study-line', 'seal-drawn'],
     'Claimed 2.5 of maximum 3.0 CMLE; Self-Study line under title; year inside title; member ID and claim date distractors.',
     'Xiomara T. Villanueva-Ortiz', 'CMLE Self-Assessment: Hematology Case Challenges 2026', '2026-05-14', 2.5, 'CMLE',
     ['American Society for Clinical Pathology', 'ASCP'], 'SA26-HEM', 'May 14, 2026', {'php': r'''
$pdf = new FPDF('L', 'pt', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetDrawColor(10, 49, 97); $pdf->SetLineWidth(3); $pdf->Rect(26, 26, 740, 560);
$pdf->SetDrawColor(184, 150, 60); $pdf->SetLineWidth(1); $pdf->Rect(36, 36, 720, 540);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetTextColor(10, 49, 97); $pdf->SetXY(36, 62); $pdf->Cell(720, 30, 'ASCP', 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetTextColor(0); $pdf->Cell(792 - 72, 16, t('American Society for Clinical Pathology'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 30); $pdf->SetXY(36, 130); $pdf->Cell(720, 36, t('Certificate of Achievement'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(36); $pdf->Cell(720, 26, t('presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 26); $pdf->SetX(36); $pdf->Cell(720, 34, t('Xiomara T. Villanueva-Ortiz'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(36); $pdf->Cell(720, 24, t('upon completion of'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 19); $pdf->SetX(36); $pdf->Cell(720, 26, t('CMLE Self-Assessment: Hematology Case Challenges 2026'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetTextColor(110, 110, 110); $pdf->SetX(36); $pdf->Cell(720, 14, t('S E L F - S T U D Y'), 0, 1, 'C');
$pdf->SetTextColor(0); $pdf->SetFont('Times', '', 13); $pdf->SetX(36);
$pdf->Cell(720, 28, t('Date completed: May 14, 2026'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 14); $pdf->SetX(36);
$pdf->Cell(720, 20, t('CMLE credits claimed: 2.5  (maximum available: 3.0)'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(180, 420);
$pdf->MultiCell(432, 11, t('ASCP designates this enduring material for a maximum of 3.0 CMLE credits. Participants should claim only the '
 . 'credit commensurate with the extent of their participation in the activity. CMLE credits are accepted for the ASCP Board of '
 . 'Certification Credential Maintenance Program.'), 0, 'C');
$pdf->SetFont('Helvetica', '', 8); $pdf->SetXY(36, 470); $pdf->Cell(720, 12, t('Activity ID: SA26-HEM    ·    Member ID: 0010448722    ·    Credit claimed on 05/20/2026'), 0, 1, 'C');
$pdf->SetFillColor(184, 150, 60);
for ($i = 0; $i < 24; $i++) { $a = $i * M_PI / 12; $pdf->Rect(110 + 46 * cos($a) - 3, 500 + 46 * sin($a) - 3, 6, 6, 'F'); }
$pdf->SetFillColor(255, 255, 255); $pdf->SetDrawColor(184, 150, 60); $pdf->SetLineWidth(1.5); $pdf->Rect(78, 468, 64, 64, 'DF');
$pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(184, 150, 60); $pdf->SetXY(78, 486); $pdf->Cell(64, 14, 'CMLE', 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->Cell(64, 10, t('ASCP'), 0, 0, 'C');
$pdf->SetTextColor(0); $pdf->SetDrawColor(0); $pdf->SetLineWidth(0.5); $pdf->Line(520, 530, 720, 530);
$pdf->SetFont('Times', 'B', 10); $pdf->SetXY(520, 533); $pdf->Cell(200, 12, t('Gwendolyn Ashcroft-Baines, MD, FASCP'), 0, 2);
$pdf->SetFont('Times', '', 9); $pdf->Cell(200, 11, t('Chair, Self-Assessment Editorial Board'), 0, 2);
$pdf->Output('F', $OUT);
'''})


if __name__ == '__main__':
    main()
