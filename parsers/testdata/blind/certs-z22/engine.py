"""Rendering engine for the z22 blind certificate set.
A certificate is a list of blocks; each producer renders the same block model."""
import os, json, subprocess, html, shutil, tempfile
from reportlab.pdfbase.pdfmetrics import stringWidth
HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, '.profiles')
NAVY = (0.12, 0.22, 0.39)

# ---------------------------------------------------------------- styles
def bstyle(cert, b):
    """font, size, align, gray for a text block"""
    serif = cert.get('theme', 'modern') == 'award'
    H, HB = ('Times-Roman', 'Times-Bold') if serif else ('Helvetica', 'Helvetica-Bold')
    t = b['t']
    d = {'issuer': ('Helvetica-Bold', 11), 'h1': (HB, 30 if serif else 22), 'h2': (HB, 14),
         'p': (H, 11.5), 'name': ('Times-BoldItalic' if serif else 'Helvetica-Bold', 26 if serif else 19),
         'title': (HB, 16 if serif else 14), 'foot': ('Helvetica', 7.5), 'small': ('Helvetica', 9)}[t]
    font = b.get('f', d[0]); size = b.get('s', d[1])
    align = b.get('a', 'c' if cert.get('align', 'c') == 'c' else 'l')
    gray = b.get('g', 0.35 if t in ('foot', 'small') else 0)
    return font, size, align, gray

def wrap(text, font, size, width):
    out = []
    for para in text.split('\n'):
        words = para.split(' '); line = ''
        for w in words:
            cand = (line + ' ' + w) if line else w
            if stringWidth(cand, font, size) <= width or not line:
                line = cand
            else:
                out.append(line); line = w
        out.append(line)
    return out

