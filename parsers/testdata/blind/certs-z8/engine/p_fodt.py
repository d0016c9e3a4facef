"""zh06-zh09: hand-written flat ODF (.fodt) converted by LibreOffice."""
import os

from .common import cert, soffice_pdf, write, SRC
from .fodt import Fodt, esc


def _convert(cid, doc, body):
    src = write(os.path.join(SRC, cid + ".fodt"), doc.render(body))
    soffice_pdf(cid, src)


# ---------------------------------------------------------------- zh06 hospital in-service, mail-merged certificate
def build_zh06():
    d = Fodt(margin=("0.55in", "0.5in", "0.6in", "0.6in"), page_border="4.5pt double #2e5d4b", page_padding="0.35in",
             default_font="Liberation Serif")
    d.pstyle("Hosp", size=20, bold=True, color="#2e5d4b", font="Liberation Sans", before="0.1in")
    d.pstyle("Dept", size=11.5, color="#2e5d4b", font="Liberation Sans")
    d.pstyle("Prog", size=9.5, italic=True, color="#555555", after="0.35in", border_bottom="0.75pt solid #2e5d4b")
    d.pstyle("Kind", size=26, font="URW Bookman", letter="0.04in", after="0.25in", before="0.1in")
    d.pstyle("Lead", size=11.5, italic=True, after="0.08in")
    d.pstyle("Name", size=24, bold=True, font="Z003", after="0.1in")
    d.pstyle("Title", size=15, bold=True, before="0.06in", after="0.3in", margin_left="0.3in", margin_right="0.3in")
    d.pstyle("Cell", align="start", size=10.5, font="Liberation Sans")
    d.pstyle("CellR", align="end", size=10.5, font="Liberation Sans")
    d.pstyle("Note", align="justify", size=8.5, font="Liberation Sans", before="0.3in", color="#333333")
    d.pstyle("Spacer", size=8, before="0.45in")
    d.pstyle("Foot", size=7, font="Liberation Sans", color="#777777")
    d.tstyle("cred", size=11, bold=False, font="Liberation Serif")
    d.table_styles("Facts", [3.3, 3.3], border="none", padding="0.03in")
    d.table_styles("Sig", [3.1, 0.5, 3.0], border="none", padding="0.02in")
    d.footer = d.p("Foot", "Mail-merge batch LAB-IS-2024-05 · printed 05/29/2024 · Retain this certificate for four years for Florida license renewal audits.")
    facts = d.table("Facts", 2, [
        [("Cell", "Date of in-service: May 22, 2024"), ("CellR", "Contact hours: 1.0")],
        [("Cell", "Course No. 20-884213"), ("CellR", "Category: Supervision / Administration")],
        [("Cell", "Presenter: Imogen Castellanos, MLS(ASCP)CM"), ("CellR", "Point-of-Care Coordinator")],
    ])
    sig = d.table("Sig", 3, [
        [("Cell", "______________________________\nRosalind Petrakis, MLS(ASCP)\nLaboratory Education Coordinator"), ("Cell", ""),
         ("Cell", "______________________________\nVictor Anselm Moreau, MD\nMedical Director, Clinical Laboratory")],
    ])
    body = "".join([
        d.p("Hosp", "St. Anselm Valley Hospital"),
        d.p("Dept", "Department of Pathology and Laboratory Medicine"),
        d.p("Prog", "Laboratory In-Service Education Program"),
        d.p("Kind", "CERTIFICATE OF ATTENDANCE"),
        d.p("Lead", "This certificate is presented to"),
        '<text:p text:style-name="Name">Gwendolyn Fairweather<text:span text:style-name="cred">, MLT(ASCP)</text:span></text:p>',
        d.p("Lead", "in recognition of attendance at the laboratory in-service"),
        d.p("Title", "Critical Value Notification and Read-Back: Closing the Loop"),
        facts,
        d.p("Note", "The Department of Pathology and Laboratory Medicine at St. Anselm Valley Hospital is approved by the Florida Board of "
                    "Clinical Laboratory Personnel as a continuing education provider (CE Provider No. 50-11873). One contact hour equals "
                    "fifty minutes of instruction. This in-service satisfies the annual communication-of-results competency for testing personnel."),
        d.p("Spacer", ""),
        sig,
    ])
    _convert("zh06", d, body)


