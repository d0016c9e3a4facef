"""Certificates written as flat ODT (.fodt) and converted by LibreOffice."""
from engine.registry import cert
from engine.odf import ODT

BR = ODT.BR


# --------------------------------------------------------------------------
@cert("zg02", "ascp", "soffice-fodt",
      ["base:session-table", "portrait", "session-table", "meeting-attendance", "label-value", "name-suffix", "multi-date",
       "claimed-vs-max", "no-activity-id", "distractor-numbers", "date-range", "footer"],
      "Meeting attendance summary with a table of six sessions (session codes under a 'Code' column); "
      "title is the meeting name; credits are the claimed total (6.5) not the offered total (7.0); "
      "statement generation date and customer ID are distractors.",
      name="Harold P. Ingersoll III", title="ASCP 2023 Annual Meeting", date="2023-10-20",
      credits=6.5, unit="CMLE", provider=["American Society for Clinical Pathology", "ASCP"], activity_id=None)
def zg02():
    d = ODT(margin="0.7in", title="ASCP 2023 Annual Meeting - CMLE summary",
            footer='<text:p text:style-name="Foot">American Society for Clinical Pathology &#183; '
                   'Continuing education records &#183; Page 1 of 1</text:p>')
    d.pstyle("Foot", align="center", font="Liberation Sans", size="7.5pt", color="#555555")
    d.pstyle("Org", font="Liberation Sans", size="11pt", bold=True, color="#1f4f82", after="0.02in")
    d.pstyle("Meet", font="Liberation Serif", size="22pt", bold=True, after="0.02in")
    d.pstyle("Where", font="Liberation Sans", size="9.5pt", color="#444444", after="0.18in",
             border_bottom="1.5pt solid #1f4f82", padding="0.05in")
    d.pstyle("H", font="Liberation Sans", size="13pt", bold=True, after="0.1in")
    d.pstyle("K", font="Liberation Sans", size="9.5pt", color="#555555")
    d.pstyle("V", font="Liberation Sans", size="10pt", bold=True)
    d.pstyle("Body", font="Liberation Serif", size="10.5pt", before="0.12in", after="0.1in", line="125%")
    d.pstyle("TH", font="Liberation Sans", size="8.5pt", bold=True, color="#ffffff")
    d.pstyle("TD", font="Liberation Sans", size="9pt")
    d.pstyle("TDc", font="Liberation Sans", size="9pt", align="center")
    d.pstyle("THc", font="Liberation Sans", size="8.5pt", bold=True, color="#ffffff", align="center")
    d.pstyle("TT", font="Liberation Sans", size="9pt", bold=True)
    d.pstyle("TTc", font="Liberation Sans", size="9pt", bold=True, align="center")
    d.pstyle("Small", font="Liberation Sans", size="8pt", color="#333333", before="0.15in", line="130%")
    d.cellstyle("C0", border="none", padding="0.03in")
    d.cellstyle("Hd", border="none", padding="0.05in", bg="#1f4f82")
    d.cellstyle("Rw", padding="0.05in", bottom="0.5pt solid #b0b0b0", top="none", left="none", right="none")
    d.cellstyle("Tot", padding="0.05in", top="1.2pt solid #1f4f82", bottom="none", left="none", right="none")

    d.p("Org", "American Society for Clinical Pathology")
    d.p("Meet", "ASCP 2023 Annual Meeting")
    d.p("Where", "October 18\u201320, 2023 \u00b7 Long Beach Convention Center \u00b7 Long Beach, California")
    d.p("H", "Attendance Verification and CMLE Credit Summary")
    d.table([1.9, 4.9], [
        [("K", "Attendee"), ("V", "Harold P. Ingersoll III")],
        [("K", "ASCP Customer ID"), ("V", "00417729")],
        [("K", "Statement generated"), ("V", "November 6, 2023")],
    ], align="left")
    d.p("Body", "The sessions listed below were recorded for this attendee through badge scans and completed "
                "session evaluations. Credit is shown both as offered for each session and as claimed by the attendee.")
    rows = [[("TH", "Date"), ("TH", "Code"), ("TH", "Session"), ("THc", "CMLE offered"), ("THc", "CMLE claimed")]]
    data = [("Oct 18", "1104", "Diagnostic Stewardship in the Emergency Department", "1.0", "1.0"),
            ("Oct 18", "1127", "Hematopathology Case Review: Mature B-Cell Neoplasms", "1.5", "1.5"),
            ("Oct 19", "2210", "Lean Principles for Specimen Processing", "1.0", "0.5"),
            ("Oct 19", "2245", "Emerging Arboviruses: Laboratory Detection and Reporting", "1.0", "1.0"),
            ("Oct 20", "3302", "Point-of-Care Testing Oversight for Laboratory Leaders", "1.0", "1.0"),
            ("Oct 20", "3318", "Transfusion Reactions: A Case-Based Review", "1.5", "1.5")]
    for r in data:
        rows.append([("TD", r[0]), ("TD", r[1]), ("TD", r[2]), ("TDc", r[3]), ("TDc", r[4])])
    rows.append([("TT", "Total"), ("TT", ""), ("TT", ""), ("TTc", "7.0"), ("TTc", "6.5")])
    cs = {("row", 0): "Hd", ("row", len(rows) - 1): "Tot"}
    for i in range(1, len(rows) - 1):
        cs[("row", i)] = "Rw"
    d.table([0.75, 0.6, 3.65, 0.9, 0.9], rows, cellstyles=cs)
    d.p("Body", ("V", "Total CMLE credits claimed: 6.5"))
    d.p("Small", "ASCP designates each live session of the Annual Meeting for the number of CMLE credits shown. "
                 "Attendees should claim only the credit commensurate with the extent of their participation. "
                 "CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program. "
                 "Questions about this statement may be directed to the meeting registration office; please quote the "
                 "customer ID shown above.")
    return d.build()


