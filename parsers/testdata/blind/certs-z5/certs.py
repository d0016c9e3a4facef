# -*- coding: utf-8 -*-
"""Certificate definitions: gold facts + page content (blocks) for ze01..ze40.

Block types (rendered by every engine in engines.py):
  ("issuer", text)            issuing organisation line (bold, medium)
  ("sub", text)               secondary line under the issuer (department, address)
  ("h1", text)                certificate heading
  ("p", text)                 normal paragraph (wraps)
  ("name", text)              participant name (large)
  ("spaced", text)            participant name letter-spaced (S A R A H)
  ("fmt", text)               format line (italic)
  ("title", text)             activity title (bold, wraps)
  ("kv", [(label, value)..])  two-column label/value lines
  ("cols", [labels], [values]) labels above values in columns
  ("table", [header], [[row]..])
  ("small", text)             small print (wraps)
  ("sig", [(name, role)..])   signature lines
  ("sp", points)              vertical space
  ("page",)                   page break
Doc options: orient "P"/"L", align "C"/"L", border bool, seal text or None.
"""

P_ = "is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program."


def pace(org):
    return "%s %s" % (org, P_)


CERTS = []


def C(**kw):
    kw.setdefault("notes", "")
    kw.setdefault("activity_id", None)
    u = kw["unit"]
    kw["points"] = round(kw["credits"] * 10, 2) if u == "CEU" else kw["credits"]
    CERTS.append(kw)


# ---------------------------------------------------------------- ze01
C(id="ze01", style="ASCP", producer="chromium",
  layout=["landscape", "centred-award", "border", "seal", "format-line", "long-title-then-label", "credentials-after-name"],
  notes="Format line 'on-demand webinar' is inside the verb line; long title wraps and is followed by 'Date of completion:'. Issue date and certificate number are distractors.",
  name="Danielle M. Okonkwo-Reyes",
  title="Antimicrobial Susceptibility Testing Breakpoint Revisions: What the Bench Needs to Know Under Updated Interpretive Criteria",
  date="2025-03-14", credits=1.5, unit="CMLE",
  provider=["American Society for Clinical Pathology", "ASCP"], activity_id="W25-0318",
  doc=dict(orient="L", align="C", border=True, seal="ASCP\nCMLE", blocks=[
      ("issuer", "American Society for Clinical Pathology"),
      ("h1", "Certificate of Completion"),
      ("p", "This is to certify that"),
      ("name", "Danielle M. Okonkwo-Reyes, MLS(ASCP)CM"),
      ("p", "has completed the on-demand webinar"),
      ("title", "Antimicrobial Susceptibility Testing Breakpoint Revisions: What the Bench Needs to Know Under Updated Interpretive Criteria"),
      ("p", "Date of completion: March 14, 2025"),
      ("p", "Awarded 1.5 CMLE credits"),
      ("sig", [("Loretta K. Vance, MD, FASCP", "Vice President, Continuing Education")]),
      ("small", "Activity ID: W25-0318     Certificate No. C-2025-0481772     Issued: March 15, 2025"),
      ("small", "ASCP " + P_ + " ASCP CMLE credits are accepted by the ASCP Board of Certification Credential Maintenance Program."),
  ]))

# ---------------------------------------------------------------- ze02
C(id="ze02", style="AABB", producer="fodt",
  layout=["portrait", "centred-award", "border", "format-line", "long-title-then-label", "issuer-line", "program-no-without-colon"],
  notes="Provider full name contains 'for' and '&'. 'LIVE WEBINAR' is a format line. Program No. without colon is the ID. Registration ID and print date are distractors.",
  name="Priya Venkataraman-Holt",
  title="Patient Blood Management Program Metrics: Building a Transfusion Dashboard That Drives Change",
  date="2025-02-19", credits=1.0, unit="contact hour",
  provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="105-224-25",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("issuer", "Association for the Advancement of Blood & Biotherapies"),
      ("h1", "Certificate of Completion"),
      ("p", "This certifies that"),
      ("name", "Priya Venkataraman-Holt"),
      ("p", "participated in the"),
      ("fmt", "LIVE WEBINAR"),
      ("title", "Patient Blood Management Program Metrics: Building a Transfusion Dashboard That Drives Change"),
      ("p", "Date of completion: February 19, 2025"),
      ("p", "P.A.C.E.\u00ae Program No. 105-224-25"),
      ("p", "1.0 contact hour"),
      ("sp", 10),
      ("sig", [("Harold J. Benecke, MBA", "Director, Education")]),
      ("small", pace("AABB")),
      ("small", "Registration ID: 88314207     Certificate printed: 03/02/2025"),
  ]))

# ---------------------------------------------------------------- ze03
C(id="ze03", style="CAP", producer="docx",
  layout=["portrait", "left-letter", "credit-table", "multi-credit", "label-value"],
  notes="Grossing is part of a real course title. Table lists AMA PRA, P.A.C.E. and ABPath SAM credits; only P.A.C.E. is gold. Format line given as a labelled field. Customer ID is a distractor.",
  name="Tobias Lindqvist",
  title="Grossing of Complex Gastrointestinal Resections",
  date="2025-05-06", credits=2.0, unit="contact hour",
  provider=["College of American Pathologists", "CAP"], activity_id="GR-2511",
  doc=dict(orient="P", align="L", border=False, seal=None, blocks=[
      ("issuer", "College of American Pathologists"),
      ("sub", "325 Waukegan Road, Northfield, Illinois 60093"),
      ("sp", 14),
      ("h1", "Certificate of Completion"),
      ("p", "Awarded to"),
      ("name", "Tobias Lindqvist, PA(ASCP)CM"),
      ("p", "for successful completion of"),
      ("title", "Grossing of Complex Gastrointestinal Resections"),
      ("kv", [("Activity ID:", "GR-2511"), ("Date Completed:", "May 6, 2025"), ("Format:", "Enduring Material (online)")]),
      ("table", ["Credit Type", "Credits Claimed"], [["AMA PRA Category 1 Credit\u2122", "2.00"], ["ASCLS P.A.C.E.\u00ae Contact Hours", "2.00"], ["ABPath Self-Assessment Module (SAM)", "2.00"]]),
      ("small", "The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits\u2122. The CAP " + P_),
      ("small", "Customer ID: 4410928     Transcript printed 05/07/2025"),
  ]))

# ---------------------------------------------------------------- ze04
C(id="ze04", style="ASCLS", producer="fpdf",
  layout=["landscape", "centred-award", "border", "meeting-attendance", "date-range", "accented-name"],
  notes="ASCLS's own meeting: ASCLS is the provider. Attendance without session title: title = meeting name; date = last day of range. Member number and generation date are distractors. No activity number.",
  name="Marisol C\u00e1rdenas Whitby",
  title="ASCLS 2025 Annual Meeting",
  date="2025-06-26", credits=14.5, unit="contact hour",
  provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id=None,
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("h1", "Certificate of Attendance"),
      ("p", "The American Society for Clinical Laboratory Science certifies that"),
      ("name", "Marisol C\u00e1rdenas Whitby"),
      ("p", "attended the"),
      ("title", "ASCLS 2025 Annual Meeting"),
      ("p", "Minneapolis, Minnesota \u2013 June 22\u201326, 2025"),
      ("p", "and earned 14.5 P.A.C.E.\u00ae contact hours"),
      ("sig", [("Bernadette Oyelaran-Price, EdD, MLS(ASCP)CM", "President, ASCLS")]),
      ("small", "Member No. 0048213     Certificate generated July 9, 2025"),
      ("small", "The American Society for Clinical Laboratory Science (ASCLS) administers the P.A.C.E.\u00ae Program."),
  ]))

