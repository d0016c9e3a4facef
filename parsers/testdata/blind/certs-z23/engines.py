"""Rendering engines.  Each takes a certificate spec and writes a PDF.

chromium   HTML/CSS printed by headless Chromium
fodt       flat ODF text document converted by LibreOffice
docx       python-docx document converted by LibreOffice
fpdf       PHP FPDF (engine_php.php)
tcpdf      PHP TCPDF (engine_php.php)
rlcanvas   ReportLab canvas (absolute layout from layout.py)
platypus   ReportLab Platypus flowables
acroform   ReportLab AcroForm, filled through qpdf JSON, then flattened by qpdf
gs         hand-written PostScript distilled by Ghostscript pdfwrite
"""
import json
import os
import shutil
import subprocess
import tempfile
from html import escape as hesc
from xml.sax.saxutils import escape as xesc

from layout import layout, page_dims, Layouter, fname, width, Overflow, with_centering
from dsl import spaced

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, '.profiles')
WORK = os.path.join(HERE, '.build')


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed: %s\n%s\n%s' % (
            ' '.join(cmd), r.stdout.decode('utf-8', 'replace')[-2000:],
            r.stderr.decode('utf-8', 'replace')[-2000:]))
    return r


def rgb(h):
    h = h.lstrip('#')
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def meta_title(spec):
    return 'Certificate %s' % spec['id']


# =================================================================== chromium
CHROME_FONTS = {'serif': "'P052', 'Liberation Serif', serif",
                'sans': "'Nimbus Sans', 'Liberation Sans', sans-serif"}


def _html_block(b, fam, acc):
    t = b['t']
    if t == 'text':
        f = CHROME_FONTS[b.get('font') or fam]
        al = {'c': 'center', 'l': 'left', 'r': 'right', 'j': 'justify'}[b['al']]
        st = ('margin-top:%.1fpt;font-family:%s;font-size:%.1fpt;text-align:%s;'
              'line-height:1.22;' % (b['before'], f, b['size'], al))
        if b['b']:
            st += 'font-weight:bold;'
        if b['i']:
            st += 'font-style:italic;'
        if b.get('color'):
            st += 'color:%s;' % b['color']
        if b.get('ls'):
            st += 'letter-spacing:%.1fpt;' % (b['size'] * 0.22)
        tag = 'p' if b.get('para') else 'div'
        return '<%s style="%s">%s</%s>' % (tag, st, hesc(b['text']), tag)
    if t == 'rule':
        ml = 'auto' if b.get('al', 'c') == 'c' else '0'
        return ('<div style="margin:%.1fpt %s 2pt %s;width:%d%%;border-top:%.1fpt solid %s"></div>'
                % (b['before'], ml, ml, b['w'] * 100, b['thick'], b.get('color') or '#666'))
    if t == 'space':
        return '<div style="height:%.1fpt"></div>' % b['h']
    if t == 'kv':
        ml = '0' if b['al'] == 'l' else 'auto'
        rows = ''.join('<tr><th style="width:%d%%">%s</th><td>%s</td></tr>' % (
            b['lw'] * 100, hesc(l), hesc(v)) for l, v in b['rows'])
        return ('<table class="kv" style="margin:%.1fpt %s 0 %s;width:%d%%;font-size:%.1fpt">%s</table>'
                % (b['before'], ml, ml, b['width'] * 100, b['size'], rows))
    if t == 'cols':
        n = len(b['labels'])
        ws = b['widths'] or [1.0 / n] * n
        al = 'center' if b['al'] == 'c' else 'left'
        cg = ''.join('<col style="width:%.1f%%">' % (w * 100) for w in ws)
        l = ''.join('<th style="text-align:%s">%s</th>' % (al, hesc(x.upper() if b['caps'] else x))
                    for x in b['labels'])
        v = ''.join('<td style="text-align:%s">%s</td>' % (al, hesc(x)) for x in b['values'])
        return ('<table class="cols" style="margin:%.1fpt auto 0 auto;width:%d%%;font-size:%.1fpt">'
                '<colgroup>%s</colgroup><tr>%s</tr><tr>%s</tr></table>'
                % (b['before'], b['width'] * 100, b['size'], cg, l, v))
    if t == 'table':
        n = len(b['header'])
        ws = b['widths'] or [1.0 / n] * n
        cg = ''.join('<col style="width:%.1f%%">' % (w * 100) for w in ws)
        h = ''.join('<th>%s</th>' % hesc(x) for x in b['header'])
        rows = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % hesc(c) for c in r) for r in b['rows'])
        return ('<table class="grid" style="margin:%.1fpt auto 0 auto;width:%d%%;font-size:%.1fpt">'
                '<colgroup>%s</colgroup><tr>%s</tr>%s</table>'
                % (b['before'], b['width'] * 100, b['size'], cg, h, rows))
    if t == 'sigs':
        jc = 'flex-start' if b['al'] == 'l' else 'space-around'
        items = ''.join(
            '<div class="sig"><div class="nm">%s</div><div class="tt">%s</div></div>'
            % (hesc(n), '<br>'.join(hesc(x) for x in tt.split('\n'))) for n, tt in b['sigs'])
        return ('<div class="sigs" style="margin-top:%.1fpt;justify-content:%s;font-size:%.1fpt;'
                'width:%d%%;%s">%s</div>' % (b['before'], jc, b['size'], b['width'] * 100,
                                             '' if b['al'] == 'l' else 'margin:%.1fpt auto 0 auto' % b['before'], items))
    raise ValueError(t)


