"""The 40 blind-test certificates (zy01 ... zy40): content, layout and gold.

Every person, hospital, university, vendor and activity is invented.  Real
organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI,
LabCE, MediaLab, CAMLT) carry invented activities only.
"""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "engines"))
from certlib import T, KV, COLS, TABLE, SIGS, RULE, SP, BR, PAGE  # noqa: E402

PACE = ("is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")

CERTS = []


def cert(n, style, producer, layout, notes, page, elements, gold):
    unit = gold["unit"]
    assert unit in ("contact hour", "CMLE", "CE hour", "CEU"), unit
    g = dict(style=style, producer=producer, layout=layout, notes=notes)
    g.update(gold)
    g["points"] = round(gold["credits"] * 10, 2) if unit == "CEU" else gold["credits"]
    CERTS.append(dict(id="zy%02d" % n, style=style, producer=producer, page=page,
                      elements=elements, gold=g,
                      meta_title="Certificate of Completion",
                      meta_author=gold["provider"][0]))


def G(name, title, date, credits, unit, provider, activity_id):
    return dict(name=name, title=title, date=date, credits=credits, unit=unit,
                provider=provider, activity_id=activity_id)


# ---------------------------------------------------------------- zy01 ASCP
cert(1, "ASCP", "chromium",
     ["landscape", "centred-award", "double-border", "seal", "signature-block",
      "issuer-line-over-title", "format-line", "long-title-wrap+labelled-line"],
     "Issuer line above 'CERTIFICATE OF COMPLETION'; 'eCast' format line between the verb and the "
     "title; long title wraps and is directly followed by 'Date of Completion:'. Name carries 'Dr.' "
     "and trailing credentials. Certificate-issued date and transcript ID are distractors.",
     PAGE("L", "serif", "double", accent="#1f3a68", seal=["ASCP", "CMLE", "CREDIT"], seal_pos="BL",
          footer="Certificate issued April 2, 2025  \u00b7  Transcript ID T-8830142  \u00b7  Page 1 of 1"),
     [T("American Society for Clinical Pathology", 16, b=True, sb=0, color="accent"),
      T("CERTIFICATE OF COMPLETION", 30, sb=6, ls=2),
      T("This is to certify that", 13, i=True, sb=16),
      T("Dr. Priyanka Venkataraman-Holt, PhD, MLS(ASCP)CM", 24, b=True, sb=6),
      T("has successfully completed the", 13, i=True, sb=10),
      T("eCast", 13, b=True, sb=4, color="accent"),
      T("Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: "
        "Schistocyte Enumeration and Reporting Standards", 17, b=True, sb=4),
      T("Date of Completion: March 14, 2025", 12, sb=4),
      T("and is awarded 1.0 CMLE credit", 13, sb=10),
      T("Activity No. 25-ECT-1142", 10, sb=4),
      T("ASCP designates this activity for 1.0 CMLE credit. CMLE credits are accepted by the ASCP "
        "Board of Certification Credential Maintenance Program.", 8.5, sb=8),
      SIGS([("Harriet Okonkwo-Baines, MS, MLS(ASCP)", ["Director, Continuing Education"])], sb=30)],
     G("Priyanka Venkataraman-Holt",
       "Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocyte "
       "Enumeration and Reporting Standards", "2025-03-14", 1.0, "CMLE",
       ["American Society for Clinical Pathology", "ASCP"], "25-ECT-1142"))

# ---------------------------------------------------------------- zy02 AABB
cert(2, "AABB", "fpdf",
     ["landscape", "centred-award", "thick-border", "signature-block", "format-line",
      "long-title-wrap+labelled-line", "provider-name-with-for-and-&", "program-no-without-colon"],
     "Provider name contains 'for' and '&'. 'LIVE WEBINAR' on its own line is the format, not the "
     "title. 'Program No. 104-318-25' (no colon) is the activity ID; registration number and "
     "certificate-generated date are distractors.",
     PAGE("L", "serif", "thick", accent="#8a1c2b",
          footer="Registration No. R-2025-448127   |   Certificate generated June 3, 2025"),
     [T("Association for the Advancement of Blood & Biotherapies", 15, b=True, sb=0, color="accent"),
      T("Certificate of Completion", 30, sb=8),
      T("awarded to", 12, i=True, sb=12),
      T("Mateus Carvalho-Lindqvist", 26, b=True, sb=4),
      T("for participation in the", 12, i=True, sb=10),
      T("LIVE WEBINAR", 11, b=True, sb=4, ls=1.5, color="accent"),
      T("Cold-Stored Platelets in Trauma Resuscitation: Implementation Lessons from Three Level I "
        "Trauma Centers", 17, b=True, sb=4),
      T("Webinar date: May 21, 2025", 12, sb=3),
      T("Program No. 104-318-25          Contact hours awarded: 1.5", 11, sb=10),
      SIGS([("Ilse Marchetti-Dunn, MT(ASCP)SBB", ["Director, Education Programs"])], sb=34),
      T("AABB " + PACE, 8.5, sb=12)],
     G("Mateus Carvalho-Lindqvist",
       "Cold-Stored Platelets in Trauma Resuscitation: Implementation Lessons from Three Level I "
       "Trauma Centers", "2025-05-21", 1.5, "contact hour",
       ["Association for the Advancement of Blood & Biotherapies", "AABB"], "104-318-25"))

# ---------------------------------------------------------------- zy03 CAP
cert(3, "CAP", "tcpdf",
     ["portrait", "letter-style", "two-column-label-value", "credit-table", "several-credit-types",
      "maximum-vs-claimed", "accreditation-statements", "grossing-in-title"],
     "Joint credit table: AMA PRA and ABPath SAM maxima are distractors; only the claimed ASCLS "
     "P.A.C.E. figure (1.75) is gold. 'Enduring Material' is the activity type, not the title. "
     "Issue date, customer and order numbers are distractors.",
     PAGE("P", "sans", None, accent="#00558c", margin=60, topbar=True,
          footer="Customer No. 00731945  \u00b7  Order No. W-55208  \u00b7  Page 1 of 1"),
     [T("College of American Pathologists", 20, b=True, align="L", sb=14, color="accent"),
      T("Learning Transcript \u2014 Certificate of Completion", 12, align="L", sb=2),
      RULE(1.0, sb=8, thick=1.2),
      T("Issued: September 8, 2025", 9.5, align="R", sb=6),
      T("This certifies that the participant named below completed the following CAP educational "
        "activity and claimed the credit shown.", 10.5, align="L", sb=10),
      KV([("Participant:", "Rosalind Achterberg-Nwosu, MLS(ASCP)"),
          ("Activity Title:", "Grossing Complex Colectomy Specimens: Mesorectal Quality, Margins, "
                              "and Lymph Node Harvest"),
          ("Activity Type:", "Enduring Material"),
          ("Activity ID:", "25-GR-2207"),
          ("Completion Date:", "August 29, 2025")], size=10.5, lw=0.24, sb=8),
      TABLE(["Credit Type", "Maximum Available", "Credits Claimed"],
            [["AMA PRA Category 1 Credit\u2122", "2.00", "\u2014"],
             ["ASCLS P.A.C.E.\u00ae Contact Hours", "2.00", "1.75"],
             ["ABPath Self-Assessment Module (SAM)", "2.00", "\u2014"]],
            widths=[0.5, 0.25, 0.25], size=10, sb=14, align=["L", "C", "C"]),
      T("Accreditation", 11, b=True, align="L", sb=16),
      T("The College of American Pathologists (CAP) is accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME) to provide continuing medical education for "
        "physicians. The CAP designates this enduring material for a maximum of 2.00 AMA PRA "
        "Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the "
        "extent of their participation in the activity.", 9, align="L", sb=4),
      T("The College of American Pathologists " + PACE, 9, align="L", sb=6),
      T("Successful completion of this activity enables the participant to earn up to 2.00 "
        "Medical Knowledge SAM credits in the American Board of Pathology Continuing "
        "Certification program.", 9, align="L", sb=6),
      SIGS([("Maren Oyelaran-Whitcomb, MD, FCAP", ["Chair, Council on Education"])], sb=44,
           size=9.5)],
     G("Rosalind Achterberg-Nwosu",
       "Grossing Complex Colectomy Specimens: Mesorectal Quality, Margins, and Lymph Node Harvest",
       "2025-08-29", 1.75, "contact hour", ["College of American Pathologists", "CAP"], "25-GR-2207"))

# ---------------------------------------------------------------- zy04 ASCLS
cert(4, "ASCLS", "ghostscript",
     ["portrait", "centred-award", "single-border", "two-column-label-value", "signature-block",
      "all-caps-name", "suffix-III", "conference-session", "ethics-in-title", "presented-by"],
     "Session certificate at a multi-day meeting: the session date (July 28) is gold, not the last "
     "meeting day. ALL-CAPS name with suffix III. ASCLS is its own P.A.C.E. provider. Member ID, "
     "print date and speaker are distractors.",
     PAGE("P", "serif", "single", accent="#006d77",
          footer="Member ID 1048832  \u00b7  Certificate printed August 4, 2025"),
     [T("American Society for Clinical Laboratory Science", 17, b=True, sb=10, color="accent"),
      T("ASCLS 2025 Annual Meeting  \u00b7  July 26\u201330, 2025  \u00b7  Chicago, Illinois", 10, sb=4),
      RULE(0.5, sb=10),
      T("Session Certificate of Attendance", 24, sb=18),
      T("This certifies that", 12, i=True, sb=22),
      T("THEODORE J. WAINWRIGHT III", 21, b=True, sb=6),
      T("attended the educational session", 12, i=True, sb=14),
      T("Ethics Consults in the Clinical Laboratory: When the Result Is Right but the Timing Is "
        "Wrong", 16, b=True, sb=6),
      KV([("Session No.", "3127"),
          ("Session date", "July 28, 2025"),
          ("Presented by", "Folasade Ibarra-Quint, PhD, MLS(ASCP)"),
          ("P.A.C.E.\u00ae contact hours", "1.0")], size=11, lw=0.42, sb=18, align="C"),
      T("ASCLS " + PACE, 9, sb=24),
      SIGS([("Dana Kowalczyk-Reyes, EdD, MLS(ASCP)CM", ["Chair, Education and Professional",
                                                        "Development Committee"])], sb=48)],
     G("THEODORE J. WAINWRIGHT III",
       "Ethics Consults in the Clinical Laboratory: When the Result Is Right but the Timing Is Wrong",
       "2025-07-28", 1.0, "contact hour",
       ["American Society for Clinical Laboratory Science", "ASCLS"], "3127"))

