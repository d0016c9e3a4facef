"""zh28-zh32: python3-reportlab Platypus (SimpleDocTemplate, Paragraph, Table)."""
from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether)

from .common import cert, out_pdf
from .p_rlcanvas import fonts


def S(name, font="Helvetica", size=10, leading=None, align=TA_LEFT, color=colors.black, before=0, after=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, alignment=align,
                          textColor=color, spaceBefore=before, spaceAfter=after, **kw)


def doc(cid, pagesize=letter, margins=(0.75, 0.75, 0.8, 0.8), title="Certificate", on_page=None):
    t, b, l, r = (m * inch for m in margins)
    d = SimpleDocTemplate(out_pdf(cid), pagesize=pagesize, topMargin=t, bottomMargin=b, leftMargin=l, rightMargin=r,
                          title=title, author="", subject="")
    return d


# ---------------------------------------------------------------- zh28 CAP multi-module course
def build_zh28():
    blue = HexColor("#00558c")
    d = doc("zh28", margins=(0.7, 0.8, 0.85, 0.85), title="CAP Certificate of Course Completion")

    def deco(c, _d):
        c.saveState()
        c.setFillColor(blue)
        c.rect(0, letter[1] - 0.22 * inch, letter[0], 0.22 * inch, stroke=0, fill=1)
        c.setFont("Helvetica", 7)
        c.setFillColor(HexColor("#777777"))
        c.drawString(0.85 * inch, 0.5 * inch, "CAP Customer ID 5530127  ·  Transcript generated 06/04/2024")
        c.drawRightString(letter[0] - 0.85 * inch, 0.5 * inch, "Page 1 of 1")
        c.restoreState()

    story = [
        Paragraph("College of American Pathologists", S("h", "Times-Bold", 20, color=blue)),
        Paragraph("Learning Transcript Services", S("h2", size=9, color=HexColor("#555555"), after=18)),
        Paragraph("Certificate of Course Completion", S("k", "Helvetica-Bold", 15, after=14)),
        Paragraph("Dr. Ingrid Solberg, DLM(ASCP)", S("n", "Times-Bold", 18, after=4)),
        Paragraph("Solberg Histology Consulting · Participant since 2019", S("n2", size=8.5, color=HexColor("#666666"), after=14)),
        Paragraph("Quality Management in the Histology Laboratory: A Four-Part Series (Course QMH-400)",
                  S("t", "Times-Bold", 14, leading=18, color=blue, after=14)),
    ]
    rows = [["Module", "Topic", "Completed on", "Max CE hours", "CE hours claimed"],
            ["1", "Specimen tracking, labeling and chain of custody", "2024-04-02", "1.0", "1.0"],
            ["2", "Fixation and processing controls", "2024-04-19", "1.0", "1.0"],
            ["3", "Stain QC and slide review workflows", "2024-05-08", "1.0", "0.5"],
            ["4", "Nonconformance management and CAPA", "2024-05-30", "1.0", "1.0"],
            ["", "Series total", "", "4.0", "3.5"]]
    tb = Table(rows, colWidths=[0.65 * inch, 3.0 * inch, 1.05 * inch, 0.9 * inch, 1.1 * inch])
    tb.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#dce9f3")), ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9db6c9")),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story += [tb, Spacer(1, 14)]
    facts = Table([["Series completed:", "May 30, 2024"],
                   ["CE hours for laboratory professionals (claimed):", "3.5"],
                   ["AMA PRA Category 1 Credits\u2122 available to physicians:", "maximum 4.0 (not claimed)"]],
                  colWidths=[3.5 * inch, 3.2 * inch])
    facts.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica", 9.5), ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 9.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [facts, Spacer(1, 16),
              Paragraph("The CAP designates each module of this enduring material for a maximum of 1.0 AMA PRA Category 1 Credit\u2122. "
                        "Non-physician participants receive CE hours based on the portions of each module completed. A module is "
                        "recorded as complete only after its post-test is passed; the date of the final module is the series completion date.",
                        S("f", size=8, leading=10.5, align=TA_JUSTIFY, color=HexColor("#444444"))),
              Spacer(1, 60),
              Paragraph("_______________________________<br/>Lucinda Aberforth-Okoye, MD, FCAP<br/>Chair, Curriculum Committee",
                        S("sig", size=8.5, leading=11))]
    d.build(story, onFirstPage=deco)


