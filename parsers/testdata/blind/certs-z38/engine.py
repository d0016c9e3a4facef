"""Rendering engine for the z38 blind certificate set.

A certificate is described by a small block language (see certs.py); this
module turns it into a PDF with one of nine producers:

  chromium   HTML  -> headless Chromium --print-to-pdf
  fodt       flat ODF text document -> LibreOffice
  docx       python-docx document -> LibreOffice
  fpdf       PHP + FPDF (ops from the flow layout below)
  tcpdf      PHP + TCPDF (ops from the flow layout below)
  rlcanvas   ReportLab canvas (ops from the flow layout below)
  platypus   ReportLab Platypus flowables (own flow)
  acroform   ReportLab canvas template with AcroForm text fields, filled,
             then flattened with qpdf
  ps         hand-written PostScript -> Ghostscript pdfwrite

Block kinds (dict key 'k'):
  text   s (\n = forced line break), size, b, i, al (c/l/r), sp (space before),
         ls (letter spacing, pt), f (family), color, field (AcroForm field name)
  para   s (auto-wrapped prose), size, al, w (width fraction), i, b, sp, f, color
  kv     rows [(label, value)], lw (label width fraction of w), w, size, sp,
         lb (bold labels), vb (bold values), fields (AcroForm), gap
  cols   cols [(label, value)], under (False: labels above values; True: value
         over a rule with the label underneath), w, size, sp, fields
  table  head [...], rows [[...]], widths [fractions], w, size, sp
  sigs   sigs [(script or None, name, title)], w, size, sp
  banner s, size, bg, fg, sp
  rule   w, sp, color, lw
  space  h
  abs    s, x (fraction of width), y (pt from top), al, size, b, i, color
  page   page break
"""
import html
import json
import os
import re
import subprocess
import textwrap
import zipfile

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, '.profiles')
WORK = os.path.join(HERE, '.profiles', 'work')

DV = '/usr/share/fonts/truetype/dejavu/'
_TTF = {
    'DejaVuSans': 'DejaVuSans.ttf', 'DejaVuSans-Bold': 'DejaVuSans-Bold.ttf',
    'DejaVuSans-Oblique': 'DejaVuSans-Oblique.ttf',
    'DejaVuSans-BoldOblique': 'DejaVuSans-BoldOblique.ttf',
    'DejaVuSerif': 'DejaVuSerif.ttf', 'DejaVuSerif-Bold': 'DejaVuSerif-Bold.ttf',
    'DejaVuSerif-Italic': 'DejaVuSerif-Italic.ttf',
    'DejaVuSerif-BoldItalic': 'DejaVuSerif-BoldItalic.ttf',
}
for _n, _f in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, DV + _f))

# ---------------------------------------------------------------- fonts
STD = {
    'times': ('Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic'),
    'helv': ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'),
    'cour': ('Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique'),
    'dvsans': ('DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'),
    'dvserif': ('DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic'),
}
# families used by the HTML / office producers
CSSFAM = {
    'times': "'Liberation Serif', 'Times New Roman', serif",
    'helv': "'Liberation Sans', Arial, sans-serif",
    'cour': "'Liberation Mono', monospace",
    'dvsans': "'DejaVu Sans', sans-serif",
    'dvserif': "'DejaVu Serif', serif",
    'script': "'Z003', cursive",
    'bookman': "'URW Bookman', serif",
    'palat': "'P052', serif",
    'century': "'C059', serif",
    'gothic': "'URW Gothic', sans-serif",
}
OFFFAM = {'times': 'Liberation Serif', 'helv': 'Liberation Sans', 'cour': 'Liberation Mono',
          'dvsans': 'DejaVu Sans', 'dvserif': 'DejaVu Serif', 'script': 'Z003',
          'bookman': 'URW Bookman', 'palat': 'P052', 'century': 'C059', 'gothic': 'URW Gothic'}
# low-level producers only know a few families
LOWMAP = {'script': 'times', 'bookman': 'times', 'palat': 'times', 'century': 'times',
          'gothic': 'helv'}


def low_family(f, producer):
    f = LOWMAP.get(f, f)
    if producer in ('fpdf', 'ps') and f.startswith('dv'):
        f = 'helv' if f == 'dvsans' else 'times'
    return f


def rlfont(fam, b=False, i=False):
    return STD[fam][(1 if b else 0) + (2 if i else 0)]


def sw(s, font, size, ls=0.0):
    return pdfmetrics.stringWidth(s, font, size) + ls * len(s)


