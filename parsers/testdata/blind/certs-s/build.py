#!/usr/bin/python3
"""Blind test set 'certs-s': 40 invented CE certificates for medical laboratory
professionals (ASCP BOC CMP).  Writes sNN.pdf + sNN.gold.json next to this file,
intermediate sources into src/.  Run with /usr/bin/python3."""
import os, sys, json, subprocess, shutil, html

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, 'src')
WORK = os.path.join(BASE, '.work')          # profiles + temp, kept out of src/
os.makedirs(SRC, exist_ok=True)
os.makedirs(WORK, exist_ok=True)
ENV = dict(os.environ, TMPDIR=WORK, HOME=WORK)

CERTS = []


def cert(fn):
    CERTS.append(fn)
    return fn


def pdf_path(nn):
    return os.path.join(BASE, 's%02d.pdf' % nn)


def src_path(nn, ext):
    return os.path.join(SRC, 's%02d.%s' % (nn, ext))


def run(cmd):
    r = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode(errors='replace') + r.stderr.decode(errors='replace'))
        raise SystemExit('command failed: %s' % ' '.join(cmd))
    return r


def gold(nn, style, producer, layout, notes, name, title, date, credits, unit,
         provider, activity_id):
    assert unit in ('contact hour', 'CMLE', 'CE hour', 'CEU'), unit
    points = round(credits * 10, 2) if unit == 'CEU' else credits
    g = {"style": style, "producer": producer, "layout": layout, "notes": notes,
         "name": name, "title": title, "date": date, "credits": credits,
         "unit": unit, "points": points, "provider": provider,
         "activity_id": activity_id}
    with open(os.path.join(BASE, 's%02d.gold.json' % nn), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
    return g


# ---------------------------------------------------------------- producers
def html_pdf(nn, text):
    p = src_path(nn, 'html')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(text)
    out = pdf_path(nn)
    if os.path.exists(out):
        os.remove(out)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
         '--user-data-dir=' + os.path.join(WORK, 'chromium-profile'),
         '--no-pdf-header-footer', '--print-to-pdf-no-header',
         '--print-to-pdf=' + out, 'file://' + p])
    assert os.path.exists(out), out


def soffice_pdf(nn, srcfile):
    outdir = os.path.join(WORK, 'lo-out')
    os.makedirs(outdir, exist_ok=True)
    run(['soffice', '-env:UserInstallation=file://' + os.path.join(WORK, 'lo-profile'),
         '--headless', '--convert-to', 'pdf', '--outdir', outdir, srcfile])
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(srcfile))[0] + '.pdf')
    shutil.move(produced, pdf_path(nn))


def docx_pdf(nn, document):
    p = src_path(nn, 'docx')
    document.save(p)
    soffice_pdf(nn, p)


def php_pdf(nn, data, code):
    """code: PHP body; $D holds data (decoded JSON), $OUT the output path."""
    p = src_path(nn, 'php')
    js = json.dumps(data, ensure_ascii=False).replace('\\', '\\\\').replace("'", "\\'")
    with open(p, 'w', encoding='utf-8') as f:
        f.write("<?php\n$D = json_decode('%s', true);\n$OUT = $argv[1];\n" % js)
        f.write("function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }\n")
        f.write(code)
    run(['php', p, pdf_path(nn)])


def ps_pdf(nn, ps_text):
    p = src_path(nn, 'ps')
    with open(p, 'wb') as f:
        f.write(ps_text)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
         '-sOutputFile=' + pdf_path(nn), p])


