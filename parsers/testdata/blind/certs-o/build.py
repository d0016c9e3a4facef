#!/usr/bin/python3
"""Blind test set 'certs-o': 40 invented CE certificates for medical laboratory
professionals (ASCP BOC CMP).  Writes nNN.pdf + nNN.gold.json into this directory
and all intermediate sources into ./src/.

Run:  /usr/bin/python3 build.py            (all)
      /usr/bin/python3 build.py 3 17       (only n03, n17)

Eight producers, five certificates each:
  reportlab        ReportLab canvas drawn directly
  acroform         ReportLab AcroForm text fields, flattened with qpdf
  chromium         HTML/CSS printed with headless chromium
  docx             python-docx document converted by LibreOffice
  fodt             hand-written flat ODF text document converted by LibreOffice
  fpdf             PHP + FPDF (core fonts, cp1252)
  tcpdf            PHP + TCPDF (DejaVu fonts, UTF-8)
  ghostscript      hand-written PostScript converted by gs pdfwrite
Everything (people, courses, ids, hospitals, vendors, societies) is invented.
"""
import os, sys, json, subprocess, shutil, html as _html, glob

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, 'src')
os.makedirs(SRC, exist_ok=True)

CERTS = {}


def cert(n, producer, style, layout, notes, name, title, date, credits, unit,
         provider, activity_id):
    assert unit in ('contact hour', 'CMLE', 'CE hour', 'CEU'), unit
    points = round(credits * 10, 2) if unit == 'CEU' else credits
    gold = dict(style=style, producer=producer, layout=layout, notes=notes,
                name=name, title=title, date=date, credits=credits, unit=unit,
                points=points, provider=provider, activity_id=activity_id)

    def deco(fn):
        CERTS[n] = dict(fn=fn, gold=gold)
        return fn
    return deco


def out(n):
    return os.path.join(BASE, 'n%02d.pdf' % n)


def src(n, ext):
    return os.path.join(SRC, 'n%02d.%s' % (n, ext))


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=240, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s failed:\n%s\n%s' % (cmd[0], r.stdout, r.stderr))
    return r


def esc(s):
    return _html.escape(s, quote=True)

# ---------------------------------------------------------------- producers


def chromium_pdf(n, html_text):
    p = src(n, 'html')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(html_text)
    o = out(n)
    if os.path.exists(o):
        os.remove(o)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
         '--no-pdf-header-footer', '--print-to-pdf-no-header',
         '--user-data-dir=' + os.path.join(SRC, '.chromium'),
         '--print-to-pdf=' + o, 'file://' + p])
    assert os.path.exists(o)


def soffice_pdf(n, path):
    od = os.path.join(SRC, '.lo_out')
    os.makedirs(od, exist_ok=True)
    run(['soffice', '-env:UserInstallation=file://' + os.path.join(SRC, '.lo_profile'),
         '--headless', '--convert-to', 'pdf', '--outdir', od, path])
    produced = os.path.join(od, os.path.splitext(os.path.basename(path))[0] + '.pdf')
    shutil.move(produced, out(n))


def php_pdf(n, code):
    p = src(n, 'php')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(code)
    run(['php', p, out(n)])


FPDF_HEAD = r"""<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
"""

TCPDF_HEAD = r"""<?php
require('/usr/share/php/tcpdf/tcpdf.php');
"""


def acro_pdf(n, draw):
    """draw(canvas) builds a page using AcroForm text fields; flattened by qpdf."""
    from reportlab.pdfgen import canvas as _c
    form = os.path.join(SRC, 'n%02d_form.pdf' % n)
    c = draw(form)
    r = subprocess.run(['qpdf', '--flatten-annotations=all', '--generate-appearances', form, out(n)],
                       capture_output=True, text=True)
    if r.returncode not in (0, 3):      # 3 = succeeded with warnings
        raise RuntimeError('qpdf failed: ' + r.stderr)


# ---- PostScript
PS_PROLOG = r"""%%!PS-Adobe-3.0
%%%%Title: (%(title)s)
%%%%Creator: (certs-n build.py, hand-written PostScript)
%%%%Pages: %(pages)d
%%%%EndComments
<< /PageSize [%(w)d %(h)d] >> setpagedevice
/MyEnc ISOLatin1Encoding 256 array copy def
MyEnc 39 /quotesingle put MyEnc 96 /grave put MyEnc 45 /hyphen put
MyEnc 145 /quoteleft put MyEnc 146 /quoteright put
MyEnc 147 /quotedblleft put MyEnc 148 /quotedblright put
MyEnc 149 /bullet put MyEnc 150 /endash put MyEnc 151 /emdash put
MyEnc 153 /trademark put
/reenc { %% newname basename
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding MyEnc def
  currentdict end definefont pop } bind def
/TR /Times-Roman reenc   /TB /Times-Bold reenc   /TI /Times-Italic reenc
/TBI /Times-BoldItalic reenc
/HR /Helvetica reenc     /HB /Helvetica-Bold reenc /HO /Helvetica-Oblique reenc
/PR /Palatino-Roman reenc /PB /Palatino-Bold reenc /PI /Palatino-Italic reenc
/NR /NewCenturySchlbk-Roman reenc /NB /NewCenturySchlbk-Bold reenc
/NI /NewCenturySchlbk-Italic reenc
/ZC /ZapfChancery-MediumItalic reenc
/AB /AvantGarde-Demi reenc /AR /AvantGarde-Book reenc
/cshow { dup stringwidth pop 2 div neg 0 rmoveto show } bind def
/rshow { dup stringwidth pop neg 0 rmoveto show } bind def
"""


def pss(s):
    """Python str -> PostScript string literal (cp1252 bytes, octal escapes)."""
    b = s.encode('cp1252')
    o = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5c):
            o.append('\\' + chr(ch))
        elif 32 <= ch < 127:
            o.append(chr(ch))
        else:
            o.append('\\%03o' % ch)
    return '(' + ''.join(o) + ')'


