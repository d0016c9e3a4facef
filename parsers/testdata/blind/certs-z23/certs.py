"""The 40 blind-test certificates: page design + blocks + gold answer.

Every person, hospital, university, vendor and activity is invented.
"""
from dsl import T, P, KV, COLS, TABLE, SIGS, RULE, SPACE, BREAK

NAVY, MAROON, GREEN, TEAL, PURPLE, GOLD, INK, SLATE = (
    '#1F3A5F', '#7A1F2B', '#1E5B3A', '#0E5E6F', '#4B2E83', '#8A6D1D',
    '#222222', '#44546A')


def pace(p):
    return (f'{p} is approved as a provider of continuing education programs '
            'in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')


CERTS = []


BORDER_TAGS = {'single': 'single-border', 'double': 'double-border',
               'thickthin': 'thickthin-border', 'frame': 'frame-border'}


def C(id, style, producer, layout, notes, gold, page, blocks):
    # orientation / border / seal tags always follow the page design
    auto = {'landscape', 'portrait', 'seal'} | set(BORDER_TAGS.values())
    layout = [page.get('orient', 'portrait')] + [t for t in layout if t not in auto]
    if page.get('border'):
        layout.append(BORDER_TAGS[page['border']])
    if page.get('seal'):
        layout.append('seal')
    g = dict(style=style, producer=producer, layout=layout, notes=notes)
    g.update(gold)
    CERTS.append(dict(id=id, gold=g, page=page, blocks=blocks))


def G(name, title, date, credits, unit, provider, activity_id):
    pts = round(credits * 10, 2) if unit == 'CEU' else credits
    return dict(name=name, title=title, date=date, credits=credits, unit=unit,
                points=pts, provider=provider, activity_id=activity_id)


# ---------------------------------------------------------------- zw01
C('zw01', 'ascp', 'chromium',
  ['landscape', 'centered-award', 'double-border', 'seal', 'signatures',
   'format-line', 'wrapped-title-then-label', 'credentials', 'hyphenated'],
  'Format line "ON-DEMAND WEBINAR" between verb and title; long title wraps '
  'and is followed directly by "Date of Completion:"; issue date and '
  'certificate number in footer are distractors.',
  G('Evelyn Marsh-Okafor',
    'Interpreting Peripheral Blood Smears in Suspected Thrombotic '
    'Microangiopathy: Schistocytes, Platelets, and Pitfalls',
    '2025-03-14', 1.0, 'CMLE',
    ['American Society for Clinical Pathology', 'ASCP'], '25W-1187'),
  dict(orient='landscape', border='double', seal=dict(text=['ASCP', 'CMLE'], pos='br'),
       font='serif', accent=NAVY,
       footer='Activity ID: 25W-1187          Certificate No. CE-2025-0098812          Issued: 03/15/2025'),
  [T('American Society for Clinical Pathology', 17, b=True, color=NAVY, before=0),
   T('ASCP Continuing Education', 10, i=True, before=2),
   T('CERTIFICATE OF COMPLETION', 26, b=True, before=14),
   T('This certifies that', 12, i=True, before=12),
   T('Evelyn Marsh-Okafor, PhD, MLS(ASCP)CM', 24, b=True, before=6),
   RULE(0.5, before=4),
   T('has successfully completed the', 12, i=True, before=8),
   T('ON-DEMAND WEBINAR', 11, b=True, color=NAVY, before=4, font='sans'),
   T('Interpreting Peripheral Blood Smears in Suspected Thrombotic '
     'Microangiopathy: Schistocytes, Platelets, and Pitfalls', 17, b=True, before=4),
   T('Date of Completion: March 14, 2025', 12, before=4),
   T('Credit Awarded: 1.0 CMLE', 13, b=True, before=10),
   P('The American Society for Clinical Pathology (ASCP) designates this '
     'enduring material for a maximum of 1.0 CMLE credit. ' + pace('ASCP'),
     8.5, before=8),
   SIGS([('Lorraine Castellanos, MD, FASCP', 'Chief Medical Officer')], before=22),
   ])

# ---------------------------------------------------------------- zw02
C('zw02', 'aabb', 'fodt',
  ['portrait', 'letter', 'two-column', 'date-range', 'claimed-vs-max',
   'program-no-without-colon', 'provider-for-and-name', 'signatures',
   'credentials', 'hyphenated', 'title-trap-word'],
  'Whole-meeting attendance letter: title is the meeting name, date is the '
  'last day of the range; claimed 14.5 vs maximum 22.0; ID is the P.A.C.E. '
  '"Program No." without colon; issue date and registration ID are distractors.',
  G('Hanna Lindqvist-Berg', '2025 AABB Annual Meeting', '2025-10-14', 14.5,
    'contact hour',
    ['Association for the Advancement of Blood & Biotherapies', 'AABB'],
    '507-114-25'),
  dict(orient='portrait', border=None, font='sans', accent=MAROON,
       footer='AABB · Bethesda, Maryland · www.aabb.org'),
  [T('AABB', 30, b=True, al='l', color=MAROON, before=0),
   T('Association for the Advancement of Blood & Biotherapies', 11, al='l', before=0),
   RULE(1.0, before=6, thick=1.5, color=MAROON, al='l'),
   T('CERTIFICATE OF ATTENDANCE', 16, b=True, al='l', before=22),
   P('Issued November 3, 2025', 10, al='l', before=4),
   P('This letter certifies that Hanna Lindqvist-Berg, MT(ASCP)SBB, attended '
     'the 2025 AABB Annual Meeting, held October 11–14, 2025, in Nashville, '
     'Tennessee, and has claimed the continuing education credit listed below.',
     11, al='l', before=14),
   KV([('Participant:', 'Hanna Lindqvist-Berg, MT(ASCP)SBB'),
       ('Activity:', '2025 AABB Annual Meeting'),
       ('Dates:', 'October 11–14, 2025'),
       ('P.A.C.E.® contact hours claimed:', '14.5'),
       ('Maximum contact hours available:', '22.0'),
       ('Registration ID:', 'AM25-118406')], 11, lw=0.42, before=14),
   P(pace('AABB') + ' Program No. 507-114-25', 9.5, al='l', before=16),
   P('Please retain this certificate for your records for a minimum of four years.',
     9.5, al='l', before=6),
   SIGS([('Kathleen Moreau-Singh, MBA, MT(ASCP)SBB', 'Director, Education Programs')],
        before=36, al='l', width=0.5),
   ])

# ---------------------------------------------------------------- zw03
C('zw03', 'cap', 'docx',
  ['landscape', 'centered-award', 'format-line', 'wrapped-title-then-label',
   'table', 'multiple-credits', 'claimed-vs-max', 'title-trap-word',
   'accented', 'credentials'],
  'ENDURING MATERIAL format line; title contains Grossing and Orientation; '
  'credit table with AMA PRA / P.A.C.E. / ABPath SAM maxima, only P.A.C.E. '
  'claimed (1.75 of 2.00); transcript ID and print date are distractors.',
  G('Tomasz Wójcik',
    'Grossing Complex Oncologic Resections: Margins, Orientation, Inking, and '
    "Specimen Photography for the Pathologists' Assistant",
    '2025-06-02', 1.75, 'contact hour',
    ['College of American Pathologists', 'CAP'], 'CGR-2507'),
  dict(orient='landscape', border='single', font='serif', accent=NAVY,
       footer='Course Code: CGR-2507        Transcript ID: 00418832        Printed 07/18/2025'),
  [T('College of American Pathologists', 20, b=True, color=NAVY, before=0),
   T('CERTIFICATE OF COMPLETION', 13, b=True, ls=True, before=4, font='sans'),
   T('This is to certify that', 11, i=True, before=10),
   T('Tomasz Wójcik, PA(ASCP)CM', 22, b=True, before=4),
   T('has completed the following', 11, i=True, before=6),
   T('ENDURING MATERIAL', 10, b=True, color=NAVY, before=3, font='sans'),
   T('Grossing Complex Oncologic Resections: Margins, Orientation, Inking, and '
     "Specimen Photography for the Pathologists' Assistant", 15, b=True, before=3),
   T('Date Completed: 06/02/2025', 11, before=3),
   TABLE(['Credit Type', 'Maximum', 'Claimed'],
         [['AMA PRA Category 1 Credits™', '2.00', '—'],
          ['P.A.C.E.® Contact Hours', '2.00', '1.75'],
          ['ABPath Self-Assessment Module (SAM) Credits', '2.00', '—']],
         widths=[0.6, 0.2, 0.2], size=9.5, before=10, width=0.62),
   P('The College of American Pathologists (CAP) is accredited by the '
     'Accreditation Council for Continuing Medical Education (ACCME) to provide '
     'continuing medical education for physicians. The CAP designates this '
     'enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™. '
     'Physicians should claim only the credit commensurate with the extent of '
     'their participation in the activity. ' + pace('The CAP'), 8, before=8),
   ])

# ---------------------------------------------------------------- zw04
C('zw04', 'ascls', 'fpdf',
  ['portrait', 'centered-award', 'single-border', 'format-line',
   'title-trap-word', 'signatures', 'suffix', 'credentials',
   'presented-by-distractor'],
  'LIVE WEBINAR format line; title contains Ethics; "Presented by" speaker '
  'and member number are distractors; ID after "Course #".',
  G('Deshawn T. Ellison III',
    'Ethics in the Clinical Laboratory: Reporting Errors Without Fear',
    '2025-02-19', 1.0, 'contact hour',
    ['American Society for Clinical Laboratory Science', 'ASCLS'], '001-204-25'),
  dict(orient='portrait', border='single', font='serif', accent=GREEN,
       seal=dict(text=['ASCLS', 'P.A.C.E.®'], pos='bc'),
       footer='ascls.org'),
  [T('ASCLS', 30, b=True, color=GREEN, before=0, font='sans'),
   T('American Society for Clinical Laboratory Science', 12, before=2),
   T('Certificate of Participation', 24, b=True, i=True, before=26),
   T('presented to', 11, i=True, before=16),
   T('Deshawn T. Ellison III, MLS(ASCP)CM', 19, b=True, before=6),
   T('for successful completion of the', 11, i=True, before=14),
   T('LIVE WEBINAR', 11, b=True, color=GREEN, before=6, font='sans'),
   T('Ethics in the Clinical Laboratory: Reporting Errors Without Fear', 14, b=True, before=4),
   T('Webinar Date: February 19, 2025', 11, before=6),
   T('Presented by Victor Almeida, MS, MLS(ASCP)CM, CQA(ASQ)', 10, i=True, before=4),
   T('1.0 P.A.C.E.® Contact Hour', 13, b=True, before=14),
   P(pace('ASCLS') + ' P.A.C.E.® Course # 001-204-25', 8.5, before=8),
   T('Member #: 0048213', 9, before=6),
   SIGS([('Rhonda Kessler-Grant, MS, MLS(ASCP)CM', 'President'),
         ('Paul Ibsen, MA, MT(ASCP)', 'Director of Education')], before=34, size=9),
   ])