def build_html(spec):
    pg = spec['page']
    W, H = page_dims(pg)
    acc = pg.get('accent', '#333')
    fam = pg.get('font', 'serif')
    border = pg.get('border')
    bcss = {'single': '2px solid %s' % acc, 'double': '6px double %s' % acc,
            'thickthin': '7px double %s' % acc, 'frame': '1px solid #888'}.get(border)
    pad_tb, pad_lr = (0.86, 0.92) if border else (0.75, 0.8)
    css = """
@page { size: %(W).0fpt %(H).0fpt; margin: 0 }
html, body { margin: 0; padding: 0; color: #111; }
.page { width: %(W).0fpt; height: %(H).0fpt; position: relative; box-sizing: border-box;
  padding: %(tb).2fin %(lr).2fin 0.7in %(lr).2fin; page-break-after: always; font-family: %(ff)s; }
.page:last-child { page-break-after: auto; }
.frame { position: absolute; top: 0.33in; left: 0.33in; right: 0.33in; bottom: 0.33in; border: %(bcss)s; }
p, div { margin: 0; }
table { border-collapse: collapse; }
table.kv th { text-align: left; vertical-align: top; font-weight: bold; padding: 2pt 6pt 3pt 0; }
table.kv td { text-align: left; vertical-align: top; padding: 2pt 0 3pt 0; }
table.cols th { font-family: 'Nimbus Sans', sans-serif; font-size: 0.7em; color: #555; letter-spacing: 0.5pt;
  padding: 0 4pt 3pt 4pt; border-bottom: 0.5pt solid #999; }
table.cols td { font-weight: bold; padding: 4pt 4pt 0 4pt; vertical-align: top; }
table.grid th, table.grid td { border: 0.6pt solid #777; padding: 3pt 4pt; text-align: left;
  font-family: 'Nimbus Sans', sans-serif; }
table.grid th { background: #e8e8e8; }
.sigs { display: flex; }
.sig { width: 210pt; text-align: center; margin-right: 24pt; }
.sigs[style*="flex-start"] .sig { text-align: left; }
.sig .nm { border-top: 0.7pt solid #333; padding-top: 3pt; font-weight: bold; }
.sig .tt { font-style: italic; }
.footer { position: absolute; bottom: %(fb).2fin; left: 0; right: 0; text-align: center;
  font: 7.5pt 'Nimbus Sans', sans-serif; color: #555; }
.seal { position: absolute; width: 80pt; height: 80pt; border-radius: 50%%; border: 2pt solid %(acc)s;
  box-shadow: inset 0 0 0 4pt #fff, inset 0 0 0 5pt %(acc)s; color: %(acc)s; display: flex;
  flex-direction: column; align-items: center; justify-content: center;
  font: bold 11pt 'P052', serif; line-height: 1.2; }
""" % dict(W=W, H=H, tb=pad_tb, lr=pad_lr, ff=CHROME_FONTS[fam], bcss=bcss or 'none', acc=acc,
           fb=0.48 if border else 0.35)
    pages = [[]]
    for b in spec['blocks']:
        if b['t'] == 'break':
            pages.append([])
        else:
            pages[-1].append(_html_block(b, fam, acc))
    out = []
    for k, blocks in enumerate(pages):
        extra = ''
        if border:
            extra += '<div class="frame"></div>'
        if pg.get('footer'):
            extra += '<div class="footer">%s</div>' % hesc(pg['footer'])
        if pg.get('seal') and k == 0:
            pos = pg['seal'].get('pos', 'br')
            posc = {'br': 'right:0.75in;bottom:0.75in', 'bl': 'left:0.75in;bottom:0.75in',
                    'bc': 'left:calc(50%% - 42pt);bottom:0.6in'}[pos]
            extra += '<div class="seal" style="%s">%s</div>' % (
                posc, ''.join('<span>%s</span>' % hesc(s) for s in pg['seal']['text']))
        out.append('<div class="page">%s%s</div>' % (extra, '\n'.join(blocks)))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style>'
            '</head><body>%s</body></html>' % (hesc(meta_title(spec)), css, '\n'.join(out)))


def render_chromium(spec, out):
    spec = with_centering(spec, 0.8)
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, spec['id'] + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(build_html(spec))
    prof = os.path.join(PROFILES, 'chromium')
    os.makedirs(prof, exist_ok=True)
    run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu',
         '--user-data-dir=' + prof, '--no-pdf-header-footer', '--print-to-pdf-no-header',
         '--print-to-pdf=' + os.path.abspath(out), 'file://' + os.path.abspath(src)])


# =================================================================== LibreOffice helper
def soffice_convert(src, out):
    prof = os.path.join(PROFILES, 'libreoffice')
    os.makedirs(prof, exist_ok=True)
    outdir = os.path.join(WORK, 'lo-out')
    os.makedirs(outdir, exist_ok=True)
    run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--norestore',
         '--convert-to', 'pdf', '--outdir', outdir, src])
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')
    shutil.move(produced, out)


# =================================================================== fodt
FODT_FONTS = {'serif': 'Liberation Serif', 'sans': 'DejaVu Sans'}


