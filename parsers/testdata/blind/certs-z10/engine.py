"""Rendering engine for the certs-z10 blind set.

A certificate is a page spec plus a list of blocks.  Two families of producers:
  * display-list producers (reportlab canvas, FPDF, TCPDF, Ghostscript PostScript,
    qpdf-flattened AcroForm) share one layout pass (`layout`) that positions every
    text run, rule and rectangle; each producer then only draws the list.
  * flow producers (Chromium HTML, LibreOffice .fodt, python-docx -> LibreOffice,
    reportlab Platypus) translate the blocks into their own document model.
"""
import html, json, os, re, subprocess, shutil
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, '.profiles')
FONTS = {'H': 'Helvetica', 'HB': 'Helvetica-Bold', 'HI': 'Helvetica-Oblique',
         'T': 'Times-Roman', 'TB': 'Times-Bold', 'TI': 'Times-Italic',
         'C': 'Courier', 'CB': 'Courier-Bold'}
SIZES = {'letter': (612, 792), 'card': (252, 158), 'a4': (595, 842)}


# ---------------------------------------------------------------- block helpers
def H(t, s=20, f='HB', a='C', c=(0, 0, 0), sp=6):
    return dict(k='p', t=t, s=s, f=f, a=a, c=c, sp=sp)

def P(t, s=10, f='H', a='L', c=(0, 0, 0), sp=6):
    return dict(k='p', t=t, s=s, f=f, a=a, c=c, sp=sp)

def KV(rows, s=10, lw=0.32, lf='HB', vf='H', sp=8, colon=False):
    return dict(k='kv', rows=rows, s=s, lw=lw, lf=lf, vf=vf, sp=sp, colon=colon)

def KV2(left, right, s=10, lw=0.42, sp=8):
    return dict(k='kv2', left=left, right=right, s=s, lw=lw, sp=sp)

def AB(items, s=10, sp=10, ls=None):
    """labels above values, items in one row of equal columns"""
    return dict(k='ab', items=items, s=s, sp=sp, ls=ls or max(6, s - 2.5))

def TB(head, rows, w, s=9, sp=8, hfill=(0.85, 0.88, 0.93), f='H', bold_last=False):
    return dict(k='tb', head=head, rows=rows, w=w, s=s, sp=sp, hfill=hfill, f=f, bold_last=bold_last)

def G(n=10):
    return dict(k='gap', n=n)

def R(c=(0.5, 0.5, 0.5), lw=0.8, sp=8):
    return dict(k='rule', c=c, lw=lw, sp=sp)

def SIG(items, s=9, sp=6):
    return dict(k='sig', items=items, s=s, sp=sp)


def sw(t, f, s):
    return stringWidth(t, FONTS[f], s)


def wrap(text, f, s, w):
    out = []
    for para in text.split('\n'):
        line = ''
        for wd in para.split(' '):
            cand = wd if not line else line + ' ' + wd
            if not line or sw(cand, f, s) <= w:
                line = cand
            else:
                out.append(line)
                line = wd
        out.append(line)
    return out


def page_size(pg):
    w, h = SIZES[pg.get('size', 'letter')]
    if pg.get('land'):
        w, h = h, w
    return w, h


