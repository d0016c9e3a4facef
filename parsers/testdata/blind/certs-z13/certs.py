"""Certificates of the blind set certs-z13, as data plus gold.

Every person, hospital, university, vendor, address and activity is invented.
Real organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, ASM, AAB, APHL,
CLSI, AMT, COLA, LabCE, MediaLab, state societies) carry invented activities.

Each entry has
  id        zmNN
  producer  which renderer makes the PDF (see build.py)
  gold      the truth a reader is scored against (schema in README.md)
  f         the printed strings the renderer uses (name as printed with
            credentials/honorifics, printed dates, distractors, ...)
"""

CERTS = []


def cert(id, producer, style, layout, notes, name, title, date, credits, unit,
         provider, activity_id, **f):
    points = round(credits * 10, 4) if unit == "CEU" else credits
    gold = {
        "style": style,
        "producer": producer,
        "layout": layout,
        "notes": notes,
        "name": name,
        "title": title,
        "date": date,
        "credits": credits,
        "unit": unit,
        "points": points,
        "provider": provider,
        "activity_id": activity_id,
    }
    CERTS.append({"id": id, "producer": producer, "gold": gold, "f": f})


# ---------------------------------------------------------------- zm01
cert("zm01", "chromium", "ascp",
     ["border", "centered", "format-line-above-title", "certificate-number",
      "customer-id", "print-date", "ama-distractor"],
     "ASCP eCast: format line 'eCast' above the title, CMLE earned vs AMA PRA "
     "statement, print date and certificate/customer numbers as distractors.",
     name="Marisol Quintanilla-Reyes",
     title="Interpreting Peripheral Blood Smears in the Era of Digital Morphology",
     date="2025-03-14", credits=1.0, unit="CMLE",
     provider=["American Society for Clinical Pathology", "ASCP"],
     activity_id="ECM-25031",
     name_printed="Marisol Quintanilla-Reyes, MLS(ASCP)",
     name_sup="CM",
     format_line="eCast",
     date_printed="March 14, 2025",
     printed="04/02/2025",
     cert_no="2025-0418-77213",
     customer_id="00391846",
     )

# ---------------------------------------------------------------- zm02
cert("zm02", "tcpdf", "aabb",
     ["header-band", "conference-session", "meeting-date-range", "credit-table",
      "registration-number", "honorific-and-credentials", "accented-name"],
     "AABB annual-meeting session: the session date (Oct 21) sits inside the "
     "meeting range Oct 19-22; AMA PRA figure shown beside the P.A.C.E. hours; "
     "registration and badge numbers are distractors.",
     name="Théo Beaulieu-Martin",
     title="Patient Blood Management: Building a Program from the Ground Up",
     date="2024-10-21", credits=1.5, unit="contact hour",
     provider=["Association for the Advancement of Blood & Biotherapies", "AABB"],
     activity_id="3107",
     name_printed="Dr. Théo Beaulieu-Martin, MD, PhD",
     meeting="AABB 2024 Annual Meeting",
     meeting_dates="October 19–22, 2024",
     location="Riverside Convention Center · San Antonio, Texas",
     session_date="Monday, October 21, 2024",
     session_time="1:30 PM – 3:00 PM CT",
     registration="R-2024-118734",
     badge="0447192",
     ama="1.5",
     issued="November 4, 2024",
     )

# ---------------------------------------------------------------- zm03
cert("zm03", "rl-canvas", "cap",
     ["header-band", "label-value", "table-max-vs-claimed", "format-line-above-title",
      "release-expiry-dates", "claim-date", "suffix-jr", "series-colon"],
     "CAP enduring material: credit table where the CE maximum is 1.50 but only "
     "1.25 was claimed; completion date differs from claim, release and "
     "expiration dates; name carries the suffix Jr.",
     name="Desmond K. Whitfield Jr.",
     title="Laboratory General Checklist Essentials: Document Control and Record Retention",
     date="2025-06-27", credits=1.25, unit="CE hour",
     provider=["College of American Pathologists", "CAP"],
     activity_id="24-ENDM-1187",
     name_printed="Desmond K. Whitfield Jr., MLS(ASCP)",
     format_line="Enduring Material",
     release="01/15/2025",
     expiration="01/14/2028",
     completion="06/27/2025",
     claimed="06/30/2025",
     customer="3310982",
     ce_max="1.50", ce_claimed="1.25", ama_max="1.50",
     )

