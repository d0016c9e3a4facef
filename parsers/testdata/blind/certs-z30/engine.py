"""Rendering engine for the z30 blind certificate set.

A certificate spec has: orient ('P'/'L'), align ('C'/'L'), family ('serif'/'sans'),
border (0/1/2), blocks (list of tuples), seal (text or None).
Block kinds: h1, h2, p, name, title, fmt, small, kv, cols, table, sig, sp.
Op-based producers (ReportLab canvas, AcroForm, fpdf, tcpdf, Ghostscript) share layout();
flow producers (Chromium HTML, .fodt, .docx, Platypus) render the blocks themselves.
"""
import html, json, os, subprocess, shutil, tempfile
from xml.sax.saxutils import escape as xesc
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, '.profiles')

FONTS = {'serif': ('Times-Roman', 'Times-Bold', 'Times-Italic'),
         'sans': ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique')}
SIZES = {'h1': 26, 'h2': 13, 'p': 11, 'name': 22, 'title': 15, 'fmt': 11.5, 'small': 7.5}


def pagesize(spec):
    return (792, 612) if spec.get('orient') == 'L' else (612, 792)


def wrap(text, font, size, width):
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        t = (cur + ' ' + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout(spec):
    """Return (W, H, ops). ops: ('text', x, y, font, size, s, field) left-anchored baseline,
    ('line', x1, y1, x2, y2, w), ('rect', x, y, w, h, lw), ('circle', cx, cy, r, lw)."""
    W, H = pagesize(spec)
    reg, bold, ital = FONTS[spec.get('family', 'serif')]
    ops = []
    b = spec.get('border', 0)
    if b:
        ops.append(('rect', 24, 24, W - 48, H - 48, 2.5 if b == 2 else 1.2))
        if b == 2:
            ops.append(('rect', 32, 32, W - 64, H - 64, 0.6))
    m = 72 if b else 60
    left, right = m, W - m
    width = right - left
    center = spec.get('align', 'C') == 'C'
    y = H - (80 if b else 66)

    def put(s, font, size, x=None, anchor=None, field=None):
        anchor = anchor or ('c' if center else 'l')
        w = stringWidth(s, font, size)
        if x is None:
            x = (left + right) / 2 if anchor == 'c' else left
        if anchor == 'c':
            x -= w / 2
        elif anchor == 'r':
            x -= w
        ops.append(('text', round(x, 2), round(y, 2), font, size, s, field))

    for blk in spec['blocks']:
        kind = blk[0]
        if kind == 'sp':
            y -= blk[1]
            continue
        if kind in ('h1', 'h2', 'p', 'name', 'title', 'fmt', 'small'):
            text = blk[1]
            font = {'h1': bold, 'h2': reg, 'p': reg, 'name': bold, 'title': bold,
                    'fmt': ital, 'small': reg}[kind]
            size = SIZES[kind]
            if len(blk) > 2 and blk[2]:
                size = blk[2]
            wwidth = width * (0.82 if kind == 'title' else 1.0)
            field = blk[3] if len(blk) > 3 else None
            lines = wrap(text, font, size, wwidth)
            for ln in lines:
                y -= size * 1.25
                put(ln, font, size, field=field if len(lines) == 1 else None)
            y -= size * 0.45
        elif kind == 'kv':
            rows = blk[1]
            lw = max(stringWidth(r[0], bold, 10.5) for r in rows) + 14
            vw = max(stringWidth(r[1], reg, 10.5) for r in rows)
            x0 = (left + right) / 2 - (lw + vw) / 2 if center else left
            for row in rows:
                l, v = row[0], row[1]
                fld = row[2] if len(row) > 2 else None
                y -= 16
                put(l, bold, 10.5, x=x0, anchor='l')
                put(v, reg, 10.5, x=x0 + lw, anchor='l', field=fld)
            y -= 6
        elif kind == 'cols':
            cols = blk[1]
            n = len(cols)
            cw = width / n
            y -= 14
            ylab = y
            for i, c in enumerate(cols):
                put(c[0], bold, 8.5, x=left + cw * i + 4, anchor='l')
            y -= 15
            for i, c in enumerate(cols):
                put(c[1], reg, 11, x=left + cw * i + 4, anchor='l',
                    field=c[2] if len(c) > 2 else None)
                ops.append(('line', left + cw * i + 4, y - 4, left + cw * (i + 1) - 10, y - 4, 0.5))
            y -= 12
        elif kind == 'table':
            hdr, rows = blk[1], blk[2]
            fr = blk[3] if len(blk) > 3 else [1] * len(hdr)
            tot = sum(fr)
            xs = [left]
            for f in fr:
                xs.append(xs[-1] + width * f / tot)
            y -= 4
            ops.append(('line', left, y, right, y, 0.8))
            y -= 13
            for i, h in enumerate(hdr):
                put(h, bold, 9.5, x=xs[i] + 4, anchor='l')
            y -= 5
            ops.append(('line', left, y, right, y, 0.8))
            for r in rows:
                y -= 14
                for i, c in enumerate(r):
                    put(c, reg, 10, x=xs[i] + 4, anchor='l')
                y -= 5
                ops.append(('line', left, y, right, y, 0.4))
            y -= 8
        elif kind == 'sig':
            sigs = blk[1]
            n = len(sigs)
            cw = width / n
            y -= 34
            ys = y
            for i, sg in enumerate(sigs):
                cx = left + cw * i + cw / 2
                ops.append(('line', cx - cw * 0.4, ys, cx + cw * 0.4, ys, 0.7))
                yy = ys
                for j, t in enumerate(sg):
                    yy -= 12
                    s = t
                    f = bold if j == 0 else reg
                    ops.append(('text', round(cx - stringWidth(s, f, 9.5) / 2, 2), yy, f, 9.5, s, None))
            y = ys - 12 * max(len(s) for s in sigs) - 8
    if spec.get('seal'):
        cx, cy = (W - 110, 110) if spec.get('seal_pos', 'R') == 'R' else (110, 110)
        ops.append(('circle', cx, cy, 40, 2))
        ops.append(('circle', cx, cy, 34, 0.6))
        for k, t in enumerate(spec['seal'].split('|')):
            ops.append(('text', round(cx - stringWidth(t, bold, 7) / 2, 2), cy + 4 - 9 * k, bold, 7, t, None))
    if y < 40:
        raise ValueError('page overflow %s: y=%s' % (spec.get('id'), y))
    return W, H, ops


# ---------------------------------------------------------------- op producers
def render_rlcanvas(spec, out, acro=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import white, black
    W, H, ops = layout(spec)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle('Certificate')
    c.setAuthor(spec.get('meta_author', ''))
    for op in ops:
        if op[0] == 'text':
            _, x, y, font, size, s, field = op
            if acro and field:
                w = stringWidth(s, font, size) + 30
                c.acroForm.textfield(name=field, value=s, x=x - 2, y=y - size * 0.3, width=w,
                                     height=size * 1.45, fontName=font, fontSize=size,
                                     borderWidth=0, fillColor=white, borderColor=white, textColor=black,
                                     forceBorder=False)
            else:
                c.setFont(font, size)
                c.drawString(x, y, s)
        elif op[0] == 'line':
            c.setLineWidth(op[5]); c.line(*op[1:5])
        elif op[0] == 'rect':
            c.setLineWidth(op[5]); c.rect(op[1], op[2], op[3], op[4])
        elif op[0] == 'circle':
            c.setLineWidth(op[4]); c.circle(op[1], op[2], op[3])
    c.showPage()
    c.save()


def render_acroform(spec, out):
    tmp = out + '.form.pdf'
    render_rlcanvas(spec, tmp, acro=True)
    subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', tmp, out],
                   check=False)
    os.remove(tmp)


def _php(script, out):
    with tempfile.NamedTemporaryFile('w', suffix='.php', delete=False) as f:
        f.write(script)
    subprocess.run(['php', f.name], check=True)
    os.remove(f.name)


PHP_FONT = {'Times-Roman': ('times', ''), 'Times-Bold': ('times', 'B'), 'Times-Italic': ('times', 'I'),
            'Helvetica': ('helvetica', ''), 'Helvetica-Bold': ('helvetica', 'B'),
            'Helvetica-Oblique': ('helvetica', 'I')}


def _php_ops(spec):
    W, H, ops = layout(spec)
    out = []
    for op in ops:
        if op[0] == 'text':
            fam, st = PHP_FONT[op[3]]
            out.append(['t', op[1], H - op[2], fam, st, op[4], op[5]])
        elif op[0] == 'line':
            out.append(['l', op[1], H - op[2], op[3], H - op[4], op[5]])
        elif op[0] == 'rect':
            out.append(['r', op[1], H - op[2] - op[4], op[3], op[4], op[5]])
        elif op[0] == 'circle':
            out.append(['c', op[1], H - op[2], op[3], op[4]])
    return W, H, out


def render_fpdf(spec, out):
    W, H, ops = _php_ops(spec)
    data = json.dumps(ops)
    script = r'''<?php
require('/usr/share/php/fpdf/fpdf.php');
$ops = json_decode(%s, true);
$pdf = new FPDF('%s', 'pt', array(%s, %s));
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Certificate of Completion');
$pdf->AddPage();
foreach ($ops as $o) {
  if ($o[0] == 't') { $pdf->SetFont($o[3], $o[4], $o[5]);
    $pdf->Text($o[1], $o[2], iconv('UTF-8', 'windows-1252//TRANSLIT', $o[6])); }
  elseif ($o[0] == 'l') { $pdf->SetLineWidth($o[5]); $pdf->Line($o[1], $o[2], $o[3], $o[4]); }
  elseif ($o[0] == 'r') { $pdf->SetLineWidth($o[5]); $pdf->Rect($o[1], $o[2], $o[3], $o[4]); }
  elseif ($o[0] == 'c') { $pdf->SetLineWidth($o[4]); $n = 72; $pts = array();
    for ($i = 0; $i <= $n; $i++) { $a = 2*M_PI*$i/$n; $pts[] = array($o[1]+$o[3]*cos($a), $o[2]+$o[3]*sin($a)); }
    for ($i = 0; $i < $n; $i++) $pdf->Line($pts[$i][0], $pts[$i][1], $pts[$i+1][0], $pts[$i+1][1]); }
}
$pdf->Output('F', %s);
''' % (_q(data), 'L' if W > H else 'P', min(W, H), max(W, H), _q(out))
    _php(script, out)


def render_tcpdf(spec, out):
    W, H, ops = _php_ops(spec)
    data = json.dumps(ops)
    script = r'''<?php
require('/usr/share/php/tcpdf/tcpdf.php');
$ops = json_decode(%s, true);
$pdf = new TCPDF('%s', 'pt', array(%s, %s), true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false, 0); $pdf->SetMargins(0, 0, 0);
$pdf->SetCreator('Certificate service'); $pdf->SetTitle('Certificate');
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->AddPage();
foreach ($ops as $o) {
  if ($o[0] == 't') { $pdf->SetFont($o[3], $o[4], $o[5]);
    $pdf->Text($o[1], $o[2] - $o[5]*0.80, $o[6], false, false, true, 0, 0, '', false, '', 0, false, 'T'); }
  elseif ($o[0] == 'l') { $pdf->SetLineWidth($o[5]); $pdf->Line($o[1], $o[2], $o[3], $o[4]); }
  elseif ($o[0] == 'r') { $pdf->SetLineWidth($o[5]); $pdf->Rect($o[1], $o[2], $o[3], $o[4]); }
  elseif ($o[0] == 'c') { $pdf->SetLineWidth($o[4]); $pdf->Circle($o[1], $o[2], $o[3]); }
}
$pdf->Output(%s, 'F');
''' % (_q(data), 'L' if W > H else 'P', min(W, H), max(W, H), _q(out))
    _php(script, out)


def _q(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


def _ps_str(s):
    o = []
    for ch in s:
        if ch == '\u2122':
            o.append('\\231')
            continue
        if ch in '\u2013\u2014':
            o.append('-')
            continue
        if ch in '\u2019':
            o.append("'")
            continue
        c = ord(ch)
        if ch in '()\\':
            o.append('\\' + ch)
        elif 32 <= c < 127:
            o.append(ch)
        elif c < 256:
            o.append('\\%03o' % c)
        else:
            o.append('?')
    return '(' + ''.join(o) + ')'


def render_gs(spec, out):
    W, H, ops = layout(spec)
    ps = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (W, H), '%%Title: Certificate',
          '<< /PageSize [%d %d] >> setpagedevice' % (W, H),
          '/Enc ISOLatin1Encoding 256 array copy def Enc 153 /trademark put Enc 45 /hyphen put',
          '/RE { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
          '  /Encoding Enc def currentdict end definefont pop } def']
    used = sorted({op[3] for op in ops if op[0] == 'text'})
    for f in used:
        ps.append('/%s-L /%s RE' % (f, f))
    for op in ops:
        if op[0] == 'text':
            ps.append('/%s-L findfont %s scalefont setfont %s %s moveto %s show' %
                      (op[3], op[4], op[1], op[2], _ps_str(op[5])))
        elif op[0] == 'line':
            ps.append('%s setlinewidth newpath %s %s moveto %s %s lineto stroke' % (op[5], *op[1:5]))
        elif op[0] == 'rect':
            ps.append('%s setlinewidth newpath %s %s %s %s rectstroke' % (op[5], *op[1:5]))
        elif op[0] == 'circle':
            ps.append('%s setlinewidth newpath %s %s %s 0 360 arc stroke' % (op[4], *op[1:4]))
    ps.append('showpage')
    psfile = out[:-4] + '.ps'
    with open(psfile, 'w', encoding='latin-1') as f:
        f.write('\n'.join(ps) + '\n')
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-sOutputFile=' + out, psfile], check=True)
    os.remove(psfile)


# ---------------------------------------------------------------- flow producers
def render_html_doc(spec):
    W, H = pagesize(spec)
    fam = "'Liberation Serif', 'Times New Roman', serif" if spec.get('family', 'serif') == 'serif' \
        else "'Liberation Sans', Arial, sans-serif"
    al = 'center' if spec.get('align', 'C') == 'C' else 'left'
    b = spec.get('border', 0)
    bcss = {0: 'none', 1: '1.5px solid #333', 2: '6px double #6b4e16'}[b]
    parts = []
    for blk in spec['blocks']:
        k = blk[0]
        e = lambda s: html.escape(s)
        if k == 'sp':
            parts.append('<div style="height:%dpt"></div>' % blk[1])
        elif k in SIZES:
            size = blk[2] if len(blk) > 2 and blk[2] else SIZES[k]
            st = {'h1': 'font-weight:bold;letter-spacing:1px', 'name': 'font-weight:bold',
                  'title': 'font-weight:bold;max-width:82%;margin-left:auto;margin-right:auto' if al == 'center' else 'font-weight:bold',
                  'fmt': 'font-style:italic', 'small': 'color:#444'}.get(k, '')
            parts.append('<div class="%s" style="font-size:%spt;%s;margin:3pt 0">%s</div>' % (k, size, st, e(blk[1])))
        elif k == 'kv':
            rows = ''.join('<tr><th>%s</th><td>%s</td></tr>' % (e(r[0]), e(r[1])) for r in blk[1])
            parts.append('<table class="kv">%s</table>' % rows)
        elif k == 'cols':
            parts.append('<table class="cols"><tr>%s</tr><tr>%s</tr></table>' % (
                ''.join('<th>%s</th>' % e(c[0]) for c in blk[1]),
                ''.join('<td>%s</td>' % e(c[1]) for c in blk[1])))
        elif k == 'table':
            parts.append('<table class="grid"><tr>%s</tr>%s</table>' % (
                ''.join('<th>%s</th>' % e(h) for h in blk[1]),
                ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % e(c) for c in r) for r in blk[2])))
        elif k == 'sig':
            parts.append('<table class="sig"><tr>%s</tr></table>' % ''.join(
                '<td><div class="sl"></div><b>%s</b><br>%s</td>' % (e(s[0]), '<br>'.join(e(x) for x in s[1:]))
                for s in blk[1]))
    seal = ''
    if spec.get('seal'):
        seal = '<div class="seal">%s</div>' % '<br>'.join(html.escape(t) for t in spec['seal'].split('|'))
    css = '''@page { size: %dpt %dpt; margin: 0 }
body { margin:0; font-family:%s; }
.page { position:relative; box-sizing:border-box; width:%dpt; height:%dpt; padding:%s; }
.frame { border:%s; height:100%%; box-sizing:border-box; padding:30pt 40pt; text-align:%s; }
table { border-collapse:collapse; font-size:10.5pt; margin:8pt %s; }
table.kv th { text-align:left; padding:2pt 14pt 2pt 0 } table.kv td { text-align:left; padding:2pt 0 }
table.cols { width:100%%; } table.cols th { text-align:left; font-size:8.5pt; padding:2pt 6pt; }
table.cols td { text-align:left; border-bottom:0.6pt solid #000; padding:2pt 6pt; font-size:11pt }
table.grid { width:100%%; } table.grid th, table.grid td { border:0.6pt solid #555; padding:3pt 5pt; text-align:left }
table.sig { width:100%%; margin-top:24pt } table.sig td { text-align:center; font-size:9.5pt; padding:0 14pt; vertical-align:top }
.sl { border-top:0.7pt solid #000; margin-bottom:3pt; height:1pt }
.seal { position:absolute; right:80pt; bottom:70pt; width:80pt; height:80pt; border:3px double #8a6d1c; border-radius:50%%;
 font-size:7pt; font-weight:bold; text-align:center; display:flex; align-items:center; justify-content:center; }
''' % (W, H, fam, W, H, '24pt' if b else '10pt', bcss, al, 'auto' if al == 'center' else '0')
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Certificate</title><style>%s</style></head><body><div class="page"><div class="frame">%s</div>%s</div></body></html>' % (css, '\n'.join(parts), seal)


