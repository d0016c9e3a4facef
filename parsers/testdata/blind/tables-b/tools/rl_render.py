"""ReportLab renderer (Debian python3-reportlab).  /usr/bin/python3 rl_render.py doc.json out.pdf"""
import json
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle)

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "LiberationSerif": "LiberationSerif-Bold",
        "LiberationSans": "LiberationSans-Bold"}

D = json.load(open(sys.argv[1], encoding="utf-8"))
OUT = sys.argv[2]
O = D["opts"]
FONT = O.get("font", "Helvetica")
for name in (FONT, BOLD[FONT]):
    if name in TTF:
        pdfmetrics.registerFont(TTFont(name, TTF[name]))
FB = BOLD[FONT]
FS = O.get("size", 9)
PS = {"Letter": letter, "A4": A4}[O.get("page", "Letter")]
if O.get("landscape"):
    PS = landscape(PS)
M = O.get("margin", 40)
AVAIL = PS[0] - 2 * M


def pf(text, page, pages):
    return text.replace("{page}", str(page)).replace("{pages}", str(pages))


def draw_hf(c, page, pages):
    c.saveState()
    c.setFont(FONT, O.get("hf_size", 7.5))
    for key, y in (("page_header", PS[1] - M * 0.55), ("page_footer", M * 0.5)):
        if not O.get(key):
            continue
        for li, line in enumerate(O[key].split("\n")):
            yy = y - li * 9
            parts = line.split("|")
            for k, part in enumerate(parts):
                t = pf(part, page, pages)
                if not t:
                    continue
                if len(parts) == 1 or k == 1:
                    c.drawCentredString(PS[0] / 2, yy, t)
                elif k == 0:
                    c.drawString(M, yy, t)
                else:
                    c.drawRightString(PS[0] - M, yy, t)
    c.restoreState()