# ---------------------------------------------------------------- zh07 AABB letter
def build_zh07():
    d = Fodt(margin=("0.6in", "0.7in", "1in", "1in"), default_font="Liberation Serif", default_size=11)
    d.pstyle("Logo", align="start", size=30, bold=True, font="Liberation Sans", color="#b01c2e", letter="0.02in")
    d.pstyle("LogoSub", align="start", size=9, font="Liberation Sans", color="#555555")
    d.pstyle("LogoDept", align="start", size=9, font="Liberation Sans", color="#555555", after="0.35in",
             border_bottom="1pt solid #b01c2e")
    d.pstyle("Body", align="start", after="0.12in", line_height="125%")
    d.pstyle("BodyJ", align="justify", after="0.12in", line_height="125%")
    d.pstyle("Addr", align="start")
    d.pstyle("Re", align="start", bold=True, before="0.2in", after="0.2in")
    d.pstyle("Sig", align="start", before="0.45in")
    d.pstyle("Foot", size=7.5, font="Liberation Sans", color="#777777")
    d.footer = d.p("Foot", "Education & Professional Development · This letter is computer generated and valid without a handwritten signature.")
    body = "".join([
        d.p("Logo", "AABB"),
        d.p("LogoSub", "Association for the Advancement of Blood & Biotherapies"),
        d.p("LogoDept", "Education & Professional Development"),
        d.p("Body", "November 4, 2024"),
        d.p("Addr", "Yuki Nakamura, MB(ASCP)CM\nBlood Bank Molecular Laboratory\nCobalt Bay Regional Medical Center\n1120 Harbor View Road\nPort Alder, WA 98382"),
        d.p("Re", "Re: Verification of continuing education — 2024 AABB Annual Meeting (Registration ID 600213)"),
        d.p("Body", "Dear Ms. Nakamura:"),
        d.p("BodyJ", "Thank you for joining us for the 2024 AABB Annual Meeting, held October 12–15, 2024. Based on the session "
                     "evaluations submitted under your registration, this letter verifies that you earned a total of 14.5 contact hours "
                     "of continuing education for your participation in the meeting."),
        d.p("BodyJ", "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
                     "P.A.C.E.® Program. Hours listed in this letter are also accepted by California Laboratory Field Services. "
                     "Individual session certificates are not issued for the Annual Meeting; please keep this letter with your "
                     "credential maintenance documentation."),
        d.p("BodyJ", "If you believe a session is missing from your total, evaluations can be reopened until December 31, 2024."),
        d.p("Body", "With appreciation,"),
        d.p("Sig", "Priscilla Venkataraman, MEd\nDirector, Education"),
    ])
    _convert("zh07", d, body)