# ---------------------------------------------------------------- zh29 ADLM verification letter with session list on page 2
def build_zh29():
    teal = HexColor("#0f5257")
    d = doc("zh29", margins=(0.8, 0.9, 1.0, 1.0), title="ADLM attendance verification")

    def first(c, _d):
        c.saveState()
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 26)
        c.drawString(1.0 * inch, letter[1] - 0.85 * inch, "ADLM")
        c.setFont("Helvetica", 9)
        c.drawString(2.15 * inch, letter[1] - 0.72 * inch, "Association for Diagnostics & Laboratory Medicine")
        c.drawString(2.15 * inch, letter[1] - 0.86 * inch, "Meetings & Education")
        c.setStrokeColor(teal)
        c.line(1.0 * inch, letter[1] - 1.0 * inch, letter[0] - 1.0 * inch, letter[1] - 1.0 * inch)
        c.setFont("Helvetica", 7)
        c.setFillColor(HexColor("#888888"))
        c.drawCentredString(letter[0] / 2, 0.5 * inch, "Page %d of 2" % c.getPageNumber())
        c.restoreState()

    body = S("b", "Times-Roman", 11, leading=15, align=TA_JUSTIFY, after=9)
    story = [Spacer(1, 0.35 * inch),
             Paragraph("April 22, 2025", S("d", "Times-Roman", 11, after=14)),
             Paragraph("D'Andre L. Baptiste, MLS(ASCP)<super>CM</super><br/>Core Laboratory, Fairhaven General Hospital<br/>"
                       "3140 Meridian Street<br/>Fairhaven", S("a", "Times-Roman", 11, leading=14, after=14)),
             Paragraph("<b>Subject: Continuing education verification — ADLM Spring Regional Conference 2025</b>", S("s", "Times-Roman", 11, after=12)),
             Paragraph("Dear D'Andre L. Baptiste,", S("g", "Times-Roman", 11, after=9)),
             Paragraph("Our records show that you attended the ADLM Spring Regional Conference 2025, held April 2–4, 2025. Based on the "
                       "session evaluations you submitted, you have claimed a total of <b>11.75 ACCENT® contact hours</b> for the conference. "
                       "The sessions that make up this total are listed on page 2.", body),
             Paragraph("ACCENT® is the continuing education credit program of the Association for Diagnostics & Laboratory Medicine. "
                       "ACCENT® credit is recognized by the ASCP Board of Certification and by state licensure agencies that accept "
                       "P.A.C.E.® or equivalent programs.", body),
             Paragraph("Please note that the conference offered up to 18.0 contact hours; only sessions with a completed evaluation "
                       "appear on your record. Your registration ID is 2025SRC-00877 and your badge number was 1219.", body),
             Paragraph("Sincerely,", S("c", "Times-Roman", 11, before=6, after=30)),
             Paragraph("Helga Marchetti-Dunn, MBA<br/>Senior Manager, Meetings Education", S("sg", "Times-Roman", 11, leading=14)),
             PageBreak(),
             Spacer(1, 0.3 * inch),
             Paragraph("Sessions claimed — ADLM Spring Regional Conference 2025", S("h", "Helvetica-Bold", 11, color=teal, after=10))]
    rows = [["Date", "Session", "Hours offered", "Hours claimed"],
            ["Apr 2", "Opening plenary: Diagnostics in the Age of Ambient AI", "1.0", "1.0"],
            ["Apr 2", "Troponin Pathways in the Emergency Department", "1.5", "1.5"],
            ["Apr 2", "Pediatric Reference Intervals: Building Your Own", "1.25", "1.25"],
            ["Apr 3", "Workshop: LC-MS/MS Method Transfer", "2.0", "2.0"],
            ["Apr 3", "Lab Stewardship Roundtable", "1.0", "1.0"],
            ["Apr 3", "Point-of-Care Glucose in Critically Ill Patients", "1.5", "1.5"],
            ["Apr 3", "Poster session (no CE)", "0.0", "0.0"],
            ["Apr 4", "Regulatory Update: LDTs and Beyond", "1.5", "1.5"],
            ["Apr 4", "Closing symposium: Sepsis Biomarkers", "2.0", "2.0"],
            ["", "Total", "11.75", "11.75"]]
    tb = Table(rows, colWidths=[0.7 * inch, 3.9 * inch, 0.95 * inch, 0.95 * inch])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.8),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.8), ("LINEBELOW", (0, 0), (-1, 0), 0.8, teal),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.8, teal), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, HexColor("#eef5f5")])]))
    small = S("sm", size=7.5, leading=9.5, align=TA_JUSTIFY, color=HexColor("#444444"), after=5)
    story += [tb, Spacer(1, 16),
              Paragraph("Hours offered above reflect only the sessions you attended; the conference program listed 18.0 hours in total.", small),
              Paragraph("This verification is issued once. Corrections must be requested within 90 days of the letter date. ADLM does "
                        "not report continuing education to certification agencies on your behalf; keep this letter for audit purposes.", small),
              Paragraph("Faculty disclosures were reviewed and any relevant financial relationships mitigated before the conference. "
                        "Exhibit hall activities and industry-sponsored satellite events do not carry ACCENT® credit.", small)]
    d.build(story, onFirstPage=first, onLaterPages=first)