# ---------------------------------------------------------------- zm04
cert("zm04", "chromium", "ascls",
     ["border", "meeting-attendance", "multi-page", "agenda-page-2",
      "date-range-across-months", "member-number", "apostrophe-in-title",
      "per-session-hours"],
     "ASCLS whole-meeting attendance: title is the meeting's name, the range "
     "runs Feb 27 - Mar 1, page 2 lists sessions with their own hours that "
     "add up to the 14.5 total; member number is a distractor.",
     name="Keiko O'Donnell-Hart",
     title="2025 Clinical Laboratory Educators' Conference",
     date="2025-03-01", credits=14.5, unit="contact hour",
     provider=["American Society for Clinical Laboratory Science", "ASCLS"],
     activity_id="519-102-25",
     name_printed="Keiko O'Donnell-Hart, MS, MLS(ASCP)CM, SC(ASCP)",
     dates_printed="February 27 – March 1, 2025",
     location="Galt Plaza Conference Center, Louisville, Kentucky",
     member="1048823",
     issued="March 18, 2025",
     sessions=[
         ("Thu, Feb 27", "Pre-conference Workshop: Building Competency-Based Practicum Rubrics", "3.0"),
         ("Thu, Feb 27", "Opening Keynote: The Laboratory Workforce in 2030", "1.0"),
         ("Fri, Feb 28", "Simulation in the Student Laboratory: Low Cost, High Yield", "1.5"),
         ("Fri, Feb 28", "Assessment Item Writing for Certification-Style Examinations", "1.5"),
         ("Fri, Feb 28", "Poster Session and Educator Roundtables", "2.0"),
         ("Fri, Feb 28", "Accreditation Updates for MLS and MLT Programs", "1.0"),
         ("Sat, Mar 1", "Mentoring Clinical Preceptors Across Sites", "1.5"),
         ("Sat, Mar 1", "Teaching Molecular Diagnostics with Open-Access Data", "1.5"),
         ("Sat, Mar 1", "Closing Session: Student Success and Retention", "1.5"),
     ],
     )

# ---------------------------------------------------------------- zm05
cert("zm05", "fpdf", "vendor-education",
     ["sidebar", "label-value", "format-line-above-title", "serial-number",
      "customer-account", "provider-number", "landscape"],
     "Diagnostics vendor's education arm, hands-on workshop: instrument serial "
     "number, customer account and P.A.C.E. provider number are distractors; the "
     "parent company appears only in the copyright footer.",
     name="Priya Raghunathan",
     title="Troubleshooting Coagulation Analyzer Clot Detection Errors",
     date="2025-05-06", credits=3.0, unit="contact hour",
     provider=["Halvorsen Diagnostics Clinical Academy"],
     activity_id="HCA-CG-301",
     name_printed="Priya Raghunathan, MLT(ASCP)",
     format_line="Hands-on Workshop",
     date_printed="06-May-2025",
     serial="HX7-004512",
     account="55120",
     provider_no="0417",
     location="Halvorsen Training Center, Suite 300, 1450 Fernbrook Lane, Plymouth, MN",
     )

# ---------------------------------------------------------------- zm06
cert("zm06", "rl-platypus", "labce",
     ["label-value", "iso-date", "order-number", "state-category-line",
      "accented-name", "integer-credits"],
     "LabCE online course: ISO completion date, integer credit figure '2', "
     "order number distractor and a Florida category line.",
     name="Tomás Ibarra-Whitlock",
     title="Urine Sediment Identification: Casts, Crystals, and Artifacts",
     date="2025-08-19", credits=2, unit="contact hour",
     provider=["LabCE"],
     activity_id="1093",
     name_printed="Tomás Ibarra-Whitlock",
     date_printed="2025-08-19",
     order="8841207",
     started="2025-08-11",
     )

