"""The 40 certificates of the certs-z3 blind set: gold facts + page content.

Every person, hospital, university, vendor and activity here is invented.
Real organisation names (ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM,
CLSI, LabCE, MediaLab) carry invented activities only.
"""
from engine import COLS, F, KV, PB, RULE, SIG, SP, T, TABLE

PACE = ("{} is approved as a provider of continuing education programs in the clinical laboratory "
        "sciences by the ASCLS P.A.C.E.\u00ae Program.")


def pace(org):
    return PACE.format(org)


CERTS = []


def C(id, style, prod, layout, notes, gold, page, blocks, meta_title=None, meta_author=None):
    d = {"id": id, "style": style, "prod": prod, "layout": layout, "notes": notes, "gold": gold,
         "page": page, "blocks": blocks, "meta_title": meta_title or "Certificate", "meta_author": meta_author or ""}
    CERTS.append(d)


def G(name, title, date, credits, unit, provider, activity_id):
    pts = round(credits * 10, 2) if unit == "CEU" else credits
    return {"name": name, "title": title, "date": date, "credits": credits, "unit": unit, "points": pts,
            "provider": provider, "activity_id": activity_id}


# ---------------------------------------------------------------- zc01
C("zc01", "ascp", "html",
  ["landscape", "centred-award", "double-border", "seal", "signature-block", "issuer-line-over-heading",
   "format-line", "long-title-wrap-then-label", "honorific", "credentials-after-name"],
  "ASCP on-demand webinar; 'On-Demand Webinar' is a format line; the wrapped title is followed directly by "
  "'Date of Completion:'. Issue date and transcript number are distractors.",
  G("Priyanka Venkataraman",
    "Interpreting Flow Cytometry Histograms in Acute Leukemia: A Case-Based Approach for the Bench Technologist",
    "2025-03-14", 1.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "25-OD-4417"),
  {"orient": "L", "border": "double", "margin": 70, "top": 58, "bottom": 70, "vcenter": True,
   "seal": {"text": ["ASCP", "CMLE"], "pos": "br", "y": 104}, "accent": "#14365d"},
  [T("American Society for Clinical Pathology", 15, b=True, font="sans", c="accent", css="letter-spacing:0.04em;"),
   T("Certificate of Completion", 34, b=True, gap=4),
   T("This certifies that", 13, i=True, gap=10),
   T("Dr. Priyanka Venkataraman, MLS(ASCP)CM", 26, b=True, gap=6),
   T("has successfully completed the", 13, i=True, gap=8),
   T("On-Demand Webinar", 12, b=True, font="sans", c="accent", gap=6),
   T(["Interpreting Flow Cytometry Histograms in Acute Leukemia:",
      "A Case-Based Approach for the Bench Technologist"], 18, b=True, gap=4),
   T("Date of Completion: March 14, 2025", 12, gap=4),
   T("Awarded 1.0 CMLE credit      Activity ID: 25-OD-4417", 12, gap=8),
   SIG([["Margaret O. Thiessen, MD, FASCP", "Chair, Council on Continuing Education"]], gap=34),
   T("ASCP CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.",
     8, foot=True, c="grey"),
   T("Certificate issued March 15, 2025  \u00b7  Transcript No. T-88213409  \u00b7  www.ascp.org", 8, foot=True,
     c="grey")],
  "ASCP CMLE Certificate", "ASCP Learning")

# ---------------------------------------------------------------- zc02
C("zc02", "aabb", "docx",
  ["portrait", "letter-style", "left-aligned", "format-line", "long-title-wrap-then-label", "provider-with-and",
   "program-no-without-colon", "signature-block", "credentials-after-name", "hyphenated-name"],
  "AABB letter: 'eCast' alone on a line between 'participated in the' and the title; the wrapped title is "
  "followed by 'Program date:'. Letter date and registration ID are distractors; 'Program No. 535-118-24' "
  "has no colon.",
  G("Adaeze Okonkwo-Reyes",
    "Patient Blood Management Program Metrics: Building a Dashboard That Drives Transfusion Practice Change",
    "2024-09-18", 1.5, "contact hour",
    ["Association for the Advancement of Blood & Biotherapies", "AABB"], "535-118-24"),
  {"orient": "P", "margin": 72, "top": 66, "font": "sans", "align": "l", "accent": "#8a1538"},
  [T("Association for the Advancement of Blood & Biotherapies", 14, b=True, c="accent", gap=0),
   T("Bethesda, Maryland  |  www.aabb.org", 9, c="grey", gap=2),
   RULE(w=1.0, gap=6, after=10),
   T("October 2, 2024", 11, gap=14),
   T("Certificate of Attendance", 16, b=True, gap=18),
   T("This letter certifies that", 11, gap=14),
   T("Adaeze Okonkwo-Reyes, MT(ASCP)SBB", 14, b=True, gap=6),
   T("participated in the", 11, gap=8),
   T("eCast", 11, b=True, c="accent", gap=6),
   T(["Patient Blood Management Program Metrics: Building a Dashboard That",
      "Drives Transfusion Practice Change"], 12, b=True, gap=4),
   T("Program date: September 18, 2024", 11, gap=3),
   T("Program No. 535-118-24", 11, gap=3),
   T("AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by "
     "the ASCLS P.A.C.E.\u00ae Program. This program has been approved for 1.5 P.A.C.E.\u00ae contact hours.",
     10, gap=16),
   T("Registration ID: R-2024-771902", 9, c="grey", gap=8),
   T("Sincerely,", 11, gap=20),
   SIG([["Theodora Lindqvist, MS, MT(ASCP)SBB", "Director, Education Programs"]], al="l", gap=36, sw=220),
   T("Please retain this letter for your continuing education records.", 8, foot=True, c="grey")],
  "AABB eCast attendance letter", "AABB Education")

# ---------------------------------------------------------------- zc03
C("zc03", "cap", "platypus",
  ["portrait", "two-page", "centred-award", "format-line", "long-title-wrap-then-label",
   "several-credit-types", "claimed-vs-maximum", "credit-table", "grossing-title", "credentials-after-name",
   "hyphenated-name"],
  "CAP enduring material; 'Enduring Material' is a format line; credit table with maximum and claimed figures "
  "for AMA PRA, P.A.C.E. and ABPath SAM - gold is the claimed P.A.C.E. figure. Page 2 holds the accreditation "
  "statements and release/expiration dates (distractors). Certificate number is a distractor.",
  G("Tomasz Wielgosz-Harper",
    "Grossing Complex Colorectal Resections: Margins, Lymph Node Yield, and Tumor Deposits",
    "2025-06-02", 1.75, "contact hour", ["College of American Pathologists", "CAP"], "2025-EM-3318"),
  {"orient": "P", "border": "single", "margin": 66, "top": 70, "accent": "#00467f"},
  [T("College of American Pathologists", 18, b=True, c="accent"),
   T("Northfield, Illinois", 9, c="grey", gap=2),
   T("CERTIFICATE OF COMPLETION", 22, b=True, gap=22),
   T("This is to certify that", 11, i=True, gap=14),
   T("Tomasz Wielgosz-Harper, PA(ASCP)CM", 20, b=True, gap=8),
   T("has completed the", 11, i=True, gap=12),
   T("Enduring Material", 11, b=True, font="sans", c="accent", gap=6),
   T(["Grossing Complex Colorectal Resections: Margins, Lymph Node",
      "Yield, and Tumor Deposits"], 15, b=True, gap=5),
   T("Completed on: June 2, 2025", 11, gap=4),
   T("Activity ID: 2025-EM-3318", 10, gap=4),
   TABLE(["Credit type", "Maximum available", "Credits claimed"],
         [["AMA PRA Category 1 Credits\u2122", "2.0", "1.75"],
          ["P.A.C.E.\u00ae contact hours", "2.0", "1.75"],
          ["ABPath Self-Assessment Module (SAM) credit", "2.0", "1.0"]],
         widths=[0.52, 0.24, 0.24], w=0.86, gap=18),
   SIG([["Rosalind M. Achterberg, MD, FCAP", "Chair, Council on Education"]], gap=46),
   T("Certificate No. C-3318-009172  \u00b7  Printed 06/03/2025  \u00b7  Page 1 of 2", 8, foot=True, c="grey"),
   PB(),
   T("Accreditation and Credit Designation Statements", 13, b=True, al="l", c="accent", gap=0),
   T("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing "
     "Medical Education (ACCME) to provide continuing medical education for physicians.", 10, al="l", gap=10),
   T("The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits\u2122. "
     "Physicians should claim only the credit commensurate with the extent of their participation in the activity.",
     10, al="l", gap=8),
   T("The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by "
     "the ASCLS P.A.C.E.\u00ae Program. This activity is approved for a maximum of 2.0 P.A.C.E.\u00ae contact "
     "hours.", 10, al="l", gap=8),
   T("Successful completion of this CME activity, which includes participation in the evaluation component, "
     "enables the participant to earn credit toward the self-assessment requirements of the American Board of "
     "Pathology's Continuing Certification program.", 10, al="l", gap=8),
   T("Release date: January 15, 2025      Expiration date: January 14, 2028", 10, al="l", gap=12),
   T("Certificate No. C-3318-009172  \u00b7  Page 2 of 2", 8, foot=True, c="grey")],
  "CAP Learning Certificate", "College of American Pathologists")

# ---------------------------------------------------------------- zc04
C("zc04", "ascls", "fodt",
  ["portrait", "centred-award", "double-border", "meeting-attendance", "date-range", "all-caps-name",
   "name-suffix", "two-signers", "meeting-title"],
  "ASCLS's own annual-meeting attendance certificate: no session title, so the title is the meeting name; "
  "date is the last day of the July 21-24 range. Member number and issue date are distractors. ASCLS is the "
  "provider here (its own certificate).",
  G("MARCUS T. HOLLOWAY JR.", "ASCLS 2024 Annual Meeting", "2024-07-24", 14.5, "contact hour",
    ["American Society for Clinical Laboratory Science", "ASCLS"], None),
  {"orient": "P", "border": "double", "margin": 72, "top": 92, "accent": "#0b4f6c"},
  [T("American Society for Clinical Laboratory Science", 15, b=True, c="accent", gap=0),
   T("Certificate of Attendance", 28, b=True, gap=28),
   T("presented to", 12, i=True, gap=18),
   T("MARCUS T. HOLLOWAY JR.", 22, b=True, gap=10),
   T("for attendance at the", 12, i=True, gap=16),
   T("ASCLS 2024 Annual Meeting", 20, b=True, gap=8),
   T("July 21\u201324, 2024  \u00b7  Spokane, Washington", 12, gap=6),
   T("Total P.A.C.E.\u00ae contact hours earned: 14.5", 13, b=True, gap=24),
   T("Contact hours are recorded on the attendee's ASCLS P.A.C.E.\u00ae transcript (Member #0048213).", 9,
     c="grey", gap=6),
   SIG([["Danielle R. Whitcombe, EdD, MLS(ASCP)CM", "President"],
        ["Harold J. Kessinger, MS, MLS(ASCP)", "Chair, Annual Meeting Program Committee"]], gap=60, sw=190),
   T("Issued August 5, 2024", 8, foot=True, c="grey")],
  "ASCLS Annual Meeting Certificate", "ASCLS")

