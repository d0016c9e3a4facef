"""Certificates laid out with ReportLab Platypus (flowables, tables, page callbacks)."""
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether

from engines import platypus_pdf
from gold import cert

P = "reportlab-platypus"


def S(name, font="LibSerif", size=11, align=TA_LEFT, color=black, lead=None, before=0, after=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, alignment=align,
                          textColor=color, spaceBefore=before, spaceAfter=after, **kw)


def sig_table(sigs, colw=200, gap=60, font="LibSerif", rfont="LibSans-Italic"):
    n = S("sn", font, 10.5, TA_CENTER)
    r = S("sr", rfont, 8.5, TA_CENTER, HexColor("#555555"))
    cells, widths = [], []
    for i, (nm, role) in enumerate(sigs):
        if i:
            cells.append("")
            widths.append(gap)
        cells.append([Paragraph(nm, n), Paragraph(role, r)])
        widths.append(colw)
    t = Table([cells], colWidths=widths)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i in range(0, len(cells), 2):
        st.append(("LINEABOVE", (i, 0), (i, 0), 0.6, black))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- zd03 CAP
@cert("zd03", style="CAP", producer=P,
      layout=["portrait", "two-column-label-value", "credit-table", "multiple-credit-types",
              "claimed-vs-maximum", "honorific-and-credentials", "long-title-wrap+labelled-line"],
      notes="'Dr.' and trailing credentials dropped. Label/value table: the long title wraps and is "
            "followed by 'Activity Number:'. Activity type 'Enduring Material' is in its own row. Credit "
            "table lists maximum and claimed for AMA PRA, laboratory CE hours and ABPath SAM; gold is the "
            "claimed laboratory CE figure (1.75). Customer number and print date are distractors.",
      name="Kofi Mensah-Lindahl",
      title="Quality Management in Anatomic Pathology: Frozen Section Correlation and Turnaround Monitoring",
      date="2025-04-22", credits=1.75, unit="CE hour",
      provider=["College of American Pathologists", "CAP"],
      activity_id="AP2541-E")
def zd03(base):
    navy = HexColor("#0b3d6e")

    def story(doc):
        lab = S("lab", "DejaSans-Bold", 9.5, color=HexColor("#555555"))
        val = S("val", "DejaSerif", 11.5, lead=15)
        out = []
        hdr = Table([[Paragraph("CAP", S("logo", "DejaSans-Bold", 24, TA_CENTER, white, lead=28)),
                      [Paragraph("College of American Pathologists", S("o", "DejaSerif-Bold", 17, color=navy)),
                       Paragraph("Learning Transcript Services", S("o2", "DejaSans", 9.5, color=HexColor("#666666")))]]],
                    colWidths=[70, 430], rowHeights=[56])
        hdr.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), navy), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (1, 0), (1, 0), 14), ("LINEBELOW", (0, 0), (-1, 0), 2, navy)]))
        out += [hdr, Spacer(1, 30),
                Paragraph("Certificate of Participation", S("h", "DejaSerif", 24, TA_LEFT, navy, after=18)),
                Paragraph("This certifies that", S("l", "DejaSerif-Italic", 11, after=6)),
                Paragraph("Dr. Kofi Mensah-Lindahl, PhD, HCLD(ABB)", S("n", "DejaSerif-Bold", 18, after=6)),
                Paragraph("has completed the following College of American Pathologists (CAP) education activity.",
                          S("l2", "DejaSerif-Italic", 11, after=16))]
        rows = [("Activity Title:", "Quality Management in Anatomic Pathology: Frozen Section Correlation and Turnaround Monitoring"),
                ("Activity Number:", "AP2541-E"),
                ("Activity Type:", "Enduring Material"),
                ("Date Completed:", "04/22/2025")]
        t = Table([[Paragraph(a, lab), Paragraph(b, val)] for a, b in rows], colWidths=[120, 380])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor("#cccccc"))]))
        out += [t, Spacer(1, 22), Paragraph("Credit Summary", S("cs", "DejaSans-Bold", 11, color=navy, after=6))]
        th = S("th", "DejaSans-Bold", 9)
        td = S("td", "DejaSans", 9.5)
        tc = S("tc", "DejaSans", 9.5, TA_CENTER)
        cr = [[Paragraph("Credit Type", th), Paragraph("Maximum", th), Paragraph("Claimed", th)],
              [Paragraph("<i>AMA PRA Category 1 Credits</i>\u2122", td), Paragraph("2.00", tc), Paragraph("1.75", tc)],
              [Paragraph("CE hours for laboratory professionals (continuing education)", td), Paragraph("2.00", tc), Paragraph("1.75", tc)],
              [Paragraph("ABPath Continuing Certification Self-Assessment Module (SAM) credit", td), Paragraph("2.00", tc), Paragraph("1.75", tc)]]
        t2 = Table(cr, colWidths=[330, 85, 85])
        t2.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), HexColor("#e3ebf3")), ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9aaabb")),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        out += [t2, Spacer(1, 18),
                Paragraph("The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical "
                          "Education (ACCME) to provide continuing medical education for physicians. The CAP designates this "
                          "enduring material for a maximum of 2.00 <i>AMA PRA Category 1 Credits</i>\u2122. Physicians should claim only "
                          "the credit commensurate with the extent of their participation in the activity. This activity is approved "
                          "for continuing education credit for laboratory professionals and meets the requirements of the ASCP Board "
                          "of Certification Credential Maintenance Program.", S("acc", "DejaSans", 8.5, TA_JUSTIFY, HexColor("#444444"), lead=11.5)),
                Spacer(1, 40),
                sig_table([("Rosalind Achterberg, MD, FCAP", "Chair, CAP Council on Education")], colw=230,
                          font="DejaSerif", rfont="DejaSans-Italic")]
        return out

    def on_page(c, doc):
        c.saveState()
        c.setFont("DejaSans", 7.5)
        c.setFillColor(HexColor("#888888"))
        c.drawString(54, 36, "CAP Customer #: 1048823")
        c.drawRightString(letter[0] - 54, 36, "Date printed: 05/02/2025")
        c.restoreState()
    platypus_pdf(base, letter, story, on_page, margins=(56, 56, 50, 60))


