"""Rendering engine for the z14 blind certificate set.

A certificate is described with a small document language (T, KV, COLS,
TABLE, SIGS, RULE, SP, BAND, FOOT, BREAK) plus page options.  Nine
producers turn the same description into a PDF in genuinely different ways:

  positional (our own layout, then emitted by a real PDF writer):
    reportlab-canvas, acroform-qpdf (blank ReportLab form -> filled -> qpdf
    appearances + flatten), ghostscript-ps (hand-written PostScript),
    fpdf (PHP), tcpdf (PHP)
  flowing (the producer lays the text out itself):
    chromium-html, libreoffice-fodt, libreoffice-docx (python-docx),
    reportlab-platypus

All paths are relative to this folder.  Intermediate sources are written
into .build/ and browser/office profiles into .profiles/.
"""
import os, re, math, html, json, random, shutil, subprocess

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, '.build')
PROFILES = os.path.join(HERE, '.profiles')

DJ = '/usr/share/fonts/truetype/dejavu/'
for _n, _f in [('DejaVuSans', 'DejaVuSans.ttf'), ('DejaVuSans-Bold', 'DejaVuSans-Bold.ttf'),
               ('DejaVuSans-Oblique', 'DejaVuSans-Oblique.ttf'), ('DejaVuSans-BoldOblique', 'DejaVuSans-BoldOblique.ttf'),
               ('DejaVuSerif', 'DejaVuSerif.ttf'), ('DejaVuSerif-Bold', 'DejaVuSerif-Bold.ttf'),
               ('DejaVuSerif-Italic', 'DejaVuSerif-Italic.ttf'), ('DejaVuSerif-BoldItalic', 'DejaVuSerif-BoldItalic.ttf')]:
    try:
        pdfmetrics.registerFont(TTFont(_n, DJ + _f))
    except Exception:
        pass

# ---------------------------------------------------------------- DSL

def T(text, size=12, b=False, i=False, align='C', font=None, sp=0, color=None, sb=6,
      lead=1.25, w=1.0, field=None):
    return dict(k='t', text=text, size=size, b=b, i=i, align=align, font=font, sp=sp,
                color=color, sb=sb, lead=lead, w=w, field=field)

def KV(rows, size=11, lw=0.32, sb=10, w=1.0, grid=False, lcolor=None, lead=1.3, fields=False,
       vb=False, lb=True, font=None, pad=3):
    return dict(k='kv', rows=rows, size=size, lw=lw, sb=sb, w=w, grid=grid, lcolor=lcolor,
                lead=lead, fields=fields, vb=vb, lb=lb, font=font, pad=pad)

def COLS(rows, size=11, lsize=7.5, sb=10, w=1.0, line=True, lcolor='#555555', fields=False,
         vb=False, font=None, widths=None, lcaps=True):
    return dict(k='cols', rows=rows, size=size, lsize=lsize, sb=sb, w=w, line=line,
                lcolor=lcolor, fields=fields, vb=vb, font=font, widths=widths, lcaps=lcaps)

def TABLE(header, rows, widths=None, size=10, sb=10, w=1.0, hfill='#e3e3e3', grid=True,
          font=None, hcolor=None, align=None):
    return dict(k='table', header=header, rows=rows, widths=widths, size=size, sb=sb, w=w,
                hfill=hfill, grid=grid, font=font, hcolor=hcolor, align=align)

def SIGS(sigs, size=9.5, sb=34, w=1.0, font=None):
    return dict(k='sigs', sigs=sigs, size=size, sb=sb, w=w, font=font)

def RULE(w=0.4, sb=8, color=None, lw=0.8):
    return dict(k='rule', w=w, sb=sb, color=color, lw=lw)

def SP(h):
    return dict(k='sp', h=h)

def BAND(text, size=14, fill='#1f3a5f', color='#ffffff', sb=0, pad=7, b=True, font=None, sp=0):
    return dict(k='band', text=text, size=size, fill=fill, color=color, sb=sb, pad=pad, b=b,
                font=font, sp=sp)

def FOOT(text, size=7.5, color='#555555', align='C'):
    return dict(k='foot', text=text, size=size, color=color, align=align)

def BREAK():
    return dict(k='break')


def spaced(s, gap='   '):
    """Letter-space a string with real spaces: 'ANA RUIZ' -> 'A N A   R U I Z'."""
    return gap.join(' '.join(word) for word in s.split(' '))


# ---------------------------------------------------------------- fonts & colours

FONTS = {
    'serif': ('Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic'),
    'sans': ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'),
    'mono': ('Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique'),
    'djsans': ('DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'),
    'djserif': ('DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic'),
}

def fontname(fam, b, i):
    return FONTS[fam][(1 if b else 0) + (2 if i else 0)]

def rgb(h):
    h = (h or '#000000').lstrip('#')
    return tuple(int(h[j:j + 2], 16) / 255.0 for j in (0, 2, 4))

def tw(s, fn, size, sp=0):
    return stringWidth(s, fn, size) + sp * max(len(s) - 1, 0)

def wrap(s, fn, size, maxw, sp=0):
    out = []
    for para in s.split('\n'):
        words = para.split(' ')
        cur = ''
        for wd in words:
            cand = wd if not cur else cur + ' ' + wd
            if tw(cand, fn, size, sp) <= maxw or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = wd
        out.append(cur)
    return out


# ---------------------------------------------------------------- positional layout

def foot_base(doc):
    m = doc.get('margin', 54)
    if doc.get('border') in ('single', 'double', 'triple', 'frame', 'corners', 'wave'):
        return m * 0.45 + (24 if doc.get('border') == 'frame' else 16)
    return m * 0.55


def page_size(doc):
    return (792.0, 612.0) if doc.get('orient', 'P') == 'L' else (612.0, 792.0)


def squiggle(cx, y, width, seed):
    rnd = random.Random(seed)
    pts = []
    n = 26
    x0 = cx - width * 0.42
    for j in range(n + 1):
        x = x0 + width * 0.84 * j / n + rnd.uniform(-2, 2)
        amp = 7 * math.sin(j * 1.3 + rnd.uniform(0, 0.8)) * (1 - abs(j - n / 2) / n)
        pts.append((x, y + 9 + amp + rnd.uniform(-1.5, 1.5)))
    return pts


def decor_ops(doc):
    """Borders, bars and seals as drawing ops (PDF coordinates)."""
    W, H = page_size(doc)
    m = doc.get('margin', 54)
    ops = []
    bc = doc.get('bcolor', '#1f3a5f')
    style = doc.get('border')
    if doc.get('bg'):
        ops.append(('rect', 0, 0, W, H, 0, None, doc['bg']))
    if style == 'single':
        i = m * 0.5
        ops.append(('rect', i, i, W - 2 * i, H - 2 * i, 2.0, bc, None))
    elif style == 'double':
        i = m * 0.45
        ops.append(('rect', i, i, W - 2 * i, H - 2 * i, 3.5, bc, None))
        ops.append(('rect', i + 7, i + 7, W - 2 * i - 14, H - 2 * i - 14, 0.8, bc, None))
    elif style == 'triple':
        for k, lw in ((0, 1.0), (5, 2.5), (11, 0.6)):
            i = m * 0.4 + k
            ops.append(('rect', i, i, W - 2 * i, H - 2 * i, lw, bc, None))
    elif style == 'frame':
        i = m * 0.35
        ops.append(('rect', i, i, W - 2 * i, H - 2 * i, 12, bc, None))
        ops.append(('rect', i + 12, i + 12, W - 2 * i - 24, H - 2 * i - 24, 0.7, doc.get('bcolor2', '#b8962e'), None))
    elif style == 'corners':
        i = m * 0.45
        ops.append(('rect', i, i, W - 2 * i, H - 2 * i, 0.8, bc, None))
        L = 46
        for (x, y, dx, dy) in ((i, i, 1, 1), (W - i, i, -1, 1), (i, H - i, 1, -1), (W - i, H - i, -1, -1)):
            ops.append(('poly', [(x + dx * 6, y + dy * (L + 6)), (x + dx * 6, y + dy * 6), (x + dx * (L + 6), y + dy * 6)], 3.0, bc, False, None))
            ops.append(('rect', x + dx * 10 - (4 if dx < 0 else 0) - 2, y + dy * 10 - (4 if dy < 0 else 0) - 2, 8, 8, 0, None, bc))
    elif style == 'wave':
        i = m * 0.45
        ops.append(('rect', i, i, W - 2 * i, H - 2 * i, 1.2, bc, None))
        j = i + 8
        for (xa, ya, xb, yb) in ((j, j, W - j, j), (j, H - j, W - j, H - j)):
            pts = [(xa + t * (xb - xa) / 240, ya + 3 * math.sin(t * 0.55)) for t in range(241)]
            ops.append(('poly', pts, 0.6, doc.get('bcolor2', bc), False, None))
        for (xa, ya, xb, yb) in ((j, j, j, H - j), (W - j, j, W - j, H - j)):
            pts = [(xa + 3 * math.sin(t * 0.55), ya + t * (yb - ya) / 180) for t in range(181)]
            ops.append(('poly', pts, 0.6, doc.get('bcolor2', bc), False, None))
    elif style == 'leftbar':
        ops.append(('rect', 0, 0, 22, H, 0, None, bc))
        ops.append(('rect', 26, 0, 3, H, 0, None, doc.get('bcolor2', '#9aa9bd')))
    elif style == 'topbar':
        ops.append(('rect', 0, H - 16, W, 16, 0, None, bc))
        ops.append(('rect', 0, 0, W, 6, 0, None, bc))
    seal = doc.get('seal')
    if seal:
        r = seal.get('r', 40)
        pos = seal.get('pos', 'br')
        px = {'br': W - m - 1.5 * r, 'bl': m + 1.5 * r, 'bc': W / 2, 'tr': W - m - 1.3 * r, 'tl': m + 1.3 * r}[pos]
        py = {'b': m + 1.6 * r, 't': H - m - 1.3 * r}[pos[0]]
        px += seal.get('dx', 0)
        py += seal.get('dy', 0)
        col = seal.get('color', '#b8962e')
        if seal.get('ribbon', True) and pos[0] == 'b':
            for sgn in (-1, 1):
                ops.append(('poly', [(px + sgn * 0.15 * r, py - 0.4 * r), (px + sgn * 0.75 * r, py - 1.45 * r),
                                     (px + sgn * 0.5 * r, py - 1.3 * r), (px + sgn * 0.35 * r, py - 1.55 * r),
                                     (px + sgn * -0.2 * r, py - 0.5 * r)], 0, None, True, seal.get('ribbon_color', '#7a1f1f')))
        pts = []
        for j in range(48):
            rr = r if j % 2 == 0 else r * 0.88
            a = math.pi * 2 * j / 48
            pts.append((px + rr * math.cos(a), py + rr * math.sin(a)))
        ops.append(('poly', pts, 0, None, True, col))
        ops.append(('circle', px, py, r * 0.76, 1.3, '#ffffff', None))
        ops.append(('circle', px, py, r * 0.66, 0.5, '#ffffff', None))
        # a small star in the middle
        st = []
        for j in range(10):
            rr = r * 0.3 if j % 2 == 0 else r * 0.12
            a = math.pi / 2 + math.pi * 2 * j / 10
            st.append((px + rr * math.cos(a), py + rr * math.sin(a)))
        ops.append(('poly', st, 0, None, True, '#ffffff'))
    return ops