# ---------------------------------------------------------------- zh08 university, landscape, CEU
def build_zh08():
    d = Fodt(width="11in", height="8.5in", landscape=True, margin=("0.45in", "0.45in", "0.5in", "0.5in"),
             page_border="3pt solid #5b3a7a", page_padding="0.3in", default_font="C059")
    d.pstyle("Univ", size=28, color="#5b3a7a", font="C059", bold=True, before="0.25in")
    d.pstyle("Unit", size=11, font="Liberation Sans", color="#5b3a7a", after="0.45in")
    d.pstyle("Lead", size=12, italic=True, after="0.05in")
    d.pstyle("Name", size=30, font="Z003", after="0.12in")
    d.pstyle("Title", size=15, bold=True, line_height="118%")
    d.pstyle("Fmt", size=10, font="Liberation Sans", letter="0.03in", color="#5b3a7a", before="0.06in", after="0.3in")
    d.pstyle("Award", size=12.5, after="0.06in")
    d.pstyle("Meta", size=9.5, font="Liberation Sans", color="#333333")
    d.pstyle("Small", size=7.5, font="Liberation Sans", color="#666666", before="0.3in", after="0.7in", margin_left="1in", margin_right="1in")
    d.pstyle("SigC", size=9, font="Liberation Sans")
    d.table_styles("Sig", [3.2, 1.8, 3.2], border="none", padding="0.02in")
    sig = d.table("Sig", 3, [[("SigC", "________________________________\nHelena M. Achterberg, PhD\nDean, College of Health Sciences"),
                              ("SigC", ""),
                              ("SigC", "________________________________\nTobias Renwick, EdD\nDirector, Professional and Continuing Education")]])
    body = "".join([
        d.p("Univ", "Kestrel Valley University"),
        d.p("Unit", "College of Health Sciences · Office of Professional and Continuing Education"),
        d.p("Lead", "certifies that"),
        d.p("Name", "Priyanka Raghunathan Iyer"),
        d.p("Lead", "has satisfactorily completed"),
        d.p("Title", "Molecular Diagnostics Certificate Module 3:\nNucleic Acid Amplification, Real-Time PCR Quantitation,\nand Assay Verification Under CLIA"),
        d.p("Fmt", "SELF-STUDY"),
        d.p("Award", "and is hereby awarded 0.8 Continuing Education Units (CEU)"),
        d.p("Meta", "Completed on 2 December 2023   ·   Offering Number PCE-MDX-303   ·   Student ID 00918273"),
        d.p("Small", "Conferred this fifteenth day of December, 2023. One Continuing Education Unit represents ten hours of participation "
                     "in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction. "
                     "CEUs are not academic credit and are not transferable to degree programs."),
        sig,
    ])
    _convert("zh08", d, body)


# ---------------------------------------------------------------- zh09 NSH meeting CE record
ZH09_ROWS = [
    ("Fri 9/6", "Decalcification Endpoint Testing: Chemical vs. Radiographic", "2.0", "2.0"),
    ("Fri 9/6", "Frozen Section Artifacts and How to Prevent Them", "1.5", "1.5"),
    ("Sat 9/7", "Special Stains Troubleshooting Wet Lab", "3.0", "3.0"),
    ("Sat 9/7", "Lean Principles for the Histology Bench", "1.5", "0.0"),
    ("Sun 9/8", "Whole-Slide Imaging: Scanner QC and Focus Failures", "2.0", "2.0"),
    ("Sun 9/8", "Closing General Session and Awards", "1.0", "0.0"),
]


def build_zh09():
    d = Fodt(margin=("0.6in", "0.6in", "0.7in", "0.7in"), default_font="Liberation Sans", default_size=10)
    d.pstyle("Org", align="start", size=16, bold=True, color="#1b4f72")
    d.pstyle("Doc", align="start", size=10, letter="0.03in", color="#555555", after="0.2in", border_bottom="1.5pt solid #1b4f72")
    d.pstyle("Mtg", align="start", size=14, bold=True)
    d.pstyle("MtgSub", align="start", size=9.5, color="#444444", after="0.18in")
    d.pstyle("L", align="start", size=10)
    d.pstyle("Th", align="center", size=8.5, bold=True)
    d.pstyle("ThL", align="start", size=8.5, bold=True)
    d.pstyle("Td", align="start", size=9)
    d.pstyle("Tc", align="center", size=9)
    d.pstyle("TcB", align="center", size=9, bold=True)
    d.pstyle("Tot", align="start", size=11, before="0.14in")
    d.pstyle("Fine", align="justify", size=7.8, color="#444444", before="0.25in")
    d.table_styles("Who", [1.2, 2.9, 1.1, 1.6], border="none", padding="0.02in", align="left")
    d.table_styles("S", [0.8, 3.9, 1.0, 1.0], border="0.5pt solid #9fb3c8", padding="0.05in", header_bg="#dfe9f3")
    who = d.table("Who", 4, [
        [("L", "Participant:"), ("L", "BRIDGET A. KOWALCZYK, HT(ASCP)"), ("L", "NSH Member #"), ("L", "0047719")],
        [("L", "Institution:"), ("L", "Ashgrove University Medical Center"), ("L", "Printed:"), ("L", "10/01/2024")],
    ])
    rows = [[("Th", "Date"), ("ThL", "Workshop / session"), ("Th", "Contact hours available"), ("Th", "Contact hours attended")]]
    rows += [[("Td", a), ("Td", b), ("Tc", c), ("Tc", e)] for a, b, c, e in ZH09_ROWS]
    rows += [[("ThL", "Total"), ("Td", ""), ("TcB", "11.0"), ("TcB", "8.5")]]
    table = d.table("S", 4, rows, head_rows=1)
    body = "".join([
        d.p("Org", "National Society for Histotechnology (NSH)"),
        d.p("Doc", "CONTINUING EDUCATION RECORD"),
        d.p("Mtg", "NSH Fall Histology Forum 2024"),
        d.p("MtgSub", "September 6–8, 2024 · Riverside Convention Hall, Millbrook"),
        who,
        d.p("MtgSub", ""),
        table,
        d.p("Tot", "Total contact hours claimed: 8.5"),
        d.p("Fine", "NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
                    "P.A.C.E.® Program. Contact hours are awarded only for sessions with a scanned badge and a submitted evaluation. "
                    "Workshops with zero hours attended were registered but not verified. Retain this record for your certification maintenance files."),
    ])
    _convert("zh09", d, body)