# ---------------------------------------------------------------- zd12 CLSI enduring material
@cert("zd12", style="CLSI", producer=P,
      layout=["landscape", "centred-award", "format-line", "border", "day-month-date", "particle-name"],
      notes="'Enduring Material' is a format line between 'for completing the' and the title. Date "
            "printed day-month-year ('5 August 2025'). Lower-case particle 'van der' kept as printed. "
            "'Course ID' is the id; transcript number is a distractor.",
      name="Henrike van der Merwe",
      title="Verifying Precision and Trueness with CLSI EP15: A Practical Walkthrough for Small Laboratories",
      date="2025-08-05", credits=1.5, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"],
      activity_id="ED-EP15-31")
def zd12(base):
    blue = HexColor("#15324b")
    W, H = landscape(letter)

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(HexColor("#eaf1f7"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(30, 30, W - 60, H - 60, stroke=0, fill=1)
        c.setStrokeColor(blue)
        c.setLineWidth(2)
        c.rect(30, 30, W - 60, H - 60)
        c.setStrokeColor(HexColor("#7fa7c9"))
        c.setLineWidth(0.7)
        c.rect(38, 38, W - 76, H - 76)
        c.setFont("LibSans", 7.5)
        c.setFillColor(HexColor("#777777"))
        c.drawString(50, 46, "Transcript No. CLSI-TR-55120")
        c.drawRightString(W - 50, 46, "clsi.org/education")
        c.restoreState()

    def story(doc):
        g = HexColor("#555555")
        return [Spacer(1, 24),
                Paragraph("CLSI", S("a", "LibSans-Bold", 30, TA_CENTER, blue, after=2)),
                Paragraph("Clinical and Laboratory Standards Institute", S("b", "LibSans", 12, TA_CENTER, HexColor("#4b6d8a"), after=16)),
                Paragraph("Certificate of Completion", S("c", "LibSerif", 36, TA_CENTER, blue, after=14)),
                Paragraph("presented to", S("d", "LibSerif-Italic", 13, TA_CENTER, g, after=6)),
                Paragraph("Henrike van der Merwe, MSc, MLS(ASCPi)", S("e", "LibSerif-Bold", 26, TA_CENTER, after=10)),
                Paragraph("for completing the", S("f", "LibSerif-Italic", 13, TA_CENTER, g, after=6)),
                Paragraph("Enduring Material", S("g", "LibSans-Bold", 12, TA_CENTER, HexColor("#4b6d8a"), after=4)),
                Paragraph("Verifying Precision and Trueness with CLSI EP15: A Practical Walkthrough for Small Laboratories",
                          S("h", "LibSerif-Bold", 20, TA_CENTER, blue, after=12, leftIndent=50, rightIndent=50)),
                Paragraph("Completion Date: 5 August 2025 &nbsp;&nbsp;|&nbsp;&nbsp; Course ID: ED-EP15-31 &nbsp;&nbsp;|&nbsp;&nbsp; "
                          "1.5 P.A.C.E.\u00ae contact hours", S("i", "LibSans", 11.5, TA_CENTER, after=14)),
                Paragraph("CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences "
                          "by the ASCLS P.A.C.E.\u00ae Program.", S("j", "LibSans", 8.5, TA_CENTER, g, after=60)),
                sig_table([("Corinne Delacroix-Abara, MT(ASCP)", "Vice President, Education and Training")], colw=240)]
    platypus_pdf(base, (W, H), story, on_page, margins=(60, 60, 52, 52))


# ---------------------------------------------------------------- zd16 joint-accreditation CME, two pages
@cert("zd16", style="joint-accreditation-CME", producer=P,
      layout=["portrait", "two-page", "multiple-credit-types", "credit-table", "accented-name",
              "provider-in-accreditation-statement", "faculty-page"],
      notes="Joint-accreditation certificate with AMA PRA (1.25), ANCC (1.25), ACPE (1.25) and "
            "ASCLS P.A.C.E. (1.5) figures; P.A.C.E. is gold. Vietnamese name with diacritics. Page 2 "
            "lists faculty (distractors) and accreditation statements. Claim date and certificate "
            "number are distractors.",
      name="Trần Ngọc Ánh",
      title="Measurable Residual Disease in Acute Myeloid Leukemia: Flow Cytometry, NGS, and What the "
            "Clinician Needs to Know",
      date="2025-11-13", credits=1.5, unit="contact hour",
      provider=["Meridian Clinical Education Partners"],
      activity_id="MCEP-25-1142")
def zd16(base):
    teal = HexColor("#0f5e63")

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, letter[1] - 14, letter[0], 14, stroke=0, fill=1)
        c.setFont("DejaSans", 7.5)
        c.setFillColor(HexColor("#888888"))
        c.drawString(54, 34, "Certificate No. MCEP-C-2025-338102")
        c.drawRightString(letter[0] - 54, 34, "Page %d of 2" % doc.page)
        c.restoreState()

    def story(doc):
        g = HexColor("#555555")
        out = [Paragraph("Meridian Clinical Education Partners", S("a", "DejaSerif-Bold", 19, color=teal)),
               Paragraph("Interprofessional Continuing Education", S("b", "DejaSans", 9.5, color=g, after=30)),
               Paragraph("Certificate of Participation", S("c", "DejaSerif", 25, after=18)),
               Paragraph("Trần Ngọc Ánh, MB(ASCP)<super>CM</super>", S("d", "DejaSerif-Bold", 19, after=6)),
               Paragraph("participated in the live webinar", S("e", "DejaSerif-Italic", 11, color=g, after=8)),
               Paragraph("Measurable Residual Disease in Acute Myeloid Leukemia: Flow Cytometry, NGS, and What the "
                         "Clinician Needs to Know", S("f", "DejaSerif-Bold", 15, lead=19, after=12)),
               Paragraph("<b>Date of Activity:</b> November 13, 2025", S("g", "DejaSans", 10.5, after=3)),
               Paragraph("<b>Activity ID:</b> MCEP-25-1142", S("h", "DejaSans", 10.5, after=3)),
               Paragraph("<b>Credit claimed on:</b> November 20, 2025", S("i", "DejaSans", 10.5, after=22))]
        th = S("th", "DejaSans-Bold", 9.5)
        td = S("td", "DejaSans", 9.5)
        tr = S("tr", "DejaSans", 9.5, TA_RIGHT)
        rows = [[Paragraph("Profession / credit type", th), Paragraph("Credits", S("thr", "DejaSans-Bold", 9.5, TA_RIGHT))],
                [Paragraph("Physicians \u2014 <i>AMA PRA Category 1 Credits</i>\u2122", td), Paragraph("1.25", tr)],
                [Paragraph("Nurses \u2014 ANCC contact hours", td), Paragraph("1.25", tr)],
                [Paragraph("Pharmacists \u2014 ACPE contact hours (knowledge-based)", td), Paragraph("1.25", tr)],
                [Paragraph("Laboratory professionals \u2014 ASCLS P.A.C.E.\u00ae contact hours", td), Paragraph("1.5", tr)]]
        t = Table(rows, colWidths=[400, 90])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#aaaaaa")),
                               ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e1efef"))]))
        out += [t, Spacer(1, 40),
                sig_table([("Beatrix Olmstead-Ng, MD", "Medical Director, Meridian Clinical Education Partners")],
                          colw=260, font="DejaSerif", rfont="DejaSans-Italic"),
                PageBreak(),
                Paragraph("Faculty", S("p1", "DejaSans-Bold", 13, color=teal, after=8)),
                Paragraph("Presented by Lucien Abernathy-Oyelaran, MD, PhD, Professor of Pathology, and "
                          "Farah Quddus-Wexler, PhD, Director, Clinical Flow Cytometry Laboratory.",
                          S("p2", "DejaSerif", 10.5, lead=14, after=18)),
                Paragraph("Accreditation", S("p3", "DejaSans-Bold", 13, color=teal, after=8))]
        acc = [
            "In support of improving patient care, Meridian Clinical Education Partners is jointly accredited by the "
            "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
            "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for "
            "the healthcare team.",
            "Meridian Clinical Education Partners designates this live activity for a maximum of 1.25 <i>AMA PRA Category 1 "
            "Credits</i>\u2122. Physicians should claim only the credit commensurate with the extent of their participation.",
            "Meridian Clinical Education Partners designates this activity for a maximum of 1.25 ANCC contact hours.",
            "Meridian Clinical Education Partners designates this knowledge-based activity for 1.25 contact hours of ACPE credit.",
            "Meridian Clinical Education Partners is approved as a provider of continuing education programs in the clinical "
            "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This activity is approved for 1.5 P.A.C.E.\u00ae contact hours.",
        ]
        for a in acc:
            out.append(Paragraph(a, S("pa", "DejaSerif", 10, TA_JUSTIFY, lead=13.5, after=9)))
        return out
    platypus_pdf(base, letter, story, on_page, margins=(54, 54, 60, 60))


# ---------------------------------------------------------------- zd25 MediaLab small table
@cert("zd25", style="MediaLab", producer=P,
      layout=["portrait", "centred-award", "small-table", "suffix-name", "credentials-after-name",
              "course-word-in-title", "border"],
      notes="Course facts in a small grid: a 'Course' header row with the title below it, then "
            "Course No. | Completed | Contact Hours headers with values below. 'Safety' is part of the title. Suffix III kept. Customer number "
            "is a distractor.",
      name="Winston Achebe-Morales III",
      title="Bloodborne Pathogens and Laboratory Safety: 2025 OSHA Compliance Update",
      date="2025-01-27", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"],
      activity_id="ML-2210")
def zd25(base):
    blue = HexColor("#005493")

    def on_page(c, doc):
        W, H = letter
        c.saveState()
        c.setStrokeColor(blue)
        c.setLineWidth(3)
        c.rect(28, 28, W - 56, H - 56)
        c.setLineWidth(0.8)
        c.rect(34, 34, W - 68, H - 68)
        c.setFont("LibSans", 7.5)
        c.setFillColor(HexColor("#888888"))
        c.drawCentredString(W / 2, 44, "Customer No. 60-118832  \u2022  Verify at medialabinc.net/verify  \u2022  Code 7QK2-PL9M")
        c.restoreState()

    def story(doc):
        g = HexColor("#555555")
        th = S("th", "LibSans-Bold", 8.5, TA_CENTER, white)
        td = S("td", "LibSerif", 10.5, TA_CENTER, lead=13)
        tl = S("tl", "LibSerif-Bold", 12, TA_CENTER, lead=15)
        t = Table([[Paragraph("Course", th), "", ""],
                   [Paragraph("Bloodborne Pathogens and Laboratory Safety: 2025 OSHA Compliance Update", tl), "", ""],
                   [Paragraph("Course No.", th), Paragraph("Completed", th), Paragraph("Contact Hours", th)],
                   [Paragraph("ML-2210", td), Paragraph("01/27/2025", td), Paragraph("1.0", td)]],
                  colWidths=[150, 150, 150])
        t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
                               ("BACKGROUND", (0, 0), (-1, 0), blue), ("BACKGROUND", (0, 2), (-1, 2), blue),
                               ("GRID", (0, 0), (-1, -1), 0.5, HexColor("#7f9fbf")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 1), (-1, 1), 8),
                               ("BOTTOMPADDING", (0, 1), (-1, 1), 8), ("TOPPADDING", (0, 3), (-1, 3), 6),
                               ("BOTTOMPADDING", (0, 3), (-1, 3), 6)]))
        return [Spacer(1, 10),
                Paragraph("MediaLab", S("a", "LibSans-Bold", 30, TA_CENTER, blue, after=2)),
                Paragraph("Online Compliance and Continuing Education", S("b", "LibSans", 10, TA_CENTER, g, after=34)),
                Paragraph("Certificate of Completion", S("c", "LibSerif", 32, TA_CENTER, after=24)),
                Paragraph("This is to certify that", S("d", "LibSerif-Italic", 13, TA_CENTER, g, after=8)),
                Paragraph("Winston Achebe-Morales III, MLS(ASCP)<super>CM</super>", S("e", "LibSerif-Bold", 22, TA_CENTER, after=10)),
                Paragraph("has successfully completed the following course:", S("f", "LibSerif-Italic", 13, TA_CENTER, g, after=16)),
                t, Spacer(1, 26),
                Paragraph("MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
                          "sciences by the ASCLS P.A.C.E.\u00ae Program. This course also satisfies annual OSHA bloodborne "
                          "pathogens training requirements when combined with site-specific instruction.",
                          S("g", "LibSans", 9, TA_CENTER, HexColor("#444444"), lead=12, after=50, leftIndent=30, rightIndent=30)),
                sig_table([("Annelise Brandvold, MT(ASCP)", "Director of Continuing Education")], colw=220)]
    platypus_pdf(base, letter, story, on_page, margins=(60, 60, 60, 60))


