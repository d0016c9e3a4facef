#!/usr/bin/python3
"""Build the z37 blind test set: yk01.pdf ... yk40.pdf and their gold files.

Usage:  /usr/bin/python3 build.py            (all certificates)
        /usr/bin/python3 build.py yk04 yk17  (only some)

Everything is written relative to this folder.  Every person, hospital,
university, vendor and activity is invented.
"""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine as E  # noqa: E402
from engine import Doc, LETTER, LETTER_L  # noqa: E402

HERE = E.HERE
CERTS = {}


def cert(fn):
    CERTS[fn.__name__] = fn
    return fn


def out(cid):
    return os.path.join(HERE, cid + ".pdf")


def write_gold(cid, style, producer, layout, notes, name, title, date, credits, unit, provider,
               activity_id):
    assert unit in ("contact hour", "CMLE", "CE hour", "CEU"), unit
    datetime.date.fromisoformat(date)
    points = round(credits * 10, 2) if unit == "CEU" else credits
    g = {"style": style, "producer": producer, "layout": layout, "notes": notes, "name": name,
         "title": title, "date": date, "credits": credits, "unit": unit, "points": points,
         "provider": provider, "activity_id": activity_id}
    with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return g


# ---------------------------------------------------------------------------
# shared helpers for canvas-type documents
# ---------------------------------------------------------------------------
def sig(d, cx, y, name, title, w=190, fam="serif", size=10.5, title2=None, rule=(0.2, 0.2, 0.2)):
    d.stroke(*rule)
    d.lw(0.7)
    d.line(cx - w / 2, y, cx + w / 2, y)
    d.font(fam, "B", size)
    d.text(cx, y + 14, name, "C")
    d.font(fam, "I", size - 1)
    d.text(cx, y + 27, title, "C")
    if title2:
        d.text(cx, y + 39, title2, "C")


def double_border(d, rgb, outer=18, gap=7, w1=3.0, w2=0.8):
    d.stroke(*rgb)
    d.lw(w1)
    d.rect(outer, outer, d.W - 2 * outer, d.H - 2 * outer, "S")
    d.lw(w2)
    d.rect(outer + gap, outer + gap, d.W - 2 * (outer + gap), d.H - 2 * (outer + gap), "S")


def corner_marks(d, rgb, inset=34, size=26, w=2.0):
    d.stroke(*rgb)
    d.lw(w)
    W, H = d.W, d.H
    for (x, y, sx, sy) in ((inset, inset, 1, 1), (W - inset, inset, -1, 1),
                           (inset, H - inset, 1, -1), (W - inset, H - inset, -1, -1)):
        d.line(x, y, x + sx * size, y)
        d.line(x, y, x, y + sy * size)


def seal(d, cx, cy, r, rgb=(0.78, 0.6, 0.16), label=None, label_rgb=(1, 1, 1), inner_rgb=None):
    d.fill(*rgb)
    d.star_seal(cx, cy, r, n=28, inner=0.9)
    d.stroke(*(inner_rgb or (1, 1, 1)))
    d.lw(1.2)
    d.circle(cx, cy, r * 0.72, "S")
    if label:
        d.fill(*label_rgb)
        d.font("serif", "B", r * 0.32)
        d.text(cx, cy + r * 0.11, label, "C")
    d.fill(0, 0, 0)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def long_date(iso):
    y, m, dd = map(int, iso.split("-"))
    return "%s %d, %d" % (MONTHS[m - 1], dd, y)


