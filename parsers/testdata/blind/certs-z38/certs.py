# -*- coding: utf-8 -*-
"""The 40 certificates of the z38 blind set: page design (blocks for engine.py)
plus the gold answer for each one."""

PACE = ('is approved as a provider of continuing education programs in the clinical laboratory '
        'sciences by the ASCLS P.A.C.E.\u00ae Program.')


def T(s, **kw):
    return dict(k='text', s=s, **kw)


def P(s, **kw):
    return dict(k='para', s=s, **kw)


def KV(rows, **kw):
    return dict(k='kv', rows=rows, **kw)


def COLS(cols, **kw):
    return dict(k='cols', cols=cols, **kw)


def TAB(head, rows, widths, **kw):
    return dict(k='table', head=head, rows=rows, widths=widths, **kw)


def SIGS(sigs, **kw):
    return dict(k='sigs', sigs=sigs, **kw)


def BAN(s, **kw):
    return dict(k='banner', s=s, **kw)


def RULE(**kw):
    return dict(k='rule', **kw)


def SP(h):
    return dict(k='space', h=h)


def ABS(s, x, y, **kw):
    return dict(k='abs', s=s, x=x, y=y, **kw)


PAGE = dict(k='page')


def gold(style, layout, notes, name, title, date, credits, unit, provider, activity_id):
    pts = round(credits * 10, 2) if unit == 'CEU' else credits
    return dict(style=style, layout=layout, notes=notes, name=name, title=title, date=date,
                credits=credits, unit=unit, points=pts, provider=provider, activity_id=activity_id)


CERTS = []


def cert(id, producer, gold_, **page):
    page['id'] = id
    page['producer'] = producer
    page['gold'] = gold_
    CERTS.append(page)


# ============================================================== yl01 ASCP, Chromium
cert('yl01', 'chromium', gold(
    'ascp', ['landscape', 'centred-award', 'border', 'seal', 'signature-block', 'issuer-line',
             'format-in-verb-line', 'wrapped-title+label', 'credentials-after-name', 'hyphenated-name'],
    'Format "on-demand webinar" sits at the end of the completion verb line; long title wraps to two lines and '
    'is immediately followed by "Date of Completion:". Certificate number, customer ID and issue date are distractors.',
    'Marisol Quintero-Vega',
    'Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy',
    '2025-03-14', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], '25-CMLE-0417'),
    orient='L', border='ornate', bcolor='#20365c', font='times', margin=70, top=58,
    seal=dict(s='ASCP\nCMLE\nCREDIT', x=0.5, y=92, r=38, color='#8a1c24'),
    meta_title='ASCP CMLE Certificate', meta_author='ASCP Learning',
    footer=[dict(s='Customer ID 01847722  |  Issued 03/15/2025  |  www.ascp.org', y=38, size=7.5)],
    blocks=[
        ABS('Certificate No. C-2025-118406', 0.93, 42, al='r', size=8, f='helv'),
        T('American Society for Clinical Pathology', size=14, b=True, color='#20365c', f='helv'),
        T('Certificate of Completion', size=34, f='script', sp=8, color='#20365c'),
        T('This is to certify that', size=12, i=True, sp=10),
        T('Marisol Quintero-Vega, MLS(ASCP)CM', size=22, b=True, sp=6),
        T('has successfully completed the on-demand webinar', size=12, sp=8),
        T('Interpreting Peripheral Blood Smears in Suspected\nThrombotic Microangiopathy', size=17, b=True, sp=6),
        T('Date of Completion: 03/14/2025', size=11.5, sp=2),
        T('Activity ID: 25-CMLE-0417', size=10.5, sp=8),
        P('ASCP designates this activity for 1.0 CMLE credit. ASCP CMLE credits are acceptable to meet the continuing '
          'education requirements of the ASCP Board of Certification Credential Maintenance Program (CMP).',
          size=9.5, w=0.72, sp=8, i=True),
        SIGS([('Evelyn Harrow-Lindqvist', 'Evelyn Harrow-Lindqvist, MD, FASCP', 'Chair, Council on Continuing Education'),
              ('Rafael D. Oyelowo', 'Rafael D. Oyelowo, MBA, MLS(ASCP)', 'Director, Learning Services')],
             w=0.95, sp=12, size=9.5),
    ])

# ============================================================== yl02 AABB, fodt (letter)
cert('yl02', 'fodt', gold(
    'aabb', ['portrait', 'letter-style', 'left-aligned', 'format-line', 'program-no-without-colon',
             'for-and-in-provider-name', 'credentials-after-name', 'hyphenated-name'],
    'Letter dated June 2, 2025 (issue date, distractor); eCast on its own line between the verb and the title; '
    '"Program No. 251-118-25" has no colon. Member ID is a distractor.',
    'Adebola Oyelaran-Fitch',
    'Patient Blood Management in Obstetric Hemorrhage: Building a Massive Transfusion Response',
    '2025-05-21', 1.5, 'contact hour',
    ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '251-118-25'),
    orient='P', font='helv', margin=72, top=60, meta_title='AABB CE verification letter', meta_author='AABB Education',
    footer=[dict(s='AABB  \u2022  Bethesda, Maryland  \u2022  www.aabb.org', size=8, color='#7a1f2b')],
    blocks=[
        T('Association for the Advancement of Blood & Biotherapies', size=15, b=True, al='l', color='#7a1f2b'),
        T('Education Department  \u2022  Continuing Education Records', size=9, al='l', color='#555555', sp=2),
        RULE(sp=8, color='#7a1f2b', lw=1.5),
        T('June 2, 2025', size=10.5, al='l', sp=18),
        T('Participant: Adebola Oyelaran-Fitch, MS, MLS(ASCP)CM', size=10.5, al='l', sp=14),
        T('Member ID: 0032197', size=10.5, al='l', sp=2),
        T('RE: Verification of Continuing Education Credit', size=10.5, b=True, al='l', sp=14),
        T('Dear Participant:', size=10.5, al='l', sp=14),
        P('This letter verifies that the participant named above attended the following live program in its '
          'entirety and satisfied the evaluation requirements:', size=10.5, al='l', sp=8),
        T('eCast', size=10.5, b=True, i=True, al='l', sp=10, color='#7a1f2b'),
        T('Patient Blood Management in Obstetric Hemorrhage:\nBuilding a Massive Transfusion Response', size=13, b=True,
          al='l', sp=4),
        T('Live broadcast: May 21, 2025, 12:00\u20131:30 p.m. ET', size=10.5, al='l', sp=6),
        T('Program No. 251-118-25', size=10.5, al='l', sp=2),
        T('Credit awarded: 1.5 P.A.C.E.\u00ae contact hours', size=10.5, al='l', sp=2),
        P('AABB ' + PACE + ' Please retain this letter with your continuing education records; AABB does not '
          'report credit to certification agencies on your behalf.', size=10.5, al='l', sp=12),
        T('Sincerely,', size=10.5, al='l', sp=14),
        T('Graciela Montoya-Hurst', size=20, f='script', al='l', sp=4, color='#1a2a6c'),
        T('Graciela Montoya-Hurst, MT(ASCP)SBB\nDirector, Education Programs', size=10.5, al='l', sp=2),
    ])

