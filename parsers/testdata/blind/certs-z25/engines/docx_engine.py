"""Word-like producer: certlib blocks -> .docx (python-docx) ->
soffice --headless --convert-to pdf."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from fodt_engine import soffice_convert

FONTS = {"serif": "Liberation Serif", "sans": "Liberation Sans",
         "gothic": "URW Gothic", "school": "C059"}
AL = {"C": WD_ALIGN_PARAGRAPH.CENTER, "L": WD_ALIGN_PARAGRAPH.LEFT,
      "R": WD_ALIGN_PARAGRAPH.RIGHT}


def rgb(h):
    h = h.lstrip("#")
    return RGBColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def _border_el(tag, sz, color, val="single", space=0):
    el = OxmlElement(tag)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color.lstrip("#"))
    return el


def para_border(p, side, sz=6, color="#000000"):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    bdr.append(_border_el("w:" + side, sz, color, space=1))


def cell_borders(cell, sides, sz=4, color="#888888"):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in ("top", "left", "bottom", "right"):
        if s in sides:
            b.append(_border_el("w:" + s, sz, color))
        else:
            b.append(_border_el("w:" + s, 0, "#FFFFFF", val="nil"))
    tcPr.append(b)


def cell_shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color.lstrip("#"))
    tcPr.append(shd)


def add_par(container, text, size=11, b=False, i=False, align="L", sb=0, font=None,
            color=None, ls=0, first=False):
    p = container.paragraphs[0] if (first and container.paragraphs) else container.add_paragraph()
    p.alignment = AL[align]
    pf = p.paragraph_format
    pf.space_before = Pt(sb)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.1
    lines = text.split("\n")
    for j, line in enumerate(lines):
        r = p.add_run(line)
        if j < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
        r.font.size = Pt(size)
        r.font.bold = b
        r.font.italic = i
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = rgb(color)
        if ls:
            rPr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(int(ls * 20)))
            rPr.append(sp)
    return p


def make_table(doc, ncols, widths_in, align_center=True):
    t = doc.add_table(rows=0, cols=ncols)
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER if align_center else WD_TABLE_ALIGNMENT.LEFT
    for j, w in enumerate(widths_in):
        t.columns[j].width = Inches(w)
    return t


def to_docx(cert, path):
    p = cert["page"]
    land = p["orient"] == "L"
    W, H = (11, 8.5) if land else (8.5, 11)
    acc = p["accent"]
    fam = FONTS[p.get("hfont") or p["font"]]
    doc = Document()
    cp = doc.core_properties
    cp.title = cert["meta_title"]
    cp.author = cert["meta_author"]
    st = doc.styles["Normal"]
    st.font.name = fam
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), fam)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE if land else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Inches(W), Inches(H)
    m = p["margin"] / 72.0
    pad = p["pad"] / 72.0 if p.get("border") else 0
    # Word measures page borders from the page edge; text margin = border + padding
    sec.left_margin = sec.right_margin = Inches(m + pad)
    sec.top_margin = Inches(m + pad)
    sec.bottom_margin = Inches(m + pad)
    sec.header_distance = Inches(0.3)
    sec.footer_distance = Inches(m + 0.14 if p.get("border") else max(0.25, m - 0.3))
    if p.get("border"):
        kinds = {"single": ("single", 12), "double": ("double", 18),
                 "thick": ("thickThinSmallGap", 36), "corners": ("single", 6)}
        val, sz = kinds[p["border"]]
        sectPr = sec._sectPr
        pb = OxmlElement("w:pgBorders")
        pb.set(qn("w:offsetFrom"), "page")
        for side in ("top", "left", "bottom", "right"):
            el = _border_el("w:" + side, sz, acc if p["border"] != "corners" else "#999999", val=val,
                            space=int(m * 72))
            pb.append(el)
        sectPr.append(pb)
    if p.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(p["footer"])
        r.font.size = Pt(7.5)
        r.font.color.rgb = rgb("#555555")
    cw = W - 2 * (m + pad)
    first = [True]
    pending_break = [False]

    def P(text, **kw):
        par = add_par(doc, text, first=first[0], **kw)
        first[0] = False
        if pending_break[0]:
            par.paragraph_format.page_break_before = True
            pending_break[0] = False
        return par

    for e in cert["elements"]:
        k = e["k"]
        if k == "T":
            col = acc if e["color"] == "accent" else e["color"]
            P(e["text"], size=e["size"], b=e["b"], i=e["i"], align=e["align"], sb=e["sb"],
              font=FONTS[e["font"]] if e["font"] else None, color=col, ls=e["ls"])
        elif k in ("KV", "COLS", "TABLE", "SIGS"):
            P("", size=max(1, (e.get("sb") or 2) - 2))
            if k == "KV":
                wid = cw * (0.78 if e["align"] == "C" else 1.0)
                t = make_table(doc, 2, [e["lw"] * wid, (1 - e["lw"]) * wid], align_center=True)
                for a, b in e["rows"]:
                    cells = t.add_row().cells
                    for c, txt, bold, colr in ((cells[0], a, e["lb"], "#333333"), (cells[1], b, False, None)):
                        c.width = Inches((e["lw"] if c is cells[0] else 1 - e["lw"]) * wid)
                        add_par(c, txt, size=e["size"], b=bold, color=colr, sb=e["gap"], first=True)
                        cell_borders(c, ["bottom"] if e["rule"] else [], color="#bbbbbb")
            elif k == "COLS":
                t = make_table(doc, len(e["labels"]), [w * cw for w in e["widths"]])
                r1 = t.add_row().cells
                r2 = t.add_row().cells
                for j, (l, v) in enumerate(zip(e["labels"], e["values"])):
                    for c in (r1[j], r2[j]):
                        c.width = Inches(e["widths"][j] * cw)
                    add_par(r1[j], l, size=e["lsize"], color="#5f5f5f", align=e["align"], first=True)
                    add_par(r2[j], v, size=e["size"], b=e["vb"], align=e["align"], first=True)
                    cell_borders(r1[j], [])
                    cell_borders(r2[j], ["bottom"] if e["rule"] else [], color="#777777")
            elif k == "TABLE":
                t = make_table(doc, len(e["header"]), [w * cw for w in e["widths"]])
                for ri, row in enumerate([e["header"]] + e["rows"]):
                    cells = t.add_row().cells
                    for j, txt in enumerate(row):
                        cells[j].width = Inches(e["widths"][j] * cw)
                        add_par(cells[j], txt, size=e["size"], b=(ri == 0), align=e["align"][j], first=True)
                        cell_borders(cells[j], ["top", "left", "bottom", "right"])
                        if ri == 0 and e["shade"]:
                            cell_shade(cells[j], "#e6e8ef")
            else:
                n = len(e["sigs"])
                t = make_table(doc, n, [cw / n] * n)
                cells = t.add_row().cells
                for j, (name, titles) in enumerate(e["sigs"]):
                    c = cells[j]
                    c.width = Inches(cw / n)
                    add_par(c, name.split(",")[0] if e["scribble"] else " ", size=18, font="Z003",
                            color="#1f2a72", align="C", first=True)
                    q = add_par(c, name, size=e["size"], b=True, align="C")
                    para_border(q, "top", 6)
                    q.paragraph_format.left_indent = Inches(0.25)
                    q.paragraph_format.right_indent = Inches(0.25)
                    for tt in titles:
                        add_par(c, tt, size=e["size"] - 1, i=True, align="C")
                    cell_borders(c, [])
        elif k == "RULE":
            q = P("", size=2, sb=e["sb"])
            ind = (1 - e["w"]) / 2 * cw
            q.paragraph_format.left_indent = Inches(ind)
            q.paragraph_format.right_indent = Inches(ind)
            para_border(q, "bottom", int(e["thick"] * 8),
                        acc if e["color"] in (None, "accent") else e["color"])
        elif k == "SP":
            P("", size=max(1, e["h"] * 0.8))
        elif k == "BR":
            pending_break[0] = True
    doc.save(path)


def render_docx(cert, out, workdir, profiles):
    src = os.path.join(workdir, os.path.basename(out)[:-4] + ".docx")
    to_docx(cert, src)
    soffice_convert(src, workdir, profiles)
    os.replace(os.path.join(workdir, os.path.basename(out)), out)
    return src
