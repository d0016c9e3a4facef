#!/usr/bin/python3
"""Build the blind CE-certificate test set: /usr/bin/python3 build.py  (from any directory)."""
import os, json, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
from engine import HERE, TMP

CERTS = []
def C(id, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id, blocks, **doc):
    pts = round(credits * 10, 2) if unit == 'CEU' else credits
    CERTS.append(dict(id=id, gold=dict(style=style, producer=producer, layout=layout, notes=notes, name=name, title=title, date=date,
                                       credits=credits, unit=unit, points=pts, provider=provider, activity_id=activity_id),
                      doc=dict(id=id, blocks=blocks, **doc)))

PACE = ' is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'

# 01 ASCP CMLE – on-demand webinar, long wrapped title followed by labelled date
C('zf01', 'ASCP', 'chromium', ['landscape', 'centred-award', 'border', 'seal', 'format-line', 'wrapped-title+label', 'signatures'],
  'Format line "has completed the on-demand webinar" is not part of the title; certificate and customer numbers are distractors.',
  'Marisol Quintanilla-Reyes', 'Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocytes, Platelets, and Pitfalls',
  '2025-03-14', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'W25-0417',
  [('sub', 'American Society for Clinical Pathology'), ('h', 'Certificate of Completion'), ('p', 'This certifies that'),
   ('big', 'Marisol Quintanilla-Reyes, MLS(ASCP)CM'), ('p', 'has completed the on-demand webinar'),
   ('big', 'Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocytes, Platelets, and Pitfalls'),
   ('p', 'Date of completion: March 14, 2025'), ('p', 'Activity ID: W25-0417     Credit awarded: 1.0 CMLE'),
   ('small', 'ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.'),
   ('sig', [('Renata Vasquez-Hollis, MD, FASCP', 'Chair, Council on Laboratory Education'), ('Gordon T. Pribble, MS, MLS(ASCP)', 'Director, Continuing Education')]),
   ('small', 'Certificate No. 2025-88412-CE  •  Customer No. 10039217  •  Issued March 15, 2025  •  www.ascp.org/learning')],
  orient='L', border=True, seal=True, serif=True)

