# -*- coding: utf-8 -*-
"""Certificate specifications and gold answers for the z30 blind set (all people/activities invented)."""

ORDER = ['chromium', 'fodt', 'docx', 'fpdf', 'tcpdf', 'reportlab-canvas', 'reportlab-platypus',
         'acroform', 'ghostscript']
PACE = 'is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.'
CERTS = []


def C(style, layout, notes, gold, blocks, orient='P', align='C', family='serif', border=0, seal=None):
    n = len(CERTS) + 1
    g = dict(gold)
    g['points'] = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
    CERTS.append(dict(id='yd%02d' % n, style=style, producer=ORDER[(n - 1) % 9], layout=layout, notes=notes,
                      gold=g, orient=orient, align=align, family=family, border=border, seal=seal, blocks=blocks))


def G(name, title, date, credits, unit, provider, aid=None):
    return dict(name=name, title=title, date=date, credits=credits, unit=unit, provider=provider, activity_id=aid)


# 01 chromium
C('ASCP', ['landscape', 'centred-award', 'border', 'format-line', 'long-title-then-label', 'seal'],
  'Issuer line over heading; "On-Demand Webinar" format line; transcript no. distractor.',
  G('Marisol Quintero-Baptiste', 'Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocytes, Spherocytes, and Common Pitfalls',
    '2025-03-14', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], '25-0417'),
  [('h2', 'American Society for Clinical Pathology'), ('h1', 'Certificate of Completion'), ('p', 'This certifies that'),
   ('name', 'Marisol Quintero-Baptiste, MLS(ASCP)CM'), ('p', 'has successfully completed the'), ('fmt', 'On-Demand Webinar'),
   ('title', 'Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocytes, Spherocytes, and Common Pitfalls'),
   ('p', 'Date of completion: March 14, 2025'),
   ('p', 'Course No. 25-0417  \u2022  1.0 CMLE credit awarded'),
   ('sig', [('Dana Whitcombe, MS, MLS(ASCP)CM', 'Director, Continuing Education'), ('Rafael Ostrowski, MD, FASCP', 'Chair, Education Committee')]),
   ('small', 'ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences under the ASCLS P.A.C.E.\u00ae Program. Transcript No. 88431207 \u2022 Printed 04/02/2025')],
  orient='L', border=2, seal='ASCP|CMLE|2025')

# 02 fodt
C('AABB', ['portrait', 'letter', 'left-aligned', 'labels-above-values', 'format-line', 'multi-credit'],
  'Provider name contains "for" and "&"; eCast format line; labels above values; AMA PRA figure is a distractor.',
  G('Tobias Lindqvist', 'Patient Blood Management Metrics That Matter: Building a Transfusion Audit Program',
    '2025-02-19', 1.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25EC-118'),
  [('h2', 'Association for the Advancement of Blood & Biotherapies'), ('h1', 'Certificate of Attendance'),
   ('p', 'This is to certify that the participant named below attended the'), ('fmt', 'eCast'),
   ('title', 'Patient Blood Management Metrics That Matter: Building a Transfusion Audit Program'),
   ('cols', [('Participant', 'Tobias Lindqvist, MT(ASCP)SBB'), ('Date of Completion', 'February 19, 2025'), ('Program No.', '25EC-118')]),
   ('p', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This program has been approved for 1.5 contact hours.'),
   ('p', 'AABB is accredited by the ACCME to provide continuing medical education for physicians. AABB designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122.'),
   ('p', 'Member ID: 00417735   Registration No. R-5520931'),
   ('sig', [('Celeste Marchetti', 'Director, Education')]),
   ('small', '4550 Montgomery Avenue, Suite 700 North Tower, Bethesda, MD 20814 \u2022 www.aabb.org')],
  align='L', family='sans')

# 03 docx
C('CAP', ['portrait', 'centred-award', 'table', 'multi-credit', 'grossing-title'],
  'Joint-accredited CAP activity; table lists AMA PRA, ABPath SAM and P.A.C.E.; only P.A.C.E. is gold; "Grossing" is a course word.',
  G('Harriet Okonkwo-Bell', 'Grossing Techniques for Complex Gastrointestinal Resections', '2025-04-08', 1.5, 'contact hour',
    ['College of American Pathologists', 'CAP'], 'LS25-0933'),
  [('h1', 'Certificate of Completion'), ('h2', 'College of American Pathologists'), ('sp', 8),
   ('p', 'awarded to'), ('name', 'Harriet Okonkwo-Bell, PA(ASCP)CM'),
   ('p', 'for completion of the Learning System course'), ('title', 'Grossing Techniques for Complex Gastrointestinal Resections'),
   ('p', 'Activity ID: LS25-0933          Completed: April 8, 2025'),
   ('table', ['Credit type', 'Maximum available', 'Claimed'],
    [['AMA PRA Category 1 Credits\u2122', '2.00', '2.00'], ['ABPath Self-Assessment Module (SAM)', '2.00', '2.00'],
     ['ASCLS P.A.C.E.\u00ae contact hours', '2.00', '1.50']]),
   ('small', 'The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians. The CAP ' + PACE),
   ('small', 'Certificate issued May 1, 2025 \u2022 Customer No. 3349018')])

# 04 fpdf
C('ASCLS', ['landscape', 'centred-award', 'border', 'meeting-range'],
  'ASCLS annual meeting; conference date range (gold = last day); ASCLS is its own P.A.C.E. provider.',
  G('DEVIN A. MARSH', 'ASCLS 2025 Joint Annual Meeting', '2025-07-26', 12.5, 'contact hour',
    ['American Society for Clinical Laboratory Science', 'ASCLS'], '519-101-25'),
  [('h2', 'American Society for Clinical Laboratory Science'), ('h1', 'CERTIFICATE OF ATTENDANCE'),
   ('p', 'presented to'), ('name', 'DEVIN A. MARSH, MLS(ASCP)CM'), ('p', 'for participation in the'),
   ('title', 'ASCLS 2025 Joint Annual Meeting'), ('p', 'Chicago, Illinois  \u2022  July 22\u201326, 2025'),
   ('p', 'Total P.A.C.E.\u00ae contact hours earned: 12.5      Program No. 519-101-25'),
   ('sig', [('Lorraine Veit, EdD, MLS(ASCP)CM', 'ASCLS President'), ('Kenji Harada, MS', 'P.A.C.E.\u00ae Administrator')]),
   ('small', 'Member #4471802 \u2022 Claimed 08/03/2025')],
  orient='L', border=2, family='serif')

# 05 tcpdf
C('LabCE', ['portrait', 'two-column-kv', 'left-aligned'],
  'LabCE online course; two-column label/value; order no. distractor.',
  G('Priya Raghunathan', 'Urine Sediment Microscopy: Casts, Crystals, and Cells', '2025-01-27', 2.0, 'contact hour',
    ['LabCE'], '1184'),
  [('h1', 'Certificate of Completion'), ('h2', 'LabCE \u2014 Online Continuing Education for Laboratory Professionals'), ('sp', 10),
   ('kv', [('Participant:', 'Priya Raghunathan', 'name'), ('Course:', 'Urine Sediment Microscopy: Casts, Crystals, and Cells'),
           ('Course #:', '1184'), ('Completion Date:', '01/27/2025', 'date'), ('Credit:', '2.0 contact hours (P.A.C.E.\u00ae)'),
           ('Order No.:', 'ORD-2025-771045')]), ('sp', 6),
   ('p', 'LabCE ' + PACE),
   ('p', 'Florida Board of Clinical Laboratory Personnel provider #50-12345 (invented)'),
   ('sig', [('Nathan Ellsworth, MS, MLS(ASCP)', 'Education Director')]),
   ('small', 'Printed: 02/15/2025  \u2022  www.labce.com')],
  align='L', family='sans')

# 06 reportlab-canvas
C('MediaLab', ['portrait', 'centred-award', 'border', 'safety-title', 'letter-spaced-name'],
  'Course title contains "Safety"; letter-spaced name; certificate number distractor.',
  G('SARAH KIM', 'Laboratory Safety: Chemical Hygiene and Spill Response', '2025-05-02', 1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], None),
  [('h2', 'MediaLab, Inc.'), ('h1', 'Certificate of Completion'), ('sp', 6), ('p', 'This is to certify that'),
   ('name', 'S A R A H   K I M'), ('p', 'has completed the course'),
   ('title', 'Laboratory Safety: Chemical Hygiene and Spill Response'),
   ('p', 'on May 2, 2025 and has been awarded 1.0 contact hour of P.A.C.E.\u00ae credit.'), ('sp', 10),
   ('p', 'MediaLab ' + PACE, 9.5),
   ('sig', [('Gwendolyn Parrish, MT(ASCP)', 'Continuing Education Coordinator')]),
   ('small', 'Certificate No. ML-20250502-55813 \u2022 Valid for verification through 05/02/2028')],
  border=1, family='sans', seal='MEDIALAB|P.A.C.E.')

# 07 platypus
C('ADLM', ['portrait', 'letter', 'left-aligned', 'format-line', 'long-title-then-label'],
  'ADLM (formerly AACC) webinar; "LIVE WEBINAR" format line; long title wraps directly followed by labelled date.',
  G('Alejandro Figueroa Núñez', 'Beyond the Reference Interval: Applying Patient-Based Real-Time Quality Control in High-Volume Chemistry Laboratories',
    '2025-06-11', 1.0, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], 'W-25-0611'),
  [('h2', 'Association for Diagnostics & Laboratory Medicine (ADLM)'), ('h1', 'Certificate of Participation'), ('sp', 8),
   ('p', 'Alejandro Figueroa Núñez, PhD, DABCC', 15), ('p', 'participated in the following educational activity:'),
   ('fmt', 'LIVE WEBINAR'),
   ('title', 'Beyond the Reference Interval: Applying Patient-Based Real-Time Quality Control in High-Volume Chemistry Laboratories'),
   ('p', 'Date of activity: June 11, 2025'), ('p', 'Activity No. W-25-0611'),
   ('p', 'ADLM designates this activity for 1.0 ACCENT\u00ae contact hour. ADLM is accredited by the ACCME to provide continuing medical education for physicians and designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122.'),
   ('sig', [('Yolanda Breckenridge, PhD', 'Senior Director, Education')]),
   ('small', 'Formerly AACC \u2022 900 Seventh Street NW, Suite 400, Washington, DC 20001')],
  align='L', family='serif')