# ---------------------------------------------------------------- ze05
C(id="ze05", style="ASCLS P.A.C.E. provider (state society)", producer="tcpdf",
  layout=["portrait", "centred-award", "format-line", "session-certificate", "program-no-without-colon", "credentials-after-name"],
  notes="'Spring Symposium' is a format line; 'Orientation' is part of the title. Symposium range April 10-12 is a distractor; session date is gold.",
  name="Kwame A. Boateng",
  title="Molecular Respiratory Panels: From Orientation to Interpretation",
  date="2025-04-11", credits=1.0, unit="contact hour",
  provider=["Great Lakes Society for Clinical Laboratory Science", "GLSCLS"], activity_id="284-117-25",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("issuer", "Great Lakes Society for Clinical Laboratory Science"),
      ("h1", "Certificate of Attendance"),
      ("p", "This certifies that"),
      ("name", "Kwame A. Boateng, MLS(ASCP)"),
      ("p", "has attended"),
      ("fmt", "Spring Symposium"),
      ("title", "Molecular Respiratory Panels: From Orientation to Interpretation"),
      ("p", "Session date: April 11, 2025"),
      ("p", "1.0 P.A.C.E.\u00ae contact hour"),
      ("p", "Program No. 284-117-25"),
      ("sig", [("Ingrid Solheim, MS, MLS(ASCP)", "Continuing Education Chair")]),
      ("small", "Symposium held April 10\u201312, 2025, Riverfront Conference Center, Grand Rapids, Michigan."),
      ("small", pace("The Great Lakes Society for Clinical Laboratory Science (GLSCLS)")),
  ]))

# ---------------------------------------------------------------- ze06
C(id="ze06", style="LabCE", producer="rl-canvas",
  layout=["landscape", "border", "label-value", "format-field"],
  notes="Two-column label/value; 'Safety' is part of the title; Self-Study appears only as Format value. Order Number is a distractor.",
  name="Beatriz Olmedo-Fairchild",
  title="Laboratory Safety: Chemical Hygiene and Spill Response",
  date="2025-01-27", credits=1.5, unit="contact hour",
  provider=["LabCE"], activity_id="1187",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "LabCE"),
      ("h1", "Certificate of Completion"),
      ("p", "This certifies that"),
      ("name", "Beatriz Olmedo-Fairchild"),
      ("p", "has successfully completed the following continuing education course:"),
      ("kv", [("Course:", "Laboratory Safety: Chemical Hygiene and Spill Response"), ("Course Number:", "1187"),
              ("Format:", "Self-Study (online)"), ("Completion Date:", "01/27/2025"),
              ("Contact Hours:", "1.5 (P.A.C.E.\u00ae)"), ("Order Number:", "LCE-7730194")]),
      ("small", pace("LabCE")),
  ]))

# ---------------------------------------------------------------- ze07
C(id="ze07", style="MediaLab", producer="rl-platypus",
  layout=["portrait", "labels-above-values", "columns"],
  notes="Labels above values in columns (Participant | Date of Completion). 'Ethics' is in the title. Transcript ID is a distractor. Only 'MediaLab, Inc.' is printed as the provider.",
  name="Shauna R. McAllister-Pike",
  title="Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest, and Reporting Errors",
  date="2025-08-12", credits=2.0, unit="contact hour",
  provider=["MediaLab, Inc."], activity_id="ML-1148",
  doc=dict(orient="P", align="L", border=True, seal=None, blocks=[
      ("issuer", "MediaLab, Inc."),
      ("h1", "Continuing Education Certificate"),
      ("sp", 6),
      ("cols", ["Participant", "Date of Completion"], ["Shauna R. McAllister-Pike", "08/12/2025"]),
      ("cols", ["Course Title"], ["Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest, and Reporting Errors"]),
      ("cols", ["Course Number", "Contact Hours", "Transcript ID"], ["ML-1148", "2.0", "T-55021987"]),
      ("sp", 10),
      ("small", pace("MediaLab, Inc.") + " This certificate documents completion of the course listed above."),
  ]))

# ---------------------------------------------------------------- ze08
C(id="ze08", style="ADLM", producer="acroform",
  layout=["portrait", "centred-award", "format-line", "long-title-then-label", "acroform-fields"],
  notes="'eCast' is a format line. ACCENT contact hours -> unit contact hour. Member ID is a distractor.",
  name="Gregory Nakamura-Ellis",
  title="Troponin Assays in the Emergency Department: Single-Sample Rule-Out Strategies and Their Pitfalls",
  date="2025-09-09", credits=1.0, unit="contact hour",
  provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="25-EC-0912",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("issuer", "Association for Diagnostics & Laboratory Medicine"),
      ("h1", "Certificate of Participation"),
      ("p", "This certifies that"),
      ("name", "Gregory Nakamura-Ellis"),
      ("p", "has participated in the"),
      ("fmt", "eCast"),
      ("title", "Troponin Assays in the Emergency Department: Single-Sample Rule-Out Strategies and Their Pitfalls"),
      ("kv", [("Date of completion:", "September 9, 2025"), ("Activity ID:", "25-EC-0912"), ("ACCENT\u00ae contact hours:", "1.0"), ("Member ID:", "300172")]),
      ("small", "The Association for Diagnostics & Laboratory Medicine (ADLM) designates this activity for a maximum of 1.0 ACCENT\u00ae contact hour. ADLM is an approved provider of continuing education under its ACCENT\u00ae program."),
  ]))

# ---------------------------------------------------------------- ze09
C(id="ze09", style="NSH", producer="ghostscript",
  layout=["portrait", "centred-award", "border", "format-line", "accented-name", "credentials-after-name"],
  notes="'Self-Study Module' is a format line; title contains Grossing and Orientation.",
  name="Aur\u00e9lie Dufresne-Mbeki",
  title="Grossing Room Orientation for New Histotechnicians",
  date="2025-06-16", credits=1.5, unit="contact hour",
  provider=["National Society for Histotechnology", "NSH"], activity_id="NSH-SS-2231",
  doc=dict(orient="P", align="C", border=True, seal="NSH", blocks=[
      ("issuer", "National Society for Histotechnology"),
      ("h1", "Certificate of Completion"),
      ("p", "presented to"),
      ("name", "Aur\u00e9lie Dufresne-Mbeki, HTL(ASCP)"),
      ("p", "for completing the"),
      ("fmt", "Self-Study Module"),
      ("title", "Grossing Room Orientation for New Histotechnicians"),
      ("p", "Completed on 16 June 2025"),
      ("p", "Course No. NSH-SS-2231"),
      ("p", "1.5 contact hours"),
      ("sig", [("Dolores Ferreira-Quist, HT(ASCP)", "Education Committee Chair")]),
      ("small", pace("NSH")),
  ]))

# ---------------------------------------------------------------- ze10
C(id="ze10", style="AMT", producer="chromium",
  layout=["portrait", "centred-award", "letter-spaced-name", "all-caps-name", "labels-above-values"],
  notes="Letter-spaced capital name. Labels above values (Date Completed | Course ID | CE Hours). Member and certificate numbers are distractors.",
  name="RAFAEL QUINTERO",
  title="Phlebotomy Complications: Recognizing and Preventing Nerve Injury",
  date="2025-07-02", credits=1.0, unit="CE hour",
  provider=["American Medical Technologists", "AMT"], activity_id="AMT-0925",
  doc=dict(orient="P", align="C", border=True, seal="AMT", blocks=[
      ("issuer", "American Medical Technologists"),
      ("h1", "Certificate of Continuing Education"),
      ("p", "This is to certify that"),
      ("spaced", "RAFAEL QUINTERO"),
      ("p", "has completed"),
      ("title", "Phlebotomy Complications: Recognizing and Preventing Nerve Injury"),
      ("cols", ["Date Completed", "Course ID", "CE Hours"], ["July 2, 2025", "AMT-0925", "1.0"]),
      ("sig", [("Colette Barros, MT(AMT)", "Director, Continuing Education")]),
      ("small", "AMT Member No. 1147752     Certificate No. 25-661809"),
  ]))

