# -*- coding: utf-8 -*-
"""The 40 blind-set certificates: content blocks + gold answers.

Block vocabulary (rendered by engine_layout.Flow and by engine_flow):
  text  {text,size,font,color,align,width,after,before,spaced,uline,field}
  kv    {rows:[[label,value]],lw,w,size,lfont,vfont,align}         two-column label/value
  cols  {labels:[..],values:[..],widths,w,lsize,vsize,calign}       labels ABOVE values
  table {header:[..],rows:[[..]],widths,w,size}                     small grid table
  sig   {sigs:[[name,title]]}                                       signature lines
  gap {h} | rule {frac} | foot {lines,y,size,align} | pagebreak
Fonts: serif, serif-b, serif-i, serif-bi, sans, sans-b, sans-i, mono.
Every person, hospital, company and activity here is invented."""

PACE_TAIL = 'is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.'


def pace(p):
    return p + ' ' + PACE_TAIL


def T(text, size=11, font='serif', **kw):
    d = dict(t='text', text=text, size=size, font=font)
    d.update(kw)
    return d


def KV(rows, **kw):
    d = dict(t='kv', rows=[list(r) for r in rows])
    d.update(kw)
    return d


def COLS(labels, values, **kw):
    d = dict(t='cols', labels=labels, values=values)
    d.update(kw)
    return d


def TABLE(header, rows, **kw):
    d = dict(t='table', header=header, rows=rows)
    d.update(kw)
    return d


def SIG(sigs, **kw):
    d = dict(t='sig', sigs=[list(s) for s in sigs])
    d.update(kw)
    return d


def GAP(h=10):
    return dict(t='gap', h=h)


def RULE(**kw):
    d = dict(t='rule')
    d.update(kw)
    return d


def FOOT(lines, **kw):
    d = dict(t='foot', lines=lines)
    d.update(kw)
    return d


PB = dict(t='pagebreak')

NAVY = (0.09, 0.16, 0.36)
MAROON = (0.45, 0.08, 0.12)
TEAL = (0.0, 0.36, 0.40)
GREEN = (0.10, 0.38, 0.20)
PURPLE = (0.33, 0.15, 0.45)
RED = (0.70, 0.07, 0.10)
GOLDC = (0.55, 0.42, 0.10)
SLATE = (0.22, 0.28, 0.34)
BLUE = (0.05, 0.30, 0.62)
BURG = (0.50, 0.10, 0.25)

CERTS = []


def cert(id, style, producer, layout, notes, gold, opts, blocks, **kw):
    c = dict(id=id, style=style, producer=producer, layout=layout, notes=notes, gold=gold, opts=opts, blocks=blocks)
    c.update(kw)
    CERTS.append(c)


# ------------------------------------------------------------------------------------------- yb01
cert('yb01', 'ASCP', 'chromium',
     ['landscape', 'centered-award', 'double-border', 'seal', 'signature', 'format-in-verb-line', 'wrapped-title-then-date-label'],
     'Format "on-demand webinar" sits in the completion-verb line, not in the title. Issue date (Mar 15) and certificate number are distractors; "Course Code" gives the ID.',
     dict(name='Marisol Quintanilla-Reyes',
          title='Hemoglobinopathy Screening in the Era of Newborn Genomics: Interpreting HPLC and Capillary Electrophoresis Patterns',
          date='2025-03-14', credits=1.0, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='W25-118'),
     dict(orient='landscape', border='double', color=NAVY, margin=58, seal=dict(lines=['ASCP', 'CMLE', '2025'], pos=(700, 100))),
     [T('American Society for Clinical Pathology', 14, 'sans-b', color='accent', after=1),
      T('ASCP Continuing Medical Laboratory Education', 9.5, 'sans', color='gray', after=10),
      T('Certificate of Completion', 32, 'serif-b', color='accent', after=8),
      T('This is to certify that', 12, 'serif-i', after=4),
      T('Marisol Quintanilla-Reyes, MLS(ASCP)CM', 24, 'serif-bi', after=6),
      T('has successfully completed the on-demand webinar', 12, 'serif-i', after=5),
      T('Hemoglobinopathy Screening in the Era of Newborn Genomics: Interpreting HPLC and Capillary Electrophoresis Patterns', 17, 'serif-b', width=600, after=3),
      T('Date of completion: March 14, 2025', 12, 'serif', after=4),
      T('CMLE credits awarded: 1.0     |     Course Code: W25-118', 11.5, 'serif-b', after=4),
      SIG([('Lydia M. Farrow, MD, FASCP', 'Chief Medical Officer')], before=2),
      FOOT(['Certificate No. 0088231904  \u00b7  Issued March 15, 2025',
            'CMLE credits are accepted by the ASCP Board of Certification Credential Maintenance Program (CMP).'], y=40)],
     meta_title='Certificate of Completion', meta_author='ASCP Learning')

