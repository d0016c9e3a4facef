"""Rendering engine for the z21 blind certificate set.

A certificate is a dict with page settings and a list of blocks:
  ('t', text, size, bold, italic, align, family)   one printed line
  ('gap', points)
  ('cols', [(label, value), ...])                  labels ABOVE values, in columns
  ('kv', [(label, value), ...])                    two-column label/value rows
  ('table', [header...], [[cell...], ...])         small ruled table
  ('sigs', [(name, title), ...])                   signature blocks
  ('newpage',)
Each producer renders the same block list in its own way.
"""
import os, re, subprocess, html, shutil, tempfile
from xml.sax.saxutils import escape as xesc
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, '.profiles')
WORK = os.path.join(PROFILES, 'work')

RLFONT = {('sans', ''): 'Helvetica', ('sans', 'B'): 'Helvetica-Bold', ('sans', 'I'): 'Helvetica-Oblique',
          ('sans', 'BI'): 'Helvetica-BoldOblique', ('serif', ''): 'Times-Roman', ('serif', 'B'): 'Times-Bold',
          ('serif', 'I'): 'Times-Italic', ('serif', 'BI'): 'Times-BoldItalic'}


def sty(b, i):
    return ('B' if b else '') + ('I' if i else '')


def pagesize(c):
    return (792, 612) if c.get('orient') == 'L' else (612, 792)


# ---------------------------------------------------------------- fixed layout
def layout(c):
    """Compute absolute drawing ops (y measured from top, baseline)."""
    W, H = pagesize(c)
    m = c.get('margin', 66 if c.get('orient') == 'L' else 72)
    uw = W - 2 * m
    fam0 = c.get('family', 'sans')
    ops = [('page',)]

    def deco():
        b = c.get('border')
        if b:
            ops.append(('rect', 22, 22, W - 44, H - 44, 2.5))
            if b == 'double':
                ops.append(('rect', 29, 29, W - 58, H - 58, 0.8))
        if c.get('seal'):
            ops.append(('circle', W - m - 30, H - 95, 38))
            ops.append(('circle', W - m - 30, H - 95, 33))
            ops.append(('text', W - m - 30, H - 92, c['seal'], 'serif', 'B', 7, 'C', False))
    deco()
    y = c.get('top', 70 if c.get('orient') == 'L' else 80)

    def fit(s, fam, st, size, width):
        while size > 6 and stringWidth(s, RLFONT[(fam, st)], size) > width:
            size -= 0.5
        return size

    for bl in c['blocks']:
        k = bl[0]
        if k == 't':
            _, s, size, b, i, al, fam = bl
            fam = fam or fam0
            st = sty(b, i)
            size = fit(s, fam, st, size, uw)
            y += size * 1.3
            x = W / 2 if al == 'C' else (W - m if al == 'R' else m)
            ops.append(('text', x, y, s, fam, st, size, al, False))
        elif k == 'gap':
            y += bl[1]
        elif k == 'rule':
            y += 6
            ops.append(('line', m + uw * 0.2, y, W - m - uw * 0.2, y, 0.8))
            y += 4
        elif k == 'cols':
            items = bl[1]
            n = len(items)
            cw = uw / n
            y += 12
            for j, (lab, val) in enumerate(items):
                ops.append(('text', m + j * cw, y, lab, fam0, 'B', 8.5, 'L', False))
            y += 17
            for j, (lab, val) in enumerate(items):
                sz = fit(val, fam0, '', 12, cw - 8)
                ops.append(('text', m + j * cw, y, val, fam0, '', sz, 'L', True))
            y += 4
            ops.append(('line', m, y, W - m, y, 0.5))
            y += 4
        elif k == 'kv':
            lw = bl[2] if len(bl) > 2 else 150
            x0 = m + (uw * 0.08 if c.get('kv_indent', True) else 0)
            for lab, val in bl[1]:
                y += 17
                ops.append(('text', x0, y, lab, fam0, 'B', 10.5, 'L', False))
                sz = fit(val, fam0, '', 10.5, W - m - x0 - lw)
                ops.append(('text', x0 + lw, y, val, fam0, '', sz, 'L', True))
            y += 4
        elif k == 'table':
            hdr, rows = bl[1], bl[2]
            n = len(hdr)
            widths = bl[3] if len(bl) > 3 else [1.0 / n] * n
            xs = [m]
            for w in widths:
                xs.append(xs[-1] + w * uw)
            rh = 20
            top = y + 6
            allr = [hdr] + rows
            for r, row in enumerate(allr):
                yy = top + r * rh
                ops.append(('line', m, yy, W - m, yy, 0.6))
                for j, cell in enumerate(row):
                    sz = fit(cell, fam0, 'B' if r == 0 else '', 9.5, xs[j + 1] - xs[j] - 8)
                    ops.append(('text', xs[j] + 4, yy + 14, cell, fam0, 'B' if r == 0 else '', sz, 'L', r > 0))
            yb = top + len(allr) * rh
            ops.append(('line', m, yb, W - m, yb, 0.6))
            for xx in xs:
                ops.append(('line', xx, top, xx, yb, 0.6))
            y = yb + 6
        elif k == 'sigs':
            sigs = bl[1]
            n = len(sigs)
            cw = uw / n
            y += 40
            for j, (nm, ti) in enumerate(sigs):
                cx = m + cw * j + cw / 2
                ops.append(('line', cx - cw * 0.38, y, cx + cw * 0.38, y, 0.7))
                ops.append(('text', cx, y + 13, nm, fam0, 'B', 9.5, 'C', False))
                if ti:
                    for q, tl in enumerate(ti.split('\n')):
                        ops.append(('text', cx, y + 25 + q * 11, tl, fam0, 'I', 8.5, 'C', False))
            y += 25 + 11 * max(len((t or '').split('\n')) for _, t in sigs)
        elif k == 'newpage':
            ops.append(('page',))
            deco()
            y = c.get('top', 80)
        else:
            raise ValueError(k)
    if y > H - 30:
        raise ValueError('%s overflows page (%d)' % (c['id'], y))
    return W, H, ops


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s %s' % (cmd[0], r.stdout[-800:], r.stderr[-800:]))
    return r


