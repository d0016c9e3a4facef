# Master list of the certificates in this set: gold fields + verification hints.
# gen.py writes cNN.gold.json from this; verify.py uses the 'printed' hints.
# points are derived: credits, or credits*10 for CEU.

ASCP = ["American Society for Clinical Pathology", "ASCP"]

C = []
def cert(**kw):
    C.append(kw)

# ---------------------------------------------------------------- ASCP
cert(id="c01", style="ascp-elearning", producer="chromium",
     layout=["landscape", "centred-cue", "format-word-inline", "distractor-ids", "css-flex"],
     notes="Cue 'This certifies that'; credentials after name dropped; certificate number and customer ID are distractors.",
     name="Priya Raghunathan", title="Hemoglobin Variants: Interpreting HPLC and Capillary Electrophoresis Patterns",
     date="2025-03-03", credits=1.0, unit="CMLE", provider=ASCP, activity_id="EL-25-0413",
     printed=dict(date="March 3, 2025", credits="1.0"))
cert(id="c02", style="ascp-elearning", producer="reportlab",
     layout=["portrait", "label-value-2col", "table", "distractor-dates", "distractor-ids"],
     notes="Transcript-style label|value rows; print date and member ID are distractors; accented name.",
     name="Tomás Echeverría-Lund", title="Quality Control in Practice — Westgard Multirules at the Bench",
     date="2025-04-22", credits=1.5, unit="CMLE", provider=ASCP, activity_id="30119-QC",
     printed=dict(date="04/22/2025", credits="1.5"))
cert(id="c03", style="ascp-annual-meeting", producer="ghostscript",
     layout=["landscape", "centred-cue", "all-caps-name", "date-range", "claimed-vs-max"],
     notes="Meeting attendance spanning two months; last day used; claimed 14.5 of a 21.0 maximum; registration ID distractor.",
     name="KWAME ASANTE-BOATENG", title="ASCP 2024 Annual Meeting",
     date="2024-11-01", credits=14.5, unit="CMLE", provider=ASCP, activity_id=None,
     printed=dict(date="November 1, 2024", credits="14.5"))
cert(id="c04", style="ascp-elearning", producer="acroform-filled",
     layout=["landscape", "labels-above-values", "form-fields", "wrapped-title", "distractor-dates"],
     notes="AcroForm (ReportLab template) with values in widgets; title mentions CAP (not the provider); issue date field is a distractor.",
     name="Li-Na Chowdhury", title="Immunohistochemistry Antibody Validation: Meeting CAP Checklist Requirements (Part 2)",
     date="2025-01-17", credits=2.0, unit="CMLE", provider=ASCP, activity_id="HT-2261",
     printed=dict(date="2025-01-17", credits="2.0"))

# ---------------------------------------------------------------- AABB
AABB = ["American Association of Blood Banks", "AABB"]
cert(id="c05", style="aabb-annual-meeting", producer="libreoffice-fodt",
     layout=["portrait", "label-value-2col", "table", "date-range", "multi-credit", "accreditation-statement", "distractor-ids"],
     notes="Annual meeting record; P.A.C.E. hours are the lab figure; California BRN provider number and P.A.C.E. provider number are distractors.",
     name="Rebecca Lindqvist", title="AABB 2024 Annual Meeting",
     date="2024-10-22", credits=16.75, unit="contact hour", provider=AABB, activity_id=None,
     printed=dict(date="October 19–22, 2024", credits="16.75"))
cert(id="c06", style="aabb-ecast", producer="tcpdf",
     layout=["landscape", "centred-cue", "format-word-line", "multi-credit", "weekday-date"],
     notes="'the live eCast' on its own line; nursing hours printed separately with a different figure.",
     name="Oluwaseun Adeyemi", title="Cold-Stored Platelets: Implementation, Inventory, and Clinical Outcomes",
     date="2025-02-12", credits=1.5, unit="contact hour", provider=AABB, activity_id="25EC-0212",
     printed=dict(date="Wednesday, February 12, 2025", credits="1.5"))
cert(id="c07", style="aabb-online", producer="libreoffice-docx",
     layout=["portrait", "table", "labels-above-values", "wrapped-title", "distractor-dates"],
     notes="Table header row above values; enduring-material expiry date and customer number are distractors.",
     name="Marisol Gutiérrez-Paz", title="Antibody Identification Fundamentals, Module 3: Panels, Rule-Outs and Selected Cells",
     date="2025-02-11", credits=2.0, unit="contact hour", provider=AABB, activity_id="OC-2307",
     printed=dict(date="11 Feb 2025", credits="2.0"))
cert(id="c08", style="aabb-online", producer="acroform-flattened",
     layout=["portrait", "label-value-2col", "logo-only-provider", "form-fields-flattened", "distractor-ids"],
     notes="Provider appears only as the 'AABB' logo text and aabb.org; TCPDF template, filled, then flattened with qpdf.",
     name="Hiroshi Tanabe-Whitcomb", title="Patient Blood Management in Obstetric Hemorrhage: Massive Transfusion Protocols",
     date="2025-06-18", credits=1.0, unit="contact hour", provider=["AABB"], activity_id="25-PBM-118",
     printed=dict(date="06/18/2025", credits="1.0"))

