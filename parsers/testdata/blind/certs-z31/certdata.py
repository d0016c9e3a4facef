# -*- coding: utf-8 -*-
"""Content and gold answers for the 40 blind-test CE certificates (ye01..ye40).

Every person, hospital, university, vendor and activity here is invented.
Each certificate = gold fields + a page spec + a list of content blocks that
the producer-specific engines (engines.py, engine_fpdf.php, engine_tcpdf.php)
render.
"""

PACE = ("is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")


# ---- block helpers --------------------------------------------------------
def band(text, sub=None):
    return {"t": "band", "text": text, "sub": sub}


def h1(text):
    return {"t": "h1", "text": text}


def h2(text):
    return {"t": "h2", "text": text}


def p(text, **kw):
    d = {"t": "p", "text": text}
    d.update(kw)
    return d


def issuer(text):
    return {"t": "issuer", "text": text}


def fmt(text):
    return {"t": "fmt", "text": text}


def name(text, spaced=False):
    return {"t": "name", "text": text, "spaced": spaced}


def title(text):
    return {"t": "title", "text": text}


def small(text):
    return {"t": "small", "text": text}


def kv(rows):
    return {"t": "kv", "rows": [list(r) for r in rows]}


def cols(cells):
    return {"t": "cols", "cells": [list(c) for c in cells]}


def table(head, rows):
    return {"t": "table", "head": list(head), "rows": [list(r) for r in rows]}


def sigs(*s):
    return {"t": "sigs", "sigs": [list(x) for x in s]}


def seal(*lines):
    return {"t": "seal", "lines": list(lines)}


def space(h=6):
    return {"t": "space", "h": h}


def rule():
    return {"t": "rule"}


def pagebreak():
    return {"t": "pagebreak"}


def page(orient="P", align="center", border="none", font="serif",
         accent="#1f3a60"):
    return {"orient": orient, "align": align, "border": border,
            "font": font, "accent": accent}


CERTS = []


def C(id, style, producer, layout, notes, gold, pg, blocks):
    g = {"style": style, "producer": producer, "layout": layout,
         "notes": notes}
    g.update(gold)
    if "points" not in g:
        g["points"] = round(g["credits"] * (10 if g["unit"] == "CEU" else 1), 2)
    CERTS.append({"id": id, "gold": g, "page": pg, "blocks": blocks})


def G(name, title, date, credits, unit, provider, activity_id):
    return {"name": name, "title": title, "date": date, "credits": credits,
            "unit": unit, "provider": provider, "activity_id": activity_id}


# ---------------------------------------------------------------------------
C("ye01", "ASCP", "html",
  ["landscape", "centred-award", "ornate-border", "seal", "signatures",
   "format-in-verb-line", "long-title-wrap+labelled-line", "credentials-after-name"],
  "Format 'on-demand webinar' is in the verb line. Long title wraps and is directly followed by 'Date of completion:'. Certificate No. and print date are distractors.",
  G("Marisol Quintero-Vega",
    "Interpreting Hemoglobin Variants by HPLC and Capillary Electrophoresis: A Case-Based Approach for the Hematology Laboratory",
    "2025-03-14", 1.5, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "25-HEM-0412"),
  page("L", "center", "ornate", "serif", "#7a1f2b"),
  [band("ASCP", "American Society for Clinical Pathology"),
   h1("Certificate of Completion"),
   p("This certifies that"),
   name("Marisol Quintero-Vega, MLS(ASCP)CM"),
   p("has completed the on-demand webinar"),
   title("Interpreting Hemoglobin Variants by HPLC and Capillary Electrophoresis: A Case-Based Approach for the Hematology Laboratory"),
   p("Date of completion: March 14, 2025"),
   p("Activity ID: 25-HEM-0412 \u2022 CMLE Credits: 1.5"),
   sigs(["Dana R. Whitcombe, MD, FASCP", "Chief Medical Officer"],
        ["Lionel Ashby-Grant, MS, MLS(ASCP)CM", "Director, Continuing Education"]),
   small("The American Society for Clinical Pathology (ASCP) designates this activity for 1.5 CMLE credits. "
         "CMLE credits are accepted by the ASCP Board of Certification for the Credential Maintenance Program."),
   small("Certificate No. 88413207 \u00b7 Printed 03/20/2025"),
   seal("ASCP", "CMLE", "2025")])

C("ye02", "AABB", "fodt",
  ["portrait", "letter-style", "left-aligned", "letterhead", "format-line-own", "all-caps-name",
   "long-title-wrap+labelled-line", "program-no-without-colon", "for-and-in-provider-name", "signatures"],
  "Letter date (June 2) is an issue date; broadcast date is the completion date. 'eCast' is a format line on its own. Member ID is a distractor.",
  G("TOBIAS A. LINDQVIST",
    "Patient Blood Management Metrics: Building a Transfusion Dashboard That Clinicians Will Actually Use",
    "2025-05-21", 1.5, "contact hour",
    ["Association for the Advancement of Blood & Biotherapies", "AABB"], "519-031-25"),
  page("P", "left", "none", "serif", "#8a1c1c"),
  [band("Association for the Advancement of Blood & Biotherapies",
        "AABB \u00b7 1200 Commerce Plaza, Suite 400 \u00b7 Bethesda, MD 20814"),
   rule(),
   p("June 2, 2025"),
   h2("CERTIFICATE OF PARTICIPATION"),
   p("This letter certifies that"),
   name("TOBIAS A. LINDQVIST, MT(ASCP)SBB"),
   p("participated in the live"),
   fmt("eCast"),
   title("Patient Blood Management Metrics: Building a Transfusion Dashboard That Clinicians Will Actually Use"),
   p("Broadcast date: May 21, 2025"),
   p("Program No. 519-031-25"),
   p("Contact hours awarded: 1.5"),
   p("AABB " + PACE + " This eCast is approved for 1.5 P.A.C.E.\u00ae contact hours."),
   p("AABB Member ID: 0047712"),
   sigs(["Helena Marsh-Oduya, MS, MLS(ASCP)SBB", "Director, Education Programs"]),
   small("Please retain this letter for your records. Duplicate certificates are not issued after 24 months.")])

C("ye03", "CAP", "docx",
  ["portrait", "centred-award", "double-border", "format-line-own", "credit-table",
   "several-credit-types", "maximum-vs-claimed", "credentials-after-name", "signatures"],
  "'Enduring Material' is a format line. Credit table: maximum 2.00 of each type; only P.A.C.E. claimed (1.50). AMA PRA and ABPath SAM figures are distractors. Print date is a distractor.",
  G("Rafael Ortiz-Blanco",
    "Molecular Oncology Essentials: Reporting Somatic Variants Using a Four-Tier Classification System",
    "2024-09-18", 1.5, "contact hour", ["College of American Pathologists", "CAP"], "CAPL-MO-2407"),
  page("P", "center", "double", "serif", "#003b5c"),
  [band("College of American Pathologists", None),
   h1("Certificate of Completion"),
   p("Awarded to"),
   name("Rafael Ortiz-Blanco, MB(ASCP)CM"),
   p("for successful completion of the"),
   fmt("Enduring Material"),
   title("Molecular Oncology Essentials: Reporting Somatic Variants Using a Four-Tier Classification System"),
   kv([("Activity ID:", "CAPL-MO-2407"), ("Date completed:", "09/18/2024"),
       ("Certificate printed:", "10/02/2024")]),
   table(["Credit type", "Maximum available", "Credits claimed"],
         [["AMA PRA Category 1 Credits\u2122", "2.00", "\u2014"],
          ["ABPath Self-Assessment Module (SAM) credit", "2.00", "\u2014"],
          ["P.A.C.E.\u00ae contact hours", "2.00", "1.50"]]),
   small("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical "
         "Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring "
         "material for a maximum of 2.00 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit "
         "commensurate with the extent of their participation in the activity."),
   small("The CAP " + PACE),
   sigs(["Miriam Okonkwo-Hale, MD, FCAP", "Chair, Council on Education"])])

