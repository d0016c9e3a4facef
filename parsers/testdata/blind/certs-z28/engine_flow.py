"""Flowing-layout producers: Chromium HTML, LibreOffice .fodt, .docx (python-docx ->
LibreOffice), TCPDF writeHTML and ReportLab Platypus.  All of them read the same block
list as engine_layout.Flow (see certs.py for the block vocabulary)."""
import html
import json

from reportlab.lib.utils import simpleSplit  # noqa: F401  (kept for parity)

SERIF = {'serif', 'serif-b', 'serif-i', 'serif-bi'}


def hexc(c):
    return '#%02x%02x%02x' % tuple(int(round(v * 255)) for v in c)


def fattr(font):
    """(family kind, bold, italic) from a logical font key"""
    kind = 'mono' if font.startswith('mono') else 'serif' if font.startswith('serif') else 'sans'
    suf = font.split('-', 1)[1] if '-' in font else ''
    return kind, 'b' in suf, 'i' in suf


def spaced(s):
    return '   '.join(' '.join(w) for w in s.split(' '))


def page_dims(cert):
    land = cert['opts'].get('orient') == 'landscape'
    return (792.0, 612.0) if land else (612.0, 792.0)


def colr(cert, c):
    if c == 'accent':
        return tuple(cert['opts'].get('color', (0.1, 0.15, 0.35)))
    if c == 'gray':
        return (0.35, 0.35, 0.35)
    return tuple(c) if c else (0, 0, 0)


def with_spacers(cert, factor=1.0):
    """Block list with a top gap on each page so the content sits vertically centred."""
    from engine_layout import top_spacers
    sp = top_spacers(cert, factor)
    out = []
    for pi, blocks in enumerate(split_pages(cert['blocks'])):
        if pi:
            out.append(dict(t='pagebreak'))
        if pi == 0 and sp and sp[0] >= 4:  # later pages are statement/transcript pages: top-aligned
            out.append(dict(t='gap', h=round(sp[pi], 1)))
        out.extend(blocks)
    return out


def split_pages(blocks):
    pages = [[]]
    for b in blocks:
        if b['t'] == 'pagebreak':
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