# ---------------------------------------------------------------- absolute layout
def layout(cert):
    """returns list of pages, each a list of ops in PDF points (origin bottom-left)"""
    W, H = (792, 612) if cert.get('orient') == 'L' else (612, 792)
    M = cert.get('margin', 60 if cert.get('orient') == 'L' else 64)
    cw = W - 2 * M
    pages = []; ops = []
    def deco():
        if cert.get('border'):
            ops.append(('rect', 18, 18, W - 36, H - 36, 3, NAVY))
            ops.append(('rect', 26, 26, W - 52, H - 52, 0.8, NAVY))
        if cert.get('bar'):
            ops.append(('fill', 0, H - 14, W, 14, NAVY))
    deco()
    y = H - M - cert.get('top', 0)
    def text_lines(lines, font, size, align, gray, field=None, x0=M, w=cw):
        nonlocal y
        for i, ln in enumerate(lines):
            y -= size * 1.25
            if align == 'c':
                x = x0 + (w - stringWidth(ln, font, size)) / 2
            elif align == 'r':
                x = x0 + w - stringWidth(ln, font, size)
            else:
                x = x0
            if field:
                ops.append(('field', '%s_%d' % (field, i + 1), x, y, stringWidth(ln, font, size) + 6, size, ln, font, size, align))
            else:
                ops.append(('text', x, y, ln, font, size, gray))
    for b in cert['blocks']:
        t = b['t']
        y -= b.get('sp', 0)
        if t == 'page':
            ops.extend(footer_ops(cert, W, M, cw)); pages.append(ops); ops = []; deco(); y = H - M; continue
        if t == 'space':
            y -= b['h']; continue
        if t == 'rule':
            y -= 6; ops.append(('line', M + cw * 0.2 if cert.get('align', 'c') == 'c' else M, y, M + cw * (0.8 if cert.get('align', 'c') == 'c' else 1), y, 0.8, NAVY)); y -= 6; continue
        if t == 'foot':
            continue
        if t in ('issuer', 'h1', 'h2', 'p', 'name', 'title', 'small'):
            font, size, align, gray = bstyle(cert, b)
            lines = wrap(b['text'], font, size, b.get('w', cw))
            x0 = M + (cw - b.get('w', cw)) / 2 if align == 'c' else M
            fld = t if (cert.get('form') and b.get('field')) else None
            text_lines(lines, font, size, align, gray, fld, x0, b.get('w', cw))
            y -= b.get('after', size * 0.35)
            continue
        if t == 'kv':
            lw = b.get('lw', 150); fs = b.get('s', 11)
            x0 = M + b.get('indent', 0)
            for k, (lab, val) in enumerate(b['rows']):
                vl = wrap(val, 'Helvetica', fs, cw - lw - b.get('indent', 0))
                y -= fs * 1.4
                ops.append(('text', x0, y, lab, 'Helvetica-Bold', fs, 0))
                for i, ln in enumerate(vl):
                    if i: y -= fs * 1.25
                    if cert.get('form') and b.get('field'):
                        ops.append(('field', 'kv%d_%d_%d' % (id(b) % 1000, k, i), x0 + lw, y, cw - lw - b.get('indent', 0) , fs, ln, 'Helvetica', fs, 'l'))
                    else:
                        ops.append(('text', x0 + lw, y, ln, 'Helvetica', fs, 0))
            y -= 6; continue
        if t == 'cols':
            n = len(b['labels']); colw = cw / n; fs = b.get('s', 11)
            y -= 9 * 1.3
            for i, lab in enumerate(b['labels']):
                ops.append(('text', M + i * colw, y, lab, 'Helvetica-Bold', 8, 0.4))
            ymax = y
            for i, val in enumerate(b['values']):
                yy = y
                for j, ln in enumerate(wrap(val, 'Helvetica', fs, colw - 10)):
                    yy -= fs * 1.3
                    if cert.get('form') and b.get('field'):
                        ops.append(('field', 'col%d_%d_%d' % (id(b) % 1000, i, j), M + i * colw, yy, colw - 10, fs, ln, 'Helvetica', fs, 'l'))
                    else:
                        ops.append(('text', M + i * colw, yy, ln, 'Helvetica', fs, 0))
                ymax = min(ymax, yy)
            y = ymax - 4
            ops.append(('line', M, y, M + cw, y, 0.5, (0.6, 0.6, 0.6)))
            y -= 6; continue
        if t == 'table':
            fr = b.get('widths') or [1.0 / len(b['header'])] * len(b['header'])
            tw = b.get('tw', cw); tx = M + (cw - tw) / 2
            xs = [tx]; [xs.append(xs[-1] + f * tw) for f in fr]
            fs = b.get('s', 10)
            for r, row in enumerate([b['header']] + b['rows']):
                font = 'Helvetica-Bold' if r == 0 else 'Helvetica'
                cells = [wrap(c, font, fs, (xs[i + 1] - xs[i]) - 8) for i, c in enumerate(row)]
                h = max(len(c) for c in cells) * fs * 1.25 + 8
                if r == 0:
                    ops.append(('fill', tx, y - h, tw, h, (0.88, 0.9, 0.94)))
                ops.append(('rect', tx, y - h, tw, h, 0.5, (0.4, 0.4, 0.4)))
                for i, c in enumerate(cells):
                    if i: ops.append(('line', xs[i], y, xs[i], y - h, 0.5, (0.4, 0.4, 0.4)))
                    yy = y - 3
                    for ln in c:
                        yy -= fs * 1.2
                        ops.append(('text', xs[i] + 4, yy, ln, font, fs, 0))
                y -= h
            y -= 8; continue
        if t == 'sig':
            n = len(b['signers']); y -= b.get('gap', 34)
            sw = min(200, cw / n - 20)
            for i, s in enumerate(b['signers']):
                if cert.get('align', 'c') == 'c' or n > 1:
                    cx = M + cw * (i + 0.5) / n
                else:
                    cx = M + sw / 2
                ops.append(('text', cx - stringWidth(s[0], 'Times-Italic', 15) / 2, y + 4, s[0], 'Times-Italic', 15, 0.2))
                ops.append(('line', cx - sw / 2, y, cx + sw / 2, y, 0.7, (0, 0, 0)))
                yy = y
                for k, ln in enumerate(s):
                    f = 'Helvetica-Bold' if k == 0 else 'Helvetica'
                    for l2 in wrap(ln, f, 9, sw + 30):
                        yy -= 11
                        ops.append(('text', cx - stringWidth(l2, f, 9) / 2, yy, l2, f, 9, 0))
            y = yy - 6; continue
        raise ValueError(t)
    if cert.get('seal'):
        sx, sy = cert['seal'].get('x', W - M - 40), cert['seal'].get('y', M + 40)
        ops.append(('circle', sx, sy, 38, 2, (0.65, 0.5, 0.1)))
        ops.append(('circle', sx, sy, 32, 0.8, (0.65, 0.5, 0.1)))
        for k, ln in enumerate(cert['seal']['text']):
            ops.append(('text', sx - stringWidth(ln, 'Helvetica-Bold', 7) / 2, sy + 4 - k * 9, ln, 'Helvetica-Bold', 7, 0.45))
    ops.extend(footer_ops(cert, W, M, cw))
    pages.append(ops)
    return W, H, pages

def footer_ops(cert, W, M, cw):
    out = []
    fb = [b for b in cert['blocks'] if b['t'] == 'foot']
    y = 34 + 10 * sum(len(wrap(b['text'], 'Helvetica', 7.5, cw)) for b in fb)
    for b in fb:
        for ln in wrap(b['text'], 'Helvetica', 7.5, cw):
            y -= 10
            out.append(('text', M + (cw - stringWidth(ln, 'Helvetica', 7.5)) / 2, y, ln, 'Helvetica', 7.5, 0.35))
    return out