# ---------------------------------------------------------------- layout pass
def layout(cert):
    pg = cert['page']
    W, Hh = page_size(pg)
    m = pg.get('margin', 54)
    D = []  # display list; y measured from top, text y = baseline

    def text(x, y, f, s, c, t, field=False):
        D.append(('t', x, y, f, s, tuple(c), t, field))

    def rect(x, y, w, h, fill=None, stroke=None, lw=1):
        D.append(('r', x, y, w, h, fill, stroke, lw))

    def line(x1, y1, x2, y2, c=(0, 0, 0), lw=0.8):
        D.append(('l', x1, y1, x2, y2, tuple(c), lw))

    bd = pg.get('border')
    if bd:
        col = pg.get('bcol', (0.2, 0.3, 0.5))
        rect(18, 18, W - 36, Hh - 36, None, col, 3 if bd == 'double' else 1.2)
        if bd == 'double':
            rect(25, 25, W - 50, Hh - 50, None, col, 0.8)
    x0, x1 = m, W - m
    y = pg.get('top', m)
    sb = pg.get('sidebar')
    if sb:
        sw_ = sb.get('w', 150)
        rect(0, 0, sw_, Hh, sb.get('fill', (0.15, 0.25, 0.4)))
        yy = sb.get('top', 70)
        for (t, f, s) in sb['lines']:
            for ln in wrap(t, f, s, sw_ - 30):
                yy += s * 1.3
                text(18, yy, f, s, sb.get('c', (1, 1, 1)), ln)
            yy += 4
        x0 = sw_ + 36
    band = pg.get('band')
    if band:
        bh = band.get('h', 70)
        rect(0 if not bd else 25, 0 if not bd else 25, (W if not bd else W - 50), bh, band.get('fill', (0.1, 0.2, 0.4)))
        yy = (0 if not bd else 25) + band.get('pad', 22)
        for (t, f, s, a) in band['lines']:
            yy += s
            xx = x0 if a == 'L' else (W - sw(t, f, s)) / 2 if a == 'C' else x1 - sw(t, f, s)
            text(xx, yy, f, s, band.get('c', (1, 1, 1)), t)
            yy += s * 0.35
        y = max(y, (0 if not bd else 25) + bh + 24)
    fw = x1 - x0

    def para(b, xa, xb, y):
        lines = wrap(b['t'], b['f'], b['s'], xb - xa)
        for ln in lines:
            y += b['s'] * 1.22
            wl = sw(ln, b['f'], b['s'])
            xx = xa if b['a'] == 'L' else (xa + xb - wl) / 2 if b['a'] == 'C' else xb - wl
            text(xx, y, b['f'], b['s'], b['c'], ln)
        return y + b['sp']

    def kv(rows, xa, xb, y, s, lw, lf='HB', vf='H', colon=False):
        lwid = (xb - xa) * lw
        for lab, val in rows:
            lab2 = lab + (':' if colon and lab else '')
            ll = wrap(lab2, lf, s, lwid - 8)
            vl = wrap(val, vf, s, (xb - xa) - lwid)
            yy = y
            for l_ in ll:
                yy += s * 1.3
                text(xa, yy, lf, s, (0.25, 0.25, 0.25), l_)
            yv = y
            for v_ in vl:
                yv += s * 1.3
                text(xa + lwid, yv, vf, s, (0, 0, 0), v_, True)
            y = max(yy, yv) + s * 0.45
        return y

    for b in cert['blocks']:
        k = b['k']
        if k == 'p':
            y = para(b, x0, x1, y)
        elif k == 'gap':
            y += b['n']
        elif k == 'rule':
            y += 4
            line(x0, y, x1, y, b['c'], b['lw'])
            y += b['sp']
        elif k == 'kv':
            y = kv(b['rows'], x0, x1, y, b['s'], b['lw'], b['lf'], b['vf'], b['colon']) + b['sp']
        elif k == 'kv2':
            mid = x0 + fw / 2
            ya = kv(b['left'], x0, mid - 12, y, b['s'], b['lw'])
            yb = kv(b['right'], mid + 12, x1, y, b['s'], b['lw'])
            y = max(ya, yb) + b['sp']
        elif k == 'ab':
            n = len(b['items'])
            cw = fw / n
            ymax = y
            for i, (lab, val) in enumerate(b['items']):
                xa = x0 + i * cw
                yy = y + b['ls'] * 1.2
                text(xa, yy, 'H', b['ls'], (0.4, 0.4, 0.45), lab.upper())
                for v_ in wrap(val, 'HB', b['s'], cw - 10):
                    yy += b['s'] * 1.3
                    text(xa, yy, 'HB', b['s'], (0, 0, 0), v_, True)
                ymax = max(ymax, yy)
            y = ymax + b['sp']
        elif k == 'tb':
            s = b['s']
            ws = [fw * f for f in b['w']]
            allrows = [b['head']] + b['rows']
            for ri, row in enumerate(allrows):
                f = 'HB' if ri == 0 or (b['bold_last'] and ri == len(allrows) - 1) else b['f']
                cells = [wrap(str(c), f, s, ws[i] - 8) for i, c in enumerate(row)]
                rh = max(len(c) for c in cells) * s * 1.25 + 6
                if ri == 0 and b['hfill']:
                    rect(x0, y, fw, rh, b['hfill'])
                xx = x0
                for i, c in enumerate(cells):
                    yy = y + 3
                    for l_ in c:
                        yy += s * 1.18
                        text(xx + 4, yy, f, s, (0, 0, 0), l_)
                    xx += ws[i]
                line(x0, y + rh, x1, y + rh, (0.55, 0.55, 0.55), 0.5)
                y += rh
            y += b['sp']
        elif k == 'sig':
            n = len(b['items'])
            cw = fw / n
            y += 28
            for i, (nm, role) in enumerate(b['items']):
                xa = x0 + i * cw + 10
                line(xa, y, xa + cw - 30, y, (0, 0, 0), 0.6)
                text(xa, y + b['s'] * 1.3, 'HB', b['s'], (0, 0, 0), nm)
                text(xa, y + b['s'] * 2.6, 'H', b['s'] - 1, (0.3, 0.3, 0.3), role)
            y += b['s'] * 3 + b['sp']
    fy = Hh - pg.get('fmargin', 40)
    for (t, f, s, a) in reversed(pg.get('footer', [])):
        for ln in reversed(wrap(t, f, s, fw)):
            wl = sw(ln, f, s)
            xx = x0 if a == 'L' else (x0 + x1 - wl) / 2 if a == 'C' else x1 - wl
            text(xx, fy, f, s, (0.35, 0.35, 0.35), ln)
            fy -= s * 1.25
    if y > fy + 4:
        print('  WARNING: %s content overflows (y=%.0f, footer %.0f)' % (cert['id'], y, fy))
    return W, Hh, D


# ---------------------------------------------------------------- display-list producers
def r_rlcanvas(cert, out, fields=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    W, Hh, D = layout(cert)
    c = canvas.Canvas(out, pagesize=(W, Hh), pageCompression=0 if fields else 1)
    c.setTitle(cert.get('doctitle', 'Certificate'))
    c.setAuthor(cert.get('author', ''))
    n = 0
    for it in D:
        if it[0] == 'r':
            _, x, y, w, h, fill, stroke, lw = it
            if fill: c.setFillColorRGB(*fill)
            if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
            c.rect(x, Hh - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
        elif it[0] == 'l':
            _, x1, y1, x2, y2, col, lw = it
            c.setStrokeColorRGB(*col); c.setLineWidth(lw)
            c.line(x1, Hh - y1, x2, Hh - y2)
        else:
            _, x, y, f, s, col, t, fld = it
            if fields and fld and t.isascii():
                n += 1
                c.acroForm.textfield(name='fld%02d' % n, value=t, x=x - 2, y=Hh - y - s * 0.35,
                                     width=sw(t, f, s) + 14, height=s * 1.45, fontName=FONTS[f],
                                     fontSize=s, borderWidth=0, fillColor=colors.white, borderColor=colors.white,
                                     textColor=colors.black, maxlen=200)
            else:
                c.setFillColorRGB(*col)
                c.setFont(FONTS[f], s)
                c.drawString(x, Hh - y, t)
    c.showPage()
    c.save()


def r_qpdf(cert, out):
    tmp = os.path.join(PROF, cert['id'] + '.form.pdf')
    r_rlcanvas(cert, tmp, fields=True)
    data = open(tmp, 'rb').read()
    if b'/NeedAppearances' not in data:
        data = data.replace(b'>> /Fields [', b'>> /NeedAppearances true /Fields [', 1)
        tmp2 = tmp.replace('.form.pdf', '.form2.pdf')
        open(tmp2, 'wb').write(data)
        tmp = tmp2
    rc = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all',
                         '--object-streams=generate', tmp, out], capture_output=True)
    if rc.returncode not in (0, 3):
        raise RuntimeError(rc.stderr.decode())