# ---------------------------------------------------------------- zc05
C("zc05", "pace-provider", "fpdf",
  ["portrait", "centred-award", "single-border", "format-line", "provider-only-in-accreditation-statement",
   "program-no-without-colon", "safety-title", "accented-name", "hyphenated-name", "presented-by-speaker"],
  "A small P.A.C.E.-approved provider named only in the accreditation sentence; 'LIVE WEBINAR' is a format "
  "line; 'presented by ... PhD' is a distractor. ASCLS P.A.C.E. is the accreditor, not the provider.",
  G("In\u00e9s Dom\u00ednguez-Farrell", "Biosafety Cabinet Certification and Daily Safety Checks", "2025-04-23",
    1.0, "contact hour", ["Northern Prairie Laboratory Consortium"], "562-118-25"),
  {"orient": "P", "border": "single", "margin": 72, "top": 110, "accent": "#2d5a27"},
  [T("Certificate of Completion", 28, b=True, c="accent", gap=0),
   T("awarded to", 12, i=True, gap=26),
   T("In\u00e9s Dom\u00ednguez-Farrell, MLS(ASCP)", 20, b=True, gap=10),
   T("for completing the", 12, i=True, gap=18),
   T("LIVE WEBINAR", 11, b=True, font="sans", c="accent", gap=8),
   T("Biosafety Cabinet Certification and Daily Safety Checks", 16, b=True, gap=6),
   T("presented by Gareth Lowenstein, PhD, RBP", 10, i=True, gap=6),
   T("Wednesday, April 23, 2025", 12, gap=18),
   T("1.0 P.A.C.E.\u00ae contact hour", 13, b=True, gap=8),
   T("Program No. 562-118-25", 10, gap=6),
   SIG([["Colette Vandermeer, MS, MLS(ASCP)CM", "Education Coordinator"]], gap=64),
   RULE(w=0.8, gap=40, c="grey", lw=0.5),
   T(pace("Northern Prairie Laboratory Consortium"), 9, c="grey", gap=6, w=0.85)],
  "Webinar certificate", "NPLC")

# ---------------------------------------------------------------- zc06
C("zc06", "labce", "rlcanvas",
  ["landscape", "issuer-line-over-heading", "labels-above-values", "long-title-wrap-then-label",
   "hyphenated-name", "credentials-after-name"],
  "LabCE online course; provider is only the issuer line 'LabCE' and the P.A.C.E. sentence; Participant | "
  "Date of Completion and Course Number | Contact Hours | Customer ID are labels above values. Customer ID and "
  "generation date are distractors.",
  G("Wen-Li Chao",
    "Urine Sediment Microscopy: Identifying Casts, Crystals, and Cellular Elements in Routine Urinalysis",
    "2024-11-07", 1.5, "contact hour", ["LabCE"], "1837"),
  {"orient": "L", "border": "single", "margin": 76, "top": 70, "font": "sans", "accent": "#0a6e8a"},
  [T("LabCE", 30, b=True, c="accent", gap=0),
   T("Certificate of Completion", 20, gap=6),
   RULE(w=0.5, gap=10, after=6),
   T(["Urine Sediment Microscopy: Identifying Casts, Crystals, and Cellular",
      "Elements in Routine Urinalysis"], 17, b=True, gap=14),
   COLS(["Participant", "Date of Completion"], ["Wen-Li Chao, MLS(ASCP)CM", "11/07/2024"], w=0.8, gap=14, size=14),
   COLS(["Course Number", "Contact Hours", "Customer ID"], ["1837", "1.5", "LC-0551290"], w=0.8, gap=18, size=13),
   T(pace("LabCE"), 9, c="grey", gap=40, w=0.8),
   T("LabCE.com  \u00b7  Certificate generated 11/08/2024 09:41", 8, foot=True, c="grey")],
  "LabCE Certificate", "LabCE")

# ---------------------------------------------------------------- zc07
C("zc07", "medialab", "tcpdf",
  ["portrait", "two-column-label-value", "left-aligned", "ethics-title", "long-title-in-value-cell"],
  "MediaLab course; two-column label/value layout with the long course title wrapping inside its value cell; "
  "order number is a distractor.",
  G("Hoang Minh Tran", "Laboratory Ethics: Recognizing and Reporting Misconduct in the Clinical Laboratory",
    "2025-01-09", 1.0, "contact hour", ["MediaLab, Inc.", "MediaLab"], "ML-2214"),
  {"orient": "P", "margin": 72, "top": 80, "font": "sans", "align": "l", "border": "single", "accent": "#3b2f80"},
  [T("MediaLab, Inc.", 20, b=True, c="accent", gap=0),
   T("Continuing Education Certificate", 14, gap=4),
   RULE(w=1.0, gap=10, after=6),
   T("This certificate confirms that the learner named below completed the online course listed.", 10,
     gap=10),
   KV([["Name", "Hoang Minh Tran, MLT(ASCP)"],
       ["Course", "Laboratory Ethics: Recognizing and Reporting Misconduct in the Clinical Laboratory"],
       ["Course Number", "ML-2214"],
       ["Completion Date", "January 9, 2025"],
       ["Credit", "1.0 contact hour (P.A.C.E.\u00ae)"],
       ["Order Number", "ORD-448120-77"]], lw=0.3, gap=16, size=11, rowgap=6),
   T(pace("MediaLab"), 9, c="grey", gap=24),
   SIG([["Alan R. Pettibone, MT(ASCP)", "Director of Continuing Education"]], al="l", gap=48, sw=220),
   T("MediaLab, Inc.  \u00b7  www.medialabinc.net", 8, foot=True, c="grey", al="c")],
  "MediaLab CE Certificate", "MediaLab")

# ---------------------------------------------------------------- zc08
C("zc08", "adlm", "html",
  ["landscape", "centred-award", "double-border", "conference-session", "date-range-vs-session-date",
   "labels-above-values", "long-title-wrap-then-label", "several-credit-types", "accented-name",
   "hyphenated-name", "provider-with-and"],
  "ADLM session certificate at a multi-day meeting (July 27-31): gold date is the session date July 29. "
  "ACCENT contact hours are the laboratory figure; AMA PRA is a distractor; badge ID and print date are "
  "distractors.",
  G("Rafael Qui\u00f1ones-Bautista",
    "Mass Spectrometry for Steroid Hormone Panels: Method Development and Interference Troubleshooting",
    "2025-07-29", 1.5, "contact hour", ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "32104"),
  {"orient": "L", "border": "double", "margin": 68, "top": 56, "bottom": 64, "vcenter": True, "accent": "#5b2a86"},
  [T("Association for Diagnostics & Laboratory Medicine", 15, b=True, font="sans", c="accent", gap=0),
   T("Certificate of Attendance", 30, b=True, gap=6),
   T("ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo  \u00b7  Chicago, Illinois  \u00b7  "
     "July 27\u201331, 2025", 11, gap=4, c="grey"),
   T("This certifies attendance at the session", 12, i=True, gap=12),
   T(["Mass Spectrometry for Steroid Hormone Panels: Method Development",
      "and Interference Troubleshooting"], 17, b=True, gap=4),
   T("Session No. 32104", 11, gap=3),
   COLS(["Attendee", "Session Date", "ACCENT\u00ae Contact Hours"],
        ["Rafael Qui\u00f1ones-Bautista, PhD, DABCC", "July 29, 2025", "1.5"], w=0.94, gap=14, size=13,
        underline=True, widths=[0.5, 0.25, 0.25]),
   T("ADLM designates this session for 1.5 ACCENT\u00ae contact hours. ADLM is accredited by the ACCME to "
     "provide continuing medical education for physicians and designates this live activity for a maximum of "
     "1.5 AMA PRA Category 1 Credits\u2122.", 8.5, c="grey", gap=12, w=0.85),
   SIG([["Lorenzo B. Whitacre, PhD, DABCC", "Chair, Annual Meeting Organizing Committee"]], gap=30),
   T("Badge ID 7719-3320  \u00b7  Certificate printed 08/01/2025", 8, foot=True, c="grey")],
  "ADLM 2025 session certificate", "ADLM")

# ---------------------------------------------------------------- zc09
C("zc09", "nsh", "platypus",
  ["portrait", "centred-award", "conference-session", "date-range-vs-session-date", "small-table",
   "long-title-wrap", "provider-with-for", "hyphenated-name", "credentials-after-name"],
  "NSH symposium workshop; meeting range September 6-11, session table gives the session date September 8 "
  "(gold). Registration number is a distractor.",
  G("Bronwyn Achebe-Lindstrom",
    "Troubleshooting Special Stains: Silver, Trichrome, and PAS in the Modern Histology Laboratory",
    "2024-09-08", 3.5, "contact hour", ["National Society for Histotechnology", "NSH"], "W-218"),
  {"orient": "P", "border": "double", "margin": 70, "top": 84, "accent": "#6b1d3a"},
  [T("National Society for Histotechnology", 18, b=True, c="accent", gap=0),
   T("50th Annual Symposium/Convention  \u00b7  Savannah, Georgia  \u00b7  September 6\u201311, 2024", 10,
     c="grey", gap=4),
   T("Certificate of Participation", 24, b=True, gap=26),
   T("This certifies that", 11, i=True, gap=14),
   T("Bronwyn Achebe-Lindstrom, HTL(ASCP)QIHC", 18, b=True, gap=8),
   T("attended the workshop", 11, i=True, gap=12),
   T(["Troubleshooting Special Stains: Silver, Trichrome, and PAS in the",
      "Modern Histology Laboratory"], 14, b=True, gap=6),
   TABLE(["Session No.", "Session Date", "Contact Hours"], [["W-218", "September 8, 2024", "3.5"]],
         widths=[0.3, 0.4, 0.3], aligns=["c", "c", "c"], w=0.75, gap=20),
   T(pace("NSH"), 9, c="grey", gap=16, w=0.85),
   SIG([["Ingrid Solvang-Marsh, HT(ASCP)", "Chair, Education Committee"]], gap=56),
   T("Registration No. 24S-06631", 8, foot=True, c="grey")],
  "NSH Symposium Certificate", "NSH")

