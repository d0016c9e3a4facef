"""The 40 certificate definitions (page description + gold). All people, hospitals,
universities, vendors and activities are invented."""


def t(s, size=12, b=0, i=0, al=None, gap=4, field=0):
    return {"k": "t", "s": s, "size": size, "b": b, "i": i, "al": al, "gap": gap, "field": field}


def sp(h):
    return {"k": "sp", "h": h}


def kv(*rows):
    return {"k": "kv", "rows": [list(r) for r in rows]}


def cols(*rows):
    return {"k": "cols", "rows": [list(r) for r in rows]}


def table(head, rows, w=None):
    d = {"k": "table", "head": head, "rows": rows}
    if w:
        d["w"] = w
    return d


def sig(*rows):
    return {"k": "sig", "rows": [list(r) for r in rows]}


def foot(s):
    return {"k": "foot", "s": s}


RULE = {"k": "rule"}
PB = {"k": "pb"}


def spaced(name):
    return "   ".join(" ".join(w) for w in name.split(" "))


PACE = "is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program."

C = []


def cert(id, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id, page):
    pts = round(credits * 10, 2) if unit == "CEU" else credits
    C.append(dict(id=id, style=style, producer=producer, layout=layout, notes=notes, name=name, title=title,
                  date=date, credits=credits, unit=unit, points=pts, provider=provider, activity_id=activity_id, page=page))


# 01 ASCP online course, centred award, landscape, max vs claimed
cert("yc01", "ASCP", "html", ["centred-award", "landscape", "border-double", "seal", "credentials-after-name", "max-vs-claimed", "signature-block"],
     "CMLE maximum 1.5 vs claimed 1.0; AMA PRA line is a distractor.",
     "Daniela Ferreira-Santos", "Hemoglobinopathies in the Adult Patient: Interpreting HPLC and Electrophoresis Patterns",
     "2025-02-11", 1.0, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "ASCP-2503-HB",
     {"orient": "L", "border": 2, "seal": 1, "font": "serif", "color": "#123c69", "blocks": [
         t("American Society for Clinical Pathology", 15, b=1, gap=2), t("ASCP Education", 11, i=1, gap=14),
         t("CERTIFICATE OF COMPLETION", 26, b=1, gap=10), t("This certifies that", 12, i=1),
         t("Daniela Ferreira-Santos, MLS(ASCP)CM", 22, b=1, gap=8), t("has successfully completed the online course", 12, i=1),
         t("Hemoglobinopathies in the Adult Patient: Interpreting HPLC and Electrophoresis Patterns", 17, b=1, gap=8),
         t("Course ID: ASCP-2503-HB     Completed: February 11, 2025", 11),
         t("ASCP designates this activity for a maximum of 1.5 CMLE credits. Credits claimed by participant: 1.0 CMLE", 10.5),
         t("The American Society for Clinical Pathology designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits\u2122.", 9, i=1),
         sig(["Marguerite Olanrewaju, MD, FASCP", "Chair, Continuing Education Council"]),
         foot("Certificate ID 88231-4471  |  Printed 03/02/2025  |  Retain this certificate for four years for CMP documentation.")]})

# 02 AABB eCast, format line between verb and title
cert("yc02", "AABB", "fodt", ["centred-award", "portrait", "border", "format-line", "hard-format", "long-title-wrap", "date-label-after-title"],
     "Format line 'eCast' on its own line; Program No. without colon.",
     "Tobias Lindqvist", "Managing Patients with Warm Autoantibodies: Serologic Workup, Adsorption Strategies and Transfusion Decisions",
     "2024-10-17", 1.5, "contact hour", ["AABB"], "024-118-24",
     {"orient": "P", "border": 1, "font": "sans", "color": "#8a1538", "blocks": [
         t("AABB", 30, b=1, gap=2), t("Certificate of Attendance", 20, gap=24),
         t("Tobias Lindqvist", 20, b=1, gap=10), t("participated in the", 12),
         t("eCast", 13, b=1, i=1, gap=6),
         t("Managing Patients with Warm Autoantibodies: Serologic Workup, Adsorption Strategies and Transfusion Decisions", 16, b=1, gap=6),
         t("Date of completion: October 17, 2024", 12, gap=18),
         t("Program No. 024-118-24", 11),
         t("AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This program has been approved for 1.5 P.A.C.E.\u00ae contact hours.", 10, gap=8),
         t("California Clinical Laboratory Personnel accrediting agency: AABB (#0001). Florida Board of Clinical Laboratory Personnel: 1.5 hours.", 9, i=1),
         sig(["Renata Oyelaran, MBA", "Director, Education Programs"]),
         foot("Registration #: R-7781430  \u2022  Issued 11/04/2024  \u2022  AABB, Bethesda, Maryland")]})

# 03 Hospital in-service, left-aligned letter, department as provider
cert("yc03", "hospital", "docx", ["letter-style", "left-aligned", "portrait", "department-provider", "table", "signature-block", "title-with-safety"],
     "Provider is the hospital's Laboratory Education Department; employee number is a distractor.",
     "Priya Raghunathan", "Annual Chemical Hygiene and Laboratory Safety Update",
     "2025-01-22", 1.0, "contact hour", ["Brackenridge Valley Medical Center", "Brackenridge Valley Medical Center, Laboratory Education Department"], "LED-25-014",
     {"orient": "P", "border": 0, "align": "L", "font": "serif", "blocks": [
         t("Brackenridge Valley Medical Center, Laboratory Education Department", 13, b=1, gap=1),
         t("2200 Orchard Ridge Parkway, Building C, Room 140", 9.5, gap=1), t("Ferndale, OR 97411", 9.5, gap=22),
         t("January 24, 2025", 11, gap=14),
         t("Re: Verification of Continuing Education Attendance", 11, b=1, gap=10),
         t("This letter confirms that Priya Raghunathan, MLS(ASCP), Employee No. 004417, attended the following in-service education session presented by the Laboratory Education Department:", 11, gap=8),
         t("Annual Chemical Hygiene and Laboratory Safety Update", 13, b=1, gap=8),
         table(["Session No.", "Date", "Contact Hours"], [["LED-25-014", "01/22/2025", "1.0"]]),
         t("Presenter: Colm Fitzhardinge, MS, CHO (Chemical Hygiene Officer)", 10.5, gap=8),
         t("This activity meets the in-service documentation requirements of the medical staff education policy. Please retain this letter for your records.", 11, gap=6),
         t("Sincerely,", 11, gap=0),
         sig(["Annelise Mbeki-Thorne, MS, MLS(ASCP)CM", "Laboratory Education Coordinator"]),
         foot("BVMC Laboratory Education Department | Form LED-07 rev. 2023")]})

# 04 LabCE, two-column label/value
cert("yc04", "LabCE", "fpdf", ["two-column-label-value", "portrait", "border", "pace-statement"],
     "Florida course number and customer ID are distractors; activity id from 'Course Number'.",
     "Marcus T. Abernathy Jr.", "Gram Stain Interpretation of Positive Blood Cultures", "2024-08-05", 1.0, "contact hour",
     ["LabCE"], "1403",
     {"orient": "P", "border": 1, "font": "sans", "color": "#0b6e4f", "blocks": [
         t("LabCE", 28, b=1, gap=0), t("Laboratory Continuing Education", 10, i=1, gap=20),
         t("Certificate of Completion", 22, b=1, gap=22),
         kv(("Participant:", "Marcus T. Abernathy Jr., MLT(ASCP)"), ("Customer ID:", "LC-552019"),
            ("Course:", "Gram Stain Interpretation of Positive Blood Cultures"), ("Course Number:", "1403"),
            ("Completion Date:", "08/05/2024"), ("P.A.C.E.\u00ae Contact Hours:", "1.0"),
            ("Level:", "Intermediate"), ("Florida Course #:", "20-812345")),
         sp(14),
         t("LabCE " + PACE + " Provider #239.", 9.5, gap=6),
         t("LabCE is an approved provider of continuing education for Florida Board of Clinical Laboratory Personnel, CE Broker #50-3140.", 9.5),
         foot("Certificate generated 08/05/2024 14:22 CDT  \u2022  www.labce.com  \u2022  Page 1 of 1")]})