# ---------------------------------------------------------------- zw05
C('zw05', 'labce', 'tcpdf',
  ['portrait', 'two-column', 'wrapped-title-then-label', 'credentials',
   'multiple-credits'],
  'Label/value layout; long course title wraps inside the value column and is '
  'directly followed by "Course Number:"; order number and verification code '
  'are distractors; Florida hours are a state-board restatement.',
  G('Priya Raghunathan',
    'Antimicrobial Susceptibility Testing of Anaerobic Bacteria: Current '
    'Methods and Breakpoint Updates',
    '2025-08-27', 1.5, 'contact hour', ['LabCE'], '4471'),
  dict(orient='portrait', border=None, font='sans', accent=TEAL,
       footer='Page 1 of 1'),
  [T('LabCE', 28, b=True, al='l', color=TEAL, before=0),
   T('Online Continuing Education for the Clinical Laboratory', 9, i=True, al='l', before=0),
   RULE(1.0, before=6, thick=1.2, color=TEAL, al='l'),
   T('Certificate of Completion', 20, b=True, al='l', before=22),
   KV([('Name:', 'Priya Raghunathan, MLS(ASCP)CM'),
       ('Course:', 'Antimicrobial Susceptibility Testing of Anaerobic Bacteria: '
                   'Current Methods and Breakpoint Updates'),
       ('Course Number:', '4471'),
       ('Completion Date:', 'August 27, 2025'),
       ('Credit:', '1.5 P.A.C.E.® contact hours'),
       ('Level:', 'Intermediate'),
       ('Order #:', 'L-2025-338107')], 11, lw=0.27, before=16),
   P(pace('LabCE') + ' This course is also approved by the Florida Board of '
     'Clinical Laboratory Personnel (CE Broker) for 1.5 hours in Microbiology.',
     8.5, al='l', before=18),
   P('Verify this certificate at www.labce.com/verify using code 7QK-22M-PX4.',
     8, al='l', before=6),
   ])

# ---------------------------------------------------------------- zw06
C('zw06', 'medialab', 'rlcanvas',
  ['landscape', 'labels-above-values', 'caps-name', 'title-trap-word',
   'thickthin-border'],
  'Participant / date / hours as labels above values; title contains Safety; '
  'customer ID in the same grid as the course number.',
  G('LEILANI KAHANANUI', 'Laboratory Safety: Chemical Hygiene Plan Essentials',
    '2025-01-27', 1.0, 'contact hour', ['MediaLab, Inc.'], '2208'),
  dict(orient='landscape', border='thickthin', font='sans', accent=TEAL,
       footer='MediaLab, Inc. · www.medialab.com'),
  [T('MediaLab, Inc.', 18, b=True, color=TEAL, before=0),
   T('Continuing Education Certificate', 26, b=True, before=18, font='serif'),
   T('This certificate is awarded for successful completion of', 11, i=True, before=14, font='serif'),
   T('Laboratory Safety: Chemical Hygiene Plan Essentials', 20, b=True, before=6, font='serif'),
   COLS(['Participant', 'Date of Completion', 'Contact Hours'],
        ['LEILANI KAHANANUI', '01/27/2025', '1.0'], 13, before=28, width=0.85),
   COLS(['Course Number', 'Customer ID', 'Level'],
        ['2208', 'C-881203', 'Basic'], 11, before=16, width=0.85),
   P(pace('MediaLab, Inc.'), 8.5, before=26),
   SIGS([('Dana Whitcomb, MT(ASCP)', 'Education Director')], before=26, size=9),
   ])

# ---------------------------------------------------------------- zw07
C('zw07', 'adlm', 'platypus',
  ['portrait', 'centered-award', 'labels-above-values', 'session-date',
   'date-range', 'accented', 'hyphenated', 'credentials',
   'provider-for-and-name'],
  'Session certificate at a conference: date is the session date (July 29) '
  'inside the meeting range July 27–31; ID after "Session Number"; badge ID '
  'and generation date are distractors; ACCENT contact hours are lab credit.',
  G('Chloé Dubois-Martin',
    'Biotin and Beyond: Recognizing Immunoassay Interference in Endocrine Testing',
    '2025-07-29', 1.0, 'contact hour',
    ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '34217'),
  dict(orient='portrait', border='double', font='serif', accent=PURPLE,
       footer='Certificate generated August 4, 2025 · Badge ID 5521937'),
  [T('ADLM', 28, b=True, color=PURPLE, before=0, font='sans'),
   T('Association for Diagnostics & Laboratory Medicine', 11, before=2),
   T('2025 Annual Meeting & Clinical Lab Expo', 12, b=True, before=12),
   T('July 27–31, 2025 · Chicago, Illinois', 10, before=2),
   T('SESSION CERTIFICATE OF ATTENDANCE', 16, b=True, before=26),
   T('This is to certify that', 11, i=True, before=14),
   T('Chloé Dubois-Martin, PhD, DABCC', 20, b=True, before=6),
   T('attended the scientific session', 11, i=True, before=10),
   T('Biotin and Beyond: Recognizing Immunoassay Interference in Endocrine Testing',
     15, b=True, before=6),
   COLS(['Session Number', 'Session Date', 'ACCENT® Contact Hours'],
        ['34217', 'Tuesday, July 29, 2025', '1.0'], 11, before=22),
   P('This session has been approved for 1.0 ACCENT® contact hour by the '
     'Association for Diagnostics & Laboratory Medicine ACCENT® Continuing '
     'Education Program.', 8.5, before=22),
   SIGS([('Marcus Tillingham, PhD, DABCC', 'Chair, Annual Meeting Organizing Committee')],
        before=30, size=9),
   ])

# ---------------------------------------------------------------- zw08
C('zw08', 'nsh', 'acroform',
  ['landscape', 'centered-award', 'double-border', 'format-line',
   'labels-above-values', 'signatures', 'credentials', 'hyphenated'],
  'Filled form: name, title, session date/number/hours are flattened fields. '
  '"Spring Symposium" is a format line on its own between verb and title.',
  G('Marisol Quintero-Vega',
    'Troubleshooting Immunohistochemistry: Antigen Retrieval, Controls, and Artifacts',
    '2025-04-11', 1.5, 'contact hour',
    ['National Society for Histotechnology', 'NSH'], '118'),
  dict(orient='landscape', border='double', font='serif', accent=MAROON,
       seal=dict(text=['NSH', 'EDUCATION'], pos='bl')),
  [T('National Society for Histotechnology (NSH)', 18, b=True, color=MAROON, before=0),
   T('Certificate of Attendance', 28, b=True, before=16),
   T('This certifies that', 12, i=True, before=12),
   T('Marisol Quintero-Vega, HT(ASCP)', 22, b=True, before=6, field='participant'),
   T('attended the educational session', 12, i=True, before=10),
   T('Spring Symposium', 12, b=True, color=MAROON, before=6, font='sans'),
   T('Troubleshooting Immunohistochemistry: Antigen Retrieval, Controls, and Artifacts',
     15, b=True, before=6, field='session_title'),
   COLS(['Session Date', 'Session No.', 'Contact Hours'],
        ['April 11, 2025', '118', '1.5'], 12, before=22, width=0.7,
        fields=['session_date', 'session_no', 'hours']),
   P(pace('The National Society for Histotechnology'), 8.5, before=20),
   SIGS([('Beatrix Holloway, HTL(ASCP)QIHC', 'Chair, Education Committee')],
        before=26, size=9),
   ])

# ---------------------------------------------------------------- zw09
C('zw09', 'amt', 'gs',
  ['portrait', 'centered-award', 'thickthin-border', 'seal', 'format-line',
   'title-trap-word', 'caps-name', 'hyphenated', 'credentials', 'signatures'],
  '"Self-Study Module" format line; title contains Orientation (a real course '
  'title); AMT awards CE hours; member ID and CCP cycle end date are distractors.',
  G('BRANDON OKONKWO-HALE',
    'New Employee Orientation to Point-of-Care Glucose Testing',
    '2025-05-08', 2.0, 'CE hour',
    ['American Medical Technologists', 'AMT'], 'AMT-25-0317'),
  dict(orient='portrait', border='thickthin', font='serif', accent=NAVY,
       seal=dict(text=['AMT', 'CCP'], pos='bc'),
       footer='Member ID: 1188274   ·   Keep this certificate through your current CCP cycle (ends 12/31/2027).'),
  [T('American Medical Technologists', 20, b=True, color=NAVY, before=0),
   T('Certification Continuation Program', 10, i=True, before=2),
   T('Certificate of Completion', 26, b=True, before=26),
   T('awarded to', 11, i=True, before=14),
   T('BRANDON OKONKWO-HALE, MT(AMT)', 18, b=True, before=6),
   T('for completion of the', 11, i=True, before=12),
   T('Self-Study Module', 11, b=True, color=NAVY, before=4, font='sans'),
   T('New Employee Orientation to Point-of-Care Glucose Testing', 15, b=True, before=4),
   T('Completed: May 8, 2025', 11, before=6),
   T('2.0 CE Hours', 15, b=True, before=14),
   T('Activity #: AMT-25-0317', 10, before=6),
   SIGS([('Gerald M. Price, MT(AMT)', 'Director, Continuing Education')], before=40, size=9),
   ])