# ---------------------------------------------------------------- CAP
CAP = ["College of American Pathologists", "CAP"]
cert(id="c09", style="cap-webinar", producer="chromium",
     layout=["landscape", "centred-cue", "format-word-line", "weekday-date", "multi-credit", "css-grid"],
     notes="'in recognition of participation in' / 'the live webinar'; AMA maximum printed alongside the CMLE figure.",
     name="Daniel Okonkwo", title="Next-Generation Sequencing in Oncology: Reporting Variants of Uncertain Significance",
     date="2025-05-08", credits=1.0, unit="CMLE", provider=CAP, activity_id="CAP-WB2519",
     printed=dict(date="Thursday, May 8, 2025", credits="1.0"))
cert(id="c10", style="cap-cmle", producer="fpdf",
     layout=["landscape", "centred-cue", "multi-credit", "distractor-ids"],
     notes="CME/CMLE certificate for a laboratory learner; AMA credits also printed (same figure); CMLE is the lab figure.",
     name="Svetlana Morozova", title="Inspector Training — Part 1: Preparing for Your First CAP Inspection",
     date="2025-01-28", credits=2.5, unit="CMLE", provider=CAP, activity_id="LAP-IT1-2025",
     printed=dict(date="January 28, 2025", credits="2.5"))
cert(id="c11", style="cap-cme-physician", producer="reportlab",
     layout=["landscape", "values-above-labels", "claimed-vs-max", "iso-date"],
     notes="Physician-only certificate: AMA PRA Category 1 Credit(s), claimed 1.25 of 1.5 maximum; signature-line layout.",
     name="Anjali Venkataraman", title="Digital Pathology Validation: Applying the CAP Guideline Update (2024)",
     date="2024-12-05", credits=1.25, unit="AMA PRA Category 1 Credit", provider=CAP, activity_id="24DPV-0042",
     printed=dict(date="2024-12-05", credits="1.25"))
cert(id="c12", style="cap-webinar", producer="libreoffice-docx",
     layout=["portrait", "labels-above-values", "letter-spaced-name", "all-caps-name"],
     notes="Name letter-spaced in capitals (gold without spacing); live virtual workshop; event code.",
     name="FATIMA ZAHRA BENALI", title="Proficiency Testing Exception Investigations: A Step-by-Step Workshop",
     date="2025-07-15", credits=3.0, unit="CMLE", provider=CAP, activity_id="PT-WS-715",
     printed=dict(date="07/15/2025", credits="3.0"))

# ---------------------------------------------------------------- ASCLS
ASCLS = ["American Society for Clinical Laboratory Science", "ASCLS"]
cert(id="c13", style="ascls-annual-meeting", producer="ghostscript",
     layout=["landscape", "centred-cue", "date-range", "two-page", "distractor-ids"],
     notes="Page 2 lists sessions with their own course numbers and hours (not the activity ID); meeting total is the credit.",
     name="Benjamin Hartwell-Yazzie", title="ASCLS 2025 Joint Annual Meeting",
     date="2025-06-27", credits=11.5, unit="contact hour", provider=ASCLS, activity_id=None,
     printed=dict(date="June 24–27, 2025", credits="11.5"))
cert(id="c14", style="ascls-elearning", producer="libreoffice-fodt",
     layout=["landscape", "centred-cue", "all-caps-name", "accreditation-statement"],
     notes="Cue 'is hereby awarded to'; accreditation statement names ASCLS as subject; single-digit month date.",
     name="JACQUELINE M. FONTAINE", title="Body Fluid Cell Counts and Morphology: Synovial, Pleural and CSF Specimens",
     date="2025-03-14", credits=1.5, unit="contact hour", provider=ASCLS, activity_id="522-110-25",
     printed=dict(date="3/14/2025", credits="1.5"))
cert(id="c15", style="ascls-webinar", producer="tcpdf",
     layout=["portrait", "label-value-2col", "distractor-ids"],
     notes="Two-column label|value; ASCLS member number distractor; day-month-year date.",
     name="Ngozi Eze-Carrington", title="Fentanyl and Beyond: Updates in Urine Drug Testing Interpretation",
     date="2025-02-19", credits=1.0, unit="contact hour", provider=ASCLS, activity_id="522-031-25",
     printed=dict(date="19 February 2025", credits="1.0"))
cert(id="c16", style="ascls-conference", producer="acroform-filled",
     layout=["landscape", "form-fields", "date-range", "label-value-2col"],
     notes="Educators' conference spanning Feb-Mar; date field holds a range; apostrophe in title.",
     name="Alejandro Villanueva Soto", title="2025 Clinical Laboratory Educators' Conference (CLEC)",
     date="2025-03-01", credits=9.0, unit="contact hour", provider=ASCLS, activity_id=None,
     printed=dict(date="March 1, 2025", credits="9.0"))

# ---------------------------------------------------------------- P.A.C.E. providers
cert(id="c17", style="pace-provider", producer="chromium",
     layout=["portrait", "labels-above-values", "accreditation-statement", "issuer-under-heading", "css-grid", "distractor-ids"],
     notes="Provider named as subject of the P.A.C.E. approval statement and under an 'Issued by' heading; provider number distractor.",
     name="Harriet Mbeki-Lawson", title="Mycology Made Manageable: Yeast Identification by MALDI-TOF and Chromogenic Agar",
     date="2025-08-06", credits=1.5, unit="contact hour",
     provider=["Great Lakes Laboratory Education Consortium", "GLLEC"], activity_id="1092-044-25",
     printed=dict(date="August 6, 2025", credits="1.5"))