class Overflow(Exception):
    pass


def layout(doc, cid='?'):
    """Lay the document out on pages -> list of op lists (PDF coordinates)."""
    W, H = page_size(doc)
    m = doc.get('margin', 54)
    pad = doc.get('pad', 20 if doc.get('border') in ('single', 'double', 'triple', 'frame', 'corners', 'wave') else 0)
    x0 = m + pad + doc.get('left', 0)
    cw = W - 2 * (m + pad) - doc.get('left', 0) - doc.get('right', 0)
    top = H - m - pad - doc.get('top', 0)
    bottom = m + pad + doc.get('bottom', 0)
    fam = doc.get('font', 'serif')
    dcol = doc.get('color', '#000000')
    pages = []
    content = []
    foot = []
    y = top
    seed = [sum(map(ord, cid))]

    def finish():
        used = top - y
        if y < bottom - 0.5:
            raise Overflow('%s: content overflows page by %.1f pt' % (cid, bottom - y))
        if doc.get('valign') == 'center':
            off = (top - bottom - used) / 2.0
            shift(content, -off)
        pages.append(decor_ops(doc) + content + foot)

    def fam_of(el):
        return el.get('font') or fam

    def text(x, yb, fn, size, color, s, sp=0, field=None, maxw=None):
        if field:
            content.append(('field', field, x, yb, maxw, fn, size, color or dcol, s, sp))
        else:
            content.append(('text', x, yb, fn, size, color or dcol, s, sp))

    def put_lines(lines, bx, bw, fn, size, lead, align, color, sp=0, field=None):
        nonlocal y
        L = size * lead
        for n, ln in enumerate(lines):
            y -= L
            yb = y + (L - size) / 2 + 0.22 * size
            wdt = tw(ln, fn, size, sp)
            if align == 'C':
                x = bx + (bw - wdt) / 2
            elif align == 'R':
                x = bx + bw - wdt
            else:
                x = bx
            f = None
            if field:
                f = field if len(lines) == 1 else '%s_%d' % (field, n + 1)
            text(x, yb, fn, size, color, ln, sp, f, bw if align == 'L' else None)

    for el in doc['els']:
        k = el['k']
        if k == 'break':
            finish()
            content, foot, y = [], [], top
            continue
        if k == 'sp':
            y -= el['h']
            continue
        if k == 'foot':
            fn = fontname(fam_of(el), False, False)
            lines = wrap(el['text'], fn, el['size'], W - 2 * m)
            yy = foot_base(doc) + (len(lines) - 1) * el['size'] * 1.2
            for ln in lines:
                wdt = tw(ln, fn, el['size'])
                x = (W - wdt) / 2 if el['align'] == 'C' else (m if el['align'] == 'L' else W - m - wdt)
                foot.append(('text', x, yy, fn, el['size'], el['color'], ln, 0))
                yy -= el['size'] * 1.2
            continue
        y -= el.get('sb', 0)
        bw = cw * el.get('w', 1.0)
        bx = x0 + (cw - bw) / 2
        if k == 't':
            fn = fontname(fam_of(el), el['b'], el['i'])
            lines = wrap(el['text'], fn, el['size'], bw, el['sp'])
            put_lines(lines, bx, bw, fn, el['size'], el['lead'], el['align'], el['color'], el['sp'], el['field'])
        elif k == 'band':
            fn = fontname(fam_of(el), el['b'], False)
            h = el['size'] * 1.2 + 2 * el['pad']
            content.append(('rect', bx, y - h, bw, h, 0, None, el['fill']))
            yy = y
            y -= el['pad']
            put_lines([el['text']], bx, bw, fn, el['size'], 1.2, 'C', el['color'], el['sp'])
            y = yy - h
        elif k == 'rule':
            content.append(('line', bx, y, bx + bw, y, el['lw'], el['color'] or dcol))
        elif k == 'kv':
            f = fam_of(el)
            lfn = fontname(f, el['lb'], False)
            vfn = fontname(f, el['vb'], False)
            size = el['size']
            lwp = bw * el['lw']
            L = size * el['lead']
            if el['grid']:
                content.append(('line', bx, y, bx + bw, y, 0.6, '#777777'))
            for (lab, val) in el['rows']:
                ll = wrap(lab, lfn, size, lwp - 8)
                vl = wrap(val, vfn, size, bw - lwp - 6)
                n = max(len(ll), len(vl))
                ytop = y
                y -= el['pad']
                yy = y
                put_lines(ll, bx + (4 if el['grid'] else 0), lwp, lfn, size, el['lead'], 'L', el['lcolor'])
                y = yy
                fld = None
                if el['fields']:
                    fld = re.sub(r'[^a-z0-9]+', '_', lab.lower()).strip('_') or 'f'
                put_lines(vl, bx + lwp, bw - lwp, vfn, size, el['lead'], 'L', None, 0, fld)
                y = yy - n * L - el['pad']
                if el['grid']:
                    content.append(('line', bx, y, bx + bw, y, 0.6, '#777777'))
                    content.append(('line', bx, ytop, bx, y, 0.6, '#777777'))
                    content.append(('line', bx + lwp - 4, ytop, bx + lwp - 4, y, 0.6, '#777777'))
                    content.append(('line', bx + bw, ytop, bx + bw, y, 0.6, '#777777'))
        elif k == 'cols':
            f = fam_of(el)
            lfn = fontname(f, False, False)
            vfn = fontname(f, el['vb'], False)
            for r_i, row in enumerate(el['rows']):
                n = len(row)
                gap = 14
                fr = el['widths'] or [1.0 / n] * n
                colw = [(bw - gap * (n - 1)) * q for q in fr]
                xs = []
                acc = bx
                for cwd in colw:
                    xs.append(acc)
                    acc += cwd + gap
                if r_i:
                    y -= 8
                ytop = y
                # labels
                maxh = 0
                for (lab, val), cx, cwd in zip(row, xs, colw):
                    y = ytop
                    ltxt = lab.upper() if el['lcaps'] else lab
                    put_lines(wrap(ltxt, lfn, el['lsize'], cwd), cx, cwd, lfn, el['lsize'], 1.25, 'L', el['lcolor'], 0.3 if el['lcaps'] else 0)
                    maxh = max(maxh, ytop - y)
                yl = ytop - maxh - 1
                maxh = 0
                for (lab, val), cx, cwd in zip(row, xs, colw):
                    y = yl
                    fld = re.sub(r'[^a-z0-9]+', '_', lab.lower()).strip('_') if el['fields'] else None
                    put_lines(wrap(val, vfn, el['size'], cwd), cx, cwd, vfn, el['size'], 1.3, 'L', None, 0, fld)
                    maxh = max(maxh, yl - y)
                y = yl - maxh - 2
                if el['line']:
                    for cx, cwd in zip(xs, colw):
                        content.append(('line', cx, y, cx + cwd, y, 0.6, '#888888'))
        elif k == 'table':
            f = fam_of(el)
            hfn = fontname(f, True, False)
            cfn = fontname(f, False, False)
            size = el['size']
            ncol = len(el['header'])
            fr = el['widths'] or [1.0 / ncol] * ncol
            colw = [bw * q for q in fr]
            xs = [bx + sum(colw[:j]) for j in range(ncol)]
            al = el['align'] or ['L'] * ncol
            for r_i, row in enumerate([el['header']] + el['rows']):
                fn = hfn if r_i == 0 else cfn
                cells = [wrap(c, fn, size, cwd - 8) for c, cwd in zip(row, colw)]
                n = max(len(c) for c in cells)
                h = n * size * 1.25 + 6
                if r_i == 0 and el['hfill']:
                    content.append(('rect', bx, y - h, bw, h, 0, None, el['hfill']))
                ytop = y
                for c, cx, cwd, a in zip(cells, xs, colw, al):
                    y = ytop - 3
                    put_lines(c, cx + 4, cwd - 8, fn, size, 1.25, a, el['hcolor'] if r_i == 0 else None)
                y = ytop - h
                if el['grid']:
                    content.append(('line', bx, ytop, bx + bw, ytop, 0.6, '#666666'))
                    content.append(('line', bx, y, bx + bw, y, 0.6, '#666666'))
                    for cx in xs + [bx + bw]:
                        content.append(('line', cx, ytop, cx, y, 0.6, '#666666'))
                else:
                    if r_i == 0:
                        content.append(('line', bx, y, bx + bw, y, 0.8, '#444444'))
            if not el['grid']:
                content.append(('line', bx, y, bx + bw, y, 0.6, '#444444'))
        elif k == 'sigs':
            f = fam_of(el)
            n = len(el['sigs'])
            slot = bw / n
            lwid = min(190, slot - 24)
            ytop = y
            low = y
            for j, (name, title) in enumerate(el['sigs']):
                cx = bx + slot * (j + 0.5)
                seed[0] += 7
                content.append(('poly', squiggle(cx, ytop, lwid, seed[0]), 1.1, '#1c2f6b', False, None))
                content.append(('line', cx - lwid / 2, ytop, cx + lwid / 2, ytop, 0.7, '#333333'))
                y = ytop - 2
                put_lines([name], cx - lwid / 2 - 10, lwid + 20, fontname(f, True, False), el['size'], 1.25, 'C', None)
                for tl in title.split('\n'):
                    put_lines([tl], cx - lwid / 2 - 20, lwid + 40, fontname(f, False, True), el['size'] - 1, 1.2, 'C', None)
                low = min(low, y)
            y = low
        else:
            raise ValueError(k)
    finish()
    return pages


def shift(ops, dy):
    for n, op in enumerate(ops):
        t = op[0]
        if t == 'text':
            ops[n] = op[:2] + (op[2] + dy,) + op[3:]
        elif t == 'field':
            ops[n] = op[:3] + (op[3] + dy,) + op[4:]
        elif t == 'line':
            ops[n] = (t, op[1], op[2] + dy, op[3], op[4] + dy) + op[5:]
        elif t == 'rect':
            ops[n] = (t, op[1], op[2] + dy) + op[3:]
        elif t == 'circle':
            ops[n] = (t, op[1], op[2] + dy) + op[3:]
        elif t == 'poly':
            ops[n] = (t, [(a, b + dy) for a, b in op[1]]) + op[2:]


# ---------------------------------------------------------------- helpers

def run(cmd, cwd=None, env=None, ok=(0,)):
    r = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode not in ok:
        raise RuntimeError('command failed: %s\n%s\n%s' % (' '.join(cmd), r.stdout.decode(errors='replace')[-2000:], r.stderr.decode(errors='replace')[-2000:]))
    return r


def meta_title(cert):
    return cert.get('meta_title', 'Certificate of Completion')