# 02 AABB eCast – letter style, Program No. without colon, AMA distractor
C('zf02', 'AABB', 'docx', ['portrait', 'letter-style', 'format-line', 'program-no-without-colon', 'several-credit-types', 'honorific+credential'],
  'Name printed "Dr. Kwame Osei-Bonsu, PhD"; eCast is the format; AMA PRA figure is a distractor.',
  'Kwame Osei-Bonsu', 'Managing Massive Transfusion Protocols in Community Hospitals', '2024-11-07', 1.5, 'contact hour',
  ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '24EL-318',
  [('sub', 'Association for the Advancement of Blood & Biotherapies (AABB)'), ('sub', '4550 Montgomery Avenue, Suite 700 North Tower, Bethesda, MD 20814'),
   ('sp',), ('p', 'November 12, 2024'), ('p', 'Dear Dr. Kwame Osei-Bonsu, PhD:'),
   ('p', 'Thank you for participating in the following AABB education activity. This letter confirms your successful completion.'),
   ('fmt', 'eCast'), ('big', 'Managing Massive Transfusion Protocols in Community Hospitals'),
   ('kv', [('Program', 'Program No. 24EL-318'), ('Date attended', 'November 7, 2024'), ('Participant', 'Kwame Osei-Bonsu, PhD'),
           ('Registration No.', 'R-5531098'), ('P.A.C.E.® contact hours', '1.5'), ('AMA PRA Category 1 Credits™', '1.5 (physicians only)')]),
   ('p', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians.'),
   ('p', 'Please retain this letter for your records.'), ('sp',),
   ('sig', [('Evelyn Marchetti-Ruiz, MT(ASCP)SBB', 'Senior Director, Education')]), ('small', 'aabb.org  |  Page 1 of 1')],
  align='L')

# 03 CAP enduring material – claimed vs maximum, several credit types
C('zf03', 'CAP', 'reportlab-platypus', ['portrait', 'centred-award', 'format-line', 'credit-table', 'several-credit-types', 'max-vs-claimed'],
  'Enduring Material is the format. Gold is the claimed P.A.C.E. figure (1.75), not the maximum (2.00); AMA PRA and ABPath SAM are distractors. Claim date is a distractor.',
  'Bartholomew Achebe-Lindqvist', 'Frozen Section Diagnosis of Thyroid and Parathyroid Lesions', '2025-02-03', 1.75, 'contact hour',
  ['College of American Pathologists', 'CAP'], '25-CAP-0912',
  [('sub', 'COLLEGE OF AMERICAN PATHOLOGISTS'), ('h', 'Certificate of Participation'), ('p', 'presented to'),
   ('big', 'Bartholomew Achebe-Lindqvist, MD'), ('p', 'for completing the'), ('fmt', 'Enduring Material'),
   ('big', 'Frozen Section Diagnosis of Thyroid and Parathyroid Lesions'),
   ('kv', [('Activity ID:', '25-CAP-0912'), ('Completion date:', 'February 3, 2025'), ('Credit claimed on:', 'February 10, 2025')]),
   ('table', ['Credit type', 'Maximum available', 'Claimed'], [['AMA PRA Category 1 Credit™', '2.00', '1.75'], ['ASCLS P.A.C.E.® contact hours', '2.00', '1.75'], ['ABPath Self-Assessment Module (SAM)', '2.00', '1.75']]),
   ('small', 'The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('small', 'Transcript ID 7730021  •  cap.org')], border=True)

# 04 ASCLS annual meeting – meeting name as title, date range
C('zf04', 'ASCLS', 'fodt', ['landscape', 'centred-award', 'border', 'meeting-attendance', 'date-range', 'max-vs-claimed'],
  'ASCLS own certificate, so ASCLS is provider. Meeting attendance without session: meeting name is title; last day of June 18-21 range. Maximum 22.0 is distractor.',
  'Genevieve Thibodeaux', 'ASCLS 2024 Joint Annual Meeting', '2024-06-21', 14.5, 'contact hour',
  ['American Society for Clinical Laboratory Science', 'ASCLS'], None,
  [('sub', 'American Society for Clinical Laboratory Science'), ('h', 'Certificate of Attendance'), ('p', 'This is to certify that'),
   ('big', 'Genevieve Thibodeaux, MLS(ASCP)CM'), ('p', 'attended the'), ('big', 'ASCLS 2024 Joint Annual Meeting'),
   ('p', 'June 18–21, 2024  •  Baltimore Convention Center, Baltimore, Maryland'),
   ('p', 'and earned 14.5 P.A.C.E.® contact hours (maximum available 22.0)'),
   ('sig', [('Lorraine Obuya-Fitch, EdD, MLS(ASCP)', 'ASCLS President'), ('Marcus Feldhaus, MS', 'Chair, Education and Research Fund')]),
   ('small', 'Member ID 0048811  •  Certificate printed 07/02/2024  •  ASCLS, 1861 International Drive, Suite 200, McLean, VA 22102')],
  orient='L', border=True, serif=True)

# 05 state society – provider only in P.A.C.E. statement, ALL-CAPS name with suffix, Ethics title, Program No.
C('zf05', 'state-society', 'fpdf', ['portrait', 'centred-award', 'all-caps-name', 'suffix', 'format-line', 'provider-only-in-accreditation', 'program-no-without-colon'],
  'Provider appears only as subject of P.A.C.E. statement. "Live Virtual Session" is the format; Ethics is in the real title.',
  'THEODORE J. WAINWRIGHT III', 'Ethics in the Laboratory: Reporting Errors Without Fear', '2025-04-22', 1.0, 'contact hour',
  ['Great Lakes Association for Laboratory Professionals'], '519-112-25',
  [('h', 'Certificate of Completion'), ('p', 'This certifies that'), ('big', 'THEODORE J. WAINWRIGHT III'),
   ('p', 'has successfully completed'), ('fmt', 'Live Virtual Session'), ('big', 'Ethics in the Laboratory: Reporting Errors Without Fear'),
   ('p', 'Session date: April 22, 2025'), ('p', 'P.A.C.E.® Program No. 519-112-25     1.0 contact hour'),
   ('sp',), ('p', 'Great Lakes Association for Laboratory Professionals' + PACE),
   ('sig', [('Adaeze Korrigan, MS, MLS(ASCP)', 'Continuing Education Coordinator')]),
   ('small', 'Presented by Harlan B. Stroud, PhD, DABCC  •  Certificate generated 04/23/2025 09:14')], border=True)

# 06 LabCE – table layout, Safety course
C('zf06', 'LabCE', 'tcpdf', ['portrait', 'letter-style', 'course-table', 'accented-name', 'hyphenated-name'],
  'Course # column is the activity id; order number and Florida tracking number are distractors.',
  'Zoë Beaulieu-Ferrand', 'Laboratory Safety: Chemical Hygiene and Spill Response', '2025-01-09', 1.0, 'contact hour', ['LabCE'], '1187',
  [('h', 'LabCE'), ('sub', 'Certificate of Completion'), ('sp',), ('p', 'Zoë Beaulieu-Ferrand, MLT(ASCP)'),
   ('p', 'has successfully completed the following continuing education course:'),
   ('big', 'Laboratory Safety: Chemical Hygiene and Spill Response'),
   ('table', ['Course #', 'Completed', 'Contact Hours', 'Level'], [['1187', '01/09/2025', '1.0', 'Basic']]),
   ('p', 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('p', 'Order No. 4471902   |   Florida CE Broker tracking #20-559310'),
   ('small', 'LabCE.com  •  Printed 02/14/2025')], align='L')

# 07 MediaLab – labels above values
C('zf07', 'MediaLab', 'reportlab-canvas', ['portrait', 'labels-above-values', 'credential-after-name', 'border'],
  'Labels above values in columns.',
  'Priya Raghunathan', 'Urine Sediment Identification: Crystals, Casts, and Cellular Elements', '2024-09-30', 2.0, 'contact hour',
  ['MediaLab, Inc.', 'MediaLab'], 'ML-3348',
  [('sub', 'MediaLab, Inc.'), ('h', 'Certificate of Completion'), ('sp',),
   ('cols', [('Participant', 'Priya Raghunathan, MT(ASCP)'), ('Date of Completion', 'September 30, 2024')]),
   ('cols', [('Course', 'Urine Sediment Identification: Crystals, Casts, and Cellular Elements')]),
   ('cols', [('Course Number', 'ML-3348'), ('Contact Hours', '2.0'), ('Level', 'Intermediate')]),
   ('p', 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('small', 'Customer ID 885-20931  •  Certificate ID 9f3a-22c1  •  Expires from your transcript 09/30/2027')], border=True)

# 08 ADLM – AcroForm, format line, ACCENT
C('zf08', 'ADLM', 'acroform', ['landscape', 'centred-award', 'format-line', 'acroform-fields'],
  '"On-Demand Webinar" is the format. ACCENT contact hours.',
  'Jonathan Park-Whitaker', 'Mass Spectrometry in Therapeutic Drug Monitoring', '2025-05-12', 1.0, 'contact hour',
  ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '2025-ACC-0388',
  [('sub', 'Association for Diagnostics & Laboratory Medicine (ADLM)'), ('h', 'Certificate of Completion'), ('p', 'awarded to'),
   ('big', 'Jonathan Park-Whitaker'), ('p', 'for completion of the'), ('fmt', 'On-Demand Webinar'),
   ('big', 'Mass Spectrometry in Therapeutic Drug Monitoring'),
   ('kv', [('Date completed:', 'May 12, 2025'), ('Activity ID:', '2025-ACC-0388'), ('ACCENT® credit:', '1.0 contact hour')]),
   ('small', 'ADLM designates this activity for 1.0 ACCENT® continuing education credit. Formerly AACC.  •  Member No. 600-1184')],
  orient='L', border=True)

# 09 NSH – Grossing & Orientation in title; LIVE WEBINAR format; Event #
C('zf09', 'NSH', 'ghostscript', ['portrait', 'centred-award', 'format-line', 'suffix', 'grossing-orientation-in-title'],
  'LIVE WEBINAR is the format; "Grossing" and "Orientation" belong to the title.',
  'Luis Alberto Ortega Jr.', 'Grossing Small Biopsies: Orientation, Inking, and Cassette Submission', '2024-10-16', 1.5, 'contact hour',
  ['National Society for Histotechnology', 'NSH'], '2431',
  [('sub', 'National Society for Histotechnology'), ('h', 'Certificate of Attendance'), ('p', 'This certifies that'),
   ('big', 'Luis Alberto Ortega Jr., HT(ASCP)'), ('p', 'participated in the NSH'), ('fmt', 'LIVE WEBINAR'),
   ('big', 'Grossing Small Biopsies: Orientation, Inking, and Cassette Submission'),
   ('p', 'held on October 16, 2024, and is awarded 1.5 contact hours.'), ('p', 'Event #: 2431'),
   ('small', 'NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('sig', [('Carla Mendenhall-Price, HTL(ASCP)QIHC', 'NSH Education Chair')]), ('small', 'Presented by Dr. Wendell Okafor, MD  •  nsh.org')],
  border=True, seal=True, serif=True)

# 10 AMT – self-study, CE hours
C('zf10', 'AMT', 'chromium', ['portrait', 'centred-award', 'format-line', 'hyphenated-name', 'credential-after-name'],
  '"Self-Study Module" is the format. Member ID is a distractor. Unit CE hour.',
  'Ashley-Nicole Barnes', 'Phlebotomy Patient Identification and Specimen Labeling Safety', '2025-06-02', 1.0, 'CE hour',
  ['American Medical Technologists', 'AMT'], None,
  [('sub', 'American Medical Technologists (AMT)'), ('h', 'Certificate of Completion'), ('p', 'is presented to'),
   ('big', 'Ashley-Nicole Barnes, RMT(AMT)'), ('p', 'for completing the'), ('fmt', 'Self-Study Module'),
   ('big', 'Phlebotomy Patient Identification and Specimen Labeling Safety'),
   ('p', 'Completed June 2, 2025  •  1.0 CE hour'),
   ('sig', [('Simone Achterberg, MEd', 'Director of Education, AMT')]),
   ('small', 'AMT Member ID 311762  •  Record this activity in your AMTrax CE record  •  10700 W. Higgins Road, Suite 150, Rosemont, IL 60018')],
  border=True)

# 11 ASM Microbe session certificate – session date within meeting range
C('zf11', 'ASM', 'docx', ['portrait', 'letter-style', 'session-certificate', 'date-range', 'two-column-label-value'],
  'Session certificate at ASM Microbe (June 13-17): gold date is the session date June 15; Session No. is the id.',
  'Ingrid Solberg-Mwangi', 'Rapid Phenotypic Antimicrobial Susceptibility Testing: From Bench to Bedside', '2024-06-15', 1.25, 'contact hour',
  ['American Society for Microbiology', 'ASM'], '214',
  [('sub', 'American Society for Microbiology'), ('h', 'ASM Microbe 2024'), ('p', 'June 13–17, 2024  •  Atlanta, Georgia'),
   ('sp',), ('p', 'Session Attendance Certificate'),
   ('kv', [('Attendee', 'Ingrid Solberg-Mwangi, PhD, D(ABMM)'), ('Session', 'Rapid Phenotypic Antimicrobial Susceptibility Testing: From Bench to Bedside'),
           ('Session No.', '214'), ('Session date', 'June 15, 2024'), ('P.A.C.E.® contact hours', '1.25'), ('Badge No.', 'M24-77120')]),
   ('p', 'ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('small', 'Certificate issued June 28, 2024  •  asm.org/microbe')], align='L')

# 12 CLSI on-demand
C('zf12', 'CLSI', 'tcpdf', ['landscape', 'centred-award', 'border', 'format-line', 'apostrophe-name'],
  '"On-Demand" is the format.',
  "Hannah O'Connell-Diaz", 'Verifying Performance of Quantitative Methods Using EP15: A Practical Workshop', '2025-03-03', 1.5, 'contact hour',
  ['Clinical and Laboratory Standards Institute', 'CLSI'], 'EP15-OD-2025',
  [('sub', 'Clinical and Laboratory Standards Institute'), ('h', 'Certificate of Completion'), ('p', 'This certificate is awarded to'),
   ('big', "Hannah O'Connell-Diaz"), ('p', 'for completion of the CLSI'), ('fmt', 'On-Demand'),
   ('big', 'Verifying Performance of Quantitative Methods Using EP15: A Practical Workshop'),
   ('p', 'Completed on March 3, 2025  |  Program ID: EP15-OD-2025  |  1.5 P.A.C.E.® contact hours'),
   ('small', 'CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.  Order #CL-2025-33810')],
  orient='L', border=True)

# 13 regional society Spring Symposium session
C('zf13', 'state-society', 'fodt', ['portrait', 'centred-award', 'format-line', 'session-certificate', 'date-range', 'issuer-line'],
  '"Spring Symposium" is the format; symposium ran April 4-5, session date April 5.',
  'Marguerite Delacroix-Owens', 'Blood Bank Antibody Identification Case Studies', '2025-04-05', 2.0, 'contact hour',
  ['Prairie States Society for Clinical Laboratory Science', 'PSSCLS'], '7B',
  [('sub', 'Prairie States Society for Clinical Laboratory Science (PSSCLS)'), ('h', 'Certificate of Completion'),
   ('p', 'Marguerite Delacroix-Owens, MLS(ASCP)SBB'), ('p', 'has completed'), ('fmt', 'Spring Symposium'),
   ('big', 'Blood Bank Antibody Identification Case Studies'),
   ('p', 'Session No. 7B  •  Session date: April 5, 2025  •  2.0 contact hours'),
   ('p', 'Symposium held April 4–5, 2025, Prairie View Conference Center, Lincoln, Nebraska'),
   ('small', 'PSSCLS' + PACE), ('sig', [('Orrin Haverkamp, MLS(ASCP)', 'Symposium Chair')])], border=True)

# 14 hospital in-service
C('zf14', 'hospital', 'reportlab-platypus', ['portrait', 'letter-style', 'two-column-label-value', 'safety-orientation-in-title', 'department-provider'],
  'Hospital laboratory education department is provider. Title includes Orientation and Safety. Employee ID is a distractor.',
  'Tobias Engström', 'Annual Laboratory Safety and Fire Orientation', '2025-01-28', 1.0, 'contact hour',
  ['Mercy Ridge Medical Center', 'Mercy Ridge Medical Center, Laboratory Education Department'], 'LS-0125',
  [('sub', 'Mercy Ridge Medical Center'), ('sub', 'Laboratory Education Department'), ('h', 'In-Service Attendance Record'),
   ('kv', [('Employee', 'Tobias Engström, MLT'), ('Employee ID', '0045521'), ('Class', 'Annual Laboratory Safety and Fire Orientation'),
           ('Class No.', 'LS-0125'), ('Date', 'January 28, 2025'), ('Contact hours', '1.0 (P.A.C.E.®)'), ('Instructor', 'Delphine Araújo, MLS(ASCP), Safety Officer')]),
   ('p', 'Mercy Ridge Medical Center, Laboratory Education Department' + PACE),
   ('sig', [('Karen Whitlow-Beaumont, MS, MLS(ASCP)', 'Laboratory Education Coordinator'), ('Raymond Osterhout, MD', 'Medical Director, Laboratory')]),
   ('small', '2100 Ridgeline Parkway, Springvale, OH 45301  •  Form LED-07 rev. 2024')], align='L')

# 15 public health lab training
C('zf15', 'public-health', 'reportlab-canvas', ['portrait', 'letter-style', 'department-provider', 'two-column-label-value'],
  'Public health lab Training Office is provider.',
  'Devon Ashby-Kaplan', 'Biosafety Level 3 Practices and Select Agent Rule Awareness', '2025-02-19', 3.0, 'contact hour',
  ['Northfield County Public Health Laboratory', 'Northfield County Public Health Laboratory, Training Office'], 'PHL-2025-014',
  [('sub', 'Northfield County Public Health Laboratory'), ('sub', 'Training Office'), ('sp',), ('h', 'Certificate of Training'),
   ('p', 'Devon Ashby-Kaplan completed the following training:'),
   ('kv', [('Training:', 'Biosafety Level 3 Practices and Select Agent Rule Awareness'), ('Training No.:', 'PHL-2025-014'),
           ('Date:', 'February 19, 2025'), ('Credit:', '3.0 P.A.C.E.® contact hours'), ('Location:', 'BSL-3 Suite, 415 Harbor Street, Northfield')]),
   ('p', 'Northfield County Public Health Laboratory, Training Office' + PACE),
   ('sig', [('Miriam Castellanos, PhD', 'Laboratory Director'), ('Jerome Whitfield, MPH', 'Training Coordinator')]),
   ('small', 'Serial 2025-0219-031  •  This record expires for biosafety purposes on February 19, 2026')], align='L', border=True)

# 16 joint accreditation CME – several credit types, AcroForm
C('zf16', 'joint-accreditation', 'acroform', ['landscape', 'centred-award', 'several-credit-types', 'series-name-in-title', 'honorific'],
  'Only the P.A.C.E. figure (1.0) is gold; AMA PRA, ANCC, ACPE (1.25) are distractors. "Grand Rounds:" is part of the title. ACPE UAN is a distractor.',
  'Fatima Al-Sayed', 'Grand Rounds: Sepsis Biomarkers and Procalcitonin Stewardship', '2025-03-20', 1.0, 'contact hour',
  ['Halvorsen Institute for Continuing Medical Education'], '25-1147',
  [('sub', 'Halvorsen Institute for Continuing Medical Education'), ('h', 'Certificate of Attendance'),
   ('big', 'Dr. Fatima Al-Sayed'), ('p', 'attended'), ('big', 'Grand Rounds: Sepsis Biomarkers and Procalcitonin Stewardship'),
   ('kv', [('Date:', 'March 20, 2025'), ('Activity ID:', '25-1147'), ('P.A.C.E. contact hours:', '1.0')]),
   ('small', 'In support of improving patient care, Halvorsen Institute for Continuing Medical Education is jointly accredited by the ACCME, ACPE, and ANCC to provide continuing education for the healthcare team. Designated for 1.25 AMA PRA Category 1 Credits™, 1.25 ANCC nursing contact hours, and 1.25 ACPE contact hours (UAN JA0007731-0000-25-011-L01-P).'),
   ('small', 'Halvorsen Institute for Continuing Medical Education' + PACE)],
  orient='L', border=True)

# 17 university CEU – PostScript
C('zf17', 'university', 'ghostscript', ['portrait', 'centred-award', 'ceu', 'accented-name', 'office-provider', 'issue-date-distractor'],
  'CEU: points = 24. Issue date December 20 is a distractor; completion December 13.',
  'Renée Lefebvre-Tanaka', 'Molecular Diagnostics for the Clinical Laboratory Scientist', '2024-12-13', 2.4, 'CEU',
  ['Northbrook State University', 'Northbrook State University, Office of Continuing Education'], 'MLS 5010-CE',
  [('sub', 'Northbrook State University'), ('sub', 'Office of Continuing Education'), ('h', 'Certificate of Completion'),
   ('p', 'The Office of Continuing Education certifies that'), ('big', 'Renée Lefebvre-Tanaka'),
   ('p', 'has satisfactorily completed the course'), ('big', 'Molecular Diagnostics for the Clinical Laboratory Scientist'),
   ('p', 'Course No. MLS 5010-CE  •  Completed December 13, 2024'), ('p', 'and is awarded 2.4 Continuing Education Units (CEU)'),
   ('sig', [('Harriet Blomqvist, PhD', 'Dean, Continuing Education'), ('Samuel Etheridge, MS, MLS(ASCP)', 'Program Director')]),
   ('small', 'One CEU equals ten contact hours of participation.  Issued December 20, 2024.  Student ID 900417732'), ('small', 'Northbrook State University, Office of Continuing Education  •  200 College Avenue, Northbrook, MN 55990')],
  border=True, seal=True, serif=True)

# 18 vendor training – date range, serial distractor
C('zf18', 'vendor', 'fpdf', ['landscape', 'centred-award', 'date-range', 'vendor-training', 'serial-distractor'],
  'Onsite training April 22-24; gold last day. Instrument serial number is a distractor.',
  'Kenji Watanabe-Moore', 'Hematology Analyzer Operator Training: VX-9000 Series', '2025-04-24', 16.0, 'contact hour',
  ['Veridian Diagnostic Systems, Inc.'], 'VX9-OP-0425',
  [('sub', 'Veridian Diagnostic Systems, Inc.  •  Customer Education'), ('h', 'Certificate of Training'), ('p', 'This certifies that'),
   ('big', 'Kenji Watanabe-Moore, MLS(ASCP)CM'), ('p', 'has completed'),
   ('big', 'Hematology Analyzer Operator Training: VX-9000 Series'),
   ('p', 'April 22–24, 2025  •  Veridian Training Center, Raleigh, NC  •  16.0 P.A.C.E.® contact hours'),
   ('p', 'Training No. VX9-OP-0425     Instrument Serial No. VX9-22-004187'),
   ('small', 'Veridian Diagnostic Systems, Inc.' + PACE),
   ('sig', [('Bettina Lourenço, MT(ASCP)', 'Senior Applications Specialist')])], orient='L', border=True)

# 19 ASCP live webinar – letter-spaced caps name, Meeting word in title, wrapped + labelled date
C('zf19', 'ASCP', 'tcpdf', ['portrait', 'centred-award', 'letter-spaced-name', 'all-caps-name', 'format-line', 'wrapped-title+label', 'meeting-word-in-title'],
  'Name printed letter-spaced in capitals. LIVE WEBINAR is the format; "Meeting" is part of the real title.',
  'DEVON ASHBY', 'Leadership Essentials for New Laboratory Supervisors: Staffing, Scheduling, and Meeting Regulatory Expectations',
  '2025-02-26', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], None,
  [('sub', 'American Society for Clinical Pathology'), ('h', 'Certificate of Completion'), ('p', 'This is to certify that'),
   ('big', 'D E V O N   A S H B Y'), ('p', 'participated in the'), ('fmt', 'LIVE WEBINAR'),
   ('big', 'Leadership Essentials for New Laboratory Supervisors: Staffing, Scheduling, and Meeting Regulatory Expectations'),
   ('p', 'Date of Completion: February 26, 2025'), ('p', 'Credits: 1.0 CMLE'),
   ('small', 'The American Society for Clinical Pathology (ASCP) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('small', 'Certificate #: C-2025-114907   Printed: 03/01/2025')], border=True)

# 20 AABB Annual Meeting attendance – claimed vs max
C('zf20', 'AABB', 'chromium', ['landscape', 'centred-award', 'meeting-attendance', 'date-range', 'max-vs-claimed', 'several-credit-types'],
  'Meeting attendance; title = meeting name; last day of Oct 19-22. Claimed 18.0 vs max 30.0; AMA figure distractor.',
  'Oluwaseun Adebayo-Grant', '2024 AABB Annual Meeting', '2024-10-22', 18.0, 'contact hour',
  ['Association for the Advancement of Blood & Biotherapies', 'AABB'], None,
  [('sub', 'AABB  •  Association for the Advancement of Blood & Biotherapies'), ('h', 'Certificate of Attendance'),
   ('big', 'Oluwaseun Adebayo-Grant, MT(ASCP)SBB'), ('p', 'attended the'), ('big', '2024 AABB Annual Meeting'),
   ('p', 'October 19–22, 2024  •  George R. Brown Convention Center, Houston, Texas'),
   ('table', ['Credit type', 'Maximum', 'Claimed'], [['ASCLS P.A.C.E.® contact hours', '30.0', '18.0'], ['AMA PRA Category 1 Credits™', '30.0', '0.0']]),
   ('small', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.  Registration ID AM24-510983  •  Claimed 11/04/2024')],
  orient='L', border=True, serif=True)

# 21 CAP inspector training – labels above values
C('zf21', 'CAP', 'fodt', ['landscape', 'labels-above-values', 'course-number', 'inspection-word'],
  'Labels above values. Inspector training course; course code is the id.',
  'Wilhelmina Strand', 'Inspector Training: Laboratory General and Chemistry Checklists', '2024-08-08', 3.0, 'contact hour',
  ['College of American Pathologists', 'CAP'], 'IT-2024-LGC',
  [('sub', 'College of American Pathologists'), ('h', 'Certificate of Completion'),
   ('cols', [('Participant', 'Wilhelmina Strand, MLS(ASCP)'), ('Date of Completion', 'August 8, 2024')]),
   ('cols', [('Course', 'Inspector Training: Laboratory General and Chemistry Checklists')]),
   ('cols', [('Course No.', 'IT-2024-LGC'), ('P.A.C.E.® Contact Hours', '3.0'), ('CAP Customer No.', '2209981')]),
   ('small', 'The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Completion of this course does not confer inspector status.')],
  orient='L')

# 22 P.A.C.E.-approved provider, provider only in statement, wrapped title + labelled date
C('zf22', 'PACE-provider', 'docx', ['portrait', 'centred-award', 'provider-only-in-accreditation', 'wrapped-title+label', 'format-line', 'border'],
  'Provider only in P.A.C.E. statement. "Enduring Material" is the format.',
  'Rosalind Achterberg-Nwosu', 'Coagulation Testing in Patients on Direct Oral Anticoagulants: Interferences, Reversal Agents, and Reporting Practices',
  '2024-12-02', 1.5, 'contact hour', ['Summit Clinical Laboratory Education Network'], 'SCLEN-24-077',
  [('h', 'Certificate of Completion'), ('p', 'This certifies that'), ('big', 'Rosalind Achterberg-Nwosu, MLS(ASCP)CM'),
   ('p', 'has completed the'), ('fmt', 'Enduring Material'),
   ('big', 'Coagulation Testing in Patients on Direct Oral Anticoagulants: Interferences, Reversal Agents, and Reporting Practices'),
   ('p', 'Date of completion: December 2, 2024'), ('p', 'Course No. SCLEN-24-077   •   1.5 contact hours'), ('sp',),
   ('small', 'Summit Clinical Laboratory Education Network' + PACE),
   ('small', 'Certificate verification code 7KQ-44D-9TX  •  Valid for P.A.C.E.® reporting through 12/31/2027')], border=True)

# 23 LabCE – PostScript, table with course number
C('zf23', 'LabCE', 'ghostscript', ['landscape', 'course-table', 'border', 'hyphenated-id'],
  'Course table; order and Florida numbers are distractors.',
  'Maximilian Oyelaran-Hart', 'Transfusion Reaction Investigation: A Case-Based Approach', '2024-07-17', 1.5, 'contact hour', ['LabCE'], '1342',
  [('h', 'Certificate of Completion'), ('sub', 'LabCE  •  Online Continuing Education for the Laboratory'),
   ('p', 'This certifies that Maximilian Oyelaran-Hart has completed the following course:'),
   ('table', ['Course', 'Course #', 'Date Completed', 'P.A.C.E.® Contact Hours'],
    [['Transfusion Reaction Investigation: A Case-Based Approach', '1342', '07/17/2024', '1.5']], [300, 90, 126, 156]),
   ('small', 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('small', 'Order No. 5120877  •  Florida CE Broker tracking #20-661204  •  Printed 08/01/2024')],
  orient='L', border=True)

# 24 MediaLab – two page, table of course
C('zf24', 'MediaLab', 'reportlab-platypus', ['portrait', 'two-page', 'course-table', 'all-caps-name'],
  'Two pages; page 2 repeats details and objectives. ALL-CAPS name.',
  'CHLOE MARTÍNEZ-VOGEL', 'Quality Control: Westgard Rules in Practice', '2025-05-27', 2.0, 'contact hour',
  ['MediaLab, Inc.', 'MediaLab'], 'ML-5061',
  [('sub', 'MediaLab, Inc.'), ('h', 'Certificate of Completion'), ('p', 'This certifies that'), ('big', 'CHLOE MARTÍNEZ-VOGEL'),
   ('p', 'has completed the online course'), ('big', 'Quality Control: Westgard Rules in Practice'),
   ('table', ['Course Number', 'Date Completed', 'Contact Hours', 'Level'], [['ML-5061', '05/27/2025', '2.0', 'Intermediate']]),
   ('p', 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('page',), ('sub', 'Course Details'),
   ('p', 'Objectives: apply single- and multi-rule QC; distinguish random from systematic error; document corrective action.'),
   ('small', 'Customer No. 2290-17744  •  Page 2 of 2')], border=True)

# 25 ADLM – annual meeting session, labels above values, Chromium
C('zf25', 'ADLM', 'chromium', ['portrait', 'labels-above-values', 'session-certificate', 'date-range'],
  'Session certificate from ADLM 2025 (July 27-31); session date July 29. Session no. is the id.',
  'Sebastián Ocampo-Ruiz', 'Harmonizing Troponin Reporting Across Health Systems', '2025-07-29', 1.5, 'contact hour',
  ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '33214',
  [('sub', 'Association for Diagnostics & Laboratory Medicine'), ('h', 'ADLM 2025 Session Certificate'),
   ('p', 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo  •  July 27–31, 2025  •  Chicago, IL'),
   ('cols', [('Participant', 'Sebastián Ocampo-Ruiz, PhD'), ('Session Date', 'July 29, 2025')]),
   ('cols', [('Session Title', 'Harmonizing Troponin Reporting Across Health Systems')]),
   ('cols', [('Session Number', '33214'), ('ACCENT® Contact Hours', '1.5'), ('Badge ID', 'ADLM25-40918')]),
   ('small', 'ADLM designates this educational activity for a maximum of 1.5 ACCENT® credit hours.')])

# 26 NSH symposium attendance – fpdf
C('zf26', 'NSH', 'fpdf', ['landscape', 'centred-award', 'meeting-attendance', 'date-range', 'border'],
  'Meeting attendance; title = meeting name; last day of range.',
  'Beatrix Quayle', 'NSH 50th Annual Symposium/Convention', '2024-09-10', 12.0, 'contact hour',
  ['National Society for Histotechnology', 'NSH'], None,
  [('sub', 'National Society for Histotechnology'), ('h', 'Certificate of Attendance'), ('big', 'Beatrix Quayle, HTL(ASCP)'),
   ('p', 'attended the'), ('big', 'NSH 50th Annual Symposium/Convention'),
   ('p', 'September 6–10, 2024  •  Providence, Rhode Island  •  12.0 contact hours'),
   ('small', 'NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.  Member No. 104477'),
   ('sig', [('Jolene Harrower, HT(ASCP)', 'NSH President'), ('Ansel Pritchard, BS, HTL', 'Symposium Chair')])],
  orient='L', border=True)

# 27 AMT – state meeting, letter style
C('zf27', 'AMT', 'reportlab-canvas', ['portrait', 'letter-style', 'two-column-label-value', 'suffix'],
  'Suffix Sr. kept. Unit CE hour.',
  'Raymond E. Castellano Sr.', 'Point-of-Care Glucose Testing: Regulations and Competency Assessment', '2024-05-18', 2.0, 'CE hour',
  ['American Medical Technologists', 'AMT'], 'AMT-24-0518-02',
  [('sub', 'American Medical Technologists'), ('sub', '10700 W. Higgins Road, Suite 150, Rosemont, IL 60018'), ('sp',),
   ('h', 'Continuing Education Record'), ('p', 'The following continuing education has been recorded for:'),
   ('kv', [('Name', 'Raymond E. Castellano Sr., MT(AMT)'), ('Program', 'Point-of-Care Glucose Testing: Regulations and Competency Assessment'),
           ('Program ID', 'AMT-24-0518-02'), ('Date', 'May 18, 2024'), ('CE hours', '2.0'), ('AMT ID', '55210398')]),
   ('sig', [('Gwendolyn Ferreira, MBA', 'AMT Education Department')]), ('small', 'amt1.com  •  Generated 05/22/2024')], align='L')

# 28 hospital grand rounds – docx, Grossing title & In-service
C('zf28', 'hospital', 'docx', ['portrait', 'centred-award', 'department-provider', 'grossing-in-title', 'presented-by-distractor', 'signatures'],
  'Education council is provider. Speaker name is a distractor.',
  'Anneliese Kowalczyk-Boateng', 'Grossing Safety and Formalin Exposure Control', '2024-11-19', 1.0, 'contact hour',
  ['St. Aldric University Hospital', 'St. Aldric University Hospital, Laboratory Education Council'], '2024-47',
  [('sub', 'St. Aldric University Hospital'), ('sub', 'Laboratory Education Council'), ('h', 'Certificate of Attendance'),
   ('big', 'Anneliese Kowalczyk-Boateng, HT(ASCP)'), ('p', 'attended the laboratory in-service'),
   ('big', 'Grossing Safety and Formalin Exposure Control'), ('p', 'presented by Phineas Albright, PhD, CIH'),
   ('p', 'Date: November 19, 2024     Class No. 2024-47     1.0 P.A.C.E.® contact hour'),
   ('small', 'St. Aldric University Hospital, Laboratory Education Council' + PACE),
   ('sig', [('Yolanda Prieto-Sharma, MLS(ASCP)', 'Chair, Laboratory Education Council'), ('Graham Lindqvist, MD', 'Laboratory Medical Director')]),
   ('small', 'Employee No. 118832')], border=True)

# 29 public health webinar – tcpdf, LIVE WEBINAR
C('zf29', 'public-health', 'tcpdf', ['portrait', 'centred-award', 'format-line', 'state-phl', 'wrapped-title+label'],
  '"Live Webinar" is the format. Department of Health laboratory as provider.',
  'Nadia Petrosyan', 'Laboratory Response to Emerging Arboviruses: Specimen Referral, Testing Algorithms, and Result Reporting to Public Health',
  '2024-08-27', 1.0, 'contact hour',
  ['Commonwealth of Westmarch Department of Health', 'Commonwealth of Westmarch Department of Health, Bureau of Laboratories'], 'BOL-W-2408',
  [('sub', 'Commonwealth of Westmarch Department of Health'), ('sub', 'Bureau of Laboratories'), ('h', 'Certificate of Completion'),
   ('p', 'Nadia Petrosyan'), ('p', 'has attended the'), ('fmt', 'Live Webinar'),
   ('big', 'Laboratory Response to Emerging Arboviruses: Specimen Referral, Testing Algorithms, and Result Reporting to Public Health'),
   ('p', 'Date of attendance: August 27, 2024'), ('p', 'Offering No. BOL-W-2408   |   1.0 contact hour'),
   ('small', 'Commonwealth of Westmarch Department of Health, Bureau of Laboratories' + PACE),
   ('small', 'Registration No. 88-20417  •  Questions: labtraining@westmarch-health.example')])

# 30 joint accreditation – platypus, several credit types table, maximum vs claimed
C('zf30', 'joint-accreditation', 'reportlab-platypus', ['landscape', 'centred-award', 'several-credit-types', 'credit-table', 'max-vs-claimed', 'format-line'],
  'Joint accreditation: table of credit types; gold is the claimed P.A.C.E. figure. "Enduring Material" is the format.',
  'Elif Demir-Halloran', 'Antimicrobial Stewardship and the Clinical Microbiology Laboratory', '2025-01-15', 0.75, 'contact hour',
  ['Meridian Center for Health Professions Education'], 'MC-0450-25',
  [('sub', 'Meridian Center for Health Professions Education'), ('h', 'Certificate of Completion'), ('big', 'Elif Demir-Halloran, MS, MLS(ASCP)'),
   ('p', 'completed the'), ('fmt', 'Enduring Material'), ('big', 'Antimicrobial Stewardship and the Clinical Microbiology Laboratory'),
   ('p', 'Activity No. MC-0450-25   •   Completed January 15, 2025'),
   ('table', ['Credit', 'Max', 'Claimed'], [['AMA PRA Category 1 Credits™', '1.00', '1.00'], ['ANCC contact hours', '1.00', '1.00'], ['ACPE contact hours', '1.00', '1.00'], ['P.A.C.E.® contact hours', '1.00', '0.75']]),
   ('small', 'In support of improving patient care, Meridian Center for Health Professions Education is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC). Meridian Center for Health Professions Education' + PACE)],
  orient='L', border=True)

# 31 university CEU – fodt, letter style
C('zf31', 'university', 'fodt', ['portrait', 'letter-style', 'ceu', 'department-provider', 'conferral-date-distractor'],
  'CEU 1.5 → points 15. Letter dated later than completion.',
  'Ptolemy Haskins', 'Introduction to Clinical Flow Cytometry', '2024-10-30', 1.5, 'CEU',
  ['University of Ashgrove', 'University of Ashgrove, School of Professional and Continuing Studies'], 'CE-FLOW-101',
  [('sub', 'University of Ashgrove'), ('sub', 'School of Professional and Continuing Studies'), ('sp',), ('p', 'November 8, 2024'),
   ('p', 'To Whom It May Concern:'),
   ('p', 'This letter verifies that Ptolemy Haskins successfully completed the non-credit course listed below and was awarded Continuing Education Units (CEUs).'),
   ('kv', [('Course:', 'Introduction to Clinical Flow Cytometry'), ('Course No.:', 'CE-FLOW-101'), ('Dates:', 'October 2–30, 2024'),
           ('CEUs awarded:', '1.5 CEU (15 contact hours)'), ('Student No.:', 'A00938127')]),
   ('p', 'Sincerely,'), ('sp',), ('p', 'Ilse Marchetti, EdD'), ('p', 'Registrar, Professional and Continuing Studies'), ('sp',), ('small', 'University of Ashgrove, School of Professional and Continuing Studies  •  12 Quarry Lane, Ashgrove, VT 05601  •  Page 1 of 1')], align='L')

# 32 vendor webinar – acroform
C('zf32', 'vendor', 'acroform', ['portrait', 'centred-award', 'vendor-webinar', 'format-line', 'provider-only-in-accreditation'],
  'Vendor named as issuer and in P.A.C.E. statement. "On-Demand Webinar" is the format.',
  'Miguel Santos', 'Automated Urinalysis Workflow Optimization', '2025-06-11', 1.0, 'contact hour',
  ['Cobaltline Laboratory Solutions'], 'CLS-WEB-119',
  [('sub', 'Cobaltline Laboratory Solutions'), ('h', 'Certificate of Completion'), ('p', 'This certifies that'),
   ('big', 'Miguel Santos'), ('p', 'has completed the'), ('fmt', 'On-Demand Webinar'), ('big', 'Automated Urinalysis Workflow Optimization'),
   ('kv', [('Completion date:', 'June 11, 2025'), ('Course ID:', 'CLS-WEB-119'), ('Contact hours:', '1.0')]),
   ('small', 'Cobaltline Laboratory Solutions' + PACE), ('small', 'Account No. 0040-5512  •  This program is not product training.')],
  border=True)

# 33 ASCP – PostScript, labels above values, eCast-like "Live Virtual Session"? -> ASCP annual meeting session
C('zf33', 'ASCP', 'ghostscript', ['landscape', 'labels-above-values', 'session-certificate', 'date-range', 'border'],
  'Session certificate from ASCP 2024 (Oct 16-18), session date Oct 17; CMLE.',
  'Augustin Delacroix', 'Digital Pathology Validation: Meeting CAP Guideline Requirements', '2024-10-17', 1.0, 'CMLE',
  ['American Society for Clinical Pathology', 'ASCP'], '4107',
  [('sub', 'American Society for Clinical Pathology'), ('h', 'ASCP 2024 Annual Meeting'),
   ('p', 'October 16–18, 2024  •  Chicago, Illinois  •  Session Certificate'),
   ('cols', [('Participant', 'Augustin Delacroix, MD'), ('Session Date', 'October 17, 2024')]),
   ('cols', [('Session Title', 'Digital Pathology Validation: Meeting CAP Guideline Requirements')]),
   ('cols', [('Session No.', '4107'), ('Credit', '1.0 CMLE'), ('Registration No.', 'AM24-33910')]),
   ('small', 'ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')],
  orient='L', border=True)

# 34 ASCLS webinar – platypus, Ethics/Orientation? -> title with "Orientation" for new CLS
C('zf34', 'ASCLS', 'reportlab-platypus', ['portrait', 'centred-award', 'format-line', 'eCast', 'orientation-in-title'],
  '"eCast" format line; "Orientation" belongs to the real title.',
  'Jasmine Okonkwo', 'New Graduate Orientation to the Clinical Laboratory Workforce', '2025-05-07', 1.0, 'contact hour',
  ['American Society for Clinical Laboratory Science', 'ASCLS'], '25-EC-0507',
  [('sub', 'American Society for Clinical Laboratory Science (ASCLS)'), ('h', 'Certificate of Completion'), ('p', 'This certifies that'),
   ('big', 'Jasmine Okonkwo, MLS(ASCP)CM'), ('p', 'completed the ASCLS'), ('fmt', 'eCast'),
   ('big', 'New Graduate Orientation to the Clinical Laboratory Workforce'),
   ('p', 'on May 7, 2025   •   Program No. 25-EC-0507   •   1.0 P.A.C.E.® contact hour'),
   ('sig', [('Tamsin Whitcombe, MS, MLS(ASCP)', 'ASCLS Education Director')]), ('small', 'Member ID 2231098')], border=True, seal=True)

# 35 P.A.C.E.-approved provider – canvas, landscape, issuer line above heading
C('zf35', 'PACE-provider', 'reportlab-canvas', ['landscape', 'centred-award', 'issuer-line', 'format-line', 'wrapped-title+label', 'border'],
  'Issuer line over "Certificate of Completion". "Self-Study" is the format.',
  'Graciela Fuentes-Whitby', 'Body Fluid Cell Counts and Differentials: Cerebrospinal, Serous, and Synovial Specimens in the Modern Hematology Laboratory',
  '2024-06-28', 2.0, 'contact hour', ['Blue Heron Laboratory Learning'], 'BH-2206',
  [('sub', 'Blue Heron Laboratory Learning'), ('h', 'Certificate of Completion'), ('p', 'Graciela Fuentes-Whitby, MLS(ASCP)'),
   ('p', 'has completed the'), ('fmt', 'Self-Study'),
   ('big', 'Body Fluid Cell Counts and Differentials: Cerebrospinal, Serous, and Synovial Specimens in the Modern Hematology Laboratory'),
   ('p', 'Date of completion: June 28, 2024'), ('p', 'Course No. BH-2206  •  2.0 P.A.C.E.® contact hours'),
   ('small', 'Blue Heron Laboratory Learning' + PACE)], orient='L', border=True, serif=True)

# 36 CAP – docx, joint-accredited several credit types, letter
C('zf36', 'CAP', 'docx', ['portrait', 'letter-style', 'several-credit-types', 'two-column-label-value', 'format-line'],
  'Several credit types: only the P.A.C.E. figure is gold (1.0); AMA PRA 1.5 and ABPath SAM 1.5 are distractors. Webinar format line.',
  'Cornelius Abernathy III', 'Molecular Testing for Myeloid Neoplasms: NGS Panel Interpretation', '2025-04-09', 1.0, 'contact hour',
  ['College of American Pathologists', 'CAP'], '25-WB-1204',
  [('sub', 'College of American Pathologists'), ('sub', '325 Waukegan Road, Northfield, IL 60093'), ('sp',), ('h', 'Credit Certificate'),
   ('fmt', 'Live Webinar'), ('big', 'Molecular Testing for Myeloid Neoplasms: NGS Panel Interpretation'),
   ('kv', [('Name', 'Cornelius Abernathy III, MD, PhD'), ('Activity ID', '25-WB-1204'), ('Date of activity', 'April 9, 2025'),
           ('AMA PRA Category 1 Credits™', '1.5'), ('ABPath SAM credit', '1.5'), ('ASCLS P.A.C.E.® contact hours', '1.0')]),
   ('small', 'The CAP designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credits™. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (1.0 contact hour).')],
  align='L')

# 37 ASM – acroform, virtual workshop
C('zf37', 'ASM', 'acroform', ['portrait', 'centred-award', 'format-line', 'workshop'],
  '"Live Virtual Session" is the format.',
  'Harriet Nakamura-Oduya', 'Anaerobe Identification Workshop', '2024-03-21', 3.5, 'contact hour',
  ['American Society for Microbiology', 'ASM'], 'WS-2403',
  [('sub', 'American Society for Microbiology'), ('h', 'Certificate of Completion'), ('p', 'presented to'),
   ('big', 'Harriet Nakamura-Oduya'), ('p', 'for participation in the'), ('fmt', 'Live Virtual Session'), ('big', 'Anaerobe Identification Workshop'),
   ('kv', [('Date:', 'March 21, 2024'), ('Course No.:', 'WS-2403'), ('P.A.C.E. contact hours:', '3.5')]),
   ('small', 'ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),
   ('small', 'Workshop faculty: Ludmila Kerensky, PhD, D(ABMM)  •  Order ID 77-220411')], border=True)

# 38 state society webinar – chromium, letter-spaced name, provider with "for"
C('zf38', 'state-society', 'chromium', ['portrait', 'centred-award', 'letter-spaced-name', 'format-line', 'wrapped-title+label'],
  'Letter-spaced name in mixed case. "LIVE WEBINAR" format.',
  'Sarah Lindgren', 'Hemoglobinopathy Screening and Interpretation of HPLC and Capillary Electrophoresis Patterns in Adult and Neonatal Samples',
  '2025-03-11', 1.0, 'contact hour', ['Cascade Society for Clinical Laboratory Science', 'CSCLS'], '2025-W03',
  [('sub', 'Cascade Society for Clinical Laboratory Science (CSCLS)'), ('h', 'Certificate of Completion'), ('p', 'awarded to'),
   ('big', 'S a r a h   L i n d g r e n'), ('p', 'for participation in the'), ('fmt', 'LIVE WEBINAR'),
   ('big', 'Hemoglobinopathy Screening and Interpretation of HPLC and Capillary Electrophoresis Patterns in Adult and Neonatal Samples'),
   ('p', 'Date of completion: March 11, 2025'), ('p', 'Webinar Program No. 2025-W03  •  1.0 P.A.C.E.® contact hour'),
   ('small', 'Cascade Society for Clinical Laboratory Science' + PACE),
   ('sig', [('Ophelia Brandt, MLS(ASCP)', 'CSCLS Education Chair')])], border=True)

# 39 hospital – tcpdf, two-page, labels above values
C('zf39', 'hospital', 'tcpdf', ['portrait', 'two-page', 'labels-above-values', 'department-provider', 'competency-distractor'],
  'Two pages; hospital Department of Pathology education as provider. Second page is agenda.',
  'Kofi Mensah-Laurent', 'Blood Culture Contamination Reduction: Collection Technique and Feedback', '2024-12-11', 1.0, 'contact hour',
  ['Lakeshore Regional Health', 'Lakeshore Regional Health, Department of Pathology and Laboratory Medicine'], 'PLM-1211',
  [('sub', 'Lakeshore Regional Health'), ('sub', 'Department of Pathology and Laboratory Medicine'), ('h', 'Continuing Education Certificate'),
   ('cols', [('Participant', 'Kofi Mensah-Laurent, MLT(ASCP)'), ('Date of Completion', 'December 11, 2024')]),
   ('cols', [('Activity', 'Blood Culture Contamination Reduction: Collection Technique and Feedback')]),
   ('cols', [('Activity No.', 'PLM-1211'), ('Contact Hours', '1.0'), ('Employee ID', 'E-40981')]),
   ('small', 'Lakeshore Regional Health, Department of Pathology and Laboratory Medicine' + PACE),
   ('page',), ('sub', 'Agenda'),
   ('table', ['Time', 'Topic', 'Speaker'], [['07:30', 'Contamination rates and benchmarks', 'Priscilla Aho, MS'], ['08:00', 'Skin antisepsis and diversion devices', 'Idris Falkner, RN'], ['08:20', 'Unit feedback and Q&A', 'Panel']]),
   ('small', 'Page 2 of 2')])

# 40 CLSI – fpdf, letter-style, Program No. without colon, provider with "and"
C('zf40', 'CLSI', 'fpdf', ['portrait', 'letter-style', 'program-no-without-colon', 'format-line', 'two-column-label-value'],
  '"Self-Study Module" is the format; Program No. without colon.',
  'Eleanor Vasquez-Tran', 'Method Comparison and Bias Estimation (EP09)', '2024-09-05', 2.0, 'contact hour',
  ['Clinical and Laboratory Standards Institute', 'CLSI'], '240-905-24',
  [('sub', 'Clinical and Laboratory Standards Institute (CLSI)'), ('sub', '950 West Valley Road, Suite 2500, Wayne, PA 19087'), ('sp',),
   ('h', 'Certificate of Completion'), ('p', 'Eleanor Vasquez-Tran, MLS(ASCP)CM has completed the CLSI'), ('fmt', 'Self-Study Module'),
   ('big', 'Method Comparison and Bias Estimation (EP09)'),
   ('p', 'Program No. 240-905-24'), ('kv', [('Completed', 'September 5, 2024'), ('Credit', '2.0 P.A.C.E.® contact hours'), ('Order No.', 'CLSI-556019')]),
   ('small', 'Clinical and Laboratory Standards Institute' + PACE)], align='L')

def main():
    os.makedirs(TMP, exist_ok=True)
    only = set(sys.argv[1:])
    office = []
    for c in CERTS:
        if only and c['id'] not in only: continue
        out = os.path.join(HERE, c['id'] + '.pdf'); p = c['gold']['producer']
        json.dump(c['gold'], open(os.path.join(HERE, c['id'] + '.gold.json'), 'w'), indent=1, ensure_ascii=False)
        if p in ('fodt', 'docx'): office.append((c['doc'], p, out)); continue
        print('build', c['id'], p, flush=True)
        engine.RENDER[p](c['doc'], out)
    if office:
        print('build office', [d['id'] for d, k, o in office], flush=True)
        engine.render_office(office)


def readme():
    from collections import Counter
    g = [c['gold'] for c in CERTS]
    out = [open(os.path.join(HERE, 'readme_head.md')).read(), '\n## Counts\n\n| style | n |\n|---|---|']
    out += [f'| {k} | {v} |' for k, v in sorted(Counter(x['style'] for x in g).items())]
    out += ['', '| producer | n |', '|---|---|'] + [f'| {k} | {v} |' for k, v in sorted(Counter(x['producer'] for x in g).items())]
    out += ['', '## Certificates', '', '| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |', '|---|---|---|---|---|---|---|---|---|---|---|']
    for c in CERTS:
        x = c['gold']
        out.append(f"| {c['id']} | {x['style']} | {x['producer']} | {x['name']} | {x['title']} | {x['date']} | {x['credits']} | {x['unit']} | {x['points']} | {'; '.join(x['provider'])} | {x['activity_id'] or '—'} |")
    out += ['', '## Notes per certificate', ''] + [f"- **{c['id']}** ({', '.join(c['gold']['layout'])}): {c['gold']['notes']}" for c in CERTS]
    open(os.path.join(HERE, 'README.md'), 'w').write('\n'.join(out) + '\n')

if __name__ == '__main__':
    main()
    readme()
