"""LibreOffice certificates: flat ODF (.fodt) zr02 zr11 zr26 zr32; Word-like .docx zr03 zr12 zr19 zr30 zr40."""
from registry import cert
from engines import libreoffice_fodt, libreoffice_docx
import fodt_kit as F
from fodt_kit import x
import docx_kit as D


# ================================================================ FODT
@cert("zr02", style="AABB", producer="libreoffice-fodt",
      layout=["portrait", "left-aligned-letter", "format-line", "long-title-wrap-then-date-label",
              "program-no-without-colon", "multiple-credit-types", "suffix-III", "credentials-after-name",
              "signature-block"],
      notes="Letter style. 'eCast' is a format line between the verb and the title. Letter date (June 3) is a "
            "distractor; CA BRN 1.8 contact hours (50-min hour) is a distractor; P.A.C.E. 1.5 is gold. "
            "Program No. without colon.",
      name="Theodore Okonkwo III",
      title="Antibody Identification When the Panel Does Not Fit: Warm Autoantibodies and Masked Alloantibodies",
      date="2025-05-28", credits=1.5, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="511-118-25")
def zr02(g, out):
    st = [F.pstyle("Logo", 30, True, "start", "Liberation Sans", "#b1122c"),
          F.pstyle("Org", 11, False, "start", "Liberation Sans", "#444444", after=0.05, border="1.5pt solid #b1122c"),
          F.pstyle("Date", 11, align="end", before=0.35, after=0.3),
          F.pstyle("H", 15, True, font="Liberation Sans", after=0.2),
          F.pstyle("B", 11.5, after=0.1, line_height="125%"),
          F.pstyle("Name", 15, True, before=0.05, after=0.12),
          F.pstyle("Fmt", 11, True, font="Liberation Sans", color="#b1122c", before=0.12, spacing="0.02in"),
          F.pstyle("T", 15, True, after=0.04, line_height="115%"),
          F.pstyle("L", 11.5, after=0.04),
          F.pstyle("Acc", 9.5, italic=True, color="#333333", before=0.25, line_height="120%"),
          F.pstyle("Sig", 20, font="Z003", before=0.3),
          F.pstyle("Foot", 8.5, font="Liberation Sans", color="#777777", before=1.0, align="center"),
          F.tstyle("Bd", bold=True)]
    body = "".join([
        F.P("Logo", "AABB"),
        F.P("Org", x("Association for the Advancement of Blood & Biotherapies")),
        F.P("Date", "June 3, 2025"),
        F.P("H", "Continuing Education Verification"),
        F.P("B", "To whom it may concern:"),
        F.P("B", "This letter verifies that"),
        F.P("Name", x(g["name"]) + ", MT(ASCP)SBB"),
        F.P("B", "participated in the following AABB educational program and met the requirements for credit:"),
        F.P("Fmt", "eCast"),
        F.P("T", x(g["title"])),
        F.P("L", "Date of completion: May 28, 2025"),
        F.P("L", "Program No. 511-118-25"),
        F.P("L", "Credit awarded: " + F.S("Bd", "1.5 P.A.C.E.® contact hours")),
        F.P("L", "California Board of Registered Nursing: 1.8 contact hours (50-minute hour; California nurses only)"),
        F.P("Acc", "AABB is approved as a provider of continuing education programs in the clinical laboratory "
                   "sciences by the ASCLS P.A.C.E.® Program. AABB is approved by the California Board of Registered "
                   "Nursing, Provider Number CEP 9982."),
        F.P("B", "<text:line-break/>Sincerely,"),
        F.P("Sig", "Lorraine Castellanos-Reid"),
        F.P("L", "Lorraine Castellanos-Reid, MS, MT(ASCP)SBB<text:line-break/>Senior Director, Education"),
        F.P("Foot", "AABB · Bethesda, Maryland · aabb.org · This verification was generated electronically."),
    ])
    libreoffice_fodt("zr02", F.document(st, body, margin="0.9in"), out)