# ---------------------------------------------------------------- zc10
C("zc10", "amt", "ps",
  ["landscape", "centred-award", "ornate-border", "seal", "name-suffix", "credentials-after-name",
   "orientation-title"],
  "AMT course whose real title begins with 'Orientation'; Course ID and Contact Hours share one line; member "
  "number is a distractor. PostScript with a re-encoded font so hyphens stay hyphens.",
  G("Reginald P. Ashcombe III", "Orientation to Point-of-Care Glucose Testing for New Laboratory Staff",
    "2025-02-27", 1.0, "contact hour", ["American Medical Technologists", "AMT"], "AMT-CE-5521"),
  {"orient": "L", "border": "ornate", "margin": 72, "top": 62, "bottom": 72, "vcenter": True,
   "seal": {"text": ["AMT", "CONTINUING", "EDUCATION"], "pos": "bl", "y": 102}, "accent": "#1c3f6e"},
  [T("American Medical Technologists", 16, b=True, c="accent", gap=0),
   T("Certificate of Completion", 32, b=True, gap=8),
   T("is hereby presented to", 12, i=True, gap=12),
   T("Reginald P. Ashcombe III, MLT(AMT)", 24, b=True, gap=8),
   T("in recognition of the successful completion of", 12, i=True, gap=10),
   T("Orientation to Point-of-Care Glucose Testing for New Laboratory Staff", 16, b=True, gap=6),
   T("Completed: 02/27/2025", 11, gap=10),
   T("Course ID: AMT-CE-5521          Contact Hours: 1.0", 11, gap=4),
   SIG([["Lorraine Castellanos-Pike, MT(AMT)", "Director, Continuing Education"]], gap=34),
   T("AMT Member No. 0412276", 8, foot=True, c="grey")],
  "AMT Certificate of Completion", "AMT")

# ---------------------------------------------------------------- zc11
C("zc11", "asm", "docx",
  ["portrait", "two-column-label-value", "provider-with-for", "presented-by-speaker", "credentials-after-name"],
  "ASM webinar; label/value rows; the Format row says 'Live webinar' (not part of the title); the presenter "
  "is a distractor; 'Event No.' is the activity ID.",
  G("Sunniva Hartvigsen", "Carbapenemase Detection in Enterobacterales: Phenotypic and Molecular Methods",
    "2024-11-06", 1.0, "contact hour", ["American Society for Microbiology", "ASM"], "ASM-W-2411-06"),
  {"orient": "P", "margin": 72, "top": 90, "border": "single", "accent": "#005a70"},
  [T("American Society for Microbiology", 18, b=True, c="accent", gap=0),
   T("Certificate of Participation", 22, gap=16),
   T("Awarded to", 11, i=True, gap=16),
   T("Sunniva Hartvigsen, M(ASCP)CM", 18, b=True, gap=6),
   KV([["Webinar Title", "Carbapenemase Detection in Enterobacterales: Phenotypic and Molecular Methods"],
       ["Format", "Live webinar"],
       ["Presenter", "Lucinda Farraday-Oduya, PhD, D(ABMM)"],
       ["Date", "November 6, 2024"],
       ["Event No.", "ASM-W-2411-06"],
       ["Credit", "1.0 P.A.C.E.\u00ae contact hour"]], lw=0.3, w=0.9, gap=28, size=11),
   T(pace("ASM"), 9, c="grey", gap=26),
   SIG([["Miriam Castellano-Reyes, PhD", "Director, Professional Development"]], gap=50),
   T("American Society for Microbiology  \u00b7  Washington, DC", 8, foot=True, c="grey")],
  "ASM webinar certificate", "ASM")

# ---------------------------------------------------------------- zc12
C("zc12", "clsi", "fodt",
  ["portrait", "centred-award", "format-line", "long-title-wrap-then-label", "program-no-without-colon",
   "provider-with-and"],
  "CLSI self-study: 'Self-Study Module' alone on a line is the format; wrapped title followed directly by "
  "'Date of completion:'; 'Program No. 114-302-25' without colon; certificate number is a distractor.",
  G("Ngozi Ebube Marchetti",
    "Understanding User Verification of Precision and Estimation of Bias: Applying EP15 in the Clinical Laboratory",
    "2025-02-20", 1.5, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], "114-302-25"),
  {"orient": "P", "margin": 72, "top": 96, "font": "sans", "accent": "#00587c"},
  [T("Clinical and Laboratory Standards Institute", 16, b=True, c="accent", gap=0),
   T("Certificate of Completion", 26, gap=24),
   T("This is to certify that", 11, i=True, gap=20),
   T("Ngozi Ebube Marchetti", 20, b=True, gap=8),
   T("has completed the", 11, i=True, gap=14),
   T("Self-Study Module", 11, b=True, c="accent", gap=8),
   T(["Understanding User Verification of Precision and Estimation of Bias:",
      "Applying EP15 in the Clinical Laboratory"], 13, b=True, gap=5),
   T("Date of completion: February 20, 2025", 11, gap=3),
   T("Awarded 1.5 P.A.C.E.\u00ae contact hours", 12, b=True, gap=20),
   T("Program No. 114-302-25", 10, gap=4),
   T(pace("CLSI"), 9, c="grey", gap=18, w=0.85),
   SIG([["Beatrix Hollingsworth, MBA, MT(ASCP)", "Vice President, Education"]], gap=58),
   T("Certificate No. 0225-88412", 8, foot=True, c="grey")],
  "CLSI eLearning Certificate", "CLSI")

# ---------------------------------------------------------------- zc13
C("zc13", "state-society", "acroform",
  ["portrait", "acroform-fields", "format-line", "conference-session", "date-range-vs-session-date",
   "name-suffix", "long-title-wrap-then-label", "two-column-label-value"],
  "Regional society symposium form; 'Spring Symposium' is a format line (own line, not a field); session "
  "title filled in two fields; session date 04/11/2025 is the first day of the April 11-12 symposium. "
  "Filled with qpdf JSON update, flattened.",
  G("Dwayne A. Pettigrew Sr.",
    "Hemoglobinopathies Beyond Sickle Cell: HPLC and Capillary Electrophoresis Patterns You Should Know",
    "2025-04-11", 1.0, "contact hour", ["Tri-State Clinical Laboratory Society", "TSCLS"], "SS25-07"),
  {"orient": "P", "border": "double", "margin": 72, "top": 80, "bottom": 80, "vcenter": True, "font": "sans",
   "accent": "#7a3e00"},
  [T("Tri-State Clinical Laboratory Society", 18, b=True, c="accent", gap=0),
   T("Certificate of Attendance", 24, gap=18),
   T("This certifies that", 11, i=True, gap=22),
   T("Dwayne A. Pettigrew Sr., MLS(ASCP)", 18, b=True, gap=6, f="participant"),
   T("has attended the", 11, i=True, gap=12),
   T("Spring Symposium", 12, b=True, c="accent", gap=6),
   T("Hemoglobinopathies Beyond Sickle Cell: HPLC and Capillary", 13, b=True, gap=6, f="title_1"),
   T("Electrophoresis Patterns You Should Know", 13, b=True, gap=0, f="title_2"),
   KV([["Session Date:", F("session_date", "04/11/2025")],
       ["Contact Hours:", F("contact_hours", "1.0")],
       ["Session No.:", F("session_no", "SS25-07")]], lw=0.45, w=0.62, gap=10, la="r", size=11),
   T("Symposium held April 11\u201312, 2025, Wheeling, West Virginia", 9, c="grey", gap=14),
   T(pace("TSCLS"), 9, c="grey", gap=4, w=0.85),
   SIG([["Rochelle Baptiste-Yoder, MLS(ASCP)CM", "TSCLS Education Chair"]], gap=50)],
  "TSCLS Spring Symposium Certificate", "TSCLS")

# ---------------------------------------------------------------- zc14
C("zc14", "hospital-inservice", "fpdf",
  ["portrait", "letter-style", "left-aligned", "two-column-label-value", "department-as-provider",
   "safety-title", "two-signers", "ce-hours"],
  "Hospital laboratory education department in-service; provider is the institution and 'Institution, "
  "Department'. Employee ID and address are distractors; 'Class No.' is the activity ID.",
  G("Latoya Simone Brackett", "Chemical Hygiene and Fire Safety Update for Laboratory Staff", "2025-04-10", 1.0,
    "CE hour", ["Mercy Valley Regional Medical Center",
                "Mercy Valley Regional Medical Center, Laboratory Education Department"], "LAB-0425"),
  {"orient": "P", "margin": 72, "top": 72, "font": "sans", "align": "l", "accent": "#004b6b"},
  [T("Mercy Valley Regional Medical Center", 16, b=True, c="accent", gap=0),
   T("Laboratory Education Department", 11, gap=2),
   T("1400 Orchard Crest Drive, Fresno Springs, CA 93771", 9, c="grey", gap=2),
   RULE(w=1.0, gap=8, after=8),
   T("In-Service Education Record", 18, b=True, gap=18),
   KV([["Employee", "Latoya Simone Brackett, MLS(ASCP)CM"],
       ["Employee ID", "E-204418"],
       ["Class", "Chemical Hygiene and Fire Safety Update for Laboratory Staff"],
       ["Class No.", "LAB-0425"],
       ["Date Attended", "April 10, 2025"],
       ["CE Hours Awarded", "1.0"]], lw=0.3, gap=18, size=11, rowgap=7),
   T("This in-service was planned and presented by the Laboratory Education Department of Mercy Valley "
     "Regional Medical Center. Attendance was verified by the sign-in roster.", 10, gap=22),
   SIG([["Brenda K. Oyelaran, MS, MLS(ASCP)", "Laboratory Education Coordinator"],
        ["Thomas J. Whitlock, MD", "Medical Director, Clinical Laboratory"]], al="l", gap=64, sw=200),
   T("Form LED-07 (rev. 01/2025)", 8, foot=True, c="grey")],
  "In-Service Education Record", "Laboratory Education")

# ---------------------------------------------------------------- zc15
C("zc15", "public-health-lab", "rlcanvas",
  ["landscape", "centred-award", "single-border", "labels-above-values", "department-as-provider",
   "expiry-date-distractor", "hyphenated-name", "two-signers"],
  "Public health laboratory shipping training; Training Date | Training ID | Contact Hours | Valid Through "
  "labels above values; 'Valid Through' (expiry) is a distractor.",
  G("Oluwaseun Adebayo-Whitfield",
    "Packaging and Shipping Division 6.2 Infectious Substances and Exempt Patient Specimens",
    "2025-05-14", 3.0, "contact hour",
    ["Commonwealth Public Health Laboratory",
     "Commonwealth Public Health Laboratory, Division of Laboratory Training and Outreach"], "PHL-DG-0514"),
  {"orient": "L", "border": "single", "margin": 64, "top": 58, "bottom": 60, "vcenter": True, "accent": "#2b4c3f"},
  [T("Commonwealth Public Health Laboratory", 18, b=True, font="sans", c="accent", gap=0),
   T("Division of Laboratory Training and Outreach", 11, font="sans", gap=2),
   T("Certificate of Training", 28, b=True, gap=10),
   T("This certifies that", 12, i=True, gap=8),
   T("Oluwaseun Adebayo-Whitfield", 22, b=True, gap=4),
   T("has successfully completed", 12, i=True, gap=8),
   T("Packaging and Shipping Division 6.2 Infectious Substances and Exempt Patient Specimens", 15, b=True, gap=4),
   COLS(["Training Date", "Training ID", "Contact Hours", "Valid Through"],
        ["May 14, 2025", "PHL-DG-0514", "3.0", "May 14, 2027"], w=0.9, gap=14, size=12, underline=True),
   T("This training meets the function-specific training requirements of 49 CFR 172.704 and IATA DGR 1.5. "
     + pace("Commonwealth Public Health Laboratory"), 8.5, c="grey", gap=10, w=0.9),
   SIG([["Harriet O. Lindgren, MPH, SM(ASCP)", "Training Coordinator"],
        ["Curtis Mbwana, PhD, HCLD(ABB)", "Laboratory Director"]], gap=30)],
  "Certificate of Training", "CPHL")