# ---------------------------------------------------------------- ze11
C(id="ze11", style="ASM", producer="fodt",
  layout=["portrait", "left-letter", "format-line", "issue-date-distractor", "label-value", "session-no"],
  notes="Letter style with issue date at top (distractor). 'Live Virtual Session' is a format line. Session No. is the ID.",
  name="Nadia Farouk-Lindgren",
  title="Candida auris Screening: Laboratory Workflows and Infection Prevention Partnerships",
  date="2025-09-24", credits=1.0, unit="contact hour",
  provider=["American Society for Microbiology", "ASM"], activity_id="417",
  doc=dict(orient="P", align="L", border=False, seal=None, blocks=[
      ("issuer", "American Society for Microbiology"),
      ("sub", "1752 N Street NW, Washington, DC 20036"),
      ("sp", 10),
      ("p", "Issued October 3, 2025"),
      ("h1", "Certificate of Completion"),
      ("p", "This letter confirms that"),
      ("name", "Nadia Farouk-Lindgren, M(ASCP)"),
      ("p", "completed the following ASM continuing education activity:"),
      ("fmt", "Live Virtual Session"),
      ("title", "Candida auris Screening: Laboratory Workflows and Infection Prevention Partnerships"),
      ("kv", [("Session date:", "September 24, 2025"), ("Session No.", "417"), ("P.A.C.E.\u00ae contact hours:", "1.0")]),
      ("sig", [("Everett Moana, PhD", "Senior Director, Professional Development")]),
      ("small", pace("ASM")),
  ]))

# ---------------------------------------------------------------- ze12
C(id="ze12", style="CLSI", producer="docx",
  layout=["landscape", "centred-award", "format-line", "long-title-then-label", "program-no-without-colon"],
  notes="'On-Demand Webinar' is a format line. Order No. is a distractor.",
  name="Oluwaseun Adeyemi-Carter",
  title="Verification of Performance for Quantitative Methods: Applying EP15 in Your Laboratory",
  date="2025-11-04", credits=1.5, unit="contact hour",
  provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="308-221-25",
  doc=dict(orient="L", align="C", border=False, seal=None, blocks=[
      ("issuer", "Clinical and Laboratory Standards Institute"),
      ("h1", "Certificate of Completion"),
      ("p", "This certificate is awarded to"),
      ("name", "Oluwaseun Adeyemi-Carter, MLS(ASCP)CM"),
      ("p", "for completion of the"),
      ("fmt", "On-Demand Webinar"),
      ("title", "Verification of Performance for Quantitative Methods: Applying EP15 in Your Laboratory"),
      ("p", "Date of completion: November 4, 2025"),
      ("p", "Program No. 308-221-25     |     1.5 P.A.C.E.\u00ae contact hours"),
      ("small", pace("CLSI")),
      ("small", "Order No. 0098177     clsi.org"),
  ]))

# ---------------------------------------------------------------- ze13
C(id="ze13", style="hospital in-service", producer="fpdf",
  layout=["portrait", "left-letter", "label-value", "suffix-name", "signatures-two"],
  notes="Laboratory Education Department as provider. 'Safety Training' in the in-service title. Employee ID is a distractor; Class No. is the ID.",
  name="Thomas E. Harrowgate Jr.",
  title="Annual Safety Training: Bloodborne Pathogens, Chemical Hygiene, and Fire Response",
  date="2025-01-15", credits=1.0, unit="CE hour",
  provider=["Mercy Ridge Medical Center", "Mercy Ridge Medical Center, Laboratory Education Department"], activity_id="IS-2025-14",
  doc=dict(orient="P", align="L", border=False, seal=None, blocks=[
      ("issuer", "Mercy Ridge Medical Center"),
      ("sub", "Laboratory Education Department"),
      ("sub", "1200 Ridgeline Parkway, Dunmore Falls, Ohio 44871"),
      ("sp", 16),
      ("h1", "In-Service Attendance Certificate"),
      ("kv", [("Employee:", "Thomas E. Harrowgate Jr."), ("Employee ID:", "E-204518"),
              ("In-Service:", "Annual Safety Training: Bloodborne Pathogens, Chemical Hygiene, and Fire Response"),
              ("Class No.:", "IS-2025-14"), ("Date:", "01/15/2025"), ("CE Hours:", "1.0")]),
      ("p", "The Laboratory Education Department at Mercy Ridge Medical Center certifies that the above employee attended this in-service in full."),
      ("sig", [("Camille Ostrander, MS, MLS(ASCP)", "Laboratory Education Coordinator"), ("Victor Salgado, MD", "Medical Director, Clinical Laboratory")]),
  ]))

# ---------------------------------------------------------------- ze14
C(id="ze14", style="public health laboratory", producer="tcpdf",
  layout=["portrait", "centred-award", "provider-only-in-accreditation-statement", "long-title-then-label", "expiry-distractor"],
  notes="Provider appears only as the subject of the P.A.C.E. statement. Recertification due date is a distractor.",
  name="Lorenzo Bianchi-Okafor",
  title="Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements",
  date="2025-03-20", credits=3.0, unit="contact hour",
  provider=["Columbia River Regional Public Health Laboratory"], activity_id="PHL-2025-031",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("h1", "Certificate of Completion"),
      ("p", "This is to certify that"),
      ("name", "Lorenzo Bianchi-Okafor"),
      ("p", "has successfully completed the course"),
      ("title", "Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements"),
      ("p", "Date of completion: 03/20/2025"),
      ("kv", [("Training No.", "PHL-2025-031"), ("Contact Hours", "3.0")]),
      ("sig", [("Renata Szabo, DrPH", "Laboratory Director")]),
      ("small", pace("The Columbia River Regional Public Health Laboratory")),
      ("small", "Retain for training records. Recertification due 03/20/2027."),
  ]))

# ---------------------------------------------------------------- ze15
C(id="ze15", style="joint-accreditation CME", producer="rl-canvas",
  layout=["landscape", "centred-award", "border", "credit-table", "multi-credit", "series-name-in-title"],
  notes="Office of Continuing Professional Development as provider. Title includes the series name 'Pathology Grand Rounds:'. AMA PRA/ANCC/ACPE are distractors.",
  name="Hyun-Woo Park",
  title="Pathology Grand Rounds: Clonal Hematopoiesis of Indeterminate Potential and the Laboratory",
  date="2025-04-02", credits=1.0, unit="contact hour",
  provider=["Saint Aldric Health", "Saint Aldric Health, Office of Continuing Professional Development"], activity_id="24871",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "Saint Aldric Health"),
      ("sub", "Office of Continuing Professional Development"),
      ("h1", "Certificate of Attendance"),
      ("name", "Hyun-Woo Park, MS, MB(ASCP)CM"),
      ("p", "attended"),
      ("title", "Pathology Grand Rounds: Clonal Hematopoiesis of Indeterminate Potential and the Laboratory"),
      ("p", "Date of attendance: April 2, 2025     Activity ID: 24871"),
      ("table", ["Credit Type", "Hours"], [["AMA PRA Category 1 Credits\u2122", "1.00"], ["ANCC nursing contact hours", "1.00"],
                                          ["ACPE contact hours (knowledge-based)", "1.00"], ["ASCLS P.A.C.E.\u00ae contact hours", "1.00"]]),
      ("small", "In support of improving patient care, Saint Aldric Health is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Saint Aldric Health designates this live activity for a maximum of 1.00 AMA PRA Category 1 Credit\u2122. Saint Aldric Health " + P_),
  ]))

