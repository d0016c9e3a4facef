"""Shared certificate description (blocks) and a positioned layout used by the
ReportLab-canvas, AcroForm and PostScript engines.

A certificate spec is a dict:
  page:   {orient: 'portrait'|'landscape', family: 'serif'|'sans', margin: pt,
           border: None|'single'|'double'|'ornate'|'thin', bcolor: '#hex',
           seal: None|{'text': str, 'pos': 'bl'|'br'|'tr'|'tl'|'bc', 'color': '#hex'},
           valign: 'top'|'center', top: pt (extra space before first block), align}
  blocks: list of dicts produced by the helpers below.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

LETTER = (612.0, 792.0)


def P(text, size=12, b=False, i=False, al=None, sb=6, ls=0, color=None, ff=None,
      w=None, field=False, lh=1.25):
    return dict(t='p', text=text, size=size, b=b, i=i, al=al, sb=sb, ls=ls,
                color=color, ff=ff, w=w, field=field, lh=lh)


def KV(rows, lw=150, size=11, lsize=None, lb=True, vb=False, sb=8, w=None,
       gap=4, fields=False, lcolor=None, ff=None):
    return dict(t='kv', rows=rows, lw=lw, size=size, lsize=lsize or size, lb=lb,
                vb=vb, sb=sb, w=w, gap=gap, fields=fields, lcolor=lcolor, ff=ff)


def COLS(cols, size=12, lsize=8.5, sb=10, w=None, al='left', rule=True,
         vb=True, fields=False, lcolor='#555555', ff=None, widths=None):
    return dict(t='cols', cols=cols, size=size, lsize=lsize, sb=sb, w=w, al=al,
                rule=rule, vb=vb, fields=fields, lcolor=lcolor, ff=ff, widths=widths)


def TABLE(header, rows, widths=None, size=10, sb=10, w=None, hfill='#e6e6e6',
          ff=None, al='left'):
    return dict(t='table', header=header, rows=rows, widths=widths, size=size,
                sb=sb, w=w, hfill=hfill, ff=ff, al=al)


def SIGS(sigs, size=10, sb=28, w=None, script=True, ff=None):
    """sigs: list of (name, title) ; title may contain '\n'."""
    return dict(t='sigs', sigs=sigs, size=size, sb=sb, w=w, script=script, ff=ff)


def RULE(w=0.6, sb=8, color='#888888', width=0.8):
    return dict(t='rule', w=w, sb=sb, color=color, width=width)


def SP(h):
    return dict(t='space', h=h)


def BREAK():
    return dict(t='pagebreak')


FONTS = {
    'serif': ('Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic'),
    'sans': ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'),
}


def font_for(family, b=False, i=False):
    f = FONTS[family]
    return f[(1 if b else 0) + (2 if i else 0)]


def page_size(spec):
    w, h = LETTER
    if spec['page'].get('orient') == 'landscape':
        return h, w
    return w, h


def spaced(text):
    """Literal letter spacing fallback: 'SARAH KIM' -> 'S A R A H   K I M'."""
    return '   '.join(' '.join(list(word)) for word in text.split(' '))


def hex2rgb(h):
    h = (h or '#000000').lstrip('#')
    return tuple(int(h[k:k + 2], 16) / 255.0 for k in (0, 2, 4))


def _w(text, font, size, ls=0):
    return stringWidth(text, font, size) + ls * max(len(text) - 1, 0)


def _wrap(text, font, size, width, ls=0):
    if ls:
        words = text.split(' ')
        lines, cur = [], ''
        for wd in words:
            t = (cur + ' ' + wd) if cur else wd
            if _w(t, font, size, ls) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
        return lines
    out = []
    for part in text.split('\n'):
        out.extend(simpleSplit(part, font, size, width) or [''])
    return out


def decorations(spec, W, H):
    """Border and seal ops for a page."""
    pg = spec['page']
    ops = []
    col = pg.get('bcolor', '#333333')
    b = pg.get('border')
    if b == 'single':
        ops.append(('rect', 24, 24, W - 48, H - 48, 3, col, None))
    elif b == 'thin':
        ops.append(('rect', 30, 30, W - 60, H - 60, 1, col, None))
    elif b == 'double':
        ops.append(('rect', 20, 20, W - 40, H - 40, 4, col, None))
        ops.append(('rect', 30, 30, W - 60, H - 60, 1, col, None))
    elif b == 'ornate':
        ops.append(('rect', 18, 18, W - 36, H - 36, 6, col, None))
        ops.append(('rect', 30, 30, W - 60, H - 60, 1.5, col, None))
        for (x, y) in ((18, 18), (W - 42, 18), (18, H - 42), (W - 42, H - 42)):
            ops.append(('rect', x, y, 24, 24, 1, col, col))
    seal = pg.get('seal')
    if seal:
        pos = seal.get('pos', 'br')
        r = seal.get('r', 42)
        cx = {'bl': 95, 'br': W - 95, 'tl': 95, 'tr': W - 95, 'bc': W / 2}[pos]
        cy = {'bl': 95, 'br': 95, 'tl': H - 95, 'tr': H - 95, 'bc': 95}[pos]
        c = seal.get('color', '#b08d2e')
        ops.append(('circle', cx, cy, r, 1, c, c))
        ops.append(('circle', cx, cy, r - 5, 1.2, '#ffffff', None))
        ops.append(('circle', cx, cy, r - 9, 0.6, '#ffffff', None))
        lines = seal['text'].split('\n')
        n = len(lines)
        for k, ln in enumerate(lines):
            s = 7.5 if len(ln) > 8 else 9
            y = cy + (n - 1) * 5 - k * 10 - 3
            w = stringWidth(ln, 'Helvetica-Bold', s)
            ops.append(('text', cx - w / 2, y, 'Helvetica-Bold', s, ln, '#ffffff', 0))
    return ops


def layout(spec):
    """Return a list of pages; each page is a list of drawing ops."""
    pg = spec['page']
    W, H = page_size(spec)
    fam = pg.get('family', 'serif')
    m = pg.get('margin', 72)
    L, R = m, W - m
    CW = R - L
    page_align = pg.get('align', 'center')

    # split blocks into pages
    pages_blocks = [[]]
    for b in spec['blocks']:
        if b['t'] == 'pagebreak':
            pages_blocks.append([])
        else:
            pages_blocks[-1].append(b)

    fieldno = [0]

    def fname(base):
        fieldno[0] += 1
        return '%s_%d' % (base, fieldno[0])

    def render(blocks, y0):
        ops = []
        y = y0
        for b in blocks:
            t = b['t']
            ff = b.get('ff') or fam
            bw = (b.get('w') or 1.0) * CW if (b.get('w') or 1.0) <= 1.0 else b['w']
            bl = L + (CW - bw) / 2
            if t == 'space':
                y -= b['h']
                continue
            if t == 'rule':
                y -= b['sb']
                rw = b['w'] * CW
                ops.append(('line', L + (CW - rw) / 2, y, L + (CW + rw) / 2, y, b['width'], b['color']))
                continue
            if t == 'p':
                font = font_for(ff, b['b'], b['i'])
                size = b['size']
                al = b['al'] or page_align
                lines = _wrap(b['text'], font, size, bw, b['ls'])
                y -= b['sb']
                for li, ln in enumerate(lines):
                    y -= size * b['lh'] if li else size
                    tw = _w(ln, font, size, b['ls'])
                    x = bl if al == 'left' else (bl + bw - tw if al == 'right' else bl + (bw - tw) / 2)
                    if b['field']:
                        ops.append(('field', fname('f'), x - 2, y - size * 0.3, tw + 6, size * 1.35,
                                    font, size, ln, 'left', b['color'] or '#000000'))
                    else:
                        ops.append(('text', x, y, font, size, ln, b['color'] or '#000000', b['ls']))
                y -= size * (b['lh'] - 1.0)
                continue
            if t == 'kv':
                y -= b['sb']
                lf = font_for(ff, b['lb'])
                vf = font_for(ff, b['vb'])
                for (lab, val) in b['rows']:
                    vlines = _wrap(val, vf, b['size'], bw - b['lw'])
                    y -= b['size']
                    ops.append(('text', bl, y, lf, b['lsize'], lab, b['lcolor'] or '#000000', 0))
                    for k, vl in enumerate(vlines):
                        if k:
                            y -= b['size'] * 1.25
                        if b['fields']:
                            ops.append(('field', fname('v'), bl + b['lw'], y - b['size'] * 0.3,
                                        bw - b['lw'], b['size'] * 1.35, vf, b['size'], vl, 'left', '#000000'))
                        else:
                            ops.append(('text', bl + b['lw'], y, vf, b['size'], vl, '#000000', 0))
                    y -= b['size'] * 0.25 + b['gap']
                continue
            if t == 'cols':
                y -= b['sb']
                n = len(b['cols'])
                widths = b['widths'] or [1.0 / n] * n
                lf = font_for(ff, False)
                vf = font_for(ff, b['vb'])
                # label row
                y -= b['lsize']
                x = bl
                colx = []
                for k, (lab, val) in enumerate(b['cols']):
                    cw = widths[k] * bw
                    colx.append((x, cw))
                    tw = stringWidth(lab, lf, b['lsize'])
                    lx = x + 6 if b['al'] == 'left' else x + (cw - tw) / 2
                    ops.append(('text', lx, y, lf, b['lsize'], lab, b['lcolor'], 0))
                    x += cw
                # value row (values may wrap)
                maxl = 1
                vy = y - 6
                for k, (lab, val) in enumerate(b['cols']):
                    x, cw = colx[k]
                    vlines = _wrap(val, vf, b['size'], cw - 12)
                    maxl = max(maxl, len(vlines))
                    yy = vy
                    for j, vl in enumerate(vlines):
                        yy -= b['size'] if j == 0 else b['size'] * 1.2
                        tw = stringWidth(vl, vf, b['size'])
                        vx = x + 6 if b['al'] == 'left' else x + (cw - tw) / 2
                        if b['fields']:
                            ops.append(('field', fname('c'), vx - 2, yy - b['size'] * 0.3, tw + 6,
                                        b['size'] * 1.35, vf, b['size'], vl, 'left', '#000000'))
                        else:
                            ops.append(('text', vx, yy, vf, b['size'], vl, '#000000', 0))
                y = vy - b['size'] - (maxl - 1) * b['size'] * 1.2 - 5
                if b['rule']:
                    for (x, cw) in colx:
                        ops.append(('line', x + 4, y, x + cw - 4, y, 0.6, '#777777'))
                continue
            if t == 'table':
                y -= b['sb']
                ncol = len(b['header'])
                widths = b['widths'] or [1.0 / ncol] * ncol
                size = b['size']
                hf = font_for(ff, True)
                cf = font_for(ff, False)
                allrows = [(b['header'], hf, True)] + [(r, cf, False) for r in b['rows']]
                for (row, f, is_h) in allrows:
                    cells = []
                    for k, cell in enumerate(row):
                        cells.append(_wrap(cell, f, size, widths[k] * bw - 8))
                    nl = max(len(c) for c in cells)
                    rh = nl * size * 1.2 + 8
                    if is_h and b['hfill']:
                        ops.append(('rect', bl, y - rh, bw, rh, 0, None, b['hfill']))
                    x = bl
                    for k, cl in enumerate(cells):
                        cw = widths[k] * bw
                        yy = y - 4
                        for ln in cl:
                            yy -= size
                            tw = stringWidth(ln, f, size)
                            tx = x + 4 if b['al'] == 'left' else x + (cw - tw) / 2
                            ops.append(('text', tx, yy, f, size, ln, '#000000', 0))
                            yy -= size * 0.2
                        ops.append(('rect', x, y - rh, cw, rh, 0.6, '#555555', None))
                        x += cw
                    y -= rh
                continue
            if t == 'sigs':
                y -= b['sb']
                n = len(b['sigs'])
                slot = bw / n
                lw = min(180, slot - 30)
                size = b['size']
                base = y - 22
                maxy = base
                for k, sig in enumerate(b['sigs']):
                    name, title = sig[0], sig[1]
                    cx = bl + slot * k + slot / 2
                    if b['script']:
                        sf = 'Times-Italic'
                        ss = 17
                        sname = name.split(',')[0]
                        tw = stringWidth(sname, sf, ss)
                        ops.append(('text', cx - tw / 2, base + 5, sf, ss, sname, '#1c2f6b', 0))
                    ops.append(('line', cx - lw / 2, base, cx + lw / 2, base, 0.7, '#000000'))
                    yy = base - size - 3
                    nf = font_for(ff, True)
                    tw = stringWidth(name, nf, size)
                    ops.append(('text', cx - tw / 2, yy, nf, size, name, '#000000', 0))
                    for tl in title.split('\n'):
                        yy -= size * 1.2
                        tf = font_for(ff, False)
                        tw = stringWidth(tl, tf, size - 0.5)
                        ops.append(('text', cx - tw / 2, yy, tf, size - 0.5, tl, '#000000', 0))
                    maxy = min(maxy, yy)
                y = maxy - 4
                continue
            raise ValueError(t)
        return ops, y

    top = H - m - pg.get('top', 0)
    pages = []
    for blocks in pages_blocks:
        ops, yend = render(blocks, top)
        if pg.get('valign') == 'center':
            used = top - yend
            avail = top - m
            shift = max(0, (avail - used) / 2)
            ops, yend = render(blocks, top - shift)
        if yend < 30:
            raise RuntimeError('%s: content overflows page (y=%.0f)' % (spec['id'], yend))
        pages.append(decorations(spec, W, H) + ops)
    return pages
