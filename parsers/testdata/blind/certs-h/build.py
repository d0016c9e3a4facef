# Renderers for the generic certificate document model used by build.py
import html, os, subprocess, json, shutil
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')

FONTS = {'serif': ('Times-Roman', 'Times-Bold', 'DejaVu Serif', 'Liberation Serif'),
         'sans': ('Helvetica', 'Helvetica-Bold', 'DejaVu Sans', 'Liberation Sans'),
         'mono': ('Courier', 'Courier-Bold', 'DejaVu Sans Mono', 'Liberation Mono')}
SIZES = {'org': 16, 'title': 26, 'p': 11, 'name': 24, 'big': 15, 'small': 8.5, 'left': 10.5, 'h2': 13}
BOLD = {'org', 'title', 'name', 'big', 'h2'}


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)

# ---------------------------------------------------------------- HTML / chromium / tcpdf

def to_html(c, for_tcpdf=False):
    fam = {'serif': 'Georgia, "DejaVu Serif", serif', 'sans': '"Liberation Sans", Arial, sans-serif',
           'mono': '"DejaVu Sans Mono", monospace'}[c['font']]
    if for_tcpdf:
        fam = {'serif': 'dejavuserif', 'sans': 'dejavusans', 'mono': 'dejavusansmono'}[c['font']]
    al = 'center' if c['align'] == 'C' else 'left'
    k = c.get('scale', 1.0)
    out = []
    for el in c['doc']:
        t = el[0]
        if t == 'br':
            out.append('<br pagebreak="true"/>' if for_tcpdf else '<div style="page-break-after:always"></div>')
        elif t == 'sp':
            out.append('<p style="font-size:6pt">&nbsp;</p>' if for_tcpdf else '<div style="height:%dpt"></div>' % (el[1] if len(el) > 1 else 14))
        elif t in SIZES:
            sz = SIZES[t] * k
            st = 'font-size:%.1fpt;text-align:%s;' % (sz, 'left' if t == 'left' else al)
            if t in BOLD: st += 'font-weight:bold;'
            if t == 'small': st += 'color:#444;'
            if t == 'org': st += 'color:%s;' % c.get('color', '#1a3d6d')
            if t == 'name' and c.get('lsp') and not for_tcpdf: st += 'letter-spacing:0.35em;'
            if t == 'title' and not for_tcpdf: st += 'margin:6pt 0;'
            txt = html.escape(el[1]).replace('\n', '<br/>')
            out.append('<p style="%s">%s</p>' % (st, txt))
        elif t == 'kv':
            rows = ''.join('<tr><td style="font-weight:bold;width:38%%;padding:3pt;vertical-align:top;">%s</td><td style="padding:3pt;vertical-align:top;">%s</td></tr>'
                           % (html.escape(a), html.escape(b)) for a, b in el[1])
            out.append('<table style="font-size:%.1fpt;margin:8pt auto;width:85%%;border-collapse:collapse;" width="85%%" cellpadding="3">%s</table>' % (11 * k, rows))
        elif t == 'above':
            n = len(el[1])
            h = ''.join('<td style="font-size:%.1fpt;color:#555;border-top:1px solid #888;text-align:center;">%s</td>' % (8 * k, html.escape(a)) for a, b in el[1])
            v = ''.join('<td style="font-size:%.1fpt;text-align:center;">%s</td>' % (11 * k, html.escape(b)) for a, b in el[1])
            out.append('<table style="width:95%%;margin:10pt auto;" width="100%%" cellpadding="3"><tr>%s</tr><tr>%s</tr></table>' % (v, h))
        elif t == 'grid':
            hd = ''.join('<th style="border:1px solid #333;background:#ddd;padding:3pt;">%s</th>' % html.escape(x) for x in el[1])
            rs = ''.join('<tr>%s</tr>' % ''.join('<td style="border:1px solid #333;padding:3pt;">%s</td>' % html.escape(x) for x in r) for r in el[2])
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:%.1fpt;margin:8pt auto;width:85%%;" width="100%%"><tr>%s</tr>%s</table>' % (10 * k, hd, rs))
    body = '\n'.join(out)
    if for_tcpdf:
        return '<div style="font-family:%s;">%s</div>' % (fam, body)
    size = 'letter landscape' if c['orient'] == 'L' else 'letter portrait'
    border = c.get('border', '6px double #1a3d6d')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:%s;margin:0.45in}'
            'body{font-family:%s;margin:0} p{margin:4pt 0} .frame{border:%s;padding:18pt 30pt;min-height:%s}'
            '</style></head><body><div class="frame">%s</div></body></html>'
            % (size, fam, border, '6.6in' if c['orient'] == 'L' else '9.2in', body.replace('<div style="page-break-after:always"></div>', '</div><div style="page-break-after:always"></div><div class="frame">')))


def r_chromium(c, pdf):
    src = os.path.join(SRC, c['id'] + '.html')
    open(src, 'w').write(to_html(c))
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--print-to-pdf=' + pdf, 'file://' + src])


def r_tcpdf(c, pdf):
    src = os.path.join(SRC, c['id'] + '.php')
    h = to_html(c, for_tcpdf=True)
    php = """<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('%s', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetMargins(50, 45, 50); $pdf->SetAutoPageBreak(true, 40);
$pdf->AddPage();
$pdf->writeHTML(%s, true, false, true, false, '');
$pdf->Output(%s, 'F');
""" % (c['orient'], php_str(h), php_str(pdf))
    open(src, 'w').write(php)
    run(['php', src])


def php_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"

# ---------------------------------------------------------------- FODT / soffice