# ---------------------------------------------------------------- zy05 P.A.C.E. provider
cert(5, "PACE-provider", "rlcanvas",
     ["landscape", "centred-award", "corner-border", "letter-spaced-name", "format-line",
      "provider-only-in-accreditation-statement", "program-no-without-colon", "signature-block"],
     "The provider appears only as the subject of the P.A.C.E. statement. Letter-spaced capital "
     "name. 'Self-Study Module' is a format line. Certificate number and verification URL are "
     "distractors.",
     PAGE("L", "serif", "corners", accent="#4a5d23", pad=30,
          footer="Certificate No. TVLEC-25-00917  \u00b7  Verify at trivalley-labed.example.org/verify"),
     [T("Certificate of Completion", 32, sb=6),
      T("Continuing Education \u2014 Clinical Laboratory Sciences", 12, i=True, sb=4, color="accent"),
      T("presented to", 12, sb=18),
      T("NADIA EL-AMIN OSEI", 22, b=True, sb=8, ls=5),
      T("for successful completion of the", 12, i=True, sb=14),
      T("Self-Study Module", 12, b=True, sb=4),
      T("Westgard Rules in Practice: Troubleshooting Shifts and Trends on Levey-Jennings Charts",
        18, b=True, sb=6),
      T("Completed on 11 February 2025", 12, sb=4),
      T("Contact hours: 2.0        Program No. 377-104-25", 11, sb=12),
      SIGS([("Marguerite Fontaine-Adebayo, MS, MLS(ASCP)CM", ["Education Coordinator"])], sb=34),
      T("Tri-Valley Laboratory Education Cooperative " + PACE, 9, sb=16)],
     G("NADIA EL-AMIN OSEI",
       "Westgard Rules in Practice: Troubleshooting Shifts and Trends on Levey-Jennings Charts",
       "2025-02-11", 2.0, "contact hour", ["Tri-Valley Laboratory Education Cooperative"],
       "377-104-25"))

# ---------------------------------------------------------------- zy06 LabCE
cert(6, "LabCE", "docx",
     ["portrait", "two-column-label-value", "header-logo-text", "numeric-dates"],
     "Label/value pairs; course number is the ID; customer ID and printed date are distractors. "
     "Florida approval repeats the same figure.",
     PAGE("P", "sans", "single", accent="#2e7d32", margin=48,
          footer="LabCE  \u00b7  Online continuing education for laboratory professionals"),
     [T("LabCE", 30, b=True, align="L", sb=0, color="accent"),
      T("Continuing Education for Laboratory Professionals", 10, align="L", sb=0),
      RULE(1.0, sb=6, thick=1.5),
      T("Certificate of Completion", 22, b=True, sb=28),
      T("This document confirms that the individual named below has completed the following "
        "continuing education course.", 10.5, sb=10),
      KV([("Participant", "Joaquín Ortega-Villalobos, MLS(ASCP)CM"),
          ("Course", "Urine Sediment Microscopy: Casts, Crystals, and Artifacts That Mimic Them"),
          ("Course Number", "4471"),
          ("Completion Date", "06/27/2025"),
          ("P.A.C.E.\u00ae Contact Hours", "1.5"),
          ("Customer ID", "C-2218450"),
          ("Certificate Printed", "07/02/2025")], size=11, lw=0.33, sb=18, rule=True, gap=4),
      T("LabCE " + PACE + " This course is also approved for 1.5 contact hours by the Florida "
        "Board of Clinical Laboratory Personnel.", 9, align="L", sb=22),
      SIGS([("Adrienne Paquette-Suleiman, MS, MLS(ASCP)CM", ["Director of Continuing Education"])],
           sb=36, size=9.5)],
     G("Joaquín Ortega-Villalobos",
       "Urine Sediment Microscopy: Casts, Crystals, and Artifacts That Mimic Them", "2025-06-27",
       1.5, "contact hour", ["LabCE"], "4471"))

# ---------------------------------------------------------------- zy07 MediaLab
cert(7, "MediaLab", "platypus",
     ["portrait", "labels-above-values", "safety-in-title", "left-aligned"],
     "Labels above values in columns (Participant | Date of Completion, values on the row below). "
     "'Safety' and 'Annual Refresher' are part of a real course title. Account number and print "
     "date are distractors.",
     PAGE("P", "sans", None, accent="#3b4f8c", margin=62, topbar=True,
          footer="Account No. 55-10492  \u00b7  Printed 10/05/2025  \u00b7  Page 1 of 1"),
     [T("MediaLab, Inc.", 22, b=True, align="L", sb=16, color="accent"),
      T("Certificate of Course Completion", 14, align="L", sb=4),
      RULE(1.0, sb=10, thick=1),
      COLS(["Participant", "Date of Completion"], ["Keiko Nakamura-Prentiss", "October 3, 2025"],
           widths=[0.62, 0.38], size=13, sb=26, rule=True),
      COLS(["Course Title"], ["Chemical Hygiene and Laboratory Safety: Annual Refresher for "
                              "Clinical Laboratory Personnel"], size=13, sb=18, rule=True),
      COLS(["Course Number", "Contact Hours", "Level"], ["ML-25-8830", "1.0", "Basic"],
           widths=[0.4, 0.3, 0.3], size=12, sb=18, rule=True),
      T("MediaLab " + PACE, 9.5, align="L", sb=34),
      T("This course meets the annual chemical hygiene training requirement described in the "
        "laboratory's Chemical Hygiene Plan. Contact hours are awarded upon passing the course "
        "post-test with a score of 70% or higher.", 9.5, align="L", sb=6),
      SIGS([("Gregory Lanthier-Moss, MBA, MT(ASCP)", ["Vice President, Education"])], sb=60,
           size=10)],
     G("Keiko Nakamura-Prentiss",
       "Chemical Hygiene and Laboratory Safety: Annual Refresher for Clinical Laboratory Personnel",
       "2025-10-03", 1.0, "contact hour", ["MediaLab, Inc.", "MediaLab"], "ML-25-8830"))

# ---------------------------------------------------------------- zy08 ADLM
cert(8, "ADLM", "acroform",
     ["landscape", "centred-award", "double-border", "acroform-fields", "format-line",
      "labels-above-values", "provider-name-with-&"],
     "Name, title lines, date, hours and event ID are flattened form fields. 'Live Virtual "
     "Session' is the format line. ACCENT contact hours are the laboratory credit; the Event ID "
     "is the activity ID.",
     PAGE("L", "sans", "double", accent="#5b2c83", seal=["ADLM", "ACCENT\u00ae", "CE"],
          seal_pos="BR"),
     [T("ADLM", 26, b=True, sb=0, color="accent"),
      T("Association for Diagnostics & Laboratory Medicine", 12, sb=2),
      T("Certificate of Participation", 26, sb=14, font="serif"),
      T("This certifies that", 11, i=True, sb=14),
      T("Corbin Ashworth-Nakagawa, PhD, DABCC", 22, b=True, sb=4, field="participant"),
      T("participated in the", 11, i=True, sb=10),
      T("Live Virtual Session", 11, b=True, sb=3, color="accent"),
      T("Lp(a) Measurement and Reporting: Moving from Mass Units to Molar Units in the Clinical "
        "Laboratory", 16, b=True, sb=4, field="title"),
      COLS(["Date of Participation", "ACCENT\u00ae Contact Hours", "Event ID"],
           ["April 17, 2025", "1.5", "25-0417-W"], widths=[0.34, 0.33, 0.33], align="C",
           size=12, sb=16, fields=["date", "hours", "eventid"]),
      T("ADLM designates this activity for a maximum of 1.5 ACCENT\u00ae contact hours. "
        "Participants should claim only the hours commensurate with their participation.",
        8.5, sb=18)],
     G("Corbin Ashworth-Nakagawa",
       "Lp(a) Measurement and Reporting: Moving from Mass Units to Molar Units in the Clinical "
       "Laboratory", "2025-04-17", 1.5, "contact hour",
       ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "25-0417-W"))

# ---------------------------------------------------------------- zy09 NSH
cert(9, "NSH", "chromium",
     ["portrait", "centred-award", "single-border", "format-in-verb-phrase",
      "grossing-and-orientation-in-title", "original-live-date-distractor", "accented-name"],
     "'has completed the on-demand webinar' carries the format; the title begins with 'Grossing' "
     "and contains 'Orientation' (real title words). The original live-presentation date and "
     "member number are distractors.",
     PAGE("P", "serif", "single", accent="#7a3e00", seal=["NSH", "HISTOTECHNOLOGY", "CE"],
          seal_pos="BC", footer="Member # 30417  \u00b7  Originally presented live on November 12, 2024"),
     [T("NSH", 34, b=True, sb=12, color="accent", font="sans"),
      T("National Society for Histotechnology", 15, sb=2, color="accent"),
      T("Certificate of Completion", 28, sb=30),
      T("This certificate is presented to", 12, i=True, sb=24),
      T("Lucía Ferreira-Montoya, HTL(ASCP)CM", 22, b=True, sb=8),
      T("who has completed the on-demand webinar", 12, i=True, sb=14),
      T("Grossing Small Biopsies: Orientation, Inking, and Embedding for Perfect Sections", 17,
        b=True, sb=6),
      T("Date completed: January 9, 2025", 12, sb=6),
      T("Contact hours: 1.0  \u2022  Course No. NSH-OD-2419", 11, sb=14),
      T("The National Society for Histotechnology " + PACE, 9, sb=20),
      SIGS([("Cordelia Hasselbach, HT(ASCP)", ["NSH Education Chair"])], sb=40)],
     G("Lucía Ferreira-Montoya",
       "Grossing Small Biopsies: Orientation, Inking, and Embedding for Perfect Sections",
       "2025-01-09", 1.0, "contact hour", ["National Society for Histotechnology", "NSH"],
       "NSH-OD-2419"))

# ---------------------------------------------------------------- zy10 AMT
cert(10, "AMT", "fodt",
     ["portrait", "letter-style", "two-column-label-value", "suffix-Jr", "safety-in-title",
      "letter-date-distractor"],
     "Letter-style certificate: the letter date (March 3) is a distractor, the completion date is "
     "in the label/value block. Name with middle initial, 'Jr.' and credential. Member ID is a "
     "distractor. Unit is CE hours.",
     PAGE("P", "serif", None, accent="#0b5394", margin=66,
          footer="American Medical Technologists  \u00b7  Certification Continuation Program (CCP)"),
     [T("American Medical Technologists", 20, b=True, align="L", sb=0, color="accent"),
      T("AMT  \u00b7  STEP Online Continuing Education", 10, align="L", sb=2),
      RULE(1.0, sb=6, thick=1.2),
      T("March 3, 2025", 11, align="L", sb=22),
      T("Reginald T. Okafor Jr., MT(AMT)\n418 Linden Hollow Road\nMarshfield, WI 54449", 11,
        align="L", sb=14),
      T("Re: Certificate of Completion", 11, b=True, align="L", sb=16),
      T("Dear Mr. Okafor,", 11, align="L", sb=12),
      T("Congratulations! Our records show that you have successfully completed the continuing "
        "education course listed below. Please retain this letter as your certificate of "
        "completion for your AMT Certification Continuation Program (CCP) records.", 11,
        align="L", sb=8),
      KV([("Participant:", "Reginald T. Okafor Jr., MT(AMT)"),
          ("Course:", "Specimen Rejection Criteria and Patient Identification Safety in "
                      "Phlebotomy"),
          ("Course ID:", "STEP-5512"),
          ("Date Completed:", "February 26, 2025"),
          ("CE Hours:", "2.0"),
          ("AMT Member ID:", "0984421")], size=11, lw=0.27, sb=14, gap=3),
      T("AMT is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", 10, align="L", sb=14),
      T("Sincerely,", 11, align="L", sb=14),
      T("Beatrix Lindahl-Moreau", 18, align="L", sb=4, font="school", i=True, color="#1f2a72"),
      T("Beatrix Lindahl-Moreau, MT(AMT)\nManager, Continuing Education", 11, align="L", sb=2)],
     G("Reginald T. Okafor Jr.",
       "Specimen Rejection Criteria and Patient Identification Safety in Phlebotomy",
       "2025-02-26", 2.0, "CE hour", ["American Medical Technologists", "AMT"], "STEP-5512"))

