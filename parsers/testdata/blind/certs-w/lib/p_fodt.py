"""Certificates written as flat ODF text (.fodt) by hand and converted by LibreOffice."""
from common import soffice, write_src, gold, esc_html as x

P = "LibreOffice (fodt)"

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.03in"/>
  <style:text-properties style:font-name="%(font)s" fo:font-size="%(size)spt" fo:language="en" fo:country="US"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="%(pw)sin" fo:page-height="%(ph)sin" style:print-orientation="%(orient)s"
   fo:margin-top="%(m)sin" fo:margin-bottom="%(m)sin" fo:margin-left="%(m)sin" fo:margin-right="%(m)sin" %(pageextra)s/>
 </style:page-layout>
%(styles)s
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def pstyle(name, size=None, bold=False, italic=False, align=None, color=None, font=None, before=None,
           after=None, caps=False, spacing=None, border=None, bg=None, pad=None, breakb=False):
    pp, tp = [], []
    if align:
        pp.append('fo:text-align="%s"' % align)
    if before is not None:
        pp.append('fo:margin-top="%sin"' % before)
    if after is not None:
        pp.append('fo:margin-bottom="%sin"' % after)
    if border:
        pp.append('fo:border="%s"' % border)
    if bg:
        pp.append('fo:background-color="%s"' % bg)
    if pad:
        pp.append('fo:padding="%sin"' % pad)
    if breakb:
        pp.append('fo:break-before="page"')
    if size:
        tp.append('fo:font-size="%spt"' % size)
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if color:
        tp.append('fo:color="%s"' % color)
    if font:
        tp.append('style:font-name="%s"' % font)
    if caps:
        tp.append('fo:text-transform="uppercase"')
    if spacing:
        tp.append('fo:letter-spacing="%sin"' % spacing)
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
            '<style:text-properties %s/></style:style>' % (name, " ".join(pp), " ".join(tp)))


def tstyle(name, size=None, bold=False, italic=False, color=None, caps=False, spacing=None):
    tp = []
    if size:
        tp.append('fo:font-size="%spt"' % size)
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if color:
        tp.append('fo:color="%s"' % color)
    if caps:
        tp.append('fo:text-transform="uppercase"')
    if spacing:
        tp.append('fo:letter-spacing="%sin"' % spacing)
    return '<style:style style:name="%s" style:family="text"><style:text-properties %s/></style:style>' % (
        name, " ".join(tp))


def table_styles(name, widths, border="0.5pt solid #808080", bg_head=None):
    s = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%sin" '
         'table:align="center"/></style:style>' % (name, sum(widths))]
    for i, w in enumerate(widths):
        s.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                 'style:column-width="%sin"/></style:style>' % (name, i, w))
    s.append('<style:style style:name="%s.cell" style:family="table-cell"><style:table-cell-properties '
             'fo:padding="0.04in" fo:border="%s"/></style:style>' % (name, border))
    s.append('<style:style style:name="%s.head" style:family="table-cell"><style:table-cell-properties '
             'fo:padding="0.04in" fo:border="%s" %s/></style:style>' % (
                 name, border, ('fo:background-color="%s"' % bg_head) if bg_head else ""))
    return "\n".join(s)


def table(name, widths, rows, pstyles=None, head=True):
    """rows: list of lists of str (already XML-escaped, may contain spans). pstyles: per column p style."""
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for i in range(len(widths)):
        out.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
    for r, row in enumerate(rows):
        out.append("<table:table-row>")
        for c, val in enumerate(row):
            cs = "%s.head" % name if (head and r == 0) else "%s.cell" % name
            ps = pstyles[r][c] if pstyles else "Standard"
            paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (ps, v) for v in val.split("\n"))
            out.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                       % (cs, paras))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


def span(style, text):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, text)


def make(wid, body, styles, landscape=False, margin=0.75, font="Liberation Serif", size=11, pageextra=""):
    pw, ph = (11, 8.5) if landscape else (8.5, 11)
    doc = HEAD % dict(font=font, size=size, pw=pw, ph=ph, orient="landscape" if landscape else "portrait",
                      m=margin, pageextra=pageextra, styles="\n".join(styles)) + body + TAIL
    write_src(wid + ".fodt", doc)
    soffice(wid, wid + ".fodt")