# ---------------------------------------------------------------- helpers
from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap(text, font, size, maxw):
    words = text.split(' ')
    lines, cur = [], ''
    for w_ in words:
        t = (cur + ' ' + w_).strip()
        if stringWidth(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w_
    if cur:
        lines.append(cur)
    return lines


def esc(s):
    return html.escape(s, quote=True)


# PostScript builder -------------------------------------------------------
PS_FONTS = {'TR': 'Times-Roman', 'TB': 'Times-Bold', 'TI': 'Times-Italic',
            'TBI': 'Times-BoldItalic', 'HR': 'Helvetica', 'HB': 'Helvetica-Bold',
            'HO': 'Helvetica-Oblique', 'PR': 'Palatino-Roman', 'PB': 'Palatino-Bold',
            'PI': 'Palatino-Italic', 'BL': 'Bookman-Light', 'BD': 'Bookman-Demi',
            'ZC': 'ZapfChancery-MediumItalic', 'NB': 'NewCenturySchlbk-Bold',
            'NR': 'NewCenturySchlbk-Roman', 'NI': 'NewCenturySchlbk-Italic',
            'CR': 'Courier'}
RL_FONT = {'TR': 'Times-Roman', 'TB': 'Times-Bold', 'TI': 'Times-Italic',
           'TBI': 'Times-BoldItalic', 'HR': 'Helvetica', 'HB': 'Helvetica-Bold',
           'HO': 'Helvetica-Oblique', 'PR': 'Times-Roman', 'PB': 'Times-Bold',
           'PI': 'Times-Italic', 'BL': 'Times-Roman', 'BD': 'Times-Bold',
           'ZC': 'Times-Italic', 'NB': 'Times-Bold', 'NR': 'Times-Roman',
           'NI': 'Times-Italic', 'CR': 'Courier'}
WIDTH_FUDGE = {'PR': 1.08, 'PB': 1.1, 'PI': 1.05, 'BL': 1.2, 'BD': 1.25, 'ZC': 1.0,
               'NB': 1.15, 'NR': 1.12, 'NI': 1.1}


def ps_str(s):
    b = s.encode('cp1252')
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append('\\%03o' % c)
    return '(' + ''.join(out) + ')'


PS_PROLOG = r"""%!PS-Adobe-3.0
%%Pages: 1
%%EndComments
/WinEnc ISOLatin1Encoding 256 array copy def
WinEnc 39 /quotesingle put WinEnc 96 /grave put WinEnc 45 /hyphen put
WinEnc 16#85 /ellipsis put WinEnc 16#91 /quoteleft put WinEnc 16#92 /quoteright put
WinEnc 16#93 /quotedblleft put WinEnc 16#94 /quotedblright put WinEnc 16#95 /bullet put
WinEnc 16#96 /endash put WinEnc 16#97 /emdash put WinEnc 16#99 /trademark put
/reenc { findfont dup length dict begin { 1 index /FID ne {def} {pop pop} ifelse } forall
  /Encoding WinEnc def currentdict end definefont pop } def
%FONTS%
/ctext { /s exch def moveto s stringwidth pop 2 div neg 0 rmoveto s show } def
/rtext { /s exch def moveto s stringwidth pop neg 0 rmoveto s show } def
/lstext { /s exch def /sp exch def moveto s length 1 sub sp mul s stringwidth pop add
  2 div neg 0 rmoveto sp 0 s ashow } def
"""


class PS:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.ops = []
        self.cur = ('TR', 12)

    def font(self, f, size):
        self.cur = (f, size)
        self.ops.append('/%s %g selectfont' % (f, size))

    def gray(self, g):
        self.ops.append('%g setgray' % g)

    def rgb(self, r, g, b):
        self.ops.append('%g %g %g setrgbcolor' % (r, g, b))

    def text(self, x, y, s, align='l'):
        if align == 'l':
            self.ops.append('%g %g moveto %s show' % (x, y, ps_str(s)))
        elif align == 'c':
            self.ops.append('%g %g %s ctext' % (x, y, ps_str(s)))
        else:
            self.ops.append('%g %g %s rtext' % (x, y, ps_str(s)))

    def spaced(self, x, y, s, sp):
        self.ops.append('%g %g %g %s lstext' % (x, y, sp, ps_str(s)))

    def width(self, s):
        f, size = self.cur
        return stringWidth(s, RL_FONT[f], size) * WIDTH_FUDGE.get(f, 1.0)

    def para(self, x, y, s, maxw, lead, align='l'):
        f, size = self.cur
        lines = wrap(s, RL_FONT[f], size * WIDTH_FUDGE.get(f, 1.0), maxw)
        for ln in lines:
            self.text(x, y, ln, align)
            y -= lead
        return y

    def line(self, x1, y1, x2, y2, lw=1):
        self.ops.append('%g setlinewidth newpath %g %g moveto %g %g lineto stroke' % (lw, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=1, fill=False):
        self.ops.append('%g setlinewidth newpath %g %g moveto %g 0 rlineto 0 %g rlineto %g 0 rlineto closepath %s'
                        % (lw, x, y, w, h, -w, 'fill' if fill else 'stroke'))

    def circle(self, x, y, r, lw=1, fill=False):
        self.ops.append('%g setlinewidth newpath %g %g %g 0 360 arc closepath %s' % (lw, x, y, r, 'fill' if fill else 'stroke'))

    def raw(self, s):
        self.ops.append(s)

    def render(self, pages=None):
        fonts = '\n'.join('/%s /%s reenc' % (k, v) for k, v in PS_FONTS.items())
        head = PS_PROLOG.replace('%FONTS%', fonts)
        body = '<< /PageSize [%g %g] >> setpagedevice\n' % (self.w, self.h)
        body += '\n'.join(self.ops) + '\nshowpage\n'
        return (head + body).encode('latin-1')


# FODT builder -------------------------------------------------------------
FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/>
 <style:font-face style:name="C059" svg:font-family="C059"/>
 <style:font-face style:name="P052" svg:font-family="P052"/>
 <style:font-face style:name="URW Bookman" svg:font-family="'URW Bookman'"/>
 <style:font-face style:name="URW Gothic" svg:font-family="'URW Gothic'"/>
 <style:font-face style:name="Z003" svg:font-family="Z003"/>
 <style:font-face style:name="Nimbus Sans" svg:font-family="'Nimbus Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="%FONT%" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="%PW%" fo:page-height="%PH%" style:print-orientation="%ORI%"
   fo:margin-top="%M%" fo:margin-bottom="%M%" fo:margin-left="%M%" fo:margin-right="%M%" %PAGEBORDER%/>
 </style:page-layout>
%AUTO%
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
'''
FODT_TAIL = '</office:text></office:body></office:document>\n'


def fodt_pdf(nn, auto_styles, body, landscape=False, margin='0.7in', font='Liberation Serif',
             page_border=''):
    pw, ph = ('11in', '8.5in') if landscape else ('8.5in', '11in')
    head = (FODT_HEAD.replace('%PW%', pw).replace('%PH%', ph)
            .replace('%ORI%', 'landscape' if landscape else 'portrait')
            .replace('%M%', margin).replace('%AUTO%', auto_styles).replace('%FONT%', font)
            .replace('%PAGEBORDER%', page_border))
    p = src_path(nn, 'fodt')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(head + body + FODT_TAIL)
    soffice_pdf(nn, p)


def pstyle(name, align='start', size=None, bold=False, italic=False, font=None, color=None,
           before='0in', after='0.06in', caps=False, spacing=None, extra_p='', extra_t=''):
    t = []
    if size:
        t.append('fo:font-size="%s"' % size)
    if bold:
        t.append('fo:font-weight="bold"')
    if italic:
        t.append('fo:font-style="italic"')
    if font:
        t.append('style:font-name="%s"' % font)
    if color:
        t.append('fo:color="%s"' % color)
    if caps:
        t.append('fo:text-transform="uppercase"')
    if spacing:
        t.append('fo:letter-spacing="%s"' % spacing)
    return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s" %s/>'
            '<style:text-properties %s %s/></style:style>\n') % (
        name, align, before, after, extra_p, ' '.join(t), extra_t)


def xp(style, text):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, esc(text))


# python-docx helpers ------------------------------------------------------
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(landscape=False, margin=0.8, font='Liberation Serif', size=11):
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for a in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(s, a, Inches(margin))
    st = d.styles['Normal']
    st.font.name = font
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    return d


def dpara(d, text='', size=None, bold=False, italic=False, align='center', font=None,
          color=None, after=None, before=None, caps=False, spacing=None):
    p = d.add_paragraph()
    p.alignment = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'left': WD_ALIGN_PARAGRAPH.LEFT,
                   'right': WD_ALIGN_PARAGRAPH.RIGHT, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if text:
        drun(p, text, size, bold, italic, font, color, caps, spacing)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def drun(p, text, size=None, bold=False, italic=False, font=None, color=None, caps=False,
         spacing=None):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if spacing:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement('w:spacing')
        sp.set(qn('w:val'), str(spacing))
        rpr.append(sp)
    return r


def page_border(d, val='double', sz=18, color='1F3864', space=24):
    sectPr = d.sections[0]._sectPr
    pb = OxmlElement('w:pgBorders')
    pb.set(qn('w:offsetFrom'), 'page')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), val)
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), str(space))
        e.set(qn('w:color'), color)
        pb.append(e)
    sectPr.append(pb)


def cell_text(cell, text, size=None, bold=False, align='left', italic=False, color=None):
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'left': WD_ALIGN_PARAGRAPH.LEFT,
                   'right': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    drun(p, text, size, bold, italic, color=color)
    p.paragraph_format.space_after = Pt(1)
    return p


def table_borders(table, sz=4, color='808080', inside=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    sides = ['top', 'left', 'bottom', 'right'] + (['insideH', 'insideV'] if inside else [])
    for side in sides:
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'single')
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:color'), color)
        b.append(e)
    tblPr.append(b)


def col_widths(table, widths):
    table.autofit = False
    for i, w_ in enumerate(widths):
        table.columns[i].width = Inches(w_)
    for row in table.rows:
        for i, w_ in enumerate(widths):
            row.cells[i].width = Inches(w_)


# ReportLab ------------------------------------------------------------------
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import letter, landscape as rl_landscape
from reportlab.lib import colors


# =========================================================================
# s01  ASCP CMLE, ReportLab, landscape award with border + seal
# =========================================================================
@cert
def s01():
    nn = 1
    W, H = rl_landscape(letter)
    c = rl_canvas.Canvas(pdf_path(nn), pagesize=(W, H))
    c.setTitle('Certificate')
    navy = colors.HexColor('#1d2f5a')
    gold_ = colors.HexColor('#b08d3c')
    c.setStrokeColor(navy); c.setLineWidth(6); c.rect(24, 24, W - 48, H - 48)
    c.setStrokeColor(gold_); c.setLineWidth(1.5); c.rect(36, 36, W - 72, H - 72)
    c.setLineWidth(0.5); c.rect(40, 40, W - 80, H - 80)
    c.setFillColor(navy)
    c.setFont('Times-Bold', 15)
    c.drawCentredString(W / 2, H - 88, 'American Society for Clinical Pathology')
    c.setFont('Helvetica', 9)
    c.drawCentredString(W / 2, H - 104, 'CONTINUING MEDICAL LABORATORY EDUCATION')
    c.setFillColor(gold_)
    c.setFont('Times-Roman', 34)
    c.drawCentredString(W / 2, H - 152, 'Certificate of Completion')
    c.setFillColor(colors.black)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 190, 'This certifies that')
    c.setFont('Times-BoldItalic', 28)
    c.drawCentredString(W / 2, H - 228, 'Danielle R. Whitcombe, MLS(ASCP)CM')
    c.setStrokeColor(gold_); c.setLineWidth(0.8); c.line(W / 2 - 220, H - 238, W / 2 + 220, H - 238)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 262, 'has successfully completed the online course')
    c.setFont('Times-Bold', 18)
    c.drawCentredString(W / 2, H - 290, 'Hemoglobinopathy Screening: Interpreting HPLC')
    c.drawCentredString(W / 2, H - 312, 'and Capillary Electrophoresis Patterns')
    c.setFont('Helvetica-Oblique', 10)
    c.drawCentredString(W / 2, H - 332, 'On-Demand')
    c.setFont('Times-Roman', 14)
    c.drawCentredString(W / 2, H - 362, 'and is awarded 1.0 CMLE credit')
    # info row
    c.setFont('Helvetica', 9.5)
    y = H - 402
    c.drawString(80, y, 'Date of Completion: November 14, 2025')
    c.drawCentredString(W / 2, y, 'Activity ID: HEM2509')
    c.drawRightString(W - 80, y, 'Certificate No. 8841-2207-56')
    # signature
    c.setLineWidth(0.6); c.setStrokeColor(colors.black)
    c.line(90, 128, 300, 128)
    c.setFont('Times-Italic', 16); c.drawString(100, 134, 'M. L. Castellanos')
    c.setFont('Helvetica', 8.5)
    c.drawString(90, 116, 'Marguerite L. Castellanos, MD, FASCP')
    c.drawString(90, 105, 'Chair, Continuing Education Committee')
    # seal
    cx, cy = W - 170, 120
    c.setFillColor(gold_); c.circle(cx, cy, 44, fill=1, stroke=0)
    c.setFillColor(colors.white); c.circle(cx, cy, 36, fill=1, stroke=0)
    c.setFillColor(gold_)
    c.setFont('Times-Bold', 16); c.drawCentredString(cx, cy + 2, 'ASCP')
    c.setFont('Helvetica-Bold', 6); c.drawCentredString(cx, cy - 10, 'CMLE')
    c.setFillColor(colors.HexColor('#444444'))
    c.setFont('Helvetica', 7.5)
    c.drawCentredString(W / 2, 66, 'ASCP CMLE credits are accepted by the ASCP Board of Certification (BOC) for the Credential Maintenance Program (CMP).')
    c.drawCentredString(W / 2, 56, 'Printed 11/20/2025  \u2022  Retain this certificate for your records for at least three years.')
    c.showPage(); c.save()
    return gold(nn, 'ascp-cmle', 'reportlab',
                ['landscape', 'centred-award', 'border', 'seal', 'signature-block', 'wrapped-title',
                 'format-line', 'distractor-dates', 'distractor-numbers'],
                'Name carries credential suffix MLS(ASCP)CM; printed date is a distractor.',
                'Danielle R. Whitcombe',
                'Hemoglobinopathy Screening: Interpreting HPLC and Capillary Electrophoresis Patterns',
                '2025-11-14', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'HEM2509')


# =========================================================================
# s02  AABB eCast, Chromium, portrait, labels above values, CSS caps name
# =========================================================================
@cert
def s02():
    nn = 2
    doc = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>AABB eCast certificate</title>
<style>
@page { size: 8.5in 11in; margin: 0; }
body { margin: 0; font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-variant-ligatures: none; color: #222; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.7in 0.8in; position: relative; }
.band { background: #8b1e2d; color: #fff; padding: 18px 24px; }
.band .logo { font-size: 40px; font-weight: bold; letter-spacing: 2px; }
.band .org { font-size: 13px; margin-top: 4px; }
h1 { font-family: 'C059', serif; font-weight: normal; font-size: 30px; margin: 44px 0 6px 0; color: #8b1e2d; }
.lead { font-size: 13px; color: #555; }
.name { font-family: 'C059', serif; font-size: 28px; text-transform: uppercase; margin: 18px 0 8px 0; border-bottom: 1px solid #8b1e2d; padding-bottom: 6px; }
.fmt { font-size: 12px; font-weight: bold; color: #8b1e2d; margin-top: 26px; letter-spacing: 1px; }
.title { font-family: 'C059', serif; font-size: 20px; margin-top: 6px; line-height: 1.3; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr 1fr; gap: 10px; margin-top: 40px; }
.grid .lbl { font-size: 9px; text-transform: uppercase; color: #777; letter-spacing: 1px; }
.grid .val { font-size: 14px; margin-top: 4px; }
.stmt { font-size: 10px; color: #444; margin-top: 48px; line-height: 1.45; }
.sig { position: absolute; bottom: 1.1in; left: 0.8in; font-size: 11px; }
.sig .line { border-top: 1px solid #333; width: 2.6in; padding-top: 4px; }
.foot { position: absolute; bottom: 0.6in; left: 0.8in; right: 0.8in; font-size: 8.5px; color: #888; }
</style></head><body><div class="page">
<div class="band"><div class="logo">AABB</div>
<div class="org">Association for the Advancement of Blood &amp; Biotherapies</div></div>
<h1>Certificate of Continuing Education</h1>
<div class="lead">Presented to</div>
<div class="name">Kwame A. Osei-Bonsu, MLS(ASCP)SBB</div>
<div class="lead">for completing the recorded educational program</div>
<div class="fmt">eCast</div>
<div class="title">Patient Blood Management in the Obstetric Patient: Massive Transfusion Protocols Revisited</div>
<div class="grid">
 <div><div class="lbl">Program Number</div><div class="val">26EL-112</div></div>
 <div><div class="lbl">Completed</div><div class="val">March 5, 2026</div></div>
 <div><div class="lbl">Contact Hours</div><div class="val">1.5</div></div>
 <div><div class="lbl">Member ID</div><div class="val">0044178</div></div>
</div>
<div class="stmt">Originally broadcast live on February 18, 2026; the credit above is for the archived recording completed on the date shown.
AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.
This program has been approved for 1.5 P.A.C.E.&reg; contact hours at the intermediate level.</div>
<div class="sig"><div style="font-family:Z003, cursive; font-size:22px;">Renata Okafor-Lindqvist</div>
<div class="line">Renata Okafor-Lindqvist, MBA<br>Director, Education Programs, AABB</div></div>
<div class="foot">Certificate generated 03/05/2026 &middot; Keep for audit purposes. AABB does not send copies of certificates to certification agencies.</div>
</div></body></html>'''
    html_pdf(nn, doc)
    return gold(nn, 'aabb', 'chromium',
                ['portrait', 'labels-above-values', 'all-caps-name', 'format-line', 'accreditation-statement',
                 'signature-block', 'distractor-dates', 'distractor-numbers', 'wrapped-title'],
                'Name upper-cased by CSS; broadcast date and generated date are distractors; member ID distractor.',
                'KWAME A. OSEI-BONSU',
                'Patient Blood Management in the Obstetric Patient: Massive Transfusion Protocols Revisited',
                '2026-03-05', 1.5, 'contact hour',
                ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '26EL-112')


# =========================================================================
# s03  CAP joint accreditation, TCPDF, credit table with maximum vs claimed
# =========================================================================
@cert
def s03():
    nn = 3
    data = {}
    code = r'''
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 50, 60); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('CAP Learning'); $pdf->SetTitle('Certificate');
$pdf->AddPage();
$pdf->SetFillColor(0, 61, 121); $pdf->Rect(0, 0, 612, 14, 'F'); $pdf->Rect(0, 778, 612, 14, 'F');
$html = <<<EOT
<table cellpadding="0"><tr><td width="300"><span style="font-size:17pt;font-weight:bold;color:#003d79;">College of American Pathologists</span><br/><span style="font-size:9pt;color:#666;">CAP Learning &#183; Laboratory Professional Education</span></td>
<td width="192" align="right"><span style="font-size:8pt;color:#666;">Date issued: 10/01/2025<br/>Customer #: 2207514</span></td></tr></table>
<br/><br/><br/>
<div style="text-align:center;"><span style="font-size:26pt;color:#003d79;">Certificate of Completion</span></div>
<br/>
<div style="text-align:center;font-size:11pt;color:#444;">awarded to</div>
<div style="text-align:center;font-size:21pt;font-weight:bold;">Priya N. Venkataraman, MLS(ASCP)</div>
<br/>
<div style="text-align:center;font-size:11pt;color:#444;">for successful completion of</div>
<div style="text-align:center;font-size:15pt;font-weight:bold;color:#003d79;">Quality Management Essentials: Validating Laboratory-Developed Tests Under the Revised Federal Framework</div>
<div style="text-align:center;font-size:10pt;font-style:italic;color:#666;">Enduring Material</div>
<br/><br/>
<table cellpadding="5" border="0"><tr>
<td width="164"><span style="font-size:8pt;color:#777;">ACTIVITY ID</span><br/><span style="font-size:12pt;">QMLDT25</span></td>
<td width="164"><span style="font-size:8pt;color:#777;">DATE COMPLETED</span><br/><span style="font-size:12pt;">09/22/2025</span></td>
<td width="164"><span style="font-size:8pt;color:#777;">FORMAT</span><br/><span style="font-size:12pt;">Online, self-paced</span></td>
</tr></table>
<br/><br/>
<table cellpadding="6" border="1" style="border-color:#9aa9bd;">
<tr style="background-color:#e8eef6;font-weight:bold;font-size:10pt;"><td width="272">Credit type</td><td width="110" align="center">Maximum</td><td width="110" align="center">Claimed</td></tr>
<tr style="font-size:10pt;"><td>AMA PRA Category 1 Credits&#8482;</td><td align="center">2.00</td><td align="center">&#8212;</td></tr>
<tr style="font-size:10pt;"><td>P.A.C.E.&#174; contact hours (laboratory professionals)</td><td align="center">2.00</td><td align="center">1.50</td></tr>
</table>
<br/><br/>
<div style="font-size:8pt;color:#444;text-align:justify;">Joint Accreditation: the College of American Pathologists (CAP) is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE) and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits&#8482;; physicians should claim only the credit commensurate with the extent of their participation. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&#174; Program. Release date 03/01/2025; credit may be claimed until 02/28/2027.</div>
EOT;
$pdf->SetFont('helvetica', '', 10);
$pdf->writeHTMLCell(492, 0, 60, 50, $html, 0, 1, false, true, 'L', true);
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(60, 60, 60)));
$pdf->Line(60, 720, 250, 720);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetXY(60, 724); $pdf->MultiCell(260, 0, "Howard J. Pennington-Reyes, MD, FCAP\nChair, Council on Education", 0, 'L');
$pdf->Output($OUT, 'F');
'''
    php_pdf(nn, data, code)
    return gold(nn, 'cap-joint-accreditation', 'tcpdf',
                ['portrait', 'centred-award', 'table', 'claimed-vs-max', 'multi-credit', 'labels-above-values',
                 'format-line', 'accreditation-statement', 'distractor-dates', 'distractor-numbers',
                 'wrapped-title', 'signature-block'],
                'Claimed 1.50 of a 2.00 maximum; AMA PRA figure is not the laboratory figure.',
                'Priya N. Venkataraman',
                'Quality Management Essentials: Validating Laboratory-Developed Tests Under the Revised Federal Framework',
                '2025-09-22', 1.5, 'contact hour', ['College of American Pathologists', 'CAP'], 'QMLDT25')


# =========================================================================
# s04  State society multi-day meeting, FODT, daily hours table
# =========================================================================
@cert
def s04():
    nn = 4
    st = ''.join([
        pstyle('Org', 'center', '17pt', bold=True, color='#2d5016', after='0in'),
        pstyle('Acr', 'center', '10pt', color='#2d5016', after='0.2in', spacing='0.1em'),
        pstyle('Head', 'center', '24pt', font='P052', after='0.15in'),
        pstyle('Small', 'center', '10.5pt', italic=True, after='0.05in'),
        pstyle('Name', 'center', '20pt', bold=True, font='P052', after='0.12in'),
        pstyle('Meet', 'center', '17pt', font='P052', bold=True, after='0in'),
        pstyle('Fmt', 'center', '11pt', italic=True, color='#2d5016', after='0.05in'),
        pstyle('Where', 'center', '10.5pt', after='0.18in'),
        pstyle('Cell', 'start', '10pt', after='0in'),
        pstyle('CellR', 'center', '10pt', after='0in'),
        pstyle('CellH', 'start', '9pt', bold=True, after='0in'),
        pstyle('CellHR', 'center', '9pt', bold=True, after='0in'),
        pstyle('Body', 'justify', '9pt', before='0.15in', after='0.05in'),
        pstyle('Sig', 'start', '9.5pt', before='0.3in', after='0in'),
        pstyle('Tiny', 'start', '8pt', color='#777777', before='0.1in'),
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="5.6in" table:align="center"/></style:style>',
        '<style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="2.6in"/></style:style>',
        '<style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="1.5in"/></style:style>',
        '<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border-bottom="0.5pt solid #9bb08a"/></style:style>',
        '<style:style style:name="TCH" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:background-color="#e4ecd9" fo:border-bottom="0.8pt solid #2d5016"/></style:style>',
    ])
    rows = [('Wednesday, April 8, 2026', '6.0', '[X]'), ('Thursday, April 9, 2026', '5.5', '[X]'),
            ('Friday, April 10, 2026', '3.0', '[X]')]

    def row(cells, hdr=False):
        cs = 'TCH' if hdr else 'TC'
        out = '<table:table-row>'
        for i, ctext in enumerate(cells):
            ps = ('CellH' if i == 0 else 'CellHR') if hdr else ('Cell' if i == 0 else 'CellR')
            out += '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs, xp(ps, ctext))
        return out + '</table:table-row>\n'
    tbl = ('<table:table table:name="Days" table:style-name="Tbl"><table:table-column table:style-name="TblA"/>'
           '<table:table-column table:style-name="TblB" table:number-columns-repeated="2"/>')
    tbl += row(('Day attended', 'P.A.C.E.® contact hours', 'Attended'), True)
    for r in rows:
        tbl += row(r)
    tbl += row(('Total contact hours claimed', '14.5', ''))
    tbl += '</table:table>\n'
    body = ''.join([
        xp('Org', 'Great Plains Society for Clinical Laboratory Science'),
        xp('Acr', 'GPSCLS  ·  A CONSTITUENT SOCIETY OF ASCLS'),
        xp('Head', 'Certificate of Attendance'),
        xp('Small', 'This is to acknowledge that'),
        xp('Name', 'Harold E. Bixby Jr., MT(ASCP)'),
        xp('Small', 'participated in'),
        xp('Meet', 'Prairie Lights Laboratory Conference'),
        xp('Fmt', 'Spring Symposium'),
        xp('Where', 'April 8–10, 2026  ·  Cornhusker Convention Center, Lincoln, Nebraska  ·  Event Number: GP-2026-SS'),
        tbl,
        xp('Body', 'The Great Plains Society for Clinical Laboratory Science is approved as a provider of continuing education '
                   'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Participants should claim only '
                   'the hours for the days actually attended. Registration No. 3318 is for conference records and is not a credit number.'),
        xp('Sig', 'Loretta M. Haugen, MLS(ASCP)CM — Continuing Education Chair, GPSCLS'),
        xp('Tiny', 'Certificate prepared April 17, 2026. Keep this certificate with your CMP documentation.'),
    ])
    fodt_pdf(nn, st, body, landscape=False, margin='0.75in', font='Liberation Sans',
             page_border='fo:border="2.5pt double #2d5016" fo:padding="0.2in"')
    return gold(nn, 'state-society-meeting-multiday', 'soffice-fodt',
                ['portrait', 'centred-award', 'table', 'date-range', 'daily-hours', 'format-line', 'border',
                 'accreditation-statement', 'distractor-dates', 'distractor-numbers', 'name-suffix'],
                'Three-day meeting; total claimed 14.5 from daily rows; date is last day; "Spring Symposium" is a format line.',
                'Harold E. Bixby Jr.', 'Prairie Lights Laboratory Conference', '2026-04-10', 14.5, 'contact hour',
                ['Great Plains Society for Clinical Laboratory Science', 'GPSCLS'], 'GP-2026-SS')


# =========================================================================
# s05  LabCE, FPDF, landscape
# =========================================================================
@cert
def s05():
    nn = 5
    data = {}
    code = r'''
require('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('LabCE Certificate');
$pdf->AddPage();
$pdf->SetDrawColor(0, 128, 128); $pdf->SetLineWidth(3); $pdf->Rect(30, 30, 732, 552);
$pdf->SetFillColor(0, 128, 128); $pdf->Rect(30, 30, 732, 70, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 30);
$pdf->SetXY(55, 45); $pdf->Cell(200, 40, 'LabCE', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(500, 45); $pdf->Cell(240, 16, w('Certificate #: LC-2026-0091834'), 0, 2, 'R');
$pdf->Cell(240, 16, w('User ID: yp4471'), 0, 0, 'R');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Times', '', 28); $pdf->SetXY(30, 135); $pdf->Cell(732, 34, w('Continuing Education Certificate'), 0, 0, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(30, 185); $pdf->Cell(732, 20, w('This is to certify that'), 0, 0, 'C');
$pdf->SetFont('Times', 'B', 26); $pdf->SetXY(30, 212); $pdf->Cell(732, 34, w('Yolanda Pruitt-Okonkwo'), 0, 0, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(30, 258); $pdf->Cell(732, 20, w('has completed the online course'), 0, 0, 'C');
$pdf->SetFont('Helvetica', 'B', 17); $pdf->SetXY(30, 286); $pdf->Cell(732, 24, w('Urine Sediment Identification: Casts, Crystals, and Artifacts'), 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 12);
$pdf->SetXY(130, 340); $pdf->Cell(180, 16, w('Course #'), 0, 0, 'L'); $pdf->Cell(300, 16, w('1187'), 0, 0, 'L');
$pdf->SetXY(130, 360); $pdf->Cell(180, 16, w('Date completed'), 0, 0, 'L'); $pdf->Cell(300, 16, w('01/08/2026'), 0, 0, 'L');
$pdf->SetXY(130, 380); $pdf->Cell(180, 16, w('Credit earned'), 0, 0, 'L'); $pdf->Cell(300, 16, w('2.0 contact hours (P.A.C.E.®)'), 0, 0, 'L');
$pdf->SetXY(130, 400); $pdf->Cell(180, 16, w('Level'), 0, 0, 'L'); $pdf->Cell(300, 16, w('Intermediate'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(70, 470);
$pdf->MultiCell(652, 12, w('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. LabCE is also an approved provider of continuing education for Florida and California clinical laboratory personnel. This certificate may be used to document credit for the ASCP Board of Certification Credential Maintenance Program. Generated 01/09/2026.'), 0, 'C');
$pdf->Output('F', $OUT);
'''
    php_pdf(nn, data, code)
    return gold(nn, 'labce', 'fpdf',
                ['landscape', 'centred-award', 'two-column-label-value', 'border', 'accreditation-statement',
                 'distractor-numbers', 'distractor-dates'],
                'Certificate # and User ID are distractors; the Course # is the activity id.',
                'Yolanda Pruitt-Okonkwo', 'Urine Sediment Identification: Casts, Crystals, and Artifacts',
                '2026-01-08', 2.0, 'contact hour', ['LabCE'], '1187')


# =========================================================================
# s06  MediaLab completion record, python-docx, two-column table
# =========================================================================
@cert
def s06():
    nn = 6
    d = new_doc(margin=0.9, font='DejaVu Sans', size=10)
    dpara(d, 'MediaLab', size=22, bold=True, color='E2661B', align='left', after=0)
    dpara(d, 'MediaLab, Inc.  |  Compliance & Continuing Education', size=9, color='666666', align='left', after=18)
    dpara(d, 'Course Completion Record', size=18, bold=True, align='left', after=12)
    rows = [('Learner', 'Anh T. Nguyen, MLT(ASCP)'),
            ('Institution', 'St. Brigid Regional Medical Center (customer account 40-1877)'),
            ('Course title', 'Laboratory Safety: Chemical Hygiene, Spill Response, and Safety Data Sheets'),
            ('Course ID', 'MLC-SAF-204'),
            ('Assigned', '11/15/2025'),
            ('Due', '12/31/2025'),
            ('Completed', '12/03/2025'),
            ('Exam score', '90% (passing score 80%)'),
            ('Credit', '1.0 contact hour, ASCLS P.A.C.E.®')]
    t = d.add_table(rows=len(rows), cols=2)
    table_borders(t, sz=4, color='BBBBBB')
    for i, (a, b) in enumerate(rows):
        cell_text(t.rows[i].cells[0], a, size=9.5, bold=True, color='444444')
        cell_text(t.rows[i].cells[1], b, size=10.5)
    col_widths(t, [1.5, 5.2])
    dpara(d, '', after=10)
    dpara(d, 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences '
             'by the ASCLS P.A.C.E.® Program. This record was produced from the learning system used by your institution; '
             'your institution does not issue the credit.', size=8.5, color='555555', align='left', after=6)
    dpara(d, 'Record printed 12/04/2025 08:41 by the learner.', size=8, color='888888', align='left')
    docx_pdf(nn, d)
    return gold(nn, 'medialab', 'soffice-docx',
                ['portrait', 'two-column-label-value', 'table', 'lms-record', 'accreditation-statement',
                 'distractor-dates', 'distractor-numbers'],
                'Assigned, due and printed dates are distractors; the customer institution is not the provider.',
                'Anh T. Nguyen', 'Laboratory Safety: Chemical Hygiene, Spill Response, and Safety Data Sheets',
                '2025-12-03', 1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'MLC-SAF-204')


# =========================================================================
# s07  State society one-day seminar, Ghostscript (PostScript), landscape
# =========================================================================
@cert
def s07():
    nn = 7
    W, H = 792, 612
    p = PS(W, H)
    p.rgb(0.12, 0.25, 0.35)
    p.rect(28, 28, W - 56, H - 56, 4)
    p.rect(38, 38, W - 76, H - 76, 0.8)
    p.font('HB', 13)
    p.spaced(W / 2, H - 90, 'CASCADIA ASSOCIATION FOR CLINICAL LABORATORY SCIENCE', 1.5)
    p.font('HR', 10)
    p.text(W / 2, H - 106, '(CACLS)', 'c')
    p.gray(0)
    p.font('ZC', 40)
    p.text(W / 2, H - 165, 'Certificate of Attendance', 'c')
    p.font('TI', 13)
    p.text(W / 2, H - 205, 'presented to', 'c')
    p.font('TB', 26)
    p.text(W / 2, H - 243, 'Rosalind M. Achterberg', 'c')
    p.line(W / 2 - 200, H - 253, W / 2 + 200, H - 253, 0.6)
    p.font('TI', 13)
    p.text(W / 2, H - 278, 'for attending the one-day continuing education meeting', 'c')
    p.font('TB', 19)
    p.text(W / 2, H - 308, 'Cascadia Autumn Laboratory Seminar', 'c')
    p.font('TR', 12)
    p.text(W / 2, H - 330, 'Saturday, October 18, 2025  \u2014  Tacoma, Washington', 'c')
    p.font('TR', 13)
    p.text(W / 2, H - 362, 'Total awarded: 6.5 P.A.C.E.\u00ae contact hours', 'c')
    p.font('HR', 9)
    p.text(W / 2, H - 384, 'Event No. CA-25-1018', 'c')
    p.font('HR', 8)
    p.gray(0.3)
    p.text(W / 2, 122, 'The Cascadia Association for Clinical Laboratory Science is approved as a provider of continuing education', 'c')
    p.text(W / 2, 112, 'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 'c')
    p.gray(0)
    p.line(90, 170, 290, 170, 0.6)
    p.line(W - 290, 170, W - 90, 170, 0.6)
    p.font('HR', 8.5)
    p.text(90, 158, 'Desmond K. Yarrow, MLS(ASCP)', 'l')
    p.text(90, 148, 'Seminar Chair', 'l')
    p.text(W - 290, 158, 'Ingrid S. Pettersen, MS, MLS(ASCP)SM', 'l')
    p.text(W - 290, 148, 'President, CACLS', 'l')
    p.font('HR', 7)
    p.text(W - 60, 48, 'Issued 10/31/2025', 'r')
    ps_pdf(nn, p.render())
    return gold(nn, 'state-society-meeting-oneday', 'ghostscript',
                ['landscape', 'centred-award', 'border', 'letter-spaced-provider', 'signature-block',
                 'accreditation-statement', 'distractor-dates'],
                'One-day meeting; attendance certificate without session title, title is the meeting name.',
                'Rosalind M. Achterberg', 'Cascadia Autumn Laboratory Seminar', '2025-10-18', 6.5, 'contact hour',
                ['Cascadia Association for Clinical Laboratory Science', 'CACLS'], 'CA-25-1018')


# =========================================================================
# s08  Hospital in-service, ReportLab AcroForm filled then flattened by qpdf
# =========================================================================
def rl_form_flatten(nn, draw):
    raw = os.path.join(WORK, 's%02d-form.pdf' % nn)
    c = rl_canvas.Canvas(raw, pagesize=letter)
    draw(c)
    c.showPage(); c.save()
    shutil.copy(raw, src_path(nn, 'form.pdf'))
    r = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', raw, pdf_path(nn)],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode not in (0, 3):          # 3 = succeeded with warnings
        sys.stderr.write(r.stderr.decode(errors='replace'))
        raise SystemExit('qpdf failed')


@cert
def s08():
    nn = 8
    W, H = letter

    def draw(c):
        c.setTitle('In-Service Attendance Certificate')
        c.setFillColor(colors.HexColor('#0b5c6b'))
        c.rect(0, H - 90, W, 90, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('Helvetica-Bold', 20); c.drawString(54, H - 48, 'Lakeshore Mercy Hospital')
        c.setFont('Helvetica', 11); c.drawString(54, H - 68, 'Department of Pathology and Laboratory Medicine')
        c.setFillColor(colors.black)
        c.setFont('Helvetica-Bold', 16); c.drawString(54, H - 130, 'IN-SERVICE ATTENDANCE CERTIFICATE')
        c.setFont('Helvetica', 10)
        c.drawString(54, H - 150, 'Laboratory staff education  \u2013  retain in personnel competency file')
        c.setFont('Helvetica-Bold', 9); c.drawString(54, H - 190, 'In-service title')
        c.setFont('Helvetica', 12.5)
        c.drawString(54, H - 207, 'New Employee Orientation: Blood Bank Specimen Labeling and')
        c.drawString(54, H - 223, 'Patient Identification')
        form = c.acroForm
        fields = [('Participant name', 'participant', 'Gregory P. Halloran III', 54, H - 290, 300),
                  ('Employee ID', 'empid', '004417', 380, H - 290, 170),
                  ('Date of in-service', 'date', '02/12/2026', 54, H - 345, 150),
                  ('Session No.', 'session', 'IS-26-014', 220, H - 345, 150),
                  ('CE hours awarded', 'hours', '0.75', 390, H - 345, 160),
                  ('Presenter', 'presenter', 'Valerie Chu-Moreland, MLS(ASCP)BB', 54, H - 400, 300),
                  ('Location', 'location', 'Education Room 2B', 380, H - 400, 170)]
        for label, key, val, x, y, wd in fields:
            c.setFont('Helvetica-Bold', 8.5); c.drawString(x, y + 24, label)
            form.textfield(name=key, value=val, x=x, y=y, width=wd, height=20, fontName='Helvetica',
                           fontSize=11, borderWidth=0.8, borderColor=colors.HexColor('#0b5c6b'),
                           fillColor=colors.HexColor('#eef6f7'), textColor=colors.black, forceBorder=True)
        c.setFont('Helvetica', 9)
        y = H - 450
        for ln in ['Continuing education (CE) hours are granted by the Department of Pathology and Laboratory Medicine',
                   'for internal staff development and are recorded on the employee\'s education transcript. One CE hour',
                   'equals 60 minutes of instruction. Attendance verified by sign-in sheet.']:
            c.drawString(54, y, ln); y -= 12
        c.line(54, 150, 260, 150); c.line(330, 150, 536, 150)
        c.setFont('Helvetica', 8.5)
        c.drawString(54, 138, 'Laboratory Education Coordinator'); c.drawString(330, 138, 'Medical Director, Laboratory')
        c.drawString(54, 127, 'Theresa A. Blumenthal, MS, MLS(ASCP)'); c.drawString(330, 127, 'Arvind Kapoor, MD')
        c.setFont('Helvetica', 7); c.setFillColor(colors.grey)
        c.drawString(54, 60, 'Form LAB-ED-07 rev. 08/2024')
    rl_form_flatten(nn, draw)
    return gold(nn, 'hospital-inservice', 'reportlab-acroform-qpdf',
                ['portrait', 'form-fields', 'labels-above-values', 'wrapped-title', 'signature-block',
                 'distractor-numbers', 'name-suffix'],
                'AcroForm text fields flattened with qpdf; employee ID and form revision are distractors.',
                'Gregory P. Halloran III',
                'New Employee Orientation: Blood Bank Specimen Labeling and Patient Identification',
                '2026-02-12', 0.75, 'CE hour',
                ['Lakeshore Mercy Hospital', 'Lakeshore Mercy Hospital, Department of Pathology and Laboratory Medicine'],
                'IS-26-014')


# =========================================================================
# s09  Joint-accreditation CME with several credit types, Chromium, landscape
# =========================================================================
@cert
def s09():
    nn = 9
    doc = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Certificate of Participation</title>
<style>
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'DejaVu Serif', serif; font-variant-ligatures: none; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.45in; }
.frame { border: 3px solid #4a2c6d; height: 100%; box-sizing: border-box; padding: 0.35in 0.6in; position: relative; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.inst { font-size: 19px; font-weight: bold; color: #4a2c6d; }
.office { font-size: 12px; color: #4a2c6d; margin-top: 3px; }
.ja { font-family: 'DejaVu Sans', sans-serif; font-size: 9px; border: 1px solid #4a2c6d; padding: 6px 8px; color: #4a2c6d; width: 1.9in; text-align: center; }
h1 { text-align: center; font-weight: normal; font-size: 26px; margin: 22px 0 4px 0; letter-spacing: 1px; }
.c { text-align: center; }
.name { font-size: 25px; font-weight: bold; margin: 6px 0; }
.title { font-size: 17px; font-style: italic; margin: 6px 0 2px 0; }
.meta { font-family: 'DejaVu Sans', sans-serif; font-size: 11px; margin-top: 6px; }
table { border-collapse: collapse; margin: 14px auto 0 auto; font-family: 'DejaVu Sans', sans-serif; font-size: 10.5px; }
th, td { border: 1px solid #9b8bb0; padding: 4px 10px; }
th { background: #ece6f3; text-align: left; }
td.n { text-align: center; }
tr.claimed td { font-weight: bold; background: #fff7d6; }
.stmt { font-family: 'DejaVu Sans', sans-serif; font-size: 8.3px; color: #333; margin-top: 12px; line-height: 1.35; text-align: justify; }
</style></head><body><div class="page"><div class="frame">
<div class="top"><div><div class="inst">Halvorsen University Medical Center</div>
<div class="office">Office of Interprofessional Continuing Education</div></div>
<div class="ja">JOINTLY ACCREDITED PROVIDER&trade;<br>INTERPROFESSIONAL CONTINUING EDUCATION</div></div>
<h1>Certificate of Participation</h1>
<div class="c">This certifies that</div>
<div class="c name">Sunita Raghunathan-Cole, MLS(ASCP)CM</div>
<div class="c">participated in the live activity</div>
<div class="c title">Antimicrobial Stewardship Grand Rounds: Rapid Blood Culture Identification and Time to Optimal Therapy</div>
<div class="c meta">December 10, 2025 &nbsp;&middot;&nbsp; Activity #: JA-25-3317 &nbsp;&middot;&nbsp; Learner record no. 551-0093</div>
<table>
<tr><th>Profession / credit type</th><th>Credits designated</th><th>Credit claimed by learner</th></tr>
<tr><td>Physicians &ndash; AMA PRA Category 1 Credits&trade;</td><td class="n">1.25</td><td class="n">&ndash;</td></tr>
<tr><td>Nurses &ndash; ANCC contact hours</td><td class="n">1.25</td><td class="n">&ndash;</td></tr>
<tr><td>Pharmacists &ndash; ACPE contact hours (knowledge-based)</td><td class="n">1.25</td><td class="n">&ndash;</td></tr>
<tr><td>Interprofessional &ndash; IPCE credits</td><td class="n">1.25</td><td class="n">&ndash;</td></tr>
<tr class="claimed"><td>Laboratory professionals &ndash; ASCLS P.A.C.E.&reg; contact hours</td><td class="n">1.0</td><td class="n">1.0</td></tr>
</table>
<div class="stmt">In support of improving patient care, Halvorsen University Medical Center (HUMC) is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. HUMC designates this live activity for a maximum of 1.25 AMA PRA Category 1 Credits&trade;. Physicians should claim only the credit commensurate with the extent of their participation in the activity. Nurses may claim up to 1.25 ANCC contact hours; pharmacists up to 1.25 ACPE contact hours. HUMC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program; laboratory professionals receive 1.0 contact hour. Certificate printed 12/12/2025.</div>
</div></div></body></html>'''
    html_pdf(nn, doc)
    return gold(nn, 'joint-accreditation-cme', 'chromium',
                ['landscape', 'centred-award', 'border', 'table', 'multi-credit', 'accreditation-statement',
                 'distractor-numbers', 'distractor-dates'],
                'Five credit types; only the P.A.C.E. row (1.0) is the laboratory figure; series name before colon is part of the title.',
                'Sunita Raghunathan-Cole',
                'Antimicrobial Stewardship Grand Rounds: Rapid Blood Culture Identification and Time to Optimal Therapy',
                '2025-12-10', 1.0, 'contact hour',
                ['Halvorsen University Medical Center',
                 'Halvorsen University Medical Center, Office of Interprofessional Continuing Education', 'HUMC'],
                'JA-25-3317')


# =========================================================================
# s10  University CEU, python-docx, portrait with page border
# =========================================================================
@cert
def s10():
    nn = 10
    d = new_doc(margin=1.0, font='C059', size=11)
    page_border(d, val='thinThickSmallGap', sz=24, color='7A1F1F', space=20)
    dpara(d, 'Marrowfield State University', size=22, bold=True, color='7A1F1F', after=0, spacing=30)
    dpara(d, 'Division of Continuing and Professional Studies', size=12, italic=True, after=30)
    dpara(d, 'Certificate of Completion', size=28, after=20)
    dpara(d, 'The Division of Continuing and Professional Studies hereby certifies that', size=11, after=8)
    dpara(d, 'Mateo Quiñones-Walsh', size=24, bold=True, after=8)
    dpara(d, 'has satisfactorily completed the non-credit professional course', size=11, after=8)
    dpara(d, '“Molecular Diagnostics Program, Module 3: Real-Time PCR Assay Design and Validation”', size=15, bold=True, after=14)
    dpara(d, 'and is awarded 0.6 Continuing Education Units (CEUs)', size=13, after=4)
    dpara(d, 'One CEU represents ten clock hours of participation in an organized continuing education experience.',
          size=9, italic=True, after=24)
    t = d.add_table(rows=2, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    labels = ['Course No.', 'Date of completion', 'Registration no.']
    vals = ['MDX 703', 'November 17, 2025', 'R-2025-118840']
    for i in range(3):
        cell_text(t.rows[0].cells[i], labels[i], size=8.5, bold=True, align='center', color='7A1F1F')
        cell_text(t.rows[1].cells[i], vals[i], size=11, align='center')
    col_widths(t, [2.0, 2.2, 2.0])
    dpara(d, '', after=36)
    t2 = d.add_table(rows=3, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    sig = [('Cornelia A. Whitford-Baines, EdD', 'Dean, Division of Continuing and Professional Studies'),
           ('Raymond T. Osterhaus, PhD, MB(ASCP)', 'Course Director, Clinical Laboratory Science')]
    for i, (a, b) in enumerate(sig):
        cell_text(t2.rows[0].cells[i], '_______________________________', size=10, align='center')
        cell_text(t2.rows[1].cells[i], a, size=9.5, align='center')
        cell_text(t2.rows[2].cells[i], b, size=8, italic=True, align='center')
    col_widths(t2, [3.2, 3.2])
    dpara(d, '', after=30)
    dpara(d, 'Issued December 1, 2025  ·  MSU Continuing Education Records Office', size=8, color='777777')
    docx_pdf(nn, d)
    return gold(nn, 'university-ceu', 'soffice-docx',
                ['portrait', 'centred-award', 'border', 'quoted-title', 'labels-above-values', 'signature-block',
                 'distractor-dates', 'distractor-numbers', 'letter-spaced-provider'],
                'CEU unit: 0.6 CEU = 6 points; title printed in quotes; issue date distractor.',
                'Mateo Quiñones-Walsh',
                'Molecular Diagnostics Program, Module 3: Real-Time PCR Assay Design and Validation',
                '2025-11-17', 0.6, 'CEU',
                ['Marrowfield State University',
                 'Marrowfield State University, Division of Continuing and Professional Studies', 'MSU'],
                'MDX 703')


# =========================================================================
# s11  Vendor key-operator training, TCPDF, landscape, date range
# =========================================================================
@cert
def s11():
    nn = 11
    data = {}
    code = r'''
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Training Certificate');
$pdf->AddPage();
// left colour bar
$pdf->SetFillColor(233, 118, 33); $pdf->Rect(0, 0, 170, 612, 'F');
$pdf->SetFillColor(40, 40, 40); $pdf->Rect(170, 0, 8, 612, 'F');
$pdf->StartTransform(); $pdf->Rotate(90, 95, 420);
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('helvetica', 'B', 30);
$pdf->Text(95, 400, 'KEY OPERATOR');
$pdf->StopTransform();
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('helvetica', 'B', 22); $pdf->Text(220, 50, 'Corvanta Diagnostics, Inc.');
$pdf->SetFont('helvetica', '', 10); $pdf->Text(220, 78, 'Customer Education & Technical Training');
$pdf->SetFont('dejavuserif', '', 30); $pdf->Text(220, 130, 'Certificate of Training');
$pdf->SetFont('helvetica', '', 12); $pdf->Text(220, 185, 'This document certifies that');
$pdf->SetFont('helvetica', 'B', 24); $pdf->Text(220, 205, 'Li-Wen Chau, MLS(ASCP)CM');
$pdf->SetFont('helvetica', '', 12); $pdf->Text(220, 245, 'successfully completed the factory course');
$pdf->SetFont('helvetica', 'B', 16);
$pdf->SetXY(220, 265); $pdf->MultiCell(520, 0, 'Key Operator Training: Corvanta AX-900 Automated Chemistry Analyzer', 0, 'L');
$pdf->SetFont('helvetica', '', 11);
$html = '<table cellpadding="4">
<tr><td width="150" style="color:#777;">Training dates</td><td width="330">February 9–11, 2026 (3 days)</td></tr>
<tr><td style="color:#777;">Location</td><td>Corvanta Training Center, Raleigh, North Carolina</td></tr>
<tr><td style="color:#777;">Course Number</td><td>KO-AX9-0226</td></tr>
<tr><td style="color:#777;">Continuing education</td><td>16.0 contact hours (P.A.C.E.®)</td></tr>
<tr><td style="color:#777;">Instrument Serial No.</td><td>AX9-10447</td></tr>
</table>';
$pdf->writeHTMLCell(500, 0, 220, 320, $html, 0, 1);
$pdf->SetFont('helvetica', '', 8);
$pdf->SetXY(220, 470);
$pdf->MultiCell(520, 0, 'Corvanta Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Completion of this course qualifies the participant to perform key operator maintenance and troubleshooting on the instrument listed above. This certificate does not expire; recertification is recommended after major software upgrades.', 0, 'L');
$pdf->Line(220, 560, 420, 560); $pdf->Line(500, 560, 700, 560);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->Text(220, 564, 'Brendan O. Makowski, Senior Field Trainer');
$pdf->Text(500, 564, 'Signed 02/11/2026 · Training Record 77120');
$pdf->Output($OUT, 'F');
'''
    php_pdf(nn, data, code)
    return gold(nn, 'vendor-training', 'tcpdf',
                ['landscape', 'two-column-label-value', 'date-range', 'rotated-text', 'accreditation-statement',
                 'signature-block', 'distractor-numbers', 'distractor-dates'],
                'Three-day key-operator course; date is last day; instrument serial and training record numbers are distractors.',
                'Li-Wen Chau', 'Key Operator Training: Corvanta AX-900 Automated Chemistry Analyzer',
                '2026-02-11', 16.0, 'contact hour', ['Corvanta Diagnostics, Inc.'], 'KO-AX9-0226')


# =========================================================================
# s12  ADLM live webinar, FPDF, portrait
# =========================================================================
@cert
def s12():
    nn = 12
    data = {}
    code = r'''
require('/usr/share/php/fpdf/fpdf.php');
class P extends FPDF {}
$pdf = new P('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->SetMargins(25, 20, 25);
$pdf->AddPage();
$pdf->SetDrawColor(0, 84, 140); $pdf->SetLineWidth(0.4);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetTextColor(0, 84, 140);
$pdf->Cell(0, 12, 'ADLM', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(0, 5, w('Association for Diagnostics & Laboratory Medicine'), 0, 1, 'L');
$pdf->Line(25, 42, 190.9, 42);
$pdf->Ln(22);
$pdf->SetFont('Times', 'B', 22); $pdf->SetTextColor(0, 0, 0);
$pdf->Cell(0, 10, w('Certificate of Attendance'), 0, 1, 'C');
$pdf->Ln(10);
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('This certificate is presented to'), 0, 1, 'C');
$pdf->Ln(4);
$pdf->SetFont('Times', 'B', 20);
$pdf->Cell(0, 10, w('Bartholomew K. Asante, PhD, DABCC'), 0, 1, 'C');
$pdf->Ln(4);
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('in recognition of attendance at'), 0, 1, 'C');
$pdf->Ln(8);
$pdf->SetFont('Helvetica', 'B', 10); $pdf->SetTextColor(200, 30, 45);
$pdf->Cell(0, 5, 'LIVE WEBINAR', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->Ln(2);
$pdf->SetFont('Helvetica', 'B', 15);
$pdf->MultiCell(0, 7.5, w('Beyond the Reference Interval: Pediatric Harmonization of Common Chemistry Analytes'), 0, 'C');
$pdf->Ln(8);
$pdf->SetFont('Helvetica', '', 11);
$pdf->Cell(0, 6, w('Broadcast on Thursday, January 22, 2026, 1:00–2:00 p.m. Eastern'), 0, 1, 'C');
$pdf->Cell(0, 6, w('Event ID: 26WB0122'), 0, 1, 'C');
$pdf->Ln(8);
$pdf->SetFont('Helvetica', 'B', 13);
$pdf->Cell(0, 7, w('1.0 ACCENT® contact hour'), 0, 1, 'C');
$pdf->Ln(20);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->MultiCell(0, 4.3, w('ADLM designates this live webinar for 1.0 ACCENT® continuing education credit. ACCENT® is the continuing education credit system of the Association for Diagnostics & Laboratory Medicine. ACCENT® credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program and by state licensure boards that recognize P.A.C.E.®-equivalent programs.'), 0, 'J');
$pdf->Ln(16);
$pdf->Line(25, $pdf->GetY(), 95, $pdf->GetY());
$pdf->Ln(2);
$pdf->Cell(0, 4.5, w('Octavia Brennan-Sato, Senior Director, Education'), 0, 1, 'L');
$pdf->SetY(258);
$pdf->SetFont('Helvetica', '', 7.5);
$pdf->Cell(0, 4, w('Attendee no. 00982215   ·   Certificate downloaded 2026-02-03'), 0, 0, 'L');
$pdf->Output('F', $OUT);
'''
    php_pdf(nn, data, code)
    return gold(nn, 'webinar', 'fpdf',
                ['portrait', 'centred-award', 'format-line', 'wrapped-title', 'accreditation-statement',
                 'signature-block', 'distractor-dates', 'distractor-numbers'],
                'LIVE WEBINAR format line above the title; name with PhD, DABCC credentials.',
                'Bartholomew K. Asante',
                'Beyond the Reference Interval: Pediatric Harmonization of Common Chemistry Analytes',
                '2026-01-22', 1.0, 'contact hour',
                ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '26WB0122')


# =========================================================================
# s13  Public health laboratory shipping training, Ghostscript, portrait
# =========================================================================
@cert
def s13():
    nn = 13
    W, H = 612, 792
    p = PS(W, H)
    p.gray(0)
    p.rect(36, 36, W - 72, H - 72, 1.2)
    p.rgb(0.05, 0.3, 0.2)
    p.rect(36, H - 130, W - 72, 94, 0, fill=True)
    p.gray(1)
    p.font('HB', 17)
    p.text(W / 2, H - 72, 'Allegheny Valley Public Health Authority', 'c')
    p.font('HR', 12)
    p.text(W / 2, H - 92, 'Bureau of Laboratories', 'c')
    p.font('HR', 9)
    p.text(W / 2, H - 110, 'AVPHA  \u2022  Training and Workforce Development Unit', 'c')
    p.gray(0)
    p.font('NB', 24)
    p.text(W / 2, H - 185, 'TRAINING CERTIFICATE', 'c')
    p.font('NR', 11)
    p.text(W / 2, H - 215, 'The Bureau of Laboratories certifies that', 'c')
    p.font('NB', 20)
    p.text(W / 2, H - 247, 'Oluwaseun Adeyemi-Hart', 'c')
    p.font('NR', 11)
    p.text(W / 2, H - 275, 'has completed the course', 'c')
    p.font('NB', 14)
    p.text(W / 2, H - 303, 'Packaging and Shipping of Division 6.2 Infectious Substances:', 'c')
    p.text(W / 2, H - 321, 'Category A and Category B', 'c')
    p.font('NR', 10.5)
    rows = [('Course Code', 'PS-62-0514'), ('Training Date', '05/14/2025'),
            ('Delivery', 'Instructor-led, in person (Pittsburgh training room)'),
            ('Contact hours', '3.0 (ASCLS P.A.C.E.\u00ae)'),
            ('Certification valid through', '05/14/2027'),
            ('Lab license no. (facility)', 'PA-CLIA 39D0987123')]
    y = H - 372
    for a, b in rows:
        p.font('NB', 10)
        p.text(110, y, a, 'l')
        p.font('NR', 10.5)
        p.text(290, y, b, 'l')
        y -= 19
    p.font('HR', 8.5)
    y -= 14
    for ln in ['Training addresses U.S. DOT 49 CFR 172.704 and IATA Dangerous Goods Regulations requirements for',
               'shippers of infectious substances. Retraining is required every two years (IATA) or three years (DOT).',
               'The Allegheny Valley Public Health Authority, Bureau of Laboratories, is approved as a provider of continuing',
               'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.']:
        p.text(W / 2, y, ln, 'c'); y -= 11
    p.line(90, 150, 280, 150, 0.6)
    p.line(W - 280, 150, W - 90, 150, 0.6)
    p.font('HR', 8.5)
    p.text(90, 138, 'Cheng-Ho Ramsay, MPH, SM(ASCP)', 'l')
    p.text(90, 127, 'Training Coordinator', 'l')
    p.text(W - 280, 138, 'Lucinda Farrow-Beck, PhD, HCLD(ABB)', 'l')
    p.text(W - 280, 127, 'Director, Bureau of Laboratories', 'l')
    ps_pdf(nn, p.render())
    return gold(nn, 'public-health-lab', 'ghostscript',
                ['portrait', 'centred-award', 'two-column-label-value', 'wrapped-title', 'border',
                 'signature-block', 'distractor-dates', 'distractor-numbers', 'accreditation-statement'],
                '"Valid through" expiry date and the facility CLIA number are distractors.',
                'Oluwaseun Adeyemi-Hart',
                'Packaging and Shipping of Division 6.2 Infectious Substances: Category A and Category B',
                '2025-05-14', 3.0, 'contact hour',
                ['Allegheny Valley Public Health Authority',
                 'Allegheny Valley Public Health Authority, Bureau of Laboratories', 'AVPHA'],
                'PS-62-0514')


# =========================================================================
# s14  LMS learning transcript / completion record, Chromium, portrait
# =========================================================================
@cert
def s14():
    nn = 14
    doc = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>TalentPath - Completion Record</title>
<style>
@page { size: letter; margin: 0.55in 0.6in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 12px; color: #1f1f1f; font-variant-ligatures: none; }
.bar { display: flex; justify-content: space-between; border-bottom: 2px solid #2b6cb0; padding-bottom: 6px; }
.brand { font-weight: bold; color: #2b6cb0; font-size: 16px; }
.brand small { font-weight: normal; color: #666; font-size: 10px; display: block; }
.printed { font-size: 10px; color: #666; text-align: right; }
h1 { font-size: 20px; margin: 22px 0 2px 0; }
.sub { color: #555; margin-bottom: 16px; }
.kv { display: grid; grid-template-columns: 1.4in 2.2in 1.2in 2in; row-gap: 6px; margin-bottom: 20px; }
.kv .k { color: #666; }
table { width: 100%; border-collapse: collapse; }
th { background: #edf2f7; text-align: left; font-size: 10.5px; padding: 6px; border-bottom: 1px solid #a0aec0; }
td { padding: 6px; border-bottom: 1px solid #e2e8f0; vertical-align: top; }
tr.titlerow td { border-bottom: 2px solid #a0aec0; font-weight: bold; font-size: 12.5px; padding-top: 0; }
.note { font-size: 10px; color: #555; margin-top: 22px; line-height: 1.45; }
.foot { font-size: 9px; color: #888; margin-top: 30px; border-top: 1px solid #ddd; padding-top: 6px; }
</style></head><body>
<div class="bar"><div class="brand">TalentPath Learning<small>Learning records hosted for Bayfront Health Partners</small></div>
<div class="printed">Printed: 02/02/2026 09:14<br>Page 1 of 1</div></div>
<h1>Completion Record</h1>
<div class="sub">Bayfront Health Partners &mdash; Laboratory Services &middot; Education &amp; Competency</div>
<div class="kv">
<div class="k">Learner</div><div>Carla J. Henderson, MLT(ASCP)</div><div class="k">User ID</div><div>88213</div>
<div class="k">Department</div><div>Core Laboratory &ndash; Point of Care</div><div class="k">Transcript ID</div><div>TR-00471-26</div>
</div>
<table>
<tr><th style="width:1.3in">Course ID</th><th>Delivery</th><th>Status</th><th>Completed</th><th>Score</th><th>CE Hours</th></tr>
<tr><td>POC-GLU-114</td><td>Online module + observed check-off</td><td>Completed</td><td>01/27/2026</td><td>100%</td><td>0.5</td></tr>
<tr class="titlerow"><td colspan="6">Annual Competency: Point-of-Care Glucose Meter Date and Time Verification</td></tr>
</table>
<div class="note">CE hours shown are granted by Bayfront Health Partners, Laboratory Services, for internal continuing education and
may be submitted toward the ASCP BOC Credential Maintenance Program where employer-provided education is accepted.
Assigned 01/05/2026 by the Laboratory Education Coordinator; due 01/31/2026.</div>
<div class="foot">TalentPath Learning is a learning management platform. Course content, credit and records are the responsibility of the
customer organization. Record generated on request.</div>
</body></html>'''
    html_pdf(nn, doc)
    return gold(nn, 'lms-completion-record', 'chromium',
                ['portrait', 'table', 'two-column-label-value', 'lms-record', 'distractor-dates', 'distractor-numbers'],
                'LMS brand (TalentPath) is not the provider; title printed in a full-width row below the course row; "Date" in title.',
                'Carla J. Henderson',
                'Annual Competency: Point-of-Care Glucose Meter Date and Time Verification',
                '2026-01-27', 0.5, 'CE hour',
                ['Bayfront Health Partners', 'Bayfront Health Partners, Laboratory Services'], 'POC-GLU-114')


# =========================================================================
# s15  LMS course-detail page (NSH course), Chromium, portrait
# =========================================================================
@cert
def s15():
    nn = 15
    doc = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Course Details</title>
<style>
@page { size: letter; margin: 0.5in; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 11px; color: #222; font-variant-ligatures: none; }
.nav { background: #243447; color: #fff; padding: 8px 12px; font-size: 12px; }
.nav b { font-size: 14px; margin-right: 14px; }
.crumb { color: #666; font-size: 10px; margin: 10px 0; }
.card { border: 1px solid #ccd; border-radius: 6px; padding: 16px 18px; }
.prov { font-size: 11px; color: #5a3e85; font-weight: bold; }
.fmt { display: inline-block; background: #efe8fb; color: #5a3e85; padding: 2px 8px; border-radius: 10px; font-size: 10px; margin-top: 10px; }
h1 { font-size: 19px; margin: 8px 0 14px 0; line-height: 1.3; }
.cols { display: grid; grid-template-columns: repeat(3, 1fr); gap: 14px 18px; margin-top: 10px; }
.lab { font-size: 9px; color: #777; text-transform: uppercase; letter-spacing: .5px; }
.val { font-size: 12px; margin-top: 2px; }
.status { color: #1e7b34; font-weight: bold; }
.desc { margin-top: 18px; line-height: 1.5; font-size: 10.5px; }
.btn { display: inline-block; border: 1px solid #5a3e85; color: #5a3e85; padding: 5px 12px; border-radius: 4px; margin-top: 16px; }
.acc { font-size: 9.5px; color: #444; margin-top: 20px; border-top: 1px solid #ddd; padding-top: 8px; line-height: 1.4; }
</style></head><body>
<div class="nav"><b>Coursemark</b> My Learning &nbsp; Catalog &nbsp; Transcript &nbsp; Help</div>
<div class="crumb">My Learning &rsaquo; Completed &rsaquo; Course Details</div>
<div class="card">
<div class="prov">National Society for Histotechnology (NSH)</div>
<div class="fmt">On-Demand Webinar</div>
<h1>Immunohistochemistry Troubleshooting: Antigen Retrieval, Edge Artifact, and Non-Specific Staining</h1>
<div class="cols">
<div><div class="lab">Learner</div><div class="val">Frances O'Meara-Whitlow, HT(ASCP)</div></div>
<div><div class="lab">Status</div><div class="val status">Completed</div></div>
<div><div class="lab">Course ID</div><div class="val">NSH-W2519</div></div>
<div><div class="lab">Enrolled</div><div class="val">2025-10-02</div></div>
<div><div class="lab">Completed on</div><div class="val">2025-10-19</div></div>
<div><div class="lab">Access expires</div><div class="val">2026-10-02</div></div>
<div><div class="lab">Credits earned</div><div class="val">1.5 contact hours</div></div>
<div><div class="lab">Post-test</div><div class="val">9 / 10 (pass)</div></div>
<div><div class="lab">Order no.</div><div class="val">ORD-118205</div></div>
</div>
<div class="desc">Recorded presentation reviewing the causes of weak, uneven and background staining in automated and manual IHC,
with a stepwise approach to heat-induced epitope retrieval, buffer pH, and antibody titration.</div>
<div class="btn">Download certificate (PDF)</div>
<div class="acc">The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.
This webinar is approved for 1.5 contact hours. Coursemark hosts this course on behalf of NSH.</div>
</div>
</body></html>'''
    html_pdf(nn, doc)
    return gold(nn, 'lms-course-detail', 'chromium',
                ['portrait', 'labels-above-values', 'lms-record', 'format-line', 'wrapped-title',
                 'accreditation-statement', 'distractor-dates', 'distractor-numbers'],
                'Course detail page; Coursemark is the LMS, not the provider; enrolled and access-expiry dates are distractors.',
                "Frances O'Meara-Whitlow",
                'Immunohistochemistry Troubleshooting: Antigen Retrieval, Edge Artifact, and Non-Specific Staining',
                '2025-10-19', 1.5, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'NSH-W2519')


# =========================================================================
# s16  Digital badge printout (CLSI course), ReportLab, square page
# =========================================================================
@cert
def s16():
    nn = 16
    W, H = 612, 720
    c = rl_canvas.Canvas(pdf_path(nn), pagesize=(W, H))
    c.setTitle('Badge')
    teal = colors.HexColor('#00607a')
    # hexagon badge
    import math
    cx, cy, r = W / 2, H - 150, 80
    pth = c.beginPath()
    for i in range(6):
        a = math.radians(90 + 60 * i)
        (pth.moveTo if i == 0 else pth.lineTo)(cx + r * math.cos(a), cy + r * math.sin(a))
    pth.close()
    c.setFillColor(teal); c.drawPath(pth, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 26); c.drawCentredString(cx, cy - 4, 'CLSI')
    c.setFont('Helvetica', 8); c.drawCentredString(cx, cy - 20, 'COURSE COMPLETION')
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 10); c.setFillColor(colors.HexColor('#555555'))
    c.drawCentredString(W / 2, H - 262, 'BADGE EARNED')
    c.setFillColor(colors.black)
    c.setFont('Helvetica-Bold', 15)
    c.drawCentredString(W / 2, H - 288, 'Verification of Precision and Estimation of Bias:')
    c.drawCentredString(W / 2, H - 307, 'Applying EP15 in Your Laboratory')
    c.setFont('Helvetica', 10.5)
    c.drawCentredString(W / 2, H - 330, 'Issued by Clinical and Laboratory Standards Institute')
    c.setStrokeColor(colors.HexColor('#cccccc')); c.line(70, H - 350, W - 70, H - 350)
    c.setFont('Helvetica', 9); c.setFillColor(colors.HexColor('#666666'))
    c.drawString(80, H - 378, 'Earner')
    c.setFont('Helvetica-Bold', 13); c.setFillColor(colors.black)
    c.drawString(80, H - 396, 'Joaquín R. Estrella')
    rows = [('Course Code', 'CLSI-EP15-OD'), ('Course completed', '2026-02-17'), ('Badge issued', '2026-02-20'),
            ('Badge expires', '2029-02-20'), ('Continuing education', '2.0 contact hours (P.A.C.E.\u00ae)'),
            ('Credential ID', '7f3a9c2e-41d0-4b7e-9a15-c20e88d41f03')]
    y = H - 430
    for a, b in rows:
        c.setFont('Helvetica', 9); c.setFillColor(colors.HexColor('#666666')); c.drawString(80, y, a)
        c.setFont('Helvetica', 11); c.setFillColor(colors.black); c.drawString(230, y, b)
        y -= 20
    c.setFont('Helvetica', 8.5); c.setFillColor(colors.HexColor('#444444'))
    txt = c.beginText(80, y - 16)
    for ln in ['Skills: method verification, precision, bias, EP15-A3 protocol, statistical acceptance criteria.',
               'CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences',
               'by the ASCLS P.A.C.E.\u00ae Program. Verify this badge at the issuer\'s badge wallet using the credential ID.']:
        txt.textLine(ln)
    c.drawText(txt)
    c.showPage(); c.save()
    return gold(nn, 'lms-badge', 'reportlab',
                ['portrait', 'badge', 'two-column-label-value', 'wrapped-title', 'accreditation-statement',
                 'distractor-dates', 'distractor-numbers'],
                'Digital badge printout; issued and expiry dates are distractors; credential ID is a distractor.',
                'Joaquín R. Estrella',
                'Verification of Precision and Estimation of Bias: Applying EP15 in Your Laboratory',
                '2026-02-17', 2.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'],
                'CLSI-EP15-OD')


# =========================================================================
# s17  Letter confirming attendance, python-docx, letterhead
# =========================================================================
@cert
def s17():
    nn = 17
    d = new_doc(margin=1.0, font='Liberation Serif', size=11.5)
    dpara(d, 'Kessler Valley Medical Laboratory Society', size=18, bold=True, color='1B4F72', align='left', after=0)
    dpara(d, 'KVMLS  ·  P.O. Box 2207  ·  Harrisonburg, Virginia 22801', size=9, color='555555', align='left', after=2)
    p = dpara(d, '', align='left', after=24)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
    for k, v in (('val', 'single'), ('sz', '12'), ('space', '1'), ('color', '1B4F72')):
        bt.set(qn('w:' + k), v)
    bdr.append(bt); pPr.append(bdr)
    dpara(d, 'March 20, 2026', align='left', after=14)
    dpara(d, 'To whom it may concern:', align='left', after=10)
    p = dpara(d, '', align='justify', after=10)
    drun(p, 'This letter confirms that Ms. Imani D. Rutherford, MLS(ASCP)CM, KVMLS member no. 2291, attended the '
            'society\u2019s evening continuing education program ')
    drun(p, 'Blood Bank Case Studies Night', bold=True)
    drun(p, ', held on Thursday, March 12, 2026, from 6:00 to 8:15 p.m. at Blue Ridge Crossing Hospital, Conference Room A.')
    p = dpara(d, '', align='justify', after=10)
    drun(p, 'The program (Program #: KV-0312) consisted of three case presentations on warm autoantibodies, '
            'delayed hemolytic transfusion reactions and anti-D in pregnancy. Ms. Rutherford attended the full '
            'program and is awarded ')
    drun(p, '2.0 P.A.C.E.\u00ae contact hours', bold=True)
    drun(p, '.')
    dpara(d, 'The Kessler Valley Medical Laboratory Society is approved as a provider of continuing education programs '
             'in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Please retain this letter as '
             'documentation of attendance.', align='justify', after=24)
    dpara(d, 'Sincerely,', align='left', after=30)
    dpara(d, 'Philomena R. Castellano, MLS(ASCP)', align='left', after=0)
    dpara(d, 'Secretary and Continuing Education Coordinator, KVMLS', align='left', after=0, italic=True)
    docx_pdf(nn, d)
    return gold(nn, 'attendance-letter', 'soffice-docx',
                ['portrait', 'letter', 'one-paragraph', 'distractor-dates', 'distractor-numbers',
                 'accreditation-statement', 'signature-block'],
                'Letter dated March 20 confirms attendance on March 12; honorific "Ms." and credential stripped; member number is a distractor.',
                'Imani D. Rutherford', 'Blood Bank Case Studies Night', '2026-03-12', 2.0, 'contact hour',
                ['Kessler Valley Medical Laboratory Society', 'KVMLS'], 'KV-0312')


# =========================================================================
# s18  Bilingual Spanish/English, Chromium, landscape
# =========================================================================
@cert
def s18():
    nn = 18
    doc = '''<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Certificado</title>
<style>
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'P052', 'Liberation Serif', serif; font-variant-ligatures: none; color: #1a1a1a; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.4in; }
.frame { height: 100%; box-sizing: border-box; border: 10px solid #0f6e62; outline: 2px solid #c9a227; outline-offset: -18px; padding: 0.45in 0.8in; text-align: center; position: relative; }
.org { font-size: 21px; font-weight: bold; color: #0f6e62; }
.h { font-size: 30px; margin-top: 18px; }
.h2 { font-size: 16px; font-style: italic; color: #555; }
.lbl { font-size: 12.5px; margin-top: 16px; color: #333; }
.name { font-size: 30px; font-family: 'Z003', cursive; margin: 4px 0 0 0; }
.title { font-size: 18px; font-weight: bold; margin: 6px auto 0 auto; width: 8in; line-height: 1.3; }
.row { display: flex; justify-content: center; gap: 0.55in; margin-top: 20px; font-size: 12.5px; }
.row div span { display: block; font-size: 9.5px; color: #666; }
.stmt { font-family: 'Liberation Sans', sans-serif; font-size: 8.6px; color: #444; margin-top: 18px; line-height: 1.4; }
.sigs { display: flex; justify-content: space-between; position: absolute; left: 0.9in; right: 0.9in; bottom: 0.42in; font-family: 'Liberation Sans', sans-serif; font-size: 9.5px; }
.sigs div { border-top: 1px solid #333; width: 3in; padding-top: 3px; }
</style></head><body><div class="page"><div class="frame">
<div class="org">Asociación de Laboratoristas Clínicos del Caribe (ALCC)</div>
<div class="h">Certificado de Educación Continua</div>
<div class="h2">Certificate of Continuing Education</div>
<div class="lbl">Se otorga a &nbsp;/&nbsp; Awarded to</div>
<div class="name">María Fernanda Collazo Ríos</div>
<div class="lbl">por completar el curso &nbsp;/&nbsp; for completing the course</div>
<div class="title">Bioseguridad en el laboratorio de microbiología / Biosafety in the Microbiology Laboratory</div>
<div class="row">
<div><span>Fecha / Date</span>15 de noviembre de 2025 / November 15, 2025</div>
<div><span>Horas contacto / Contact hours</span>3.0</div>
<div><span>Núm. de actividad / Activity No.</span>ALCC-25-117</div>
</div>
<div class="stmt">La ALCC está aprobada como proveedor de programas de educación continua en las ciencias de laboratorio clínico por el Programa P.A.C.E.&reg; de ASCLS.<br>
ALCC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.<br>
Certificado núm. / Certificate no. 2025-0417 &nbsp;&middot;&nbsp; Emitido / Issued: 20/11/2025</div>
<div class="sigs"><div>Lcda. Ivelisse Torres Maldonado<br>Presidenta / President</div><div>Dr. Ramón E. Figueroa Acevedo<br>Coordinador de Educación / Education Coordinator</div></div>
</div></div></body></html>'''
    html_pdf(nn, doc)
    return gold(nn, 'bilingual', 'chromium',
                ['landscape', 'centred-award', 'border', 'bilingual', 'labels-above-values', 'signature-block',
                 'accreditation-statement', 'distractor-dates', 'distractor-numbers', 'script-name'],
                'Spanish/English; the title is printed as one bilingual line joined by a slash; issue date in dd/mm/yyyy is a distractor.',
                'María Fernanda Collazo Ríos',
                'Bioseguridad en el laboratorio de microbiología / Biosafety in the Microbiology Laboratory',
                '2025-11-15', 3.0, 'contact hour',
                ['Asociación de Laboratoristas Clínicos del Caribe', 'ALCC'], 'ALCC-25-117')


# =========================================================================
# s19  Bilingual French/English, TCPDF, portrait
# =========================================================================
@cert
def s19():
    nn = 19
    data = {}
    code = r'''
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Attestation de formation continue');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(30, 50, 110)));
$pdf->RoundedRect(10, 10, 195.9, 259.4, 6, '1111');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(30, 50, 110)));
$pdf->RoundedRect(13, 13, 189.9, 253.4, 5, '1111');
$html = <<<EOT
<div style="text-align:center;">
<span style="font-size:16pt;font-weight:bold;color:#1e326e;">Association francophone des laboratoires médicaux</span><br/>
<span style="font-size:10pt;color:#1e326e;">AFLM &#183; Montréal (Québec)</span><br/><br/><br/>
<span style="font-size:24pt;">Attestation de participation</span><br/>
<span style="font-size:14pt;font-style:italic;color:#555;">Certificate of Attendance</span><br/><br/><br/>
<span style="font-size:11pt;">Nous attestons que / This is to certify that</span><br/><br/>
<span style="font-size:20pt;font-weight:bold;">Étienne Beaulieu-Tremblay</span><br/><br/>
<span style="font-size:11pt;">a participé à la formation / attended the course</span><br/><br/>
<span style="font-size:14pt;font-weight:bold;color:#1e326e;">Hémostase et thrombose : mise à jour 2026 — Hemostasis and Thrombosis: 2026 Update</span>
</div>
<br/><br/>
<table cellpadding="5" border="0" style="font-size:10.5pt;">
<tr><td width="80mm" style="color:#555;">Date / Date</td><td width="90mm">le 6 février 2026 / February 6, 2026</td></tr>
<tr><td style="color:#555;">Lieu / Location</td><td>Pavillon Lafontaine-Daoust, Montréal</td></tr>
<tr><td style="color:#555;">N° d'activité / Activity No.</td><td>AFLM-2602-HT</td></tr>
<tr><td style="color:#555;">Heures de contact / Contact hours</td><td>4.5</td></tr>
<tr><td style="color:#555;">N° de membre / Member No.</td><td>Q-30581</td></tr>
</table>
<br/><br/>
<div style="font-size:8.5pt;color:#444;text-align:justify;">L'AFLM est approuvée à titre de fournisseur de programmes de formation continue en sciences de laboratoire clinique par le programme P.A.C.E.® de l'ASCLS. / AFLM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</div>
EOT;
$pdf->SetFont('dejavusans', '', 10);
$pdf->writeHTMLCell(171.9, 0, 22, 24, $html, 0, 1, false, true, 'L', true);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Line(30, 238, 95, 238); $pdf->Line(121, 238, 186, 238);
$pdf->SetXY(30, 239.5); $pdf->MultiCell(70, 0, "Geneviève Ouellet-Drapeau\nPrésidente / President", 0, 'L');
$pdf->SetXY(121, 239.5); $pdf->MultiCell(70, 0, "Signé le 9 février 2026\nSigned February 9, 2026", 0, 'L');
$pdf->Output($OUT, 'F');
'''
    php_pdf(nn, data, code)
    return gold(nn, 'bilingual', 'tcpdf',
                ['portrait', 'centred-award', 'border', 'bilingual', 'two-column-label-value', 'wrapped-title',
                 'accreditation-statement', 'distractor-dates', 'distractor-numbers', 'signature-block'],
                'French/English; the bilingual title is one printed title (French — English) that wraps; signature date is a distractor.',
                'Étienne Beaulieu-Tremblay',
                'Hémostase et thrombose : mise à jour 2026 — Hemostasis and Thrombosis: 2026 Update',
                '2026-02-06', 4.5, 'contact hour',
                ['Association francophone des laboratoires médicaux', 'AFLM'], 'AFLM-2602-HT')


# =========================================================================
# s20  One-paragraph certificate (ASCLS), Ghostscript, portrait
# =========================================================================
@cert
def s20():
    nn = 20
    W, H = 612, 792
    p = PS(W, H)
    p.rgb(0.0, 0.28, 0.55)
    p.font('HB', 20)
    p.text(72, H - 84, 'ASCLS', 'l')
    p.font('HR', 10)
    p.text(72, H - 100, 'American Society for Clinical Laboratory Science', 'l')
    p.line(72, H - 110, W - 72, H - 110, 1.5)
    p.gray(0)
    p.font('TB', 18)
    p.text(W / 2, H - 170, 'Certificate of Completion', 'c')
    p.font('TR', 12.5)
    para = ('Nadia F. Kowalczyk has completed \u201cPreanalytical Errors in Coagulation Testing: From Tube Fill to '
            'Platelet-Poor Plasma\u201d on March 3, 2026 and is awarded 1.5 contact hours of P.A.C.E.\u00ae credit '
            'at the basic level under P.A.C.E.\u00ae activity number 1001-26-044.')
    y = p.para(72, H - 215, para, W - 144, 18)
    p.font('TR', 10)
    y -= 14
    y = p.para(72, y, 'ASCLS is approved as a provider of continuing education programs in the clinical laboratory '
                      'sciences by the ASCLS P.A.C.E.\u00ae Program.', W - 144, 13)
    p.line(72, y - 50, 260, y - 50, 0.6)
    p.font('HR', 9)
    p.text(72, y - 62, 'Josephine A. Marlowe-Tate, EdD, MLS(ASCP)', 'l')
    p.text(72, y - 73, 'Director of Professional Development', 'l')
    p.font('HR', 8)
    p.gray(0.4)
    p.text(72, 80, 'Issued March 9, 2026.  Member ID 0067731.  This certificate is valid only for the person named above.', 'l')
    ps_pdf(nn, p.render())
    return gold(nn, 'one-paragraph', 'ghostscript',
                ['portrait', 'one-paragraph', 'quoted-title', 'wrapped-title', 'accreditation-statement',
                 'signature-block', 'distractor-dates', 'distractor-numbers'],
                'All facts are in a single paragraph; the title is in curly quotes and wraps inside the paragraph.',
                'Nadia F. Kowalczyk',
                'Preanalytical Errors in Coagulation Testing: From Tube Fill to Platelet-Poor Plasma',
                '2026-03-03', 1.5, 'contact hour',
                ['American Society for Clinical Laboratory Science', 'ASCLS'], '1001-26-044')


# =========================================================================
# s21  AMT self-study, FODT, portrait
# =========================================================================
@cert
def s21():
    nn = 21
    st = ''.join([
        pstyle('Top', 'center', '10pt', color='#555555', spacing='0.15em', after='0.02in'),
        pstyle('Org', 'center', '22pt', bold=True, font='URW Bookman', color='#14365d', after='0in'),
        pstyle('Acr', 'center', '12pt', bold=True, color='#b3282d', after='0.35in'),
        pstyle('Head', 'center', '15pt', font='URW Bookman', caps=True, spacing='0.12em', after='0.3in'),
        pstyle('Txt', 'center', '11pt', after='0.08in'),
        pstyle('Name', 'center', '22pt', font='Z003', after='0.12in'),
        pstyle('Fmt', 'center', '10pt', bold=True, color='#b3282d', caps=True, spacing='0.2em', before='0.1in', after='0.04in'),
        pstyle('Title', 'center', '15pt', bold=True, font='URW Bookman', after='0.3in'),
        pstyle('LV', 'start', '10.5pt', after='0.03in', extra_p='fo:margin-left="1.6in"'),
        pstyle('Fine', 'justify', '8.5pt', color='#444444', before='0.35in', after='0.05in'),
        pstyle('Sig', 'start', '9.5pt', before='0.45in', after='0in'),
        '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
    ])

    def lv(label, value):
        return '<text:p text:style-name="LV"><text:span text:style-name="B">%s</text:span><text:tab/>%s</text:p>\n' % (esc(label), esc(value))
    tabs = ('<style:style style:name="LV" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:margin-left="1.4in" fo:margin-bottom="0.04in"><style:tab-stops>'
            '<style:tab-stop style:position="1.9in"/></style:tab-stops></style:paragraph-properties>'
            '<style:text-properties fo:font-size="10.5pt"/></style:style>')
    st = st.replace(pstyle('LV', 'start', '10.5pt', after='0.03in', extra_p='fo:margin-left="1.6in"'), tabs)
    body = ''.join([
        xp('Top', 'CONTINUING EDUCATION PROGRAM'),
        xp('Org', 'American Medical Technologists'),
        xp('Acr', 'AMT'),
        xp('Head', 'Certificate of Continuing Education'),
        xp('Txt', 'This certifies that'),
        xp('Name', 'Darnell W. Pickett Sr., RMT(AMT)'),
        xp('Txt', 'successfully completed the AMT continuing education activity'),
        xp('Fmt', 'Self-Study'),
        xp('Title', 'Order of Draw and Additive Carryover: A Phlebotomy Refresher'),
        lv('AMT Course No.', '2517-SS'),
        lv('Completed', '07/30/2025'),
        lv('Credit awarded', '1.0 contact hour'),
        lv('AMT ID', '1170842'),
        lv('Passing score', '80% or higher'),
        xp('Fine', 'AMT is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
                   'ASCLS P.A.C.E.\u00ae Program. Contact hours earned through AMT self-study courses are posted automatically to '
                   'the AMT Certification Continuation Program (CCP) record; certificants of other agencies should retain this '
                   'certificate. Date printed: 08/02/2025.'),
        xp('Sig', 'Gwendolyn S. Arceneaux, MBA, MT(AMT) \u2014 Director, Professional Education'),
    ])
    fodt_pdf(nn, st, body, landscape=False, margin='0.8in', font='Liberation Sans',
             page_border='fo:border="1.5pt solid #14365d" fo:padding="0.25in"')
    return gold(nn, 'amt', 'soffice-fodt',
                ['portrait', 'centred-award', 'border', 'format-line', 'two-column-label-value', 'script-name',
                 'accreditation-statement', 'distractor-dates', 'distractor-numbers', 'name-suffix'],
                'Self-Study format line; suffix "Sr." kept; AMT ID is a distractor.',
                'Darnell W. Pickett Sr.', 'Order of Draw and Additive Carryover: A Phlebotomy Refresher',
                '2025-07-30', 1.0, 'contact hour', ['American Medical Technologists', 'AMT'], '2517-SS')


# =========================================================================
# s22  ASM webinar series, ReportLab, landscape
# =========================================================================
@cert
def s22():
    nn = 22
    W, H = rl_landscape(letter)
    c = rl_canvas.Canvas(pdf_path(nn), pagesize=(W, H))
    c.setTitle('ASM webinar certificate')
    green = colors.HexColor('#006747')
    c.setFillColor(colors.HexColor('#f3f7f4')); c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(green); c.rect(0, H - 16, W, 16, fill=1, stroke=0); c.rect(0, 0, W, 16, fill=1, stroke=0)
    c.setFont('Helvetica-Bold', 30); c.drawString(60, H - 80, 'ASM')
    c.setFont('Helvetica', 11); c.setFillColor(colors.HexColor('#333333'))
    c.drawString(60, H - 98, 'American Society for Microbiology')
    c.setFont('Helvetica', 9); c.drawRightString(W - 60, H - 70, 'Attendee ID: 6620-1184')
    c.drawRightString(W - 60, H - 82, 'Registration date: May 28, 2025')
    c.setFillColor(green); c.setFont('Helvetica-Bold', 26)
    c.drawString(60, H - 165, 'CERTIFICATE OF COMPLETION')
    c.setFillColor(colors.black); c.setFont('Helvetica', 12)
    c.drawString(60, H - 200, 'Awarded to')
    c.setFont('Helvetica-Bold', 24); c.drawString(60, H - 230, 'Thomas A. Ferreira, SM(ASCP)')
    c.setFont('Helvetica', 12); c.drawString(60, H - 262, 'for participating in')
    c.setFont('Helvetica-Bold', 9.5); c.setFillColor(colors.HexColor('#b22222'))
    c.drawString(60, H - 284, 'LIVE WEBINAR')
    c.setFillColor(colors.black); c.setFont('Helvetica-Bold', 16)
    c.drawString(60, H - 306, 'Clinical Microbiology Webinar Series: Detection of Candida auris in the Clinical Laboratory')
    c.setFont('Helvetica', 11)
    c.drawString(60, H - 345, 'Date of webinar:'); c.drawString(200, H - 345, 'June 11, 2025')
    c.drawString(60, H - 363, 'Activity Code:'); c.drawString(200, H - 363, 'CMWS-2506')
    c.drawString(60, H - 381, 'Credit:'); c.drawString(200, H - 381, '1.0 contact hour, ASCLS P.A.C.E.\u00ae')
    c.setFont('Helvetica', 8.5); c.setFillColor(colors.HexColor('#444444'))
    c.drawString(60, H - 430, 'The American Society for Microbiology is approved as a provider of continuing education programs in the clinical laboratory')
    c.drawString(60, H - 441, 'sciences by the ASCLS P.A.C.E.\u00ae Program. The recording remains available to registrants until September 11, 2025; viewing the')
    c.drawString(60, H - 452, 'recording does not earn additional credit.')
    c.setStrokeColor(colors.black); c.line(W - 300, 100, W - 60, 100)
    c.setFont('Helvetica', 9); c.setFillColor(colors.black)
    c.drawString(W - 300, 88, 'Abimbola T. Coker-Lindahl, PhD, D(ABMM)')
    c.drawString(W - 300, 77, 'Chair, Clinical Microbiology Education Committee')
    c.showPage(); c.save()
    return gold(nn, 'webinar', 'reportlab',
                ['landscape', 'left-aligned', 'format-line', 'two-column-label-value', 'accreditation-statement',
                 'signature-block', 'distractor-dates', 'distractor-numbers'],
                'Series name before the colon is part of the title; registration and recording-availability dates are distractors.',
                'Thomas A. Ferreira',
                'Clinical Microbiology Webinar Series: Detection of Candida auris in the Clinical Laboratory',
                '2025-06-11', 1.0, 'contact hour', ['American Society for Microbiology', 'ASM'], 'CMWS-2506')


# =========================================================================
# s23  ASCP course, FPDF, portrait, caps name, labels above values, 3-line title
# =========================================================================
@cert
def s23():
    nn = 23
    data = {}
    code = r'''
require('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(20, 45, 90); $pdf->SetLineWidth(1); $pdf->Rect(40, 40, 532, 712);
$pdf->SetLineWidth(0.3); $pdf->Rect(46, 46, 520, 700);
$pdf->SetTextColor(20, 45, 90);
$pdf->SetFont('Helvetica', 'B', 34); $pdf->SetXY(46, 80); $pdf->Cell(520, 36, 'ASCP', 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->Cell(520, 16, w('American Society for Clinical Pathology'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->Cell(520, 14, w('Lab Management University'), 0, 2, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 26); $pdf->SetXY(46, 190); $pdf->Cell(520, 30, w('Certificate of Completion'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(46, 245); $pdf->Cell(520, 16, w('is hereby granted to'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(46, 272); $pdf->Cell(520, 26, w('WILHELMINA J. ACHEBE'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(46, 312); $pdf->Cell(520, 16, w('who has completed'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(96, 340);
$pdf->MultiCell(420, 19, w('Leading Through Staffing Shortages: Competency Assessment, Cross-Training, and Retention Strategies for Laboratory Supervisors in Small and Rural Hospitals'), 0, 'C');
// labels above values, four columns
$y = 470;
$cols = array(array('COMPLETION DATE', 'August 29, 2025'), array('CMLE CREDITS', '2.5'),
              array('COURSE CODE', 'LMU-2508-RH'), array('CERTIFICATE NUMBER', '00917733'));
$x = 66;
foreach ($cols as $c) {
  $pdf->SetFont('Helvetica', 'B', 7.5); $pdf->SetTextColor(110, 110, 110);
  $pdf->SetXY($x, $y); $pdf->Cell(120, 12, w($c[0]), 0, 0, 'C');
  $pdf->SetFont('Helvetica', '', 11); $pdf->SetTextColor(0, 0, 0);
  $pdf->SetXY($x, $y + 14); $pdf->Cell(120, 16, w($c[1]), 0, 0, 'C');
  $x += 120;
}
$pdf->SetDrawColor(180, 180, 180); $pdf->Line(76, 505, 536, 505);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(76, 525);
$pdf->MultiCell(460, 11, w('The American Society for Clinical Pathology designates this online course for a maximum of 2.5 CMLE credits. ASCP CMLE credits are accepted by the ASCP Board of Certification to meet Credential Maintenance Program requirements. Participants should claim only the credit commensurate with the extent of their participation.'), 0, 'C');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(206, 650, 406, 650);
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(146, 654); $pdf->Cell(320, 12, w('Franklin D. Oyelaran-Moss, MHA, MLS(ASCP)CM'), 0, 2, 'C');
$pdf->Cell(320, 12, w('Program Director, Lab Management University'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetXY(46, 722); $pdf->Cell(510, 10, w('Date issued: 09/02/2025'), 0, 0, 'R');
$pdf->Output('F', $OUT);
'''
    php_pdf(nn, data, code)
    return gold(nn, 'ascp-cmle', 'fpdf',
                ['portrait', 'centred-award', 'border', 'all-caps-name', 'labels-above-values', 'wrapped-title',
                 'signature-block', 'distractor-numbers', 'distractor-dates'],
                'Title wraps onto three lines; name printed in capitals; certificate number distractor.',
                'WILHELMINA J. ACHEBE',
                'Leading Through Staffing Shortages: Competency Assessment, Cross-Training, and Retention Strategies for Laboratory Supervisors in Small and Rural Hospitals',
                '2025-08-29', 2.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'LMU-2508-RH')


# =========================================================================
# s24  CAP safety course, python-docx, landscape, enduring material dates
# =========================================================================
@cert
def s24():
    nn = 24
    d = new_doc(landscape=True, margin=0.7, font='Liberation Sans', size=10.5)
    page_border(d, val='single', sz=36, color='003D79', space=18)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], 'College of American Pathologists', size=18, bold=True, color='003D79')
    p = t.rows[0].cells[0].add_paragraph(); drun(p, 'CAP Learning Transcript Services', size=9, color='666666')
    cell_text(t.rows[0].cells[1], 'Enduring material released 01/15/2025', size=8.5, align='right', color='666666')
    p = t.rows[0].cells[1].add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    drun(p, 'Credit expiration date 01/14/2028', size=8.5, color='666666')
    col_widths(t, [6.0, 3.6])
    dpara(d, 'CERTIFICATE OF CONTINUING EDUCATION', size=22, bold=False, color='003D79', before=28, after=14, spacing=20)
    dpara(d, 'The College of American Pathologists recognizes', size=11.5, after=6)
    dpara(d, 'Rebecca L. Stroud-Iyer, MLS(ASCP)CM', size=24, bold=True, after=6)
    dpara(d, 'for completing', size=11.5, after=6)
    dpara(d, 'Safety Program Essentials: Fire Prevention and Electrical Safety in the Laboratory', size=16, bold=True,
          color='003D79', after=2)
    dpara(d, 'Online Course', size=10, italic=True, color='666666', after=18)
    t = d.add_table(rows=2, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, sz=6, color='9AA9BD')
    for i, (a, b) in enumerate([('Activity Code', 'SAF-FE-25'), ('Completion Date', 'October 7, 2025'),
                                ('Credit Awarded', '1.0 contact hour')]):
        cell_text(t.rows[0].cells[i], a, size=8.5, bold=True, align='center', color='444444')
        cell_text(t.rows[1].cells[i], b, size=12, align='center')
    col_widths(t, [2.3, 2.3, 2.3])
    dpara(d, '', after=14)
    dpara(d, 'The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
             'ASCLS P.A.C.E.\u00ae Program. In support of improving patient care, the College of American Pathologists is '
             'jointly accredited by ACCME, ACPE and ANCC to provide continuing education for the healthcare team. '
             'This course is designated for laboratory professionals only and carries no AMA PRA Category 1 Credit\u2122.',
          size=8.5, color='444444', align='center', after=4)
    dpara(d, 'Transcript no. T-3390172   \u00b7   Laboratory CAP No. 7184401', size=8, color='777777')
    docx_pdf(nn, d)
    return gold(nn, 'cap-joint-accreditation', 'soffice-docx',
                ['landscape', 'centred-award', 'border', 'labels-above-values', 'table', 'accreditation-statement',
                 'distractor-dates', 'distractor-numbers', 'letter-spaced-heading'],
                'Release and expiration dates of the enduring material are distractors; laboratory CAP number and transcript number are distractors; "Safety" and "Program" in title.',
                'Rebecca L. Stroud-Iyer',
                'Safety Program Essentials: Fire Prevention and Electrical Safety in the Laboratory',
                '2025-10-07', 1.0, 'contact hour', ['College of American Pathologists', 'CAP'], 'SAF-FE-25')


# =========================================================================
# s25  ASCLS P.A.C.E. approved provider (health-system education office), TCPDF
# =========================================================================
@cert
def s25():
    nn = 25
    data = {}
    code = r'''
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'in', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(1, 0.9, 1); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
// seal top right
$pdf->SetFillColor(120, 20, 60); $pdf->Circle(7.2, 1.15, 0.55, 0, 360, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->Circle(7.2, 1.15, 0.45, 0, 360, 'F');
$pdf->SetTextColor(120, 20, 60); $pdf->SetFont('times', 'B', 11);
$pdf->SetXY(6.7, 1.0); $pdf->Cell(1.0, 0.3, 'GRH', 0, 0, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('times', 'B', 20); $pdf->SetXY(1, 0.9); $pdf->Cell(5.5, 0.35, 'Granite Ridge Health', 0, 2, 'L');
$pdf->SetFont('times', 'I', 12); $pdf->Cell(5.5, 0.25, 'Laboratory Education Services', 0, 2, 'L');
$pdf->SetFont('helvetica', '', 8.5); $pdf->Cell(5.5, 0.2, 'ASCLS P.A.C.E.® Provider No. 562', 0, 2, 'L');
$pdf->SetDrawColor(120, 20, 60); $pdf->SetLineWidth(0.02); $pdf->Line(1, 1.85, 7.5, 1.85);
$pdf->SetFont('times', '', 12);
$html = <<<EOT
<p style="font-size:22pt;text-align:center;">Continuing Education Certificate</p>
<p style="text-align:center;">Granite Ridge Health, Laboratory Education Services, certifies that</p>
<p style="text-align:center;font-size:19pt;font-weight:bold;">Caleb Oduya-Fischer, MLS(ASCP)</p>
<p style="text-align:center;">attended the live session</p>
<p style="text-align:center;font-size:15pt;font-style:italic;">Microbiology Bench Rounds: Gram Stain Interpretation of Positive Blood Cultures</p>
EOT;
$pdf->writeHTMLCell(6.5, 0, 1, 2.2, $html, 0, 1);
$y = 5.4;
$rows = array(array('Session date', 'January 14, 2026'), array('P.A.C.E.® Course No.', '562-114-26'),
              array('Level / format', 'Intermediate; live, interactive (in person and video link)'),
              array('Contact hours awarded', '1.0'), array('Employee no.', '0088315'));
foreach ($rows as $r) {
  $pdf->SetFont('helvetica', 'B', 10); $pdf->SetXY(1.5, $y); $pdf->Cell(2.0, 0.25, $r[0], 'B', 0, 'L');
  $pdf->SetFont('helvetica', '', 10); $pdf->Cell(3.5, 0.25, $r[1], 'B', 0, 'L');
  $y += 0.3;
}
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetXY(1, 7.4);
$pdf->MultiCell(6.5, 0, 'Granite Ridge Health, Laboratory Education Services, is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Learners must attend the entire session and complete the evaluation to receive credit.', 0, 'C');
$pdf->Line(1.2, 9.1, 3.7, 9.1); $pdf->Line(4.8, 9.1, 7.3, 9.1);
$pdf->SetXY(1.2, 9.15); $pdf->MultiCell(2.8, 0, "Rosalind Tchakarova, MS, MLS(ASCP)CM\nP.A.C.E.® Program Coordinator", 0, 'L');
$pdf->SetXY(4.8, 9.15); $pdf->MultiCell(2.8, 0, "Date signed: 01/21/2026\nCertificate ID 562-26-01987", 0, 'L');
$pdf->Output($OUT, 'F');
'''
    php_pdf(nn, data, code)
    return gold(nn, 'ascls-pace-provider', 'tcpdf',
                ['portrait', 'centred-award', 'seal', 'two-column-label-value', 'accreditation-statement',
                 'signature-block', 'distractor-numbers', 'distractor-dates'],
                'P.A.C.E. provider number (562), employee number and certificate ID are distractors; the P.A.C.E. course number is the activity id.',
                'Caleb Oduya-Fischer',
                'Microbiology Bench Rounds: Gram Stain Interpretation of Positive Blood Cultures',
                '2026-01-14', 1.0, 'contact hour',
                ['Granite Ridge Health', 'Granite Ridge Health, Laboratory Education Services', 'GRH'], '562-114-26')


# =========================================================================
# s26  State society 3-day meeting, python-docx, daily table claimed vs available
# =========================================================================
@cert
def s26():
    nn = 26
    d = new_doc(margin=0.75, font='URW Gothic', size=10.5)
    dpara(d, 'Gulf Coast Clinical Laboratory Society', size=19, bold=True, color='0E4D64', after=0)
    dpara(d, 'GCCLS', size=11, bold=True, color='C05621', after=16, spacing=60)
    dpara(d, 'Continuing Education Record', size=20, after=4)
    dpara(d, 'GCCLS 47th Annual Fall Meeting', size=15, bold=True, after=0)
    dpara(d, 'September 24\u201326, 2025  \u00b7  Biloxi, Mississippi', size=10.5, after=14)
    t = d.add_table(rows=4, cols=2)
    table_borders(t, sz=2, color='FFFFFF', inside=False)
    for i, (a, b) in enumerate([('Participant', 'Annemarie Beauchamp-Tull, MLS(ASCP)CM'),
                                ('Event No.', 'GC-47-FM'),
                                ('Registration No.', 'R47-00612'),
                                ('License No. (LA CLS)', 'CLS.019944')]):
        cell_text(t.rows[i].cells[0], a, size=9.5, bold=True, color='555555')
        cell_text(t.rows[i].cells[1], b, size=11)
    col_widths(t, [1.9, 4.8])
    dpara(d, '', after=6)
    dpara(d, 'Record the contact hours you attended each day. Do not exceed the hours available.', size=9.5,
          italic=True, align='left', after=6)
    rows = [('Day', 'Date', 'Hours available', 'Hours claimed'),
            ('Wednesday', '09/24/2025', '6.0', '6.0'),
            ('Thursday', '09/25/2025', '6.0', '3.25'),
            ('Friday', '09/26/2025', '3.0', '2.0'),
            ('Total', '', '15.0', '11.25')]
    t = d.add_table(rows=len(rows), cols=4)
    table_borders(t, sz=6, color='0E4D64')
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.rows[i].cells[j], v, size=10, bold=(i == 0 or i == len(rows) - 1),
                      align='left' if j < 2 else 'center')
    col_widths(t, [1.5, 1.5, 1.7, 1.7])
    dpara(d, '', after=8)
    p = dpara(d, '', align='left', after=8)
    drun(p, 'Total P.A.C.E.\u00ae contact hours claimed: ', size=11)
    drun(p, '11.25', size=11, bold=True)
    dpara(d, 'Gulf Coast Clinical Laboratory Society is approved as a provider of continuing education programs in the clinical '
             'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. I certify that I attended the sessions for which hours are '
             'claimed above.', size=9, align='justify', after=22)
    t = d.add_table(rows=2, cols=2)
    cell_text(t.rows[0].cells[0], '_____________________________', size=10)
    cell_text(t.rows[0].cells[1], '_____________________________', size=10)
    cell_text(t.rows[1].cells[0], 'Participant signature', size=8.5)
    cell_text(t.rows[1].cells[1], 'Theo M. Guidry, MT(ASCP) \u2014 CE Chair', size=8.5)
    col_widths(t, [3.3, 3.3])
    dpara(d, '', after=12)
    dpara(d, 'Form completed 10/02/2025', size=8, color='888888', align='right')
    docx_pdf(nn, d)
    return gold(nn, 'state-society-meeting-multiday', 'soffice-docx',
                ['portrait', 'table', 'daily-hours', 'claimed-vs-max', 'date-range', 'two-column-label-value',
                 'accreditation-statement', 'distractor-numbers', 'distractor-dates', 'signature-block'],
                'Claimed 11.25 of 15.0 available over three days; license and registration numbers are distractors; date is last meeting day.',
                'Annemarie Beauchamp-Tull', 'GCCLS 47th Annual Fall Meeting', '2025-09-26', 11.25, 'contact hour',
                ['Gulf Coast Clinical Laboratory Society', 'GCCLS'], 'GC-47-FM')


# =========================================================================
# s27  Regional histology society one-day seminar, Chromium, landscape,
#      letter-spaced name
# =========================================================================
@cert
def s27():
    nn = 27
    doc = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>AHS certificate</title>
<style>
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'URW Bookman', serif; font-variant-ligatures: none; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.5in; background: #fbf8f1; }
.inner { border: 1px solid #6b4f2a; height: 100%; box-sizing: border-box; padding: 0.5in 0.8in; position: relative; text-align: center; }
.corner { position: absolute; width: 0.6in; height: 0.6in; border: 4px solid #6b4f2a; }
.tl { top: 8px; left: 8px; border-right: none; border-bottom: none; }
.tr { top: 8px; right: 8px; border-left: none; border-bottom: none; }
.bl { bottom: 8px; left: 8px; border-right: none; border-top: none; }
.br { bottom: 8px; right: 8px; border-left: none; border-top: none; }
.org { font-size: 20px; color: #6b4f2a; letter-spacing: 1px; }
.acr { font-size: 12px; color: #6b4f2a; margin-top: 2px; }
.h { font-size: 36px; margin-top: 30px; }
.t { font-size: 13px; margin-top: 20px; font-style: italic; }
.name { font-size: 26px; letter-spacing: 0.32em; margin-top: 14px; font-weight: bold; }
.meet { font-size: 21px; margin-top: 12px; }
.info { font-size: 13px; margin-top: 8px; }
.hours { font-size: 15px; margin-top: 20px; }
.stmt { font-family: 'Liberation Sans', sans-serif; font-size: 9px; color: #444; margin-top: 20px; }
.sig { position: absolute; bottom: 0.45in; left: 1in; text-align: left; font-family: 'Liberation Sans', sans-serif; font-size: 10px; }
.sig2 { position: absolute; bottom: 0.45in; right: 1in; text-align: left; font-family: 'Liberation Sans', sans-serif; font-size: 10px; }
.sig div, .sig2 div { border-top: 1px solid #333; width: 2.7in; padding-top: 3px; }
</style></head><body><div class="page"><div class="inner">
<div class="corner tl"></div><div class="corner tr"></div><div class="corner bl"></div><div class="corner br"></div>
<div class="org">Appalachian Histotechnology Society</div>
<div class="acr">(AHS) &middot; a state society affiliated with the National Society for Histotechnology</div>
<div class="h">Certificate of Attendance</div>
<div class="t">is presented to</div>
<div class="name">Ruth Ann Hollingsworth</div>
<div class="t">for attendance at the</div>
<div class="meet">2025 Fall Histology Seminar</div>
<div class="info">Saturday, October 25, 2025 &nbsp;&middot;&nbsp; Morgantown, West Virginia &nbsp;&middot;&nbsp; Event ID: AHS-F25</div>
<div class="hours">Contact hours earned: <b>7.0</b></div>
<div class="stmt">The Appalachian Histotechnology Society is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.<br>Sessions attended: Decalcification Endpoints &middot; Special Stains for Fungi &middot; Frozen Section Quality &middot; Digital Pathology Scanning &middot; Lab Safety Update</div>
<div class="sig"><div>Mavis J. Tolliver, HTL(ASCP)QIHC<br>President, AHS</div></div>
<div class="sig2"><div>Nolan B. Street, HT(ASCP)<br>Education Chair &middot; signed 11/03/2025</div></div>
</div></div></body></html>'''
    html_pdf(nn, doc)
    return gold(nn, 'regional-society-meeting-oneday', 'chromium',
                ['landscape', 'centred-award', 'border', 'letter-spaced-name', 'accreditation-statement',
                 'signature-block', 'distractor-dates'],
                'Name printed with wide letter spacing; no session title, so title is the meeting name; NSH is an affiliate, not the provider.',
                'Ruth Ann Hollingsworth', '2025 Fall Histology Seminar', '2025-10-25', 7.0, 'contact hour',
                ['Appalachian Histotechnology Society', 'AHS'], 'AHS-F25')


# =========================================================================
# s28  Hospital lunch-and-learn in-service, FPDF, landscape
# =========================================================================
@cert
def s28():
    nn = 28
    data = {}
    code = r'''
require('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(245, 245, 240); $pdf->Rect(0, 0, 279.4, 215.9, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->SetDrawColor(70, 100, 60); $pdf->SetLineWidth(1.2);
$pdf->Rect(12, 12, 255.4, 191.9, 'DF');
$pdf->SetFont('Helvetica', 'B', 17); $pdf->SetTextColor(70, 100, 60);
$pdf->SetXY(24, 22); $pdf->Cell(150, 8, w('St. Aurelian Medical Center'), 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(80, 80, 80);
$pdf->Cell(150, 5, w('Clinical Laboratory Education Committee'), 0, 2, 'L');
$pdf->SetFont('Helvetica', 'B', 9); $pdf->SetTextColor(255, 255, 255); $pdf->SetFillColor(70, 100, 60);
$pdf->SetXY(205, 22); $pdf->Cell(50, 8, w('LUNCH & LEARN'), 0, 0, 'C', true);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 28); $pdf->SetXY(12, 55); $pdf->Cell(255.4, 12, w('In-Service Certificate'), 0, 2, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(12, 78);
$pdf->Cell(255.4, 7, w('Jerome K. Whitaker Jr., MLT(ASCP)'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 11);
$pdf->Cell(255.4, 7, w('attended the laboratory in-service titled'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 16);
$pdf->Cell(255.4, 10, w('"Specimen Rejection Criteria and the New Hemolysis Index Program"'), 0, 2, 'C');
// two column label/value block
$L = array(array('Date of In-Service', '03/18/2026'), array('In-Service No.', 'LL-2026-03'),
           array('Presenter', 'Farah El-Amin, MLS(ASCP)CM, Chemistry Lead'),
           array('CE Hours', '1.0'), array('Employee ID', 'E-204518'));
$y = 122;
foreach ($L as $r) {
  $pdf->SetFont('Helvetica', 'B', 10); $pdf->SetXY(62, $y); $pdf->Cell(50, 6.5, w($r[0] . ':'), 0, 0, 'R');
  $pdf->SetFont('Helvetica', '', 10.5); $pdf->SetXY(116, $y); $pdf->Cell(120, 6.5, w($r[1]), 0, 0, 'L');
  $y += 8;
}
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(30, 172);
$pdf->MultiCell(219.4, 4, w('Continuing education hours for internal in-services are awarded by St. Aurelian Medical Center for laboratory staff development (1 CE hour = 60 minutes of instruction). Present this certificate to your certification agency as employer-provided continuing education.'), 0, 'C');
$pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.2);
$pdf->Line(40, 192, 110, 192); $pdf->Line(170, 192, 240, 192);
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(40, 193); $pdf->Cell(70, 4, w('Committee Chair'), 0, 0, 'C');
$pdf->SetXY(170, 193); $pdf->Cell(70, 4, w('Laboratory Director'), 0, 0, 'C');
$pdf->Output('F', $OUT);
'''
    php_pdf(nn, data, code)
    return gold(nn, 'hospital-inservice', 'fpdf',
                ['landscape', 'centred-award', 'border', 'quoted-title', 'two-column-label-value',
                 'signature-block', 'distractor-numbers', 'name-suffix'],
                'Title in straight double quotes with "Program" in it; employee ID is a distractor.',
                'Jerome K. Whitaker Jr.', 'Specimen Rejection Criteria and the New Hemolysis Index Program',
                '2026-03-18', 1.0, 'CE hour',
                ['St. Aurelian Medical Center', 'St. Aurelian Medical Center, Clinical Laboratory Education Committee'],
                'LL-2026-03')


# =========================================================================
# s29  Vendor live webinar, TCPDF, landscape
# =========================================================================
@cert
def s29():
    nn = 29
    data = {}
    code = r'''
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(18, 32, 58); $pdf->Rect(0, 0, 279.4, 42, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 22); $pdf->SetXY(20, 12); $pdf->Cell(150, 10, 'Helixon Molecular, Inc.', 0, 2, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->Cell(150, 6, 'Scientific Affairs · Laboratory Education Series', 0, 0, 'L');
$pdf->SetTextColor(255, 196, 0); $pdf->SetFont('helvetica', 'B', 11);
$pdf->SetXY(190, 16); $pdf->Cell(70, 8, 'LIVE WEBINAR', 1, 0, 'C');
$pdf->SetTextColor(20, 20, 20);
$html = <<<EOT
<p style="font-size:11pt;color:#555;">CERTIFICATE OF PARTICIPATION</p>
<p style="font-size:24pt;font-weight:bold;">Samira Haddad-Eriksen</p>
<p style="font-size:11pt;">participated in the accredited educational webinar</p>
EOT;
$pdf->writeHTMLCell(140, 0, 20, 52, $html, 0, 1);
$pdf->SetFont('helvetica', 'B', 16); $pdf->SetTextColor(18, 32, 58);
$pdf->SetXY(20, 100);
$pdf->MultiCell(200, 0, 'Sepsis Biomarkers in Practice: Procalcitonin, Lactate, and the Role of the Laboratory in Early Recognition', 0, 'L');
$pdf->SetFillColor(240, 243, 248);
$pdf->Rect(160, 50, 100, 42, 'F');
$items = array(array('DATE', 'November 5, 2025', 165, 55), array('ACTIVITY NO.', 'HXM-WB-1105', 212, 55),
               array('CREDIT', '1.0 contact hour', 165, 73), array('REGISTRATION NO.', '4471-0923', 212, 73));
foreach ($items as $it) {
  $pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(100, 100, 100);
  $pdf->SetXY($it[2], $it[3]); $pdf->Cell(45, 4, $it[0], 0, 2, 'L');
  $pdf->SetFont('helvetica', 'B', 11); $pdf->SetTextColor(20, 20, 20);
  $pdf->Cell(45, 6, $it[1], 0, 0, 'L');
}
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(20, 150);
$pdf->MultiCell(240, 0, 'Helixon Molecular, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This webinar is approved for 1.0 contact hour at the intermediate level. Content was developed independently of Helixon product marketing; no product claims are made. Attendance was verified by webinar log-in duration (minimum 50 minutes) and completion of the evaluation.', 0, 'L');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(20, 190, 90, 190);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetXY(20, 191); $pdf->MultiCell(90, 0, "Dr. Konstantin Vaarala\nDirector, Scientific Affairs", 0, 'L');
$pdf->Output($OUT, 'F');
'''
    php_pdf(nn, data, code)
    return gold(nn, 'webinar', 'tcpdf',
                ['landscape', 'left-aligned', 'format-line', 'labels-above-values', 'wrapped-title',
                 'accreditation-statement', 'signature-block', 'distractor-numbers'],
                'Vendor-hosted accredited webinar; sidebar with labels above values; registration number distractor.',
                'Samira Haddad-Eriksen',
                'Sepsis Biomarkers in Practice: Procalcitonin, Lactate, and the Role of the Laboratory in Early Recognition',
                '2025-11-05', 1.0, 'contact hour', ['Helixon Molecular, Inc.'], 'HXM-WB-1105')


# =========================================================================
# s30  Public health laboratory LRN workshop, python-docx, portrait
# =========================================================================
@cert
def s30():
    nn = 30
    d = new_doc(margin=0.9, font='DejaVu Serif', size=10.5)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], 'Lakeland State Public Health Laboratory', size=13, bold=True, color='2F4F2F')
    p = t.rows[0].cells[0].add_paragraph(); drun(p, 'Office of Laboratory Training and Outreach', size=10, italic=True)
    p = t.rows[0].cells[0].add_paragraph(); drun(p, 'LSPHL \u00b7 2400 Capitol Ridge Drive \u00b7 Lakeland', size=8, color='666666')
    cell_text(t.rows[0].cells[1], 'LRN', size=26, bold=True, align='right', color='2F4F2F')
    p = t.rows[0].cells[1].add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    drun(p, 'Sentinel Laboratory Outreach', size=8, color='666666')
    col_widths(t, [4.9, 1.8])
    dpara(d, '', after=20)
    dpara(d, 'Certificate of Training Completion', size=21, after=18)
    dpara(d, 'This certificate acknowledges that the individual named below completed the hands-on workshop indicated.',
          size=10, italic=True, after=14)
    rows = [('Participant', 'Beatrix Vanterpool-Singh, MB(ASCP)CM'),
            ('Employer (sentinel laboratory)', 'Harrow County Hospital, Microbiology'),
            ('Workshop', 'Laboratory Response Network Sentinel Laboratory Training: Rule-Out and Referral of Select Agents'),
            ('Training ID', 'LRN-S-2604'),
            ('Workshop date', 'April 22, 2026'),
            ('Contact hours', '4.0 (ASCLS P.A.C.E.\u00ae)'),
            ('Biosafety level of wet lab', 'BSL-2 with BSL-3 practices'),
            ('Competency record no.', 'CR-26-0419')]
    t = d.add_table(rows=len(rows), cols=2)
    table_borders(t, sz=4, color='8FA88F')
    for i, (a, b) in enumerate(rows):
        cell_text(t.rows[i].cells[0], a, size=9.5, bold=True)
        cell_text(t.rows[i].cells[1], b, size=10.5)
    col_widths(t, [2.3, 4.4])
    dpara(d, '', after=12)
    dpara(d, 'The Lakeland State Public Health Laboratory is approved as a provider of continuing education programs in the '
             'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Workshop content follows current ASM sentinel '
             'level clinical laboratory guidelines. Next recommended refresher: April 2028.', size=8.5, align='justify',
          color='444444', after=30)
    t = d.add_table(rows=2, cols=2)
    for i, (a, b) in enumerate([('Elspeth N. Marroquin, MS, SM(ASCP)', 'LRN Training Coordinator'),
                                ('Dr. Tobiah Fairweather-Lunde', 'Laboratory Director, LSPHL')]):
        cell_text(t.rows[0].cells[i], a, size=9.5)
        cell_text(t.rows[1].cells[i], b, size=8.5, italic=True)
    col_widths(t, [3.35, 3.35])
    docx_pdf(nn, d)
    return gold(nn, 'public-health-lab', 'soffice-docx',
                ['portrait', 'two-column-label-value', 'table', 'wrapped-title', 'accreditation-statement',
                 'signature-block', 'distractor-numbers', 'distractor-dates'],
                'Employer hospital is not the provider; competency record number and refresher date are distractors.',
                'Beatrix Vanterpool-Singh',
                'Laboratory Response Network Sentinel Laboratory Training: Rule-Out and Referral of Select Agents',
                '2026-04-22', 4.0, 'contact hour',
                ['Lakeland State Public Health Laboratory',
                 'Lakeland State Public Health Laboratory, Office of Laboratory Training and Outreach', 'LSPHL'],
                'LRN-S-2604')


# =========================================================================
# s31  University CEU course, Ghostscript, landscape
# =========================================================================
@cert
def s31():
    nn = 31
    W, H = 792, 612
    p = PS(W, H)
    # double border with corner squares
    p.rgb(0.35, 0.1, 0.1)
    p.rect(30, 30, W - 60, H - 60, 3)
    p.rect(40, 40, W - 80, H - 80, 0.7)
    for (x, y) in ((30, 30), (W - 46, 30), (30, H - 46), (W - 46, H - 46)):
        p.rect(x, y, 16, 16, 0, fill=True)
    p.font('PB', 22)
    p.text(W / 2, H - 95, 'Whitford College of Health Professions', 'c')
    p.font('PI', 13)
    p.text(W / 2, H - 116, 'Center for Professional Education', 'c')
    p.gray(0)
    p.font('PR', 30)
    p.text(W / 2, H - 170, 'Certificate of Continuing Education', 'c')
    p.font('PI', 13)
    p.text(W / 2, H - 205, 'This is to certify that', 'c')
    p.font('PB', 24)
    p.text(W / 2, H - 240, 'Ignatius P. Moreau', 'c')
    p.font('PI', 13)
    p.text(W / 2, H - 270, 'has completed all requirements of', 'c')
    p.font('PB', 15)
    p.text(W / 2, H - 298, 'Medical Laboratory Leadership Certificate Program \u2014', 'c')
    p.text(W / 2, H - 317, 'Module 1: Orientation to Laboratory Operations', 'c')
    p.font('PR', 13)
    p.text(W / 2, H - 350, 'and has earned 1.2 Continuing Education Units (CEU)', 'c')
    p.font('HR', 10)
    p.text(W / 2, H - 378, 'Course Number: MLL-101     Course dates: January 12 \u2013 February 23, 2026     Date completed: February 23, 2026', 'c')
    p.font('HR', 8)
    p.gray(0.3)
    p.text(W / 2, H - 400, 'Student ID W0093317. The CEU is a nationally recognized unit: one CEU equals ten contact hours of participation.', 'c')
    p.gray(0)
    p.line(110, 120, 320, 120, 0.6)
    p.line(W - 320, 120, W - 110, 120, 0.6)
    p.font('HR', 9)
    p.text(215, 107, 'Adelaide V. Sorensen, PhD', 'c')
    p.text(215, 96, 'Director, Center for Professional Education', 'c')
    p.text(W - 215, 107, 'Marcus O. Pemberton, MLS(ASCP)CM, MBA', 'c')
    p.text(W - 215, 96, 'Program Faculty Lead', 'c')
    # seal
    p.rgb(0.35, 0.1, 0.1)
    p.circle(W / 2, 108, 34, 2)
    p.circle(W / 2, 108, 28, 0.6)
    p.font('PB', 12)
    p.text(W / 2, 104, 'WCHP', 'c')
    p.gray(0.4)
    p.font('HR', 7)
    p.text(W - 50, 50, 'Issued 03/06/2026', 'r')
    ps_pdf(nn, p.render())
    return gold(nn, 'university-ceu', 'ghostscript',
                ['landscape', 'centred-award', 'border', 'seal', 'wrapped-title', 'signature-block',
                 'distractor-dates', 'distractor-numbers', 'date-range'],
                '1.2 CEU = 12 points; course date range plus explicit completion date; title contains "Program" and "Orientation".',
                'Ignatius P. Moreau',
                'Medical Laboratory Leadership Certificate Program \u2014 Module 1: Orientation to Laboratory Operations',
                '2026-02-23', 1.2, 'CEU',
                ['Whitford College of Health Professions',
                 'Whitford College of Health Professions, Center for Professional Education', 'WCHP'],
                'MLL-101')


# =========================================================================
# s32  Vendor key-operator course, ReportLab, portrait, two signatures
# =========================================================================
@cert
def s32():
    nn = 32
    W, H = letter
    c = rl_canvas.Canvas(pdf_path(nn), pagesize=letter)
    c.setTitle('Key Operator Certification')
    red = colors.HexColor('#a3162b')
    c.setStrokeColor(red); c.setLineWidth(2.5); c.rect(30, 30, W - 60, H - 60)
    c.setFillColor(red); c.rect(30, H - 120, W - 60, 90, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 22); c.drawString(56, H - 74, 'Meridex Hematology Systems')
    c.setFont('Helvetica', 10); c.drawString(56, H - 92, 'Applications Training Department')
    c.setFont('Helvetica-Bold', 9); c.drawRightString(W - 56, H - 74, 'Certificate ID: MHS-KO-55120')
    c.setFillColor(colors.black)
    c.setFont('Times-Roman', 26); c.drawCentredString(W / 2, H - 180, 'Key Operator Certification')
    c.setFont('Times-Italic', 12); c.drawCentredString(W / 2, H - 212, 'Meridex Hematology Systems certifies that')
    c.setFont('Times-Bold', 22); c.drawCentredString(W / 2, H - 246, 'Ngozi C. Ekwueme-Barrett, MLS(ASCP)CM')
    c.setFont('Times-Italic', 12); c.drawCentredString(W / 2, H - 276, 'has completed the course')
    c.setFont('Times-Bold', 16); c.drawCentredString(W / 2, H - 302, 'Hemaris 7 Hematology Analyzer Key Operator Course')
    c.setFont('Times-Roman', 11)
    c.drawCentredString(W / 2, H - 322, 'including daily maintenance, quality control, body fluid mode and advanced troubleshooting')
    # small table
    data = [('Course No.', 'H7-KOC-03'), ('Course dates', 'March 23\u201324, 2026'),
            ('Continuing education', '12.0 CE hours'), ('Instrument S/N', 'H7-004518'),
            ('Site', 'Pinewood Valley Hospital Laboratory (on-site training)')]
    y = H - 370
    c.setStrokeColor(colors.HexColor('#bbbbbb')); c.setLineWidth(0.5)
    for a, b in data:
        c.line(110, y - 6, W - 110, y - 6)
        c.setFont('Helvetica-Bold', 9.5); c.drawString(118, y, a)
        c.setFont('Helvetica', 10.5); c.drawString(260, y, b)
        y -= 22
    c.setFont('Helvetica', 8.5); c.setFillColor(colors.HexColor('#444444'))
    t = c.beginText(80, y - 20)
    for ln in ['CE hours are awarded by Meridex Hematology Systems for manufacturer instrument training and are documented for',
               'employer competency files and certification maintenance. Meridex training is not P.A.C.E.\u00ae approved; check',
               'with your certification agency or state licensing board regarding acceptance of manufacturer training.']:
        t.textLine(ln)
    c.drawText(t)
    c.setFillColor(colors.black); c.setStrokeColor(colors.black)
    c.line(80, 140, 270, 140); c.line(W - 270, 140, W - 80, 140)
    c.setFont('Helvetica', 9)
    c.drawString(80, 128, 'Hollis R. Underwood'); c.drawString(80, 117, 'Applications Specialist / Trainer')
    c.drawString(W - 270, 128, 'Paulina Zeng-Okafor'); c.drawString(W - 270, 117, 'Manager, Applications Training')
    c.setFont('Helvetica', 7.5); c.setFillColor(colors.grey)
    c.drawString(56, 44, 'Printed 03/25/2026  |  Valid for the instrument model listed; recertify after 36 months.')
    c.showPage(); c.save()
    return gold(nn, 'vendor-training', 'reportlab',
                ['portrait', 'centred-award', 'border', 'table', 'date-range', 'signature-block',
                 'distractor-numbers', 'distractor-dates'],
                'Two-day on-site key-operator course; certificate ID and instrument serial number are distractors.',
                'Ngozi C. Ekwueme-Barrett', 'Hemaris 7 Hematology Analyzer Key Operator Course',
                '2026-03-24', 12.0, 'CE hour', ['Meridex Hematology Systems'], 'H7-KOC-03')


# =========================================================================
# s33  Joint-accreditation symposium, FPDF, portrait, claimed vs maximum table
# =========================================================================
@cert
def s33():
    nn = 33
    data = {}
    code = r'''
require('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->SetMargins(22, 18, 22);
$pdf->AddPage();
$pdf->SetFillColor(12, 74, 110); $pdf->Rect(0, 0, 215.9, 8, 'F');
$pdf->SetY(18);
$pdf->SetFont('Times', 'B', 18); $pdf->SetTextColor(12, 74, 110);
$pdf->Cell(0, 8, w('Pinecrest Health Sciences Institute'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 11); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(0, 6, w('Center for Continuing Professional Development  ·  PHSI'), 0, 1, 'C');
$pdf->Ln(12);
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetTextColor(0, 0, 0);
$pdf->Cell(0, 9, w('CERTIFICATE OF ATTENDANCE AND CREDIT'), 0, 1, 'C');
$pdf->Ln(8);
$pdf->SetFont('Helvetica', '', 11);
$pdf->Cell(0, 6, w('Participant:'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 18);
$pdf->Cell(0, 9, w('Hyun-woo Park, MLS(ASCP)CM, MB(ASCP)'), 0, 1, 'C');
$pdf->Ln(5);
$pdf->SetFont('Helvetica', '', 11);
$pdf->Cell(0, 6, w('Activity title:'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 14);
$pdf->MultiCell(0, 6.5, w("Precision Oncology Update: Liquid Biopsy, Tumor Mutational Burden, and the Laboratory's Role in Companion Diagnostics"), 0, 'C');
$pdf->SetFont('Helvetica', 'I', 10); $pdf->SetTextColor(12, 74, 110);
$pdf->Cell(0, 6, w('Spring Symposium'), 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->Ln(3);
$pdf->SetFont('Helvetica', '', 10.5);
$pdf->Cell(0, 6, w('Date: Saturday, April 25, 2026     Location: PHSI Auditorium and livestream     Activity ID: PHSI-26-0425'), 0, 1, 'C');
$pdf->Ln(6);
// credit table
$pdf->SetFont('Helvetica', 'B', 9.5); $pdf->SetFillColor(225, 235, 242);
$pdf->SetX(32);
$pdf->Cell(92, 7, w('Credit type'), 1, 0, 'L', true);
$pdf->Cell(30, 7, w('Maximum'), 1, 0, 'C', true);
$pdf->Cell(30, 7, w('Claimed'), 1, 1, 'C', true);
$pdf->SetFont('Helvetica', '', 9.5);
$rows = array(array('AMA PRA Category 1 Credits™', '3.00', '—'),
              array('ANCC nursing contact hours', '3.00', '—'),
              array('ACPE pharmacy contact hours', '3.00', '—'),
              array('ASCLS P.A.C.E.® contact hours', '3.00', '2.50'));
foreach ($rows as $r) {
  $pdf->SetX(32);
  $pdf->Cell(92, 7, w($r[0]), 1, 0, 'L');
  $pdf->Cell(30, 7, w($r[1]), 1, 0, 'C');
  $pdf->Cell(30, 7, w($r[2]), 1, 1, 'C');
}
$pdf->Ln(8);
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(60, 60, 60);
$pdf->MultiCell(0, 3.8, w('Jointly Accredited Provider. Pinecrest Health Sciences Institute (PHSI) is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE) and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. PHSI designates this live activity for a maximum of 3.00 AMA PRA Category 1 Credits™; physicians should claim only the credit commensurate with the extent of their participation. Nurses: 3.00 ANCC contact hours. Pharmacists: 3.00 ACPE contact hours (knowledge-based). PHSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. The participant attended 2.50 hours of the program and claimed the credit shown.'), 0, 'J');
$pdf->Ln(14);
$pdf->SetTextColor(0, 0, 0); $pdf->SetDrawColor(0, 0, 0);
$y = $pdf->GetY();
$pdf->Line(22, $y, 90, $y);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(22, $y + 1);
$pdf->Cell(80, 4.5, w('Vivienne A. Castellane, DNP, RN'), 0, 2, 'L');
$pdf->Cell(80, 4.5, w('Director, Continuing Professional Development'), 0, 2, 'L');
$pdf->SetXY(120, $y + 1);
$pdf->Cell(74, 4.5, w('Evaluation completed: 04/27/2026'), 0, 2, 'R');
$pdf->Cell(74, 4.5, w('Learner ID: 100-48826'), 0, 2, 'R');
$pdf->Output('F', $OUT);
'''
    php_pdf(nn, data, code)
    return gold(nn, 'joint-accreditation-cme', 'fpdf',
                ['portrait', 'centred-award', 'table', 'multi-credit', 'claimed-vs-max', 'format-line',
                 'wrapped-title', 'accreditation-statement', 'signature-block', 'distractor-dates',
                 'distractor-numbers'],
                'Four credit types; only the P.A.C.E. row counts; claimed 2.50 of 3.00; evaluation date is a distractor.',
                'Hyun-woo Park',
                "Precision Oncology Update: Liquid Biopsy, Tumor Mutational Burden, and the Laboratory's Role in Companion Diagnostics",
                '2026-04-25', 2.5, 'contact hour',
                ['Pinecrest Health Sciences Institute',
                 'Pinecrest Health Sciences Institute, Center for Continuing Professional Development', 'PHSI'],
                'PHSI-26-0425')


# =========================================================================
# s34  MediaLab certificate + page 2 transcript line and statements, TCPDF
# =========================================================================
@cert
def s34():
    nn = 34
    data = {}
    code = r'''
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(54, 54, 54); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('MediaLab CE Certificate');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 4, 'color' => array(226, 102, 27)));
$pdf->Rect(24, 24, 564, 744);
$pdf->SetFont('helvetica', 'B', 26); $pdf->SetTextColor(226, 102, 27);
$pdf->SetXY(54, 60); $pdf->Cell(504, 30, 'MediaLab', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(90, 90, 90);
$pdf->Cell(504, 14, 'MediaLab, Inc.  ·  Continuing Education for Laboratory Professionals', 0, 2, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavuserif', '', 28); $pdf->SetXY(54, 150); $pdf->Cell(504, 34, 'Certificate of Completion', 0, 2, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(54, 210); $pdf->Cell(504, 16, 'awarded to', 0, 2, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(54, 236); $pdf->Cell(504, 28, 'Desmond T. Ocampo', 0, 2, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(54, 280); $pdf->Cell(504, 16, 'for successfully completing', 0, 2, 'C');
$pdf->SetFont('helvetica', 'B', 17); $pdf->SetXY(54, 306); $pdf->Cell(504, 22, 'Transfusion Reaction Investigation: A Case-Based Approach', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(54, 350);
$pdf->Cell(504, 18, 'Completed on February 2, 2026  —  1.5 contact hours', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(504, 16, 'Course ID: ML-1149      Florida License #: CLS 0051823', 0, 2, 'C');
$pdf->SetFont('helvetica', 'I', 9); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(54, 430); $pdf->Cell(504, 14, 'Accreditation statements and your transcript entry appear on page 2.', 0, 2, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->Line(206, 640, 406, 640);
$pdf->SetFont('helvetica', '', 9); $pdf->SetXY(54, 645);
$pdf->Cell(504, 12, 'Courtney E. Vandermolen, MLS(ASCP)CM', 0, 2, 'C');
$pdf->Cell(504, 12, 'Director of Continuing Education, MediaLab, Inc.', 0, 2, 'C');
// page 2
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 14); $pdf->SetXY(54, 60); $pdf->Cell(504, 20, 'Accreditation and Transcript Information', 0, 2, 'L');
$pdf->SetFont('helvetica', '', 9.5);
$pdf->SetXY(54, 95);
$pdf->MultiCell(504, 0, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.\n\nMediaLab, Inc. is an approved provider of continuing education for clinical laboratory personnel by the Florida Board of Clinical Laboratory Personnel and the California Department of Public Health, Laboratory Field Services. Credit has been reported to CE Broker for the Florida license shown on page 1.\n\nThis certificate documents credit for the ASCP Board of Certification Credential Maintenance Program (CMP) and for AMT CCP.", 0, 'L');
$html = '<table cellpadding="4" border="1" style="font-size:9pt;">
<tr style="background-color:#f3e3d7;font-weight:bold;"><td width="70">Completed</td><td width="60">Course ID</td><td width="300">Course</td><td width="74" align="center">Contact hrs</td></tr>
<tr><td>02/02/2026</td><td>ML-1149</td><td>Transfusion Reaction Investigation: A Case-Based Approach</td><td align="center">1.5</td></tr>
</table>';
$pdf->writeHTMLCell(504, 0, 54, 260, $html, 0, 1);
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(54, 720); $pdf->Cell(504, 12, 'Order no. 2026-02-0077481   ·   Certificate generated 02/02/2026 16:22 CT   ·   Page 2 of 2', 0, 0, 'L');
$pdf->Output($OUT, 'F');
'''
    php_pdf(nn, data, code)
    return gold(nn, 'medialab', 'tcpdf',
                ['portrait', 'centred-award', 'border', 'two-page', 'table', 'accreditation-statement',
                 'signature-block', 'distractor-numbers', 'distractor-dates'],
                'Two pages: certificate, then accreditation statements and a one-line transcript table; Florida license and order numbers are distractors.',
                'Desmond T. Ocampo', 'Transfusion Reaction Investigation: A Case-Based Approach',
                '2026-02-02', 1.5, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-1149')


# =========================================================================
# s35  LabCE course certificate, FODT, portrait, capitals name
# =========================================================================
@cert
def s35():
    nn = 35
    st = ''.join([
        pstyle('Brand', 'start', '26pt', bold=True, font='Nimbus Sans', color='#00807f', after='0in'),
        pstyle('Tag', 'start', '9pt', color='#555555', after='0.5in'),
        pstyle('H', 'start', '13pt', bold=True, color='#00807f', spacing='0.1em', after='0.25in'),
        pstyle('Lab', 'start', '8.5pt', color='#777777', caps=True, after='0in'),
        pstyle('Name', 'start', '20pt', bold=True, after='0.2in'),
        pstyle('Title', 'start', '16pt', after='0.25in', font='P052'),
        pstyle('Val', 'start', '11.5pt', after='0.14in'),
        pstyle('Fine', 'justify', '8.5pt', color='#444444', before='0.25in', after='0.06in'),
    ])
    body = ''.join([
        xp('Brand', 'LabCE'),
        xp('Tag', 'Online continuing education for the clinical laboratory'),
        xp('H', 'CERTIFICATE OF CONTINUING EDUCATION CREDIT'),
        xp('Lab', 'Participant'),
        xp('Name', 'ABIGAIL R. FONTAINE-MBEKI'),
        xp('Lab', 'Course'),
        xp('Title', 'Antibody Identification: Rule-Out Techniques and Panel Interpretation'),
        xp('Lab', 'Course Number'), xp('Val', 'LCE 2291'),
        xp('Lab', 'Date of Completion'), xp('Val', '2026-01-30'),
        xp('Lab', 'Credit'), xp('Val', '1.0 contact hour (ASCLS P.A.C.E.\u00ae), intermediate level'),
        xp('Lab', 'Account'), xp('Val', 'Institutional subscription \u2014 Harbor Point Regional Medical Center, account 55-2207'),
        xp('Fine', 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
                   'ASCLS P.A.C.E.\u00ae Program. Credit for this course was reported to CE Broker on 2026-01-31. '
                   'Certificate reprinted 2026-03-02.'),
    ])
    fodt_pdf(nn, st, body, landscape=False, margin='1in', font='Nimbus Sans',
             page_border='fo:border-left="8pt solid #00807f" fo:padding-left="0.3in"')
    return gold(nn, 'labce', 'soffice-fodt',
                ['portrait', 'labels-above-values', 'all-caps-name', 'accreditation-statement',
                 'distractor-dates', 'distractor-numbers'],
                'Name printed in capitals; subscribing institution and account number are not provider/activity; CE Broker report and reprint dates are distractors.',
                'ABIGAIL R. FONTAINE-MBEKI', 'Antibody Identification: Rule-Out Techniques and Panel Interpretation',
                '2026-01-30', 1.0, 'contact hour', ['LabCE'], 'LCE 2291')


# =========================================================================
# s36  ADLM annual meeting, five days of ACCENT hours, Ghostscript, landscape
# =========================================================================
@cert
def s36():
    nn = 36
    W, H = 792, 612
    p = PS(W, H)
    p.rgb(0.0, 0.33, 0.55)
    p.rect(0, H - 70, W, 70, 0, fill=True)
    p.gray(1)
    p.font('HB', 26)
    p.text(50, H - 45, 'ADLM', 'l')
    p.font('HR', 11)
    p.text(140, H - 38, 'Association for Diagnostics & Laboratory Medicine', 'l')
    p.text(140, H - 53, 'ADLM 2025 Annual Meeting & Clinical Lab Expo', 'l')
    p.gray(0)
    p.font('HB', 20)
    p.text(50, H - 112, 'ACCENT\u00ae Continuing Education Transcript and Certificate', 'l')
    p.font('HR', 11)
    p.text(50, H - 140, 'Attendee:', 'l')
    p.font('HB', 14)
    p.text(130, H - 140, 'Vikram S. Balasubramanian, PhD', 'l')
    p.font('HR', 11)
    p.text(50, H - 160, 'Meeting:', 'l')
    p.text(130, H - 160, 'ADLM 2025 Annual Meeting & Clinical Lab Expo', 'l')
    p.text(50, H - 178, 'Dates:', 'l')
    p.text(130, H - 178, 'July 27\u201331, 2025  \u2022  Chicago, Illinois', 'l')
    p.text(480, H - 140, 'Badge ID: 25AM-0448217', 'l')
    p.text(480, H - 160, 'Customer no.: 1309984', 'l')
    # table of days
    x0, y0 = 50, H - 220
    widths = [150, 300, 120]
    heads = ['Date', 'Sessions attended (count)', 'ACCENT\u00ae contact hours']
    rows = [('Sunday, July 27, 2025', 'Short courses (1)', '3.0'),
            ('Monday, July 28, 2025', 'Plenary, scientific sessions (3)', '4.5'),
            ('Tuesday, July 29, 2025', 'Plenary, scientific sessions (3)', '4.5'),
            ('Wednesday, July 30, 2025', 'Scientific sessions, roundtable (3)', '4.0'),
            ('Thursday, July 31, 2025', 'Plenary, brown-bag session (2)', '2.5')]
    p.rgb(0.88, 0.93, 0.97)
    p.rect(x0, y0 - 6, sum(widths), 20, 0, fill=True)
    p.gray(0)
    p.font('HB', 10)
    x = x0
    for wd, hd in zip(widths, heads):
        p.text(x + 6, y0, hd, 'l'); x += wd
    p.font('HR', 10.5)
    y = y0 - 22
    for r in rows:
        x = x0
        for i, (wd, v) in enumerate(zip(widths, r)):
            p.text(x + 6 if i < 2 else x + wd / 2, y, v, 'l' if i < 2 else 'c'); x += wd
        p.line(x0, y - 6, x0 + sum(widths), y - 6, 0.4)
        y -= 20
    p.font('HB', 11)
    p.text(x0 + 6, y - 2, 'Total ACCENT\u00ae contact hours claimed', 'l')
    p.text(x0 + 450 + 60, y - 2, '18.5', 'c')
    p.font('HR', 8.5)
    p.gray(0.25)
    y -= 40
    for ln in ['ADLM designates each educational session for the number of ACCENT\u00ae contact hours shown in the program. ACCENT\u00ae is the',
               'continuing education credit program of ADLM; credits are accepted by the ASCP BOC Credential Maintenance Program.',
               'Hours were self-reported by the attendee through the meeting app and are subject to audit. Transcript generated 08/15/2025.']:
        p.text(50, y, ln, 'l'); y -= 11
    # side box
    p.rgb(0.0, 0.33, 0.55)
    p.rect(640, 160, 110, 120, 1.5)
    p.font('HB', 30)
    p.text(695, 225, '18.5', 'c')
    p.font('HR', 8)
    p.text(695, 205, 'ACCENT\u00ae', 'c')
    p.text(695, 195, 'contact hours', 'c')
    ps_pdf(nn, p.render())
    return gold(nn, 'national-meeting-multiday', 'ghostscript',
                ['landscape', 'table', 'daily-hours', 'date-range', 'two-column-label-value', 'accreditation-statement',
                 'distractor-numbers', 'distractor-dates'],
                'Five-day meeting with ACCENT hours per day summed to 18.5; no activity number printed (badge and customer numbers are distractors).',
                'Vikram S. Balasubramanian', 'ADLM 2025 Annual Meeting & Clinical Lab Expo', '2025-07-31', 18.5,
                'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], None)


# =========================================================================
# s37  CLSI on-demand course, ReportLab AcroForm flattened by qpdf
# =========================================================================
@cert
def s37():
    nn = 37
    W, H = letter

    def draw(c):
        c.setTitle('CLSI certificate')
        blue = colors.HexColor('#00607a')
        c.setStrokeColor(blue); c.setLineWidth(1); c.roundRect(40, 40, W - 80, H - 80, 14)
        c.setFillColor(blue); c.setFont('Helvetica-Bold', 13)
        c.drawCentredString(W / 2, H - 90, 'Clinical and Laboratory Standards Institute')
        c.setFont('Helvetica', 9); c.setFillColor(colors.HexColor('#555555'))
        c.drawCentredString(W / 2, H - 104, 'CLSI Education  \u00b7  Standards-based training for the laboratory')
        c.setFillColor(colors.black); c.setFont('Times-Roman', 30)
        c.drawCentredString(W / 2, H - 165, 'Certificate of Completion')
        c.setFont('Helvetica-Oblique', 10)
        c.drawCentredString(W / 2, H - 200, 'On-Demand')
        c.setFont('Helvetica-Bold', 15)
        c.drawCentredString(W / 2, H - 222, 'Breakpoint Updates: What\u2019s New in the 2025 M100 Supplement')
        form = c.acroForm
        spec = [('Name of participant', 'learner', 'Oksana V. Hrytsenko, MLS(ASCP)', 'c', 140, H - 300, 332),
                ('Date completed', 'done', 'May 20, 2025', 'l', 110, H - 370, 170),
                ('Program code', 'code', 'CLSI-W2505', 'l', 330, H - 370, 170),
                ('P.A.C.E.\u00ae contact hours', 'hours', '1.0', 'l', 110, H - 430, 170),
                ('Order number', 'order', 'SO-559120', 'l', 330, H - 430, 170)]
        for label, key, val, al, x, y, wd in spec:
            c.setFont('Helvetica', 8.5); c.setFillColor(colors.HexColor('#555555'))
            if al == 'c':
                c.drawCentredString(x + wd / 2, y - 14, label)
            else:
                c.drawString(x, y - 14, label)
            form.textfield(name=key, value=val, x=x, y=y, width=wd, height=24, fontName='Helvetica-Bold' if al == 'c' else 'Helvetica',
                           fontSize=16 if al == 'c' else 11.5, borderWidth=0, fillColor=colors.white,
                           textColor=colors.black, forceBorder=False, fieldFlags=0)
            c.setStrokeColor(colors.HexColor('#999999')); c.setLineWidth(0.6); c.line(x, y, x + wd, y)
        c.setFillColor(colors.HexColor('#444444')); c.setFont('Helvetica', 8.5)
        txt = c.beginText(90, H - 490)
        for ln in ['CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the',
                   'ASCLS P.A.C.E.\u00ae Program. This on-demand program offers 1.0 contact hour. Participants must view the complete',
                   'recording and pass the post-assessment to receive credit. Available for credit until May 31, 2027.']:
            txt.textLine(ln)
        c.drawText(txt)
        c.setStrokeColor(colors.black); c.line(W / 2 - 110, 150, W / 2 + 110, 150)
        c.setFillColor(colors.black); c.setFont('Helvetica', 9)
        c.drawCentredString(W / 2, 138, 'Director, Education and Training Programs')
    rl_form_flatten(nn, draw)
    return gold(nn, 'clsi-on-demand', 'reportlab-acroform-qpdf',
                ['portrait', 'centred-award', 'border', 'form-fields', 'format-line', 'labels-below-lines',
                 'accreditation-statement', 'distractor-numbers', 'distractor-dates'],
                'Fillable fields (name, date, code, hours, order no.) flattened with qpdf; labels sit below the filled values; order number and credit-available-until date are distractors.',
                'Oksana V. Hrytsenko', 'Breakpoint Updates: What\u2019s New in the 2025 M100 Supplement',
                '2025-05-20', 1.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'],
                'CLSI-W2505')


# =========================================================================
# s38  NSH enduring material (self-study), FODT, landscape
# =========================================================================
@cert
def s38():
    nn = 38
    st = ''.join([
        pstyle('Org', 'center', '20pt', bold=True, font='C059', color='#5a3e85', after='0in'),
        pstyle('Acr', 'center', '10pt', color='#5a3e85', spacing='0.3em', after='0.3in'),
        pstyle('H', 'center', '30pt', font='Z003', after='0.2in'),
        pstyle('T', 'center', '11pt', italic=True, font='C059', after='0.05in'),
        pstyle('Name', 'center', '22pt', bold=True, font='C059', after='0.15in'),
        pstyle('Fmt', 'center', '9.5pt', bold=True, color='#5a3e85', spacing='0.15em', before='0.05in', after='0.03in'),
        pstyle('Title', 'center', '15pt', bold=True, font='C059', after='0.22in'),
        pstyle('Row', 'center', '10.5pt', after='0.05in'),
        pstyle('Fine', 'center', '8.5pt', color='#444444', before='0.3in', after='0.03in'),
    ])
    body = ''.join([
        xp('Org', 'National Society for Histotechnology'),
        xp('Acr', 'NSH'),
        xp('H', 'Certificate of Completion'),
        xp('T', 'This acknowledges that'),
        xp('Name', 'Philippa D. Marchetti, HTL(ASCP)'),
        xp('T', 'has successfully completed the self-study activity'),
        xp('Fmt', 'ENDURING MATERIAL'),
        xp('Title', 'Frozen Section Techniques: Cryostat Maintenance, Embedding Media, and Tissue Orientation'),
        xp('Row', 'Course ID: NSH-SS-2512    \u2022    Quiz passed on: 12/12/2025    \u2022    Credit: 2.0 contact hours'),
        xp('Row', 'Member #: 30012    \u2022    Purchased: 11/28/2025'),
        xp('Fine', 'The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical '
                   'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This enduring material was reviewed in 2025 and may be '
                   'completed for credit through 12/31/2027.'),
        xp('Fine', 'Dolores M. Achterhof, HT(ASCP), Chair, Education Committee'),
    ])
    fodt_pdf(nn, st, body, landscape=True, margin='0.6in', font='Liberation Sans',
             page_border='fo:border="4pt ridge #5a3e85" fo:padding="0.25in"')
    return gold(nn, 'nsh-self-study', 'soffice-fodt',
                ['landscape', 'centred-award', 'border', 'format-line', 'script-heading', 'accreditation-statement',
                 'distractor-dates', 'distractor-numbers', 'wrapped-title'],
                'ENDURING MATERIAL format line; "Orientation" in title; purchase date and credit-availability date are distractors.',
                'Philippa D. Marchetti',
                'Frozen Section Techniques: Cryostat Maintenance, Embedding Media, and Tissue Orientation',
                '2025-12-12', 2.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'NSH-SS-2512')


# =========================================================================
# s39  Letter confirming attendance at grand rounds, FODT, portrait
# =========================================================================
@cert
def s39():
    nn = 39
    st = ''.join([
        pstyle('LH1', 'start', '15pt', bold=True, font='C059', color='#1f3a5f', after='0in'),
        pstyle('LH2', 'start', '10.5pt', font='C059', color='#1f3a5f', after='0in'),
        pstyle('LH3', 'start', '8.5pt', color='#666666', after='0.35in',
               extra_p='fo:border-bottom="0.75pt solid #1f3a5f" fo:padding-bottom="0.05in"'),
        pstyle('P', 'justify', '11pt', font='C059', after='0.14in'),
        pstyle('PL', 'start', '11pt', font='C059', after='0in'),
        pstyle('Re', 'start', '11pt', bold=True, font='C059', after='0.18in'),
        pstyle('Ind', 'start', '11pt', font='C059', after='0.04in', extra_p='fo:margin-left="0.5in"'),
        '<style:style style:name="Bd" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
    ])
    body = ''.join([
        xp('LH1', 'Thornbury University Hospital'),
        xp('LH2', 'Department of Laboratory Medicine'),
        xp('LH3', '1100 Ashgrove Avenue, Suite L-200  \u00b7  Laboratory Education Office  \u00b7  Tel. 555-0148'),
        xp('PL', 'January 9, 2026'),
        xp('PL', ''),
        xp('PL', 'Dr. Adaeze Okonjo-Hale'),
        xp('PL', 'Clinical Chemistry Fellow'),
        xp('P', ''),
        xp('Re', 'Re: Verification of attendance and continuing education credit'),
        xp('P', 'Dear Dr. Okonjo-Hale,'),
        xp('P', 'Our records show that you attended the following session of our weekly departmental conference series, '
                'and this letter may be used as documentation for continuing education purposes:'),
        xp('Ind', 'Session: Laboratory Medicine Grand Rounds: Interpreting Serum Free Light Chain Ratios in Renal Impairment'),
        xp('Ind', 'Date held: Wednesday, December 17, 2025, 12:00\u20131:00 p.m.'),
        xp('Ind', 'Session No.: LMGR-1217'),
        xp('Ind', 'Credit: 1.0 CE hour'),
        xp('P', ''),
        xp('P', 'Continuing education hours for Grand Rounds are granted by Thornbury University Hospital, Department of '
                'Laboratory Medicine, to laboratory professionals who sign the attendance roster and stay for the full session. '
                'Physicians attending the same session claim AMA PRA credit separately through the hospital CME office.'),
        xp('P', 'Please keep this letter with your certification maintenance records.'),
        xp('P', 'Sincerely,'),
        xp('PL', ''),
        xp('PL', 'Winifred E. Kasprzak, MS, MLS(ASCP)CM'),
        xp('PL', 'Education Coordinator, Department of Laboratory Medicine'),
    ])
    fodt_pdf(nn, st, body, landscape=False, margin='1in', font='C059')
    return gold(nn, 'attendance-letter', 'soffice-fodt',
                ['portrait', 'letter', 'two-column-label-value', 'distractor-dates', 'signature-block'],
                'Letter date (January 9) is a distractor; honorific "Dr." stripped; series name "Laboratory Medicine Grand Rounds" is part of the title.',
                'Adaeze Okonjo-Hale',
                'Laboratory Medicine Grand Rounds: Interpreting Serum Free Light Chain Ratios in Renal Impairment',
                '2025-12-17', 1.0, 'CE hour',
                ['Thornbury University Hospital', 'Thornbury University Hospital, Department of Laboratory Medicine'],
                'LMGR-1217')


# =========================================================================
# s40  ASCLS national institute, 3 days, daily hours in text, FODT, landscape
# =========================================================================
@cert
def s40():
    nn = 40
    st = ''.join([
        pstyle('Org', 'center', '13pt', bold=True, color='#0b4f8a', spacing='0.08em', after='0in'),
        pstyle('Acr', 'center', '26pt', bold=True, font='URW Gothic', color='#0b4f8a', after='0.15in'),
        pstyle('H', 'center', '22pt', font='P052', after='0.12in'),
        pstyle('T', 'center', '11pt', after='0.04in'),
        pstyle('Name', 'center', '22pt', bold=True, font='P052', after='0.1in'),
        pstyle('Meet', 'center', '16pt', bold=True, font='P052', after='0.03in'),
        pstyle('Dates', 'center', '11pt', after='0.14in'),
        pstyle('Day', 'center', '10.5pt', after='0.02in'),
        pstyle('Tot', 'center', '12pt', bold=True, before='0.08in', after='0.1in'),
        pstyle('Fine', 'center', '8.5pt', color='#444444', before='0.1in', after='0.02in'),
    ])
    body = ''.join([
        xp('Org', 'American Society for Clinical Laboratory Science'),
        xp('Acr', 'ASCLS'),
        xp('H', 'Certificate of Participation'),
        xp('T', 'awarded to'),
        xp('Name', 'Quentin L. Abernathy IV, MS, MLS(ASCP)CM'),
        xp('T', 'for participation in the'),
        xp('Meet', 'ASCLS Leadership Academy Winter Institute'),
        xp('Dates', 'February 19\u201321, 2026  \u00b7  Alexandria, Virginia  \u00b7  Event Code: LAWI-26'),
        xp('Day', 'Thursday, February 19 \u2014 4.5 contact hours'),
        xp('Day', 'Friday, February 20 \u2014 5.0 contact hours'),
        xp('Day', 'Saturday, February 21 \u2014 2.5 contact hours'),
        xp('Tot', 'Total P.A.C.E.\u00ae contact hours: 12.0'),
        xp('Fine', 'ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.'),
        xp('Fine', 'Certificate No. ASCLS-LA-26-0391   \u00b7   Member No. 0051870   \u00b7   Date of issue: March 2, 2026'),
        xp('Fine', 'Lorraine B. Whitfield-Ng, EdD, MLS(ASCP)CM \u2014 Chair, Leadership Academy'),
    ])
    fodt_pdf(nn, st, body, landscape=True, margin='0.5in', font='Liberation Sans',
             page_border='fo:border="6pt double #0b4f8a" fo:padding="0.15in"')
    return gold(nn, 'national-meeting-multiday', 'soffice-fodt',
                ['landscape', 'centred-award', 'border', 'daily-hours', 'date-range', 'accreditation-statement',
                 'distractor-numbers', 'distractor-dates', 'name-suffix'],
                'Three-day institute with daily hours summed to 12.0; roman-numeral suffix IV kept; certificate and member numbers are distractors.',
                'Quentin L. Abernathy IV', 'ASCLS Leadership Academy Winter Institute', '2026-02-21', 12.0,
                'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], 'LAWI-26')


# =========================================================================
def main():
    want = set(sys.argv[1:])
    golds = []
    for fn in CERTS:
        if want and fn.__name__ not in want:
            continue
        g = fn()
        golds.append((fn.__name__, g))
        print('%s  %-34s %-24s %s' % (fn.__name__, g['style'], g['producer'], g['title'][:60]))
    if not want:
        assert len(golds) == 40, len(golds)
        shutil.rmtree(WORK, ignore_errors=True)   # browser/office profiles and temp files
    print('%d certificates written' % len(golds))


if __name__ == '__main__':
    main()
