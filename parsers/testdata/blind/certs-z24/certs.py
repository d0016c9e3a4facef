"""The 40 blind-test certificates: content (blocks) + gold answer.

Every person, hospital, university, vendor and activity here is invented.
"""
from engines.blocks import (org, heading, sub, p, name, fmt, title, kv, cols,
                            table, sig, small, sp, rule, page, foot, spaced, pace)

PRODUCERS = {
    "H": "chromium-html",
    "F": "libreoffice-fodt",
    "D": "libreoffice-docx",
    "P": "fpdf",
    "T": "tcpdf",
    "C": "reportlab-canvas",
    "Y": "reportlab-platypus",
    "A": "acroform-qpdf-flatten",
    "G": "ghostscript-ps",
}

CERTS = []


def cert(num, style, prod, opts, blocks, *, name_, title_, date, credits, unit,
         provider, activity_id, layout, notes=""):
    points = round(credits * 10, 2) if unit == "CEU" else credits
    CERTS.append(dict(
        id=f"zx{num:02d}", style=style, producer=PRODUCERS[prod], prod=prod,
        opts=opts, blocks=blocks,
        gold=dict(style=style, producer=PRODUCERS[prod], layout=layout,
                  notes=notes, name=name_, title=title_, date=date,
                  credits=credits, unit=unit, points=points,
                  provider=provider, activity_id=activity_id)))


# ---------------------------------------------------------------- zx01 ASCP
cert(1, "ascp", "H",
     dict(orient="L", align="center", border="double", font="serif",
          accent="#1d3f72", seal="ASCP", seal_pos="right:1.05in; top:0.75in;"),
     [org("ASCP", size=30),
      sub("American Society for Clinical Pathology"),
      sp(8),
      heading("Certificate of Completion"),
      p("This is to certify that", italic=True),
      name("Dr. Marisol Quintero-Vega, MLS(ASCP)CM"),
      p("has completed the on-demand webinar", italic=True),
      title("Antimicrobial Stewardship at the Bench: Translating Cumulative "
            "Antibiograms into Actionable Reports for Clinicians"),
      p("Date of completion: March 14, 2025"),
      p("CMLE credits awarded: 1.0", bold=True),
      sp(4),
      p("Activity ID: 25W0419 \u00a0\u00a0|\u00a0\u00a0 Certificate No. C-5583920 "
        "\u00a0\u00a0|\u00a0\u00a0 Issued: March 15, 2025", size=9),
      sig([("Elena Brandt, MS, MLS(ASCP)CM", ["Director, Continuing Education"])]),
      small("The American Society for Clinical Pathology designates this enduring "
            "material for a maximum of 1.0 CMLE credit. ASCP CMLE credits are "
            "acceptable to meet the requirements of the ASCP Board of Certification "
            "Credential Maintenance Program (CMP)."),
      ],
     name_="Marisol Quintero-Vega",
     title_=("Antimicrobial Stewardship at the Bench: Translating Cumulative "
             "Antibiograms into Actionable Reports for Clinicians"),
     date="2025-03-14", credits=1.0, unit="CMLE",
     provider=["American Society for Clinical Pathology", "ASCP"],
     activity_id="25W0419",
     layout=["landscape", "centered", "border", "seal", "signature",
             "format-in-verb-line", "wrapped-title", "honorific", "credentials",
             "hyphenated-name"],
     notes="Issue date is a distractor; "
           "certificate number is a distractor.")

# ---------------------------------------------------------------- zx02 AABB
cert(2, "aabb", "C",
     dict(orient="L", align="center", border="thick", font="sans",
          accent="#8b1a1a", seal="AABB"),
     [org("AABB", size=30),
      sub("Association for the Advancement of Blood & Biotherapies"),
      sp(6),
      heading("Certificate of Completion"),
      p("awarded to"),
      name("KWAME ASANTE-BOATENG, MLS(ASCP)SBB"),
      p("for successful completion of the"),
      fmt("eCast"),
      title("Managing Massive Transfusion in Community Hospitals: Protocol "
            "Activation, Product Ratios, and Blood Stewardship"),
      p("Program No. 536-118-25"),
      p("Date of participation: June 11, 2025"),
      table(["Credit type", "Hours"],
            [["ASCLS P.A.C.E.\u00ae contact hours", "1.5"],
             ["AMA PRA Category 1 Credits\u2122", "1.5"],
             ["ANCC nursing contact hours", "1.5"]],
            [0.72, 0.28], width=0.5, size=9),
      small(pace("AABB") + " AABB is accredited by the ACCME to provide continuing "
            "medical education for physicians."),
      p("Registration ID: R-774103 \u00a0\u00b7\u00a0 Issued June 18, 2025", size=8),
      sig([("Rebecca Lindahl, MT(ASCP)SBB", ["Director, Education Programs"])]),
      ],
     name_="KWAME ASANTE-BOATENG",
     title_=("Managing Massive Transfusion in Community Hospitals: Protocol "
             "Activation, Product Ratios, and Blood Stewardship"),
     date="2025-06-11", credits=1.5, unit="contact hour",
     provider=["Association for the Advancement of Blood & Biotherapies", "AABB"],
     activity_id="536-118-25",
     layout=["landscape", "centered", "border", "seal", "format-line", "all-caps-name",
             "hyphenated-name", "credentials", "multi-credit", "table",
             "program-no-without-colon", "signature"],
     notes="eCast is the format line. Three credit types of equal value; the P.A.C.E. "
           "row is the laboratory figure.")

# ---------------------------------------------------------------- zx03 CAP
cert(3, "cap", "T",
     dict(orient="P", align="left", border="single", font="sans", accent="#00558c"),
     [org("College of American Pathologists", size=18),
      rule(),
      heading("Certificate of Participation", size=24),
      p("This certificate is presented to"),
      name("Priya Raghunathan, MLS(ASCP)CM"),
      p("for participation in the following"),
      fmt("Enduring Material"),
      title("Ethics in Laboratory Medicine: Navigating Incidental Findings, Result "
            "Disclosure, and Patient Access to Test Reports"),
      p("Date of completion: September 22, 2025"),
      p("Activity No.: 25-ENE-041"),
      sp(6),
      table(["Credit type", "Maximum available", "Credits claimed"],
            [["AMA PRA Category 1 Credits\u2122", "2.00", "\u2014"],
             ["ASCLS P.A.C.E.\u00ae contact hours", "2.00", "1.75"],
             ["ABPath Self-Assessment Module (SAM) credit", "2.00", "\u2014"]],
            [0.56, 0.22, 0.22], size=9.5),
      sp(6),
      small("The College of American Pathologists (CAP) is accredited by the "
            "Accreditation Council for Continuing Medical Education (ACCME) to provide "
            "continuing medical education for physicians. The CAP designates this "
            "enduring material for a maximum of 2.00 AMA PRA Category 1 Credits\u2122. "
            "Physicians should claim only the credit commensurate with the extent of "
            "their participation in the activity."),
      small(pace("The CAP") + " This activity is approved for a maximum of 2.00 "
            "P.A.C.E.\u00ae contact hours."),
      sp(10),
      sig([("Martin Gallagher-Reyes, MD, FCAP", ["Chair, Council on Education"])]),
      foot("Transcript ID: TR-0093381 \u00b7 Printed October 2, 2025 \u00b7 Page 1 of 1"),
      ],
     name_="Priya Raghunathan",
     title_=("Ethics in Laboratory Medicine: Navigating Incidental Findings, Result "
             "Disclosure, and Patient Access to Test Reports"),
     date="2025-09-22", credits=1.75, unit="contact hour",
     provider=["College of American Pathologists", "CAP"],
     activity_id="25-ENE-041",
     layout=["portrait", "left", "border", "format-line", "wrapped-title",
             "multi-credit", "max-vs-claimed", "table", "signature", "footer"],
     notes="Claimed P.A.C.E. figure 1.75 vs maximum 2.00; AMA/ABPath rows are distractors. "
           "Title contains 'Ethics'.")

# ---------------------------------------------------------------- zx04 ASCLS session
cert(4, "ascls", "G",
     dict(orient="P", align="left", border="none", font="serif", accent="#0b5d3b"),
     [org("American Society for Clinical Laboratory Science", size=16),
      p("ASCLS 2025 Annual Meeting \u00b7 July 27\u201331, 2025", size=10, italic=True),
      rule(),
      sp(6),
      heading("Session Certificate of Attendance", size=20),
      sp(4),
      p("This certifies that"),
      name("Hannah Lee-Whitaker, MS, MLS(ASCP)CM", size=18),
      p("attended the following educational session:"),
      kv([("Session No.", "214"),
          ("Title", "Bridging the Generational Gap: Mentoring Strategies for a "
                    "Multigenerational Laboratory Workforce"),
          ("Presented by", "Gloria Featherstone, EdD, MLS(ASCP)"),
          ("Session date", "July 29, 2025"),
          ("P.A.C.E.\u00ae contact hours", "1.0")], width=0.9),
      sp(8),
      small("The American Society for Clinical Laboratory Science (ASCLS) is approved as "
            "a provider of continuing education programs in the clinical laboratory "
            "sciences by the ASCLS P.A.C.E.\u00ae Program."),
      p("Please retain this certificate for your records. Attendee ID: 40817", size=9),
      sp(14),
      sig([("Marcus Delgado, MHA, MLS(ASCP)CM", ["Chair, Annual Meeting Program Committee"])]),
      ],
     name_="Hannah Lee-Whitaker",
     title_=("Bridging the Generational Gap: Mentoring Strategies for a "
             "Multigenerational Laboratory Workforce"),
     date="2025-07-29", credits=1.0, unit="contact hour",
     provider=["American Society for Clinical Laboratory Science", "ASCLS"],
     activity_id="214",
     layout=["portrait", "left", "two-column", "session-certificate", "date-range",
             "signature", "hyphenated-name", "credentials"],
     notes="Session date (July 29) wins over the meeting range July 27-31. The certificate "
           "is ASCLS's own, so ASCLS is the provider. Attendee ID is a distractor.")

