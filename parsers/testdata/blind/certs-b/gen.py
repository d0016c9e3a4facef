#!/usr/bin/python3
"""Writes the sources (HTML, FODT, DOCX, PHP, PostScript) of every
certificate in certs.py into src/, writes the gold files, and builds the
ReportLab and AcroForm PDFs directly.  make.sh runs the other converters.

usage: /usr/bin/python3 gen.py [id ...]
"""
import html
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape as xesc

from blocks import val

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
BUILD = os.path.join(HERE, 'build')

PAGES = {'letter': (612, 792), 'letter-l': (792, 612),
         'a4': (595.28, 841.89), 'a4-l': (841.89, 595.28)}

BOLD_RE = re.compile(r'\*\*(.+?)\*\*', re.S)


def strip_md(s):
    return BOLD_RE.sub(r'\1', s)


def split_md(s):
    """-> list of (text, bold)"""
    out = []
    pos = 0
    for m in BOLD_RE.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], False))
    return out


def pages_of(spec):
    pages, cur = [], []
    for b in spec['blocks']:
        if b['k'] == 'pb':
            pages.append(cur)
            cur = []
        else:
            cur.append(b)
    pages.append(cur)
    return pages


def hexcol(c, default='#000000'):
    return c or default


# ---------------------------------------------------------------- HTML ----
CSSFONT = {'serif': "'Liberation Serif', serif",
           'sans': "'Liberation Sans', sans-serif",
           'dserif': "'DejaVu Serif', serif",
           'dsans': "'DejaVu Sans', sans-serif",
           'narrow': "'Liberation Sans Narrow', sans-serif",
           'mono': "'Liberation Mono', monospace"}
ALIGN = {'c': 'center', 'l': 'left', 'r': 'right', 'j': 'justify'}


def h_inline(s):
    s = html.escape(val(s), quote=False)
    s = BOLD_RE.sub(r'<b>\1</b>', s)
    return s.replace('\n', '<br>')


def h_textcss(o, spec, size=None, b=None):
    f = o.get('font') or spec['font']
    css = ['font-family:%s' % CSSFONT[f],
           'font-size:%gpt' % (size or o['size']),
           'font-weight:%s' % ('bold' if (o.get('b') if b is None else b) else 'normal')]
    if o.get('i'):
        css.append('font-style:italic')
    if o.get('color'):
        css.append('color:%s' % o['color'])
    if o.get('ls'):
        css.append('letter-spacing:%gpt' % o['ls'])
    return ';'.join(css)


def h_kv(o, spec, tw):
    f = CSSFONT[o.get('font') or spec['font']]
    lw = 'bold' if o['lb'] else 'normal'
    vw = 'bold' if o['vb'] else 'normal'
    lc = ';color:%s' % o['lcolor'] if o['lcolor'] else ''
    width = o['width'] * tw
    marg = 'margin:%gpt auto 0 auto' % o['sb'] if o['align'] == 'c' else \
        'margin:%gpt 0 0 %gpt' % (o['sb'], (tw - width) if o['align'] == 'r' else 0)
    rows = o['rows']
    out = []
    lab = 'font-family:%s;font-size:%gpt;font-weight:%s%s' % (f, o['lsize'], lw, lc)
    vst = 'font-family:%s;font-size:%gpt;font-weight:%s' % (f, o['vsize'], vw)
    if o['mode'] == 'inline':
        for lbl, v in rows:
            out.append('<div style="text-align:%s;margin-top:%gpt"><span style="%s">%s</span> '
                       '<span style="%s">%s</span></div>'
                       % (ALIGN[o['align']], o['sb'] if not out else 2, lab,
                          h_inline(lbl), vst, h_inline(v)))
        return '\n'.join(out)
    ncols = o['cols']
    if o['mode'] in ('beside', 'table'):
        per = 2 * ncols
    else:
        per = ncols
    widths = o['widths'] or [1.0 / per] * per
    border = o['mode'] == 'table'
    tstyle = 'border-collapse:collapse;width:%gpt;%s;table-layout:fixed' % (width, marg)
    out.append('<table style="%s">' % tstyle)
    out.append('<colgroup>%s</colgroup>' % ''.join(
        '<col style="width:%gpt">' % (w * width) for w in widths))
    cellb = 'border:0.75pt solid #555;padding:4pt 6pt;vertical-align:top' if border \
        else 'padding:2pt 8pt 2pt 0;vertical-align:top'
    fill = ';background:%s' % o['fill'] if o['fill'] else ''
    if o['mode'] in ('beside', 'table'):
        for r in range(0, len(rows), ncols):
            out.append('<tr>')
            for lbl, v in rows[r:r + ncols]:
                out.append('<td style="%s;%s%s">%s</td><td style="%s;%s">%s</td>'
                           % (cellb, lab, fill if border else '', h_inline(lbl),
                              cellb, vst, h_inline(v)))
            out.append('</tr>')
    else:
        ta = ALIGN[o['align']] if o['mode'] == 'above' else 'center'
        for r in range(0, len(rows), ncols):
            out.append('<tr>')
            for lbl, v in rows[r:r + ncols]:
                if o['mode'] == 'above':
                    out.append('<td style="padding:4pt 10pt 6pt 0;vertical-align:top;text-align:%s">'
                               '<div style="%s">%s</div><div style="%s;margin-top:1pt">%s</div></td>'
                               % (ta, lab, h_inline(lbl), vst, h_inline(v)))
                else:  # under
                    out.append('<td style="padding:4pt 14pt;vertical-align:bottom;text-align:center">'
                               '<div style="%s;padding-bottom:2pt">%s</div>'
                               '<div style="%s;border-top:0.75pt solid #333;padding-top:2pt">%s</div></td>'
                               % (vst, h_inline(v), lab, h_inline(lbl)))
            out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)


def render_html(spec):
    w, h = PAGES[spec['page']]
    m = spec['margin']
    fr = spec.get('frame')
    pad = fr['pad'] if fr else 0
    tw = w - 2 * m - 2 * pad - (2 * fr['width'] if fr else 0)
    css = ['@page { size: %gpt %gpt; margin: 0; }' % (w, h),
           'html, body { margin: 0; padding: 0; }',
           '.page { width: %gpt; height: %gpt; box-sizing: border-box; padding: %gpt; '
           'overflow: hidden; break-after: page; }' % (w, h - 2, m),
           '.page:last-child { break-after: auto; }',
           'p, div { margin: 0; }']
    if fr:
        css.append('.frame { box-sizing: border-box; height: 100%%; border: %gpt %s %s; padding: %gpt; %s}'
                   % (fr['width'], fr['style'], fr['color'], pad,
                      ('outline: 1pt solid %s; outline-offset: -%gpt;' % (fr['color'], fr['width'] + 5))
                      if fr.get('inner') else ''))
    if spec.get('css'):
        css.append(spec['css'])
    body = []
    for pg in pages_of(spec):
        body.append('<div class="page">' + ('<div class="frame">' if fr else ''))
        for b in pg:
            k = b['k']
            if k == 't':
                body.append('<div style="text-align:%s;margin-top:%gpt;line-height:%g;%s">%s</div>'
                            % (ALIGN[b['align']], b['sb'], b['lh'], h_textcss(b, spec), h_inline(b['text'])))
            elif k == 'p':
                wd = 'width:%gpt;margin-left:auto;margin-right:auto;' % (b['width'] * tw) if b['width'] else ''
                body.append('<p style="%stext-align:%s;margin-top:%gpt;line-height:%g;%s">%s</p>'
                            % (wd, ALIGN[b['align']], b['sb'], b['lh'], h_textcss(b, spec), h_inline(b['text'])))
            elif k == 'kv':
                body.append(h_kv(b, spec, tw))
            elif k == 'rule':
                body.append('<div style="margin:%gpt auto 0 auto;width:%gpt;border-top:%gpt solid %s"></div>'
                            % (b['sb'], b['w'] * tw, b['t'], b['color']))
            elif k == 'sp':
                body.append('<div style="height:%gpt"></div>' % b['h'])
        body.append(('</div>' if fr else '') + '</div>')
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            '<title>%s</title>\n<style>\n%s\n</style></head>\n<body>\n%s\n</body></html>\n'
            % (html.escape(spec.get('doctitle', 'Certificate')), '\n'.join(css), '\n'.join(body)))


