"""LibreOffice Writer engine: writes a flat ODF text document (.fodt) and converts
it with soffice --headless --convert-to pdf."""
import os
import shutil
import subprocess
from xml.sax.saxutils import escape

FN = {'serif': 'Liberation Serif', 'sans': 'Liberation Sans'}


def x(s):
    return escape(s)


class Styles:
    def __init__(self):
        self.auto = []
        self.n = 0

    def add(self, family, props):
        self.n += 1
        name = '%s%d' % ('P' if family == 'paragraph' else ('T' if family == 'table' else 'C'), self.n)
        self.auto.append('<style:style style:name="%s" style:family="%s">%s</style:style>' % (name, family, props))
        return name


def para_props(al, sb, size, b=False, i=False, font='Liberation Serif', color=None, ls=0, brk=False, lh=None):
    pp = '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="0pt"%s%s/>' % (
        {'left': 'start', 'center': 'center', 'right': 'end'}[al], sb,
        ' fo:break-before="page"' if brk else '', ' fo:line-height="%d%%"' % int(lh * 100) if lh else '')
    tp = '<style:text-properties style:font-name="%s" fo:font-size="%.1fpt"%s%s%s%s/>' % (
        font, size, ' fo:font-weight="bold"' if b else '', ' fo:font-style="italic"' if i else '',
        ' fo:color="%s"' % color if color else '', ' fo:letter-spacing="%.1fpt"' % ls if ls else '')
    return pp + tp


