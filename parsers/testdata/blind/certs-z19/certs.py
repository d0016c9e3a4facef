"""The 40 certificates of the blind set certs-z19: page options, content blocks and gold.

Every person, hospital, university, vendor and activity here is invented.
Real organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI,
LabCE, MediaLab) carry invented activities only.
"""
from engines.ir import T, KV, COLS, TABLE, SIG, RULE, SP, FOOT, PB

CERTS = []

PACE = 'ASCLS P.A.C.E.\u00ae'
TM = '\u2122'
REG = '\u00ae'
ND = '\u2013'   # en dash
MD = '\u00b7'   # middle dot


def C(id, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id, page, blocks):
    CERTS.append(dict(id=id, style=style, producer=producer, layout=layout, notes=notes, name=name, title=title,
                      date=date, credits=credits, unit=unit, provider=provider, activity_id=activity_id,
                      page=page, blocks=blocks))


# ---------------------------------------------------------------------------------------------
# zs01  ASCP CMLE  -  Chromium  -  landscape award, format inside the verb line, long title + labelled line
# ---------------------------------------------------------------------------------------------
t01 = ('Hemoglobin Variants in the Routine CBC: Recognizing Hb S, Hb C and Hb E Traits on Automated '
       'Hematology Analyzers')
C('zs01', 'ascp', 'chromium-html',
  ['centred-award', 'landscape', 'border', 'seal', 'long-title-wrap', 'title-then-labelled-line', 'signatures',
   'credential-after-name', 'accented-name', 'hyphenated-name'],
  'Format ("on-demand webinar") is inside the verb line. The title wraps and is followed at once by '
  '"Date of Completion:". Issue date, certificate number and signer are distractors.',
  'Marisol Echeverría-Vance', t01, '2025-03-14', 1.0, 'CMLE',
  ['American Society for Clinical Pathology', 'ASCP'], '25-WB-0412',
  dict(orient='landscape', border='double', bcolor='#1f3a5f', accent='#1f3a5f', seal='br', seal_color='#1f3a5f',
       mt=54, mb=48, mx=80, valign='center', font='serif', meta_title='ASCP CMLE Certificate'),
  [T('American Society for Clinical Pathology', size=19, b=True, color='#1f3a5f', font='sans', sa=1),
   T('Continuing Medical Laboratory Education', size=10.5, i=True, color='#555555', sa=12),
   T('Certificate of Completion', size=34, font='century', color='#1f3a5f', sa=10),
   T('This is to certify that', size=13, i=True, sa=6),
   T('Marisol Echeverría-Vance, MLS(ASCP)CM', size=26, b=True, sa=8),
   T('has completed the on-demand webinar', size=13, i=True, sa=8),
   T(t01, size=17, b=True, color='#1f3a5f', w=600, sa=4),
   T('Date of Completion: March 14, 2025', size=12, sa=10),
   T('Awarded 1.0 CMLE credit', size=14, b=True, sa=4),
   T('This activity is approved by ASCP for 1.0 CMLE credit. ASCP CMLE credits are acceptable to meet the continuing '
     'education requirements of the ASCP Board of Certification Credential Maintenance Program.', size=8.5, w=560,
     color='#444444', sa=6),
   SIG([('Delphine R. Okafor, MD, FASCP', 'Chair, Council on Continuing Education', 'D. R. Okafor')], lw=220),
   FOOT('Activity ID: 25-WB-0412   ' + MD + '   Certificate No. C-88213407   ' + MD + '   Issued March 15, 2025'
        '   ' + MD + '   Verify at www.ascp.org/verify', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs02  AABB  -  LibreOffice fodt  -  portrait letter, ALL-CAPS name with suffix, eCast format line, "Program No." w/o colon
# ---------------------------------------------------------------------------------------------
t02 = ('Antibody Identification When Everything Reacts: Approaches to Warm Autoantibodies and Underlying '
       'Alloantibodies')
C('zs02', 'aabb', 'libreoffice-fodt',
  ['letter-style', 'left-aligned', 'portrait', 'all-caps-name', 'name-suffix', 'format-line', 'long-title-wrap',
   'title-then-labelled-line', 'program-no-without-colon', 'several-credit-types', 'provider-name-with-for-and'],
  'Letter date (June 2, 2025) is an issue date; program date is the gold. "eCast" sits on its own line between the '
  'verb and the title. Credentials and member number are on a separate line under the name. AMA PRA maximum and '
  'California accrediting-agency number are distractors.',
  'TERRENCE J. WHITLOCK III', t02, '2025-05-21', 1.5, 'contact hour',
  ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25EL-118',
  dict(orient='portrait', align='L', font='serif', margin=72, mt=60, accent='#7a1f2b',
       meta_title='AABB Certificate of Attendance'),
  [T('Association for the Advancement of Blood & Biotherapies', size=15, b=True, color='#7a1f2b', font='sans', sa=1),
   T('2250 Commerce Parkway, Suite 1200  ' + MD + '  Bethesda, MD 20814  ' + MD + '  www.aabb.org', size=8, color='#555555',
     font='sans', sa=2),
   RULE(color='#7a1f2b', lw=1.2, sa=18),
   T('June 2, 2025', size=11, sa=18),
   T('CERTIFICATE OF ATTENDANCE', size=15, b=True, sa=14, track=1),
   T('This letter certifies that', size=11.5, sa=6),
   T('TERRENCE J. WHITLOCK III', size=15, b=True, sa=1),
   T('MT(ASCP)SBB  ' + MD + '  AABB Member No. 00418822', size=9, color='#555555', sa=10),
   T('participated in the following AABB educational program:', size=11.5, sa=8),
   T('eCast', size=11.5, i=True, sa=3),
   T(t02, size=13.5, b=True, sa=3),
   T('Program date: May 21, 2025', size=11.5, sa=2),
   T('Program No. 25EL-118', size=11.5, sa=2),
   T('Contact hours awarded: 1.5', size=11.5, sa=14),
   T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program. This program is approved for 1.5 P.A.C.E.' + REG + ' contact hours. AABB is accredited by the '
     'Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for '
     'physicians and designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credits' + TM + '. '
     'California Clinical Laboratory Personnel: AABB is an approved accrediting agency (Agency No. 0001).',
     size=9, color='#333333', sa=16),
   T('Sincerely,', size=11.5, sa=0),
   SIG([('Gwendolyn Park-Osterhout, MS, MT(ASCP)SBB', 'Director, Education Programs', 'Gwendolyn Park-Osterhout')],
       align='L', lw=230),
   FOOT('Please retain this letter for your records for at least four years.', size=8, align='L', i=True)])

# ---------------------------------------------------------------------------------------------
# zs03  CAP  -  docx  -  joint accreditation, credit table maximum vs claimed, Grossing/Orientation in title
# ---------------------------------------------------------------------------------------------
t03 = ("Grossing Essentials for Pathologists' Assistants: Inking, Orientation and Margin Sampling of Breast "
       "Lumpectomy Specimens")
C('zs03', 'cap', 'docx-libreoffice',
  ['centred-award', 'portrait', 'table', 'credit-table', 'several-credit-types', 'maximum-vs-claimed',
   'joint-accreditation', 'course-word-in-title', 'credential-after-name', 'hyphenated-name'],
  'Title is a real grossing course (contains "Grossing" and "Orientation"). Credit table: P.A.C.E. maximum 2.0 / '
  'claimed 1.75 (gold), AMA PRA and ABPath SAM are distractors. Transcript ID is a distractor; "Activity Number" is '
  'the ID.',
  'Kwabena Asante-Mensah', t03, '2024-09-30', 1.75, 'contact hour',
  ['College of American Pathologists', 'CAP'], 'EM24-0917',
  dict(orient='portrait', border='single', bcolor='#0e5a6b', accent='#0e5a6b', margin=64, mt=60, mb=54,
       font='serif', meta_title='CAP Learning Certificate'),
  [T('College of American Pathologists', size=20, b=True, color='#0e5a6b', sa=2),
   RULE(w=200, color='#0e5a6b', lw=0.8, sb=4, sa=16),
   T('Certificate of Completion', size=26, sa=12),
   T('This certificate is awarded to', size=11.5, i=True, sa=4),
   T('Kwabena Asante-Mensah, PA(ASCP)CM', size=20, b=True, sa=8),
   T('for successful completion of the enduring material', size=11.5, i=True, sa=6),
   T(t03, size=14, b=True, w=420, sa=12),
   TABLE(['Activity Number', 'Date Completed', 'Transcript ID'], [['EM24-0917', 'September 30, 2024', 'T-5520913']],
         w=420, size=10, sa=10),
   TABLE(['Credit Type', 'Maximum', 'Claimed'],
         [['ASCLS P.A.C.E.' + REG + ' Contact Hours', '2.0', '1.75'],
          ['AMA PRA Category 1 Credits' + TM, '2.0', '0.0'],
          ['ABPath Self-Assessment Module (SAM) Credit', '2.0', '0.0']],
         widths=[0.64, 0.18, 0.18], w=420, size=10, sa=12),
   T('In support of improving patient care, the College of American Pathologists is jointly accredited by the '
     'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education '
     '(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare '
     'team. The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits' + TM + '. '
     'Physicians should claim only the credit commensurate with the extent of their participation in the activity. '
     'The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program.', size=8, align='L', color='#333333', sa=6),
   FOOT('College of American Pathologists  ' + MD + '  Printed 10/02/2024', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs04  ASCLS  -  fpdf  -  landscape award, meeting attendance (title = meeting name), date range
# ---------------------------------------------------------------------------------------------
t04 = 'ASCLS 2025 Annual Meeting'
C('zs04', 'ascls', 'fpdf',
  ['centred-award', 'landscape', 'border', 'seal', 'meeting-attendance', 'date-range', 'signatures',
   'course-word-in-title', 'hyphenated-name'],
  'Meeting attendance without a session title: the title is the meeting name. Date range July 27-31 -> last day. '
  'Member ID, print date and signers are distractors. ASCLS is the provider (its own certificate).',
  'Hannah Lindqvist-Obi', t04, '2025-07-31', 14.5, 'contact hour',
  ['American Society for Clinical Laboratory Science', 'ASCLS'], '001-725-25',
  dict(orient='landscape', border='ornate', bcolor='#1e3f7a', accent='#1e3f7a', seal='bl', seal_color='#1e3f7a',
       mx=80, mt=84, mb=50, font='serif', meta_title='ASCLS Certificate of Attendance'),
  [T('American Society for Clinical Laboratory Science', size=18, b=True, color='#1e3f7a', font='sans', sa=16),
   T('Certificate of Attendance', size=32, i=True, sa=10),
   T('presented to', size=12, sa=6),
   T('Hannah Lindqvist-Obi', size=28, b=True, sa=8),
   T('for attendance at the', size=12, sa=6),
   T(t04, size=20, b=True, color='#1e3f7a', sa=4),
   T('July 27' + ND + '31, 2025  ' + MD + '  Chicago, Illinois', size=12, sa=10),
   T('Total P.A.C.E.' + REG + ' contact hours earned: 14.5', size=13, b=True, sa=3),
   T('P.A.C.E.' + REG + ' Program #: 001-725-25', size=10.5, sa=14),
   SIG([('Renée Castellano-Boyd, MS, MLS(ASCP)CM', 'President'),
        ('Harold Nwosu, EdD, MLS(ASCP)', 'Chair, Education and Scientific Assembly')], w=520, lw=200),
   FOOT('ASCLS Member ID 204471   ' + MD + '   Attendance verified by badge scan   ' + MD + '   Certificate printed 08/15/2025',
        size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs05  P.A.C.E.-approved regional society  -  tcpdf  -  provider only in accreditation statement, LIVE WEBINAR
# ---------------------------------------------------------------------------------------------
t05 = ('Carbapenemase Detection in Enterobacterales: Phenotypic Screens, Rapid Molecular Assays and Reporting to '
       'Public Health')
C('zs05', 'pace-provider', 'tcpdf',
  ['centred-award', 'portrait', 'border', 'format-line', 'long-title-wrap', 'title-then-labelled-line',
   'provider-only-in-accreditation-statement', 'program-no-without-colon', 'presented-by-distractor',
   'credential-after-name', 'hyphenated-name'],
  'No letterhead: the provider appears only as the subject of the P.A.C.E. statement. "LIVE WEBINAR" is the format '
  'line. Speaker, education chair and certificate ID are distractors; "Program No. 512-207-25" has no colon.',
  'Oluwaseun Adeyemi-Clarke', t05, '2025-02-06', 1.0, 'contact hour',
  ['Tri-River Association of Clinical Microbiologists'], '512-207-25',
  dict(orient='portrait', border='double', bcolor='#2f4f2f', accent='#2f4f2f', margin=72, mt=96, mb=56,
       font='serif', meta_title='Certificate of Completion'),
  [T('CERTIFICATE OF COMPLETION', size=24, b=True, color='#2f4f2f', sa=22),
   T('This certifies that', size=12, i=True, sa=8),
   T('Oluwaseun Adeyemi-Clarke, MLS(ASCP)', size=21, b=True, sa=14),
   T('has successfully completed the', size=12, i=True, sa=10),
   T('LIVE WEBINAR', size=10.5, b=True, color='#2f4f2f', sa=6),
   T(t05, size=15, b=True, w=440, sa=4),
   T('Date of completion: February 6, 2025', size=11.5, sa=14),
   T('Presented by Renata Vlasova, PhD, D(ABMM)', size=11, i=True, sa=18),
   T('P.A.C.E.' + REG + ' Contact Hours: 1.0     Level: Intermediate', size=11.5, b=True, sa=3),
   T('Program No. 512-207-25', size=11.5, sa=20),
   SIG([('Colette Marchetti, MS, M(ASCP)', 'Education Chair', 'Colette Marchetti')], lw=210),
   T('The Tri-River Association of Clinical Microbiologists is approved as a provider of continuing education '
     'programs in the clinical laboratory sciences by the ' + PACE + ' Program.', size=8.5, color='#333333', w=400,
     sb=14, sa=4),
   FOOT('Certificate ID 0206-4471  ' + MD + '  Retain this certificate for four years.', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs06  LabCE  -  ReportLab canvas  -  landscape two-column label/value, wrapped title in the value column
# ---------------------------------------------------------------------------------------------
t06 = ('Body Fluid Cell Counts and Differentials: Synovial, Pleural, Peritoneal and Cerebrospinal Fluids')
C('zs06', 'labce', 'reportlab-canvas',
  ['two-column-label-value', 'landscape', 'border', 'long-title-wrap', 'title-then-labelled-line', 'apostrophe-name',
   'hyphenated-name'],
  'Label/value rows; the course title wraps inside the value column and is followed by "Course Number:". Customer ID '
  'and the generation timestamp are distractors.',
  "Daniel O'Rourke-Tanaka", t06, '2024-10-08', 1.5, 'contact hour',
  ['LabCE'], '2417',
  dict(orient='landscape', border='single', bcolor='#0a6e8a', accent='#0a6e8a', mx=90, mt=70, mb=50, font='lsans',
       topbar=None, meta_title='LabCE Certificate of Completion', meta_creator='LabCE certificate service'),
  [T('LabCE', size=30, b=True, color='#0a6e8a', sa=2),
   T('Continuing Education for Laboratory Professionals', size=10, color='#555555', sa=16),
   T('Certificate of Completion', size=24, sa=20),
   KV([('Name:', "Daniel O'Rourke-Tanaka"),
       ('Course:', t06),
       ('Course Number:', '2417'),
       ('Date Completed:', '10/08/2024'),
       ('Contact Hours:', '1.5 (P.A.C.E.' + REG + ')'),
       ('Level:', 'Intermediate'),
       ('Customer ID:', '7781002')], lw=120, w=520, size=11.5, gap=5, sa=16),
   T('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program.', size=8.5, color='#333333', w=560, sa=4),
   FOOT('www.labce.com   ' + MD + '   Certificate generated 10/08/2024 3:42 PM', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs07  MediaLab  -  Platypus  -  small table, Self-Study Module format line, Safety in title
# ---------------------------------------------------------------------------------------------
t07 = 'Laboratory Safety: Chemical Hygiene Plans and Hazard Communication (2025 Update)'
C('zs07', 'medialab', 'reportlab-platypus',
  ['centred-award', 'portrait', 'border', 'format-line', 'table', 'course-word-in-title', 'credential-after-name',
   'hyphenated-name'],
  '"Self-Study Module" is a format line; "Laboratory Safety: ..." is the course title (Safety is part of it). Small '
  'table gives course #, date, hours, level. Order number is a distractor.',
  'Ngozi Eze-Whitaker', t07, '2025-05-12', 1.0, 'contact hour',
  ['MediaLab, Inc.', 'MediaLab'], 'ML-2291',
  dict(orient='portrait', border='thick', bcolor='#5b2a86', accent='#5b2a86', margin=70, mt=84, mb=60, font='sans',
       meta_title='MediaLab CE Certificate', top_space=20),
  [T('MediaLab', size=28, b=True, color='#5b2a86', sa=2),
   T('Continuing Education', size=11, color='#555555', sa=24),
   T('Continuing Education Certificate', size=22, font='serif', sa=16),
   T('This certifies that', size=11.5, i=True, font='serif', sa=6),
   T('Ngozi Eze-Whitaker, MLT(ASCP)', size=21, b=True, font='serif', sa=12),
   T('has completed the following', size=11.5, i=True, font='serif', sa=8),
   T('Self-Study Module', size=11, color='#5b2a86', sa=4),
   T(t07, size=15, b=True, w=400, sa=18),
   TABLE(['Course #', 'Date Completed', 'Contact Hours', 'Level'], [['ML-2291', '05/12/2025', '1.0', 'Basic']],
         w=400, size=10.5, sa=24),
   T('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences '
     'by the ' + PACE + ' Program.', size=8.5, color='#333333', w=420, sa=6),
   FOOT('Order No. 104-55821  ' + MD + '  This certificate was issued electronically and is valid without a signature.',
        size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs08  ADLM  -  Ghostscript  -  landscape, Dr. + credentials, On-Demand Webinar format line, several credits
# ---------------------------------------------------------------------------------------------
t08 = ('Troponin Beyond the 99th Percentile: Implementing High-Sensitivity Assays and Rapid Rule-Out Pathways in the '
       'Emergency Department')
C('zs08', 'adlm', 'ghostscript-ps',
  ['centred-award', 'landscape', 'border', 'format-line', 'long-title-wrap', 'title-then-labelled-line',
   'several-credit-types', 'honorific-name', 'credential-after-name', 'hyphenated-name', 'provider-name-with-and'],
  '"Dr." and ", DABCC" are dropped from the name. "On-Demand Webinar" is the format line. ACCENT contact hours (1.5) '
  'are the lab figure; the AMA PRA maximum (1.25) is a distractor.',
  'Samuel K. Osei-Bonsu', t08, '2025-04-22', 1.5, 'contact hour',
  ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], 'OD-25-1127',
  dict(orient='landscape', border='thick', bcolor='#00577d', accent='#00577d', mx=78, mt=60, mb=50, font='palatino',
       valign='center', meta_title='ADLM Certificate of Completion', meta_creator='ADLM Learning Lab'),
  [T('Association for Diagnostics & Laboratory Medicine', size=17, b=True, color='#00577d', font='sans', sa=14),
   T('Certificate of Completion', size=30, sa=10),
   T('Dr. Samuel K. Osei-Bonsu, DABCC', size=24, b=True, sa=8),
   T('has completed the', size=12, i=True, sa=3),
   T('On-Demand Webinar', size=12, i=True, b=True, color='#00577d', sa=6),
   T(t08, size=16, b=True, w=590, sa=3),
   T('Date of completion: April 22, 2025', size=12, sa=10),
   T('ACCENT' + REG + ' contact hours earned: 1.5', size=13, b=True, sa=2),
   T('Activity ID: OD-25-1127', size=11, sa=10),
   T('ADLM is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing '
     'medical education for physicians. ADLM designates this enduring material for a maximum of 1.25 AMA PRA Category 1 '
     'Credits' + TM + '. Physicians should claim only the credit commensurate with the extent of their participation.',
     size=8.5, w=600, color='#333333', sa=2),
   FOOT('ADLM Learning Lab  ' + MD + '  Certificate issued 04/22/2025', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs09  NSH  -  Chromium  -  portrait, labels ABOVE values in columns, Grossing + Safety in title
# ---------------------------------------------------------------------------------------------
t09 = 'Grossing Room Safety: Formalin Exposure Monitoring and Spill Response'
C('zs09', 'nsh', 'chromium-html',
  ['labels-above-values', 'portrait', 'border', 'course-word-in-title', 'credential-after-name', 'accented-name',
   'hyphenated-name'],
  'Participant | Date of Completion on one row with values below; Contact Hours | Course Number on the next. '
  'Certificate-issued date and NSH member number are distractors.',
  'Beatriz Caldeira-Núñez', t09, '2025-01-17', 1.0, 'contact hour',
  ['National Society for Histotechnology', 'NSH'], 'NSH-W25-014',
  dict(orient='portrait', border='double', bcolor='#8a1538', accent='#8a1538', margin=72, mt=80, mb=60, font='sans',
       meta_title='NSH Certificate of Completion'),
  [T('National Society for Histotechnology', size=18, b=True, color='#8a1538', sa=28),
   T('Certificate of Completion', size=28, font='dserif', sa=24),
   T('awarded for completion of the webinar', size=11, i=True, sa=8),
   T(t09, size=17, b=True, w=420, sa=34),
   COLS([[('Participant', 'Beatriz Caldeira-Núñez, HTL(ASCP)'), ('Date of Completion', 'January 17, 2025')],
         [('Contact Hours', '1.0'), ('Course Number', 'NSH-W25-014')],
         [('Certificate Issued', '01/18/2025'), ('NSH Member #', 'H-30917')]], w=440, gap=16, sa=24),
   T('NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program.', size=8.5, color='#333333', w=420, sa=20),
   SIG([('Yolanda Brightwater, HTL(ASCP)QIHC', 'Chair, NSH Education Committee', 'Yolanda Brightwater')], lw=220),
   FOOT('National Society for Histotechnology  ' + MD + '  www.nsh.org', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs10  AMT  -  LibreOffice fodt  -  landscape, letter-spaced ALL-CAPS name, Self-Study Module, Ethics in title
# ---------------------------------------------------------------------------------------------
t10 = ('Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest and Disclosure of Laboratory '
       'Errors')
C('zs10', 'amt', 'libreoffice-fodt',
  ['centred-award', 'landscape', 'border', 'letter-spaced-name', 'all-caps-name', 'format-line', 'long-title-wrap',
   'title-then-labelled-line', 'course-word-in-title'],
  'Name printed with letter spacing (fo:letter-spacing) in capitals. "Self-Study Module" is the format line; '
  'Ethics is part of the title. CE hours unit. Member number is a distractor.',
  'RAFAEL MONTOYA', t10, '2024-08-19', 2.0, 'CE hour',
  ['American Medical Technologists', 'AMT'], 'AMT-SS-3308',
  dict(orient='landscape', border='double', bcolor='#003366', accent='#003366', mx=86, mt=60, mb=44, font='bookman',
       fodt_top=10, meta_title='AMT Certificate of Completion'),
  [T('American Medical Technologists', size=18, b=True, color='#003366', sa=10),
   T('CERTIFICATE OF COMPLETION', size=24, track=3, sa=14),
   T('This acknowledges that', size=12, i=True, sa=6),
   T('RAFAEL MONTOYA', size=24, b=True, track=6, sa=8),
   T('has completed the', size=12, i=True, sa=2),
   T('Self-Study Module', size=12, b=True, color='#003366', sa=4),
   T(t10, size=15, b=True, w=560, sa=2),
   T('Completion date: 08/19/2024', size=11.5, sa=8),
   T('CE hours awarded: 2.0     Course ID: AMT-SS-3308', size=12, b=True, sa=8),
   SIG([('Lorraine Abernathy-Coles, MT(AMT)', 'Director, Continuing Education')], lw=220),
   FOOT('AMT Member No. 55012-MT  ' + MD + '  This certificate documents continuing education for the AMT '
        'Certification Continuation Program (CCP).', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs11  ASM  -  docx  -  portrait letter-ish with label/value rows, session certificate at a conference
# ---------------------------------------------------------------------------------------------
t11 = ('Diagnostic Stewardship for Blood Culture Contamination: Lessons from Multicenter Quality Improvement '
       'Programs')
C('zs11', 'asm', 'docx-libreoffice',
  ['two-column-label-value', 'portrait', 'session-at-conference', 'date-range', 'long-title-wrap',
   'title-then-labelled-line', 'credential-after-name', 'accented-name', 'hyphenated-name'],
  'Session certificate inside a conference that runs June 19-23: the session date (June 21) is the gold, not the last '
  'day. Registration ID is a distractor; "Session No." is the activity ID.',
  'Chloé Beaumont-Ferrer', t11, '2025-06-21', 1.5, 'contact hour',
  ['American Society for Microbiology', 'ASM'], '214',
  dict(orient='portrait', align='L', margin=72, mt=64, font='dsans', accent='#00467f', border=None,
       meta_title='ASM Microbe session certificate'),
  [T('American Society for Microbiology', size=17, b=True, color='#00467f', sa=1),
   T('ASM Microbe 2025  ' + MD + '  June 19' + ND + '23, 2025  ' + MD + '  Los Angeles, California', size=9.5,
     color='#555555', sa=4),
   RULE(color='#00467f', lw=1.5, sa=24),
   T('Continuing Education Certificate', size=20, b=True, sa=2),
   T('Session Attendance', size=12, color='#555555', sa=20),
   KV([('Participant:', 'Chloé Beaumont-Ferrer, PhD, D(ABMM)'),
       ('Session:', t11),
       ('Session date:', 'June 21, 2025'),
       ('Session No.:', '214'),
       ('P.A.C.E.' + REG + ' contact hours:', '1.5'),
       ('Registration ID:', 'MB25-0094417')], lw=150, w=460, align='L', size=11, gap=6, sa=20),
   T('ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program. Attendance at this session was verified by on-site scan.', size=9, color='#333333', sa=24),
   SIG([('Marguerite Oduya, PhD', 'Chair, ASM Microbe Program Committee', 'M. Oduya')], align='L', lw=200),
   FOOT('American Society for Microbiology  ' + MD + '  Certificate generated June 24, 2025', size=7.5, align='L')])

# ---------------------------------------------------------------------------------------------
# zs12  CLSI  -  fpdf  -  portrait label/value, long title in value column followed by labelled line
# ---------------------------------------------------------------------------------------------
t12 = ('Verification of Quantitative Method Performance Using CLSI EP15: Precision and Bias Estimation for '
       'Laboratory Directors and Supervisors')
C('zs12', 'clsi', 'fpdf',
  ['two-column-label-value', 'portrait', 'border', 'long-title-wrap', 'title-then-labelled-line', 'name-suffix',
   'credential-after-name'],
  'Name has suffix "Sr." followed by a credential. Title wraps in the value column and is followed by "Format:" then '
  '"Date Completed:". Registration number is a distractor.',
  'Jonathan Pruitt Sr.', t12, '2024-11-19', 1.5, 'contact hour',
  ['Clinical and Laboratory Standards Institute', 'CLSI'], '319-004-24',
  dict(orient='portrait', border='single', bcolor='#233d7b', accent='#233d7b', margin=72, mt=86, mb=60, font='sans',
       meta_title='CLSI Certificate of Completion'),
  [T('Clinical and Laboratory Standards Institute', size=17, b=True, color='#233d7b', sa=30),
   T('Certificate of Completion', size=26, font='serif', sa=30),
   KV([('Participant:', 'Jonathan Pruitt Sr., MT(ASCP)'),
       ('Program:', t12),
       ('Format:', 'Recorded webinar'),
       ('Date Completed:', '11/19/2024'),
       ('P.A.C.E.' + REG + ' Contact Hours:', '1.5'),
       ('Program No.:', '319-004-24'),
       ('Registration #:', 'R-2024-88172')], lw=150, w=440, size=11, gap=7, sa=30),
   T('CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program.', size=9, color='#333333', w=440, sa=30),
   SIG([('Abigail N. Ferreira-Holt, MBA, MLS(ASCP)', 'Vice President, Education')], lw=230),
   FOOT('Clinical and Laboratory Standards Institute  ' + MD + '  Wayne Corporate Center, Suite 300  ' + MD +
        '  Certificate date 11/20/2024', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs13  State society symposium  -  tcpdf  -  landscape, "Spring Symposium" format line, date range, abbreviation
# ---------------------------------------------------------------------------------------------
t13 = 'Transfusion Medicine Update: Patient Blood Management and Massive Transfusion Protocols'
C('zs13', 'state-society', 'tcpdf',
  ['centred-award', 'landscape', 'border', 'seal', 'format-line', 'date-range', 'signatures', 'event-no',
   'hyphenated-name'],
  '"SPRING SYMPOSIUM" is a format line between the verb and the symposium title. Range April 10-12 -> last day. '
  'The society short form KSCLS is printed in the P.A.C.E. statement. "Event No." gives the ID.',
  'Aiyana Redcloud-Harper', t13, '2025-04-12', 12.0, 'contact hour',
  ['Keystone Society for Clinical Laboratory Science', 'KSCLS'], 'KSCLS-SS25',
  dict(orient='landscape', border='double', bcolor='#234e2a', accent='#234e2a', seal='tr', seal_color='#b8860b',
       mx=80, mt=58, mb=44, font='serif', meta_title='KSCLS Certificate of Attendance'),
  [T('Keystone Society for Clinical Laboratory Science', size=19, b=True, color='#234e2a', sa=16),
   T('Certificate of Attendance', size=30, i=True, sa=10),
   T('awarded to', size=12, sa=6),
   T('Aiyana Redcloud-Harper', size=26, b=True, sa=8),
   T('for attending the', size=12, i=True, sa=4),
   T('SPRING SYMPOSIUM', size=11, b=True, color='#234e2a', sa=4),
   T(t13, size=17, b=True, w=560, sa=4),
   T('April 10' + ND + '12, 2025  ' + MD + '  Susquehanna Conference Center, Harrisburg, Pennsylvania', size=11.5, sa=8),
   T('Contact hours: 12.0     Event No. KSCLS-SS25', size=12.5, b=True, sa=4),
   SIG([('Corinne Vasquez-Tull, MS, MLS(ASCP)CM', 'President'), ('Dwight Amankwah, MLS(ASCP)', 'Education Chair')],
       w=500, lw=200),
   FOOT('The Keystone Society for Clinical Laboratory Science (KSCLS) is approved as a provider of continuing education '
        'programs in the clinical laboratory sciences by the ' + PACE + ' Program.', size=8)])

# ---------------------------------------------------------------------------------------------
# zs14  Regional society webinar  -  ReportLab canvas  -  issuer line under the heading, Live Virtual Session, columns
# ---------------------------------------------------------------------------------------------
t14 = ('Decalcification of Bone and Calcified Specimens: Balancing Turnaround Time with Morphology and Molecular '
       'Testing')
C('zs14', 'regional-society', 'reportlab-canvas',
  ['centred-award', 'portrait', 'border', 'issuer-line-under-heading', 'format-line', 'long-title-wrap',
   'labels-above-values', 'credential-after-name', 'hyphenated-name'],
  'Provider printed only in the issuer line under "Certificate of Completion" (and again inside the approval '
  'sentence). "Live Virtual Session" is the format line. Columns with labels above values; registration number and '
  'issue date are distractors; "Session ID" is the activity ID.',
  'Mei-Lin Kowalczyk', t14, '2024-09-25', 1.0, 'contact hour',
  ['Great Lakes Society for Histotechnology'], 'GLSH-0924-03',
  dict(orient='portrait', border='ornate', bcolor='#3b5b7a', accent='#3b5b7a', margin=66, mt=96, mb=60, font='serif',
       meta_title='Certificate of Completion'),
  [T('Certificate of Completion', size=30, color='#3b5b7a', sa=6),
   T('issued by the Great Lakes Society for Histotechnology', size=12, i=True, sa=34),
   T('Live Virtual Session', size=11, b=True, font='sans', color='#3b5b7a', sa=6),
   T(t14, size=16, b=True, w=430, sa=30),
   COLS([[('Participant', 'Mei-Lin Kowalczyk, HT(ASCP)'), ('Session Date', 'September 25, 2024'),
          ('Contact Hours', '1.0')],
         [('Session ID', 'GLSH-0924-03'), ('Registration No.', '48810'), ('Date Issued', 'October 2, 2024')]],
        colw=[0.42, 0.32, 0.26], w=460, gap=18, sa=20),
   T('This session has been approved for 1.0 contact hour of continuing education through the Great Lakes Society '
     'for Histotechnology, an approved provider of the ' + PACE + ' Program.', size=9, color='#333333', w=440, sa=26),
   SIG([('Tobias Wendt, HTL(ASCP)', 'Program Chair', 'Tobias Wendt'),
        ('Marisa Quon, HT(ASCP)', 'Secretary', 'M. Quon')], w=460, lw=180),
   FOOT('P.O. Box 4417, Ann Arbor, Michigan 48106', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs15  Hospital in-service  -  Platypus  -  left letter style, department as provider, Orientation in title
# ---------------------------------------------------------------------------------------------
t15 = 'Annual Competency Orientation: Point-of-Care Glucose Meter Operation and Quality Control'
C('zs15', 'hospital', 'reportlab-platypus',
  ['letter-style', 'left-aligned', 'portrait', 'two-column-label-value', 'department-provider', 'name-suffix',
   'course-word-in-title', 'hyphenated-name', 'employee-id-distractor'],
  'Hospital in-service; provider = institution + its Laboratory Education Council. "Orientation" belongs to the '
  'title. Employee ID and instructor are distractors; "Class No." gives the ID. CE hours unit.',
  'Patrick Delacroix-Moore Jr.', t15, '2025-01-09', 1.0, 'CE hour',
  ['St. Ansgar Regional Medical Center', 'St. Ansgar Regional Medical Center, Laboratory Education Council'],
  'IS-25-031',
  dict(orient='portrait', align='L', margin=72, mt=62, font='serif', accent='#3a4a5a',
       meta_title='In-Service Education Record'),
  [T('St. Ansgar Regional Medical Center', size=17, b=True, color='#3a4a5a', font='sans', sa=1),
   T('Laboratory Education Council', size=12, font='sans', color='#3a4a5a', sa=1),
   T('1400 Lindquist Avenue  ' + MD + '  Duluth, Minnesota 55805', size=8.5, font='sans', color='#666666', sa=4),
   RULE(lw=1.2, color='#3a4a5a', sa=26),
   T('Certificate of In-Service Attendance', size=18, b=True, sa=16),
   T('This is to certify that the employee named below attended the following in-service education class offered by '
     'the Laboratory Education Council.', size=11, sa=16),
   KV([('Employee:', 'Patrick Delacroix-Moore Jr.'),
       ('Employee ID:', '100482'),
       ('Class:', t15),
       ('Class No.:', 'IS-25-031'),
       ('Date:', 'Thursday, January 9, 2025'),
       ('CE Hours:', '1.0'),
       ('Instructor:', 'Imelda Sorensen, MLS(ASCP)CM, Point-of-Care Coordinator')], lw=110, w=460, align='L',
      size=11, gap=4, sa=24),
   T('Continuing education hours are granted by the Laboratory Education Council for in-service classes of at least '
     '50 minutes of instruction.', size=9, color='#333333', sa=30),
   SIG([('Harriet M. Lund, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator', 'Harriet Lund')], align='L', lw=220),
   FOOT('Form LEC-07 (rev. 11/2024)  ' + MD + '  Filed in employee education record', size=7.5, align='L')])

# ---------------------------------------------------------------------------------------------
# zs16  Public health laboratory  -  AcroForm filled + flattened  -  expiry-date distractor, Training No.
# ---------------------------------------------------------------------------------------------
t16 = 'Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)'
C('zs16', 'public-health', 'acroform-flattened',
  ['form-fields', 'portrait', 'border', 'two-column-label-value', 'expiry-date-distractor',
   'credential-after-name'],
  'Fillable certificate: name, date and hours are form fields filled and flattened. The shipping certification '
  '"valid through" date is an expiry distractor. "Training No." gives the ID.',
  'Fatima Zahra Benali', t16, '2025-03-27', 3.0, 'contact hour',
  ['Columbia Basin Regional Public Health Laboratory'], 'PHL-TR-2025-07',
  dict(orient='portrait', border='double', bcolor='#14532d', accent='#14532d', margin=72, mt=80, mb=60, font='serif',
       meta_title='Certificate of Training'),
  [T('Columbia Basin Regional Public Health Laboratory', size=16, b=True, color='#14532d', font='sans', sa=28),
   T('Certificate of Training', size=28, sa=24),
   T('This certifies that', size=12, i=True, sa=8),
   T('Fatima Zahra Benali, MPH, M(ASCP)', size=20, b=True, field='participant', font='serif', sa=14),
   T('has completed the training course', size=12, i=True, sa=8),
   T(t16, size=15, b=True, w=420, sa=26),
   KV([('Training No.:', 'PHL-TR-2025-07'),
       ('Date of training:', '03/27/2025', 'training_date'),
       ('Contact hours:', '3.0', 'contact_hours'),
       ('Shipper certification valid through:', '03/27/2027', 'valid_through')], lw=210, w=400, size=11.5, gap=6,
      sa=20),
   T('Columbia Basin Regional Public Health Laboratory is approved as a provider of continuing education programs in '
     'the clinical laboratory sciences by the ' + PACE + ' Program.', size=9, color='#333333', w=430, sa=30),
   SIG([('Dr. Everett Kalani, PhD, HCLD(ABB)', 'Laboratory Director'),
        ('Sunita Ramaswamy, MS', 'Training Coordinator')], lw=190),
   FOOT('2100 Riverfront Drive, Richland, Washington 99352  ' + MD + '  (509) 555-0147', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs17  Joint-accreditation CME  -  Ghostscript  -  Grand Rounds series in title, four credit types
# ---------------------------------------------------------------------------------------------
t17 = ('Pathology Grand Rounds: Clonal Hematopoiesis of Indeterminate Potential and What the Laboratory Should '
       'Report')
C('zs17', 'joint-cme', 'ghostscript-ps',
  ['centred-award', 'portrait', 'border', 'several-credit-types', 'joint-accreditation', 'series-name-in-title',
   'long-title-wrap', 'title-then-labelled-line', 'department-provider', 'credential-after-name',
   'hyphenated-name'],
  'Series name "Pathology Grand Rounds:" is part of the title. Credit lines: AMA PRA 1.25, ANCC 1.25, ACPE 1.25 are '
  'distractors; P.A.C.E. 1.5 contact hours is gold. Provider is the medical center and its CME office.',
  'Eleanor Vukovic-Strand', t17, '2024-11-06', 1.5, 'contact hour',
  ['Halvorsen University Medical Center',
   'Halvorsen University Medical Center, Office of Continuing Medical Education'], '24-GR-1106',
  dict(orient='portrait', border='single', bcolor='#4b2c6f', accent='#4b2c6f', margin=70, mt=70, mb=52,
       font='century', meta_title='Certificate of Participation', meta_creator='HUMC CME Tracker'),
  [T('Halvorsen University Medical Center', size=18, b=True, color='#4b2c6f', sa=2),
   T('Office of Continuing Medical Education', size=12, color='#4b2c6f', sa=26),
   T('Certificate of Participation', size=26, sa=16),
   T('Eleanor Vukovic-Strand, MD', size=20, b=True, sa=10),
   T('attended the live activity', size=11.5, i=True, sa=8),
   T(t17, size=14, b=True, w=470, sa=3),
   T('Date: November 6, 2024     Activity ID: 24-GR-1106', size=11, sa=20),
   TABLE(['Credit type', 'Hours'],
         [['AMA PRA Category 1 Credits' + TM, '1.25'],
          ['ANCC nursing contact hours', '1.25'],
          ['ACPE contact hours (knowledge-based)', '1.25'],
          [PACE + ' contact hours', '1.5']], widths=[0.75, 0.25], w=380, size=10, sa=16),
   T('In support of improving patient care, Halvorsen University Medical Center is jointly accredited by the '
     'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education '
     '(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare '
     'team. Halvorsen University Medical Center designates this live activity for a maximum of 1.25 AMA PRA Category 1 '
     'Credits' + TM + '. Halvorsen University Medical Center is approved as a provider of continuing education programs '
     'in the clinical laboratory sciences by the ' + PACE + ' Program.', size=8, align='L', color='#333333', sa=14),
   SIG([('Gunnar T. Aasheim, MD', 'Director, Continuing Medical Education')], lw=220),
   FOOT('Office of Continuing Medical Education  ' + MD + '  CME Tracker record 77-31552  ' + MD + '  Printed 11/12/2024',
        size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs18  University CE (CEU)  -  Chromium  -  landscape, letter-spaced name, two pages, conferral date distractor
# ---------------------------------------------------------------------------------------------
t18 = 'Molecular Diagnostics Bootcamp: PCR, Sequencing and Variant Interpretation for the Clinical Laboratory'
C('zs18', 'university', 'chromium-html',
  ['centred-award', 'landscape', 'border', 'seal', 'two-pages', 'letter-spaced-name', 'all-caps-name',
   'accented-name', 'date-range', 'ceu', 'department-provider', 'signatures'],
  'CEU certificate: 3.2 CEU -> 32 points. Course ran June 9-13 (last day is gold); "Conferred June 20, 2025" is a '
  'distractor. Page 2 is a course summary with a student ID and contact-hour breakdown.',
  'TOMÁS IBARRA QUINTERO', t18, '2025-06-13', 3.2, 'CEU',
  ['Westbrook State University', 'Westbrook State University, Division of Continuing and Professional Education'],
  'CE-MLS-4107',
  dict(orient='landscape', border='thick', bcolor='#6b1d1d', accent='#6b1d1d', seal='bl', seal_color='#6b1d1d',
       mx=84, mt=58, mb=48, font='palatino', valign='center', meta_title='Westbrook State University Certificate'),
  [T('Westbrook State University', size=24, b=True, color='#6b1d1d', sa=2),
   T('Division of Continuing and Professional Education', size=12, i=True, sa=14),
   T('Certificate of Completion', size=28, sa=10),
   T('This certifies that', size=12, i=True, sa=6),
   T('TOMÁS IBARRA QUINTERO', size=22, b=True, track=5, sa=8),
   T('has satisfactorily completed the non-credit continuing education course', size=12, i=True, sa=6),
   T(t18, size=17, b=True, w=560, sa=4),
   T('held June 9' + ND + '13, 2025, and is awarded 3.2 Continuing Education Units (CEUs)', size=12, sa=4),
   T('Course No. CE-MLS-4107', size=11, sa=6),
   SIG([('Prof. Lydia Marchbanks, PhD', 'Dean, Continuing and Professional Education', 'Lydia Marchbanks'),
        ('Omar Haddadin, MS, MLS(ASCP)CM', 'Course Director', 'Omar Haddadin')], w=560, lw=210),
   FOOT('Conferred June 20, 2025  ' + MD + '  One CEU equals ten contact hours of participation in an organized '
        'continuing education experience.', size=7.5),
   PB(),
   T('Course Summary', size=20, b=True, color='#6b1d1d', align='L', sa=4),
   T('Westbrook State University ' + MD + ' Division of Continuing and Professional Education', size=10, align='L',
     sa=14),
   KV([('Participant:', 'Tomás Ibarra Quintero'), ('Student ID:', 'W00912877'), ('Course No.:', 'CE-MLS-4107'),
       ('Dates:', 'June 9' + ND + '13, 2025 (five days, in person)'), ('Location:', 'Harlan Science Center, Room 214')],
      lw=110, w=520, align='L', size=10.5, gap=3, sa=12),
   TABLE(['Day', 'Topics', 'Contact hours'],
         [['Monday', 'Nucleic acid extraction; PCR and real-time PCR fundamentals', '6.5'],
          ['Tuesday', 'Assay validation and quality control for molecular tests', '6.5'],
          ['Wednesday', 'Sanger and next-generation sequencing workflows', '6.5'],
          ['Thursday', 'Variant classification and reporting', '6.5'],
          ['Friday', 'Case conference and written assessment', '6.0']],
         widths=[0.16, 0.66, 0.18], w=560, size=10, sa=12),
   T('Total: 32 contact hours = 3.2 CEUs. Assessment passed on the final day of the course.', size=10.5, align='L',
     sa=4)])

# ---------------------------------------------------------------------------------------------
# zs19  Vendor training  -  LibreOffice fodt  -  portrait, training date range, instrument serial distractor
# ---------------------------------------------------------------------------------------------
t19 = 'Veridane HX-900 Hematology Analyzer Key Operator Training'
C('zs19', 'vendor', 'libreoffice-fodt',
  ['centred-award', 'portrait', 'border', 'table', 'date-range', 'serial-number-distractor', 'credential-after-name'],
  'Vendor key-operator course over four days: last day (May 15) is gold. Table columns: Training ID, Training Dates, '
  'Contact Hours; instrument serial number is a distractor.',
  'DeShawn M. Carrington', t19, '2025-05-15', 16.0, 'contact hour',
  ['Veridane Diagnostics, Inc.'], 'VT-HX9-0525',
  dict(orient='portrait', border='thick', bcolor='#c0392b', accent='#c0392b', margin=72, mt=72, mb=56, font='sans',
       fodt_top=18, meta_title='Certificate of Training'),
  [T('Veridane Diagnostics, Inc.', size=20, b=True, color='#c0392b', sa=2),
   T('5100 Innovation Way  ' + MD + '  Raleigh, North Carolina 27606', size=9,
     color='#555555', sa=30),
   T('Certificate of Training', size=28, font='serif', sa=20),
   T('Awarded to', size=12, i=True, font='serif', sa=6),
   T('DeShawn M. Carrington, MLS(ASCP)CM', size=21, b=True, font='serif', sa=16),
   T('for successful completion of', size=12, i=True, font='serif', sa=8),
   T(t19, size=16, b=True, w=420, sa=24),
   TABLE(['Training ID', 'Training Dates', 'Contact Hours'], [['VT-HX9-0525', 'May 12' + ND + '15, 2025', '16.0']],
         w=420, size=10.5, sa=8),
   T('Instrument Serial No. HX9-24-00817  ' + MD + '  Site: Pinecrest Community Hospital Laboratory', size=9,
     color='#444444', sa=24),
   T('Veridane Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
     'sciences by the ' + PACE + ' Program.', size=9, color='#333333', w=420, sa=24),
   SIG([('Kenji Albright', 'Senior Field Applications Specialist', 'Kenji Albright'),
        ('Rosalind Eberhart, MT(ASCP)', 'Manager, Technical Training', 'R. Eberhart')], lw=190),
   FOOT('This certificate documents operator training only and does not constitute competency assessment.', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs20  Vendor webinar  -  docx  -  landscape, "On-Demand" format line, presented-by distractor
# ---------------------------------------------------------------------------------------------
t20 = 'Sepsis Biomarkers in Practice: Procalcitonin-Guided Antibiotic Stewardship'
C('zs20', 'vendor', 'docx-libreoffice',
  ['centred-award', 'landscape', 'border', 'format-line', 'presented-by-distractor', 'hyphenated-name'],
  '"On-Demand" is the format line. Presenter (PhD, DABCC) is a distractor. "Event ID:" gives the ID. '
  'The vendor is named in the header and the P.A.C.E. statement.',
  'Ingrid Solheim-Achebe', t20, '2025-07-08', 1.0, 'contact hour',
  ['Quillon Molecular'], 'QM-WEB-2208',
  dict(orient='landscape', border='double', bcolor='#0b6e4f', accent='#0b6e4f', mx=90, mt=60, mb=50, font='sans',
       docx_top=6, meta_title='Quillon Molecular Certificate of Attendance'),
  [T('Quillon Molecular', size=20, b=True, color='#0b6e4f', sa=2),
   T('Clinical Education Webinar Series', size=10.5, color='#555555', sa=16),
   T('Certificate of Attendance', size=28, font='serif', sa=10),
   T('Ingrid Solheim-Achebe', size=24, b=True, font='serif', sa=8),
   T('attended the', size=12, i=True, font='serif', sa=4),
   T('On-Demand', size=11, b=True, color='#0b6e4f', sa=4),
   T(t20, size=17, b=True, sa=4),
   T('Presented by Lionel Brandt, PhD, DABCC', size=11, i=True, sa=10),
   T('Completed: 07/08/2025     Contact Hours (P.A.C.E.' + REG + '): 1.0     Event ID: QM-WEB-2208', size=11.5, sa=12),
   T('Quillon Molecular is approved as a provider of continuing education programs in the clinical laboratory '
     'sciences by the ' + PACE + ' Program.', size=8.5, color='#333333', sa=4),
   FOOT('Quillon Molecular  ' + MD + '  This program was presented without commercial promotion of any product.',
        size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs21  ASCP  -  tcpdf  -  ALL-CAPS name, Enduring Material format line, maximum vs claimed CMLE
# ---------------------------------------------------------------------------------------------
t21 = 'Urine Sediment Microscopy Atlas: Casts, Crystals, Cells and Contaminants'
C('zs21', 'ascp', 'tcpdf',
  ['centred-award', 'portrait', 'border', 'all-caps-name', 'format-line', 'maximum-vs-claimed',
   'credential-after-name', 'hyphenated-name'],
  '"Enduring Material" is the format line. ASCP designates a maximum of 2.0 CMLE; the learner claimed 1.5 (gold). '
  'Transcript ID is a distractor.',
  'JAMAL A. PRICE-HOLLOWAY', t21, '2024-12-02', 1.5, 'CMLE',
  ['American Society for Clinical Pathology', 'ASCP'], 'EM-24-5521',
  dict(orient='portrait', border='single', bcolor='#1f3a5f', accent='#1f3a5f', margin=72, mt=84, mb=56, font='sans',
       meta_title='ASCP CMLE Certificate'),
  [T('American Society for Clinical Pathology', size=18, b=True, color='#1f3a5f', sa=30),
   T('CMLE Certificate', size=28, font='serif', sa=24),
   T('JAMAL A. PRICE-HOLLOWAY, MLS(ASCP)CM', size=18, b=True, sa=12),
   T('has completed', size=12, i=True, font='serif', sa=8),
   T('Enduring Material', size=11, color='#1f3a5f', i=True, sa=4),
   T(t21, size=16, b=True, w=420, sa=8),
   T('Completion Date: 12/02/2024', size=11.5, sa=26),
   T('ASCP designates this enduring material for a maximum of 2.0 CMLE credits.', size=10.5, sa=4),
   T('CMLE credits claimed: 1.5', size=13, b=True, sa=4),
   T('Activity ID: EM-24-5521     Transcript ID: 0093381244', size=10.5, sa=30),
   SIG([('Delphine R. Okafor, MD, FASCP', 'Chair, Council on Continuing Education')], lw=220),
   FOOT('ASCP CMLE credits are accepted by the ASCP Board of Certification for the Credential Maintenance Program.',
        size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs22  AABB  -  ReportLab canvas  -  annual meeting (Meeting in title), two pages, claimed vs maximum, no ID
# ---------------------------------------------------------------------------------------------
t22 = 'AABB Annual Meeting 2024'
C('zs22', 'aabb', 'reportlab-canvas',
  ['centred-award', 'landscape', 'border', 'seal', 'two-pages', 'meeting-attendance', 'date-range',
   'maximum-vs-claimed', 'several-credit-types', 'credit-table', 'no-activity-id', 'credential-after-name',
   'hyphenated-name'],
  'Meeting attendance: the meeting name is the title; Oct 19-22 -> last day. Page 1 states P.A.C.E. hours claimed '
  '18.5; page 2 credit summary gives maximum 26.0 for each type (distractor). Registration and member numbers are '
  'distractors; no activity number is printed. Only "AABB" is printed as provider name.',
  'Kateryna Bondarenko-Lewis', t22, '2024-10-22', 18.5, 'contact hour',
  ['AABB'], None,
  dict(orient='landscape', border='double', bcolor='#7a1f2b', accent='#7a1f2b', seal='br', seal_color='#7a1f2b',
       mx=80, mt=62, mb=48, font='lserif', valign='center', meta_title='AABB Annual Meeting 2024 Certificate'),
  [T('AABB', size=34, b=True, color='#7a1f2b', font='lsans', sa=12),
   T('Certificate of Attendance', size=30, i=True, sa=10),
   T('This certifies that', size=12, sa=6),
   T('Kateryna Bondarenko-Lewis, MT(ASCP)SBB', size=24, b=True, sa=8),
   T('attended the', size=12, sa=6),
   T(t22, size=22, b=True, color='#7a1f2b', sa=4),
   T('October 19' + ND + '22, 2024  ' + MD + '  Houston, Texas', size=12, sa=12),
   T('P.A.C.E.' + REG + ' contact hours claimed: 18.5', size=13.5, b=True, sa=4),
   T('See page 2 for the complete credit summary.', size=9.5, i=True, sa=6),
   SIG([('Beatrix L. Fontaine, MD', 'Chair, Annual Meeting Program Committee', 'B. L. Fontaine')], lw=230),
   FOOT('Registration No. 2024AM-33190  ' + MD + '  AABB Member ID 118-2205', size=7.5),
   PB(),
   T('Credit Summary', size=20, b=True, color='#7a1f2b', align='L', sa=4),
   T('Kateryna Bondarenko-Lewis  ' + MD + '  ' + t22 + '  ' + MD + '  October 19' + ND + '22, 2024', size=10.5, align='L',
     sa=14),
   TABLE(['Credit Type', 'Maximum Available', 'Claimed'],
         [['P.A.C.E.' + REG + ' contact hours', '26.0', '18.5'],
          ['AMA PRA Category 1 Credits' + TM, '26.0', '0.0'],
          ['Nursing contact hours (ANCC)', '26.0', '0.0'],
          ['California CLS contact hours', '26.0', '0.0']], widths=[0.5, 0.25, 0.25], w=520, size=10.5, align='L',
         sa=14),
   T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program. AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to '
     'provide continuing medical education for physicians. Credit was claimed through the AABB education portal on '
     'November 4, 2024.', size=9, align='L', color='#333333', w=620, sa=4)])

# ---------------------------------------------------------------------------------------------
# zs23  CAP  -  Chromium  -  portrait, Meeting (verb) in title, provider only in joint-accreditation statements
# ---------------------------------------------------------------------------------------------
t23 = ('Competency Assessment Made Practical: Meeting CAP Checklist Requirements for Nonwaived Testing Personnel')
C('zs23', 'cap', 'chromium-html',
  ['centred-award', 'portrait', 'border', 'format-line', 'course-word-in-title', 'long-title-wrap',
   'title-then-labelled-line', 'provider-only-in-accreditation-statement', 'several-credit-types',
   'joint-accreditation', 'credential-after-name'],
  'No letterhead; the CAP appears only in the accreditation statements. "Live Webinar" is the format line; "Meeting" '
  'in the title is a verb. AMA PRA figure is a distractor; P.A.C.E. contact hours are gold. "Activity Code" gives '
  'the ID.',
  'Anand V. Subramaniam', t23, '2025-03-04', 1.0, 'contact hour',
  ['College of American Pathologists', 'CAP'], 'W25-0304',
  dict(orient='portrait', border='ornate', bcolor='#0e5a6b', accent='#0e5a6b', margin=72, mt=90, mb=56,
       font='serif', meta_title='Certificate of Participation'),
  [T('Certificate of Participation', size=30, color='#0e5a6b', sa=26),
   T('Anand V. Subramaniam, MD, FCAP', size=22, b=True, sa=12),
   T('participated in the', size=12, i=True, sa=8),
   T('Live Webinar', size=11.5, b=True, font='sans', color='#0e5a6b', sa=6),
   T(t23, size=16, b=True, w=430, sa=4),
   T('Session date: March 4, 2025', size=12, sa=24),
   T('Credits claimed', size=11, b=True, font='sans', sa=4),
   T('ASCLS P.A.C.E.' + REG + ' contact hours: 1.0', size=11.5, sa=2),
   T('AMA PRA Category 1 Credits' + TM + ': 1.0', size=11.5, sa=16),
   T('Activity Code: W25-0304', size=11, sa=26),
   T('In support of improving patient care, the College of American Pathologists is jointly accredited by the '
     'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education '
     '(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare '
     'team. The CAP designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit' + TM + '. The CAP is '
     'approved as a provider of continuing education programs in the clinical laboratory sciences by the ' + PACE +
     ' Program.', size=8.5, align='L', color='#333333', sa=6),
   FOOT('Printed from the learning transcript on 03/11/2025', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs24  State society webinar series  -  Ghostscript  -  landscape, labels above values, series name in title
# ---------------------------------------------------------------------------------------------
t24 = 'Lunch & Learn: Interpreting Coagulation Mixing Studies and Factor Inhibitor Screens'
C('zs24', 'state-society', 'ghostscript-ps',
  ['labels-above-values', 'landscape', 'border', 'series-name-in-title', 'provider-abbreviation',
   'hyphenated-name'],
  'Series name "Lunch & Learn:" is part of the title. Participant | Date of Completion | P.A.C.E. Contact Hours on '
  'one row, values below; "P.A.C.E. Course No." gives the ID; Date Issued is a distractor.',
  'Theresa Dela Cruz-Santos', t24, '2024-10-15', 1.0, 'contact hour',
  ['Prairie States Society for Clinical Laboratory Science', 'PSSCLS'], '318-442-24',
  dict(orient='landscape', border='double', bcolor='#5a3e1b', accent='#5a3e1b', mx=80, mt=66, mb=50, font='sans',
       meta_title='PSSCLS Certificate of Completion', meta_creator='PSSCLS webinar desk'),
  [T('Prairie States Society for Clinical Laboratory Science', size=18, b=True, color='#5a3e1b', sa=20),
   T('Certificate of Completion', size=30, font='palatino', sa=22),
   T(t24, size=18, b=True, font='palatino', sa=30),
   COLS([[('Participant', 'Theresa Dela Cruz-Santos'), ('Date of Completion', 'October 15, 2024'),
          ('P.A.C.E.' + REG + ' Contact Hours', '1.0')],
         [('P.A.C.E.' + REG + ' Course No.', '318-442-24'), ('Level', 'Intermediate'), ('Date Issued', 'October 16, 2024')]],
        colw=[0.4, 0.3, 0.3], w=600, gap=18, sa=26),
   T('The Prairie States Society for Clinical Laboratory Science (PSSCLS) is approved as a provider of continuing '
     'education programs in the clinical laboratory sciences by the ' + PACE + ' Program.', size=9, color='#333333',
     w=600, sa=4),
   FOOT('PSSCLS Webinar Series  ' + MD + '  Questions: education@psscls.example.org', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs25  LabCE  -  fpdf  -  portrait centred, ISO date, "Course #" label
# ---------------------------------------------------------------------------------------------
t25 = 'Fungal Identification: Yeasts of Clinical Significance Including Candida auris and Cryptococcus'
C('zs25', 'labce', 'fpdf',
  ['centred-award', 'portrait', 'border', 'long-title-wrap', 'title-then-labelled-line', 'credential-after-name'],
  'Title wraps and is followed at once by "Completed on:" with an ISO date. Order number and print time are '
  'distractors.',
  'Lucas Ferreira da Silva', t25, '2025-01-28', 2.0, 'contact hour',
  ['LabCE'], '578-118-25',
  dict(orient='portrait', border='band', bcolor='#0a6e8a', accent='#0a6e8a', margin=72, mt=92, mb=56, font='sans',
       meta_title='LabCE Continuing Education Certificate'),
  [T('LabCE', size=30, b=True, color='#0a6e8a', sa=4),
   T('Continuing Education Certificate', size=22, sa=30),
   T('This is to certify that', size=12, i=True, font='serif', sa=8),
   T('Lucas Ferreira da Silva, MLS(ASCP)CM', size=20, b=True, sa=16),
   T('has successfully completed the online course', size=12, i=True, font='serif', sa=10),
   T(t25, size=15, b=True, w=400, sa=3),
   T('Completed on: 2025-01-28', size=11.5, sa=26),
   T('P.A.C.E.' + REG + ' Contact Hours: 2.0', size=13, b=True, sa=6),
   T('P.A.C.E.' + REG + ' Course # 578-118-25     Level: Advanced', size=11, sa=34),
   T('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program.', size=9, color='#333333', w=420, sa=6),
   FOOT('Order #L-2025-015592  ' + MD + '  Printed 2025-02-03 09:14  ' + MD + '  www.labce.com', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs26  MediaLab  -  docx  -  landscape, Ethics in title, label/value rows
# ---------------------------------------------------------------------------------------------
t26 = 'Lab Ethics Essentials: Professional Conduct, Documentation and Patient Privacy'
C('zs26', 'medialab', 'docx-libreoffice',
  ['centred-award', 'landscape', 'border', 'two-column-label-value', 'course-word-in-title', 'credential-after-name',
   'hyphenated-name'],
  '"Ethics" is part of the course title. Label/value rows under the title. Account number is a distractor.',
  'Amara Nwachukwu-Boyd', t26, '2024-09-03', 1.5, 'contact hour',
  ['MediaLab, Inc.', 'MediaLab'], 'MLE-1405',
  dict(orient='landscape', border='single', bcolor='#5b2a86', accent='#5b2a86', mx=90, mt=60, mb=48, font='serif',
       docx_top=4, meta_title='MediaLab Certificate of Completion'),
  [T('MediaLab', size=24, b=True, color='#5b2a86', font='sans', sa=14),
   T('Certificate of Completion', size=28, sa=10),
   T('This is to certify that', size=12, i=True, sa=4),
   T('Amara Nwachukwu-Boyd, MLT', size=24, b=True, sa=8),
   T('has completed', size=12, i=True, sa=4),
   T(t26, size=17, b=True, sa=14),
   KV([('Completion Date:', '09/03/2024'), ('Contact Hours:', '1.5 (P.A.C.E.' + REG + ')'),
       ('Course Number:', 'MLE-1405'), ('Account No.:', 'A-7741930')], lw=130, w=330, size=11, gap=2, sa=10),
   T('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by '
     'the ' + PACE + ' Program.', size=8.5, color='#333333', sa=4),
   FOOT('MediaLab, Inc.  ' + MD + '  Certificate generated 09/03/2024', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs27  ADLM  -  Platypus  -  session certificate at the annual meeting, letter style
# ---------------------------------------------------------------------------------------------
t27 = 'Mass Spectrometry in the Routine Toxicology Laboratory: From Method Validation to Go-Live'
C('zs27', 'adlm', 'reportlab-platypus',
  ['letter-style', 'left-aligned', 'portrait', 'session-at-conference', 'date-range', 'two-column-label-value',
   'several-credit-types', 'credential-after-name', 'hyphenated-name', 'provider-name-with-and'],
  'Session certificate at a conference (July 27-31): the session date July 29 is gold. The meeting name contains '
  '"Meeting" but the session title is the gold title. ACCENT 1.0 (gold) vs AMA PRA 1.0 (distractor). "Session Code" '
  'gives the ID.',
  'Rhiannon Gwynne-Pryce', t27, '2025-07-29', 1.0, 'contact hour',
  ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '32104',
  dict(orient='portrait', align='L', margin=72, mt=60, font='sans', accent='#00577d',
       meta_title='ADLM 2025 Session Certificate'),
  [T('Association for Diagnostics & Laboratory Medicine', size=16, b=True, color='#00577d', sa=1),
   T('ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo  ' + MD + '  July 27' + ND + '31, 2025  ' + MD +
     '  Chicago, Illinois', size=9, color='#555555', sa=4),
   RULE(color='#00577d', lw=1.5, sa=26),
   T('Session Certificate of Attendance', size=19, b=True, font='serif', sa=18),
   KV([('Attendee:', 'Rhiannon Gwynne-Pryce, PhD, DABCC'),
       ('Session:', t27),
       ('Session date:', 'Tuesday, July 29, 2025'),
       ('Session Code:', '32104'),
       ('ACCENT' + REG + ' contact hours:', '1.0'),
       ('AMA PRA Category 1 Credits' + TM + ':', '1.0'),
       ('Badge No.:', '0417726')], lw=170, w=468, align='L', size=11, gap=4, sa=22),
   T('ADLM is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing '
     'medical education for physicians. ADLM designates this live activity for a maximum of 1.0 AMA PRA Category 1 '
     'Credit' + TM + '. ACCENT' + REG + ' contact hours are awarded by ADLM for laboratory professionals.', size=9,
     color='#333333', sa=26),
   SIG([('Francesca D. Lyle, PhD, DABCC', 'Chair, Annual Meeting Organizing Committee', 'Francesca Lyle')], align='L',
       lw=220),
   FOOT('Certificate generated from the ADLM 2025 mobile app on August 2, 2025', size=7.5, align='L')])

# ---------------------------------------------------------------------------------------------
# zs28  NSH  -  LibreOffice fodt  -  landscape, name letter-spaced with literal spaces, session within symposium
# ---------------------------------------------------------------------------------------------
t28 = 'Immunohistochemistry Troubleshooting: Antigen Retrieval, Detection Systems and Controls'
C('zs28', 'nsh', 'libreoffice-fodt',
  ['centred-award', 'landscape', 'border', 'letter-spaced-name', 'all-caps-name', 'accented-name',
   'session-at-conference', 'date-range'],
  'Name typed letter by letter with spaces (J O S É ...). Workshop session inside a symposium running Sept 12-17: the '
  'session date Sept 14 is gold. "Session #" gives the ID.',
  'JOSÉ LUIS ARAGÓN', t28, '2025-09-14', 3.0, 'contact hour',
  ['National Society for Histotechnology', 'NSH'], 'W-118',
  dict(orient='landscape', border='ornate', bcolor='#8a1538', accent='#8a1538', mx=86, mt=56, mb=44, font='palatino',
       fodt_top=6, meta_title='NSH Symposium Workshop Certificate'),
  [T('National Society for Histotechnology', size=18, b=True, color='#8a1538', sa=2),
   T('51st Annual Symposium/Convention  ' + MD + '  September 12' + ND + '17, 2025  ' + MD + '  Providence, Rhode Island',
     size=10, sa=14),
   T('Workshop Certificate', size=28, sa=10),
   T('J O S É   L U I S   A R A G Ó N', size=22, b=True, sa=8),
   T('attended the workshop session', size=12, i=True, sa=4),
   T(t28, size=17, b=True, w=600, sa=6),
   T('Session # W-118     Session date: September 14, 2025     Contact Hours: 3.0', size=12, sa=10),
   T('NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program.', size=8.5, color='#333333', sa=4),
   SIG([('Yolanda Brightwater, HTL(ASCP)QIHC', 'Chair, NSH Education Committee')], lw=220),
   FOOT('Attendance recorded by badge scan  ' + MD + '  NSH Member # H-52288', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs29  AMT  -  AcroForm  -  fill-in attendance certificate, Safety in title, CE hours
# ---------------------------------------------------------------------------------------------
t29 = 'Phlebotomy Safety: Needlestick Prevention and Post-Exposure Follow-Up'
C('zs29', 'amt', 'acroform-flattened',
  ['form-fields', 'portrait', 'border', 'two-column-label-value', 'course-word-in-title', 'credential-after-name'],
  'Fill-in attendance form: every value is a flattened form field next to a printed label. "Safety" is part of the '
  'title. "Program Number" gives the ID; member ID is a distractor.',
  'Brenda Kaye Tillotson', t29, '2024-10-26', 2.0, 'CE hour',
  ['American Medical Technologists', 'AMT'], '24-1187',
  dict(orient='portrait', border='double', bcolor='#003366', accent='#003366', margin=72, mt=80, mb=60, font='serif',
       meta_title='AMT CE Attendance Certificate'),
  [T('American Medical Technologists', size=18, b=True, color='#003366', font='sans', sa=4),
   T('AMT Educational Program', size=11, color='#555555', font='sans', sa=30),
   T('CE Attendance Certificate', size=26, sa=30),
   KV([('Attendee name:', 'Brenda Kaye Tillotson, MT(AMT)', 'attendee'),
       ('AMT Member ID:', '0088214', 'member_id'),
       ('Program title:', t29, 'program_title'),
       ('Program Number:', '24-1187', 'program_no'),
       ('Date attended:', '10/26/2024', 'date_attended'),
       ('CE Hours:', '2.0', 'ce_hours')], lw=130, w=440, size=12, gap=12, sa=30),
   T('I certify that the attendee named above was present for the entire program.', size=10.5, i=True, sa=20),
   SIG([('Carla J. Whitfield, MT(AMT)', 'Program Coordinator', 'Carla J. Whitfield')], lw=220),
   FOOT('AMT ' + MD + ' 10700 West Higgins Road, Suite 150, Rosemont, Illinois  ' + MD + '  Keep this certificate for your '
        'CCP records.', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs30  ASM  -  tcpdf  -  landscape, "Meeting" verb in title, Webinar format line, Program No. without colon
# ---------------------------------------------------------------------------------------------
t30 = 'Meeting the New CLSI Breakpoints: Updating Antimicrobial Susceptibility Testing for Enterobacterales'
C('zs30', 'asm', 'tcpdf',
  ['centred-award', 'landscape', 'border', 'format-line', 'course-word-in-title', 'program-no-without-colon',
   'hyphenated-name', 'credential-after-name', 'provider-name-with-for'],
  'Title begins with "Meeting" (a verb, part of the title) and names CLSI, which is not the provider. "Webinar" is a '
  'format line. "Program No. 205-118-24" has no colon.',
  'Hyun-woo Park', t30, '2024-08-14', 1.0, 'contact hour',
  ['American Society for Microbiology', 'ASM'], '205-118-24',
  dict(orient='landscape', border='thick', bcolor='#00467f', accent='#00467f', mx=84, mt=84, mb=46, font='sans',
       meta_title='ASM Webinar Certificate'),
  [T('American Society for Microbiology', size=20, b=True, color='#00467f', sa=18),
   T('Certificate of Completion', size=28, font='serif', sa=12),
   T('Hyun-woo Park, M(ASCP)CM', size=24, b=True, font='serif', sa=10),
   T('has completed the ASM clinical microbiology', size=12, i=True, font='serif', sa=4),
   T('Webinar', size=11.5, b=True, color='#00467f', sa=4),
   T(t30, size=17, b=True, w=580, sa=6),
   T('Webinar date: August 14, 2024', size=12, sa=10),
   T('P.A.C.E.' + REG + ' contact hours: 1.0          Program No. 205-118-24', size=12.5, b=True, sa=20),
   T('ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program.', size=9, color='#333333', sa=4),
   FOOT('Moderated by Priscilla Anand-Rowe, PhD, D(ABMM)  ' + MD + '  ASM Member 3390217', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs31  CLSI  -  ReportLab canvas  -  provider only as issuer line over the heading; letter-spaced name (char spacing)
# ---------------------------------------------------------------------------------------------
t31 = 'Laboratory Biosafety Risk Assessment: Applying the M29 Guideline in Clinical Microbiology'
C('zs31', 'clsi', 'reportlab-canvas',
  ['centred-award', 'portrait', 'border', 'issuer-line-over-heading', 'letter-spaced-name', 'all-caps-name',
   'accented-name', 'hyphenated-name', 'labels-above-values', 'format-line'],
  'Provider printed only as a small issuer line over "Certificate of Completion" (no short form anywhere). Name drawn '
  'with character spacing in capitals. "eLearning Course" is the format line. Columns with labels above values.',
  'ZSÓFIA NÉMETH-BRANDT', t31, '2025-02-11', 2.0, 'contact hour',
  ['Clinical and Laboratory Standards Institute'], 'EL-M29-02',
  dict(orient='portrait', border='double', bcolor='#233d7b', accent='#233d7b', margin=70, mt=92, mb=60, font='lserif',
       meta_title='Certificate of Completion'),
  [T('Clinical and Laboratory Standards Institute', size=11, font='lsans', color='#233d7b', sa=6),
   T('Certificate of Completion', size=30, b=True, color='#233d7b', sa=30),
   T('presented to', size=12, i=True, sa=8),
   T('ZSÓFIA NÉMETH-BRANDT', size=20, b=True, track=4, sa=20),
   T('for completing the', size=12, i=True, sa=6),
   T('eLearning Course', size=11, font='lsans', color='#233d7b', sa=5),
   T(t31, size=16, b=True, w=430, sa=30),
   COLS([[('Course ID', 'EL-M29-02'), ('Date of Completion', 'February 11, 2025'), ('Contact Hours', '2.0')]],
        colw=[0.3, 0.42, 0.28], w=440, gap=14, sa=24),
   T('This course is approved for 2.0 contact hours under the ' + PACE + ' Program.', size=9, color='#333333', sa=30),
   SIG([('Matthias Obermeyer, PhD', 'Director, Education and Training', 'M. Obermeyer')], lw=220),
   FOOT('Certificate No. 25-004419  ' + MD + '  Learner account zs.nemeth', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs32  Hospital laboratory education department  -  AcroForm  -  landscape, Grand Rounds series, Offering #
# ---------------------------------------------------------------------------------------------
t32 = 'Blood Bank Grand Rounds: Investigating a Delayed Hemolytic Transfusion Reaction'
C('zs32', 'hospital', 'acroform-flattened',
  ['form-fields', 'landscape', 'border', 'department-provider', 'series-name-in-title', 'name-suffix',
   'credential-after-name', 'labels-above-values', 'employee-id-distractor'],
  'Name, title and the column values are form fields. Series name "Blood Bank Grand Rounds:" is part of the title. '
  'Provider = health system + its Laboratory Education Department. "Offering #" gives the ID; employee ID is a '
  'distractor.',
  'Marcus Ellington III', t32, '2024-12-10', 1.0, 'contact hour',
  ['Mercy Hollow Health System', 'Mercy Hollow Health System, Laboratory Education Department'], 'LED-2412-07',
  dict(orient='landscape', border='single', bcolor='#2b4c7e', accent='#2b4c7e', mx=80, mt=56, mb=50, font='sans',
       valign='center', meta_title='Laboratory In-Service Certificate'),
  [T('Mercy Hollow Health System', size=20, b=True, color='#2b4c7e', sa=2),
   T('Laboratory Education Department', size=12, color='#2b4c7e', sa=22),
   T('Certificate of Attendance ' + ND + ' Laboratory In-Service', size=22, font='serif', sa=18),
   T('Marcus Ellington III, MLS(ASCP)', size=20, b=True, font='serif', field='attendee', sa=10),
   T('attended', size=11.5, i=True, font='serif', sa=6),
   T(t32, size=15, b=True, field='inservice_title', sa=22),
   COLS([[('Date', '12/10/2024', 'date'), ('Contact Hours', '1.0', 'hours'), ('Offering #', 'LED-2412-07', 'offering'),
          ('Employee ID', '0047719', 'employee_id')]], w=560, gap=12, sa=16),
   T('Mercy Hollow Health System, Laboratory Education Department, is approved as a provider of continuing education '
     'programs in the clinical laboratory sciences by the ' + PACE + ' Program.', size=8.5, color='#333333', w=580,
     sa=10),
   SIG([('Joanne Petrakis, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator'),
        ('Victor Osei, MD', 'Medical Director, Clinical Laboratory')], w=560, lw=200),
   FOOT('Form LED-3  ' + MD + '  Return completed certificates to the Laboratory Education Office, Room B-112', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs33  Public health laboratory  -  Ghostscript  -  long LRN title followed by "Training date:", Training ID
# ---------------------------------------------------------------------------------------------
t33 = ('Sentinel Laboratory Rule-Out and Referral of Bioterrorism Agents: Bacillus anthracis, Yersinia pestis, '
       'Francisella tularensis and Brucella')
C('zs33', 'public-health', 'ghostscript-ps',
  ['letter-style', 'left-aligned', 'portrait', 'long-title-wrap', 'title-then-labelled-line', 'training-id',
   'hyphenated-name', 'credential-after-name'],
  'Letter-style, left aligned. Very long title wraps and is followed at once by "Training date:". "Training ID:" gives '
  'the ID; the LRN sentinel status line and the biennial renewal date are distractors.',
  'Aaliyah Joseph-Baptiste', t33, '2025-05-07', 6.0, 'contact hour',
  ['Red River Valley Public Health Laboratory'], 'LRN-S-2505',
  dict(orient='portrait', align='L', margin=72, mt=64, font='serif', accent='#14532d',
       meta_title='Training Certificate', meta_creator='training records'),
  [T('Red River Valley Public Health Laboratory', size=17, b=True, color='#14532d', font='sans', sa=1),
   T('Laboratory Response Network Reference Laboratory  ' + MD + '  412 Prairie Avenue, Fargo, North Dakota', size=8.5,
     font='sans', color='#555555', sa=4),
   RULE(color='#14532d', lw=1.5, sa=28),
   T('CERTIFICATE OF TRAINING', size=18, b=True, font='sans', sa=18),
   T('This certifies that', size=11.5, sa=6),
   T('Aaliyah Joseph-Baptiste, MPH', size=17, b=True, sa=12),
   T('successfully completed the hands-on wet workshop', size=11.5, sa=8),
   T(t33, size=14, b=True, w=440, sa=3),
   T('Training date: May 7, 2025', size=11.5, sa=2),
   T('Training ID: LRN-S-2505', size=11.5, sa=2),
   T('Contact hours: 6.0 (P.A.C.E.' + REG + ')', size=11.5, sa=16),
   T('Sentinel laboratory status: current. Next biennial refresher due by May 7, 2027.', size=10, i=True, sa=18),
   T('Red River Valley Public Health Laboratory is approved as a provider of continuing education programs in the '
     'clinical laboratory sciences by the ' + PACE + ' Program.', size=9, color='#333333', sa=30),
   SIG([('Dr. Howard Tremblay, PhD, D(ABMM)', 'Director, Microbiology and Emergency Preparedness', 'H. Tremblay')],
       align='L', lw=230),
   FOOT('Certificate 2025-0311  ' + MD + '  Fargo, North Dakota', size=7.5, align='L')])

# ---------------------------------------------------------------------------------------------
# zs34  Joint-accreditation summit  -  Platypus  -  two pages, credit summary with maximum vs claimed, ABPath SAM
# ---------------------------------------------------------------------------------------------
t34 = '2025 Pathology & Laboratory Medicine Summit'
C('zs34', 'joint-cme', 'reportlab-platypus',
  ['centred-award', 'portrait', 'border', 'two-pages', 'meeting-attendance', 'date-range', 'several-credit-types',
   'maximum-vs-claimed', 'credit-table', 'joint-accreditation', 'department-provider', 'honorific-name',
   'accented-name'],
  'Meeting attendance (title = summit name), March 20-21 -> last day. Page 2 credit summary: P.A.C.E. maximum 12.5, '
  'claimed 11.0 (gold); AMA PRA, ANCC, ACPE, ABPath SAM are distractors. "Dr." is dropped from the name. Provider = '
  'health system + its Institute for Professional Education.',
  'Henrik Ødegaard', t34, '2025-03-21', 11.0, 'contact hour',
  ['Northgate Health', 'Northgate Health, Institute for Professional Education'], 'NH-25-PLMS',
  dict(orient='portrait', border='double', bcolor='#1d4e89', accent='#1d4e89', margin=72, mt=76, mb=56, font='serif',
       meta_title='Summit Certificate', top_space=10),
  [T('Northgate Health', size=22, b=True, color='#1d4e89', font='sans', sa=2),
   T('Institute for Professional Education', size=12, color='#1d4e89', font='sans', sa=34),
   T('Certificate of Attendance', size=28, sa=20),
   T('This certificate is presented to', size=12, i=True, sa=8),
   T('Dr. Henrik Ødegaard', size=24, b=True, sa=16),
   T('for attendance at the', size=12, i=True, sa=8),
   T(t34, size=18, b=True, color='#1d4e89', sa=6),
   T('March 20' + ND + '21, 2025  ' + MD + '  Northgate Conference Center, Minneapolis, Minnesota', size=11.5, sa=10),
   T('Activity ID: NH-25-PLMS', size=11, sa=30),
   T('Credits claimed by the participant are listed on page 2.', size=10, i=True, sa=30),
   SIG([('Signe Albrektsen, MD, PhD', 'Course Director', 'Signe Albrektsen'),
        ('Paul R. Whitcombe, EdD', 'Director, Institute for Professional Education', 'P. R. Whitcombe')], lw=190),
   FOOT('Northgate Health ' + MD + ' Institute for Professional Education ' + MD + ' Certificate of Attendance, 2 pages',
        size=7.5),
   PB(),
   T('Credit Summary', size=18, b=True, color='#1d4e89', align='L', sa=4),
   T('Henrik Ødegaard, MD  ' + MD + '  ' + t34 + '  ' + MD + '  March 20' + ND + '21, 2025', size=10.5, align='L', sa=16),
   TABLE(['Credit type', 'Maximum', 'Claimed'],
         [['AMA PRA Category 1 Credits' + TM, '10.5', '0.0'],
          ['ANCC nursing contact hours', '10.5', '0.0'],
          ['ACPE contact hours (knowledge-based)', '10.5', '0.0'],
          ['ABPath Self-Assessment Module (SAM) credit', '3.0', '0.0'],
          [PACE + ' contact hours', '12.5', '11.0']], widths=[0.6, 0.2, 0.2], size=10.5, sa=18),
   T('In support of improving patient care, Northgate Health is jointly accredited by the Accreditation Council for '
     'Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American '
     'Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Northgate Health '
     'designates this live activity for a maximum of 10.5 AMA PRA Category 1 Credits' + TM + '. Successful completion of '
     'this CME activity enables the participant to earn up to 3.0 credits of SAM in the American Board of Pathology\'s '
     'Continuing Certification program. Northgate Health is approved as a provider of continuing education programs in '
     'the clinical laboratory sciences by the ' + PACE + ' Program.', size=9, align='L', color='#333333', sa=10),
   T('Credits claimed on March 28, 2025.', size=9.5, align='L', sa=4)])

# ---------------------------------------------------------------------------------------------
# zs35  University CEU  -  AcroForm  -  small CEU figure (0.15 -> 1.5 points), labels above values
# ---------------------------------------------------------------------------------------------
t35 = 'Difficult Draws: Pediatric and Geriatric Phlebotomy Techniques'
C('zs35', 'university', 'acroform-flattened',
  ['form-fields', 'portrait', 'border', 'seal', 'labels-above-values', 'ceu', 'department-provider',
   'hyphenated-name'],
  'CEU form certificate: 0.15 CEU -> 1.5 points. Values are flattened fields under printed labels. Student number '
  'is a distractor; "Course No." gives the ID.',
  'Valentina Ruiz-Castellanos', t35, '2025-04-05', 0.15, 'CEU',
  ['Bramblewood University', 'Bramblewood University, Center for Continuing Education'], 'CCE-PHL-210',
  dict(orient='portrait', border='ornate', bcolor='#2e5e4e', accent='#2e5e4e', seal='tr', seal_color='#2e5e4e',
       margin=72, mt=84, mb=60, font='serif', meta_title='Certificate of Completion'),
  [T('Bramblewood University', size=24, b=True, color='#2e5e4e', sa=2),
   T('Center for Continuing Education', size=13, i=True, color='#2e5e4e', sa=34),
   T('Certificate of Completion', size=28, sa=24),
   T('awarded to', size=12, i=True, sa=8),
   T('Valentina Ruiz-Castellanos', size=22, b=True, field='learner', sa=18),
   T('for completing the continuing education workshop', size=12, i=True, sa=8),
   T(t35, size=16, b=True, w=420, sa=34),
   COLS([[('Course No.', 'CCE-PHL-210', 'course_no'), ('Date of Completion', '04/05/2025', 'completed'),
          ('Continuing Education Units (CEU)', '0.15', 'ceu')],
         [('Student No.', '20931184', 'student_no'), ('Instructor', 'Nell Okonjo, PBT(ASCP)', 'instructor')]],
        colw=[0.3, 0.3, 0.4], w=460, gap=16, sa=30),
   SIG([('Gregory Halstead, EdD', 'Director, Center for Continuing Education', 'G. Halstead')], lw=220),
   FOOT('One Continuing Education Unit (CEU) equals ten contact hours.  ' + MD + '  Bramblewood University, '
        'Ashford Hall, Suite 120', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs36  Regional society annual meeting  -  fpdf  -  landscape, ALL-CAPS name, no activity ID, tracking-number distractor
# ---------------------------------------------------------------------------------------------
t36 = 'GCCMA 2024 Annual Meeting'
C('zs36', 'regional-society', 'fpdf',
  ['centred-award', 'landscape', 'border', 'seal', 'all-caps-name', 'hyphenated-name', 'meeting-attendance',
   'date-range', 'no-activity-id', 'provider-abbreviation'],
  'Meeting attendance (title = meeting name), Nov 7-8 -> last day. No activity number; the CE-broker tracking number '
  'and membership number are distractors.',
  'ELIZABETH A. MCCORMICK-DUNN', t36, '2024-11-08', 7.5, 'contact hour',
  ['Gulf Coast Clinical Microbiology Association', 'GCCMA'], None,
  dict(orient='landscape', border='double', bcolor='#0d5c63', accent='#0d5c63', seal='br', seal_color='#0d5c63',
       seal_r=30, mx=80, mt=58, mb=46, font='serif', meta_title='GCCMA Certificate of Attendance'),
  [T('Gulf Coast Clinical Microbiology Association', size=19, b=True, color='#0d5c63', sa=14),
   T('Certificate of Attendance', size=30, i=True, sa=10),
   T('This is to certify that', size=12, sa=6),
   T('ELIZABETH A. MCCORMICK-DUNN', size=24, b=True, sa=8),
   T('attended the', size=12, sa=6),
   T(t36, size=20, b=True, color='#0d5c63', sa=4),
   T('November 7' + ND + '8, 2024  ' + MD + '  Galveston Island Convention Center, Galveston, Texas', size=11.5, sa=8),
   T('and earned 7.5 P.A.C.E.' + REG + ' contact hours', size=13, b=True, sa=6),
   T('The Gulf Coast Clinical Microbiology Association (GCCMA) is approved as a provider of continuing education '
     'programs in the clinical laboratory sciences by the ' + PACE + ' Program.', size=8.5, w=600, color='#333333', sa=4),
   SIG([('Rafaela Gutiérrez, PhD, D(ABMM)', 'President'), ('Curtis Boudreaux, MS, M(ASCP)', 'Treasurer')], w=640,
       lw=190),
   FOOT('Florida CE Broker tracking #: 20-884132  ' + MD + '  GCCMA membership 2024-0613', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs37  ASCLS  -  Chromium  -  landscape, Enduring Material format line, Meeting in title, "Course Number" w/o colon
# ---------------------------------------------------------------------------------------------
t37 = ('Leadership Skills for the Bench: Conflict Resolution and Staff Meeting Facilitation for New Laboratory '
       'Supervisors')
C('zs37', 'ascls', 'chromium-html',
  ['centred-award', 'landscape', 'border', 'format-line', 'course-word-in-title', 'long-title-wrap',
   'title-then-labelled-line', 'credential-after-name', 'accented-name', 'hyphenated-name'],
  '"Enduring Material" is the format line; "Staff Meeting" belongs to the title. The wrapped title is followed at '
  'once by "Date of Completion:". "P.A.C.E. Course Number 001-233-25" has no colon. ASCLS is the provider.',
  'Nadia Haddad-Sørensen', t37, '2025-05-30', 1.5, 'contact hour',
  ['American Society for Clinical Laboratory Science', 'ASCLS'], '001-233-25',
  dict(orient='landscape', border='single', bcolor='#1e3f7a', accent='#1e3f7a', mx=84, mt=56, mb=46, font='dsans',
       valign='center', meta_title='ASCLS eLearning Certificate'),
  [T('American Society for Clinical Laboratory Science', size=18, b=True, color='#1e3f7a', sa=2),
   T('ASCLS eLearning', size=10.5, color='#555555', sa=16),
   T('Certificate of Completion', size=28, font='serif', sa=10),
   T('Nadia Haddad-Sørensen, MLS(ASCP)CM', size=22, b=True, font='serif', sa=8),
   T('has completed the', size=11.5, i=True, font='serif', sa=3),
   T('Enduring Material', size=11.5, b=True, color='#1e3f7a', sa=5),
   T(t37, size=16, b=True, w=560, sa=3),
   T('Date of Completion: May 30, 2025', size=11.5, sa=10),
   T('P.A.C.E.' + REG + ' contact hours: 1.5     P.A.C.E.' + REG + ' Course Number 001-233-25', size=12, b=True, sa=10),
   SIG([('Kimberly Oyelaran, MS, MLS(ASCP)CM', 'Director of Education', 'Kimberly Oyelaran')], lw=220),
   FOOT('ASCLS is the administrator of the P.A.C.E.' + REG + ' program.  ' + MD + '  Member 0093-118  ' + MD +
        '  Certificate downloaded 06/02/2025', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs38  P.A.C.E.-approved education company  -  Ghostscript  -  portrait, provider only in statement, Program No.
# ---------------------------------------------------------------------------------------------
t38 = ('Quality Control Beyond the Basics: Patient-Based Real-Time Quality Control and Moving Averages in the Core '
       'Laboratory')
C('zs38', 'pace-provider', 'ghostscript-ps',
  ['centred-award', 'portrait', 'border', 'seal', 'format-line', 'long-title-wrap', 'title-then-labelled-line',
   'provider-only-in-accreditation-statement', 'program-no-without-colon', 'name-suffix', 'credential-after-name'],
  'The company appears only as the subject of the P.A.C.E. statement at the bottom. "Online Course" is the format '
  'line. "Program No. 434-091-25" has no colon; "Certificate #" is a distractor. Name carries "Jr." and ", CLS".',
  'Gareth O. Llewellyn Jr.', t38, '2025-06-30', 2.0, 'contact hour',
  ['Brightwater Laboratory Education, LLC'], '434-091-25',
  dict(orient='portrait', border='ornate', bcolor='#8b5a00', accent='#8b5a00', seal='bl', seal_color='#8b5a00',
       margin=72, mt=96, mb=64, font='bookman', meta_title='Certificate of Completion',
       meta_creator='certificate generator'),
  [T('Certificate of Completion', size=28, b=True, color='#8b5a00', sa=30),
   T('This is to certify that', size=12, i=True, sa=10),
   T('Gareth O. Llewellyn Jr., CLS', size=21, b=True, sa=16),
   T('has completed the', size=12, i=True, sa=8),
   T('Online Course', size=11, font='gothic', color='#8b5a00', sa=6),
   T(t38, size=15, b=True, w=420, sa=3),
   T('Completed: 06/30/2025', size=11.5, sa=22),
   T('Contact Hours: 2.0', size=13, b=True, sa=4),
   T('Program No. 434-091-25', size=11.5, sa=4),
   T('Certificate # BLE-77120', size=9.5, color='#555555', sa=26),
   SIG([('Noreen Castellanos-Reid, MA, MLS(ASCP)', 'Program Director', 'N. Castellanos-Reid')], lw=220,
       w=300, align='R'),
   T('Brightwater Laboratory Education, LLC is approved as a provider of continuing education programs in the clinical '
     'laboratory sciences by the ' + PACE + ' Program.', size=8.5, color='#333333', w=420, sb=10, sa=4)])

# ---------------------------------------------------------------------------------------------
# zs39  Vendor training  -  tcpdf  -  portrait, labels above values, Live Virtual Session, quote-number distractor
# ---------------------------------------------------------------------------------------------
t39 = 'Flow Cytometry Panel Design and Compensation on the Stellarion Vega-12'
C('zs39', 'vendor', 'tcpdf',
  ['labels-above-values', 'portrait', 'border', 'format-line', 'quote-number-distractor', 'credential-after-name',
   'hyphenated-name'],
  '"Live Virtual Session" is the format line. Columns: Participant | Date of Completion | Contact Hours, then Training '
  'ID | Quote No. | Issued. Day-month-year date.',
  'Priya Venkataraman-Hollis', t39, '2025-08-19', 4.0, 'contact hour',
  ['Stellarion Biosystems, LLC'], 'STL-FC-0819',
  dict(orient='portrait', border='band', bcolor='#3d2c8d', accent='#3d2c8d', margin=64, mt=90, mb=56, font='dsans',
       meta_title='Stellarion Training Certificate'),
  [T('Stellarion Biosystems, LLC', size=19, b=True, color='#3d2c8d', sa=2),
   T('Flow Cytometry Solutions', size=11, color='#555555', sa=34),
   T('Certificate of Completion', size=26, font='serif', sa=24),
   T('Live Virtual Session', size=11, b=True, color='#3d2c8d', sa=6),
   T(t39, size=17, b=True, w=440, sa=34),
   COLS([[('Participant', 'Priya Venkataraman-Hollis, SCYM(ASCP)CM'), ('Date of Completion', '19 August 2025'),
          ('Contact Hours', '4.0')],
         [('Training ID', 'STL-FC-0819'), ('Quote No.', 'Q-2025-3318'), ('Issued', '22 August 2025')]],
        colw=[0.46, 0.3, 0.24], w=480, gap=18, sa=30),
   T('Stellarion Biosystems, LLC is approved as a provider of continuing education programs in the clinical '
     'laboratory sciences by the ' + PACE + ' Program.', size=8.5, color='#333333', w=440, sa=30),
   SIG([('Dmitri Havel, PhD', 'Senior Applications Scientist', 'Dmitri Havel')], lw=210),
   FOOT('Stellarion Biosystems, LLC  ' + MD + '  Training is product-specific and not a substitute for laboratory '
        'competency assessment.', size=7.5)])

# ---------------------------------------------------------------------------------------------
# zs40  State association seminar  -  docx  -  portrait letter, Fall Seminar format line, CE hours, license distractor
# ---------------------------------------------------------------------------------------------
t40 = 'Laboratory Math Refresher: Dilutions, Concentrations and Quality Control Statistics'
C('zs40', 'state-society', 'docx-libreoffice',
  ['letter-style', 'left-aligned', 'portrait', 'format-line', 'license-number-distractor', 'credential-after-name',
   'provider-abbreviation'],
  '"Fall Seminar" is the format line between the verb and the title. California CLS license number and the '
  'accrediting-agency number are distractors. "Course No." gives the ID; unit is CE hours.',
  'Thi Bich Ngoc Tran', t40, '2024-11-16', 3.0, 'CE hour',
  ['Sierra Nevada Association of Laboratory Professionals', 'SNALP'], 'SN-24-F07',
  dict(orient='portrait', align='L', margin=72, mt=62, font='serif', accent='#2c5f2d',
       meta_title='SNALP Fall Seminar Certificate'),
  [T('Sierra Nevada Association of Laboratory Professionals', size=16, b=True, color='#2c5f2d', font='sans', sa=1),
   T('SNALP  ' + MD + '  P.O. Box 2291, Reno, Nevada 89505', size=9, color='#555555', font='sans', sa=4),
   RULE(color='#2c5f2d', lw=1.3, sa=26),
   T('CERTIFICATE OF ATTENDANCE', size=17, b=True, sa=18),
   T('This certifies that', size=11.5, sa=4),
   T('Thi Bich Ngoc Tran, CLS, MLS(ASCP)', size=16, b=True, sa=2),
   T('California CLS License No. CLS-00219987', size=9, color='#555555', sa=12),
   T('attended the', size=11.5, sa=4),
   T('Fall Seminar', size=11.5, i=True, sa=4),
   T(t40, size=14, b=True, sa=4),
   T('on Saturday, November 16, 2024, at Truckee Meadows Community Hall, Reno, Nevada.', size=11.5, sa=14),
   KV([('CE Hours:', '3.0'), ('Course No.:', 'SN-24-F07'), ('Level:', 'Basic')], lw=90, w=300, align='L', size=11.5,
      gap=2, sa=16),
   T('SNALP is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
     + PACE + ' Program. California accrediting agency No. 0017.', size=9, color='#333333', sa=26),
   SIG([('Maribel Ochoa-Fitch, CLS', 'Seminar Chair', 'Maribel Ochoa-Fitch')], align='L', lw=220),
   FOOT('SNALP ' + MD + ' Fall Seminar 2024 ' + MD + ' Keep this certificate for four years.', size=7.5, align='L')])