# ---------------------------------------------------------------- zx05 P.A.C.E. provider
cert(5, "pace_provider", "F",
     dict(orient="L", align="center", border="double", font="serif", accent="#2f4f6f"),
     [heading("Certificate of Attendance", size=32),
      sp(4),
      p("This certificate acknowledges that", italic=True),
      name("Anneliese Dvo\u0159\u00e1k, MLS(ASCP)"),
      p("participated in the", italic=True),
      fmt("LIVE WEBINAR"),
      title("Pre-analytical Variables in Coagulation Testing: Tube Fill, Transport Time, "
            "and Temperature Effects on PT, aPTT, and D-dimer"),
      p("Date of completion: February 19, 2025"),
      p("Presented by Owen Tremblay, MS, MLS(ASCP)SH", italic=True, size=10),
      sp(4),
      kv([("P.A.C.E.\u00ae Course No.", "412-087-25"), ("Contact hours", "1.0")],
         width=0.4),
      sig([("Janelle Fitzsimmons, MLS(ASCP)CM", ["Education Coordinator"])]),
      small(pace("Lakeshore Laboratory Professionals Network")),
      ],
     name_="Anneliese Dvo\u0159\u00e1k",
     title_=("Pre-analytical Variables in Coagulation Testing: Tube Fill, Transport Time, "
             "and Temperature Effects on PT, aPTT, and D-dimer"),
     date="2025-02-19", credits=1.0, unit="contact hour",
     provider=["Lakeshore Laboratory Professionals Network"],
     activity_id="412-087-25",
     layout=["landscape", "centered", "border", "format-line", "wrapped-title",
             "provider-only-in-accreditation-statement", "accented-name", "two-column",
             "signature"],
     notes="The provider appears only as the subject of the P.A.C.E. statement; the "
           "presenter is a distractor.")

# ---------------------------------------------------------------- zx06 LabCE
cert(6, "labce", "P",
     dict(orient="P", align="left", border="none", font="sans", accent="#d35400"),
     [org("LabCE", size=30),
      p("Online Continuing Education for Laboratory Professionals", size=9, italic=True),
      rule(),
      sp(10),
      heading("Certificate of Course Completion", size=20),
      sp(6),
      p("This certifies that"),
      name("Jonathan Okafor, MLT(ASCP)", size=18),
      p("has successfully completed the following P.A.C.E.\u00ae-approved course:"),
      sp(4),
      table(["Course #", "Course Title", "Completed", "Contact Hours"],
            [["BB-1422", "Blood Bank Serology: Resolving Warm Autoantibodies in "
                         "Pretransfusion Compatibility Testing", "Apr 08, 2025", "1.5"]],
            [0.14, 0.52, 0.18, 0.16], size=9.5),
      sp(10),
      small(pace("LabCE")),
      sp(20),
      sig([("Allison Marchetti, MS, MLS(ASCP)CM", ["Director of Content, LabCE"])]),
      foot("Customer ID: 2208817 \u00b7 Certificate ID: 9F3K-22QX \u00b7 Printed 05/02/2025"),
      ],
     name_="Jonathan Okafor",
     title_=("Blood Bank Serology: Resolving Warm Autoantibodies in Pretransfusion "
             "Compatibility Testing"),
     date="2025-04-08", credits=1.5, unit="contact hour",
     provider=["LabCE"], activity_id="BB-1422",
     layout=["portrait", "left", "table", "title-in-table-cell", "signature", "footer"],
     notes="Title wraps inside a table cell. Customer and certificate IDs and the print "
           "date are distractors.")

# ---------------------------------------------------------------- zx07 MediaLab
cert(7, "medialab", "Y",
     dict(orient="P", align="left", border="single", font="sans", accent="#2c6e49"),
     [org("MediaLab, Inc.", size=20),
      p("Online Learning for Laboratory Professionals", size=9),
      rule(),
      sp(12),
      heading("Certificate of Completion", size=26),
      p("The individual named below has completed the following continuing education "
        "course."),
      sp(6),
      cols([[("Participant", "Teresa Montoya-Reyes, CLS"),
             ("Date of Completion", "January 27, 2025")],
            [("Course Title", "Chemical Hygiene and Laboratory Safety: Meeting OSHA "
                              "Laboratory Standard Requirements"),
             ("Course #", "ML-2214"),
             ("Contact Hours", "2.0")]], widths=[None, [0.6, 0.2, 0.2]]),
      sp(12),
      small(pace("MediaLab, Inc.")),
      sp(16),
      sig([("Owen Pritchard, MT(ASCP)", ["Continuing Education Manager"])]),
      foot("Account: Mountain View Regional Hospital Laboratory \u00b7 Employee ID: 55127"),
      ],
     name_="Teresa Montoya-Reyes",
     title_=("Chemical Hygiene and Laboratory Safety: Meeting OSHA Laboratory Standard "
             "Requirements"),
     date="2025-01-27", credits=2.0, unit="contact hour",
     provider=["MediaLab, Inc."], activity_id="ML-2214",
     layout=["portrait", "left", "labels-above-values", "title-in-column",
             "hyphenated-name", "signature", "footer"],
     notes="Title contains 'Safety' and 'Meeting' (part of the title). Employer account "
           "and employee ID are distractors.")

# ---------------------------------------------------------------- zx08 ADLM
cert(8, "adlm", "H",
     dict(orient="L", align="center", border="ornate", font="sans", accent="#5b2a86"),
     [org("ADLM", size=28),
      sub("Association for Diagnostics & Laboratory Medicine"),
      sp(6),
      heading("CERTIFICATE OF COMPLETION", size=26),
      p("presented to"),
      name("SARAH LINDQVIST", spaced=True),
      p("for completing the"),
      fmt("On-Demand"),
      title("Mass Spectrometry in the Routine Chemistry Laboratory: A Practical Roadmap "
            "from Method Validation to Go-Live"),
      p("Completed on: August 5, 2025"),
      p("1.5 ACCENT\u00ae contact hours", bold=True),
      p("Activity ID: 25ACC117 \u00a0\u00a0\u00a0 Member ID: 3318840", size=9),
      sig([("Renata Ossowski, PhD, DABCC", ["Chair, Education Core Committee"]),
           ("Thomas Albright, MBA", ["Chief Learning Officer"])]),
      small("This activity is approved for 1.5 ACCENT\u00ae contact hours by the "
            "Association for Diagnostics & Laboratory Medicine ACCENT\u00ae continuing "
            "education program."),
      ],
     name_="SARAH LINDQVIST",
     title_=("Mass Spectrometry in the Routine Chemistry Laboratory: A Practical Roadmap "
             "from Method Validation to Go-Live"),
     date="2025-08-05", credits=1.5, unit="contact hour",
     provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"],
     activity_id="25ACC117",
     layout=["landscape", "centered", "border", "letter-spaced-name", "all-caps-name",
             "format-line", "wrapped-title", "signature"],
     notes="Name printed with CSS letter-spacing. Member ID is a distractor.")

# ---------------------------------------------------------------- zx09 NSH
cert(9, "nsh", "D",
     dict(orient="P", align="center", border="double", font="serif", accent="#7a1f5c"),
     [org("NSH", size=26),
      sub("National Society for Histotechnology"),
      sp(10),
      heading("Certificate of Completion", size=28),
      sp(4),
      fmt("LIVE WEBINAR"),
      title("Grossing Small Biopsies: Orientation, Inking, and Cassette Submission for "
            "the Histology Laboratory"),
      p("Event No. W25-041", size=10),
      sp(12),
      cols([[("Participant", "Luis Fern\u00e1ndez-Ortega, HTL(ASCP)CM"),
             ("Date", "May 21, 2025"),
             ("Contact Hours", "1.0")]]),
      sp(14),
      small("The National Society for Histotechnology (NSH) is approved as a provider of "
            "continuing education programs in the clinical laboratory sciences by the "
            "ASCLS P.A.C.E.\u00ae Program."),
      sp(16),
      sig([("Dana Whitcombe, HT(ASCP)", ["Chair, NSH Education Committee"])]),
      ],
     name_="Luis Fern\u00e1ndez-Ortega",
     title_=("Grossing Small Biopsies: Orientation, Inking, and Cassette Submission for "
             "the Histology Laboratory"),
     date="2025-05-21", credits=1.0, unit="contact hour",
     provider=["National Society for Histotechnology", "NSH"],
     activity_id="W25-041",
     layout=["portrait", "centered", "border", "format-line", "wrapped-title",
             "labels-above-values", "accented-name", "hyphenated-name", "signature"],
     notes="'Grossing' and 'Orientation' are title words, not formats; LIVE WEBINAR is the format.")

# ---------------------------------------------------------------- zx10 AMT (AcroForm)
cert(10, "amt", "A",
     dict(orient="P", align="left", border="single", font="sans", accent="#003b6f"),
     [org("American Medical Technologists (AMT)", size=20),
      rule(),
      sp(8),
      heading("Continuing Education Certificate", size=22),
      sp(8),
      kv([("Participant name", "Darnell Washington Jr., MT(AMT)"),
          ("Program title", "Urinalysis Microscopy Review: Casts, Crystals, and Cells"),
          ("Program #", "AMT-25-0318"),
          ("Date completed", "March 30, 2025"),
          ("CE hours", "2.0"),
          ("AMT member #", "118273")], width=1.0, size=11),
      sp(10),
      small("This program has been approved by American Medical Technologists for the "
            "number of CE hours shown above. Retain this certificate for your "
            "Certification Continuation Program records."),
      sp(24),
      sig([("Lorraine Beckett, MT(AMT)", ["Director, Education & Certification Continuation"])]),
      ],
     name_="Darnell Washington Jr.",
     title_="Urinalysis Microscopy Review: Casts, Crystals, and Cells",
     date="2025-03-30", credits=2.0, unit="CE hour",
     provider=["American Medical Technologists", "AMT"],
     activity_id="AMT-25-0318",
     layout=["portrait", "left", "form-fields", "two-column", "suffix", "credentials",
             "signature"],
     notes="Filled and flattened form. Member number is a distractor.")