# ---------------------------------------------------------------- zm07
cert("zm07", "docx", "medialab",
     ["centered", "all-caps-name", "docx-table", "certificate-number",
      "state-approval-lines", "short-numeric-date"],
     "MediaLab certificate: name printed in capitals, unpadded US date 7/3/2025, "
     "certificate number and California accrediting-agency number as distractors.",
     name="BEATRIZ ALVARADO-SOUSA",
     title="Bloodborne Pathogens and Exposure Control: 2025 Annual Update",
     date="2025-07-03", credits=1.0, unit="contact hour",
     provider=["MediaLab, Inc.", "MediaLab"],
     activity_id="BBP-4471",
     name_printed="BEATRIZ ALVARADO-SOUSA",
     date_printed="7/3/2025",
     cert_no="MLC-2025-07-118830",
     ca_agency="0001",
     )

# ---------------------------------------------------------------- zm08
cert("zm08", "fodt", "adlm",
     ["header-band", "title-wraps", "format-line-above-title", "generated-date",
      "honorific-and-credentials", "formerly-name"],
     "ADLM live webinar: long title wraps over two lines under a 'Live Webinar' "
     "format line; ACCENT CE hours; certificate-generated date is a distractor.",
     name="Hyun-woo Kwon",
     title="Mass Spectrometry in the Routine Clinical Laboratory: Validation, Verification, and Ongoing Quality Monitoring",
     date="2025-09-10", credits=1.5, unit="CE hour",
     provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"],
     activity_id="W25-0910",
     name_printed="Dr. Hyun-woo Kwon, PhD, DABCC",
     format_line="Live Webinar",
     date_printed="9/10/2025",
     generated="10/02/2025",
     )

# ---------------------------------------------------------------- zm09
cert("zm09", "ps", "nsh",
     ["double-border", "conference-session", "title-wraps", "format-line-above-title",
      "meeting-date-range", "registration-number"],
     "NSH convention workshop: session date Sept 14 inside the meeting's "
     "Sept 12-17 range; the title wraps over two lines under 'Hands-On Workshop'; "
     "registration ID is a distractor.",
     name="Ngozi Adeyemi-Okafor",
     title="Troubleshooting Frozen Sections: Artifacts, Cryostat Technique, and Staining Quality",
     date="2025-09-14", credits=3.0, unit="contact hour",
     provider=["National Society for Histotechnology", "NSH"],
     activity_id="HC-214",
     name_printed="Ngozi Adeyemi-Okafor, HT(ASCP)",
     meeting="51st Annual Symposium/Convention",
     meeting_dates="September 12–17, 2025",
     location="Providence, Rhode Island",
     session_date="Sunday, September 14, 2025",
     registration="25-SC-00981",
     title_lines=["Troubleshooting Frozen Sections: Artifacts,",
                  "Cryostat Technique, and Staining Quality"],
     )

# ---------------------------------------------------------------- zm10
cert("zm10", "tcpdf", "asm",
     ["left-logo-column", "series-colon", "day-first-date", "member-number",
      "landscape"],
     "ASM webinar series: series name 'ClinMicro Now' before the colon belongs "
     "to the title; day-first date '10 June 2025'; ASM member number distractor.",
     name="Chiamaka N. Eze",
     title="ClinMicro Now: Detecting Carbapenemase-Producing Organisms in the Routine Laboratory",
     date="2025-06-10", credits=1.0, unit="contact hour",
     provider=["American Society for Microbiology", "ASM"],
     activity_id="ASM-WB-2506",
     name_printed="Chiamaka N. Eze, MS, M(ASCP)",
     date_printed="10 June 2025",
     member="200418775",
     format_line="Webinar",
     )