cert(id="c18", style="pace-provider", producer="fpdf",
     layout=["portrait", "centred-cue", "format-word-line", "distractor-ids"],
     notes="'has participated in' / 'the enduring material' on its own line; P.A.C.E. provider number distractor.",
     name="Eitan Abramowitz", title="Coagulation Factor Assays: One-Stage vs. Chromogenic Methods",
     date="2025-09-09", credits=2.0, unit="contact hour",
     provider=["Coastal Clinical Education Network, LLC", "CCEN"], activity_id="2025-CCEN-17",
     printed=dict(date="09/09/2025", credits="2.0"))
cert(id="c19", style="pace-provider", producer="acroform-flattened",
     layout=["portrait", "label-value-2col", "form-fields-flattened", "abbrev-month-date"],
     notes="Flattened ReportLab form; title contains an em dash; abbreviated month with period.",
     name="Yuki Nakamura-Price", title="Direct Antiglobulin Test Workups — When to Elute, When to Stop",
     date="2025-03-27", credits=1.0, unit="contact hour",
     provider=["Midwest Transfusion Education Alliance", "MTEA"], activity_id="MTEA-25-008",
     printed=dict(date="Mar. 27, 2025", credits="1.0"))
cert(id="c20", style="pace-provider", producer="ghostscript",
     layout=["portrait", "values-above-labels", "accreditation-statement"],
     notes="Signature-line layout: each value over a rule with its label beneath.",
     name="Rosalind Achterberg", title="Sepsis Biomarkers: Procalcitonin, Lactate and the Future of Rapid Diagnostics",
     date="2025-05-14", credits=1.25, unit="contact hour",
     provider=["Southwest Laboratory Professionals Network", "SWLPN"], activity_id="SWLPN-2025-031",
     printed=dict(date="14 May 2025", credits="1.25"))

# ---------------------------------------------------------------- LabCE / MediaLab
cert(id="c21", style="labce", producer="tcpdf",
     layout=["landscape", "centred-cue", "logo-only-provider", "distractor-ids"],
     notes="Provider only as 'LabCE' logo text and www.labce.com; certificate ID distractor.",
     name="Cheyenne Redhorse", title="Malaria Smears: Species Identification and Parasitemia Calculation",
     date="2025-07-02", credits=1.0, unit="contact hour", provider=["LabCE"], activity_id="MAL-210",
     printed=dict(date="2025-07-02", credits="1.0"))
cert(id="c22", style="medialab", producer="reportlab",
     layout=["landscape", "centred-cue", "wrapped-title", "distractor-ids", "state-licence-numbers"],
     notes="Title wraps over three lines; Florida CE Broker/provider numbers are distractors.",
     name="Dmitri Volkov", title="Laboratory Safety Compliance 2025: Chemical Hygiene, Bloodborne Pathogens, Fire Safety, Ergonomics and Hazard Communication for Laboratory Staff (OSHA-Aligned)",
     date="2025-01-09", credits=3.0, unit="contact hour", provider=["MediaLab, Inc.", "MediaLab"], activity_id="2219",
     printed=dict(date="January 9, 2025", credits="3.0"))
cert(id="c23", style="labce", producer="chromium",
     layout=["portrait", "table", "letter-spaced-name", "all-caps-name", "weekday-date", "accreditation-statement"],
     notes="Name rendered in capitals with CSS letter-spacing; HTML table layout.",
     name="AMARA OKAFOR", title="Urinalysis Case Studies: Casts, Crystals & Cellular Elements",
     date="2025-06-02", credits=1.5, unit="contact hour", provider=["LabCE"], activity_id="UA-CS-330",
     printed=dict(date="Monday, June 2, 2025", credits="1.5"))
cert(id="c24", style="medialab", producer="fpdf",
     layout=["portrait", "table", "distractor-ids"],
     notes="Compliance course record for an employer; employee ID distractor; fractional credit 0.5.",
     name="Patrick Nguyen-Delacroix", title="Specimen Collection: Order of Draw and Preanalytical Errors (2025 Edition)",
     date="2025-02-27", credits=0.5, unit="contact hour", provider=["MediaLab, Inc.", "MediaLab"], activity_id="0431",
     printed=dict(date="02/27/2025", credits="0.5"))

# ---------------------------------------------------------------- state societies
cert(id="c25", style="state-society-clma", producer="libreoffice-fodt",
     layout=["landscape", "centred-cue", "format-word-line"],
     notes="'the 2025 spring symposium session' on its own line; session code used as activity ID.",
     name="Marcus Oyelowo", title="Staffing the Night Shift: Retention Strategies for Laboratory Leaders",
     date="2025-04-11", credits=1.0, unit="contact hour",
     provider=["Keystone Chapter of the Clinical Laboratory Management Association", "Keystone CLMA"], activity_id="SS25-4B",
     printed=dict(date="April 11, 2025", credits="1.0"))