def _php(cert, out, script):
    W, Hh, D = layout(cert)
    js = os.path.join(PROF, cert['id'] + '.dl.json')
    json.dump({'W': W, 'H': Hh, 'D': D, 'out': out, 'title': cert.get('doctitle', 'Certificate'),
               'author': cert.get('author', '')}, open(js, 'w'), ensure_ascii=False)
    rc = subprocess.run(['php', os.path.join(HERE, script), js], capture_output=True)
    if rc.returncode or not os.path.exists(out):
        raise RuntimeError(rc.stdout.decode() + rc.stderr.decode())


def r_fpdf(cert, out):
    _php(cert, out, 'draw_fpdf.php')


def r_tcpdf(cert, out):
    _php(cert, out, 'draw_tcpdf.php')


def _psstr(t):
    o = ''
    for ch in t:
        b = ch.encode('latin-1')[0]
        if ch in '()\\':
            o += '\\' + ch
        elif 32 <= b < 127:
            o += ch
        else:
            o += '\\%03o' % b
    return '(' + o + ')'


def r_gs(cert, out):
    W, Hh, D = layout(cert)
    ps = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (W, Hh), '%%Title: ' + cert.get('doctitle', 'Certificate'),
          '%%EndComments',
          '<< /PageSize [%d %d] >> setpagedevice' % (W, Hh),
          '/MyEnc ISOLatin1Encoding dup length array copy dup 39 /quotesingle put dup 45 /hyphen put dup 96 /grave put def',
          '/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall'
          ' /Encoding MyEnc def currentdict end definefont pop } def']
    for k, v in FONTS.items():
        ps.append('/F%s /%s reenc' % (k, v))
    for it in D:
        if it[0] == 'r':
            _, x, y, w, h, fill, stroke, lw = it
            if fill:
                ps.append('%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill' % (*fill, x, Hh - y - h, w, h))
            if stroke:
                ps.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke' % (*stroke, lw, x, Hh - y - h, w, h))
        elif it[0] == 'l':
            _, x1, y1, x2, y2, col, lw = it
            ps.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (*col, lw, x1, Hh - y1, x2, Hh - y2))
        else:
            _, x, y, f, s, col, t, fld = it
            ps.append('%.3f %.3f %.3f setrgbcolor /F%s %.2f selectfont %.2f %.2f moveto %s show' % (*col, f, s, x, Hh - y, _psstr(t)))
    ps += ['showpage', '%%EOF']
    src = os.path.join(PROF, cert['id'] + '.ps')
    open(src, 'w', encoding='latin-1').write('\n'.join(ps) + '\n')
    subprocess.run(['gs', '-q', '-dSAFER', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite',
                    '-o', out, src], check=True, capture_output=True)


# ---------------------------------------------------------------- flow producers
def rgbhex(c):
    return '#%02x%02x%02x' % tuple(int(v * 255) for v in c)


CSSF = {'H': 'font-family:\'Liberation Sans\',Arial,sans-serif;', 'HB': 'font-family:\'Liberation Sans\',Arial,sans-serif;font-weight:bold;',
        'HI': 'font-family:\'Liberation Sans\',Arial,sans-serif;font-style:italic;',
        'T': 'font-family:\'Liberation Serif\',\'Times New Roman\',serif;', 'TB': 'font-family:\'Liberation Serif\',serif;font-weight:bold;',
        'TI': 'font-family:\'Liberation Serif\',serif;font-style:italic;', 'C': 'font-family:\'Liberation Mono\',monospace;',
        'CB': 'font-family:\'Liberation Mono\',monospace;font-weight:bold;'}


