"""Certificates produced with LibreOffice Writer from hand-written flat ODF (.fodt)."""
from xml.sax.saxutils import escape

from engines import fodt_pdf
from gold import cert

P = "libreoffice-fodt"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

FONTS = """<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="URW Bookman" svg:font-family="'URW Bookman'" style:font-family-generic="roman"/>
 <style:font-face style:name="P052" svg:font-family="P052" style:font-family-generic="roman"/>
</office:font-face-decls>"""


def pstyle(name, size=11, font="Liberation Serif", align="start", bold=False, italic=False,
           color="#000000", before="0cm", after="0.1cm", ls=None, caps=False, extra=""):
    t = ['<style:style style:name="%s" style:family="paragraph">' % name,
         '<style:paragraph-properties fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s" %s/>'
         % (align, before, after, extra),
         '<style:text-properties style:font-name="%s" fo:font-size="%spt" fo:color="%s"' % (font, size, color)]
    if bold:
        t.append(' fo:font-weight="bold"')
    if italic:
        t.append(' fo:font-style="italic"')
    if ls:
        t.append(' fo:letter-spacing="%s"' % ls)
    if caps:
        t.append(' fo:font-variant="small-caps"')
    t.append('/></style:style>')
    return "".join(t)


def tstyle(name, width_cm, cols, cell_styles=""):
    s = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%scm" table:align="center"/></style:style>'
         % (name, width_cm)]
    for i, w in enumerate(cols):
        s.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%scm"/></style:style>'
                 % (name, i, w))
    s.append(cell_styles)
    return "".join(s)


def cellstyle(name, border_bottom="none", border="none", pad="0.12cm", bg=None, valign="top"):
    bgp = ' fo:background-color="%s"' % bg if bg else ""
    return ('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="%s" fo:border="%s" fo:border-bottom="%s" style:vertical-align="%s"%s/></style:style>'
            % (name, pad, border, border_bottom, valign, bgp)) if border != "none" else (
            '<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="%s" fo:border-left="none" fo:border-right="none" fo:border-top="none" fo:border-bottom="%s" style:vertical-align="%s"%s/></style:style>'
            % (name, pad, border_bottom, valign, bgp))


def pagelayout(landscape=False, border="none", padding="0cm", margin="1.8cm"):
    w, h = ("27.94cm", "21.59cm") if landscape else ("21.59cm", "27.94cm")
    return ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
            'style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s" '
            'fo:border="%s" fo:padding="%s"/></style:page-layout>'
            % (w, h, "landscape" if landscape else "portrait", margin, margin, margin, margin, border, padding))


def doc(auto_styles, body, landscape=False, border="none", padding="0cm", margin="1.8cm"):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n%s\n'
            '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
            'style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US"/></style:default-style></office:styles>\n'
            '<office:automatic-styles>%s\n%s</office:automatic-styles>\n'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>\n'
            '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n'
            % (NS, FONTS, pagelayout(landscape, border, padding, margin), auto_styles, body))


def p(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else escape(text))


def cell(style, paras, span=1):
    sp = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
    out = '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (style, sp, "".join(paras))
    if span > 1:
        out += "<table:covered-table-cell/>" * (span - 1)
    return out


def table(name, ncols, rows):
    cols = "".join('<table:table-column table:style-name="%s.C%d"/>' % (name, i) for i in range(ncols))
    body = "".join("<table:table-row>%s</table:table-row>" % "".join(r) for r in rows)
    return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (name, name, cols, body)