# =============================================================================== HTML
def to_html(cert):
    o = cert['opts']
    W, H = page_dims(cert)
    m = o.get('margin', 64)
    fam = {'serif': o.get('html_serif', "'Liberation Serif', 'Times New Roman', serif"),
           'sans': o.get('html_sans', "'Liberation Sans', Arial, sans-serif"),
           'mono': "'Liberation Mono', monospace"}
    acc = hexc(colr(cert, 'accent'))
    align = o.get('align', 'center')
    bd = o.get('border')
    border_css = ''
    if bd in ('double', 'ornate'):
        border_css = '.frame{position:absolute;left:18pt;top:18pt;right:18pt;bottom:18pt;border:3.5pt solid %s;}' \
                     '.frame2{position:absolute;left:26pt;top:26pt;right:26pt;bottom:26pt;border:0.8pt solid %s;}' % (acc, acc)
    elif bd in ('single', 'thin'):
        border_css = '.frame{position:absolute;left:24pt;top:24pt;right:24pt;bottom:24pt;border:%s solid %s;}' % (
            '2.2pt' if bd == 'single' else '0.8pt', acc)
    elif bd == 'band':
        border_css = '.frame{position:absolute;left:0;top:0;right:0;height:18pt;background:%s}' \
                     '.frame2{position:absolute;left:0;bottom:0;right:0;height:10pt;background:%s}' % (acc, acc)
    css = """@page { size: %(W)spt %(H)spt; margin: 0 }
html,body{margin:0;padding:0}
.page{position:relative;width:%(W)spt;height:%(H)spt;overflow:hidden;box-sizing:border-box;padding:%(m)spt %(m)spt 0 %(m)spt;page-break-after:always;text-align:%(align)s}
.page:last-child{page-break-after:auto}
%(border)s
.t{margin:0 auto;line-height:1.2}
table{border-collapse:collapse}
table.kv td{vertical-align:top;padding:2pt 6pt 3pt 0;text-align:left}
table.kv td.l{color:#595959;font-family:%(sans)s;font-weight:bold;white-space:nowrap}
table.cols{table-layout:fixed}
table.cols th{font-family:%(sans)s;font-weight:bold;color:%(acc)s;border-bottom:0.6pt solid #999;padding:0 6pt 3pt 6pt}
table.cols td{padding:5pt 6pt 0 6pt;vertical-align:top}
table.grid th{background:%(tint)s;font-family:%(sans)s;font-weight:bold;border:0.6pt solid #999;padding:4pt;text-align:left}
table.grid td{border:0.6pt solid #999;padding:4pt;text-align:left;vertical-align:top}
.sigs{display:flex;justify-content:%(sigjust)s;gap:30pt;margin-top:8pt}
.sig{width:190pt;text-align:center}
.sig .script{font-family:%(serif)s;font-style:italic;font-size:15pt;color:#1f2973;height:20pt}
.sig .ln{border-top:0.7pt solid #000;margin-top:2pt;padding-top:3pt;font-family:%(sans)s;font-weight:bold;font-size:8.8pt}
.sig .st{font-family:%(sans)s;font-size:8.2pt}
.foot{position:absolute;left:%(m)spt;right:%(m)spt;font-family:%(sans)s;font-size:7.5pt;color:#595959;line-height:1.3}
.seal{position:absolute;border-radius:50%%;background:%(acc)s;color:#fff;font-family:%(sans)s;font-weight:bold;text-align:center;display:flex;flex-direction:column;justify-content:center;align-items:center;box-shadow:inset 0 0 0 4pt %(acc)s, inset 0 0 0 5pt #fff}
.seal span{font-size:8pt;line-height:1.3}.seal span.big{font-size:11pt}
""" % dict(W=W, H=H, m=m, align=align, border=border_css, sans=fam['sans'], serif=fam['serif'], acc=acc,
           tint=hexc(tuple(1 - (1 - c) * 0.15 for c in colr(cert, 'accent'))),
           sigjust='center' if align == 'center' else 'flex-start')
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (
        html.escape(cert['meta']['title']), css)]
    cw = W - 2 * m
    for pi, blocks in enumerate(split_pages(with_spacers(cert, 1.0))):
        out.append('<div class="page">')
        if bd:
            out.append('<div class="frame"></div><div class="frame2"></div>')
        for b in blocks:
            t = b['t']
            if t == 'text':
                kind, bo, it = fattr(b.get('font', 'serif'))
                st = ['font-family:%s' % fam[kind], 'font-size:%spt' % b.get('size', 11)]
                st.append('font-weight:%s' % ('bold' if bo else 'normal'))
                if it:
                    st.append('font-style:italic')
                st.append('color:%s' % hexc(colr(cert, b.get('color'))))
                st.append('text-align:%s' % b.get('align', align))
                st.append('margin-bottom:%spt' % b.get('after', b.get('size', 11) * 0.45))
                if b.get('before'):
                    st.append('margin-top:%spt' % b['before'])
                if b.get('width'):
                    st.append('max-width:%spt' % b['width'])
                    if b.get('align', align) == 'left':
                        st.append('margin-left:0')
                if b.get('spaced'):
                    st.append('letter-spacing:0.28em')
                if b.get('uline'):
                    st.append('border-bottom:0.6pt solid #777;padding-bottom:2pt;display:block')
                out.append('<div class="t" style="%s">%s</div>' % (';'.join(st), html.escape(b['text'])))
            elif t == 'gap':
                out.append('<div style="height:%spt"></div>' % b.get('h', 10))
            elif t == 'rule':
                w = b.get('w', cw * b.get('frac', 1.0))
                ml = '0' if align == 'left' else 'auto'
                out.append('<div style="width:%spt;border-top:%spt solid %s;margin:%spt %s %spt %s"></div>' % (
                    w, b.get('lw', 0.8), hexc(colr(cert, b.get('color', 'accent'))), b.get('before', 4), 'auto', b.get('after', 10), ml))
            elif t == 'kv':
                w = b.get('w', cw)
                ml = '0' if b.get('align', align) == 'left' else 'auto'
                size = b.get('size', 11)
                out.append('<table class="kv" style="width:%spt;margin:0 auto %spt %s;font-size:%spt;font-family:%s">' % (
                    w, b.get('after', 6), ml, size, fam[fattr(b.get('vfont', 'serif'))[0]]))
                for lab, val in b['rows']:
                    out.append('<tr><td class="l" style="width:%spt;font-size:%spt">%s</td><td>%s</td></tr>' % (
                        b.get('lw', 150) - 6, round(size * 0.88, 1), html.escape(lab), html.escape(val)))
                out.append('</table>')
            elif t == 'cols':
                w = b.get('w', cw)
                n = len(b['labels'])
                fr = b.get('widths') or [1.0 / n] * n
                ml = '0' if b.get('align', align) == 'left' else 'auto'
                ca = b.get('calign', 'center')
                kind, bo, it = fattr(b.get('vfont', 'serif-b'))
                out.append('<table class="cols" style="width:%spt;margin:0 %s %spt %s">' % (w, 'auto', b.get('after', 10), ml))
                out.append('<colgroup>%s</colgroup>' % ''.join('<col style="width:%spt">' % (f * w) for f in fr))
                out.append('<tr>%s</tr>' % ''.join('<th style="font-size:%spt;text-align:%s">%s</th>' % (
                    b.get('lsize', 8.5), ca, html.escape(x)) for x in b['labels']))
                cells = []
                for i, v in enumerate(b['values']):
                    ls = ';letter-spacing:0.25em' if b.get('spaced_col') == i else ''
                    cells.append('<td style="font-size:%spt;text-align:%s;font-family:%s;font-weight:%s;%s%s">%s</td>' % (
                        b.get('vsize', 13), ca, fam[kind], 'bold' if bo else 'normal', 'font-style:italic' if it else '', ls, html.escape(v)))
                out.append('<tr>%s</tr></table>' % ''.join(cells))
            elif t == 'table':
                w = b.get('w', cw)
                n = len(b['header'])
                fr = b.get('widths') or [1.0 / n] * n
                ml = '0' if b.get('align', align) == 'left' else 'auto'
                out.append('<table class="grid" style="width:%spt;margin:0 auto %spt %s;font-size:%spt;font-family:%s">' % (
                    w, b.get('after', 10), ml, b.get('size', 9.5), fam[fattr(b.get('font', 'sans'))[0]]))
                out.append('<tr>%s</tr>' % ''.join('<th style="width:%spt">%s</th>' % (f * w, html.escape(h)) for f, h in zip(fr, b['header'])))
                for r in b['rows']:
                    out.append('<tr>%s</tr>' % ''.join('<td>%s</td>' % html.escape(c) for c in r))
                out.append('</table>')
            elif t == 'sig':
                out.append('<div class="sigs" style="margin-bottom:%spt">' % b.get('after', 6))
                for name, title in b['sigs']:
                    scr = html.escape(name.split(',')[0]) if b.get('script', True) else ''
                    out.append('<div class="sig"><div class="script">%s</div><div class="ln">%s</div>%s</div>' % (
                        scr, html.escape(name), ''.join('<div class="st">%s</div>' % html.escape(x) for x in title.split('\n'))))
                out.append('</div>')
            elif t == 'foot':
                ybot = b.get('y', 38)
                ta = b.get('align', align)
                out.append('<div class="foot" style="bottom:%spt;text-align:%s;font-size:%spt">%s</div>' % (
                    ybot - 2, ta, b.get('size', 7.5), '<br>'.join(html.escape(x) for x in b['lines'])))
        if pi == 0 and o.get('seal'):
            s = o['seal']
            r = s.get('r', 40)
            pos = s.get('pos', 'br')
            if isinstance(pos, (list, tuple)):
                cx, cy = pos
            elif pos == 'br':
                cx, cy = W - m - 20, m + 38
            else:
                cx, cy = m + 20, m + 38
            n = len(s['lines'])
            spans = ''.join('<span class="%s">%s</span>' % ('big' if i == n // 2 else '', html.escape(x)) for i, x in enumerate(s['lines']))
            out.append('<div class="seal" style="left:%spt;top:%spt;width:%spt;height:%spt">%s</div>' % (
                cx - r, H - cy - r, 2 * r, 2 * r, spans))
        out.append('</div>')
    out.append('</body></html>')
    return '\n'.join(out)


# =============================================================================== FODT
class _Styles:
    def __init__(self, prefix):
        self.prefix = prefix
        self.items = {}
        self.xml = []

    def get(self, key, maker):
        if key not in self.items:
            name = '%s%d' % (self.prefix, len(self.items) + 1)
            self.items[key] = name
            self.xml.append(maker(name))
        return self.items[key]


def to_fodt(cert):
    o = cert['opts']
    W, H = page_dims(cert)
    m = o.get('margin', 64)
    land = o.get('orient') == 'landscape'
    acc = hexc(colr(cert, 'accent'))
    align = o.get('align', 'center')
    fams = {'serif': o.get('odf_serif', 'Liberation Serif'), 'sans': o.get('odf_sans', 'Liberation Sans'), 'mono': 'Liberation Mono'}
    bd = o.get('border')
    # page: margins 0.35in; border; padding so that content starts at ~m
    pm = 22.0
    border = ''
    if bd in ('double', 'ornate'):
        border = 'fo:border="4.5pt double %s" style:border-line-width="0.8pt 1.2pt 2.5pt" fo:padding="%spt"' % (acc, m - pm - 6)
    elif bd == 'single':
        border = 'fo:border="2.2pt solid %s" fo:padding="%spt"' % (acc, m - pm - 4)
    elif bd == 'thin':
        border = 'fo:border="0.8pt solid %s" fo:padding="%spt"' % (acc, m - pm - 2)
    else:
        pm = m
    cw = W - 2 * m
    P = _Styles('P')
    T = _Styles('Tb')
    body = []
    foots = [b for b in cert['blocks'] if b['t'] == 'foot']
    use_footer = len(foots) == 1

    def pstyle(font='serif', size=11, color=(0, 0, 0), ta='center', after=4, before=0, ml=0, mr=0, ls=None,
               brk=False, btop=None, bbottom=None):
        key = (font, size, color, ta, after, before, round(ml, 1), round(mr, 1), ls, brk, btop, bbottom)
        kind, bo, it = fattr(font)

        def mk(name):
            pp = 'fo:text-align="%s" fo:margin-top="%spt" fo:margin-bottom="%spt" fo:margin-left="%spt" fo:margin-right="%spt" fo:line-height="118%%"' % (
                {'center': 'center', 'left': 'start', 'right': 'end'}[ta], before, after, round(ml, 1), round(mr, 1))
            if brk:
                pp += ' fo:break-before="page"'
            if btop:
                pp += ' fo:border-top="%s" fo:padding-top="2pt"' % btop
            if bbottom:
                pp += ' fo:border-bottom="%s" fo:padding-bottom="2pt"' % bbottom
            tp = 'style:font-name="%s" fo:font-size="%spt" fo:font-weight="%s" fo:font-style="%s" fo:color="%s" fo:hyphenate="false"' % (
                fams[kind], size, 'bold' if bo else 'normal', 'italic' if it else 'normal', hexc(color))
            if ls:
                tp += ' fo:letter-spacing="%spt"' % ls
            return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                    '<style:paragraph-properties %s/><style:text-properties %s/></style:style>') % (name, pp, tp)
        return P.get(key, mk)

    def para(style, text):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, html.escape(text, quote=False))

    tcount = [0]

    def table(widths, rows, cellstyle, width, ta='center', after=8):
        """rows: list of list of xml-content-strings; cellstyle(r,c)->(border spec dict)"""
        tcount[0] += 1
        tn = 'Tab%d' % tcount[0]
        sty = []
        sty.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%spt" table:align="%s" fo:margin-bottom="%spt"/></style:style>' % (
            tn, round(width, 1), {'center': 'center', 'left': 'left'}[ta], after))
        for i, wd in enumerate(widths):
            sty.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%spt"/></style:style>' % (tn, i, round(wd, 1)))
        cells_x = []
        cs_names = {}
        for r, row in enumerate(rows):
            rx = ['<table:table-row>']
            for c, content in enumerate(row):
                spec = cellstyle(r, c)
                if spec not in cs_names:
                    nm = '%s.S%d' % (tn, len(cs_names))
                    cs_names[spec] = nm
                    sty.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/></style:style>' % (nm, spec))
                rx.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs_names[spec], content))
            rx.append('</table:table-row>')
            cells_x.append(''.join(rx))
        T.xml.extend(sty)
        cols = ''.join('<table:table-column table:style-name="%s.C%d"/>' % (tn, i) for i in range(len(widths)))
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (tn, tn, cols, ''.join(cells_x))

    pages = split_pages(with_spacers(cert, 0.9))
    for pi, blocks in enumerate(pages):
        first = True
        for b in blocks:
            t = b['t']
            brk = (pi > 0 and first)
            if t == 'foot' and use_footer:
                continue
            first = False
            if t == 'text':
                ta = b.get('align', align)
                width = b.get('width', cw)
                ml = mr = (cw - width) / 2 if ta == 'center' else 0
                if ta == 'left':
                    mr = cw - width
                st = pstyle(b.get('font', 'serif'), b.get('size', 11), colr(cert, b.get('color')), ta,
                            b.get('after', round(b.get('size', 11) * 0.45, 1)), b.get('before', 0), ml, mr,
                            round(b.get('size', 11) * 0.28, 1) if b.get('spaced') else None, brk,
                            None, '0.6pt solid #777777' if b.get('uline') else None)
                body.append(para(st, b['text']))
            elif t == 'gap':
                body.append(para(pstyle('sans', 2, after=max(b.get('h', 10) - 3, 0), brk=brk), ''))
            elif t == 'rule':
                w = b.get('w', cw * b.get('frac', 1.0))
                ml = (cw - w) / 2 if align == 'center' else 0
                body.append(para(pstyle('sans', 2, after=b.get('after', 10), before=b.get('before', 4), ml=ml, mr=cw - w - ml, brk=brk,
                                        btop='%spt solid %s' % (b.get('lw', 0.8), acc)), ''))
            elif t == 'kv':
                w = b.get('w', cw)
                lw = b.get('lw', 150)
                size = b.get('size', 11)
                ls = pstyle(b.get('lfont', 'sans-b'), round(size * 0.88, 1), colr(cert, b.get('lcolor', 'gray')), 'left', 2)
                vs = pstyle(b.get('vfont', 'serif'), size, (0, 0, 0), 'left', 2)
                rows = [[para(ls, l), para(vs, v)] for l, v in b['rows']]
                if brk:
                    body.append(para(pstyle('sans', 2, after=0, brk=True), ''))
                body.append(table([lw, w - lw], rows, lambda r, c: 'fo:padding="1.5pt" fo:border="none"', w,
                                  'left' if b.get('align', align) == 'left' else 'center', b.get('after', 6)))
            elif t == 'cols':
                w = b.get('w', cw)
                n = len(b['labels'])
                fr = b.get('widths') or [1.0 / n] * n
                ca = b.get('calign', 'center')
                lst = pstyle(b.get('lfont', 'sans-b'), b.get('lsize', 8.5), colr(cert, b.get('lcolor', 'accent')), ca, 0)
                vals = []
                for i, v in enumerate(b['values']):
                    vst = pstyle(b.get('vfont', 'serif-b'), b.get('vsize', 13), (0, 0, 0), ca, 0,
                                 ls=round(b.get('vsize', 13) * 0.25, 1) if b.get('spaced_col') == i else None)
                    vals.append(para(vst, v))
                rows = [[para(lst, x) for x in b['labels']], vals]
                body.append(table([f * w for f in fr], rows,
                                  lambda r, c: ('fo:padding-left="5pt" fo:padding-right="5pt" fo:padding-bottom="2pt" fo:border-bottom="0.6pt solid #999999" fo:border-top="none" fo:border-left="none" fo:border-right="none"'
                                                if r == 0 else 'fo:padding-left="5pt" fo:padding-right="5pt" fo:padding-top="4pt" fo:border="none"'),
                                  w, 'left' if b.get('align', align) == 'left' else 'center', b.get('after', 10)))
            elif t == 'table':
                w = b.get('w', cw)
                n = len(b['header'])
                fr = b.get('widths') or [1.0 / n] * n
                size = b.get('size', 9.5)
                hs = pstyle(b.get('hfont', 'sans-b'), size, (0, 0, 0), 'left', 0)
                cs = pstyle(b.get('font', 'sans'), size, (0, 0, 0), 'left', 0)
                rows = [[para(hs, x) for x in b['header']]] + [[para(cs, x) for x in r] for r in b['rows']]
                tint = hexc(tuple(1 - (1 - c) * 0.15 for c in colr(cert, 'accent')))
                body.append(table([f * w for f in fr], rows,
                                  lambda r, c: 'fo:padding="3.5pt" fo:border="0.6pt solid #999999"' + (' fo:background-color="%s"' % tint if r == 0 else ''),
                                  w, 'left' if b.get('align', align) == 'left' else 'center', b.get('after', 10)))
            elif t == 'sig':
                n = len(b['sigs'])
                w = min(cw, 235 * n)
                scr = pstyle('serif-i', 15, (0.12, 0.16, 0.45), 'center', 0)
                nst = pstyle(b.get('nfont', 'sans-b'), 8.8, (0, 0, 0), 'center', 0, btop='0.7pt solid #000000')
                tst = pstyle(b.get('tfont', 'sans'), 8.2, (0, 0, 0), 'center', 0)
                row = []
                for name, title in b['sigs']:
                    c = (para(scr, name.split(',')[0]) if b.get('script', True) else para(scr, '')) + para(nst, name) + ''.join(para(tst, x) for x in title.split('\n'))
                    row.append(c)
                body.append(para(pstyle('sans', 2, after=b.get('before', 8)), ''))
                body.append(table([w / n] * n, [row], lambda r, c: 'fo:padding-left="14pt" fo:padding-right="14pt" fo:border="none"', w,
                                  'left' if align == 'left' else 'center', b.get('after', 6)))
            elif t == 'foot':
                fs = pstyle(b.get('font', 'sans'), b.get('size', 7.5), (0.35, 0.35, 0.35), b.get('align', align), 0, before=10)
                for ln in b['lines']:
                    body.append(para(fs, ln))
            elif t == 'pagebreak':
                pass
    footer_xml = ''
    if use_footer:
        f = foots[0]
        fs = pstyle(f.get('font', 'sans'), f.get('size', 7.5), (0.35, 0.35, 0.35), f.get('align', align), 0)
        footer_xml = '<style:footer>%s</style:footer>' % ''.join(para(fs, x) for x in f['lines'])
    footer_props = '<style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="4pt"/></style:footer-style>' if use_footer else ''
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    fontdecl = ''.join('<style:font-face style:name="%s" svg:font-family="\'%s\'" style:font-family-generic="%s" style:font-pitch="variable"/>' % (
        v, v, 'roman' if k == 'serif' else 'swiss' if k == 'sans' else 'modern') for k, v in fams.items())
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
           '<office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator></office:meta>'
           '<office:font-face-decls>%s</office:font-face-decls>'
           '<office:styles><style:style style:name="Standard" style:family="paragraph" style:class="text"/></office:styles>'
           '<office:automatic-styles>'
           '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%spt" fo:page-height="%spt" style:print-orientation="%s" '
           'fo:margin-top="%spt" fo:margin-bottom="%spt" fo:margin-left="%spt" fo:margin-right="%spt" %s/>%s</style:page-layout>'
           '%s%s</office:automatic-styles>'
           '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>'
           '<office:body><office:text>%s</office:text></office:body></office:document>\n') % (
        ns, html.escape(cert['meta']['title']), html.escape(cert['meta'].get('author', '')), fontdecl, W, H,
        'landscape' if land else 'portrait', pm, pm, pm, pm, border, footer_props,
        ''.join(P.xml), ''.join(T.xml), footer_xml, ''.join(body))
    return doc