# ---------------------------------------------------------------- zy11 ASM
cert(11, "ASM", "docx",
     ["portrait", "two-page", "centred-award", "meeting-attendance", "date-range",
      "maximum-vs-claimed", "session-list-distractor"],
     "Whole-meeting attendance certificate: title = meeting name, date = last day of the range. "
     "Page 2 lists sessions attended (their titles, codes and dates are distractors). Claimed "
     "18.5 of a 31.0 maximum. No activity ID printed.",
     PAGE("P", "sans", "double", accent="#00665e",
          footer="Registration ID 77410238  \u00b7  Certificate issued July 7, 2025"),
     [SP(30),
      T("American Society for Microbiology", 20, b=True, sb=6, color="accent"),
      T("Certificate of Attendance", 28, sb=36, font="serif"),
      T("This certifies that", 12, i=True, sb=36),
      T("Ahmad Rezaei-Lindgren, PhD, D(ABMM)", 22, b=True, sb=8),
      T("attended", 12, i=True, sb=14),
      T("ASM Microbe 2025", 24, b=True, sb=6, color="accent"),
      T("June 19\u201323, 2025  \u00b7  Los Angeles, California", 12, sb=6),
      T("and claimed 18.5 P.A.C.E.\u00ae contact hours", 13, sb=34),
      T("(maximum available for the meeting: 31.0 contact hours)", 10, i=True, sb=2),
      T("ASM " + PACE, 9, sb=28),
      SIGS([("Sunniva Adeyemi-Roth, PhD", ["Director, Meetings and Education"])], sb=80),
      BR(),
      T("ASM Microbe 2025 \u2014 Sessions Attended", 15, b=True, align="L", sb=0),
      T("Participant: Ahmad Rezaei-Lindgren, PhD, D(ABMM)", 10, align="L", sb=6),
      TABLE(["Date", "Session", "Title", "Hours"],
            [["June 19", "S-014", "Diagnostic Stewardship for Blood Culture Ordering", "1.5"],
             ["June 20", "S-122", "Emerging Resistance Mechanisms in Enterobacterales", "2.0"],
             ["June 20", "S-131", "MALDI-TOF Identification of Filamentous Fungi", "1.5"],
             ["June 21", "S-207", "Clinical Metagenomics: Validation and Reporting", "3.0"],
             ["June 21", "S-240", "Antifungal Susceptibility Testing Updates", "1.5"],
             ["June 22", "S-318", "Point-of-Care Molecular Testing for STIs", "2.0"],
             ["June 22", "S-333", "Laboratory Diagnosis of Tick-Borne Infections", "1.5"],
             ["June 23", "S-402", "Pediatric Microbiology Case Challenges", "2.5"],
             ["June 23", "S-415", "Quality Indicators in the Microbiology Laboratory", "3.0"],
             ["", "", "Total contact hours claimed", "18.5"]],
            widths=[0.13, 0.12, 0.63, 0.12], size=9.5, sb=10, align=["L", "L", "L", "R"]),
      T("Contact hours are self-reported by the attendee through the ASM Microbe evaluation and "
        "credit portal. Retain this record for six years.", 9, align="L", sb=12)],
     G("Ahmad Rezaei-Lindgren", "ASM Microbe 2025", "2025-06-23", 18.5, "contact hour",
       ["American Society for Microbiology", "ASM"], None))

# ---------------------------------------------------------------- zy12 CLSI
cert(12, "CLSI", "tcpdf",
     ["landscape", "centred-award", "double-border", "format-line", "long-title-wrap+labelled-line",
      "accented-name", "letter-spaced-heading"],
     "'Live Virtual Session' format line between verb and title; long title wraps and is followed "
     "by 'Date of completion:'. 'Event No.' is the activity ID; order number and issue date are "
     "distractors. Accented Irish given name.",
     PAGE("L", "serif", "double", accent="#1b4f72", seal=["CLSI", "EDUCATION"], seal_pos="BR",
          footer="Order No. 3318-5520  \u00b7  Issued September 19, 2025"),
     [T("Clinical and Laboratory Standards Institute", 15, b=True, sb=0, color="accent"),
      T("CERTIFICATE OF COMPLETION", 26, sb=8, ls=3),
      T("This certifies that", 12, i=True, sb=14),
      T("Siobhán Ní Bhriain-Kovač", 24, b=True, sb=6),
      T("has completed the", 12, i=True, sb=10),
      T("Live Virtual Session", 12, b=True, sb=3, color="accent"),
      T("Verification of Commercial Microbial Identification and Antimicrobial Susceptibility "
        "Testing Systems Using CLSI M52", 16, b=True, sb=4),
      T("Date of completion: September 16, 2025", 12, sb=4),
      T("Event No. 25-VS-0916    \u00b7    1.5 P.A.C.E.\u00ae contact hours", 11, sb=12),
      SIGS([("Vivienne Albrecht-Osei, MS, MLS(ASCP)CM", ["Director, Education and Training"])],
           sb=30),
      T("CLSI " + PACE, 8.5, sb=12)],
     G("Siobhán Ní Bhriain-Kovač",
       "Verification of Commercial Microbial Identification and Antimicrobial Susceptibility "
       "Testing Systems Using CLSI M52", "2025-09-16", 1.5, "contact hour",
       ["Clinical and Laboratory Standards Institute", "CLSI"], "25-VS-0916"))

# ---------------------------------------------------------------- zy13 state society
cert(13, "state-society", "fpdf",
     ["portrait", "centred-award", "single-border", "format-line", "date-range",
      "provider-name-with-for", "program-no-without-colon", "several-credit-types"],
     "'Spring Symposium' is the format line; the symposium theme below it is the title. Two-day "
     "range: the last day is gold. P.A.C.E. and California CE hours are the same figure. Member "
     "number and issue date are distractors.",
     PAGE("P", "serif", "single", accent="#6b4226",
          footer="CAMLT Member No. 61-2045  \u00b7  Certificate issued May 1, 2025"),
     [SP(24),
      T("California Association for Medical Laboratory Technology", 14, b=True, sb=8,
        color="accent"),
      T("CAMLT", 11, sb=2, ls=2),
      T("Certificate of Attendance", 28, sb=30),
      T("This is to certify that", 12, i=True, sb=24),
      T("Bao-Tran Nguyen-Whitfield, CLS, MLS(ASCP)", 20, b=True, sb=8),
      T("attended the", 12, i=True, sb=14),
      T("Spring Symposium", 13, b=True, sb=4, color="accent"),
      T("Diagnostic Stewardship in the Era of Syndromic Multiplex Panels", 17, b=True, sb=6),
      T("April 11\u201312, 2025  \u00b7  Sacramento, California", 12, sb=6),
      KV([("P.A.C.E.\u00ae contact hours:", "6.5"),
          ("California CE hours (LFS):", "6.5")], size=11, lw=0.55, sb=18, align="C"),
      T("CAMLT " + PACE + " P.A.C.E.\u00ae Program No. 226-411-25", 9, sb=22),
      SIGS([("Leilani Fortescue-Bravo, CLS", ["CAMLT President"]),
            ("Tobias Kranjc, CLS, MT(ASCP)", ["Education Committee Chair"])], sb=70, size=9.5)],
     G("Bao-Tran Nguyen-Whitfield", "Diagnostic Stewardship in the Era of Syndromic Multiplex Panels",
       "2025-04-12", 6.5, "contact hour",
       ["California Association for Medical Laboratory Technology", "CAMLT"], "226-411-25"))

# ---------------------------------------------------------------- zy14 regional society
cert(14, "state-society", "ghostscript",
     ["landscape", "centred-award", "thick-border", "labels-above-values", "format-line",
      "provider-name-with-for", "program-no-without-colon"],
     "Name, completion date and hours are values under column labels. 'LIVE WEBINAR' is the "
     "format line. Regional society with 'for' in its name.",
     PAGE("L", "sans", "thick", accent="#7b2d26",
          footer="MSSCLS  \u00b7  PO Box 2291, Laramie, WY 82073  \u00b7  Webinar series 2025"),
     [T("Mountain States Society for Clinical Laboratory Science", 16, b=True, sb=4,
        color="accent"),
      T("MSSCLS", 10, sb=2, ls=2),
      T("Certificate of Completion", 28, sb=14, font="serif"),
      T("LIVE WEBINAR", 11, b=True, sb=16, ls=1.5, color="accent"),
      T("Blood Culture Contamination: Root Causes, Benchmarks, and a Diversion Device Pilot", 18,
        b=True, sb=4, font="serif"),
      COLS(["Participant", "Date of Completion", "P.A.C.E.\u00ae Contact Hours"],
           ["Graham Ashby-Tolliver", "October 22, 2025", "1.0"], widths=[0.4, 0.33, 0.27],
           align="C", size=14, sb=26, rule=True, lsize=9),
      T("Program No. 481-022-25", 10, sb=16),
      T("The Mountain States Society for Clinical Laboratory Science " + PACE, 8.5, sb=12),
      SIGS([("Ruth Eckhardt-Salazar, MS, MLS(ASCP)", ["Continuing Education Coordinator"])],
           sb=36, size=9.5)],
     G("Graham Ashby-Tolliver",
       "Blood Culture Contamination: Root Causes, Benchmarks, and a Diversion Device Pilot",
       "2025-10-22", 1.0, "contact hour",
       ["Mountain States Society for Clinical Laboratory Science", "MSSCLS"], "481-022-25"))