# 05 MediaLab, labels above values
cert("yc05", "MediaLab", "tcpdf", ["labels-above-values", "landscape", "border", "title-with-ethics"],
     "Labels above values in columns (Participant | Date of Completion | Contact Hours).",
     "Hannah Woźniak", "Ethics in the Clinical Laboratory: Confidentiality, Conflicts and Reporting", "2025-03-28", 1.0, "contact hour",
     ["MediaLab, Inc.", "MediaLab"], "ETH-312",
     {"orient": "L", "border": 1, "font": "sans", "color": "#2c4f8a", "blocks": [
         t("MediaLab, Inc.", 14, b=1, gap=0), t("Continuing Education", 10, gap=16),
         t("Certificate of Course Completion", 24, b=1, gap=14),
         t("Ethics in the Clinical Laboratory: Confidentiality, Conflicts and Reporting", 15, b=1, gap=14),
         cols(("Participant", "Hannah Woźniak"), ("Date of Completion", "March 28, 2025"), ("Contact Hours", "1.0")),
         sp(6),
         cols(("Course Code", "ETH-312"), ("Account No.", "ML-0098211"), ("Exam Score", "92%")),
         sp(8),
         t("MediaLab, Inc. " + PACE + " Approved for 1.0 contact hours, basic level.", 9.5),
         foot("MediaLab, Inc.  |  Certificate No. 7302-55813  |  Verify at medialab.example/verify")]})

# 06 CAP, joint credits, several credit types
cert("yc06", "CAP", "rlcanvas", ["centred-award", "portrait", "border-double", "several-credit-types", "max-vs-claimed", "sam-distractor"],
     "AMA PRA 2.0 and ABPath SAM 2.0 are distractors; P.A.C.E. maximum 2.0, claimed 1.5 (gold).",
     "Olusegun Adebayo-Clarke", "Frozen Section Pitfalls in Gynecologic Pathology", "2024-11-19", 1.5, "contact hour",
     ["College of American Pathologists", "CAP"], "CAP-LAB-24-5517",
     {"orient": "P", "border": 2, "font": "serif", "color": "#00467f", "blocks": [
         t("College of American Pathologists", 16, b=1, gap=2), t("CAP Learning", 11, i=1, gap=24),
         t("Certificate of Completion", 26, b=1, gap=18), t("awarded to", 12, i=1, gap=6),
         t("Olusegun Adebayo-Clarke, MD", 20, b=1, gap=14), t("for completion of", 12, i=1, gap=6),
         t("Frozen Section Pitfalls in Gynecologic Pathology", 17, b=1, gap=10),
         kv(("Activity Number:", "CAP-LAB-24-5517"), ("Date Completed:", "November 19, 2024"), ("Release Date:", "January 8, 2024"),
            ("Expiration Date:", "January 7, 2027")),
         sp(8),
         table(["Credit Type", "Maximum", "Claimed"], [["AMA PRA Category 1 Credit\u2122", "2.0", "2.0"], ["ABPath SAM credit", "2.0", "2.0"],
                                                     ["P.A.C.E.\u00ae contact hours", "2.0", "1.5"]], [3, 1, 1]),
         t("The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians. The CAP " + PACE, 8.5, i=1),
         foot("CAP, 325 Waukegan Road, Northfield, IL 60093  |  Transcript ID 1190442  |  Issued 11/19/2024")]})

# 07 ASCLS annual meeting session certificate
cert("yc07", "ASCLS", "platypus", ["centred-award", "portrait", "conference-session", "date-range-distractor", "table"],
     "Conference range July 20-23; session certificate names its own session date July 21.",
     "Keiko Nakamura-Reyes", "Beyond the Bench: Laboratory Stewardship Programs That Work", "2025-07-21", 1.25, "contact hour",
     ["American Society for Clinical Laboratory Science", "ASCLS"], "S-214",
     {"orient": "P", "border": 1, "font": "sans", "color": "#004b87", "blocks": [
         t("American Society for Clinical Laboratory Science", 15, b=1, gap=2),
         t("ASCLS 2025 Joint Annual Meeting  \u2022  July 20\u201323, 2025  \u2022  Minneapolis, MN", 10, gap=22),
         t("Session Certificate of Attendance", 22, b=1, gap=18), t("Keiko Nakamura-Reyes", 20, b=1, gap=12),
         t("attended the educational session", 11, i=1, gap=8),
         t("Beyond the Bench: Laboratory Stewardship Programs That Work", 16, b=1, gap=12),
         table(["Session", "Session Date", "P.A.C.E.\u00ae Contact Hours"], [["S-214", "July 21, 2025", "1.25"]]),
         t("Speaker: Evangeline Prud\u2019homme, PhD, MLS(ASCP)CM", 10, i=1, gap=14),
         t("ASCLS " + PACE + " Badge No. 30418.", 9),
         foot("ASCLS \u2022 1861 International Drive, Suite 200, McLean, VA 22102 \u2022 Certificate printed July 23, 2025")]})

# 08 State society meeting, acroform filled + flattened
cert("yc08", "state-regional", "acroform", ["two-column-label-value", "portrait", "border", "acroform", "date-range-distractor", "meeting-attendance"],
     "Meeting attendance without a session title: gold title is the meeting name; date is last day of range.",
     "Rebecca Ann Thornquist", "ASCLS-Michigan 2025 Spring Meeting", "2025-04-12", 9.0, "contact hour",
     ["American Society for Clinical Laboratory Science - Michigan", "ASCLS-Michigan"], None,
     {"orient": "P", "border": 1, "font": "sans", "color": "#3b5e2b", "blocks": [
         t("American Society for Clinical Laboratory Science - Michigan", 14, b=1, gap=2),
         t("Certificate of Attendance", 24, b=1, gap=22),
         t("This is to certify that", 11, gap=6), t("Rebecca Ann Thornquist", 20, b=1, gap=6, field=1),
         t("attended the", 11, gap=6), t("ASCLS-Michigan 2025 Spring Meeting", 17, b=1, gap=4, field=1),
         t("Lansing Riverside Conference Center, April 10\u201312, 2025", 10.5, gap=20),
         kv(("Meeting Dates:", "April 10-12, 2025"), ("P.A.C.E. Contact Hours:", "9.0"), ("Member No.:", "MI-20391"),
            ("Date Issued:", "April 30, 2025")),
         sp(10),
         t("ASCLS-Michigan " + PACE, 9, gap=4),
         sig(["Dolores Vandermeer, MS, MLS(ASCP)", "President, ASCLS-Michigan"], ["Anthony Greco", "Continuing Education Chair"]),
         foot("Retain for your records. Contact hours awarded are based on sessions attended as reported on the attendance form.")]})

# 09 NSH histology, PostScript
cert("yc09", "NSH", "ps", ["centred-award", "landscape", "border-double", "seal", "title-with-grossing", "format-line", "hard-format"],
     "'Grossing' is part of the real title; 'On-Demand Webinar' format line is not.",
     "Guillermo Estrada III", "Grossing Small Biopsies: Orientation, Inking and Submission", "2024-09-30", 1.0, "contact hour",
     ["National Society for Histotechnology", "NSH"], "W24-0930",
     {"orient": "L", "border": 2, "seal": 1, "font": "serif", "color": "#5b2a86", "blocks": [
         t("National Society for Histotechnology", 16, b=1, gap=2), t("NSH", 11, gap=16),
         t("Certificate of Completion", 26, b=1, gap=12),
         t("is hereby presented to", 11, i=1), t("Guillermo Estrada III, HTL(ASCP)", 21, b=1, gap=8),
         t("for completing the", 11, i=1), t("On-Demand Webinar", 12, b=1, gap=4),
         t("Grossing Small Biopsies: Orientation, Inking and Submission", 17, b=1, gap=10),
         t("Activity ID: W24-0930     Date Completed: September 30, 2024     Contact Hours: 1.0", 11, gap=6),
         t("NSH " + PACE.replace("\u00ae", "\u00ae"), 9, i=1),
         sig(["Lorraine Chakraborty, HT(ASCP)", "NSH Education Committee"]),
         foot("NSH, 3477 Corporate Parkway, Suite 100, Center Valley, PA 18034  |  Member #088214")]})

