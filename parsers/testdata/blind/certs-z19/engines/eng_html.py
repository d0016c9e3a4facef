"""Chromium producer: blocks -> HTML/CSS -> chromium --headless --print-to-pdf."""
import html
import math
import re
import os
import subprocess

from .ir import page_size, FAMILY_NAMES



def E(s):
    """escape, keeping runs of spaces visible (HTML would collapse them)"""
    return re.sub(r'  +', lambda m: ' ' + '&nbsp;' * (len(m.group(0)) - 1), html.escape(str(s)))


def fam(key):
    return "'%s'" % FAMILY_NAMES.get(key, key)


def seal_svg(page):
    r = page.get('seal_r', 38)
    sc = page.get('seal_color', '#b8860b')
    pts = []
    for k in range(48):
        rr = r if k % 2 == 0 else r * 0.86
        a = math.pi * 2 * k / 48
        pts.append('%.1f,%.1f' % (60 + rr * math.cos(a), 50 + rr * math.sin(a)))
    rib = ''
    if page.get('ribbon', True):
        rib = ('<polygon points="44,50 32,%d 44,%d 54,%d 60,50" fill="#8b1a1a"/>'
               '<polygon points="76,50 88,%d 76,%d 66,%d 60,50" fill="#8b1a1a"/>') % (
            50 + r + 22, 50 + r + 14, 50 + r + 24, 50 + r + 22, 50 + r + 14, 50 + r + 24)
    return ('<svg width="120" height="%d" viewBox="0 0 120 %d">%s<polygon points="%s" fill="%s"/>'
            '<circle cx="60" cy="50" r="%.1f" fill="none" stroke="#fff" stroke-width="1.2"/>'
            '<circle cx="60" cy="50" r="%.1f" fill="none" stroke="#fff" stroke-width="0.6"/></svg>') % (
        r + 80, r + 80, rib, ' '.join(pts), sc, r * 0.72, r * 0.6)


def tstyle(b, page, defsize=11):
    st = ['font-size:%gpt' % b.get('size', defsize)]
    if b.get('b'):
        st.append('font-weight:bold')
    if b.get('i'):
        st.append('font-style:italic')
    if 'font' in b:
        st.append('font-family:' + fam(b['font']))
    if 'color' in b:
        st.append('color:' + b['color'])
    al = {'C': 'center', 'L': 'left', 'R': 'right'}[b.get('align', page.get('align', 'C'))]
    st.append('text-align:' + al)
    if b.get('track'):
        st.append('letter-spacing:%gpt' % b['track'])
    if b.get('caps'):
        st.append('font-variant:small-caps')
    st.append('margin:%gpt 0 %gpt 0' % (b.get('sb', 0), b.get('sa', b.get('size', defsize) * 0.45)))
    if 'w' in b:
        st.append('max-width:%gpt' % b['w'])
        if al == 'center':
            st.append('margin-left:auto;margin-right:auto')
    st.append('line-height:%g' % b.get('lh', 1.22))
    return ';'.join(st)


