# -*- coding: utf-8 -*-
"""Producer engines for the z17 blind certificate set.

One renderer per producer; all read the same block description from certs.py:
  chromium-html, libreoffice-fodt, docx-libreoffice, reportlab-canvas,
  reportlab-platypus, acroform-flattened, ghostscript-ps (here) and
  fpdf / tcpdf (PHP engines fpdf_engine.php / tcpdf_engine.php).
"""
import html
import json
import os
import shutil
import subprocess
import tempfile

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.colors import HexColor

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, '.profiles')

FONTS = {
    'serif': {(0, 0): 'Times-Roman', (1, 0): 'Times-Bold', (0, 1): 'Times-Italic', (1, 1): 'Times-BoldItalic'},
    'sans': {(0, 0): 'Helvetica', (1, 0): 'Helvetica-Bold', (0, 1): 'Helvetica-Oblique', (1, 1): 'Helvetica-BoldOblique'},
}
GRAY = '#555555'


def page_size(pg):
    return landscape(letter) if pg['orient'] == 'landscape' else letter


def margin(pg):
    if pg.get('margin'):
        return pg['margin']
    return 58 if pg['orient'] == 'landscape' else 66


def fam_of(pg, blk):
    return blk.get('font') or pg.get('font') or 'serif'


def fontname(fam, b, i):
    return FONTS[fam][(1 if b else 0, 1 if i else 0)]


def text_width(s, font, size, cs=0.0):
    return stringWidth(s, font, size) + cs * max(len(s) - 1, 0)


def wrap(s, font, size, maxw, cs=0.0):
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        cand = (cur + ' ' + w) if cur else w
        if text_width(cand, font, size, cs) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# =====================================================================
# shared absolute layout (ReportLab canvas, AcroForm, PostScript)
# =====================================================================

def decorations(pg, W, H, page_no=1, pages=1):
    """border, seal, footer as drawing ops"""
    ops = []
    acc = pg.get('accent') or '#000000'
    b = pg.get('border')
    if b == 'double':
        ops.append(dict(op='rect', x=18, y=18, w=W - 36, h=H - 36, lw=3.5, color=acc))
        ops.append(dict(op='rect', x=26, y=26, w=W - 52, h=H - 52, lw=0.9, color=acc))
    elif b == 'thick':
        ops.append(dict(op='rect', x=20, y=20, w=W - 40, h=H - 40, lw=7, color=acc))
    elif b == 'thin':
        ops.append(dict(op='rect', x=24, y=24, w=W - 48, h=H - 48, lw=1, color='#8a8a8a'))
    elif b == 'rounded':
        ops.append(dict(op='rrect', x=22, y=22, w=W - 44, h=H - 44, r=18, lw=2.2, color=acc))
    elif b == 'ornate':
        ops.append(dict(op='rect', x=14, y=14, w=W - 28, h=H - 28, lw=2.5, color=acc))
        ops.append(dict(op='rect', x=22, y=22, w=W - 44, h=H - 44, lw=0.6, color=acc))
        ops.append(dict(op='rect', x=27, y=27, w=W - 54, h=H - 54, lw=1.4, color=acc))
        for (cx, cy) in ((27, 27), (W - 27, 27), (27, H - 27), (W - 27, H - 27)):
            ops.append(dict(op='diamond', cx=cx, cy=cy, r=9, lw=1.2, color=acc))
            ops.append(dict(op='circle', cx=cx, cy=cy, r=3, lw=1.2, color=acc))
    if pg.get('footer'):
        txt = pg['footer']
        if pages > 1:
            txt = txt + '   ' + '\u00b7' + '   Page %d of %d' % (page_no, pages)
        ops.append(dict(op='text', x=W / 2, y=34 if b else 30, s=txt, font='Helvetica', size=7.5,
                        al='c', cs=0, color='#666666', field=None))
    return ops


def seal_ops(pg, cx, cy, r=40):
    acc = pg.get('accent') or '#000000'
    ops = [dict(op='circle', cx=cx, cy=cy, r=r, lw=2.2, color=acc),
           dict(op='circle', cx=cx, cy=cy, r=r - 5, lw=0.7, color=acc),
           dict(op='star', cx=cx, cy=cy, r=r + 7, n=24, lw=0.8, color=acc)]
    lines = pg['seal']
    n = len(lines)
    for k, s in enumerate(lines):
        size = 11 if k == 0 else 6.5
        while text_width(s, 'Times-Bold', size, 0.6 if k else 0) > 2 * (r - 9) and size > 4:
            size -= 0.5
        yy = cy + (n - 1) * 5.5 - k * 11 - size * 0.35
        ops.append(dict(op='text', x=cx, y=yy, s=s, font='Times-Bold', size=size, al='c', cs=0.6 if k else 0,
                        color=acc, field=None))
    return ops