# 10 ADLM webinar
cert("yc10", "ADLM", "html", ["centred-award", "portrait", "border", "format-line", "hard-format", "long-title-wrap", "date-label-after-title"],
     "'LIVE WEBINAR' format line; ACCENT credit is the laboratory figure.",
     "Sebastián Orozco-Mejía", "Harmonizing Estimated Glomerular Filtration Rate Reporting After Removal of the Race Coefficient",
     "2025-05-14", 1.0, "contact hour", ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "ADLM-W-25-0514",
     {"orient": "P", "border": 1, "font": "sans", "color": "#0067a5", "blocks": [
         t("ADLM", 30, b=1, gap=0), t("Association for Diagnostics & Laboratory Medicine", 11, gap=4),
         t("(formerly AACC)", 9, i=1, gap=26),
         t("Certificate of Participation", 24, b=1, gap=22), t("Sebastián Orozco-Mejía", 20, b=1, gap=12),
         t("participated in the", 11, gap=4), t("LIVE WEBINAR", 12, b=1, gap=8),
         t("Harmonizing Estimated Glomerular Filtration Rate Reporting After Removal of the Race Coefficient", 16, b=1, gap=6),
         t("Date of completion: May 14, 2025", 12, gap=16),
         t("Activity ID: ADLM-W-25-0514", 11, gap=4), t("ACCENT\u00ae continuing education credit: 1.0 contact hour", 11, gap=14),
         t("Moderator: Ifeoma Kessler-Danjuma, PhD, DABCC", 10, i=1, gap=10),
         t("ADLM is approved by the ACCENT\u00ae Program to award continuing education credit for clinical laboratory professionals.", 9),
         foot("ADLM, 900 Seventh Street NW, Suite 400, Washington, DC 20001  \u2022  Order #W-448120  \u2022  Generated 05/20/2025")]})

# 11 AMT, fodt, labels above values
cert("yc11", "AMT", "fodt", ["labels-above-values", "portrait", "border-double", "ALL-CAPS-name"],
     "ALL-CAPS name; AMT ID is a distractor; CE hours unit.",
     "JAMAL OYELOWO-BRIGGS", "Phlebotomy Complications: Nerve Injury, Hematoma and Syncope", "2024-12-03", 2.0, "CE hour",
     ["American Medical Technologists", "AMT"], "AMT-STEP-1187",
     {"orient": "P", "border": 2, "font": "serif", "color": "#7a1f1f", "blocks": [
         t("American Medical Technologists", 16, b=1, gap=2), t("AMT Continuing Education", 11, i=1, gap=28),
         t("Certificate of Completion", 26, b=1, gap=26),
         t("Phlebotomy Complications: Nerve Injury, Hematoma and Syncope", 17, b=1, gap=22),
         cols(("Participant", "JAMAL OYELOWO-BRIGGS"), ("Date of Completion", "12/03/2024")),
         sp(10),
         cols(("CE Hours", "2.0"), ("Course Number", "AMT-STEP-1187"), ("AMT ID", "0871239")),
         sp(26),
         t("This course is approved by American Medical Technologists for 2.0 CE hours toward the AMT Certification Continuation Program (CCP).", 10, gap=10),
         sig(["Claudette Marchetti, MT(AMT)", "Director of Education"]),
         foot("American Medical Technologists \u2022 Rosemont, Illinois \u2022 Certificate serial 24-CE-551902")]})

# 12 ASM, docx, landscape
cert("yc12", "ASM", "docx", ["centred-award", "landscape", "border", "issuer-line-only", "pace-statement"],
     "Provider appears as issuer line above 'Certificate of Completion' with 'for' in its name.",
     "Aoife Ní Bhriain", "Carbapenemase Detection: Phenotypic and Molecular Methods Compared", "2025-06-09", 1.5, "contact hour",
     ["American Society for Microbiology", "ASM"], "ASM-OD-0612",
     {"orient": "L", "border": 1, "font": "sans", "color": "#00539b", "blocks": [
         t("Issued by the American Society for Microbiology (ASM)", 11, i=1, gap=8),
         t("Certificate of Completion", 26, b=1, gap=14), t("Aoife Ní Bhriain", 22, b=1, gap=8),
         t("has completed", 11, gap=6),
         t("Carbapenemase Detection: Phenotypic and Molecular Methods Compared", 17, b=1, gap=12),
         t("Completion Date: June 9, 2025     Course ID: ASM-OD-0612     Contact Hours: 1.5", 11, gap=12),
         t("ASM " + PACE + " This course is approved for 1.5 contact hours at the intermediate level.", 9.5),
         foot("ASM \u2022 1752 N Street NW, Washington, DC 20036 \u2022 Transcript ref. 2025-0609-77153")]})

# 13 CLSI, fpdf
cert("yc13", "CLSI", "fpdf", ["left-aligned", "portrait", "two-column-label-value", "format-line", "hard-format", "program-no-without-colon"],
     "'Self-Study Module' format line; Program No. without colon.",
     "Friedrich Albrecht-Nwosu", "Verification of Quantitative Measurement Procedures Using EP15 Guidance", "2025-01-30", 2.0, "contact hour",
     ["Clinical and Laboratory Standards Institute", "CLSI"], "212-031-25",
     {"orient": "P", "border": 0, "align": "L", "font": "sans", "color": "#2a5d7c", "blocks": [
         t("Clinical and Laboratory Standards Institute", 15, b=1, gap=0), t("CLSI Education", 10, gap=26),
         t("Certificate of Completion", 22, b=1, gap=16),
         t("This certifies that Friedrich Albrecht-Nwosu has successfully completed the", 11.5, gap=6),
         t("Self-Study Module", 12, b=1, i=1, gap=6),
         t("Verification of Quantitative Measurement Procedures Using EP15 Guidance", 16, b=1, gap=14),
         kv(("Program No.", "212-031-25"), ("Completed On", "January 30, 2025"), ("Credit Awarded", "2.0 contact hours"), ("Post-test score", "88%")),
         sp(10),
         t("CLSI " + PACE, 9.5, gap=16),
         sig(["Nadira Haddad-Okonjo, MT(ASCP)", "Director, Education and Training"]),
         foot("CLSI, 950 West Valley Road, Suite 2500, Wayne, PA 19087  |  Order 5519023  |  www.clsi.org")]})

# 14 Public health laboratory, tcpdf, table
cert("yc14", "public-health", "tcpdf", ["centred-award", "portrait", "border", "table", "department-provider", "title-with-safety"],
     "Provider: state public health laboratory Training Office.",
     "Thu-Trang Nguyen", "Biosafety Level 3 Refresher: Select Agent Safety and Sentinel Laboratory Response", "2024-06-18", 3.0, "contact hour",
     ["Cascadia State Public Health Laboratory", "Cascadia State Public Health Laboratory, Office of Laboratory Training"], "CSPHL-TR-2406",
     {"orient": "P", "border": 1, "font": "sans", "color": "#1b5e20", "blocks": [
         t("Cascadia State Public Health Laboratory, Office of Laboratory Training", 13, b=1, gap=26),
         t("Certificate of Training", 24, b=1, gap=18), t("presented to", 11, i=1, gap=8), t("Thu-Trang Nguyen", 20, b=1, gap=14),
         t("for successful completion of", 11, i=1, gap=8),
         t("Biosafety Level 3 Refresher: Select Agent Safety and Sentinel Laboratory Response", 16, b=1, gap=16),
         table(["Training No.", "Date", "Location", "Contact Hours"], [["CSPHL-TR-2406", "06/18/2024", "Tumwater Campus", "3.0"]], [1.3, 1, 1.3, 1]),
         t("Approved for 3.0 P.A.C.E.\u00ae contact hours through the ASCLS P.A.C.E.\u00ae Program.", 9.5, gap=10),
         sig(["Dr. Winifred Osei-Tutu", "Laboratory Director"], ["Bartholomew Quist, MPH", "Training Coordinator"]),
         foot("Badge #4471  \u2022  Issued 06/21/2024  \u2022  This certificate does not expire.")]})

