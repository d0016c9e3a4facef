"""The 40 certificates of the certs-z11 blind set: printed data (`d`) and gold.

Everything (people, institutions, addresses, activities, numbers) is invented.
Real organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, ASM, APHL, CDC,
AMT, LabCE, MediaLab) carry invented activities only.

`d` holds what the renderer prints; a "\n" inside a printed string is a
forced line break.  `gold` is written by hand (not derived from `d`) and is
what a reader is scored against; verify.py checks that it is on the page.
"""

PACE = ("is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")


def G(name, title, date, credits, unit, provider, activity_id):
    pts = round(credits * 10, 2) if unit == "CEU" else credits
    return {"name": name, "title": title, "date": date, "credits": credits, "unit": unit,
            "points": pts, "provider": provider, "activity_id": activity_id}


CERTS = []


def C(id, style, producer, layout, notes, gold, tpl, **d):
    src = None
    if layout and layout[0].startswith("src:"):      # LibreOffice source format (fodt | docx)
        src, layout = layout[0][4:], layout[1:]
    CERTS.append({"id": id, "style": style, "producer": producer, "src": src, "layout": layout,
                  "notes": notes, "gold": gold, "tpl": tpl, "d": d})


# ---------------------------------------------------------------- zk01
C("zk01", "ascp", "chromium", ["centered", "landscape", "border", "logo-shape", "signature", "footer-accreditation"],
  "CMLE figure sits beside an AMA PRA maximum; customer ID, certificate number and a later issue date are distractors.",
  G("Helena M. Vasquez-Thornton",
    "Laboratory Stewardship in Practice: Reducing Redundant Coagulation Testing in the Inpatient Setting",
    "2025-10-14", 1.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "ECST-2510-07"),
  "html_ascp",
  name="Helena M. Vasquez-Thornton, MS, MLS(ASCP)<sup>CM</sup>",
  title="Laboratory Stewardship in Practice: Reducing Redundant Coagulation Testing in the Inpatient Setting",
  fmt="Live eCast", date="October 14, 2025", cmle="1.0", code="ECST-2510-07",
  cert_no="2025-0047719", customer="00318842", issued="October 20, 2025")

# ---------------------------------------------------------------- zk02
C("zk02", "aabb", "reportlab-canvas", ["centered", "landscape", "double-border", "logo-shape", "signature", "footer-accreditation"],
  "Format word eCast is inside the lead-in line; a nursing provider number and a certificate number are distractors; weekday in the date.",
  G("Marcus T. Bellamy Jr.",
    "Patient Blood Management Across the Continuum: Building a Transfusion Safety Officer Program",
    "2025-02-12", 1.5, "contact hour", ["Association for the Advancement of Blood & Biotherapies", "AABB"], "25EL-112"),
  "aabb_land",
  org="Association for the Advancement of Blood & Biotherapies",
  name="Marcus T. Bellamy Jr., MLT(ASCP)",
  lead="for participation in the live eCast",
  title="Patient Blood Management Across the Continuum: Building a Transfusion Safety Officer Program",
  date="Wednesday, February 12, 2025  \u00b7  1:00\u20132:30 PM ET",
  hours="1.5", program="25EL-112", cert_no="AB-25-0212-4471",
  signer="Lorraine K. Whitcombe, MS, MT(ASCP)SBB", signer_role="Director, Education Programs",
  footer=["AABB " + PACE + " This program has been approved for 1.5 contact hours.",
          "AABB is also approved as a provider of continuing education by the California Board of Registered Nursing, Provider No. CEP 10284."])

# ---------------------------------------------------------------- zk03
C("zk03", "cap", "reportlab-platypus", ["form", "label-value-table", "header-band", "multi-page", "portrait"],
  "Honorific Dr. before the name; series name before the colon belongs to the title; AMA PRA maximum and transcript ID are distractors; page 2 holds objectives and accreditation.",
  G("Anjali Ramaswamy-Fitch",
    "Competency Assessment Program: Blood Parasite Identification \u2013 Plasmodium and Babesia",
    "2024-08-14", 1.0, "contact hour", ["College of American Pathologists", "CAP"], "CAH-BP-2024"),
  "pl_cap",
  name="Dr. Anjali Ramaswamy-Fitch",
  title="Competency Assessment Program: Blood Parasite Identification \u2013 Plasmodium and Babesia",
  fmt="Enduring Material (online)", date="14 August 2024", act="CAH-BP-2024", hours="1.0",
  transcript="TR-88120457", printed="02 September 2024")