class Fodt:
    def __init__(self, spec):
        self.spec = spec
        self.pg = spec['page']
        self.fam = self.pg.get('font', 'serif')
        self.styles = []
        self.body = []
        self.n = 0
        self.W, self.H = page_dims(self.pg)
        bordered = bool(self.pg.get('border'))
        self.margin = 0.9 if bordered else 0.8
        self.cw = self.W / 72.0 - 2 * self.margin

    def sname(self, prefix):
        self.n += 1
        return '%s%d' % (prefix, self.n)

    def pstyle(self, size, b=False, i=False, al='l', color=None, before=0, font=None,
               ls=False, extra_par='', after=0):
        name = self.sname('P')
        fa = FODT_FONTS[font or self.fam]
        alm = {'c': 'center', 'l': 'start', 'r': 'end', 'j': 'justify'}[al]
        tp = 'style:font-name="%s" fo:font-size="%.1fpt"' % (fa, size)
        if b:
            tp += ' fo:font-weight="bold"'
        if i:
            tp += ' fo:font-style="italic"'
        if color:
            tp += ' fo:color="%s"' % color
        if ls:
            tp += ' fo:letter-spacing="%.2fpt"' % (size * 0.2)
        self.styles.append(
            '<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties '
            'fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:line-height="118%%" %s/>'
            '<style:text-properties %s/></style:style>' % (name, alm, before, after, extra_par, tp))
        return name

    def para(self, text, style):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text))

    def table(self, colw_in, rows_xml, align='center', before=0):
        tname = self.sname('Tab')
        tw = sum(colw_in)
        self.styles.append(
            '<style:style style:name="%s" style:family="table"><style:table-properties '
            'style:width="%.2fin" table:align="%s" fo:margin-top="%.1fpt"/></style:style>'
            % (tname, tw, align, before))
        cols = ''
        for w in colw_in:
            cn = self.sname('Col')
            self.styles.append('<style:style style:name="%s" style:family="table-column">'
                               '<style:table-column-properties style:column-width="%.2fin"/>'
                               '</style:style>' % (cn, w))
            cols += '<table:table-column table:style-name="%s"/>' % cn
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (
            tname, tname, cols, rows_xml)

    def cellstyle(self, border='none', bg=None, pad='0.03in', valign='top'):
        cn = self.sname('Cell')
        bgs = ' fo:background-color="%s"' % bg if bg else ''
        self.styles.append('<style:style style:name="%s" style:family="table-cell">'
                           '<style:table-cell-properties fo:border="%s" fo:padding="%s"'
                           ' style:vertical-align="%s"%s/></style:style>' % (cn, border, pad, valign, bgs))
        return cn

    def cell(self, cs, inner):
        return ('<table:table-cell table:style-name="%s" office:value-type="string">%s'
                '</table:table-cell>' % (cs, inner))

    def block(self, b):
        t = b['t']
        if t == 'text':
            st = self.pstyle(b['size'], b['b'], b['i'], b['al'], b.get('color'), b['before'],
                             b.get('font'), b.get('ls'))
            self.body.append(self.para(b['text'], st))
        elif t == 'rule':
            w = b['w'] * self.cw
            side = (self.cw - w) / 2 if b.get('al', 'c') == 'c' else 0
            st = self.pstyle(2, before=b['before'], al='l',
                             extra_par='fo:border-bottom="%.1fpt solid %s" fo:margin-left="%.2fin" '
                                       'fo:margin-right="%.2fin" fo:padding="0in"' % (
                                           b['thick'], b.get('color') or '#666666', side,
                                           self.cw - w - side))
            self.body.append('<text:p text:style-name="%s"/>' % st)
        elif t == 'space':
            st = self.pstyle(2, before=b['h'])
            self.body.append('<text:p text:style-name="%s"/>' % st)
        elif t == 'break':
            st = self.pstyle(2, extra_par='fo:break-before="page"')
            self.body.append('<text:p text:style-name="%s"/>' % st)
        elif t == 'kv':
            tw = b['width'] * self.cw
            cs = self.cellstyle()
            lst = self.pstyle(b['size'], b=True)
            vst = self.pstyle(b['size'])
            rows = ''.join('<table:table-row>%s%s</table:table-row>' % (
                self.cell(cs, self.para(l, lst)), self.cell(cs, self.para(v, vst)))
                for l, v in b['rows'])
            self.body.append(self.table([b['lw'] * tw, (1 - b['lw']) * tw], rows,
                                        'left' if b['al'] == 'l' else 'center', b['before']))
        elif t == 'cols':
            tw = b['width'] * self.cw
            n = len(b['labels'])
            ws = b['widths'] or [1.0 / n] * n
            al = 'c' if b['al'] == 'c' else 'l'
            lcs = self.cellstyle(border='none', pad='0.03in')
            lcs2 = self.sname('Cell')
            self.styles.append('<style:style style:name="%s" style:family="table-cell">'
                               '<style:table-cell-properties fo:border-top="none" fo:border-left="none"'
                               ' fo:border-right="none" fo:border-bottom="0.5pt solid #999999"'
                               ' fo:padding="0.03in"/></style:style>' % lcs2)
            lst = self.pstyle(max(7.5, b['size'] * 0.7), b=True, al=al, color='#555555', font='sans')
            vst = self.pstyle(b['size'], b=True, al=al)
            r1 = ''.join(self.cell(lcs2, self.para(x.upper() if b['caps'] else x, lst))
                         for x in b['labels'])
            r2 = ''.join(self.cell(lcs, self.para(x, vst)) for x in b['values'])
            self.body.append(self.table([w * tw for w in ws],
                                        '<table:table-row>%s</table:table-row><table:table-row>%s'
                                        '</table:table-row>' % (r1, r2), 'center', b['before']))
        elif t == 'table':
            tw = b['width'] * self.cw
            n = len(b['header'])
            ws = b['widths'] or [1.0 / n] * n
            hcs = self.cellstyle(border='0.6pt solid #777777', bg='#e8e8e8', pad='0.04in')
            ccs = self.cellstyle(border='0.6pt solid #777777', pad='0.04in')
            hst = self.pstyle(b['size'], b=True, font='sans')
            cst = self.pstyle(b['size'], font='sans')
            rows = '<table:table-row>%s</table:table-row>' % ''.join(
                self.cell(hcs, self.para(x, hst)) for x in b['header'])
            for r in b['rows']:
                rows += '<table:table-row>%s</table:table-row>' % ''.join(
                    self.cell(ccs, self.para(x, cst)) for x in r)
            self.body.append(self.table([w * tw for w in ws], rows, 'center', b['before']))
        elif t == 'sigs':
            n = len(b['sigs'])
            tw = min(b['width'] * self.cw, n * 3.4)
            cs = self.cellstyle(pad='0.12in')
            al = 'l' if b['al'] == 'l' else 'c'
            nst = self.pstyle(b['size'], b=True, al=al,
                              extra_par='fo:border-top="0.75pt solid #333333" fo:padding-top="3pt"')
            tst = self.pstyle(b['size'], i=True, al=al)
            cells = ''
            for nm, tt in b['sigs']:
                inner = self.para(nm, nst) + ''.join(self.para(x, tst) for x in tt.split('\n'))
                cells += self.cell(cs, inner)
            self.body.append(self.table([tw / n] * n, '<table:table-row>%s</table:table-row>' % cells,
                                        'left' if b['al'] == 'l' else 'center', b['before']))
        else:
            raise ValueError(t)

    def xml(self):
        for b in self.spec['blocks']:
            self.block(b)
        pg = self.pg
        acc = pg.get('accent', '#333333')
        border = pg.get('border')
        m = 0.35 if border else self.margin
        padd = 'fo:padding="%.2fin"' % (self.margin - m)
        bprop = {'single': 'fo:border="1.5pt solid %s" ' % acc + padd,
                 'double': 'fo:border="3pt double %s" style:border-line-width="0.5pt 1pt 1.5pt" ' % acc + padd,
                 'thickthin': 'fo:border="4.5pt double %s" style:border-line-width="2.5pt 1.2pt 0.6pt" ' % acc + padd,
                 'frame': 'fo:border="0.6pt solid #888888" ' + padd}.get(border, '')
        orient = pg.get('orient', 'portrait')
        footer_style = ''
        footer = ''
        if pg.get('footer'):
            fst = self.pstyle(7.5, al='c', color='#555555', font='sans')
            footer_style = ('<style:footer-style><style:header-footer-properties fo:min-height="0.2in" '
                            'fo:margin-top="0.1in"/></style:footer-style>')
            footer = '<style:footer>%s</style:footer>' % self.para(pg['footer'], fst)
        pl = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%.2fin" '
              'fo:page-height="%.2fin" style:print-orientation="%s" fo:margin-top="%.2fin" '
              'fo:margin-bottom="%.2fin" fo:margin-left="%.2fin" fo:margin-right="%.2fin" %s/>'
              '<style:header-style/>%s</style:page-layout>' % (
                  self.W / 72, self.H / 72, orient, m, m, m, m, bprop, footer_style))
        fonts = ''.join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f)
                        for f in set(FODT_FONTS.values()))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
                'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
                'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                '<office:meta><dc:title>%s</dc:title></office:meta>'
                '<office:font-face-decls>%s</office:font-face-decls>'
                '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
                'style:font-name="%s" fo:font-size="11pt" fo:hyphenate="false"/></style:default-style></office:styles>'
                '<office:automatic-styles>%s%s</office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" '
                'style:page-layout-name="pm1">%s</style:master-page></office:master-styles>'
                '<office:body><office:text>%s</office:text></office:body></office:document>' % (
                    xesc(meta_title(self.spec)), fonts, FODT_FONTS[self.fam], pl,
                    ''.join(self.styles), footer, ''.join(self.body)))


