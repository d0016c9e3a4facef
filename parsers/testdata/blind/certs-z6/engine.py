"""Rendering engines for the blind certificate set. Every certificate is a list of blocks:
('h',t) heading, ('sub',t) issuer/sub line, ('p',t) paragraph, ('big',t) large bold line,
('fmt',t) format line (italic), ('kv',[(l,v)]) label/value rows, ('cols',[(l,v)]) labels above values,
('table',headers,rows), ('sig',[(name,title)]), ('small',t) footer, ('sp',), ('page',) page break."""
import os, json, subprocess, html, shutil
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, '.profiles')
TMP = os.path.join(PROF, 'tmp')

def pages_of(blocks):
    pages = [[]]
    for b in blocks:
        if b[0] == 'page': pages.append([])
        else: pages[-1].append(b)
    return pages

# ---------------------------------------------------------------- HTML (Chromium, TCPDF)
def to_html(doc, simple=False):
    al = 'center' if doc.get('align', 'C') == 'C' else 'left'
    ff = "Georgia, 'Times New Roman', serif" if doc.get('serif') else "Helvetica, Arial, sans-serif"
    out = []
    for pi, page in enumerate(pages_of(doc['blocks'])):
        if simple and pi: out.append('<br pagebreak="true"/>')
        if not simple: out.append('<div class="page">')
        for b in page:
            k = b[0]; e = lambda s: html.escape(s).replace('  ', ' &nbsp;')
            if k == 'h': out.append(f'<h1 style="text-align:{al};font-size:26pt;margin:6pt 0">{e(b[1])}</h1>')
            elif k == 'sub': out.append(f'<p style="text-align:{al};font-size:12pt;letter-spacing:1px;margin:3pt 0">{e(b[1])}</p>')
            elif k == 'p': out.append(f'<p style="text-align:{al};font-size:11pt;margin:5pt 0">{e(b[1])}</p>')
            elif k == 'big': out.append(f'<p style="text-align:{al};font-size:19pt;font-weight:bold;margin:6pt 0">{e(b[1])}</p>')
            elif k == 'fmt': out.append(f'<p style="text-align:{al};font-size:12pt;font-style:italic;margin:3pt 0">{e(b[1])}</p>')
            elif k == 'small': out.append(f'<p style="text-align:{al};font-size:8pt;color:#555;margin:3pt 0">{e(b[1])}</p>')
            elif k == 'sp': out.append('<p style="font-size:8pt">&nbsp;</p>' if simple else '<div style="height:14pt"></div>')
            elif k == 'kv':
                rows = ''.join(f'<tr><td width="35%" style="font-weight:bold;padding:2pt 8pt">{e(l)}</td><td width="65%" style="padding:2pt 8pt">{e(v)}</td></tr>' for l, v in b[1])
                out.append(f'<table width="90%" align="center" style="margin:6pt auto;font-size:11pt">{rows}</table>')
            elif k == 'cols':
                w = int(100 / len(b[1]))
                r1 = ''.join(f'<td width="{w}%" style="font-size:8.5pt;color:#444;text-transform:uppercase;border-bottom:0.5pt solid #888">{e(l)}</td>' for l, v in b[1])
                r2 = ''.join(f'<td width="{w}%" style="font-size:12pt;font-weight:bold;padding-top:3pt">{e(v)}</td>' for l, v in b[1])
                out.append(f'<table width="100%" cellpadding="3" style="margin:8pt 0"><tr>{r1}</tr><tr>{r2}</tr></table>')
            elif k == 'table':
                ws = b[3] if len(b) > 3 else [1] * len(b[1]); ws = [f' width="{int(100 * w / sum(ws))}%"' for w in ws]
                hd = ''.join(f'<th{ws[i]} style="border:0.5pt solid #333;background-color:#e8e8e8;font-size:9.5pt">{e(h)}</th>' for i, h in enumerate(b[1]))
                rows = ''.join('<tr>' + ''.join(f'<td style="border:0.5pt solid #333;font-size:10pt">{e(c)}</td>' for c in r) + '</tr>' for r in b[2])
                out.append(f'<table width="100%" cellpadding="4" style="border-collapse:collapse;margin:8pt 0"><tr>{hd}</tr>{rows}</table>')
            elif k == 'sig':
                w = int(100 / len(b[1]))
                cells = ''.join(f'<td width="{w}%" style="text-align:center;font-size:10pt;padding:0 12pt">____________________________<br/><b>{e(n)}</b><br/>{e(t)}</td>' for n, t in b[1])
                out.append(f'<table width="100%" style="margin-top:14pt"><tr>{cells}</tr></table>')
        if not simple: out.append('</div>')
    body = '\n'.join(out)
    if simple: return body
    size = 'letter landscape' if doc.get('orient') == 'L' else 'letter portrait'
    border = 'border:5px double #5a4a1a;' if doc.get('border') else ''
    h = '7.3in' if doc.get('orient') == 'L' else '9.8in'
    return f'''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 0.45in; }} body {{ font-family: {ff}; margin:0; color:#111 }}
.page {{ {border} padding: 0.35in 0.5in; height:{h}; box-sizing:border-box; page-break-after: always; }}
.page:last-child {{ page-break-after: auto; }} h1 {{ font-weight: normal; }}
</style></head><body>{body}</body></html>'''