# ---------------------------------------------------------------- FODT ----
ODFONT = {'serif': ('Liberation Serif', 'roman'), 'sans': ('Liberation Sans', 'swiss'),
          'dserif': ('DejaVu Serif', 'roman'), 'dsans': ('DejaVu Sans', 'swiss'),
          'narrow': ('Liberation Sans Narrow', 'swiss'), 'mono': ('Liberation Mono', 'modern')}


class Fodt:
    def __init__(self, spec):
        self.spec = spec
        self.auto = []
        self.cache = {}
        self.n = 0
        self.body = []

    def style(self, family, key, xml_fn):
        k = (family, key)
        if k not in self.cache:
            self.n += 1
            name = {'paragraph': 'P', 'text': 'T', 'table': 'Tab', 'table-column': 'Col',
                    'table-cell': 'Cell'}[family] + str(self.n)
            self.cache[k] = name
            self.auto.append(xml_fn(name))
        return self.cache[k]

    def tprops(self, font, size, b, i, color, ls):
        fn = ODFONT[font or self.spec['font']][0]
        a = ['style:font-name="%s"' % fn, 'fo:font-size="%gpt"' % size]
        if b:
            a.append('fo:font-weight="bold"')
        if i:
            a.append('fo:font-style="italic"')
        if color:
            a.append('fo:color="%s"' % color)
        if ls:
            a.append('fo:letter-spacing="%gpt"' % ls)
        return '<style:text-properties %s/>' % ' '.join(a)

    def pstyle(self, align, font, size, b, i, color, ls, sb, brk=False, lh=1.2, sa=0):
        key = (align, font, size, b, i, color, ls, sb, brk, lh, sa)
        fa = {'c': 'center', 'l': 'start', 'r': 'end', 'j': 'justify'}[align]

        def mk(name):
            return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                    '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%gpt" fo:margin-bottom="%gpt" '
                    'fo:line-height="%d%%"%s/>%s</style:style>'
                    % (name, fa, sb, sa, int(lh * 100 / 1.15), ' fo:break-before="page"' if brk else '',
                       self.tprops(font, size, b, i, color, ls)))
        return self.style('paragraph', key, mk)

    def bold(self):
        return self.style('text', 'bold', lambda n: '<style:style style:name="%s" style:family="text">'
                          '<style:text-properties fo:font-weight="bold"/></style:style>' % n)

    def inline(self, s):
        out = []
        for txt, bb in split_md(val(s)):
            t = xesc(txt)
            t = re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group()) - 1), t)
            t = t.replace('\n', '<text:line-break/>')
            if bb:
                out.append('<text:span text:style-name="%s">%s</text:span>' % (self.bold(), t))
            else:
                out.append(t)
        return ''.join(out)

    def para(self, pst, s):
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (pst, self.inline(s)))

    def kv(self, o, tw, brk):
        spec = self.spec
        width = o['width'] * tw
        rows = o['rows']
        if o['mode'] == 'inline':
            for j, (lbl, v) in enumerate(rows):
                pst = self.pstyle(o['align'], o['font'], o['vsize'], False, False, None, 0,
                                  o['sb'] if j == 0 else 2, brk and j == 0)
                self.para(pst, ('**%s**' % lbl if o['lb'] else lbl) + ' ' +
                          ('**%s**' % val(v) if o['vb'] else val(v)))
            return
        ncols = o['cols']
        per = 2 * ncols if o['mode'] in ('beside', 'table') else ncols
        widths = o['widths'] or [1.0 / per] * per
        tal = {'c': 'center', 'l': 'left', 'r': 'right'}.get(o['align'], 'left') if width < tw - 1 else 'margins'
        tab = self.style('table', (width, tal, o['sb'], brk), lambda n: (
            '<style:style style:name="%s" style:family="table"><style:table-properties style:width="%gpt" '
            'table:align="%s" fo:margin-top="%gpt"%s/></style:style>'
            % (n, width, 'center' if tal == 'margins' and False else tal, o['sb'],
               ' fo:break-before="page"' if brk else '')))
        cols = []
        for w in widths:
            cols.append(self.style('table-column', w * width, lambda n, w=w: (
                '<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                'style:column-width="%gpt"/></style:style>' % (n, w * width))))
        border = o['mode'] == 'table'

        def cell(kind):
            def mk(n):
                if border:
                    bg = ' fo:background-color="%s"' % o['fill'] if (o['fill'] and kind == 'lab') else ''
                    props = 'fo:padding="4pt" fo:border="0.75pt solid #555555"%s' % bg
                elif kind == 'under':
                    props = 'fo:padding-left="10pt" fo:padding-right="10pt" fo:padding-top="4pt" fo:border="none"'
                else:
                    props = 'fo:padding-top="2pt" fo:padding-bottom="4pt" fo:padding-right="8pt" fo:border="none"'
                return ('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/>'
                        '</style:style>' % (n, props))
            return self.style('table-cell', (kind, border, o['fill']), mk)
        f = o['font']
        lab_al = 'l' if o['mode'] in ('beside', 'table') else ('c' if o['mode'] == 'under' else o['align'])
        lab_p = self.pstyle(lab_al, f, o['lsize'], o['lb'], False, o['lcolor'], 0, 0)
        val_p = self.pstyle(lab_al, f, o['vsize'], o['vb'], False, None, 0, 0)
        rule_p = None
        if o['mode'] == 'under':
            def mkr(n):
                return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                        '<style:paragraph-properties fo:text-align="center" fo:margin-top="2pt" fo:padding-top="2pt" '
                        'fo:border-top="0.75pt solid #333333" fo:border-bottom="none" fo:border-left="none" '
                        'fo:border-right="none"/>%s</style:style>'
                        % (n, self.tprops(f, o['lsize'], o['lb'], False, o['lcolor'], 0)))
            rule_p = self.style('paragraph', ('ruled', f, o['lsize'], o['lb'], o['lcolor']), mkr)
        x = ['<table:table table:name="Table%d" table:style-name="%s">' % (self.n, tab)]
        for c in cols:
            x.append('<table:table-column table:style-name="%s"/>' % c)
        for r in range(0, len(rows), ncols):
            x.append('<table:table-row>')
            chunk = rows[r:r + ncols]
            for lbl, v in chunk:
                if o['mode'] in ('beside', 'table'):
                    x.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                             % (cell('lab'), lab_p, self.inline(lbl)))
                    x.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                             % (cell('val'), val_p, self.inline(v)))
                elif o['mode'] == 'above':
                    x.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p><text:p text:style-name="%s">%s</text:p>'
                             '</table:table-cell>' % (cell('above'), lab_p, self.inline(lbl), val_p, self.inline(v)))
                else:
                    x.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p><text:p text:style-name="%s">%s</text:p>'
                             '</table:table-cell>' % (cell('under'), val_p, self.inline(v), rule_p, self.inline(lbl)))
            missing = (per if o['mode'] in ('beside', 'table') else ncols) - \
                (2 * len(chunk) if o['mode'] in ('beside', 'table') else len(chunk))
            for _ in range(missing):
                x.append('<table:table-cell table:style-name="%s"><text:p/></table:table-cell>' % cell('val'))
            x.append('</table:table-row>')
        x.append('</table:table>')
        self.body.append(''.join(x))

    def render(self):
        spec = self.spec
        w, h = PAGES[spec['page']]
        m = spec['margin']
        fr = spec.get('frame')
        tw = w - 2 * m - (2 * fr['pad'] + 2 * fr['width'] if fr else 0)
        for pi, pg in enumerate(pages_of(spec)):
            brk = pi > 0
            for b in pg:
                k = b['k']
                if k == 't':
                    self.para(self.pstyle(b['align'], b['font'], b['size'], b['b'], b['i'], b['color'],
                                          b['ls'], b['sb'], brk, b['lh']), b['text'])
                elif k == 'p':
                    self.para(self.pstyle(b['align'], b['font'], b['size'], b['b'], b['i'], b['color'],
                                          0, b['sb'], brk, b['lh']), b['text'])
                    # width restriction approximated with margins
                    if b['width']:
                        ind = (1 - b['width']) * tw / 2
                        name = self.body[-1].split('"')[1]
                        key = ('pw', name, ind)
                        nn = self.style('paragraph', key, lambda n: (
                            '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s">'
                            '<style:paragraph-properties fo:margin-left="%gpt" fo:margin-right="%gpt"/>'
                            '</style:style>' % (n, name, ind, ind)))
                        self.body[-1] = self.body[-1].replace('"%s"' % name, '"%s"' % nn, 1)
                elif k == 'kv':
                    self.kv(b, tw, brk)
                elif k == 'rule':
                    ind = (1 - b['w']) * tw / 2
                    key = ('rule', ind, b['sb'], b['color'], b['t'], brk)
                    st = self.style('paragraph', key, lambda n: (
                        '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                        '<style:paragraph-properties fo:margin-left="%gpt" fo:margin-right="%gpt" fo:margin-top="%gpt" '
                        'fo:border-bottom="%gpt solid %s" fo:border-top="none" fo:border-left="none" '
                        'fo:border-right="none" fo:padding="0pt" fo:line-height="20%%"%s/>'
                        '<style:text-properties fo:font-size="2pt"/></style:style>'
                        % (n, ind, ind, b['sb'], b['t'], b['color'], ' fo:break-before="page"' if brk else '')))
                    self.body.append('<text:p text:style-name="%s"/>' % st)
                elif k == 'sp':
                    st = self.style('paragraph', ('sp', b['h'], brk), lambda n: (
                        '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                        '<style:paragraph-properties fo:margin-top="%gpt" fo:margin-bottom="0pt" fo:line-height="100%%"%s/>'
                        '<style:text-properties fo:font-size="1pt"/></style:style>'
                        % (n, max(b['h'] - 1.2, 0), ' fo:break-before="page"' if brk else '')))
                    self.body.append('<text:p text:style-name="%s"/>' % st)
                brk = False
        border = ''
        if fr:
            odst = {'solid': 'solid', 'double': 'double', 'groove': 'solid', 'ridge': 'solid'}[fr['style']]
            border = ' fo:border="%gpt %s %s" fo:padding="%gpt"' % (fr['width'], odst, fr['color'], fr['pad'])
        orient = 'landscape' if w > h else 'portrait'
        fonts = ''.join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" '
                        'style:font-family-generic="%s" style:font-pitch="variable"/>' % (n, n, g)
                        for n, g in ODFONT.values())
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
                'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
                'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">\n'
                '<office:meta><dc:title>%s</dc:title><meta:generator>certs-b gen.py</meta:generator></office:meta>\n'
                '<office:font-face-decls>%s</office:font-face-decls>\n'
                '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties '
                'fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/><style:text-properties '
                'style:font-name="%s" fo:font-size="12pt" fo:language="en" fo:country="US" fo:hyphenate="false"/>'
                '</style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
                '</office:styles>\n'
                '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
                'fo:page-width="%gpt" fo:page-height="%gpt" style:print-orientation="%s" fo:margin-top="%gpt" '
                'fo:margin-bottom="%gpt" fo:margin-left="%gpt" fo:margin-right="%gpt"%s/></style:page-layout>\n%s\n'
                '</office:automatic-styles>\n'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
                '</office:master-styles>\n'
                '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n'
                % (xesc(spec.get('doctitle', 'Certificate')), fonts, ODFONT[spec['font']][0], w, h, orient,
                   m, m, m, m, border, '\n'.join(self.auto), '\n'.join(self.body)))


