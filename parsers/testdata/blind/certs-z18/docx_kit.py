"""Small python-docx helpers (page setup, page borders, styled paragraphs, tables)."""
from docx import Document
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new_doc(landscape=False, margin=0.75):
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Inches(margin))
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    return d


def page_border(doc, val="double", sz=18, color="1F3864", space=24):
    sect = doc.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        pb.append(e)
    # pgBorders must come after pgMar in sectPr
    pgmar = sect.find(qn("w:pgMar"))
    pgmar.addnext(pb)


def para(doc_or_cell, runs, align="center", before=0, after=0, line=None):
    """runs: list of (text, dict(size, bold, italic, color, font, caps, spacing, sup)) or plain str."""
    p = doc_or_cell.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, f in runs:
        r = p.add_run(text)
        if "size" in f: r.font.size = Pt(f["size"])
        if f.get("bold"): r.font.bold = True
        if f.get("italic"): r.font.italic = True
        if "color" in f: r.font.color.rgb = RGBColor.from_string(f["color"])
        if "font" in f:
            r.font.name = f["font"]
            r._element.rPr.rFonts.set(qn("w:eastAsia"), f["font"])
        if f.get("sup"): r.font.superscript = True
        if "spacing" in f:
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(f["spacing"]))
            r._element.get_or_add_rPr().append(sp)
    return p


def cell_borders(cell, **kw):
    """kw: top/bottom/left/right = (val, sz, color)"""
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        if side in kw:
            val, sz, color = kw[side]
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), color)
            b.append(e)
    tcPr.append(b)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def table(doc, nrows, ncols, widths, align="center"):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER if align == "center" else WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Inches(w)
    for i, w in enumerate(widths):
        t.columns[i].width = Inches(w)
    return t


def cell_text(cell, runs, align="left", before=2, after=2):
    """Write into a cell's first paragraph."""
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, f in runs:
        r = p.add_run(text)
        if "size" in f: r.font.size = Pt(f["size"])
        if f.get("bold"): r.font.bold = True
        if f.get("italic"): r.font.italic = True
        if "color" in f: r.font.color.rgb = RGBColor.from_string(f["color"])
        if "font" in f: r.font.name = f["font"]
        if f.get("sup"): r.font.superscript = True
    return p