# ---------------------------------------------------------------- backend: reportlab canvas

def draw_ops_canvas(c, ops, fields_as_text=True, form=None):
    from reportlab.lib.colors import HexColor
    for op in ops:
        t = op[0]
        if t == 'text' or (t == 'field' and fields_as_text):
            if t == 'field':
                _, name, x, yb, mw, fn, size, color, s, sp = op
            else:
                _, x, yb, fn, size, color, s, sp = op
            c.setFillColor(HexColor(color))
            to = c.beginText()
            to.setTextOrigin(x, yb)
            to.setFont(fn, size)
            to.setCharSpace(sp or 0)
            to.textOut(s)
            c.drawText(to)
        elif t == 'field':
            form.append(op)
        elif t == 'line':
            _, x1, y1, x2, y2, lw, col = op
            c.setStrokeColor(HexColor(col))
            c.setLineWidth(lw)
            c.line(x1, y1, x2, y2)
        elif t == 'rect':
            _, x, y, w, h, lw, st, fi = op
            if fi:
                c.setFillColor(HexColor(fi))
            if st:
                c.setStrokeColor(HexColor(st))
                c.setLineWidth(lw)
            c.rect(x, y, w, h, stroke=1 if st else 0, fill=1 if fi else 0)
        elif t == 'circle':
            _, cx, cy, r, lw, st, fi = op
            if fi:
                c.setFillColor(HexColor(fi))
            if st:
                c.setStrokeColor(HexColor(st))
                c.setLineWidth(lw)
            c.circle(cx, cy, r, stroke=1 if st else 0, fill=1 if fi else 0)
        elif t == 'poly':
            _, pts, lw, col, closed, fi = op
            p = c.beginPath()
            p.moveTo(*pts[0])
            for q in pts[1:]:
                p.lineTo(*q)
            if closed:
                p.close()
            if fi:
                c.setFillColor(HexColor(fi))
            if col:
                c.setStrokeColor(HexColor(col))
                c.setLineWidth(lw)
                c.setLineJoin(1)
                c.setLineCap(1)
            c.drawPath(p, stroke=1 if col else 0, fill=1 if fi else 0)


def build_rl_canvas(cert, out):
    from reportlab.pdfgen import canvas
    doc = cert['doc']
    pages = layout(doc, cert['id'])
    c = canvas.Canvas(out, pagesize=page_size(doc))
    c.setTitle(meta_title(cert))
    c.setAuthor(cert.get('meta_author', ''))
    c.setCreator(cert.get('meta_creator', 'Certificate generator'))
    for ops in pages:
        draw_ops_canvas(c, ops)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- backend: AcroForm, filled with qpdf