@cert("zr11", style="ASM", producer="libreoffice-fodt",
      layout=["portrait", "centered-award", "border", "format-line", "long-title-wrap-then-date-label",
              "accented-name", "hyphenated-name", "credentials-after-name", "signature-block"],
      notes="'On-Demand Webinar' is a format line between 'has completed the' and the title. Long title wraps "
            "and is directly followed by 'Date of completion:'. Registration ID is a distractor.",
      name="Inès Moreau-Delacroix",
      title="Carbapenemase Detection in Enterobacterales: Phenotypic Methods, Molecular Assays, and Reporting Considerations",
      date="2025-01-23", credits=1.0, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"], activity_id="ASM-OD-2411")
def zr11(g, out):
    st = [F.pstyle("Org", 18, True, "center", "Liberation Sans", "#00557f"),
          F.pstyle("Ab", 11, False, "center", "Liberation Sans", "#00557f", spacing="0.08in", after=0.7),
          F.pstyle("H", 30, False, "center", "P052", "#00334d", after=0.55),
          F.pstyle("C", 12, align="center", after=0.08),
          F.pstyle("Name", 24, False, "center", "Z003", before=0.15, after=0.2),
          F.pstyle("Fmt", 12, True, "center", "Liberation Sans", "#00557f", before=0.1, after=0.05),
          F.pstyle("T", 17, True, "center", "P052", after=0.05, indent=0.3, line_height="120%"),
          F.pstyle("D", 12, align="center", after=0.5),
          F.pstyle("Cr", 13, True, "center", after=0.06),
          F.pstyle("Sm", 10, align="center", font="Liberation Sans", color="#444444"),
          F.pstyle("Acc", 9, align="center", font="Liberation Sans", color="#444444", before=0.35, indent=0.3),
          F.pstyle("Sig", 10, align="center", font="Liberation Sans", before=1.1),
          F.tstyle("Sup", sup=True)]
    body = "".join([
        F.P("Org", "American Society for Microbiology"),
        F.P("Ab", "ASM"),
        F.P("H", "Certificate of Completion"),
        F.P("C", "This certifies that"),
        F.P("Name", x(g["name"]) + ", M(ASCP)" + F.S("Sup", "CM")),
        F.P("C", "has completed the"),
        F.P("Fmt", "On-Demand Webinar"),
        F.P("T", x(g["title"])),
        F.P("D", "Date of completion: January 23, 2025"),
        F.P("Cr", "1.0 P.A.C.E.® contact hour"),
        F.P("Sm", "Program ID: ASM-OD-2411 &#160;&#160;|&#160;&#160; Registration ID: 7731-0045-AS"),
        F.P("Acc", "ASM is approved as a provider of continuing education programs in the clinical laboratory sciences "
                   "by the ASCLS P.A.C.E.® Program."),
        F.P("Sig", "______________________________<text:line-break/>Karin Lindgren-Moss, PhD<text:line-break/>"
                   "Director, Professional Development"),
    ])
    libreoffice_fodt("zr11", F.document(st, body, margin="0.5in", page_border="4pt double #00557f",
                                        padding="0.35in"), out)


@cert("zr26", style="AMT", producer="libreoffice-fodt",
      layout=["portrait", "all-caps-name", "hyphenated-name", "format-line", "two-column-label-value",
              "title-word-Safety", "credentials-after-name"],
      notes="ALL-CAPS name. 'Self-Study' is a format line on its own; 'Safety' is part of the real title. "
            "Post-test score, Member ID and print date are distractors.",
      name="DEANDRA WILLIAMS-OKAFOR",
      title="Phlebotomy Safety: Needlestick Prevention and Post-Exposure Response",
      date="2025-03-14", credits=1.5, unit="CE hour",
      provider=["American Medical Technologists", "AMT"], activity_id="AMT-SS-0912")
def zr26(g, out):
    st = [F.pstyle("Logo", 34, True, "center", "URW Gothic", "#14406b"),
          F.pstyle("Org", 13, False, "center", "URW Gothic", "#14406b", after=0.05),
          F.pstyle("Sub", 10, False, "center", "Liberation Sans", "#666666", after=0.8, border="0.75pt solid #14406b"),
          F.pstyle("H", 24, True, "center", "Liberation Serif", spacing="0.03in", after=0.6),
          F.pstyle("Name", 20, True, "center", "Liberation Serif", after=0.12),
          F.pstyle("C", 12, align="center", after=0.05),
          F.pstyle("Fmt", 11, True, "center", "Liberation Sans", "#8a5a00", before=0.08),
          F.pstyle("T", 17, True, "center", "Liberation Serif", "#14406b", after=0.6, indent=0.7),
          F.pstyle("Lab", 11, True, font="Liberation Sans", color="#14406b"),
          F.pstyle("Val", 11, font="Liberation Sans"),
          F.pstyle("Acc", 9, align="center", font="Liberation Sans", color="#555555", before=0.9, indent=0.3),
          F.pstyle("Foot", 8, align="center", font="Liberation Sans", color="#888888", before=1.0),
          F.table_styles("T1", [2.0, 2.6], cell_border="0.5pt solid #c0c8d0")]
    rows = [["Activity ID", "AMT-SS-0912"], ["Date completed", "03/14/2025"], ["CE Hours", "1.5"],
            ["Post-test score", "90%"], ["Member ID", "1184502"]]
    body = "".join([
        F.P("Logo", "AMT"),
        F.P("Org", "American Medical Technologists"),
        F.P("Sub", "Continuing Education Program"),
        F.P("H", "CERTIFICATE OF COMPLETION"),
        F.P("Name", x(g["name"]) + ", RPT(AMT)"),
        F.P("C", "has completed the"),
        F.P("Fmt", "Self-Study"),
        # explicit break so the line never splits inside "Post-Exposure"
        F.P("T", x(g["title"]).replace("and Post-Exposure", "and<text:line-break/>Post-Exposure")),
        F.table("T1", rows, ["Lab", "Val"]),
        F.P("Acc", "This activity is approved for continuing education credit by American Medical Technologists. "
                   "Retain this certificate with your Certification Continuation Program records."),
        F.P("Foot", "Printed 03/20/2025 · AMT · Rosemont, Illinois · americanmedtech.org"),
    ])
    libreoffice_fodt("zr26", F.document(st, body, margin="0.8in"), out)


@cert("zr32", style="university-CEU", producer="libreoffice-fodt",
      layout=["landscape", "centered-award", "border", "labels-above-values", "department-provider",
              "hyphenated-name", "signature-block", "CEU"],
      notes="University CEU certificate: 0.3 CEU -> points 3. Columns with labels above values "
            "(Course No. | Date Completed | CEUs). Date issued is a distractor. Provider is a university office.",
      name="Nkechi Obi-Lawson",
      title="Phlebotomy Refresher: Order of Draw and Specimen Integrity",
      date="2025-05-02", credits=0.3, unit="CEU",
      provider=["Pinecrest University", "Pinecrest University, Office of Continuing Education"],
      activity_id="CLS-CE 210")
def zr32(g, out):
    st = [F.pstyle("U", 26, False, "center", "C059", "#3b2b0b"),
          F.pstyle("Off", 12, False, "center", "Liberation Sans", "#6b5520", spacing="0.05in", after=0.25),
          F.pstyle("H", 28, True, "center", "C059", after=0.15),
          F.pstyle("C", 12, italic=True, align="center", after=0.05),
          F.pstyle("Name", 26, False, "center", "Z003", after=0.05),
          F.pstyle("T", 18, True, "center", "C059", after=0.25),
          F.pstyle("Lab", 9.5, True, "center", "Liberation Sans", "#6b5520"),
          F.pstyle("Val", 12.5, False, "center", "Liberation Serif"),
          F.pstyle("Iss", 9.5, align="center", font="Liberation Sans", color="#555555", before=0.18),
          F.pstyle("Sg", 10, align="center", font="Liberation Sans"),
          F.table_styles("T1", [2.3, 2.3, 2.3]),
          F.table_styles("T2", [3.4, 3.4], cell_pad="0.02in")]
    body = "".join([
        F.P("U", "Pinecrest University"),
        F.P("Off", "OFFICE OF CONTINUING EDUCATION"),
        F.P("H", "Certificate of Completion"),
        F.P("C", "is hereby awarded to"),
        F.P("Name", x(g["name"])),
        F.P("C", "for satisfactory completion of the continuing education course"),
        F.P("T", x(g["title"])),
        F.table("T1", [["COURSE NO.", "DATE COMPLETED", "CONTINUING EDUCATION UNITS"],
                       ["CLS-CE 210", "2 May 2025", "0.3 CEU"]],
                [["Lab"] * 3, ["Val"] * 3]),
        F.P("Iss", "Date issued: 15 May 2025 · One CEU equals ten contact hours of participation in an organized continuing education experience."),
        F.P("Iss", "<text:line-break/>"),
        F.table("T2", [["_____________________________<text:line-break/>Margaret Ellison-Tate, EdD<text:line-break/>Director, Office of Continuing Education",
                        "_____________________________<text:line-break/>Victor Amari, PhD, MLS(ASCP)<text:line-break/>Program Coordinator, Clinical Laboratory Science"]],
                ["Sg", "Sg"]),
    ])
    libreoffice_fodt("zr32", F.document(st, body, width="11in", height="8.5in", orientation="landscape",
                                        margin="0.4in", page_border="6pt double #8a6d2b", padding="0.3in"), out)


# ================================================================ DOCX
@cert("zr03", style="CAP", producer="docx-libreoffice",
      layout=["portrait", "two-column-label-value", "format-line", "multiple-credit-types",
              "maximum-vs-claimed", "title-word-Grossing", "credentials-after-name", "hyphenated-name"],
      notes="'Enduring Material' is a format line above the title; 'Grossing' is part of the title. "
            "Credit table: P.A.C.E. maximum 2.00 vs claimed 1.75 (gold 1.75); AMA PRA figures are distractors. "
            "Date claimed is a distractor.",
      name="Anneliese Varga-Thompson",
      title="Grossing the Whipple Specimen: A Stepwise Approach for Pathologists' Assistants",
      date="2025-08-19", credits=1.75, unit="contact hour",
      provider=["College of American Pathologists", "CAP"], activity_id="CAP-EM-25-1407")
def zr03(g, out):
    def build(path):
        d = D.new_doc(margin=0.8)
        navy = "0B3C5D"
        D.para(d, [("College of American Pathologists", {"size": 20, "bold": True, "color": navy, "font": "Liberation Sans"})])
        D.para(d, [("CAP Learning", {"size": 11, "color": "666666", "font": "Liberation Sans"})], after=18)
        D.para(d, [("Certificate of Completion", {"size": 26, "font": "C059"})], after=14)
        D.para(d, [("Enduring Material", {"size": 11, "bold": True, "color": "8C1D40", "font": "Liberation Sans", "spacing": 20})], after=4)
        D.para(d, [(g["title"], {"size": 16, "bold": True, "font": "C059"})], after=18)
        t = D.table(d, 5, 2, [2.1, 4.4])
        rows = [("Participant", g["name"] + ", PA(ASCP)CM"), ("Activity Number", "CAP-EM-25-1407"),
                ("Completion Date", "08/19/2025"), ("Date Claimed", "08/22/2025"),
                ("Learner ID", "CAP-L-0072219")]
        for i, (a, b) in enumerate(rows):
            D.cell_text(t.rows[i].cells[0], [(a, {"bold": True, "color": navy, "font": "Liberation Sans", "size": 10.5})])
            D.cell_text(t.rows[i].cells[1], [(b, {"size": 11.5})])
            for c in t.rows[i].cells:
                D.cell_borders(c, bottom=("single", 4, "BFBFBF"))
        D.para(d, [("Credit Summary", {"size": 12, "bold": True, "color": navy, "font": "Liberation Sans"})], align="left", before=18, after=4)
        t2 = D.table(d, 3, 3, [3.3, 1.6, 1.6])
        hdr = ["Credit Type", "Maximum Available", "Credits Claimed"]
        data = [["AMA PRA Category 1 Credit™", "2.00", "0.00"], ["ASCLS P.A.C.E.® contact hours", "2.00", "1.75"]]
        for j, h in enumerate(hdr):
            D.cell_text(t2.rows[0].cells[j], [(h, {"bold": True, "size": 10, "font": "Liberation Sans", "color": "FFFFFF"})], align="left" if j == 0 else "center")
            D.shade(t2.rows[0].cells[j], navy)
        for i, r in enumerate(data, start=1):
            for j, v in enumerate(r):
                D.cell_text(t2.rows[i].cells[j], [(v, {"size": 10.5})], align="left" if j == 0 else "center")
                D.cell_borders(t2.rows[i].cells[j], bottom=("single", 4, "BFBFBF"))
        D.para(d, [("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing "
                    "Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates "
                    "this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™. Physicians should claim only "
                    "the credit commensurate with the extent of their participation in the activity.",
                    {"size": 8.5, "color": "444444", "font": "Liberation Sans"})], align="justify", before=18, after=6)
        D.para(d, [("The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences "
                    "by the ASCLS P.A.C.E.® Program. This activity is approved for up to 2.00 P.A.C.E.® contact hours.",
                    {"size": 8.5, "color": "444444", "font": "Liberation Sans"})], align="justify", after=30)
        D.para(d, [("Renata Oyelaran-Hughes, MD, FCAP", {"size": 10.5, "font": "Liberation Sans"})], align="left")
        D.para(d, [("Chair, CAP Council on Education", {"size": 9.5, "color": "555555", "font": "Liberation Sans"})], align="left")
        d.save(path)
    libreoffice_docx("zr03", build, out)


@cert("zr12", style="CLSI", producer="docx-libreoffice",
      layout=["landscape", "labels-above-values", "table", "provider-name-with-and", "border", "signature-block"],
      notes="Labels above values in one table row pair (Participant | Date of Completion | Course Number | "
            "Contact Hours). Customer No. is a distractor.",
      name="Yusuf Al-Khatib",
      title="Verification of Quantitative Methods Using EP15: A Practical Walkthrough",
      date="2025-07-08", credits=1.5, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="EL-EP15-0725")
def zr12(g, out):
    def build(path):
        d = D.new_doc(landscape=True, margin=0.9)
        D.page_border(d, val="single", sz=24, color="00788A", space=20)
        teal = "00788A"
        D.para(d, [("CLSI", {"size": 36, "bold": True, "color": teal, "font": "Liberation Sans"})])
        D.para(d, [("Clinical and Laboratory Standards Institute", {"size": 13, "color": teal, "font": "Liberation Sans"})], after=20)
        D.para(d, [("Certificate of Completion", {"size": 28, "font": "P052"})], after=10)
        D.para(d, [("This certificate acknowledges successful completion of the eLearning course", {"size": 12, "italic": True})], after=6)
        D.para(d, [(g["title"], {"size": 18, "bold": True, "font": "P052"})], after=22)
        t = D.table(d, 2, 4, [3.0, 2.0, 2.0, 1.6])
        labels = ["Participant", "Date of Completion", "Course Number", "Contact Hours"]
        vals = [g["name"] + ", MLS(ASCP)CM", "07/08/2025", "EL-EP15-0725", "1.5"]
        for j in range(4):
            D.cell_text(t.rows[0].cells[j], [(labels[j], {"size": 9.5, "bold": True, "color": teal, "font": "Liberation Sans"})], align="center")
            D.cell_text(t.rows[1].cells[j], [(vals[j], {"size": 12.5})], align="center")
            D.cell_borders(t.rows[0].cells[j], bottom=("single", 6, teal))
        D.para(d, [("CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by "
                    "the ASCLS P.A.C.E.® Program.", {"size": 9, "color": "444444", "font": "Liberation Sans"})], before=22)
        D.para(d, [("Customer No. 100482771 · Certificate generated 07/09/2025 · clsi.org", {"size": 8.5, "color": "777777", "font": "Liberation Sans"})], before=4, after=24)
        D.para(d, [("Barbara Quinlan-Atwood, MT(ASCP)", {"size": 10.5, "font": "Liberation Sans"}),
                   ("\nDirector, Education and Training", {"size": 9.5, "color": "555555", "font": "Liberation Sans"})])
        d.save(path)
    libreoffice_docx("zr12", build, out)


@cert("zr19", style="ASCP", producer="docx-libreoffice",
      layout=["portrait", "labels-above-values", "provider-short-form-header", "multiple-credit-types",
              "credentials-after-name", "hyphenated-name"],
      notes="Header shows only 'ASCP'; the full name appears in the accreditation statement. Labels above values "
            "in two column rows. AMA PRA maximum 2.0 is a distractor; CMLE 2.0 is gold. Print date is a distractor.",
      name="Gwendolyn Adebayo-Marsh",
      title="Laboratory Management Essentials: Budgeting and Staffing for the Small Hospital Laboratory",
      date="2025-07-21", credits=2.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="LM-2507")
def zr19(g, out):
    def build(path):
        d = D.new_doc(margin=0.9)
        blue = "1F4E79"
        D.para(d, [("ASCP", {"size": 30, "bold": True, "color": blue, "font": "Liberation Sans"})], align="left")
        D.para(d, [("Certificate of Completion", {"size": 22, "font": "Liberation Sans", "color": "333333"})], align="left", before=24, after=26)
        def pair(l1, v1, l2, v2, widths=(3.6, 2.9)):
            t = D.table(d, 2, 2, list(widths), align="left")
            D.cell_text(t.rows[0].cells[0], [(l1, {"size": 9, "bold": True, "color": "7F7F7F", "font": "Liberation Sans"})])
            D.cell_text(t.rows[0].cells[1], [(l2, {"size": 9, "bold": True, "color": "7F7F7F", "font": "Liberation Sans"})])
            D.cell_text(t.rows[1].cells[0], [(v1, {"size": 13, "font": "Liberation Sans"})], after=12)
            D.cell_text(t.rows[1].cells[1], [(v2, {"size": 13, "font": "Liberation Sans"})], after=12)
        pair("PARTICIPANT", g["name"] + ", MBA, MLS(ASCP)CM", "DATE OF COMPLETION", "07/21/2025")
        t = D.table(d, 2, 1, [6.5], align="left")
        D.cell_text(t.rows[0].cells[0], [("COURSE TITLE", {"size": 9, "bold": True, "color": "7F7F7F", "font": "Liberation Sans"})])
        D.cell_text(t.rows[1].cells[0], [(g["title"], {"size": 13, "bold": True, "font": "Liberation Sans"})], after=12)
        pair("COURSE NUMBER", "LM-2507", "CMLE CREDITS", "2.0")
        D.para(d, [("The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for "
                    "Continuing Medical Education to provide continuing medical education for physicians. ASCP designates "
                    "this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits™. Physicians should claim only "
                    "the credit commensurate with the extent of their participation in the activity. This activity also "
                    "qualifies for 2.0 CMLE credits toward the ASCP Board of Certification Credential Maintenance Program.",
                    {"size": 8.5, "color": "444444", "font": "Liberation Sans"})], align="justify", before=30)
        D.para(d, [("Printed 08/02/2025 · Transcript ID T-55810294", {"size": 8, "color": "888888", "font": "Liberation Sans"})], align="left", before=40)
        d.save(path)
    libreoffice_docx("zr19", build, out)


@cert("zr30", style="public-health-lab", producer="docx-libreoffice",
      layout=["portrait", "centered-award", "border", "long-title-wrap-then-date-label", "department-provider",
              "format-in-verb-line", "date-range-distractor", "expiry-distractor", "signature-block"],
      notes="Two-day workshop; gold date is the printed 'Date of completion' (= last day). The long title wraps and "
            "is directly followed by the date label. Provider is a public health laboratory branch. "
            "'Valid through' date is a distractor.",
      name="Cornelius van der Berg",
      title="Sentinel Laboratory Rule-Out of Bacillus anthracis, Yersinia pestis and Francisella tularensis",
      date="2025-09-10", credits=12.0, unit="contact hour",
      provider=["Eastern Shore Regional Public Health Laboratory",
                "Eastern Shore Regional Public Health Laboratory, Laboratory Preparedness and Response Branch"],
      activity_id="ESPHL-LRN-0925")
def zr30(g, out):
    def build(path):
        d = D.new_doc(margin=1.0)
        D.page_border(d, val="thinThickSmallGap", sz=24, color="2F5233", space=24)
        green = "2F5233"
        D.para(d, [("Eastern Shore Regional Public Health Laboratory", {"size": 17, "bold": True, "color": green, "font": "Liberation Sans"})])
        D.para(d, [("Laboratory Preparedness and Response Branch", {"size": 11.5, "color": green, "font": "Liberation Sans"})], after=30)
        D.para(d, [("Certificate of Completion", {"size": 30, "font": "URW Bookman"})], after=20)
        D.para(d, [("presented to", {"size": 12, "italic": True})], after=6)
        D.para(d, [(g["name"] + ", MT(ASCP)", {"size": 22, "font": "URW Bookman"})], after=12)
        D.para(d, [("for successful completion of the hands-on wet workshop", {"size": 12, "italic": True})], after=8)
        tr = [("Sentinel Laboratory Rule-Out of ", {}), ("Bacillus anthracis", {"italic": True}), (", ", {}),
              ("Yersinia pestis", {"italic": True}), (" and ", {}), ("Francisella tularensis", {"italic": True})]
        D.para(d, [(t, dict(f, size=16, bold=True, font="Liberation Serif")) for t, f in tr], after=2)
        D.para(d, [("Date of completion: September 10, 2025", {"size": 12})], after=16)
        D.para(d, [("Workshop dates: September 9–10, 2025 · Course No. ESPHL-LRN-0925", {"size": 11})], after=4)
        D.para(d, [("Contact hours: 12.0", {"size": 13, "bold": True})], after=16)
        D.para(d, [("The Eastern Shore Regional Public Health Laboratory is approved as a provider of continuing education "
                    "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
                    {"size": 9, "color": "444444", "font": "Liberation Sans"})], after=6)
        D.para(d, [("Sentinel training acknowledgment valid through September 30, 2027.",
                    {"size": 9, "color": "444444", "font": "Liberation Sans"})], after=40)
        t = D.table(d, 1, 2, [3.2, 3.2])
        D.cell_text(t.rows[0].cells[0], [("______________________________\nDarnell Whitacre, PhD, HCLD(ABB)\nLaboratory Director", {"size": 9.5, "font": "Liberation Sans"})], align="center")
        D.cell_text(t.rows[0].cells[1], [("______________________________\nElise Montgomery-Tran, MPH, M(ASCP)\nTraining Coordinator", {"size": 9.5, "font": "Liberation Sans"})], align="center")
        d.save(path)
    libreoffice_docx("zr30", build, out)


@cert("zr40", style="hospital-inservice", producer="docx-libreoffice",
      layout=["landscape", "centered-award", "border", "department-provider", "title-word-Grossing",
              "title-word-Safety", "signature-block", "credentials-after-name"],
      notes="Hospital department in-service; 'Grossing Room Safety' is the actual course title. "
            "No activity number is printed (activity_id null); Employee No. is a distractor.",
      name="Marisol Quintero-Haas",
      title="Grossing Room Safety: Formalin Exposure Monitoring and Spill Response",
      date="2025-03-11", credits=1.0, unit="CE hour",
      provider=["Granite Falls University Hospital",
                "Granite Falls University Hospital, Department of Pathology and Laboratory Medicine"],
      activity_id=None)
def zr40(g, out):
    def build(path):
        d = D.new_doc(landscape=True, margin=0.8)
        D.page_border(d, val="single", sz=36, color="5B2C6F", space=18)
        pur = "5B2C6F"
        D.para(d, [("Granite Falls University Hospital", {"size": 22, "bold": True, "color": pur, "font": "C059"})])
        D.para(d, [("Department of Pathology and Laboratory Medicine", {"size": 12.5, "color": pur, "font": "Liberation Sans"})], after=22)
        D.para(d, [("CERTIFICATE OF ATTENDANCE", {"size": 26, "font": "Liberation Sans", "spacing": 30})], after=14)
        D.para(d, [("This is to certify that", {"size": 12})], after=4)
        D.para(d, [(g["name"] + ", HTL(ASCP)", {"size": 24, "font": "C059"})], after=6)
        D.para(d, [("attended the departmental in-service", {"size": 12})], after=6)
        D.para(d, [(g["title"], {"size": 17, "bold": True, "font": "C059"})], after=10)
        D.para(d, [("on March 11, 2025 and is awarded 1.0 CE hour", {"size": 12.5})], after=4)
        D.para(d, [("Employee No. 00731855", {"size": 10, "color": "555555", "font": "Liberation Sans"})], after=28)
        t = D.table(d, 1, 2, [4.0, 4.0])
        D.cell_text(t.rows[0].cells[0], [("_____________________________\nAlistair Grummond, MD\nMedical Director, Anatomic Pathology", {"size": 9.5, "font": "Liberation Sans"})], align="center")
        D.cell_text(t.rows[0].cells[1], [("_____________________________\nPriscilla Yeboah, MS, HTL(ASCP)QIHC\nHistology Education Coordinator", {"size": 9.5, "font": "Liberation Sans"})], align="center")
        d.save(path)
    libreoffice_docx("zr40", build, out)
