#!/usr/bin/python3
"""Build the blind CE-certificate test set certs-g.

Run:  /usr/bin/python3 build.py        (needs reportlab, python-docx, chromium,
      soffice, php with FPDF/TCPDF in /usr/share/php, ghostscript, qpdf)
Writes sources to src/, PDFs gNN.pdf and gold records gNN.gold.json.
"""
import json, os, re, shutil, subprocess, sys, html
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')

# ---------------------------------------------------------------- elements
def T(text, size=11, b=0, i=0, al='c', f='sans', sp=4, ls=0, c=None, field=False):
    return dict(k='T', text=text, size=size, b=b, i=i, al=al, f=f, sp=sp, ls=ls, c=c, field=field)

def KV(rows, mode='beside', la='l', lw=0.34, ind=0, size=10.5, lb=1, vb=0, sp=8, ncol=3,
       f='sans', field=False, w=None):
    return dict(k='KV', rows=rows, mode=mode, la=la, lw=lw, ind=ind, size=size, lb=lb, vb=vb,
                sp=sp, ncol=ncol, f=f, field=field, w=w)

def HR(w=0.6, sp=8):
    return dict(k='HR', w=w, sp=sp)

def SIG(sigs, sp=34, size=9.5, f='sans'):
    return dict(k='SIG', sigs=sigs, sp=sp, size=size, f=f)

def BR(n=12):
    return dict(k='BR', n=n)

def PB():
    return dict(k='PB')

PAGES = {'letter': (612, 792), 'a4': (595, 842)}

def page_wh(spec):
    size, orient = spec.get('page', ('letter', 'P'))
    w, h = PAGES[size]
    return (h, w) if orient == 'L' else (w, h)

COLORS = {None: (0, 0, 0), 'navy': (0.08, 0.16, 0.42), 'maroon': (0.5, 0.05, 0.12),
          'green': (0.05, 0.35, 0.2), 'grey': (0.35, 0.35, 0.35), 'teal': (0.0, 0.38, 0.42)}

def fontname(f, b, i):
    if f == 'serif':
        return {(0, 0): 'Times-Roman', (1, 0): 'Times-Bold', (0, 1): 'Times-Italic', (1, 1): 'Times-BoldItalic'}[(b, i)]
    if f == 'mono':
        return {(0, 0): 'Courier', (1, 0): 'Courier-Bold', (0, 1): 'Courier-Oblique', (1, 1): 'Courier-BoldOblique'}[(b, i)]
    return {(0, 0): 'Helvetica', (1, 0): 'Helvetica-Bold', (0, 1): 'Helvetica-Oblique', (1, 1): 'Helvetica-BoldOblique'}[(b, i)]

def sw(s, font, size, ls=0):
    return stringWidth(s, font, size) + ls * len(s)

def wrap(text, font, size, width, ls=0):
    out = []
    for para in text.split('\n'):
        words = para.split(' ')
        line = ''
        for wd in words:
            cand = (line + ' ' + wd) if line else wd
            if line and sw(cand, font, size, ls) > width:
                out.append(line)
                line = wd
            else:
                line = cand
        out.append(line)
    return out

# ---------------------------------------------------------------- absolute layout
def layout(spec):
    """Return list of pages; each page is a list of ops in PDF coordinates."""
    W, H = page_wh(spec)
    m = spec.get('margin', 60)
    pages = [[]]
    ops = pages[0]

    def border():
        bd = spec.get('border', 0)
        if bd:
            ops.append(('rect', 22, 22, W - 44, H - 44, 2.2 if bd == 2 else 1.0, spec.get('bc')))
        if bd == 2:
            ops.append(('rect', 29, 29, W - 58, H - 58, 0.6, spec.get('bc')))
    border()
    y = H - spec.get('top', 70)
    fid = [0]

    def text(x, yb, s, font, size, al, ls=0, c=None, field=False, fw=None):
        wdt = sw(s, font, size, ls)
        if al == 'c':
            x = x - wdt / 2
        elif al == 'r':
            x = x - wdt
        name = None
        if field:
            fid[0] += 1
            name = 'f%d' % fid[0]
        ops.append(('text', x, yb, font, size, s, ls, c, name, wdt))

    for el in spec['els']:
        k = el['k']
        if k == 'PB':
            pages.append([])
            ops = pages[-1]
            border()
            y = H - spec.get('top', 70)
        elif k == 'BR':
            y -= el['n']
        elif k == 'HR':
            y -= el['sp']
            ww = (W - 2 * m) * el['w']
            ops.append(('line', W / 2 - ww / 2, y, W / 2 + ww / 2, y, 0.8, None))
            y -= 4
        elif k == 'T':
            font = fontname(el['f'], el['b'], el['i'])
            size = el['size']
            y -= el['sp']
            for ln in wrap(el['text'], font, size, W - 2 * m, el['ls']):
                yb = y - size * 0.95
                x = {'c': W / 2, 'l': m, 'r': W - m}[el['al']]
                text(x, yb, ln, font, size, el['al'], el['ls'], el['c'], el['field'])
                y -= size * 1.28
        elif k == 'KV':
            size = el['size']
            lf = fontname(el['f'], el['lb'], 0)
            vf = fontname(el['f'], el['vb'], 0)
            y -= el['sp']
            x0 = m + el['ind']
            tw = (el['w'] or (W - 2 * m - 2 * el['ind']))
            if el['w']:
                x0 = (W - tw) / 2
            lead = size * 1.35
            if el['mode'] in ('beside', 'table'):
                lw = tw * el['lw']
                pad = 5 if el['mode'] == 'table' else 0
                if el['mode'] == 'table':
                    ops.append(('line', x0, y, x0 + tw, y, 0.6, None))
                for lab, val in el['rows']:
                    ll = wrap(lab, lf, size, lw - 10 - 2 * pad)
                    vl = wrap(val, vf, size, tw - lw - 10 - 2 * pad)
                    n = max(len(ll), len(vl))
                    ytop = y
                    y -= pad
                    for j, s in enumerate(ll):
                        yb = y - size * 0.95 - j * lead
                        if el['la'] == 'r':
                            text(x0 + lw - 8 - pad, yb, s, lf, size, 'r')
                        else:
                            text(x0 + pad, yb, s, lf, size, 'l')
                    for j, s in enumerate(vl):
                        yb = y - size * 0.95 - j * lead
                        text(x0 + lw + (pad or 4), yb, s, vf, size, 'l', field=el['field'])
                    y -= n * lead + pad + (1 if el['mode'] == 'table' else 2)
                    if el['mode'] == 'table':
                        ops.append(('line', x0, y, x0 + tw, y, 0.6, None))
                        ops.append(('line', x0, ytop, x0, y, 0.6, None))
                        ops.append(('line', x0 + lw, ytop, x0 + lw, y, 0.6, None))
                        ops.append(('line', x0 + tw, ytop, x0 + tw, y, 0.6, None))
            else:  # above
                nc = el['ncol']
                cw = tw / nc
                rows = el['rows']
                for r0 in range(0, len(rows), nc):
                    maxl = 1
                    for ci, (lab, val) in enumerate(rows[r0:r0 + nc]):
                        cx = x0 + ci * cw + cw / 2
                        text(cx, y - (size - 2) * 0.95, lab, fontname(el['f'], 0, 0), size - 2, 'c', c='grey')
                        vl = wrap(val, vf, size, cw - 12)
                        for j, s in enumerate(vl):
                            text(cx, y - (size - 2) * 1.3 - size * 0.95 - j * lead, s, vf, size, 'c', field=el['field'])
                        maxl = max(maxl, len(vl))
                    y -= (size - 2) * 1.3 + maxl * lead + 8
        elif k == 'SIG':
            y -= el['sp']
            n = len(el['sigs'])
            cw = (W - 2 * m) / n
            for ci, (nm, role) in enumerate(el['sigs']):
                cx = m + ci * cw + cw / 2
                ops.append(('line', cx - cw * 0.38, y, cx + cw * 0.38, y, 0.6, None))
                text(cx, y - el['size'] * 1.2, nm, fontname(el['f'], 1, 0), el['size'], 'c')
                yy = y - el['size'] * 2.45
                for s in role.split('\n'):
                    text(cx, yy, s, fontname(el['f'], 0, 0), el['size'] - 1, 'c')
                    yy -= el['size'] * 1.2
            y -= el['size'] * 3.5
    return pages

# ---------------------------------------------------------------- backends: absolute
def run(cmd, ok=(0,), **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode not in ok:
        sys.stderr.write('FAILED %s\n%s\n%s\n' % (cmd, r.stdout[-2000:], r.stderr[-2000:]))
        raise SystemExit(1)
    return r

def render_reportlab(spec, out, acro=False):
    from reportlab.pdfgen import canvas
    W, H = page_wh(spec)
    cv = canvas.Canvas(out, pagesize=(W, H))
    cv.setTitle(spec.get('doctitle', 'Certificate'))
    cv.setAuthor(spec.get('docauthor', ''))
    for pg in layout(spec):
        for op in pg:
            if op[0] == 'text':
                _, x, yb, font, size, s, ls, c, name, wdt = op
                if acro and name:
                    cv.acroForm.textfield(name=name, value=s, x=x - 2, y=yb - size * 0.3, width=wdt + 8,
                                          height=size * 1.45, borderWidth=0, fontName=font, fontSize=size,
                                          fillColor=None, textColor=None, fieldFlags='readOnly',
                                          forceBorder=False)
                    continue
                cv.setFillColorRGB(*COLORS[c])
                cv.setFont(font, size)
                cv.drawString(x, yb, s, charSpace=ls)
            elif op[0] == 'line':
                cv.setLineWidth(op[5]); cv.line(op[1], op[2], op[3], op[4])
            elif op[0] == 'rect':
                cv.setStrokeColorRGB(*COLORS[op[6]]); cv.setLineWidth(op[5])
                cv.rect(op[1], op[2], op[3], op[4]); cv.setStrokeColorRGB(0, 0, 0)
        cv.showPage()
    cv.save()

def php_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"

def render_php(spec, out, lib):
    W, H = page_wh(spec)
    orient = 'L' if W > H else 'P'
    fmt = 'array(%s, %s)' % (min(W, H), max(W, H))
    L = ['<?php']
    if lib == 'fpdf':
        L.append("require('/usr/share/php/fpdf/fpdf.php');")
        L.append("$p = new FPDF('%s', 'pt', %s);" % (orient, fmt))
        L.append("$p->SetAutoPageBreak(false); $p->SetTitle(%s);" % php_str(spec.get('doctitle', 'Certificate')))
        L.append("function t($p,$x,$y,$s){ $p->Text($x,$y,iconv('UTF-8','windows-1252//TRANSLIT',$s)); }")
    else:
        L.append("require('/usr/share/php/tcpdf/tcpdf.php');")
        L.append("$p = new TCPDF('%s', 'pt', %s, true, 'UTF-8', false);" % (orient, fmt))
        L.append("$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetMargins(0,0,0);"
                 " $p->SetAutoPageBreak(false); $p->setCellPaddings(0,0,0,0); $p->SetTitle(%s);"
                 % php_str(spec.get('doctitle', 'Certificate')))
        L.append("function t($p,$x,$y,$s){ $p->Text($x,$y,$s,false,false,true,0,0,'',false,'',0,false,'L','T'); }")
    fam = {'Helvetica': ('helvetica', ''), 'Helvetica-Bold': ('helvetica', 'B'), 'Helvetica-Oblique': ('helvetica', 'I'),
           'Helvetica-BoldOblique': ('helvetica', 'BI'), 'Times-Roman': ('times', ''), 'Times-Bold': ('times', 'B'),
           'Times-Italic': ('times', 'I'), 'Times-BoldItalic': ('times', 'BI'), 'Courier': ('courier', ''),
           'Courier-Bold': ('courier', 'B'), 'Courier-Oblique': ('courier', 'I'), 'Courier-BoldOblique': ('courier', 'BI')}
    for pg in layout(spec):
        L.append('$p->AddPage();')
        for op in pg:
            if op[0] == 'text':
                _, x, yb, font, size, s, ls, c, name, wdt = op
                fa, st = fam[font]
                L.append("$p->SetFont('%s','%s',%.2f);" % (fa, st, size))
                r, g, b = [int(v * 255) for v in COLORS[c]]
                L.append('$p->SetTextColor(%d,%d,%d);' % (r, g, b))
                if lib == 'tcpdf':
                    L.append('$p->setFontSpacing(%.2f);' % ls)
                L.append('t($p,%.2f,%.2f,%s);' % (x, H - yb, php_str(s)))
            elif op[0] == 'line':
                L.append('$p->SetLineWidth(%.2f); $p->Line(%.2f,%.2f,%.2f,%.2f);' % (op[5], op[1], H - op[2], op[3], H - op[4]))
            elif op[0] == 'rect':
                r, g, b = [int(v * 255) for v in COLORS[op[6]]]
                L.append('$p->SetDrawColor(%d,%d,%d); $p->SetLineWidth(%.2f); $p->Rect(%.2f,%.2f,%.2f,%.2f); $p->SetDrawColor(0,0,0);'
                         % (r, g, b, op[5], op[1], H - op[2] - op[4], op[3], op[4]))
    L.append("$p->Output('F', %s);" % php_str(out) if lib == 'fpdf' else "$p->Output(%s, 'F');" % php_str(out))
    src = os.path.join(SRC, spec['id'] + '.php')
    open(src, 'w').write('\n'.join(L) + '\n')
    run(['php', src])

def ps_str(s):
    b = s.encode('latin-1')
    o = ''
    for ch in b:
        if ch in (40, 41, 92):
            o += '\\' + chr(ch)
        elif ch > 126:
            o += '\\%03o' % ch
        else:
            o += chr(ch)
    return '(' + o + ')'

def render_ps(spec, out):
    W, H = page_wh(spec)
    L = ['%!PS-Adobe-3.0', '%%Title: ' + spec.get('doctitle', 'Certificate'), '%%BoundingBox: 0 0 %d %d' % (W, H),
         '%%EndComments',
         '/RE { findfont dup length dict begin {1 index /FID ne {def}{pop pop} ifelse} forall '
         '/Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put def currentdict end definefont pop } bind def']
    fonts = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique', 'Times-Roman', 'Times-Bold',
             'Times-Italic', 'Times-BoldItalic', 'Courier', 'Courier-Bold']
    for f in fonts:
        L.append('/%s-L /%s RE' % (f, f))
    pages = layout(spec)
    for n, pg in enumerate(pages, 1):
        L.append('%%%%Page: %d %d' % (n, n))
        L.append('<< /PageSize [%d %d] >> setpagedevice' % (W, H))
        for op in pg:
            if op[0] == 'text':
                _, x, yb, font, size, s, ls, c, name, wdt = op
                L.append('/%s-L findfont %.2f scalefont setfont %.3f %.3f %.3f setrgbcolor' % ((font, size) + COLORS[c]))
                if ls:
                    L.append('%.2f %.2f moveto %.2f 0 %s ashow' % (x, yb, ls, ps_str(s)))
                else:
                    L.append('%.2f %.2f moveto %s show' % (x, yb, ps_str(s)))
            elif op[0] == 'line':
                L.append('0 setgray %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (op[5], op[1], op[2], op[3], op[4]))
            elif op[0] == 'rect':
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f %.2f rectstroke 0 setgray'
                         % (COLORS[op[6]] + (op[5], op[1], op[2], op[3], op[4])))
        L.append('showpage')
    L.append('%%EOF')
    src = os.path.join(SRC, spec['id'] + '.ps')
    open(src, 'w', encoding='latin-1').write('\n'.join(L) + '\n')
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dDEVICEWIDTHPOINTS=%d' % W,
         '-dDEVICEHEIGHTPOINTS=%d' % H, '-dFIXEDMEDIA', '-sOutputFile=' + out, src])