# ---------------------------------------------------------------- zk04
C("zk04", "ascls", "tcpdf", ["form", "label-value", "header-band", "portrait", "html-box", "signature"],
  "Two-day date range (take the last day); member ID distractor; Level and Format rows beside the program number.",
  G("Bj\u00f6rn \u00c5kesson",
    "Point-of-Care Testing Oversight: Building a Sustainable Quality Program for Multi-Site Health Systems",
    "2025-04-04", 2.0, "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"], "519-104-25"),
  "ascls_form",
  name="Bj\u00f6rn \u00c5kesson, MLS(ASCP)CM", member="411207",
  title="Point-of-Care Testing Oversight: Building a Sustainable Quality Program for Multi-Site Health Systems",
  program="519-104-25", dates="Apr 3\u20134, 2025", fmt="Live virtual program", level="Intermediate",
  hours="2.0")

# ---------------------------------------------------------------- zk05
C("zk05", "pace-provider", "acroform-flatten", ["form", "label-value", "portrait", "boxed-fields", "footer-accreditation"],
  "Values are flattened form fields; title split over two fields; registration ID and a Florida provider number are distractors.",
  G("Tom\u00e1s Ibarra-Quintero",
    "Molecular Methods for Respiratory Virus Detection: Multiplex Panels, Stewardship, and Reimbursement",
    "2025-05-17", 2.5, "contact hour", ["Gulf Coast Laboratory Education Partners", "GCLEP"], "566-112-25"),
  "pace_form",
  org="Gulf Coast Laboratory Education Partners", short="GCLEP",
  addr="4410 Harborline Blvd., Suite 210  \u00b7  Mobile, AL 36602",
  name="Tom\u00e1s Ibarra-Quintero, MLT(ASCP)",
  title=["Molecular Methods for Respiratory Virus Detection:", "Multiplex Panels, Stewardship, and Reimbursement"],
  program="566-112-25", date="05/17/2025", hours="2.5", level="Intermediate", fmt="Live Seminar",
  location="Pensacola, FL", reg="GC-25-08812")

# ---------------------------------------------------------------- zk06
C("zk06", "labce", "fpdf", ["centered", "landscape", "border", "logo-shape", "corner-ids"],
  "Certificate ID, customer ID and a later print date are distractors; credits embedded in a sentence.",
  G("Jordan Lee", "Antimicrobial Susceptibility Testing: Interpreting Breakpoints and Expert Rules",
    "2025-07-22", 1.5, "contact hour", ["LabCE"], "1422"),
  "labce_land",
  name="Jordan Lee, MLS(ASCP)CM",
  title="Antimicrobial Susceptibility Testing: Interpreting Breakpoints and Expert Rules",
  course="1422", hours="1.5", date="07/22/2025", cert_id="LC-74402197", customer="9914526", printed="08/04/2025")

# ---------------------------------------------------------------- zk07
C("zk07", "medialab", "libreoffice", ["src:fodt", "centered", "landscape", "border", "footer-accreditation"],
  "An institutional subscriber (another organisation) and an employee ID are printed; provider appears as MediaLab, Inc. and MediaLab.",
  G("Fatima Zahra El-Amrani",
    "CLIA Regulations: Personnel Qualifications and Responsibilities (2025 Revision)",
    "2025-06-09", 1.0, "contact hour", ["MediaLab, Inc.", "MediaLab"], "ML-CLIA-118"),
  "fodt_medialab",
  name="Fatima Zahra El-Amrani, MLS(ASCP)",
  title="CLIA Regulations: Personnel Qualifications and Responsibilities (2025 Revision)",
  date="June 9, 2025", hours="1.0", course="ML-CLIA-118", employee="004417",
  subscriber="Lakeview Regional Laboratory")

# ---------------------------------------------------------------- zk08
C("zk08", "adlm", "ghostscript", ["centered", "landscape", "corner-border", "logo-shape", "signature"],
  "Honorific and two post-nominals; title printed as two lines split at the colon; certificate generation date is a distractor.",
  G("Nikolai Petrov-Hansen",
    "Mass Spectrometry in the Routine Lab: Troubleshooting Ion Suppression and Matrix Effects",
    "2024-12-04", 1.0, "CE hour", ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "W2412-04"),
  "adlm_land",
  name="Dr. Nikolai Petrov-Hansen, PhD, DABCC",
  title=["Mass Spectrometry in the Routine Lab:", "Troubleshooting Ion Suppression and Matrix Effects"],
  date="December 4, 2024", hours="1.0", event="W2412-04", generated="01/09/2025")