def w03(wid):
    st = [pstyle("Org", 17, True, align="center", color="#1b4332", font="Liberation Sans", after=0),
          pstyle("Acr", 9, align="center", color="#40916c", font="Liberation Sans", after=0.15, spacing=0.03),
          pstyle("H", 22, align="center", font="Liberation Serif", italic=True, after=0.12),
          pstyle("C", 11, align="center", after=0.04),
          pstyle("Name", 20, True, align="center", after=0.06),
          pstyle("Mtg", 15, True, align="center", color="#1b4332", after=0.02),
          pstyle("Small", 8.5, color="#444444", after=0.05),
          pstyle("Th", 8.5, True, font="Liberation Sans"),
          pstyle("Td", 9, font="Liberation Sans"),
          pstyle("TdR", 9, font="Liberation Sans", align="end"),
          pstyle("Tot", 10.5, True, align="end", before=0.05, after=0.12),
          pstyle("Sig", 9.5, after=0),
          table_styles("S", [0.95, 4.45, 1.1], bg_head="#d8f3dc"),
          ]
    sessions = [("Apr 16", "General Session: Workforce Pipelines for the Rural Laboratory", "1.0"),
                ("Apr 16", "Anticoagulant Monitoring Beyond the INR", "1.5"),
                ("Apr 17", "Carbapenemase Detection: Phenotypic and Molecular Approaches", "1.5"),
                ("Apr 17", "Date Math, Calibration Verification, and Reportable Range: A CLIA Refresher", "1.0"),
                ("Apr 17", "Student Bowl and Poster Walk (not eligible for credit)", "0.0"),
                ("Apr 18", "Blood Gas Pre-Analytics and Point-of-Care Oversight", "1.5"),
                ("Apr 18", "Closing Keynote: The Laboratory Voice in Diagnostic Excellence", "1.0")]
    rows = [["Date", "Session attended", "Contact hours"]] + [[d, x(t), h] for d, t, h in sessions]
    ps = [["Th", "Th", "Th"]] + [["Td", "Td", "TdR"]] * len(sessions)
    body = "\n".join([
        p("Org", "Oregon Society for Clinical Laboratory Science"),
        p("Acr", "OSCLS \u2022 A constituent society of ASCLS"),
        p("H", "Certificate of Attendance"),
        p("C", "This is to certify that"),
        p("Name", "Hannah Louise Brandvold"),
        p("C", "attended the"),
        p("Mtg", "2026 OSCLS Annual Meeting and Scientific Sessions"),
        p("C", "April 16\u201318, 2026 \u2022 Riverhouse Conference Center, Bend, Oregon"),
        p("C", "Event No.: OSCLS-AM26"),
        p("Small", ""),
        table("S", [0.95, 4.45, 1.1], rows, ps),
        p("Tot", "Total P.A.C.E.\u00ae contact hours earned: 7.5"),
        p("Small", "The Oregon Society for Clinical Laboratory Science is approved as a provider of continuing education "
                   "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Member ID: "
                   "OR-118204. Issued April 30, 2026."),
        p("Small", ""),
        p("Sig", "________________________________"),
        p("Sig", "Wendell J. Ashby, MLS(ASCP)"),
        p("Sig", "OSCLS Continuing Education Coordinator"),
    ])
    make(wid, body, st, margin=0.7)
    return gold(wid, style="state-society-meeting", producer=P,
                layout=["portrait", "centered-header", "session-table", "date-range", "signature-block",
                        "distractor-numbers", "distractor-dates"],
                notes="Three-day annual meeting; table of sessions attended (one worth 0.0) with total 7.5; "
                      "title is the meeting name; a session title contains 'Date'; member ID and issue date are distractors.",
                name="Hannah Louise Brandvold",
                title="2026 OSCLS Annual Meeting and Scientific Sessions",
                date="2026-04-18", credits=7.5, unit="contact hour",
                provider=["Oregon Society for Clinical Laboratory Science", "OSCLS"], activity_id="OSCLS-AM26")




