#!/usr/bin/python3
"""Build the blind test set certs-f: CE certificates for laboratory professionals.

Writes sources into src/, PDFs + gold JSON into this folder.  Scratch work goes
into _build/ which is removed at the end.  Run:  /usr/bin/python3 build.py
"""
import html, json, os, re, shutil, subprocess, sys
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
TMP = os.path.join(HERE, '_build')

CERTS = []


def add(**kw):
    CERTS.append(kw)


# ---------------------------------------------------------------------------
# Block DSL.  Each certificate is a list of blocks:
#   ('title', text, {opts})      large heading
#   ('h2', text, {opts})         sub heading
#   ('p', text, {opts})          paragraph  (opts: size, bold, italic, align, caps, color)
#   ('name', text, {opts})       participant name line (opts: spaced=True -> letter-spaced)
#   ('kv', [(label, value),...], {opts})      labels beside values
#   ('grid', [[labels...], [values...]], {})  labels above values
#   ('table', [[cell, cell, ...], ...], {opts})  bordered table, bold first column or header
#   ('sig', [(name, role), ...])   signature lines
#   ('small', text)                fine print
#   ('sp', pts)                    vertical space
#   ('break',)                     page break
# Page options (cert['page']): landscape (bool), font ('serif'|'sans'),
#   accent colour '#rrggbb', border ('double'|'single'|'none'), align ('center'|'left')
# ---------------------------------------------------------------------------

def B(kind, *a):
    if kind in ('sp', 'break'):
        return (kind,) + a
    if len(a) == 1:
        a = a + ({},)
    return (kind,) + a


def opt(b):
    return b[2] if len(b) > 2 and isinstance(b[2], dict) else {}


def spaced(s, gap='    '):
    return gap.join(' '.join(w) for w in s.split(' '))


# ------------------------------- HTML / Chromium ---------------------------
def render_html(c):
    pg = c['page']
    land = pg.get('landscape', False)
    fam = {'serif': "'Liberation Serif', 'DejaVu Serif', serif",
           'sans': "'Liberation Sans', 'DejaVu Sans', sans-serif",
           'gothic': "'URW Gothic', 'Liberation Sans', sans-serif",
           'bookman': "'URW Bookman', 'Liberation Serif', serif",
           'palatino': "'P052', 'Liberation Serif', serif"}.get(pg.get('font', 'serif'))
    acc = pg.get('accent', '#1d3557')
    align = pg.get('align', 'center')
    border = {'double': f'6px double {acc}', 'single': f'2px solid {acc}',
              'none': 'none', 'thick': f'12px solid {acc}'}[pg.get('border', 'double')]
    w, h = ('11in', '8.5in') if land else ('8.5in', '11in')
    css = f"""@page {{ size: {w} {h}; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {fam}; color: #222; }}
.page {{ box-sizing: border-box; width: {w}; height: {h}; padding: 0.45in; page-break-after: always; overflow: hidden; }}
.page:last-child {{ page-break-after: auto; }}
.frame {{ box-sizing: border-box; height: 100%; border: {border}; padding: 0.35in 0.55in; text-align: {align}; }}
h1 {{ font-size: 30pt; margin: 0.1in 0 0.08in; color: {acc}; font-weight: bold; }}
h2 {{ font-size: 15pt; margin: 0.06in 0; color: {acc}; font-weight: normal; }}
p {{ font-size: 12pt; margin: 0.07in 0; line-height: 1.3; }}
.name {{ font-size: 26pt; margin: 0.12in 0; font-weight: bold; }}
.small {{ font-size: 8.5pt; color: #444; margin-top: 0.1in; line-height: 1.25; }}
table {{ border-collapse: collapse; margin: 0.12in {'auto' if align == 'center' else '0'}; font-size: 11.5pt; }}
table.kv th {{ text-align: left; padding: 3px 18px 3px 0; font-weight: bold; vertical-align: top; white-space: nowrap; }}
table.kv td {{ text-align: left; padding: 3px 0; }}
table.grid th {{ text-align: left; padding: 2px 22px 0 0; font-size: 9pt; text-transform: none; color: {acc}; }}
table.grid td {{ text-align: left; padding: 2px 22px 4px 0; border-top: 1px solid #888; }}
table.box td, table.box th {{ border: 1px solid #555; padding: 5px 10px; text-align: left; }}
table.box th {{ background: #eee; }}
.sigs {{ display: flex; justify-content: space-around; margin-top: 0.3in; }}
.sig {{ width: 2.6in; border-top: 1px solid #333; padding-top: 3px; font-size: 10pt; text-align: center; }}
""" + c.get('css', '')
    pages = [[]]
    for b in c['blocks']:
        if b[0] == 'break':
            pages.append([])
        else:
            pages[-1].append(b)
    out = []
    for blocks in pages:
        parts = []
        for b in blocks:
            k = b[0]
            o = opt(b)
            st = []
            if 'size' in o: st.append(f"font-size:{o['size']}pt")
            if o.get('bold'): st.append('font-weight:bold')
            if o.get('italic'): st.append('font-style:italic')
            if 'align' in o: st.append(f"text-align:{o['align']}")
            if o.get('caps'): st.append('text-transform:uppercase')
            if 'color' in o: st.append(f"color:{o['color']}")
            if o.get('spaced'): st.append('letter-spacing:0.35em')
            sty = f' style="{";".join(st)}"' if st else ''
            cls = f' class="{o["cls"]}"' if 'cls' in o else ''
            if k == 'title':
                parts.append(f'<h1{sty}{cls}>{html.escape(b[1]).replace(chr(10), "<br>")}</h1>')
            elif k == 'h2':
                parts.append(f'<h2{sty}{cls}>{html.escape(b[1]).replace(chr(10), "<br>")}</h2>')
            elif k == 'p':
                parts.append(f'<p{sty}{cls}>{html.escape(b[1]).replace(chr(10), "<br>")}</p>')
            elif k == 'name':
                parts.append(f'<div class="name"{sty}>{html.escape(b[1])}</div>')
            elif k == 'small':
                parts.append(f'<div class="small"{sty}>{html.escape(b[1]).replace(chr(10), "<br>")}</div>')
            elif k == 'sp':
                parts.append(f'<div style="height:{b[1]}pt"></div>')
            elif k == 'kv':
                rows = ''.join(f'<tr><th>{html.escape(l)}</th><td>{html.escape(v)}</td></tr>' for l, v in b[1])
                parts.append(f'<table class="kv"{sty}>{rows}</table>')
            elif k == 'grid':
                labs, vals = b[1]
                parts.append('<table class="grid"><tr>' + ''.join(f'<th>{html.escape(x)}</th>' for x in labs)
                             + '</tr><tr>' + ''.join(f'<td>{html.escape(x)}</td>' for x in vals) + '</tr></table>')
            elif k == 'table':
                rows = []
                for r in b[1]:
                    cells = [f'<th>{html.escape(r[0])}</th>'] + [f'<td>{html.escape(x)}</td>' for x in r[1:]]
                    rows.append('<tr>' + ''.join(cells) + '</tr>')
                parts.append(f'<table class="box"{sty}>' + ''.join(rows) + '</table>')
            elif k == 'sig':
                parts.append('<div class="sigs">' + ''.join(
                    f'<div class="sig">{html.escape(n)}<br><i>{html.escape(r)}</i></div>' for n, r in b[1]) + '</div>')
        out.append('<div class="page"><div class="frame">' + '\n'.join(parts) + '</div></div>')
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Certificate</title>'
            f'<style>{css}</style></head><body>\n' + '\n'.join(out) + '\n</body></html>\n')


# ------------------------------- Flat ODT (LibreOffice Writer) -------------
def render_fodt(c):
    pg = c['page']
    land = pg.get('landscape', False)
    font = {'serif': 'Liberation Serif', 'sans': 'Liberation Sans', 'gothic': 'URW Gothic',
            'bookman': 'URW Bookman', 'palatino': 'P052'}.get(pg.get('font', 'serif'))
    acc = pg.get('accent', '#7a1f1f')
    align = pg.get('align', 'center')
    w, h = ('11in', '8.5in') if land else ('8.5in', '11in')
    bord = {'double': f'fo:border="4.5pt double {acc}" fo:padding="0.25in"',
            'single': f'fo:border="1.5pt solid {acc}" fo:padding="0.25in"',
            'thick': f'fo:border="6pt solid {acc}" fo:padding="0.25in"', 'none': ''}[pg.get('border', 'double')]
    autos = []
    body = []
    n = [0]

    def pstyle(size=12, bold=False, italic=False, al=None, caps=False, color='#222222', spaced=False,
               brk=False, mt='0.04in', mb='0.04in'):
        n[0] += 1
        nm = f'P{n[0]}'
        autos.append(
            f'<style:style style:name="{nm}" style:family="paragraph"><style:paragraph-properties '
            f'fo:text-align="{al or align}" fo:margin-top="{mt}" fo:margin-bottom="{mb}"'
            f'{" fo:break-before=" + chr(34) + "page" + chr(34) if brk else ""}/>'
            f'<style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:color="{color}"'
            f'{" fo:font-weight=" + chr(34) + "bold" + chr(34) if bold else ""}'
            f'{" fo:font-style=" + chr(34) + "italic" + chr(34) if italic else ""}'
            f'{" fo:text-transform=" + chr(34) + "uppercase" + chr(34) if caps else ""}'
            f'{" fo:letter-spacing=" + chr(34) + "0.12in" + chr(34) if spaced else ""}/>'
            f'</style:style>')
        return nm

    def para(text, **kw):
        nm = pstyle(**kw)
        t = xesc(text).replace('\n', '<text:line-break/>')
        body.append(f'<text:p text:style-name="{nm}">{t}</text:p>')

    def table(rows, header_first_col=True, boxed=True, label_row=False, widths=None):
        n[0] += 1
        tn = f'T{n[0]}'
        ncol = max(len(r) for r in rows)
        autos.append(f'<style:style style:name="{tn}" style:family="table"><style:table-properties '
                     f'style:width="{"6.5in" if not land else "8in"}" table:align="{"center" if align == "center" else "left"}"/></style:style>')
        cb = '0.5pt solid #555555' if boxed else 'none'
        autos.append(f'<style:style style:name="{tn}C" style:family="table-cell"><style:table-cell-properties '
                     f'fo:padding="0.05in" fo:border="{cb}"/></style:style>')
        lp = pstyle(size=10 if label_row else 11, bold=True, al='left', color=acc if label_row else '#222222', mt='0in', mb='0in')
        vp = pstyle(size=11.5, al='left', mt='0in', mb='0in')
        x = [f'<table:table table:name="{tn}" table:style-name="{tn}"><table:table-column table:number-columns-repeated="{ncol}"/>']
        for i, r in enumerate(rows):
            x.append('<table:table-row>')
            for j, cell in enumerate(r):
                bold = (label_row and i == 0) or (not label_row and header_first_col and j == 0)
                x.append(f'<table:table-cell table:style-name="{tn}C" office:value-type="string">'
                         f'<text:p text:style-name="{lp if bold else vp}">{xesc(cell)}</text:p></table:table-cell>')
            x.append('</table:table-row>')
        x.append('</table:table>')
        body.append(''.join(x))

    pending_break = False
    for b in c['blocks']:
        k = b[0]
        o = opt(b)
        kw = dict(bold=o.get('bold', False), italic=o.get('italic', False), al=o.get('align'),
                  caps=o.get('caps', False), brk=pending_break)
        if k in ('title', 'h2', 'p', 'name', 'small'):
            pending_break = False
        if k == 'title':
            para(b[1], size=o.get('size', 28), **{**kw, 'bold': True}, color=acc, mt='0.1in', mb='0.08in')
        elif k == 'h2':
            para(b[1], size=o.get('size', 15), **kw, color=acc)
        elif k == 'p':
            para(b[1], size=o.get('size', 12), **kw)
        elif k == 'name':
            para(b[1], size=o.get('size', 24), **{**kw, 'bold': True}, spaced=o.get('spaced', False), mt='0.1in', mb='0.1in')
        elif k == 'small':
            para(b[1], size=o.get('size', 8.5), **kw, color='#444444')
        elif k == 'sp':
            para('', size=b[1] * 0.7, brk=pending_break)
            pending_break = False
        elif k == 'break':
            pending_break = True
        elif k == 'kv':
            if pending_break:
                para('', size=4, brk=True); pending_break = False
            table([list(r) for r in b[1]], boxed=False)
        elif k == 'grid':
            if pending_break:
                para('', size=4, brk=True); pending_break = False
            table([list(r) for r in b[1]], boxed=False, label_row=True)
        elif k == 'table':
            if pending_break:
                para('', size=4, brk=True); pending_break = False
            table([list(r) for r in b[1]], boxed=True)
        elif k == 'sig':
            para('', size=14)
            table([['_' * 28] * len(b[1]), [n_ for n_, r in b[1]], [r for n_, r in b[1]]], header_first_col=False, boxed=False)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>certs-f build.py</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="{font}" fo:font-size="12pt" fo:hyphenate="false"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" style:print-orientation="{'landscape' if land else 'portrait'}" fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="0.6in" fo:margin-right="0.6in" {bord}/></style:page-layout>
{chr(10).join(autos)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''


# ------------------------------- DOCX (python-docx -> LibreOffice) ---------
def render_docx(c, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.section import WD_ORIENT
    pg = c['page']
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    if pg.get('landscape'):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for m in ('left_margin', 'right_margin'):
        setattr(sec, m, Inches(0.9))
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    font = {'serif': 'Liberation Serif', 'sans': 'Liberation Sans', 'gothic': 'URW Gothic',
            'bookman': 'URW Bookman', 'palatino': 'P052'}.get(pg.get('font', 'sans'))
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(12)
    acc = pg.get('accent', '#2b4c7e').lstrip('#')
    accrgb = RGBColor.from_string(acc.upper())
    align = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'left': WD_ALIGN_PARAGRAPH.LEFT}[pg.get('align', 'center')]
    alm = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'left': WD_ALIGN_PARAGRAPH.LEFT, 'right': WD_ALIGN_PARAGRAPH.RIGHT}
    first = [True]

    def para(text, size, bold=False, italic=False, al=None, caps=False, color=None):
        p = d.add_paragraph() if not (first[0] and d.paragraphs and not d.paragraphs[0].text) else d.paragraphs[0]
        first[0] = False
        p.alignment = alm[al] if al else align
        p.paragraph_format.space_after = Pt(4)
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.font.size = Pt(size)
            r.bold = bold
            r.italic = italic
            r.font.all_caps = caps
            if color is not None:
                r.font.color.rgb = color
            if i < len(lines) - 1:
                r.add_break()
        return p

    def table(rows, label_row=False, boxed=False):
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        if boxed:
            t.style = d.styles['Table Grid']
        t.alignment = 1 if pg.get('align', 'center') == 'center' else 0
        for i, r in enumerate(rows):
            for j, cell in enumerate(r):
                cp = t.cell(i, j).paragraphs[0]
                run = cp.add_run(cell)
                bold = (label_row and i == 0) or (not label_row and j == 0)
                run.bold = bold
                run.font.size = Pt(9.5 if (label_row and i == 0) else 11)
                if label_row and i == 0:
                    run.font.color.rgb = accrgb
        d.add_paragraph()

    for b in c['blocks']:
        k = b[0]
        o = opt(b)
        kw = dict(bold=o.get('bold', False), italic=o.get('italic', False), al=o.get('align'), caps=o.get('caps', False))
        if k == 'title':
            para(b[1], o.get('size', 28), **{**kw, 'bold': True}, color=accrgb)
        elif k == 'h2':
            para(b[1], o.get('size', 15), **kw, color=accrgb)
        elif k == 'p':
            para(b[1], o.get('size', 12), **kw)
        elif k == 'name':
            para(spaced(b[1]) if o.get('spaced') else b[1], o.get('size', 24), **{**kw, 'bold': True})
        elif k == 'small':
            para(b[1], o.get('size', 8.5), **kw)
        elif k == 'sp':
            para('', b[1] * 0.7)
        elif k == 'break':
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif k == 'kv':
            table([list(r) for r in b[1]])
        elif k == 'grid':
            table([list(r) for r in b[1]], label_row=True)
        elif k == 'table':
            table([list(r) for r in b[1]], boxed=True)
        elif k == 'sig':
            table([['______________________'] * len(b[1]), [n for n, r in b[1]], [r for n, r in b[1]]], label_row=False)
    d.core_properties.author = c.get('author', 'Education Office')
    d.core_properties.title = 'Certificate'
    d.save(path)