# ---------------------------------------------------------------- ReportLab canvas
def rl_canvas(c, out, acro=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import white, black
    W, H, ops = layout(c)
    cv = canvas.Canvas(out, pagesize=(W, H))
    cv.setTitle(c.get('doc_title', 'Certificate'))
    first = True
    nf = 0
    for op in ops:
        k = op[0]
        if k == 'page':
            if not first:
                cv.showPage()
            first = False
        elif k == 'rect':
            _, x, y, w, h, lw = op
            cv.setLineWidth(lw); cv.rect(x, H - y - h, w, h)
        elif k == 'line':
            _, x1, y1, x2, y2, lw = op
            cv.setLineWidth(lw); cv.line(x1, H - y1, x2, H - y2)
        elif k == 'circle':
            _, x, y, r = op
            cv.setLineWidth(1); cv.circle(x, H - y, r)
        elif k == 'text':
            _, x, y, s, fam, st, size, al, isval = op
            fn = RLFONT[(fam, st)]
            if acro and isval and al == 'L':
                nf += 1
                w = max(stringWidth(s, fn, size) + 12, 60)
                cv.acroForm.textfield(name='f%02d' % nf, value=s, x=x - 2, y=H - y - 4, width=w,
                                      height=size + 6, fontName=fn, fontSize=size, borderWidth=0,
                                      fillColor=white, borderColor=white, textColor=black, maxlen=200)
                continue
            cv.setFont(fn, size)
            if al == 'C':
                cv.drawCentredString(x, H - y, s)
            elif al == 'R':
                cv.drawRightString(x, H - y, s)
            else:
                cv.drawString(x, H - y, s)
    cv.showPage()
    cv.save()


def acroform(c, out):
    tmp = os.path.join(WORK, c['id'] + '_form.pdf')
    rl_canvas(c, tmp, acro=True)
    run(['qpdf', '--generate-appearances', '--flatten-annotations=all', tmp, out])


# ---------------------------------------------------------------- PHP (fpdf / tcpdf)
def php_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


PHPFONT = {'fpdf': {'sans': 'Helvetica', 'serif': 'Times'}, 'tcpdf': {'sans': 'helvetica', 'serif': 'times'}}


def php_pdf(c, out, lib):
    W, H, ops = layout(c)
    L = ['<?php']
    orient = 'L' if c.get('orient') == 'L' else 'P'
    if lib == 'fpdf':
        L.append("require('/usr/share/php/fpdf/fpdf.php');")
        L.append("$p = new FPDF('%s','pt','Letter'); $p->SetAutoPageBreak(false); $p->SetCreator('FPDF');" % orient)
        L.append("function t($s){ return iconv('UTF-8','windows-1252//TRANSLIT',$s); }")
        L.append("function tx($p,$x,$y,$s,$a){ $s=t($s); $w=$p->GetStringWidth($s); if($a=='C')$x-=$w/2; if($a=='R')$x-=$w; $p->Text($x,$y,$s); }")
    else:
        L.append("require('/usr/share/php/tcpdf/tcpdf.php');")
        L.append("$p = new TCPDF('%s','pt','LETTER',true,'UTF-8',false); $p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false); $p->SetMargins(0,0,0); $p->setCellPaddings(0,0,0,0); $p->SetCreator('TCPDF');" % orient)
        L.append("function tx($p,$x,$y,$s,$a){ $w=$p->GetStringWidth($s); if($a=='C')$x-=$w/2; if($a=='R')$x-=$w; $fs=$p->getFontSizePt(); $p->Text($x,$y-$fs*0.93,$s); }")
    L.append("$p->SetTitle(%s);" % php_str(c.get('doc_title', 'Certificate')))
    for op in ops:
        k = op[0]
        if k == 'page':
            L.append('$p->AddPage();')
        elif k == 'rect':
            _, x, y, w, h, lw = op
            L.append('$p->SetLineWidth(%.2f); $p->Rect(%.2f,%.2f,%.2f,%.2f);' % (lw, x, y, w, h))
        elif k == 'line':
            _, x1, y1, x2, y2, lw = op
            L.append('$p->SetLineWidth(%.2f); $p->Line(%.2f,%.2f,%.2f,%.2f);' % (lw, x1, y1, x2, y2))
        elif k == 'circle':
            _, x, y, r = op
            if lib == 'tcpdf':
                L.append('$p->SetLineWidth(1); $p->Circle(%.2f,%.2f,%.2f);' % (x, y, r))
            else:  # fpdf has no circle: draw a polygon of short lines
                import math
                pts = [(x + r * math.cos(a * math.pi / 36), y + r * math.sin(a * math.pi / 36)) for a in range(73)]
                L.append('$p->SetLineWidth(1);' + ''.join('$p->Line(%.2f,%.2f,%.2f,%.2f);' % (pts[q][0], pts[q][1], pts[q + 1][0], pts[q + 1][1]) for q in range(72)))
        elif k == 'text':
            _, x, y, s, fam, st, size, al, isval = op
            L.append("$p->SetFont('%s','%s',%.1f); tx($p,%.2f,%.2f,%s,'%s');" % (PHPFONT[lib][fam], st, size, x, y, php_str(s), al))
    L.append('$p->Output(%s,"F");' % php_str(os.path.abspath(out)))
    src = os.path.join(WORK, c['id'] + '.php')
    open(src, 'w').write('\n'.join(L))
    run(['php', src])


# ---------------------------------------------------------------- Ghostscript / PostScript
PSFONT = {k: v for k, v in RLFONT.items()}


def ps_str(s):
    o = []
    for ch in s:
        n = ord(ch)
        if ch in '()\\':
            o.append('\\' + ch)
        elif 32 <= n < 127:
            o.append(ch)
        elif n < 256:
            o.append('\\%03o' % n)
        else:
            raise ValueError('non latin-1 char in PS: %r' % ch)
    return '(' + ''.join(o) + ')'


def ghostscript(c, out):
    W, H, ops = layout(c)
    L = ['%!PS-Adobe-3.0', '%%Title: ' + c.get('doc_title', 'Certificate'), '%%BoundingBox: 0 0 %d %d' % (W, H), '%%EndComments',
         '<< /PageSize [%d %d] >> setpagedevice' % (W, H),
         '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall '
         '/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } bind def']
    for fn in set(PSFONT.values()):
        L.append('/%s-L /%s reenc' % (fn, fn))
    L.append('/C { dup stringwidth pop 2 div neg 0 rmoveto show } bind def')
    L.append('/R { dup stringwidth pop neg 0 rmoveto show } bind def')
    started = False
    for op in ops:
        k = op[0]
        if k == 'page':
            if started:
                L.append('showpage')
            started = True
        elif k == 'rect':
            _, x, y, w, h, lw = op
            L.append('%.2f setlinewidth newpath %.2f %.2f %.2f %.2f rectstroke' % (lw, x, H - y - h, w, h))
        elif k == 'line':
            _, x1, y1, x2, y2, lw = op
            L.append('%.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (lw, x1, H - y1, x2, H - y2))
        elif k == 'circle':
            _, x, y, r = op
            L.append('1 setlinewidth newpath %.2f %.2f %.2f 0 360 arc stroke' % (x, H - y, r))
        elif k == 'text':
            _, x, y, s, fam, st, size, al, isval = op
            L.append('/%s-L findfont %.1f scalefont setfont %.2f %.2f moveto %s %s' % (
                PSFONT[(fam, st)], size, x, H - y, ps_str(s), {'C': 'C', 'R': 'R', 'L': 'show'}[al]))
    L.append('showpage')
    L.append('%%EOF')
    src = os.path.join(WORK, c['id'] + '.ps')
    open(src, 'w', encoding='latin-1').write('\n'.join(L) + '\n')
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + out, src])