C("ye04", "ASCLS", "fpdf",
  ["landscape", "centred-award", "double-border", "seal", "labels-above-values", "all-caps-name",
   "suffix", "hyphenated-name", "meeting-attendance", "date-range", "signatures"],
  "Meeting attendance without a session title: title = meeting name. Date range March 9-11 -> last day. ASCLS's own certificate, so ASCLS is the provider. Member Number is a distractor.",
  G("JOHN-PAUL BRENNAN III", "2025 ASCLS Laboratory Leadership Summit", "2025-03-11", 12.5,
    "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"], "001-204-25"),
  page("L", "center", "double", "serif", "#0b4f6c"),
  [band("ASCLS", "American Society for Clinical Laboratory Science"),
   h1("Certificate of Attendance"),
   p("This is to certify that"),
   name("JOHN-PAUL BRENNAN III"),
   p("attended the"),
   title("2025 ASCLS Laboratory Leadership Summit"),
   p("Alexandria, Virginia"),
   cols([("Dates Attended", "March 9\u201311, 2025"), ("P.A.C.E.\u00ae Contact Hours", "12.5"),
         ("Program No.", "001-204-25"), ("Member Number", "204418")]),
   sigs(["Colleen Farraday-Yates, EdD, MLS(ASCP)CM", "President"],
        ["Marcus T. Delacroix, MS, MLS(ASCP)", "Chair, Education and Scientific Assembly"]),
   small("This program is approved for 12.5 contact hours by the ASCLS P.A.C.E.\u00ae Program."),
   seal("ASCLS", "P.A.C.E.", "APPROVED")])

C("ye05", "PACE-provider", "tcpdf",
  ["portrait", "centred-award", "single-border", "format-line-own", "two-column-label-value",
   "provider-only-in-accreditation-statement", "program-no-without-colon", "ethics-in-title",
   "presenter-distractor", "signatures"],
  "Provider appears only as the subject of the P.A.C.E. accreditation statement. 'LIVE WEBINAR' is a format line. Presenter and Registration ID are distractors.",
  G("Ngozi Adeyemi-Okafor",
    "Ethics in the Laboratory: Navigating Result Release, Patient Portals, and the 21st Century Cures Act",
    "2025-02-26", 1.0, "contact hour", ["Great Lakes Clinical Laboratory Science Association"], "573-118-25"),
  page("P", "center", "single", "sans", "#2e5e3e"),
  [h1("Certificate of Attendance"),
   p("presented to"),
   name("Ngozi Adeyemi-Okafor"),
   p("for attending the"),
   fmt("LIVE WEBINAR"),
   title("Ethics in the Laboratory: Navigating Result Release, Patient Portals, and the 21st Century Cures Act"),
   kv([("Webinar date", "February 26, 2025"), ("Presenter", "Lorenzo Baptiste, PhD, MLS(ASCP)CM"),
       ("P.A.C.E.\u00ae contact hours", "1.0"), ("Registration ID", "GL-88172")]),
   p("Program No. 573-118-25"),
   sigs(["Teresa Valdivia, MLS(ASCP)CM", "Continuing Education Coordinator"]),
   small("The Great Lakes Clinical Laboratory Science Association " + PACE)])

C("ye06", "LabCE", "rlcanvas",
  ["portrait", "left-aligned", "labels-above-values", "accented-name", "credentials-after-name",
   "state-board-hours-distractor", "signatures"],
  "Labels above values: Participant | Date of Completion, values on the row below. Customer ID and CE Broker tracking number are distractors; Florida hours are a second figure (same value).",
  G("Jos\u00e9 Antonio Ib\u00e1\u00f1ez",
    "Body Fluid Cell Counts and Differentials: Cerebrospinal, Pleural, Peritoneal, and Synovial Fluids",
    "2024-11-07", 2.0, "contact hour", ["LabCE"], "1187"),
  page("P", "left", "none", "sans", "#00627a"),
  [band("LabCE", None),
   rule(),
   h1("Certificate of Completion"),
   cols([("Participant", "Jos\u00e9 Antonio Ib\u00e1\u00f1ez, MLS(ASCP)CM"), ("Date of Completion", "11/07/2024")]),
   p("has successfully completed the online course"),
   title("Body Fluid Cell Counts and Differentials: Cerebrospinal, Pleural, Peritoneal, and Synovial Fluids"),
   cols([("Course ID", "1187"), ("P.A.C.E.\u00ae Contact Hours", "2.0"), ("Customer ID", "C-5540921")]),
   sigs(["Whitney Calloway, MLS(ASCP)CM", "Education Manager"]),
   small("LabCE " + PACE + " Florida Board of Clinical Laboratory Personnel: 2.0 hours (CE Broker tracking #20-774123).")])

C("ye07", "MediaLab", "platypus",
  ["portrait", "centred-award", "single-border", "small-table", "safety-in-title",
   "credentials-after-name"],
  "Small table with course number, date, hours and certificate number (distractor). 'Safety' is part of the real course title.",
  G("Bartholomew K. Osei",
    "Laboratory Safety: Chemical Hygiene, Bloodborne Pathogens, and Fire Prevention in the Clinical Laboratory",
    "2025-08-05", 3.0, "contact hour", ["MediaLab, Inc."], "LS-2210"),
  page("P", "center", "single", "sans", "#1d4e89"),
  [band("MediaLab, Inc.", "Online Compliance & Continuing Education"),
   h1("Certificate of Completion"),
   p("This is to certify that"),
   name("Bartholomew K. Osei, MLT(ASCP)"),
   p("has successfully completed the course"),
   title("Laboratory Safety: Chemical Hygiene, Bloodborne Pathogens, and Fire Prevention in the Clinical Laboratory"),
   table(["Course Number", "Date Completed", "Contact Hours", "Certificate Number"],
         [["LS-2210", "August 5, 2025", "3.0", "ML-2025-0930417"]]),
   sigs(["Corinne Hadley, MLS(ASCP)CM", "Director of Content Development"]),
   small("MediaLab, Inc. " + PACE)])

C("ye08", "ADLM", "acroform",
  ["landscape", "centred-award", "double-border", "acroform-flattened", "format-line-own",
   "labels-above-values", "for-and-in-provider-name", "credentials-after-name"],
  "Filled-and-flattened form. 'On-Demand Webinar' is a format line. ACCENT credit expressed as contact hour. Registration ID is a distractor.",
  G("Caroline Beaumont-Sato",
    "Troponin Testing in the Emergency Department: Implementing a 0/1-Hour High-Sensitivity Algorithm",
    "2024-12-03", 1.0, "contact hour",
    ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "24-ODW-0631"),
  page("L", "center", "double", "sans", "#5b2a86"),
  [band("ADLM", "Association for Diagnostics & Laboratory Medicine"),
   h1("Certificate of Completion"),
   p("This certifies that"),
   name("Caroline Beaumont-Sato, PhD, DABCC"),
   p("has completed the"),
   fmt("On-Demand Webinar"),
   title("Troponin Testing in the Emergency Department: Implementing a 0/1-Hour High-Sensitivity Algorithm"),
   cols([("Date of Completion", "12/03/2024"), ("Activity No.", "24-ODW-0631"),
         ("ACCENT\u00ae Credit", "1.0 contact hour"), ("Registration ID", "R-3391845")]),
   small("The Association for Diagnostics & Laboratory Medicine (ADLM) designates this activity for 1.0 ACCENT\u00ae "
         "continuing education credit (1 credit = 1 contact hour) through the ACCENT\u00ae Accreditation Program.")])

C("ye09", "NSH", "ps",
  ["portrait", "centred-award", "single-border", "session-certificate", "conference-date-range",
   "grossing-in-title", "accented-name", "two-column-label-value", "signatures"],
  "Session certificate at a convention: the session date (Aug 24) is gold, not the convention range Aug 22-27. 'Grossing' is part of the real course title. Badge No. is a distractor.",
  G("Ana\u00efs Lef\u00e8vre-Dubois",
    "Grossing Fundamentals for Histotechnicians and Pathologists' Assistants: Small Biopsies and Core Needle Specimens",
    "2025-08-24", 3.0, "contact hour", ["National Society for Histotechnology", "NSH"], "214"),
  page("P", "center", "single", "serif", "#6b2d5c"),
  [band("NSH", "National Society for Histotechnology"),
   p("2025 Annual Symposium/Convention \u2022 August 22\u201327, 2025 \u2022 Providence, Rhode Island"),
   h1("Certificate of Attendance"),
   p("This certifies that"),
   name("Ana\u00efs Lef\u00e8vre-Dubois, HTL(ASCP)QIHC"),
   p("attended the workshop"),
   title("Grossing Fundamentals for Histotechnicians and Pathologists' Assistants: Small Biopsies and Core Needle Specimens"),
   kv([("Session No.", "214"), ("Session date", "August 24, 2025"), ("Contact hours", "3.0"),
       ("Badge No.", "NSH25-07713")]),
   sigs(["Renata Kowalczyk, HT(ASCP)", "Symposium Chair"],
        ["Gideon Abernathy, BS, HTL(ASCP)", "Education Committee Chair"]),
   small("The National Society for Histotechnology " + PACE)])