def layout_page(pg, blocks, W, H, page_no=1, pages=1):
    ops = decorations(pg, W, H, page_no, pages)
    m = margin(pg)
    left, right = m, W - m
    cw = right - left
    top = H - m + (6 if pg.get('border') else 12)
    bottom = 52
    y = top
    acc = pg.get('accent') or '#000000'
    sig_blocks = []
    for blk in blocks:
        t = blk['t']
        if t == 'gap':
            y -= blk['h']
        elif t == 'text':
            fam = fam_of(pg, blk)
            font = fontname(fam, blk['b'], blk['i'])
            size = blk['size']
            cs = blk.get('sp') or 0
            maxw = cw * (blk.get('w') or 1.0)
            lines = wrap(blk['s'], font, size, maxw, cs)
            al = blk['al']
            for li, ln in enumerate(lines):
                y -= size * 0.98
                ws = 0
                if al == 'c':
                    x = W / 2
                elif al == 'l':
                    x = left
                elif al == 'j':
                    x = W / 2 - maxw / 2
                    if li < len(lines) - 1 and ln.count(' '):
                        ws = (maxw - text_width(ln, font, size, cs)) / ln.count(' ')
                else:
                    x = right
                ops.append(dict(op='text', x=x, y=y, s=ln, font=font, size=size, al='l' if al == 'j' else al, cs=cs,
                                ws=ws, color=blk.get('color') or '#111111', field=blk.get('field')))
                y -= size * 0.24
            y -= blk['gap']
        elif t == 'rule':
            ln = cw * blk['frac']
            x0 = W / 2 - ln / 2
            y -= blk['width'] / 2 + 2
            ops.append(dict(op='line', x1=x0, y1=y, x2=x0 + ln, y2=y, lw=blk['width'], color=blk.get('color') or '#444444'))
            y -= blk['gap']
        elif t == 'cols':
            items = blk['items']
            size = blk['size']
            fam = fam_of(pg, blk)
            tw = cw * (0.92 if blk['al'] == 'c' else 1.0)
            x0 = W / 2 - tw / 2
            cws = [tw * f for f in blk['cw']]
            xs = [x0 + sum(cws[:k]) for k in range(len(items))]
            lsize = max(7.5, size * 0.72)
            y -= lsize
            for k, (lab, val) in enumerate(items):
                xc = xs[k] + (cws[k] / 2 if blk['al'] == 'c' else 0)
                ops.append(dict(op='text', x=xc, y=y, s=lab.upper() if blk['al'] == 'l' else lab,
                                font=fontname(fam, 1, 0) if blk['al'] == 'l' else fontname(fam, 0, 1),
                                size=lsize, al=blk['al'], cs=0.4 if blk['al'] == 'l' else 0, color=GRAY, field=None))
            y -= 6 + size
            for k, (lab, val) in enumerate(items):
                xc = xs[k] + (cws[k] / 2 if blk['al'] == 'c' else 0)
                ops.append(dict(op='text', x=xc, y=y, s=val, font=fontname(fam, 1, 0), size=size, al=blk['al'],
                                cs=0, color='#111111', field=('f_%d_%s' % (k, lab)) if blk['field'] else None))
                if blk['field'] or blk['al'] == 'c':
                    ux0 = xs[k] + 10
                    ops.append(dict(op='line', x1=ux0, y1=y - 4, x2=ux0 + cws[k] - 20, y2=y - 4, lw=0.5, color='#999999'))
            y -= 6 + blk['gap']
        elif t == 'kv':
            size = blk['size']
            fam = fam_of(pg, blk)
            tw = cw * (blk.get('w') or 1.0)
            x0 = W / 2 - tw / 2 if blk.get('w') else left
            lw = tw * blk['lw']
            for lab, val in blk['items']:
                vlines = wrap(val, fontname(fam, 0, 0), size, tw - lw - 6)
                y -= size
                ops.append(dict(op='text', x=x0, y=y, s=lab + ':', font=fontname(fam, 1, 0), size=size, al='l', cs=0,
                                color=GRAY, field=None))
                for j, vl in enumerate(vlines):
                    if j:
                        y -= size * 1.18
                    ops.append(dict(op='text', x=x0 + lw, y=y, s=vl, font=fontname(fam, 0, 0), size=size, al='l',
                                    cs=0, color='#111111', field=None))
                y -= size * 0.5
            y -= blk['gap']
        elif t == 'table':
            size = blk['size']
            fam = fam_of(pg, blk)
            tw = cw * (blk.get('frac') or 0.9)
            x0 = W / 2 - tw / 2
            ws = blk.get('w') or [1.0 / len(blk['head'])] * len(blk['head'])
            rh = size * 1.9
            rows = [blk['head']] + blk['rows']
            for r, row in enumerate(rows):
                ytop = y
                y -= rh
                if r == 0:
                    ops.append(dict(op='fill', x=x0, y=y, w=tw, h=rh, color='#e6ebf1'))
                xx = x0
                for c, cell in enumerate(row):
                    cwid = tw * ws[c]
                    ops.append(dict(op='rect', x=xx, y=y, w=cwid, h=rh, lw=0.6, color='#7a7a7a'))
                    ops.append(dict(op='text', x=xx + 6, y=y + rh * 0.5 - size * 0.33, s=cell,
                                    font=fontname(fam, 1 if r == 0 else 0, 0), size=size, al='l', cs=0,
                                    color='#111111', field=None))
                    xx += cwid
            y -= blk['gap']
        elif t == 'sigs':
            sig_blocks.append(blk)
    # signatures: anchored near the bottom when there is room
    has_seal = bool(pg.get('seal')) and page_no == 1
    sig_line_y = bottom + 48
    for blk in sig_blocks:
        n = len(blk['items'])
        if y - 40 < sig_line_y + 10 or blk.get('anchor') == 'flow':
            sig_line_y = y - 40
        sw = min(210, cw * (0.3 if has_seal and n == 2 else 0.36))
        if blk['al'] == 'l':
            xs = [left + k * (sw + 40) for k in range(n)]
        else:
            if has_seal and n == 2:
                xs = [left + cw * 0.2 - sw / 2, left + cw * 0.8 - sw / 2]
            elif has_seal and n == 1:
                xs = [left + cw * 0.68 - sw / 2]
            elif n == 1:
                xs = [W / 2 - sw / 2]
            else:
                xs = [left + cw * (k + 0.5) / n - sw / 2 for k in range(n)]
        for x, (name, title) in zip(xs, blk['items']):
            ops.append(dict(op='line', x1=x, y1=sig_line_y, x2=x + sw, y2=sig_line_y, lw=0.7, color='#333333'))
            xc = x + (sw / 2 if blk['al'] != 'l' else 0)
            al = 'c' if blk['al'] != 'l' else 'l'
            ops.append(dict(op='text', x=xc, y=sig_line_y - 12, s=name, font='Helvetica-Bold' if pg['font'] == 'sans' else 'Times-Bold',
                            size=9.5, al=al, cs=0, color='#111111', field=None))
            ops.append(dict(op='text', x=xc, y=sig_line_y - 23, s=title, font='Helvetica' if pg['font'] == 'sans' else 'Times-Italic',
                            size=8.5, al=al, cs=0, color='#333333', field=None))
        y = sig_line_y - 26
    if has_seal:
        if sig_blocks and len(sig_blocks[0]['items']) == 2 and sig_blocks[0]['al'] != 'l':
            ops += seal_ops(pg, W / 2, sig_line_y + 2)
        elif sig_blocks:
            ops += seal_ops(pg, left + cw * 0.22, sig_line_y + 2)
        else:
            ops += seal_ops(pg, right - 50, bottom + 50)
    if y < 40:
        raise RuntimeError('content overflows the page (y=%.1f)' % y)
    return ops


def free_space(cert, blocks, page_no=1):
    """vertical room (pt) between the end of the content and the signature zone, from the canvas layout"""
    pg = cert['page']
    W, H = page_size(pg)
    body = [b for b in blocks if b['t'] != 'sigs']
    ops = layout_page(dict(pg, seal=None, footer=None), body, W, H, page_no, 1)
    ys = [o['y'] - o['size'] * 0.3 for o in ops if o['op'] == 'text'] + [o['y'] for o in ops if o['op'] in ('fill', 'rect') and o['w'] < W - 60]
    end = min(ys) if ys else H
    return max(0.0, end - (52 + 48 + 12))


def all_pages(cert):
    pg = cert['page']
    W, H = page_size(pg)
    pages = [cert['blocks']] + ([cert['page2']] if cert.get('page2') else [])
    out = []
    for k, blocks in enumerate(pages):
        out.append(layout_page(pg, blocks, W, H, k + 1, len(pages)))
    return W, H, out