# ---------------------------------------------------------------- zy15 hospital in-service
cert(15, "hospital-inservice", "rlcanvas",
     ["portrait", "two-column-label-value", "department-provider", "employee-id-distractor",
      "two-signatures"],
     "Hospital laboratory education department as provider (institution + 'Institution, "
     "Department'). 'Class No.' is the ID; employee ID and class time are distractors; the "
     "instructor is a signer, not the participant.",
     PAGE("P", "sans", "single", accent="#14506e", margin=50,
          footer="Riverbend Memorial Hospital  \u00b7  2100 Riverside Parkway, Dunmore Falls, OR 97399"),
     [T("Riverbend Memorial Hospital", 20, b=True, sb=8, color="accent"),
      T("Riverbend Memorial Hospital, Laboratory Education Department", 11, sb=4),
      RULE(0.8, sb=8),
      T("In-Service Education \u2014 Certificate of Attendance", 18, b=True, sb=20),
      KV([("Employee:", "Corinne Delacroix-Hammond, MLT(ASCP)"),
          ("Employee ID:", "E-204418"),
          ("In-service:", "Emergency Release of Uncrossmatched Red Cells and Massive Transfusion "
                          "Protocol Activation"),
          ("Class No.:", "IS-25-031"),
          ("Date:", "Tuesday, March 4, 2025"),
          ("Time:", "07:00\u201308:00"),
          ("Location:", "Pathology Conference Room B-214"),
          ("Contact hours:", "1.0")], size=11.5, lw=0.26, sb=22, gap=5, rule=True),
      T("Riverbend Memorial Hospital, Laboratory Education Department " + PACE, 9.5,
        align="L", sb=22),
      T("This activity also satisfies the annual transfusion service competency review for "
        "technical staff.", 9.5, align="L", sb=4),
      SIGS([("Olumide Fairbanks, MLS(ASCP)SBB", ["Instructor", "Transfusion Service Supervisor"]),
            ("Priscilla Vance-Oduya, MS, MLS(ASCP)CM", ["Laboratory Education Coordinator"])],
           sb=54, size=9.5)],
     G("Corinne Delacroix-Hammond",
       "Emergency Release of Uncrossmatched Red Cells and Massive Transfusion Protocol Activation",
       "2025-03-04", 1.0, "contact hour",
       ["Riverbend Memorial Hospital",
        "Riverbend Memorial Hospital, Laboratory Education Department"], "IS-25-031"))

# ---------------------------------------------------------------- zy16 hospital education council
cert(16, "hospital-inservice", "rlcanvas",
     ["landscape", "centred-award", "double-border", "seal", "department-provider",
      "orientation-in-title", "long-title-wrap+labelled-line", "letter-spaced-name"],
     "Education council of a hospital as provider. 'New Employee Laboratory Orientation' is a "
     "real course title (Orientation is not a format). 'Offering No.' is the ID.",
     PAGE("L", "serif", "double", accent="#2f4f2f", seal=["ST. ALDRIC", "EDUCATION", "COUNCIL"],
          seal_pos="BL", footer="St. Aldric Regional Medical Center  \u00b7  Department of Laboratory Medicine"),
     [T("St. Aldric Regional Medical Center, Laboratory Education Council", 14, b=True, sb=2,
        color="accent"),
      T("Certificate of Completion", 30, sb=10),
      T("awarded to", 12, i=True, sb=14),
      T("Yusuf Demirci-Hollander", 24, b=True, sb=6, ls=2.5),
      T("for completing", 12, i=True, sb=12),
      T("New Employee Laboratory Orientation: Safety, Specimen Handling, Downtime Procedures, and "
        "Laboratory Information System Basics", 17, b=True, sb=4),
      T("Completed: August 18, 2025", 12, sb=4),
      T("3.0 contact hours   \u00b7   Offering No. LEC-2025-14", 11, sb=12),
      SIGS([("Hyacinth Mbeki-Larsson, MLS(ASCP)CM", ["Chair, Laboratory Education Council"]),
            ("Anselm Corrigan, MD", ["Medical Director, Clinical Laboratory"])], sb=30, size=9.5),
      T("St. Aldric Regional Medical Center, Laboratory Education Council " + PACE, 8.5, sb=14)],
     G("Yusuf Demirci-Hollander",
       "New Employee Laboratory Orientation: Safety, Specimen Handling, Downtime Procedures, and "
       "Laboratory Information System Basics", "2025-08-18", 3.0, "contact hour",
       ["St. Aldric Regional Medical Center",
        "St. Aldric Regional Medical Center, Laboratory Education Council"], "LEC-2025-14"))

# ---------------------------------------------------------------- zy17 public health lab
cert(17, "public-health-lab", "fodt",
     ["portrait", "two-column-label-value", "office-provider", "date-range", "CEU",
      "expiry-date-distractor", "training-in-title"],
     "Public health laboratory office as provider. Two-day training: last day is gold. 1.2 CEU "
     "gives 12 points. The shipping-certification expiry date and issue date are distractors.",
     PAGE("P", "sans", "single", accent="#1d5e3a", margin=52,
          footer="Cascadia State Public Health Laboratory  \u00b7  1410 Tideflats Avenue, Olympia Heights, WA 98599"),
     [T("Cascadia State Public Health Laboratory", 19, b=True, sb=8, color="accent"),
      T("Cascadia State Public Health Laboratory, Office of Laboratory Training", 11, sb=4),
      RULE(0.9, sb=8),
      T("CERTIFICATE OF TRAINING", 22, b=True, sb=22, ls=1),
      T("The following individual has successfully completed the training described below, "
        "including the practical packaging exercise and written examination.", 11, sb=12),
      KV([("Name", "Annika Søndergaard-Pike, MLS(ASCP)"),
          ("Employer", "Harbor Point Medical Center Laboratory, Port Ellery, WA"),
          ("Training", "Packaging and Shipping Division 6.2 Infectious Substances (Category A "
                       "and Category B)"),
          ("Training No.", "PHL-TR-2508"),
          ("Training dates", "14\u201315 May 2025"),
          ("Continuing Education Units", "1.2 CEU"),
          ("Shipper certification valid until", "15 May 2027"),
          ("Date issued", "22 May 2025")], size=11, lw=0.36, sb=20, gap=4, rule=True),
      T("One Continuing Education Unit (CEU) equals ten contact hours of instruction.", 9.5,
        sb=16),
      SIGS([("Dr. Tamsin Okoro-Vance, PhD", ["Laboratory Director"]),
            ("Ezekiel Harrow, MS, SM(ASCP)", ["Training Coordinator"])], sb=52, size=9.5)],
     G("Annika Søndergaard-Pike",
       "Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)",
       "2025-05-15", 1.2, "CEU",
       ["Cascadia State Public Health Laboratory",
        "Cascadia State Public Health Laboratory, Office of Laboratory Training"], "PHL-TR-2508"))

# ---------------------------------------------------------------- zy18 joint-accreditation CME
cert(18, "joint-accreditation", "platypus",
     ["portrait", "two-page", "centred-award", "office-provider", "grand-rounds-series-title",
      "several-credit-types", "accreditation-statements", "presented-by"],
     "Jointly accredited office of a medical college. Series name 'Pathology Grand Rounds:' is "
     "part of the title. Page 2 carries AMA PRA, ANCC and ACPE statements (distractor figures) "
     "and the faculty; the P.A.C.E. contact hours are gold.",
     PAGE("P", "serif", "single", accent="#5a1f3d",
          footer="Lakeshore Medical College, Office of Continuing Professional Development  \u00b7  Certificate printed 11/20/2025"),
     [T("Lakeshore Medical College", 20, b=True, sb=8, color="accent"),
      T("Office of Continuing Professional Development", 12, sb=2),
      T("Certificate of Attendance", 28, sb=34),
      T("This is to certify that", 12, i=True, sb=26),
      T("Evangeline Marsh-Takahashi, MS, MLS(ASCP)CM", 21, b=True, sb=8),
      T("attended the live activity", 12, i=True, sb=14),
      T("Pathology Grand Rounds: Molecular Classification of Endometrial Carcinoma and Its Impact "
        "on Adjuvant Therapy", 16, b=True, sb=6),
      T("held on November 6, 2025", 12, sb=6),
      T("Activity ID: 25-GR-1106", 10.5, sb=6),
      TABLE(["Credit type", "Credits earned"],
            [["ASCLS P.A.C.E.\u00ae contact hours", "1.0"]], widths=[0.7, 0.3], size=10.5,
            sb=22, align=["L", "C"]),
      T("See page 2 for accreditation and credit designation statements.", 9, i=True, sb=10),
      SIGS([("Cassius Ferreira-Bond, MD", ["Associate Dean, Continuing Professional Development"])],
           sb=52),
      BR(),
      T("Accreditation and Credit Designation", 15, b=True, align="L", sb=0),
      T("In support of improving patient care, Lakeshore Medical College, Office of Continuing "
        "Professional Development is jointly accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education "
        "(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing "
        "education for the healthcare team.", 10, align="L", sb=10),
      T("Physicians: Lakeshore Medical College designates this live activity for a maximum of "
        "1.0 AMA PRA Category 1 Credit\u2122. Physicians should claim only the credit "
        "commensurate with the extent of their participation in the activity.", 10, align="L",
        sb=8),
      T("Nurses: This activity is approved for 1.0 ANCC nursing contact hour.", 10, align="L",
        sb=8),
      T("Pharmacists: This knowledge-based activity is approved for 1.0 ACPE contact hour.", 10,
        align="L", sb=8),
      T("Laboratory professionals: Lakeshore Medical College, Office of Continuing Professional "
        "Development " + PACE + " This activity is approved for 1.0 contact hour.", 10,
        align="L", sb=8),
      T("Faculty", 12, b=True, align="L", sb=18),
      T("Presented by Yusuf Brennan-Aalto, MD, Assistant Professor of Pathology, Gynecologic "
        "Pathology Service.", 10, align="L", sb=4),
      T("Disclosure: The presenter and planners have no relevant financial relationships with "
        "ineligible companies to disclose.", 10, align="L", sb=8)],
     G("Evangeline Marsh-Takahashi",
       "Pathology Grand Rounds: Molecular Classification of Endometrial Carcinoma and Its Impact "
       "on Adjuvant Therapy", "2025-11-06", 1.0, "contact hour",
       ["Lakeshore Medical College",
        "Lakeshore Medical College, Office of Continuing Professional Development"], "25-GR-1106"))

# ---------------------------------------------------------------- zy19 university CEU
cert(19, "university-CEU", "docx",
     ["landscape", "centred-award", "thick-border", "division-provider", "CEU",
      "conferral-date-distractor", "student-id-distractor", "two-signatures"],
     "University division of continuing studies awards CEUs (2.4 CEU = 24 points). Completion "
     "date is gold; the conferral date and student ID are distractors.",
     PAGE("L", "serif", "thick", accent="#5c1a1b",
          footer="Student ID 900218774  \u00b7  Conferred January 8, 2026  \u00b7  One CEU equals ten contact hours"),
     [T("Northfield State University", 24, b=True, sb=0, color="accent", font="school"),
      T("Northfield State University, Division of Continuing Studies", 12, sb=2),
      T("Certificate of Completion", 30, sb=16),
      T("is hereby awarded to", 12, i=True, sb=12),
      T("Anneliese Brandt-Okoro", 26, b=True, sb=6),
      T("for successful completion of", 12, i=True, sb=10),
      T("Clinical Flow Cytometry Fundamentals: Immunophenotyping of Mature B-Cell Neoplasms", 17,
        b=True, sb=4),
      T("Course No. CLS 5107-CE   \u00b7   Completed December 12, 2025", 11.5, sb=6),
      T("2.4 Continuing Education Units (CEUs)", 13, b=True, sb=8),
      SIGS([("Prof. Hollis Ventresca, PhD", ["Dean, Division of Continuing Studies"]),
            ("Marisol Underhill-Kaur, MEd", ["University Registrar"])], sb=36, size=9.5)],
     G("Anneliese Brandt-Okoro",
       "Clinical Flow Cytometry Fundamentals: Immunophenotyping of Mature B-Cell Neoplasms",
       "2025-12-12", 2.4, "CEU",
       ["Northfield State University",
        "Northfield State University, Division of Continuing Studies"], "CLS 5107-CE"))