# ---------------------------------------------------------------- zm11
cert("zm11", "acroform-rl", "aab",
     ["form", "labels-above-values", "flattened-acroform", "accented-name",
      "member-number"],
     "AAB attendance form: values are flattened AcroForm fields under their "
     "labels; the credit label 'CE Hours Awarded' sits apart from the figure; "
     "AAB member number distractor.",
     name="Rafael Domínguez Ortega",
     title="CLIA Personnel Rule Changes: What Laboratory Directors Must Document",
     date="2025-05-17", credits=2.0, unit="CE hour",
     provider=["American Association of Bioanalysts", "AAB"],
     activity_id="AAB-25-117",
     name_printed="Rafael Domínguez Ortega, MT(AAB)",
     date_printed="05/17/2025",
     location="Hyatt Regency Riverfront, Jacksonville, FL",
     member="AAB-0078815",
     signed="05/19/2025",
     )

# ---------------------------------------------------------------- zm12
cert("zm12", "chromium", "aphl",
     ["header-band", "slash-date-range", "format-line-above-title",
      "issue-date", "registration-number", "footer-accreditation"],
     "APHL multi-day virtual training: date range 12/02/2024 - 12/04/2024 "
     "(last day counts), issue date and registration number distractors.",
     name="Samuel A. Okonkwo",
     title="Biothreat Agent Rule-Out Testing for Sentinel Clinical Laboratories",
     date="2024-12-04", credits=6.0, unit="contact hour",
     provider=["Association of Public Health Laboratories", "APHL"],
     activity_id="T-1224-088",
     name_printed="Samuel A. Okonkwo, MPH, MB(ASCP)",
     format_line="Virtual Instructor-Led Training",
     dates_printed="12/02/2024 – 12/04/2024",
     issued="12/18/2024",
     registration="44817",
     )

# ---------------------------------------------------------------- zm13
cert("zm13", "fodt", "state-society",
     ["chapter", "meeting-attendance", "sessions-checklist", "per-session-hours",
      "weekday-date", "provider-number"],
     "State constituent society seminar: chapter's full name first; title is "
     "the seminar's name; a checklist of sessions with per-session hours sums "
     "to 6.0; P.A.C.E. provider number is a distractor.",
     name="Lakshmi Sundararajan-Pierce",
     title="Peach State Spring Seminar 2025",
     date="2025-04-05", credits=6.0, unit="contact hour",
     provider=["American Society for Clinical Laboratory Science - Georgia", "ASCLS-Georgia"],
     activity_id="215-118-25",
     name_printed="Lakshmi Sundararajan-Pierce, MLS(ASCP)",
     date_printed="Saturday, April 5, 2025",
     location="Middle Georgia State University, Macon, Georgia",
     provider_no="215",
     sessions=[
         ("8:00", "Candida auris Screening in Long-Term Care Referrals", "1.0"),
         ("9:15", "Antimicrobial Stewardship: What the Bench Can Report", "1.5"),
         ("11:00", "Emerging Tick-Borne Pathogens of the Southeast", "1.0"),
         ("1:00", "Blood Culture Contamination Reduction Strategies", "1.0"),
         ("2:15", "Case Studies in Parasitology", "1.5"),
     ],
     )

# ---------------------------------------------------------------- zm14
cert("zm14", "docx", "hospital-inservice",
     ["letterhead", "series-colon", "employee-id", "signature-date",
      "department-of-institution", "abbreviated-month"],
     "Hospital laboratory in-service: provider is a department of a medical "
     "center (institution + 'Institution, Department'); employee ID and the "
     "later signature date are distractors.",
     name="Kwame Asante-Boateng",
     title="Blood Bank In-Service: Massive Transfusion Protocol Activation and Cooler Management",
     date="2025-11-04", credits=1.0, unit="CE hour",
     provider=["Saint Brigid Regional Medical Center",
               "Saint Brigid Regional Medical Center, Department of Laboratory Medicine"],
     activity_id="IS-BB-1104",
     name_printed="Mr. Kwame Asante-Boateng, MLT(ASCP)",
     date_printed="Nov 4, 2025",
     employee="0048812",
     signed="11/12/2025",
     presenter="Dana L. Whitcomb, MS, MT(ASCP)SBB",
     )

