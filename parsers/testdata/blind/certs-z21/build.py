#!/usr/bin/python3
"""Build the z21 blind certificate set: zu01.pdf ... zu40.pdf and zuNN.gold.json.

Run from anywhere:  /usr/bin/python3 build.py   [zu05 zu17 ...]   (optional subset)
All people, institutions and activities are invented.
"""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine


def T(s, size=12, b=False, i=False, al='C', fm=None):
    return ('t', s, size, b, i, al, fm)


def L(s, size=11, b=False, i=False, fm=None):
    return ('t', s, size, b, i, 'L', fm)


def GAP(n=10):
    return ('gap', n)


RULE = ('rule',)


def small(*lines, al='C', size=8):
    return [T(x, size, al=al) for x in lines]


CERTS = []


def cert(id, producer, style, layout, notes, gold, blocks, **page):
    name, title, date, credits, unit, provider, aid = gold
    pts = round(credits * 10, 2) if unit == 'CEU' else credits
    g = {'style': style, 'producer': producer, 'layout': layout, 'notes': notes, 'name': name, 'title': title,
         'date': date, 'credits': credits, 'unit': unit, 'points': pts, 'provider': provider, 'activity_id': aid}
    d = dict(page)
    d.update(id=id, producer=producer, blocks=blocks, gold=g)
    CERTS.append(d)


# ------------------------------------------------------------------ zu01 ASCP, chromium
cert('zu01', 'chromium', 'ASCP', ['centred', 'landscape', 'border', 'seal', 'issuer-line', 'caps-name', 'credentials', 'hyphenated', 'format-in-verb-line', 'wrapped-title'],
     'Issuer line under the heading; format "on-demand webinar" sits in the verb line; title wraps onto two lines and is followed by a labelled date line.',
     ("MARGARET O'CONNELL-BRIGHT", 'Reflex Testing Algorithms for Thyroid Dysfunction: Building Consensus Between the Laboratory and Endocrinology',
      '2025-08-19', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'WEB25-0817'),
     [T('CERTIFICATE OF COMPLETION', 30, True, fm='serif'),
      T('issued by the American Society for Clinical Pathology', 12, i=True),
      GAP(16), T('This certifies that', 12),
      GAP(4), T("MARGARET O'CONNELL-BRIGHT, MLS(ASCP)CM", 22, True),
      GAP(4), T('has successfully completed the on-demand webinar', 12), GAP(6),
      T('Reflex Testing Algorithms for Thyroid Dysfunction: Building Consensus', 15, True),
      T('Between the Laboratory and Endocrinology', 15, True),
      T('Date of completion: August 19, 2025', 11.5),
      T('Course Number: WEB25-0817     Credits Awarded: 1.0 CMLE', 11.5),
      ('sigs', [('Kendra L. Whitfield, MS, MLS(ASCP)CM', 'Director, Continuing Education'), ('Arthur B. Solano, MD, FASCP', 'Chair, Learning Council')]),
      GAP(14),
      T('ASCP designates this enduring activity for 1.0 Continuing Medical Laboratory Education (CMLE) credit.', 8),
      T('Transcript ID: T-88412093   |   Printed 09/02/2025   |   www.ascp.org/cmle', 8)],
     orient='L', border='double', seal='ASCP  CMLE', family='sans', top=58, accent='#0b4f6c', doc_title='ASCP CMLE Certificate')

# ------------------------------------------------------------------ zu02 AABB, fodt
cert('zu02', 'fodt', 'AABB', ['centred', 'portrait', 'border', 'format-line', 'accented', 'honorific', 'credentials', 'program-no-without-colon', 'multi-credit', 'accreditation-statement'],
     'eCast on its own line between verb and title; "Program No. 245-118-25" without colon; AMA PRA figure is a distractor; member and registration numbers are distractors.',
     ('Ana Lúcia Ferreira', 'Pathogen Reduction of Platelet Components: Inventory, Dating and Patient Outcomes', '2025-04-09', 1.5, 'contact hour',
      ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '245-118-25'),
     [T('AABB', 30, True), T('Association for the Advancement of Blood & Biotherapies', 11),
      GAP(14), T('Certificate of Attendance', 24, True, fm='serif'), GAP(12),
      T('This is to certify that', 11), T('Dr. Ana Lúcia Ferreira, PhD, MB(ASCP)', 20, True, fm='serif'),
      T('participated in the', 11), T('eCast', 13, True, True),
      T('Pathogen Reduction of Platelet Components: Inventory, Dating and Patient Outcomes', 13.5, True),
      GAP(6), T('Date of live broadcast: April 9, 2025', 11),
      T('Program No. 245-118-25', 11),
      GAP(8), T('Credit earned', 11, True),
      T('ASCLS P.A.C.E.® Contact Hours: 1.5', 11), T('AMA PRA Category 1 Credits™: 1.5 (physicians only)', 11),
      GAP(10),
      T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences', 8),
      T('by the ASCLS P.A.C.E.® Program. AABB is accredited by the ACCME to provide continuing medical education for physicians.', 8),
      GAP(8), T('Member ID: 0047219     Registration #: R-5521908     Issued: April 16, 2025', 8),
      ('sigs', [('Gretchen M. Alvarado, MT(ASCP)SBB', 'Director, Education')])],
     border='single', family='sans', margin=66, top=56, doc_title='AABB eCast Certificate')

