"""The 40 certificates of the z34 blind set: page setup, printed blocks, gold.

Every person, hospital, university, vendor and activity here is invented.
Real organisation names (ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM,
CLSI, APHL, LabCE, MediaLab, state societies) carry invented activities.
"""

# ------------------------------------------------------------------ helpers


def L(text, st="body", **kw):
    d = {"t": "line", "text": text, "st": st}
    d.update(kw)
    return d


def T(lines, st="title", **kw):
    d = {"t": "lines", "lines": list(lines), "st": st}
    d.update(kw)
    return d


def P(text, st="fine", **kw):
    d = {"t": "para", "text": text, "st": st}
    d.update(kw)
    return d


def G(h=8):
    return {"t": "gap", "h": h}


def FILL(h=20):
    return {"t": "fill", "h": h}


def HR(**kw):
    d = {"t": "hr"}
    d.update(kw)
    return d


def KV(rows, **kw):
    d = {"t": "kv", "rows": [list(r) for r in rows]}
    d.update(kw)
    return d


def COLS(labels, values, **kw):
    d = {"t": "cols", "labels": list(labels), "values": list(values)}
    d.update(kw)
    return d


def TABLE(header, rows, **kw):
    d = {"t": "table", "header": list(header), "rows": [list(r) for r in rows]}
    d.update(kw)
    return d


def SIGS(*sigs, **kw):
    d = {"t": "sigs", "sigs": [list(s) for s in sigs]}
    d.update(kw)
    return d


def PB():
    return {"t": "pagebreak"}


def gold(name, title, date, credits, unit, provider, activity_id):
    points = round(credits * 10, 4) if unit == "CEU" else credits
    return dict(name=name, title=title, date=date, credits=credits, unit=unit,
                points=points, provider=list(provider), activity_id=activity_id)


PACE = ("{p} is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")

LAND = dict(orient="landscape")
PORT = dict(orient="portrait")
SANS = {"head": ["sans", None], "body": ["sans", None], "name": ["sans", "B"]}
SERIF = {"head": ["serif", None], "body": ["serif", None], "name": ["serif", "BI"]}
MIXED = {"head": ["serif", None], "body": ["sans", None], "name": ["serif", "I"]}

CERTS = []


def cert(id, style, producer, layout, notes, g, page, blocks):
    CERTS.append(dict(id=id, style=style, producer=producer, layout=layout, notes=notes,
                      gold=g, page=page, blocks=blocks))


# =================================================================== yh01
cert("yh01", "ascp", "chromium",
     ["landscape", "centred-award", "double-border", "seal", "format-line", "wrapped-title",
      "labelled-date-after-title", "credentials-after-name", "signature-block"],
     "ASCP on-demand webinar. 'On-Demand Webinar' is a format line, not title. Title wraps and "
     "is directly followed by 'Date of completion:'. Issue date and customer ID are distractors.",
     gold("Danielle R. Okafor",
          "Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: A Case-Based Review",
          "2025-04-17", 1.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"],
          "25-HEM-0417"),
     dict(LAND, border="double", seal="br", accent="#0b3d6b", align="C",
          fonts={"head": ["palatino", None], "body": ["serif", None], "name": ["script", ""]},
          doctitle="ASCP Certificate of Completion"),
     [L("American Society for Clinical Pathology", "org", c="accent"),
      G(4),
      L("Certificate of Completion", "h1", c="accent"),
      G(4),
      L("This is to certify that", "intro"),
      L("Danielle R. Okafor, MLS(ASCP)CM", "name", size=34),
      L("has successfully completed the", "body"),
      L("On-Demand Webinar", "fmt", c="accent"),
      G(2),
      T(["Interpreting Peripheral Blood Smears in Suspected Thrombotic",
         "Microangiopathy: A Case-Based Review"]),
      L("Date of completion: April 17, 2025", "body"),
      G(6),
      L("and is awarded 1.0 CMLE credit", "bodyb"),
      L("Activity ID: 25-HEM-0417", "small", c="grey"),
      FILL(16),
      P("ASCP designates this enduring material for a maximum of 1.0 CMLE credit. ASCP CMLE credit "
        "meets the continuing education requirements of the ASCP Board of Certification Credential "
        "Maintenance Program (CMP).", w=0.6),
      G(2),
      SIGS(["Karen T. Lindqvist, MS, MLS(ASCP)CM", "Director, Continuing Education"], w=0.45,
           align="L"),
      L("Certificate issued April 18, 2025  \u00b7  Customer ID 00482197", "fine", c="grey",
        align="L"),
      ])

# =================================================================== yh02
cert("yh02", "ascp", "rl-platypus",
     ["portrait", "letter-style", "left-aligned", "two-page", "honorific", "hyphenated-name",
      "credentials-after-name", "credit-table", "maximum-vs-claimed", "date-range",
      "meeting-attendance", "session-list"],
     "Statement-of-credit letter for a meeting: title is the meeting name, date is the last day "
     "of Oct 2-4, 2024. CMLE claimed 12.5 (maximum 18.0); AMA PRA row is a distractor. 'Dr.' "
     "and credentials dropped. Letter date, claim date and registration number are distractors. "
     "Page 2 lists sessions.",
     gold("Lucille Abernathy-Voss", "ASCP 2024 Annual Meeting", "2024-10-04", 12.5, "CMLE",
          ["American Society for Clinical Pathology", "ASCP"], None),
     dict(PORT, border="none", align="L", accent="#004a80", fonts=MIXED, margin=66,
          doctitle="Statement of Credit"),
     [L("ASCP", "orgl", c="accent", size=26),
      L("American Society for Clinical Pathology", "orgs", c="accent"),
      HR(w=1.0, h=12),
      G(6),
      L("November 12, 2024", "small"),
      G(8),
      T(["Dr. Lucille Abernathy-Voss, PhD, MLS(ASCP)CM", "Clinical Chemistry Laboratory",
         "Cedar Hollow Regional Medical Center", "4100 Larkspur Avenue",
         "Fort Calloway, MO 64012"], "small"),
      G(12),
      L("Statement of Continuing Education Credit", "h2", c="accent"),
      G(8),
      L("Dear Dr. Abernathy-Voss:", "body"),
      G(6),
      P("Thank you for attending the ASCP 2024 Annual Meeting. This letter confirms the continuing "
        "education credit you claimed through the online evaluation on October 21, 2024. Please "
        "retain it with your records for the ASCP Board of Certification Credential Maintenance "
        "Program (CMP).", "body", w=1.0, lead=1.4),
      G(10),
      KV([("Participant", "Lucille Abernathy-Voss, PhD, MLS(ASCP)CM"),
          ("Activity", "ASCP 2024 Annual Meeting"),
          ("Dates", "October 2\u20134, 2024"),
          ("Location", "Chicago, Illinois"),
          ("Registration No.", "24-88172")], w=0.85, lw=0.3),
      G(12),
      TABLE(["Credit type", "Designated (maximum)", "Claimed"],
            [["CMLE credits", "18.0", "12.5"],
             ["AMA PRA Category 1 Credits\u2122 (physicians only)", "18.00", "\u2014"]],
            widths=[0.56, 0.26, 0.18], w=0.85),
      G(10),
      P("The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council "
        "for Continuing Medical Education (ACCME) to provide continuing medical education for "
        "physicians. ASCP designates this live activity for a maximum of 18.0 AMA PRA Category 1 "
        "Credits\u2122. Physicians should claim only the credit commensurate with the extent of their "
        "participation in the activity. ASCP CMLE credit is accepted by the ASCP Board of "
        "Certification for the Credential Maintenance Program.", "fine", w=1.0),
      G(14),
      L("Sincerely,", "body"),
      SIGS(["Marcus J. Ellery", "Senior Manager, Meetings and Accreditation"], w=0.45, align="L"),
      PB(),
      L("ASCP 2024 Annual Meeting \u2014 sessions attended", "h2", c="accent"),
      L("Lucille Abernathy-Voss  \u00b7  Registration No. 24-88172", "small"),
      G(10),
      TABLE(["Date", "Session", "CMLE"],
            [["Oct 2", "Opening General Session: The Laboratory Workforce in 2030", "1.0"],
             ["Oct 2", "Troponin Assays and Rapid Rule-Out Pathways", "1.5"],
             ["Oct 2", "Laboratory Leadership: Managing Through Staffing Shortages", "1.5"],
             ["Oct 3", "Lipid Testing Update: ApoB, Lp(a), and Calculated LDL", "2.0"],
             ["Oct 3", "Poster Session and Exhibit Hall Learning Lab", "1.0"],
             ["Oct 3", "Pediatric Reference Intervals: Building and Verifying", "1.5"],
             ["Oct 4", "Point-of-Care Glucose Testing in Critically Ill Patients", "2.0"],
             ["Oct 4", "Closing Keynote: Diagnostic Stewardship", "2.0"],
             ["", "Total claimed", "12.5"]],
            widths=[0.12, 0.74, 0.14], w=1.0),
      G(10),
      P("Sessions are listed as recorded in the online evaluation. Credit is awarded only for "
        "sessions attended in full.", "finei", w=1.0),
      ])

# =================================================================== yh03
cert("yh03", "aabb", "fodt",
     ["landscape", "centred-award", "double-border", "issuer-line-only", "format-line",
      "wrapped-title", "labelled-date-after-title", "accented-name", "hyphenated-name",
      "program-no-without-colon", "for-and-in-provider-name"],
     "Provider appears only as the small issuer line over the certificate title (full name with "
     "'for' and '&') and as 'AABB' in the P.A.C.E. statement. 'eCast' is the format. ID is "
     "'Program No. 139-512-25' (no colon). Print date and order number are distractors.",
     gold("Tomás Ibáñez-Ruiz",
          "Patient Blood Management in Obstetric Hemorrhage: Building a Massive Transfusion Response That Works",
          "2025-09-10", 1.5, "contact hour",
          ["Association for the Advancement of Blood & Biotherapies", "AABB"], "139-512-25"),
     dict(LAND, border="double", accent="#8c1d2b", align="C", margin=62,
          fonts={"head": ["serif", None], "body": ["serif", None], "name": ["palatino", "I"]},
          doctitle="eCast certificate"),
     [L("Association for the Advancement of Blood & Biotherapies", "orgsi", c="grey"),
      G(2),
      L("Certificate of Completion", "h1", c="accent"),
      G(10),
      L("presented to", "intro"),
      L("Tomás Ibáñez-Ruiz, MLS(ASCP)SBB", "name"),
      G(6),
      L("for participation in the", "body"),
      L("eCast", "fmti", c="accent"),
      T(["Patient Blood Management in Obstetric Hemorrhage: Building a",
         "Massive Transfusion Response That Works"], "title"),
      L("Date of participation: September 10, 2025", "body"),
      G(6),
      L("Contact hours awarded: 1.5", "bodyb"),
      FILL(12),
      P(PACE.format(p="AABB") + " Program No. 139-512-25", w=0.75),
      G(6),
      SIGS(["Renata Okonjo-Hale, MT(ASCP)SBB", "Director, Education"], w=0.4),
      G(4),
      L("Printed 11/03/2025  \u00b7  Order #AB-771204", "fine", c="grey"),
      ])