# ---------------------------------------------------------------- zm15
cert("zm15", "tcpdf", "joint-accreditation-cme",
     ["table-max-vs-claimed", "multiple-credit-types", "uan-distractor",
      "series-colon", "office-of-institution", "weekday-date"],
     "Jointly accredited grand rounds: credit table lists AMA PRA, ANCC, ACPE, "
     "IPCE and P.A.C.E. maxima of 1.25, but the learner claimed 1.00 P.A.C.E. "
     "contact hour; the ACPE UAN is a distractor number.",
     name="Marguerite Delacroix-Ng",
     title="Pathology Grand Rounds: Next-Generation Sequencing in Myeloid Neoplasms",
     date="2025-01-15", credits=1.0, unit="contact hour",
     provider=["Lakeshore University Health",
               "Lakeshore University Health, Office of Continuing Professional Development"],
     activity_id="25-GR-0115",
     name_printed="Marguerite Delacroix-Ng, MLS(ASCP)",
     date_printed="Wednesday, January 15, 2025",
     uan="JA4008162-9999-25-017-L01-P",
     claimed_on="01/29/2025",
     )

# ---------------------------------------------------------------- zm16
cert("zm16", "rl-platypus", "university-ce",
     ["centered", "seal", "ceu", "date-range-same-month", "student-id",
      "conferral-date", "office-of-institution", "accented-name"],
     "University CE office: 0.6 CEU (points 6), two-day range July 14-15, a "
     "later conferral date and a student ID as distractors.",
     name="Émile Fournier-Gagnon",
     title="Molecular Diagnostics Boot Camp for the Clinical Laboratory",
     date="2025-07-15", credits=0.6, unit="CEU",
     provider=["Northgate State University",
               "Northgate State University, Office of Continuing and Professional Education"],
     activity_id="MLSCE-4410",
     name_printed="Émile Fournier-Gagnon",
     dates_printed="July 14-15, 2025",
     student_id="N00482291",
     conferred="July 31, 2025",
     )

# ---------------------------------------------------------------- zm17
cert("zm17", "chromium", "lms-record",
     ["lms-table", "timestamp", "assigned-due-dates", "employee-id",
      "transcript-id", "print-date", "department-of-institution"],
     "LMS completion record: completion timestamp 22-Jan-2025 14:37 among "
     "assigned, due and printed dates; employee and transcript IDs are "
     "distractors; credit is 0.5 contact hour.",
     name="Thi Bich Ngoc Nguyen",
     title="Competency Assessment: Blood Gas Analyzer Operation and Maintenance",
     date="2025-01-22", credits=0.5, unit="contact hour",
     provider=["Riverbend Health System",
               "Riverbend Health System, Laboratory Education and Development"],
     activity_id="RHS-LAB-BGA-02",
     name_printed="Thi Bich Ngoc Nguyen",
     completed="22-Jan-2025 14:37 CST",
     assigned="02-Jan-2025",
     due="31-Jan-2025",
     printed="2025-02-03 09:12",
     employee="000731904",
     transcript="TR-88410273",
     )

# ---------------------------------------------------------------- zm18
cert("zm18", "rl-canvas", "clsi",
     ["landscape", "ornate-border", "title-wraps", "two-digit-year",
      "format-line-above-title"],
     "CLSI webinar: date printed with a two-digit year (3/27/25), title wraps "
     "over two lines, 'Webinar' format line excluded.",
     name="Giancarlo De Luca-Ferreira",
     title="Implementing the 2025 Breakpoint Revisions: A Practical Guide for Antimicrobial Susceptibility Testing",
     date="2025-03-27", credits=1.5, unit="contact hour",
     provider=["Clinical and Laboratory Standards Institute", "CLSI"],
     activity_id="WEB-25-0327A",
     name_printed="Giancarlo De Luca-Ferreira, M(ASCP)",
     date_printed="3/27/25",
     format_line="Webinar",
     title_lines=["Implementing the 2025 Breakpoint Revisions: A Practical Guide",
                  "for Antimicrobial Susceptibility Testing"],
     )