# ---------------------------------------------------------------- zx11 ASM meeting (2 pages)
ASM_SESSIONS = [
    ["Oct 16", "Opening Plenary: The Changing Landscape of Clinical Microbiology", "1.0"],
    ["Oct 16", "Candida auris Surveillance in Long-Term Acute Care", "1.5"],
    ["Oct 16", "Syndromic Panels: Stewardship and Reimbursement", "1.5"],
    ["Oct 17", "Anaerobe Identification by MALDI-TOF", "1.5"],
    ["Oct 17", "Tick-Borne Disease Update 2025", "1.0"],
    ["Oct 17", "Laboratory Safety in the Microbiology Suite", "1.5"],
    ["Oct 18", "Mycobacteriology Case Studies", "1.5"],
    ["Oct 18", "Closing Session and Case Challenge", "1.0"],
]
cert(11, "asm", "C",
     dict(orient="L", align="center", border="double", font="serif",
          accent="#1b4965", seal="ASM"),
     [org("American Society for Microbiology", size=22),
      sp(4),
      heading("Certificate of Attendance", size=34),
      p("This is to certify that", italic=True),
      name("Rafael Oyelaran-Santos, PhD, D(ABMM)"),
      p("attended the", italic=True),
      title("ASM Regional Clinical Microbiology Meeting 2025"),
      p("October 16\u201318, 2025 \u00b7 Portland, Maine"),
      p("and is awarded 10.5 P.A.C.E.\u00ae contact hours", bold=True),
      sp(6),
      sig([("Nadia Koenig, PhD", ["Program Chair"]),
           ("Victor Almeida, MBA", ["Director, Professional Development"])]),
      small("Maximum contact hours available: 14.0. The American Society for "
            "Microbiology (ASM) is approved as a provider of continuing education programs "
            "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. "
            "Registration No. RCM25-00917."),
      page(),
      org("ASM Regional Clinical Microbiology Meeting 2025", size=16),
      p("Record of sessions attended \u2014 Rafael Oyelaran-Santos", size=11),
      sp(6),
      table(["Date", "Session", "Contact hours"], ASM_SESSIONS + [["", "Total", "10.5"]],
            [0.14, 0.66, 0.2], width=0.8, size=9.5),
      sp(8),
      small("Sessions are listed as selected by the attendee in the meeting evaluation. "
            "Contact hours are awarded in 0.5-hour increments."),
      foot("American Society for Microbiology \u00b7 Page 2 of 2"),
      ],
     name_="Rafael Oyelaran-Santos",
     title_="ASM Regional Clinical Microbiology Meeting 2025",
     date="2025-10-18", credits=10.5, unit="contact hour",
     provider=["American Society for Microbiology", "ASM"],
     activity_id=None,
     layout=["landscape", "centered", "border", "seal", "meeting-attendance",
             "date-range", "two-page", "max-vs-claimed", "table", "signature",
             "hyphenated-name", "credentials"],
     notes="Meeting attendance: title is the meeting name; last day of the range. Page 2 "
           "lists sessions (distractor titles, including one with 'Safety'). Maximum 14.0 "
           "vs awarded 10.5. Registration number is a distractor.")

# ---------------------------------------------------------------- zx12 CLSI
cert(12, "clsi", "Y",
     dict(orient="P", align="center", border="thick", font="serif", accent="#004e7c"),
     [org("CLSI", size=30),
      sub("Clinical and Laboratory Standards Institute"),
      sp(16),
      heading("Certificate of Completion", size=30),
      sp(6),
      p("This is to certify that", italic=True),
      name("Mei-Ling Harcourt, MS, MLS(ASCP)CM"),
      p("has completed the on-demand webinar", italic=True),
      title("Verification of Quantitative Measurement Procedures Using EP15: Worked "
            "Examples for Small and Rural Laboratories"),
      p("Date of completion: November 3, 2025"),
      p("Program No. 117-044-25"),
      p("1.0 P.A.C.E.\u00ae contact hour", bold=True),
      sp(20),
      sig([("Harriet Olumide, MT(ASCP)", ["Vice President, Education"])]),
      sp(10),
      small(pace("CLSI")),
      foot("Order No. 000481127"),
      ],
     name_="Mei-Ling Harcourt",
     title_=("Verification of Quantitative Measurement Procedures Using EP15: Worked "
             "Examples for Small and Rural Laboratories"),
     date="2025-11-03", credits=1.0, unit="contact hour",
     provider=["Clinical and Laboratory Standards Institute", "CLSI"],
     activity_id="117-044-25",
     layout=["portrait", "centered", "border", "format-in-verb-line", "wrapped-title",
             "program-no-without-colon", "signature", "hyphenated-name"],
     notes="Order number is a distractor.")

# ---------------------------------------------------------------- zx13 regional society symposium
cert(13, "state_society", "G",
     dict(orient="L", align="center", border="double", font="serif", accent="#14532d"),
     [org("Great Lakes Society for Clinical Laboratory Science (GLSCLS)", size=16),
      sp(4),
      heading("Certificate of Attendance", size=32),
      p("This certifies that", italic=True),
      name("Bridget O'Sullivan, MLS(ASCP)CM"),
      p("attended the", italic=True),
      fmt("Spring Symposium"),
      title("Leading the Laboratory Through Change: Staffing, Automation, and Quality"),
      p("April 4\u20135, 2025 \u00b7 Grand Rapids, Michigan"),
      p("Contact hours earned: 9.5", bold=True),
      sp(4),
      sig([("Loretta Vance, MS, MLS(ASCP)CM", ["President"]),
           ("Samuel Achebe, MLS(ASCP)", ["Education Chair"])]),
      small(pace("Great Lakes Society for Clinical Laboratory Science") +
            " P.A.C.E.\u00ae Program No. 308-221-25"),
      ],
     name_="Bridget O'Sullivan",
     title_="Leading the Laboratory Through Change: Staffing, Automation, and Quality",
     date="2025-04-05", credits=9.5, unit="contact hour",
     provider=["Great Lakes Society for Clinical Laboratory Science", "GLSCLS"],
     activity_id="308-221-25",
     layout=["landscape", "centered", "border", "format-line", "date-range",
             "signature", "apostrophe-name", "program-no-without-colon"],
     notes="'Spring Symposium' is the format line; the theme is the title. Last day of "
           "April 4-5.")

# ---------------------------------------------------------------- zx14 hospital in-service
cert(14, "hospital_inservice", "F",
     dict(orient="P", align="left", border="none", font="sans", accent="#0f4c81"),
     [org("Mercy Harbor Medical Center", size=18),
      p("Laboratory Education Council", bold=True),
      p("1200 Harborview Drive \u00b7 Tacoma, WA 98402", size=9),
      rule(),
      sp(16),
      heading("In-Service Education Certificate", size=22),
      sp(6),
      p("This is to certify that"),
      name("Ngozi Adeyemi-Clarke, MLT(ASCP)", size=18),
      p("attended the laboratory in-service"),
      title("New Employee Orientation: Specimen Processing, Labeling Requirements, and "
            "Laboratory Information System Basics"),
      p("Date of in-service: January 9, 2025"),
      sp(8),
      kv([("Presented by", "Karen Vollmer, MLS(ASCP)CM, Laboratory Education Coordinator"),
          ("Class No.", "LEC-25-003"),
          ("CE hours", "2.0"),
          ("Employee ID", "0048812")], width=0.85),
      sp(8),
      small("This in-service was reviewed and approved by the Mercy Harbor Medical Center "
            "Laboratory Education Council for 2.0 CE hours of laboratory continuing "
            "education."),
      sp(24),
      sig([("Paul Brennan, MD", ["Medical Director, Laboratory"]),
           ("Karen Vollmer, MLS(ASCP)CM", ["Laboratory Education Coordinator"])]),
      ],
     name_="Ngozi Adeyemi-Clarke",
     title_=("New Employee Orientation: Specimen Processing, Labeling Requirements, and "
             "Laboratory Information System Basics"),
     date="2025-01-09", credits=2.0, unit="CE hour",
     provider=["Mercy Harbor Medical Center",
               "Mercy Harbor Medical Center, Laboratory Education Council"],
     activity_id="LEC-25-003",
     layout=["portrait", "left", "letterhead", "wrapped-title", "two-column",
             "signature", "hyphenated-name"],
     notes="'Orientation' is part of the title. Presenter and employee ID are distractors.")