PACE_STMT = ("%s is approved as a provider of continuing education programs in the clinical "
             "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
AMA_STMT = ("%s designates this %s for a maximum of %s AMA PRA Category 1 Credit%s\u2122. Physicians "
            "should claim only the credit commensurate with the extent of their participation in the activity.")


# ===========================================================================
# yk01  ASCP  -- Chromium HTML, landscape award, On-Demand Webinar format line
# ===========================================================================
@cert
def yk01():
    name = "Danielle R. Okonkwo-Hayes"
    title = ("Antimicrobial Susceptibility Testing in Transition: Applying Updated Breakpoints "
             "for Enterobacterales and Pseudomonas aeruginosa")
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>ASCP Certificate</title>
<style>
@page { size: letter landscape; margin: 0; }
html, body { margin: 0; padding: 0; }
body { width: 11in; height: 8.5in; font-family: 'P052', serif; color: #1d2430; }
.frame { position: absolute; inset: 0.32in; border: 6px solid #0b3d6e; }
.frame2 { position: absolute; inset: 0.46in; border: 1.5px solid #b08d3c; }
.wrap { position: absolute; left: 0.9in; right: 0.9in; top: 0.7in; text-align: center; }
.mono { font-family: 'Nimbus Sans', sans-serif; font-weight: bold; font-size: 30pt; color: #0b3d6e;
        letter-spacing: 0.08em; }
.org { font-family: 'Nimbus Sans', sans-serif; font-size: 10.5pt; letter-spacing: 0.22em;
       text-transform: uppercase; color: #0b3d6e; margin-top: 2pt; }
h1 { font-weight: normal; font-size: 30pt; margin: 16pt 0 6pt 0; }
.lead { font-style: italic; font-size: 13pt; margin: 4pt 0; }
.name { font-family: 'Z003', cursive; font-size: 34pt; margin: 2pt 0 0 0; }
.rule { width: 5.4in; margin: 0 auto 6pt auto; border-top: 1px solid #b08d3c; }
.fmt { font-family: 'Nimbus Sans', sans-serif; font-size: 10.5pt; font-weight: bold; letter-spacing: 0.12em;
       text-transform: uppercase; color: #0b3d6e; margin: 6pt 0 4pt 0; }
.title { font-size: 17pt; font-weight: bold; margin: 0 0.5in; line-height: 1.25; }
.dline { font-size: 12.5pt; margin-top: 5pt; }
.credit { font-size: 12.5pt; margin-top: 6pt; }
.sigs { position: absolute; left: 1.1in; right: 1.1in; top: 6.05in; display: flex; justify-content: space-between; }
.sig { width: 2.9in; text-align: center; font-size: 10pt; }
.sig .ln { border-top: 1px solid #333; margin-bottom: 3pt; }
.sig .script { font-family: 'Z003', cursive; font-size: 18pt; height: 22pt; }
.seal { position: absolute; left: 4.85in; top: 5.7in; width: 1.3in; height: 1.3in; border-radius: 50%;
        background: radial-gradient(circle, #d9b85c 0 55%, #b08d3c 56% 100%); color: #fff;
        font-family: 'Nimbus Sans', sans-serif; font-weight: bold; font-size: 15pt;
        display: flex; align-items: center; justify-content: center; box-shadow: 0 0 0 4px #fff, 0 0 0 6px #b08d3c; }
.fine { position: absolute; left: 0.8in; right: 0.8in; top: 7.28in; font-family: 'Nimbus Sans', sans-serif;
        font-size: 7.4pt; line-height: 1.3; color: #444; text-align: justify; }
.meta { position: absolute; left: 0.8in; right: 0.8in; top: 7.86in; font-family: 'Nimbus Sans', sans-serif;
        font-size: 7.4pt; color: #444; display: flex; justify-content: space-between; }
</style></head><body>
<div class="frame"></div><div class="frame2"></div>
<div class="wrap">
  <div class="mono">ASCP</div>
  <div class="org">American Society for Clinical Pathology</div>
  <h1>Certificate of Completion</h1>
  <div class="lead">This is to certify that</div>
  <div class="name">Danielle R. Okonkwo-Hayes, MLS(ASCP)<sup style="font-size:14pt">CM</sup></div>
  <div class="rule"></div>
  <div class="lead">has completed the</div>
  <div class="fmt">On-Demand Webinar</div>
  <div class="title">__TITLE__</div>
  <div class="dline">Date of Completion: March 14, 2024</div>
  <div class="credit">Activity ID: W2403-17 &nbsp;&nbsp;&middot;&nbsp;&nbsp; Credits Earned: <b>1.0 CMLE</b></div>
</div>
<div class="sigs">
  <div class="sig"><div class="script">Gregory A. Iyer</div><div class="ln"></div>
    Gregory Anand Iyer, MD, FASCP<br><i>Chair, Council on Continuing Education</i></div>
  <div class="sig"><div class="script">Renata Solberg</div><div class="ln"></div>
    Renata Solberg, EdD<br><i>Senior Director, Learning &amp; Development</i></div>
</div>
<div class="seal">ASCP</div>
<div class="fine">The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for
Continuing Medical Education (ACCME) to provide continuing medical education for physicians. ASCP designates this
enduring material for a maximum of 1.0 AMA PRA Category 1 Credit&trade;. Physicians should claim only the credit
commensurate with the extent of their participation in the activity. This activity qualifies as 1.0 credit of
Continuing Medical Laboratory Education (CMLE) for the ASCP Board of Certification Credential Maintenance Program.</div>
<div class="meta"><span>Customer ID: 00482913</span><span>Issued: March 15, 2024</span><span>Transcript No. 7781-4420</span></div>
</body></html>""".replace("__TITLE__", title)
    E.html_pdf(html, out("yk01"), "yk01")
    return write_gold(
        "yk01", "ascp", "chromium-html",
        ["landscape", "centered-award", "border", "seal", "signatures", "format-line", "long-title-wrap",
         "credentials-after-name", "hyphenated-name", "multi-credit"],
        "Format line 'On-Demand Webinar' sits between 'has completed the' and the two-line title, which is "
        "directly followed by 'Date of Completion:'. AMA PRA figure in the fine print; issue date, customer ID "
        "and transcript number are distractors.",
        name, title, "2024-03-14", 1.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "W2403-17")


# ===========================================================================
# yk02  ASCP  -- PostScript/Ghostscript, portrait letter, suffix Jr.
# ===========================================================================
@cert
def yk02():
    name = "Marcus T. Pellegrino Jr."
    title = "Laboratory Safety Orientation for New Supervisors"
    d = Doc(LETTER, title="ASCP Continuing Education Verification", author="ASCP Learning Services")
    navy = (0.05, 0.22, 0.42)
    d.fill(*navy)
    d.rect(0, 0, d.W, 10, "F")
    d.font("sans", "B", 26)
    d.text(72, 72, "ASCP")
    d.font("sans", "", 9.5)
    d.text(72, 88, "American Society for Clinical Pathology")
    d.text(72, 100, "Learning Services  |  Credential Maintenance Support")
    d.stroke(*navy)
    d.lw(1.2)
    d.line(72, 112, d.W - 72, 112)
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "", 11.5)
    y = 150
    d.text(72, y, "June 3, 2024")
    y += 34
    d.font("serif", "B", 11.5)
    d.text(72, y, "RE: Verification of Continuing Education Credit")
    y += 28
    d.font("serif", "", 11.5)
    d.text(72, y, "To Whom It May Concern:")
    y += 26
    y = d.wrap(72, y, d.W - 144,
               "This letter verifies that the participant named below successfully completed the following "
               "self-paced ASCP course and has been awarded continuing education credit as shown.", 15.5)
    y += 14
    rows = [("Participant:", "Marcus T. Pellegrino Jr."),
            ("ASCP Customer ID:", "10-558214"),
            ("Course Title:", title),
            ("Course Number:", "LMU-2219"),
            ("Completion Date:", "May 28, 2024"),
            ("Credit Awarded:", "2.0 CMLE")]
    d.fill(0.95, 0.96, 0.98)
    d.rect(90, y - 16, d.W - 180, 22 * len(rows) + 12, "F")
    d.fill(0.1, 0.1, 0.1)
    for lab, val in rows:
        d.font("serif", "B", 11.5)
        d.text(104, y, lab)
        d.font("serif", "", 11.5)
        d.text(232, y, val)
        y += 22
    y += 20
    y = d.wrap(72, y, d.W - 144,
               "CMLE (Continuing Medical Laboratory Education) credits earned through ASCP activities are accepted "
               "by the ASCP Board of Certification toward the Credential Maintenance Program (CMP). Please retain "
               "this letter with your CMP documentation.", 15.5)
    y += 12
    y = d.wrap(72, y, d.W - 144,
               "If you have any questions regarding this verification, please contact ASCP Learning Services.", 15.5)
    y += 26
    d.text(72, y, "Sincerely,")
    d.font("serif", "I", 20)
    d.text(72, y + 34, "Natalie Brandt-Osei")
    d.font("serif", "", 11.5)
    d.text(72, y + 54, "Natalie Brandt-Osei, MEd")
    d.text(72, y + 68, "Manager, Learning Services")
    d.text(72, y + 82, "American Society for Clinical Pathology")
    d.fill(0.35, 0.35, 0.35)
    d.font("sans", "", 7.5)
    d.text(d.W / 2, d.H - 40, "This letter was generated on June 3, 2024 and is valid without signature.  Page 1 of 1", "C")
    E.ps_pdf(d, out("yk02"), "yk02")
    return write_gold(
        "yk02", "ascp", "ghostscript-ps", ["portrait", "letter", "left-aligned", "label-value", "suffix-name",
                                           "signatures"],
        "Verification letter; the letter date (June 3, 2024) is a distractor; the completion date is in the "
        "label/value block. Title contains 'Safety' and 'Orientation' (real course title). Customer ID distractor.",
        name, title, "2024-05-28", 2.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "LMU-2219")


# ---------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------
def docx_new(landscape=False, margin_in=0.75, font="Liberation Serif", size=11):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches, Pt
    doc = docx.Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margin_in))
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rfonts is not None:
        for a in ("ascii", "hAnsi", "cs", "eastAsia"):
            rfonts.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a, font)
    return doc


def dpar(doc_or_cell, runs, align="center", before=0, after=4, size=None, bold=False, italic=False,
         font=None, color=None, spacing=None, line=None, keep=False):
    """runs: a string or a list of (text, dict(bold=, italic=, size=, color=, font=, caps=, spacing=))."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    p = doc_or_cell.add_paragraph()
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, o in runs:
        r = p.add_run(text)
        f = r.font
        sz = o.get("size", size)
        if sz:
            f.size = Pt(sz)
        f.bold = o.get("bold", bold)
        f.italic = o.get("italic", italic)
        fn = o.get("font", font)
        if fn:
            f.name = fn
            rpr = r._element.get_or_add_rPr()
            rf = rpr.find(qn("w:rFonts"))
            if rf is None:
                rf = OxmlElement("w:rFonts")
                rpr.insert(0, rf)
            for a in ("w:ascii", "w:hAnsi", "w:cs"):
                rf.set(qn(a), fn)
        col = o.get("color", color)
        if col:
            f.color.rgb = RGBColor.from_string(col)
        if o.get("caps"):
            f.all_caps = True
        sp = o.get("spacing", spacing)
        if sp:
            rpr = r._element.get_or_add_rPr()
            el = OxmlElement("w:spacing")
            el.set(qn("w:val"), str(int(sp * 20)))
            rpr.append(el)
    return p


def docx_page_border(doc, style="double", sz=18, color="1F3A60", space=24):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sectPr = doc.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), style)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), str(space))
        el.set(qn("w:color"), color)
        pb.append(el)
    sectPr.append(pb)


def docx_cell_borders(cell, **sides):
    """sides: top/bottom/left/right = (val, sz, color) or None."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        v = sides.get(side)
        el = OxmlElement("w:" + side)
        if v is None:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), v[0])
            el.set(qn("w:sz"), str(v[1]))
            el.set(qn("w:color"), v[2])
        b.append(el)
    tcPr.append(b)


def docx_cell_shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def docx_table(doc, rows, widths_in, borders=None, shade_first_col=None, shade_header=None, align="center"):
    """rows: list of lists of cell specs (string or list of dpar-run-lists with options)."""
    from docx.shared import Inches
    from docx.enum.table import WD_TABLE_ALIGNMENT
    t = doc.add_table(rows=len(rows), cols=len(widths_in))
    t.alignment = {"center": WD_TABLE_ALIGNMENT.CENTER, "left": WD_TABLE_ALIGNMENT.LEFT}[align]
    t.autofit = False
    for ci, w in enumerate(widths_in):
        t.columns[ci].width = Inches(w)
    for ri, row in enumerate(rows):
        for ci, spec in enumerate(row):
            cell = t.cell(ri, ci)
            cell.width = Inches(widths_in[ci])
            cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
            specs = spec if isinstance(spec, list) else [spec]
            for sp in specs:
                if isinstance(sp, str):
                    sp = {"runs": sp}
                sp = dict(sp)
                dpar(cell, sp.pop("runs"), **{"align": "left", "after": 1, **sp})
            if borders is not None:
                docx_cell_borders(cell, **borders(ri, ci))
            if shade_first_col and ci == 0:
                docx_cell_shade(cell, shade_first_col)
            if shade_header and ri == 0:
                docx_cell_shade(cell, shade_header)
    return t


# ===========================================================================
# yk03  ASCP  -- python-docx -> LibreOffice, session certificate at a meeting
# ===========================================================================
@cert
def yk03():
    name = "TOMÁS QUINTERO-BLÁZQUEZ"
    title = "Grossing Large Resection Specimens: Margins, Orientation and Inking"
    doc = docx_new(False, 0.8, "Liberation Sans", 10.5)
    docx_page_border(doc, "single", 24, "0B3D6E", 20)
    navy = "0B3D6E"
    hdr = [[[{"runs": [("ASCP", {"bold": True, "size": 30, "color": navy})], "after": 0},
             {"runs": [("American Society for Clinical Pathology", {"size": 9.5, "color": navy})]}],
            [{"runs": [("ASCP Surgical Pathology Update 2024", {"bold": True, "size": 11})], "align": "right"},
             {"runs": "October 30 \u2013 November 1, 2024", "align": "right"},
             {"runs": "Lakeshore Conference Center, Chicago, Illinois", "align": "right"}]]]
    docx_table(doc, hdr, [3.3, 3.6], borders=lambda r, c: {"bottom": ("single", 12, navy)})
    dpar(doc, [("SESSION CERTIFICATE OF ATTENDANCE", {"bold": True, "size": 19, "color": navy, "spacing": 1})],
         before=34, after=18)
    dpar(doc, [("Presented to", {"italic": True, "size": 12, "font": "Liberation Serif"})], after=6)
    dpar(doc, [(name, {"bold": True, "size": 22, "font": "Liberation Serif"})], after=6)
    dpar(doc, [("for attendance at the following educational session:", {"italic": True, "size": 12,
                                                                        "font": "Liberation Serif"})], after=16)
    g = ("single", 4, "9AA7B8")
    rows = [[{"runs": [("Session", {"bold": True})]}, "3107"],
            [{"runs": [("Session Title", {"bold": True})]}, {"runs": [(title, {"bold": True})]}],
            [{"runs": [("Presented by", {"bold": True})]}, "Lorraine K. Abernathy-Choi, MD, PhD"],
            [{"runs": [("Session Date", {"bold": True})]}, "Thursday, October 31, 2024"],
            [{"runs": [("Session Time", {"bold": True})]}, "1:30 PM \u2013 3:00 PM"],
            [{"runs": [("CMLE Credits", {"bold": True})]}, "1.5"]]
    docx_table(doc, rows, [1.7, 4.6], borders=lambda r, c: {"top": g, "bottom": g, "left": g, "right": g},
               shade_first_col="E8EEF5")
    dpar(doc, "", after=20)
    dpar(doc, [("The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for "
                "Continuing Medical Education (ACCME) to provide continuing medical education for physicians. ASCP "
                "designates this live activity for a maximum of 14.0 AMA PRA Category 1 Credits\u2122 for the full "
                "meeting (1.5 for this session). Physicians should claim only the credit commensurate with the "
                "extent of their participation in the activity. ASCP designates this session for 1.5 CMLE credits "
                "toward the ASCP Board of Certification Credential Maintenance Program.", {"size": 8.5})],
         align="justify", after=30)
    sigs = [[[{"runs": [("Devon Castellanos-Reid", {"italic": True, "size": 16, "font": "Z003"})], "align": "center"}],
             "",
             [{"runs": [("Imani R. Thornbury", {"italic": True, "size": 16, "font": "Z003"})], "align": "center"}]],
            [[{"runs": "Devon Castellanos-Reid, MD, FASCP", "align": "center"},
              {"runs": [("Program Chair", {"italic": True})], "align": "center"}],
             "",
             [{"runs": "Imani R. Thornbury, MS, MLS(ASCP)CM", "align": "center"},
              {"runs": [("Director, Meetings and Education", {"italic": True})], "align": "center"}]]]
    docx_table(doc, sigs, [2.9, 0.7, 2.9],
               borders=lambda r, c: {"top": ("single", 6, "333333")} if (r == 1 and c != 1) else {})
    dpar(doc, [("Badge ID: SPU24-06612     \u00b7     Certificate printed November 4, 2024", {"size": 8, "color": "555555"})],
         before=40)
    E.docx_pdf(doc, out("yk03"), "yk03")
    return write_gold(
        "yk03", "ascp", "docx-libreoffice",
        ["portrait", "label-value", "table", "border", "signatures", "caps-name", "accented-name",
         "hyphenated-name", "date-range", "session-certificate", "multi-credit"],
        "Session certificate at a three-day meeting (Oct 30 - Nov 1, 2024): gold date is the session date, "
        "Oct 31. 'Session 3107' is the activity id. Title contains 'Grossing' and 'Orientation'. Speaker, "
        "AMA PRA figures (14.0 meeting / 1.5 session), badge ID and print date are distractors.",
        name, title, "2024-10-31", 1.5, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "3107")


# ===========================================================================
# yk04  AABB  -- ReportLab canvas, landscape, issuer line, eCast format line
# ===========================================================================
@cert
def yk04():
    name = "LINNEA SUNDQVIST-OBI"
    title = ("Managing Warm Autoantibodies in Pretransfusion Testing: Adsorption Strategies and "
             "Selection of Least-Incompatible Units")
    d = Doc(LETTER_L, title="AABB eCast Certificate", author="AABB")
    red = (0.55, 0.08, 0.15)
    d.fill(0.99, 0.975, 0.94)
    d.rect(0, 0, d.W, d.H, "F")
    double_border(d, red, outer=20, gap=8, w1=4, w2=0.8)
    cx = d.W / 2
    d.fill(*red)
    d.font("sans", "B", 11.5)
    d.text(cx, 76, "Association for the Advancement of Blood & Biotherapies", "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 32)
    d.text(cx, 122, "CERTIFICATE OF COMPLETION", "C")
    d.font("serif", "I", 14)
    d.text(cx, 160, "This certificate is presented to", "C")
    d.font("sans", "B", 21)
    d.spaced(cx, 200, name, "C", gap=6)
    d.stroke(*red)
    d.lw(0.8)
    d.line(cx - 240, 210, cx + 240, 210)
    d.font("serif", "I", 13)
    d.text(cx, 238, "for completing the", "C")
    d.fill(*red)
    d.font("sans", "B", 14)
    d.text(cx, 263, "eCast", "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 17)
    y = d.wrap(cx - 290, 292, 580, title, 21, "C")
    d.font("serif", "", 13)
    d.text(cx, y + 1, "Date of completion: May 22, 2024", "C")
    d.font("sans", "", 11)
    d.text(cx - 20, y + 30, "Program No. 518-104-24", "R")
    d.text(cx + 20, y + 30, "1.5 P.A.C.E.\u00ae contact hours")
    sig(d, 170, 462, "Debra L. Whitacre, MS, MT(ASCP)SBB", "Director, Education Programs", 210)
    sig(d, d.W - 170, 462, "Anthony P. Ferrante, MD", "Chair, Education Committee", 210)
    seal(d, cx, 458, 40, (0.62, 0.12, 0.18), "AABB")
    d.fill(0.25, 0.25, 0.25)
    d.font("sans", "", 7.6)
    d.wrap(70, 528, d.W - 140,
           (PACE_STMT % "AABB") + " This eCast has been approved for 1.5 contact hours. AABB is accredited by the "
           "Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education "
           "for physicians. " + AMA_STMT % ("AABB", "enduring material", "1.5", "s"), 9.6, "C")
    d.font("sans", "", 7)
    d.text(70, 572, "Member ID 200417")
    d.text(d.W - 70, 572, "Certificate generated May 23, 2024", "R")
    E.render_reportlab(d, out("yk04"))
    return write_gold(
        "yk04", "aabb", "reportlab-canvas",
        ["landscape", "centered-award", "border", "seal", "signatures", "issuer-line", "letter-spaced-name",
         "caps-name", "hyphenated-name", "format-line", "long-title-wrap", "multi-credit"],
        "Provider appears as an issuer line above 'CERTIFICATE OF COMPLETION' and as 'AABB' in the P.A.C.E. "
        "statement. Format line 'eCast' between 'for completing the' and the wrapped title, which is followed "
        "directly by 'Date of completion:'. 'Program No. 518-104-24' has no colon. AMA PRA 1.5 in fine print; "
        "member ID and generation date are distractors.",
        name, title, "2024-05-22", 1.5, "contact hour",
        ["Association for the Advancement of Blood & Biotherapies", "AABB"], "518-104-24")


# ===========================================================================
# yk05  AABB  -- filled and flattened AcroForm, forum attendance, claimed vs maximum
# ===========================================================================
@cert
def yk05():
    name = "Rafael Domínguez-Ortega"
    title = "2024 AABB Transfusion Service Leadership Forum"
    d = Doc(LETTER_L, title="AABB Certificate of Attendance", author="AABB")
    red = (0.55, 0.08, 0.15)
    d.stroke(*red)
    d.lw(10)
    d.rect(5, 5, d.W - 10, d.H - 10, "S")
    d.lw(1)
    d.rect(26, 26, d.W - 52, d.H - 52, "S")
    cx = d.W / 2
    d.fill(*red)
    d.font("sans", "B", 36)
    d.text(cx, 84, "AABB", "C")
    d.font("sans", "", 11)
    d.text(cx, 102, "Association for the Advancement of Blood & Biotherapies", "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 26)
    d.text(cx, 150, "Certificate of Attendance", "C")
    d.font("serif", "I", 13)
    d.text(cx, 180, "This certificate confirms attendance at the", "C")
    d.font("serif", "B", 17)
    d.text(cx, 206, title, "C")
    d.font("serif", "", 12)
    d.text(cx, 226, "October 21\u201322, 2024  \u00b7  Grand Harbor Convention Center, Baltimore, Maryland", "C")
    # form area
    d.fill(0.97, 0.95, 0.95)
    d.rect(120, 248, d.W - 240, 150, "F")
    labels = [("Attendee Name:", 272), ("Badge Number:", 302), ("P.A.C.E.\u00ae Contact Hours Claimed:", 332),
              ("Date Issued:", 362)]
    d.fill(0.1, 0.1, 0.1)
    d.font("sans", "B", 11)
    for lab, yy in labels:
        d.text(140, yy, lab)
        d.stroke(0.5, 0.5, 0.5)
        d.lw(0.5)
        d.line(345, yy + 4, d.W - 140, yy + 4)
    d.font("sans", "", 10)
    d.text(140, 388, "P.A.C.E.\u00ae Program No. 518-300-24")
    d.fill(0.2, 0.2, 0.2)
    d.font("sans", "", 8)
    d.wrap(70, 440, d.W - 140,
           (PACE_STMT % "AABB") + " This live activity is approved for a maximum of 15.0 P.A.C.E.\u00ae contact hours; "
           "participants should claim only the hours corresponding to sessions attended. AABB is accredited by "
           "the ACCME to provide continuing medical education for physicians. "
           + AMA_STMT % ("AABB", "live activity", "12.5", "s"), 10.5, "C")
    sig(d, 230, 520, "Celeste M. Whitford, MHA, MT(ASCP)", "Vice President, Education", 200, "sans", 9.5)
    sig(d, d.W - 230, 520, "Harold J. Ngata, MD", "Forum Program Chair", 200, "sans", 9.5)
    fields = [dict(name="attendee_name", value="Rafael Domínguez-Ortega, MT(ASCP)SBB", x=350, y=258, w=300, h=18,
                   size=12),
              dict(name="badge_number", value="24-118305", x=350, y=288, w=300, h=18, size=11),
              dict(name="contact_hours_claimed", value="11.5", x=350, y=318, w=300, h=18, size=11),
              dict(name="date_issued", value="November 6, 2024", x=350, y=348, w=300, h=18, size=11)]
    E.acroform_pdf(d, fields, out("yk05"), "yk05")
    return write_gold(
        "yk05", "aabb", "acroform-qpdf",
        ["landscape", "form-fields", "label-value", "border", "signatures", "accented-name", "hyphenated-name",
         "credentials-after-name", "date-range", "meeting-attendance", "multi-credit", "claimed-vs-maximum"],
        "Meeting attendance without a session title: title is the forum name; date is the last day of "
        "Oct 21-22, 2024. Claimed 11.5 P.A.C.E. hours vs maximum 15.0; AMA PRA 12.5 maximum. Badge number and "
        "issue date are distractors. Values are flattened AcroForm fields.",
        name, title, "2024-10-22", 11.5, "contact hour",
        ["Association for the Advancement of Blood & Biotherapies", "AABB"], "518-300-24")


# ===========================================================================
# yk06  AABB  -- LibreOffice flat ODT, portrait, labels above values, Live Virtual Session
# ===========================================================================
@cert
def yk06():
    name = "Mei-Lin Fairbanks-Huang"
    title = "Quality Systems Essentials for Cellular Therapy Facilities"
    f = E.Fodt(landscape=False, margin="0.6in", border="4.5pt double #8c1426", font="Liberation Sans",
               title="AABB Certificate of Participation")
    red = "#8c1426"
    f.p("AABB", align="center", font="URW Gothic", size="34pt", bold=True, color=red, before="0.25in", after="0in")
    f.p("Association for the Advancement of Blood & Biotherapies", align="center", size="10.5pt", color=red,
        after="0.45in")
    f.p("Certificate of Participation", align="center", font="C059", size="30pt", after="0.25in")
    f.p("This is to certify that the participant named below attended the", align="center", font="C059",
        italic=True, size="12.5pt", after="0.12in")
    f.p("Live Virtual Session", align="center", size="11pt", bold=True, color=red, spacing="0.06em",
        after="0.1in")
    f.p(title, align="center", font="C059", size="19pt", bold=True, after="0.4in")
    lab = dict(size="8.5pt", bold=True, color="#6b6b6b", spacing="0.08em", after="0.02in")
    val = dict(size="13pt", after="0.16in")
    def L(t):
        return dict(text=t, **lab)
    def V(t, **kw):
        return dict(text=t, **{**val, **kw})
    f.table(["4.1in", "2.4in"],
            [[L("PARTICIPANT"), L("DATE OF COMPLETION")],
             [V(name + ", MS, CQA(ASQ)", bold=True), V("February 8, 2024")],
             [L("PROGRAM NUMBER"), L("P.A.C.E.\u00ae CONTACT HOURS")],
             [V("518-027-24"), V("2.0")]],
            border="none", pad="0.02in")
    f.p("", after="0.7in")
    f.table(["2.9in", "0.6in", "2.9in"],
            [[dict(text="Janelle Okafor-Price", font="Z003", size="18pt", align="center", after="0in"), "",
              dict(text="Martin E. Lindgren", font="Z003", size="18pt", align="center", after="0in")],
             [[dict(text="Janelle Okafor-Price, MBA", align="center", size="10pt", after="0in"),
               dict(text="Director, Education", align="center", size="9.5pt", italic=True)], "",
              [dict(text="Martin E. Lindgren, MD, PhD", align="center", size="10pt", after="0in"),
               dict(text="Session Moderator", align="center", size="9.5pt", italic=True)]]],
            border="none", pad="0.03in",
            cell_borders=lambda r, c: ({"top": "0.8pt solid #333333"} if (r == 1 and c != 1) else None))
    f.p("", after="1.3in")
    f.p((PACE_STMT % "AABB") + " This session has been approved for 2.0 P.A.C.E.\u00ae contact hours. "
        "Participants should retain this certificate for a minimum of four years.",
        align="justify", size="8pt", color="#444444", after="0.15in")
    f.p("AABB Member Number 3318842          Certificate ID AB-24-0208-5512", align="center", size="8pt",
        color="#444444")
    E.fodt_pdf(f.xml(), out("yk06"), "yk06")
    return write_gold(
        "yk06", "aabb", "fodt-libreoffice",
        ["portrait", "centered-award", "labels-above", "border", "signatures", "format-line", "hyphenated-name",
         "credentials-after-name"],
        "Format line 'Live Virtual Session' on its own line before the title. Participant | Date of Completion "
        "labels sit above their values in two columns, then Program Number | P.A.C.E. Contact Hours. Member "
        "number and certificate ID are distractors.",
        name, title, "2024-02-08", 2.0, "contact hour",
        ["Association for the Advancement of Blood & Biotherapies", "AABB"], "518-027-24")


# ---------------------------------------------------------------------------
# Platypus helpers
# ---------------------------------------------------------------------------
def pstyle(name, font="Times-Roman", size=11, leading=None, align=1, color="#000000", before=0, after=0,
           **kw):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.22, alignment=align,
                          textColor=colors.HexColor(color), spaceBefore=before, spaceAfter=after, **kw)


def platypus_build(path, story, pagesize, margins=(54, 54, 54, 54), on_page=None, title="Certificate",
                   author=""):
    from reportlab.platypus import SimpleDocTemplate
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                            title=title, author=author, creator="ReportLab Platypus")
    doc.build(story, onFirstPage=on_page or (lambda c, d: None), onLaterPages=on_page or (lambda c, d: None))


# ===========================================================================
# yk07  CAP  -- ReportLab Platypus, two pages, Enduring Material, credit table
# ===========================================================================
@cert
def yk07():
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib import colors
    name = "Hélène Marchetti-Boyd"
    title = "Pitfalls in Frozen Section Diagnosis of Thyroid and Parathyroid Lesions"
    navy = colors.HexColor("#12355b")

    def deco(c, d):
        W, H = LETTER
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(54, H - 38, "College of American Pathologists")
        c.setFont("Helvetica", 10)
        c.drawString(54, H - 55, "CAP Learning  \u00b7  Continuing Education Transcript Services")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 30, "Page %d of 2" % d.page)
        c.restoreState()

    s_h = pstyle("h", "Times-Bold", 28, after=18)
    s_i = pstyle("i", "Times-Italic", 13, after=8)
    s_n = pstyle("n", "Times-Bold", 22, after=10)
    s_f = pstyle("f", "Helvetica-Bold", 10.5, color="#12355b", after=6)
    s_t = pstyle("t", "Times-Bold", 16, leading=20, after=20)
    s_c = pstyle("c", "Helvetica", 9.5, align=0)
    s_cb = pstyle("cb", "Helvetica-Bold", 9.5, align=0)
    s_body = pstyle("b", "Times-Roman", 10.5, leading=14, align=4, after=10)
    s_h2 = pstyle("h2", "Helvetica-Bold", 13, align=0, after=10, color="#12355b")
    story = [Spacer(1, 40),
             Paragraph("Certificate of Completion", s_h),
             Paragraph("This certifies that", s_i),
             Paragraph(name + ", MHS, PA(ASCP)<super>CM</super>", s_n),
             Paragraph("has successfully completed the", s_i),
             Paragraph("ENDURING MATERIAL", s_f),
             Paragraph(title, s_t)]
    info = Table([[Paragraph("Activity Code", s_cb), Paragraph("CFS-2417", s_c)],
                  [Paragraph("Completion Date", s_cb), Paragraph("August 9, 2024", s_c)],
                  [Paragraph("Certificate No.", s_cb), Paragraph("2024-0088721", s_c)]],
                 colWidths=[130, 200])
    info.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b9c3cf")),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [info, Spacer(1, 22)]
    cred = Table([[Paragraph("Credit Type", s_cb), Paragraph("Maximum Available", s_cb),
                   Paragraph("Credits Claimed", s_cb)],
                  [Paragraph("AMA PRA Category 1 Credits\u2122", s_c), "2.0", "\u2014"],
                  [Paragraph("ABPath Self-Assessment Module (SAM) Credit", s_c), "2.0", "\u2014"],
                  [Paragraph("ASCLS P.A.C.E.\u00ae Contact Hours", s_c), "2.0", "1.5"]],
                 colWidths=[250, 110, 110])
    cred.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e9f1")),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8895a7")),
                              ("FONT", (1, 1), (-1, -1), "Helvetica", 9.5),
                              ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [cred, Spacer(1, 48)]
    sg = Table([["", ""], [Paragraph("Priya Raman-Hollis, MD, FCAP", s_cb), ""],
                [Paragraph("Chair, Council on Education", s_c), ""]], colWidths=[220, 250])
    sg.setStyle(TableStyle([("LINEABOVE", (0, 1), (0, 1), 0.8, colors.black)]))
    story += [sg, PageBreak(),
              Spacer(1, 30),
              Paragraph("Accreditation and Credit Designation", s_h2),
              Paragraph("The College of American Pathologists (CAP) is accredited by the Accreditation Council for "
                        "Continuing Medical Education (ACCME) to provide continuing medical education for "
                        "physicians. " + AMA_STMT % ("The CAP", "enduring material", "2.0", "s"), s_body),
              Paragraph("Successful completion of this CME activity, which includes participation in the evaluation "
                        "component, enables the participant to earn up to 2.0 Self-Assessment Module (SAM) credits "
                        "in the American Board of Pathology Continuing Certification program.", s_body),
              Paragraph(PACE_STMT % "The College of American Pathologists" +
                        " This activity is approved for up to 2.0 contact hours.", s_body),
              Spacer(1, 10),
              Paragraph("Activity Dates", s_h2),
              Paragraph("Release date: January 15, 2024. Expiration date: January 14, 2027. Credit may not be "
                        "claimed after the expiration date.", s_body),
              Paragraph("Transcript", s_h2),
              Paragraph("Credits claimed are recorded on the participant's CAP learning transcript. This "
                        "certificate was generated on August 12, 2024.", s_body)]
    platypus_build(out("yk07"), story, LETTER, (60, 60, 96, 60), deco, "CAP Certificate of Completion", "CAP")
    return write_gold(
        "yk07", "cap", "reportlab-platypus",
        ["portrait", "two-page", "centered-award", "format-line", "label-value", "table", "multi-credit",
         "claimed-vs-maximum", "accented-name", "hyphenated-name", "credentials-after-name"],
        "Format line 'ENDURING MATERIAL' before the title. Credit table lists AMA PRA, ABPath SAM and P.A.C.E.; "
        "the lab figure is the P.A.C.E. 'Credits Claimed' value 1.5 (maximum 2.0). Page 2 holds accreditation "
        "statements, release/expiration and generation dates (distractors). Certificate No. is a distractor; "
        "'Activity Code' gives the id.",
        name, title, "2024-08-09", 1.5, "contact hour", ["College of American Pathologists", "CAP"], "CFS-2417")


# ===========================================================================
# yk08  CAP  -- TCPDF, landscape, issuer line only, LIVE WEBINAR, Ethics title
# ===========================================================================
@cert
def yk08():
    name = "BENJAMIN A. HARTWELL III"
    title = ("Ethics and Professionalism in Laboratory Leadership: Navigating Conflicts of Interest "
             "in Test Utilization")
    d = Doc(LETTER_L, title="Certificate of Completion", author="College of American Pathologists")
    navy = (0.07, 0.21, 0.36)
    gold = (0.72, 0.58, 0.25)
    d.stroke(*navy)
    d.lw(1.5)
    d.rect(30, 30, d.W - 60, d.H - 60, "S")
    corner_marks(d, gold, 40, 34, 3)
    cx = d.W / 2
    d.fill(*navy)
    d.font("sans", "", 13)
    d.text(cx, 84, "College of American Pathologists", "C")
    d.stroke(*gold)
    d.lw(1)
    d.line(cx - 60, 96, cx + 60, 96)
    d.fill(0.08, 0.08, 0.08)
    d.font("serif", "BI", 36)
    d.text(cx, 138, "Certificate of Completion", "C")
    d.font("serif", "I", 13)
    d.text(cx, 176, "This is to certify that", "C")
    d.font("serif", "B", 24)
    d.text(cx, 214, name, "C")
    d.font("serif", "I", 13)
    d.text(cx, 246, "participated in the", "C")
    d.fill(*navy)
    d.font("sans", "B", 12)
    d.spaced(cx, 270, "LIVE WEBINAR", "C", gap=2.2)
    d.fill(0.08, 0.08, 0.08)
    d.font("serif", "B", 18)
    y = d.wrap(cx - 300, 300, 600, title, 22, "C")
    d.font("serif", "", 13)
    d.text(cx, y + 2, "held on September 17, 2024", "C")
    d.fill(0.95, 0.94, 0.9)
    d.rect(cx - 210, y + 18, 420, 30, "F")
    d.fill(0.08, 0.08, 0.08)
    d.font("sans", "", 11)
    d.text(cx - 195, y + 38, "Event No. LW-24117")
    d.text(cx + 195, y + 38, "Credit: 1.0 contact hour", "R")
    sig(d, d.W - 200, 470, "Priya Raman-Hollis, MD, FCAP", "Chair, Council on Education", 220)
    d.font("sans", "", 8.5)
    d.fill(0.3, 0.3, 0.3)
    d.text(80, 496, "Registration No. 5520193")
    d.font("sans", "", 7.6)
    d.wrap(80, 530, d.W - 160,
           (PACE_STMT % "The College of American Pathologists") + " This webinar is approved for 1.0 contact "
           "hour. The College of American Pathologists is accredited by the Accreditation Council for Continuing "
           "Medical Education (ACCME) to provide continuing medical education for physicians. "
           + AMA_STMT % ("The College of American Pathologists", "live activity", "1.0", ""), 9.6, "C")
    E.tcpdf_pdf(d, out("yk08"), "yk08")
    return write_gold(
        "yk08", "cap", "tcpdf",
        ["landscape", "centered-award", "border", "signatures", "issuer-line", "caps-name", "suffix-name",
         "format-line", "long-title-wrap", "multi-credit"],
        "Provider only as the issuer line above 'Certificate of Completion' and as subject of the fine-print "
        "statements (no short form printed). 'LIVE WEBINAR' is the format, not part of the two-line title, which "
        "contains 'Ethics'. AMA PRA 1.0 and registration number are distractors.",
        name, title, "2024-09-17", 1.0, "contact hour", ["College of American Pathologists"], "LW-24117")


# ===========================================================================
# yk09  ASCLS  -- Chromium HTML, portrait, labels above values grid
# ===========================================================================
@cert
def yk09():
    name = "Ngozi Adebayo-Lindqvist"
    title = "Hematology Case Studies: Red Cell Morphology in Hemoglobinopathies and Thalassemias"
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>ASCLS Certificate</title>
<style>
@page { size: letter portrait; margin: 0; }
body { margin: 0; width: 8.5in; height: 11in; font-family: 'Liberation Sans', sans-serif; color: #1b2a33; }
.band { background: #0f5e6b; color: #fff; padding: 0.42in 0.7in 0.3in 0.7in; }
.band .a { font-family: 'URW Gothic', sans-serif; font-weight: bold; font-size: 34pt; letter-spacing: 0.05em; }
.band .b { font-size: 11pt; margin-top: 2pt; }
.stripe { height: 6px; background: #e0a526; }
.main { padding: 0.55in 0.7in 0 0.7in; }
.kind { font-family: 'C059', serif; font-size: 27pt; margin: 0 0 14pt 0; color: #0f5e6b; }
.intro { font-size: 11pt; color: #4a5a63; margin-bottom: 8pt; }
.title { font-family: 'C059', serif; font-size: 18pt; font-weight: bold; line-height: 1.25; margin-bottom: 26pt; }
.grid { display: grid; grid-template-columns: 3.6in 2.6in; row-gap: 4pt; column-gap: 0.3in; margin-bottom: 16pt; }
.grid3 { grid-template-columns: 2.4in 1.6in 2.2in; }
.lab { font-size: 8.5pt; font-weight: bold; letter-spacing: 0.1em; text-transform: uppercase; color: #6a7a83;
       border-bottom: 1px solid #c9d3d8; padding-bottom: 2pt; }
.val { font-size: 13pt; padding: 3pt 0 10pt 0; }
.sig { margin-top: 30pt; width: 3in; border-top: 1px solid #333; padding-top: 4pt; font-size: 10pt; }
.foot { position: absolute; left: 0.7in; right: 0.7in; top: 9.55in; font-size: 8pt; color: #4a5a63; line-height: 1.35; }
</style></head><body>
<div class="band"><div class="a">ASCLS</div><div class="b">American Society for Clinical Laboratory Science</div></div>
<div class="stripe"></div>
<div class="main">
<div class="kind">Certificate of Continuing Education</div>
<div class="intro">The participant named below has completed the continuing education program</div>
<div class="title">__TITLE__</div>
<div class="grid">
  <div class="lab">Participant</div><div class="lab">Date of Completion</div>
  <div class="val"><b>Ngozi Adebayo-Lindqvist</b>, MLS(ASCP)<sup>CM</sup></div><div class="val">January 23, 2025</div>
</div>
<div class="grid grid3">
  <div class="lab">P.A.C.E.&reg; Program Number</div><div class="lab">Contact Hours</div><div class="lab">Format</div>
  <div class="val">001-113-25</div><div class="val">1.0</div><div class="val">Live Webinar</div>
</div>
<div class="grid">
  <div class="lab">Presenter</div><div class="lab">ASCLS Member ID</div>
  <div class="val">Olufemi Hart, MS, MLS(ASCP)<sup>CM</sup>SH<sup>CM</sup></div><div class="val">0041297</div>
</div>
<div class="sig"><b>Rochelle D. Amankwah, EdD, MLS(ASCP)<sup>CM</sup></b><br><i>Chair, ASCLS Education Scientific Assembly</i></div>
</div>
<div class="foot">ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by
the ASCLS P.A.C.E.&reg; Program. Participants should retain this certificate for at least four years.<br>
Certificate issued January 24, 2025 &middot; American Society for Clinical Laboratory Science &middot; www.ascls.org</div>
</body></html>""".replace("__TITLE__", title)
    E.html_pdf(html, out("yk09"), "yk09")
    return write_gold(
        "yk09", "ascls", "chromium-html",
        ["portrait", "labels-above", "header-band", "signatures", "hyphenated-name", "credentials-after-name"],
        "ASCLS's own program: ASCLS is the provider (and its own P.A.C.E. approval). Labels sit above values in "
        "columns (Participant | Date of Completion; P.A.C.E. Program Number | Contact Hours | Format). Presenter, "
        "member ID and issue date are distractors.",
        name, title, "2025-01-23", 1.0, "contact hour",
        ["American Society for Clinical Laboratory Science", "ASCLS"], "001-113-25")


# ===========================================================================
# yk10  ASCLS  -- FPDF, landscape, institute attendance with a date range
# ===========================================================================
@cert
def yk10():
    name = "Jerome K. Baptiste Sr."
    title = "2025 ASCLS Laboratory Leadership Institute"
    d = Doc(LETTER_L, title="ASCLS Certificate of Attendance", author="ASCLS")
    teal = (0.06, 0.37, 0.42)
    amber = (0.88, 0.65, 0.15)
    d.fill(*teal)
    d.rect(0, 0, 92, d.H, "F")
    d.fill(*amber)
    d.rect(92, 0, 6, d.H, "F")
    d.fill(1, 1, 1)
    d.font("sans", "B", 22)
    d.text(46, 80, "AS", "C")
    d.text(46, 106, "CLS", "C")
    x0 = 140
    d.fill(*teal)
    d.font("sans", "B", 12)
    d.text(x0, 74, "American Society for Clinical Laboratory Science")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 34)
    d.text(x0, 130, "Certificate of Attendance")
    d.font("serif", "I", 13)
    d.text(x0, 170, "Presented to")
    d.font("serif", "B", 26)
    d.text(x0, 206, name)
    d.stroke(*amber)
    d.lw(1.2)
    d.line(x0, 218, x0 + 430, 218)
    d.font("serif", "I", 13)
    d.text(x0, 248, "for attendance at the")
    d.font("serif", "B", 19)
    d.text(x0, 276, title)
    d.font("serif", "", 12.5)
    d.text(x0, 298, "February 27 \u2013 March 1, 2025  \u00b7  Riverfront Conference Hall, Louisville, Kentucky")
    d.font("sans", "B", 12)
    d.text(x0, 338, "Total P.A.C.E.\u00ae contact hours earned: 12.5")
    d.font("sans", "", 11)
    d.text(x0, 358, "Event ID: 25-0227")
    sig(d, x0 + 110, 440, "Candace O. Whitlow, MS, MLS(ASCP)CM", "Institute Chair", 220, "sans", 9.5)
    sig(d, x0 + 400, 440, "Peter Lindqvist-Amaro, PhD, MLS(ASCP)", "President, ASCLS", 220, "sans", 9.5)
    seal(d, d.W - 110, 330, 46, amber, "ASCLS", (0.06, 0.37, 0.42), teal)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(x0, 520, d.W - x0 - 50,
           "ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by "
           "the ASCLS P.A.C.E.\u00ae Program. Attendees should retain this certificate for at least four years.", 10)
    d.text(x0, 556, "Registration No. R-55190     Date issued: March 14, 2025")
    E.fpdf_pdf(d, out("yk10"), "yk10")
    return write_gold(
        "yk10", "ascls", "fpdf",
        ["landscape", "left-aligned", "side-band", "seal", "signatures", "suffix-name", "date-range",
         "meeting-attendance"],
        "Meeting attendance across Feb 27 - Mar 1, 2025: title is the institute name, date is the last day. "
        "Registration number, issue date and signers are distractors.",
        name, title, "2025-03-01", 12.5, "contact hour",
        ["American Society for Clinical Laboratory Science", "ASCLS"], "25-0227")


# ===========================================================================
# yk11  P.A.C.E.-approved provider -- PostScript, provider only in the statement
# ===========================================================================
@cert
def yk11():
    name = "Kenji Watanabe-Ruiz"
    title = ("Coagulation Testing Update: Direct Oral Anticoagulants and Their Effects on Routine and "
             "Specialized Assays")
    prov = "Brightwater Laboratory Education Partners"
    d = Doc(LETTER, title="Certificate of Completion", author=prov)
    green = (0.12, 0.36, 0.27)
    d.stroke(*green)
    d.lw(6)
    d.rect(28, 28, d.W - 56, d.H - 56, "S")
    d.lw(1)
    d.rect(40, 40, d.W - 80, d.H - 80, "S")
    d.fill(*green)
    for (x, y) in ((40, 40), (d.W - 40, 40), (40, d.H - 40), (d.W - 40, d.H - 40)):
        d.circle(x, y, 7, "F")
    cx = d.W / 2
    d.fill(*green)
    d.font("serif", "B", 27)
    d.spaced(cx, 138, "CERTIFICATE", "C", gap=5)
    d.font("serif", "", 15)
    d.spaced(cx, 164, "OF COMPLETION", "C", gap=4)
    d.lw(0.8)
    d.line(cx - 120, 182, cx - 12, 182)
    d.line(cx + 12, 182, cx + 120, 182)
    d.poly([(cx, 176), (cx + 6, 182), (cx, 188), (cx - 6, 182)], "F")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "I", 14)
    d.text(cx, 236, "This certifies that", "C")
    d.font("serif", "B", 25)
    d.text(cx, 278, name + ", MT(ASCP)", "C")
    d.font("serif", "I", 14)
    d.text(cx, 318, "has completed the self-paced course", "C")
    d.font("serif", "B", 17)
    y = d.wrap(cx - 220, 354, 440, title, 21.5, "C")
    d.font("serif", "", 13)
    d.text(cx, y + 1, "Date of completion: July 9, 2024", "C")
    d.font("sans", "", 11)
    d.text(cx, y + 40, "Program No. 301-220-24", "C")
    d.text(cx, y + 58, "Contact hours: 1.5", "C")
    sig(d, cx, 598, "Lydia Fenwick-Osei, MS, MLS(ASCP)CM", "Course Director", 240)
    d.fill(0.25, 0.25, 0.25)
    d.font("sans", "", 8)
    d.wrap(80, 676, d.W - 160, PACE_STMT % prov, 10, "C")
    d.font("sans", "", 7.5)
    d.text(cx, 712, "Certificate ID BW-24-07-3381  \u00b7  Verify at verify.brightwaterlabed.org", "C")
    E.ps_pdf(d, out("yk11"), "yk11")
    return write_gold(
        "yk11", "pace-provider", "ghostscript-ps",
        ["portrait", "centered-award", "border", "letter-spaced-heading", "signatures", "provider-in-statement-only",
         "long-title-wrap", "hyphenated-name", "credentials-after-name"],
        "No header or logo: the provider appears only as the subject of the P.A.C.E. approval statement at the "
        "foot. Wrapped two-line title directly followed by 'Date of completion:'. 'Program No. 301-220-24' has no "
        "colon. Certificate ID and verification URL are distractors.",
        name, title, "2024-07-09", 1.5, "contact hour", [prov], "301-220-24")


# ===========================================================================
# yk12  P.A.C.E.-approved provider -- python-docx letter, left-aligned
# ===========================================================================
@cert
def yk12():
    name = "Amélie Delacroix-Fontaine"
    title = "Point-of-Care Testing Oversight: Competency Assessment, Proficiency Testing and Documentation"
    doc = docx_new(False, 1.0, "Liberation Serif", 11.5)
    teal = "145A5A"
    dpar(doc, [("TLEC", {"bold": True, "size": 26, "color": teal, "font": "URW Gothic"})], align="left", after=0)
    dpar(doc, [("Tidewater Laboratory Education Collaborative", {"bold": True, "size": 13, "color": teal})],
         align="left", after=1)
    dpar(doc, [("1180 Harbor View Parkway, Suite 240  \u00b7  Port Annesley, VA 23514  \u00b7  (757) 555-0142",
                {"size": 9, "color": "555555", "font": "Liberation Sans"})], align="left", after=22)
    dpar(doc, "April 30, 2025", align="left", after=16)
    for ln in (name + ", MLS(ASCP)CM", "Clinical Laboratory, Bayside Community Hospital", "42 Shoreline Drive",
               "Port Annesley, VA 23517"):
        dpar(doc, ln, align="left", after=0)
    dpar(doc, "Dear Ms. Delacroix-Fontaine:", align="left", before=16, after=10)
    dpar(doc, "Thank you for participating in our spring education program. This letter certifies that you "
              "attended the live workshop listed below (Program No. 455-061-25) and have earned 3.0 "
              "P.A.C.E.\u00ae contact hours.", align="justify", after=10, line=1.15)
    g = ("single", 4, "9FB8B8")
    rows = [[{"runs": [("Workshop Title", {"bold": True})]}, title],
            [{"runs": [("Date Attended", {"bold": True})]}, "Saturday, April 26, 2025"],
            [{"runs": [("Location", {"bold": True})]}, "Bayside Community Hospital, Education Center, Room 3B"],
            [{"runs": [("Instructors", {"bold": True})]}, "Colette Maynard, MLS(ASCP)CM; Dwayne Haskins, MT(AMT)"],
            [{"runs": [("Credit Awarded", {"bold": True})]}, "3.0 P.A.C.E.\u00ae contact hours"]]
    docx_table(doc, rows, [1.5, 4.9], borders=lambda r, c: {"top": g, "bottom": g, "left": g, "right": g},
               shade_first_col="E6F0F0")
    dpar(doc, "TLEC is approved as a provider of continuing education programs in the clinical laboratory sciences "
              "by the ASCLS P.A.C.E.\u00ae Program. Please keep this letter with your continuing education records "
              "for at least four years; it may be submitted as documentation for the ASCP Board of Certification "
              "Credential Maintenance Program.", align="justify", before=14, after=16, line=1.15)
    dpar(doc, "Sincerely,", align="left", after=4)
    dpar(doc, [("Harriet M. Gaines", {"font": "Z003", "size": 20})], align="left", after=2)
    dpar(doc, "Harriet M. Gaines, MS, MLS(ASCP)CM", align="left", after=0)
    dpar(doc, "Education Coordinator", align="left", after=0)
    dpar(doc, "Tidewater Laboratory Education Collaborative", align="left", after=28)
    dpar(doc, [("Registration confirmation #TL25-0419", {"size": 8.5, "color": "666666", "font": "Liberation Sans"})],
         align="left")
    E.docx_pdf(doc, out("yk12"), "yk12")
    return write_gold(
        "yk12", "pace-provider", "docx-libreoffice",
        ["portrait", "letter", "left-aligned", "label-value", "table", "accented-name", "hyphenated-name",
         "credentials-after-name"],
        "Letter from a P.A.C.E.-approved collaborative. Letter date (Apr 30) is a distractor; attended Apr 26. "
        "'Program No. 455-061-25' appears in parentheses in the body, without a colon. Registration "
        "confirmation number is a distractor. Salutation uses 'Ms.'.",
        name, title, "2025-04-26", 3.0, "contact hour",
        ["Tidewater Laboratory Education Collaborative", "TLEC"], "455-061-25")


# ===========================================================================
# yk13  LabCE -- ReportLab canvas, portrait, small table
# ===========================================================================
@cert
def yk13():
    name = "PRISCILLA O. MBEKI-HALVERSON"
    title = "Body Fluid Cell Counts and Differentials: Cytospin Morphology and Common Pitfalls"
    d = Doc(LETTER, title="LabCE Certificate of Completion", author="LabCE")
    blue = (0.0, 0.36, 0.6)
    green = (0.35, 0.62, 0.2)
    d.fill(*blue)
    d.rect(0, 0, d.W, 8, "F")
    d.fill(*green)
    d.rect(0, 8, d.W, 3, "F")
    d.fill(*blue)
    d.font("sans", "B", 30)
    d.text(54, 66, "Lab")
    w = d.width("Lab")
    d.fill(*green)
    d.text(54 + w, 66, "CE")
    d.fill(0.35, 0.35, 0.35)
    d.font("sans", "", 8.5)
    d.text(54, 80, "Continuing Education for Laboratory Professionals")
    d.text(d.W - 54, 60, "Certificate #: 9917-4417-2208", "R")
    d.text(d.W - 54, 72, "Order #: 3390171", "R")
    cx = d.W / 2
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 32)
    d.text(cx, 170, "Certificate of Completion", "C")
    d.font("sans", "", 12)
    d.text(cx, 214, "This certifies that", "C")
    d.font("sans", "B", 20)
    d.text(cx, 248, name, "C")
    d.font("sans", "", 12)
    d.text(cx, 280, "has successfully completed the following continuing education course:", "C")
    d.font("serif", "B", 17)
    y = d.wrap(cx - 210, 318, 420, title, 21, "C")
    # table
    ty = y + 16
    cols = [("Course Number", "4417"), ("Completion Date", "11/05/2024"), ("Contact Hours", "1.5"),
            ("Level", "Intermediate")]
    tx = 86
    cw = (d.W - 2 * tx) / 4.0
    d.fill(0.9, 0.94, 0.97)
    d.rect(tx, ty, d.W - 2 * tx, 22, "F")
    d.stroke(0.55, 0.62, 0.7)
    d.lw(0.6)
    d.rect(tx, ty, d.W - 2 * tx, 46, "S")
    d.line(tx, ty + 22, d.W - tx, ty + 22)
    for i, (h, v) in enumerate(cols):
        x = tx + i * cw
        if i:
            d.line(x, ty, x, ty + 46)
        d.fill(0.1, 0.1, 0.1)
        d.font("sans", "B", 9.5)
        d.text(x + cw / 2, ty + 15, h, "C")
        d.font("sans", "", 11)
        d.text(x + cw / 2, ty + 39, v, "C")
    sig(d, cx, ty + 130, "Marisol Ekwueme-Hart, MS, MLS(ASCP)CM", "Program Director", 250, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    yy = d.wrap(72, 660, d.W - 144,
                (PACE_STMT % "LabCE") + " Provider # 519. This course is approved for 1.5 P.A.C.E.\u00ae "
                "contact hours.", 10.5, "C")
    d.wrap(72, yy + 2, d.W - 144,
           "Florida Board of Clinical Laboratory Personnel: CE Broker Provider # 50-12761. Course approved for "
           "1.5 hours in Hematology.", 10.5, "C")
    d.fill(*blue)
    d.rect(0, d.H - 8, d.W, 8, "F")
    E.render_reportlab(d, out("yk13"))
    return write_gold(
        "yk13", "labce", "reportlab-canvas",
        ["portrait", "centered-award", "table", "caps-name", "hyphenated-name", "signatures", "long-title-wrap"],
        "Two-line title followed by a four-column table (Course Number | Completion Date | Contact Hours | Level) "
        "with values below the headings. Certificate #, Order #, P.A.C.E. provider # and CE Broker provider # are "
        "distractors. Provider printed as the LabCE wordmark and in the P.A.C.E. statement.",
        name, title, "2024-11-05", 1.5, "contact hour", ["LabCE"], "4417")


# ===========================================================================
# yk14  LabCE -- flattened AcroForm, landscape, Self-Study Module format line
# ===========================================================================
@cert
def yk14():
    name = "THANH-HUONG NGUYEN"
    title = "Gram Stain Interpretation: Respiratory Specimens and Quality Scoring"
    d = Doc(LETTER_L, title="LabCE Continuing Education Certificate", author="LabCE")
    blue = (0.0, 0.36, 0.6)
    green = (0.35, 0.62, 0.2)
    d.stroke(*blue)
    d.lw(2)
    d.rect(24, 24, d.W - 48, d.H - 48, "S")
    d.fill(*green)
    d.rect(24, 24, d.W - 48, 10, "F")
    cx = d.W / 2
    d.fill(*blue)
    d.font("sans", "B", 28)
    tw = d.width("LabCE")
    d.text(cx - tw / 2, 84, "Lab")
    d.fill(*green)
    d.text(cx - tw / 2 + d.width("Lab"), 84, "CE")
    d.fill(0.15, 0.15, 0.15)
    d.font("sans", "B", 20)
    d.spaced(cx, 128, "CONTINUING EDUCATION CERTIFICATE", "C", gap=1.8)
    d.font("serif", "I", 13)
    d.text(cx, 170, "This is to certify that", "C")
    d.stroke(0.6, 0.6, 0.6)
    d.lw(0.5)
    d.line(cx - 230, 208, cx + 230, 208)
    d.text(cx, 236, "has completed the", "C")
    d.fill(*blue)
    d.font("sans", "B", 12)
    d.text(cx, 258, "Self-Study Module", "C")
    d.line(cx - 300, 292, cx + 300, 292)
    d.fill(0.15, 0.15, 0.15)
    d.font("sans", "B", 10)
    d.text(150, 336, "Course #")
    d.text(330, 336, "Completed")
    d.text(520, 336, "P.A.C.E.\u00ae Contact Hours")
    for x in (150, 330, 520):
        d.line(x, 364, x + 140, 364)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(90, 470, d.W - 180,
           (PACE_STMT % "LabCE") + " Florida Board of Clinical Laboratory Personnel CE Broker tracking "
           "#20-883104. Keep this certificate for your records.", 10.5, "C")
    d.font("serif", "I", 18)
    d.fill(0.15, 0.15, 0.15)
    d.text(cx, 430, "Marisol Ekwueme-Hart", "C")
    d.font("sans", "", 8.5)
    d.text(cx, 444, "Marisol Ekwueme-Hart, MS, MLS(ASCP)CM  \u00b7  Program Director", "C")
    from reportlab.pdfbase.pdfmetrics import stringWidth
    nw = stringWidth(name, "Helvetica", 20) + 8
    tw2 = stringWidth(title, "Helvetica", 15) + 8
    fields = [dict(name="participant", value=name, x=cx - nw / 2, y=180, w=nw, h=26, size=20),
              dict(name="course_title", value=title, x=cx - tw2 / 2, y=266, w=tw2, h=22, size=15),
              dict(name="course_no", value="3852", x=150, y=344, w=140, h=18, size=12),
              dict(name="completed", value="02/14/2025", x=330, y=344, w=140, h=18, size=12),
              dict(name="contact_hours", value="1.0", x=520, y=344, w=140, h=18, size=12)]
    E.acroform_pdf(d, fields, out("yk14"), "yk14")
    return write_gold(
        "yk14", "labce", "acroform-qpdf",
        ["landscape", "centered-award", "form-fields", "labels-above", "border", "caps-name", "hyphenated-name",
         "format-line"],
        "Flattened AcroForm. Format line 'Self-Study Module' sits between 'has completed the' and the title "
        "(a field). 'Course #', 'Completed' and 'P.A.C.E. Contact Hours' are labels above their values. CE "
        "Broker tracking number is a distractor.",
        name, title, "2025-02-14", 1.0, "contact hour", ["LabCE"], "3852")


# ===========================================================================
# yk15  MediaLab -- TCPDF, portrait, two-column label/value, Safety course
# ===========================================================================
@cert
def yk15():
    name = "Grace E. Whitcombe"
    title = "Bloodborne Pathogens Safety for Laboratory Personnel (2024 Update)"
    d = Doc(LETTER, title="MediaLab Certificate of Completion", author="MediaLab, Inc.")
    purple = (0.3, 0.18, 0.5)
    d.fill(*purple)
    d.font("sans", "B", 26)
    d.text(60, 78, "MediaLab")
    d.fill(0.4, 0.4, 0.4)
    d.font("sans", "", 9)
    d.text(60, 93, "Compliance & Continuing Education")
    d.text(d.W - 60, 78, "Certificate ID: C-8842-7731-02", "R")
    d.stroke(*purple)
    d.lw(2)
    d.line(60, 106, d.W - 60, 106)
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 30)
    d.text(d.W / 2, 180, "Certificate of Completion", "C")
    d.font("serif", "I", 12.5)
    d.text(d.W / 2, 210, "This document certifies completion of the course described below.", "C")
    rows = [("Name:", name),
            ("Course:", title),
            ("Course ID:", "1138"),
            ("Date Completed:", "12/02/2024"),
            ("Credit:", "1.0 contact hour (ASCLS P.A.C.E.\u00ae)"),
            ("Organization:", "Pinecrest Valley Medical Center")]
    y = 270
    for lab, val in rows:
        d.font("sans", "", 11)
        nl = len(d.lines(val, d.W - 214 - 100))
        d.fill(0.96, 0.95, 0.98)
        d.rect(90, y - 16, d.W - 180, 26 + 13 * (nl - 1), "F")
        d.fill(*purple)
        d.font("sans", "B", 11)
        d.text(104, y, lab)
        d.fill(0.1, 0.1, 0.1)
        d.font("sans", "", 11)
        yy = d.wrap(214, y, d.W - 214 - 100, val, 13)
        y = max(y + 34, yy + 20)
    d.font("sans", "", 9.5)
    d.fill(0.2, 0.2, 0.2)
    d.wrap(90, y + 20, d.W - 180,
           "This course satisfies the annual bloodborne pathogens training requirement. Training valid through "
           "12/02/2025.", 12)
    sig(d, 200, 620, "Alicia R. Vandermeer, MHA", "Director of Education", 200, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(60, 700, d.W - 120,
           (PACE_STMT % "MediaLab, Inc.") + " This course is approved for 1.0 contact hour.", 10, "C")
    E.tcpdf_pdf(d, out("yk15"), "yk15")
    return write_gold(
        "yk15", "medialab", "tcpdf",
        ["portrait", "label-value", "signatures"],
        "Two-column label/value certificate. Title contains 'Safety' and a parenthetical '(2024 Update)' that is "
        "part of the title. 'Training valid through 12/02/2025' is an expiry distractor; certificate ID and "
        "organization are distractors.",
        name, title, "2024-12-02", 1.0, "contact hour", ["MediaLab, Inc.", "MediaLab"], "1138")


# ===========================================================================
# yk16  MediaLab -- Chromium HTML, landscape, two-column label/value, Ethics course
# ===========================================================================
@cert
def yk16():
    name = "Kwame A. Mensah-Boateng"
    title = "Laboratory Ethics: Confidentiality, Integrity and Professional Conduct"
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>MediaLab Certificate</title>
<style>
@page { size: letter landscape; margin: 0; }
body { margin: 0; width: 11in; height: 8.5in; font-family: 'Nimbus Sans', sans-serif; color: #222; }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 2.3in; background: #4d2e80; color: #fff; }
.side .logo { font-size: 25pt; font-weight: bold; margin: 0.6in 0 0 0.35in; }
.side .tag { font-size: 9pt; margin: 4pt 0 0 0.35in; opacity: .85; }
.side .ring { position: absolute; left: 0.45in; bottom: 0.8in; width: 1.4in; height: 1.4in; border-radius: 50%;
              border: 3px solid #c9b6ea; display: flex; align-items: center; justify-content: center;
              font-size: 10pt; text-align: center; line-height: 1.3; color: #e9e0f7; }
.main { position: absolute; left: 2.8in; right: 0.6in; top: 0.6in; }
h1 { font-family: 'P052', serif; font-weight: normal; font-size: 32pt; margin: 0 0 4pt 0; color: #4d2e80; }
.sub { font-size: 11pt; color: #666; margin-bottom: 22pt; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; }
td { padding: 7pt 8pt; border-bottom: 1px solid #ddd3ec; vertical-align: top; }
td.l { width: 1.7in; font-weight: bold; color: #4d2e80; }
.fine { position: absolute; left: 2.8in; right: 0.6in; top: 7.3in; font-size: 8pt; color: #555; line-height: 1.35; }
.sig { margin-top: 26pt; width: 2.8in; border-top: 1px solid #444; padding-top: 3pt; font-size: 10pt; }
</style></head><body>
<div class="side"><div class="logo">MediaLab</div><div class="tag">Online Compliance &amp;<br>Continuing Education</div>
<div class="ring">ASCLS<br>P.A.C.E.&reg;<br>Approved</div></div>
<div class="main">
<h1>Certificate of Completion</h1>
<div class="sub">Awarded upon successful completion of the course and post-test (passing score 80%)</div>
<table>
<tr><td class="l">Participant</td><td>Kwame A. Mensah-Boateng, MLT(ASCP)</td></tr>
<tr><td class="l">Course Title</td><td>__TITLE__</td></tr>
<tr><td class="l">Course No.</td><td>2291</td></tr>
<tr><td class="l">Completed On</td><td>February 11, 2025</td></tr>
<tr><td class="l">Contact Hours</td><td>2.0</td></tr>
<tr><td class="l">Institution</td><td>Lakeview Community Hospital</td></tr>
<tr><td class="l">Employee ID</td><td>55821</td></tr>
</table>
<div class="sig"><b>Alicia R. Vandermeer, MHA</b><br><i>Director of Education</i></div>
</div>
<div class="fine">MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.&reg; Program. This course is approved for 2.0 contact hours.<br>Printed: 02/12/2025</div>
</body></html>""".replace("__TITLE__", title)
    E.html_pdf(html, out("yk16"), "yk16")
    return write_gold(
        "yk16", "medialab", "chromium-html",
        ["landscape", "label-value", "side-band", "signatures", "hyphenated-name", "credentials-after-name"],
        "Two-column label/value table. Title contains 'Ethics' (series-less title with colon). Institution, "
        "employee ID and print date are distractors; the ring badge says 'ASCLS P.A.C.E. Approved'.",
        name, title, "2025-02-11", 2.0, "contact hour", ["MediaLab, Inc.", "MediaLab"], "2291")


# ===========================================================================
# yk17  ADLM -- ReportLab Platypus, landscape, summit attendance, ACCENT claimed vs maximum
# ===========================================================================
@cert
def yk17():
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    name = "Farhan Siddiqui-Morrow"
    title = "2025 ADLM Laboratory Stewardship Summit"
    plum = colors.HexColor("#5b1f4a")

    def deco(c, d):
        W, H = LETTER_L
        c.saveState()
        c.setStrokeColor(plum)
        c.setLineWidth(2.5)
        c.rect(22, 22, W - 44, H - 44)
        c.setFillColor(plum)
        c.rect(22, H - 92, W - 44, 70, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(48, H - 58, "ADLM")
        c.setFont("Helvetica", 11)
        c.drawString(48, H - 76, "Association for Diagnostics & Laboratory Medicine")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 48, H - 58, "Registration ID: 25LSS-103877")
        c.drawRightString(W - 48, H - 72, "Date claimed: April 28, 2025")
        c.restoreState()

    s_h = pstyle("h", "Times-Bold", 30, after=12)
    s_i = pstyle("i", "Times-Italic", 13, after=6)
    s_n = pstyle("n", "Times-Bold", 22, after=8)
    s_t = pstyle("t", "Times-Bold", 18, after=4)
    s_d = pstyle("d", "Times-Roman", 12, after=14)
    s_c = pstyle("c", "Helvetica", 9.5, align=0)
    s_cb = pstyle("cb", "Helvetica-Bold", 9.5, align=0)
    s_f = pstyle("f", "Helvetica", 7.8, leading=10, align=1, color="#444444")
    story = [Spacer(1, 14),
             Paragraph("Certificate of Attendance", s_h),
             Paragraph("This certifies that", s_i),
             Paragraph("Dr. " + name + ", PhD, DABCC", s_n),
             Paragraph("attended the", s_i),
             Paragraph(title, s_t),
             Paragraph("April 7\u20139, 2025 \u00b7 Front Range Convention Center, Denver, Colorado", s_d)]
    t = Table([[Paragraph("Credit", s_cb), Paragraph("Maximum Available", s_cb), Paragraph("Claimed", s_cb)],
               [Paragraph("ACCENT\u00ae contact hours", s_c), "16.5", "14.0"],
               [Paragraph("AMA PRA Category 1 Credits\u2122", s_c), "15.0", "\u2014"]],
              colWidths=[220, 120, 90])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, plum),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                           ("FONT", (1, 1), (-1, -1), "Helvetica", 9.5),
                           ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    sg = Table([["", "", ""],
                [Paragraph("Kathleen M. Ordway, PhD, DABCC", s_cb), "",
                 Paragraph("Vikram Chaudhry-Lowe, MD", s_cb)],
                [Paragraph("Chair, Education Core Committee", s_c), "", Paragraph("Summit Program Chair", s_c)]],
               colWidths=[210, 120, 210])
    sg.setStyle(TableStyle([("LINEABOVE", (0, 1), (0, 1), 0.8, colors.black),
                            ("LINEABOVE", (2, 1), (2, 1), 0.8, colors.black)]))
    story += [t, Spacer(1, 30), sg, Spacer(1, 18),
              Paragraph("The Association for Diagnostics & Laboratory Medicine (ADLM) designates this live activity "
                        "for a maximum of 16.5 ACCENT\u00ae contact hours toward the ADLM ACCENT\u00ae continuing "
                        "education program. ADLM is accredited by the ACCME to provide continuing medical education "
                        "for physicians and designates this live activity for a maximum of 15.0 AMA PRA Category 1 "
                        "Credits\u2122. Participants should claim only the credit commensurate with the extent of "
                        "their participation.", s_f)]
    platypus_build(out("yk17"), story, LETTER_L, (60, 60, 110, 40), deco, "ADLM Certificate of Attendance", "ADLM")
    return write_gold(
        "yk17", "adlm", "reportlab-platypus",
        ["landscape", "centered-award", "header-band", "border", "table", "signatures", "honorific-name",
         "hyphenated-name", "credentials-after-name", "date-range", "meeting-attendance", "multi-credit",
         "claimed-vs-maximum"],
        "Meeting attendance (April 7-9, 2025): title is the summit name, date the last day. ACCENT claimed 14.0 of "
        "a 16.5 maximum; AMA PRA maximum 15.0 is a distractor. 'Dr.' honorific and trailing credentials are "
        "dropped from the name. No activity number is printed (registration ID is a distractor).",
        name, title, "2025-04-09", 14.0, "contact hour",
        ["Association for Diagnostics & Laboratory Medicine", "ADLM"], None)


# ===========================================================================
# yk18  AACC (2023) -- flat ODT, portrait, ON-DEMAND COURSE format line, wrapped title + date label
# ===========================================================================
@cert
def yk18():
    name = "Sofía Castañeda Ibarra"
    title = ("Mass Spectrometry in the Clinical Laboratory: Method Validation for Immunosuppressant "
             "Drug Monitoring")
    f = E.Fodt(landscape=False, margin="0.75in", border="1.2pt solid #1d4f91", font="Nimbus Sans",
               title="AACC Certificate of Completion")
    blue = "#1d4f91"
    f.p("AACC", align="center", font="Nimbus Sans", size="30pt", bold=True, color=blue, before="0.2in", after="0in")
    f.p("American Association for Clinical Chemistry", align="center", size="11pt", color=blue, after="0in")
    f.p("AACC Learning Center", align="center", size="9.5pt", italic=True, color="#555555", after="0.55in",
        border="0.8pt solid #1d4f91")
    f.p("Certificate of Completion", align="center", font="P052", size="30pt", after="0.3in")
    f.p("Awarded to", align="center", font="P052", italic=True, size="13pt", after="0.08in")
    f.p(name, align="center", font="P052", size="24pt", bold=True, after="0.2in")
    f.p("for successfully completing the", align="center", font="P052", italic=True, size="13pt", after="0.1in")
    f.p("ON-DEMAND COURSE", align="center", size="10.5pt", bold=True, color=blue, spacing="0.1em", after="0.08in")
    f.p(title, align="center", font="P052", size="17pt", bold=True, after="0.04in")
    f.p("Date of completion: March 2, 2023", align="center", font="P052", size="12.5pt", after="0.3in")
    f.p("Course ID: LL-23-0412   \u00b7   ACCENT\u00ae credit: 1.5 contact hours", align="center", size="11pt",
        after="0.8in")
    f.table(["3.0in"], [[dict(text="Yvonne Castellano-Reyes", font="Z003", size="19pt", align="center",
                              after="0in")],
                        [[dict(text="Yvonne Castellano-Reyes, PhD, DABCC", align="center", size="10pt", after="0in"),
                          dict(text="Chair, Education Committee", align="center", size="9.5pt", italic=True)]]],
            border="none", pad="0.03in", cell_borders=lambda r, c: {"top": "0.8pt solid #333333"} if r == 1 else None)
    f.p("", after="0.6in")
    f.p("AACC designates this on-demand activity for 1.5 ACCENT\u00ae contact hours. ACCENT\u00ae is the "
        "continuing education accreditation program of the American Association for Clinical Chemistry. "
        "Credit is available until December 31, 2024.", align="center", size="8pt", color="#444444",
        after="0.06in")
    f.p("Printed 06/15/2023", align="center", size="8pt", color="#444444")
    E.fodt_pdf(f.xml(), out("yk18"), "yk18")
    return write_gold(
        "yk18", "adlm", "fodt-libreoffice",
        ["portrait", "centered-award", "border", "signatures", "format-line", "long-title-wrap", "accented-name"],
        "AACC-branded certificate from before the ADLM rename. 'ON-DEMAND COURSE' is the format line between "
        "the completion verb and the two-line title, which is followed directly by 'Date of completion:'. "
        "Credit-availability and print dates are distractors.",
        name, title, "2023-03-02", 1.5, "contact hour", ["American Association for Clinical Chemistry", "AACC"],
        "LL-23-0412")


# ===========================================================================
# yk19  NSH -- python-docx, portrait, workshop session at a multi-day summit
# ===========================================================================
@cert
def yk19():
    name = "Rebecca Lindahl-Moreau"
    title = "Grossing Small Biopsies: A Practical Orientation for New Histotechnicians"
    doc = docx_new(False, 0.85, "Liberation Sans", 10.5)
    docx_page_border(doc, "thinThickSmallGap", 24, "6A2C70", 22)
    mag = "6A2C70"
    dpar(doc, [("NSH", {"bold": True, "size": 34, "color": mag, "font": "URW Gothic"})], after=0)
    dpar(doc, [("National Society for Histotechnology", {"size": 12, "color": mag})], after=10)
    dpar(doc, [("NSH Histology Education Summit 2024  \u00b7  August 23\u201328, 2024  \u00b7  Salt Lake City, Utah",
                {"size": 10, "color": "444444"})], after=34)
    dpar(doc, [("WORKSHOP CERTIFICATE OF ATTENDANCE", {"bold": True, "size": 18, "spacing": 1.5})], after=28)
    g = ("single", 4, "C9B3CC")
    rows = [[{"runs": [("Attendee", {"bold": True})]}, name + ", HTL(ASCP)QIHC"],
            [{"runs": [("Session", {"bold": True})]}, "214"],
            [{"runs": [("Workshop", {"bold": True})]}, {"runs": [(title, {"bold": True})]}],
            [{"runs": [("Date", {"bold": True})]}, "Sunday, August 25, 2024, 8:00 AM \u2013 11:30 AM"],
            [{"runs": [("Instructor", {"bold": True})]}, "Thaddeus Orban, HT(ASCP), PA(ASCP)CM"],
            [{"runs": [("Contact Hours", {"bold": True})]}, "3.0"]]
    docx_table(doc, rows, [1.6, 4.9], borders=lambda r, c: {"bottom": g})
    dpar(doc, "", after=70)
    dpar(doc, "The National Society for Histotechnology (NSH) is approved as a provider of continuing education "
              "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This workshop "
              "is approved for 3.0 contact hours. Attendance was verified by session scan.", size=9,
         align="justify", after=40, color="333333")
    sigs = [["", "", ""],
            [[{"runs": "Alondra P. Whitmire, HTL(ASCP)", "align": "center"},
              {"runs": [("Chair, Education Committee", {"italic": True})], "align": "center"}], "",
             [{"runs": "Gideon R. Falk, BS, HT(ASCP)", "align": "center"},
              {"runs": [("NSH President", {"italic": True})], "align": "center"}]]]
    docx_table(doc, sigs, [2.8, 0.8, 2.8],
               borders=lambda r, c: {"top": ("single", 6, "333333")} if (r == 1 and c != 1) else {})
    dpar(doc, [("Badge #: 50-2218", {"size": 8, "color": "666666"})], before=150, align="left")
    E.docx_pdf(doc, out("yk19"), "yk19")
    return write_gold(
        "yk19", "nsh", "docx-libreoffice",
        ["portrait", "label-value", "table", "border", "signatures", "hyphenated-name", "credentials-after-name",
         "date-range", "session-certificate"],
        "Workshop certificate at a six-day summit (Aug 23-28, 2024): gold date is the session date Aug 25. The "
        "id is 'Session 214'. Title contains 'Grossing' and 'Orientation' (real course). Badge number and "
        "instructor are distractors.",
        name, title, "2024-08-25", 3.0, "contact hour", ["National Society for Histotechnology", "NSH"], "214")


# ===========================================================================
# yk20  NSH -- FPDF, landscape, Self-Study Module, letter-spaced name
# ===========================================================================
@cert
def yk20():
    name = "DESHAWN R. ELLISON"
    title = "Safety in the Histology Laboratory: Formaldehyde and Xylene Exposure Monitoring"
    d = Doc(LETTER_L, title="NSH Certificate of Completion", author="National Society for Histotechnology")
    mag = (0.42, 0.17, 0.44)
    d.fill(0.985, 0.975, 0.99)
    d.rect(0, 0, d.W, d.H, "F")
    double_border(d, mag, outer=22, gap=6, w1=5, w2=1)
    cx = d.W / 2
    d.fill(*mag)
    d.font("serif", "", 15)
    d.text(cx, 80, "National Society for Histotechnology", "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 34)
    d.text(cx, 128, "Certificate of Completion", "C")
    d.font("sans", "", 20)
    d.spaced(cx, 188, name, "C", gap=7)
    d.stroke(*mag)
    d.lw(0.7)
    d.line(cx - 230, 200, cx + 230, 200)
    d.font("serif", "I", 13)
    d.text(cx, 228, "has successfully completed the", "C")
    d.fill(*mag)
    d.font("sans", "B", 12.5)
    d.text(cx, 252, "Self-Study Module", "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 19)
    y = d.wrap(cx - 270, 284, 540, title, 23, "C")
    d.font("serif", "", 13)
    d.text(cx, y, "Completed: June 18, 2024", "C")
    d.font("sans", "", 11)
    d.text(cx, y + 28, "Course No. SSM-0724     \u00b7     2.0 contact hours", "C")
    seal(d, 150, 470, 42, mag, "NSH")
    sig(d, d.W - 220, 462, "Alondra P. Whitmire, HTL(ASCP)", "Chair, Education Committee", 220)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(90, 540, d.W - 180, PACE_STMT % "The National Society for Histotechnology", 10, "C")
    d.text(90, 566, "Member #: 118402")
    E.fpdf_pdf(d, out("yk20"), "yk20")
    return write_gold(
        "yk20", "nsh", "fpdf",
        ["landscape", "centered-award", "border", "seal", "signatures", "letter-spaced-name", "caps-name",
         "format-line", "long-title-wrap"],
        "Letter-spaced all-caps name. Format line 'Self-Study Module' before the two-line title (which contains "
        "'Safety'), followed directly by 'Completed:'. 'Course No. SSM-0724' is the id; member number is a "
        "distractor. Provider named in the header and as subject of the P.A.C.E. statement.",
        name, title, "2024-06-18", 2.0, "contact hour", ["National Society for Histotechnology", "NSH"], "SSM-0724")


# ===========================================================================
# yk21  AMT -- flat ODT, landscape, 'Meeting' inside the course title, CE hours
# ===========================================================================
@cert
def yk21():
    name = "Lorenzo V. DiSalvo II"
    title = "Meeting the Challenge of Preanalytical Errors in Phlebotomy and Specimen Processing"
    f = E.Fodt(landscape=True, margin="0.55in", border="6pt ridge #0d4a7a", font="Liberation Serif",
               title="AMT Certificate of Continuing Education", bg="#fbfaf5")
    blue = "#0d4a7a"
    f.p("AMT", align="center", font="URW Bookman", size="30pt", bold=True, color=blue, before="0.1in", after="0in")
    f.p("American Medical Technologists", align="center", font="URW Bookman", size="13pt", color=blue,
        after="0.22in")
    f.p("Certificate of Continuing Education", align="center", font="URW Bookman", size="28pt", after="0.14in")
    f.p("Presented to", align="center", italic=True, size="13pt", after="0.04in")
    f.p(name, align="center", font="URW Bookman", size="24pt", bold=True, after="0.1in")
    f.p("for completion of the educational program", align="center", italic=True, size="13pt", after="0.06in")
    f.p(title, align="center", size="17pt", bold=True, after="0.05in")
    f.p("Date: November 9, 2024", align="center", size="12.5pt", after="0.12in")
    f.table(["2.6in", "2.6in"],
            [[dict(text="AMT Program No. 24-1187", align="center", size="11.5pt", after="0in"),
              dict(text="CE Hours: 1.5", align="center", size="11.5pt", bold=True, after="0in")]],
            border="0.6pt solid #0d4a7a", pad="0.05in")
    f.p("", after="0.75in")
    f.table(["2.8in", "1.4in", "2.8in"],
            [["", "", ""],
             [[dict(text="Sharon T. Bellweather, MT(AMT)", align="center", size="10pt", after="0in"),
               dict(text="Chair, AMT Education Committee", align="center", size="9.5pt", italic=True)], "",
              [dict(text="Dr. Owen P. Castellanos, PhD", align="center", size="10pt", after="0in"),
               dict(text="Program Moderator", align="center", size="9.5pt", italic=True)]]],
            border="none", pad="0.03in",
            cell_borders=lambda r, c: {"top": "0.8pt solid #333333"} if (r == 1 and c != 1) else None)
    f.p("", after="0.45in")
    f.p("American Medical Technologists approves this program for 1.5 CE hours toward the AMT Certification "
        "Continuation Program. AMT Member ID 0773105.", align="center", size="8pt", color="#444444")
    E.fodt_pdf(f.xml(), out("yk21"), "yk21")
    return write_gold(
        "yk21", "amt", "fodt-libreoffice",
        ["landscape", "centered-award", "border", "signatures", "suffix-name", "table"],
        "Course title begins with 'Meeting' (a real title, not a meeting). 'AMT Program No. 24-1187' has no "
        "colon. Unit is CE hours. Member ID and the moderator's 'Dr.' name are distractors.",
        name, title, "2024-11-09", 1.5, "CE hour", ["American Medical Technologists", "AMT"], "24-1187")


# ===========================================================================
# yk22  AMT -- ReportLab canvas, portrait, Self-Study format line, label/value
# ===========================================================================
@cert
def yk22():
    name = "Rosalind E. Whitfield-Adeyemi"
    title = "Urinalysis Microscopy Review: Casts, Crystals and Cells"
    d = Doc(LETTER, title="AMT Online Learning Certificate", author="American Medical Technologists")
    blue = (0.05, 0.29, 0.48)
    d.stroke(*blue)
    d.lw(1.2)
    d.rect(36, 36, d.W - 72, d.H - 72, "S")
    d.fill(*blue)
    d.rect(36, 36, d.W - 72, 86, "F")
    d.fill(1, 1, 1)
    d.font("sans", "B", 30)
    d.text(66, 88, "AMT")
    d.font("sans", "", 11)
    d.text(146, 78, "American Medical Technologists")
    d.text(146, 94, "AMT Online Learning")
    cx = d.W / 2
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 30)
    d.text(cx, 186, "Certificate of Completion", "C")
    d.font("serif", "I", 13)
    d.text(cx, 226, "This certifies that", "C")
    d.font("serif", "B", 21)
    d.text(cx, 262, name + ", MT(AMT)", "C")
    d.font("serif", "I", 13)
    d.text(cx, 296, "completed the", "C")
    d.fill(*blue)
    d.font("sans", "B", 11.5)
    d.text(cx, 320, "Self-Study", "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 18)
    d.text(cx, 350, title, "C")
    rows = [("Date Completed:", "03/27/2025"), ("CE Hours Awarded:", "1.0"), ("Course #:", "STEP-25-112"),
            ("Transcript #:", "T-0098812")]
    y = 408
    for lab, val in rows:
        d.font("sans", "B", 11)
        d.text(cx - 12, y, lab, "R")
        d.font("sans", "", 11)
        d.text(cx + 12, y, val)
        y += 21
    sig(d, cx, 590, "Sharon T. Bellweather, MT(AMT)", "Chair, AMT Education Committee", 230)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(72, 690, d.W - 144,
           "This self-study course is approved by American Medical Technologists for 1.0 CE hour toward the AMT "
           "Certification Continuation Program. Retain this certificate for your records.", 10, "C")
    E.render_reportlab(d, out("yk22"))
    return write_gold(
        "yk22", "amt", "reportlab-canvas",
        ["portrait", "centered-award", "header-band", "border", "label-value", "signatures", "format-line",
         "hyphenated-name", "credentials-after-name"],
        "Format line 'Self-Study' between 'completed the' and the title. Label/value block with date, CE hours and "
        "course number; transcript number is a distractor.",
        name, title, "2025-03-27", 1.0, "CE hour", ["American Medical Technologists", "AMT"], "STEP-25-112")


# ===========================================================================
# yk23  ASM -- Chromium HTML, landscape, LIVE WEBINAR, Grand Rounds series title, presenter
# ===========================================================================
@cert
def yk23():
    name = "Isabel Ferreira-Lang"
    title = "Clinical Microbiology Grand Rounds: Carbapenemase Detection in Enterobacterales"
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>ASM Certificate</title>
<style>
@page { size: letter landscape; margin: 0; }
body { margin: 0; width: 11in; height: 8.5in; font-family: 'Liberation Serif', serif; color: #1a1a1a;
       background: #fff; }
.b1 { position: absolute; inset: 0.25in; border: 2px solid #00677f; }
.b2 { position: absolute; inset: 0.33in; border: 8px solid #e6f2f4; }
.top { position: absolute; left: 0; right: 0; top: 0.7in; text-align: center; }
.logo { display: inline-block; font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 22pt;
        color: #fff; background: #00677f; padding: 4pt 12pt; letter-spacing: 0.06em; }
.org { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; color: #00677f; margin-top: 6pt; }
.c { position: absolute; left: 1in; right: 1in; top: 2.0in; text-align: center; }
h1 { font-size: 31pt; font-weight: bold; margin: 0 0 12pt 0; }
.s { font-style: italic; font-size: 13pt; margin: 3pt 0; }
.n { font-size: 23pt; font-weight: bold; margin: 6pt 0; }
.fmt { font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 11pt; color: #00677f;
       letter-spacing: 0.15em; margin: 8pt 0 4pt 0; }
.t { font-size: 18pt; font-weight: bold; margin: 2pt 0 6pt 0; }
.p { font-size: 12.5pt; margin: 2pt 0; }
.cr { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; margin-top: 12pt; }
.sig { position: absolute; right: 1.2in; top: 6.35in; width: 2.9in; text-align: center; border-top: 1px solid #333;
       padding-top: 3pt; font-size: 10pt; }
.fine { position: absolute; left: 1in; right: 1in; top: 7.45in; text-align: center; font-family: 'Liberation Sans', sans-serif;
        font-size: 8pt; color: #555; }
</style></head><body>
<div class="b1"></div><div class="b2"></div>
<div class="top"><span class="logo">ASM</span><div class="org">American Society for Microbiology</div></div>
<div class="c">
<h1>Certificate of Completion</h1>
<div class="s">This certifies that</div>
<div class="n">Isabel Ferreira-Lang, PhD, D(ABMM)</div>
<div class="s">participated in the</div>
<div class="fmt">LIVE WEBINAR</div>
<div class="t">__TITLE__</div>
<div class="p">presented by Marguerite A. Osei, PhD, D(ABMM)</div>
<div class="p">on April 16, 2025</div>
<div class="cr">Session No. 25-GR-04 &nbsp;&nbsp;|&nbsp;&nbsp; 1.0 P.A.C.E.&reg; contact hour</div>
</div>
<div class="sig"><b>Terrence L. Vo, PhD, D(ABMM)</b><br><i>Chair, Clinical Microbiology Education Committee</i></div>
<div class="fine">ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.&reg; Program. Certificate requested April 22, 2025.</div>
</body></html>""".replace("__TITLE__", title)
    E.html_pdf(html, out("yk23"), "yk23")
    return write_gold(
        "yk23", "asm", "chromium-html",
        ["landscape", "centered-award", "border", "signatures", "format-line", "hyphenated-name",
         "credentials-after-name", "presenter-distractor"],
        "'LIVE WEBINAR' is the format line; the series name 'Clinical Microbiology Grand Rounds:' is part of the "
        "title. 'presented by <speaker, PhD>' and the certificate-request date are distractors. Id follows "
        "'Session No.'.",
        name, title, "2025-04-16", 1.0, "contact hour", ["American Society for Microbiology", "ASM"], "25-GR-04")


# ===========================================================================
# yk24  ASM -- TCPDF, portrait, label/value, summit attendance with claimed vs maximum
# ===========================================================================
@cert
def yk24():
    name = "Hannah Schröder"
    title = "ASM Clinical Laboratory Microbiology Summit 2024"
    d = Doc(LETTER, title="ASM Certificate of Attendance", author="American Society for Microbiology")
    teal = (0.0, 0.4, 0.5)
    d.fill(0.9, 0.95, 0.96)
    d.rect(0, 0, d.W, 150, "F")
    d.fill(*teal)
    d.rect(60, 56, 74, 40, "F")
    d.fill(1, 1, 1)
    d.font("sans", "B", 22)
    d.text(97, 84, "ASM", "C")
    d.fill(*teal)
    d.font("sans", "", 13)
    d.text(148, 74, "American Society for Microbiology")
    d.font("sans", "", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.text(148, 90, "Meetings & Professional Development")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 30)
    d.text(60, 216, "Certificate of Attendance")
    d.font("serif", "", 12)
    d.text(60, 242, "The following attendance record is certified by the American Society for Microbiology.")
    rows = [("Attendee", name + ", MS, M(ASCP)CM"), ("Meeting", title), ("Dates", "June 13\u201315, 2024"),
            ("Location", "Lakeside Convention Center, Minneapolis, Minnesota"),
            ("Registration Number", "24CLMS-20931"), ("P.A.C.E.\u00ae Contact Hours Claimed", "16.0")]
    y = 290
    d.stroke(0.75, 0.82, 0.84)
    d.lw(0.6)
    for lab, val in rows:
        d.font("sans", "B", 10.5)
        d.fill(*teal)
        d.text(60, y, lab)
        d.font("sans", "", 11.5)
        d.fill(0.1, 0.1, 0.1)
        d.text(270, y, val)
        d.line(60, y + 9, d.W - 60, y + 9)
        y += 30
    d.font("sans", "", 9.5)
    d.fill(0.2, 0.2, 0.2)
    y = d.wrap(60, y + 20, d.W - 120,
               "This live activity offers a maximum of 19.5 P.A.C.E.\u00ae contact hours. Attendees claim hours "
               "for the sessions they attended through the online evaluation.", 13)
    sig(d, 180, 590, "Renee K. Abernathy, PhD", "Director, Professional Development", 220, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(60, 690, d.W - 120, (PACE_STMT % "ASM") + " Certificate generated July 2, 2024.", 10, "C")
    E.tcpdf_pdf(d, out("yk24"), "yk24")
    return write_gold(
        "yk24", "asm", "tcpdf",
        ["portrait", "left-aligned", "label-value", "header-band", "signatures", "accented-name",
         "credentials-after-name", "date-range", "meeting-attendance", "claimed-vs-maximum"],
        "Attendance record: title is the meeting name (labelled 'Meeting'), date the last day of June 13-15, 2024. "
        "Claimed 16.0 vs maximum 19.5 P.A.C.E. hours. Registration number and generation date are distractors; "
        "no activity number.",
        name, title, "2024-06-15", 16.0, "contact hour", ["American Society for Microbiology", "ASM"], None)


# ===========================================================================
# yk25  CLSI -- flattened AcroForm, portrait, label/field rows
# ===========================================================================
@cert
def yk25():
    name = "Catalina Ortiz-Whitaker"
    title = "Verifying Quantitative Test Methods with CLSI EP15"
    d = Doc(LETTER, title="CLSI Certificate of Completion", author="Clinical and Laboratory Standards Institute")
    navy = (0.0, 0.2, 0.4)
    orange = (0.9, 0.45, 0.1)
    d.fill(*navy)
    d.rect(0, 0, d.W, 120, "F")
    d.fill(*orange)
    d.rect(0, 120, d.W, 5, "F")
    d.fill(1, 1, 1)
    d.font("sans", "B", 36)
    d.text(60, 72, "CLSI")
    d.font("sans", "", 12)
    d.text(60, 94, "Clinical and Laboratory Standards Institute")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 28)
    d.text(d.W / 2, 190, "Certificate of Completion", "C")
    d.font("serif", "I", 12)
    d.text(d.W / 2, 214, "Continuing Education Record", "C")
    labels = ["Participant:", "Program:", "Format:", "Program Number:", "Date Attended:", "Contact Hours:",
              "Order No.:"]
    y = 262
    d.stroke(0.6, 0.6, 0.6)
    d.lw(0.5)
    for lab in labels:
        d.font("sans", "B", 11)
        d.text(80, y, lab)
        d.line(210, y + 4, d.W - 80, y + 4)
        y += 34
    sig(d, d.W - 200, 560, "Glenda Hartigan-Moss, MT(ASCP)", "Manager, Education Programs", 220, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(60, 668, d.W - 120, (PACE_STMT % "CLSI") + " This program is approved for 1.5 contact hours.", 10, "C")
    vals = [name, title, "Live Webinar", "27-118-24", "09/24/2024", "1.5", "0004418832"]
    fields = []
    y = 262
    for i, v in enumerate(vals):
        fields.append(dict(name="f%d" % i, value=v, x=212, y=y - 13, w=d.W - 80 - 212, h=17, size=11.5))
        y += 34
    E.acroform_pdf(d, fields, out("yk25"), "yk25")
    return write_gold(
        "yk25", "clsi", "acroform-qpdf",
        ["portrait", "label-value", "form-fields", "header-band", "signatures", "hyphenated-name"],
        "Flattened AcroForm with label/field rows. 'Program:' holds the title and 'Program Number:' the id; "
        "'Format: Live Webinar' is not part of the title. Order No. is a distractor.",
        name, title, "2024-09-24", 1.5, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"],
        "27-118-24")


# ===========================================================================
# yk26  CLSI -- ReportLab Platypus, landscape, eLearning Program format line, labels-above table
# ===========================================================================
@cert
def yk26():
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    name = "OLUWADAMILOLA OKONJO"
    title = "Statistical Quality Control Planning Using CLSI C24 Principles"
    navy = colors.HexColor("#003366")
    orange = colors.HexColor("#e5731a")

    def deco(c, d):
        W, H = LETTER_L
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, 0, 26, H, stroke=0, fill=1)
        c.setFillColor(orange)
        c.rect(26, 0, 5, H, stroke=0, fill=1)
        c.setStrokeColor(navy)
        c.setLineWidth(1)
        c.rect(48, 24, W - 72, H - 48)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, H - 70, "CLSI")
        c.setFont("Helvetica", 10.5)
        c.drawString(72, H - 86, "Clinical and Laboratory Standards Institute")
        c.restoreState()

    s_h = pstyle("h", "Helvetica-Bold", 30, after=14, color="#003366")
    s_i = pstyle("i", "Times-Italic", 13, after=6)
    s_n = pstyle("n", "Times-Bold", 22, after=8)
    s_f = pstyle("f", "Helvetica-Bold", 10.5, after=4, color="#e5731a")
    s_t = pstyle("t", "Times-Bold", 18, after=4)
    s_d = pstyle("d", "Times-Roman", 12.5, after=18)
    s_l = pstyle("l", "Helvetica-Bold", 8.5, align=1, color="#666666")
    s_v = pstyle("v", "Helvetica", 12, align=1)
    s_fine = pstyle("fi", "Helvetica", 8, leading=10, color="#444444")
    story = [Spacer(1, 30),
             Paragraph("Certificate of Completion", s_h),
             Paragraph("This is to certify that", s_i),
             Paragraph(name, s_n),
             Paragraph("has completed the", s_i),
             Paragraph("eLearning Program", s_f),
             Paragraph(title, s_t),
             Paragraph("Completion date: 10/15/2024", s_d)]
    t = Table([[Paragraph("OFFERING NO.", s_l), Paragraph("CONTACT HOURS", s_l), Paragraph("CERTIFICATE NO.", s_l)],
               [Paragraph("2410-C24", s_v), Paragraph("1.0", s_v), Paragraph("CLSI-CE-558120", s_v)]],
              colWidths=[170, 170, 170])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#999999")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    sg = Table([[""], [Paragraph("<b>Marcus D. Feldhaus, MBA</b>", pstyle("sg", "Helvetica", 10))],
                [Paragraph("<i>Director, Education and Training</i>", pstyle("sg2", "Helvetica", 9.5))]],
               colWidths=[240])
    sg.setStyle(TableStyle([("LINEABOVE", (0, 1), (0, 1), 0.8, colors.black)]))
    story += [t, Spacer(1, 40), sg, Spacer(1, 24),
              Paragraph((PACE_STMT % "CLSI") + " This eLearning program is approved for 1.0 contact hour. Access "
                        "to the program expires 12 months after purchase.", s_fine)]
    platypus_build(out("yk26"), story, LETTER_L, (80, 48, 80, 40), deco, "CLSI Certificate of Completion", "CLSI")
    return write_gold(
        "yk26", "clsi", "reportlab-platypus",
        ["landscape", "centered-award", "side-band", "border", "labels-above", "table", "signatures", "caps-name",
         "format-line"],
        "Format line 'eLearning Program' between 'has completed the' and the title, followed by 'Completion "
        "date:'. Labels above values: OFFERING NO. | CONTACT HOURS | CERTIFICATE NO.; the offering number is the "
        "id, the certificate number a distractor.",
        name, title, "2024-10-15", 1.0, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"],
        "2410-C24")


# ===========================================================================
# yk27  State society -- PostScript, landscape, Spring Symposium format line
# ===========================================================================
@cert
def yk27():
    name = "Magdalena Kowalczyk-Brandt"
    title = "Immunohematology Troubleshooting: From Antibody Identification to Crossmatch Resolution"
    prov = "Prairie State Society for Clinical Laboratory Science"
    d = Doc(LETTER_L, title="PSSCLS Certificate of Attendance", author=prov)
    wheat = (0.76, 0.58, 0.24)
    brown = (0.35, 0.22, 0.1)
    d.fill(0.995, 0.985, 0.96)
    d.rect(0, 0, d.W, d.H, "F")
    d.stroke(*wheat)
    d.lw(14)
    d.rect(14, 14, d.W - 28, d.H - 28, "S")
    d.stroke(*brown)
    d.lw(1)
    d.rect(32, 32, d.W - 64, d.H - 64, "S")
    cx = d.W / 2
    d.fill(*brown)
    d.font("serif", "B", 15)
    d.text(cx, 78, prov, "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 34)
    d.text(cx, 126, "Certificate of Attendance", "C")
    d.font("serif", "I", 13)
    d.text(cx, 164, "This certifies that", "C")
    d.font("serif", "BI", 26)
    d.text(cx, 204, name, "C")
    d.stroke(*wheat)
    d.lw(1)
    d.line(cx - 220, 216, cx + 220, 216)
    d.font("serif", "I", 13)
    d.text(cx, 244, "attended the", "C")
    d.fill(*brown)
    d.font("serif", "B", 14)
    d.spaced(cx, 268, "Spring Symposium", "C", gap=1.2)
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 18)
    y = d.wrap(cx - 280, 298, 560, title, 22, "C")
    d.font("serif", "", 12.5)
    d.text(cx, y, "Saturday, April 12, 2025  \u00b7  Meadowlark Conference Center, Larkspur Falls", "C")
    d.font("sans", "", 11)
    d.text(cx - 14, y + 32, "P.A.C.E.\u00ae Program # 417-083-25", "R")
    d.text(cx + 14, y + 32, "3.5 contact hours")
    seal(d, cx, 468, 42, wheat, "PSSCLS", brown, brown)
    sig(d, 190, 474, "Roberta J. Halvorsen, MS, MLS(ASCP)CM", "Symposium Chair", 220)
    sig(d, d.W - 190, 474, "Emmanuel K. Asante, MLS(ASCP)CM", "President, PSSCLS", 220)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(80, 540, d.W - 160, (PACE_STMT % "PSSCLS") + " Please retain this certificate for four years.", 10, "C")
    E.ps_pdf(d, out("yk27"), "yk27")
    return write_gold(
        "yk27", "state-society", "ghostscript-ps",
        ["landscape", "centered-award", "border", "seal", "signatures", "format-line", "long-title-wrap",
         "hyphenated-name"],
        "'Spring Symposium' is the format line between 'attended the' and the two-line title (no series name). "
        "The date line follows the title directly. 'P.A.C.E. Program # 417-083-25' gives the id.",
        name, title, "2025-04-12", 3.5, "contact hour", [prov, "PSSCLS"], "417-083-25")


# ===========================================================================
# yk28  State society -- Chromium HTML, portrait, Live Virtual Session, labels above values
# ===========================================================================
@cert
def yk28():
    name = "Hyun-woo Park"
    title = "Blood Bank Case Conference: Delayed Hemolytic Transfusion Reactions"
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>KAMLP Certificate</title>
<style>
@page { size: letter portrait; margin: 0; }
body { margin: 0; width: 8.5in; height: 11in; font-family: 'URW Bookman', serif; color: #202020; }
.frame { position: absolute; inset: 0.4in; border: 1px solid #7a5c00; outline: 5px solid #f2e6c2; outline-offset: 4px; }
.in { position: absolute; left: 0.9in; right: 0.9in; top: 0.95in; text-align: center; }
.k { font-family: 'URW Gothic', sans-serif; font-size: 30pt; font-weight: bold; color: #7a5c00; letter-spacing: 0.1em; }
.o { font-size: 11pt; color: #7a5c00; margin-top: 2pt; }
h1 { font-size: 27pt; font-weight: normal; margin: 40pt 0 18pt 0; }
.v { font-style: italic; font-size: 12pt; }
.f { font-family: 'URW Gothic', sans-serif; font-size: 11pt; font-weight: bold; color: #7a5c00; margin: 8pt 0 6pt 0; }
.t { font-size: 17pt; font-weight: bold; line-height: 1.3; margin-bottom: 30pt; }
table { margin: 0 auto; border-collapse: collapse; text-align: left; width: 100%; }
th { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #6d6d6d; font-weight: bold;
     text-transform: uppercase; padding: 0 18pt 3pt 0; border-bottom: 1px solid #d8cba0; }
td { font-size: 12pt; padding: 5pt 18pt 16pt 0; }
th:first-child, td:first-child { width: 46%; }
.sig { margin: 34pt auto 0 auto; width: 3.2in; border-top: 1px solid #444; padding-top: 4pt; font-size: 10pt; }
.fine { position: absolute; left: 0.9in; right: 0.9in; top: 9.45in; font-size: 8pt; text-align: center; color: #555; }
</style></head><body>
<div class="frame"></div>
<div class="in">
<div class="k">KAMLP</div>
<div class="o">Keystone Association for Medical Laboratory Professionals</div>
<h1>Certificate of Attendance</h1>
<div class="v">has attended the</div>
<div class="f">Live Virtual Session</div>
<div class="t">__TITLE__</div>
<table>
<tr><th>Attendee</th><th>Session Date</th><th>Contact Hours</th></tr>
<tr><td>Hyun-woo Park, MLS(ASCP)<sup>CM</sup></td><td>October 8, 2024</td><td>1.0</td></tr>
<tr><th>Program Number</th><th colspan="2">Moderator</th></tr>
<tr><td>388-212-24</td><td colspan="2">Francesca Ruiz-Albright, MS, MLS(ASCP)<sup>CM</sup>SBB<sup>CM</sup></td></tr>
</table>
<div class="sig"><b>Delores A. McCaffrey, MLS(ASCP)<sup>CM</sup></b><br><i>Continuing Education Chair, KAMLP</i></div>
</div>
<div class="fine">The Keystone Association for Medical Laboratory Professionals is approved as a provider of continuing
education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.<br>Certificate emailed October 10, 2024</div>
</body></html>""".replace("__TITLE__", title)
    E.html_pdf(html, out("yk28"), "yk28")
    return write_gold(
        "yk28", "state-society", "chromium-html",
        ["portrait", "centered-award", "border", "labels-above", "table", "signatures", "format-line",
         "hyphenated-name", "credentials-after-name"],
        "'Live Virtual Session' format line between 'has attended the' and the title ('Blood Bank Case "
        "Conference:' series name is part of the title). Labels above values: Attendee | Session Date | Contact "
        "Hours, then Program Number | Moderator. Email date is a distractor.",
        name, title, "2024-10-08", 1.0, "contact hour",
        ["Keystone Association for Medical Laboratory Professionals", "KAMLP"], "388-212-24")


# ===========================================================================
# yk29  Regional society -- python-docx, two pages: certificate + session record
# ===========================================================================
@cert
def yk29():
    from docx.enum.text import WD_BREAK
    name = "Gabriel Alcántara Jr."
    title = "2024 Southwest Regional Laboratory Science Conference"
    doc = docx_new(True, 0.7, "Liberation Serif", 11)
    docx_page_border(doc, "double", 18, "A0522D", 18)
    rust = "A0522D"
    dpar(doc, [("DSSMLS", {"bold": True, "size": 26, "color": rust, "font": "URW Gothic", "spacing": 2})],
         before=6, after=0)
    dpar(doc, [("Desert Southwest Society for Medical Laboratory Science", {"size": 12, "color": rust})], after=18)
    dpar(doc, [("Certificate of Attendance", {"size": 30, "font": "P052"})], after=10)
    dpar(doc, [("This certifies that", {"italic": True, "size": 13})], after=4)
    dpar(doc, [(name, {"bold": True, "size": 24, "font": "P052"})], after=4)
    dpar(doc, [("attended the", {"italic": True, "size": 13})], after=4)
    dpar(doc, [(title, {"bold": True, "size": 18})], after=2)
    dpar(doc, "March 21\u201323, 2024  \u00b7  Saguaro Springs Resort, Tucson, Arizona", size=12, after=14)
    dpar(doc, [("Total P.A.C.E.\u00ae Contact Hours: 9.0", {"bold": True, "size": 13})], after=2)
    dpar(doc, "Conference Program No. 512-004-24", size=11, after=2)
    dpar(doc, [("Individual sessions are listed on the attached session record (page 2).",
                {"italic": True, "size": 9.5, "color": "555555"})], after=28)
    sigs = [["", "", ""],
            [[{"runs": "Lucinda M. Orozco, MS, MLS(ASCP)CM", "align": "center"},
              {"runs": [("Conference Chair", {"italic": True})], "align": "center"}], "",
             [{"runs": "Wendell J. Haskins, MLS(ASCP)CM", "align": "center"},
              {"runs": [("President, DSSMLS", {"italic": True})], "align": "center"}]]]
    docx_table(doc, sigs, [3.0, 1.4, 3.0],
               borders=lambda r, c: {"top": ("single", 6, "333333")} if (r == 1 and c != 1) else {})
    p = dpar(doc, "", after=0)
    p.add_run().add_break(WD_BREAK.PAGE)
    dpar(doc, [("Session Record", {"bold": True, "size": 16, "color": rust})], align="left", after=2)
    dpar(doc, [("Attendee: " + name + "     Registration No. SW24-0771", {"size": 10.5})], align="left", after=12)
    sessions = [("S-101", "March 21, 2024", "Keynote: Workforce Resilience in the Clinical Laboratory", "1.5"),
                ("S-114", "March 21, 2024", "Antifungal Susceptibility Testing for Candida auris", "1.0"),
                ("S-203", "March 22, 2024", "Flow Cytometry Gating Strategies for Minimal Residual Disease", "2.0"),
                ("S-219", "March 22, 2024", "Laboratory Safety Meeting Requirements: Chemical Hygiene Updates",
                 "1.5"),
                ("S-305", "March 23, 2024", "Troponin Assays and Rapid Rule-Out Pathways", "1.0"),
                ("S-318", "March 23, 2024", "Molecular Respiratory Panels: Stewardship and Utilization", "2.0")]
    g = ("single", 4, "B38B6D")
    rows = [[{"runs": [(h, {"bold": True})]} for h in ("Session", "Date", "Session Title", "Contact Hours")]]
    rows += [list(s) for s in sessions]
    rows.append(["", "", {"runs": [("Total", {"bold": True})], "align": "right"}, {"runs": [("9.0", {"bold": True})]}])
    docx_table(doc, rows, [0.9, 1.5, 5.2, 1.2], borders=lambda r, c: {"top": g, "bottom": g, "left": g, "right": g},
               shade_header="F3E3D8")
    dpar(doc, "The Desert Southwest Society for Medical Laboratory Science is approved as a provider of continuing "
              "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. "
              "Certificate issued April 5, 2024.", size=9, align="left", before=18, color="444444")
    E.docx_pdf(doc, out("yk29"), "yk29")
    return write_gold(
        "yk29", "state-society", "docx-libreoffice",
        ["landscape", "two-page", "centered-award", "border", "signatures", "table", "suffix-name", "accented-name",
         "date-range", "meeting-attendance"],
        "Conference attendance (March 21-23, 2024): title is the conference name, date the last day, credits "
        "the total 9.0. Page 2 lists six sessions with their own session codes, dates and hours (one session "
        "title contains 'Safety Meeting'); the conference-level 'Conference Program No.' is the id. Registration "
        "number and issue date are distractors.",
        name, title, "2024-03-23", 9.0, "contact hour",
        ["Desert Southwest Society for Medical Laboratory Science", "DSSMLS"], "512-004-24")


# ===========================================================================
# yk30  Hospital in-service -- flat ODT, portrait, education council as provider
# ===========================================================================
@cert
def yk30():
    name = "Tobias Engström"
    title = "Annual Competency Review: Blood Culture Collection and Contamination Prevention"
    inst = "Harrowgate Memorial Hospital"
    f = E.Fodt(landscape=False, margin="0.7in", border="2.5pt solid #2f5d3a", font="Liberation Sans",
               title="In-Service Certificate")
    green = "#2f5d3a"
    f.p(inst, align="center", font="C059", size="22pt", bold=True, color=green, before="0.2in", after="0in")
    f.p("Laboratory Education Council", align="center", size="12pt", color=green, spacing="0.05em",
        after="0.1in", border="0.8pt solid #2f5d3a")
    f.p("Department of Pathology and Laboratory Medicine  \u00b7  2200 Westfield Avenue, Harrowgate", align="center",
        size="8.5pt", color="#555555", after="0.5in")
    f.p("Certificate of Completion", align="center", font="C059", size="28pt", after="0.25in")
    f.p("This certifies that", align="center", italic=True, size="12pt", after="0.06in")
    f.p(name, align="center", font="C059", size="22pt", bold=True, after="0.12in")
    f.p("has completed the in-service training", align="center", italic=True, size="12pt", after="0.08in")
    f.p(title, align="center", font="C059", size="16pt", bold=True, after="0.35in")
    L = dict(bold=True, size="10.5pt", color=green, after="0in")
    V = dict(size="11pt", after="0in")
    f.table(["1.8in", "3.2in"],
            [[dict(text="Training No.", **L), dict(text="LEC-2411", **V)],
             [dict(text="Date", **L), dict(text="November 14, 2024", **V)],
             [dict(text="CE Hours", **L), dict(text="1.0", **V)],
             [dict(text="Department", **L), dict(text="Microbiology", **V)],
             [dict(text="Employee ID", **L), dict(text="004519", **V)]],
            border="none", pad="0.05in", cell_borders=lambda r, c: {"bottom": "0.5pt solid #b7c9ba"})
    f.p("", after="0.7in")
    f.table(["2.9in", "0.5in", "2.9in"],
            [["", "", ""],
             [[dict(text="Corinne A. Vasquez-Hale, MS, MLS(ASCP)CM", align="center", size="9.5pt", after="0in"),
               dict(text="Chair, Laboratory Education Council", align="center", size="9pt", italic=True)], "",
              [dict(text="Anand S. Ramaswamy, MD", align="center", size="9.5pt", after="0in"),
               dict(text="Laboratory Medical Director", align="center", size="9pt", italic=True)]]],
            border="none", pad="0.03in",
            cell_borders=lambda r, c: {"top": "0.8pt solid #333333"} if (r == 1 and c != 1) else None)
    f.p("", after="0.5in")
    f.p("In-service CE hours are recorded in the employee education file. This certificate may be used as "
        "documentation of continuing education for certification maintenance.", align="center", size="8pt",
        color="#555555")
    E.fodt_pdf(f.xml(), out("yk30"), "yk30")
    return write_gold(
        "yk30", "hospital-inservice", "fodt-libreoffice",
        ["portrait", "centered-award", "border", "label-value", "signatures", "accented-name"],
        "Hospital in-service; the provider is the hospital's Laboratory Education Council (institution alone and "
        "'Institution, Council'). Title contains a series-like prefix 'Annual Competency Review:' which is part of "
        "the title. 'Training No.' gives the id; employee ID and department are distractors; the street address "
        "is a distractor.",
        name, title, "2024-11-14", 1.0, "CE hour", [inst, inst + ", Laboratory Education Council"], "LEC-2411")


# ===========================================================================
# yk31  Hospital in-service -- FPDF, landscape, Safety Orientation title, small table
# ===========================================================================
@cert
def yk31():
    name = "ALEJANDRA RÍOS-VILLANUEVA"
    title = "New Employee Laboratory Safety Orientation"
    inst = "Cedar Hollow Medical Center"
    d = Doc(LETTER_L, title="Certificate of Completion", author=inst)
    maroon = (0.45, 0.12, 0.16)
    d.stroke(*maroon)
    d.lw(2.5)
    d.rect(26, 26, d.W - 52, d.H - 52, "S")
    d.fill(*maroon)
    d.rect(60, 52, 62, 62, "F")
    d.fill(1, 1, 1)
    d.font("serif", "B", 17)
    d.text(91, 89, "CHMC", "C")
    d.fill(*maroon)
    d.font("serif", "B", 19)
    d.text(136, 76, inst)
    d.fill(0.25, 0.25, 0.25)
    d.font("sans", "", 11)
    d.text(136, 96, "Laboratory Education Department")
    d.font("sans", "", 8.5)
    d.text(d.W - 60, 76, "Employee No.: 88120", "R")
    cx = d.W / 2
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "", 34)
    d.text(cx, 176, "Certificate of Completion", "C")
    d.font("sans", "B", 22)
    d.text(cx, 232, name, "C")
    d.stroke(*maroon)
    d.lw(0.6)
    d.line(cx - 230, 244, cx + 230, 244)
    d.font("serif", "I", 13)
    d.text(cx, 272, "has completed", "C")
    d.font("serif", "B", 20)
    d.text(cx, 304, title, "C")
    cols = [("Class No.", "LSO-2501", 120), ("Date", "January 9, 2025", 150), ("Contact Hours", "4.0", 110),
            ("Instructor", "Bernadette Kline, MT(ASCP)", 210)]
    tw = sum(c[2] for c in cols)
    x = cx - tw / 2
    ty = 336
    d.fill(0.96, 0.92, 0.92)
    d.rect(x, ty, tw, 20, "F")
    d.stroke(0.6, 0.45, 0.47)
    d.lw(0.5)
    d.rect(x, ty, tw, 44, "S")
    d.line(x, ty + 20, x + tw, ty + 20)
    for h, v, w in cols:
        d.fill(0.1, 0.1, 0.1)
        d.font("sans", "B", 9.5)
        d.text(x + 8, ty + 14, h)
        d.font("sans", "", 11)
        d.text(x + 8, ty + 37, v)
        x += w
        if x < cx + tw / 2 - 1:
            d.line(x, ty, x, ty + 44)
    sig(d, 220, 474, "Bernadette Kline, MT(ASCP)", "Laboratory Education Coordinator", 220, "sans", 9.5)
    sig(d, d.W - 220, 474, "Howard T. Nakagawa, MD", "Medical Director, Clinical Laboratories", 220, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(80, 540, d.W - 160,
           "The Cedar Hollow Medical Center Laboratory Education Department is approved as a provider of continuing "
           "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Completion "
           "of this orientation is required before independent bench work.", 10, "C")
    E.fpdf_pdf(d, out("yk31"), "yk31")
    return write_gold(
        "yk31", "hospital-inservice", "fpdf",
        ["landscape", "centered-award", "border", "table", "signatures", "caps-name", "accented-name",
         "hyphenated-name"],
        "Real course titled '... Safety Orientation' (not a format). Small table Class No. | Date | Contact Hours | "
        "Instructor. Provider is the hospital's Laboratory Education Department, also shown as the CHMC monogram. "
        "Employee number and instructor are distractors.",
        name, title, "2025-01-09", 4.0, "contact hour", [inst, inst + ", Laboratory Education Department", "CHMC"],
        "LSO-2501")


# ===========================================================================
# yk32  Hospital in-service -- flattened AcroForm, portrait, labels above fields, Office
# ===========================================================================
@cert
def yk32():
    name = "Yusuf Al-Hamadi"
    title = "Critical Value Reporting and Read-Back Verification"
    inst = "Northgate Regional Hospital"
    office = "Clinical Laboratory Education Office"
    d = Doc(LETTER, title="In-Service Attendance Certificate", author=inst)
    slate = (0.18, 0.27, 0.35)
    d.stroke(*slate)
    d.lw(1)
    d.rect(40, 40, d.W - 80, d.H - 80, "S")
    d.fill(*slate)
    d.font("sans", "B", 20)
    d.text(d.W / 2, 88, inst, "C")
    d.font("sans", "", 11.5)
    d.text(d.W / 2, 106, office, "C")
    d.lw(1.5)
    d.line(120, 120, d.W - 120, 120)
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 22)
    d.text(d.W / 2, 168, "IN-SERVICE ATTENDANCE CERTIFICATE", "C")
    d.font("serif", "I", 11)
    d.text(d.W / 2, 188, "This form certifies attendance at the laboratory in-service described below.", "C")
    boxes = [("Employee Name", 70, 222, 300), ("Employee No.", 390, 222, 152),
             ("In-Service Title", 70, 282, 472),
             ("Offering No.", 70, 342, 140), ("Date", 230, 342, 140), ("CE Hours", 390, 342, 152),
             ("Instructor", 70, 402, 300), ("Department", 390, 402, 152)]
    d.stroke(0.55, 0.6, 0.65)
    d.lw(0.6)
    for lab, x, y, w in boxes:
        d.fill(0.35, 0.35, 0.35)
        d.font("sans", "B", 8.5)
        d.text(x, y, lab.upper())
        d.rect(x, y + 5, w, 26, "S")
    vals = {"Employee Name": name, "Employee No.": "20-41177", "In-Service Title": title, "Offering No.": "IS-2503",
            "Date": "03/18/2025", "CE Hours": "0.5", "Instructor": "Paulette Greer, MLS(ASCP)CM",
            "Department": "Core Lab / Chemistry"}
    fields = [dict(name=lab.lower().replace(" ", "_").replace(".", ""), value=vals[lab], x=x + 4, y=y + 9, w=w - 8,
                   h=19, size=11) for lab, x, y, w in boxes]
    sig(d, 180, 520, "Paulette Greer, MLS(ASCP)CM", "Instructor", 200, "sans", 9.5)
    sig(d, d.W - 180, 520, "Thomas R. Okafor, MBA, MLS(ASCP)", "Manager, " + office, 230, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(70, 640, d.W - 140,
           "In-service education hours are awarded by the " + inst + " " + office + " and recorded in the "
           "employee's education transcript. Retain this certificate as documentation of continuing education.",
           10, "C")
    d.text(d.W / 2, 720, "Form LAB-ED-07 (rev. 01/2024)", "C")
    E.acroform_pdf(d, fields, out("yk32"), "yk32")
    return write_gold(
        "yk32", "hospital-inservice", "acroform-qpdf",
        ["portrait", "form-fields", "labels-above", "border", "signatures", "hyphenated-name"],
        "Flattened AcroForm with labels above boxed fields (Employee Name | Employee No.; Offering No. | Date | CE "
        "Hours). Provider is the hospital's Clinical Laboratory Education Office (institution alone and "
        "'Institution, Office'). Employee number, form number and instructor are distractors. 0.5 CE hour.",
        name, title, "2025-03-18", 0.5, "CE hour", [inst, inst + ", " + office], "IS-2503")


# ===========================================================================
# yk33  Public health laboratory -- ReportLab canvas, landscape, letter-spaced name with suffix
# ===========================================================================
@cert
def yk33():
    name = "BARTHOLOMEW J. REYES III"
    title = "Packaging and Shipping of Division 6.2 Infectious Substances and Exempt Specimens"
    prov = "Tri-County Regional Public Health Laboratory"
    d = Doc(LETTER_L, title="Certificate of Training", author=prov)
    navy = (0.1, 0.2, 0.38)
    gold = (0.8, 0.62, 0.2)
    d.stroke(*navy)
    d.lw(3)
    d.rect(24, 24, d.W - 48, d.H - 48, "S")
    d.stroke(*gold)
    d.lw(1)
    d.rect(32, 32, d.W - 64, d.H - 64, "S")
    cx = d.W / 2
    d.fill(*navy)
    d.circle(cx, 84, 26, "F")
    d.fill(1, 1, 1)
    d.rect(cx - 4, 70, 8, 28, "F")
    d.rect(cx - 14, 80, 28, 8, "F")
    d.fill(*navy)
    d.font("sans", "B", 14)
    d.text(cx, 132, prov, "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 32)
    d.text(cx, 178, "Certificate of Training", "C")
    d.font("serif", "I", 13)
    d.text(cx, 212, "This certifies that", "C")
    d.font("serif", "B", 20)
    d.spaced(cx, 248, name, "C", gap=6.5)
    d.font("serif", "I", 13)
    d.text(cx, 282, "has successfully completed", "C")
    d.font("serif", "B", 18)
    y = d.wrap(cx - 270, 312, 540, title, 22, "C")
    cols = [("Class No.", "PS-2406"), ("Training Date", "June 11, 2024"), ("Contact Hours", "4.0")]
    cw = 150
    x0 = cx - cw * 1.5
    ty = y + 4
    d.stroke(*navy)
    d.lw(0.6)
    d.line(x0, ty, x0 + 3 * cw, ty)
    d.line(x0, ty + 44, x0 + 3 * cw, ty + 44)
    for i, (h, v) in enumerate(cols):
        d.fill(*navy)
        d.font("sans", "B", 9)
        d.text(x0 + cw * i + cw / 2, ty + 15, h.upper(), "C")
        d.fill(0.1, 0.1, 0.1)
        d.font("sans", "", 12)
        d.text(x0 + cw * i + cw / 2, ty + 35, v, "C")
    d.font("sans", "I", 9.5)
    d.fill(0.45, 0.1, 0.1)
    d.text(cx, ty + 66, "This training certification expires June 11, 2026. Recertification is required every "
                        "24 months.", "C")
    d.fill(0.1, 0.1, 0.1)
    sig(d, 200, 490, "Lorraine D. Fitzgerald, PhD, HCLD(ABB)", "Laboratory Director", 230, "sans", 9.5)
    sig(d, d.W - 200, 490, "Marcus Ebright, MPH, MLS(ASCP)CM", "Training Coordinator", 230, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(80, 552, d.W - 160, PACE_STMT % ("The " + prov), 10, "C")
    E.render_reportlab(d, out("yk33"))
    return write_gold(
        "yk33", "public-health-lab", "reportlab-canvas",
        ["landscape", "centered-award", "border", "table", "signatures", "letter-spaced-name", "caps-name",
         "suffix-name", "long-title-wrap"],
        "Letter-spaced all-caps name with suffix III. Two-line title followed by a small table Class No. | "
        "Training Date | Contact Hours (labels above values). The certification expiry date is a distractor.",
        name, title, "2024-06-11", 4.0, "contact hour", [prov], "PS-2406")


# ===========================================================================
# yk34  Public health laboratory office -- PostScript, portrait, Event ID, wrapped title + date label
# ===========================================================================
@cert
def yk34():
    name = "Aoife Ní Bhriain"
    title = ("Sentinel Laboratory Training: Rule-Out and Referral of Bacillus anthracis and Francisella "
             "tularensis")
    inst = "Blue Ridge Regional Public Health Laboratory"
    office = "Office of Laboratory Training and Outreach"
    d = Doc(LETTER, title="Certificate of Completion", author=inst)
    green = (0.1, 0.35, 0.3)
    d.fill(*green)
    d.rect(0, 0, d.W, 118, "F")
    d.fill(1, 1, 1)
    d.font("sans", "B", 17)
    d.text(56, 60, inst)
    d.font("sans", "", 11)
    d.text(56, 80, office)
    d.font("sans", "", 8.5)
    d.text(56, 98, "Laboratory Response Network Sentinel Outreach  \u00b7  4410 Laurel Ridge Road, Ashgrove")
    d.stroke(*green)
    d.lw(1)
    d.rect(36, 140, d.W - 72, d.H - 176, "S")
    cx = d.W / 2
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 30)
    d.text(cx, 210, "Certificate of Completion", "C")
    d.font("serif", "I", 13)
    d.text(cx, 252, "This is to certify that", "C")
    d.font("serif", "B", 22)
    d.text(cx, 290, name + ", MPH, M(ASCP)", "C")
    d.font("serif", "I", 13)
    d.text(cx, 326, "completed the virtual workshop", "C")
    d.font("serif", "B", 17)
    y = d.wrap(cx - 230, 362, 460, title, 21, "C")
    d.font("serif", "", 12.5)
    d.text(cx, y, "Date of completion: September 19, 2024", "C")
    d.font("sans", "", 11)
    d.text(cx, y + 36, "Event ID: 24-LRN-09          Contact hours: 2.0", "C")
    sig(d, cx, 600, "Dr. Simone Achterberg, PhD", "Director, " + office, 260)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(70, 690, d.W - 140, PACE_STMT % ("The " + inst + ", " + office + ","), 10, "C")
    d.text(cx, 730, "Registration confirmation 77105  \u00b7  Page 1 of 1", "C")
    E.ps_pdf(d, out("yk34"), "yk34")
    return write_gold(
        "yk34", "public-health-lab", "ghostscript-ps",
        ["portrait", "centered-award", "header-band", "border", "signatures", "accented-name",
         "credentials-after-name", "long-title-wrap"],
        "Provider is a public health laboratory office (institution alone and 'Institution, Office'). Title begins "
        "'Sentinel Laboratory Training:' (part of the title) and wraps to a second line directly followed by "
        "'Date of completion:'. 'Event ID' gives the id; registration confirmation number is a distractor. "
        "Accented Irish name with fada.",
        name, title, "2024-09-19", 2.0, "contact hour", [inst, inst + ", " + office], "24-LRN-09")


# ===========================================================================
# yk35  Joint-accreditation CME -- ReportLab Platypus, portrait, several credit types
# ===========================================================================
@cert
def yk35():
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    name = "Marguerite Oyelaran-Fitch"
    title = ("Hematopathology Case Conference: Interpreting Next-Generation Sequencing Reports in "
             "Myeloid Neoplasms")
    inst = "Halvorsen University Medical Center"
    office = "Office of Continuing Professional Development"
    crimson = colors.HexColor("#7a1626")

    def deco(c, d):
        W, H = LETTER
        c.saveState()
        c.setStrokeColor(crimson)
        c.setLineWidth(1.2)
        c.rect(30, 30, W - 60, H - 60)
        c.setFillColor(crimson)
        c.setFont("Times-Bold", 18)
        c.drawCentredString(W / 2, H - 70, inst)
        c.setFont("Times-Roman", 11.5)
        c.drawCentredString(W / 2, H - 87, office)
        c.setLineWidth(0.6)
        c.line(150, H - 97, W - 150, H - 97)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 42, "Certificate generated March 3, 2025 \u00b7 CPD transcript ID HU-7720415")
        c.restoreState()

    s_h = pstyle("h", "Times-Bold", 27, after=16)
    s_i = pstyle("i", "Times-Italic", 12.5, after=6)
    s_n = pstyle("n", "Times-Bold", 20, after=8)
    s_t = pstyle("t", "Times-Bold", 15.5, leading=19, after=6)
    s_d = pstyle("d", "Times-Roman", 12, after=16)
    s_c = pstyle("c", "Helvetica", 9, align=0, leading=11)
    s_cb = pstyle("cb", "Helvetica-Bold", 9, align=0)
    s_cl = pstyle("cl", "Helvetica-Bold", 10.5, align=1, after=18)
    s_f = pstyle("f", "Times-Roman", 8.5, leading=10.5, align=4, after=6)
    story = [Spacer(1, 22),
             Paragraph("Certificate of Participation", s_h),
             Paragraph("This is to certify that", s_i),
             Paragraph(name + ", MS, MLS(ASCP)<super>CM</super>", s_n),
             Paragraph("participated in the live activity", s_i),
             Paragraph(title, s_t),
             Paragraph("Date of activity: February 20, 2025 &nbsp;&nbsp;\u00b7&nbsp;&nbsp; Activity No. 20418", s_d)]
    t = Table([[Paragraph("Credit designation", s_cb), Paragraph("Designated", s_cb)],
               [Paragraph("AMA PRA Category 1 Credits\u2122", s_c), "1.25"],
               [Paragraph("ANCC nursing contact hours", s_c), "1.25"],
               [Paragraph("ACPE contact hours (UAN JA4008123-0000-25-041-L01-P, knowledge-based)", s_c), "1.25"],
               [Paragraph("ASCLS P.A.C.E.\u00ae contact hours", s_c), "1.5"]],
              colWidths=[330, 90])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b58a90")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f4e6e8")),
                           ("FONT", (1, 1), (-1, -1), "Helvetica", 9), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 10),
              Paragraph("Credit claimed by participant: 1.5 P.A.C.E.\u00ae contact hours", s_cl),
              Paragraph("In support of improving patient care, " + inst + " is jointly accredited by the "
                        "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council "
                        "for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to "
                        "provide continuing education for the healthcare team. " + inst + " designates this live "
                        "activity for a maximum of 1.25 AMA PRA Category 1 Credits\u2122. Physicians should claim "
                        "only the credit commensurate with the extent of their participation in the activity. "
                        "Nurses: 1.25 ANCC contact hours. Pharmacists: 1.25 contact hours (0.125 CEU).", s_f),
              Paragraph(PACE_STMT % inst + " This 75-minute session is approved for 1.5 P.A.C.E.\u00ae contact "
                        "hours (50 minutes per contact hour).", s_f),
              Spacer(1, 26)]
    sg = Table([["", "", ""],
                [Paragraph("<b>Eleanor V. Strand, MD</b>", s_c), "", Paragraph("<b>Jonah B. Whitacre, MEd</b>", s_c)],
                [Paragraph("Course Director", s_c), "", Paragraph("Director, " + office, s_c)]],
               colWidths=[190, 40, 250])
    sg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 1), (0, 1), 0.8, colors.black),
                            ("LINEABOVE", (2, 1), (2, 1), 0.8, colors.black)]))
    story.append(sg)
    platypus_build(out("yk35"), story, LETTER, (58, 58, 110, 60), deco, "Certificate of Participation", inst)
    return write_gold(
        "yk35", "joint-cme", "reportlab-platypus",
        ["portrait", "centered-award", "border", "table", "signatures", "multi-credit", "hyphenated-name",
         "credentials-after-name"],
        "Jointly accredited CME certificate with AMA PRA, ANCC, ACPE (with a UAN that is a distractor) and "
        "P.A.C.E.; the laboratory figure is the claimed 1.5 P.A.C.E. contact hours (others 1.25). Series name "
        "'Hematopathology Case Conference:' is part of the title. Transcript ID and generation date are "
        "distractors. Provider is the medical center's CPD office.",
        name, title, "2025-02-20", 1.5, "contact hour", [inst, inst + ", " + office], "20418")


# ===========================================================================
# yk36  Joint-accreditation CME -- TCPDF, landscape, two pages, conference, claimed table
# ===========================================================================
@cert
def yk36():
    name = "Ingrid Solheim-Baptiste"
    title = "Laboratory Medicine Update 2024"
    prov = "Meridian Health Sciences University"
    d = Doc(LETTER_L, title="Certificate of Attendance", author=prov)
    blue = (0.12, 0.25, 0.5)
    sky = (0.85, 0.9, 0.97)
    # page 1
    d.fill(*sky)
    d.rect(0, 0, d.W, d.H, "F")
    d.fill(1, 1, 1)
    d.rect(36, 36, d.W - 72, d.H - 72, "F")
    d.stroke(*blue)
    d.lw(1.5)
    d.rect(36, 36, d.W - 72, d.H - 72, "S")
    cx = d.W / 2
    d.fill(*blue)
    d.circle(cx, 86, 28, "F")
    d.fill(1, 1, 1)
    d.font("serif", "B", 13)
    d.text(cx, 91, "MHSU", "C")
    d.fill(*blue)
    d.font("serif", "B", 16)
    d.text(cx, 138, prov, "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "", 32)
    d.text(cx, 188, "Certificate of Attendance", "C")
    d.font("serif", "I", 13)
    d.text(cx, 222, "This certifies that", "C")
    d.font("serif", "B", 22)
    d.text(cx, 258, "Dr. " + name + ", PhD, MLS(ASCP)CM", "C")
    d.font("serif", "I", 13)
    d.text(cx, 290, "attended the conference", "C")
    d.font("serif", "B", 20)
    d.text(cx, 322, title, "C")
    d.font("serif", "", 12.5)
    d.text(cx, 344, "November 7\u20138, 2024  \u00b7  MHSU Conference Center, Riverton", "C")
    d.font("sans", "", 11)
    d.text(cx, 372, "Activity No. 24117", "C")
    d.fill(0.94, 0.96, 0.99)
    d.rect(cx - 190, 390, 380, 40, "F")
    d.fill(0.1, 0.1, 0.1)
    d.font("sans", "B", 12)
    d.text(cx, 409, "P.A.C.E.\u00ae contact hours claimed: 12.0", "C")
    d.font("sans", "", 8.5)
    d.text(cx, 423, "Credit designation statements for all professions appear on page 2.", "C")
    sig(d, 210, 500, "Natasha Oyelowo-Grant, MD", "Conference Director", 220, "sans", 9.5)
    sig(d, d.W - 210, 500, "Curtis J. Bramwell, EdD", "Director, Continuing Education", 220, "sans", 9.5)
    d.fill(0.4, 0.4, 0.4)
    d.font("sans", "", 8)
    d.text(cx, 560, "Page 1 of 2", "C")
    # page 2
    d.newpage()
    d.fill(0.1, 0.1, 0.1)
    d.font("sans", "B", 15)
    d.text(60, 70, "Credit Designation and Claim Summary")
    d.font("sans", "", 10.5)
    d.text(60, 90, "Participant: " + name + "     Conference: " + title + ", November 7\u20138, 2024")
    rows = [("Credit type", "Designated maximum", "Claimed"),
            ("AMA PRA Category 1 Credits\u2122", "10.75", "\u2014"),
            ("ANCC nursing contact hours", "10.75", "\u2014"),
            ("ACPE contact hours", "10.75", "\u2014"),
            ("ASCLS P.A.C.E.\u00ae contact hours", "13.0", "12.0")]
    y = 122
    widths = (330, 170, 120)
    for i, r in enumerate(rows):
        x = 60
        if i == 0:
            d.fill(*sky)
            d.rect(60, y - 15, sum(widths), 22, "F")
        d.stroke(0.7, 0.75, 0.85)
        d.lw(0.5)
        d.line(60, y + 7, 60 + sum(widths), y + 7)
        for j, cell in enumerate(r):
            d.fill(0.1, 0.1, 0.1)
            d.font("sans", "B" if i == 0 else "", 10.5)
            d.text(x + 8, y, cell)
            x += widths[j]
        y += 24
    d.font("sans", "", 9.5)
    y = d.wrap(60, y + 24, d.W - 120,
               "In support of improving patient care, " + prov + " is jointly accredited by the Accreditation "
               "Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education "
               "(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the "
               "healthcare team.", 13)
    y = d.wrap(60, y + 8, d.W - 120,
               prov + " designates this live activity for a maximum of 10.75 AMA PRA Category 1 Credits\u2122. "
               "Physicians should claim only the credit commensurate with the extent of their participation in the "
               "activity. This activity is designated for 10.75 ANCC contact hours and 10.75 ACPE contact hours "
               "(UAN JA0007711-0000-24-118-L04-P).", 13)
    y = d.wrap(60, y + 8, d.W - 120,
               (PACE_STMT % prov) + " This conference is approved for a maximum of 13.0 P.A.C.E.\u00ae contact "
               "hours.", 13)
    d.fill(0.4, 0.4, 0.4)
    d.font("sans", "", 8)
    d.text(60, 540, "Certificate printed December 2, 2024 \u00b7 Registration MHSU-LMU24-3308")
    d.text(d.W / 2, 560, "Page 2 of 2", "C")
    E.tcpdf_pdf(d, out("yk36"), "yk36")
    return write_gold(
        "yk36", "joint-cme", "tcpdf",
        ["landscape", "two-page", "centered-award", "border", "seal", "signatures", "table", "honorific-name",
         "hyphenated-name", "credentials-after-name", "date-range", "meeting-attendance", "multi-credit",
         "claimed-vs-maximum"],
        "Two-day conference (Nov 7-8, 2024): title is the conference name, date the last day. Page 1 states the "
        "claimed 12.0 P.A.C.E. hours; page 2 lists designated maxima (AMA PRA/ANCC/ACPE 10.75, P.A.C.E. 13.0) "
        "and an ACPE UAN. Print date and registration number are distractors.",
        name, title, "2024-11-08", 12.0, "contact hour", [prov, "MHSU"], "24117")


# ===========================================================================
# yk37  University CE (CEU) -- ReportLab Platypus, landscape, multi-day course
# ===========================================================================
@cert
def yk37():
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    name = "Elías Montenegro-Vidal"
    title = "Molecular Diagnostics Bootcamp: PCR Assay Design and Validation"
    inst = "Westbrook State University"
    college = "College of Professional and Continuing Education"
    green = colors.HexColor("#1f4d2b")
    goldc = colors.HexColor("#b8962e")

    def deco(c, d):
        W, H = LETTER_L
        c.saveState()
        c.setStrokeColor(green)
        c.setLineWidth(5)
        c.rect(20, 20, W - 40, H - 40)
        c.setStrokeColor(goldc)
        c.setLineWidth(1.2)
        c.rect(30, 30, W - 60, H - 60)
        c.setFillColor(goldc)
        c.circle(W - 110, H - 110, 42, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.circle(W - 110, H - 110, 34, stroke=1, fill=0)
        c.circle(W - 110, H - 110, 12, stroke=1, fill=0)
        c.restoreState()

    s_u = pstyle("u", "Times-Bold", 22, color="#1f4d2b", after=2)
    s_col = pstyle("col", "Times-Italic", 12.5, color="#1f4d2b", after=20)
    s_h = pstyle("h", "Times-Roman", 30, after=14)
    s_i = pstyle("i", "Times-Italic", 12.5, after=6)
    s_n = pstyle("n", "Times-Bold", 23, after=8)
    s_t = pstyle("t", "Times-Bold", 17, after=4)
    s_d = pstyle("d", "Times-Roman", 12, after=14)
    s_c = pstyle("c", "Helvetica", 9.5, align=0)
    s_cb = pstyle("cb", "Helvetica-Bold", 9.5, align=0)
    s_f = pstyle("f", "Helvetica", 7.8, leading=10, color="#444444")
    story = [Paragraph(inst, s_u), Paragraph(college, s_col),
             Paragraph("Certificate of Completion", s_h),
             Paragraph("This is to certify that", s_i),
             Paragraph(name, s_n),
             Paragraph("has satisfactorily completed the non-credit professional development course", s_i),
             Paragraph(title, s_t),
             Paragraph("June 3\u20136, 2024", s_d)]
    t = Table([[Paragraph("Course No.", s_cb), Paragraph("CEMD-410", s_c),
                Paragraph("Continuing Education Units", s_cb), Paragraph("2.4 CEUs", s_c)],
               [Paragraph("Student ID", s_cb), Paragraph("W00481127", s_c),
                Paragraph("Date of issue", s_cb), Paragraph("June 20, 2024", s_c)]],
              colWidths=[80, 110, 150, 110])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb5a5")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    sg = Table([["", "", ""],
                [Paragraph("<b>Dr. Harriet L. Quincy-Ames</b>", s_c), "", Paragraph("<b>Tomas Brandvold, PhD</b>", s_c)],
                [Paragraph("Dean, " + college, s_c), "", Paragraph("Program Director, Molecular Diagnostics", s_c)]],
               colWidths=[240, 40, 220])
    sg.setStyle(TableStyle([("LINEABOVE", (0, 1), (0, 1), 0.8, colors.black),
                            ("LINEABOVE", (2, 1), (2, 1), 0.8, colors.black)]))
    story += [t, Spacer(1, 26), sg, Spacer(1, 14),
              Paragraph(inst + " " + college + " is accredited by the International Accreditors for Continuing "
                        "Education and Training (IACET) and is authorized to issue the IACET CEU. One CEU equals "
                        "ten contact hours of participation in an organized continuing education experience.", s_f)]
    platypus_build(out("yk37"), story, LETTER_L, (70, 70, 50, 40), deco, "Certificate of Completion", inst)
    return write_gold(
        "yk37", "university-ceu", "reportlab-platypus",
        ["landscape", "centered-award", "border", "seal", "label-value", "table", "signatures", "accented-name",
         "hyphenated-name", "date-range"],
        "University non-credit course over June 3-6, 2024: date is the last day. 2.4 CEUs -> points 24. Student "
        "ID and date of issue are distractors. Provider is the university's college of continuing education "
        "(institution alone and 'Institution, College').",
        name, title, "2024-06-06", 2.4, "CEU", [inst, inst + ", " + college], "CEMD-410")


# ===========================================================================
# yk38  University CE (CEU) -- FPDF, portrait, online course over a term
# ===========================================================================
@cert
def yk38():
    name = "Chidinma Obi-Larsen"
    title = "Clinical Laboratory Management and Supervision"
    inst = "Lakemont University"
    office = "Office of Continuing Education"
    d = Doc(LETTER, title="Certificate of Completion", author=inst)
    navy = (0.08, 0.16, 0.34)
    gold = (0.74, 0.6, 0.28)
    d.stroke(*navy)
    d.lw(2)
    d.rect(34, 34, d.W - 68, d.H - 68, "S")
    d.stroke(*gold)
    d.lw(0.8)
    d.rect(42, 42, d.W - 84, d.H - 84, "S")
    cx = d.W / 2
    seal(d, cx, 112, 40, gold, None, navy, navy)
    d.stroke(*navy)
    d.circle(cx, 112, 14, "S")
    d.fill(*navy)
    d.font("serif", "B", 22)
    d.text(cx, 186, inst, "C")
    d.font("serif", "", 12)
    d.text(cx, 204, office, "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 26)
    d.spaced(cx, 262, "CERTIFICATE OF COMPLETION", "C", gap=2.5)
    d.font("serif", "", 12.5)
    d.wrap(cx - 220, 302, 440, inst + ", through its " + office + ", certifies that", 16, "C")
    d.font("serif", "BI", 24)
    d.text(cx, 352, name, "C")
    d.font("serif", "", 12.5)
    d.text(cx, 384, "has completed the online course", "C")
    d.font("serif", "B", 18)
    d.text(cx, 416, title, "C")
    d.font("serif", "", 12.5)
    d.text(cx, 440, "offered January 13 \u2013 March 7, 2025", "C")
    d.text(cx, 470, "and is awarded 1.2 Continuing Education Units (CEUs).", "C")
    d.font("sans", "", 10.5)
    d.text(cx, 504, "Offering #: 25SP-CLM-01", "C")
    sig(d, 180, 600, "Marjorie E. Tillman, EdD", "Director, " + office, 200)
    sig(d, d.W - 180, 600, "Kofi Asante-Ward, MS, MLS(ASCP)CM", "Course Instructor", 200)
    d.fill(0.35, 0.35, 0.35)
    d.font("sans", "", 8)
    d.wrap(80, 680, d.W - 160, "One CEU represents ten contact hours of participation in an organized continuing "
                               "education experience under responsible sponsorship, capable direction and qualified "
                               "instruction.", 10, "C")
    d.text(cx, 712, "Transcript posted: March 14, 2025", "C")
    E.fpdf_pdf(d, out("yk38"), "yk38")
    return write_gold(
        "yk38", "university-ceu", "fpdf",
        ["portrait", "centered-award", "border", "seal", "signatures", "letter-spaced-heading", "hyphenated-name",
         "date-range"],
        "University online course offered January 13 - March 7, 2025: date is the last day. 1.2 CEUs -> points 12. "
        "Transcript posting date is a distractor. Provider is the university's Office of Continuing Education "
        "(named in the body sentence and the header).",
        name, title, "2025-03-07", 1.2, "CEU", [inst, inst + ", " + office], "25SP-CLM-01")


# ===========================================================================
# yk39  Vendor training -- TCPDF, portrait, multi-day operator training, instrument serial number
# ===========================================================================
@cert
def yk39():
    name = "Ruth Ann Kowalski-Teague"
    title = "Advanced Operator Training: Kestrel 900 Hematology Analyzer"
    prov = "Veridian Diagnostics"
    d = Doc(LETTER, title="Certificate of Training", author=prov)
    teal = (0.0, 0.45, 0.42)
    dark = (0.12, 0.16, 0.2)
    d.fill(*dark)
    d.rect(0, 0, d.W, 96, "F")
    d.fill(*teal)
    d.poly([(40, 30), (62, 48), (40, 66), (18 + 40, 48 - 0)], "F")
    d.fill(1, 1, 1)
    d.font("sans", "B", 22)
    d.text(76, 56, "VERIDIAN")
    d.font("sans", "", 10)
    d.text(76, 72, "DIAGNOSTICS  \u00b7  Customer Education Center")
    cx = d.W / 2
    d.fill(0.1, 0.1, 0.1)
    d.font("sans", "B", 30)
    d.text(cx, 170, "Certificate of Training", "C")
    d.font("sans", "", 12)
    d.text(cx, 206, "This certifies that", "C")
    d.font("sans", "B", 21)
    d.text(cx, 240, name + ", MLT(ASCP)", "C")
    d.font("sans", "", 12)
    d.text(cx, 272, "has successfully completed", "C")
    d.fill(*teal)
    d.font("sans", "B", 17)
    d.text(cx, 304, title, "C")
    d.fill(0.1, 0.1, 0.1)
    d.font("sans", "", 12)
    d.text(cx, 326, "August 5\u20138, 2024  \u00b7  Veridian Customer Education Center, Maple Grove, Minnesota", "C")
    rows = [("Training ID", "VT-2231"), ("Instrument", "Kestrel 900, Serial No. K9-004417"),
            ("Customer Site", "St. Eligius Community Hospital"), ("P.A.C.E.\u00ae Contact Hours", "24.0")]
    y = 380
    for lab, val in rows:
        d.fill(0.93, 0.97, 0.96)
        d.rect(110, y - 15, d.W - 220, 24, "F")
        d.fill(*teal)
        d.font("sans", "B", 10.5)
        d.text(124, y, lab)
        d.fill(0.1, 0.1, 0.1)
        d.font("sans", "", 11)
        d.text(290, y, val)
        y += 30
    sig(d, 190, 600, "Dana M. Ferreira, MLS(ASCP)", "Senior Applications Specialist", 220, "sans", 9.5)
    sig(d, d.W - 190, 600, "Graham Pettersen", "Manager, Customer Education", 220, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(70, 690, d.W - 140,
           (PACE_STMT % prov) + " Completion of this course qualifies the participant as a key operator; it "
           "does not certify competency at the customer site.", 10, "C")
    E.tcpdf_pdf(d, out("yk39"), "yk39")
    return write_gold(
        "yk39", "vendor", "tcpdf",
        ["portrait", "centered-award", "header-band", "label-value", "signatures", "hyphenated-name",
         "credentials-after-name", "date-range"],
        "Vendor operator training over August 5-8, 2024: date is the last day. The title contains 'Training' and "
        "the id follows the 'Training ID' label. Instrument serial number and customer site are distractors. The "
        "wordmark prints 'VERIDIAN DIAGNOSTICS' in capitals; the full name appears in the P.A.C.E. statement.",
        name, title, "2024-08-08", 24.0, "contact hour", [prov], "VT-2231")


# ===========================================================================
# yk40  Vendor webinar -- FPDF, landscape, 'has completed the on-demand webinar' line
# ===========================================================================
@cert
def yk40():
    name = "Sebastián Ferreyra"
    title = ("Blood Gas Analysis Quality Assurance: Preanalytical Variables, Sample Integrity and Corrective "
             "Action")
    prov = "Norvane Biosystems, Inc."
    d = Doc(LETTER_L, title="Norvane Academy Certificate", author=prov)
    orange = (0.86, 0.38, 0.1)
    grey = (0.2, 0.22, 0.25)
    d.fill(*grey)
    d.rect(0, 0, d.W, 14, "F")
    d.rect(0, d.H - 14, d.W, 14, "F")
    d.fill(*orange)
    d.rect(0, 14, d.W, 4, "F")
    d.rect(0, d.H - 18, d.W, 4, "F")
    d.fill(*grey)
    d.font("sans", "B", 24)
    d.text(60, 74, "Norvane Biosystems")
    d.fill(*orange)
    d.font("sans", "", 11)
    d.text(60, 92, "Norvane Academy  |  Clinical Education")
    d.fill(0.35, 0.35, 0.35)
    d.font("sans", "", 9)
    d.text(d.W - 60, 74, "Customer No. 30018845", "R")
    cx = d.W / 2
    d.fill(0.1, 0.1, 0.1)
    d.font("serif", "B", 34)
    d.text(cx, 160, "Certificate of Completion", "C")
    d.font("serif", "I", 13)
    d.text(cx, 196, "awarded to", "C")
    d.font("serif", "B", 26)
    d.text(cx, 234, name, "C")
    d.font("serif", "I", 13)
    d.text(cx, 268, "has completed the on-demand webinar", "C")
    d.font("serif", "B", 18)
    y = d.wrap(cx - 280, 300, 560, title, 22, "C")
    d.font("serif", "", 13)
    d.text(cx, y, "Date completed: October 28, 2024", "C")
    d.font("sans", "", 11)
    d.text(cx, y + 30, "Course Code NB-BG-104     |     1.0 P.A.C.E.\u00ae contact hour", "C")
    sig(d, cx, 480, "Yolanda Briggs-Whitaker, MS, MLS(ASCP)CM", "Director, Clinical Education", 260, "sans", 9.5)
    d.fill(0.3, 0.3, 0.3)
    d.font("sans", "", 8)
    d.wrap(80, 550, d.W - 160, (PACE_STMT % prov) + " This webinar is approved for 1.0 contact hour.", 10, "C")
    E.fpdf_pdf(d, out("yk40"), "yk40")
    return write_gold(
        "yk40", "vendor", "fpdf",
        ["landscape", "centered-award", "signatures", "format-line", "long-title-wrap", "accented-name"],
        "The completion verb line 'has completed the on-demand webinar' carries the format; the two-line title "
        "follows and is directly followed by 'Date completed:'. 'Course Code NB-BG-104' (no colon) is the id; "
        "customer number is a distractor.",
        name, title, "2024-10-28", 1.0, "contact hour", [prov, "Norvane Biosystems"], "NB-BG-104")


# ---------------------------------------------------------------------------
README_HEAD = open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read() \
    if os.path.exists(os.path.join(HERE, "README.head.md")) else "# z37 blind certificate set\n"


def write_readme():
    """README.md = README.head.md (hand-written) + counts and table generated from the gold files."""
    import collections
    golds = []
    for cid in sorted(CERTS):
        with open(os.path.join(HERE, cid + ".gold.json"), encoding="utf-8") as f:
            golds.append((cid, json.load(f)))
    st = collections.Counter(g["style"] for _, g in golds)
    pr = collections.Counter(g["producer"] for _, g in golds)
    L = [README_HEAD.rstrip("\n"), "", "## Counts", "", "Per style (%d styles):" % len(st), "",
         "| style | count |", "|---|---|"]
    L += ["| %s | %d |" % (k, v) for k, v in sorted(st.items())]
    L += ["", "Per producer:", "", "| producer | count |", "|---|---|"]
    L += ["| %s | %d |" % (k, v) for k, v in sorted(pr.items())]
    L += ["", "## All certificates", "",
          "| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |",
          "|---|---|---|---|---|---|---|---|---|---|---|"]

    def esc(x):
        return str(x).replace("|", "\\|")
    for cid, g in golds:
        L.append("| %s | %s | %s | %s | %s | %s | %g | %s | %g | %s | %s |" % (
            cid, g["style"], g["producer"], esc(g["name"]), esc(g["title"]), g["date"], g["credits"], g["unit"],
            g["points"], esc("; ".join(g["provider"])), esc(g["activity_id"] if g["activity_id"] else "null")))
    L += ["", "## Notes per certificate", ""]
    for cid, g in golds:
        L.append("* **%s** (%s): %s" % (cid, ", ".join(g["layout"]), g["notes"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main(argv):
    E.ensure_dirs()
    ids = argv or sorted(CERTS)
    for cid in ids:
        CERTS[cid]()
        print("built", cid)
    if all(os.path.exists(os.path.join(HERE, c + ".gold.json")) for c in CERTS):
        write_readme()
        print("wrote README.md")


if __name__ == "__main__":
    main(sys.argv[1:])