C("ye10", "AMT", "html",
  ["portrait", "left-aligned", "two-column-label-value", "letter-spaced-name", "all-caps-name",
   "orientation-in-title", "signatures"],
  "Letter-spaced capitals name. 'Orientation' is part of the real course title. Member ID and issue date are distractors.",
  G("DESHAWN CARTER",
    "Phlebotomy Orientation for New Hires: Order of Draw, Patient Identification, and Specimen Labeling",
    "2025-06-30", 1.5, "CE hour", ["American Medical Technologists", "AMT"], "AMT-PH-3306"),
  page("P", "left", "single", "sans", "#0e4d92"),
  [band("AMT", "American Medical Technologists"),
   rule(),
   h1("Continuing Education Certificate"),
   p("Awarded to"),
   name("DESHAWN CARTER", spaced=True),
   p("upon successful completion of the online course"),
   title("Phlebotomy Orientation for New Hires: Order of Draw, Patient Identification, and Specimen Labeling"),
   kv([("Course Code", "AMT-PH-3306"), ("Completion Date", "June 30, 2025"), ("CE Hours", "1.5"),
       ("AMT Member ID", "0912231"), ("Certificate Issued", "July 1, 2025")]),
   sigs(["Annette Pruitt-Lowell, MBA, MT(AMT)", "Director, Education and Credentialing"]),
   small("American Medical Technologists (AMT) approves this course for 1.5 CE hours toward Certification "
         "Continuation Program requirements.")])

C("ye11", "ASM", "docx",
  ["portrait", "letter-style", "left-aligned", "letterhead", "name-in-sentence", "format-line-own",
   "two-column-label-value", "for-in-provider-name", "signatures"],
  "Letter: name inside a sentence with credentials after it. 'Live Virtual Session' is a format line. Letter date is an issue date.",
  G("Ingrid Solberg-Matthews",
    "Carbapenemase Detection in Enterobacterales: Phenotypic Methods, Molecular Assays, and Reporting",
    "2025-11-12", 1.0, "contact hour", ["American Society for Microbiology"], "ASMW-2511"),
  page("P", "left", "none", "serif", "#22543d"),
  [band("American Society for Microbiology", "1752 Meridian Avenue NW \u00b7 Washington, DC 20036"),
   rule(),
   p("November 19, 2025"),
   p("To Whom It May Concern:"),
   p("This letter confirms that Ingrid Solberg-Matthews, SM(ASCP)CM, attended the following American Society for "
     "Microbiology continuing education activity:"),
   fmt("Live Virtual Session"),
   title("Carbapenemase Detection in Enterobacterales: Phenotypic Methods, Molecular Assays, and Reporting"),
   kv([("Session date:", "November 12, 2025"), ("Event ID:", "ASMW-2511"), ("P.A.C.E.\u00ae contact hours:", "1.0")]),
   p("The American Society for Microbiology " + PACE),
   p("Sincerely,"),
   sigs(["Priscilla Nakamura-Jones, PhD, D(ABMM)", "Director, Professional Development"])])

C("ye12", "CLSI", "tcpdf",
  ["landscape", "centred-award", "single-border", "all-caps-name", "credentials-after-name",
   "long-title-wrap+labelled-line", "and-in-provider-name", "signatures"],
  "Long title wraps and is directly followed by 'Completed on'. Order No. is a distractor.",
  G("MARGARET O'SULLIVAN-REYES",
    "Verification of Performance for Quantitative Methods: Applying Precision and Trueness Protocols in the Clinical Laboratory",
    "2025-01-30", 2.5, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], "EL-EP-0215"),
  page("L", "center", "single", "sans", "#00558c"),
  [band("CLSI", "Clinical and Laboratory Standards Institute"),
   h1("Certificate of Completion"),
   p("This certificate is presented to"),
   name("MARGARET O'SULLIVAN-REYES, MT(ASCP)"),
   p("for completing the eLearning course"),
   title("Verification of Performance for Quantitative Methods: Applying Precision and Trueness Protocols in the Clinical Laboratory"),
   p("Completed on 2025-01-30"),
   p("Course No. EL-EP-0215  |  2.5 P.A.C.E.\u00ae contact hours  |  Order No. 771-40932"),
   sigs(["Evelyn Marchetti, PhD", "Vice President, Education"]),
   small("Clinical and Laboratory Standards Institute (CLSI) " + PACE)])

C("ye13", "state-society", "rlcanvas",
  ["landscape", "centred-award", "ornate-border", "seal", "format-line-own", "date-range",
   "program-no-without-colon", "signatures"],
  "'Spring Symposium' is a format line (after 'attended the 2025'); the title is the symposium theme line. Date range April 10-11 -> last day.",
  G("Bridget Nakashima-Lowe", "From Bench to Bedside: Diagnostic Stewardship in the Community Hospital",
    "2025-04-11", 11.5, "contact hour",
    ["Heartland Association of Clinical Laboratory Professionals", "HACLP"], "612-044-25"),
  page("L", "center", "ornate", "serif", "#8c4a12"),
  [band("HACLP", "Heartland Association of Clinical Laboratory Professionals"),
   h1("Certificate of Attendance"),
   p("This certifies that"),
   name("Bridget Nakashima-Lowe"),
   p("attended the 2025"),
   fmt("Spring Symposium"),
   title("From Bench to Bedside: Diagnostic Stewardship in the Community Hospital"),
   p("April 10\u201311, 2025 \u2022 Des Moines, Iowa"),
   p("and has earned 11.5 P.A.C.E.\u00ae contact hours"),
   p("Program No. 612-044-25"),
   sigs(["Lorna Dietrich, MS, MLS(ASCP)CM", "President"],
        ["Abel Quarshie, MLS(ASCP)", "Continuing Education Chair"]),
   small("The Heartland Association of Clinical Laboratory Professionals " + PACE),
   seal("HACLP", "SPRING", "2025")])

C("ye14", "hospital-inservice", "platypus",
  ["portrait", "left-aligned", "letterhead", "two-column-label-value", "series-prefix-in-title",
   "department-provider", "presenter-distractor", "signatures"],
  "In-service; provider is the hospital plus its Laboratory Education Council. 'Laboratory Grand Rounds:' series prefix is part of the title. Employee No. and presenter are distractors.",
  G("Harriet Oyelaran-Fitch",
    "Laboratory Grand Rounds: Sepsis Bundles and the Role of Lactate and Procalcitonin",
    "2025-09-25", 1.0, "CE hour",
    ["Saint Aldric Regional Medical Center", "Saint Aldric Regional Medical Center, Laboratory Education Council"],
    "LAB-IS-0925"),
  page("P", "left", "none", "sans", "#234e70"),
  [band("Saint Aldric Regional Medical Center", "Laboratory Education Council"),
   rule(),
   h1("In-Service Education Certificate"),
   p("This certifies that"),
   name("Harriet Oyelaran-Fitch, MLS(ASCP)CM"),
   p("attended the in-service presentation"),
   title("Laboratory Grand Rounds: Sepsis Bundles and the Role of Lactate and Procalcitonin"),
   kv([("Class ID:", "LAB-IS-0925"), ("Date:", "September 25, 2025"),
       ("Presented by:", "Dr. Ansel Whitford, Clinical Chemist"), ("CE hours:", "1.0"),
       ("Employee No.:", "E-104477")]),
   sigs(["Lorraine Dubeck, MS, MLS(ASCP)", "Chair, Laboratory Education Council"]),
   small("Saint Aldric Regional Medical Center, Laboratory Education Council, maintains in-service attendance "
         "records for three years. 800 Harbor View Road, Duluth, MN 55802.")])