# ---------------------------------------------------------------- zd05 PACE-approved hospital department
@cert("zd05", style="PACE-provider", producer=P,
      layout=["portrait", "labels-above-values", "columns", "provider-in-accreditation-statement-only",
              "department-provider", "credentials-after-name"],
      notes="Labels above values in columns (Participant | Date of Completion; Program Title; "
            "Program No. | Contact Hours | Format). The provider (a hospital's laboratory "
            "education department) is named only as the subject of the P.A.C.E. approval "
            "statement. Employee ID and form revision date are distractors.",
      name="Priyanka Venkataraman-Holt",
      title="Hemolysis, Icterus, and Lipemia Interference: Establishing Rejection Thresholds "
            "on the Chemistry Line",
      date="2025-01-09", credits=1.0, unit="contact hour",
      provider=["Riverbend Valley Medical Center",
                "Riverbend Valley Medical Center, Laboratory Education Department"],
      activity_id="587-112-25")
def zd05(base):
    st = "".join([
        pstyle("Head", 26, "Liberation Serif", "center", color="#23395d", before="0.6cm", after="0.2cm"),
        pstyle("Rule", 6, "Liberation Sans", "center", after="0.9cm", extra='fo:border-bottom="1.5pt solid #23395d" fo:padding-bottom="0.1cm"'),
        pstyle("Lbl", 8.5, "Liberation Sans", color="#666666", after="0.05cm"),
        pstyle("Val", 13, "Liberation Serif", bold=True, after="0.1cm"),
        pstyle("ValN", 13, "Liberation Serif", after="0.1cm"),
        pstyle("Body", 9.5, "Liberation Sans", "justify", color="#333333", before="0.8cm", after="0.2cm"),
        pstyle("Sig", 10, "Liberation Sans", before="1.6cm", after="0cm", extra='fo:border-top="0.6pt solid #000000" fo:padding-top="0.1cm" fo:margin-right="9cm"'),
        pstyle("SigT", 9, "Liberation Sans", color="#555555"),
        pstyle("Foot", 7.5, "Liberation Sans", "end", color="#888888", before="2.2cm"),
        tstyle("T1", 17.5, [11.8, 5.7], cellstyle("cB", "0.5pt solid #9aa8bd")),
        tstyle("T2", 17.5, [17.5], ""),
        tstyle("T3", 17.5, [5.8, 5.8, 5.9], ""),
    ])
    lbl = lambda t: p("Lbl", t)
    body = "".join([
        p("Head", "Certificate of Completion"),
        p("Rule", ""),
        table("T1", 2, [
            [cell("cB", [lbl("Participant")]), cell("cB", [lbl("Date of Completion")])],
            [cell("cB", [p("Val", "Priyanka Venkataraman-Holt, MLS(ASCP)CM")]), cell("cB", [p("Val", "January 9, 2025")])],
            [cell("cB", [p("ValN", " ")], 2)],
            [cell("cB", [lbl("Program Title")], 2)],
            [cell("cB", [p("Val", "Hemolysis, Icterus, and Lipemia Interference: Establishing Rejection Thresholds on the Chemistry Line")], 2)],
            [cell("cB", [p("ValN", " ")], 2)],
        ]),
        table("T3", 3, [
            [cell("cB", [lbl("Program No.")]), cell("cB", [lbl("Contact Hours")]), cell("cB", [lbl("Format")])],
            [cell("cB", [p("ValN", "587-112-25")]), cell("cB", [p("ValN", "1.0")]), cell("cB", [p("ValN", "Live in-service, Room B-214")])],
        ]),
        p("Body", "The Laboratory Education Department of Riverbend Valley Medical Center is approved as a provider of "
                  "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. "
                  "This intermediate-level program is awarded 1.0 P.A.C.E.\u00ae contact hour. Employee ID: 0041187."),
        p("Sig", "Harriet Vanderslice, MS, MLS(ASCP)"),
        p("SigT", "Coordinator, Laboratory Education"),
        p("Foot", "Form LED-07  rev. 03/2024"),
    ])
    fodt_pdf(base, doc(st, body, border="0.8pt solid #23395d", padding="1.0cm", margin="1.3cm"))