# 08 acroform
C('NSH', ['landscape', 'centred-award', 'border', 'acroform-fields', 'meeting-session'],
  'NSH symposium session certificate: session date inside a conference range is gold; "Symposium/Convention" name is not the title.',
  G('Colette Beaumont-Ruiz', 'Troubleshooting Special Stains: Silver Impregnation Methods', '2025-09-13', 1.5, 'CE hour',
    ['National Society for Histotechnology', 'NSH'], 'S-217'),
  [('h2', 'National Society for Histotechnology'), ('h1', 'Certificate of Attendance'), ('p', 'NSH 51st Annual Symposium/Convention \u2022 September 11\u201316, 2025'),
   ('p', 'This certifies that'), ('name', 'Colette Beaumont-Ruiz, HTL(ASCP)CM', None, 'name'),
   ('p', 'attended the workshop'), ('title', 'Troubleshooting Special Stains: Silver Impregnation Methods'),
   ('kv', [('Session No.', 'S-217', 'sid'), ('Session Date', 'September 13, 2025', 'sdate'), ('CE Hours', '1.5', 'hrs')]),
   ('small', 'NSH ' + PACE + ' Badge No. 10382'),
   ('sig', [('Marguerite Oyelaran, HT(ASCP)', 'NSH Education Chair')])],
  orient='L', border=1)

# 09 ghostscript
C('AMT', ['portrait', 'left-aligned', 'letter', 'suffix-name'],
  'AMT online CE letter; name with Jr.; member number distractor.',
  G('Raymond T. Collins Jr.', 'Phlebotomy Complications: Recognizing and Preventing Nerve Injury', '2025-03-30', 1.0, 'CE hour',
    ['American Medical Technologists', 'AMT'], '2503-PH14'),
  [('h2', 'American Medical Technologists'), ('h1', 'Certificate of CE Completion', 22), ('sp', 10),
   ('p', 'Raymond T. Collins Jr., MT(AMT)'), ('p', 'AMT Member No. 1088342'), ('sp', 8),
   ('p', 'Congratulations on completing the AMT STEPS online activity listed below.'),
   ('title', 'Phlebotomy Complications: Recognizing and Preventing Nerve Injury'),
   ('kv', [('Date completed:', 'March 30, 2025'), ('Activity code:', '2503-PH14'), ('CE hours awarded:', '1.0 CE hour')]),
   ('p', 'These CE hours may be applied toward AMT Certification Continuation Program requirements.'),
   ('sig', [('Bernadette Kowalczyk, MPH', 'Manager, Education & Certification')]),
   ('small', 'Issued 04/01/2025 \u2022 10700 West Higgins Road, Suite 150, Rosemont, IL 60018')],
  align='L', family='sans')