# ---------------------------------------------------------------- zy20 vendor
cert(20, "vendor", "fpdf",
     ["portrait", "two-column-label-value", "date-range", "serial-number-distractor",
      "training-in-title", "facility-address-distractor"],
     "Vendor operator training over three days: last day is gold. 'Operator Training:' is part of "
     "the title. 'Training ID' is the activity ID; instrument serial number and the trainee's "
     "facility are distractors.",
     PAGE("P", "sans", "single", accent="#c0392b", margin=50,
          footer="Helixar Diagnostics, Inc.  \u00b7  Customer Training Center  \u00b7  7700 Quarry Ridge Drive, Brookfield Glen, MN 55999"),
     [T("Helixar Diagnostics, Inc.", 22, b=True, align="L", sb=8, color="accent"),
      T("Customer Training Center", 11, align="L", sb=2),
      RULE(1.0, sb=6, thick=2),
      T("Certificate of Training Completion", 20, b=True, sb=26),
      KV([("Trainee:", "Dmitri Vasquez-Holloway, MLT(ASCP)"),
          ("Facility:", "Prairie Ridge Community Hospital, Clinical Laboratory, Kearney Falls, NE"),
          ("Course:", "Operator Training: CX-900 Integrated Chemistry and Immunoassay Analyzer"),
          ("Training ID:", "TRN-25-0611"),
          ("Training dates:", "June 9\u201311, 2025"),
          ("Instrument Serial No.:", "CX9-20417-B"),
          ("Contact hours:", "16.0")], size=11, lw=0.3, sb=24, gap=5),
      T("The trainee completed all hands-on modules (start-up, calibration, quality control, "
        "maintenance and troubleshooting) and passed the operator competency checklist.", 10,
        align="L", sb=20),
      T("Helixar Diagnostics, Inc. " + PACE, 9.5, align="L", sb=10),
      SIGS([("Rhiannon Petrakis-Lowe, MLS(ASCP)", ["Field Application Specialist"]),
            ("Curtis Abernethy", ["Manager, Customer Training"])], sb=56, size=9.5)],
     G("Dmitri Vasquez-Holloway",
       "Operator Training: CX-900 Integrated Chemistry and Immunoassay Analyzer", "2025-06-11",
       16.0, "contact hour", ["Helixar Diagnostics, Inc."], "TRN-25-0611"))

# ---------------------------------------------------------------- zy21 ASCP form
cert(21, "ASCP", "acroform",
     ["portrait", "labels-above-values", "acroform-fields", "format-line", "seal"],
     "Flattened form: participant and date are values under column labels (the participant "
     "value wraps, the credentials falling onto a second line); 'On-Demand Webinar' is the format "
     "line above the title. Activity No. and CMLE credits are in a second column row; the "
     "'maximum of 1.5' statement repeats the figure.",
     PAGE("P", "sans", "double", accent="#1f3a68", seal=["ASCP", "CMLE"], seal_pos="BC",
          footer="ASCP  \u00b7  Retain this certificate for your Credential Maintenance Program records"),
     [T("ASCP", 40, b=True, sb=20, color="accent", font="serif"),
      T("American Society for Clinical Pathology", 13, sb=4),
      RULE(0.6, sb=12),
      T("Certificate of Completion", 26, sb=22, font="serif"),
      COLS(["Participant", "Date of Completion"], ["Oluwaseun Adebayo-Marsh, MBA, MLS(ASCP)CM",
                                                   "09/22/2025"],
           widths=[0.7, 0.3], size=13, sb=30, rule=True, fields=["participant", "date"]),
      T("On-Demand Webinar", 11, b=True, sb=28, color="accent"),
      T("Laboratory Stewardship Committees: Building the Business Case for Test Utilization "
        "Review", 16, b=True, sb=6, field="activity_title", font="serif"),
      COLS(["Activity No.", "CMLE Credits"], ["25-W-0382", "1.5"], widths=[0.5, 0.5],
           align="C", size=13, sb=28, rule=True, fields=["activity_no", "credits"]),
      T("The American Society for Clinical Pathology designates this enduring activity for a "
        "maximum of 1.5 CMLE credits.", 9, sb=26)],
     G("Oluwaseun Adebayo-Marsh",
       "Laboratory Stewardship Committees: Building the Business Case for Test Utilization Review",
       "2025-09-22", 1.5, "CMLE", ["American Society for Clinical Pathology", "ASCP"],
       "25-W-0382"))

# ---------------------------------------------------------------- zy22 AABB meeting
cert(22, "AABB", "chromium",
     ["landscape", "centred-award", "double-border", "seal", "meeting-attendance", "date-range",
      "maximum-vs-claimed", "several-credit-types", "meeting-in-title", "provider-name-with-for-and-&"],
     "Annual meeting attendance: the meeting name is the title (contains 'Meeting'), date = last "
     "day. 14.5 claimed of 31.0 available; the AMA PRA maximum is a distractor. Badge number and "
     "issue date are distractors.",
     PAGE("L", "serif", "double", accent="#8a1c2b", seal=["AABB", "ANNUAL", "MEETING"],
          seal_pos="BR", footer="Badge 40291  \u00b7  Certificate issued November 30, 2024"),
     [T("AABB", 30, b=True, sb=0, color="accent", font="sans"),
      T("Association for the Advancement of Blood & Biotherapies", 12, sb=0),
      T("Certificate of Attendance", 30, sb=14),
      T("This certifies that", 12, i=True, sb=12),
      T("Francesca Lombardi-Achebe, MT(ASCP)SBB", 24, b=True, sb=4),
      T("attended the", 12, i=True, sb=10),
      T("AABB 2024 Annual Meeting", 20, b=True, sb=4),
      T("October 19\u201322, 2024  \u00b7  Houston, Texas", 12, sb=4),
      T("Contact hours claimed: 14.5 of 31.0 available", 12, b=True, sb=12),
      T("AABB " + PACE + " AABB designates this live activity for a maximum of 31.0 AMA PRA "
        "Category 1 Credits\u2122 for physicians.", 8.5, sb=10),
      SIGS([("Ilse Marchetti-Dunn, MT(ASCP)SBB", ["Director, Education Programs"])], sb=36)],
     G("Francesca Lombardi-Achebe", "AABB 2024 Annual Meeting", "2024-10-22", 14.5, "contact hour",
       ["Association for the Advancement of Blood & Biotherapies", "AABB"], None))

# ---------------------------------------------------------------- zy23 CAP enduring material
cert(23, "CAP", "ghostscript",
     ["landscape", "centred-award", "single-border", "format-line", "long-title-wrap+labelled-line",
      "several-credit-types", "maximum-vs-claimed"],
     "'Enduring Material' format line; long title followed by 'Date of completion:'. Designated "
     "maxima (1.25 AMA PRA and P.A.C.E.) vs the 1.0 P.A.C.E. hour claimed.",
     PAGE("L", "sans", "single", accent="#00558c", footer="CAP Learning  \u00b7  Transcript record 2025-55817"),
     [T("College of American Pathologists", 17, b=True, sb=0, color="accent"),
      T("Certificate of Completion", 28, sb=10, font="serif"),
      T("This is to certify that", 12, i=True, sb=12),
      T("Wen-Hsuan Liao-Fitzgerald", 24, b=True, sb=4, font="serif"),
      T("has completed the", 12, i=True, sb=10),
      T("Enduring Material", 12, b=True, sb=3, color="accent"),
      T("Point-of-Care Testing Oversight: Competency Assessment and Documentation for "
        "Non-Laboratory Testing Personnel", 16, b=True, sb=4, font="serif"),
      T("Date of completion: 20 June 2025", 12, sb=4),
      TABLE(["", "AMA PRA Category 1 Credits\u2122", "ASCLS P.A.C.E.\u00ae contact hours"],
            [["Designated (maximum)", "1.25", "1.25"],
             ["Claimed by participant", "\u2014", "1.0"]], widths=[0.34, 0.33, 0.33], size=10,
            sb=14, align=["L", "C", "C"]),
      T("Activity ID 25-EM-0455", 10, sb=10),
      T("The CAP is accredited by the ACCME to provide continuing medical education for "
        "physicians. The College of American Pathologists " + PACE, 8.5, sb=8)],
     G("Wen-Hsuan Liao-Fitzgerald",
       "Point-of-Care Testing Oversight: Competency Assessment and Documentation for "
       "Non-Laboratory Testing Personnel", "2025-06-20", 1.0, "contact hour",
       ["College of American Pathologists", "CAP"], "25-EM-0455"))

# ---------------------------------------------------------------- zy24 LabCE
cert(24, "LabCE", "tcpdf",
     ["landscape", "centred-award", "corner-border", "format-line", "labels-above-values",
      "hyphenated-given-name"],
     "'Self-Study' is the format line; completion date, course number and hours are values under "
     "column labels.",
     PAGE("L", "sans", "corners", accent="#2e7d32", pad=30,
          footer="LabCE  \u00b7  Certificate ID 7Q2-88141  \u00b7  Printed November 4, 2025"),
     [T("LabCE", 26, b=True, sb=0, color="accent"),
      T("Certificate of Completion", 30, sb=10, font="serif"),
      T("This certifies that", 12, i=True, sb=14),
      T("Hyun-Woo Castellanos", 24, b=True, sb=6, font="serif"),
      T("has completed the", 12, i=True, sb=10),
      T("Self-Study", 12, b=True, sb=3, color="accent"),
      T("Bone Marrow Aspirate Differential Counts: Myeloid-to-Erythroid Ratio and Blast "
        "Enumeration", 17, b=True, sb=4, font="serif"),
      COLS(["Date of Completion", "Course Number", "P.A.C.E.\u00ae Contact Hours"],
           ["November 2, 2025", "2071", "1.5"], widths=[0.34, 0.33, 0.33], align="C", size=13,
           sb=22, rule=True),
      T("LabCE " + PACE, 8.5, sb=24)],
     G("Hyun-Woo Castellanos",
       "Bone Marrow Aspirate Differential Counts: Myeloid-to-Erythroid Ratio and Blast Enumeration",
       "2025-11-02", 1.5, "contact hour", ["LabCE"], "2071"))