# ---------------------------------------------------------------- zx15 APHL
cert(15, "public_health_lab", "T",
     dict(orient="L", align="center", border="thick", font="sans", accent="#005a70"),
     [org("APHL", size=28),
      sub("Association of Public Health Laboratories"),
      sp(4),
      heading("Certificate of Completion", size=30),
      p("This certifies that"),
      name("Tom\u00e1s Beltr\u00e1n, MPH, M(ASCP)"),
      p("has completed the"),
      fmt("Live Virtual Session"),
      title("Packaging and Shipping Division 6.2 Infectious Substances: 2025 Regulatory "
            "Updates for Sentinel Clinical Laboratories"),
      p("Session date: June 3, 2025"),
      sp(4),
      cols([[("Course Number", "25-PS-0603"), ("Contact Hours", "3.0"),
             ("Certificate No.", "APHL-884120"), ("Training valid through", "June 3, 2027")]],
           width=0.8),
      sp(4),
      small(pace("APHL")),
      sig([("Denise Okoro, PhD", ["Director, Workforce Development"])]),
      ],
     name_="Tom\u00e1s Beltr\u00e1n",
     title_=("Packaging and Shipping Division 6.2 Infectious Substances: 2025 Regulatory "
             "Updates for Sentinel Clinical Laboratories"),
     date="2025-06-03", credits=3.0, unit="contact hour",
     provider=["Association of Public Health Laboratories", "APHL"],
     activity_id="25-PS-0603",
     layout=["landscape", "centered", "border", "format-line", "wrapped-title",
             "labels-above-values", "accented-name", "signature"],
     notes="'Training valid through' is an expiry date (distractor); certificate number "
           "is a distractor.")

# ---------------------------------------------------------------- zx16 joint accreditation
cert(16, "joint_cme", "D",
     dict(orient="P", align="left", border="none", font="serif", accent="#4a2c0b"),
     [org("Halberd University School of Medicine", size=18),
      p("Office of Continuing Professional Development", italic=True),
      rule(),
      sp(6),
      heading("Certificate of Participation", size=22),
      p("This is to certify that"),
      name("Gabriel Achterberg, MLS(ASCP)CM", size=18),
      p("participated in the following activity:"),
      title("Pathology Grand Rounds: Clonal Hematopoiesis of Indeterminate Potential and "
            "What the Laboratory Needs to Report"),
      p("Date of activity: February 26, 2025"),
      kv([("Activity #", "25GR0226"),
          ("Presented by", "Imani Castellanos, MD, PhD")], width=0.7),
      sp(4),
      table(["Credit type", "Maximum designated", "Claimed"],
            [["AMA PRA Category 1 Credit\u2122", "1.0", "0.0"],
             ["ANCC nursing contact hours", "1.0", "0.0"],
             ["ACPE contact hours (UAN JA4008163-0000-25-041-L01-P)", "1.0", "0.0"],
             ["ASCLS P.A.C.E.\u00ae contact hours", "1.0", "1.0"]],
            [0.6, 0.24, 0.16], size=9.5),
      sp(6),
      small("In support of improving patient care, Halberd University School of Medicine "
            "is jointly accredited by the Accreditation Council for Continuing Medical "
            "Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), "
            "and the American Nurses Credentialing Center (ANCC), to provide continuing "
            "education for the healthcare team. Halberd University School of Medicine "
            "designates this live activity for a maximum of 1.0 AMA PRA Category 1 "
            "Credit\u2122. Physicians should claim only the credit commensurate with the "
            "extent of their participation in the activity."),
      small(pace("Halberd University School of Medicine")),
      sp(10),
      sig([("Catherine Ibsen, MD", ["Associate Dean, Continuing Professional Development"])]),
      ],
     name_="Gabriel Achterberg",
     title_=("Pathology Grand Rounds: Clonal Hematopoiesis of Indeterminate Potential and "
             "What the Laboratory Needs to Report"),
     date="2025-02-26", credits=1.0, unit="contact hour",
     provider=["Halberd University School of Medicine",
               "Halberd University School of Medicine, Office of Continuing Professional Development"],
     activity_id="25GR0226",
     layout=["portrait", "left", "letterhead", "series-name-in-title", "wrapped-title",
             "multi-credit", "max-vs-claimed", "table", "two-column", "signature"],
     notes="'Pathology Grand Rounds:' series prefix is part of the title. ACPE UAN is a "
           "distractor identifier. Only the P.A.C.E. row is claimed.")

# ---------------------------------------------------------------- zx17 university CEU (2 pages)
cert(17, "university_ceu", "P",
     dict(orient="P", align="center", border="double", font="serif", accent="#7b1113",
          seal="RSU", seal_xy=[518, 112]),
     [org("Redwater State University", size=22),
      sub("Division of Continuing Studies"),
      sp(18),
      heading("Certificate of Completion", size=30),
      sp(8),
      p("This certifies that", italic=True),
      name("Christopher M. Haldane, MT(ASCP)"),
      p("has satisfactorily completed the non-credit course", italic=True),
      title("Clinical Laboratory Management Module 3: Quality Systems, Regulatory "
            "Compliance, and Inspection Readiness"),
      p("Course dates: September 8 \u2013 October 20, 2025"),
      sp(6),
      kv([("Course No.", "MLS-CE 4120"),
          ("Continuing Education Units", "1.2 CEUs"),
          ("Student ID", "R00731846")], width=0.6),
      sp(6),
      p("Issued October 24, 2025", size=9, italic=True),
      sp(16),
      sig([("Gwendolyn Archer, EdD", ["Dean, Division of Continuing Studies"]),
           ("Howard Lindgren, MS, MT(ASCP)", ["Course Director"])]),
      small("One Continuing Education Unit (CEU) represents ten contact hours of "
            "participation in an organized continuing education experience under "
            "responsible sponsorship, capable direction, and qualified instruction."),
      page(),
      org("Redwater State University \u2014 Division of Continuing Studies", size=14),
      p("Course outline: MLS-CE 4120", bold=True),
      table(["Week", "Topic"],
            [["1", "Quality system essentials and the path of workflow"],
             ["2", "Document control and records management"],
             ["3", "Nonconforming event management and root cause analysis"],
             ["4", "CLIA, CAP, and Joint Commission requirements compared"],
             ["5", "Proficiency testing and alternative assessment"],
             ["6", "Mock inspection and corrective action planning"]],
            [0.15, 0.85], width=0.85, size=10),
      sp(8),
      small("Participants completed six weekly online modules and a capstone mock "
            "inspection. This record is provided for continuing education documentation "
            "only and does not carry academic credit."),
      foot("Redwater State University \u00b7 Page 2"),
      ],
     name_="Christopher M. Haldane",
     title_=("Clinical Laboratory Management Module 3: Quality Systems, Regulatory "
             "Compliance, and Inspection Readiness"),
     date="2025-10-20", credits=1.2, unit="CEU",
     provider=["Redwater State University",
               "Redwater State University, Division of Continuing Studies"],
     activity_id="MLS-CE 4120",
     layout=["portrait", "centered", "border", "seal", "wrapped-title", "date-range",
             "two-column", "two-page", "signature", "ceu"],
     notes="CEU x10 = 12 points. Completion = last day of the course dates; issue date and "
           "student ID are distractors.")

# ---------------------------------------------------------------- zx18 vendor training (AcroForm)
cert(18, "vendor", "A",
     dict(orient="L", align="left", border="thick", font="sans", accent="#004d40"),
     [org("Korvath Diagnostics, Inc.", size=22),
      p("Precision hematology for every laboratory", size=10, italic=True),
      rule(),
      heading("Certificate of Training", size=26),
      sp(4),
      kv([("Trainee", "Alejandra Ruiz-Castell\u00f3n, MLS(ASCP)CM"),
          ("Training", "Operator Training: KX-900 Hematology Analyzer"),
          ("Training ID", "KX9-OT-2511"),
          ("Training dates", "November 4\u20136, 2025"),
          ("Contact hours", "12.0"),
          ("Site", "Brookfield Memorial Hospital, Core Laboratory"),
          ("Instrument serial no.", "KX9-004417")], width=0.75, size=11),
      sp(6),
      small(pace("Korvath Diagnostics, Inc.") + " Completion of this course qualifies the "
            "trainee to perform routine operation, daily maintenance, and quality control "
            "on the KX-900 system."),
      sp(14),
      sig([("Brian Castellano", ["Field Applications Specialist"]),
           ("Yvette Morrow, MT(ASCP)", ["Manager, Customer Education"])]),
      ],
     name_="Alejandra Ruiz-Castell\u00f3n",
     title_="Operator Training: KX-900 Hematology Analyzer",
     date="2025-11-06", credits=12.0, unit="contact hour",
     provider=["Korvath Diagnostics, Inc."],
     activity_id="KX9-OT-2511",
     layout=["landscape", "left", "form-fields", "two-column", "date-range", "border",
             "signature", "accented-name", "hyphenated-name"],
     notes="Site and instrument serial number are distractors; last day of training dates.")

# ---------------------------------------------------------------- zx19 ASCP annual meeting letter
cert(19, "ascp", "H",
     dict(orient="P", align="left", border="none", font="serif", accent="#1d3f72",
          valign=0),
     [org("American Society for Clinical Pathology", size=18),
      p("ASCP 2025 Annual Meeting \u00b7 Denver, Colorado", size=10),
      rule(),
      sp(6),
      p("Date issued: October 9, 2025"),
      sp(4),
      heading("Certificate of Attendance and Credit Claimed", size=17),
      p("This letter certifies that Aisha N. Yusuf, MS, MLS(ASCP)CM attended the "
        "ASCP 2025 Annual Meeting held October 1\u20133, 2025, in Denver, Colorado, "
        "and claimed the following credit:"),
      table(["Credit type", "Maximum available", "Claimed"],
            [["AMA PRA Category 1 Credits\u2122", "18.0", "\u2014"],
             ["CMLE credits", "18.0", "12.5"]],
            [0.5, 0.28, 0.22], width=0.8, size=10),
      sp(4),
      p("Attendee ID: 7730412"),
      small("The American Society for Clinical Pathology (ASCP) is accredited by the "
            "Accreditation Council for Continuing Medical Education to provide continuing "
            "medical education for physicians. ASCP designates this live activity for a "
            "maximum of 18.0 AMA PRA Category 1 Credits\u2122. ASCP CMLE credits are "
            "acceptable to meet the continuing education requirements for the ASCP Board "
            "of Certification Credential Maintenance Program."),
      sp(12),
      p("Sincerely,"),
      sig([("Diane Holloway, MEd, MLS(ASCP)CM", ["Manager, Continuing Education"])]),
      ],
     name_="Aisha N. Yusuf",
     title_="ASCP 2025 Annual Meeting",
     date="2025-10-03", credits=12.5, unit="CMLE",
     provider=["American Society for Clinical Pathology", "ASCP"],
     activity_id=None,
     layout=["portrait", "left", "letter", "name-inline", "meeting-attendance",
             "date-range", "multi-credit", "max-vs-claimed", "table", "signature"],
     notes="Name and meeting are inline in a sentence. Claimed 12.5 CMLE vs maximum 18.0. "
           "Issue date and attendee ID are distractors.")