# ---------------------------------------------------------------- zd13 regional society Spring Symposium
@cert("zd13", style="state-society", producer=P,
      layout=["portrait", "centred-award", "border", "format-line", "date-range", "signature-block",
              "credentials-after-name"],
      notes="'Spring Symposium' is a format line between 'attended the' and the symposium's "
            "theme, which is the title. Two-day range: gold is the last day. Program number "
            "has a label with a colon. Signers are distractors.",
      name="Thaddeus O. Grzybowski-Lamb",
      title="Bridging the Bench and the Bedside: Diagnostic Excellence in a Changing Workforce",
      date="2025-04-11", credits=6.5, unit="contact hour",
      provider=["Allegheny Ridge Society for Clinical Laboratory Science", "ARSCLS"],
      activity_id="332-208-25")
def zd13(base):
    st = "".join([
        pstyle("Org", 15, "URW Bookman", "center", color="#4a2c0f", before="0.3cm", after="0cm"),
        pstyle("Abbr", 11, "Liberation Sans", "center", color="#8a6a3a", after="0.8cm", ls="0.15cm"),
        pstyle("Head", 30, "URW Bookman", "center", bold=True, color="#4a2c0f", after="0.8cm"),
        pstyle("Lead", 12, "Liberation Serif", "center", italic=True, color="#444444", after="0.3cm"),
        pstyle("Name", 24, "Liberation Serif", "center", bold=True, after="0.5cm"),
        pstyle("Fmt", 16, "URW Bookman", "center", color="#8a6a3a", before="0.2cm", after="0.2cm", caps=True),
        pstyle("Title", 17, "Liberation Serif", "center", bold=True, italic=True, after="0.3cm"),
        pstyle("Where", 11.5, "Liberation Serif", "center", after="0.7cm"),
        pstyle("Award", 13, "Liberation Serif", "center", after="0.1cm"),
        pstyle("Small", 8.5, "Liberation Sans", "center", color="#555555", before="0.8cm"),
        pstyle("Sg", 10, "Liberation Serif", "center", after="0cm"),
        pstyle("SgT", 8.5, "Liberation Sans", "center", color="#555555"),
        tstyle("S", 16, [7, 2, 7], cellstyle("sL", "none") + cellstyle("sT", "none", "none") +
               '<style:style style:name="sLine" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border-left="none" fo:border-right="none" fo:border-bottom="none" fo:border-top="0.6pt solid #000000"/></style:style>'),
    ])
    body = "".join([
        p("Org", "Allegheny Ridge Society for Clinical Laboratory Science"),
        p("Abbr", "ARSCLS"),
        p("Head", "Certificate of Attendance"),
        p("Lead", "This is to certify that"),
        p("Name", "Thaddeus O. Grzybowski-Lamb, MT(ASCP)"),
        p("Lead", "attended the"),
        p("Fmt", "Spring Symposium"),
        p("Title", "Bridging the Bench and the Bedside: Diagnostic Excellence in a Changing Workforce"),
        p("Where", "April 10\u201311, 2025  \u00b7  Harmon Lodge Conference Center, Laurel Gap, Pennsylvania"),
        p("Award", "and is awarded 6.5 P.A.C.E.\u00ae contact hours"),
        p("Award", "P.A.C.E.\u00ae Program Number: 332-208-25"),
        p("Small", "ARSCLS is approved as a provider of continuing education programs in the clinical laboratory sciences "
                   "by the ASCLS P.A.C.E.\u00ae Program."),
        p("Lead", " "),
        table("S", 3, [
            [cell("sLine", [p("Sg", "Marguerite Oyelaran-Fitch, MLS(ASCP)"), p("SgT", "President, ARSCLS")]),
             cell("sT", [p("Sg", " ")]),
             cell("sLine", [p("Sg", "Evander Kowalczyk, MS, MT(ASCP)"), p("SgT", "Symposium Education Chair")])],
        ]),
    ])
    fodt_pdf(base, doc(st, body, border="4pt double #8a6a3a", padding="0.8cm", margin="1.2cm"))