# ---------------------------------------------------------------- zy25 MediaLab
cert(25, "MediaLab", "ghostscript",
     ["portrait", "small-table", "all-caps-name", "accented-name", "long-title-wrap"],
     "ALL-CAPS accented hyphenated name. Small table (course number, date, hours). Certificate ID "
     "and printed timestamp are distractors.",
     PAGE("P", "serif", "double", accent="#3b4f8c",
          footer="Certificate ID 7F3K-99QX  \u00b7  Printed August 14, 2025 11:52 PM"),
     [T("MediaLab, Inc.", 18, b=True, sb=6, color="accent", font="sans"),
      T("Continuing Education", 11, sb=2, font="sans"),
      T("Certificate of Completion", 28, sb=30),
      T("This is to certify that", 12, i=True, sb=24),
      T("MARÍA JOSÉ FERNÁNDEZ-RUIZ", 22, b=True, sb=8),
      T("has successfully completed the online course", 12, i=True, sb=16),
      T("Antimicrobial Susceptibility Testing of Anaerobes: Agar Dilution, Gradient Diffusion, and "
        "Breakpoint Updates", 16, b=True, sb=6),
      TABLE(["Course Number", "Date Completed", "Contact Hours"],
            [["ML-1147", "August 14, 2025", "2.0"]], widths=[0.33, 0.34, 0.33], size=11, sb=26,
            align=["C", "C", "C"]),
      T("MediaLab, Inc. " + PACE, 9, sb=26),
      SIGS([("Gregory Lanthier-Moss, MBA, MT(ASCP)", ["Vice President, Education"])], sb=50)],
     G("MARÍA JOSÉ FERNÁNDEZ-RUIZ",
       "Antimicrobial Susceptibility Testing of Anaerobes: Agar Dilution, Gradient Diffusion, and "
       "Breakpoint Updates", "2025-08-14", 2.0, "contact hour", ["MediaLab, Inc."], "ML-1147"))

# ---------------------------------------------------------------- zy26 ADLM meeting session
cert(26, "ADLM", "rlcanvas",
     ["portrait", "two-column-label-value", "conference-session", "date-range", "presented-by",
      "meeting-in-meeting-name", "provider-name-with-&"],
     "Session certificate at the annual meeting: the session date is gold, not the meeting range. "
     "'Session No.' is the ID. The presenter (PhD) is a distractor.",
     PAGE("P", "sans", None, accent="#5b2c83", margin=56, topbar=True,
          footer="ADLM  \u00b7  Attendee record 2025-AM-660182  \u00b7  Page 1 of 1"),
     [T("ADLM 2025", 28, b=True, align="L", sb=18, color="accent"),
      T("Association for Diagnostics & Laboratory Medicine", 12, align="L", sb=2),
      T("Annual Scientific Meeting & Clinical Lab Expo  \u00b7  July 27\u201331, 2025  \u00b7  Chicago, IL",
        10, align="L", sb=4),
      RULE(1.0, sb=8, thick=1),
      T("Session Attendance Certificate", 20, b=True, align="L", sb=26),
      KV([("Attendee", "Olivier Beaumont-Sato, PhD, DABCC"),
          ("Session", "Mass Spectrometry for Steroid Panels: Harmonizing Calibration Across "
                      "Laboratories"),
          ("Session No.", "34216"),
          ("Session date", "July 29, 2025"),
          ("Presented by", "Imani Castellanos-Reed, PhD"),
          ("Credit", "1.5 ACCENT\u00ae contact hours")], size=11.5, lw=0.22, sb=20, gap=6,
         rule=True),
      T("ADLM designates this session for a maximum of 1.5 ACCENT\u00ae contact hours. ACCENT\u00ae "
        "is the continuing education accreditation program of ADLM.", 9.5, align="L", sb=24),
      SIGS([("Theresa Vandermolen, PhD, DABCC", ["Chair, Annual Meeting Organizing Committee"])],
           sb=56)],
     G("Olivier Beaumont-Sato",
       "Mass Spectrometry for Steroid Panels: Harmonizing Calibration Across Laboratories",
       "2025-07-29", 1.5, "contact hour",
       ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "34216"))

# ---------------------------------------------------------------- zy27 NSH meeting
cert(27, "NSH", "platypus",
     ["landscape", "centred-award", "thick-border", "seal", "meeting-attendance", "date-range",
      "letter-spaced-name", "all-caps-name"],
     "Symposium/Convention attendance: title = meeting name, date = last day of the range. "
     "Letter-spaced capitals. Badge number is a distractor.",
     PAGE("L", "serif", "thick", accent="#7a3e00", seal=["NSH", "2025"], seal_pos="BL",
          footer="Badge No. 11802  \u00b7  Retain for your records"),
     [T("National Society for Histotechnology", 16, b=True, sb=0, color="accent"),
      T("NSH", 11, sb=2),
      T("Certificate of Attendance", 30, sb=14),
      T("presented to", 12, i=True, sb=14),
      T("JEREMIAH OSTERBERG", 22, b=True, sb=6, ls=4),
      T("for attendance at the", 12, i=True, sb=12),
      T("NSH 2025 Symposium/Convention", 20, b=True, sb=4),
      T("August 22\u201326, 2025  \u00b7  Providence, Rhode Island", 12, sb=4),
      T("Total contact hours earned: 21.25", 12, b=True, sb=12),
      T("The National Society for Histotechnology " + PACE, 8.5, sb=10),
      SIGS([("Cordelia Hasselbach, HT(ASCP)", ["NSH Education Chair"]),
            ("Barnaby Quist-Morales, HTL(ASCP)", ["NSH President"])], sb=34, size=9.5)],
     G("JEREMIAH OSTERBERG", "NSH 2025 Symposium/Convention", "2025-08-26", 21.25, "contact hour",
       ["National Society for Histotechnology", "NSH"], None))

# ---------------------------------------------------------------- zy28 AMT
cert(28, "AMT", "chromium",
     ["landscape", "centred-award", "single-border", "letter-spaced-name", "all-caps-name",
      "format-line", "iso-date", "hyphenated-name"],
     "Letter-spaced capital hyphenated name. 'On-Demand' format line. ISO completion date. "
     "'Course ID' is the activity ID; unit is CE hours.",
     PAGE("L", "sans", "single", accent="#0b5394", seal=["AMT", "CCP"], seal_pos="BR",
          footer="AMT Member ID 0715530  \u00b7  Certificate generated 2025-05-09"),
     [T("American Medical Technologists", 17, b=True, sb=0, color="accent"),
      T("AMT", 11, sb=0),
      T("Certificate of Continuing Education", 28, sb=16, font="school"),
      T("This certifies that", 12, i=True, sb=14),
      T("SARAH ELLINGTON-BROOKS", 22, b=True, sb=6, ls=6),
      T("has completed the", 12, i=True, sb=12),
      T("On-Demand", 11, b=True, sb=3, color="accent"),
      T("Hemolysis, Icterus, and Lipemia Indices: Setting Rejection Thresholds That Protect "
        "Patients", 17, b=True, sb=4, font="school"),
      T("Completion date: 2025-05-07", 12, sb=4),
      T("CE Hours: 1.0      Course ID: AMT-OD-7781", 11, sb=12),
      SIGS([("Beatrix Lindahl-Moreau, MT(AMT)", ["Manager, Continuing Education"])], sb=30)],
     G("SARAH ELLINGTON-BROOKS",
       "Hemolysis, Icterus, and Lipemia Indices: Setting Rejection Thresholds That Protect Patients",
       "2025-05-07", 1.0, "CE hour", ["American Medical Technologists", "AMT"], "AMT-OD-7781"))

# ---------------------------------------------------------------- zy29 CLSI letter
cert(29, "CLSI", "docx",
     ["portrait", "letter-style", "two-column-label-value", "meeting-in-title", "accented-name",
      "format-as-value"],
     "Letter style. The title starts with the word 'Meeting' (a verb, part of the title). The "
     "format is given as a separate 'Format:' value. 'Program No.' is the activity ID.",
     PAGE("P", "serif", None, accent="#1b4f72", margin=68,
          footer="Clinical and Laboratory Standards Institute  \u00b7  eLearning Center  \u00b7  Page 1 of 1"),
     [T("CLSI", 26, b=True, align="L", sb=0, color="accent", font="sans"),
      T("Clinical and Laboratory Standards Institute", 11, align="L", sb=0),
      RULE(1.0, sb=6, thick=1),
      T("August 5, 2025", 11, align="L", sb=22),
      T("To whom it may concern:", 11, align="L", sb=16),
      T("This letter certifies that the individual named below completed the CLSI eLearning "
        "program listed and is awarded the continuing education credit shown.", 11, align="L",
        sb=8),
      KV([("Participant", "Tomasz Wiśniewski-Grant, MLS(ASCP)"),
          ("Program", "Meeting CAP and CLIA Requirements for Method Verification: Applying EP15 "
                      "and EP12"),
          ("Format", "Self-Study (eLearning)"),
          ("Program No.", "ELP-2290"),
          ("Completion date", "31 July 2025"),
          ("P.A.C.E.\u00ae contact hours", "3.0")], size=11, lw=0.3, sb=14, gap=4),
      T("CLSI " + PACE, 10, align="L", sb=16),
      T("Sincerely,", 11, align="L", sb=18),
      T("Vivienne Albrecht-Osei", 18, align="L", sb=2, font="school", i=True, color="#1f2a72"),
      T("Vivienne Albrecht-Osei, MS, MLS(ASCP)CM\nDirector, Education and Training", 11,
        align="L", sb=2)],
     G("Tomasz Wiśniewski-Grant",
       "Meeting CAP and CLIA Requirements for Method Verification: Applying EP15 and EP12",
       "2025-07-31", 3.0, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"],
       "ELP-2290"))

# ---------------------------------------------------------------- zy30 ASM webinar
cert(30, "ASM", "fodt",
     ["landscape", "centred-award", "double-border", "format-in-verb-phrase",
      "long-title-wrap+labelled-line", "download-date-distractor"],
     "'has attended the live webinar' carries the format. 'Offering No.' is the ID. The download "
     "date is a distractor.",
     PAGE("L", "sans", "double", accent="#00665e",
          footer="Certificate downloaded April 10, 2025  \u00b7  ASM Clinical Microbiology Webinar Series"),
     [T("American Society for Microbiology", 17, b=True, sb=0, color="accent"),
      T("Certificate of Completion", 30, sb=12, font="serif"),
      T("This is to certify that", 12, i=True, sb=14),
      T("Paulina Zawadzka-Ellery, SM(ASCP)", 24, b=True, sb=4),
      T("has attended the live webinar", 12, i=True, sb=10),
      T("Candida auris Screening: Colonization Swabs, Molecular Assays, and Reporting Timelines "
        "for Infection Prevention", 17, b=True, sb=4, font="serif"),
      T("Webinar held: April 8, 2025", 12, sb=4),
      T("Offering No. 25-CMW-04   \u00b7   1.0 P.A.C.E.\u00ae contact hour", 11, sb=12),
      T("ASM " + PACE, 8.5, sb=14),
      SIGS([("Sunniva Adeyemi-Roth, PhD", ["Director, Meetings and Education"])], sb=34)],
     G("Paulina Zawadzka-Ellery",
       "Candida auris Screening: Colonization Swabs, Molecular Assays, and Reporting Timelines for "
       "Infection Prevention", "2025-04-08", 1.0, "contact hour",
       ["American Society for Microbiology", "ASM"], "25-CMW-04"))