# ---------------------------------------------------------------- Chromium HTML
def chromium(c, out):
    W, H = pagesize(c)
    fam = {'sans': "'Liberation Sans', Arial, Helvetica, sans-serif", 'serif': "'Liberation Serif', 'Times New Roman', serif"}
    f0 = fam[c.get('family', 'sans')]
    acc = c.get('accent', '#1d3557')
    css = """@page { size: %dpt %dpt; margin: 0 }
body { margin:0; font-family:%s; color:#222 }
.pg { box-sizing:border-box; width:%dpt; height:%dpt; padding:%dpt %dpt; position:relative; page-break-after:always; overflow:hidden }
.bd { position:absolute; inset:22pt; border:%s; }
.bd2 { position:absolute; inset:29pt; border:1pt solid %s }
p { margin:0; line-height:1.25 }
table.cols, table.kv { border-collapse:collapse; width:100%%; margin:10pt 0 }
table.cols th { text-align:left; font-size:8.5pt; text-transform:none; color:#555; padding:2pt 4pt 2pt 0 }
table.cols td { font-size:12pt; padding:3pt 4pt 4pt 0; border-bottom:0.6pt solid #888 }
table.kv td { padding:3pt 6pt; font-size:10.5pt; vertical-align:top }
table.kv td.l { font-weight:bold; width:150pt }
table.grid { border-collapse:collapse; width:100%%; margin:8pt 0 }
table.grid td, table.grid th { border:0.7pt solid #444; padding:4pt 5pt; font-size:9.5pt; text-align:left }
table.grid th { background:#e8edf3 }
.sigs { display:flex; justify-content:space-around; margin-top:34pt }
.sig { width:30%%; text-align:center; font-size:9.5pt }
.sig .ln { border-top:0.8pt solid #333; padding-top:3pt; font-weight:bold }
.sig .ti { font-style:italic; font-size:8.5pt }
.seal { position:absolute; right:%dpt; bottom:60pt; width:76pt; height:76pt; border-radius:50%%; border:3pt double %s; text-align:center; font:bold 7pt %s; line-height:76pt; color:%s }
.rule { width:60%%; margin:6pt auto; border-top:0.8pt solid %s }
""" % (W, H, f0, W, H, c.get('top', 60), c.get('margin', 72), '2.5pt solid ' + acc if c.get('border') else 'none', acc,
       c.get('margin', 72), acc, fam['serif'], acc, acc)
    parts = []

    def open_page():
        parts.append('<div class="pg">')
        if c.get('border'):
            parts.append('<div class="bd"></div>')
            if c['border'] == 'double':
                parts.append('<div class="bd2"></div>')
        if c.get('seal'):
            parts.append('<div class="seal">%s</div>' % html.escape(c['seal']))
    open_page()
    e = html.escape
    for bl in c['blocks']:
        k = bl[0]
        if k == 't':
            _, s, size, b, i, al, fm = bl
            st = 'font-size:%.1fpt;text-align:%s;%s%s' % (size, {'C': 'center', 'L': 'left', 'R': 'right'}[al],
                                                          'font-weight:bold;' if b else '', 'font-style:italic;' if i else '')
            if fm:
                st += 'font-family:%s;' % fam[fm]
            if size >= 20:
                st += 'color:%s;' % acc
            parts.append('<p style="%s">%s</p>' % (st, e(s)))
        elif k == 'gap':
            parts.append('<div style="height:%dpt"></div>' % bl[1])
        elif k == 'rule':
            parts.append('<div class="rule"></div>')
        elif k == 'cols':
            parts.append('<table class="cols"><tr>%s</tr><tr>%s</tr></table>' % (
                ''.join('<th>%s</th>' % e(a) for a, _ in bl[1]), ''.join('<td>%s</td>' % e(b) for _, b in bl[1])))
        elif k == 'kv':
            parts.append('<table class="kv">%s</table>' % ''.join(
                '<tr><td class="l">%s</td><td>%s</td></tr>' % (e(a), e(b)) for a, b in bl[1]))
        elif k == 'table':
            parts.append('<table class="grid"><tr>%s</tr>%s</table>' % (
                ''.join('<th>%s</th>' % e(h) for h in bl[1]),
                ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % e(x) for x in r) for r in bl[2])))
        elif k == 'sigs':
            parts.append('<div class="sigs">%s</div>' % ''.join(
                '<div class="sig"><div class="ln">%s</div><div class="ti">%s</div></div>' % (e(n), e(t or '').replace('\n', '<br>'))
                for n, t in bl[1]))
        elif k == 'newpage':
            parts.append('</div>')
            open_page()
    parts.append('</div>')
    doc = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (
        e(c.get('doc_title', 'Certificate')), css, '\n'.join(parts))
    src = os.path.join(WORK, c['id'] + '.html')
    open(src, 'w').write(doc)
    prof = os.path.join(PROFILES, 'chromium')
    run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + prof,
         '--no-pdf-header-footer', '--print-to-pdf=' + os.path.abspath(out), 'file://' + src], timeout=120)