# ---------------------------------------------------------------- zx20 ASCP self-study
cert(20, "ascp", "D",
     dict(orient="L", align="center", border="ornate", font="serif", accent="#1d3f72"),
     [heading("Certificate of Completion", size=34),
      p("American Society for Clinical Pathology", bold=True, size=14),
      sp(10),
      fmt("Self-Study Module"),
      title("Laboratory Ethics and Professional Conduct: Case Studies for the Practicing "
            "Medical Laboratory Scientist"),
      sp(10),
      cols([[("Participant", "JOS\u00c9 MANUEL IBARRA"),
             ("Date of Completion", "July 17, 2025"),
             ("CMLE Credits", "1.5")]], width=0.8),
      sp(8),
      p("Activity ID: 25SSM0711", size=10),
      sp(6),
      small("These CMLE credits are acceptable to meet the continuing education requirements "
            "of the Board of Certification Credential Maintenance Program."),
      sig([("Elena Brandt, MS, MEd", ["Director, Continuing Education"])]),
      ],
     name_="JOS\u00c9 MANUEL IBARRA",
     title_=("Laboratory Ethics and Professional Conduct: Case Studies for the Practicing "
             "Medical Laboratory Scientist"),
     date="2025-07-17", credits=1.5, unit="CMLE",
     provider=["American Society for Clinical Pathology"],
     activity_id="25SSM0711",
     layout=["landscape", "centered", "border", "issuer-line-under-heading",
             "format-line", "labels-above-values", "all-caps-name", "accented-name",
             "signature"],
     notes="Provider printed only as the issuer line under the heading; no short form "
           "is printed. Title contains 'Ethics'.")

# ---------------------------------------------------------------- zx21 AABB session certificate
cert(21, "aabb", "C",
     dict(orient="P", align="center", border="single", font="sans", accent="#8b1a1a"),
     [org("AABB", size=28),
      sub("Association for the Advancement of Blood & Biotherapies"),
      p("AABB 2025 Annual Meeting \u00b7 October 18\u201321, 2025", size=10),
      sp(12),
      heading("Session Certificate", size=28),
      p("This certifies that"),
      name("CATHERINE VO-NGUYEN", spaced=True, size=18),
      p("attended"),
      sp(4),
      kv([("Session No.", "3104"),
          ("Title", "Cold-Stored Platelets and Whole Blood in Trauma Resuscitation: Early "
                    "Outcomes and Inventory Strategy"),
          ("Session date", "October 20, 2025"),
          ("Speaker", "Dr. Henrik Solberg, MD, PhD")], width=0.85),
      sp(8),
      table(["Credit type", "Credits"],
            [["ASCLS P.A.C.E.\u00ae contact hours", "1.5"],
             ["AMA PRA Category 1 Credits\u2122", "1.25"],
             ["ANCC nursing contact hours", "1.25"]],
            [0.7, 0.3], width=0.6, size=9.5),
      sp(8),
      small("AABB is accredited by the Accreditation Council for Continuing Medical "
            "Education (ACCME) to provide continuing medical education for physicians. " +
            pace("AABB")),
      sp(12),
      sig([("Rebecca Lindahl, MT(ASCP)SBB", ["Director, Education Programs"])]),
      ],
     name_="CATHERINE VO-NGUYEN",
     title_=("Cold-Stored Platelets and Whole Blood in Trauma Resuscitation: Early "
             "Outcomes and Inventory Strategy"),
     date="2025-10-20", credits=1.5, unit="contact hour",
     provider=["Association for the Advancement of Blood & Biotherapies", "AABB"],
     activity_id="3104",
     layout=["portrait", "centered", "border", "session-certificate", "date-range",
             "letter-spaced-name", "all-caps-name", "hyphenated-name", "two-column",
             "multi-credit", "table", "signature"],
     notes="Session date Oct 20 inside the meeting range Oct 18-21. P.A.C.E. 1.5 differs "
           "from AMA/ANCC 1.25. Speaker is a distractor.")

# ---------------------------------------------------------------- zx22 CAP live webinar
cert(22, "cap", "P",
     dict(orient="L", align="center", border="double", font="sans", accent="#00558c",
          seal="CAP", seal_xy=[700, 104]),
     [org("College of American Pathologists", size=22),
      sp(6),
      heading("Certificate of Attendance", size=32),
      p("The College of American Pathologists certifies that"),
      name("Dr. Wendell P. Okonkwo-Harris, PhD"),
      p("attended the"),
      fmt("LIVE WEBINAR"),
      title("Laboratory Director Responsibilities Under CLIA: Meeting the Inspection "
            "Checklist Requirements for Moderate- and High-Complexity Testing"),
      p("Date of completion: April 23, 2025"),
      p("Credits claimed: 1.0 ASCLS P.A.C.E.\u00ae contact hour", bold=True),
      p("Activity ID: W25-0423", size=10),
      sig([("Martin Gallagher-Reyes, MD, FCAP", ["Chair, Council on Education"])]),
      small("The CAP is accredited by the ACCME to provide continuing medical education for "
            "physicians and designates this live activity for a maximum of 1.0 AMA PRA "
            "Category 1 Credit\u2122. " + pace("The CAP")),
      ],
     name_="Wendell P. Okonkwo-Harris",
     title_=("Laboratory Director Responsibilities Under CLIA: Meeting the Inspection "
             "Checklist Requirements for Moderate- and High-Complexity Testing"),
     date="2025-04-23", credits=1.0, unit="contact hour",
     provider=["College of American Pathologists", "CAP"],
     activity_id="W25-0423",
     layout=["landscape", "centered", "border", "seal", "format-line", "wrapped-title",
             "multi-credit", "honorific", "hyphenated-name", "signature"],
     notes="'Meeting' is a word of the title. AMA maximum is a distractor.")

# ---------------------------------------------------------------- zx23 ASCLS on-demand
cert(23, "ascls", "F",
     dict(orient="L", align="center", border="thick", font="sans", accent="#0b5d3b"),
     [org("ASCLS", size=28),
      sub("American Society for Clinical Laboratory Science"),
      sp(4),
      heading("Certificate of Completion", size=30),
      p("This certifies that"),
      name("Derek Tanaka-Morrison, MLS(ASCP)CM"),
      p("has completed the"),
      fmt("On-Demand Webinar"),
      title("Diversity, Equity, and Inclusion in Laboratory Education: Practical Steps for "
            "Program Directors and Clinical Preceptors"),
      p("Date of completion: December 2, 2025"),
      sp(4),
      kv([("P.A.C.E.\u00ae Course No.", "519-204-25"), ("Contact hours", "1.0")], width=0.4),
      small("The American Society for Clinical Laboratory Science (ASCLS) is approved as a "
            "provider of continuing education programs in the clinical laboratory sciences "
            "by the ASCLS P.A.C.E.\u00ae Program."),
      sig([("Yvonne Castillo, EdD, MLS(ASCP)CM", ["Chair, ASCLS Education Scientific Assembly"])]),
      ],
     name_="Derek Tanaka-Morrison",
     title_=("Diversity, Equity, and Inclusion in Laboratory Education: Practical Steps for "
             "Program Directors and Clinical Preceptors"),
     date="2025-12-02", credits=1.0, unit="contact hour",
     provider=["American Society for Clinical Laboratory Science", "ASCLS"],
     activity_id="519-204-25",
     layout=["landscape", "centered", "border", "format-line", "wrapped-title",
             "two-column", "signature", "hyphenated-name"],
     notes="ASCLS's own certificate, so ASCLS is the provider.")

# ---------------------------------------------------------------- zx24 P.A.C.E. provider (issuer line)
cert(24, "pace_provider", "G",
     dict(orient="P", align="center", border="single", font="sans", accent="#6b3e26"),
     [p("Consortium for Laboratory Education of the Carolinas", size=11, bold=True),
      heading("Certificate of Completion", size=30),
      rule(),
      sp(10),
      cols([[("Participant", "Ellen Marie Kowalczyk-Boyd, MLS(ASCP)CM"),
             ("Date of Completion", "March 8, 2025")]]),
      sp(6),
      cols([[("Course Title", "Antifungal Susceptibility Testing of Candida auris: "
                              "Breakpoints, Reporting, and Infection Prevention "
                              "Notification")]]),
      sp(6),
      cols([[("Course Number", "CLEC-2503"), ("Contact Hours", "2.0"),
             ("Delivery", "Recorded webinar")]]),
      sp(16),
      small("Approved provider of continuing education programs in the clinical "
            "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program."),
      sp(22),
      sig([("Marguerite Osei, MS, MLS(ASCP)CM", ["Program Director"])]),
      foot("Certificate 2025-00381 \u00b7 Verify at the consortium office"),
      ],
     name_="Ellen Marie Kowalczyk-Boyd",
     title_=("Antifungal Susceptibility Testing of Candida auris: Breakpoints, Reporting, "
             "and Infection Prevention Notification"),
     date="2025-03-08", credits=2.0, unit="contact hour",
     provider=["Consortium for Laboratory Education of the Carolinas"],
     activity_id="CLEC-2503",
     layout=["portrait", "centered", "border", "issuer-line-over-heading",
             "labels-above-values", "hyphenated-name", "signature", "footer"],
     notes="Provider is only the issuer line above the heading; 'for' inside the name.")