# --------------------------------------------------------------------------
@cert("zg10", "pace-provider", "soffice-fodt",
      ["base:landscape-bordered", "landscape", "title-wrap", "date-range", "id-no-colon", "signature",
       "provider-logo", "name-apostrophe"],
      "Two-day workshop, dates printed as a range 'May 16\u201317, 2024' (last day is the gold); three-line title "
      "with forced breaks; hours written out ('Twelve (12.0)'); course number without colon.",
      name="Bartholomew O'Shaughnessy",
      title="Hands-On Flow Cytometry Workshop: Panel Design, Compensation and Gating for Leukemia and "
            "Lymphoma Immunophenotyping",
      date="2024-05-17", credits=12.0, unit="contact hour",
      provider=["Northbridge Clinical Laboratory Partners, LLC", "NCLP"], activity_id="412-007-24")
def zg10():
    d = ODT(w="11in", h="8.5in", margin="0.45in", border="4.5pt double #5b2333", padding="0.3in",
            title="Certificate of Attendance")
    d.pstyle("Logo", align="center", font="URW Gothic", size="22pt", bold=True, spacing="0.12in",
             color="#5b2333", after="0in")
    d.pstyle("Org", align="center", font="URW Gothic", size="10pt", color="#5b2333", after="0.2in")
    d.pstyle("H1", align="center", font="C059", size="34pt", after="0.05in")
    d.pstyle("S", align="center", font="C059", size="12pt", italic=True, after="0.04in")
    d.pstyle("Name", align="center", font="C059", size="26pt", bold=True, after="0.08in",
             border_bottom="0.75pt solid #999999", margin_left="1.6in", margin_right="1.6in")
    d.pstyle("Title", align="center", font="URW Gothic", size="16pt", bold=True, before="0.06in",
             after="0.08in", line="118%")
    d.pstyle("Meta", align="center", font="URW Gothic", size="10.5pt", after="0.03in")
    d.pstyle("Sig", align="center", font="URW Gothic", size="9pt", border_top="0.75pt solid #333333",
             padding="0.03in")
    d.pstyle("Hand", align="center", font="Z003", size="20pt")
    d.pstyle("Fine", align="center", font="URW Gothic", size="7.5pt", color="#444444", before="0.12in")
    d.cellstyle("C0", border="none", padding="0.02in")

    d.p("Logo", "NCLP")
    d.p("Org", "Northbridge Clinical Laboratory Partners, LLC")
    d.p("H1", "Certificate of Attendance")
    d.p("S", "presented to")
    d.p("Name", "Bartholomew O'Shaughnessy")
    d.p("S", "for full attendance at the two-day hands-on workshop")
    d.p("Title", "Hands-On Flow Cytometry Workshop:", BR, "Panel Design, Compensation and Gating for", BR,
        "Leukemia and Lymphoma Immunophenotyping")
    d.p("Meta", "May 16\u201317, 2024 \u00b7 NCLP Training Center, Raleigh, North Carolina")
    d.p("Meta", ("B", "Twelve (12.0) P.A.C.E.\u00ae contact hours"), "  \u00b7  Course No. 412-007-24")
    d.tstyle("B", bold=True)
    d.table([3.2, 1.6, 3.2], [
        [("Hand", "Lorenzo Achterberg"), ("Hand", ""), ("Hand", "Felicity Amankwah")],
        [("Sig", "Lorenzo Achterberg, PhD, SH(ASCP)", BR, "Workshop Director"), ("Meta", ""),
         ("Sig", "Felicity Amankwah, MBA, MLS(ASCP)", BR, "Quality & Accreditation Officer")],
    ])
    d.p("Fine", "Northbridge Clinical Laboratory Partners, LLC is approved as a provider of continuing education "
                "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. "
                "Attendance was verified by sign-in at each of the four workshop blocks.")
    return d.build()