# ---------------------------------------------------------------- zk09
C("zk09", "nsh", "chromium", ["labels-above", "grid", "header-band", "landscape", "letter-spaced-name"],
  "Session at a multi-day convention: date is the session day, not the convention range; name in letter-spaced capitals; format line Hands-on Workshop.",
  G("ZO\u00cb LEF\u00c8VRE-MARTIN",
    "Troubleshooting Special Stains: Silver, Trichrome, and PAS in the Modern Histology Lab",
    "2025-09-13", 3.0, "contact hour", ["National Society for Histotechnology", "NSH"], "W-34"),
  "html_nsh",
  name="Zo\u00eb Lef\u00e8vre-Martin, HTL(ASCP)CM",
  title="Troubleshooting Special Stains: Silver, Trichrome, and PAS in the Modern Histology Lab",
  fmt="Hands-on Workshop", meeting="51st Annual Symposium/Convention", mdates="September 12\u201317, 2025",
  place="Long Beach, California", sdate="Saturday, September 13, 2025", hours="3.0", code="W-34",
  badge="NSH25-01937")

# ---------------------------------------------------------------- zk10
C("zk10", "asm", "reportlab-canvas", ["sidebar", "landscape", "mixed-fonts", "label-value"],
  "Species name in italics inside the title; title wraps; sidebar carries the society name.",
  G("Emeka Obi-Nwosu", "Emerging Fungal Pathogens: Laboratory Detection of Candida auris",
    "2024-11-18", 1.0, "contact hour", ["American Society for Microbiology", "ASM"], "ASM-OD-2411"),
  "asm_sidebar",
  name="Emeka Obi-Nwosu, M(ASCP)CM",
  title_runs=[[("Emerging Fungal Pathogens: Laboratory Detection", "B")],
              [("of ", "B"), ("Candida auris", "BI")]],
  fmt="On-Demand Webinar", program="ASM-OD-2411", date="11/18/2024", hours="1.0")

# ---------------------------------------------------------------- zk11
C("zk11", "aphl-public-health", "reportlab-platypus", ["header-band", "table", "portrait", "multi-page", "footer-accreditation"],
  "ISO date; page 2 is an evaluation summary with other numbers; webinar registration number is a distractor.",
  G("Desmond Achterberg", "Biosafety Risk Assessment for Sentinel Clinical Laboratories: Applying the 2025 Framework",
    "2025-02-26", 1.5, "contact hour", ["Association of Public Health Laboratories", "APHL"], "2502-BSR"),
  "pl_aphl",
  name="Desmond Achterberg, MPH, MLS(ASCP)",
  title="Biosafety Risk Assessment for Sentinel Clinical Laboratories: Applying the 2025 Framework",
  fmt="Live Webinar", date="2025-02-26", hours="1.5", event="2502-BSR", reg="77120934")

# ---------------------------------------------------------------- zk12
C("zk12", "state-society", "tcpdf", ["centered", "landscape", "double-border", "signature", "meeting-attendance"],
  "Meeting attendance with no session title (title = meeting name); earned hours differ from the approved maximum; date range.",
  G("Rebecca Ann Kowalczyk", "2025 ASCLS-Ohio Spring Seminar", "2025-04-25", 9.5, "contact hour",
    ["American Society for Clinical Laboratory Science \u2013 Ohio", "ASCLS-Ohio"], "518-300-25"),
  "state_land",
  name="Rebecca Ann Kowalczyk", meeting="2025 ASCLS-Ohio Spring Seminar",
  dates="April 24\u201325, 2025  \u00b7  Columbus, Ohio", hours="9.5", program="518-300-25", maxhours="11.0")

# ---------------------------------------------------------------- zk13
C("zk13", "hospital-inservice", "acroform-flatten", ["form", "labels-above", "boxed-fields", "portrait", "header-band"],
  "Department of a hospital (provider = hospital and hospital, department); employee ID distractor; fractional 0.75 CE hours.",
  G("Hannah Yoon", "New Coagulation Analyzer Go-Live: Competency and Calibration Review", "2025-03-28", 0.75,
    "CE hour", ["St. Brigid Regional Medical Center",
                "St. Brigid Regional Medical Center, Department of Pathology & Laboratory Medicine"], "LAB-IS-0325-02"),
  "hosp_form",
  org="St. Brigid Regional Medical Center", dept="Department of Pathology & Laboratory Medicine",
  name="Hannah Yoon, MLS(ASCP)", employee="E-204417",
  title=["New Coagulation Analyzer Go-Live:", "Competency and Calibration Review"],
  date="03/28/2025", presenter="Dale Whitford, MT(ASCP), Coagulation Lead", klass="LAB-IS-0325-02",
  hours="0.75", category="Hemostasis / Instrumentation")