# ---------------------------------------------------------------- zc16
C("zc16", "joint-accreditation", "platypus",
  ["portrait", "two-page", "centred-award", "several-credit-types", "credit-table", "series-name-in-title",
   "long-title-wrap-then-label", "department-as-provider", "honorific", "credentials-after-name"],
  "Jointly accredited grand rounds; 'Pathology Grand Rounds:' is part of the title. Credit table lists AMA "
  "PRA, ANCC, ACPE and P.A.C.E. - only P.A.C.E. is gold. Page 2 has the joint accreditation statement and a "
  "transcript print date (distractor).",
  G("Abigail Featherstonehaugh",
    "Pathology Grand Rounds: Validation of Whole-Slide Imaging for Primary Diagnosis in a Multisite "
    "Laboratory Network", "2025-03-05", 1.0, "contact hour",
    ["Lakeshore University Health System",
     "Lakeshore University Health System, Office of Continuing Professional Development"], "JA-25-0412"),
  {"orient": "P", "margin": 72, "top": 72, "border": "single", "accent": "#173f5f"},
  [T("Lakeshore University Health System", 17, b=True, c="accent", gap=0),
   T("Office of Continuing Professional Development", 11, gap=2),
   T("Certificate of Attendance", 24, b=True, gap=28),
   T("This certifies that", 11, i=True, gap=14),
   T("Dr. Abigail Featherstonehaugh, PhD, MB(ASCP)CM", 18, b=True, gap=8),
   T("attended the live activity", 11, i=True, gap=12),
   T(["Pathology Grand Rounds: Validation of Whole-Slide Imaging for Primary",
      "Diagnosis in a Multisite Laboratory Network"], 13.5, b=True, gap=6),
   T("Date of activity: March 5, 2025", 11, gap=3),
   T("Activity ID: JA-25-0412", 10, gap=4),
   TABLE(["Credit type", "Credits claimed"],
         [["AMA PRA Category 1 Credit\u2122", "1.0"], ["ANCC nursing contact hours", "1.0"],
          ["ACPE contact hours (knowledge-based)", "1.0"], ["P.A.C.E.\u00ae contact hours", "1.0"]],
         widths=[0.7, 0.3], w=0.7, gap=18),
   SIG([["Celeste N. Ambrose-Kim, MD", "Medical Director, Continuing Professional Development"]], gap=48),
   T("See page 2 for accreditation statements.", 8, foot=True, c="grey"),
   PB(),
   T("Accreditation Statements", 13, b=True, al="l", c="accent", gap=0),
   T("In support of improving patient care, Lakeshore University Health System is jointly accredited by the "
     "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
     "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education "
     "for the healthcare team.", 10, al="l", gap=10),
   T("Lakeshore University Health System designates this live activity for a maximum of 1.0 AMA PRA Category 1 "
     "Credit\u2122. Physicians should claim only the credit commensurate with the extent of their participation "
     "in the activity.", 10, al="l", gap=8),
   T("This activity is approved for 1.0 ANCC nursing contact hour and 1.0 ACPE contact hour "
     "(0.1 CEU, knowledge-based).", 10, al="l", gap=8),
   T(pace("Lakeshore University Health System") + " This activity is approved for 1.0 P.A.C.E.\u00ae "
     "contact hour.", 10, al="l", gap=8),
   T("Transcript printed 03/19/2025", 8, foot=True, c="grey")],
  "CPD Certificate", "LUHS CPD")

# ---------------------------------------------------------------- zc17
C("zc17", "university-ceu", "tcpdf",
  ["landscape", "centred-award", "double-border", "all-caps-name", "accented-name", "hyphenated-name",
   "small-table", "date-range", "ceu", "department-as-provider", "two-signers"],
  "University CE course spanning October 3-24: gold date is the last day; 0.6 CEU -> 6 points. Date awarded "
  "and student ID are distractors. 'Course No.' is the activity ID.",
  G("CATALINA M. ECHEVERR\u00cdA-PAZ",
    "Molecular Diagnostics Intensive: PCR, Sequencing, and Variant Interpretation", "2024-10-24", 0.6, "CEU",
    ["Halvorsen State University", "Halvorsen State University, School of Professional & Continuing Education"],
    "CLS 4105"),
  {"orient": "L", "border": "double", "margin": 72, "top": 84, "accent": "#6a1b1b"},
  [T("Halvorsen State University", 22, b=True, c="accent", gap=0),
   T("School of Professional & Continuing Education", 12, gap=2),
   T("Certificate of Completion", 28, gap=12),
   T("is awarded to", 12, i=True, gap=8),
   T("CATALINA M. ECHEVERR\u00cdA-PAZ", 22, b=True, gap=4),
   T("for successful completion of", 12, i=True, gap=8),
   T("Molecular Diagnostics Intensive: PCR, Sequencing, and Variant Interpretation", 16, b=True, gap=4),
   TABLE(["Course No.", "Course Dates", "Continuing Education Units"],
         [["CLS 4105", "October 3 \u2013 October 24, 2024", "0.6 CEU"]], widths=[0.25, 0.45, 0.3],
         aligns=["c", "c", "c"], w=0.75, gap=14),
   SIG([["Prof. Willem Osterhaus, PhD", "Dean, School of Professional & Continuing Education"],
        ["Janelle Whitford-Ames, MEd", "Registrar"]], gap=40, sw=230),
   T("Date awarded: November 1, 2024  \u00b7  Student ID H00417732", 8, foot=True, c="grey")],
  "Certificate of Completion", "HSU SPCE")

# ---------------------------------------------------------------- zc18
C("zc18", "vendor", "ps",
  ["portrait", "centred-award", "two-column-label-value", "date-range", "ce-hours", "serial-number-distractor",
   "hyphenated-name", "training-title"],
  "Vendor key-operator training over January 13-14 (gold = last day); instrument serial number and location "
  "are distractors; 'Training ID' is the activity ID; 12.0 CE hours.",
  G("Yusuf Karimi-Delacroix", "HX-900 Hematology Analyzer Key Operator Training", "2025-01-14", 12.0, "CE hour",
    ["Veridian Diagnostics, Inc."], "KOT-2501-07"),
  {"orient": "P", "border": "single", "margin": 72, "top": 84, "font": "sans", "accent": "#0d5c63"},
  [T("Veridian Diagnostics, Inc.", 20, b=True, c="accent", gap=0),
   T("Durham, North Carolina", 9, c="grey", gap=2),
   T("Certificate of Training", 26, b=True, gap=30),
   T("This certifies that", 11, i=True, gap=18),
   T("Yusuf Karimi-Delacroix", 20, b=True, gap=8),
   T("has successfully completed", 11, i=True, gap=14),
   T("HX-900 Hematology Analyzer Key Operator Training", 16, b=True, gap=6),
   KV([["Training dates:", "January 13\u201314, 2025"],
       ["Training ID:", "KOT-2501-07"],
       ["Location:", "Veridian Training Center, Durham, NC"],
       ["Instrument S/N:", "HX9-004471"],
       ["Continuing education:", "12.0 CE hours"]], lw=0.42, w=0.78, gap=26, la="r", size=11, rowgap=5),
   T("This certificate documents operator training only and does not confer certification by any "
     "credentialing agency.", 8.5, c="grey", gap=26, w=0.85),
   SIG([["Kenji Abernathy-Mori", "Senior Field Applications Specialist"],
        ["Dana L. Prescott", "Manager, Customer Education"]], gap=56)],
  "Key Operator Training Certificate", "Veridian Diagnostics")

# ---------------------------------------------------------------- zc19
C("zc19", "ascp", "acroform",
  ["portrait", "acroform-fields", "two-column-label-value", "long-title-wrap-then-label", "issuer-line",
   "credentials-after-name", "hyphenated-name"],
  "ASCP portal certificate built as a form: the course title is filled into two stacked fields and is directly "
  "followed by the 'Completion Date' row; 'Activity Number' is the activity ID; customer number and generation "
  "date are distractors.",
  G("Jonathan Q. Abernathy-Soto",
    "Quality Control in Practice: Applying Multirule Procedures on the Chemistry Bench", "2024-12-03", 1.5, "CMLE",
    ["American Society for Clinical Pathology", "ASCP"], "CMLE-24-7731"),
  {"orient": "P", "margin": 72, "top": 80, "font": "sans", "border": "single", "accent": "#14365d"},
  [T("ASCP", 32, b=True, c="accent", gap=0),
   T("American Society for Clinical Pathology", 12, gap=4),
   T("Certificate of Completion", 22, b=True, gap=30),
   KV([["Learner", F("learner", "Jonathan Q. Abernathy-Soto, MLS(ASCP)CM")],
       ["Course", [F("course_1", "Quality Control in Practice: Applying Multirule"),
                   F("course_2", "Procedures on the Chemistry Bench")]],
       ["Completion Date", F("completion_date", "12/03/2024")],
       ["CMLE Credits", F("cmle", "1.5")],
       ["Activity Number", F("activity_number", "CMLE-24-7731")]], lw=0.3, gap=30, size=12, rowgap=8),
   T("This activity is approved for 1.5 CMLE credits. ASCP CMLE credits are accepted by the ASCP Board of "
     "Certification for the Credential Maintenance Program.", 9, c="grey", gap=30, al="l"),
   SIG([["Margaret O. Thiessen, MD, FASCP", "Chair, Council on Continuing Education"]], al="l", gap=58),
   T("Certificate generated from the ASCP learning portal on 12/04/2024  \u00b7  Customer No. 10077312", 8,
     foot=True, c="grey")],
  "ASCP Certificate", "ASCP")