# ---------------------------------------------------------------- zm19
cert("zm19", "docx", "attendance-letter",
     ["letter", "letterhead", "quoted-title-inline", "letter-date",
      "department-of-institution", "accented-name", "salutation"],
     "Letter confirming attendance: title is quoted inside a sentence after the "
     "conference series name; the letter date (Dec 9) is a distractor for the "
     "Nov 20 attendance date.",
     name="Aoife Ní Bhriain",
     title="Atypical Lymphocytes or Blasts? Challenging Cases from the Flow Cytometry Bench",
     date="2025-11-20", credits=2.0, unit="CE hour",
     provider=["Calloway University Medical Center",
               "Calloway University Medical Center, Department of Pathology and Laboratory Medicine"],
     activity_id="HCC-2025-11",
     name_printed="Aoife Ní Bhriain, MLS(ASCP)CM",
     letter_date="December 9, 2025",
     date_printed="Thursday, November 20, 2025",
     )

# ---------------------------------------------------------------- zm20
cert("zm20", "ps", "wallet-card",
     ["wallet-card", "two-sided", "small-page", "member-number", "card-expiry",
      "title-wraps"],
     "AMT wallet card, two pages (front/back) of card size: member ID and card "
     "expiry are distractors; title wraps on the narrow card.",
     name="Consuelo Ybarra",
     title="Point-of-Care Glucose Testing: Operator Competency and Quality Control",
     date="2025-08-23", credits=1.0, unit="CE hour",
     provider=["American Medical Technologists", "AMT"],
     activity_id="AMT-2508-POC",
     name_printed="Consuelo Ybarra, RMT(AMT)",
     date_printed="08/23/2025",
     member="1408877",
     expires="08/2027",
     title_lines=["Point-of-Care Glucose Testing:",
                  "Operator Competency and Quality Control"],
     )

# ---------------------------------------------------------------- zm21
cert("zm21", "fpdf", "cola",
     ["header-band", "label-value", "ordinal-date", "order-number", "clia-number",
      "series-colon"],
     "COLA Resources course: ordinal date 'Aug. 8th, 2025', order number and "
     "the laboratory's CLIA number are distractors.",
     name="Wen-Li Chang-Harrington",
     title="Lab Leadership Series: Proficiency Testing Failures and Corrective Action Plans",
     date="2025-08-08", credits=2.5, unit="CE hour",
     provider=["COLA Resources, Inc.", "CRI"],
     activity_id="CRI-LL-2208",
     name_printed="Ms. Wen-Li Chang-Harrington",
     date_printed="Aug. 8th, 2025",
     order="77120-B",
     clia="45D2087731",
     )

# ---------------------------------------------------------------- zm22
cert("zm22", "acroform-rl", "pace-company",
     ["form", "boxed-fields", "flattened-acroform", "provider-number",
      "slash-iso-date", "apostrophe-name", "accented-name"],
     "P.A.C.E.-approved company form: flattened fields in boxes, date "
     "2025/02/11, provider number 638 and certificate serial as distractors; "
     "short form 'Brightwater LES' only in the footer.",
     name="Siobhán O'Leary",
     title="Hemoglobinopathies and Thalassemias: Laboratory Evaluation from CBC to HPLC",
     date="2025-02-11", credits=1.5, unit="contact hour",
     provider=["Brightwater Laboratory Education Services, LLC", "Brightwater LES"],
     activity_id="638-044-25",
     name_printed="Siobhán O'Leary, MLS(ASCP)",
     date_printed="2025/02/11",
     provider_no="638",
     serial="BW-000219-25",
     )