# ---------------------------------------------------------------- LibreOffice (fodt, docx)
def soffice(src, out):
    prof = os.path.join(PROFILES, 'lo')
    run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'pdf', '--outdir', WORK, src], timeout=180)
    shutil.move(os.path.splitext(src)[0] + '.pdf', out)


def fodt(c, out):
    W, H = pagesize(c)
    fam = {'sans': 'Liberation Sans', 'serif': 'Liberation Serif'}
    f0 = fam[c.get('family', 'sans')]
    pstyles = {}
    body = []

    def ps(size, b, i, al, fm):
        key = (size, b, i, al, fm or c.get('family', 'sans'))
        if key not in pstyles:
            pstyles[key] = 'P%d' % (len(pstyles) + 1)
        return pstyles[key]

    def para(s, size=11, b=False, i=False, al='L', fm=None):
        return '<text:p text:style-name="%s">%s</text:p>' % (ps(size, b, i, al, fm), xesc(s))
    tcount = [0]

    def table(rows, ncols, grid=False, labels_first_row=False):
        tcount[0] += 1
        t = ['<table:table table:name="T%d" table:style-name="Tbl">' % tcount[0],
             '<table:table-column table:number-columns-repeated="%d"/>' % ncols]
        for r, row in enumerate(rows):
            t.append('<table:table-row>')
            for cell in row:
                t.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (
                    'CellG' if grid else 'CellN', cell))
            t.append('</table:table-row>')
        t.append('</table:table>')
        return ''.join(t)
    for bl in c['blocks']:
        k = bl[0]
        if k == 't':
            _, s, size, b, i, al, fm = bl
            body.append(para(s, size, b, i, al, fm))
        elif k == 'gap':
            body.append('<text:p text:style-name="%s"/>' % ps(max(4, bl[1] * 0.7), False, False, 'L', None))
        elif k == 'rule':
            body.append(para('_' * 30, 8, False, False, 'C'))
        elif k == 'cols':
            rows = [[para(a, 8.5, True) for a, _ in bl[1]], [para(v, 12) for _, v in bl[1]]]
            body.append(table(rows, len(bl[1])))
        elif k == 'kv':
            body.append(table([[para(a, 10.5, True), para(v, 10.5)] for a, v in bl[1]], 2))
        elif k == 'table':
            rows = [[para(h, 9.5, True) for h in bl[1]]] + [[para(x, 9.5) for x in r] for r in bl[2]]
            body.append(table(rows, len(bl[1]), grid=True))
        elif k == 'sigs':
            body.append(para('', 20))
            rows = [[para('______________________', 9.5, False, False, 'C') for _ in bl[1]],
                    [para(n, 9.5, True, False, 'C') + ''.join(para(tl, 8.5, False, True, 'C') for tl in (t or '').split('\n')) for n, t in bl[1]]]
            body.append(table(rows, len(bl[1])))
        elif k == 'newpage':
            body.append('<text:p text:style-name="PB"/>')
    sx = []
    for (size, b, i, al, fm), name in pstyles.items():
        sx.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" fo:margin-top="0pt" fo:margin-bottom="%.1fpt"/>'
                  '<style:text-properties style:font-name="%s" fo:font-size="%.1fpt"%s%s/></style:style>' % (
                      name, {'C': 'center', 'L': 'start', 'R': 'end'}[al], size * 0.25, fam[fm], size,
                      ' fo:font-weight="bold"' if b else '', ' fo:font-style="italic"' if i else ''))
    border = ''
    if c.get('border'):
        border = ' fo:border="%s" fo:padding="18pt"' % ('4.5pt double #1d3557' if c['border'] == 'double' else '2.5pt solid #1d3557')
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="%s" fo:font-size="11pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="%dpt" fo:page-height="%dpt" style:print-orientation="%s" fo:margin-top="%dpt" fo:margin-bottom="30pt" fo:margin-left="%dpt" fo:margin-right="%dpt"%s/></style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="%dpt" table:align="center" fo:margin-top="6pt" fo:margin-bottom="6pt"/></style:style>
<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding="2pt" fo:border="none"/></style:style>
<style:style style:name="CellG" style:family="table-cell"><style:table-cell-properties fo:padding="3pt" fo:border="0.7pt solid #444444"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
%s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
<office:body><office:text>%s</office:text></office:body></office:document>''' % (
        xesc(c.get('doc_title', 'Certificate')), f0, W, H, 'landscape' if c.get('orient') == 'L' else 'portrait',
        c.get('top', 50), c.get('margin', 60), c.get('margin', 60), border, W - 2 * c.get('margin', 60) - 40, '\n'.join(sx), '\n'.join(body))
    src = os.path.join(WORK, c['id'] + '.fodt')
    open(src, 'w').write(doc)
    soffice(src, out)


def docx(c, out):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    W, H = pagesize(c)
    d = Document()
    d.core_properties.title = c.get('doc_title', 'Certificate')
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE if c.get('orient') == 'L' else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Pt(W), Pt(H)
    m = c.get('margin', 60)
    sec.left_margin = sec.right_margin = Pt(m)
    sec.top_margin = Pt(c.get('top', 50)); sec.bottom_margin = Pt(30)
    if c.get('border'):
        pb = OxmlElement('w:pgBorders'); pb.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            el = OxmlElement('w:' + side)
            el.set(qn('w:val'), 'double' if c['border'] == 'double' else 'single')
            el.set(qn('w:sz'), '18'); el.set(qn('w:space'), '24'); el.set(qn('w:color'), '1D3557')
            pb.append(el)
        sec._sectPr.append(pb)
    fam = {'sans': 'Arial', 'serif': 'Times New Roman'}
    f0 = fam[c.get('family', 'sans')]
    st = d.styles['Normal']; st.font.name = f0; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(2); st.paragraph_format.space_before = Pt(0)
    AL = {'C': WD_ALIGN_PARAGRAPH.CENTER, 'L': WD_ALIGN_PARAGRAPH.LEFT, 'R': WD_ALIGN_PARAGRAPH.RIGHT}

    def para(container, s, size=11, b=False, i=False, al='L', fm=None):
        p = container.add_paragraph() if container is not None else d.add_paragraph()
        p.alignment = AL[al]
        r = p.add_run(s); r.font.size = Pt(size); r.bold = b; r.italic = i
        if fm:
            r.font.name = fam[fm]
        return p

    def cellp(cell, s, size, b=False, i=False, al='L'):
        p = cell.paragraphs[0] if not cell.paragraphs[0].text and len(cell.paragraphs) == 1 and not cell._used else cell.add_paragraph()
        cell._used = True
        p.alignment = AL[al]
        r = p.add_run(s); r.font.size = Pt(size); r.bold = b; r.italic = i
    for bl in c['blocks']:
        k = bl[0]
        if k == 't':
            _, s, size, b, i, al, fm = bl
            para(None, s, size, b, i, al, fm)
        elif k == 'gap':
            p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
            p.add_run(' ').font.size = Pt(max(2, bl[1] * 0.7))
        elif k == 'rule':
            para(None, '_' * 30, 8, al='C')
        elif k in ('cols', 'kv', 'table', 'sigs'):
            if k == 'cols':
                rows = [[(a, 8.5, True, False, 'L') for a, _ in bl[1]], [(v, 12, False, False, 'L') for _, v in bl[1]]]
            elif k == 'kv':
                rows = [[(a, 10.5, True, False, 'L'), (v, 10.5, False, False, 'L')] for a, v in bl[1]]
            elif k == 'table':
                rows = [[(h, 9.5, True, False, 'L') for h in bl[1]]] + [[(x, 9.5, False, False, 'L') for x in r] for r in bl[2]]
            else:
                para(None, ' ', 18)
                rows = [[('______________________', 9.5, False, False, 'C') for _ in bl[1]],
                        [(n, 9.5, True, False, 'C') for n, _ in bl[1]]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == 'table':
                t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for j, (s, size, b, i, al) in enumerate(row):
                    cl = t.cell(r, j); cl._used = False
                    cellp(cl, s, size, b, i, al)
                    if k == 'sigs' and r == 1:
                        for tl in (bl[1][j][1] or '').split('\n'):
                            if tl:
                                cellp(cl, tl, 8.5, False, True, 'C')
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == 'newpage':
            d.add_page_break()
    src = os.path.join(WORK, c['id'] + '.docx')
    d.save(src)
    soffice(src, out)


# ---------------------------------------------------------------- ReportLab Platypus
def platypus(c, out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    W, H = pagesize(c)
    m = c.get('margin', 66)
    f0 = c.get('family', 'sans')
    AL = {'C': TA_CENTER, 'L': TA_LEFT, 'R': TA_RIGHT}

    def P(s, size=11, b=False, i=False, al='L', fm=None):
        return Paragraph(xesc(s), ParagraphStyle('x', fontName=RLFONT[(fm or f0, sty(b, i))], fontSize=size,
                                                 leading=size * 1.25, alignment=AL[al]))
    story = []
    uw = W - 2 * m
    for bl in c['blocks']:
        k = bl[0]
        if k == 't':
            _, s, size, b, i, al, fm = bl
            story.append(P(s, size, b, i, al, fm))
        elif k == 'gap':
            story.append(Spacer(1, bl[1]))
        elif k == 'rule':
            t = Table([['']], colWidths=[uw * 0.6]); t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.8, colors.black)]))
            story.append(t)
        elif k == 'cols':
            n = len(bl[1])
            t = Table([[P(a, 8.5, True) for a, _ in bl[1]], [P(v, 12) for _, v in bl[1]]], colWidths=[uw / n] * n)
            t.setStyle(TableStyle([('LINEBELOW', (0, 1), (-1, 1), 0.6, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
        elif k == 'kv':
            lw = bl[2] if len(bl) > 2 else 150
            t = Table([[P(a, 10.5, True), P(v, 10.5)] for a, v in bl[1]], colWidths=[lw, uw * 0.9 - lw])
            story.append(t)
        elif k == 'table':
            n = len(bl[1])
            widths = [w * uw for w in bl[3]] if len(bl) > 3 else [uw / n] * n
            t = Table([[P(h, 9.5, True) for h in bl[1]]] + [[P(x, 9.5) for x in r] for r in bl[2]], colWidths=widths)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.7, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8edf3'))]))
            story.append(t)
        elif k == 'sigs':
            n = len(bl[1])
            cells = [[P(nm, 9.5, True, al='C')] + [P(tl, 8.5, i=True, al='C') for tl in (ti or '').split('\n') if tl] for nm, ti in bl[1]]
            t = Table([cells], colWidths=[uw / n] * n)
            t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.7, colors.black), ('LEFTPADDING', (0, 0), (-1, -1), 14),
                                   ('RIGHTPADDING', (0, 0), (-1, -1), 14), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(Spacer(1, 34)); story.append(t)
        elif k == 'newpage':
            story.append(PageBreak())

    def deco(cv, doc):
        cv.saveState()
        if c.get('border'):
            cv.setLineWidth(2.5); cv.rect(22, 22, W - 44, H - 44)
            if c['border'] == 'double':
                cv.setLineWidth(0.8); cv.rect(29, 29, W - 58, H - 58)
        if c.get('seal'):
            cv.setLineWidth(1); cv.circle(W - m - 30, 95, 38); cv.circle(W - m - 30, 95, 33)
            cv.setFont('Times-Bold', 7); cv.drawCentredString(W - m - 30, 92, c['seal'])
        cv.restoreState()
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=c.get('top', 60), bottomMargin=36,
                            title=c.get('doc_title', 'Certificate'))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


PRODUCERS = {'chromium': chromium, 'fodt': fodt, 'docx': docx, 'fpdf': lambda c, o: php_pdf(c, o, 'fpdf'),
             'tcpdf': lambda c, o: php_pdf(c, o, 'tcpdf'), 'rl_canvas': rl_canvas, 'platypus': platypus,
             'acroform': acroform, 'ghostscript': ghostscript}


def render(c, out):
    os.makedirs(WORK, exist_ok=True)
    PRODUCERS[c['producer']](c, out)