# ---------------------------------------------------------------- zh30 public health lab, label/value table, issuer line only
def build_zh30():
    d = doc("zh30", margins=(0.9, 0.8, 1.0, 1.0), title="Certificate of Training")

    def deco(c, _d):
        c.saveState()
        c.setStrokeColor(HexColor("#2f4858"))
        c.setLineWidth(1.5)
        c.rect(0.55 * inch, 0.55 * inch, letter[0] - 1.1 * inch, letter[1] - 1.1 * inch)
        c.restoreState()

    story = [Paragraph("Certificate of Training", S("h", "Times-Bold", 26, align=TA_CENTER, after=4, color=HexColor("#2f4858"))),
             Paragraph("Dangerous goods shipping — laboratory personnel", S("h2", "Times-Italic", 12, align=TA_CENTER, after=24))]
    val = S("v", "Helvetica-Bold", 10.5, leading=13.5)
    lab = S("l", "Helvetica", 9.5, color=HexColor("#555555"))
    rows = [("Participant", "Mary-Kate Albrecht, MLT(ASCP)"),
            ("Course", "Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B"),
            ("Class No.", "25-031"),
            ("Date completed", "March 11, 2025"),
            ("Contact hours", "4.0 (P.A.C.E.®)"),
            ("Recertification due", "March 11, 2027"),
            ("Certificate serial", "CRPHL-25-0311-019"),
            ("Instructor", "Augustin Novak, MS, SM(ASCP) — IATA/DOT certified trainer")]
    tb = Table([[Paragraph(k, lab), Paragraph(v, val)] for k, v in rows], colWidths=[1.8 * inch, 4.3 * inch])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, HexColor("#b8c4cc")),
                            ("BACKGROUND", (0, 0), (0, -1), HexColor("#eef2f5")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [tb, Spacer(1, 18),
              Paragraph("The participant completed the classroom session and the practical packaging exercise and is trained to "
                        "classify, package, mark, label and document shipments of infectious substances by ground and air. "
                        "Shippers must be retrained at least every 24 months (IATA) or 36 months (DOT), whichever applies first.",
                        S("p", size=9, leading=12.5, align=TA_JUSTIFY, after=40)),
              Paragraph("_______________________________<br/>Augustin Novak, Instructor", S("s", size=9, leading=12)),
              Spacer(1, 70),
              Paragraph("Issued by Cascade Regional Public Health Laboratory (CRPHL), an approved provider of continuing education "
                        "programs in the clinical laboratory sciences through the ASCLS P.A.C.E.® Program.",
                        S("i", size=8, leading=10, align=TA_CENTER, color=HexColor("#555555")))]
    d.build(story, onFirstPage=deco)


# ---------------------------------------------------------------- zh31 NSH landscape, CEU, letter-spaced name
def build_zh31():
    fonts()
    W, H = landscape(letter)
    navy, rose = HexColor("#22304a"), HexColor("#b5485d")
    d = doc("zh31", pagesize=(W, H), margins=(0.9, 0.7, 1.0, 1.0), title="NSH Certificate")

    def deco(c, _d):
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, 0, 0.35 * inch, H, stroke=0, fill=1)
        c.rect(W - 0.35 * inch, 0, 0.35 * inch, H, stroke=0, fill=1)
        c.setFillColor(rose)
        c.rect(0.35 * inch, 0, 0.08 * inch, H, stroke=0, fill=1)
        c.rect(W - 0.43 * inch, 0, 0.08 * inch, H, stroke=0, fill=1)
        c.setFont("DV", 7)
        c.setFillColor(HexColor("#777777"))
        c.drawCentredString(W / 2, 0.45 * inch, "Webinar originally aired May 22, 2024 · Learner record 00-7781-24 · Keep for your CMP documentation")
        c.restoreState()

    cen = lambda n, f, s, col=navy, a=0, b=0, lead=None: S(n, f, s, leading=lead, align=TA_CENTER, color=col, after=a, before=b)
    story = [Paragraph("National Society for Histotechnology", cen("o", "DVS-B", 20, a=2)),
             Paragraph("NSH Learning Center", cen("o2", "DV", 9.5, rose, a=22)),
             Paragraph("Certificate of Continuing Education", cen("k", "DVS", 26, a=18)),
             Paragraph("T O B I A S &nbsp;&nbsp; L I N D Q V I S T", cen("n", "DV-B", 20, colors.black, a=3)),
             Paragraph("HTL(ASCP)QIHC", cen("c", "DV", 9, HexColor("#555555"), a=18)),
             Paragraph("On-Demand", cen("f", "DV-B", 9.5, rose, a=3)),
             Paragraph("Immunohistochemistry Antibody Validation: Applying the Updated Guideline Recommendations",
                       cen("t", "DVS-B", 15, a=20)),
             ]
    facts = Table([["Event", "Completed", "Continuing education"], ["24-WB-08", "August 14, 2024", "0.2 CEU"]],
                  colWidths=[2.2 * inch, 2.2 * inch, 2.2 * inch])
    facts.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DV", 8), ("TEXTCOLOR", (0, 0), (-1, 0), HexColor("#777777")),
                               ("FONT", (0, 1), (-1, 1), "DV-B", 12), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LINEABOVE", (0, 0), (-1, 0), 0.6, HexColor("#cccccc")),
                               ("LINEBELOW", (0, 1), (-1, 1), 0.6, HexColor("#cccccc"))]))
    story += [facts, Spacer(1, 14),
              Paragraph("NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
                        "P.A.C.E.® Program. Continuing Education Units are calculated at 0.1 CEU per 50-minute hour of instruction.",
                        cen("a", "DV", 8, HexColor("#444444"), lead=10.5))]
    d.build(story, onFirstPage=deco)