# ---------------------------------------------------------------- zm23
cert("zm23", "fodt", "ascp",
     ["multi-page", "accreditation-page-2", "title-wraps", "suffix-roman",
      "spelled-ordinal-date", "issue-date", "objectives"],
     "ASCP live webinar, two pages: date written as 'the 6th of February, 2025', "
     "issue date distractor, title wraps, name with suffix III; page 2 holds "
     "the accreditation statement with the CMLE maximum and an AMA figure.",
     name="Jean-Baptiste Lefèvre III",
     title="Pre-analytical Errors in Coagulation Testing: Underfilled Tubes, Hemolysis, and Heparin Contamination",
     date="2025-02-06", credits=1.0, unit="CMLE",
     provider=["American Society for Clinical Pathology", "ASCP"],
     activity_id="LW-2502-06",
     name_printed="Jean-Baptiste Lefèvre III, MLS(ASCP)",
     date_printed="Thursday, the 6th of February, 2025",
     issued="02/07/2025",
     format_line="Live Webinar",
     )

# ---------------------------------------------------------------- zm24
cert("zm24", "docx", "vendor-education",
     ["two-column", "format-line-above-title", "day-month-abbrev-date",
      "customer-id", "sidebar"],
     "Vendor academy on-demand module: two-column body (learner left, credit "
     "right), 'On-Demand Module' format line, offering ID vs customer ID.",
     name="Hamid Rahimi-Tehrani",
     title="Respiratory Syndromic Panels: Result Interpretation and Reporting",
     date="2025-09-30", credits=1.0, unit="contact hour",
     provider=["Arcturus Molecular Academy"],
     activity_id="ARC-RSP-110",
     name_printed="Hamid Rahimi-Tehrani, MB(ASCP)CM",
     format_line="On-Demand Module",
     date_printed="30 Sep 2025",
     customer="C-20914",
     enrolled="12 Sep 2025",
     )

# ---------------------------------------------------------------- zm25
cert("zm25", "rl-platypus", "asm",
     ["branch", "meeting-attendance", "per-day-table", "en-dash-date-range",
      "honorific"],
     "ASM branch meeting attendance: branch's full name first; title is the "
     "meeting name; per-day hours (3.0/3.5/2.0) sum to the 8.5 total; date "
     "range Oct 23-25.",
     name="Rosalind Achterberg-Yazzie",
     title="2025 Fall Scientific Meeting",
     date="2025-10-25", credits=8.5, unit="contact hour",
     provider=["South Central Branch of the American Society for Microbiology", "SCB-ASM"],
     activity_id="411-907-25",
     name_printed="Dr. Rosalind Achterberg-Yazzie",
     dates_printed="October 23–25, 2025",
     location="Little Rock, Arkansas",
     days=[("Thursday, October 23", "3.0"), ("Friday, October 24", "3.5"),
           ("Saturday, October 25", "2.0")],
     )

# ---------------------------------------------------------------- zm26
cert("zm26", "fodt", "state-phl",
     ["number-in-title", "expiry-date", "class-number", "department-of-institution",
      "label-value"],
     "State public-health lab shipping class: the title contains the number "
     "'6.2'; the two-year expiry date is a distractor; credit 3.0 contact hours.",
     name="Bartholomew Quigley-Nakamura",
     title="Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B",
     date="2025-06-11", credits=3.0, unit="contact hour",
     provider=["Vermont Department of Health",
               "Vermont Department of Health, Public Health Laboratory"],
     activity_id="PS-0625",
     name_printed="Bartholomew Quigley-Nakamura",
     date_printed="June 11, 2025",
     expires="June 11, 2027",
     )