# =================================================================== yh04
cert("yh04", "aabb", "tcpdf",
     ["portrait", "two-column-label-value", "all-caps-name", "suffix", "session-certificate",
      "conference-date-range", "badge-number"],
     "Session certificate at a multi-day meeting: gold date is the session date (Oct 20), not the "
     "last meeting day (Oct 21). Session No. 4107 is the ID; badge ID is a distractor. Name is "
     "printed in capitals with 'JR.' kept. Provider printed only as 'AABB'.",
     gold("KWAME A. MENSAH JR.",
          "Cold-Stored Platelets: Implementation Lessons from Three Trauma Centers",
          "2025-10-20", 1.0, "contact hour", ["AABB"], "4107"),
     dict(PORT, border="band", accent="#7a1630", align="C", fonts=SANS, margin=60,
          doctitle="AABB Annual Meeting 2025 - Session Certificate"),
     [G(14),
      L("AABB Annual Meeting 2025", "orgl", c="accent"),
      L("October 18\u201321, 2025  \u00b7  Minneapolis, Minnesota", "orgs", c="grey"),
      G(28),
      L("Session Certificate of Attendance", "h1m"),
      G(22),
      L("This certifies that", "intro"),
      G(4),
      L("KWAME A. MENSAH JR.", "nameb", size=22),
      G(6),
      L("attended the following educational session:", "body"),
      G(16),
      KV([("Session No.", "4107"),
          ("Title", "Cold-Stored Platelets: Implementation Lessons from Three Trauma Centers"),
          ("Session date", "Monday, October 20, 2025"),
          ("Speakers", "Julia Marchetti, MD; Owen Delacroix, MS, MT(ASCP)SBB"),
          ("P.A.C.E.\u00ae contact hours", "1.0")], w=0.9, lw=0.37, rule=True),
      G(20),
      P(PACE.format(p="AABB") + " This session is approved for 1.0 contact hour. Participants "
        "should claim only the hours for sessions they attended.", "small", w=0.85),
      FILL(40),
      SIGS(["Dana Whitford-Ames, MBA", "Vice President, Education and Meetings"], w=0.5),
      G(20),
      L("Badge ID 0410-88321  \u00b7  Certificate generated 10/29/2025", "fine", c="grey"),
      ])

# =================================================================== yh05
cert("yh05", "cap", "acroform",
     ["landscape", "centred-award", "frame-border", "filled-form", "labels-above-values",
      "wrapped-title", "grossing-in-title", "multiple-credit-types", "hyphenated-name",
      "credentials-after-name"],
     "Filled and flattened form. 'Grossing' is part of a real course title. Labels above values "
     "(Activity ID / Date Completed / Credit Type Claimed / Credits). AMA PRA and ABPath SAM "
     "figures in the accreditation text are distractors; transcript ID too.",
     gold("Hye-jin Park",
          "Grossing of Complex Pancreaticoduodenectomy (Whipple) Specimens: A Stepwise Approach",
          "2025-06-12", 2.5, "contact hour", ["College of American Pathologists", "CAP"],
          "ED-2025-0612"),
     dict(LAND, border="frame", accent="#00457c", align="C", fonts=SERIF, margin=58,
          doctitle="CAP Learning Certificate"),
     [L("College of American Pathologists", "org", c="accent", size=17),
      G(4),
      L("Certificate of Completion", "h1m", c="accent", size=28),
      G(8),
      L("This certificate is awarded to", "intro"),
      L("Hye-jin Park, PA(ASCP)CM", "name", field="participant_name"),
      L("for successful completion of", "body"),
      G(2),
      T(["Grossing of Complex Pancreaticoduodenectomy (Whipple)",
         "Specimens: A Stepwise Approach"], "title", field="activity_title"),
      G(10),
      COLS(["ACTIVITY ID", "DATE COMPLETED", "CREDIT TYPE CLAIMED", "CREDITS"],
           ["ED-2025-0612", "06/12/2025", "P.A.C.E.\u00ae contact hours", "2.5"],
           w=0.9, rule="mid", field=["activity_id", "date_completed", "credit_type", "credits"]),
      FILL(10),
      P("The College of American Pathologists (CAP) is accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME) to provide continuing medical education for physicians. "
        "The CAP designates this enduring material for a maximum of 2.5 AMA PRA Category 1 "
        "Credits\u2122. Physicians should claim only the credit commensurate with the extent of their "
        "participation in the activity. " + PACE.format(p="The CAP") + " This activity is approved "
        "for 2.5 contact hours. Successful completion of the post-test meets the American Board of "
        "Pathology requirements for 2.5 Self-Assessment Module (SAM) credits.", w=0.9),
      G(4),
      L("Transcript ID: T-55190274", "fine", c="grey", field="transcript_id"),
      ])

# =================================================================== yh06
cert("yh06", "cap", "rl-canvas",
     ["portrait", "two-column-label-value", "band-border", "safety-in-title", "multiple-credit-types",
      "hyphenated-name", "issue-date"],
     "Label/value certificate. 'Safety' belongs to the title; 'Format: Live webinar' is a separate "
     "row. AMA PRA figure is a distractor; issue date and customer number too.",
     gold("Bernadette Okoro-Lindholm",
          "Laboratory Safety for Inspectors: Chemical, Fire, and Electrical Hazards",
          "2026-02-26", 1.0, "contact hour", ["College of American Pathologists", "CAP"],
          "INSP-26-0226"),
     dict(PORT, border="band", accent="#00457c", align="C", fonts=SANS, margin=60,
          doctitle="Certificate of Attendance"),
     [G(22),
      L("CAP", "orgl", c="accent", size=34),
      L("College of American Pathologists", "orgs", c="accent", size=12),
      G(30),
      L("Certificate of Attendance", "h1m", size=26),
      G(26),
      KV([("Participant", "Bernadette Okoro-Lindholm"),
          ("Activity", "Laboratory Safety for Inspectors: Chemical, Fire, and Electrical Hazards"),
          ("Format", "Live webinar"),
          ("Date", "February 26, 2026"),
          ("Activity ID", "INSP-26-0226"),
          ("Credit earned", "1.0 contact hour (P.A.C.E.\u00ae)")], w=0.86, lw=0.3, rule=True),
      G(26),
      P("The College of American Pathologists (CAP) is accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME) to provide continuing medical education for physicians. "
        "The CAP designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122. "
        + PACE.format(p="The CAP"), "small", w=0.86, align="L"),
      FILL(40),
      SIGS(["Thomas E. Hargreave, MD, FCAP", "Chair, Council on Accreditation"],
           ["Leah Sorensen-Pike, MLS(ASCP)CM", "Manager, Inspector Education"], w=0.9),
      G(26),
      L("Date issued: March 2, 2026   \u00b7   Customer number 3318720", "fine", c="grey"),
      ])

# =================================================================== yh07
cert("yh07", "ascls", "docx",
     ["portrait", "left-aligned", "format-line", "wrapped-title", "labelled-date-after-title",
      "ethics-in-title", "presented-by", "member-number", "credentials-after-name"],
     "ASCLS's own certificate, so ASCLS is the provider even though it names the P.A.C.E. "
     "program. 'LIVE WEBINAR' is the format line. Title wraps and is followed by 'Webinar date:'. "
     "Presenter and member ID are distractors.",
     gold("Priyanka Raghunathan",
          "Ethics in the Clinical Laboratory: Navigating Pressure to Release Results Before Verification",
          "2026-03-11", 1.0, "contact hour",
          ["American Society for Clinical Laboratory Science", "ASCLS"], "101-310-26"),
     dict(PORT, border="single", accent="#005a8c", align="L", fonts=MIXED, margin=72,
          doctitle="ASCLS Certificate"),
     [L("American Society for Clinical Laboratory Science", "org", c="accent", size=16),
      HR(w=1.0, h=14),
      G(18),
      L("CERTIFICATE OF PARTICIPATION", "h1s", c="accent", spaced=True),
      G(20),
      L("This certifies that", "body"),
      G(4),
      L("Priyanka Raghunathan, MS, MLS(ASCP)CM", "namem"),
      G(4),
      L("participated in the", "body"),
      G(4),
      L("LIVE WEBINAR", "fmt", c="accent"),
      G(2),
      T(["Ethics in the Clinical Laboratory: Navigating Pressure to Release",
         "Results Before Verification"], "titlem"),
      L("Webinar date: March 11, 2026", "body"),
      G(18),
      KV([("P.A.C.E.\u00ae Program Number", "101-310-26"),
          ("Contact hours", "1.0"),
          ("Level", "Intermediate"),
          ("Presented by", "Howard N. Schulte, PhD, MLS(ASCP)CM"),
          ("ASCLS Member ID", "0091553")], w=0.9, lw=0.36),
      G(20),
      P(PACE.format(p="ASCLS") + " Participants must attend the entire session to receive credit. "
        "Retain this certificate for your records.", "small", w=1.0),
      FILL(30),
      SIGS(["Elaine M. Costigan, EdD, MLS(ASCP)CM", "Director of Education"], w=0.5),
      ])

# =================================================================== yh08
cert("yh08", "ascls", "ghostscript",
     ["landscape", "centred-award", "double-border", "seal", "letter-spaced-name", "all-caps-name",
      "accented-name", "meeting-attendance", "conference-date-range", "maximum-vs-claimed",
      "apostrophe-in-title"],
     "Meeting attendance without a session title: title is the conference name; date is the last "
     "day of Feb 26-28, 2026. Name is letter-spaced capitals with an accent. Claimed 13.5 vs "
     "maximum 16.0 contact hours.",
     gold("RENÉE DUBOIS", "Clinical Laboratory Educators' Conference", "2026-02-28", 13.5,
          "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"],
          "101-004-26"),
     dict(LAND, border="double", seal="bl", accent="#1c4f7c", align="C", margin=60,
          fonts={"head": ["bookman", None], "body": ["serif", None], "name": ["palatino", "B"]},
          doctitle="CLEC 2026 Certificate of Attendance", pscreator="clec-certs.ps 1.4"),
     [L("ASCLS", "orgl", c="accent", spaced=True),
      L("American Society for Clinical Laboratory Science", "orgs", c="accent"),
      G(6),
      L("Certificate of Attendance", "h1"),
      G(6),
      L("awarded to", "intro"),
      G(2),
      L("RENÉE DUBOIS", "nameb", spaced=True, size=24),
      G(6),
      L("for attendance at the", "body"),
      L("Clinical Laboratory Educators' Conference", "title", size=19),
      L("February 26\u201328, 2026  \u00b7  Albuquerque, New Mexico", "body"),
      G(8),
      L("P.A.C.E.\u00ae contact hours earned: 13.5  (maximum available: 16.0)", "bodyb"),
      FILL(10),
      P(PACE.format(p="ASCLS") + " P.A.C.E.\u00ae Program No. 101-004-26. Contact hours reflect the "
        "sessions the participant reported attending.", w=0.62),
      G(2),
      SIGS(["Marcia Fontenot, MS, MLS(ASCP)CM", "CLEC Program Chair"],
           ["Gerald Whitlow, PhD", "ASCLS President"], w=0.62),
      ])