# ------------------------------------------------------------------------------------------- yb02
cert('yb02', 'AABB', 'fodt',
     ['portrait', 'letter-style', 'left-aligned', 'format-line-own', 'multi-credit', 'signature'],
     'Letter-style attendance confirmation. "eCast" is a format line on its own between the verb line and the title (title contains "Safety"). '
     'Letter date Sep 22 is an issue date; participation date Sep 18. AMA PRA figure is a distractor. "Program No." inside the P.A.C.E. sentence gives the ID; order number and member ID are distractors. Honorific "Dr." dropped.',
     dict(name='Tobias Lindqvist',
          title='Patient Blood Management Across the Continuum: Building a Transfusion Safety Culture in Your Hospital',
          date='2025-09-18', credits=1.5, unit='contact hour',
          provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'], activity_id='114-208-25'),
     dict(orient='portrait', align='left', color=RED, margin=66, border=None),
     [T('AABB', 30, 'sans-b', color='accent', after=0),
      T('Association for the Advancement of Blood & Biotherapies', 11, 'sans', color='gray', after=2),
      RULE(after=14),
      T('September 22, 2025', 11, 'serif', after=14),
      T('Certificate of Attendance', 18, 'serif-b', after=12),
      T('This letter confirms that', 11, 'serif', after=6),
      T('Dr. Tobias Lindqvist', 15, 'serif-b', after=6),
      T('participated in the live', 11, 'serif', after=4),
      T('eCast', 12, 'sans-b', color='accent', after=4),
      T('Patient Blood Management Across the Continuum: Building a Transfusion Safety Culture in Your Hospital', 14, 'serif-b', width=420, after=5),
      T('Date of participation: September 18, 2025', 11, 'serif', after=14),
      T('Continuing Education Credit', 11, 'sans-b', after=4),
      T(pace('AABB') + ' This program has been approved for 1.5 P.A.C.E.\u00ae contact hours.', 10, 'serif', after=2),
      T('P.A.C.E.\u00ae Program No. 114-208-25', 10, 'serif-b', after=8),
      T('AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. '
        'AABB designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 10, 'serif', after=12),
      KV([('Order Number:', '7745102'), ('Member ID:', '00118447')], lw=100, size=10, w=300, after=10),
      T('Sincerely,', 11, 'serif', after=0),
      SIG([('Renata Obi-Castellanos, MS, MT(ASCP)SBB', 'Director, Education Programs')], before=4),
      FOOT(['AABB  \u00b7  Education Programs  \u00b7  Please retain this letter for your records.'])],
     meta_title='AABB eCast attendance')

# ------------------------------------------------------------------------------------------- yb03
cert('yb03', 'CAP', 'rl_platypus',
     ['portrait', 'two-page', 'centered-award', 'format-line-own', 'small-table', 'multi-credit', 'max-vs-claimed', 'signature'],
     'Two pages. "Enduring Material" is a format line; the title really starts with "Grossing". Table gives activity code, completion date and the 2.00 CE contact hours claimed; '
     'page 2 lists maximum 2.5 AMA PRA Category 1 Credits, ABPath SAM credit and a 2.5 contact-hour maximum (all distractors). Transcript ID, print date and release/expiration dates are distractors.',
     dict(name='Hannah Okafor',
          title='Grossing Fundamentals: Gross Examination and Sectioning of Colorectal Resection Specimens',
          date='2025-05-22', credits=2.0, unit='contact hour', provider=['College of American Pathologists', 'CAP'], activity_id='GF-2503'),
     dict(orient='portrait', border='thin', color=NAVY, margin=66),
     [T('College of American Pathologists', 17, 'sans-b', color='accent', after=1),
      T('CAP Learning  \u00b7  Continuing Education', 9.5, 'sans', color='gray', after=22),
      T('Certificate of Completion', 27, 'serif-b', after=14),
      T('This certifies that', 12, 'serif-i', after=6),
      T('Hannah Okafor, PA(ASCP)CM', 21, 'serif-b', after=10),
      T('has completed the', 12, 'serif-i', after=4),
      T('Enduring Material', 10.5, 'sans-b', color='accent', after=4),
      T('Grossing Fundamentals: Gross Examination and Sectioning of Colorectal Resection Specimens', 16, 'serif-b', width=420, after=18),
      TABLE(['Activity Code', 'Completion Date', 'Credit Type', 'Credits Claimed'],
            [['GF-2503', '05/22/2025', 'CE contact hours (non-physician)', '2.00']], widths=[0.2, 0.22, 0.38, 0.2], w=470, after=8),
      T('The credits shown above are the credits you claimed. Accreditation and credit designation statements appear on page 2.', 9, 'serif-i', after=26),
      SIG([('Jonathan R. Ellery, MD, FCAP', 'Chair, Council on Education')]),
      FOOT(['Transcript ID 5520-8817-03  \u00b7  Printed 05/23/2025  \u00b7  Page 1 of 2']),
      PB,
      T('Accreditation and Credit Designation', 15, 'sans-b', align='left', color='accent', after=12),
      T('Activity: Grossing Fundamentals (enduring material, activity code GF-2503)', 10.5, 'serif-b', align='left', after=10),
      T('The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians.', 10.5, 'serif', align='left', after=8),
      T('The CAP designates this enduring material for a maximum of 2.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 10.5, 'serif', align='left', after=8),
      T('Successful completion of this activity enables the participant to earn up to 2.5 Self-Assessment Module (SAM) credits in the American Board of Pathology\u2019s Continuing Certification program.', 10.5, 'serif', align='left', after=8),
      T('This activity is approved for a maximum of 2.5 continuing education contact hours for non-physician laboratory professionals.', 10.5, 'serif', align='left', after=8),
      T('Release date: January 15, 2025  \u00b7  Expiration date: January 14, 2028', 10.5, 'serif', align='left', after=8),
      FOOT(['Transcript ID 5520-8817-03  \u00b7  Page 2 of 2'])],
     meta_title='CAP Certificate', meta_creator='CAP Learning Transcript Service')

# ------------------------------------------------------------------------------------------- yb04
cert('yb04', 'ASCLS', 'ghostscript',
     ['landscape', 'labels-above-values', 'all-caps-name', 'suffix', 'conference-session', 'signature', 'double-border'],
     'Session certificate at the annual meeting: the session date (Jul 29) is gold, not the meeting range Jul 27-31. Labels above values. ALL-CAPS name keeps the suffix JR. '
     'Title contains "Ethics". Speaker and registration ID are distractors; "Session No." gives the ID. ASCLS is the provider here (its own certificate).',
     dict(name='DESHAWN T. MERCER JR.',
          title='Ethics in the Laboratory: Navigating Result Release, Patient Privacy, and Professional Duty',
          date='2025-07-29', credits=1.5, unit='contact hour',
          provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='214'),
     dict(orient='landscape', border='double', color=TEAL, margin=58),
     [T('American Society for Clinical Laboratory Science', 16, 'sans-b', color='accent', after=2),
      T('ASCLS 2025 Annual Meeting  \u00b7  July 27\u201331, 2025  \u00b7  Chicago, Illinois', 10, 'sans', color='gray', after=12),
      T('Session Certificate of Attendance', 25, 'serif-b', after=14),
      COLS(['PARTICIPANT', 'SESSION NO.', 'SESSION DATE'], ['DESHAWN T. MERCER JR.', '214', 'July 29, 2025'], widths=[0.5, 0.2, 0.3], vsize=14, after=12),
      COLS(['SESSION TITLE'], ['Ethics in the Laboratory: Navigating Result Release, Patient Privacy, and Professional Duty'], vsize=14, w=620, after=12),
      COLS(['P.A.C.E.\u00ae CONTACT HOURS', 'PRESENTER'], ['1.5', 'Corinne Abdallah, EdD, MLS(ASCP)CM'], widths=[0.35, 0.65], vsize=12, w=560, after=6),
      T(pace('ASCLS'), 9, 'serif-i', after=2),
      SIG([('Marguerite L. Osei, MS, MLS(ASCP)CM', 'ASCLS President'), ('Daniel K. Ferraro, PhD', 'Chair, Education and Scientific Assembly')], before=0),
      FOOT(['Registration ID: AM25-30917  \u00b7  Retain this certificate for your records.'], y=36)],
     meta_title='ASCLS Session Certificate', meta_creator='ASCLS Meeting Services')

# ------------------------------------------------------------------------------------------- yb05
cert('yb05', 'PACE-provider', 'tcpdf',
     ['portrait', 'centered-award', 'provider-only-in-accreditation-statement', 'format-line-own', 'wrapped-title-then-date-label', 'program-no-without-colon', 'accented-name', 'hyphenated-name', 'ornate-border'],
     'The provider appears only as the subject of the P.A.C.E. approval sentence at the bottom. "Self-Study Module" is a format line. Long title wraps and is directly followed by "Date of completion". '
     '"Program No. 612-118-25" has no colon. Certificate ID and print date are distractors.',
     dict(name='Zoë Abernathy-Kwan',
          title='Antimicrobial Susceptibility Testing Breakpoint Updates for Enterobacterales and Pseudomonas aeruginosa',
          date='2025-02-11', credits=2.0, unit='contact hour', provider=['Keystone Laboratory Learning Group'], activity_id='612-118-25'),
     dict(orient='portrait', border='ornate', color=MAROON, margin=70, top_pad=10),
     [T('Certificate of Completion', 30, 'serif-b', color='accent', after=18),
      T('awarded to', 12, 'serif-i', after=8),
      T('Zoë Abernathy-Kwan', 24, 'serif-b', after=16),
      T('for successful completion of the', 12, 'serif-i', after=6),
      T('Self-Study Module', 11, 'sans-b', color='accent', after=6),
      T('Antimicrobial Susceptibility Testing Breakpoint Updates for Enterobacterales and Pseudomonas aeruginosa', 16, 'serif-b', width=400, after=4),
      T('Date of completion: 02/11/2025', 11.5, 'serif', after=12),
      T('Contact hours awarded: 2.0', 12, 'serif-b', after=4),
      T('Program No. 612-118-25', 11, 'serif', after=20),
      SIG([('Harriet V. Stanek, MA, MLS(ASCP)CM', 'Program Director')]),
      GAP(14),
      T(pace('Keystone Laboratory Learning Group'), 9, 'serif-i', width=400, after=4),
      FOOT(['Certificate ID KLLG-0093341  \u00b7  Printed 02/12/2025'], y=44)],
     meta_title='Certificate', meta_creator='KLLG LMS')

# ------------------------------------------------------------------------------------------- yb06
cert('yb06', 'LabCE', 'rl_canvas',
     ['portrait', 'two-column-label-value', 'left-aligned', 'wrapped-title-then-date-label', 'credentials-after-name', 'hyphenated-name'],
     'Two-column label/value. The course title wraps inside the value column and is immediately followed by the "Date of completion:" row. '
     'Customer ID and post-test score are distractors; the ID is the P.A.C.E. course number.',
     dict(name='Kenji Watanabe-Ortiz',
          title='Body Fluid Cell Counts and Differentials: Synovial, Pleural, Peritoneal, and Cerebrospinal Fluid Specimens',
          date='2024-11-06', credits=1.5, unit='contact hour', provider=['LabCE'], activity_id='578-604-24'),
     dict(orient='portrait', align='left', border='thin', color=GREEN, margin=68),
     [T('LabCE', 30, 'sans-b', color='accent', after=0),
      T('Continuing Education for Laboratory Professionals', 10, 'sans-i', color='gray', after=4),
      RULE(after=18),
      T('Certificate of Completion', 21, 'sans-b', after=10),
      T('This document certifies that the participant named below has successfully completed the following course, including the post-test.', 10.5, 'sans', after=16),
      KV([('Participant:', 'Kenji Watanabe-Ortiz, MLT(ASCP)'),
          ('Course:', 'Body Fluid Cell Counts and Differentials: Synovial, Pleural, Peritoneal, and Cerebrospinal Fluid Specimens'),
          ('Date of completion:', 'November 6, 2024'),
          ('Contact hours:', '1.5'),
          ('P.A.C.E.\u00ae course number:', '578-604-24'),
          ('Customer ID:', '3301877'),
          ('Post-test score:', '88%')], lw=150, size=11.5, vfont='serif', gap=7, after=18),
      T(pace('LabCE') + ' Florida and California licensees: this course is also approved for state license renewal credit.', 9, 'sans', width=470, after=30),
      SIG([('Elaine Brightwater, MS, MLS(ASCP)CM', 'Education Director, LabCE')], align='left', w=235),
      FOOT(['Printed 11/06/2024 3:41 PM  \u00b7  www.labce.com'], align='left')],
     meta_title='LabCE Certificate of Completion', meta_creator='LabCE')

# ------------------------------------------------------------------------------------------- yb07
cert('yb07', 'MediaLab', 'acroform',
     ['landscape', 'filled-form', 'centered', 'two-column-label-value', 'accented-name', 'course-word-safety'],
     'Filled and flattened form. Course title contains "Safety". Provider printed as the brand "MediaLab" and as "MediaLab, Inc." in the P.A.C.E. sentence. '
     'Transcript ID and issue date are distractors; "Course #" gives the ID.',
     dict(name='Ana Lucía Benítez',
          title='Laboratory Safety: Chemical Hygiene, Hazard Communication, and Spill Response',
          date='2024-08-27', credits=1.0, unit='contact hour', provider=['MediaLab, Inc.', 'MediaLab'], activity_id='MLS-SAF-114'),
     dict(orient='landscape', border='single', color=BLUE, margin=60),
     [T('MediaLab', 26, 'sans-b', color='accent', after=2),
      T('Online Compliance and Continuing Education', 10, 'sans', color='gray', after=16),
      T('Certificate of Completion', 28, 'serif-b', after=12),
      T('This certificate is awarded to', 12, 'serif-i', after=4),
      T('Ana Lucía Benítez', 22, 'serif-b', field='participant', uline=True, width=420, after=12),
      T('for completing the online course', 12, 'serif-i', after=4),
      T('Laboratory Safety: Chemical Hygiene, Hazard Communication, and Spill Response', 17, 'serif-b', field='course_title', width=620, after=14),
      KV([('Completion date:', '08/27/2024'), ('Contact hours:', '1.0'), ('Course #:', 'MLS-SAF-114')], lw=120, w=300, size=12, after=10),
      T(pace('MediaLab, Inc.'), 9, 'serif-i', width=560, after=4),
      FOOT(['Transcript ID 20240827-55173  \u00b7  Issued 08/28/2024'])],
     meta_title='MediaLab certificate form')

# ------------------------------------------------------------------------------------------- yb08
cert('yb08', 'ADLM', 'docx',
     ['portrait', 'two-page', 'meeting-attendance', 'date-range', 'max-vs-claimed', 'multi-credit', 'credentials-after-name', 'session-transcript-distractor'],
     'Meeting attendance with no session title: the title is the meeting name and the date is the last day of Jul 27-31. '
     'ACCENT contact hours claimed 14.5 vs maximum 31.0; AMA PRA maximum is a distractor. Page 2 is a session transcript whose session titles and dates are distractors. '
     'Registration ID and badge number are distractors; "Event code" gives the ID. "&" inside the provider name.',
     dict(name='Nkechi Adeyemi-Barrows',
          title='2025 ADLM Annual Scientific Meeting & Clinical Lab Expo',
          date='2025-07-31', credits=14.5, unit='contact hour',
          provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id='25AM'),
     dict(orient='portrait', border='single', color=PURPLE, margin=70),
     [T('ADLM', 30, 'sans-b', color='accent', after=0),
      T('Association for Diagnostics & Laboratory Medicine', 12, 'sans', color='gray', after=18),
      T('Certificate of Attendance', 26, 'serif-b', after=14),
      T('This is to certify that', 12, 'serif-i', after=6),
      T('Nkechi Adeyemi-Barrows, PhD, DABCC', 20, 'serif-b', after=10),
      T('attended the', 12, 'serif-i', after=6),
      T('2025 ADLM Annual Scientific Meeting & Clinical Lab Expo', 17, 'serif-b', width=440, after=4),
      T('July 27\u201331, 2025  \u00b7  Chicago, Illinois', 11, 'serif', after=16),
      KV([('ACCENT\u00ae contact hours claimed:', '14.5'), ('Maximum ACCENT\u00ae contact hours available:', '31.0'),
          ('Event code:', '25AM'), ('Registration ID:', 'R-2025-448173'), ('Badge No.:', '60417')], lw=250, w=360, size=11, after=10),
      T('ADLM designates this educational activity for a maximum of 31.0 ACCENT\u00ae contact hours. ADLM is accredited by the ACCME to provide continuing medical education for physicians and designates this live activity for a maximum of 31.0 AMA PRA Category 1 Credits\u2122.', 8.5, 'serif-i', width=430, after=6),
      SIG([('Eleanor K. Whitby, PhD, DABCC', 'Chair, Education Core Committee')]),
      FOOT(['Page 1 of 2  \u00b7  A session transcript is attached.']),
      PB,
      T('Session Transcript', 15, 'sans-b', align='left', color='accent', after=4),
      T('Sessions recorded for Nkechi Adeyemi-Barrows at the 2025 ADLM Annual Scientific Meeting & Clinical Lab Expo', 10, 'serif', align='left', after=10),
      TABLE(['Date', 'Session', 'ACCENT\u00ae hours'],
            [['07/27/2025', 'Short Course: Method Comparison Studies Without the Headaches', '3.0'],
             ['07/28/2025', 'Plenary: Clinical Chemistry in the Age of Large Language Models', '1.5'],
             ['07/29/2025', 'Scientific Session: Point-of-Care Testing Networks in Rural Health Systems', '4.0'],
             ['07/30/2025', 'Scientific Session: Harmonizing Pediatric Reference Intervals', '2.5'],
             ['07/31/2025', 'Roundtables and Poster Sessions', '3.5'],
             ['', 'Total claimed', '14.5']], widths=[0.16, 0.66, 0.18], w=470, size=9.5),
      FOOT(['Page 2 of 2'])],
     meta_title='ADLM 2025 Certificate of Attendance', meta_author='ADLM')

# ------------------------------------------------------------------------------------------- yb09
cert('yb09', 'NSH', 'fpdf',
     ['landscape', 'centered-award', 'letter-spaced-name', 'all-caps-name', 'format-line-own', 'wrapped-title-then-date-label', 'ornate-border', 'signature'],
     'Letter-spaced ALL-CAPS name. "LIVE WEBINAR" is a format line. Long title wraps and is followed directly by "Date of completion:". Member number is a distractor; "Course #" gives the ID.',
     dict(name='LUCIA FERREIRA',
          title='Troubleshooting Immunohistochemistry: Antigen Retrieval, Background Staining, and Control Tissue Selection',
          date='2025-04-09', credits=1.0, unit='contact hour', provider=['National Society for Histotechnology', 'NSH'], activity_id='409-221-25'),
     dict(orient='landscape', border='ornate', color=BURG, margin=60),
     [T('National Society for Histotechnology', 17, 'serif-b', color='accent', after=1),
      T('NSH Webinar Series', 10, 'sans', color='gray', after=12),
      T('Certificate of Participation', 30, 'serif-b', after=10),
      T('presented to', 12, 'serif-i', after=6),
      T('LUCIA FERREIRA', 21, 'sans-b', spaced=True, after=10),
      T('for attending the', 12, 'serif-i', after=5),
      T('LIVE WEBINAR', 10.5, 'sans-b', color='accent', after=5),
      T('Troubleshooting Immunohistochemistry: Antigen Retrieval, Background Staining, and Control Tissue Selection', 17, 'serif-b', width=560, after=3),
      T('Date of completion: April 9, 2025', 12, 'serif', after=5),
      T('1.0 Contact Hour   \u00b7   Course # 409-221-25', 12, 'serif-b', after=6),
      T(pace('NSH'), 9, 'serif-i', after=0),
      SIG([('Theresa M. Gallo, HTL(ASCP)QIHC', 'NSH Education Committee Chair')], before=0),
      FOOT(['Member # 00047719'], y=40)],
     meta_title='NSH Webinar Certificate')

# ------------------------------------------------------------------------------------------- yb10
cert('yb10', 'AMT', 'rl_platypus',
     ['portrait', 'centered-award', 'small-table', 'suffix', 'credentials-after-name', 'course-word-orientation', 'signature'],
     'Title is a real course whose name contains "Orientation". Small table: course number, completion date, CE hours. Name has suffix III plus credential MT(AMT). AMT member ID is a distractor.',
     dict(name='Roberto Salcedo III',
          title='Phlebotomy Orientation for New Employees: Patient Identification and Specimen Labeling Essentials',
          date='2025-01-28', credits=1.5, unit='CE hour', provider=['American Medical Technologists', 'AMT'], activity_id='AMT-OL-2317'),
     dict(orient='portrait', border='double', color=NAVY, margin=68),
     [T('American Medical Technologists', 19, 'serif-b', color='accent', after=2),
      T('AMT Continuing Education', 10, 'sans', color='gray', after=24),
      T('Certificate of Completion', 27, 'serif-b', after=16),
      T('This certifies that', 12, 'serif-i', after=8),
      T('Roberto Salcedo III, MT(AMT)', 22, 'serif-b', after=12),
      T('has successfully completed the online course', 12, 'serif-i', after=8),
      T('Phlebotomy Orientation for New Employees: Patient Identification and Specimen Labeling Essentials', 16, 'serif-b', width=420, after=20),
      TABLE(['Course Number', 'Completion Date', 'CE Hours'], [['AMT-OL-2317', 'January 28, 2025', '1.5']], widths=[0.36, 0.4, 0.24], w=380, size=10.5, after=14),
      T('AMT Member ID: 0412295  \u00b7  Record this activity in your AMT CE log.', 9, 'sans', color='gray', after=30),
      SIG([('Gregory P. Lanning, MBA, MT(AMT)', 'Director of Education')]),
      FOOT(['American Medical Technologists  \u00b7  Certificate generated 01/28/2025'])],
     meta_title='AMT CE Certificate')

# ------------------------------------------------------------------------------------------- yb11
cert('yb11', 'ASM', 'chromium',
     ['portrait', 'conference-session', 'two-column-label-value', 'honorific', 'credentials-after-name', 'course-word-meeting', 'presented-by', 'signature'],
     'Session certificate at ASM Microbe (Jun 19-23): gold date is the session date Jun 21. Title begins with "Meeting" (not a meeting-attendance certificate). '
     '"Dr." and credentials dropped from the name. Badge number and presenters are distractors; "Session ID" gives the ID.',
     dict(name='Amara Oyelaran-Whitfield',
          title='Meeting the Challenge of Candidozyma auris: Screening, Identification, and Infection Prevention Partnerships',
          date='2025-06-21', credits=1.5, unit='contact hour', provider=['American Society for Microbiology', 'ASM'], activity_id='SYM-217'),
     dict(orient='portrait', border='band', color=TEAL, margin=64, top_pad=8),
     [T('American Society for Microbiology', 15, 'sans-b', color='accent', after=2),
      T('ASM Microbe 2025  \u00b7  June 19\u201323, 2025  \u00b7  Los Angeles, California', 10, 'sans', color='gray', after=24),
      T('Certificate of Attendance', 28, 'serif-b', after=14),
      T('This is to certify that', 12, 'serif-i', after=6),
      T('Dr. Amara Oyelaran-Whitfield, PhD, D(ABMM)', 20, 'serif-b', after=12),
      T('attended the following educational session:', 12, 'serif-i', after=8),
      T('Meeting the Challenge of Candidozyma auris: Screening, Identification, and Infection Prevention Partnerships', 16, 'serif-b', width=420, after=18),
      KV([('Session ID:', 'SYM-217'), ('Session date:', 'June 21, 2025'), ('P.A.C.E.\u00ae contact hours:', '1.5'), ('Badge number:', 'M25-118604')], lw=160, w=330, size=11.5, after=8),
      T('Presented by Gareth Llewellyn-Rhys, PhD, and Mireille Gauthier, MS', 10, 'serif-i', after=10),
      T(pace('ASM'), 9, 'serif', width=420, after=10),
      SIG([('Sandra Whitlock, PhD', 'Chair, ASM Microbe Program Committee')]),
      FOOT(['ASM Microbe 2025 continuing education  \u00b7  Certificate printed June 24, 2025'], y=30)],
     meta_title='ASM Microbe 2025 Session Certificate')

# ------------------------------------------------------------------------------------------- yb12
cert('yb12', 'CLSI', 'fodt',
     ['landscape', 'centered-award', 'format-line-own', 'wrapped-title-then-date-label', 'program-no-without-colon', 'apostrophe-hyphen-name', 'double-border'],
     '"On-Demand Webinar" is a format line. Long title wraps, followed directly by "Completion Date:". "and" inside the provider name. '
     'Order number and access-expiry date are distractors; "Program No." (no colon) gives the ID.',
     dict(name="Margaret O'Donnell-Hayes",
          title='Verification of Performance for Quantitative Measurement Procedures Using EP15 and EP09 Protocols',
          date='2025-08-05', credits=1.0, unit='contact hour',
          provider=['Clinical and Laboratory Standards Institute', 'CLSI'], activity_id='276-019-25'),
     dict(orient='landscape', border='double', color=SLATE, margin=62),
     [T('Clinical and Laboratory Standards Institute', 15, 'sans-b', color='accent', after=14),
      T('Certificate of Completion', 30, 'serif-b', after=10),
      T('This certificate is presented to', 12, 'serif-i', after=6),
      T("Margaret O'Donnell-Hayes", 23, 'serif-b', after=10),
      T('for completing the', 12, 'serif-i', after=4),
      T('On-Demand Webinar', 11, 'sans-b', color='accent', after=4),
      T('Verification of Performance for Quantitative Measurement Procedures Using EP15 and EP09 Protocols', 18, 'serif-b', width=540, after=3),
      T('Completion Date: August 5, 2025', 12, 'serif', after=8),
      T('1.0 P.A.C.E.\u00ae contact hour', 12.5, 'serif-b', after=8),
      T(pace('CLSI') + ' Program No. 276-019-25', 9, 'serif-i', width=600, after=4),
      FOOT(['Order # W-771092  \u00b7  Webinar access expires August 5, 2026'])],
     meta_title='CLSI eLearning certificate')

# ------------------------------------------------------------------------------------------- yb13
cert('yb13', 'state-society', 'tcpdf',
     ['portrait', 'meeting-attendance', 'date-range', 'max-vs-claimed', 'small-table', 'program-no-without-colon', 'hyphenated-name', 'two-signatures'],
     'State/regional society meeting attendance: title is the meeting name "48th Annual Spring Meeting", date is the last day of Apr 10-12. '
     'Table shows maximum 15.0 vs 12.5 claimed (gold). "P.A.C.E.\u00ae Program No. 344-201-25" has no colon.',
     dict(name='Frances E. Whitcombe-Dalby',
          title='48th Annual Spring Meeting',
          date='2025-04-12', credits=12.5, unit='contact hour',
          provider=['Ohio Valley Society for Clinical Laboratory Science', 'OVSCLS'], activity_id='344-201-25'),
     dict(orient='portrait', border='double', color=GREEN, margin=66),
     [T('Ohio Valley Society for Clinical Laboratory Science', 16, 'serif-b', color='accent', after=2),
      T('OVSCLS', 11, 'sans-b', color='gray', after=24),
      T('Certificate of Attendance', 27, 'serif-b', after=16),
      T('This certifies that', 12, 'serif-i', after=8),
      T('Frances E. Whitcombe-Dalby, MLS(ASCP)CM', 19, 'serif-b', after=14),
      T('attended the', 12, 'serif-i', after=8),
      T('48th Annual Spring Meeting', 20, 'serif-b', after=6),
      T('April 10\u201312, 2025  \u00b7  Bluegrass Conference Center  \u00b7  Lexington, Kentucky', 10.5, 'serif', after=18),
      TABLE(['Maximum Contact Hours Available', 'P.A.C.E.\u00ae Contact Hours Claimed'], [['15.0', '12.5']], w=360, size=10.5, after=10),
      T('P.A.C.E.\u00ae Program No. 344-201-25', 11, 'serif', after=8),
      T('The ' + pace('Ohio Valley Society for Clinical Laboratory Science'), 9, 'serif-i', width=420, after=14),
      SIG([('Denise Fairbanks, MLS(ASCP)CM', 'OVSCLS President'), ('Curtis Albrecht, MS, MLS(ASCP)CM', 'Education Chair')]),
      FOOT(['Attendee # 0412  \u00b7  Issued April 20, 2025'])],
     meta_title='OVSCLS Spring Meeting Certificate')

# ------------------------------------------------------------------------------------------- yb14
cert('yb14', 'hospital', 'fpdf',
     ['landscape', 'labels-above-values', 'hospital-in-service', 'provider-department', 'course-word-safety', 'two-signatures'],
     'Hospital in-service. Labels above values in two rows (employee/department/date, then course title, then class no./hours/employee ID). '
     'Provider is the hospital plus its Laboratory Education Council. Employee ID is a distractor; "Class No." gives the ID.',
     dict(name='Tran Thi Ngoc Anh',
          title='Annual Laboratory Safety Training: Bloodborne Pathogens, Chemical Hygiene, and Fire Safety',
          date='2025-02-19', credits=1.0, unit='contact hour',
          provider=['Bayside Regional Medical Center', 'Bayside Regional Medical Center, Laboratory Education Council'], activity_id='LS-0219-A'),
     dict(orient='landscape', border='single', color=NAVY, margin=60),
     [T('Bayside Regional Medical Center', 19, 'serif-b', color='accent', after=2),
      T('Laboratory Education Council', 12, 'serif-i', after=14),
      T('Certificate of Completion', 28, 'serif-b', after=14),
      COLS(['EMPLOYEE NAME', 'DEPARTMENT', 'DATE OF COMPLETION'], ['Tran Thi Ngoc Anh', 'Core Laboratory \u2013 Chemistry', '02/19/2025'], vsize=13, after=12),
      COLS(['COURSE TITLE'], ['Annual Laboratory Safety Training: Bloodborne Pathogens, Chemical Hygiene, and Fire Safety'], vsize=14, w=620, after=12),
      COLS(['CLASS NO.', 'CONTACT HOURS', 'EMPLOYEE ID'], ['LS-0219-A', '1.0', 'E104772'], vsize=12, w=520, after=6),
      T('Bayside Regional Medical Center Laboratory Education Council ' + PACE_TAIL, 8.5, 'serif-i', after=0),
      SIG([('Gwendolyn Pruitt, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator'), ('Alan R. Sato, MD', 'Medical Director, Clinical Laboratories')], before=0),
      FOOT(['Retain for your competency file.'], y=38)],
     meta_title='In-service certificate')

# ------------------------------------------------------------------------------------------- yb15
cert('yb15', 'public-health', 'docx',
     ['portrait', 'letter-style', 'left-aligned', 'format-line-own', 'wrapped-title-then-date-label', 'provider-office', 'expiry-date', 'accented-name'],
     'Public health laboratory training. "Live Virtual Session" is a format line. Title wraps and is followed directly by "Date of completion:". '
     'Provider = laboratory plus its Office of Laboratory Training and Outreach. "Certificate valid through" (2027) is an expiry distractor; "Training ID" gives the ID.',
     dict(name='Guadalupe Márquez-Olvera',
          title='Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements',
          date='2025-06-12', credits=3.0, unit='contact hour',
          provider=['Prairie State Public Health Laboratory', 'Prairie State Public Health Laboratory, Office of Laboratory Training and Outreach'],
          activity_id='PSPHL-TR-2506'),
     dict(orient='portrait', align='left', border=None, color=TEAL, margin=66),
     [T('Prairie State Public Health Laboratory', 17, 'sans-b', color='accent', after=1),
      T('Office of Laboratory Training and Outreach', 11, 'sans', after=1),
      T('2100 Meridian Parkway  \u00b7  Carver City, KS 66617', 9, 'sans', color='gray', after=4),
      RULE(after=22),
      T('Certificate of Training', 21, 'serif-b', after=14),
      T('This certifies that', 11, 'serif', after=4),
      T('Guadalupe Márquez-Olvera', 17, 'serif-b', after=8),
      T('has completed the', 11, 'serif', after=4),
      T('Live Virtual Session', 11, 'sans-b', color='accent', after=4),
      T('Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements', 14, 'serif-b', width=400, after=4),
      T('Date of completion: June 12, 2025', 11, 'serif', after=14),
      KV([('Training ID:', 'PSPHL-TR-2506'), ('Contact hours:', '3.0 P.A.C.E.\u00ae'), ('Certificate valid through:', 'June 12, 2027')], lw=160, w=360, size=11, after=12),
      T('The ' + pace('Prairie State Public Health Laboratory') + ' This certificate documents function-specific training for shippers of infectious substances; '
        'recurrent training is required at least every 24 months.', 9.5, 'serif', width=460, after=18),
      SIG([('Okonkwo B. Reyes, MPH, SM(ASCP)', 'Training Coordinator')], script=True),
      FOOT(['PSPHL Training Records  \u00b7  Document 25-0612-31'])],
     meta_title='Training certificate')

# ------------------------------------------------------------------------------------------- yb16
cert('yb16', 'joint-CME', 'ghostscript',
     ['portrait', 'centered-award', 'small-table', 'multi-credit', 'joint-accreditation', 'provider-only-in-accreditation-and-header', 'series-name-in-title', 'credentials-after-name'],
     'Joint-accreditation CME. Credit table lists AMA PRA, ANCC, ACPE (0.1 CEU) and P.A.C.E.; only P.A.C.E. is claimed (gold 1.0 contact hour, not the ACPE CEU). '
     '"Grand Rounds:" is part of the title. Claim date and certificate number are distractors; "Activity ID" gives the ID.',
     dict(name='Peter Vasquez-Lindholm',
          title='Grand Rounds: Diagnostic Stewardship for Clostridioides difficile Testing in Hospitalized Adults',
          date='2025-10-02', credits=1.0, unit='contact hour', provider=['Ridgeview Health System'], activity_id='25-RGR-1002'),
     dict(orient='portrait', border='thin', color=GREEN, margin=64),
     [T('Ridgeview Health System', 20, 'serif-b', color='accent', after=20),
      T('Certificate of Participation', 26, 'serif-b', after=12),
      T('This certifies that', 12, 'serif-i', after=6),
      T('Peter Vasquez-Lindholm, MLS(ASCP)', 19, 'serif-b', after=10),
      T('participated in', 12, 'serif-i', after=6),
      T('Grand Rounds: Diagnostic Stewardship for Clostridioides difficile Testing in Hospitalized Adults', 15, 'serif-b', width=420, after=6),
      T('Date of activity: October 2, 2025', 11.5, 'serif', after=2),
      T('Activity ID: 25-RGR-1002', 11.5, 'serif', after=12),
      TABLE(['Credit Type', 'Designated (max.)', 'Claimed'],
            [['AMA PRA Category 1 Credit\u2122', '1.00', '\u2014'], ['ANCC Nursing Contact Hours', '1.00', '\u2014'],
             ['ACPE Contact Hours (0.1 CEU)', '1.00', '\u2014'], ['P.A.C.E.\u00ae Contact Hours', '1.00', '1.00']],
            widths=[0.5, 0.27, 0.23], w=380, size=10, after=10),
      T('In support of improving patient care, Ridgeview Health System is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), '
        'the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. '
        + pace('Ridgeview Health System'), 8, 'serif', width=470, after=6),
      SIG([('Helena Marsh-Ocampo, DNP, RN', 'Director, Continuing Education')], before=2),
      FOOT(['Credit claimed October 9, 2025  \u00b7  Certificate #RHS-CE-771203'], y=36)],
     meta_title='Ridgeview CE Certificate', meta_creator='Ridgeview CE Portal')

# ------------------------------------------------------------------------------------------- yb17
cert('yb17', 'university', 'tcpdf',
     ['landscape', 'centered-award', 'seal', 'suffix', 'date-range', 'conferral-date', 'CEU', 'two-signatures', 'double-border'],
     'University continuing-education course with CEUs (2.4 CEU -> 24 points). Date is the last day of the course range (Oct 27); "Conferred November 3" is a distractor. '
     'Footer mentions "contact hours" in the CEU definition (not the unit). Student ID is a distractor; "Course No." gives the ID.',
     dict(name='William J. Hargrove Jr.',
          title='Principles of Flow Cytometry for the Clinical Laboratory: Immunophenotyping of Hematolymphoid Neoplasms',
          date='2025-10-27', credits=2.4, unit='CEU',
          provider=['Lakeshore State University', 'Lakeshore State University, Division of Continuing Studies'], activity_id='MLS 7105'),
     dict(orient='landscape', border='double', color=NAVY, margin=58, seal=dict(lines=['LAKESHORE', 'STATE', 'UNIVERSITY'], pos=(680, 110))),
     [T('Lakeshore State University', 25, 'serif-b', color='accent', after=2),
      T('Division of Continuing Studies', 13, 'serif-i', after=12),
      T('hereby certifies that', 12, 'serif-i', after=6),
      T('William J. Hargrove Jr.', 25, 'serif-bi', after=8),
      T('has satisfactorily completed the continuing education course', 12, 'serif-i', after=6),
      T('Principles of Flow Cytometry for the Clinical Laboratory: Immunophenotyping of Hematolymphoid Neoplasms', 17, 'serif-b', width=560, after=6),
      T('Course No. MLS 7105  \u00b7  September 8 \u2013 October 27, 2025', 11.5, 'serif', after=6),
      T('and is awarded 2.4 Continuing Education Units (CEUs)', 13, 'serif-b', after=4),
      T('Conferred November 3, 2025', 10, 'serif-i', after=2),
      SIG([('Patricia Ng-Halloran, EdD', 'Dean, Division of Continuing Studies'), ('Robert A. Kimsey, PhD, MLS(ASCP)CM', 'Course Director')], before=0),
      FOOT(['Student ID 900284417  \u00b7  One CEU equals ten contact hours of participation in an organized continuing education experience.'], y=36)],
     meta_title='Certificate', meta_creator='LSU-DCS Registrar')

# ------------------------------------------------------------------------------------------- yb18
cert('yb18', 'vendor', 'acroform',
     ['portrait', 'filled-form', 'vendor-training', 'date-range', 'accented-name', 'credentials-after-name', 'two-signatures', 'serial-number'],
     'Vendor instrument training over three days: gold date is the last day (Mar 5). Instrument serial number is a distractor; "Training ID" gives the ID. Filled and flattened form.',
     dict(name='Siobhán Ní Bhriain',
          title='Kestrel HX-900 Hematology Analyzer: Key Operator Training',
          date='2025-03-05', credits=18.0, unit='contact hour', provider=['Veridian Diagnostics'], activity_id='TRN-HX9-0325-07'),
     dict(orient='portrait', border='single', color=TEAL, margin=66),
     [T('Veridian Diagnostics', 23, 'sans-b', color='accent', after=2),
      T('400 Innovation Way  \u00b7  Marlow Park, NC 27560', 9, 'sans', color='gray', after=26),
      T('Certificate of Training', 26, 'serif-b', after=16),
      T('This certifies that', 12, 'serif-i', after=6),
      T('Siobhán Ní Bhriain, MLS(ASCP)CM', 20, 'serif-b', field='trainee', uline=True, width=400, after=14),
      T('has successfully completed', 12, 'serif-i', after=6),
      T('Kestrel HX-900 Hematology Analyzer: Key Operator Training', 16, 'serif-b', field='course', width=460, after=18),
      KV([('Training dates:', 'March 3\u20135, 2025'), ('Training ID:', 'TRN-HX9-0325-07'), ('Contact hours:', '18.0'),
          ('Instrument serial no.:', 'HX9-44017')], lw=140, w=330, size=11.5, gap=6, after=12),
      T(pace('Veridian Diagnostics'), 9, 'serif-i', width=420, after=16),
      SIG([('Marcus Odhiambo', 'Senior Field Applications Specialist'), ('Linnea Carlsson, MT(ASCP)', 'Manager, Customer Training')]),
      FOOT(['Form VD-TRN-07 rev. 3'])],
     meta_title='Veridian training certificate')

# ------------------------------------------------------------------------------------------- yb19
cert('yb19', 'ASCP', 'docx',
     ['landscape', 'labels-above-values', 'hyphenated-name', 'format-as-label', 'signature'],
     'Labels above values in three rows (Learner | Completion Date | CMLE Credits; Activity Title; Format | Course ID). Format is a separate labelled field. '
     'Customer ID and print date are distractors.',
     dict(name='Olufemi Adebayo-Sinclair',
          title='Myeloid Neoplasms with Germline Predisposition: What the Bench Scientist Needs to Know',
          date='2025-06-30', credits=1.5, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='CMLE-25-7741'),
     dict(orient='landscape', border='single', color=NAVY, margin=60),
     [T('American Society for Clinical Pathology', 18, 'serif-b', color='accent', after=4),
      T('Certificate of Completion', 28, 'serif-b', after=8),
      T('This certifies that the learner named below has completed the activity and earned the CMLE credits shown.', 11, 'serif-i', after=12),
      COLS(['LEARNER', 'COMPLETION DATE', 'CMLE CREDITS'], ['Olufemi Adebayo-Sinclair', '06/30/2025', '1.5'], widths=[0.46, 0.3, 0.24], vsize=14, after=10),
      COLS(['ACTIVITY TITLE'], ['Myeloid Neoplasms with Germline Predisposition: What the Bench Scientist Needs to Know'], vsize=14, after=10),
      COLS(['FORMAT', 'COURSE ID'], ['Online Self-Study', 'CMLE-25-7741'], vsize=12, w=420, after=4),
      SIG([('Lydia M. Farrow, MD, FASCP', 'Chief Medical Officer')], before=2),
      FOOT(['ASCP Customer ID 10492265  \u00b7  Printed 07/01/2025'])],
     meta_title='ASCP CMLE Certificate')

# ------------------------------------------------------------------------------------------- yb20
cert('yb20', 'AABB', 'ghostscript',
     ['landscape', 'centered-award', 'meeting-attendance', 'date-range', 'all-caps-name', 'suffix', 'labels-above-values', 'max-vs-claimed', 'multi-credit', 'no-activity-id'],
     'Annual meeting attendance (no session title): title is the meeting name, date is the last day of Oct 19-22. ALL-CAPS name with suffix III. '
     'Labels above values: P.A.C.E. claimed 16.25 (gold) vs maximum 28.0 vs AMA PRA claimed 0.00. No activity/program number printed (registration ID is a distractor) -> null. Generation date is a distractor.',
     dict(name='MARCUS A. DELACROIX III',
          title='AABB 2024 Annual Meeting',
          date='2024-10-22', credits=16.25, unit='contact hour',
          provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'], activity_id=None),
     dict(orient='landscape', border='ornate', color=RED, margin=58),
     [T('AABB', 34, 'sans-b', color='accent', after=0),
      T('Association for the Advancement of Blood & Biotherapies', 12, 'sans', color='gray', after=12),
      T('Certificate of Attendance', 28, 'serif-b', after=8),
      T('is presented to', 12, 'serif-i', after=4),
      T('MARCUS A. DELACROIX III', 24, 'serif-b', after=6),
      T('for participation in the', 12, 'serif-i', after=4),
      T('AABB 2024 Annual Meeting', 20, 'serif-b', after=2),
      T('October 19\u201322, 2024  \u00b7  Houston, Texas', 11, 'serif', after=12),
      COLS(['P.A.C.E.\u00ae CONTACT HOURS CLAIMED', 'MAXIMUM AVAILABLE', 'AMA PRA CATEGORY 1 CREDITS\u2122 CLAIMED'], ['16.25', '28.0', '0.00'], vsize=14, w=600, after=6),
      T(pace('AABB') + ' AABB is accredited by the ACCME to provide continuing medical education for physicians.', 8, 'serif-i', width=600, after=0),
      SIG([('Renata Obi-Castellanos, MS, MT(ASCP)SBB', 'Director, Education Programs')], before=0),
      FOOT(['Registration ID 24AM-0061582  \u00b7  Certificate generated December 2, 2024'], y=38)],
     meta_title='AABB Annual Meeting Certificate of Attendance')

# ------------------------------------------------------------------------------------------- yb21
cert('yb21', 'CAP', 'chromium',
     ['landscape', 'labels-above-values', 'format-line-own', 'multi-credit', 'hyphenated-name', 'credentials-after-name', 'signature'],
     '"LIVE WEBINAR" (letter-spaced) is a format line between the verb line and the title. Participant | Date of Completion | Contact Hours are labels above values. '
     'AMA PRA designation is a distractor.',
     dict(name='Jae-won Kim-Hollis',
          title="Inspection Readiness: What's New in the 2025 Laboratory General and All Common Checklists",
          date='2025-09-10', credits=1.0, unit='contact hour', provider=['College of American Pathologists', 'CAP'], activity_id='W250910-LAP'),
     dict(orient='landscape', border='thin', color=NAVY, margin=60),
     [T('College of American Pathologists', 17, 'sans-b', color='accent', after=12),
      T('Certificate of Completion', 30, 'serif-b', after=10),
      T('This is to certify that the individual named below participated in the', 12, 'serif-i', after=5),
      T('LIVE WEBINAR', 10.5, 'sans-b', color='accent', spaced=True, after=5),
      T("Inspection Readiness: What's New in the 2025 Laboratory General and All Common Checklists", 18, 'serif-b', width=600, after=14),
      COLS(['PARTICIPANT', 'DATE OF COMPLETION', 'CONTACT HOURS'], ['Jae-won Kim-Hollis, MB(ASCP)CM', 'September 10, 2025', '1.0'], widths=[0.44, 0.32, 0.24], vsize=14, after=8),
      T('Activity ID: W250910-LAP', 10.5, 'sans', after=8),
      T('The College of American Pathologists (CAP) is accredited by the ACCME to provide continuing medical education for physicians. The CAP designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122. '
        'This activity is also approved for 1.0 continuing education contact hour for laboratory professionals.', 8.5, 'serif', width=620, after=4),
      SIG([('Jonathan R. Ellery, MD, FCAP', 'Chair, Council on Education')], before=0),
      FOOT(['CAP Learning  \u00b7  Certificate generated September 11, 2025'])],
     meta_title='CAP webinar certificate')

# ------------------------------------------------------------------------------------------- yb22
cert('yb22', 'state-society', 'rl_platypus',
     ['portrait', 'two-column-label-value', 'series-name-in-title', 'presented-by', 'signature'],
     'Two-column label/value. The title line carries the series name before the colon ("Lunch & Learn: ..."), which stays in the title. The "Program:" label holds the title; '
     '"P.A.C.E.\u00ae Course No." gives the ID. Speaker is a distractor.',
     dict(name='Ifeoma Nwachukwu-Grant',
          title='Lunch & Learn: Point-of-Care Testing Oversight for Non-Laboratory Staff',
          date='2024-08-14', credits=1.0, unit='contact hour',
          provider=['Gulf Coast Association for Laboratory Professionals', 'GCALP'], activity_id='301-772-24'),
     dict(orient='portrait', align='left', border='sidebar', color=BLUE, margin=72),
     [T('Gulf Coast Association for Laboratory Professionals', 16, 'sans-b', color='accent', after=2),
      T('GCALP  \u00b7  Webinar Program', 10, 'sans', color='gray', after=26),
      T('Continuing Education Certificate', 23, 'serif-b', after=18),
      KV([('Awarded to:', 'Ifeoma Nwachukwu-Grant'),
          ('Program:', 'Lunch & Learn: Point-of-Care Testing Oversight for Non-Laboratory Staff'),
          ('Date attended:', 'August 14, 2024'),
          ('Contact hours:', '1.0'),
          ('P.A.C.E.\u00ae Course No.:', '301-772-24'),
          ('Speaker:', 'Lorraine Bettencourt, MS, MLS(ASCP)CM, POCT Coordinator')], lw=140, size=12, after=20),
      T('The Gulf Coast Association for Laboratory Professionals (GCALP) ' + PACE_TAIL, 9.5, 'serif', after=30),
      SIG([('Beau Thibodeaux, MLS(ASCP)CM', 'GCALP Continuing Education Chair')], align='left'),
      FOOT(['gcalp.example.org  \u00b7  Questions: ce@gcalp.example.org'], align='left')],
     meta_title='GCALP CE certificate')

# ------------------------------------------------------------------------------------------- yb23
cert('yb23', 'LabCE', 'fodt',
     ['portrait', 'labels-above-values', 'letter-spaced-name', 'all-caps-name', 'hyphenated-name', 'thin-border'],
     'Labels above values: Participant | Date of Completion, then Course, then Contact Hours | P.A.C.E. Course Number | Customer ID. Name is letter-spaced ALL CAPS. Customer ID and print date are distractors.',
     dict(name='ELEANOR VOSS-MBEKI',
          title='Urine Sediment Identification Challenge: Crystals, Casts, Cells, and Contaminants in Routine Urinalysis',
          date='2025-03-03', credits=2.0, unit='contact hour', provider=['LabCE'], activity_id='578-550-25'),
     dict(orient='portrait', border='thin', color=GREEN, margin=66),
     [T('LabCE', 30, 'sans-b', color='accent', after=2),
      T('Certificate of Completion', 22, 'serif-b', after=26),
      COLS(['PARTICIPANT', 'DATE OF COMPLETION'], ['ELEANOR VOSS-MBEKI', 'March 3, 2025'], widths=[0.62, 0.38], vsize=13, spaced_col=0, after=16),
      COLS(['COURSE'], ['Urine Sediment Identification Challenge: Crystals, Casts, Cells, and Contaminants in Routine Urinalysis'], vsize=14, after=16),
      COLS(['CONTACT HOURS', 'P.A.C.E.\u00ae COURSE NUMBER', 'CUSTOMER ID'], ['2.0', '578-550-25', '3309140'], vsize=12, after=24),
      T(pace('LabCE'), 9, 'sans', width=420, after=4),
      FOOT(['www.labce.com  \u00b7  Printed 03/04/2025'])],
     meta_title='LabCE Certificate')

# ------------------------------------------------------------------------------------------- yb24
cert('yb24', 'MediaLab', 'tcpdf',
     ['portrait', 'centered-award', 'provider-only-in-accreditation-statement', 'format-line-own', 'accented-name', 'hyphenated-name', 'course-word-ethics', 'thin-border'],
     '"Online Course" is a format line; the title contains "Ethics". The provider appears only as the subject of the P.A.C.E. approval sentence ("MediaLab, Inc. is approved as a provider ..."). Certificate number is a distractor; "Course No." gives the ID.',
     dict(name='Chloé Baptiste-Moreau',
          title='HIPAA Privacy and Professional Ethics for Laboratory Personnel',
          date='2025-01-09', credits=1.0, unit='contact hour', provider=['MediaLab, Inc.'], activity_id='481-112-25'),
     dict(orient='portrait', border='thin', color=BLUE, margin=70),
     [T('Certificate of Completion', 30, 'serif-b', color='accent', after=18),
      T('This certifies that', 12, 'serif-i', after=8),
      T('Chloé Baptiste-Moreau', 23, 'serif-b', after=16),
      T('has completed the', 12, 'serif-i', after=6),
      T('Online Course', 11, 'sans-b', color='accent', after=6),
      T('HIPAA Privacy and Professional Ethics for Laboratory Personnel', 18, 'serif-b', width=420, after=10),
      T('Date of completion: January 9, 2025', 12, 'serif', after=6),
      T('Contact hours: 1.0   \u00b7   Course No. 481-112-25', 12, 'serif', after=40),
      T(pace('MediaLab, Inc.'), 9, 'serif-i', width=420, after=4),
      FOOT(['Certificate #ML-2025-0109-55021'])],
     meta_title='Certificate of Completion')

# ------------------------------------------------------------------------------------------- yb25
cert('yb25', 'ADLM', 'rl_canvas',
     ['landscape', 'centered-award', 'format-line-own', 'wrapped-title-then-date-label', 'accented-name', 'band-border'],
     '"On-Demand" (letter-spaced) is a format line. Long title with "0/1-Hour" wraps, followed directly by "Date of completion:". ACCENT contact hours; customer number is a distractor; "Activity ID" gives the ID.',
     dict(name='Rafael Echeverría Solís',
          title='High-Sensitivity Cardiac Troponin in the Emergency Department: Implementing 0/1-Hour and 0/2-Hour Rule-Out Algorithms',
          date='2025-02-27', credits=1.0, unit='contact hour',
          provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id='25-OD-0314'),
     dict(orient='landscape', border='band', color=PURPLE, margin=60, top_pad=6),
     [T('ADLM', 28, 'sans-b', color='accent', after=0),
      T('Association for Diagnostics & Laboratory Medicine', 12, 'sans', color='gray', after=14),
      T('Certificate of Completion', 30, 'serif-b', after=10),
      T('This certifies that', 12, 'serif-i', after=5),
      T('Rafael Echeverría Solís', 24, 'serif-b', after=8),
      T('has completed the', 12, 'serif-i', after=5),
      T('ON-DEMAND', 10.5, 'sans-b', color='accent', spaced=True, after=5),
      T('High-Sensitivity Cardiac Troponin in the Emergency Department: Implementing 0/1-Hour and 0/2-Hour Rule-Out Algorithms', 17, 'serif-b', width=580, after=3),
      T('Date of completion: February 27, 2025', 12, 'serif', after=10),
      T('ACCENT\u00ae contact hours: 1.0     |     Activity ID: 25-OD-0314', 12, 'serif-b', after=10),
      T('ADLM designates this activity for 1.0 ACCENT\u00ae continuing education contact hour. ACCENT\u00ae credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.', 8.5, 'serif-i', width=560, after=4),
      FOOT(['Customer #: 00622810  \u00b7  ADLM Learning Lab'], y=30)],
     meta_title='ADLM certificate')

# ------------------------------------------------------------------------------------------- yb26
cert('yb26', 'NSH', 'docx',
     ['portrait', 'conference-session', 'two-column-label-value', 'course-word-grossing', 'course-word-orientation', 'accented-name', 'credentials-after-name', 'signature'],
     'Workshop (session) certificate at the NSH Symposium/Convention (Aug 22-27): gold date is the session date Aug 24. The title is a real course containing "Grossing" and "Orientation". '
     'Badge number is a distractor; "Session code" gives the ID.',
     dict(name='Beatriz Santos-Guimarães',
          title='Small Biopsy Grossing: Orientation, Inking, and Embedding of Endoscopic and Skin Specimens',
          date='2025-08-24', credits=3.0, unit='contact hour', provider=['National Society for Histotechnology', 'NSH'], activity_id='W-118'),
     dict(orient='portrait', border='double', color=BURG, margin=68),
     [T('National Society for Histotechnology', 17, 'serif-b', color='accent', after=2),
      T('NSH 51st Annual Symposium/Convention  \u00b7  August 22\u201327, 2025  \u00b7  Providence, Rhode Island', 9.5, 'sans', color='gray', after=24),
      T('Workshop Certificate', 26, 'serif-b', after=14),
      T('This certifies that', 12, 'serif-i', after=6),
      T('Beatriz Santos-Guimarães, HT(ASCP)', 19, 'serif-b', after=10),
      T('attended the workshop', 12, 'serif-i', after=6),
      T('Small Biopsy Grossing: Orientation, Inking, and Embedding of Endoscopic and Skin Specimens', 15, 'serif-b', width=420, after=16),
      KV([('Session code:', 'W-118'), ('Session date:', 'August 24, 2025'), ('Contact hours:', '3.0'), ('Badge #:', 'NSH25-4471')], lw=120, w=300, size=11.5, after=10),
      T(pace('NSH'), 9, 'serif-i', width=420, after=12),
      SIG([('Theresa M. Gallo, HTL(ASCP)QIHC', 'NSH Education Committee Chair')]),
      FOOT(['Symposium/Convention certificates are available in the attendee portal until December 31, 2025.'])],
     meta_title='NSH Workshop Certificate')

# ------------------------------------------------------------------------------------------- yb27
cert('yb27', 'AMT', 'ghostscript',
     ['portrait', 'letter-style', 'left-aligned', 'name-inside-sentence', 'two-column-label-value', 'letter-date', 'signature'],
     'Letter style: the name appears inside a sentence ("This is to certify that Kwame Osei-Bonsu, MLT(AMT), has completed ..."). Letter date Dec 4 is an issue date; "Completed:" Dec 3 is gold. '
     'AMT ID is a distractor; "Course ID" gives the ID. CE hours.',
     dict(name='Kwame Osei-Bonsu',
          title='Clinical Chemistry Review: Lipids, Lipoproteins, and Cardiovascular Risk Markers',
          date='2024-12-03', credits=2.0, unit='CE hour', provider=['American Medical Technologists', 'AMT'], activity_id='AMT-CCP-24-188'),
     dict(orient='portrait', align='left', border=None, color=NAVY, margin=72),
     [T('American Medical Technologists', 19, 'serif-b', color='accent', after=1),
      T('Certification Continuation Program', 10.5, 'sans', color='gray', after=4),
      RULE(after=22),
      T('December 4, 2024', 11, 'serif', after=18),
      T('Certificate of Completion', 18, 'serif-b', after=12),
      T('This is to certify that Kwame Osei-Bonsu, MLT(AMT), has completed the self-study course listed below and has been awarded the continuing education hours shown.', 11.5, 'serif', after=14),
      KV([('Course:', 'Clinical Chemistry Review: Lipids, Lipoproteins, and Cardiovascular Risk Markers'), ('Course ID:', 'AMT-CCP-24-188'),
          ('Completed:', 'December 3, 2024'), ('CE hours:', '2.0')], lw=95, size=11.5, gap=6, after=14),
      T('Please retain this certificate with your continuing education records. AMT may request documentation of CE hours during a compliance review.', 10.5, 'serif', after=20),
      T('Sincerely,', 11, 'serif', after=0),
      SIG([('Gregory P. Lanning, MBA, MT(AMT)', 'Director of Education')], align='left', w=235),
      FOOT(['AMT ID 0388102  \u00b7  CCP record 24-12-0093'], align='left')],
     meta_title='AMT CCP letter')

# ------------------------------------------------------------------------------------------- yb28
cert('yb28', 'ASM', 'rl_platypus',
     ['landscape', 'centered-award', 'issuer-line', 'format-line-own', 'wrapped-title-then-date-label', 'program-no-without-colon', 'hyphenated-name'],
     'Provider printed only as the issuer line above "Certificate of Completion" and in the P.A.C.E. sentence (no short form). "LIVE WEBINAR" is a format line. '
     'Long title wraps, then "Date of completion:". "Program No. 117-390-24" without colon.',
     dict(name='Dmitri Volkov-Santana',
          title='Diagnostic Stewardship in Blood Culture Collection: Reducing Contamination and Single-Set Draws in Adult Patients',
          date='2024-09-25', credits=1.0, unit='contact hour', provider=['American Society for Microbiology'], activity_id='117-390-24'),
     dict(orient='landscape', border='double', color=TEAL, margin=62),
     [T('Issued by the American Society for Microbiology', 12, 'serif-i', color='accent', after=10),
      T('Certificate of Completion', 32, 'serif-b', after=14),
      T('This certifies that', 12, 'serif-i', after=6),
      T('Dmitri Volkov-Santana', 24, 'serif-b', after=10),
      T('participated in the', 12, 'serif-i', after=6),
      T('LIVE WEBINAR', 11, 'sans-b', color='accent', after=6),
      T('Diagnostic Stewardship in Blood Culture Collection: Reducing Contamination and Single-Set Draws in Adult Patients', 18, 'serif-b', width=580, after=3),
      T('Date of completion: September 25, 2024', 12, 'serif', after=10),
      T('1.0 P.A.C.E.\u00ae contact hour   \u00b7   Program No. 117-390-24', 12, 'serif-b', after=12),
      T('The ' + pace('American Society for Microbiology'), 9, 'serif-i', width=600, after=4),
      FOOT(['Webinar registration 3318-2291  \u00b7  Certificate issued September 26, 2024'])],
     meta_title='Webinar certificate')

# ------------------------------------------------------------------------------------------- yb29
cert('yb29', 'CLSI', 'acroform',
     ['landscape', 'filled-form', 'workshop', 'date-range', 'hyphenated-name', 'credentials-after-name', 'event-id'],
     'Two-day workshop: date is the last day (May 14). Filled and flattened form. "and" inside the provider name. "Event ID" gives the ID.',
     dict(name='Harold Fitzgerald-Nakamura',
          title='Developing an Individualized Quality Control Plan (IQCP): Risk Assessment Workshop',
          date='2025-05-14', credits=12.0, unit='contact hour',
          provider=['Clinical and Laboratory Standards Institute', 'CLSI'], activity_id='WS-IQCP-0513'),
     dict(orient='landscape', border='double', color=SLATE, margin=60),
     [T('Clinical and Laboratory Standards Institute', 16, 'sans-b', color='accent', after=12),
      T('Certificate of Attendance', 28, 'serif-b', after=12),
      T('This certifies that', 12, 'serif-i', after=4),
      T('Harold Fitzgerald-Nakamura, MS, MLS(ASCP)CM', 21, 'serif-b', field='attendee', uline=True, width=480, after=12),
      T('attended the two-day workshop', 12, 'serif-i', after=5),
      T('Developing an Individualized Quality Control Plan (IQCP): Risk Assessment Workshop', 18, 'serif-b', field='workshop', width=640, after=14),
      KV([('Workshop dates:', 'May 13\u201314, 2025'), ('Event ID:', 'WS-IQCP-0513'), ('P.A.C.E.\u00ae contact hours:', '12.0'), ('Location:', 'Live virtual')],
         lw=150, w=340, size=12, after=8),
      T(pace('CLSI'), 9, 'serif-i', width=600, after=4),
      FOOT(['CLSI Education  \u00b7  Form ED-114'])],
     meta_title='CLSI workshop certificate')

# ------------------------------------------------------------------------------------------- yb30
cert('yb30', 'state-society', 'chromium',
     ['landscape', 'centered-award', 'format-line-own', 'date-range', 'program-no-without-colon', 'hyphenated-name', 'credentials-after-name', 'two-signatures', 'seal'],
     '"Spring Symposium" (letter-spaced) is a format line between "attended the" and the symposium title. Date is the last day of Apr 25-26. "Program No. 212-040-25" without colon.',
     dict(name='Annaliese Brandt-Okonkwo',
          title='Special Stains Revisited: Carbohydrates, Connective Tissue, and Microorganisms',
          date='2025-04-26', credits=7.5, unit='contact hour',
          provider=['Heartland Society for Histotechnology', 'HSH'], activity_id='212-040-25'),
     dict(orient='landscape', border='ornate', color=GOLDC, margin=58, seal=dict(lines=['HSH', '2025', 'SPRING'], pos=(112, 110))),
     [T('Heartland Society for Histotechnology (HSH)', 17, 'serif-b', color='accent', after=14),
      T('Certificate of Attendance', 30, 'serif-b', after=10),
      T('This is to certify that', 12, 'serif-i', after=5),
      T('Annaliese Brandt-Okonkwo, HTL(ASCP)CM', 23, 'serif-b', after=8),
      T('attended the', 12, 'serif-i', after=5),
      T('SPRING SYMPOSIUM', 11, 'sans-b', color='accent', spaced=True, after=5),
      T('Special Stains Revisited: Carbohydrates, Connective Tissue, and Microorganisms', 19, 'serif-b', width=600, after=4),
      T('April 25\u201326, 2025  \u00b7  Des Moines, Iowa', 11.5, 'serif', after=8),
      T('7.5 P.A.C.E.\u00ae contact hours   \u00b7   Program No. 212-040-25', 12, 'serif-b', after=6),
      T(pace('HSH'), 9, 'serif-i', after=0),
      SIG([('Rosemary Kettering, HT(ASCP)', 'HSH President'), ('Luis A. Fernandez, HTL(ASCP)', 'Symposium Chair')], before=0),
      FOOT(['Attendee badge 118  \u00b7  Certificate issued May 1, 2025'])],
     meta_title='HSH Spring Symposium Certificate')

# ------------------------------------------------------------------------------------------- yb31
cert('yb31', 'hospital', 'rl_canvas',
     ['portrait', 'letter-style', 'left-aligned', 'two-column-label-value', 'hospital-in-service', 'provider-department', 'presented-by', 'fractional-hours'],
     'Hospital in-service: provider = hospital plus its Laboratory Education Department. "Presented by" physician and employee ID are distractors; "Offering No." gives the ID. 0.75 contact hours.',
     dict(name='Colette Dubois-Marchetti',
          title='Massive Transfusion Protocol Activation and Cooler Management for Blood Bank Staff',
          date='2025-03-06', credits=0.75, unit='contact hour',
          provider=['St. Aldric Medical Center', 'St. Aldric Medical Center, Laboratory Education Department'], activity_id='25-031'),
     dict(orient='portrait', align='left', border=None, color=MAROON, margin=70),
     [T('St. Aldric Medical Center', 20, 'serif-b', color='accent', after=2),
      T('Laboratory Education Department', 11, 'sans', after=1),
      T('4100 Harbor View Road  \u00b7  Port Ellison, ME 04109', 9, 'sans', color='gray', after=4),
      RULE(after=24),
      T('In-Service Attendance Certificate', 19, 'serif-b', after=10),
      T('This certifies that the employee named below attended the following laboratory in-service education program.', 11, 'serif', after=16),
      KV([('Name:', 'Colette Dubois-Marchetti, MLS(ASCP)CM'), ('Employee ID:', 'SAMC-220917'),
          ('Program:', 'Massive Transfusion Protocol Activation and Cooler Management for Blood Bank Staff'),
          ('Presented by:', 'Dr. Harriet Oyelowo, MD, Medical Director, Transfusion Service'),
          ('Date:', 'March 6, 2025'), ('Offering No.:', '25-031'), ('Contact hours:', '0.75')], lw=110, size=11.5, gap=6, after=16),
      T('St. Aldric Medical Center Laboratory Education Department ' + PACE_TAIL, 9.5, 'serif', after=30),
      SIG([('Gerald Fontaine, MLS(ASCP)CM', 'Laboratory Education Coordinator')], align='left', w=235),
      FOOT(['SAMC-LED Form 12  \u00b7  Retain for your competency and CE records.'], align='left')],
     meta_title='In-service certificate')

# ------------------------------------------------------------------------------------------- yb32
cert('yb32', 'public-health', 'fpdf',
     ['portrait', 'centered-award', 'small-table', 'provider-program-office', 'course-word-safety', 'two-signatures', 'hyphenated-name'],
     'Public health laboratory training; provider = laboratory plus its Laboratory Preparedness and Response Program. Table: course no., date, contact hours, format. '
     'Title contains "Biosafety". Registration number is a distractor.',
     dict(name='Mei-Ling Okoro-Chen',
          title='Biosafety and Rule-Out Testing for Select Agents in Sentinel Clinical Laboratories',
          date='2024-10-17', credits=1.5, unit='contact hour',
          provider=['Cascade State Public Health Laboratory', 'Cascade State Public Health Laboratory, Laboratory Preparedness and Response Program'],
          activity_id='SPL-2410'),
     dict(orient='portrait', border='single', color=SLATE, margin=66),
     [T('Cascade State Public Health Laboratory', 18, 'sans-b', color='accent', after=2),
      T('Laboratory Preparedness and Response Program', 11, 'sans', after=24),
      T('Certificate of Completion', 26, 'serif-b', after=14),
      T('This is to certify that', 12, 'serif-i', after=6),
      T('Mei-Ling Okoro-Chen', 21, 'serif-b', after=10),
      T('has completed the sentinel laboratory training course', 12, 'serif-i', after=6),
      T('Biosafety and Rule-Out Testing for Select Agents in Sentinel Clinical Laboratories', 15, 'serif-b', width=420, after=16),
      TABLE(['Course No.', 'Date Completed', 'Contact Hours', 'Format'], [['SPL-2410', '10/17/2024', '1.5', 'Hands-on wet workshop']], widths=[0.2, 0.24, 0.22, 0.34], w=450, after=12),
      T('The ' + pace('Cascade State Public Health Laboratory'), 9, 'serif-i', width=440, after=14),
      SIG([('Theodore Abernathy, PhD, D(ABMM)', 'Laboratory Director'), ('Rosalind Okafor, MPH', 'Preparedness Training Coordinator')]),
      FOOT(['Registration # 24-1017-093'])],
     meta_title='CSPHL certificate')

# ------------------------------------------------------------------------------------------- yb33
cert('yb33', 'joint-CME', 'chromium',
     ['portrait', 'two-page', 'joint-accreditation', 'multi-credit', 'max-vs-claimed', 'date-range', 'provider-office', 'credentials-after-name', 'two-signatures'],
     'Two pages. Live two-day activity (Nov 6-7): date is the last day; "Date claimed" Nov 14 is a distractor. Claimed 9.50 P.A.C.E. contact hours (gold) vs 11.00 maximum for every credit type on page 2 '
     '(AMA PRA, ANCC, ACPE, P.A.C.E., ABPath). Provider = medical center plus its Office of Continuing Professional Development.',
     dict(name='Valentina Ruiz-Escobar',
          title='2025 Transfusion Medicine and Cellular Therapy Update',
          date='2025-11-07', credits=9.5, unit='contact hour',
          provider=['Meridian Academic Medical Center', 'Meridian Academic Medical Center, Office of Continuing Professional Development'],
          activity_id='25-MAMC-1106'),
     dict(orient='portrait', border='thin', color=NAVY, margin=66),
     [T('Meridian Academic Medical Center', 19, 'serif-b', color='accent', after=2),
      T('Office of Continuing Professional Development', 12, 'serif-i', after=24),
      T('Certificate of Participation', 27, 'serif-b', after=14),
      T('This certifies that', 12, 'serif-i', after=6),
      T('Valentina Ruiz-Escobar, MLS(ASCP)CM, SBB', 19, 'serif-b', after=10),
      T('participated in the live activity', 12, 'serif-i', after=6),
      T('2025 Transfusion Medicine and Cellular Therapy Update', 17, 'serif-b', width=420, after=4),
      T('November 6\u20137, 2025  \u00b7  Meridian Conference Center', 11, 'serif', after=18),
      KV([('Activity ID:', '25-MAMC-1106'), ('Credit claimed:', '9.50 P.A.C.E.\u00ae contact hours'), ('Date claimed:', 'November 14, 2025')], lw=120, w=340, size=11.5, after=20),
      SIG([('Adaeze Whitford, MD', 'Course Director'), ('Carla Benedetti, MEd', 'Director, Office of Continuing\nProfessional Development')]),
      FOOT(['Page 1 of 2  \u00b7  Credit designation statements on page 2']),
      PB,
      T('Credit Designation and Accreditation', 15, 'sans-b', align='left', color='accent', after=10),
      T('In support of improving patient care, Meridian Academic Medical Center is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), '
        'the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 10.5, 'serif', align='left', after=12),
      TABLE(['Credit type', 'Maximum designated'],
            [['AMA PRA Category 1 Credits\u2122', '11.00'], ['ANCC nursing contact hours', '11.00'], ['ACPE contact hours (knowledge-based)', '11.00'],
             ['P.A.C.E.\u00ae contact hours', '11.00'], ['ABPath Continuing Certification (CC) credit', '11.00']], widths=[0.7, 0.3], w=400, align='left', after=12),
      T(pace('Meridian Academic Medical Center') + ' Participants should claim only the credit commensurate with the extent of their participation in the activity.', 10.5, 'serif', align='left', after=8),
      FOOT(['Page 2 of 2'])],
     meta_title='Certificate of Participation')

# ------------------------------------------------------------------------------------------- yb34
cert('yb34', 'university', 'rl_platypus',
     ['portrait', 'centered-award', 'small-table', 'date-range', 'CEU', 'hyphenated-name', 'two-signatures', 'provider-office'],
     'University CEU program; table shows offering number, program dates (Sep 10 - Dec 10, 2024: last day gold) and CEUs (3.2 CEU -> 32 points). '
     'Issue date and student ID are distractors; footer "one CEU equals ten contact hours" is not the unit.',
     dict(name='Rajesh Venkataraman-Holt',
          title='Laboratory Leadership and Management: Finance, Staffing, and Quality Systems',
          date='2024-12-10', credits=3.2, unit='CEU',
          provider=['Northfield College of Health Sciences', 'Northfield College of Health Sciences, Center for Professional and Continuing Education'],
          activity_id='LLM-2024-02'),
     dict(orient='portrait', border='double', color=MAROON, margin=68),
     [T('Northfield College of Health Sciences', 19, 'serif-b', color='accent', after=2),
      T('Center for Professional and Continuing Education', 12, 'serif-i', after=26),
      T('Certificate of Completion', 27, 'serif-b', after=16),
      T('This is to certify that', 12, 'serif-i', after=8),
      T('Rajesh Venkataraman-Holt', 22, 'serif-b', after=12),
      T('has successfully completed the non-credit certificate program', 12, 'serif-i', after=8),
      T('Laboratory Leadership and Management: Finance, Staffing, and Quality Systems', 16, 'serif-b', width=420, after=20),
      TABLE(['Offering No.', 'Program Dates', 'CEUs Awarded'], [['LLM-2024-02', 'September 10 \u2013 December 10, 2024', '3.2']], widths=[0.26, 0.52, 0.22], w=430, size=10, after=10),
      T('Continuing Education Units (CEUs) are awarded in accordance with IACET guidelines; one CEU equals ten contact hours.', 8.5, 'serif-i', width=420, after=24),
      SIG([('Miriam Castellanos, EdD', 'Director, Center for Professional\nand Continuing Education'), ('Howard T. Lindgren, PhD, MLS(ASCP)CM', 'Program Coordinator')]),
      FOOT(['Student ID N00471925  \u00b7  Date issued December 18, 2024'])],
     meta_title='Certificate')

# ------------------------------------------------------------------------------------------- yb35
cert('yb35', 'vendor', 'fodt',
     ['landscape', 'centered-award', 'provider-only-in-accreditation-statement', 'format-line-own', 'wrapped-title-then-date-label', 'presented-by', 'honorific', 'program-no-without-colon'],
     'Vendor webinar: the provider appears only in the P.A.C.E. approval sentence. "Live Webinar" is a format line; long title wraps and is directly followed by "Date of Completion:". '
     'Presenter is a distractor. "Dr." dropped from the name.',
     dict(name='Samuel Achterberg',
          title='Mass Spectrometry for Microbial Identification: Database Updates and Troubleshooting Low-Confidence Scores',
          date='2025-07-22', credits=1.0, unit='contact hour', provider=['Halvorsen Biosystems, Inc.'], activity_id='655-093-25'),
     dict(orient='landscape', border='single', color=BLUE, margin=62),
     [T('Certificate of Attendance', 32, 'serif-b', color='accent', after=14),
      T('This certificate acknowledges that', 12, 'serif-i', after=6),
      T('Dr. Samuel Achterberg', 24, 'serif-b', after=10),
      T('attended the', 12, 'serif-i', after=4),
      T('Live Webinar', 12, 'sans-b', color='accent', after=4),
      T('Mass Spectrometry for Microbial Identification: Database Updates and Troubleshooting Low-Confidence Scores', 18, 'serif-b', width=560, after=3),
      T('Date of Completion: July 22, 2025', 12, 'serif', after=8),
      T('Presented by Ingrid Solberg, PhD, Senior Applications Scientist', 11, 'serif-i', after=10),
      T('1.0 P.A.C.E.\u00ae contact hour   \u00b7   Program No. 655-093-25', 12.5, 'serif-b', after=12),
      T(pace('Halvorsen Biosystems, Inc.'), 9, 'serif-i', width=600, after=4),
      FOOT(['Webinar series: Microbiology Customer Education 2025'])],
     meta_title='Webinar attendance certificate')

# ------------------------------------------------------------------------------------------- yb36
cert('yb36', 'ASCP', 'rl_canvas',
     ['landscape', 'centered-award', 'issuer-line', 'letter-spaced-name', 'all-caps-name', 'format-line-own', 'wrapped-title-then-date-label', 'series-name-in-title', 'accented-title'],
     'Provider printed only as the issuer line under "Certificate of Completion" (no ASCP short form is printed; the only "ASCP" letters are inside the signer\'s FASCP credential). Letter-spaced ALL-CAPS name. "Self-Study Module" is a format line; '
     '"Case Study of the Month:" is a series name that stays in the title. Title wraps, then "Date of completion:". Certificate number and issue date are distractors.',
     dict(name='SARAH WELLINGTON-PRICE',
          title='Case Study of the Month: Pseudo-Pelger-Huët Anomaly and Dysgranulopoiesis in Myelodysplastic Neoplasms',
          date='2025-05-06', credits=0.5, unit='CMLE', provider=['American Society for Clinical Pathology'], activity_id='CSM-0525'),
     dict(orient='landscape', border='double', color=NAVY, margin=60),
     [T('Certificate of Completion', 34, 'serif-b', color='accent', after=4),
      T('issued by the American Society for Clinical Pathology', 12, 'serif-i', after=16),
      T('to', 12, 'serif-i', after=6),
      T('SARAH WELLINGTON-PRICE', 21, 'sans-b', spaced=True, after=12),
      T('for completion of the', 12, 'serif-i', after=5),
      T('Self-Study Module', 11, 'sans-b', color='accent', after=5),
      T('Case Study of the Month: Pseudo-Pelger-Huët Anomaly and Dysgranulopoiesis in Myelodysplastic Neoplasms', 18, 'serif-b', width=560, after=3),
      T('Date of completion: May 6, 2025', 12, 'serif', after=10),
      T('0.5 CMLE credit   \u00b7   Course Code: CSM-0525', 12, 'serif-b', after=10),
      SIG([('Lydia M. Farrow, MD, FASCP', 'Chief Medical Officer')], before=0),
      FOOT(['Certificate No. 0091127745  \u00b7  Issued May 7, 2025'])],
     meta_title='Certificate')

# ------------------------------------------------------------------------------------------- yb37
cert('yb37', 'ASCLS', 'acroform',
     ['portrait', 'filled-form', 'format-line-own', 'wrapped-title-then-date-label', 'course-word-safety', 'member-id', 'hyphenated-name'],
     'ASCLS\'s own certificate (provider ASCLS). "Live Virtual Session" is a format line. Wrapped two-line title field followed by "Date of completion:". Member ID is a distractor; "Course No." gives the ID.',
     dict(name='Yusuf Al-Rashid',
          title='Laboratory Safety Officer Fundamentals: Risk Assessment, Safety Audits, and Incident Reporting',
          date='2025-05-20', credits=1.5, unit='contact hour',
          provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='001-204-25'),
     dict(orient='portrait', border='double', color=TEAL, margin=66),
     [T('ASCLS', 30, 'sans-b', color='accent', after=0),
      T('American Society for Clinical Laboratory Science', 12, 'sans', color='gray', after=26),
      T('Certificate of Completion', 26, 'serif-b', after=16),
      T('This certifies that', 12, 'serif-i', after=6),
      T('Yusuf Al-Rashid, MLS(ASCP)CM', 20, 'serif-b', field='learner', uline=True, width=380, after=14),
      T('has completed the', 12, 'serif-i', after=5),
      T('Live Virtual Session', 11, 'sans-b', color='accent', after=5),
      T('Laboratory Safety Officer Fundamentals: Risk Assessment, Safety Audits, and Incident Reporting', 16, 'serif-b', field='activity_title', width=420, after=14),
      KV([('Date of completion:', '05/20/2025'), ('P.A.C.E.\u00ae contact hours:', '1.5'), ('Course No.:', '001-204-25'), ('Member ID:', 'ASCLS-118394')],
         lw=160, w=320, size=11.5, gap=6, after=12),
      T(pace('ASCLS'), 9, 'serif-i', width=420, after=14),
      SIG([('Marguerite L. Osei, MS, MLS(ASCP)CM', 'ASCLS President')]),
      FOOT(['ASCLS eLearning  \u00b7  Form CE-3'])],
     meta_title='ASCLS certificate form')

# ------------------------------------------------------------------------------------------- yb38
cert('yb38', 'state-society', 'fodt',
     ['portrait', 'conference-session', 'two-column-label-value', 'suffix', 'course-word-meeting', 'hyphenated-name', 'two-signatures'],
     'Session certificate at a regional society Fall Meeting (Oct 16-18): the session date Oct 17 is gold. Session title begins with "Meeting" and the label is "Session:"; '
     '"Session No." gives the ID (3B). Name with suffix Sr.',
     dict(name='Cornelius Whitaker-Boyd Sr.',
          title='Meeting Regulatory Expectations for Laboratory-Developed Tests: CLIA, CAP, and State Requirements',
          date='2025-10-17', credits=1.0, unit='contact hour',
          provider=['Piedmont Society for Clinical Laboratory Science', 'PSCLS'], activity_id='3B'),
     dict(orient='portrait', border='thin', color=GREEN, margin=66),
     [T('Piedmont Society for Clinical Laboratory Science', 17, 'serif-b', color='accent', after=2),
      T('2025 Fall Meeting  \u00b7  October 16\u201318, 2025  \u00b7  Greenville, South Carolina', 10, 'sans', color='gray', after=26),
      T('Session Attendance Certificate', 24, 'serif-b', after=22),
      KV([('Attendee:', 'Cornelius Whitaker-Boyd Sr.'),
          ('Session:', 'Meeting Regulatory Expectations for Laboratory-Developed Tests: CLIA, CAP, and State Requirements'),
          ('Session date:', 'October 17, 2025'), ('Session No.:', '3B'), ('Contact hours:', '1.0')], lw=110, w=440, size=12, gap=6, after=18),
      T('The Piedmont Society for Clinical Laboratory Science (PSCLS) ' + PACE_TAIL, 9.5, 'serif-i', width=440, after=22),
      SIG([('Angela Whitfield-Moore, MLS(ASCP)CM', 'PSCLS President'), ('Rev. Thomas Oduya, MS, MT(ASCP)', 'Fall Meeting Chair')]),
      FOOT(['Meeting badge # FM25-0311'])],
     meta_title='PSCLS Fall Meeting session certificate')

# ------------------------------------------------------------------------------------------- yb39
cert('yb39', 'vendor', 'docx',
     ['landscape', 'centered-award', 'labels-above-values', 'all-caps-name', 'accented-name', 'hyphenated-name', 'provider-department', 'expiry-date', 'two-signatures'],
     'Vendor operator training. ALL-CAPS accented name. Labels above values: Training No. | Date of Training | Contact Hours | Certification Expires (expiry is a distractor). '
     'Provider = company plus its Technical Training Services department.',
     dict(name='ÁLVARO PEÑA-IBARRA',
          title='QuantaFlex 48 Real-Time PCR System: Operator Certification Training',
          date='2025-07-15', credits=2.0, unit='contact hour',
          provider=['Corvalis Molecular Systems', 'Corvalis Molecular Systems, Technical Training Services'], activity_id='QF48-OP-0715'),
     dict(orient='landscape', border='double', color=SLATE, margin=60),
     [T('Corvalis Molecular Systems', 19, 'sans-b', color='accent', after=2),
      T('Technical Training Services', 11, 'sans', color='gray', after=12),
      T('Certificate of Training', 30, 'serif-b', after=8),
      T('This certifies that', 12, 'serif-i', after=4),
      T('ÁLVARO PEÑA-IBARRA', 23, 'serif-b', after=6),
      T('has successfully completed', 12, 'serif-i', after=4),
      T('QuantaFlex 48 Real-Time PCR System: Operator Certification Training', 19, 'serif-b', width=600, after=12),
      COLS(['TRAINING NO.', 'DATE OF TRAINING', 'CONTACT HOURS', 'CERTIFICATION EXPIRES'], ['QF48-OP-0715', 'July 15, 2025', '2.0', 'July 15, 2027'], vsize=13, after=6),
      T(pace('Corvalis Molecular Systems'), 9, 'serif-i', after=0),
      SIG([('Priyanka Deshmukh, PhD', 'Senior Applications Scientist'), ('Owen Castellano', 'Manager, Technical Training Services')], before=0),
      FOOT(['Instrument serial QF48-10277  \u00b7  Site 4471'])],
     meta_title='Training certificate', meta_author='Technical Training Services')

# ------------------------------------------------------------------------------------------- yb40
cert('yb40', 'PACE-provider', 'fpdf',
     ['portrait', 'centered-award', 'issuer-line', 'format-line-own', 'wrapped-title-then-date-label', 'max-vs-claimed', 'program-no-without-colon', 'release-expiration-dates'],
     'Small P.A.C.E.-approved education company. Issuer line at top with short form in parentheses. "Enduring Material" is a format line. Title wraps, then "Date of completion:". '
     'Claimed 1.25 of 1.50 available (gold 1.25). "Program No. 731-066-25" without colon. Certificate number and release/expiration dates are distractors.',
     dict(name='Olena Kovalenko',
          title='Digital Pathology Validation for Primary Diagnosis: Applying the Updated Guideline in Your Laboratory',
          date='2025-10-30', credits=1.25, unit='contact hour',
          provider=['Pathology Outreach Education Network', 'POEN'], activity_id='731-066-25'),
     dict(orient='portrait', border='ornate', color=PURPLE, margin=70),
     [T('Pathology Outreach Education Network (POEN)', 12, 'sans-b', color='accent', after=26),
      T('Certificate of Completion', 28, 'serif-b', after=18),
      T('Presented to', 12, 'serif-i', after=8),
      T('Olena Kovalenko, MLS(ASCP)CM', 21, 'serif-b', after=16),
      T('for completing the', 12, 'serif-i', after=6),
      T('Enduring Material', 11, 'sans-b', color='accent', after=6),
      T('Digital Pathology Validation for Primary Diagnosis: Applying the Updated Guideline in Your Laboratory', 16, 'serif-b', width=400, after=4),
      T('Date of completion: 10/30/2025', 11.5, 'serif', after=14),
      T('Contact hours claimed: 1.25 of 1.50 available', 12, 'serif-b', after=4),
      T('Program No. 731-066-25', 11, 'serif', after=22),
      T(pace('Pathology Outreach Education Network'), 9, 'serif-i', width=400, after=8),
      SIG([('Dr. Nikolai Brandvold, MD', 'Medical Director, POEN')]),
      FOOT(['Certificate #POEN-25-10588  \u00b7  Release date 01/06/2025  \u00b7  Expiration date 01/05/2027'], y=44)],
     meta_title='POEN Certificate')

assert len(CERTS) == 40, len(CERTS)
assert len({c['id'] for c in CERTS}) == 40