# ------------------------------------------------------------ ReportLab canvas
def _canvas_ops(c, ops, form=None):
    from reportlab.lib.colors import Color
    for o in ops:
        k = o['op']
        if k in ('rect', 'rrect', 'line', 'circle', 'diamond', 'star'):
            c.setStrokeColor(HexColor(o['color']))
            c.setLineWidth(o['lw'])
        if k == 'rect':
            c.rect(o['x'], o['y'], o['w'], o['h'], stroke=1, fill=0)
        elif k == 'rrect':
            c.roundRect(o['x'], o['y'], o['w'], o['h'], o['r'], stroke=1, fill=0)
        elif k == 'fill':
            c.setFillColor(HexColor(o['color']))
            c.rect(o['x'], o['y'], o['w'], o['h'], stroke=0, fill=1)
        elif k == 'line':
            c.line(o['x1'], o['y1'], o['x2'], o['y2'])
        elif k == 'circle':
            c.circle(o['cx'], o['cy'], o['r'], stroke=1, fill=0)
        elif k == 'diamond':
            p = c.beginPath()
            cx, cy, r = o['cx'], o['cy'], o['r']
            p.moveTo(cx, cy + r); p.lineTo(cx + r, cy); p.lineTo(cx, cy - r); p.lineTo(cx - r, cy); p.close()
            c.drawPath(p, stroke=1, fill=0)
        elif k == 'star':
            import math
            p = c.beginPath()
            n = o['n']
            for j in range(2 * n + 1):
                rr = o['r'] if j % 2 == 0 else o['r'] - 5
                a = math.pi * j / n
                xx, yy = o['cx'] + rr * math.cos(a), o['cy'] + rr * math.sin(a)
                if j == 0:
                    p.moveTo(xx, yy)
                else:
                    p.lineTo(xx, yy)
            c.drawPath(p, stroke=1, fill=0)
        elif k == 'text':
            if o.get('field') and form is not None:
                w = text_width(o['s'], o['font'], o['size']) + 8
                if o['al'] == 'c':
                    x = o['x'] - w / 2
                elif o['al'] == 'r':
                    x = o['x'] - w
                else:
                    x = o['x'] - 2
                form.textfield(name=o['field'], value=o['s'], x=x, y=o['y'] - o['size'] * 0.3,
                               width=w, height=o['size'] * 1.3, fontName=o['font'], fontSize=o['size'],
                               borderWidth=0, fillColor=Color(1, 1, 1, alpha=0), textColor=HexColor(o['color']),
                               borderColor=None, forceBorder=False, maxlen=200)
                continue
            c.setFillColor(HexColor(o['color']))
            c.setFont(o['font'], o['size'])
            cs = o.get('cs') or 0
            if o.get('ws'):
                to = c.beginText(o['x'], o['y'])
                to.setFont(o['font'], o['size'])
                to.setWordSpace(o['ws'])
                to.textOut(o['s'])
                c.drawText(to)
            elif o['al'] == 'c':
                c.drawCentredString(o['x'], o['y'], o['s'], charSpace=cs)
            elif o['al'] == 'r':
                c.drawRightString(o['x'], o['y'], o['s'], charSpace=cs)
            else:
                c.drawString(o['x'], o['y'], o['s'], charSpace=cs)


def render_canvas(cert, out, form=False):
    from reportlab.pdfgen import canvas
    W, H, pages = all_pages(cert)
    c = canvas.Canvas(out, pagesize=(W, H))
    g = cert['gold']
    c.setTitle('Certificate - ' + g['title'][:60])
    c.setAuthor(g['provider'][0])
    for ops in pages:
        _canvas_ops(c, ops, c.acroForm if form else None)
        c.showPage()
    c.save()


def render_acroform(cert, out):
    tmp = out + '.form.pdf'
    render_canvas(cert, tmp, form=True)
    subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', tmp, out], check=True)
    os.remove(tmp)


# ------------------------------------------------------------ PostScript / Ghostscript
def _ps_str(s):
    b = s.encode('cp1252')
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(ch))
        elif ch < 32 or ch > 126:
            out.append('\\%03o' % ch)
        else:
            out.append(chr(ch))
    return '(' + ''.join(out) + ')'