CERTS = [
    cert("zh06", "hospital-inservice", "soffice-fodt",
         ["mailmerge-certificate", "page-border", "provider-department", "name-credentials", "multi-date",
          "id-no-colon", "distractor-ids", "signature", "footer"],
         "Mail-merged in-service certificate from a hospital department; Florida CE provider no. and mail-merge batch/print date as distractors.",
         "Gwendolyn Fairweather", "Critical Value Notification and Read-Back: Closing the Loop",
         "2024-05-22", 1.0, "contact hour",
         ["St. Anselm Valley Hospital", "St. Anselm Valley Hospital, Department of Pathology and Laboratory Medicine"],
         "20-884213", build_zh06),
    cert("zh07", "AABB", "soffice-fodt",
         ["letter", "provider-logo-heading", "name-credentials", "date-range", "multi-date", "id-none", "distractor-ids",
          "signature", "footer"],
         "Verification letter for a whole meeting (title = meeting name); letter date and evaluation deadline are distractors; registration ID only.",
         "Yuki Nakamura", "2024 AABB Annual Meeting",
         "2024-10-15", 14.5, "contact hour", ["Association for the Advancement of Blood & Biotherapies", "AABB"], None, build_zh07),
    cert("zh08", "university", "soffice-fodt",
         ["landscape-border", "landscape", "wrapped-title", "format-line", "provider-department", "multi-date",
          "id-no-colon", "distractor-ids", "signature"],
         "Landscape university CE certificate, 3-line title with 'Module 3:' series prefix, SELF-STUDY below; CEU (points x10); conferral date distractor.",
         "Priyanka Raghunathan Iyer",
         "Molecular Diagnostics Certificate Module 3: Nucleic Acid Amplification, Real-Time PCR Quantitation, and Assay Verification Under CLIA",
         "2023-12-02", 0.8, "CEU",
         ["Kestrel Valley University", "Kestrel Valley University, Office of Professional and Continuing Education"],
         "PCE-MDX-303", build_zh08),
    cert("zh09", "NSH", "soffice-fodt",
         ["meeting-ce-record", "session-table", "label-value", "name-caps", "name-credentials", "date-range",
          "max-vs-claimed", "multi-date", "id-none", "distractor-ids"],
         "Meeting CE record with workshop table (available vs attended); meeting name as title, last day of range; member no. distractor.",
         "BRIDGET A. KOWALCZYK", "NSH Fall Histology Forum 2024",
         "2024-09-08", 8.5, "contact hour", ["National Society for Histotechnology", "NSH"], None, build_zh09),
]