# =================================================================== yh09
cert("yh09", "pace-provider", "fpdf",
     ["landscape", "centred-award", "single-border", "provider-only-in-accreditation-statement",
      "format-line", "wrapped-title", "labelled-date-after-title", "program-no-without-colon",
      "certificate-number", "issue-date"],
     "No letterhead: the provider is named only as the subject of the P.A.C.E. statement. "
     "'Self-Study Module' is the format line. Program No. without colon is the ID; certificate "
     "number and issue date are distractors.",
     gold("Marisol Quintero",
          "Body Fluid Cell Counts and Differentials: Avoiding Common Errors in the Hematology Laboratory",
          "2025-08-22", 2.0, "contact hour", ["Keystone Laboratory Education Partners"],
          "532-118-25"),
     dict(LAND, border="single", accent="#2f5d50", align="C", fonts=SERIF, margin=62,
          doctitle="Certificate of Completion", docauthor="KLEP"),
     [G(8),
      L("Certificate of Completion", "h1", c="accent", size=34),
      G(14),
      L("This certificate acknowledges that", "intro"),
      G(2),
      L("Marisol Quintero, MLT(ASCP)", "name"),
      G(6),
      L("has completed the", "body"),
      L("Self-Study Module", "fmt"),
      G(2),
      T(["Body Fluid Cell Counts and Differentials: Avoiding Common",
         "Errors in the Hematology Laboratory"], "title"),
      L("Completed on: 08/22/2025", "body"),
      G(4),
      L("Contact hours: 2.0", "bodyb"),
      FILL(14),
      P(PACE.format(p="Keystone Laboratory Education Partners") + " Program No. 532-118-25",
        w=0.7),
      G(4),
      SIGS(["Gwendolyn Farris, MS, MLS(ASCP)CM", "Education Coordinator"], w=0.4),
      G(4),
      L("Certificate No. KLEP-2025-008815   Issued 09/02/2025", "fine", c="grey"),
      ])

# =================================================================== yh10
cert("yh10", "pace-provider", "acroform",
     ["portrait", "filled-form", "labels-above-values", "format-line", "wrapped-title",
      "orientation-in-title", "member-number", "expiry-date", "hyphenated-name", "accented-name"],
     "Filled form with labels above values (Participant | Date of Completion, then Course Number | "
     "Contact Hours | Format). 'Enduring Material' is the format line; 'Orientation' is part of "
     "the title. Member number and the credit-availability end date are distractors.",
     gold("Aurelio Bustamante-Reyes",
          "Orientation to Preanalytical Quality: Specimen Receipt, Labeling, and Rejection Criteria",
          "2026-01-09", 1.5, "contact hour",
          ["Pinecrest Laboratory Professionals Network", "PLPN"], "PLPN-EM-2611"),
     dict(PORT, border="single", accent="#3b5e2b", align="C", fonts=SANS, margin=62,
          doctitle="PLPN CE Certificate"),
     [L("Pinecrest Laboratory Professionals Network", "org", c="accent", size=16),
      L("Advancing laboratory practice through education", "orgsi", c="grey"),
      G(30),
      L("Certificate of Completion", "h1m"),
      G(28),
      COLS(["PARTICIPANT", "DATE OF COMPLETION"],
           ["Aurelio Bustamante-Reyes", "January 9, 2026"], w=0.92, rule=True,
           field=["participant", "completion_date"], vs="bodyb"),
      G(22),
      L("has successfully completed the", "body"),
      G(4),
      L("Enduring Material", "fmti", c="accent"),
      G(4),
      T(["Orientation to Preanalytical Quality: Specimen Receipt,",
         "Labeling, and Rejection Criteria"], "titlem", field="course_title"),
      G(22),
      COLS(["COURSE NUMBER", "CONTACT HOURS", "FORMAT"],
           ["PLPN-EM-2611", "1.5", "Home study"], w=0.92, rule=True,
           field=["course_number", "contact_hours", "format"]),
      G(24),
      P(PACE.format(p="Pinecrest Laboratory Professionals Network (PLPN)") + " This enduring material is "
        "available for credit through December 31, 2027.", "small", w=0.9),
      FILL(30),
      SIGS(["Dolores Whitcomb, MEd, MT(ASCP)", "Continuing Education Chair"], w=0.5),
      G(14),
      L("Member #: 20-44817", "fine", c="grey", field="member_number"),
      ])

# =================================================================== yh11
cert("yh11", "labce", "chromium",
     ["portrait", "centred-award", "two-column-label-value", "wrapped-title",
      "labelled-date-after-title", "print-date", "customer-number", "credentials-after-name"],
     "LabCE course certificate. Long title wraps and is directly followed by 'Date of "
     "completion:'. Course number 1182 is the ID; Florida provider number, customer ID and "
     "print date are distractors.",
     gold("Anh Thu Nguyen",
          "Mycobacteriology Update: Rapid Molecular Detection and Susceptibility Testing for Tuberculosis",
          "2025-06-14", 1.5, "contact hour", ["LabCE"], "1182"),
     dict(PORT, border="single", accent="#0d6e8a", align="C", fonts=SANS, margin=60, binset=26,
          doctitle="LabCE Certificate of Completion"),
     [G(6),
      L("LabCE", "orgl", c="accent", size=30),
      L("Continuing Education for Laboratory Professionals", "orgsi", c="grey"),
      G(30),
      L("Certificate of Completion", "h1m"),
      G(20),
      L("This certifies that", "intro"),
      G(2),
      L("Anh Thu Nguyen, MLS(ASCP)CM", "namem"),
      G(4),
      L("has successfully completed the course", "body"),
      G(4),
      T(["Mycobacteriology Update: Rapid Molecular Detection and",
         "Susceptibility Testing for Tuberculosis"], "titlem"),
      L("Date of completion: June 14, 2025", "body"),
      G(24),
      KV([("Course number", "1182"),
          ("P.A.C.E.\u00ae contact hours", "1.5"),
          ("Level", "Intermediate"),
          ("Florida CE category", "Microbiology / Mycobacteriology"),
          ("Customer ID", "LCE-448213")], w=0.72, lw=0.45),
      G(24),
      P(PACE.format(p="LabCE") + " LabCE is also approved as a CE provider by the Florida Board of "
        "Clinical Laboratory Personnel (Provider #50-12745).", "fine", w=0.86),
      FILL(20),
      L("Printed: 07/02/2025", "fine", c="grey"),
      ])

# =================================================================== yh12
cert("yh12", "labce", "rl-platypus",
     ["landscape", "centred-award", "double-border", "course-table", "accented-name",
      "apostrophe-in-name", "order-number"],
     "Small table (Course | Course No. | Completed | Contact Hours). Order number is a distractor.",
     gold("Siobhán O'Rourke", "Hemoglobin Electrophoresis Interpretation", "2026-03-18", 1.0,
          "contact hour", ["LabCE"], "2207"),
     dict(LAND, border="double", accent="#0d6e8a", align="C", fonts=SERIF, margin=64,
          doctitle="Certificate"),
     [L("LabCE", "orgl", c="accent", size=26),
      G(8),
      L("Certificate of Completion", "h1", c="accent"),
      G(10),
      L("Awarded to", "intro"),
      L("Siobhán O'Rourke", "name"),
      G(4),
      L("for completion of the following continuing education course", "body"),
      G(12),
      TABLE(["Course", "Course No.", "Completed", "Contact Hours"],
            [["Hemoglobin Electrophoresis Interpretation", "2207", "03/18/2026", "1.0"]],
            widths=[0.52, 0.15, 0.16, 0.17], w=0.8),
      G(16),
      P(PACE.format(p="LabCE"), w=0.7),
      FILL(20),
      SIGS(["Roberta Quill, MS, MLS(ASCP)CM", "Director of Continuing Education"], w=0.4),
      G(6),
      L("Order Number: 8830-5521  \u00b7  www.labce.com", "fine", c="grey"),
      ])

# =================================================================== yh13
cert("yh13", "medialab", "tcpdf",
     ["landscape", "centred-award", "frame-border", "wrapped-title", "labelled-date-after-title",
      "safety-in-title", "suffix", "credentials-after-name", "employee-number", "expiry-date"],
     "MediaLab course. Title (with 'Safety') wraps and is followed by 'Completion Date:'. Suffix "
     "III kept. Employee ID, organisation and credit expiration are distractors.",
     gold("Gregory P. Stanislawski III",
          "Laboratory Safety: Chemical Hygiene, Fire Prevention, and Hazardous Waste Management",
          "2026-01-27", 1.5, "contact hour", ["MediaLab, Inc.", "MediaLab"], "1093"),
     dict(LAND, border="frame", accent="#23395d", align="C", fonts=SERIF, margin=62,
          doctitle="MediaLab Certificate"),
     [L("MediaLab, Inc.", "org", c="accent", size=16),
      G(2),
      L("Certificate of Completion", "h1", c="accent"),
      G(6),
      L("This certifies that", "intro"),
      L("Gregory P. Stanislawski III, MT(ASCP)", "namem", size=24),
      L("has completed the online course", "body"),
      G(2),
      T(["Laboratory Safety: Chemical Hygiene, Fire Prevention, and",
         "Hazardous Waste Management"], "title"),
      L("Completion Date: 01/27/2026", "body"),
      G(8),
      KV([("Course #", "1093"),
          ("Contact hours", "1.5"),
          ("Organization", "Fairhaven Regional Laboratory Services"),
          ("Employee ID", "004418")], w=0.55, lw=0.4),
      FILL(8),
      P(PACE.format(p="MediaLab, Inc.") + " Credit for this course may be claimed until "
        "12/31/2027.", w=0.7),
      ])