# ---------------------------------------------------------------- DOCX ----
class Docx:
    def __init__(self, spec):
        self.spec = spec
        self.body = []

    def rpr(self, font, size, b, i, color, ls):
        fn = ODFONT[font or self.spec['font']][0]
        x = ['<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (fn, fn, fn)]
        if b:
            x.append('<w:b/>')
        if i:
            x.append('<w:i/>')
        if color:
            x.append('<w:color w:val="%s"/>' % color.lstrip('#').upper())
        if ls:
            x.append('<w:spacing w:val="%d"/>' % round(ls * 20))
        x.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (round(size * 2), round(size * 2)))
        return '<w:rPr>%s</w:rPr>' % ''.join(x)

    def runs(self, s, font, size, b, i, color, ls):
        out = []
        for txt, bb in split_md(val(s)):
            parts = txt.split('\n')
            for j, part in enumerate(parts):
                if j:
                    out.append('<w:r><w:br/></w:r>')
                if part:
                    out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                               % (self.rpr(font, size, b or bb, i, color, ls), xesc(part)))
        return ''.join(out)

    def ppr(self, align, sb, lh=1.2, brk=False, extra='', ind=0):
        jc = {'c': 'center', 'l': 'left', 'r': 'right', 'j': 'both'}[align]
        return ('<w:pPr>%s%s<w:spacing w:before="%d" w:after="0" w:line="%d" w:lineRule="auto"/>%s'
                '<w:jc w:val="%s"/></w:pPr>'
                % ('<w:pageBreakBefore/>' if brk else '', extra, round(sb * 20), round(lh / 1.15 * 240),
                   '<w:ind w:left="%d" w:right="%d"/>' % (ind * 20, ind * 20) if ind else '', jc))

    def kv(self, o, tw, brk):
        rows = o['rows']
        f = o['font']
        if o['mode'] == 'inline':
            for j, (lbl, v) in enumerate(rows):
                self.body.append('<w:p>%s%s%s</w:p>' % (
                    self.ppr(o['align'], o['sb'] if j == 0 else 2, brk=brk and j == 0),
                    self.runs(lbl + ' ', f, o['lsize'], o['lb'], False, o['lcolor'], 0),
                    self.runs(v, f, o['vsize'], o['vb'], False, None, 0)))
            return
        if brk:  # docx tables cannot carry pageBreakBefore; use an empty paragraph
            self.body.append('<w:p>%s</w:p>' % self.ppr('l', 0, brk=True))
        elif o['sb']:
            self.body.append('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>'
                             '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>' % round(o['sb'] * 20))
        width = o['width'] * tw
        ncols = o['cols']
        per = 2 * ncols if o['mode'] in ('beside', 'table') else ncols
        widths = o['widths'] or [1.0 / per] * per
        border = o['mode'] == 'table'
        bx = ''.join('<w:%s w:val="%s" w:sz="6" w:space="0" w:color="555555"/>' % (s, 'single' if border else 'nil')
                     for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        jc = {'c': 'center', 'l': 'left', 'r': 'right', 'j': 'center'}[o['align']]
        x = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="%s"/><w:tblBorders>%s</w:tblBorders>'
             '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
             '<w:bottom w:w="%d" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>'
             % (round(width * 20), jc, bx, 60 if border else 30, 60 if border else 60)]
        for wf in widths:
            x.append('<w:gridCol w:w="%d"/>' % round(wf * width * 20))
        x.append('</w:tblGrid>')
        lab_al = 'l' if o['mode'] in ('beside', 'table') else ('c' if o['mode'] == 'under' else o['align'])
        for r in range(0, len(rows), ncols):
            x.append('<w:tr>')
            chunk = rows[r:r + ncols]
            ci = 0
            for lbl, v in chunk:
                if o['mode'] in ('beside', 'table'):
                    shade = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % o['fill'].lstrip('#') \
                        if (border and o['fill']) else ''
                    x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr><w:p>%s%s</w:p></w:tc>'
                             % (round(widths[ci] * width * 20), shade, self.ppr(lab_al, 0),
                                self.runs(lbl, f, o['lsize'], o['lb'], False, o['lcolor'], 0)))
                    x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s%s</w:p></w:tc>'
                             % (round(widths[ci + 1] * width * 20), self.ppr('l', 0),
                                self.runs(v, f, o['vsize'], o['vb'], False, None, 0)))
                    ci += 2
                elif o['mode'] == 'above':
                    x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s%s</w:p><w:p>%s%s</w:p></w:tc>'
                             % (round(widths[ci] * width * 20), self.ppr(lab_al, 0),
                                self.runs(lbl, f, o['lsize'], o['lb'], False, o['lcolor'], 0),
                                self.ppr(lab_al, 1), self.runs(v, f, o['vsize'], o['vb'], False, None, 0)))
                    ci += 1
                else:
                    pbdr = '<w:pBdr><w:top w:val="single" w:sz="6" w:space="2" w:color="333333"/></w:pBdr>'
                    x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>'
                             '<w:p>%s%s</w:p><w:p>%s%s</w:p></w:tc>'
                             % (round(widths[ci] * width * 20), self.ppr('c', 0),
                                self.runs(v, f, o['vsize'], o['vb'], False, None, 0),
                                self.ppr('c', 3, extra=pbdr),
                                self.runs(lbl, f, o['lsize'], o['lb'], False, o['lcolor'], 0)))
                    ci += 1
            while ci < per:
                x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p/></w:tc>'
                         % round(widths[ci] * width * 20))
                ci += 1
            x.append('</w:tr>')
        x.append('</w:tbl>')
        self.body.append(''.join(x))

    def render(self):
        spec = self.spec
        w, h = PAGES[spec['page']]
        m = spec['margin']
        fr = spec.get('frame')
        tw = w - 2 * m - (2 * fr['pad'] + 2 * fr['width'] if fr else 0)
        for pi, pg in enumerate(pages_of(spec)):
            brk = pi > 0
            for b in pg:
                k = b['k']
                if k == 't':
                    self.body.append('<w:p>%s%s</w:p>' % (self.ppr(b['align'], b['sb'], b['lh'], brk),
                                                          self.runs(b['text'], b['font'], b['size'], b['b'],
                                                                    b['i'], b['color'], b['ls'])))
                elif k == 'p':
                    ind = round((1 - b['width']) * tw / 2) if b['width'] else 0
                    self.body.append('<w:p>%s%s</w:p>' % (self.ppr(b['align'], b['sb'], b['lh'], brk, ind=ind),
                                                          self.runs(b['text'], b['font'], b['size'], b['b'],
                                                                    b['i'], b['color'], 0)))
                elif k == 'kv':
                    self.kv(b, tw, brk)
                elif k == 'rule':
                    ind = round((1 - b['w']) * tw / 2)
                    pbdr = '<w:pBdr><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>' % (
                        max(2, round(b['t'] * 8)), b['color'].lstrip('#'))
                    self.body.append('<w:p>%s<w:r><w:rPr><w:sz w:val="4"/></w:rPr></w:r></w:p>'
                                     % self.ppr('c', b['sb'], 0.3, brk, extra=pbdr, ind=ind))
                elif k == 'sp':
                    self.body.append('<w:p><w:pPr>%s<w:spacing w:before="0" w:after="0" w:line="%d" '
                                     'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
                                     % ('<w:pageBreakBefore/>' if brk else '', max(20, round(b['h'] * 20))))
                brk = False
        pgb = ''
        if fr:
            dst = {'solid': 'single', 'double': 'double', 'groove': 'thinThickSmallGap', 'ridge': 'thickThinSmallGap'}[fr['style']]
            sz = max(4, min(96, round(fr['width'] * 8)))
            pgb = '<w:pgBorders w:offsetFrom="text">%s</w:pgBorders>' % ''.join(
                '<w:%s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (
                    s, dst, sz, min(31, round(fr['pad'])), fr['color'].lstrip('#')) for s in ('top', 'left', 'bottom', 'right'))
        orient = ' w:orient="landscape"' if w > h else ''
        mt = round((m + (fr['pad'] + fr['width'] if fr else 0)) * 20)
        sect = ('<w:sectPr><w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" '
                'w:header="0" w:footer="0" w:gutter="0"/>%s</w:sectPr>'
                % (round(w * 20), round(h * 20), orient, mt, mt, mt, mt, pgb))
        ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
               % (ns, ''.join(self.body), sect))
        fn = ODFONT[spec['font']][0]
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults><w:rPrDefault>'
                  '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s" w:eastAsia="%s"/><w:sz w:val="22"/>'
                  '<w:szCs w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
                  '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
                  '</w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
                  '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                  '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                  '</w:tblCellMar></w:tblPr></w:style></w:styles>' % (ns, fn, fn, fn, fn))
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')
        docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   '</Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
                '<dc:creator>Education Office</dc:creator></cp:coreProperties>' % xesc(spec.get('doctitle', 'Certificate')))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
        return {'[Content_Types].xml': ct, '_rels/.rels': rels, 'word/document.xml': doc,
                'word/_rels/document.xml.rels': docrels, 'word/styles.xml': styles,
                'docProps/core.xml': core, 'docProps/app.xml': app}