# ---------------------------------------------------------------- reportlab canvas / acroform
def rl_canvas(cert, out, form=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import Color, white
    W, H, pages = layout(cert)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(cert.get('doc_title', 'Certificate')); c.setAuthor(cert.get('author', ''))
    for ops in pages:
        for op in ops:
            k = op[0]
            if k == 'text':
                _, x, y, s, f, sz, g = op; c.setFillGray(g); c.setFont(f, sz); c.drawString(x, y, s)
            elif k == 'line':
                _, x1, y1, x2, y2, w, col = op; c.setStrokeColorRGB(*col); c.setLineWidth(w); c.line(x1, y1, x2, y2)
            elif k == 'rect':
                _, x, y, w, h, lw, col = op; c.setStrokeColorRGB(*col); c.setLineWidth(lw); c.rect(x, y, w, h, stroke=1, fill=0)
            elif k == 'fill':
                _, x, y, w, h, col = op; c.setFillColorRGB(*col); c.rect(x, y, w, h, stroke=0, fill=1)
            elif k == 'circle':
                _, x, y, r, lw, col = op; c.setStrokeColorRGB(*col); c.setLineWidth(lw); c.circle(x, y, r, stroke=1, fill=0)
            elif k == 'field':
                _, name, x, y, w, sz, val, f, fs, al = op
                c.acroForm.textfield(name=name, value=val, x=x - 2, y=y - 4, width=w + 4, height=sz + 8,
                                     fontName=f, fontSize=fs, borderWidth=0, fillColor=white, textColor=Color(0, 0, 0),
                                     forceBorder=False, relative=False, borderColor=white)
        c.showPage()
    c.save()

def acroform(cert, out):
    tmp = out + '.form.pdf'
    cert = dict(cert, form=True)
    rl_canvas(cert, tmp, form=True)
    r = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', tmp, out], capture_output=True)
    if r.returncode not in (0, 3): raise RuntimeError(r.stderr)
    os.remove(tmp)

# ---------------------------------------------------------------- PostScript -> Ghostscript
def ps_str(s):
    s = s.replace('\u2022', '\u00b7').replace('\u2122', '').replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', "'")
    b = s.encode('latin-1')
    o = ''
    for ch in b:
        if ch in (40, 41, 92): o += '\\' + chr(ch)
        elif ch > 126: o += '\\%03o' % ch
        else: o += chr(ch)
    return '(' + o + ')'

def postscript(cert, out):
    W, H, pages = layout(dict(cert, blocks=[dict(b, text=b['text'].replace('\u2122', '')) if 'text' in b else b for b in cert['blocks']]))
    L = ['%!PS-Adobe-3.0', '%%Title: ' + cert.get('doc_title', 'Certificate'), '%%Creator: hand-written PostScript',
         '%%BoundingBox: 0 0 %d %d' % (W, H), '%%Pages: ' + str(len(pages)), '%%EndComments',
         '/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put def currentdict end definefont pop } def']
    fonts = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic']
    for f in fonts:
        L.append('/%s-L /%s reenc' % (f, f))
    L.append('/T { exch findfont exch scalefont setfont moveto show } def')
    for n, ops in enumerate(pages):
        L.append('%%%%Page: %d %d' % (n + 1, n + 1))
        L.append('<< /PageSize [%d %d] >> setpagedevice' % (W, H))
        for op in ops:
            k = op[0]
            if k == 'text':
                _, x, y, s, f, sz, g = op
                L.append('%.3f setgray %s %.2f %.2f /%s-L %.2f T' % (g, ps_str(s), x, y, f, sz))
            elif k == 'line':
                _, x1, y1, x2, y2, w, col = op
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (col + (w, x1, y1, x2, y2)))
            elif k == 'rect':
                _, x, y, w, h, lw, col = op
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke' % (col + (lw, x, y, w, h)))
            elif k == 'fill':
                _, x, y, w, h, col = op
                L.append('%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill' % (col + (x, y, w, h)))
            elif k == 'circle':
                _, x, y, r, lw, col = op
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc stroke' % (col + (lw, x, y, r)))
        L.append('showpage')
    L.append('%%EOF')
    ps = out[:-4] + '.ps'
    with open(ps, 'w', encoding='latin-1') as fh:
        fh.write('\n'.join(L) + '\n')
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + out, ps], check=True)
    os.remove(ps)

# ---------------------------------------------------------------- fpdf / tcpdf (PHP)
def php_lit(s, enc):
    b = s.encode(enc, errors='replace')
    o = ''
    for ch in b:
        if chr(ch) in '\\"$': o += '\\' + chr(ch)
        elif ch < 32 or ch > 126: o += '\\x%02X' % ch
        else: o += chr(ch)
    return '"' + o + '"'

FPDF_FONT = {'Helvetica': ('Helvetica', ''), 'Helvetica-Bold': ('Helvetica', 'B'), 'Helvetica-Oblique': ('Helvetica', 'I'),
             'Times-Roman': ('Times', ''), 'Times-Bold': ('Times', 'B'), 'Times-Italic': ('Times', 'I'), 'Times-BoldItalic': ('Times', 'BI')}