def wrap(s, font, size, width):
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if sw(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


PAGES = {'letter': (612.0, 792.0), 'a4': (595.28, 841.89)}


def page_size(c):
    w, h = PAGES[c.get('paper', 'letter')]
    if c.get('orient', 'P') == 'L':
        w, h = h, w
    return w, h


# ---------------------------------------------------------------- flow layout
def layout(c, producer):
    """Flow the blocks of certificate c into absolute drawing ops (PDF
    coordinates, origin bottom-left). Returns a list of pages (lists of ops).
    Single-page certificates are balanced vertically: the spare height is
    shared out over the block spacings (at most x2.2), the rest split above
    and below."""
    pages, yend = _layout(c, producer, 1.0, 0.0)
    if len(pages) > 1 or not c.get('vbalance', True):
        return pages
    W, H = page_size(c)
    m = c.get('margin', 72 if c.get('orient', 'P') == 'P' else 60)
    limit = m * 0.8
    if c.get('footer'):
        limit = max(limit, max(f.get('y', 40) for f in c['footer']) + 26)
    if c.get('seal') and c['seal'].get('x', 0.5) > 0.3 and c['seal'].get('x', 0.5) < 0.7:
        limit = max(limit, c['seal'].get('y', 110) + c['seal'].get('r', 42) + 14)
    spare = yend - limit
    if spare <= 4:
        return pages
    total_sp = sum(b.get('sp', 0) for b in c['blocks'] if b['k'] not in ('abs', 'page', 'space'))
    k = 1.0
    if total_sp > 0:
        k = min(2.2, 1.0 + spare * 0.7 / total_sp)
    used = total_sp * (k - 1.0)
    shift = max(0.0, (spare - used) / 2.0)
    return _layout(c, producer, k, shift)[0]


def _layout(c, producer, scale, shift):
    W, H = page_size(c)
    m = c.get('margin', 72 if c.get('orient', 'P') == 'P' else 60)
    top = c.get('top', m)
    base = c.get('font', 'times')
    fieldno = [0]

    def fam(blk):
        return low_family(blk.get('f', base), producer)

    pages = []
    ops = []

    def new_page():
        nonlocal ops
        ops = []
        pages.append(ops)
        frame(ops)

    def frame(ops):
        bd = c.get('border')
        col = c.get('bcolor', '#1f3a5f')
        if bd:
            inset = c.get('binset', 24)
            if bd in ('single', 'double', 'ornate', 'thick'):
                wdt = 2.5 if bd == 'thick' else 1.2
                ops.append(dict(op='rect', x=inset, y=inset, w=W - 2 * inset, h=H - 2 * inset,
                                lw=wdt, color=col))
            if bd in ('double', 'ornate'):
                i2 = inset + 6
                ops.append(dict(op='rect', x=i2, y=i2, w=W - 2 * i2, h=H - 2 * i2, lw=0.6,
                                color=col))
            if bd == 'ornate':
                for (x, y) in ((inset, inset), (W - inset, inset), (inset, H - inset),
                               (W - inset, H - inset)):
                    ops.append(dict(op='rect', x=x - 7, y=y - 7, w=14, h=14, lw=1.2, color=col,
                                    fill=col))
        if c.get('topbar'):
            ops.append(dict(op='rect', x=0, y=H - 18, w=W, h=18, lw=0, color=c['topbar'],
                            fill=c['topbar']))
        for f in c.get('footer', []):
            fs = f.get('size', 7.5)
            fnt = rlfont(low_family(f.get('f', 'helv'), producer), f.get('b', False), False)
            al = f.get('al', 'c')
            y = f.get('y', 40)
            add_text(ops, f['s'], fnt, fs, al, m, W - m, y, f.get('color', '#555555'))

    def add_text(ops, s, font, size, al, xl, xr, y, color, ls=0.0, field=None):
        wdt = sw(s, font, size, ls)
        if al == 'c':
            x = (xl + xr) / 2 - wdt / 2
            ax = (xl + xr) / 2
        elif al == 'r':
            x = xr - wdt
            ax = xr
        else:
            x = xl
            ax = xl
        ops.append(dict(op='text', x=x, y=y, ax=ax, al=al, s=s, font=font, size=size,
                        color=color, ls=ls, field=field, w=wdt))

    def fld(blk, explicit=None):
        if producer != 'acroform':
            return None
        if explicit:
            return explicit
        fieldno[0] += 1
        return 'field%02d' % fieldno[0]

    new_page()
    y = H - top - shift
    for blk in c['blocks']:
        k = blk['k']
        sp = blk.get('sp', 0) * scale
        color = blk.get('color', c.get('color', '#111111'))
        if k == 'page':
            new_page()
            y = H - top
            continue
        if k == 'space':
            y -= blk['h']
            continue
        y -= sp
        wf = blk.get('w', 1.0)
        cw = W - 2 * m
        bw = cw * wf
        xl = m + (cw - bw) / 2 if blk.get('al', 'c') != 'l' or k != 'para' else m
        if k in ('text', 'para'):
            size = blk.get('size', 12)
            font = rlfont(fam(blk), blk.get('b', False), blk.get('i', False))
            lead = blk.get('lead', 1.25)
            al = blk.get('al', 'c')
            if k == 'text':
                lines = blk['s'].split('\n')
            else:
                lines = wrap(blk['s'], font, size, bw)
            if al == 'l' and k == 'text':
                xl = m + blk.get('indent', 0)
            xr = xl + bw if k == 'para' or al != 'l' else W - m
            if k == 'text' and al != 'l':
                xl, xr = m, W - m
            for n, line in enumerate(lines):
                fname = blk.get('field')
                if fname and len(lines) > 1:
                    fname = '%s_%d' % (fname, n + 1)
                add_text(ops, line, font, size, al, xl, xr, y - size, color, blk.get('ls', 0),
                         fld(blk, fname) if blk.get('field') else None)
                y -= size * lead
        elif k == 'abs':
            size = blk.get('size', 9)
            font = rlfont(fam(blk), blk.get('b', False), blk.get('i', False))
            x = W * blk['x']
            for n, line in enumerate(blk['s'].split('\n')):
                add_text(ops, line, font, size, blk.get('al', 'l'), x, x, H - blk['y'] - size * 1.25 * n,
                         color)
        elif k == 'banner':
            size = blk.get('size', 14)
            font = rlfont(fam(blk), blk.get('b', True), blk.get('i', False))
            h = size * 2.0
            ops.append(dict(op='rect', x=xl, y=y - h, w=bw, h=h, lw=0, color=blk.get('bg', '#1f3a5f'),
                            fill=blk.get('bg', '#1f3a5f')))
            add_text(ops, blk['s'], font, size, 'c', xl, xl + bw, y - h / 2 - size * 0.35,
                     blk.get('fg', '#ffffff'), blk.get('ls', 0))
            y -= h
        elif k == 'rule':
            ops.append(dict(op='line', x1=xl, y1=y, x2=xl + bw, y2=y, lw=blk.get('lw', 0.8),
                            color=blk.get('color', '#777777')))
        elif k == 'kv':
            size = blk.get('size', 11)
            lw = bw * blk.get('lw', 0.32)
            lfont = rlfont(fam(blk), blk.get('lb', True), blk.get('li', False))
            vfont = rlfont(fam(blk), blk.get('vb', False), False)
            gap = blk.get('gap', 5)
            for label, value in blk['rows']:
                vlines = []
                for part in value.split('\n'):
                    vlines += wrap(part, vfont, size, bw - lw - 6)
                add_text(ops, label, lfont, size, blk.get('lal', 'l'), xl, xl + lw - 10, y - size,
                         blk.get('lcolor', color))
                for n, vl in enumerate(vlines):
                    fname = None
                    if blk.get('fields'):
                        fname = fld(blk)
                    add_text(ops, vl, vfont, size, 'l', xl + lw, xl + bw, y - size - n * size * 1.25,
                             color, 0, fname)
                if blk.get('lines'):
                    ly = y - size - (len(vlines) - 1) * size * 1.25 - 3
                    ops.append(dict(op='line', x1=xl + lw, y1=ly, x2=xl + bw, y2=ly, lw=0.5, color='#888888'))
                y -= len(vlines) * size * 1.25 + gap
        elif k == 'cols':
            size = blk.get('size', 11)
            lsize = blk.get('lsize', size * 0.75)
            n = len(blk['cols'])
            cws = [bw * f for f in blk['widths']] if blk.get('widths') else [bw / n] * n
            cxs = [xl + sum(cws[:j]) for j in range(n)]
            lfont = rlfont(fam(blk), blk.get('lb', False), blk.get('li', False))
            vfont = rlfont(fam(blk), blk.get('vb', True), False)
            lcol = blk.get('lcolor', '#555555')
            under = blk.get('under', False)
            cal = blk.get('cal', 'l')
            if not under:
                for j, (label, value) in enumerate(blk['cols']):
                    cx, colw = cxs[j], cws[j]
                    add_text(ops, label, lfont, lsize, cal, cx, cx + colw - 12, y - lsize, lcol)
                    fname = fld(blk) if blk.get('fields') else None
                    add_text(ops, value, vfont, size, cal, cx, cx + colw - 12,
                             y - lsize - 6 - size, color, 0, fname)
                    if blk.get('rule', False):
                        ops.append(dict(op='line', x1=cx, y1=y - lsize - size - 10, x2=cx + colw - 12,
                                        y2=y - lsize - size - 10, lw=0.5, color='#888888'))
                y -= lsize + size + 14
            else:
                for j, (label, value) in enumerate(blk['cols']):
                    cx, colw = cxs[j], cws[j]
                    fname = fld(blk) if blk.get('fields') else None
                    add_text(ops, value, vfont, size, cal, cx + 6, cx + colw - 6, y - size, color, 0,
                             fname)
                    ops.append(dict(op='line', x1=cx + 6, y1=y - size - 5, x2=cx + colw - 6,
                                    y2=y - size - 5, lw=0.6, color='#444444'))
                    add_text(ops, label, lfont, lsize, cal, cx + 6, cx + colw - 6,
                             y - size - 8 - lsize, lcol)
                y -= size + lsize + 16
        elif k == 'table':
            size = blk.get('size', 10)
            widths = [bw * f for f in blk['widths']]
            hfont = rlfont(fam(blk), True, False)
            vfont = rlfont(fam(blk), False, False)
            rows = [('h', blk['head'])] + [('r', r) for r in blk['rows']]
            top_y = y
            for kind, row in rows:
                font = hfont if kind == 'h' else vfont
                cells = [wrap(str(v), font, size, widths[j] - 8) if v else [''] for j, v in enumerate(row)]
                nl = max(len(cl) for cl in cells)
                rh = nl * size * 1.25 + 8
                if kind == 'h':
                    ops.append(dict(op='rect', x=xl, y=y - rh, w=bw, h=rh, lw=0,
                                    color=blk.get('hbg', '#dde4ee'), fill=blk.get('hbg', '#dde4ee')))
                cx = xl
                for j, cl in enumerate(cells):
                    for n, line in enumerate(cl):
                        fname = fld(blk) if (blk.get('fields') and kind == 'r' and line) else None
                        add_text(ops, line, font, size, 'l', cx + 4, cx + widths[j] - 4,
                                 y - 4 - size - n * size * 1.25 + 1.5, color, 0, fname)
                    cx += widths[j]
                y -= rh
                ops.append(dict(op='line', x1=xl, y1=y, x2=xl + bw, y2=y, lw=0.5, color='#666666'))
            ops.append(dict(op='line', x1=xl, y1=top_y, x2=xl + bw, y2=top_y, lw=0.5, color='#666666'))
            cx = xl
            for wdt in [0] + widths:
                cx += wdt
                ops.append(dict(op='line', x1=cx, y1=top_y, x2=cx, y2=y, lw=0.5, color='#666666'))
        elif k == 'sigs':
            size = blk.get('size', 10)
            n = len(blk['sigs'])
            colw = bw / n
            nfont = rlfont(fam(blk), blk.get('nb', True), False)
            tfont = rlfont(fam(blk), False, blk.get('ti', False))
            sfont = rlfont(low_family('times', producer), False, True)
            maxh = 0
            for j, (script, name, title) in enumerate(blk['sigs']):
                cx0 = xl + j * colw + 14
                cx1 = xl + (j + 1) * colw - 14
                yy = y
                if script:
                    add_text(ops, script, sfont, size * 1.8, 'c', cx0, cx1, yy - size * 1.8, '#1a2a6c')
                yy -= size * 2.3
                ops.append(dict(op='line', x1=cx0, y1=yy, x2=cx1, y2=yy, lw=0.7, color='#333333'))
                yy -= 4
                add_text(ops, name, nfont, size, 'c', cx0, cx1, yy - size, color)
                yy -= size * 1.3
                for tl in title.split('\n'):
                    add_text(ops, tl, tfont, size * 0.9, 'c', cx0, cx1, yy - size * 0.9, '#333333')
                    yy -= size * 1.15
                maxh = max(maxh, y - yy)
            y -= maxh
        else:
            raise ValueError(k)
    seal = c.get('seal')
    if seal:
        ops0 = pages[0]
        cx = W * seal.get('x', 0.5)
        cy = seal.get('y', 110)
        r = seal.get('r', 42)
        col = seal.get('color', '#9c1c1c')
        ops0.append(dict(op='circle', cx=cx, cy=cy, r=r, lw=2.2, color=col, fill=seal.get('fill')))
        ops0.append(dict(op='circle', cx=cx, cy=cy, r=r - 5, lw=0.8, color=col, fill=None))
        lines = seal['s'].split('\n')
        fs = seal.get('size', 8)
        fnt = rlfont(low_family('helv', producer), True, False)
        y0 = cy + (len(lines) - 1) * fs * 0.6 - fs * 0.35
        for n, line in enumerate(lines):
            add_text(ops0, line, fnt, fs, 'c', cx, cx, y0 - n * fs * 1.2,
                     seal.get('tcolor', col))
    return pages, y


def rgb(hexs):
    hexs = hexs.lstrip('#')
    return tuple(int(hexs[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


# ---------------------------------------------------------------- ReportLab canvas / AcroForm
def render_rl(c, out, producer='rlcanvas'):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import Color
    W, H = page_size(c)
    pages = layout(c, producer)
    cv = canvas.Canvas(out, pagesize=(W, H), pageCompression=1)
    cv.setTitle(c.get('meta_title', 'Certificate'))
    cv.setAuthor(c.get('meta_author', ''))
    for ops in pages:
        for op in ops:
            if op['op'] == 'rect':
                cv.setLineWidth(op['lw'] or 0.01)
                cv.setStrokeColorRGB(*rgb(op['color']))
                if op.get('fill'):
                    cv.setFillColorRGB(*rgb(op['fill']))
                cv.rect(op['x'], op['y'], op['w'], op['h'], stroke=1 if op['lw'] else 0,
                        fill=1 if op.get('fill') else 0)
            elif op['op'] == 'line':
                cv.setLineWidth(op['lw'])
                cv.setStrokeColorRGB(*rgb(op['color']))
                cv.line(op['x1'], op['y1'], op['x2'], op['y2'])
            elif op['op'] == 'circle':
                cv.setLineWidth(op['lw'])
                cv.setStrokeColorRGB(*rgb(op['color']))
                if op.get('fill'):
                    cv.setFillColorRGB(*rgb(op['fill']))
                cv.circle(op['cx'], op['cy'], op['r'], stroke=1, fill=1 if op.get('fill') else 0)
            elif op['op'] == 'text':
                if op.get('field'):
                    r, g, b = rgb(op['color'])
                    cv.acroForm.textfield(
                        name=op['field'], tooltip=op['field'], value=op['s'],
                        x=op['x'] - 2, y=op['y'] - op['size'] * 0.3,
                        width=op['w'] + 4 + op['size'] * 2, height=op['size'] * 1.35,
                        fontName=op['font'], fontSize=op['size'], borderWidth=0,
                        borderColor=None, fillColor=Color(1, 1, 1, alpha=0), textColor=Color(r, g, b),
                        forceBorder=False, fieldFlags='')
                    continue
                cv.setFillColorRGB(*rgb(op['color']))
                t = cv.beginText(op['x'], op['y'])
                t.setFont(op['font'], op['size'])
                t.setCharSpace(op['ls'] or 0)
                t.textOut(op['s'])
                cv.drawText(t)
        cv.showPage()
    cv.save()


def render_acroform(c, out):
    os.makedirs(WORK, exist_ok=True)
    tmp = os.path.join(WORK, os.path.basename(out)[:-4] + '.form.pdf')
    render_rl(c, tmp, 'acroform')
    r = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', tmp, out],
                       stderr=subprocess.PIPE)
    if r.returncode not in (0, 3):  # 3 = succeeded with warnings
        raise RuntimeError('qpdf failed: %s' % r.stderr.decode())


# ---------------------------------------------------------------- PHP FPDF / TCPDF
FPDF_PHP = r'''<?php
define('FPDF_FONTPATH', '/usr/share/php/fpdf/font/');
require('/usr/share/php/fpdf/fpdf.php');
$d = json_decode(file_get_contents($argv[1]), true);
$W = $d['W']; $H = $d['H'];
$pdf = new FPDF($W > $H ? 'L' : 'P', 'pt', array(min($W,$H), max($W,$H)));
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle($d['title'], true);
$pdf->SetAuthor($d['author'], true);
$map = array('Times-Roman'=>array('Times',''), 'Times-Bold'=>array('Times','B'),
 'Times-Italic'=>array('Times','I'), 'Times-BoldItalic'=>array('Times','BI'),
 'Helvetica'=>array('Helvetica',''), 'Helvetica-Bold'=>array('Helvetica','B'),
 'Helvetica-Oblique'=>array('Helvetica','I'), 'Helvetica-BoldOblique'=>array('Helvetica','BI'),
 'Courier'=>array('Courier',''), 'Courier-Bold'=>array('Courier','B'));
function col($h) { return array(hexdec(substr($h,1,2)), hexdec(substr($h,3,2)), hexdec(substr($h,5,2))); }
function enc($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
foreach ($d['pages'] as $ops) {
  $pdf->AddPage();
  foreach ($ops as $o) {
    if ($o['op'] == 'rect') {
      $c = col($o['color']); $pdf->SetDrawColor($c[0],$c[1],$c[2]);
      $st = '';
      if ($o['lw'] > 0) { $pdf->SetLineWidth($o['lw']); $st .= 'D'; }
      if (!empty($o['fill'])) { $f = col($o['fill']); $pdf->SetFillColor($f[0],$f[1],$f[2]); $st .= 'F'; }
      if ($st == 'DF') $st = 'FD';
      $pdf->Rect($o['x'], $H - $o['y'] - $o['h'], $o['w'], $o['h'], $st);
    } elseif ($o['op'] == 'line') {
      $c = col($o['color']); $pdf->SetDrawColor($c[0],$c[1],$c[2]);
      $pdf->SetLineWidth($o['lw']);
      $pdf->Line($o['x1'], $H - $o['y1'], $o['x2'], $H - $o['y2']);
    } elseif ($o['op'] == 'circle') {
      /* approximate a circle with a 72-segment polygon */
      $c = col($o['color']); $pdf->SetDrawColor($c[0],$c[1],$c[2]);
      $pdf->SetLineWidth($o['lw']);
      for ($i = 0; $i < 72; $i++) {
        $a1 = 2*M_PI*$i/72; $a2 = 2*M_PI*($i+1)/72;
        $pdf->Line($o['cx']+$o['r']*cos($a1), $H-($o['cy']+$o['r']*sin($a1)),
                   $o['cx']+$o['r']*cos($a2), $H-($o['cy']+$o['r']*sin($a2)));
      }
    } else {
      $f = $map[$o['font']];
      $pdf->SetFont($f[0], $f[1], $o['size']);
      $c = col($o['color']); $pdf->SetTextColor($c[0],$c[1],$c[2]);
      $s = enc($o['s']);
      if ($o['ls'] > 0) {
        $x = $o['x'];
        for ($i = 0; $i < strlen($s); $i++) {
          $ch = $s[$i];
          $pdf->Text($x, $H - $o['y'], $ch);
          $x += $pdf->GetStringWidth($ch) + $o['ls'];
        }
      } else {
        $pdf->Text($o['x'], $H - $o['y'], $s);
      }
    }
  }
}
$pdf->Output('F', $argv[2]);
'''

TCPDF_PHP = r'''<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$d = json_decode(file_get_contents($argv[1]), true);
$W = $d['W']; $H = $d['H'];
class CertPDF extends TCPDF { public function noPoweredBy() { $this->tcpdflink = false; } }
$pdf = new CertPDF($W > $H ? 'L' : 'P', 'pt', array(min($W,$H), max($W,$H)), true, 'UTF-8', false);
$pdf->noPoweredBy();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false, 0);
$pdf->SetCreator($d['creator']);
$pdf->SetTitle($d['title']); $pdf->SetAuthor($d['author']);
$map = array('Times-Roman'=>array('times',''), 'Times-Bold'=>array('times','B'),
 'Times-Italic'=>array('times','I'), 'Times-BoldItalic'=>array('times','BI'),
 'Helvetica'=>array('helvetica',''), 'Helvetica-Bold'=>array('helvetica','B'),
 'Helvetica-Oblique'=>array('helvetica','I'), 'Helvetica-BoldOblique'=>array('helvetica','BI'),
 'DejaVuSans'=>array('dejavusans',''), 'DejaVuSans-Bold'=>array('dejavusans','B'),
 'DejaVuSans-Oblique'=>array('dejavusans','I'), 'DejaVuSans-BoldOblique'=>array('dejavusans','BI'),
 'DejaVuSerif'=>array('dejavuserif',''), 'DejaVuSerif-Bold'=>array('dejavuserif','B'),
 'DejaVuSerif-Italic'=>array('dejavuserif','I'), 'DejaVuSerif-BoldItalic'=>array('dejavuserif','BI'),
 'Courier'=>array('courier',''), 'Courier-Bold'=>array('courier','B'));
function col($h) { return array(hexdec(substr($h,1,2)), hexdec(substr($h,3,2)), hexdec(substr($h,5,2))); }
foreach ($d['pages'] as $ops) {
  $pdf->AddPage();
  foreach ($ops as $o) {
    if ($o['op'] == 'rect') {
      $c = col($o['color']);
      $style = array('width' => max($o['lw'], 0.01), 'color' => $c);
      $mode = ($o['lw'] > 0 ? 'D' : '') . (!empty($o['fill']) ? 'F' : '');
      if ($mode == 'DF') $mode = 'DF';
      $fill = !empty($o['fill']) ? col($o['fill']) : array();
      $pdf->Rect($o['x'], $H - $o['y'] - $o['h'], $o['w'], $o['h'], $mode, array('all' => $style), $fill);
    } elseif ($o['op'] == 'line') {
      $pdf->Line($o['x1'], $H - $o['y1'], $o['x2'], $H - $o['y2'],
                 array('width' => $o['lw'], 'color' => col($o['color'])));
    } elseif ($o['op'] == 'circle') {
      $fill = !empty($o['fill']) ? col($o['fill']) : array();
      $pdf->Circle($o['cx'], $H - $o['cy'], $o['r'], 0, 360, empty($o['fill']) ? 'D' : 'DF',
                   array('width' => $o['lw'], 'color' => col($o['color'])), $fill);
    } else {
      $f = $map[$o['font']];
      $pdf->SetFont($f[0], $f[1], $o['size']);
      $c = col($o['color']); $pdf->SetTextColor($c[0],$c[1],$c[2]);
      $pdf->setFontSpacing($o['ls']);
      /* TCPDF places text by the top of the cell; use Cell with baseline calign */
      $w = $pdf->GetStringWidth($o['s']);
      if ($o['al'] == 'c') $x = $o['ax'] - $w / 2;
      elseif ($o['al'] == 'r') $x = $o['ax'] - $w;
      else $x = $o['ax'];
      $pdf->SetXY($x, $H - $o['y']);
      $pdf->Cell($w + 2, 0, $o['s'], 0, 0, 'L', false, '', 0, false, 'L', 'B');
    }
  }
}
$pdf->Output($argv[2], 'F');
'''


def render_php(c, out, which):
    W, H = page_size(c)
    pages = layout(c, which)
    d = dict(W=W, H=H, pages=pages, title=c.get('meta_title', 'Certificate'),
             author=c.get('meta_author', ''), creator=c.get('meta_creator', 'Certificate generator'))
    os.makedirs(WORK, exist_ok=True)
    jf = os.path.join(WORK, os.path.basename(out) + '.json')
    pf = os.path.join(WORK, which + '_render.php')
    with open(jf, 'w') as f:
        json.dump(d, f)
    with open(pf, 'w') as f:
        f.write(FPDF_PHP if which == 'fpdf' else TCPDF_PHP)
    subprocess.run(['php', pf, jf, os.path.abspath(out)], check=True)


# ---------------------------------------------------------------- PostScript
PS_EXTRA = {0x2d: 'hyphen', 0x27: 'quotesingle', 0x60: 'grave', 0x91: 'quoteleft', 0x92: 'quoteright', 0x93: 'quotedblleft', 0x94: 'quotedblright',
            0x95: 'bullet', 0x96: 'endash', 0x97: 'emdash', 0x99: 'trademark', 0x80: 'Euro'}


def ps_str(s):
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


def render_ps(c, out):
    W, H = page_size(c)
    pages = layout(c, 'ps')
    L = ['%!PS-Adobe-3.0', '%%Title: ' + c.get('meta_title', 'Certificate'),
         '%%Creator: ' + c.get('meta_creator', 'certgen.ps'),
         '%%BoundingBox: 0 0 %d %d' % (W, H), '%%Pages: %d' % len(pages), '%%EndComments',
         '<< /PageSize [%g %g] >> setpagedevice' % (W, H),
         '% re-encode the standard fonts with a Windows-1252-like vector',
         '/WinVec ISOLatin1Encoding 256 array copy def']
    for code, name in PS_EXTRA.items():
        L.append('WinVec %d /%s put' % (code, name))
    L += ['/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
          '  /Encoding WinVec def currentdict end definefont pop } bind def']
    fonts = set(op['font'] for p in pages for op in p if op['op'] == 'text')
    for f in sorted(fonts):
        L.append('/%s-W /%s reenc' % (f, f))
    L.append('/T { moveto show } bind def  % (str) x y T')
    for n, ops in enumerate(pages):
        L.append('%%%%Page: %d %d' % (n + 1, n + 1))
        for op in ops:
            if op['op'] == 'rect':
                col = '%.3f %.3f %.3f setrgbcolor' % rgb(op.get('fill') or op['color'])
                if op.get('fill'):
                    L.append('%s newpath %.2f %.2f %.2f %.2f rectfill' % (col, op['x'], op['y'], op['w'], op['h']))
                if op['lw']:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f %.2f rectstroke'
                             % (rgb(op['color']) + (op['lw'], op['x'], op['y'], op['w'], op['h'])))
            elif op['op'] == 'line':
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke'
                         % (rgb(op['color']) + (op['lw'], op['x1'], op['y1'], op['x2'], op['y2'])))
            elif op['op'] == 'circle':
                if op.get('fill'):
                    L.append('%.3f %.3f %.3f setrgbcolor newpath %.2f %.2f %.2f 0 360 arc fill'
                             % (rgb(op['fill']) + (op['cx'], op['cy'], op['r'])))
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc stroke'
                         % (rgb(op['color']) + (op['lw'], op['cx'], op['cy'], op['r'])))
            else:
                L.append('%.3f %.3f %.3f setrgbcolor /%s-W findfont %.2f scalefont setfont'
                         % (rgb(op['color']) + (op['font'], op['size'])))
                if op['ls']:
                    L.append('%.2f %.2f moveto %.2f 0 %s ashow' % (op['x'], op['y'], op['ls'], ps_str(op['s'])))
                else:
                    L.append('%s %.2f %.2f T' % (ps_str(op['s']), op['x'], op['y']))
        L.append('showpage')
    L.append('%%EOF')
    os.makedirs(WORK, exist_ok=True)
    psf = os.path.join(WORK, os.path.basename(out)[:-4] + '.ps')
    with open(psf, 'w', encoding='latin-1') as f:
        f.write('\n'.join(L) + '\n')
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-dDEVICEWIDTHPOINTS=%g' % W, '-dDEVICEHEIGHTPOINTS=%g' % H, '-dFIXEDMEDIA',
                    '-sOutputFile=' + out, psf], check=True)


