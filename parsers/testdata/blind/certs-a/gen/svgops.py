"""Turn engine drawing ops (logos, signatures) into SVG / VML / ODF path data."""
from engine import Layout, LOGO


def logo_ops(bl, fontset='core'):
    L = Layout({'size': 'letter'}, fontset)
    L.ops = []
    L._logo(bl, 0, 0, bl['size'], tuple(int(bl['color'][i:i + 2], 16) for i in (0, 2, 4)))
    return L.ops


def sig_ops(w, h, seed):
    L = Layout({'size': 'letter'}, 'core')
    return L.squiggle(8, 2, w - 16, h - 6, seed)


def d_of(segs):
    out = []
    for s in segs:
        if s[0] == 'Z':
            out.append('Z')
        else:
            out.append(s[0] + ' ' + ' '.join('%.2f' % v for v in s[1:]))
    return ' '.join(out)


def svg_of_ops(ops, w, h, fontfam='Liberation Sans'):
    fill = (0, 0, 0)
    stroke = (0, 0, 0)
    lw = 1
    font = None
    parts = []
    col = lambda c: '#%02x%02x%02x' % c
    for op in ops:
        k = op[0]
        if k == 'fill':
            fill = op[1:4]
        elif k == 'stroke':
            stroke = op[1:4]
        elif k == 'lw':
            lw = op[1]
        elif k == 'font':
            font = op
        elif k == 'path':
            m = op[2]
            parts.append('<path d="%s" fill="%s" stroke="%s" stroke-width="%.2f"/>' % (
                d_of(op[1]), col(fill) if m in ('F', 'B') else 'none', col(stroke) if m in ('S', 'B') else 'none', lw))
        elif k == 'rect':
            m = op[5]
            parts.append('<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s" stroke="%s" stroke-width="%.2f"/>' % (
                op[1], op[2], op[3], op[4], col(fill) if m in ('F', 'B') else 'none', col(stroke) if m in ('S', 'B') else 'none', lw))
        elif k == 'text':
            parts.append('<text x="%.2f" y="%.2f" font-family="%s" font-weight="bold" font-size="%.2f" fill="%s">%s</text>' % (
                op[1], op[2], fontfam, font[3], col(fill), op[3]))
    return '<svg xmlns="http://www.w3.org/2000/svg" width="%.1fpt" height="%.1fpt" viewBox="0 0 %.2f %.2f">%s</svg>' % (
        w, h, w, h, ''.join(parts))