def w12(wid):
    st = [pstyle("Org", 20, True, align="center", color="#003b71", font="Liberation Sans", after=0),
          pstyle("Sub", 9, align="center", color="#003b71", font="Liberation Sans", after=0.22, spacing=0.02),
          pstyle("H", 18, True, align="center", font="Liberation Serif", after=0.18, caps=True, spacing=0.04),
          pstyle("Fmt", 10, True, align="center", color="#9a3412", font="Liberation Sans", after=0.02),
          pstyle("Title", 14, True, align="center", after=0.2),
          pstyle("L", 9.5, True, font="Liberation Sans", color="#333333"),
          pstyle("V", 10.5),
          pstyle("Small", 8, color="#333333", after=0.06, align="justify"),
          pstyle("Sig", 9.5, after=0),
          table_styles("K", [2.0, 4.3], border="none"),
          ]
    rows = [["Learner", "Jun-ho Park, SCT(ASCP)"],
            ["Customer number", "00712291"],
            ["Activity code", "CPIP-26A-DC"],
            ["Date completed", "02/03/2026"],
            ["Credit type earned", "ASCLS P.A.C.E.\u00ae contact hours"],
            ["Credits earned", "1.5"],
            ["Order number", "4410-88213"]]
    body = "\n".join([
        p("Org", "College of American Pathologists"),
        p("Sub", "CAP LEARNING \u2022 325 WAUKEGAN ROAD \u2022 NORTHFIELD, ILLINOIS"),
        p("H", "Certificate of Credit"),
        p("Fmt", "Enduring Material"),
        p("Title", "Cytopathology Education Program: Digital Morphology Review of Gynecologic and Non-Gynecologic Cases"),
        table("K", [2.0, 4.3], rows, [["L", "V"]] * len(rows), head=False),
        p("Small", ""),
        p("Small", "The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing "
                   "Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates "
                   "this enduring material for a maximum of 2.0 <text:span text:style-name=\"I\">AMA PRA Category 1 "
                   "Credits</text:span>\u2122. Physicians should claim only the credit commensurate with the extent of "
                   "their participation in the activity."),
        p("Small", "The CAP is approved as a provider of continuing education programs in the clinical laboratory "
                   "sciences by the ASCLS P.A.C.E.\u00ae Program. This activity is approved for a maximum of 2.0 "
                   "P.A.C.E.\u00ae contact hours; the credits shown above are those earned by the learner."),
        p("Small", "Credit for this enduring material is available through 12/31/2027."),
        p("Small", ""),
        p("Sig", "Ruth-Ann Ebersole, MD, FCAP"),
        p("Sig", "Chair, CAP Council on Education"),
    ])
    st.append(tstyle("I", italic=True))
    make(wid, body, st, margin=0.8, pageextra='fo:border="2.5pt solid #003b71" fo:padding="0.3in"')
    return gold(wid, style="cap", producer=P,
                layout=["portrait", "page-border", "two-column-label-value", "format-line", "long-title",
                        "series-prefix-title", "multi-credit", "claimed-vs-maximum", "credentials-after-name",
                        "distractor-numbers", "distractor-dates"],
                notes="CAP enduring material: AMA PRA max 2.0 and P.A.C.E. max 2.0 printed, learner earned 1.5 "
                      "P.A.C.E. contact hours; 'Enduring Material' on its own line; customer/order numbers and "
                      "'available through' date are distractors; date printed 02/03/2026.",
                name="Jun-ho Park",
                title="Cytopathology Education Program: Digital Morphology Review of Gynecologic and Non-Gynecologic Cases",
                date="2026-02-03", credits=1.5, unit="contact hour",
                provider=["College of American Pathologists", "CAP"], activity_id="CPIP-26A-DC")


def w15(wid):
    st = [pstyle("Org", 18, True, color="#6b1d1d", font="DejaVu Serif", after=0),
          pstyle("Sub", 10.5, color="#6b1d1d", font="DejaVu Sans", after=0.02),
          pstyle("Addr", 8, color="#555555", font="DejaVu Sans", after=0.18),
          pstyle("H", 14, True, font="DejaVu Sans", after=0.12, align="center", spacing=0.02),
          pstyle("L", 7.5, True, color="#555555", font="DejaVu Sans", caps=True),
          pstyle("V", 10.5, font="DejaVu Sans"),
          pstyle("VB", 10.5, True, font="DejaVu Sans"),
          pstyle("Small", 8.5, color="#333333", font="DejaVu Sans", after=0.05),
          pstyle("Sig", 9.5, font="DejaVu Sans", after=0),
          table_styles("A", [3.6, 2.0, 2.0, 1.9], border="none"),
          table_styles("T", [0.9, 1.15, 1.0, 1.0, 0.6, 0.7, 4.05], bg_head="#f2e3e3"),
          ]
    ra = [["Student", "Student ID", "Date issued", "Page"],
          ["Theodore J. Lachance Jr.", "BSU-0091-4471", "January 5, 2026", "1 of 1"]]
    rt = [["Term", "Course", "Start", "End", "CEUs", "Grade", "Title"],
          ["Fall 2025", "MLSC 4410X", "09/08/2025", "12/12/2025", "3.5", "P",
           "Clinical Immunohematology Refresher for Returning Professionals"]]
    body = "\n".join([
        p("Org", "Bayou State University"),
        p("Sub", "Division of Continuing Studies"),
        p("Addr", "BSU \u2022 Delacroix Hall, 1100 Levee Road \u2022 Thibodaux, Louisiana 70301 \u2022 (985) 555-0142"),
        p("H", "TRANSCRIPT OF CONTINUING EDUCATION UNITS"),
        table("A", [3.6, 2.0, 2.0, 1.9], ra, [["L"] * 4, ["VB", "V", "V", "V"]], head=False),
        p("Small", ""),
        table("T", [0.9, 1.15, 1.0, 1.0, 0.6, 0.7, 4.05], rt, [["L"] * 7, ["V"] * 7]),
        p("Small", ""),
        p("Small", "CEUs earned this term: 3.5     Cumulative CEUs: 3.5     Grade key: P = Pass (satisfactory completion)"),
        p("Small", "The Continuing Education Unit (CEU) is a nationally recognized measure: one CEU equals ten contact "
                   "hours of participation in an organized continuing education experience. This transcript lists "
                   "non-credit coursework only and is not an academic transcript. Not valid without the Registrar\u2019s seal."),
        p("Small", ""),
        p("Sig", "Adrienne P. Boudreaux, MEd"),
        p("Sig", "Registrar, Division of Continuing Studies"),
    ])
    make(wid, body, st, landscape=True, margin=0.6, font="DejaVu Sans", size=10)
    return gold(wid, style="university-ceu", producer=P,
                layout=["landscape", "transcript", "labels-above-values", "table", "suffix-name",
                        "distractor-numbers", "distractor-dates"],
                notes="CEU transcript with one course line; 3.5 CEU = 35 points; end date 12/12/2025 is the "
                      "completion date; start date, issue date and student ID are distractors.",
                name="Theodore J. Lachance Jr.",
                title="Clinical Immunohematology Refresher for Returning Professionals",
                date="2025-12-12", credits=3.5, unit="CEU",
                provider=["Bayou State University", "Bayou State University, Division of Continuing Studies", "BSU"],
                activity_id="MLSC 4410X")