def render(spec, out, fodtfile, profile):
    pg = spec['page']
    land = pg.get('orient') == 'landscape'
    W, H = ('11in', '8.5in') if land else ('8.5in', '11in')
    fam = pg.get('family', 'serif')
    align = pg.get('align', 'center')
    m = pg.get('margin', 72) / 72.0
    col = pg.get('bcolor', '#333333')
    bd = {'single': '3pt solid %s' % col, 'thin': '1pt solid %s' % col, 'double': '5pt double %s' % col,
          'ornate': '6pt double %s' % col}.get(pg.get('border'), 'none')
    # border drawn on the page area, with padding so text keeps its margin
    bmargin = 0.33
    st = Styles()
    body = []
    brk = False
    first = True
    cw_in = (11 if land else 8.5) - 2 * m
    for b in spec['blocks']:
        t = b['t']
        font = FN[b.get('ff') or fam]
        sb = b.get('sb', 0)
        if first:
            sb += pg.get('top', 0)
        if t == 'pagebreak':
            brk = True
            continue
        if t == 'space':
            name = st.add('paragraph', para_props('left', b['h'] + (pg.get('top', 0) if first else 0) - 2, 2, brk=brk))
            body.append('<text:p text:style-name="%s"/>' % name)
        elif t == 'rule':
            name = st.add('paragraph', '<style:paragraph-properties fo:margin-top="%.1fpt" fo:margin-left="%.2fin" fo:margin-right="%.2fin" fo:border-bottom="%.1fpt solid %s" fo:padding="0pt"%s/><style:text-properties fo:font-size="2pt"/>'
                          % (sb, cw_in * (1 - b['w']) / 2, cw_in * (1 - b['w']) / 2, b['width'], b['color'], ' fo:break-before="page"' if brk else ''))
            body.append('<text:p text:style-name="%s"/>' % name)
        elif t == 'p':
            props = para_props(b['al'] or align, sb, b['size'], b['b'], b['i'], font, b['color'], b['ls'], brk, b['lh'] if b['lh'] != 1.25 else None)
            if b.get('w') and b['w'] < 1:
                ind = cw_in * (1 - b['w']) / 2
                props = props.replace('fo:margin-bottom="0pt"', 'fo:margin-bottom="0pt" fo:margin-left="%.2fin" fo:margin-right="%.2fin"' % (ind, ind))
            name = st.add('paragraph', props)
            txt = x(b['text']).replace('\n', '<text:line-break/>')
            body.append('<text:p text:style-name="%s">%s</text:p>' % (name, txt))
        else:
            # tables
            bw = (b.get('w') or 1.0) * cw_in
            tname = st.add('table', '<style:table-properties style:width="%.2fin" table:align="center" fo:margin-top="%.1fpt"%s/>'
                           % (bw, sb, ' fo:break-before="page"' if brk else ''))
            rows = []
            if t == 'kv':
                widths = [b['lw'] / 72.0, bw - b['lw'] / 72.0]
                lp = st.add('paragraph', para_props('left', 0, b['lsize'], b['lb'], False, font, b['lcolor']))
                vp = st.add('paragraph', para_props('left', 0, b['size'], b['vb'], False, font))
                cell = st.add('table-cell', '<style:table-cell-properties fo:padding-top="%.1fpt" fo:padding-bottom="%.1fpt" fo:padding-left="0pt" fo:border="none"/>' % (b['gap'] / 2, b['gap'] / 2))
                for lab, val in b['rows']:
                    rows.append('<table:table-row><table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                '<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell></table:table-row>'
                                % (cell, lp, x(lab), cell, vp, x(val)))
            elif t == 'cols':
                n = len(b['cols'])
                fr = b['widths'] or [1.0 / n] * n
                widths = [f * bw for f in fr]
                lp = st.add('paragraph', para_props(b['al'], 0, b['lsize'], False, False, font, b['lcolor']))
                vp = st.add('paragraph', para_props(b['al'], 0, b['size'], b['vb'], False, font))
                c1 = st.add('table-cell', '<style:table-cell-properties fo:padding="3pt" fo:border="none"/>')
                c2 = st.add('table-cell', '<style:table-cell-properties fo:padding="3pt" fo:border="none" fo:border-bottom="%s"/>'
                            % ('0.8pt solid #777777' if b['rule'] else 'none'))
                rows.append('<table:table-row>%s</table:table-row>' % ''.join(
                    '<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (c1, lp, x(l)) for l, v in b['cols']))
                rows.append('<table:table-row>%s</table:table-row>' % ''.join(
                    '<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (c2, vp, x(v)) for l, v in b['cols']))
            elif t == 'table':
                n = len(b['header'])
                fr = b['widths'] or [1.0 / n] * n
                widths = [f * bw for f in fr]
                hp = st.add('paragraph', para_props(b['al'], 0, b['size'], True, False, font))
                vp = st.add('paragraph', para_props(b['al'], 0, b['size'], False, False, font))
                hc = st.add('table-cell', '<style:table-cell-properties fo:padding="4pt" fo:border="0.8pt solid #555555" fo:background-color="%s"/>' % (b['hfill'] or 'transparent'))
                vc = st.add('table-cell', '<style:table-cell-properties fo:padding="4pt" fo:border="0.8pt solid #555555"/>')
                rows.append('<table:table-row>%s</table:table-row>' % ''.join(
                    '<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (hc, hp, x(c)) for c in b['header']))
                for r in b['rows']:
                    rows.append('<table:table-row>%s</table:table-row>' % ''.join(
                        '<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (vc, vp, x(c)) for c in r))
            elif t == 'sigs':
                n = len(b['sigs'])
                widths = [bw / n] * n
                sp = st.add('paragraph', para_props('center', 0, 17, False, True, 'Liberation Serif', '#1c2f6b'))
                np_ = st.add('paragraph', para_props('center', 3, b['size'], True, False, font))
                tp = st.add('paragraph', para_props('center', 0, b['size'] - 0.5, False, False, font))
                lp = st.add('paragraph', '<style:paragraph-properties fo:text-align="center" fo:margin-left="0.3in" fo:margin-right="0.3in" fo:border-bottom="0.8pt solid #000000" fo:padding="0pt"/><style:text-properties fo:font-size="17pt" fo:font-style="italic" style:font-name="Liberation Serif" fo:color="#1c2f6b"/>')
                c = st.add('table-cell', '<style:table-cell-properties fo:padding="2pt" fo:border="none"/>')
                cells = []
                for sig in b['sigs']:
                    name, title = sig[0], sig[1]
                    cells.append('<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p><text:p text:style-name="%s">%s</text:p><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                 % (c, lp, x(name.split(',')[0]) if b['script'] else '', np_, x(name), tp, x(title).replace('\n', '<text:line-break/>')))
                rows.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
            else:
                raise ValueError(t)
            colsx = ''.join('<table:table-column table:style-name="%s"/>' % st.add('table-column', '<style:table-column-properties style:column-width="%.2fin"/>' % w) for w in widths)
            body.append('<table:table table:name="Table%d" table:style-name="%s">%s%s</table:table>' % (st.n, tname, colsx, ''.join(rows)))
        brk = False
        first = False
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title></office:meta>
<office:font-face-decls>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="%(font)s" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL1"><style:page-layout-properties fo:page-width="%(W)s" fo:page-height="%(H)s" style:print-orientation="%(orient)s" fo:margin="%(bm).2fin" fo:border="%(bd)s" fo:padding="%(pad).2fin"/></style:page-layout>
%(auto)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL1"/></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
''' % dict(title=x(spec.get('doc_title', 'Certificate')), font=FN[fam], W=W, H=H,
           orient='landscape' if land else 'portrait', bm=bmargin if bd != 'none' else m, bd=bd,
           pad=(m - bmargin) if bd != 'none' else 0, auto='\n'.join(st.auto), body='\n'.join(body))
    with open(fodtfile, 'w', encoding='utf-8') as f:
        f.write(doc)
    convert(fodtfile, out, profile)


def convert(src, out, profile):
    outdir = os.path.dirname(os.path.abspath(src))
    subprocess.run(['soffice', '-env:UserInstallation=file://' + os.path.abspath(profile), '--headless',
                    '--convert-to', 'pdf', '--outdir', outdir, os.path.abspath(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.splitext(os.path.abspath(src))[0] + '.pdf'
    shutil.move(pdf, out)