# --------------------------------------------------------------------------
@cert("zg16", "state-society", "soffice-fodt",
      ["base:letter", "portrait", "letter", "name-hyphen", "name-credentials", "multi-date", "id-colon",
       "distractor-numbers", "signature", "title-in-sentence", "footer"],
      "Letter of attendance: the title appears in quotation marks inside running text; letter date vs "
      "seminar date; membership number as distractor; event code in a small details table.",
      name="Danielle Chu-Whitaker",
      title="Molecular Diagnostics of Respiratory Pathogens: Multiplex Panel Stewardship",
      date="2024-04-27", credits=3.0, unit="contact hour",
      provider=["California Association for Medical Laboratory Technology", "CAMLT"], activity_id="24-SPR-07")
def zg16():
    d = ODT(margin="0.85in", title="CAMLT attendance letter",
            footer='<text:p text:style-name="Foot">CAMLT &#183; P.O. Box 7731, Davis, California 95617 &#183; '
                   'education@camlt-ce.example.org</text:p>')
    d.pstyle("Foot", align="center", font="DejaVu Sans", size="7pt", color="#666666")
    d.pstyle("LH1", font="DejaVu Serif", size="16pt", bold=True, color="#0b4a6f")
    d.pstyle("LH2", font="DejaVu Sans", size="8.5pt", color="#0b4a6f", after="0.3in",
             border_bottom="1.2pt solid #0b4a6f", padding="0.04in")
    d.pstyle("Body", font="DejaVu Serif", size="10.5pt", after="0.12in", line="135%")
    d.pstyle("Addr", font="DejaVu Serif", size="10.5pt")
    d.pstyle("Gap", font="DejaVu Serif", size="10.5pt", after="0.2in")
    d.pstyle("K", font="DejaVu Sans", size="9pt", color="#444444")
    d.pstyle("V", font="DejaVu Sans", size="9pt", bold=True)
    d.pstyle("Hand", font="Z003", size="20pt", before="0.1in")
    d.cellstyle("C0", border="none", padding="0.03in")
    d.cellstyle("Bx", border="0.5pt solid #9ab", padding="0.05in")

    d.p("LH1", "California Association for Medical Laboratory Technology")
    d.p("LH2", "CAMLT \u00b7 Continuing Education Department")
    d.p("Gap", "May 3, 2024")
    d.p("Addr", "Danielle Chu-Whitaker, CLS")
    d.p("Addr", "1427 Alder Crest Lane")
    d.p("Gap", "Santa Rosa, CA 95404")
    d.p("Body", "Dear Ms. Chu-Whitaker:")
    d.p("Body", "This letter confirms your attendance at the CAMLT Spring Seminar held on Saturday, April 27, 2024, "
                "at the Sutterfield Conference Center in Sacramento. The seminar, \u201cMolecular Diagnostics of "
                "Respiratory Pathogens: Multiplex Panel Stewardship,\u201d was approved for 3.0 contact hours of "
                "continuing education, and our sign-in and sign-out sheets show that you were present for the entire program.")
    d.p("Body", "Please keep this letter with your continuing education records. California Laboratory Field Services "
                "may ask to see documentation of CE for up to four years after license renewal, and the same record "
                "serves for certification maintenance programs.")
    d.table([2.0, 4.3], [
        [("K", "Event Code:"), ("V", "24-SPR-07")],
        [("K", "Contact hours awarded:"), ("V", "3.0")],
        [("K", "CAMLT membership number:"), ("V", "10-58832")],
    ], cell="Bx", align="left")
    d.p("Body", "")
    d.p("Body", "Thank you for supporting CAMLT education programs.")
    d.p("Addr", "Sincerely,")
    d.p("Hand", "Yolanda Preciado-Marsh")
    d.p("Addr", "Yolanda Preciado-Marsh, CLS, MT(ASCP)")
    d.p("Addr", "Continuing Education Coordinator")
    return d.build()