# ---------------------------------------------------------------- zd27 NSH letter
@cert("zd27", style="NSH", producer=P,
      layout=["portrait", "letter-style", "left-aligned", "format-line", "course-word-in-title",
              "accented-name", "program-no-without-colon", "signature-block"],
      notes="Verification letter. The letter date (June 30) is an issue date; the completion "
            "date is labelled. 'Recorded Webinar' is a format line above the title; 'Safety' "
            "is part of the real title. 'Program No. 145-233-25' has no colon. Member number is a distractor.",
      name="Ingrid Solveig Haraldsdóttir",
      title="Formalin Safety in the Histology Laboratory: Exposure Monitoring, Spill Response, "
            "and OSHA Compliance",
      date="2025-06-26", credits=1.0, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"],
      activity_id="145-233-25")
def zd27(base):
    st = "".join([
        pstyle("LH", 18, "DejaVu Serif", bold=True, color="#5b1f5e", after="0cm"),
        pstyle("LH2", 9, "DejaVu Sans", color="#666666", after="0.1cm"),
        pstyle("LHr", 4, "DejaVu Sans", after="0.8cm", extra='fo:border-bottom="1.2pt solid #5b1f5e" fo:padding-bottom="0.05cm"'),
        pstyle("B", 11, "DejaVu Serif", "justify", after="0.35cm"),
        pstyle("Fmt", 10, "DejaVu Sans", bold=True, color="#5b1f5e", before="0.2cm", after="0.1cm", ls="0.05cm",
               extra='fo:margin-left="1.2cm"'),
        pstyle("Ttl", 12.5, "DejaVu Serif", bold=True, after="0.15cm", extra='fo:margin-left="1.2cm" fo:margin-right="1.5cm"'),
        pstyle("Ind", 11, "DejaVu Serif", after="0.08cm", extra='fo:margin-left="1.2cm"'),
        pstyle("Gap", 11, "DejaVu Serif", after="0.3cm"),
        pstyle("Sig", 11, "DejaVu Serif", before="1.2cm", after="0cm"),
        pstyle("SigT", 9.5, "DejaVu Sans", color="#555555"),
        pstyle("Ft", 7.5, "DejaVu Sans", "center", color="#888888", before="2.5cm"),
    ])
    body = "".join([
        p("LH", "National Society for Histotechnology"),
        p("LH2", "NSH  \u2022  Education Department  \u2022  education@nsh-members.org"),
        p("LHr", ""),
        p("B", "June 30, 2025"),
        p("B", "Re: Continuing education verification \u2013 Member No. 208814"),
        p("B", "To whom it may concern:"),
        p("B", "This letter verifies that Ingrid Solveig Haraldsdóttir, HT(ASCP) completed the following NSH educational activity:"),
        p("Fmt", "RECORDED WEBINAR"),
        p("Ttl", "Formalin Safety in the Histology Laboratory: Exposure Monitoring, Spill Response, and OSHA Compliance"),
        p("Ind", "Date completed: June 26, 2025"),
        p("Ind", "Program No. 145-233-25"),
        p("Ind", "Contact hours awarded: 1.0"),
        p("Gap", " "),
        p("B", "The National Society for Histotechnology is approved as a provider of continuing education programs in the "
               "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Please retain this letter as documentation "
               "for certification maintenance and state licensure renewal."),
        p("Sig", "Sincerely,"),
        p("Sig", "Maribel Quintanilla-Hart, HTL(ASCP)QIHC"),
        p("SigT", "Education Manager, National Society for Histotechnology"),
        p("Ft", "This letter was generated electronically and is valid without a signature."),
    ])
    fodt_pdf(base, doc(st, body, margin="2.2cm"))