# 10 chromium
C('ASM', ['portrait', 'centred-award', 'table', 'meeting-range'],
  'ASM Microbe session-level credit table; conference range; credits are the session total for micro ids.',
  G('Ingrid Solberg-Haas', 'Rapid Diagnostics for Bloodstream Infections: From Positive Culture to Targeted Therapy',
    '2025-06-21', 1.25, 'contact hour', ['American Society for Microbiology', 'ASM'], 'MB-312'),
  [('h2', 'American Society for Microbiology'), ('h1', 'Certificate of Completion'),
   ('p', 'ASM Microbe 2025 \u2022 Los Angeles, CA \u2022 June 19\u201323, 2025'),
   ('p', 'This certifies that'), ('name', 'Ingrid Solberg-Haas, PhD, D(ABMM)'), ('p', 'completed the session'),
   ('title', 'Rapid Diagnostics for Bloodstream Infections: From Positive Culture to Targeted Therapy'),
   ('table', ['Session', 'Date', 'Contact hours'], [['MB-312', 'June 21, 2025', '1.25']]),
   ('p', 'American Society for Microbiology ' + PACE, 9.5),
   ('small', 'Registration ID 77-40193 \u2022 Certificate generated 06/30/2025')])

# 11 fodt
C('CLSI', ['portrait', 'letter', 'left-aligned', 'two-column-kv', 'format-line'],
  'CLSI self-study module; format line "Self-Study Module"; the quote number is a distractor.',
  G('Mateus Carvalho', 'Verification of Quantitative Procedures Using EP15', '2025-08-04', 1.5, 'contact hour',
    ['Clinical and Laboratory Standards Institute', 'CLSI'], 'EDU-EP15-02'),
  [('h2', 'Clinical and Laboratory Standards Institute'), ('h1', 'Certificate of Completion'),
   ('p', 'has been awarded to Mateus Carvalho for successful completion of the'), ('fmt', 'Self-Study Module'),
   ('title', 'Verification of Quantitative Procedures Using EP15'),
   ('kv', [('Course ID', 'EDU-EP15-02'), ('Date Completed', '2025-08-04'), ('Contact Hours', '1.5 (P.A.C.E.\u00ae)'), ('Quote No.', 'Q-118842')]),
   ('p', 'CLSI ' + PACE),
   ('sig', [('Theodora Pappas, MS', 'Vice President, Education')]),
   ('small', '950 West Valley Road, Suite 2500, Wayne, PA 19087 \u2022 clsi.org')],
  align='L', family='sans')

# 12 docx
C('state-society', ['landscape', 'centred-award', 'border', 'meeting-range', 'pace-provider-only-in-statement'],
  'Regional society spring meeting; format "Spring Symposium" is the meeting kind; meeting name is the title.',
  G('Lucinda Hartwell', 'Great Lakes Clinical Laboratory Science Spring Symposium 2025', '2025-04-12', 9.0, 'contact hour',
    ['Michigan Society for Clinical Laboratory Science', 'MSCLS'], 'GLS-2025'),
  [('h1', 'Certificate of Attendance'), ('h2', 'Michigan Society for Clinical Laboratory Science (MSCLS)'),
   ('p', 'certifies that'), ('name', 'Lucinda Hartwell, MLS(ASCP)'), ('p', 'attended the'),
   ('title', 'Great Lakes Clinical Laboratory Science Spring Symposium 2025'),
   ('p', 'Grand Rapids, Michigan \u2022 April 10\u201312, 2025'),
   ('p', 'Event No. GLS-2025 \u2022 9.0 contact hours'),
   ('small', 'The Michigan Society for Clinical Laboratory Science ' + PACE),
   ('sig', [('Oren Blackwood, MS, MLS(ASCP)', 'MSCLS Education Chair')])],
  orient='L', border=2)

# 13 fpdf
C('hospital', ['portrait', 'left-aligned', 'two-column-kv', 'orientation-title', 'department-provider'],
  'Hospital in-service; provider is a department of a hospital; title contains "Orientation" (the course itself); employee ID distractor.',
  G('Jae-won Park', 'New Analyzer Orientation: Automated Hematology Line Workflow', '2025-01-09', 2.0, 'contact hour',
    ['Mercy Ridge Medical Center', 'Mercy Ridge Medical Center, Laboratory Education Department'], 'IS-25-003'),
  [('h2', 'Mercy Ridge Medical Center'), ('p', 'Laboratory Education Department'), ('h1', 'In-Service Training Record', 22), ('sp', 8),
   ('kv', [('Employee:', 'Jae-won Park, MLT(ASCP)'), ('Employee ID:', '0045127'), ('Training:', 'New Analyzer Orientation: Automated Hematology Line Workflow'),
           ('Class No.:', 'IS-25-003'), ('Date:', '01/09/2025'), ('Contact hours:', '2.0')]), ('sp', 6),
   ('p', 'Mercy Ridge Medical Center, Laboratory Education Department ' + PACE),
   ('sig', [('Annalise Fairbanks, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator'), ('Victor Olumide, MD', 'Medical Director, Laboratory')]),
   ('small', 'Form LAB-ED-07 rev. 3 \u2022 Page 1 of 1')],
  align='L', family='sans')

# 14 tcpdf
C('public-health', ['landscape', 'centred-award', 'border', 'format-line'],
  'State public health laboratory webinar; "Live Virtual Session" format line; ID without colon "Program No. 123-456-25"-style.',
  G('Fatima Al-Sayed', 'Candida auris Screening and Colonization Testing for Clinical Laboratories', '2025-05-20', 1.0, 'contact hour',
    ['Riverland State Public Health Laboratory', 'Riverland State Public Health Laboratory, Training and Outreach Office'], '216-044-25'),
  [('h2', 'Riverland State Public Health Laboratory \u2022 Training and Outreach Office'), ('h1', 'Certificate of Completion'),
   ('p', 'This certifies that'), ('name', 'Fatima Al-Sayed'), ('p', 'participated in the'), ('fmt', 'Live Virtual Session'),
   ('title', 'Candida auris Screening and Colonization Testing for Clinical Laboratories'),
   ('p', 'held May 20, 2025  \u2022  1.0 contact hour  \u2022  Program No. 216-044-25'),
   ('small', 'The Riverland State Public Health Laboratory, Training and Outreach Office ' + PACE),
   ('sig', [('Gordon Pruitt, PhD, HCLD(ABB)', 'Laboratory Director'), ('Helen Tsosie, MPH', 'Training Coordinator')])],
  orient='L', border=1, family='sans')