# ---------------------------------------------------------------- zc20
C("zc20", "aabb", "tcpdf",
  ["landscape", "centred-award", "issuer-line-over-heading", "meeting-attendance", "date-range", "all-caps-name",
   "hyphenated-name", "several-credit-types", "claimed-vs-maximum", "credit-table", "provider-with-and",
   "meeting-title"],
  "AABB annual-meeting attendance: title is the meeting name; date = last day of October 12-15; claimed "
  "P.A.C.E. 16.25 vs maximum 28.0; AMA PRA row is a distractor. The full name appears only in the "
  "accreditation paragraph; 'AABB' is the issuer line.",
  G("PHILIPPA J. NAKAGAWA-BROOKS", "AABB 2024 Annual Meeting", "2024-10-15", 16.25, "contact hour",
    ["Association for the Advancement of Blood & Biotherapies", "AABB"], None),
  {"orient": "L", "border": "double", "margin": 72, "top": 54, "accent": "#8a1538"},
  [T("AABB", 34, b=True, font="sans", c="accent", gap=0),
   T("Certificate of Attendance", 26, gap=4),
   T("This certifies that", 12, i=True, gap=8),
   T("PHILIPPA J. NAKAGAWA-BROOKS", 22, b=True, gap=4),
   T("attended the", 12, i=True, gap=6),
   T("AABB 2024 Annual Meeting", 20, b=True, gap=4),
   T("October 12\u201315, 2024  \u00b7  San Antonio, Texas", 11, gap=2),
   TABLE(["Credit type", "Maximum available", "Claimed"],
         [["P.A.C.E.\u00ae contact hours", "28.0", "16.25"], ["AMA PRA Category 1 Credits\u2122", "24.0", "12.0"]],
         widths=[0.5, 0.25, 0.25], w=0.66, gap=10, size=10),
   T("The Association for the Advancement of Blood & Biotherapies is approved as a provider of continuing "
     "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. AABB is "
     "accredited by the ACCME to provide continuing medical education for physicians.", 8.5, c="grey", gap=8,
     w=0.85),
   SIG([["Theodora Lindqvist, MS, MT(ASCP)SBB", "Director, Education Programs"]], gap=30),
   T("Registration No. AM24-118305  \u00b7  Certificate printed November 2, 2024", 8, foot=True, c="grey")],
  "AABB Annual Meeting Certificate", "AABB")

# ---------------------------------------------------------------- zc21
C("zc21", "cap", "html",
  ["portrait", "centred-award", "format-line", "long-title-wrap-then-label", "provider-only-in-accreditation-statement",
   "several-credit-types", "credentials-after-name"],
  "Certificate with no letterhead: the CAP appears only in the ACCME and P.A.C.E. accreditation statements "
  "('The College of American Pathologists (CAP) is accredited ...'). 'LIVE WEBINAR' is a format line; AMA PRA "
  "maximum is a distractor.",
  G("Shreya Balasubramanian",
    "Preparing for Inspection: Applying the Laboratory General and All Common Checklist Requirements in a "
    "Hospital Core Laboratory", "2025-08-20", 1.0, "contact hour", ["College of American Pathologists", "CAP"],
    "W25-1147"),
  {"orient": "P", "margin": 72, "top": 80, "bottom": 72, "vcenter": True, "border": "single", "accent": "#00467f"},
  [T("Certificate of Attendance", 30, b=True, c="accent", gap=0),
   T("Shreya Balasubramanian, MLS(ASCP)CM", 22, b=True, gap=30),
   T("attended the", 12, i=True, gap=14),
   T("LIVE WEBINAR", 11, b=True, font="sans", c="accent", gap=8, css="letter-spacing:0.18em;"),
   T(["Preparing for Inspection: Applying the Laboratory General and All Common",
      "Checklist Requirements in a Hospital Core Laboratory"], 14, b=True, gap=6),
   T("Date of attendance: August 20, 2025", 11, gap=4),
   T("Activity No. W25-1147", 10, gap=4),
   T("Credits earned: 1.0 P.A.C.E.\u00ae contact hour", 12, b=True, gap=20),
   RULE(w=1.0, gap=40, after=6, c="grey", lw=0.5),
   T("Accreditation", 10, b=True, al="l", font="sans", gap=4),
   T("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing "
     "Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates this "
     "live activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122. Physicians should claim only the "
     "credit commensurate with the extent of their participation in the activity.", 9, al="l", gap=4),
   T("The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by "
     "the ASCLS P.A.C.E.\u00ae Program.", 9, al="l", gap=6)],
  "Certificate of Attendance", "")

# ---------------------------------------------------------------- zc22
C("zc22", "ascls", "docx",
  ["portrait", "centred-award", "labels-above-values", "format-line", "long-title-wrap", "hyphenated-name",
   "credentials-after-name"],
  "ASCLS on-demand webinar: Participant | Date Completed | P.A.C.E. Contact Hours as labels above values; "
  "'On-Demand Webinar' is a format line; 'P.A.C.E.® Program Number:' is the activity ID; member ID is a "
  "distractor.",
  G("Tamsin Oyelowo-Grant",
    "Leading Through Staffing Shortages: Recruitment and Retention Strategies for Clinical Laboratories",
    "2024-12-11", 1.0, "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"], "101-884-24"),
  {"orient": "P", "margin": 66, "top": 90, "border": "double", "accent": "#0b4f6c"},
  [T("American Society for Clinical Laboratory Science", 16, b=True, c="accent", gap=0),
   T("Certificate of Completion", 26, b=True, gap=20),
   COLS(["Participant", "Date Completed", "P.A.C.E.\u00ae Contact Hours"],
        ["Tamsin Oyelowo-Grant, MLS(ASCP)CM", "12/11/2024", "1.0"], gap=30, size=12, widths=[0.5, 0.22, 0.28]),
   T("has completed the", 11, i=True, gap=26),
   T("On-Demand Webinar", 11, b=True, font="sans", c="accent", gap=8),
   T(["Leading Through Staffing Shortages: Recruitment and Retention",
      "Strategies for Clinical Laboratories"], 15, b=True, gap=6),
   T("P.A.C.E.\u00ae Program Number: 101-884-24", 10, gap=18),
   T(pace("ASCLS"), 9, c="grey", gap=8, w=0.85),
   SIG([["Nicole P. Arceneaux, MHA, MLS(ASCP)CM", "Director of Education"]], gap=54),
   T("Member ID 3320917", 8, foot=True, c="grey")],
  "ASCLS Certificate of Completion", "ASCLS")

# ---------------------------------------------------------------- zc23
C("zc23", "pace-provider", "rlcanvas",
  ["portrait", "centred-award", "double-border", "letter-spaced-name", "all-caps-name", "date-range",
   "provider-only-in-accreditation-statement", "program-no-without-colon", "two-signers"],
  "Two-day workshop by a P.A.C.E.-approved network named only in the closing accreditation sentence; the name "
  "is letter-spaced capitals (gold without the spacing); credentials on a separate line; date = last day of "
  "May 16-17. Certificate number is a distractor.",
  G("ELENA VOSTRIKOVA", "Antibody Identification Workshop: Panels, Rule-Outs, and Selected Cells", "2025-05-17",
    6.0, "contact hour", ["Sierra Foothills Laboratory Education Network"], "317-552-25"),
  {"orient": "P", "border": "double", "margin": 72, "top": 100, "accent": "#3a4f1f"},
  [T("CERTIFICATE OF COMPLETION", 24, b=True, c="accent", gap=0),
   T("This certifies that", 12, i=True, gap=36),
   T("ELENA VOSTRIKOVA", 20, b=True, gap=14, ls=True),
   T("MLS(ASCP)CM, SBB(ASCP)", 10, c="grey", gap=4),
   T("has completed the two-day workshop", 12, i=True, gap=22),
   T("Antibody Identification Workshop: Panels, Rule-Outs, and Selected Cells", 14, b=True, gap=8),
   T("May 16\u201317, 2025  \u00b7  Sacramento, California", 11, gap=8),
   T("6.0 P.A.C.E.\u00ae contact hours", 13, b=True, gap=22),
   T("Program No. 317-552-25", 10, gap=6),
   SIG([["Marguerite Okafor, MS, MLS(ASCP)SBB", "Workshop Director"],
        ["Felix Haraldsen, MT(ASCP)", "Continuing Education Coordinator"]], gap=70, sw=190),
   T(pace("Sierra Foothills Laboratory Education Network"), 8.5, c="grey", gap=40, w=0.9),
   T("Certificate #SF-25-00214", 8, foot=True, c="grey")],
  "Workshop Certificate", "SFLEN")

# ---------------------------------------------------------------- zc24
C("zc24", "labce", "platypus",
  ["portrait", "two-column-label-value", "issuer-line-over-heading", "safety-title", "several-credit-types",
   "hyphenated-name"],
  "LabCE label/value certificate; the Florida board hours line repeats the figure (state figure, not a "
  "distractor value); customer ID is a distractor.",
  G("Kwame Asante-Boateng", "Blood Bank Safety: Preventing Wrong Blood in Tube Errors", "2025-03-28", 1.5,
    "contact hour", ["LabCE"], "1452"),
  {"orient": "P", "margin": 80, "top": 120, "font": "sans", "align": "l", "border": "single", "accent": "#0a6e8a"},
  [T("LabCE", 28, b=True, c="accent", gap=0),
   T("Certificate of Completion", 16, gap=4),
   RULE(w=1.0, gap=8, after=4),
   KV([["Participant:", "Kwame Asante-Boateng, MLS(ASCP)CM"],
       ["Course:", "Blood Bank Safety: Preventing Wrong Blood in Tube Errors"],
       ["Course Number:", "1452"],
       ["Completed:", "2025-03-28"],
       ["P.A.C.E.\u00ae Contact Hours:", "1.5"],
       ["Customer ID:", "LC-7730192"]], lw=0.36, gap=24, size=11),
   T(pace("LabCE"), 9, c="grey", gap=28),
   T("Florida Board of Clinical Laboratory Personnel: this course is approved for 1.5 hours of Florida CE "
     "credit in Immunohematology.", 9, c="grey", gap=6),
   T("Verify this certificate at labce.com/verify using the customer ID above.", 8, foot=True, c="grey")],
  "LabCE Certificate", "LabCE")

# ---------------------------------------------------------------- zc25
C("zc25", "medialab", "acroform",
  ["landscape", "acroform-fields", "labels-above-values", "safety-title", "long-title-wrap", "issuer-line"],
  "MediaLab form certificate filled and flattened; title in two fields; Completion Date | Course Number | "
  "Contact Hours as labels above filled values; order number is a distractor.",
  G("Margarethe Oduya",
    "Laboratory Safety: Bloodborne Pathogens, Exposure Control, and Post-Exposure Follow-Up", "2025-08-15", 1.0,
    "contact hour", ["MediaLab, Inc.", "MediaLab"], "ML-3097"),
  {"orient": "L", "border": "single", "margin": 72, "top": 64, "bottom": 64, "vcenter": True, "font": "sans",
   "accent": "#3b2f80"},
  [T("MediaLab, Inc.", 20, b=True, c="accent", gap=0),
   T("Certificate of Completion", 26, gap=8),
   T("This document certifies that", 11, i=True, gap=16),
   T("Margarethe Oduya, MT(ASCP)", 20, b=True, gap=6, f="learner"),
   T("has completed the online course", 11, i=True, gap=12),
   T("Laboratory Safety: Bloodborne Pathogens, Exposure Control, and", 15, b=True, gap=6, f="course_1"),
   T("Post-Exposure Follow-Up", 15, b=True, gap=0, f="course_2"),
   COLS(["Completion Date", "Course Number", "Contact Hours"],
        [F("completion_date", "08/15/2025"), F("course_number", "ML-3097"), F("contact_hours", "1.0")],
        w=0.7, gap=18, size=12, underline=True),
   T(pace("MediaLab"), 9, c="grey", gap=18, w=0.8),
   T("Order #MLB-2208-4471", 8, foot=True, c="grey")],
  "MediaLab Certificate", "MediaLab")