# ---------------------------------------------------------------- backends: flow
CSSFONT = {'sans': "'Liberation Sans', Arial, sans-serif", 'serif': "'Liberation Serif', 'Times New Roman', serif",
           'mono': "'Liberation Mono', monospace"}

def hcol(c):
    r, g, b = COLORS[c]
    return '#%02x%02x%02x' % (int(r * 255), int(g * 255), int(b * 255))

def render_html(spec, out):
    W, H = page_wh(spec)
    m = spec.get('margin', 60)
    e = lambda s: html.escape(s).replace('\n', '<br>')
    css = ('@page{size:%dpt %dpt;margin:0} body{margin:0;font-family:%s;} .pg{position:relative;box-sizing:border-box;'
           'width:%dpt;height:%dpt;padding:%dpt %dpt 30pt %dpt;overflow:hidden;page-break-after:always} '
           '.pg:last-child{page-break-after:auto} .b1{position:absolute;left:22pt;top:22pt;right:22pt;bottom:22pt;border:1pt solid %s}'
           '.b2{position:absolute;left:22pt;top:22pt;right:22pt;bottom:22pt;border:4pt double %s}'
           'table{border-collapse:collapse} td{vertical-align:top;padding:2pt 6pt}'
           % (W, H, CSSFONT[spec.get('font', 'sans')], W, H, spec.get('top', 70) - 8, m, m, hcol(spec.get('bc')), hcol(spec.get('bc'))))
    body = []
    pages = [[]]
    for el in spec['els']:
        if el['k'] == 'PB':
            pages.append([])
        else:
            pages[-1].append(el)
    for pg in pages:
        bd = spec.get('border', 0)
        body.append('<div class="pg">' + ('<div class="b%d"></div>' % bd if bd else ''))
        for el in pg:
            k = el['k']
            if k == 'BR':
                body.append('<div style="height:%dpt"></div>' % el['n'])
            elif k == 'HR':
                body.append('<hr style="width:%d%%;margin-top:%dpt;border:0;border-top:0.8pt solid #000">' % (el['w'] * 100, el['sp']))
            elif k == 'T':
                st = 'text-align:%s;font-size:%spt;margin-top:%spt;font-family:%s;color:%s;line-height:1.25;' % (
                    {'c': 'center', 'l': 'left', 'r': 'right'}[el['al']], el['size'], el['sp'], CSSFONT[el['f']], hcol(el['c']))
                st += 'font-weight:%s;font-style:%s;white-space:pre-wrap;' % ('bold' if el['b'] else 'normal', 'italic' if el['i'] else 'normal')
                if el['ls']:
                    st += 'letter-spacing:%spt;' % el['ls']
                body.append('<div style="%s">%s</div>' % (st, e(el['text'])))
            elif k == 'KV':
                fs = 'font-size:%spt;font-family:%s;' % (el['size'], CSSFONT[el['f']])
                tw = ('width:%dpt;margin-left:auto;margin-right:auto;' % el['w']) if el['w'] else 'width:calc(100%% - %dpt);margin-left:%dpt;' % (2 * el['ind'], el['ind'])
                lb = 'font-weight:bold;' if el['lb'] else ''
                vb = 'font-weight:bold;' if el['vb'] else ''
                if el['mode'] in ('beside', 'table'):
                    bd = 'border:0.6pt solid #000;' if el['mode'] == 'table' else ''
                    rows = ''.join('<tr><td style="%s%s%stext-align:%s;width:%d%%">%s</td><td style="%s%s">%s</td></tr>' % (
                        fs, lb, bd, 'right' if el['la'] == 'r' else 'left', el['lw'] * 100, e(a), bd, vb, e(b)) for a, b in el['rows'])
                    body.append('<table style="%s%smargin-top:%dpt">%s</table>' % (tw, fs, el['sp'], rows))
                else:
                    nc = el['ncol']
                    cells = ['<td style="text-align:center;width:%d%%"><div style="font-size:%spt;color:#595959">%s</div>'
                             '<div style="%s">%s</div></td>' % (100 // nc, el['size'] - 2, e(a), vb, e(b)) for a, b in el['rows']]
                    rows = ''.join('<tr>' + ''.join(cells[i:i + nc]) + '</tr>' for i in range(0, len(cells), nc))
                    body.append('<table style="%s%smargin-top:%dpt">%s</table>' % (tw, fs, el['sp'], rows))
            elif k == 'SIG':
                cells = ''.join('<td style="text-align:center;padding:0 20pt"><div style="border-top:0.6pt solid #000;'
                                'padding-top:3pt;font-weight:bold">%s</div><div style="font-size:%spt">%s</div></td>' % (
                                    e(a), el['size'] - 1, e(b)) for a, b in el['sigs'])
                body.append('<table style="width:100%%;margin-top:%dpt;font-size:%spt;table-layout:fixed"><tr>%s</tr></table>' % (
                    el['sp'], el['size'], cells))
        body.append('</div>')
    doc = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (
        e(spec.get('doctitle', 'Certificate')), css, '\n'.join(body))
    src = os.path.join(SRC, spec['id'] + '.html')
    open(src, 'w').write(doc)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--print-to-pdf=' + out, 'file://' + src])

def render_fodt(spec, out):
    W, H = page_wh(spec)
    m = spec.get('margin', 60)
    x = lambda s: html.escape(s, quote=True)
    styles = []
    body = []
    cnt = [0]
    FN = {'sans': 'Liberation Sans', 'serif': 'Liberation Serif', 'mono': 'Liberation Mono'}

    def pstyle(al='c', size=11, b=0, i=0, f='sans', sp=0, ls=0, c=None, brk=False):
        cnt[0] += 1
        n = 'P%d' % cnt[0]
        styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" '
                      'fo:margin-top="%spt" fo:margin-bottom="0pt"%s/><style:text-properties style:font-name="%s" fo:font-size="%spt" '
                      'fo:font-weight="%s" fo:font-style="%s" fo:color="%s"%s/></style:style>' % (
                          n, {'c': 'center', 'l': 'start', 'r': 'end'}[al], sp, ' fo:break-before="page"' if brk else '',
                          FN[f], size, 'bold' if b else 'normal', 'italic' if i else 'normal', hcol(c),
                          ' fo:letter-spacing="%spt"' % ls if ls else ''))
        return n

    def para(text, st):
        t = '<text:line-break/>'.join(x(l) for l in text.split('\n'))
        return '<text:p text:style-name="%s">%s</text:p>' % (st, t)

    brk = [False]

    def nextbrk():
        b = brk[0]; brk[0] = False; return b
    for el in spec['els']:
        k = el['k']
        if k == 'PB':
            brk[0] = True
        elif k == 'BR':
            body.append(para('', pstyle(size=2, sp=el['n'], brk=nextbrk())))
        elif k == 'HR':
            cnt[0] += 1
            n = 'P%d' % cnt[0]
            styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:margin-left="%spt" '
                          'fo:margin-right="%spt" fo:margin-top="%spt" fo:border-bottom="0.8pt solid #000000"%s/>'
                          '<style:text-properties fo:font-size="2pt"/></style:style>' % (
                              n, (W - 2 * m) * (1 - el['w']) / 2, (W - 2 * m) * (1 - el['w']) / 2, el['sp'],
                              ' fo:break-before="page"' if nextbrk() else ''))
            body.append('<text:p text:style-name="%s"/>' % n)
        elif k == 'T':
            body.append(para(el['text'], pstyle(el['al'], el['size'], el['b'], el['i'], el['f'], el['sp'], el['ls'], el['c'], nextbrk())))
        elif k in ('KV', 'SIG'):
            cnt[0] += 1
            tn = 'Tb%d' % cnt[0]
            tw = W - 2 * m
            if k == 'KV':
                if el['w']:
                    tw = el['w']
                else:
                    tw = tw - 2 * el['ind']
            b = nextbrk()
            styles.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%spt" '
                          'table:align="center" fo:margin-top="%spt"%s/></style:style>' % (
                              tn, tw, el['sp'], ' fo:break-before="page"' if b else ''))
            cell_b = tn + 'C'
            border = k == 'KV' and el['mode'] == 'table'
            styles.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties fo:padding="3pt" '
                          'fo:border="%s"/></style:style>' % (cell_b, '0.6pt solid #000000' if border else 'none'))
            if k == 'SIG':
                cellsig = tn + 'S'
                styles.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties fo:padding-left="18pt" '
                              'fo:padding-right="18pt" fo:border="none"/></style:style>' % cellsig)
                ps = pstyle('c', el['size'], 1, 0, el['f'], 0)
                ps2 = pstyle('c', el['size'] - 1, 0, 0, el['f'], 0)
                cnt[0] += 1
                ln = 'P%d' % cnt[0]
                styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="center" '
                              'fo:border-top="0.6pt solid #000000" fo:padding-top="3pt"/><style:text-properties fo:font-size="%spt" '
                              'fo:font-weight="bold" style:font-name="%s"/></style:style>' % (ln, el['size'], FN[el['f']]))
                cells = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s%s</table:table-cell>' % (
                    cellsig, para(a, ln), para(bb, ps2)) for a, bb in el['sigs'])
                body.append('<table:table table:style-name="%s"><table:table-column table:number-columns-repeated="%d"/>'
                            '<table:table-row>%s</table:table-row></table:table>' % (tn, len(el['sigs']), cells))
                continue
            lps = pstyle('r' if el['la'] == 'r' else 'l', el['size'], el['lb'], 0, el['f'], 0)
            vps = pstyle('l', el['size'], el['vb'], 0, el['f'], 0)
            if el['mode'] in ('beside', 'table'):
                c1, c2 = tn + 'A', tn + 'B'
                styles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%spt"/></style:style>' % (c1, tw * el['lw']))
                styles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%spt"/></style:style>' % (c2, tw * (1 - el['lw'])))
                rows = ''.join('<table:table-row><table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                               '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell></table:table-row>' % (
                                   cell_b, para(a, lps), cell_b, para(bb, vps)) for a, bb in el['rows'])
                body.append('<table:table table:style-name="%s"><table:table-column table:style-name="%s"/><table:table-column table:style-name="%s"/>%s</table:table>' % (tn, c1, c2, rows))
            else:
                nc = el['ncol']
                lps = pstyle('c', el['size'] - 2, 0, 0, el['f'], 0, c='grey')
                vps = pstyle('c', el['size'], el['vb'], 0, el['f'], 0)
                cells = ['<table:table-cell table:style-name="%s" office:value-type="string">%s%s</table:table-cell>' % (
                    cell_b, para(a, lps), para(bb, vps)) for a, bb in el['rows']]
                while len(cells) % nc:
                    cells.append('<table:table-cell table:style-name="%s"><text:p/></table:table-cell>' % cell_b)
                rows = ''.join('<table:table-row>' + ''.join(cells[i:i + nc]) + '</table:table-row>' for i in range(0, len(cells), nc))
                body.append('<table:table table:style-name="%s"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>' % (tn, nc, rows))
    bd = spec.get('border', 0)
    pborder = ''
    if bd:
        pborder = ' fo:border="%s" fo:padding="%spt"' % ('1pt solid %s' % hcol(spec.get('bc')) if bd == 1 else '3pt double %s' % hcol(spec.get('bc')), m - 30)
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
<style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%spt" fo:page-height="%spt" style:print-orientation="%s"
 fo:margin-top="30pt" fo:margin-bottom="30pt" fo:margin-left="30pt" fo:margin-right="30pt"%s/></style:page-layout>