# ---------------------------------------------------------------- zy31 state society meeting form
cert(31, "state-society", "acroform",
     ["landscape", "centred-award", "single-border", "acroform-fields", "meeting-attendance",
      "date-range", "suffix-Sr", "labels-above-values"],
     "Fall meeting attendance from a form: name, meeting, dates and hours are flattened fields. "
     "Title = meeting name, date = last day. Suffix 'Sr.' is kept.",
     PAGE("L", "serif", "single", accent="#34495e", seal=["KSSMLS", "EST. 1961"], seal_pos="BL",
          footer="KSSMLS  \u00b7  Membership No. 2209-44  \u00b7  www.kssmls.example.org"),
     [T("Keystone State Society for Medical Laboratory Science", 16, b=True, sb=2, color="accent"),
      T("KSSMLS", 10, sb=2),
      T("Certificate of Attendance", 30, sb=16),
      T("This certifies that", 12, i=True, sb=14),
      T("Harold P. Nakashima Sr., MT(ASCP)", 22, b=True, sb=4, field="attendee"),
      T("attended the", 12, i=True, sb=10),
      T("KSSMLS 2025 Fall Meeting", 19, b=True, sb=4, field="meeting"),
      COLS(["Dates", "Location", "Contact Hours Earned"],
           ["October 3\u20134, 2025", "Harrisburg, Pennsylvania", "10.0"],
           widths=[0.33, 0.34, 0.33], align="C", size=12, sb=18, rule=True,
           fields=[None, "location", "hours"]),
      T("KSSMLS " + PACE, 8.5, sb=20),
      SIGS([("Delphine Okwuosa-Brandt, MS, MLS(ASCP)", ["KSSMLS President"])], sb=34, size=9.5)],
     G("Harold P. Nakashima Sr.", "KSSMLS 2025 Fall Meeting", "2025-10-04", 10.0, "contact hour",
       ["Keystone State Society for Medical Laboratory Science", "KSSMLS"], None))

# ---------------------------------------------------------------- zy32 hospital in-service grossing
cert(32, "hospital-inservice", "tcpdf",
     ["portrait", "two-column-label-value", "office-provider", "grossing-in-title",
      "presented-by", "employee-id-distractor"],
     "Pathology education office of a university hospital. Title begins with 'Grossing' (real "
     "course). 'Course No.' is the ID; the presenting pathologist and employee number are "
     "distractors. Unit is CE hours.",
     PAGE("P", "serif", "single", accent="#4b2e83", margin=52,
          footer="Halvorsen University Hospital  \u00b7  Employee No. 118804  \u00b7  Record generated 02/19/2025"),
     [T("Halvorsen University Hospital", 19, b=True, sb=10, color="accent"),
      T("Halvorsen University Hospital, Pathology Education Office", 11, sb=4),
      RULE(0.7, sb=10),
      T("Certificate of Completion", 26, sb=24),
      T("Anatomic Pathology In-Service Education", 12, i=True, sb=4),
      KV([("Participant", "Ingeborg Aalto-Fairweather, HTL(ASCP)"),
          ("Course", "Grossing of Breast Specimens: Lumpectomy Orientation, Inking, and "
                     "Sectioning for Margin Assessment"),
          ("Course No.", "AP-IS-0218"),
          ("Date", "02/18/2025"),
          ("Presented by", "Dr. Ingrid Solberg-Mensah, MD, Surgical Pathology"),
          ("CE hours", "2.0")], size=11.5, lw=0.25, sb=30, gap=6, rule=True),
      T("Halvorsen University Hospital, Pathology Education Office " + PACE, 9.5, align="L",
        sb=28),
      SIGS([("Dr. Ingrid Solberg-Mensah, MD", ["Course Director"]),
            ("Thaddeus Brightwater, MS, HTL(ASCP)", ["Education Coordinator"])], sb=60, size=9.5)],
     G("Ingeborg Aalto-Fairweather",
       "Grossing of Breast Specimens: Lumpectomy Orientation, Inking, and Sectioning for Margin "
       "Assessment", "2025-02-18", 2.0, "CE hour",
       ["Halvorsen University Hospital", "Halvorsen University Hospital, Pathology Education Office"],
       "AP-IS-0218"))

# ---------------------------------------------------------------- zy33 public health lab
cert(33, "public-health-lab", "chromium",
     ["portrait", "labels-above-values", "small-table", "topbar", "training-in-title",
      "class-no"],
     "Public health laboratory workshop; labels above values for participant / date; a small "
     "table with class number, date and hours. Lab registration number is a distractor.",
     PAGE("P", "sans", None, accent="#0f4c5c", margin=56, topbar=True,
          footer="Red River Valley Public Health Laboratory  \u00b7  Laboratory Response Network Sentinel Outreach"),
     [T("Red River Valley Public Health Laboratory", 19, b=True, align="L", sb=16, color="accent"),
      T("Sentinel Laboratory Outreach Program", 11, align="L", sb=2),
      RULE(1.0, sb=8, thick=1.2),
      T("Certificate of Completion", 24, b=True, sb=28),
      COLS(["Participant", "Date of Completion"], ["Matthias Oyelowo-Karlsson", "September 10, 2025"],
           widths=[0.6, 0.4], size=14, sb=28, rule=True),
      COLS(["Sentinel Laboratory", "CLIA / Lab Registration No."],
           ["Pembina County Regional Hospital Laboratory", "35D0998172"], widths=[0.6, 0.4],
           size=11, sb=14, vb=False),
      T("Training completed", 10, b=True, align="L", sb=22),
      T("Sentinel Laboratory Training: Rule-Out and Referral of Bacillus anthracis, Yersinia "
        "pestis, Francisella tularensis, and Brucella species", 15, b=True, align="L", sb=4),
      TABLE(["Class No.", "Date", "Contact Hours"], [["LRN-25-07", "September 10, 2025", "4.0"]],
            widths=[0.33, 0.4, 0.27], size=11, sb=20),
      T("Red River Valley Public Health Laboratory " + PACE, 9.5, align="L", sb=22),
      SIGS([("Beatriz Halloran-Szabo, PhD, D(ABMM)", ["Laboratory Director"]),
            ("Kenji Ostrowski, MS, MLS(ASCP)CM", ["Bioterrorism Response Coordinator"])], sb=56,
           size=9.5)],
     G("Matthias Oyelowo-Karlsson",
       "Sentinel Laboratory Training: Rule-Out and Referral of Bacillus anthracis, Yersinia pestis, "
       "Francisella tularensis, and Brucella species", "2025-09-10", 4.0, "contact hour",
       ["Red River Valley Public Health Laboratory"], "LRN-25-07"))

# ---------------------------------------------------------------- zy34 joint accreditation letter
cert(34, "joint-accreditation", "rlcanvas",
     ["portrait", "letter-style", "credit-table", "several-credit-types", "maximum-vs-claimed",
      "date-range", "ACPE-CEU-distractor", "accreditation-statements"],
     "Jointly accredited institute; the participant claimed 5.5 P.A.C.E. contact hours of 6.75 "
     "available. AMA PRA, ANCC and ACPE (with 0.675 CEU) figures are distractors. Two-day "
     "conference: last day is gold.",
     PAGE("P", "serif", None, accent="#7b3f00", margin=60,
          footer="Bayfront Health Sciences Institute  \u00b7  Credit record generated April 14, 2025  \u00b7  Page 1 of 1"),
     [T("Bayfront Health Sciences Institute", 20, b=True, align="L", sb=0, color="accent"),
      T("BHSI  \u00b7  Continuing Interprofessional Education", 10, align="L", sb=2),
      RULE(1.0, sb=6, thick=1),
      T("CERTIFICATE OF PARTICIPATION", 16, b=True, align="L", sb=20, ls=1),
      KV([("Participant:", "Lorena Abernathy-Quispe, MLS(ASCP)CM"),
          ("Activity:", "Transfusion Medicine and Patient Blood Management Update 2025"),
          ("Activity ID:", "2025-0327-TM"),
          ("Dates:", "March 27\u201328, 2025"),
          ("Location:", "Bayfront Conference Center, Harbor City")], size=11, lw=0.2, sb=12,
         gap=3),
      TABLE(["Credit type", "Maximum available", "Claimed"],
            [["AMA PRA Category 1 Credits\u2122", "6.75", "\u2014"],
             ["ANCC nursing contact hours", "6.75", "\u2014"],
             ["ACPE contact hours (0.675 CEUs)", "6.75", "\u2014"],
             ["ASCLS P.A.C.E.\u00ae contact hours", "6.75", "5.5"]],
            widths=[0.52, 0.26, 0.22], size=10, sb=14, align=["L", "C", "C"]),
      T("In support of improving patient care, Bayfront Health Sciences Institute is jointly "
        "accredited by the Accreditation Council for Continuing Medical Education (ACCME), the "
        "Accreditation Council for Pharmacy Education (ACPE), and the American Nurses "
        "Credentialing Center (ANCC), to provide continuing education for the healthcare team.",
        8.5, align="L", sb=12),
      T("Bayfront Health Sciences Institute designates this live activity for a maximum of 6.75 "
        "AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate "
        "with the extent of their participation in the activity.", 8.5, align="L", sb=4),
      T("Bayfront Health Sciences Institute " + PACE, 8.5, align="L", sb=4),
      SIGS([("Octavia Renner-Mbatha, PharmD", ["Director, Continuing Interprofessional Education"])],
           sb=40, size=9.5)],
     G("Lorena Abernathy-Quispe", "Transfusion Medicine and Patient Blood Management Update 2025",
       "2025-03-28", 5.5, "contact hour", ["Bayfront Health Sciences Institute", "BHSI"],
       "2025-0327-TM"))

# ---------------------------------------------------------------- zy35 university CEU
cert(35, "university-CEU", "fpdf",
     ["landscape", "centred-award", "double-border", "seal", "school-provider", "CEU",
      "date-range", "conferral-date-distractor", "accented-name"],
     "University school of continuing education; an eight-week course (range: last day gold). "
     "3.2 CEU = 32 points. Conferral date is a distractor. 'Offering No.' is the ID.",
     PAGE("L", "serif", "double", accent="#283c63", seal=["UNIVERSITY", "OF EASTBROOK", "1894"],
          seal_pos="BL", footer="Date conferred: August 15, 2025  \u00b7  Transcript available from the Office of the Registrar"),
     [T("University of Eastbrook", 24, b=True, sb=0, color="accent"),
      T("University of Eastbrook, School of Professional & Continuing Education", 12, sb=2),
      T("Certificate of Completion", 30, sb=14),
      T("This certifies that", 12, i=True, sb=12),
      T("Émile Gagnon-Whitaker", 26, b=True, sb=4),
      T("has satisfactorily completed the non-credit professional course", 12, i=True, sb=10),
      T("Molecular Diagnostics Bootcamp: PCR Assay Design, Validation, and Quality Assurance", 17,
        b=True, sb=4),
      T("June 2 \u2013 July 25, 2025   \u00b7   Offering No. MDX-2025-03", 12, sb=6),
      T("and is awarded 3.2 Continuing Education Units (CEUs)", 13, b=True, sb=8),
      SIGS([("Ottoline Ferreira-Banks, EdD", ["Dean, School of Professional & Continuing Education"])],
           sb=34, size=9.5)],
     G("Émile Gagnon-Whitaker",
       "Molecular Diagnostics Bootcamp: PCR Assay Design, Validation, and Quality Assurance",
       "2025-07-25", 3.2, "CEU",
       ["University of Eastbrook", "University of Eastbrook, School of Professional & Continuing Education"],
       "MDX-2025-03"))