# =============================================================================== DOCX
def build_docx(cert, path):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    o = cert['opts']
    W, H = page_dims(cert)
    m = o.get('margin', 64)
    align = o.get('align', 'center')
    acc = colr(cert, 'accent')
    fams = {'serif': o.get('docx_serif', 'Times New Roman'), 'sans': o.get('docx_sans', 'Arial'), 'mono': 'Courier New'}
    AL = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'left': WD_ALIGN_PARAGRAPH.LEFT, 'right': WD_ALIGN_PARAGRAPH.RIGHT}

    doc = Document()
    doc.core_properties.title = cert['meta']['title']
    doc.core_properties.author = cert['meta'].get('author', '')
    sec = doc.sections[0]
    if o.get('orient') == 'landscape':
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Pt(W)
    sec.page_height = Pt(H)
    sec.left_margin = sec.right_margin = Pt(m)
    sec.top_margin = Pt(m - 6)
    sec.bottom_margin = Pt(60)
    sec.footer_distance = Pt(38)
    cw = W - 2 * m
    normal = doc.styles['Normal']
    normal.font.name = fams['serif']
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    bd = o.get('border')
    if bd:
        sp = sec._sectPr
        pb = OxmlElement('w:pgBorders')
        pb.set(qn('w:offsetFrom'), 'page')
        val, sz = {'double': ('double', '18'), 'ornate': ('thinThickSmallGap', '24'), 'single': ('single', '18'), 'thin': ('single', '6')}.get(bd, ('single', '12'))
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), val)
            e.set(qn('w:sz'), sz)
            e.set(qn('w:space'), '24')
            e.set(qn('w:color'), hexc(acc)[1:])
            pb.append(e)
        sp.append(pb)

    def fmt_run(run, font, size, color, spacing=None):
        kind, bo, it = fattr(font)
        run.font.name = fams[kind]
        run._element.rPr.rFonts.set(qn('w:hAnsi'), fams[kind])
        run._element.rPr.rFonts.set(qn('w:cs'), fams[kind])
        run.font.size = Pt(size)
        run.font.bold = bo
        run.font.italic = it
        run.font.color.rgb = RGBColor(*[int(round(v * 255)) for v in color])
        if spacing:
            sp = OxmlElement('w:spacing')
            sp.set(qn('w:val'), str(int(spacing * 20)))
            run._element.rPr.append(sp)

    def add_par(container, text, font='serif', size=11, color=(0, 0, 0), ta='center', after=4, before=0, li=0, ri=0,
                spacing=None, border=None, page_break=False):
        p = container.add_paragraph()
        p.alignment = AL[ta]
        pf = p.paragraph_format
        pf.space_after = Pt(after)
        pf.space_before = Pt(before)
        pf.left_indent = Pt(li)
        pf.right_indent = Pt(ri)
        pf.line_spacing = 1.08
        if page_break:
            pf.page_break_before = True
        if text:
            fmt_run(p.add_run(text), font, size, color, spacing)
        if border:
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement('w:pBdr')
            side, sz, colhex = border
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), 'single')
            e.set(qn('w:sz'), str(sz))
            e.set(qn('w:space'), '2')
            e.set(qn('w:color'), colhex)
            bdr.append(e)
            pPr.append(bdr)
        return p

    def cell_borders(cell, **kw):
        tcPr = cell._tc.get_or_add_tcPr()
        b = OxmlElement('w:tcBorders')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            spec = kw.get(side)
            if spec:
                e.set(qn('w:val'), 'single')
                e.set(qn('w:sz'), str(spec[0]))
                e.set(qn('w:color'), spec[1])
            else:
                e.set(qn('w:val'), 'nil')
            b.append(e)
        tcPr.append(b)

    def shade(cell, hx):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear')
        s.set(qn('w:color'), 'auto')
        s.set(qn('w:fill'), hx)
        tcPr.append(s)

    def new_table(rows, widths, ta):
        t = doc.add_table(rows=rows, cols=len(widths))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if ta == 'center' else WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for i, wd in enumerate(widths):
            t.columns[i].width = Pt(wd)
            for r in t.rows:
                r.cells[i].width = Pt(wd)
        return t

    def first_par(cell):
        return cell.paragraphs[0]

    def fill_cell(cell, text, font, size, color, ta, spacing=None):
        p = first_par(cell)
        p.alignment = AL[ta]
        p.paragraph_format.space_after = Pt(1)
        fmt_run(p.add_run(text), font, size, color, spacing)

    foots = [b for b in cert['blocks'] if b['t'] == 'foot']
    use_footer = len(foots) == 1
    pending_break = False
    for b in with_spacers(cert, 0.9):
        t = b['t']
        if t == 'pagebreak':
            pending_break = True
            continue
        if t == 'foot' and use_footer:
            continue
        brk = pending_break
        pending_break = False
        if brk and t != 'text':
            add_par(doc, '', size=2, after=0, page_break=True)
        if t == 'text':
            ta = b.get('align', align)
            width = b.get('width', cw)
            li = ri = (cw - width) / 2 if ta == 'center' else 0
            if ta == 'left':
                ri = cw - width
            add_par(doc, b['text'], b.get('font', 'serif'), b.get('size', 11), colr(cert, b.get('color')), ta,
                    b.get('after', round(b.get('size', 11) * 0.45, 1)), b.get('before', 0), li, ri,
                    b.get('size', 11) * 0.28 if b.get('spaced') else None,
                    ('bottom', 4, '777777') if b.get('uline') else None, brk)
        elif t == 'gap':
            add_par(doc, '', size=2, after=max(b.get('h', 10) - 2, 0))
        elif t == 'rule':
            w = b.get('w', cw * b.get('frac', 1.0))
            li = (cw - w) / 2 if align == 'center' else 0
            p = add_par(doc, '', size=2, after=b.get('after', 10), before=b.get('before', 4), li=li, ri=cw - w - li,
                        border=('top', int(b.get('lw', 0.8) * 8), hexc(acc)[1:]))
            p.runs  # noqa
        elif t == 'kv':
            w = b.get('w', cw)
            lw = b.get('lw', 150)
            size = b.get('size', 11)
            tb = new_table(len(b['rows']), [lw, w - lw], b.get('align', align))
            for r, (lab, val) in enumerate(b['rows']):
                c0, c1 = tb.rows[r].cells
                fill_cell(c0, lab, b.get('lfont', 'sans-b'), round(size * 0.88, 1), colr(cert, b.get('lcolor', 'gray')), 'left')
                fill_cell(c1, val, b.get('vfont', 'serif'), size, (0, 0, 0), 'left')
            add_par(doc, '', size=2, after=b.get('after', 6))
        elif t == 'cols':
            w = b.get('w', cw)
            n = len(b['labels'])
            fr = b.get('widths') or [1.0 / n] * n
            ca = b.get('calign', 'center')
            tb = new_table(2, [f * w for f in fr], b.get('align', align))
            for i, lab in enumerate(b['labels']):
                c = tb.rows[0].cells[i]
                fill_cell(c, lab, b.get('lfont', 'sans-b'), b.get('lsize', 8.5), colr(cert, b.get('lcolor', 'accent')), ca)
                cell_borders(c, bottom=(4, '999999'))
            for i, val in enumerate(b['values']):
                c = tb.rows[1].cells[i]
                fill_cell(c, val, b.get('vfont', 'serif-b'), b.get('vsize', 13), (0, 0, 0), ca,
                          b.get('vsize', 13) * 0.25 if b.get('spaced_col') == i else None)
                cell_borders(c)
            add_par(doc, '', size=2, after=b.get('after', 10))
        elif t == 'table':
            w = b.get('w', cw)
            n = len(b['header'])
            fr = b.get('widths') or [1.0 / n] * n
            size = b.get('size', 9.5)
            tb = new_table(1 + len(b['rows']), [f * w for f in fr], b.get('align', align))
            tint = hexc(tuple(1 - (1 - c) * 0.15 for c in acc))[1:]
            for r, row in enumerate([b['header']] + b['rows']):
                for i, txt in enumerate(row):
                    c = tb.rows[r].cells[i]
                    fill_cell(c, txt, b.get('hfont', 'sans-b') if r == 0 else b.get('font', 'sans'), size, (0, 0, 0), 'left')
                    g = (4, '999999')
                    cell_borders(c, top=g, bottom=g, left=g, right=g)
                    if r == 0:
                        shade(c, tint)
            add_par(doc, '', size=2, after=b.get('after', 10))
        elif t == 'sig':
            n = len(b['sigs'])
            w = min(cw, 235 * n)
            add_par(doc, '', size=2, after=b.get('before', 8))
            tb = new_table(1, [w / n] * n, align)
            for i, (name, title) in enumerate(b['sigs']):
                c = tb.rows[0].cells[i]
                p = first_par(c)
                p.alignment = AL['center']
                if b.get('script', True):
                    fmt_run(p.add_run(name.split(',')[0]), 'serif-i', 15, (0.12, 0.16, 0.45))
                q = c.add_paragraph()
                q.alignment = AL['center']
                pPr = q._p.get_or_add_pPr()
                bdr = OxmlElement('w:pBdr')
                e = OxmlElement('w:top')
                e.set(qn('w:val'), 'single')
                e.set(qn('w:sz'), '6')
                e.set(qn('w:space'), '2')
                e.set(qn('w:color'), '000000')
                bdr.append(e)
                pPr.append(bdr)
                fmt_run(q.add_run(name), b.get('nfont', 'sans-b'), 8.8, (0, 0, 0))
                for x in title.split('\n'):
                    r2 = c.add_paragraph()
                    r2.alignment = AL['center']
                    fmt_run(r2.add_run(x), b.get('tfont', 'sans'), 8.2, (0, 0, 0))
            add_par(doc, '', size=2, after=b.get('after', 6))
        elif t == 'foot':
            for ln in b['lines']:
                add_par(doc, ln, b.get('font', 'sans'), b.get('size', 7.5), (0.35, 0.35, 0.35), b.get('align', align), 0, 2)
    if use_footer:
        f = foots[0]
        ft = sec.footer
        ft.is_linked_to_previous = False
        first = True
        for ln in f['lines']:
            p = ft.paragraphs[0] if first else ft.add_paragraph()
            first = False
            p.alignment = AL[f.get('align', align)]
            fmt_run(p.add_run(ln), f.get('font', 'sans'), f.get('size', 7.5), (0.35, 0.35, 0.35))
    doc.save(path)


