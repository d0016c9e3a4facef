"""LibreOffice Writer producer: blocks -> flat ODF text (.fodt) -> soffice --convert-to pdf."""
import os
import re
import shutil
import subprocess
from xml.sax.saxutils import escape

from .ir import page_size, FAMILY_NAMES

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def X(s):
    return escape(str(s))


class Doc:
    def __init__(self, page):
        self.page = page
        self.W, self.H = page_size(page)
        mg = page.get('margin', 72)
        self.ml = self.mr = page.get('mx', mg)
        self.mt, self.mb = page.get('mt', mg), page.get('mb', mg)
        self.cw = self.W - self.ml - self.mr
        self.styles = {}
        self.auto = []
        self.fonts = set()
        self.n = 0
        self.font = FAMILY_NAMES.get(page.get('font', 'serif'))
        self.fonts.add(self.font)
        self.fonts.add('Z003')

    def pstyle(self, size=11, b=False, i=False, align='C', color=None, font=None, sb=0, sa=None, track=0,
               w=None, border_bottom=None, border_top=None, brk=False, lh=1.15, keep=False, ml=0):
        if sa is None:
            sa = size * 0.45
        fname = FAMILY_NAMES.get(font, font) if font else self.font
        self.fonts.add(fname)
        mlr = ml, 0
        if w and w < self.cw:
            side = (self.cw - w) / 2 if align == 'C' else 0
            mlr = (side + ml, side) if align == 'C' else (ml, self.cw - w)
        key = (size, b, i, align, color, fname, sb, sa, track, mlr, border_bottom, border_top, brk, lh, keep)
        if key in self.styles:
            return self.styles[key]
        self.n += 1
        name = 'P%d' % self.n
        al = {'C': 'center', 'L': 'start', 'R': 'end'}[align]
        pp = ['fo:text-align="%s"' % al, 'fo:margin-top="%gpt"' % sb, 'fo:margin-bottom="%gpt"' % sa,
              'fo:margin-left="%gpt"' % mlr[0], 'fo:margin-right="%gpt"' % mlr[1], 'fo:line-height="%d%%"' % (lh * 100)]
        if border_bottom:
            pp.append('fo:border-bottom="%s" fo:padding-bottom="2pt"' % border_bottom)
        if border_top:
            pp.append('fo:border-top="%s" fo:padding-top="2pt"' % border_top)
        if brk:
            pp.append('fo:break-before="page"')
        if keep:
            pp.append('fo:keep-with-next="always"')
        tp = ['fo:font-size="%gpt"' % size, 'style:font-name="%s"' % X(fname)]
        if b:
            tp.append('fo:font-weight="bold"')
        if i:
            tp.append('fo:font-style="italic"')
        if color:
            tp.append('fo:color="%s"' % color)
        if track:
            tp.append('fo:letter-spacing="%gpt"' % track)
        self.auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                         '<style:paragraph-properties %s/><style:text-properties %s/></style:style>' % (
                             name, ' '.join(pp), ' '.join(tp)))
        self.styles[key] = name
        return name

    def raw_style(self, family, props_tag, props):
        self.n += 1
        name = {'table': 'Tb', 'table-column': 'Tc', 'table-cell': 'Td', 'graphic': 'gr'}[family] + str(self.n)
        self.auto.append('<style:style style:name="%s" style:family="%s"><style:%s %s/></style:style>' % (
            name, family, props_tag, props))
        return name

    def para(self, text, **kw):
        st = self.pstyle(**kw)
        body = re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), X(text))
        return '<text:p text:style-name="%s">%s</text:p>' % (st, body.replace('\n', '<text:line-break/>'))

    def table(self, widths, rows_xml, align='center', border=None):
        total = sum(widths)
        ts = self.raw_style('table', 'table-properties', 'style:width="%gpt" table:align="%s"' % (total, align))
        cols = ''.join('<table:table-column table:style-name="%s"/>' % self.raw_style(
            'table-column', 'table-column-properties', 'style:column-width="%gpt"' % w) for w in widths)
        return '<table:table table:style-name="%s">%s%s</table:table>' % (ts, cols, rows_xml)

    def cell(self, inner, border='none', pad='2pt', valign='top', bg=None):
        props = 'fo:border="%s" fo:padding="%s" style:vertical-align="%s"' % (border, pad, valign)
        if bg:
            props += ' fo:background-color="%s"' % bg
        cs = self.raw_style('table-cell', 'table-cell-properties', props)
        return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs, inner)

    # blocks ---------------------------------------------------------------
    def block(self, b, first_on_page=False):
        k = b['k']
        pal = self.page.get('align', 'C')
        if k == 'T':
            return self.para(b['text'], size=b.get('size', 11), b=b.get('b', False), i=b.get('i', False),
                             align=b.get('align', pal), color=b.get('color'), font=b.get('font'), sb=b.get('sb', 0),
                             sa=b.get('sa'), track=b.get('track', 0), w=b.get('w'), brk=first_on_page,
                             lh=b.get('lh', 1.15))
        if k == 'SP':
            st = self.pstyle(size=2, sa=0, sb=max(b['h'] - 2.5, 0), brk=first_on_page, lh=1.0)
            return '<text:p text:style-name="%s"/>' % st
        if k == 'RULE':
            return '<text:p text:style-name="%s"/>' % self.pstyle(
                size=2, sb=b.get('sb', 2), sa=b.get('sa', 8), w=b.get('w'), lh=1.0, brk=first_on_page,
                border_bottom='%gpt solid %s' % (b.get('lw', 0.8), b.get('color', self.page.get('accent', '#444444'))))
        pre = ''
        if first_on_page:
            pre = '<text:p text:style-name="%s"/>' % self.pstyle(size=2, sa=0, brk=True, lh=1.0)
        if k == 'KV':
            size = b.get('size', 11)
            w = b.get('w', 440)
            lw = b.get('lw', 130)
            font = b.get('font')
            rows = []
            for r in b['rows']:
                lab = self.para(r[0], size=size, b=True, align='L', sa=b.get('gap', 4), font=font)
                val = self.para(r[1], size=size, align='L', sa=b.get('gap', 4), font=font)
                rows.append('<table:table-row>%s%s</table:table-row>' % (self.cell(lab), self.cell(val)))
            al = 'center' if b.get('align', 'C' if pal == 'C' else 'L') == 'C' else 'left'
            return pre + self.table([lw, w - lw], ''.join(rows), al) + self.para('', size=2, sa=b.get('sa', 8) - 2, lh=1.0)
        if k == 'COLS':
            out = [pre]
            size = b.get('size', 11.5)
            lsize = b.get('lsize', 8)
            w = b.get('w', self.cw)
            calign = b.get('calign', 'L')
            for row in b['rows']:
                n = len(row)
                fr = b.get('colw') or [1.0 / n] * n
                widths = [w * f for f in fr[:n]]
                # labels are underlined (bottom border of the label paragraph)
                labs = ''.join(self.cell(self.para(c[0], size=lsize, b=True, color='#555555', align=calign, sa=1,
                                                   border_bottom='0.5pt solid #999999'), pad='0pt 8pt 0pt 2pt') for c in row)
                vals = ''.join(self.cell(self.para(c[1], size=size, align=calign, sa=0), pad='2pt 8pt 0pt 2pt') for c in row)
                out.append(self.table(widths, '<table:table-row>%s</table:table-row><table:table-row>%s</table:table-row>' % (labs, vals)))
                out.append(self.para('', size=2, sa=b.get('gap', 10) - 2, lh=1.0))
            return ''.join(out)
        if k == 'TABLE':
            size = b.get('size', 10)
            w = b.get('w', self.cw)
            n = len(b['header'])
            fr = b.get('widths') or [1.0 / n] * n
            widths = [w * f for f in fr]
            bd = '0.6pt solid #666666'
            head = ''.join(self.cell(self.para(h, size=size, b=True, align='L', sa=0), border=bd, pad='3pt', bg='#e6e6e6')
                           for h in b['header'])
            body = ''.join('<table:table-row>%s</table:table-row>' % ''.join(
                self.cell(self.para(c, size=size, align='L', sa=0), border=bd, pad='3pt') for c in r) for r in b['rows'])
            return pre + self.table(widths, '<table:table-row>%s</table:table-row>%s' % (head, body)) + \
                self.para('', size=2, sa=b.get('sa', 10) - 2, lh=1.0)
        if k == 'SIG':
            size = b.get('size', 9.5)
            sigs = b['sigs']
            lw = b.get('lw', 190)
            slot = max(lw + 24, self.cw / len(sigs)) if len(sigs) > 1 else lw
            cells = []
            for s in sigs:
                inner = self.para(s[2] if len(s) > 2 and s[2] else ' ', size=18, font='chancery', color='#1b2a6b', sa=0, align='C', lh=1.0)
                inner += self.para(s[0], size=size, b=True, sa=0, align='C', border_top='0.7pt solid #333333')
                for tl in str(s[1]).split('\n'):
                    if tl:
                        inner += self.para(tl, size=size - 0.5, i=True, sa=0, align='C')
                cells.append(self.cell(inner, pad='0pt 10pt 0pt 10pt'))
            al = 'center' if b.get('align', 'C') == 'C' or len(sigs) > 1 else 'left'
            widths = [min(slot, self.cw / len(sigs))] * len(sigs)
            return pre + self.para('', size=2, sa=b.get('sb', 6), lh=1.0) + \
                self.table(widths, '<table:table-row>%s</table:table-row>' % ''.join(cells), al) + \
                self.para('', size=2, sa=b.get('sa', 8), lh=1.0)
        raise ValueError(k)

    def seal(self):
        p = self.page
        if not p.get('seal'):
            return ''
        r = p.get('seal_r', 38)
        pos = {'bl': (p.get('mx', p.get('margin', 72)) + 20, 100), 'br': (self.W - 110, 100),
               'bc': (self.W / 2, 88), 'tr': (self.W - 100, self.H - 100), 'tl': (100, self.H - 100)}[p['seal']]
        cx, cy = pos
        cy = self.H - cy   # top-down
        g1 = self.raw_style('graphic', 'graphic-properties',
                            'draw:fill="solid" draw:fill-color="%s" draw:stroke="none" style:wrap="run-through" '
                            'style:run-through="background"' % p.get('seal_color', '#b8860b'))
        g2 = self.raw_style('graphic', 'graphic-properties',
                            'draw:fill="none" draw:stroke="solid" svg:stroke-color="#ffffff" svg:stroke-width="1.2pt" '
                            'style:wrap="run-through" style:run-through="background"')
        out = ('<draw:regular-polygon draw:style-name="%s" text:anchor-type="page" text:anchor-page-number="1" '
               'draw:z-index="0" svg:x="%gpt" svg:y="%gpt" svg:width="%gpt" svg:height="%gpt" draw:corners="24" '
               'draw:concave="true" draw:sharpness="14%%"/>' % (g1, cx - r, cy - r, 2 * r, 2 * r))
        out += ('<draw:ellipse draw:style-name="%s" text:anchor-type="page" text:anchor-page-number="1" draw:z-index="1" '
                'svg:x="%gpt" svg:y="%gpt" svg:width="%gpt" svg:height="%gpt"/>' % (g2, cx - r * .7, cy - r * .7, 1.4 * r, 1.4 * r))
        return out

    def build(self, blocks, meta_title):
        p = self.page
        pages = [[]]
        for b in blocks:
            if b['k'] == 'PB':
                pages.append([])
            else:
                pages[-1].append(b)
        body = []
        foot_xml = ''
        for n, bl in enumerate(pages):
            foots = [b for b in bl if b['k'] == 'FOOT']
            if foots and not foot_xml:
                foot_xml = ''.join(self.para(f['text'], size=f.get('size', 7.5), align=f.get('align', p.get('align', 'C')),
                                             color=f.get('color', '#444444'), sa=f.get('sa', 2), i=f.get('i', False),
                                             font=f.get('font'), lh=1.1) for f in foots)
            main = [b for b in bl if b['k'] != 'FOOT']
            if p.get('fodt_top'):
                main = [dict(k='SP', h=p['fodt_top'])] + main
            for j, b in enumerate(main):
                body.append(self.block(b, first_on_page=(n > 0 and j == 0)))
        # seal anchored on page 1 must live inside a paragraph
        seal = self.seal()
        if seal:
            body.insert(0, '<text:p text:style-name="%s">%s</text:p>' % (self.pstyle(size=2, sa=0, lh=1.0), seal))
        bc = p.get('bcolor', p.get('accent', '#1f3a5f'))
        border = {'single': '1.2pt solid ' + bc, 'double': '3.5pt double ' + bc, 'thick': '6pt solid ' + bc,
                  'ornate': '4pt double ' + bc, 'band': '6pt solid ' + bc}.get(p.get('border'))
        fh = 0
        if foot_xml:
            fh = p.get('fodt_foot_h', 40)
        bpad = 20
        inset = p.get('border_inset', 24)
        # page margins are the border inset; content margins are paragraph indents via padding
        if border:
            pl = ('fo:margin-top="%gpt" fo:margin-bottom="%gpt" fo:margin-left="%gpt" fo:margin-right="%gpt" '
                  'fo:border="%s" fo:padding-top="%gpt" fo:padding-bottom="%gpt" fo:padding-left="%gpt" fo:padding-right="%gpt"' % (
                      inset, inset, inset, inset, border, self.mt - inset, max(self.mb - inset - fh, 6),
                      self.ml - inset, self.mr - inset))
        else:
            pl = 'fo:margin-top="%gpt" fo:margin-bottom="%gpt" fo:margin-left="%gpt" fo:margin-right="%gpt"' % (
                self.mt, max(self.mb - fh, 18), self.ml, self.mr)
        footer_style = ''
        if foot_xml:
            footer_style = '<style:footer-style><style:header-footer-properties fo:min-height="%gpt" fo:margin-top="4pt"/></style:footer-style>' % (fh - 4)
        layout = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%gpt" fo:page-height="%gpt" '
                  'style:print-orientation="%s" %s/>%s</style:page-layout>' % (
                      self.W, self.H, p.get('orient', 'portrait'), pl, footer_style))
        fonts = ''.join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (X(f), X(f)) for f in sorted(self.fonts))
        master = '<style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page>' % (
            ('<style:footer>%s</style:footer>' % foot_xml) if foot_xml else '')
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document %s office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">\n'
                '<office:meta><dc:title>%s</dc:title><meta:generator>certs-z19 fodt engine</meta:generator></office:meta>\n'
                '<office:font-face-decls>%s</office:font-face-decls>\n'
                '<office:styles><style:style style:name="Standard" style:family="paragraph">'
                '<style:text-properties style:font-name="%s" fo:color="%s" fo:language="en" fo:country="US"/></style:style></office:styles>\n'
                '<office:automatic-styles>%s\n%s</office:automatic-styles>\n'
                '<office:master-styles>%s</office:master-styles>\n'
                '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n') % (
            NS, X(meta_title), fonts, X(self.font), p.get('color', '#000000'), '\n'.join(self.auto), layout, master,
            '\n'.join(body))


def render_fodt(cert, out_pdf, src_dir, profile_dir):
    page = cert['page']
    d = Doc(page)
    xml = d.build(cert['blocks'], page.get('meta_title', 'Certificate'))
    src = os.path.join(src_dir, cert['id'] + '.fodt')
    with open(src, 'w', encoding='utf-8') as fh:
        fh.write(xml)
    soffice_convert(src, out_pdf, profile_dir)


def soffice_convert(src, out_pdf, profile_dir):
    os.makedirs(profile_dir, exist_ok=True)
    tmp = os.path.join(os.path.dirname(os.path.abspath(src)), '_lo_out')
    os.makedirs(tmp, exist_ok=True)
    cmd = ['soffice', '-env:UserInstallation=file://' + os.path.abspath(profile_dir), '--headless', '--norestore',
           '--convert-to', 'pdf:writer_pdf_Export', '--outdir', tmp, os.path.abspath(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=240)
    base = os.path.splitext(os.path.basename(src))[0] + '.pdf'
    shutil.move(os.path.join(tmp, base), out_pdf)
    shutil.rmtree(tmp, ignore_errors=True)