# 15 Joint-accreditation CME, rlcanvas, several credit types
cert("yc15", "joint-CME", "rlcanvas", ["centred-award", "landscape", "border", "several-credit-types", "accreditation-statement-provider", "date-range-distractor"],
     "Jointly accredited university health system; AMA 6.5, ANCC 6.5, ACPE 6.5 (0.65 CEU) are distractors; P.A.C.E. 6.0 is gold.",
     "Margaret O'Donnell-Kaur", "Lakeshore Pathology and Laboratory Medicine Update 2024", "2024-10-05", 6.0, "contact hour",
     ["Lakeshore University Health"], "JA-24-1187",
     {"orient": "L", "border": 1, "font": "sans", "color": "#6d1a36", "blocks": [
         t("Certificate of Attendance", 26, b=1, gap=12), t("Margaret O'Donnell-Kaur, MLS(ASCP)CM", 20, b=1, gap=8),
         t("attended", 11, i=1, gap=4), t("Lakeshore Pathology and Laboratory Medicine Update 2024", 17, b=1, gap=4),
         t("October 3\u20135, 2024  \u2022  Harborview Conference Center, Duluth, MN  \u2022  Activity No. JA-24-1187", 10.5, gap=10),
         table(["Credit type", "Credits"], [["AMA PRA Category 1 Credits\u2122", "6.5"], ["ANCC nursing contact hours", "6.5"],
                                          ["ACPE contact hours (0.65 CEU), UAN JA4008123-0000-24-011-L01-P", "6.5"],
                                          ["P.A.C.E.\u00ae contact hours (clinical laboratory)", "6.0"]], [4, 1]),
         t("In support of improving patient care, Lakeshore University Health is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. Lakeshore University Health " + PACE, 8, i=1),
         foot("Certificate #LUH-CE-0048812  \u2022  Claimed 10/14/2024")]})

# 16 University CEU, platypus, letter
cert("yc16", "university", "platypus", ["letter-style", "left-aligned", "portrait", "CEU", "department-provider", "two-column-label-value"],
     "University Office of Continuing Education; CEU 2.4 -> 24 points; student ID distractor.",
     "Elif Yüksel", "Molecular Diagnostics Boot Camp for Laboratory Professionals", "2025-06-27", 2.4, "CEU",
     ["Northmoor State University", "Northmoor State University, Office of Continuing Education"], "MDX-450-01",
     {"orient": "P", "border": 0, "align": "L", "font": "serif", "blocks": [
         t("Northmoor State University", 16, b=1, gap=0), t("Office of Continuing Education", 11, gap=0),
         t("410 Campus Loop, Eldridge, IA 52748", 9, gap=26),
         t("Certificate of Completion", 20, b=1, gap=14),
         t("Northmoor State University, Office of Continuing Education certifies that", 11, gap=6),
         t("Elif Yüksel", 18, b=1, gap=6),
         t("has satisfactorily completed the non-credit continuing education course described below.", 11, gap=10),
         kv(("Course:", "Molecular Diagnostics Boot Camp for Laboratory Professionals"), ("Course Number:", "MDX-450-01"),
            ("Course Dates:", "June 23 - June 27, 2025"), ("Contact Hours of Instruction:", "24"),
            ("Continuing Education Units:", "2.4 CEU"), ("Student ID:", "N00781244")),
         sp(8),
         t("One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction.", 9.5, i=1, gap=10),
         sig(["Harold P. Vasquez-Lind, EdD", "Dean, Office of Continuing Education"]),
         foot("Transcript copy issued July 2, 2025. This certificate is not an academic transcript.")]})

# 17 Vendor training, acroform
cert("yc17", "vendor", "acroform", ["two-column-label-value", "landscape", "border", "acroform", "title-with-orientation", "serial-distractor"],
     "Vendor training; 'Orientation' is part of title; instrument serial number is a distractor.",
     "Christopher Delacroix-Hale", "Operator Orientation: Hemaxis HX-700 Hematology Analyzer", "2024-07-16", 6.0, "CE hour",
     ["Veridane Diagnostics", "Veridane Diagnostics Academy"], "HX7-OPS-100",
     {"orient": "L", "border": 1, "font": "sans", "color": "#e05a00", "blocks": [
         t("Veridane Diagnostics Academy", 16, b=1, gap=0), t("Veridane Diagnostics", 10, gap=14),
         t("Certificate of Training", 24, b=1, gap=10), t("Christopher Delacroix-Hale", 20, b=1, gap=4, field=1),
         t("has completed", 11, gap=4), t("Operator Orientation: Hemaxis HX-700 Hematology Analyzer", 16, b=1, gap=10, field=1),
         kv(("Training ID:", "HX7-OPS-100"), ("Date Completed:", "July 16, 2024"), ("CE Hours:", "6.0"),
            ("Instrument Serial:", "HX7-22-009184"), ("Site:", "Pinecrest Regional Hospital, Bend, OR")),
         sig(["Trinity Obuya, MLS(ASCP)", "Field Application Specialist"]),
         foot("Veridane Diagnostics, 40 Innovation Way, Marlborough, MA  \u2022  Quote ref. Q-240716-03")]})

# 18 Regional society, PS, letter-spaced name
cert("yc18", "state-regional", "ps", ["centred-award", "portrait", "border", "letter-spaced-name", "date-range-distractor", "table"],
     "Letter-spaced name; regional meeting, session table; date = last day of the meeting.",
     "SARAH OKONKWO", "Rocky Mountain Regional Laboratory Symposium 2024", "2024-09-21", 7.5, "contact hour",
     ["Rocky Mountain Regional Society for Clinical Laboratory Science", "RMRSCLS"], "RM-2024-11",
     {"orient": "P", "border": 1, "font": "sans", "color": "#3e2a7a", "blocks": [
         t("Rocky Mountain Regional Society for Clinical Laboratory Science", 13, b=1, gap=2), t("RMRSCLS", 10, gap=24),
         t("Certificate of Attendance", 24, b=1, gap=20), t(spaced("SARAH OKONKWO"), 18, b=1, gap=14),
         t("attended the", 11, gap=4), t("Rocky Mountain Regional Laboratory Symposium 2024", 16, b=1, gap=4),
         t("September 19-21, 2024, Cheyenne, Wyoming", 10.5, gap=14),
         table(["Event No.", "Contact Hours", "Registration No."], [["RM-2024-11", "7.5", "20240912-338"]]),
         t("The Rocky Mountain Regional Society for Clinical Laboratory Science " + PACE.replace("\u00ae", "\u00ae"), 9, gap=6),
         sig(["Elaine Bergström-Kaye, MS, MLS(ASCP)", "Symposium Chair"]),
         foot("Please keep this certificate for at least three years.")]})

# 19 ASCP, html, letter-spaced ALL CAPS
cert("yc19", "ASCP", "html", ["centred-award", "portrait", "border-double", "letter-spaced-name", "format-line", "hard-format", "issuer-line-only", "several-credit-types"],
     "Issuer line 'American Society for Clinical Pathology' under the heading; 'Live Virtual Session' format line; AMA PRA distractor.",
     "MARCUS OYELARAN", "Grand Rounds: Interpreting Flow Cytometry in Mature B-Cell Neoplasms", "2024-04-25", 1.0, "CMLE",
     ["American Society for Clinical Pathology", "ASCP"], "GR-24-0425",
     {"orient": "P", "border": 2, "font": "serif", "color": "#0d3b66", "blocks": [
         t("Certificate of Completion", 28, b=1, gap=4), t("American Society for Clinical Pathology", 12, i=1, gap=30),
         t("This certificate is awarded to", 11, gap=10), t(spaced("MARCUS OYELARAN"), 19, b=1, gap=14),
         t("for participation in the", 11, gap=4), t("Live Virtual Session", 12, i=1, gap=8),
         t("Grand Rounds: Interpreting Flow Cytometry in Mature B-Cell Neoplasms", 17, b=1, gap=16),
         cols(("Session Date", "April 25, 2024"), ("Session ID", "GR-24-0425"), ("CMLE Credits", "1.0")),
         sp(12),
         t("ASCP designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122 and 1.0 CMLE credit.", 9.5, gap=4),
         t("Presented by Josephine Kwarteng-Albright, MD, PhD", 9.5, i=1),
         foot("ASCP, 33 West Monroe Street, Suite 1600, Chicago, IL 60603  |  ASCP Customer ID 10442817")]})

