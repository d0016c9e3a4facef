# -*- coding: utf-8 -*-
"""Word documents written with python-docx, converted with LibreOffice headless."""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, ".profiles")
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


def new_doc(landscape=False, margin=0.75, font="Liberation Serif", size=11):
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, a, Inches(margin))
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return d


def page_border(d, color="1F4E79", sz=24, val="double", space=24):
    sectPr = d.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), str(space))
        el.set(qn("w:color"), color)
        pb.append(el)
    sectPr.append(pb)


def para(d_or_cell, text="", align=L, size=None, bold=False, italic=False, color=None, font=None,
         before=0, after=0, spacing=None, caps=False):
    p = d_or_cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        run(p, text, size, bold, italic, color, font, spacing, caps)
    return p


def run(p, text, size=None, bold=False, italic=False, color=None, font=None, spacing=None, caps=False):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if caps:
        r.font.all_caps = True
    if spacing is not None:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    return r


def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def cell_borders(cell, **kw):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, spec in kw.items():
        el = OxmlElement("w:" + side)
        val, sz, color = spec
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), color)
        b.append(el)
    tcPr.append(b)


def no_borders(table):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def grid(table, color="808080", sz=4):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def widths(table, ws):
    table.autofit = False
    for i, w in enumerate(ws):
        table.columns[i].width = Inches(w)
    for row in table.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = Inches(w)


def first_par(cell, text, **kw):
    p = cell.paragraphs[0]
    p.alignment = kw.pop("align", L)
    run(p, text, **kw)
    return p