# ---------------------------------------------------------------- zw10
C('zw10', 'asm', 'chromium',
  ['portrait', 'letter', 'two-column', 'date-range', 'claimed-vs-max',
   'multiple-credits', 'signatures', 'credentials', 'hyphenated',
   'provider-for-and-name'],
  'Whole-meeting attendance letter: title = meeting name; last day of the '
  'range; 12.0 claimed vs 19.5 maximum; AMA PRA not claimed; registration '
  'ID and issue date are distractors; no activity number.',
  G('Samuel Adeyemi-Ross', 'ASM Clinical Microbiology Summit 2025',
    '2025-09-10', 12.0, 'contact hour',
    ['American Society for Microbiology', 'ASM'], None),
  dict(orient='portrait', border=None, font='serif', accent=GREEN,
       footer='American Society for Microbiology · Washington, DC'),
  [T('American Society for Microbiology', 18, b=True, al='l', color=GREEN, before=0),
   T('ASM Professional Development', 10, i=True, al='l', before=0),
   RULE(1.0, before=6, thick=1, color=GREEN, al='l'),
   T('Certificate of Attendance', 18, b=True, al='l', before=22),
   P('To whom it may concern:', 11, al='l', before=14),
   P('This is to confirm that Dr. Samuel Adeyemi-Ross, PhD, D(ABMM), attended '
     'the ASM Clinical Microbiology Summit 2025, held September 8–10, 2025, in '
     'Denver, Colorado.', 11, al='l', before=8),
   KV([('Attendee', 'Samuel Adeyemi-Ross, PhD, D(ABMM)'),
       ('Meeting', 'ASM Clinical Microbiology Summit 2025'),
       ('Registration ID', 'MB25-77102'),
       ('P.A.C.E.® contact hours claimed', '12.0'),
       ('Maximum P.A.C.E.® contact hours available', '19.5'),
       ('AMA PRA Category 1 Credits™ claimed', 'Not claimed')], 10.5, lw=0.5, before=14),
   P(pace('ASM') + ' The American Society for Microbiology is accredited by the '
     'ACCME to provide continuing medical education for physicians.',
     9, al='l', before=16),
   P('Date of issue: September 24, 2025', 10, al='l', before=10),
   SIGS([('Helena Vargas-Ortiz, PhD', 'Director, Professional Development')],
        before=40, al='l', width=0.5),
   ])