# ---------------------------------------------------------------- ze16
C(id="ze16", style="university CEU", producer="rl-platypus",
  layout=["portrait", "centred-award", "small-table", "honorific-name", "issue-date-distractor"],
  notes="Division as provider. CEU 1.2 -> points 12. Leading 'Dr.' dropped. Issue date is a distractor.",
  name="Helen Achterberg",
  title="Clinical Laboratory Leadership Series, Module 3: Quality Systems and Regulatory Compliance",
  date="2025-03-03", credits=1.2, unit="CEU",
  provider=["Westbrook State University", "Westbrook State University, Division of Continuing and Professional Education"], activity_id="CLS 7103",
  doc=dict(orient="P", align="C", border=True, seal="WSU", blocks=[
      ("issuer", "Westbrook State University"),
      ("sub", "Division of Continuing and Professional Education"),
      ("h1", "Certificate of Completion"),
      ("name", "Dr. Helen Achterberg"),
      ("p", "has satisfactorily completed"),
      ("title", "Clinical Laboratory Leadership Series, Module 3: Quality Systems and Regulatory Compliance"),
      ("table", ["Course No.", "Term", "Completion Date", "CEUs"], [["CLS 7103", "Winter 2025", "March 3, 2025", "1.2"]]),
      ("sig", [("Marguerite Oyelaran, EdD", "Dean, Division of Continuing and Professional Education")]),
      ("small", "Issued March 10, 2025. One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction."),
  ]))

# ---------------------------------------------------------------- ze17
C(id="ze17", style="vendor training", producer="acroform",
  layout=["landscape", "centred-award", "border", "acroform-fields", "label-value", "serial-distractor"],
  notes="Vendor key-operator training. Instrument serial number is a distractor; Training ID is the ID.",
  name="Siobhan O'Rourke-Dalton",
  title="KX-900 Body Fluid Mode Key Operator Training",
  date="2025-06-05", credits=4.0, unit="contact hour",
  provider=["Kestrel Hematology Systems, Inc."], activity_id="KHS-TR-5530",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "Kestrel Hematology Systems, Inc."),
      ("h1", "Certificate of Training"),
      ("p", "This certifies that"),
      ("name", "Siobhan O'Rourke-Dalton"),
      ("p", "has completed"),
      ("title", "KX-900 Body Fluid Mode Key Operator Training"),
      ("kv", [("Training ID:", "KHS-TR-5530"), ("Date of completion:", "June 5, 2025"),
              ("Contact hours:", "4.0 (P.A.C.E.)"), ("Instrument serial no.:", "KX9-0041877")]),
      ("sig", [("Dana Whitcombe", "Senior Applications Specialist")]),
      ("small", pace("Kestrel Hematology Systems, Inc.")),
  ]))

# ---------------------------------------------------------------- ze18
C(id="ze18", style="ASCP", producer="ghostscript",
  layout=["portrait", "centred-award", "border", "all-caps-name", "suffix-name", "format-line", "long-title-then-label", "maximum-vs-claimed"],
  notes="ALL-CAPS name with III. 'Enduring Material' is a format line. Claimed 1.5 vs maximum 2.0 CMLE. Certificate no., print and claim deadline are distractors.",
  name="MARCUS T. WHITFIELD III",
  title="Bone Marrow Morphology Review: Myelodysplastic Neoplasms Under the 2022 WHO and ICC Classifications",
  date="2025-10-21", credits=1.5, unit="CMLE",
  provider=["American Society for Clinical Pathology", "ASCP"], activity_id="EM-25-1093",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("issuer", "American Society for Clinical Pathology"),
      ("h1", "Certificate of Completion"),
      ("name", "MARCUS T. WHITFIELD III, MLS(ASCP)CM"),
      ("p", "has completed the"),
      ("fmt", "Enduring Material"),
      ("title", "Bone Marrow Morphology Review: Myelodysplastic Neoplasms Under the 2022 WHO and ICC Classifications"),
      ("p", "Date Completed: 10/21/2025"),
      ("p", "Activity ID: EM-25-1093"),
      ("p", "CMLE credits claimed: 1.5   (maximum available: 2.0)"),
      ("small", "ASCP designates this enduring material for a maximum of 2.0 CMLE credits. Participants should claim only the credit commensurate with the extent of their participation in the activity."),
      ("small", "Certificate No. 2025-1103-77218     Printed 11/03/2025     Credit may be claimed until 12/31/2026"),
  ]))

# ---------------------------------------------------------------- ze19
C(id="ze19", style="state society webinar", producer="chromium",
  layout=["portrait", "labels-above-values", "columns", "program-no-without-colon", "format-in-column"],
  notes="Labels above values. 'Meeting' in the title (not a meeting). Program No. label without colon.",
  name="Emily-Grace Thornbury",
  title="Blood Culture Contamination: Meeting the 1% Benchmark",
  date="2025-05-21", credits=1.0, unit="contact hour",
  provider=["Carolinas Association of Laboratory Professionals", "CALP"], activity_id="512-330-25",
  doc=dict(orient="P", align="L", border=True, seal=None, blocks=[
      ("issuer", "Carolinas Association of Laboratory Professionals"),
      ("h1", "Certificate of Participation"),
      ("sp", 6),
      ("cols", ["Participant", "Date of Completion"], ["Emily-Grace Thornbury, MLT(ASCP)", "May 21, 2025"]),
      ("cols", ["Webinar Title"], ["Blood Culture Contamination: Meeting the 1% Benchmark"]),
      ("cols", ["Program No.", "P.A.C.E.\u00ae Contact Hours", "Format"], ["512-330-25", "1.0", "LIVE WEBINAR"]),
      ("sig", [("Jerome Whitlock, MHA, MLS(ASCP)", "President, CALP")]),
      ("small", pace("The Carolinas Association of Laboratory Professionals (CALP)")),
  ]))

# ---------------------------------------------------------------- ze20
C(id="ze20", style="regional society meeting", producer="fodt",
  layout=["landscape", "centred-award", "border", "meeting-attendance", "date-range", "signatures-two"],
  notes="Attendance at a 3-day conference: date = last day. Badge No. is a distractor; Event No. is the ID.",
  name="Catalina Reyes-Whitmore",
  title="2025 Northeast Regional Laboratory Leadership Conference",
  date="2025-10-10", credits=12.0, unit="contact hour",
  provider=["Tri-State Clinical Laboratory Management Association", "TSCLMA"], activity_id="2510-NE",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "Tri-State Clinical Laboratory Management Association"),
      ("h1", "Certificate of Attendance"),
      ("p", "is presented to"),
      ("name", "Catalina Reyes-Whitmore"),
      ("p", "for attendance at the"),
      ("title", "2025 Northeast Regional Laboratory Leadership Conference"),
      ("p", "October 8\u201310, 2025  \u00b7  Hartford, Connecticut"),
      ("p", "12.0 P.A.C.E.\u00ae contact hours     Event No. 2510-NE"),
      ("sig", [("Nathaniel Ebbesen, MBA", "Conference Chair"), ("Ruth Castellanos, MS", "Education Director")]),
      ("small", pace("Tri-State Clinical Laboratory Management Association (TSCLMA)") + "     Badge No. 00317"),
  ]))