# ---------------------------------------------------------------- zc26
C("zc26", "adlm", "fpdf",
  ["portrait", "centred-award", "format-line", "long-title-wrap-then-label", "accented-name", "pre-2024-name-aacc"],
  "AACC (pre-2024 name of ADLM) on-demand activity, 2023; 'On-Demand' is a format line; ACCENT contact hours "
  "1.25.",
  G("Bj\u00f6rn Halvardsen",
    "Pediatric Reference Intervals: Establishing and Verifying Age-Partitioned Limits for Common Chemistry Analytes",
    "2023-08-12", 1.25, "contact hour", ["American Association for Clinical Chemistry", "AACC"], "23-LL-0812"),
  {"orient": "P", "margin": 70, "top": 80, "bottom": 76, "vcenter": True, "border": "single", "accent": "#006f51"},
  [T("American Association for Clinical Chemistry", 16, b=True, c="accent", gap=0),
   T("AACC Learning Lab", 11, font="sans", c="grey", gap=4),
   T("Certificate of Completion", 26, b=True, gap=28),
   T("This certifies that", 11, i=True, gap=16),
   T("Bj\u00f6rn Halvardsen, MS, MLS(ASCP)CM", 19, b=True, gap=8),
   T("has completed", 11, i=True, gap=14),
   T("On-Demand", 11, b=True, font="sans", c="accent", gap=8),
   T(["Pediatric Reference Intervals: Establishing and Verifying",
      "Age-Partitioned Limits for Common Chemistry Analytes"], 14, b=True, gap=6),
   T("Completion date: August 12, 2023", 11, gap=3),
   T("ACCENT\u00ae contact hours: 1.25", 12, b=True, gap=18),
   T("Activity ID: 23-LL-0812", 10, gap=4),
   T("AACC designates this activity for 1.25 ACCENT\u00ae contact hours. ACCENT\u00ae is AACC's continuing "
     "education credit program.", 9, c="grey", gap=18, w=0.85),
   SIG([["Priscilla Van Houten, PhD, DABCC", "Chair, Education Core Committee"]], gap=56)],
  "AACC Learning Lab Certificate", "AACC")

# ---------------------------------------------------------------- zc27
C("zc27", "nsh", "ps",
  ["landscape", "centred-award", "double-border", "format-line", "long-title-wrap-then-label",
   "grossing-title", "orientation-in-title", "program-no-without-colon", "accented-name", "hyphenated-name"],
  "NSH webinar: 'LIVE WEBINAR' is the format line; the real title contains both 'Grossing' and 'Orientation'; "
  "'Program No. 108-440-24' shares a line with the contact hour.",
  G("Siobh\u00e1n N\u00ed Bhriain-Costa",
    "Grossing Small Biopsies: Orientation, Inking, and Embedding to Preserve Diagnostic Tissue", "2024-10-15", 1.0,
    "contact hour", ["National Society for Histotechnology", "NSH"], "108-440-24"),
  {"orient": "L", "border": "double", "margin": 72, "top": 60, "bottom": 72, "vcenter": True, "accent": "#6b1d3a"},
  [T("National Society for Histotechnology", 16, b=True, c="accent", gap=0),
   T("Certificate of Attendance", 30, b=True, gap=8),
   T("presented to", 12, i=True, gap=12),
   T("Siobh\u00e1n N\u00ed Bhriain-Costa, HT(ASCP)", 22, b=True, gap=6),
   T("for participation in the", 12, i=True, gap=10),
   T("LIVE WEBINAR", 11, b=True, font="sans", c="accent", gap=6),
   T(["Grossing Small Biopsies: Orientation, Inking, and Embedding to",
      "Preserve Diagnostic Tissue"], 16, b=True, gap=4),
   T("Webinar date: October 15, 2024", 11, gap=3),
   T("1.0 contact hour  \u00b7  Program No. 108-440-24", 11, gap=6),
   T(pace("NSH"), 8.5, c="grey", gap=10),
   SIG([["Ingrid Solvang-Marsh, HT(ASCP)", "Chair, Education Committee"]], gap=34)],
  "NSH Webinar Certificate", "NSH")

# ---------------------------------------------------------------- zc28
C("zc28", "amt", "fodt",
  ["portrait", "labels-above-values", "format-line", "long-title-wrap", "ethics-title", "hyphenated-name",
   "credentials-after-name"],
  "AMT self-study: labels above values twice (Participant | Date of Completion, then Course No. | Contact Hours "
  "| AMT Member No.); 'Self-Study Module' is a format line; the member number is a distractor.",
  G("Esperanza Villalobos-Trent",
    "Professional Ethics and Patient Confidentiality for Medical Laboratory Personnel", "2024-06-21", 2.0,
    "contact hour", ["American Medical Technologists", "AMT"], "24-0317"),
  {"orient": "P", "margin": 72, "top": 130, "border": "single", "font": "sans", "accent": "#1c3f6e"},
  [T("American Medical Technologists", 18, b=True, c="accent", gap=0),
   T("Certificate of Continuing Education", 22, gap=14),
   COLS(["Participant", "Date of Completion"], ["Esperanza Villalobos-Trent, MT(AMT)", "June 21, 2024"],
        gap=30, size=12),
   T("has completed the", 11, i=True, gap=26),
   T("Self-Study Module", 11, b=True, c="accent", gap=8),
   T(["Professional Ethics and Patient Confidentiality for Medical",
      "Laboratory Personnel"], 15, b=True, gap=6),
   COLS(["Course No.", "Contact Hours", "AMT Member No."], ["24-0317", "2.0", "0390772"], gap=28, size=12),
   T(pace("AMT"), 9, c="grey", gap=26, w=0.85),
   SIG([["Lorraine Castellanos-Pike, MT(AMT)", "Director, Continuing Education"]], gap=54)],
  "AMT CE Certificate", "AMT")

# ---------------------------------------------------------------- zc29
C("zc29", "asm", "rlcanvas",
  ["landscape", "centred-award", "conference-session", "date-range-vs-session-date", "small-table", "honorific",
   "credentials-after-name", "hyphenated-name", "provider-with-for"],
  "ASM Microbe session certificate; meeting June 19-23, session date June 21 in the table (gold). 'Session' "
  "column holds the activity ID 214; badge number is a distractor.",
  G("Amara Nwachukwu-Fitzgerald", "Rapid Blood Culture Identification Panels and Antimicrobial Stewardship Outcomes",
    "2025-06-21", 1.5, "contact hour", ["American Society for Microbiology", "ASM"], "214"),
  {"orient": "L", "border": "single", "margin": 72, "top": 60, "bottom": 64, "vcenter": True, "accent": "#005a70"},
  [T("American Society for Microbiology", 16, b=True, font="sans", c="accent", gap=0),
   T("ASM Microbe 2025  \u00b7  June 19\u201323, 2025  \u00b7  Atlanta, Georgia", 11, c="grey", gap=4),
   T("Certificate of Session Attendance", 26, b=True, gap=12),
   T("This certifies that", 12, i=True, gap=10),
   T("Dr. Amara Nwachukwu-Fitzgerald, PhD, D(ABMM)", 20, b=True, gap=6),
   T("attended", 12, i=True, gap=8),
   T("Rapid Blood Culture Identification Panels and Antimicrobial Stewardship Outcomes", 15, b=True, gap=6),
   TABLE(["Session", "Session Date", "P.A.C.E.\u00ae Contact Hours"], [["214", "Saturday, June 21, 2025", "1.5"]],
         widths=[0.25, 0.45, 0.3], aligns=["c", "c", "c"], w=0.6, gap=14),
   T(pace("ASM"), 8.5, c="grey", gap=12),
   SIG([["Miriam Castellano-Reyes, PhD", "Director, Professional Development"]], gap=34),
   T("Badge No. 55120847", 8, foot=True, c="grey")],
  "ASM Microbe Session Certificate", "ASM")

# ---------------------------------------------------------------- zc30
C("zc30", "clsi", "docx",
  ["portrait", "centred-award", "format-line", "long-title-wrap-then-label", "accented-name", "hyphenated-name",
   "credentials-after-name", "provider-with-and"],
  "CLSI live virtual session; 'Live Virtual Session' is a format line; wrapped title then 'Date of "
  "completion:'; 'Offering No.' is the activity ID, sharing a line with the hours; certificate number is a "
  "distractor.",
  G("Magdalena S\u00f8rensen-Achterberg",
    "Verification of Commercial Microbial Identification and Antimicrobial Susceptibility Testing Systems",
    "2025-09-25", 3.0, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], "LV-2509-03"),
  {"orient": "P", "margin": 70, "top": 96, "border": "single", "font": "sans", "accent": "#00587c"},
  [T("Clinical and Laboratory Standards Institute", 16, b=True, c="accent", gap=0),
   T("Certificate of Completion", 26, gap=22),
   T("This certifies that", 11, i=True, gap=20),
   T("Magdalena S\u00f8rensen-Achterberg, MLS(ASCP)CM, SM(ASCP)", 17, b=True, gap=8),
   T("has completed the", 11, i=True, gap=14),
   T("Live Virtual Session", 11, b=True, c="accent", gap=8),
   T(["Verification of Commercial Microbial Identification and Antimicrobial",
      "Susceptibility Testing Systems"], 13, b=True, gap=6),
   T("Date of completion: September 25, 2025", 11, gap=3),
   T("Offering No. LV-2509-03   \u00b7   3.0 P.A.C.E.\u00ae contact hours", 11, b=True, gap=18),
   T(pace("CLSI"), 9, c="grey", gap=18, w=0.85),
   SIG([["Beatrix Hollingsworth, MBA, MT(ASCP)", "Vice President, Education"]], gap=54),
   T("Certificate number 2509-03-11874", 8, foot=True, c="grey")],
  "CLSI Live Virtual Session Certificate", "CLSI")