# ---------------------------------------------------------------- zk14
C("zk14", "joint-accreditation-cme", "fpdf", ["form", "table", "portrait", "header-band", "footer-accreditation"],
  "Credit table: AMA PRA, ANCC and ACPE (with a CEU figure) are distractors; P.A.C.E. claimed 1.25 is less than the 1.50 maximum; a UAN is printed.",
  G("Lauren Beth McAllister-Owusu", "Interpreting Hemoglobinopathy Screens in Prenatal Care", "2025-09-10",
    1.25, "contact hour", ["Lakeshore Health Sciences Institute"], "25-LHSI-3314"),
  "joint_form",
  org="Lakeshore Health Sciences Institute",
  name="Lauren Beth McAllister-Owusu, MLS(ASCP)",
  title="Interpreting Hemoglobinopathy Screens in Prenatal Care", act="25-LHSI-3314", date="09/10/2025",
  location="Livestream", uan="JA4008877-0000-25-214-L01-P")

# ---------------------------------------------------------------- zk15
C("zk15", "university-ce", "libreoffice", ["src:docx", "letterhead", "table", "portrait", "signature"],
  "University office (provider = university and university, office); CEU unit (points x10); date range across months; student ID and issue date are distractors.",
  G("Gabriela Montoya Santos", "Advanced Topics in Clinical Immunology: Autoantibody Testing", "2025-03-10",
    0.6, "CEU", ["Northbridge State University", "Northbridge State University, Office of Continuing Education"],
    "CLS 5090"),
  "docx_univ",
  name="Gabriela Montoya Santos", course="CLS 5090",
  title="Advanced Topics in Clinical Immunology: Autoantibody Testing",
  dates="February 3 \u2013 March 10, 2025", ceu="0.6", student="N00487213", issued="March 17, 2025",
  instructor="Prof. Hollis R. Vandermeer, PhD, MLS(ASCP)")

# ---------------------------------------------------------------- zk16
C("zk16", "vendor-education", "ghostscript", ["centered", "portrait", "header-band", "logo-shape", "signature"],
  "Vendor academy; instrument serial number distractor; day-first date range 9\u201311 April 2025.",
  G("Paulina Wr\u00f3bel", "Veridian HX-900 Hematology Analyzer: Key Operator Training", "2025-04-11", 16.0,
    "contact hour", ["Veridian Diagnostics Academy"], "VDA-KOT-0411"),
  "vendor_port",
  name="Paulina Wr\u00f3bel", title="Veridian HX-900 Hematology Analyzer: Key Operator Training",
  dates="9\u201311 April 2025", place="Customer Training Center, Raleigh, NC", hours="16.0",
  training="VDA-KOT-0411", serial="HX9-00871")

# ---------------------------------------------------------------- zk17
C("zk17", "train-transcript", "chromium", ["transcript", "label-value", "table", "multi-page", "portrait"],
  "LMS record: user ID, transcript generation date and CNE/CPH credits are distractors; page 2 holds accreditation statements.",
  G("Caroline Ashby-Nguyen",
    "Laboratory Biosafety Refresher: Conducting and Documenting a Biological Risk Assessment",
    "2024-12-03", 1.5, "contact hour", ["Centers for Disease Control and Prevention", "CDC"], "1098734"),
  "html_train",
  name="Caroline Ashby-Nguyen", user="28847103", generated="01/06/2025 09:14 AM",
  title="Laboratory Biosafety Refresher: Conducting and Documenting a Biological Risk Assessment",
  course="1098734", date="12/03/2024", hours="1.5", registered="11/21/2024")

# ---------------------------------------------------------------- zk18
C("zk18", "conference-session", "reportlab-canvas", ["form", "label-value", "portrait", "header-band", "meeting-header"],
  "Single-session certificate at a three-day forum: date is the session date; badge number distractor; time range.",
  G("Grace O'Donnell-Kaur",
    "Leadership Under Pressure: Managing Staffing Shortages in the Core Laboratory",
    "2025-03-06", 1.0, "contact hour", ["Mid-Atlantic Society for Laboratory Professionals", "MASLP"], "T-214"),
  "conf_form",
  meeting="Mid-Atlantic Laboratory Science Forum 2025", mdates="March 5\u20137, 2025",
  venue="Baltimore Convention Center, Baltimore, Maryland",
  org="Mid-Atlantic Society for Laboratory Professionals", short="MASLP",
  name="Grace O'Donnell-Kaur, MLS(ASCP)CM", badge="30517", code="T-214",
  title="Leadership Under Pressure: Managing Staffing Shortages in the Core Laboratory",
  sdate="Thursday, March 6, 2025", time="10:15\u201311:15 AM", speaker="Renata Sol\u00eds, MBA, MLS(ASCP)",
  hours="1.0")

