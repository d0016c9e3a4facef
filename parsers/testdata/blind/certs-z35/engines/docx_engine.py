"""Word engine: builds a .docx with python-docx, converts it with LibreOffice."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor
from .fodt_engine import convert

FN = {'serif': 'Times New Roman', 'sans': 'Arial'}
AL = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER, 'right': WD_ALIGN_PARAGRAPH.RIGHT}


def rgb(h):
    h = h.lstrip('#')
    return RGBColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def fmt_par(p, al, sb, brk=False, ind=0):
    p.alignment = AL[al]
    pf = p.paragraph_format
    pf.space_before = Pt(sb)
    pf.space_after = Pt(0)
    if ind:
        pf.left_indent = Inches(ind)
        pf.right_indent = Inches(ind)
    if brk:
        pf.page_break_before = True


def run(p, text, font, size, b=False, i=False, color=None, ls=0):
    lines = text.split('\n')
    for k, ln in enumerate(lines):
        r = p.add_run(ln)
        r.font.name = font
        r.font.size = Pt(size)
        r.bold = b
        r.italic = i
        if color:
            r.font.color.rgb = rgb(color)
        if ls:
            sp = OxmlElement('w:spacing')
            sp.set(qn('w:val'), str(int(ls * 20)))
            r._r.get_or_add_rPr().append(sp)
        if k < len(lines) - 1:
            r.add_break()
    return p


def cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement('w:tcBorders')
    for edge in ('top', 'left', 'bottom', 'right'):
        el = OxmlElement('w:' + edge)
        spec = kw.get(edge)
        if spec:
            el.set(qn('w:val'), 'single')
            el.set(qn('w:sz'), str(spec[0]))
            el.set(qn('w:color'), spec[1])
        else:
            el.set(qn('w:val'), 'nil')
        borders.append(el)
    tcPr.append(borders)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear')
    s.set(qn('w:color'), 'auto')
    s.set(qn('w:fill'), fill.lstrip('#'))
    tcPr.append(s)


def set_widths(table, widths_in):
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    tw = OxmlElement('w:tblW')
    tw.set(qn('w:w'), str(int(sum(widths_in) * 1440)))
    tw.set(qn('w:type'), 'dxa')
    for old in tblPr.findall(qn('w:tblW')):
        tblPr.remove(old)
    tblPr.append(tw)
    lay = OxmlElement('w:tblLayout')
    lay.set(qn('w:type'), 'fixed')
    tblPr.append(lay)
    grid = tbl.tblGrid
    for k, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths_in[k] * 1440)))
    for row in table.rows:
        for k, c in enumerate(row.cells):
            c.width = Inches(widths_in[k])


def page_border(section, style, col):
    sectPr = section._sectPr
    pb = OxmlElement('w:pgBorders')
    pb.set(qn('w:offsetFrom'), 'page')
    val, sz = {'single': ('single', 24), 'thin': ('single', 8), 'double': ('double', 18),
               'ornate': ('thinThickSmallGap', 36)}[style]
    for edge in ('top', 'left', 'bottom', 'right'):
        el = OxmlElement('w:' + edge)
        el.set(qn('w:val'), val)
        el.set(qn('w:sz'), str(sz))
        el.set(qn('w:space'), '24')
        el.set(qn('w:color'), col.lstrip('#'))
        pb.append(el)
    sectPr.append(pb)


def render(spec, out, docxfile, profile):
    pg = spec['page']
    land = pg.get('orient') == 'landscape'
    fam = pg.get('family', 'serif')
    align = pg.get('align', 'center')
    m = pg.get('margin', 72) / 72.0
    doc = Document()
    doc.core_properties.title = spec.get('doc_title', 'Certificate')
    doc.core_properties.author = spec.get('doc_author', '')
    sec = doc.sections[0]
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for a in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, a, Inches(m))
    if pg.get('border'):
        page_border(sec, pg['border'], pg.get('bcolor', '#333333'))
    cw = (11 if land else 8.5) - 2 * m
    # remove the initial empty paragraph later
    brk = False
    first = True
    for b in spec['blocks']:
        t = b['t']
        font = FN[b.get('ff') or fam]
        sb = b.get('sb', 0) + (pg.get('top', 0) if first else 0)
        if t == 'pagebreak':
            brk = True
            continue
        if t == 'space':
            p = doc.add_paragraph()
            fmt_par(p, 'left', b['h'] + (pg.get('top', 0) if first else 0), brk)
            run(p, '', font, 2)
            p.paragraph_format.line_spacing = Pt(2)
        elif t == 'rule':
            p = doc.add_paragraph()
            ind = cw * (1 - b['w']) / 2
            fmt_par(p, 'left', sb, brk, ind)
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement('w:pBdr')
            bot = OxmlElement('w:bottom')
            bot.set(qn('w:val'), 'single')
            bot.set(qn('w:sz'), str(int(b['width'] * 8)))
            bot.set(qn('w:color'), b['color'].lstrip('#'))
            bdr.append(bot)
            pPr.append(bdr)
            p.paragraph_format.line_spacing = Pt(3)
        elif t == 'p':
            p = doc.add_paragraph()
            ind = cw * (1 - b['w']) / 2 if b.get('w') and b['w'] < 1 else 0
            fmt_par(p, b['al'] or align, sb, brk, ind)
            if b['lh'] != 1.25:
                p.paragraph_format.line_spacing = b['lh'] * 0.87
            run(p, b['text'], font, b['size'], b['b'], b['i'], b['color'], b['ls'])
        else:
            bw = (b.get('w') or 1.0) * cw
            # spacing paragraph before a table
            sp = doc.add_paragraph()
            fmt_par(sp, 'left', max(sb - 2, 0), brk)
            run(sp, '', font, 2)
            sp.paragraph_format.line_spacing = Pt(2)
            if t == 'kv':
                tb = doc.add_table(rows=len(b['rows']), cols=2)
                widths = [b['lw'] / 72.0, bw - b['lw'] / 72.0]
                for k, (lab, val) in enumerate(b['rows']):
                    c0, c1 = tb.rows[k].cells
                    fmt_par(c0.paragraphs[0], 'left', b['gap'] / 2)
                    run(c0.paragraphs[0], lab, font, b['lsize'], b['lb'], False, b['lcolor'])
                    fmt_par(c1.paragraphs[0], 'left', b['gap'] / 2)
                    run(c1.paragraphs[0], val, font, b['size'], b['vb'])
                    for c in (c0, c1):
                        cell_border(c)
            elif t == 'cols':
                n = len(b['cols'])
                fr = b['widths'] or [1.0 / n] * n
                widths = [f * bw for f in fr]
                tb = doc.add_table(rows=2, cols=n)
                for k, (lab, val) in enumerate(b['cols']):
                    c0 = tb.rows[0].cells[k]
                    c1 = tb.rows[1].cells[k]
                    fmt_par(c0.paragraphs[0], b['al'], 0)
                    run(c0.paragraphs[0], lab, font, b['lsize'], False, False, b['lcolor'])
                    fmt_par(c1.paragraphs[0], b['al'], 2)
                    run(c1.paragraphs[0], val, font, b['size'], b['vb'])
                    cell_border(c0)
                    if b['rule']:
                        cell_border(c1, bottom=(6, '777777'))
                    else:
                        cell_border(c1)
            elif t == 'table':
                n = len(b['header'])
                fr = b['widths'] or [1.0 / n] * n
                widths = [f * bw for f in fr]
                tb = doc.add_table(rows=1 + len(b['rows']), cols=n)
                for r, row in enumerate([b['header']] + b['rows']):
                    for k, txt in enumerate(row):
                        c = tb.rows[r].cells[k]
                        fmt_par(c.paragraphs[0], b['al'], 2)
                        run(c.paragraphs[0], txt, font, b['size'], r == 0)
                        g = (6, '555555')
                        cell_border(c, top=g, bottom=g, left=g, right=g)
                        if r == 0 and b['hfill']:
                            shade(c, b['hfill'])
            elif t == 'sigs':
                n = len(b['sigs'])
                widths = [bw / n] * n
                tb = doc.add_table(rows=3, cols=n)
                for k, sig in enumerate(b['sigs']):
                    name, title = sig[0], sig[1]
                    c0, c1, c2 = tb.rows[0].cells[k], tb.rows[1].cells[k], tb.rows[2].cells[k]
                    fmt_par(c0.paragraphs[0], 'center', 0)
                    run(c0.paragraphs[0], name.split(',')[0] if b['script'] else ' ', 'Times New Roman', 17, False, True, '#1c2f6b')
                    cell_border(c0)
                    pPr = c0.paragraphs[0]._p.get_or_add_pPr()
                    bdr = OxmlElement('w:pBdr')
                    bot = OxmlElement('w:bottom')
                    bot.set(qn('w:val'), 'single')
                    bot.set(qn('w:sz'), '6')
                    bot.set(qn('w:color'), '000000')
                    bdr.append(bot)
                    pPr.append(bdr)
                    c0.paragraphs[0].paragraph_format.left_indent = Inches(0.35)
                    c0.paragraphs[0].paragraph_format.right_indent = Inches(0.35)
                    fmt_par(c1.paragraphs[0], 'center', 3)
                    run(c1.paragraphs[0], name, font, b['size'], True)
                    cell_border(c1)
                    fmt_par(c2.paragraphs[0], 'center', 0)
                    run(c2.paragraphs[0], title, font, b['size'] - 0.5)
                    cell_border(c2)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            set_widths(tb, widths)
        brk = False
        first = False
    doc.save(docxfile)
    convert(docxfile, out, profile)