# =================================================================== yh14
cert("yh14", "medialab", "fodt",
     ["portrait", "two-column-label-value", "left-aligned", "hyphenated-name", "order-number"],
     "Compact label/value certificate. 'Course ID' is the ID; order number is a distractor.",
     gold("Fatima Al-Sayed", "Specimen Collection and Handling in Microbiology", "2026-05-05",
          1.0, "contact hour", ["MediaLab, Inc.", "MediaLab"], "6204"),
     dict(PORT, border="sidebar", accent="#23395d", accent2="#e0a526", align="L", fonts=SANS,
          margin=80, doctitle="CE Certificate"),
     [L("MediaLab", "orgl", c="accent", size=28),
      L("Continuing Education for the Clinical Laboratory", "orgs", c="grey"),
      G(40),
      L("CE Certificate", "h1m"),
      G(24),
      KV([("Name", "Fatima Al-Sayed"),
          ("Course", "Specimen Collection and Handling in Microbiology"),
          ("Course ID", "6204"),
          ("Date completed", "May 5, 2026"),
          ("Credit", "1.0 contact hour"),
          ("Order number", "ML-2026-119374")], w=0.95, lw=0.3, rule=True),
      G(30),
      P(PACE.format(p="MediaLab, Inc.") + " MediaLab courses are also approved by the Florida Board "
        "of Clinical Laboratory Personnel.", "small", w=0.95, align="L"),
      FILL(200),
      L("This certificate was generated electronically and is valid without signature.", "fine",
        c="grey"),
      ])

# =================================================================== yh15
cert("yh15", "adlm", "docx",
     ["landscape", "centred-award", "double-border", "format-line", "wrapped-title",
      "labelled-date-after-title", "ampersand-in-provider", "event-id", "credentials-after-name"],
     "ADLM on-demand webinar; 'On-Demand Webinar' is the format line. ACCENT contact hours are the "
     "laboratory figure. 'Event ID' is the ID.",
     gold("Jonathan E. Whitcombe",
          "Mass Spectrometry in the Clinical Laboratory: Method Validation Essentials for LC-MS/MS Assays",
          "2025-07-08", 1.0, "contact hour",
          ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "25-WEB-118"),
     dict(LAND, border="double", accent="#5b2a86", align="C", margin=66,
          fonts={"head": ["sans", None], "body": ["serif", None], "name": ["serif", "I"]},
          doctitle="ADLM Certificate of Completion"),
     [L("Association for Diagnostics & Laboratory Medicine", "org", c="accent"),
      L("Certificate of Completion", "h1"),
      G(4),
      L("presented to", "intro"),
      L("Jonathan E. Whitcombe, PhD, DABCC", "name", size=26),
      L("for completing the", "body"),
      L("On-Demand Webinar", "fmt", c="accent"),
      T(["Mass Spectrometry in the Clinical Laboratory: Method",
         "Validation Essentials for LC-MS/MS Assays"], "title", size=16),
      L("Completed: July 8, 2025", "body"),
      G(4),
      L("1.0 ACCENT\u00ae contact hour  \u00b7  Event ID: 25-WEB-118", "bodyb"),
      FILL(20),
      SIGS(["Corinne Adebayo-Marsh, PhD, DABCC", "Chair, Education Core Committee"], w=0.4),
      G(4),
      P("ADLM is approved by the ACCENT\u00ae Continuing Education Program to offer continuing "
        "education for laboratory professionals. This activity is approved for 1.0 ACCENT\u00ae "
        "contact hour.", w=0.7),
      ])

# =================================================================== yh16
cert("yh16", "adlm", "rl-canvas",
     ["landscape", "centred-award", "single-border", "seal", "meeting-attendance",
      "conference-date-range", "maximum-vs-claimed", "registration-number", "print-date"],
     "Older AACC-branded certificate (2023). Meeting attendance: title is the symposium name, date "
     "the last day of Oct 19-20, 2023. Claimed 10.5 vs maximum 12.0 ACCENT contact hours; "
     "registration number and print date are distractors.",
     gold("Oluwaseun Adeyemi", "AACC Mid-Atlantic Section 2023 Fall Symposium", "2023-10-20", 10.5,
          "contact hour", ["American Association for Clinical Chemistry", "AACC"], None),
     dict(LAND, border="single", seal="br", accent="#0a4b78", align="C", fonts=SERIF, margin=60,
          doctitle="Certificate of Attendance"),
     [L("AACC", "orgl", c="accent", size=28),
      L("American Association for Clinical Chemistry", "orgs", c="accent"),
      G(12),
      L("Certificate of Attendance", "h1"),
      G(8),
      L("This is to certify that", "intro"),
      L("Oluwaseun Adeyemi", "name"),
      G(4),
      L("attended the", "body"),
      L("AACC Mid-Atlantic Section 2023 Fall Symposium", "title"),
      L("October 19\u201320, 2023  \u00b7  Baltimore, Maryland", "body"),
      G(12),
      KV([("ACCENT\u00ae contact hours claimed", "10.5"),
          ("Maximum ACCENT\u00ae contact hours available", "12.0"),
          ("Registration number", "AM23-0558214")], w=0.56, lw=0.62),
      FILL(10),
      P("AACC is approved by the ACCENT\u00ae Continuing Education Program to provide continuing "
        "education for laboratory professionals. Participants should claim only the hours they "
        "attended.", w=0.6),
      G(2),
      L("Certificate printed 11/14/2023", "fine", c="grey"),
      ])

# =================================================================== yh17
cert("yh17", "nsh", "ghostscript",
     ["portrait", "two-column-label-value", "session-certificate", "conference-date-range",
      "grossing-in-title", "orientation-in-title", "accented-name", "badge-number",
      "credentials-after-name"],
     "Session certificate at the NSH symposium: gold date is the session date (Sep 13), not the "
     "last day of Sep 11-16. Title contains 'Grossing' and 'Orientation'. 'Session' HT-214 is "
     "the ID; badge number is a distractor.",
     gold("Chloé Vandermeer",
          "Grossing Small Biopsies: Orientation, Inking, and Embedding for the Histotechnician",
          "2026-09-13", 3.0, "contact hour", ["National Society for Histotechnology", "NSH"],
          "HT-214"),
     dict(PORT, border="frame", accent="#6b2c5e", align="C", margin=64,
          fonts={"head": ["century", None], "body": ["serif", None], "name": ["century", "I"]},
          doctitle="NSH Symposium/Convention Session Certificate"),
     [G(6),
      L("National Society for Histotechnology", "org", c="accent", size=17),
      L("NSH Annual Symposium/Convention  \u00b7  September 11\u201316, 2026  \u00b7  Kansas City, Missouri",
        "fine", c="grey"),
      G(36),
      L("Certificate of Attendance", "h1m", c="accent"),
      G(24),
      L("This certifies that", "intro"),
      G(4),
      L("Chloé Vandermeer, HT(ASCP)", "namem", size=24),
      G(8),
      L("attended the following workshop session", "body"),
      G(22),
      KV([("Session", "HT-214"),
          ("Title", "Grossing Small Biopsies: Orientation, Inking, and Embedding for the "
                    "Histotechnician"),
          ("Date", "Sunday, September 13, 2026"),
          ("Contact hours", "3.0")], w=0.84, lw=0.26),
      G(24),
      P("The National Society for Histotechnology is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
        "small", w=0.8),
      FILL(30),
      SIGS(["Rosalind K. Achterberg, HTL(ASCP)", "NSH Education Committee Chair"], w=0.5),
      G(20),
      L("Badge No. 26-1187", "fine", c="grey"),
      ])

# =================================================================== yh18
cert("yh18", "nsh", "chromium",
     ["landscape", "centred-award", "band-border", "format-line", "labels-above-values",
      "presenter", "apostrophe-in-name", "credentials-after-name"],
     "'Live Virtual Session' is the format line. Labels above values: Date | Contact Hours | "
     "Course ID | Presenter. Presenter is a distractor.",
     gold("Margaret A. O'Connell",
          "Frozen Section Quality: Cryostat Technique and Troubleshooting",
          "2026-05-19", 1.0, "contact hour", ["National Society for Histotechnology", "NSH"],
          "NSH-LV-2605"),
     dict(LAND, border="band", accent="#6b2c5e", align="C", fonts=SANS, margin=60,
          doctitle="NSH Certificate"),
     [G(8),
      L("NSH", "orgl", c="accent", size=28, spaced=True),
      L("National Society for Histotechnology", "orgs", c="accent"),
      G(14),
      L("Certificate of Completion", "h1"),
      G(8),
      L("This certifies that", "intro"),
      L("Margaret A. O'Connell, HTL(ASCP)QIHC", "name", size=26),
      G(4),
      L("has participated in the", "body"),
      L("Live Virtual Session", "fmti", c="accent"),
      L("Frozen Section Quality: Cryostat Technique and Troubleshooting", "title"),
      G(14),
      COLS(["DATE", "CONTACT HOURS", "COURSE ID", "PRESENTER"],
           ["May 19, 2026", "1.0", "NSH-LV-2605", "Daniel Ferreira, HT(ASCP)"], w=0.9,
           calign="C", rule="mid"),
      FILL(10),
      P("The National Society for Histotechnology (NSH) is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
        w=0.75),
      ])

# =================================================================== yh19
cert("yh19", "amt", "acroform",
     ["portrait", "filled-form", "two-column-label-value", "suffix", "credentials-after-name",
      "member-number"],
     "Filled label/value form. 'Sr.' kept, credential MT(AMT) dropped. CE hours are the figure; "
     "AMT ID is a distractor. 'Course No.' is the ID.",
     gold("Tyrone D. Washington Sr.", "Urinalysis Microscopy Review: Casts, Crystals, and Cells",
          "2025-10-06", 2.0, "CE hour", ["American Medical Technologists", "AMT"], "UA-3302"),
     dict(PORT, border="double", accent="#7a0019", align="C", fonts=SERIF, margin=66,
          doctitle="AMT CE Certificate"),
     [G(10),
      L("American Medical Technologists", "org", c="accent", size=19),
      G(46),
      L("Certificate of Completion", "h1m"),
      G(30),
      KV([("Name", "Tyrone D. Washington Sr., MT(AMT)"),
          ("Course Title", "Urinalysis Microscopy Review: Casts, Crystals, and Cells"),
          ("Course No.", "UA-3302"),
          ("Date Completed", "10/06/2025"),
          ("CE Hours", "2.0"),
          ("AMT ID", "1187745")], w=0.86, lw=0.28, rule=True,
         field=["name", "course_title", "course_no", "date_completed", "ce_hours", "amt_id"]),
      G(28),
      P("CE hours earned through this course may be applied toward the AMT Certification "
        "Continuation Program (CCP). Keep this certificate for your records.", "small", w=0.8),
      FILL(40),
      SIGS(["Patricia Vollmer, MT(AMT)", "Director, Continuing Education"], w=0.5),
      ])

