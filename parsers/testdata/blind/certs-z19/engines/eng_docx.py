"""Word-like producer: blocks -> .docx (python-docx) -> LibreOffice -> PDF."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from .ir import page_size, FAMILY_NAMES
from .eng_fodt import soffice_convert

AL = {'C': WD_ALIGN_PARAGRAPH.CENTER, 'L': WD_ALIGN_PARAGRAPH.LEFT, 'R': WD_ALIGN_PARAGRAPH.RIGHT}


def rgb(h):
    h = h.lstrip('#')
    return RGBColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def set_font(run, name):
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)


def set_tracking(run, pt):
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement('w:spacing')
    sp.set(qn('w:val'), str(int(round(pt * 20))))
    rpr.append(sp)


def para_border(p, side, size_pt, color):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        ppr.append(bdr)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), 'single')
    e.set(qn('w:sz'), str(int(size_pt * 8)))
    e.set(qn('w:space'), '1')
    e.set(qn('w:color'), color.lstrip('#'))
    bdr.append(e)


def cell_margins(table, top=0, bottom=0, left=60, right=60):
    tblPr = table._tbl.tblPr
    m = OxmlElement('w:tblCellMar')
    for side, v in (('top', top), ('left', left), ('bottom', bottom), ('right', right)):
        e = OxmlElement('w:' + side)
        e.set(qn('w:w'), str(v))
        e.set(qn('w:type'), 'dxa')
        m.append(e)
    tblPr.append(m)


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear')
    sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), fill.lstrip('#'))
    tcPr.append(sh)


class DocxBuilder:
    def __init__(self, page):
        self.page = page
        self.doc = Document()
        self.W, self.H = page_size(page)
        mg = page.get('margin', 72)
        self.ml = self.mr = page.get('mx', mg)
        self.mt, self.mb = page.get('mt', mg), page.get('mb', mg)
        self.cw = self.W - self.ml - self.mr
        self.font = FAMILY_NAMES.get(page.get('font', 'serif'))
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE if page.get('orient') == 'landscape' else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Pt(self.W), Pt(self.H)
        sec.left_margin, sec.right_margin = Pt(self.ml), Pt(self.mr)
        sec.top_margin, sec.bottom_margin = Pt(self.mt), Pt(self.mb)
        sec.footer_distance = Pt(page.get('footer_distance', 30))
        st = self.doc.styles['Normal']
        st.font.name = self.font
        st.font.size = Pt(11)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), self.font)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.space_before = Pt(0)
        self.doc.core_properties.title = page.get('meta_title', 'Certificate')
        self.doc.core_properties.author = page.get('meta_author', '')
        self.body = self.doc
        self.pending_break = False
        self.border()

    def border(self):
        k = self.page.get('border')
        if not k:
            return
        bc = self.page.get('bcolor', self.page.get('accent', '#1f3a5f')).lstrip('#')
        val, sz = {'single': ('single', 10), 'double': ('double', 18), 'thick': ('thick', 36),
                   'ornate': ('thinThickSmallGap', 24), 'band': ('single', 24)}[k]
        sectPr = self.doc.sections[0]._sectPr
        pb = OxmlElement('w:pgBorders')
        pb.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), val)
            e.set(qn('w:sz'), str(sz))
            e.set(qn('w:space'), '24')
            e.set(qn('w:color'), bc)
            pb.append(e)
        sectPr.append(pb)

    def para(self, container, text, size=11, b=False, i=False, align='C', color=None, font=None, sb=0, sa=None,
             track=0, w=None, lh=1.15, border_top=None, border_bottom=None, width_ref=None):
        p = container.add_paragraph()
        if self.pending_break and container is self.doc:
            p.paragraph_format.page_break_before = True
            self.pending_break = False
        pf = p.paragraph_format
        pf.alignment = AL[align]
        pf.space_before = Pt(sb)
        pf.space_after = Pt(size * 0.45 if sa is None else sa)
        pf.line_spacing = lh
        ref = width_ref or self.cw
        if w and w < ref:
            side = (ref - w) / 2 if align == 'C' else 0
            pf.left_indent = Pt(side)
            pf.right_indent = Pt(ref - w - side)
        lines = str(text).split('\n')
        for n, ln in enumerate(lines):
            r = p.add_run(ln)
            r.font.size = Pt(size)
            r.bold = b
            r.italic = i
            set_font(r, FAMILY_NAMES.get(font, font) if font else self.font)
            if color:
                r.font.color.rgb = rgb(color)
            if track:
                set_tracking(r, track)
            if n < len(lines) - 1:
                r.add_break()
        if border_top:
            para_border(p, 'top', *border_top)
        if border_bottom:
            para_border(p, 'bottom', *border_bottom)
        return p

    def _cellpara(self, cell, text, **kw):
        # use the existing first paragraph of a fresh cell
        p = cell.paragraphs[0]
        if p.text == '' and not p.runs and not getattr(cell, '_used', False):
            p._p.getparent().remove(p._p)
        cell._used = True
        return self.para(cell, text, **kw)

    def table(self, nrows, widths, align='C', style=None):
        t = self.doc.add_table(rows=nrows, cols=len(widths))
        if style:
            t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if align == 'C' else WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Pt(w)
        if self.pending_break:
            # a table cannot carry page-break-before; put an empty breaking paragraph first
            pass
        return t

    def block(self, b):
        k = b['k']
        pal = self.page.get('align', 'C')
        if k == 'T':
            self.para(self.doc, b['text'], size=b.get('size', 11), b=b.get('b', False), i=b.get('i', False),
                      align=b.get('align', pal), color=b.get('color'), font=b.get('font'), sb=b.get('sb', 0),
                      sa=b.get('sa'), track=b.get('track', 0), w=b.get('w'), lh=b.get('lh', 1.15))
        elif k == 'SP':
            p = self.para(self.doc, '', size=1, sa=0, sb=0, lh=1.0)
            p.paragraph_format.space_before = Pt(max(b['h'] - 1.5, 0))
        elif k == 'RULE':
            self.para(self.doc, '', size=1, sb=b.get('sb', 2), sa=b.get('sa', 8), w=b.get('w'), lh=1.0,
                      border_bottom=(b.get('lw', 0.8), b.get('color', self.page.get('accent', '#444444'))))
        elif k == 'KV':
            self._break_para()
            size = b.get('size', 11)
            w = b.get('w', 440)
            lw = b.get('lw', 130)
            al = b.get('align', 'C' if pal == 'C' else 'L')
            t = self.table(len(b['rows']), [lw, w - lw], al)
            cell_margins(t, 0, 0, 0, 80)
            for row, r in zip(t.rows, b['rows']):
                self._cellpara(row.cells[0], r[0], size=size, b=True, align='L', sa=b.get('gap', 4), font=b.get('font'), lh=1.1)
                self._cellpara(row.cells[1], r[1], size=size, align='L', sa=b.get('gap', 4), font=b.get('font'), lh=1.1)
            self.para(self.doc, '', size=1, sa=b.get('sa', 8), lh=1.0)
        elif k == 'COLS':
            self._break_para()
            size = b.get('size', 11.5)
            lsize = b.get('lsize', 8)
            w = b.get('w', self.cw)
            calign = b.get('calign', 'L')
            for row in b['rows']:
                n = len(row)
                fr = b.get('colw') or [1.0 / n] * n
                widths = [w * f for f in fr[:n]]
                t = self.table(2, widths, 'C')
                cell_margins(t, 0, 0, 40, 160)
                for c, cell in zip(row, t.rows[0].cells):
                    self._cellpara(cell, c[0], size=lsize, b=True, color='#555555', align=calign, sa=1,
                                   border_bottom=(0.5, '#999999'), lh=1.0)
                for c, cell in zip(row, t.rows[1].cells):
                    self._cellpara(cell, c[1], size=size, align=calign, sa=0, sb=2, lh=1.1)
                self.para(self.doc, '', size=1, sa=b.get('gap', 10), lh=1.0)
        elif k == 'TABLE':
            self._break_para()
            size = b.get('size', 10)
            w = b.get('w', self.cw)
            n = len(b['header'])
            fr = b.get('widths') or [1.0 / n] * n
            widths = [w * f for f in fr]
            t = self.table(1 + len(b['rows']), widths, 'C', style='Table Grid')
            cell_margins(t, 50, 50, 80, 80)
            for h, cell in zip(b['header'], t.rows[0].cells):
                self._cellpara(cell, h, size=size, b=True, align='L', sa=0, lh=1.05)
                cell_shade(cell, '#e6e6e6')
            for r, row in zip(b['rows'], t.rows[1:]):
                for v, cell in zip(r, row.cells):
                    self._cellpara(cell, v, size=size, align='L', sa=0, lh=1.05)
            self.para(self.doc, '', size=1, sa=b.get('sa', 10), lh=1.0)
        elif k == 'SIG':
            self._break_para()
            size = b.get('size', 9.5)
            sigs = b['sigs']
            lw = b.get('lw', 190)
            self.para(self.doc, '', size=1, sa=b.get('sb', 6), lh=1.0)
            slot = self.cw / len(sigs) if len(sigs) > 1 else lw + 20
            al = 'C' if (b.get('align', 'C') == 'C' or len(sigs) > 1) else 'L'
            t = self.table(1, [slot] * len(sigs), al)
            cell_margins(t, 0, 0, 200, 200)
            for s, cell in zip(sigs, t.rows[0].cells):
                self._cellpara(cell, s[2] if len(s) > 2 and s[2] else ' ', size=18, font='chancery', color='#1b2a6b',
                               sa=0, align='C', lh=1.0)
                self._cellpara(cell, s[0], size=size, b=True, sa=0, align='C', border_top=(0.7, '#333333'), lh=1.1)
                for tl in str(s[1]).split('\n'):
                    if tl:
                        self._cellpara(cell, tl, size=size - 0.5, i=True, sa=0, align='C', lh=1.1)
            self.para(self.doc, '', size=1, sa=b.get('sa', 8), lh=1.0)
        else:
            raise ValueError(k)

    def _break_para(self):
        if self.pending_break:
            self.para(self.doc, '', size=1, sa=0, lh=1.0)

    def build(self, blocks):
        foots = []
        first = True
        if self.page.get('docx_top'):
            self.block(dict(k='SP', h=self.page['docx_top']))
        for b in blocks:
            if b['k'] == 'PB':
                self.pending_break = True
            elif b['k'] == 'FOOT':
                if first:
                    foots.append(b)
            else:
                self.block(b)
            if b['k'] == 'PB':
                first = False
        if foots:
            ft = self.doc.sections[0].footer
            fp = ft.paragraphs[0]
            fp._p.getparent().remove(fp._p)
            for f in foots:
                self.para(ft, f['text'], size=f.get('size', 7.5), align=f.get('align', self.page.get('align', 'C')),
                          color=f.get('color', '#444444'), sa=f.get('sa', 2), i=f.get('i', False), font=f.get('font'), lh=1.05)
        return self.doc


def render_docx(cert, out_pdf, src_dir, profile_dir):
    d = DocxBuilder(cert['page']).build(cert['blocks'])
    src = os.path.join(src_dir, cert['id'] + '.docx')
    d.save(src)
    soffice_convert(src, out_pdf, profile_dir)