# ------------------------------- ReportLab (platypus) ----------------------
_RL_FONTS = False


def rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = '/usr/share/fonts/truetype/liberation/'
    for fam, stem in (('LibSerif', 'LiberationSerif'), ('LibSans', 'LiberationSans')):
        for suf, b, i in (('Regular', 0, 0), ('Bold', 1, 0), ('Italic', 0, 1), ('BoldItalic', 1, 1)):
            fn = f'{fam}-{suf}'
            pdfmetrics.registerFont(TTFont(fn, base + f'{stem}-{suf}.ttf'))
            addMapping(fam, b, i, fn)
    _RL_FONTS = True


def render_reportlab(c, path):
    rl_fonts()
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    pg = c['page']
    fam = 'LibSerif' if pg.get('font', 'sans') in ('serif', 'bookman', 'palatino') else 'LibSans'
    size = landscape(letter) if pg.get('landscape') else letter
    acc = colors.HexColor(pg.get('accent', '#004d40'))
    al = {'center': TA_CENTER, 'left': TA_LEFT, 'right': TA_RIGHT}
    dal = pg.get('align', 'center')
    W = size[0] - 2 * 64

    def onpage(canv, doc):
        canv.saveState()
        if pg.get('border', 'double') != 'none':
            canv.setStrokeColor(acc)
            canv.setLineWidth(3)
            canv.rect(28, 28, size[0] - 56, size[1] - 56)
            if pg.get('border', 'double') == 'double':
                canv.setLineWidth(0.8)
                canv.rect(36, 36, size[0] - 72, size[1] - 72)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=64, rightMargin=64, topMargin=58, bottomMargin=50,
                            title='Certificate', author=c.get('author', ''))
    story = []

    def ps(sz, bold=False, italic=False, a=None, color=colors.HexColor('#222222'), lead=1.25):
        fn = fam + '-' + ('BoldItalic' if bold and italic else 'Bold' if bold else 'Italic' if italic else 'Regular')
        return ParagraphStyle('x', fontName=fn, fontSize=sz, leading=sz * lead, alignment=al[a or dal],
                              textColor=color, spaceAfter=sz * 0.35)

    def esc(t):
        return xesc(t).replace('\n', '<br/>')

    for b in c['blocks']:
        k = b[0]
        o = opt(b)
        txt = b[1] if len(b) > 1 and isinstance(b[1], str) else ''
        if o.get('caps'):
            txt = txt.upper()
        if k == 'title':
            story.append(Paragraph(esc(txt), ps(o.get('size', 28), True, o.get('italic', False), o.get('align'), acc, 1.15)))
        elif k == 'h2':
            story.append(Paragraph(esc(txt), ps(o.get('size', 15), o.get('bold', False), o.get('italic', False), o.get('align'), acc)))
        elif k == 'p':
            story.append(Paragraph(esc(txt), ps(o.get('size', 12), o.get('bold', False), o.get('italic', False), o.get('align'))))
        elif k == 'name':
            t = spaced(txt, '\u00a0\u00a0\u00a0 ') if o.get('spaced') else txt
            story.append(Paragraph(esc(t), ps(o.get('size', 24), True, o.get('italic', False), o.get('align'))))
        elif k == 'small':
            story.append(Paragraph(esc(txt), ps(o.get('size', 8.5), False, o.get('italic', False), o.get('align'), colors.HexColor('#444444'))))
        elif k == 'sp':
            story.append(Spacer(1, b[1]))
        elif k == 'break':
            story.append(PageBreak())
        elif k in ('kv', 'grid', 'table'):
            rows = b[1]
            lab = ps(11, True, a='left')
            val = ps(11, a='left')
            small_lab = ps(9, True, a='left', color=acc)
            data = []
            for i, r in enumerate(rows):
                row = []
                for j, cell in enumerate(r):
                    if k == 'grid':
                        stl = small_lab if i == 0 else val
                    else:
                        stl = lab if j == 0 else val
                    row.append(Paragraph(esc(cell), stl))
                data.append(row)
            ncol = max(len(r) for r in rows)
            if k == 'kv':
                cw = [W * 0.3, W * 0.55]
            else:
                cw = [W * 0.85 / ncol] * ncol
            t = Table(data, colWidths=cw, hAlign='CENTER' if dal == 'center' else 'LEFT')
            sty = [('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if k == 'table':
                sty += [('GRID', (0, 0), (-1, -1), 0.6, colors.grey), ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#f0f0f0'))]
            if k == 'grid':
                sty += [('LINEBELOW', (0, 0), (-1, 0), 0.6, acc)]
            t.setStyle(TableStyle(sty))
            story.append(Spacer(1, 6))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == 'sig':
            n = len(b[1])
            data = [['_' * 30] * n, [Paragraph(esc(a), ps(10, a='center')) for a, r in b[1]],
                    [Paragraph(esc(r), ps(9, italic=True, a='center')) for a, r in b[1]]]
            story.append(Spacer(1, 18))
            story.append(Table(data, colWidths=[W / n] * n))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------- Absolute-position flow (PS + AcroForm) ----
def flow(c, form=False):
    """Lay blocks out on fixed pages; returns list of pages, each a list of ops."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib.utils import simpleSplit
    pg = c['page']
    land = pg.get('landscape', False)
    PW, PH = (792, 612) if land else (612, 792)
    serif = pg.get('font', 'sans') in ('serif', 'bookman', 'palatino')
    F = {'r': 'Times-Roman' if serif else 'Helvetica', 'b': 'Times-Bold' if serif else 'Helvetica-Bold',
         'i': 'Times-Italic' if serif else 'Helvetica-Oblique'}
    M = 72
    W = PW - 2 * M
    dal = pg.get('align', 'center')
    pages = [[]]
    y = [PH - 80]
    fieldn = [0]

    def ops():
        return pages[-1]

    def newpage():
        pages.append([])
        y[0] = PH - 80

    def text_lines(t, font, size, a, lead=1.25, x0=M, w=W, field=False):
        for line in (simpleSplit(t, font, size, w) if t else ['']):
            y[0] -= size * lead
            if field:
                fieldn[0] += 1
                tw = stringWidth(line, font, size) + 12
                fx = x0 + (w - tw) / 2 if a == 'center' else x0
                ops().append(('field', f'f{fieldn[0]}', fx, y[0] - size * 0.3, tw, size * 1.35, line, font, size))
            else:
                xx = x0 + w / 2 if a == 'center' else (x0 + w if a == 'right' else x0)
                ops().append(('text', xx, y[0], font, size, line, a))

    for b in c['blocks']:
        k = b[0]
        o = opt(b)
        a = o.get('align', dal)
        txt = b[1] if len(b) > 1 and isinstance(b[1], str) else ''
        if o.get('caps'):
            txt = txt.upper()
        fnt = F['b'] if o.get('bold') else F['i'] if o.get('italic') else F['r']
        if k == 'title':
            y[0] -= 6
            for part in txt.split('\n'):
                text_lines(part, F['b'], o.get('size', 26), a, 1.15)
            y[0] -= 6
        elif k == 'h2':
            for part in txt.split('\n'):
                text_lines(part, fnt, o.get('size', 14), a)
        elif k == 'p':
            for part in txt.split('\n'):
                text_lines(part, fnt, o.get('size', 11.5), a, field=form and o.get('field', False))
        elif k == 'small':
            for part in txt.split('\n'):
                text_lines(part, fnt, o.get('size', 8), a, 1.2)
        elif k == 'name':
            y[0] -= 6
            if o.get('spaced') and not form:
                sz = o.get('size', 22)
                words = [' '.join(w) for w in txt.split(' ')]
                gap = sz * 1.2
                tot = sum(stringWidth(w, F['b'], sz) for w in words) + gap * (len(words) - 1)
                xx = M + (W - tot) / 2 if a == 'center' else M
                y[0] -= sz * 1.25
                for w in words:
                    ops().append(('text', xx, y[0], F['b'], sz, w, 'left'))
                    xx += stringWidth(w, F['b'], sz) + gap
            else:
                text_lines(spaced(txt) if o.get('spaced') else txt, F['b'], o.get('size', 22), a, field=form)
            y[0] -= 6
        elif k == 'sp':
            y[0] -= b[1]
        elif k == 'break':
            newpage()
        elif k == 'kv':
            lw = max(stringWidth(l, F['b'], 11) for l, v in b[1]) + 16
            tot = lw + 300
            x0 = M + (W - tot) / 2 if a == 'center' else M
            for l, v in b[1]:
                y[0] -= 17
                ops().append(('text', x0, y[0], F['b'], 11, l, 'left'))
                yy = y[0] + 17
                y[0] = yy
                lines = simpleSplit(v, F['r'], 11, 300) if not form else [v]
                for ln in lines:
                    y[0] -= 17
                    if form:
                        fieldn[0] += 1
                        fw = max(300, stringWidth(ln, F['r'], 11) + 12)
                        ops().append(('field', f'f{fieldn[0]}', x0 + lw, y[0] - 5, fw, 16, ln, F['r'], 11))
                    else:
                        ops().append(('text', x0 + lw, y[0], F['r'], 11, ln, 'left'))
        elif k == 'grid':
            labs, vals = b[1]
            n = len(labs)
            cw = W / n
            y[0] -= 14
            for i, l in enumerate(labs):
                ops().append(('text', M + i * cw + 4, y[0], F['b'], 8.5, l, 'left'))
            ops().append(('line', M, y[0] - 4, M + W, y[0] - 4, 0.5))
            y[0] -= 18
            for i, v in enumerate(vals):
                if form:
                    fieldn[0] += 1
                    ops().append(('field', f'f{fieldn[0]}', M + i * cw + 2, y[0] - 5, cw - 6, 16, v, F['r'], 10.5))
                else:
                    ops().append(('text', M + i * cw + 4, y[0], F['r'], 10.5, v, 'left'))
            y[0] -= 6
        elif k == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            cws = [W * 0.32] + [W * 0.68 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [W]
            for r in rows:
                lines_per = []
                for j, cell in enumerate(r):
                    lines_per.append(simpleSplit(cell, F['b'] if j == 0 else F['r'], 10.5, cws[j] - 10) if not (form and j > 0) else [cell])
                nl = max(len(x) for x in lines_per)
                hgt = nl * 14 + 8
                top = y[0]
                x = M
                for j, cell in enumerate(r):
                    ops().append(('rect', x, top - hgt, cws[j], hgt, 0.6))
                    for li, ln in enumerate(lines_per[j]):
                        yy = top - 15 - li * 14
                        if form and j > 0:
                            fieldn[0] += 1
                            ops().append(('field', f'f{fieldn[0]}', x + 3, yy - 4, cws[j] - 6, 15, ln, F['r'], 10.5))
                        else:
                            ops().append(('text', x + 5, yy, F['b'] if j == 0 else F['r'], 10.5, ln, 'left'))
                    x += cws[j]
                y[0] = top - hgt
            y[0] -= 6
        elif k == 'sig':
            n = len(b[1])
            y[0] -= 40
            cw = W / n
            for i, (nm, role) in enumerate(b[1]):
                cx = M + cw * i + cw / 2
                ops().append(('line', cx - 95, y[0], cx + 95, y[0], 0.7))
                ops().append(('text', cx, y[0] - 13, F['r'], 10, nm, 'center'))
                ops().append(('text', cx, y[0] - 25, F['i'], 9, role, 'center'))
            y[0] -= 28
    return (PW, PH), pages


def render_acroform(c, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    (PW, PH), pages = flow(c, form=True)
    pg = c['page']
    acc = colors.HexColor(pg.get('accent', '#333366'))
    cv = canvas.Canvas(path, pagesize=(PW, PH))
    cv.setTitle(c.get('pdf_title', 'Certificate form'))
    for ops in pages:
        if pg.get('border', 'single') != 'none':
            cv.setStrokeColor(acc)
            cv.setLineWidth(2.5)
            cv.rect(30, 30, PW - 60, PH - 60)
        cv.setStrokeColor(colors.black)
        for op in ops:
            if op[0] == 'text':
                _, x, y, f, s, t, a = op
                cv.setFont(f, s)
                {'left': cv.drawString, 'center': cv.drawCentredString, 'right': cv.drawRightString}[a](x, y, t)
            elif op[0] == 'line':
                cv.setLineWidth(op[5]); cv.line(*op[1:5])
            elif op[0] == 'rect':
                cv.setLineWidth(op[5]); cv.rect(*op[1:5])
            elif op[0] == 'field':
                _, nm, x, y, w, h, v, f, s = op
                cv.acroForm.textfield(name=nm, x=x, y=y, width=w, height=h, value=v, fontName=f, fontSize=s,
                                      borderWidth=0, borderColor=colors.white, fillColor=colors.white,
                                      textColor=colors.black, fieldFlags='readOnly' if c.get('readonly') else '')
        cv.showPage()
    cv.save()


def ps_str(t):
    b = t.encode('latin-1')
    out = []
    for ch in b:
        if ch in (40, 41, 92):
            out.append('\\' + chr(ch))
        elif ch < 32 or ch > 126:
            out.append('\\%03o' % ch)
        else:
            out.append(chr(ch))
    return '(' + ''.join(out) + ')'


def render_ps(c):
    (PW, PH), pages = flow(c)
    acc = c['page'].get('accent', '#444444').lstrip('#')
    r, g, bl = (int(acc[i:i + 2], 16) / 255 for i in (0, 2, 4))
    out = ['%!PS-Adobe-3.0', f'%%BoundingBox: 0 0 {PW} {PH}', f'%%Pages: {len(pages)}', '%%Title: (Certificate)',
           '%%EndComments',
           '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
           '  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } bind def']
    fonts = set(op[3] for p in pages for op in p if op[0] == 'text')
    for f in sorted(fonts):
        out.append(f'/{f}-L1 /{f} reenc')
    out.append('/ctext { dup stringwidth pop 2 div neg 0 rmoveto show } bind def')
    out.append('/rtext { dup stringwidth pop neg 0 rmoveto show } bind def')
    out.append(f'<< /PageSize [{PW} {PH}] >> setpagedevice')
    for i, ops in enumerate(pages, 1):
        out.append(f'%%Page: {i} {i}')
        if c['page'].get('border', 'double') != 'none':
            out.append(f'gsave {r:.3f} {g:.3f} {bl:.3f} setrgbcolor 4 setlinewidth 30 30 {PW - 60} {PH - 60} rectstroke')
            out.append(f'1 setlinewidth 38 38 {PW - 76} {PH - 76} rectstroke grestore')
        for op in ops:
            if op[0] == 'text':
                _, x, y, f, s, t, a = op
                cmd = {'left': 'show', 'center': 'ctext', 'right': 'rtext'}[a]
                out.append(f'/{f}-L1 findfont {s} scalefont setfont {x:.2f} {y:.2f} moveto {ps_str(t)} {cmd}')
            elif op[0] == 'line':
                out.append(f'{op[5]} setlinewidth newpath {op[1]:.2f} {op[2]:.2f} moveto {op[3]:.2f} {op[4]:.2f} lineto stroke')
            elif op[0] == 'rect':
                out.append(f'{op[5]} setlinewidth {op[1]:.2f} {op[2]:.2f} {op[3]:.2f} {op[4]:.2f} rectstroke')
        out.append('showpage')
    out.append('%%EOF')
    return '\n'.join(out) + '\n'


# ------------------------------- PHP: FPDF / TCPDF -------------------------
def php_str(t):
    return "'" + t.replace('\\', '\\\\').replace("'", "\\'") + "'"


def render_php(c, outpdf, lib):
    pg = c['page']
    land = pg.get('landscape', False)
    serif = pg.get('font', 'sans') in ('serif', 'bookman', 'palatino')
    acc = pg.get('accent', '#5a3d7a').lstrip('#')
    r, g, bl = (int(acc[i:i + 2], 16) for i in (0, 2, 4))
    if lib == 'tcpdf':
        fam = ('times' if serif else 'helvetica') if c.get('core') else ('dejavuserif' if serif else 'dejavusans')
        L = ["<?php", "require_once('/usr/share/php/tcpdf/tcpdf.php');",
             f"$pdf = new TCPDF('{'L' if land else 'P'}', 'mm', 'LETTER', true, 'UTF-8', false);",
             "$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);",
             "$pdf->SetCreator('TCPDF'); $pdf->SetTitle('Certificate');",
             "$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);",
             "function T($s) { return $s; }"]
    else:
        fam = 'Times' if serif else 'Helvetica'
        L = ["<?php", "require_once('/usr/share/php/fpdf/fpdf.php');",
             f"$pdf = new FPDF('{'L' if land else 'P'}', 'mm', 'Letter');",
             "$pdf->SetTitle('Certificate'); $pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);",
             "function T($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }"]
    PW, PH = (279.4, 215.9) if land else (215.9, 279.4)
    W = PW - 44
    bord = pg.get('border', 'double')
    L.append("function frame($pdf) {")
    if bord != 'none':
        L.append(f"  $pdf->SetDrawColor({r},{g},{bl}); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, {PW - 20:.1f}, {PH - 20:.1f});")
        if bord == 'double':
            L.append(f"  $pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, {PW - 26:.1f}, {PH - 26:.1f});")
        L.append("  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);")
    L.append("}")
    L.append("$pdf->AddPage(); frame($pdf); $pdf->SetY(26);")
    dal = pg.get('align', 'center')
    A = {'center': 'C', 'left': 'L', 'right': 'R'}

    def font(style, size):
        L.append(f"$pdf->SetFont('{fam}', '{style}', {size});")

    for b in c['blocks']:
        k = b[0]
        o = opt(b)
        a = A[o.get('align', dal)]
        txt = b[1] if len(b) > 1 and isinstance(b[1], str) else ''
        if o.get('caps'):
            txt = txt.upper()
        sty = ('B' if o.get('bold') else '') + ('I' if o.get('italic') else '')
        if k == 'title':
            font('B', o.get('size', 26)); L.append(f"$pdf->SetTextColor({r},{g},{bl});")
            L.append(f"$pdf->MultiCell(0, {o.get('size', 26) * 0.45:.1f}, T({php_str(txt)}), 0, '{a}');")
            L.append("$pdf->SetTextColor(30,30,30); $pdf->Ln(2);")
        elif k == 'h2':
            font(sty, o.get('size', 14)); L.append(f"$pdf->SetTextColor({r},{g},{bl});")
            L.append(f"$pdf->MultiCell(0, 7, T({php_str(txt)}), 0, '{a}'); $pdf->SetTextColor(30,30,30);")
        elif k == 'p':
            font(sty, o.get('size', 12))
            L.append(f"$pdf->MultiCell(0, {o.get('size', 12) * 0.5:.1f}, T({php_str(txt)}), 0, '{a}'); $pdf->Ln(1);")
        elif k == 'small':
            font(sty, o.get('size', 8))
            L.append(f"$pdf->MultiCell(0, 4, T({php_str(txt)}), 0, '{a}');")
        elif k == 'name':
            t = spaced(txt) if o.get('spaced') else txt
            font('B', o.get('size', 24))
            L.append(f"$pdf->Ln(2); $pdf->MultiCell(0, {o.get('size', 24) * 0.48:.1f}, T({php_str(t)}), 0, '{a}'); $pdf->Ln(2);")
        elif k == 'sp':
            L.append(f"$pdf->Ln({b[1] * 0.35:.1f});")
        elif k == 'break':
            L.append("$pdf->AddPage(); frame($pdf); $pdf->SetY(26);")
        elif k == 'kv':
            lw = 55
            x0 = 22 + (W - (lw + 110)) / 2 if a == 'C' else 22
            for l, v in b[1]:
                L.append(f"$pdf->SetX({x0:.1f}); $pdf->SetFont('{fam}', 'B', 11); $pdf->Cell({lw}, 7, T({php_str(l)}), 0, 0, 'L');")
                L.append(f"$pdf->SetFont('{fam}', '', 11); $pdf->MultiCell(110, 7, T({php_str(v)}), 0, 'L');")
            L.append("$pdf->Ln(2);")
        elif k == 'grid':
            labs, vals = b[1]
            cw = W / len(labs)
            L.append(f"$pdf->SetFont('{fam}', 'B', 8.5); $pdf->SetTextColor({r},{g},{bl});")
            for l in labs:
                L.append(f"$pdf->Cell({cw:.1f}, 5, T({php_str(l)}), 'B', 0, 'L');")
            L.append(f"$pdf->Ln(); $pdf->SetTextColor(30,30,30); $pdf->SetFont('{fam}', '', 10.5);")
            for v in vals:
                L.append(f"$pdf->Cell({cw:.1f}, 7, T({php_str(v)}), 0, 0, 'L');")
            L.append("$pdf->Ln(9);")
        elif k == 'table':
            rows = b[1]
            ncol = max(len(x) for x in rows)
            cws = [W * 0.45] + [W * 0.55 / (ncol - 1)] * (ncol - 1)
            for row in rows:
                for j, cell in enumerate(row):
                    L.append(f"$pdf->SetFont('{fam}', '{'B' if j == 0 else ''}', 10.5);")
                    L.append(f"$pdf->Cell({cws[j]:.1f}, 8, T({php_str(cell)}), 1, 0, 'L', {'true' if j == 0 else 'false'});")
                L.append("$pdf->Ln();")
            L.append("$pdf->Ln(3);")
        elif k == 'sig':
            n = len(b[1])
            cw = W / n
            L.append("$pdf->Ln(14); $y = $pdf->GetY();")
            for i, (nm, role) in enumerate(b[1]):
                x = 22 + i * cw
                L.append(f"$pdf->Line({x + 8:.1f}, $y, {x + cw - 8:.1f}, $y);")
                L.append(f"$pdf->SetXY({x:.1f}, $y + 1); $pdf->SetFont('{fam}', '', 10); $pdf->Cell({cw:.1f}, 5, T({php_str(nm)}), 0, 0, 'C');")
                L.append(f"$pdf->SetXY({x:.1f}, $y + 6); $pdf->SetFont('{fam}', 'I', 9); $pdf->Cell({cw:.1f}, 5, T({php_str(role)}), 0, 0, 'C');")
            L.append("$pdf->SetY($y + 12);")
    L.insert(3 if lib == 'fpdf' else 5, "$pdf->SetFillColor(240,240,240);")
    L.append(f"$pdf->Output('F', {php_str(outpdf)});" if lib == 'fpdf' else f"$pdf->Output({php_str(outpdf)}, 'F');")
    return '\n'.join(L) + '\n'


# ------------------------------- driver ------------------------------------
EXT = {'chromium': 'html', 'libreoffice-fodt': 'fodt', 'libreoffice-docx': 'docx', 'reportlab': 'json',
       'tcpdf': 'php', 'fpdf': 'php', 'acroform': 'json', 'acroform-flat': 'json', 'ghostscript': 'ps'}


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(f"FAILED {cmd}\n{r.stdout}\n{r.stderr}\n")
        raise SystemExit(1)
    return r


def gold_of(c):
    unit = c['unit']
    cr = c['credits']
    pts = round(cr * 10, 2) if unit == 'CEU' else cr
    g = {'style': c['style'], 'producer': c['producer'], 'layout': c['layout'], 'notes': c.get('notes', ''),
         'name': c['name'], 'title': c['title'], 'date': c['date'], 'credits': cr, 'unit': unit,
         'points': pts, 'provider': c['provider'], 'activity_id': c.get('aid')}
    return g


def build(only=None):
    os.makedirs(SRC, exist_ok=True)
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    lo = []
    ids = set()
    for c in CERTS:
        i = c['id']
        assert i not in ids, i
        ids.add(i)
        if only and i not in only:
            continue
        prod = c['producer']
        src = os.path.join(SRC, f"{i}.{EXT[prod]}")
        pdf = os.path.join(HERE, f"{i}.pdf")
        if prod == 'chromium':
            open(src, 'w').write(render_html(c))
            run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                 f'--print-to-pdf={pdf}', 'file://' + src])
        elif prod == 'libreoffice-fodt':
            open(src, 'w').write(render_fodt(c))
            lo.append((src, i))
        elif prod == 'libreoffice-docx':
            render_docx(c, src)
            lo.append((src, i))
        elif prod in ('reportlab', 'acroform', 'acroform-flat'):
            json.dump({k: v for k, v in c.items()}, open(src, 'w'), indent=1, ensure_ascii=False)
            if prod == 'reportlab':
                render_reportlab(c, pdf)
            elif prod == 'acroform':
                render_acroform(c, pdf)
            else:
                tmp = os.path.join(TMP, f'{i}-form.pdf')
                render_acroform(c, tmp)
                run(['qpdf', '--warning-exit-0', '--flatten-annotations=all', tmp, pdf])
        elif prod in ('tcpdf', 'fpdf'):
            open(src, 'w').write(render_php(c, pdf, prod))
            run(['php', src])
        elif prod == 'ghostscript':
            open(src, 'w').write(render_ps(c))
            run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', f'-sOutputFile={pdf}', src])
        json.dump(gold_of(c), open(os.path.join(HERE, f"{i}.gold.json"), 'w'), indent=2, ensure_ascii=False)
    if lo:
        run(['soffice', '--headless', f'-env:UserInstallation=file://{TMP}/lo-profile', '--convert-to', 'pdf',
             '--outdir', TMP] + [s for s, i in lo])
        for s, i in lo:
            shutil.move(os.path.join(TMP, os.path.splitext(os.path.basename(s))[0] + '.pdf'), os.path.join(HERE, f'{i}.pdf'))
    shutil.rmtree(TMP)
    for c in CERTS:
        p = os.path.join(HERE, c['id'] + '.pdf')
        if os.path.exists(p) and os.path.getsize(p) > 200 * 1024:
            print('WARNING too big', p, os.path.getsize(p))
    print(f'built {len(CERTS) if not only else len(only)} certificates')


# =============================== CERTIFICATES ==============================
# ---- f01 ASCP, Chromium, landscape centred
N = 'Marisol Quintanilla-Reyes'; T = 'Beyond the Smear: Recognizing Dysplasia in Myelodysplastic Neoplasms'
add(id='f01', style='ASCP', producer='chromium',
    layout=['landscape-centred', 'credentials-after-name', 'issuer-line', 'date-long', 'distractor-ids'],
    notes='ASCP CMLE; credentials after name; certificate number distractor',
    name=N, title=T, date='2025-03-05', credits=1.5, unit='CMLE',
    provider=['American Society for Clinical Pathology', 'ASCP'], aid='HEM-2503-07',
    page=dict(landscape=True, font='serif', accent='#0b3d6e', border='double'),
    blocks=[B('p', 'American Society for Clinical Pathology', {'size': 14, 'bold': True, 'color': '#0b3d6e'}),
            B('title', 'Certificate of Completion'),
            B('p', 'This is to certify that', {'italic': True}),
            B('name', N + ', MLS(ASCP)CM'),
            B('p', 'has successfully completed the online activity'),
            B('h2', T, {'bold': True}),
            B('p', 'Course #: HEM-2503-07     Completed: March 5, 2025'),
            B('p', 'and is awarded 1.5 CMLE credits (Continuing Medical Laboratory Education).'),
            B('sig', [('Lorna Featherstone, MD, FASCP', 'Chair, Continuing Education Committee')]),
            B('small', 'Certificate No. 8841-22907-A. The ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences. Retain this certificate for your records.')])

# ---- f02 AABB, LibreOffice fodt, portrait two-column
N = 'Theodore Achterberg'; T = 'Antibody Identification in the Multiply Transfused Patient'
add(id='f02', style='AABB', producer='libreoffice-fodt',
    layout=['portrait', 'two-column', 'values-beside', 'credentials-after-name', 'date-us-numeric', 'distractor-dates', 'format-word'],
    notes='label/value pairs; issue date distractor; format word "the webinar" on own line',
    name=N, title=T, date='2025-04-17', credits=1.0, unit='contact hour',
    provider=['AABB'], aid='25EL-412',
    page=dict(landscape=False, font='sans', accent='#8b1a1a', border='single', align='center'),
    blocks=[B('p', 'AABB', {'size': 30, 'bold': True}),
            B('p', 'Education Department  •  Bethesda, Maryland', {'size': 10}),
            B('sp', 20),
            B('title', 'Continuing Education\nCertificate', {'size': 26}),
            B('sp', 10),
            B('p', 'This certifies attendance at'),
            B('p', 'the webinar', {'italic': True}),
            B('h2', T, {'bold': True}),
            B('sp', 12),
            B('kv', [('Participant:', N + ', MT(ASCP)SBB'),
                     ('Program Number:', '25EL-412'),
                     ('Date of Program:', '04/17/2025'),
                     ('Contact Hours:', '1.0'),
                     ('Certificate Issued:', '04/24/2025')]),
            B('sp', 16),
            B('small', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This program has been approved for 1.0 contact hour of P.A.C.E.® credit. California Clinical Laboratory Personnel: AABB is an approved provider, CA accrediting agency #0001.'),
            B('sig', [('Office of Education', 'AABB')])])

# ---- f03 CAP, docx, table layout
N = 'Hyun-Joo Pak'; T = 'Laboratory General Checklist: Preparing for Your Next Inspection'
add(id='f03', style='CAP', producer='libreoffice-docx',
    layout=['portrait', 'table', 'date-iso', 'distractor-ids', 'distractor-dates'],
    notes='boxed label/value table; customer ID and print date distractors',
    name=N, title=T, date='2025-01-28', credits=2.0, unit='CE hour',
    provider=['College of American Pathologists', 'CAP'], aid='IT-LGC-2025',
    page=dict(landscape=False, font='sans', accent='#00558c', align='left'),
    blocks=[B('p', 'College of American Pathologists', {'size': 18, 'bold': True, 'color': '#00558c'}),
            B('p', 'CAP Learning', {'size': 11}),
            B('sp', 18),
            B('title', 'Statement of Continuing Education Completion', {'size': 22}),
            B('p', 'The individual named below has completed the following CAP education activity and is eligible for the credit shown.'),
            B('table', [['Learner', N], ['Customer ID', '00417755'], ['Activity', T], ['Activity Code', 'IT-LGC-2025'],
                        ['Completion Date', '2025-01-28'], ['CE Hours (Laboratory Professionals)', '2.0'], ['Printed', '2025-02-11']]),
            B('p', 'The CAP designates this enduring material for a maximum of 2.0 continuing education (CE) hours for laboratory professionals. Participants should claim only the credit commensurate with the extent of their participation in the activity.', {'size': 10}),
            B('small', 'College of American Pathologists, 325 Waukegan Road, Northfield, IL 60093')])

# ---- f04 ASCLS P.A.C.E. approved provider (invented), ReportLab
N = 'Dolores O\u2019Shaughnessy'; T = 'Preanalytical Errors in Coagulation Testing: From Tube to Result'
add(id='f04', style='PACE-provider', producer='reportlab',
    layout=['landscape-centred', 'accreditation-statement', 'quoted-title', 'date-long', 'format-word'],
    notes='title printed in quotes; "the self-study module" format word; P.A.C.E. program number',
    name=N, title=T, date='2025-06-12', credits=1.5, unit='contact hour',
    provider=['Lakeshore Laboratory Education Partners', 'LLEP'], aid='587-104-25',
    page=dict(landscape=True, font='serif', accent='#2e5e4e', border='double'),
    blocks=[B('p', 'Lakeshore Laboratory Education Partners (LLEP)', {'size': 14, 'bold': True}),
            B('title', 'Certificate of Completion', {'size': 30}),
            B('p', 'presented to'),
            B('name', N, {'size': 26}),
            B('p', 'for successful completion of'),
            B('p', 'the self-study module', {'italic': True, 'size': 11}),
            B('h2', '\u201c' + T + '\u201d', {'size': 16, 'bold': True}),
            B('p', 'Completed June 12, 2025  |  1.5 Contact Hours  |  P.A.C.E.® Program # 587-104-25', {'size': 11}),
            B('small', 'Lakeshore Laboratory Education Partners is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
            B('sig', [('Gerald Pinkney, MS, MLS(ASCP)', 'Program Director')])])

# ---- f05 LabCE, TCPDF, portrait
N = 'Łucja Wiśniewska-Kowal'; T = 'Urine Sediment Microscopy: Casts, Crystals, and Cells'
add(id='f05', style='LabCE', producer='tcpdf',
    layout=['portrait', 'two-column', 'values-beside', 'diacritics', 'date-long', 'distractor-ids', 'accreditation-statement'],
    notes='LabCE style; order number distractor; course number',
    name=N, title=T, date='2025-02-09', credits=2.0, unit='contact hour',
    provider=['LabCE.com', 'LabCE'], aid='1184',
    page=dict(landscape=False, font='sans', accent='#1565c0', border='single', align='left'),
    blocks=[B('p', 'LabCE.com', {'size': 22, 'bold': True, 'color': '#1565c0'}),
            B('p', 'Continuing Education for Laboratory Professionals', {'size': 10, 'italic': True}),
            B('sp', 14),
            B('title', 'Certificate of Course Completion', {'size': 22}),
            B('sp', 6),
            B('kv', [('Name:', N), ('Course:', T), ('Course Number:', '1184'), ('Completion Date:', 'February 9, 2025'),
                     ('Credit Hours:', '2.0 P.A.C.E.® contact hours'), ('Order Number:', 'LC-5520193')]),
            B('sp', 10),
            B('small', 'LabCE.com is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel provider # 50-12345.'),
            B('sig', [('Education Coordinator', 'LabCE.com')])])

# ---- f06 MediaLab, FPDF, table
N = 'Cornelius Abernathy'; T = 'Safety Training: Chemical Hygiene Plan Essentials'
add(id='f06', style='MediaLab', producer='fpdf',
    layout=['portrait', 'table', 'date-us-numeric', 'distractor-dates', 'distractor-ids'],
    notes='MediaLab compliance course; expiry date distractor',
    name=N, title=T, date='2025-05-02', credits=1.0, unit='contact hour',
    provider=['MediaLab, Inc.', 'MediaLab'], aid='ML-CHP-201',
    page=dict(landscape=False, font='sans', accent='#3b6e22', border='double'),
    blocks=[B('p', 'MediaLab, Inc.', {'size': 20, 'bold': True}),
            B('title', 'Certificate of Completion', {'size': 24}),
            B('p', 'The following learner has completed the course listed below.'),
            B('sp', 6),
            B('table', [['Learner', N], ['Course', T], ['Course ID', 'ML-CHP-201'], ['Date Completed', '05/02/2025'],
                        ['CE Credit', '1.0 contact hour'], ['Annual Renewal Due', '05/02/2026'], ['Employee ID', 'E-448812']]),
            B('p', 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', {'size': 9}),
            B('sig', [('Compliance Administrator', 'MediaLab, Inc.')])])

# ---- f07 state ASCLS chapter, AcroForm not flattened
N = 'Bernadette Lafleur-Ngata'; T = 'Spring Seminar 2025'
add(id='f07', style='state-society', producer='acroform',
    layout=['portrait', 'two-column', 'values-beside', 'multi-day', 'date-long', 'accreditation-statement', 'form-fields'],
    notes='filled AcroForm, not flattened (widget appearance streams); 2-day meeting, last day',
    name=N, title=T, date='2025-04-12', credits=7.5, unit='contact hour',
    provider=['ASCLS-Wisconsin', 'ASCLS-WI'], aid='WI-SS25',
    page=dict(landscape=False, font='sans', accent='#6a1b9a', border='single'),
    blocks=[B('title', 'ASCLS-Wisconsin', {'size': 24}),
            B('p', 'American Society for Clinical Laboratory Science - Wisconsin (ASCLS-WI)'),
            B('sp', 12),
            B('h2', 'Certificate of Attendance', {'size': 18, 'bold': True}),
            B('sp', 8),
            B('kv', [('Attendee', N), ('Meeting', T), ('Dates', 'April 11-12, 2025'), ('Location', 'Eau Claire, WI'),
                     ('Event Code', 'WI-SS25'), ('P.A.C.E. Contact Hours', '7.5')]),
            B('sp', 14),
            B('small', 'ASCLS-Wisconsin is approved as a provider of continuing education programs in the clinical laboratory\nsciences by the ASCLS P.A.C.E.(R) Program. Retain this certificate for four years.'),
            B('sig', [('Renata Holmberg', 'CE Chair, ASCLS-WI')])])

# ---- f08 hospital in-service, AcroForm flattened
N = 'Kwame Mensah-Bonsu'; T = 'Specimen Orientation and Inking for Breast Lumpectomy Grossing'
add(id='f08', style='hospital-inservice', producer='acroform-flat',
    layout=['portrait', 'labels-above', 'orientation-topic', 'date-us-numeric', 'form-flattened'],
    notes='flattened AcroForm; labels above values; "Orientation" is a genuine grossing topic',
    name=N, title=T, date='2025-07-22', credits=1.0, unit='contact hour',
    provider=['Saint Brendan Regional Medical Center', 'SBRMC'], aid=None,
    page=dict(landscape=False, font='serif', accent='#004b6b', border='single'),
    blocks=[B('p', 'Saint Brendan Regional Medical Center (SBRMC)', {'size': 14, 'bold': True}),
            B('p', 'Department of Pathology & Laboratory Medicine', {'size': 11}),
            B('sp', 10),
            B('title', 'In-Service Education Record', {'size': 22}),
            B('p', 'In-service topic:'),
            B('p', T, {'size': 13, 'bold': True, 'field': True}),
            B('sp', 10),
            B('grid', [['Participant', 'Date of Completion', 'Contact Hours'], [N, '07/22/2025', '1.0']]),
            B('sp', 10),
            B('p', 'Presented by Anatomic Pathology Section. This in-service is offered for laboratory staff competency\nand may be submitted for continuing education credit.', {'size': 10}),
            B('sig', [('Yolanda Pruitt, HTL(ASCP)', 'Histology Supervisor'), ('Dr. Felix Marchetti', 'Medical Director')])])

# ---- f09 joint accreditation CME, Ghostscript, multi-credit
N = 'Priya Raghunathan'; T = 'Diagnostic Stewardship in Blood Culture Utilization'
add(id='f09', style='joint-accreditation', producer='ghostscript',
    layout=['portrait', 'multi-credit', 'credentials-after-name', 'date-long', 'accreditation-statement', 'distractor-dates'],
    notes='AMA PRA / ANCC / ACPE / P.A.C.E. all printed; gold uses P.A.C.E. figure; signature date distractor',
    name=N, title=T, date='2025-09-18', credits=1.25, unit='contact hour',
    provider=['Great Plains Center for Interprofessional Education', 'GPCIE'], aid='JA-25-0918-B',
    page=dict(landscape=False, font='serif', accent='#5d4037', border='double'),
    blocks=[B('p', 'Great Plains Center for Interprofessional Education (GPCIE)', {'size': 13, 'bold': True}),
            B('title', 'Certificate of Participation', {'size': 24}),
            B('p', 'This certificate is awarded to'),
            B('name', N + ', PhD'),
            B('p', 'for participating in the live activity'),
            B('p', T, {'size': 14, 'bold': True}),
            B('p', 'held September 18, 2025, Activity ID JA-25-0918-B', {'size': 11}),
            B('sp', 8),
            B('table', [['Credit type', 'Credits designated'],
                        ['AMA PRA Category 1 Credit(TM)', '1.25'],
                        ['ANCC nursing contact hours', '1.25'],
                        ['ACPE pharmacy (UAN JA0007331-0000-25-081-L01-P)', '1.25'],
                        ['ASCLS P.A.C.E. contact hours', '1.25']]),
            B('small', 'In support of improving patient care, Great Plains Center for Interprofessional Education is jointly accredited by the\nAccreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education\n(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.\nGPCIE is approved as a provider of continuing education programs in the clinical laboratory sciences by the\nASCLS P.A.C.E. Program.'),
            B('sig', [('Harriet Okonkwo, MD', 'Director of Accredited Education')]),
            B('small', 'Signed October 2, 2025', {'align': 'center'})])

# ---- f10 university CEU, Chromium, portrait, CEU
N = 'Anneliese von Hohenfeld'; T = 'Molecular Diagnostics Bootcamp: PCR, Sequencing, and Variant Interpretation'
add(id='f10', style='university-CEU', producer='chromium',
    layout=['portrait', 'ceu', 'particle', 'title-wrap', 'date-words', 'distractor-ids'],
    notes='CEU certificate, 1 CEU = 10 contact hours printed; date in words',
    name=N, title=T, date='2025-03-14', credits=1.2, unit='CEU',
    provider=['Ridgecrest State University, Office of Continuing and Professional Education'], aid='MDX-501',
    page=dict(landscape=False, font='bookman', accent='#7b1e3c', border='thick'),
    css='h1 { font-size: 34pt; letter-spacing: 0.04em; } .name { font-family: "Z003", cursive; font-weight: normal; font-size: 34pt; }',
    blocks=[B('p', 'RIDGECREST STATE UNIVERSITY', {'size': 20, 'bold': True, 'color': '#7b1e3c'}),
            B('p', 'Office of Continuing and Professional Education', {'size': 12, 'italic': True}),
            B('sp', 30),
            B('p', 'Be it known that'),
            B('name', N),
            B('p', 'having satisfactorily completed the non-credit course'),
            B('h2', T, {'size': 20, 'bold': True}),
            B('p', 'on the fourteenth day of March, 2025, is hereby awarded'),
            B('p', '1.2 Continuing Education Units (CEUs)', {'size': 16, 'bold': True}),
            B('p', 'equivalent to twelve contact hours of instruction (1 CEU = 10 contact hours).', {'size': 10}),
            B('sp', 20),
            B('kv', [('Course Number', 'MDX-501'), ('Student ID', 'R00783215')]),
            B('sig', [('Dean Matthias Oyelaran', 'Dean, Continuing Education'), ('Registrar', 'Ridgecrest State University')]),
            B('small', 'Ridgecrest State University, Office of Continuing and Professional Education, follows the IACET definition of the CEU.')])

# ---- f11 ADLM ACCENT, fodt, landscape
N = 'Giovanni Battista Serravalle'; T = 'Harmonizing Reference Intervals for Pediatric Chemistry Panels'
add(id='f11', style='ADLM-ACCENT', producer='libreoffice-fodt',
    layout=['landscape-centred', 'format-word', 'date-dmy', 'issuer-line', 'distractor-dates'],
    notes='ADLM (formerly AACC) ACCENT credit (unit mapped to CE hour); "the live virtual session" format word; D Month YYYY date',
    name=N, title=T, date='2025-05-21', credits=1.0, unit='CE hour',
    provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], aid='ACC-25-5521',
    page=dict(landscape=True, font='sans', accent='#00607a', border='single'),
    blocks=[B('title', 'Certificate of Completion', {'size': 32}),
            B('p', 'issued by the Association for Diagnostics & Laboratory Medicine (ADLM)', {'italic': True}),
            B('sp', 10),
            B('p', 'This acknowledges that'),
            B('name', N),
            B('p', 'attended'),
            B('p', 'the live virtual session', {'italic': True, 'size': 11}),
            B('h2', T, {'bold': True, 'size': 17}),
            B('p', 'on 21 May 2025 and earned 1.0 ACCENT® credit.'),
            B('p', 'Session ID: ACC-25-5521', {'size': 10}),
            B('small', 'ADLM designates this activity for a maximum of 1.0 ACCENT® continuing education credit. ACCENT® is a registered trademark of ADLM. Certificate generated 02 June 2025.')])

# ---- f12 NSH histology, docx, portrait, HT credentials
N = 'Ingrid Sørensen'; T = 'Troubleshooting Frozen Sections: Artifacts, Embedding Media, and Cryostat Care'
add(id='f12', style='NSH', producer='libreoffice-docx',
    layout=['portrait', 'title-wrap', 'credentials-after-name', 'diacritics', 'date-long', 'accreditation-statement'],
    notes='NSH histology webinar; HTL credentials; title wraps',
    name=N, title=T, date='2025-08-06', credits=1.5, unit='contact hour',
    provider=['National Society for Histotechnology', 'NSH'], aid='W25-0806',
    page=dict(landscape=False, font='serif', accent='#4a148c'),
    blocks=[B('p', 'National Society for Histotechnology', {'size': 20, 'bold': True}),
            B('p', 'NSH', {'size': 36, 'bold': True, 'color': '#4a148c'}),
            B('sp', 20),
            B('title', 'Continuing Education Certificate', {'size': 26}),
            B('p', 'We are pleased to confirm that'),
            B('name', N + ', HTL(ASCP)QIHC'),
            B('p', 'has completed the NSH webinar'),
            B('h2', T, {'bold': True, 'size': 18}),
            B('p', 'Webinar ID: W25-0806'),
            B('p', 'Date: August 6, 2025'),
            B('p', 'Contact hours awarded: 1.5'),
            B('sp', 20),
            B('small', 'The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
            B('sig', [('Chairperson, Education Committee', 'National Society for Histotechnology')])])

# ---- f13 webinar vendor, ReportLab, landscape, claimed of max
N = 'Darnell Okafor Jr.'; T = 'Point-of-Care Glucose Meters: Regulatory Oversight and Quality Control'
add(id='f13', style='webinar-vendor', producer='reportlab',
    layout=['landscape-centred', 'claimed-of-max', 'suffix', 'date-us-numeric', 'distractor-ids', 'accreditation-statement'],
    notes='"1.0 of a possible 1.5" claimed credits; registration ID distractor',
    name=N, title=T, date='2025-10-07', credits=1.0, unit='contact hour',
    provider=['BenchMark Learning Webinars', 'BenchMark'], aid='BMW-7781',
    page=dict(landscape=True, font='sans', accent='#e65100', border='single'),
    blocks=[B('p', 'BenchMark Learning Webinars', {'size': 16, 'bold': True, 'color': '#e65100'}),
            B('title', 'CERTIFICATE OF COMPLETION', {'size': 30}),
            B('p', 'Awarded to'),
            B('name', N),
            B('p', 'for completing the recorded presentation'),
            B('h2', T, {'bold': True}),
            B('kv', [('Webinar ID', 'BMW-7781'), ('Date completed', '10/07/2025'),
                     ('Credits claimed', '1.0 of a possible 1.5 P.A.C.E.® contact hours'), ('Registration ID', 'REG-30944817')]),
            B('small', 'BenchMark Learning Webinars is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Provider #511.')])

# ---- f14 regional meeting, TCPDF, multi-day, meeting name as title
N = 'ROSALIND MAE TREADWELL'; T = '2025 Tri-State Clinical Laboratory Symposium'
add(id='f14', style='regional-meeting', producer='tcpdf',
    layout=['landscape-centred', 'caps-name', 'multi-day', 'date-long', 'accreditation-statement', 'distractor-ids'],
    notes='meeting attendance, no session named: title is meeting name; 3-day event, last day; name printed in capitals',
    name=N, title=T, date='2025-10-24', credits=14.0, unit='contact hour',
    provider=['Tri-State Clinical Laboratory Alliance', 'TSCLA'], aid='TSCLA-2025',
    page=dict(landscape=True, font='serif', accent='#1b5e20', border='double'),
    blocks=[B('p', 'Tri-State Clinical Laboratory Alliance', {'size': 15, 'bold': True}),
            B('title', 'Certificate of Attendance', {'size': 30}),
            B('p', 'This certifies that'),
            B('name', N, {'size': 24}),
            B('p', 'attended the'),
            B('h2', T, {'bold': True, 'size': 20}),
            B('p', 'October 22–24, 2025  •  Wheeling, West Virginia'),
            B('p', 'Total P.A.C.E.® contact hours earned: 14.0', {'bold': True}),
            B('p', 'Event ID: TSCLA-2025          Badge No. 0417', {'size': 10}),
            B('small', 'The Tri-State Clinical Laboratory Alliance (TSCLA) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
            B('sig', [('Meeting Chair', 'TSCLA'), ('CE Coordinator', 'TSCLA')])])

# ---- f15 AMT, FPDF, portrait, values beside labels
N = 'Robert E. Whitcombe III'; T = 'Phlebotomy Complications: Nerve Injury, Hematoma, and Syncope'
add(id='f15', style='AMT', producer='fpdf',
    layout=['portrait', 'two-column', 'values-beside', 'suffix', 'credentials-after-name', 'date-iso', 'distractor-ids'],
    notes='AMT CE; suffix III kept, credentials dropped; member number distractor',
    name=N, title=T, date='2025-02-27', credits=1.0, unit='contact hour',
    provider=['American Medical Technologists', 'AMT'], aid='AMT-STEP-2213',
    page=dict(landscape=False, font='sans', accent='#0d47a1', border='double', align='left'),
    blocks=[B('p', 'American Medical Technologists', {'size': 18, 'bold': True}),
            B('p', 'AMT Continuing Education', {'size': 11}),
            B('sp', 14),
            B('title', 'CE Completion Certificate', {'size': 22}),
            B('sp', 4),
            B('kv', [('Member:', N + ', MLT(AMT)'), ('AMT Member No.:', '8830214'), ('Program:', T),
                     ('Program ID:', 'AMT-STEP-2213'), ('Completed:', '2025-02-27'), ('CE Hours:', '1.0')]),
            B('sp', 10),
            B('p', 'This activity is approved for 1.0 hour of continuing education by American Medical Technologists.', {'size': 10}),
            B('sig', [('Director of Education', 'American Medical Technologists')])])

# ---- f16 CLSI, AcroForm not flattened, table
N = 'Fernanda Albuquerque'; T = 'Verification of Quantitative Methods Using EP15'
add(id='f16', style='CLSI', producer='acroform',
    layout=['portrait', 'table', 'date-long', 'form-fields', 'distractor-dates'],
    notes='filled AcroForm in a boxed table, not flattened; expiration date distractor',
    name=N, title=T, date='2025-06-03', credits=1.5, unit='contact hour',
    provider=['Clinical and Laboratory Standards Institute', 'CLSI'], aid='EP15-W0603',
    page=dict(landscape=False, font='sans', accent='#00695c', border='single'),
    blocks=[B('title', 'Clinical and Laboratory\nStandards Institute', {'size': 22}),
            B('p', 'CLSI', {'size': 30, 'bold': True}),
            B('sp', 8),
            B('h2', 'Certificate of Completion', {'size': 18, 'bold': True}),
            B('sp', 6),
            B('table', [['Name', N], ['Program', T], ['Program ID', 'EP15-W0603'], ['Date', 'June 3, 2025'],
                        ['Contact Hours', '1.5'], ['Access Expires', 'June 3, 2026']]),
            B('sp', 10),
            B('small', 'CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the\nASCLS P.A.C.E. Program.')])

# ---- f17 ASCP, AcroForm flattened, labels above, landscape
N = 'Yesenia Castellanos Ibarra'; T = 'Blood Bank Quality Systems Review'
add(id='f17', style='ASCP', producer='acroform-flat',
    layout=['landscape-centred', 'labels-above', 'date-us-numeric', 'form-flattened', 'distractor-ids'],
    notes='flattened form; labels above values in columns; transcript ID distractor',
    name=N, title=T, date='2025-11-03', credits=2.0, unit='CMLE',
    provider=['ASCP'], aid='BB2511',
    page=dict(landscape=True, font='serif', accent='#0b3d6e', border='single'),
    blocks=[B('p', 'ASCP', {'size': 30, 'bold': True}),
            B('title', 'Credit Certificate', {'size': 26}),
            B('p', 'for Continuing Medical Laboratory Education (CMLE)'),
            B('sp', 16),
            B('grid', [['Participant', 'Date of Completion', 'CMLE Credits'], [N, '11/03/2025', '2.0']]),
            B('sp', 6),
            B('grid', [['Activity', 'Activity No.', 'Transcript ID'], [T, 'BB2511', 'TX-77320145']]),
            B('sp', 16),
            B('small', 'Credits awarded upon passing the post-test with a score of 70% or higher.')])

# ---- f18 AABB, Ghostscript, landscape, quoted title, date words
N = 'Siobhán Ní Bhriain'; T = 'Massive Transfusion Protocols in Community Hospitals'
add(id='f18', style='AABB', producer='ghostscript',
    layout=['landscape-centred', 'diacritics', 'particle', 'quoted-title', 'date-words', 'format-word', 'accreditation-statement'],
    notes='PostScript via ps2pdf (gs); quoted title; "the fifth day" style date',
    name=N, title=T, date='2025-05-15', credits=1.0, unit='contact hour',
    provider=['AABB'], aid='AB-LV-0515',
    page=dict(landscape=True, font='serif', accent='#8b1a1a', border='double'),
    blocks=[B('p', 'AABB', {'size': 28, 'bold': True}),
            B('p', 'Advancing Transfusion and Cellular Therapies Worldwide', {'italic': True, 'size': 10}),
            B('title', 'Certificate of Attendance', {'size': 26}),
            B('p', 'Presented to'),
            B('name', N),
            B('p', 'in recognition of attendance at'),
            B('p', 'the live webinar', {'italic': True, 'size': 10}),
            B('p', '"' + T + '"', {'size': 15, 'bold': True}),
            B('p', 'on the fifteenth day of May, 2025, for which 1.0 contact hour is awarded.'),
            B('p', 'Program No. AB-LV-0515', {'size': 10}),
            B('small', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.(R) Program.')])

# ---- f19 CAP, Chromium, letter-spaced name, portrait
N = 'THADDEUS VANTERPOOL'; T = 'Competency Assessment for Waived and Nonwaived Testing'
add(id='f19', style='CAP', producer='chromium',
    layout=['portrait', 'letter-spaced-name', 'caps-name', 'date-long', 'issuer-line', 'distractor-dates', 'format-word'],
    notes='name rendered upper-case with CSS letter-spacing (text is capitals in the PDF); "the online course" format word; issue date distractor',
    name=N, title=T, date='2025-02-18', credits=1.0, unit='CE hour',
    provider=['College of American Pathologists', 'CAP'], aid='CA-2025-114',
    page=dict(landscape=False, font='sans', accent='#00558c', border='single'),
    css='.name { font-size: 22pt; text-transform: uppercase; font-weight: normal; }',
    blocks=[B('title', 'Certificate of Completion', {'size': 30}),
            B('p', 'Issued by the College of American Pathologists (CAP)', {'size': 11, 'italic': True}),
            B('sp', 30),
            B('p', 'Awarded to', {'size': 10, 'caps': True}),
            B('name', N, {'spaced': True}),
            B('sp', 10),
            B('p', 'for completion of', {'size': 10, 'caps': True}),
            B('p', 'the online course', {'italic': True}),
            B('h2', T, {'bold': True, 'size': 17}),
            B('sp', 14),
            B('kv', [('Course ID', 'CA-2025-114'), ('Completed on', 'February 18, 2025'), ('CE Hours', '1.0'),
                     ('Date Issued', 'February 20, 2025')]),
            B('sp', 24),
            B('small', 'The College of American Pathologists designates this educational activity for a maximum of 1.0 continuing education hour for laboratory professionals. Participants should only claim credit commensurate with the extent of their participation.')],)

# ---- f20 P.A.C.E. provider (invented), fodt, labels above
N = 'Matthias Oberhollenzer'; T = 'Carbapenemase Detection: Phenotypic and Molecular Approaches'
add(id='f20', style='PACE-provider', producer='libreoffice-fodt',
    layout=['portrait', 'labels-above', 'date-us-numeric', 'accreditation-statement', 'distractor-ids'],
    notes='labels above values in a column grid; confirmation number distractor',
    name=N, title=T, date='2025-03-26', credits=1.0, unit='contact hour',
    provider=['Cascadia Microbiology Education Consortium', 'CMEC'], aid='CMEC-0326',
    page=dict(landscape=False, font='gothic', accent='#33691e', border='double', align='center'),
    blocks=[B('p', 'Cascadia Microbiology Education Consortium', {'size': 16, 'bold': True}),
            B('sp', 24),
            B('title', 'CERTIFICATE\nof Continuing Education', {'size': 26}),
            B('sp', 10),
            B('p', 'Program title'),
            B('h2', T, {'bold': True}),
            B('sp', 16),
            B('grid', [['Participant', 'Date of Completion', 'Contact Hours'], [N, '03/26/2025', '1.0']]),
            B('grid', [['P.A.C.E.® Program Number', 'Confirmation No.'], ['CMEC-0326', '0000-77142']]),
            B('sp', 30),
            B('small', 'Cascadia Microbiology Education Consortium (CMEC) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f21 LabCE, docx, 2-page (accreditation on page 2)
N = 'Nguyễn Thị Thanh Hương'; T = 'Antimicrobial Susceptibility Testing: Updates to Breakpoints'
add(id='f21', style='LabCE', producer='libreoffice-docx',
    layout=['portrait', 'two-page', 'diacritics', 'date-long', 'accreditation-statement', 'distractor-ids'],
    notes='second page carries accreditation statement and state license info; Vietnamese diacritics',
    name=N, title=T, date='2025-07-09', credits=1.5, unit='contact hour',
    provider=['LabCE'], aid='2377',
    page=dict(landscape=False, font='sans', accent='#1565c0'),
    blocks=[B('p', 'LabCE', {'size': 34, 'bold': True, 'color': '#1565c0'}),
            B('sp', 20),
            B('title', 'Certificate of Completion', {'size': 26}),
            B('p', 'Congratulations! This certifies that'),
            B('name', N, {'size': 22}),
            B('p', 'has successfully completed'),
            B('h2', T, {'bold': True}),
            B('sp', 12),
            B('p', 'Course #2377     Completed July 9, 2025     1.5 contact hours', {'size': 11}),
            B('p', 'Customer #: 90014472', {'size': 9}),
            B('break',),
            B('title', 'Accreditation Information', {'size': 18, 'align': 'left'}),
            B('p', 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. P.A.C.E.® provider number 123-456.', {'align': 'left'}),
            B('p', 'California: This course is approved for California clinical laboratory personnel by virtue of P.A.C.E.® approval.', {'align': 'left'}),
            B('p', 'Florida: LabCE is an approved provider of continuing education for Florida licensed laboratory personnel (provider #50-4821).', {'align': 'left'}),
            B('p', 'Keep this certificate for your records for at least four years.', {'align': 'left', 'italic': True})])

# ---- f22 MediaLab, ReportLab, landscape, table
N = 'Harriet Fairweather-Lyle'; T = 'Bloodborne Pathogens Training for Laboratory Staff'
add(id='f22', style='MediaLab', producer='reportlab',
    layout=['landscape-centred', 'table', 'date-iso', 'distractor-dates', 'accreditation-statement'],
    notes='table of completion data; due date distractor',
    name=N, title=T, date='2025-01-14', credits=1.0, unit='contact hour',
    provider=['MediaLab'], aid='BBP-2025',
    page=dict(landscape=True, font='sans', accent='#2e7d32', border='double'),
    blocks=[B('p', 'MediaLab', {'size': 24, 'bold': True, 'color': '#2e7d32'}),
            B('title', 'Certificate of Completion', {'size': 26}),
            B('name', N),
            B('table', [['Course', T], ['Course Code', 'BBP-2025'], ['Completion Date', '2025-01-14'],
                        ['Credit Earned', '1.0 contact hour (P.A.C.E.®)'], ['Next Due', '2026-01-14']]),
            B('small', 'MediaLab is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f23 state society, TCPDF, caps name, distractor
N = 'JOSÉ LUIS PEÑA-ORTIZ'; T = 'Emerging Arboviruses: Laboratory Diagnosis of Dengue and Oropouche'
add(id='f23', style='state-society', producer='tcpdf',
    layout=['portrait', 'caps-name', 'diacritics', 'date-long', 'accreditation-statement', 'issuer-line', 'distractor-dates'],
    notes='state chapter one-session certificate; name printed in caps',
    name=N, title=T, date='2025-09-27', credits=1.0, unit='contact hour',
    provider=['Florida Society for Clinical Laboratory Science', 'FSCLS'], aid='FSCLS-25-017',
    page=dict(landscape=False, font='serif', accent='#ef6c00', border='double'),
    blocks=[B('title', 'Certificate of Completion', {'size': 26}),
            B('p', 'Florida Society for Clinical Laboratory Science', {'bold': True}),
            B('p', 'a constituent society of ASCLS', {'italic': True, 'size': 10}),
            B('sp', 20),
            B('name', N, {'size': 20}),
            B('p', 'attended the educational session'),
            B('h2', T, {'bold': True}),
            B('p', 'at the FSCLS Fall Meeting, Orlando, Florida, on September 27, 2025'),
            B('kv', [('Session Number', 'FSCLS-25-017'), ('P.A.C.E.® Contact Hours', '1.0'), ('Florida CE Category', 'Microbiology'),
                     ('Date Printed', 'October 1, 2025')]),
            B('small', 'The Florida Society for Clinical Laboratory Science (FSCLS) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
            B('sig', [('Session Moderator', 'FSCLS'), ('Continuing Education Chair', 'FSCLS')])])

# ---- f24 hospital in-service, FPDF, landscape, no activity id
N = 'Magdalena Wojcik'; T = 'Rapid Response: Critical Value Notification and Read-Back'
add(id='f24', style='hospital-inservice', producer='fpdf',
    layout=['landscape-centred', 'date-dmy', 'distractor-ids'],
    notes='hospital in-service; no activity id printed; employee ID distractor',
    name=N, title=T, date='2025-08-19', credits=0.5, unit='contact hour',
    provider=['Mercy Valley Health System', 'MVHS'], aid=None,
    page=dict(landscape=True, font='serif', accent='#1a237e', border='double'),
    blocks=[B('p', 'Mercy Valley Health System', {'size': 15, 'bold': True}),
            B('p', 'Laboratory Services - Staff Development', {'size': 10}),
            B('title', 'In-Service Attendance Certificate', {'size': 24}),
            B('p', 'This is to acknowledge that'),
            B('name', N),
            B('p', 'Employee ID 0052917', {'size': 9}),
            B('p', 'participated in the departmental in-service'),
            B('h2', T, {'bold': True}),
            B('p', 'on 19 August 2025, earning 0.5 contact hour of continuing education.'),
            B('sig', [('Laboratory Educator', 'MVHS Laboratory Services'), ('Laboratory Manager', 'MVHS Laboratory Services')])])

# ---- f25 joint accreditation, AcroForm, claimed of max, multi credit
N = 'Olusegun Adeyemi-Clarke'; T = 'Sepsis Biomarkers Across the Care Continuum'
add(id='f25', style='joint-accreditation', producer='acroform',
    layout=['portrait', 'multi-credit', 'claimed-of-max', 'table', 'date-us-numeric', 'form-fields', 'accreditation-statement'],
    notes='fields filled, not flattened; claimed 1.5 of max 2.0 P.A.C.E.; AMA/ANCC distractor credit figures',
    name=N, title=T, date='2025-04-30', credits=1.5, unit='contact hour',
    provider=['Heartland Health Sciences Education Collaborative', 'HHSEC'], aid='25-HHS-0430',
    page=dict(landscape=False, font='sans', accent='#283593', border='single'),
    blocks=[B('p', 'Heartland Health Sciences Education Collaborative', {'size': 14, 'bold': True}),
            B('title', 'Certificate of Credit', {'size': 24}),
            B('name', N),
            B('p', 'Activity:'),
            B('p', T, {'bold': True, 'field': True, 'size': 13}),
            B('table', [['Activity ID', '25-HHS-0430'], ['Activity Date', '04/30/2025'],
                        ['P.A.C.E. hours claimed', '1.5 of a possible 2.0'],
                        ['AMA PRA Category 1', '2.0 max'], ['ANCC contact hours', '2.0 max']]),
            B('small', 'In support of improving patient care, Heartland Health Sciences Education Collaborative (HHSEC) is\njointly accredited by the ACCME, ACPE and ANCC to provide continuing education for the healthcare team.\nHHSEC is approved as a provider of continuing education programs in the clinical laboratory sciences by\nthe ASCLS P.A.C.E. Program.')])

# ---- f26 university CEU, AcroForm flattened, labels beside
N = 'Jean-Baptiste de la Croix'; T = 'Clinical Laboratory Leadership Institute'
add(id='f26', style='university-CEU', producer='acroform-flat',
    layout=['portrait', 'ceu', 'particle', 'two-column', 'values-beside', 'date-iso', 'form-flattened', 'distractor-ids', 'multi-day'],
    notes='CEU (3.2 CEU = 32 points); multi-day course, last day; student number distractor',
    name=N, title=T, date='2025-06-27', credits=3.2, unit='CEU',
    provider=['Northern Plains University, School of Health Professions', 'NPU'], aid='CLLI-2025-02',
    page=dict(landscape=False, font='serif', accent='#4e342e', border='single'),
    blocks=[B('title', 'Northern Plains University', {'size': 24}),
            B('p', 'School of Health Professions | Continuing Education', {'size': 11}),
            B('sp', 10),
            B('h2', 'Certificate of Completion', {'size': 18, 'bold': True}),
            B('sp', 10),
            B('kv', [('Participant', N), ('Program', T), ('Program ID', 'CLLI-2025-02'), ('Dates', '2025-06-23 to 2025-06-27'),
                     ('Continuing Education Units', '3.2 CEUs'), ('Student No.', 'N0448291')]),
            B('sp', 12),
            B('p', 'One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized\ncontinuing education experience under responsible sponsorship.', {'size': 9.5}),
            B('p', 'Northern Plains University, School of Health Professions (NPU)', {'size': 9.5}),
            B('sig', [('Associate Dean', 'School of Health Professions')])])

# ---- f27 ADLM, Ghostscript, table, multi credits (ACCENT only)
N = 'Benedikt Kohlhaas'; T = 'Mass Spectrometry in the Routine Clinical Laboratory'
add(id='f27', style='ADLM-ACCENT', producer='ghostscript',
    layout=['landscape-centred', 'table', 'date-long', 'multi-day', 'distractor-dates'],
    notes='ADLM course, 2-day, ACCENT credits (unit mapped to CE hour); evaluation date distractor',
    name=N, title=T, date='2025-07-28', credits=6.0, unit='CE hour',
    provider=['ADLM'], aid='MS-ADV-0728',
    page=dict(landscape=True, font='sans', accent='#00607a', border='single'),
    blocks=[B('p', 'ADLM', {'size': 30, 'bold': True}),
            B('title', 'Certificate of Attendance', {'size': 24}),
            B('p', 'This certifies that ' + N + ' participated in the short course'),
            B('p', T, {'bold': True, 'size': 15}),
            B('table', [['Course code', 'MS-ADV-0728'], ['Course dates', 'July 27-28, 2025'], ['ACCENT(R) credits', '6.0'],
                        ['Evaluation submitted', 'August 4, 2025']]),
            B('small', 'ACCENT(R) credit is the continuing education program of ADLM.')])

# ---- f28 NSH, Chromium, cover page + certificate, orientation topic
N = 'Caoimhe Delacroix-Burke'; T = 'Orientation of Small Biopsies During Embedding: Getting It Right the First Time'
add(id='f28', style='NSH', producer='chromium',
    layout=['landscape-centred', 'cover-page', 'orientation-topic', 'title-wrap', 'credentials-after-name', 'date-long'],
    notes='page 1 is a cover letter; certificate on page 2; "Orientation" is a genuine embedding topic',
    name=N, title=T, date='2025-04-03', credits=1.0, unit='contact hour',
    provider=['National Society for Histotechnology', 'NSH'], aid='NSH-SS-0412',
    page=dict(landscape=True, font='palatino', accent='#4a148c', border='none', align='left'),
    css='.page:last-child .frame { border: 8px double #4a148c; text-align: center; }',
    blocks=[B('p', 'National Society for Histotechnology  •  Education Department', {'size': 10}),
            B('sp', 20),
            B('p', 'Dear Participant,'),
            B('p', 'Thank you for completing an NSH self-study module. Your certificate appears on the following page. Please retain it for your continuing education records; NSH does not report credits to certification agencies on your behalf.'),
            B('p', 'If you have questions about your transcript, contact the education department.'),
            B('p', 'Sincerely,\nNSH Education Staff'),
            B('break',),
            B('p', 'NSH', {'size': 26, 'bold': True}),
            B('title', 'Certificate of Completion', {'size': 28}),
            B('p', 'This certificate is presented to'),
            B('name', N + ', HT(ASCP)'),
            B('p', 'for completion of the self-study'),
            B('h2', T, {'bold': True, 'size': 18}),
            B('p', 'Completion date: April 3, 2025  ·  Contact hours: 1.0  ·  Module: NSH-SS-0412', {'size': 11}),
            B('small', 'The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f29 webinar vendor, fodt, letter-spaced name, 05/03-style date
N = 'Aurelio Fitzgerald-Mbeki'; T = 'Flow Cytometry Gating Strategies for Minimal Residual Disease'
add(id='f29', style='webinar-vendor', producer='libreoffice-fodt',
    layout=['landscape-centred', 'letter-spaced-name', 'date-us-numeric', 'format-word', 'accreditation-statement', 'distractor-ids'],
    notes='ODF letter-spacing on name; US numeric date; "the on-demand webinar" format word',
    name=N, title=T, date='2025-05-03', credits=1.0, unit='contact hour',
    provider=['CytoSignal Education Webinars', 'CytoSignal'], aid='CSW-2205',
    page=dict(landscape=True, font='sans', accent='#ad1457', border='thick'),
    blocks=[B('p', 'CytoSignal Education Webinars', {'size': 16, 'bold': True}),
            B('title', 'Certificate of Completion', {'size': 30}),
            B('p', 'This certificate is proudly presented to'),
            B('name', N, {'spaced': True, 'size': 20}),
            B('p', 'for viewing'),
            B('p', 'the on-demand webinar', {'italic': True, 'size': 10}),
            B('h2', T, {'bold': True}),
            B('p', 'Webinar ID: CSW-2205   |   Viewed: 05/03/2025   |   1.0 P.A.C.E.® contact hour   |   Order #: 44-19023', {'size': 10}),
            B('small', 'CytoSignal Education Webinars is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f30 regional meeting, docx, meeting name only, table
N = 'Evangeline Broussard-Thibodeaux'; T = 'Gulf Coast Laboratory Professionals Conference 2025'
add(id='f30', style='regional-meeting', producer='libreoffice-docx',
    layout=['portrait', 'table', 'multi-day', 'date-long', 'accreditation-statement', 'distractor-ids'],
    notes='conference attendance, meeting name is the title; 3 days, last day; registration number distractor',
    name=N, title=T, date='2025-03-08', credits=12.5, unit='contact hour',
    provider=['Gulf Coast Society for Laboratory Professionals', 'GCSLP'], aid='GCLPC25',
    page=dict(landscape=False, font='serif', accent='#006064', align='center'),
    blocks=[B('title', T, {'size': 24}),
            B('p', 'March 6 – 8, 2025  |  Biloxi, Mississippi', {'italic': True}),
            B('sp', 14),
            B('h2', 'Certificate of Attendance', {'bold': True, 'size': 18}),
            B('p', 'Gulf Coast Society for Laboratory Professionals certifies that'),
            B('name', N, {'size': 20}),
            B('p', 'attended the conference and earned the continuing education credit shown below.'),
            B('table', [['Registration #', 'R-2025-1187'], ['Event Code', 'GCLPC25'], ['P.A.C.E.® Contact Hours Earned', '12.5']]),
            B('small', 'The Gulf Coast Society for Laboratory Professionals (GCSLP) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f31 ASCP, ReportLab, letter-spaced (explicit spaces), two-page
N = 'Leopold Mwangi-Hartmann'; T = 'Digital Pathology Validation: Applying the Updated Guideline'
add(id='f31', style='ASCP', producer='reportlab',
    layout=['portrait', 'two-page', 'letter-spaced-name', 'date-long', 'accreditation-statement', 'distractor-dates'],
    notes='name letter-spaced with inserted spaces; page 2 contains credit statement; expiry distractor',
    name=N, title=T, date='2025-12-02', credits=1.0, unit='CMLE',
    provider=['American Society for Clinical Pathology', 'ASCP'], aid='DP-1202',
    page=dict(landscape=False, font='serif', accent='#0b3d6e', border='double'),
    blocks=[B('p', 'American Society for Clinical Pathology', {'size': 16, 'bold': True}),
            B('sp', 40),
            B('title', 'Certificate\nof Completion', {'size': 34}),
            B('sp', 20),
            B('name', N, {'spaced': True, 'size': 18}),
            B('sp', 10),
            B('p', 'has completed'),
            B('h2', T, {'bold': True, 'size': 17}),
            B('p', 'December 2, 2025'),
            B('sp', 30),
            B('sig', [('Vice President, Education', 'ASCP')]),
            B('break',),
            B('h2', 'Credit Statement', {'bold': True, 'align': 'left'}),
            B('p', 'Activity number: DP-1202', {'align': 'left'}),
            B('p', 'ASCP designates this activity for 1.0 CMLE credit. ASCP CMLE credit is accepted by the ASCP Board of Certification Credential Maintenance Program (CMP).', {'align': 'left'}),
            B('p', 'The ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', {'align': 'left'}),
            B('p', 'Online access to this activity expires December 31, 2026.', {'align': 'left', 'size': 10})])

# ---- f32 AABB, TCPDF, labels above grid, 2025-03-05 ISO
N = 'Wilhelmina Oyelowo'; T = 'Cold Agglutinin Disease and Pretransfusion Testing'
add(id='f32', style='AABB', producer='tcpdf',
    layout=['landscape-centred', 'labels-above', 'date-iso', 'distractor-ids', 'credentials-after-name'],
    notes='labels above values; credentials appear only in the grid value',
    name=N, title=T, date='2025-03-05', credits=1.0, unit='contact hour',
    provider=['AABB'], aid='25VA-0305',
    page=dict(landscape=True, font='sans', accent='#8b1a1a', border='single'),
    blocks=[B('p', 'AABB', {'size': 32, 'bold': True, 'color': '#8b1a1a'}),
            B('title', 'Certificate of Participation', {'size': 26}),
            B('p', T, {'size': 15, 'bold': True}),
            B('sp', 14),
            B('grid', [['Participant Name', 'Activity Date', 'Contact Hours'], [N + ', MLS(ASCP)CM', '2025-03-05', '1.0']]),
            B('grid', [['Activity Number', 'Member ID', 'Format'], ['25VA-0305', 'M-0090213', 'Virtual Academy recording']]),
            B('small', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f33 CAP, FPDF, multi-credit (CME + CE)
N = 'Anjali Venkataraman'; T = 'Next-Generation Sequencing Oncology Panels: Wet Bench to Report'
add(id='f33', style='CAP', producer='fpdf',
    layout=['portrait', 'multi-credit', 'title-wrap', 'date-long', 'distractor-dates'],
    notes='CAP shows AMA PRA credits and CE hours for lab professionals; CE figure is gold; "Dr." prefix and ", MD" printed around the name are dropped',
    name=N, title=T, date='2025-10-15', credits=1.5, unit='CE hour',
    provider=['College of American Pathologists', 'CAP'], aid='NGS-1015',
    page=dict(landscape=False, font='serif', accent='#00558c', border='double'),
    blocks=[B('p', 'College of American Pathologists', {'size': 18, 'bold': True}),
            B('sp', 10),
            B('title', 'Certificate', {'size': 32}),
            B('p', 'awarded to'),
            B('name', 'Dr. ' + N + ', MD'),
            B('p', 'for participation in the CAP webinar'),
            B('h2', T, {'bold': True, 'size': 16}),
            B('p', 'Webinar date: October 15, 2025     Activity code: NGS-1015', {'size': 11}),
            B('table', [['Credit', 'Amount'], ['AMA PRA Category 1 Credits', '1.50'], ['CE hours (laboratory professionals)', '1.5']]),
            B('p', 'The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians. This certificate was printed on November 3, 2025.', {'size': 9}),
            B('sig', [('CAP Learning', 'Northfield, Illinois')])])

# ---- f34 PACE provider, AcroForm, small; values beside
N = 'Gwendolyn Achebe-Ross'; T = 'Quality Indicators for the Preanalytical Phase'
add(id='f34', style='PACE-provider', producer='acroform',
    layout=['landscape-centred', 'two-column', 'values-beside', 'date-long', 'form-fields', 'accreditation-statement'],
    notes='AcroForm not flattened; values in fields beside printed labels',
    name=N, title=T, date='2025-08-28', credits=2.0, unit='contact hour',
    provider=['Mid-Atlantic Laboratory Learning Network', 'MALLN'], aid='MA-2025-088',
    page=dict(landscape=True, font='serif', accent='#3e2723', border='single'),
    blocks=[B('title', 'Mid-Atlantic Laboratory Learning Network', {'size': 22}),
            B('h2', 'Verification of Continuing Education Credit', {'size': 15}),
            B('sp', 6),
            B('kv', [('Participant', N), ('Program', T), ('P.A.C.E. Program #', 'MA-2025-088'), ('Date Completed', 'August 28, 2025'),
                     ('Contact Hours', '2.0')]),
            B('sp', 10),
            B('small', 'Mid-Atlantic Laboratory Learning Network (MALLN) is approved as a provider of continuing education programs in the clinical laboratory\nsciences by the ASCLS P.A.C.E.(R) Program.'),
            B('sig', [('Program Coordinator', 'MALLN')])])

# ---- f35 LabCE, AcroForm flattened, table, CEU? no: contact hours
N = 'Maximilian Ó Dálaigh'; T = 'Hemoglobinopathies: Interpreting HPLC and Electrophoresis Patterns'
add(id='f35', style='LabCE', producer='acroform-flat',
    layout=['portrait', 'table', 'diacritics', 'date-us-numeric', 'form-flattened', 'distractor-ids'],
    notes='flattened AcroForm with table cells; order number distractor',
    name=N, title=T, date='2025-11-20', credits=2.5, unit='contact hour',
    provider=['LabCE.com'], aid='3049',
    page=dict(landscape=False, font='sans', accent='#1565c0', border='single'),
    blocks=[B('title', 'LabCE.com', {'size': 26}),
            B('p', 'Certificate of Completion', {'size': 16, 'bold': True}),
            B('sp', 10),
            B('table', [['Participant', N], ['Course', 'Hemoglobinopathies: Interpreting HPLC'], ['', 'and Electrophoresis Patterns'],
                        ['Course #', '3049'], ['Date', '11/20/2025'], ['P.A.C.E. Hours', '2.5'], ['Order #', '7781-22093']]),
            B('sp', 8),
            B('small', 'LabCE.com is approved as a provider of continuing education programs in the clinical laboratory sciences by\nthe ASCLS P.A.C.E. Program.')])

# ---- f36 MediaLab, Ghostscript, letter-spaced
N = 'Rosalía Etxeberria'; T = 'Laboratory Math: Dilutions, Molarity, and Unit Conversions'
add(id='f36', style='MediaLab', producer='ghostscript',
    layout=['portrait', 'letter-spaced-name', 'diacritics', 'date-dmy', 'distractor-ids', 'accreditation-statement'],
    notes='letter-spaced name with inserted spaces; day-month-year date',
    name=N, title=T, date='2025-03-11', credits=2.0, unit='contact hour',
    provider=['MediaLab, Inc.', 'MediaLab'], aid='ML-MATH-01',
    page=dict(landscape=False, font='sans', accent='#2e7d32', border='double'),
    blocks=[B('p', 'MediaLab, Inc.', {'size': 20, 'bold': True}),
            B('sp', 30),
            B('title', 'CERTIFICATE OF COMPLETION', {'size': 22}),
            B('sp', 10),
            B('name', N, {'spaced': True, 'size': 18}),
            B('sp', 6),
            B('p', 'successfully completed the online course'),
            B('p', T, {'bold': True, 'size': 14}),
            B('sp', 10),
            B('p', 'Date of completion: 11 March 2025'),
            B('p', 'Credit: 2.0 contact hours'),
            B('p', 'Course ID: ML-MATH-01      Account: 0015-88321', {'size': 10}),
            B('sp', 20),
            B('small', 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences\nby the ASCLS P.A.C.E.(R) Program.')])

# ---- f37 state society, Chromium, multi-day, two-column table with sessions -> meeting title
N = 'Cassius Pemberton-Oduya'; T = 'Annual Meeting of the Carolinas Clinical Laboratory Science Society'
add(id='f37', style='state-society', producer='chromium',
    layout=['portrait', 'table', 'multi-day', 'title-wrap', 'date-long', 'accreditation-statement', 'credentials-after-name'],
    notes='meeting attendance with a session list; title is the meeting name; last day of meeting',
    name=N, title=T, date='2025-04-25', credits=9.0, unit='contact hour',
    provider=['Carolinas Clinical Laboratory Science Society', 'CCLSS'], aid='CCLSS-AM25',
    page=dict(landscape=False, font='sans', accent='#283593', border='single'),
    css='table.box { width: 90%; font-size: 10pt; }',
    blocks=[B('p', 'Carolinas Clinical Laboratory Science Society', {'size': 14, 'bold': True}),
            B('title', 'Certificate of Attendance', {'size': 28}),
            B('p', N + ', MLS(ASCP)', {'size': 18, 'bold': True}),
            B('p', 'attended the'),
            B('h2', T, {'bold': True, 'size': 18}),
            B('p', 'April 23–25, 2025  ·  Charleston, South Carolina  ·  Event code CCLSS-AM25'),
            B('table', [['Session', 'Hours'], ['Opening keynote: The Laboratory Workforce', '1.0'], ['Hematology case studies', '2.0'],
                        ['Transfusion reactions workshop', '2.0'], ['Microbiology roundtable', '2.0'], ['Management track', '2.0'],
                        ['Total P.A.C.E.® contact hours', '9.0']]),
            B('small', 'The Carolinas Clinical Laboratory Science Society (CCLSS) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f38 hospital in-service, fodt, orientation topic, no id
N = 'Teodora Vasilescu'; T = 'Orientation and Labeling of Mohs Surgical Specimens'
add(id='f38', style='hospital-inservice', producer='libreoffice-fodt',
    layout=['portrait', 'orientation-topic', 'two-column', 'values-beside', 'date-iso', 'distractor-dates'],
    notes='"Orientation" is the real topic; attendance sheet style; review date distractor; no activity id',
    name=N, title=T, date='2025-02-04', credits=0.75, unit='contact hour',
    provider=['Lakeview University Hospital', 'LUH'], aid=None,
    page=dict(landscape=False, font='sans', accent='#37474f', border='none', align='left'),
    blocks=[B('p', 'Lakeview University Hospital — Histology Laboratory', {'size': 13, 'bold': True}),
            B('p', 'Continuing Education / In-Service Record', {'size': 11}),
            B('sp', 18),
            B('title', 'Certificate of In-Service Completion', {'size': 22}),
            B('sp', 8),
            B('kv', [('Employee:', N), ('In-service:', T), ('Completed:', '2025-02-04'), ('Contact hours:', '0.75'),
                     ('Instructor:', 'Rafael Quiñones, HT(ASCP)'), ('Reviewed by supervisor:', '2025-02-10')]),
            B('sp', 20),
            B('p', 'This in-service was provided by Lakeview University Hospital (LUH) Department of Pathology for histology staff.', {'size': 10}),
            B('sig', [('Histology Supervisor', 'LUH'), ('Laboratory Director', 'LUH')])])

# ---- f39 joint accreditation, docx, two pages, multi-credit
N = 'Seraphina Kowalczyk'; T = 'Interprofessional Management of Heparin-Induced Thrombocytopenia'
add(id='f39', style='joint-accreditation', producer='libreoffice-docx',
    layout=['portrait', 'two-page', 'multi-credit', 'date-long', 'accreditation-statement', 'distractor-ids'],
    notes='page 2 has the joint accreditation statement and credit table; P.A.C.E. figure is gold',
    name=N, title=T, date='2025-11-13', credits=1.0, unit='contact hour',
    provider=['Riverbend Interprofessional Continuing Education', 'RICE'], aid='RICE-1113-HIT',
    page=dict(landscape=False, font='serif', accent='#bf360c'),
    blocks=[B('p', 'Riverbend Interprofessional Continuing Education (RICE)', {'size': 14, 'bold': True}),
            B('sp', 30),
            B('title', 'Certificate of Completion', {'size': 30}),
            B('sp', 10),
            B('name', N),
            B('p', 'completed the enduring activity'),
            B('h2', T, {'bold': True}),
            B('p', 'on November 13, 2025'),
            B('p', 'Activity #: RICE-1113-HIT       Transaction: T-66410922', {'size': 10}),
            B('break',),
            B('h2', 'Credit Designation', {'bold': True, 'align': 'left'}),
            B('table', [['Physicians', '1.00 AMA PRA Category 1 Credit™'], ['Nurses', '1.0 ANCC contact hour'],
                        ['Pharmacists', '1.0 ACPE contact hour (0.1 CEU)'], ['Laboratory professionals', '1.0 P.A.C.E.® contact hour']]),
            B('p', 'In support of improving patient care, Riverbend Interprofessional Continuing Education is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', {'align': 'left', 'size': 10}),
            B('p', 'Riverbend Interprofessional Continuing Education is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', {'align': 'left', 'size': 10})])

# ---- f40 university CEU, ReportLab, letter-spaced caps
N = 'MARGUERITE DUBOIS-LEBLANC'; T = 'Foundations of Clinical Laboratory Management'
add(id='f40', style='university-CEU', producer='reportlab',
    layout=['landscape-centred', 'ceu', 'caps-name', 'letter-spaced-name', 'date-words', 'distractor-ids'],
    notes='2.4 CEUs; name in caps and letter-spaced; date in words',
    name=N, title=T, date='2025-05-09', credits=2.4, unit='CEU',
    provider=['Coastal Pacific University Extension', 'CPU Extension'], aid='CLM-110',
    page=dict(landscape=True, font='serif', accent='#1a237e', border='double'),
    blocks=[B('p', 'Coastal Pacific University Extension', {'size': 18, 'bold': True}),
            B('title', 'Certificate of Completion', {'size': 30}),
            B('p', 'The Regents of the University, on the recommendation of CPU Extension, certify that'),
            B('name', N, {'spaced': True, 'size': 18}),
            B('p', 'has completed'),
            B('h2', T, {'bold': True}),
            B('p', 'Course CLM-110, concluded on the ninth day of May, 2025, and has been awarded'),
            B('p', '2.4 Continuing Education Units', {'bold': True}),
            B('small', 'Enrollment No. E-2025-004471. One CEU is ten hours of participation in an organized continuing education experience.')])

# ---- f41 ADLM, TCPDF, claimed of max
N = 'Hamid Rostami-Farahani'; T = 'Troponin Testing: High-Sensitivity Assays and Rapid Rule-Out Pathways'
add(id='f41', style='ADLM-ACCENT', producer='tcpdf',
    layout=['portrait', 'claimed-of-max', 'two-column', 'values-beside', 'date-long', 'title-wrap'],
    notes='"0.75 of 1.0 maximum" claimed ACCENT credit (unit mapped to CE hour)',
    name=N, title=T, date='2025-09-04', credits=0.75, unit='CE hour',
    provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], aid='ADLM-W-0904',
    page=dict(landscape=False, font='sans', accent='#00607a', border='single', align='left'),
    blocks=[B('p', 'Association for Diagnostics & Laboratory Medicine', {'size': 15, 'bold': True}),
            B('p', 'ADLM Learning Lab', {'size': 10, 'italic': True}),
            B('sp', 16),
            B('title', 'Certificate of Continuing Education', {'size': 22}),
            B('sp', 6),
            B('kv', [('Learner', N), ('Activity title', T), ('Activity ID', 'ADLM-W-0904'), ('Date completed', 'September 4, 2025'),
                     ('ACCENT® credit claimed', '0.75 of 1.0 maximum')]),
            B('sp', 10),
            B('small', 'ADLM designates this activity for a maximum of 1.0 ACCENT® credit hour. Learners claim only credit commensurate with participation.')])

# ---- f42 NSH, FPDF, regional histology meeting symposium
N = 'Zoë van der Linden'; T = 'IHC Antibody Validation Workshop'
add(id='f42', style='NSH', producer='fpdf',
    layout=['landscape-centred', 'particle', 'diacritics', 'table', 'date-long', 'accreditation-statement', 'format-word'],
    notes='NSH symposium workshop; "the hands-on workshop" format word; table of details',
    name=N, title=T, date='2025-09-13', credits=3.0, unit='contact hour',
    provider=['National Society for Histotechnology', 'NSH'], aid='WS-112',
    page=dict(landscape=True, font='sans', accent='#4a148c', border='double'),
    blocks=[B('p', 'National Society for Histotechnology', {'size': 16, 'bold': True}),
            B('title', 'Certificate of Completion', {'size': 26}),
            B('p', N, {'size': 22, 'bold': True}),
            B('p', 'completed'),
            B('p', 'the hands-on workshop', {'italic': True, 'size': 10}),
            B('h2', T, {'bold': True}),
            B('table', [['Workshop #', 'WS-112'], ['Date', 'September 13, 2025'], ['Contact Hours', '3.0']]),
            B('small', 'The National Society for Histotechnology (NSH) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f43 webinar vendor, AcroForm, labels above
N = 'Percival Nakamura-Holt'; T = 'Lean Six Sigma for the Core Lab'
add(id='f43', style='webinar-vendor', producer='acroform',
    layout=['landscape-centred', 'labels-above', 'date-us-numeric', 'form-fields', 'distractor-ids', 'accreditation-statement'],
    notes='AcroForm not flattened; labels above values; attendee number distractor',
    name=N, title=T, date='2025-01-09', credits=1.0, unit='contact hour',
    provider=['LabLeaders Live Webinar Series', 'LabLeaders'], aid='LL-0109',
    page=dict(landscape=True, font='sans', accent='#00838f', border='single'),
    blocks=[B('title', 'LabLeaders Live Webinar Series', {'size': 24}),
            B('h2', 'Certificate of Attendance', {'size': 16, 'bold': True}),
            B('sp', 16),
            B('grid', [['Attendee', 'Webinar', 'Webinar ID'], [N, T, 'LL-0109']]),
            B('sp', 4),
            B('grid', [['Date Attended', 'P.A.C.E. Contact Hours', 'Attendee No.'], ['01/09/2025', '1.0', 'A-550183']]),
            B('sp', 14),
            B('small', 'LabLeaders Live Webinar Series is approved as a provider of continuing education programs in the clinical laboratory sciences by the\nASCLS P.A.C.E.(R) Program.')])

# ---- f44 regional meeting, AcroForm flattened, session certificate
N = 'Ulrich Abernethy-Sowande'; T = 'Updates in Mycology: Candidozyma auris Identification'
add(id='f44', style='regional-meeting', producer='acroform-flat',
    layout=['portrait', 'two-column', 'values-beside', 'date-long', 'form-flattened', 'accreditation-statement'],
    notes='single-session certificate from a regional meeting; session title is the title',
    name=N, title=T, date='2025-10-17', credits=1.0, unit='contact hour',
    provider=['Rocky Mountain Regional Laboratory Meeting', 'RMRLM'], aid='S-14',
    page=dict(landscape=False, font='serif', accent='#5d4037', border='single'),
    blocks=[B('title', 'Rocky Mountain Regional\nLaboratory Meeting', {'size': 24}),
            B('p', 'October 15-17, 2025 - Denver, Colorado'),
            B('sp', 10),
            B('h2', 'Session Attendance Certificate', {'bold': True}),
            B('sp', 6),
            B('kv', [('Name', N), ('Session', T), ('Session No.', 'S-14'), ('Session Date', 'October 17, 2025'),
                     ('Contact Hours', '1.0')]),
            B('sp', 12),
            B('small', 'Rocky Mountain Regional Laboratory Meeting (RMRLM) is approved as a provider of continuing\neducation programs in the clinical laboratory sciences by the ASCLS P.A.C.E. Program.')])

# ---- f45 ASCP, Ghostscript, caps name, table
N = 'FATIMA AL-ZAHRAWI'; T = 'Body Fluid Cell Counts and Differentials'
add(id='f45', style='ASCP', producer='ghostscript',
    layout=['portrait', 'caps-name', 'table', 'date-us-numeric', 'distractor-ids', 'credentials-after-name'],
    notes='name in caps with credentials; CMLE in a table; order number distractor',
    name=N, title=T, date='2025-06-30', credits=1.0, unit='CMLE',
    provider=['American Society for Clinical Pathology', 'ASCP'], aid='BF-0630',
    page=dict(landscape=False, font='serif', accent='#0b3d6e', border='double'),
    blocks=[B('title', 'American Society for\nClinical Pathology', {'size': 24}),
            B('sp', 10),
            B('h2', 'CMLE Credit Certificate', {'bold': True, 'size': 16}),
            B('sp', 10),
            B('name', N + ', MLS(ASCP)', {'size': 18}),
            B('sp', 4),
            B('table', [['Activity', T], ['Activity Number', 'BF-0630'], ['Completion Date', '06/30/2025'],
                        ['CMLE Credits', '1.0'], ['Order Number', 'ORD-4471190']]),
            B('sp', 10),
            B('small', 'ASCP CMLE credits may be applied toward the ASCP BOC Credential Maintenance Program.')])

# ---- f46 P.A.C.E. provider, Chromium, values beside, date with ordinal
N = 'Bartholomew Kiplagat'; T = 'Lupus Anticoagulant Testing: Mixing Studies and Confirmatory Assays'
add(id='f46', style='PACE-provider', producer='chromium',
    layout=['landscape-centred', 'two-column', 'values-beside', 'date-long', 'accreditation-statement', 'issuer-line', 'distractor-dates'],
    notes='issuer line under heading; "Date Issued" distractor',
    name=N, title=T, date='2025-07-31', credits=1.5, unit='contact hour',
    provider=['Hemostasis Educators Network', 'HEN'], aid='HEN-2507',
    page=dict(landscape=True, font='gothic', accent='#b71c1c', border='double'),
    blocks=[B('title', 'Certificate of Completion', {'size': 32}),
            B('p', 'Hemostasis Educators Network (HEN)', {'size': 14, 'italic': True}),
            B('sp', 12),
            B('kv', [('Awarded to', N), ('Course', T), ('Program #', 'HEN-2507'), ('Date completed', 'July 31, 2025'),
                     ('Contact hours', '1.5'), ('Date issued', 'August 5, 2025')]),
            B('sp', 10),
            B('small', 'Hemostasis Educators Network is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f47 LabCE, fodt, cover page (order summary) then certificate
N = 'Ngozi Eze-Whitaker'; T = 'Bacterial Vaginosis and Vaginitis: Microscopy and Molecular Testing'
add(id='f47', style='LabCE', producer='libreoffice-fodt',
    layout=['portrait', 'cover-page', 'date-long', 'distractor-ids', 'distractor-dates', 'accreditation-statement', 'credentials-after-name'],
    notes='page 1 is an order/transcript cover sheet with order number and purchase date; certificate on page 2',
    name=N, title=T, date='2025-08-14', credits=1.0, unit='contact hour',
    provider=['LabCE'], aid='1903',
    page=dict(landscape=False, font='sans', accent='#1565c0', border='single', align='left'),
    blocks=[B('p', 'LabCE — Order Summary', {'size': 16, 'bold': True}),
            B('kv', [('Order #', 'LC-9920381'), ('Purchase date', 'July 30, 2025'), ('Customer #', '300-44-871'),
                     ('Items', '1 course')]),
            B('p', 'Your certificate of completion follows on the next page. Certificates remain available in your LabCE account transcript.', {'size': 10}),
            B('break',),
            B('title', 'Certificate of Completion', {'size': 30, 'align': 'center'}),
            B('p', 'LabCE certifies that', {'align': 'center'}),
            B('name', N + ', MLT(ASCP)', {'align': 'center'}),
            B('p', 'successfully completed the course', {'align': 'center'}),
            B('h2', T, {'bold': True, 'align': 'center'}),
            B('p', 'Course #1903 · 1.0 contact hour · Completed August 14, 2025', {'align': 'center'}),
            B('small', 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', {'align': 'center'})])

# ---- f48 MediaLab, docx, landscape, values beside, 3-line title
N = 'Ignatius Ferreira-Lobo'; T = 'CLIA Regulations for Laboratory Personnel: Qualifications, Responsibilities, Competency Assessment, and Documentation Requirements for Moderate and High Complexity Testing'
add(id='f48', style='MediaLab', producer='libreoffice-docx',
    layout=['landscape-centred', 'title-wrap', 'date-us-numeric', 'accreditation-statement', 'distractor-dates'],
    notes='title wraps onto 2-3 lines; print date distractor',
    name=N, title=T, date='2025-12-10', credits=3.0, unit='contact hour',
    provider=['MediaLab, Inc.', 'MediaLab'], aid='CLIA-300',
    page=dict(landscape=True, font='serif', accent='#3b6e22'),
    blocks=[B('p', 'MediaLab, Inc.', {'size': 20, 'bold': True, 'color': '#3b6e22'}),
            B('title', 'Certificate of Completion', {'size': 30}),
            B('name', N),
            B('p', 'has completed'),
            B('h2', T, {'bold': True, 'size': 17}),
            B('p', 'Course ID CLIA-300  —  Completed 12/10/2025  —  3.0 contact hours'),
            B('small', 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.  Printed 12/11/2025.')])

# ---- f49 state society, ReportLab, table, meeting name only
N = 'Beatriz Albornoz de Mello'; T = 'Keystone Laboratory Science Fall Forum'
add(id='f49', style='state-society', producer='reportlab',
    layout=['portrait', 'table', 'particle', 'multi-day', 'date-iso', 'accreditation-statement'],
    notes='state society forum attendance; meeting name as title; ISO date range',
    name=N, title=T, date='2025-11-08', credits=8.0, unit='contact hour',
    provider=['Pennsylvania Society for Clinical Laboratory Science', 'PSCLS'], aid='PSCLS-FF25',
    page=dict(landscape=False, font='sans', accent='#0d47a1', border='double'),
    blocks=[B('p', 'Pennsylvania Society for Clinical Laboratory Science', {'size': 15, 'bold': True}),
            B('p', '(PSCLS)', {'size': 11}),
            B('title', 'Certificate of Attendance', {'size': 26}),
            B('table', [['Attendee', N], ['Meeting', T], ['Dates', '2025-11-07 to 2025-11-08'], ['Location', 'Harrisburg, PA'],
                        ['Event code', 'PSCLS-FF25'], ['P.A.C.E.® contact hours', '8.0']]),
            B('small', 'The Pennsylvania Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
            B('sig', [('Tobias Grünewald', 'PSCLS Education Chair')])])

# ---- f50 hospital in-service, TCPDF, orientation topic, labels above
N = 'Ophelia Ransome-Kuti'; T = 'Gross Specimen Orientation: Margins, Sutures, and Inking Conventions'
add(id='f50', style='hospital-inservice', producer='tcpdf',
    layout=['landscape-centred', 'labels-above', 'orientation-topic', 'date-long', 'distractor-ids'],
    notes='"Orientation" is the actual grossing topic; course code printed as "Class Code"',
    name=N, title=T, date='2025-06-18', credits=1.0, unit='contact hour',
    provider=['Fairhaven Memorial Hospital', 'FMH'], aid='AP-IS-0618',
    page=dict(landscape=True, font='serif', accent='#00695c', border='double'),
    blocks=[B('p', 'Fairhaven Memorial Hospital  ·  Anatomic Pathology', {'size': 14, 'bold': True}),
            B('title', 'Certificate of Attendance', {'size': 28}),
            B('p', 'Laboratory In-Service Program'),
            B('h2', T, {'bold': True}),
            B('sp', 10),
            B('grid', [['Participant', 'Date of Completion', 'Contact Hours', 'Class Code'], [N, 'June 18, 2025', '1.0', 'AP-IS-0618']]),
            B('p', 'Badge ID: 77120', {'size': 9}),
            B('sig', [('Pathologists\u2019 Assistant Educator', 'FMH Anatomic Pathology')])])

# ---- f51 joint accreditation, FPDF, multi-credit, claimed
N = 'Cuthbert Oyinlola-Marsh'; T = 'Antimicrobial Stewardship and the Microbiology Laboratory'
add(id='f51', style='joint-accreditation', producer='fpdf',
    layout=['portrait', 'multi-credit', 'claimed-of-max', 'table', 'date-us-numeric', 'accreditation-statement'],
    notes='table of credit types; P.A.C.E. 1.25 claimed of 1.5; AMA PRA 1.50 distractor',
    name=N, title=T, date='2025-02-20', credits=1.25, unit='contact hour',
    provider=['Summit Health Continuing Education', 'SHCE'], aid='SHCE-25-022',
    page=dict(landscape=False, font='sans', accent='#4527a0', border='single'),
    blocks=[B('p', 'Summit Health Continuing Education', {'size': 17, 'bold': True}),
            B('title', 'Certificate of Participation', {'size': 24}),
            B('p', 'This is to certify that'),
            B('name', N),
            B('p', 'participated in the virtual grand rounds'),
            B('h2', T, {'bold': True}),
            B('p', 'Date: 02/20/2025     Activity ID: SHCE-25-022', {'size': 11}),
            B('table', [['Credit type', 'Claimed / available'], ['AMA PRA Category 1 Credit(TM)', '1.50 / 1.50'],
                        ['ANCC contact hours', '1.50 / 1.50'], ['P.A.C.E.® contact hours', '1.25 of a possible 1.5']]),
            B('small', 'In support of improving patient care, Summit Health Continuing Education (SHCE) is jointly accredited by the ACCME, ACPE, and ANCC to provide continuing education for the healthcare team. SHCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f52 university CEU, AcroForm, CEU 0.6
N = 'Émilie Gagnon-Tremblay'; T = 'Phlebotomy Refresher for Laboratory Assistants'
add(id='f52', style='university-CEU', producer='acroform',
    layout=['portrait', 'ceu', 'diacritics', 'two-column', 'values-beside', 'date-long', 'form-fields', 'distractor-ids'],
    notes='0.6 CEU = 6 points; AcroForm not flattened; section number distractor',
    name=N, title=T, date='2025-10-30', credits=0.6, unit='CEU',
    provider=['Great Lakes Community College, Workforce and Continuing Education', 'GLCC'], aid='HLTH-9041',
    page=dict(landscape=False, font='serif', accent='#1b5e20', border='single'),
    blocks=[B('title', 'Great Lakes Community College', {'size': 22}),
            B('p', 'Workforce and Continuing Education (GLCC)'),
            B('sp', 8),
            B('h2', 'Certificate of Completion', {'size': 18, 'bold': True}),
            B('sp', 4),
            B('kv', [('Student', N), ('Course', T), ('Course No.', 'HLTH-9041'), ('Section', '002'),
                     ('Completed', 'October 30, 2025'), ('CEUs Awarded', '0.6')]),
            B('sp', 10),
            B('small', 'Great Lakes Community College, Workforce and Continuing Education awards CEUs in accordance with\nIACET criteria (1 CEU = 10 contact hours).'),
            B('sig', [('Director, Workforce and Continuing Education', 'GLCC')])])

# ---- f53 NSH, AcroForm flattened, quoted title
N = 'Percy Ellingsworth-Baptiste'; T = 'Decalcification Without Regret'
add(id='f53', style='NSH', producer='acroform-flat',
    layout=['landscape-centred', 'quoted-title', 'date-long', 'form-flattened', 'accreditation-statement', 'format-word'],
    notes='flattened AcroForm; quoted title value in field; "the recorded webinar" format word',
    name=N, title=T, date='2025-03-19', credits=1.0, unit='contact hour',
    provider=['National Society for Histotechnology', 'NSH'], aid='NSH-W-0319',
    page=dict(landscape=True, font='serif', accent='#4a148c', border='single'),
    blocks=[B('p', 'National Society for Histotechnology (NSH)', {'size': 16, 'bold': True}),
            B('title', 'Certificate of Completion', {'size': 28}),
            B('name', N),
            B('p', 'has viewed'),
            B('p', 'the recorded webinar', {'italic': True, 'size': 10}),
            B('p', '"' + T + '"', {'bold': True, 'size': 15, 'field': True}),
            B('kv', [('Webinar ID', 'NSH-W-0319'), ('Completion date', 'March 19, 2025'), ('Contact hours', '1.0')]),
            B('small', 'The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences\nby the ASCLS P.A.C.E.(R) Program.')])

# ---- f54 ADLM (AACC legacy name), Ghostscript, values beside
N = 'Aleksander Novak'; T = 'Clinical Chemistry Method Comparison Using Passing-Bablok Regression'
add(id='f54', style='ADLM-ACCENT', producer='ghostscript',
    layout=['portrait', 'two-column', 'values-beside', 'title-wrap', 'date-iso', 'distractor-dates'],
    notes='legacy AACC name; ACCENT (unit mapped to CE hour); certificate date distractor',
    name=N, title=T, date='2025-01-22', credits=1.5, unit='CE hour',
    provider=['American Association for Clinical Chemistry', 'AACC'], aid='AACC-LL-0122',
    page=dict(landscape=False, font='sans', accent='#00607a', border='double', align='left'),
    blocks=[B('title', 'American Association for Clinical Chemistry', {'size': 18}),
            B('p', 'AACC Learning Lab', {'italic': True}),
            B('sp', 12),
            B('h2', 'ACCENT(R) Continuing Education Certificate', {'bold': True}),
            B('sp', 6),
            B('kv', [('Participant:', N), ('Activity:', T), ('Activity No.:', 'AACC-LL-0122'), ('Date of completion:', '2025-01-22'),
                     ('ACCENT(R) credits:', '1.5'), ('Certificate date:', '2025-01-23')]),
            B('sp', 16),
            B('small', 'AACC designates this online activity for a maximum of 1.5 ACCENT(R) credit hours.')])

# ---- f55 webinar vendor, Chromium, 2-page, claimed credit
N = 'Xiomara Delgado Fuentes'; T = 'Digital Morphology Analyzers: Implementation Lessons Learned'
add(id='f55', style='webinar-vendor', producer='chromium',
    layout=['landscape-centred', 'two-page', 'date-long', 'accreditation-statement', 'format-word', 'distractor-ids'],
    notes='page 2 has accreditation statement and evaluation confirmation; "the live webinar" format word',
    name=N, title=T, date='2025-09-24', credits=1.0, unit='contact hour',
    provider=['PathWave Learning', 'PathWave'], aid='PW-24-0924',
    page=dict(landscape=True, font='sans', accent='#0277bd', border='single'),
    blocks=[B('p', 'PathWave Learning', {'size': 22, 'bold': True, 'color': '#0277bd'}),
            B('title', 'Certificate of Completion', {'size': 32}),
            B('p', 'Presented to'),
            B('name', N),
            B('p', 'for participating in'),
            B('p', 'the live webinar', {'italic': True, 'size': 10}),
            B('h2', T, {'bold': True}),
            B('p', 'September 24, 2025'),
            B('break',),
            B('h2', 'Continuing Education Details', {'bold': True}),
            B('kv', [('Webinar ID', 'PW-24-0924'), ('P.A.C.E.® contact hours', '1.0'), ('Evaluation confirmation', 'EV-8830021')]),
            B('p', 'PathWave Learning is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', {'size': 11})])

# ---- f56 regional meeting, fodt, landscape, meeting title wraps
N = 'Hildegard Oyelaran-Fitch'; T = 'Pacific Northwest Regional Conference on Laboratory Medicine and Transfusion Science'
add(id='f56', style='regional-meeting', producer='libreoffice-fodt',
    layout=['landscape-centred', 'title-wrap', 'multi-day', 'date-dmy', 'accreditation-statement', 'distractor-ids'],
    notes='meeting name as title wrapping onto 2 lines; dates printed day-month; last day',
    name=N, title=T, date='2025-05-17', credits=10.5, unit='contact hour',
    provider=['Pacific Northwest Laboratory Medicine Council', 'PNLMC'], aid='PNW25',
    page=dict(landscape=True, font='palatino', accent='#2e7d32', border='double'),
    blocks=[B('p', 'Pacific Northwest Laboratory Medicine Council', {'size': 14, 'bold': True}),
            B('title', 'Certificate of Attendance', {'size': 30}),
            B('p', 'awarded to'),
            B('name', N),
            B('p', 'for attending the'),
            B('h2', T, {'bold': True, 'size': 19}),
            B('p', '15–17 May 2025, Spokane, Washington'),
            B('p', 'Conference code PNW25  •  10.5 P.A.C.E.® contact hours  •  Registration 00418', {'size': 11}),
            B('small', 'The Pacific Northwest Laboratory Medicine Council (PNLMC) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f57 ASCP, docx, caps name with credentials, labels above
N = 'DESMOND T. OKONJO-REILLY'; T = 'Laboratory Safety: Chemical, Biological, and Fire Hazards'
add(id='f57', style='ASCP', producer='libreoffice-docx',
    layout=['portrait', 'caps-name', 'credentials-after-name', 'labels-above', 'date-long', 'distractor-ids', 'distractor-dates'],
    notes='name in capitals with credentials; labels above values; expiration and transcript id distractors',
    name=N, title=T, date='2025-04-08', credits=2.0, unit='CMLE',
    provider=['American Society for Clinical Pathology', 'ASCP'], aid='SAF-0408',
    page=dict(landscape=False, font='sans', accent='#0b3d6e', align='left'),
    blocks=[B('p', 'ASCP', {'size': 40, 'bold': True, 'color': '#0b3d6e'}),
            B('p', 'American Society for Clinical Pathology', {'size': 12}),
            B('sp', 24),
            B('title', 'CMLE Certificate of Completion', {'size': 24}),
            B('sp', 10),
            B('name', N + ', MLS(ASCP)CM SM', {'size': 18}),
            B('sp', 10),
            B('grid', [['Activity Title'], [T]]),
            B('grid', [['Activity No.', 'Date of Completion', 'CMLE Credits', 'Transcript ID'], ['SAF-0408', 'April 8, 2025', '2.0', 'TR-5529034']]),
            B('sp', 10),
            B('p', 'Credit for this activity expires from your transcript on April 8, 2028.', {'size': 9})])

# ---- f58 CAP, ReportLab, two-column, quoted title, D Month YYYY
N = 'Rhiannon Llewellyn-Price'; T = 'Proficiency Testing Failures: Root Cause Analysis'
add(id='f58', style='CAP', producer='reportlab',
    layout=['portrait', 'two-column', 'values-beside', 'quoted-title', 'date-dmy', 'distractor-ids'],
    notes='quoted title in a label/value table; CAP number (lab accreditation) distractor',
    name=N, title=T, date='2025-07-02', credits=1.0, unit='CE hour',
    provider=['College of American Pathologists', 'CAP'], aid='PT-RCA-07',
    page=dict(landscape=False, font='serif', accent='#00558c', border='single', align='left'),
    blocks=[B('p', 'College of American Pathologists', {'size': 18, 'bold': True}),
            B('p', 'Education Transcript Certificate', {'size': 12, 'italic': True}),
            B('sp', 20),
            B('kv', [('Learner', N), ('Title', '\u201c' + T + '\u201d'), ('Activity ID', 'PT-RCA-07'),
                     ('Completed', '2 July 2025'), ('CE hours', '1.0'), ('Laboratory CAP Number', '7193402')]),
            B('sp', 14),
            B('p', 'The CAP designates this activity for a maximum of 1.0 CE hour for laboratory professionals.', {'size': 10})])

# ---- f59 AABB, TCPDF, CEU + contact hours (contact hours primary), quoted
N = 'Marie-Hélène Côté'; T = 'Cellular Therapy Chain of Identity'
add(id='f59', style='AABB', producer='tcpdf',
    layout=['portrait', 'diacritics', 'quoted-title', 'date-long', 'accreditation-statement', 'two-column', 'values-beside'],
    notes='AABB annual meeting session; quoted title; P.A.C.E. hours',
    name=N, title=T, date='2025-10-19', credits=1.5, unit='contact hour',
    provider=['AABB'], aid='9312-S',
    page=dict(landscape=False, font='serif', accent='#8b1a1a', border='double'),
    blocks=[B('p', 'AABB', {'size': 30, 'bold': True}),
            B('p', 'Annual Meeting 2025', {'size': 12, 'italic': True}),
            B('title', 'Certificate of Attendance', {'size': 24}),
            B('p', 'This certifies that'),
            B('name', N),
            B('p', 'attended the educational session'),
            B('h2', '\u201c' + T + '\u201d', {'bold': True}),
            B('kv', [('Session #', '9312-S'), ('Session date', 'October 19, 2025'), ('P.A.C.E.® contact hours', '1.5')]),
            B('small', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])

# ---- f60 CLSI, Chromium, labels above, issuer line, portrait
N = 'Kristóf Halász'; T = 'Implementing CLSI M100: What Changed This Year'
add(id='f60', style='CLSI', producer='chromium',
    layout=['portrait', 'labels-above', 'diacritics', 'issuer-line', 'date-us-numeric', 'distractor-dates', 'accreditation-statement'],
    notes='issuer line under the heading; access-expiry distractor',
    name=N, title=T, date='2025-02-06', credits=1.0, unit='contact hour',
    provider=['Clinical and Laboratory Standards Institute', 'CLSI'], aid='M100-25-W',
    page=dict(landscape=False, font='sans', accent='#00695c', border='single'),
    blocks=[B('title', 'Certificate of Completion', {'size': 30}),
            B('p', 'issued by Clinical and Laboratory Standards Institute (CLSI)', {'italic': True}),
            B('sp', 30),
            B('grid', [['Participant', 'Date of Completion', 'Contact Hours'], [N, '02/06/2025', '1.0']]),
            B('sp', 10),
            B('grid', [['Program', 'Program ID'], [T, 'M100-25-W']]),
            B('sp', 10),
            B('grid', [['Access Expires', 'Format'], ['02/06/2026', 'Recorded webinar']]),
            B('sp', 40),
            B('small', 'CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')])


if __name__ == "__main__":
    build(sys.argv[1:] or None)