# ---------------------------------------------------------------- zx25 LabCE award
cert(25, "labce", "T",
     dict(orient="L", align="center", border="ornate", font="serif", accent="#d35400"),
     [org("LabCE", size=30),
      sp(4),
      heading("Certificate of Completion", size=32),
      p("This is to certify that", italic=True),
      name("MARGARET A. FLANNERY-COOKE"),
      p("has completed", italic=True),
      title("Phlebotomy Safety and Patient Identification: Preventing Wrong Blood in Tube "
            "Errors"),
      p("Completed: October 14, 2025"),
      p("Course Number: PHL-3307 \u00a0\u00b7\u00a0 1.0 P.A.C.E.\u00ae contact hour"),
      sp(6),
      sig([("Allison Marchetti, MS, MLS(ASCP)CM", ["Director of Content"])]),
      small(pace("LabCE")),
      p("Certificate ID: LC-8831-2207-Q", size=8),
      ],
     name_="MARGARET A. FLANNERY-COOKE",
     title_=("Phlebotomy Safety and Patient Identification: Preventing Wrong Blood in "
             "Tube Errors"),
     date="2025-10-14", credits=1.0, unit="contact hour",
     provider=["LabCE"], activity_id="PHL-3307",
     layout=["landscape", "centered", "border", "all-caps-name", "hyphenated-name",
             "wrapped-title", "signature"],
     notes="'Safety' is a title word. Certificate ID is a distractor.")

# ---------------------------------------------------------------- zx26 MediaLab AcroForm
cert(26, "medialab", "A",
     dict(orient="P", align="left", border="double", font="sans", accent="#2c6e49"),
     [org("MediaLab, Inc.", size=22),
      p("Online Learning for Laboratory Professionals", size=11),
      rule(),
      sp(14),
      heading("Certificate of Completion", size=26),
      sp(10),
      cols([[("Name", "Ravi Subramanian, MLS(ASCP)CM"), ("Completed On", "August 29, 2025")]]),
      sp(8),
      cols([[("Course", "Orientation to Point-of-Care Testing: Competency Assessment")]]),
      sp(8),
      cols([[("Course ID", "POC-1108"), ("Contact Hours", "1.0"),
             ("Organization", "Pinecrest Health Laboratory Services")]]),
      sp(14),
      small(pace("MediaLab, Inc.")),
      sp(26),
      sig([("Owen Pritchard, MT(ASCP)", ["Continuing Education Manager"])]),
      ],
     name_="Ravi Subramanian",
     title_="Orientation to Point-of-Care Testing: Competency Assessment",
     date="2025-08-29", credits=1.0, unit="contact hour",
     provider=["MediaLab, Inc."], activity_id="POC-1108",
     layout=["portrait", "left", "form-fields", "labels-above-values", "border",
             "signature"],
     notes="'Orientation' is a title word. Organization (employer) is a distractor.")

# ---------------------------------------------------------------- zx27 AACC (2023)
cert(27, "adlm", "H",
     dict(orient="P", align="left", border="single", font="sans", accent="#0a5c8a"),
     [org("AACC", size=26),
      p("American Association for Clinical Chemistry", bold=True),
      rule(),
      sp(10),
      heading("Statement of Continuing Education Credit", size=20),
      sp(4),
      kv([("Issued to", "Dr. Benedikt Sch\u00e4fer-Lund, PhD, DABCC"),
          ("Title", "Pediatric Reference Intervals: Partitioning, Transference, and "
                    "Verification in Practice"),
          ("Format", "Live webinar"),
          ("Date", "September 12, 2023"),
          ("Activity No.", "23-ACC-0912"),
          ("ACCENT\u00ae credit", "1.0 contact hour")], width=0.95),
      sp(10),
      small("AACC designates this activity for a maximum of 1.0 ACCENT\u00ae credit hour. "
            "ACCENT\u00ae is the American Association for Clinical Chemistry's continuing "
            "education accreditation program for laboratory professionals."),
      sp(16),
      sig([("Janice Whitlow, PhD", ["Director, Education"])]),
      foot("Statement generated November 2, 2023"),
      ],
     name_="Benedikt Sch\u00e4fer-Lund",
     title_=("Pediatric Reference Intervals: Partitioning, Transference, and Verification "
             "in Practice"),
     date="2023-09-12", credits=1.0, unit="contact hour",
     provider=["American Association for Clinical Chemistry", "AACC"],
     activity_id="23-ACC-0912",
     layout=["portrait", "left", "two-column", "honorific", "accented-name",
             "hyphenated-name", "signature", "footer"],
     notes="Pre-rename AACC certificate (2023). Statement generation date is a distractor.")

# ---------------------------------------------------------------- zx28 NSH workshop session
cert(28, "nsh", "Y",
     dict(orient="P", align="left", border="single", font="serif", accent="#7a1f5c"),
     [org("National Society for Histotechnology", size=18),
      p("NSH 2025 Symposium/Convention \u00b7 September 12\u201317, 2025 \u00b7 "
        "Louisville, Kentucky", size=10),
      rule(),
      sp(10),
      heading("Workshop Certificate", size=24),
      p("This certifies that"),
      name("Jacqueline Thibodeaux, HT(ASCP)", size=18),
      p("attended the following workshop:"),
      kv([("Session No.", "HT-34"),
          ("Title", "Frozen Section Quality: Troubleshooting Cryostat Artifacts in Mohs "
                    "and Intraoperative Consultation"),
          ("Session date", "September 14, 2025"),
          ("Presenter", "Harold Nakamura, HTL(ASCP)"),
          ("Contact hours", "3.0")], width=0.9),
      sp(10),
      small("The National Society for Histotechnology is approved as a provider of "
            "continuing education programs in the clinical laboratory sciences by the "
            "ASCLS P.A.C.E.\u00ae Program."),
      sp(20),
      sig([("Dana Whitcombe, HT(ASCP)", ["Chair, NSH Education Committee"])]),
      foot("Badge No. 10562 \u00b7 NSH"),
      ],
     name_="Jacqueline Thibodeaux",
     title_=("Frozen Section Quality: Troubleshooting Cryostat Artifacts in Mohs and "
             "Intraoperative Consultation"),
     date="2025-09-14", credits=3.0, unit="contact hour",
     provider=["National Society for Histotechnology", "NSH"],
     activity_id="HT-34",
     layout=["portrait", "left", "session-certificate", "date-range", "two-column",
             "signature", "footer"],
     notes="Session date inside the convention range. Badge number is a distractor.")

# ---------------------------------------------------------------- zx29 AMT self-study
cert(29, "amt", "G",
     dict(orient="L", align="center", border="double", font="serif", accent="#003b6f",
          seal="AMT"),
     [org("American Medical Technologists", size=22),
      sp(4),
      heading("Certificate of Completion", size=32),
      p("This is to certify that", italic=True),
      name("EMMANUEL K. OSEI III, MT(AMT)"),
      p("has completed the AMT", italic=True),
      fmt("Self-Study"),
      title("Professional Ethics for the Medical Laboratory: Confidentiality, Conflicts of "
            "Interest, and Reporting Obligations"),
      p("Date of completion: June 30, 2025"),
      p("Program No. 2519-SS \u00a0\u00b7\u00a0 CE hours: 1.5"),
      sp(4),
      sig([("Lorraine Beckett, MT(AMT)", ["Director, Education & Certification Continuation"])]),
      small("American Medical Technologists (AMT) awards CE hours for completion of this "
            "self-study program with a passing score of 70% or higher."),
      ],
     name_="EMMANUEL K. OSEI III",
     title_=("Professional Ethics for the Medical Laboratory: Confidentiality, Conflicts of "
             "Interest, and Reporting Obligations"),
     date="2025-06-30", credits=1.5, unit="CE hour",
     provider=["American Medical Technologists", "AMT"],
     activity_id="2519-SS",
     layout=["landscape", "centered", "border", "seal", "all-caps-name", "suffix",
             "format-line", "wrapped-title", "program-no-without-colon", "signature"],
     notes="Format line 'Self-Study' follows 'has completed the AMT'. Suffix III kept.")

# ---------------------------------------------------------------- zx30 ASM webinar series
cert(30, "asm", "P",
     dict(orient="P", align="left", border="thick", font="sans", accent="#1b4965"),
     [org("American Society for Microbiology", size=20),
      rule(),
      sp(14),
      heading("Certificate of Completion", size=26),
      sp(4),
      p("This certifies that"),
      name("Yolanda P\u00e9rez-Whitman, M(ASCP)CM", size=20),
      p("completed the"),
      fmt("Live Webinar"),
      title("ClinMicro Webinar Series: Rapid Blood Culture Identification Panels and "
            "Their Impact on Time to Optimal Therapy"),
      p("Date of completion: May 7, 2025"),
      sp(6),
      kv([("Event No.", "CMW-2505"), ("P.A.C.E.\u00ae contact hours", "1.0")], width=0.6),
      sp(10),
      small("The American Society for Microbiology (ASM) is approved as a provider of "
            "continuing education programs in the clinical laboratory sciences by the "
            "ASCLS P.A.C.E.\u00ae Program."),
      sp(22),
      sig([("Victor Almeida, MBA", ["Director, Professional Development"])]),
      ],
     name_="Yolanda P\u00e9rez-Whitman",
     title_=("ClinMicro Webinar Series: Rapid Blood Culture Identification Panels and "
             "Their Impact on Time to Optimal Therapy"),
     date="2025-05-07", credits=1.0, unit="contact hour",
     provider=["American Society for Microbiology", "ASM"],
     activity_id="CMW-2505",
     layout=["portrait", "left", "border", "format-line", "series-name-in-title",
             "wrapped-title", "two-column", "accented-name", "hyphenated-name",
             "signature"],
     notes="Series name before the colon is part of the title; 'Live Webinar' is the format.")