# ------------------------------------------------------------------ zl13
def zl13(c):
    d = new_doc(margin=0.9, font="Liberation Sans")
    page_border(d, color="2E75B6", sz=18, val="single", space=20)
    t = d.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    cell = t.rows[0].cells[0]
    shade(cell, "2E75B6")
    widths(t, [2.2])
    first_par(cell, c["logo"], size=22, bold=True, color="FFFFFF", align=C)
    para(d, c["org"], C, 11, color="2E75B6", before=4)
    para(d, c["heading"], C, 30, font="Liberation Serif", before=40, after=18)
    para(d, c["intro"], C, 13, italic=True, font="Liberation Serif")
    para(d, c["name"], C, 26, bold=True, font="Liberation Serif", before=10, after=10)
    para(d, c["verb"], C, 13, italic=True, font="Liberation Serif")
    para(d, c["title"], C, 17, bold=True, color="1F3864", before=10, after=24)
    t = d.add_table(rows=len(c["fields"]), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    widths(t, [2.0, 3.0])
    for i, (k, v) in enumerate(c["fields"]):
        first_par(t.rows[i].cells[0], k + ":", size=10.5, bold=True, align=R)
        first_par(t.rows[i].cells[1], "  " + v, size=10.5)
    para(d, "", before=60)
    para(d, "______________________________", C)
    para(d, c["sig"][0], C, 10)
    para(d, c["sig"][1], C, 10, italic=True)
    para(d, c["statement"], C, 8.5, color="444444", before=40)
    return d


# ------------------------------------------------------------------ zl20
def zl20(c):
    d = new_doc(landscape=True, margin=0.8, font="Liberation Serif")
    page_border(d, color="2F5233", sz=36, val="thinThickSmallGap", space=22)
    t = d.add_table(rows=1, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    widths(t, [1.0, 0.15, 6.4])
    shade(t.rows[0].cells[0], "2F5233")
    first_par(t.rows[0].cells[0], c["logo"], size=13, bold=True, color="FFFFFF", align=C, font="Liberation Sans")
    first_par(t.rows[0].cells[2], c["org"], size=13, bold=True, color="2F5233", font="Liberation Sans")
    para(d, c["heading"], C, 34, color="2F5233", before=22, after=10)
    para(d, c["intro"], C, 13, italic=True)
    para(d, c["name"], C, 26, bold=True, before=6, after=6)
    para(d, c["verb"], C, 13, italic=True)
    para(d, c["title"], C, 24, bold=True, color="2F5233", before=4)
    para(d, c["where"], C, 12, before=2)
    para(d, c["credit_line"], C, 14, italic=True, before=8)
    para(d, "   ".join("%s: %s" % kv for kv in c["fields"]), C, 10.5, font="Liberation Sans", before=10)
    para(d, "______________________________", C, before=30)
    para(d, c["sig"][0], C, 10, font="Liberation Sans")
    para(d, c["sig"][1], C, 10, italic=True, font="Liberation Sans")
    para(d, c["statement"], C, 8, color="444444", font="Liberation Sans", before=14)
    return d


# ------------------------------------------------------------------ zl25
def zl25(c):
    d = new_doc(margin=0.8, font="Liberation Sans", size=10.5)
    para(d, c["org"], L, 17, bold=True, color="7B2C3B")
    para(d, c["sub"], L, 12, color="7B2C3B", after=4)
    t = d.add_table(rows=1, cols=1)
    no_borders(t)
    shade(t.rows[0].cells[0], "7B2C3B")
    first_par(t.rows[0].cells[0], c["heading"], size=15, bold=True, color="FFFFFF")
    para(d, "", after=8)
    n = len(c["pairs"]) + 1
    t = d.add_table(rows=n, cols=4)
    grid(t, "A6A6A6")
    widths(t, [1.45, 2.4, 1.25, 1.8])
    # title row merged across the value columns
    r0 = t.rows[0]
    first_par(r0.cells[0], c["title_label"] + ":", bold=True, size=10)
    m = r0.cells[1].merge(r0.cells[3])
    first_par(m, c["title"], size=12, bold=True)
    for i, ((k1, v1), (k2, v2)) in enumerate(c["pairs"], start=1):
        row = t.rows[i]
        first_par(row.cells[0], k1 + ":", bold=True, size=10)
        first_par(row.cells[1], v1)
        first_par(row.cells[2], k2 + ":", bold=True, size=10)
        first_par(row.cells[3], v2)
    for row in t.rows:
        shade(row.cells[0], "F2E6E8")
    para(d, c["offered"], L, 9.5, italic=True, before=14)
    para(d, "This in-service counts toward annual competency and continuing education requirements. "
            "Retain this certificate for your personnel file.", L, 9.5, before=6)
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    widths(t, [3.4, 3.4])
    for j, s in enumerate(c["sig"]):
        first_par(t.rows[0].cells[j], "\n\n_____________________________")
        first_par(t.rows[1].cells[j], s, size=9.5)
    return d


# ------------------------------------------------------------------ zl33
def zl33(c):
    d = new_doc(margin=0.7, font="DejaVu Sans", size=9.5)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    widths(t, [4.3, 2.8])
    shade(t.rows[0].cells[0], "E7EEF7")
    shade(t.rows[0].cells[1], "E7EEF7")
    first_par(t.rows[0].cells[0], c["lms"], size=11, bold=True, color="1F3864")
    first_par(t.rows[0].cells[1], c["org"], size=10, color="1F3864", align=R)
    para(d, c["heading"], L, 18, bold=True, before=16, after=10)
    t = d.add_table(rows=len(c["rows"]), cols=2)
    grid(t, "BFBFBF")
    widths(t, [1.7, 5.4])
    for i, (k, v) in enumerate(c["rows"]):
        shade(t.rows[i].cells[0], "F2F2F2")
        first_par(t.rows[i].cells[0], k, bold=True)
        first_par(t.rows[i].cells[1], v)
    para(d, "This record was generated from the learning management system and is valid without signature.",
         L, 8.5, italic=True, before=12)
    para(d, c["printed"], L, 8, color="808080", before=30)
    return d


def render(cert, out_pdf):
    src_dir = os.path.join(PROF, "src")
    os.makedirs(src_dir, exist_ok=True)
    src = os.path.join(src_dir, cert["id"] + ".docx")
    globals()[cert["id"]](cert["c"]).save(src)
    outdir = os.path.join(PROF, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    tmp = os.path.join(outdir, cert["id"] + ".pdf")
    if os.path.exists(tmp):
        os.remove(tmp)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(PROF, "libreoffice"),
                    "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(tmp, out_pdf)