# 15 reportlab-canvas
C('joint-cme', ['portrait', 'left-aligned', 'table', 'multi-credit', 'claimed-vs-max'],
  'Jointly accredited university medical center; table of credit types; laboratory figure is the P.A.C.E. claimed value.',
  G('Benedikt Sørensen', 'Hematopathology Grand Rounds: Myeloid Neoplasms with Germline Predisposition', '2025-10-02', 0.75, 'contact hour',
    ['Westbrook University Health System', 'Westbrook University Health System, Office of Continuing Professional Development'], 'GR-1002'),
  [('h2', 'Westbrook University Health System'), ('p', 'Office of Continuing Professional Development'), ('h1', 'Credit Certificate', 22),
   ('kv', [('Name:', 'Dr. Benedikt Sørensen, MD, PhD'), ('Session ID:', 'GR-1002'), ('Date:', 'Thursday, October 2, 2025')]),
   ('title', 'Hematopathology Grand Rounds: Myeloid Neoplasms with Germline Predisposition', 13),
   ('table', ['Credit type', 'Max', 'Claimed'], [['AMA PRA Category 1 Credit\u2122', '1.00', '1.00'], ['ANCC nursing contact hours', '1.00', '0.00'],
                                                 ['ACPE contact hours (UAN 0000-9999-25-118-L01-P)', '1.00', '0.00'], ['ASCLS P.A.C.E.\u00ae contact hours', '1.00', '0.75']], [4, 1, 1]),
   ('small', 'In support of improving patient care, Westbrook University Health System is jointly accredited by the ACCME, the ACPE, and the ANCC to provide continuing education for the healthcare team. Westbrook University Health System, Office of Continuing Professional Development ' + PACE),
   ('small', 'Transcript generated 10/20/2025')],
  align='L', family='sans')

# 16 platypus
C('university', ['portrait', 'centred-award', 'border', 'ceu'],
  'University continuing education CEU certificate; conferral date distractor; points = CEU x 10.',
  G('Olivia Brandt-Moreau', 'Molecular Diagnostics for the Clinical Laboratory Scientist', '2025-05-16', 2.4, 'CEU',
    ['Harrowgate University', 'Harrowgate University, School of Professional & Continuing Studies'], 'MDX-410'),
  [('h2', 'Harrowgate University'), ('p', 'School of Professional & Continuing Studies'), ('h1', 'Certificate of Completion'),
   ('p', 'This certifies that'), ('name', 'Olivia Brandt-Moreau'), ('p', 'has satisfactorily completed the course'),
   ('title', 'Molecular Diagnostics for the Clinical Laboratory Scientist'),
   ('p', 'Course No. MDX-410 \u2022 Completed May 16, 2025 \u2022 2.4 Continuing Education Units (CEU)'),
   ('p', 'One CEU equals ten contact hours of participation in an organized continuing education experience.', 9.5),
   ('sig', [('Prof. Ilse Vandermeer, PhD', 'Dean'), ('Curtis Ngata, MEd', 'Registrar')]),
   ('small', 'Conferred June 1, 2025 \u2022 Student No. 20931177')],
  border=2, seal='HARROWGATE|UNIVERSITY|1889')

# 17 acroform
C('vendor', ['landscape', 'two-column-kv', 'left-aligned', 'acroform-fields'],
  'Vendor training certificate (invented vendor); serial no. distractor.',
  G('Kwame Mensah-Boateng', 'Operator Training: Coagulation Analyzer CX-900 Daily Maintenance and QC', '2025-02-06', 4.0, 'contact hour',
    ['Halvorsen Diagnostics', 'Halvorsen Diagnostics, Customer Education Center'], 'CX9-OP-01'),
  [('h2', 'Halvorsen Diagnostics \u2022 Customer Education Center'), ('h1', 'Certificate of Training', 24),
   ('kv', [('Trainee', 'Kwame Mensah-Boateng, MLS(ASCP)CM', 'trainee'), ('Training', 'Operator Training: Coagulation Analyzer CX-900 Daily Maintenance and QC'),
           ('Training No.', 'CX9-OP-01', 'tno'), ('Date of Completion', 'February 6, 2025', 'dt'), ('Contact Hours', '4.0', 'ch'),
           ('Instrument Serial No.', 'CX9-0044719')]),
   ('p', 'Halvorsen Diagnostics, Customer Education Center ' + PACE, 9.5),
   ('sig', [('Reinhold Stavros', 'Senior Field Application Specialist')])],
  orient='L', align='L', family='sans')

# 18 ghostscript
C('ASCLS P.A.C.E. provider', ['portrait', 'centred-award', 'border', 'format-line', 'long-title-then-label', 'ethics-title'],
  'State society webinar; provider appears only in the P.A.C.E. statement; title about ethics; "Enduring Material" format line.',
  G('Eleanor Whitfield-Grant', 'Ethics in the Clinical Laboratory: Managing Conflicts of Interest, Incidental Findings, and Result Disclosure',
    '2025-11-05', 1.0, 'contact hour', ['Carolina Association for Laboratory Professionals', 'CALP'], '432-118-25'),
  [('h1', 'Certificate of Completion'), ('sp', 6), ('name', 'Eleanor Whitfield-Grant'),
   ('p', 'has completed the following'), ('fmt', 'Enduring Material'),
   ('title', 'Ethics in the Clinical Laboratory: Managing Conflicts of Interest, Incidental Findings, and Result Disclosure'),
   ('p', 'Date of Completion: November 5, 2025'),
   ('p', 'P.A.C.E.\u00ae Program No. 432-118-25   Contact Hours: 1.0   Level: Intermediate'),
   ('p', 'The Carolina Association for Laboratory Professionals (CALP) ' + PACE, 9.5),
   ('sig', [('Winifred Osei, MLS(ASCP)', 'CALP Continuing Education Chair')]),
   ('small', 'Certificate #C-25-00912 \u2022 Retain for 4 years for audit purposes')],
  border=1, family='serif')

# 19 chromium
C('ASCP', ['portrait', 'labels-above-values', 'format-line', 'left-aligned'],
  'ASCP eCast; labels above values; CMLE credits; provider as issuer line.',
  G('Theodore Ashby III', 'Flow Cytometry Gating Strategies for Minimal Residual Disease', '2025-09-24', 1.0, 'CMLE',
    ['American Society for Clinical Pathology', 'ASCP'], '29-5310'),
  [('h2', 'American Society for Clinical Pathology'), ('h1', 'Certificate of Completion'),
   ('p', 'This acknowledges that the learner below has completed the'), ('fmt', 'eCast'),
   ('title', 'Flow Cytometry Gating Strategies for Minimal Residual Disease'),
   ('cols', [('Learner', 'Theodore Ashby III, SH(ASCP)CM'), ('Date of Completion', '09/24/2025'), ('Activity ID', '29-5310'), ('Credits', '1.0 CMLE')]),
   ('p', 'ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. ASCP designates this enduring activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122.'),
   ('small', 'Customer ID 50021948 \u2022 Printed 10/01/2025')],
  align='L', family='sans')