# ---------------------------------------------------------------- zx31 CLSI workshop
cert(31, "clsi", "C",
     dict(orient="L", align="center", border="ornate", font="serif", accent="#004e7c",
          seal="CLSI"),
     [org("CLSI", size=28),
      sub("Clinical and Laboratory Standards Institute"),
      sp(4),
      heading("Certificate of Completion", size=32),
      p("This is to certify that", italic=True),
      name("FRAN\u00c7OIS-XAVIER LEBLANC"),
      p("has completed the two-day workshop", italic=True),
      title("Method Evaluation Essentials: Precision, Trueness, and Measurement Procedure "
            "Comparison Using CLSI EP05, EP15, and EP09"),
      p("August 12\u201313, 2025 \u00b7 Virtual"),
      p("12.0 P.A.C.E.\u00ae contact hours", bold=True),
      p("Offering ID: WS-EP-0825 \u00a0\u00a0 Certificate issued: August 20, 2025", size=9),
      sig([("Harriet Olumide, MT(ASCP)", ["Vice President, Education"]),
           ("Kenji Watanabe, PhD", ["Workshop Faculty Lead"])]),
      small(pace("CLSI")),
      ],
     name_="FRAN\u00c7OIS-XAVIER LEBLANC",
     title_=("Method Evaluation Essentials: Precision, Trueness, and Measurement Procedure "
             "Comparison Using CLSI EP05, EP15, and EP09"),
     date="2025-08-13", credits=12.0, unit="contact hour",
     provider=["Clinical and Laboratory Standards Institute", "CLSI"],
     activity_id="WS-EP-0825",
     layout=["landscape", "centered", "border", "seal", "all-caps-name", "accented-name",
             "hyphenated-name", "wrapped-title", "date-range", "signature"],
     notes="Last day of the two-day range; certificate issue date is a distractor.")

# ---------------------------------------------------------------- zx32 ASCLS-Ohio webinar
cert(32, "state_society", "D",
     dict(orient="P", align="center", border="single", font="sans", accent="#b22222"),
     [org("ASCLS-Ohio", size=24),
      sub("Fall Webinar Series 2025"),
      sp(14),
      heading("Certificate of Completion", size=28),
      sp(6),
      p("This is to certify that"),
      name("Kimberly Ann Rousseau, MLS(ASCP)CM"),
      p("attended the live webinar"),
      title("Hemoglobinopathy Screening Made Simple: HPLC Patterns, Capillary "
            "Electrophoresis, and When to Refer"),
      p("Date attended: October 29, 2025"),
      sp(8),
      kv([("Course #", "OH-FW-03"), ("P.A.C.E.\u00ae contact hours", "1.0")], width=0.55),
      sp(14),
      small(pace("ASCLS-Ohio")),
      sp(20),
      sig([("Theresa Gallo, MLS(ASCP)CM", ["President, ASCLS-Ohio"]),
           ("Mark Ellison, MS, MLS(ASCP)", ["Continuing Education Chair"])]),
      ],
     name_="Kimberly Ann Rousseau",
     title_=("Hemoglobinopathy Screening Made Simple: HPLC Patterns, Capillary "
             "Electrophoresis, and When to Refer"),
     date="2025-10-29", credits=1.0, unit="contact hour",
     provider=["ASCLS-Ohio"], activity_id="OH-FW-03",
     layout=["portrait", "centered", "border", "format-in-verb-line", "wrapped-title",
             "two-column", "signature"],
     notes="State society webinar; the series line is a subtitle, not the title.")

# ---------------------------------------------------------------- zx33 regional society annual meeting
cert(33, "state_society", "F",
     dict(orient="L", align="center", border="ornate", font="serif", accent="#5c4033"),
     [org("Rocky Mountain Regional Laboratory Society", size=20),
      sp(4),
      heading("Certificate of Attendance", size=34),
      p("This certifies that", italic=True),
      name("Ingrid Solheim-Baptiste, MLT(ASCP)"),
      p("attended the", italic=True),
      title("45th Annual Fall Meeting"),
      p("held October 9\u201311, 2025, at the Aspen Ridge Conference Center, Boulder, "
        "Colorado"),
      p("Total contact hours: 11.25", bold=True),
      sp(4),
      sig([("Colleen Drummond, MLS(ASCP)CM", ["President"]),
           ("Arturo Villanueva, MS, MLS(ASCP)", ["Meeting Chair"])]),
      small(pace("Rocky Mountain Regional Laboratory Society") +
            " P.A.C.E.\u00ae Program No. 611-032-25"),
      ],
     name_="Ingrid Solheim-Baptiste",
     title_="45th Annual Fall Meeting",
     date="2025-10-11", credits=11.25, unit="contact hour",
     provider=["Rocky Mountain Regional Laboratory Society"],
     activity_id="611-032-25",
     layout=["landscape", "centered", "border", "meeting-attendance", "date-range",
             "hyphenated-name", "program-no-without-colon", "signature"],
     notes="Meeting attendance; the meeting name is the title. Last day of October 9-11.")

# ---------------------------------------------------------------- zx34 children's hospital in-service
cert(34, "hospital_inservice", "H",
     dict(orient="L", align="center", border="double", font="serif", accent="#006d77"),
     [org("Lakeview Children's Hospital", size=22),
      sub("Department of Pathology and Laboratory Medicine"),
      sp(4),
      heading("Certificate of Completion", size=30),
      p("This certificate is awarded to", italic=True),
      name("B R A N D O N \u00a0 T. \u00a0 M E R C E R"),
      p("for completing the", italic=True),
      title("Annual Transfusion Safety In-Service: Bedside Verification and Recognition of "
            "Acute Transfusion Reactions"),
      p("Date: March 5, 2025 \u00a0\u00a0\u00b7\u00a0\u00a0 Competency expires: March 5, 2026"),
      p("Course No. TS-2025-02 \u00a0\u00a0\u00b7\u00a0\u00a0 CE hours: 1.0", bold=True),
      sig([("Anjali Rao, MD", ["Director, Transfusion Service"]),
           ("Felicia Turner, MLS(ASCP)CM", ["Laboratory Education Coordinator"])]),
      small("Continuing education hours are approved by the Lakeview Children's Hospital "
            "Department of Pathology and Laboratory Medicine education committee."),
      ],
     name_="BRANDON T. MERCER",
     title_=("Annual Transfusion Safety In-Service: Bedside Verification and Recognition of "
             "Acute Transfusion Reactions"),
     date="2025-03-05", credits=1.0, unit="CE hour",
     provider=["Lakeview Children's Hospital",
               "Lakeview Children's Hospital, Department of Pathology and Laboratory Medicine"],
     activity_id="TS-2025-02",
     layout=["landscape", "centered", "border", "letter-spaced-name", "all-caps-name",
             "wrapped-title", "signature"],
     notes="Name printed with literal spaces between letters. Competency expiry is a distractor.")

# ---------------------------------------------------------------- zx35 hospital letter
cert(35, "hospital_inservice", "Y",
     dict(orient="P", align="left", border="none", font="serif", accent="#3d405b",
          valign=0),
     [org("Riverside Community Health System", size=18),
      p("Laboratory Education Department", bold=True),
      p("455 Riverside Parkway, Suite 200 \u00b7 Easton, PA 18042 \u00b7 (610) 555-0187", size=9),
      rule(),
      sp(10),
      p("November 21, 2025"),
      sp(6),
      p("To Whom It May Concern:"),
      p("This letter verifies that Hyun-woo Park, MLS(ASCP)CM, Employee No. 22871, attended "
        "the following continuing education activity offered by the Riverside Community "
        "Health System Laboratory Education Department:"),
      kv([("Title", "Ethics Rounds for Laboratory Staff: Handling Errors, Disclosure, and "
                    "Just Culture"),
          ("Date", "November 18, 2025"),
          ("Offering No.", "LED-1125-07"),
          ("CE hours", "1.0")], width=0.85),
      p("Please contact our office with any questions regarding this record."),
      sp(6),
      p("Sincerely,"),
      sp(16),
      sig([("M\u00f3nica Albarr\u00e1n, MS, MLS(ASCP)CM", ["Laboratory Education Coordinator"])]),
      ],
     name_="Hyun-woo Park",
     title_="Ethics Rounds for Laboratory Staff: Handling Errors, Disclosure, and Just Culture",
     date="2025-11-18", credits=1.0, unit="CE hour",
     provider=["Riverside Community Health System",
               "Riverside Community Health System, Laboratory Education Department"],
     activity_id="LED-1125-07",
     layout=["portrait", "left", "letter", "letterhead", "name-inline", "two-column",
             "signature"],
     notes="Letter date (Nov 21) is a distractor; the activity date is Nov 18. 'Ethics' is a "
           "title word. Employee number is a distractor.")

# ---------------------------------------------------------------- zx36 county PHL AcroForm
cert(36, "public_health_lab", "A",
     dict(orient="L", align="left", border="double", font="sans", accent="#264653"),
     [org("Marlow County Public Health Laboratory", size=22),
      p("Continuing Education Record", size=11),
      rule(),
      heading("Certificate of Training Completion", size=24),
      sp(4),
      cols([[("Participant", "Deborah Nwachukwu-Hale, M(ASCP)"),
             ("Employer", "St. Ansgar Community Hospital")]]),
      sp(4),
      cols([[("Course Title", "BSL-3 Practices Refresher for Sentinel Clinical Laboratories")]]),
      sp(4),
      cols([[("Class ID", "MC-BSL3-0925"), ("Date Completed", "September 25, 2025"),
             ("Contact Hours", "4.0"), ("Recertify By", "September 25, 2026")]],
           widths=[[0.24, 0.28, 0.2, 0.28]]),
      sp(6),
      small(pace("Marlow County Public Health Laboratory")),
      sp(12),
      sig([("Dr. Howard Kessler, PhD, D(ABMM)", ["Laboratory Director"])]),
      ],
     name_="Deborah Nwachukwu-Hale",
     title_="BSL-3 Practices Refresher for Sentinel Clinical Laboratories",
     date="2025-09-25", credits=4.0, unit="contact hour",
     provider=["Marlow County Public Health Laboratory"],
     activity_id="MC-BSL3-0925",
     layout=["landscape", "left", "form-fields", "labels-above-values", "border",
             "hyphenated-name", "signature"],
     notes="Recertify-by date and employer are distractors.")