def render_chromium(doc, out):
    p = os.path.join(TMP, doc['id'] + '.html')
    open(p, 'w').write(to_html(doc))
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    '--user-data-dir=' + os.path.join(PROF, 'chromium'), '--no-pdf-header-footer',
                    '--print-to-pdf=' + out, 'file://' + p], check=True, capture_output=True, timeout=120)

def render_tcpdf(doc, out):
    j = os.path.join(TMP, doc['id'] + '.tcpdf.json')
    json.dump({'orient': doc.get('orient', 'P'), 'border': bool(doc.get('border')), 'serif': bool(doc.get('serif')),
               'html': to_html(doc, simple=True), 'out': out}, open(j, 'w'))
    subprocess.run(['php', os.path.join(HERE, 'tcpdf_engine.php'), j], check=True)

def render_fpdf(doc, out):
    j = os.path.join(TMP, doc['id'] + '.fpdf.json')
    json.dump({'orient': doc.get('orient', 'P'), 'align': doc.get('align', 'C'), 'border': bool(doc.get('border')),
               'serif': bool(doc.get('serif')), 'blocks': doc['blocks'], 'out': out}, open(j, 'w'))
    subprocess.run(['php', os.path.join(HERE, 'fpdf_engine.php'), j], check=True)

# ---------------------------------------------------------------- FODT / DOCX (LibreOffice)
def to_fodt(doc):
    al = 'center' if doc.get('align', 'C') == 'C' else 'start'
    font = 'Liberation Serif' if doc.get('serif') else 'Liberation Sans'
    W, H = ('11in', '8.5in') if doc.get('orient') == 'L' else ('8.5in', '11in')
    orient = 'landscape' if doc.get('orient') == 'L' else 'portrait'
    border = 'fo:border="4.5pt double #1f3a5f" fo:padding="0.25in"' if doc.get('border') else ''
    e = lambda s: html.escape(s, quote=False)
    body = []
    first = True
    for page in pages_of(doc['blocks']):
        if not first: body.append('<text:p text:style-name="PB"/>')
        first = False
        for b in page:
            k = b[0]
            if k in ('h', 'sub', 'p', 'big', 'fmt', 'small'): body.append(f'<text:p text:style-name="{k.upper()}">{e(b[1])}</text:p>')
            elif k == 'sp': body.append('<text:p text:style-name="P"/>')
            elif k in ('kv', 'cols', 'table', 'sig'):
                if k == 'kv': rows = [[('KL', l), ('KV', v)] for l, v in b[1]]
                elif k == 'cols': rows = [[('CL', l) for l, v in b[1]], [('CV', v) for l, v in b[1]]]
                elif k == 'table': rows = [[('TH', h) for h in b[1]]] + [[('TD', c) for c in r] for r in b[2]]
                else: rows = [[('SL', '______________________________') for _ in b[1]], [('SN', n) for n, t in b[1]], [('ST', t) for n, t in b[1]]]
                n = len(rows[0]); cs = 'TC' if k == 'table' else 'NC'
                t = [f'<table:table table:style-name="TBL"><table:table-column table:number-columns-repeated="{n}"/>']
                for r in rows:
                    t.append('<table:table-row>' + ''.join(f'<table:table-cell table:style-name="{cs}" office:value-type="string"><text:p text:style-name="{st}">{e(v)}</text:p></table:table-cell>' for st, v in r) + '</table:table-row>')
                t.append('</table:table>')
                body.append(''.join(t))
    def ps(name, size, bold=False, italic=False, align=al, extra=''):
        return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties fo:text-align="{align}" fo:margin-top="0.04in" fo:margin-bottom="0.04in" {extra}/>'
                f'<style:text-properties style:font-name="F" fo:font-size="{size}pt"' + (' fo:font-weight="bold"' if bold else '') + (' fo:font-style="italic"' if italic else '') + '/></style:style>')
    styles = ''.join([ps('H', 28), ps('SUB', 12.5), ps('P', 11), ps('BIG', 19, True), ps('FMT', 12, italic=True), ps('SMALL', 8),
                      ps('KL', 10.5, True, align='start'), ps('KV', 10.5, align='start'), ps('CL', 8.5, align='start'), ps('CV', 12, True, align='start'),
                      ps('TH', 9.5, True, align='start'), ps('TD', 10, align='start'), ps('SL', 9, align='center'), ps('SN', 10, True, align='center'), ps('ST', 9, align='center'),
                      '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>',
                      '<style:style style:name="TBL" style:family="table"><style:table-properties style:width="6.5in" table:align="center" fo:margin-top="0.08in" fo:margin-bottom="0.08in"/></style:style>',
                      '<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.04in"/></style:style>',
                      '<style:style style:name="NC" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.03in"/></style:style>'])
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'"/></office:font-face-decls>
<office:automatic-styles>{styles}
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{W}" fo:page-height="{H}" style:print-orientation="{orient}" fo:margin="0.5in" {border}/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>'''