def php_pdf(cert, out, lib):
    enc = 'cp1252' if lib == 'fpdf' else 'utf-8'
    c2 = cert if lib == 'fpdf' else dict(cert, blocks=[dict(b, text=b['text'].replace('\u2122', '')) if 'text' in b else b for b in cert['blocks']])
    W, H, pages = layout(c2)
    o = 'L' if W > H else 'P'
    P = ['<?php']
    if lib == 'fpdf':
        P += ["require('/usr/share/php/fpdf/fpdf.php');", "$pdf = new FPDF('%s','pt','Letter');" % o]
    else:
        P += ["require('/usr/share/php/tcpdf/tcpdf.php');", "$pdf = new TCPDF('%s','pt','LETTER',true,'UTF-8',false);" % o,
              "$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(0,0,0); $pdf->SetAutoPageBreak(false,0);"]
    P.append("$pdf->SetTitle(%s); $pdf->SetAuthor(%s);" % (php_lit(cert.get('doc_title', 'Certificate'), enc), php_lit(cert.get('author', ''), enc)))
    for ops in pages:
        P.append('$pdf->AddPage();')
        for op in ops:
            k = op[0]
            if k == 'text':
                _, x, y, s, f, sz, g = op
                fam, st = FPDF_FONT[f]
                P.append("$pdf->SetFont('%s','%s',%.2f); $pdf->SetTextColor(%d);" % (fam, st, sz, int(g * 255)))
                if lib == 'fpdf':
                    P.append("$pdf->Text(%.2f,%.2f,%s);" % (x, H - y, php_lit(s, enc)))
                else:
                    P.append("$pdf->SetXY(%.2f,%.2f); $pdf->Cell(0,0,%s,0,0,'L',false,'',0,false,'L','L');" % (x, H - y, php_lit(s, enc)))
            elif k == 'line':
                _, x1, y1, x2, y2, w, col = op
                P.append("$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f); $pdf->Line(%.2f,%.2f,%.2f,%.2f);" % (tuple(int(v * 255) for v in col) + (w, x1, H - y1, x2, H - y2)))
            elif k == 'rect':
                _, x, y, w, h, lw, col = op
                P.append("$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f); $pdf->Rect(%.2f,%.2f,%.2f,%.2f,'D');" % (tuple(int(v * 255) for v in col) + (lw, x, H - y - h, w, h)))
            elif k == 'fill':
                _, x, y, w, h, col = op
                P.append("$pdf->SetFillColor(%d,%d,%d); $pdf->Rect(%.2f,%.2f,%.2f,%.2f,'F');" % (tuple(int(v * 255) for v in col) + (x, H - y - h, w, h)))
            elif k == 'circle':
                _, x, y, r, lw, col = op
                if lib == 'tcpdf':
                    P.append("$pdf->SetLineWidth(%.2f); $pdf->Circle(%.2f,%.2f,%.2f,0,360,'D',array('color'=>array(%d,%d,%d)));" % ((lw, x, H - y, r) + tuple(int(v * 255) for v in col)))
                else:  # fpdf: polygon approximation
                    import math
                    pts = [(x + r * math.cos(a * math.pi / 36), H - y + r * math.sin(a * math.pi / 36)) for a in range(73)]
                    P.append("$pdf->SetDrawColor(%d,%d,%d); $pdf->SetLineWidth(%.2f);" % (tuple(int(v * 255) for v in col) + (lw,)))
                    for (a, b_), (c_, d_) in zip(pts, pts[1:]):
                        P.append("$pdf->Line(%.2f,%.2f,%.2f,%.2f);" % (a, b_, c_, d_))
    P.append("$pdf->Output('F', %s);" % php_lit(out, 'utf-8') if lib == 'fpdf' else "$pdf->Output(%s, 'F');" % php_lit(out, 'utf-8'))
    php = out[:-4] + '.php'
    with open(php, 'w') as fh:
        fh.write('\n'.join(P) + '\n')
    subprocess.run(['php', php], check=True)
    os.remove(php)

# ---------------------------------------------------------------- flow producers (HTML, ODF, DOCX, Platypus)
def esc(s):
    return html.escape(s)

CSSFONT = {'Helvetica': ('Arial, Liberation Sans, sans-serif', 'normal', 'normal'),
           'Helvetica-Bold': ('Arial, Liberation Sans, sans-serif', 'bold', 'normal'),
           'Helvetica-Oblique': ('Arial, Liberation Sans, sans-serif', 'normal', 'italic'),
           'Times-Roman': ('Times New Roman, Liberation Serif, serif', 'normal', 'normal'),
           'Times-Bold': ('Times New Roman, Liberation Serif, serif', 'bold', 'normal'),
           'Times-Italic': ('Times New Roman, Liberation Serif, serif', 'normal', 'italic'),
           'Times-BoldItalic': ('Times New Roman, Liberation Serif, serif', 'bold', 'italic')}
ALIGN = {'c': 'center', 'l': 'left', 'r': 'right'}