# 20 fodt
C('AABB', ['landscape', 'centred-award', 'border', 'meeting-range', 'multi-credit', 'meeting-title'],
  'AABB Annual Meeting attendance; meeting name (with "Meeting") is the title; range; CME figure distractor.',
  G('Rosalind Achterberg', 'AABB Annual Meeting 2025', '2025-10-28', 18.75, 'contact hour',
    ['Association for the Advancement of Blood & Biotherapies', 'AABB'], None),
  [('h2', 'Association for the Advancement of Blood & Biotherapies'), ('h1', 'Certificate of Attendance'),
   ('p', 'This certifies that'), ('name', 'Rosalind Achterberg, MT(ASCP)SBB'), ('p', 'attended the'),
   ('title', 'AABB Annual Meeting 2025'), ('p', 'San Diego, California \u2022 October 25\u201328, 2025'),
   ('p', 'Total P.A.C.E.\u00ae contact hours claimed: 18.75 \u2022 AMA PRA Category 1 Credits\u2122 claimed: 16.25'),
   ('small', 'AABB ' + PACE + ' AABB is accredited by the ACCME to provide continuing medical education for physicians.'),
   ('small', 'Badge 41-88102 \u2022 Claim submitted November 9, 2025')],
  orient='L', border=2)

# 21 docx
C('hospital', ['portrait', 'letter', 'left-aligned', 'safety-title', 'department-provider'],
  'Hospital education council letter-style; title contains Safety; provider printed as council of hospital.',
  G('Margarethe Duval', 'Annual Bloodborne Pathogens and Laboratory Safety Update', '2025-02-28', 1.0, 'contact hour',
    ['St. Aldric Regional Hospital', 'St. Aldric Regional Hospital, Laboratory Education Council'], 'LEC-2025-02'),
  [('h2', 'St. Aldric Regional Hospital'), ('p', 'Laboratory Education Council'), ('sp', 8), ('p', 'March 3, 2025'), ('sp', 6),
   ('p', 'Dear Margarethe Duval,'),
   ('p', 'Thank you for attending the in-service presentation listed below. Please keep this letter as documentation of your continuing education.'),
   ('title', 'Annual Bloodborne Pathogens and Laboratory Safety Update', 13),
   ('kv', [('Offering No.', 'LEC-2025-02'), ('Date attended', 'February 28, 2025'), ('Contact hours', '1.0'), ('Presented by', 'Dr. Simone Achebe, PhD')]),
   ('p', 'St. Aldric Regional Hospital, Laboratory Education Council ' + PACE),
   ('sig', [('Quentin Marlowe, MS, MLS(ASCP)', 'Chair, Laboratory Education Council')])],
  align='L')

# 22 fpdf
C('LabCE', ['landscape', 'centred-award', 'border', 'accented-name'],
  'LabCE centred certificate; accented name; order number and print date distractors.',
  G('Zoë Lefèvre-Ibáñez', 'Antimicrobial Susceptibility Testing: Interpreting MIC Breakpoints', '2025-08-18', 1.5, 'contact hour',
    ['LabCE'], '1302'),
  [('h1', 'Certificate of Completion'), ('h2', 'LabCE'), ('p', 'This certificate is awarded to'),
   ('name', 'Zoë Lefèvre-Ibáñez, MLS(ASCP)CM'), ('p', 'for successfully completing the online course'),
   ('title', 'Antimicrobial Susceptibility Testing: Interpreting MIC Breakpoints'),
   ('p', 'Course #1302  \u2022  Completed 08/18/2025  \u2022  1.5 contact hours'),
   ('small', 'LabCE ' + PACE + ' Order #LCE-88210774 \u2022 Printed 09/02/2025')],
  orient='L', border=1, family='sans')

# 23 tcpdf
C('CAP', ['portrait', 'letter', 'left-aligned', 'multi-credit', 'claimed-vs-max', 'format-line'],
  'CAP webinar; "On-Demand" format line; max 1.5 vs claimed 1.0 P.A.C.E.; AMA figure distractor.',
  G('Ngozi Adebayo-Clarke', 'Interpreting HER2-Low Breast Cancer: Scoring Criteria and Reporting', '2025-07-09', 1.0, 'contact hour',
    ['College of American Pathologists', 'CAP'], '25-CAPW-044'),
  [('h2', 'College of American Pathologists'), ('h1', 'Statement of Credit', 22),
   ('p', 'Ngozi Adebayo-Clarke, CT(ASCP)'), ('p', 'completed the'), ('fmt', 'On-Demand'),
   ('title', 'Interpreting HER2-Low Breast Cancer: Scoring Criteria and Reporting'),
   ('kv', [('Activity Number', '25-CAPW-044'), ('Completion Date', 'July 9, 2025')]),
   ('p', 'This activity is approved for a maximum of 1.5 P.A.C.E.\u00ae contact hours. Contact hours claimed: 1.0'),
   ('p', 'The CAP designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation.', 9.5),
   ('small', 'The College of American Pathologists ' + PACE),
   ('small', '325 Waukegan Road, Northfield, IL 60093 \u2022 Statement printed 07/10/2025')],
  align='L', family='serif')

# 24 reportlab-canvas
C('ASCLS', ['portrait', 'labels-above-values', 'format-line', 'centred-award', 'border'],
  'ASCLS webinar; labels above values; "Live Webinar" format line; ALL-CAPS name.',
  G('MIRIAM HOLLOWAY-REYES', 'Point-of-Care Testing Compliance: Competency, Proficiency, and Documentation', '2025-03-04', 1.0, 'contact hour',
    ['American Society for Clinical Laboratory Science', 'ASCLS'], '519-220-25'),
  [('h2', 'American Society for Clinical Laboratory Science'), ('h1', 'Certificate of Participation', 24),
   ('p', 'has attended the'), ('fmt', 'Live Webinar'),
   ('title', 'Point-of-Care Testing Compliance: Competency, Proficiency, and Documentation'),
   ('cols', [('NAME', 'MIRIAM HOLLOWAY-REYES'), ('DATE', 'March 4, 2025'), ('P.A.C.E.\u00ae #', '519-220-25'), ('CONTACT HOURS', '1.0')]),
   ('sp', 8), ('small', 'ASCLS is approved as a provider of continuing education by the ASCLS P.A.C.E.\u00ae Program. Member #300219'),
   ('sig', [('Beatriz Collazo, PhD, MLS(ASCP)CM', 'Chair, Education & Scientific Assembly')])],
  border=1, family='sans')