def build_acroform(cert, out):
    """Draw the static form with ReportLab, leave every value as an empty text
    field, then fill the fields (edit /V in a QDF copy, NeedAppearances) and let
    qpdf generate appearances and flatten."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor, Color
    doc = cert['doc']
    pages = layout(doc, cert['id'])
    os.makedirs(BUILD, exist_ok=True)
    blank = os.path.join(BUILD, cert['id'] + '_blank.pdf')
    c = canvas.Canvas(blank, pagesize=page_size(doc))
    c.setTitle(meta_title(cert))
    c.setCreator('Certificate form')
    values = {}
    used = set()
    for ops in pages:
        form = []
        draw_ops_canvas(c, ops, fields_as_text=False, form=form)
        for op in form:
            _, name, x, yb, mw, fn, size, color, s, sp = op
            nm = name
            k = 2
            while nm in used:
                nm = '%s_%d' % (name, k)
                k += 1
            used.add(nm)
            wdt = tw(s, fn, size)
            fw = max(mw or 0, wdt + 10) if mw else wdt + 10
            # qpdf draws the value 2pt from the left edge of the field
            c.acroForm.textfield(name=nm, value='', x=x - 2, y=yb - size * 0.32, width=fw,
                                 height=size * 1.3, fontName=fn, fontSize=size,
                                 borderWidth=0, fillColor=Color(1, 1, 1, alpha=0),
                                 borderColor=None, textColor=HexColor(color), maxlen=400,
                                 forceBorder=False)
            values[nm] = s
        c.showPage()
    c.save()
    qdf = os.path.join(BUILD, cert['id'] + '_blank.qdf')
    run(['qpdf', '--qdf', '--object-streams=disable', blank, qdf], ok=(0, 3))
    data = open(qdf, 'rb').read()
    parts = re.split(rb'(\nendobj\n)', data)
    fonts = {}
    for n, p in enumerate(parts):
        mfont = re.search(rb'/Name /(\w+)\n', p)
        if b'/Type /Font' in p and mfont and b'/Subtype /Type1' in p:
            mo = re.search(rb'\n(\d+) 0 obj\n', p)
            if mo:
                fonts[mfont.group(1)] = mo.group(1)
        m = re.search(rb'/T \(([^)]*)\)', p)
        if m and m.group(1).decode() in values:
            v = values[m.group(1).decode()]
            hexv = b'<FEFF' + v.encode('utf-16-be').hex().upper().encode() + b'>'
            p = p.replace(b'/V ()', b'/V ' + hexv)
            p = re.sub(rb'\n\s*/MK <<.*?\n\s*>>', b'', p, flags=re.S)
        parts[n] = p
    data = b''.join(parts)
    data = re.sub(rb'/Encoding \d+ 0 R', b'/Encoding /WinAnsiEncoding', data)
    # AcroForm dictionary: one /Font resource dict with every font, NeedAppearances
    fd = b'/Font << ' + b' '.join(b'/' + k + b' ' + v + b' 0 R' for k, v in fonts.items()) + b' >>'
    def fix_acro(mo):
        block = mo.group(0)
        block = re.sub(rb'/Font <<.*?>>', b'', block, flags=re.S)
        block = re.sub(rb'/DR <<', b'/DR << ' + fd, block, count=1)
        block = block.replace(b'<<\n', b'<<\n  /NeedAppearances true\n', 1)
        return block
    data = re.sub(rb'\n\d+ 0 obj\n<<\n  /DA \(/\w+ 0 Tf 0 g\)\n.*?\nendobj', fix_acro, data, count=1, flags=re.S)
    filled_qdf = os.path.join(BUILD, cert['id'] + '_filled.qdf')
    open(filled_qdf, 'wb').write(data)
    filled = os.path.join(BUILD, cert['id'] + '_filled.pdf')
    with open(filled, 'wb') as fh:
        r = subprocess.run(['fix-qdf', filled_qdf], stdout=fh, stderr=subprocess.PIPE)
        if r.returncode:
            raise RuntimeError(r.stderr.decode())
    r = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', filled, out],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode not in (0, 3):
        raise RuntimeError(r.stderr.decode())


# ---------------------------------------------------------------- backend: Ghostscript from PostScript

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


def build_ps(cert, out):
    from reportlab.pdfbase._fontdata import encodings
    win = encodings['WinAnsiEncoding']
    doc = cert['doc']
    pages = layout(doc, cert['id'])
    W, H = page_size(doc)
    L = []
    L.append('%!PS-Adobe-3.0')
    L.append('%%Title: ' + meta_title(cert))
    L.append('%%Creator: ' + cert.get('meta_creator', 'certprint.ps'))
    L.append('%%Pages: %d' % len(pages))
    L.append('%%BoundingBox: 0 0 %d %d' % (W, H))
    L.append('%%EndComments')
    L.append('/WinEnc [ ' + ' '.join('/' + (g or '.notdef') for g in win) + ' ] def')
    L.append('/reencode { /enc exch def findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding enc def currentdict end definefont pop } def')
    used = sorted({op[3] for ops in pages for op in ops if op[0] == 'text'} | {op[5] for ops in pages for op in ops if op[0] == 'field'})
    for fn in used:
        L.append('/%s-W /%s WinEnc reencode' % (fn, fn))
    L.append('/ctr { dup stringwidth pop 2 div neg 0 rmoveto show } def')
    L.append('<< /PageSize [%d %d] >> setpagedevice' % (W, H))
    for pn, ops in enumerate(pages):
        L.append('%%%%Page: %d %d' % (pn + 1, pn + 1))
        L.append('gsave 1 setlinejoin 1 setlinecap')
        for op in ops:
            t = op[0]
            if t in ('text', 'field'):
                if t == 'field':
                    _, name, x, yb, mw, fn, size, color, s, sp = op
                else:
                    _, x, yb, fn, size, color, s, sp = op
                r, g, b = rgb(color)
                L.append('%.3f %.3f %.3f setrgbcolor /%s-W findfont %.2f scalefont setfont' % (r, g, b, fn, size))
                if sp:
                    L.append('%.2f %.2f moveto %.2f 0 %s ashow' % (x, yb, sp, ps_str(s)))
                else:
                    L.append('%.2f %.2f moveto %s show' % (x, yb, ps_str(s)))
            elif t == 'line':
                _, x1, y1, x2, y2, lw, col = op
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (rgb(col) + (lw, x1, y1, x2, y2)))
            elif t == 'rect':
                _, x, y, w, h, lw, st, fi = op
                if fi:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill' % (rgb(fi) + (x, y, w, h)))
                if st:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke' % (rgb(st) + (lw, x, y, w, h)))
            elif t == 'circle':
                _, cx, cy, r, lw, st, fi = op
                if fi:
                    L.append('%.3f %.3f %.3f setrgbcolor newpath %.2f %.2f %.2f 0 360 arc closepath fill' % (rgb(fi) + (cx, cy, r)))
                if st:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke' % (rgb(st) + (lw, cx, cy, r)))
            elif t == 'poly':
                _, pts, lw, col, closed, fi = op
                path = 'newpath %.2f %.2f moveto ' % pts[0] + ' '.join('%.2f %.2f lineto' % q for q in pts[1:])
                if closed:
                    path += ' closepath'
                if fi:
                    L.append('%.3f %.3f %.3f setrgbcolor %s fill' % (rgb(fi) + (path,)))
                if col:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %s stroke' % (rgb(col) + (lw, path)))
        L.append('grestore showpage')
    L.append('%%EOF')
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, cert['id'] + '.ps')
    open(src, 'w', encoding='latin-1').write('\n'.join(L) + '\n')
    run(['gs', '-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite',
         '-dCompatibilityLevel=1.5', '-sOutputFile=' + out, src])


# ---------------------------------------------------------------- backends: FPDF and TCPDF (PHP)

def php_str_cp1252(s):
    out = []
    for ch in s.encode('cp1252'):
        c = chr(ch)
        if c in '\\"$':
            out.append('\\' + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append('\\x%02X' % ch)
    return '"' + ''.join(out) + '"'


def php_str_utf8(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('$', '\\$') + '"'


FPDF_FONT = {'Times': 'Times', 'Helvetica': 'Helvetica', 'Courier': 'Courier'}

def fpdf_font(fn):
    base = fn.split('-')[0]
    st = ''
    if 'Bold' in fn:
        st += 'B'
    if 'Italic' in fn or 'Oblique' in fn:
        st += 'I'
    return base, st


def build_php(cert, out, kind):
    doc = cert['doc']
    pages = layout(doc, cert['id'])
    W, H = page_size(doc)
    orient = 'L' if W > H else 'P'
    P = ['<?php']
    if kind == 'fpdf':
        sq = php_str_cp1252
        P.append("require('/usr/share/php/fpdf/fpdf.php');")
        P.append('''class Cert extends FPDF {
  function CharSpace($c) { $this->_out(sprintf('%.3F Tc', $c)); }
  function Poly($pts, $style) {
    $op = $style == 'F' ? 'f' : ($style == 'FD' ? 'b' : 'S');
    $h = $this->h; $k = $this->k; $s = '';
    foreach ($pts as $i => $p) { $s .= sprintf('%.2F %.2F %s ', $p[0]*$k, ($h-$p[1])*$k, $i ? 'l' : 'm'); }
    if ($style != 'D') { $s .= 'h '; }
    $this->_out($s . $op);
  }
}''')
        P.append("$pdf = new Cert('%s', 'pt', array(612, 792));" % orient)
        P.append('$pdf->SetAutoPageBreak(false); $pdf->SetMargins(0, 0, 0);')
        P.append('$pdf->SetTitle(%s); $pdf->SetCreator(%s);' % (sq(meta_title(cert)), sq(cert.get('meta_creator', 'FPDF certificate'))))
    else:
        sq = php_str_utf8
        P.append("require_once('/usr/share/php/tcpdf/tcpdf.php');")
        P.append("class Cert extends TCPDF { function NoLink() { $this->tcpdflink = false; } }")
        P.append("$pdf = new Cert('%s', 'pt', 'LETTER', true, 'UTF-8', false);" % orient)
        if not cert.get('tcpdf_link'):
            P.append('$pdf->NoLink();')
        P.append('$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);')
        P.append('$pdf->SetAutoPageBreak(false, 0); $pdf->SetMargins(0, 0, 0); $pdf->setCellPaddings(0, 0, 0, 0);')
        P.append('$pdf->SetTitle(%s); $pdf->SetCreator(%s); $pdf->SetAuthor(%s);' % (sq(meta_title(cert)), sq(cert.get('meta_creator', 'TCPDF')), sq(cert.get('meta_author', ''))))
        P.append("$pdf->setFontSubsetting(true);")
    TC = {'Times': 'times', 'Helvetica': 'helvetica', 'Courier': 'courier', 'DejaVuSans': 'dejavusans', 'DejaVuSerif': 'dejavuserif'}
    for ops in pages:
        P.append('$pdf->AddPage();')
        for op in ops:
            t = op[0]
            if t in ('text', 'field'):
                if t == 'field':
                    _, name, x, yb, mw, fn, size, color, s, sp = op
                else:
                    _, x, yb, fn, size, color, s, sp = op
                r, g, b = [int(round(v * 255)) for v in rgb(color)]
                base, st = fpdf_font(fn)
                P.append('$pdf->SetTextColor(%d, %d, %d);' % (r, g, b))
                if kind == 'fpdf':
                    P.append("$pdf->SetFont('%s', '%s', %.2f);" % (FPDF_FONT[base], st, size))
                    if sp:
                        P.append('$pdf->CharSpace(%.2f);' % sp)
                    P.append('$pdf->Text(%.2f, %.2f, %s);' % (x, H - yb, sq(s)))
                    if sp:
                        P.append('$pdf->CharSpace(0);')
                else:
                    P.append("$pdf->SetFont('%s', '%s', %.2f);" % (TC[base], st, size))
                    P.append('$pdf->setFontSpacing(%.2f);' % sp)
                    P.append("$pdf->Text(%.2f, %.2f, %s, false, false, true, 0, 0, '', false, '', 0, false, 'L', 'B');" % (x, H - yb, sq(s)))
            elif t == 'line':
                _, x1, y1, x2, y2, lw, col = op
                r, g, b = [int(round(v * 255)) for v in rgb(col)]
                if kind == 'fpdf':
                    P.append('$pdf->SetDrawColor(%d, %d, %d); $pdf->SetLineWidth(%.2f);' % (r, g, b, lw))
                    P.append('$pdf->Line(%.2f, %.2f, %.2f, %.2f);' % (x1, H - y1, x2, H - y2))
                else:
                    P.append("$pdf->Line(%.2f, %.2f, %.2f, %.2f, array('width' => %.2f, 'color' => array(%d, %d, %d)));" % (x1, H - y1, x2, H - y2, lw, r, g, b))
            elif t == 'rect':
                _, x, y, w, h, lw, st, fi = op
                style = ('F' if fi else '') + ('D' if st else '')
                if kind == 'fpdf':
                    if fi:
                        P.append('$pdf->SetFillColor(%d, %d, %d);' % tuple(int(round(v * 255)) for v in rgb(fi)))
                    if st:
                        P.append('$pdf->SetDrawColor(%d, %d, %d); $pdf->SetLineWidth(%.2f);' % (tuple(int(round(v * 255)) for v in rgb(st)) + (lw,)))
                    P.append("$pdf->Rect(%.2f, %.2f, %.2f, %.2f, '%s');" % (x, H - y - h, w, h, style))
                else:
                    bs = "array('all' => array('width' => %.2f, 'color' => array(%d, %d, %d)))" % ((lw,) + tuple(int(round(v * 255)) for v in rgb(st))) if st else 'array()'
                    fc = 'array(%d, %d, %d)' % tuple(int(round(v * 255)) for v in rgb(fi)) if fi else 'array()'
                    P.append("$pdf->Rect(%.2f, %.2f, %.2f, %.2f, '%s', %s, %s);" % (x, H - y - h, w, h, style, bs, fc))
            elif t in ('circle', 'poly'):
                if t == 'circle':
                    _, cx, cy, r0, lw, st, fi = op
                    pts = [(cx + r0 * math.cos(2 * math.pi * j / 64), cy + r0 * math.sin(2 * math.pi * j / 64)) for j in range(64)]
                    closed = True
                    col = st
                else:
                    _, pts, lw, col, closed, fi = op
                style = ('F' if fi else '') + ('D' if col else '')
                if kind == 'fpdf':
                    if fi:
                        P.append('$pdf->SetFillColor(%d, %d, %d);' % tuple(int(round(v * 255)) for v in rgb(fi)))
                    if col:
                        P.append('$pdf->SetDrawColor(%d, %d, %d); $pdf->SetLineWidth(%.2f);' % (tuple(int(round(v * 255)) for v in rgb(col)) + (lw,)))
                    arr = 'array(' + ', '.join('array(%.2f, %.2f)' % (a, H - b) for a, b in pts) + ')'
                    if not closed:
                        style = 'D'
                    P.append("$pdf->Poly(%s, '%s');" % (arr, style))
                else:
                    flat = ', '.join('%.2f, %.2f' % (a, H - b) for a, b in pts)
                    ls = "array('all' => array('width' => %.2f, 'color' => array(%d, %d, %d), 'join' => 'round', 'cap' => 'round'))" % ((lw,) + tuple(int(round(v * 255)) for v in rgb(col))) if col else 'array()'
                    fc = 'array(%d, %d, %d)' % tuple(int(round(v * 255)) for v in rgb(fi)) if fi else 'array()'
                    if closed:
                        P.append("$pdf->Polygon(array(%s), '%s', %s, %s, true);" % (flat, style, ls, fc))
                    else:
                        P.append("$pdf->PolyLine(array(%s), 'D', %s, array());" % (flat, ls))
    P.append("$pdf->Output(%s, 'F');" % php_str_utf8(out))
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, cert['id'] + '.php')
    open(src, 'w', encoding='utf-8').write('\n'.join(P) + '\n')
    run(['php', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', src])


# ---------------------------------------------------------------- backend: Chromium HTML

CSS_FAM = {'serif': '"Liberation Serif", "Times New Roman", serif', 'sans': '"Liberation Sans", Arial, sans-serif',
           'mono': '"Liberation Mono", monospace', 'djsans': '"DejaVu Sans", sans-serif', 'djserif': '"DejaVu Serif", serif'}

def h(s):
    s = html.escape(s).replace('\n', '<br>')
    return re.sub(r' {2,}', lambda mo: ' ' + '&nbsp;' * (len(mo.group(0)) - 1), s)

def css_font(doc, fam):
    return doc.get('css_fonts', {}).get(fam) or CSS_FAM.get(fam) or fam

def build_html(cert, out):
    doc = cert['doc']
    W, H = page_size(doc)
    m = doc.get('margin', 54)
    bc = doc.get('bcolor', '#1f3a5f')
    fam = doc.get('font', 'serif')
    css = ['@page { size: %dpt %dpt; margin: 0 }' % (W, H),
           'html, body { margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact }',
           '.page { position: relative; width: %dpt; height: %dpt; overflow: hidden; page-break-after: always; box-sizing: border-box; }' % (W, H),
           '.inner { position: absolute; left: %dpt; right: %dpt; top: %dpt; bottom: %dpt; display: flex; flex-direction: column; justify-content: %s }' % (
               m + doc.get('pad', 20 if doc.get('border') else 0) + doc.get('left', 0),
               m + doc.get('pad', 20 if doc.get('border') else 0) + doc.get('right', 0),
               m + doc.get('pad', 20 if doc.get('border') else 0) + doc.get('top', 0),
               m + doc.get('pad', 20 if doc.get('border') else 0) + doc.get('bottom', 0),
               'center' if doc.get('valign') == 'center' else 'flex-start'),
           'body { font-family: %s; color: %s }' % (css_font(doc, fam), doc.get('color', '#000')),
           'table { border-collapse: collapse }',
           '.foot { position: absolute; left: %dpt; right: %dpt; bottom: %.1fpt; line-height: 1.2 }' % (m, m, foot_base(doc) - 2.5),
           ]
    css.append(doc.get('css', ''))
    border = doc.get('border')
    bdiv = ''
    i = m * 0.45
    if border == 'double':
        bdiv = '<div style="position:absolute;left:%dpt;top:%dpt;right:%dpt;bottom:%dpt;border:4pt double %s"></div>' % (i, i, i, i, bc)
        bdiv += '<div style="position:absolute;left:%dpt;top:%dpt;right:%dpt;bottom:%dpt;border:0.8pt solid %s"></div>' % (i + 9, i + 9, i + 9, i + 9, bc)
    elif border == 'single':
        bdiv = '<div style="position:absolute;left:%dpt;top:%dpt;right:%dpt;bottom:%dpt;border:2pt solid %s"></div>' % (i, i, i, i, bc)
    elif border == 'frame':
        bdiv = '<div style="position:absolute;left:%dpt;top:%dpt;right:%dpt;bottom:%dpt;border:12pt solid %s; outline: 0.8pt solid %s; outline-offset: -18pt"></div>' % (i, i, i, i, bc, doc.get('bcolor2', '#b8962e'))
    elif border == 'corners':
        bdiv = '<div style="position:absolute;left:%dpt;top:%dpt;right:%dpt;bottom:%dpt;border:1pt solid %s"></div>' % (i, i, i, i, bc)
        for (a, b) in (('left', 'top'), ('right', 'top'), ('left', 'bottom'), ('right', 'bottom')):
            bdiv += '<div style="position:absolute;%s:%dpt;%s:%dpt;width:44pt;height:44pt;border-%s:4pt solid %s;border-%s:4pt solid %s"></div>' % (a, i + 6, b, i + 6, a, bc, b, bc)
    elif border == 'topbar':
        bdiv = '<div style="position:absolute;left:0;top:0;right:0;height:16pt;background:%s"></div><div style="position:absolute;left:0;bottom:0;right:0;height:6pt;background:%s"></div>' % (bc, bc)
    elif border == 'leftbar':
        bdiv = '<div style="position:absolute;left:0;top:0;bottom:0;width:22pt;background:%s"></div><div style="position:absolute;left:26pt;top:0;bottom:0;width:3pt;background:%s"></div>' % (bc, doc.get('bcolor2', '#9aa9bd'))
    seal = doc.get('seal')
    if seal:
        r = seal.get('r', 40)
        col = seal.get('color', '#b8962e')
        pts = []
        for j in range(48):
            rr = r if j % 2 == 0 else r * 0.88
            a = math.pi * 2 * j / 48
            pts.append('%.1f,%.1f' % (r * 1.6 + rr * math.cos(a), r * 1.1 + rr * math.sin(a)))
        pos = seal.get('pos', 'br')
        side = 'right' if pos.endswith('r') else 'left'
        off = m if pos != 'bc' else (W / 2 - r * 1.6)
        svg = ('<svg style="position:absolute;%s:%dpt;%s:%dpt" width="%dpt" height="%dpt" viewBox="0 0 %d %d">' % (
            side if pos != 'bc' else 'left', off, 'bottom' if pos[0] == 'b' else 'top', m * 0.9, r * 3.2, r * 2.8, r * 3.2, r * 2.8))
        if pos[0] == 'b':
            svg += '<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f" fill="%s"/>' % (r * 1.45, r * 1.4, r * 0.9, r * 2.7, r * 1.15, r * 2.55, r * 1.7, r * 1.5, seal.get('ribbon_color', '#7a1f1f'))
            svg += '<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f" fill="%s"/>' % (r * 1.75, r * 1.4, r * 2.3, r * 2.7, r * 2.05, r * 2.55, r * 1.5, r * 1.5, seal.get('ribbon_color', '#7a1f1f'))
        svg += '<polygon points="%s" fill="%s"/>' % (' '.join(pts), col)
        svg += '<circle cx="%.1f" cy="%.1f" r="%.1f" fill="none" stroke="#fff" stroke-width="1.3"/>' % (r * 1.6, r * 1.1, r * 0.76)
        svg += '<circle cx="%.1f" cy="%.1f" r="%.1f" fill="none" stroke="#fff" stroke-width="0.5"/></svg>' % (r * 1.6, r * 1.1, r * 0.66)
        bdiv += svg
    pages = [[]]
    foots = [[]]
    for el in doc['els']:
        if el['k'] == 'break':
            pages.append([])
            foots.append([])
        elif el['k'] == 'foot':
            foots[-1].append(el)
        else:
            pages[-1].append(el)
    body = []
    seed = 11
    for els, fts in zip(pages, foots):
        body.append('<div class="page">' + bdiv + '<div class="inner">')
        for el in els:
            k = el['k']
            ff = 'font-family:%s;' % css_font(doc, el['font']) if el.get('font') else ''
            if k == 'sp':
                body.append('<div style="height:%.1fpt;flex:none"></div>' % el['h'])
            elif k == 't':
                st = 'margin:%.1fpt auto 0 auto;width:%.0f%%;font-size:%.1fpt;line-height:%.2f;text-align:%s;%s%s%s%s%s' % (
                    el['sb'], el['w'] * 100, el['size'], el['lead'],
                    {'C': 'center', 'L': 'left', 'R': 'right', 'J': 'justify'}[el['align']],
                    'font-weight:bold;' if el['b'] else '', 'font-style:italic;' if el['i'] else '',
                    'letter-spacing:%.1fpt;' % el['sp'] if el['sp'] else '',
                    'color:%s;' % el['color'] if el['color'] else '', ff)
                body.append('<div style="%s">%s</div>' % (st, h(el['text'])))
            elif k == 'band':
                body.append('<div style="margin-top:%.1fpt;background:%s;color:%s;font-size:%.1fpt;padding:%.1fpt 0;text-align:center;%s%s%s">%s</div>' % (
                    el['sb'], el['fill'], el['color'], el['size'], el['pad'], 'font-weight:bold;' if el['b'] else '',
                    'letter-spacing:%.1fpt;' % el['sp'] if el['sp'] else '', ff, h(el['text'])))
            elif k == 'rule':
                body.append('<div style="margin:%.1fpt auto 0 auto;width:%.0f%%;border-top:%.1fpt solid %s"></div>' % (el['sb'], el['w'] * 100, el['lw'], el['color'] or '#000'))
            elif k == 'kv':
                rows = ''.join('<tr><th style="text-align:left;vertical-align:top;width:%.0f%%;padding:%.1fpt %s;%s%s">%s</th><td style="vertical-align:top;padding:%.1fpt 4pt;%s%s">%s</td></tr>' % (
                    el['lw'] * 100, el['pad'], '6pt' if el['grid'] else '0', 'font-weight:bold;' if el['lb'] else 'font-weight:normal;',
                    'color:%s;' % el['lcolor'] if el['lcolor'] else '', h(a), el['pad'], 'font-weight:bold;' if el['vb'] else '',
                    'border:0.6pt solid #777;' if el['grid'] else '', h(b)) for a, b in el['rows'])
                if el['grid']:
                    rows = rows.replace('<th style="', '<th style="border:0.6pt solid #777;')
                body.append('<table style="margin:%.1fpt auto 0 auto;width:%.0f%%;font-size:%.1fpt;line-height:%.2f;%s">%s</table>' % (el['sb'], el['w'] * 100, el['size'], el['lead'], ff, rows))
            elif k == 'cols':
                out_rows = ''
                for r_i, row in enumerate(el['rows']):
                    ws = el['widths'] or [1.0 / len(row)] * len(row)
                    out_rows += '<tr>' + ''.join('<td style="width:%.0f%%;font-size:%.1fpt;color:%s;%spadding:%s 8pt 1pt 0">%s</td>' % (
                        q * 100, el['lsize'], el['lcolor'], 'text-transform:uppercase;letter-spacing:0.4pt;' if el['lcaps'] else '',
                        '10pt' if r_i else '0', h(a)) for (a, b), q in zip(row, ws)) + '</tr>'
                    out_rows += '<tr>' + ''.join('<td style="font-size:%.1fpt;%s%spadding:0 8pt 2pt 0;vertical-align:top">%s</td>' % (
                        el['size'], 'font-weight:bold;' if el['vb'] else '', 'border-bottom:0.6pt solid #888;' if el['line'] else '', h(b)) for (a, b) in row) + '</tr>'
                body.append('<table style="margin:%.1fpt auto 0 auto;width:%.0f%%;border-collapse:separate;border-spacing:8pt 0;%s">%s</table>' % (el['sb'], el['w'] * 100, ff, out_rows))
            elif k == 'table':
                ws = el['widths'] or [1.0 / len(el['header'])] * len(el['header'])
                al = el['align'] or ['L'] * len(ws)
                bd = 'border:0.6pt solid #666;' if el['grid'] else ''
                hd = '<tr>' + ''.join('<th style="%sbackground:%s;%spadding:3pt 5pt;text-align:%s;width:%.0f%%">%s</th>' % (
                    bd, el['hfill'] or 'transparent', 'color:%s;' % el['hcolor'] if el['hcolor'] else '',
                    {'L': 'left', 'C': 'center', 'R': 'right'}[a], q * 100, h(c)) for c, q, a in zip(el['header'], ws, al)) + '</tr>'
                rr = ''.join('<tr>' + ''.join('<td style="%spadding:3pt 5pt;text-align:%s;vertical-align:top;%s">%s</td>' % (
                    bd, {'L': 'left', 'C': 'center', 'R': 'right'}[a], '' if el['grid'] else 'border-bottom:0.5pt solid #999;', h(c)) for c, a in zip(row, al)) + '</tr>' for row in el['rows'])
                body.append('<table style="margin:%.1fpt auto 0 auto;width:%.0f%%;font-size:%.1fpt;%s">%s%s</table>' % (el['sb'], el['w'] * 100, el['size'], ff, hd, rr))
            elif k == 'sigs':
                cells = ''
                for name, title in el['sigs']:
                    seed += 5
                    pts = squiggle(95, 0, 170, seed)
                    path = 'M ' + ' L '.join('%.1f %.1f' % (a, 30 - b) for a, b in pts)
                    cells += ('<div style="width:190pt;text-align:center"><svg width="190pt" height="30pt" viewBox="0 0 190 30"><path d="%s" stroke="#1c2f6b" stroke-width="1.1" fill="none"/></svg>'
                              '<div style="border-top:0.7pt solid #333;padding-top:2pt;font-weight:bold;font-size:%.1fpt">%s</div>'
                              '<div style="font-style:italic;font-size:%.1fpt">%s</div></div>') % (path, el['size'], h(name), el['size'] - 1, h(title))
                body.append('<div style="margin-top:%.1fpt;display:flex;justify-content:space-around;%s">%s</div>' % (max(el['sb'] - 30, 0), ff, cells))
        body.append('</div>')
        for el in fts:
            body.append('<div class="foot" style="font-size:%.1fpt;color:%s;text-align:%s">%s</div>' % (
                el['size'], el['color'], {'C': 'center', 'L': 'left', 'R': 'right'}[el['align']], h(el['text'])))
        body.append('</div>')
    page = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (
        h(meta_title(cert)), '\n'.join(css), '\n'.join(body))
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, cert['id'] + '.html')
    open(src, 'w', encoding='utf-8').write(page)
    prof = os.path.join(PROFILES, 'chromium')
    os.makedirs(prof, exist_ok=True)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + prof,
         '--no-pdf-header-footer', '--print-to-pdf=' + out, 'file://' + src])


# ---------------------------------------------------------------- backend: LibreOffice flat ODT

ODF_FAM = {'serif': 'Liberation Serif', 'sans': 'Liberation Sans', 'mono': 'Liberation Mono',
           'djsans': 'DejaVu Sans', 'djserif': 'DejaVu Serif'}

def x(s):
    return html.escape(s, quote=True)

def soffice_convert(src, outdir):
    prof = os.path.join(PROFILES, 'libreoffice')
    os.makedirs(prof, exist_ok=True)
    run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--norestore',
         '--convert-to', 'pdf', '--outdir', outdir, src])


def build_fodt(cert, out):
    doc = cert['doc']
    W, H = page_size(doc)
    m = doc.get('margin', 54)
    fam = doc.get('font', 'serif')
    fonts = doc.get('odf_fonts', {})
    def fname(f):
        return fonts.get(f) or ODF_FAM.get(f, f)
    pad = doc.get('pad', 20 if doc.get('border') else 0)
    bc = doc.get('bcolor', '#1f3a5f')
    border = doc.get('border')
    bprop = ''
    if border == 'double':
        bprop = 'fo:border="4.5pt double %s" style:border-line-width="1pt 1.5pt 2pt" fo:padding="%dpt"' % (bc, pad)
    elif border in ('single', 'corners', 'wave'):
        bprop = 'fo:border="2pt solid %s" fo:padding="%dpt"' % (bc, pad)
    elif border == 'frame':
        bprop = 'fo:border="9pt solid %s" fo:padding="%dpt"' % (bc, pad)
    elif border == 'triple':
        bprop = 'fo:border="4.5pt double %s" style:border-line-width="0.5pt 1.5pt 2.5pt" fo:padding="%dpt"' % (bc, pad)
    auto = []
    bodyx = []
    n = [0]
    def pstyle(el, extra_p='', extra_t=''):
        n[0] += 1
        nm = 'P%d' % n[0]
        f = el.get('font') or fam
        tp = 'style:font-name="%s" fo:font-size="%.1fpt"%s%s%s%s' % (
            fname(f), el.get('size', 11), ' fo:font-weight="bold"' if el.get('b') else '',
            ' fo:font-style="italic"' if el.get('i') else '',
            ' fo:letter-spacing="%.2fpt"' % el['sp'] if el.get('sp') else '',
            ' fo:color="%s"' % el['color'] if el.get('color') else '')
        pp = 'fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="0pt" fo:line-height="%d%%"%s' % (
            {'C': 'center', 'L': 'start', 'R': 'end', 'J': 'justify'}[el.get('align', 'L')], el.get('sb', 0),
            int(el.get('lead', 1.2) * 100 / 1.17), extra_p)
        if el.get('w', 1.0) < 1.0:
            ind = (W - 2 * m - 2 * pad) * (1 - el['w']) / 2
            pp += ' fo:margin-left="%.1fpt" fo:margin-right="%.1fpt"' % (ind, ind)
        auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties %s/><style:text-properties %s %s/></style:style>' % (nm, pp, tp, extra_t))
        return nm
    def cellstyle(props):
        n[0] += 1
        nm = 'C%d' % n[0]
        auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/></style:style>' % (nm, props))
        return nm
    def tablestyle(widthfrac, sb, cols):
        n[0] += 1
        nm = 'Tb%d' % n[0]
        tot = (W - 2 * m - 2 * pad) * widthfrac
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.1fpt" table:align="center" fo:margin-top="%.1fpt"/></style:style>' % (nm, tot, sb))
        cn = []
        for q in cols:
            n[0] += 1
            c = 'Co%d' % n[0]
            auto.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%.1fpt"/></style:style>' % (c, tot * q))
            cn.append(c)
        return nm, cn
    def para(style, text):
        parts = [re.sub(r' {2,}', lambda mo: ' <text:s text:c="%d"/>' % (len(mo.group(0)) - 1), q) for q in x(text).split('\n')]
        return '<text:p text:style-name="%s">%s</text:p>' % (style, '<text:line-break/>'.join(parts))
    pagebreak_next = [False]
    def brk():
        if pagebreak_next[0]:
            pagebreak_next[0] = False
            return ' fo:break-before="page"'
        return ''
    footers = []
    for el in doc['els']:
        k = el['k']
        if k == 'break':
            pagebreak_next[0] = True
            continue
        if k == 'foot':
            footers.append(el)
            continue
        if k == 'sp':
            st = pstyle(dict(size=2, sb=el['h'] - 2.4, align='L'), brk())
            bodyx.append('<text:p text:style-name="%s"/>' % st)
        elif k == 't':
            st = pstyle(el, brk())
            bodyx.append(para(st, el['text']))
        elif k == 'band':
            st = pstyle(dict(el, align='C', lead=1.2, w=1.0), brk() + ' fo:background-color="%s" fo:padding="%.1fpt"' % (el['fill'], el['pad']))
            bodyx.append(para(st, el['text']))
        elif k == 'rule':
            st = pstyle(dict(size=2, sb=el['sb'], align='C', w=el['w']), brk() + ' fo:border-bottom="%.1fpt solid %s" fo:padding="0pt"' % (el['lw'], el['color'] or '#000000'))
            bodyx.append('<text:p text:style-name="%s"/>' % st)
        elif k in ('kv', 'cols', 'table', 'sigs'):
            if brk():
                st = pstyle(dict(size=2, sb=0, align='L'), ' fo:break-before="page"')
                bodyx.append('<text:p text:style-name="%s"/>' % st)
            if k == 'kv':
                tb, cn = tablestyle(el['w'], el['sb'], [el['lw'], 1 - el['lw']])
                cs = cellstyle('fo:padding="%.1fpt" %s' % (el['pad'], 'fo:border="0.6pt solid #777777"' if el['grid'] else 'fo:border="none"'))
                rows = []
                for a, b in el['rows']:
                    ls = pstyle(dict(size=el['size'], b=el['lb'], align='L', sb=0, lead=el['lead'], color=el['lcolor'], font=el['font']))
                    vs = pstyle(dict(size=el['size'], b=el['vb'], align='L', sb=0, lead=el['lead'], font=el['font']))
                    rows.append('<table:table-row><table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell><table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell></table:table-row>' % (cs, para(ls, a), cs, para(vs, b)))
                bodyx.append('<table:table table:style-name="%s">%s%s</table:table>' % (tb, ''.join('<table:table-column table:style-name="%s"/>' % c for c in cn), ''.join(rows)))
            elif k == 'cols':
                for r_i, row in enumerate(el['rows']):
                    ws = el['widths'] or [1.0 / len(row)] * len(row)
                    tb, cn = tablestyle(el['w'], el['sb'] if r_i == 0 else 8, ws)
                    lc = cellstyle('fo:padding-left="0pt" fo:padding-right="8pt" fo:padding-top="0pt" fo:padding-bottom="1pt" fo:border="none"')
                    vc = cellstyle('fo:padding-left="0pt" fo:padding-right="8pt" fo:padding-top="0pt" fo:padding-bottom="2pt" fo:border="none" %s' % ('fo:border-bottom="0.6pt solid #888888"' if el['line'] else ''))
                    ls = pstyle(dict(size=el['lsize'], align='L', sb=0, lead=1.2, color=el['lcolor'], font=el['font'], sp=0.4 if el['lcaps'] else 0))
                    vs = pstyle(dict(size=el['size'], b=el['vb'], align='L', sb=0, lead=1.25, font=el['font']))
                    r1 = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (lc, para(ls, a.upper() if el['lcaps'] else a)) for a, b in row)
                    r2 = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (vc, para(vs, b)) for a, b in row)
                    bodyx.append('<table:table table:style-name="%s">%s<table:table-row>%s</table:table-row><table:table-row>%s</table:table-row></table:table>' % (
                        tb, ''.join('<table:table-column table:style-name="%s"/>' % c for c in cn), r1, r2))
            elif k == 'table':
                ws = el['widths'] or [1.0 / len(el['header'])] * len(el['header'])
                al = el['align'] or ['L'] * len(ws)
                tb, cn = tablestyle(el['w'], el['sb'], ws)
                bd = 'fo:border="0.6pt solid #666666"' if el['grid'] else 'fo:border="none" fo:border-bottom="0.5pt solid #999999"'
                hc = cellstyle('fo:padding="3pt" %s %s' % (bd, 'fo:background-color="%s"' % el['hfill'] if el['hfill'] else ''))
                cc = cellstyle('fo:padding="3pt" %s' % bd)
                rows = []
                hs = [pstyle(dict(size=el['size'], b=True, align=a, sb=0, lead=1.2, color=el['hcolor'], font=el['font'])) for a in al]
                cs_ = [pstyle(dict(size=el['size'], align=a, sb=0, lead=1.2, font=el['font'])) for a in al]
                rows.append('<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>' % ''.join(
                    '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (hc, para(s_, c)) for c, s_ in zip(el['header'], hs)))
                for row in el['rows']:
                    rows.append('<table:table-row>%s</table:table-row>' % ''.join(
                        '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cc, para(s_, c)) for c, s_ in zip(row, cs_)))
                bodyx.append('<table:table table:style-name="%s">%s%s</table:table>' % (tb, ''.join('<table:table-column table:style-name="%s"/>' % c for c in cn), ''.join(rows)))
            elif k == 'sigs':
                nsg = len(el['sigs'])
                tb, cn = tablestyle(el['w'], el['sb'], [1.0 / nsg] * nsg)
                ec = cellstyle('fo:padding-left="18pt" fo:padding-right="18pt" fo:border="none"')
                lc = cellstyle('fo:padding-left="18pt" fo:padding-right="18pt" fo:border="none"')
                ns = pstyle(dict(size=el['size'], b=True, align='C', sb=0, lead=1.2, font=el['font']), ' fo:border-top="0.7pt solid #333333" fo:padding-top="2pt"')
                ts = pstyle(dict(size=el['size'] - 1, i=True, align='C', sb=0, lead=1.15, font=el['font']))
                r2 = ''.join('<table:table-cell table:style-name="%s" office:value-type="string">%s%s</table:table-cell>' % (lc, para(ns, a), para(ts, b)) for a, b in el['sigs'])
                bodyx.append('<table:table table:style-name="%s">%s<table:table-row>%s</table:table-row></table:table>' % (
                    tb, ''.join('<table:table-column table:style-name="%s"/>' % c for c in cn), r2))
    foot_xml = ''
    masters_extra = ''
    fxml = []
    for j, fe in enumerate(footers):
        fs = 'style:font-name="%s" fo:font-size="%.1fpt" fo:color="%s"' % (fname(fam), fe['size'], fe['color'])
        auto.append('<style:style style:name="Fo%d" style:family="paragraph"><style:paragraph-properties fo:text-align="%s"/><style:text-properties %s/></style:style>' % (
            j, {'C': 'center', 'L': 'start', 'R': 'end'}[fe['align']], fs))
        fxml.append('<style:footer>%s</style:footer>' % para('Fo%d' % j, fe['text']))
    if len(fxml) == 1:
        foot_xml = fxml[0]
    elif len(fxml) > 1:
        # first page uses master page "First", every later page "Standard"
        foot_xml = fxml[1]
        masters_extra = '<style:master-page style:name="First" style:page-layout-name="PL" style:next-style-name="Standard">%s</style:master-page>' % fxml[0]
        auto.append('<style:style style:name="PFirst" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="First"><style:paragraph-properties fo:margin-top="0pt" fo:line-height="100%"/><style:text-properties fo:font-size="1pt"/></style:style>')
        bodyx.insert(0, '<text:p text:style-name="PFirst"/>')
    fontset = sorted(set([fname(fam)] + [fname(f) for f in ('serif', 'sans', 'mono', 'djsans', 'djserif')] + list(fonts.values())))
    fdecl = ''.join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>' % (f, f) for f in fontset)
    mb = m * 0.6 if footers else m
    xml = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title></office:meta>
<office:font-face-decls>%s</office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="%s" fo:font-size="11pt" fo:color="%s"/></style:style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="%.1fpt" fo:page-height="%.1fpt" style:print-orientation="%s" fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:margin-left="%.1fpt" fo:margin-right="%.1fpt" %s/><style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="4pt"/></style:footer-style></style:page-layout>
%s
</office:automatic-styles>
<office:master-styles>%s<style:master-page style:name="Standard" style:page-layout-name="PL">%s</style:master-page></office:master-styles>
<office:body><office:text>%s</office:text></office:body></office:document>
''' % (x(meta_title(cert)), fdecl, fname(fam), doc.get('color', '#000000'), W, H, 'landscape' if W > H else 'portrait',
       m * 0.6 + doc.get('top', 0), mb, m * 0.6 + doc.get('left', 0), m * 0.6 + doc.get('right', 0), bprop, '\n'.join(auto), masters_extra, foot_xml, '\n'.join(bodyx))
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, cert['id'] + '.fodt')
    open(src, 'w', encoding='utf-8').write(xml)
    soffice_convert(src, BUILD)
    shutil.move(os.path.join(BUILD, cert['id'] + '.pdf'), out)


# ---------------------------------------------------------------- backend: python-docx -> LibreOffice

DOCX_FAM = {'serif': 'Times New Roman', 'sans': 'Arial', 'mono': 'Courier New', 'djsans': 'DejaVu Sans', 'djserif': 'DejaVu Serif'}

def build_docx(cert, out):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = cert['doc']
    W, H = page_size(doc)
    m = doc.get('margin', 54)
    fam = doc.get('font', 'serif')
    fonts = doc.get('docx_fonts', {})
    def fname(f):
        return fonts.get(f) or DOCX_FAM.get(f, f)
    pad = doc.get('pad', 20 if doc.get('border') else 0)
    d = Document()
    d.core_properties.title = meta_title(cert)
    d.core_properties.author = cert.get('meta_author', '')
    sec = d.sections[0]
    if W > H:
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Pt(W)
    sec.page_height = Pt(H)
    inner = m + pad
    sec.left_margin = Pt(inner + doc.get('left', 0))
    sec.right_margin = Pt(inner + doc.get('right', 0))
    sec.top_margin = Pt(inner + doc.get('top', 0))
    sec.bottom_margin = Pt(inner)
    sec.footer_distance = Pt(max(foot_base(doc) - 6, 12))
    cw = W - 2 * inner - doc.get('left', 0) - doc.get('right', 0)
    normal = d.styles['Normal']
    normal.font.name = fname(fam)
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    border = doc.get('border')
    bc = doc.get('bcolor', '#1f3a5f').lstrip('#')
    if border:
        val, sz = {'double': ('double', 18), 'single': ('single', 16), 'triple': ('triple', 12), 'frame': ('thickThinSmallGap', 36),
                   'corners': ('single', 8), 'wave': ('wave', 12), 'topbar': (None, 0), 'leftbar': (None, 0)}[border]
        if val:
            pb = OxmlElement('w:pgBorders')
            pb.set(qn('w:offsetFrom'), 'page')
            for side in ('top', 'left', 'bottom', 'right'):
                e = OxmlElement('w:' + side)
                e.set(qn('w:val'), val)
                e.set(qn('w:sz'), str(sz))
                e.set(qn('w:space'), str(int(m * 0.45)))
                e.set(qn('w:color'), bc)
                pb.append(e)
            sec._sectPr.append(pb)
    align_map = {'C': WD_ALIGN_PARAGRAPH.CENTER, 'L': WD_ALIGN_PARAGRAPH.LEFT, 'R': WD_ALIGN_PARAGRAPH.RIGHT, 'J': WD_ALIGN_PARAGRAPH.JUSTIFY}
    pending_break = [False]
    seen_break = [False]

    def style_run(r, size, b=False, i=False, color=None, sp=0, font=None):
        r.font.size = Pt(size)
        r.font.bold = bool(b)
        r.font.italic = bool(i)
        r.font.name = fname(font or fam)
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts')
            rpr.insert(0, rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
            rf.set(qn(a), fname(font or fam))
        if color:
            r.font.color.rgb = RGBColor.from_string(color.lstrip('#').upper())
        if sp:
            e = OxmlElement('w:spacing')
            e.set(qn('w:val'), str(int(sp * 20)))
            rpr.append(e)

    def add_par(container, text, size, b=False, i=False, align='L', sb=0, lead=1.2, color=None, sp=0, font=None, w=1.0):
        p = container.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = align_map[align]
        pf.space_before = Pt(max(sb, 0))
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(size * lead)
        if w < 1.0:
            ind = cw * (1 - w) / 2
            pf.left_indent = Pt(ind)
            pf.right_indent = Pt(ind)
        if pending_break[0] and container is d:
            pf.page_break_before = True
            pending_break[0] = False
        lines = text.split('\n')
        for j, ln in enumerate(lines):
            r = p.add_run(ln)
            style_run(r, size, b, i, color, sp, font)
            if j < len(lines) - 1:
                r.add_break()
        return p

    def cell_borders(cell, **kw):
        tcPr = cell._tc.get_or_add_tcPr()
        b = OxmlElement('w:tcBorders')
        for side, v in kw.items():
            e = OxmlElement('w:' + side)
            if v:
                e.set(qn('w:val'), 'single')
                e.set(qn('w:sz'), str(v[0]))
                e.set(qn('w:color'), v[1])
            else:
                e.set(qn('w:val'), 'nil')
            b.append(e)
        tcPr.append(b)

    def cell_shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear')
        s.set(qn('w:color'), 'auto')
        s.set(qn('w:fill'), fill.lstrip('#'))
        tcPr.append(s)

    def set_cell(cell, text, size, b=False, i=False, align='L', color=None, font=None, sp=0, lead=1.2):
        cell.paragraphs[0].text = ''
        p = cell.paragraphs[0]
        p.paragraph_format.alignment = align_map[align]
        p.paragraph_format.line_spacing = Pt(size * lead)
        lines = text.split('\n')
        for j, ln in enumerate(lines):
            r = p.add_run(ln)
            style_run(r, size, b, i, color, sp, font)
            if j < len(lines) - 1:
                r.add_break()
        return p

    def new_table(nrows, ncols, widths, wfrac, sb):
        if sb > 0:
            add_par(d, '', 1, sb=max(sb - 1.5, 0), lead=1.0)
        t = d.add_table(rows=nrows, cols=ncols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        tot = cw * wfrac
        for j, q in enumerate(widths):
            t.columns[j].width = Pt(tot * q)
            for row in t.rows:
                row.cells[j].width = Pt(tot * q)
        tblPr = t._tbl.tblPr
        tw_ = OxmlElement('w:tblW')
        tw_.set(qn('w:w'), str(int(tot * 20)))
        tw_.set(qn('w:type'), 'dxa')
        for old in tblPr.findall(qn('w:tblW')):
            tblPr.remove(old)
        tblPr.append(tw_)
        return t

    def nil_all(cell):
        cell_borders(cell, top=None, left=None, bottom=None, right=None)

    def page_break_if_pending():
        if pending_break[0]:
            p = d.add_paragraph()
            p.paragraph_format.page_break_before = True
            pending_break[0] = False

    for el in doc['els']:
        k = el['k']
        if k == 'break':
            pending_break[0] = True
            seen_break[0] = True
        elif k == 'foot':
            nbreaks = sum(1 for e in doc['els'] if e['k'] == 'break')
            if nbreaks and not seen_break[0]:
                sec.different_first_page_header_footer = True
                fp = sec.first_page_footer.paragraphs[0]
            else:
                fp = sec.footer.paragraphs[0]
            fp.paragraph_format.alignment = align_map[el['align']]
            r = fp.add_run(el['text'])
            style_run(r, el['size'], color=el['color'])
        elif k == 'sp':
            add_par(d, '', 1, sb=max(el['h'] - 1.2, 0), lead=1.0)
        elif k == 't':
            add_par(d, el['text'], el['size'], el['b'], el['i'], el['align'], el['sb'], el['lead'], el['color'], el['sp'], el['font'], el['w'])
        elif k == 'band':
            p = add_par(d, el['text'], el['size'], el['b'], False, 'C', el['sb'], 1.2, el['color'], el['sp'], el['font'])
            pPr = p._p.get_or_add_pPr()
            s = OxmlElement('w:shd')
            s.set(qn('w:val'), 'clear')
            s.set(qn('w:color'), 'auto')
            s.set(qn('w:fill'), el['fill'].lstrip('#'))
            pPr.append(s)
        elif k == 'rule':
            p = add_par(d, '', 2, sb=el['sb'], lead=1.0, w=el['w'])
            pPr = p._p.get_or_add_pPr()
            pb = OxmlElement('w:pBdr')
            e = OxmlElement('w:bottom')
            e.set(qn('w:val'), 'single')
            e.set(qn('w:sz'), str(int(el['lw'] * 8)))
            e.set(qn('w:color'), (el['color'] or '#000000').lstrip('#'))
            pb.append(e)
            pPr.append(pb)
        elif k == 'kv':
            page_break_if_pending()
            t = new_table(len(el['rows']), 2, [el['lw'], 1 - el['lw']], el['w'], el['sb'])
            for r_i, (a, b) in enumerate(el['rows']):
                c0, c1 = t.rows[r_i].cells
                set_cell(c0, a, el['size'], b=el['lb'], color=el['lcolor'], font=el['font'], lead=el['lead'])
                set_cell(c1, b, el['size'], b=el['vb'], font=el['font'], lead=el['lead'])
                for c in (c0, c1):
                    if el['grid']:
                        cell_borders(c, top=(4, '777777'), left=(4, '777777'), bottom=(4, '777777'), right=(4, '777777'))
                    else:
                        nil_all(c)
        elif k == 'cols':
            page_break_if_pending()
            for r_i, row in enumerate(el['rows']):
                ws = el['widths'] or [1.0 / len(row)] * len(row)
                t = new_table(2, len(row), ws, el['w'], el['sb'] if r_i == 0 else 8)
                for j, (a, b) in enumerate(row):
                    lc = t.rows[0].cells[j]
                    vc = t.rows[1].cells[j]
                    set_cell(lc, a.upper() if el['lcaps'] else a, el['lsize'], color=el['lcolor'], font=el['font'], sp=0.4 if el['lcaps'] else 0)
                    set_cell(vc, b, el['size'], b=el['vb'], font=el['font'])
                    nil_all(lc)
                    if el['line']:
                        cell_borders(vc, top=None, left=None, right=None, bottom=(4, '888888'))
                    else:
                        nil_all(vc)
        elif k == 'table':
            page_break_if_pending()
            ws = el['widths'] or [1.0 / len(el['header'])] * len(el['header'])
            al = el['align'] or ['L'] * len(ws)
            t = new_table(len(el['rows']) + 1, len(ws), ws, el['w'], el['sb'])
            for r_i, row in enumerate([el['header']] + el['rows']):
                for j, c in enumerate(row):
                    cell = t.rows[r_i].cells[j]
                    set_cell(cell, c, el['size'], b=(r_i == 0), align=al[j], color=el['hcolor'] if r_i == 0 else None, font=el['font'])
                    if el['grid']:
                        cell_borders(cell, top=(4, '666666'), left=(4, '666666'), bottom=(4, '666666'), right=(4, '666666'))
                    else:
                        cell_borders(cell, top=None, left=None, right=None, bottom=(6 if r_i == 0 else 3, '555555' if r_i == 0 else '999999'))
                    if r_i == 0 and el['hfill']:
                        cell_shade(cell, el['hfill'])
        elif k == 'sigs':
            page_break_if_pending()
            nsg = len(el['sigs'])
            t = new_table(1, nsg, [1.0 / nsg] * nsg, el['w'], el['sb'])
            for j, (a, b) in enumerate(el['sigs']):
                cell = t.rows[0].cells[j]
                nil_all(cell)
                p = set_cell(cell, a, el['size'], b=True, align='C', font=el['font'])
                pPr = p._p.get_or_add_pPr()
                pb = OxmlElement('w:pBdr')
                e = OxmlElement('w:top')
                e.set(qn('w:val'), 'single')
                e.set(qn('w:sz'), '6')
                e.set(qn('w:color'), '333333')
                e.set(qn('w:space'), '1')
                pb.append(e)
                pPr.append(pb)
                ind = 18
                p.paragraph_format.left_indent = Pt(ind)
                p.paragraph_format.right_indent = Pt(ind)
                q = cell.add_paragraph()
                q.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for jj, ln in enumerate(b.split('\n')):
                    r = q.add_run(ln)
                    style_run(r, el['size'] - 1, i=True, font=el['font'])
                    if jj < len(b.split('\n')) - 1:
                        r.add_break()
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, cert['id'] + '.docx')
    d.save(src)
    soffice_convert(src, BUILD)
    shutil.move(os.path.join(BUILD, cert['id'] + '.pdf'), out)


# ---------------------------------------------------------------- backend: ReportLab Platypus

def build_platypus(cert, out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
    doc = cert['doc']
    W, H = page_size(doc)
    m = doc.get('margin', 54)
    fam = doc.get('font', 'serif')
    pad = doc.get('pad', 20 if doc.get('border') in ('single', 'double', 'triple', 'frame', 'corners', 'wave') else 0)
    inner = m + pad
    cw = W - 2 * inner - doc.get('left', 0) - doc.get('right', 0)
    AL = {'C': TA_CENTER, 'L': TA_LEFT, 'R': TA_RIGHT, 'J': TA_JUSTIFY}
    pages_foot = [[]]
    for el in doc['els']:
        if el['k'] == 'break':
            pages_foot.append([])
        elif el['k'] == 'foot':
            pages_foot[-1].append(el)
    sn = [0]
    def pst(size, b=False, i=False, align='L', lead=1.2, color=None, font=None, sb=0, w=1.0):
        sn[0] += 1
        ind = cw * (1 - w) / 2
        return ParagraphStyle('s%d' % sn[0], fontName=fontname(font or fam, b, i), fontSize=size, leading=size * lead,
                              alignment=AL[align], textColor=HexColor(color or doc.get('color', '#000000')), spaceBefore=sb,
                              leftIndent=ind, rightIndent=ind)
    def P(text, style):
        t = re.sub(r' {2,}', lambda mo: ' ' + '\u00a0' * (len(mo.group(0)) - 1), html.escape(text))
        return Paragraph(t.replace('\n', '<br/>'), style)
    story = []
    for el in doc['els']:
        k = el['k']
        if k == 'foot':
            continue
        if k == 'break':
            story.append(PageBreak())
        elif k == 'sp':
            story.append(Spacer(1, el['h']))
        elif k == 't':
            txt = spaced(el['text'], ' \u00a0\u00a0 ') if el['sp'] else el['text']
            story.append(Spacer(1, el['sb']))
            story.append(P(txt, pst(el['size'], el['b'], el['i'], el['align'], el['lead'], el['color'], el['font'], 0, el['w'])))
        elif k == 'band':
            story.append(Spacer(1, el['sb']))
            t = Table([[P(spaced(el['text'], ' \u00a0\u00a0 ') if el['sp'] else el['text'], pst(el['size'], el['b'], False, 'C', 1.2, el['color'], el['font']))]], colWidths=[cw])
            t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), HexColor(el['fill'])), ('TOPPADDING', (0, 0), (-1, -1), el['pad']), ('BOTTOMPADDING', (0, 0), (-1, -1), el['pad'])]))
            story.append(t)
        elif k == 'rule':
            story.append(Spacer(1, el['sb']))
            t = Table([['']], colWidths=[cw * el['w']], rowHeights=[1])
            t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), el['lw'], HexColor(el['color'] or '#000000'))]))
            story.append(t)
        elif k == 'kv':
            story.append(Spacer(1, el['sb']))
            ls = pst(el['size'], el['lb'], False, 'L', el['lead'], el['lcolor'], el['font'])
            vs = pst(el['size'], el['vb'], False, 'L', el['lead'], None, el['font'])
            data = [[P(a, ls), P(b, vs)] for a, b in el['rows']]
            bw = cw * el['w']
            t = Table(data, colWidths=[bw * el['lw'], bw * (1 - el['lw'])])
            st = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), el['pad']), ('BOTTOMPADDING', (0, 0), (-1, -1), el['pad']), ('LEFTPADDING', (0, 0), (0, -1), 4 if el['grid'] else 0)]
            if el['grid']:
                st.append(('GRID', (0, 0), (-1, -1), 0.6, HexColor('#777777')))
            t.setStyle(TableStyle(st))
            story.append(t)
        elif k == 'cols':
            for r_i, row in enumerate(el['rows']):
                story.append(Spacer(1, el['sb'] if r_i == 0 else 8))
                ws = el['widths'] or [1.0 / len(row)] * len(row)
                bw = cw * el['w']
                ls = pst(el['lsize'], False, False, 'L', 1.2, el['lcolor'], el['font'])
                vs = pst(el['size'], el['vb'], False, 'L', 1.25, None, el['font'])
                data = [[P(a.upper() if el['lcaps'] else a, ls) for a, b in row], [P(b, vs) for a, b in row]]
                t = Table(data, colWidths=[bw * q for q in ws])
                st = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 10), ('TOPPADDING', (0, 0), (-1, -1), 1), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
                if el['line']:
                    for j in range(len(row)):
                        st.append(('LINEBELOW', (j, 1), (j, 1), 0.6, HexColor('#888888')))
                t.setStyle(TableStyle(st))
                story.append(t)
        elif k == 'table':
            story.append(Spacer(1, el['sb']))
            ws = el['widths'] or [1.0 / len(el['header'])] * len(el['header'])
            al = el['align'] or ['L'] * len(ws)
            bw = cw * el['w']
            hs = [pst(el['size'], True, False, a, 1.2, el['hcolor'], el['font']) for a in al]
            cs = [pst(el['size'], False, False, a, 1.2, None, el['font']) for a in al]
            data = [[P(c, s) for c, s in zip(el['header'], hs)]] + [[P(c, s) for c, s in zip(row, cs)] for row in el['rows']]
            t = Table(data, colWidths=[bw * q for q in ws])
            st = [('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if el['hfill']:
                st.append(('BACKGROUND', (0, 0), (-1, 0), HexColor(el['hfill'])))
            if el['grid']:
                st.append(('GRID', (0, 0), (-1, -1), 0.6, HexColor('#666666')))
            else:
                st.append(('LINEBELOW', (0, 0), (-1, 0), 0.8, HexColor('#444444')))
                st.append(('LINEBELOW', (0, 1), (-1, -1), 0.4, HexColor('#999999')))
            t.setStyle(TableStyle(st))
            story.append(t)
        elif k == 'sigs':
            story.append(Spacer(1, el['sb']))
            nsg = len(el['sigs'])
            ns = pst(el['size'], True, False, 'C', 1.2, None, el['font'])
            ts = pst(el['size'] - 1, False, True, 'C', 1.15, None, el['font'])
            data = [[[P(a, ns), P(b, ts)] for a, b in el['sigs']]]
            t = Table(data, colWidths=[cw * el['w'] / nsg] * nsg)
            st = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 24), ('RIGHTPADDING', (0, 0), (-1, -1), 24)]
            for j in range(nsg):
                st.append(('LINEABOVE', (j, 0), (j, 0), 0.7, HexColor('#333333')))
            t.setStyle(TableStyle(st))
            story.append(t)
    page_no = [0]
    def on_page(c, dd):
        ops = decor_ops(doc)
        fl = pages_foot[page_no[0]] if page_no[0] < len(pages_foot) else []
        for fe in fl:
            fn = fontname(fam, False, False)
            lines = wrap(fe['text'], fn, fe['size'], W - 2 * m)
            yy = foot_base(doc) + (len(lines) - 1) * fe['size'] * 1.2
            for ln in lines:
                wdt = tw(ln, fn, fe['size'])
                xx = (W - wdt) / 2 if fe['align'] == 'C' else (m if fe['align'] == 'L' else W - m - wdt)
                ops.append(('text', xx, yy, fn, fe['size'], fe['color'], ln, 0))
                yy -= fe['size'] * 1.2
        c.saveState()
        draw_ops_canvas(c, ops)
        c.restoreState()
        page_no[0] += 1
    sd = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=inner + doc.get('left', 0), rightMargin=inner + doc.get('right', 0),
                           topMargin=inner + doc.get('top', 0), bottomMargin=inner + doc.get('bottom', 0),
                           title=meta_title(cert), author=cert.get('meta_author', ''), creator=cert.get('meta_creator', 'ReportLab Platypus'))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


BUILDERS = {
    'chromium-html': build_html,
    'libreoffice-fodt': build_fodt,
    'libreoffice-docx': build_docx,
    'fpdf': lambda c, o: build_php(c, o, 'fpdf'),
    'tcpdf': lambda c, o: build_php(c, o, 'tcpdf'),
    'reportlab-canvas': build_rl_canvas,
    'reportlab-platypus': build_platypus,
    'acroform-qpdf': build_acroform,
    'ghostscript-ps': build_ps,
}


def pdf_pages(path):
    r = run(['pdfinfo', path])
    mo = re.search(r'Pages:\s+(\d+)', r.stdout.decode())
    return int(mo.group(1))


def build(cert, outdir):
    out = os.path.join(outdir, cert['id'] + '.pdf')
    if os.path.exists(out):
        os.remove(out)
    BUILDERS[cert['producer']](cert, out)
    want = 1 + sum(1 for el in cert['doc']['els'] if el['k'] == 'break')
    got = pdf_pages(out)
    if got != want:
        raise RuntimeError('%s: expected %d page(s), producer made %d' % (cert['id'], want, got))
    return out