# ---------------------------------------------------------------- ze21
C(id="ze21", style="AABB", producer="rl-canvas",
  layout=["landscape", "centred-award", "border", "session-certificate", "date-range", "multi-credit", "label-value"],
  notes="Session certificate at the annual meeting: session date (Oct 26) not the meeting range. Session No. 3104 is the ID. AMA PRA credit is a distractor. Registration ID distractor.",
  name="Daniel Oyelowo-Brandt",
  title="Cold-Stored Platelets in Trauma Resuscitation: Logistics, Quality Control, and Outcomes",
  date="2025-10-26", credits=1.5, unit="contact hour",
  provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="3104",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "AABB"),
      ("h1", "Session Certificate"),
      ("p", "AABB Annual Meeting 2025  \u00b7  October 25\u201328, 2025  \u00b7  Phoenix, Arizona"),
      ("p", "This certifies that"),
      ("name", "Daniel Oyelowo-Brandt, SBB(ASCP)"),
      ("p", "attended the education session"),
      ("title", "Cold-Stored Platelets in Trauma Resuscitation: Logistics, Quality Control, and Outcomes"),
      ("kv", [("Session No.", "3104"), ("Session date:", "October 26, 2025"), ("P.A.C.E.\u00ae contact hours:", "1.5"),
              ("AMA PRA Category 1 Credits\u2122:", "1.5")]),
      ("small", "AABB (Association for the Advancement of Blood & Biotherapies) " + P_ + " AABB is accredited by the ACCME to provide continuing medical education for physicians and designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credits\u2122."),
      ("small", "Registration ID: AM25-118832"),
  ]))

# ---------------------------------------------------------------- ze22
C(id="ze22", style="CAP", producer="rl-platypus",
  layout=["portrait", "centred-award", "credit-table", "maximum-vs-claimed", "credentials-after-name", "label-value"],
  notes="Table of maximum vs claimed; claimed P.A.C.E. 2.5 is gold. 'Orientation' and 'Training' in the title. Customer No. distractor.",
  name="Ingrid Marie Haugen",
  title="Laboratory Inspector Training: Team Leader Orientation and Checklist Navigation",
  date="2025-08-28", credits=2.5, unit="contact hour",
  provider=["College of American Pathologists", "CAP"], activity_id="INSP-2025-TL",
  doc=dict(orient="P", align="C", border=True, seal="CAP", blocks=[
      ("issuer", "College of American Pathologists"),
      ("h1", "Certificate of Completion"),
      ("p", "This certifies that"),
      ("name", "Ingrid Marie Haugen, PhD, DLM(ASCP)"),
      ("p", "has completed the CAP education activity"),
      ("title", "Laboratory Inspector Training: Team Leader Orientation and Checklist Navigation"),
      ("kv", [("Date of completion:", "August 28, 2025"), ("Activity No.:", "INSP-2025-TL")]),
      ("table", ["Credit type", "Maximum", "Claimed"], [["AMA PRA Category 1 Credits\u2122", "3.0", "2.5"], ["ASCLS P.A.C.E.\u00ae contact hours", "3.0", "2.5"]]),
      ("small", "The College of American Pathologists (CAP) is accredited by the ACCME to provide continuing medical education for physicians and designates this enduring material for a maximum of 3.0 AMA PRA Category 1 Credits\u2122. The CAP " + P_),
      ("small", "Customer No. 1177320"),
  ]))

# ---------------------------------------------------------------- ze23
C(id="ze23", style="hospital department (P.A.C.E. provider)", producer="docx",
  layout=["portrait", "left-letter", "label-value", "series-name-in-title", "presented-by-distractor", "program-no-without-colon"],
  notes="Department as provider. Speaker 'presented by' is a distractor. Series name before colon is part of the title.",
  name="Mei-Ling Oduya-Chang",
  title="Laboratory Medicine Seminar Series: Hemoglobin A1c Method Interferences and Variant Hemoglobins",
  date="2025-12-03", credits=1.0, unit="contact hour",
  provider=["Lakeshore University Hospital", "Lakeshore University Hospital, Department of Pathology and Laboratory Medicine"], activity_id="201-455-25",
  doc=dict(orient="P", align="L", border=False, seal=None, blocks=[
      ("issuer", "Lakeshore University Hospital"),
      ("sub", "Department of Pathology and Laboratory Medicine"),
      ("sub", "455 Harbor Crest Drive, Port Alder, Michigan 49011"),
      ("sp", 14),
      ("h1", "Certificate of Attendance"),
      ("p", "Presented to"),
      ("name", "Mei-Ling Oduya-Chang, MLS(ASCP)CM"),
      ("p", "for attending"),
      ("title", "Laboratory Medicine Seminar Series: Hemoglobin A1c Method Interferences and Variant Hemoglobins"),
      ("p", "presented by Kofi Antwi-Sarpong, PhD, DABCC"),
      ("kv", [("Date:", "December 3, 2025"), ("Program No.", "201-455-25"), ("P.A.C.E.\u00ae contact hours:", "1.0")]),
      ("sig", [("Harriet Vandermeer, MD", "Chair, Department of Pathology and Laboratory Medicine")]),
      ("small", pace("Lakeshore University Hospital, Department of Pathology and Laboratory Medicine,")),
  ]))

# ---------------------------------------------------------------- ze24
C(id="ze24", style="LabCE", producer="tcpdf",
  layout=["portrait", "centred-award", "small-table", "accented-name"],
  notes="Small table: course number, course, completion date, contact hours. Order # and print date distractors.",
  name="Zo\u00eb Marchetti-Blanc",
  title="Urine Sediment Identification: Casts, Crystals, and Cells",
  date="2025-02-11", credits=2.0, unit="contact hour",
  provider=["LabCE"], activity_id="1342",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("issuer", "LabCE"),
      ("h1", "Certificate of Completion"),
      ("p", "Awarded to"),
      ("name", "Zo\u00eb Marchetti-Blanc"),
      ("sp", 8),
      ("p", "for successful completion of the online course"),
      ("title", "Urine Sediment Identification: Casts, Crystals, and Cells"),
      ("table", ["Course Number", "Completion Date", "Contact Hours"], [["1342", "2025-02-11", "2.0"]]),
      ("sp", 8),
      ("small", pace("LabCE")),
      ("small", "Order #: 9921-44083     Printed 2025-02-14"),
  ]))

# ---------------------------------------------------------------- ze25
C(id="ze25", style="MediaLab", producer="ghostscript",
  layout=["landscape", "border", "label-value", "accented-name"],
  notes="Two-column label/value. Transcript ID distractor.",
  name="Jos\u00e9 \u00c1ngel Ibarra Soto",
  title="Hematology Case Studies: Red Cell Morphology in Hemolytic Anemias",
  date="2025-04-29", credits=1.0, unit="contact hour",
  provider=["MediaLab, Inc."], activity_id="ML-2207",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "MediaLab, Inc."),
      ("h1", "CE Certificate of Completion"),
      ("name", "Jos\u00e9 \u00c1ngel Ibarra Soto"),
      ("sp", 6),
      ("kv", [("Course:", "Hematology Case Studies: Red Cell Morphology in Hemolytic Anemias"), ("Course No.:", "ML-2207"),
              ("Completed:", "April 29, 2025"), ("Contact Hours:", "1.0"), ("Transcript ID:", "T-60011452")]),
      ("small", pace("MediaLab, Inc.")),
  ]))