class PS:
    def __init__(self, w, h, title):
        self.w, self.h, self.title = w, h, title
        self.pages = [[]]

    def add(self, s):
        self.pages[-1].append(s)

    def newpage(self):
        self.pages.append([])

    def text(self, x, y, font, size, s, align='l', gray=0, rgb=None):
        col = ('%g %g %g setrgbcolor' % rgb) if rgb else ('%g setgray' % gray)
        op = {'l': 'show', 'c': 'cshow', 'r': 'rshow'}[align]
        self.add('%s /%s %g selectfont %g %g moveto %s %s' % (col, font, size, x, y, pss(s), op))

    def spaced(self, x, y, font, size, s, sp, gray=0):
        """letter-spaced text centred on x (ashow)."""
        self.add('%g setgray /%s %g selectfont %s dup stringwidth pop %d %g mul add 2 div '
                 '%g exch sub %g moveto %g 0 3 -1 roll ashow'
                 % (gray, font, size, pss(s), len(s), sp, x, y, sp))

    def line(self, x1, y1, x2, y2, w=0.8, gray=0):
        self.add('%g setgray %g setlinewidth newpath %g %g moveto %g %g lineto stroke'
                 % (gray, w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=1, gray=0, fill=None):
        if fill is not None:
            self.add('%s newpath %g %g %g %g rectfill' % (
                ('%g %g %g setrgbcolor' % fill) if isinstance(fill, tuple) else ('%g setgray' % fill),
                x, y, w, h))
        if lw:
            self.add('%g setgray %g setlinewidth %g %g %g %g rectstroke' % (gray, lw, x, y, w, h))

    def circle(self, x, y, r, lw=1, gray=0):
        self.add('%g setgray %g setlinewidth newpath %g %g %g 0 360 arc closepath stroke'
                 % (gray, lw, x, y, r))

    def write(self, n):
        p = src(n, 'ps')
        body = [PS_PROLOG % dict(title=self.title, pages=len(self.pages), w=self.w, h=self.h)]
        for i, pg in enumerate(self.pages, 1):
            body.append('%%%%Page: %d %d' % (i, i))
            body.append('gsave')
            body.extend(pg)
            body.append('grestore showpage')
        body.append('%%EOF\n')
        with open(p, 'w', encoding='ascii') as f:
            f.write('\n'.join(body))
        run(['gs', '-q', '-dSAFER', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite',
             '-dCompatibilityLevel=1.6', '-sOutputFile=' + out(n), p])


# ---- flat ODT
def fodt(n, page, auto_styles, body, extra_styles=''):
    """page: dict(w='11in', h='8.5in', margin='0.6in', border=None|'0.06in double #...')"""
    border = page.get('border')
    bord = ''
    if border:
        bord = ' fo:border="%s" fo:padding="%s"' % (border, page.get('padding', '0.2in'))
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>certs-n build.py (hand-written FODT)</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="URW Bookman" svg:font-family="'URW Bookman'" style:font-family-generic="roman"/>
 <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman"/>
 <style:font-face style:name="Z003" svg:font-family="Z003" style:font-family-generic="script"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
%(extra)s
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL1">
  <style:page-layout-properties fo:page-width="%(w)s" fo:page-height="%(h)s" style:print-orientation="%(orient)s"
    fo:margin-top="%(m)s" fo:margin-bottom="%(m)s" fo:margin-left="%(m)s" fo:margin-right="%(m)s"%(bord)s/>
 </style:page-layout>
%(auto)s
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL1"/>
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
''' % dict(w=page['w'], h=page['h'], m=page.get('margin', '0.6in'),
           orient='landscape' if page['w'] > page['h'] else 'portrait',
           bord=bord, auto=auto_styles, body=body, extra=extra_styles)
    p = src(n, 'fodt')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(doc)
    soffice_pdf(n, p)


def pstyle(name, size='11pt', bold=False, italic=False, align='start', font='Liberation Serif',
           before='0in', after='0in', color=None, caps=False, spacing=None, extra_para='', extra_text=''):
    t = 'style:font-name="%s" fo:font-size="%s"' % (font, size)
    if bold:
        t += ' fo:font-weight="bold"'
    if italic:
        t += ' fo:font-style="italic"'
    if color:
        t += ' fo:color="%s"' % color
    if caps:
        t += ' fo:text-transform="uppercase"'
    if spacing:
        t += ' fo:letter-spacing="%s"' % spacing
    return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s" %s/>'
            '<style:text-properties %s %s/></style:style>\n'
            % (name, align, before, after, extra_para, t, extra_text))


def P(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, text if raw else esc(text))


# ---- docx helpers
def docx_save_convert(n, doc):
    p = src(n, 'docx')
    doc.save(p)
    soffice_pdf(n, p)


def docx_page_border(section, style='double', sz=18, color='1F3864', space=24):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    sectPr = section._sectPr
    pg = OxmlElement('w:pgBorders')
    pg.set(qn('w:offsetFrom'), 'page')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), style)
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), str(space))
        e.set(qn('w:color'), color)
        pg.append(e)
    # pgBorders must come after pgMar in sectPr sequence
    pgMar = sectPr.find(qn('w:pgMar'))
    if pgMar is not None:
        pgMar.addnext(pg)
    else:
        sectPr.append(pg)


def docx_cell_shade(cell, hexcolor):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)


def docx_table_borders(table, val='single', sz=4, color='808080', inside=True):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    sides = ['top', 'left', 'bottom', 'right'] + (['insideH', 'insideV'] if inside else [])
    for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + s)
        if s in sides:
            e.set(qn('w:val'), val)
            e.set(qn('w:sz'), str(sz))
            e.set(qn('w:color'), color)
        else:
            e.set(qn('w:val'), 'nil')
        b.append(e)
    tblPr.append(b)


def docx_run(par, text, size=None, bold=False, italic=False, font=None, color=None, caps=False,
             spacing=None):
    from docx.shared import Pt, RGBColor
    r = par.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if font:
        r.font.name = font
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if spacing is not None:
        from docx.oxml.ns import qn
        from docx.oxml import OxmlElement
        rPr = r._r.get_or_add_rPr()
        sp = OxmlElement('w:spacing')
        sp.set(qn('w:val'), str(spacing))
        rPr.append(sp)
    return r


def docx_par(doc_or_cell, text='', align='center', size=11, bold=False, italic=False, font=None,
             color=None, before=0, after=0, caps=False, spacing=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc_or_cell.add_paragraph()
    p.alignment = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'left': WD_ALIGN_PARAGRAPH.LEFT,
                   'right': WD_ALIGN_PARAGRAPH.RIGHT, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        docx_run(p, text, size, bold, italic, font, color, caps, spacing)
    return p


def new_docx(landscape=False, margins=0.7, font='Liberation Serif', size=11):
    import docx
    from docx.shared import Inches, Pt
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    for a in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(s, a, Inches(margins))
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    # remove the empty first paragraph python-docx templates do not have (none) – ok
    return d


# ---- reportlab helpers
def rl_wrap(text, font, size, width):
    from reportlab.lib.utils import simpleSplit
    return simpleSplit(text, font, size, width)


def rl_center_lines(c, lines, x, y, font, size, lead):
    c.setFont(font, size)
    for ln in lines:
        c.drawCentredString(x, y, ln)
        y -= lead
    return y


# =====================================================================
#  ReportLab canvas  (n01, n09, n17, n25, n33)
# =====================================================================

@cert(1, 'reportlab', 'ascp-cmle',
      ['landscape', 'centred award', 'double border', 'seal', 'signature block', 'format line'],
      'Credential after name; ONLINE COURSE format line above title; certificate no., customer ID and issue date are distractors.',
      'Marisol T. Okafor-Lindqvist',
      'Hematology Morphology Challenge: Red Cell Inclusions and Their Mimics',
      '2026-03-19', 1.0, 'CMLE',
      ['American Society for Clinical Pathology', 'ASCP'], 'HEM-2611')
def n01():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    W, H = landscape(letter)
    c = canvas.Canvas(out(1), pagesize=(W, H))
    c.setTitle('ASCP Certificate of Completion')
    c.setStrokeColorRGB(0.05, 0.2, 0.42)
    c.setLineWidth(4); c.rect(24, 24, W - 48, H - 48)
    c.setLineWidth(1); c.rect(34, 34, W - 68, H - 68)
    # seal, lower right
    c.setFillColorRGB(0.78, 0.62, 0.18)
    c.circle(W - 118, 118, 46, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1); c.setStrokeColorRGB(1, 1, 1); c.setLineWidth(1.2)
    c.circle(W - 118, 118, 38, stroke=1, fill=0)
    c.setFont('Helvetica-Bold', 15); c.drawCentredString(W - 118, 116, 'ASCP')
    c.setFont('Helvetica', 6.5); c.drawCentredString(W - 118, 104, 'CMLE')
    c.setFillColorRGB(0.05, 0.2, 0.42)
    c.setFont('Times-Bold', 22)
    c.drawCentredString(W / 2, H - 82, 'American Society for Clinical Pathology')
    c.setFont('Helvetica', 9.5); c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawCentredString(W / 2, H - 100, 'CONTINUING MEDICAL LABORATORY EDUCATION')
    c.setFillColorRGB(0.05, 0.2, 0.42)
    c.setFont('Times-Italic', 34)
    c.drawCentredString(W / 2, H - 150, 'Certificate of Completion')
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Times-Roman', 13)
    c.drawCentredString(W / 2, H - 186, 'This certifies that')
    c.setFont('Times-BoldItalic', 26)
    c.drawCentredString(W / 2, H - 222, 'Marisol T. Okafor-Lindqvist, MLS(ASCP)CM')
    c.setLineWidth(0.6); c.line(W / 2 - 230, H - 230, W / 2 + 230, H - 230)
    c.setFont('Times-Roman', 13)
    c.drawCentredString(W / 2, H - 254, 'has successfully completed the')
    c.setFont('Helvetica-Bold', 9); c.setFillColorRGB(0.55, 0.1, 0.1)
    c.drawCentredString(W / 2, H - 276, 'ONLINE COURSE')
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Times-Bold', 17)
    c.drawCentredString(W / 2, H - 298, 'Hematology Morphology Challenge: Red Cell Inclusions and Their Mimics')
    c.setFont('Times-Roman', 13)
    c.drawCentredString(W / 2, H - 330, 'on March 19, 2026, and is awarded')
    c.setFont('Times-Bold', 15)
    c.drawCentredString(W / 2, H - 352, '1.0 CMLE credit')
    c.setFont('Times-Italic', 8.8); c.setFillColorRGB(0.25, 0.25, 0.25)
    stmt = ('The American Society for Clinical Pathology (ASCP) designates this enduring material for a '
            'maximum of 1.0 CMLE credit. ASCP CMLE credit is accepted by the ASCP Board of Certification '
            'for its Credential Maintenance Program (CMP).')
    rl_center_lines(c, rl_wrap(stmt, 'Times-Italic', 8.8, 520), W / 2, H - 382, 'Times-Italic', 8.8, 11)
    # signature, lower left
    c.setFillColorRGB(0, 0, 0); c.setStrokeColorRGB(0, 0, 0)
    c.setFont('Times-Italic', 18); c.drawString(80, 140, 'Renata Vossberg-Hale')
    c.setLineWidth(0.5); c.line(76, 134, 290, 134)
    c.setFont('Helvetica', 8.5)
    c.drawString(80, 122, 'Renata Vossberg-Hale, MD, FASCP')
    c.drawString(80, 111, 'Chair, Continuing Education Committee')
    # reference block, bottom centre
    c.setFont('Helvetica', 8.5); c.setFillColorRGB(0.2, 0.2, 0.2)
    c.drawString(330, 132, 'Course ID:  HEM-2611')
    c.drawString(330, 120, 'Certificate No.  88412093')
    c.drawString(330, 108, 'Customer ID:  00417732')
    c.drawString(330, 96, 'Issued:  March 22, 2026')
    c.save()


@cert(9, 'reportlab', 'joint-accreditation-cme',
      ['portrait', 'header band', 'credit table max/claimed', 'accreditation statements'],
      'Four credit types; only the ASCLS P.A.C.E. row counts and its claimed 2.5 (not the 3.0 maximum). Honorific Dr. and PhD, MLS(ASCP)CM stripped. Generation date is a distractor.',
      'Fenella J. Achterberg',
      'Sepsis 2026: Biomarkers, Rapid Diagnostics, and Antimicrobial Stewardship Across the Care Team',
      '2026-09-25', 2.5, 'contact hour',
      ['Brightwater Health Sciences Center',
       'Brightwater Health Sciences Center, Office of Continuing Professional Development', 'BHSC'],
      '26-SEP-118')
def n09():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    W, H = letter
    c = canvas.Canvas(out(9), pagesize=letter)
    c.setTitle('Certificate - BHSC CPD')
    c.setFillColorRGB(0.0, 0.33, 0.36); c.rect(0, H - 96, W, 96, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont('Helvetica-Bold', 17); c.drawString(54, H - 44, 'Brightwater Health Sciences Center')
    c.setFont('Helvetica', 11); c.drawString(54, H - 62, 'Office of Continuing Professional Development')
    c.setFont('Helvetica-Bold', 7.5)
    c.drawRightString(W - 54, H - 40, 'JOINTLY ACCREDITED PROVIDER\u2122')
    c.setFont('Helvetica', 7.5)
    c.drawRightString(W - 54, H - 50, 'INTERPROFESSIONAL CONTINUING EDUCATION')
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Helvetica-Bold', 22); c.drawString(54, H - 140, 'Certificate of Participation')
    c.setFont('Helvetica', 10.5)
    c.drawString(54, H - 166, 'Presented to')
    c.setFont('Helvetica-Bold', 16)
    c.drawString(54, H - 186, 'Dr. Fenella J. Achterberg, PhD, MLS(ASCP)CM')
    c.setFont('Helvetica', 10.5)
    c.drawString(54, H - 212, 'for participation in the live activity')
    c.setFont('Helvetica-Bold', 13)
    y = H - 232
    for ln in ['Sepsis 2026: Biomarkers, Rapid Diagnostics, and Antimicrobial',
               'Stewardship Across the Care Team']:
        c.drawString(54, y, ln); y -= 16
    c.setFont('Helvetica', 10.5)
    c.drawString(54, y - 8, 'held on September 25, 2026 at the BHSC Learning Commons, Auditorium B.')
    c.drawString(54, y - 24, 'Activity ID: 26-SEP-118')
    # credit table
    y0 = y - 60
    c.setFont('Helvetica-Bold', 9.5)
    c.setFillColorRGB(0.9, 0.94, 0.94); c.rect(54, y0 - 4, W - 108, 16, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(60, y0, 'Credit type'); c.drawRightString(400, y0, 'Maximum'); c.drawRightString(520, y0, 'Claimed')
    rows = [('AMA PRA Category 1 Credits\u2122', '3.00', '\u2014'),
            ('ANCC nursing contact hours', '3.00', '\u2014'),
            ('ACPE pharmacy contact hours (knowledge)', '3.00', '\u2014'),
            ('ASCLS P.A.C.E.\u00ae contact hours', '3.00', '2.50')]
    c.setFont('Helvetica', 9.5)
    yy = y0 - 18
    for a, b, d in rows:
        c.drawString(60, yy, a); c.drawRightString(400, yy, b); c.drawRightString(520, yy, d)
        c.setStrokeColorRGB(0.8, 0.8, 0.8); c.line(54, yy - 5, W - 54, yy - 5)
        yy -= 18
    # statements
    c.setFont('Helvetica', 7.8); c.setFillColorRGB(0.2, 0.2, 0.2)
    stm = [
        'In support of improving patient care, Brightwater Health Sciences Center is jointly accredited by the '
        'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy '
        'Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education '
        'for the healthcare team.',
        'Brightwater Health Sciences Center designates this live activity for a maximum of 3.00 AMA PRA Category 1 '
        'Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation '
        'in the activity. Nurses: 3.00 ANCC contact hours. Pharmacists: 3.00 knowledge-based ACPE contact hours.',
        'Brightwater Health Sciences Center is approved as a provider of continuing education programs in the '
        'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program; this activity offers up to 3.00 P.A.C.E.\u00ae '
        'contact hours. Laboratory professionals claim the hours they actually attended.',
    ]
    yy -= 18
    for para in stm:
        for ln in rl_wrap(para, 'Helvetica', 7.8, W - 108):
            c.drawString(54, yy, ln); yy -= 10
        yy -= 6
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Times-Italic', 15); c.drawString(54, 122, 'Corinne Abelard-Tsu')
    c.line(54, 116, 250, 116)
    c.setFont('Helvetica', 8.5)
    c.drawString(54, 104, 'Corinne Abelard-Tsu, DNP, RN')
    c.drawString(54, 93, 'Director, Continuing Professional Development')
    c.setFont('Helvetica', 7.5); c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawRightString(W - 54, 60, 'Certificate generated October 2, 2026 \u2022 Transcript ref. 7Q-00315')
    c.save()


@cert(17, 'reportlab', 'ascp-cmle',
      ['portrait', 'one paragraph', 'thin border'],
      'One-paragraph certificate; title in curly quotes inside running text wraps across lines; print date distractor.',
      'Gwendolyn A. Thistlewood-Marr',
      'Critical Values Communication: Closing the Loop Between the Laboratory and the Bedside',
      '2026-03-03', 1.5, 'CMLE',
      ['American Society for Clinical Pathology', 'ASCP'], 'CV-LAB-0326')
def n17():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import Paragraph
    from reportlab.lib.styles import ParagraphStyle
    W, H = letter
    c = canvas.Canvas(out(17), pagesize=letter)
    c.setTitle('CMLE credit statement')
    c.setStrokeColorRGB(0.3, 0.3, 0.3); c.setLineWidth(0.7); c.rect(40, 40, W - 80, H - 80)
    c.setFont('Helvetica-Bold', 13); c.drawString(72, H - 96, 'ASCP')
    c.setFont('Helvetica', 9); c.drawString(72, H - 110, 'American Society for Clinical Pathology \u2022 Chicago, Illinois')
    c.setFont('Times-Bold', 20); c.drawString(72, H - 170, 'Statement of Continuing Education Credit')
    st = ParagraphStyle('b', fontName='Times-Roman', fontSize=13, leading=20)
    txt = ('This is to certify that <b>Gwendolyn A. Thistlewood-Marr</b> has completed '
           '\u201cCritical Values Communication: Closing the Loop Between the Laboratory and the Bedside\u201d '
           'on March 3, 2026 and is awarded 1.5 CMLE credits by the American Society for Clinical Pathology.')
    p = Paragraph(txt, st)
    w, h = p.wrap(W - 144, 300)
    p.drawOn(c, 72, H - 200 - h)
    c.setFont('Times-Roman', 11)
    c.drawString(72, H - 290, 'Activity ID: CV-LAB-0326')
    c.drawString(72, H - 306, 'Format: self-paced online activity with post-test')
    st2 = ParagraphStyle('s', fontName='Times-Italic', fontSize=9.5, leading=13)
    p2 = Paragraph('CMLE credit is accepted by the ASCP Board of Certification toward the Credential Maintenance '
                   'Program. Retain this statement with your CMP documentation; the Board of Certification may '
                   'request it during an audit.', st2)
    w, h = p2.wrap(W - 144, 200)
    p2.drawOn(c, 72, H - 340 - h)
    c.setFont('Times-Italic', 16); c.drawString(72, 190, 'Lionel Pardee-Acosta')
    c.line(72, 184, 280, 184)
    c.setFont('Times-Roman', 9.5)
    c.drawString(72, 172, 'Lionel Pardee-Acosta, MS, MLS(ASCP)')
    c.drawString(72, 160, 'Director, Educational Programs')
    c.setFont('Helvetica', 7.5); c.setFillColorRGB(0.45, 0.45, 0.45)
    c.drawString(72, 64, 'Transcript printed 04/01/2026')
    c.save()


@cert(25, 'reportlab', 'joint-accreditation-cme',
      ['landscape', 'letter-spaced name', 'credit table max/claimed', 'two signatures', 'date range'],
      'Meeting attendance: title is the summit name; two-day range, last day counts; letter-spaced caps name; only P.A.C.E. claimed 9.00 counts; transcript ID distractor.',
      'OLUWASEUN K. HARTMANN',
      'Diagnostic Stewardship Summit 2026',
      '2026-05-08', 9.0, 'contact hour',
      ['Meridian Institute for Interprofessional Education', 'MIIE'], 'MIIE-26-DSS')
def n25():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    W, H = landscape(letter)
    c = canvas.Canvas(out(25), pagesize=(W, H))
    c.setTitle('MIIE attendance certificate')
    c.setFillColorRGB(0.28, 0.12, 0.4); c.rect(0, 0, 30, H, stroke=0, fill=1)
    c.setFillColorRGB(0.85, 0.7, 0.2); c.rect(30, 0, 6, H, stroke=0, fill=1)
    c.setFillColorRGB(0.28, 0.12, 0.4)
    c.setFont('Helvetica-Bold', 13); c.drawString(70, H - 60, 'Meridian Institute for Interprofessional Education')
    c.setFont('Helvetica', 9); c.drawString(70, H - 74, 'MIIE  \u00b7  Continuing Education for the Healthcare Team')
    c.setFont('Times-Roman', 30); c.drawString(70, H - 128, 'Certificate of Attendance')
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Times-Roman', 11.5); c.drawString(70, H - 160, 'awarded to')
    c.setFont('Helvetica-Bold', 18)
    c.drawString(70, H - 190, 'OLUWASEUN K. HARTMANN', charSpace=4)
    c.setFont('Times-Roman', 11.5); c.drawString(70, H - 218, 'who attended')
    c.setFont('Times-Bold', 20); c.drawString(70, H - 244, 'Diagnostic Stewardship Summit 2026')
    c.setFont('Times-Roman', 11.5)
    c.drawString(70, H - 264, 'May 7\u20138, 2026  \u2022  Harborview Conference Center, Baltimore, Maryland')
    c.drawString(70, H - 280, 'Activity No.  MIIE-26-DSS')
    # table
    x0, y0 = 70, H - 318
    cols = [x0, x0 + 290, x0 + 380]
    c.setFont('Helvetica-Bold', 9)
    c.drawString(cols[0], y0, 'CREDIT DESIGNATION'); c.drawString(cols[1], y0, 'MAXIMUM'); c.drawString(cols[2], y0, 'CLAIMED')
    c.setLineWidth(0.8); c.line(x0, y0 - 4, x0 + 460, y0 - 4)
    c.setFont('Helvetica', 9.5)
    rows = [('AMA PRA Category 1 Credits\u2122', '10.50', '\u2013'),
            ('ANCC contact hours', '10.50', '\u2013'),
            ('ACPE contact hours', '10.50', '\u2013'),
            ('ASCLS P.A.C.E.\u00ae contact hours', '10.50', '9.00')]
    yy = y0 - 18
    for r in rows:
        for x, v in zip(cols, r):
            c.drawString(x, yy, v)
        yy -= 15
    c.setFont('Helvetica', 7.6); c.setFillColorRGB(0.25, 0.25, 0.25)
    stmt = ('In support of improving patient care, the Meridian Institute for Interprofessional Education is jointly '
            'accredited by the ACCME, ACPE and ANCC to provide continuing education for the healthcare team. The MIIE '
            'designates this live activity for a maximum of 10.50 AMA PRA Category 1 Credits\u2122. MIIE is approved as a '
            'provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.')
    yy -= 8
    for ln in rl_wrap(stmt, 'Helvetica', 7.6, 470):
        c.drawString(70, yy, ln); yy -= 9.5
    # signatures on right
    c.setFillColorRGB(0, 0, 0)
    for i, (nm, role) in enumerate([('Thandiwe Morrow-Ellis, PharmD', 'Executive Director, MIIE'),
                                    ('Augustin Perrault, MD', 'Summit Course Director')]):
        yb = 210 - i * 80
        c.setFont('Times-Italic', 15); c.drawString(580, yb + 8, nm.split(',')[0])
        c.line(576, yb, 740, yb)
        c.setFont('Helvetica', 8); c.drawString(580, yb - 11, nm); c.drawString(580, yb - 21, role)
    c.setFont('Helvetica', 7.5); c.setFillColorRGB(0.45, 0.45, 0.45)
    c.drawString(70, 40, 'Transcript ID: 4471-0098   |   Issued May 20, 2026')
    c.save()


@cert(33, 'reportlab', 'cap-joint',
      ['landscape', 'two pages', 'accreditation page', 'format line', 'seal'],
      'Second page holds joint-accreditation and P.A.C.E. statements; LIVE WEBINAR line not part of title; AMA and P.A.C.E. both 1.0; customer no. distractor.',
      'Saoirse N. \u00d3 D\u00e1laigh',
      'Molecular Oncology Biomarker Testing: Preanalytic Variables in Tissue Fixation and Processing',
      '2026-09-30', 1.0, 'contact hour',
      ['College of American Pathologists', 'CAP'], 'CAPW-0930-MO')
def n33():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    W, H = landscape(letter)
    c = canvas.Canvas(out(33), pagesize=(W, H))
    c.setTitle('CAP webinar certificate')
    c.setStrokeColorRGB(0.0, 0.3, 0.55); c.setLineWidth(2.5); c.rect(30, 30, W - 60, H - 60)
    c.setFillColorRGB(0.0, 0.3, 0.55)
    c.circle(96, H - 96, 36, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1); c.setFont('Times-Bold', 20); c.drawCentredString(96, H - 103, 'CAP')
    c.setFillColorRGB(0.0, 0.3, 0.55)
    c.setFont('Times-Bold', 24); c.drawString(148, H - 90, 'College of American Pathologists')
    c.setFont('Helvetica', 10); c.drawString(148, H - 108, 'Education \u2014 Certificate of Credit')
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Helvetica', 11); c.drawCentredString(W / 2, H - 170, 'The CAP recognizes')
    c.setFont('Times-Bold', 28); c.drawCentredString(W / 2, H - 206, 'Saoirse N. \u00d3 D\u00e1laigh')
    c.setFont('Helvetica', 11); c.drawCentredString(W / 2, H - 236, 'for completing the CAP education activity')
    c.setFont('Helvetica-Bold', 9); c.setFillColorRGB(0.7, 0.1, 0.1)
    c.drawCentredString(W / 2, H - 258, 'LIVE WEBINAR')
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Times-Bold', 17)
    c.drawCentredString(W / 2, H - 282, 'Molecular Oncology Biomarker Testing: Preanalytic Variables')
    c.drawCentredString(W / 2, H - 302, 'in Tissue Fixation and Processing')
    c.setFont('Helvetica', 10.5)
    c.drawCentredString(W / 2, H - 336, 'Date of participation: September 30, 2026        Activity ID: CAPW-0930-MO')
    c.setFont('Helvetica-Bold', 10.5)
    c.drawCentredString(W / 2, H - 362, 'Credits earned:  1.0 AMA PRA Category 1 Credit\u2122   |   1.0 ASCLS P.A.C.E.\u00ae contact hour')
    c.setFont('Helvetica', 8.5); c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawCentredString(W / 2, H - 382, 'Accreditation statements appear on page 2.')
    c.setFillColorRGB(0, 0, 0)
    c.setFont('Times-Italic', 15); c.drawString(90, 104, 'Bartholomew Ekwueme-Voss')
    c.line(86, 98, 300, 98)
    c.setFont('Helvetica', 8.5); c.drawString(90, 86, 'Bartholomew Ekwueme-Voss, MD, FCAP')
    c.drawString(90, 75, 'Chair, Council on Education')
    c.setFont('Helvetica', 8); c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawRightString(W - 60, 86, 'CAP Customer No. 3180552')
    c.drawRightString(W - 60, 75, 'Printed 10/06/2026')
    c.showPage()
    c.setFont('Times-Bold', 16); c.drawString(60, H - 70, 'Accreditation and Credit Designation')
    c.setFont('Times-Roman', 11)
    paras = [
        'In support of improving patient care, the College of American Pathologists is jointly accredited by the '
        'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy '
        'Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education '
        'for the healthcare team.',
        'The College of American Pathologists designates this live activity for a maximum of 1.0 AMA PRA '
        'Category 1 Credit\u2122. Physicians should claim only the credit commensurate with the extent of their '
        'participation in the activity.',
        'The College of American Pathologists is approved as a provider of continuing education programs in the '
        'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This activity is approved for 1.0 '
        'P.A.C.E.\u00ae contact hour.',
        'Disclosure: none of the planners or faculty for this activity have relevant financial relationships '
        'with ineligible companies.',
    ]
    y = H - 100
    for para in paras:
        for ln in rl_wrap(para, 'Times-Roman', 11, W - 120):
            c.drawString(60, y, ln); y -= 14
        y -= 10
    c.save()

# =====================================================================
#  ReportLab AcroForm, flattened with qpdf  (n08, n16, n24, n32, n40)
# =====================================================================

def _field(c, name, value, x, y, w, h=16, size=10.5, font='Helvetica', border=False, fill=None):
    from reportlab.lib import colors
    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h,
                         fontName=font, fontSize=size, borderWidth=1 if border else 0,
                         borderColor=colors.grey if border else None,
                         fillColor=fill or colors.white, textColor=colors.black, forceBorder=border)


def _mfield(c, name, value, x, y, w, h, size=10.5, font='Helvetica', align='l'):
    """a 'multi-line' value as one single-line field per wrapped line (top line at y+h-size-4)."""
    lines = rl_wrap(value, font, size, w - 6)
    lead = size * 1.3
    yy = y + h - lead
    for i, ln in enumerate(lines):
        fw = c.stringWidth(ln, font, size) + 8
        xx = x if align == 'l' else x + (w - fw) / 2
        _field(c, '%s_%d' % (name, i), ln, xx, yy, fw if align == 'c' else w, lead, size, font)
        yy -= lead


@cert(8, 'acroform', 'hospital-inservice',
      ['portrait', 'fill-in form', 'label/value rows', 'signature lines'],
      'Department of a hospital issues the in-service; employee ID, form revision date and supervisor sign-off date are distractors; CE hour unit.',
      'Chidinma R. Okonkwo',
      'Blood Culture Contamination Reduction: Collection Technique and Skin Antisepsis',
      '2026-05-21', 1.0, 'CE hour',
      ['Halvorsen Memorial Hospital', 'Halvorsen Memorial Hospital, Department of Laboratory Medicine'],
      'IS-2026-031')
def n08():
    def draw(path):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import letter
        W, H = letter
        c = canvas.Canvas(path, pagesize=letter)
        c.setTitle('In-service record')
        c.setFont('Helvetica-Bold', 15); c.drawString(54, H - 60, 'Halvorsen Memorial Hospital')
        c.setFont('Helvetica', 10.5); c.drawString(54, H - 76, 'Department of Laboratory Medicine')
        c.setFont('Helvetica', 7.5); c.drawRightString(W - 54, H - 60, 'Form LM-114 rev. 03/2025')
        c.setLineWidth(1.5); c.line(54, H - 86, W - 54, H - 86)
        c.setFont('Helvetica-Bold', 13); c.drawString(54, H - 114, 'IN-SERVICE EDUCATION RECORD & CERTIFICATE OF ATTENDANCE')
        rows = [('Employee name', 'Chidinma R. Okonkwo'),
                ('Employee ID', '0048127'),
                ('Section', 'Microbiology'),
                ('In-service topic', 'Blood Culture Contamination Reduction: Collection Technique and Skin Antisepsis'),
                ('Session no.', 'IS-2026-031'),
                ('Date of in-service', '05/21/2026'),
                ('Presenter', 'Graciela Montoya-Ruiz, MS, MLS(ASCP)SM'),
                ('Continuing education', '1.0 CE hour'),
                ]
        y = H - 150
        c.setFont('Helvetica', 9)
        for i, (lab, val) in enumerate(rows):
            c.setFillColorRGB(0.3, 0.3, 0.3); c.drawString(54, y + 4, lab.upper())
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0.6, 0.6, 0.6); c.setLineWidth(0.5); c.line(190, y - 1, W - 54, y - 1)
            _field(c, 'f%d' % i, val, 190, y, W - 244, 16, 10.5 if len(val) < 70 else 9.2)
            y -= 30
        c.setFont('Helvetica', 9)
        txt = ('The employee named above attended the in-service listed. This in-service is part of the '
               'Department of Laboratory Medicine continuing education program and may be submitted for '
               'certification maintenance or state license renewal as 1.0 CE hour.')
        for ln in rl_wrap(txt, 'Helvetica', 9, W - 108):
            c.drawString(54, y, ln); y -= 12
        y -= 40
        c.line(54, y, 270, y); c.line(330, y, W - 54, y)
        c.setFont('Times-Italic', 14)
        c.drawString(58, y + 5, 'G. Montoya-Ruiz')
        c.drawString(334, y + 5, 'Hollis P. Achebe')
        c.setFont('Helvetica', 8)
        c.drawString(54, y - 11, 'Presenter')
        c.drawString(330, y - 11, 'Laboratory Education Coordinator   Date signed: 05/22/2026')
        c.save()
    acro_pdf(8, draw)


@cert(16, 'acroform', 'amt',
      ['landscape', 'centred award', 'form fields', 'border'],
      'AMT CE certificate with CE hours; AMT member ID distractor; numeric-style date.',
      'Beatriz L. Quintanilla',
      'Point-of-Care Glucose Testing: Quality Assurance, Operator Competency, and Meter Troubleshooting',
      '2025-08-30', 2.0, 'CE hour',
      ['American Medical Technologists', 'AMT'], 'AMT-EL-5520')
def n16():
    def draw(path):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import letter, landscape
        W, H = landscape(letter)
        c = canvas.Canvas(path, pagesize=(W, H))
        c.setTitle('AMT CE certificate')
        c.setStrokeColorRGB(0.55, 0.08, 0.12); c.setLineWidth(6); c.rect(20, 20, W - 40, H - 40)
        c.setLineWidth(0.8); c.rect(32, 32, W - 64, H - 64)
        c.setFillColorRGB(0.55, 0.08, 0.12)
        c.setFont('Times-Bold', 26); c.drawCentredString(W / 2, H - 80, 'American Medical Technologists')
        c.setFont('Times-Roman', 12); c.drawCentredString(W / 2, H - 98, 'AMT \u2022 Continuing Education Program')
        c.setFillColorRGB(0, 0, 0)
        c.setFont('Times-Roman', 28); c.drawCentredString(W / 2, H - 150, 'Continuing Education Certificate')
        c.setFont('Times-Roman', 12); c.drawCentredString(W / 2, H - 180, 'This acknowledges that')
        _mfield(c, 'name', 'Beatriz L. Quintanilla', W / 2 - 200, H - 220, 400, 28, 20, 'Times-Bold', align='c')
        c.line(W / 2 - 200, H - 220, W / 2 + 200, H - 220)
        c.setFont('Times-Roman', 12); c.drawCentredString(W / 2, H - 242, 'has completed the AMT online course')
        _mfield(c, 'course', 'Point-of-Care Glucose Testing: Quality Assurance, Operator Competency, and Meter Troubleshooting',
                W / 2 - 250, H - 300, 500, 46, 14, 'Times-Bold', align='c')
        lab = [('Course ID', 'AMT-EL-5520'), ('Date Completed', '08/30/2025'), ('CE Hours', '2.0'),
               ('AMT Member ID', '1192384')]
        x = 120
        for i, (l, v) in enumerate(lab):
            c.setFont('Helvetica', 8.5); c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(x, H - 340, l + ':')
            c.setFillColorRGB(0, 0, 0)
            _field(c, 'k%d' % i, v, x + c.stringWidth(l + ':', 'Helvetica', 8.5) + 4, H - 345, 80, 14, 10)
            x += 150
        c.setFont('Times-Italic', 9)
        txt = ('AMT awards CE hours for successful completion of its online courses, including a post-test with a '
               'passing score of 70% or higher. CE hours may be applied toward AMT Certification Continuation '
               'Program requirements and are widely accepted by other certification agencies.')
        y = H - 380
        for ln in rl_wrap(txt, 'Times-Italic', 9, 560):
            c.drawCentredString(W / 2, y, ln); y -= 12
        c.setFont('Times-Italic', 15); c.drawString(120, 110, 'Delphine Marchetti-Ruud')
        c.line(116, 104, 330, 104)
        c.setFont('Helvetica', 8); c.drawString(120, 92, 'Delphine Marchetti-Ruud, MT(AMT)')
        c.drawString(120, 82, 'Director of Continuing Education')
        c.setFont('Helvetica', 7.5); c.drawRightString(W - 80, 82, 'Date issued: 09/02/2025')
        c.save()
    acro_pdf(16, draw)


@cert(24, 'acroform', 'hospital-inservice',
      ['landscape', 'fill-in form', 'label/value grid', 'series title'],
      'Grand Rounds series name on the title line is part of the title; AMA credit printed alongside CE hours; hospital department issues it.',
      'Luc\u00eda M. Fern\u00e1ndez-Ortega',
      'Pathology Grand Rounds: Clonal Hematopoiesis and the Incidental Finding',
      '2026-02-18', 1.0, 'CE hour',
      ['Saint Aldric University Hospital',
       'Saint Aldric University Hospital, Department of Pathology & Laboratory Medicine'],
      'PGR-0218')
def n24():
    def draw(path):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import letter, landscape
        W, H = landscape(letter)
        c = canvas.Canvas(path, pagesize=(W, H))
        c.setTitle('Grand Rounds attendance')
        c.setFillColorRGB(0.12, 0.25, 0.18); c.rect(40, H - 110, W - 80, 70, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont('Helvetica-Bold', 18); c.drawString(60, H - 72, 'Saint Aldric University Hospital')
        c.setFont('Helvetica', 11); c.drawString(60, H - 92, 'Department of Pathology & Laboratory Medicine')
        c.setFont('Helvetica-Bold', 11); c.drawRightString(W - 60, H - 72, 'CERTIFICATE OF ATTENDANCE')
        c.setFillColorRGB(0, 0, 0)
        grid = [('Attendee', 'Luc\u00eda M. Fern\u00e1ndez-Ortega'),
                ('Session', 'Pathology Grand Rounds: Clonal Hematopoiesis and the Incidental Finding'),
                ('Speaker', 'Kenji Albrecht-Oyama, MD, PhD'),
                ('Date', 'February 18, 2026, 12:00-1:00 p.m.'),
                ('Event ID', 'PGR-0218'),
                ('Credit', '1.0 CE hour (laboratory staff);  1.0 AMA PRA Category 1 Credit (physicians)')]
        y = H - 160
        for i, (l, v) in enumerate(grid):
            c.setFont('Helvetica-Bold', 10); c.drawString(70, y + 4, l)
            c.setStrokeColorRGB(0.75, 0.75, 0.75); c.line(170, y - 2, W - 70, y - 2)
            _field(c, 'g%d' % i, v, 170, y, W - 240, 18, 11.5 if i != 1 else 12.5,
                   'Helvetica-Bold' if i in (0, 1) else 'Helvetica')
            y -= 36
        c.setFont('Helvetica', 8.5); c.setFillColorRGB(0.25, 0.25, 0.25)
        txt = ('Saint Aldric University Hospital is accredited to provide continuing medical education for physicians. '
               'Laboratory staff CE hours are recorded by the Department of Pathology & Laboratory Medicine for '
               'certification maintenance. Attendance verified by badge scan.')
        y -= 8
        for ln in rl_wrap(txt, 'Helvetica', 8.5, W - 140):
            c.drawString(70, y, ln); y -= 11
        c.setFillColorRGB(0, 0, 0)
        c.setFont('Times-Italic', 14); c.drawString(W - 300, 96, 'Imogen Farquharson')
        c.line(W - 304, 90, W - 70, 90)
        c.setFont('Helvetica', 8); c.drawString(W - 300, 78, 'Imogen Farquharson, MD \u2014 Grand Rounds Director')
        c.drawString(70, 78, 'Badge scan 2026-02-18 12:04  \u2022  Badge no. 771204')
        c.save()
    acro_pdf(24, draw)


@cert(32, 'acroform', 'aabb',
      ['portrait', 'form fields', 'format line', 'boxed label/value'],
      'Self-Study line is a format word, not part of title; order no. distractor; acronym-only provider.',
      'Nkechi A. Vandermeulen',
      'Cellular Therapy Chain of Identity: Labeling, Traceability, and the ISBT 128 Standard',
      '2025-12-02', 1.25, 'contact hour',
      ['AABB'], 'CT-SS-2519')
def n32():
    def draw(path):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import letter
        W, H = letter
        c = canvas.Canvas(path, pagesize=letter)
        c.setTitle('AABB eLearning certificate')
        c.setFillColorRGB(0.75, 0.05, 0.1)
        c.setFont('Helvetica-Bold', 34); c.drawString(60, H - 90, 'AABB')
        c.setFont('Helvetica', 10); c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(60, H - 106, 'Education \u2022 eLearning Center')
        c.setFillColorRGB(0, 0, 0)
        c.setFont('Times-Roman', 26); c.drawString(60, H - 160, 'Certificate of Completion')
        c.setStrokeColorRGB(0.75, 0.05, 0.1); c.setLineWidth(2); c.line(60, H - 172, 300, H - 172)
        boxes = [('Learner', 'Nkechi A. Vandermeulen', 18, 14, 'Helvetica-Bold'),
                 ('Course', None, 0, 0, None),
                 ('Activity No.', 'CT-SS-2519', 18, 11, 'Helvetica'),
                 ('Completion Date', '12/02/2025', 18, 11, 'Helvetica'),
                 ('Credit Awarded', '1.25 P.A.C.E.\u00ae contact hours', 18, 11, 'Helvetica'),
                 ('Order No.', '8820173', 18, 11, 'Helvetica')]
        y = H - 215
        c.setStrokeColorRGB(0.6, 0.6, 0.6); c.setLineWidth(0.5)
        for i, (l, v, h, s, f) in enumerate(boxes):
            c.setFont('Helvetica', 8); c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawString(60, y + 22, l.upper())
            c.setFillColorRGB(0, 0, 0)
            if l == 'Course':
                c.setFont('Helvetica-Oblique', 9); c.drawString(60, y + 10, 'Self-Study')
                _mfield(c, 'course', 'Cellular Therapy Chain of Identity: Labeling, Traceability, and the ISBT 128 Standard',
                        60, y - 30, W - 120, 38, 12.5, 'Helvetica-Bold')
                c.rect(56, y - 32, W - 112, 66, stroke=1, fill=0)
                y -= 80
                continue
            c.rect(56, y - 4, W - 112, 36, stroke=1, fill=0)
            _field(c, 'b%d' % i, v, 60, y - 1, W - 124, h, s, f)
            y -= 46
        c.setFont('Helvetica', 8.5)
        txt = ('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences '
               'by the ASCLS P.A.C.E.\u00ae Program. Successful completion requires viewing the full module and passing '
               'the post-assessment.')
        y -= 10
        for ln in rl_wrap(txt, 'Helvetica', 8.5, W - 120):
            c.drawString(60, y, ln); y -= 11
        c.save()
    acro_pdf(32, draw)


@cert(40, 'acroform', 'regional-society',
      ['landscape', 'form fields', 'claimed vs maximum', 'date range'],
      'Meeting attendance, no activity number; title is the meeting name; range Nov 6-7 (last day); claimed 6.5 of 9.0 maximum; attendee no. distractor.',
      'Theodora J. Umeh-Castellanos',
      'MASLP Fall Regional Meeting 2025',
      '2025-11-07', 6.5, 'contact hour',
      ['Mid-Atlantic Society for Laboratory Professionals', 'MASLP'], None)
def n40():
    def draw(path):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import letter, landscape
        W, H = landscape(letter)
        c = canvas.Canvas(path, pagesize=(W, H))
        c.setTitle('MASLP attendance')
        c.setStrokeColorRGB(0.1, 0.35, 0.6); c.setLineWidth(3); c.roundRect(28, 28, W - 56, H - 56, 14)
        c.setFillColorRGB(0.1, 0.35, 0.6)
        c.setFont('Helvetica-Bold', 20); c.drawCentredString(W / 2, H - 78, 'Mid-Atlantic Society for Laboratory Professionals')
        c.setFont('Helvetica', 11); c.drawCentredString(W / 2, H - 96, 'MASLP')
        c.setFillColorRGB(0, 0, 0)
        c.setFont('Times-Bold', 24); c.drawCentredString(W / 2, H - 140, 'Continuing Education Attendance Verification')
        items = [('Attendee', 'Theodora J. Umeh-Castellanos'),
                 ('Attendee No.', 'MA-25-0613'),
                 ('Meeting', 'MASLP Fall Regional Meeting 2025'),
                 ('Dates', 'November 6-7, 2025'),
                 ('Location', 'Wilmington Riverfront Hotel, Wilmington, Delaware'),
                 ('Maximum available', '9.0 P.A.C.E.\u00ae contact hours'),
                 ('Contact hours claimed', '6.5 P.A.C.E.\u00ae contact hours')]
        y = H - 190
        for i, (l, v) in enumerate(items):
            c.setFont('Helvetica-Bold', 10.5); c.drawRightString(300, y + 4, l + ':')
            _field(c, 'm%d' % i, v, 310, y, 380, 18, 12)
            y -= 28
        c.setFont('Helvetica', 8.5)
        txt = ('The Mid-Atlantic Society for Laboratory Professionals is approved as a provider of continuing education '
               'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Attendees claim only the '
               'sessions they attended; session sign-in sheets are retained by MASLP for three years.')
        y -= 6
        for ln in rl_wrap(txt, 'Helvetica', 8.5, 600):
            c.drawCentredString(W / 2, y, ln); y -= 11
        c.setFont('Times-Italic', 14); c.drawString(110, 92, 'Ignatius Borowski')
        c.line(106, 86, 320, 86)
        c.setFont('Helvetica', 8); c.drawString(110, 74, 'Ignatius Borowski, MLS(ASCP) \u2014 CE Chair')
        c.drawRightString(W - 100, 74, 'Verification printed 11/19/2025')
        c.save()
    acro_pdf(40, draw)

# =====================================================================
#  Chromium HTML  (n02, n10, n18, n26, n34)
# =====================================================================

@cert(2, 'chromium', 'aabb',
      ['portrait', 'two-column label/value table', 'format line', 'credit table'],
      'ALL-CAPS name with suffix III; eCast line above title; three credit figures (AMA 1.25, nursing 1.25, P.A.C.E. 1.5) - lab one counts; registration no. and print date distractors.',
      'DESMOND A. FARRUGIA III',
      'Patient Blood Management in Obstetric Hemorrhage: Building a Massive Transfusion Protocol That Works',
      '2026-02-11', 1.5, 'contact hour',
      ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '26EL-118')
def n02():
    h = '''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter portrait; margin: 0.6in; }