def write_docx(spec, path):
    parts = Docx(spec).render()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'docProps/app.xml',
                     'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml']:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, parts[name])


# ---------------------------------------------------------------- PHP ----
def render_php(spec, lib, outpdf):
    data = dict(page=spec['page'], margin=spec['margin'], frame=spec.get('frame'), font=spec['font'],
                tcfont=spec.get('tcfont', 'core'), title=spec.get('doctitle', 'Certificate'),
                author=spec.get('author', ''), pages=pages_of(spec))
    js = json.dumps(data, ensure_ascii=False, indent=1)
    assert "\nJSON" not in js
    return ("<?php\n// generated by gen.py -- %s certificate %s\n$LIB = '%s';\nrequire __DIR__ . '/certlib.php';\n"
            "$spec = json_decode(<<<'JSON'\n%s\nJSON\n, true);\nrender_cert($spec, $argv[1] ?? '%s');\n"
            % (lib, spec['id'], lib, js, outpdf))


# ------------------------------------------------------------ ReportLab ----
_rl_fonts_done = False


def rl_fonts():
    global _rl_fonts_done
    if _rl_fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = '/usr/share/fonts/truetype/'
    fam = {'LibSerif': ('liberation/LiberationSerif-%s.ttf', ['Regular', 'Bold', 'Italic', 'BoldItalic']),
           'LibSans': ('liberation/LiberationSans-%s.ttf', ['Regular', 'Bold', 'Italic', 'BoldItalic']),
           'DVSerif': ('dejavu/DejaVuSerif%s.ttf', ['', '-Bold', '-Italic', '-BoldItalic']),
           'DVSans': ('dejavu/DejaVuSans%s.ttf', ['', '-Bold', '-Oblique', '-BoldOblique'])}
    for name, (pat, vs) in fam.items():
        names = [name, name + '-B', name + '-I', name + '-BI']
        for n, v in zip(names, vs):
            pdfmetrics.registerFont(TTFont(n, base + pat % v))
        addMapping(name, 0, 0, names[0])
        addMapping(name, 1, 0, names[1])
        addMapping(name, 0, 1, names[2])
        addMapping(name, 1, 1, names[3])
    _rl_fonts_done = True