cert(id="c26", style="state-society-ascls", producer="libreoffice-docx",
     layout=["portrait", "centred-cue", "table", "date-range", "claimed-vs-max", "distractor-ids"],
     notes="Two-day state meeting, hyphenated range; claimed 8.0 of 12.0; member number distractor.",
     name="Elif Demirci", title="CSCLS 2025 Spring Seminar",
     date="2025-04-04", credits=8.0, unit="contact hour",
     provider=["Cascadia Society for Clinical Laboratory Science", "CSCLS"], activity_id=None,
     printed=dict(date="April 3-4, 2025", credits="8.0"))
cert(id="c27", style="state-society-clma", producer="ghostscript",
     layout=["landscape", "label-value-2col", "abbrev-month-date"],
     notes="Chapter meeting; 'Sept.' abbreviation; event code.",
     name="Tanisha Brooks-Hollister", title="Lean Six Sigma for the Core Lab: Reducing Turnaround Time Without Adding Staff",
     date="2025-09-23", credits=2.0, unit="contact hour",
     provider=["Gulf Coast Chapter, Clinical Laboratory Management Association", "CLMA"], activity_id="GCCLMA-0923",
     printed=dict(date="Sept. 23, 2025", credits="2.0"))
cert(id="c28", style="state-society-ascls", producer="acroform-filled",
     layout=["portrait", "form-fields", "labels-above-values", "distractor-dates"],
     notes="TCPDF form template; P.A.C.E. course number in a field; issue date field distractor.",
     name="Owen Fitzgerald MacLeod", title="Board Exam Review: Clinical Immunology and Serology",
     date="2025-10-02", credits=1.5, unit="contact hour",
     provider=["Carolinas Society for Clinical Laboratory Science", "CSCLS-Carolinas"], activity_id="276-015-25",
     printed=dict(date="10/02/2025", credits="1.5"))

# ---------------------------------------------------------------- hospital in-service
cert(id="c29", style="hospital-inservice-bloodbank", producer="libreoffice-docx",
     layout=["portrait", "values-above-labels", "iso-date", "distractor-ids"],
     notes="Transfusion service competency in-service; signature-line layout; employee ID distractor.",
     name="Gabriela Sousa", title="Emergency Release and Massive Transfusion Protocol — 2025 Annual Competency",
     date="2025-03-18", credits=1.0, unit="CE hour",
     provider=["St. Brendan Medical Center", "SBMC"], activity_id="TS-IS-2503",
     printed=dict(date="2025-03-18", credits="1.0"))
cert(id="c30", style="hospital-inservice-safety", producer="fpdf",
     layout=["landscape", "centred-cue", "all-caps-name", "distractor-ids"],
     notes="Annual safety in-service; no activity number; badge and cost-center numbers are distractors.",
     name="KENJI WATANABE", title="Laboratory Safety Annual Update: Fire, Chemical Spill Response and Eyewash Stations",
     date="2025-01-14", credits=0.75, unit="CE hour",
     provider=["Mercy Valley Hospital"], activity_id=None,
     printed=dict(date="January 14, 2025", credits="0.75"))
cert(id="c31", style="hospital-inservice", producer="acroform-flattened",
     layout=["portrait", "form-fields-flattened", "label-value-2col", "distractor-person"],
     notes="Presenter's name is a distractor person; no activity number.",
     name="Amelia Tran", title="Critical Value Notification: Read-Back, Documentation, and Escalation",
     date="2025-08-21", credits=0.5, unit="CE hour",
     provider=["Lakeshore Health System", "LHS"], activity_id=None,
     printed=dict(date="08/21/2025", credits="0.5"))
cert(id="c32", style="hospital-inservice-bloodbank", producer="reportlab",
     layout=["portrait", "table", "two-page"],
     notes="Competency record with a second page checklist; observer names are distractors.",
     name="Rahul Mehta", title="ABO/Rh Discrepancy Resolution",
     date="2025-06-30", credits=1.0, unit="CE hour",
     provider=["Riverside Regional Medical Center", "RRMC"], activity_id="BB-COMP-07",
     printed=dict(date="06/30/2025", credits="1.0"))

# ---------------------------------------------------------------- joint accreditation
cert(id="c33", style="joint-accreditation", producer="chromium",
     layout=["landscape", "centred-cue", "multi-credit", "table", "wrapped-title", "distractor-ids"],
     notes="AMA, ANCC, ACPE and P.A.C.E. figures differ; P.A.C.E. contact hours are the lab figure; ACPE UAN is a distractor.",
     name="Sofia Castellanos-Reyes", title="Antimicrobial Stewardship and the Microbiology Lab: Cascade Reporting in 2025",
     date="2025-11-13", credits=1.5, unit="contact hour",
     provider=["Northbridge Academic Medical Center", "NAMC"], activity_id="25-0813",
     printed=dict(date="November 13, 2025", credits="1.5"))
cert(id="c34", style="joint-accreditation", producer="tcpdf",
     layout=["portrait", "label-value-2col", "multi-credit", "title-quotes"],
     notes="Credit list for four professions; laboratory professional line claimed; title contains inner quotes.",
     name="Chidi Okoro", title="HIT Testing Algorithms: From the “4Ts” Score to the Serotonin Release Assay",
     date="2025-10-07", credits=1.0, unit="contact hour",
     provider=["Meridian Health Sciences Institute", "MHSI"], activity_id="MHSI-GR-1007",
     printed=dict(date="10/07/2025", credits="1.0"))