# ---------------------------------------------------------------- HTML / Chromium
def _fam(c, blk, key='f'):
    return blk.get(key, c.get('font', 'times'))


def esc(s):
    return html.escape(s, quote=False)


def _lines_html(s):
    return '<br>'.join(esc(x) for x in s.split('\n'))


def render_html(c):
    W, H = page_size(c)
    m = c.get('margin', 72 if c.get('orient', 'P') == 'P' else 60)
    top = c.get('top', m)
    cw = W - 2 * m
    ALN = {'c': 'center', 'l': 'left', 'r': 'right'}

    def font_css(fam, size, b=False, i=False, color=None, ls=0):
        st = 'font-family:%s;font-size:%.1fpt;' % (CSSFAM[fam], size)
        st += 'font-weight:%s;' % ('bold' if b else 'normal')
        if i:
            st += 'font-style:italic;'
        if color:
            st += 'color:%s;' % color
        if ls:
            st += 'letter-spacing:%.1fpt;' % ls
        return st

    def frame_html():
        out = []
        bd = c.get('border')
        col = c.get('bcolor', '#1f3a5f')
        inset = c.get('binset', 24)
        if bd:
            wdt = 2.5 if bd == 'thick' else 1.2
            out.append('<div style="position:absolute;left:%gpt;top:%gpt;width:%gpt;height:%gpt;'
                       'border:%gpt solid %s;box-sizing:border-box"></div>'
                       % (inset, inset, W - 2 * inset, H - 2 * inset, wdt, col))
            if bd in ('double', 'ornate'):
                i2 = inset + 6
                out.append('<div style="position:absolute;left:%gpt;top:%gpt;width:%gpt;height:%gpt;'
                           'border:0.6pt solid %s;box-sizing:border-box"></div>'
                           % (i2, i2, W - 2 * i2, H - 2 * i2, col))
            if bd == 'ornate':
                for (x, y) in ((inset, inset), (W - inset, inset), (inset, H - inset), (W - inset, H - inset)):
                    out.append('<div style="position:absolute;left:%gpt;top:%gpt;width:14pt;height:14pt;'
                               'background:%s"></div>' % (x - 7, y - 7, col))
        if c.get('topbar'):
            out.append('<div style="position:absolute;left:0;top:0;width:%gpt;height:18pt;background:%s"></div>'
                       % (W, c['topbar']))
        for f in c.get('footer', []):
            fs = f.get('size', 7.5)
            out.append('<div style="position:absolute;left:%gpt;width:%gpt;top:%gpt;text-align:%s;%s">%s</div>'
                       % (m, cw, H - f.get('y', 40) - fs, ALN[f.get('al', 'c')],
                          font_css(f.get('f', 'helv'), fs, f.get('b', False), False, f.get('color', '#555555')),
                          esc(f['s'])))
        return out

    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>'
             % esc(c.get('meta_title', 'Certificate')),
             '@page { size: %gpt %gpt; margin: 0 }' % (W, H),
             'html,body{margin:0;padding:0;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
             '.pg{position:relative;width:%gpt;height:%gpt;overflow:hidden;page-break-after:always}' % (W, H),
             '.ct{position:absolute;left:%gpt;top:%gpt;width:%gpt}' % (m, top, cw),
             'table{border-collapse:collapse} td,th{vertical-align:top}',
             '</style></head><body>']
    first = True

    def open_page():
        nonlocal first
        parts.append('<div class="pg">')
        parts.extend(frame_html())
        seal = c.get('seal')
        if seal and first:
            r = seal.get('r', 42)
            col = seal.get('color', '#9c1c1c')
            cx = W * seal.get('x', 0.5)
            cy = H - seal.get('y', 110)
            parts.append('<div style="position:absolute;left:%gpt;top:%gpt;width:%gpt;height:%gpt;border-radius:50%%;'
                         'border:2.2pt solid %s;background:%s;box-sizing:border-box;display:flex;align-items:center;'
                         'justify-content:center;text-align:center;%s"><div style="border:0.8pt solid %s;border-radius:50%%;'
                         'width:%gpt;height:%gpt;display:flex;align-items:center;justify-content:center">%s</div></div>'
                         % (cx - r, cy - r, 2 * r, 2 * r, col, seal.get('fill') or 'transparent',
                            font_css('helv', seal.get('size', 8), True, False, seal.get('tcolor', col)), col,
                            2 * r - 14, 2 * r - 14, _lines_html(seal['s'])))
        for blk in c['blocks']:
            if blk['k'] == 'abs' and first:
                size = blk.get('size', 9)
                x = W * blk['x']
                al = blk.get('al', 'l')
                if al == 'l':
                    pos = 'left:%gpt;' % x
                elif al == 'r':
                    pos = 'right:%gpt;' % (W - x)
                else:
                    pos = 'left:%gpt;width:400pt;margin-left:-200pt;' % x
                parts.append('<div style="position:absolute;%stop:%gpt;text-align:%s;white-space:nowrap;%s">%s</div>'
                             % (pos, blk['y'], ALN[al], font_css(_fam(c, blk), size, blk.get('b', False),
                                                              blk.get('i', False), blk.get('color', '#333333')),
                                _lines_html(blk['s'])))
        first = False
        parts.append('<div class="ct">')

    open_page()
    for blk in c['blocks']:
        k = blk['k']
        sp = blk.get('sp', 0)
        color = blk.get('color', c.get('color', '#111111'))
        fam = _fam(c, blk)
        wf = blk.get('w', 1.0)
        if k == 'abs':
            continue
        if k == 'page':
            parts.append('</div></div>')
            open_page()
            continue
        if k == 'space':
            parts.append('<div style="height:%gpt"></div>' % blk['h'])
            continue
        if k in ('text', 'para'):
            size = blk.get('size', 12)
            al = ALN[blk.get('al', 'c')]
            st = font_css(fam, size, blk.get('b', False), blk.get('i', False), color, blk.get('ls', 0))
            st += 'line-height:%g;margin-top:%gpt;text-align:%s;' % (blk.get('lead', 1.25), sp, al)
            if k == 'para':
                if blk.get('al', 'c') == 'l':
                    st += 'width:%gpt;' % (cw * wf)
                else:
                    st += 'width:%gpt;margin-left:auto;margin-right:auto;' % (cw * wf)
            elif blk.get('al') == 'l' and blk.get('indent'):
                st += 'margin-left:%gpt;' % blk['indent']
            parts.append('<div style="%s">%s</div>' % (st, _lines_html(blk['s'])))
        elif k == 'banner':
            size = blk.get('size', 14)
            parts.append('<div style="margin:%gpt auto 0;width:%gpt;background:%s;text-align:center;padding:%gpt 0;%s">%s</div>'
                         % (sp, cw * wf, blk.get('bg', '#1f3a5f'), size * 0.45,
                            font_css(fam, size, blk.get('b', True), False, blk.get('fg', '#ffffff'), blk.get('ls', 0)),
                            esc(blk['s'])))
        elif k == 'rule':
            parts.append('<div style="margin:%gpt auto 0;width:%gpt;border-top:%gpt solid %s"></div>'
                         % (sp, cw * wf, blk.get('lw', 0.8), blk.get('color', '#777777')))
        elif k == 'kv':
            size = blk.get('size', 11)
            lw = blk.get('lw', 0.32)
            rows = []
            for label, value in blk['rows']:
                vst = font_css(fam, size, blk.get('vb', False), False, color)
                if blk.get('lines'):
                    vst += 'border-bottom:0.5pt solid #888;'
                rows.append('<tr><td style="width:%g%%;padding:0 8pt %gpt 0;text-align:%s;%s">%s</td>'
                            '<td style="padding:0 0 %gpt 0;%s">%s</td></tr>'
                            % (lw * 100, blk.get('gap', 5), {'l': 'left', 'r': 'right'}[blk.get('lal', 'l')],
                               font_css(fam, size, blk.get('lb', True), blk.get('li', False), blk.get('lcolor', color)),
                               esc(label), blk.get('gap', 5), vst, _lines_html(value)))
            parts.append('<table style="margin:%gpt auto 0;width:%gpt;line-height:1.25">%s</table>'
                         % (sp, cw * wf, ''.join(rows)))
        elif k == 'cols':
            size = blk.get('size', 11)
            lsize = blk.get('lsize', size * 0.75)
            n = len(blk['cols'])
            al = {'l': 'left', 'c': 'center', 'r': 'right'}[blk.get('cal', 'l')]
            lst = font_css(fam, lsize, blk.get('lb', False), blk.get('li', False), blk.get('lcolor', '#555555'))
            vst = font_css(fam, size, blk.get('vb', True), False, color)
            pct = [f * 100 for f in blk['widths']] if blk.get('widths') else [100.0 / n] * n
            if not blk.get('under'):
                r1 = ''.join('<td style="width:%g%%;text-align:%s;padding-right:12pt;%s">%s</td>'
                             % (pct[j], al, lst, esc(l)) for j, (l, v) in enumerate(blk['cols']))
                bb = 'border-bottom:0.5pt solid #888;' if blk.get('rule') else ''
                r2 = ''.join('<td style="text-align:%s;padding:4pt 12pt 2pt 0;%s%s">%s</td>'
                             % (al, vst, bb, esc(v)) for l, v in blk['cols'])
                parts.append('<table style="margin:%gpt auto 0;width:%gpt"><tr>%s</tr><tr>%s</tr></table>'
                             % (sp, cw * wf, r1, r2))
            else:
                r1 = ''.join('<td style="width:%g%%;text-align:%s;padding:0 6pt"><div style="border-bottom:0.6pt solid #444;padding-bottom:3pt;%s">%s</div></td>'
                             % (pct[j], al, vst, esc(v)) for j, (l, v) in enumerate(blk['cols']))
                r2 = ''.join('<td style="text-align:%s;padding:2pt 6pt;%s">%s</td>' % (al, lst, esc(l))
                             for l, v in blk['cols'])
                parts.append('<table style="margin:%gpt auto 0;width:%gpt"><tr>%s</tr><tr>%s</tr></table>'
                             % (sp, cw * wf, r1, r2))
        elif k == 'table':
            size = blk.get('size', 10)
            cell = 'border:0.5pt solid #666;padding:3pt 4pt;text-align:left;'
            h = ''.join('<th style="%swidth:%g%%;background:%s;%s">%s</th>'
                        % (cell, f * 100, blk.get('hbg', '#dde4ee'), font_css(fam, size, True, False, color), esc(x))
                        for x, f in zip(blk['head'], blk['widths']))
            rows = ''.join('<tr>%s</tr>' % ''.join('<td style="%s%s">%s</td>'
                                                  % (cell, font_css(fam, size, False, False, color), esc(str(v)))
                                                  for v in r) for r in blk['rows'])
            parts.append('<table style="margin:%gpt auto 0;width:%gpt"><tr>%s</tr>%s</table>'
                         % (sp, cw * wf, h, rows))
        elif k == 'sigs':
            size = blk.get('size', 10)
            n = len(blk['sigs'])
            cells = []
            for script, name, title in blk['sigs']:
                cells.append('<td style="width:%g%%;text-align:center;padding:0 14pt">'
                             '<div style="height:%gpt;%s">%s</div>'
                             '<div style="border-top:0.7pt solid #333;padding-top:4pt;%s">%s</div>'
                             '<div style="%s;line-height:1.25">%s</div></td>'
                             % (100.0 / n, size * 2.3, font_css('script', size * 1.8, False, False, '#1a2a6c'),
                                esc(script or ''), font_css(fam, size, blk.get('nb', True), False, color), esc(name),
                                font_css(fam, size * 0.9, False, blk.get('ti', False), '#333333'), _lines_html(title)))
            parts.append('<table style="margin:%gpt auto 0;width:%gpt"><tr>%s</tr></table>'
                         % (sp, cw * wf, ''.join(cells)))
        else:
            raise ValueError(k)
    parts.append('</div></div></body></html>')
    return '\n'.join(parts)