# =================================================================== yh20
cert("yh20", "amt", "fpdf",
     ["landscape", "centred-award", "double-border", "seal", "meeting-in-title",
      "meeting-attendance", "conference-date-range", "accented-name", "member-number"],
     "Meeting attendance; the title is the meeting name (contains 'Meeting'); date is the last "
     "day of June 24-27, 2026. Member ID is a distractor.",
     gold("Esperanza Gutiérrez", "AMT 2026 Educational Program and National Meeting", "2026-06-27",
          14.0, "CE hour", ["American Medical Technologists", "AMT"], None),
     dict(LAND, border="double", seal="bc", accent="#7a0019", align="C", fonts=SERIF, margin=60,
          doctitle="Certificate of Attendance"),
     [L("American Medical Technologists", "org", c="accent", size=18),
      G(8),
      L("Certificate of Attendance", "h1", c="accent"),
      G(8),
      L("This certificate is presented to", "intro"),
      L("Esperanza Gutiérrez, MLT(AMT)", "name"),
      G(4),
      L("in recognition of attendance at the", "body"),
      L("AMT 2026 Educational Program and National Meeting", "title"),
      L("June 24\u201327, 2026  \u00b7  Rosemont, Illinois", "body"),
      G(6),
      L("Total CE hours earned: 14.0", "bodyb"),
      L("Member ID 0274519", "fine", c="grey"),
      FILL(10),
      SIGS(["Lorraine Beckett, MT(AMT)", "AMT President"],
           ["Curtis Ngata, EdD", "Director of Education"], w=0.95),
      ])

# =================================================================== yh21
cert("yh21", "asm", "tcpdf",
     ["portrait", "centred-award", "single-border", "format-line", "wrapped-title",
      "labelled-date-after-title", "program-no-without-colon", "customer-number",
      "credentials-after-name"],
     "'On-Demand' alone is the format line. Title wraps and is followed by 'Completion date:'. "
     "Program No. (no colon) is the ID; customer ID a distractor.",
     gold("Benjamin K. Osei",
          "Antimicrobial Susceptibility Testing: Applying Updated Breakpoints for Enterobacterales and Pseudomonas aeruginosa",
          "2026-04-03", 1.0, "contact hour", ["American Society for Microbiology", "ASM"],
          "204-611-26"),
     dict(PORT, border="single", accent="#00594f", align="C", fonts=SANS, margin=58,
          doctitle="ASM Certificate of Completion"),
     [G(10),
      L("American Society for Microbiology", "org", c="accent", size=17),
      G(40),
      L("Certificate of Completion", "h1m"),
      G(30),
      L("This certifies that", "intro"),
      G(4),
      L("Benjamin K. Osei, SM(ASCP)CM", "namem"),
      G(8),
      L("has completed the", "body"),
      G(4),
      L("On-Demand", "fmt", c="accent"),
      G(4),
      T(["Antimicrobial Susceptibility Testing: Applying Updated",
         "Breakpoints for Enterobacterales and Pseudomonas aeruginosa"], "titlem"),
      L("Completion date: 04/03/2026", "body"),
      G(10),
      L("1.0 contact hour", "bodyb"),
      G(30),
      P(PACE.format(p="ASM") + " Program No. 204-611-26", "small", w=0.85),
      FILL(40),
      SIGS(["Nathaniel Brooks-Fairley, PhD, D(ABMM)", "Chair, Professional Development"], w=0.6),
      G(20),
      L("Customer ID: 000812557", "fine", c="grey"),
      ])

# =================================================================== yh22
cert("yh22", "asm", "rl-platypus",
     ["landscape", "centred-award", "frame-border", "format-line", "conference-date-range",
      "registration-number"],
     "'Spring Symposium' is the format line; the title is the symposium theme. Date is the last "
     "day of April 24-25, 2026. Registration ID is a distractor.",
     gold("Leticia Moreno-Hahn", "Emerging Fungal Pathogens: Candida auris and Beyond",
          "2026-04-25", 7.5, "contact hour", ["American Society for Microbiology", "ASM"], None),
     dict(LAND, border="frame", accent="#00594f", align="C", fonts=SERIF, margin=64,
          doctitle="Certificate of Attendance"),
     [L("American Society for Microbiology", "org", c="accent", size=17),
      G(4),
      L("Certificate of Attendance", "h1"),
      G(6),
      L("This certifies that", "intro"),
      L("Leticia Moreno-Hahn", "name"),
      G(2),
      L("has attended the", "body"),
      L("Spring Symposium", "fmti", c="accent"),
      L("Emerging Fungal Pathogens: Candida auris and Beyond", "title"),
      L("April 24\u201325, 2026  \u00b7  Raleigh, North Carolina", "body"),
      G(8),
      L("7.5 P.A.C.E.\u00ae contact hours", "bodyb"),
      G(10),
      P(PACE.format(p="ASM"), w=0.7),
      FILL(20),
      SIGS(["Harriet Vance-Lowe, PhD, D(ABMM)", "Symposium Program Chair"], w=0.4),
      G(6),
      L("Registration ID 26SS-30418", "fine", c="grey"),
      ])

# =================================================================== yh23
cert("yh23", "clsi", "fodt",
     ["landscape", "centred-award", "single-border", "issuer-line-only", "and-in-provider-name",
      "format-line", "wrapped-title", "labelled-date-after-title", "program-no-without-colon",
      "presented-by", "credentials-after-name"],
     "Provider printed as a small issuer line (name contains 'and') and as 'CLSI' in the P.A.C.E. "
     "statement. 'LIVE WEBINAR' is the format line. The presenter line follows the date and is a "
     "distractor.",
     gold("Deepa Venkataraman",
          "Verifying Performance Specifications for Quantitative Methods: A Practical Walkthrough of EP15",
          "2026-02-04", 1.5, "contact hour",
          ["Clinical and Laboratory Standards Institute", "CLSI"], "097-203-26"),
     dict(LAND, border="single", accent="#004b87", align="C", fonts=SANS, margin=62,
          doctitle="CLSI Webinar Certificate"),
     [L("Clinical and Laboratory Standards Institute", "orgs", c="grey"),
      G(4),
      L("Certificate of Completion", "h1", c="accent"),
      G(8),
      L("This is to certify that", "intro"),
      L("Deepa Venkataraman, MS, MLS(ASCP)CM", "name", size=24),
      G(4),
      L("attended the", "body"),
      L("LIVE WEBINAR", "fmt", c="accent", spaced=True),
      G(2),
      T(["Verifying Performance Specifications for Quantitative Methods:",
         "A Practical Walkthrough of EP15"], "title", size=16),
      L("Date of attendance: 4 February 2026", "body"),
      L("presented by Harold Lindgren, PhD, DABCC", "smalli", c="grey"),
      G(6),
      L("1.5 contact hours", "bodyb"),
      FILL(8),
      SIGS(["Renee Castellucci, MBA", "Director, Education and Events"], w=0.4),
      G(6),
      P(PACE.format(p="CLSI") + " Program No. 097-203-26", w=0.7),
      ])

# =================================================================== yh24
cert("yh24", "clsi", "rl-canvas",
     ["portrait", "labels-above-values", "wrapped-title", "accented-name", "order-number",
      "sidebar"],
     "Labels above values twice (Participant | Date of Completion; Course ID | Contact Hours | "
     "Modules Completed). Order number is a distractor.",
     gold("Henrik Sørensen",
          "Quality Management System Essentials for the Medical Laboratory",
          "2025-11-03", 6.0, "contact hour",
          ["Clinical and Laboratory Standards Institute", "CLSI"], "QMS-ELC-110"),
     dict(PORT, border="sidebar", accent="#004b87", accent2="#7fb2dd", align="L", fonts=SANS,
          margin=72, mleft=84, doctitle="CLSI eLearning Certificate"),
     [G(6),
      L("CLSI", "orgl", c="accent", size=36),
      L("Clinical and Laboratory Standards Institute", "orgs", c="accent"),
      G(50),
      L("Certificate of Completion", "h1m"),
      G(34),
      COLS(["PARTICIPANT", "DATE OF COMPLETION"], ["Henrik Sørensen", "November 3, 2025"],
           w=1.0, align="L", rule=True, vs="bodyb"),
      G(28),
      L("has completed the eLearning course", "body"),
      G(4),
      T(["Quality Management System Essentials for the Medical",
         "Laboratory"], "titlem"),
      G(24),
      COLS(["COURSE ID", "CONTACT HOURS", "MODULES COMPLETED"], ["QMS-ELC-110", "6.0", "8 of 8"],
           w=1.0, align="L", rule=True),
      G(30),
      P(PACE.format(p="CLSI"), "small", w=1.0, align="L"),
      FILL(60),
      L("Order #: 55120893", "fine", c="grey"),
      ])

# =================================================================== yh25
cert("yh25", "state-society", "docx",
     ["portrait", "left-aligned", "two-column-label-value", "session-certificate",
      "conference-date-range", "suffix", "speaker"],
     "State-society convention session certificate: the session date (April 10) is gold, not the "
     "last convention day. 'Session No. 12' is the ID. Speaker is a distractor; 'Jr.' kept.",
     gold("Carlos Ibarra Jr.", "Transfusion Reactions: Recognition, Workup, and Reporting",
          "2026-04-10", 1.5, "contact hour",
          ["Texas Association for Clinical Laboratory Science", "TACLS"], "12"),
     dict(PORT, border="none", accent="#9e2a2b", align="L", fonts=SERIF, margin=72,
          doctitle="TACLS Session Certificate"),
     [L("Texas Association for Clinical Laboratory Science", "org", c="accent", size=16),
      L("TACLS 2026 Annual Convention  \u00b7  April 9\u201311, 2026  \u00b7  Galveston, Texas", "orgs"),
      HR(w=1.0, h=16),
      G(24),
      L("Session Attendance Certificate", "h1s"),
      G(20),
      KV([("Attendee", "Carlos Ibarra Jr."),
          ("Session No.", "12"),
          ("Session Title", "Transfusion Reactions: Recognition, Workup, and Reporting"),
          ("Session Date", "April 10, 2026"),
          ("Speaker", "Lorraine Whitfield, MS, MLS(ASCP)SBB"),
          ("P.A.C.E.\u00ae Contact Hours", "1.5")], w=1.0, lw=0.32, rule=True),
      G(24),
      P(PACE.format(p="TACLS") + " Attendees must be present for the full session to receive "
        "credit. Retain this certificate for your records.", "small", w=1.0),
      FILL(40),
      SIGS(["Beverly Ochoa, MLS(ASCP)CM", "TACLS Continuing Education Chair"], w=0.5),
      G(10),
      L("Certificate issued April 11, 2026", "fine", c="grey"),
      ])