def w25(wid):
    st = [pstyle("Org", 12, True, align="center", color="#0f5f74", font="Liberation Sans", after=0, spacing=0.01),
          pstyle("Logo", 30, True, align="center", color="#0f5f74", font="Liberation Sans", after=0.0),
          pstyle("Gap", 6, after=0.1),
          pstyle("H", 26, align="center", font="Liberation Serif", after=0.12),
          pstyle("C", 11, align="center", after=0.04),
          pstyle("Name", 22, True, italic=True, align="center", after=0.08, font="Liberation Serif"),
          pstyle("Fmt", 10, True, align="center", color="#c2410c", font="Liberation Sans", after=0.02, spacing=0.04),
          pstyle("Title", 15, True, align="center", after=0.12),
          pstyle("Facts", 10.5, align="center", font="Liberation Sans", after=0.03),
          pstyle("Small", 8, align="center", color="#444444", font="Liberation Sans", after=0.03),
          pstyle("Sig", 9.5, align="center", after=0),
          ]
    body = "\n".join([
        p("Logo", "ADLM"),
        p("Org", "Association for Diagnostics &amp; Laboratory Medicine"),
        p("Gap", ""),
        p("H", "Certificate of Attendance"),
        p("C", "awarded to"),
        p("Name", "Sebasti\u00e1n Ruiz-Calder\u00f3n"),
        p("C", "for attending"),
        p("Fmt", "LIVE WEBINAR"),
        p("Title", "Interpreting High-Sensitivity Troponin Results: Delta Values, Sex-Specific Cutoffs, and Rapid Rule-Out Pathways in the Emergency Department"),
        p("Facts", "Date attended: May 13, 2026     Webinar ID: 26-WB-0513"),
        p("Facts", "ACCENT\u00ae contact hours awarded: 1.0"),
        p("Gap", ""),
        p("Small", "ADLM is approved by the ACCENT\u00ae Continuing Education Program to provide continuing education "
                   "for laboratory professionals. Participants should claim credit only for time actually spent in the webinar."),
        p("Small", "ADLM member #3098817 \u2022 Certificate printed May 20, 2026"),
        p("Gap", ""),
        p("Sig", "Tobias N. Ferreira-Lund, PhD, DABCC"),
        p("Sig", "Chair, Continuing Education Subcommittee"),
    ])
    make(wid, body, st, landscape=True, margin=0.6,
         pageextra='fo:border="4pt double #0f5f74" fo:padding="0.25in"')
    return gold(wid, style="webinar", producer=P,
                layout=["landscape", "centered", "page-border", "format-line", "long-title", "accented-name",
                        "signature-block", "distractor-numbers", "distractor-dates"],
                notes="ADLM live webinar with ACCENT contact hours; 'LIVE WEBINAR' on its own line is not part "
                      "of the title; member number and printed date are distractors.",
                name="Sebasti\u00e1n Ruiz-Calder\u00f3n",
                title="Interpreting High-Sensitivity Troponin Results: Delta Values, Sex-Specific Cutoffs, and Rapid Rule-Out Pathways in the Emergency Department",
                date="2026-05-13", credits=1.0, unit="contact hour",
                provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="26-WB-0513")


CERTS = {"w03": w03, "w12": w12, "w15": w15, "w25": w25}