# =============================================================================== TCPDF
def to_tcpdf_spec(cert):
    o = cert['opts']
    W, H = page_dims(cert)
    m = o.get('margin', 64)
    align = o.get('align', 'center')
    fam = {'serif': o.get('tc_serif', 'dejavuserif'), 'sans': o.get('tc_sans', 'dejavusans'), 'mono': 'dejavusansmono'}
    cw = W - 2 * m
    acc = hexc(colr(cert, 'accent'))
    pages = []
    foots = []
    for blocks in split_pages(with_spacers(cert, 0.6)):
        h = []
        pfoot = []
        for b in blocks:
            t = b['t']
            if t == 'text':
                kind, bo, it = fattr(b.get('font', 'serif'))
                ta = b.get('align', align)
                txt = spaced(b['text']) if b.get('spaced') else b['text']
                st = 'font-family:%s;font-size:%spt;color:%s;%s%s' % (fam[kind], b.get('size', 11), hexc(colr(cert, b.get('color'))),
                                                                    'font-weight:bold;' if bo else '', 'font-style:italic;' if it else '')
                width = b.get('width', cw)
                inner = '<span style="%s">%s</span>' % (st, html.escape(txt))
                if width < cw - 1:
                    side = (cw - width) / 2 if ta == 'center' else 0
                    lw_ = side
                    rw_ = cw - width - lw_
                    h.append('<table cellpadding="0" cellspacing="0"><tr><td width="%.1f"></td><td width="%.1f" align="%s">%s</td><td width="%.1f"></td></tr></table>' % (
                        lw_, width, ta, inner, rw_))
                else:
                    h.append('<div style="text-align:%s">%s</div>' % (ta, inner))
                if b.get('uline'):
                    h.append('<hr style="height:0.6pt;color:#777777">')
                h.append('<div style="font-size:%spt;line-height:100%%">&nbsp;</div>' % max(b.get('after', b.get('size', 11) * 0.45), 1))
            elif t == 'gap':
                h.append('<div style="font-size:%spt;line-height:100%%">&nbsp;</div>' % max(b.get('h', 10), 1))
            elif t == 'rule':
                h.append('<hr style="color:%s;height:%spt">' % (acc, b.get('lw', 0.8)))
                h.append('<div style="font-size:%spt">&nbsp;</div>' % max(b.get('after', 10) - 4, 1))
            elif t == 'kv':
                w = b.get('w', cw)
                lw = b.get('lw', 150)
                size = b.get('size', 11)
                vk = fattr(b.get('vfont', 'serif'))
                rows = ''.join('<tr><td width="%.1f" style="font-family:%s;font-weight:bold;color:#595959;font-size:%spt">%s</td>'
                               '<td width="%.1f" style="font-family:%s;font-size:%spt;%s">%s</td></tr>' % (
                                   lw, fam['sans'], round(size * 0.88, 1), html.escape(l), w - lw, fam[vk[0]], size,
                                   'font-weight:bold;' if vk[1] else '', html.escape(v)) for l, v in b['rows'])
                tbl = '<table cellpadding="2" cellspacing="0">%s</table>' % rows
                h.append(_tc_center(tbl, w, cw, b.get('align', align)))
                h.append('<div style="font-size:%spt">&nbsp;</div>' % max(b.get('after', 6), 1))
            elif t == 'cols':
                w = b.get('w', cw)
                n = len(b['labels'])
                fr = b.get('widths') or [1.0 / n] * n
                ca = b.get('calign', 'center')
                vk = fattr(b.get('vfont', 'serif-b'))
                r1 = ''.join('<td width="%.1f" align="%s" style="font-family:%s;font-weight:bold;font-size:%spt;color:%s;border-bottom:0.5pt solid #999999">%s</td>' % (
                    f * w, ca, fam['sans'], b.get('lsize', 8.5), acc, html.escape(x)) for f, x in zip(fr, b['labels']))
                r2 = ''.join('<td width="%.1f" align="%s" style="font-family:%s;font-size:%spt;%s">%s</td>' % (
                    f * w, ca, fam[vk[0]], b.get('vsize', 13), 'font-weight:bold;' if vk[1] else '',
                    html.escape(spaced(x) if b.get('spaced_col') == i else x)) for i, (f, x) in enumerate(zip(fr, b['values'])))
                tbl = '<table cellpadding="4" cellspacing="0"><tr>%s</tr><tr>%s</tr></table>' % (r1, r2)
                h.append(_tc_center(tbl, w, cw, b.get('align', align)))
                h.append('<div style="font-size:%spt">&nbsp;</div>' % max(b.get('after', 10) - 4, 1))
            elif t == 'table':
                w = b.get('w', cw)
                n = len(b['header'])
                fr = b.get('widths') or [1.0 / n] * n
                size = b.get('size', 9.5)
                tint = hexc(tuple(1 - (1 - c) * 0.15 for c in colr(cert, 'accent')))
                r1 = ''.join('<td width="%.1f" style="font-weight:bold;background-color:%s">%s</td>' % (f * w, tint, html.escape(x)) for f, x in zip(fr, b['header']))
                rs = ''.join('<tr>%s</tr>' % ''.join('<td width="%.1f">%s</td>' % (f * w, html.escape(x)) for f, x in zip(fr, r)) for r in b['rows'])
                tbl = '<table border="0.5" cellpadding="4" cellspacing="0" style="font-family:%s;font-size:%spt"><tr>%s</tr>%s</table>' % (
                    fam['sans'], size, r1, rs)
                h.append(_tc_center(tbl, w, cw, b.get('align', align)))
                h.append('<div style="font-size:%spt">&nbsp;</div>' % max(b.get('after', 10), 1))
            elif t == 'sig':
                n = len(b['sigs'])
                w = min(cw, 235 * n)
                gap = 24.0
                colw = (w - gap * (n - 1)) / n
                r1, r2 = [], []
                for i, (name, title) in enumerate(b['sigs']):
                    if i:
                        r1.append('<td width="%.1f"></td>' % gap)
                        r2.append('<td width="%.1f"></td>' % gap)
                    scr = html.escape(name.split(',')[0]) if b.get('script', True) else '&nbsp;'
                    r1.append('<td width="%.1f" align="center" style="font-family:%s;font-style:italic;font-size:15pt;color:#1f2973">%s</td>' % (colw, fam['serif'], scr))
                    r2.append('<td width="%.1f" align="center" style="border-top:0.7pt solid #000000;font-family:%s;font-size:8.8pt"><b>%s</b><br /><span style="font-size:8.2pt">%s</span></td>' % (
                        colw, fam['sans'], html.escape(name), '<br />'.join(html.escape(x) for x in title.split('\n'))))
                h.append('<div style="font-size:%spt">&nbsp;</div>' % b.get('before', 8))
                h.append(_tc_center('<table cellpadding="2" cellspacing="0"><tr>%s</tr><tr>%s</tr></table>' % (''.join(r1), ''.join(r2)), w, cw, align))
            elif t == 'foot':
                pfoot.append(dict(lines=b['lines'], size=b.get('size', 7.5), y=b.get('y', 38), align=b.get('align', align)))
        pages.append(''.join(h))
        foots.append(pfoot)
    return dict(W=W, H=H, orient='L' if o.get('orient') == 'landscape' else 'P', margin=m, pages=pages, foots=foots,
                border=o.get('border'), accent=[int(round(v * 255)) for v in colr(cert, 'accent')], seal=o.get('seal'),
                sans=fam['sans'], meta=cert['meta'], top=o.get('top_pad', 0))