# =================================================================== yh26
cert("yh26", "state-society", "ghostscript",
     ["landscape", "centred-award", "frame-border", "seal", "all-caps-name", "hyphenated-name",
      "meeting-attendance", "conference-date-range", "provider-subject-of-statement",
      "program-no-without-colon"],
     "Regional society symposium attendance: title is the symposium name; date is the last day "
     "of Oct 2-3, 2025. Name is printed in capitals. 'Program No.' is the ID.",
     gold("HANNAH-LEIGH MCALLISTER", "Northwest Regional Laboratory Symposium", "2025-10-03", 9.5,
          "contact hour", ["Cascadia Society for Laboratory Professionals"], "611-027-25"),
     dict(LAND, border="frame", seal="br", accent="#2d5f3f", align="C", margin=64,
          fonts={"head": ["palatino", None], "body": ["palatino", None], "name": ["palatino", "B"]},
          doctitle="NRLS 2025 Attendance", pscreator="nrls-cert.ps"),
     [L("Cascadia Society for Laboratory Professionals", "org", c="accent", size=17),
      G(6),
      L("Certificate of Attendance", "h1"),
      G(8),
      L("presented to", "intro"),
      G(2),
      L("HANNAH-LEIGH MCALLISTER", "nameb", size=24),
      G(6),
      L("for attending the", "body"),
      L("Northwest Regional Laboratory Symposium", "title", size=19),
      L("October 2\u20133, 2025  \u00b7  Spokane, Washington", "body"),
      G(8),
      L("9.5 P.A.C.E.\u00ae contact hours", "bodyb"),
      FILL(10),
      P(PACE.format(p="The Cascadia Society for Laboratory Professionals") +
        " Program No. 611-027-25", w=0.6),
      G(2),
      SIGS(["Dr. Irene Castillo-Baird", "Symposium Chair"], w=0.5),
      ])

# =================================================================== yh27
cert("yh27", "state-society", "acroform",
     ["landscape", "filled-form", "labels-above-values", "format-line", "wrapped-title",
      "presenter", "hyphenated-name"],
     "Filled form with labels above values (Participant | Date of Completion; Event No. | Contact "
     "Hours | Presenter). 'Live Webinar' is the format line.",
     gold("Rebecca L. Fairbanks-Tate",
          "Molecular Respiratory Panels: Stewardship, Utilization, and Reporting Strategies",
          "2025-09-17", 1.0, "contact hour",
          ["Ohio Society for Clinical Laboratory Science", "OSCLS"], "OSCLS-W-0917"),
     dict(LAND, border="single", accent="#b3202a", align="C", fonts=SANS, margin=60,
          doctitle="OSCLS Webinar Certificate"),
     [L("Ohio Society for Clinical Laboratory Science", "org", c="accent", size=17),
      G(6),
      L("Certificate of Completion", "h1m", size=28),
      G(14),
      COLS(["PARTICIPANT", "DATE OF COMPLETION"], ["Rebecca L. Fairbanks-Tate", "09/17/2025"],
           w=0.78, rule=True, vs="bodyb", field=["participant", "completion_date"]),
      G(12),
      L("completed the", "body"),
      L("Live Webinar", "fmti", c="accent"),
      T(["Molecular Respiratory Panels: Stewardship, Utilization,",
         "and Reporting Strategies"], "title", field="webinar_title"),
      G(12),
      COLS(["EVENT NO.", "CONTACT HOURS", "PRESENTER"],
           ["OSCLS-W-0917", "1.0", "Amit Deshpande, PhD"], w=0.78, rule=True,
           field=["event_no", "contact_hours", "presenter"]),
      FILL(10),
      P(PACE.format(p="OSCLS"), w=0.7),
      ])

# =================================================================== yh28
cert("yh28", "hospital-inservice", "chromium",
     ["portrait", "centred-award", "department-provider", "wrapped-title",
      "labelled-date-after-title", "safety-in-title", "employee-number", "instructor",
      "credentials-after-name"],
     "Hospital in-service given by a laboratory education department: provider = hospital and "
     "'hospital, department'. Title (with 'Safety') wraps and is followed by 'Date of "
     "in-service:'. Class No. is the ID; employee ID and instructor are distractors.",
     gold("Jamal T. Whitaker",
          "Annual Laboratory Safety Update: Bloodborne Pathogens, Chemical Hygiene, and Emergency Preparedness",
          "2026-01-15", 1.0, "CE hour",
          ["Mercy Ridge Medical Center", "Mercy Ridge Medical Center, Laboratory Education Department"],
          "LS-2026-01"),
     dict(PORT, border="double", accent="#1f5f8b", align="C", fonts=MIXED, margin=64,
          doctitle="In-Service Certificate"),
     [L("Mercy Ridge Medical Center", "orgl", c="accent", size=22),
      L("Laboratory Education Department", "orgs", c="grey", size=12),
      G(34),
      L("In-Service Education Certificate", "h1s", size=22),
      G(24),
      L("This certifies that", "intro"),
      G(2),
      L("Jamal T. Whitaker, MLS(ASCP)CM", "namem"),
      G(6),
      L("completed the in-service", "body"),
      G(4),
      T(["Annual Laboratory Safety Update: Bloodborne Pathogens, Chemical",
         "Hygiene, and Emergency Preparedness"], "titlem", size=13),
      L("Date of in-service: January 15, 2026", "body"),
      G(24),
      KV([("Class No.", "LS-2026-01"),
          ("CE hours", "1.0"),
          ("Instructor", "Sandra Kowalewski, MT(ASCP), Safety Officer"),
          ("Employee ID", "100482")], w=0.75, lw=0.3),
      G(22),
      P("Documentation of continuing education for laboratory personnel. Retain this certificate "
        "with your competency and training records.", "small", w=0.8),
      FILL(30),
      SIGS(["Sandra Kowalewski, MT(ASCP)", "Laboratory Safety Officer"],
           ["Victor Amadi, MS, MLS(ASCP)CM", "Laboratory Education Coordinator"], w=0.95),
      ])

# =================================================================== yh29
cert("yh29", "hospital-inservice", "fpdf",
     ["landscape", "centred-award", "single-border", "department-provider", "series-name-in-title",
      "presented-by", "time-and-place"],
     "Grand Rounds lecture: 'Pathology Grand Rounds:' is part of the title. Provider is the "
     "hospital and its Laboratory Education Council. No activity number.",
     gold("Nadia Kowalczyk",
          "Pathology Grand Rounds: Hemoglobinopathies Detected on Newborn Screening",
          "2026-03-04", 1.0, "contact hour",
          ["Saint Aldric Regional Hospital", "Saint Aldric Regional Hospital, Laboratory Education Council"],
          None),
     dict(LAND, border="single", accent="#4a3b6b", align="C", fonts=SERIF, margin=62,
          doctitle="Grand Rounds Attendance"),
     [L("Saint Aldric Regional Hospital", "orgl", c="accent", size=20),
      L("Laboratory Education Council", "orgsi", c="grey"),
      G(14),
      L("Certificate of Attendance", "h1"),
      G(10),
      L("awarded to", "intro"),
      L("Nadia Kowalczyk", "name"),
      G(4),
      L("for attendance at", "body"),
      L("Pathology Grand Rounds: Hemoglobinopathies Detected on Newborn Screening", "title",
        size=16),
      L("Wednesday, March 4, 2026  \u00b7  12:00\u20131:00 PM  \u00b7  Auditorium B", "body"),
      L("presented by Miriam Castellanos, MD, Pediatric Hematology", "smalli", c="grey"),
      G(6),
      L("1.0 contact hour", "bodyb"),
      FILL(8),
      P("Saint Aldric Regional Hospital Laboratory Education Council is approved as a provider of "
        "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae "
        "Program.", w=0.7),
      G(2),
      SIGS(["Harriet Osei-Mensah, MLS(ASCP)CM", "Chair, Laboratory Education Council"], w=0.45),
      ])

# =================================================================== yh30
cert("yh30", "hospital-inservice", "rl-canvas",
     ["landscape", "centred-award", "double-border", "letter-spaced-name", "all-caps-name",
      "course-table", "department-provider", "employee-number", "half-hour"],
     "Letter-spaced capital name. Small table (Training No. | Title | Date | CE Hours) holds the "
     "gold. Employee number is a distractor. 0.5 CE hour.",
     gold("THEODORE J. VANCE", "Critical Value Reporting and Read-Back Requirements", "2026-07-22",
          0.5, "CE hour",
          ["Bayview Lutheran Hospital", "Bayview Lutheran Hospital, Clinical Laboratory Education Services"],
          "CLES-26-07"),
     dict(LAND, border="double", accent="#305c3a", align="C", fonts=SERIF, margin=64,
          doctitle="Training Certificate"),
     [L("Bayview Lutheran Hospital", "orgl", c="accent", size=21),
      L("Clinical Laboratory Education Services", "orgs", c="grey"),
      G(12),
      L("Certificate of Completion", "h1"),
      G(10),
      L("THEODORE J. VANCE", "nameb", spaced=True, size=22),
      G(6),
      L("has completed the following continuing education activity:", "body"),
      G(10),
      TABLE(["Training No.", "Title", "Date", "CE Hours"],
            [["CLES-26-07", "Critical Value Reporting and Read-Back Requirements", "07/22/2026", "0.5"]],
            widths=[0.15, 0.55, 0.15, 0.15], w=0.9),
      G(6),
      L("Employee No. 204417  \u00b7  Core Laboratory, Night Shift", "fine", c="grey"),
      FILL(10),
      SIGS(["Paul R. Lindgren, MD", "Medical Director, Clinical Laboratory"],
           ["Annette Moyer, MLS(ASCP)CM", "Education Coordinator"], w=0.85),
      ])

# =================================================================== yh31
cert("yh31", "public-health-lab", "tcpdf",
     ["landscape", "centred-award", "band-border", "department-provider", "wrapped-title",
      "labelled-date-after-title", "training-id"],
     "State public health laboratory training program (office): provider = laboratory and "
     "'laboratory, program'. Title wraps and is followed by 'Date completed:'. Training ID is the "
     "ID.",
     gold("Emily J. Rasmussen",
          "Biosafety Level 3 Practices and Select Agent Rule-Out Testing for Sentinel Clinical Laboratories",
          "2026-08-05", 3.0, "contact hour",
          ["Northern Plains Public Health Laboratory",
           "Northern Plains Public Health Laboratory, Laboratory Training and Outreach Program"],
          "NPPHL-BT-2608"),
     dict(LAND, border="band", accent="#1d4e89", align="C", fonts=SANS, margin=58,
          doctitle="Training Certificate"),
     [G(4),
      L("Northern Plains Public Health Laboratory", "org", c="accent", size=18),
      L("Laboratory Training and Outreach Program", "orgs", c="grey"),
      G(12),
      L("Certificate of Training", "h1"),
      G(8),
      L("This certifies that", "intro"),
      L("Emily J. Rasmussen", "namem", size=26),
      G(4),
      L("successfully completed the hands-on workshop", "body"),
      T(["Biosafety Level 3 Practices and Select Agent Rule-Out Testing for",
         "Sentinel Clinical Laboratories"], "title", size=15),
      L("Date completed: August 5, 2026", "body"),
      G(6),
      L("3.0 contact hours  \u00b7  Training ID: NPPHL-BT-2608", "bodyb"),
      FILL(8),
      P(PACE.format(p="The Northern Plains Public Health Laboratory"), w=0.66),
      G(2),
      SIGS(["Dr. Warren Heikkinen", "Laboratory Director"],
           ["Joy Ambrose, MPH, MLS(ASCP)CM", "Training Coordinator"], w=0.8),
      ])