# ---------------------------------------------------------------- ze26
C(id="ze26", style="ADLM", producer="chromium",
  layout=["landscape", "centred-award", "border", "meeting-attendance", "date-range", "maximum-vs-claimed", "credentials-after-name"],
  notes="Meeting attendance; title = meeting name with '&'. Claimed 16.0 vs maximum 32.5 ACCENT. Registration ID and issue date distractors.",
  name="Adebayo Ogunleye-Fischer",
  title="2025 ADLM Annual Scientific Meeting & Clinical Lab Expo",
  date="2025-07-31", credits=16.0, unit="contact hour",
  provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id=None,
  doc=dict(orient="L", align="C", border=True, seal="ADLM", blocks=[
      ("issuer", "Association for Diagnostics & Laboratory Medicine"),
      ("h1", "Certificate of Attendance"),
      ("p", "This certifies that"),
      ("name", "Adebayo Ogunleye-Fischer, PhD, DABCC"),
      ("p", "attended the"),
      ("title", "2025 ADLM Annual Scientific Meeting & Clinical Lab Expo"),
      ("p", "July 27\u201331, 2025  \u00b7  Chicago, Illinois"),
      ("kv", [("ACCENT\u00ae contact hours claimed:", "16.0"), ("Maximum available:", "32.5")]),
      ("small", "ADLM designates this educational activity for a maximum of 32.5 ACCENT\u00ae contact hours. Participants should claim only those hours actually spent in educational sessions."),
      ("small", "Registration ID: 25AM-440129     Certificate issued August 14, 2025"),
  ]))

# ---------------------------------------------------------------- ze27
C(id="ze27", style="NSH", producer="acroform",
  layout=["portrait", "centred-award", "acroform-fields", "format-line", "suffix-name", "presented-by-distractor", "program-no-without-colon"],
  notes="'LIVE WEBINAR' format line. Name with Jr. and credential. Presenter is a distractor.",
  name="Terrence Boyd Jr.",
  title="Decalcification Endpoints: Chemical Testing Versus Radiography",
  date="2025-02-04", credits=1.0, unit="contact hour",
  provider=["National Society for Histotechnology", "NSH"], activity_id="331-908-25",
  doc=dict(orient="P", align="C", border=True, seal="NSH", blocks=[
      ("issuer", "National Society for Histotechnology"),
      ("h1", "Certificate of Completion"),
      ("name", "Terrence Boyd Jr., HT(ASCP)"),
      ("p", "has completed the"),
      ("fmt", "LIVE WEBINAR"),
      ("title", "Decalcification Endpoints: Chemical Testing Versus Radiography"),
      ("p", "presented by Yolanda Pritchard, HTL(ASCP)QIHC"),
      ("kv", [("Date of completion:", "February 4, 2025"), ("Program No.", "331-908-25"), ("Contact hours:", "1.0")]),
      ("small", pace("The National Society for Histotechnology (NSH)")),
  ]))

# ---------------------------------------------------------------- ze28
C(id="ze28", style="AMT", producer="fodt",
  layout=["landscape", "border", "label-value", "accented-name", "credentials-after-name"],
  notes="Two-column label/value. AMT ID is a distractor. CE Hours 0.5.",
  name="Hannah L\u00f8vstad-Greer",
  title="Point-of-Care Glucose Testing: Competency Review for Laboratory Staff",
  date="2025-11-18", credits=0.5, unit="CE hour",
  provider=["American Medical Technologists", "AMT"], activity_id="20481",
  doc=dict(orient="L", align="L", border=True, seal=None, blocks=[
      ("issuer", "American Medical Technologists"),
      ("h1", "Certificate of Completion"),
      ("name", "Hannah L\u00f8vstad-Greer, MT(AMT)"),
      ("kv", [("Course:", "Point-of-Care Glucose Testing: Competency Review for Laboratory Staff"), ("Course ID:", "20481"),
              ("Date Completed:", "11/18/2025"), ("CE Hours:", "0.5"), ("AMT ID:", "0731182")]),
      ("small", "American Medical Technologists (AMT) certifies that the individual named above completed this continuing education course. AMT " + P_),
  ]))

# ---------------------------------------------------------------- ze29
C(id="ze29", style="ASM", producer="rl-canvas",
  layout=["portrait", "centred-award", "border", "meeting-attendance", "date-range"],
  notes="Meeting attendance; date = last day of range. Member No. distractor; Event ID is the ID.",
  name="Camila Arriagada-Westin",
  title="ASM Clinical Microbiology Summit 2025",
  date="2025-06-21", credits=14.0, unit="contact hour",
  provider=["American Society for Microbiology", "ASM"], activity_id="CMS25",
  doc=dict(orient="P", align="C", border=True, seal="ASM", blocks=[
      ("issuer", "American Society for Microbiology"),
      ("h1", "Certificate of Attendance"),
      ("name", "Camila Arriagada-Westin"),
      ("p", "attended"),
      ("title", "ASM Clinical Microbiology Summit 2025"),
      ("p", "June 19\u201321, 2025  \u00b7  Denver, Colorado"),
      ("kv", [("P.A.C.E.\u00ae contact hours:", "14.0"), ("Event ID:", "CMS25"), ("Member No.:", "2019-55812")]),
      ("sig", [("Everett Moana, PhD", "Senior Director, Professional Development")]),
      ("small", pace("ASM")),
  ]))

# ---------------------------------------------------------------- ze30
C(id="ze30", style="CLSI", producer="rl-platypus",
  layout=["landscape", "centred-award", "format-line", "long-title-then-label", "program-no-without-colon"],
  notes="'Self-Study Module' format line; long title then 'Date of completion:'.",
  name="Fatima Al-Zahrani",
  title="Introduction to Quality Management System Essentials: Applying QMS01 to Daily Laboratory Practice",
  date="2025-06-30", credits=2.0, unit="contact hour",
  provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="112-909-25",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "CLSI"),
      ("sub", "Clinical and Laboratory Standards Institute"),
      ("h1", "Certificate of Completion"),
      ("p", "This certifies that"),
      ("name", "Fatima Al-Zahrani, MLS(ASCP)CM"),
      ("p", "has completed the"),
      ("fmt", "Self-Study Module"),
      ("title", "Introduction to Quality Management System Essentials: Applying QMS01 to Daily Laboratory Practice"),
      ("p", "Date of completion: June 30, 2025"),
      ("p", "Program No. 112-909-25     2.0 contact hours"),
      ("small", pace("CLSI")),
  ]))

# ---------------------------------------------------------------- ze31
C(id="ze31", style="hospital in-service (education council)", producer="ghostscript",
  layout=["portrait", "left-letter", "all-caps-name", "label-value", "signatures-two"],
  notes="Education Council as provider. 'Orientation' is a real course title. Employee No. distractor; no activity number.",
  name="ANNA-KARIN PETTERSSON",
  title="New Employee Laboratory Orientation: Specimen Processing and Accessioning",
  date="2025-08-04", credits=2.0, unit="CE hour",
  provider=["Prairie Bend Regional Hospital", "Prairie Bend Regional Hospital, Education Council"], activity_id=None,
  doc=dict(orient="P", align="L", border=False, seal=None, blocks=[
      ("issuer", "Prairie Bend Regional Hospital"),
      ("sub", "Education Council"),
      ("sub", "88 Cottonwood Avenue, Prairie Bend, Kansas 67530"),
      ("sp", 16),
      ("h1", "Certificate of Completion"),
      ("p", "The Prairie Bend Regional Hospital Education Council certifies that"),
      ("name", "ANNA-KARIN PETTERSSON"),
      ("p", "completed"),
      ("title", "New Employee Laboratory Orientation: Specimen Processing and Accessioning"),
      ("kv", [("Date completed:", "August 4, 2025"), ("CE hours:", "2.0"), ("Employee No.:", "PB-33197")]),
      ("sig", [("Gwendolyn Marsh, RN, MSN", "Chair, Education Council"), ("Rafael Dominguez, MLS(ASCP)", "Laboratory Manager")]),
  ]))