def render_fodt(spec, out):
    spec = with_centering(spec, 0.6)
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, spec['id'] + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(Fodt(spec).xml())
    soffice_convert(src, out)


# =================================================================== docx
def render_docx(spec, out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor, Emu
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    spec = with_centering(spec, 1.3)
    pg = spec['page']
    W, H = page_dims(pg)
    fam = pg.get('font', 'serif')
    FONTS = {'serif': 'Times New Roman', 'sans': 'Arial'}
    acc = pg.get('accent', '#333333').lstrip('#')
    doc = Document()
    doc.core_properties.title = meta_title(spec)
    doc.core_properties.author = 'Education Office'
    st = doc.styles['Normal']
    st.font.name = FONTS[fam]
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    if pg.get('orient') == 'landscape':
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Pt(W)
    sec.page_height = Pt(H)
    border = pg.get('border')
    m = 0.9 if border else 0.8
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, side, Inches(m))
    sec.footer_distance = Inches(0.45)
    cw = W / 72.0 - 2 * m
    if border:
        val, sz = {'single': ('single', 12), 'double': ('double', 18),
                   'thickthin': ('thickThinSmallGap', 36), 'frame': ('single', 4)}[border]
        pb = OxmlElement('w:pgBorders')
        pb.set(qn('w:offsetFrom'), 'page')
        for s in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + s)
            e.set(qn('w:val'), val)
            e.set(qn('w:sz'), str(sz))
            e.set(qn('w:space'), '24')
            e.set(qn('w:color'), acc if border != 'frame' else '888888')
            pb.append(e)
        pgmar = sec._sectPr.find(qn('w:pgMar'))
        pgmar.addnext(pb)

    ALIGN = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT,
             'r': WD_ALIGN_PARAGRAPH.RIGHT, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY}

    def add_run(p, text, size, b=False, i=False, color=None, font=None, ls=False):
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.bold = b
        r.font.italic = i
        r.font.name = FONTS[font or fam]
        if color:
            r.font.color.rgb = RGBColor.from_string(color.lstrip('#').upper())
        if ls:
            rpr = r._r.get_or_add_rPr()
            sp = OxmlElement('w:spacing')
            sp.set(qn('w:val'), str(int(size * 0.2 * 20)))
            rpr.append(sp)
        return r

    def pborder(p, side, color='333333', sz=6):
        ppr = p._p.get_or_add_pPr()
        bd = OxmlElement('w:pBdr')
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'single')
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), '1')
        e.set(qn('w:color'), color)
        bd.append(e)
        ppr.insert(0, bd)

    def fmt(p, al='l', before=0):
        p.alignment = ALIGN[al]
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(0)

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        bd = OxmlElement('w:tblBorders')
        for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            e = OxmlElement('w:' + s)
            e.set(qn('w:val'), 'nil')
            bd.append(e)
        tblPr.append(bd)

    def spacer(before):
        p = doc.add_paragraph()
        fmt(p, 'l', 0)
        p.paragraph_format.line_spacing = Pt(max(1, before))
        r = p.add_run('')
        r.font.size = Pt(1)

    def set_widths(tbl, ws_in):
        tbl.autofit = False
        tblPr = tbl._tbl.tblPr
        tblW = tblPr.find(qn('w:tblW'))
        if tblW is None:
            tblW = OxmlElement('w:tblW')
            tblPr.append(tblW)
        tblW.set(qn('w:type'), 'dxa')
        tblW.set(qn('w:w'), str(int(sum(ws_in) * 1440)))
        for col, w in zip(tbl.columns, ws_in):
            col.width = Inches(w)
        for row in tbl.rows:
            for c, w in zip(row.cells, ws_in):
                c.width = Inches(w)

    def cell_par(cell, text, size, b=False, i=False, al='l', color=None, font=None, first=True):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        fmt(p, al, 0)
        add_run(p, text, size, b, i, color, font)
        return p

    first_para = True
    for b in spec['blocks']:
        t = b['t']
        if t == 'text':
            if first_para:
                p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
                first_para = False
            else:
                p = doc.add_paragraph()
            fmt(p, b['al'], b['before'])
            p.paragraph_format.line_spacing = 1.05
            add_run(p, b['text'], b['size'], b['b'], b['i'], b.get('color'), b.get('font'), b.get('ls'))
            continue
        first_para = False
        if t == 'rule':
            p = doc.add_paragraph()
            pborder(p, 'bottom', (b.get('color') or '#666666').lstrip('#'), int(b['thick'] * 8))
            fmt(p, 'l', b['before'])
            w = b['w'] * cw
            side = (cw - w) / 2 if b.get('al', 'c') == 'c' else 0
            p.paragraph_format.left_indent = Inches(side)
            p.paragraph_format.right_indent = Inches(cw - w - side)
            r = p.add_run('')
            r.font.size = Pt(2)
        elif t == 'space':
            spacer(b['h'])
        elif t == 'break':
            doc.add_page_break()
        elif t == 'kv':
            spacer(b['before'])
            tw = b['width'] * cw
            tbl = doc.add_table(rows=len(b['rows']), cols=2)
            no_borders(tbl)
            tbl.alignment = WD_TABLE_ALIGNMENT.LEFT if b['al'] == 'l' else WD_TABLE_ALIGNMENT.CENTER
            for row, (l, v) in zip(tbl.rows, b['rows']):
                cell_par(row.cells[0], l, b['size'], b=True).paragraph_format.space_after = Pt(3)
                cell_par(row.cells[1], v, b['size']).paragraph_format.space_after = Pt(3)
            set_widths(tbl, [b['lw'] * tw, (1 - b['lw']) * tw])
        elif t == 'cols':
            spacer(b['before'])
            tw = b['width'] * cw
            n = len(b['labels'])
            ws = b['widths'] or [1.0 / n] * n
            tbl = doc.add_table(rows=2, cols=n)
            no_borders(tbl)
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            al = 'c' if b['al'] == 'c' else 'l'
            for c, x in enumerate(b['labels']):
                p = cell_par(tbl.rows[0].cells[c], x.upper() if b['caps'] else x,
                             max(7.5, b['size'] * 0.7), b=True, al=al, color='#555555', font='sans')
                pborder(p, 'bottom', '999999', 4)
            for c, x in enumerate(b['values']):
                cell_par(tbl.rows[1].cells[c], x, b['size'], b=True, al=al)
            set_widths(tbl, [w * tw for w in ws])
        elif t == 'table':
            spacer(b['before'])
            tw = b['width'] * cw
            n = len(b['header'])
            ws = b['widths'] or [1.0 / n] * n
            tbl = doc.add_table(rows=1 + len(b['rows']), cols=n)
            tbl.style = doc.styles['Table Grid']
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            for c, x in enumerate(b['header']):
                cell = tbl.rows[0].cells[c]
                cell_par(cell, x, b['size'], b=True, font='sans')
                tcPr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement('w:shd')
                shd.set(qn('w:val'), 'clear')
                shd.set(qn('w:color'), 'auto')
                shd.set(qn('w:fill'), 'E8E8E8')
                tcPr.append(shd)
            for r, row in enumerate(b['rows']):
                for c, x in enumerate(row):
                    cell_par(tbl.rows[r + 1].cells[c], x, b['size'], font='sans')
            set_widths(tbl, [w * tw for w in ws])
        elif t == 'sigs':
            spacer(b['before'])
            n = len(b['sigs'])
            tw = min(b['width'] * cw, n * 3.4)
            tbl = doc.add_table(rows=1, cols=n)
            no_borders(tbl)
            tbl.alignment = WD_TABLE_ALIGNMENT.LEFT if b['al'] == 'l' else WD_TABLE_ALIGNMENT.CENTER
            al = 'l' if b['al'] == 'l' else 'c'
            for c, (nm, tt) in enumerate(b['sigs']):
                cell = tbl.rows[0].cells[c]
                p = cell_par(cell, nm, b['size'], b=True, al=al)
                pborder(p, 'top', '333333', 6)
                for x in tt.split('\n'):
                    cell_par(cell, x, b['size'], i=True, al=al, first=False)
            set_widths(tbl, [tw / n] * n)
        else:
            raise ValueError(t)
    if pg.get('footer'):
        fp = sec.footer.paragraphs[0]
        fmt(fp, 'c', 0)
        add_run(fp, pg['footer'], 7.5, color='#555555', font='sans')
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, spec['id'] + '.docx')
    doc.save(src)
    soffice_convert(src, out)