# ---------------------------------------------------------------- zk19
C("zk19", "letter-attendance", "reportlab-platypus", ["letter", "letterhead", "portrait", "signature"],
  "Letter: letter date is a distractor; title is in quotes with a comma inside them; name from the address block (honorific Ms. in salutation).",
  G("Adaeze Okonkwo-Hale", "Massive Transfusion Protocols: Lessons from Level I Trauma Centers", "2025-05-17",
    4.0, "contact hour", ["Rocky Mountain Association for Transfusion Medicine", "RMATM"], "573-211-25"),
  "pl_letter",
  org="Rocky Mountain Association for Transfusion Medicine", short="RMATM",
  name="Ms. Adaeze Okonkwo-Hale, MLS(ASCP)CM", salutation="Dear Ms. Okonkwo-Hale,",
  addr=["Transfusion Service, Front Range Medical Center", "2210 Larkspur Avenue", "Aurora, CO 80011"],
  title="Massive Transfusion Protocols: Lessons from Level I Trauma Centers",
  ldate="June 30, 2025", date="Saturday, May 17, 2025", hours="4.0", program="573-211-25")

# ---------------------------------------------------------------- zk20
C("zk20", "wallet-card", "tcpdf", ["wallet-card", "small-page", "multi-page", "label-value"],
  "Credit-card sized two-sided card; back side carries the accreditation statement and a card number.",
  G("Ingrid Solberg", "Quality Control Essentials: Westgard Rules Refresher", "2025-02-08", 2.0, "contact hour",
    ["Prairie Lab Professionals Network"], "601-019-25"),
  "wallet_tc",
  org="Prairie Lab Professionals Network", name="Ingrid Solberg",
  title="Quality Control Essentials: Westgard Rules Refresher", date="02/08/2025", hours="2.0",
  program="601-019-25", card="0019-0448")

# ---------------------------------------------------------------- zk21
C("zk21", "ascp", "acroform-flatten", ["form", "label-value", "portrait", "header-band", "boxed-fields"],
  "Name in capitals; title over two fields; format row On-Demand Webinar; AMA PRA statement; customer number and issue date are distractors.",
  G("KWAME A. BOATENG",
    "Hematology Case Studies 2025: Atypical Lymphocytes, Smudge Cells, and Other Morphology Pitfalls",
    "2025-06-30", 1.5, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "H2518"),
  "ascp_form",
  name="KWAME A. BOATENG", customer="00451872",
  title=["Hematology Case Studies 2025: Atypical Lymphocytes,", "Smudge Cells, and Other Morphology Pitfalls"],
  program="H2518", fmt="On-Demand Webinar", date="2025-06-30", cmle="1.5", issued="2025-07-02")

# ---------------------------------------------------------------- zk22
C("zk22", "aabb", "fpdf", ["form", "label-value", "portrait", "header-band", "footer-accreditation"],
  "Older AABB name; accented hyphenated name; order number and print date distractors; format row Virtual Hands-on Workshop.",
  G("Ren\u00e9e Dubois-Lachance",
    "Antibody Identification Workshop: Resolving Multiple Alloantibodies and Warm Autoantibodies",
    "2019-11-07", 3.0, "contact hour", ["American Association of Blood Banks", "AABB"], "WS-1911-07"),
  "aabb_form",
  name="Ren\u00e9e Dubois-Lachance, SBB(ASCP)",
  title="Antibody Identification Workshop: Resolving Multiple Alloantibodies and Warm Autoantibodies",
  course="WS-1911-07", fmt="Virtual Hands-on Workshop", date="11/07/2019", hours="3.0",
  order="ORD-5518302", printed="12/02/2019")

# ---------------------------------------------------------------- zk23
C("zk23", "cap", "libreoffice", ["src:fodt", "centered", "landscape", "border", "multi-page", "agenda"],
  "Three-day workshop (last day); earned 10.5 CE hours versus 12.0 AMA PRA maximum; page 2 agenda lists session titles and hours.",
  G("Oluwaseun Adeyemi-Clarke", "Molecular Pathology Checklist Essentials for Laboratory Inspectors",
    "2025-09-23", 10.5, "CE hour", ["College of American Pathologists", "CAP"], None),
  "fodt_cap",
  name="Oluwaseun Adeyemi-Clarke, MB(ASCP)CM",
  title="Molecular Pathology Checklist Essentials for Laboratory Inspectors",
  dates="September 21\u201323, 2025", place="Chicago, Illinois", hours="10.5", ama="12.0")