# 20 AABB annual meeting, fodt, full name with & and "for"
cert("yc20", "AABB", "fodt", ["centred-award", "landscape", "border", "date-range-distractor", "meeting-attendance", "provider-with-for-and"],
     "Provider full name contains 'for' and '&'; meeting attendance, date last day of range; claimed 12.0 of maximum 18.0.",
     "Ingrid Haugland-Mensah", "AABB Annual Meeting 2024", "2024-10-22", 12.0, "contact hour",
     ["Association for the Advancement of Blood & Biotherapies", "AABB"], None,
     {"orient": "L", "border": 1, "font": "serif", "color": "#8a1538", "blocks": [
         t("Association for the Advancement of Blood & Biotherapies", 15, b=1, gap=18),
         t("Certificate of Attendance", 26, b=1, gap=14), t("Ingrid Haugland-Mensah, MT(ASCP)SBB", 20, b=1, gap=8),
         t("attended the", 11, i=1, gap=4), t("AABB Annual Meeting 2024", 18, b=1, gap=4),
         t("October 19\u201322, 2024  \u2022  Houston, Texas", 11, gap=12),
         t("Maximum available: 18.0 contact hours     Contact hours claimed: 12.0", 11, b=1, gap=10),
         t("AABB " + PACE + " California accrediting agency #0001.", 9, i=1),
         foot("Registration ID AM24-0119772  \u2022  Evaluation completed 11/02/2024")]})

# 21 P.A.C.E.-approved provider only in accreditation statement
cert("yc21", "PACE-provider", "docx", ["centred-award", "portrait", "border", "accreditation-statement-provider", "program-no-without-colon", "format-line", "hard-format", "long-title-wrap", "date-label-after-title"],
     "Provider named only in the P.A.C.E. statement; 'Enduring Material' format line; Program No. without colon.",
     "Beatriz Castellanos", "Urine Sediment Microscopy: Casts, Crystals and Cells That Change the Diagnosis in Renal Disease",
     "2025-02-26", 1.5, "contact hour", ["Halvorsen Laboratory Learning, LLC"], "578-221-25",
     {"orient": "P", "border": 1, "font": "sans", "color": "#24527a", "blocks": [
         sp(20), t("Certificate of Completion", 28, b=1, gap=26), t("Beatriz Castellanos, MLT(ASCP)", 20, b=1, gap=14),
         t("has completed the", 11, gap=4), t("Enduring Material", 12, b=1, i=1, gap=10),
         t("Urine Sediment Microscopy: Casts, Crystals and Cells That Change the Diagnosis in Renal Disease", 16, b=1, gap=6),
         t("Date of completion: February 26, 2025", 11.5, gap=20),
         t("Program No. 578-221-25", 11, gap=4), t("1.5 P.A.C.E.\u00ae contact hours  \u2022  Intermediate level", 11, gap=30),
         t("Halvorsen Laboratory Learning, LLC " + PACE, 9.5, i=1, gap=10),
         sig(["Ruth Ellingsen-Abara, MS, MLS(ASCP)CM", "Program Director"]),
         foot("Certificate No. HLL-25-00917 \u2022 Printed 02/27/2025")]})

# 22 Hospital education council, fpdf, table
cert("yc22", "hospital", "fpdf", ["centred-award", "landscape", "border-double", "department-provider", "table", "title-with-meeting", "signature-block"],
     "Title contains 'Meeting' (a real title); education council as provider.",
     "Jean-Baptiste Moreau", "Running an Effective Huddle: Laboratory Staff Meeting Skills for Lead Technologists", "2025-03-06", 1.0, "CE hour",
     ["St. Aldric Hospital", "St. Aldric Hospital, Education Council"], "EC-0306",
     {"orient": "L", "border": 2, "font": "serif", "color": "#37474f", "blocks": [
         t("St. Aldric Hospital, Education Council", 14, b=1, gap=14),
         t("Certificate of Completion", 26, b=1, gap=10), t("awarded to", 11, i=1, gap=4),
         t("Jean-Baptiste Moreau, MLS(ASCP)", 20, b=1, gap=10),
         t("Running an Effective Huddle: Laboratory Staff Meeting Skills for Lead Technologists", 16, b=1, gap=12),
         table(["Class No.", "Date", "CE Hours", "Employee No."], [["EC-0306", "March 6, 2025", "1.0", "E-30921"]]),
         sig(["Philippa Arkwright, RN, MSN", "Chair, Education Council"], ["Desmond Achterberg, MD", "Medical Director, Laboratory"]),
         foot("St. Aldric Hospital \u2022 500 Chapel Street, New Haven, CT \u2022 Internal in-service; not accredited for external credit.")]})

# 23 LabCE, tcpdf, labels above values
cert("yc23", "LabCE", "tcpdf", ["labels-above-values", "portrait", "border", "pace-statement", "title-with-safety"],
     "Labels above values; Florida approval line is a distractor.",
     "Nomvula Dlamini-Park", "Laboratory Fire Safety and Emergency Preparedness", "2024-05-02", 1.0, "contact hour",
     ["LabCE"], "1821",
     {"orient": "P", "border": 1, "font": "sans", "color": "#0b6e4f", "blocks": [
         t("LabCE", 28, b=1, gap=26), t("Certificate of Completion", 22, b=1, gap=26),
         cols(("Participant", "Nomvula Dlamini-Park"), ("Date of Completion", "May 2, 2024")),
         sp(10), cols(("Course", "Laboratory Fire Safety and Emergency Preparedness")), sp(10),
         cols(("Course Number", "1821"), ("P.A.C.E. Contact Hours", "1.0"), ("Level", "Basic")),
         sp(20),
         t("LabCE " + PACE + " Provider #239.", 9.5, gap=4),
         t("Florida Board of Clinical Laboratory Personnel approved, CE Broker Tracking #20-1054321.", 9.5),
         foot("Certificate printed 05/03/2024 \u2022 Customer ID LC-771209 \u2022 Page 1 of 1")]})

# 24 MediaLab, rlcanvas, two-column
cert("yc24", "MediaLab", "rlcanvas", ["two-column-label-value", "portrait", "border", "long-title-wrap"],
     "Exam score and account number distractors.",
     "Connor McAllister-Whyte", "Blood Bank Antibody Identification: Panel Interpretation and Rule-Out Techniques for Clinically Significant Alloantibodies",
     "2024-12-12", 2.0, "contact hour", ["MediaLab, Inc.", "MediaLab"], "BB-408",
     {"orient": "P", "border": 1, "font": "sans", "color": "#2c4f8a", "blocks": [
         t("MediaLab, Inc.", 16, b=1, gap=0), t("Continuing Education for Laboratory Professionals", 10, gap=24),
         t("Certificate of Completion", 24, b=1, gap=20), t("Connor McAllister-Whyte", 20, b=1, gap=10),
         t("Blood Bank Antibody Identification: Panel Interpretation and Rule-Out Techniques for Clinically Significant Alloantibodies", 15, b=1, gap=16),
         kv(("Course Code:", "BB-408"), ("Completion Date:", "December 12, 2024"), ("Contact Hours:", "2.0"),
            ("Exam Score:", "85%"), ("Account No.:", "ML-0211045")),
         sp(12),
         t("MediaLab, Inc. " + PACE + " This course is approved for 2.0 contact hours.", 9),
         foot("Certificate No. 7310-91844  \u2022  Print date 12/15/2024")]})

# 25 CAP, platypus, two page
cert("yc25", "CAP", "platypus", ["centred-award", "portrait", "two-page", "several-credit-types", "format-line", "hard-format"],
     "Two pages: credit summary on page 2 with AMA PRA and ABPath SAM distractors; 'Webinar' format line.",
     "Anneliese Vogt-Kariuki", "Next-Generation Sequencing Report Sign-Out for the Practicing Pathologist", "2025-04-08", 1.0, "contact hour",
     ["College of American Pathologists", "CAP"], "W-2504-NGS",
     {"orient": "P", "border": 1, "font": "sans", "color": "#00467f", "blocks": [
         t("College of American Pathologists", 16, b=1, gap=30), t("Certificate of Completion", 26, b=1, gap=24),
         t("This certifies that", 11, i=1, gap=8), t("Dr. Anneliese Vogt-Kariuki, PhD", 20, b=1, gap=14),
         t("has completed the", 11, i=1, gap=4), t("Webinar", 12, b=1, gap=8),
         t("Next-Generation Sequencing Report Sign-Out for the Practicing Pathologist", 17, b=1, gap=18),
         kv(("Webinar No.:", "W-2504-NGS"), ("Date of Completion:", "April 8, 2025")),
         sp(20), t("See page 2 for credit details.", 9, i=1),
         foot("College of American Pathologists, Northfield, IL"),
         PB,
         t("Credit Summary", 18, b=1, gap=14),
         table(["Credit Type", "Credits Claimed"], [["AMA PRA Category 1 Credit\u2122", "1.0"], ["ABPath Self-Assessment Module (SAM) credit", "1.0"],
                                                  ["P.A.C.E.\u00ae contact hours", "1.0"]], [3, 1]),
         t("The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 1.0 AMA PRA Category 1 Credit\u2122.", 9, al="L", gap=6),
         t("The CAP " + PACE, 9, al="L")]})