def render_chromium(c, out):
    os.makedirs(WORK, exist_ok=True)
    hf = os.path.join(WORK, os.path.basename(out)[:-4] + '.html')
    with open(hf, 'w', encoding='utf-8') as f:
        f.write(render_html(c))
    prof = os.path.join(PROFILES, 'chromium')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    '--user-data-dir=' + prof, '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw',
                    '--print-to-pdf=' + os.path.abspath(out), 'file://' + hf],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- LibreOffice conversion
def soffice(src, outdir):
    prof = os.path.join(PROFILES, 'lo')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- flat ODF (.fodt) / LibreOffice Writer
def xesc(s):
    return html.escape(s, quote=True)


def render_fodt_xml(c):
    W, H = page_size(c)
    m = c.get('margin', 72 if c.get('orient', 'P') == 'P' else 60)
    top = c.get('top', m)
    cw = W - 2 * m
    ALN = {'c': 'center', 'l': 'start', 'r': 'end'}
    pstyles = {}
    astyles = []

    def pstyle(fam, size, b=False, i=False, color='#111111', ls=0, al='c', mt=0, ml=0, mr=0,
               bg=None, bbottom=None, btop=None, brk=False, lead=1.25, pt=0, pb=0):
        key = (fam, size, b, i, color, ls, al, mt, ml, mr, bg, bbottom, btop, brk, lead, pt, pb)
        if key in pstyles:
            return pstyles[key]
        name = 'P%d' % (len(pstyles) + 1)
        pstyles[key] = name
        pp = 'fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="0pt" fo:margin-left="%.1fpt" ' \
             'fo:margin-right="%.1fpt" fo:line-height="%d%%"' % (ALN[al], mt, ml, mr, int(lead * 100 - 8))
        if bg:
            pp += ' fo:background-color="%s" fo:padding-top="%.1fpt" fo:padding-bottom="%.1fpt"' % (bg, pt, pb)
        if bbottom:
            pp += ' fo:border-bottom="%s" fo:padding-bottom="%.1fpt"' % (bbottom, pb)
        if btop:
            pp += ' fo:border-top="%s" fo:padding-top="%.1fpt"' % (btop, pt)
        if brk:
            pp += ' fo:break-before="page"'
        tp = 'style:font-name="%s" fo:font-size="%.1fpt" fo:font-weight="%s" fo:font-style="%s" fo:color="%s"' % (
            OFFFAM[fam], size, 'bold' if b else 'normal', 'italic' if i else 'normal', color)
        if ls:
            tp += ' fo:letter-spacing="%.2fpt"' % ls
        astyles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
                       '<style:text-properties %s/></style:style>' % (name, pp, tp))
        return name

    tcount = [0]

    def table(colw, rows, border=None, mt=0, align='center', cellpad=2, cellstyles=None):
        """rows: list of lists of (paragraph xml, cellprops)"""
        tcount[0] += 1
        tn = 'T%d' % tcount[0]
        tw = sum(colw)
        astyles.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.1fpt" '
                       'table:align="%s" fo:margin-top="%.1fpt"/></style:style>' % (tn, tw, align, mt))
        out = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
        for j, w in enumerate(colw):
            cn = '%s.C%d' % (tn, j)
            astyles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                           'style:column-width="%.1fpt"/></style:style>' % (cn, w))
            out.append('<table:table-column table:style-name="%s"/>' % cn)
        cellst = {}
        for row in rows:
            out.append('<table:table-row>')
            for px, props in row:
                props = props or 'fo:border="none"'
                props += ' fo:padding="%.1fpt"' % cellpad if 'fo:padding' not in props else ''
                if props not in cellst:
                    cellst[props] = '%s.K%d' % (tn, len(cellst))
                    astyles.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/>'
                                   '</style:style>' % (cellst[props], props))
                out.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                           % (cellst[props], px))
            out.append('</table:table-row>')
        out.append('</table:table>')
        return ''.join(out)

    def para(style, s):
        return '<text:p text:style-name="%s">%s</text:p>' % (
            style, '<text:line-break/>'.join(xesc(x) for x in s.split('\n')))

    body = []
    header = []
    footer = []
    pending_break = False
    for blk in c['blocks']:
        k = blk['k']
        sp = blk.get('sp', 0)
        color = blk.get('color', c.get('color', '#111111'))
        fam = _fam(c, blk)
        wf = blk.get('w', 1.0)
        bw = cw * wf
        if k == 'page':
            pending_break = True
            continue
        brk = pending_break
        if k == 'abs':
            st = pstyle(fam, blk.get('size', 9), blk.get('b', False), blk.get('i', False),
                        blk.get('color', '#333333'), 0, blk.get('al', 'l'))
            (header if blk['y'] < H / 2 else footer).append(para(st, blk['s']))
            continue
        if k == 'space':
            body.append(para(pstyle(fam, max(1, blk['h'] / 1.25), brk=brk, lead=1.0), ''))
            pending_break = False
            continue
        if k in ('table', 'kv', 'cols', 'sigs') and brk:
            body.append(para(pstyle(fam, 2, brk=True, lead=1.0), ''))
            brk = False
        pending_break = False
        if k in ('text', 'para'):
            size = blk.get('size', 12)
            ml = mr = 0
            if k == 'para' and wf < 1:
                if blk.get('al', 'c') == 'l':
                    mr = cw - bw
                else:
                    ml = mr = (cw - bw) / 2
            if k == 'text' and blk.get('al') == 'l':
                ml = blk.get('indent', 0)
            st = pstyle(fam, size, blk.get('b', False), blk.get('i', False), color, blk.get('ls', 0),
                        blk.get('al', 'c'), sp, ml, mr, brk=brk, lead=blk.get('lead', 1.25))
            body.append(para(st, blk['s']))
        elif k == 'banner':
            size = blk.get('size', 14)
            st = pstyle(fam, size, blk.get('b', True), False, blk.get('fg', '#ffffff'), blk.get('ls', 0), 'c', sp,
                        (cw - bw) / 2, (cw - bw) / 2, bg=blk.get('bg', '#1f3a5f'), pt=size * 0.4, pb=size * 0.4,
                        brk=brk)
            body.append(para(st, blk['s']))
        elif k == 'rule':
            st = pstyle(fam, 2, False, False, color, 0, 'c', sp, (cw - bw) / 2, (cw - bw) / 2,
                        bbottom='%.1fpt solid %s' % (blk.get('lw', 0.8), blk.get('color', '#777777')), brk=brk, lead=1.0)
            body.append(para(st, ''))
        elif k == 'kv':
            size = blk.get('size', 11)
            lw = bw * blk.get('lw', 0.32)
            lst = pstyle(fam, size, blk.get('lb', True), blk.get('li', False), blk.get('lcolor', color), 0,
                         blk.get('lal', 'l'))
            vst = pstyle(fam, size, blk.get('vb', False), False, color, 0, 'l')
            vprops = 'fo:border="none" fo:border-bottom="0.5pt solid #888888"' if blk.get('lines') else None
            rows = [[(para(lst, l), 'fo:border="none" fo:padding-bottom="%.1fpt" fo:padding-right="6pt"' % blk.get('gap', 5)),
                     (para(vst, v), (vprops or 'fo:border="none"') + ' fo:padding-bottom="%.1fpt"' % blk.get('gap', 5))]
                    for l, v in blk['rows']]
            body.append(table([lw, bw - lw], rows, mt=sp))
        elif k == 'cols':
            size = blk.get('size', 11)
            lsize = blk.get('lsize', size * 0.75)
            n = len(blk['cols'])
            cal = blk.get('cal', 'l')
            lst = pstyle(fam, lsize, blk.get('lb', False), blk.get('li', False), blk.get('lcolor', '#555555'), 0, cal)
            vst = pstyle(fam, size, blk.get('vb', True), False, color, 0, cal)
            if not blk.get('under'):
                bb = ' fo:border-bottom="0.5pt solid #888888"' if blk.get('rule') else ''
                rows = [[(para(lst, l), None) for l, v in blk['cols']],
                        [(para(vst, v), 'fo:border="none"' + bb) for l, v in blk['cols']]]
            else:
                rows = [[(para(vst, v), 'fo:border="none" fo:border-bottom="0.6pt solid #444444"') for l, v in blk['cols']],
                        [(para(lst, l), None) for l, v in blk['cols']]]
            body.append(table([bw * f for f in blk['widths']] if blk.get('widths') else [bw / n] * n, rows, mt=sp,
                              cellpad=4))
        elif k == 'table':
            size = blk.get('size', 10)
            hst = pstyle(fam, size, True, False, color, 0, 'l')
            vst = pstyle(fam, size, False, False, color, 0, 'l')
            cell = 'fo:border="0.5pt solid #666666"'
            rows = [[(para(hst, h), cell + ' fo:background-color="%s"' % blk.get('hbg', '#dde4ee')) for h in blk['head']]]
            rows += [[(para(vst, str(v)), cell) for v in r] for r in blk['rows']]
            body.append(table([bw * f for f in blk['widths']], rows, mt=sp, cellpad=3))
        elif k == 'sigs':
            size = blk.get('size', 10)
            n = len(blk['sigs'])
            sst = pstyle('script', size * 1.8, False, False, '#1a2a6c', 0, 'c')
            nst = pstyle(fam, size, blk.get('nb', True), False, color, 0, 'c')
            tst = pstyle(fam, size * 0.9, False, blk.get('ti', False), '#333333', 0, 'c')
            gapw = 28.0
            sigw = (bw - gapw * (n - 1)) / n
            row1, row2, colw = [], [], []
            empty = '<text:p text:style-name="%s"/>' % nst
            for j, (s, nm, t) in enumerate(blk['sigs']):
                if j:
                    row1.append((empty, None))
                    row2.append((empty, None))
                    colw.append(gapw)
                row1.append((para(sst, s or ''), 'fo:border="none" fo:padding="0pt"'))
                row2.append((para(nst, nm) + para(tst, t),
                             'fo:border="none" fo:border-top="0.7pt solid #333333" fo:padding="3pt"'))
                colw.append(sigw)
            body.append(table(colw, [row1, row2], mt=sp, cellpad=3))
        else:
            raise ValueError(k)
    for f in c.get('footer', []):
        st = pstyle(f.get('f', 'helv'), f.get('size', 7.5), f.get('b', False), False, f.get('color', '#555555'), 0,
                    f.get('al', 'c'))
        footer.append(para(st, f['s']))

    bd = c.get('border')
    col = c.get('bcolor', '#1f3a5f')
    inset = c.get('binset', 24)
    pl = ''
    if bd:
        pm = inset
        if bd in ('double', 'ornate'):
            pl = ' fo:border="4.5pt double %s" style:border-line-width="1.2pt 1.5pt 0.6pt"' % col
        else:
            pl = ' fo:border="%.1fpt solid %s"' % (2.5 if bd == 'thick' else 1.2, col)
        pl += ' fo:padding-left="%.1fpt" fo:padding-right="%.1fpt" fo:padding-top="%.1fpt" fo:padding-bottom="%.1fpt"' % (
            m - inset, m - inset, top - inset, m - inset - (30 if footer else 0))
        mtop, mside, mbot = inset, inset, inset
    else:
        mtop, mside, mbot = top, m, m - (30 if footer else 0)
    fonts = ''.join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (v, v) for v in sorted(set(OFFFAM.values())))
    hdr = ''
    if header:
        hdr = '<style:header>%s</style:header>' % ''.join(header)
    ftr = ''
    if footer:
        ftr = '<style:footer>%s</style:footer>' % ''.join(footer)
    xml = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><meta:initial-creator>%(author)s</meta:initial-creator></office:meta>