def blocks_html(blocks):
    e = html.escape
    o = []
    for b in blocks:
        k = b['k']
        if k == 'p':
            al = {'L': 'left', 'C': 'center', 'R': 'right'}[b['a']]
            inner = '<br>'.join(e(x) for x in b['t'].split('\n'))
            o.append('<p style="%sfont-size:%spt;text-align:%s;color:%s;margin:0 0 %spt 0;line-height:1.2">%s</p>'
                     % (CSSF[b['f']], b['s'], al, rgbhex(b['c']), b['sp'], inner))
        elif k == 'gap':
            o.append('<div style="height:%spt"></div>' % b['n'])
        elif k == 'rule':
            o.append('<hr style="border:0;border-top:%spt solid %s;margin:4pt 0 %spt 0">' % (b['lw'], rgbhex(b['c']), b['sp']))
        elif k in ('kv', 'kv2'):
            def kvt(rows, lw):
                return ('<table class="kv" style="font-size:%spt">' % b['s'] + ''.join(
                    '<tr><th style="width:%d%%">%s</th><td>%s</td></tr>' % (lw * 100, e(l_ + (':' if b.get('colon') and l_ else '')), e(v)) for l_, v in rows) + '</table>')
            if k == 'kv':
                o.append(kvt(b['rows'], b['lw']))
            else:
                o.append('<div style="display:flex;gap:24pt"><div style="flex:1">%s</div><div style="flex:1">%s</div></div>'
                         % (kvt(b['left'], b['lw']), kvt(b['right'], b['lw'])))
            o.append('<div style="height:%spt"></div>' % b['sp'])
        elif k == 'ab':
            o.append('<div style="display:flex;margin-bottom:%spt">' % b['sp'] + ''.join(
                '<div style="flex:1;padding-right:8pt"><div style="font-size:%spt;color:#666;text-transform:uppercase;letter-spacing:.5pt">%s</div>'
                '<div style="font-size:%spt;font-weight:bold">%s</div></div>' % (b['ls'], e(l_), b['s'], e(v)) for l_, v in b['items']) + '</div>')
        elif k == 'tb':
            o.append('<table class="grid" style="font-size:%spt;margin-bottom:%spt"><tr>%s</tr>%s</table>' % (
                b['s'], b['sp'], ''.join('<th style="width:%d%%">%s</th>' % (w * 100, e(h)) for h, w in zip(b['head'], b['w'])),
                ''.join('<tr%s>%s</tr>' % (' style="font-weight:bold"' if b['bold_last'] and i == len(b['rows']) - 1 else '',
                                           ''.join('<td>%s</td>' % e(str(c)) for c in r)) for i, r in enumerate(b['rows']))))
        elif k == 'sig':
            o.append('<div style="display:flex;gap:30pt;margin-top:26pt;margin-bottom:%spt">' % b['sp'] + ''.join(
                '<div style="flex:1;border-top:.6pt solid #000;font-size:%spt;padding-top:3pt"><b>%s</b><br><span style="color:#555">%s</span></div>'
                % (b['s'], e(n), e(r)) for n, r in b['items']) + '</div>')
    return '\n'.join(o)