# =================================================================== yh32
cert("yh32", "public-health-lab", "fodt",
     ["portrait", "labels-above-values", "expiry-date", "training-validity"],
     "APHL eLearning. Labels above values twice. 'Training valid through' is an expiry distractor.",
     gold("Tran Minh Chau", "Packaging and Shipping Division 6.2 Infectious Substances",
          "2025-10-29", 2.0, "contact hour",
          ["Association of Public Health Laboratories", "APHL"], "APHL-PS-62-25"),
     dict(PORT, border="single", accent="#00529b", align="C", fonts=SANS, margin=66,
          doctitle="APHL Certificate"),
     [L("APHL", "orgl", c="accent", size=30),
      L("Association of Public Health Laboratories", "orgs", c="accent"),
      G(40),
      L("Certificate of Completion", "h1m"),
      G(30),
      COLS(["PARTICIPANT NAME", "COMPLETION DATE"], ["Tran Minh Chau", "October 29, 2025"],
           w=0.9, rule=True, vs="bodyb"),
      G(24),
      L("has completed the eLearning course", "body"),
      G(4),
      L("Packaging and Shipping Division 6.2 Infectious Substances", "titlem"),
      G(24),
      COLS(["COURSE NUMBER", "CONTACT HOURS", "TRAINING VALID THROUGH"],
           ["APHL-PS-62-25", "2.0", "October 29, 2027"], w=0.9, rule=True),
      G(30),
      P(PACE.format(p="APHL") + " Shipping training must be repeated at least every 24 months.",
        "small", w=0.85),
      FILL(40),
      SIGS(["Katrina Oyelowo, MS", "Manager, Laboratory Training"], w=0.5),
      ])

# =================================================================== yh33
cert("yh33", "joint-cme", "chromium",
     ["portrait", "centred-award", "single-border", "department-provider", "wrapped-title",
      "labelled-date-after-title", "series-name-in-title", "multiple-credit-types",
      "maximum-vs-claimed", "ceu-distractor", "claim-date", "joint-accreditation-statement"],
     "Jointly accredited academic centre. 'Molecular Tumor Board:' is part of the title. Credit "
     "table lists AMA PRA, ANCC, ACPE (as 0.15 CEU) and P.A.C.E.: gold is the P.A.C.E. claimed 1.0, "
     "not the 1.5 maximum. Claim date is a distractor.",
     gold("Vivian M. Castellano",
          "Molecular Tumor Board: Comprehensive Genomic Profiling in Non-Small Cell Lung Cancer",
          "2026-03-26", 1.0, "contact hour",
          ["Lakeshore University Health",
           "Lakeshore University Health, Office of Continuing Professional Development"],
          "26-MTB-0326"),
     dict(PORT, border="single", accent="#123c69", align="C", fonts=SERIF, margin=58,
          doctitle="Certificate of Credit"),
     [L("Lakeshore University Health", "orgl", c="accent", size=21),
      L("Office of Continuing Professional Development", "orgs", c="grey"),
      G(20),
      L("Certificate of Credit", "h1m"),
      G(14),
      L("This certifies that", "intro"),
      L("Vivian M. Castellano, MLS(ASCP)CM", "namem"),
      G(4),
      L("participated in the live activity", "body"),
      G(2),
      T(["Molecular Tumor Board: Comprehensive Genomic Profiling in",
         "Non-Small Cell Lung Cancer"], "titlem"),
      L("Activity date: March 26, 2026", "body"),
      G(4),
      L("Activity ID: 26-MTB-0326", "small", c="grey"),
      G(14),
      TABLE(["Credit type", "Maximum", "Claimed"],
            [["AMA PRA Category 1 Credits\u2122", "1.50", "\u2014"],
             ["ANCC nursing contact hours", "1.50", "\u2014"],
             ["ACPE contact hours (0.15 CEU)", "1.50", "\u2014"],
             ["P.A.C.E.\u00ae contact hours", "1.5", "1.0"]],
            widths=[0.6, 0.2, 0.2], w=0.8),
      G(14),
      P("In support of improving patient care, Lakeshore University Health is jointly accredited by "
        "the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council "
        "for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to "
        "provide continuing education for the healthcare team. Lakeshore University Health designates "
        "this live activity for a maximum of 1.50 AMA PRA Category 1 Credits\u2122. Physicians should "
        "claim only the credit commensurate with the extent of their participation in the activity. "
        + PACE.format(p="Lakeshore University Health"), "fine", w=0.9),
      FILL(20),
      L("Credit claimed April 2, 2026", "fine", c="grey"),
      ])

# =================================================================== yh34
cert("yh34", "joint-cme", "acroform",
     ["landscape", "filled-form", "centred-award", "department-provider", "format-line",
      "wrapped-title", "labelled-date-after-title", "multiple-credit-types", "accented-name",
      "joint-accreditation-statement"],
     "Filled form. 'Enduring Material' is the format line. Title wraps and is followed by 'Date "
     "completed:'. AMA PRA and ANCC figures are distractors; P.A.C.E. 1.5 is gold.",
     gold("Ramón Esteban Villalobos",
          "Transfusion Medicine Case Series: Warm Autoimmune Hemolytic Anemia and the Incompatible Crossmatch",
          "2026-05-21", 1.5, "contact hour",
          ["Brightwater University School of Medicine",
           "Brightwater University School of Medicine, Office of Continuing Medical Education"],
          "BW-EM-26-044"),
     dict(LAND, border="double", accent="#4b2e83", align="C", fonts=SERIF, margin=60,
          doctitle="CME Certificate"),
     [L("Brightwater University School of Medicine", "org", c="accent", size=17),
      L("Office of Continuing Medical Education", "orgsi", c="grey"),
      G(4),
      L("Certificate of Completion", "h1m", size=28),
      G(4),
      L("This is to certify that", "intro"),
      L("Ramón Esteban Villalobos, MLS(ASCP)CM", "namem", field="learner_name"),
      L("has completed the", "body"),
      L("Enduring Material", "fmt", c="accent"),
      T(["Transfusion Medicine Case Series: Warm Autoimmune Hemolytic",
         "Anemia and the Incompatible Crossmatch"], "title", size=15, field="activity_title"),
      L("Date completed: 05/21/2026", "body", field="date_completed"),
      G(2),
      L("Activity No. BW-EM-26-044", "small", c="grey"),
      G(4),
      TABLE(["Credit type", "Credits"],
            [["AMA PRA Category 1 Credits\u2122", "1.50"],
             ["ANCC nursing contact hours", "1.50"],
             ["P.A.C.E.\u00ae contact hours", "1.5"]],
            widths=[0.72, 0.28], w=0.42, rs="fine", hs="label"),
      G(2),
      P("In support of improving patient care, Brightwater University School of Medicine is jointly "
        "accredited by the ACCME, ACPE and ANCC to provide continuing education for the healthcare "
        "team. " + PACE.format(p="Brightwater University School of Medicine"), w=0.8),
      FILL(10),
      SIGS(["Adaeze Nwosu-Fairclough, MD", "Activity Director"],
           ["Philip Haverford, MEd", "Director, Continuing Medical Education"], w=0.8),
      ])

# =================================================================== yh35
cert("yh35", "joint-cme", "ghostscript",
     ["portrait", "two-page", "centred-award", "double-border", "department-provider", "suffix",
      "credentials-after-name", "meeting-attendance", "conference-date-range",
      "maximum-vs-claimed", "multiple-credit-types", "session-list"],
     "Two pages: certificate and credit summary. Meeting attendance (title includes the year as "
     "printed); date is the last day of Nov 6-7, 2025. P.A.C.E. claimed 11.0 vs maximum 12.5; "
     "AMA PRA/ANCC are distractors. 'Activity No.' is the ID.",
     gold("Samuel K. Oyelaran III", "Pathology and Laboratory Medicine Annual Update 2025",
          "2025-11-07", 11.0, "contact hour",
          ["Whitfield Academic Medical Center",
           "Whitfield Academic Medical Center, Office of Continuing Medical Education"],
          "2511-PLMU"),
     dict(PORT, border="double", accent="#7b3f00", align="C", margin=66,
          fonts={"head": ["century", None], "body": ["serif", None], "name": ["script", ""]},
          doctitle="Annual Update 2025 Certificate", pscreator="cme-cert.ps 3.0"),
     [G(10),
      L("Whitfield Academic Medical Center", "orgl", c="accent", size=21),
      L("Office of Continuing Medical Education", "orgs", c="grey"),
      G(40),
      L("Certificate of Attendance", "h1m", c="accent"),
      G(28),
      L("This certifies that", "intro"),
      G(4),
      L("Samuel K. Oyelaran III, MLS(ASCP)CM", "name", size=30),
      G(8),
      L("attended the", "body"),
      G(4),
      L("Pathology and Laboratory Medicine Annual Update 2025", "titlem", size=15),
      L("November 6\u20137, 2025  \u00b7  Whitfield Conference Center", "body"),
      G(20),
      L("P.A.C.E.\u00ae contact hours claimed: 11.0", "bodyb"),
      L("Activity No. 2511-PLMU", "small", c="grey"),
      FILL(30),
      SIGS(["Evelyn Marsh-Odom, MD", "Course Director"],
           ["Gordon Takahashi, MEd", "Director, Continuing Medical Education"], w=0.95),
      G(10),
      L("See page 2 for the credit summary.", "fine", c="grey"),
      PB(),
      G(10),
      L("Credit Summary", "h2", c="accent"),
      L("Samuel K. Oyelaran III  \u00b7  Pathology and Laboratory Medicine Annual Update 2025", "small"),
      G(18),
      TABLE(["Credit type", "Maximum", "Claimed"],
            [["AMA PRA Category 1 Credits\u2122", "12.50", "\u2014"],
             ["ANCC nursing contact hours", "12.50", "\u2014"],
             ["P.A.C.E.\u00ae contact hours", "12.5", "11.0"]],
            widths=[0.6, 0.2, 0.2], w=0.85),
      G(20),
      TABLE(["Date", "Session", "Hours"],
            [["Nov 6", "Digital Pathology Validation", "1.5"],
             ["Nov 6", "Anemia Workup in the Outpatient Setting", "1.5"],
             ["Nov 6", "Transfusion Stewardship Metrics", "1.0"],
             ["Nov 6", "Liquid Biopsy: Where Are We Now?", "1.5"],
             ["Nov 7", "Point-of-Care Testing Oversight", "1.5"],
             ["Nov 7", "Flow Cytometry in MRD Assessment", "2.0"],
             ["Nov 7", "Laboratory Stewardship Panel", "2.0"]],
            widths=[0.14, 0.7, 0.16], w=0.85),
      G(20),
      P("In support of improving patient care, Whitfield Academic Medical Center is jointly "
        "accredited by the Accreditation Council for Continuing Medical Education (ACCME), the "
        "Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing "
        "Center (ANCC), to provide continuing education for the healthcare team. Whitfield Academic "
        "Medical Center designates this live activity for a maximum of 12.50 AMA PRA Category 1 "
        "Credits\u2122. " + PACE.format(p="Whitfield Academic Medical Center"), "small", w=0.85),
      ])