cert(id="c35", style="joint-accreditation-conference", producer="libreoffice-fodt",
     layout=["portrait", "centred-cue", "date-range", "claimed-vs-max", "multi-credit", "two-page"],
     notes="Conference June 9–11 (last day); P.A.C.E. claimed 13.0 of 15.5; page 2 has agenda and accreditation detail.",
     name="Olivia Brennan-Shaw", title="2025 Heartland Transfusion & Hemostasis Conference",
     date="2025-06-11", credits=13.0, unit="contact hour",
     provider=["Great Plains Center for Continuing Education", "GPCCE"], activity_id="GP25-THC",
     printed=dict(date="June 9–11, 2025", credits="13.0"))
cert(id="c36", style="joint-accreditation", producer="reportlab",
     layout=["landscape", "two-column-panels", "multi-credit", "table", "wrapped-title"],
     notes="Nursing 1.25 vs P.A.C.E. 1.0 vs AMA 1.0; lab figure is 1.0.",
     name="Isabelle Fournier", title="Neonatal Hyperbilirubinemia: Laboratory Measurement and Point-of-Care Bilirubinometry",
     date="2025-09-30", credits=1.0, unit="contact hour",
     provider=["Sierra Pediatric Health Alliance", "SPHA"], activity_id="2025-PED-0930",
     printed=dict(date="September 30, 2025", credits="1.0"))

# ---------------------------------------------------------------- university CE
cert(id="c37", style="university-ce", producer="fpdf",
     layout=["portrait", "centred-cue", "distractor-ids"],
     notes="Multi-week refresher course; student ID distractor.",
     name="Hannah Kowalczyk", title="MLS Refresher: Clinical Chemistry",
     date="2025-05-30", credits=15.0, unit="contact hour",
     provider=["University of the Northern Plains", "UNP"], activity_id="CLS-5010-W1",
     printed=dict(date="May 30, 2025", credits="15.0"))
cert(id="c38", style="university-ce", producer="ghostscript",
     layout=["landscape", "values-above-labels", "date-range", "title-parentheses"],
     notes="Two-day hands-on workshop; range with en dash.",
     name="Victor Hugo Almeida", title="Molecular Diagnostics Workshop: PCR, qPCR and Digital PCR (Hands-On)",
     date="2025-07-15", credits=6.0, unit="CE hour",
     provider=["Kensington State University, School of Health Professions", "KSU"], activity_id="KSU-CE-25-0714",
     printed=dict(date="July 14–15, 2025", credits="6.0"))
cert(id="c39", style="university-cme", producer="libreoffice-docx",
     layout=["landscape", "centred-cue", "multi-credit", "weekday-date", "wrapped-title", "title-parentheses"],
     notes="CME office certificate for a cytotechnologist: CMLE (lab) and AMA (physician) statements both printed.",
     name="Naomi Feldstein", title="Cytopathology Update 2025 — The Bethesda System for Reporting Thyroid Cytopathology (3rd Edition)",
     date="2025-03-21", credits=2.0, unit="CMLE",
     provider=["Rosewood University School of Medicine", "RUSM"], activity_id="RU-CME-25-114",
     printed=dict(date="Friday, March 21, 2025", credits="2.0"))
cert(id="c40", style="university-ce", producer="acroform-filled",
     layout=["landscape", "form-fields", "centred-cue", "distractor-ids"],
     notes="Community college workforce CE; student number distractor.",
     name="Destiny Alvarez", title="Phlebotomy Continuing Education: Difficult Draws and Pediatric Collections",
     date="2025-04-05", credits=4.0, unit="contact hour",
     provider=["Lakeland Community College", "LCC"], activity_id="PHB-7712",
     printed=dict(date="2025-04-05", credits="4.0"))

# ---------------------------------------------------------------- public health (APHL)
APHL = ["Association of Public Health Laboratories", "APHL"]
cert(id="c41", style="aphl", producer="chromium",
     layout=["landscape", "two-column-panels", "css-flex", "accreditation-statement"],
     notes="Sentinel laboratory training; accreditation statement names APHL as subject.",
     name="Grace Muthoni Kariuki", title="Biosafety and Biosecurity for Sentinel Clinical Laboratories: Rule-Out and Refer",
     date="2025-03-26", credits=1.5, unit="contact hour", provider=APHL, activity_id="25-WB-0326",
     printed=dict(date="March 26, 2025", credits="1.5"))
cert(id="c42", style="aphl", producer="tcpdf",
     layout=["portrait", "centred-cue", "all-caps-name", "distractor-dates", "title-parentheses"],
     notes="Shipping recertification; 'valid through' expiry date two years later is a distractor; accented capitals.",
     name="JOAQUÍN DEL RÍO", title="Packaging and Shipping Division 6.2 Infectious Substances (Category A and B) — 2025 Recertification",
     date="2025-05-20", credits=3.0, unit="contact hour", provider=APHL, activity_id="APHL-DOT-625",
     printed=dict(date="05/20/2025", credits="3.0"))