C("ye15", "public-health-lab", "acroform",
  ["portrait", "centred-award", "single-border", "acroform-flattened", "labels-above-values",
   "department-provider", "expiry-distractor", "signatures"],
  "Filled-and-flattened form. Provider is the laboratory plus its Office of Laboratory Training. 'Valid until' is an expiry distractor.",
  G("Curtis Lamarr Whitehorse",
    "Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B",
    "2025-05-15", 4.0, "contact hour",
    ["Northern Plains Regional Public Health Laboratory",
     "Northern Plains Regional Public Health Laboratory, Office of Laboratory Training"],
    "PHL-DG-2025-04"),
  page("P", "center", "single", "sans", "#2f4f4f"),
  [band("Northern Plains Regional Public Health Laboratory", "Office of Laboratory Training"),
   h1("Certificate of Training"),
   p("This is to certify that"),
   name("Curtis Lamarr Whitehorse"),
   p("has successfully completed"),
   title("Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B"),
   cols([("Training ID", "PHL-DG-2025-04"), ("Completion Date", "05/15/2025"), ("Contact Hours", "4.0")]),
   p("Certification valid until 05/15/2027"),
   sigs(["Miriam Castellanos, PhD, HCLD(ABB)", "Laboratory Director"]),
   small("Northern Plains Regional Public Health Laboratory " + PACE)])

C("ye16", "joint-accreditation", "ps",
  ["portrait", "two-page", "centred-award", "single-border", "several-credit-types", "credit-table",
   "department-provider", "suffix", "series-prefix-in-title", "signatures"],
  "Joint accreditation: AMA PRA / ANCC / ACPE 1.25 are distractors; laboratory figure is 1.5 P.A.C.E. contact hours (claimed). Page 2 has accreditation statements incl. 0.125 CEU for pharmacists (distractor). UAN is not an activity ID label.",
  G("Harold Whitfield Jr.",
    "Antimicrobial Stewardship Grand Rounds: Rapid Blood Culture Identification and Time to Optimal Therapy",
    "2025-10-08", 1.5, "contact hour",
    ["Meridian Health Sciences University",
     "Meridian Health Sciences University, Center for Interprofessional Continuing Education"], "51177"),
  page("P", "center", "single", "serif", "#133b5c"),
  [band("Meridian Health Sciences University", "Center for Interprofessional Continuing Education"),
   h1("Certificate of Participation"),
   p("This is to certify that"),
   name("Harold Whitfield Jr., MLS(ASCP)"),
   p("participated in the live activity"),
   title("Antimicrobial Stewardship Grand Rounds: Rapid Blood Culture Identification and Time to Optimal Therapy"),
   kv([("Activity ID:", "51177"), ("Date:", "October 8, 2025"),
       ("Location:", "Kessler Auditorium, Meridian University Hospital")]),
   table(["Credit type", "Hours designated"],
         [["AMA PRA Category 1 Credits\u2122", "1.25"], ["ANCC nursing contact hours", "1.25"],
          ["ACPE contact hours (UAN JA0007812-0000-25-044-L01-P)", "1.25"], ["P.A.C.E.\u00ae contact hours", "1.5"]]),
   p("Credit claimed by participant: 1.5 P.A.C.E.\u00ae contact hours"),
   sigs(["Nadia Ferreira-Lind, PharmD, BCIDP", "Activity Director"],
        ["Samuel Oduya, MD", "Director, Continuing Education"]),
   pagebreak(),
   h2("Accreditation and Credit Designation"),
   p("In support of improving patient care, Meridian Health Sciences University is jointly accredited by the "
     "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
     "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for "
     "the healthcare team.", align="left"),
   p("Physicians: Meridian Health Sciences University designates this live activity for a maximum of 1.25 AMA PRA "
     "Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their "
     "participation in the activity.", align="left"),
   p("Nurses: This activity is approved for 1.25 ANCC nursing contact hours.", align="left"),
   p("Pharmacists: This knowledge-based activity is approved for 1.25 contact hours (0.125 CEU).", align="left"),
   p("Laboratory professionals: Meridian Health Sciences University " + PACE +
     " This activity is approved for 1.5 P.A.C.E.\u00ae contact hours (50-minute contact hour).", align="left"),
   p("Disclosure: None of the planners or faculty for this activity have relevant financial relationships "
     "with ineligible companies.", align="left"),
   small("Certificate generated 10/20/2025 \u00b7 Page 2 of 2")])

C("ye17", "university-CEU", "fodt",
  ["portrait", "two-page", "centred-award", "double-border", "department-provider", "CEU",
   "long-title-wrap+labelled-line",
   "course-date-range", "issue-date-distractor", "signatures"],
  "CEU certificate: 2.4 CEU = 24 points. Course dates Jan 13 - Mar 3 -> completion Mar 3; 'Date issued' is a distractor. Page 2 course outline lists contact hours per module (distractors); Student ID and Transcript No. are distractors.",
  G("Esperanza Ruiz-Takahashi", "Laboratory Quality Management Systems for Clinical Laboratory Supervisors",
    "2025-03-03", 2.4, "CEU",
    ["Prairie Heights University", "Prairie Heights University, College of Continuing and Professional Studies"],
    "CLS-CE 5103"),
  page("P", "center", "double", "serif", "#4b2e83"),
  [band("Prairie Heights University", "College of Continuing and Professional Studies"),
   h1("Certificate of Completion"),
   p("Prairie Heights University hereby certifies that"),
   name("Esperanza Ruiz-Takahashi"),
   p("has satisfactorily completed the non-credit continuing education course"),
   title("Laboratory Quality Management Systems for Clinical Laboratory Supervisors"),
   p("Course Number: CLS-CE 5103"),
   p("Course dates: January 13 \u2013 March 3, 2025"),
   p("and is awarded 2.4 Continuing Education Units (CEUs)"),
   p("Date issued: March 17, 2025"),
   sigs(["Dr. Lawrence Okafor", "Dean, College of Continuing and Professional Studies"],
        ["Annika Brandvold, MLS(ASCP)", "Program Coordinator"]),
   small("One CEU equals ten contact hours of participation in an organized continuing education experience under "
         "responsible sponsorship, capable direction, and qualified instruction."),
   pagebreak(),
   h2("Course Outline and Record"),
   table(["Module", "Topic", "Contact hours"],
         [["1", "Quality system essentials and document control", "6"],
          ["2", "Process control, quality control, and proficiency testing", "6"],
          ["3", "Occurrence management and corrective action", "6"],
          ["4", "Assessments, audits, and continual improvement", "6"]]),
   kv([("Student ID:", "PHU-2204-8815"), ("Final assessment:", "Passed (92%)"), ("Transcript No.:", "T-25-00412")]),
   small("Prairie Heights University \u00b7 College of Continuing and Professional Studies \u00b7 Page 2 of 2")])

C("ye18", "vendor", "fpdf",
  ["landscape", "centred-award", "double-border", "two-column-label-value", "accented-name",
   "date-range", "serial-number-distractor", "signatures"],
  "Vendor operator training; training dates Sept 8-10 -> last day. Instrument serial no. is a distractor.",
  G("Siobh\u00e1n N\u00ed Bhriain", "VX-900 Hematology Analyzer Key Operator Training", "2025-09-10", 16.0,
    "contact hour", ["Veridian Diagnostics, Inc."], "KOT-5521"),
  page("L", "center", "double", "sans", "#0a5c4a"),
  [band("Veridian Diagnostics, Inc.", None),
   h1("Certificate of Training"),
   p("This certifies that"),
   name("Siobh\u00e1n N\u00ed Bhriain, MLS(ASCP)"),
   p("has successfully completed"),
   title("VX-900 Hematology Analyzer Key Operator Training"),
   kv([("Training No.", "KOT-5521"), ("Training dates", "September 8\u201310, 2025"),
       ("Location", "Veridian Training Center, Raleigh, North Carolina"),
       ("Instrument serial no.", "VX9-0043381"), ("Contact hours", "16.0")]),
   sigs(["Trevor Hallstrom", "Senior Field Applications Specialist"],
        ["Kimberly Oduro, MT(ASCP)", "Manager, Customer Education"]),
   small("Veridian Diagnostics, Inc. " + PACE)])