# 25 platypus
C('ADLM', ['landscape', 'centred-award', 'border', 'meeting-range', 'session-cert'],
  'ADLM annual meeting session certificate; session date is gold, not the meeting range.',
  G('Henrik Aalto', 'Mass Spectrometry in the Routine Toxicology Laboratory', '2025-07-29', 1.5, 'contact hour',
    ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '32104'),
  [('h2', 'Association for Diagnostics & Laboratory Medicine'), ('h1', 'Session Certificate'),
   ('p', 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo \u2022 Chicago, IL \u2022 July 27\u201331, 2025'),
   ('p', 'Henrik Aalto, PhD', 18), ('p', 'attended the scientific session'),
   ('title', 'Mass Spectrometry in the Routine Toxicology Laboratory'),
   ('p', 'Session 32104 \u2022 Tuesday, July 29, 2025 \u2022 1.5 ACCENT\u00ae contact hours'),
   ('small', 'ADLM is approved by the ACCENT\u00ae program to provide continuing education credit. Registration #A25-118743')],
  orient='L', border=2, family='sans')

# 26 acroform
C('MediaLab', ['portrait', 'two-column-kv', 'left-aligned', 'acroform-fields', 'long-title-then-label'],
  'MediaLab transcript-style certificate with form fields; long title then labelled date.',
  G('Anneliese Fontaine', 'Body Fluid Cell Counts and Differentials: Cytospin Preparation, Morphology, and Reporting Standards',
    '2025-06-30', 2.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], '4471'),
  [('h2', 'MediaLab, Inc.'), ('h1', 'Certificate of Completion'), ('sp', 6),
   ('kv', [('Awarded to:', 'Anneliese Fontaine', 'nm'), ('Course No.:', '4471', 'cno')]),
   ('title', 'Body Fluid Cell Counts and Differentials: Cytospin Preparation, Morphology, and Reporting Standards'),
   ('kv', [('Date of completion:', '06/30/2025', 'dc'), ('Contact hours:', '2.0', 'hr'), ('Expires:', '06/30/2027')]),
   ('p', 'MediaLab ' + PACE),
   ('small', 'Certificate ID 6Q1-77Z-2025 \u2022 Customer #MLB-3300218')],
  align='L', family='sans')

# 27 ghostscript
C('NSH', ['landscape', 'centred-award', 'border', 'grossing-title', 'format-line', 'seal'],
  'NSH webinar; title contains "Grossing"; format line "Webinar Recording".',
  G('Lorenzo DiMarco', 'Grossing Room Ergonomics and Formalin Exposure Monitoring', '2025-04-23', 1.0, 'CE hour',
    ['National Society for Histotechnology', 'NSH'], 'W2504'),
  [('h2', 'National Society for Histotechnology'), ('h1', 'Certificate of Completion'),
   ('p', 'Lorenzo DiMarco, HT(ASCP)', 18), ('p', 'has completed the'), ('fmt', 'Webinar Recording'),
   ('title', 'Grossing Room Ergonomics and Formalin Exposure Monitoring'),
   ('p', 'Webinar ID: W2504     Completion date: 23 April 2025     CE Hours: 1.0'),
   ('small', 'NSH ' + PACE),
   ('sig', [('Pamela Ruskin, HTL(ASCP)', 'Education Director')])],
  orient='L', border=2, seal='NSH|HISTOTECHNOLOGY')

# 28 chromium
C('state-society', ['portrait', 'table', 'left-aligned', 'multi-session'],
  'State society fall meeting table of sessions; credits = total; date = last day.',
  G('Cassandra Whitlock', 'CSCLS Fall Seminar 2025', '2025-10-18', 6.0, 'contact hour',
    ['Colorado Society for Clinical Laboratory Science', 'CSCLS'], '511-300-25'),
  [('h2', 'Colorado Society for Clinical Laboratory Science (CSCLS)'), ('h1', 'Continuing Education Certificate', 22),
   ('kv', [('Participant', 'Cassandra Whitlock, MLS(ASCP)CM'), ('Meeting', 'CSCLS Fall Seminar 2025'), ('Dates', 'October 17\u201318, 2025'),
           ('Program No.', '511-300-25'), ('Total contact hours', '6.0')]),
   ('table', ['Session', 'Date', 'Hours'], [['Iron Studies and Anemia Work-Up', '10/17/2025', '1.5'], ['Blood Bank Case Studies', '10/17/2025', '1.5'],
                                            ['Leadership for Bench Scientists', '10/18/2025', '1.5'], ['Emerging Tick-Borne Pathogens', '10/18/2025', '1.5']], [4, 1.3, 1]),
   ('p', 'The Colorado Society for Clinical Laboratory Science ' + PACE, 9.5),
   ('sig', [('Eamon Castellanos, MLS(ASCP)', 'CSCLS Continuing Education Chair')])],
  align='L', family='sans')

# 29 fodt
C('ASM', ['portrait', 'letter', 'left-aligned', 'format-line'],
  'ASM on-demand course letter; format line "On-Demand Webinar".',
  G('Yusuf Karaca', 'Clinical Mycology Update: Identification of Emerging Yeasts', '2025-12-03', 1.0, 'contact hour',
    ['American Society for Microbiology', 'ASM'], 'ASMW-1203'),
  [('h2', 'American Society for Microbiology'), ('h1', 'Certificate of Completion'),
   ('p', 'Yusuf Karaca, M(ASCP)'), ('p', 'has completed the'), ('fmt', 'On-Demand Webinar'),
   ('title', 'Clinical Mycology Update: Identification of Emerging Yeasts'),
   ('kv', [('Activity No.', 'ASMW-1203'), ('Date completed', 'December 3, 2025'), ('P.A.C.E.\u00ae contact hours', '1.0')]),
   ('p', 'The American Society for Microbiology ' + PACE),
   ('small', '1752 N Street NW, Washington, DC 20036 \u2022 Member No. 6610432')],
  align='L', family='serif')