# --------------------------------------------------------------------------
@cert("zg24", "joint-accreditation", "soffice-fodt",
      ["base:column-grid", "landscape", "labels-above-values", "format-line-above", "name-suffix",
       "multi-credit", "provider-department", "date-range", "multi-date", "id-label-above", "signature"],
      "School of medicine CPD office (department of an institution); 'Spring Symposium' above the meeting "
      "name; grid with labels above values; AMA PRA 11.5 vs P.A.C.E. 10.0 claimed; issue date distractor.",
      name="Stanislav Kowalczyk Sr.",
      title="31st Annual Pathology and Laboratory Medicine Update",
      date="2024-03-08", credits=10.0, unit="contact hour",
      provider=["Calloway School of Medicine",
                "Calloway School of Medicine, Office of Continuing Professional Development"],
      activity_id="CPD-2403-PLM")
def zg24():
    d = ODT(w="11in", h="8.5in", margin="0.6in", title="Certificate of Attendance and Credit")
    d.pstyle("Inst", font="P052", size="24pt", color="#3b2f63", after="0in")
    d.pstyle("Off", font="Liberation Sans", size="10pt", color="#3b2f63", spacing="0.02in", after="0.25in",
             border_bottom="2pt solid #c9a227", padding="0.06in")
    d.pstyle("Fmt", font="Liberation Sans", size="10pt", bold=True, spacing="0.05in", color="#c9a227",
             after="0.02in")
    d.pstyle("Title", font="P052", size="22pt", bold=True, after="0.06in")
    d.pstyle("Kind", font="Liberation Sans", size="11pt", italic=True, color="#444444", after="0.25in")
    d.pstyle("L", font="Liberation Sans", size="7.5pt", bold=True, spacing="0.015in", color="#6b6b6b")
    d.pstyle("Val", font="Liberation Sans", size="12pt", after="0.02in")
    d.pstyle("ValB", font="Liberation Sans", size="14pt", bold=True, after="0.02in")
    d.pstyle("Fine", font="Liberation Sans", size="7.5pt", color="#444444", line="130%", before="0.18in")
    d.cellstyle("C0", padding="0.07in", border="none")
    d.cellstyle("G", padding="0.07in", top="0.75pt solid #c9c3d8", bottom="none", left="none", right="none")

    d.p("Inst", "Calloway School of Medicine")
    d.p("Off", "Office of Continuing Professional Development")
    d.p("Fmt", "SPRING SYMPOSIUM")
    d.p("Title", "31st Annual Pathology and Laboratory Medicine Update")
    d.p("Kind", "Certificate of Attendance and Credit")
    d.table([3.3, 2.6, 3.8], [
        [[("L", "ATTENDEE"), ("ValB", "Stanislav Kowalczyk Sr.")],
         [("L", "ACTIVITY DATES"), ("Val", "March 7\u20138, 2024")],
         [("L", "LOCATION"), ("Val", "Harlan Auditorium, Calloway Medical Campus")]],
        [[("L", "COURSE NUMBER"), ("Val", "CPD-2403-PLM")],
         [("L", "CREDIT CLAIMED"), ("Val", "10.0 P.A.C.E.\u00ae contact hours")],
         [("L", "CERTIFICATE ISSUED"), ("Val", "March 21, 2024")]],
        [[("L", "PHYSICIAN CREDIT DESIGNATED"), ("Val", "11.5 AMA PRA Category 1 Credits\u2122")],
         [("L", "PROFESSION"), ("Val", "Medical laboratory scientist")],
         [("L", "CERTIFICATE SERIAL"), ("Val", "OCPD-24-00917")]],
    ], cellstyles={("row", 1): "G", ("row", 2): "G"}, align="left")
    d.pstyle("Hand", font="Z003", size="19pt", before="0.25in")
    d.pstyle("SigCap", font="Liberation Sans", size="8pt", border_top="0.75pt solid #333333", padding="0.03in")
    d.cellstyle("S", padding="0.02in", border="none")
    d.table([3.2, 0.8, 3.2], [
        [("Hand", "Evangeline Marchetti"), ("Val", ""), ("Hand", "Rafael Quintanilla-Bose")],
        [("SigCap", "Evangeline Marchetti, MD, Course Director"), ("Val", ""),
         ("SigCap", "Rafael Quintanilla-Bose, MEd, Director, Office of Continuing Professional Development")],
    ], cell="S", align="left")
    d.p("Fine", "Calloway School of Medicine is accredited by the Accreditation Council for Continuing Medical "
                "Education (ACCME) to provide continuing medical education for physicians and designates this live "
                "activity for a maximum of 11.5 AMA PRA Category 1 Credits\u2122. The Office of Continuing Professional "
                "Development is approved as a provider of continuing education programs in the clinical laboratory "
                "sciences by the ASCLS P.A.C.E.\u00ae Program; laboratory professionals may claim up to 11.0 contact hours.")
    return d.build()