# ---------------------------------------------------------------- zk24
C("zk24", "ascls", "ghostscript", ["labels-above", "grid", "portrait", "letter-spaced-name"],
  "Labels above values; name printed letter-spaced in capitals; score and member number distractors; DD-Mon-YYYY date.",
  G("PRIYA N. DESAI", "Urinalysis Refresher: Crystals, Casts, and Contaminants", "2025-01-27", 1.0,
    "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"], "519-207-24"),
  "ascls_grid",
  name="PRIYA N. DESAI", member="0088213",
  title="Urinalysis Refresher: Crystals, Casts, and Contaminants", course="519-207-24",
  date="27-Jan-2025", hours="1.0", level="Basic", fmt="Self-Study (Enduring Material)", score="85%")

# ---------------------------------------------------------------- zk25
C("zk25", "pace-provider", "chromium", ["sidebar", "landscape", "logo-shape", "footer-accreditation"],
  "Apostrophe and hyphen in the name; day-first date; registration number distractor; sidebar with short name.",
  G("Siobhan O'Rourke-Mbeki",
    "Transfusion Reactions Decoded: A Case-Based Approach for the Bench Technologist",
    "2025-03-03", 1.5, "contact hour", ["Keystone Clinical Lab Seminars", "KCLS"], "331-045-25"),
  "html_pace",
  name="Siobhan O'Rourke-Mbeki, MLS(ASCP)",
  title="Transfusion Reactions Decoded: A Case-Based Approach for the Bench Technologist",
  fmt="Webinar", date="3 March 2025", hours="1.5", course="331-045-25", reg="REG-778120")

# ---------------------------------------------------------------- zk26
C("zk26", "labce", "reportlab-canvas", ["table", "portrait", "header-band"],
  "One-row table with course number, title, date and credit in columns; exam score percentage distractor.",
  G("Wei-Lin Chang", "Bloodborne Pathogens and Laboratory Safety: 2025 Update", "2025-09-05", 1.0,
    "contact hour", ["LabCE"], "LCE-5530"),
  "labce_table",
  name="Wei-Lin Chang", title="Bloodborne Pathogens and Laboratory Safety: 2025 Update",
  course="LCE-5530", date="Sep 5, 2025", hours="1.0", score="92%", cert_id="LC-90017342")

# ---------------------------------------------------------------- zk27
C("zk27", "medialab", "reportlab-platypus", ["centered", "portrait", "multi-page", "objectives"],
  "Em dash in the title; DD-Mon-YYYY date; page 2 lists objectives and mentions the Course ID of Part 1 (2213) as a distractor.",
  G("DeShawn K. Whitfield", "Gram Stain Interpretation: Part 2 \u2014 Respiratory Specimens", "2025-08-19",
    2.0, "contact hour", ["MediaLab, Inc."], "2214"),
  "pl_medialab",
  name="DeShawn K. Whitfield, MLT(ASCP)", title="Gram Stain Interpretation: Part 2 \u2014 Respiratory Specimens",
  date="19-Aug-2025", hours="2.0", course="2214")

# ---------------------------------------------------------------- zk28
C("zk28", "adlm", "tcpdf", ["sidebar", "labels-above", "portrait", "html-box"],
  "Vietnamese diacritics in the name; long title wraps over three lines; member number distractor.",
  G("Chlo\u00e9 Nguy\u1ec5n",
    "Lipid Testing Update: Non-Fasting Panels, Calculated LDL-C, and Reporting Apolipoprotein B",
    "2025-05-02", 2.5, "contact hour", ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "LL-0525-LIP"),
  "adlm_sidebar",
  name="Chlo\u00e9 Nguy\u1ec5n", member="1127730",
  title="Lipid Testing Update: Non-Fasting Panels, Calculated LDL-C, and Reporting Apolipoprotein B",
  date="2025-05-02", hours="2.5", course="LL-0525-LIP")

# ---------------------------------------------------------------- zk29
C("zk29", "nsh", "acroform-flatten", ["centered", "landscape", "border", "boxed-fields"],
  "CEU unit (0.2 CEU = 2 points; the footer also says 2.0 contact hours); values are flattened fields.",
  G("Marisol Qui\u00f1ones", "Frozen Section Techniques for the Histotechnician", "2025-01-08", 0.2, "CEU",
    ["National Society for Histotechnology", "NSH"], "NSH-WB-0125"),
  "nsh_land",
  name="Marisol Qui\u00f1ones, HT(ASCP)", title="Frozen Section Techniques for the Histotechnician",
  date="January 8, 2025", ceu="0.2", course="NSH-WB-0125")