# ---------------------------------------------------------------- zw11
C('zw11', 'clsi', 'fodt',
  ['landscape', 'centered-award', 'single-border', 'format-line',
   'wrapped-title-then-label', 'program-no-without-colon', 'signatures',
   'credentials', 'hyphenated'],
  '"On-Demand Webinar" format line; long title wraps and is followed by '
  '"Completion Date:"; ID is "Program No. 405-221-25" (no colon) on the '
  'line under the accreditation sentence; order number is a distractor.',
  G('Grace Nakamura-Lee',
    'Verification of Precision and Trueness for Quantitative Methods: Applying '
    'CLSI EP15 in Your Laboratory',
    '2025-09-17', 1.5, 'contact hour',
    ['Clinical and Laboratory Standards Institute', 'CLSI'], '405-221-25'),
  dict(orient='landscape', border='single', font='sans', accent=TEAL,
       footer='Order No. 10044718   |   clsi.org'),
  [T('Clinical and Laboratory Standards Institute', 18, b=True, color=TEAL, before=0),
   T('CLSI Education', 10, i=True, before=0),
   T('Certificate of Completion', 26, b=True, before=12, font='serif'),
   T('This is to certify that', 11, i=True, before=8, font='serif'),
   T('Grace Nakamura-Lee, MLS(ASCP)CM', 20, b=True, before=4, font='serif'),
   T('has completed the', 11, i=True, before=6, font='serif'),
   T('On-Demand Webinar', 11, b=True, color=TEAL, before=3),
   T('Verification of Precision and Trueness for Quantitative Methods: Applying '
     'CLSI EP15 in Your Laboratory', 16, b=True, before=3, font='serif'),
   T('Completion Date: 09/17/2025', 11, before=2, font='serif'),
   T('1.5 P.A.C.E.® Contact Hours', 12, b=True, before=8),
   P('CLSI is approved as a provider of continuing education programs in the '
     'clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 8.5, before=8),
   T('Program No. 405-221-25', 9, before=2),
   SIGS([('Anne Whitcombe, PhD', 'Vice President, Education')], before=14, size=9),
   ])

# ---------------------------------------------------------------- zw12
C('zw12', 'state-society', 'docx',
  ['portrait', 'two-column', 'date-range', 'title-trap-word', 'signatures',
   'program-no-without-colon', 'credentials'],
  'State-society meeting attendance; title is the meeting name ("Meeting" is '
  'part of it); last day of the range; "Program No." label in the grid.',
  G('Wendell Haugen', '41st Annual Fall Meeting', '2025-10-03', 7.5,
    'contact hour', ['Prairie States Clinical Laboratory Society', 'PSCLS'],
    '330-712-25'),
  dict(orient='portrait', border='double', font='serif', accent=GOLD,
       footer='PSCLS · PO Box 4410 · Brookings, SD 57007'),
  [T('Prairie States Clinical Laboratory Society', 18, b=True, color=GOLD, before=0),
   T('Certificate of Attendance', 24, b=True, before=24),
   T('This is to certify that the person named below attended', 11, i=True, before=12),
   KV([('Attendee:', 'Wendell Haugen, MLS(ASCP)CM'),
       ('Event:', '41st Annual Fall Meeting'),
       ('Dates:', 'October 2–3, 2025'),
       ('Location:', 'Prairie Lakes Conference Center, Sioux Falls, South Dakota'),
       ('Contact hours earned:', '7.5 P.A.C.E.®'),
       ('Program No.', '330-712-25')], 11, lw=0.34, before=18, width=0.9),
   P(pace('Prairie States Clinical Laboratory Society (PSCLS)'), 9, before=20),
   SIGS([('Janelle Sorensen, MLS(ASCP)', 'PSCLS President'),
         ('Omar Haddad, MS, MLS(ASCP)CM', 'Continuing Education Chair')], before=50, size=9.5),
   ])

# ---------------------------------------------------------------- zw13
C('zw13', 'hospital-inservice', 'fpdf',
  ['portrait', 'letter', 'two-column', 'accented', 'signatures',
   'department-provider', 'presented-by-distractor'],
  'Hospital in-service; the Laboratory Education Council is the provider '
  '(institution + council); "Presented by" and employee ID are distractors; '
  'ID after "Class No.:".',
  G('Ana Lucía Ferreira',
    'Blood Bank Competency In-Service: Massive Transfusion Protocol Activation',
    '2025-03-05', 1.0, 'contact hour',
    ['St. Brennan Regional Medical Center',
     'St. Brennan Regional Medical Center, Laboratory Education Council'],
    'IS-25-031'),
  dict(orient='portrait', border=None, font='serif', accent=MAROON,
       footer='St. Brennan Regional Medical Center · 2200 Harbor Crest Drive · Eastport, ME 04631'),
  [T('St. Brennan Regional Medical Center', 17, b=True, al='l', color=MAROON, before=0),
   T('Laboratory Education Council', 11, al='l', i=True, before=1, font='sans'),
   RULE(1.0, before=6, thick=0.8, color=MAROON, al='l'),
   T('In-Service Education Certificate', 17, b=True, al='l', before=24),
   P('This certifies that Ana Lucía Ferreira, MLT(ASCP) attended the following '
     'in-service education program presented by the Laboratory Education Council:',
     11, al='l', before=12),
   KV([('Program:', 'Blood Bank Competency In-Service: Massive Transfusion Protocol Activation'),
       ('Class No.:', 'IS-25-031'),
       ('Date Attended:', 'March 5, 2025'),
       ('Presented by:', 'Colette Ambrose, MT(ASCP)SBB, Transfusion Service Supervisor'),
       ('Contact Hours:', '1.0'),
       ('Employee ID:', '004417')], 11, lw=0.25, before=14),
   P(pace('St. Brennan Regional Medical Center Laboratory Education Council'),
     9, al='l', before=16),
   SIGS([('Marguerite Olsen, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator')],
        before=44, al='l', width=0.55),
   ])

# ---------------------------------------------------------------- zw14
C('zw14', 'public-health-lab', 'tcpdf',
  ['landscape', 'centered-award', 'single-border', 'format-line',
   'labels-above-values', 'suffix', 'signatures', 'department-provider',
   'expiry-distractor'],
  '"Live Virtual Session" format line; labels above values include the '
  'expiry ("Valid Through") as a distractor date; the division is the office.',
  G('Jacob Whitfield Sr.',
    'Packaging and Shipping Division 6.2 Infectious Substances and Exempt Patient Specimens',
    '2025-04-22', 3.0, 'contact hour',
    ['Tidewater Regional Public Health Laboratory',
     'Tidewater Regional Public Health Laboratory, Division of Laboratory Training and Outreach'],
    'TR-6208'),
  dict(orient='landscape', border='single', font='sans', accent=GREEN),
  [T('Tidewater Regional Public Health Laboratory', 18, b=True, color=GREEN, before=0),
   T('Division of Laboratory Training and Outreach', 11, i=True, before=2),
   T('CERTIFICATE OF TRAINING', 24, b=True, before=14),
   T('This certifies that', 11, i=True, before=8),
   T('Jacob Whitfield Sr.', 22, b=True, before=4),
   T('has successfully completed the', 11, i=True, before=6),
   T('Live Virtual Session', 11, b=True, color=GREEN, before=3),
   T('Packaging and Shipping Division 6.2 Infectious Substances and Exempt '
     'Patient Specimens', 15, b=True, before=3),
   COLS(['Date of Training', 'Training ID', 'Contact Hours', 'Valid Through'],
        ['April 22, 2025', 'TR-6208', '3.0', 'April 22, 2027'], 11, before=14, width=0.9),
   P(pace('Tidewater Regional Public Health Laboratory') + ' This training '
     'meets the function-specific training requirement of 49 CFR 172.704 and '
     'the IATA Dangerous Goods Regulations for Division 6.2 materials; '
     'retraining is required every 24 months.', 8, before=10),
   SIGS([('Rashida Monroe, DrPH', 'Laboratory Director'),
         ('Neil Carraway, MPH, SM(ASCP)', 'Training Coordinator')], before=20, size=9),
   ])

# ---------------------------------------------------------------- zw15
C('zw15', 'university-ceu', 'rlcanvas',
  ['landscape', 'centered-award', 'double-border', 'seal', 'letter-spaced-name',
   'caps-name', 'accented', 'labels-above-values', 'date-range',
   'signatures', 'department-provider'],
  'CEU certificate: 0.6 CEU = 6 points; course date range (last day); '
  'awarded date is a distractor; letter-spaced capital name.',
  G('SOFIA RAMÍREZ',
    'Molecular Diagnostics Bootcamp: PCR, Sequencing, and Variant Interpretation',
    '2025-11-14', 0.6, 'CEU',
    ['Marrowstone University',
     'Marrowstone University, School of Continuing and Professional Studies'],
    'MDX-410-F25'),
  dict(orient='landscape', border='double', font='serif', accent=MAROON,
       seal=dict(text=['MARROWSTONE', 'UNIVERSITY', '1891'], pos='bl')),
  [T('Marrowstone University', 22, b=True, color=MAROON, before=0),
   T('School of Continuing and Professional Studies', 12, i=True, before=2),
   T('Certificate of Completion', 28, b=True, i=True, before=14),
   T('is hereby awarded to', 11, i=True, before=10),
   T('SOFIA RAMÍREZ', 24, b=True, ls=True, before=6),
   T('for satisfactory completion of the non-credit professional development course',
     11, i=True, before=8),
   T('Molecular Diagnostics Bootcamp: PCR, Sequencing, and Variant Interpretation',
     17, b=True, before=4),
   COLS(['Course Dates', 'Offering No.', 'Continuing Education Units'],
        ['November 10–14, 2025', 'MDX-410-F25', '0.6 CEU'], 11, before=14, width=0.8),
   P('One Continuing Education Unit (CEU) equals ten contact hours of participation '
     'in an organized continuing education experience under responsible '
     'sponsorship, capable direction, and qualified instruction.', 8, before=10),
   SIGS([('Miriam Oyelaran, EdD', 'Dean, School of Continuing and Professional Studies'),
         ('Theodore Baptiste, MS, MB(ASCP)CM', 'Program Director')], before=24, size=9),
   T('Awarded December 1, 2025', 9, i=True, before=8),
   ])

# ---------------------------------------------------------------- zw16
C('zw16', 'vendor', 'platypus',
  ['portrait', 'table', 'date-range', 'signatures', 'credentials', 'hyphenated'],
  'Vendor key-operator training; small table with course, training ID, dates '
  'and hours; instrument serial number is a distractor; last day of range.',
  G('Oluwaseun Bamidele-Carter', 'QX-900 Hematology Analyzer Key Operator Training',
    '2025-11-05', 16.0, 'contact hour', ['Quantivex Diagnostics, Inc.'], 'KOT-900-1125'),
  dict(orient='portrait', border=None, font='sans', accent=NAVY,
       footer='Quantivex Diagnostics, Inc. · Customer Education & Training Center · 1400 Meridian Parkway, Lowell Point, NJ 07012'),
  [T('Quantivex Diagnostics, Inc.', 20, b=True, al='l', color=NAVY, before=0),
   T('Customer Education & Training Center', 10, al='l', before=0),
   RULE(1.0, before=6, thick=2, color=NAVY, al='l'),
   T('Certificate of Training Completion', 20, b=True, before=30),
   P('This document certifies that', 11, before=14),
   T('Oluwaseun Bamidele-Carter, MLS(ASCP)', 18, b=True, before=6),
   P('has completed the instructor-led course listed below.', 11, before=8),
   TABLE(['Course', 'Training ID', 'Dates', 'Contact Hours'],
         [['QX-900 Hematology Analyzer Key Operator Training', 'KOT-900-1125',
           'November 3–5, 2025', '16.0']],
         widths=[0.46, 0.17, 0.22, 0.15], size=8.5, before=16),
   KV([('Instrument Serial No.:', 'QX9-004417'),
       ('Training Site:', 'Halvorsen County Hospital Laboratory')], 9.5, lw=0.3, before=14),
   P(pace('Quantivex Diagnostics, Inc.'), 9, before=18),
   SIGS([('Renée Faulkner, MLS(ASCP)', 'Senior Applications Trainer')], before=40),
   ])

# ---------------------------------------------------------------- zw17
C('zw17', 'joint-accreditation-cme', 'acroform',
  ['portrait', 'centered-award', 'two-column', 'table', 'multiple-credits',
   'department-provider', 'credentials', 'hyphenated'],
  'Jointly accredited provider; credit table lists AMA PRA, ANCC, ACPE and '
  'P.A.C.E. (all 1.00); Grand Rounds series name is part of the title; '
  'transcript ID and generation date are distractors. Values are flattened fields.',
  G("Kevin O'Donnell-Price", 'Pathology Grand Rounds: Blood Culture Stewardship',
    '2025-09-30', 1.0, 'contact hour',
    ['Pinecrest Health Sciences Center',
     'Pinecrest Health Sciences Center, Office of Interprofessional Continuing Education'],
    '25-GR-0930'),
  dict(orient='portrait', border='single', font='sans', accent=TEAL,
       footer='Certificate generated 10/02/2025 · Transcript ID 551-0093'),
  [T('Pinecrest Health Sciences Center', 18, b=True, color=TEAL, before=0),
   T('Office of Interprofessional Continuing Education', 11, i=True, before=2),
   T('Certificate of Participation', 22, b=True, before=18, font='serif'),
   T("Kevin O'Donnell-Price, MLS(ASCP)CM", 18, b=True, before=14, font='serif',
     field='learner'),
   T('participated in the live activity', 11, i=True, before=8, font='serif'),
   T('Pathology Grand Rounds: Blood Culture Stewardship', 15, b=True, before=6,
     font='serif', field='activity_title'),
   KV([('Activity ID:', '25-GR-0930'),
       ('Activity Date:', 'September 30, 2025'),
       ('Location:', 'Hadley Auditorium and livestream')], 10.5, lw=0.4, before=16,
      width=0.75, al='c', fields=['activity_id', 'activity_date', 'location']),
   TABLE(['Credit Type', 'Credits Claimed'],
         [['AMA PRA Category 1 Credit™', '1.00'],
          ['ANCC Nursing Contact Hours', '1.00'],
          ['ACPE Contact Hours (knowledge-based)', '1.00'],
          ['P.A.C.E.® Contact Hours', '1.00']],
         widths=[0.7, 0.3], size=9.5, before=14, width=0.7),
   P('In support of improving patient care, Pinecrest Health Sciences Center is '
     'jointly accredited by the Accreditation Council for Continuing Medical '
     'Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), '
     'and the American Nurses Credentialing Center (ANCC), to provide continuing '
     'education for the healthcare team. Pinecrest Health Sciences Center '
     'designates this live activity for a maximum of 1.00 AMA PRA Category 1 '
     'Credit™. Physicians should claim only the credit commensurate with the '
     'extent of their participation in the activity. '
     + pace('Pinecrest Health Sciences Center'), 7.5, before=14, al='j'),
   ])

# ---------------------------------------------------------------- zw18
C('zw18', 'state-society', 'gs',
  ['portrait', 'centered-award', 'format-line', 'wrapped-title-then-label',
   'provider-accreditation-only', 'signatures', 'hyphenated'],
  'Provider appears only as the subject of the P.A.C.E. approval sentence; '
  'LIVE WEBINAR format line; long title wraps and is followed by '
  '"Webinar date:"; ID after "Event No." (no colon).',
  G('Thanh Nguyen-Beaumont',
    'Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis: A Case-Based Review',
    '2025-08-20', 1.0, 'contact hour',
    ['Gulf Coast Laboratory Science Association'], 'GC-2508'),
  dict(orient='portrait', border='single', font='serif', accent=TEAL),
  [T('Certificate of Attendance', 28, b=True, before=30, color=TEAL),
   T('This is to certify that', 12, i=True, before=26),
   T('Thanh Nguyen-Beaumont', 24, b=True, before=8),
   T('attended the', 12, i=True, before=14),
   T('LIVE WEBINAR', 11, b=True, before=6, font='sans', color=TEAL),
   T('Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis: A '
     'Case-Based Review', 16, b=True, before=4),
   T('Webinar date: August 20, 2025', 12, before=4),
   T('Contact hours awarded: 1.0', 13, b=True, before=18),
   T('Event No. GC-2508', 10, before=6),
   P(pace('Gulf Coast Laboratory Science Association'), 9, before=24),
   SIGS([('Delphine Arceneaux, MLS(ASCP)CM', 'Continuing Education Coordinator')],
        before=50, size=9.5),
   ])

# ---------------------------------------------------------------- zw19
C('zw19', 'ascp', 'docx',
  ['portrait', 'letter', 'two-column', 'suffix', 'credentials', 'signatures'],
  'Label/value CMLE certificate; certificate ID and print date are '
  'distractors; day-month-year date "30-Apr-2025".',
  G('Jamal A. Whitaker Jr.',
    'Quality Control Rules and Sigma Metrics for the Chemistry Bench',
    '2025-04-30', 0.5, 'CMLE',
    ['American Society for Clinical Pathology', 'ASCP'], 'QC-SIG-114'),
  dict(orient='portrait', border=None, font='sans', accent=NAVY,
       footer='American Society for Clinical Pathology · Chicago, Illinois'),
  [T('ASCP', 36, b=True, al='l', color=NAVY, before=0),
   T('American Society for Clinical Pathology', 11, al='l', before=0),
   RULE(1.0, before=6, thick=2.5, color=NAVY, al='l'),
   T('CMLE Certificate', 20, b=True, al='l', before=30),
   P('This certificate documents Continuing Medical Laboratory Education (CMLE) '
     'credit earned through ASCP.', 10.5, al='l', before=8),
   KV([('Learner:', 'Jamal A. Whitaker Jr., MLT(ASCP)'),
       ('Course:', 'Quality Control Rules and Sigma Metrics for the Chemistry Bench'),
       ('Course Code:', 'QC-SIG-114'),
       ('Completed:', '30-Apr-2025'),
       ('CMLE Credits:', '0.5'),
       ('Certificate ID:', 'CMLE-7730152'),
       ('Date Printed:', '05-May-2025')], 12, lw=0.26, before=18),
   P('ASCP designates this activity for a maximum of 0.5 CMLE credit. CMLE '
     'credit is accepted by the ASCP Board of Certification for the Credential '
     'Maintenance Program.', 9.5, al='l', before=22),
   SIGS([('Lorraine Castellanos, MD, FASCP', 'Chief Medical Officer')], before=56,
        al='l', width=0.5),
   ])

# ---------------------------------------------------------------- zw20
C('zw20', 'aabb', 'rlcanvas',
  ['portrait', 'centered-award', 'single-border', 'format-line',
   'wrapped-title-then-label', 'provider-issuer-line-only',
   'provider-for-and-name', 'multiple-credits', 'accented', 'credentials'],
  'Provider only as the issuer line above "Certificate of Completion" (the '
  'short form AABB is not printed); "eCast" format line; long title wraps '
  'and is followed by "Date Completed:"; AMA PRA figure is a distractor.',
  G('Ingrid Sørensen',
    'Patient Blood Management Metrics That Matter: Building a Dashboard Your '
    'Transfusion Committee Will Use',
    '2025-01-22', 1.5, 'contact hour',
    ['Association for the Advancement of Blood & Biotherapies'], '25EC-0122'),
  dict(orient='portrait', border='single', font='serif', accent=MAROON,
       footer='Certificate No. E-25-004471 · Issued 01/22/2025'),
  [T('Association for the Advancement of Blood & Biotherapies', 13, b=True,
     color=MAROON, before=6, font='sans'),
   T('Certificate of Completion', 28, b=True, before=12),
   T('This certifies that', 12, i=True, before=24),
   T('Ingrid Sørensen, MT(ASCP)SBB', 22, b=True, before=6),
   T('has completed the', 12, i=True, before=14),
   T('eCast', 12, b=True, color=MAROON, before=4, font='sans'),
   T('Patient Blood Management Metrics That Matter: Building a Dashboard Your '
     'Transfusion Committee Will Use', 15, b=True, before=4),
   T('Date Completed: January 22, 2025', 11, before=4),
   T('1.5 P.A.C.E.® Contact Hours', 13, b=True, before=16),
   T('Course Code: 25EC-0122', 10, before=6),
   P(pace('The Association for the Advancement of Blood & Biotherapies') +
     ' The Association is accredited by the ACCME to provide continuing medical '
     'education for physicians and designates this enduring material for a '
     'maximum of 1.5 AMA PRA Category 1 Credits™.', 8.5, before=20),
   ])

# ---------------------------------------------------------------- zw21
C('zw21', 'ascls', 'chromium',
  ['landscape', 'centered-award', 'double-border', 'labels-above-values',
   'session-date', 'date-range', 'caps-name', 'presented-by-distractor'],
  'Session certificate at the annual meeting: session date July 22 inside '
  'July 20–23; ID "Session #"; speaker and registration number are distractors.',
  G('LUCAS PEREIRA DA SILVA', 'Inclusive Mentoring in the Clinical Laboratory Workforce',
    '2025-07-22', 1.0, 'contact hour',
    ['American Society for Clinical Laboratory Science', 'ASCLS'], '412'),
  dict(orient='landscape', border='double', font='sans', accent=GREEN,
       footer='Registration No. R25-30914'),
  [T('ASCLS', 16, b=True, color=GREEN, before=0),
   T('American Society for Clinical Laboratory Science', 11, before=0),
   T('2025 ASCLS Annual Meeting · July 20–23, 2025 · Providence, Rhode Island',
     10, i=True, before=6),
   T('Session Certificate', 28, b=True, before=16, font='serif'),
   T('LUCAS PEREIRA DA SILVA', 22, b=True, before=14, font='serif'),
   T('attended the educational session', 11, i=True, before=8, font='serif'),
   T('Inclusive Mentoring in the Clinical Laboratory Workforce', 19, b=True,
     before=4, font='serif'),
   T('Presented by Naomi Fairweather, EdD, MLS(ASCP)CM', 10, i=True, before=4, font='serif'),
   COLS(['Session Date', 'Session #', 'P.A.C.E.® Contact Hours'],
        ['July 22, 2025', '412', '1.0'], 12, before=22, width=0.7),
   P(pace('ASCLS'), 8.5, before=22),
   ])

# ---------------------------------------------------------------- zw22
C('zw22', 'pace-approved-provider', 'fodt',
  ['portrait', 'letter', 'format-line', 'wrapped-title-then-label',
   'provider-accreditation-only', 'signatures', 'credentials'],
  'Provider only as subject of the P.A.C.E. approval sentence; "Enduring '
  'Material" format line; long title wraps and is followed by "Date of '
  'completion:"; print date is a distractor.',
  G('Matthew van der Berg',
    'Body Fluid Cell Counts and Morphology: Cerebrospinal, Serous, and Synovial '
    'Fluids in the Hematology Laboratory',
    '2025-12-09', 2.0, 'contact hour',
    ['Brightwater Laboratory Education Consortium'], '617-340-25'),
  dict(orient='portrait', border=None, font='serif', accent=NAVY,
       footer='Print date: 12/11/2025'),
  [T('Certificate of Completion', 24, b=True, al='l', color=NAVY, before=10),
   RULE(1.0, before=6, thick=1.2, color=NAVY, al='l'),
   P('This is to certify that', 12, al='l', before=24),
   T('Matthew van der Berg, MLS(ASCP)CM', 17, b=True, al='l', before=6),
   P('has successfully completed the', 12, al='l', before=10),
   T('Enduring Material', 11, b=True, i=True, al='l', color=NAVY, before=6),
   T('Body Fluid Cell Counts and Morphology: Cerebrospinal, Serous, and Synovial '
     'Fluids in the Hematology Laboratory', 15, b=True, al='l', before=4),
   T('Date of completion: 12/09/2025', 11, al='l', before=4),
   T('P.A.C.E.® contact hours: 2.0', 11, al='l', before=4),
   T('P.A.C.E.® Course No. 617-340-25', 11, al='l', before=4),
   P(pace('Brightwater Laboratory Education Consortium'), 9.5, al='l', before=26),
   SIGS([('Corinne Ashby, MEd, MLS(ASCP)CM', 'Education Director')],
        before=50, al='l', width=0.5),
   ])

# ---------------------------------------------------------------- zw23
C('zw23', 'labce', 'tcpdf',
  ['landscape', 'centered-award', 'thickthin-border', 'format-line',
   'labels-above-values', 'accented', 'credentials', 'multiple-credits'],
  '"Self-Study" format line; labels above values (Date Completed | Course # '
  '| P.A.C.E. Contact Hours | Level); ISO dates; print date is a distractor.',
  G('Zoë Abernathy', 'Urinalysis Sediment Identification: Casts and Crystals',
    '2025-07-09', 1.0, 'contact hour', ['LabCE'], '1093'),
  dict(orient='landscape', border='thickthin', font='sans', accent=TEAL,
       footer='Printed on 2025-11-30  ·  www.labce.com'),
  [T('LabCE', 26, b=True, color=TEAL, before=0),
   T('Certificate of Completion', 28, b=True, before=14, font='serif'),
   T('awarded to', 11, i=True, before=10, font='serif'),
   T('Zoë Abernathy, MLS(ASCP)CM', 24, b=True, before=4, font='serif'),
   T('for completing the', 11, i=True, before=8, font='serif'),
   T('Self-Study', 11, b=True, color=TEAL, before=3),
   T('Urinalysis Sediment Identification: Casts and Crystals', 20, b=True, before=3,
     font='serif'),
   COLS(['Date Completed', 'Course #', 'P.A.C.E.® Contact Hours', 'Level'],
        ['2025-07-09', '1093', '1.0', 'Basic'], 12, before=22, width=0.85),
   P(pace('LabCE') + ' Florida Board of Clinical Laboratory Personnel: 1.0 hour, '
     'Urinalysis/Clinical Microscopy.', 8.5, before=20),
   ])

# ---------------------------------------------------------------- zw24
C('zw24', 'medialab', 'platypus',
  ['portrait', 'table', 'suffix', 'title-trap-word', 'credentials'],
  'Small table (title | course # | date | hours); title contains Safety and '
  'Training; customer ID and certificate serial are distractors.',
  G('Harold Jenkins III', 'Bloodborne Pathogens Safety Training 2025',
    '2025-01-06', 1.0, 'contact hour', ['MediaLab, Inc.'], '2014'),
  dict(orient='portrait', border='frame', font='sans', accent=TEAL,
       footer='www.medialab.com'),
  [T('MediaLab, Inc.', 18, b=True, al='l', color=TEAL, before=0),
   T('Certificate of Completion', 24, b=True, before=40, font='serif'),
   P('presented to', 11, i=True, before=16),
   T('Harold Jenkins III, MLT(ASCP)', 20, b=True, before=6, font='serif'),
   P('for successful completion of the following continuing education course:',
     11, before=12),
   TABLE(['Course Title', 'Course #', 'Date Completed', 'Contact Hours'],
         [['Bloodborne Pathogens Safety Training 2025', '2014', '01/06/2025', '1.0']],
         widths=[0.5, 0.13, 0.2, 0.17], size=9, before=14),
   P(pace('MediaLab, Inc.'), 9, before=20),
   KV([('Customer ID:', 'ML-442871'), ('Certificate Serial:', 'A7F3-22Q9')],
      9, lw=0.5, before=24, width=0.5),
   ])

# ---------------------------------------------------------------- zw25
C('zw25', 'adlm', 'gs',
  ['portrait', 'centered-award', 'format-line', 'wrapped-title-then-label',
   'provider-issuer-line-only', 'provider-for-and-name', 'table',
   'multiple-credits', 'credentials', 'hyphenated'],
  'Issuer line above "Certificate of Completion"; "On-Demand" format line; '
  'long title wraps and is followed by "Date Completed:"; table of ACCENT '
  'and AMA PRA credit (ACCENT is the lab credit).',
  G('Yusuf Al-Hakim',
    'Point-of-Care Testing Oversight: Building a Compliance Program Across a '
    'Multi-Hospital Health System',
    '2025-10-06', 1.0, 'contact hour',
    ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '25OD-4411'),
  dict(orient='portrait', border='double', font='serif', accent=PURPLE),
  [T('Association for Diagnostics & Laboratory Medicine', 13, b=True, color=PURPLE,
     before=4, font='sans'),
   T('Certificate of Completion', 28, b=True, before=14),
   T('This certifies that', 12, i=True, before=22),
   T('Yusuf Al-Hakim, PhD, DABCC', 22, b=True, before=6),
   T('has completed the', 12, i=True, before=14),
   T('On-Demand', 11, b=True, color=PURPLE, before=4, font='sans'),
   T('Point-of-Care Testing Oversight: Building a Compliance Program Across a '
     'Multi-Hospital Health System', 15, b=True, before=4),
   T('Date Completed: October 6, 2025', 11, before=4),
   TABLE(['Credit', 'Awarded'],
         [['ACCENT® Contact Hours', '1.0'], ['AMA PRA Category 1 Credit™', '1.0']],
         widths=[0.7, 0.3], size=10, before=16, width=0.55),
   T('Activity #: 25OD-4411', 10, before=12),
   P('ADLM is accredited by the Accreditation Council for Continuing Medical '
     'Education (ACCME) to provide continuing medical education for physicians '
     'and designates this enduring material for a maximum of 1.0 AMA PRA '
     'Category 1 Credit™. This activity is approved for 1.0 ACCENT® contact hour '
     'by the ADLM ACCENT® Continuing Education Program.', 8.5, before=18),
   ])

# ---------------------------------------------------------------- zw26
C('zw26', 'nsh', 'platypus',
  ['portrait', 'two-page', 'centered-award', 'table', 'date-range',
   'title-trap-word', 'signatures', 'credentials', 'hyphenated'],
  'Two pages: page 1 meeting certificate (title = meeting name, last day of '
  'range, total claimed 18.5); page 2 lists workshops (Grossing, Orientation, '
  'Safety titles and workshop numbers are distractors). No activity number.',
  G('Catalina Restrepo-Uribe', '51st Annual Symposium/Convention', '2025-09-17',
    18.5, 'contact hour', ['National Society for Histotechnology', 'NSH'], None),
  dict(orient='portrait', border='double', font='serif', accent=MAROON,
       footer='National Society for Histotechnology · Attendee Badge ID 2025-3381'),
  [T('National Society for Histotechnology', 19, b=True, color=MAROON, before=0),
   T('Certificate of Attendance', 26, b=True, before=30),
   T('This certifies that', 12, i=True, before=20),
   T('Catalina Restrepo-Uribe, HTL(ASCP)QIHC', 20, b=True, before=6),
   T('attended the', 12, i=True, before=14),
   T('51st Annual Symposium/Convention', 19, b=True, before=6),
   T('September 12–17, 2025 · Spokane, Washington', 11, before=6),
   T('Total contact hours claimed: 18.5', 14, b=True, before=22),
   P('Workshop and session detail is listed on page 2. '
     + pace('The National Society for Histotechnology (NSH)'), 9, before=16),
   SIGS([('Beatrix Holloway, HTL(ASCP)QIHC', 'Chair, Education Committee')], before=50),
   BREAK(),
   T('Attendance Detail — Catalina Restrepo-Uribe', 14, b=True, al='l', before=0),
   T('51st Annual Symposium/Convention · September 12–17, 2025', 10, al='l', before=4),
   TABLE(['Date', 'Workshop #', 'Title', 'Contact Hours'],
         [['Sep 12', 'W-104', 'Grossing Small Biopsies: Orientation and Embedding', '3.0'],
          ['Sep 13', 'W-131', 'Decalcification Without Disaster', '3.0'],
          ['Sep 14', 'W-207', 'Special Stains Troubleshooting', '3.0'],
          ['Sep 15', 'W-244', 'Lean Principles in the Histology Lab', '1.5'],
          ['Sep 15', 'W-262', 'Safety in the Histology Laboratory', '1.5'],
          ['Sep 16', 'W-318', 'Immunohistochemistry Validation Basics', '3.0'],
          ['Sep 17', 'W-355', 'Digital Pathology Scanning Workflows', '3.5']],
         widths=[0.12, 0.14, 0.56, 0.18], size=9, before=14),
   T('Total: 18.5 contact hours', 11, b=True, al='r', before=8),
   ])

# ---------------------------------------------------------------- zw27
C('zw27', 'amt', 'fpdf',
  ['portrait', 'centered-award', 'double-border', 'date-range',
   'title-trap-word', 'signatures', 'hyphenated', 'credentials'],
  'Meeting attendance; "Meeting" is part of the meeting name used as title; '
  'last day of range; CE hours; member number is a distractor.',
  G('Denise Fairbanks-Obi', '2025 AMT Educational Program and National Meeting',
    '2025-06-28', 12.5, 'CE hour', ['American Medical Technologists', 'AMT'], None),
  dict(orient='portrait', border='double', font='serif', accent=NAVY,
       seal=dict(text=['AMT', '2025'], pos='bc')),
  [T('American Medical Technologists', 20, b=True, color=NAVY, before=6),
   T('Certificate of Attendance', 26, b=True, before=30),
   T('presented to', 11, i=True, before=18),
   T('Denise Fairbanks-Obi, MT(AMT)', 20, b=True, before=6),
   T('for attendance at the', 11, i=True, before=14),
   T('2025 AMT Educational Program and National Meeting', 16, b=True, before=6),
   T('June 25–28, 2025 · Scottsdale, Arizona', 11, before=6),
   T('CE hours earned: 12.5', 14, b=True, before=20),
   P('AMT approves this program for 12.5 CE hours toward the AMT Certification '
     'Continuation Program (CCP).', 9, before=10),
   T('Member No. 2041187', 9, before=8),
   SIGS([('Gerald M. Price, MT(AMT)', 'Director, Continuing Education')], before=40, size=9),
   ])

# ---------------------------------------------------------------- zw28
C('zw28', 'asm', 'chromium',
  ['portrait', 'centered-award', 'format-line', 'wrapped-title-then-label',
   'credentials', 'honorific', 'provider-for-and-name'],
  '"Live Virtual Session" format line; long title wraps and is followed by '
  '"Session date:"; honorific Dr. and credentials removed; print date distractor.',
  G('Imani Kellerman',
    'Detection of Carbapenemase-Producing Organisms: Phenotypic and Molecular '
    'Approaches for the Clinical Laboratory',
    '2025-06-14', 1.5, 'contact hour',
    ['American Society for Microbiology', 'ASM'], 'CPO-0614'),
  dict(orient='portrait', border='thickthin', font='sans', accent=GREEN,
       footer='Printed 07/01/2025'),
  [T('American Society for Microbiology', 17, b=True, color=GREEN, before=4),
   T('ASM Continuing Education', 10, i=True, before=2),
   T('Certificate of Completion', 26, b=True, before=28, font='serif'),
   T('Dr. Imani Kellerman, PhD, D(ABMM)', 21, b=True, before=24, font='serif'),
   T('has attended the', 11, i=True, before=12, font='serif'),
   T('Live Virtual Session', 11, b=True, color=GREEN, before=4),
   T('Detection of Carbapenemase-Producing Organisms: Phenotypic and Molecular '
     'Approaches for the Clinical Laboratory', 15, b=True, before=4, font='serif'),
   T('Session date: June 14, 2025', 11, before=4, font='serif'),
   T('Session ID: CPO-0614', 10, before=6),
   T('1.5 P.A.C.E.® contact hours', 13, b=True, before=16),
   P(pace('ASM'), 8.5, before=18),
   ])

# ---------------------------------------------------------------- zw29
C('zw29', 'clsi', 'docx',
  ['portrait', 'letter', 'two-column', 'caps-name', 'program-no-without-colon',
   'credentials'],
  'Letter-style training certificate; title under "Workshop"; ID is the '
  '"Program No." (no colon) at the end of the approval sentence; purchase '
  'order is a distractor.',
  G('ELENA VOLKOVA',
    'Laboratory Quality Management System Essentials: Documents and Records',
    '2025-10-21', 3.0, 'contact hour',
    ['Clinical and Laboratory Standards Institute', 'CLSI'], '405-338-25'),
  dict(orient='portrait', border=None, font='serif', accent=TEAL,
       footer='clsi.org'),
  [T('Clinical and Laboratory Standards Institute', 16, b=True, al='l', color=TEAL, before=0),
   RULE(1.0, before=4, thick=1, color=TEAL, al='l'),
   T('Training Certificate', 18, b=True, al='l', before=24),
   P('CLSI certifies that ELENA VOLKOVA, MLS(ASCP)CM, completed the virtual '
     'workshop listed below.', 12, al='l', before=14),
   KV([('Participant', 'ELENA VOLKOVA'),
       ('Workshop', 'Laboratory Quality Management System Essentials: Documents and Records'),
       ('Date completed', 'October 21, 2025'),
       ('Contact hours', '3.0'),
       ('Purchase Order', 'PO-88213')], 12, lw=0.26, before=16),
   P('CLSI is approved as a provider of continuing education programs in the '
     'clinical laboratory sciences by the ASCLS P.A.C.E.® Program. '
     'Program No. 405-338-25', 9.5, al='l', before=18),
   SIGS([('Anne Whitcombe, PhD', 'Vice President, Education')], before=44,
        al='l', width=0.5),
   ])

# ---------------------------------------------------------------- zw30
C('zw30', 'state-society', 'acroform',
  ['landscape', 'labels-above-values', 'session-date', 'date-range',
   'single-border', 'credentials', 'presented-by-distractor'],
  'Form-style session certificate with labels above values (filled and '
  'flattened); session date inside the seminar range; presenter is a distractor.',
  G('Hye-jin Cho', 'Transfusion Reaction Investigation: From Bedside to Blood Bank',
    '2025-04-24', 1.5, 'contact hour',
    ['Cascade Society for Clinical Laboratory Science', 'CSCLS'], 'S-07'),
  dict(orient='landscape', border='single', font='sans', accent=PURPLE,
       footer='CSCLS · Continuing Education Committee'),
  [T('Cascade Society for Clinical Laboratory Science', 18, b=True, color=PURPLE, before=0),
   T('2025 Spring Seminar · April 24–25, 2025 · Tacoma, Washington', 10, i=True, before=4),
   T('Continuing Education Certificate', 24, b=True, before=18, font='serif'),
   COLS(['Participant', 'Session Date'], ['Hye-jin Cho, MLS(ASCP)CM', 'April 24, 2025'],
        13, before=22, widths=[0.6, 0.4], al='l', width=0.85,
        fields=['participant', 'session_date']),
   COLS(['Session Title'], ['Transfusion Reaction Investigation: From Bedside to Blood Bank'],
        13, before=14, al='l', width=0.85, fields=['session_title']),
   COLS(['Session No.', 'Contact Hours', 'Presenter'],
        ['S-07', '1.5', 'Ruth Ellington, MS, MT(ASCP)SBB'], 12, before=14,
        widths=[0.25, 0.25, 0.5], al='l', width=0.85,
        fields=['session_no', 'hours', 'presenter']),
   P(pace('The Cascade Society for Clinical Laboratory Science (CSCLS)'), 8.5, before=24),
   SIGS([('Mireille Dufresne, MLS(ASCP)', 'CSCLS President')], before=26, size=9),
   ])

# ---------------------------------------------------------------- zw31
C('zw31', 'hospital-inservice', 'tcpdf',
  ['portrait', 'labels-above-values', 'title-trap-word', 'signatures',
   'department-provider', 'credentials'],
  'Labels above values; title contains Safety and Orientation; employee ID '
  'and department are distractors; ID after "Class Code"; CE hours.',
  G('Rosalind Achterberg', 'New Hire Laboratory Safety Orientation', '2025-02-03',
    2.0, 'CE hour',
    ['Lakeview Memorial Hospital', 'Lakeview Memorial Hospital, Laboratory Education Department'],
    'LSO-101'),
  dict(orient='portrait', border='single', font='sans', accent=NAVY,
       footer='Lakeview Memorial Hospital · Laboratory Education Department · Form LED-07 (rev. 2024)'),
  [T('Lakeview Memorial Hospital', 20, b=True, color=NAVY, before=4),
   T('Laboratory Education Department', 11, i=True, before=2),
   T('Certificate of Completion', 24, b=True, before=30, font='serif'),
   COLS(['Employee Name', 'Employee ID', 'Department'],
        ['Rosalind Achterberg, MLT(ASCP)', 'E-20931', 'Core Laboratory'], 11,
        before=28, widths=[0.44, 0.22, 0.34]),
   COLS(['Course Title'], ['New Hire Laboratory Safety Orientation'], 13, before=20),
   COLS(['Class Code', 'Date of Completion', 'CE Hours'],
        ['LSO-101', '02/03/2025', '2.0'], 11, before=20),
   P('The Lakeview Memorial Hospital Laboratory Education Department awards 2.0 '
     'CE hours for this course. Records are retained by the Laboratory Education '
     'Department for a minimum of five years.', 9, before=28),
   SIGS([('Victor Hanley, MHA, MLS(ASCP)CM', 'Laboratory Education Manager')], before=50),
   ])

# ---------------------------------------------------------------- zw32
C('zw32', 'hospital-inservice', 'fodt',
  ['portrait', 'letter', 'two-column', 'title-trap-word', 'department-provider',
   'signatures', 'credentials', 'hyphenated'],
  'Education-council in-service whose real title contains "Meeting"; ID '
  'after "Offering No."; employee number and presenter are distractors.',
  G('Bernadette Kowalczyk-Ames',
    'Quarterly Laboratory Quality Meeting: Root Cause Analysis of Mislabeled Specimens',
    '2025-05-15', 1.0, 'contact hour',
    ['Hollis Valley Medical Center', 'Hollis Valley Medical Center, Laboratory Education Council'],
    'LQ-2505'),
  dict(orient='portrait', border=None, font='sans', accent=GREEN,
       footer='Hollis Valley Medical Center · Laboratory Education Council · Page 1'),
  [T('Hollis Valley Medical Center', 18, b=True, al='l', color=GREEN, before=0),
   T('Laboratory Education Council', 11, al='l', before=0),
   RULE(1.0, before=6, thick=1, color=GREEN, al='l'),
   T('Certificate of Continuing Education', 17, b=True, al='l', before=24),
   P('Date issued: May 20, 2025', 10, al='l', before=4),
   P('The Laboratory Education Council certifies that the employee named below '
     'attended the following continuing education offering.', 11, al='l', before=14),
   KV([('Name', 'Bernadette Kowalczyk-Ames, MLS(ASCP)CM'),
       ('Employee No.', '77310'),
       ('Offering', 'Quarterly Laboratory Quality Meeting: Root Cause Analysis of '
                    'Mislabeled Specimens'),
       ('Offering No.', 'LQ-2505'),
       ('Date', 'May 15, 2025'),
       ('Presenter', 'Gareth Lind, MBA, MLS(ASCP)CM, Quality Manager'),
       ('Contact hours', '1.0')], 11, lw=0.26, before=14),
   P(pace('The Hollis Valley Medical Center Laboratory Education Council'), 9,
     al='l', before=18),
   SIGS([('Priscilla Tan, MS, MLS(ASCP)CM', 'Chair, Laboratory Education Council')],
        before=44, al='l', width=0.55),
   ])

# ---------------------------------------------------------------- zw33
C('zw33', 'public-health-lab', 'chromium',
  ['landscape', 'centered-award', 'single-border', 'letter-spaced-name',
   'caps-name', 'accented', 'format-line', 'wrapped-title-then-label'],
  'Letter-spaced capital name; LIVE WEBINAR format line; long title wraps and '
  'is followed by "Webinar date:"; ID after "Event ID".',
  G('ROSA ELENA GUTIÉRREZ',
    'Biothreat Agent Rule-Out Testing for Sentinel Clinical Laboratories: '
    'Brucella, Francisella, and Burkholderia',
    '2025-03-19', 1.5, 'contact hour',
    ['Association of Public Health Laboratories', 'APHL'], '11842'),
  dict(orient='landscape', border='single', font='serif', accent=NAVY,
       footer='APHL · Silver Spring, Maryland · www.aphl.org'),
  [T('Association of Public Health Laboratories', 18, b=True, color=NAVY, before=0, font='sans'),
   T('Certificate of Completion', 28, b=True, before=14),
   T('This certifies that', 12, i=True, before=12),
   T('ROSA ELENA GUTIÉRREZ', 22, b=True, ls=True, before=6),
   T('participated in the', 12, i=True, before=10),
   T('LIVE WEBINAR', 11, b=True, color=NAVY, before=4, font='sans'),
   T('Biothreat Agent Rule-Out Testing for Sentinel Clinical Laboratories: '
     'Brucella, Francisella, and Burkholderia', 18, b=True, before=4),
   T('Webinar date: March 19, 2025', 12, before=4),
   T('Event ID: 11842    ·    1.5 P.A.C.E.® contact hours', 12, b=True, before=14),
   P(pace('APHL'), 8.5, before=14),
   ])

# ---------------------------------------------------------------- zw34
C('zw34', 'joint-accreditation-cme', 'platypus',
  ['portrait', 'two-page', 'centered-award', 'table', 'multiple-credits',
   'claimed-vs-max', 'date-range', 'credentials', 'hyphenated'],
  'Joint-accreditation conference certificate; table of credits available '
  '(9.0 each) vs claimed (P.A.C.E. 7.5 claimed); last day of range; page 2 '
  'carries accreditation statements and faculty list.',
  G('Hyun-woo Park', 'Precision Oncology Diagnostics Conference 2025', '2025-04-04',
    7.5, 'contact hour', ['Summit Ridge Institute for Continuing Education'],
    '2025-PODC'),
  dict(orient='portrait', border='single', font='sans', accent=SLATE,
       footer='Summit Ridge Institute for Continuing Education · Transcript request ref. TR-55120'),
  [T('Summit Ridge Institute for Continuing Education', 16, b=True, color=SLATE, before=0),
   T('Certificate of Participation', 24, b=True, before=26, font='serif'),
   T('This certifies that', 11, i=True, before=14, font='serif'),
   T('Hyun-woo Park, MB(ASCP)CM', 20, b=True, before=6, font='serif'),
   T('participated in', 11, i=True, before=10, font='serif'),
   T('Precision Oncology Diagnostics Conference 2025', 17, b=True, before=4, font='serif'),
   T('April 3–4, 2025 · Minneapolis, Minnesota', 10.5, before=4),
   T('Activity ID: 2025-PODC', 10.5, before=4),
   TABLE(['Credit Type', 'Maximum Available', 'Claimed'],
         [['AMA PRA Category 1 Credits™', '9.0', '—'],
          ['ANCC Nursing Contact Hours', '9.0', '—'],
          ['ACPE Contact Hours', '9.0', '—'],
          ['P.A.C.E.® Contact Hours', '9.0', '7.5']],
         widths=[0.5, 0.28, 0.22], size=9.5, before=18, width=0.8),
   P('Accreditation and credit designation statements appear on page 2.', 9, before=14),
   T('Date claimed: April 15, 2025', 9, before=6),
   BREAK(),
   T('Accreditation Statements', 14, b=True, al='l', before=0),
   P('In support of improving patient care, Summit Ridge Institute for Continuing '
     'Education is jointly accredited by the Accreditation Council for Continuing '
     'Medical Education (ACCME), the Accreditation Council for Pharmacy Education '
     '(ACPE), and the American Nurses Credentialing Center (ANCC), to provide '
     'continuing education for the healthcare team.', 10, al='l', before=10),
   P('Summit Ridge Institute for Continuing Education designates this live activity '
     'for a maximum of 9.0 AMA PRA Category 1 Credits™. Physicians should claim '
     'only the credit commensurate with the extent of their participation in the '
     'activity. Nurses: this activity is approved for a maximum of 9.0 nursing '
     'contact hours. Pharmacists: 9.0 contact hours (0.9 CEU), knowledge-based.',
     10, al='l', before=8),
   P(pace('Summit Ridge Institute for Continuing Education') + ' This activity is '
     'approved for a maximum of 9.0 P.A.C.E.® contact hours.', 10, al='l', before=8),
   T('Faculty', 12, b=True, al='l', before=18),
   KV([('Course Director', 'Adaeze Nwosu, MD, PhD'),
       ('Faculty', 'Lars Eriksen, PhD, FACMG; Carmen Villalobos, MS, CGC'),
       ('Planning Committee', 'Hyacinth Moore, MLS(ASCP)CM; Devin Raske, PharmD')],
      9.5, lw=0.3, before=6),
   ])

# ---------------------------------------------------------------- zw35
C('zw35', 'university-ceu', 'fpdf',
  ['portrait', 'two-column', 'single-border', 'seal', 'department-provider',
   'credentials', 'hyphenated'],
  'University CEU (0.3 CEU = 3 points); issue date and student ID are '
  'distractors; ID after "Course No.".',
  G('Tamika L. Robinson-Greer',
    'Phlebotomy Refresher: Difficult Draws and Pediatric Collections',
    '2025-08-15', 0.3, 'CEU',
    ['Calloway State University', 'Calloway State University, Office of Continuing Education'],
    'PHB 7105'),
  dict(orient='portrait', border='single', font='serif', accent=MAROON,
       seal=dict(text=['CALLOWAY', 'STATE', 'UNIVERSITY'], pos='br')),
  [T('Calloway State University', 22, b=True, color=MAROON, before=4),
   T('Office of Continuing Education', 12, i=True, before=2),
   T('Certificate of Completion', 24, b=True, before=30),
   P('This is to certify that the individual named below has completed the '
     'continuing education course indicated.', 11, before=14),
   KV([('Participant:', 'Tamika L. Robinson-Greer, PBT(ASCP)'),
       ('Course:', 'Phlebotomy Refresher: Difficult Draws and Pediatric Collections'),
       ('Course No.:', 'PHB 7105'),
       ('Completed:', '08/15/2025'),
       ('CEUs Awarded:', '0.3 CEU'),
       ('Student ID:', 'C00581214'),
       ('Issued:', '08/22/2025')], 11, lw=0.3, before=18, width=0.9),
   P('One CEU is awarded for each ten hours of participation in an organized '
     'continuing education experience.', 8.5, before=16),
   SIGS([('Harriet Quon, PhD', 'Director, Office of Continuing Education')],
        before=44, size=9.5, al='l', width=0.5),
   ])

# ---------------------------------------------------------------- zw36
C('zw36', 'vendor', 'acroform',
  ['portrait', 'two-column', 'format-line', 'provider-issuer-line-only',
   'credentials'],
  'Vendor webinar; provider printed only as the "Issued by" line and in the '
  'approval sentence; "On-Demand Webinar" format line; ID after "Course ID:".',
  G('Frank Delgado', 'Syndromic Respiratory Panels: Stewardship and Result Interpretation',
    '2025-02-12', 1.0, 'contact hour', ['Helixion Molecular, LLC'], 'HX-RSP-07'),
  dict(orient='portrait', border='thickthin', font='sans', accent=TEAL),
  [T('Certificate of Completion', 26, b=True, color=TEAL, before=20, font='serif'),
   T('Issued by Helixion Molecular, LLC', 11, i=True, before=6),
   T('This certifies that', 11, i=True, before=30, font='serif'),
   T('Frank Delgado, MB(ASCP)', 22, b=True, before=6, font='serif', field='learner'),
   T('completed the', 11, i=True, before=12, font='serif'),
   T('On-Demand Webinar', 11, b=True, color=TEAL, before=4),
   T('Syndromic Respiratory Panels: Stewardship and Result Interpretation', 13.5,
     b=True, before=4, font='serif', field='course_title'),
   KV([('Course ID:', 'HX-RSP-07'),
       ('Date Completed:', 'February 12, 2025'),
       ('Contact Hours:', '1.0 P.A.C.E.®'),
       ('Quiz Score:', '90%')], 11, lw=0.45, before=24, width=0.7, al='c',
      fields=['course_id', 'completed', 'hours', 'score']),
   P(pace('Helixion Molecular, LLC') + ' This educational webinar is '
     'non-promotional; no product claims are made.', 9, before=26),
   ])

# ---------------------------------------------------------------- zw37
C('zw37', 'ascp', 'rlcanvas',
  ['landscape', 'centered-award', 'double-border', 'seal', 'letter-spaced-name',
   'caps-name', 'format-line', 'multiple-credits', 'signatures'],
  'Letter-spaced capital name; LIVE WEBINAR format line; CMLE and AMA PRA '
  'figures (CMLE is lab credit); ID after "Event ID:".',
  G('JORDAN ELLIS-NAKASHIMA',
    'Laboratory Management: Staffing Models and Productivity Benchmarks',
    '2025-06-11', 1.0, 'CMLE',
    ['American Society for Clinical Pathology', 'ASCP'], 'LW-25-0611'),
  dict(orient='landscape', border='double', font='serif', accent=NAVY,
       seal=dict(text=['ASCP', 'CMLE'], pos='br'),
       footer='Certificate No. 2025-LW-3318-07   ·   Issued June 12, 2025'),
  [T('ASCP', 30, b=True, color=NAVY, before=0, font='sans'),
   T('American Society for Clinical Pathology', 12, before=0),
   T('Certificate of Completion', 28, b=True, i=True, before=14),
   T('This is to certify that', 12, i=True, before=10),
   T('JORDAN ELLIS-NAKASHIMA', 22, b=True, ls=True, before=6),
   T('participated in the', 12, i=True, before=10),
   T('LIVE WEBINAR', 11, b=True, color=NAVY, before=4, font='sans'),
   T('Laboratory Management: Staffing Models and Productivity Benchmarks', 18,
     b=True, before=4),
   T('June 11, 2025', 12, before=4),
   T('Event ID: LW-25-0611', 10, before=4),
   T('CMLE Credit: 1.0      ·      AMA PRA Category 1 Credit™: 1.0', 12, b=True, before=12),
   SIGS([('Lorraine Castellanos, MD, FASCP', 'Chief Medical Officer')], before=24, size=9),
   ])

# ---------------------------------------------------------------- zw38
C('zw38', 'aabb', 'docx',
  ['portrait', 'centered-award', 'format-line', 'wrapped-title-then-label',
   'labels-above-values', 'program-no-without-colon', 'provider-for-and-name',
   'credentials'],
  'Self-Study format line; long title wraps and is followed by "Date of '
  'completion:"; labels above values; "Program No." (no colon) as ID.',
  G('Nicolás Ibarra-Fenwick',
    'Antibody Identification Case Studies: Warm Autoantibodies Masking Clinically '
    'Significant Alloantibodies',
    '2025-03-27', 2.0, 'contact hour',
    ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '512-088-25'),
  dict(orient='portrait', border='double', font='serif', accent=MAROON,
       footer='AABB · Order #A-7719204'),
  [T('Association for the Advancement of Blood & Biotherapies', 13, b=True,
     color=MAROON, before=0, font='sans'),
   T('AABB Education', 10, i=True, before=2),
   T('Certificate of Completion', 26, b=True, before=26),
   T('This certifies that', 11, i=True, before=16),
   T('Nicolás Ibarra-Fenwick, MLS(ASCP)CM SBBCM', 19, b=True, before=6),
   T('has completed the', 11, i=True, before=12),
   T('Self-Study', 11, b=True, color=MAROON, before=4, font='sans'),
   T('Antibody Identification Case Studies: Warm Autoantibodies Masking Clinically '
     'Significant Alloantibodies', 15, b=True, before=4),
   T('Date of completion: March 27, 2025', 11, before=4),
   COLS(['P.A.C.E.® Contact Hours', 'Program No.', 'Level'], ['2.0', '512-088-25', 'Advanced'],
        11, before=20, width=0.85),
   P(pace('AABB'), 9, before=22),
   ])

# ---------------------------------------------------------------- zw39
C('zw39', 'cap', 'tcpdf',
  ['landscape', 'two-column', 'multiple-credits', 'claimed-vs-max',
   'wrapped-title-then-label', 'signatures', 'hyphenated', 'title-trap-word'],
  'Claimed 1.25 of a maximum 1.5 P.A.C.E. contact hours; AMA PRA figures are '
  'distractors; "Training" is part of the title; ID after "Course Code:".',
  G("Maureen O'Halloran-Beck",
    'Inspector Training: Evaluating Quality Management in the Laboratory',
    '2025-11-18', 1.25, 'contact hour',
    ['College of American Pathologists', 'CAP'], 'INS-2506'),
  dict(orient='landscape', border='single', font='sans', accent=NAVY,
       footer='CAP Learning · Transcript printed 11/20/2025'),
  [T('College of American Pathologists', 20, b=True, color=NAVY, before=0),
   T('Certificate of Completion', 24, b=True, before=14, font='serif'),
   KV([('Learner:', "Maureen O'Halloran-Beck, MLS(ASCP)CM"),
       ('Course:', 'Inspector Training: Evaluating Quality Management in the Laboratory'),
       ('Course Code:', 'INS-2506'),
       ('Date Completed:', 'November 18, 2025'),
       ('P.A.C.E.® Contact Hours:', 'Maximum 1.5 — Claimed 1.25'),
       ('AMA PRA Category 1 Credits™:', 'Maximum 1.5 — Claimed 0')],
      11, lw=0.38, before=16, width=0.8, al='c'),
   P('The College of American Pathologists (CAP) is accredited by the ACCME to '
     'provide continuing medical education for physicians. The CAP designates '
     'this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits™. '
     + pace('The CAP'), 8.5, before=14),
   SIGS([('Edwin Marchetti, MD, FCAP', 'Chair, Council on Education')], before=24, size=9),
   ])

# ---------------------------------------------------------------- zw40
C('zw40', 'pace-approved-provider', 'gs',
  ['portrait', 'two-page', 'centered-award', 'provider-issuer-line-only',
   'caps-name', 'accented', 'hyphenated', 'title-trap-word',
   'program-no-without-colon'],
  'Issuer line under "Certificate of Completion"; title contains Orientation '
  '(a real course); accented capital name; page 2 is learning objectives and '
  'an evaluation note; ID is the P.A.C.E. "Program No.".',
  G('ÉMILE GAUTHIER-ROY', 'Specimen Processing Orientation for Laboratory Assistants',
    '2025-01-15', 1.0, 'contact hour', ['Ridgeway Laboratory Education Network'],
    '552-019-25'),
  dict(orient='portrait', border='double', font='sans', accent=GREEN,
       footer='Ridgeway Laboratory Education Network'),
  [T('Certificate of Completion', 28, b=True, before=26, font='serif', color=GREEN),
   T('Ridgeway Laboratory Education Network', 12, i=True, before=6),
   T('This certificate is presented to', 11, i=True, before=34, font='serif'),
   T('ÉMILE GAUTHIER-ROY', 22, b=True, before=8, font='serif'),
   T('for completing', 11, i=True, before=14, font='serif'),
   T('Specimen Processing Orientation for Laboratory Assistants', 17, b=True,
     before=6, font='serif'),
   COLS(['Completed', 'Contact Hours', 'P.A.C.E.® Program No.'],
        ['January 15, 2025', '1.0', '552-019-25'], 11, before=26, width=0.9),
   P(pace('Ridgeway Laboratory Education Network'), 9, before=26),
   T('Learning objectives and evaluation summary on page 2.', 9, i=True, before=8),
   BREAK(),
   T('Learning Objectives', 14, b=True, al='l', before=0),
   P('1. Describe the specimen receipt and accessioning workflow.', 10.5, al='l', before=10),
   P('2. Identify rejection criteria for hemolyzed, clotted, and mislabeled specimens.',
     10.5, al='l', before=4),
   P('3. Apply centrifugation and aliquoting requirements for common test groups.',
     10.5, al='l', before=4),
   P('4. Recognize safety requirements for handling and transporting biological specimens.',
     10.5, al='l', before=4),
   T('Evaluation', 14, b=True, al='l', before=20),
   P('Post-test passed with a score of 9/10 on January 15, 2025. Course evaluation '
     'submitted. This certificate was generated on January 16, 2025.', 10.5, al='l', before=8),
   ])