def write_docx(doc, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    s = d.sections[0]
    if doc.get('orient') == 'L':
        s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = Inches(11), Inches(8.5)
    else: s.page_width, s.page_height = Inches(8.5), Inches(11)
    for m in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'): setattr(s, m, Inches(0.7))
    if doc.get('border'):
        pg = OxmlElement('w:pgBorders'); pg.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            el = OxmlElement('w:' + side)
            for a, v in (('val', 'thinThickSmallGap'), ('sz', '24'), ('space', '24'), ('color', '7A1F1F')): el.set(qn('w:' + a), v)
            pg.append(el)
        s._sectPr.append(pg)
    font = 'Liberation Serif' if doc.get('serif') else 'Liberation Sans'
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(11)
    al = WD_ALIGN_PARAGRAPH.CENTER if doc.get('align', 'C') == 'C' else WD_ALIGN_PARAGRAPH.LEFT
    def para(text, size, bold=False, italic=False, align=None, container=None):
        p = (container or d).add_paragraph(); p.alignment = al if align is None else align
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        return p
    first = True
    for page in pages_of(doc['blocks']):
        if not first: d.add_page_break()
        first = False
        for b in page:
            k = b[0]
            if k == 'h': para(b[1], 28)
            elif k == 'sub': para(b[1], 12.5)
            elif k == 'p': para(b[1], 11)
            elif k == 'big': para(b[1], 19, True)
            elif k == 'fmt': para(b[1], 12, italic=True)
            elif k == 'small': para(b[1], 8)
            elif k == 'sp': para('', 8)
            else:
                if k == 'kv': rows = [[(l, 10.5, True), (v, 10.5, False)] for l, v in b[1]]
                elif k == 'cols': rows = [[(l, 8.5, False) for l, v in b[1]], [(v, 12, True) for l, v in b[1]]]
                elif k == 'table': rows = [[(h, 9.5, True) for h in b[1]]] + [[(c, 10, False) for c in r] for r in b[2]]
                else: rows = [[('______________________________', 9, False) for _ in b[1]], [(n, 10, True) for n, t in b[1]], [(t, 9, False) for n, t in b[1]]]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                if k == 'table': t.style = 'Table Grid'
                for i, r in enumerate(rows):
                    for j, (v, sz, bd) in enumerate(r):
                        c = t.cell(i, j); c.paragraphs[0].text = ''
                        rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(sz); rr.bold = bd
                        if k == 'sig': c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                para('', 4)
    d.save(path)

def render_office(items):
    """items: list of (doc, kind, out). One soffice call for all."""
    srcs = []
    for doc, kind, out in items:
        p = os.path.join(TMP, doc['id'] + ('.fodt' if kind == 'fodt' else '.docx'))
        if kind == 'fodt': open(p, 'w').write(to_fodt(doc))
        else: write_docx(doc, p)
        srcs.append(p)
    od = os.path.join(TMP, 'office'); os.makedirs(od, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file://' + os.path.join(PROF, 'lo'), '--headless',
                    '--convert-to', 'pdf', '--outdir', od] + srcs, check=True, capture_output=True, timeout=600)
    for doc, kind, out in items:
        shutil.move(os.path.join(od, doc['id'] + '.pdf'), out)