# ---------------------------------------------------------------- zx37 joint CME enduring
cert(37, "joint_cme", "T",
     dict(orient="P", align="center", border="double", font="serif", accent="#3a0ca3"),
     [org("Crestmoor Health", size=22),
      sub("Center for Continuing Education"),
      sp(12),
      heading("Certificate of Completion", size=28),
      p("This is to certify that", italic=True),
      name("Elif Kaya-Brennan, PhD, MLS(ASCP)CM"),
      p("has completed", italic=True),
      fmt("Enduring Material"),
      title("Transfusion Medicine Case Conference: Hyperhemolysis in Sickle Cell Disease "
            "and Antibody Identification Challenges"),
      p("Date completed: July 2, 2025"),
      sp(4),
      kv([("Activity ID", "25-TMCC-07"),
          ("Credit earned", "1.0 ASCLS P.A.C.E.\u00ae contact hour")], width=0.7),
      sp(6),
      small("In support of improving patient care, Crestmoor Health is jointly accredited by "
            "the Accreditation Council for Continuing Medical Education (ACCME), the "
            "Accreditation Council for Pharmacy Education (ACPE), and the American Nurses "
            "Credentialing Center (ANCC), to provide continuing education for the "
            "healthcare team. Crestmoor Health designates this enduring material for a "
            "maximum of 1.0 AMA PRA Category 1 Credit\u2122, 1.0 ANCC contact hour, and "
            "1.0 ACPE contact hour (0.1 CEU; UAN JA0007715-9999-25-118-H01-P). " +
            pace("Crestmoor Health")),
      sp(10),
      sig([("Lisette Marchand, MD", ["Medical Director, Center for Continuing Education"])]),
      ],
     name_="Elif Kaya-Brennan",
     title_=("Transfusion Medicine Case Conference: Hyperhemolysis in Sickle Cell Disease "
             "and Antibody Identification Challenges"),
     date="2025-07-02", credits=1.0, unit="contact hour",
     provider=["Crestmoor Health", "Crestmoor Health, Center for Continuing Education"],
     activity_id="25-TMCC-07",
     layout=["portrait", "centered", "border", "format-line", "series-name-in-title",
             "wrapped-title", "multi-credit", "two-column", "hyphenated-name",
             "signature"],
     notes="ACPE '0.1 CEU' in the accreditation statement is a distractor (not the lab "
           "figure). UAN is a distractor identifier.")

# ---------------------------------------------------------------- zx38 joint CME conference (2 pages)
cert(38, "joint_cme", "C",
     dict(orient="P", align="center", border="single", font="serif", accent="#6a040f"),
     [org("Westbrook University Medical Center", size=20),
      sub("Office of Continuing Medical Education"),
      sp(16),
      heading("Certificate of Attendance", size=30),
      p("This is to certify that", italic=True),
      name("Dr. Samantha J. Whitcombe-Ruiz, DCLS, MLS(ASCP)CM"),
      p("attended", italic=True),
      title("Annual Hematopathology Update 2025"),
      p("March 20\u201322, 2025 \u00b7 Westbrook Conference Center"),
      p("Activity No. HEM25-0320"),
      sp(8),
      table(["Credit type", "Maximum", "Claimed"],
            [["AMA PRA Category 1 Credits\u2122", "16.5", "\u2014"],
             ["ASCLS P.A.C.E.\u00ae contact hours", "16.5", "14.0"],
             ["ABPath CC Self-Assessment (SAM) credits", "4.0", "4.0"]],
            [0.58, 0.21, 0.21], width=0.85, size=9.5),
      sp(10),
      sig([("Reginald Osterhout, MD", ["Course Director"]),
           ("Patricia Nguyen, MEd", ["Director, Office of CME"])]),
      foot("Accreditation statements continue on page 2"),
      page(),
      org("Annual Hematopathology Update 2025 \u2014 Accreditation", size=14),
      sp(6),
      small("Accreditation: Westbrook University Medical Center is accredited by the "
            "Accreditation Council for Continuing Medical Education (ACCME) to provide "
            "continuing medical education for physicians.", align="left"),
      small("Credit designation: Westbrook University Medical Center designates this live "
            "activity for a maximum of 16.5 AMA PRA Category 1 Credits\u2122. Physicians "
            "should claim only the credit commensurate with the extent of their "
            "participation in the activity.", align="left"),
      small("Laboratory professionals: " + pace("Westbrook University Medical Center") +
            " This activity is approved for a maximum of 16.5 contact hours.", align="left"),
      small("ABPath: Successful completion of the self-assessment components enables the "
            "participant to earn up to 4.0 Lifelong Learning Self-Assessment Module (SAM) "
            "credits toward the American Board of Pathology Continuing Certification "
            "program.", align="left"),
      sp(8),
      p("Registration No. 25-HPU-00482", size=9),
      foot("Westbrook University Medical Center \u00b7 Office of Continuing Medical "
           "Education \u00b7 Page 2 of 2"),
      ],
     name_="Samantha J. Whitcombe-Ruiz",
     title_="Annual Hematopathology Update 2025",
     date="2025-03-22", credits=14.0, unit="contact hour",
     provider=["Westbrook University Medical Center",
               "Westbrook University Medical Center, Office of Continuing Medical Education"],
     activity_id="HEM25-0320",
     layout=["portrait", "centered", "border", "meeting-attendance", "date-range",
             "multi-credit", "max-vs-claimed", "table", "two-page", "honorific",
             "hyphenated-name", "signature", "footer"],
     notes="Claimed P.A.C.E. 14.0 vs maximum 16.5; ABPath SAM 4.0 claimed is a distractor. "
           "Page 2 carries accreditation statements and a registration number.")

# ---------------------------------------------------------------- zx39 university CEU bootcamp
cert(39, "university_ceu", "G",
     dict(orient="L", align="center", border="thick", font="serif", accent="#003366",
          seal="BU"),
     [org("Brennerton University", size=24),
      sub("Office of Continuing Education"),
      sp(4),
      heading("Certificate of Completion", size=32),
      p("This certifies that", italic=True),
      name("Nathaniel J. Abernathy-Cole, MLS(ASCP)CM"),
      p("has completed", italic=True),
      title("Molecular Diagnostics Bootcamp: Nucleic Acid Extraction, Real-Time PCR "
            "Troubleshooting, and Assay Verification"),
      p("June 16\u201318, 2025"),
      p("Continuing Education Units awarded: 2.1 CEUs", bold=True),
      p("Course ID: MDX-CE-625", size=10),
      sig([("Franklin Oduya, PhD", ["Director, Office of Continuing Education"]),
           ("Rosalind Meyer, PhD, MB(ASCP)CM", ["Bootcamp Director"])]),
      small("Brennerton University awards one Continuing Education Unit (CEU) for each ten "
            "contact hours of participation. Conferred July 1, 2025."),
      ],
     name_="Nathaniel J. Abernathy-Cole",
     title_=("Molecular Diagnostics Bootcamp: Nucleic Acid Extraction, Real-Time PCR "
             "Troubleshooting, and Assay Verification"),
     date="2025-06-18", credits=2.1, unit="CEU",
     provider=["Brennerton University", "Brennerton University, Office of Continuing Education"],
     activity_id="MDX-CE-625",
     layout=["landscape", "centered", "border", "seal", "wrapped-title", "date-range",
             "ceu", "hyphenated-name", "signature"],
     notes="2.1 CEU = 21 points. Conferral date is a distractor.")

# ---------------------------------------------------------------- zx40 vendor on-demand
cert(40, "vendor", "P",
     dict(orient="L", align="center", border="ornate", font="sans", accent="#0b6e4f"),
     [org("Solvane Biosystems", size=24),
      sub("Digital Pathology Solutions"),
      sp(4),
      heading("Certificate of Completion", size=30),
      p("This certifies that"),
      name("DEVON ASHBY", spaced=True),
      p("has completed the"),
      fmt("On-Demand Webinar"),
      title("Validating Whole Slide Imaging for Primary Diagnosis: Applying the CAP "
            "Guideline in a Community Pathology Practice"),
      p("Date of completion: September 30, 2025"),
      p("1.0 P.A.C.E.\u00ae contact hour \u00a0\u00a0\u00b7\u00a0\u00a0 Course ID: SB-WSI-0930",
        bold=True),
      sig([("Ingrid Falk, HTL(ASCP)", ["Education Manager"])]),
      small(pace("Solvane Biosystems")),
      p("Quote No. Q-2025-1184", size=8),
      ],
     name_="DEVON ASHBY",
     title_=("Validating Whole Slide Imaging for Primary Diagnosis: Applying the CAP "
             "Guideline in a Community Pathology Practice"),
     date="2025-09-30", credits=1.0, unit="contact hour",
     provider=["Solvane Biosystems"], activity_id="SB-WSI-0930",
     layout=["landscape", "centered", "border", "letter-spaced-name", "all-caps-name",
             "format-line", "wrapped-title", "signature"],
     notes="'CAP' inside the title is not the provider. Quote number is a distractor.")