def r_fodt(c, pdf):
    fam = FONTS[c['font']][3]
    k = c.get('scale', 1.0)
    al = 'center' if c['align'] == 'C' else 'start'
    w, h = ('11in', '8.5in') if c['orient'] == 'L' else ('8.5in', '11in')
    styles = []
    for t, sz in SIZES.items():
        styles.append('<style:style style:name="P_%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" fo:margin-bottom="0.06in"/>'
                      '<style:text-properties style:font-name="F1" fo:font-size="%.1fpt" %s/></style:style>'
                      % (t, 'start' if t == 'left' else al, sz * k, 'fo:font-weight="bold"' if t in BOLD else ''))
    styles.append('<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>')
    styles.append('<style:style style:name="PL" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties style:font-name="F1" fo:font-size="%.1fpt" fo:font-weight="bold"/></style:style>' % (10.5 * k))
    styles.append('<style:style style:name="PV" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties style:font-name="F1" fo:font-size="%.1fpt"/></style:style>' % (10.5 * k))
    styles.append('<style:style style:name="PS" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="F1" fo:font-size="%.1fpt" fo:color="#555555"/></style:style>' % (8 * k))
    styles.append('<style:style style:name="TB" style:family="table"><style:table-properties style:width="6in" table:align="center"/></style:style>')
    styles.append('<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border="0.5pt solid #666666"/></style:style>')
    body = []
    pb = False
    for el in c['doc']:
        t = el[0]
        if t == 'br':
            pb = True; continue
        if pb:
            body.append('<text:p text:style-name="PB"/>'); pb = False
        if t == 'sp':
            body.append('<text:p text:style-name="P_p"/>')
        elif t in SIZES:
            for line in el[1].split('\n'):
                body.append('<text:p text:style-name="P_%s">%s</text:p>' % (t, xesc(line)))
        elif t in ('kv', 'above', 'grid'):
            if t == 'kv':
                rows = [[(a, 'PL'), (b, 'PV')] for a, b in el[1]]
            elif t == 'above':
                rows = [[(a, 'PS') for a, b in el[1]], [(b, 'PV') for a, b in el[1]]]
            else:
                rows = [[(x, 'PL') for x in el[1]]] + [[(x, 'PV') for x in r] for r in el[2]]
            n = len(rows[0])
            s = '<table:table table:style-name="TB"><table:table-column table:number-columns-repeated="%d"/>' % n
            for r in rows:
                s += '<table:table-row>' + ''.join('<table:table-cell table:style-name="TC" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (st, xesc(x)) for x, st in r) + '</table:table-row>'
            body.append(s + '</table:table>')
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'%s'"/></office:font-face-decls>
<office:styles>%s</office:styles>
<office:automatic-styles><style:page-layout style:name="PM"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin="0.7in"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PM"/></office:master-styles>
<office:body><office:text>%s</office:text></office:body></office:document>
""" % (fam, ''.join(styles), w, h, 'landscape' if c['orient'] == 'L' else 'portrait', '\n'.join(body))
    src = os.path.join(SRC, c['id'] + '.fodt')
    open(src, 'w').write(doc)
    soffice(src, pdf)


def soffice(src, pdf):
    outdir = os.path.join(SRC, '_out')
    os.makedirs(outdir, exist_ok=True)
    run(['soffice', '--headless', '-env:UserInstallation=file://' + os.path.join(SRC, '_lo'), '--convert-to', 'pdf', '--outdir', outdir, src])
    shutil.move(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf'), pdf)

# ---------------------------------------------------------------- DOCX

def r_docx(c, pdf):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    s = d.sections[0]
    if c['orient'] == 'L':
        s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for m in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(s, m, Inches(0.8))
    fam = FONTS[c['font']][3]
    k = c.get('scale', 1.0)
    al = WD_ALIGN_PARAGRAPH.CENTER if c['align'] == 'C' else WD_ALIGN_PARAGRAPH.LEFT
    last = None
    for el in c['doc']:
        t = el[0]
        if t == 'br':
            (last or d.add_paragraph()).add_run().add_break(WD_BREAK.PAGE); continue
        if t == 'sp':
            last = d.add_paragraph(); continue
        if t in SIZES:
            p = d.add_paragraph(); last = p
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if t == 'left' else al
            r = p.add_run(el[1].replace('\n', '\v') if False else '')
            for i, line in enumerate(el[1].split('\n')):
                r = p.add_run(line)
                if i < len(el[1].split('\n')) - 1: r.add_break()
                r.font.name = fam; r.font.size = Pt(SIZES[t] * k); r.bold = t in BOLD
                if t == 'org': r.font.color.rgb = RGBColor(0x5a, 0x1a, 0x1a)
        else:
            if t == 'kv':
                rows = [[(a, True), (b, False)] for a, b in el[1]]
            elif t == 'above':
                rows = [[(b, False) for a, b in el[1]], [(a, True) for a, b in el[1]]]
            else:
                rows = [[(x, True) for x in el[1]]] + [[(x, False) for x in r] for r in el[2]]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            if t == 'grid': tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, (x, b) in enumerate(r):
                    cell = tb.cell(i, j); cell.text = ''
                    run_ = cell.paragraphs[0].add_run(x); run_.bold = b
                    run_.font.name = fam; run_.font.size = Pt((8 if (t == 'above' and b) else 10.5) * k)
                    if t == 'above': cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            last = d.add_paragraph()
    src = os.path.join(SRC, c['id'] + '.docx')
    d.save(src)
    soffice(src, pdf)

# ---------------------------------------------------------------- ReportLab platypus

_reg = False

def reg_fonts():
    global _reg
    if _reg: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = '/usr/share/fonts/truetype/dejavu/'
    for n, f in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'), ('DVS', 'DejaVuSerif.ttf'), ('DVS-B', 'DejaVuSerif-Bold.ttf'), ('DVM', 'DejaVuSansMono.ttf'), ('DVM-B', 'DejaVuSansMono-Bold.ttf')]:
        pdfmetrics.registerFont(TTFont(n, d + f))
    _reg = True


def rl_fonts(c):
    reg_fonts()
    return {'serif': ('DVS', 'DVS-B'), 'sans': ('DV', 'DV-B'), 'mono': ('DVM', 'DVM-B')}[c['font']]


def r_platypus(c, pdf):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib import colors
    fn, fb = rl_fonts(c)
    k = c.get('scale', 1.0)
    al = 1 if c['align'] == 'C' else 0
    ps = landscape(letter) if c['orient'] == 'L' else letter
    doc = SimpleDocTemplate(pdf, pagesize=ps, leftMargin=54, rightMargin=54, topMargin=48, bottomMargin=48,
                            title='Certificate', author=c.get('author', 'ReportLab'))
    story = []
    for el in c['doc']:
        t = el[0]
        if t == 'br': story.append(PageBreak())
        elif t == 'sp': story.append(Spacer(1, el[1] if len(el) > 1 else 14))
        elif t in SIZES:
            sz = SIZES[t] * k
            st = ParagraphStyle(t, fontName=fb if t in BOLD else fn, fontSize=sz, leading=sz * 1.25,
                                alignment=0 if t == 'left' else al, spaceAfter=5)
            story.append(Paragraph(html.escape(el[1]).replace('\n', '<br/>'), st))
        else:
            cs = ParagraphStyle('c', fontName=fn, fontSize=10 * k, leading=12.5 * k)
            cb = ParagraphStyle('b', fontName=fb, fontSize=10 * k, leading=12.5 * k)
            if t == 'kv':
                data = [[Paragraph(html.escape(a), cb), Paragraph(html.escape(b), cs)] for a, b in el[1]]
                tb = Table(data, colWidths=[150, 280]); tb.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            elif t == 'above':
                data = [[Paragraph(html.escape(b), cs) for a, b in el[1]], [Paragraph(html.escape(a), ParagraphStyle('s', fontName=fn, fontSize=7.5 * k, textColor=colors.grey)) for a, b in el[1]]]
                tb = Table(data); tb.setStyle(TableStyle([('LINEABOVE', (0, 1), (-1, 1), 0.5, colors.grey)]))
            else:
                data = [[Paragraph(html.escape(x), cb) for x in el[1]]] + [[Paragraph(html.escape(x), cs) for x in r] for r in el[2]]
                tb = Table(data); tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey)]))
            story.append(tb); story.append(Spacer(1, 10))
    doc.build(story)

# ---------------------------------------------------------------- ReportLab canvas (+ AcroForm)

def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = []
    for para in text.split('\n'):
        cur = ''
        for w in para.split(' '):
            t = (cur + ' ' + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        lines.append(cur)
    return lines


def layout(c, fn, fb):
    """Compute draw ops: ('text', page, x, y, font, size, str, align) / ('field', page, x, y, w, h, name, value, size)"""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = (792, 612) if c['orient'] == 'L' else (612, 792)
    k = c.get('scale', 1.0)
    mx = 60; width = W - 2 * mx
    ops = []; page = 0; y = H - 70
    cx = W / 2 if c['align'] == 'C' else mx
    for el in c['doc']:
        t = el[0]
        if t == 'br': page += 1; y = H - 70; continue
        if t == 'sp': y -= (el[1] if len(el) > 1 else 14); continue
        if t in SIZES:
            sz = SIZES[t] * k; f = fb if t in BOLD else fn
            txt = el[1]
            for line in wrap(txt, f, sz, width):
                y -= sz * 1.25
                ops.append(('text', page, cx if t != 'left' else mx, y, f, sz, line, c['align'] if t != 'left' else 'L'))
            y -= 5
        elif t == 'kv':
            sz = 10.5 * k
            lx = mx + 60 if c['align'] == 'C' else mx
            for i, (a, b) in enumerate(el[1]):
                y -= sz * 1.7
                ops.append(('text', page, lx, y, fb, sz, a, 'L'))
                vl = wrap(b, fn, sz, width - 230)
                if c.get('form'):
                    ops.append(('field', page, lx + 170, y - 4, width - 230, sz + 8, 'f%d_%d' % (page, len(ops)), b, sz))
                else:
                    for j, v in enumerate(vl):
                        ops.append(('text', page, lx + 170, y - j * sz * 1.2, fn, sz, v, 'L'))
                    y -= (len(vl) - 1) * sz * 1.2
        elif t in ('above', 'grid'):
            if t == 'above':
                rows = [[(b, fn, 10.5 * k) for a, b in el[1]], [(a, fn, 7.5 * k) for a, b in el[1]]]
            else:
                rows = [[(x, fb, 9.5 * k) for x in el[1]]] + [[(x, fn, 9.5 * k) for x in r] for r in el[2]]
            n = len(rows[0]); cw = width / n
            for ri, r in enumerate(rows):
                y -= 16 * k
                for i, (x, f, sz) in enumerate(r):
                    xx = mx + cw * i + cw / 2
                    if t == 'above' and ri == 0 and c.get('form'):
                        ops.append(('field', page, mx + cw * i + 8, y - 4, cw - 16, sz + 8, 'a%d_%d' % (page, len(ops)), x, sz))
                    else:
                        ops.append(('text', page, xx, y, f, sz, x, 'C'))
                if t == 'above' and ri == 0:
                    ops.append(('line', page, mx + 10, y - 6, W - mx - 10, y - 6))
            y -= 8
    return ops, W, H


def r_canvas(c, pdf):
    from reportlab.pdfgen import canvas
    fn, fb = rl_fonts(c)
    ops, W, H = layout(c, fn, fb)
    cv = canvas.Canvas(pdf, pagesize=(W, H))
    cv.setAuthor(c.get('author', 'ReportLab canvas'))
    npages = max(o[1] for o in ops) + 1
    for p in range(npages):
        cv.setStrokeColorRGB(0.55, 0.45, 0.1); cv.setLineWidth(3); cv.rect(22, 22, W - 44, H - 44)
        cv.setLineWidth(0.8); cv.rect(30, 30, W - 60, H - 60)
        for o in ops:
            if o[1] != p: continue
            if o[0] == 'text':
                _, _, x, y, f, sz, s, a = o
                cv.setFont(f, sz); cv.setFillColorRGB(0, 0, 0)
                cs = 7 if (c.get('lsp') and sz == SIZES['name'] * c.get('scale', 1.0)) else 0
                (cv.drawCentredString if a == 'C' else cv.drawString)(x, y, s, charSpace=cs)
            elif o[0] == 'line':
                cv.setLineWidth(0.5); cv.line(o[2], o[3], o[4], o[5])
            elif o[0] == 'field':
                _, _, x, y, w, h, name, val, sz = o
                cv.acroForm.textfield(name=name, value=val.replace('\u2013', '-'), x=x, y=y, width=w, height=h, fontName='Helvetica',
                                      fontSize=sz - 1, borderWidth=0, fillColor=None, forceBorder=False)
        cv.showPage()
    cv.save()


def r_acroform(c, pdf):
    c = dict(c, form=True)
    r_canvas(c, pdf)


def r_acroform_flat(c, pdf):
    c = dict(c, form=True)
    tmp = os.path.join(SRC, c['id'] + '.unflattened.pdf')
    r_canvas(c, tmp)
    run(['qpdf', '--flatten-annotations=all', '--generate-appearances', tmp, pdf])

# ---------------------------------------------------------------- FPDF (PHP)

def r_fpdf(c, pdf):
    fam = {'serif': 'Times', 'sans': 'Arial', 'mono': 'Courier'}[c['font']]
    k = c.get('scale', 1.0)
    al = c['align']
    W = 279.4 if c['orient'] == 'L' else 215.9
    lines = ["<?php", "require('/usr/share/php/fpdf/fpdf.php');",
             "function L($s){return iconv('UTF-8','windows-1252//TRANSLIT',$s);}",
             "$p=new FPDF('%s','mm','Letter');" % c['orient'], "$p->SetMargins(20,18,20);$p->SetAutoPageBreak(true,15);",
             "$p->SetCreator('FPDF');$p->AddPage();",
             "$p->SetDrawColor(120,20,20);$p->SetLineWidth(1.2);$p->Rect(8,8,%.1f,%.1f);$p->SetLineWidth(0.2);" % (W - 16, (215.9 if c['orient'] == 'L' else 279.4) - 16)]
    for el in c['doc']:
        t = el[0]
        if t == 'br':
            lines.append("$p->AddPage();$p->SetLineWidth(1.2);$p->Rect(8,8,%.1f,%.1f);$p->SetLineWidth(0.2);" % (W - 16, (215.9 if c['orient'] == 'L' else 279.4) - 16))
        elif t == 'sp':
            lines.append("$p->Ln(%d);" % ((el[1] if len(el) > 1 else 14) / 2.83))
        elif t in SIZES:
            sz = SIZES[t] * k
            lines.append("$p->SetFont('%s','%s',%.1f);" % (fam, 'B' if t in BOLD else '', sz))
            lines.append("$p->MultiCell(0,%.1f,L(%s),0,'%s');$p->Ln(1.5);" % (sz * 0.47, php_str(el[1]), 'L' if t == 'left' else al))
        elif t == 'kv':
            x0 = 45 if al == 'C' else 20
            for a, b in el[1]:
                lines.append("$p->SetX(%d);$p->SetFont('%s','B',%.1f);$p->Cell(55,6.5,L(%s),0,0);$p->SetFont('%s','',%.1f);$p->MultiCell(0,6.5,L(%s),0,'L');"
                             % (x0, fam, 10.5 * k, php_str(a), fam, 10.5 * k, php_str(b)))
        elif t in ('above', 'grid'):
            if t == 'above':
                rows = [[(b, '', 10.5) for a, b in el[1]], [(a, '', 7.5) for a, b in el[1]]]; brd = ['0', 'T']
            else:
                rows = [[(x, 'B', 9.5) for x in el[1]]] + [[(x, '', 9.5) for x in r] for r in el[2]]; brd = ['1'] * len(rows)
            cw = (W - 40) / len(rows[0])
            for ri, r in enumerate(rows):
                for i, (x, st, sz) in enumerate(r):
                    lines.append("$p->SetFont('%s','%s',%.1f);$p->Cell(%.1f,7,L(%s),'%s',%d,'C');" % (fam, st, sz * k, cw, php_str(x), brd[min(ri, len(brd) - 1)], 1 if i == len(r) - 1 else 0))
            lines.append("$p->Ln(3);")
    lines.append("$p->Output('F',%s);" % php_str(pdf))
    src = os.path.join(SRC, c['id'] + '.php')
    open(src, 'w').write('\n'.join(lines))
    run(['php', src])

# ---------------------------------------------------------------- PostScript / Ghostscript

def r_ps(c, pdf):
    fmap = {'serif': ('Times-Roman', 'Times-Bold'), 'sans': ('Helvetica', 'Helvetica-Bold'), 'mono': ('Courier', 'Courier-Bold')}[c['font']]
    ops, W, H = layout(c, *fmap)

    def pss(s):
        s = s.replace('\u2013', '\x96').replace('\u2014', '\x97').replace('\u201c', '\x93').replace('\u201d', '\x94').replace('\u2122', '\x99')
        b = s.encode('latin-1', 'replace')
        out = ''
        for ch in b:
            if ch in b'()\\': out += '\\' + chr(ch)
            elif ch > 126: out += '\\%03o' % ch
            else: out += chr(ch)
        return '(' + out + ')'
    ps = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (W, H), '%%Creator: handwritten PostScript',
          '/MyEnc ISOLatin1Encoding 256 array copy def MyEnc 45 /hyphen put MyEnc 150 /endash put MyEnc 151 /emdash put MyEnc 147 /quotedblleft put MyEnc 148 /quotedblright put MyEnc 153 /trademark put',
          '/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding MyEnc def currentdict end definefont pop } def']
    for f in fmap:
        ps.append('/%s-L /%s reenc' % (f, f))
    ps.append('/ctr { dup stringwidth pop 2 div neg 0 rmoveto show } def')
    npages = max(o[1] for o in ops) + 1
    for p in range(npages):
        ps.append('%%%%Page: %d %d' % (p + 1, p + 1))
        ps.append('<< /PageSize [%d %d] >> setpagedevice' % (W, H))
        ps.append('0.1 0.25 0.45 setrgbcolor 4 setlinewidth 24 24 %d %d rectstroke 0 setgray' % (W - 48, H - 48))
        for o in ops:
            if o[1] != p: continue
            if o[0] == 'text':
                _, _, x, y, f, sz, s, a = o
                ps.append('/%s-L findfont %.1f scalefont setfont %.1f %.1f moveto %s %s' % (f, sz, x, y, pss(s), 'ctr' if a == 'C' else 'show'))
            elif o[0] == 'line':
                ps.append('0.5 setlinewidth %.1f %.1f moveto %.1f %.1f lineto stroke' % o[2:])
        ps.append('showpage')
    src = os.path.join(SRC, c['id'] + '.ps')
    open(src, 'w', encoding='latin-1').write('\n'.join(ps))
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + pdf, src])


RENDERERS = {'chromium': r_chromium, 'tcpdf': r_tcpdf, 'libreoffice-fodt': r_fodt, 'libreoffice-docx': r_docx,
             'reportlab-platypus': r_platypus, 'reportlab-canvas': r_canvas, 'reportlab-acroform': r_acroform,
             'reportlab-acroform-flattened': r_acroform_flat, 'fpdf': r_fpdf, 'ghostscript-ps': r_ps}

# ================================================================ certificate data
CERTS = []


def C(id, style, producer, lay, notes, name, title, date, credits, unit, provider, aid, doc,
      orient='L', align='C', font='serif', **kw):
    pts = round(credits * 10, 2) if unit == 'CEU' else credits
    CERTS.append(dict(id=id, orient=orient, align=align, font=font, doc=doc, producer=producer,
                      gold={'style': style, 'producer': producer, 'layout': lay, 'notes': notes, 'name': name,
                            'title': title, 'date': date, 'credits': credits, 'unit': unit, 'points': pts,
                            'provider': provider, 'activity_id': aid}, **kw))

ASCP = ['American Society for Clinical Pathology', 'ASCP']

C('h01', 'ascp-cmle', 'chromium', ['centred landscape', 'credentials after name', 'distractor issue date'],
  'Issue date differs from completion date.',
  'Rosalind Achterberg', 'Hematology Case Studies: Red Cell Morphology Review', '2025-04-17', 1.0, 'CMLE', ASCP, 'ASCP-HEM-2291',
  [('org', 'American Society for Clinical Pathology'), ('small', 'ASCP Continuing Education'), ('sp', 10),
   ('title', 'Certificate of Completion'), ('p', 'This certifies that'), ('name', 'Rosalind Achterberg, MLS(ASCP)CM'),
   ('p', 'has successfully completed the online activity'), ('big', 'Hematology Case Studies: Red Cell Morphology Review'),
   ('p', 'and is awarded 1.0 CMLE credit'), ('sp', 10),
   ('above', [('Completed on', '04/17/2025'), ('Activity ID', 'ASCP-HEM-2291'), ('Certificate issued', '04/18/2025')]),
   ('small', 'ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCP Board of Certification Credential Maintenance Program (CMLE).')])

AABB = ['Association for the Advancement of Blood & Biotherapies', 'AABB']
C('h02', 'aabb', 'libreoffice-fodt', ['portrait', 'two-column labels/values', 'format word on own line'],
  'eCast webinar; program number labelled "Program No.".',
  'Devika Ramanathan', 'Antibody Identification in the Pregnant Patient', '2025-06-11', 1.5, 'contact hour', AABB, '25EL-118',
  [('org', 'AABB'), ('small', 'Association for the Advancement of Blood & Biotherapies'), ('sp',), ('title', 'Continuing Education Certificate'),
   ('p', 'eCast'), ('sp',),
   ('kv', [('Participant', 'Devika Ramanathan, MB(ASCP)'), ('Program Title', 'Antibody Identification in the Pregnant Patient'),
           ('Program No.', '25EL-118'), ('Date of Program', 'June 11, 2025'), ('Contact Hours Awarded', '1.5'),
           ('Member Number', '00481223')]), ('sp',),
   ('small', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences under the ASCLS P.A.C.E.® Program.'),
   ('small', 'Printed 07/02/2025')], orient='P', align='L', font='sans')

CAP = ['College of American Pathologists', 'CAP']
C('h03', 'cap', 'reportlab-platypus', ['centred landscape', 'honorific before name', 'diacritics', 'Orientation in title', 'wrapped title'],
  'Honorific "Dr." before name; CE hours.',
  'Tomasz Wiśniewski', 'Competency Assessment Pathway: Orientation to Point-of-Care Testing Oversight for Laboratory Directors', '2025-02-03', 2.0, 'CE hour', CAP, 'CAP-CA-4471',
  [('org', 'College of American Pathologists'), ('sp', 6), ('title', 'Certificate of Participation'), ('p', 'presented to'),
   ('name', 'Dr. Tomasz Wiśniewski'), ('p', 'for completing'),
   ('big', 'Competency Assessment Pathway: Orientation to Point-of-Care Testing Oversight for Laboratory Directors'),
   ('p', 'Date completed: February 3, 2025 · Activity Code: CAP-CA-4471'),
   ('p', 'Credit earned: 2.0 CE hours'),
   ('small', 'The CAP designates this enduring material for a maximum of 2.0 continuing education (CE) hours. Transcript generated 2025-02-04.')], font='serif')

C('h04', 'ascls-pace-state-society', 'libreoffice-docx', ['portrait', 'two-column labels/values', 'session within meeting'],
  'State society spring seminar; the session title is given, meeting dates are a range.',
  'Harriet Olufsen', 'Mycology Update: Emerging Candida auris Identification', '2025-04-25', 3.0, 'contact hour',
  ['Prairie States Society for Clinical Laboratory Science', 'PSSCLS'], '510-221-25',
  [('org', 'Prairie States Society for Clinical Laboratory Science'), ('p', 'PSSCLS Spring Seminar · Sioux Bend · April 24–25, 2025'), ('sp',),
   ('title', 'P.A.C.E.® Certificate of Attendance'), ('sp',),
   ('kv', [('Name of Participant', 'Harriet Olufsen, MLS(ASCP)'), ('Session Attended', 'Mycology Update: Emerging Candida auris Identification'),
           ('Session Date', 'April 25, 2025'), ('P.A.C.E.® Course #', '510-221-25'), ('Contact Hours', '3.0'), ('Level', 'Intermediate')]),
   ('sp',), ('small', 'Prairie States Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('left', 'Signed: ______________________   CE Coordinator')], orient='P', align='C', font='serif')

C('h05', 'labce-like-vendor', 'fpdf', ['portrait', 'values beside labels', 'distractor customer number'],
  'Online vendor; Customer # is a distractor.',
  'Emeka Chukwudi', 'Urinalysis Microscopy: Casts and Crystals', '2025-03-08', 1.0, 'contact hour', ['LabCreditsNow, LLC', 'LabCreditsNow'], '1187',
  [('org', 'LabCreditsNow, LLC'), ('small', 'www.labcreditsnow.example'), ('sp',), ('title', 'Certificate of Completion'), ('sp',),
   ('kv', [('Awarded to:', 'Emeka Chukwudi'), ('Customer #:', 'LCN-0099812'), ('Course:', 'Urinalysis Microscopy: Casts and Crystals'),
           ('Course ID:', '1187'), ('Completed:', '03/08/2025'), ('P.A.C.E.(R) Credit:', '1.0 contact hour'), ('Format:', 'Online, self-paced')]),
   ('sp',), ('small', 'LabCreditsNow, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.(R) Program. Provider #519.')],
  orient='P', align='L', font='sans')

C('h06', 'medialab-like-vendor', 'tcpdf', ['portrait', 'Orientation in title', 'distractor order number', 'small table'],
  'Order number distractor; course number is the activity id.',
  'Beatriz Quiñones', 'Laboratory Safety: Chemical Hygiene and Orientation for New Employees', '2025-08-19', 1.5, 'contact hour', ['MedCompli Learning, Inc.', 'MedCompli'], 'MCL-SAF-302',
  [('org', 'MedCompli Learning, Inc.'), ('title', 'Certificate of Course Completion'), ('p', 'Beatriz Quiñones'),
   ('p', 'has completed the following course'), ('big', 'Laboratory Safety: Chemical Hygiene and Orientation for New Employees'),
   ('grid', ['Course Number', 'Completion Date', 'Contact Hours'],
    [['MCL-SAF-302', 'Aug 19, 2025', '1.5']]),
   ('small', 'Order number: 2025-771045 · Certificate ID: 8F3K-22Q'),
   ('small', 'MedCompli Learning, Inc. is an ASCLS P.A.C.E.® approved provider of continuing education.')], orient='P', font='sans')

C('h07', 'joint-accreditation-cme', 'chromium', ['portrait', 'several credit figures', 'claimed vs maximum', 'institution office issuer'],
  'AMA PRA 1.25 and ANCC are distractors; P.A.C.E. claimed 1.0 of maximum 1.5.',
  'Priya Venkataraman', 'Grand Rounds: Diagnostic Stewardship in Sepsis Workups', '2025-09-12', 1.0, 'contact hour',
  ['Lakeshore Academic Medical Center', 'Lakeshore Academic Medical Center, Office of Continuing Medical Education'], '24-GR-0913',
  [('org', 'Lakeshore Academic Medical Center'), ('p', 'Office of Continuing Medical Education'), ('sp',),
   ('title', 'Certificate of Attendance'), ('name', 'Priya Venkataraman, MLS(ASCP), PhD'), ('p', 'attended'),
   ('big', 'Grand Rounds: Diagnostic Stewardship in Sepsis Workups'), ('p', 'Friday, September 12, 2025 · Activity #: 24-GR-0913'),
   ('grid', ['Credit type', 'Maximum', 'Claimed'],
    [['AMA PRA Category 1 Credits™', '1.25', '—'], ['ANCC contact hours', '1.5', '—'], ['ASCLS P.A.C.E.® contact hours', '1.5', '1.0']]),
   ('small', 'In support of improving patient care, Lakeshore Academic Medical Center is jointly accredited by the ACCME, ACPE, and ANCC to provide continuing education for the healthcare team.'),
   ('small', 'Claim submitted 09/30/2025')], orient='P')

C('h08', 'university-ceu', 'libreoffice-fodt', ['centred landscape', 'CEUs', 'multi-day range', 'institution office issuer'],
  'CEU 0.6 = 6 points; date is the last day of July 14–16.',
  'Marcus Delacroix-Hale', 'Molecular Diagnostics Short Course: PCR Assay Validation', '2025-07-16', 0.6, 'CEU',
  ['University of Northern Cascadia', 'University of Northern Cascadia, Office of Professional & Continuing Education'], 'MLS-CE 415',
  [('org', 'University of Northern Cascadia'), ('p', 'Office of Professional & Continuing Education'), ('sp',),
   ('title', 'Continuing Education Units'), ('p', 'are hereby awarded to'), ('name', 'Marcus Delacroix-Hale'),
   ('p', 'for satisfactory completion of'), ('big', 'Molecular Diagnostics Short Course: PCR Assay Validation'),
   ('p', 'Course No. MLS-CE 415 · July 14–16, 2025 · 0.6 CEU (6 contact hours)'), ('sp',),
   ('small', 'One CEU equals ten contact hours of participation in an organized continuing education experience.')], font='serif')

ADLM = ['Association for Diagnostics & Laboratory Medicine', 'ADLM']
C('h09', 'adlm-accent', 'reportlab-platypus', ['portrait', 'labels above values', 'distractor IDs'],
  'ACCENT credit; Session ID labelled; member ID distractor.',
  'Kofi Mensah-Bonsu', 'Mass Spectrometry in Therapeutic Drug Monitoring', '2025-05-14', 1.5, 'contact hour', ADLM, '31522',
  [('org', 'Association for Diagnostics & Laboratory Medicine'), ('small', 'ADLM · ACCENT® Continuing Education'), ('sp', 20),
   ('title', 'Certificate of Credit'), ('name', 'Kofi Mensah-Bonsu'), ('sp', 6), ('p', 'Webinar'),
   ('big', 'Mass Spectrometry in Therapeutic Drug Monitoring'), ('sp', 12),
   ('above', [('Session ID', '31522'), ('Date', '14 May 2025'), ('ACCENT® Credit Hours', '1.5'), ('Member ID', 'M-2290417')]),
   ('small', 'ADLM designates this activity for 1.5 ACCENT® credit hours. ACCENT® is the ADLM continuing education credit program.')], orient='P', font='sans')

NSH = ['National Society for Histotechnology', 'NSH']
C('h10', 'nsh', 'libreoffice-docx', ['centred landscape', 'session within meeting', 'meeting range distractor'],
  'Workshop on a single day of a multi-day symposium.',
  'Lucía Etxeberria', 'Frozen Section Techniques for the Histotechnician', '2025-09-20', 2.0, 'contact hour', NSH, 'HT-207',
  [('org', 'National Society for Histotechnology'), ('p', 'Annual Symposium/Convention · September 18–23, 2025'),
   ('title', 'Certificate of Attendance'), ('name', 'Lucía Etxeberria, HTL(ASCP)'),
   ('p', 'attended the workshop'), ('big', '“Frozen Section Techniques for the Histotechnician”'),
   ('p', 'Workshop #: HT-207 on Saturday, September 20, 2025 and earned 2.0 contact hours.'),
   ('small', 'NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')], font='sans')

C('h11', 'webinar-vendor', 'ghostscript-ps', ['portrait', 'format word on own line', 'ISO date', 'values beside labels'],
  'Live webinar; date printed ISO form.',
  'Jonathan Pruitt III', 'Quality Control Rules Beyond Westgard: Sigma Metrics', '2025-02-26', 1.0, 'contact hour',
  ['Pinnacle Lab Webinars', 'PLW'], '88231-Q',
  [('org', 'Pinnacle Lab Webinars'), ('small', 'PLW Continuing Education Department'), ('sp', 18), ('title', 'CERTIFICATE'),
   ('p', 'Live Webinar'), ('sp', 10),
   ('kv', [('Attendee', 'Jonathan Pruitt III, MT(AMT)'), ('Webinar', 'Quality Control Rules Beyond Westgard: Sigma Metrics'),
           ('Webinar ID', '88231-Q'), ('Held', '2025-02-26'), ('P.A.C.E. contact hours', '1.0')]), ('sp', 10),
   ('small', 'Pinnacle Lab Webinars is approved as a provider of continuing education programs'),
   ('small', 'in the clinical laboratory sciences by the ASCLS P.A.C.E. Program.')], orient='P', font='sans')

C('h12', 'regional-meeting', 'chromium', ['centred landscape', 'meeting attendance', 'multi-day range'],
  'Meeting attendance, title is the meeting name, no activity id.',
  'Gwendolyn Farrow', 'Great Lakes Regional Laboratory Symposium 2025', '2025-10-10', 12.5, 'contact hour',
  ['Great Lakes Association of Laboratory Professionals', 'GLALP'], None,
  [('org', 'Great Lakes Association of Laboratory Professionals'), ('sp', 10), ('p', 'certifies that'),
   ('name', 'Gwendolyn Farrow'), ('p', 'attended the'), ('big', 'Great Lakes Regional Laboratory Symposium 2025'),
   ('p', 'held October 8-10, 2025 in Port Huron'), ('p', 'and earned a total of 12.5 P.A.C.E.® contact hours'), ('sp', 18),
   ('above', [('GLALP President', ''), ('Education Chair', ''), ('Date issued', '10/20/2025')])], font='serif', border='10px solid #6b4e16')

C('h13', 'public-health-lab', 'reportlab-acroform', ['portrait', 'filled AcroForm not flattened', 'two-column labels/values'],
  'Values live in form fields (not flattened).',
  'Oksana Hrytsenko', 'Packaging and Shipping of Category A Infectious Substances', '2025-03-19', 3.0, 'contact hour',
  ['Riverbend State Public Health Laboratory', 'RSPHL'], 'PHL-2025-044',
  [('org', 'Riverbend State Public Health Laboratory'), ('small', 'Laboratory Training & Outreach'), ('sp',), ('title', 'Training Certificate'), ('sp',),
   ('kv', [('Trainee name', 'Oksana Hrytsenko'), ('Course', 'Packaging and Shipping of Category A Infectious Substances'),
           ('Training Event ID', 'PHL-2025-044'), ('Date completed', '03/19/2025'), ('Contact hours', '3.0'),
           ('Certificate valid until', '03/19/2027')]),
   ('sp',), ('small', 'RSPHL is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')],
  orient='P', align='L', font='sans')

C('h14', 'instrument-vendor', 'reportlab-acroform-flattened', ['centred landscape', 'flattened AcroForm', 'Orientation in title', 'multi-day range', 'distractor serial number'],
  'Operator training over three days; serial number distractor.',
  'Samuel Okonkwo-Reyes', 'Operator Training: Hematology Analyzer HX-900 Orientation and Daily Maintenance', '2025-05-07', 6.0, 'contact hour',
  ['Veridian Diagnostics Systems, Inc.', 'Veridian Diagnostics'], 'VDX-HX900-OP',
  [('org', 'Veridian Diagnostics Systems, Inc.'), ('p', 'Customer Education Center'), ('title', 'Certificate of Training'),
   ('kv', [('Participant', 'Samuel Okonkwo-Reyes'), ('Program', 'Operator Training: Hematology Analyzer HX-900 Orientation and Daily Maintenance'),
           ('Course Code', 'VDX-HX900-OP'), ('Training dates', 'May 5 – 7, 2025'), ('Contact hours', '6.0'), ('Instrument serial no.', 'HX9-004417')])],
  font='sans')

C('h15', 'ascp-cmle', 'tcpdf', ['portrait', 'small credits', 'ISO date', 'values beside labels'],
  '0.5 CMLE.',
  'Aiyana Whitehorse', 'Blood Bank Lab Math', '2025-01-09', 0.5, 'CMLE', ASCP, '2025-BB-0187',
  [('org', 'ASCP'), ('small', 'American Society for Clinical Pathology · Chicago, Illinois'), ('title', 'CMLE Certificate'),
   ('kv', [('Learner', 'Aiyana Whitehorse, BB(ASCP)'), ('Activity', 'Blood Bank Lab Math'), ('Activity #', '2025-BB-0187'),
           ('Date of Completion', '2025-01-09'), ('Credits', '0.5 CMLE')]),
   ('small', 'This certificate may be used as documentation for the ASCP BOC Credential Maintenance Program.')], orient='P', align='L', font='serif')

AMT = ['American Medical Technologists', 'AMT']
C('h16', 'amt', 'fpdf', ['centred landscape', 'Orientation in title', 'CE hours'],
  'AMT CE hours.',
  'Delphine Moreau-Kasper', 'Phlebotomy Orientation: Patient Identification and Specimen Labeling', '2025-06-02', 2.0, 'CE hour', AMT, 'AMT-ON-6610',
  [('org', 'American Medical Technologists'), ('small', 'Continuing Education Program'), ('sp',), ('title', 'Certificate of Completion'),
   ('p', 'Delphine Moreau-Kasper, RPT(AMT)'), ('p', 'completed'), ('big', 'Phlebotomy Orientation: Patient Identification and Specimen Labeling'),
   ('p', 'on June 2, 2025 for 2.0 CE hours (Course ID AMT-ON-6610)'), ('sp',), ('small', 'AMT Member ID 7730215')], font='serif')

ASM = ['American Society for Microbiology', 'ASM']
C('h17', 'asm', 'reportlab-platypus', ['portrait', 'European date', 'two-column labels/values'],
  'Day-month-year date.',
  'Siobhán Ní Bhriain', 'Antimicrobial Susceptibility Testing: Updates to Breakpoints', '2025-04-23', 1.5, 'contact hour', ASM, 'ASM-MW-25-06',
  [('org', 'American Society for Microbiology'), ('sp', 20), ('title', 'Statement of Continuing Education Credit'), ('sp', 12),
   ('kv', [('Name', 'Siobhán Ní Bhriain'), ('Program Number', 'ASM-MW-25-06'), ('Title', 'Antimicrobial Susceptibility Testing: Updates to Breakpoints'),
           ('Date attended', '23 April 2025'), ('P.A.C.E.® contact hours', '1.5')]),
   ('sp', 12), ('small', 'ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Statement issued 1 May 2025.')],
  orient='P', align='L', font='serif')

CLSI = ['Clinical and Laboratory Standards Institute', 'CLSI']
C('h18', 'clsi', 'libreoffice-docx', ['portrait', 'distractor certificate number', 'labels above values'],
  'Certificate No. distractor.',
  'Ingrid Solberg', 'Verification of Quantitative Methods Using EP15', '2025-11-05', 1.0, 'contact hour', CLSI, 'CLSI-WB-2519',
  [('org', 'CLSI'), ('p', 'Clinical and Laboratory Standards Institute'), ('sp',), ('title', 'Certificate of Completion'),
   ('name', 'INGRID SOLBERG'), ('p', 'Verification of Quantitative Methods Using EP15'), ('sp',),
   ('above', [('Program ID', 'CLSI-WB-2519'), ('Completed', 'Nov. 5, 2025'), ('Contact hours', '1.0'), ('Certificate No.', 'C-009912')])],
  orient='P', font='sans')

C('h19', 'hospital-inservice', 'ghostscript-ps', ['centred landscape', 'Orientation in title', 'no activity id', 'institution department issuer'],
  'In-service without activity number.',
  'Theodore Brandvold', 'New Employee Laboratory Orientation: Specimen Processing', '2025-11-03', 4.0, 'contact hour',
  ['Mercy Hollow Regional Hospital', 'Mercy Hollow Regional Hospital, Department of Pathology and Laboratory Medicine'], None,
  [('org', 'Mercy Hollow Regional Hospital'), ('p', 'Department of Pathology and Laboratory Medicine'), ('sp', 16),
   ('title', 'In-Service Education Record'), ('p', 'This is to verify that'), ('name', 'Theodore Brandvold'),
   ('p', 'participated in'), ('big', 'New Employee Laboratory Orientation: Specimen Processing'),
   ('p', 'on 11/03/2025   Contact hours: 4.0'), ('sp', 20), ('small', 'Employee ID 55102   Supervisor review date 11/10/2025')], font='serif')

C('h20', 'ascls-pace-state-society', 'chromium', ['cover letter page', 'portrait', 'distractor letter date'],
  'Page 1 is a cover letter dated later; certificate on page 2.',
  'Abigail Nakashima-Torres', 'Coagulation Testing in Patients on Direct Oral Anticoagulants', '2025-03-15', 1.0, 'contact hour',
  ['Carolina Piedmont Society for Clinical Laboratory Science', 'CPSCLS'], '116-605-25',
  [('org', 'Carolina Piedmont Society for Clinical Laboratory Science'), ('sp', 10), ('left', 'March 30, 2025'),
   ('left', 'Dear Ms. Nakashima-Torres,'),
   ('left', 'Thank you for attending our spring educational program. Your certificate of attendance is enclosed. Please keep it with your professional records for at least three years, as it may be requested in a credential maintenance audit.'),
   ('left', 'Sincerely,\nRuth Ellington, MLS(ASCP)\nEducation Committee Chair'), ('br',),
   ('org', 'CPSCLS'), ('title', 'Certificate of Continuing Education'), ('name', 'Abigail Nakashima-Torres'),
   ('p', 'has attended the program'), ('big', 'Coagulation Testing in Patients on Direct Oral Anticoagulants'),
   ('kv', [('Date', 'Saturday, March 15, 2025'), ('P.A.C.E.® Program #', '116-605-25'), ('Contact Hours', '1.0')]),
   ('small', 'Carolina Piedmont Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')],
  orient='P', font='serif', border='2px solid #333')

C('h21', 'cap', 'chromium', ['centred landscape', 'several credit figures'],
  'CE hours plus AMA PRA distractor of the same value.',
  'Viktor Lindqvist', 'Inspector Training: Laboratory General Checklist', '2025-08-06', 3.0, 'CE hour', CAP, 'LAP-IT-0425',
  [('org', 'College of American Pathologists'), ('small', 'CAP Laboratory Accreditation Program'), ('title', 'Certificate of Completion'),
   ('name', 'Viktor Lindqvist'), ('big', 'Inspector Training: Laboratory General Checklist'),
   ('above', [('Activity ID', 'LAP-IT-0425'), ('Completion Date', 'August 6, 2025'), ('CE Hours', '3.0'), ('AMA PRA Category 1 Credits™', '2.75')]),
   ('small', 'Physicians should claim only the credit commensurate with the extent of their participation in the activity.')], font='sans', color='#003a70')

ASCLS = ['American Society for Clinical Laboratory Science', 'ASCLS']
C('h22', 'ascls-pace', 'libreoffice-fodt', ['portrait', 'format word on own line', 'values beside labels'],
  'Self-study module; format word alone.',
  'Fernando Aguilar-Bautista', 'Leadership Academy Module 3: Managing Change in the Laboratory', '2025-10-02', 2.0, 'contact hour', ASCLS, '001-555-25',
  [('org', 'American Society for Clinical Laboratory Science'), ('small', 'ASCLS · Professional Development'), ('sp',),
   ('title', 'Certificate of Completion'), ('p', 'Self-study'), ('sp',),
   ('kv', [('Participant:', 'Fernando Aguilar-Bautista, MLS(ASCP)CM'), ('Course Title:', 'Leadership Academy Module 3: Managing Change in the Laboratory'),
           ('P.A.C.E.® Program Number:', '001-555-25'), ('Date Completed:', '10/02/2025'), ('Contact Hours:', '2.0')])],
  orient='P', align='L', font='sans')

C('h23', 'labce-like-vendor', 'reportlab-canvas', ['centred landscape', 'distractor customer number', 'dd-Mon-yyyy date'],
  'Customer # distractor.',
  'Hannah Birkeland', 'Body Fluid Cell Counts: Synovial and Pleural Fluids', '2025-08-12', 1.5, 'contact hour', ['Benchmark Lab CE'], 'BF-1021',
  [('org', 'Benchmark Lab CE'), ('sp', 10), ('title', 'Certificate of Completion'), ('p', 'awarded to'), ('name', 'Hannah Birkeland'),
   ('p', 'for completing the online course'), ('big', 'Body Fluid Cell Counts: Synovial and Pleural Fluids'), ('sp', 8),
   ('p', 'Course #: BF-1021     Completion Date: 12-Aug-2025     1.5 P.A.C.E.® Contact Hours'), ('sp', 20),
   ('small', 'Customer #: 4471-2290-11 · Benchmark Lab CE is an ASCLS P.A.C.E.® approved provider (#882).')], font='serif')

C('h24', 'medialab-like-vendor', 'reportlab-acroform', ['portrait', 'filled AcroForm not flattened', 'labels above values'],
  'Values in form fields laid out under-label.',
  'Rashida Abernathy', 'Compliance: HIPAA for Laboratory Personnel', '2025-01-27', 1.0, 'contact hour',
  ['Synapse Lab Education, LLC', 'Synapse Lab Education'], 'SLE-COMP-009',
  [('org', 'Synapse Lab Education, LLC'), ('sp', 12), ('title', 'Certificate of Completion'), ('sp', 12),
   ('kv', [('Name', 'Rashida Abernathy'), ('Course title', 'Compliance: HIPAA for Laboratory Personnel')]), ('sp', 10),
   ('above', [('Course ID', 'SLE-COMP-009'), ('Completed', 'January 27, 2025'), ('Contact hours', '1.0')]),
   ('small', 'Synapse Lab Education, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')],
  orient='P', font='sans')

C('h25', 'joint-accreditation-cme', 'libreoffice-docx', ['centred landscape', 'several credit figures', 'small table', 'institution office issuer'],
  'AMA/ANCC/ACPE figures are distractors; lab figure P.A.C.E. 1.25.',
  'Nikolai Petrenko', 'Tumor Board Series: Molecular Profiling of Non-Small Cell Lung Cancer', '2025-05-21', 1.25, 'contact hour',
  ['Bayfront University Health', 'Bayfront University Health, Center for Continuing Professional Education'], '25-TB-0311',
  [('org', 'Bayfront University Health'), ('p', 'Center for Continuing Professional Education'), ('title', 'Certificate of Participation'),
   ('name', 'Nikolai Petrenko, MB(ASCP)CM'), ('big', 'Tumor Board Series: Molecular Profiling of Non-Small Cell Lung Cancer'),
   ('p', 'May 21, 2025 · Activity Number: 25-TB-0311'),
   ('grid', ['Accreditor', 'Credit', 'Amount'], [['ACCME', 'AMA PRA Category 1 Credit™', '1.25'], ['ANCC', 'Nursing contact hours', '1.25'],
                                                 ['ACPE', 'Pharmacy CEU', '0.125'], ['ASCLS P.A.C.E.®', 'Laboratory contact hours', '1.25']])],
  font='sans')

C('h26', 'university-ceu', 'fpdf', ['portrait', 'CEUs', 'long date range', 'institution office issuer'],
  'Eight-week course; date is the last day.',
  'Yolanda Castellanos', 'Clinical Chemistry Review Course', '2025-02-24', 1.2, 'CEU',
  ['Eastfield State University', 'Eastfield State University, College of Health Sciences'], 'CLS 590-CE',
  [('org', 'Eastfield State University'), ('p', 'College of Health Sciences'), ('sp',), ('title', 'Certificate of Continuing Education'),
   ('p', 'Yolanda Castellanos'), ('p', 'successfully completed'), ('big', 'Clinical Chemistry Review Course'),
   ('kv', [('Course No.', 'CLS 590-CE'), ('Dates', 'January 6 - February 24, 2025'), ('Continuing Education Units', '1.2 CEUs')]),
   ('small', 'Date of issue: March 3, 2025')], orient='P', font='serif')

C('h27', 'adlm-accent', 'tcpdf', ['centred landscape', 'meeting attendance', 'claimed vs maximum', 'multi-day range'],
  'Claimed 18.5 of 27.0 maximum; no activity id.',
  'Chen Jiahui', 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo', '2025-07-31', 18.5, 'contact hour', ADLM, None,
  [('org', 'Association for Diagnostics & Laboratory Medicine'), ('title', 'ACCENT® Credit Certificate'), ('name', 'Chen Jiahui'),
   ('p', 'participated in the'), ('big', 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo'), ('p', 'July 27–31, 2025 · Chicago, IL'),
   ('grid', ['Maximum ACCENT® credits available', 'ACCENT® credits claimed'], [['27.0', '18.5']]),
   ('small', 'Registration ID 20250466213')], font='sans')

C('h28', 'nsh', 'reportlab-canvas', ['portrait', 'letter-spaced ALL-CAPS name', 'webinar'],
  'Name printed letter-spaced.',
  'MARISOL OYELARAN', 'Immunohistochemistry Troubleshooting: Antigen Retrieval', '2025-06-18', 1.0, 'contact hour', NSH, 'NSH-W-2503',
  [('org', 'NATIONAL SOCIETY FOR HISTOTECHNOLOGY'), ('sp', 20), ('title', 'Certificate of Completion'), ('sp', 10),
   ('name', 'MARISOL OYELARAN'), ('sp', 10), ('p', 'Webinar'),
   ('big', 'Immunohistochemistry Troubleshooting: Antigen Retrieval'), ('sp', 10),
   ('p', 'Course Number NSH-W-2503 | June 18, 2025 | 1.0 Contact Hour'), ('sp', 30),
   ('small', 'NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')],
  orient='P', font='sans', lsp=True)

C('h29', 'webinar-vendor', 'libreoffice-fodt', ['centred landscape', 'quoted title', 'Orientation in title'],
  'Title printed in quotes.',
  'Olamide Fashola', 'Orientation Done Right: Onboarding New Bench Techs', '2025-04-09', 1.0, 'contact hour',
  ['Cornerstone Education Group', 'Cornerstone'], '40-7712',
  [('org', 'Cornerstone Education Group'), ('p', 'Lab Leadership Webcasts'), ('sp',), ('title', 'Certificate of Attendance'),
   ('name', 'Olamide Fashola'), ('p', 'viewed the live webcast'), ('big', '"Orientation Done Right: Onboarding New Bench Techs"'),
   ('p', 'Event ID 40-7712 — broadcast Wednesday, April 9, 2025 — one (1.0) P.A.C.E.® contact hour')], font='serif')

C('h30', 'regional-meeting', 'reportlab-acroform-flattened', ['portrait', 'meeting attendance', 'claimed vs maximum', 'flattened AcroForm'],
  'Claimed 9.0 of 14.0; title = meeting name.',
  'Benedikt Schäfer', '33rd Annual Mountain West Laboratory Conference', '2025-09-13', 9.0, 'contact hour',
  ['Rocky Ridge Clinical Laboratory Association', 'RRCLA'], None,
  [('org', 'Rocky Ridge Clinical Laboratory Association'), ('sp',), ('title', 'Attendance Verification'),
   ('kv', [('Attendee', 'Benedikt Schäfer'), ('Meeting', '33rd Annual Mountain West Laboratory Conference'), ('Dates', 'Sept. 11–13, 2025'),
           ('Location', 'Boise, Idaho'), ('Contact hours offered', '14.0'), ('Contact hours claimed', '9.0')]),
   ('sp',), ('small', 'RRCLA is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')],
  orient='P', align='L', font='serif')

C('h31', 'public-health-lab', 'chromium', ['portrait', 'two-column labels/values', 'institution office issuer'],
  'State health department division issues certificate.',
  'Mariam Haddad', 'Biothreat Agent Rule-Out Testing for Sentinel Laboratories', '2025-10-22', 4.0, 'contact hour',
  ['Avalon Department of Public Health', 'Avalon Department of Public Health, Division of Laboratory Services'], 'SENT-BT-101',
  [('org', 'Avalon Department of Public Health'), ('p', 'Division of Laboratory Services'), ('sp',), ('title', 'Certificate of Training'),
   ('kv', [('Awarded to', 'Mariam Haddad, MLT(ASCP)'), ('Course Code', 'SENT-BT-101'), ('Course Title', 'Biothreat Agent Rule-Out Testing for Sentinel Laboratories'),
           ('Wet-lab session date', 'October 22, 2025'), ('Contact Hours', '4.0')]),
   ('small', 'This course was approved for P.A.C.E.® credit. Keep for your records.')], orient='P', font='sans')

C('h32', 'instrument-vendor', 'ghostscript-ps', ['centred landscape', 'CEUs', 'multi-day range', 'European date'],
  'CEU 1.4 = 14 points; date range day-first.',
  'Jürgen Albrecht', 'Applications Training: KB-Chem 4000 Immunoassay Module', '2025-03-21', 1.4, 'CEU', ['Kestrel Bioanalytics', 'KBA'], 'KBA-4000-APP',
  [('org', 'Kestrel Bioanalytics'), ('small', 'Technical Training Academy'), ('sp', 10), ('title', 'Training Certificate'),
   ('name', 'Jürgen Albrecht'), ('p', 'has completed'), ('big', 'Applications Training: KB-Chem 4000 Immunoassay Module'),
   ('p', 'Training Course No. KBA-4000-APP, 17–21 March 2025'), ('p', '1.4 CEUs awarded'), ('sp', 20), ('small', 'Certificate serial 0042-KB')], font='sans')

C('h33', 'ascp-cmle', 'reportlab-canvas', ['centred landscape', 'accreditation statement on page 2', 'diacritics'],
  'Two pages; page 2 accreditation statement.',
  'Zoë Ferreira-Ibáñez', 'Transfusion Reactions: Recognition and Laboratory Investigation', '2025-07-08', 1.5, 'CMLE', ASCP, '25-CMLE-7731',
  [('org', 'American Society for Clinical Pathology'), ('title', 'Certificate'), ('p', 'Zoë Ferreira-Ibáñez'),
   ('big', 'Transfusion Reactions: Recognition and Laboratory Investigation'), ('p', '1.5 CMLE credits   ·   Completed July 8, 2025   ·   Activity ID: 25-CMLE-7731'),
   ('br',), ('h2', 'Accreditation Statement'),
   ('left', 'The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians. ASCP designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits™.'),
   ('left', 'This activity is approved for 1.5 CMLE credits for the ASCP Board of Certification Credential Maintenance Program.'),
   ('left', 'Release date: January 1, 2025. Expiration date: December 31, 2027.')], font='serif')

C('h34', 'aabb', 'chromium', ['centred landscape', 'session within meeting', 'meeting range distractor', 'CSS letter-spaced name'],
  'Annual meeting session; session date is the gold date.',
  'Cordelia Whitfield', 'Patient Blood Management: Building a Program From the Ground Up', '2025-10-27', 1.0, 'contact hour', AABB, '4117',
  [('org', 'AABB Annual Meeting'), ('small', 'October 25–28, 2025 · San Diego, CA'), ('title', 'Session Certificate'),
   ('name', 'Cordelia Whitfield'), ('big', 'Patient Blood Management: Building a Program From the Ground Up'),
   ('above', [('Session Number', '4117'), ('Session date', '10/27/2025'), ('Contact hours', '1.0')]),
   ('small', 'Association for the Advancement of Blood & Biotherapies (AABB) — approved provider of continuing education.')], font='serif', lsp=True)

C('h35', 'hospital-inservice', 'libreoffice-docx', ['portrait', 'honorific before name', 'suffix Jr.', 'Orientation in title', 'no activity id'],
  'Honorific "Mr." and suffix "Jr."; 0.5 contact hour.',
  "Jean-Luc Thériault Jr.", 'Annual Competency: Blood Gas Analyzer Orientation', '2025-12-01', 0.5, 'contact hour',
  ["St. Brigid's Medical Center", "St. Brigid's Medical Center, Laboratory Education Committee"], None,
  [('org', "St. Brigid's Medical Center"), ('p', 'Laboratory Education Committee'), ('sp',), ('title', 'In-Service Certificate'),
   ('name', "Mr. Jean-Luc Thériault Jr."), ('p', 'attended'), ('big', 'Annual Competency: Blood Gas Analyzer Orientation'),
   ('p', 'Date: 12/1/2025          Contact hour(s): 0.5'), ('sp',), ('left', 'Instructor: ______________   Next competency due: 12/01/2026')],
  orient='P', font='serif')

C('h36', 'ascls-pace-state-society', 'reportlab-platypus', ['cover letter page', 'portrait', 'distractor letter date'],
  'Cover letter page 1; certificate page 2.',
  'Percival Osei', 'Parasitology Bench Review: Blood and Tissue Protozoa', '2025-05-17', 2.5, 'contact hour',
  ['Gulf Coast Society for Clinical Laboratory Science', 'GCSCLS'], '320-119-25',
  [('org', 'Gulf Coast Society for Clinical Laboratory Science'), ('left', 'May 28, 2025'), ('left', 'Dear Percival Osei,'),
   ('left', 'Enclosed is your certificate for the GCSCLS spring workshop. Contact hours have been reported to CE Organizer. Please retain this certificate for your records.'),
   ('left', 'Regards,\nGCSCLS Education Committee'), ('br',),
   ('org', 'Gulf Coast Society for Clinical Laboratory Science'), ('title', 'Certificate of Attendance'), ('name', 'Percival Osei'),
   ('p', 'Parasitology Bench Review: Blood and Tissue Protozoa'),
   ('kv', [('Workshop date', 'Saturday, 17 May 2025'), ('P.A.C.E.® #', '320-119-25'), ('Contact hours', '2.5')])], orient='P')

C('h37', 'labce-like-vendor', 'tcpdf', ['portrait', 'Orientation in title', 'distractor transcript id', 'timestamp date'],
  'Completion timestamp with time; transcript ID distractor.',
  'Anneliese Vogt', 'Orientation to the Clinical Microbiology Laboratory: Specimen Setup', '2025-05-30', 2.0, 'contact hour',
  ['ProLab CE Online', 'ProLab CE'], '5512',
  [('org', 'ProLab CE Online'), ('title', 'Certificate of Completion'), ('p', 'Anneliese Vogt, MLS(ASCP)'),
   ('kv', [('Course', 'Orientation to the Clinical Microbiology Laboratory: Specimen Setup'), ('Course ID', '5512'), ('Completed', '2025-05-30 14:22 CDT'),
           ('Credit', '2.0 P.A.C.E.® contact hours'), ('Transcript ID', 'TR-88120-4')]),
   ('small', 'ProLab CE Online is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')],
  orient='P', align='L', font='sans')

C('h38', 'ascls-pace-provider', 'fpdf', ['centred landscape', 'values beside labels'],
  'Consortium approved provider.',
  'Tobias Whitcombe', 'Point-of-Care Glucose Meter Oversight', '2025-09-04', 1.0, 'contact hour',
  ['Gateway Clinical Laboratory Educators Consortium', 'GCLEC'], '222-014-25',
  [('org', 'Gateway Clinical Laboratory Educators Consortium'), ('title', 'Continuing Education Certificate'), ('sp',),
   ('kv', [('Participant', 'Tobias Whitcombe'), ('Program', 'Point-of-Care Glucose Meter Oversight'), ('P.A.C.E. Course No.', '222-014-25'),
           ('Date', 'Sep 4, 2025'), ('Contact Hours', '1.0')]), ('sp',),
   ('small', 'GCLEC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E. Program.')], font='sans')

C('h39', 'joint-accreditation-cme', 'libreoffice-fodt', ['portrait', 'accreditation statement on page 2', 'claimed vs maximum', 'several credit figures', 'institution office issuer'],
  'Claimed 1.0 of 1.5 P.A.C.E.; page 2 accreditation statement.',
  'Aurelio Mancuso', 'Opioid Stewardship and Urine Drug Testing Interpretation', '2025-06-26', 1.0, 'contact hour',
  ['Northbrook Health System', 'Northbrook Health System, Office of Interprofessional Continuing Education'], 'NHS-IPCE-25-0448',
  [('org', 'Northbrook Health System'), ('p', 'Office of Interprofessional Continuing Education'), ('sp',), ('title', 'Certificate of Credit'),
   ('kv', [('Learner', 'Aurelio Mancuso, MLS(ASCP)'), ('Activity', 'Opioid Stewardship and Urine Drug Testing Interpretation'), ('Activity ID', 'NHS-IPCE-25-0448'),
           ('Activity date', '06/26/2025'), ('Credit type', 'ASCLS P.A.C.E.®'), ('Credits claimed', '1.0'), ('Maximum available', '1.5')]),
   ('br',), ('h2', 'Accreditation'),
   ('left', 'In support of improving patient care, Northbrook Health System is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC).'),
   ('left', 'Northbrook Health System designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credits™ and 1.5 ANCC contact hours.'),
   ('left', 'Northbrook Health System is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')],
  orient='P', align='L', font='serif')

C('h40', 'cap', 'fpdf', ['portrait', 'labels above values', 'distractor expiry date'],
  'Expiry date distractor.',
  'Gideon Abernethy-Kaur', 'Preanalytic Variables in Coagulation Proficiency Testing', '2025-11-18', 1.0, 'CE hour', CAP, 'CAP-PT-0781',
  [('org', 'College of American Pathologists (CAP)'), ('sp',), ('title', 'Certificate of Completion'), ('p', 'Gideon Abernethy-Kaur'),
   ('big', 'Preanalytic Variables in Coagulation Proficiency Testing'), ('sp',),
   ('above', [('Activity ID', 'CAP-PT-0781'), ('Date Completed', '18 Nov 2025'), ('CE Hours', '1.0'), ('Credit expires', '11/18/2028')])],
  orient='P', font='serif')


def main():
    import sys
    os.makedirs(SRC, exist_ok=True)
    only = sys.argv[1:]
    for c in CERTS:
        if only and c['id'] not in only: continue
        pdf = os.path.join(HERE, c['id'] + '.pdf')
        RENDERERS[c['producer']](c, pdf)
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w') as f:
            json.dump(c['gold'], f, indent=2, ensure_ascii=False)
        print('built', c['id'], c['producer'])
    shutil.rmtree(os.path.join(SRC, '_lo'), ignore_errors=True)
    shutil.rmtree(os.path.join(SRC, '_out'), ignore_errors=True)
    for f in os.listdir(SRC):
        if f.endswith('.unflattened.pdf'): os.remove(os.path.join(SRC, f))


if __name__ == '__main__':
    main()