def block_html(b, page):
    k = b['k']
    if k == 'T':
        return '<p style="%s">%s</p>' % (tstyle(b, page), E(b['text']).replace('\n', '<br>'))
    if k == 'SP':
        return '<div style="height:%gpt"></div>' % b['h']
    if k == 'RULE':
        w = b.get('w')
        return '<hr style="border:0;border-top:%gpt solid %s;margin:%gpt auto %gpt auto;%s">' % (
            b.get('lw', 0.8), b.get('color', page.get('accent', '#444')), b.get('sb', 2), b.get('sa', 8),
            ('width:%gpt' % w) if w else 'width:100%')
    if k == 'KV':
        size = b.get('size', 11)
        lw = b.get('lw', 130)
        marg = 'margin:0 auto' if b.get('align', 'C' if page.get('align', 'C') == 'C' else 'L') == 'C' else 'margin:0'
        rows = ''.join('<tr><th style="width:%gpt">%s</th><td>%s</td></tr>' % (lw, E(r[0]), E(r[1])) for r in b['rows'])
        return ('<table class="kv" style="font-size:%gpt;width:%gpt;%s;margin-bottom:%gpt;%s">%s</table>' % (
            size, b.get('w', 440), marg, b.get('sa', 8), ('font-family:' + fam(b['font'])) if 'font' in b else '', rows))
    if k == 'COLS':
        out = []
        size = b.get('size', 11.5)
        lsize = b.get('lsize', 8)
        al = {'L': 'left', 'C': 'center'}[b.get('calign', 'L')]
        for row in b['rows']:
            n = len(row)
            fr = b.get('colw') or [1.0 / n] * n
            cols = ''.join('<col style="width:%g%%">' % (f * 100) for f in fr[:n])
            labs = ''.join('<td class="lab" style="font-size:%gpt;text-align:%s">%s</td>' % (lsize, al, E(c[0])) for c in row)
            vals = ''.join('<td class="val" style="font-size:%gpt;text-align:%s">%s</td>' % (size, al, E(c[1])) for c in row)
            out.append('<table class="cols" style="width:%s;margin:0 auto %gpt auto">%s<tr>%s</tr><tr>%s</tr></table>' % (
                ('%gpt' % b['w']) if 'w' in b else '100%', b.get('gap', 10), cols, labs, vals))
        return ''.join(out)
    if k == 'TABLE':
        n = len(b['header'])
        fr = b.get('widths') or [1.0 / n] * n
        cols = ''.join('<col style="width:%g%%">' % (f * 100) for f in fr)
        head = ''.join('<th>%s</th>' % E(h) for h in b['header'])
        body = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % E(c) for c in r) for r in b['rows'])
        return '<table class="grid" style="font-size:%gpt;width:%s;margin:0 auto %gpt auto">%s<tr>%s</tr>%s</table>' % (
            b.get('size', 10), ('%gpt' % b['w']) if 'w' in b else '100%', b.get('sa', 10), cols, head, body)
    if k == 'SIG':
        cells = []
        for s in b['sigs']:
            script = '<div class="script">%s</div>' % E(s[2]) if len(s) > 2 and s[2] else '<div class="script">&nbsp;</div>'
            title = '<br>'.join(E(t) for t in str(s[1]).split('\n') if t)
            cells.append('<div class="sig" style="width:%gpt">%s<div class="sline"></div><div class="sname">%s</div>'
                         '<div class="stitle">%s</div></div>' % (b.get('lw', 190), script, E(s[0]), title))
        jc = 'space-around' if len(cells) > 1 else ('center' if b.get('align', 'C') == 'C' else 'flex-start')
        return '<div class="sigs" style="justify-content:%s;font-size:%gpt;margin-top:%gpt;margin-bottom:%gpt">%s</div>' % (
            jc, b.get('size', 9.5), b.get('sb', 6), b.get('sa', 8), ''.join(cells))
    raise ValueError(k)


CSS = """
@page { size: %(W)gpt %(H)gpt; margin: 0 }
* { box-sizing: border-box; font-variant-ligatures: none; }
html, body { margin: 0; padding: 0; }
body { font-family: %(font)s; color: %(color)s; }
.page { position: relative; width: %(W)gpt; height: %(H)gpt; overflow: hidden; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.content { position: absolute; left: %(ml)gpt; right: %(mr)gpt; top: %(mt)gpt; bottom: %(mb)gpt;
           display: flex; flex-direction: column; justify-content: %(jc)s; }
.foot { position: absolute; left: %(ml)gpt; right: %(mr)gpt; bottom: %(fb)gpt; font-size: 7.5pt; color: #444; }
.foot p { margin: 0 0 2pt 0; }
table.kv { border-collapse: collapse; }
table.kv th { text-align: left; vertical-align: top; padding: 2pt 8pt 4pt 0; font-weight: bold; }
table.kv td { text-align: left; vertical-align: top; padding: 2pt 0 4pt 0; }
table.cols { border-collapse: collapse; table-layout: fixed; }
table.cols td.lab { color: #555; font-weight: bold; text-transform: none; border-bottom: 0.5pt solid #999;
                    padding: 0 10pt 1pt 2pt; }
table.cols td.val { padding: 3pt 10pt 0 2pt; vertical-align: top; }
table.grid { border-collapse: collapse; table-layout: fixed; }
table.grid th { background: #e6e6e6; border: 0.6pt solid #666; padding: 4pt; text-align: left; }
table.grid td { border: 0.6pt solid #666; padding: 4pt; text-align: left; vertical-align: top; }
.sigs { display: flex; flex-direction: row; }
.sig { text-align: center; }
.sig .script { font-family: 'Z003'; font-size: 18pt; color: #1b2a6b; height: 24pt; }
.sig .sline { border-top: 0.7pt solid #333; margin-bottom: 3pt; }
.sig .sname { font-weight: bold; }
.sig .stitle { font-style: italic; font-size: 0.95em; }
"""