body { font-family: "Liberation Sans", sans-serif; color:#222; font-size: 11pt; }
.top { border-bottom: 4px solid #b3121f; padding-bottom: 8px; margin-bottom: 18px; }
.logo { font: bold 30pt "Liberation Sans"; color:#b3121f; letter-spacing: 1px; }
.org { font-size: 10.5pt; color:#444; }
h1 { font: normal 22pt "Liberation Serif"; margin: 8px 0 4px 0; }
.sub { color:#666; font-size: 10pt; margin-bottom: 18px; }
table.kv { border-collapse: collapse; width: 100%; }
table.kv td { border-top: 1px solid #ddd; padding: 7px 6px; vertical-align: top; }
table.kv td.k { width: 28%; color:#555; font-size: 9.5pt; text-transform: uppercase; letter-spacing: .5px; white-space: nowrap; }
table.kv td.v { font-size: 11.5pt; }
.fmt { font-size: 9pt; font-weight: bold; color:#b3121f; letter-spacing: 2px; }
.ttl { font-weight: bold; }
table.cr { border-collapse: collapse; margin-top: 16px; width: 70%; }
table.cr th, table.cr td { border: 1px solid #bbb; padding: 5px 8px; font-size: 10pt; text-align: left; }
table.cr th { background: #f3e3e4; }
.fine { font-size: 8.3pt; color:#444; margin-top: 16px; line-height: 1.35; }
.sig { margin-top: 26px; }
.sig .s { font: italic 17pt "Liberation Serif"; }
.sig .l { border-top: 1px solid #333; width: 260px; font-size: 9pt; padding-top: 3px; }
.foot { position: fixed; bottom: 0; font-size: 8pt; color: #777; }
</style></head><body>
<div class="top"><div class="logo">AABB</div>
<div class="org">Association for the Advancement of Blood &amp; Biotherapies</div></div>
<h1>Certificate of Attendance</h1>
<div class="sub">Continuing Education &mdash; Live Distance Learning</div>
<table class="kv">
<tr><td class="k">Participant</td><td class="v"><b>DESMOND A. FARRUGIA III</b></td></tr>
<tr><td class="k">Program</td><td class="v"><div class="fmt">eCast</div>
<div class="ttl">Patient Blood Management in Obstetric Hemorrhage: Building a Massive Transfusion Protocol That Works</div></td></tr>
<tr><td class="k">Program Number</td><td class="v">26EL-118</td></tr>
<tr><td class="k">Date Attended</td><td class="v">February 11, 2026 (live broadcast)</td></tr>
<tr><td class="k">Registration No.</td><td class="v">R-5540921</td></tr>
</table>
<table class="cr">
<tr><th>Credit type</th><th>Hours</th></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td>1.25</td></tr>
<tr><td>Nursing contact hours (ANCC)</td><td>1.25</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td>1.5</td></tr>
</table>
<div class="fine">AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide
continuing medical education for physicians and designates this live activity for a maximum of 1.25 AMA PRA Category 1
Credits&trade;. AABB is approved as a provider of nursing continuing professional development by the American Nurses
Credentialing Center&rsquo;s Commission on Accreditation. AABB is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program (1.5 contact hours, including the
live question-and-answer segment).</div>
<div class="sig"><div class="s">Harriet Lindgren-Osei</div>
<div class="l">Harriet Lindgren-Osei, MT(ASCP)SBB &middot; Director, Education</div></div>
<div class="foot">Certificate printed February 27, 2026 &middot; keep for your records</div>
</body></html>'''
    chromium_pdf(2, h)


@cert(10, 'chromium', 'university-ceu',
      ['landscape', 'centred award', 'double border', 'seal', 'date range', 'two signatures'],
      'CEU unit (1.2 CEU = 12 contact hours, points 12); suffix Jr.; division of a university issues it; student ID and issue date distractors; two-day range.',
      'Marcus Delacroix-Whitfield Jr.',
      'Molecular Diagnostics Bootcamp for the Clinical Laboratory',
      '2026-06-05', 1.2, 'CEU',
      ['Tallgrass State University', 'Tallgrass State University, Division of Continuing Education'],
      'MLS 5091-CE')
def n10():
    h = '''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0; }
body { margin:0; font-family: "C059", "Liberation Serif", serif; }
.frame { position:absolute; left:0.4in; top:0.4in; width:10.2in; height:7.7in; border: 6px double #5b3a12; box-sizing:border-box; }
.inner { position:absolute; left:0.62in; top:0.62in; width:9.76in; height:7.26in; border:1px solid #b08a4a; box-sizing:border-box; text-align:center; }
.univ { font-size: 28pt; color:#5b3a12; margin-top: 0.45in; letter-spacing: 1px; }
.div { font: 11pt "Liberation Sans"; color:#555; margin-top: 4px; letter-spacing: 3px; text-transform: uppercase; }
.kind { font-size: 24pt; font-style: italic; margin-top: 26px; }
.p { font-size: 13pt; margin-top: 12px; }
.name { font: bold 30pt "URW Bookman", serif; margin-top: 10px; }
.course { font-size: 18pt; font-weight: bold; margin-top: 8px; }
.units { font-size: 15pt; margin-top: 10px; }
.meta { font: 10pt "Liberation Sans"; color:#333; margin-top: 14px; }
.seal { position:absolute; left: 0.55in; bottom: 0.45in; width: 1.25in; height: 1.25in; border-radius: 50%; background:#a8801f; color:white; text-align:center; font: bold 9pt "Liberation Sans"; }
.seal div { margin-top: 0.42in; }
.sigs { position:absolute; bottom: 0.5in; right: 0.5in; width: 6.6in; font: 9pt "Liberation Sans"; text-align:left; }
.sig { display:inline-block; width: 3in; margin-left: 0.2in; vertical-align: top; }
.sig .s { font: italic 16pt "Z003", cursive; border-bottom: 1px solid #333; }
.foot { position:absolute; bottom: 0.18in; width:100%; text-align:right; font: 8pt "Liberation Sans"; color:#666; }
</style></head><body>
<div class="frame"></div>
<div class="inner">
<div class="univ">Tallgrass State University</div>
<div class="div">Division of Continuing Education</div>
<div class="kind">Certificate of Continuing Education Units</div>
<div class="p">is awarded to</div>
<div class="name">Marcus Delacroix-Whitfield Jr.</div>
<div class="p">upon completion of the two-day workshop</div>
<div class="course">Molecular Diagnostics Bootcamp for the Clinical Laboratory</div>
<div class="p">June 4&ndash;5, 2026 &nbsp;&middot;&nbsp; Hollister Hall, Emporia Campus</div>
<div class="units"><b>1.2 CEU</b> (12 contact hours of instruction)</div>
<div class="meta">Course Number: MLS 5091-CE &nbsp;&nbsp;|&nbsp;&nbsp; Student ID: T00918244</div>
<div class="meta" style="font-size:8.5pt;color:#555;margin-top:6px">One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction.</div>
<div class="seal"><div>TSU<br>SEAL</div></div>
<div class="sigs"><div class="sig"><div class="s">Priscilla Vandersloot</div>Priscilla Vandersloot, EdD<br>Dean, Division of Continuing Education</div><div class="sig"><div class="s">Ramon Iturbide-Cole</div>Ramon Iturbide-Cole, PhD, MLS(ASCP)<br>Workshop Director</div></div>
</div>
<div class="foot">Issued: June 19, 2026&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</div>
</body></html>'''
    chromium_pdf(10, h)


@cert(18, 'chromium', 'aabb',
      ['landscape', 'meeting attendance', 'claimed vs maximum table', 'date range', 'left-aligned'],
      'Annual meeting attendance (title = meeting name); range Oct 25-28 -> last day; claimed 14.5 of 24.0 maximum; suffix Jr.; registration/badge no. and issue date distractors; no activity number.',
      'Reginald T. Ashworth-Boateng Jr.',
      'AABB Annual Meeting 2025',
      '2025-10-28', 14.5, 'contact hour',
      ['AABB'], None)
def n18():
    h = '''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter landscape; margin: 0.55in 0.7in; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; color:#1b1b1b; }
.band { background:#7a0c14; color:#fff; padding: 14px 20px; }
.band .a { font: bold 26pt "Liberation Sans"; }
.band .b { font-size: 10pt; }
h1 { font: 300 24pt "DejaVu Sans"; margin: 22px 0 6px 0; }
.lead { font-size: 11pt; }
.nm { font: bold 20pt "Liberation Serif"; margin: 6px 0 10px 0; }
.mt { font: bold 16pt "Liberation Serif"; }
table { border-collapse: collapse; margin-top: 14px; }
td, th { padding: 5px 14px 5px 0; text-align:left; font-size: 10pt; }
th { border-bottom: 2px solid #7a0c14; }
td { border-bottom: 1px solid #ccc; }
.fine { font-size: 8pt; color:#444; margin-top: 14px; width: 75%; line-height: 1.35; }
.side { position: absolute; right: 0.1in; top: 1.6in; width: 2.3in; font-size: 8.5pt; color:#333; border-left: 3px solid #7a0c14; padding-left: 10px; line-height: 1.6; }
</style></head><body>
<div class="band"><div class="a">AABB</div><div class="b">Annual Meeting &middot; Continuing Education Certificate</div></div>
<h1>Certificate of Attendance</h1>
<div class="lead">This certifies that</div>
<div class="nm">Reginald T. Ashworth-Boateng Jr.</div>
<div class="lead">attended the</div>
<div class="mt">AABB Annual Meeting 2025</div>
<div class="lead">October 25&ndash;28, 2025 &middot; Columbus, Ohio</div>
<table>
<tr><th>Credit</th><th>Maximum available</th><th>Claimed by attendee</th></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td>24.0</td><td>14.5</td></tr>
</table>
<div class="fine">AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.&reg; Program. Contact hours reflect the education sessions selected by the attendee in the meeting
evaluation system. Physicians and nurses: see your separate CME/CNE transcript.</div>
<div class="side">Registration No. 100245-88<br>Badge type: Full Meeting<br>Certificate issued: November 30, 2025</div>
</body></html>'''
    chromium_pdf(18, h)


@cert(26, 'chromium', 'university-ceu',
      ['portrait', 'labels above values in columns', 'long three-line title', 'letterhead'],
      'Title contains "Program" and wraps onto three lines; labels printed above values in three columns; CEU 0.8 -> 8 points; school of a university issues it; acronym LPU printed.',
      'Hyun-Joo Castellanos',
      'Clinical Laboratory Leadership Certificate Program, Module 3: Budgeting, Staffing, and Regulatory Readiness for the Section Supervisor',
      '2026-04-30', 0.8, 'CEU',
      ['Lakeshore Polytechnic University', 'Lakeshore Polytechnic University, School of Extended Studies', 'LPU'],
      'CLLP-703')
def n26():
    h = '''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.75in; }
body { font-family: "Liberation Sans", sans-serif; color:#0f2438; font-size: 10.5pt; }
.lh { display:flex; align-items:center; border-bottom: 1px solid #0f2438; padding-bottom: 10px; }
.mark { width: 54px; height: 54px; background:#0f2438; color:#f2c14e; font: bold 16pt "Liberation Sans"; text-align:center; line-height:54px; margin-right: 14px; }
.u { font: bold 16pt "Liberation Serif"; }
.s { font-size: 10pt; color:#445; }
h1 { font: bold 13pt "Liberation Sans"; letter-spacing: 3px; margin-top: 40px; color:#7a5a00; }
.lab { font-size: 8pt; color:#667; letter-spacing: 1.5px; text-transform: uppercase; margin-top: 22px; }
.val { font-size: 13pt; margin-top: 3px; }
.big { font: bold 20pt "Liberation Serif"; }
.t { font: bold 14pt "Liberation Serif"; line-height: 1.3; width: 5.2in; }
.cols { display:flex; margin-top: 6px; }
.cols > div { width: 2.2in; }
.txt { margin-top: 30px; font-size: 9.5pt; line-height: 1.45; color:#223; }
.sig { margin-top: 46px; font-size: 9pt; }
.sig .x { font: italic 18pt "Z003", cursive; border-bottom: 1px solid #0f2438; width: 3in; }
</style></head><body>
<div class="lh"><div class="mark">LPU</div><div><div class="u">Lakeshore Polytechnic University</div><div class="s">School of Extended Studies &middot; 400 Breakwater Drive, Sheboygan, WI</div></div></div>
<h1>CERTIFICATE OF COMPLETION</h1>
<div class="lab">Participant</div>
<div class="val big">Hyun-Joo Castellanos</div>
<div class="lab">Course</div>
<div class="val t">Clinical Laboratory Leadership Certificate Program, Module 3: Budgeting, Staffing, and Regulatory Readiness for the Section Supervisor</div>
<div class="cols">
<div><div class="lab">Completion</div><div class="val">April 30, 2026</div></div>
<div><div class="lab">Course number</div><div class="val">CLLP-703</div></div>
<div><div class="lab">Continuing Education Units</div><div class="val">0.8 CEU</div></div>
</div>
<div class="txt">The School of Extended Studies of Lakeshore Polytechnic University awards Continuing Education Units
for non-credit professional courses; one CEU represents ten contact hours of instruction. This module comprised
eight contact hours delivered online in four weekly synchronous sessions with assigned case work.</div>
<div class="sig"><div class="x">Ottilie Braddock</div>Ottilie Braddock, MBA, MLS(ASCP)CM<br>Program Coordinator, Laboratory Leadership</div>
</body></html>'''
    chromium_pdf(26, h)


@cert(34, 'chromium', 'ascls-pace-provider',
      ['portrait', 'centred', 'ribbon header', 'P.A.C.E. statement'],
      'Title contains "Orientation"; fractional 0.75 contact hours; CPT1 certificate no. (license) and employee no. are distractors.',
      'Dominique-Claire Fairweather',
      'Phlebotomy Orientation Refresher: Order of Draw, Patient Identification, and Specimen Integrity',
      '2026-08-03', 0.75, 'contact hour',
      ['Sierra Vista Laboratory Academy', 'SVLA'], 'SVLA-PH-104')
def n34():
    h = '''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.5in; }
body { font-family: "DejaVu Serif", serif; text-align:center; color:#2a2a2a; }
.rib { background: linear-gradient(90deg,#2f6b4f,#4c9a6a); color:#fff; padding: 22px 0 18px 0; border-radius: 6px; }
.rib .n { font: bold 22pt "DejaVu Sans"; letter-spacing: 1px; }
.rib .x { font: 10pt "DejaVu Sans"; margin-top: 4px; }
.k { font: 26pt "DejaVu Serif"; margin-top: 40px; }
.p { font-size: 12pt; margin-top: 18px; }
.nm { font: bold 24pt "DejaVu Serif"; margin-top: 10px; color:#1f4a36; }
.t { font: bold 15pt "DejaVu Sans"; margin: 10px auto 0 auto; width: 5.6in; line-height: 1.35; }
.grid { margin: 30px auto 0 auto; border-collapse: collapse; font: 10.5pt "DejaVu Sans"; }
.grid td { padding: 6px 16px; border: 1px solid #9cbfae; text-align:left; }
.grid td.k2 { background:#eaf4ee; font-weight: bold; }
.st { font: 8.5pt "DejaVu Sans"; margin: 28px auto 0 auto; width: 6in; line-height: 1.4; color:#444; }
.sig { margin: 40px auto 0 auto; width: 3.2in; font: 9pt "DejaVu Sans"; }
.sig .s { font: italic 17pt "DejaVu Serif"; border-bottom: 1px solid #444; }
.ft { position: fixed; bottom: 0; left: 0; right: 0; font: 7.5pt "DejaVu Sans"; color:#777; }
</style></head><body>
<div class="rib"><div class="n">Sierra Vista Laboratory Academy</div><div class="x">SVLA &middot; Education for Phlebotomy &amp; Laboratory Professionals</div></div>
<div class="k">Certificate of Completion</div>
<div class="p">We are pleased to certify that</div>
<div class="nm">Dominique-Claire Fairweather</div>
<div class="p">has completed the course</div>
<div class="t">Phlebotomy Orientation Refresher: Order of Draw, Patient Identification, and Specimen Integrity</div>
<table class="grid">
<tr><td class="k2">Course No.</td><td>SVLA-PH-104</td></tr>
<tr><td class="k2">Date completed</td><td>August 3, 2026</td></tr>
<tr><td class="k2">P.A.C.E.&reg; contact hours</td><td>0.75</td></tr>
<tr><td class="k2">CPT1 Certificate No.</td><td>00093311</td></tr>
<tr><td class="k2">Employee No.</td><td>SV-22871</td></tr>
</table>
<div class="st">Sierra Vista Laboratory Academy is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This course is approved for 0.75 contact hours, basic level.</div>
<div class="sig"><div class="s">Evangeline Tso</div>Evangeline Tso, CPT1, MLS(ASCP)<br>Education Manager, SVLA</div>
<div class="ft">SVLA certificate 2026-08-03-4471 &middot; generated 08/04/2026</div>
</body></html>'''
    chromium_pdf(34, h)

# =====================================================================
#  PHP + TCPDF  (n03, n11, n19, n27, n35)
# =====================================================================

@cert(3, 'tcpdf', 'cap-joint',
      ['landscape', 'centred award', 'seal', 'credit boxes', 'joint accreditation statement', 'format line'],
      'Enduring Material line not part of title; AMA 2.25 vs P.A.C.E. 2.0 (lab figure counts); numeric date; customer no. and print date distractors; umlaut in name.',
      'Tobias Elwood Gr\u00fcnfeld',
      'Digital Pathology Validation: Applying the Updated Whole Slide Imaging Guideline in Your Laboratory',
      '2026-06-08', 2.0, 'contact hour',
      ['College of American Pathologists', 'CAP'], 'DPV26-0412')
def n03():
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('CAP Certificate of Completion'); $pdf->SetCreator('CAP Learning (tcpdf)');
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetLineStyle(array('width' => 3, 'color' => array(0, 61, 121)));
$pdf->Rect(26, 26, $W - 52, $H - 52);
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(0, 61, 121)));
$pdf->Rect(34, 34, $W - 68, $H - 68);
// seal
$pdf->SetFillColor(0, 61, 121);
$pdf->Circle(110, 110, 42, 0, 360, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavuserif', 'B', 20);
$pdf->SetXY(68, 96); $pdf->Cell(84, 22, 'CAP', 0, 0, 'C');
$pdf->SetTextColor(0, 61, 121);
$pdf->SetFont('dejavuserif', 'B', 22);
$pdf->SetXY(0, 62); $pdf->Cell($W, 26, 'College of American Pathologists', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetXY(0, 90); $pdf->Cell($W, 12, 'CAP LEARNING  ·  325 Waukegan Road, Northfield, Illinois', 0, 1, 'C');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', 'I', 30);
$pdf->SetXY(0, 122); $pdf->Cell($W, 36, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(0, 170); $pdf->Cell($W, 14, 'awarded to', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24);
$pdf->SetXY(0, 190); $pdf->Cell($W, 30, 'Tobias Elwood Grünfeld', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(0, 230); $pdf->Cell($W, 14, 'for successful completion of', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 8.5); $pdf->SetTextColor(150, 20, 20);
$pdf->SetXY(0, 252); $pdf->Cell($W, 12, 'ENDURING MATERIAL', 0, 1, 'C');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', 'B', 15);
$pdf->SetXY(146, 268);
$pdf->MultiCell(500, 19, 'Digital Pathology Validation: Applying the Updated Whole Slide Imaging Guideline in Your Laboratory', 0, 'C');
$pdf->SetFont('dejavusans', '', 10.5);
$pdf->SetXY(0, 320); $pdf->Cell($W, 14, 'Activity Code: DPV26-0412          Date of Completion: 06/08/2026', 0, 1, 'C');
// credit boxes
$bx = array(array('AMA PRA Category 1 Credits™', '2.25'), array('ASCLS P.A.C.E.® Contact Hours', '2.0'), array('ABPath CC SAM', 'Yes'));
$x = 176;
foreach ($bx as $b) {
  $pdf->SetLineStyle(array('width' => 0.6, 'color' => array(120, 140, 170)));
  $pdf->SetFillColor(236, 242, 250);
  $pdf->Rect($x, 346, 140, 44, 'DF');
  $pdf->SetFont('dejavusans', '', 7.5); $pdf->SetXY($x, 352); $pdf->Cell(140, 10, $b[0], 0, 0, 'C');
  $pdf->SetFont('dejavusans', 'B', 14); $pdf->SetXY($x, 366); $pdf->Cell(140, 18, $b[1], 0, 0, 'C');
  $x += 150;
}
$pdf->SetFont('dejavusans', '', 7.3); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(176, 402);
$pdf->MultiCell(440, 9.5, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of 2.25 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 2.0 contact hours.', 0, 'L');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', 'I', 14);
$pdf->SetXY(540, 506); $pdf->Cell(200, 16, 'Anselm Kowalczyk-Reyes', 0, 0, 'L');
$pdf->Line(538, 524, 740, 524);
$pdf->SetFont('dejavusans', '', 8);
$pdf->SetXY(540, 528); $pdf->Cell(200, 10, 'Anselm Kowalczyk-Reyes, MD, FCAP', 0, 1, 'L');
$pdf->SetXY(540, 539); $pdf->Cell(200, 10, 'Chair, CAP Curriculum Committee', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(176, 528); $pdf->Cell(300, 10, 'CAP Customer No. 2271904', 0, 1, 'L');
$pdf->SetXY(176, 539); $pdf->Cell(300, 10, 'Printed 06/09/2026', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
"""
    php_pdf(3, code)


@cert(11, 'tcpdf', 'vendor-training',
      ['landscape', 'left-aligned', 'side panel', 'date range', 'signature block'],
      'Three-day on-site vendor course (last day counts); instrument serial no. and customer account are distractors; vendor is P.A.C.E. approved.',
      'Wen-Li Harrington',
      'Key Operator Training: Corvane HX-900 Hematology Analyzer',
      '2026-08-13', 18.0, 'contact hour',
      ['Corvane Diagnostics'], 'KOT-HX9-0826')
def n11():
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Corvane training certificate');
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetFillColor(18, 38, 58); $pdf->Rect(0, 0, 230, $H, 'F');
$pdf->SetFillColor(0, 170, 190); $pdf->Rect(230, 0, 6, $H, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 20); $pdf->SetXY(28, 60); $pdf->Cell(190, 24, 'Corvane', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(28, 84); $pdf->Cell(190, 16, 'Diagnostics', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(28, 420);
$pdf->MultiCell(180, 12, "Customer Training Center\n2100 Innovation Parkway\nMorrisville, NC 27560\n\nInstrument Serial No.\nHX9-20417\n\nCustomer Account\n55-01982", 0, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(280, 70); $pdf->Cell(460, 14, 'CERTIFICATE OF TRAINING', 0, 1, 'L');
$pdf->SetFont('dejavuserif', '', 12); $pdf->SetXY(280, 110); $pdf->Cell(460, 14, 'This is to certify that', 0, 1, 'L');
$pdf->SetFont('dejavuserif', 'B', 26); $pdf->SetXY(280, 130); $pdf->Cell(460, 32, 'Wen-Li Harrington', 0, 1, 'L');
$pdf->SetFont('dejavuserif', '', 12); $pdf->SetXY(280, 176);
$pdf->MultiCell(460, 16, 'of Pinecrest Regional Medical Center has completed the on-site course', 0, 'L');
$pdf->SetFont('dejavusans', 'B', 17); $pdf->SetXY(280, 204);
$pdf->MultiCell(460, 21, 'Key Operator Training: Corvane HX-900 Hematology Analyzer', 0, 'L');
$pdf->SetFont('dejavuserif', '', 12); $pdf->SetXY(280, 256);
$pdf->MultiCell(460, 16, 'held August 11–13, 2026 at the Corvane Customer Training Center, Morrisville, North Carolina, including instrument operation, quality control, calibration verification, flagging review and preventive maintenance.', 0, 'L');
$tbl = array(array('Training ID', 'KOT-HX9-0826'), array('Instructional time', '18.0 P.A.C.E.® contact hours'), array('Course level', 'Intermediate'));
$y = 330;
foreach ($tbl as $r) {
  $pdf->SetFont('dejavusans', '', 9); $pdf->SetTextColor(90, 90, 90);
  $pdf->SetXY(280, $y); $pdf->Cell(130, 14, $r[0], 0, 0, 'L');
  $pdf->SetFont('dejavusans', 'B', 10.5); $pdf->SetTextColor(20, 20, 20);
  $pdf->Cell(320, 14, $r[1], 0, 1, 'L');
  $y += 20;
}
$pdf->SetFont('dejavusans', '', 7.8); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(280, 404);
$pdf->MultiCell(460, 10, 'Corvane Diagnostics is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Completion of this course does not by itself authorize independent service of the analyzer beyond key-operator tasks.', 0, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', 'I', 15);
$pdf->SetXY(280, 482); $pdf->Cell(220, 18, 'Dmitri Salcedo', 0, 1, 'L');
$pdf->Line(280, 502, 500, 502);
$pdf->SetFont('dejavusans', '', 8);
$pdf->SetXY(280, 506); $pdf->Cell(220, 10, 'Dmitri Salcedo', 0, 1, 'L');
$pdf->SetXY(280, 517); $pdf->Cell(220, 10, 'Senior Field Applications Specialist', 0, 1, 'L');
$pdf->SetXY(540, 506); $pdf->Cell(200, 10, 'Signed: August 14, 2026', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
"""
    php_pdf(11, code)


@cert(19, 'tcpdf', 'cap-joint',
      ['portrait', 'labels above values in columns', 'header band', 'series title'],
      'Labels above values in a four-column row (date, activity ID, P.A.C.E., AMA); "Inspector Training:" series prefix is part of the title; customer no. distractor.',
      'Ingrid S. Vantongeren',
      'Inspector Training: Transfusion Medicine Checklist Deep Dive',
      '2026-05-13', 1.75, 'contact hour',
      ['College of American Pathologists', 'CAP'], 'INSP-TM-2026')
def n19():
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Learning Transcript Certificate');
$pdf->AddPage();
$W = 612; $H = 792;
$pdf->SetFillColor(0, 84, 145); $pdf->Rect(0, 0, $W, 92, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 19); $pdf->SetXY(48, 30); $pdf->Cell(400, 22, 'College of American Pathologists', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->SetXY(48, 54); $pdf->Cell(400, 14, 'CAP Inspector Training Program', 0, 1, 'L');
$pdf->SetFont('helvetica', 'B', 26); $pdf->SetXY(440, 32); $pdf->Cell(124, 30, 'CAP', 0, 1, 'R');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('helvetica', '', 24); $pdf->SetXY(48, 130); $pdf->Cell(500, 28, 'Certificate of Completion', 0, 1, 'L');
$lab = function($x, $y, $t) use ($pdf) { $pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(100, 100, 100); $pdf->SetXY($x, $y); $pdf->Cell(200, 10, $t, 0, 0, 'L'); $pdf->SetTextColor(25, 25, 25); };
$lab(48, 186, 'PARTICIPANT');
$pdf->SetFont('helvetica', 'B', 17); $pdf->SetXY(48, 198); $pdf->Cell(500, 20, 'Ingrid S. Vantongeren', 0, 1, 'L');
$lab(48, 238, 'ACTIVITY');
$pdf->SetFont('helvetica', 'B', 13); $pdf->SetXY(48, 250); $pdf->MultiCell(500, 16, 'Inspector Training: Transfusion Medicine Checklist Deep Dive', 0, 'L');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetXY(48, 270); $pdf->Cell(500, 12, 'Interactive online course with case scenarios', 0, 1, 'L');
$cols = array(array('COMPLETION DATE', '05/13/2026'), array('ACTIVITY ID', 'INSP-TM-2026'), array('P.A.C.E.® CONTACT HOURS', '1.75'), array('AMA PRA CAT. 1 CREDITS™', '1.75'));
$x = 48;
foreach ($cols as $c) {
  $lab($x, 310, $c[0]);
  $pdf->SetFont('helvetica', 'B', 12); $pdf->SetXY($x, 323); $pdf->Cell(128, 14, $c[1], 0, 0, 'L');
  $x += 130;
}
$pdf->SetDrawColor(0, 84, 145); $pdf->Line(48, 350, 564, 350);
$pdf->SetFont('helvetica', '', 8.3); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(48, 362);
$pdf->MultiCell(516, 11, "In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.\n\nThe CAP designates this enduring material for a maximum of 1.75 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.\n\nThe CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 1.75 contact hours.", 0, 'L');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetXY(48, 700); $pdf->Cell(300, 10, 'CAP Customer #: 4409817     Printed: 05/14/2026', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
"""
    php_pdf(19, code)


@cert(27, 'tcpdf', 'vendor-training',
      ['portrait', 'centred', 'format line', 'writeHTML table', 'certificate ID'],
      'On-Demand line is a format word; ISO date; account no. and certificate ID distractors; singular "contact hour".',
      'Jerome L. Okoro-Maddox',
      'Blood Gas Analyzer Troubleshooting: Sensor Drift, Calibration Failures, and Pre-Analytical Error',
      '2026-01-21', 1.0, 'contact hour',
      ['Quellmark Biosystems'], 'QB-ODW-0117')
def n27():
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 60, 60); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Quellmark Academy certificate');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(90, 40, 120)));
$pdf->RoundedRect(36, 36, 540, 720, 12, '1111');
$html = <<<HTML
<div style="text-align:center;">
<span style="font-family:dejavusans;font-size:22pt;color:#5a2878;font-weight:bold;">Quellmark Biosystems</span><br/>
<span style="font-family:dejavusans;font-size:10pt;color:#555;">Quellmark Academy · Customer Education</span><br/><br/><br/>
<span style="font-family:dejavuserif;font-size:28pt;">Certificate of Completion</span><br/><br/>
<span style="font-family:dejavuserif;font-size:12pt;">presented to</span><br/><br/>
<span style="font-family:dejavuserif;font-size:22pt;font-weight:bold;">Jerome L. Okoro-Maddox</span><br/><br/>
<span style="font-family:dejavuserif;font-size:12pt;">for completing the education module</span><br/><br/>
<span style="font-family:dejavusans;font-size:9pt;color:#5a2878;font-weight:bold;">On-Demand</span><br/>
<span style="font-family:dejavusans;font-size:15pt;font-weight:bold;">Blood Gas Analyzer Troubleshooting: Sensor Drift, Calibration Failures, and Pre-Analytical Error</span>
</div><br/><br/>
<table cellpadding="6" border="1" style="font-family:dejavusans;font-size:10pt;border-color:#bbb;">
<tr><td width="45%" style="background-color:#efe6f5;">Training Module No.</td><td width="55%">QB-ODW-0117</td></tr>
<tr><td style="background-color:#efe6f5;">Date completed</td><td>2026-01-21</td></tr>
<tr><td style="background-color:#efe6f5;">Continuing education</td><td>1.0 P.A.C.E.® contact hour</td></tr>
<tr><td style="background-color:#efe6f5;">Account no.</td><td>QB-AC-771045</td></tr>
</table><br/><br/>
<div style="font-family:dejavusans;font-size:8pt;color:#444;">Quellmark Biosystems is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Credit requires viewing the complete module and passing the knowledge check (score 80% or higher).</div>
<br/><br/><br/>
<div style="font-family:dejavusans;font-size:8pt;color:#777;">Certificate ID: 6f2a9-11 · Generated 2026-01-21 16:42 EST</div>
HTML;
$pdf->writeHTMLCell(492, 0, 60, 80, $html, 0, 1, false, true, 'L');
$pdf->Output($argv[1], 'F');
"""
    php_pdf(27, code)


@cert(35, 'tcpdf', 'state-society',
      ['landscape', 'session certificate', 'two signatures', 'apostrophe name', 'corner ornaments'],
      'Session certificate at a state convention; only the session date is printed (no range); member no. distractor; session code is the activity id.',
      "Maeve O'Sullivan-Draper",
      'When the Crossmatch Is Incompatible: Case Studies in Transfusion Reaction Workups',
      '2026-04-23', 1.5, 'contact hour',
      ['Wisconsin Association of Laboratory Scientists', 'WALS'], '2B-14')
def n35():
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('WALS session certificate');
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetFillColor(196, 30, 58);
foreach (array(array(30,30), array($W-90,30), array(30,$H-90), array($W-90,$H-90)) as $p) { $pdf->Rect($p[0], $p[1], 60, 60, 'F'); }
$pdf->SetFillColor(255, 255, 255);
foreach (array(array(40,40), array($W-80,40), array(40,$H-80), array($W-80,$H-80)) as $p) { $pdf->Rect($p[0], $p[1], 40, 40, 'F'); }
$pdf->SetLineStyle(array('width' => 1.5, 'color' => array(196, 30, 58)));
$pdf->Rect(56, 56, $W - 112, $H - 112);
$pdf->SetTextColor(196, 30, 58);
$pdf->SetFont('times', 'B', 22); $pdf->SetXY(0, 84); $pdf->Cell($W, 24, 'Wisconsin Association of Laboratory Scientists', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 10); $pdf->SetXY(0, 110); $pdf->Cell($W, 12, 'WALS 2026 Annual Convention  ·  Kalahari Resort, Wisconsin Dells', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('times', '', 30); $pdf->SetXY(0, 150); $pdf->Cell($W, 34, 'Session Certificate', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(0, 198); $pdf->Cell($W, 16, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('times', 'B', 26); $pdf->SetXY(0, 220); $pdf->Cell($W, 30, "Maeve O'Sullivan-Draper", 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(0, 262); $pdf->Cell($W, 16, 'attended the educational session', 0, 1, 'C');
$pdf->SetFont('times', 'B', 17); $pdf->SetXY(96, 286);
$pdf->MultiCell($W - 192, 20, 'When the Crossmatch Is Incompatible: Case Studies in Transfusion Reaction Workups', 0, 'C');
$pdf->SetFont('helvetica', '', 11);
$pdf->SetXY(0, 342); $pdf->Cell($W, 14, 'Session Code: 2B-14     Date: April 23, 2026     P.A.C.E.® Contact Hours: 1.5', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(120, 374);
$pdf->MultiCell($W - 240, 10, 'The Wisconsin Association of Laboratory Scientists is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Intermediate level. WALS Member No. 30-1187.', 0, 'C');
$pdf->SetTextColor(20, 20, 20);
$sig = array(array(150, 'Beatrix Holmgren', 'Beatrix Holmgren, MLS(ASCP)CM', 'WALS President'), array(470, 'Caspar Nyquist', 'Caspar Nyquist, MS, MLS(ASCP)', 'Convention Education Chair'));
foreach ($sig as $s) {
  $pdf->SetFont('times', 'I', 15); $pdf->SetXY($s[0], 450); $pdf->Cell(180, 18, $s[1], 0, 0, 'C');
  $pdf->Line($s[0], 470, $s[0] + 180, 470);
  $pdf->SetFont('helvetica', '', 8);
  $pdf->SetXY($s[0], 474); $pdf->Cell(180, 10, $s[2], 0, 0, 'C');
  $pdf->SetXY($s[0], 485); $pdf->Cell(180, 10, $s[3], 0, 0, 'C');
}
$pdf->Output($argv[1], 'F');
"""
    php_pdf(35, code)

# =====================================================================
#  PHP + FPDF  (n04, n12, n20, n28, n36)
# =====================================================================

@cert(4, 'fpdf', 'ascls-pace-provider',
      ['portrait', 'ALL-CAPS name', 'label/value list', 'header rule'],
      'ASCLS itself as provider of an annual-meeting session; only the session date is printed; member no. distractor; accented capitals in name.',
      'LORENZO V\u00c1SQUEZ-MBEKI',
      'Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed and Why It Matters at the Bench',
      '2026-07-28', 1.0, 'contact hour',
      ['American Society for Clinical Laboratory Science', 'ASCLS'], '3107')
def n04():
    code = FPDF_HEAD + r"""
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('ASCLS session certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 92, 120); $pdf->Rect(0, 0, 612, 14, 'F'); $pdf->Rect(0, 778, 612, 14, 'F');
$pdf->SetFont('Helvetica', 'B', 30); $pdf->SetTextColor(0, 92, 120);
$pdf->SetXY(54, 60); $pdf->Cell(200, 34, 'ASCLS', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(54, 96); $pdf->Cell(400, 12, t('American Society for Clinical Laboratory Science'), 0, 1, 'L');
$pdf->SetXY(54, 109); $pdf->Cell(400, 12, t('2026 ASCLS Annual Meeting · Providence, Rhode Island'), 0, 1, 'L');
$pdf->SetDrawColor(0, 92, 120); $pdf->SetLineWidth(1.2); $pdf->Line(54, 128, 558, 128);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', '', 26); $pdf->SetXY(54, 160); $pdf->Cell(504, 30, t('Continuing Education Certificate'), 0, 1, 'L');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(54, 200); $pdf->Cell(504, 14, t('Session attendance verified for'), 0, 1, 'L');
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetXY(54, 222); $pdf->Cell(504, 24, t('LORENZO VÁSQUEZ-MBEKI'), 0, 1, 'L');
$rows = array(
  array('Session title', 'Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed and Why It Matters at the Bench'),
  array('Session number', '3107'),
  array('Session date', 'Tuesday, July 28, 2026'),
  array('Discipline / level', 'Microbiology / Intermediate'),
  array('P.A.C.E.® contact hours', '1.0'),
  array('ASCLS member #', '100-48213'),
);
$y = 272;
foreach ($rows as $r) {
  $pdf->SetFont('Helvetica', 'B', 9.5); $pdf->SetTextColor(0, 92, 120);
  $pdf->SetXY(54, $y); $pdf->Cell(150, 15, t($r[0]), 0, 0, 'L');
  $pdf->SetFont('Helvetica', '', 11); $pdf->SetTextColor(20, 20, 20);
  $pdf->SetXY(204, $y); $pdf->MultiCell(354, 15, t($r[1]), 0, 'L');
  $y = $pdf->GetY() + 9;
}
$pdf->SetDrawColor(180, 180, 180); $pdf->SetLineWidth(0.5); $pdf->Line(54, $y + 4, 558, $y + 4);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(54, $y + 14);
$pdf->MultiCell(504, 11, t('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Attendance at this session was verified through the meeting app check-in and completion of the session evaluation. Report these contact hours under the Microbiology content area for the ASCP BOC Credential Maintenance Program.'), 0, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', 'I', 16); $pdf->SetXY(54, 640); $pdf->Cell(250, 18, t('Yolanda Brightwell-Oduya'), 0, 1, 'L');
$pdf->Line(54, 660, 300, 660);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(54, 664); $pdf->Cell(250, 10, t('Yolanda Brightwell-Oduya, EdD, MLS(ASCP)CM'), 0, 1, 'L');
$pdf->SetXY(54, 675); $pdf->Cell(250, 10, t('Chair, ASCLS Education and Scientific Assembly'), 0, 1, 'L');
$pdf->Output('F', $argv[1]);
"""
    php_pdf(4, code)


@cert(12, 'fpdf', 'webinar',
      ['landscape', 'centred', 'format line', 'title in quotes', 'thick border'],
      'LIVE WEBINAR line is a format word; title printed in curly quotes and contains "Date"; weekday in date; registration confirmation # distractor.',
      'Siobh\u00e1n Delgado-Ferris',
      'Beyond the Expiration Date: Reagent Stability, Open-Vial Claims, and What Your Inspector Expects',
      '2026-11-05', 1.0, 'contact hour',
      ['BenchPoint Learning Network', 'BLN'], 'BPL-W2611')
def n12():
    code = FPDF_HEAD + r"""
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetTitle('BenchPoint webinar certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(230, 120, 20); $pdf->SetLineWidth(10); $pdf->Rect(22, 22, 748, 568);
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.5); $pdf->Rect(36, 36, 720, 540);
$pdf->SetFont('Arial', 'B', 18); $pdf->SetTextColor(230, 120, 20);
$pdf->SetXY(0, 66); $pdf->Cell(792, 20, t('BenchPoint Learning Network (BLN)'), 0, 1, 'C');
$pdf->SetFont('Arial', '', 9.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(0, 88); $pdf->Cell(792, 12, t('Continuing education for the clinical laboratory, one hour at a time'), 0, 1, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('Times', 'B', 32); $pdf->SetXY(0, 128); $pdf->Cell(792, 36, t('Certificate of Attendance'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(0, 180); $pdf->Cell(792, 16, t('This certificate is presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'BI', 26); $pdf->SetXY(0, 204); $pdf->Cell(792, 30, t('Siobhán Delgado-Ferris'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(0, 246); $pdf->Cell(792, 16, t('for attending'), 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 9); $pdf->SetTextColor(230, 120, 20);
$pdf->SetXY(0, 270); $pdf->Cell(792, 12, t('LIVE WEBINAR'), 0, 1, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('Times', 'B', 17); $pdf->SetXY(126, 288);
$pdf->MultiCell(540, 21, t('“Beyond the Expiration Date: Reagent Stability, Open-Vial Claims, and What Your Inspector Expects”'), 0, 'C');
$pdf->SetFont('Times', '', 13);
$pdf->SetXY(0, 344); $pdf->Cell(792, 16, t('broadcast Thursday, November 5, 2026, 1:00–2:00 p.m. Eastern'), 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 12);
$pdf->SetXY(0, 372); $pdf->Cell(792, 16, t('1.0 P.A.C.E.® contact hour  ·  Program ID: BPL-W2611'), 0, 1, 'C');
$pdf->SetFont('Arial', '', 8); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(146, 400);
$pdf->MultiCell(500, 10, t('BenchPoint Learning Network is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Attendance was confirmed by the webinar platform log and a completed evaluation.'), 0, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('Times', 'I', 15); $pdf->SetXY(96, 480); $pdf->Cell(220, 18, t('Caroline Drummond-Achieng'), 0, 1, 'L');
$pdf->Line(96, 500, 320, 500);
$pdf->SetFont('Arial', '', 8);
$pdf->SetXY(96, 504); $pdf->Cell(220, 10, t('Caroline Drummond-Achieng, MS, MLS(ASCP)CM'), 0, 1, 'L');
$pdf->SetXY(96, 515); $pdf->Cell(220, 10, t('Education Director, BLN'), 0, 1, 'L');
$pdf->SetXY(470, 504); $pdf->Cell(226, 10, t('Registration confirmation #: 77X-4410-2'), 0, 1, 'R');
$pdf->SetXY(470, 515); $pdf->Cell(226, 10, t('Emailed 11/06/2026'), 0, 1, 'R');
$pdf->Output('F', $argv[1]);
"""
    php_pdf(12, code)


@cert(20, 'fpdf', 'ascls-pace-provider',
      ['portrait', 'two-column boxes', 'provider number', 'credential after name'],
      'Approved provider; P.A.C.E. provider number is not the activity id (Course No. is); order number distractor.',
      'Anneliese Ferreira-Holm',
      'Quality Control Program Design: Sigma Metrics and Multirule Selection',
      '2025-12-08', 2.0, 'contact hour',
      ['Bench & Beyond Learning, LLC'], 'BBL-QC-305')
def n20():
    code = FPDF_HEAD + r"""
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('Certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(244, 239, 226); $pdf->Rect(0, 0, 612, 792, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->Rect(40, 40, 532, 712, 'F');
$pdf->SetFont('Courier', 'B', 16); $pdf->SetTextColor(80, 60, 20);
$pdf->SetXY(60, 70); $pdf->Cell(492, 18, t('Bench & Beyond Learning, LLC'), 0, 1, 'L');
$pdf->SetFont('Courier', '', 9);
$pdf->SetXY(60, 90); $pdf->Cell(492, 11, t('Practical CE for bench scientists'), 0, 1, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', 'B', 28); $pdf->SetXY(60, 140); $pdf->Cell(492, 30, t('Certificate of Completion'), 0, 1, 'L');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(60, 186); $pdf->Cell(492, 14, t('Learner'), 0, 1, 'L');
$pdf->SetFont('Times', 'B', 19); $pdf->SetXY(60, 202); $pdf->Cell(492, 22, t('Anneliese Ferreira-Holm, MLS(ASCP)CM'), 0, 1, 'L');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(60, 238); $pdf->Cell(492, 14, t('Course'), 0, 1, 'L');
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(60, 254); $pdf->MultiCell(492, 18, t('Quality Control Program Design: Sigma Metrics and Multirule Selection'), 0, 'L');
$box = function($x, $y, $l, $v) use ($pdf) {
  $pdf->SetDrawColor(170, 150, 110); $pdf->SetLineWidth(0.7); $pdf->Rect($x, $y, 236, 44);
  $pdf->SetFont('Courier', '', 8); $pdf->SetTextColor(110, 90, 50); $pdf->SetXY($x + 8, $y + 6); $pdf->Cell(220, 10, t($l), 0, 0, 'L');
  $pdf->SetFont('Times', 'B', 13); $pdf->SetTextColor(20, 20, 20); $pdf->SetXY($x + 8, $y + 20); $pdf->Cell(220, 16, t($v), 0, 0, 'L');
};
$box(60, 310, 'COURSE NO.', 'BBL-QC-305');
$box(316, 310, 'COMPLETED', 'December 8, 2025');
$box(60, 364, 'CREDIT AWARDED', '2.0 contact hours (P.A.C.E.®)');
$box(316, 364, 'COURSE LEVEL', 'Advanced');
$box(60, 418, 'ORDER NO.', 'BB-104877');
$box(316, 418, 'FORMAT', 'Self-paced, text and video');
$pdf->SetFont('Times', '', 10.5); $pdf->SetTextColor(40, 40, 40);
$pdf->SetXY(60, 486);
$pdf->MultiCell(492, 14, t('Bench & Beyond Learning, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (P.A.C.E.® Provider No. 0519). This certificate documents completion of all lessons and a post-test score of at least 75%.'), 0, 'L');
$pdf->SetFont('Times', 'I', 16); $pdf->SetXY(60, 620); $pdf->Cell(250, 18, t('Wilhelmina Achterhof'), 0, 1, 'L');
$pdf->SetDrawColor(20, 20, 20); $pdf->Line(60, 640, 300, 640);
$pdf->SetFont('Times', '', 9.5);
$pdf->SetXY(60, 644); $pdf->Cell(250, 11, t('Wilhelmina Achterhof, MS, SC(ASCP)'), 0, 1, 'L');
$pdf->SetXY(60, 656); $pdf->Cell(250, 11, t('Founder and Course Author'), 0, 1, 'L');
$pdf->Output('F', $argv[1]);
"""
    php_pdf(20, code)


@cert(28, 'fpdf', 'webinar',
      ['portrait', 'format line', 'left-aligned', 'footer strip'],
      'Society webinar (ASM); LIVE WEBINAR line is a format word; customer no. distractor; event no. is the activity id.',
      'Aurelio F. Bianchi-Sorensen',
      'Mycology Rapid Identification Update: MALDI-TOF Libraries and Emerging Yeasts',
      '2026-04-09', 1.0, 'contact hour',
      ['American Society for Microbiology', 'ASM'], 'ASMW-2604')
def n28():
    code = FPDF_HEAD + r"""
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('ASM webinar certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 112, 60); $pdf->Rect(0, 0, 22, 792, 'F');
$pdf->SetFont('Arial', 'B', 26); $pdf->SetTextColor(0, 112, 60);
$pdf->SetXY(64, 70); $pdf->Cell(100, 28, 'ASM', 0, 1, 'L');
$pdf->SetFont('Arial', '', 11); $pdf->SetTextColor(40, 40, 40);
$pdf->SetXY(64, 100); $pdf->Cell(400, 13, t('American Society for Microbiology'), 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 20); $pdf->SetTextColor(20, 20, 20);
$pdf->SetXY(64, 170); $pdf->Cell(480, 24, t('Webinar Certificate of Attendance'), 0, 1, 'L');
$pdf->SetFont('Arial', '', 11);
$pdf->SetXY(64, 214); $pdf->Cell(480, 14, t('Awarded to'), 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 18);
$pdf->SetXY(64, 232); $pdf->Cell(480, 22, t('Aurelio F. Bianchi-Sorensen'), 0, 1, 'L');
$pdf->SetFont('Arial', '', 11);
$pdf->SetXY(64, 272); $pdf->Cell(480, 14, t('for participating in'), 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 8.5); $pdf->SetTextColor(0, 112, 60);
$pdf->SetXY(64, 294); $pdf->Cell(480, 11, t('LIVE WEBINAR'), 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 14); $pdf->SetTextColor(20, 20, 20);
$pdf->SetXY(64, 308); $pdf->MultiCell(440, 17, t('Mycology Rapid Identification Update: MALDI-TOF Libraries and Emerging Yeasts'), 0, 'L');
$pdf->SetFont('Arial', '', 11);
$y = $pdf->GetY() + 16;
$lines = array('Event No.: ASMW-2604', 'Date: April 9, 2026', 'Credit: 1.0 P.A.C.E.® contact hour', 'Customer No.: 0088213945');
foreach ($lines as $l) { $pdf->SetXY(64, $y); $pdf->Cell(480, 15, t($l), 0, 1, 'L'); $y += 18; }
$pdf->SetFont('Arial', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(64, $y + 16);
$pdf->MultiCell(480, 11, t('ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded to registrants who attend the live broadcast for at least 50 minutes.'), 0, 'L');
$pdf->SetFillColor(235, 245, 238); $pdf->Rect(22, 700, 590, 92, 'F');
$pdf->SetFont('Arial', '', 8); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(64, 726); $pdf->Cell(480, 10, t('1752 N Street NW, Washington, DC  ·  education@asm.example  ·  Certificate generated April 10, 2026'), 0, 1, 'L');
$pdf->Output('F', $argv[1]);
"""
    php_pdf(28, code)


@cert(36, 'fpdf', 'hospital-inservice',
      ['portrait', 'small module table', 'suffix name', 'due-date distractor'],
      'Annual safety training with a module/minutes table totalling 120 min = 2.0 CE hours; title contains "Safety" and "Program"; next-due date and employee ID are distractors; hospital office issues it.',
      'Florencio Ybarra III',
      'Annual Laboratory Safety Program: Bloodborne Pathogens, Fire Safety, and Chemical Spill Response',
      '2026-06-12', 2.0, 'CE hour',
      ['Riverside Valley Medical Center', 'Riverside Valley Medical Center, Laboratory Education Office'],
      'LAB-SAF-ANN-26')
def n36():
    code = FPDF_HEAD + r"""
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('Safety training certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(1.5); $pdf->Rect(36, 36, 540, 720);
$pdf->SetFont('Helvetica', 'B', 16); $pdf->SetXY(56, 60); $pdf->Cell(500, 18, t('Riverside Valley Medical Center'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 10.5); $pdf->SetXY(56, 80); $pdf->Cell(500, 13, t('Laboratory Education Office'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 13); $pdf->SetXY(56, 120); $pdf->Cell(500, 16, t('CERTIFICATE OF COMPLETION'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(56, 150); $pdf->Cell(500, 14, t('Awarded to'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(56, 168); $pdf->Cell(500, 26, t('Florencio Ybarra III'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(56, 204); $pdf->Cell(500, 14, t('for completing'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(96, 222);
$pdf->MultiCell(420, 18, t('Annual Laboratory Safety Program: Bloodborne Pathogens, Fire Safety, and Chemical Spill Response'), 0, 'C');
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetXY(56, 272); $pdf->Cell(500, 13, t('Course code LAB-SAF-ANN-26   |   Completed June 12, 2026'), 0, 1, 'C');
// module table
$mods = array(array('1', 'Bloodborne Pathogens and Exposure Control', '45'), array('2', 'Fire Safety, RACE/PASS and Evacuation Routes', '30'), array('3', 'Chemical Hygiene and Spill Response', '35'), array('4', 'Post-test', '10'));
$x = 96; $y = 306;
$pdf->SetFont('Helvetica', 'B', 9); $pdf->SetFillColor(225, 225, 225);
$pdf->SetXY($x, $y); $pdf->Cell(40, 16, 'Module', 1, 0, 'C', true); $pdf->Cell(300, 16, 'Topic', 1, 0, 'L', true); $pdf->Cell(80, 16, 'Minutes', 1, 1, 'C', true);
$pdf->SetFont('Helvetica', '', 9);
foreach ($mods as $m) { $pdf->SetX($x); $pdf->Cell(40, 15, $m[0], 1, 0, 'C'); $pdf->Cell(300, 15, t($m[1]), 1, 0, 'L'); $pdf->Cell(80, 15, $m[2], 1, 1, 'C'); }
$pdf->SetFont('Helvetica', 'B', 9);
$pdf->SetX($x); $pdf->Cell(340, 16, t('Total instructional time'), 1, 0, 'R'); $pdf->Cell(80, 16, '120', 1, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 11);
$pdf->SetXY(56, 420); $pdf->Cell(500, 14, t('Continuing education awarded: 2.0 CE hours'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(86, 444);
$pdf->MultiCell(440, 11, t('This annual training satisfies OSHA bloodborne pathogen and hazard communication training requirements for laboratory personnel. CE hours are granted by the Riverside Valley Medical Center Laboratory Education Office and may be used toward certification maintenance where in-house education is accepted.'), 0, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(56, 520); $pdf->Cell(500, 12, t('Employee ID: 20-55871     Department: Core Laboratory     Next annual training due: 06/30/2027'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 15); $pdf->SetXY(196, 610); $pdf->Cell(220, 18, t('Josephine Kallistratos'), 0, 1, 'C');
$pdf->Line(196, 630, 416, 630);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(196, 634); $pdf->Cell(220, 10, t('Josephine Kallistratos, MLS(ASCP)CM, Laboratory Safety Officer'), 0, 1, 'C');
$pdf->Output('F', $argv[1]);
"""
    php_pdf(36, code)

# =====================================================================
#  python-docx -> LibreOffice  (n05, n13, n21, n29, n37)
# =====================================================================

@cert(5, 'docx', 'labce',
      ['landscape', 'centred award', 'page border', 'label/value table', 'credential after name'],
      'LabCE online course; numeric date M/D/YYYY; order # distractor; course number is the activity id.',
      'Keanu M. Abernathy-Szabo',
      'Urine Sediment Microscopy: Casts, Crystals, and Cellular Elements',
      '2025-10-14', 1.5, 'contact hour',
      ['LabCE'], 'LCE-1187')
def n05():
    from docx.shared import Pt, Inches
    d = new_docx(landscape=True, margins=0.8, font='Liberation Sans')
    docx_page_border(d.sections[0], 'thinThickSmallGap', 24, '0B5394', 20)
    docx_par(d, 'LabCE', size=30, bold=True, color='0B5394', after=0)
    docx_par(d, 'Continuing Education for Laboratory Professionals', size=10, color='555555', after=18)
    docx_par(d, 'Certificate of Completion', size=28, font='Liberation Serif', after=10)
    docx_par(d, 'This is to certify that', size=12, italic=True, font='Liberation Serif', after=6)
    docx_par(d, 'Keanu M. Abernathy-Szabo, MLT(ASCP)', size=22, bold=True, font='Liberation Serif', after=6)
    docx_par(d, 'has successfully completed the online course', size=12, italic=True, font='Liberation Serif', after=6)
    docx_par(d, 'Urine Sediment Microscopy: Casts, Crystals, and Cellular Elements', size=16, bold=True, after=14)
    t = d.add_table(rows=2, cols=4)
    t.alignment = 1
    docx_table_borders(t, 'single', 6, '9FB6CD')
    hdr = ['Course Number', 'Date Completed', 'P.A.C.E.\u00ae Contact Hours', 'Order #']
    val = ['LCE-1187', '10/14/2025', '1.5', '30079915']
    for i in range(4):
        c0 = t.cell(0, i); c0.text = ''
        docx_run(c0.paragraphs[0], hdr[i], size=8.5, bold=True, color='0B5394')
        c0.paragraphs[0].alignment = 1
        docx_cell_shade(c0, 'E8F0F8')
        c1 = t.cell(1, i); c1.text = ''
        docx_run(c1.paragraphs[0], val[i], size=12)
        c1.paragraphs[0].alignment = 1
    docx_par(d, '', after=10)
    docx_par(d, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences '
                'by the ASCLS P.A.C.E.\u00ae Program. Course level: Basic. This course is also accepted by many state '
                'licensure boards; consult your board for its requirements.', size=8.5, color='444444', after=22)
    p = docx_par(d, '', align='left', after=0)
    docx_run(p, '\t\tKristof Amundsen-Barre', size=15, italic=True, font='Liberation Serif')
    docx_par(d, '\t\t______________________________', align='left', size=9)
    docx_par(d, '\t\tKristof Amundsen-Barre, MS, MLS(ASCP)CM \u2014 Director of Content', align='left', size=8.5)
    docx_save_convert(5, d)


@cert(13, 'docx', 'public-health-lab',
      ['portrait', 'letterhead', 'two-column label/value table', 'expiry distractor'],
      'Title contains "Program"; shipping-training "valid through" expiry date is a distractor; state-style public health lab with acronym.',
      'Thaddeus O. Nwachukwu',
      'Infectious Substance Shipping Program: Packaging, Marking, and Labeling for Division 6.2 Materials',
      '2026-03-04', 4.0, 'contact hour',
      ['Northern Plains Regional Public Health Laboratory', 'NPRPHL'], 'PHL-IS-602')
def n13():
    d = new_docx(landscape=False, margins=0.9, font='Liberation Serif')
    docx_par(d, 'NORTHERN PLAINS REGIONAL PUBLIC HEALTH LABORATORY', size=13, bold=True, color='1F4E79', after=0)
    docx_par(d, 'NPRPHL \u2022 Laboratory Training and Outreach \u2022 Bismarck Road Campus', size=9, color='555555', after=4)
    docx_par(d, '\u2500' * 60, size=8, color='1F4E79', after=24)
    docx_par(d, 'Certificate of Training', size=26, after=8)
    docx_par(d, 'The Northern Plains Regional Public Health Laboratory certifies that the individual named below '
                'completed the training described and demonstrated competency on the practical packaging exercise.',
             size=11, align='center', after=18)
    rows = [('Participant', 'Thaddeus O. Nwachukwu'),
            ('Employer', 'Red Willow County Hospital Laboratory'),
            ('Training', 'Infectious Substance Shipping Program: Packaging, Marking, and Labeling for Division 6.2 Materials'),
            ('Course code', 'PHL-IS-602'),
            ('Training date', '03/04/2026'),
            ('Continuing education', '4.0 P.A.C.E.\u00ae contact hours'),
            ('Shipping certification valid through', '03/04/2028')]
    from docx.shared import Inches
    t = d.add_table(rows=len(rows), cols=2)
    docx_table_borders(t, 'single', 4, 'A6A6A6')
    for i, (k, v) in enumerate(rows):
        a, b = t.cell(i, 0), t.cell(i, 1)
        a.width = Inches(2.3); b.width = Inches(4.4)
        a.text = ''; b.text = ''
        docx_run(a.paragraphs[0], k, size=10, bold=True, font='Liberation Sans')
        docx_run(b.paragraphs[0], v, size=11, bold=(i in (0, 2)))
        docx_cell_shade(a, 'DEEAF6')
    docx_par(d, '', after=14)
    docx_par(d, 'The Northern Plains Regional Public Health Laboratory is approved as a provider of continuing education '
                'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Training meets the '
                'function-specific training requirements for shippers of infectious substances; retraining is required '
                'before the date shown above.', size=9, align='justify', color='333333', after=40)
    p = docx_par(d, '', align='left')
    docx_run(p, 'Annika Rasmussen-Pike', size=16, italic=True)
    docx_par(d, 'Annika Rasmussen-Pike, PhD, D(ABMM)', align='left', size=9.5)
    docx_par(d, 'Laboratory Director, NPRPHL', align='left', size=9.5)
    docx_save_convert(13, d)


@cert(21, 'docx', 'labce',
      ['portrait', 'centred', 'page border', 'label/value lines', 'license distractor'],
      'Title contains "Orientation"; numeric-only course ID; certificate # and Florida license # are distractors; Polish diacritic in name.',
      'Tomasz R. Wi\u015bniewski',
      'Blood Bank Orientation: Sample Acceptance, ABO/Rh Typing, and Antibody Screen Basics',
      '2026-01-27', 2.0, 'contact hour',
      ['LabCE'], '2214')
def n21():
    d = new_docx(landscape=False, margins=1.0, font='DejaVu Sans', size=10.5)
    docx_page_border(d.sections[0], 'single', 12, '7F7F7F', 24)
    docx_par(d, 'LabCE', size=26, bold=True, color='C0504D', after=2)
    docx_par(d, 'CERTIFICATE OF COMPLETION', size=12, bold=True, spacing=40, color='404040', after=36)
    docx_par(d, 'Tomasz R. Wi\u015bniewski', size=22, bold=True, font='DejaVu Serif', after=4)
    docx_par(d, 'successfully completed', size=10.5, italic=True, after=14)
    docx_par(d, 'Blood Bank Orientation: Sample Acceptance, ABO/Rh Typing, and Antibody Screen Basics', size=15,
             bold=True, font='DejaVu Serif', after=30)
    for k, v in [('Course ID', '2214'), ('Contact Hours', '2.0 (P.A.C.E.\u00ae)'), ('Completed', '1/27/2026'),
                 ('Certificate #', 'LCE-26-0091773'), ('Florida license #', 'CLS 0044198')]:
        p = docx_par(d, '', after=4)
        docx_run(p, k + ':  ', size=10, color='666666')
        docx_run(p, v, size=11, bold=True)
    docx_par(d, '', after=24)
    docx_par(d, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by '
                'the ASCLS P.A.C.E.\u00ae Program. Level: Basic. Content area: Immunohematology.',
             size=8.5, color='555555', after=40)
    docx_par(d, 'Kristof Amundsen-Barre', size=15, italic=True, font='DejaVu Serif')
    docx_par(d, 'Director of Content, LabCE', size=8.5, color='555555')
    docx_save_convert(21, d)


@cert(29, 'docx', 'public-health-lab',
      ['landscape', 'office of a state lab', 'two signatures', 'CLIA number distractor', 'long title'],
      'Office of a state public health laboratory issues it (institution + "Institution, Office"); CE hours unit; CLIA no. and registration no. distractors; long title wraps to two lines.',
      'Mirela Constantinescu-Hobbs',
      'Sentinel Laboratory Biothreat Rule-Out Workshop: Bacillus, Brucella, Francisella, Yersinia, and Burkholderia',
      '2026-06-24', 6.5, 'CE hour',
      ['Great Basin State Public Health Laboratory',
       'Great Basin State Public Health Laboratory, Office of Laboratory Preparedness'],
      'GB-SLW-26-02')
def n29():
    from docx.shared import Inches
    d = new_docx(landscape=True, margins=0.7, font='Liberation Sans', size=10.5)
    docx_page_border(d.sections[0], 'double', 6, '833C0B', 18)
    docx_par(d, 'Great Basin State Public Health Laboratory', size=20, bold=True, color='833C0B', after=0)
    docx_par(d, 'Office of Laboratory Preparedness', size=12, color='833C0B', after=16)
    docx_par(d, 'CERTIFICATE OF PARTICIPATION', size=22, font='Liberation Serif', spacing=20, after=10)
    docx_par(d, 'presented to', size=11, italic=True, after=4)
    docx_par(d, 'Mirela Constantinescu-Hobbs', size=22, bold=True, font='Liberation Serif', after=6)
    docx_par(d, 'for successful completion of the hands-on wet workshop', size=11, italic=True, after=6)
    docx_par(d, 'Sentinel Laboratory Biothreat Rule-Out Workshop: Bacillus, Brucella, Francisella, Yersinia, and Burkholderia',
             size=15, bold=True, font='Liberation Serif', after=10)
    docx_par(d, 'June 24, 2026  \u2022  BSL-3 Training Suite, Carson City', size=11, after=4)
    docx_par(d, 'Workshop ID: GB-SLW-26-02     |     6.5 CE hours awarded', size=11, bold=True, after=8)
    docx_par(d, 'Participant Registration No. 2026-0417     Facility CLIA No. 29D2045718', size=8.5, color='555555', after=6)
    docx_par(d, 'Continuing education hours are granted by the Office of Laboratory Preparedness of the Great Basin State '
                'Public Health Laboratory for laboratory personnel licensure and certification maintenance. Workshop '
                'content follows current sentinel laboratory guidelines for rule-out and referral.',
             size=8, color='444444', after=18)
    t = d.add_table(rows=3, cols=2)
    docx_table_borders(t, 'nil', 0, 'FFFFFF', inside=False)
    sig = [('Rosalind Ekberg-Mutua', 'Rosalind Ekberg-Mutua, PhD', 'Director, Office of Laboratory Preparedness'),
           ('Cedric Oyelowo', 'Cedric Oyelowo, MS, MLS(ASCP)CM', 'Biothreat Training Coordinator')]
    for j, (s, n_, r) in enumerate(sig):
        c = t.cell(0, j); c.text = ''
        docx_run(c.paragraphs[0], s, size=15, italic=True, font='Liberation Serif')
        c.paragraphs[0].alignment = 1
        c = t.cell(1, j); c.text = ''
        docx_run(c.paragraphs[0], n_, size=8.5); c.paragraphs[0].alignment = 1
        c = t.cell(2, j); c.text = ''
        docx_run(c.paragraphs[0], r, size=8.5); c.paragraphs[0].alignment = 1
    docx_save_convert(29, d)


@cert(37, 'docx', 'joint-accreditation-cme',
      ['portrait', 'two pages', 'credit table max/awarded', 'date range', 'long three-line title'],
      'Four credit types in a table; only ASCLS P.A.C.E. awarded 7.25 (of 8.0) counts; two-day range; page 2 holds accreditation statements; registration no. distractor; center of a foundation issues it.',
      'Anastasia V. Lindqvist-M\u00f8rk',
      'Thrombosis and Hemostasis Update 2026: Anticoagulant Monitoring, Heparin-Induced Thrombocytopenia Testing, and Reversal Strategies',
      '2026-10-16', 7.25, 'contact hour',
      ['Ashgrove Clinic Foundation', 'Ashgrove Clinic Foundation, Center for Interprofessional Education'],
      '26-HEM-4471')
def n37():
    from docx.shared import Inches
    from docx.enum.text import WD_BREAK
    d = new_docx(landscape=False, margins=0.85, font='Liberation Sans', size=10.5)
    docx_par(d, 'Ashgrove Clinic Foundation', size=18, bold=True, color='2E4A2E', align='left')
    docx_par(d, 'Center for Interprofessional Education', size=11, color='2E4A2E', align='left', after=30)
    docx_par(d, 'Certificate of Credit', size=24, font='Liberation Serif', align='left', after=16)
    p = docx_par(d, '', align='left', after=2)
    docx_run(p, 'Awarded to  ', size=10, color='666666')
    docx_run(p, 'Anastasia V. Lindqvist-M\u00f8rk', size=16, bold=True)
    docx_par(d, 'for attending the live course', size=10, color='666666', align='left', before=10, after=4)
    p = docx_par(d, '', align='left', after=8)
    r = docx_run(p, 'Thrombosis and Hemostasis Update 2026: Anticoagulant Monitoring,', size=14, bold=True,
                 font='Liberation Serif')
    r.add_break()
    docx_run(p, 'Heparin-Induced Thrombocytopenia Testing, and Reversal Strategies', size=14, bold=True,
             font='Liberation Serif')
    docx_par(d, 'October 15\u201316, 2026  \u2022  Ashgrove Clinic Education Pavilion, Lexington, Kentucky',
             size=10.5, align='left', after=2)
    docx_par(d, 'Activity ID: 26-HEM-4471     Registration No. 80012', size=10.5, align='left', after=18)
    rows = [('Credit type', 'Maximum', 'Awarded'),
            ('AMA PRA Category 1 Credits\u2122', '8.00', '0.00'),
            ('ANCC contact hours', '8.00', '0.00'),
            ('ACPE contact hours', '6.00', '0.00'),
            ('ASCLS P.A.C.E.\u00ae contact hours', '8.00', '7.25')]
    t = d.add_table(rows=len(rows), cols=3)
    docx_table_borders(t, 'single', 4, '7F7F7F')
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j); c.text = ''
            c.width = Inches(3.8) if j == 0 else Inches(1.3)
            docx_run(c.paragraphs[0], v, size=10, bold=(i == 0 or (i == 4 and j == 2)))
            if j:
                c.paragraphs[0].alignment = 2
            if i == 0:
                docx_cell_shade(c, 'E2EFDA')
    docx_par(d, 'Credit claimed through the Ashgrove learner portal on October 21, 2026. See page 2 for accreditation '
                'statements.', size=8.5, color='555555', align='left', before=10, after=40)
    p = docx_par(d, '', align='left')
    docx_run(p, 'Leopold Vanterpool', size=15, italic=True, font='Liberation Serif')
    docx_par(d, 'Leopold Vanterpool, MD, MEd \u2014 Director, Center for Interprofessional Education', size=9, align='left')
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    docx_par(d, 'Accreditation', size=15, bold=True, align='left', after=10)
    for para in [
        'In support of improving patient care, Ashgrove Clinic Foundation is jointly accredited by the Accreditation '
        'Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and '
        'the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.',
        'Ashgrove Clinic Foundation designates this live activity for a maximum of 8.00 AMA PRA Category 1 Credits\u2122. '
        'Physicians should claim only the credit commensurate with the extent of their participation in the activity.',
        'Nurses: this activity is approved for a maximum of 8.00 ANCC contact hours. Pharmacists: this knowledge-based '
        'activity is approved for 6.00 contact hours (0.6 CEU) of ACPE credit.',
        'Ashgrove Clinic Foundation, Center for Interprofessional Education, is approved as a provider of continuing '
        'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program; this course offers '
        'up to 8.00 P.A.C.E.\u00ae contact hours.']:
        docx_par(d, para, size=10, align='justify', after=10)
    docx_save_convert(37, d)

# =====================================================================
#  Flat ODT -> LibreOffice  (n06, n14, n22, n30, n38)
# =====================================================================

def otable(name, widths_in, rows, align='center', border='0.5pt solid #999999', pad='0.05in',
           head_bg=None, label_bg=None):
    """rows: list of lists of (paragraph_style, text). Returns (auto_styles, xml)."""
    total = sum(widths_in)
    st = ('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" '
          'table:align="%s" fo:margin-top="0.05in" fo:margin-bottom="0.05in"/></style:style>\n' % (name, total, align))
    for i, w in enumerate(widths_in):
        st += ('<style:style style:name="%s.%d" style:family="table-column"><style:table-column-properties '
               'style:column-width="%.2fin"/></style:style>\n' % (name, i, w))
    st += ('<style:style style:name="%s.c" style:family="table-cell"><style:table-cell-properties fo:padding="%s" '
           'fo:border="%s"/></style:style>\n' % (name, pad, border))
    st += ('<style:style style:name="%s.h" style:family="table-cell"><style:table-cell-properties fo:padding="%s" '
           'fo:border="%s" fo:background-color="%s"/></style:style>\n' % (name, pad, border, head_bg or label_bg or '#ffffff'))
    x = '<table:table table:name="%s" table:style-name="%s">\n' % (name, name)
    for i in range(len(widths_in)):
        x += '<table:table-column table:style-name="%s.%d"/>\n' % (name, i)
    for ri, r in enumerate(rows):
        x += '<table:table-row>'
        for ci, (ps, txt) in enumerate(r):
            shaded = (head_bg and ri == 0) or (label_bg and ci == 0)
            x += ('<table:table-cell table:style-name="%s.%s" office:value-type="string">%s</table:table-cell>'
                  % (name, 'h' if shaded else 'c', P(ps, txt)))
        x += '</table:table-row>\n'
    x += '</table:table>\n'
    return st, x


@cert(6, 'fodt', 'medialab',
      ['portrait', 'label/value table', 'exam score', 'next-due distractor'],
      'Title contains "Safety" and "Orientation"; printed date and next-training-due date are distractors; short form MediaLab also printed.',
      'Abigail Northcutt-Oyelaran',
      'Laboratory Safety: Chemical Hygiene Plan Orientation for New Employees',
      '2026-01-09', 2.0, 'contact hour',
      ['MediaLab, Inc.', 'MediaLab'], 'ML-SAF-2210')
def n06():
    st = ''
    st += pstyle('Logo', '24pt', bold=True, font='Liberation Sans', color='#00607a')
    st += pstyle('LogoSub', '9pt', font='Liberation Sans', color='#555555', after='0.35in')
    st += pstyle('Head', '24pt', font='Liberation Serif', after='0.15in')
    st += pstyle('Lead', '11pt', italic=True, after='0.05in')
    st += pstyle('Name', '20pt', bold=True, after='0.2in')
    st += pstyle('K', '9.5pt', bold=True, font='Liberation Sans', color='#00607a')
    st += pstyle('V', '11pt', font='Liberation Serif')
    st += pstyle('VB', '12pt', bold=True, font='Liberation Serif')
    st += pstyle('Fine', '8.5pt', font='Liberation Sans', color='#444444', before='0.25in', align='justify')
    st += pstyle('Sig', '15pt', italic=True, font='Z003', before='0.55in')
    st += pstyle('SigL', '8.5pt', font='Liberation Sans')
    tst, tx = otable('T1', [2.0, 4.6], [
        [('K', 'Course'), ('VB', 'Laboratory Safety: Chemical Hygiene Plan Orientation for New Employees')],
        [('K', 'Course number'), ('V', 'ML-SAF-2210')],
        [('K', 'Completion date'), ('V', 'January 9, 2026')],
        [('K', 'Credit'), ('V', '2.0 P.A.C.E.\u00ae contact hours')],
        [('K', 'Exam score'), ('V', '92% (passing score 70%)')],
        [('K', 'Next training due'), ('V', 'January 9, 2027 (annual safety requirement)')],
        [('K', 'Date printed'), ('V', 'January 12, 2026')],
    ], align='left', border='0.5pt solid #b5cdd4', label_bg='#e6f1f4')
    body = (P('Logo', 'MediaLab') + P('LogoSub', 'Compliance & Continuing Education for the Clinical Laboratory')
            + P('Head', 'Continuing Education Certificate') + P('Lead', 'Awarded to')
            + P('Name', 'Abigail Northcutt-Oyelaran') + tx
            + P('Fine', 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical '
                        'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This course also fulfils the annual '
                        'chemical hygiene training requirement when assigned by your laboratory\u2019s safety officer.')
            + P('Sig', 'Rowena Castellano-Pryce')
            + P('SigL', 'Rowena Castellano-Pryce, MT(ASCP), Director of Compliance Education, MediaLab, Inc.'))
    fodt(6, dict(w='8.5in', h='11in', margin='0.9in'), st + tst, body)


@cert(14, 'fodt', 'adlm',
      ['landscape', 'centred', 'format line', 'two credit figures', 'page border'],
      'On-Demand Webinar line is a format word; ACCENT contact hours (lab figure) vs AMA PRA; day-month-year date; member ID distractor.',
      'Yusuf Adebayo-Kristiansen',
      'Clinical Mass Spectrometry for Therapeutic Drug Monitoring: From Method Validation to Daily Quality Control',
      '2026-07-02', 1.5, 'contact hour',
      ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], 'ADLM-OD-26-417')
def n14():
    st = ''
    st += pstyle('Org', '20pt', bold=True, align='center', font='Liberation Sans', color='#1a3d6d')
    st += pstyle('Ac', '10pt', align='center', font='Liberation Sans', color='#1a3d6d', after='0.25in', spacing='0.06in')
    st += pstyle('Head', '26pt', align='center', font='C059', after='0.12in')
    st += pstyle('C', '11.5pt', align='center', italic=True, after='0.06in')
    st += pstyle('Name', '22pt', bold=True, align='center', font='C059', after='0.1in')
    st += pstyle('Fmt', '9pt', bold=True, align='center', font='Liberation Sans', color='#b35900', spacing='0.03in')
    st += pstyle('Title', '15pt', bold=True, align='center', font='Liberation Serif', after='0.16in',
                 extra_para='fo:margin-left="0.8in" fo:margin-right="0.8in"')
    st += pstyle('Meta', '10.5pt', align='center', font='Liberation Sans', after='0.04in')
    st += pstyle('Fine', '8pt', align='center', font='Liberation Sans', color='#444444', before='0.18in',
                 extra_para='fo:margin-left="0.6in" fo:margin-right="0.6in"')
    body = (P('Org', 'Association for Diagnostics & Laboratory Medicine')
            + P('Ac', 'ADLM \u2022 ACCENT\u00ae CONTINUING EDUCATION')
            + P('Head', 'Certificate of Participation')
            + P('C', 'This is to acknowledge that')
            + P('Name', 'Yusuf Adebayo-Kristiansen')
            + P('C', 'participated in the educational activity')
            + P('Fmt', 'ON-DEMAND WEBINAR')
            + P('Title', 'Clinical Mass Spectrometry for Therapeutic Drug Monitoring: From Method Validation to Daily Quality Control')
            + P('Meta', 'Completed on 2 July 2026     \u2022     Activity number: ADLM-OD-26-417')
            + P('Meta', 'ACCENT\u00ae contact hours: 1.5     \u2022     AMA PRA Category 1 Credits\u2122: 1.0')
            + P('Meta', 'ADLM Member ID 3309127')
            + P('Fine', 'ADLM designates this activity for a maximum of 1.5 ACCENT\u00ae contact hours. ACCENT\u00ae credit '
                        'is accepted by the ASCP Board of Certification for the Credential Maintenance Program. The '
                        'Association for Diagnostics & Laboratory Medicine is accredited by the ACCME to provide '
                        'continuing medical education for physicians and designates this enduring material for a maximum '
                        'of 1.0 AMA PRA Category 1 Credit\u2122.'))
    fodt(14, dict(w='11in', h='8.5in', margin='0.55in', border='0.04in double #1a3d6d', padding='0.25in'), st, body)


@cert(22, 'fodt', 'medialab',
      ['landscape', 'centred', 'format line', 'small table', 'singular unit'],
      'Self-Study line is a format word; "1.0 contact hour" singular; printed date distractor; MediaLab short form in header.',
      'Priyanka Venkataraman-Lowe',
      'Antibody Identification: Rule-Outs, Dosage Effects, and the Difficult Panel',
      '2026-09-17', 1.0, 'contact hour',
      ['MediaLab, Inc.', 'MediaLab'], 'MLX-3318')
def n22():
    st = ''
    st += pstyle('Logo', '13pt', bold=True, font='DejaVu Sans', color='#7a1f5c', align='start', spacing='0.05in')
    st += pstyle('Head', '30pt', font='DejaVu Serif', align='center', before='0.3in', after='0.2in', color='#7a1f5c')
    st += pstyle('C', '12pt', align='center', font='DejaVu Serif', after='0.06in')
    st += pstyle('Name', '24pt', bold=True, align='center', font='DejaVu Serif', after='0.12in')
    st += pstyle('Fmt', '9.5pt', italic=True, align='center', font='DejaVu Sans', color='#7a1f5c')
    st += pstyle('Title', '16pt', bold=True, align='center', font='DejaVu Sans', after='0.2in')
    st += pstyle('TH', '8.5pt', bold=True, align='center', font='DejaVu Sans', color='#ffffff')
    st += pstyle('TD', '11pt', align='center', font='DejaVu Sans')
    st += pstyle('Fine', '8pt', align='center', font='DejaVu Sans', color='#555555', before='0.2in')
    tst, tx = otable('T1', [1.9, 1.9, 1.9, 1.9], [
        [('TH', 'COURSE #'), ('TH', 'COMPLETED'), ('TH', 'CREDIT'), ('TH', 'PRINTED')],
        [('TD', 'MLX-3318'), ('TD', '09/17/2026'), ('TD', '1.0 contact hour'), ('TD', '10/01/2026')],
    ], border='0.5pt solid #7a1f5c', head_bg='#7a1f5c')
    body = (P('Logo', 'MediaLab')
            + P('Head', 'Certificate of Completion')
            + P('C', 'presented to')
            + P('Name', 'Priyanka Venkataraman-Lowe')
            + P('C', 'for completion of')
            + P('Fmt', 'Self-Study')
            + P('Title', 'Antibody Identification: Rule-Outs, Dosage Effects, and the Difficult Panel')
            + tx
            + P('Fine', 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
                        'sciences by the ASCLS P.A.C.E.\u00ae Program. P.A.C.E.\u00ae contact hours are awarded upon passing the '
                        'course exam. Intermediate level.'))
    fodt(22, dict(w='11in', h='8.5in', margin='0.6in', border='0.03in solid #7a1f5c', padding='0.3in'), st + tst, body)


@cert(30, 'fodt', 'regional-society',
      ['portrait', 'two pages', 'transcript page', 'date range', 'meeting attendance'],
      'Meeting attendance (title = conference name); range March 12-14 (last day); page 2 lists sessions attended whose hours sum to the 11.25 total; no activity number printed.',
      'Margarethe E. Solberg-Achebe',
      '2026 Tri-Rivers Laboratory Professionals Conference',
      '2026-03-14', 11.25, 'contact hour',
      ['Tri-Rivers Regional Association for Laboratory Science', 'TRRALS'], None)
def n30():
    st = ''
    st += pstyle('Org', '15pt', bold=True, align='center', font='Liberation Sans', color='#2b5f2b')
    st += pstyle('Ac', '9pt', align='center', font='Liberation Sans', color='#2b5f2b', after='0.4in')
    st += pstyle('Head', '28pt', align='center', font='URW Bookman', after='0.3in')
    st += pstyle('C', '12pt', align='center', after='0.08in')
    st += pstyle('Name', '22pt', bold=True, align='center', font='URW Bookman', after='0.2in')
    st += pstyle('Title', '17pt', bold=True, align='center', after='0.06in')
    st += pstyle('Meta', '11pt', align='center', after='0.04in')
    st += pstyle('Hrs', '13pt', bold=True, align='center', before='0.25in', after='0.2in')
    st += pstyle('Fine', '8.5pt', align='center', font='Liberation Sans', color='#444444',
                 extra_para='fo:margin-left="0.4in" fo:margin-right="0.4in"')
    st += pstyle('Sig', '15pt', italic=True, align='center', font='Z003', before='0.6in')
    st += pstyle('SigL', '8.5pt', align='center', font='Liberation Sans')
    st += pstyle('PB', '14pt', bold=True, font='Liberation Sans', extra_para='fo:break-before="page"', after='0.05in')
    st += pstyle('Sub', '9.5pt', font='Liberation Sans', color='#555555', after='0.15in')
    st += pstyle('TH', '9pt', bold=True, font='Liberation Sans')
    st += pstyle('TD', '9pt', font='Liberation Sans')
    st += pstyle('TDR', '9pt', font='Liberation Sans', align='end')
    sessions = [('March 12, 2026', 'Keynote: The Laboratory Workforce in 2030', '1.00'),
                ('March 12, 2026', 'Hemoglobinopathy Screening by HPLC: Pattern Recognition', '1.50'),
                ('March 12, 2026', 'Stool Multiplex PCR Panels: Stewardship and Reporting', '1.00'),
                ('March 13, 2026', 'Flow Cytometry for the Generalist', '1.50'),
                ('March 13, 2026', 'Body Fluid Cell Counts and Morphology Workshop', '2.00'),
                ('March 13, 2026', 'Lean Workflow Redesign in a Small Core Lab', '1.00'),
                ('March 14, 2026', 'Transfusion Case Challenges', '1.50'),
                ('March 14, 2026', 'Ethics Roundtable: Reporting Errors', '0.75'),
                ('March 14, 2026', 'Closing Session: Regulatory Update', '1.00')]
    assert abs(sum(float(s[2]) for s in sessions) - 11.25) < 1e-9
    rows = [[('TH', 'Date'), ('TH', 'Session attended'), ('TH', 'Contact hours')]]
    rows += [[('TD', a), ('TD', b), ('TDR', c)] for a, b, c in sessions]
    rows += [[('TH', ''), ('TH', 'Total'), ('TDR', '11.25')]]
    tst, tx = otable('T1', [1.35, 4.2, 1.1], rows, align='left', border='0.5pt solid #9ab59a', head_bg='#e3efe3')
    body = (P('Org', 'Tri-Rivers Regional Association for Laboratory Science')
            + P('Ac', 'TRRALS \u2022 Serving laboratory professionals of the Ohio, Kanawha and Big Sandy valleys')
            + P('Head', 'Certificate of Attendance')
            + P('C', 'This is to certify that')
            + P('Name', 'Margarethe E. Solberg-Achebe')
            + P('C', 'attended the')
            + P('Title', '2026 Tri-Rivers Laboratory Professionals Conference')
            + P('Meta', 'March 12\u201314, 2026')
            + P('Meta', 'Riverfront Convention Center, Huntington, West Virginia')
            + P('Hrs', 'Total P.A.C.E.\u00ae contact hours earned: 11.25')
            + P('Fine', 'The Tri-Rivers Regional Association for Laboratory Science is approved as a provider of continuing '
                        'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. '
                        'A transcript of the sessions attended appears on page 2.')
            + P('Sig', 'Philippa Okoye-Landry')
            + P('SigL', 'Philippa Okoye-Landry, MLS(ASCP)CM, Conference Chair')
            + P('PB', 'Session Transcript')
            + P('Sub', 'Margarethe E. Solberg-Achebe \u2014 2026 Tri-Rivers Laboratory Professionals Conference')
            + tx
            + P('Sub', 'Transcript generated March 20, 2026.'))
    fodt(30, dict(w='8.5in', h='11in', margin='0.8in'), st + tst, body)


@cert(38, 'fodt', 'university-ceu',
      ['landscape', 'one paragraph', 'border', 'seal text'],
      'One-paragraph certificate; CEU 0.15 -> 1.5 points; department named inside the paragraph ("Department ... of University"); no course number; issue date distractor.',
      'Kwabena S. Ofori-Atta',
      'Clinical Chemistry Method Verification: Accuracy, Precision, and Reportable Range',
      '2026-02-26', 0.15, 'CEU',
      ['Oakridge Western University', 'Oakridge Western University, Department of Medical Laboratory Science'],
      None)
def n38():
    st = ''
    st += pstyle('U', '26pt', align='center', font='C059', color='#3b2a63')
    st += pstyle('Seal', '9pt', align='center', font='Liberation Sans', color='#3b2a63', spacing='0.08in', after='0.5in')
    st += pstyle('Body', '15pt', align='justify', font='C059', extra_text='style:line-height-at-least="0.3in"',
                 extra_para='fo:line-height="150%" fo:margin-left="0.4in" fo:margin-right="0.4in"')
    st += pstyle('Sig', '15pt', italic=True, font='Z003', before='0.7in', extra_para='fo:margin-left="5.2in"')
    st += pstyle('SigL', '9pt', font='Liberation Sans', extra_para='fo:margin-left="5.2in"')
    st += pstyle('Foot', '8pt', font='Liberation Sans', color='#666666', before='0.35in',
                 extra_para='fo:margin-left="0.4in"')
    st += ('<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>\n'
           '<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>\n')
    para = ('This certifies that <text:span text:style-name="B">Kwabena S. Ofori-Atta</text:span> has satisfactorily '
            'completed the continuing education course <text:span text:style-name="I">\u201cClinical Chemistry Method '
            'Verification: Accuracy, Precision, and Reportable Range\u201d</text:span> offered by the Department of '
            'Medical Laboratory Science of Oakridge Western University, concluding on February 26, 2026, and is '
            'hereby awarded 0.15 Continuing Education Units (CEU).')
    body = (P('U', 'Oakridge Western University')
            + P('Seal', '\u2605 SEAL OF THE UNIVERSITY \u2605')
            + P('Body', para, raw=True)
            + P('Sig', 'Eleanor Whitcombe-Abara')
            + P('SigL', 'Eleanor Whitcombe-Abara, PhD, MLS(ASCP)CM')
            + P('SigL', 'Chair, Department of Medical Laboratory Science')
            + P('Foot', 'Issued 03/02/2026. One CEU = 10 contact hours.'))
    fodt(38, dict(w='11in', h='8.5in', margin='0.6in', border='0.06in double #3b2a63', padding='0.4in'), st, body)

# =====================================================================
#  Hand-written PostScript -> Ghostscript  (n07, n15, n23, n31, n39)
# =====================================================================

@cert(7, 'ghostscript', 'state-society',
      ['landscape', 'centred award', 'letter-spaced name', 'format line', 'date range', 'two signatures', 'seal'],
      'Spring Symposium line is a format/meeting word, not the title; letter-spaced name with diaeresis; range April 16-18 -> last day; member no. and signing date distractors.',
      'Rosalind K. Bergstr\u00f6m',
      'Laboratory Medicine at Altitude',
      '2026-04-18', 12.5, 'contact hour',
      ['New Mexico Clinical Laboratory Association', 'NMCLA'], 'NMCLA-26S')
def n07():
    W, H = 792, 612
    ps = PS(W, H, 'NMCLA Spring Symposium certificate')
    ps.rect(20, 20, W - 40, H - 40, lw=5, gray=0.25)
    ps.rect(32, 32, W - 64, H - 64, lw=0.8, gray=0.25)
    ps.text(W / 2, H - 84, 'TB', 22, 'New Mexico Clinical Laboratory Association', 'c', rgb=(0.55, 0.2, 0.1))
    ps.text(W / 2, H - 102, 'HR', 9.5, 'NMCLA  \u2022  Founded 1961  \u2022  Albuquerque, New Mexico', 'c', gray=0.35)
    ps.text(W / 2, H - 152, 'ZC', 38, 'Certificate of Attendance', 'c')
    ps.text(W / 2, H - 186, 'TI', 13, 'is hereby presented to', 'c')
    ps.spaced(W / 2, H - 226, 'PR', 24, 'Rosalind K. Bergstr\u00f6m', 5)
    ps.line(W / 2 - 250, H - 236, W / 2 + 250, H - 236, 0.6)
    ps.text(W / 2, H - 262, 'TI', 13, 'for full attendance at', 'c')
    ps.text(W / 2, H - 288, 'HB', 10, 'SPRING SYMPOSIUM', 'c', rgb=(0.55, 0.2, 0.1))
    ps.text(W / 2, H - 314, 'TB', 22, 'Laboratory Medicine at Altitude', 'c')
    ps.text(W / 2, H - 340, 'TR', 13, 'April 16\u201318, 2026  \u2022  Hotel Encantado, Santa Fe, New Mexico', 'c')
    ps.text(W / 2, H - 368, 'TB', 14, 'Awarded 12.5 P.A.C.E.\u00ae contact hours', 'c')
    ps.text(W / 2, H - 388, 'HR', 9.5, 'Event No. NMCLA-26S          Member No. 2291', 'c', gray=0.2)
    ps.text(W / 2, H - 414, 'TI', 8.8, 'The New Mexico Clinical Laboratory Association is approved as a provider of continuing education programs', 'c', gray=0.25)
    ps.text(W / 2, H - 426, 'TI', 8.8, 'in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 'c', gray=0.25)
    # seal
    ps.circle(W / 2, 108, 40, 2, 0.4)
    ps.circle(W / 2, 108, 33, 0.6, 0.4)
    ps.text(W / 2, 110, 'TB', 13, 'NMCLA', 'c', gray=0.4)
    ps.text(W / 2, 97, 'HR', 6.5, 'SEAL', 'c', gray=0.4)
    for x, sig, nm, role in [(90, 'Esperanza Q. Lucero', 'Esperanza Q. Lucero, MLS(ASCP)CM', 'President, NMCLA'),
                             (W - 290, 'Harlan Whitehorse', 'Harlan Whitehorse, MS, MT(ASCP)', 'Symposium Program Chair')]:
        ps.text(x, 112, 'ZC', 17, sig)
        ps.line(x, 104, x + 200, 104, 0.6)
        ps.text(x, 92, 'HR', 8, nm)
        ps.text(x, 81, 'HR', 8, role)
    ps.text(W - 60, 46, 'HO', 7.5, 'Signed this 20th day of April, 2026', 'r', gray=0.4)
    ps.write(7)


@cert(15, 'ghostscript', 'nsh',
      ['portrait', 'ALL-CAPS name', 'credential after name', 'left rule', 'workshop'],
      'ALL-CAPS name followed by HTL(ASCP); workshop number is the activity id; only the workshop date printed; member number distractor.',
      'CORNELIUS P. ABERNETHY-NAKAMURA',
      'Troubleshooting Immunohistochemistry Staining: Antigen Retrieval, Controls, and Artifact Recognition',
      '2026-09-12', 3.0, 'contact hour',
      ['National Society for Histotechnology', 'NSH'], 'W-37')
def n15():
    W, H = 612, 792
    ps = PS(W, H, 'NSH workshop certificate')
    ps.rect(0, 0, 40, H, lw=0, fill=(0.18, 0.22, 0.45))
    ps.rect(40, 0, 4, H, lw=0, fill=(0.85, 0.45, 0.55))
    ps.text(80, H - 90, 'AB', 30, 'NSH', rgb=(0.18, 0.22, 0.45))
    ps.text(80, H - 110, 'AR', 11, 'National Society for Histotechnology', gray=0.2)
    ps.text(80, H - 124, 'AR', 9, 'Annual Symposium/Convention Workshop Program', gray=0.35)
    ps.text(80, H - 200, 'NR', 28, 'Certificate of Completion')
    ps.text(80, H - 236, 'NI', 12, 'This certifies that')
    ps.text(80, H - 266, 'NB', 17, 'CORNELIUS P. ABERNETHY-NAKAMURA, HTL(ASCP)')
    ps.text(80, H - 296, 'NI', 12, 'completed the hands-on workshop')
    y = H - 326
    for ln in ['Troubleshooting Immunohistochemistry Staining:', 'Antigen Retrieval, Controls, and Artifact Recognition']:
        ps.text(80, y, 'NB', 15, ln); y -= 19
    rows = [('Workshop #', 'W-37'), ('Workshop date', 'September 12, 2026'),
            ('Contact hours', '3.0'), ('NSH member number', '0071-5530')]
    y -= 26
    for k, v in rows:
        ps.text(80, y, 'AR', 9.5, k, gray=0.35)
        ps.text(230, y, 'AB', 11, v)
        y -= 20
    y -= 14
    for ln in ['The National Society for Histotechnology is approved as a provider of continuing education programs',
               'in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours may be applied to',
               'the ASCP Board of Certification Credential Maintenance Program in the histotechnology content area.']:
        ps.text(80, y, 'NR', 8.8, ln, gray=0.25); y -= 12
    ps.text(80, 150, 'ZC', 18, 'Marguerite Delacorte-Sisk')
    ps.line(80, 142, 300, 142, 0.6)
    ps.text(80, 130, 'AR', 8.5, 'Marguerite Delacorte-Sisk, HTL(ASCP)QIHC')
    ps.text(80, 119, 'AR', 8.5, 'NSH Education Committee Chair')
    ps.write(15)


@cert(23, 'ghostscript', 'state-society',
      ['portrait', 'one paragraph', 'border', 'session code'],
      'One-paragraph certificate naming session, meeting and society; hyphenated title not broken at hyphens; signing date distractor.',
      'Evander J. Pruitt-Calloway',
      'Point-of-Care Testing Oversight for Rural Hospitals',
      '2025-10-10', 1.5, 'contact hour',
      ['Vermont Society of Laboratory Professionals', 'VSLP'], 'VS25-F07')
def n23():
    W, H = 612, 792
    ps = PS(W, H, 'VSLP certificate')
    ps.rect(36, 36, W - 72, H - 72, lw=1.2, gray=0.15)
    ps.rect(42, 42, W - 84, H - 84, lw=0.4, gray=0.15)
    ps.text(W / 2, H - 100, 'PB', 18, 'Vermont Society of Laboratory Professionals', 'c', rgb=(0.1, 0.35, 0.2))
    ps.text(W / 2, H - 118, 'PR', 10, 'VSLP  \u2022  Fall Seminar 2025  \u2022  Burlington', 'c', gray=0.3)
    ps.text(W / 2, H - 190, 'PB', 24, 'Certificate', 'c')
    lines = ['Be it known that Evander J. Pruitt-Calloway attended the session',
             '\u201cPoint-of-Care Testing Oversight for Rural Hospitals\u201d at the Fall',
             'Seminar of the Vermont Society of Laboratory Professionals (VSLP)',
             'on October 10, 2025 and is awarded 1.5 P.A.C.E.\u00ae contact hours.']
    y = H - 250
    for ln in lines:
        ps.text(80, y, 'PR', 14, ln); y -= 24
    ps.text(80, y - 12, 'PR', 11, 'Session Code: VS25-F07')
    for i, ln in enumerate(['The Vermont Society of Laboratory Professionals is approved as a provider of continuing',
                            'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.']):
        ps.text(80, y - 50 - 12 * i, 'PI', 9, ln, gray=0.3)
    ps.text(80, 200, 'ZC', 17, 'Thaddeus Moncrieff-Lane')
    ps.line(80, 192, 300, 192, 0.6)
    ps.text(80, 180, 'PR', 9, 'Thaddeus Moncrieff-Lane, MLS(ASCP)CM')
    ps.text(80, 169, 'PR', 9, 'Continuing Education Coordinator, VSLP')
    ps.text(80, 150, 'PR', 9, 'Signed October 14, 2025', gray=0.3)
    ps.write(23)


@cert(31, 'ghostscript', 'ascp-cmle',
      ['landscape', 'labels above values in columns', 'ALL-CAPS name with suffix', 'format line'],
      'ALL-CAPS name with suffix JR.; labels above values in four columns incl. certificate no.; title contains "Biosafety"; LIVE WEBINAR format line.',
      'WINSTON G. ABERCROMBIE-ODUYA JR.',
      'Biosafety Risk Assessment for the Clinical Microbiology Laboratory',
      '2025-11-12', 1.0, 'CMLE',
      ['American Society for Clinical Pathology', 'ASCP'], 'WB-1112-BIO')
def n31():
    W, H = 792, 612
    ps = PS(W, H, 'ASCP CMLE certificate')
    ps.rect(0, H - 90, W, 90, lw=0, fill=(0.05, 0.2, 0.42))
    ps.text(50, H - 50, 'HB', 24, 'ASCP', gray=1)
    ps.text(50, H - 70, 'HR', 10, 'American Society for Clinical Pathology', gray=1)
    ps.text(W - 50, H - 56, 'HR', 10, 'CMLE CREDIT CERTIFICATE', 'r', gray=1)
    ps.text(50, H - 140, 'TR', 12, 'This certificate is awarded to')
    ps.text(50, H - 176, 'HB', 26, 'WINSTON G. ABERCROMBIE-ODUYA JR.')
    ps.text(50, H - 210, 'TR', 12, 'for completion of the ASCP educational activity')
    ps.text(50, H - 236, 'HB', 9, 'LIVE WEBINAR', rgb=(0.7, 0.15, 0.1))
    ps.text(50, H - 260, 'TB', 19, 'Biosafety Risk Assessment for the Clinical Microbiology Laboratory')
    ps.line(50, H - 290, W - 50, H - 290, 0.8, 0.5)
    cols = [('DATE COMPLETED', '11/12/2025'), ('ACTIVITY ID', 'WB-1112-BIO'),
            ('CMLE CREDITS', '1.0'), ('CERTIFICATE NO.', 'C-2025-448107')]
    x = 50
    for k, v in cols:
        ps.text(x, H - 314, 'HR', 8, k, gray=0.4)
        ps.text(x, H - 334, 'HB', 14, v)
        x += 180
    ps.line(50, H - 348, W - 50, H - 348, 0.8, 0.5)
    for i, ln in enumerate([
            'The American Society for Clinical Pathology designates this live activity for a maximum of 1.0 CMLE credit. CMLE credit is',
            'accepted by the ASCP Board of Certification for the Credential Maintenance Program (CMP). This activity also meets the',
            'laboratory safety content requirement of the CMP when it is reported under the Safety category.']):
        ps.text(50, H - 372 - 12 * i, 'TI', 9.5, ln, gray=0.25)
    ps.text(50, 118, 'ZC', 18, 'Renata Vossberg-Hale')
    ps.line(50, 110, 270, 110, 0.6)
    ps.text(50, 98, 'HR', 8.5, 'Renata Vossberg-Hale, MD, FASCP')
    ps.text(50, 87, 'HR', 8.5, 'Chair, Continuing Education Committee')
    ps.text(W - 50, 87, 'HR', 8, 'Printed from the ASCP learning portal on 12/01/2025', 'r', gray=0.4)
    ps.write(31)


@cert(39, 'ghostscript', 'vendor-training',
      ['portrait', 'centred', 'format line', 'double border', 'purchase order distractor'],
      '"Hands-On Workshop" line is a format phrase, not part of the title; certificate no. and purchase order distractors; credential after name.',
      'Ezekiel Montgomery-Tran',
      'Automated Urinalysis Workflow Optimization and Daily Maintenance',
      '2026-05-19', 4.0, 'contact hour',
      ['Halcyon Microfluidics'], 'HM-UA7-0519')
def n39():
    W, H = 612, 792
    ps = PS(W, H, 'Halcyon workshop certificate')
    ps.rect(28, 28, W - 56, H - 56, lw=3, gray=0.3)
    ps.rect(36, 36, W - 72, H - 72, lw=0.6, gray=0.3)
    ps.text(W / 2, H - 100, 'AB', 22, 'Halcyon Microfluidics', 'c', rgb=(0.0, 0.4, 0.5))
    ps.text(W / 2, H - 118, 'AR', 9.5, 'Technical Education Services  \u2022  San Jose, California', 'c', gray=0.35)
    ps.text(W / 2, H - 190, 'TR', 28, 'Certificate of Completion', 'c')
    ps.text(W / 2, H - 226, 'TI', 12, 'This certifies that', 'c')
    ps.text(W / 2, H - 262, 'TB', 21, 'Ezekiel Montgomery-Tran, MT(ASCP)', 'c')
    ps.text(W / 2, H - 296, 'TI', 12, 'has completed', 'c')
    ps.text(W / 2, H - 322, 'HO', 10, 'Hands-On Workshop', 'c', rgb=(0.0, 0.4, 0.5))
    ps.text(W / 2, H - 346, 'TB', 15, 'Automated Urinalysis Workflow Optimization', 'c')
    ps.text(W / 2, H - 365, 'TB', 15, 'and Daily Maintenance', 'c')
    ps.text(W / 2, H - 402, 'TR', 12, 'Workshop No.: HM-UA7-0519', 'c')
    ps.text(W / 2, H - 420, 'TR', 12, 'Date: May 19, 2026', 'c')
    ps.text(W / 2, H - 438, 'TR', 12, 'Continuing education: 4.0 P.A.C.E.\u00ae contact hours', 'c')
    for i, ln in enumerate(['Halcyon Microfluidics is approved as a provider of continuing education programs in the',
                            'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Workshop held on site at',
                            'Cedar Hollow Community Hospital laboratory.']):
        ps.text(W / 2, H - 474 - 12 * i, 'TI', 9, ln, 'c', gray=0.3)
    ps.text(W / 2, 190, 'ZC', 17, 'Benedikt Oyarzun', 'c')
    ps.line(W / 2 - 110, 182, W / 2 + 110, 182, 0.6)
    ps.text(W / 2, 170, 'AR', 8.5, 'Benedikt Oyarzun, Clinical Education Specialist', 'c')
    ps.text(70, 70, 'AR', 7.5, 'Certificate No. HM-C-003918', gray=0.4)
    ps.text(W - 70, 70, 'AR', 7.5, 'Purchase Order 4500218833', 'r', gray=0.4)
    ps.write(39)


# =====================================================================
#  main
# =====================================================================

def main(argv):
    which = [int(a) for a in argv] or sorted(CERTS)
    assert sorted(CERTS) == list(range(1, 41)), sorted(CERTS)
    for n in which:
        c = CERTS[n]
        c['fn']()
        assert os.path.exists(out(n)), n
        with open(os.path.join(BASE, 'n%02d.gold.json' % n), 'w', encoding='utf-8') as f:
            json.dump(c['gold'], f, ensure_ascii=False, indent=2)
            f.write('\n')
        print('n%02d  %-11s %-24s %s' % (n, c['gold']['producer'], c['gold']['style'], c['gold']['title'][:60]))
    # keep src tidy: drop LibreOffice/chromium scratch directories
    for d in ('.lo_out', '.chromium', '.lo_profile', 'png'):
        shutil.rmtree(os.path.join(SRC, d), ignore_errors=True)


if __name__ == '__main__':
    main(sys.argv[1:])