<office:font-face-decls>%(fonts)s</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%(W).1fpt" fo:page-height="%(H).1fpt"
 style:print-orientation="%(orient)s" fo:margin-top="%(mtop).1fpt" fo:margin-bottom="%(mbot).1fpt" fo:margin-left="%(mside).1fpt"
 fo:margin-right="%(mside).1fpt"%(pl)s/>
<style:header-style><style:header-footer-properties fo:min-height="0pt" fo:margin-bottom="4pt"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="6pt"/></style:footer-style>
</style:page-layout>
%(astyles)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%(hdr)s%(ftr)s</style:master-page></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
''' % dict(title=xesc(c.get('meta_title', 'Certificate')), author=xesc(c.get('meta_author', '')), fonts=fonts,
           W=W, H=H, orient='landscape' if W > H else 'portrait', mtop=mtop, mbot=mbot, mside=mside, pl=pl,
           astyles='\n'.join(astyles), hdr=hdr, ftr=ftr, body='\n'.join(body))
    return xml


def render_fodt(c, out, keep_src=None):
    os.makedirs(WORK, exist_ok=True)
    stem = os.path.basename(out)[:-4]
    src = os.path.join(WORK, stem + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(render_fodt_xml(c))
    soffice(src, WORK)
    os.replace(os.path.join(WORK, stem + '.pdf'), out)


# ---------------------------------------------------------------- Word .docx (python-docx) / LibreOffice
def render_docx_file(c, path):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    W, H = page_size(c)
    m = c.get('margin', 72 if c.get('orient', 'P') == 'P' else 60)
    top = c.get('top', m)
    cw = W - 2 * m
    ALN = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}
    doc = Document()
    doc.core_properties.title = c.get('meta_title', 'Certificate')
    doc.core_properties.author = c.get('meta_author', '')
    sec = doc.sections[0]
    if W > H:
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Pt(W)
    sec.page_height = Pt(H)
    sec.left_margin = sec.right_margin = Pt(m)
    sec.top_margin = Pt(top)
    sec.bottom_margin = Pt(m - 10)
    sec.header_distance = Pt(30)
    sec.footer_distance = Pt(28)
    # default paragraph spacing off
    st = doc.styles['Normal']
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.font.name = OFFFAM[c.get('font', 'times')]

    bd = c.get('border')
    if bd:
        col = c.get('bcolor', '#1f3a5f').lstrip('#').upper()
        val = {'single': 'single', 'thick': 'single', 'double': 'double', 'ornate': 'thinThickSmallGap'}[bd]
        sz = {'single': 12, 'thick': 24, 'double': 12, 'ornate': 24}[bd]
        pb = OxmlElement('w:pgBorders')
        pb.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), val)
            e.set(qn('w:sz'), str(sz))
            e.set(qn('w:space'), str(int(c.get('binset', 24))))
            e.set(qn('w:color'), col)
            pb.append(e)
        sp_el = sec._sectPr
        # pgBorders must come after pgMar
        pgmar = sp_el.find(qn('w:pgMar'))
        pgmar.addnext(pb)

    def set_font(run, fam, size, b=False, i=False, color='#111111', ls=0):
        run.font.name = OFFFAM[fam]
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        rf.set(qn('w:eastAsia'), OFFFAM[fam])
        rf.set(qn('w:cs'), OFFFAM[fam])
        run.font.size = Pt(size)
        run.font.bold = b
        run.font.italic = i
        run.font.color.rgb = RGBColor.from_string(color.lstrip('#').upper())
        if ls:
            e = OxmlElement('w:spacing')
            e.set(qn('w:val'), str(int(ls * 20)))
            rpr.append(e)

    def add_par(container, s, fam, size, b=False, i=False, color='#111111', ls=0, al='c', sp=0, ml=0, mr=0,
                lead=1.25, first=False):
        p = container.add_paragraph() if not first else container.paragraphs[0]
        p.alignment = ALN[al]
        pf = p.paragraph_format
        pf.space_before = Pt(sp)
        pf.space_after = Pt(0)
        pf.left_indent = Pt(ml)
        pf.right_indent = Pt(mr)
        pf.line_spacing = lead * 0.87
        lines = s.split('\n')
        for n, line in enumerate(lines):
            r = p.add_run(line)
            set_font(r, fam, size, b, i, color, ls)
            if n < len(lines) - 1:
                r.add_break()
        return p

    def pborder(p, side, spec):
        ppr = p._element.get_or_add_pPr()
        pbdr = ppr.find(qn('w:pBdr'))
        if pbdr is None:
            pbdr = OxmlElement('w:pBdr')
            ppr.append(pbdr)
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'single')
        e.set(qn('w:sz'), str(spec[0]))
        e.set(qn('w:space'), '2')
        e.set(qn('w:color'), spec[1].lstrip('#').upper())
        pbdr.append(e)

    def shade(el_pr, fill):
        e = OxmlElement('w:shd')
        e.set(qn('w:val'), 'clear')
        e.set(qn('w:color'), 'auto')
        e.set(qn('w:fill'), fill.lstrip('#').upper())
        el_pr.append(e)

    def cell_border(cell, side, sz, color):
        tcpr = cell._element.get_or_add_tcPr()
        b = tcpr.find(qn('w:tcBorders'))
        if b is None:
            b = OxmlElement('w:tcBorders')
            tcpr.append(b)
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'single')
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), '0')
        e.set(qn('w:color'), color.lstrip('#').upper())
        b.append(e)

    def new_table(nrows, colw, sp):
        if sp:
            # an empty paragraph whose space-before carries the gap
            add_par(doc, '', c.get('font', 'times'), 1, sp=max(0, sp - 2), lead=1.0)
        t = doc.add_table(rows=nrows, cols=len(colw))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        tblpr = t._tbl.tblPr
        tw = OxmlElement('w:tblW')
        tw.set(qn('w:w'), str(int(sum(colw) * 20)))
        tw.set(qn('w:type'), 'dxa')
        old = tblpr.find(qn('w:tblW'))
        if old is not None:
            tblpr.remove(old)
        tblpr.append(tw)
        lay = OxmlElement('w:tblLayout')
        lay.set(qn('w:type'), 'fixed')
        tblpr.append(lay)
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn('w:gridCol'))):
            gc.set(qn('w:w'), str(int(colw[j] * 20)))
        for j, w in enumerate(colw):
            for cell in t.columns[j].cells:
                cell.width = Pt(w)
        return t

    def cell_par(cell, s, fam, size, b=False, i=False, color='#111111', al='l', sp=0):
        return add_par(cell, s, fam, size, b, i, color, 0, al, sp, first=True)

    for blk in c['blocks']:
        k = blk['k']
        sp = blk.get('sp', 0)
        color = blk.get('color', c.get('color', '#111111'))
        fam = _fam(c, blk)
        wf = blk.get('w', 1.0)
        bw = cw * wf
        if k == 'abs':
            cont = sec.header if blk['y'] < H / 2 else sec.footer
            first = not cont.paragraphs[0].text and not getattr(cont, '_used', False)
            add_par(cont, blk['s'], fam, blk.get('size', 9), blk.get('b', False), blk.get('i', False),
                    blk.get('color', '#333333'), 0, blk.get('al', 'l'), first=first)
            cont._used = True
            continue
        if k == 'page':
            doc.add_page_break()
            continue
        if k == 'space':
            add_par(doc, '', fam, 1, sp=blk['h'], lead=1.0)
            continue
        if k in ('text', 'para'):
            ml = mr = 0
            if k == 'para' and wf < 1:
                if blk.get('al', 'c') == 'l':
                    mr = cw - bw
                else:
                    ml = mr = (cw - bw) / 2
            if k == 'text' and blk.get('al') == 'l':
                ml = blk.get('indent', 0)
            add_par(doc, blk['s'], fam, blk.get('size', 12), blk.get('b', False), blk.get('i', False), color,
                    blk.get('ls', 0), blk.get('al', 'c'), sp, ml, mr, blk.get('lead', 1.25))
        elif k == 'banner':
            size = blk.get('size', 14)
            p = add_par(doc, blk['s'], fam, size, blk.get('b', True), False, blk.get('fg', '#ffffff'), blk.get('ls', 0),
                        'c', sp, (cw - bw) / 2, (cw - bw) / 2)
            shade(p._element.get_or_add_pPr(), blk.get('bg', '#1f3a5f'))
        elif k == 'rule':
            p = add_par(doc, '', fam, 2, sp=sp, ml=(cw - bw) / 2, mr=(cw - bw) / 2, lead=1.0)
            pborder(p, 'bottom', (int(blk.get('lw', 0.8) * 8), blk.get('color', '#777777')))
        elif k == 'kv':
            size = blk.get('size', 11)
            lw = bw * blk.get('lw', 0.32)
            t = new_table(len(blk['rows']), [lw, bw - lw], sp)
            for r, (label, value) in enumerate(blk['rows']):
                cell_par(t.cell(r, 0), label, fam, size, blk.get('lb', True), blk.get('li', False),
                         blk.get('lcolor', color), blk.get('lal', 'l'), blk.get('gap', 5) if r else 0)
                cell_par(t.cell(r, 1), value, fam, size, blk.get('vb', False), False, color, 'l',
                         blk.get('gap', 5) if r else 0)
                if blk.get('lines'):
                    cell_border(t.cell(r, 1), 'bottom', 4, '#888888')
        elif k == 'cols':
            size = blk.get('size', 11)
            lsize = blk.get('lsize', size * 0.75)
            n = len(blk['cols'])
            cal = blk.get('cal', 'l')
            t = new_table(2, [bw * f for f in blk['widths']] if blk.get('widths') else [bw / n] * n, sp)
            for j, (label, value) in enumerate(blk['cols']):
                if not blk.get('under'):
                    cell_par(t.cell(0, j), label, fam, lsize, blk.get('lb', False), blk.get('li', False),
                             blk.get('lcolor', '#555555'), cal)
                    cell_par(t.cell(1, j), value, fam, size, blk.get('vb', True), False, color, cal, 3)
                    if blk.get('rule'):
                        cell_border(t.cell(1, j), 'bottom', 4, '#888888')
                else:
                    cell_par(t.cell(0, j), value, fam, size, blk.get('vb', True), False, color, cal)
                    cell_border(t.cell(0, j), 'bottom', 5, '#444444')
                    cell_par(t.cell(1, j), label, fam, lsize, blk.get('lb', False), blk.get('li', False),
                             blk.get('lcolor', '#555555'), cal, 2)
        elif k == 'table':
            size = blk.get('size', 10)
            t = new_table(len(blk['rows']) + 1, [bw * f for f in blk['widths']], sp)
            for j, h in enumerate(blk['head']):
                cell_par(t.cell(0, j), h, fam, size, True, False, color)
                shade(t.cell(0, j)._element.get_or_add_tcPr(), blk.get('hbg', '#dde4ee'))
            for r, row in enumerate(blk['rows']):
                for j, v in enumerate(row):
                    cell_par(t.cell(r + 1, j), str(v), fam, size, False, False, color)
            for row in t.rows:
                for cell in row.cells:
                    for side in ('top', 'left', 'bottom', 'right'):
                        cell_border(cell, side, 4, '#666666')
        elif k == 'sigs':
            size = blk.get('size', 10)
            n = len(blk['sigs'])
            gapw = 28.0
            sigw = (bw - gapw * (n - 1)) / n
            colw = []
            for j in range(n):
                colw += [sigw] + ([gapw] if j < n - 1 else [])
            t = new_table(2, colw, sp)
            for j, (script, name, title) in enumerate(blk['sigs']):
                cj = 2 * j
                cell_par(t.cell(0, cj), script or ' ', 'script', size * 1.8, False, False, '#1a2a6c', 'c')
                cell_border(t.cell(0, cj), 'bottom', 6, '#333333')
                cell_par(t.cell(1, cj), name, fam, size, blk.get('nb', True), False, color, 'c', 3)
                add_par(t.cell(1, cj), title, fam, size * 0.9, False, blk.get('ti', False), '#333333', 0, 'c')
        else:
            raise ValueError(k)
    for f in c.get('footer', []):
        cont = sec.footer
        first = not getattr(cont, '_used', False)
        add_par(cont, f['s'], f.get('f', 'helv'), f.get('size', 7.5), f.get('b', False), False,
                f.get('color', '#555555'), 0, f.get('al', 'c'), first=first)
        cont._used = True
    doc.save(path)


def render_docx(c, out):
    os.makedirs(WORK, exist_ok=True)
    stem = os.path.basename(out)[:-4]
    src = os.path.join(WORK, stem + '.docx')
    render_docx_file(c, src)
    soffice(src, WORK)
    os.replace(os.path.join(WORK, stem + '.pdf'), out)


# ---------------------------------------------------------------- ReportLab Platypus
def draw_ops(cv, ops):
    for op in ops:
        if op['op'] == 'rect':
            cv.setLineWidth(op['lw'] or 0.01)
            cv.setStrokeColorRGB(*rgb(op['color']))
            if op.get('fill'):
                cv.setFillColorRGB(*rgb(op['fill']))
            cv.rect(op['x'], op['y'], op['w'], op['h'], stroke=1 if op['lw'] else 0, fill=1 if op.get('fill') else 0)
        elif op['op'] == 'line':
            cv.setLineWidth(op['lw'])
            cv.setStrokeColorRGB(*rgb(op['color']))
            cv.line(op['x1'], op['y1'], op['x2'], op['y2'])
        elif op['op'] == 'circle':
            cv.setLineWidth(op['lw'])
            cv.setStrokeColorRGB(*rgb(op['color']))
            if op.get('fill'):
                cv.setFillColorRGB(*rgb(op['fill']))
            cv.circle(op['cx'], op['cy'], op['r'], stroke=1, fill=1 if op.get('fill') else 0)
        elif op['op'] == 'text':
            cv.setFillColorRGB(*rgb(op['color']))
            t = cv.beginText(op['x'], op['y'])
            t.setFont(op['font'], op['size'])
            t.setCharSpace(op['ls'] or 0)
            t.textOut(op['s'])
            cv.drawText(t)


def render_platypus(c, out):
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                    Spacer, PageBreak)
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib import colors

    W, H = page_size(c)
    m = c.get('margin', 72 if c.get('orient', 'P') == 'P' else 60)
    top = c.get('top', m)
    cw = W - 2 * m
    ALN = {'c': TA_CENTER, 'l': TA_LEFT, 'r': TA_RIGHT}
    base = c.get('font', 'times')
    first_ops = _layout(dict(c, blocks=[b for b in c['blocks'] if b['k'] == 'abs']), 'platypus', 1.0, 0.0)[0][0]
    later_ops = _layout(dict(c, blocks=[], seal=None), 'platypus', 1.0, 0.0)[0][0]

    def on_first(cv, doc):
        draw_ops(cv, first_ops)

    def on_later(cv, doc):
        draw_ops(cv, later_ops)

    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=top, bottomMargin=m - 20,
                          title=c.get('meta_title', 'Certificate'), author=c.get('meta_author', ''),
                          creator=c.get('meta_creator', 'ReportLab'))
    fr = Frame(m, m - 20, cw, H - top - m + 20, id='f', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate('first', [fr], onPage=on_first, autoNextPageTemplate='later'),
                          PageTemplate('later', [fr], onPage=on_later)])

    def fam(blk):
        return low_family(blk.get('f', base), 'platypus')

    def pst(f, size, b=False, i=False, color='#111111', al='c', sp=0, lead=1.25, li=0, ri=0):
        return ParagraphStyle('s', fontName=rlfont(f, b, i), fontSize=size, leading=size * lead,
                              textColor=colors.HexColor(color), alignment=ALN[al], spaceBefore=sp, leftIndent=li,
                              rightIndent=ri)

    def ptext(s, ls=0):
        s = esc(s)
        if ls:
            s = '&nbsp;&nbsp;&nbsp;'.join(' '.join(w) for w in s.split(' '))
        return s.replace('\n', '<br/>')

    story = []
    for blk in c['blocks']:
        k = blk['k']
        sp = blk.get('sp', 0)
        color = blk.get('color', c.get('color', '#111111'))
        f = fam(blk)
        wf = blk.get('w', 1.0)
        bw = cw * wf
        if k == 'abs':
            continue
        if k == 'page':
            story.append(PageBreak())
            continue
        if k == 'space':
            story.append(Spacer(1, blk['h']))
            continue
        if k in ('text', 'para'):
            li = ri = 0
            if k == 'para' and wf < 1:
                if blk.get('al', 'c') == 'l':
                    ri = cw - bw
                else:
                    li = ri = (cw - bw) / 2
            if k == 'text' and blk.get('al') == 'l':
                li = blk.get('indent', 0)
            story.append(Paragraph(ptext(blk['s'], blk.get('ls', 0)),
                                   pst(f, blk.get('size', 12), blk.get('b', False), blk.get('i', False), color,
                                       blk.get('al', 'c'), sp, blk.get('lead', 1.25), li, ri)))
        elif k == 'banner':
            size = blk.get('size', 14)
            t = Table([[Paragraph(ptext(blk['s'], blk.get('ls', 0)),
                                  pst(f, size, blk.get('b', True), False, blk.get('fg', '#ffffff')))]], colWidths=[bw])
            t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(blk.get('bg', '#1f3a5f'))),
                                   ('TOPPADDING', (0, 0), (-1, -1), size * 0.4),
                                   ('BOTTOMPADDING', (0, 0), (-1, -1), size * 0.5)]))
            story += [Spacer(1, sp), t]
        elif k == 'rule':
            story.append(HRFlowable(width=bw, thickness=blk.get('lw', 0.8), color=colors.HexColor(blk.get('color', '#777777')),
                                    spaceBefore=sp, spaceAfter=0))
        elif k == 'kv':
            size = blk.get('size', 11)
            lw = bw * blk.get('lw', 0.32)
            ls = pst(f, size, blk.get('lb', True), blk.get('li', False), blk.get('lcolor', color), blk.get('lal', 'l'))
            vs = pst(f, size, blk.get('vb', False), False, color, 'l')
            data = [[Paragraph(ptext(l), ls), Paragraph(ptext(v), vs)] for l, v in blk['rows']]
            t = Table(data, colWidths=[lw, bw - lw])
            sty = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                   ('BOTTOMPADDING', (0, 0), (-1, -1), blk.get('gap', 5)), ('TOPPADDING', (0, 0), (-1, -1), 0)]
            if blk.get('lines'):
                sty.append(('LINEBELOW', (1, 0), (1, -1), 0.5, colors.HexColor('#888888')))
            t.setStyle(TableStyle(sty))
            story += [Spacer(1, sp), t]
        elif k == 'cols':
            size = blk.get('size', 11)
            lsize = blk.get('lsize', size * 0.75)
            n = len(blk['cols'])
            cal = blk.get('cal', 'l')
            ls = pst(f, lsize, blk.get('lb', False), blk.get('li', False), blk.get('lcolor', '#555555'), cal)
            vs = pst(f, size, blk.get('vb', True), False, color, cal)
            labels = [Paragraph(ptext(l), ls) for l, v in blk['cols']]
            values = [Paragraph(ptext(v), vs) for l, v in blk['cols']]
            if not blk.get('under'):
                t = Table([labels, values], colWidths=[bw * f for f in blk['widths']] if blk.get('widths') else [bw / n] * n)
                sty = [('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 12)]
                if blk.get('rule'):
                    sty.append(('LINEBELOW', (0, 1), (-1, 1), 0.5, colors.HexColor('#888888')))
            else:
                t = Table([values, labels], colWidths=[bw * f for f in blk['widths']] if blk.get('widths') else [bw / n] * n)
                sty = [('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.HexColor('#444444')),
                       ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6)]
            t.setStyle(TableStyle(sty))
            story += [Spacer(1, sp), t]
        elif k == 'table':
            size = blk.get('size', 10)
            hs = pst(f, size, True, False, color, 'l', lead=1.2)
            vs = pst(f, size, False, False, color, 'l', lead=1.2)
            data = [[Paragraph(ptext(h), hs) for h in blk['head']]]
            data += [[Paragraph(ptext(str(v)), vs) for v in r] for r in blk['rows']]
            t = Table(data, colWidths=[bw * x for x in blk['widths']])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#666666')),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(blk.get('hbg', '#dde4ee'))),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story += [Spacer(1, sp), t]
        elif k == 'sigs':
            size = blk.get('size', 10)
            n = len(blk['sigs'])
            ss = pst(low_family('times', 'platypus'), size * 1.8, False, True, '#1a2a6c', 'c', lead=1.1)
            ns = pst(f, size, blk.get('nb', True), False, color, 'c')
            ts = pst(f, size * 0.9, False, blk.get('ti', False), '#333333', 'c')
            row1 = [Paragraph(ptext(s or ''), ss) for s, nm, t in blk['sigs']]
            row2 = [[Paragraph(ptext(nm), ns), Paragraph(ptext(t), ts)] for s, nm, t in blk['sigs']]
            t = Table([row1, row2], colWidths=[bw / n] * n)
            sty = [('LEFTPADDING', (0, 0), (-1, -1), 14), ('RIGHTPADDING', (0, 0), (-1, -1), 14),
                   ('VALIGN', (0, 0), (-1, 0), 'BOTTOM'), ('VALIGN', (0, 1), (-1, 1), 'TOP')]
            for j in range(n):
                sty.append(('LINEBELOW', (j, 0), (j, 0), 0.7, colors.HexColor('#333333')))
            t.setStyle(TableStyle(sty))
            story += [Spacer(1, sp), t]
        else:
            raise ValueError(k)
    doc.build(story)


# ---------------------------------------------------------------- dispatch
def render(c, out):
    p = c['producer']
    if p in ('chromium', 'fodt', 'docx', 'platypus') and c.get('spx', 1.0) != 1.0:
        # the flowing producers are not balanced automatically: stretch block spacing by hand
        c = dict(c, blocks=[dict(b, sp=b['sp'] * c['spx']) if 'sp' in b else b for b in c['blocks']])
    if p == 'chromium':
        render_chromium(c, out)
    elif p == 'fodt':
        render_fodt(c, out)
    elif p == 'docx':
        render_docx(c, out)
    elif p in ('fpdf', 'tcpdf'):
        render_php(c, out, p)
    elif p == 'rlcanvas':
        render_rl(c, out)
    elif p == 'acroform':
        render_acroform(c, out)
    elif p == 'platypus':
        render_platypus(c, out)
    elif p == 'ps':
        render_ps(c, out)
    else:
        raise ValueError(p)