def border_html(page, W, H):
    bc = page.get('bcolor', page.get('accent', '#1f3a5f'))
    k = page.get('border')
    out = []
    def box(inset, width, style='solid'):
        out.append('<div style="position:absolute;left:%gpt;top:%gpt;width:%gpt;height:%gpt;border:%gpt %s %s"></div>' % (
            inset, inset, W - 2 * inset, H - 2 * inset, width, style, bc))
    if k == 'single':
        box(24, 1.2)
    elif k == 'double':
        box(18, 3.5)
        box(28, 0.8)
    elif k == 'thick':
        box(13, 10)
        box(30, 0.6)
    elif k == 'ornate':
        box(21, 2.2)
        box(30, 0.6)
        out.append('<div style="position:absolute;left:26pt;top:26pt;width:%gpt;height:%gpt;border:2pt dotted %s"></div>' % (
            W - 52, H - 52, bc))
    elif k == 'band':
        out.append('<div style="position:absolute;left:0;top:0;width:%gpt;height:16pt;background:%s"></div>' % (W, bc))
        out.append('<div style="position:absolute;left:0;bottom:0;width:%gpt;height:8pt;background:%s"></div>' % (W, bc))
    if page.get('topbar'):
        out.append('<div style="position:absolute;left:0;top:0;width:%gpt;height:60pt;background:%s"></div>' % (W, page['topbar']))
    if page.get('seal'):
        r = page.get('seal_r', 38)
        pos = {'bl': 'left:%gpt;bottom:%gpt' % (page.get('mx', page.get('margin', 72)) + 20 - 60, 100 - r - 30 - 28),
               'br': 'right:%gpt;bottom:%gpt' % (110 - 60, 100 - r - 30 - 28),
               'bc': 'left:%gpt;bottom:%gpt' % (W / 2 - 60, 88 - r - 30 - 28),
               'tr': 'right:%gpt;top:%gpt' % (100 - 60, 100 - 50),
               'tl': 'left:%gpt;top:%gpt' % (100 - 60, 100 - 50)}[page['seal']]
        out.append('<div style="position:absolute;%s">%s</div>' % (pos, seal_svg(page)))
    return ''.join(out)


def render_html(cert, out_pdf, src_dir, profile_dir):
    page = cert['page']
    W, H = page_size(page)
    mg = page.get('margin', 72)
    ml = mr = page.get('mx', mg)
    mt, mb = page.get('mt', mg), page.get('mb', mg)
    pages = [[]]
    for b in cert['blocks']:
        if b['k'] == 'PB':
            pages.append([])
        else:
            pages[-1].append(b)
    body = []
    for bl in pages:
        foot = [b for b in bl if b['k'] == 'FOOT']
        main = [b for b in bl if b['k'] != 'FOOT']
        fh = ''.join('<p style="%s">%s</p>' % (tstyle(dict(f, sa=f.get('sa', 2)), page, 7.5), E(f['text']).replace('\n', '<br>'))
                     for f in foot)
        body.append('<div class="page">%s<div class="content" style="bottom:%gpt">%s</div>%s</div>' % (
            border_html(page, W, H), mb + 12 * len(foot) * 1.6, ''.join(block_html(b, page) for b in main),
            ('<div class="foot">%s</div>' % fh) if fh else ''))
    css = CSS % dict(W=W, H=H, ml=ml, mr=mr, mt=mt, mb=mb, fb=mb, font=fam(page.get('font', 'serif')),
                     color=page.get('color', '#000'), jc='center' if page.get('valign') == 'center' else 'flex-start')
    doc = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>\n<body>\n%s\n</body></html>\n' % (
        E(page.get('meta_title', 'Certificate')), css, '\n'.join(body))
    src = os.path.abspath(os.path.join(src_dir, cert['id'] + '.html'))
    with open(src, 'w', encoding='utf-8') as fh:
        fh.write(doc)
    os.makedirs(profile_dir, exist_ok=True)
    cmd = ['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
           '--user-data-dir=' + os.path.abspath(profile_dir), '--no-pdf-header-footer', '--no-first-run',
           '--print-to-pdf=' + os.path.abspath(out_pdf), 'file://' + src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