# ---------------------------------------------------------------- zk30
C("zk30", "asm", "fpdf", ["form", "label-value", "portrait", "header-band", "signature"],
  "Suffix III kept; CEU unit (2.0 CEU = 20 points); three-day range; member number distractor.",
  G("Samuel Okoro-Reyes III", "Anaerobe Identification and Susceptibility Testing", "2025-06-04", 2.0, "CEU",
    ["American Society for Microbiology", "ASM"], "25-W-07"),
  "asm_form",
  name="Samuel Okoro-Reyes III, MS, M(ASCP)", title="Anaerobe Identification and Susceptibility Testing",
  course="25-W-07", dates="June 2\u20134, 2025", fmt="Hands-on Workshop", ceu="2.0", member="1904467")

# ---------------------------------------------------------------- zk31
C("zk31", "aphl-public-health", "libreoffice", ["src:fodt", "letterhead", "table", "portrait", "signature"],
  "State health department office (provider = department and department, office); expiry date shares day and month with the completion date.",
  G("Amelia Grace Thornbury",
    "Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)",
    "2025-05-13", 8.0, "contact hour", ["Delmarva Regional Health Department",
                                         "Delmarva Regional Health Department, Office of Laboratory Training"],
    "PS-2025-14"),
  "fodt_phl",
  name="Amelia Grace Thornbury",
  title="Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)",
  training="PS-2025-14", dates="May 12\u201313, 2025", hours="8.0", valid="May 13, 2027")

# ---------------------------------------------------------------- zk32
C("zk32", "state-society", "ghostscript", ["centered", "landscape", "border", "logo-shape", "signature"],
  "Honorific Mr. before the name; weekday with day-first date; certificate number distractor.",
  G("Terrence Abernathy-Doyle", "Cold Agglutinins and Pre-Analytical Pitfalls in Hematology", "2025-10-18",
    3.0, "contact hour", ["Georgia Society for Clinical Laboratory Science", "GSCLS"], "22-25-109"),
  "state_gs",
  name="Mr. Terrence Abernathy-Doyle, MLT(AMT)", title="Cold Agglutinins and Pre-Analytical Pitfalls in Hematology",
  date="Saturday, 18 October 2025", hours="3.0", course="22-25-109", cert_no="2025-FW-0087")

# ---------------------------------------------------------------- zk33
C("zk33", "hospital-inservice", "chromium", ["centered", "portrait", "label-value-table", "header-band"],
  "Series name before the colon is part of the title; hospital department provider; employee number distractor.",
  G("Alejandro Ruiz-Calder\u00f3n",
    "Laboratory Grand Rounds: Sepsis Bundles and the Laboratory \u2013 Lactate, Blood Cultures, and Turnaround Time",
    "2025-01-15", 1.0, "CE hour", ["Mercy Valley Health", "Mercy Valley Health, Laboratory Education & Development"],
    "MVH-LED-0115"),
  "html_hosp",
  name="Alejandro Ruiz-Calder\u00f3n, MLS(ASCP)CM",
  title="Laboratory Grand Rounds: Sepsis Bundles and the Laboratory \u2013 Lactate, Blood Cultures, and Turnaround Time",
  date="January 15, 2025", hours="1.0", offering="MVH-LED-0115", employee="100238871")

# ---------------------------------------------------------------- zk34
C("zk34", "joint-accreditation-cme", "reportlab-canvas", ["centered", "landscape", "multi-page", "table", "border"],
  "Two-day conference; page 2 credit table: 11.5 maximum for AMA/ANCC/P.A.C.E., 9.0 P.A.C.E. claimed; claim date distractor; office of an academic medical center.",
  G("Yusuf Al-Hashimi", "14th Annual Transfusion Medicine Update", "2025-11-07", 9.0, "contact hour",
    ["Pinecrest Academic Medical Center",
     "Pinecrest Academic Medical Center, Office of Continuing Professional Education"], "2025-TMU-14"),
  "joint_land",
  org="Pinecrest Academic Medical Center", office="Office of Continuing Professional Education",
  name="Yusuf Al-Hashimi, MLS(ASCP)CM, SBB", title="14th Annual Transfusion Medicine Update",
  dates="Nov 6\u20137, 2025", place="Pinecrest Conference Center", act="2025-TMU-14", claimed="9.0",
  maxc="11.5", claimdate="11/20/2025")

# ---------------------------------------------------------------- zk35
C("zk35", "university-ce", "reportlab-platypus", ["centered", "landscape", "border", "signature"],
  "University division (provider = university and university, division); CEU 1.2 = 12 points; no course/offering number printed (activity_id null); issue date distractor.",
  G("Kenji Watanabe-Ross", "Molecular Diagnostics Boot Camp: PCR, Sequencing, and Variant Interpretation",
    "2025-07-18", 1.2, "CEU", ["University of Eastbrook", "University of Eastbrook, Division of Continuing Studies"],
    None),
  "pl_univ",
  name="Kenji Watanabe-Ross", title="Molecular Diagnostics Boot Camp: PCR, Sequencing, and Variant Interpretation",
  date="2025-07-18", ceu="1.2", issued="July 25, 2025", cohort="Summer 2025 cohort")