def _ps_color(h):
    h = h.lstrip('#')
    return '%.3f %.3f %.3f setrgbcolor' % tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def render_ps(cert, out):
    from reportlab.pdfbase._fontdata import encodings
    W, H, pages = all_pages(cert)
    enc = encodings['WinAnsiEncoding']
    L = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (W, H), '%%%%Pages: %d' % len(pages),
         '%%Title: (Certificate)', '%%Creator: hand-written PostScript', '%%EndComments',
         '/WinEnc [' + ' '.join('/' + (n or '.notdef') for n in enc) + '] def',
         '/ReEnc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
         '  /Encoding WinEnc def currentdict end definefont pop } bind def']
    fonts = sorted({f for v in FONTS.values() for f in v.values()})
    for f in fonts:
        L.append('/%s-W /%s ReEnc' % (f, f))
    L.append('/ctext { dup stringwidth pop 2 div neg 0 rmoveto show } bind def')
    for pno, ops in enumerate(pages):
        L.append('%%%%Page: %d %d' % (pno + 1, pno + 1))
        L.append('<< /PageSize [%d %d] >> setpagedevice' % (W, H))
        for o in ops:
            k = o['op']
            if k in ('rect', 'rrect', 'line', 'circle', 'diamond', 'star'):
                L.append(_ps_color(o['color']) + ' %.2f setlinewidth' % o['lw'])
            if k in ('rect', 'rrect'):
                L.append('newpath %.2f %.2f %.2f %.2f rectstroke' % (o['x'], o['y'], o['w'], o['h']))
            elif k == 'fill':
                L.append(_ps_color(o['color']) + ' newpath %.2f %.2f %.2f %.2f rectfill' % (o['x'], o['y'], o['w'], o['h']))
            elif k == 'line':
                L.append('newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (o['x1'], o['y1'], o['x2'], o['y2']))
            elif k == 'circle':
                L.append('newpath %.2f %.2f %.2f 0 360 arc stroke' % (o['cx'], o['cy'], o['r']))
            elif k == 'diamond':
                cx, cy, r = o['cx'], o['cy'], o['r']
                L.append('newpath %.2f %.2f moveto %.2f %.2f lineto %.2f %.2f lineto %.2f %.2f lineto closepath stroke'
                         % (cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy))
            elif k == 'star':
                import math
                pts = []
                n = o['n']
                for j in range(2 * n + 1):
                    rr = o['r'] if j % 2 == 0 else o['r'] - 5
                    a = math.pi * j / n
                    pts.append((o['cx'] + rr * math.cos(a), o['cy'] + rr * math.sin(a)))
                s = 'newpath %.2f %.2f moveto ' % pts[0] + ' '.join('%.2f %.2f lineto' % p for p in pts[1:]) + ' stroke'
                L.append(s)
            elif k == 'text':
                cs = o.get('cs') or 0
                w = text_width(o['s'], o['font'], o['size'], cs)
                x = o['x'] - (w / 2 if o['al'] == 'c' else (w if o['al'] == 'r' else 0))
                L.append('%s /%s-W findfont %.2f scalefont setfont %.2f %.2f moveto' % (
                    _ps_color(o['color']), o['font'], o['size'], x, o['y']))
                if o.get('ws'):
                    L.append('%.3f 0 32 %s widthshow' % (o['ws'], _ps_str(o['s'])))
                elif cs:
                    L.append('%.2f 0 %s ashow' % (cs, _ps_str(o['s'])))
                else:
                    L.append('%s show' % _ps_str(o['s']))
        L.append('showpage')
    L.append('%%EOF')
    ps = out[:-4] + '.ps'
    with open(ps, 'w', encoding='ascii') as f:
        f.write('\n'.join(L) + '\n')
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-sOutputFile=' + out, ps], check=True)
    os.remove(ps)


# =====================================================================
# HTML (Chromium)
# =====================================================================
def _e(s):
    return html.escape(s, quote=True)


def render_html(cert, out):
    pg = cert['page']
    W, H = page_size(pg)
    fam = pg['font']
    ff = "'Liberation Serif', 'Times New Roman', serif" if fam == 'serif' else "'Liberation Sans', Arial, sans-serif"
    acc = pg['accent']
    m = margin(pg)
    border_css = {
        'double': 'border: 4px double %s; outline: 3px solid %s; outline-offset: 6px;' % (acc, acc),
        'thick': 'border: 9px solid %s;' % acc,
        'thin': 'border: 1.3px solid #8a8a8a;',
        'rounded': 'border: 3px solid %s; border-radius: 22px;' % acc,
        'ornate': 'border: 3px double %s;' % acc,
        None: 'border: none;',
    }[pg.get('border')]
    css = """
@page { size: %(W)dpt %(H)dpt; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: %(ff)s; color: #111; }
.page { width: %(W)dpt; height: %(H)dpt; position: relative; overflow: hidden; page-break-after: always; }
.frame { position: absolute; left: 24pt; top: 24pt; right: 24pt; bottom: 24pt; %(border)s }
.content { position: absolute; left: %(m)dpt; right: %(m)dpt; top: %(top)dpt; bottom: 60pt;
           display: flex; flex-direction: column; }
.main { display: flex; flex-direction: column; margin: auto 0; }
.main.letter { margin: 0 0 auto 0; }
.t { margin: 0; line-height: 1.2; }
.cols, .kv, .tbl { border-collapse: collapse; }
.cols td { padding: 1pt 8pt; vertical-align: bottom; }
.cols .lab { color: #555; font-size: 0.72em; padding-bottom: 3pt; }
.cols .val { font-weight: bold; border-bottom: 0.6pt solid #999; padding-bottom: 3pt; }
.kv td { padding: 2pt 4pt; vertical-align: top; }
.kv .lab { color: #555; font-weight: bold; }
.tbl th, .tbl td { border: 0.7pt solid #777; padding: 4pt 6pt; text-align: left; }
.tbl th { background: #e6ebf1; }
.sigs { display: flex; gap: 30pt; margin-top: 14pt; }
.sig { width: 200pt; }
.sig .line { border-top: 0.8pt solid #333; margin-bottom: 3pt; }
.sig .n { font-weight: bold; font-size: 9.5pt; }
.sig .ti { font-size: 8.5pt; font-style: italic; color: #333; }
.footer { position: absolute; left: 0; right: 0; bottom: 37pt; text-align: center; font-size: 7.5pt; color: #666;
          font-family: 'Liberation Sans', Arial, sans-serif; }
.seal { position: absolute; width: 86pt; height: 86pt; border-radius: 50%%; border: 2.2pt solid %(acc)s;
        outline: 0.8pt dashed %(acc)s; outline-offset: 4pt; color: %(acc)s; display: flex; flex-direction: column;
        align-items: center; justify-content: center; font-weight: bold; text-align: center; }
.seal span { display: block; font-size: 6.5pt; letter-spacing: 0.6pt; }
.seal span:first-child { font-size: 12pt; letter-spacing: 0; }
""" % dict(W=W, H=H, ff=ff, border=border_css, m=m - 4, top=m - 16, acc=acc)
    pages = [cert['blocks']] + ([cert['page2']] if cert.get('page2') else [])
    body = []
    for pno, blocks in enumerate(pages):
        body.append('<div class="page"><div class="frame"></div><div class="content">')
        texts = [b for b in blocks if b['t'] == 'text']
        letter = bool(texts) and texts[0]['al'] == 'l'
        body.append('<div class="main%s">' % (' letter' if letter else ''))
        sigs = []
        for blk in blocks:
            t = blk['t']
            if t == 'gap':
                body.append('<div style="height:%.1fpt"></div>' % blk['h'])
            elif t == 'text':
                f = blk.get('font')
                st = ['font-size:%.1fpt' % blk['size'], 'margin-bottom:%.1fpt' % blk['gap'],
                      'text-align:%s' % {'c': 'center', 'l': 'left', 'r': 'right', 'j': 'justify'}[blk['al']]]
                if blk['b']:
                    st.append('font-weight:bold')
                if blk['i']:
                    st.append('font-style:italic')
                if blk.get('sp'):
                    st.append('letter-spacing:%.1fpt' % blk['sp'])
                if blk.get('color'):
                    st.append('color:%s' % blk['color'])
                if f:
                    st.append('font-family:%s' % ("'Liberation Serif', serif" if f == 'serif' else "'Liberation Sans', sans-serif"))
                if blk.get('w'):
                    st.append('width:%d%%' % int(blk['w'] * 100))
                    st.append('align-self:%s' % ('center' if blk['al'] in 'cj' else 'flex-start'))
                body.append('<p class="t" style="%s">%s</p>' % (';'.join(st), _e(blk['s'])))
            elif t == 'rule':
                body.append('<div style="border-top:%.1fpt solid %s;width:%d%%;align-self:center;margin:2pt 0 %.1fpt 0"></div>'
                            % (blk['width'], blk.get('color') or '#444', int(blk['frac'] * 100), blk['gap']))
            elif t == 'cols':
                al = 'center' if blk['al'] == 'c' else 'left'
                n = len(blk['items'])
                tw = 92 if blk['al'] == 'c' else 100
                rows = ['<table class="cols" style="width:%d%%;align-self:center;font-size:%.1fpt;margin-bottom:%.1fpt;text-align:%s">'
                        % (tw, blk['size'], blk['gap'], al)]
                rows.append('<tr>' + ''.join('<td class="lab" style="width:%.1f%%">%s</td>' % (100.0 * f, _e(l)) for f, (l, v) in zip(blk['cw'], blk['items'])) + '</tr>')
                rows.append('<tr>' + ''.join('<td class="val">%s</td>' % _e(v) for l, v in blk['items']) + '</tr>')
                rows.append('</table>')
                body.append(''.join(rows))
            elif t == 'kv':
                w = int((blk.get('w') or 1.0) * 100)
                rows = ['<table class="kv" style="width:%d%%;align-self:%s;font-size:%.1fpt;margin-bottom:%.1fpt">'
                        % (w, 'center' if blk.get('w') else 'flex-start', blk['size'], blk['gap'])]
                for l, v in blk['items']:
                    rows.append('<tr><td class="lab" style="width:%d%%">%s:</td><td>%s</td></tr>' % (int(blk['lw'] * 100), _e(l), _e(v)))
                rows.append('</table>')
                body.append(''.join(rows))
            elif t == 'table':
                ws = blk.get('w') or [1.0 / len(blk['head'])] * len(blk['head'])
                rows = ['<table class="tbl" style="width:%d%%;align-self:center;font-size:%.1fpt;margin-bottom:%.1fpt">'
                        % (int((blk.get('frac') or 0.9) * 100), blk['size'], blk['gap'])]
                rows.append('<tr>' + ''.join('<th style="width:%d%%">%s</th>' % (int(w * 100), _e(h)) for w, h in zip(ws, blk['head'])) + '</tr>')
                for r in blk['rows']:
                    rows.append('<tr>' + ''.join('<td>%s</td>' % _e(c) for c in r) + '</tr>')
                rows.append('</table>')
                body.append(''.join(rows))
            elif t == 'sigs':
                sigs.append(blk)
        body.append('</div>')
        for blk in sigs:
            jc = 'flex-start' if blk['al'] == 'l' else ('space-around' if len(blk['items']) > 1 else 'center')
            if pg.get('seal') and pno == 0 and blk['al'] != 'l':
                jc = 'space-between' if len(blk['items']) > 1 else 'flex-end'
            body.append('<div class="sigs" style="justify-content:%s;%s">' % (
                jc, 'padding: 0 30pt;' if pg.get('seal') else ''))
            for name, title in blk['items']:
                body.append('<div class="sig" style="text-align:%s"><div style="height:22pt"></div><div class="line"></div>'
                            '<div class="n">%s</div><div class="ti">%s</div></div>'
                            % ('left' if blk['al'] == 'l' else 'center', _e(name), _e(title)))
            body.append('</div>')
        body.append('</div>')
        if pg.get('seal') and pno == 0:
            if sigs and len(sigs[0]['items']) == 2:
                pos = 'left:%dpt;bottom:66pt' % (W / 2 - 43)
            else:
                pos = 'left:%dpt;bottom:66pt' % (m + 30)
            body.append('<div class="seal" style="%s">%s</div>' % (pos, ''.join('<span>%s</span>' % _e(s) for s in pg['seal'])))
        if pg.get('footer'):
            ft = pg['footer'] + ('   \u00b7   Page %d of %d' % (pno + 1, len(pages)) if len(pages) > 1 else '')
            body.append('<div class="footer">%s</div>' % _e(ft))
        body.append('</div>')
    doc = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
           '<body>%s</body></html>' % (_e('Certificate ' + cert['id']), css, '\n'.join(body)))
    src = out[:-4] + '.html'
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    prof = os.path.join(PROFILES, 'chromium')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + prof,
                    '--no-pdf-header-footer', '--print-to-pdf-no-header', '--print-to-pdf=' + out, 'file://' + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    os.remove(src)