# ---------------------------------------------------------------- zh32 ASCLS annual meeting CE transcript
def build_zh32():
    d = doc("zh32", margins=(0.65, 0.7, 0.75, 0.75), title="ASCLS Annual Meeting CE Transcript")
    navy = HexColor("#142d5f")

    def deco(c, _d):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.setFillColor(HexColor("#777777"))
        c.drawString(0.75 * inch, 0.45 * inch, "Transcript generated 08/30/2024 14:02 · CE tracking system v4.2")
        c.drawRightString(letter[0] - 0.75 * inch, 0.45 * inch, "Page 1 of 1")
        c.restoreState()

    story = [Paragraph("American Society for Clinical Laboratory Science (ASCLS)", S("o", "Helvetica-Bold", 14, color=navy)),
             Paragraph("Continuing Education Transcript", S("o2", "Helvetica", 10, color=HexColor("#555555"), after=10)),
             Table([["2024 ASCLS Annual Meeting", "July 22–25, 2024"]], colWidths=[4.6 * inch, 2.4 * inch],
                   style=TableStyle([("FONT", (0, 0), (0, 0), "Times-Bold", 15), ("FONT", (1, 0), (1, 0), "Helvetica", 10),
                                     ("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                     ("LINEBELOW", (0, 0), (-1, 0), 1.2, navy), ("LEFTPADDING", (0, 0), (0, 0), 0)])),
             Spacer(1, 8)]
    who = Table([["Name", "Winston E. Carrington II, MLS(ASCP)CM", "Member #", "1102937"],
                 ["Employer", "Sandhill Valley Health System", "Registration type", "Full meeting"]],
                colWidths=[0.9 * inch, 3.1 * inch, 1.3 * inch, 1.7 * inch])
    who.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (1, 0), (1, 0), "Helvetica-Bold", 9.5),
                             ("TEXTCOLOR", (0, 0), (0, -1), HexColor("#666666")), ("TEXTCOLOR", (2, 0), (2, -1), HexColor("#666666")),
                             ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    story += [who, Spacer(1, 12)]
    sess = [("07/22/2024", "Pre-meeting workshop: Competency Assessment That Works", "3.0", "3.0"),
            ("07/23/2024", "Opening keynote: Laboratory Professionals as Diagnostic Partners", "1.0", "1.0"),
            ("07/23/2024", "Hemostasis Testing in Patients on Direct Oral Anticoagulants", "1.5", "1.5"),
            ("07/23/2024", "Educators' Forum: Clinical Rotations Under Staffing Pressure", "1.5", "0.0"),
            ("07/24/2024", "Antimicrobial Resistance Surveillance in Community Hospitals", "1.5", "1.5"),
            ("07/24/2024", "Urinalysis Automation: Digital Sediment Review", "1.0", "1.0"),
            ("07/24/2024", "Government Affairs Update", "1.0", "1.0"),
            ("07/25/2024", "Transfusion Medicine Case Challenge", "1.5", "1.5"),
            ("07/25/2024", "Closing general session: The Next Decade of the Profession", "1.0", "1.0"),
            ("07/25/2024", "Student Bowl finals (no CE)", "0.0", "0.0"),
            ("07/25/2024", "Molecular Oncology Testing Essentials", "1.0", "1.0")]
    small = S("cell", size=8.5, leading=10.5)
    rows = [["Date", "Session title", "Hours available", "Hours claimed"]]
    rows += [[a, Paragraph(b, small), c, e] for a, b, c, e in sess]
    rows += [["", "Total P.A.C.E.® contact hours", "14.0", "12.5"]]
    tb = Table(rows, colWidths=[0.9 * inch, 4.1 * inch, 1.0 * inch, 1.0 * inch], repeatRows=1)
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9), ("BACKGROUND", (0, 0), (-1, 0), HexColor("#dfe6f2")),
                            ("GRID", (0, 0), (-1, -1), 0.3, HexColor("#aab6cc")), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tb, Spacer(1, 12),
              Paragraph("<b>Total contact hours claimed: 12.5</b> (of 14.0 available for the sessions listed)", S("t", size=10.5, after=10)),
              Paragraph("ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                        "ASCLS P.A.C.E.® Program. Hours are claimed by the attendee through the session evaluation; sessions marked 0.0 were "
                        "registered but not claimed.", S("f", size=8, leading=10.5, align=TA_JUSTIFY, color=HexColor("#444444")))]
    d.build(story, onFirstPage=deco)


CERTS = [
    cert("zh28", "CAP", "reportlab-platypus",
         ["series-session-table", "session-table", "label-value", "provider-logo-heading", "name-honorific",
          "name-credentials", "multi-date", "multi-credit", "max-vs-claimed", "id-parens", "distractor-ids", "signature", "footer"],
         "Four-module table with max vs claimed CE hours (4.0 / 3.5) and module dates; explicit 'Series completed' date; course number in parentheses after the title; AMA PRA maximum 4.0 distractor; customer ID.",
         "Ingrid Solberg", "Quality Management in the Histology Laboratory: A Four-Part Series",
         "2024-05-30", 3.5, "CE hour", ["College of American Pathologists", "CAP"], "QMH-400", build_zh28),
    cert("zh29", "ADLM", "reportlab-platypus",
         ["letter", "session-table", "page2-smallprint", "provider-logo-heading", "name-apostrophe", "name-credentials",
          "date-range", "multi-date", "multi-credit", "id-none", "distractor-ids", "signature"],
         "Two-page verification letter for a conference (title = conference name), 11.75 ACCENT contact hours claimed of 18.0 offered; registration ID and badge number; sessions on page 2.",
         "D'Andre L. Baptiste", "ADLM Spring Regional Conference 2025",
         "2025-04-04", 11.75, "contact hour", ["Association for Diagnostics & Laboratory Medicine", "ADLM"], None, build_zh29),
    cert("zh30", "public-health-lab", "reportlab-platypus",
         ["label-value-certificate", "label-value", "provider-issuer-line", "wrapped-title", "name-hyphen",
          "name-credentials", "multi-date", "id-no-colon", "distractor-ids", "signature"],
         "Label/value grid with the title wrapping inside its cell; recertification-due date as distractor; provider only in the bottom 'Issued by' sentence.",
         "Mary-Kate Albrecht",
         "Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B",
         "2025-03-11", 4.0, "contact hour", ["Cascade Regional Public Health Laboratory", "CRPHL"], "25-031", build_zh30),
    cert("zh31", "NSH", "reportlab-platypus",
         ["banner-landscape", "landscape", "labels-above", "format-line", "name-caps", "name-letterspaced",
          "name-credentials", "multi-date", "id-no-colon", "distractor-ids", "footer"],
         "Landscape; letter-spaced ALL-CAPS name with credentials on the next line; On-Demand above title; 0.2 CEU (points 2); original air date in footer.",
         "TOBIAS LINDQVIST", "Immunohistochemistry Antibody Validation: Applying the Updated Guideline Recommendations",
         "2024-08-14", 0.2, "CEU", ["National Society for Histotechnology", "NSH"], "24-WB-08", build_zh31),
    cert("zh32", "ASCLS", "reportlab-platypus",
         ["meeting-ce-record", "session-table", "name-suffix", "name-credentials", "date-range", "multi-date",
          "max-vs-claimed", "id-none", "distractor-ids", "footer"],
         "Annual-meeting CE transcript, 11 sessions with available vs claimed hours (14.0 / 12.5); meeting name is the title; member number and generated date distractors.",
         "Winston E. Carrington II", "2024 ASCLS Annual Meeting",
         "2024-07-25", 12.5, "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"], None, build_zh32),
]