# ---------------------------------------------------------------- zc31
C("zc31", "state-society", "html",
  ["portrait", "centred-award", "format-line", "labels-above-values", "letter-spaced-name", "all-caps-name",
   "hyphenated-name", "provider-only-in-accreditation-statement", "program-no-without-colon",
   "presented-by-speaker"],
  "Regional society webinar: no letterhead; provider named in the P.A.C.E. sentence (full name + CALP) and the "
  "signer's title; the participant's name is letter-spaced capitals in a labels-above-values row; presenter is "
  "a distractor.",
  G("SAMUEL OKAFOR-LINDQVIST",
    "Point-of-Care Testing Oversight: Competency Assessment Across Nursing Units and Outpatient Clinics",
    "2025-03-19", 1.0, "contact hour", ["Carolinas Association of Laboratory Professionals", "CALP"], "415-207-25"),
  {"orient": "P", "margin": 72, "top": 80, "bottom": 80, "vcenter": True, "border": "double", "accent": "#2f4858"},
  [T("Certificate of Participation", 28, b=True, c="accent", gap=0),
   T("LIVE WEBINAR", 11, b=True, font="sans", gap=30, css="letter-spacing:0.2em;"),
   T(["Point-of-Care Testing Oversight: Competency Assessment Across",
      "Nursing Units and Outpatient Clinics"], 15, b=True, gap=6),
   COLS(["Participant", "Webinar Date", "Contact Hours"],
        [{"v": "SAMUEL OKAFOR-LINDQVIST", "ls": True}, "March 19, 2025", "1.0"], gap=26, size=11.5,
        underline=True, widths=[0.58, 0.24, 0.18], w=1.04),
   T("Program No. 415-207-25", 10, gap=18),
   T("presented by Harriet Vandersloot, MS, MLS(ASCP)CM, Point-of-Care Coordinator, Piedmont Ridge Health", 9,
     i=True, gap=6),
   SIG([["Anita Brookshire-Vale, MLS(ASCP)", "CALP Continuing Education Chair"]], gap=56),
   T("Carolinas Association of Laboratory Professionals (CALP) is approved as a provider of continuing education "
     "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", 9, c="grey", gap=40,
     w=0.9)],
  "Webinar Certificate", "")

# ---------------------------------------------------------------- zc32
C("zc32", "hospital-inservice", "docx",
  ["portrait", "letter-style", "left-aligned", "name-inside-sentence", "two-column-label-value",
   "department-as-provider", "orientation-title", "ce-hours", "employee-number-distractor"],
  "Education-council verification letter; the name sits inside a sentence; the course is a real orientation "
  "course (title contains 'Orientation'); no activity number; employee number and letter date are distractors.",
  G("Kaitlyn Marie O'Shaughnessy",
    "New Employee Orientation: Specimen Receipt, Labeling, and Rejection Criteria", "2025-06-24", 2.0, "CE hour",
    ["St. Brigid Regional Health", "St. Brigid Regional Health, Laboratory Education Council"], None),
  {"orient": "P", "margin": 72, "top": 72, "align": "l", "accent": "#4a2c6d"},
  [T("St. Brigid Regional Health", 17, b=True, c="accent", gap=0),
   T("Laboratory Education Council", 11, gap=2),
   RULE(w=1.0, gap=8, after=6),
   T("June 30, 2025", 11, gap=20),
   T("To whom it may concern:", 11, gap=18),
   T("This letter verifies that Kaitlyn Marie O'Shaughnessy, MLT(ASCP), Employee No. 118204, completed the "
     "following continuing education activity presented by the Laboratory Education Council:", 11, gap=12),
   KV([["Activity:", "New Employee Orientation: Specimen Receipt, Labeling, and Rejection Criteria"],
       ["Date completed:", "06/24/2025"],
       ["CE hours:", "2.0"],
       ["Presented by:", "Rosa Delgado-Whitman, MLS(ASCP)CM, Processing Supervisor"]], lw=0.25, w=0.92, gap=14,
      size=11, rowgap=4),
   T("The Laboratory Education Council maintains attendance records for three years. Please contact the "
     "council office with any questions.", 11, gap=14),
   T("Sincerely,", 11, gap=18),
   SIG([["Desmond A. Fairweather, MBA, MLS(ASCP)CM", "Chair, Laboratory Education Council"]], al="l", gap=40,
       sw=240)],
  "Verification of CE", "Laboratory Education Council")

# ---------------------------------------------------------------- zc33
C("zc33", "public-health-lab", "tcpdf",
  ["portrait", "centred-award", "two-column-label-value", "date-range", "long-title-wrap", "department-as-provider",
   "accented-name", "hyphenated-name", "two-signers", "training-title"],
  "State public health laboratory sentinel training over February 4-5 (gold = last day); 'Course No.' is the "
  "activity ID; location row is a distractor.",
  G("Marisol Etxeberria-Nakamura",
    "Sentinel Laboratory Training: Recognizing, Ruling Out, and Referring Suspected Bioterrorism Agents",
    "2025-02-05", 7.0, "contact hour",
    ["Northwind State Public Health Laboratory",
     "Northwind State Public Health Laboratory, Office of Laboratory Preparedness"], "LRN-S-25-03"),
  {"orient": "P", "margin": 72, "top": 80, "border": "single", "accent": "#2b4c3f"},
  [T("Northwind State Public Health Laboratory", 16, b=True, c="accent", gap=0),
   T("Office of Laboratory Preparedness", 11, gap=2),
   T("Certificate of Completion", 24, b=True, gap=24),
   T("awarded to", 11, i=True, gap=14),
   T("Marisol Etxeberria-Nakamura, MLS(ASCP)CM", 18, b=True, gap=6),
   T("for completion of", 11, i=True, gap=12),
   T(["Sentinel Laboratory Training: Recognizing, Ruling Out, and Referring",
      "Suspected Bioterrorism Agents"], 11.5, b=True, gap=6),
   KV([["Course No.", "LRN-S-25-03"], ["Dates", "February 4\u20135, 2025"],
       ["Location", "Northwind State Public Health Laboratory, Training Room B"],
       ["Credit", "7.0 P.A.C.E.\u00ae contact hours"]], lw=0.25, w=0.8, gap=20, size=10.5),
   T(pace("Northwind State Public Health Laboratory"), 9, c="grey", gap=16, w=0.85),
   SIG([["Yolanda Birchfield, MS, SM(ASCP)", "Bioterrorism Response Coordinator"],
        ["Arjun Mehrotra, PhD, D(ABMM)", "Laboratory Director"]], gap=54)],
  "Sentinel Training Certificate", "NSPHL")

# ---------------------------------------------------------------- zc34
C("zc34", "joint-accreditation", "acroform",
  ["portrait", "acroform-fields", "two-column-label-value", "several-credit-types", "claimed-vs-maximum",
   "credit-table", "long-title-wrap-then-label", "department-as-provider"],
  "Children's hospital CME office form (joint accreditation). Credit table: maximum 2.0 vs claimed 1.5 for AMA "
  "PRA, ANCC and P.A.C.E.; gold is the claimed P.A.C.E. figure. 'Activity:' holds the title, 'Activity ID:' "
  "the ID.",
  G("Hollis R. Vantongeren",
    "Pediatric Transfusion Practice: Neonatal Exchange Transfusion and Small-Volume Aliquots", "2024-11-14", 1.5,
    "contact hour", ["Pinecrest Children's Hospital", "Pinecrest Children's Hospital, Office of Continuing Medical Education"],
    "PCH-24-1114"),
  {"orient": "P", "margin": 72, "top": 76, "bottom": 76, "vcenter": True, "font": "sans", "border": "single",
   "accent": "#1d5c8c"},
  [T("Pinecrest Children's Hospital", 18, b=True, c="accent", gap=0),
   T("Office of Continuing Medical Education", 11, gap=2),
   T("Certificate of Attendance", 22, b=True, gap=24),
   KV([["Name:", F("name", "Hollis R. Vantongeren, MLS(ASCP)CM")],
       ["Activity:", [F("activity_1", "Pediatric Transfusion Practice: Neonatal Exchange"),
                      F("activity_2", "Transfusion and Small-Volume Aliquots")]],
       ["Date:", F("date", "11/14/2024")],
       ["Activity ID:", F("activity_id", "PCH-24-1114")]], lw=0.2, gap=22, size=11.5, rowgap=6),
   TABLE(["Credit type", "Maximum", "Claimed"],
         [["AMA PRA Category 1 Credits\u2122", "2.0", F("ama_claimed", "1.5")],
          ["ANCC nursing contact hours", "2.0", F("ancc_claimed", "1.5")],
          ["P.A.C.E.\u00ae contact hours", "2.0", F("pace_claimed", "1.5")]],
         widths=[0.56, 0.22, 0.22], w=0.8, gap=22),
   T("In support of improving patient care, Pinecrest Children's Hospital is jointly accredited by the "
     "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
     "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for "
     "the healthcare team. Pinecrest Children's Hospital designates this live activity for a maximum of 2.0 AMA "
     "PRA Category 1 Credits\u2122. " + pace("Pinecrest Children's Hospital"), 8.5, c="grey", gap=22, al="l"),
   SIG([["Evangeline T. Marsh, MD", "Director, Continuing Medical Education"]], gap=50)],
  "CME Certificate", "PCH CME")

# ---------------------------------------------------------------- zc35
C("zc35", "university-ceu", "ps",
  ["portrait", "centred-award", "ornate-border", "date-range", "ceu", "department-as-provider", "long-title-wrap",
   "hyphenated-name", "two-signers", "conferral-date-distractor"],
  "University CE course January 8 - February 26 (gold = last day); 1.2 CEUs -> 12 points; the conferral date "
  "and student ID are distractors; the CEU definition footnote mentions contact hours but gives no figure.",
  G("Dmitri A. Kovalenko-Haynes",
    "Clinical Laboratory Management: Budgeting, Staffing, and Regulatory Compliance", "2025-02-26", 1.2, "CEU",
    ["Eastbrook University", "Eastbrook University, College of Health Sciences"], "CLM-510"),
  {"orient": "P", "border": "ornate", "margin": 76, "top": 100, "accent": "#3d2b56"},
  [T("Eastbrook University", 26, b=True, c="accent", gap=0),
   T("College of Health Sciences", 12, gap=4),
   T("Certificate of Completion", 26, gap=30),
   T("This is to certify that", 12, i=True, gap=20),
   T("Dmitri A. Kovalenko-Haynes", 22, b=True, gap=10),
   T("has satisfactorily completed the continuing education course", 12, i=True, gap=16),
   T(["Clinical Laboratory Management: Budgeting, Staffing, and", "Regulatory Compliance"], 15, b=True, gap=8),
   T("Course dates: January 8 \u2013 February 26, 2025", 11, gap=10),
   T("and is awarded 1.2 Continuing Education Units (CEUs)", 12, b=True, gap=14),
   T("Course No. CLM-510", 10, gap=6),
   SIG([["Constance Oduya-Brandt, PhD", "Dean, College of Health Sciences"],
        ["Raymond T. Silvestri, MS, MLS(ASCP)", "Program Director"]], gap=66, sw=180),
   T("One CEU equals ten contact hours of participation in an organized continuing education experience.", 8.5,
     c="grey", gap=34),
   T("Conferred March 7, 2025  \u00b7  Student ID E0092173", 8, foot=True, c="grey")],
  "Certificate of Completion", "Eastbrook University")

