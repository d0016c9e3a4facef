"""Certificates written as Word .docx (python-docx) and converted by LibreOffice."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

from engines import docx_pdf
from gold import cert

P = "docx-libreoffice"
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


def new_doc(landscape=False, margin=0.8, border=None):
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Inches(margin)
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    if border:
        val, sz, color = border
        pg = OxmlElement("w:pgBorders")
        pg.set(qn("w:offsetFrom"), "page")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "24")
            e.set(qn("w:color"), color)
            pg.append(e)
        s._sectPr.append(pg)
    return d


def para(d_or_cell, text="", size=11, bold=False, italic=False, align=L, font=None, color=None,
         before=0, after=0, caps=False, spacing=None, runs=None):
    p = d_or_cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    for (t, b, i, sz) in (runs or [(text, bold, italic, size)]):
        r = p.add_run(t)
        r.bold = b
        r.italic = i
        r.font.size = Pt(sz)
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
        if spacing:
            rpr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rpr.append(sp)
    return p


def cell_borders(cell, **kw):
    """kw: top/bottom/left/right = (val, sz, color)"""
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        v = kw.get(side)
        if v:
            e.set(qn("w:val"), v[0])
            e.set(qn("w:sz"), str(v[1]))
            e.set(qn("w:color"), v[2])
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def set_text(cell, text, size=10.5, bold=False, align=L, color=None, font=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return p


def widths(table, inches):
    table.autofit = False
    for col, w in zip(table.columns, inches):
        col.width = Inches(w)
    for row in table.rows:
        for c, w in zip(row.cells, inches):
            c.width = Inches(w)


def sig_table(d, sigs, colw=3.0, gap=1.0, font=None, before=30):
    para(d, "", before=before)
    n = len(sigs)
    t = d.add_table(rows=1, cols=2 * n - 1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    ws = []
    for i in range(2 * n - 1):
        ws.append(colw if i % 2 == 0 else gap)
    widths(t, ws)
    for i, (nm, role) in enumerate(sigs):
        c = t.rows[0].cells[2 * i]
        cell_borders(c, top=("single", 6, "333333"))
        set_text(c, nm, 10.5, align=C, font=font)
        p = c.add_paragraph()
        p.alignment = C
        r = p.add_run(role)
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor.from_string("555555")
    for i in range(n - 1):
        cell_borders(t.rows[0].cells[2 * i + 1])
    return t


# ---------------------------------------------------------------- zd02 AABB letter
@cert("zd02", style="AABB", producer=P,
      layout=["portrait", "letter-style", "left-aligned", "letterhead", "format-line",
              "program-no-without-colon", "multiple-credit-types", "credentials-after-name"],
      notes="Letterhead with 'AABB' and the full name containing 'for' and '&'. 'eCast' is a "
            "format line between the verb phrase and the title. 'Program No. 218-044-25' has no "
            "colon. Letter date (March 3) is an issue date. P.A.C.E. contact hours are gold; "
            "AMA PRA credits and California nursing contact hours are distractors.",
      name="Tobenna J. Okonkwo-Reyes",
      title="Massive Transfusion Protocols in Obstetric Hemorrhage: Product Ratios, "
            "Viscoelastic Testing, and Beyond",
      date="2025-02-26", credits=1.5, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"],
      activity_id="218-044-25")
def zd02(base):
    d = new_doc(margin=0.9)
    para(d, "AABB", 30, bold=True, font="Liberation Sans", color="B5121B")
    para(d, "Association for the Advancement of Blood & Biotherapies", 12, font="Liberation Sans", color="333333")
    p = para(d, "1200 Meridian Plaza, Suite 700  \u2022  Bethesda, MD 20814  \u2022  www.aabb.org", 8.5,
             font="Liberation Sans", color="777777", after=22)
    pb = p._p.get_or_add_pPr()
    bd = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "12"), ("space", "6"), ("color", "B5121B")):
        bt.set(qn("w:" + k), v)
    bd.append(bt)
    pb.append(bd)
    para(d, "March 3, 2025", 11, after=18)
    para(d, "CERTIFICATE OF PARTICIPATION", 15, bold=True, font="Liberation Sans", color="B5121B", after=14)
    para(d, "This is to certify that", 11, after=8)
    para(d, "Tobenna J. Okonkwo-Reyes, MLS(ASCP)SBB", 16, bold=True, after=8)
    para(d, "participated in the following AABB distance-learning program:", 11, after=10)
    para(d, "eCast", 11, bold=True, italic=True, font="Liberation Sans", color="B5121B", after=2)
    para(d, "Massive Transfusion Protocols in Obstetric Hemorrhage: Product Ratios, Viscoelastic Testing, and Beyond",
         14, bold=True, after=6)
    para(d, "Program No. 218-044-25", 11, after=2)
    para(d, "Date of eCast: February 26, 2025", 11, after=2)
    para(d, "Site registration No. 55102 (Lakemont Regional Blood Center)", 11, after=16)
    t = d.add_table(rows=4, cols=2)
    widths(t, [4.6, 1.6])
    rows = [("Credit type", "Credits"),
            ("ASCLS P.A.C.E.\u00ae contact hours", "1.5"),
            ("AMA PRA Category 1 Credits\u2122", "1.5"),
            ("California nursing contact hours (BRN Provider No. CEP 7117)", "1.8")]
    for i, (a, b) in enumerate(rows):
        set_text(t.rows[i].cells[0], a, 10, bold=(i == 0), font="Liberation Sans")
        set_text(t.rows[i].cells[1], b, 10, bold=(i == 0), font="Liberation Sans", align=R)
        for c in t.rows[i].cells:
            cell_borders(c, bottom=("single", 4, "BBBBBB"))
            if i == 0:
                shade(c, "F3E3E4")
    para(d, "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by "
            "the ASCLS P.A.C.E.\u00ae Program. AABB is accredited by the Accreditation Council for Continuing Medical "
            "Education (ACCME) to provide continuing medical education for physicians and designates this live activity "
            "for a maximum of 1.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate "
            "with the extent of their participation in the activity.", 9, font="Liberation Sans", color="444444",
         before=16, after=30, align=J)
    para(d, "Ilse Marchetti-Dunn, MBA", 11, after=0)
    para(d, "Director, Education and Professional Development", 9.5, italic=True, color="555555")
    docx_pdf(base, d)


# ---------------------------------------------------------------- zd09 NSH session certificate
@cert("zd09", style="NSH", producer=P,
      layout=["landscape", "centred-award", "border", "session-at-conference", "course-word-in-title",
              "accented-name", "credentials-after-name"],
      notes="Session certificate at a multi-day symposium: the session date (Sept 14) is gold, "
            "not the symposium range (Sept 12-16). 'Grossing' and 'Orientation' are part of the "
            "real workshop title. 'Session No.' is the id; badge number is a distractor.",
      name="Ruairí Ó Faoláin-Brennan",
      title="Grossing Fundamentals: Orientation, Inking, and Sectioning of Complex Resection Specimens",
      date="2025-09-14", credits=3.0, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"],
      activity_id="HT-214")
def zd09(base):
    d = new_doc(landscape=True, margin=0.75, border=("thickThinSmallGap", 24, "5B1F5E"))
    para(d, "National Society for Histotechnology", 20, bold=True, align=C, font="DejaVu Serif", color="5B1F5E", before=6)
    para(d, "NSH 51st Annual Symposium/Convention  \u2022  September 12\u201316, 2025  \u2022  Spokane, Washington",
         10.5, align=C, font="DejaVu Sans", color="555555", after=16)
    para(d, "Certificate of Attendance", 34, align=C, font="DejaVu Serif", before=14, after=16)
    para(d, "This certifies that", 11.5, italic=True, align=C, after=4)
    para(d, "Ruairí Ó Faoláin-Brennan, HTL(ASCP)CM", 24, bold=True, align=C, font="DejaVu Serif", before=4, after=10)
    para(d, "attended the workshop", 11.5, italic=True, align=C, after=4)
    para(d, "Grossing Fundamentals: Orientation, Inking, and Sectioning of Complex Resection Specimens",
         18, bold=True, align=C, font="DejaVu Serif", before=4, after=18)
    t = d.add_table(rows=2, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.3, 3.0, 2.3])
    for i, (a, b) in enumerate([("Session No.", "HT-214"), ("Session Date", "Sunday, September 14, 2025"),
                                ("Contact Hours", "3.0")]):
        set_text(t.rows[0].cells[i], a, 8.5, align=C, color="777777", font="DejaVu Sans")
        set_text(t.rows[1].cells[i], b, 11.5, align=C, font="DejaVu Serif")
        cell_borders(t.rows[0].cells[i], bottom=("single", 4, "5B1F5E"))
        cell_borders(t.rows[1].cells[i])
    para(d, "NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
            "ASCLS P.A.C.E.\u00ae Program.  Badge #30471", 8.5, align=C, font="DejaVu Sans", color="555555", before=12)
    sig_table(d, [("Lorraine Featherstonehaugh, HT(ASCP)", "NSH President"),
                  ("Kenji Abernathy-Sato, BS, HTL(ASCP)", "Workshop Moderator")], colw=3.2, gap=1.2,
              font="DejaVu Serif", before=44)
    docx_pdf(base, d)


# ---------------------------------------------------------------- zd17 university CEU
@cert("zd17", style="university-CEU", producer=P,
      layout=["landscape", "centred-award", "border", "department-provider", "date-range",
              "signature-block", "ceu"],
      notes="University continuing-education office awards 0.6 CEU (points 6). Three-day range "
            "'held May 19-21, 2025': gold is the last day. 'Offering No.' is the id; student ID "
            "and issue date are distractors.",
      name="Ezequiel Montoya-Farrow",
      title="Molecular Diagnostics Bootcamp: PCR, Sequencing, and Variant Interpretation for the "
            "Clinical Laboratory",
      date="2025-05-21", credits=0.6, unit="CEU",
      provider=["Thornbury State University",
                "Thornbury State University, Office of Continuing and Professional Education"],
      activity_id="CPE-25-0412")
def zd17(base):
    d = new_doc(landscape=True, margin=0.8, border=("double", 18, "1C3F77"))
    para(d, "Thornbury State University", 24, bold=True, align=C, font="P052", color="1C3F77", before=4)
    para(d, "Office of Continuing and Professional Education", 13, italic=True, align=C, font="P052", after=30)
    para(d, "hereby awards", 11.5, italic=True, align=C, after=4)
    para(d, "0.6 Continuing Education Units (CEU)", 20, bold=True, align=C, font="P052", before=4, after=10)
    para(d, "to", 11.5, italic=True, align=C, after=4)
    para(d, "Ezequiel Montoya-Farrow", 32, align=C, font="Z003", before=6, after=12)
    para(d, "for the successful completion of", 11.5, italic=True, align=C, after=4)
    para(d, "Molecular Diagnostics Bootcamp: PCR, Sequencing, and Variant Interpretation for the Clinical Laboratory",
         17, bold=True, align=C, font="P052", before=4, after=12)
    para(d, "held May 19\u201321, 2025, on the Thornbury campus  \u00b7  Offering No. CPE-25-0412", 11, align=C, after=6)
    para(d, "Date issued: June 2, 2025      Student ID: T00418835", 8.5, align=C, color="666666", font="Liberation Sans")
    sig_table(d, [("Prudence Okafor-Lindgren, PhD", "Dean, Continuing and Professional Education"),
                  ("Matthias Ebersole, PhD, MB(ASCP)CM", "Course Director")], colw=3.2, gap=1.4, font="P052", before=50)
    docx_pdf(base, d)


# ---------------------------------------------------------------- zd29 ASM Microbe attendance
@cert("zd29", style="ASM", producer=P,
      layout=["portrait", "small-table", "meeting-attendance", "date-range", "multiple-credit-types",
              "accented-name", "claimed-vs-maximum"],
      notes="Meeting attendance without a session title: the title is the meeting name. Range "
            "June 19-23: gold is the last day. Table lists P.A.C.E. contact hours claimed (gold) "
            "and AMA PRA credits claimed (distractor); the maximum available figures are distractors. "
            "Registration number and print date are distractors.",
      name="Hélène Dubois-Kamara",
      title="ASM Microbe 2025",
      date="2025-06-23", credits=21.5, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"],
      activity_id=None)
def zd29(base):
    d = new_doc(margin=0.85)
    t0 = d.add_table(rows=1, cols=2)
    widths(t0, [1.2, 5.6])
    c = t0.rows[0].cells[0]
    shade(c, "004B87")
    set_text(c, "ASM", 24, bold=True, align=C, color="FFFFFF", font="Liberation Sans")
    cell_borders(c)
    c2 = t0.rows[0].cells[1]
    cell_borders(c2)
    set_text(c2, "American Society for Microbiology", 17, bold=True, color="004B87", font="Liberation Sans")
    p = c2.add_paragraph()
    r = p.add_run("Continuing Education Certificate \u2014 Annual Meeting Attendance")
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor.from_string("555555")
    para(d, "Certificate of Attendance", 26, align=C, font="Liberation Serif", before=28, after=14)
    para(d, "Presented to", 11, italic=True, align=C, after=4)
    para(d, "Hélène Dubois-Kamara, PhD, D(ABMM)", 20, bold=True, align=C, after=4)
    para(d, "for attendance at", 11, italic=True, align=C, after=4)
    para(d, "ASM Microbe 2025", 20, bold=True, align=C, color="004B87", after=2)
    para(d, "June 19\u201323, 2025  \u00b7  Los Angeles, California", 11, align=C, after=20)
    t = d.add_table(rows=3, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [3.6, 1.4, 1.4])
    data = [("Credit type", "Maximum available", "Claimed"),
            ("ASCLS P.A.C.E.\u00ae contact hours", "32.0", "21.5"),
            ("AMA PRA Category 1 Credits\u2122", "30.25", "19.75")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cc = t.rows[i].cells[j]
            set_text(cc, v, 10, bold=(i == 0), align=(L if j == 0 else C), font="Liberation Sans")
            cell_borders(cc, top=("single", 4, "999999"), bottom=("single", 4, "999999"))
            if i == 0:
                shade(cc, "E6EEF6")
    para(d, "ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
            "ASCLS P.A.C.E.\u00ae Program. The American Society for Microbiology is accredited by the Accreditation Council "
            "for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. Credit claimed "
            "reflects the sessions recorded in the attendee's evaluation.", 9, font="Liberation Sans", color="444444",
         before=18, after=8, align=J)
    para(d, "Registration No. M25-0611873      Printed: July 8, 2025", 8.5, font="Liberation Sans", color="777777", align=C)
    sig_table(d, [("Oluwaseun Petrakis-Moody, PhD", "Chair, ASM Microbe Program Committee")], colw=3.4, font="Liberation Serif", before=34)
    docx_pdf(base, d)


# ---------------------------------------------------------------- zd34 joint-accreditation CME, two pages
@cert("zd34", style="joint-accreditation-CME", producer=P,
      layout=["portrait", "two-page", "multiple-credit-types", "claimed-vs-maximum", "department-provider",
              "honorific-and-credentials", "accented-name", "date-range", "small-table"],
      notes="Joint-accreditation CME certificate. Page 1 lists credits claimed for four credit "
            "types; P.A.C.E. contact hours claimed (3.0) are gold, while page 2 gives the maximum "
            "(3.5 P.A.C.E., 3.25 AMA PRA/ANCC). 'Dr.' and trailing credentials dropped from the name. "
            "Two-day range: last day. Claim date is a distractor.",
      name="Siobhán Greer-Okafor",
      title="Hemostasis Update 2025: Laboratory Monitoring of Novel Anticoagulants and Hemophilia Therapies",
      date="2025-04-25", credits=3.0, unit="contact hour",
      provider=["Bellweather University", "Bellweather University, Office of Continuing Medical Education"],
      activity_id="BU-CME-25-207")
def zd34(base):
    d = new_doc(margin=0.9)
    para(d, "Bellweather University", 20, bold=True, font="Liberation Serif", color="6B1E2E")
    para(d, "Office of Continuing Medical Education", 11.5, font="Liberation Sans", color="6B1E2E", after=2)
    para(d, "JOINTLY ACCREDITED PROVIDER\u2122  \u00b7  INTERPROFESSIONAL CONTINUING EDUCATION", 7.5,
         font="Liberation Sans", color="888888", after=26)
    para(d, "Certificate of Participation", 24, font="Liberation Serif", after=16)
    para(d, "Dr. Siobhán Greer-Okafor, PhD, MLS(ASCP)CM", 17, bold=True, after=4)
    para(d, "participated in the live activity", 11, italic=True, after=8)
    para(d, "Hemostasis Update 2025: Laboratory Monitoring of Novel Anticoagulants and Hemophilia Therapies",
         15, bold=True, after=8)
    for a, b in (("Activity ID:", "BU-CME-25-207"), ("Activity dates:", "April 24\u201325, 2025"),
                 ("Location:", "Harwell Conference Center, Bellweather University Medical Campus")):
        para(d, "", runs=[(a + " ", True, False, 10.5), (b, False, False, 10.5)], after=2)
    para(d, "Credits claimed", 12, bold=True, before=18, after=6, font="Liberation Sans")
    t = d.add_table(rows=5, cols=2)
    widths(t, [4.8, 1.5])
    rows = [("Credit type", "Claimed"), ("AMA PRA Category 1 Credits\u2122", "3.00"),
            ("ANCC nursing contact hours", "3.00"), ("ACPE pharmacy contact hours", "3.00"),
            ("ASCLS P.A.C.E.\u00ae contact hours (laboratory professionals)", "3.0")]
    for i, (a, b) in enumerate(rows):
        set_text(t.rows[i].cells[0], a, 10, bold=(i == 0), font="Liberation Sans")
        set_text(t.rows[i].cells[1], b, 10, bold=(i == 0), font="Liberation Sans", align=R)
        for c in t.rows[i].cells:
            cell_borders(c, bottom=("single", 4, "AAAAAA"))
    para(d, "Credit claimed on: May 6, 2025   \u00b7   Transcript No. 2025-118840", 9, color="666666",
         font="Liberation Sans", before=10)
    sig_table(d, [("Winifred Castellano-Voss, MD", "Director, Office of Continuing Medical Education")], colw=3.6,
              before=40)
    para(d, "Page 1 of 2 \u2014 accreditation and credit designation statements continue on page 2", 8,
         color="888888", align=C, before=60, font="Liberation Sans")
    # ---- page 2
    p = para(d, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "Accreditation and Credit Designation", 15, bold=True, font="Liberation Sans", color="6B1E2E", after=12)
    stmts = [
        "In support of improving patient care, Bellweather University Office of Continuing Medical Education is jointly "
        "accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for "
        "Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education "
        "for the healthcare team.",
        "Physicians: Bellweather University Office of Continuing Medical Education designates this live activity for a "
        "maximum of 3.25 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the "
        "extent of their participation in the activity.",
        "Nurses: This activity is designated for a maximum of 3.25 ANCC contact hours.",
        "Pharmacists: This knowledge-based activity is approved for a maximum of 3.25 contact hours (0.325 CEU) of ACPE credit.",
        "Laboratory professionals: Bellweather University Office of Continuing Medical Education is approved as a provider "
        "of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This "
        "activity is approved for a maximum of 3.5 P.A.C.E.\u00ae contact hours.",
        "Disclosure: None of the planners or faculty for this educational activity have relevant financial relationships "
        "to disclose with ineligible companies.",
    ]
    for s in stmts:
        para(d, s, 10, align=J, after=10, font="Liberation Serif")
    para(d, "Page 2 of 2", 8, color="888888", align=C, before=200, font="Liberation Sans")
    docx_pdf(base, d)