def chromium(cert, out):
    land = cert.get('orient') == 'L'
    W, H = ('11in', '8.5in') if land else ('8.5in', '11in')
    pages = [[]]
    for b in cert['blocks']:
        if b['t'] == 'page': pages.append([])
        else: pages[-1].append(b)
    foot = ''.join('<div>%s</div>' % esc(b['text']) for b in cert['blocks'] if b['t'] == 'foot')
    css = """@page { size: %s %s; margin: 0 }
    body { margin:0; font-family: Arial, 'Liberation Sans', sans-serif; color:#111 }
    .pg { width:%s; height:%s; box-sizing:border-box; padding:%s; position:relative; page-break-after:always; overflow:hidden }
    .bd { position:absolute; inset:18px; border:4px double #1f3864 }
    .bar { position:absolute; left:0; right:0; top:0; height:16px; background:#1f3864 }
    .ft { position:absolute; left:60px; right:60px; bottom:30px; font-size:7.5pt; color:#555; text-align:center }
    table.kv td { padding:3px 10px 3px 0; font-size:11pt; vertical-align:top }
    table.kv td.l { font-weight:bold; white-space:nowrap }
    table.cols { width:100%%; border-collapse:collapse; margin:8px 0 }
    table.cols th { font-size:8pt; color:#666; text-align:left; font-weight:bold; padding:2px 6px 2px 0 }
    table.cols td { font-size:11pt; padding:2px 6px 6px 0; border-bottom:1px solid #999; text-align:left; vertical-align:top }
    table.tb { border-collapse:collapse; margin:8px auto }
    table.tb th, table.tb td { border:1px solid #666; padding:4px 7px; font-size:10pt; text-align:left }
    table.tb th { background:#e0e5ef }
    table.sig { width:100%%; margin-top:34px }
    table.sig td { text-align:center; font-size:9pt; vertical-align:top }
    .sg { font-family: 'Times New Roman', serif; font-style:italic; font-size:15pt; color:#333 }
    .sl { border-top:1px solid #000; width:200px; margin:0 auto; padding-top:2px }
    .seal { position:absolute; width:76px; height:76px; border-radius:50%%; border:2px solid #a67f1a; box-shadow: 0 0 0 4px #fff, 0 0 0 5px #a67f1a;
            display:flex; align-items:center; justify-content:center; text-align:center; font-size:7pt; font-weight:bold; color:#777 }
    """ % (W, H, W, H, '64px 80px' if land else '70px 72px')
    body = []
    for i, blocks in enumerate(pages):
        h = ['<div class="pg">']
        if cert.get('border'): h.append('<div class="bd"></div>')
        if cert.get('bar'): h.append('<div class="bar"></div>')
        h.append('<div style="height:%dpx"></div>' % cert.get('top', 0))
        for b in blocks:
            t = b['t']
            if t == 'foot': continue
            if t == 'space': h.append('<div style="height:%dpx"></div>' % b['h']); continue
            if t == 'rule': h.append('<hr style="border:0;border-top:1px solid #1f3864;width:%s;margin:6px auto 6px %s">' % (('60%', 'auto') if cert.get('align', 'c') == 'c' else ('100%', '0'))); continue
            if t in ('issuer', 'h1', 'h2', 'p', 'name', 'title', 'small'):
                f, s, a, g = bstyle(cert, b); fam, wt, it = CSSFONT[f]
                mw = ('max-width:%dpt;margin-left:auto;margin-right:auto;' % b['w']) if 'w' in b else ''
                h.append('<div style="font-family:%s;font-weight:%s;font-style:%s;font-size:%.1fpt;text-align:%s;color:rgb(%d,%d,%d);margin:%dpt 0 %dpt 0;%s">%s</div>' % (
                    fam, wt, it, s, ALIGN[a], g * 255, g * 255, g * 255, b.get('sp', 0), b.get('after', s * 0.35), mw, esc(b['text']).replace('\n', '<br>')))
            elif t == 'kv':
                h.append('<table class="kv" style="margin-left:%dpt">' % b.get('indent', 0) + ''.join('<tr><td class="l" style="width:%dpt">%s</td><td>%s</td></tr>' % (b.get('lw', 150) - 10, esc(l), esc(v)) for l, v in b['rows']) + '</table>')
            elif t == 'cols':
                h.append('<table class="cols"><tr>' + ''.join('<th>%s</th>' % esc(l) for l in b['labels']) + '</tr><tr>' + ''.join('<td>%s</td>' % esc(v) for v in b['values']) + '</tr></table>')
            elif t == 'table':
                h.append('<table class="tb"><tr>' + ''.join('<th>%s</th>' % esc(c) for c in b['header']) + '</tr>' + ''.join('<tr>' + ''.join('<td>%s</td>' % esc(c) for c in r) + '</tr>' for r in b['rows']) + '</table>')
            elif t == 'sig':
                h.append('<table class="sig"><tr>' + ''.join('<td><div class="sg">%s</div><div class="sl"><b>%s</b><br>%s</div></td>' % (esc(s[0]), esc(s[0]), '<br>'.join(esc(x) for x in s[1:])) for s in b['signers']) + '</tr></table>')
        if cert.get('seal') and i == len(pages) - 1:
            h.append('<div class="seal" style="right:90px;bottom:80px">%s</div>' % '<br>'.join(esc(x) for x in cert['seal']['text']))
        h.append('<div class="ft">%s</div></div>' % foot)
        body.append(''.join(h))
    doc = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (esc(cert.get('doc_title', 'Certificate')), css, ''.join(body))
    src = out[:-4] + '.html'
    with open(src, 'w', encoding='utf-8') as fh: fh.write(doc)
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + os.path.join(PROF, 'chromium'),
                    '--no-pdf-header-footer', '--print-to-pdf=' + out, 'file://' + src], check=True, capture_output=True)
    os.remove(src)

def soffice(src, outdir):
    subprocess.run(['soffice', '-env:UserInstallation=file://' + os.path.join(PROF, 'lo'), '--headless', '--convert-to', 'pdf', '--outdir', outdir, src], check=True, capture_output=True)