# ---------------------------------------------------------------- zc36
C("zc36", "vendor", "platypus",
  ["landscape", "centred-award", "format-line", "labels-above-values", "provider-inc-suffix", "hyphenated-name"],
  "Vendor educational webinar; 'Live Virtual Session' is a format line; Session Date | Program No. | P.A.C.E. "
  "Contact Hours as labels above values; customer number is a distractor.",
  G("Priya Raghunathan-Ellis", "Syndromic Respiratory Panels: Result Interpretation and Reporting", "2025-01-22",
    1.0, "contact hour", ["Halcyon Molecular Systems, Inc."], "588-120-25"),
  {"orient": "L", "border": "single", "margin": 72, "top": 100, "font": "sans", "accent": "#12505f"},
  [T("Halcyon Molecular Systems, Inc.", 16, b=True, c="accent", gap=0),
   T("Certificate of Attendance", 28, gap=10),
   T("This certifies that", 11, i=True, gap=12),
   T("Priya Raghunathan-Ellis, MB(ASCP)CM", 21, b=True, gap=6),
   T("attended the", 11, i=True, gap=10),
   T("Live Virtual Session", 11, b=True, c="accent", gap=6),
   T("Syndromic Respiratory Panels: Result Interpretation and Reporting", 16, b=True, gap=4),
   COLS(["Session Date", "Program No.", "P.A.C.E.\u00ae Contact Hours"], ["January 22, 2025", "588-120-25", "1.0"],
        w=0.8, gap=18, size=12, underline=True),
   SIG([["Renata Voskuijlen, PhD", "Director, Scientific Affairs"]], gap=40),
   T(pace("Halcyon Molecular Systems, Inc.") + " This educational program is non-promotional.", 8.5, c="grey",
     gap=22, w=0.85),
   T("Customer No. HMS-C-004417", 8, foot=True, c="grey")],
  "Halcyon Education Certificate", "Halcyon Molecular Systems")

# ---------------------------------------------------------------- zc37
C("zc37", "ascp", "fpdf",
  ["landscape", "centred-award", "double-border", "meeting-attendance", "date-range", "all-caps-name",
   "hyphenated-name", "several-credit-types", "claimed-vs-maximum", "meeting-title", "two-column-label-value"],
  "ASCP annual-meeting attendance: title is the meeting name; date = last day of October 9-11; CMLE claimed "
  "15.5 vs maximum 18.0; the AMA PRA maximum in the statement is a distractor; registration ID is a distractor.",
  G("HENRIETTA A. MBEKI-LARSSON", "ASCP 2024 Annual Meeting", "2024-10-11", 15.5, "CMLE",
    ["American Society for Clinical Pathology", "ASCP"], None),
  {"orient": "L", "border": "double", "margin": 72, "top": 60, "bottom": 70, "vcenter": True, "accent": "#14365d",
   "seal": {"text": ["ASCP", "2024"], "pos": "br", "y": 98}},
  [T("American Society for Clinical Pathology", 18, b=True, c="accent", gap=0),
   T("Certificate of Attendance", 30, b=True, gap=8),
   T("This is to certify that", 12, i=True, gap=10),
   T("HENRIETTA A. MBEKI-LARSSON", 22, b=True, gap=6),
   T("attended the", 12, i=True, gap=8),
   T("ASCP 2024 Annual Meeting", 20, b=True, gap=4),
   T("October 9\u201311, 2024  \u00b7  Denver, Colorado", 11, gap=4),
   KV([["CMLE credits claimed:", "15.5"], ["Maximum CMLE credits available:", "18.0"]], lw=0.6, w=0.5, gap=10,
      la="r", size=11),
   T("ASCP is accredited by the Accreditation Council for Continuing Medical Education to provide continuing "
     "medical education for physicians. ASCP designates this live activity for a maximum of 18.0 AMA PRA "
     "Category 1 Credits\u2122. ASCP CMLE credit is accepted by the ASCP Board of Certification.", 8.5, c="grey",
     gap=8, w=0.85),
   SIG([["Margaret O. Thiessen, MD, FASCP", "Chair, Council on Continuing Education"]], gap=30),
   T("Meeting Registration ID: AM24-093381", 8, foot=True, c="grey")],
  "ASCP 2024 Annual Meeting Certificate", "ASCP")

# ---------------------------------------------------------------- zc38
C("zc38", "state-society", "fodt",
  ["portrait", "centred-award", "small-table", "provider-with-for", "hyphenated-name"],
  "Regional society webinar; small table Program No. | Date | Contact Hours; the short form CBSCLS appears in "
  "the P.A.C.E. sentence.",
  G("Fatima Zahra El-Amrani", "Laboratory Stewardship: Reducing Duplicate and Low-Value Test Orders", "2025-04-29",
    1.0, "contact hour", ["Chesapeake Bay Society for Clinical Laboratory Science", "CBSCLS"], "221-905-25"),
  {"orient": "P", "margin": 72, "top": 140, "border": "double", "accent": "#1b4965"},
  [T("Chesapeake Bay Society for Clinical Laboratory Science", 15, b=True, c="accent", gap=0),
   T("Certificate of Completion", 26, gap=26),
   T("awarded to", 11, i=True, gap=18),
   T("Fatima Zahra El-Amrani", 20, b=True, gap=8),
   T("for the webinar", 11, i=True, gap=14),
   T("Laboratory Stewardship: Reducing Duplicate and Low-Value Test Orders", 14, b=True, gap=6),
   TABLE(["Program No.", "Date", "Contact Hours"], [["221-905-25", "April 29, 2025", "1.0"]],
         aligns=["c", "c", "c"], w=0.7, gap=24),
   T(pace("CBSCLS"), 9, c="grey", gap=24, w=0.85),
   SIG([["Gwendolyn Pryce-Amador, MS, MLS(ASCP)CM", "Continuing Education Chair"]], gap=60, sw=250)],
  "CBSCLS Webinar Certificate", "CBSCLS")

# ---------------------------------------------------------------- zc39
C("zc39", "hospital-inservice", "rlcanvas",
  ["landscape", "centred-award", "single-border", "series-name-in-title", "long-title-wrap-then-label",
   "department-as-provider", "presented-by-speaker", "ce-hours", "hyphenated-name"],
  "Hospital department grand rounds; 'Pathology Grand Rounds:' is part of the title; 'Date attended:' follows "
  "the wrapped title; presenter is a distractor; no activity number.",
  G("Anneliese Brandt-Kowalczyk",
    "Pathology Grand Rounds: Thrombotic Microangiopathies and the Laboratory Workup of Suspected TTP",
    "2025-01-16", 1.0, "CE hour",
    ["Wexford Memorial Hospital", "Wexford Memorial Hospital, Department of Pathology and Laboratory Medicine"], None),
  {"orient": "L", "border": "single", "margin": 72, "top": 62, "bottom": 70, "vcenter": True, "accent": "#5a1e1e"},
  [T("Wexford Memorial Hospital", 18, b=True, c="accent", gap=0),
   T("Department of Pathology and Laboratory Medicine", 12, gap=2),
   T("Certificate of Attendance", 28, b=True, gap=12),
   T("presented to", 12, i=True, gap=8),
   T("Anneliese Brandt-Kowalczyk, MLS(ASCP)CM", 21, b=True, gap=6),
   T("for attending", 12, i=True, gap=8),
   T(["Pathology Grand Rounds: Thrombotic Microangiopathies and the",
      "Laboratory Workup of Suspected TTP"], 16, b=True, gap=4),
   T("Date attended: Thursday, January 16, 2025", 11, gap=3),
   T("1.0 CE hour awarded by the Department of Pathology and Laboratory Medicine", 11, gap=8),
   T("Presented by Victor M. Ilunga, MD, Hematopathology Fellowship Director", 9, i=True, c="grey", gap=6),
   SIG([["Helena Dragomir, MD", "Chair, Department of Pathology and Laboratory Medicine"]], gap=34, sw=260)],
  "Grand Rounds Attendance", "Wexford Memorial Hospital")

# ---------------------------------------------------------------- zc40
C("zc40", "joint-accreditation", "html",
  ["landscape", "centred-award", "double-border", "conference-session", "date-range-vs-session-date",
   "several-credit-types", "credit-table", "long-title-wrap-then-label", "hyphenated-name"],
  "Jointly accredited conference session: meeting November 6-8, 'Session date:' November 7 (gold). Credit "
  "table lists AMA PRA, ANCC, ACPE and P.A.C.E. - gold is the P.A.C.E. column; 'Session ID' is the activity ID.",
  G("Gideon Fairbairn-Mutasa",
    "Antimicrobial Stewardship in the Laboratory: Cascade Reporting and Selective Susceptibility Testing",
    "2024-11-07", 1.25, "contact hour", ["Meridian Health Sciences Consortium"], "IDU-24-S17"),
  {"orient": "L", "border": "double", "margin": 64, "top": 52, "bottom": 62, "vcenter": True, "accent": "#264653"},
  [T("Meridian Health Sciences Consortium", 16, b=True, font="sans", c="accent", gap=0),
   T("Annual Infectious Diseases Update  \u00b7  November 6\u20138, 2024  \u00b7  Columbus, Ohio", 10, c="grey",
     gap=3),
   T("Certificate of Attendance", 28, b=True, gap=8),
   T("This certifies that", 11, i=True, gap=6),
   T("Gideon Fairbairn-Mutasa, MLS(ASCP)CM", 20, b=True, gap=4),
   T("attended the session", 11, i=True, gap=6),
   T(["Antimicrobial Stewardship in the Laboratory: Cascade Reporting and",
      "Selective Susceptibility Testing"], 16, b=True, gap=4),
   T("Session date: November 7, 2024", 11, gap=3),
   TABLE(["Session ID", "AMA PRA Category 1 Credit\u2122", "ANCC Contact Hours", "ACPE Contact Hours",
          "P.A.C.E.\u00ae Contact Hours"], [["IDU-24-S17", "1.25", "1.25", "1.25", "1.25"]],
         aligns=["c", "c", "c", "c", "c"], w=0.9, gap=10, size=9.5),
   T("In support of improving patient care, Meridian Health Sciences Consortium is jointly accredited by the "
     "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
     "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for "
     "the healthcare team. " + pace("Meridian Health Sciences Consortium"), 8, c="grey", gap=8, w=0.9),
   SIG([["Odessa R. Whitfield, PharmD", "Director, Interprofessional Continuing Education"]], gap=30, sw=240)],
  "Session Certificate", "MHSC")
