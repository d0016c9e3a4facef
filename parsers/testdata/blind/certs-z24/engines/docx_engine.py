"""Word-like producer: .docx written with python-docx, converted by LibreOffice."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

from .blocks import group_widths, label_width
from .display import spaced_literal
from .fodt import soffice_convert


def rgb(h):
    h = h.lstrip("#")
    return RGBColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def squiggle_png(path):
    from PIL import Image, ImageDraw
    W, H = 520, 120
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)

    def bez(p0, p1, p2, p3, n=40):
        pts = []
        for i in range(n + 1):
            t = i / n
            a = (1 - t) ** 3
            b = 3 * (1 - t) ** 2 * t
            c = 3 * (1 - t) * t ** 2
            e = t ** 3
            pts.append((a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0],
                        a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]))
        return pts
    pts = bez((8, 88), (80, 8), (104, 120), (180, 56))
    pts += bez((180, 56), (240, 20), (280, 100), (340, 72))
    pts += bez((340, 72), (400, 40), (440, 90), (512, 64))
    d.line(pts, fill=(26, 42, 112, 255), width=5, joint="curve")
    im.save(path)


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        spec = kw.get(edge)
        if spec:
            el.set(qn("w:val"), spec[0])
            el.set(qn("w:sz"), str(spec[1]))
            el.set(qn("w:color"), spec[2])
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tcPr.append(borders)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


class Builder:
    def __init__(self, cert, workdir):
        self.cert = cert
        self.o = o = cert["opts"]
        self.workdir = workdir
        self.land = o.get("orient") == "L"
        self.center = o.get("align") == "center"
        self.acc = o.get("accent", "#222222")
        self.font = "Liberation Serif" if o.get("font", "serif") == "serif" else "Liberation Sans"
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = self.font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        st.font.size = Pt(11)
        st.paragraph_format.space_after = Pt(0)
        self.squig = os.path.join(workdir, "squiggle.png")
        if not os.path.exists(self.squig):
            squiggle_png(self.squig)

    def setup_page(self):
        sec = self.doc.sections[0]
        if self.land:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Inches(11), Inches(8.5)
        else:
            sec.page_width, sec.page_height = Inches(8.5), Inches(11)
        border = self.o.get("border", "none")
        m = 0.85 if border != "none" else 0.8
        sec.left_margin = sec.right_margin = Inches(m + (0.15 if self.land else 0))
        sec.top_margin = sec.bottom_margin = Inches(0.75)
        sec.header_distance = sec.footer_distance = Inches(0.3)
        self.cw = (11 if self.land else 8.5) - 2 * (m + (0.15 if self.land else 0))
        self.ch = (8.5 if self.land else 11) - 1.5
        if border != "none":
            spec = {"single": ("single", 12, 24), "double": ("double", 18, 20),
                    "thick": ("thickThinSmallGap", 36, 18), "ornate": ("triple", 12, 18)}[border]
            pgB = OxmlElement("w:pgBorders")
            pgB.set(qn("w:offsetFrom"), "page")
            for edge in ("top", "left", "bottom", "right"):
                el = OxmlElement(f"w:{edge}")
                el.set(qn("w:val"), spec[0])
                el.set(qn("w:sz"), str(spec[1]))
                el.set(qn("w:space"), str(spec[2]))
                el.set(qn("w:color"), self.acc.lstrip("#"))
                pgB.append(el)
            sectPr = sec._sectPr
            # pgBorders must come after pgMar
            pgMar = sectPr.find(qn("w:pgMar"))
            pgMar.addnext(pgB)

    def para(self, container, text, size=11, bold=False, italic=False, color="#161616",
             align=None, before=0, after=4, spacing=None, holder=False):
        p = container.add_paragraph()
        al = align or ("center" if self.center else "left")
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}[al]
        pf = p.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if text:
            r = p.add_run(text)
            r.font.size = Pt(size)
            r.font.bold = bold
            r.font.italic = italic
            r.font.color.rgb = rgb(color)
            r.font.name = self.font
            if spacing:
                rPr = r._r.get_or_add_rPr()
                sp = OxmlElement("w:spacing")
                sp.set(qn("w:val"), str(spacing))
                rPr.append(sp)
        elif not holder:
            pf.line_spacing = Pt(max(size, 1))
        return p

    def table(self, container, widths, align=None):
        t = container.add_table(rows=0, cols=len(widths))
        t.autofit = False
        al = align or ("center" if self.center else "left")
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if al == "center" else WD_TABLE_ALIGNMENT.LEFT
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 1440)))
        tblPr = t._tbl.tblPr
        tw = OxmlElement("w:tblW")
        tw.set(qn("w:w"), str(int(sum(widths) * 1440)))
        tw.set(qn("w:type"), "dxa")
        for old in tblPr.findall(qn("w:tblW")):
            tblPr.remove(old)
        tblPr.append(tw)
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        return t

    def add_row(self, t, widths):
        row = t.add_row()
        for c, w in zip(row.cells, widths):
            c.width = Inches(w)
        return row

    @staticmethod
    def clear(cell):
        # python-docx cells start with one empty paragraph; reuse via deletion
        p = cell.paragraphs[0]._p
        p.getparent().remove(p)

    def block(self, C, b):
        t = b["t"]
        acc = self.acc
        if t == "org":
            self.para(C, b["text"], size=b.get("size") or 16, bold=b.get("bold", True), color=acc,
                      after=3)
        elif t == "sub":
            self.para(C, b["text"], size=b.get("size") or 12, italic=True, color="#555555")
        elif t == "heading":
            self.para(C, b["text"], size=b.get("size") or 28, bold=True, color=acc, before=6,
                      after=9)
        elif t == "p":
            self.para(C, b["text"], size=b.get("size") or 11.5, bold=b.get("bold"),
                      italic=b.get("italic"), align=b.get("align"), after=5)
        elif t == "name":
            text = spaced_literal(b["text"]) if b.get("spaced") else b["text"]
            self.para(C, text, size=b.get("size") or (26 if self.land else 22), bold=True,
                      before=4, after=8)
        elif t == "fmt":
            self.para(C, b["text"], size=11, bold=True, color=acc, spacing=30)
        elif t == "title":
            self.para(C, b["text"], size=b.get("size") or (18 if self.land else 15.5), bold=True,
                      before=2, after=7)
        elif t == "small":
            self.para(C, b["text"], size=8, color="#555555", align=b.get("align"), after=4)
        elif t == "sp":
            self.para(C, "", size=1, after=b["h"])
        elif t == "rule":
            p = self.para(C, "", size=2, after=8)
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bt = OxmlElement("w:bottom")
            bt.set(qn("w:val"), "single")
            bt.set(qn("w:sz"), "12")
            bt.set(qn("w:space"), "1")
            bt.set(qn("w:color"), acc.lstrip("#"))
            bdr.append(bt)
            pPr.append(bdr)
        elif t == "kv":
            size = b.get("size") or 10.5
            width = self.cw * (b.get("width") or 0.7)
            lw = label_width([l for l, _ in b["rows"]], size, self.o.get("font", "serif"), width)
            ws = [lw, width - lw]
            tb = self.table(C, ws)
            for l, v in b["rows"]:
                row = self.add_row(tb, ws)
                for cell in row.cells:
                    self.clear(cell)
                self.para(row.cells[0], l + ":", size=size, bold=True, color="#555555",
                          align="left", after=2)
                self.para(row.cells[1], v, size=size, align="left", after=2)
            self.para(C, "", size=2, after=4)
        elif t == "cols":
            width = self.cw * (b.get("width") or (0.9 if self.center else 1.0))
            for gi, group in enumerate(b["groups"]):
                ws = [width * f for f in group_widths(b, gi)]
                tb = self.table(C, ws)
                r1 = self.add_row(tb, ws)
                r2 = self.add_row(tb, ws)
                for (l, v), c1, c2 in zip(group, r1.cells, r2.cells):
                    self.clear(c1)
                    self.clear(c2)
                    self.para(c1, l.upper(), size=7.5, bold=True, color=acc, align="left",
                              after=1, spacing=10)
                    self.para(c2, v, size=11.5, align="left", after=3)
                    set_cell_border(c2, bottom=("single", 6, "777777"))
                self.para(C, "", size=2, after=6)
        elif t == "table":
            size = b.get("size") or 10
            width = self.cw * (b.get("width") or 1.0)
            ws = [width * w for w in b["widths"]]
            tb = self.table(C, ws)
            for ri, r in enumerate([b["head"]] + b["rows"]):
                row = self.add_row(tb, ws)
                for cell, txt in zip(row.cells, r):
                    self.clear(cell)
                    self.para(cell, txt, size=size, bold=(ri == 0), align="left", before=2,
                              after=2)
                    edge = ("single", 4, "777777")
                    set_cell_border(cell, top=edge, bottom=edge, left=edge, right=edge)
                    if ri == 0:
                        shade(cell, "E6EBF2")
            self.para(C, "", size=2, after=6)
        elif t == "sig":
            n = len(b["signers"])
            ws = []
            for i in range(n):
                if i:
                    ws.append(0.6)
                ws.append(2.5)
            self.para(C, "", size=2, after=10)
            tb = self.table(C, ws)
            row = self.add_row(tb, ws)
            cells = [c for i, c in enumerate(row.cells) if i % 2 == 0]
            for c in row.cells:
                self.clear(c)
            for i, c in enumerate(row.cells):
                if i % 2:
                    self.para(c, "", size=1)
            for (nm, titles), cell in zip(b["signers"], cells):
                p = self.para(cell, "", size=8, align="center", after=0, holder=True)
                p.add_run().add_picture(self.squig, width=Inches(1.5))
                p2 = self.para(cell, nm, size=9.5, bold=True, align="center", after=0)
                pPr = p2._p.get_or_add_pPr()
                bdr = OxmlElement("w:pBdr")
                bt = OxmlElement("w:top")
                bt.set(qn("w:val"), "single")
                bt.set(qn("w:sz"), "6")
                bt.set(qn("w:space"), "2")
                bt.set(qn("w:color"), "111111")
                bdr.append(bt)
                pPr.append(bdr)
                for tl in titles:
                    self.para(cell, tl, size=8.5, italic=True, color="#555555", align="center",
                              after=0)
        elif t == "foot":
            sec = self.doc.sections[0]
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = fp.add_run(b["text"])
            r.font.size = Pt(7.5)
            r.font.color.rgb = rgb("#555555")
        elif t == "page":
            self.doc.add_page_break()
        else:
            raise ValueError(t)

    def build(self, out_docx):
        self.setup_page()
        doc = self.doc
        # python-docx documents start with no paragraphs in body except sectPr
        blocks = self.cert["blocks"]
        first, rest = blocks, []
        if any(b["t"] == "page" for b in blocks):
            k = next(i for i, b in enumerate(blocks) if b["t"] == "page")
            first, rest = blocks[:k], blocks[k:]
        if self.center:
            outer = doc.add_table(rows=1, cols=1)
            outer.alignment = WD_TABLE_ALIGNMENT.CENTER
            cell = outer.rows[0].cells[0]
            cell.width = Inches(self.cw)
            outer.rows[0].height = Inches(self.ch - 0.45)
            outer.rows[0].height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            self.clear(cell)
            for b in first:
                self.block(cell, b)
            if not cell.paragraphs:
                cell.add_paragraph()
        else:
            for b in first:
                self.block(doc, b)
        for b in rest:
            self.block(doc, b)
        # collapse the trailing paragraph Word requires after a table
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(1)
        cp = doc.core_properties
        cp.title = f"Certificate {self.cert['id']}"
        cp.author = self.cert["gold"]["provider"][0]
        doc.save(out_docx)


def build(cert, out_pdf, workdir, profiles):
    src = os.path.join(workdir, cert["id"] + ".docx")
    Builder(cert, workdir).build(src)
    soffice_convert(src, workdir, profiles)
    produced = os.path.join(workdir, cert["id"] + ".pdf")
    if os.path.abspath(produced) != os.path.abspath(out_pdf):
        os.replace(produced, out_pdf)
    return src