# 26 P.A.C.E.-approved provider, acroform, labels above values
cert("yc26", "PACE-provider", "acroform", ["labels-above-values", "landscape", "border-double", "acroform", "issuer-line-only", "format-line", "hard-format"],
     "Issuer line under heading; 'Self-Study' format line; labels above values.",
     "Lucas Whitfield-Ramos", "Coagulation Factor Assays: Troubleshooting Inhibitors and Nonparallelism", "2024-03-19", 2.0, "contact hour",
     ["Prairie Lantern CE Partners"], "PLC-0319-C",
     {"orient": "L", "border": 2, "font": "serif", "color": "#4a3b12", "blocks": [
         t("Certificate of Completion", 26, b=1, gap=2), t("issued by Prairie Lantern CE Partners", 11, i=1, gap=16),
         t("Self-Study", 12, b=1, i=1, gap=6),
         t("Coagulation Factor Assays: Troubleshooting Inhibitors and Nonparallelism", 17, b=1, gap=14, field=1),
         cols(("Participant", "Lucas Whitfield-Ramos"), ("Date of Completion", "03/19/2024"), ("Contact Hours", "2.0")),
         sp(6), cols(("Course No.", "PLC-0319-C"), ("Certificate No.", "PLCP-88410")),
         sp(10),
         t("Prairie Lantern CE Partners " + PACE, 9, i=1),
         foot("Prairie Lantern CE Partners  \u2022  Sioux Falls, SD")]})

# 27 AMT, PS, left-aligned letter
cert("yc27", "AMT", "ps", ["letter-style", "left-aligned", "portrait", "credentials-after-name", "suffix-in-name"],
     "Suffix Sr. kept, credentials dropped; AMT member ID distractor.",
     "Raymond K. Fairbanks Sr.", "Point-of-Care Glucose Testing: Quality Control and Competency", "2025-05-20", 1.5, "CE hour",
     ["American Medical Technologists", "AMT"], "AMT-WB-5520",
     {"orient": "P", "border": 0, "align": "L", "font": "serif", "blocks": [
         t("American Medical Technologists", 15, b=1, gap=0), t("10700 W. Higgins Road, Suite 150, Rosemont, IL 60018", 9, gap=28),
         t("May 21, 2025", 11, gap=16),
         t("Raymond K. Fairbanks Sr., RMA(AMT)", 11, gap=0), t("Member ID 1188230", 11, gap=16),
         t("Dear Mr. Fairbanks:", 11, gap=10),
         t("Congratulations! Our records show that on May 20, 2025 you completed the AMT webinar listed below. This letter serves as your certificate of completion.", 11, gap=10),
         kv(("Title:", "Point-of-Care Glucose Testing: Quality Control and Competency"), ("Webinar No.:", "AMT-WB-5520"),
            ("CE Hours Awarded:", "1.5"), ("Presenter:", "Lydia Marchbanks-Osei, MS, MT(AMT)")),
         sp(10),
         t("These CE hours may be applied to your AMT Certification Continuation Program (CCP) requirements.", 11, gap=14),
         t("Sincerely,", 11, gap=0),
         sig(["Claudette Marchetti, MT(AMT)", "Director of Education"]),
         foot("AMT \u2022 Certificate serial 25-WB-330178")]})

# 28 Vendor webinar, html, landscape
cert("yc28", "vendor", "html", ["centred-award", "landscape", "border", "format-line", "hard-format", "pace-statement"],
     "'On-Demand Webinar' format line; vendor approved P.A.C.E. provider; presenter is a distractor.",
     "Siobhán Gallagher", "Reducing Hemolysis in the Emergency Department: Evidence from Multicenter Data", "2025-01-09", 1.0, "contact hour",
     ["Quorvant Medical Systems", "Quorvant Learning Center"], "QLC-2025-004",
     {"orient": "L", "border": 1, "font": "sans", "color": "#00838f", "blocks": [
         t("Quorvant Learning Center", 15, b=1, gap=0), t("Quorvant Medical Systems", 10, gap=18),
         t("Certificate of Completion", 26, b=1, gap=10), t("Siobhán Gallagher", 21, b=1, gap=8),
         t("has completed the on-demand webinar", 11, gap=6),
         t("Reducing Hemolysis in the Emergency Department: Evidence from Multicenter Data", 16, b=1, gap=8),
         t("Presented by Dr. Anand Venkataraman, PhD, DABCC", 10, i=1, gap=10),
         kv(("Activity ID:", "QLC-2025-004"), ("Completed:", "January 9, 2025"), ("P.A.C.E.\u00ae Contact Hours:", "1.0")),
         t("Quorvant Medical Systems " + PACE, 8.5, i=1),
         foot("This educational activity is non-promotional. quorvant-learning.example  |  Order #QL-772013")]})

# 29 University CEU, fodt, table
cert("yc29", "university", "fodt", ["centred-award", "portrait", "border-double", "CEU", "table", "conferral-distractor"],
     "0.6 CEU -> 6 points; conferral date is a distractor.",
     "Tomasz Kowalczyk", "Laboratory Leadership and Management Certificate Program: Module 3, Financial Management", "2024-11-15", 0.6, "CEU",
     ["Eastvale University", "Eastvale University, School of Professional and Continuing Studies"], "LLM-303",
     {"orient": "P", "border": 2, "font": "serif", "color": "#702f2f", "blocks": [
         t("Eastvale University", 20, b=1, gap=2), t("School of Professional and Continuing Studies", 11, i=1, gap=30),
         t("Certificate of Completion", 26, b=1, gap=22), t("Be it known that", 11, i=1, gap=8), t("Tomasz Kowalczyk", 20, b=1, gap=14),
         t("has completed", 11, i=1, gap=8),
         t("Laboratory Leadership and Management Certificate Program: Module 3, Financial Management", 16, b=1, gap=18),
         table(["Course No.", "Completion Date", "CEUs"], [["LLM-303", "November 15, 2024", "0.6"]]),
         t("Awarded by Eastvale University, School of Professional and Continuing Studies. Conferred December 1, 2024.", 10, gap=20),
         sig(["Prof. Miriam Adeyemi-Stone", "Associate Dean"], ["Gerald Huxtable, MS", "Program Director"]),
         foot("1 CEU = 10 contact hours. Eastvale University, 1 University Plaza, Eastvale, PA")]})

# 30 NSH, docx, labels above values
cert("yc30", "NSH", "docx", ["labels-above-values", "landscape", "border", "meeting-session", "date-range-distractor"],
     "Session at NSH Symposium/Convention; session date, not symposium range.",
     "Yasmin Al-Haddad", "Immunohistochemistry Validation for Low-Volume Laboratories", "2024-08-25", 1.5, "contact hour",
     ["National Society for Histotechnology", "NSH"], "W-114",
     {"orient": "L", "border": 1, "font": "sans", "color": "#5b2a86", "blocks": [
         t("National Society for Histotechnology", 15, b=1, gap=0), t("NSH 50th Annual Symposium/Convention \u2022 August 23\u201327, 2024 \u2022 Portland, OR", 10, gap=14),
         t("Workshop Certificate", 24, b=1, gap=10),
         t("Immunohistochemistry Validation for Low-Volume Laboratories", 16, b=1, gap=12),
         cols(("Attendee", "Yasmin Al-Haddad"), ("Session Date", "August 25, 2024"), ("Session No.", "W-114"), ("Contact Hours", "1.5")),
         sp(10),
         t("NSH " + PACE, 9, gap=4), t("Faculty: Dr. Caspar Lindemann-Oduya, HTL(ASCP)QIHC", 9, i=1),
         foot("Badge 50-01877  \u2022  Printed 08/27/2024")]})