C("ye19", "vendor", "html",
  ["landscape", "centred-award", "single-border", "issuer-line-only", "format-in-verb-line",
   "long-title-wrap+labelled-line", "honorific", "presenter-distractor"],
  "Provider printed only as the issuer line under 'Certificate of Completion'. 'Dr.' honorific dropped. 'on-demand webinar' is in the verb line. Presenter and Certificate ID are distractors.",
  G("Amadou Diallo",
    "Blood Culture Contamination: Root-Cause Analysis and Practical Interventions for the Emergency Department",
    "2025-04-22", 1.0, "contact hour", ["Halvorsen Biosystems Academy"], "HBA-25-0422"),
  page("L", "center", "single", "sans", "#0b6e4f"),
  [h1("Certificate of Completion"),
   issuer("Issued by Halvorsen Biosystems Academy"),
   space(4),
   p("This certifies that"),
   name("Dr. Amadou Diallo"),
   p("has completed the on-demand webinar"),
   title("Blood Culture Contamination: Root-Cause Analysis and Practical Interventions for the Emergency Department"),
   p("Date of completion: 04/22/2025"),
   p("Offering ID: HBA-25-0422 \u00b7 1.0 P.A.C.E.\u00ae contact hour"),
   p("Presented by Celeste Marchand, PhD, D(ABMM)"),
   small("This activity has been approved for 1.0 P.A.C.E.\u00ae contact hour."),
   small("Certificate ID 5F2C-99A1-0422 \u00b7 Printed 04/22/2025")])

C("ye20", "ASCP", "docx",
  ["portrait", "centred-award", "single-border", "labels-above-values", "format-line-own",
   "safety-in-title", "meeting-in-title", "credentials-after-name", "signatures"],
  "Labels above values (Participant | Date of Completion). 'Self-Study Module' is a format line. 'Safety Meeting' is part of the real title. Transcript ID is a distractor.",
  G("Wei-Lin Zhao", "Leading Effective Huddles: Running the Daily Laboratory Safety Meeting", "2025-07-09", 1.0,
    "CMLE", ["American Society for Clinical Pathology", "ASCP"], "LS-1142"),
  page("P", "center", "single", "sans", "#7a1f2b"),
  [band("ASCP", "American Society for Clinical Pathology"),
   h1("Certificate of Completion"),
   cols([("Participant", "Wei-Lin Zhao, PhD, MB(ASCP)CM"), ("Date of Completion", "July 9, 2025")]),
   p("has completed the"),
   fmt("Self-Study Module"),
   title("Leading Effective Huddles: Running the Daily Laboratory Safety Meeting"),
   cols([("Course Number", "LS-1142"), ("CMLE Credits", "1.0"), ("Transcript ID", "TR-7720815")]),
   sigs(["Dana R. Whitcombe, MD, FASCP", "Chief Medical Officer"]),
   small("ASCP designates this activity for a maximum of 1.0 CMLE credit. ASCP CMLE credits are accepted by the ASCP "
         "Board of Certification for the Credential Maintenance Program.")])

C("ye21", "AABB", "tcpdf",
  ["landscape", "two-page", "centred-award", "single-border", "session-certificate", "conference-date-range",
   "several-credit-types", "accented-name", "credentials-after-name"],
  "Session certificate: session date Oct 26 (meeting Oct 25-28 is a distractor). Page 2: P.A.C.E. 1.25 (gold), ANCC 1.5 and AMA PRA 1.25 distractors. Registration No. and generated date are distractors. Full AABB name is not printed.",
  G("Luc\u00eda Paredes-Whitman",
    "Cold Agglutinin Disease and the Blood Bank: Pretransfusion Testing, Blood Warming, and Complement Inhibitors",
    "2025-10-26", 1.25, "contact hour", ["AABB"], "4107"),
  page("L", "center", "single", "serif", "#8a1c1c"),
  [band("AABB", "2025 Annual Meeting \u00b7 San Diego, California \u00b7 October 25\u201328, 2025"),
   h1("Education Session Certificate"),
   p("This certifies that"),
   name("Luc\u00eda Paredes-Whitman, MLS(ASCP)SBBCM"),
   p("attended"),
   title("Cold Agglutinin Disease and the Blood Bank: Pretransfusion Testing, Blood Warming, and Complement Inhibitors"),
   kv([("Session No.", "4107"), ("Session date", "October 26, 2025"), ("Contact hours", "1.25")]),
   small("See page 2 for accreditation and credit information."),
   pagebreak(),
   h2("Continuing Education Credit Information"),
   p("Laboratory professionals: AABB " + PACE + " This session is approved for 1.25 P.A.C.E.\u00ae contact hours.",
     align="left"),
   p("Nurses: AABB is accredited as a provider of nursing continuing professional development by the American Nurses "
     "Credentialing Center's Commission on Accreditation. This session provides 1.5 nursing contact hours.",
     align="left"),
   p("Physicians: AABB designates this live activity for a maximum of 1.25 AMA PRA Category 1 Credits\u2122. "
     "Physicians should claim only the credit commensurate with the extent of their participation.", align="left"),
   kv([("Registration No.", "AM25-118204"), ("Certificate generated", "November 14, 2025")]),
   small("Page 2 of 2")])

C("ye22", "CAP", "rlcanvas",
  ["portrait", "left-aligned", "labels-above-values", "honorific", "orientation-in-title",
   "several-credit-types", "maximum-vs-claimed"],
  "Labels above values. 'Dr.' honorific dropped. 'Orientation' is part of the real title. Claimed 2.25 contact hours vs maximum 2.5; AMA PRA 2.5 is a distractor.",
  G("Oluwaseun Bakare",
    "Laboratory Director Orientation: Responsibilities Under CLIA, Personnel Competency, and Accreditation Readiness",
    "2025-05-06", 2.25, "contact hour", ["College of American Pathologists", "CAP"], "LDO-2025-01"),
  page("P", "left", "single", "serif", "#003b5c"),
  [band("College of American Pathologists", None),
   rule(),
   h1("Certificate of Participation"),
   cols([("Participant", "Dr. Oluwaseun Bakare"), ("Date of Completion", "May 6, 2025")]),
   p("has participated in the enduring material activity"),
   title("Laboratory Director Orientation: Responsibilities Under CLIA, Personnel Competency, and Accreditation Readiness"),
   cols([("Activity Code", "LDO-2025-01"), ("Contact Hours Claimed", "2.25"), ("Maximum Available", "2.5")]),
   small("The College of American Pathologists is accredited by the ACCME to provide continuing medical education "
         "for physicians. The CAP designates this enduring material for a maximum of 2.5 AMA PRA Category 1 "
         "Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation "
         "in the activity."),
   small("The CAP " + PACE + " This activity is approved for a maximum of 2.5 contact hours."),
   sigs(["Miriam Okonkwo-Hale, MD, FCAP", "Chair, Council on Education"])])

C("ye23", "ASCLS", "fodt",
  ["portrait", "left-aligned", "two-column-label-value", "title-as-labelled-value", "credentials-after-name",
   "signatures"],
  "All facts in a label/value table; the title wraps inside its value cell. Format is given as a labelled value. ASCLS Member No. is a distractor.",
  G("Theodora Vance-Mbeki",
    "Point-of-Care Testing Oversight: Competency, Proficiency Testing, and Connectivity for Non-Laboratory Staff",
    "2025-08-20", 1.0, "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"], "001-311-25"),
  page("P", "left", "single", "sans", "#0b4f6c"),
  [band("American Society for Clinical Laboratory Science", "ASCLS Continuing Education"),
   rule(),
   h1("Continuing Education Certificate"),
   kv([("Participant:", "Theodora Vance-Mbeki, MLS(ASCP)CM"),
       ("Program Title:", "Point-of-Care Testing Oversight: Competency, Proficiency Testing, and Connectivity for Non-Laboratory Staff"),
       ("Format:", "Live webinar"), ("Program Date:", "August 20, 2025"), ("Program No.:", "001-311-25"),
       ("P.A.C.E.\u00ae Contact Hours:", "1.0"), ("ASCLS Member No.:", "31-08814")]),
   p("This program meets the ASCLS P.A.C.E.\u00ae criteria for continuing education in the clinical laboratory sciences."),
   sigs(["Colleen Farraday-Yates, EdD, MLS(ASCP)CM", "President"])])