# 30 docx
C('AMT', ['landscape', 'centred-award', 'border', 'meeting-range'],
  'AMT educational program meeting; range; meeting title contains "Meeting".',
  G('Beverly Ann Thornton', 'AMT 87th Educational Program and Annual Meeting', '2025-06-28', 10.0, 'CE hour',
    ['American Medical Technologists', 'AMT'], None),
  [('h2', 'American Medical Technologists'), ('h1', 'Certificate of Attendance'),
   ('p', 'is hereby granted to'), ('name', 'Beverly Ann Thornton, RMA(AMT)'), ('p', 'for attending the'),
   ('title', 'AMT 87th Educational Program and Annual Meeting'), ('p', 'Orlando, Florida \u2022 June 25\u201328, 2025'),
   ('p', 'CE hours earned: 10.0'),
   ('sig', [('Gregory Vance, MT(AMT)', 'AMT President'), ('Lillian Marsh, EdD', 'Director of Education')]),
   ('small', 'Member No. 2203817 \u2022 Issued July 7, 2025')],
  orient='L', border=2)

# 31 fpdf
C('vendor', ['portrait', 'centred-award', 'format-line', 'border'],
  'Vendor webinar (invented company); "LIVE WEBINAR" format; P.A.C.E. statement names the vendor.',
  G('Hana Kobayashi', 'Digital Morphology Analyzers: Validation and Competency Assessment', '2025-09-09', 1.0, 'contact hour',
    ['Brightwater Laboratory Systems', 'BLS'], 'BWL-WEB-0909'),
  [('h2', 'Brightwater Laboratory Systems (BLS)'), ('h1', 'Certificate of Attendance'), ('p', 'awarded to'),
   ('name', 'Hana Kobayashi'), ('p', 'for attending the'), ('fmt', 'LIVE WEBINAR'),
   ('title', 'Digital Morphology Analyzers: Validation and Competency Assessment'),
   ('p', 'September 9, 2025  \u2022  1.0 contact hour  \u2022  Event ID BWL-WEB-0909'),
   ('p', 'Presented by Dr. Agnieszka Wróbel, PhD, Scientific Affairs', 10),
   ('small', 'Brightwater Laboratory Systems ' + PACE),
   ('sig', [('Martin Delacroix', 'Director, Scientific Education')])],
  border=1, family='sans')

# 32 tcpdf
C('university', ['landscape', 'two-column-kv', 'left-aligned', 'ceu', 'border'],
  'University extension CEU with contact-hour equivalent printed; gold unit CEU.',
  G('Graham Oduya', 'Laboratory Management and Leadership Certificate Program: Module 3, Quality Systems', '2025-11-21', 1.2, 'CEU',
    ['Coastal Plains State University', 'Coastal Plains State University, Division of Extended Learning'], 'LML-303'),
  [('h2', 'Coastal Plains State University \u2022 Division of Extended Learning'), ('h1', 'Certificate of Completion', 24),
   ('kv', [('Participant', 'Graham Oduya, MBA, MLS(ASCP)'), ('Course', 'Laboratory Management and Leadership Certificate Program: Module 3, Quality Systems'),
           ('Course Number', 'LML-303'), ('Completion Date', 'November 21, 2025'), ('Continuing Education Units', '1.2 CEU (12 contact hours)'), ('Student ID', '900447812')]),
   ('sig', [('Dr. Renata Silveira', 'Director, Extended Learning')])],
  orient='L', align='L', border=1, family='serif')

# 33 reportlab-canvas
C('public-health', ['portrait', 'letter', 'left-aligned', 'format-line', 'long-title-then-label'],
  'Public health lab self-study; "Self-Study" format; long title followed directly by labelled date.',
  G('Reginald Ferris Sr.', 'Biological Agent Rule-Out Testing for Sentinel Laboratories: Packaging, Shipping, and Chain of Custody',
    '2025-08-27', 2.0, 'contact hour', ['Cascadia Public Health Laboratories', 'CPHL'], 'SL-2025-07'),
  [('h2', 'Cascadia Public Health Laboratories (CPHL)'), ('p', 'Sentinel Laboratory Outreach Program'), ('h1', 'Certificate of Completion', 22),
   ('p', 'Reginald Ferris Sr., MT(ASCP)'), ('p', 'has completed the'), ('fmt', 'Self-Study'),
   ('title', 'Biological Agent Rule-Out Testing for Sentinel Laboratories: Packaging, Shipping, and Chain of Custody', 14),
   ('p', 'Date of completion: August 27, 2025'), ('p', 'Course No. SL-2025-07        Contact hours: 2.0'),
   ('p', 'Cascadia Public Health Laboratories ' + PACE, 9.5),
   ('sig', [('Ines Halvorsen-Cruz, PhD', 'Microbiology Section Manager')]),
   ('small', 'Page 1 of 1 \u2022 Generated 09/15/2025 \u2022 https://cphl.example.org/training')],
  align='L', family='serif')

# 34 platypus
C('joint-cme', ['portrait', 'centred-award', 'multi-credit', 'table', 'accreditor-statements'],
  'Joint accreditation with AMA PRA, ANCC, ACPE and P.A.C.E.; provider appears in the accreditation statement and heading.',
  G('Esperanza Villalobos', 'Annual Transfusion Medicine Update', '2025-03-22', 5.5, 'contact hour',
    ['Lakeshore Clinical Education Collaborative', 'LCEC'], 'JA25-0322'),
  [('h1', 'Certificate of Participation'), ('p', 'Lakeshore Clinical Education Collaborative (LCEC)'),
   ('name', 'Esperanza Villalobos, BS, MLS(ASCP)CM'), ('p', 'participated in'),
   ('title', 'Annual Transfusion Medicine Update'), ('p', 'March 21\u201322, 2025 \u2022 Milwaukee, Wisconsin \u2022 Activity ID JA25-0322'),
   ('table', ['Credit', 'Amount'], [['AMA PRA Category 1 Credits\u2122', '6.0'], ['ANCC contact hours', '6.0'], ['ACPE contact hours', '6.0'],
                                     ['P.A.C.E.\u00ae contact hours', '5.5']], [3, 1]),
   ('small', 'In support of improving patient care, Lakeshore Clinical Education Collaborative is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC). Lakeshore Clinical Education Collaborative ' + PACE)],
  family='serif')

# 35 acroform
C('hospital', ['landscape', 'labels-above-values', 'acroform-fields', 'border'],
  'Hospital lab in-service with form fields in labels-above-values columns; provider is hospital laboratory services department.',
  G('Tomasz Wójcik', 'Critical Value Reporting and Read-Back Procedures', '2025-04-15', 0.5, 'contact hour',
    ['Pinecrest Memorial Hospital', 'Pinecrest Memorial Hospital, Department of Laboratory Services'], 'PMH-LS-0415'),
  [('h2', 'Pinecrest Memorial Hospital \u2022 Department of Laboratory Services'), ('h1', 'In-Service Attendance Certificate', 22),
   ('title', 'Critical Value Reporting and Read-Back Procedures'),
   ('cols', [('Attendee', 'Tomasz Wójcik, MLT', 'att'), ('Date of Completion', 'April 15, 2025', 'doc'), ('Class No.', 'PMH-LS-0415', 'cls'), ('Contact Hours', '0.5', 'ch')]),
   ('sp', 8), ('small', 'Pinecrest Memorial Hospital, Department of Laboratory Services ' + PACE + ' Employee No. E-77104'),
   ('sig', [('Delphine Arceneaux, MLS(ASCP)', 'Laboratory Educator'), ('Howard Breen, MD', 'Laboratory Medical Director')])],
  orient='L', align='C', border=1, family='sans')