# =================================================================== yh36
cert("yh36", "university-ceu", "docx",
     ["landscape", "centred-award", "double-border", "all-caps-name", "suffix",
      "department-provider", "course-date-range", "conferral-date", "student-id", "ceu"],
     "University CEU certificate. Course ran Sep 8 - Oct 27, 2025: gold is the last day; the "
     "'awarded this 3rd day of November' conferral date and student ID are distractors. 1.5 CEU "
     "= 15 points.",
     gold("ALEXANDER J. KOWALCZYK III", "Immunohematology Review for Laboratory Professionals",
          "2025-10-27", 1.5, "CEU",
          ["Westbrook State University",
           "Westbrook State University, Division of Continuing and Professional Studies"],
          "CLS 9045"),
     dict(LAND, border="double", accent="#14345c", align="C", margin=66, mbottom=84,
          fonts={"head": ["century", None], "body": ["serif", None], "name": ["serif", "B"]},
          doctitle="Certificate of Completion"),
     [L("Westbrook State University", "orgl", c="accent", size=24),
      L("Division of Continuing and Professional Studies", "orgsi", c="grey"),
      G(24),
      L("Certificate of Completion", "h1", size=36),
      G(10),
      L("This is to certify that", "intro"),
      G(6),
      L("ALEXANDER J. KOWALCZYK III", "nameb", size=24),
      G(6),
      L("has satisfactorily completed", "body"),
      G(4),
      L("Immunohematology Review for Laboratory Professionals", "title", size=18),
      L("Course No. CLS 9045  \u00b7  September 8 \u2013 October 27, 2025", "body"),
      G(12),
      L("and is awarded 1.5 Continuing Education Units (CEUs)", "bodyb", size=12.5),
      G(8),
      L("Awarded this 3rd day of November, 2025", "smalli"),
      FILL(10),
      SIGS(["Dr. Celeste Abernathy", "Dean, Continuing and Professional Studies"],
           ["Marcus Lindqvist, MS, MLS(ASCP)CM", "Program Director"], w=0.85),
      L("Student ID W00418823", "fine", c="grey"),
      ])

# =================================================================== yh37
cert("yh37", "university-ceu", "rl-platypus",
     ["portrait", "letter-style", "left-aligned", "two-column-label-value", "department-provider",
      "hyphenated-name", "course-date-range", "letter-date", "ceu"],
     "Letter from a university continuing-education office. Course dates Oct 6 - Nov 30, 2025 "
     "and an explicit date of completion (Nov 30). Letter date is a distractor. 2.4 CEU = 24 "
     "points.",
     gold("Marguerite Delacroix-Huang", "Molecular Diagnostics Fundamentals", "2025-11-30", 2.4,
          "CEU", ["Harrowgate University", "Harrowgate University, Office of Continuing Education"],
          "MDX 510"),
     dict(PORT, border="none", accent="#5c1a1b", align="L", fonts=SERIF, margin=72,
          doctitle="Letter of Completion"),
     [L("Harrowgate University", "orgl", c="accent", size=22),
      L("Office of Continuing Education", "orgs", c="grey", size=12),
      HR(w=1.0, h=14),
      G(16),
      L("December 12, 2025", "body"),
      G(20),
      L("To whom it may concern:", "body"),
      G(10),
      P("This letter certifies that the individual named below has completed the non-credit "
        "continuing education course described, including all required modules and the final "
        "assessment, and has been awarded Continuing Education Units (CEUs) by Harrowgate "
        "University.", "body", w=1.0, lead=1.4),
      G(16),
      KV([("Participant", "Marguerite Delacroix-Huang"),
          ("Course", "Molecular Diagnostics Fundamentals"),
          ("Course number", "MDX 510"),
          ("Course dates", "October 6 \u2013 November 30, 2025"),
          ("Date of completion", "November 30, 2025"),
          ("CEUs awarded", "2.4")], w=1.0, lw=0.32, rule=True),
      G(16),
      P("One CEU represents ten clock hours of participation in an organized continuing education "
        "experience under qualified instruction. Harrowgate University does not award academic "
        "credit for this course.", "small", w=1.0),
      G(26),
      L("Sincerely,", "body"),
      SIGS(["Imogen Hartley-Shaw, EdD", "Director, Office of Continuing Education"], w=0.5,
           align="L"),
      ])

# =================================================================== yh38
cert("yh38", "vendor", "fpdf",
     ["portrait", "labels-above-values", "department-provider", "vendor-training",
      "serial-number", "hyphenated-name"],
     "Vendor key-operator training with labels above values. Training ID is the ID; instrument "
     "serial number is a distractor. Provider = company and 'company, Customer Education Center'.",
     gold("Mei-Ling Hsu", "Key Operator Training: HX-900 Hematology Analyzer", "2026-02-12", 12.0,
          "contact hour",
          ["Halvorsen Diagnostics, Inc.", "Halvorsen Diagnostics, Inc., Customer Education Center"],
          "HDX-KOT-900-0212"),
     dict(PORT, border="band", accent="#0f4c5c", align="C", fonts=SANS, margin=62,
          doctitle="Training Certificate"),
     [G(12),
      L("Halvorsen Diagnostics, Inc.", "orgl", c="accent", size=22),
      L("Customer Education Center", "orgs", c="grey"),
      G(40),
      L("Certificate of Training", "h1m"),
      G(30),
      COLS(["TRAINEE", "DATE OF COMPLETION"], ["Mei-Ling Hsu", "February 12, 2026"], w=0.9,
           rule=True, vs="bodyb"),
      G(26),
      L("has successfully completed", "body"),
      G(4),
      L("Key Operator Training: HX-900 Hematology Analyzer", "titlem", size=15),
      G(26),
      COLS(["TRAINING ID", "CONTACT HOURS", "INSTRUMENT SERIAL NO."],
           ["HDX-KOT-900-0212", "12.0", "HX9-004417"], w=0.9, rule=True),
      G(30),
      P(PACE.format(p="Halvorsen Diagnostics, Inc."), "small", w=0.85),
      FILL(40),
      SIGS(["Derek Ashworth", "Field Applications Specialist"],
           ["Simone Achebe, MLS(ASCP)CM", "Manager, Customer Education"], w=0.95),
      ])

# =================================================================== yh39
cert("yh39", "vendor", "fodt",
     ["landscape", "centred-award", "frame-border", "wrapped-title", "labelled-date-after-title",
      "presented-by", "program-no-without-colon", "hyphenated-name"],
     "Vendor webinar; format named inside the verb line. Title wraps and is followed by 'Webinar "
     "date:'. 'presented by Dr. ...' is a distractor. Program No. without colon is the ID.",
     gold("Ingrid Solberg-Haugen",
          "Sepsis Biomarkers in the Emergency Department: Procalcitonin, Lactate, and What Comes Next",
          "2025-11-18", 1.0, "contact hour", ["Corvane Biosystems"], "740-112-25"),
     dict(LAND, border="frame", accent="#8a4b08", align="C", fonts=MIXED, margin=64,
          doctitle="Webinar Certificate"),
     [L("Corvane Biosystems", "orgl", c="accent", size=22),
      G(4),
      L("Certificate of Attendance", "h1", size=30),
      G(6),
      L("This certifies that", "intro"),
      L("Ingrid Solberg-Haugen", "name"),
      G(4),
      L("participated in the live educational webinar", "body"),
      G(2),
      T(["Sepsis Biomarkers in the Emergency Department: Procalcitonin,",
         "Lactate, and What Comes Next"], "title", size=16),
      L("Webinar date: November 18, 2025", "body"),
      L("presented by Dr. Armando Ruiz-Calderón, PhD", "smalli", c="grey"),
      G(6),
      L("1.0 P.A.C.E.\u00ae contact hour", "bodyb"),
      FILL(8),
      SIGS(["Beatrix Lindahl, PhD", "Director, Medical and Scientific Affairs"], w=0.4),
      G(6),
      P(PACE.format(p="Corvane Biosystems") + " Program No. 740-112-25", w=0.7),
      ])

# =================================================================== yh40
cert("yh40", "vendor", "rl-canvas",
     ["portrait", "centred-award", "band-border", "format-line", "wrapped-title",
      "labelled-date-after-title", "activity-no", "certificate-number"],
     "Vendor on-demand webinar. 'On-Demand Webinar' is the format line. Title wraps and is "
     "followed by 'Date of completion:'. 'Activity No.' is the ID; certificate number is a "
     "distractor.",
     gold("Lorenzo DeLuca",
          "Coagulation Testing on the SR-3 Analyzer: Clot Detection, Interference Flags, and Troubleshooting",
          "2026-10-06", 1.0, "contact hour", ["Sable Ridge Instruments"], "SRI-OD-3147"),
     dict(PORT, border="band", accent="#3a3a6b", align="C", fonts=SANS, margin=60,
          doctitle="Certificate of Completion"),
     [G(14),
      L("Sable Ridge Instruments", "orgl", c="accent", size=24),
      G(58),
      L("Certificate of Completion", "h1m", size=27),
      G(30),
      L("awarded to", "intro"),
      G(2),
      L("Lorenzo DeLuca", "name"),
      G(10),
      L("for completing the", "body"),
      G(4),
      L("On-Demand Webinar", "fmt", c="accent"),
      G(4),
      T(["Coagulation Testing on the SR-3 Analyzer: Clot Detection,",
         "Interference Flags, and Troubleshooting"], "titlem"),
      L("Date of completion: October 6, 2026", "body"),
      G(12),
      L("1.0 P.A.C.E.\u00ae contact hour  \u00b7  Activity No. SRI-OD-3147", "bodyb"),
      G(34),
      P(PACE.format(p="Sable Ridge Instruments"), "small", w=0.85),
      FILL(40),
      SIGS(["Monique Farrow, MLS(ASCP)CM", "Clinical Education Manager"], w=0.5),
      G(18),
      L("Certificate No. SRI-C-2026-10-0614", "fine", c="grey"),
      ])