C("ye24", "PACE-provider", "fpdf",
  ["portrait", "centred-award", "single-border", "all-caps-name", "accented-name", "hyphenated-name",
   "format-line-own", "long-title-wrap+labelled-line", "provider-only-in-accreditation-statement",
   "program-no-without-colon", "meeting-in-title", "signatures"],
  "Provider only as subject of the P.A.C.E. statement. 'Live Virtual Session' is a format line. 'Meeting' belongs to the real title.",
  G("\u00c9MILIE BOUCHARD-ROY",
    "Running an Effective Quality Meeting: Using Dashboards to Drive Laboratory Improvement",
    "2025-07-16", 1.0, "contact hour", ["Keystone Laboratory Education Network"], "517-220-25"),
  page("P", "center", "single", "serif", "#3a3a7a"),
  [h1("Certificate of Attendance"),
   p("This certifies that"),
   name("\u00c9MILIE BOUCHARD-ROY"),
   p("attended the"),
   fmt("Live Virtual Session"),
   title("Running an Effective Quality Meeting: Using Dashboards to Drive Laboratory Improvement"),
   p("Session date: July 16, 2025"),
   p("Program No. 517-220-25"),
   p("1.0 P.A.C.E.\u00ae contact hour"),
   sigs(["Gwendolyn Petrakis, MS, MLS(ASCP)", "Program Director"]),
   small("Keystone Laboratory Education Network " + PACE)])

C("ye25", "LabCE", "docx",
  ["landscape", "centred-award", "double-border", "format-line-own", "long-title-wrap+labelled-line",
   "credentials-after-name", "state-board-distractor"],
  "'Self-Study' is a format line. Long title wraps and is directly followed by 'Date of completion:'. Customer ID and CE Broker provider # are distractors.",
  G("Aarav Venkataraman",
    "Antibody Identification: Resolving Multiple Alloantibodies Using Selected Cells, Enzymes, and Adsorption Techniques",
    "2025-01-17", 2.5, "contact hour", ["LabCE"], "2231"),
  page("L", "center", "double", "sans", "#00627a"),
  [band("LabCE", None),
   h1("Certificate of Completion"),
   p("This certifies that"),
   name("Aarav Venkataraman, MLS(ASCP)CM"),
   p("has completed the"),
   fmt("Self-Study"),
   title("Antibody Identification: Resolving Multiple Alloantibodies Using Selected Cells, Enzymes, and Adsorption Techniques"),
   p("Date of completion: 01/17/2025"),
   p("Course #: 2231   |   P.A.C.E.\u00ae Contact Hours: 2.5   |   Customer ID: 4402187"),
   small("LabCE " + PACE + " Also approved by the Florida Board of Clinical Laboratory Personnel (CE Broker provider #50-12345).")])

C("ye26", "MediaLab", "ps",
  ["landscape", "centred-award", "ornate-border", "seal", "letter-spaced-name", "all-caps-name",
   "accented-name", "labels-above-values", "safety-in-title", "expiry-distractor"],
  "Letter-spaced accented capitals name. Labels above values; 'Expires' is a distractor date. 'Safety' is part of the real title; the parenthetical is part of the title.",
  G("LUC\u00cdA FERN\u00c1NDEZ", "Bloodborne Pathogens Safety for Laboratory Personnel (2025 Annual Update)",
    "2025-03-03", 1.0, "contact hour", ["MediaLab, Inc."], "BBP-2025"),
  page("L", "center", "ornate", "serif", "#1d4e89"),
  [band("MediaLab, Inc.", None),
   h1("Certificate of Completion"),
   p("is hereby granted to"),
   name("LUC\u00cdA FERN\u00c1NDEZ", spaced=True),
   p("for completing the compliance course"),
   title("Bloodborne Pathogens Safety for Laboratory Personnel (2025 Annual Update)"),
   cols([("Course No.", "BBP-2025"), ("Date Completed", "March 3, 2025"), ("P.A.C.E.\u00ae Contact Hours", "1.0"),
         ("Expires", "March 3, 2026")]),
   small("MediaLab, Inc. " + PACE),
   seal("MEDIALAB", "COMPLIANCE", "2025")])

C("ye27", "ADLM", "html",
  ["landscape", "centred-award", "double-border", "meeting-attendance", "date-range", "maximum-vs-claimed",
   "for-and-in-provider-name", "credentials-after-name", "no-activity-id"],
  "Meeting attendance: title = meeting name; range July 27-31 -> last day. Claimed 18.5 vs maximum 31.0. Badge No. and generated date are distractors; no activity ID.",
  G("Rosalind Achterberg-Nwosu", "ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo", "2025-07-31", 18.5,
    "contact hour", ["Association for Diagnostics & Laboratory Medicine", "ADLM"], None),
  page("L", "center", "double", "serif", "#5b2a86"),
  [band("ADLM", "Association for Diagnostics & Laboratory Medicine"),
   h1("Certificate of Attendance"),
   p("This is to certify that"),
   name("Rosalind Achterberg-Nwosu, PhD, DABCC"),
   p("attended the"),
   title("ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo"),
   p("July 27\u201331, 2025 \u00b7 Lakefront Convention Center, Chicago, Illinois"),
   p("and claimed 18.5 ACCENT\u00ae contact hours (maximum available for the meeting: 31.0)"),
   sigs(["Howard Lindqvist-Ames, PhD, DABCC", "President"]),
   small("The Association for Diagnostics & Laboratory Medicine (ADLM) is approved by the ACCENT\u00ae Accreditation "
         "Program to provide continuing education for laboratory professionals."),
   small("Badge No. 250-044718 \u00b7 Certificate generated August 12, 2025")])

C("ye28", "NSH", "tcpdf",
  ["portrait", "centred-award", "double-border", "format-line-own", "labels-above-values",
   "credentials-after-name", "signatures"],
  "'SELF-STUDY MODULE' is a format line. Labels above values: Date of Completion | Contact Hours | Course ID.",
  G("Kwame Mensah-Bonsu",
    "Immunohistochemistry Troubleshooting: Antigen Retrieval, Detection Systems, and Control Tissue Selection",
    "2025-10-14", 2.0, "contact hour", ["National Society for Histotechnology", "NSH"], "NSH-SS-1803"),
  page("P", "center", "double", "sans", "#6b2d5c"),
  [band("NSH", "National Society for Histotechnology"),
   h1("Certificate of Completion"),
   p("This certifies that"),
   name("Kwame Mensah-Bonsu, HT(ASCP)"),
   p("has successfully completed the"),
   fmt("SELF-STUDY MODULE"),
   title("Immunohistochemistry Troubleshooting: Antigen Retrieval, Detection Systems, and Control Tissue Selection"),
   cols([("Date of Completion", "10/14/2025"), ("Contact Hours", "2.0"), ("Course ID", "NSH-SS-1803")]),
   sigs(["Renata Kowalczyk, HT(ASCP)", "Chair, Education Committee"]),
   small("The National Society for Histotechnology " + PACE)])

C("ye29", "AMT", "rlcanvas",
  ["landscape", "centred-award", "double-border", "meeting-attendance", "date-range", "suffix",
   "credentials-after-name", "issue-date-distractor", "signatures"],
  "Meeting attendance: title = meeting name; range June 24-27 -> last day. 'Sr.' kept. Member ID and issue date are distractors.",
  G("Gerald Fitzhugh Sr.", "AMT 2025 Annual Educational Program & National Meeting", "2025-06-27", 14.0,
    "CE hour", ["American Medical Technologists", "AMT"], "EPNM-25"),
  page("L", "center", "double", "sans", "#0e4d92"),
  [band("AMT", "American Medical Technologists"),
   h1("Certificate of Attendance"),
   p("This certifies that"),
   name("Gerald Fitzhugh Sr., RMA(AMT), MT(AMT)"),
   p("attended the"),
   title("AMT 2025 Annual Educational Program & National Meeting"),
   p("June 24\u201327, 2025 \u2022 Orlando, Florida"),
   p("and earned 14.0 CE hours \u2022 Event No. EPNM-25"),
   sigs(["Annette Pruitt-Lowell, MBA, MT(AMT)", "Director, Education and Credentialing"],
        ["Carl Jennings, MT(AMT)", "President, Board of Directors"]),
   small("AMT Member ID 0488120 \u00b7 Issued July 8, 2025")])