# ---------------------------------------------------------------- zy36 vendor webinar
cert(36, "vendor", "docx",
     ["portrait", "centred-award", "single-border", "format-line", "long-title-wrap+labelled-line",
      "customer-account-distractor"],
     "Vendor on-demand webinar: 'On-Demand Webinar' is the format line. 'Course ID' is the "
     "activity ID; customer account is a distractor.",
     PAGE("P", "sans", "single", accent="#e07a1f",
          footer="Corvane Molecular Systems  \u00b7  Customer Account 44120  \u00b7  education.corvane.example.com"),
     [SP(30),
      T("Corvane Molecular Systems", 20, b=True, sb=10, color="accent"),
      T("Clinical Education", 11, sb=2),
      T("Certificate of Completion", 26, sb=40),
      T("This certifies that", 12, i=True, sb=26),
      T("Thandiwe Mokoena-Reyes, MB(ASCP)CM", 21, b=True, sb=6),
      T("has completed the", 12, i=True, sb=14),
      T("On-Demand Webinar", 12, b=True, sb=4, color="accent"),
      T("Sample-to-Answer Respiratory Panels: Interpreting Co-Detections and Low-Positive Results",
        16, b=True, sb=4),
      T("Date of completion: April 25, 2025", 12, sb=4),
      T("Course ID: CMS-W-0425   \u00b7   1.0 contact hour (P.A.C.E.\u00ae)", 11, sb=18),
      T("Corvane Molecular Systems " + PACE + " This program is educational and does not promote "
        "any specific product.", 9, sb=24),
      SIGS([("Laszlo Ferreira-Quint, PhD", ["Director, Clinical Education"])], sb=90)],
     G("Thandiwe Mokoena-Reyes",
       "Sample-to-Answer Respiratory Panels: Interpreting Co-Detections and Low-Positive Results",
       "2025-04-25", 1.0, "contact hour", ["Corvane Molecular Systems"], "CMS-W-0425"))

# ---------------------------------------------------------------- zy37 P.A.C.E. provider issuer line
cert(37, "PACE-provider", "platypus",
     ["portrait", "centred-award", "double-border", "issuer-line-under-title", "ethics-in-title",
      "long-title-wrap+labelled-line", "accented-name", "program-no-without-colon"],
     "Provider appears only as the issuer line under 'Certificate of Completion' (and in the "
     "P.A.C.E. statement). Title about ethics. Two-surname accented name without hyphen.",
     PAGE("P", "serif", "double", accent="#2c3e50",
          footer="Certificate No. SCLE-0093341  \u00b7  Issued 10/06/2025"),
     [T("Certificate of Completion", 30, sb=60),
      T("issued by Summit Clinical Laboratory Education, LLC", 12, i=True, sb=6, color="accent"),
      RULE(0.4, sb=14),
      T("This is to certify that", 12, i=True, sb=30),
      T("Rafael Quiñones Beltrán", 24, b=True, sb=8),
      T("has completed the continuing education program", 12, i=True, sb=16),
      T("Ethics and Professionalism for Laboratory Professionals: Confidentiality, Conflicts of "
        "Interest, and Reporting Obligations", 16, b=True, sb=6),
      T("Date of completion: 2 October 2025", 12, sb=4),
      T("Contact hours: 1.0", 12, sb=16),
      T("Program No. 612-003-25", 11, sb=4),
      T("Summit Clinical Laboratory Education, LLC " + PACE, 9, sb=30),
      SIGS([("Genevieve Castellano-Pratt, MS, MLS(ASCP)CM", ["Program Director"])], sb=80)],
     G("Rafael Quiñones Beltrán",
       "Ethics and Professionalism for Laboratory Professionals: Confidentiality, Conflicts of "
       "Interest, and Reporting Obligations", "2025-10-02", 1.0, "contact hour",
       ["Summit Clinical Laboratory Education, LLC"], "612-003-25"))

# ---------------------------------------------------------------- zy38 ASCLS webinar
cert(38, "ASCLS", "fodt",
     ["landscape", "centred-award", "thick-border", "format-line", "meetings-in-title",
      "program-no-without-colon", "multiple-credentials"],
     "'On-Demand' format line; the title contains 'Meetings' (real title word). Name followed by "
     "three credentials. ASCLS is its own P.A.C.E. provider.",
     PAGE("L", "serif", "thick", accent="#006d77",
          footer="ASCLS Member No. 553019  \u00b7  Certificate printed March 1, 2025"),
     [T("ASCLS", 24, b=True, sb=0, color="accent", font="sans"),
      T("American Society for Clinical Laboratory Science", 13, sb=2),
      T("Certificate of Completion", 30, sb=14),
      T("This is to certify that", 12, i=True, sb=12),
      T("Kwame Asante-Lindström, MS, MLS(ASCP)CM, SC(ASCP)", 22, b=True, sb=4),
      T("has completed the", 12, i=True, sb=10),
      T("On-Demand", 12, b=True, sb=3, color="accent"),
      T("Leading Effective Huddles and Staff Meetings in the Clinical Laboratory", 18, b=True,
        sb=4),
      T("Completed 2025-02-19", 12, sb=4),
      T("P.A.C.E.\u00ae contact hours: 1.0     \u00b7     P.A.C.E.\u00ae Program No. 519-033-25", 11,
        sb=12),
      T("ASCLS " + PACE, 8.5, sb=14),
      SIGS([("Dana Kowalczyk-Reyes, EdD, MLS(ASCP)CM", ["Chair, Education and Professional "
                                                        "Development Committee"])], sb=30,
           size=9.5)],
     G("Kwame Asante-Lindström",
       "Leading Effective Huddles and Staff Meetings in the Clinical Laboratory", "2025-02-19",
       1.0, "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"],
       "519-033-25"))

# ---------------------------------------------------------------- zy39 CAP two-page
cert(39, "CAP", "tcpdf",
     ["portrait", "two-page", "centred-award", "single-border", "safety-in-title",
      "several-credit-types", "accreditation-statements", "presented-by"],
     "Two pages: page 1 certificate, page 2 accreditation/credit designation and faculty. "
     "'Laboratory Safety Inspections' is the title ('Safety' is a title word). AMA PRA 1.0 "
     "maximum and ABPath SAM note are distractors; the P.A.C.E. figure is gold. Webinar date "
     "is the completion date.",
     PAGE("P", "serif", "single", accent="#00558c",
          footer="College of American Pathologists  \u00b7  Learning Transcript  \u00b7  Customer No. 00419287"),
     [T("College of American Pathologists", 20, b=True, sb=10, color="accent"),
      T("CAP", 11, sb=2, ls=2),
      T("Certificate of Completion", 28, sb=34),
      T("This certifies that", 12, i=True, sb=26),
      T("Benedikt Hoffmann-Adeyemi, MLS(ASCP)CM", 21, b=True, sb=8),
      T("participated in the webinar", 12, i=True, sb=14),
      T("Laboratory Safety Inspections: Fire, Electrical, and Chemical Hazards on the Accreditation "
        "Checklist", 16, b=True, sb=6),
      T("Webinar date: March 26, 2025", 12, sb=6),
      KV([("ASCLS P.A.C.E.\u00ae contact hours", "1.0"),
          ("Activity No.", "25-WB-0326")], size=11, lw=0.6, sb=20, align="C"),
      T("See page 2 for accreditation statements and faculty.", 9, i=True, sb=16),
      SIGS([("Maren Oyelaran-Whitcomb, MD, FCAP", ["Chair, Council on Education"])], sb=56),
      BR(),
      T("Accreditation and Credit Designation", 15, b=True, align="L", sb=0),
      T("The College of American Pathologists (CAP) is accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME) to provide continuing medical education for "
        "physicians. The CAP designates this live activity for a maximum of 1.0 AMA PRA "
        "Category 1 Credit\u2122. Physicians should claim only the credit commensurate with the "
        "extent of their participation in the activity.", 10, align="L", sb=10),
      T("The College of American Pathologists " + PACE, 10, align="L", sb=8),
      T("This activity does not offer ABPath Self-Assessment Module (SAM) credit.", 10,
        align="L", sb=8),
      T("Faculty", 12, b=True, align="L", sb=18),
      T("Presented by Lucius Amankwah-Dorsey, MD, FCAP, Laboratory Medical Director, and Petra "
        "Vukovic-Hale, MS, MT(ASCP), Safety Officer.", 10, align="L", sb=4),
      T("Disclosure: None of the planners or faculty have relevant financial relationships with "
        "ineligible companies.", 10, align="L", sb=8)],
     G("Benedikt Hoffmann-Adeyemi",
       "Laboratory Safety Inspections: Fire, Electrical, and Chemical Hazards on the Accreditation "
       "Checklist", "2025-03-26", 1.0, "contact hour", ["College of American Pathologists", "CAP"],
       "25-WB-0326"))

# ---------------------------------------------------------------- zy40 ASCP form landscape
cert(40, "ASCP", "acroform",
     ["landscape", "centred-award", "thick-border", "acroform-fields", "format-line",
      "honorific-Dr", "two-column-label-value"],
     "Form with 'Dr.' before the name (dropped in gold) and trailing credentials. 'Live Virtual "
     "Session' format line. 'Course No.' is the ID; the certificate number is a distractor.",
     PAGE("L", "serif", "thick", accent="#1f3a68", seal=["ASCP", "CMLE"], seal_pos="BR",
          footer="ASCP Certificate No. 25-0088713  \u00b7  Printed December 5, 2025"),
     [T("American Society for Clinical Pathology", 17, b=True, sb=2, color="accent"),
      T("Certificate of Completion", 30, sb=12),
      T("This is to certify that", 12, i=True, sb=12),
      T("Dr. Jean-Baptiste Okonjo, PhD, MLS(ASCP)CM", 24, b=True, sb=4, field="participant"),
      T("has successfully completed the", 12, i=True, sb=10),
      T("Live Virtual Session", 12, b=True, sb=3, color="accent"),
      T("Lean Daily Management: Tiered Huddles, Visual Boards, and Escalation in the Core "
        "Laboratory", 17, b=True, sb=4, field="course_title"),
      KV([("Date of completion:", "December 3, 2025"),
          ("Course No.:", "LMU-2210"),
          ("CMLE credits awarded:", "2.0")], size=12, lw=0.45, sb=14, align="C",
         fields=["date", "course_no", "credits"]),
      T("ASCP designates this live virtual activity for a maximum of 2.0 CMLE credits.", 8.5,
        sb=14)],
     G("Jean-Baptiste Okonjo",
       "Lean Daily Management: Tiered Huddles, Visual Boards, and Escalation in the Core Laboratory",
       "2025-12-03", 2.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "LMU-2210"))

assert len(CERTS) == 40, len(CERTS)