# ---------------------------------------------------------------- zm27
cert("zm27", "rl-canvas", "adlm",
     ["transcript", "meeting-attendance", "multi-page", "per-session-hours",
      "maximum-available", "badge-id", "transcript-number"],
     "ADLM annual meeting transcript over two pages: title is the meeting's name, "
     "claimed 11.5 of up to 40.0 available; session rows carry their own hours; "
     "no activity number (badge and transcript numbers are distractors).",
     name="Olamide Fashola-Brandt",
     title="2025 ADLM Annual Scientific Meeting & Clinical Lab Expo",
     date="2025-07-31", credits=11.5, unit="CE hour",
     provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"],
     activity_id=None,
     name_printed="Olamide Fashola-Brandt, MLS(ASCP)",
     dates_printed="July 27–31, 2025",
     location="McCormick Place, Chicago, IL",
     transcript="ADLM25-TR-004417",
     badge="611902",
     max_available="40.0",
     generated="August 14, 2025",
     sessions=[
         ("07/27/2025", "Plenary: Laboratory Medicine and the Learning Health System", "1.0"),
         ("07/28/2025", "Point-of-Care Testing Governance in Health Systems", "1.5"),
         ("07/28/2025", "Biomarkers of Acute Kidney Injury: Ready for Prime Time?", "1.0"),
         ("07/29/2025", "Harmonization of Lipid Reporting", "1.5"),
         ("07/29/2025", "Plenary: Artificial Intelligence in Result Verification", "1.0"),
         ("07/29/2025", "Troponin Algorithms in the Emergency Department", "1.5"),
         ("07/30/2025", "Therapeutic Drug Monitoring of Biologics", "1.0"),
         ("07/30/2025", "Pediatric Reference Intervals: Closing the Gaps", "1.0"),
         ("07/31/2025", "Plenary: Diagnostic Stewardship at Scale", "1.0"),
         ("07/31/2025", "Closing Brunch Symposium: Lab Leaders Panel", "1.0"),
     ],
     )

# ---------------------------------------------------------------- zm28
cert("zm28", "ps", "state-society",
     ["letter-spaced-name", "all-caps-name", "series-colon", "weekday-date",
      "provider-number", "accented-name"],
     "State society webinar: name printed in letter-spaced capitals (gold keeps "
     "capitals, drops spacing); series name before the colon; P.A.C.E. "
     "provider number distractor.",
     name="RENÉE CALDWELL-OKAFOR",
     title="Lunch & Learn Series: Cerebrospinal Fluid Cell Counts and Differentials",
     date="2025-11-18", credits=1.0, unit="contact hour",
     provider=["Illinois Society for Clinical Laboratory Science", "ISCLS"],
     activity_id="189-441-25",
     name_printed="RENÉE CALDWELL-OKAFOR",
     date_printed="Tuesday 11/18/2025",
     provider_no="189",
     title_lines=["Lunch & Learn Series: Cerebrospinal Fluid Cell Counts",
                  "and Differentials"],
     )

# ---------------------------------------------------------------- zm29
cert("zm29", "acroform-tcpdf", "regional-society",
     ["form", "flattened-acroform", "dash-date", "california-agency-number",
      "label-value", "series-colon"],
     "Blood bank society certificate with flattened TCPDF form fields; date "
     "03-15-2025; the California accrediting-agency number is a distractor.",
     name="Mei-Ling Santangelo",
     title="Immunohematology Case Studies: Warm Autoantibodies and Drug-Induced Hemolysis",
     date="2025-03-15", credits=2.0, unit="contact hour",
     provider=["California Blood Bank Society", "CBBS"],
     activity_id="CBBS-2503-IH",
     name_printed="Mei-Ling Santangelo, CLS, MT(ASCP)SBB",
     date_printed="03-15-2025",
     ca_agency="0021",
     location="Sacramento, CA",
     )

# ---------------------------------------------------------------- zm30
cert("zm30", "fpdf", "reference-lab-education",
     ["portrait", "quarter-hour-credits", "livestream-note", "office-of-institution",
      "signature-date", "series-colon"],
     "Reference laboratory client-education offering: 1.25 contact hours, "
     "provider is an office of the laboratory company, signature date is a "
     "distractor.",
     name="Darnell Whitaker-Ruiz",
     title="Specimen Collection Essentials: Order of Draw, Tube Additives, and Labeling",
     date="2025-03-12", credits=1.25, unit="contact hour",
     provider=["Pinnacle Reference Laboratories",
               "Pinnacle Reference Laboratories, Client Education Services"],
     activity_id="PRL-CE-0312",
     name_printed="Darnell Whitaker-Ruiz, PBT(ASCP)",
     date_printed="March 12, 2025",
     signed="March 20, 2025",
     )


BY_ID = {c["id"]: c for c in CERTS}

if __name__ == "__main__":
    import json
    for c in CERTS:
        print(c["id"], json.dumps(c["gold"], ensure_ascii=False))
