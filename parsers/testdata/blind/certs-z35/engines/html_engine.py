"""HTML engine: renders blocks to an HTML page and prints it with headless Chromium."""
import html
import os
import subprocess

FAM = {'serif': "'Liberation Serif', 'Times New Roman', serif",
       'sans': "'Liberation Sans', Arial, Helvetica, sans-serif"}


def esc(s):
    return html.escape(s).replace('\n', '<br>')


def block_html(b, fam, align):
    t = b['t']
    ff = FAM[b.get('ff') or fam]
    wpct = b.get('w')
    wcss = ''
    if wpct and wpct <= 1.0:
        wcss = 'width:%d%%;margin-left:auto;margin-right:auto;' % int(wpct * 100)
    if t == 'space':
        return '<div style="height:%dpt"></div>' % b['h']
    if t == 'pagebreak':
        return None
    if t == 'rule':
        return ('<div style="margin:%dpt auto 0 auto;width:%d%%;border-top:%.1fpt solid %s"></div>'
                % (b['sb'], int(b['w'] * 100), b['width'], b['color']))
    if t == 'p':
        st = 'margin:%.1fpt 0 0 0;font-family:%s;font-size:%.1fpt;line-height:%.2f;text-align:%s;%s' % (
            b['sb'], ff, b['size'], b['lh'], b['al'] or align, wcss)
        if b['b']:
            st += 'font-weight:bold;'
        if b['i']:
            st += 'font-style:italic;'
        if b['color']:
            st += 'color:%s;' % b['color']
        if b['ls']:
            st += 'letter-spacing:%.1fpt;' % b['ls']
        return '<p style="%s">%s</p>' % (st, esc(b['text']))
    if t == 'kv':
        rows = []
        for lab, val in b['rows']:
            rows.append('<tr><td style="width:%dpt;vertical-align:top;padding:%dpt 8pt %dpt 0;font-size:%.1fpt;%s%s">%s</td>'
                        '<td style="vertical-align:top;padding:%dpt 0;font-size:%.1fpt;%s">%s</td></tr>'
                        % (b['lw'], b['gap'] // 2, b['gap'] // 2, b['lsize'], 'font-weight:bold;' if b['lb'] else '',
                           'color:%s;' % b['lcolor'] if b['lcolor'] else '', esc(lab),
                           b['gap'] // 2, b['size'], 'font-weight:bold;' if b['vb'] else '', esc(val)))
        return ('<table style="margin-top:%dpt;border-collapse:collapse;font-family:%s;text-align:left;%s">%s</table>'
                % (b['sb'], ff, wcss or 'width:100%;', ''.join(rows)))
    if t == 'cols':
        n = len(b['cols'])
        widths = b['widths'] or [1.0 / n] * n
        lab = ''.join('<td style="width:%d%%;font-size:%.1fpt;color:%s;padding:0 6pt 3pt 6pt;text-align:%s">%s</td>'
                      % (int(widths[k] * 100), b['lsize'], b['lcolor'], b['al'], esc(l))
                      for k, (l, v) in enumerate(b['cols']))
        val = ''.join('<td style="font-size:%.1fpt;%spadding:2pt 6pt 4pt 6pt;text-align:%s;vertical-align:top;%s">%s</td>'
                      % (b['size'], 'font-weight:bold;' if b['vb'] else '', b['al'],
                         'border-bottom:0.8pt solid #777;' if b['rule'] else '', esc(v))
                      for (l, v) in b['cols'])
        return ('<table style="margin-top:%dpt;border-collapse:separate;border-spacing:6pt 0;font-family:%s;%s">'
                '<tr>%s</tr><tr>%s</tr></table>' % (b['sb'], ff, wcss or 'width:100%;', lab, val))
    if t == 'table':
        n = len(b['header'])
        widths = b['widths'] or [1.0 / n] * n
        h = ''.join('<th style="width:%d%%;border:0.8pt solid #555;padding:4pt;background:%s;text-align:%s">%s</th>'
                    % (int(widths[k] * 100), b['hfill'] or 'transparent', b['al'], esc(c))
                    for k, c in enumerate(b['header']))
        rows = ''.join('<tr>%s</tr>' % ''.join('<td style="border:0.8pt solid #555;padding:4pt;text-align:%s">%s</td>'
                                              % (b['al'], esc(c)) for c in r) for r in b['rows'])
        return ('<table style="margin-top:%dpt;border-collapse:collapse;font-family:%s;font-size:%.1fpt;%s"><tr>%s</tr>%s</table>'
                % (b['sb'], ff, b['size'], wcss or 'width:100%;', h, rows))
    if t == 'sigs':
        cells = []
        for sig in b['sigs']:
            name, title = sig[0], sig[1]
            script = ('<div style="font-family:\'Liberation Serif\',serif;font-style:italic;font-size:17pt;color:#1c2f6b;height:22pt">%s</div>'
                      % esc(name.split(',')[0])) if b['script'] else '<div style="height:22pt"></div>'
            cells.append('<td style="text-align:center;vertical-align:top;padding:0 14pt">%s'
                         '<div style="border-top:0.8pt solid #000;margin:0 auto;width:180pt"></div>'
                         '<div style="font-weight:bold;font-size:%.1fpt;margin-top:3pt">%s</div>'
                         '<div style="font-size:%.1fpt">%s</div></td>'
                         % (script, b['size'], esc(name), b['size'] - 0.5, esc(title)))
        return ('<table style="margin-top:%dpt;width:100%%;font-family:%s;border-collapse:collapse"><tr>%s</tr></table>'
                % (b['sb'], ff, ''.join(cells)))
    raise ValueError(t)


def border_css(pg):
    col = pg.get('bcolor', '#333333')
    b = pg.get('border')
    if b == 'single':
        return 'border:3pt solid %s;' % col, 24
    if b == 'thin':
        return 'border:1pt solid %s;' % col, 30
    if b == 'double':
        return 'border:7pt double %s;' % col, 20
    if b == 'ornate':
        return 'border:6pt solid %s;outline:1.5pt solid %s;outline-offset:-14pt;' % (col, col), 18
    return '', 0


def to_html(spec):
    pg = spec['page']
    land = pg.get('orient') == 'landscape'
    W, H = (11, 8.5) if land else (8.5, 11)
    fam = pg.get('family', 'serif')
    align = pg.get('align', 'center')
    m = pg.get('margin', 72)
    bcss, inset = border_css(pg)
    pages = [[]]
    for b in spec['blocks']:
        if b['t'] == 'pagebreak':
            pages.append([])
        else:
            pages[-1].append(b)
    body = []
    for blocks in pages:
        inner = ''.join(block_html(b, fam, align) for b in blocks)
        seal = ''
        if pg.get('seal'):
            s = pg['seal']
            pos = s.get('pos', 'br')
            r = s.get('r', 42)
            hpos = {'bl': 'left:%dpt;' % (95 - r), 'tl': 'left:%dpt;' % (95 - r), 'br': 'right:%dpt;' % (95 - r),
                    'tr': 'right:%dpt;' % (95 - r), 'bc': 'left:calc(50%% - %dpt);' % r}[pos]
            vpos = 'bottom:%dpt;' % (95 - r) if pos in ('bl', 'br', 'bc') else 'top:%dpt;' % (95 - r)
            seal = ('<div style="position:absolute;%s%swidth:%dpt;height:%dpt;border-radius:50%%;background:%s;'
                    'box-shadow:inset 0 0 0 4pt %s, inset 0 0 0 5.5pt #fff;color:#fff;font:bold 8pt Liberation Sans,sans-serif;'
                    'display:flex;align-items:center;justify-content:center;text-align:center;line-height:1.2">%s</div>'
                    % (hpos, vpos, 2 * r, 2 * r, s.get('color', '#b08d2e'), s.get('color', '#b08d2e'), esc(s['text'])))
        just = 'center' if pg.get('valign') == 'center' else 'flex-start'
        body.append('<div class="page"><div class="frame" style="%s"></div>%s'
                    '<div class="content" style="padding:%dpt %dpt %dpt %dpt;justify-content:%s">%s</div></div>'
                    % (bcss, seal, m + pg.get('top', 0), m, m, m, just, inner))
    css = ('@page { size: %sin %sin; margin: 0 } html,body{margin:0;padding:0} '
           '.page{position:relative;width:%sin;height:%sin;overflow:hidden;page-break-after:always;box-sizing:border-box} '
           '.page:last-child{page-break-after:auto} '
           '.frame{position:absolute;left:%dpt;top:%dpt;right:%dpt;bottom:%dpt;box-sizing:border-box} '
           '.content{position:absolute;left:0;top:0;right:0;bottom:0;display:flex;flex-direction:column;box-sizing:border-box} '
           'body{font-family:%s;font-variant-ligatures:none;text-align:%s;color:#111} p{margin:0}'
           % (W, H, W, H, inset, inset, inset, inset, FAM[fam], align))
    if not bcss:
        css = css.replace('.frame{', '.frame{display:none;')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>'
            % (html.escape(spec.get('doc_title', 'Certificate')), css, ''.join(body)))


def render(spec, out, htmlfile, profile):
    with open(htmlfile, 'w', encoding='utf-8') as f:
        f.write(to_html(spec))
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    '--user-data-dir=' + os.path.abspath(profile), '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.abspath(out), 'file://' + os.path.abspath(htmlfile)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