RLFONT = {'std': {'serif': 'Times', 'sans': 'Helvetica', 'dserif': 'Times', 'dsans': 'Helvetica',
                  'narrow': 'Helvetica', 'mono': 'Courier'},
          'ttf': {'serif': 'LibSerif', 'sans': 'LibSans', 'dserif': 'DVSerif', 'dsans': 'DVSans',
                  'narrow': 'LibSans', 'mono': 'Courier'}}


def rl_face(base, b, i):
    if base in ('Times',):
        return {(0, 0): 'Times-Roman', (1, 0): 'Times-Bold', (0, 1): 'Times-Italic', (1, 1): 'Times-BoldItalic'}[(b, i)]
    if base in ('Helvetica', 'Courier'):
        suf = {(0, 0): '', (1, 0): '-Bold', (0, 1): '-Oblique', (1, 1): '-BoldOblique'}[(b, i)]
        return base + suf
    return base + {(0, 0): '', (1, 0): '-B', (0, 1): '-I', (1, 1): '-BI'}[(b, i)]


def render_reportlab(spec, outpdf, acro=False):
    rl_fonts()
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, Flowable)
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
    from reportlab.pdfbase.pdfmetrics import stringWidth

    w, h = PAGES[spec['page']]
    m = spec['margin']
    fr = spec.get('frame')
    inset = (fr['width'] + fr['pad']) if fr else 0
    tw = w - 2 * m - 2 * inset
    fonts = RLFONT[spec.get('rlfont', 'ttf')]
    TA = {'c': TA_CENTER, 'l': TA_LEFT, 'r': TA_RIGHT, 'j': TA_JUSTIFY}
    fields = {}

    def fam(f):
        return fonts[f or spec['font']]

    def esc(s):
        s = xesc(s)
        s = BOLD_RE.sub(r'<b>\1</b>', s)
        return s.replace('\n', '<br/>')

    def pstyle(size, align, f, b=False, i=False, color=None, sb=0, lh=1.2):
        return ParagraphStyle('x', fontName=rl_face(fam(f), b, i), fontSize=size, leading=size * lh,
                              alignment=TA[align], spaceBefore=sb,
                              textColor=colors.HexColor(color) if color else colors.black)

    class FieldBox(Flowable):
        def __init__(self, fdict, size, f, b, align, width=None, color=None, lh=1.2):
            Flowable.__init__(self)
            self.fd, self.size, self.fname = fdict, size, rl_face(fam(f), b, False)
            self.fw = width
            self.align = align
            self.color = color
            self.lh = lh

        def wrap(self, aw, ah):
            self.width = self.fw or aw
            self.height = self.size * 1.55
            return self.width, self.height

        def draw(self):
            x, y = self.canv.absolutePosition(0, 0)
            std = self.fname if self.fname.split('-')[0] in ('Times', 'Helvetica', 'Courier') else 'Helvetica'
            self.canv.acroForm.textfield(name=self.fd['field'], value='', x=x, y=y, width=self.width,
                                         height=self.height, borderWidth=0, fillColor=None, borderColor=None,
                                         fontName=std, fontSize=self.size, maxlen=200,
                                         annotationFlags='print', fieldFlags='')
            fields[self.fd['field']] = dict(value=self.fd['value'], q=self.fd.get('q', 1), font=std,
                                            size=self.size, color=self.color)

    class LSLine(Flowable):
        """letter-spaced single line"""
        def __init__(self, b):
            Flowable.__init__(self)
            self.b = b
            self.fname = rl_face(fam(b['font']), b['b'], b['i'])

        def wrap(self, aw, ah):
            self.aw = aw
            self.height = self.b['size'] * self.b['lh']
            return aw, self.height

        def getSpaceBefore(self):
            return self.b['sb']

        def draw(self):
            b = self.b
            txt = b['text']
            tw_ = stringWidth(txt, self.fname, b['size']) + b['ls'] * (len(txt) - 1)
            x = {'c': (self.aw - tw_) / 2, 'l': 0, 'r': self.aw - tw_}.get(b['align'], 0)
            c = self.canv
            c.setFont(self.fname, b['size'])
            if b['color']:
                c.setFillColor(colors.HexColor(b['color']))
            c.drawString(x, b['size'] * 0.25, txt, charSpace=b['ls'])

    def cellflow(v, st, f, bflag, size, align):
        if isinstance(v, dict) and acro:
            return FieldBox(v, size, f, bflag, align)
        return Paragraph(esc(val(v)), st)

    story = []
    for pi, pg in enumerate(pages_of(spec)):
        if pi:
            story.append(PageBreak())
        for b in pg:
            k = b['k']
            if k == 't':
                if b['field'] and acro:
                    story.append(Spacer(1, b['sb']))
                    story.append(FieldBox(F_(b), b['size'], b['font'], b['b'], b['align'], color=b['color']))
                elif b['ls']:
                    story.append(LSLine(b))
                else:
                    story.append(Paragraph(esc(b['text']), pstyle(b['size'], b['align'], b['font'], b['b'], b['i'],
                                                                  b['color'], b['sb'], b['lh'])))
            elif k == 'p':
                st = pstyle(b['size'], b['align'], b['font'], b['b'], b['i'], b['color'], b['sb'], b['lh'])
                if b['width']:
                    ind = (1 - b['width']) * tw / 2
                    st.leftIndent = st.rightIndent = ind
                story.append(Paragraph(esc(b['text']), st))
            elif k == 'sp':
                story.append(Spacer(1, b['h']))
            elif k == 'rule':
                story.append(HRFlowable(width='%d%%' % round(b['w'] * 100), thickness=b['t'],
                                        color=colors.HexColor(b['color']), spaceBefore=b['sb'], spaceAfter=0))
            elif k == 'kv':
                o = b
                width = o['width'] * tw
                f = o['font']
                lab_al = 'l' if o['mode'] in ('beside', 'table', 'inline') else ('c' if o['mode'] == 'under' else o['align'])
                lst = pstyle(o['lsize'], lab_al, f, o['lb'], False, o['lcolor'])
                vst = pstyle(o['vsize'], lab_al, f, o['vb'])
                rows = o['rows']
                story.append(Spacer(1, o['sb']))
                if o['mode'] == 'inline':
                    for lbl, v in rows:
                        if isinstance(v, dict) and acro:
                            lw_ = stringWidth(lbl + ' ', rl_face(fam(f), o['lb'], False), o['lsize'])
                            t = Table([[Paragraph(esc(lbl), lst), FieldBox(v, o['vsize'], f, o['vb'], 'l')]],
                                      colWidths=[lw_ + 4, width - lw_ - 4])
                            t.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0),
                                                   ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
                            story.append(t)
                        else:
                            lb_ = '<b>%s</b>' % esc(lbl) if o['lb'] else esc(lbl)
                            vb_ = '<b>%s</b>' % esc(val(v)) if o['vb'] else esc(val(v))
                            story.append(Paragraph(lb_ + ' ' + vb_, pstyle(o['vsize'], o['align'], f, sb=2)))
                    continue
                ncols = o['cols']
                per = 2 * ncols if o['mode'] in ('beside', 'table') else ncols
                widths = [x * width for x in (o['widths'] or [1.0 / per] * per)]
                data = []
                for r in range(0, len(rows), ncols):
                    row = []
                    for lbl, v in rows[r:r + ncols]:
                        if o['mode'] in ('beside', 'table'):
                            row += [Paragraph(esc(lbl), lst), cellflow(v, vst, f, o['vb'], o['vsize'], 'l')]
                        elif o['mode'] == 'above':
                            row.append([Paragraph(esc(lbl), lst), cellflow(v, vst, f, o['vb'], o['vsize'], lab_al)])
                        else:
                            row.append([cellflow(v, vst, f, o['vb'], o['vsize'], 'c'),
                                        HRFlowable(width='100%', thickness=0.75, color=colors.HexColor('#333333'),
                                                   spaceBefore=1, spaceAfter=2),
                                        Paragraph(esc(lbl), lst)])
                    while len(row) < per:
                        row.append('')
                    data.append(row)
                t = Table(data, colWidths=widths, hAlign={'c': 'CENTER', 'l': 'LEFT', 'r': 'RIGHT', 'j': 'CENTER'}[o['align']])
                ts = [('VALIGN', (0, 0), (-1, -1), 'TOP' if o['mode'] != 'under' else 'BOTTOM'),
                      ('LEFTPADDING', (0, 0), (-1, -1), 5 if o['mode'] == 'table' else (12 if o['mode'] == 'under' else 0)),
                      ('RIGHTPADDING', (0, 0), (-1, -1), 12 if o['mode'] == 'under' else 6)]
                if o['mode'] == 'table':
                    ts.append(('GRID', (0, 0), (-1, -1), 0.75, colors.HexColor('#555555')))
                    if o['fill']:
                        for c in range(0, per, 2):
                            ts.append(('BACKGROUND', (c, 0), (c, -1), colors.HexColor(o['fill'])))
                t.setStyle(TableStyle(ts))
                story.append(t)

    def onpage(c, doc):
        c.saveState()
        if fr:
            c.setStrokeColor(colors.HexColor(fr['color']))
            c.setLineWidth(fr['width'] if fr['style'] != 'double' else fr['width'] / 3)
            c.rect(m, m, w - 2 * m, h - 2 * m)
            if fr['style'] == 'double' or fr.get('inner'):
                d = fr['width'] if fr['style'] == 'double' else fr['width'] + 5
                c.setLineWidth(fr['width'] / 3 if fr['style'] == 'double' else 1)
                c.rect(m + d, m + d, w - 2 * m - 2 * d, h - 2 * m - 2 * d)
        c.restoreState()

    doc = BaseDocTemplate(outpdf, pagesize=(w, h), leftMargin=m + inset, rightMargin=m + inset,
                          topMargin=m + inset, bottomMargin=m + inset,
                          title=spec.get('doctitle', 'Certificate'), author=spec.get('author', ''),
                          creator='ReportLab PDF Library - www.reportlab.com')
    frame = Frame(m + inset, m + inset, tw, h - 2 * m - 2 * inset, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id='p', frames=[frame], onPage=onpage)])
    doc.build(story)
    return fields