# 31 ADLM annual meeting session, fpdf
cert("yc31", "ADLM", "fpdf", ["two-column-label-value", "portrait", "border", "conference-session", "date-range-distractor"],
     "Session certificate at ADLM annual meeting, session date used.",
     "Wen-Hsuan Liao", "Mass Spectrometry for Steroid Hormones: Pre-Analytical Pitfalls", "2024-07-30", 1.0, "contact hour",
     ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "33102",
     {"orient": "P", "border": 1, "font": "sans", "color": "#0067a5", "blocks": [
         t("ADLM 2024", 26, b=1, gap=0), t("Annual Scientific Meeting & Clinical Lab Expo \u2022 July 28\u2013August 1, 2024 \u2022 Chicago, IL", 9.5, gap=22),
         t("Certificate of Attendance", 22, b=1, gap=18),
         kv(("Name:", "Wen-Hsuan Liao"), ("Session:", "Mass Spectrometry for Steroid Hormones: Pre-Analytical Pitfalls"),
            ("Session Number:", "33102"), ("Session Date:", "July 30, 2024"), ("ACCENT\u00ae Credit:", "1.0 contact hour"),
            ("Registration ID:", "R24-0918833")),
         sp(12),
         t("The Association for Diagnostics & Laboratory Medicine (ADLM) is approved by the ACCENT\u00ae Program to award continuing education credit to clinical laboratory professionals.", 9.5, gap=8),
         foot("ADLM \u2022 Washington, DC \u2022 Certificate generated August 5, 2024")]})

# 32 State society webinar, tcpdf
cert("yc32", "state-regional", "tcpdf", ["centred-award", "portrait", "border", "format-line", "hard-format", "long-title-wrap", "date-label-after-title", "program-no-without-colon"],
     "'Webinar Series' format line; Program No. without colon; state society.",
     "Ashley-Marie Thibodeaux", "Antimicrobial Susceptibility Testing Breakpoint Updates and What They Mean for Your Cumulative Antibiogram",
     "2024-02-15", 1.0, "contact hour", ["Louisiana Society for Clinical Laboratory Science", "LSCLS"], "302-118-24",
     {"orient": "P", "border": 1, "font": "sans", "color": "#5a3e8b", "blocks": [
         t("Louisiana Society for Clinical Laboratory Science", 14, b=1, gap=0), t("LSCLS", 11, gap=28),
         t("Certificate of Completion", 24, b=1, gap=22), t("Ashley-Marie Thibodeaux", 20, b=1, gap=12),
         t("has completed the", 11, gap=4), t("Winter Webinar Series", 12, b=1, i=1, gap=8),
         t("Antimicrobial Susceptibility Testing Breakpoint Updates and What They Mean for Your Cumulative Antibiogram", 15, b=1, gap=6),
         t("Date of completion: February 15, 2024", 11.5, gap=18),
         t("Program No. 302-118-24  \u2022  1.0 P.A.C.E.\u00ae contact hour", 11, gap=22),
         t("The Louisiana Society for Clinical Laboratory Science " + PACE, 9, i=1, gap=10),
         sig(["Celestine Broussard, MLS(ASCP)", "LSCLS Education Chair"]),
         foot("LSCLS \u2022 Member #LA-4471 \u2022 Printed 02/16/2024")]})

# 33 ASM Microbe session, rlcanvas, landscape, labels above values
cert("yc33", "ASM", "rlcanvas", ["labels-above-values", "landscape", "border-double", "conference-session", "provider-with-for-and"],
     "ASM Microbe session certificate; 'American Society for Microbiology' with 'for'; session date.",
     "KWAME ASANTE-BOATENG", "Diagnostic Stewardship for Clostridioides difficile Testing", "2025-06-21", 1.0, "contact hour",
     ["American Society for Microbiology", "ASM"], "SES-4417",
     {"orient": "L", "border": 2, "font": "sans", "color": "#00539b", "blocks": [
         t("American Society for Microbiology", 16, b=1, gap=0), t("ASM Microbe 2025 \u2022 June 19\u201323, 2025 \u2022 Los Angeles, CA", 10, gap=16),
         t("Certificate of Session Attendance", 24, b=1, gap=14),
         t("Diagnostic Stewardship for Clostridioides difficile Testing", 16, b=1, gap=14),
         cols(("Attendee", "DR. KWAME ASANTE-BOATENG"), ("Session Date", "June 21, 2025")), sp(4),
         cols(("Session No.", "SES-4417"), ("Contact Hours", "1.0"), ("Format", "In person")),
         sp(12),
         t("ASM " + PACE, 9, gap=4), t("Badge ID: M25-330981", 9),
         foot("ASM, Washington, DC  |  Certificate issued June 30, 2025")]})

# 34 Public health lab, platypus, landscape
cert("yc34", "public-health", "platypus", ["centred-award", "landscape", "border", "title-with-safety", "format-line", "hard-format", "department-provider"],
     "'Live Virtual Session' format line; 'Safety' is part of the title; IATA/DOT validity date is a distractor.",
     "Bridget Okafor-Lindgren", "Specimen Packaging and Shipping Safety: Category A and Category B Infectious Substances", "2025-04-17", 2.5, "contact hour",
     ["Great Plains Public Health Laboratory", "Great Plains Public Health Laboratory, Laboratory Preparedness Program"], "GPPHL-PS-0417",
     {"orient": "L", "border": 1, "font": "sans", "color": "#1b5e20", "blocks": [
         t("Great Plains Public Health Laboratory, Laboratory Preparedness Program", 13, b=1, gap=14),
         t("Certificate of Completion", 26, b=1, gap=10), t("Bridget Okafor-Lindgren", 20, b=1, gap=8),
         t("completed the", 11, i=1, gap=2), t("Live Virtual Session", 12, b=1, i=1, gap=6),
         t("Specimen Packaging and Shipping Safety: Category A and Category B Infectious Substances", 16, b=1, gap=10),
         kv(("Training ID:", "GPPHL-PS-0417"), ("Date:", "April 17, 2025"), ("P.A.C.E.\u00ae Contact Hours:", "2.5"),
            ("IATA/DOT certification valid until:", "April 17, 2027")),
         t("This program is approved for 2.5 P.A.C.E.\u00ae contact hours through the ASCLS P.A.C.E.\u00ae Program.", 9, i=1),
         sig(["Orin Halvorsen-Mbeki, MPH", "Preparedness Training Coordinator"]),
         foot("Great Plains Public Health Laboratory, Lincoln, NE")]})

# 35 Hospital, acroform, portrait table-less
cert("yc35", "hospital", "acroform", ["two-column-label-value", "portrait", "border", "acroform", "department-provider", "title-with-orientation"],
     "New-employee 'Orientation' is the course title; employee number distractor.",
     "Gabriel Espinoza-Whitaker", "Transfusion Service New Employee Orientation", "2024-09-09", 4.0, "contact hour",
     ["Mercy Hollow Regional Hospital", "Mercy Hollow Regional Hospital, Department of Pathology and Laboratory Medicine"], "TS-ORI-09",
     {"orient": "P", "border": 1, "font": "sans", "color": "#34495e", "blocks": [
         t("Mercy Hollow Regional Hospital, Department of Pathology and Laboratory Medicine", 13, b=1, gap=24),
         t("Certificate of Completion", 24, b=1, gap=20),
         kv(("Participant:", "Gabriel Espinoza-Whitaker"), ("Employee No.:", "MH-018823"),
            ("Program:", "Transfusion Service New Employee Orientation"), ("Program Number:", "TS-ORI-09"),
            ("Date Completed:", "09/09/2024"), ("Contact Hours:", "4.0"), ("Date Printed:", "09/13/2024")),
         sp(16),
         t("Mercy Hollow Regional Hospital, Department of Pathology and Laboratory Medicine " + PACE, 9, i=1, gap=6),
         sig(["Imogen Stavros-Okeke, MLS(ASCP)SBBCM", "Transfusion Service Supervisor"], ["Ravi Chandrasekhar, MD", "Medical Director"]),
         foot("Document TS-TR-004, version 6")]})