cert(id="c43", style="public-health-lab", producer="acroform-flattened",
     layout=["landscape", "form-fields-flattened", "labels-above-values"],
     notes="Regional public health laboratory training centre; day-month-abbrev date.",
     name="Lars Henrik Dahl", title="Mycobacterium tuberculosis Complex: Specimen Processing and AFB Smear Microscopy",
     date="2025-06-04", credits=6.0, unit="contact hour",
     provider=["Northeast Regional Public Health Laboratory Training Center", "NRPHL-TC"], activity_id="NRPHL-TB-06",
     printed=dict(date="4 Jun 2025", credits="6.0"))
cert(id="c44", style="aphl", producer="libreoffice-fodt",
     layout=["portrait", "table", "labels-above-values", "issuer-under-heading", "distractor-ids", "title-parentheses"],
     notes="Three-column table with labels above values; provider number distractor.",
     name="Ayesha Siddiqui", title="Newborn Screening for Spinal Muscular Atrophy (SMA): Assay Validation and Follow-Up",
     date="2025-09-17", credits=1.0, unit="contact hour", provider=APHL, activity_id="155-077-25",
     printed=dict(date="September 17, 2025", credits="1.0"))

# ---------------------------------------------------------------- vendor training
cert(id="c45", style="vendor-training", producer="reportlab",
     layout=["landscape", "centred-cue", "date-range", "wrapped-title", "distractor-ids"],
     notes="Instrument operator training; instrument serial number distractor.",
     name="Brianna Whitlock-Oduya", title="Operator Training: Aurelion HX-900 Hematology Analyzer — Daily Maintenance, QC and Troubleshooting",
     date="2025-02-05", credits=8.0, unit="contact hour",
     provider=["Aurelion Diagnostics, Inc.", "Aurelion"], activity_id="AD-OT-HX900",
     printed=dict(date="February 3–5, 2025", credits="8.0"))
cert(id="c46", style="vendor-webinar", producer="fpdf",
     layout=["landscape", "centred-cue", "title-quotes"],
     notes="Vendor education webinar; title begins with a quoted question.",
     name="Thandiwe Nkosi", title="“Is It Really a Lupus Anticoagulant?” Mixing Studies, dRVVT and LA-Sensitive aPTT",
     date="2025-07-08", credits=1.0, unit="contact hour",
     provider=["Calderon BioSystems", "Calderon"], activity_id="CB-EDU-2507",
     printed=dict(date="07/08/2025", credits="1.0"))
cert(id="c47", style="vendor-training", producer="ghostscript",
     layout=["landscape", "centred-cue", "letter-spaced-name", "all-caps-name", "iso-date"],
     notes="Letter-spaced capital name drawn with PostScript ashow.",
     name="IGNACIO FERREYRA", title="Syndromic Panel Testing: Respiratory and GI Panels in Practice",
     date="2025-10-16", credits=1.5, unit="contact hour",
     provider=["Norvane Molecular", "Norvane"], activity_id="NM-CEC-1016",
     printed=dict(date="2025-10-16", credits="1.5"))
cert(id="c48", style="vendor-training", producer="libreoffice-docx",
     layout=["portrait", "label-value-2col", "table", "wrapped-title"],
     notes="Middleware training with CE hours.",
     name="Sarah-Jane Pemberton", title="Autoverification Rule Writing: Level II — Delta Checks, Reflex Logic and Validation",
     date="2025-11-19", credits=4.0, unit="CE hour",
     provider=["Helix Point Laboratory Systems", "HPLS"], activity_id="HPLS-AV2",
     printed=dict(date="11/19/2025", credits="4.0"))

# ---------------------------------------------------------------- webinar platforms
cert(id="c49", style="webinar-platform", producer="chromium",
     layout=["portrait", "table", "distractor-ids", "distractor-dates", "abbrev-weekday-date"],
     notes="Auto-generated attendance certificate: meeting ID, registration date and minutes attended are distractors; P.A.C.E. course number is the activity ID.",
     name="Connor Fitzpatrick", title="Point-of-Care Glucose Meters in Critical Care: Regulatory Status and Risk",
     date="2025-02-11", credits=1.0, unit="contact hour",
     provider=["Pacific Northwest Laboratory Alliance", "PNWLA"], activity_id="348-112-25",
     printed=dict(date="Tue, Feb 11, 2025", credits="1.0"))
cert(id="c50", style="webinar-platform", producer="tcpdf",
     layout=["landscape", "label-value-2col", "distractor-dates"],
     notes="Registered vs attended dates; attended date is the completion date.",
     name="Marguerite Okafor-Bell", title="Vitamin D Testing: Immunoassay vs LC-MS/MS — Standardization Challenges",
     date="2025-01-22", credits=1.0, unit="contact hour",
     provider=["Laboratory Webinar Network", "LWN"], activity_id="CEWN-0122",
     printed=dict(date="01/22/2025", credits="1.0"))
cert(id="c51", style="webinar-platform", producer="acroform-filled",
     layout=["portrait", "form-fields", "label-value-2col", "distractor-ids"],
     notes="Minutes-attended field is a distractor number.",
     name="Pedro Henrique Barbosa", title="Lab Stewardship 101: Reducing Unnecessary Vitamin B12 and Folate Orders",
     date="2025-08-12", credits=1.0, unit="contact hour",
     provider=["Academy for Laboratory Leadership", "ALL"], activity_id="ALL-W-0812",
     printed=dict(date="08/12/2025", credits="1.0"))