# ------------------------------------------------------------------ zu03 CAP, docx
cert('zu03', 'docx', 'CAP', ['centred', 'portrait', 'border', 'wrapped-title', 'multi-credit', 'table', 'maximum-vs-claimed', 'format-line', 'credentials'],
     'Joint-accreditation CAP enduring material; table of credit types with maximum and claimed; only the P.A.C.E. claimed figure is gold. "Enduring Material" format line before the title.',
     ('Rajesh Venkataraman', 'Molecular Testing in Non-Small Cell Lung Cancer: Specimen Adequacy, Tissue Stewardship, and Reporting Considerations for the Practicing Pathologist',
      '2025-02-27', 1.5, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAP25-EM114'),
     [T('College of American Pathologists', 16, True), GAP(6),
      T('Certificate of Completion', 24, True, fm='serif'), GAP(8),
      T('Rajesh Venkataraman, MD', 20, True), T('has completed the', 11),
      T('Enduring Material', 11, False, True),
      T('Molecular Testing in Non-Small Cell Lung Cancer: Specimen Adequacy, Tissue Stewardship, and', 12.5, True),
      T('Reporting Considerations for the Practicing Pathologist', 12.5, True),
      T('Date of completion: February 27, 2025', 11),
      T('Activity ID: CAP25-EM114', 11), GAP(6),
      ('table', ['Credit type', 'Maximum available', 'Claimed'],
       [['AMA PRA Category 1 Credit™', '2.0', '1.5'], ['ASCLS P.A.C.E.® Contact Hours', '2.0', '1.5'], ['ABPath Self-Assessment Module (SAM)', '2.0', '0.0']]),
      GAP(6),
      T('In support of improving patient care, the College of American Pathologists (CAP) is jointly accredited by the', 7.5),
      T('Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE),', 7.5),
      T('and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 7.5),
      T('The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits™.', 7.5),
      GAP(4), T('Customer ID: 3381177   Certificate generated 03/01/2025', 7.5)],
     border='single', family='sans', margin=60, top=48, doc_title='CAP Learning Transcript Certificate')

# ------------------------------------------------------------------ zu04 ASCLS, fpdf
cert('zu04', 'fpdf', 'ASCLS', ['labels-above-values', 'portrait', 'border', 'format-line', 'hyphenated', 'title-word-ethics'],
     'Participant / Completion Date / Contact Hours / Course No. labels above values; "Self-Study Module" is a format line; ASCLS is its own P.A.C.E. provider.',
     ('Keisha M. Abernathy-Lowe', 'Ethics in the Clinical Laboratory: Navigating Conflicts of Interest', '2025-05-30', 2.0, 'contact hour',
      ['American Society for Clinical Laboratory Science', 'ASCLS'], 'ASCLS-E-2507'),
     [T('American Society for Clinical Laboratory Science', 15, True), T('ASCLS', 11),
      GAP(16), T('CERTIFICATE OF COMPLETION', 24, True, fm='serif'), GAP(12),
      T('The participant named below has completed the', 11), T('Self-Study Module', 12, False, True), GAP(2),
      T('Ethics in the Clinical Laboratory: Navigating Conflicts of Interest', 15, True), GAP(12),
      ('cols', [('Participant', 'Keisha M. Abernathy-Lowe'), ('Completion Date', '05/30/2025'), ('P.A.C.E.® Contact Hours', '2.0'), ('Course No.', 'ASCLS-E-2507')]),
      GAP(10),
      T('ASCLS P.A.C.E.® approved. Level: Intermediate. Category: Management/Ethics.', 9),
      T('Certificate No. 2025-118804   |   Member #: 501923', 9),
      ('sigs', [('Darnell Okafor, EdD, MLS(ASCP)CM', 'P.A.C.E.® Program Manager'), ('Susan R. Whitcomb, MS', 'ASCLS President')]),
      GAP(20), T('American Society for Clinical Laboratory Science  |  1861 International Drive, Suite 200  |  McLean, VA', 8)],
     border='single', family='sans', top=70, doc_title='ASCLS Certificate')

# ------------------------------------------------------------------ zu05 LabCE, tcpdf
cert('zu05', 'tcpdf', 'LabCE', ['centred', 'landscape', 'border', 'table', 'caps-name', 'suffix', 'title-word-safety'],
     'Small table with course number, date completed and contact hours; order and certificate numbers are distractors.',
     ('JONATHAN P. REYES III', 'Laboratory Safety: Chemical Hygiene Plan Essentials', '2025-01-14', 1.0, 'contact hour', ['LabCE'], '1871'),
     [T('LabCE', 28, True), T('Continuing Education for Laboratory Professionals', 10, i=True), GAP(10),
      T('Certificate of Completion', 24, True, fm='serif'), GAP(6), T('awarded to', 11),
      T('JONATHAN P. REYES III', 22, True), T('for successful completion of', 11),
      T('Laboratory Safety: Chemical Hygiene Plan Essentials', 16, True), GAP(4),
      ('table', ['Course Number', 'Date Completed', 'P.A.C.E.® Contact Hours', 'Level'], [['1871', 'January 14, 2025', '1.0', 'Basic']]),
      GAP(8),
      T('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      T('Order #: 7730219   Certificate #: LCE-5F2A9-0114   Verify at labce.com/verify', 8.5)],
     orient='L', border='double', family='sans', top=62, doc_title='LabCE Certificate')

# ------------------------------------------------------------------ zu06 MediaLab, rl_canvas
cert('zu06', 'rl_canvas', 'MediaLab', ['letter', 'left-aligned', 'portrait', 'kv', 'title-word-orientation', 'title-word-safety', 'accented'],
     'Letter style. "Orientation" and "Safety" are part of the course title. Employee ID and date printed are distractors.',
     ('Zoë Hartmann-Kaur', 'Bloodborne Pathogens and Laboratory Safety Orientation', '2025-03-04', 1.0, 'contact hour', ['MediaLab, Inc.'], 'ML-BBP-114'),
     [L('MediaLab, Inc.', 18, True), L('Compliance and Continuing Education', 10, i=True), GAP(30),
      L('March 6, 2025', 10.5), GAP(14),
      L('Zoë Hartmann-Kaur', 10.5), L('Riverside Clinical Laboratories', 10.5), GAP(14),
      L('Dear Zoë Hartmann-Kaur,', 10.5), GAP(6),
      L('Congratulations. Our records show that you completed the following course:', 10.5), GAP(6),
      ('kv', [('Course', 'Bloodborne Pathogens and Laboratory Safety Orientation'), ('Course Code', 'ML-BBP-114'),
              ('Completed on', '2025-03-04'), ('Credit', '1.0 contact hour (P.A.C.E.®)'), ('Employee ID', 'E-20931')], 110),
      GAP(10),
      L('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory', 9),
      L('sciences by the ASCLS P.A.C.E.® Program. Please retain this letter for your records.', 9), GAP(20),
      L('Sincerely,', 10.5), GAP(24), L('Marisol Trent, MHA', 10.5, True), L('Manager, Customer Education', 10, i=True),
      GAP(150), T('Printed 03/06/2025 10:42 AM  -  Page 1 of 1', 8)],
     family='sans', doc_title='MediaLab Completion Letter', kv_indent=False)

# ------------------------------------------------------------------ zu07 ADLM, platypus
cert('zu07', 'platypus', 'ADLM', ['centred', 'landscape', 'border', 'meeting-attendance', 'date-range', 'maximum-vs-claimed', 'credentials', 'hyphenated', 'title-word-meeting'],
     'Meeting attendance without session title: title is the meeting name; date is the last day of the range; claimed 18.5 vs maximum 32.0; badge number is a distractor.',
     ('Hye-Jin Park', 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo', '2025-07-31', 18.5, 'contact hour',
      ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], None),
     [T('Association for Diagnostics & Laboratory Medicine', 16, True), GAP(8),
      T('Certificate of Attendance', 26, True, fm='serif'), GAP(8), T('presented to', 11),
      T('Hye-Jin Park, PhD, DABCC', 22, True), T('for attendance at the', 11),
      T('ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo', 16, True),
      T('July 27 - 31, 2025   |   McCormick Place, Chicago, Illinois', 11), GAP(8),
      T('ACCENT® contact hours claimed: 18.5   (maximum available: 32.0)', 11.5, True),
      GAP(4),
      T('ADLM is approved by the ACCENT® Continuing Education program to provide continuing education for laboratory professionals.', 8),
      T('Badge No. 44-19027   |   Claimed 08/12/2025', 8),
      ('sigs', [('Lorenzo Vidal, PhD, DABCC', 'President, ADLM'), ('Carla Jennings', 'Vice President, Education')])],
     orient='L', border='double', family='serif', margin=60, top=58, seal='ADLM', doc_title='ADLM 2025 Attendance')

# ------------------------------------------------------------------ zu08 NSH, acroform
cert('zu08', 'acroform', 'NSH', ['form', 'kv', 'portrait', 'border', 'title-word-grossing', 'accented', 'credentials'],
     'Filled and flattened AcroForm; "Grossing" is a real course topic; Event ID is the activity id; member number distractor.',
     ('Luis Ángel Domínguez', 'Grossing Fundamentals for the Histology Laboratory', '2025-10-08', 3.0, 'contact hour',
      ['National Society for Histotechnology', 'NSH'], 'NSH-WS-25-044'),
     [T('National Society for Histotechnology', 17, True), T('NSH Continuing Education', 11), GAP(14),
      T('CERTIFICATE OF PARTICIPATION', 22, True, fm='serif'), GAP(14),
      ('kv', [('Participant', 'Luis Ángel Domínguez'), ('Credentials', 'HT(ASCP)'), ('Course Title', 'Grossing Fundamentals for the Histology Laboratory'),
              ('Format', 'Live Virtual Workshop'), ('Event ID', 'NSH-WS-25-044'), ('Date Attended', 'October 8, 2025'),
              ('Contact Hours', '3.0'), ('NSH Member No.', '0098812')], 140),
      GAP(14),
      T('The National Society for Histotechnology is approved as a provider of continuing education programs', 8.5),
      T('in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      ('sigs', [('Bethany Coyle, HTL(ASCP)QIHC', 'NSH Education Chair')]), GAP(20),
      T('Retain this certificate for six years. Questions: education@nsh.example.org', 8)],
     border='single', family='sans', doc_title='NSH Certificate')

# ------------------------------------------------------------------ zu09 AMT, ghostscript
cert('zu09', 'ghostscript', 'AMT', ['centred', 'portrait', 'border', 'format-line', 'suffix', 'credentials'],
     'Hand-written PostScript; "LIVE WEBINAR" is a format line; "Session No." gives the id; CE hours unit.',
     ('DeShawn T. Carter Jr.', 'Patient Identification and Specimen Labeling Errors in Phlebotomy', '2025-09-18', 1.0, 'CE hour',
      ['American Medical Technologists', 'AMT'], 'AMT-LW-0925'),
     [T('AMERICAN MEDICAL TECHNOLOGISTS', 16, True, fm='serif'), T('AMT Certification Continuation Program', 10, i=True),
      GAP(20), T('Certificate of Completion', 26, True, fm='serif'), GAP(14), T('This is to certify that', 11),
      T('DeShawn T. Carter Jr., RPT(AMT), MT(AMT)', 20, True), T('has completed the', 11), GAP(2),
      T('LIVE WEBINAR', 12, True), GAP(2),
      T('Patient Identification and Specimen Labeling Errors in Phlebotomy', 14, True, fm='serif'), GAP(8),
      T('Presented by Olivia Marchetti, PhD, MT(AMT)', 10, i=True), GAP(8),
      T('Webinar date: September 18, 2025', 11), T('Session No. AMT-LW-0925', 11), T('CE hours awarded: 1.0', 11),
      GAP(10), T('AMT ID: 1182045   Issue date: 09/19/2025', 8.5),
      ('sigs', [('Raymond J. Ostrowski, MBA', 'Executive Director'), ('Angela Dubois, MT(AMT)', 'Director of Education')])],
     border='double', family='serif', top=76, doc_title='AMT Webinar Certificate')

# ------------------------------------------------------------------ zu10 ASM, chromium
cert('zu10', 'chromium', 'ASM', ['centred', 'landscape', 'session-at-conference', 'date-range', 'border'],
     'Session certificate at a multi-day meeting: date is the session date (June 21), not the last day of the meeting; "Session 214" is the id.',
     ('Tomás Ibarra-Núñez', 'Rapid Phenotypic Antimicrobial Susceptibility Testing Directly from Positive Blood Cultures', '2025-06-21', 1.5, 'contact hour',
      ['American Society for Microbiology', 'ASM'], '214'),
     [T('American Society for Microbiology', 18, True), T('ASM Microbe 2025  |  June 19-23, 2025  |  Los Angeles, California', 11), GAP(18),
      T('Session Certificate', 26, True, fm='serif'), GAP(10), T('This certifies that', 11),
      T('Tomás Ibarra-Núñez, M(ASCP)', 22, True), T('attended the following educational session:', 11), GAP(4),
      T('Rapid Phenotypic Antimicrobial Susceptibility Testing Directly from Positive Blood Cultures', 14.5, True),
      T('Session 214   |   Saturday, June 21, 2025   |   10:15 AM - 11:45 AM', 11), GAP(6),
      T('P.A.C.E.® contact hours: 1.5', 12, True), GAP(6),
      T('ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      T('Registration ID: AM25-330871', 8.5),
      ('sigs', [('Naomi S. Feldstein, PhD, D(ABMM)', 'Chair, Professional Development Committee')])],
     orient='L', border='single', family='sans', top=64, accent='#3a5a40', doc_title='ASM Microbe 2025 Session Certificate')

# ------------------------------------------------------------------ zu11 CLSI, fodt
cert('zu11', 'fodt', 'CLSI', ['centred', 'portrait', 'format-line', 'wrapped-title', 'hyphenated', 'credentials', 'border'],
     'On-Demand Webinar format line; long title wraps and is directly followed by "Date of completion:"; Offering # is the id.',
     ('Priya Natarajan-Smith', 'Verification of Performance for Quantitative Measurement Procedures: Applying EP15 in Small and Rural Hospital Laboratories',
      '2025-11-14', 1.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'CLSI-OD-2511'),
     [T('CLSI', 28, True), T('Clinical and Laboratory Standards Institute', 12), GAP(18),
      T('Certificate of Completion', 24, True, fm='serif'), GAP(12), T('This certificate is presented to', 11),
      T('Priya Natarajan-Smith, MLS(ASCP)CM', 20, True), T('for completing the', 11), T('On-Demand Webinar', 12, False, True), GAP(2),
      T('Verification of Performance for Quantitative Measurement Procedures: Applying EP15 in', 12.5, True),
      T('Small and Rural Hospital Laboratories', 12.5, True),
      T('Date of completion: 11/14/2025', 11), GAP(6),
      T('Offering #: CLSI-OD-2511', 11), T('1.0 P.A.C.E.® contact hour', 11), GAP(12),
      T('CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences', 8.5),
      T('by the ASCLS P.A.C.E.® Program.', 8.5), GAP(6), T('Order No. 9912045  |  clsi.org', 8.5),
      ('sigs', [('Helen T. Marsh, MT(ASCP)', 'Director, Education and Training')])],
     border='single', family='sans', margin=66, top=60, doc_title='CLSI Certificate')

# ------------------------------------------------------------------ zu12 state society, docx
cert('zu12', 'docx', 'state society', ['centred', 'portrait', 'format-line', 'date-range', 'program-no-without-colon', 'accreditation-statement'],
     '"2025 Spring Symposium" is the event format/name line; theme title follows; two-day range, gold is the last day; Program No. without colon.',
     ('Caroline Ashby-Whitaker', 'Emerging Threats in Clinical Microbiology', '2025-04-25', 9.0, 'contact hour',
      ['Keystone Society for Clinical Laboratory Science', 'KSCLS'], '512-300-25'),
     [T('Keystone Society for Clinical Laboratory Science', 16, True), T('KSCLS', 11), GAP(14),
      T('Certificate of Attendance', 24, True, fm='serif'), GAP(10),
      T('Caroline Ashby-Whitaker, MLS(ASCP)', 18, True), T('attended the', 11),
      T('2025 Spring Symposium', 13, True, True),
      T('Emerging Threats in Clinical Microbiology', 15, True),
      T('April 24-25, 2025   |   Harrisburg Riverside Conference Center', 11), GAP(8),
      T('Contact hours earned: 9.0', 11.5, True), T('Program No. 512-300-25', 11), GAP(10),
      T('The Keystone Society for Clinical Laboratory Science is approved as a provider of continuing education', 8.5),
      T('programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      ('sigs', [('Dennis R. Kowalczyk, MLS(ASCP)', 'KSCLS President'), ('Amy Lindqvist, MS, MLS(ASCP)CM', 'Education Chair')])],
     border='double', family='serif', margin=66, top=56, doc_title='KSCLS Spring Symposium 2025')

# ------------------------------------------------------------------ zu13 hospital, fpdf
cert('zu13', 'fpdf', 'hospital in-service', ['letter', 'left-aligned', 'portrait', 'kv', 'department-provider', 'title-word-orientation', 'title-word-safety'],
     'Laboratory Education Department as provider (institution alone + "Institution, Department"); Class No. is the id; employee ID distractor.',
     ('Brian K. Oyelaran', 'Annual Laboratory Safety Orientation and Chemical Hygiene Review', '2025-01-22', 2.0, 'CE hour',
      ['Mercy Ridge Medical Center', 'Mercy Ridge Medical Center, Laboratory Education Department'], 'MR-LAB-0125'),
     [L('Mercy Ridge Medical Center, Laboratory Education Department', 14, True),
      L('4100 Ridgeway Boulevard, Columbus, OH 43219', 9.5), GAP(30),
      L('IN-SERVICE CERTIFICATE OF ATTENDANCE', 16, True), GAP(14),
      L('This certifies that the employee named below attended the following in-service education session.', 10.5), GAP(6),
      ('kv', [('Employee', 'Brian K. Oyelaran'), ('Employee ID', '0042871'), ('In-service', 'Annual Laboratory Safety Orientation and Chemical Hygiene Review'),
              ('Class No.', 'MR-LAB-0125'), ('Date', '01/22/2025'), ('Instructor', 'Felicia Grant, MT(ASCP), Safety Officer'),
              ('CE hours', '2.0')], 100),
      GAP(18), L('Approved by the Mercy Ridge Laboratory Education Council.', 10),
      GAP(40), L('______________________________', 10), L('Renee Castellano, MS, MLS(ASCP)CM', 10, True), L('Laboratory Education Coordinator', 9.5, i=True),
      GAP(160), L('Form LED-07 rev. 2024', 7.5)],
     family='sans', kv_indent=False, doc_title='In-service attendance')

# ------------------------------------------------------------------ zu14 public health lab, tcpdf
cert('zu14', 'tcpdf', 'public health laboratory', ['kv', 'two-column', 'portrait', 'border', 'department-provider', 'accented'],
     'Two-column label/value; provider is a unit of a state public health laboratory; Training ID is the id; date range, gold last day.',
     ('Maëlle Nguyen', 'Packaging and Shipping Division 6.2 Infectious Substances', '2025-06-11', 4.0, 'contact hour',
      ['Cascadia State Public Health Laboratory', 'Cascadia State Public Health Laboratory, Training and Outreach Unit'], 'TR-2025-061'),
     [T('Cascadia State Public Health Laboratory', 16, True), T('Training and Outreach Unit', 12), GAP(16),
      T('Certificate of Training', 24, True, fm='serif'), GAP(16),
      ('kv', [('Participant:', 'Maëlle Nguyen'), ('Facility:', 'Lakeview Community Hospital Laboratory'),
              ('Training:', 'Packaging and Shipping Division 6.2 Infectious Substances'), ('Training ID:', 'TR-2025-061'),
              ('Dates:', 'June 10-11, 2025'), ('P.A.C.E.® contact hours:', '4.0'), ('Certificate expires:', 'June 11, 2027')], 150),
      GAP(14),
      T('Cascadia State Public Health Laboratory is approved as a provider of continuing education programs', 8.5),
      T('in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      ('sigs', [('Gareth Olmstead, PhD, HCLD(ABB)', 'Laboratory Director'), ('Imani Brooks, MPH', 'Training Coordinator')])],
     border='single', family='sans', doc_title='PHL Training Certificate')

# ------------------------------------------------------------------ zu15 joint CME, rl_canvas
cert('zu15', 'rl_canvas', 'joint-accreditation CME', ['centred', 'portrait', 'border', 'multi-credit', 'maximum-vs-claimed', 'honorific', 'department-provider', 'hyphenated', 'table'],
     'Grand Rounds series name is part of the title; table of AMA PRA / ANCC / ACPE / P.A.C.E. claimed credits (P.A.C.E. gold, 1.25) with maximum 1.5 in the statement.',
     ('Elena Petrova-Hayes', 'Pathology Grand Rounds: Liquid Biopsy in Solid Tumors - Where Are We Now?', '2025-11-06', 1.25, 'contact hour',
      ['Northgate University School of Medicine', 'Northgate University School of Medicine, Office of Continuing Medical Education'], '25-GR-0412'),
     [T('Northgate University School of Medicine', 16, True), T('Office of Continuing Medical Education', 11, i=True), GAP(16),
      T('Certificate of Participation', 24, True, fm='serif'), GAP(10),
      T('Dr. Elena Petrova-Hayes, MD', 20, True), T('participated in the live activity', 11), GAP(2),
      T('Pathology Grand Rounds: Liquid Biopsy in Solid Tumors - Where Are We Now?', 14, True),
      T('Activity date: November 6, 2025      Activity ID: 25-GR-0412', 10.5),
      T('Presented by Samuel Oduya, MD, PhD', 10, i=True), GAP(6),
      ('table', ['Credit type', 'Credits claimed'], [['AMA PRA Category 1 Credit™', '1.25'], ['ANCC nursing contact hours', '1.25'],
                                                      ['ACPE contact hours (knowledge-based)', '1.25'], ['ASCLS P.A.C.E.® contact hours', '1.25']], [0.7, 0.3]),
      GAP(6),
      T('In support of improving patient care, Northgate University School of Medicine is jointly accredited by the Accreditation', 7.5),
      T('Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American', 7.5),
      T('Nurses Credentialing Center (ANCC). Northgate University School of Medicine designates this live activity for a maximum of', 7.5),
      T('1.5 AMA PRA Category 1 Credits™. This activity is approved for a maximum of 1.5 P.A.C.E.® contact hours.', 7.5),
      ('sigs', [('Marianne Cho, MD, MEd', 'Director, Office of Continuing Medical Education')]),
      GAP(8), T('Transcript printed 11/20/2025', 7.5)],
     border='single', family='serif', top=70, doc_title='CME Certificate')

# ------------------------------------------------------------------ zu16 university CEU, platypus
cert('zu16', 'platypus', 'university CEU', ['centred', 'portrait', 'border', 'seal', 'CEU', 'date-range', 'department-provider'],
     'CEU figure (0.8 CEU -> 8 points); course ran Sept 8 - Oct 27, gold is the last day; issue date and student ID are distractors.',
     ('Marcus Delacroix-Bennett', 'Fundamentals of Flow Cytometry for the Clinical Laboratory', '2025-10-27', 0.8, 'CEU',
      ['Lakeshore State University', 'Lakeshore State University, Division of Continuing Studies'], 'CLS-7104'),
     [T('LAKESHORE STATE UNIVERSITY', 20, True), T('Division of Continuing Studies', 12, i=True), GAP(20),
      T('Certificate of Completion', 26, True, fm='serif'), GAP(10), T('This certifies that', 11), GAP(4),
      T('Marcus Delacroix-Bennett', 22, True), GAP(4), T('has satisfactorily completed the non-credit course', 11), GAP(4),
      T('Fundamentals of Flow Cytometry for the Clinical Laboratory', 15, True), GAP(8),
      ('kv', [('Course No.', 'CLS-7104'), ('Course dates', 'September 8 - October 27, 2025'),
              ('Continuing Education Units', '0.8 CEUs (8 contact hours)'), ('Student ID', 'L00918273'), ('Date of issue', 'November 3, 2025')], 170),
      GAP(6), T('One CEU equals ten contact hours of participation in an organized continuing education experience.', 8.5),
      ('sigs', [('Patricia Vance-Holloway, PhD', 'Dean, Division of Continuing Studies'), ('Gregory Liu, MS, MLS(ASCP)', 'Program Coordinator')])],
     border='double', family='serif', seal='LSU  SEAL', top=66, doc_title='Lakeshore State University Certificate')

# ------------------------------------------------------------------ zu17 vendor, acroform
cert('zu17', 'acroform', 'vendor training', ['form', 'kv', 'landscape', 'border', 'date-range'],
     'Vendor operator training form; three-day range, gold last day; instrument serial number and quote number are distractors.',
     ('Samantha Oyelowo-Price', 'Hemostasis Analyzer Operator Training: HX-900 Series', '2025-03-12', 12.0, 'contact hour',
      ['Veridian Diagnostics, Inc.'], 'VD-HX9-2503'),
     [T('Veridian Diagnostics, Inc.', 18, True), T('Customer Training Center', 11, i=True), GAP(8),
      T('Certificate of Training', 22, True, fm='serif'), GAP(6),
      ('kv', [('Trainee', 'Samantha Oyelowo-Price'), ('Facility', 'Saint Aldric Medical Center Laboratory'),
              ('Training', 'Hemostasis Analyzer Operator Training: HX-900 Series'), ('Training No.', 'VD-HX9-2503'),
              ('Training dates', '03/10/2025 - 03/12/2025'), ('Contact hours', '12.0 P.A.C.E.® contact hours'),
              ('Instrument serial', 'HX9-004417'), ('Quote No.', 'Q-55102')], 130),
      GAP(4),
      T('Veridian Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8),
      ('sigs', [('Jerome Whitlock', 'Senior Applications Specialist'), ('Kathleen Ames, MT(ASCP)', 'Manager, Customer Training')])],
     orient='L', border='single', family='sans', top=54, doc_title='Veridian Training Certificate')

# ------------------------------------------------------------------ zu18 ASCP, ghostscript
cert('zu18', 'ghostscript', 'ASCP', ['centred', 'landscape', 'border', 'letter-spaced-name', 'caps-name', 'format-line', 'accreditation-statement'],
     'Letter-spaced capital name; "LIVE WEBINAR" format line; provider appears in the closing statement as "The American Society for Clinical Pathology (ASCP)".',
     ('ROSALIND CHEN', 'Quality Control Failures: A Root Cause Analysis Workshop', '2025-10-02', 1.0, 'CMLE',
      ['American Society for Clinical Pathology', 'ASCP'], 'LW25-1106'),
     [T('C E R T I F I C A T E   O F   P A R T I C I P A T I O N', 20, True, fm='serif'), GAP(24),
      T('R O S A L I N D   C H E N', 24, True, fm='serif'), GAP(6), T('participated in the', 11),
      T('LIVE WEBINAR', 11, True), GAP(2),
      T('Quality Control Failures: A Root Cause Analysis Workshop', 16, True, fm='serif'), GAP(6),
      T('held October 2, 2025', 11), T('Course #: LW25-1106      Credit: 1.0 CMLE', 11), GAP(10),
      T('The American Society for Clinical Pathology (ASCP) designates this live activity for 1.0 Continuing Medical Laboratory Education (CMLE) credit.', 8.5),
      T('ASCP CMLE credit is accepted by the ASCP Board of Certification Credential Maintenance Program.', 8.5),
      ('sigs', [('Victor Almanza, MBA, MLS(ASCP)CM', 'Senior Director, Learning')]), GAP(6),
      T('Certificate ID 7Q2-81KD  |  Issued 10/03/2025', 8)],
     orient='L', border='double', family='serif', top=64, doc_title='ASCP Live Webinar')

# ------------------------------------------------------------------ zu19 P.A.C.E. provider, chromium
cert('zu19', 'chromium', 'ASCLS P.A.C.E.-approved provider', ['labels-above-values', 'portrait', 'border', 'accreditation-only-provider', 'program-no-without-colon', 'wrapped-title'],
     'The provider appears only as the subject of the P.A.C.E. statement; Participant | Date of Completion | Contact Hours labels above values; Program No. without colon.',
     ('Gabriel Fontaine', 'Urinalysis Microscopy Refresher: Casts, Crystals, Cells and the Artifacts That Mimic Them', '2025-07-07', 1.5, 'contact hour',
      ['Brightwater Laboratory Academy'], '611-204-25'),
     [T('Certificate of Completion', 30, True, fm='serif'), GAP(30), T('Course', 10, True),
      T('Urinalysis Microscopy Refresher: Casts, Crystals, Cells and', 15, True),
      T('the Artifacts That Mimic Them', 15, True),
      GAP(10),
      ('cols', [('Participant', 'Gabriel Fontaine'), ('Date of Completion', 'July 7, 2025'), ('Contact Hours', '1.5')]),
      GAP(8), T('Program No. 611-204-25      Level: Basic      Format: Self-paced online', 10.5), GAP(30),
      T('Brightwater Laboratory Academy is approved as a provider of continuing education programs in the', 9),
      T('clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 9),
      ('sigs', [('Laura Petersen, MS, MLS(ASCP)CM', 'Education Director')]), GAP(40),
      T('Certificate 000193-7 · Printed July 8, 2025 · Keep for your records', 8)],
     border='single', family='sans', margin=70, top=80, accent='#264653', doc_title='Certificate of Completion')

# ------------------------------------------------------------------ zu20 AACC, fodt
cert('zu20', 'fodt', 'ADLM/AACC', ['centred', 'landscape', 'border', 'format-line', 'caps-name'],
     'Older AACC branding (2023); "Enduring Material" format line; ACCENT contact hours; Activity No. is the id.',
     ('WILHELMINA S. ACHTERBERG', 'Interpreting High-Sensitivity Troponin in the Emergency Department', '2023-10-17', 1.0, 'contact hour',
      ['American Association for Clinical Chemistry', 'AACC'], 'AACC-EM-2391'),
     [T('American Association for Clinical Chemistry', 17, True), T('AACC Learning Lab', 11, i=True), GAP(10),
      T('Certificate of Completion', 26, True, fm='serif'), GAP(8),
      T('WILHELMINA S. ACHTERBERG', 20, True), T('has completed the', 11), T('Enduring Material', 12, False, True),
      T('Interpreting High-Sensitivity Troponin in the Emergency Department', 15, True), GAP(6),
      T('Completed: October 17, 2023        Activity No.: AACC-EM-2391', 11),
      T('ACCENT® contact hours: 1.0', 11), GAP(8),
      T('AACC designates this activity for 1.0 ACCENT® credit hour. AACC is an approved provider of the ACCENT® continuing education program.', 8),
      T('Record printed 12/04/2023. Member #: 00-221907.', 8)],
     orient='L', border='single', family='serif', margin=60, top=48, doc_title='AACC Certificate')

# ------------------------------------------------------------------ zu21 hospital education council, docx
cert('zu21', 'docx', 'hospital in-service', ['labels-above-values', 'portrait', 'department-provider', 'title-word-meeting', 'credentials'],
     'Education council as provider; labels above values; title contains "Meeting" ("Morbidity and Mortality Meeting") as part of a real session title.',
     ('Olusegun Bamidele', 'Transfusion Service Morbidity and Mortality Meeting: Delayed Hemolytic Transfusion Reactions', '2025-09-10', 1.0, 'CE hour',
      ['St. Brigid Regional Health System', 'St. Brigid Regional Health System, Laboratory Education Council'], 'LEC-25-09'),
     [T('St. Brigid Regional Health System', 16, True), T('Laboratory Education Council', 12, i=True), GAP(16),
      T('Continuing Education Certificate', 22, True, fm='serif'), GAP(14),
      T('Transfusion Service Morbidity and Mortality Meeting: Delayed Hemolytic Transfusion Reactions', 13, True), GAP(10),
      ('cols', [('Participant', 'Olusegun Bamidele, MLS(ASCP)SBB'), ('Date of Completion', '09/10/2025')]),
      ('cols', [('Session Number', 'LEC-25-09'), ('CE Hours', '1.0')]),
      GAP(16), T('Presented by Anneliese Brandt, MD, Medical Director, Transfusion Service', 10, i=True), GAP(8),
      T('Employee No. 55120   Department: Core Laboratory / Blood Bank', 9),
      ('sigs', [('Howard Penn, MS, MLS(ASCP)', 'Chair, Laboratory Education Council')]), GAP(40),
      T('St. Brigid Regional Health System  •  2200 Cathedral Avenue  •  Dubuque, IA', 8)],
     family='sans', margin=66, top=60, doc_title='LEC Certificate')

# ------------------------------------------------------------------ zu22 CAP, fpdf
cert('zu22', 'fpdf', 'CAP', ['centred', 'landscape', 'border', 'multi-credit', 'title-word-grossing', 'maximum-vs-claimed', 'format-line'],
     'CAP webinar with AMA PRA, P.A.C.E. and ABPath SAM lines; "Grossing" is in the title; "Webinar Recording" format line; activity number id.',
     ('Fatima Al-Zahrani', 'Frozen Section Quality and Grossing Technique: Avoiding Common Pitfalls', '2025-05-15', 1.0, 'contact hour',
      ['College of American Pathologists'], 'W25-0515-FS'),
     [T('College of American Pathologists', 18, True, fm='serif'), GAP(12),
      T('CERTIFICATE OF COMPLETION', 24, True), GAP(10), T('Fatima Al-Zahrani, MD', 20, True, fm='serif'),
      T('completed the', 11), T('Webinar Recording', 11, i=True),
      T('Frozen Section Quality and Grossing Technique: Avoiding Common Pitfalls', 15, True), GAP(4),
      T('Completion date: May 15, 2025      Activity Number: W25-0515-FS', 11), GAP(8),
      T('Credits claimed:  AMA PRA Category 1 Credit(s)™: 1.00    ASCLS P.A.C.E.® contact hours: 1.0    ABPath SAM: 1.00', 10.5),
      GAP(6),
      T('The College of American Pathologists designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits™.', 8),
      T('Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 8),
      ('sigs', [('Timothy Hargreaves, MD, FCAP', 'Chair, Council on Education')]), GAP(4),
      T('Learner ID 000771264 · Certificate printed 06/02/2025', 8)],
     orient='L', border='double', family='sans', top=60, doc_title='CAP Certificate')

# ------------------------------------------------------------------ zu23 ASM, tcpdf
cert('zu23', 'tcpdf', 'ASM', ['letter', 'left-aligned', 'portrait', 'format-line', 'wrapped-title'],
     'Left-aligned; "On-Demand" format line; title wraps and is followed by "Date of completion:".',
     ('Anika Sorensen', 'Fungal Identification by MALDI-TOF Mass Spectrometry: Expanding Databases, Extraction Methods, and Reporting Pitfalls',
      '2025-08-05', 1.0, 'contact hour', ['American Society for Microbiology', 'ASM'], 'ASM-CPD-0825'),
     [L('ASM', 26, True), L('American Society for Microbiology', 12), L('Professional Development', 10, i=True), GAP(26),
      L('CERTIFICATE OF COMPLETION', 20, True), GAP(14), L('Anika Sorensen, MLS(ASCP)CM', 16, True),
      L('has completed the ASM Clinical Microbiology Webinar', 11), L('On-Demand', 11, True, True), GAP(2),
      L('Fungal Identification by MALDI-TOF Mass Spectrometry: Expanding Databases, Extraction', 13, True),
      L('Methods, and Reporting Pitfalls', 13, True),
      L('Date of completion: August 5, 2025', 11), L('Course ID: ASM-CPD-0825', 11),
      L('P.A.C.E.® contact hours: 1.0', 11), GAP(16),
      L('ASM is approved as a provider of continuing education programs in the clinical laboratory sciences', 8.5),
      L('by the ASCLS P.A.C.E.® Program.', 8.5), GAP(30),
      L('______________________________', 10), L('Rosa Delgado-Ferris, PhD, D(ABMM)', 10, True), L('Director, Continuing Education', 9, i=True),
      GAP(120), L('asm.org/cpd  |  Order 3109-7753', 8)],
     family='sans', doc_title='ASM On-Demand Certificate')

# ------------------------------------------------------------------ zu24 NSH session, rl_canvas
cert('zu24', 'rl_canvas', 'NSH', ['centred', 'landscape', 'border', 'session-at-conference', 'date-range', 'caps-name'],
     'Session certificate at NSH convention (Sept 12-16); session date Sept 13 is gold; "Session #: W-41".',
     ('DOMINIC FERRARO', 'Immunohistochemistry Antibody Validation Under Current Accreditation Requirements', '2025-09-13', 2.0, 'contact hour',
      ['National Society for Histotechnology', 'NSH'], 'W-41'),
     [T('NSH', 30, True), T('National Society for Histotechnology', 12), T('51st Annual Symposium/Convention  ·  September 12-16, 2025  ·  Providence, RI', 10), GAP(14),
      T('Workshop Certificate', 24, True, fm='serif'), GAP(8), T('DOMINIC FERRARO', 22, True), T('attended the workshop', 11),
      T('Immunohistochemistry Antibody Validation Under Current Accreditation Requirements', 15, True),
      T('Session #: W-41    Date: Saturday, September 13, 2025    Contact hours: 2.0', 11), GAP(8),
      T('NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      T('Badge 18830 · Moderator: Colleen Reyes, HTL(ASCP)', 8.5),
      ('sigs', [('Patrice LaRoche, HT(ASCP)', 'NSH Convention Chair')])],
     orient='L', border='double', family='sans', top=60, doc_title='NSH Workshop Certificate')

# ------------------------------------------------------------------ zu25 AMT annual meeting, platypus
cert('zu25', 'platypus', 'AMT', ['centred', 'portrait', 'border', 'meeting-attendance', 'date-range', 'maximum-vs-claimed', 'title-word-meeting', 'accented'],
     'Meeting attendance without session title: title = meeting name; last day of range; claimed 14.0 vs maximum 20.0.',
     ('Renée Beaulieu-Tran', 'AMT 2025 Educational Program & Annual Meeting', '2025-06-26', 14.0, 'CE hour',
      ['American Medical Technologists', 'AMT'], None),
     [T('American Medical Technologists', 18, True), GAP(16), T('Certificate of Attendance', 26, True, fm='serif'), GAP(12),
      T('Renée Beaulieu-Tran, MT(AMT)', 20, True), T('attended the', 11),
      T('AMT 2025 Educational Program & Annual Meeting', 15, True),
      T('June 22-26, 2025 · Orlando, Florida', 11), GAP(14),
      ('kv', [('CE hours claimed', '14.0'), ('Maximum CE hours offered', '20.0'), ('AMT ID', '2093318'), ('Date claimed', 'July 2, 2025')], 170),
      GAP(8), T('AMT has reviewed and approved this program for continuing education credit in the AMT Certification Continuation Program.', 8.5),
      ('sigs', [('Raymond J. Ostrowski, MBA', 'Executive Director'), ('Sheila Harmon, MT(AMT)', 'Educational Program Chair')])],
     border='single', family='sans', top=70, doc_title='AMT 2025 Meeting Certificate')

# ------------------------------------------------------------------ zu26 state society, acroform
cert('zu26', 'acroform', 'state society', ['form', 'kv', 'portrait', 'border', 'program-no', 'format-field'],
     'Form fields; provider a regional society; "Live Virtual Session" appears only as a labelled format field; Program No. is the id.',
     ('Hannah Morgenstern', 'Lupus Anticoagulant Testing: Mixing Studies and Interpretation', '2025-02-19', 1.0, 'contact hour',
      ['Gulf Coast Society for Clinical Laboratory Science', 'GCSCLS'], '118-422-25'),
     [T('Gulf Coast Society for Clinical Laboratory Science', 16, True), T('(GCSCLS)', 11), GAP(14),
      T('Continuing Education Certificate', 22, True, fm='serif'), GAP(12),
      ('kv', [('Name', 'Hannah Morgenstern'), ('Title of program', 'Lupus Anticoagulant Testing: Mixing Studies and Interpretation'),
              ('Format', 'Live Virtual Session'), ('Date', '02/19/2025'), ('Program No.', '118-422-25'),
              ('P.A.C.E.® contact hours', '1.0'), ('Speaker', 'Jorge Villanueva, MS, MLS(ASCP)CM')], 150),
      GAP(14),
      T('The Gulf Coast Society for Clinical Laboratory Science is approved as a provider of continuing', 8.5),
      T('education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      ('sigs', [('Trina Baptiste, MLS(ASCP)', 'GCSCLS Continuing Education Coordinator')])],
     border='single', family='sans', doc_title='GCSCLS Certificate')

# ------------------------------------------------------------------ zu27 public health lab, ghostscript
cert('zu27', 'ghostscript', 'public health laboratory', ['labels-above-values', 'landscape', 'border', 'department-provider', 'title-word-safety'],
     'Labels above values (Participant | Date of Completion | Contact Hours | Course Number); provider is a program of a state public health laboratory.',
     ('Eduardo Quiñones', 'Biosafety Level 3 Practices and Respiratory Protection Refresher', '2025-12-03', 3.5, 'contact hour',
      ['Prairie State Public Health Laboratory', 'Prairie State Public Health Laboratory, Laboratory Training Program'], 'PSPHL-BSL3-1203'),
     [T('PRAIRIE STATE PUBLIC HEALTH LABORATORY', 18, True), T('Laboratory Training Program', 12, i=True), GAP(16),
      T('Certificate of Completion', 26, True, fm='serif'), GAP(10),
      T('Biosafety Level 3 Practices and Respiratory Protection Refresher', 16, True), GAP(10),
      ('cols', [('Participant', 'Eduardo Quiñones'), ('Date of Completion', 'December 3, 2025'), ('Contact Hours', '3.5'), ('Course Number', 'PSPHL-BSL3-1203')]),
      GAP(10),
      T('Prairie State Public Health Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      T('Employer: Sandhill County Hospital Laboratory     Printed 12/05/2025', 8.5),
      ('sigs', [('Nadia Kowalski, PhD', 'Biosafety Officer'), ('Curtis Albright, DrPH, HCLD(ABB)', 'Laboratory Director')])],
     orient='L', border='single', family='sans', top=62, doc_title='PHL Training Certificate')

# ------------------------------------------------------------------ zu28 vendor, chromium
cert('zu28', 'chromium', 'vendor webinar', ['centred', 'portrait', 'border', 'format-in-verb-line', 'accreditation-statement', 'caps-name', 'suffix'],
     'Vendor webinar; format in the verb line "has completed the on-demand webinar"; presenter name is a distractor.',
     ('WILLIAM H. GARRISON SR.', 'Next-Generation Sequencing Library Preparation Troubleshooting', '2025-04-30', 1.0, 'contact hour',
      ['Halcyon Molecular Systems'], 'HMS-WB-0430'),
     [T('HALCYON MOLECULAR SYSTEMS', 18, True), T('Scientific Education Series', 11, i=True), GAP(30),
      T('Certificate of Completion', 28, True, fm='serif'), GAP(16), T('This certifies that', 12),
      T('WILLIAM H. GARRISON SR.', 22, True), T('has completed the on-demand webinar', 12), GAP(6),
      T('Next-Generation Sequencing Library Preparation Troubleshooting', 16, True),
      T('presented by Ingrid Solberg, PhD, Field Applications Scientist', 10.5, i=True), GAP(14),
      ('kv', [('Date completed', 'April 30, 2025'), ('Program ID', 'HMS-WB-0430'), ('P.A.C.E.® contact hours', '1.0')], 170),
      GAP(20),
      T('Halcyon Molecular Systems is approved as a provider of continuing education programs in the clinical', 9),
      T('laboratory sciences by the ASCLS P.A.C.E.® Program.', 9),
      ('sigs', [('Megan Starkweather', 'Director, Scientific Education')]), GAP(60),
      T('Registration #: HMS-771203 · halcyonmolecular.example.com', 8)],
     border='single', family='sans', top=80, accent='#5a189a', doc_title='Halcyon Webinar Certificate')

# ------------------------------------------------------------------ zu29 ASCP two-page, fodt
cert('zu29', 'fodt', 'ASCP', ['centred', 'portrait', 'two-page', 'series-title', 'credentials', 'accented', 'table'],
     'Two pages: certificate then activity details/accreditation page. Series name "Lab Management University:" before the colon is part of the title.',
     ('Joaquín Ortega-Ruiz', 'Lab Management University: Budgeting and Financial Management for Laboratory Leaders', '2025-03-28', 2.5, 'CMLE',
      ['American Society for Clinical Pathology', 'ASCP'], 'LMU-0307'),
     [T('American Society for Clinical Pathology', 16, True), GAP(30), T('Certificate of Completion', 28, True, fm='serif'), GAP(20),
      T('awarded to', 11), T('Joaquín Ortega-Ruiz, MBA, MLS(ASCP)CM', 20, True), GAP(6), T('for completion of', 11),
      T('Lab Management University: Budgeting and Financial Management for Laboratory Leaders', 14, True), GAP(10),
      T('Completed March 28, 2025', 11), T('2.5 CMLE credits', 11, True), GAP(30),
      ('sigs', [('Kendra L. Whitfield, MS, MLS(ASCP)CM', 'Director, Continuing Education')]),
      ('newpage',),
      T('Activity Details', 16, True, al='L'), GAP(8),
      ('table', ['Course ID', 'Completed', 'Credit type', 'Credits'], [['LMU-0307', '03/28/2025', 'CMLE', '2.5']]), GAP(10),
      L('Accreditation', 12, True),
      L('The American Society for Clinical Pathology (ASCP) designates this enduring activity for 2.5 CMLE credits.', 9.5),
      L('ASCP CMLE credit meets the requirements of the ASCP BOC Credential Maintenance Program (CMP).', 9.5), GAP(10),
      L('Learner ID 30091726. Transcript generated April 2, 2025. Page 2 of 2.', 8.5)],
     family='sans', margin=66, top=60, doc_title='ASCP LMU Certificate')

# ------------------------------------------------------------------ zu30 AABB annual meeting, docx
cert('zu30', 'docx', 'AABB', ['centred', 'landscape', 'border', 'meeting-attendance', 'date-range', 'multi-credit', 'hyphenated'],
     'Meeting attendance: title = meeting name, date = last day; AMA PRA 12.0 vs P.A.C.E. 16.5 (gold).',
     ('Natalia Kovalenko-Reid', 'AABB Annual Meeting 2025', '2025-10-28', 16.5, 'contact hour',
      ['Association for the Advancement of Blood & Biotherapies', 'AABB'], None),
     [T('Association for the Advancement of Blood & Biotherapies', 16, True), GAP(8),
      T('Certificate of Attendance', 24, True, fm='serif'), GAP(6), T('This certifies that', 11),
      T('Natalia Kovalenko-Reid, MT(ASCP)SBB', 18, True), T('attended the', 11), T('AABB Annual Meeting 2025', 16, True),
      T('October 25-28, 2025 · San Diego Convention Center, San Diego, CA', 10.5), GAP(6),
      T('P.A.C.E.® contact hours claimed: 16.5      AMA PRA Category 1 Credits™ claimed: 12.0', 11), GAP(6),
      T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8),
      T('Registration # AM25-0048812 · Member ID 000123944 · Claimed 11/14/2025', 8)],
     orient='L', border='double', family='sans', margin=54, top=40, doc_title='AABB Annual Meeting 2025')

# ------------------------------------------------------------------ zu31 university CEU, fpdf
cert('zu31', 'fpdf', 'university CEU', ['centred', 'portrait', 'border', 'seal', 'CEU', 'table', 'department-provider', 'credentials'],
     '1.2 CEU -> 12 points; Offering # in a small table; conferral date is a distractor.',
     ('Theodore Nakamura-Blake', 'Phlebotomy Refresher for Healthcare Professionals', '2025-02-08', 1.2, 'CEU',
      ['Riverbend College of Health Sciences', 'Riverbend College of Health Sciences, Center for Professional Education'], 'PE-2502-17'),
     [T('Riverbend College of Health Sciences', 18, True, fm='serif'), T('Center for Professional Education', 12, i=True, fm='serif'), GAP(20),
      T('Certificate of Continuing Education', 24, True, fm='serif'), GAP(10), T('is hereby awarded to', 11),
      T('Theodore Nakamura-Blake, CPT', 22, True, fm='serif'), T('for successful completion of', 11),
      T('Phlebotomy Refresher for Healthcare Professionals', 15, True), GAP(6),
      ('table', ['Offering #', 'Completion Date', 'CEUs', 'Contact Hours'], [['PE-2502-17', 'February 8, 2025', '1.2', '12']]), GAP(8),
      T('Conferred February 14, 2025.  Student No. R-448120.', 9),
      ('sigs', [('Lillian Okonjo, EdD', 'Director, Center for Professional Education'), ('Paul Ferrante, MS, MLS(ASCP)', 'Course Instructor')])],
     border='double', family='serif', seal='RIVERBEND  1962', top=72, doc_title='Riverbend CEU Certificate')

# ------------------------------------------------------------------ zu32 ASCLS annual meeting session, tcpdf
cert('zu32', 'tcpdf', 'ASCLS', ['centred', 'landscape', 'border', 'session-at-conference', 'date-range', 'title-word-ethics', 'issuer-line'],
     'Session certificate at ASCLS Annual Meeting (July 27-31); session date July 29; "Session 3207"; issuer line under the heading.',
     ('Imogen Castellanos', 'Diversity, Equity, and Ethics in Laboratory Leadership', '2025-07-29', 1.0, 'contact hour',
      ['American Society for Clinical Laboratory Science', 'ASCLS'], '3207'),
     [T('Certificate of Session Attendance', 26, True, fm='serif'),
      T('American Society for Clinical Laboratory Science', 12, i=True), GAP(14),
      T('ASCLS 2025 Annual Meeting · July 27-31, 2025 · Kansas City, Missouri', 11), GAP(10),
      T('Imogen Castellanos', 22, True), T('attended', 11),
      T('Diversity, Equity, and Ethics in Laboratory Leadership', 16, True), GAP(4),
      ('kv', [('Session', '3207'), ('Session date', 'Tuesday, July 29, 2025'), ('P.A.C.E.® contact hours', '1.0')], 160),
      GAP(4), T('ASCLS P.A.C.E.® approved. Registration confirmation: ASCLS25-10934.', 8.5),
      ('sigs', [('Darnell Okafor, EdD, MLS(ASCP)CM', 'P.A.C.E.® Program Manager')])],
     orient='L', border='single', family='sans', top=60, doc_title='ASCLS 2025 Session')

# ------------------------------------------------------------------ zu33 hospital joint CME, rl_canvas
cert('zu33', 'rl_canvas', 'joint-accreditation CME', ['letter', 'left-aligned', 'portrait', 'multi-credit', 'honorific', 'department-provider', 'hyphenated', 'wrapped-title'],
     'Hospital CME office jointly accredited; several credit figures, P.A.C.E. gold; title wraps and is followed by "Date of attendance:".',
     ('Oluwaseun Adebayo-Grant', 'Interdisciplinary Tumor Board Case Review: Diagnostic Discordance Between Cytology and Surgical Pathology Specimens',
      '2025-01-29', 1.0, 'contact hour', ['Saint Aldric Medical Center', 'Saint Aldric Medical Center, Department of Continuing Medical Education'], 'SAMC-TB-0129'),
     [L('Saint Aldric Medical Center', 18, True), L('Department of Continuing Medical Education', 11, i=True), GAP(24),
      L('Certificate of Attendance', 18, True), GAP(10), L('Dr. Oluwaseun Adebayo-Grant, MD', 14, True), GAP(4),
      L('attended the regularly scheduled series session', 11),
      L('Interdisciplinary Tumor Board Case Review: Diagnostic Discordance Between Cytology and Surgical', 12, True),
      L('Pathology Specimens', 12, True),
      L('Date of attendance: January 29, 2025', 11), L('Activity ID: SAMC-TB-0129', 11), GAP(10),
      L('Credit awarded', 11, True),
      ('kv', [('AMA PRA Category 1 Credit™', '1.0'), ('ANCC contact hours', '1.0'), ('ACPE contact hours', '1.0 (0.1 CEU)'), ('P.A.C.E.® contact hours', '1.0')], 200),
      GAP(6),
      L('In support of improving patient care, Saint Aldric Medical Center is jointly accredited by the ACCME, ACPE and ANCC to', 8),
      L('provide continuing education for the healthcare team. ASCLS P.A.C.E.® credit is provided through a joint provider agreement.', 8), GAP(30),
      L('Beatrix Holm, MD', 10.5, True), L('Medical Director, Continuing Medical Education', 9.5, i=True), GAP(60),
      L('Employee/Badge 30-11842 · Printed 02/03/2025', 8)],
     family='sans', kv_indent=False, doc_title='SAMC CME Certificate')

# ------------------------------------------------------------------ zu34 LabCE, platypus
cert('zu34', 'platypus', 'LabCE', ['centred', 'portrait', 'border', 'labels-above-values', 'letter-spaced-name', 'caps-name'],
     'Letter-spaced capital name; labels above values including Course Number; certificate number distractor.',
     ('SAOIRSE MCALLISTER', 'Blood Smear Review Criteria and Manual Differential Triggers', '2025-06-03', 1.5, 'contact hour', ['LabCE'], '2204'),
     [T('LabCE', 30, True), GAP(14), T('CERTIFICATE OF COMPLETION', 22, True), GAP(18),
      T('S A O I R S E   M C A L L I S T E R', 22, True, fm='serif'), GAP(10), T('has successfully completed the online course', 11), GAP(4),
      T('Blood Smear Review Criteria and Manual Differential Triggers', 16, True), GAP(16),
      ('cols', [('Course Number', '2204'), ('Date Completed', '06/03/2025'), ('P.A.C.E.® Contact Hours', '1.5')]),
      GAP(18),
      T('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      T('This course is also approved for California clinical laboratory personnel continuing education.', 8.5), GAP(10),
      T('Certificate #: LCE-2204-88F31   Order #: 8820915', 8.5)],
     border='single', family='sans', top=80, doc_title='LabCE Certificate')

# ------------------------------------------------------------------ zu35 ASCP, acroform
cert('zu35', 'acroform', 'ASCP', ['form', 'labels-above-values', 'landscape', 'border', 'suffix', 'format-field'],
     'Form with label-above-value columns; name with suffix III; format "eCast" printed only as a labelled field.',
     ('Franklin D. Whitmore III', 'Hematology eCast Series: Recognizing Plasma Cell Neoplasms on Peripheral Smear', '2025-12-10', 1.0, 'CMLE',
      ['American Society for Clinical Pathology', 'ASCP'], 'EC25-1210'),
     [T('American Society for Clinical Pathology', 18, True), T('ASCP', 12), GAP(10),
      T('Certificate of Participation', 24, True, fm='serif'), GAP(10),
      ('cols', [('Participant', 'Franklin D. Whitmore III'), ('Date of Completion', 'December 10, 2025')]),
      ('cols', [('Activity', 'Hematology eCast Series: Recognizing Plasma Cell Neoplasms on Peripheral Smear')]),
      ('cols', [('Format', 'eCast'), ('Course ID', 'EC25-1210'), ('CMLE Credits', '1.0')]),
      GAP(10), T('ASCP designates this activity for 1.0 CMLE credit.  Transcript #: 77-4410922', 8.5),
      ('sigs', [('Victor Almanza, MBA, MLS(ASCP)CM', 'Senior Director, Learning')])],
     orient='L', border='double', family='sans', top=56, doc_title='ASCP eCast Certificate')

# ------------------------------------------------------------------ zu36 CAP inspector training, ghostscript
cert('zu36', 'ghostscript', 'CAP', ['centred', 'portrait', 'border', 'multi-credit', 'wrapped-title', 'credentials'],
     'CAP inspector training; AMA PRA and P.A.C.E. credits both printed; title wraps and is followed by "Date of completion:".',
     ('Georgina Whitfield-Ames', 'Inspector Training: Applying the Chemistry and Toxicology Checklist During Peer Inspections of Hospital Laboratories',
      '2025-08-27', 2.5, 'contact hour', ['College of American Pathologists', 'CAP'], 'IT-CHM-2508'),
     [T('COLLEGE OF AMERICAN PATHOLOGISTS', 16, True, fm='serif'), T('Laboratory Accreditation Program', 11, i=True, fm='serif'), GAP(20),
      T('Certificate of Completion', 26, True, fm='serif'), GAP(14), T('This is to certify that', 11),
      T('Georgina Whitfield-Ames, MS, MLS(ASCP)CM', 18, True), T('has completed', 11),
      T('Inspector Training: Applying the Chemistry and Toxicology Checklist During Peer', 13.5, True),
      T('Inspections of Hospital Laboratories', 13.5, True),
      T('Date of completion: 08/27/2025', 11), T('Course Code: IT-CHM-2508', 11), GAP(10),
      T('Credit claimed: 2.5 P.A.C.E.® contact hours', 11),
      T('Also designated for a maximum of 2.5 AMA PRA Category 1 Credits for physicians.', 9), GAP(10),
      T('The College of American Pathologists (CAP) is approved as a provider of continuing education programs', 8.5),
      T('in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5), GAP(8),
      T('Inspector ID 1122045     Issued 09/01/2025', 8),
      ('sigs', [('Harold Brennan, MD, FCAP', 'Chair, Checklists Committee')])],
     border='single', family='serif', top=76, doc_title='CAP Inspector Training')

# ------------------------------------------------------------------ zu37 state society webinar, chromium
cert('zu37', 'chromium', 'state society', ['labels-above-values', 'landscape', 'border', 'format-line', 'accreditation-only-provider', 'hyphenated'],
     '"LIVE WEBINAR" format line; labels above values; provider appears only in the P.A.C.E. statement; Event ID is the id.',
     ('Jae-won Lim', 'Point-of-Care Glucose Meter Competency Programs That Actually Work', '2025-03-20', 1.0, 'contact hour',
      ['Mountain West Society for Clinical Laboratory Science'], 'MW-2503'),
     [T('Certificate of Participation', 28, True, fm='serif'), GAP(6), T('LIVE WEBINAR', 12, True),
      T('Point-of-Care Glucose Meter Competency Programs That Actually Work', 17, True), GAP(8),
      ('cols', [('Participant', 'Jae-won Lim'), ('Date of Completion', 'March 20, 2025'), ('Contact Hours', '1.0'), ('Event ID', 'MW-2503')]),
      GAP(6), T('Speaker: Rebecca Oyler, MS, MLS(ASCP)CM, POCT Coordinator', 10, i=True), GAP(10),
      T('The Mountain West Society for Clinical Laboratory Science is approved as a provider of continuing education programs', 8.5),
      T('in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      ('sigs', [('Carlos Benavides, MLS(ASCP)', 'Education Chair'), ('Erin Sato', 'Webinar Coordinator')]),
      GAP(8), T('Attendance verified by poll responses. Retain for 4 years.', 8)],
     orient='L', border='double', family='sans', top=62, accent='#7f5539', doc_title='Webinar Certificate')

# ------------------------------------------------------------------ zu38 CLSI training, fodt
cert('zu38', 'fodt', 'CLSI', ['letter', 'left-aligned', 'portrait', 'kv', 'issuer-line', 'credentials'],
     'Letter-style CLSI training record; Training ID is the id; customer number distractor; issuer given as "issued by CLSI".',
     ('Beatriz Salgado', 'M100 Antimicrobial Susceptibility Testing Breakpoint Updates Workshop', '2025-02-12', 3.0, 'contact hour',
      ['Clinical and Laboratory Standards Institute', 'CLSI'], 'TRN-M100-0212'),
     [L('Certificate of Completion', 22, True), L('issued by the Clinical and Laboratory Standards Institute (CLSI)', 11, i=True), GAP(20),
      L('Beatriz Salgado, M(ASCP)CM', 15, True), L('completed the following training:', 11), GAP(6),
      ('kv', [('Training', 'M100 Antimicrobial Susceptibility Testing Breakpoint Updates Workshop'), ('Training ID', 'TRN-M100-0212'),
              ('Date', 'February 12, 2025'), ('Contact hours', '3.0 P.A.C.E.®'), ('Customer No.', 'C-0044761')], 110),
      GAP(12),
      L('CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS', 9),
      L('P.A.C.E.® Program.', 9), GAP(24), L('Helen T. Marsh, MT(ASCP)', 10.5, True), L('Director, Education and Training', 9.5, i=True)],
     family='sans', margin=72, top=72, doc_title='CLSI Training Certificate')

# ------------------------------------------------------------------ zu39 ASM branch meeting, rl_canvas
cert('zu39', 'rl_canvas', 'regional society meeting', ['centred', 'landscape', 'border', 'meeting-attendance', 'date-range', 'title-word-meeting', 'accented'],
     'Regional ASM branch meeting attendance; title = meeting name; last day of range (October 4).',
     ('Adélaïde Fournier', 'South Central Branch ASM 2025 Annual Meeting', '2025-10-04', 11.0, 'contact hour',
      ['South Central Branch of the American Society for Microbiology'], None),
     [T('South Central Branch of the American Society for Microbiology', 16, True), GAP(12),
      T('Certificate of Attendance', 26, True, fm='serif'), GAP(8), T('awarded to', 11), T('Adélaïde Fournier', 22, True),
      T('for attending the', 11), T('South Central Branch ASM 2025 Annual Meeting', 16, True),
      T('October 2-4, 2025 · Tulsa, Oklahoma', 11), GAP(6), T('Contact hours: 11.0', 12, True), GAP(6),
      T('The South Central Branch of the American Society for Microbiology is approved as a provider of continuing education', 8.5),
      T('programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5),
      ('sigs', [('Curtis Yellowhorse, PhD', 'Branch President'), ('Maren Eklund, MS, M(ASCP)', 'Branch Secretary-Treasurer')])],
     orient='L', border='double', family='serif', top=62, seal='SCB-ASM', doc_title='SCB ASM 2025')

# ------------------------------------------------------------------ zu40 hospital education council, platypus
cert('zu40', 'platypus', 'hospital in-service', ['centred', 'portrait', 'table', 'department-provider', 'title-word-safety', 'caps-name'],
     'Hospital education council in-service; small table (Course Number | Date | Hours); "Safety" is part of the title.',
     ('PRIYANKA DESAI', 'Radiation Safety for Blood Irradiator Operators', '2025-11-18', 0.75, 'CE hour',
      ['Cedar Valley Hospital', 'Cedar Valley Hospital, Education Council'], 'CVH-ED-3318'),
     [T('Cedar Valley Hospital', 18, True), T('Education Council', 12, i=True), GAP(24),
      T('Certificate of In-Service Completion', 22, True, fm='serif'), GAP(14), T('PRIYANKA DESAI', 20, True),
      T('has completed', 11), T('Radiation Safety for Blood Irradiator Operators', 15, True), GAP(12),
      ('table', ['Course Number', 'Date', 'CE Hours'], [['CVH-ED-3318', '11/18/2025', '0.75']]), GAP(12),
      T('Instructor: Gordon Achebe, MS, DABR, Radiation Safety Officer', 10, i=True), GAP(4),
      T('Employee ID: 771902    Cost center 4410 - Blood Bank', 9),
      ('sigs', [('Laurel Fitzgerald, MSN, RN', 'Chair, Education Council'), ('Owen Park, MLS(ASCP)CM', 'Laboratory Manager')]),
      GAP(60), T('Cedar Valley Hospital Education Council · Form EC-12', 8)],
     family='sans', top=80, doc_title='In-service certificate')


def main(argv):
    only = set(argv[1:])
    for c in CERTS:
        if only and c['id'] not in only:
            continue
        out = os.path.join(HERE, c['id'] + '.pdf')
        engine.render(c, out)
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w') as f:
            json.dump(c['gold'], f, indent=2, ensure_ascii=False)
            f.write('\n')
        print('built', c['id'], c['producer'])


if __name__ == '__main__':
    main(sys.argv)