C("ye30", "ASM", "platypus",
  ["portrait", "centred-award", "single-border", "session-certificate", "conference-date-range",
   "labels-above-values", "credentials-after-name"],
  "Session certificate: session date June 6 (forum June 5-8 is a distractor). Labels above values. Registration No. is a distractor.",
  G("Yusuf Al-Amin",
    "Diagnostic Stewardship for Clostridioides difficile Testing: Algorithms, Reflex Testing, and Clinical Decision Support",
    "2025-06-06", 1.5, "contact hour", ["American Society for Microbiology", "ASM"], "287"),
  page("P", "center", "single", "sans", "#22543d"),
  [band("ASM", "American Society for Microbiology"),
   p("ASM Clinical Microbiology Forum 2025 \u00b7 June 5\u20138, 2025 \u00b7 Atlanta, Georgia"),
   h1("Certificate of Attendance"),
   cols([("Attendee", "Yusuf Al-Amin, SM(ASCP)"), ("Session Date", "June 6, 2025")]),
   p("attended the session"),
   title("Diagnostic Stewardship for Clostridioides difficile Testing: Algorithms, Reflex Testing, and Clinical Decision Support"),
   cols([("Session Number", "287"), ("P.A.C.E.\u00ae Contact Hours", "1.5"), ("Registration No.", "CMF25-00917")]),
   small("The American Society for Microbiology " + PACE)])

C("ye31", "CLSI", "acroform",
  ["portrait", "centred-award", "double-border", "acroform-flattened", "format-line-own",
   "labels-above-values", "and-in-provider-name", "credentials-after-name"],
  "Filled-and-flattened form. 'Live Webinar' is a format line; labels above values.",
  G("Hyun-Woo Kang",
    "Implementing Updated Antimicrobial Breakpoints: What Changed and How to Validate Your AST System",
    "2025-04-09", 1.5, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], "081-152-25"),
  page("P", "center", "double", "serif", "#00558c"),
  [band("CLSI", "Clinical and Laboratory Standards Institute"),
   h1("Certificate of Attendance"),
   p("This certifies that"),
   name("Hyun-Woo Kang, MLS(ASCP)CM"),
   p("attended the"),
   fmt("Live Webinar"),
   title("Implementing Updated Antimicrobial Breakpoints: What Changed and How to Validate Your AST System"),
   cols([("Webinar Date", "04/09/2025"), ("Program No.", "081-152-25"), ("P.A.C.E.\u00ae Contact Hours", "1.5")]),
   sigs(["Evelyn Marchetti, PhD", "Vice President, Education"]),
   small("CLSI " + PACE)])

C("ye32", "state-society", "fpdf",
  ["portrait", "centred-award", "single-border", "session-certificate", "conference-date-range",
   "two-column-label-value", "hyphenated-name"],
  "Session certificate at a fall meeting: session date Sept 26 (meeting Sept 25-27 is a distractor).",
  G("Beatriz Almeida-Kruger", "Hematopathology Case Studies: When the Peripheral Smear Tells the Story",
    "2025-09-26", 1.0, "contact hour", ["Rocky Mountain Clinical Laboratory Science Society", "RMCLSS"], "B-12"),
  page("P", "center", "single", "serif", "#6a3d1e"),
  [band("RMCLSS", "Rocky Mountain Clinical Laboratory Science Society"),
   p("2025 Fall Meeting \u2022 September 25\u201327, 2025 \u2022 Grand Junction, Colorado"),
   h1("Session Attendance Certificate"),
   p("This certifies that"),
   name("Beatriz Almeida-Kruger"),
   p("attended the session"),
   title("Hematopathology Case Studies: When the Peripheral Smear Tells the Story"),
   kv([("Session No.", "B-12"), ("Session date", "September 26, 2025"), ("P.A.C.E.\u00ae contact hours", "1.0")]),
   sigs(["Wendell Haraway, MLS(ASCP)", "Meeting Chair"]),
   small("The Rocky Mountain Clinical Laboratory Science Society " + PACE)])

C("ye33", "hospital-inservice", "docx",
  ["portrait", "left-aligned", "letterhead", "two-column-label-value", "department-provider", "suffix",
   "safety-in-title", "orientation-in-title", "signatures"],
  "Hospital in-service; provider is the hospital plus its Laboratory Education Department. 'Safety Orientation' is the real course title. Employee ID is a distractor; 'Duration: 2 hours' repeats the figure.",
  G("Thomas J. Kowalski III", "New Employee Laboratory Safety Orientation", "2025-01-14", 2.0, "CE hour",
    ["Lakeshore Community Hospital", "Lakeshore Community Hospital, Laboratory Education Department"],
    "LCH-LAB-0114"),
  page("P", "left", "none", "sans", "#005f73"),
  [band("Lakeshore Community Hospital", "Laboratory Education Department"),
   rule(),
   h1("Certificate of In-Service Attendance"),
   p("This certifies that"),
   name("Thomas J. Kowalski III, MLT(ASCP)"),
   p("completed the required in-service"),
   title("New Employee Laboratory Safety Orientation"),
   kv([("Class #:", "LCH-LAB-0114"), ("Date:", "January 14, 2025"), ("Duration:", "2 hours"), ("CE Hours:", "2.0"),
       ("Employee ID:", "004417")]),
   sigs(["Patricia Nwankwo, MS, MLS(ASCP)CM", "Laboratory Education Coordinator"],
        ["Dr. Russell Haines", "Medical Director, Laboratory"]),
   small("This in-service was provided by Lakeshore Community Hospital, Laboratory Education Department, "
         "2100 Shoreline Drive, Sheboygan, WI 53081.")])

C("ye34", "public-health-lab", "html",
  ["portrait", "centred-award", "double-border", "format-line-own", "long-title-wrap+labelled-line",
   "hyphenated-name", "signatures"],
  "'LIVE WEBINAR' is a format line; long title wraps and is directly followed by 'Date of completion:'.",
  G("Winona Redcloud-Hayes",
    "Biosafety Risk Assessment for Sentinel Clinical Laboratories: Recognizing and Referring Select Agents",
    "2025-02-11", 1.5, "contact hour", ["Great Basin Public Health Laboratory"], "GB-LRN-25-07"),
  page("P", "center", "double", "serif", "#2f4f4f"),
  [band("Great Basin Public Health Laboratory", None),
   h1("Certificate of Completion"),
   p("This certifies that"),
   name("Winona Redcloud-Hayes"),
   p("participated in the"),
   fmt("LIVE WEBINAR"),
   title("Biosafety Risk Assessment for Sentinel Clinical Laboratories: Recognizing and Referring Select Agents"),
   p("Date of completion: 02/11/2025"),
   p("Event ID: GB-LRN-25-07 \u00b7 1.5 P.A.C.E.\u00ae contact hours"),
   sigs(["Marguerite Sandoval, MPH, MLS(ASCP)", "Laboratory Training Coordinator"]),
   small("Great Basin Public Health Laboratory " + PACE)])

C("ye35", "joint-accreditation", "tcpdf",
  ["landscape", "centred-award", "single-border", "several-credit-types", "credit-table",
   "department-provider", "series-prefix-in-title", "presenter-distractor"],
  "Joint accreditation: AMA PRA / ANCC / ACPE 1.25 are distractors; P.A.C.E. 1.5 claimed is gold. 'Pathology Grand Rounds:' prefix is part of the title.",
  G("Nkechi Obiora-Lindgren",
    "Pathology Grand Rounds: Liquid Biopsy in Lung Cancer \u2014 Ready for Prime Time?",
    "2025-09-17", 1.5, "contact hour",
    ["Halden University School of Medicine",
     "Halden University School of Medicine, Office of Continuing Medical Education"], "HU-PGR-25-09"),
  page("L", "center", "single", "serif", "#133b5c"),
  [band("Halden University School of Medicine", "Office of Continuing Medical Education"),
   h1("Certificate of Attendance"),
   p("This certifies that"),
   name("Nkechi Obiora-Lindgren, MLS(ASCP)CM"),
   p("attended"),
   title("Pathology Grand Rounds: Liquid Biopsy in Lung Cancer \u2014 Ready for Prime Time?"),
   kv([("Activity No.", "HU-PGR-25-09"), ("Date", "September 17, 2025"),
       ("Presented by", "Anton Marchetti-Kyle, MD, PhD")]),
   table(["Credit type", "Designated", "Claimed"],
         [["AMA PRA Category 1 Credits\u2122", "1.25", "\u2014"], ["ANCC contact hours", "1.25", "\u2014"],
          ["ACPE contact hours", "1.25", "\u2014"], ["P.A.C.E.\u00ae contact hours", "1.5", "1.5"]]),
   small("In support of improving patient care, Halden University School of Medicine is jointly accredited by the "
         "ACCME, ACPE, and ANCC to provide continuing education for the healthcare team. Halden University School of "
         "Medicine " + PACE)])