cert(id="c52", style="webinar-platform", producer="acroform-flattened",
     layout=["landscape", "form-fields-flattened", "centred-cue", "iso-date"],
     notes="Recorded (enduring) webinar on an online CE platform.",
     name="Hye-jin Park", title="Flow Cytometry Gating Strategies for B-Lymphoblastic Leukemia MRD",
     date="2025-12-02", credits=1.5, unit="contact hour",
     provider=["Continuing Lab Ed Online", "CLEO"], activity_id="CLEO-FC-118",
     printed=dict(date="2025-12-02", credits="1.5"))

# ---------------------------------------------------------------- state licence CE
cert(id="c53", style="state-licence-california", producer="libreoffice-fodt",
     layout=["portrait", "label-value-2col", "table", "state-licence-numbers", "distractor-ids"],
     notes="California CLS licence number and provider number are distractors.",
     name="Jonathan Ferreira-Lim", title="California Title 17 Update: Personnel Standards and Competency",
     date="2025-06-25", credits=2.0, unit="contact hour",
     provider=["Golden State Laboratory Education Institute", "GSLEI"], activity_id="GSLEI-T17-25",
     printed=dict(date="06/25/2025", credits="2.0"))
cert(id="c54", style="state-licence-florida", producer="fpdf",
     layout=["portrait", "label-value-2col", "state-licence-numbers", "distractor-ids", "title-parentheses"],
     notes="Florida licence number and CE Broker provider tracking number are distractors; course tracking number is the activity ID.",
     name="Latoya Jefferson-Pryce", title="Florida Laws and Rules for Clinical Laboratory Personnel (Chapter 483, F.S. and 64B3, F.A.C.)",
     date="2025-03-31", credits=1.0, unit="contact hour",
     provider=["Sunshine Laboratory Learning, LLC", "SLL"], activity_id="20-771240",
     printed=dict(date="3/31/2025", credits="1.0"))
cert(id="c55", style="state-licence-newyork", producer="reportlab",
     layout=["portrait", "centred-cue", "state-licence-numbers", "distractor-ids"],
     notes="NYSED provider number and NYS licence number are distractors.",
     name="Ming Zhao", title="Infection Control and Barrier Precautions (NYS Mandatory Training)",
     date="2025-01-31", credits=2.0, unit="contact hour",
     provider=["Empire Laboratory Learning, Inc.", "ELL"], activity_id="ELL-IC-2025",
     printed=dict(date="January 31, 2025", credits="2.0"))
cert(id="c56", style="state-licence-tennessee", producer="ghostscript",
     layout=["portrait", "table", "state-licence-numbers"],
     notes="Tennessee licence number distractor; rule number in title.",
     name="Wilhelmina Osei", title="Tennessee Rules 1200-06-01: What Every Licensee Needs to Know",
     date="2025-10-02", credits=1.0, unit="CE hour",
     provider=["Volunteer State Laboratory Education Cooperative", "VSLEC"], activity_id="VSLEC-0112",
     printed=dict(date="October 2, 2025", credits="1.0"))

# ---------------------------------------------------------------- conferences
cert(id="c57", style="conference", producer="chromium",
     layout=["landscape", "centred-cue", "date-range", "claimed-vs-max", "two-page"],
     notes="'has attended'; claimed 10.5 of 14.0 maximum; page 2 lists sessions attended.",
     name="Yolanda Price-Whitaker", title="Mountain West Clinical Laboratory Conference 2025",
     date="2025-09-10", credits=10.5, unit="contact hour",
     provider=["Mountain West Laboratory Education Foundation", "MWLEF"], activity_id=None,
     printed=dict(date="September 8–10, 2025", credits="10.5"))
cert(id="c58", style="conference", producer="libreoffice-docx",
     layout=["landscape", "centred-cue", "weekday-date", "title-numbers"],
     notes="One-day symposium; ordinal number in title; event code.",
     name="Frederick Adjei", title="24th Annual Eastern Blood Bank Symposium",
     date="2025-04-26", credits=6.5, unit="contact hour",
     provider=["Eastern Blood Bank Society", "EBBS"], activity_id="EBBS24",
     printed=dict(date="Saturday, April 26, 2025", credits="6.5"))
cert(id="c59", style="conference", producer="acroform-flattened",
     layout=["landscape", "form-fields-flattened", "date-range", "claimed-vs-max"],
     notes="Claimed 12.0 of 16.5; hyphenated range in abbreviated month.",
     name="Agnieszka Nowakowska", title="Great Lakes Clinical Microbiology Summit 2025",
     date="2025-11-07", credits=12.0, unit="contact hour",
     provider=["Great Lakes Clinical Microbiology Society", "GLCMS"], activity_id="GLCMS-25",
     printed=dict(date="Nov. 5-7, 2025", credits="12.0"))
