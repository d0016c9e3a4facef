"""Blocks -> HTML page for Chromium headless printing."""
import html, re
from engine import PAGE_SIZES, parse_rich
from svgops import logo_ops, sig_ops, svg_of_ops, d_of

FONTS = {
    'serif': "'Liberation Serif', 'Times New Roman', serif",
    'sans': "'Liberation Sans', Arial, sans-serif",
    'script': "'Z003', 'URW Chancery L', cursive",
}
ALT = {'dejavu': {'serif': "'DejaVu Serif', serif", 'sans': "'DejaVu Sans', sans-serif"},
       'urw': {'serif': "'C059', 'Century Schoolbook', serif", 'sans': "'URW Gothic', 'Century Gothic', sans-serif"},
       'p052': {'serif': "'P052', Palatino, serif", 'sans': "'Nimbus Sans', Helvetica, sans-serif"}}


def rich(s, b=False, i=False):
    out = []
    for t, bb, ii in parse_rich(s, b, i):
        t = html.escape(t).replace('\n', '<br>')
        if bb:
            t = '<b>%s</b>' % t
        if ii:
            t = '<i>%s</i>' % t
        out.append(t)
    return ''.join(out)


def render(page, blocks, title='Certificate'):
    fonts = dict(FONTS)
    if page.get('hfonts'):
        fonts.update(ALT[page['hfonts']])
    W, H = PAGE_SIZES[page.get('size', 'letter')]
    if page.get('orient', 'P') == 'L':
        W, H = H, W
    m = page.get('margin', 60)
    mx, mt, mb = page.get('mx', m), page.get('mt', m), page.get('mb', m)
    acc = '#' + page.get('accent', '1f3a68')
    css = """
@page { size: %.2fpt %.2fpt; margin: 0 }
html, body { margin: 0; padding: 0 }
.page { position: relative; width: %.2fpt; height: %.2fpt; box-sizing: border-box; padding: %.2fpt %.2fpt %.2fpt %.2fpt;
        overflow: hidden; page-break-after: always; display: flex; flex-direction: column; justify-content: %s }
.page:last-child { page-break-after: auto }
.b1 { position: absolute; left: 20pt; top: 20pt; right: 20pt; bottom: 20pt; border: %s }
.b2 { position: absolute; left: 28pt; top: 28pt; right: 28pt; bottom: 28pt; border: 0.75pt solid %s }
.band { position: absolute; left: 0; right: 0; height: 26pt; background: %s }
p { margin: 0 }
.cols { display: flex }
.cols > div { box-sizing: border-box; padding-right: 14pt }
table { border-collapse: collapse }
.kv td { vertical-align: top; padding: 0 0 4pt 0 }
.rt td { border: 0.6pt solid #505050; padding: 5pt; vertical-align: top }
.sig { display: flex }
.sig > div { flex: 1; text-align: center }
""" % (W, H, W, H, mt, mx, mb, mx, 'center' if page.get('valign') == 'center' else 'flex-start',
       ('3pt solid ' + acc) if page.get('border') == 'thick' else ('2pt solid ' + acc), acc, acc)
    body = []
    bd = page.get('border', 'none')

    def open_page():
        body.append('<div class="page"><div class="inner">')
        if bd in ('double', 'single', 'thick'):
            body.append('<div class="b1"></div>')
            if bd == 'double':
                body.append('<div class="b2"></div>')
        elif bd == 'band':
            body.append('<div class="band" style="top:0"></div><div class="band" style="bottom:0"></div>')
        elif bd == 'corners':
            body.append('<svg style="position:absolute;left:0;top:0" width="%.1fpt" height="%.1fpt" viewBox="0 0 %.1f %.1f">' % (W, H, W, H))
            for (cx, cy, dx, dy) in [(24, 24, 1, 1), (W - 24, 24, -1, 1), (24, H - 24, 1, -1), (W - 24, H - 24, -1, -1)]:
                body.append('<path d="M %.1f %.1f L %.1f %.1f M %.1f %.1f L %.1f %.1f" stroke="%s" stroke-width="2.5" fill="none"/>' % (
                    cx + dx * 60, cy, cx, cy, cx, cy, cx, cy + dy * 60, acc))
            body.append('</svg>')

    open_page()
    for bl in blocks:
        t = bl['t']
        if t == 'page':
            body.append('</div></div>')
            open_page()
        elif t == 'space':
            body.append('<div style="height:%.1fpt"></div>' % bl['h'])
        elif t == 'rule':
            body.append('<div style="margin:%.1fpt auto %.1fpt auto;width:%d%%;border-top:%.2fpt solid #%s"></div>' % (
                bl['before'], bl['after'], int(bl['frac'] * 100), bl['lw'], bl['color']))
        elif t == 'text':
            st = 'font-family:%s;font-size:%.1fpt;text-align:%s;color:#%s;margin:%.1fpt auto %.1fpt auto;line-height:%.2f;' % (
                fonts[bl['font']], bl['size'], {'C': 'center', 'L': 'left', 'R': 'right', 'J': 'justify'}[bl['align']],
                bl['color'], bl['before'], bl['after'], bl['lh'])
            if bl['sp']:
                st += 'letter-spacing:%.1fpt;' % bl['sp']
            if bl['b']:
                st += 'font-weight:bold;'
            if bl['i']:
                st += 'font-style:italic;'
            if bl['w']:
                st += 'width:%.1fpt;' % bl['w']
            body.append('<p style="%s">%s</p>' % (st, rich(bl['s'])))
        elif t == 'cols':
            n = len(bl['pairs'])
            ws = bl['widths'] or [1.0 / n] * n
            al = {'C': 'center', 'L': 'left', 'R': 'right'}[bl['align']]
            body.append('<div class="cols" style="margin-bottom:%.1fpt;text-align:%s">' % (bl['after'], al))
            for pr, w in zip(bl['pairs'], ws):
                lab = '<div style="font-family:%s;font-size:%.1fpt;color:#%s">%s</div>' % (
                    fonts[bl['font']], bl['lsize'], bl['lcolor'], rich(pr[0]))
                val = '<div style="font-family:%s;font-size:%.1fpt;%s">%s</div>' % (
                    fonts[bl['vfont']], bl['vsize'], 'font-weight:bold;' if bl['vb'] else '', rich(pr[1]))
                if bl['order'] == 'above':
                    inner = lab + '<div style="height:3pt"></div>' + val
                    if bl['rule']:
                        inner += '<div style="border-top:0.5pt solid #969696;margin-top:2pt"></div>'
                else:
                    inner = val + '<div style="border-top:0.6pt solid #3c3c3c;margin:2pt 0 3pt 0"></div>' + lab
                body.append('<div style="width:%.2f%%">%s</div>' % (w * 100, inner))
            body.append('</div>')
        elif t == 'kv':
            f = 'font-family:%s;font-size:%.1fpt;' % (fonts[bl['font']], bl['size'])
            if bl['inline']:
                for row in bl['rows']:
                    lab = row[0] + (':' if bl['colon'] and row[0] else '')
                    lab = ('<b>%s</b>' % html.escape(lab)) if bl['lb'] else html.escape(lab)
                    body.append('<p style="%smargin-left:%.1fpt;margin-bottom:%.1fpt;line-height:1.3">%s %s</p>' % (
                        f, bl['indent'], bl['gap'], lab, rich(row[1])))
                body.append('<div style="height:%.1fpt"></div>' % bl['after'])
            else:
                body.append('<table class="kv" style="%smargin-left:%.1fpt;margin-bottom:%.1fpt;line-height:1.3">' % (
                    f, bl['indent'], bl['after']))
                for row in bl['rows']:
                    lab = row[0] + (':' if bl['colon'] and row[0] else '')
                    body.append('<tr><td style="width:%.1fpt;%s">%s</td><td style="padding-bottom:%.1fpt">%s</td></tr>' % (
                        bl['lw'], 'font-weight:bold;' if bl['lb'] else '', html.escape(lab), bl['gap'], rich(row[1])))
                body.append('</table>')
        elif t == 'table':
            f = 'font-family:%s;font-size:%.1fpt;' % (fonts[bl['font']], bl['size'])
            w = ('width:%.1fpt;' % bl['w']) if bl['w'] else 'width:calc(100%% - %.1fpt);' % (2 * bl['indent'])
            body.append('<table class="rt" style="%s%smargin:0 auto %.1fpt auto;line-height:1.3">' % (f, w, bl['after']))
            if bl['header']:
                body.append('<tr><td colspan="2" style="background:%s;color:#fff;font-weight:bold">%s</td></tr>' % (acc, rich(bl['header'])))
            for row in bl['rows']:
                body.append('<tr><td style="width:%.1fpt;background:#%s;font-weight:bold">%s</td><td>%s</td></tr>' % (
                    bl['lw'] - 10, bl['shade'], rich(row[0]), rich(row[1])))
            body.append('</table>')
        elif t == 'sig':
            body.append('<div class="sig" style="font-family:%s;font-size:%.1fpt;margin-bottom:%.1fpt">' % (
                fonts[bl['font']], bl['size'], bl['after']))
            for k, it in enumerate(bl['items']):
                svg = '<svg width="170pt" height="34pt" viewBox="0 0 170 34"><path d="%s" fill="none" stroke="#141e5a" stroke-width="1.1"/></svg>' % d_of(
                    sig_ops(170, 34, bl['seed'] + k))
                lines = ''.join('<div>%s</div>' % (('<b>%s</b>' % rich(x)) if j == 0 else rich(x)) for j, x in enumerate(it))
                body.append('<div><div style="width:170pt;margin:0 auto;border-bottom:0.6pt solid #000">%s</div>%s</div>' % (svg, lines))
            body.append('</div>')
        elif t == 'logo':
            s = bl['size']
            w = s * (4.2 if bl['kind'] == 'bars' and bl['text'] else 1)
            svg = svg_of_ops(logo_ops(bl), w, s, 'Liberation Sans')
            if bl['abs']:
                x, y = bl['abs']
                pos = ('right:%.1fpt' % (-x)) if x < 0 else ('left:%.1fpt' % x)
                body.append('<div style="position:absolute;%s;top:%.1fpt">%s</div>' % (pos, y, svg))
            else:
                al = {'C': 'center', 'L': 'left', 'R': 'right'}[bl['align']]
                body.append('<div style="text-align:%s;margin-bottom:%.1fpt;line-height:0">%s</div>' % (al, bl['after'], svg))
    body.append('</div></div>')
    return '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>\n' % (
        html.escape(title), css, '\n'.join(body))