def r_chromium(cert, out):
    pg = cert['page']
    W, Hh = page_size(pg)
    m = pg.get('margin', 54)
    e = html.escape
    body = blocks_html(cert['blocks'])
    side = ''
    if pg.get('sidebar'):
        sb = pg['sidebar']
        side = '<div class="side" style="width:%spt;background:%s">%s</div>' % (
            sb.get('w', 150), rgbhex(sb.get('fill', (0.15, 0.25, 0.4))),
            ''.join('<p style="%sfont-size:%spt;margin:0 0 6pt 0">%s</p>' % (CSSF[f], s, e(t)) for t, f, s in sb['lines']))
    band = ''
    if pg.get('band'):
        bd = pg['band']
        band = '<div class="band" style="background:%s;height:%spt;padding:%spt %spt 0 %spt">%s</div>' % (
            rgbhex(bd.get('fill', (0.1, 0.2, 0.4))), bd.get('h', 70) - bd.get('pad', 22), bd.get('pad', 22), m, m,
            ''.join('<div style="%sfont-size:%spt;text-align:%s">%s</div>' % (CSSF[f], s, {'L': 'left', 'C': 'center', 'R': 'right'}[a], e(t))
                    for t, f, s, a in bd['lines']))
    foot = ''.join('<div style="%sfont-size:%spt;text-align:%s;color:#555">%s</div>' % (CSSF[f], s, {'L': 'left', 'C': 'center', 'R': 'right'}[a], e(t))
                   for t, f, s, a in pg.get('footer', []))
    border = ''
    if pg.get('border'):
        border = 'border:%s %s;outline:%s;outline-offset:-12pt;' % (
            '4pt double' if pg['border'] == 'double' else '1.5pt solid', rgbhex(pg.get('bcol', (0.2, 0.3, 0.5))),
            '0.8pt solid ' + rgbhex(pg.get('bcol', (0.2, 0.3, 0.5))) if pg['border'] == 'double' else 'none')
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(cert.get('doctitle', 'Certificate'))}</title><style>
@page {{ size: {W}pt {Hh}pt; margin: 0 }}
html,body {{ margin:0; padding:0 }}
body {{ font-family:"Liberation Sans",Arial,sans-serif; }}
.pg {{ width:{W - 36}pt; height:{Hh - 36}pt; margin:18pt; box-sizing:border-box; position:relative; display:flex; flex-direction:column; overflow:hidden; {border} }}
.row {{ display:flex; flex:1; }}
.side {{ color:#fff; padding:40pt 14pt; box-sizing:border-box; flex-shrink:0; }}
.main {{ flex:1; padding:{max(m - 18, 14)}pt {max(m - 18, 14)}pt 10pt {max(m - 18, 14)}pt; }}
.band {{ color:#fff; }}
.foot {{ padding:0 {max(m - 18, 14)}pt 14pt {max(m - 18, 14)}pt; }}
table.kv {{ border-collapse:collapse; width:100% }} table.kv th {{ text-align:left; vertical-align:top; color:#333; padding:2pt 8pt 2pt 0 }}
table.kv td {{ padding:2pt 0; vertical-align:top }}
table.grid {{ border-collapse:collapse; width:100% }} table.grid th {{ background:#dde3ee; text-align:left; padding:3pt 4pt }}
table.grid td {{ border-bottom:.5pt solid #999; padding:3pt 4pt; vertical-align:top }}
</style></head><body><div class="pg">{band}<div class="row">{side}<div class="main">{body}</div></div><div class="foot">{foot}</div></div></body></html>'''
    src = os.path.join(PROF, cert['id'] + '.html')
    open(src, 'w', encoding='utf-8').write(doc)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--user-data-dir=' + os.path.join(PROF, 'chrome'), '--print-to-pdf=' + out, 'file://' + src],
                   check=True, capture_output=True, timeout=120)


def soffice_convert(src):
    subprocess.run(['soffice', '-env:UserInstallation=file://' + os.path.join(PROF, 'lo'), '--headless',
                    '--convert-to', 'pdf', '--outdir', PROF, src], check=True, capture_output=True, timeout=180)
    return os.path.splitext(src)[0] + '.pdf'


FOFONT = {'H': ('Liberation Sans', 'normal', 'normal'), 'HB': ('Liberation Sans', 'bold', 'normal'),
          'HI': ('Liberation Sans', 'normal', 'italic'), 'T': ('Liberation Serif', 'normal', 'normal'),
          'TB': ('Liberation Serif', 'bold', 'normal'), 'TI': ('Liberation Serif', 'normal', 'italic'),
          'C': ('Liberation Mono', 'normal', 'normal'), 'CB': ('Liberation Mono', 'bold', 'normal')}


def r_fodt(cert, out):
    from xml.sax.saxutils import escape as x
    pg = cert['page']
    W, Hh = page_size(pg)
    m = pg.get('margin', 54)
    auto = []
    body = []
    cnt = [0]

    def pst(f, s, a='L', c=(0, 0, 0), sp=6, bg=None):
        cnt[0] += 1
        n = 'P%d' % cnt[0]
        fam, wt, st = FOFONT[f]
        auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" fo:margin-top="0pt" fo:margin-bottom="%spt"%s/>'
                    '<style:text-properties style:font-name="%s" fo:font-family="%s" fo:font-size="%spt" fo:font-weight="%s" fo:font-style="%s" fo:color="%s"/></style:style>'
                    % (n, {'L': 'start', 'C': 'center', 'R': 'end'}[a], sp, (' fo:background-color="%s"' % rgbhex(bg)) if bg else '', fam, fam, s, wt, st, rgbhex(c)))
        return n

    def para(t, f, s, a='L', c=(0, 0, 0), sp=6, bg=None):
        n = pst(f, s, a, c, sp, bg)
        return '<text:p text:style-name="%s">%s</text:p>' % (n, '<text:line-break/>'.join(x(l_) for l_ in t.split('\n')))

    def table(rows_cells, widths, hdr=False, border=False, hfill=None):
        cnt[0] += 1
        tn = 'T%d' % cnt[0]
        tw = W - 2 * m
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%spt" table:align="left"/></style:style>' % (tn, tw))
        cols = ''
        for i, w in enumerate(widths):
            auto.append('<style:style style:name="%s.%d" style:family="table-column"><style:table-column-properties style:column-width="%spt"/></style:style>' % (tn, i, tw * w))
            cols += '<table:table-column table:style-name="%s.%d"/>' % (tn, i)
        auto.append('<style:style style:name="%s.c" style:family="table-cell"><style:table-cell-properties fo:padding="2pt" fo:border="none"%s/></style:style>'
                    % (tn, ' fo:border-bottom="0.5pt solid #999999"' if border else ''))
        auto.append('<style:style style:name="%s.h" style:family="table-cell"><style:table-cell-properties fo:padding="2pt" fo:border="none" fo:background-color="%s"/></style:style>'
                    % (tn, rgbhex(hfill or (0.86, 0.89, 0.93))))
        rows = ''
        for ri, cells in enumerate(rows_cells):
            sty = tn + ('.h' if hdr and ri == 0 else '.c')
            rows += '<table:table-row>' + ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (sty, c) for c in cells) + '</table:table-row>'
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (tn, tn, cols, rows)

    if pg.get('band'):
        for t, f, s, a in pg['band']['lines']:
            body.append(para(t, f, s, a, pg['band'].get('c', (1, 1, 1)), 2, pg['band'].get('fill', (0.1, 0.2, 0.4))))
        body.append(para('', 'H', 8, sp=10))
    for b in cert['blocks']:
        k = b['k']
        if k == 'p':
            body.append(para(b['t'], b['f'], b['s'], b['a'], b['c'], b['sp']))
        elif k == 'gap':
            body.append(para('', 'H', max(1, b['n'] * 0.7), sp=0))
        elif k == 'rule':
            cnt[0] += 1
            n = 'R%d' % cnt[0]
            auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="%spt" fo:border-bottom="%spt solid %s" fo:padding="0pt"/><style:text-properties fo:font-size="4pt"/></style:style>' % (n, b['sp'], b['lw'], rgbhex(b['c'])))
            body.append('<text:p text:style-name="%s"/>' % n)
        elif k == 'kv':
            rows = [[para(l_ + (':' if b['colon'] and l_ else ''), b['lf'], b['s'], sp=0), para(v, b['vf'], b['s'], sp=0)] for l_, v in b['rows']]
            body.append(table(rows, [b['lw'], 1 - b['lw']]))
            body.append(para('', 'H', 4, sp=b['sp']))
        elif k == 'kv2':
            L, Rr = b['left'], b['right']
            nrow = max(len(L), len(Rr))
            L = L + [('', '')] * (nrow - len(L)); Rr = Rr + [('', '')] * (nrow - len(Rr))
            hw = 0.5
            rows = [[para(a[0], 'HB', b['s'], sp=0), para(a[1], 'H', b['s'], sp=0), para(c[0], 'HB', b['s'], sp=0), para(c[1], 'H', b['s'], sp=0)] for a, c in zip(L, Rr)]
            body.append(table(rows, [hw * b['lw'], hw * (1 - b['lw']), hw * b['lw'], hw * (1 - b['lw'])]))
            body.append(para('', 'H', 4, sp=b['sp']))
        elif k == 'ab':
            n = len(b['items'])
            rows = [[para(l_.upper(), 'H', b['ls'], c=(0.4, 0.4, 0.45), sp=0) for l_, v in b['items']],
                    [para(v, 'HB', b['s'], sp=0) for l_, v in b['items']]]
            body.append(table(rows, [1 / n] * n))
            body.append(para('', 'H', 4, sp=b['sp']))
        elif k == 'tb':
            rows = [[para(h, 'HB', b['s'], sp=0) for h in b['head']]] + [
                [para(str(c), 'HB' if b['bold_last'] and i == len(b['rows']) - 1 else b['f'], b['s'], sp=0) for c in r] for i, r in enumerate(b['rows'])]
            body.append(table(rows, b['w'], hdr=True, border=True, hfill=b['hfill']))
            body.append(para('', 'H', 4, sp=b['sp']))
        elif k == 'sig':
            n = len(b['items'])
            body.append(para('', 'H', 10, sp=14))
            rows = [[para('______________________________', 'H', b['s'], sp=0) for _ in b['items']],
                    [para(nm, 'HB', b['s'], sp=0) for nm, r in b['items']],
                    [para(r, 'H', b['s'] - 1, c=(0.3, 0.3, 0.3), sp=0) for nm, r in b['items']]]
            body.append(table(rows, [1 / n] * n))
    footer = ''.join(para(t, f, s, a, (0.35, 0.35, 0.35), 1) for t, f, s, a in pg.get('footer', []))
    bd = ''
    if pg.get('border'):
        bd = ' fo:border="%s %s" fo:padding="12pt"' % ('3pt double' if pg['border'] == 'double' else '1.2pt solid', rgbhex(pg.get('bcol', (0.2, 0.3, 0.5))))
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{x(cert.get('doctitle', 'Certificate'))}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/><style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{W}pt" fo:page-height="{Hh}pt" style:print-orientation="{'landscape' if W > Hh else 'portrait'}"
 fo:margin-top="{m - 18}pt" fo:margin-bottom="{max(m - 30, 14)}pt" fo:margin-left="{m - 12}pt" fo:margin-right="{m - 12}pt"{bd}/>
<style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="6pt"/></style:footer-style></style:page-layout>
{''.join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:footer>{footer}</style:footer></style:master-page></office:master-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>'''
    src = os.path.join(PROF, cert['id'] + '.fodt')
    open(src, 'w', encoding='utf-8').write(doc)
    pdf = soffice_convert(src)
    shutil.move(pdf, out)


def r_docx(cert, out):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    pg = cert['page']
    W, Hh = page_size(pg)
    m = pg.get('margin', 54)
    d = docx.Document()
    d.core_properties.title = cert.get('doctitle', 'Certificate')
    d.core_properties.author = cert.get('author', '')
    sec = d.sections[0]
    sec.page_width, sec.page_height = Pt(W), Pt(Hh)
    sec.orientation = WD_ORIENT.LANDSCAPE if W > Hh else WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Pt(m - 10)
    sec.top_margin = Pt(m - 18); sec.bottom_margin = Pt(max(m - 24, 18))
    sec.footer_distance = Pt(14)
    if pg.get('border'):
        pgBorders = OxmlElement('w:pgBorders'); pgBorders.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            el = OxmlElement('w:' + side)
            el.set(qn('w:val'), 'double' if pg['border'] == 'double' else 'single'); el.set(qn('w:sz'), '12')
            el.set(qn('w:space'), '24'); el.set(qn('w:color'), rgbhex(pg.get('bcol', (0.2, 0.3, 0.5)))[1:])
            pgBorders.append(el)
        sec._sectPr.append(pgBorders)
    AL = {'L': WD_ALIGN_PARAGRAPH.LEFT, 'C': WD_ALIGN_PARAGRAPH.CENTER, 'R': WD_ALIGN_PARAGRAPH.RIGHT}
    FAM = {'H': 'Arial', 'T': 'Times New Roman', 'C': 'Courier New'}

    def run_fmt(r, f, s, c=(0, 0, 0)):
        r.font.name = FAM[f[0]]; r.font.size = Pt(s)
        r.bold = 'B' in f[1:]; r.italic = 'I' in f[1:]
        r.font.color.rgb = RGBColor(*[int(v * 255) for v in c])

    def para(container, t, f, s, a='L', c=(0, 0, 0), sp=6):
        p = container.add_paragraph()
        p.alignment = AL[a]
        p.paragraph_format.space_after = Pt(sp); p.paragraph_format.space_before = Pt(0)
        lines = t.split('\n')
        for i, l_ in enumerate(lines):
            r = p.add_run(l_); run_fmt(r, f, s, c)
            if i < len(lines) - 1:
                r.add_break()
        return p

    def cellp(cell, t, f, s, c=(0, 0, 0)):
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(t); run_fmt(r, f, s, c)

    def shade(cell, c):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement('w:shd')
        sh.set(qn('w:val'), 'clear'); sh.set(qn('w:fill'), rgbhex(c)[1:]); tcPr.append(sh)

    tw = W - 2 * (m - 10)

    def mk(nrows, widths, grid=False):
        t = d.add_table(rows=nrows, cols=len(widths))
        if grid:
            t.style = 'Table Grid'
        t.autofit = False
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Pt(tw * w)
        return t

    if pg.get('band'):
        for t, f, s, a in pg['band']['lines']:
            p = para(d, t, f, s, a, pg['band'].get('c', (1, 1, 1)), 0)
            pPr = p._p.get_or_add_pPr(); sh = OxmlElement('w:shd')
            sh.set(qn('w:val'), 'clear'); sh.set(qn('w:fill'), rgbhex(pg['band'].get('fill', (0.1, 0.2, 0.4)))[1:]); pPr.append(sh)
        para(d, '', 'H', 6, sp=8)
    for b in cert['blocks']:
        k = b['k']
        if k == 'p':
            para(d, b['t'], b['f'], b['s'], b['a'], b['c'], b['sp'])
        elif k == 'gap':
            para(d, '', 'H', max(1, b['n'] * 0.6), sp=0)
        elif k == 'rule':
            p = para(d, '', 'H', 2, sp=b['sp'])
            pPr = p._p.get_or_add_pPr(); pb = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
            bt.set(qn('w:val'), 'single'); bt.set(qn('w:sz'), '6'); bt.set(qn('w:color'), rgbhex(b['c'])[1:]); pb.append(bt); pPr.append(pb)
        elif k == 'kv':
            t = mk(len(b['rows']), [b['lw'], 1 - b['lw']])
            for i, (l_, v) in enumerate(b['rows']):
                cellp(t.rows[i].cells[0], l_ + (':' if b['colon'] and l_ else ''), b['lf'], b['s'], (0.25, 0.25, 0.25))
                cellp(t.rows[i].cells[1], v, b['vf'], b['s'])
            para(d, '', 'H', 3, sp=b['sp'])
        elif k == 'kv2':
            L, Rr = b['left'], b['right']
            nrow = max(len(L), len(Rr))
            L = L + [('', '')] * (nrow - len(L)); Rr = Rr + [('', '')] * (nrow - len(Rr))
            t = mk(nrow, [0.5 * b['lw'], 0.5 * (1 - b['lw'])] * 2)
            for i in range(nrow):
                cellp(t.rows[i].cells[0], L[i][0], 'HB', b['s']); cellp(t.rows[i].cells[1], L[i][1], 'H', b['s'])
                cellp(t.rows[i].cells[2], Rr[i][0], 'HB', b['s']); cellp(t.rows[i].cells[3], Rr[i][1], 'H', b['s'])
            para(d, '', 'H', 3, sp=b['sp'])
        elif k == 'ab':
            n = len(b['items'])
            t = mk(2, [1 / n] * n)
            for i, (l_, v) in enumerate(b['items']):
                cellp(t.rows[0].cells[i], l_.upper(), 'H', b['ls'], (0.4, 0.4, 0.45))
                cellp(t.rows[1].cells[i], v, 'HB', b['s'])
            para(d, '', 'H', 3, sp=b['sp'])
        elif k == 'tb':
            t = mk(len(b['rows']) + 1, b['w'], grid=True)
            for i, h in enumerate(b['head']):
                cellp(t.rows[0].cells[i], h, 'HB', b['s']); shade(t.rows[0].cells[i], b['hfill'] or (0.86, 0.89, 0.93))
            for ri, r in enumerate(b['rows']):
                for i, c in enumerate(r):
                    cellp(t.rows[ri + 1].cells[i], str(c), 'HB' if b['bold_last'] and ri == len(b['rows']) - 1 else b['f'], b['s'])
            para(d, '', 'H', 3, sp=b['sp'])
        elif k == 'sig':
            n = len(b['items'])
            para(d, '', 'H', 10, sp=12)
            t = mk(3, [1 / n] * n)
            for i, (nm, r) in enumerate(b['items']):
                cellp(t.rows[0].cells[i], '______________________________', 'H', b['s'])
                cellp(t.rows[1].cells[i], nm, 'HB', b['s'])
                cellp(t.rows[2].cells[i], r, 'H', b['s'] - 1, (0.3, 0.3, 0.3))
    ft = sec.footer
    first = True
    for t, f, s, a in pg.get('footer', []):
        p = ft.paragraphs[0] if first else ft.add_paragraph()
        first = False
        p.alignment = AL[a]
        r = p.add_run(t); run_fmt(r, f, s, (0.35, 0.35, 0.35))
    src = os.path.join(PROF, cert['id'] + '.docx')
    d.save(src)
    pdf = soffice_convert(src)
    shutil.move(pdf, out)


def r_platypus(cert, out):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape as x
    pg = cert['page']
    W, Hh = page_size(pg)
    m = pg.get('margin', 54)
    sb = pg.get('sidebar')
    band = pg.get('band')
    left = (sb.get('w', 150) + 30) if sb else m
    top = m + ((band.get('h', 70) + 10) if band else 0)
    foot_h = sum(s * 1.3 for t, f, s, a in pg.get('footer', [])) + 20
    fw = W - left - m

    def onpage(c, doc):
        c.saveState()
        if pg.get('border'):
            col = pg.get('bcol', (0.2, 0.3, 0.5))
            c.setStrokeColorRGB(*col); c.setLineWidth(3 if pg['border'] == 'double' else 1.2)
            c.rect(18, 18, W - 36, Hh - 36)
            if pg['border'] == 'double':
                c.setLineWidth(0.8); c.rect(25, 25, W - 50, Hh - 50)
        if sb:
            c.setFillColorRGB(*sb.get('fill', (0.15, 0.25, 0.4))); c.rect(0, 0, sb.get('w', 150), Hh, fill=1, stroke=0)
            y = Hh - sb.get('top', 70)
            c.setFillColorRGB(*sb.get('c', (1, 1, 1)))
            for t, f, s in sb['lines']:
                for ln in wrap(t, f, s, sb.get('w', 150) - 30):
                    y -= s * 1.3; c.setFont(FONTS[f], s); c.drawString(18, y, ln)
                y -= 4
        if band:
            bh = band.get('h', 70)
            c.setFillColorRGB(*band.get('fill', (0.1, 0.2, 0.4))); c.rect(0, Hh - bh, W, bh, fill=1, stroke=0)
            c.setFillColorRGB(*band.get('c', (1, 1, 1)))
            y = Hh - band.get('pad', 22)
            for t, f, s, a in band['lines']:
                y -= s; c.setFont(FONTS[f], s)
                if a == 'L': c.drawString(left, y, t)
                elif a == 'C': c.drawCentredString(W / 2, y, t)
                else: c.drawRightString(W - m, y, t)
                y -= s * 0.35
        y = 34
        c.setFillColorRGB(0.35, 0.35, 0.35)
        for t, f, s, a in reversed(pg.get('footer', [])):
            c.setFont(FONTS[f], s)
            if a == 'L': c.drawString(left, y, t)
            elif a == 'C': c.drawCentredString(left + fw / 2, y, t)
            else: c.drawRightString(W - m, y, t)
            y += s * 1.3
        c.restoreState()

    def st(f, s, a='L', c=(0, 0, 0), sp=6):
        return ParagraphStyle('s', fontName=FONTS[f], fontSize=s, leading=s * 1.22, alignment={'L': 0, 'C': 1, 'R': 2}[a],
                              textColor=colors.Color(*c), spaceAfter=sp)

    def P_(t, f, s, a='L', c=(0, 0, 0), sp=0):
        return Paragraph('<br/>'.join(x(l_) for l_ in t.split('\n')), st(f, s, a, c, sp))

    flow = []
    base = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 6),
            ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]
    for b in cert['blocks']:
        k = b['k']
        if k == 'p':
            flow.append(P_(b['t'], b['f'], b['s'], b['a'], b['c'], b['sp']))
        elif k == 'gap':
            flow.append(Spacer(1, b['n']))
        elif k == 'rule':
            t = Table([['']], colWidths=[fw], rowHeights=[4]); t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), b['lw'], colors.Color(*b['c']))]))
            flow += [t, Spacer(1, b['sp'])]
        elif k == 'kv':
            t = Table([[P_(l_ + (':' if b['colon'] and l_ else ''), b['lf'], b['s'], c=(0.25, 0.25, 0.25)), P_(v, b['vf'], b['s'])] for l_, v in b['rows']],
                      colWidths=[fw * b['lw'], fw * (1 - b['lw'])])
            t.setStyle(TableStyle(base)); flow += [t, Spacer(1, b['sp'])]
        elif k == 'kv2':
            hw = fw / 2
            def sub(rows):
                t = Table([[P_(l_, 'HB', b['s']), P_(v, 'H', b['s'])] for l_, v in rows], colWidths=[hw * b['lw'], hw * (1 - b['lw']) - 10])
                t.setStyle(TableStyle(base)); return t
            t = Table([[sub(b['left']), sub(b['right'])]], colWidths=[hw, hw]); t.setStyle(TableStyle(base))
            flow += [t, Spacer(1, b['sp'])]
        elif k == 'ab':
            n = len(b['items'])
            t = Table([[P_(l_.upper(), 'H', b['ls'], c=(0.4, 0.4, 0.45)) for l_, v in b['items']], [P_(v, 'HB', b['s']) for l_, v in b['items']]],
                      colWidths=[fw / n] * n)
            t.setStyle(TableStyle(base)); flow += [t, Spacer(1, b['sp'])]
        elif k == 'tb':
            rows = [[P_(h, 'HB', b['s']) for h in b['head']]] + [[P_(str(c), 'HB' if b['bold_last'] and i == len(b['rows']) - 1 else b['f'], b['s']) for c in r] for i, r in enumerate(b['rows'])]
            t = Table(rows, colWidths=[fw * w for w in b['w']])
            t.setStyle(TableStyle(base + [('BACKGROUND', (0, 0), (-1, 0), colors.Color(*(b['hfill'] or (0.86, 0.89, 0.93)))),
                                          ('LINEBELOW', (0, 0), (-1, -1), 0.5, colors.grey), ('LEFTPADDING', (0, 0), (-1, -1), 3)]))
            flow += [t, Spacer(1, b['sp'])]
        elif k == 'sig':
            n = len(b['items'])
            t = Table([[P_(nm, 'HB', b['s']) for nm, r in b['items']], [P_(r, 'H', b['s'] - 1, c=(0.3, 0.3, 0.3)) for nm, r in b['items']]],
                      colWidths=[fw / n] * n)
            t.setStyle(TableStyle(base + [('LINEABOVE', (0, 0), (-1, 0), 0.6, colors.black)]))
            flow += [Spacer(1, 28), t, Spacer(1, b['sp'])]
    doc = BaseDocTemplate(out, pagesize=(W, Hh), title=cert.get('doctitle', 'Certificate'), author=cert.get('author', ''),
                          leftMargin=left, rightMargin=m, topMargin=top, bottomMargin=foot_h + 20)
    fr = Frame(left, foot_h + 20, fw, Hh - top - foot_h - 20, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=onpage)])
    doc.build(flow)


PRODUCERS = {'chromium': r_chromium, 'soffice-fodt': r_fodt, 'python-docx+soffice': r_docx, 'reportlab-platypus': r_platypus,
             'reportlab-canvas': r_rlcanvas, 'fpdf': r_fpdf, 'tcpdf': r_tcpdf, 'ghostscript': r_gs, 'qpdf-acroform': r_qpdf}