# ---------------------------------------------------------------- ze32
C(id="ze32", style="public health laboratory", producer="docx",
  layout=["portrait", "centred-award", "format-line", "label-value", "accented-name"],
  notes="'Live Virtual Session' format line. Course No. is the ID.",
  name="Roberto Gim\u00e9nez-Hale",
  title="Biothreat Agent Rule-Out Testing for Sentinel Laboratories",
  date="2025-05-15", credits=4.0, unit="contact hour",
  provider=["Alder Valley State Public Health Laboratory", "AVSPHL"], activity_id="LRN-S-0412",
  doc=dict(orient="P", align="C", border=False, seal=None, blocks=[
      ("issuer", "Alder Valley State Public Health Laboratory"),
      ("h1", "Certificate of Completion"),
      ("p", "This certifies that"),
      ("name", "Roberto Gim\u00e9nez-Hale, MLS(ASCP)"),
      ("p", "has completed the"),
      ("fmt", "Live Virtual Session"),
      ("title", "Biothreat Agent Rule-Out Testing for Sentinel Laboratories"),
      ("kv", [("Course No.:", "LRN-S-0412"), ("Date of completion:", "May 15, 2025"), ("Contact hours:", "4.0")]),
      ("sig", [("Desmond Achebe-Lyle, PhD, HCLD(ABB)", "Director, Laboratory Preparedness")]),
      ("small", pace("Alder Valley State Public Health Laboratory (AVSPHL)")),
  ]))

# ---------------------------------------------------------------- ze33
C(id="ze33", style="joint-accreditation CME", producer="fpdf",
  layout=["portrait", "left-letter", "credit-table", "multi-credit", "honorific-name", "accented-name"],
  notes="ACPE 0.15 CEUs, AMA PRA and ANCC are distractors; P.A.C.E. 1.5 contact hours gold. Center for Continuing Education as provider.",
  name="Luc\u00eda Benavides-Moore",
  title="Interprofessional Tumor Board: Molecular Profiling in Non-Small Cell Lung Cancer",
  date="2025-09-17", credits=1.5, unit="contact hour",
  provider=["Meridian Health Partners", "Meridian Health Partners, Center for Continuing Education"], activity_id="1907",
  doc=dict(orient="P", align="L", border=False, seal=None, blocks=[
      ("issuer", "Meridian Health Partners"),
      ("sub", "Center for Continuing Education"),
      ("sp", 14),
      ("h1", "Certificate of Participation"),
      ("p", "This certifies that"),
      ("name", "Dr. Luc\u00eda Benavides-Moore, PhD"),
      ("p", "participated in the live activity"),
      ("title", "Interprofessional Tumor Board: Molecular Profiling in Non-Small Cell Lung Cancer"),
      ("p", "held on September 17, 2025.     Activity ID: 1907"),
      ("table", ["Credit Type", "Awarded"], [["AMA PRA Category 1 Credits\u2122", "1.5"], ["ANCC nursing contact hours", "1.5"],
                                            ["ACPE CEUs (knowledge-based)", "0.15"], ["ASCLS P.A.C.E.\u00ae contact hours", "1.5"]]),
      ("small", "In support of improving patient care, Meridian Health Partners is jointly accredited by the ACCME, the ACPE, and the ANCC to provide continuing education for the healthcare team. Meridian Health Partners " + P_),
  ]))

# ---------------------------------------------------------------- ze34
C(id="ze34", style="university CEU", producer="chromium",
  layout=["portrait", "labels-above-values", "columns", "issue-date-distractor"],
  notes="Labels above values; CEU 2.4 -> points 24. Date Issued is a distractor. Office as provider.",
  name="Brianna C. Delacroix-Odum",
  title="Medical Laboratory Science Refresher: Clinical Chemistry and Immunology",
  date="2025-12-12", credits=2.4, unit="CEU",
  provider=["Eastmoor College of Health Sciences", "Eastmoor College of Health Sciences, Office of Continuing Education"], activity_id="MLS-R210",
  doc=dict(orient="P", align="L", border=True, seal="ECHS", blocks=[
      ("issuer", "Eastmoor College of Health Sciences"),
      ("sub", "Office of Continuing Education"),
      ("h1", "Certificate of Completion"),
      ("sp", 6),
      ("cols", ["Participant", "Date of Completion"], ["Brianna C. Delacroix-Odum", "December 12, 2025"]),
      ("cols", ["Course"], ["Medical Laboratory Science Refresher: Clinical Chemistry and Immunology"]),
      ("cols", ["Course No.", "Continuing Education Units (CEUs)", "Date Issued"], ["MLS-R210", "2.4", "December 19, 2025"]),
      ("sig", [("Theodora Lindahl, PhD", "Director, Office of Continuing Education")]),
  ]))

# ---------------------------------------------------------------- ze35
C(id="ze35", style="vendor webinar", producer="fodt",
  layout=["portrait", "centred-award", "format-line", "long-title-then-label", "presented-by-distractor"],
  notes="'On-Demand' format line. Presenter is a distractor. Event ID is the ID.",
  name="Prakash Raghunathan",
  title="Sample-to-Answer PCR Verification: Practical Approaches for Small and Rural Laboratories",
  date="2025-09-30", credits=1.0, unit="contact hour",
  provider=["Aurelis Molecular, Inc."], activity_id="AM-WB-0925",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("issuer", "Aurelis Molecular, Inc."),
      ("h1", "Certificate of Completion"),
      ("p", "This certifies that"),
      ("name", "Prakash Raghunathan, MB(ASCP)CM"),
      ("p", "has viewed the"),
      ("fmt", "On-Demand"),
      ("title", "Sample-to-Answer PCR Verification: Practical Approaches for Small and Rural Laboratories"),
      ("p", "Date of completion: 09/30/2025"),
      ("p", "Event ID: AM-WB-0925     1.0 P.A.C.E.\u00ae contact hour"),
      ("p", "presented by Serena Vukovic, PhD, Field Medical Scientist"),
      ("small", pace("Aurelis Molecular, Inc.")),
  ]))

# ---------------------------------------------------------------- ze36
C(id="ze36", style="ASCP", producer="tcpdf",
  layout=["portrait", "centred-award", "two-page", "format-line", "page-footer", "label-value"],
  notes="Two pages: page 1 certificate, page 2 activity details with Activity ID and faculty (distractor). 'Ethics' in title; 'Live Webinar' format line.",
  name="Olivia Brennan-Ashby",
  title="Ethics and Professionalism for Laboratory Supervisors",
  date="2025-01-22", credits=1.0, unit="CMLE",
  provider=["American Society for Clinical Pathology", "ASCP"], activity_id="LW-2501-ETH",
  doc=dict(orient="P", align="C", border=True, seal="ASCP", blocks=[
      ("issuer", "ASCP"),
      ("sub", "American Society for Clinical Pathology"),
      ("h1", "Certificate of Completion"),
      ("p", "This certifies that"),
      ("name", "Olivia Brennan-Ashby, MLS(ASCP)CM"),
      ("p", "has completed the"),
      ("fmt", "Live Webinar"),
      ("title", "Ethics and Professionalism for Laboratory Supervisors"),
      ("p", "Date of completion: January 22, 2025"),
      ("p", "CMLE credits: 1.0"),
      ("small", "Page 1 of 2"),
      ("page",),
      ("h1", "Activity Details"),
      ("kv", [("Activity ID:", "LW-2501-ETH"), ("Faculty:", "Marcus Oduya, MHA, MLS(ASCP)CM"),
              ("Learning objectives:", "Apply the ASCP Code of Ethics to supervisory decisions; recognise conflicts of interest; respond to reporting errors.")]),
      ("small", "ASCP " + P_ + " ASCP CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program."),
      ("small", "Page 2 of 2"),
  ]))