class NumberedCanvas(rlcanvas.Canvas):
    """Two-pass 'Page x of y'."""

    def __init__(self, *a, **k):
        rlcanvas.Canvas.__init__(self, *a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for i, state in enumerate(self._saved):
            self.__dict__.update(state)
            draw_hf(self, i + 1, n)
            rlcanvas.Canvas.showPage(self)
        rlcanvas.Canvas.save(self)


def header_block_flowables():
    out = []
    for i, t in enumerate(D["title_lines"]):
        out.append(Paragraph(escape(t), ParagraphStyle("t%d" % i, fontName=FB, fontSize=FS * (1.6 if i == 0 else 1.2),
                                                       leading=FS * (2.0 if i == 0 else 1.6))))
    ms = ParagraphStyle("m", fontName=FONT, fontSize=FS, leading=FS * 1.3)
    for lab, val in D["meta"]:
        out.append(Paragraph(("<font name='%s'>%s</font> %s" % (FB, escape(lab), escape(val))) if lab else escape(val), ms))
    out.append(Spacer(1, FS))
    return out


def platypus():
    cols = D["cols"]
    cw = [AVAIL * c["frac"] for c in cols]
    cell = ParagraphStyle("c", fontName=FONT, fontSize=FS, leading=FS * 1.22)
    cellb = ParagraphStyle("cb", parent=cell, fontName=FB)
    hdr = [ParagraphStyle("h" + a, parent=cellb, alignment={"left": 0, "center": 1, "right": 2}[a]) for a in ("left", "center", "right")]
    idx = {"left": 0, "center": 1, "right": 2}
    data = []
    head = []
    for c in cols:
        if O.get("wrap_header"):
            head.append(Paragraph(escape(c["label"]).replace("\n", "<br/>"), hdr[idx[c.get("halign", c.get("align", "left"))]]))
        else:
            head.append(c["label"])
    data.append(head)
    kinds = ["head"]
    for item in D["body"]:
        row = []
        for c in cols:
            v = item["cells"].get(c["key"], "")
            if c.get("para"):
                row.append(Paragraph(escape(v), cellb if item["kind"] != "row" else cell))
            else:
                row.append(v)
        data.append(row)
        kinds.append(item["kind"])
    t = Table(data, colWidths=cw, repeatRows=1)
    st = [("FONT", (0, 0), (-1, 0), FB, FS), ("FONT", (0, 1), (-1, -1), FONT, FS),
          ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -1), O.get("valign", "TOP")),
          ("LEFTPADDING", (0, 0), (-1, -1), O.get("hpad", 4)), ("RIGHTPADDING", (0, 0), (-1, -1), O.get("hpad", 4)),
          ("TOPPADDING", (0, 0), (-1, -1), O.get("vpad", 2)), ("BOTTOMPADDING", (0, 0), (-1, -1), O.get("vpad", 2) + 1)]
    for i, c in enumerate(cols):
        al = c.get("align", "left").upper()
        if c.get("decimal"):
            st.append(("ALIGN", (i, 1), (i, -1), "DECIMAL"))
            st.append(("RIGHTPADDING", (i, 1), (i, -1), c["decimal"]))
        else:
            st.append(("ALIGN", (i, 1), (i, -1), {"CENTER": "CENTRE"}.get(al, al)))
        hal = c.get("halign", c.get("align", "left")).upper()
        st.append(("ALIGN", (i, 0), (i, 0), {"CENTER": "CENTRE"}.get(hal, hal)))
    ruled = O.get("ruled", "all")
    if ruled == "all":
        st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif ruled == "horizontal":
        st += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
    elif ruled == "header":
        st.append(("LINEBELOW", (0, 0), (-1, 0), 1, colors.black))
    if O.get("th_bg"):
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(O["th_bg"])))
    if O.get("zebra"):
        st.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(O["zebra"])]))
    for r, k in enumerate(kinds):
        if k in ("sub", "total"):
            st.append(("FONT", (0, r), (-1, r), FB, FS))
            st.append(("LINEABOVE", (0, r), (-1, r), 0.8, colors.black))
            if O.get("zebra"):
                st.append(("BACKGROUND", (0, r), (-1, r), colors.white))
    t.setStyle(TableStyle(st))
    story = header_block_flowables() + [t]
    if D["notes_below"]:
        story.append(Spacer(1, FS))
        ns = ParagraphStyle("n", fontName=FONT, fontSize=FS * 0.9, leading=FS * 1.2)
        story += [Paragraph(escape(n), ns) for n in D["notes_below"]]
    top = M + (12 if O.get("page_header") else 0)
    bot = M + (10 if O.get("page_footer") else 0)
    doc = BaseDocTemplate(OUT, pagesize=PS, leftMargin=M, rightMargin=M, topMargin=top, bottomMargin=bot,
                          title=O.get("pdf_title", "CE Transcript"), author="", creator="ReportLab platypus")
    frame = Frame(M, bot, AVAIL, PS[1] - top - bot, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    doc.build(story, canvasmaker=NumberedCanvas)


def canvas_layout():
    """drawString/drawRightString report.  cols carry x (left edge, or right edge when align=right)."""
    c = NumberedCanvas(OUT, pagesize=PS)
    c.setTitle(O.get("pdf_title", "CE Transcript"))
    c.setCreator("ReportLab canvas")
    lead = FS * 1.25
    y = PS[1] - M - (10 if O.get("page_header") else 0)
    for i, t in enumerate(D["title_lines"]):
        size = FS * (1.6 if i == 0 else 1.2)
        c.setFont(FB, size)
        c.drawString(M, y - size, t)
        y -= size * 1.45
    for lab, val in D["meta"]:
        y -= lead
        if lab:
            c.setFont(FB, FS)
            c.drawString(M, y, lab)
            w = pdfmetrics.stringWidth(lab + " ", FB, FS)
            c.setFont(FONT, FS)
            c.drawString(M + w, y, val)
        else:
            c.setFont(FONT, FS)
            c.drawString(M, y, val)
    y -= lead * 1.5
    cols = D["cols"]

    def draw_head(y):
        c.setFont(FB, FS)
        for col in cols:
            for li, lab in enumerate(col["label"].split("\n")):
                yy = y - li * lead
                if "hx" in col:
                    c.drawString(M + col["hx"], yy, lab)
                elif col.get("halign", col.get("align")) == "right":
                    c.drawRightString(M + col["x"], yy, lab)
                else:
                    c.drawString(M + col["x"], yy, lab)
        nl = max(len(col["label"].split("\n")) for col in cols)
        y -= (nl - 1) * lead + 4
        if O.get("ruled") != "none":
            c.setLineWidth(0.8)
            c.line(M, y, PS[0] - M, y)
        return y - lead

    y = draw_head(y)
    bottom = M + 16
    for item in D["body"]:
        lines = {}
        n = 1
        for col in cols:
            v = item["cells"].get(col["key"], "")
            if col.get("wrap"):
                lines[col["key"]] = simpleSplit(v, FB if item["kind"] != "row" else FONT, FS, col["wrap"]) or [""]
            else:
                lines[col["key"]] = [v]
            n = max(n, len(lines[col["key"]]))
        if y - (n - 1) * lead < bottom:
            c.showPage()
            y = draw_head(PS[1] - M - (10 if O.get("page_header") else 0))
        f = FB if item["kind"] != "row" else FONT
        if item["kind"] == "total":
            c.setLineWidth(0.5)
            c.line(M, y + lead * 0.8, PS[0] - M, y + lead * 0.8)
        c.setFont(f, FS)
        for col in cols:
            for li, text in enumerate(lines[col["key"]]):
                if col.get("align") == "right":
                    c.drawRightString(M + col["x"], y - li * lead, text)
                else:
                    c.drawString(M + col["x"], y - li * lead, text)
        y -= n * lead + O.get("row_gap", 3)
    if D["notes_below"]:
        y -= lead
        c.setFont(FONT, FS * 0.9)
        for nline in D["notes_below"]:
            for part in simpleSplit(nline, FONT, FS * 0.9, AVAIL):
                c.drawString(M, y, part)
                y -= lead
    c.showPage()
    c.save()


def mono():
    c = NumberedCanvas(OUT, pagesize=PS)
    c.setTitle(O.get("pdf_title", "CE Report"))
    lead = FS * 1.2
    top = PS[1] - M - (10 if O.get("page_header") else 0)
    y = top
    c.setFont(FONT, FS)
    first = True
    for line in O["pre_lines"]:
        c.drawString(M, y, line)
        y -= lead
    for line in O["head_lines"]:
        c.drawString(M, y, line)
        y -= lead
    for line in O["lines"]:
        if y < M + 10:
            c.showPage()
            c.setFont(FONT, FS)
            y = top
            for hl in O["head_lines"]:
                c.drawString(M, y, hl)
                y -= lead
        c.drawString(M, y, line)
        y -= lead
    c.showPage()
    c.save()


{"table": platypus, "canvas": canvas_layout, "mono": mono}[O.get("mode", "table")]()
