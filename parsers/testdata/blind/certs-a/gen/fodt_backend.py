"""Blocks -> flat ODF text document (.fodt) for LibreOffice Writer."""
import base64
from xml.sax.saxutils import escape
from engine import PAGE_SIZES, parse_rich, Layout
from svgops import logo_ops, sig_ops, svg_of_ops, d_of

FONTS = {'serif': 'Liberation Serif', 'sans': 'Liberation Sans', 'script': 'Z003'}
ALT = {'dejavu': {'serif': 'DejaVu Serif', 'sans': 'DejaVu Sans'}, 'urw': {'serif': 'C059', 'sans': 'URW Gothic'},
       'p052': {'serif': 'P052', 'sans': 'Nimbus Sans'}}
ALIGN = {'C': 'center', 'L': 'start', 'R': 'end', 'J': 'justify'}


class Doc:
    def __init__(self, page):
        self.page = page
        self.fonts = dict(FONTS)
        if page.get('hfonts'):
            self.fonts.update(ALT[page['hfonts']])
        self.auto = []
        self.keys = {}
        self.n = 0
        self.nimg = 0

    def style(self, family, props, parent=None):
        key = (family, props)
        if key not in self.keys:
            self.n += 1
            name = {'paragraph': 'P', 'text': 'T', 'table': 'Tb', 'table-column': 'Tc', 'table-cell': 'Td',
                    'graphic': 'G'}[family] + str(self.n)
            self.keys[key] = name
            self.auto.append('<style:style style:name="%s" style:family="%s"%s>%s</style:style>' % (
                name, family, (' style:parent-style-name="%s"' % parent) if parent else '', props))
        return self.keys[key]

    def pstyle(self, font='serif', size=12, b=False, i=False, align='C', sp=0, color='000000', before=0, after=0,
               lh=1.25, ml=0, mr=0, border_bottom=None, keep=False):
        pp = '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:margin-left="%.1fpt" fo:margin-right="%.1fpt" fo:line-height="%d%%"%s/>' % (
            ALIGN[align], before, after, ml, mr, int(lh * 100 / 1.15),
            (' fo:border-bottom="%s" fo:padding-bottom="1pt"' % border_bottom) if border_bottom else '')
        tp = '<style:text-properties style:font-name="%s" fo:font-size="%.1fpt" fo:font-weight="%s" fo:font-style="%s" fo:color="#%s" fo:letter-spacing="%s"/>' % (
            self.fonts[font], size, 'bold' if b else 'normal', 'italic' if i else 'normal', color, ('%.1fpt' % sp) if sp else 'normal')
        return self.style('paragraph', pp + tp)

    def spans(self, s, b=False, i=False):
        out = []
        for t, bb, ii in parse_rich(s, b, i):
            tt = escape(t).replace('\n', '<text:line-break/>')
            tt = tt.replace('  ', ' <text:s/>')
            st = self.style('text', '<style:text-properties fo:font-weight="%s" fo:font-style="%s"/>' % (
                'bold' if bb else 'normal', 'italic' if ii else 'normal'))
            out.append('<text:span text:style-name="%s">%s</text:span>' % (st, tt))
        return ''.join(out)

    def image(self, svg, w, h):
        self.nimg += 1
        gs = self.style('graphic', '<style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none" style:wrap="none"/>')
        return ('<draw:frame draw:style-name="%s" draw:name="Image%d" text:anchor-type="as-char" svg:width="%.2fpt" svg:height="%.2fpt" draw:z-index="%d">'
                '<draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame>') % (
            gs, self.nimg, w, h, self.nimg, base64.b64encode(svg.encode()).decode())

    def table(self, colw, rows, cellprops, align='center', after=0, ml=0):
        """rows: list of list of (cell_xml, cellprops-or-None)"""
        self.n += 1
        tw = sum(colw)
        ts = self.style('table', '<style:table-properties style:width="%.2fpt" table:align="%s" fo:margin-bottom="%.1fpt" fo:margin-left="%.1fpt"/>' % (
            tw, align if not ml else 'left', after, ml))
        out = ['<table:table table:style-name="%s">' % ts]
        for w in colw:
            cs = self.style('table-column', '<style:table-column-properties style:column-width="%.2fpt"/>' % w)
            out.append('<table:table-column table:style-name="%s"/>' % cs)
        for row in rows:
            out.append('<table:table-row>')
            for cell, props in row:
                cst = self.style('table-cell', '<style:table-cell-properties %s/>' % (props or cellprops))
                out.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cst, cell))
            out.append('</table:table-row>')
        out.append('</table:table>')
        return ''.join(out)