# =====================================================================
# LibreOffice helpers
# =====================================================================
def soffice_convert(src, outdir):
    prof = os.path.join(PROFILES, 'libreoffice')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def _x(s):
    return html.escape(s, quote=True)


def render_fodt(cert, out):
    pg = cert['page']
    W, H = page_size(pg)
    acc = pg['accent']
    m = margin(pg)
    fam = pg['font']
    fname = {'serif': 'Liberation Serif', 'sans': 'Liberation Sans'}
    bstyle = {
        'double': 'fo:border="5pt double %s" style:border-line-width="1.5pt 1.5pt 2pt"' % acc,
        'thick': 'fo:border="6pt solid %s"' % acc,
        'thin': 'fo:border="1pt solid #8a8a8a"',
        'rounded': 'fo:border="2pt solid %s"' % acc,
        'ornate': 'fo:border="5pt double %s" style:border-line-width="1pt 2pt 1.5pt"' % acc,
        None: 'fo:border="none"',
    }[pg.get('border')]
    cw = W - 2 * m
    auto = []
    body = []
    n = [0]

    def pstyle(size, b=0, i=0, al='c', sp=0, color=None, font=None, gap=0, w=None, top=0, extra=''):
        n[0] += 1
        name = 'P%d' % n[0]
        al2 = {'c': 'center', 'l': 'start', 'r': 'end', 'j': 'justify'}[al]
        ind = ''
        if w:
            side = (cw * (1 - w)) / 2 if al in 'cj' else 0
            ind = 'fo:margin-left="%.1fpt" fo:margin-right="%.1fpt"' % (side, cw * (1 - w) - side)
        tp = ['fo:font-size="%.1fpt"' % size, 'style:font-name="%s"' % fname[font or fam]]
        if b:
            tp.append('fo:font-weight="bold"')
        if i:
            tp.append('fo:font-style="italic"')
        if sp:
            tp.append('fo:letter-spacing="%.1fpt"' % sp)
        tp.append('fo:color="%s"' % (color or '#111111'))
        auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                    '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" %s %s/>'
                    '<style:text-properties %s/></style:style>' % (name, al2, top, gap, ind, extra, ' '.join(tp)))
        return name

    tcount = [0]

    def table(colws, rows_xml, tw, align='center', gap=0):
        tcount[0] += 1
        tn = 'Tab%d' % tcount[0]
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.1fpt" '
                    'table:align="%s" fo:margin-bottom="%.1fpt"/></style:style>' % (tn, tw, align, gap))
        cols = []
        for k, cwid in enumerate(colws):
            auto.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                        'style:column-width="%.1fpt"/></style:style>' % (tn, k, cwid))
            cols.append('<table:table-column table:style-name="%s.C%d"/>' % (tn, k))
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (tn, tn, ''.join(cols), rows_xml)

    cellstyles = {}

    def cstyle(kind):
        if kind in cellstyles:
            return cellstyles[kind]
        name = 'CS%d' % (len(cellstyles) + 1)
        props = {'plain': 'fo:padding="2pt" fo:border="none"',
                 'grid': 'fo:padding="4pt" fo:border="0.7pt solid #777777"',
                 'head': 'fo:padding="4pt" fo:border="0.7pt solid #777777" fo:background-color="#e6ebf1"',
                 'under': 'fo:padding="2pt" fo:border-bottom="0.6pt solid #999999" fo:border-top="none" fo:border-left="none" fo:border-right="none"',
                 'sig': 'fo:padding-top="2pt" fo:border-top="0.8pt solid #333333" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"'}[kind]
        auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s style:vertical-align="bottom"/></style:style>' % (name, props))
        cellstyles[kind] = name
        return name

    def cell(content_xml, kind='plain'):
        return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cstyle(kind), content_xml)

    def para(style, text):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, _x(text))

    pages = [cert['blocks']] + ([cert['page2']] if cert.get('page2') else [])
    brk = None
    for pno, blocks in enumerate(pages):
        first = True
        for blk in blocks:
            t = blk['t']
            extra = ''
            if pno > 0 and first:
                extra = 'fo:break-before="page"'
            if t == 'gap':
                body.append(para(pstyle(2, gap=max(blk['h'] - 2.4, 0), extra=extra), ''))
            elif t == 'text':
                st = pstyle(blk['size'], blk['b'], blk['i'], blk['al'], blk.get('sp'), blk.get('color'), blk.get('font'),
                            blk['gap'], blk.get('w'), extra=extra)
                body.append(para(st, blk['s']))
            elif t == 'rule':
                st = pstyle(2, gap=blk['gap'], extra=extra + ' fo:border-bottom="%.1fpt solid %s" fo:padding="0pt"'
                            % (blk['width'], blk.get('color') or '#444444'))
                body.append(para(st, ''))
            elif t == 'cols':
                k = len(blk['items'])
                tw = cw * (0.92 if blk['al'] == 'c' else 1.0)
                lab = pstyle(max(7.5, blk['size'] * 0.72), i=blk['al'] == 'c', b=blk['al'] == 'l', al=blk['al'], color='#555555')
                val = pstyle(blk['size'], b=1, al=blk['al'])
                r1 = '<table:table-row>' + ''.join(cell(para(lab, l.upper() if blk['al'] == 'l' else l)) for l, v in blk['items']) + '</table:table-row>'
                r2 = '<table:table-row>' + ''.join(cell(para(val, v), 'under') for l, v in blk['items']) + '</table:table-row>'
                body.append(table([tw * f for f in blk['cw']], r1 + r2, tw, 'center' if blk['al'] == 'c' else 'left', blk['gap']))
            elif t == 'kv':
                tw = cw * (blk.get('w') or 1.0)
                lab = pstyle(blk['size'], b=1, al='l', color='#555555')
                val = pstyle(blk['size'], al='l')
                rows = ''.join('<table:table-row>%s%s</table:table-row>' % (cell(para(lab, l + ':')), cell(para(val, v)))
                               for l, v in blk['items'])
                body.append(table([tw * blk['lw'], tw * (1 - blk['lw'])], rows, tw,
                                  'center' if blk.get('w') else 'left', blk['gap']))
            elif t == 'table':
                tw = cw * (blk.get('frac') or 0.9)
                ws = blk.get('w') or [1.0 / len(blk['head'])] * len(blk['head'])
                hs = pstyle(blk['size'], b=1, al='l')
                cs = pstyle(blk['size'], al='l')
                rows = '<table:table-header-rows><table:table-row>' + ''.join(cell(para(hs, h), 'head') for h in blk['head']) + '</table:table-row></table:table-header-rows>'
                for r in blk['rows']:
                    rows += '<table:table-row>' + ''.join(cell(para(cs, c), 'grid') for c in r) + '</table:table-row>'
                body.append(table([tw * w for w in ws], rows, tw, 'center', blk['gap']))
            elif t == 'sigs':
                k = len(blk['items'])
                nm = pstyle(9.5, b=1, al='c' if blk['al'] != 'l' else 'l')
                ti = pstyle(8.5, i=1, al='c' if blk['al'] != 'l' else 'l', color='#333333')
                sp = pstyle(10, al='c', gap=14)
                push = pstyle(2, gap=10.0 if blk.get('anchor') == 'flow' else max(10.0, 0.45 * free_space(cert, blocks, pno + 1)))
                r1 = '<table:table-row>'
                cols = []
                for j, (name, title) in enumerate(blk['items']):
                    if j:
                        r1 += cell(para(sp, ''))
                        cols.append(50)
                    r1 += cell(para(nm, name) + para(ti, title), 'sig')
                    cols.append(230)
                r1 += '</table:table-row>'
                body.append(para(push, ''))
                body.append(table(cols, r1, sum(cols), 'center' if blk['al'] != 'l' else 'left', blk['gap']))
            first = False
    footer = ''
    if pg.get('footer'):
        fs = 'FooterP'
        auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
                    '<style:text-properties fo:font-size="7.5pt" style:font-name="Liberation Sans" fo:color="#666666"/></style:style>' % fs)
        ftxt = _x(pg['footer'])
        if len(pages) > 1:
            ftxt += '   \u00b7   Page <text:page-number text:select-page="current"/> of <text:page-count/>'
        footer = '<style:footer><text:p text:style-name="%s">%s</text:p></style:footer>' % (fs, ftxt)
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt" fo:line-height="118%%"/>
 <style:text-properties style:font-name="%(font)s" fo:font-size="11pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL1"><style:page-layout-properties fo:page-width="%(W).1fpt" fo:page-height="%(H).1fpt"
  style:print-orientation="%(orient)s" fo:margin-top="24pt" fo:margin-bottom="24pt" fo:margin-left="24pt" fo:margin-right="24pt"
  %(border)s fo:padding-top="%(pt).1fpt" fo:padding-bottom="6pt" fo:padding-left="%(pl).1fpt" fo:padding-right="%(pl).1fpt"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="4pt"/></style:footer-style>
 </style:page-layout>
 %(auto)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL1">%(footer)s</style:master-page></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