# ---------------------------------------------------------------- shared absolute layout (ReportLab canvas, AcroForm, PostScript)
class Layout:
    def __init__(self, doc, be):
        self.doc, self.be = doc, be
        self.W, self.H = (792, 612) if doc.get('orient') == 'L' else (612, 792)
        s = doc.get('serif')
        self.F = 'Times-Roman' if s else 'Helvetica'; self.FB = 'Times-Bold' if s else 'Helvetica-Bold'
        self.FI = 'Times-Italic' if s else 'Helvetica-Oblique'
        self.M = 72 if doc.get('border') else 60
        self.center = doc.get('align', 'C') == 'C'

    def frame(self):
        be, W, H = self.be, self.W, self.H
        if self.doc.get('border'):
            be.rect(28, 28, W - 56, H - 56, 3); be.rect(36, 36, W - 72, H - 72, 0.8)
        if self.doc.get('seal'):
            cx, cy = W - 110, 110
            be.circle(cx, cy, 38, 1.5); be.circle(cx, cy, 32, 0.6)

    def line(self, s, font, size, field=False):
        self.y -= size * 1.25
        x = self.W / 2 if self.center else self.M
        self.be.text(x, self.y, s, font, size, 'C' if self.center else 'L', field)
        self.y -= size * 0.2

    def wrap(self, s, font, size, field=False, width=None):
        for ln in simpleSplit(s, font, size, width or (self.W - 2 * self.M)):
            self.line(ln, font, size, field)

    def run(self):
        for pi, page in enumerate(pages_of(self.doc['blocks'])):
            if pi: self.be.newpage()
            self.frame(); self.y = self.H - self.M - 4
            for b in page: self.block(b)
        self.be.finish()

    def block(self, b):
        k, be, M, W = b[0], self.be, self.M, self.W
        cw = W - 2 * M
        if k == 'h': self.wrap(b[1], self.FB if not self.doc.get('serif') else self.F, 26); self.y -= 4
        elif k == 'sub': self.wrap(b[1], self.F, 12.5)
        elif k == 'p': self.wrap(b[1], self.F, 11); self.y -= 3
        elif k == 'big': self.wrap(b[1], self.FB, 18, field=True); self.y -= 3
        elif k == 'fmt': self.wrap(b[1], self.FI, 12)
        elif k == 'small': self.wrap(b[1], self.F, 8)
        elif k == 'sp': self.y -= 12
        elif k == 'kv':
            x0 = M + (40 if self.center else 0); lw = 170
            for l, v in b[1]:
                lines = simpleSplit(v, self.F, 10.5, cw - lw - 80)
                self.y -= 14
                be.text(x0, self.y, l, self.FB, 10.5, 'L')
                for i, ln in enumerate(lines):
                    if i: self.y -= 13
                    be.text(x0 + lw, self.y, ln, self.F, 10.5, 'L', True)
            self.y -= 6
        elif k == 'cols':
            n = len(b[1]); w = cw / n
            self.y -= 14
            for i, (l, v) in enumerate(b[1]):
                be.text(M + i * w, self.y, l.upper(), self.F, 8, 'L')
                be.hline(M + i * w, M + i * w + w - 14, self.y - 4, 0.5)
            self.y -= 18
            for i, (l, v) in enumerate(b[1]):
                be.text(M + i * w, self.y, v, self.FB, 11.5, 'L', True)
            self.y -= 10
        elif k == 'table':
            n = len(b[1]); rows = [b[1]] + b[2]
            widths = b[3] if len(b) > 3 else [cw / n] * n
            self.y -= 4
            for ri, r in enumerate(rows):
                font = self.FB if ri == 0 else self.F
                cells = [simpleSplit(c, font, 9.5, widths[i] - 8) for i, c in enumerate(r)]
                hgt = 12 * max(len(c) for c in cells) + 8
                x = M
                for i, c in enumerate(cells):
                    be.rect(x, self.y - hgt, widths[i], hgt, 0.6)
                    for j, ln in enumerate(c): be.text(x + 4, self.y - 13 - 12 * j, ln, font, 9.5, 'L')
                    x += widths[i]
                self.y -= hgt
            self.y -= 8
        elif k == 'sig':
            n = len(b[1]); w = cw / n; self.y -= 36
            for i, (nm, t) in enumerate(b[1]):
                cx = M + i * w + w / 2
                be.hline(cx - w / 2 + 20, cx + w / 2 - 20, self.y, 0.6)
                be.text(cx, self.y - 13, nm, self.FB, 10, 'C'); be.text(cx, self.y - 25, t, self.F, 9, 'C')
            self.y -= 34