# ---------------------------------------------------------------- zk36
C("zk36", "vendor-education", "tcpdf", ["centered", "landscape", "border", "logo-shape"],
  "Webinar ID (a meeting number) is a distractor next to the program number; slash in the title; honorific Ms.",
  G("Anneliese Vogt-Brennan",
    "Flow Cytometry Compensation Without Tears: Practical Panel Design for Leukemia/Lymphoma Immunophenotyping",
    "2025-10-02", 1.0, "contact hour", ["Halcyon Reagents Learning Center"], "HRLC-FC-102"),
  "vendor_land",
  name="Ms. Anneliese Vogt-Brennan, MLS(ASCP)SH",
  title="Flow Cytometry Compensation Without Tears: Practical Panel Design for Leukemia/Lymphoma Immunophenotyping",
  fmt="Live Webinar", date="10/02/2025", hours="1.0", program="HRLC-FC-102", webinar="884 2210 9931")

# ---------------------------------------------------------------- zk37
C("zk37", "train-transcript", "acroform-flatten", ["form", "label-value", "portrait", "boxed-fields", "table"],
  "Platform (TRAIN / Public Health Foundation) differs from the course provider; learner ID and CPH credit distractors.",
  G("Tamika Johnson-Reyes", "Specimen Collection and Handling for Measles Testing", "2025-03-19", 1.0,
    "contact hour", ["Great Lakes Regional Public Health Training Center"], "1112248"),
  "train_form",
  name="Tamika Johnson-Reyes", learner="TRN-5527813", course="1112248",
  title="Specimen Collection and Handling for Measles Testing",
  provider="Great Lakes Regional Public Health Training Center", date="2025-03-19", hours="1.0")

# ---------------------------------------------------------------- zk38
C("zk38", "conference-session", "fpdf", ["centered", "landscape", "border", "meeting-header"],
  "Session at a three-day symposium run by a branch of a society; session date is the middle day; time range.",
  G("Liam \u00d3 Briain",
    "MALDI-TOF Beyond Bacteria: Identification of Mycobacteria and Molds in the Clinical Laboratory",
    "2025-10-17", 1.25, "CE hour",
    ["American Society for Microbiology", "American Society for Microbiology, Northwest Branch"], "PNW-B3"),
  "conf_land",
  meeting="Pacific Northwest Microbiology Symposium 2025", mdates="October 16\u201318, 2025",
  place="Spokane, Washington", name="Liam \u00d3 Briain, MLS(ASCP)CM", code="PNW-B3",
  title="MALDI-TOF Beyond Bacteria: Identification of Mycobacteria and Molds in the Clinical Laboratory",
  sdate="Friday, Oct 17, 2025  \u00b7  2:00\u20133:15 PM", hours="1.25")

# ---------------------------------------------------------------- zk39
C("zk39", "letter-attendance", "libreoffice", ["src:docx", "letter", "letterhead", "table", "multi-page", "agenda"],
  "Letter with honorific Dr.; letter date later than attendance; page 2 agenda lists other sessions with their own codes and hours.",
  G("Rafael Dom\u00ednguez", "Whole Blood for Trauma Resuscitation: Implementation at a Community Hospital",
    "2025-03-03", 1.5, "CE hour", ["Bayside General Hospital", "Bayside General Hospital, Clinical Laboratory Education Office"],
    "BGH-GR-0303"),
  "docx_letter",
  name="Dr. Rafael Dom\u00ednguez", salutation="Dear Dr. Dom\u00ednguez,",
  title="Whole Blood for Trauma Resuscitation: Implementation at a Community Hospital",
  date="March 3, 2025", hours="1.5", session="BGH-GR-0303", ldate="March 21, 2025")

# ---------------------------------------------------------------- zk40
C("zk40", "wallet-card", "ghostscript", ["wallet-card", "small-page", "multi-page", "label-value"],
  "Two-sided card; name in capitals with credential; member ID on the back.",
  G("NOOR AL-SAYED", "Chain of Custody and Forensic Toxicology Specimens", "2025-08-23", 1.5, "CE hour",
    ["American Medical Technologists", "AMT"], "25-EDU-4471"),
  "wallet_gs",
  name="NOOR AL-SAYED, MT(AMT)", title="Chain of Custody and Forensic Toxicology Specimens",
  date="2025-08-23", hours="1.5", event="25-EDU-4471", member="20471196")

BY_ID = {c["id"]: c for c in CERTS}
assert len(CERTS) == 40 and len(BY_ID) == 40