def F_(b):
    """turn a field T block into a field dict"""
    f = b['field']
    return dict(field=f['field'] if isinstance(f, dict) else f, value=b['text'],
                q={'c': 1, 'l': 0, 'r': 2, 'j': 0}[b['align']])


def acro_fill(template, fields, out):
    """Fill an AcroForm template the way a form filler does: /V plus a new
    /AP /N appearance stream per widget (no NeedAppearances)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (NameObject, TextStringObject, NumberObject, DictionaryObject,
                               StreamObject, ArrayObject, FloatObject, BooleanObject)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    import logging
    # ReportLab writes the template's /DR with two /Font keys when fields use
    # different fonts; the AcroForm dictionary is rebuilt below anyway.
    logging.getLogger('pypdf').setLevel(logging.ERROR)
    r = PdfReader(template)
    wr = PdfWriter()
    wr.append_pages_from_reader(r)
    # copy AcroForm
    af = r.trailer['/Root']['/AcroForm']
    fonts = {}

    def font_ref(base):
        if base not in fonts:
            fd = DictionaryObject({NameObject('/Type'): NameObject('/Font'),
                                   NameObject('/Subtype'): NameObject('/Type1'),
                                   NameObject('/BaseFont'): NameObject('/' + base),
                                   NameObject('/Encoding'): NameObject('/WinAnsiEncoding')})
            fonts[base] = wr._add_object(fd)
        return fonts[base]
    short = {'Helvetica': 'Helv', 'Helvetica-Bold': 'HeBo', 'Times-Roman': 'TiRo', 'Times-Bold': 'TiBo',
             'Times-Italic': 'TiIt', 'Times-BoldItalic': 'TiBI', 'Helvetica-Oblique': 'HeOb',
             'Helvetica-BoldOblique': 'HeBO', 'Courier': 'Cour'}
    allfields = []
    for page in wr.pages:
        for a in page.get('/Annots', []):
            a = a.get_object()
            name = a.get('/T')
            if name not in fields:
                continue
            fd = fields[name]
            v = fd['value']
            rect = [float(x) for x in a['/Rect']]
            fw, fh = rect[2] - rect[0], rect[3] - rect[1]
            fname = fd['font']
            tag = short[fname]
            size = fd['size']
            tw_ = stringWidth(v, fname, size)
            q = fd['q']
            x = {0: 2, 1: (fw - tw_) / 2, 2: fw - 2 - tw_}[q]
            y = (fh - size * 0.72) / 2
            rgb = '0 g'
            if fd.get('color'):
                c = fd['color'].lstrip('#')
                rgb = '%.3f %.3f %.3f rg' % tuple(int(c[i:i + 2], 16) / 255 for i in (0, 2, 4))
            enc = v.encode('cp1252')
            lit = b''.join(b'\\' + bytes([ch]) if ch in b'()\\' else (bytes([ch]) if 32 <= ch < 127 else
                                                                       b'\\%03o' % ch) for ch in enc)
            content = (b'/Tx BMC\nq\n1 1 %.2f %.2f re W n\nBT\n/%s %g Tf\n%s\n%.2f %.2f Td\n(' %
                       (fw - 2, fh - 2, tag.encode(), size, rgb.encode(), x, y)) + lit + b') Tj\nET\nQ\nEMC\n'
            st = StreamObject()
            st._data = content
            st.update({NameObject('/Type'): NameObject('/XObject'), NameObject('/Subtype'): NameObject('/Form'),
                       NameObject('/BBox'): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(fw),
                                                         FloatObject(fh)]),
                       NameObject('/Resources'): DictionaryObject({NameObject('/Font'): DictionaryObject(
                           {NameObject('/' + tag): font_ref(fname)})})})
            a[NameObject('/V')] = TextStringObject(v)
            a[NameObject('/DA')] = TextStringObject('/%s %g Tf %s' % (tag, size, rgb))
            a[NameObject('/Q')] = NumberObject(q)
            a[NameObject('/AP')] = DictionaryObject({NameObject('/N'): wr._add_object(st)})
            if '/MK' in a:
                del a['/MK']
            allfields.append(a.indirect_reference if hasattr(a, 'indirect_reference') else a)
    dr = DictionaryObject({NameObject('/Font'): DictionaryObject(
        {NameObject('/' + short[k]): v for k, v in fonts.items()})})
    acro = DictionaryObject({NameObject('/Fields'): ArrayObject(
        [p.get_object().indirect_reference for p in allfields]),
        NameObject('/DR'): dr, NameObject('/DA'): TextStringObject('/Helv 0 Tf 0 g'),
        NameObject('/NeedAppearances'): BooleanObject(False)})
    wr._root_object[NameObject('/AcroForm')] = wr._add_object(acro)
    wr.add_metadata({'/Producer': 'certs-b acro_fill (pypdf %s)' % __import__('pypdf').__version__})
    with open(out, 'wb') as fh_:
        wr.write(fh_)
    missing = set(fields) - {str(a.get_object()['/T']) for a in allfields}
    assert not missing, missing


# ----------------------------------------------------------- PostScript ----
PSFONT = {'serif': 'Times', 'sans': 'Helvetica', 'dserif': 'Times', 'dsans': 'Helvetica', 'narrow': 'Helvetica',
          'mono': 'Courier'}


def ps_face(f, b, i):
    base = PSFONT[f]
    return rl_face(base, b, i)


def ps_lit(s):
    enc = s.encode('cp1252')
    return '(' + ''.join('\\' + chr(c) if c in b'()\\' else (chr(c) if 32 <= c < 127 else '\\%03o' % c)
                         for c in enc) + ')'


def wrap_words(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = []
    for para in text.split('\n'):
        cur = ''
        for word in para.split(' '):
            t = (cur + ' ' + word) if cur else word
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    return lines


def render_ps(spec):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    w, h = PAGES[spec['page']]
    m = spec['margin']
    fr = spec.get('frame')
    inset = (fr['width'] + fr['pad']) if fr else 0
    x0, x1 = m + inset, w - m - inset
    tw = x1 - x0
    out = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (w, h), '%%%%Title: %s' % spec.get('doctitle', 'Certificate'),
           '%%Creator: certs-b gen.py (hand-written PostScript)', '%%%%Pages: %d' % len(pages_of(spec)),
           '%%EndComments', '%%BeginProlog',
           '/WinEnc ISOLatin1Encoding 256 array copy def',
           'WinEnc 145 /quoteleft put WinEnc 146 /quoteright put WinEnc 147 /quotedblleft put',
           'WinEnc 148 /quotedblright put WinEnc 150 /endash put WinEnc 151 /emdash put',
           'WinEnc 149 /bullet put WinEnc 153 /trademark put WinEnc 39 /quotesingle put WinEnc 96 /grave put',
           'WinEnc 45 /hyphen put',
           '/refont { % newname basename', '  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
           '  /Encoding WinEnc def currentdict end definefont pop } bind def']
    faces = set()
    for b in spec['blocks']:
        f = b.get('font') or spec['font']
        if b['k'] in ('t', 'p'):
            faces.add(ps_face(f, b['b'], b['i']))
        if b['k'] == 'kv':
            faces.add(ps_face(f, b['lb'], False))
            faces.add(ps_face(f, b['vb'], False))
    for fc in sorted(faces):
        out.append('/%s-W /%s refont' % (fc, fc))
    out += ['/ctr { dup stringwidth pop 2 div neg 0 rmoveto show } bind def',
            '/rgt { dup stringwidth pop neg 0 rmoveto show } bind def',
            '%%EndProlog',
            '%%BeginSetup', '<< /PageSize [%d %d] >> setpagedevice' % (w, h), '%%EndSetup']

    def setfont(fc, size, color):
        c = (color or '#000000').lstrip('#')
        return ['/%s-W findfont %g scalefont setfont' % (fc, size),
                '%.3f %.3f %.3f setrgbcolor' % tuple(int(c[i:i + 2], 16) / 255 for i in (0, 2, 4))]

    def line(txt, x, y, align, ls=0, fc=None, size=None):
        if ls:
            wdt = stringWidth(txt, fc, size) + ls * (len(txt) - 1)
            sx = {'c': x + (tw - wdt) / 2, 'l': x, 'r': x + tw - wdt, 'j': x}[align]
            return ['%.2f %.2f moveto %g 0 %s ashow' % (sx, y, ls, ps_lit(txt))]
        if align == 'c':
            return ['%.2f %.2f moveto %s ctr' % (x + tw / 2, y, ps_lit(txt))]
        if align == 'r':
            return ['%.2f %.2f moveto %s rgt' % (x + tw, y, ps_lit(txt))]
        return ['%.2f %.2f moveto %s show' % (x, y, ps_lit(txt))]

    for pi, pg in enumerate(pages_of(spec)):
        out += ['%%%%Page: %d %d' % (pi + 1, pi + 1), 'gsave']
        if fr:
            c = fr['color'].lstrip('#')
            out.append('%.3f %.3f %.3f setrgbcolor' % tuple(int(c[i:i + 2], 16) / 255 for i in (0, 2, 4)))
            if fr['style'] == 'double':
                out.append('%g setlinewidth %g %g %g %g rectstroke' % (fr['width'] / 3, m, m, w - 2 * m, h - 2 * m))
                d = fr['width']
                out.append('%g %g %g %g rectstroke' % (m + d, m + d, w - 2 * m - 2 * d, h - 2 * m - 2 * d))
            else:
                out.append('%g setlinewidth %g %g %g %g rectstroke' % (fr['width'], m, m, w - 2 * m, h - 2 * m))
        y = h - m - inset
        for b in pg:
            k = b['k']
            if k in ('t', 'p'):
                f = b['font'] or spec['font']
                fc = ps_face(f, b['b'], b['i'])
                size = b['size']
                y -= b['sb']
                out += setfont(fc, size, b['color'])
                txt = strip_md(b['text'])
                width = tw * (b.get('width') or 1)
                lines = wrap_words(txt, fc, size, width) if k == 'p' else \
                    sum((wrap_words(t, fc, size, tw) for t in txt.split('\n')), [])
                for ln in lines:
                    y -= size * b['lh']
                    al = 'l' if b['align'] == 'j' else b['align']
                    out += line(ln, x0 + (tw - width) / 2 if al == 'l' else x0, y + size * 0.22, al,
                                b.get('ls', 0), fc, size)
            elif k == 'sp':
                y -= b['h']
            elif k == 'rule':
                y -= b['sb'] + 2
                c = b['color'].lstrip('#')
                out.append('%.3f %.3f %.3f setrgbcolor %g setlinewidth' % (
                    tuple(int(c[i:i + 2], 16) / 255 for i in (0, 2, 4)) + (b['t'],)))
                ww = b['w'] * tw
                out.append('newpath %.2f %.2f moveto %.2f 0 rlineto stroke' % (x0 + (tw - ww) / 2, y, ww))
            elif k == 'kv':
                o = b
                f = o['font'] or spec['font']
                lf, vf = ps_face(f, o['lb'], False), ps_face(f, o['vb'], False)
                width = o['width'] * tw
                bx = x0 + {'c': (tw - width) / 2, 'l': 0, 'r': tw - width, 'j': 0}[o['align']]
                y -= o['sb']
                if o['mode'] == 'inline':
                    for lbl, v in o['rows']:
                        y -= o['vsize'] * 1.35
                        lw = stringWidth(lbl + ' ', lf, o['lsize'])
                        vw = stringWidth(val(v), vf, o['vsize'])
                        sx = bx + (width - lw - vw) / 2 if o['align'] == 'c' else bx
                        out += setfont(lf, o['lsize'], o['lcolor'])
                        out.append('%.2f %.2f moveto %s show' % (sx, y, ps_lit(lbl + ' ')))
                        out += setfont(vf, o['vsize'], None)
                        out.append('%.2f %.2f moveto %s show' % (sx + lw, y, ps_lit(val(v))))
                    continue
                ncols = o['cols']
                per = 2 * ncols if o['mode'] in ('beside', 'table') else ncols
                widths = [x * width for x in (o['widths'] or [1.0 / per] * per)]
                rows = o['rows']
                for r in range(0, len(rows), ncols):
                    chunk = rows[r:r + ncols]
                    top = y
                    low = y
                    cx = bx
                    ci = 0
                    cells = []
                    for lbl, v in chunk:
                        if o['mode'] in ('beside', 'table'):
                            pad = 5 if o['mode'] == 'table' else 0
                            lw_, vw_ = widths[ci], widths[ci + 1]
                            ll = wrap_words(lbl, lf, o['lsize'], lw_ - 2 * pad - 4)
                            vl = wrap_words(val(v), vf, o['vsize'], vw_ - 2 * pad - 4)
                            yy = top - pad
                            out += setfont(lf, o['lsize'], o['lcolor'])
                            for ln in ll:
                                yy -= o['lsize'] * 1.25
                                out.append('%.2f %.2f moveto %s show' % (cx + pad, yy + 2, ps_lit(ln)))
                            low = min(low, yy - pad)
                            yy = top - pad
                            out += setfont(vf, o['vsize'], None)
                            for ln in vl:
                                yy -= o['vsize'] * 1.25
                                out.append('%.2f %.2f moveto %s show' % (cx + lw_ + pad, yy + 2, ps_lit(ln)))
                            low = min(low, yy - pad - 2)
                            cells.append((cx, lw_))
                            cells.append((cx + lw_, vw_))
                            cx += lw_ + vw_
                            ci += 2
                        elif o['mode'] == 'above':
                            cw = widths[ci]
                            yy = top
                            out += setfont(lf, o['lsize'], o['lcolor'])
                            for ln in wrap_words(lbl, lf, o['lsize'], cw - 8):
                                yy -= o['lsize'] * 1.25
                                out.append('%.2f %.2f moveto %s show' % (cx, yy, ps_lit(ln)))
                            out += setfont(vf, o['vsize'], None)
                            for ln in wrap_words(val(v), vf, o['vsize'], cw - 8):
                                yy -= o['vsize'] * 1.25
                                out.append('%.2f %.2f moveto %s show' % (cx, yy, ps_lit(ln)))
                            low = min(low, yy - 8)
                            cx += cw
                            ci += 1
                        else:  # under
                            cw = widths[ci]
                            yy = top
                            out += setfont(vf, o['vsize'], None)
                            for ln in wrap_words(val(v), vf, o['vsize'], cw - 16):
                                yy -= o['vsize'] * 1.25
                                out.append('%.2f %.2f moveto %s ctr' % (cx + cw / 2, yy, ps_lit(ln)))
                            yy -= 5
                            out.append('0 setgray 0.75 setlinewidth newpath %.2f %.2f moveto %.2f 0 rlineto stroke'
                                       % (cx + 10, yy, cw - 20))
                            out += setfont(lf, o['lsize'], o['lcolor'])
                            yy -= o['lsize'] * 1.2
                            out.append('%.2f %.2f moveto %s ctr' % (cx + cw / 2, yy, ps_lit(lbl)))
                            low = min(low, yy - 6)
                            cx += cw
                            ci += 1
                    if o['mode'] == 'table':
                        out.append('0.33 setgray 0.75 setlinewidth')
                        for (cx_, cw_) in cells:
                            out.append('%.2f %.2f %.2f %.2f rectstroke' % (cx_, low, cw_, top - low))
                    y = low
        out += ['grestore', 'showpage']
    out.append('%%EOF')
    return '\n'.join(out) + '\n'


# ------------------------------------------------------------------ main ----
def prepare(spec):
    spec.setdefault('margin', 36)
    spec.setdefault('font', 'serif')
    spec.setdefault('page', 'letter-l')
    return spec


def gold_of(spec):
    g = dict(style=spec['style'], producer=spec['producer'], layout=spec['layout'], notes=spec['notes'])
    g.update(spec['gold'])
    return g


def main(argv):
    import certs
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    want = set(argv)
    plan = []
    for spec in certs.CERTS:
        prepare(spec)
        sid = spec['id']
        if want and sid not in want:
            continue
        prod = spec['producer']
        base = os.path.join(SRC, sid)
        via = spec.get('via', prod)
        if prod == 'acroform-flattened':
            via = 'acroform-filled'
        if prod == 'ghostscript' and via == 'ghostscript':
            via = 'ps'
        if via == 'chromium':
            open(base + '.html', 'w').write(render_html(spec))
        elif via == 'libreoffice-writer':
            open(base + '.fodt', 'w').write(Fodt(spec).render())
        elif via == 'docx-libreoffice':
            write_docx(spec, base + '.docx')
        elif via in ('fpdf', 'tcpdf'):
            open(base + '.php', 'w').write(render_php(spec, via, sid + '.pdf'))
        elif via == 'ps':
            open(base + '.ps', 'w', encoding='ascii').write(render_ps(spec))
        elif via == 'reportlab':
            target = os.path.join(HERE, sid + '.pdf') if prod == 'reportlab' else os.path.join(BUILD, sid + '.pre.pdf')
            render_reportlab(spec, target)
        elif via == 'acroform-filled':
            tmpl = os.path.join(BUILD, sid + '.template.pdf')
            fields = render_reportlab(spec, tmpl, acro=True)
            json.dump(fields, open(base + '.fields.json', 'w'), ensure_ascii=False, indent=1)
            target = os.path.join(HERE, sid + '.pdf') if prod == 'acroform-filled' else \
                os.path.join(BUILD, sid + '.pre.pdf')
            acro_fill(tmpl, fields, target)
        else:
            raise SystemExit('unknown producer %s' % via)
        plan.append('%s %s %s' % (sid, prod, via))
        json.dump(gold_of(spec), open(os.path.join(HERE, sid + '.gold.json'), 'w'), ensure_ascii=False, indent=1)
        open(os.path.join(HERE, sid + '.gold.json'), 'a').write('\n')
    open(os.path.join(BUILD, 'plan.txt'), 'w').write('\n'.join(plan) + '\n')


if __name__ == '__main__':
    main(sys.argv[1:])