# ---------------------------------------------------------------- zd35 university CEU
@cert("zd35", style="university-CEU", producer=P,
      layout=["landscape", "centred-award", "all-caps-name", "small-table", "department-provider",
              "date-range", "border"],
      notes="Name in capitals as printed. Small table: Course No. | Course Dates | CEUs Awarded. "
            "Credits are CEUs (1.2 CEU = 12 points). The IACET-style sentence mentioning "
            "'ten contact hours' is explanatory. Issue date and student ID are distractors.",
      name="ADAOBI NWACHUKWU-FERREIRA",
      title="Clinical Laboratory Management: Budgeting, Staffing, and Regulatory Compliance",
      date="2025-12-02", credits=1.2, unit="CEU",
      provider=["Marrowgate University", "Marrowgate University, Division of Extended Studies"],
      activity_id="CLM-603")
def zd35(base):
    st = "".join([
        pstyle("Org", 22, "P052", "center", bold=True, color="#0e3b2e", before="0.1cm", after="0cm"),
        pstyle("Div", 12, "P052", "center", italic=True, color="#0e3b2e", after="0.5cm"),
        pstyle("Head", 34, "P052", "center", color="#000000", before="0.3cm", after="0.6cm", caps=True),
        pstyle("Gap", 10, "P052", "center", after="1.6cm"),
        pstyle("Lead", 12, "P052", "center", italic=True, after="0.2cm"),
        pstyle("Name", 24, "Liberation Serif", "center", bold=True, after="0.45cm", ls="0.05cm"),
        pstyle("Title", 19, "P052", "center", bold=True, after="0.7cm"),
        pstyle("TH", 9, "Liberation Sans", "center", color="#555555", after="0.05cm"),
        pstyle("TD", 12, "Liberation Serif", "center", after="0.05cm"),
        pstyle("Small", 8.5, "Liberation Sans", "center", color="#555555", before="0.8cm", after="0.1cm"),
        pstyle("Sg", 10, "P052", "center", after="0cm"),
        pstyle("SgT", 8.5, "Liberation Sans", "center", color="#555555"),
        tstyle("T", 18, [4.5, 8.5, 5.0], cellstyle("h", "0.6pt solid #0e3b2e", pad="0.08cm") + cellstyle("d", "none", pad="0.1cm")),
        tstyle("S", 22, [8, 6, 8], '<style:style style:name="sLine" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border-left="none" fo:border-right="none" fo:border-bottom="none" fo:border-top="0.6pt solid #000000"/></style:style>'
               + cellstyle("sN", "none")),
    ])
    body = "".join([
        p("Org", "Marrowgate University"),
        p("Div", "Division of Extended Studies"),
        p("Head", "Certificate of Completion"),
        p("Lead", "This certifies that"),
        p("Name", "ADAOBI NWACHUKWU-FERREIRA"),
        p("Lead", "has satisfactorily completed the non-credit professional development course"),
        p("Title", "Clinical Laboratory Management: Budgeting, Staffing, and Regulatory Compliance"),
        table("T", 3, [
            [cell("h", [p("TH", "Course No.")]), cell("h", [p("TH", "Course Dates")]), cell("h", [p("TH", "CEUs Awarded")])],
            [cell("d", [p("TD", "CLM-603")]), cell("d", [p("TD", "September 9 \u2013 December 2, 2025")]), cell("d", [p("TD", "1.2")])],
        ]),
        p("Small", "One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized "
                   "continuing education experience under responsible sponsorship, capable direction, and qualified instruction.  "
                   "Date of issue: December 15, 2025  \u00b7  Student ID M0092214"),
        p("Gap", " "),
        table("S", 3, [[cell("sLine", [p("Sg", "Cordelia Ashworth-Nunez, EdD"), p("SgT", "Dean, Division of Extended Studies")]),
                        cell("sN", [p("Sg", " ")]),
                        cell("sLine", [p("Sg", "Rafael Ubiñas, MS, MLS(ASCP)CM"), p("SgT", "Program Director, Laboratory Leadership")])]]),
    ])
    fodt_pdf(base, doc(st, body, landscape=True, border="3pt solid #0e3b2e", padding="0.6cm", margin="1.1cm"))