class RLBackend:
    def __init__(self, out, W, H, form=False):
        from reportlab.pdfgen import canvas
        global white, black
        from reportlab.lib.colors import white, black
        self.c = canvas.Canvas(out, pagesize=(W, H)); self.form = form; self.n = 0
    def text(self, x, y, s, font, size, align, field=False):
        c = self.c
        if self.form and field:
            w = stringWidth(s, font, size) + 6; self.n += 1
            x0 = x - w / 2 if align == 'C' else x - 2
            c.acroForm.textfield(name=f'f{self.n}', value=s, x=x0, y=y - size * 0.3, width=w, height=size * 1.35,
                                 fontName=font, fontSize=size, borderWidth=0, fillColor=white, borderColor=white, textColor=black, forceBorder=False)
            return
        c.setFont(font, size)
        if align == 'C': c.drawCentredString(x, y, s)
        else: c.drawString(x, y, s)
    def rect(self, x, y, w, h, lw): self.c.setLineWidth(lw); self.c.rect(x, y, w, h)
    def circle(self, x, y, r, lw): self.c.setLineWidth(lw); self.c.circle(x, y, r)
    def hline(self, x1, x2, y, lw): self.c.setLineWidth(lw); self.c.line(x1, y, x2, y)
    def newpage(self): self.c.showPage()
    def finish(self): self.c.showPage(); self.c.save()

def render_canvas(doc, out):
    lay = Layout(doc, None); lay.be = RLBackend(out, lay.W, lay.H); lay.run()

def render_acroform(doc, out):
    raw = os.path.join(TMP, doc['id'] + '.form.pdf')
    lay = Layout(doc, None); lay.be = RLBackend(raw, lay.W, lay.H, form=True); lay.run()
    r = subprocess.run(['qpdf', '--warning-exit-0', '--generate-appearances', '--flatten-annotations=all', raw, out], capture_output=True)
    if r.returncode: raise RuntimeError(r.stderr)

SPECIAL = {'\u2122': 128, '\u2013': 129, '\u2014': 130, '\u201c': 131, '\u201d': 132, '\u2022': 133, '\u2019': 134}
class PSBackend:
    def __init__(self, out, W, H):
        self.out, self.W, self.H = out, W, H
        self.p = [f'%!PS-Adobe-3.0\n%%BoundingBox: 0 0 {W} {H}\n<< /PageSize [{W} {H}] >> setpagedevice',
                  '/MyEnc ISOLatin1Encoding 256 array copy def MyEnc 45 /hyphen put MyEnc 39 /quotesingle put MyEnc 96 /grave put',
                  'MyEnc 128 /trademark put MyEnc 129 /endash put MyEnc 130 /emdash put MyEnc 131 /quotedblleft put MyEnc 132 /quotedblright put MyEnc 133 /bullet put MyEnc 134 /quoteright put',
                  '/reenc { /nn exch def findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding MyEnc def currentdict end nn exch definefont pop } def']
        for f in ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Times-Roman', 'Times-Bold', 'Times-Italic'):
            self.p.append(f'/{f} /{f}-L reenc')
    def esc(self, s):
        o = []
        for ch in s:
            c = SPECIAL.get(ch, ord(ch))
            if c > 255: raise ValueError('PS cannot encode ' + ch)
            if ch in '()\\': o.append('\\' + ch)
            elif 32 <= c < 127: o.append(ch)
            else: o.append('\\%03o' % c)
        return ''.join(o)
    def text(self, x, y, s, font, size, align, field=False):
        self.p.append(f'/{font}-L findfont {size} scalefont setfont')
        if align == 'C': self.p.append(f'({self.esc(s)}) dup stringwidth pop 2 div {x} exch sub {y:.2f} moveto show')
        else: self.p.append(f'{x:.2f} {y:.2f} moveto ({self.esc(s)}) show')
    def rect(self, x, y, w, h, lw): self.p.append(f'{lw} setlinewidth newpath {x} {y} {w} {h} rectstroke')
    def circle(self, x, y, r, lw): self.p.append(f'{lw} setlinewidth newpath {x} {y} {r} 0 360 arc closepath stroke')
    def hline(self, x1, x2, y, lw): self.p.append(f'{lw} setlinewidth newpath {x1} {y} moveto {x2} {y} lineto stroke')
    def newpage(self): self.p.append('showpage')
    def finish(self):
        self.p.append('showpage')
        ps = self.out[:-4] + '.ps'
        src = os.path.join(TMP, os.path.basename(ps))
        open(src, 'w', encoding='latin-1').write('\n'.join(self.p) + '\n')
        subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + self.out, src], check=True)

