"""Word document built with python-docx, converted to PDF by LibreOffice."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor
from .common import SIZES, norm, hex2rgb255

AL = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
      "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + edge)
        if edge in kw:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(kw[edge]))
            el.set(qn("w:color"), kw.get("color", "888888"))
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tcPr.append(b)


def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


def _page_border(section, kind, color):
    if kind == "none":
        return
    sectPr = section._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    val, sz = {"single": ("single", "12"), "double": ("double", "18"), "ornate": ("thickThinSmallGap", "24")}[kind]
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "24")
        e.set(qn("w:color"), color.lstrip("#"))
        pb.append(e)
    pgMar = sectPr.find(qn("w:pgMar"))
    pgMar.addnext(pb)


def _vcenter(section):
    sectPr = section._sectPr
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    dg = sectPr.find(qn("w:docGrid"))
    if dg is not None:
        dg.addprevious(va)
    else:
        sectPr.append(va)


def build_docx(spec, out):
    doc = Document()
    sec = doc.sections[0]
    land = spec["orientation"] == "landscape"
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    m = Inches(0.85)
    sec.left_margin = sec.right_margin = m
    sec.top_margin = Inches(0.75)
    sec.bottom_margin = Inches(0.6)
    cw = (11 if land else 8.5) - 1.7
    _page_border(sec, spec["border"], spec["accent"])
    if spec.get("vcenter"):
        _vcenter(sec)
    acc = RGBColor(*hex2rgb255(spec["accent"]))
    grey = RGBColor(0x55, 0x55, 0x55)
    fam = "Liberation Serif" if spec["font"] == "serif" else "Liberation Sans"
    st = doc.styles["Normal"]
    st.font.name = fam
    st.font.size = Pt(12)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), fam)
    al = spec["align"]
    pending = [False]
    if spec.get("top_pad"):
        from docx.enum.text import WD_LINE_SPACING
        p0 = doc.add_paragraph()
        p0.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p0.paragraph_format.line_spacing = Pt(spec["top_pad"])
        p0.paragraph_format.space_after = Pt(0)

    def para(text, size=12, bold=False, italic=False, color=None, align=None, before=0, after=4, font=None,
             container=None):
        p = (container or doc).add_paragraph()
        if pending[0] and container is None:
            p.paragraph_format.page_break_before = True
            pending[0] = False
        p.alignment = AL[align or al]
        pf = p.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
        if font:
            r.font.name = font
        return p

    def new_table(rows, cols, widths, align_center=True):
        if pending[0]:
            para("", size=2, after=0)
            doc.paragraphs[-1].paragraph_format.page_break_before = True
        t = doc.add_table(rows=rows, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if align_center else WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for i, w in enumerate(widths):
            for r in t.rows:
                r.cells[i].width = Inches(w)
        tblPr = t._tbl.tblPr
        tw = tblPr.find(qn("w:tblW"))
        if tw is None:
            tw = OxmlElement("w:tblW"); tblPr.append(tw)
        tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(sum(widths) * 1440)))
        lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 1440)))
        return t

    def cell_text(cell, text, size, bold=False, italic=False, color=None, align="left"):
        p = cell.paragraphs[0]
        p.alignment = AL[align]
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
        return p

    for el in spec["body"]:
        el = norm(el)
        t, v = el["t"], el["v"]
        if t == "pagebreak":
            pending[0] = True
        elif t == "sp":
            para("", size=max(2, float(v) * 0.8), after=0)
        elif t == "rule":
            p = para("", size=4, after=6)
            pPr = p._p.get_or_add_pPr()
            bd = OxmlElement("w:pBdr")
            bt = OxmlElement("w:bottom")
            bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "6"); bt.set(qn("w:color"), spec["accent"].lstrip("#"))
            bd.append(bt)
            pPr.append(bd)
        elif t == "logo":
            para(v, size=el.get("size", SIZES["logo"]), bold=True, color=acc, font="Liberation Sans", after=6)
        elif t == "issuer":
            para(v, size=el.get("size", SIZES["issuer"]), bold=True, color=acc, after=2)
        elif t == "issuer2":
            para(v, size=el.get("size", SIZES["issuer2"]), italic=True, color=grey, after=2)
        elif t == "h1":
            para(v, size=el.get("size", SIZES["h1"] - 2), bold=True, color=acc, before=8, after=10)
        elif t == "h2":
            para(v, size=el.get("size", SIZES["h2"]), bold=True, color=acc, before=4, after=6)
        elif t in ("p", "pi"):
            para(v, size=el.get("size", SIZES["p"]), bold=bool(el.get("bold")), italic=(t == "pi" or bool(el.get("italic"))),
                 align=el.get("align"), after=5)
        elif t == "fmt":
            para(v, size=el.get("size", SIZES["fmt"]), bold=True, italic=el.get("italic", True), color=acc, before=3, after=6)
        elif t == "name":
            para(v, size=el.get("size", SIZES["name"]), bold=True, italic=el.get("style", "bi") == "bi", before=6, after=10)
        elif t == "title":
            w = cw * el.get("maxw", 0.8)
            tb = new_table(1, 1, [w], al == "center")
            c = tb.rows[0].cells[0]
            _cell_border(c)
            cell_text(c, v, el.get("size", SIZES["title"]), bold=True, align=al)
        elif t == "small":
            para(v, size=el.get("size", SIZES["small"]), italic=bool(el.get("italic")), color=grey,
                 align=el.get("align", "center" if al == "center" else "justify"), after=3)
        elif t == "kv":
            size = el.get("size", SIZES["kv"])
            lw = max(len(l) for l, x in v) * size * 0.0085 + 0.25
            vw = min(cw * 0.6, max(max(len(x) for l, x in v) * size * 0.0078 + 0.3, 1.6))
            if al != "center":
                vw = cw - lw
            tb = new_table(len(v), 2, [lw, vw], al == "center")
            for i, (l, x) in enumerate(v):
                _cell_border(tb.rows[i].cells[0]); _cell_border(tb.rows[i].cells[1])
                cell_text(tb.rows[i].cells[0], l, size, bold=True)
                cell_text(tb.rows[i].cells[1], x, size)
        elif t == "cols":
            n = len(v)
            w = cw * el.get("w", 0.9 if al == "center" else 1.0)
            a2 = "center" if al == "center" else "left"
            tb = new_table(2, n, [w / n] * n, al == "center")
            for i, (l, x) in enumerate(v):
                c1, c2 = tb.rows[0].cells[i], tb.rows[1].cells[i]
                _cell_border(c1, bottom=6, color="999999"); _cell_border(c2)
                cell_text(c1, l, el.get("lsize", SIZES["cols_label"]), bold=True, color=RGBColor(0x66, 0x66, 0x66), align=a2)
                cell_text(c2, x, el.get("vsize", SIZES["cols_value"]), align=a2)
        elif t == "table":
            size = el.get("size", SIZES["table"])
            w = cw * el.get("w", 0.9)
            fr = v.get("widths") or [1.0 / len(v["head"])] * len(v["head"])
            tb = new_table(1 + len(v["rows"]), len(v["head"]), [w * f for f in fr], True)
            for i, h in enumerate(v["head"]):
                c = tb.rows[0].cells[i]
                _cell_border(c, top=4, bottom=4, left=4, right=4)
                _shade(c, "E6ECF2")
                cell_text(c, h, size, bold=True)
            for ri, r in enumerate(v["rows"]):
                for i, x in enumerate(r):
                    c = tb.rows[ri + 1].cells[i]
                    _cell_border(c, top=4, bottom=4, left=4, right=4)
                    cell_text(c, x, size)
            para("", size=6, after=2)
        elif t == "sig":
            n = len(v)
            ws = []
            for i in range(n):
                if i:
                    ws.append(0.5)
                ws.append(2.6)
            tb = new_table(1, len(ws), ws, al == "center")
            k = 0
            for i, (nm, ti) in enumerate(v):
                if i:
                    _cell_border(tb.rows[0].cells[k]); k += 1
                c = tb.rows[0].cells[k]; k += 1
                _cell_border(c)
                p = cell_text(c, el.get("script", {}).get(nm, " "), 20, align="center", color=RGBColor(0x1f, 0x2a, 0x5a))
                if p.runs:
                    p.runs[0].font.name = "Z003"
                p2 = c.add_paragraph()
                p2.alignment = AL["center"]
                pPr = p2._p.get_or_add_pPr()
                bd = OxmlElement("w:pBdr"); bt = OxmlElement("w:top")
                bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "6"); bt.set(qn("w:color"), "222222")
                bd.append(bt); pPr.append(bd)
                r = p2.add_run(nm); r.bold = True; r.font.size = Pt(9.5)
                for x in ti.split("\n"):
                    p3 = c.add_paragraph(); p3.alignment = AL["center"]
                    p3.paragraph_format.space_after = Pt(0)
                    r = p3.add_run(x); r.italic = True; r.font.size = Pt(8.5); r.font.color.rgb = grey
        else:
            raise ValueError(t)

    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = AL["center"]
        r = fp.add_run(spec["footer"])
        r.font.size = Pt(SIZES["footer"])
        r.font.color.rgb = grey
    doc.core_properties.title = "Certificate"
    doc.save(out)
