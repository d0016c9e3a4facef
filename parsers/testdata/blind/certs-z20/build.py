#!/usr/bin/env python3
"""Build the z20 blind certificate set: zt01.pdf ... zt40.pdf + ztNN.gold.json.
Run from anywhere:  /usr/bin/python3 build.py  [ids...]
Everything here (people, hospitals, universities, vendors, activities) is invented."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine

def P(text, size=12, b=0, i=0, al=None, after=6, field=None, ls=None):
    d = {"t": "p", "text": text, "size": size, "b": b, "i": i, "after": after}
    if al: d["al"] = al
    if field: d["field"] = field
    if ls: d["ls"] = ls
    return d
def KV(rows, lw=150, size=11, fields=False): return {"t": "kv", "rows": rows, "lw": lw, "size": size, "fields": fields}
def COLS(cols, size=12, fields=False): return {"t": "cols", "cols": cols, "size": size, "fields": fields}
def TABLE(head, rows, widths=None):
    d = {"t": "table", "head": head, "rows": rows}
    if widths: d["widths"] = widths
    return d
def SIG(*sigs): return {"t": "sig", "sigs": list(sigs)}
def SP(h=12): return {"t": "sp", "h": h}
PB = {"t": "pb"}
def DOC(blocks, orient="portrait", align="center", font="Helvetica", border=False, seal=None, **kw):
    d = dict(orient=orient, align=align, font=font, border=border, seal=seal, blocks=blocks); d.update(kw); return d

CERTS = []
def C(n, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id, doc):
    points = round(credits * 10, 2) if unit == "CEU" else credits
    CERTS.append(dict(id="zt%02d" % n, doc=doc, gold=dict(style=style, producer=producer, layout=layout, notes=notes, name=name, title=title,
                      date=date, credits=credits, unit=unit, points=points, provider=provider, activity_id=activity_id)))

PACE = "is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program."

# ---------------------------------------------------------------- 01 ASCP on-demand webinar, long wrapped title + labelled line
C(1, "ascp", "chromium", ["centred award", "landscape", "border", "seal", "format line", "long title wraps", "labelled line after title"],
  "Format line 'has completed the on-demand webinar' precedes the title; title wraps and is followed directly by 'Date of completion:'. Print date is a distractor.",
  "Marisol Quintanilla-Reyes", "Hemoglobinopathies and Thalassemias in the Routine Hematology Laboratory: Screening, Confirmation, and Interpretive Pitfalls",
  "2025-02-11", 1.5, "CMLE", ["American Society for Clinical Pathology", "ASCP"], None,
  DOC([P("American Society for Clinical Pathology", 13, b=1, after=2), P("ASCP Continuing Education", 10, i=1, after=14),
       P("Certificate of Completion", 30, b=1, after=14), P("This is to certify that", 12, i=1),
       P("Marisol Quintanilla-Reyes, MLS(ASCP)CM", 22, b=1, after=10), P("has completed the on-demand webinar", 12, after=8),
       P("Hemoglobinopathies and Thalassemias in the Routine Hematology Laboratory: Screening, Confirmation, and Interpretive Pitfalls", 16, b=1, after=2),
       P("Date of completion: February 11, 2025", 12, after=10),
       P("and is awarded 1.5 CMLE credits.", 12, after=6),
       P("ASCP designates this enduring activity for a maximum of 1.5 CMLE credits. Printed 03/02/2025.", 8.5, i=1),
       SIG(("Renata Okafor, MD, FASCP", "Chair, Council on Continuing Education"), ("Devin Harlow, MS, MLS(ASCP)", "Director, Education Products"))],
      orient="landscape", font="Times", border=True, seal="ASCP CMLE"))

# ---------------------------------------------------------------- 02 AABB eCast, Program No. without colon
C(2, "aabb", "fodt", ["centred award", "portrait", "format line", "program no without colon", "provider name with 'for' and '&'"],
  "'eCast' on its own line is the format. Program No. 25-EC-0317 (no colon) is the activity ID; California BRN nursing hours are a distractor.",
  "Thaddeus Brennan-Colby", "Patient Blood Management in Obstetric Hemorrhage", "2025-03-19", 1.5, "contact hour",
  ["Association for the Advancement of Blood & Biotherapies", "AABB"], "25-EC-0317",
  DOC([P("AABB", 26, b=1, after=0), P("Association for the Advancement of Blood & Biotherapies", 11, after=18),
       P("CERTIFICATE OF COMPLETION", 20, b=1, after=16), P("Presented to", 11, i=1),
       P("Thaddeus Brennan-Colby, MT(ASCP)SBB", 20, b=1, after=12), P("for participation in the", 11),
       P("eCast", 13, i=1, after=6), P("Patient Blood Management in Obstetric Hemorrhage", 17, b=1, after=10),
       P("Broadcast March 19, 2025", 11, after=2), P("Program No. 25-EC-0317", 11, after=14),
       P("This program is approved for 1.5 ASCLS P.A.C.E.\u00ae contact hours. AABB " + PACE, 9.5, after=4),
       P("Provider approved by the California Board of Registered Nursing, Provider Number CEP 7117, for 1.8 contact hours.", 9.5, after=4),
       P("Registration No. 448812 \u2022 Certificate issued April 2, 2025", 8.5, i=1),
       SIG(("Lorraine Vasquez-Whitt, MBA", "Director, Education and Professional Development"))]))

# ---------------------------------------------------------------- 03 CAP joint accreditation, several credit types, claimed vs maximum
C(3, "cap", "docx", ["letter style", "left aligned", "portrait", "multiple credit types", "claimed vs maximum", "table"],
  "Joint-accredited CAP activity: AMA PRA Category 1 and ABPath SAM are distractors; gold is the claimed P.A.C.E. figure (1.25 of a 2.0 maximum).",
  "Priyanka Ramaswamy", "Molecular Testing in Solid Tumors: Updates to Biomarker Reporting", "2024-11-08", 1.25, "contact hour",
  ["College of American Pathologists", "CAP"], "C24-0871",
  DOC([P("College of American Pathologists", 16, b=1, after=0), P("325 Harbor Commons Drive, Suite 900 \u2022 Northfield, IL", 9, after=20),
       P("Certificate of Participation", 18, b=1, after=14),
       P("Priyanka Ramaswamy, PhD, MB(ASCP)", 13, b=1, after=2),
       P("Activity: Molecular Testing in Solid Tumors: Updates to Biomarker Reporting", 11, after=2),
       P("Activity No. C24-0871", 11, after=2), P("Date Completed: November 8, 2024", 11, after=12),
       TABLE(["Credit Type", "Maximum Available", "Claimed"], [["AMA PRA Category 1 Credits\u2122", "2.0", "1.25"], ["ASCLS P.A.C.E.\u00ae Contact Hours", "2.0", "1.25"], ["ABPath SAM", "2.0", "0"]]),
       P("The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits\u2122. The CAP " + PACE, 8.5, after=10),
       P("Transcript ID 77-310452 \u2022 Generated 12/01/2024", 8.5, i=1),
       SIG(("Gideon Marchetti, MD, FCAP", "Chair, Council on Education"))], align="left", font="Helvetica"))

# ---------------------------------------------------------------- 04 ASCLS annual meeting, date range
C(4, "ascls", "fpdf", ["centred award", "landscape", "border", "date range", "meeting attendance"],
  "Meeting attendance without a session title: title is the meeting name; date is the last day of July 27-30, 2025. ASCLS is its own P.A.C.E. provider.",
  "Colette Ambrose-Nakamura", "ASCLS 2025 Annual Meeting", "2025-07-30", 14.5, "contact hour",
  ["American Society for Clinical Laboratory Science", "ASCLS"], None,
  DOC([P("American Society for Clinical Laboratory Science", 14, b=1, after=2), P("ASCLS", 11, after=14),
       P("Certificate of Attendance", 28, b=1, after=14), P("This certifies that", 12, i=1),
       P("Colette Ambrose-Nakamura, MLS(ASCP)CM", 22, b=1, after=10), P("attended the", 12),
       P("ASCLS 2025 Annual Meeting", 18, b=1, after=4), P("July 27\u201330, 2025 \u2022 Harborview Convention Center", 11, after=10),
       P("and earned 14.5 P.A.C.E.\u00ae contact hours.", 12, after=8),
       P("Member No. 300981-A \u2022 Issued August 14, 2025", 8.5, i=1),
       SIG(("Bethany Lowell, EdD, MLS(ASCP)", "ASCLS President"), ("Armando Fuentes, MS, MLS(ASCP)", "Chair, Education Committee"))],
      orient="landscape", border=True, seal="ASCLS"))

# ---------------------------------------------------------------- 05 LabCE self-study, small table
C(5, "labce", "tcpdf", ["left aligned", "portrait", "table", "order number distractor"],
  "Course number in a small table; order number and expiration/printing date are distractors.",
  "Darnell Whitcombe Jr.", "Gram Stain Interpretation: Respiratory Specimens", "2025-01-22", 1.0, "contact hour",
  ["LabCE"], "1457",
  DOC([P("LabCE", 22, b=1, after=2), P("Certificate of Completion", 16, after=16),
       P("Darnell Whitcombe Jr., MLT(ASCP)", 14, b=1, after=4),
       P("has successfully completed the following continuing education course:", 11, after=8),
       P("Gram Stain Interpretation: Respiratory Specimens", 14, b=1, after=8),
       TABLE(["Course Number", "Completion Date", "Contact Hours"], [["1457", "01/22/2025", "1.0"]]),
       P("Level: Intermediate \u2022 Format: Self-Study", 10, after=6),
       P("LabCE " + PACE + " P.A.C.E.\u00ae Provider No. 0101.", 9, after=6),
       P("Order #LC-2025-883410 \u2022 Printed 02/15/2025", 8.5, i=1)], align="left"))

# ---------------------------------------------------------------- 06 MediaLab, two-column label/value
C(6, "medialab", "canvas", ["two-column label/value", "portrait", "customer number distractor"],
  "Label/value certificate; Customer ID is a distractor; 'Course #' is the id.",
  "Ingrid Sørensen-Baptiste", "Urine Sediment Identification Part 2: Casts and Crystals", "2024-10-03", 2.0, "contact hour",
  ["MediaLab, Inc."], "ML-2219",
  DOC([P("MediaLab, Inc.", 20, b=1, after=2), P("Continuing Education Certificate", 14, after=24),
       KV([("Participant:", "Ingrid Sørensen-Baptiste"), ("Customer ID:", "C-0049127"), ("Course:", "Urine Sediment Identification Part 2: Casts and Crystals"),
           ("Course #:", "ML-2219"), ("Completed:", "10/03/2024"), ("Credit:", "2.0 P.A.C.E.\u00ae contact hours"), ("Level:", "Basic")]),
       P("MediaLab, Inc. " + PACE, 9, after=20),
       SIG(("Harold Penwarden, MBA", "Director of Compliance"))], align="left"))

# ---------------------------------------------------------------- 07 ADLM live webinar with format line, ACCENT
C(7, "adlm", "platypus", ["centred award", "landscape", "border", "format line", "provider name with 'for' and '&'"],
  "'LIVE WEBINAR' on its own line; ACCENT\u00ae credit hours (contact hours) are the laboratory figure.",
  "Yolanda Fairbrother", "Interpreting High-Sensitivity Troponin in the Emergency Department", "2025-04-09", 1.0, "contact hour",
  ["Association for Diagnostics & Laboratory Medicine", "ADLM"], None,
  DOC([P("ADLM", 24, b=1, after=0), P("Association for Diagnostics & Laboratory Medicine", 11, after=16),
       P("Certificate of Participation", 26, b=1, after=12), P("awarded to", 11, i=1),
       P("Yolanda Fairbrother, PhD, DABCC", 20, b=1, after=10), P("for attending the", 11),
       P("LIVE WEBINAR", 12, b=1, after=4), P("Interpreting High-Sensitivity Troponin in the Emergency Department", 16, b=1, after=8),
       P("April 9, 2025", 11, after=6), P("1.0 ACCENT\u00ae contact hours", 11, after=10),
       P("ADLM designates this activity for 1.0 ACCENT\u00ae continuing education credit. ACCENT\u00ae is a registered trademark.", 8.5, i=1)],
      orient="landscape", font="Times", border=True, color="#5b2a86", footer="adlm.example.org/education \u2022 Certificate ID ADLM-W-55821"))

# ---------------------------------------------------------------- 08 NSH, labels above values, Grossing/Orientation in title
C(8, "nsh", "acroform", ["labels above values", "portrait", "acroform flattened", "title with Grossing/Orientation"],
  "Filled AcroForm: values under column labels. 'Orientation' and 'Grossing' are part of the real course title.",
  "Ruth-Ann Delacroix", "Grossing Small Biopsies: Orientation, Inking, and Submission", "2025-05-14", 1.5, "contact hour",
  ["National Society for Histotechnology", "NSH"], "NSH-25-0614",
  DOC([P("National Society for Histotechnology", 18, b=1, after=2), P("NSH", 12, after=20),
       P("Certificate of Completion", 24, b=1, after=22),
       COLS([("Participant", "Ruth-Ann Delacroix, HTL(ASCP)"), ("Date of Completion", "05/14/2025")], fields=True),
       COLS([("Course Title", "Grossing Small Biopsies: Orientation, Inking, and Submission")], fields=True),
       COLS([("Course ID", "NSH-25-0614"), ("Contact Hours", "1.5"), ("Member Number", "H-77102")], fields=True),
       P("The National Society for Histotechnology " + PACE, 9, after=24),
       SIG(("Celeste Abernathy, HT(ASCP)", "NSH Education Chair"))], align="left"))

# ---------------------------------------------------------------- 09 AMT, letter-spaced name
C(9, "amt", "ghostscript", ["centred award", "landscape", "border", "letter-spaced name", "seal"],
  "Name printed letter-spaced in capitals (gold has spacing removed). Expiry date is a distractor.",
  "SAMUEL OYELARAN", "Point-of-Care Glucose Testing: Quality Control and Competency", "2024-09-17", 1.0, "CE hour",
  ["American Medical Technologists", "AMT"], "AMT-24-1190",
  DOC([P("American Medical Technologists", 16, b=1, after=2), P("AMT Continuing Education", 11, i=1, after=16),
       P("CERTIFICATE OF COMPLETION", 24, b=1, after=14), P("is hereby granted to", 11, i=1),
       P("S A M U E L   O Y E L A R A N", 20, b=1, after=12), P("for successful completion of", 11),
       P("Point-of-Care Glucose Testing: Quality Control and Competency", 16, b=1, after=8),
       KV([("Event No.", "AMT-24-1190"), ("Date Completed", "September 17, 2024"), ("CE Hours", "1.0")], lw=120),
       P("Record valid for recertification through September 2027.", 8.5, i=1)],
      orient="landscape", font="Times", border=True, seal="AMT"))

# ---------------------------------------------------------------- 10 ASM Microbe session certificate
C(10, "asm", "chromium", ["left aligned", "portrait", "session at conference", "date range distractor", "two-column label/value"],
  "Session certificate at a multi-day meeting: the session date (June 21) is gold, not the last meeting day (June 23).",
  "Hyun-woo Castellanos", "Rapid Phenotypic AST Directly from Positive Blood Cultures", "2025-06-21", 1.25, "contact hour",
  ["American Society for Microbiology", "ASM"], "S-214",
  DOC([P("American Society for Microbiology", 18, b=1, after=0), P("ASM Microbe 2025 \u2022 June 19\u201323, 2025", 11, after=20),
       P("Session Attendance Certificate", 18, b=1, after=16),
       KV([("Attendee", "Hyun-woo Castellanos, M(ASCP)"), ("Badge No.", "50327"), ("Session", "Rapid Phenotypic AST Directly from Positive Blood Cultures"),
           ("Session No.", "S-214"), ("Session Date", "June 21, 2025"), ("Contact Hours", "1.25 P.A.C.E.\u00ae")], lw=120),
       P("ASM " + PACE, 9, after=8), P("Presented by Elodie Marchand, PhD, D(ABMM)", 9, i=1)], align="left"))

# ---------------------------------------------------------------- 11 CLSI webinar
C(11, "clsi", "fodt", ["centred award", "portrait", "format line", "long title wraps", "labelled line after title"],
  "'On-Demand Webinar' is the format; wrapped title followed by 'Completed on:'.",
  "Oluwaseun Adebayo-Pierce", "Verification of Quantitative Measurement Procedures: Applying EP15 and EP06 in the Small Hospital Laboratory", "2025-01-30",
  1.5, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], None,
  DOC([P("CLSI", 24, b=1, after=0), P("Clinical and Laboratory Standards Institute", 11, after=20),
       P("Certificate of Completion", 24, b=1, after=14), P("This is to certify that", 11, i=1),
       P("Oluwaseun Adebayo-Pierce, MLS(ASCP)CM", 18, b=1, after=10), P("has completed the", 11, after=2),
       P("On-Demand Webinar", 12, i=1, after=6),
       P("Verification of Quantitative Measurement Procedures: Applying EP15 and EP06 in the Small Hospital Laboratory", 15, b=1, after=2),
       P("Completed on: January 30, 2025", 11, after=10),
       P("Credit awarded: 1.5 P.A.C.E.\u00ae contact hours", 11, after=12),
       P("CLSI " + PACE, 8.5, after=4), P("Customer No. 2093341", 8.5, i=1),
       SIG(("Marguerite Oduya, MT(ASCP)", "Vice President, Education"))], font="Times"))

# ---------------------------------------------------------------- 12 State society Spring Symposium
C(12, "state_society", "docx", ["centred award", "landscape", "border", "format line 'Spring Symposium'", "session at conference"],
  "'Spring Symposium' names the event/format, not the title. Session certificate: session date April 25 within April 24-26.",
  "Kristoffer Lindqvist", "Ethics and Professionalism in the Clinical Laboratory", "2025-04-25", 1.0, "contact hour",
  ["ASCLS-Minnesota"], "MN-SS25-07",
  DOC([P("ASCLS-Minnesota", 16, b=1, after=2), P("2025 Spring Symposium \u2022 April 24\u201326, 2025 \u2022 Duluth", 10, after=14),
       P("Certificate of Attendance", 24, b=1, after=10), P("Kristoffer Lindqvist, MLS(ASCP)", 20, b=1, after=8),
       P("attended the session", 11), P("Ethics and Professionalism in the Clinical Laboratory", 16, b=1, after=6),
       P("Session Code: MN-SS25-07 \u2022 Session date: April 25, 2025 \u2022 1.0 P.A.C.E.\u00ae contact hour", 10, after=8),
       P("ASCLS-Minnesota " + PACE, 8.5, after=2),
       SIG(("Annika Holmgren, MLS(ASCP)", "Symposium Chair"), ("Peter Vang, MT", "CE Coordinator"))], orient="landscape", font="Times", border=True))

# ---------------------------------------------------------------- 13 Hospital in-service, Laboratory Education Department
C(13, "hospital_inservice", "fpdf", ["letter style", "left aligned", "portrait", "department provider", "employee number distractor", "title with Safety"],
  "Provider is the hospital's Laboratory Education Department (gold: institution and 'Institution, Office'). 'Safety' is part of the title. Employee ID is a distractor.",
  "Genevieve Okonkwo-Marsh", "Annual Chemical Hygiene and Laboratory Safety Update", "2025-03-05", 1.0, "contact hour",
  ["Riverbend Medical Center", "Riverbend Medical Center, Laboratory Education Department"], "LED-0325",
  DOC([P("Riverbend Medical Center", 18, b=1, after=0), P("Laboratory Education Department", 12, after=0), P("1400 Millrace Road, Hartwell, OH", 9, after=24),
       P("March 12, 2025", 11, after=14), P("Certificate of In-Service Attendance", 15, b=1, after=12),
       P("This letter confirms that Genevieve Okonkwo-Marsh, MLT(ASCP), Employee ID 104882, attended the in-service listed below.", 11, after=10),
       KV([("In-service:", "Annual Chemical Hygiene and Laboratory Safety Update"), ("Class No.:", "LED-0325"), ("Date attended:", "March 5, 2025"),
           ("Contact hours:", "1.0")], lw=110),
       P("Riverbend Medical Center, Laboratory Education Department " + PACE, 9, after=20),
       P("Sincerely,", 11, after=26), P("Lucinda Farrow, MS, MLS(ASCP)CM", 11, after=0), P("Laboratory Education Coordinator", 10, i=1)], align="left", font="Times"))

# ---------------------------------------------------------------- 14 Public health laboratory
C(14, "public_health", "tcpdf", ["centred award", "portrait", "border", "training number", "provider only in accreditation statement"],
  "Provider appears in header and in P.A.C.E. statement; Training No. is the id.",
  "Teodoro Villaseñor", "Biothreat Agent Rule-Out Testing for Sentinel Laboratories", "2024-08-15", 3.0, "contact hour",
  ["Northern Plains State Public Health Laboratory"], "NP-TR-2408",
  DOC([P("Northern Plains State Public Health Laboratory", 15, b=1, after=4), P("Laboratory Training Program", 11, i=1, after=16),
       P("Certificate of Training", 22, b=1, after=12), P("This certifies that", 11),
       P("Teodoro Villaseñor, MLS(ASCP)", 17, b=1, after=8), P("completed the hands-on wet workshop", 11),
       P("Biothreat Agent Rule-Out Testing for Sentinel Laboratories", 14, b=1, after=8),
       KV([("Training No.", "NP-TR-2408"), ("Date", "August 15, 2024"), ("Contact Hours", "3.0")], lw=110),
       P("Northern Plains State Public Health Laboratory " + PACE, 8.5, after=6),
       SIG(("Miriam Eckhart, PhD", "Laboratory Director"), ("Jorge Alcazar, MPH", "Training Coordinator"))], border=True))

# ---------------------------------------------------------------- 15 Joint accreditation CME, many credit types
C(15, "joint_cme", "canvas", ["centred award", "portrait", "multiple credit types", "department provider", "joint accreditation statement"],
  "Joint accreditation: AMA PRA, ANCC and ACPE figures are distractors; P.A.C.E. 1.0 is gold. Provider is the university's Office of CME.",
  "Anneliese Fitzgerald-Ngata", "Grand Rounds: Stewardship of Blood Culture Utilization", "2025-02-27", 1.0, "contact hour",
  ["Lakeshore University School of Medicine", "Lakeshore University School of Medicine, Office of Continuing Medical Education"], "GR-2502-27",
  DOC([P("Lakeshore University School of Medicine", 16, b=1, after=0), P("Office of Continuing Medical Education", 12, after=18),
       P("Certificate of Attendance", 22, b=1, after=12), P("Anneliese Fitzgerald-Ngata, MLS(ASCP)CM", 17, b=1, after=8), P("attended", 11),
       P("Grand Rounds: Stewardship of Blood Culture Utilization", 14, b=1, after=6), P("Activity ID: GR-2502-27 \u2022 February 27, 2025", 11, after=12),
       TABLE(["Credit", "Hours"], [["AMA PRA Category 1 Credit\u2122", "1.0"], ["ANCC Nursing Contact Hours", "1.0"], ["ACPE Contact Hours (0.1 CEU)", "1.0"], ["ASCLS P.A.C.E.\u00ae Contact Hours", "1.0"]], widths=[240, 80]),
       P("In support of improving patient care, Lakeshore University School of Medicine is jointly accredited by the Accreditation Council for Continuing", 7.5, after=0),
       P("Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC).", 7.5, after=0),
       P("Lakeshore University School of Medicine, Office of Continuing Medical Education " + PACE, 7.5, after=4),
       SIG(("Winston Achebe, MD", "Associate Dean for CME"))]))

# ---------------------------------------------------------------- 16 University CEU
C(16, "university_ceu", "platypus", ["centred award", "landscape", "border", "seal", "CEU", "conferral date distractor"],
  "CEU figure (0.6) -> points 6. Issue date is a distractor; completion date printed separately.",
  "Beatriz Calderón-Hughes", "Foundations of Laboratory Leadership", "2024-12-06", 0.6, "CEU",
  ["Cascadia State University", "Cascadia State University, Professional & Continuing Education"], "PCE-LDR-110",
  DOC([P("Cascadia State University", 20, b=1, after=0), P("Cascadia State University Professional & Continuing Education", 11, after=16),
       P("Certificate of Completion", 26, b=1, after=10), P("Beatriz Calderón-Hughes", 22, b=1, after=8), P("has completed", 11),
       P("Foundations of Laboratory Leadership", 16, b=1, after=6),
       P("Course PCE-LDR-110 \u2022 Completed December 6, 2024 \u2022 0.6 CEU (Continuing Education Units)", 11, after=6),
       P("Issued January 10, 2025 \u2022 Student ID 900-44-1873", 8.5, i=1),
       SIG(("Dr. Harriet Lomax", "Dean, Professional & Continuing Education"), ("Ezra Whitfield, MEd", "Registrar"))],
      orient="landscape", font="Times", border=True, seal="OFFICIAL SEAL"))

# ---------------------------------------------------------------- 17 Vendor training AcroForm
C(17, "vendor", "acroform", ["two-column label/value", "portrait", "acroform flattened", "serial number distractor", "provider only in accreditation statement"],
  "Vendor instrument training; instrument serial number and quote number are distractors.",
  "Marcus Delacroix-Vega", "Hematology Analyzer Operator Training: Daily Maintenance and Troubleshooting", "2025-06-04", 6.0, "contact hour",
  ["Veridian Diagnostics, Inc."], "VD-OT-560",
  DOC([P("Certificate of Training", 22, b=1, after=4), P("Customer Education", 11, i=1, after=22),
       KV([("Trainee:", "Marcus Delacroix-Vega, MLT(ASCP)"), ("Course:", "Hematology Analyzer Operator Training: Daily Maintenance and Troubleshooting"),
           ("Training ID:", "VD-OT-560"), ("Completion date:", "06/04/2025"), ("Contact hours:", "6.0"), ("Instrument S/N:", "HX7-004417")], lw=120, fields=True),
       P("Veridian Diagnostics, Inc. " + PACE, 9, after=6), P("Quote #Q-55102 \u2022 Site: Pinecrest Community Hospital", 8.5, i=1),
       SIG(("Oren Kessler", "Field Applications Specialist"), ("Dana Whitlock, MT(ASCP)", "Manager, Customer Education"))], align="left"))

# ---------------------------------------------------------------- 18 P.A.C.E. provider only in statement, Program No without colon
C(18, "pace_provider", "ghostscript", ["centred award", "portrait", "provider only in accreditation statement", "program no without colon", "self-study format line"],
  "Provider named only as the subject of the P.A.C.E. statement; 'Self-Study Module' is the format; Program No. without colon.",
  "Lucía Ferreira-Dunn", "Vitamin D Testing: Methods, Standardization, and Clinical Use", "2024-07-29", 2.0, "contact hour",
  ["Summit Laboratory Education Network"], "519-112-24",
  DOC([P("Certificate of Completion", 26, b=1, after=18), P("This certifies that", 11, i=1),
       P("Lucía Ferreira-Dunn, MLS(ASCP)", 20, b=1, after=10), P("has successfully completed the", 11),
       P("Self-Study Module", 12, i=1, after=6), P("Vitamin D Testing: Methods, Standardization, and Clinical Use", 15, b=1, after=10),
       P("Program No. 519-112-24", 11, after=2), P("Date of completion: July 29, 2024", 11, after=2), P("Contact hours: 2.0", 11, after=18),
       P("Summit Laboratory Education Network " + PACE, 9, after=4),
       P("Certificate No. 0007781-SLEN", 8.5, i=1),
       SIG(("Naomi Treadwell, MS, MLS(ASCP)", "Program Director"))], font="Times"))

# ---------------------------------------------------------------- 19 Hospital education council, Grand Rounds series
C(19, "hospital_inservice", "chromium", ["centred award", "landscape", "border", "education council provider", "series name in title"],
  "Education council as provider (institution + 'Institution, Laboratory Education Council'). Series name before colon is part of the title.",
  "Francesca DeLuca-Park", "Pathology Grand Rounds: Diagnostic Stewardship of Vitamin B12 and Folate Testing", "2024-10-16", 1.0, "contact hour",
  ["St. Agatha Regional Hospital", "St. Agatha Regional Hospital, Laboratory Education Council"], None,
  DOC([P("St. Agatha Regional Hospital", 18, b=1, after=0), P("Laboratory Education Council", 12, i=1, after=14),
       P("Certificate of Attendance", 26, b=1, after=12), P("Francesca DeLuca-Park, MT(ASCP)", 20, b=1, after=8), P("attended", 11),
       P("Pathology Grand Rounds: Diagnostic Stewardship of Vitamin B12 and Folate Testing", 16, b=1, after=8),
       P("held on October 16, 2024, and is awarded 1.0 P.A.C.E.\u00ae contact hour.", 11, after=8),
       P("St. Agatha Regional Hospital, Laboratory Education Council " + PACE, 8.5, after=2),
       P("Presented by Tobias Engelhardt, MD, PhD", 9, i=1),
       SIG(("Sister Maureen Kileen, RN", "Chair, Education Council"), ("Ravi Subramanian, MD", "Medical Director, Laboratory"))],
      orient="landscape", border=True, color="#7a1f2b"))

# ---------------------------------------------------------------- 20 ASCP LIVE WEBINAR, letter style, ALL CAPS name
C(20, "ascp", "fodt", ["letter style", "left aligned", "portrait", "format line", "ALL-CAPS name", "two-column label/value"],
  "'LIVE WEBINAR' is a line by itself; ALL-CAPS name kept in capitals.",
  "WENDELL OKAFOR-BRIGGS", "Lean Principles for Reducing Turnaround Time in the Core Laboratory", "2025-05-21", 1.0, "CMLE",
  ["American Society for Clinical Pathology", "ASCP"], "LW-2505-21",
  DOC([P("American Society for Clinical Pathology", 15, b=1, after=0), P("33 West Monroe Plaza, Suite 1600, Lakeport, IL", 9, after=24),
       P("CERTIFICATE OF COMPLETION", 14, b=1, after=12),
       P("WENDELL OKAFOR-BRIGGS, MLS(ASCP)CM", 13, b=1, after=4), P("has completed the following activity:", 11, after=8),
       P("LIVE WEBINAR", 10, b=1, after=2), P("Lean Principles for Reducing Turnaround Time in the Core Laboratory", 13, b=1, after=10),
       KV([("Activity Code:", "LW-2505-21"), ("Date:", "May 21, 2025"), ("Credits:", "1.0 CMLE"), ("Customer ID:", "00418827")], lw=110),
       P("The American Society for Clinical Pathology (ASCP) designates this live activity for 1.0 CMLE credit. ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", 8.5, after=16),
       SIG(("Celia Burkhardt, MHA, MLS(ASCP)", "Senior Director, Learning"))], align="left"))

# ---------------------------------------------------------------- 21 AABB Annual Meeting session, two pages
C(21, "aabb", "docx", ["centred award", "portrait", "two pages", "session at conference", "labels above values", "provider name with 'for' and '&'"],
  "Two-page certificate: page 1 session certificate (session date Oct 12 inside Oct 11-14 meeting), page 2 accreditation details. Provider full name only on page 2 statement and page 1 footer.",
  "Henrietta Oyelowo-Blake", "Cold Agglutinin Disease: Laboratory Workup and Transfusion Support", "2025-10-12", 1.0, "contact hour",
  ["Association for the Advancement of Blood & Biotherapies", "AABB"], "2210",
  DOC([P("AABB 2025 Annual Meeting", 18, b=1, after=0), P("October 11\u201314, 2025 \u2022 Riverside Convention Center", 10, after=18),
       P("Session Certificate", 22, b=1, after=14),
       COLS([("Participant", "Henrietta Oyelowo-Blake"), ("Session Date", "October 12, 2025")]),
       COLS([("Session Title", "Cold Agglutinin Disease: Laboratory Workup and Transfusion Support")]),
       COLS([("Session Number", "2210"), ("P.A.C.E.\u00ae Contact Hours", "1.0"), ("Registration ID", "AM25-099314")]),
       P("Association for the Advancement of Blood & Biotherapies", 9, i=1, after=0), PB,
       P("Accreditation and Credit Information", 14, b=1, after=10),
       P("AABB (Association for the Advancement of Blood & Biotherapies) " + PACE + " Session 2210 is approved for 1.0 contact hour.", 10, al="left", after=8),
       P("AABB is accredited by the ACCME to provide continuing medical education for physicians and designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122.", 10, al="left", after=8),
       P("Keep this certificate for your records. Certificate generated November 3, 2025.", 9, al="left", i=1)]))

# ---------------------------------------------------------------- 22 CAP inspector training
C(22, "cap", "fpdf", ["centred award", "landscape", "border", "multiple credit types", "long title wraps", "labelled line after title"],
  "Long title wraps and is followed by 'Date of Completion:'; AMA PRA credit is a distractor; P.A.C.E. 2.5 is gold.",
  "Augustin Beauregard III", "Inspector Training: Laboratory General, All Common, and Chemistry and Toxicology Checklist Requirements for Team Members", "2025-08-19",
  2.5, "contact hour", ["College of American Pathologists", "CAP"], "IT-2025-TM4",
  DOC([P("College of American Pathologists", 16, b=1, after=14), P("Certificate of Completion", 26, b=1, after=10),
       P("Augustin Beauregard III, MT(ASCP)", 20, b=1, after=8), P("has completed", 11),
       P("Inspector Training: Laboratory General, All Common, and Chemistry and Toxicology Checklist Requirements for Team Members", 15, b=1, after=2),
       P("Date of Completion: August 19, 2025", 11, after=8),
       P("Course ID: IT-2025-TM4 \u2022 2.5 P.A.C.E.\u00ae contact hours \u2022 2.5 AMA PRA Category 1 Credits\u2122", 10, after=8),
       P("The CAP " + PACE + " The CAP is accredited by the ACCME to provide continuing medical education for physicians.", 8, after=4),
       SIG(("Imelda Castro-Reyes, MD, FCAP", "Chair, Council on Accreditation"))], orient="landscape", font="Times", border=True, seal="CAP"))

# ---------------------------------------------------------------- 23 ASCLS Live Virtual Session
C(23, "ascls", "tcpdf", ["centred award", "portrait", "format line", "provider only as issuer line"],
  "Issuer line above 'Certificate of Completion' is the only provider mention; 'Live Virtual Session' is the format.",
  "Nkechi Abernathy-Osei", "Body Fluid Cell Counts: Manual and Automated Methods", "2025-09-10", 1.0, "contact hour",
  ["American Society for Clinical Laboratory Science"], "EL-25-031",
  DOC([P("Issued by the American Society for Clinical Laboratory Science", 10, i=1, after=8),
       P("Certificate of Completion", 24, b=1, after=16), P("Nkechi Abernathy-Osei, MLS(ASCP)CM", 18, b=1, after=8),
       P("participated in the", 11), P("Live Virtual Session", 12, i=1, after=4),
       P("Body Fluid Cell Counts: Manual and Automated Methods", 15, b=1, after=10),
       KV([("Offering No.", "EL-25-031"), ("Session date", "September 10, 2025"), ("P.A.C.E.\u00ae contact hours", "1.0")], lw=170),
       P("Certificate printed September 30, 2025", 8.5, i=1)]))

# ---------------------------------------------------------------- 24 LabCE with table and order no.
C(24, "labce", "canvas", ["table", "landscape", "border", "order number distractor"],
  "Small table with course number, completion date and contact hours; order number and print date are distractors.",
  "Zsófia Kertész-Moore", "Fungal Morphology: Dimorphic Molds", "2024-06-12", 1.5, "contact hour",
  ["LabCE"], "2031",
  DOC([P("LabCE", 24, b=1, after=4), P("Certificate of Completion", 22, b=1, after=14), P("Zsófia Kertész-Moore, M(ASCP)", 18, b=1, after=8),
       P("has completed the following P.A.C.E.\u00ae-approved course", 11, after=6),
       TABLE(["Course No.", "Course Title", "Completed", "Contact Hours"], [["2031", "Fungal Morphology: Dimorphic Molds", "06/12/2024", "1.5"]], widths=[80, 280, 90, 100]),
       P("LabCE " + PACE, 9, after=2), P("Order No. 7719045 \u2022 Printed 07/01/2024", 8.5, i=1)], orient="landscape", border=True, color="#0b5c7a"))

# ---------------------------------------------------------------- 25 MediaLab, Enduring Material, Ethics title
C(25, "medialab", "platypus", ["left aligned", "portrait", "format line 'Enduring Material'", "title with Ethics", "transcript number distractor"],
  "'Enduring Material' is the format line. Transcript No. is a distractor.",
  "Ebenezer Mwangi-Hartley", "Laboratory Ethics: Confidentiality, Conflicts of Interest, and Reporting Errors", "2025-03-28", 1.0, "contact hour",
  ["MediaLab, Inc."], "ETH-120",
  DOC([P("MediaLab, Inc.", 18, b=1, after=16), P("Certificate of Completion", 20, b=1, after=14),
       P("Ebenezer Mwangi-Hartley, MLS(ASCP)", 14, b=1, after=6), P("has completed the", 11, after=2),
       P("Enduring Material", 11, i=1, after=2), P("Laboratory Ethics: Confidentiality, Conflicts of Interest, and Reporting Errors", 13, b=1, after=10),
       KV([("Course #", "ETH-120"), ("Completion Date", "03/28/2025"), ("P.A.C.E.\u00ae Contact Hours", "1.0"), ("Transcript No.", "TR-33018842")], lw=150),
       P("MediaLab, Inc. " + PACE, 8.5)], align="left"))

# ---------------------------------------------------------------- 26 ADLM annual meeting short course (AcroForm)
C(26, "adlm", "acroform", ["labels above values", "landscape", "acroform flattened", "session at conference", "date range distractor"],
  "Short course at a 5-day meeting: short course date July 27 is gold (meeting July 27-31 is a range distractor).",
  "Giancarlo Petrakis", "Mass Spectrometry Method Validation for the Clinical Laboratory", "2025-07-27", 3.0, "contact hour",
  ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "32105",
  DOC([P("ADLM 2025", 18, b=1, after=0), P("Association for Diagnostics & Laboratory Medicine \u2022 Annual Scientific Meeting \u2022 July 27\u201331, 2025", 10, after=16),
       P("Short Course Certificate of Attendance", 20, b=1, after=12),
       COLS([("Attendee", "Giancarlo Petrakis, PhD"), ("Short Course Date", "July 27, 2025"), ("Badge Number", "118804")], fields=True),
       COLS([("Short Course", "Mass Spectrometry Method Validation for the Clinical Laboratory")], fields=True),
       COLS([("Course Number", "32105"), ("ACCENT\u00ae Contact Hours", "3.0")], fields=True),
       P("ADLM designates this live activity for 3.0 ACCENT\u00ae continuing education credits.", 9)], orient="landscape", align="left"))

# ---------------------------------------------------------------- 27 NSH annual symposium, meeting attendance
C(27, "nsh", "ghostscript", ["centred award", "landscape", "border", "seal", "meeting attendance", "date range"],
  "Meeting attendance: title is the meeting name; date is the last day of the range.",
  "Marguerite Ellsworth", "NSH 51st Annual Symposium/Convention", "2025-09-16", 18.0, "contact hour",
  ["National Society for Histotechnology", "NSH"], None,
  DOC([P("National Society for Histotechnology", 16, b=1, after=16), P("Certificate of Attendance", 26, b=1, after=12),
       P("This is to certify that", 11, i=1), P("Marguerite Ellsworth, HT(ASCP)", 20, b=1, after=8), P("attended the", 11),
       P("NSH 51st Annual Symposium/Convention", 17, b=1, after=6), P("September 12\u201316, 2025 \u2022 Pinehurst Convention Center", 11, after=8),
       P("Total contact hours earned: 18.0", 12, after=8), P("NSH " + PACE, 8.5, after=2),
       SIG(("Dolores Whitaker, HTL(ASCP)QIHC", "NSH President"))], orient="landscape", font="Times", border=True, seal="NSH"))

# ---------------------------------------------------------------- 28 AMT webinar, ALL-CAPS name with suffix
C(28, "amt", "chromium", ["centred award", "portrait", "border", "ALL-CAPS name", "suffix", "format line"],
  "ALL-CAPS name with suffix 'SR.' kept; 'On-Demand' is the format line.",
  "RAYMOND T. FONTENOT SR.", "Specimen Rejection Criteria and Preanalytical Error Reduction", "2025-01-08", 1.0, "CE hour",
  ["American Medical Technologists", "AMT"], "W-1088",
  DOC([P("AMERICAN MEDICAL TECHNOLOGISTS", 15, b=1, after=2, ls=2), P("(AMT)", 10, after=18),
       P("Certificate of Completion", 26, b=1, after=12), P("RAYMOND T. FONTENOT SR., MT(AMT)", 18, b=1, after=10),
       P("has completed", 11), P("On-Demand", 11, i=1, after=4), P("Specimen Rejection Criteria and Preanalytical Error Reduction", 15, b=1, after=10),
       KV([("Webinar No.", "W-1088"), ("Date completed", "January 8, 2025"), ("CE hours awarded", "1.0"), ("AMT Member ID", "1203388")], lw=140),
       SIG(("Cheryl Ashdown, MT(AMT)", "Director, Continuing Education"))], border=True, color="#264d2e"))

# ---------------------------------------------------------------- 29 Public health laboratory webinar (FODT)
C(29, "public_health", "fodt", ["left aligned", "portrait", "labels above values", "department provider"],
  "Provider is a division of the state health department (institution + 'Institution, Office').",
  "Amara Chukwuemeka-Lind", "Specimen Packaging and Shipping: Category A and Category B Infectious Substances", "2025-04-17", 2.0, "contact hour",
  ["Commonwealth Department of Health", "Commonwealth Department of Health, Division of Laboratory Services"], "DLS-0417",
  DOC([P("Commonwealth Department of Health", 15, b=1, after=0), P("Division of Laboratory Services", 12, after=0), P("Outreach & Training Section", 10, i=1, after=20),
       P("Certificate of Completion", 20, b=1, after=12),
       COLS([("Participant", "Amara Chukwuemeka-Lind"), ("Date of Completion", "April 17, 2025")]),
       COLS([("Course", "Specimen Packaging and Shipping: Category A and Category B Infectious Substances")]),
       COLS([("Course ID", "DLS-0417"), ("Contact Hours", "2.0"), ("Expires", "April 17, 2027")]),
       P("Commonwealth Department of Health, Division of Laboratory Services " + PACE, 9, after=6),
       P("Note: IATA/DOT shipping training must be renewed every 24 months.", 8.5, i=1)], align="left"))

# ---------------------------------------------------------------- 30 Vendor on-demand webinar (DOCX)
C(30, "vendor", "docx", ["centred award", "landscape", "border", "format line", "presented by speaker distractor"],
  "'On-Demand Webinar' is the format; speaker line is a distractor.",
  "Penelope Haverford-Singh", "Reducing Hemolysis in the Emergency Department: A Practical Toolkit", "2024-11-20", 1.0, "contact hour",
  ["Quantara Biosystems"], "QB-WEB-0931",
  DOC([P("Quantara Biosystems", 18, b=1, after=2), P("Clinical Education Series", 10, i=1, after=14),
       P("Certificate of Completion", 26, b=1, after=10), P("Penelope Haverford-Singh, MLS(ASCP)CM", 18, b=1, after=8),
       P("has completed the", 11, after=2), P("On-Demand Webinar", 12, i=1, after=4),
       P("Reducing Hemolysis in the Emergency Department: A Practical Toolkit", 15, b=1, after=6),
       P("presented by Lionel Achterberg, PhD, DABCC", 10, i=1, after=8),
       P("Webinar ID: QB-WEB-0931 \u2022 Completed November 20, 2024 \u2022 1.0 P.A.C.E.\u00ae contact hour", 10, after=6),
       P("Quantara Biosystems " + PACE, 8.5)], orient="landscape", border=True))

# ---------------------------------------------------------------- 31 University CEU, department
C(31, "university_ceu", "fpdf", ["two-column label/value", "portrait", "border", "CEU", "department provider", "conferral date distractor"],
  "CEU 1.2 -> points 12; provider is a university school; issue date is a distractor.",
  "Thanh-Huong Nguyen", "Clinical Microbiology Refresher for Generalists", "2025-06-27", 1.2, "CEU",
  ["Meridian Plains University", "Meridian Plains University, School of Medical Laboratory Sciences"], "MLS-CE-612",
  DOC([P("Meridian Plains University", 18, b=1, after=0), P("School of Medical Laboratory Sciences", 12, after=18),
       P("Certificate of Continuing Education", 20, b=1, after=16),
       KV([("Awarded to:", "Thanh-Huong Nguyen, MLT(ASCP)"), ("Program:", "Clinical Microbiology Refresher for Generalists"), ("Offering No.:", "MLS-CE-612"),
           ("Dates attended:", "June 23-27, 2025"), ("Continuing Education Units:", "1.2 CEU"), ("Date issued:", "July 8, 2025")], lw=170),
       P("One Continuing Education Unit (CEU) equals ten contact hours of participation.", 9, i=1, after=8),
       SIG(("Lorna Abadi, PhD, MLS(ASCP)", "Program Director"), ("Frederick Stiles, EdD", "Associate Dean"))], border=True, font="Times"))

# ---------------------------------------------------------------- 32 Joint CME with ABPath SAM (tcpdf)
C(32, "joint_cme", "tcpdf", ["letter style", "left aligned", "portrait", "multiple credit types", "claimed vs maximum", "table"],
  "Several credit types incl. ABPath SAM and AMA PRA; the claimed P.A.C.E. figure (1.75) is gold, not the 2.0 maximum. Name printed with honorific Dr. and MD (both dropped).",
  "Evander Kowalczyk", "Bone Marrow Morphology Review: Myelodysplastic Neoplasms", "2025-03-14", 1.75, "contact hour",
  ["Great Basin Health System", "Great Basin Health System, Department of Pathology Education"], "PE-25-114",
  DOC([P("Great Basin Health System", 16, b=1, after=0), P("Department of Pathology Education", 11, after=18),
       P("CERTIFICATE OF CREDIT", 15, b=1, after=12),
       P("Dr. Evander Kowalczyk, MD", 12, b=1, after=4),
       P("has claimed credit for the enduring activity", 11, after=4),
       P("Bone Marrow Morphology Review: Myelodysplastic Neoplasms", 13, b=1, after=4),
       P("Activity Number: PE-25-114       Completed: March 14, 2025", 11, after=10),
       TABLE(["Credit type", "Maximum", "Claimed"], [["AMA PRA Category 1 Credit\u2122", "2.0", "2.0"], ["ABPath Self-Assessment Module (SAM)", "2.0", "2.0"], ["ASCLS P.A.C.E.\u00ae contact hours", "2.0", "1.75"]]),
       P("In support of improving patient care, Great Basin Health System is jointly accredited by the ACCME, ACPE, and ANCC to provide continuing education for the healthcare team. Great Basin Health System, Department of Pathology Education " + PACE, 8.5, after=4)],
      align="left"))

# ---------------------------------------------------------------- 33 Regional society, "Meeting" in title (canvas)
C(33, "state_society", "canvas", ["centred award", "landscape", "border", "title with Meeting", "session at conference"],
  "'Meeting' is part of the session title; the regional meeting name is context, session date is gold.",
  "Joaquín Estrada-Bell", "Meeting the New CLIA Proficiency Testing Acceptance Limits", "2024-10-25", 1.0, "contact hour",
  ["Tri-State Clinical Laboratory Science Society", "TSCLSS"], "TS24-12",
  DOC([P("Tri-State Clinical Laboratory Science Society (TSCLSS)", 15, b=1, after=2), P("Fall Regional Meeting \u2022 October 24\u201325, 2024", 10, i=1, after=16),
       P("Certificate of Attendance", 26, b=1, after=10), P("Joaquín Estrada-Bell, MLS(ASCP)", 18, b=1, after=8), P("attended the session", 11),
       P("Meeting the New CLIA Proficiency Testing Acceptance Limits", 15, b=1, after=8),
       P("Session TS24-12 \u2022 October 25, 2024 \u2022 1.0 P.A.C.E.\u00ae contact hour", 11, after=8),
       P("Tri-State Clinical Laboratory Science Society " + PACE, 8.5, after=2),
       SIG(("Harriet Calloway, MLS(ASCP)", "Meeting Chair"))], orient="landscape", border=True, color="#3b5b1f"))

# ---------------------------------------------------------------- 34 ASM webinar series (platypus)
C(34, "asm", "platypus", ["centred award", "portrait", "format line", "long title wraps", "labelled line after title"],
  "'Live Webinar' is the format; wrapped long title followed by 'Webinar date:'.",
  "Sebastián Okoro-Lindgren", "Carbapenemase Detection in Enterobacterales: Phenotypic Screens, Molecular Assays, and Reporting to Public Health", "2025-02-05",
  1.0, "contact hour", ["American Society for Microbiology", "ASM"], None,
  DOC([P("American Society for Microbiology", 16, b=1, after=0), P("ASM Clinical Microbiology Webinar Series", 10, i=1, after=18),
       P("Certificate of Participation", 24, b=1, after=12), P("Sebastián Okoro-Lindgren, M(ASCP)CM", 18, b=1, after=8),
       P("participated in the", 11, after=2), P("Live Webinar", 12, i=1, after=6),
       P("Carbapenemase Detection in Enterobacterales: Phenotypic Screens, Molecular Assays, and Reporting to Public Health", 15, b=1, after=2),
       P("Webinar date: February 5, 2025", 11, after=8), P("1.0 P.A.C.E.\u00ae contact hour", 11, after=10),
       P("ASM " + PACE, 8.5), SIG(("Corinne Maddox, PhD, D(ABMM)", "Chair, Professional Development Committee"))],
      font="Times", border=True, color="#1d4f73"))

# ---------------------------------------------------------------- 35 CLSI workshop AcroForm
C(35, "clsi", "acroform", ["centred award", "portrait", "acroform flattened", "long title wraps", "labelled line after title", "multi-day workshop"],
  "Filled AcroForm certificate; wrapped title followed by 'Workshop dates:' with a range (gold: last day).",
  "Corentin Aubert-Mills", "Establishing and Verifying Reference Intervals and Clinical Decision Limits: A Practical Workshop", "2025-05-08", 8.0, "contact hour",
  ["Clinical and Laboratory Standards Institute", "CLSI"], "WS-0525",
  DOC([P("Clinical and Laboratory Standards Institute", 16, b=1, after=18), P("Certificate of Completion", 24, b=1, after=14),
       P("This certifies that", 11, i=1), P("Corentin Aubert-Mills, MLS(ASCP)", 18, b=1, field="name", after=10),
       P("completed the two-day workshop", 11),
       P("Establishing and Verifying Reference Intervals and Clinical Decision Limits: A Practical Workshop", 14, b=1, field="title", after=2),
       P("Workshop dates: May 7-8, 2025", 11, field="dates", after=10),
       KV([("Workshop No.", "WS-0525"), ("Contact hours", "8.0"), ("Order No.", "SO-771203")], lw=120, fields=True),
       P("CLSI " + PACE, 8.5, after=6), SIG(("Fiona Garvey, MS", "Director, Education Programs"))]))

# ---------------------------------------------------------------- 36 Hospital in-service, letter (ghostscript)
C(36, "hospital_inservice", "ghostscript", ["letter style", "left aligned", "portrait", "department provider", "title with Orientation", "employee number distractor"],
  "'New Employee Orientation' is a real in-service title here (not a format). Hours are CE hours granted by the hospital lab education office.",
  "Ximena Barragán-Stokes", "Blood Bank New Employee Orientation: Emergency Release and Massive Transfusion Protocol", "2024-09-04", 2.0, "CE hour",
  ["Harbor Point General Hospital", "Harbor Point General Hospital, Office of Laboratory Education"], "INS-2409-04",
  DOC([P("Harbor Point General Hospital", 16, b=1, after=0), P("Office of Laboratory Education", 11, after=0), P("77 Wharf Street, Bayside, ME", 9, after=22),
       P("September 9, 2024", 11, after=14), P("To whom it may concern:", 11, after=10),
       P("This is to confirm that Ximena Barragán-Stokes, MLS(ASCP)CM (Employee No. 55310), completed the following in-service:", 11, after=10),
       KV([("Title:", "Blood Bank New Employee Orientation: Emergency Release and Massive Transfusion Protocol"), ("In-service No.:", "INS-2409-04"),
           ("Date completed:", "September 4, 2024"), ("CE hours:", "2.0")], lw=110),
       P("Sincerely,", 11, after=24), P("Rosalind Achterberg, MS, MT(ASCP)SBB", 11, after=0), P("Manager, Office of Laboratory Education", 10, i=1)],
      align="left", font="Times"))

# ---------------------------------------------------------------- 37 P.A.C.E. provider online, two pages (chromium)
C(37, "pace_provider", "chromium", ["centred award", "portrait", "two pages", "provider only as issuer line", "format line"],
  "Two pages: certificate + credit summary. Provider shown only as 'Issued by ...' and in the P.A.C.E. statement; 'Self-Study' is the format.",
  "Mariana Sandoval-Pruitt", "Coagulation Factor Assays and Mixing Studies", "2025-07-02", 1.5, "contact hour",
  ["Brightwater Laboratory Learning"], "BLL-3307",
  DOC([P("Issued by Brightwater Laboratory Learning", 10, i=1, after=10), P("Certificate of Completion", 26, b=1, after=14),
       P("Mariana Sandoval-Pruitt", 20, b=1, after=8), P("has completed the", 11), P("Self-Study", 12, i=1, after=4),
       P("Coagulation Factor Assays and Mixing Studies", 16, b=1, after=10),
       KV([("Course No.", "BLL-3307"), ("Date of completion", "July 2, 2025"), ("Contact hours", "1.5")], lw=150),
       PB, P("Credit Summary", 16, b=1, after=10),
       P("Brightwater Laboratory Learning " + PACE, 10, after=8),
       P("Transcript reference BLL-T-2025-44102. This summary page was generated July 2, 2025 at 16:42.", 9, i=1)], border=True, color="#0d6b6b"))

# ---------------------------------------------------------------- 38 CAP webinar with signer distractors (fodt)
C(38, "cap", "fodt", ["centred award", "landscape", "border", "issuer line", "multiple credit types", "format line 'Webinar'"],
  "CAP webinar; AMA PRA figure distractor; certificate number distractor; 'Webinar' alone as format line.",
  "Oksana Melnyk-Drummond", "Digital Pathology Validation: Applying the CAP Guideline", "2025-09-24", 1.0, "contact hour",
  ["College of American Pathologists", "CAP"], None,
  DOC([P("College of American Pathologists", 16, b=1, after=2), P("Certificate of Completion", 26, b=1, after=12),
       P("Oksana Melnyk-Drummond, CT(ASCP)", 20, b=1, after=8), P("has participated in the", 11), P("Webinar", 12, i=1, after=4),
       P("Digital Pathology Validation: Applying the CAP Guideline", 16, b=1, after=8),
       P("on September 24, 2025", 11, after=8),
       P("Credits: 1.0 ASCLS P.A.C.E.\u00ae contact hour; 1.0 AMA PRA Category 1 Credit\u2122", 10, after=6),
       P("Certificate No. CAP-W-25-09-4471", 8.5, i=1, after=4),
       SIG(("Theodora Vance, MD, FCAP", "Chair, Curriculum Committee"), ("Malcolm Ridley, MBA", "Vice President, Learning"))],
      orient="landscape", font="Times", border=True))

# ---------------------------------------------------------------- 39 Regional society webinar, DOCX, ALL CAPS + suffix + credentials
C(39, "state_society", "docx", ["left aligned", "portrait", "two-column label/value", "format line", "suffix"],
  "State society webinar; 'LIVE WEBINAR' on its own line; suffix III kept and credentials dropped.",
  "Lamar Pettigrew III", "Thrombocytopenia in Pregnancy: Laboratory Evaluation", "2025-10-01", 1.0, "contact hour",
  ["Carolina Society for Clinical Laboratory Science", "CSCLS"], "CS-W-2510",
  DOC([P("Carolina Society for Clinical Laboratory Science (CSCLS)", 14, b=1, after=20),
       P("Certificate of Participation", 18, b=1, after=12),
       KV([("Name:", "Lamar Pettigrew III, MLS(ASCP)CM"), ("Format:", "LIVE WEBINAR"), ("Title:", "Thrombocytopenia in Pregnancy: Laboratory Evaluation"),
           ("Event ID:", "CS-W-2510"), ("Date:", "October 1, 2025"), ("P.A.C.E.\u00ae contact hours:", "1.0")], lw=170),
       P("Carolina Society for Clinical Laboratory Science " + PACE, 9, al="left", after=20),
       SIG(("Vivian Ashby-Carter, MLS(ASCP)", "CSCLS Education Chair"))], align="left"))

# ---------------------------------------------------------------- 40 Vendor hands-on workshop, Platypus
C(40, "vendor", "platypus", ["labels above values", "landscape", "border", "presented by speaker distractor", "quote number distractor"],
  "Vendor workshop; labels above values; speaker and quote numbers are distractors.",
  "Fionnuala Ó Briain", "Flow Cytometry Panel Design and Compensation", "2025-08-06", 4.0, "contact hour",
  ["Aurelian Cytometry Solutions"], "ACS-FW-0806",
  DOC([P("Aurelian Cytometry Solutions", 18, b=1, after=2), P("Applications Education", 10, i=1, after=14),
       P("Certificate of Completion", 24, b=1, after=10),
       COLS([("Participant", "Fionnuala Ó Briain, SCYM(ASCP)"), ("Workshop Date", "August 6, 2025"), ("Contact Hours", "4.0")]),
       COLS([("Workshop", "Flow Cytometry Panel Design and Compensation"), ("Training No.", "ACS-FW-0806")]),
       P("Presented by Dr. Kasimir Lindholm, PhD \u2022 Quote Q-88310", 9, i=1, after=4),
       P("Aurelian Cytometry Solutions " + PACE, 8.5)], orient="landscape", border=True, color="#6b3a0d"))


def main():
    only = set(sys.argv[1:])
    for c in CERTS:
        if only and c["id"] not in only:
            continue
        pdf = os.path.join(HERE, c["id"] + ".pdf")
        engine.build(c["doc"], c["gold"]["producer"], pdf)
        with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(c["gold"], f, ensure_ascii=False, indent=2)
        print("built", c["id"], c["gold"]["producer"])

if __name__ == "__main__":
    main()