def render_chromium(spec, out):
    src = out[:-4] + '.html'
    with open(src, 'w', encoding='utf-8') as f:
        f.write(render_html_doc(spec))
    prof = os.path.join(PROFILES, 'chromium')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    '--user-data-dir=' + prof, '--no-pdf-header-footer', '--print-to-pdf=' + out,
                    'file://' + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(src)


def _soffice(src, outdir):
    prof = os.path.join(PROFILES, 'lo')
    os.makedirs(prof, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def render_fodt(spec, out):
    W, H = pagesize(spec)
    fam = 'Liberation Serif' if spec.get('family', 'serif') == 'serif' else 'Liberation Sans'
    al = 'center' if spec.get('align', 'C') == 'C' else 'start'
    b = spec.get('border', 0)
    border = {0: 'none', 1: '0.06cm solid #333333', 2: '0.16cm double #6b4e16'}[b]
    x = lambda s: xesc(s)
    styles = []
    for k, sz in SIZES.items():
        extra = {'h1': 'fo:font-weight="bold"', 'name': 'fo:font-weight="bold"', 'title': 'fo:font-weight="bold"',
                 'fmt': 'fo:font-style="italic"'}.get(k, '')
        styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" fo:margin-top="0.05cm" fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="F1" fo:font-size="%spt" %s/></style:style>' % (k, al, sz, extra))
    styles.append('<style:style style:name="cell" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties style:font-name="F1" fo:font-size="10.5pt"/></style:style>')
    styles.append('<style:style style:name="cellb" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties style:font-name="F1" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>')
    styles.append('<style:style style:name="cellc" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="F1" fo:font-size="9.5pt"/></style:style>')
    styles.append('<style:style style:name="T" style:family="table"><style:table-properties style:width="%scm" table:align="center"/></style:style>' % (round((W - 150) / 72 * 2.54, 2)))
    styles.append('<style:style style:name="TK" style:family="table"><style:table-properties style:width="11cm" table:align="%s"/></style:style>' % ('center' if al == 'center' else 'left'))
    styles.append('<style:style style:name="G" style:family="table-cell"><style:table-cell-properties fo:border="0.02cm solid #555555" fo:padding="0.08cm"/></style:style>')
    styles.append('<style:style style:name="U" style:family="table-cell"><style:table-cell-properties fo:border-bottom="0.02cm solid #000000" fo:padding="0.06cm"/></style:style>')
    styles.append('<style:style style:name="S" style:family="table-cell"><style:table-cell-properties fo:border-top="0.02cm solid #000000" fo:padding="0.06cm"/></style:style>')
    styles.append('<style:style style:name="N" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm"/></style:style>')
    body = []

    def table(style, rows, cellstyles, pstyles):
        n = max(len(r) for r in rows)
        t = ['<table:table table:style-name="%s"><table:table-column table:number-columns-repeated="%d"/>' % (style, n)]
        for ri, r in enumerate(rows):
            t.append('<table:table-row>')
            for ci, c in enumerate(r):
                lines = c.split('\n')
                ps = pstyles[ri] if isinstance(pstyles, list) else (pstyles[ci] if isinstance(pstyles, tuple) else pstyles)
                t.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (
                    cellstyles[ri] if isinstance(cellstyles, list) else cellstyles,
                    ''.join('<text:p text:style-name="%s">%s</text:p>' % (ps if not (ps == 'sigp' ) else ('cellb' if li == 0 else 'cellc'), x(l)) for li, l in enumerate(lines))))
            t.append('</table:table-row>')
        t.append('</table:table>')
        return ''.join(t)

    for blk in spec['blocks']:
        k = blk[0]
        if k == 'sp':
            body.append('<text:p text:style-name="p"><text:line-break/></text:p>' if blk[1] > 12 else '<text:p text:style-name="small"/>')
        elif k in SIZES:
            if len(blk) > 2 and blk[2]:
                sname = '%s_%s' % (k, str(blk[2]).replace('.', '_'))
                styles.append(styles[list(SIZES).index(k)].replace('style:name="%s"' % k, 'style:name="%s"' % sname).replace('fo:font-size="%spt"' % SIZES[k], 'fo:font-size="%spt"' % blk[2]))
                k = sname
            body.append('<text:p text:style-name="%s">%s</text:p>' % (k, x(blk[1])))
        elif k == 'kv':
            body.append(table('TK', [[r[0], r[1]] for r in blk[1]], 'N', ('cellb', 'cell')))
        elif k == 'cols':
            body.append(table('T', [[c[0] for c in blk[1]], [c[1] for c in blk[1]]], ['N', 'U'], ['cellb', 'cell']))
        elif k == 'table':
            body.append(table('T', [blk[1]] + blk[2], 'G', ['cellb'] + ['cell'] * len(blk[2])))
        elif k == 'sig':
            body.append('<text:p text:style-name="p"><text:line-break/></text:p>')
            body.append(table('T', [['\n'.join(s) for s in blk[1]]], 'S', 'sigp'))
    if spec.get('seal'):
        body.append('<text:p text:style-name="small">%s</text:p>' % x(' \u2022 '.join(spec['seal'].split('|'))))
    # fix: kv label cells bold handled above by naive replace of first cell in each row
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'%s'"/></office:font-face-decls>
<office:styles>%s</office:styles>
<office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="%spt" fo:page-height="%spt" style:print-orientation="%s" fo:margin="0.75in" fo:border="%s" fo:padding="0.3in"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
<office:body><office:text>%s</office:text></office:body></office:document>''' % (
        fam, ''.join(styles), W, H, 'landscape' if W > H else 'portrait', border, '\n'.join(body))
    src = out[:-4] + '.fodt'
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    _soffice(src, os.path.dirname(out))
    os.remove(src)


def render_docx(spec, out):
    from docx import Document
    from docx.shared import Pt, Inches
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    W, H = pagesize(spec)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Pt(W), Pt(H)
    sec.orientation = WD_ORIENT.LANDSCAPE if W > H else WD_ORIENT.PORTRAIT
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, side, Inches(0.8))
    fam = 'Liberation Serif' if spec.get('family', 'serif') == 'serif' else 'Liberation Sans'
    st = d.styles['Normal']
    st.font.name = fam
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(3)
    b = spec.get('border', 0)
    if b:
        pgb = OxmlElement('w:pgBorders')
        pgb.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            el = OxmlElement('w:' + side)
            el.set(qn('w:val'), 'double' if b == 2 else 'single')
            el.set(qn('w:sz'), '18' if b == 2 else '8')
            el.set(qn('w:space'), '24')
            el.set(qn('w:color'), '6B4E16' if b == 2 else '333333')
            pgb.append(el)
        sec._sectPr.append(pgb)
    center = spec.get('align', 'C') == 'C'

    def para(text, size, bold=False, italic=False, align=None):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (align if align is not None else center) else WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(text)
        r.font.size = Pt(size); r.bold = bold; r.italic = italic
        return p

    def cell_text(cell, text, bold=False, size=10.5, align=False):
        cell.text = ''
        lines = text.split('\n')
        p = cell.paragraphs[0]
        for i, l in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            if align:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(l)
            r.font.size = Pt(size); r.bold = bold and i == 0

    for blk in spec['blocks']:
        k = blk[0]
        if k == 'sp':
            para('', max(4, blk[1] * 0.6))
        elif k in SIZES:
            size = blk[2] if len(blk) > 2 and blk[2] else SIZES[k]
            para(blk[1], size, bold=k in ('h1', 'name', 'title'), italic=k == 'fmt')
        elif k == 'kv':
            t = d.add_table(rows=len(blk[1]), cols=2)
            if center:
                from docx.enum.table import WD_TABLE_ALIGNMENT
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, r in enumerate(blk[1]):
                cell_text(t.cell(i, 0), r[0], bold=True)
                cell_text(t.cell(i, 1), r[1])
        elif k == 'cols':
            t = d.add_table(rows=2, cols=len(blk[1]))
            for i, c in enumerate(blk[1]):
                cell_text(t.cell(0, i), c[0], bold=True, size=8.5)
                cell_text(t.cell(1, i), c[1], size=11)
        elif k == 'table':
            t = d.add_table(rows=1 + len(blk[2]), cols=len(blk[1]))
            t.style = 'Table Grid'
            for i, h in enumerate(blk[1]):
                cell_text(t.cell(0, i), h, bold=True, size=9.5)
            for ri, r in enumerate(blk[2]):
                for i, c in enumerate(r):
                    cell_text(t.cell(ri + 1, i), c, size=10)
        elif k == 'sig':
            para('', 14)
            t = d.add_table(rows=1, cols=len(blk[1]))
            for i, s in enumerate(blk[1]):
                cell_text(t.cell(0, i), '______________________________\n' + '\n'.join(s), size=9.5, align=True)
                # bold the name line
                t.cell(0, i).paragraphs[0].runs[0].bold = False
                t.cell(0, i).paragraphs[1].runs[0].bold = True
    if spec.get('seal'):
        para(' \u2022 '.join(spec['seal'].split('|')), 7, align=True)
    src = out[:-4] + '.docx'
    d.save(src)
    _soffice(src, os.path.dirname(out))
    os.remove(src)


def render_platypus(spec, out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    W, H = pagesize(spec)
    reg, bold, ital = FONTS[spec.get('family', 'serif')]
    al = TA_CENTER if spec.get('align', 'C') == 'C' else TA_LEFT
    b = spec.get('border', 0)
    fonts = {'h1': bold, 'h2': reg, 'p': reg, 'name': bold, 'title': bold, 'fmt': ital, 'small': reg}
    E = lambda s: xesc(s)
    story = []
    for blk in spec['blocks']:
        k = blk[0]
        if k == 'sp':
            story.append(Spacer(1, blk[1]))
        elif k in SIZES:
            size = blk[2] if len(blk) > 2 and blk[2] else SIZES[k]
            ps = ParagraphStyle(k, fontName=fonts[k], fontSize=size, leading=size * 1.25, alignment=al,
                                spaceAfter=size * 0.4,
                                leftIndent=(W - 144) * 0.09 if k == 'title' and al == TA_CENTER else 0,
                                rightIndent=(W - 144) * 0.09 if k == 'title' and al == TA_CENTER else 0)
            story.append(Paragraph(E(blk[1]), ps))
        elif k == 'kv':
            t = Table([[r[0], r[1]] for r in blk[1]], hAlign='CENTER' if al == TA_CENTER else 'LEFT')
            t.setStyle(TableStyle([('FONT', (0, 0), (0, -1), bold, 10.5), ('FONT', (1, 0), (1, -1), reg, 10.5),
                                   ('RIGHTPADDING', (0, 0), (0, -1), 14), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
            story.append(t)
        elif k == 'cols':
            n = len(blk[1])
            t = Table([[c[0] for c in blk[1]], [c[1] for c in blk[1]]], colWidths=[(W - 160) / n] * n)
            t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), bold, 8.5), ('FONT', (0, 1), (-1, 1), reg, 11),
                                   ('LINEBELOW', (0, 1), (-1, 1), 0.6, '#000000')]))
            story.append(Spacer(1, 6)); story.append(t)
        elif k == 'table':
            n = len(blk[1])
            fr = blk[3] if len(blk) > 3 else [1] * n
            cw = [(W - 160) * f / sum(fr) for f in fr]
            t = Table([blk[1]] + blk[2], colWidths=cw)
            t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), bold, 9.5), ('FONT', (0, 1), (-1, -1), reg, 10),
                                   ('GRID', (0, 0), (-1, -1), 0.5, '#555555'),
                                   ('BACKGROUND', (0, 0), (-1, 0), '#e8e8e8')]))
            story.append(Spacer(1, 6)); story.append(t)
        elif k == 'sig':
            n = len(blk[1])
            ps = ParagraphStyle('sig', fontName=reg, fontSize=9.5, leading=12, alignment=TA_CENTER)
            row = [Paragraph('<b>%s</b><br/>%s' % (E(s[0]), '<br/>'.join(E(z) for z in s[1:])), ps) for s in blk[1]]
            t = Table([row], colWidths=[(W - 160) / n] * n)
            t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.7, '#000000'), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('LEFTPADDING', (0, 0), (-1, -1), 14), ('RIGHTPADDING', (0, 0), (-1, -1), 14)]))
            story.append(Spacer(1, 34)); story.append(t)

    def deco(c, doc):
        if b:
            c.setLineWidth(2.5 if b == 2 else 1.2); c.rect(24, 24, W - 48, H - 48)
            if b == 2:
                c.setLineWidth(0.6); c.rect(32, 32, W - 64, H - 64)
        if spec.get('seal'):
            cx, cy = W - 110, 110
            c.setLineWidth(2); c.circle(cx, cy, 40); c.setLineWidth(0.6); c.circle(cx, cy, 34)
            for i, t in enumerate(spec['seal'].split('|')):
                c.setFont(bold, 7); c.drawCentredString(cx, cy + 4 - 9 * i, t)
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=80, rightMargin=80, topMargin=62, bottomMargin=50,
                            title='Certificate of Completion')
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


PRODUCERS = {'chromium': render_chromium, 'fodt': render_fodt, 'docx': render_docx, 'fpdf': render_fpdf,
             'tcpdf': render_tcpdf, 'reportlab-canvas': render_rlcanvas, 'reportlab-platypus': render_platypus,
             'acroform': render_acroform, 'ghostscript': render_gs}