# 36 CLSI, PS, landscape centred, eCast-like 'Webinar' with Program No.
cert("yc36", "CLSI", "ps", ["centred-award", "landscape", "border", "seal", "format-line", "hard-format", "program-no-without-colon", "long-title-wrap"],
     "'Live Webinar' format line; Program No. without colon.",
     "Anastasia Petrova-Lind", "Implementing Individualized Quality Control Plans: Risk Assessment for Point-of-Care and Core Laboratory Testing",
     "2024-10-29", 1.5, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], "212-077-24",
     {"orient": "L", "border": 1, "seal": 1, "font": "sans", "color": "#2a5d7c", "blocks": [
         t("Clinical and Laboratory Standards Institute", 16, b=1, gap=0), t("CLSI", 11, gap=16),
         t("Certificate of Completion", 26, b=1, gap=10), t("Anastasia Petrova-Lind", 20, b=1, gap=6),
         t("attended the", 11, i=1, gap=2), t("Live Webinar", 12, b=1, gap=4),
         t("Implementing Individualized Quality Control Plans: Risk Assessment for Point-of-Care and Core Laboratory Testing", 16, b=1, gap=4),
         t("Date of completion: October 29, 2024", 11.5, gap=10),
         t("Program No. 212-077-24     P.A.C.E. contact hours: 1.5", 11, gap=8),
         t("CLSI " + PACE, 9, i=1),
         foot("CLSI, Wayne, PA  |  Order 5530117  |  Issued 10/31/2024")]})

# 37 Joint accreditation CME, html, portrait, max vs claimed
cert("yc37", "joint-CME", "html", ["centred-award", "portrait", "border", "several-credit-types", "accreditation-statement-provider", "format-line", "hard-format", "kv"],
     "AMA PRA, ANCC and ACPE are distractors; P.A.C.E. claimed 1.25 of max 1.5; 'Enduring Material' format line.",
     "Naledi Mokoena", "Hepatitis C Diagnostic Algorithms: Reflex Testing from Antibody to RNA", "2025-03-03", 1.25, "contact hour",
     ["Covington Academic Medical Center"], "CAMC-EM-2511",
     {"orient": "P", "border": 1, "font": "serif", "color": "#5d4037", "blocks": [
         t("Certificate of Participation", 26, b=1, gap=20), t("Naledi Mokoena, MLS(ASCP)", 20, b=1, gap=10),
         t("has participated in the", 11, i=1, gap=4), t("Enduring Material", 12, b=1, gap=8),
         t("Hepatitis C Diagnostic Algorithms: Reflex Testing from Antibody to RNA", 17, b=1, gap=14),
         kv(("Activity Number:", "CAMC-EM-2511"), ("Date of Completion:", "March 3, 2025"), ("Expiration of Credit:", "December 31, 2025")),
         sp(6),
         table(["Credit", "Maximum", "Claimed"], [["AMA PRA Category 1 Credits\u2122", "1.5", "1.5"], ["ANCC contact hours", "1.5", "1.5"],
                                                ["ACPE knowledge-based contact hours", "1.5", "1.5"], ["P.A.C.E.\u00ae contact hours", "1.5", "1.25"]], [3, 1, 1]),
         t("In support of improving patient care, Covington Academic Medical Center is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Covington Academic Medical Center designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits\u2122. Covington Academic Medical Center " + PACE, 8, i=1),
         foot("Certificate #CAMC-0311877 \u2022 Claimed 03/10/2025")]})

# 38 Regional society, fodt, letter-spaced + suffix
cert("yc38", "state-regional", "fodt", ["centred-award", "landscape", "border-double", "letter-spaced-name", "suffix-in-name", "format-line", "hard-format", "labels-above-values"],
     "Letter-spaced all-caps name with suffix; 'Fall Symposium' is a format/event line, title is the session.",
     "WILLIAM HARGROVE JR.", "Investigating Unexpected Positive Antibody Screens in Prenatal Patients", "2024-11-08", 1.0, "contact hour",
     ["Tri-State Association of Blood Banks", "TSABB"], "TS-24-F07",
     {"orient": "L", "border": 2, "font": "serif", "color": "#8a1538", "blocks": [
         t("Tri-State Association of Blood Banks", 15, b=1, gap=0), t("TSABB", 10, gap=14),
         t("Certificate of Attendance", 24, b=1, gap=10), t(spaced("WILLIAM HARGROVE JR."), 18, b=1, gap=10),
         t("attended the", 11, i=1, gap=2), t("Fall Symposium", 12, b=1, i=1, gap=6),
         t("Investigating Unexpected Positive Antibody Screens in Prenatal Patients", 16, b=1, gap=10),
         cols(("Session Date", "November 8, 2024"), ("Session Code", "TS-24-F07"), ("P.A.C.E. Contact Hours", "1.0")),
         t("Tri-State Association of Blood Banks " + PACE, 9, i=1),
         foot("TSABB Fall Symposium, November 7-8, 2024, Pittsburgh, PA")]})

# 39 Vendor, docx, letter style, CE hours
cert("yc39", "vendor", "docx", ["letter-style", "left-aligned", "portrait", "two-column-label-value", "format-line", "hard-format"],
     "'eLearning Module' format line; vendor's own 'CE hours'; customer number distractor.",
     "Lindiwe Mthembu", "Calibration Verification and AMR Studies on Chemistry Analyzers", "2025-02-04", 2.0, "CE hour",
     ["Solvenda Lab Solutions", "Solvenda Academy"], "SA-CHM-210",
     {"orient": "P", "border": 0, "align": "L", "font": "sans", "blocks": [
         t("Solvenda Academy", 18, b=1, gap=0), t("Solvenda Lab Solutions \u2022 Customer Education", 10, gap=26),
         t("Certificate of Completion", 20, b=1, gap=14),
         t("Lindiwe Mthembu, MLS(ASCP)CM has completed the following", 11, gap=4),
         t("eLearning Module", 11.5, b=1, i=1, gap=6),
         t("Calibration Verification and AMR Studies on Chemistry Analyzers", 15, b=1, gap=12),
         kv(("Course ID:", "SA-CHM-210"), ("Completed:", "February 4, 2025"), ("CE Hours:", "2.0"), ("Customer No.:", "C-330219")),
         sp(10),
         t("Solvenda Academy courses are product training; check with your certifying agency regarding acceptance of these CE hours.", 9.5, gap=16),
         sig(["Mireille Fontaine-Obi", "Manager, Customer Education"]),
         foot("Solvenda Lab Solutions, 12 Harbor Point Drive, Stamford, CT 06902 \u2022 Page 1 of 1")]})

# 40 ASCP, fpdf, two page
cert("yc40", "ASCP", "fpdf", ["centred-award", "portrait", "border", "two-page", "ALL-CAPS-name", "credentials-after-name", "max-vs-claimed", "format-line", "hard-format"],
     "Two pages; page 2 is a transcript-style summary; claimed 0.5 of maximum 1.0 CMLE; 'Self-Study Module' format line.",
     "ELEANOR WHITCOMB-ADAIR", "Laboratory Safety for Histology: Formalin and Xylene Exposure Control", "2024-12-30", 0.5, "CMLE",
     ["American Society for Clinical Pathology", "ASCP"], "ASCP-SS-1230",
     {"orient": "P", "border": 1, "font": "serif", "color": "#123c69", "blocks": [
         t("American Society for Clinical Pathology", 15, b=1, gap=30),
         t("Certificate of Completion", 26, b=1, gap=24), t("ELEANOR WHITCOMB-ADAIR, HT(ASCP)", 20, b=1, gap=14),
         t("has completed the", 11, i=1, gap=4), t("Self-Study Module", 12, b=1, gap=8),
         t("Laboratory Safety for Histology: Formalin and Xylene Exposure Control", 17, b=1, gap=16),
         t("Date of completion: December 30, 2024", 12, gap=6),
         t("CMLE credits claimed: 0.5", 12, gap=20),
         sig(["Marguerite Olanrewaju, MD, FASCP", "Chair, Continuing Education Council"]),
         foot("ASCP Customer ID 10559031"),
         PB,
         t("Activity Summary", 16, b=1, al="L", gap=12),
         kv(("Activity ID:", "ASCP-SS-1230"), ("Maximum credit:", "1.0 CMLE"), ("Credit claimed:", "0.5 CMLE"),
            ("Completed:", "12/30/2024"), ("Printed:", "01/06/2025")),
         t("ASCP designates this enduring material for a maximum of 1.0 CMLE credit. Participants should claim only the credit commensurate with the extent of their participation.", 10, al="L")]})