def render(page, blocks, title='Certificate', creator='Writer'):
    d = Doc(page)
    W, H = PAGE_SIZES[page.get('size', 'letter')]
    if page.get('orient', 'P') == 'L':
        W, H = H, W
    m = page.get('margin', 60)
    mx, mt, mb = page.get('mx', m), page.get('mt', m), page.get('mb', m)
    CW = W - 2 * mx
    acc = page.get('accent', '1f3a68')
    bd = page.get('border', 'none')
    if bd in ('double', 'single', 'thick', 'band', 'corners'):
        bw = {'double': '4.5pt double #%s' % acc, 'thick': '3pt solid #%s' % acc}.get(bd, '2pt solid #%s' % acc)
        extra = ' style:border-line-width="0.75pt 1.5pt 2.25pt"' if bd == 'double' else ''
        plp = 'fo:margin-top="20pt" fo:margin-bottom="20pt" fo:margin-left="20pt" fo:margin-right="20pt" fo:border="%s"%s fo:padding-top="%.1fpt" fo:padding-bottom="%.1fpt" fo:padding-left="%.1fpt" fo:padding-right="%.1fpt"' % (
            bw, extra, mt - 24, mb - 24, mx - 24, mx - 24)
    else:
        plp = 'fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:margin-left="%.1fpt" fo:margin-right="%.1fpt"' % (mt, mb, mx, mx)
    body = []
    # vertical centring by a measured top spacer
    pages = [[]]
    for bl in blocks:
        if bl['t'] == 'page':
            pages.append([])
        else:
            pages[-1].append(bl)
    for pno, pb in enumerate(pages):
        first = True
        if page.get('valign') == 'center':
            L = Layout(page, 'lib')
            h = L._flow(pb, 0, measure=True) * 1.15
            avail = H - mt - mb
            if h < avail:
                body.append('<text:p text:style-name="%s"/>' % d.pstyle(size=1, lh=0.5, before=max(((avail - h) / 2 - 2) * page.get('center_scale', 1.0), 0), align='L'))
        for bl in pb:
            t = bl['t']
            brk = ''
            if first and pno > 0:
                brk = 'BRK'
            first = False
            x = None
            if t == 'space':
                x = '<text:p text:style-name="%s"/>' % d.pstyle(size=1, lh=0.5, before=max(bl['h'] - 1, 0), align='L')
            elif t == 'rule':
                ml = CW * (1 - bl['frac']) / 2
                x = '<text:p text:style-name="%s"/>' % d.pstyle(size=1, lh=0.5, before=bl['before'], after=bl['after'], ml=ml, mr=ml,
                                                                 border_bottom='%.2fpt solid #%s' % (bl['lw'], bl['color']))
            elif t == 'text':
                ml = (CW - bl['w']) / 2 if bl['w'] else 0
                ps = d.pstyle(bl['font'], bl['size'], bl['b'], bl['i'], bl['align'], bl['sp'], bl['color'], bl['before'],
                              bl['after'], bl['lh'], ml, ml)
                x = '<text:p text:style-name="%s">%s</text:p>' % (ps, d.spans(bl['s'], bl['b'], bl['i']))
            elif t == 'cols':
                n = len(bl['pairs'])
                ws = bl['widths'] or [1.0 / n] * n
                colw = [CW * w for w in ws]
                lp = d.pstyle(bl['font'], bl['lsize'], color=bl['lcolor'], align=bl['align'], lh=1.25)
                vp = d.pstyle(bl['vfont'], bl['vsize'], b=bl['vb'], align=bl['align'], lh=1.25, before=3 if bl['order'] == 'above' else 0)
                labs = [('<text:p text:style-name="%s">%s</text:p>' % (lp, d.spans(p[0])), None) for p in bl['pairs']]
                vals = [('<text:p text:style-name="%s">%s</text:p>' % (vp, d.spans(p[1], bl['vb'])), None) for p in bl['pairs']]
                cp = 'fo:padding-left="0pt" fo:padding-right="14pt" fo:padding-top="0pt" fo:padding-bottom="2pt" fo:border="none"'
                if bl['order'] == 'above':
                    rows = [labs, vals]
                    if bl['rule']:
                        rows = [labs, [(v, cp.replace('fo:border="none"', 'fo:border-bottom="0.5pt solid #969696"')) for v, _ in vals]]
                else:
                    rows = [[(v, cp.replace('fo:border="none"', 'fo:border-bottom="0.6pt solid #3c3c3c"')) for v, _ in vals],
                            [(l, cp.replace('fo:padding-top="0pt"', 'fo:padding-top="3pt"')) for l, _ in labs]]
                x = d.table(colw, rows, cp, after=bl['after'])
            elif t == 'kv':
                if bl['inline']:
                    parts = []
                    for k, row in enumerate(bl['rows']):
                        lab = row[0] + (':' if bl['colon'] and row[0] else '')
                        ps = d.pstyle(bl['font'], bl['size'], align='L', lh=1.3, ml=bl['indent'],
                                      after=bl['gap'] + (bl['after'] if k == len(bl['rows']) - 1 else 0))
                        parts.append('<text:p text:style-name="%s">%s %s</text:p>' % (
                            ps, d.spans(('**%s**' % lab) if bl['lb'] else lab), d.spans(row[1])))
                    x = ''.join(parts)
                else:
                    lp = d.pstyle(bl['font'], bl['size'], b=bl['lb'], align='L', lh=1.3, after=bl['gap'])
                    vp = d.pstyle(bl['font'], bl['size'], align='L', lh=1.3, after=bl['gap'])
                    rows = [[('<text:p text:style-name="%s">%s</text:p>' % (lp, d.spans(r[0] + (':' if bl['colon'] and r[0] else ''), bl['lb'])), None),
                             ('<text:p text:style-name="%s">%s</text:p>' % (vp, d.spans(r[1])), None)] for r in bl['rows']]
                    x = d.table([bl['lw'], CW - bl['indent'] - bl['lw']], rows, 'fo:padding="0pt" fo:border="none"',
                                align='left', after=bl['after'], ml=bl['indent'])
            elif t == 'table':
                w = bl['w'] or CW - 2 * bl['indent']
                lp = d.pstyle(bl['font'], bl['size'], b=True, align='L', lh=1.3)
                vp = d.pstyle(bl['font'], bl['size'], align='L', lh=1.3)
                cp = 'fo:padding="5pt" fo:border="0.6pt solid #505050"'
                rows = []
                if bl['header']:
                    hp = d.pstyle(bl['font'], bl['size'], b=True, align='L', lh=1.3, color='ffffff')
                    rows.append([('<text:p text:style-name="%s">%s</text:p>' % (hp, d.spans(bl['header'])), cp + ' fo:background-color="#%s"' % acc),
                                 ('<text:p text:style-name="%s"/>' % hp, cp + ' fo:background-color="#%s"' % acc)])
                for r in bl['rows']:
                    rows.append([('<text:p text:style-name="%s">%s</text:p>' % (lp, d.spans(r[0], True)), cp + ' fo:background-color="#%s"' % bl['shade']),
                                 ('<text:p text:style-name="%s">%s</text:p>' % (vp, d.spans(r[1])), None)])
                x = d.table([bl['lw'], w - bl['lw']], rows, cp, after=bl['after'])
            elif t == 'sig':
                n = len(bl['items'])
                cells = []
                for k, it in enumerate(bl['items']):
                    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="170pt" height="36pt" viewBox="0 0 170 36"><path d="%s" fill="none" stroke="#141e5a" stroke-width="1.1"/><path d="M 0 35.5 L 170 35.5" stroke="#000" stroke-width="0.6"/></svg>' % d_of(sig_ops(170, 34, bl['seed'] + k))
                    ip = d.pstyle(bl['font'], 1, align='C', lh=1.0)
                    c = '<text:p text:style-name="%s">%s</text:p>' % (ip, d.image(svg, 170, 36))
                    for j, line in enumerate(it):
                        c += '<text:p text:style-name="%s">%s</text:p>' % (d.pstyle(bl['font'], bl['size'], b=(j == 0), align='C', lh=1.25, before=3 if j == 0 else 0), d.spans(line, j == 0))
                    cells.append((c, None))
                x = d.table([CW / n] * n, [cells], 'fo:padding="0pt" fo:border="none"', after=bl['after'])
            elif t == 'logo':
                s = bl['size']
                w = s * (4.2 if bl['kind'] == 'bars' and bl['text'] else 1)
                svg = svg_of_ops(logo_ops(bl), w, s, 'Liberation Sans')
                if bl['abs']:
                    ax, ay = bl['abs']
                    if ax < 0:
                        ax = W + ax - s
                    gs = d.style('graphic', '<style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none"/>')
                    d.nimg += 1
                    img = ('<draw:frame draw:style-name="%s" draw:name="Image%d" text:anchor-type="page" text:anchor-page-number="%d" svg:x="%.2fpt" svg:y="%.2fpt" svg:width="%.2fpt" svg:height="%.2fpt" draw:z-index="%d">'
                           '<draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame>') % (
                        gs, d.nimg, pno + 1, ax, ay, w, s, d.nimg, base64.b64encode(svg.encode()).decode())
                    body.insert(0, img)
                    continue
                ps = d.pstyle('sans', 2, align=bl['align'], after=bl['after'], lh=1.0)
                x = '<text:p text:style-name="%s">%s</text:p>' % (ps, d.image(svg, w, s))
            if x:
                if brk:
                    # page break before this block
                    bs = d.style('paragraph', '<style:paragraph-properties fo:break-before="page" fo:margin-top="0pt" fo:margin-bottom="0pt" fo:line-height="50%"/><style:text-properties fo:font-size="1pt"/>')
                    x = '<text:p text:style-name="%s"/>' % bs + x
                body.append(x)
    fontdecl = ''.join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>' % (f, f) for f in sorted(set(d.fonts.values())))
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator></office:meta>
<office:font-face-decls>%s</office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt"/><style:text-properties style:font-name="%s" fo:font-size="12pt" fo:language="en" fo:country="US"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/></office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%.2fpt" fo:page-height="%.2fpt" style:print-orientation="%s" %s/></style:page-layout>
%s</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
''' % (escape(title), escape(creator), fontdecl, d.fonts['serif'], W, H, 'landscape' if W > H else 'portrait', plp,
       '\n'.join(d.auto), '\n'.join(body))
    return doc