# 36 ghostscript
C('CLSI', ['portrait', 'centred-award', 'format-line', 'border'],
  'CLSI webinar; "On-Demand Webinar" format; provider name contains "and".',
  G('Ophelia Nakashima-Reed', 'Implementing Antimicrobial Susceptibility Testing Breakpoint Updates', '2025-02-12', 1.0, 'contact hour',
    ['Clinical and Laboratory Standards Institute', 'CLSI'], 'W25-04'),
  [('h2', 'Clinical and Laboratory Standards Institute (CLSI)'), ('h1', 'Certificate of Completion'), ('p', 'presented to'),
   ('name', 'Ophelia Nakashima-Reed'), ('p', 'for completing the'), ('fmt', 'On-Demand Webinar'),
   ('title', 'Implementing Antimicrobial Susceptibility Testing Breakpoint Updates'),
   ('kv', [('Webinar No.', 'W25-04'), ('Completion Date', '02/12/2025'), ('Contact Hours', '1.0')]),
   ('small', 'CLSI ' + PACE),
   ('sig', [('Marcus Eberhardt, PhD', 'Director, Education & Training')])],
  border=2)

# 37 chromium
C('ASCLS P.A.C.E. provider', ['landscape', 'centred-award', 'border', 'meeting-range', 'pace-provider-only-in-statement', 'seal'],
  'Regional consortium meeting; provider named only in the P.A.C.E. statement and heading initials; meeting name is title.',
  G('Augustin Delacroix-Mbeki', 'Tri-State Laboratory Professionals Conference', '2025-05-09', 7.5, 'contact hour',
    ['Tri-State Laboratory Education Consortium', 'TLEC'], '303-555-25'),
  [('h1', 'Certificate of Attendance'), ('p', 'This certifies that'), ('name', 'Augustin Delacroix-Mbeki, MLS(ASCP)CM'),
   ('p', 'attended the'), ('title', 'Tri-State Laboratory Professionals Conference'), ('p', 'Erie, Pennsylvania \u2022 May 8\u20139, 2025'),
   ('p', 'P.A.C.E.\u00ae contact hours: 7.5   \u2022   Program No. 303-555-25'),
   ('small', 'The Tri-State Laboratory Education Consortium (TLEC) ' + PACE),
   ('sig', [('Philippa Granger, MS, MLS(ASCP)', 'TLEC Program Chair')])],
  orient='L', border=2, seal='TLEC|2025')

# 38 fodt
C('ASCP', ['portrait', 'table', 'left-aligned', 'multi-credit'],
  'ASCP annual meeting session transcript-style certificate; table with CMLE and AMA columns.',
  G('Wilhelmina Osterhaus', 'Laboratory Leadership: Coaching Through Change', '2025-10-16', 1.0, 'CMLE',
    ['American Society for Clinical Pathology', 'ASCP'], 'S-4410'),
  [('h2', 'American Society for Clinical Pathology'), ('h1', 'Certificate of Session Completion', 22),
   ('p', 'ASCP 2025 Annual Meeting \u2022 October 14\u201317, 2025'),
   ('kv', [('Participant', 'Wilhelmina Osterhaus, MLS(ASCP)CM')]),
   ('title', 'Laboratory Leadership: Coaching Through Change', 14),
   ('table', ['Session No.', 'Date', 'CMLE', 'AMA PRA Cat. 1\u2122'],
    [['S-4410', '10/16/2025', '1.0', '1.0']]),
   ('small', 'ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. ASCP is accredited by the ACCME to provide continuing medical education for physicians.'),
   ('small', 'Transcript No. 7720114 \u2022 Printed November 2, 2025')],
  align='L', family='sans')

# 39 docx
C('ASCLS P.A.C.E. provider', ['portrait', 'labels-above-values', 'letter', 'left-aligned', 'format-line', 'hyphenated-name'],
  'Small education company as P.A.C.E. provider; labels above values; "Live Virtual Session" format.',
  G('Siobhan McAllister-Oyelowo', 'Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis', '2025-01-15', 1.5, 'contact hour',
    ['Bench to Bedside Learning, LLC', 'Bench to Bedside Learning'], '401-212-25'),
  [('h2', 'Bench to Bedside Learning, LLC'), ('h1', 'Certificate of Completion'), ('p', 'The individual named below completed the'),
   ('fmt', 'Live Virtual Session'), ('title', 'Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis'),
   ('cols', [('Participant', 'Siobhan McAllister-Oyelowo'), ('Date of Completion', 'January 15, 2025'), ('Contact Hours', '1.5')]),
   ('p', 'P.A.C.E.\u00ae Program No. 401-212-25'),
   ('small', 'Bench to Bedside Learning ' + PACE),
   ('sig', [('Corinne Vasquez-Hale, MS, MLS(ASCP)CM', 'Owner and Course Director')])],
  align='L', family='sans')

# 40 fpdf
C('state-society', ['portrait', 'centred-award', 'format-line', 'border', 'caps-name'],
  'State society webinar series; series name before a colon is part of the title; "Webinar Series" wording; ALL-CAPS name.',
  G('JONATHAN P. REYES', 'Lunch & Learn: Troponin Assays and the 0/1-Hour Algorithm', '2025-11-12', 1.0, 'contact hour',
    ['Texas Association for Clinical Laboratory Science', 'TACLS'], '512-077-25'),
  [('h2', 'Texas Association for Clinical Laboratory Science'), ('h1', 'Certificate of Completion'), ('p', 'awarded to'),
   ('name', 'JONATHAN P. REYES'), ('p', 'for completion of the'), ('fmt', 'Live Webinar'),
   ('title', 'Lunch & Learn: Troponin Assays and the 0/1-Hour Algorithm'),
   ('kv', [('Date:', 'November 12, 2025'), ('Contact hours:', '1.0'), ('Program No.', '512-077-25')]),
   ('small', 'The Texas Association for Clinical Laboratory Science (TACLS) ' + PACE),
   ('sig', [('Delia Montemayor, MLS(ASCP)', 'TACLS Webinar Coordinator')])],
  border=1, family='serif')