def render_ps(doc, out):
    lay = Layout(doc, None); lay.be = PSBackend(out, lay.W, lay.H); lay.run()

# ---------------------------------------------------------------- Platypus
def render_platypus(doc, out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    ps = landscape(letter) if doc.get('orient') == 'L' else letter
    s = doc.get('serif'); F, FB, FI = ('Times-Roman', 'Times-Bold', 'Times-Italic') if s else ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique')
    al = TA_CENTER if doc.get('align', 'C') == 'C' else TA_LEFT
    st = lambda n, f, sz, a=al, **kw: ParagraphStyle(n, fontName=f, fontSize=sz, leading=sz * 1.25, alignment=a, spaceAfter=4, **kw)
    S = {'h': st('h', FB, 24), 'sub': st('sub', F, 12.5), 'p': st('p', F, 11), 'big': st('big', FB, 18), 'fmt': st('fmt', FI, 12),
         'small': st('small', F, 8, textColor=colors.HexColor('#555555'))}
    cell = st('cell', F, 10, TA_LEFT); cellb = st('cellb', FB, 10, TA_LEFT); lab = st('lab', F, 8, TA_LEFT, textColor=colors.HexColor('#444444'))
    val = st('val', FB, 11.5, TA_LEFT); sc = st('sc', F, 9, TA_CENTER); scb = st('scb', FB, 10, TA_CENTER)
    e = lambda t: html.escape(t, quote=False)
    W = ps[0] - 108
    fl = []
    for b in doc['blocks']:
        k = b[0]
        if k == 'page': fl.append(PageBreak())
        elif k == 'sp': fl.append(Spacer(1, 12))
        elif k in S: fl.append(Paragraph(e(b[1]), S[k]))
        elif k == 'kv':
            t = Table([[Paragraph(e(l), cellb), Paragraph(e(v), cell)] for l, v in b[1]], colWidths=[W * 0.3, W * 0.6])
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')])); fl.append(t)
        elif k == 'cols':
            n = len(b[1]); t = Table([[Paragraph(e(l.upper()), lab) for l, v in b[1]], [Paragraph(e(v), val) for l, v in b[1]]], colWidths=[W / n] * n)
            t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.grey)])); fl.append(Spacer(1, 6)); fl.append(t); fl.append(Spacer(1, 6))
        elif k == 'table':
            n = len(b[1]); t = Table([[Paragraph(e(h), cellb) for h in b[1]]] + [[Paragraph(e(c), cell) for c in r] for r in b[2]], colWidths=[W / n] * n)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6'))]))
            fl.append(Spacer(1, 6)); fl.append(t); fl.append(Spacer(1, 6))
        elif k == 'sig':
            n = len(b[1]); t = Table([[Paragraph(e(nm), scb) for nm, tt in b[1]], [Paragraph(e(tt), sc) for nm, tt in b[1]]], colWidths=[W / n] * n)
            t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.6, colors.black), ('LEFTPADDING', (0, 0), (-1, -1), 18), ('RIGHTPADDING', (0, 0), (-1, -1), 18)]))
            fl.append(Spacer(1, 30)); fl.append(t)
    def deco(c, d):
        if doc.get('border'):
            c.setStrokeColor(colors.HexColor('#234d20')); c.setLineWidth(3); c.rect(24, 24, ps[0] - 48, ps[1] - 48)
            c.setLineWidth(0.8); c.rect(31, 31, ps[0] - 62, ps[1] - 62)
        if doc.get('seal'):
            c.setStrokeColor(colors.HexColor('#8a6d1d')); c.setLineWidth(1.5); c.circle(ps[0] - 100, 100, 36); c.circle(ps[0] - 100, 100, 30)
    SimpleDocTemplate(out, pagesize=ps, leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54, title='Certificate').build(fl, onFirstPage=deco, onLaterPages=deco)

RENDER = {'chromium': render_chromium, 'tcpdf': render_tcpdf, 'fpdf': render_fpdf, 'reportlab-canvas': render_canvas,
          'reportlab-platypus': render_platypus, 'acroform': render_acroform, 'ghostscript': render_ps}