# =================================================================== PHP (fpdf / tcpdf)
def php_spec(spec, lib):
    s = json.loads(json.dumps(spec))
    if lib == 'fpdf':
        for b in s['blocks']:
            if b['t'] == 'text' and b.get('ls'):
                b['text'] = spaced(b['text'])
                b['ls'] = False
    return s


def render_php(spec, out, lib):
    spec = with_centering(spec, 0.9 if lib == 'fpdf' else 0.6)
    os.makedirs(WORK, exist_ok=True)
    js = os.path.join(WORK, spec['id'] + '.json')
    with open(js, 'w', encoding='utf-8') as f:
        json.dump(php_spec(spec, lib), f, ensure_ascii=False)
    run(['php', os.path.join(HERE, 'engine_php.php'), lib, js, os.path.abspath(out)])


def render_fpdf(spec, out):
    render_php(spec, out, 'fpdf')


def render_tcpdf(spec, out):
    render_php(spec, out, 'tcpdf')


# =================================================================== ReportLab canvas
def draw_ops(c, ops, skip_fields=False):
    from reportlab.lib.colors import HexColor
    for o in ops:
        k = o['op']
        if k == 'text':
            if skip_fields and o['field']:
                continue
            c.setFillColor(HexColor(o['color']))
            t = c.beginText(o['x'], o['y'])
            t.setFont(o['font'], o['size'])
            t.setCharSpace(o['cs'])  # Tc persists across BT/ET: always set
            t.textOut(o['s'])
            c.drawText(t)
        elif k == 'line':
            c.setStrokeColor(HexColor(o['color']))
            c.setLineWidth(o['w'])
            c.line(o['x1'], o['y1'], o['x2'], o['y2'])
        elif k == 'rect':
            c.setStrokeColor(HexColor(o['color']))
            c.setLineWidth(o['lw'])
            if o['fill']:
                c.setFillColor(HexColor(o['fill']))
            c.rect(o['x'], o['y'], o['w'], o['h'], stroke=1, fill=1 if o['fill'] else 0)
        elif k == 'circle':
            c.setStrokeColor(HexColor(o['color']))
            c.setLineWidth(o['lw'])
            c.circle(o['cx'], o['cy'], o['r'], stroke=1, fill=0)