%s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
''' % (x(spec.get('doctitle', 'Certificate')), W, H, 'landscape' if W > H else 'portrait', pborder or ' fo:padding="%spt"' % (m - 30),
       '\n'.join(styles), '\n'.join(body))
    src = os.path.join(SRC, spec['id'] + '.fodt')
    open(src, 'w').write(doc)
    lo_convert(src, out)

def lo_convert(src, out):
    tmpd = os.path.join(SRC, '_lo')
    os.makedirs(tmpd, exist_ok=True)
    run(['soffice', '--headless', '-env:UserInstallation=file://' + os.path.join(SRC, '_loprofile'),
         '--convert-to', 'pdf', '--outdir', tmpd, src])
    base = os.path.splitext(os.path.basename(src))[0]
    shutil.move(os.path.join(tmpd, base + '.pdf'), out)

def render_docx(spec, out):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    W, H = page_wh(spec)
    m = spec.get('margin', 60)
    d = docx.Document()
    d.core_properties.title = spec.get('doctitle', 'Certificate')
    d.core_properties.author = spec.get('docauthor', '')
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE if W > H else WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Pt(W), Pt(H)
    s.left_margin = s.right_margin = Pt(m)
    s.top_margin = Pt(spec.get('top', 70) - 10)
    s.bottom_margin = Pt(36)
    FN = {'sans': 'Liberation Sans', 'serif': 'Liberation Serif', 'mono': 'Liberation Mono'}
    AL = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}
    st = d.styles['Normal']
    st.font.name = FN[spec.get('font', 'sans')]
    st.paragraph_format.space_after = Pt(0)
    if spec.get('border'):
        sp = s._sectPr
        pb = OxmlElement('w:pgBorders'); pb.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), 'double' if spec['border'] == 2 else 'single'); e.set(qn('w:sz'), '12')
            e.set(qn('w:space'), '24'); e.set(qn('w:color'), hcol(spec.get('bc'))[1:])
            pb.append(e)
        sp.append(pb)

    def addrun(p, text, size, b=0, i=0, f='sans', ls=0, c=None):
        lines = text.split('\n')
        for j, l in enumerate(lines):
            r = p.add_run(l)
            r.font.size = Pt(size); r.bold = bool(b); r.italic = bool(i); r.font.name = FN[f]
            r.font.color.rgb = docx.shared.RGBColor.from_string(hcol(c)[1:].upper())
            if ls:
                spc = OxmlElement('w:spacing'); spc.set(qn('w:val'), str(int(ls * 20))); r._r.get_or_add_rPr().append(spc)
            if j < len(lines) - 1:
                r.add_break()
    pending_break = [False]

    def newp(al='c', sp=0):
        p = d.add_paragraph()
        p.alignment = AL[al]
        p.paragraph_format.space_before = Pt(sp)
        if pending_break[0]:
            p.paragraph_format.page_break_before = True
            pending_break[0] = False
        return p

    def cellp(cell, first=True):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        return p

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement('w:tblBorders')
        for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            e = OxmlElement('w:' + side); e.set(qn('w:val'), 'nil'); b.append(e)
        tblPr.append(b)
    first = True
    for el in spec['els']:
        k = el['k']
        if k == 'PB':
            pending_break[0] = True
        elif k == 'BR':
            p = newp(sp=el['n']); addrun(p, '', 2)
        elif k == 'HR':
            p = newp(sp=el['sp'])
            ind = (W - 2 * m) * (1 - el['w']) / 2
            p.paragraph_format.left_indent = Pt(ind); p.paragraph_format.right_indent = Pt(ind)
            pPr = p._p.get_or_add_pPr(); bdr = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
            bt.set(qn('w:val'), 'single'); bt.set(qn('w:sz'), '6'); bdr.append(bt); pPr.append(bdr)
            addrun(p, '', 2)
        elif k == 'T':
            p = newp(el['al'], el['sp'])
            addrun(p, el['text'], el['size'], el['b'], el['i'], el['f'], el['ls'], el['c'])
        elif k == 'KV':
            if pending_break[0]:
                p = newp(); addrun(p, '', 2)
            sp = newp(sp=el['sp']); addrun(sp, '', 2)
            if el['mode'] == 'above':
                nc = el['ncol']
                nr = (len(el['rows']) + nc - 1) // nc
                tbl = d.add_table(rows=nr, cols=nc)
                noborders(tbl)
                for idx, (a, b) in enumerate(el['rows']):
                    cell = tbl.cell(idx // nc, idx % nc)
                    p = cellp(cell); p.alignment = AL['c']; addrun(p, a, el['size'] - 2, f=el['f'], c='grey')
                    p = cellp(cell, False); p.alignment = AL['c']; addrun(p, b, el['size'], el['vb'], f=el['f'])
            else:
                tbl = d.add_table(rows=len(el['rows']), cols=2)
                if el['mode'] == 'table':
                    tbl.style = d.styles['Table Grid']
                else:
                    noborders(tbl)
                tw = el['w'] or (W - 2 * m - 2 * el['ind'])
                for ri, (a, b) in enumerate(el['rows']):
                    c0, c1 = tbl.cell(ri, 0), tbl.cell(ri, 1)
                    c0.width = Pt(tw * el['lw']); c1.width = Pt(tw * (1 - el['lw']))
                    p = cellp(c0); p.alignment = AL['r' if el['la'] == 'r' else 'l']; addrun(p, a, el['size'], el['lb'], f=el['f'])
                    p = cellp(c1); addrun(p, b, el['size'], el['vb'], f=el['f'])
            tbl.alignment = 1
        elif k == 'SIG':
            sp = newp(sp=el['sp']); addrun(sp, '', 2)
            tbl = d.add_table(rows=2, cols=len(el['sigs']))
            noborders(tbl)
            for ci, (a, b) in enumerate(el['sigs']):
                p = cellp(tbl.cell(0, ci)); p.alignment = AL['c']; addrun(p, '_' * 28, el['size'], f=el['f'])
                p = cellp(tbl.cell(1, ci)); p.alignment = AL['c']; addrun(p, a, el['size'], 1, f=el['f'])
                p = cellp(tbl.cell(1, ci), False); p.alignment = AL['c']; addrun(p, b, el['size'] - 1, f=el['f'])
    src = os.path.join(SRC, spec['id'] + '.docx')
    d.save(src)
    lo_convert(src, out)

def render(spec):
    out = os.path.join(HERE, spec['id'] + '.pdf')
    p = spec['producer']
    if p == 'chromium':
        render_html(spec, out)
    elif p == 'libreoffice-fodt':
        render_fodt(spec, out)
    elif p == 'python-docx+libreoffice':
        render_docx(spec, out)
    elif p == 'reportlab':
        render_reportlab(spec, out)
    elif p == 'acroform-filled':
        render_reportlab(spec, out, acro=True)
    elif p == 'acroform-flattened':
        tmp = os.path.join(SRC, spec['id'] + '.form.pdf')
        render_reportlab(spec, tmp, acro=True)
        run(['qpdf', '--flatten-annotations=all', tmp, out], ok=(0, 3))  # 3 = warnings
    elif p == 'php-fpdf':
        render_php(spec, out, 'fpdf')
    elif p == 'php-tcpdf':
        render_php(spec, out, 'tcpdf')
    elif p == 'ghostscript-ps':
        render_ps(spec, out)
    else:
        raise ValueError(p)

SPECS = []

def cert(**kw):
    SPECS.append(kw)

# ================================================================ certificates
PACE = ' is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'

cert(id='g01', style='ascp', producer='chromium', page=('letter', 'L'), border=2, bc='navy', top=80,
     layout=['centred-landscape', 'credentials-after-name', 'distractor-date', 'issuer-line'],
     notes='ASCP CMLE self-study; transcript date is a distractor.',
     name='Priya Raghunathan', title='Hematology Case Studies: Red Cell Inclusions and What They Tell Us',
     date='2025-03-05', credits=1.0, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'],
     activity_id='HEM-25-0417', chk=dict(date='March 5, 2025', credits='1.0'),
     els=[T('ASCP', 30, b=1, c='navy', f='serif'), T('American Society for Clinical Pathology', 12, c='navy', sp=2),
          T('Certificate of Completion', 30, f='serif', i=1, sp=22),
          T('This is to certify that', 12, sp=16),
          T('Priya Raghunathan, MLS(ASCP)CM', 24, b=1, f='serif', sp=8),
          T('has completed the online course', 12, sp=10),
          T('Hematology Case Studies: Red Cell Inclusions and What They Tell Us', 16, b=1, sp=6),
          T('on March 5, 2025 and is awarded 1.0 CMLE credit.', 12, sp=10),
          T('Course Number: HEM-25-0417        Transcript generated 03/12/2025', 9, c='grey', sp=28),
          SIG([('Director, Continuing Education', 'ASCP Learning Department')], sp=26)])

cert(id='g02', style='aabb', producer='libreoffice-fodt', page=('letter', 'P'), margin=70, top=80,
     layout=['portrait', 'two-column-labels-left', 'distractor-id', 'accreditation-statement'],
     notes='AABB eCast; order number is a distractor.',
     name="Thaddeus O'Malley-Brennan", title='Patient Blood Management Metrics That Matter',
     date='2025-04-16', credits=1.5, unit='contact hour', provider=['AABB'], activity_id='25EL-318',
     chk=dict(date='April 16, 2025', credits='1.5'),
     els=[T('AABB', 28, b=1, c='maroon', al='l'), T('Education Department', 11, al='l', sp=0),
          T('CERTIFICATE OF ATTENDANCE', 20, b=1, al='l', sp=30),
          KV([('Participant Name:', "Thaddeus O'Malley-Brennan"), ('Program:', 'eCast: Patient Blood Management Metrics That Matter'),
              ('Program Number:', '25EL-318'), ('Date of Program:', 'April 16, 2025'), ('Credits Awarded:', '1.5 contact hours'),
              ('Order Number:', '0049182')], lw=0.32, sp=24),
          T('AABB' + PACE, 9.5, al='l', sp=30, i=1),
          T('Please retain this certificate for your records. AABB does not issue duplicate certificates after 12 months.', 9, al='l', sp=8),
          SIG([('Education Programs Manager', 'AABB')], sp=40)])

cert(id='g03', style='cap', producer='python-docx+libreoffice', page=('letter', 'L'), border=1, top=70,
     layout=['centred-landscape', 'honorific-and-credentials', 'several-credit-figures', 'awarded-to'],
     notes='CAP lists CME and P.A.C.E. hours; laboratory figure is P.A.C.E.',
     name='Hannelore Vasquez-Brandt', title='Flow Cytometry Gating Fundamentals for the Clinical Laboratory',
     date='2025-02-11', credits=1.0, unit='contact hour', provider=['College of American Pathologists', 'CAP'],
     activity_id='FC-2510', chk=dict(date='February 11, 2025', credits='1.0'),
     els=[T('College of American Pathologists', 22, f='serif', b=1), T('Learning Portal', 11, sp=2),
          T('Certificate of Completion', 26, f='serif', sp=20),
          T('Awarded to', 11, i=1, sp=12), T('Dr. Hannelore Vasquez-Brandt, MD', 22, b=1, sp=4),
          T('for successful completion of', 11, sp=10),
          T('Flow Cytometry Gating Fundamentals for the Clinical Laboratory', 15, b=1, sp=4),
          KV([('Activity Code', 'FC-2510'), ('Completed', 'February 11, 2025'), ('AMA PRA Category 1 Credits™', '1.0'),
              ('P.A.C.E.® Contact Hours', '1.0')], mode='above', ncol=4, sp=16),
          T('The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5, sp=14)])

cert(id='g04', style='ascls-pace-provider', producer='php-fpdf', page=('letter', 'P'), border=1, top=90,
     layout=['portrait', 'all-caps-name', 'values-beside-labels', 'accreditation-statement'],
     notes='Invented P.A.C.E. approved provider (state society); name printed in capitals.',
     name='MARISOL QUINTERO', title='Antimicrobial Stewardship in the Microbiology Laboratory',
     date='2025-01-23', credits=2.0, unit='contact hour',
     provider=['Lone Star Laboratory Educators Association', 'LSLEA'], activity_id='LSLEA-2501',
     chk=dict(date='01/23/2025', credits='2.0'),
     els=[T('Lone Star Laboratory Educators Association', 16, b=1, c='maroon'), T('LSLEA', 11, sp=2),
          T('P.A.C.E.® Certificate of Completion', 20, b=1, sp=36),
          T('Participant', 10, sp=28, c='grey'), T('MARISOL QUINTERO', 20, b=1, sp=2),
          T('successfully participated in', 11, sp=20),
          T('Antimicrobial Stewardship in the Microbiology Laboratory', 14, b=1, sp=6),
          KV([('Date Completed:', '01/23/2025'), ('P.A.C.E.® Course #:', 'LSLEA-2501'), ('Contact Hours:', '2.0'),
              ('Level:', 'Intermediate')], w=300, lw=0.45, la='r', sp=28),
          T('Lone Star Laboratory Educators Association' + PACE, 9, sp=40, i=1),
          SIG([('Coordinator, Continuing Education', 'LSLEA')], sp=40)])

cert(id='g05', style='labce', producer='php-tcpdf', page=('letter', 'L'), border=2, bc='teal', top=60,
     layout=['centred-landscape', 'distractor-id', 'distractor-date', 'title-wrap-2-lines'],
     notes='Online CE vendor; customer ID and print date are distractors.',
     name='Kwame Asante-Boateng', title='Body Fluid Cell Counts and Morphology: Cerebrospinal, Synovial, and Serous Fluids',
     date='2025-05-02', credits=3.0, unit='contact hour', provider=['BenchLearn CE', 'BenchLearn'], activity_id='BL-1182',
     chk=dict(date='May 2, 2025', credits='3'),
     els=[T('BenchLearn CE', 26, b=1, c='teal'), T('online continuing education for laboratory professionals', 10, i=1, sp=0),
          T('Certificate of Completion', 28, f='serif', sp=26),
          T('Kwame Asante-Boateng', 26, b=1, f='serif', sp=20),
          T('has completed the course', 12, sp=12),
          T('Body Fluid Cell Counts and Morphology: Cerebrospinal, Synovial, and Serous Fluids', 17, b=1, sp=4),
          T('Completion date: May 2, 2025     Course ID: BL-1182     3 P.A.C.E.® contact hours', 11, sp=16),
          T('Customer ID: 00731945     Printed: 05/30/2025', 8.5, c='grey', sp=20),
          T('BenchLearn CE' + PACE, 8.5, sp=6)])

cert(id='g06', style='joint-accreditation', producer='chromium', page=('letter', 'P'), top=70,
     layout=['portrait', 'several-credit-figures', 'diacritics', 'honorific-and-credentials', 'small-table'],
     notes='Jointly accredited provider; several credit types; laboratory figure is P.A.C.E.',
     name='Siobhán Ní Dhomhnaill', title='Sepsis Diagnostics: Lactate, Procalcitonin and Rapid Blood Culture Identification',
     date='2025-06-10', credits=1.25, unit='contact hour',
     provider=['Great Lakes Interprofessional Education Consortium', 'GLIEC'], activity_id='JA-25-0772',
     chk=dict(date='June 10, 2025', credits='1.25'),
     els=[T('Great Lakes Interprofessional Education Consortium', 15, b=1, al='l', c='navy'),
          T('GLIEC • Office of Continuing Professional Development', 9.5, al='l', sp=2),
          T('Certificate of Participation', 24, al='l', sp=30, f='serif'),
          T('Ms. Siobhán Ní Dhomhnaill, MLS(ASCP)', 18, b=1, al='l', sp=18),
          T('participated in the live activity', 11, al='l', sp=8),
          T('Sepsis Diagnostics: Lactate, Procalcitonin and Rapid Blood Culture Identification', 14, b=1, al='l', sp=4),
          T('held June 10, 2025 and claimed the following credit:', 11, al='l', sp=8),
          KV([('Credit type', 'Hours claimed'), ('AMA PRA Category 1 Credit™', '0.00'), ('ANCC Nursing Contact Hours', '0.00'),
              ('ACPE Pharmacy Contact Hours', '0.00'), ('ASCLS P.A.C.E.® Contact Hours', '1.25')], mode='table', lw=0.6, w=360, sp=12),
          T('Activity ID: JA-25-0772', 10, al='l', sp=12),
          T('In support of improving patient care, Great Lakes Interprofessional Education Consortium is jointly accredited by the '
            'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), '
            'and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. '
            'GLIEC' + PACE, 8.5, al='l', sp=20)])

cert(id='g07', style='medialab', producer='reportlab', page=('letter', 'L'), border=1, top=70,
     layout=['centred-landscape', 'particles-in-name', 'labels-above-values', 'distractor-id'],
     notes='Online CE vendor; certificate number is a distractor.',
     name='Jean-Luc van der Berghe', title='Quality Control Rules: Applying Westgard Multirules',
     date='2025-03-18', credits=1.0, unit='contact hour', provider=['LabTutor Online', 'LabTutor'], activity_id='QC-304',
     chk=dict(date='03/18/2025', credits='1'),
     els=[T('LabTutor Online', 22, b=1, c='green'), T('Certificate of Completion', 30, f='serif', sp=24),
          T('This certifies that', 12, i=1, sp=16), T('Jean-Luc van der Berghe', 26, f='serif', b=1, sp=6),
          T('completed', 12, i=1, sp=8), T('Quality Control Rules: Applying Westgard Multirules', 17, b=1, sp=6),
          KV([('Date Completed', '03/18/2025'), ('Course Number', 'QC-304'), ('P.A.C.E.® Hours', '1'), ('Certificate #', 'C-88412-0317')],
             mode='above', ncol=4, sp=22, vb=1),
          T('LabTutor Online' + PACE + ' Florida Board of Clinical Laboratory Personnel CE Provider #50-12345.', 8.5, sp=24)])

cert(id='g08', style='state-society', producer='acroform-filled', page=('letter', 'P'), border=2, bc='green', top=80,
     layout=['portrait', 'acroform-fields', 'two-column-labels-right', 'credentials-after-name', 'meeting-attendance'],
     notes='State society spring meeting; values are unflattened AcroForm field appearances; multi-day, last day is gold.',
     name='Rosalind M. Featherstone', title='2025 Spring Scientific Assembly',
     date='2025-04-11', credits=6.5, unit='contact hour',
     provider=['Ohio Valley Society for Clinical Laboratory Science', 'OVSCLS'], activity_id='OV-SSA-25',
     chk=dict(date='April 10-11, 2025', credits='6.5'),
     els=[T('Ohio Valley Society for Clinical Laboratory Science', 15, b=1, c='green'),
          T('A constituent society of ASCLS', 9.5, i=1, sp=2),
          T('Certificate of Attendance', 24, f='serif', sp=34),
          KV([('Attendee', 'Rosalind M. Featherstone, MT(AMT)'), ('Event', '2025 Spring Scientific Assembly'),
              ('Location', 'Marietta, Ohio'), ('Dates', 'April 10-11, 2025'), ('Event Code', 'OV-SSA-25'),
              ('P.A.C.E.® Contact Hours Earned', '6.5'), ('Member Number', 'OV-20417')], la='r', lw=0.42, sp=30, field=True, size=11),
          T('This certificate verifies attendance at the sessions indicated on the attendee\'s sign-in record. '
            'OVSCLS' + PACE, 9, sp=36, i=1),
          SIG([('Program Chair', 'OVSCLS'), ('Treasurer', 'OVSCLS')], sp=44)])

cert(id='g09', style='hospital-inservice', producer='acroform-flattened', page=('letter', 'P'), top=60,
     layout=['portrait', 'acroform-flattened', 'suffix-in-name', 'small-table', 'orientation-topic'],
     notes='Hospital laboratory in-service; department is the issuer; Orientation is a real topic here.',
     name='Darnell Washington Jr.', title='Surgical Specimen Orientation and Inking for Margin Assessment',
     date='2025-02-27', credits=0.75, unit='contact hour',
     provider=['Mercy Ridge Regional Medical Center', 'Mercy Ridge Regional Medical Center, Department of Pathology & Laboratory Medicine'],
     activity_id=None, chk=dict(date='02/27/2025', credits='0.75'),
     els=[T('Mercy Ridge Regional Medical Center', 17, b=1, al='l', f='serif'),
          T('Department of Pathology & Laboratory Medicine', 11, al='l', sp=2),
          HR(1.0, 6),
          T('IN-SERVICE EDUCATION RECORD', 15, b=1, al='l', sp=24),
          T('Employee:', 10, al='l', sp=18, c='grey'), T('Darnell Washington Jr.', 14, b=1, al='l', sp=2, field=True),
          KV([('Topic', 'Surgical Specimen Orientation and Inking for Margin Assessment'), ('Presenter', 'Anneliese Korhonen, PA(ASCP)'),
              ('Date Presented', '02/27/2025'), ('Duration', '45 minutes'), ('Contact Hours', '0.75'), ('Employee ID', '100482')],
             mode='table', lw=0.28, sp=16, field=True),
          T('Mercy Ridge Regional Medical Center, Department of Pathology & Laboratory Medicine, is approved as a provider of '
            'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5, al='l', sp=22),
          SIG([('Laboratory Education Coordinator', 'Mercy Ridge RMC')], sp=40)])

cert(id='g10', style='public-health-lab', producer='ghostscript-ps', page=('letter', 'L'), border=1, top=70,
     layout=['centred-landscape', 'diacritics', 'date-long-form', 'format-word-own-line', 'title-in-quotes'],
     notes='State public health laboratory training webinar; format word on its own line.',
     name='Inès Dubois-Laurent', title='Biothreat Agent Rule-Out: Sentinel Laboratory Procedures for Brucella and Francisella',
     date='2025-03-05', credits=1.5, unit='contact hour',
     provider=['Commonwealth Public Health Laboratory', 'Commonwealth Public Health Laboratory, Office of Laboratory Training'],
     activity_id='CPHL-T25-09', chk=dict(date='fifth day of March, 2025', credits='1.5'),
     els=[T('Commonwealth Public Health Laboratory', 20, b=1, f='serif'), T('Office of Laboratory Training', 12, i=1, f='serif', sp=2),
          T('This is to certify that', 12, sp=28), T('Inès Dubois-Laurent', 24, b=1, f='serif', sp=8),
          T('attended', 12, sp=10), T('the webinar', 12, i=1, sp=2),
          T('"Biothreat Agent Rule-Out: Sentinel Laboratory Procedures for Brucella and Francisella"', 15, b=1, sp=8),
          T('on the fifth day of March, 2025, and is awarded 1.5 contact hours of P.A.C.E.® credit.', 12, sp=10),
          T('Training Session No. CPHL-T25-09', 10, sp=14),
          T('Commonwealth Public Health Laboratory' + PACE, 8.5, sp=18),
          SIG([('Training Coordinator', 'Office of Laboratory Training'), ('Laboratory Director', 'Commonwealth Public Health Laboratory')], sp=28)])

cert(id='g11', style='adlm-accent', producer='chromium', page=('letter', 'L'), top=60, border=1, bc='navy',
     layout=['centred-landscape', 'issuer-line', 'claimed-of-maximum', 'distractor-date'],
     notes='ADLM ACCENT credits: claimed figure vs maximum; expiry date distractor.',
     name='Mei-Ling Chen', title='Troponin Testing in the Emergency Department: Implementing 0/1-Hour Algorithms',
     date='2025-05-14', credits=1.0, unit='CE hour',
     provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id='ADLM-WB-2514',
     chk=dict(date='May 14, 2025', credits='1.0'),
     els=[T('Certificate of Completion', 30, f='serif', c='navy'),
          T('issued by the Association for Diagnostics & Laboratory Medicine (ADLM)', 11, i=1, sp=4),
          T('Mei-Ling Chen', 28, b=1, sp=30),
          T('has successfully completed the on-demand webinar', 12, sp=12),
          T('Troponin Testing in the Emergency Department: Implementing 0/1-Hour Algorithms', 16, b=1, sp=6),
          T('Completed May 14, 2025', 12, sp=12),
          T('ACCENT® credits claimed: 1.0 of a maximum of 1.5', 12, b=1, sp=8),
          T('Activity No. ADLM-WB-2514     On-demand access expires 12/31/2025', 9.5, sp=16, c='grey'),
          T('ADLM designates this activity for a maximum of 1.5 ACCENT® continuing education credits. ACCENT® is a registered trademark of ADLM.', 8.5, sp=16)])

cert(id='g12', style='university-ceu', producer='libreoffice-fodt', page=('letter', 'L'), border=2, top=60,
     layout=['centred-landscape', 'ceu', 'date-range', 'issuer-line', 'title-wrap-2-lines'],
     notes='University extension CEUs (0.8 CEU = 8 contact hours); multi-day short course, last day is gold.',
     name='Oluwaseun Adeyemi-Clarke', title='Molecular Diagnostics Short Course: Real-Time PCR Assay Design, Validation and Troubleshooting',
     date='2025-06-20', credits=0.8, unit='CEU',
     provider=['Northbridge State University', 'Northbridge State University, Division of Continuing Studies'],
     activity_id='MLS-CE-6120', chk=dict(date='June 18–20, 2025', credits='0.8'),
     els=[T('Northbridge State University', 24, f='serif', b=1), T('Division of Continuing Studies', 12, f='serif', i=1, sp=2),
          T('has awarded', 11, sp=20), T('Oluwaseun Adeyemi-Clarke', 24, f='serif', sp=6),
          T('0.8 Continuing Education Units (CEUs)', 14, b=1, sp=10),
          T('for completion of', 11, sp=8),
          T('Molecular Diagnostics Short Course: Real-Time PCR Assay Design, Validation and Troubleshooting', 16, f='serif', b=1, sp=4),
          T('June 18–20, 2025', 12, sp=10),
          T('Course Number MLS-CE-6120 · One CEU equals ten contact hours of participation in an organized continuing education experience.', 9, sp=16),
          SIG([('Dean, Division of Continuing Studies', ''), ('Course Director', 'Department of Medical Laboratory Science')], sp=30)])

cert(id='g13', style='nsh', producer='python-docx+libreoffice', page=('letter', 'P'), top=70, border=1, bc='maroon',
     layout=['portrait', 'orientation-topic', 'labels-above-values', 'credentials-after-name'],
     notes='NSH histology webinar; Orientation is a real grossing topic.',
     name='Gwendolyn Ashcroft-Pryce', title='Orientation, Embedding and Sectioning of Small Biopsies',
     date='2025-01-29', credits=1.0, unit='contact hour', provider=['National Society for Histotechnology', 'NSH'],
     activity_id='NSH-W2501', chk=dict(date='January 29, 2025', credits='1.0'),
     els=[T('National Society for Histotechnology', 18, b=1, c='maroon'),
          T('Certificate of Completion', 24, f='serif', sp=40),
          T('is hereby presented to', 11, i=1, sp=24),
          T('Gwendolyn Ashcroft-Pryce, HTL(ASCP)', 20, b=1, sp=8),
          T('for completing the NSH webinar', 11, i=1, sp=20),
          T('Orientation, Embedding and Sectioning of Small Biopsies', 16, b=1, sp=8),
          KV([('Webinar Date', 'January 29, 2025'), ('Webinar ID', 'NSH-W2501'), ('Contact Hours', '1.0')], mode='above', ncol=3, sp=30),
          T('The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical '
            'laboratory sciences by the ASCLS P.A.C.E.® Program.', 9, sp=40),
          SIG([('NSH Education Committee Chair', '')], sp=40)])

cert(id='g14', style='webinar-vendor', producer='php-fpdf', page=('a4', 'L'), border=1, top=60,
     layout=['centred-landscape', 'iso-date', 'distractor-id', 'format-word-own-line'],
     notes='Webinar vendor; registration ID distractor; ISO date.',
     name='Fernando Ibáñez Ortega', title='Digital Morphology Analyzers: Validation Strategies for Peripheral Smears',
     date='2025-04-08', credits=1.0, unit='contact hour', provider=['CLINIQ Webinars', 'CLINIQ'], activity_id='CQ-25-044',
     chk=dict(date='2025-04-08', credits='1.0'),
     els=[T('CLINIQ Webinars', 22, b=1, c='teal', al='l'),
          T('Certificate of Attendance', 26, sp=30),
          T('Fernando Ibáñez Ortega', 24, b=1, sp=24),
          T('attended the live virtual session', 11, sp=14),
          T('Digital Morphology Analyzers: Validation Strategies for Peripheral Smears', 16, b=1, sp=6),
          KV([('Session date', '2025-04-08'), ('Webinar code', 'CQ-25-044'), ('P.A.C.E. contact hours', '1.0'), ('Registration ID', 'R-5530217')],
             w=360, lw=0.5, la='r', sp=20, lb=0, vb=1),
          T('CLINIQ Webinars is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E. Program.', 8.5, sp=24)])

cert(id='g15', style='regional-meeting', producer='php-tcpdf', page=('letter', 'P'), top=60,
     layout=['portrait', 'meeting-attendance', 'date-range', 'values-beside-labels', 'distractor-date'],
     notes='Regional meeting attendance; no session named so the meeting name is the title; last day is gold.',
     name='Bartholomew Nkemelu', title='Tri-State Clinical Laboratory Conference 2025',
     date='2025-09-26', credits=9.0, unit='contact hour',
     provider=['Tri-State Clinical Laboratory Conference'], activity_id=None,
     chk=dict(date='September 24-26, 2025', credits='9.0'),
     els=[T('Tri-State Clinical Laboratory Conference 2025', 18, b=1, al='l', c='navy'),
          T('Harrisburg, Pennsylvania  |  September 24-26, 2025', 10, al='l', sp=2),
          HR(1.0, 8),
          T('Certificate of Attendance', 22, al='l', sp=30, f='serif'),
          T('In appreciation of your participation, this certificate is presented to', 11, al='l', sp=20),
          T('Bartholomew Nkemelu', 20, b=1, al='l', sp=10),
          T('for attending the Tri-State Clinical Laboratory Conference 2025.', 11, al='l', sp=12),
          T('Total P.A.C.E.® contact hours earned: 9.0', 12, b=1, al='l', sp=14),
          T('Certificate issued October 3, 2025', 10, al='l', sp=6),
          T('The Tri-State Clinical Laboratory Conference' + PACE, 8.5, al='l', sp=30),
          SIG([('Conference Chair', ''), ('Continuing Education Coordinator', '')], sp=50)])

cert(id='g16', style='vendor-training', producer='chromium', page=('letter', 'L'), top=60, border=2, bc='grey',
     layout=['centred-landscape', 'distractor-id', 'date-day-month-year', 'labels-above-values'],
     notes='Instrument manufacturer operator training; serial number and certificate number are distractors.',
     name='Anneke Vermeulen', title='Coagulation Analyzer Operator Training: Maintenance, Calibration and Troubleshooting',
     date='2025-07-09', credits=12.0, unit='contact hour', provider=['Veridian Diagnostics Systems', 'Veridian'],
     activity_id='VDS-TR-2207', chk=dict(date='9 July 2025', credits='12.0'),
     els=[T('VERIDIAN', 28, b=1, ls=6, c='grey'), T('Veridian Diagnostics Systems · Customer Education Center', 10, sp=2),
          T('Certificate of Training', 28, f='serif', sp=24),
          T('Awarded to', 11, sp=14), T('Anneke Vermeulen', 26, f='serif', i=1, sp=6),
          T('who has fulfilled the requirements of', 11, sp=14),
          T('Coagulation Analyzer Operator Training: Maintenance, Calibration and Troubleshooting', 16, b=1, sp=4),
          KV([('Training completed', '9 July 2025'), ('Course code', 'VDS-TR-2207'), ('Contact hours', '12.0'),
              ('Instrument S/N', 'CA7-004481'), ('Certificate no.', 'VDS-C-25-11093')], mode='above', ncol=5, sp=20, vb=1),
          T('Veridian Diagnostics Systems is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5, sp=16)])

cert(id='g17', style='ascls', producer='reportlab', page=('letter', 'P'), top=70, border=1,
     layout=['portrait', 'two-column-labels-left', 'several-credit-figures', 'accreditation-statement'],
     notes='ASCLS national webinar; also lists Florida credit hours; laboratory figure is P.A.C.E.',
     name='Yusuf Karimi', title='Urine Sediment Microscopy: Casts, Crystals and Confounders',
     date='2025-02-19', credits=1.0, unit='contact hour',
     provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='ASCLS-W-2502',
     chk=dict(date='February 19, 2025', credits='1.0'),
     els=[T('American Society for Clinical Laboratory Science', 16, b=1, c='navy'), T('ASCLS', 12, sp=2, c='navy'),
          T('Continuing Education Certificate', 20, sp=40),
          KV([('Name', 'Yusuf Karimi'), ('Program Title', 'Urine Sediment Microscopy: Casts, Crystals and Confounders'),
              ('Format', 'Live webinar'), ('Program Date', 'February 19, 2025'), ('P.A.C.E.® Program Number', 'ASCLS-W-2502'),
              ('P.A.C.E.® Contact Hours', '1.0'), ('Florida Board Credit Hours', '1.0 (Urinalysis)')], lw=0.36, sp=30),
          T('ASCLS' + PACE, 9, sp=30, i=1),
          SIG([('Director of Education', 'ASCLS')], sp=50)])

cert(id='g18', style='amt', producer='acroform-filled', page=('letter', 'L'), top=60, border=2, bc='navy',
     layout=['centred-landscape', 'acroform-fields', 'all-caps-name', 'us-numeric-date'],
     notes='AMT CE certificate; unflattened AcroForm values; name in capitals.',
     name='LATOYA SIMMONS-HARGROVE', title='Phlebotomy Pre-Analytical Errors: Order of Draw and Hemolysis Prevention',
     date='2025-08-21', credits=1.5, unit='contact hour', provider=['American Medical Technologists', 'AMT'],
     activity_id='AMT-2508-113', chk=dict(date='08/21/2025', credits='1.5'),
     els=[T('American Medical Technologists', 22, b=1, c='navy'), T('Continuing Education Program', 11, sp=2),
          T('CERTIFICATE OF COMPLETION', 24, sp=26),
          T('This acknowledges that', 11, sp=16), T('LATOYA SIMMONS-HARGROVE', 22, b=1, sp=6, field=True),
          T('has successfully completed', 11, sp=10),
          T('Phlebotomy Pre-Analytical Errors: Order of Draw and Hemolysis Prevention', 16, b=1, sp=4, field=True),
          KV([('Date:', '08/21/2025'), ('Program ID:', 'AMT-2508-113'), ('Contact Hours:', '1.5'), ('AMT Member #:', '0183377')],
             w=300, la='r', lw=0.45, sp=16, field=True),
          T('AMT' + PACE, 8.5, sp=16)])

cert(id='g19', style='clsi', producer='acroform-flattened', page=('letter', 'P'), top=70,
     layout=['portrait', 'acroform-flattened', 'title-wrap-3-lines', 'small-table'],
     notes='CLSI standards workshop; flattened form; long title wraps onto three lines.',
     name='Aurelio Dos Santos', title='Verification of Commercial Microbial Identification and Antimicrobial Susceptibility Testing Systems: Applying CLSI M52 in the Routine Clinical Microbiology Laboratory',
     date='2025-10-07', credits=2.0, unit='contact hour', provider=['Clinical and Laboratory Standards Institute', 'CLSI'],
     activity_id='CLSI-WS-2519', chk=dict(date='October 7, 2025', credits='2.0'),
     els=[T('Clinical and Laboratory Standards Institute', 18, b=1, c='teal', al='l'), T('CLSI', 12, sp=2, al='l', c='teal'),
          T('Certificate of Completion', 24, sp=40, f='serif'),
          T('Aurelio Dos Santos', 20, b=1, sp=24, field=True),
          T('has completed the workshop', 11, sp=12),
          T('Verification of Commercial Microbial Identification and Antimicrobial Susceptibility Testing Systems: '
            'Applying CLSI M52 in the Routine Clinical Microbiology Laboratory', 15, b=1, sp=6, field=True),
          KV([('Date of completion', 'October 7, 2025'), ('Event number', 'CLSI-WS-2519'), ('P.A.C.E.® contact hours', '2.0')],
             mode='table', w=360, lw=0.5, sp=24, field=True),
          T('CLSI' + PACE, 8.5, sp=30)])

cert(id='g20', style='asm', producer='ghostscript-ps', page=('a4', 'P'), top=70, border=1,
     layout=['portrait', 'date-day-month-year', 'values-beside-labels', 'credentials-after-name'],
     notes='ASM microbiology program; PostScript source.',
     name='Henrike Sørensen', title='Fungal Identification by MALDI-TOF: Building and Curating Libraries',
     date='2025-06-05', credits=1.0, unit='contact hour', provider=['American Society for Microbiology', 'ASM'],
     activity_id='ASM-CE-25117', chk=dict(date='5 June 2025', credits='1.0'),
     els=[T('American Society for Microbiology', 18, b=1, f='serif'),
          T('Certificate of Continuing Education', 20, f='serif', i=1, sp=36),
          T('Henrike Sørensen, PhD, D(ABMM)', 18, b=1, sp=30),
          T('successfully completed the ASM online program', 11, sp=14),
          T('Fungal Identification by MALDI-TOF: Building and Curating Libraries', 14, b=1, sp=6),
          KV([('Completed on', '5 June 2025'), ('Program number', 'ASM-CE-25117'), ('Contact hours', '1.0')],
             w=320, lw=0.45, la='r', lb=0, vb=1, sp=26),
          T('The American Society for Microbiology' + PACE, 8.5, sp=40)])

cert(id='g21', style='labce', producer='chromium', page=('letter', 'P'), top=60,
     layout=['portrait', 'labels-above-values', 'distractor-id', 'distractor-date', 'issuer-line'],
     notes='Online CE vendor (different vendor from g05); order number and expiry are distractors.',
     name='Theodora Papadakis', title='Blood Bank Antibody Identification: Panels, Rule-Outs and Selected Cells',
     date='2025-11-03', credits=2.5, unit='contact hour', provider=['ClinEdNet Laboratory CE', 'ClinEdNet'],
     activity_id='BB-2205', chk=dict(date='November 3, 2025', credits='2.5'),
     els=[T('Certificate of Completion', 26, al='l', b=1),
          T('Issued by ClinEdNet Laboratory CE', 11, al='l', sp=2, c='grey'),
          HR(1.0, 14),
          KV([('Learner', 'Theodora Papadakis'), ('Completion Date', 'November 3, 2025')], mode='above', ncol=2, sp=20, vb=1, size=13),
          KV([('Course', 'Blood Bank Antibody Identification: Panels, Rule-Outs and Selected Cells')], mode='above', ncol=1, sp=10, vb=1, size=13),
          KV([('Course No.', 'BB-2205'), ('P.A.C.E.® Contact Hours', '2.5'), ('Order No.', '77-310244'), ('Access Expires', '11/03/2026')],
             mode='above', ncol=4, sp=12, vb=1, size=11),
          T('ClinEdNet Laboratory CE' + PACE + ' This course is also approved for California clinical laboratory personnel license renewal.', 8.5, al='l', sp=30)])

cert(id='g22', style='ascp', producer='libreoffice-fodt', page=('letter', 'P'), top=60, border=1, bc='navy',
     layout=['portrait', 'letter-spaced-name', 'two-column-labels-right', 'distractor-id'],
     notes='ASCP online course; name letter-spaced; customer ID distractor.',
     name='EWA KOWALCZYK', title='Chemistry Calibration Verification and Analytical Measurement Range',
     date='2025-07-30', credits=1.5, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'],
     activity_id='CHEM-2572', chk=dict(date='07/30/2025', credits='1.5'),
     els=[T('American Society for Clinical Pathology', 15, b=1, c='navy'),
          T('Statement of Credit', 24, f='serif', sp=40),
          T('EWA KOWALCZYK', 20, b=1, ls=5, sp=30),
          KV([('Course', 'Chemistry Calibration Verification and Analytical Measurement Range'), ('Course #', 'CHEM-2572'),
              ('Date Completed', '07/30/2025'), ('CMLE Credits', '1.5'), ('ASCP Customer ID', '3920017')], la='r', lw=0.3, sp=30),
          T('ASCP designates this enduring material for a maximum of 1.5 CMLE credits. ASCP CMLE credit is accepted for the ASCP BOC Credential Maintenance Program.', 8.5, sp=30)])

cert(id='g23', style='state-society', producer='python-docx+libreoffice', page=('letter', 'L'), top=60, border=2, bc='maroon',
     layout=['centred-landscape', 'date-long-form', 'title-in-quotes', 'particles-in-name'],
     notes='State society seminar with long-form date.',
     name='María José de la Fuente', title='Hemoglobinopathies and Thalassemias: Interpreting HPLC and Electrophoresis',
     date='2025-10-18', credits=3.0, unit='contact hour',
     provider=['Sunshine State Association of Laboratory Professionals', 'SSALP'], activity_id='SSALP-F25-03',
     chk=dict(date='eighteenth day of October, 2025', credits='3.0'),
     els=[T('Sunshine State Association of Laboratory Professionals', 18, b=1, f='serif', c='maroon'),
          T('Be it known that', 12, i=1, sp=26, f='serif'),
          T('María José de la Fuente', 26, f='serif', sp=6),
          T('is hereby recognized for the successful completion of the seminar', 12, sp=10, f='serif'),
          T('"Hemoglobinopathies and Thalassemias: Interpreting HPLC and Electrophoresis"', 16, b=1, sp=6, f='serif'),
          T('presented on the eighteenth day of October, 2025', 12, sp=10, f='serif'),
          T('3.0 P.A.C.E.® contact hours   ·   Course No. SSALP-F25-03', 11, sp=8, f='serif'),
          SIG([('President', 'SSALP'), ('CE Chair', 'SSALP')], sp=30, f='serif')])

cert(id='g24', style='hospital-inservice', producer='php-fpdf', page=('letter', 'P'), top=60,
     layout=['portrait', 'small-table', 'us-numeric-date', 'signature-date-distractor'],
     notes='Hospital laboratory in-service sign-off; signature date is a distractor.',
     name='Connor Fitzgerald-Ahn', title='Point-of-Care Glucose Meter Competency and Quality Control',
     date='2025-05-21', credits=1.0, unit='contact hour',
     provider=['St. Brendan University Hospital', 'St. Brendan University Hospital, Clinical Laboratory Education Office'],
     activity_id='SB-LAB-0521', chk=dict(date='05/21/2025', credits='1.0'),
     els=[T('St. Brendan University Hospital', 16, b=1, al='l'), T('Clinical Laboratory Education Office', 10, al='l', sp=2),
          T('Certificate of Continuing Education', 18, al='l', sp=30, b=1),
          KV([('Participant', 'Connor Fitzgerald-Ahn'), ('Session Title', 'Point-of-Care Glucose Meter Competency and Quality Control'),
              ('Session Number', 'SB-LAB-0521'), ('Date of Session', '05/21/2025'), ('Contact Hours', '1.0'),
              ('Format', 'Live, in person (Pathology Conference Room B)')], mode='table', lw=0.3, sp=20),
          T('St. Brendan University Hospital, Clinical Laboratory Education Office' + PACE, 8.5, al='l', sp=24),
          T('Signed: ______________________   Date signed: 06/02/2025', 10, al='l', sp=36),
          T('Laboratory Education Coordinator', 9, al='l', sp=4)])

cert(id='g25', style='university-ceu', producer='php-tcpdf', page=('letter', 'P'), top=70, border=1,
     layout=['portrait', 'ceu', 'values-beside-labels', 'date-range'],
     notes='University CE certificate in CEUs; 1.2 CEU = 12 contact hours.',
     name='Rashida Okafor', title='Leadership and Management for Laboratory Supervisors',
     date='2025-03-28', credits=1.2, unit='CEU',
     provider=['Cascade Pacific University', 'Cascade Pacific University, School of Health Professions Continuing Education'],
     activity_id='HPCE-418', chk=dict(date='March 26-28, 2025', credits='1.2'),
     els=[T('Cascade Pacific University', 20, f='serif', b=1), T('School of Health Professions Continuing Education', 11, f='serif', sp=4),
          T('CERTIFICATE OF COMPLETION', 18, sp=40),
          T('Rashida Okafor', 22, f='serif', i=1, sp=30),
          T('has completed', 11, sp=14),
          T('Leadership and Management for Laboratory Supervisors', 15, b=1, sp=6),
          KV([('Dates attended:', 'March 26-28, 2025'), ('Course number:', 'HPCE-418'), ('Continuing Education Units:', '1.2 CEUs'),
              ('Student ID:', 'CPU-2231875')], w=340, lw=0.5, la='r', sp=30),
          T('One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized continuing education experience.', 8.5, sp=30),
          SIG([('Director, Continuing Education', 'Cascade Pacific University')], sp=40)])

cert(id='g26', style='nsh', producer='chromium', page=('letter', 'L'), top=60, border=2, bc='maroon',
     layout=['centred-landscape', 'orientation-topic', 'meeting-session', 'date-range', 'credentials-after-name'],
     notes='NSH annual symposium workshop certificate naming a session; session date is the gold date.',
     name='Benedikt Hoffmann-Reyes', title='Gross Room Essentials: Specimen Orientation, Inking and Sectioning of Breast Lumpectomies',
     date='2025-09-13', credits=2.0, unit='contact hour', provider=['National Society for Histotechnology', 'NSH'],
     activity_id='W-114', chk=dict(date='September 13, 2025', credits='2.0'),
     els=[T('NSH Symposium/Convention 2025', 20, b=1, c='maroon'), T('September 12-16, 2025 · Providence, Rhode Island', 10, sp=2),
          T('Workshop Completion Certificate', 26, f='serif', sp=24),
          T('Benedikt Hoffmann-Reyes, HT(ASCP)', 22, b=1, sp=18),
          T('attended workshop W-114 on September 13, 2025', 12, sp=10),
          T('Gross Room Essentials: Specimen Orientation, Inking and Sectioning of Breast Lumpectomies', 16, b=1, sp=6),
          T('2.0 contact hours', 13, sp=10),
          T('The National Society for Histotechnology' + PACE, 8.5, sp=20),
          SIG([('Chair, Education Committee', 'National Society for Histotechnology')], sp=26)])

cert(id='g27', style='joint-accreditation', producer='reportlab', page=('letter', 'P'), top=70,
     layout=['portrait', 'two-page', 'accreditation-on-page-2', 'several-credit-figures', 'values-beside-labels'],
     notes='Health-system CE office, jointly accredited; page 2 holds credit designation and accreditation statements.',
     name='Nadia Haddad', title='Emerging Tick-Borne Infections: Laboratory Diagnosis of Babesia, Anaplasma and Ehrlichia',
     date='2025-07-17', credits=1.0, unit='contact hour',
     provider=['Riverbend Health System', 'Riverbend Health System, Office of Interprofessional Continuing Education'],
     activity_id='RHS-25-3391', chk=dict(date='07/17/2025', credits='1.0'),
     els=[T('Riverbend Health System', 20, b=1, c='green'), T('Office of Interprofessional Continuing Education', 11, sp=2),
          T('Certificate of Completion', 26, f='serif', sp=50),
          T('Nadia Haddad', 24, b=1, sp=30),
          T('attended', 11, sp=12),
          T('Emerging Tick-Borne Infections: Laboratory Diagnosis of Babesia, Anaplasma and Ehrlichia', 15, b=1, sp=6),
          KV([('Activity date:', '07/17/2025'), ('Activity ID:', 'RHS-25-3391'), ('Credit claimed:', 'see page 2')],
             w=300, lw=0.45, la='r', sp=30),
          PB(),
          T('Credit Designation and Accreditation', 15, b=1, al='l'),
          KV([('AMA PRA Category 1 Credits™', '1.00'), ('ANCC contact hours', '1.00'), ('ACPE contact hours (UAN JA0009001-0000-25-112-L01-P)', '1.00'),
              ('ASCLS P.A.C.E.® contact hours', '1.0')], mode='table', lw=0.6, sp=14),
          T('In support of improving patient care, Riverbend Health System is jointly accredited by the Accreditation Council for Continuing '
            'Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center '
            '(ANCC), to provide continuing education for the healthcare team.', 9.5, al='l', sp=18),
          T('Riverbend Health System, Office of Interprofessional Continuing Education' + PACE, 9.5, al='l', sp=10),
          T('Nadia Haddad - certificate generated 08/01/2025', 8, al='l', sp=30, c='grey')])

cert(id='g28', style='webinar-vendor', producer='acroform-filled', page=('letter', 'L'), top=60, border=1, bc='teal',
     layout=['centred-landscape', 'acroform-fields', 'format-word-own-line', 'claimed-of-maximum'],
     notes='Webinar vendor; "N of a possible M"; AcroForm values not flattened.',
     name='Gabriel Oyelaran', title='Mass Spectrometry in Toxicology: From Immunoassay Screens to LC-MS/MS Confirmation',
     date='2025-08-06', credits=1.0, unit='contact hour', provider=['LabMinds Webinar Series', 'LabMinds'],
     activity_id='LM-0806-25', chk=dict(date='August 6, 2025', credits='1.0'),
     els=[T('LabMinds Webinar Series', 20, b=1, c='teal'),
          T('Certificate of Participation', 26, f='serif', sp=22),
          T('presented to', 11, i=1, sp=14), T('Gabriel Oyelaran', 24, b=1, sp=4, field=True),
          T('for participating in', 11, sp=10), T('the live webinar', 11, i=1, sp=2),
          T('Mass Spectrometry in Toxicology: From Immunoassay Screens to LC-MS/MS Confirmation', 16, b=1, sp=6, field=True),
          T('broadcast August 6, 2025', 11, sp=8, field=True),
          T('1.0 of a possible 1.5 P.A.C.E.® contact hours', 12, b=1, sp=8, field=True),
          T('Webinar ID: LM-0806-25', 10, sp=8, field=True),
          T('LabMinds Webinar Series' + PACE, 8.5, sp=14)])

cert(id='g29', style='labce', producer='acroform-flattened', page=('letter', 'P'), top=60,
     layout=['portrait', 'acroform-flattened', 'two-column-labels-left', 'distractor-id', 'iso-date'],
     notes='Online CE vendor transcript-style certificate; flattened form; certificate ID distractor.',
     name='Hyun-woo Park', title='Laboratory Safety: Chemical Hygiene and Bloodborne Pathogens',
     date='2025-01-14', credits=2.0, unit='contact hour', provider=['PathwayCE', 'PathwayCE.com'], activity_id='SAF-110',
     chk=dict(date='2025-01-14', credits='2'),
     els=[T('PathwayCE', 24, b=1, al='l', c='navy'), T('PathwayCE.com', 9, al='l', sp=0),
          T('Certificate of Completion', 20, al='l', sp=34),
          KV([('Name:', 'Hyun-woo Park'), ('Course Title:', 'Laboratory Safety: Chemical Hygiene and Bloodborne Pathogens'),
              ('Course Code:', 'SAF-110'), ('Completed:', '2025-01-14'), ('Credit:', '2 P.A.C.E.® contact hours'),
              ('Certificate ID:', 'PCE-6F2A-91D0')], lw=0.3, sp=20, field=True),
          T('PathwayCE' + PACE, 8.5, al='l', sp=30)])

cert(id='g30', style='ascls-pace-provider', producer='ghostscript-ps', page=('letter', 'P'), top=70, border=2,
     layout=['portrait', 'letter-spaced-name', 'values-beside-labels', 'distractor-date'],
     notes='Invented P.A.C.E. approved provider (laboratory consulting group); letter-spaced name via PostScript ashow.',
     name='CLAUDETTE BEAULIEU', title='Verifying Reference Intervals: Transference, Small-Sample Validation and Partitioning',
     date='2025-04-24', credits=1.5, unit='contact hour',
     provider=['Keystone Laboratory Education Partners', 'KLEP'], activity_id='KLEP-424',
     chk=dict(date='April 24, 2025', credits='1.5'),
     els=[T('Keystone Laboratory Education Partners', 17, b=1, f='serif'),
          T('Certificate of Continuing Education', 20, sp=40),
          T('This is to certify that', 11, sp=30), T('CLAUDETTE BEAULIEU', 18, b=1, ls=4, sp=10),
          T('has fulfilled the requirements of', 11, sp=16),
          T('Verifying Reference Intervals: Transference, Small-Sample Validation and Partitioning', 14, b=1, sp=6),
          KV([('Date of activity:', 'April 24, 2025'), ('P.A.C.E.(R) course number:', 'KLEP-424'), ('Contact hours awarded:', '1.5'),
              ('Certificate valid through:', 'April 30, 2028')], w=380, lw=0.55, la='r', sp=28),
          T('Keystone Laboratory Education Partners' + PACE, 8.5, sp=40)])

cert(id='g31', style='regional-meeting', producer='chromium', page=('letter', 'P'), top=60,
     layout=['portrait', 'meeting-attendance', 'date-range', 'small-table', 'credentials-after-name', 'distractor-id'],
     notes='Regional meeting with a table of attended sessions; total hours are the gold credits; last day is gold date.',
     name='Ingrid Solberg-Matthews', title='Great Plains Laboratory Summit',
     date='2025-10-03', credits=7.5, unit='contact hour',
     provider=['Great Plains Laboratory Summit'], activity_id=None,
     chk=dict(date='October 1–3, 2025', credits='7.5'),
     els=[T('Great Plains Laboratory Summit', 22, b=1, al='l', c='green'),
          T('October 1–3, 2025  ·  Omaha, Nebraska', 10, al='l', sp=2),
          T('Continuing Education Transcript & Certificate', 16, al='l', sp=26, b=1),
          T('Attendee: Ingrid Solberg-Matthews, MLS(ASCP)CM, SM', 12, al='l', sp=16),
          T('Registration #: GPLS-25-00871', 10, al='l', sp=4),
          KV([('Lab Stewardship in Rural Hospitals (Oct 1)', '1.5'), ('Next-Generation Sequencing for Tumor Profiling (Oct 2)', '1.5'),
              ('Transfusion Reactions: Case Review (Oct 2)', '1.0'), ('Automation and Middleware Rules (Oct 2)', '1.5'),
              ('Parasitology Bench Tips (Oct 3)', '2.0'), ('TOTAL P.A.C.E.® CONTACT HOURS', '7.5')], mode='table', lw=0.78, sp=16),
          T('The Great Plains Laboratory Summit' + PACE, 8.5, al='l', sp=20),
          T('I attest that I attended the sessions listed above.', 9, al='l', sp=12, i=1)])

cert(id='g32', style='public-health-lab', producer='libreoffice-fodt', page=('letter', 'L'), top=60, border=1, bc='navy',
     layout=['centred-landscape', 'labels-above-values', 'title-in-quotes', 'issuer-line'],
     notes='Public health laboratory network training; department issuer.',
     name='Tomasz Wiśniewski', title='Shipping Category A and B Infectious Substances: 2025 Regulatory Update',
     date='2025-02-04', credits=2.0, unit='contact hour',
     provider=['Great Basin Public Health Laboratory Network', 'GBPHLN'], activity_id='GB-TRN-0204',
     chk=dict(date='02/04/2025', credits='2.0'),
     els=[T('Certificate of Completion', 28, f='serif', c='navy'),
          T('issued by the Great Basin Public Health Laboratory Network (GBPHLN)', 11, i=1, sp=4),
          T('Tomasz Wiśniewski', 26, b=1, sp=26),
          T('successfully completed the training', 12, sp=12),
          T('“Shipping Category A and B Infectious Substances: 2025 Regulatory Update”', 16, b=1, sp=6),
          KV([('Completion Date', '02/04/2025'), ('Training ID', 'GB-TRN-0204'), ('P.A.C.E.® Contact Hours', '2.0'),
              ('Expiration (IATA 24-month cycle)', '02/28/2027')], mode='above', ncol=4, sp=20, vb=1)])

cert(id='g33', style='vendor-training', producer='python-docx+libreoffice', page=('a4', 'P'), top=60,
     layout=['portrait', 'two-column-labels-left', 'date-day-month-year', 'distractor-id', 'cover-letter'],
     notes='Manufacturer training: cover letter on page 1, certificate on page 2.',
     name='Saoirse McAllister', title='Blood Gas Analyzer Key Operator Course',
     date='2025-03-13', credits=8.0, unit='contact hour', provider=['Halcyon Medical Instruments', 'Halcyon'],
     activity_id='HMI-KO-330', chk=dict(date='13 March 2025', credits='8.0'),
     els=[T('Halcyon Medical Instruments', 14, b=1, al='l'), T('Customer Training Department · 400 Innovation Way · Raleigh, NC 27606', 9, al='l', sp=2),
          T('20 March 2025', 10.5, al='l', sp=30),
          T('Ms. Saoirse McAllister\nCore Laboratory\nLakeshore Community Hospital', 10.5, al='l', sp=16),
          T('Dear Ms. McAllister,', 10.5, al='l', sp=18),
          T('Congratulations on completing our Key Operator Course. Your certificate of training is enclosed on the following page. '
            'Please keep it with your competency records; your laboratory\'s service agreement number is SA-44810-H.', 10.5, al='l', sp=10),
          T('If you need a duplicate certificate, contact training@halcyon.example with your order reference ORD-2025-07714.', 10.5, al='l', sp=10),
          T('Sincerely,\n\nCustomer Training Department', 10.5, al='l', sp=14),
          PB(),
          T('HALCYON', 26, b=1, ls=8, c='teal'),
          T('Certificate of Training', 24, f='serif', sp=30),
          KV([('Participant', 'Saoirse McAllister'), ('Course', 'Blood Gas Analyzer Key Operator Course'), ('Course ID', 'HMI-KO-330'),
              ('Training dates', '12–13 March 2025'), ('Completed', '13 March 2025'), ('Contact hours', '8.0'), ('Trainer', 'Rajiv Menon')],
             lw=0.3, sp=30, size=11.5),
          T('Halcyon Medical Instruments' + PACE, 8.5, sp=40)])

cert(id='g34', style='aabb', producer='php-fpdf', page=('letter', 'L'), top=60, border=2, bc='maroon',
     layout=['centred-landscape', 'meeting-session', 'distractor-id', 'diacritics'],
     notes='AABB annual meeting session certificate; member number distractor.',
     name='Zoë Lindqvist', title='Cold Agglutinin Disease: Serologic Workup and Transfusion Support',
     date='2025-10-26', credits=1.0, unit='contact hour', provider=['AABB'], activity_id='9213-S',
     chk=dict(date='October 26, 2025', credits='1.0'),
     els=[T('AABB Annual Meeting 2025', 20, b=1, c='maroon'), T('Certificate of Session Attendance', 24, f='serif', sp=22),
          T('Zoë Lindqvist', 26, b=1, f='serif', sp=22),
          T('attended Session 9213-S', 12, sp=14),
          T('Cold Agglutinin Disease: Serologic Workup and Transfusion Support', 17, b=1, sp=6),
          T('on October 26, 2025 and earned 1.0 contact hour', 12, sp=10),
          T('AABB Member #: 00441827', 9, c='grey', sp=16),
          T('AABB' + PACE, 8.5, sp=12)])

cert(id='g35', style='adlm-accent', producer='php-tcpdf', page=('letter', 'P'), top=60,
     layout=['portrait', 'date-range', 'meeting-attendance', 'values-beside-labels', 'claimed-of-maximum'],
     notes='ADLM annual meeting attendance, ACCENT credits claimed vs maximum; last day gold.',
     name='Rodrigo Albuquerque', title='2025 ADLM Annual Scientific Meeting & Clinical Lab Expo',
     date='2025-07-31', credits=14.5, unit='CE hour',
     provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id=None,
     chk=dict(date='July 27-31, 2025', credits='14.5'),
     els=[T('ADLM', 30, b=1, c='navy', al='l'), T('Association for Diagnostics & Laboratory Medicine', 10, al='l', sp=0),
          T('ACCENT® Continuing Education Certificate', 18, b=1, al='l', sp=34),
          KV([('Name', 'Rodrigo Albuquerque'), ('Meeting', '2025 ADLM Annual Scientific Meeting & Clinical Lab Expo'),
              ('Dates', 'July 27-31, 2025'), ('Location', 'Chicago, IL'),
              ('ACCENT credits claimed', '14.5'), ('Maximum ACCENT credits available', '31.0')], lw=0.42, sp=24),
          T('ADLM designates this educational activity for a maximum of 31.0 ACCENT® credit hours. Participants should claim only the credit '
            'commensurate with the extent of their participation. ACCENT® credit is accepted by the ASCP Board of Certification for its '
            'Credential Maintenance Program.', 8.5, al='l', sp=30),
          T('Record generated 08/15/2025', 8, al='l', sp=16, c='grey')])

cert(id='g36', style='medialab', producer='chromium', page=('letter', 'L'), top=50, border=1, bc='green',
     layout=['centred-landscape', 'title-wrap-3-lines', 'labels-above-values', 'distractor-id', 'suffix-in-name'],
     notes='Online CE vendor; long title; suffix kept.',
     name='Reginald T. Whitfield III', title='Parasitology Image Review: Differentiating Intestinal Protozoa, Helminth Eggs, and Common Artifacts in Concentrated Wet Mounts and Permanent Stained Smears',
     date='2025-09-02', credits=2.0, unit='contact hour', provider=['MicroScholar Learning', 'MicroScholar'],
     activity_id='PAR-7731', chk=dict(date='Sep 2, 2025', credits='2.0'),
     els=[T('MicroScholar Learning', 18, b=1, c='green'),
          T('Certificate of Completion', 28, f='serif', sp=16),
          T('Reginald T. Whitfield III', 26, b=1, sp=16),
          T('has completed', 11, sp=10),
          T('Parasitology Image Review: Differentiating Intestinal Protozoa, Helminth Eggs, and Common Artifacts in Concentrated Wet Mounts and Permanent Stained Smears',
            17, b=1, sp=4),
          KV([('Completed', 'Sep 2, 2025'), ('Course', 'PAR-7731'), ('CE Credit', '2.0 contact hours'), ('Account', 'INST-40912')],
             mode='above', ncol=4, sp=16, vb=1),
          T('MicroScholar Learning' + PACE, 8.5, sp=14)])

cert(id='g37', style='cap', producer='reportlab', page=('letter', 'P'), top=70, border=2, bc='navy',
     layout=['portrait', 'small-table', 'several-credit-figures', 'distractor-date'],
     notes='CAP workshop; CME and CE both printed; laboratory figure is the CE (P.A.C.E.) hours.',
     name='Abimbola Fashola', title='Laboratory General Checklist Essentials for Inspection Readiness',
     date='2025-11-12', credits=3.0, unit='contact hour', provider=['College of American Pathologists', 'CAP'],
     activity_id='CAP-LGW-1125', chk=dict(date='11/12/2025', credits='3.0'),
     els=[T('CAP', 32, b=1, c='navy'), T('COLLEGE of AMERICAN PATHOLOGISTS', 11, sp=2, c='navy'),
          T('Certificate of Completion', 22, f='serif', sp=40),
          T('Abimbola Fashola', 22, b=1, sp=30),
          T('has completed the workshop', 11, sp=10),
          T('Laboratory General Checklist Essentials for Inspection Readiness', 15, b=1, sp=6),
          KV([('Activity', 'CAP-LGW-1125'), ('Date completed', '11/12/2025'), ('CME (AMA PRA Category 1 Credits™)', '3.00'),
              ('CE (P.A.C.E.® contact hours)', '3.0'), ('Date printed', '12/01/2025')], mode='table', w=380, lw=0.6, sp=30),
          T('The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians. '
            'The CAP' + PACE, 8.5, sp=30)])

cert(id='g38', style='university-ceu', producer='acroform-filled', page=('letter', 'L'), top=60, border=2,
     layout=['centred-landscape', 'acroform-fields', 'ceu', 'date-long-form'],
     notes='University CE, CEUs (0.3 CEU = 3 contact hours); unflattened AcroForm.',
     name='Émilie Tremblay-Gagnon', title='Immunohematology Refresher for Generalists',
     date='2025-05-09', credits=0.3, unit='CEU',
     provider=['University of the Upper Midwest', 'University of the Upper Midwest, College of Allied Health Sciences'],
     activity_id='AHS-CE-2590', chk=dict(date='May 9th, 2025', credits='0.3'),
     els=[T('University of the Upper Midwest', 22, f='serif', b=1), T('College of Allied Health Sciences · Office of Continuing Education', 10, f='serif', sp=2),
          T('This certifies that', 11, sp=26, f='serif', i=1),
          T('Émilie Tremblay-Gagnon', 24, f='serif', sp=6, field=True),
          T('has earned', 11, sp=10, f='serif', i=1),
          T('0.3 Continuing Education Units', 15, b=1, sp=4, f='serif', field=True),
          T('in', 11, sp=6, f='serif', i=1),
          T('Immunohematology Refresher for Generalists', 17, b=1, sp=4, f='serif', field=True),
          T('completed on May 9th, 2025     Offering AHS-CE-2590', 11, sp=10, f='serif', field=True),
          SIG([('Director of Continuing Education', ''), ('Program Coordinator', '')], sp=36, f='serif')])

cert(id='g39', style='hospital-inservice', producer='acroform-flattened', page=('letter', 'L'), top=60, border=1,
     layout=['centred-landscape', 'acroform-flattened', 'labels-above-values', 'all-caps-name', 'orientation-topic'],
     notes='Hospital in-service; new-employee specimen processing course whose title contains Orientation.',
     name='PRECIOUS MBEKI', title='Specimen Processing Orientation: Centrifugation, Aliquoting and Sample Stability',
     date='2025-08-12', credits=1.0, unit='contact hour',
     provider=['Harbor Point Medical Center', 'Harbor Point Medical Center, Laboratory Services Education'], activity_id=None,
     chk=dict(date='08/12/2025', credits='1.0'),
     els=[T('Harbor Point Medical Center', 20, b=1, f='serif'), T('Laboratory Services Education', 11, sp=2),
          T('Certificate of In-Service Attendance', 24, sp=28),
          T('PRECIOUS MBEKI', 22, b=1, sp=20, field=True),
          T('Specimen Processing Orientation: Centrifugation, Aliquoting and Sample Stability', 16, b=1, sp=18, field=True),
          KV([('Date', '08/12/2025'), ('Instructor', 'Lorenzo Bellucci, MLS(ASCP)'), ('Contact hours', '1.0'), ('Employee #', 'HP-55129')],
             mode='above', ncol=4, sp=22, field=True),
          T('Harbor Point Medical Center, Laboratory Services Education' + PACE, 8.5, sp=24)])

cert(id='g40', style='state-society', producer='ghostscript-ps', page=('letter', 'L'), top=60, border=2, bc='green',
     layout=['centred-landscape', 'date-range', 'meeting-attendance', 'credentials-after-name'],
     notes='State society annual convention attendance; last day gold; no activity number printed.',
     name='Everett Lindgren', title='Mountain West Laboratory Science Convention',
     date='2025-05-17', credits=11.0, unit='contact hour',
     provider=['Colorado-Wyoming Society for Laboratory Science', 'CWSLS'], activity_id=None,
     chk=dict(date='May 15-17, 2025', credits='11.0'),
     els=[T('Colorado-Wyoming Society for Laboratory Science', 18, b=1, c='green'),
          T('This certificate is awarded to', 11, sp=30, i=1),
          T('Everett Lindgren, MLS(ASCP)CM', 24, b=1, f='serif', sp=8),
          T('in recognition of attendance at the', 11, sp=14, i=1),
          T('Mountain West Laboratory Science Convention', 18, b=1, sp=6),
          T('Cheyenne, Wyoming  -  May 15-17, 2025', 11, sp=8),
          T('P.A.C.E.® contact hours: 11.0', 13, b=1, sp=14),
          T('CWSLS' + PACE, 8.5, sp=18),
          SIG([('President, CWSLS', ''), ('Convention Education Chair', '')], sp=30)])

cert(id='g41', style='joint-accreditation', producer='chromium', page=('letter', 'P'), top=60,
     layout=['portrait', 'cover-letter', 'several-credit-figures', 'small-table', 'honorific-and-credentials'],
     notes='Academic medical center CE office: cover letter page, then certificate with several credit types.',
     name='Felipe Araújo', title='Diagnostic Stewardship for C. difficile Testing',
     date='2025-04-03', credits=1.0, unit='contact hour',
     provider=['Lakeview Academic Medical Center', 'Lakeview Academic Medical Center, Center for Continuing Professional Education'],
     activity_id='LAMC-GR-0403', chk=dict(date='April 3, 2025', credits='1.00'),
     els=[T('Lakeview Academic Medical Center', 14, b=1, al='l'), T('Center for Continuing Professional Education', 10, al='l', sp=0),
          T('April 10, 2025', 10.5, al='l', sp=30),
          T('Dear Mr. Araújo:', 10.5, al='l', sp=16),
          T('Thank you for attending Pathology Grand Rounds. Your credit claim has been processed, and your certificate follows this letter. '
            'Your learner account number is 50-2291-7. Certificates are retained in our system for six years.', 10.5, al='l', sp=10),
          T('Sincerely,\nCCPE Staff', 10.5, al='l', sp=14),
          PB(),
          T('Certificate of Credit', 26, f='serif'),
          T('Lakeview Academic Medical Center · Center for Continuing Professional Education', 10, sp=4),
          T('Mr. Felipe Araújo, MLS(ASCP)', 20, b=1, sp=34),
          T('participated in Pathology Grand Rounds:', 11, sp=12),
          T('Diagnostic Stewardship for C. difficile Testing', 16, b=1, sp=6),
          T('Date: April 3, 2025     Activity #: LAMC-GR-0403', 11, sp=10),
          KV([('Credit Type', 'Claimed'), ('AMA PRA Category 1 Credit™', '0.00'), ('ANCC Contact Hours', '0.00'),
              ('P.A.C.E.® Contact Hours', '1.00'), ('Participation (non-physician)', '1.00')], mode='table', w=320, lw=0.65, sp=16),
          T('In support of improving patient care, Lakeview Academic Medical Center is jointly accredited by the ACCME, ACPE, and ANCC '
            'to provide continuing education for the healthcare team. It' + PACE, 8.5, sp=20)])

cert(id='g42', style='nsh', producer='libreoffice-fodt', page=('letter', 'P'), top=70, border=1,
     layout=['portrait', 'two-column-labels-right', 'iso-date', 'state-histology-society'],
     notes='State histology society (NSH-affiliated) spring meeting, session-level certificate.',
     name='Agnieszka Nowak-Reed', title='Decalcification Methods and Their Effect on Immunohistochemistry',
     date='2025-03-22', credits=1.5, unit='contact hour',
     provider=['Carolinas Histology Society', 'CHS'], activity_id='CHS-25-S07',
     chk=dict(date='2025-03-22', credits='1.5'),
     els=[T('Carolinas Histology Society', 20, b=1, f='serif'), T('a state society of the National Society for Histotechnology', 9.5, i=1, sp=2),
          T('Certificate of Completion', 22, sp=40),
          KV([('Participant Name:', 'Agnieszka Nowak-Reed'), ('Session:', 'Decalcification Methods and Their Effect on Immunohistochemistry'),
              ('Session Code:', 'CHS-25-S07'), ('Date:', '2025-03-22'), ('Contact Hours:', '1.5'), ('Speaker:', 'Dr. Ferdinand Okoro')],
             la='r', lw=0.32, sp=30, size=11),
          T('This session was approved for P.A.C.E.® credit through the National Society for Histotechnology.', 9, sp=36, i=1),
          SIG([('CHS Education Chair', '')], sp=50)])

cert(id='g43', style='regional-meeting', producer='python-docx+libreoffice', page=('letter', 'L'), top=60, border=2, bc='navy',
     layout=['centred-landscape', 'meeting-attendance', 'date-range', 'letter-spaced-name'],
     notes='Regional meeting; letter-spaced name via docx character spacing; last day gold.',
     name='IMANI OKONJO', title='Southeastern Laboratory Leadership Forum',
     date='2025-11-07', credits=10.0, unit='contact hour',
     provider=['Southeastern Laboratory Leadership Forum', 'SLLF'], activity_id='SLLF25',
     chk=dict(date='November 5–7, 2025', credits='10.0'),
     els=[T('SOUTHEASTERN LABORATORY LEADERSHIP FORUM', 16, b=1, c='navy'),
          T('Certificate of Attendance', 28, f='serif', sp=20),
          T('is presented to', 11, i=1, sp=14),
          T('IMANI OKONJO', 24, b=1, ls=6, sp=8),
          T('for attendance at the Southeastern Laboratory Leadership Forum', 12, sp=14),
          T('Savannah, Georgia · November 5–7, 2025', 11, sp=6),
          T('Event ID: SLLF25   ·   10.0 P.A.C.E.® contact hours', 12, b=1, sp=14),
          T('SLLF' + PACE, 8.5, sp=12),
          SIG([('Forum Chair', ''), ('Program Director', '')], sp=30)])

cert(id='g44', style='ascp', producer='php-tcpdf', page=('letter', 'L'), top=55, border=1, bc='navy',
     layout=['centred-landscape', 'meeting-session', 'claimed-of-maximum', 'diacritics', 'distractor-id'],
     notes='ASCP annual meeting session credit statement; claimed of maximum.',
     name='Dorothée Achterberg', title='Cytopathology Unknowns: Thyroid Fine-Needle Aspiration',
     date='2025-09-18', credits=1.0, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'],
     activity_id='ASCP25-W332', chk=dict(date='September 18, 2025', credits='1.0'),
     els=[T('ASCP 2025 Annual Meeting', 20, b=1, c='navy'), T('American Society for Clinical Pathology', 11, sp=2),
          T('CMLE Credit Statement', 24, f='serif', sp=24),
          T('Dorothée Achterberg', 24, b=1, sp=18),
          T('Session ASCP25-W332 · September 18, 2025', 11, sp=12),
          T('Cytopathology Unknowns: Thyroid Fine-Needle Aspiration', 16, b=1, sp=6),
          T('CMLE credits claimed: 1.0 (maximum available: 1.5)', 12, sp=12),
          T('ASCP ID: 01182736', 9, c='grey', sp=14),
          T('ASCP designates this live activity for a maximum of 1.5 CMLE credits. Laboratory professionals should claim only the credit '
            'commensurate with the extent of their participation.', 8.5, sp=12)])

cert(id='g45', style='webinar-vendor', producer='ghostscript-ps', page=('letter', 'P'), top=70,
     layout=['portrait', 'format-word-own-line', 'title-in-quotes', 'us-numeric-date', 'distractor-date'],
     notes='Webinar vendor, self-study recording; access expiry is a distractor.',
     name='Kaveh Rostami', title='Next-Generation Sequencing Bioinformatics for the Bench Scientist',
     date='2025-12-02', credits=1.0, unit='contact hour', provider=['GenomeCast Education', 'GenomeCast'],
     activity_id='GC-SS-1202', chk=dict(date='12/02/2025', credits='1.0'),
     els=[T('GenomeCast Education', 20, b=1, al='l'), HR(1.0, 4),
          T('CERTIFICATE', 26, b=1, sp=50), T('of completion', 14, i=1, sp=2),
          T('Kaveh Rostami', 22, b=1, sp=36),
          T('completed', 11, sp=14), T('the self-study module', 11, i=1, sp=2),
          T('"Next-Generation Sequencing Bioinformatics for the Bench Scientist"', 15, b=1, sp=8),
          T('Completion date: 12/02/2025', 11, sp=20),
          T('Module ID: GC-SS-1202', 11, sp=4),
          T('Credit: 1.0 P.A.C.E.(R) contact hour', 11, sp=4),
          T('Recording access expires 06/02/2026', 9, sp=20),
          T('GenomeCast Education' + PACE, 8.5, sp=30)])

cert(id='g46', style='public-health-lab', producer='chromium', page=('letter', 'P'), top=60,
     layout=['portrait', 'two-page', 'accreditation-on-page-2', 'labels-above-values', 'credentials-after-name'],
     notes='Public health laboratory course, two pages: certificate then learning objectives and accreditation.',
     name='Adaeze Nwachukwu-Ellis', title='Tuberculosis Laboratory Diagnostics: From Smear Microscopy to Molecular Drug Resistance Testing',
     date='2025-06-26', credits=4.0, unit='contact hour',
     provider=['Pacific Northwest Public Health Laboratory', 'Pacific Northwest Public Health Laboratory, Training and Workforce Development Unit'],
     activity_id='TB-0625', chk=dict(date='June 25-26, 2025', credits='4.0'),
     els=[T('Pacific Northwest Public Health Laboratory', 18, b=1, c='navy'), T('Training and Workforce Development Unit', 11, sp=2),
          T('Certificate of Completion', 28, f='serif', sp=50),
          T('Adaeze Nwachukwu-Ellis, MB(ASCP)', 20, b=1, sp=30),
          T('completed the hands-on workshop', 11, sp=14),
          T('Tuberculosis Laboratory Diagnostics: From Smear Microscopy to Molecular Drug Resistance Testing', 16, b=1, sp=6),
          KV([('Workshop dates', 'June 25-26, 2025'), ('Course number', 'TB-0625'), ('Contact hours', '4.0')], mode='above', ncol=3, sp=30, vb=1),
          PB(),
          T('Learning Objectives', 14, b=1, al='l'),
          T('1. Perform and interpret acid-fast smears.\n2. Describe the workflow for culture and identification of M. tuberculosis complex.\n'
            '3. Interpret molecular results for rifampin and isoniazid resistance.', 10, al='l', sp=8),
          T('Accreditation', 14, b=1, al='l', sp=20),
          T('Pacific Northwest Public Health Laboratory' + PACE + ' This activity is approved for 4.0 contact hours.', 10, al='l', sp=8)])

cert(id='g47', style='ascls-pace-provider', producer='libreoffice-fodt', page=('a4', 'L'), top=55, border=2, bc='teal',
     layout=['centred-landscape', 'ascls-state-constituent', 'title-wrap-2-lines', 'date-long-form', 'suffix-in-name'],
     notes='ASCLS constituent society webinar; long-form date; suffix kept.',
     name='Marcus A. Delacroix Sr.', title='Anemia of Chronic Disease Versus Iron Deficiency: Using Ferritin, Transferrin Saturation and Reticulocyte Hemoglobin',
     date='2025-01-08', credits=1.0, unit='contact hour', provider=['ASCLS-Louisiana'], activity_id='LA-WEB-0108',
     chk=dict(date='8 January 2025', credits='1.0'),
     els=[T('ASCLS-Louisiana', 22, b=1, c='teal'),
          T('In appreciation of your participation in our winter webinar', 11, i=1, sp=18),
          T('Marcus A. Delacroix Sr.', 26, f='serif', sp=14),
          T('Anemia of Chronic Disease Versus Iron Deficiency: Using Ferritin, Transferrin Saturation and Reticulocyte Hemoglobin', 16, b=1, sp=14),
          T('Held 8 January 2025  ·  Program LA-WEB-0108  ·  P.A.C.E.® contact hours: 1.0', 11, sp=12),
          T('ASCLS-Louisiana' + PACE, 8.5, sp=14),
          SIG([('President, ASCLS-Louisiana', '')], sp=30)])

cert(id='g48', style='medialab', producer='python-docx+libreoffice', page=('letter', 'P'), top=60,
     layout=['portrait', 'small-table', 'several-courses-no', 'distractor-id', 'all-caps-name'],
     notes='Online CE vendor; name printed in capitals; order and user ID distractors.',
     name='SUNITA VENKATARAMAN', title='Compliance Essentials: CLIA Personnel Requirements and Competency Assessment',
     date='2025-10-29', credits=1.5, unit='contact hour', provider=['CE Bench Academy', 'CE Bench'],
     activity_id='CMP-650', chk=dict(date='10/29/2025', credits='1.5'),
     els=[T('CE Bench Academy', 20, b=1, al='l', c='green'),
          T('Certificate of Completion', 22, al='l', sp=30),
          T('SUNITA VENKATARAMAN', 18, b=1, al='l', sp=20),
          KV([('Course', 'Compliance Essentials: CLIA Personnel Requirements and Competency Assessment'), ('Course Number', 'CMP-650'),
              ('Completed', '10/29/2025'), ('P.A.C.E.® Contact Hours', '1.5'), ('User ID', 'sv-2219034'), ('Order', 'ORD-88120')],
             mode='table', lw=0.33, sp=20),
          T('CE Bench Academy' + PACE, 8.5, al='l', sp=30)])

cert(id='g49', style='vendor-training', producer='php-fpdf', page=('letter', 'P'), top=60, border=1,
     layout=['portrait', 'labels-above-values', 'date-range', 'distractor-id'],
     notes='Manufacturer application training; multi-day, last day gold; instrument serial and customer number distractors.',
     name='Joaquín Etxeberria', title='Automated Microbiology Specimen Processor: Advanced Application Training',
     date='2025-02-20', credits=14.0, unit='contact hour', provider=['Norvale BioSystems', 'Norvale'],
     activity_id='NBS-AAT-220', chk=dict(date='02/18/2025 - 02/20/2025', credits='14.0'),
     els=[T('NORVALE BioSystems', 22, b=1, c='navy'), T('Global Customer Training', 10, sp=2),
          T('Training Certificate', 24, f='serif', sp=40),
          T('Participant', 9, c='grey', sp=30), T('Joaquín Etxeberria', 20, b=1, sp=2),
          T('Course', 9, c='grey', sp=16), T('Automated Microbiology Specimen Processor: Advanced Application Training', 14, b=1, sp=2),
          KV([('Training Dates', '02/18/2025 - 02/20/2025'), ('Course Code', 'NBS-AAT-220'), ('Contact Hours', '14.0'),
              ('Customer No.', 'C-0098812'), ('System Serial', 'SP3-21-00719'), ('Location', 'Indianapolis Training Center')],
             mode='above', ncol=3, sp=24, vb=1),
          T('Norvale BioSystems' + PACE, 8.5, sp=40)])

cert(id='g50', style='adlm-accent', producer='reportlab', page=('letter', 'L'), top=55, border=2, bc='navy',
     layout=['centred-landscape', 'letter-spaced-name', 'issuer-line', 'local-section'],
     notes='ADLM local section dinner program; name letter-spaced via charSpace.',
     name='Caspian Whitlow-Obi', title='Thyroid Function Testing Pitfalls: Biotin, Heterophile Antibodies and Macro-TSH',
     date='2025-11-19', credits=1.5, unit='CE hour',
     provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'],
     activity_id='NE-1119', chk=dict(date='November 19, 2025', credits='1.5'),
     els=[T('Certificate of Attendance', 28, f='serif', c='navy'),
          T('Association for Diagnostics & Laboratory Medicine · New England Local Section', 11, sp=4),
          T('Caspian Whitlow-Obi', 22, b=1, ls=3, sp=30),
          T('successfully participated in the evening program', 11, sp=12),
          T('Thyroid Function Testing Pitfalls: Biotin, Heterophile Antibodies and Macro-TSH', 16, b=1, sp=6),
          T('November 19, 2025  ·  Burlington, Massachusetts', 11, sp=10),
          T('1.5 ACCENT® credit hours  ·  Program Number NE-1119', 12, b=1, sp=10),
          T('ACCENT® is a registered trademark of ADLM.', 8, sp=18, c='grey'),
          SIG([('Chair, New England Local Section', 'ADLM')], sp=28)])

# ================================================================ main
def gold(spec):
    keys = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit']
    g = {k: spec[k] for k in keys}
    g['points'] = round(spec['credits'] * 10, 2) if spec['unit'] == 'CEU' else spec['credits']
    g['provider'] = spec['provider']
    g['activity_id'] = spec['activity_id']
    return g

def main():
    os.makedirs(SRC, exist_ok=True)
    only = set(sys.argv[1:])
    for spec in SPECS:
        if only and spec['id'] not in only:
            continue
        render(spec)
        with open(os.path.join(HERE, spec['id'] + '.gold.json'), 'w') as f:
            json.dump(gold(spec), f, indent=2, ensure_ascii=False)
            f.write('\n')
        with open(os.path.join(SRC, spec['id'] + '.check.json'), 'w') as f:
            json.dump(spec['chk'], f, indent=2, ensure_ascii=False)
        print(spec['id'], spec['producer'])
    for d in ('_lo', '_loprofile'):
        shutil.rmtree(os.path.join(SRC, d), ignore_errors=True)
    for fn in os.listdir(SRC):
        if fn.endswith('.form.pdf'):
            os.remove(os.path.join(SRC, fn))

if __name__ == '__main__':
    main()