def fodt(cert, out):
    land = cert.get('orient') == 'L'
    pw, ph = ('11in', '8.5in') if land else ('8.5in', '11in')
    styles = []; body = []; n = [0]
    def pstyle(f, s, a, g, sp=0, after=4):
        n[0] += 1; name = 'P%d' % n[0]
        fam, wt, it = CSSFONT[f]
        fn = 'Liberation Serif' if 'Times' in f else 'Liberation Sans'
        styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt"/><style:text-properties style:font-name="%s" fo:font-family="%s" fo:font-size="%.1fpt" fo:font-weight="%s" fo:font-style="%s" fo:color="#%02x%02x%02x"/></style:style>' % (
            name, {'c': 'center', 'l': 'start', 'r': 'end'}[a], sp, after, fn, fn, s, wt, it, int(g * 255), int(g * 255), int(g * 255)))
        return name
    def para(st, text):
        return '<text:p text:style-name="%s">%s</text:p>' % (st, esc(text).replace('\n', '<text:line-break/>'))
    lab = pstyle('Helvetica-Bold', 11, 'l', 0); val = pstyle('Helvetica', 11, 'l', 0)
    clab = pstyle('Helvetica-Bold', 8, 'l', 0.4); cval = pstyle('Helvetica', 11, 'l', 0)
    sgn = pstyle('Times-Italic', 15, 'c', 0.2, 20, 0); sgb = pstyle('Helvetica-Bold', 9, 'c', 0); sgt = pstyle('Helvetica', 9, 'c', 0)
    tb = pstyle('Helvetica', 10, 'l', 0); tbh = pstyle('Helvetica-Bold', 10, 'l', 0)
    styles.append('<style:style style:name="Cline" style:family="table-cell"><style:table-cell-properties fo:border-top="0.5pt solid #000000" fo:padding="2pt"/></style:style>')
    styles.append('<style:style style:name="Cgrid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #555555" fo:padding="3pt"/></style:style>')
    styles.append('<style:style style:name="Chead" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #555555" fo:padding="3pt" fo:background-color="#e0e5ef"/></style:style>')
    styles.append('<style:style style:name="Cbot" style:family="table-cell"><style:table-cell-properties fo:border-bottom="0.5pt solid #999999" fo:padding="2pt"/></style:style>')
    styles.append('<style:style style:name="Cpad" style:family="table-cell"><style:table-cell-properties fo:padding="2pt"/></style:style>')
    styles.append('<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>')
    tcount = [0]
    def table(rows, cellstyles, widths=None, rel=100):
        tcount[0] += 1; tn = 'T%d' % tcount[0]
        ncol = len(rows[0])
        widths = widths or [1.0 / ncol] * ncol
        styles.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" table:align="center"/></style:style>' % (tn, (9.0 if land else 6.9) * rel / 100))
        x = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
        for i, w in enumerate(widths):
            styles.append('<style:style style:name="%s.%d" style:family="table-column"><style:table-column-properties style:rel-width="%d*"/></style:style>' % (tn, i, int(w * 10000)))
            x.append('<table:table-column table:style-name="%s.%d"/>' % (tn, i))
        for r, row in enumerate(rows):
            x.append('<table:table-row>')
            for cidx, cell in enumerate(row):
                cs = cellstyles(r, cidx)
                x.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs, ''.join(cell)))
            x.append('</table:table-row>')
        x.append('</table:table>')
        return ''.join(x)
    for b in cert['blocks']:
        t = b['t']
        if t == 'foot': continue
        if t == 'page': body.append('<text:p text:style-name="PB"/>'); continue
        if t == 'space': body.append(para(pstyle('Helvetica', 2, 'l', 0, 0, b['h']), '')); continue
        if t == 'rule': body.append(para(pstyle('Helvetica', 6, 'c', 0.3, 0, 4), '\u2500' * 30)); continue
        if t in ('issuer', 'h1', 'h2', 'p', 'name', 'title', 'small'):
            f, s, a, g = bstyle(cert, b)
            body.append(para(pstyle(f, s, a, g, b.get('sp', 0), b.get('after', s * 0.35)), b['text']))
        elif t == 'kv':
            body.append(table([[para(lab, l), para(val, v)] for l, v in b['rows']], lambda r, c: 'Cpad', [0.3, 0.7], 90))
        elif t == 'cols':
            body.append(table([[para(clab, l) for l in b['labels']], [para(cval, v) for v in b['values']]], lambda r, c: 'Cpad' if r == 0 else 'Cbot'))
        elif t == 'table':
            body.append(table([[para(tbh, c) for c in b['header']]] + [[para(tb, c) for c in r] for r in b['rows']], lambda r, c: 'Chead' if r == 0 else 'Cgrid', b.get('widths'), 85))
        elif t == 'sig':
            body.append(table([[para(sgn, s[0]) for s in b['signers']], [para(sgb, s[0]) + ''.join(para(sgt, x) for x in s[1:]) for s in b['signers']]], lambda r, c: 'Cpad' if r == 0 else 'Cline'))
    fst = pstyle('Helvetica', 7.5, 'c', 0.35, 0, 0)
    foot = ''.join(para(fst, b['text']) for b in cert['blocks'] if b['t'] == 'foot')
    border = 'fo:border="4pt double #1f3864" fo:padding="0.25in"' if cert.get('border') else ''
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="0.5in" fo:margin-bottom="0.4in" fo:margin-left="0.6in" fo:margin-right="0.6in" %s/><style:footer-style><style:header-footer-properties fo:min-height="0.2in" fo:margin-top="0.1in"/></style:footer-style></style:page-layout>
%s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:footer>%s</style:footer></style:master-page></office:master-styles>
<office:body><office:text>%s</office:text></office:body></office:document>''' % (esc(cert.get('doc_title', 'Certificate')), pw, ph, 'landscape' if land else 'portrait', border, '\n'.join(styles), foot, '\n'.join(body))
    src = out[:-4] + '.fodt'
    with open(src, 'w', encoding='utf-8') as fh: fh.write(doc)
    soffice(src, os.path.dirname(out)); os.remove(src)

def docx(cert, out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    if cert.get('orient') == 'L':
        sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.top_margin = Inches(0.6); sec.bottom_margin = Inches(0.5); sec.left_margin = sec.right_margin = Inches(0.8)
    if cert.get('border'):
        pg = OxmlElement('w:pgBorders'); pg.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side); e.set(qn('w:val'), 'double'); e.set(qn('w:sz'), '18'); e.set(qn('w:space'), '24'); e.set(qn('w:color'), '1F3864'); pg.append(e)
        sec._sectPr.append(pg)
    d.core_properties.title = cert.get('doc_title', 'Certificate'); d.core_properties.author = cert.get('author', '')
    AL = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}
    def P(container, text, f, s, a, g=0, sp=0, after=4):
        p = container.add_paragraph(); p.alignment = AL[a]
        p.paragraph_format.space_before = Pt(sp); p.paragraph_format.space_after = Pt(after)
        for i, part in enumerate(text.split('\n')):
            r = p.add_run(part)
            if i < len(text.split('\n')) - 1: r.add_break()
            r.font.name = 'Liberation Serif' if 'Times' in f else 'Liberation Sans'
            r.font.size = Pt(s); r.font.bold = 'Bold' in f; r.font.italic = ('Italic' in f or 'Oblique' in f)
            r.font.color.rgb = RGBColor(int(g * 255), int(g * 255), int(g * 255))
        return p
    def cell(c, text, f, s, a='l', g=0, after=1):
        c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
        P(c, text, f, s, a, g, 0, after)
    def borders(c, **kw):
        tcPr = c._tc.get_or_add_tcPr(); tb = OxmlElement('w:tcBorders')
        for side, sz in kw.items():
            e = OxmlElement('w:' + side); e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:color'), '555555'); tb.append(e)
        tcPr.append(tb)
    def shade(c):
        tcPr = c._tc.get_or_add_tcPr(); s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:fill'), 'E0E5EF'); tcPr.append(s)
    for b in cert['blocks']:
        t = b['t']
        if t == 'foot': continue
        if t == 'page': d.add_page_break(); continue
        if t == 'space': P(d, '', 'Helvetica', 2, 'l', 0, 0, b['h']); continue
        if t == 'rule': P(d, '\u2500' * 30, 'Helvetica', 6, 'c', 0.3); continue
        if t in ('issuer', 'h1', 'h2', 'p', 'name', 'title', 'small'):
            f, s, a, g = bstyle(cert, b); P(d, b['text'], f, s, a, g, b.get('sp', 0), b.get('after', s * 0.35))
        elif t == 'kv':
            tbl = d.add_table(rows=len(b['rows']), cols=2)
            for i, (l, v) in enumerate(b['rows']):
                cell(tbl.cell(i, 0), l, 'Helvetica-Bold', 11); cell(tbl.cell(i, 1), v, 'Helvetica', 11)
                tbl.cell(i, 0).width = Inches(2.0); tbl.cell(i, 1).width = Inches(4.6 if cert.get('orient') != 'L' else 6.6)
        elif t == 'cols':
            tbl = d.add_table(rows=2, cols=len(b['labels']))
            for i, l in enumerate(b['labels']): cell(tbl.cell(0, i), l, 'Helvetica-Bold', 8, 'l', 0.4)
            for i, v in enumerate(b['values']): cell(tbl.cell(1, i), v, 'Helvetica', 11); borders(tbl.cell(1, i), bottom=6)
        elif t == 'table':
            tbl = d.add_table(rows=1 + len(b['rows']), cols=len(b['header'])); tbl.style = 'Table Grid'
            for i, c in enumerate(b['header']): cell(tbl.cell(0, i), c, 'Helvetica-Bold', 10); shade(tbl.cell(0, i))
            for r, row in enumerate(b['rows']):
                for i, c in enumerate(row): cell(tbl.cell(r + 1, i), c, 'Helvetica', 10)
        elif t == 'sig':
            P(d, '', 'Helvetica', 8, 'l', 0, 0, 10)
            tbl = d.add_table(rows=2, cols=len(b['signers']))
            for i, s in enumerate(b['signers']):
                cell(tbl.cell(0, i), s[0], 'Times-Italic', 15, 'c', 0.2)
                c = tbl.cell(1, i); cell(c, s[0], 'Helvetica-Bold', 9, 'c')
                for x in s[1:]: P(c, x, 'Helvetica', 9, 'c', 0, 0, 0)
                borders(c, top=6)
    fb = [b for b in cert['blocks'] if b['t'] == 'foot']
    if fb:
        ft = sec.footer; ft.paragraphs[0]._p.getparent().remove(ft.paragraphs[0]._p)
        for b in fb: P(ft, b['text'], 'Helvetica', 7.5, 'c', 0.35, 0, 0)
    src = out[:-4] + '.docx'
    d.save(src); soffice(src, os.path.dirname(out)); os.remove(src)

def platypus(cert, out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib import colors
    ps = landscape(letter) if cert.get('orient') == 'L' else letter
    W, H = ps; M = 60
    fb = [b for b in cert['blocks'] if b['t'] == 'foot']
    def onpage(c, doc):
        c.saveState()
        if cert.get('border'):
            c.setStrokeColorRGB(*NAVY); c.setLineWidth(3); c.rect(18, 18, W - 36, H - 36); c.setLineWidth(0.8); c.rect(26, 26, W - 52, H - 52)
        if cert.get('bar'):
            c.setFillColorRGB(*NAVY); c.rect(0, H - 14, W, 14, stroke=0, fill=1)
        y = 34 + 10 * sum(len(wrap(b['text'], 'Helvetica', 7.5, W - 2 * M)) for b in fb)
        c.setFont('Helvetica', 7.5); c.setFillGray(0.35)
        for b in fb:
            for ln in wrap(b['text'], 'Helvetica', 7.5, W - 2 * M):
                y -= 10; c.drawCentredString(W / 2, y, ln)
        if cert.get('seal') and doc.page == cert.get('seal_page', 1):
            sx, sy = cert['seal'].get('x', W - M - 40), cert['seal'].get('y', M + 60)
            c.setStrokeColorRGB(0.65, 0.5, 0.1); c.setLineWidth(2); c.circle(sx, sy, 38); c.setLineWidth(0.8); c.circle(sx, sy, 32)
            c.setFont('Helvetica-Bold', 7); c.setFillGray(0.45)
            for k, ln in enumerate(cert['seal']['text']): c.drawCentredString(sx, sy + 4 - k * 9, ln)
        c.restoreState()
    TA = {'c': TA_CENTER, 'l': TA_LEFT, 'r': TA_RIGHT}
    def st(f, s, a='l', g=0, sp=0, after=3):
        return ParagraphStyle('x', fontName=f, fontSize=s, leading=s * 1.25, alignment=TA[a], textColor=colors.Color(g, g, g), spaceBefore=sp, spaceAfter=after)
    def para(text, style):
        return Paragraph(esc(text).replace('\n', '<br/>'), style)
    story = []; cw = W - 2 * M
    for b in cert['blocks']:
        t = b['t']
        if t == 'foot': continue
        if t == 'page': story.append(PageBreak()); continue
        if t == 'space': story.append(Spacer(1, b['h'])); continue
        if t == 'rule':
            tt = Table([['']], colWidths=[cw * 0.6]); tt.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.8, colors.Color(*NAVY))])); story.append(tt); continue
        if t in ('issuer', 'h1', 'h2', 'p', 'name', 'title', 'small'):
            f, s, a, g = bstyle(cert, b)
            p = para(b['text'], st(f, s, a, g, b.get('sp', 0), b.get('after', s * 0.35)))
            if 'w' in b:
                tt = Table([[p]], colWidths=[b['w']]); tt.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0)])); story.append(tt)
            else:
                story.append(p)
        elif t == 'kv':
            lw = b.get('lw', 150)
            tt = Table([[para(l, st('Helvetica-Bold', 11)), para(v, st('Helvetica', 11))] for l, v in b['rows']], colWidths=[lw, cw - lw - 40])
            tt.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)])); story.append(tt)
        elif t == 'cols':
            n = len(b['labels'])
            tt = Table([[para(l, st('Helvetica-Bold', 8, 'l', 0.4)) for l in b['labels']], [para(v, st('Helvetica', 11)) for v in b['values']]], colWidths=[cw / n] * n)
            tt.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 1), (-1, 1), 0.5, colors.grey), ('LEFTPADDING', (0, 0), (-1, -1), 0)])); story.append(tt)
        elif t == 'table':
            fr = b.get('widths') or [1.0 / len(b['header'])] * len(b['header'])
            tw = b.get('tw', cw * 0.9)
            tt = Table([[para(c, st('Helvetica-Bold', 10)) for c in b['header']]] + [[para(c, st('Helvetica', 10)) for c in r] for r in b['rows']], colWidths=[f * tw for f in fr])
            tt.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94)), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(Spacer(1, 6)); story.append(tt); story.append(Spacer(1, 6))
        elif t == 'sig':
            n = len(b['signers'])
            row1 = [para(s[0], st('Times-Italic', 15, 'c', 0.2)) for s in b['signers']]
            row2 = [[para(s[0], st('Helvetica-Bold', 9, 'c', 0, 0, 0))] + [para(x, st('Helvetica', 9, 'c', 0, 0, 0)) for x in s[1:]] for s in b['signers']]
            tt = Table([row1, row2], colWidths=[min(220, cw / n)] * n)
            tt.setStyle(TableStyle([('LINEABOVE', (0, 1), (-1, 1), 0.7, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(Spacer(1, b.get('gap', 24))); story.append(tt)
    doc = SimpleDocTemplate(out, pagesize=ps, leftMargin=M, rightMargin=M, topMargin=M - 10 + cert.get('top', 0), bottomMargin=70,
                            title=cert.get('doc_title', 'Certificate'), author=cert.get('author', ''))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

PRODUCERS = {'chromium': chromium, 'fodt': fodt, 'docx': docx, 'fpdf': lambda c, o: php_pdf(c, o, 'fpdf'),
             'tcpdf': lambda c, o: php_pdf(c, o, 'tcpdf'), 'canvas': rl_canvas, 'platypus': platypus,
             'acroform': acroform, 'postscript': postscript}