def _tc_center(tbl, w, cw, ta):
    if ta == 'left' or w >= cw - 1:
        return tbl
    side = (cw - w) / 2
    return '<table cellpadding="0" cellspacing="0"><tr><td width="%.1f"></td><td width="%.1f">%s</td><td width="%.1f"></td></tr></table>' % (side, w, tbl, side)


# =============================================================================== Platypus
def build_platypus(cert, path):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.colors import Color, black
    from engine_layout import Flow, PSFONT  # reuse border/seal geometry

    o = cert['opts']
    W, H = page_dims(cert)
    m = o.get('margin', 64)
    align = o.get('align', 'center')
    TA = {'center': TA_CENTER, 'left': TA_LEFT, 'right': TA_RIGHT}
    acc = colr(cert, 'accent')
    cw = W - 2 * m
    pages = split_pages(with_spacers(cert, 1.0))
    page_foots = [[b for b in p if b['t'] == 'foot'] for p in pages]

    deco = Flow(dict(id=cert['id'], opts=o, blocks=[]))  # only border + seal ops

    def on_page(c, doc):
        from engine_layout import render_ops_on_canvas
        pn = c.getPageNumber()
        ops = list(deco.pages[0]) if pn == 1 else [op for op in deco.pages[0] if op['op'] in ('rect', 'line')]
        render_ops_on_canvas(c, [op for op in ops if op['op'] != 'circle' and not (op['op'] == 'text')] if pn != 1 else ops)
        for f in (page_foots[pn - 1] if pn - 1 < len(page_foots) else []):
            size = f.get('size', 7.5)
            c.setFont(PSFONT[f.get('font', 'sans')], size)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            n = len(f['lines'])
            for i, ln in enumerate(f['lines']):
                y = f.get('y', 38) + (n - 1 - i) * size * 1.3
                if f.get('align', align) == 'left':
                    c.drawString(m, y, ln)
                else:
                    c.drawCentredString(W / 2, y, ln)

    doc = BaseDocTemplate(path, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=40,
                          title=cert['meta']['title'], author=cert['meta'].get('author', ''), creator=cert['meta'].get('creator', ''))
    frame = Frame(m, 40, cw, H - m - 40 - o.get('top_pad', 0), id='f', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id='p', frames=[frame], onPage=on_page)])
    story = []
    sc = [0]

    def ps(font='serif', size=11, color=(0, 0, 0), ta='center', after=4, before=0, li=0, ri=0, lead=1.2):
        sc[0] += 1
        return ParagraphStyle('s%d' % sc[0], fontName=PSFONT[font], fontSize=size, leading=size * lead, textColor=Color(*color),
                              alignment=TA[ta], spaceAfter=after, spaceBefore=before, leftIndent=li, rightIndent=ri)

    def esc(s):
        return html.escape(s, quote=False)

    for pi, blocks in enumerate(pages):
        if pi:
            story.append(PageBreak())
        for b in blocks:
            t = b['t']
            if t == 'text':
                ta = b.get('align', align)
                width = b.get('width', cw)
                li = ri = (cw - width) / 2 if ta == 'center' else 0
                if ta == 'left':
                    ri = cw - width
                txt = spaced(b['text']) if b.get('spaced') else b['text']
                story.append(Paragraph(esc(txt), ps(b.get('font', 'serif'), b.get('size', 11), colr(cert, b.get('color')), ta,
                                                    b.get('after', b.get('size', 11) * 0.45), b.get('before', 0), li, ri)))
            elif t == 'gap':
                story.append(Spacer(1, b.get('h', 10)))
            elif t == 'rule':
                w = b.get('w', cw * b.get('frac', 1.0))
                tb = Table([['']], colWidths=[w], rowHeights=[2], hAlign='CENTER' if align == 'center' else 'LEFT')
                tb.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, -1), b.get('lw', 0.8), Color(*acc))]))
                story.append(Spacer(1, b.get('before', 4)))
                story.append(tb)
                story.append(Spacer(1, b.get('after', 10)))
            elif t == 'kv':
                w = b.get('w', cw)
                lw = b.get('lw', 150)
                size = b.get('size', 11)
                lsty = ps(b.get('lfont', 'sans-b'), round(size * 0.88, 1), colr(cert, b.get('lcolor', 'gray')), 'left', 0)
                vsty = ps(b.get('vfont', 'serif'), size, (0, 0, 0), 'left', 0)
                data = [[Paragraph(esc(l), lsty), Paragraph(esc(v), vsty)] for l, v in b['rows']]
                tb = Table(data, colWidths=[lw, w - lw], hAlign='LEFT' if b.get('align', align) == 'left' else 'CENTER')
                tb.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                        ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
                story.append(tb)
                story.append(Spacer(1, b.get('after', 6)))
            elif t == 'cols':
                w = b.get('w', cw)
                n = len(b['labels'])
                fr = b.get('widths') or [1.0 / n] * n
                ca = b.get('calign', 'center')
                lsty = ps(b.get('lfont', 'sans-b'), b.get('lsize', 8.5), colr(cert, b.get('lcolor', 'accent')), ca, 0)
                vals = []
                for i, v in enumerate(b['values']):
                    vals.append(Paragraph(esc(spaced(v) if b.get('spaced_col') == i else v), ps(b.get('vfont', 'serif-b'), b.get('vsize', 13), (0, 0, 0), ca, 0)))
                tb = Table([[Paragraph(esc(x), lsty) for x in b['labels']], vals], colWidths=[f * w for f in fr],
                           hAlign='LEFT' if b.get('align', align) == 'left' else 'CENTER')
                cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 1), (-1, 1), 5)]
                for i in range(n):
                    cmds.append(('LINEBELOW', (i, 0), (i, 0), 0.5, Color(0.6, 0.6, 0.6)))
                tb.setStyle(TableStyle(cmds))
                story.append(tb)
                story.append(Spacer(1, b.get('after', 10)))
            elif t == 'table':
                w = b.get('w', cw)
                n = len(b['header'])
                fr = b.get('widths') or [1.0 / n] * n
                size = b.get('size', 9.5)
                hs = ps(b.get('hfont', 'sans-b'), size, (0, 0, 0), 'left', 0)
                cs = ps(b.get('font', 'sans'), size, (0, 0, 0), 'left', 0)
                data = [[Paragraph(esc(x), hs) for x in b['header']]] + [[Paragraph(esc(x), cs) for x in r] for r in b['rows']]
                tb = Table(data, colWidths=[f * w for f in fr], hAlign='LEFT' if b.get('align', align) == 'left' else 'CENTER')
                tint = Color(*[1 - (1 - c) * 0.15 for c in acc])
                tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, Color(0.6, 0.6, 0.6)), ('BACKGROUND', (0, 0), (-1, 0), tint),
                                        ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
                story.append(tb)
                story.append(Spacer(1, b.get('after', 10)))
            elif t == 'sig':
                n = len(b['sigs'])
                w = min(cw, 235 * n)
                scr = ps('serif-i', 15, (0.12, 0.16, 0.45), 'center', 2)
                nst = ps(b.get('nfont', 'sans-b'), 8.8, (0, 0, 0), 'center', 0)
                tst = ps(b.get('tfont', 'sans'), 8.2, (0, 0, 0), 'center', 0)
                gapw = 28.0
                slot = (w - gapw * (n - 1)) / n
                top, bot, widths = [], [], []
                for i, (nm, tt) in enumerate(b['sigs']):
                    if i:
                        top.append('')
                        bot.append('')
                        widths.append(gapw)
                    top.append(Paragraph(esc(nm.split(',')[0]) if b.get('script', True) else '', scr))
                    bot.append([Paragraph(esc(nm), nst)] + [Paragraph(esc(x), tst) for x in tt.split('\n')])
                    widths.append(slot)
                tb = Table([top, bot], colWidths=widths, hAlign='LEFT' if align == 'left' else 'CENTER')
                cmds = [('VALIGN', (0, 0), (-1, -1), 'BOTTOM'), ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2)]
                for i in range(0, len(widths), 2):
                    cmds.append(('LINEABOVE', (i, 1), (i, 1), 0.7, black))
                tb.setStyle(TableStyle(cmds))
                story.append(Spacer(1, b.get('before', 8)))
                story.append(tb)
                story.append(Spacer(1, b.get('after', 6)))
    doc.build(story)