cert(id="c60", style="conference", producer="tcpdf",
     layout=["landscape", "centred-cue", "date-range", "distractor-ids"],
     notes="Histology convention; registration ID distractor.",
     name="Leilani Kahananui", title="Pacific Histology Convention 2025: Bridging Bench and Digital Pathology",
     date="2025-08-16", credits=15.0, unit="contact hour",
     provider=["Pacific Histology Society", "PHS"], activity_id=None,
     printed=dict(date="Aug 14–16, 2025", credits="15.0"))

# ---------------------------------------------------------------- CEU (IACET)
cert(id="c61", style="ceu-iacet", producer="reportlab",
     layout=["portrait", "centred-cue", "ceu", "wrapped-title", "ordinal-date", "issuer-under-heading"],
     notes="1.2 CEUs (12 contact hours also printed); points = 12; 'this 30th day of April, 2025'.",
     name="Benedikt Sauer", title="Clinical Laboratory Supervisor Certificate Program: Module 4 — Regulatory Compliance (CLIA, CAP, TJC)",
     date="2025-04-30", credits=1.2, unit="CEU",
     provider=["Allied Health Training Institute", "AHTI"], activity_id="AHTI-SUP-M4",
     printed=dict(date="30th day of April, 2025", credits="1.2"))
cert(id="c62", style="ceu-iacet", producer="fpdf",
     layout=["landscape", "centred-cue", "ceu", "distractor-ids"],
     notes="0.6 CEU; IACET accredited provider number is a distractor.",
     name="Carmen Delgado Ruiz", title="Introduction to Laboratory Information Systems",
     date="2025-12-10", credits=0.6, unit="CEU",
     provider=["Pharos Learning Systems", "PLS"], activity_id="PLS-LIS-101",
     printed=dict(date="December 10, 2025", credits="0.6"))
cert(id="c63", style="ceu-iacet", producer="acroform-filled",
     layout=["portrait", "form-fields", "ceu", "label-value-2col"],
     notes="0.3 CEU in a form field.",
     name="Farhan Qureshi", title="Biological Safety Cabinet Operation and Certification Basics",
     date="2025-02-14", credits=0.3, unit="CEU",
     provider=["BioSafe Academy", "BSA"], activity_id="BSA-214",
     printed=dict(date="2025-02-14", credits="0.3"))
cert(id="c64", style="ceu-iacet", producer="ghostscript",
     layout=["landscape", "centred-cue", "ceu", "date-range", "title-numbers"],
     notes="1.5 CEUs for a three-day workshop; points = 15.",
     name="Nadia Haddad", title="ISO 15189:2022 Transition Workshop for Medical Laboratories",
     date="2025-05-21", credits=1.5, unit="CEU",
     provider=["Institute for Quality Laboratory Practice", "IQLP"], activity_id="IQLP-15189-W3",
     printed=dict(date="May 19–21, 2025", credits="1.5"))

# ---------------------------------------------------------------- ADLM / AACC
ADLM = ["Association for Diagnostics & Laboratory Medicine", "ADLM"]
cert(id="c65", style="adlm", producer="libreoffice-fodt",
     layout=["landscape", "centred-cue", "date-range", "multi-credit"],
     notes="Annual meeting; ACCENT CE hours claimed.",
     name="Gustavo Pereira-Nunes", title="ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo",
     date="2025-07-31", credits=18.5, unit="CE hour", provider=ADLM, activity_id=None,
     printed=dict(date="July 27–31, 2025", credits="18.5"))
cert(id="c66", style="aacc", producer="acroform-filled",
     layout=["landscape", "form-fields", "labels-above-values"],
     notes="Older AACC (pre-rename) online course certificate from 2023.",
     name="Irene Papadakis", title="Pediatric Reference Intervals: Establishing and Verifying Them in Your Laboratory",
     date="2023-06-12", credits=1.5, unit="contact hour",
     provider=["American Association for Clinical Chemistry", "AACC"], activity_id="LL-PRI-2306",
     printed=dict(date="06/12/2023", credits="1.5"))
cert(id="c67", style="adlm", producer="acroform-flattened",
     layout=["portrait", "form-fields-flattened", "label-value-2col", "distractor-ids"],
     notes="Webinar; ADLM member number distractor.",
     name="Theodore Blackwood", title="Artificial Intelligence in the Clinical Laboratory: Where Are We in 2025?",
     date="2025-10-23", credits=1.0, unit="CE hour", provider=ADLM, activity_id="ADLM-W-2510",
     printed=dict(date="2025-10-23", credits="1.0"))
cert(id="c68", style="adlm", producer="tcpdf",
     layout=["portrait", "centred-cue", "letter-spaced-name", "all-caps-name", "wrapped-title", "title-parentheses"],
     notes="Letter-spaced capitals; provider line includes '(formerly AACC)'.",
     name="KAVYA IYER", title="Mass Spectrometry in the Clinical Lab: Best Practices for Method Validation (Certificate Program, Module 5)",
     date="2025-03-17", credits=3.0, unit="contact hour",
     provider=["Association for Diagnostics & Laboratory Medicine", "ADLM", "AACC"], activity_id="MSCP-M5-0317",
     printed=dict(date="17 March 2025", credits="3.0"))

def points(c):
    return round(c["credits"] * 10, 2) if c["unit"] == "CEU" else c["credits"]

BY_ID = {c["id"]: c for c in C}