# ---------------------------------------------------------------- ze37
C(id="ze37", style="CAP", producer="acroform",
  layout=["landscape", "centred-award", "border", "acroform-fields", "multi-credit", "suffix-name", "label-value"],
  notes="P.A.C.E., AMA PRA and ABPath SAM on one certificate; only P.A.C.E. is gold.",
  name="Reginald Okafor-Banks III",
  title="Digital Pathology Validation for Primary Diagnosis: Applying the Updated CAP Guideline",
  date="2025-06-17", credits=2.0, unit="contact hour",
  provider=["College of American Pathologists", "CAP"], activity_id="DP-25-0617",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "College of American Pathologists"),
      ("h1", "Certificate of Completion"),
      ("name", "Reginald Okafor-Banks III, PA(ASCP)CM"),
      ("p", "has completed"),
      ("title", "Digital Pathology Validation for Primary Diagnosis: Applying the Updated CAP Guideline"),
      ("kv", [("Activity ID:", "DP-25-0617"), ("Completed:", "06/17/2025"), ("P.A.C.E.\u00ae contact hours:", "2.0"),
              ("AMA PRA Category 1 Credits\u2122:", "2.0"), ("ABPath SAM credits:", "2.0")]),
      ("small", "The College of American Pathologists (CAP) is accredited by the ACCME to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits\u2122. The CAP " + P_),
  ]))

# ---------------------------------------------------------------- ze38
C(id="ze38", style="ASCLS P.A.C.E. provider (state society)", producer="rl-canvas",
  layout=["portrait", "centred-award", "issuer-under-heading", "format-line", "long-title-then-label", "program-no-without-colon"],
  notes="Provider printed as an issuer line under 'Certificate of Completion'. 'Live Webinar' format line.",
  name="Jeremiah Stillwater-Lund",
  title="Hemostasis Update: Measuring Direct Oral Anticoagulants and Monitoring Reversal Agents",
  date="2025-03-06", credits=1.0, unit="contact hour",
  provider=["Big Sky Association of Clinical Laboratory Scientists"], activity_id="417-062-25",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("h1", "Certificate of Completion"),
      ("issuer", "Big Sky Association of Clinical Laboratory Scientists"),
      ("sp", 10),
      ("p", "This certifies that"),
      ("name", "Jeremiah Stillwater-Lund"),
      ("p", "participated in the"),
      ("fmt", "Live Webinar"),
      ("title", "Hemostasis Update: Measuring Direct Oral Anticoagulants and Monitoring Reversal Agents"),
      ("p", "Date of completion: March 6, 2025"),
      ("p", "Program No. 417-062-25"),
      ("p", "P.A.C.E.\u00ae contact hours: 1.0"),
      ("sig", [("Lorna Whitebird, MLS(ASCP)", "Education Chair")]),
      ("small", pace("Big Sky Association of Clinical Laboratory Scientists")),
  ]))

# ---------------------------------------------------------------- ze39
C(id="ze39", style="state society meeting", producer="rl-platypus",
  layout=["portrait", "centred-award", "two-page", "meeting-attendance", "date-range", "session-list-distractor", "program-no-without-colon"],
  notes="Two pages; page 2 lists the sessions attended (titles and per-session hours are distractors). Title = seminar name, date = last day, credits = total.",
  name="Theodore Batiste-Laurent",
  title="Gulf Coast Laboratory Professionals Fall Seminar 2025",
  date="2025-09-19", credits=9.5, unit="contact hour",
  provider=["Gulf Coast Society for Medical Laboratory Professionals", "GCSMLP"], activity_id="366-120-25",
  doc=dict(orient="P", align="C", border=True, seal=None, blocks=[
      ("issuer", "Gulf Coast Society for Medical Laboratory Professionals"),
      ("h1", "Certificate of Attendance"),
      ("name", "Theodore Batiste-Laurent, MLS(ASCP)"),
      ("p", "attended the"),
      ("title", "Gulf Coast Laboratory Professionals Fall Seminar 2025"),
      ("p", "September 18\u201319, 2025  \u00b7  Biloxi, Mississippi"),
      ("p", "Total P.A.C.E.\u00ae contact hours: 9.5"),
      ("p", "Program No. 366-120-25"),
      ("sig", [("Simone Arceneaux, MLS(ASCP)", "Seminar Chair")]),
      ("small", pace("Gulf Coast Society for Medical Laboratory Professionals (GCSMLP)")),
      ("page",),
      ("h1", "Sessions Attended"),
      ("table", ["Date", "Session", "Contact Hours"], [
          ["09/18/2025", "Keynote: The Laboratory Workforce in 2030", "1.5"],
          ["09/18/2025", "Antifungal Susceptibility Testing Basics", "1.0"],
          ["09/18/2025", "Transfusion Reactions: Case Reviews", "1.0"],
          ["09/18/2025", "Coagulation Testing in Liver Disease", "1.5"],
          ["09/19/2025", "Laboratory Safety Walkthroughs", "1.0"],
          ["09/19/2025", "Next-Generation Sequencing for the Generalist", "1.5"],
          ["09/19/2025", "Body Fluid Cell Counts", "1.0"],
          ["09/19/2025", "Professional Ethics Roundtable", "1.0"],
          ["", "Total", "9.5"]]),
  ]))

# ---------------------------------------------------------------- ze40
C(id="ze40", style="vendor training", producer="fpdf",
  layout=["landscape", "centred-award", "border", "letter-spaced-name", "all-caps-name", "small-table", "date-range", "serial-distractor"],
  notes="Letter-spaced capital hyphenated name. Two-day training range -> last day. Instrument serial no. distractor.",
  name="KATARZYNA NOWAK-ELLERY",
  title="Track System Key Operator Training: Sample Routing, Decapping, and Storage Modules",
  date="2025-11-04", credits=8.0, unit="CE hour",
  provider=["Northwind Lab Automation"], activity_id="NLA-KO-118",
  doc=dict(orient="L", align="C", border=True, seal=None, blocks=[
      ("issuer", "Northwind Lab Automation"),
      ("h1", "Certificate of Training"),
      ("p", "This is to certify that"),
      ("spaced", "KATARZYNA NOWAK-ELLERY"),
      ("p", "has successfully completed"),
      ("title", "Track System Key Operator Training: Sample Routing, Decapping, and Storage Modules"),
      ("table", ["Training ID", "Dates", "CE Hours"], [["NLA-KO-118", "November 3\u20134, 2025", "8.0"]]),
      ("sig", [("Owen Gallagher", "Manager, Customer Training")]),
      ("small", "Instrument serial no. NLA-TS-20931     Site: Coastal Valley Reference Laboratory. Acceptance of continuing education hours is determined by the certifying agency."),
  ]))

assert len(CERTS) == 40, len(CERTS)