C("ye36", "university-CEU", "rlcanvas",
  ["landscape", "centred-award", "ornate-border", "seal", "CEU", "conferral-date-distractor",
   "hyphenated-name", "signatures"],
  "CEU: 0.6 CEU = 6 points. 'Awarded this 28th day of February' is a conferral date; completion is Feb 21. Student ID is a distractor; '1 CEU = 10 contact hours' is a conversion note.",
  G("Mariam Haddad-Ellison",
    "Phlebotomy Refresher: Difficult Draws, Pediatric Collections, and Patient Safety",
    "2025-02-21", 0.6, "CEU", ["Whitmore College of Health Sciences"], "PHB-210"),
  page("L", "center", "ornate", "serif", "#4b2e83"),
  [band("Whitmore College of Health Sciences", None),
   h1("Certificate of Completion"),
   p("Whitmore College of Health Sciences certifies that"),
   name("Mariam Haddad-Ellison"),
   p("has successfully completed the continuing education course"),
   title("Phlebotomy Refresher: Difficult Draws, Pediatric Collections, and Patient Safety"),
   p("Course No. PHB-210 \u00b7 Course completed February 21, 2025 \u00b7 0.6 CEU"),
   p("Awarded this 28th day of February, 2025"),
   sigs(["Dr. Evelyn Strand", "Director of Continuing Education"], ["Marcus Pell, MS", "Registrar"]),
   small("Student ID 0019-44821 \u00b7 1 CEU = 10 contact hours"),
   seal("WHITMORE", "COLLEGE", "1962")])

C("ye37", "state-society", "platypus",
  ["portrait", "left-aligned", "single-border", "all-caps-name", "hyphenated-name", "format-line-own",
   "long-title-wrap+labelled-line", "program-no-without-colon", "for-in-provider-name", "signatures"],
  "'Live Virtual Session' is a format line; long title wraps and is directly followed by 'Date of attendance:'.",
  G("MARY-KATE O'CONNOR-WELLS",
    "Urine Sediment Under the Microscope: Casts, Crystals, and Cells That Change the Diagnosis in Everyday Practice",
    "2025-06-18", 1.0, "contact hour", ["Magnolia Society for Clinical Laboratory Science"], "401-339-25"),
  page("P", "left", "single", "serif", "#35524a"),
  [band("Magnolia Society for Clinical Laboratory Science", None),
   rule(),
   h1("Certificate of Attendance"),
   p("This certifies that"),
   name("MARY-KATE O'CONNOR-WELLS, MLS(ASCP)"),
   p("attended the"),
   fmt("Live Virtual Session"),
   title("Urine Sediment Under the Microscope: Casts, Crystals, and Cells That Change the Diagnosis in Everyday Practice"),
   p("Date of attendance: June 18, 2025"),
   p("Program No. 401-339-25"),
   p("P.A.C.E.\u00ae contact hours: 1.0"),
   sigs(["Delphine Archambeau, MLS(ASCP)CM", "Continuing Education Chair"]),
   small("The Magnolia Society for Clinical Laboratory Science " + PACE)])

C("ye38", "joint-accreditation", "acroform",
  ["landscape", "centred-award", "single-border", "acroform-flattened", "labels-above-values", "honorific",
   "several-credit-types", "maximum-vs-claimed", "department-provider"],
  "Filled-and-flattened form. Claimed 2.0 P.A.C.E. contact hours vs maximum 3.5 (AMA PRA, ANCC, P.A.C.E. maxima are distractors). 'Dr.' honorific dropped.",
  G("Henrik Solvang",
    "Northbridge Laboratory Medicine Symposium 2025: Precision Diagnostics Across the Care Continuum",
    "2025-05-02", 2.0, "contact hour",
    ["Northbridge Health System", "Northbridge Health System, Office of Continuing Professional Education"],
    "NHS-LMS-25"),
  page("L", "center", "single", "serif", "#1b4965"),
  [band("Northbridge Health System", "Office of Continuing Professional Education"),
   h1("Certificate of Credit"),
   p("This certifies that"),
   name("Dr. Henrik Solvang"),
   p("participated in the live activity"),
   title("Northbridge Laboratory Medicine Symposium 2025: Precision Diagnostics Across the Care Continuum"),
   cols([("Activity ID", "NHS-LMS-25"), ("Activity Date", "May 2, 2025"),
         ("Credit Type Claimed", "P.A.C.E.\u00ae contact hours"), ("Credits Claimed", "2.0")]),
   small("In support of improving patient care, Northbridge Health System is jointly accredited by the ACCME, ACPE, and "
         "ANCC to provide continuing education for the healthcare team. Northbridge Health System designates this live "
         "activity for a maximum of 3.5 AMA PRA Category 1 Credits\u2122. This activity is approved for a maximum of "
         "3.5 ANCC contact hours and 3.5 P.A.C.E.\u00ae contact hours. Participants should claim only the credit "
         "commensurate with the extent of their participation.")])

C("ye39", "ASCP", "ps",
  ["portrait", "centred-award", "double-border", "all-caps-name", "suffix", "format-line-own",
   "two-column-label-value", "ethics-in-title", "signatures"],
  "'LIVE WEBINAR' is a format line. 'Ethics' is part of the real title. Certificate No. is a distractor. 'JR.' kept as printed.",
  G("D'ANDRE L. FONTAINE JR.",
    "Laboratory Ethics Case Studies: Specimen Rejection, Add-On Testing, and Patient Privacy",
    "2025-08-11", 1.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "W25-0811"),
  page("P", "center", "double", "serif", "#7a1f2b"),
  [band("ASCP", "American Society for Clinical Pathology"),
   h1("Certificate of Completion"),
   p("This certifies that"),
   name("D'ANDRE L. FONTAINE JR."),
   p("has completed the"),
   fmt("LIVE WEBINAR"),
   title("Laboratory Ethics Case Studies: Specimen Rejection, Add-On Testing, and Patient Privacy"),
   kv([("Webinar date", "August 11, 2025"), ("Activity No.", "W25-0811"), ("CMLE Credits", "1.0"),
       ("Certificate No.", "ASCP-C-20250811-4471")]),
   sigs(["Lionel Ashby-Grant, MS, MLS(ASCP)CM", "Director, Continuing Education"]),
   small("The American Society for Clinical Pathology designates this live activity for 1.0 CMLE credit.")])

C("ye40", "hospital-inservice", "fodt",
  ["landscape", "centred-award", "ornate-border", "issuer-line-only", "department-provider",
   "meeting-in-title", "signatures"],
  "Provider printed only as 'Presented by the Laboratory Education Council of Mercy Valley Medical Center'. 'Meeting' is part of the real title. Session No. is the activity ID.",
  G("Oksana Petrenko-Walsh",
    "Quarterly Laboratory Quality Meeting: Turnaround-Time Outliers and Corrective Actions",
    "2025-11-05", 1.0, "contact hour",
    ["Mercy Valley Medical Center", "Mercy Valley Medical Center, Laboratory Education Council"], "QM-2025-Q4"),
  page("L", "center", "ornate", "serif", "#5a3e1b"),
  [h1("Certificate of Attendance"),
   issuer("Presented by the Laboratory Education Council of Mercy Valley Medical Center"),
   space(4),
   p("This certifies that"),
   name("Oksana Petrenko-Walsh, MLS(ASCP)CM"),
   p("attended"),
   title("Quarterly Laboratory Quality Meeting: Turnaround-Time Outliers and Corrective Actions"),
   p("Held on November 5, 2025 \u00b7 Conference Room B, Pathology Building"),
   p("Contact hours: 1.0 \u00b7 Session No. QM-2025-Q4"),
   sigs(["Dr. Philippa Grange", "Laboratory Medical Director"],
        ["Rosa Delgado-Farr, MLS(ASCP)", "Chair, Laboratory Education Council"])])