def render_rlcanvas(spec, out):
    from reportlab.pdfgen import canvas
    pages = layout(spec)
    W, H = page_dims(spec['page'])
    c = canvas.Canvas(out, pagesize=(W, H), invariant=1)
    c.setTitle(meta_title(spec))
    for ops in pages:
        draw_ops(c, ops)
        c.showPage()
    c.save()


# =================================================================== AcroForm
def render_acroform(spec, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor
    pages = layout(spec)
    W, H = page_dims(spec['page'])
    os.makedirs(WORK, exist_ok=True)
    blank = os.path.join(WORK, spec['id'] + '-blank.pdf')
    c = canvas.Canvas(blank, pagesize=(W, H), invariant=1)
    c.setTitle(meta_title(spec))
    values = {}
    for ops in pages:
        draw_ops(c, ops, skip_fields=True)
        for o in ops:
            if o['op'] == 'text' and o['field']:
                values[o['field']] = o['s']
                h = o['size'] * 1.45
                c.acroForm.textfield(
                    name=o['field'], tooltip=o['field'].replace('_', ' '),
                    x=o['x'] - 2, y=o['y'] - o['size'] * 0.42, width=o['w'] + 6, height=h,
                    value='', fontName=o['font'], fontSize=o['size'],
                    borderWidth=0, borderColor=None, fillColor=None,
                    textColor=HexColor(o['color']), maxlen=200)
        c.showPage()
    c.save()
    fill_and_flatten(blank, values, out)


def fill_and_flatten(blank, values, out):
    """Fill text fields by editing the qpdf JSON, then let qpdf generate
    appearances and flatten every annotation into page content."""
    base = os.path.splitext(blank)[0]
    js = base + '.json'
    r = subprocess.run(['qpdf', '--json-output', blank, js], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if r.returncode not in (0, 3):
        raise RuntimeError(r.stderr.decode())
    d = json.load(open(js))
    header, objs = d['qpdf'][0], d['qpdf'][1]
    upd = {}
    fonts = {}
    for k, v in objs.items():
        val = v.get('value')
        if isinstance(val, dict) and val.get('/Type') == '/Font' and '/Name' in val \
                and val['/Name'] != '/F1' and val.get('/Encoding') != '/WinAnsiEncoding' \
                and not val['/Name'].startswith('/F'):
            fonts[val['/Name']] = k.split(':', 1)[1]
            nv = dict(val)
            nv['/Encoding'] = '/WinAnsiEncoding'
            upd[k] = {'value': nv}
    seen = set()
    for k, v in objs.items():
        val = v.get('value')
        if isinstance(val, dict) and val.get('/FT') == '/Tx':
            n = val['/T'][2:]
            nv = dict(val)
            nv['/V'] = 'u:' + values[n]
            nv.pop('/AP', None)
            nv.pop('/MaxLen', None)
            nv['/MK'] = {}
            upd[k] = {'value': nv}
            seen.add(n)
        if isinstance(val, dict) and '/Fields' in val:
            nv = dict(val)
            nv['/NeedAppearances'] = True
            nv['/DR'] = {'/Font': dict(fonts)}
            upd[k] = {'value': nv}
    missing = set(values) - seen
    if missing:
        raise RuntimeError('fields not found: %s' % missing)
    hdr = dict(header)
    json.dump({'qpdf': [hdr, upd]}, open(base + '-upd.json', 'w'))
    filled = base + '-filled.pdf'
    subprocess.run(['qpdf', blank, '--update-from-json=' + base + '-upd.json', filled],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if not os.path.exists(filled):
        raise RuntimeError('qpdf fill failed')
    r = subprocess.run(['qpdf', filled, '--generate-appearances', '--flatten-annotations=all', out],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode not in (0, 3):
        raise RuntimeError(r.stderr.decode())


# =================================================================== Platypus
def render_platypus(spec, out):
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Flowable)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY

    spec = with_centering(spec, 0.8)
    pg = spec['page']
    W, H = page_dims(pg)
    fam = pg.get('font', 'serif')
    L = Layouter(spec)
    AL = {'c': TA_CENTER, 'l': TA_LEFT, 'r': TA_RIGHT, 'j': TA_JUSTIFY}

    def on_page(c, d):
        L.pages.append([])
        L.ops = L.pages[-1]
        L.decorate()
        draw_ops(c, L.ops)

    class Rule(Flowable):
        def __init__(self, w, thick, color, al):
            Flowable.__init__(self)
            self.w, self.thick, self.color, self.al = w, thick, color, al
            self.hAlign = 'CENTER' if al == 'c' else 'LEFT'

        def wrap(self, aw, ah):
            return self.w, self.thick + 2

        def draw(self):
            self.canv.setStrokeColor(HexColor(self.color))
            self.canv.setLineWidth(self.thick)
            self.canv.line(0, 1, self.w, 1)

    n = [0]

    def ps(size, b=False, i=False, al='l', color=None, font=None, before=0, lead=1.22):
        n[0] += 1
        return ParagraphStyle('s%d' % n[0], fontName=fname(font or fam, b, i), fontSize=size,
                              leading=size * lead, alignment=AL[al], spaceBefore=before,
                              textColor=HexColor(color or '#111111'))

    def para(text, style):
        return Paragraph(xesc(text), style)

    story = []
    cw = L.cw
    for b in spec['blocks']:
        t = b['t']
        if t == 'text':
            txt = spaced(b['text']) if b.get('ls') else b['text']
            story.append(para(txt, ps(b['size'], b['b'], b['i'], b['al'], b.get('color'),
                                      b.get('font'), b['before'])))
        elif t == 'rule':
            story.append(Spacer(1, b['before']))
            story.append(Rule(b['w'] * cw, b['thick'], b.get('color') or '#666666', b.get('al', 'c')))
        elif t == 'space':
            story.append(Spacer(1, b['h']))
        elif t == 'break':
            story.append(PageBreak())
        elif t == 'kv':
            story.append(Spacer(1, b['before']))
            tw = b['width'] * cw
            ls, vs = ps(b['size'], b=True), ps(b['size'])
            data = [[para(l, ls), para(v, vs)] for l, v in b['rows']]
            tb = Table(data, colWidths=[b['lw'] * tw, (1 - b['lw']) * tw],
                       hAlign='LEFT' if b['al'] == 'l' else 'CENTER')
            tb.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                    ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                    ('TOPPADDING', (0, 0), (-1, -1), 1),
                                    ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
            story.append(tb)
        elif t == 'cols':
            story.append(Spacer(1, b['before']))
            tw = b['width'] * cw
            k = len(b['labels'])
            ws = b['widths'] or [1.0 / k] * k
            al = 'c' if b['al'] == 'c' else 'l'
            ls = ps(max(7.5, b['size'] * 0.7), b=True, al=al, color='#555555', font='sans')
            vs = ps(b['size'], b=True, al=al)
            data = [[para(x.upper() if b['caps'] else x, ls) for x in b['labels']],
                    [para(x, vs) for x in b['values']]]
            tb = Table(data, colWidths=[w * tw for w in ws], hAlign='CENTER')
            tb.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                    ('LINEBELOW', (0, 0), (-1, 0), 0.5, HexColor('#999999'))]))
            story.append(tb)
        elif t == 'table':
            story.append(Spacer(1, b['before']))
            tw = b['width'] * cw
            k = len(b['header'])
            ws = b['widths'] or [1.0 / k] * k
            hs = ps(b['size'], b=True, font='sans')
            cs = ps(b['size'], font='sans')
            data = [[para(x, hs) for x in b['header']]] + [[para(x, cs) for x in r] for r in b['rows']]
            tb = Table(data, colWidths=[w * tw for w in ws], hAlign='CENTER')
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, HexColor('#777777')),
                                    ('BACKGROUND', (0, 0), (-1, 0), HexColor('#E8E8E8')),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(tb)
        elif t == 'sigs':
            story.append(Spacer(1, b['before']))
            k = len(b['sigs'])
            tw = b['width'] * cw
            al = 'l' if b['al'] == 'l' else 'c'
            nsy, tsy = ps(b['size'], b=True, al=al), ps(b['size'], i=True, al=al)
            colw = tw / k
            inner = min(colw * 0.8, 210)
            gap = (colw - inner) / 2
            widths, row, cmds = [], [], []
            for j, (nm, tt) in enumerate(b['sigs']):
                widths += [gap, inner, gap]
                row += ['', [para(nm, nsy)] + [para(x, tsy) for x in tt.split('\n')], '']
                cmds.append(('LINEABOVE', (3 * j + 1, 0), (3 * j + 1, 0), 0.7, HexColor('#333333')))
            if al == 'l':
                widths[0] = 0
            tb = Table([row], colWidths=widths, hAlign='LEFT' if al == 'l' else 'CENTER')
            tb.setStyle(TableStyle(cmds + [('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                           ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
            story.append(tb)
        else:
            raise ValueError(t)
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=L.left, rightMargin=W - L.right,
                            topMargin=H - L.top, bottomMargin=L.bottom, title=meta_title(spec),
                            author='Continuing Education', invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# =================================================================== PostScript
def ps_string(s):
    out = []
    for ch in s.encode('cp1252'):
        if ch in (40, 41, 92) or ch < 32 or ch > 126:
            out.append('\\%03o' % ch)
        else:
            out.append(chr(ch))
    return '(' + ''.join(out) + ')'


def build_ps(spec):
    from reportlab.pdfbase._fontdata import encodings
    pages = layout(spec)
    W, H = page_dims(spec['page'])
    enc = ' '.join('/' + (g or '.notdef') for g in encodings['WinAnsiEncoding'])
    fonts = sorted({o['font'] for ops in pages for o in ops if o['op'] == 'text'})
    lines = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (W, H),
             '%%%%Title: %s' % meta_title(spec), '%%Creator: hand-written PostScript',
             '%%Pages: %d' % len(pages), '%%EndComments',
             '<< /PageSize [%d %d] >> setpagedevice' % (W, H),
             '/WinEnc [ %s ] def' % enc,
             '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse }'
             ' forall /Encoding WinEnc def currentdict end definefont pop } bind def']
    for f in fonts:
        lines.append('/%s-W /%s reenc' % (f, f))
    lines.append('[ /Title (%s) /Creator (Ghostscript pdfwrite) /DOCINFO pdfmark' % meta_title(spec))

    def col(h):
        r, g, b = rgb(h)
        return '%.3f %.3f %.3f setrgbcolor' % (r / 255, g / 255, b / 255)

    for n, ops in enumerate(pages, 1):
        lines.append('%%%%Page: %d %d' % (n, n))
        for o in ops:
            k = o['op']
            if k == 'text':
                lines.append('%s /%s-W findfont %.2f scalefont setfont %.2f %.2f moveto %.3f 0 %s ashow'
                             % (col(o['color']), o['font'], o['size'], o['x'], o['y'], o['cs'],
                                ps_string(o['s'])))
            elif k == 'line':
                lines.append('%s %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke'
                             % (col(o['color']), o['w'], o['x1'], o['y1'], o['x2'], o['y2']))
            elif k == 'rect':
                if o['fill']:
                    lines.append('%s %.2f %.2f %.2f %.2f rectfill' % (col(o['fill']), o['x'], o['y'],
                                                                       o['w'], o['h']))
                lines.append('%s %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke'
                             % (col(o['color']), o['lw'], o['x'], o['y'], o['w'], o['h']))
            elif k == 'circle':
                lines.append('%s %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke'
                             % (col(o['color']), o['lw'], o['cx'], o['cy'], o['r']))
        lines.append('showpage')
    lines.append('%%EOF')
    return '\n'.join(lines) + '\n'


def render_gs(spec, out):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, spec['id'] + '.ps')
    with open(src, 'w', encoding='ascii') as f:
        f.write(build_ps(spec))
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
         '-dCompatibilityLevel=1.5', '-sOutputFile=' + os.path.abspath(out), src])


ENGINES = dict(chromium=render_chromium, fodt=render_fodt, docx=render_docx, fpdf=render_fpdf,
               tcpdf=render_tcpdf, rlcanvas=render_rlcanvas, platypus=render_platypus,
               acroform=render_acroform, gs=render_gs)