# --------------------------------------------------------------------------
@cert("zg40", "amt", "soffice-fodt",
      ["base:stub-certificate", "portrait", "name-accents", "session-at-conference", "multi-date",
       "id-colon", "distractor-numbers", "label-value", "date-range"],
      "Session certificate at a national meeting (meeting dates June 23\u201327 vs the session date June 25); "
      "Vietnamese name with stacked diacritics; tear-off stub repeating the session code beside a badge number.",
      name="Nguyễn Văn An",
      title="Phlebotomy Complications: Nerve Injury, Hematoma and Vasovagal Syncope",
      date="2024-06-25", credits=1.0, unit="contact hour",
      provider=["American Medical Technologists", "AMT"], activity_id="E-214")
def zg40():
    d = ODT(margin="0.6in", title="AMT session certificate")
    d.pstyle("Top", align="center", font="DejaVu Sans", size="9pt", spacing="0.03in", color="#8a1c2b",
             bg="#f6ecec", padding="0.06in", after="0.15in")
    d.pstyle("Org", align="center", font="DejaVu Serif", size="20pt", bold=True, color="#8a1c2b")
    d.pstyle("Meet", align="center", font="DejaVu Sans", size="10pt", after="0.25in")
    d.pstyle("H1", align="center", font="DejaVu Serif", size="24pt", italic=True, after="0.15in")
    d.pstyle("S", align="center", font="DejaVu Sans", size="10pt", color="#555555", after="0.05in")
    d.pstyle("Name", align="center", font="DejaVu Serif", size="22pt", after="0.12in")
    d.pstyle("Title", align="center", font="DejaVu Sans", size="14pt", bold=True, after="0.1in",
             margin_left="0.6in", margin_right="0.6in", line="125%")
    d.pstyle("Meta", align="center", font="DejaVu Sans", size="10pt", after="0.04in")
    d.pstyle("Cut", align="center", font="DejaVu Sans", size="8pt", color="#777777", before="0.35in",
             after="0.2in")
    d.pstyle("StubH", font="DejaVu Sans", size="10pt", bold=True, after="0.06in")
    d.pstyle("K", font="DejaVu Sans", size="8.5pt", color="#555555")
    d.pstyle("V", font="DejaVu Sans", size="9pt")
    d.pstyle("Fine", font="DejaVu Sans", size="7pt", color="#555555", before="0.15in", line="130%")
    d.cellstyle("C0", padding="0.03in", bottom="0.4pt dotted #999999", top="none", left="none", right="none")

    d.p("Top", "EDUCATIONAL PROGRAM \u00b7 SESSION CERTIFICATE")
    d.p("Org", "American Medical Technologists")
    d.p("Meet", "AMT 96th Educational Program and National Meeting \u00b7 June 23\u201327, 2024 \u00b7 Orlando, Florida")
    d.p("H1", "Certificate of Session Attendance")
    d.p("S", "This certifies that")
    d.p("Name", "Nguyễn Văn An")
    d.p("S", "attended the educational session")
    d.p("Title", "Phlebotomy Complications: Nerve Injury, Hematoma and Vasovagal Syncope")
    d.p("Meta", "Session Code: E-214 \u00b7 Tuesday, June 25, 2024 \u00b7 10:30\u201311:30 AM")
    d.p("Meta", ("B", "1.0 contact hour"))
    d.tstyle("B", bold=True)
    d.p("Cut", "\u2702 - - - - - - - - - - - - - - - - - - - cut here and keep the stub - - - - - - - - - - - - - - - - - - -")
    d.p("StubH", "AMT ATTENDEE STUB")
    d.table([1.6, 2.0, 1.6, 2.0], [
        [("K", "Attendee"), ("V", "Nguyễn Văn An"), ("K", "Badge No."), ("V", "3321")],
        [("K", "Session"), ("V", "E-214"), ("K", "Contact hours"), ("V", "1.0")],
        [("K", "Session date"), ("V", "06/25/2024"), ("K", "Printed"), ("V", "06/28/2024")],
    ], align="left")
    d.p("Fine", "Sessions of the AMT Educational Program are approved for continuing education credit under the AMT "
                "Certification Continuation Program and by the ASCLS P.A.C.E.\u00ae Program. Certificates are issued "
                "per session; scan your badge at the door of each room to have attendance recorded.")
    return d.build()