# ============================================================== yl03 CAP, docx
cert('yl03', 'docx', gold(
    'cap', ['portrait', 'centred', 'format-line', 'credit-table', 'multiple-credit-types', 'maximum-vs-claimed',
            'suffix-name', 'credentials-after-name', 'grossing-title'],
    '"Enduring Material" is a format line between "has completed the" and the title ("Grossing" is part of a real '
    'course title). Credit table lists AMA PRA and ABPath SAM (not claimed) and P.A.C.E. with 2.5 maximum vs 2.0 '
    'claimed; gold is the claimed P.A.C.E. figure. Printed date and customer number are distractors.',
    'Theodore A. Blanchard III',
    'Grossing Complex Colorectal Resections After Neoadjuvant Therapy',
    '2025-09-09', 2.0, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAP-EM-25-0612'),
    orient='P', font='times', border='double', bcolor='#004b6b', margin=66, top=62, spx=1.5,
    meta_title='CAP Learning Transcript Certificate', meta_author='College of American Pathologists',
    footer=[dict(s='Customer No. 4410923  \u2022  Date certificate printed: September 12, 2025', size=8)],
    blocks=[
        T('College of American Pathologists', size=20, b=True, color='#004b6b', f='helv'),
        T('CAP Learning', size=10, color='#555555', f='helv', sp=2, ls=2),
        T('Certificate of Credit', size=26, sp=18, i=True),
        T('This is to certify that', size=11.5, sp=14),
        T('Theodore A. Blanchard III, PA(ASCP)CM', size=19, b=True, sp=6),
        T('has completed the', size=11.5, sp=8),
        T('Enduring Material', size=11, i=True, sp=4, color='#004b6b'),
        T('Grossing Complex Colorectal Resections After Neoadjuvant Therapy', size=15, b=True, sp=4),
        KV([('Activity ID:', 'CAP-EM-25-0612'), ('Date Completed:', 'September 9, 2025')], w=0.62, lw=0.42, sp=14,
           size=11),
        TAB(['Credit Type', 'Maximum Available', 'Credits Claimed'],
            [['AMA PRA Category 1 Credits\u2122', '2.5', '\u2014'],
             ['ABPath Self-Assessment Module (SAM) credit', '2.5', '\u2014'],
             ['ASCLS P.A.C.E.\u00ae contact hours', '2.5', '2.0']],
            [0.56, 0.22, 0.22], w=0.86, sp=10, size=10),
        P('The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical '
          'Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring '
          'material for a maximum of 2.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit '
          'commensurate with the extent of their participation in the activity. The CAP ' + PACE,
          size=8.5, w=0.9, sp=12, al='c'),
        SIGS([('M. Castellano', 'Miriam Castellano, MD, FCAP', 'Chair, Council on Education')], w=0.5, sp=6, size=9.5),
    ])

# ============================================================== yl04 ASCLS session certificate, fpdf
cert('yl04', 'fpdf', gold(
    'ascls', ['landscape', 'centred', 'banner', 'session-table', 'all-caps-name', 'conference-session',
              'ethics-title', 'signature-block'],
    'Session certificate from a multi-day annual meeting (July 27\u201331, 2025): gold date is the session date in '
    'the table (07/29/2025), not the last meeting day. Session number is the activity id; registration ID and '
    'print date are distractors. ASCLS is its own P.A.C.E. provider here.',
    'DESHAWN T. MORRISSEY',
    'Ethics in Laboratory Result Reporting: When the Critical Value Is Wrong',
    '2025-07-29', 1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '25-214'),
    orient='L', font='helv', border='thick', bcolor='#0f4c81', margin=62, top=50,
    meta_title='ASCLS Session Attendance Certificate', meta_author='ASCLS',
    footer=[dict(s='Registration ID: AM25-08817     Printed 08/04/2025     www.ascls.org', size=7.5, y=36)],
    blocks=[
        T('American Society for Clinical Laboratory Science', size=17, b=True, color='#0f4c81'),
        BAN('ASCLS 2025 Joint Annual Meeting  \u2022  Louisville, Kentucky  \u2022  July 27\u201331, 2025', size=11,
            bg='#0f4c81', sp=8),
        T('Session Attendance Certificate', size=26, f='times', i=True, sp=18),
        T('This certifies that', size=11, sp=10),
        T('DESHAWN T. MORRISSEY', size=21, b=True, sp=6),
        T('attended the following educational session:', size=11, sp=8),
        TAB(['Session No.', 'Session Title', 'Session Date', 'P.A.C.E.\u00ae Contact Hours'],
            [['25-214', 'Ethics in Laboratory Result Reporting: When the Critical Value Is Wrong', '07/29/2025', '1.0']],
            [0.12, 0.56, 0.14, 0.18], w=0.94, sp=10, size=10, hbg='#dbe6f3'),
        P('The American Society for Clinical Laboratory Science (ASCLS) administers the P.A.C.E.\u00ae (Professional '
          'Acknowledgment for Continuing Education) program. This session has been approved for 1.0 contact hour of '
          'P.A.C.E.\u00ae credit.', size=9, w=0.85, sp=10),
        SIGS([('M. Okonkwo-Dale', 'Marguerite Okonkwo-Dale, MS, MLS(ASCP)CM', 'Chair, ASCLS Education and Scientific Assembly'),
              ('P. Lindgren', 'Peter Lindgren, EdD, MT(ASCP)', 'Director, P.A.C.E.\u00ae Program')], w=0.9, sp=8, size=9.5),
    ])

# ============================================================== yl05 P.A.C.E. provider (statement only), tcpdf
cert('yl05', 'tcpdf', gold(
    'pace_provider', ['portrait', 'centred-award', 'border', 'format-line', 'wrapped-title+label',
                      'provider-only-in-accreditation-statement', 'presented-by', 'two-column'],
    'No letterhead: the provider appears only as the subject of the P.A.C.E. approval statement. "LIVE WEBINAR" '
    'is a format line; the two-line title is directly followed by "Date of completion:". Speaker and attendee '
    'record number are distractors.',
    'Priyanka Venkataraman-Shah',
    'Carbapenemase Detection in Enterobacterales: Phenotypic and Molecular Methods Compared',
    '2025-10-16', 1.5, 'contact hour', ['Keystone Laboratory Education Partners'], '5104-22-25'),
    orient='P', font='dvserif', border='double', bcolor='#2e5e4e', margin=72, top=78,
    meta_title='Certificate of Attendance', meta_author='KLEP', meta_creator='klep-cert 2.3',
    footer=[dict(s='Attendee record 77-40921  \u00b7  keystonelabed.org', size=7.5, y=42, f='dvsans')],
    blocks=[
        T('Certificate of Attendance', size=30, b=True, color='#2e5e4e'),
        RULE(w=0.35, sp=8, color='#2e5e4e', lw=1.2),
        T('presented to', size=12, i=True, sp=22),
        T('Priyanka Venkataraman-Shah, MLS(ASCP)', size=20, b=True, sp=8),
        T('for participation in the', size=12, i=True, sp=18),
        T('LIVE WEBINAR', size=11, b=True, ls=2.5, sp=6, color='#2e5e4e', f='dvsans'),
        T('Carbapenemase Detection in Enterobacterales:\nPhenotypic and Molecular Methods Compared', size=15, b=True,
          sp=8),
        T('Date of completion: October 16, 2025', size=11, sp=2),
        T('presented by Halvard Nygaard-Bose, PhD, D(ABMM)', size=10, i=True, sp=14, color='#444444'),
        KV([('P.A.C.E.\u00ae Course Number:', '5104-22-25'), ('Contact Hours:', '1.5')], w=0.66, lw=0.62, sp=22,
           size=10.5),
        P('Keystone Laboratory Education Partners ' + PACE, size=9.5, w=0.8, sp=18, i=True),
        SIGS([('Colette Marchetti', 'Colette Marchetti, MEd, MLS(ASCP)CM', 'Coordinator, Continuing Education')],
             w=0.55, sp=30, size=10),
    ])

# ============================================================== yl06 LabCE, ReportLab canvas
cert('yl06', 'rlcanvas', gold(
    'labce', ['portrait', 'labels-above-values', 'columns', 'accented-name', 'hyphenated-name', 'safety-title',
              'left-aligned'],
    'Participant | Date of Completion labels sit above their values; course title also label-above-value. '
    '"Safety" is part of the course title. Transcript ID and print date are distractors.',
    'Zoë Kowalczyk-Braun',
    'Laboratory Safety: Chemical Hygiene and Spill Response',
    '2025-02-03', 1.5, 'contact hour', ['LabCE'], 'LC-4471'),
    orient='P', font='helv', margin=64, top=60, topbar='#e0701e',
    meta_title='LabCE Certificate of Completion', meta_author='LabCE',
    footer=[dict(s='Transcript ID 88217334  \u00b7  Printed 03/10/2025  \u00b7  LabCE.com', size=7.5, y=40, al='l')],
    blocks=[
        T('LabCE', size=30, b=True, al='l', color='#e0701e'),
        T('Continuing Education for Laboratory Professionals', size=9.5, al='l', color='#555555', sp=0),
        RULE(sp=10, color='#e0701e', lw=1.5),
        T('Certificate of Completion', size=24, al='l', sp=26, color='#222222'),
        COLS([('PARTICIPANT', 'Zoë Kowalczyk-Braun'), ('DATE OF COMPLETION', 'February 3, 2025')], sp=26, size=14,
             lsize=8.5, rule=True),
        COLS([('COURSE TITLE', 'Laboratory Safety: Chemical Hygiene and Spill Response')], sp=20, size=14, lsize=8.5,
             rule=True),
        COLS([('COURSE NUMBER', 'LC-4471'), ('CONTACT HOURS', '1.5'), ('COURSE FORMAT', 'Self-Study')], sp=20,
             size=12, lsize=8.5, rule=True),
        P('LabCE ' + PACE + ' This course has been approved for 1.5 P.A.C.E.\u00ae contact hours. Florida: this '
          'course is approved by the Florida Board of Clinical Laboratory Personnel for 1.5 hours of general credit.',
          size=9.5, al='l', sp=30),
        P('Completion of this course was verified by a passing score on the post-test. This certificate may be '
          'presented as documentation of continuing education for certification maintenance and state licensure.',
          size=9.5, al='l', sp=8),
        SIGS([('Amanda Keel-Rutherford', 'Amanda Keel-Rutherford, MS, MLS(ASCP)CM', 'Director of Education, LabCE')],
             w=0.5, sp=34, size=9.5),
    ])

# ============================================================== yl07 MediaLab, Platypus
cert('yl07', 'platypus', gold(
    'medialab', ['portrait', 'two-column-label-value', 'wrapped-value', 'orientation-title', 'border',
                 'hyphenated-name'],
    'Two-column label/value layout; the course title ("Orientation" is part of it) wraps inside the value column. '
    'Employer/customer line is a distractor. Provider printed as "MediaLab, Inc." and short form "MediaLab".',
    'Hollis R. Abernathy-Crane',
    'New Employee Laboratory Orientation: Specimen Labeling and Patient Identification',
    '2025-08-22', 1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-3306'),
    orient='P', font='helv', border='single', bcolor='#3b6ea5', margin=70, top=70, spx=2.4,
    meta_title='MediaLab Certificate', meta_author='MediaLab, Inc.',
    footer=[dict(s='MediaLab, Inc.  \u2022  Certificate generated 08/22/2025 16:41  \u2022  Page 1 of 1', size=7.5, y=44)],
    blocks=[
        T('MediaLab, Inc.', size=22, b=True, color='#3b6ea5', al='l'),
        T('Continuing Education', size=11, al='l', color='#555555', sp=2),
        T('Certificate of Completion', size=22, sp=34, f='times', b=True),
        KV([('Name:', 'Hollis R. Abernathy-Crane'),
            ('Course:', 'New Employee Laboratory Orientation: Specimen Labeling and Patient Identification'),
            ('Course ID:', 'ML-3306'),
            ('Completion Date:', '08/22/2025'),
            ('Credit:', '1.0 P.A.C.E.\u00ae contact hour'),
            ('Organization:', 'Brightwater Community Hospital Laboratory')],
           w=0.92, lw=0.27, sp=30, size=11.5, gap=9),
        P('MediaLab, Inc. ' + PACE + ' MediaLab courses are also approved by the Florida Board of Clinical Laboratory '
          'Personnel and the California Department of Public Health, Laboratory Field Services.',
          size=9.5, w=0.92, sp=28, al='l'),
        P('Credit was awarded after successful completion of the course exam. Keep this certificate for your records.',
          size=9.5, w=0.92, sp=8, al='l'),
    ])

# ============================================================== yl08 ADLM, AcroForm
cert('yl08', 'acroform', gold(
    'adlm', ['landscape', 'acroform-flattened', 'format-line', 'wrapped-title', 'labels-below-values',
             'maximum-vs-claimed', 'and-in-provider-name'],
    'Filled and flattened form. "On-Demand Webinar" is a static format line above the title fields. Values sit '
    'over rules with their labels underneath; ACCENT credits claimed (1.0) vs maximum (1.5) in the statement; '
    'one ACCENT credit = one contact hour.',
    'Kwame A. Osei-Bonsu',
    'Verifying Pediatric Reference Intervals for High-Sensitivity Cardiac Troponin Assays',
    '2025-11-04', 1.0, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], 'WEB-25-1187'),
    orient='L', font='helv', border='single', bcolor='#5b2a86', margin=66, top=52,
    meta_title='ADLM Certificate of Participation', meta_author='ADLM',
    footer=[dict(s='ADLM  \u2022  Washington, DC  \u2022  myadlm.org', size=7.5, y=36)],
    blocks=[
        T('ADLM', size=30, b=True, color='#5b2a86'),
        T('Association for Diagnostics & Laboratory Medicine', size=12, color='#5b2a86', sp=0),
        T('CERTIFICATE OF PARTICIPATION', size=18, b=True, ls=1.5, sp=16),
        T('This certifies that', size=11, sp=12),
        T('Kwame A. Osei-Bonsu', size=20, b=True, sp=4, field='participant_name'),
        T('has participated in the', size=11, sp=6),
        T('On-Demand Webinar', size=11, i=True, sp=4, color='#5b2a86'),
        T('Verifying Pediatric Reference Intervals for High-Sensitivity\nCardiac Troponin Assays', size=15, b=True,
          sp=4, field='activity_title'),
        COLS([('Date Completed', 'November 4, 2025'), ('ACCENT\u00ae Credits Claimed', '1.0'),
              ('Activity Number', 'WEB-25-1187')], under=True, cal='c', w=0.86, sp=14, size=12, lsize=9,
             fields=True),
        P('ADLM designates this activity for a maximum of 1.5 ACCENT\u00ae continuing education credits. One ACCENT\u00ae '
          'credit is equivalent to one contact hour of continuing education. Participants should claim only the credit '
          'commensurate with the extent of their participation.', size=9, w=0.8, sp=12, i=True),
    ])

# ============================================================== yl09 NSH workshop, PostScript
cert('yl09', 'ps', gold(
    'nsh', ['portrait', 'centred', 'letter-spaced-name', 'all-caps-name', 'hyphenated-name', 'session-table',
            'conference-session', 'safety-title', 'border'],
    'Workshop certificate at the multi-day Symposium/Convention (September 5\u201310, 2025); gold date is the '
    'workshop date in the table. Name is letter-spaced capitals. Badge number is a distractor.',
    'LUCIA FERREIRA-NUNES',
    'Frozen Section Quality: Cryostat Safety and Artifact Recognition',
    '2025-09-06', 3.5, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'W-118'),
    orient='P', font='times', border='double', bcolor='#6b2d5c', margin=70, top=72,
    meta_title='NSH Workshop Certificate', meta_creator='nsh-sc-certs.ps',
    footer=[dict(s='Badge No. 25-3381   \u2022   National Society for Histotechnology   \u2022   www.nsh.org', size=7.5,
                 y=46, f='helv')],
    blocks=[
        T('National Society for Histotechnology', size=18, b=True, color='#6b2d5c'),
        T('NSH 2025 Annual Symposium/Convention', size=12, sp=4),
        T('Providence, Rhode Island  \u2022  September 5\u201310, 2025', size=10.5, sp=2, color='#444444'),
        T('CERTIFICATE OF ATTENDANCE', size=20, b=True, ls=2, sp=30, color='#6b2d5c'),
        T('This is to certify that', size=12, i=True, sp=22),
        T('LUCIA FERREIRA-NUNES', size=19, ls=4.5, sp=10),
        T('attended the workshop', size=12, i=True, sp=16),
        T('Frozen Section Quality: Cryostat Safety and Artifact Recognition', size=14.5, b=True, sp=8),
        TAB(['Session ID', 'Workshop Date', 'Contact Hours'], [['W-118', 'September 6, 2025', '3.5']],
            [0.3, 0.4, 0.3], w=0.7, sp=20, size=10.5, hbg='#eadff0'),
        P('The National Society for Histotechnology ' + PACE + ' This workshop is approved for 3.5 contact hours.',
          size=9.5, w=0.85, sp=18, i=True),
        SIGS([('Renata Kowalski', 'Renata Kowalski, HTL(ASCP)QIHC', 'NSH Education Chair'),
              (None, 'Desmond Achterberg, BS, HT(ASCP)', 'Workshop Coordinator')], w=0.95, sp=22, size=9.5),
    ])

# ============================================================== yl10 AMT self-study, Chromium
cert('yl10', 'chromium', gold(
    'amt', ['portrait', 'centred', 'two-column-label-value', 'format-line', 'suffix-name', 'credentials-after-name',
            'seal', 'border'],
    '"Self-Study Module" is a format line between "has completed the" and the title. Name carries a suffix (Jr.) '
    'and credentials. CE hours unit. Member number is a distractor.',
    'Reginald O. Fairbanks Jr.',
    'Urinalysis Sediment Review: Casts, Crystals and Cells',
    '2025-04-28', 2.0, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-SS-2291'),
    orient='P', font='palat', border='ornate', bcolor='#1c4587', margin=72, top=72,
    seal=dict(s='AMT\nCONTINUING\nEDUCATION', x=0.5, y=118, r=44, color='#1c4587', size=7.5),
    meta_title='AMT Continuing Education Certificate', meta_author='American Medical Technologists',
    blocks=[
        T('American Medical Technologists', size=20, b=True, color='#1c4587'),
        T('AMT  \u2022  Continuing Education Program', size=10.5, sp=3, color='#444444'),
        T('Continuing Education Certificate', size=25, sp=28, i=True),
        T('This certifies that', size=12, sp=20),
        T('Reginald O. Fairbanks Jr., MT(AMT)', size=20, b=True, sp=8),
        T('has completed the', size=12, sp=16),
        T('Self-Study Module', size=11.5, i=True, sp=4, color='#1c4587'),
        T('Urinalysis Sediment Review: Casts, Crystals and Cells', size=16, b=True, sp=6),
        KV([('Course No.:', 'AMT-SS-2291'), ('Date Completed:', '04/28/2025'), ('CE Hours Awarded:', '2.0 CE hours'),
            ('AMT Member No.:', '1148907')], w=0.62, lw=0.45, sp=24, size=11, lal='r'),
        P('American Medical Technologists (AMT) ' + PACE, size=9.5, w=0.8, sp=20, i=True),
        SIGS([('Lorraine Bettencourt', 'Lorraine Bettencourt, MT(AMT)', 'Director, Continuing Education')],
             w=0.5, sp=18, size=9.5),
    ])

# ============================================================== yl11 ASM meeting attendance, fodt
cert('yl11', 'fodt', gold(
    'asm', ['landscape', 'centred', 'meeting-attendance-no-session', 'date-range', 'maximum-vs-claimed',
            'honorific-and-credentials', 'hyphenated-name', 'border'],
    'Attendance at a whole meeting with no session title: the title is the meeting name and the date is the last '
    'day of June 18\u201321, 2025. Up to 18.5 contact hours offered vs 14.0 claimed (gold). Leading "Dr." and '
    'trailing degrees are dropped. Registration number and generation date are distractors; no activity id.',
    'Naledi Mokoena-Hart',
    '2025 ASM Clinical Microbiology Forum',
    '2025-06-21', 14.0, 'contact hour', ['American Society for Microbiology', 'ASM'], None),
    orient='L', font='dvserif', border='double', bcolor='#00557f', margin=64, top=56, spx=2.0,
    meta_title='ASM Certificate of Attendance', meta_author='American Society for Microbiology',
    footer=[dict(s='Registration No. CMF25-04417  \u00b7  Certificate generated July 2, 2025  \u00b7  asm.org', size=7.5)],
    blocks=[
        T('American Society for Microbiology', size=20, b=True, color='#00557f', f='dvsans'),
        T('ASM', size=11, color='#00557f', ls=3, sp=2, f='dvsans'),
        T('Certificate of Attendance', size=28, i=True, sp=16),
        T('This certifies that', size=11.5, sp=12),
        T('Dr. Naledi Mokoena-Hart, PhD, D(ABMM)', size=20, b=True, sp=6),
        T('attended the', size=11.5, sp=8),
        T('2025 ASM Clinical Microbiology Forum', size=17, b=True, sp=4, color='#00557f'),
        T('Baltimore, Maryland  \u00b7  June 18\u201321, 2025', size=11, sp=4),
        KV([('Contact hours offered:', 'up to 18.5'), ('Contact hours claimed:', '14.0')], w=0.5, lw=0.6, sp=12,
           size=11),
        P('The American Society for Microbiology ' + PACE + ' Participants should claim only the hours of sessions '
          'actually attended.', size=9, w=0.8, sp=10, i=True),
        SIGS([('Abena Sarpong-Wells', 'Abena Sarpong-Wells, PhD', 'Chair, Meeting Program Committee'),
              ('Gregor Lindahl', 'Gregor Lindahl, MS, SM(ASCP)', 'Director, Professional Development')],
             w=0.85, sp=10, size=9.5),
    ])

# ============================================================== yl12 CLSI, docx
cert('yl12', 'docx', gold(
    'clsi', ['portrait', 'labels-above-values', 'format-line', 'wrapped-title+label', 'and-in-provider-name',
             'hyphenated-name', 'left-aligned'],
    'Participant | Date of Completion labels above values. "ON-DEMAND" is a format line above the title; the '
    'two-line title is directly followed by "Activity Number: 5192-25". Order and customer numbers are distractors.',
    'Imani Castellanos-Reed',
    'Verification of Precision and Estimation of Bias: Applying EP15 in the Routine Chemistry Laboratory',
    '2025-01-22', 1.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], '5192-25'),
    orient='P', font='helv', margin=66, top=50, spx=1.9,
    meta_title='CLSI Certificate of Completion', meta_author='CLSI eLearning',
    footer=[dict(s='Order No. SO-208817  |  Customer No. 60-118402  |  clsi.org', size=7.5)],
    blocks=[
        T('CLSI', size=30, b=True, al='l', color='#00663d'),
        T('Clinical and Laboratory Standards Institute', size=11, al='l', color='#333333'),
        RULE(sp=10, color='#00663d', lw=1.5),
        T('Certificate of Completion', size=24, al='l', sp=30, b=True),
        COLS([('Participant', 'Imani Castellanos-Reed'), ('Date of Completion', 'January 22, 2025')], sp=22, size=13,
             lsize=9),
        T('has completed the following continuing education program:', size=11, al='l', sp=22),
        T('ON-DEMAND', size=9, b=True, al='l', sp=12, color='#00663d', ls=1.5),
        T('Verification of Precision and Estimation of Bias: Applying EP15\nin the Routine Chemistry Laboratory',
          size=14, b=True, al='l', sp=3),
        T('Activity Number: 5192-25', size=11, al='l', sp=3),
        T('Credits: 1.5 P.A.C.E.\u00ae contact hours', size=11, al='l', sp=3),
        P('CLSI ' + PACE + ' The Clinical and Laboratory Standards Institute is an accredited provider of continuing '
          'education; this program is also acceptable for state licensure renewal in states that accept P.A.C.E.\u00ae '
          'credit.', size=9.5, al='l', sp=24),
        SIGS([('Jocelyn Park-Ferreira', 'Jocelyn Park-Ferreira, MS, MT(ASCP)', 'Director, Education and Training')],
             w=0.5, sp=40, size=9.5),
    ])

# ============================================================== yl13 state society Spring Symposium, fpdf
cert('yl13', 'fpdf', gold(
    'state_society', ['portrait', 'centred', 'format-line', 'quoted-title', 'date-range', 'daily-hours-table',
                      'program-no-without-colon', 'particle-name'],
    '"Spring Symposium" is the format line; the symposium theme in quotes is the title (quotes dropped). Two-day '
    'meeting, gold date is the last day. Daily hours 4.5 + 4.0, total 8.5 is gold. "Program No. 533-201-25" '
    'without colon.',
    'Anneliese Van der Merwe',
    'Advances in Hemostasis and Thrombosis Testing',
    '2025-04-11', 8.5, 'contact hour', ['Carolinas Society for Clinical Laboratory Science', 'CSCLS'], '533-201-25'),
    orient='P', font='times', border='ornate', bcolor='#7b3f00', margin=72, top=70,
    meta_title='CSCLS Spring Symposium Certificate', meta_author='CSCLS',
    footer=[dict(s='CSCLS  \u2022  P.O. Box 11874, Columbia, SC 29211  \u2022  cscls.org', size=7.5, y=46, f='helv')],
    blocks=[
        T('Carolinas Society for Clinical Laboratory Science', size=17, b=True, color='#7b3f00'),
        T('CSCLS', size=11, ls=3, sp=2, color='#7b3f00', f='helv', b=True),
        T('Certificate of Attendance', size=26, i=True, sp=22),
        T('This is to certify that', size=12, sp=16),
        T('Anneliese Van der Merwe', size=20, b=True, sp=8),
        T('attended the', size=12, sp=12),
        T('Spring Symposium', size=13, i=True, sp=4, color='#7b3f00'),
        T('\u201cAdvances in Hemostasis and Thrombosis Testing\u201d', size=16, b=True, sp=4),
        T('April 10\u201311, 2025  \u2022  Greenville, South Carolina', size=11, sp=6),
        TAB(['Day', 'Contact Hours'], [['Thursday, April 10, 2025', '4.5'], ['Friday, April 11, 2025', '4.0'],
                                       ['Total', '8.5']], [0.65, 0.35], w=0.5, sp=16, size=10.5, hbg='#f1e4d3',
            f='helv'),
        T('Program No. 533-201-25', size=11, sp=12),
        P('This program has been approved for 8.5 contact hours of P.A.C.E.\u00ae credit. The Carolinas Society for '
          'Clinical Laboratory Science ' + PACE, size=9.5, w=0.85, sp=10, i=True),
        SIGS([('Wendell Sparrow', 'Wendell Sparrow, MHA, MLS(ASCP)', 'CSCLS President'),
              ('J. Okafor-Lindsey', 'Janelle Okafor-Lindsey, MS, MLS(ASCP)CM', 'Continuing Education Chair')],
             w=0.95, sp=18, size=9.5),
    ])

# ============================================================== yl14 hospital in-service, tcpdf
cert('yl14', 'tcpdf', gold(
    'hospital_inservice', ['portrait', 'letterhead', 'two-column-label-value', 'wrapped-value', 'safety-title',
                           'department-provider', 'hyphenated-name', 'left-aligned'],
    'Hospital laboratory education department as provider (institution alone plus "Institution, Department"). '
    '"Class No." is the activity id; employee ID is a distractor. "Safety" is part of the in-service title.',
    'Camille Arsenault-Pryor',
    'Annual Laboratory Safety Update: Fire, Chemical and Biological Hazards',
    '2025-03-18', 1.0, 'contact hour',
    ['Mercy Ridge Medical Center', 'Mercy Ridge Medical Center, Laboratory Education Department'], 'LS-2025-03'),
    orient='P', font='helv', margin=72, top=58,
    meta_title='In-Service Attendance Certificate', meta_author='Laboratory Education Department',
    meta_creator='MRMC Learning Tracker',
    footer=[dict(s='Mercy Ridge Medical Center  \u00b7  1200 Ridgeview Parkway  \u00b7  Dayton, Ohio 45409  \u00b7  (937) 555-0142',
                 size=7.5, y=44)],
    blocks=[
        T('Mercy Ridge Medical Center', size=19, b=True, al='l', color='#8b0000'),
        T('Laboratory Education Department', size=11.5, al='l', sp=2, color='#444444'),
        RULE(sp=8, color='#8b0000', lw=1.2),
        T('In-Service Attendance Certificate', size=21, b=True, sp=30),
        T('This certificate documents attendance at the following laboratory in-service.', size=10.5, sp=10),
        KV([('Employee:', 'Camille Arsenault-Pryor'),
            ('Employee ID:', 'E-204518'),
            ('In-service:', 'Annual Laboratory Safety Update: Fire, Chemical and Biological Hazards'),
            ('Class No.:', 'LS-2025-03'),
            ('Date:', 'March 18, 2025'),
            ('Contact Hours:', '1.0'),
            ('Instructor:', 'Tobias Wren, MS, MLS(ASCP)CM, Laboratory Safety Officer')],
           w=0.9, lw=0.26, sp=26, size=11, gap=8),
        P('This in-service was provided by the Mercy Ridge Medical Center Laboratory Education Department and is '
          'approved for 1.0 P.A.C.E.\u00ae contact hour. Mercy Ridge Medical Center ' + PACE,
          size=9.5, w=0.9, sp=24, al='l'),
        SIGS([('Lydia Ferrante', 'Lydia Ferrante, MEd, MLS(ASCP)', 'Education Coordinator'),
              ('H. Baptiste', 'Henri Baptiste, MD', 'Medical Director, Clinical Laboratory')], w=1.0, sp=36, size=9.5),
    ])

# ============================================================== yl15 public health lab training, rlcanvas
cert('yl15', 'rlcanvas', gold(
    'public_health_lab', ['portrait', 'centred', 'two-column-label-value', 'expiry-distractor', 'border', 'seal',
                          'training'],
    'Shipping training certificate with an expiry date two years out (distractor). "Training ID" is the activity '
    'id. Instructor name is a distractor.',
    'Bartholomew Nkemelu',
    'Packaging and Shipping Division 6.2 Infectious Substances and Exempt Specimens',
    '2025-09-25', 3.0, 'contact hour', ['Tri-County Regional Public Health Laboratory'], 'PHL-TR-0925'),
    orient='P', font='times', border='thick', bcolor='#2f4f4f', margin=72, top=70,
    seal=dict(s='PUBLIC\nHEALTH\nLABORATORY', x=0.5, y=112, r=40, color='#2f4f4f', size=7.5),
    meta_title='Certificate of Training', meta_author='TCRPHL',
    footer=[dict(s='Tri-County Regional Public Health Laboratory  \u2022  455 Laboratory Drive, Suite 100  \u2022  Marysville, OH 43040',
                 size=7.5, y=46, f='helv')],
    blocks=[
        T('Tri-County Regional Public Health Laboratory', size=17, b=True, color='#2f4f4f'),
        T('Certificate of Training', size=28, i=True, sp=26),
        T('This certifies that', size=12, sp=18),
        T('Bartholomew Nkemelu', size=21, b=True, sp=8),
        T('has successfully completed', size=12, sp=14),
        T('Packaging and Shipping Division 6.2 Infectious\nSubstances and Exempt Specimens', size=15.5, b=True, sp=6),
        KV([('Training ID:', 'PHL-TR-0925'), ('Date of Training:', 'September 25, 2025'),
            ('Contact Hours:', '3.0 P.A.C.E.\u00ae'), ('Certificate Expires:', 'September 25, 2027'),
            ('Instructor:', 'Rosalind Achterberg, MPH, SM(ASCP)')], w=0.7, lw=0.38, sp=20, size=11, lal='r', gap=6),
        P('Tri-County Regional Public Health Laboratory ' + PACE + ' IATA and DOT regulations require retraining at '
          'least every 24 months.', size=9.5, w=0.85, sp=18, i=True),
    ])

# ============================================================== yl16 joint CME grand rounds, Platypus, 2 pages
cert('yl16', 'platypus', gold(
    'joint_cme', ['portrait', '2-page', 'centred', 'series-name-in-title', 'wrapped-title+label', 'credit-table',
                  'multiple-credit-types', 'provider-only-in-accreditation-statement', 'credentials-after-name'],
    'Series name "Pathology Grand Rounds:" is part of the title. Credit table lists AMA PRA 1.25, ANCC 1.25, '
    'ACPE 1.25 and P.A.C.E. 1.0; only P.A.C.E. is gold. The provider is named only in the accreditation '
    'statements on page 2 (joint accreditation, AMA designation, P.A.C.E. approval).',
    'Fatima Al-Sayegh',
    'Pathology Grand Rounds: Molecular Classification of Endometrial Carcinoma and Its Impact on Reporting',
    '2025-12-03', 1.0, 'contact hour', ['Meridian Health Education Institute'], '25-GR-0912'),
    orient='P', font='times', border='single', bcolor='#3a3a6a', margin=70, top=70, spx=1.3,
    meta_title='Certificate of Participation', meta_author='CE Office',
    footer=[dict(s='Certificate ID 7F3C-22A9-0B51  \u00b7  Generated 12/10/2025', size=7.5, y=44, f='helv')],
    blocks=[
        T('Certificate of Participation', size=28, b=True, color='#3a3a6a', sp=20),
        RULE(w=0.5, sp=10, color='#3a3a6a'),
        T('This is to certify that', size=12, sp=30),
        T('Fatima Al-Sayegh, MLS(ASCP)CM', size=20, b=True, sp=10),
        T('participated in the live activity', size=12, sp=18),
        T('Pathology Grand Rounds: Molecular Classification of Endometrial\nCarcinoma and Its Impact on Reporting',
          size=14, b=True, sp=8),
        T('Activity date: December 3, 2025', size=11, sp=4),
        T('Activity ID: 25-GR-0912', size=11, sp=4),
        TAB(['Credit type', 'Credits designated'],
            [['AMA PRA Category 1 Credits\u2122', '1.25'], ['ANCC nursing contact hours', '1.25'],
             ['ACPE contact hours (knowledge-based)', '1.25'], ['ASCLS P.A.C.E.\u00ae contact hours', '1.0']],
            [0.68, 0.32], w=0.7, sp=28, size=10.5, hbg='#e3e3f0'),
        T('Credit claimed by participant: 1.0 P.A.C.E.\u00ae contact hour', size=11, b=True, sp=14),
        T('See page 2 for accreditation and credit designation statements.', size=9, i=True, sp=40, color='#555555'),
        PAGE,
        T('Accreditation and Credit Designation', size=16, b=True, al='l', sp=6, color='#3a3a6a'),
        RULE(sp=6, color='#3a3a6a'),
        P('In support of improving patient care, Meridian Health Education Institute is jointly accredited by the '
          'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy '
          'Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for '
          'the healthcare team.', size=10.5, al='l', sp=14),
        P('Physicians: Meridian Health Education Institute designates this live activity for a maximum of 1.25 AMA PRA '
          'Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their '
          'participation in the activity.', size=10.5, al='l', sp=10),
        P('Nurses: This activity is designated for 1.25 ANCC nursing contact hours.', size=10.5, al='l', sp=10),
        P('Pharmacists: This knowledge-based activity is approved for 1.25 contact hours of ACPE credit.',
          size=10.5, al='l', sp=10),
        P('Laboratory professionals: Meridian Health Education Institute ' + PACE + ' This activity is approved for '
          '1.0 contact hour.', size=10.5, al='l', sp=10),
        P('Disclosure: None of the planners or faculty for this activity have relevant financial relationships with '
          'ineligible companies.', size=10.5, al='l', sp=10),
    ])

# ============================================================== yl17 university CEU, AcroForm
cert('yl17', 'acroform', gold(
    'university_ceu', ['landscape', 'acroform-flattened', 'centred-award', 'labels-below-values', 'wrapped-title',
                       'department-provider', 'ceu', 'apostrophe-name', 'hyphenated-name', 'signature-block', 'border'],
    'CEU certificate: 2.4 CEUs = 24 points. Course ran January 21 \u2013 May 16, 2025; completion date (gold) is '
    'in the labelled field; date issued and student ID are distractors. The statement mentions "ten contact '
    'hours" (definition only). "Offering Number" is the activity id.',
    "Siobhan M. O'Callaghan-Reyes",
    'Molecular Diagnostics for the Clinical Laboratory: PCR, Sequencing and Quality Assurance',
    '2025-05-16', 2.4, 'CEU',
    ['Westbrook State University', 'Westbrook State University, Division of Continuing and Professional Education'],
    'MDX-410-01'),
    orient='L', font='times', border='ornate', bcolor='#5a1a1a', margin=66, top=52,
    meta_title='Certificate of Completion', meta_author='WSU Continuing and Professional Education',
    footer=[dict(s='Student ID W00481726   \u2022   Date issued: May 30, 2025   \u2022   Course dates: January 21 \u2013 May 16, 2025',
                 size=7.5, y=36, f='helv')],
    blocks=[
        T('Westbrook State University', size=22, b=True, color='#5a1a1a'),
        T('Division of Continuing and Professional Education', size=12, i=True, sp=2),
        T('Certificate of Completion', size=26, sp=14, f='script'),
        T('This certifies that', size=11.5, sp=8),
        T("Siobhan M. O'Callaghan-Reyes", size=21, b=True, sp=4, field='student_name'),
        T('has satisfactorily completed the non-credit course', size=11.5, sp=6),
        T('Molecular Diagnostics for the Clinical Laboratory:\nPCR, Sequencing and Quality Assurance', size=15, b=True,
          sp=4, field='course_title'),
        COLS([('Offering Number', 'MDX-410-01'), ('Date of Completion', 'May 16, 2025'),
              ('Continuing Education Units', '2.4')], under=True, cal='c', w=0.8, sp=12, size=12, lsize=9,
             fields=True),
        P('One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized '
          'continuing education experience under responsible sponsorship, capable direction and qualified '
          'instruction.', size=8.5, w=0.78, sp=8, i=True),
        SIGS([('Margaret Ellery-Vance', 'Margaret Ellery-Vance, PhD', 'Dean, Continuing and Professional Education'),
              ('T. Nakashima', 'Takeshi Nakashima, PhD, MB(ASCP)CM', 'Program Director, Molecular Diagnostics')],
             w=0.9, sp=8, size=9),
    ])

# ============================================================== yl18 vendor key-operator training, PostScript
cert('yl18', 'ps', gold(
    'vendor', ['landscape', 'centred', 'all-caps-name', 'accented-name', 'hyphenated-name', 'date-range',
               'two-column-label-value', 'department-provider', 'serial-number-distractor', 'training'],
    'Vendor key-operator training over three days (October 6\u20138, 2025): gold date is the last day. Instrument '
    'serial number is a distractor; "Training ID" is the activity id. Provider printed as company plus its '
    'Customer Education Center.',
    '\u00c1LVARO PE\u00d1A-SOL\u00cdS',
    'HD-9000 Hematology Analyzer Key Operator Training',
    '2025-10-08', 18.0, 'contact hour',
    ['Halvorsen Diagnostics', 'Halvorsen Diagnostics, Customer Education Center'], 'KOT-9000-1025'),
    orient='L', font='helv', border='single', bcolor='#003366', margin=64, top=52, topbar='#003366',
    meta_title='Certificate of Training', meta_creator='hd-training-cert.ps',
    footer=[dict(s='Halvorsen Diagnostics, Customer Education Center  \u2022  7700 Lakeview Commons Blvd  \u2022  Eden Prairie, MN 55344',
                 size=7.5, y=34)],
    blocks=[
        T('HALVORSEN DIAGNOSTICS', size=20, b=True, ls=3, color='#003366'),
        T('Customer Education Center', size=11.5, sp=2, color='#444444'),
        T('Certificate of Training', size=28, f='times', i=True, sp=16),
        T('This certifies that', size=11, sp=10),
        T('\u00c1LVARO PE\u00d1A-SOL\u00cdS', size=21, b=True, sp=6),
        T('has completed', size=11, sp=8),
        T('HD-9000 Hematology Analyzer Key Operator Training', size=17, b=True, sp=4, color='#003366'),
        T('October 6\u20138, 2025  \u2022  Eden Prairie, Minnesota', size=11, sp=4),
        KV([('Training ID:', 'KOT-9000-1025'), ('Contact Hours:', '18.0'), ('Instrument Serial No.:', 'H9K-22-014471'),
            ('Customer Site:', 'Lakeshore General Hospital Laboratory')], w=0.62, lw=0.42, sp=12, size=10.5,
           lal='r', gap=3),
        P('Halvorsen Diagnostics ' + PACE + ' This course is approved for 18.0 contact hours.', size=9, w=0.8,
          sp=10),
        SIGS([('Ingrid Thorsen', 'Ingrid Thorsen, MLS(ASCP)', 'Senior Clinical Applications Trainer'),
              ('D. Okwuosa', 'Daniel Okwuosa, MBA', 'Manager, Customer Education Center')], w=0.85, sp=8, size=9),
    ])

# ============================================================== yl19 ASCP enduring material, Chromium
cert('yl19', 'chromium', gold(
    'ascp', ['portrait', 'banner', 'centred', 'format-in-verb-line', 'wrapped-title+label', 'maximum-vs-claimed',
             'expiry-distractor', 'credentials-after-name', 'hyphenated-name', 'signature-block'],
    'Long title wraps and is followed directly by "Completion date:". ASCP designates a maximum of 2.0 CMLE; '
    '1.5 claimed is gold. Activity expiration date and certificate number are distractors.',
    'Hyun-woo Park',
    'Next-Generation Sequencing Panels in Myeloid Neoplasms: Variant Interpretation and Reporting',
    '2025-07-09', 1.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'OC-MDX-2513'),
    orient='P', font='dvsans', margin=60, top=48, spx=2.15,
    meta_title='CMLE Certificate', meta_author='ASCP',
    footer=[dict(s='Certificate #ASCP-2025-0709-55812  \u00b7  Activity expiration date: 12/31/2026  \u00b7  www.ascp.org',
                 size=7.5, y=36)],
    blocks=[
        BAN('ASCP', size=26, bg='#20365c', ls=6),
        T('American Society for Clinical Pathology', size=13, b=True, sp=8, color='#20365c'),
        T('CMLE Certificate', size=26, sp=28, f='century'),
        T('Awarded to', size=11, sp=20, i=True),
        T('Hyun-woo Park, PhD, MB(ASCP)CM', size=20, b=True, sp=6),
        T('for completing the enduring material', size=11, sp=16),
        T('Next-Generation Sequencing Panels in Myeloid\nNeoplasms: Variant Interpretation and Reporting', size=14.5,
          b=True, sp=8),
        T('Completion date: 07/09/2025', size=11, sp=3),
        KV([('Course Code:', 'OC-MDX-2513'), ('CMLE credits claimed:', '1.5')], w=0.6, lw=0.5, sp=20, size=11),
        P('The American Society for Clinical Pathology designates this enduring material for a maximum of 2.0 CMLE '
          'credits. Participants should claim only the credit commensurate with the extent of their participation. '
          'CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.',
          size=9, w=0.82, sp=18, i=True),
        SIGS([('S. Whitcombe', 'Sandra Whitcombe, MD, FASCP', 'Chair, CMLE Committee')], w=0.5, sp=26, size=9.5),
    ])

# ============================================================== yl20 ASCP live virtual, fodt, labels above values
cert('yl20', 'fodt', gold(
    'ascp', ['landscape', 'labels-above-values', 'columns', 'issuer-line', 'all-caps-name', 'suffix-name',
             'format-in-column', 'multiple-credit-types', 'left-aligned'],
    'Issuer line "American Society for Clinical Pathology" over "Certificate of Completion"; all fields are '
    'labels above values. Format "Live Virtual Session" sits in its own labelled column and is not part of the '
    'title. AMA PRA 1.0 and CMLE 1.0 both printed; gold is CMLE. Customer ID is a distractor.',
    'MARCUS L. ABERNATHY JR.',
    'Flow Cytometry Gating Strategies for Measurable Residual Disease in B-ALL',
    '2025-08-12', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'LV-25-0812'),
    orient='L', font='helv', border='single', bcolor='#20365c', margin=62, top=54, spx=2.0,
    meta_title='ASCP Certificate of Completion', meta_author='ASCP',
    footer=[dict(s='Customer ID 02290417  \u2022  Chicago, Illinois  \u2022  www.ascp.org',
                 size=7.5)],
    blocks=[
        T('American Society for Clinical Pathology', size=11, al='l', color='#20365c', b=True),
        T('Certificate of Completion', size=26, al='l', sp=2, b=True),
        RULE(sp=8, color='#20365c', lw=1.2),
        COLS([('PARTICIPANT', 'MARCUS L. ABERNATHY JR.'), ('DATE OF COMPLETION', 'August 12, 2025')], sp=16, size=14,
             lsize=8.5),
        COLS([('ACTIVITY TITLE', 'Flow Cytometry Gating Strategies for Measurable Residual Disease in B-ALL')], sp=14,
             size=14, lsize=8.5),
        COLS([('ACTIVITY ID', 'LV-25-0812'), ('FORMAT', 'Live Virtual Session'), ('CMLE CREDITS', '1.0')], sp=14,
             size=12, lsize=8.5),
        P('The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing '
          'Medical Education to provide continuing medical education for physicians. ASCP designates this live activity '
          'for a maximum of 1.0 AMA PRA Category 1 Credit\u2122. Physicians should claim only the credit commensurate '
          'with the extent of their participation in the activity. ASCP designates this activity for 1.0 CMLE credit '
          'for laboratory professionals.', size=9, al='l', sp=16),
        SIGS([('E. Harrow-Lindqvist', 'Evelyn Harrow-Lindqvist, MD, FASCP', 'Chair, Council on Continuing Education'),
              ('R. D. Oyelowo', 'Rafael D. Oyelowo, MBA, MLS(ASCP)', 'Director, Learning Services')], w=0.9, sp=12,
             size=9),
    ])

# ============================================================== yl21 AABB two-day workshop, docx, 2 pages
cert('yl21', 'docx', gold(
    'aabb', ['portrait', '2-page', 'centred', 'date-range', 'agenda-table', 'multiple-credit-types',
             'for-and-in-provider-name', 'hyphenated-name', 'signature-block', 'border'],
    'Two-day workshop (February 24\u201325, 2025): gold date is the last day. Page 2 carries the agenda with daily '
    'hours (6.0 + 6.0 = 12.0) and ANCC nursing hours (11.5, distractor) plus the certificate number (distractor). '
    '"Course No." is the activity id.',
    'Ingrid Solberg-Achebe',
    'Quality Systems Essentials for Cellular Therapy Facilities',
    '2025-02-25', 12.0, 'contact hour',
    ['Association for the Advancement of Blood & Biotherapies', 'AABB'], 'CT-QSE-0225'),
    orient='P', font='times', border='double', bcolor='#7a1f2b', margin=72, top=64, spx=2.2,
    meta_title='AABB Workshop Certificate', meta_author='AABB',
    footer=[dict(s='AABB  \u2022  Bethesda, Maryland  \u2022  www.aabb.org', size=7.5)],
    blocks=[
        T('AABB', size=34, b=True, color='#7a1f2b', f='helv', sp=10),
        T('Association for the Advancement of Blood & Biotherapies', size=12, f='helv', sp=2, color='#7a1f2b'),
        T('Certificate of Completion', size=28, i=True, sp=30),
        T('This certifies that', size=12, sp=20),
        T('Ingrid Solberg-Achebe', size=22, b=True, sp=8),
        T('successfully completed the two-day workshop', size=12, sp=14),
        T('Quality Systems Essentials for Cellular Therapy Facilities', size=16, b=True, sp=8),
        T('Bethesda, Maryland  \u2022  February 24\u201325, 2025', size=11.5, sp=6),
        KV([('Course No.', 'CT-QSE-0225'), ('P.A.C.E.\u00ae contact hours', '12.0')], w=0.6, lw=0.55, sp=18, size=11.5),
        SIGS([('R. Castellanos', 'Rosa Castellanos, MD', 'Chair, Education Committee'),
              ('G. Montoya-Hurst', 'Graciela Montoya-Hurst, MT(ASCP)SBB', 'Director, Education Programs')],
             w=1.0, sp=40, size=9.5),
        PAGE,
        T('Workshop Agenda and Credit Summary', size=16, b=True, al='l', f='helv', color='#7a1f2b'),
        T('Quality Systems Essentials for Cellular Therapy Facilities  \u2022  February 24\u201325, 2025', size=10.5,
          al='l', sp=4),
        TAB(['Day', 'Topics', 'Contact Hours'],
            [['Monday, Feb. 24', 'Quality system essentials; document control; change control', '6.0'],
             ['Tuesday, Feb. 25', 'Deviations and CAPA; internal audits; validation planning', '6.0'],
             ['', 'Total', '12.0']], [0.24, 0.56, 0.2], sp=14, size=10),
        P('AABB ' + PACE + ' This workshop is approved for 12.0 contact hours. AABB is accredited as a provider of '
          'nursing continuing professional development by the American Nurses Credentialing Center\u2019s Commission '
          'on Accreditation; this workshop provides 11.5 nursing contact hours.', size=10, al='l', sp=16),
        T('Certificate number: AABB-CE-25-118840', size=10, al='l', sp=16),
        T('Issued: March 3, 2025', size=10, al='l', sp=2),
    ])

# ============================================================== yl22 AABB live webinar, fpdf, issuer line only
cert('yl22', 'fpdf', gold(
    'aabb', ['portrait', 'centred-award', 'issuer-line', 'format-line', 'wrapped-title+label',
             'program-no-without-colon', 'for-and-in-provider-name', 'credentials-after-name', 'border'],
    'Provider appears only as the issuer line above "CERTIFICATE OF COMPLETION" (no short form printed). '
    '"LIVE WEBINAR" is a format line; the two-line title is directly followed by "Date of completion:". '
    '"Program No. 254-310-25" has no colon. Print date is a distractor.',
    'Oluwaseun Adeyemi-Clarke',
    'Antibody Identification in the Multiply Transfused Patient: Resolving Mixtures of Alloantibodies',
    '2025-11-19', 1.0, 'contact hour', ['Association for the Advancement of Blood & Biotherapies'], '254-310-25'),
    orient='P', font='times', border='thick', bcolor='#7a1f2b', margin=72, top=76,
    meta_title='Certificate of Completion', meta_author='Education',
    footer=[dict(s='Certificate printed 12/01/2025', size=7.5, y=46, f='helv')],
    blocks=[
        T('Association for the Advancement of Blood & Biotherapies', size=13, f='helv', color='#7a1f2b', b=True),
        T('CERTIFICATE OF COMPLETION', size=24, b=True, ls=2, sp=10),
        T('This is to certify that', size=12, i=True, sp=30),
        T('Oluwaseun Adeyemi-Clarke, BS, MLS(ASCP)CM', size=19, b=True, sp=10),
        T('has completed the', size=12, i=True, sp=20),
        T('LIVE WEBINAR', size=11, f='helv', b=True, ls=2, sp=6, color='#7a1f2b'),
        T('Antibody Identification in the Multiply Transfused Patient:\nResolving Mixtures of Alloantibodies',
          size=15, b=True, sp=8),
        T('Date of completion: 11/19/2025', size=11.5, sp=2),
        T('Program No. 254-310-25', size=11.5, sp=18),
        T('This program is approved for 1.0 P.A.C.E.\u00ae contact hour.', size=11.5, sp=4),
        SIGS([('Graciela Montoya-Hurst', 'Graciela Montoya-Hurst, MT(ASCP)SBB', 'Director, Education Programs')],
             w=0.55, sp=40, size=10),
    ])

# ============================================================== yl23 CAP inspector training, tcpdf
cert('yl23', 'tcpdf', gold(
    'cap', ['landscape', 'centred', 'honorific-and-credentials', 'hyphenated-name', 'credit-table',
            'multiple-credit-types', 'training-title', 'two-column-label-value', 'border', 'seal'],
    'Leading "Dr." and trailing credentials dropped. "Training" is part of the course title. Credit table: AMA '
    'PRA maximum 3.0 (not claimed) and P.A.C.E. 3.0 earned; gold is the P.A.C.E. figure. Customer number is a '
    'distractor.',
    'Sunita Raghavan-Moore',
    'Inspection Team Member Training: Laboratory General and All Common Checklists',
    '2025-06-30', 3.0, 'contact hour', ['College of American Pathologists', 'CAP'], 'IT-2025-LG01'),
    orient='L', font='dvsans', border='double', bcolor='#004b6b', margin=64, top=50,
    seal=dict(s='CAP\nACCREDITED\nCE', x=0.87, y=478, r=36, color='#004b6b', size=7),
    meta_title='CAP Certificate of Completion', meta_author='College of American Pathologists',
    footer=[dict(s='Customer No. 5520187  \u2022  College of American Pathologists  \u2022  Northfield, Illinois',
                 size=7, y=36, f='dvsans')],
    blocks=[
        T('College of American Pathologists', size=18, b=True, color='#004b6b'),
        T('Certificate of Completion', size=24, sp=10, f='dvserif'),
        T('This certifies that', size=11, sp=10),
        T('Dr. Sunita Raghavan-Moore, DCLS, MLS(ASCP)CM', size=18, b=True, sp=6),
        T('has completed', size=11, sp=8),
        T('Inspection Team Member Training: Laboratory General and All Common Checklists', size=14, b=True, sp=4),
        KV([('Course ID:', 'IT-2025-LG01'), ('Course Completed:', '06/30/2025')], w=0.5, lw=0.48, sp=10, size=10.5),
        TAB(['Credit', 'Maximum', 'Earned'],
            [['AMA PRA Category 1 Credits\u2122', '3.0', 'Not claimed'],
             ['ASCLS P.A.C.E.\u00ae contact hours', '3.0', '3.0']], [0.56, 0.2, 0.24], w=0.62, sp=10, size=9.5),
        P('The College of American Pathologists (CAP) is accredited by the ACCME to provide continuing medical '
          'education for physicians. The CAP designates this enduring material for a maximum of 3.0 AMA PRA Category 1 '
          'Credits\u2122. The CAP ' + PACE, size=8, w=0.72, sp=10),
    ])

# ============================================================== yl24 ASCLS live virtual session, rlcanvas (DejaVu)
cert('yl24', 'rlcanvas', gold(
    'ascls', ['landscape', 'centred', 'letter-spaced-name', 'all-caps-name', 'accented-name', 'format-line',
              'meeting-word-in-title', 'border'],
    'Letter-spaced capital name with a Polish accent. "Live Virtual Session" is a format line; "Meeting" is part '
    'of the session title. "Event No." is the activity id; member number is a distractor.',
    'TOMASZ WI\u015aNIEWSKI',
    'Meeting the Moment: Mentoring New Graduates at the Bench',
    '2025-10-07', 1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '25-VS-1007'),
    orient='L', font='dvsans', border='single', bcolor='#0f4c81', margin=66, top=56, topbar='#0f4c81',
    meta_title='ASCLS Certificate of Attendance', meta_author='ASCLS',
    footer=[dict(s='Member No. 301-77841  \u00b7  www.ascls.org', size=7.5, y=38, f='dvsans')],
    blocks=[
        T('ASCLS', size=28, b=True, color='#0f4c81'),
        T('American Society for Clinical Laboratory Science', size=12, sp=2, color='#0f4c81'),
        T('Certificate of Attendance', size=24, f='dvserif', i=True, sp=16),
        T('This certifies that', size=11, sp=12),
        T('TOMASZ WI\u015aNIEWSKI', size=20, ls=5, sp=8),
        T('attended the', size=11, sp=10),
        T('Live Virtual Session', size=11, i=True, sp=4, color='#0f4c81'),
        T('Meeting the Moment: Mentoring New Graduates at the Bench', size=16, b=True, sp=4),
        T('Session date: 10/07/2025', size=11, sp=4),
        KV([('Event No.:', '25-VS-1007'), ('P.A.C.E.\u00ae Contact Hours:', '1.0')], w=0.52, lw=0.58, sp=12, size=10.5),
        P('ASCLS P.A.C.E.\u00ae (Professional Acknowledgment for Continuing Education) credit is accepted by the ASCP '
          'Board of Certification and by state licensure agencies.', size=8.5, w=0.7, sp=10),
        SIGS([('Marguerite Okonkwo-Dale', 'Marguerite Okonkwo-Dale, MS, MLS(ASCP)CM', 'Chair, ASCLS Education and Scientific Assembly')],
             w=0.45, sp=12, size=9),
    ])

# ============================================================== yl25 P.A.C.E. provider (office), Platypus
cert('yl25', 'platypus', gold(
    'pace_provider', ['portrait', 'centred', 'format-line', 'department-provider', 'accented-name',
                      'day-month-year-date', 'two-column-label-value', 'border'],
    '"Self-Study Module" is a format line. Reference laboratory office as provider (institution alone plus '
    '"Institution, Office"). "Offering No." is the activity id; account number is a distractor. Date printed '
    'day-month-year.',
    'Mar\u00eda Jos\u00e9 Etxeberria',
    'Specimen Rejection Criteria and Pre-Analytical Error Reduction',
    '2025-03-11', 2.0, 'contact hour',
    ['Pinecrest Reference Laboratories', 'Pinecrest Reference Laboratories, Office of Professional Development'],
    'PRL-SS-0311'),
    orient='P', font='times', border='double', bcolor='#2b5f2b', margin=72, top=76, spx=2.4,
    meta_title='Continuing Education Certificate', meta_author='Pinecrest Reference Laboratories',
    footer=[dict(s='Client account 11-40387  \u2022  pinecrestlabs.com/education', size=7.5, y=46, f='helv')],
    blocks=[
        T('Pinecrest Reference Laboratories', size=19, b=True, color='#2b5f2b'),
        T('Office of Professional Development', size=11.5, i=True, sp=2),
        T('Continuing Education Certificate', size=24, sp=18),
        T('This certificate is awarded to', size=12, i=True, sp=16),
        T('Mar\u00eda Jos\u00e9 Etxeberria', size=21, b=True, sp=8),
        T('for successful completion of the', size=12, i=True, sp=12),
        T('Self-Study Module', size=11.5, sp=4, color='#2b5f2b', f='helv'),
        T('Specimen Rejection Criteria and Pre-Analytical Error Reduction', size=15, b=True, sp=4),
        KV([('Completed on:', '11 March 2025'), ('Offering No.:', 'PRL-SS-0311'), ('Contact hours:', '2.0')],
           w=0.55, lw=0.45, sp=16, size=11),
        P('Pinecrest Reference Laboratories ' + PACE, size=9.5, w=0.8, sp=14, i=True),
        SIGS([('Constance Ahlberg', 'Constance Ahlberg, MS, MLS(ASCP)CM', 'Manager, Office of Professional Development')],
             w=0.55, sp=18, size=9.5),
    ])

# ============================================================== yl26 LabCE, AcroForm, table
cert('yl26', 'acroform', gold(
    'labce', ['portrait', 'acroform-flattened', 'course-table', 'accented-name', 'hyphenated-name', 'left-aligned'],
    'Filled form whose course row is a small table (course number, title, date, hours). Order ID and print date '
    'are distractors.',
    'Ren\u00e9e Dufresne-Tran',
    'Preventing Medical Errors in the Clinical Laboratory',
    '2025-12-05', 2.0, 'contact hour', ['LabCE'], 'LC-1170'),
    orient='P', font='helv', margin=60, top=60, topbar='#e0701e',
    meta_title='LabCE Certificate', meta_author='LabCE',
    footer=[dict(s='Order ID 5523091  \u00b7  Printed 12/06/2025  \u00b7  LabCE.com', size=7.5, y=40, al='l')],
    blocks=[
        T('LabCE', size=28, b=True, al='l', color='#e0701e'),
        T('Continuing Education for Laboratory Professionals', size=9.5, al='l', color='#555555'),
        T('Certificate of Completion', size=22, sp=30),
        T('This is to certify that', size=11, sp=16),
        T('Ren\u00e9e Dufresne-Tran', size=20, b=True, sp=6, field='learner'),
        T('has successfully completed the following course:', size=11, sp=12),
        TAB(['Course Number', 'Course Title', 'Date Completed', 'Contact Hours'],
            [['LC-1170', 'Preventing Medical Errors in the Clinical Laboratory', '12/05/2025', '2.0']],
            [0.17, 0.5, 0.18, 0.15], sp=14, size=9.5, hbg='#fbe3d0', fields=True),
        P('LabCE ' + PACE + ' This course is approved for 2.0 P.A.C.E.\u00ae contact hours. Florida licensees: this '
          'course meets the Florida requirement for 2 hours of Prevention of Medical Errors.', size=9.5, al='l', sp=20),
        SIGS([('Amanda Keel-Rutherford', 'Amanda Keel-Rutherford, MS, MLS(ASCP)CM', 'Director of Education, LabCE')],
             w=0.5, sp=30, size=9.5),
    ])

# ============================================================== yl27 MediaLab, PostScript, 2 pages
cert('yl27', 'ps', gold(
    'medialab', ['portrait', '2-page', 'centred', 'orientation-title', 'two-column-label-value', 'accented-name',
                 'hyphenated-name', 'border'],
    '"Orientation" is part of the course title. Page 2 lists objectives and the verification code (distractor). '
    'Provider printed as "MediaLab, Inc." and "MediaLab".',
    'Guadalupe Rinc\u00f3n-Villarreal',
    'Blood Bank Orientation: Resolving ABO Discrepancies for New Staff',
    '2025-01-14', 1.5, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-5518'),
    orient='P', font='helv', border='single', bcolor='#3b6ea5', margin=72, top=72,
    meta_title='MediaLab Certificate of Completion', meta_creator='medialab-cert.ps',
    footer=[dict(s='MediaLab, Inc.  \u2022  www.medialabinc.net', size=7.5, y=44)],
    blocks=[
        T('MediaLab', size=30, b=True, color='#3b6ea5'),
        T('Continuing Education for Laboratory Professionals', size=10, sp=2, color='#555555'),
        T('Certificate of Completion', size=26, f='times', sp=50),
        T('This certifies that', size=11.5, sp=34),
        T('Guadalupe Rinc\u00f3n-Villarreal', size=21, b=True, sp=10),
        T('has completed the course', size=11.5, sp=22),
        T('Blood Bank Orientation: Resolving ABO Discrepancies for New Staff', size=15, b=True, sp=6),
        KV([('Course Number:', 'ML-5518'), ('Date Completed:', '01/14/2025'), ('Contact Hours:', '1.5'),
            ('Employer:', 'Saint Anselm Regional Medical Center')], w=0.8, lw=0.4, sp=36, size=11, lal='r', gap=6),
        P('MediaLab, Inc. ' + PACE + ' This course is approved for 1.5 contact hours.', size=9.5, w=0.8, sp=36,
          i=True),
        SIGS([('Dana Whitfield-Sousa', 'Dana Whitfield-Sousa, MS, MLS(ASCP)CM', 'Director, Continuing Education')],
             w=0.5, sp=44, size=9.5),
        T('Page 1 of 2', size=8, sp=50, color='#777777'),
        PAGE,
        T('Course Information', size=16, b=True, al='l', color='#3b6ea5'),
        T('Blood Bank Orientation: Resolving ABO Discrepancies for New Staff', size=11, al='l', sp=6),
        T('Objectives', size=12, b=True, al='l', sp=16),
        T('\u2022  Recognize the common causes of ABO forward/reverse grouping discrepancies.\n'
          '\u2022  Select additional testing to resolve weak or missing antigens and antibodies.\n'
          '\u2022  Apply the department\u2019s procedure for documenting and reporting unresolved discrepancies.',
          size=10.5, al='l', sp=6, lead=1.5),
        T('Verification', size=12, b=True, al='l', sp=18),
        T('Verification code: 7KQ2-MX81-55TD\nLearner account: g.rincon.villarreal\nCertificate generated: 01/14/2025 10:22',
          size=10.5, al='l', sp=6, lead=1.4),
        T('Page 2 of 2', size=8, sp=440, color='#777777'),
    ])

# ============================================================== yl28 AACC-era webinar, Chromium
cert('yl28', 'chromium', gold(
    'adlm', ['landscape', 'centred-award', 'format-line', 'claim-date-distractor', 'accented-name',
             'hyphenated-name', 'border', 'signature-block'],
    'Pre-2024 AACC certificate (American Association for Clinical Chemistry). "LIVE WEBINAR" is a format line. '
    'The credit-claim date and certificate number are distractors; ACCENT credit = contact hour.',
    'Bj\u00f8rn Henriksen-Lowe',
    'Mass Spectrometry in the Clinical Laboratory: Troubleshooting LC-MS/MS Immunosuppressant Assays',
    '2023-02-16', 1.0, 'contact hour', ['American Association for Clinical Chemistry', 'AACC'], '23-WB-0216'),
    orient='L', font='helv', border='double', bcolor='#00695c', margin=66, top=56, spx=1.4,
    meta_title='AACC Certificate', meta_author='AACC',
    footer=[dict(s='Certificate No. 2023-ACC-771205  \u2022  Credit claimed on March 2, 2023  \u2022  www.aacc.org', size=7.5)],
    blocks=[
        T('AACC', size=30, b=True, color='#00695c'),
        T('American Association for Clinical Chemistry', size=12, sp=0, color='#00695c'),
        T('Certificate of Participation', size=26, f='palat', i=True, sp=14),
        T('This is to certify that', size=11, sp=10),
        T('Bj\u00f8rn Henriksen-Lowe', size=21, b=True, sp=6),
        T('participated in the', size=11, sp=8),
        T('LIVE WEBINAR', size=10, b=True, ls=2, sp=4, color='#00695c'),
        T('Mass Spectrometry in the Clinical Laboratory:\nTroubleshooting LC-MS/MS Immunosuppressant Assays', size=15,
          b=True, sp=4),
        T('Webinar date: February 16, 2023', size=11, sp=4),
        T('Activity ID: 23-WB-0216     ACCENT\u00ae credit awarded: 1.0', size=11, sp=4),
        P('AACC designates this activity for a maximum of 1.0 ACCENT\u00ae credit. ACCENT\u00ae credits are equivalent '
          'to contact hours and are accepted by the ASCP Board of Certification for the Credential Maintenance Program.',
          size=8.5, w=0.75, sp=10, i=True),
        SIGS([('P. Oduya', 'Philippa Oduya, PhD, DABCC', 'Chair, Education Core Committee')], w=0.45, sp=6, size=9),
    ])

# ============================================================== yl29 NSH on-demand webinar, fodt
cert('yl29', 'fodt', gold(
    'nsh', ['portrait', 'centred', 'letter-spaced-name', 'all-caps-name', 'hyphenated-name', 'format-line',
            'wrapped-title+label', 'border'],
    'Letter-spaced capital name. "On-Demand Webinar" is a format line; the two-line title is directly followed by '
    '"Date of completion:". "Course No." is the activity id; member ID is a distractor.',
    'SARAH OKAFOR-BELL',
    'Immunohistochemistry Troubleshooting: Antigen Retrieval, Background and Weak Staining',
    '2025-05-06', 1.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'NSH-W25-14'),
    orient='P', font='times', border='double', bcolor='#6b2d5c', margin=72, top=72, spx=1.9,
    meta_title='NSH Certificate of Completion', meta_author='NSH',
    footer=[dict(s='NSH Member ID 0077214  \u2022  www.nsh.org', size=7.5, f='helv')],
    blocks=[
        T('National Society for Histotechnology', size=18, b=True, color='#6b2d5c'),
        T('NSH Continuing Education', size=11, sp=2, color='#555555'),
        T('Certificate of Completion', size=26, i=True, sp=26),
        T('awarded to', size=12, i=True, sp=16),
        T('SARAH OKAFOR-BELL', size=18, ls=4.5, sp=8),
        T('for completing the', size=12, i=True, sp=14),
        T('On-Demand Webinar', size=11.5, sp=4, color='#6b2d5c', f='helv'),
        T('Immunohistochemistry Troubleshooting: Antigen Retrieval,\nBackground and Weak Staining', size=15, b=True,
          sp=6),
        T('Date of completion: 05/06/2025', size=11, sp=2),
        KV([('Course No.:', 'NSH-W25-14'), ('Contact hours:', '1.0')], w=0.5, lw=0.5, sp=16, size=11),
        P('The National Society for Histotechnology ' + PACE, size=9.5, w=0.8, sp=14, i=True),
        SIGS([('R. Kowalski', 'Renata Kowalski, HTL(ASCP)QIHC', 'NSH Education Chair')], w=0.5, sp=20, size=9.5),
    ])

# ============================================================== yl30 AMT regional seminar, docx
cert('yl30', 'docx', gold(
    'amt', ['landscape', 'centred', 'meeting-attendance-no-session', 'date-range', 'two-column-label-value',
            'border', 'signature-block'],
    'Attendance at a whole two-day seminar without a session title: title is the seminar name, date is the last '
    'day (October 24\u201325, 2025). "Event No." is the activity id; member number is a distractor. CE hours unit.',
    'Latoya Brennan-Okoro',
    'AMT Mid-Atlantic Regional Educational Seminar',
    '2025-10-25', 9.5, 'CE hour', ['American Medical Technologists', 'AMT'], 'MAR-2025-10'),
    orient='L', font='palat', border='ornate', bcolor='#1c4587', margin=66, top=50, spx=1.5,
    meta_title='AMT Certificate of Attendance', meta_author='American Medical Technologists',
    footer=[dict(s='AMT Member No. 2087741  \u2022  American Medical Technologists  \u2022  americanmedtech.org', size=7.5)],
    blocks=[
        T('American Medical Technologists', size=20, b=True, color='#1c4587'),
        T('Certificate of Attendance', size=26, i=True, sp=12),
        T('This certifies that', size=11.5, sp=10),
        T('Latoya Brennan-Okoro, MLT(AMT)', size=20, b=True, sp=6),
        T('attended the', size=11.5, sp=8),
        T('AMT Mid-Atlantic Regional Educational Seminar', size=17, b=True, sp=4, color='#1c4587'),
        T('Harrisburg, Pennsylvania  \u2022  October 24\u201325, 2025', size=11, sp=4),
        KV([('Event No.:', 'MAR-2025-10'), ('CE hours earned:', '9.5 CE hours')], w=0.5, lw=0.5, sp=10, size=11),
        P('American Medical Technologists (AMT) ' + PACE, size=9, w=0.75, sp=8, i=True),
        SIGS([('Lorraine Bettencourt', 'Lorraine Bettencourt, MT(AMT)', 'Director, Continuing Education'),
              ('K. Abernathy', 'Kenneth Abernathy, MLT(AMT)', 'Seminar Chair')], w=0.85, sp=8, size=9),
    ])

# ============================================================== yl31 ASM on-demand webinar, fpdf
cert('yl31', 'fpdf', gold(
    'asm', ['portrait', 'centred', 'format-in-verb-line', 'presented-by', 'accented-name', 'hyphenated-name',
            'two-column-label-value', 'border'],
    'Format sits in the verb line ("has completed the on-demand webinar"). The title is followed by a '
    '"presented by <speaker, PhD>" line (distractor) and then "Completion date:".',
    'Mateo Ibarra-Qui\u00f1ones',
    'Fungal Identification by MALDI-TOF: Building and Validating a Custom Library',
    '2025-09-17', 1.0, 'contact hour', ['American Society for Microbiology', 'ASM'], 'ASM-W-2509'),
    orient='P', font='helv', border='single', bcolor='#00557f', margin=72, top=72,
    meta_title='ASM Certificate of Completion', meta_author='ASM',
    footer=[dict(s='American Society for Microbiology  \u2022  Washington, DC  \u2022  asm.org',
                 size=7.5, y=46)],
    blocks=[
        T('ASM', size=32, b=True, color='#00557f'),
        T('American Society for Microbiology', size=13, sp=2, color='#00557f'),
        T('Certificate of Completion', size=25, f='times', sp=32),
        T('This is to certify that', size=11.5, sp=22),
        T('Mateo Ibarra-Qui\u00f1ones', size=21, b=True, sp=8),
        T('has completed the on-demand webinar', size=11.5, sp=16),
        T('Fungal Identification by MALDI-TOF: Building and\nValidating a Custom Library', size=16, b=True, sp=8),
        T('presented by Priscilla Amankwah, PhD, D(ABMM)', size=10.5, f='times', i=True, sp=4, color='#444444'),
        T('Completion date: 09/17/2025', size=11, sp=10),
        KV([('Activity ID:', 'ASM-W-2509'), ('Contact hours:', '1.0 P.A.C.E.\u00ae')], w=0.55, lw=0.45, sp=22,
           size=11),
        P('The American Society for Microbiology ' + PACE, size=9.5, w=0.8, sp=20, i=True, f='times'),
        SIGS([('G. Lindahl', 'Gregor Lindahl, MS, SM(ASCP)', 'Director, Professional Development')], w=0.5, sp=34,
             size=9.5),
    ])

# ============================================================== yl32 CLSI QC course, tcpdf, labels above values
cert('yl32', 'tcpdf', gold(
    'clsi', ['landscape', 'labels-above-values', 'columns', 'issuer-line', 'and-in-provider-name',
             'hyphenated-name', 'left-aligned'],
    'Everything is in label-above-value columns (Participant | Date of Completion | Contact Hours; Course Title | '
    'Course Number). Issuer line under the logo. Order number and learner ID are distractors.',
    'Oksana Hrytsenko-Bauer',
    'Statistical Quality Control Planning with C24',
    '2025-03-27', 2.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'CLSI-EL-C24-02'),
    orient='L', font='dvsans', margin=60, top=50, topbar='#00663d',
    meta_title='CLSI Certificate', meta_author='CLSI eLearning',
    footer=[dict(s='Order No. SO-219904  |  Learner ID 00-551872  |  clsi.org', size=7.5, y=34, al='l', f='dvsans')],
    blocks=[
        T('CLSI', size=30, b=True, al='l', color='#00663d'),
        T('Clinical and Laboratory Standards Institute', size=11, al='l', sp=0, color='#333333'),
        T('Certificate of Completion', size=26, al='l', sp=20, f='dvserif'),
        COLS([('PARTICIPANT', 'Oksana Hrytsenko-Bauer'), ('DATE OF COMPLETION', 'March 27, 2025'),
              ('CONTACT HOURS', '2.0')], sp=22, size=14, lsize=8.5, rule=True),
        COLS([('COURSE TITLE', 'Statistical Quality Control Planning with C24'), ('COURSE NUMBER', 'CLSI-EL-C24-02')],
             widths=[0.667, 0.333], sp=18, size=14, lsize=8.5, rule=True),
        P('CLSI ' + PACE + ' This eLearning course has been approved for 2.0 P.A.C.E.\u00ae contact hours.',
          size=9.5, al='l', sp=22),
        SIGS([('Jocelyn Park-Ferreira', 'Jocelyn Park-Ferreira, MS, MT(ASCP)', 'Director, Education and Training')],
             w=0.4, sp=22, size=9.5),
    ])

# ============================================================== yl33 regional society webinar, rlcanvas
cert('yl33', 'rlcanvas', gold(
    'state_society', ['portrait', 'centred', 'format-line', 'wrapped-title+label', 'program-no-without-colon',
                      'hyphenated-name', 'border', 'seal'],
    '"Live Webinar" is a format line; two-line title is directly followed by "Date of webinar:". '
    '"Program No. 187-044-25" without colon. Webinar series name above is not part of the title.',
    'Keisha Montgomery-Vance',
    'Point-of-Care Testing Oversight: Competency, Quality Control and Regulatory Pitfalls',
    '2025-01-29', 1.5, 'contact hour', ['Great Lakes Society for Clinical Laboratory Science', 'GLSCLS'],
    '187-044-25'),
    orient='P', font='times', border='double', bcolor='#1b5e20', margin=72, top=72,
    seal=dict(s='GLSCLS\nEST. 1958', x=0.5, y=112, r=38, color='#1b5e20', size=7.5),
    meta_title='GLSCLS Webinar Certificate', meta_author='GLSCLS',
    footer=[dict(s='glscls.org  \u2022  Certificates are issued within 10 business days of the webinar', size=7.5,
                 y=46, f='helv')],
    blocks=[
        T('Great Lakes Society for Clinical Laboratory Science', size=16, b=True, color='#1b5e20'),
        T('GLSCLS Winter Webinar Series', size=11, sp=3, f='helv', color='#555555'),
        T('Certificate of Attendance', size=26, i=True, sp=26),
        T('This is to certify that', size=12, sp=18),
        T('Keisha Montgomery-Vance', size=21, b=True, sp=8),
        T('attended the', size=12, sp=14),
        T('Live Webinar', size=11.5, i=True, sp=4, color='#1b5e20'),
        T('Point-of-Care Testing Oversight: Competency, Quality\nControl and Regulatory Pitfalls', size=15.5, b=True,
          sp=4),
        T('Date of webinar: January 29, 2025', size=11, sp=2),
        T('Program No. 187-044-25', size=11, sp=14),
        T('P.A.C.E.\u00ae contact hours: 1.5', size=11, sp=3),
        P('The Great Lakes Society for Clinical Laboratory Science ' + PACE, size=9.5, w=0.8, sp=14, i=True),
        SIGS([('Doreen Kaczmarek', 'Doreen Kaczmarek, MS, MLS(ASCP)', 'GLSCLS Education Chair')], w=0.5, sp=16,
             size=9.5),
    ])

# ============================================================== yl34 regional meeting session, Platypus
cert('yl34', 'platypus', gold(
    'state_society', ['landscape', 'centred', 'conference-session', 'meeting-word-in-title', 'session-table',
                      'date-range', 'hyphenated-name', 'border'],
    'Session certificate at a three-day Fall Meeting (October 15\u201317, 2025): gold title is the session title '
    '(which itself contains "Meeting") and gold date is the session date, October 16. Session Number is the '
    'activity id; the meeting total of 14.0 hours offered is a distractor.',
    'Hiroshi Tanaka-Whitmore',
    'Laboratory Leadership Roundtable: Running an Effective Staff Meeting',
    '2025-10-16', 1.5, 'contact hour', ['Mountain West Clinical Laboratory Association', 'MWCLA'], 'FM25-3B'),
    orient='L', font='helv', border='thick', bcolor='#5d4037', margin=64, top=54, spx=2.6,
    meta_title='MWCLA Session Certificate', meta_author='MWCLA',
    footer=[dict(s='MWCLA  \u2022  P.O. Box 2210, Boise, ID 83701  \u2022  mwcla.org', size=7.5, y=36)],
    blocks=[
        T('Mountain West Clinical Laboratory Association', size=18, b=True, color='#5d4037'),
        T('MWCLA 2025 Fall Meeting  \u2022  Boise, Idaho  \u2022  October 15\u201317, 2025', size=11, sp=4),
        T('Session Certificate', size=24, f='times', i=True, sp=14),
        T('Hiroshi Tanaka-Whitmore', size=20, b=True, sp=10),
        T('attended the following session of the Fall Meeting:', size=11, sp=6),
        TAB(['Session Number', 'Session', 'Date', 'Contact Hours'],
            [['FM25-3B', 'Laboratory Leadership Roundtable: Running an Effective Staff Meeting', 'October 16, 2025', '1.5']],
            [0.14, 0.56, 0.17, 0.13], w=0.95, sp=10, size=10, hbg='#efe5df'),
        P('The Mountain West Clinical Laboratory Association ' + PACE + ' The full Fall Meeting offers up to 14.0 '
          'contact hours; this certificate documents the session listed above only.', size=9, w=0.8, sp=10),
        SIGS([('A. Redcloud', 'Amelia Redcloud, MLS(ASCP)CM', 'Meeting Chair'),
              ('B. Sorensen', 'Birgit Sorensen, MS, MLS(ASCP)', 'Continuing Education Coordinator')], w=0.8, sp=12,
             size=9),
    ])

# ============================================================== yl35 hospital education council, AcroForm
cert('yl35', 'acroform', gold(
    'hospital_inservice', ['portrait', 'acroform-flattened', 'two-column-label-value', 'form-lines',
                           'department-provider', 'apostrophe-in-provider', 'hyphenated-name', 'left-aligned'],
    'Attendance record form (label/value with fill-in lines). "Program #" is the activity id; employee number '
    'is a distractor. Education Council of the hospital is the provider (institution alone plus "Institution, '
    'Council"). Time and location lines are distractors.',
    'Yolanda Fuentes-Garrido',
    'Point-of-Care Glucose Meter Operator Recertification and Competency Assessment',
    '2025-07-15', 0.5, 'contact hour',
    ["St. Brendan's Regional Hospital", "St. Brendan's Regional Hospital, Education Council"], 'EC-25-0417'),
    orient='P', font='helv', margin=64, top=56,
    meta_title='Continuing Education Attendance Record', meta_author='Education Council',
    footer=[dict(s="St. Brendan's Regional Hospital  \u2022  Education Council  \u2022  Form EC-07 (rev. 01/2024)", size=7.5,
                 y=40)],
    blocks=[
        T("St. Brendan's Regional Hospital", size=18, b=True, al='l', color='#004d40'),
        T('Education Council', size=12, al='l', sp=2, color='#004d40'),
        RULE(sp=8, color='#004d40', lw=1.2),
        T('Continuing Education Attendance Record', size=18, b=True, sp=20),
        T('Certificate of Attendance', size=12, i=True, sp=2, f='times'),
        KV([('Name:', 'Yolanda Fuentes-Garrido'), ('Employee #:', '448213'), ('Department:', 'Clinical Laboratory'),
            ('Program:', 'Point-of-Care Glucose Meter Operator Recertification\nand Competency Assessment'),
            ('Program #:', 'EC-25-0417'), ('Date:', '07/15/2025'), ('Time / Location:', '0700-0730, Laboratory Conference Room B'),
            ('Contact Hours:', '0.5')],
           w=0.92, lw=0.27, sp=22, size=11, fields=True, lines=True, gap=10),
        P("St. Brendan's Regional Hospital Education Council " + PACE + ' This program is approved for 0.5 contact '
          'hour.', size=9.5, al='l', sp=20, w=0.92),
        SIGS([('Marisa Delacroix', 'Marisa Delacroix, BSN, RN', 'Chair, Education Council'),
              ('P. Yamamoto', 'Paul Yamamoto, MLS(ASCP)', 'Point-of-Care Coordinator')], w=0.95, sp=26, size=9.5),
    ])

# ============================================================== yl36 hospital department in-service, PostScript
cert('yl36', 'ps', gold(
    'hospital_inservice', ['landscape', 'centred', 'all-caps-name', 'suffix-name', 'department-provider',
                           'two-column-label-value', 'signature-block', 'border'],
    'Department of Pathology and Laboratory Medicine of a university medical center as provider (institution '
    'alone plus "Institution, Department"). All-caps name with suffix III. "Session ID" is the activity id; '
    'employee number is a distractor.',
    'WILLIAM J. HOLLOWAY III',
    'Blood Culture Contamination: Collection Technique and Feedback to Nursing Units',
    '2025-04-09', 0.5, 'contact hour',
    ['Oakhaven University Medical Center',
     'Oakhaven University Medical Center, Department of Pathology and Laboratory Medicine'], 'MICRO-IS-0409'),
    orient='L', font='times', border='double', bcolor='#283593', margin=64, top=54,
    meta_title='In-Service Certificate', meta_creator='ouhmc-inservice.ps',
    footer=[dict(s='Employee No. 0098815  \u2022  Oakhaven University Medical Center  \u2022  2500 University Avenue, Oakhaven, IA 52240',
                 size=7.5, y=36, f='helv')],
    blocks=[
        T('Oakhaven University Medical Center', size=20, b=True, color='#283593'),
        T('Department of Pathology and Laboratory Medicine', size=12.5, i=True, sp=2),
        T('Microbiology Section In-Service', size=11, sp=2, f='helv', color='#555555'),
        T('Certificate of Attendance', size=26, sp=16),
        T('WILLIAM J. HOLLOWAY III', size=20, b=True, sp=14),
        T('attended the in-service presentation', size=11.5, sp=8),
        T('Blood Culture Contamination: Collection Technique and Feedback to Nursing Units', size=16, b=True, sp=6),
        KV([('Session ID:', 'MICRO-IS-0409'), ('Presented:', '04/09/2025'), ('Contact Hours:', '0.5 P.A.C.E.\u00ae')],
           w=0.5, lw=0.45, sp=12, size=11, lal='r', gap=4),
        P('Oakhaven University Medical Center, Department of Pathology and Laboratory Medicine ' + PACE,
          size=9, w=0.78, sp=10, i=True),
        SIGS([('N. Abernethy', 'Nora Abernethy, PhD, D(ABMM)', 'Director, Clinical Microbiology'),
              ('Curtis Lamarr', 'Curtis Lamarr, MS, MLS(ASCP)CM', 'Education Coordinator')], w=0.8, sp=10, size=9.5),
    ])

# ============================================================== yl37 public health sentinel training, Chromium
cert('yl37', 'chromium', gold(
    'public_health_lab', ['portrait', 'centred', 'two-column-label-value', 'date-range', 'hyphenated-name',
                          'training', 'seal', 'border'],
    'Two-day wet workshop (June 10\u201311, 2025): gold date is the last day. "Training No." is the activity id. '
    'Location line and coordinator are distractors.',
    'Dmitri Volkov-Ashby',
    'Sentinel Laboratory Rule-Out Training for Bioterrorism Agents',
    '2025-06-11', 7.0, 'contact hour', ['Cumberland Valley Public Health Laboratory', 'CVPHL'], 'SLT-25-06'),
    orient='P', font='century', border='thick', bcolor='#37474f', margin=72, top=70, spx=1.6,
    seal=dict(s='CVPHL\nSENTINEL\nTRAINING', x=0.5, y=108, r=40, color='#37474f', size=7.5),
    meta_title='Certificate of Completion', meta_author='CVPHL',
    footer=[dict(s='CVPHL  \u2022  1400 Ridge Road, Chambersburg, PA 17201  \u2022  Laboratory Outreach: (717) 555-0199',
                 size=7.5, y=46)],
    blocks=[
        T('Cumberland Valley Public Health Laboratory', size=17, b=True, color='#37474f'),
        T('CVPHL  \u2022  Laboratory Preparedness and Outreach', size=10.5, sp=2, color='#555555', f='helv'),
        T('Certificate of Completion', size=26, i=True, sp=24),
        T('This certifies that', size=12, sp=16),
        T('Dmitri Volkov-Ashby', size=21, b=True, sp=6),
        T('has completed the two-day hands-on workshop', size=12, sp=12),
        T('Sentinel Laboratory Rule-Out Training for Bioterrorism Agents', size=14, b=True, sp=6),
        KV([('Training No.:', 'SLT-25-06'), ('Dates:', 'June 10\u201311, 2025'), ('Location:', 'CVPHL Training Laboratory, BSL-2'),
            ('Contact Hours:', '7.0')], w=0.72, lw=0.35, sp=16, size=11, lal='r', gap=4),
        P('Cumberland Valley Public Health Laboratory ' + PACE, size=9.5, w=0.8, sp=14, i=True),
        SIGS([('A. Feldman-Osei', 'Ada Feldman-Osei, PhD', 'Laboratory Director'),
              ('R. Quist', 'Ronan Quist, MS, SM(ASCP)', 'Preparedness Coordinator')], w=0.95, sp=14, size=9.5),
    ])

# ============================================================== yl38 joint CME update, fpdf, 2 pages
cert('yl38', 'fpdf', gold(
    'joint_cme', ['portrait', '2-page', 'centred', 'date-range', 'credit-table', 'multiple-credit-types',
                  'department-provider', 'hyphenated-name', 'credentials-after-name', 'border'],
    'Two-day update (March 6\u20137, 2025): gold date is the last day. Credit table has AMA PRA 11.25, ANCC 11.25, '
    'ACPE 11.25 contact hours and P.A.C.E. 11.0 contact hours; gold is the P.A.C.E. figure. Page 2 has the joint '
    'accreditation statement and a printed/claimed date (distractor).',
    'Rosalind Chukwu-Pereira',
    '12th Annual Laboratory Medicine Update: Hematology and Hemostasis',
    '2025-03-07', 11.0, 'contact hour',
    ['Northfield University School of Medicine',
     'Northfield University School of Medicine, Office of Continuing Medical Education'], 'NU-CME-25-031'),
    orient='P', font='times', border='single', bcolor='#4a148c', margin=72, top=70,
    meta_title='Certificate of Attendance', meta_author='Office of Continuing Medical Education',
    footer=[dict(s='Northfield University School of Medicine  \u2022  Office of Continuing Medical Education', size=7.5,
                 y=46, f='helv')],
    blocks=[
        T('Northfield University School of Medicine', size=18, b=True, color='#4a148c'),
        T('Office of Continuing Medical Education', size=12, i=True, sp=2),
        T('Certificate of Attendance', size=26, sp=42),
        T('This is to certify that', size=12, sp=28),
        T('Rosalind Chukwu-Pereira, MS, SC(ASCP)', size=20, b=True, sp=10),
        T('attended the live activity', size=12, sp=14),
        T('12th Annual Laboratory Medicine Update: Hematology and Hemostasis', size=15, b=True, sp=6),
        T('Northfield University Conference Center  \u2022  March 6\u20137, 2025', size=11, sp=4),
        T('Activity ID: NU-CME-25-031', size=11, sp=4),
        TAB(['Credit type', 'Credits'],
            [['AMA PRA Category 1 Credits\u2122', '11.25'], ['ANCC nursing contact hours', '11.25'],
             ['ACPE contact hours (1.125 CEUs)', '11.25'], ['ASCLS P.A.C.E.\u00ae contact hours', '11.0']],
            [0.7, 0.3], w=0.7, sp=30, size=10.5, hbg='#ede3f5', f='helv'),
        T('Laboratory professionals: claim the P.A.C.E.\u00ae contact hours shown above.', size=10, i=True, sp=12),
        SIGS([('Harriet Vandermolen', 'Harriet Vandermolen, MD', 'Course Director'),
              ('S. Adebayo', 'Samuel Adebayo, MEd', 'Director, Office of Continuing Medical Education')],
             w=0.95, sp=50, size=9.5),
        T('Page 1 of 2', size=8, sp=60, color='#777777', f='helv'),
        PAGE,
        T('Accreditation Statements', size=15, b=True, al='l', color='#4a148c', f='helv'),
        RULE(sp=6, color='#4a148c'),
        P('In support of improving patient care, Northfield University School of Medicine is jointly accredited by the '
          'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy '
          'Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for '
          'the healthcare team.', size=10.5, al='l', sp=12),
        P('Northfield University School of Medicine designates this live activity for a maximum of 11.25 AMA PRA '
          'Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their '
          'participation in the activity.', size=10.5, al='l', sp=10),
        P('Northfield University School of Medicine, Office of Continuing Medical Education ' + PACE + ' This '
          'activity is approved for 11.0 P.A.C.E.\u00ae contact hours.', size=10.5, al='l', sp=10),
        T('Credit claimed: 03/21/2025', size=10.5, al='l', sp=16),
        T('Page 2 of 2', size=8, sp=420, color='#777777', f='helv'),
    ])

# ============================================================== yl39 college CEU, rlcanvas
cert('yl39', 'rlcanvas', gold(
    'university_ceu', ['landscape', 'centred-award', 'ceu', 'suffix-name', 'safety-title', 'conferral-date-distractor',
                       'department-provider', 'signature-block', 'border', 'seal'],
    'CEU certificate: 0.6 CEUs = 6 points. Name keeps the suffix "Sr.". "Safety" is part of the course title. '
    'Completion date is gold; the conferral date is a distractor.',
    'Emeka Nwachukwu Sr.',
    'Phlebotomy Skills Refresher and Safety Update',
    '2025-08-08', 0.6, 'CEU',
    ['Lakemont College of Health Sciences', 'Lakemont College of Health Sciences, Center for Professional Education'],
    'PHB-105-02'),
    orient='L', font='times', border='ornate', bcolor='#1a237e', margin=66, top=54,
    seal=dict(s='LAKEMONT\nCOLLEGE\n1962', x=0.5, y=94, r=36, color='#b8860b', size=7.5),
    meta_title='CEU Certificate', meta_author='Lakemont College of Health Sciences',
    blocks=[
        T('Lakemont College of Health Sciences', size=22, b=True, color='#1a237e'),
        T('Center for Professional Education', size=12, i=True, sp=2),
        T('Certificate of Continuing Education', size=26, sp=16),
        T('is hereby awarded to', size=12, i=True, sp=12),
        T('Emeka Nwachukwu Sr.', size=22, b=True, sp=6),
        T('who has successfully completed', size=12, i=True, sp=10),
        T('Phlebotomy Skills Refresher and Safety Update', size=17, b=True, sp=4),
        T('Course No.: PHB-105-02   \u2022   Completed: 08/08/2025   \u2022   Conferred: August 15, 2025', size=11, sp=8),
        T('0.6 Continuing Education Units (CEUs)', size=13, b=True, sp=8, color='#1a237e'),
        SIGS([('Gwendolyn Asante', 'Gwendolyn Asante, EdD', 'Director, Center for Professional Education'),
              ('Paulo Mendes', 'Paulo Mendes, MS, PBT(ASCP)', 'Course Instructor')], w=0.95, sp=14, size=9.5),
    ])

# ============================================================== yl40 vendor on-demand webinar, Platypus
cert('yl40', 'platypus', gold(
    'vendor', ['portrait', 'centred', 'issuer-line', 'format-line', 'wrapped-title', 'presented-by',
               'iso-date', 'hyphenated-name', 'border'],
    'Provider printed as "Issued by Corvell Biosystems Academy" under the heading and again in the P.A.C.E. '
    'statement. "On-Demand Webinar" is a format line; the two-line title is followed by a "presented by" line '
    '(distractor) and then the ISO completion date. Customer account is a distractor.',
    'Anjali Deshpande-Ruiz',
    'Six Sigma Metrics for QC Planning: From Allowable Total Error to Multirule Selection',
    '2025-12-09', 1.0, 'contact hour', ['Corvell Biosystems Academy'], 'CBA-W-1209'),
    orient='P', font='helv', border='double', bcolor='#00838f', margin=72, top=72, spx=2.0,
    meta_title='Certificate of Completion', meta_author='Corvell Biosystems Academy',
    footer=[dict(s='Customer account 30-7741-0925  \u2022  academy.corvellbio.com', size=7.5, y=46)],
    blocks=[
        T('Certificate of Completion', size=28, b=True, color='#00838f'),
        T('Issued by Corvell Biosystems Academy', size=11, sp=4, color='#444444'),
        T('This certificate acknowledges that', size=11.5, sp=26),
        T('Anjali Deshpande-Ruiz', size=21, b=True, sp=8),
        T('has completed the', size=11.5, sp=14),
        T('On-Demand Webinar', size=11, i=True, sp=4, color='#00838f'),
        T('Six Sigma Metrics for QC Planning: From Allowable\nTotal Error to Multirule Selection', size=15, b=True,
          sp=4),
        T('presented by Dr. Leopold Vasquez-Henning, PhD, Senior Scientific Affairs Manager', size=9.5, i=True, sp=6,
          color='#555555'),
        T('Completed: 2025-12-09', size=11, sp=8),
        KV([('Course ID:', 'CBA-W-1209'), ('Credit:', '1.0 P.A.C.E.\u00ae contact hour')], w=0.56, lw=0.38, sp=14,
           size=11),
        P('Corvell Biosystems Academy ' + PACE, size=9.5, w=0.8, sp=14, i=True),
        SIGS([('Marguerite Lanier', 'Marguerite Lanier, MBA, MT(ASCP)', 'Program Manager, Corvell Biosystems Academy')],
             w=0.55, sp=26, size=9.5),
    ])