''' % dict(title=_x('Certificate ' + cert['id']), font=fname[fam], W=W, H=H, orient=pg['orient'], border=bstyle,
           pt=m - 34, pl=m - 24, auto='\n '.join(auto), footer=footer, body='\n'.join(body))
    tmpd = tempfile.mkdtemp(prefix='fodt', dir=PROFILES)
    src = os.path.join(tmpd, os.path.basename(out)[:-4] + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    soffice_convert(src, tmpd)
    shutil.move(os.path.join(tmpd, os.path.basename(out)), out)
    shutil.rmtree(tmpd)


# =====================================================================
# DOCX (python-docx) -> LibreOffice
# =====================================================================
def render_docx(cert, out):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    pg = cert['page']
    W, H = page_size(pg)
    acc = pg['accent']
    m = margin(pg)
    fam = pg['font']
    fname = {'serif': 'Times New Roman', 'sans': 'Arial'}
    doc = Document()
    sec = doc.sections[0]
    if pg['orient'] == 'landscape':
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Pt(W), Pt(H)
    sec.left_margin = sec.right_margin = Pt(m - 6)
    sec.top_margin = Pt(m - 14)
    sec.bottom_margin = Pt(48)
    sec.footer_distance = Pt(36)
    cw = W - 2 * (m - 6)
    st = doc.styles['Normal']
    st.font.name = fname[fam]
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.1
    core = doc.core_properties
    core.title = 'Certificate ' + cert['id']
    core.author = cert['gold']['provider'][0]

    bd = pg.get('border')
    if bd:
        spec = {'double': ('double', 18, acc), 'thick': ('single', 36, acc), 'thin': ('single', 6, '8a8a8a'),
                'rounded': ('single', 12, acc), 'ornate': ('thinThickSmallGap', 24, acc)}[bd]
        pb = OxmlElement('w:pgBorders')
        pb.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), spec[0])
            e.set(qn('w:sz'), str(spec[1]))
            e.set(qn('w:space'), '24')
            e.set(qn('w:color'), spec[2].lstrip('#'))
            pb.append(e)
        sectPr = sec._sectPr
        # pgBorders must come after pgMar
        pgMar = sectPr.find(qn('w:pgMar'))
        pgMar.addnext(pb)

    def hexrgb(h):
        h = h.lstrip('#')
        return RGBColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))

    def run_fmt(r, size, b=0, i=0, sp=0, color=None, font=None):
        r.font.size = Pt(size)
        r.font.bold = bool(b)
        r.font.italic = bool(i)
        r.font.name = fname[font or fam]
        if color:
            r.font.color.rgb = hexrgb(color)
        if sp:
            rPr = r._r.get_or_add_rPr()
            e = OxmlElement('w:spacing')
            e.set(qn('w:val'), str(int(sp * 20)))
            rPr.append(e)

    ALN = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT,
           'j': WD_ALIGN_PARAGRAPH.JUSTIFY}

    def para(container, text, size, b=0, i=0, al='c', sp=0, color=None, font=None, gap=0, w=None, pb=False):
        p = container.add_paragraph()
        p.alignment = ALN[al]
        p.paragraph_format.space_after = Pt(gap)
        if w:
            side = cw * (1 - w) / 2 if al in 'cj' else 0
            p.paragraph_format.left_indent = Pt(side)
            p.paragraph_format.right_indent = Pt(cw * (1 - w) - side)
        if pb:
            p.paragraph_format.page_break_before = True
        if text:
            run_fmt(p.add_run(text), size, b, i, sp, color, font)
        else:
            p.paragraph_format.line_spacing = Pt(1)
        return p

    def set_cell_border(cell, **kw):
        tcPr = cell._tc.get_or_add_tcPr()
        borders = OxmlElement('w:tcBorders')
        for side, val in kw.items():
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), val[0])
            e.set(qn('w:sz'), str(val[1]))
            e.set(qn('w:color'), val[2])
            borders.append(e)
        tcPr.append(borders)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        e = OxmlElement('w:shd')
        e.set(qn('w:val'), 'clear')
        e.set(qn('w:color'), 'auto')
        e.set(qn('w:fill'), fill)
        tcPr.append(e)

    def cell_text(cell, text, size, b=0, i=0, al='l', color=None):
        p = cell.paragraphs[0]
        p.alignment = ALN[al]
        run_fmt(p.add_run(text), size, b, i, 0, color)
        return p

    def new_table(rows, cols, widths, align_center=True):
        t = doc.add_table(rows=rows, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if align_center else WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for r in t.rows:
            for k, c in enumerate(r.cells):
                c.width = Pt(widths[k])
        for k, col in enumerate(t.columns):
            col.width = Pt(widths[k])
        tblPr = t._tbl.tblPr
        tw_el = tblPr.find(qn('w:tblW'))
        if tw_el is None:
            tw_el = OxmlElement('w:tblW')
            tblPr.append(tw_el)
        tw_el.set(qn('w:w'), str(int(sum(widths) * 20)))
        tw_el.set(qn('w:type'), 'dxa')
        lay = OxmlElement('w:tblLayout')
        lay.set(qn('w:type'), 'fixed')
        tblPr.append(lay)
        grid = t._tbl.tblGrid
        for k, gc in enumerate(grid.findall(qn('w:gridCol'))):
            gc.set(qn('w:w'), str(int(widths[k] * 20)))
        return t

    def after_table(gap):
        para(doc, '', 2, gap=gap)

    pages = [cert['blocks']] + ([cert['page2']] if cert.get('page2') else [])
    first_para_removed = False
    for pno, blocks in enumerate(pages):
        for bi, blk in enumerate(blocks):
            t = blk['t']
            pb = pno > 0 and bi == 0
            if t == 'gap':
                p = para(doc, '', 2, gap=blk['h'], pb=pb)
            elif t == 'text':
                para(doc, blk['s'], blk['size'], blk['b'], blk['i'], blk['al'], blk.get('sp'), blk.get('color'),
                     blk.get('font'), blk['gap'], blk.get('w'), pb=pb)
            elif t == 'rule':
                p = para(doc, '', 2, gap=blk['gap'], pb=pb)
                pPr = p._p.get_or_add_pPr()
                pbdr = OxmlElement('w:pBdr')
                e = OxmlElement('w:bottom')
                e.set(qn('w:val'), 'single')
                e.set(qn('w:sz'), str(int(blk['width'] * 8)))
                e.set(qn('w:space'), '1')
                e.set(qn('w:color'), (blk.get('color') or '#444444').lstrip('#'))
                pbdr.append(e)
                pPr.append(pbdr)
            elif t == 'cols':
                k = len(blk['items'])
                tw = cw * (0.92 if blk['al'] == 'c' else 1.0)
                tb = new_table(2, k, [tw * f for f in blk['cw']], blk['al'] == 'c')
                for j, (l, v) in enumerate(blk['items']):
                    cell_text(tb.cell(0, j), l.upper() if blk['al'] == 'l' else l, max(7.5, blk['size'] * 0.72),
                              b=blk['al'] == 'l', i=blk['al'] == 'c', al=blk['al'], color='#555555')
                    cell_text(tb.cell(1, j), v, blk['size'], b=1, al=blk['al'])
                    set_cell_border(tb.cell(1, j), bottom=('single', 4, '999999'))
                after_table(blk['gap'])
            elif t == 'kv':
                tw = cw * (blk.get('w') or 1.0)
                tb = new_table(len(blk['items']), 2, [tw * blk['lw'], tw * (1 - blk['lw'])], bool(blk.get('w')))
                for j, (l, v) in enumerate(blk['items']):
                    cell_text(tb.cell(j, 0), l + ':', blk['size'], b=1, color='#555555')
                    cell_text(tb.cell(j, 1), v, blk['size'])
                after_table(blk['gap'])
            elif t == 'table':
                tw = cw * (blk.get('frac') or 0.9)
                ws = blk.get('w') or [1.0 / len(blk['head'])] * len(blk['head'])
                tb = new_table(1 + len(blk['rows']), len(blk['head']), [tw * w for w in ws])
                tb.style = doc.styles['Table Grid']
                for j, h in enumerate(blk['head']):
                    cell_text(tb.cell(0, j), h, blk['size'], b=1)
                    shade(tb.cell(0, j), 'E6EBF1')
                for r, row in enumerate(blk['rows']):
                    for j, c in enumerate(row):
                        cell_text(tb.cell(r + 1, j), c, blk['size'])
                after_table(blk['gap'])
            elif t == 'sigs':
                para(doc, '', 2, gap=18.0 if blk.get('anchor') == 'flow' else max(18.0, 0.6 * free_space(cert, blocks, pno + 1)))
                k = len(blk['items'])
                widths = []
                for j in range(k):
                    if j:
                        widths.append(50)
                    widths.append(220)
                tb = new_table(1, len(widths), widths, blk['al'] != 'l')
                col = 0
                for j, (name, title) in enumerate(blk['items']):
                    if j:
                        col += 1
                    c = tb.cell(0, col)
                    set_cell_border(c, top=('single', 6, '333333'))
                    al = 'l' if blk['al'] == 'l' else 'c'
                    cell_text(c, name, 9.5, b=1, al=al)
                    p2 = c.add_paragraph()
                    p2.alignment = ALN[al]
                    run_fmt(p2.add_run(title), 8.5, i=1, color='#333333')
                    col += 1
    # remove the empty first paragraph python-docx documents start with (none for a new Document)
    if pg.get('footer'):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run_fmt(fp.add_run(pg['footer'] + ('   \u00b7   Page 1 of %d' % len(pages) if len(pages) > 1 else '')), 7.5,
                color='#666666', font='sans')
    tmpd = tempfile.mkdtemp(prefix='docx', dir=PROFILES)
    src = os.path.join(tmpd, os.path.basename(out)[:-4] + '.docx')
    doc.save(src)
    soffice_convert(src, tmpd)
    shutil.move(os.path.join(tmpd, os.path.basename(out)), out)
    shutil.rmtree(tmpd)


# =====================================================================
# ReportLab Platypus
# =====================================================================
def _filler_class():
    from reportlab.platypus.flowables import Flowable

    class Filler(Flowable):
        """takes all remaining vertical space except `reserve` points"""
        def __init__(self, reserve):
            Flowable.__init__(self)
            self.reserve = reserve

        def wrap(self, aw, ah):
            self.height = max(0, ah - self.reserve)
            return aw, self.height

        def draw(self):
            pass
    return Filler


def render_platypus(cert, out):
    Filler = _filler_class()
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
    from reportlab.pdfgen import canvas as _c

    pg = cert['page']
    W, H = page_size(pg)
    m = margin(pg)
    fam = pg['font']
    cw = W - 2 * m
    pages = [cert['blocks']] + ([cert['page2']] if cert.get('page2') else [])
    npages = len(pages)

    def on_page(c, d):
        pno = c.getPageNumber()
        ops = decorations(pg, W, H, pno, npages)
        _canvas_ops(c, ops)

    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=m - 14, bottomMargin=46,
                          title='Certificate ' + cert['id'], author=cert['gold']['provider'][0])
    frame = Frame(m, 46, cw, H - (m - 14) - 46, id='f', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id='p', frames=[frame], onPage=on_page)])
    AL = {'c': TA_CENTER, 'l': TA_LEFT, 'r': TA_RIGHT, 'j': TA_JUSTIFY}
    story = []
    cnt = [0]

    def ps(size, b=0, i=0, al='c', color=None, font=None, gap=0):
        cnt[0] += 1
        return ParagraphStyle('s%d' % cnt[0], fontName=fontname(font or fam, b, i), fontSize=size, leading=size * 1.2,
                              alignment=AL[al], textColor=HexColor(color or '#111111'), spaceAfter=gap)

    def P(text, style):
        return Paragraph(_e(text), style)

    for pno, blocks in enumerate(pages):
        if pno:
            story.append(PageBreak())
        sigs = []
        for blk in blocks:
            t = blk['t']
            if t == 'gap':
                story.append(Spacer(1, blk['h']))
            elif t == 'text':
                s = blk['s']
                st = ps(blk['size'], blk['b'], blk['i'], blk['al'], blk.get('color'), blk.get('font'), blk['gap'])
                if blk.get('w'):
                    st.spaceAfter = 0
                    tb = Table([[P(s, st)]], colWidths=[cw * blk['w']], hAlign='CENTER' if blk['al'] in 'cj' else 'LEFT')
                    tb.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                                            ('TOPPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 0)]))
                    story.append(tb)
                    story.append(Spacer(1, blk['gap']))
                else:
                    story.append(P(s, st))
            elif t == 'rule':
                from reportlab.platypus.flowables import HRFlowable
                story.append(HRFlowable(width='%d%%' % int(blk['frac'] * 100), thickness=blk['width'],
                                        color=HexColor(blk.get('color') or '#444444'), spaceBefore=2, spaceAfter=blk['gap']))
            elif t == 'cols':
                k = len(blk['items'])
                tw = cw * (0.92 if blk['al'] == 'c' else 1.0)
                ls = ps(max(7.5, blk['size'] * 0.72), b=blk['al'] == 'l', i=blk['al'] == 'c', al=blk['al'], color='#555555')
                vs = ps(blk['size'], b=1, al=blk['al'])
                data = [[P(l.upper() if blk['al'] == 'l' else l, ls) for l, v in blk['items']],
                        [P(v, vs) for l, v in blk['items']]]
                tb = Table(data, colWidths=[tw * f for f in blk['cw']], hAlign='CENTER' if blk['al'] == 'c' else 'LEFT')
                tb.setStyle(TableStyle([('LINEBELOW', (0, 1), (-1, 1), 0.6, HexColor('#999999')),
                                        ('VALIGN', (0, 0), (-1, -1), 'BOTTOM')]))
                story.append(tb)
                story.append(Spacer(1, blk['gap']))
            elif t == 'kv':
                tw = cw * (blk.get('w') or 1.0)
                ls = ps(blk['size'], b=1, al='l', color='#555555')
                vs = ps(blk['size'], al='l')
                data = [[P(l + ':', ls), P(v, vs)] for l, v in blk['items']]
                tb = Table(data, colWidths=[tw * blk['lw'], tw * (1 - blk['lw'])],
                           hAlign='CENTER' if blk.get('w') else 'LEFT')
                tb.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (0, -1), 0)]))
                story.append(tb)
                story.append(Spacer(1, blk['gap']))
            elif t == 'table':
                tw = cw * (blk.get('frac') or 0.9)
                ws = blk.get('w') or [1.0 / len(blk['head'])] * len(blk['head'])
                hs = ps(blk['size'], b=1, al='l')
                cs = ps(blk['size'], al='l')
                data = [[P(h, hs) for h in blk['head']]] + [[P(c, cs) for c in r] for r in blk['rows']]
                tb = Table(data, colWidths=[tw * w for w in ws], hAlign='CENTER')
                tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, HexColor('#777777')),
                                        ('BACKGROUND', (0, 0), (-1, 0), HexColor('#e6ebf1')),
                                        ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
                story.append(tb)
                story.append(Spacer(1, blk['gap']))
            elif t == 'sigs':
                k = len(blk['items'])
                al = 'l' if blk['al'] == 'l' else 'c'
                ns = ps(9.5, b=1, al=al)
                ts = ps(8.5, i=1, al=al, color='#333333')
                row, widths, styles = [], [], []
                story.append(Filler(62))
                for j, (name, title) in enumerate(blk['items']):
                    if j:
                        row.append('')
                        widths.append(130 if (pg.get('seal') and pno == 0) else 50)
                    row.append([P(name, ns), P(title, ts)])
                    widths.append(170 if (pg.get('seal') and pno == 0) else 200)
                    styles.append(('LINEABOVE', (len(row) - 1, 0), (len(row) - 1, 0), 0.8, HexColor('#333333')))
                tb = Table([row], colWidths=widths, hAlign='CENTER' if al == 'c' else 'LEFT')
                tb.setStyle(TableStyle(styles + [('LEFTPADDING', (0, 0), (-1, -1), 0)]))
                story.append(tb)
    if pg.get('seal'):
        # seal drawn on the first page via a custom flowable-free overlay
        seal = pg['seal']

        def first_page(c, d):
            on_page(c, d)
            sigs = [b for b in cert['blocks'] if b['t'] == 'sigs']
            cx = W / 2 if sigs and len(sigs[0]['items']) == 2 else m + 60
            _canvas_ops(c, seal_ops(pg, cx, 96))
        doc.pageTemplates[0].onPage = lambda c, d: (first_page(c, d) if c.getPageNumber() == 1 else on_page(c, d))
    doc.build(story)


# =====================================================================
# PHP engines (fpdf / tcpdf)
# =====================================================================
def render_php(cert, out, which):
    pg = cert['page']
    W, H = page_size(pg)
    spec = dict(cert)
    spec['W'], spec['H'], spec['margin'] = W, H, margin(pg)
    tmpd = tempfile.mkdtemp(prefix='php', dir=PROFILES)
    js = os.path.join(tmpd, 'spec.json')
    with open(js, 'w', encoding='utf-8') as f:
        json.dump(spec, f, ensure_ascii=False)
    eng = os.path.join(HERE, '%s_engine.php' % which)
    subprocess.run(['php', eng, js, out], check=True)
    shutil.rmtree(tmpd)


RENDERERS = {
    'chromium-html': render_html,
    'libreoffice-fodt': render_fodt,
    'docx-libreoffice': render_docx,
    'reportlab-canvas': render_canvas,
    'reportlab-platypus': render_platypus,
    'acroform-flattened': render_acroform,
    'ghostscript-ps': render_ps,
    'fpdf': lambda c, o: render_php(c, o, 'fpdf'),
    'tcpdf': lambda c, o: render_php(c, o, 'tcpdf'),
}