# ---------------------------------------------------------------- zd40 ASCLS own on-demand webinar
@cert("zd40", style="ASCLS", producer=P,
      layout=["portrait", "labels-above-values", "columns", "format-line", "course-word-in-title",
              "accented-name", "program-no-label"],
      notes="ASCLS's own activity (ASCLS is the provider). Labels above values in columns "
            "(Participant | Date of Completion; P.A.C.E. Program No. | Contact Hours | Level). 'On-Demand' "
            "is a format line between 'has completed the' and the title. 'Ethics' is part of the title. "
            "Member number is a distractor.",
      name="Tomás Aguilar-Benítez",
      title="Professional Ethics for the Laboratory Scientist: Navigating Dual Roles and Social Media",
      date="2025-03-12", credits=1.0, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"],
      activity_id="001-712-25")
def zd40(base):
    navy = HexColor("#003d7a")

    def on_page(c, doc):
        W, H = letter
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, H - 100, W, 100, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("LibSans-Bold", 30)
        c.drawString(54, H - 58, "ASCLS")
        c.setFont("LibSans", 11)
        c.drawString(54, H - 78, "American Society for Clinical Laboratory Science")
        c.setFont("LibSans", 7.5)
        c.setFillColor(HexColor("#888888"))
        c.drawString(54, 40, "ASCLS Member No. 2210448  \u00b7  Online Learning Center  \u00b7  Generated 03/12/2025")
        c.restoreState()

    def story(doc):
        lbl = S("lbl", "LibSans", 8.5, color=HexColor("#666666"))
        v = S("v", "LibSerif-Bold", 13.5)
        vn = S("vn", "LibSerif", 12.5)

        def cols(labels, values, widths, vs):
            t = Table([[Paragraph(x, lbl) for x in labels], [Paragraph(x, vs) for x in values]], colWidths=widths)
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, HexColor("#9fb3c8")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 5)]))
            return t
        return [Spacer(1, 70),
                Paragraph("Certificate of Completion", S("h", "LibSerif", 28, color=navy, after=26)),
                cols(["Participant", "Date of Completion"], ["Tomás Aguilar-Benítez, MLS(ASCP)<super>CM</super>", "March 12, 2025"],
                     [320, 180], v),
                Spacer(1, 26),
                Paragraph("has completed the", S("i", "LibSerif-Italic", 12, color=HexColor("#555555"), after=6)),
                Paragraph("On-Demand", S("j", "LibSans-Bold", 11, color=navy, after=4)),
                Paragraph("Professional Ethics for the Laboratory Scientist: Navigating Dual Roles and Social Media",
                          S("k", "LibSerif-Bold", 17, lead=21, after=26)),
                cols(["P.A.C.E.\u00ae Program No.", "Contact Hours", "Level"], ["001-712-25", "1.0", "Basic"], [200, 150, 150], vn),
                Spacer(1, 30),
                Paragraph("ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences "
                          "by the ASCLS P.A.C.E.\u00ae Program. Contact hours are awarded upon completion of the recorded "
                          "session and the post-assessment.", S("l", "LibSans", 9, TA_LEFT, HexColor("#444444"), lead=12, after=60)),
                sig_table([("Renata Osei-Kowalczyk, MS, MLS(ASCP)CM", "Director, Professional Development")], colw=240)]
    platypus_pdf(base, letter, story, on_page, margins=(54, 54, 70, 60))
