# -*- coding: utf-8 -*-
"""The 40 certificates of the z27 blind set: page description, blocks and gold.

Every person, hospital, university, vendor and activity here is invented.
Real organisation names (ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM, CLSI,
LabCE, MediaLab) carry invented activities, numbers, signers and addresses.
"""


def T(text, size=12, **kw):
    d = dict(k='T', text=text, size=size)
    d.update(kw)
    return d


def KV(rows, **kw):
    d = dict(k='KV', rows=rows)
    d.update(kw)
    return d


def COLS(cells, **kw):
    d = dict(k='COLS', cells=cells)
    d.update(kw)
    return d


def TABLE(head, rows, **kw):
    d = dict(k='TABLE', head=head, rows=rows)
    d.update(kw)
    return d


def SIGS(sigs, **kw):
    d = dict(k='SIGS', sigs=sigs)
    d.update(kw)
    return d


def RULE(**kw):
    d = dict(k='RULE')
    d.update(kw)
    return d


def SP(h):
    return dict(k='SP', h=h)


def BR():
    return dict(k='BR')


def PACE(p, extra=''):
    return ('%s is approved as a provider of continuing education programs in the clinical laboratory sciences '
            'by the ASCLS P.A.C.E.\u00ae Program.%s' % (p, extra))


def JA(p):
    return ('In support of improving patient care, %s is jointly accredited by the Accreditation Council for '
            'Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the '
            'American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.'
            % p)


TM = '\u2122'
REG = '\u00ae'
NDASH = '\u2013'
MDASH = '\u2014'
MID = '\u00b7'

CERTS = []


def cert(**kw):
    CERTS.append(kw)


# ---------------------------------------------------------------------------
# ya01  ASCP CMLE, Chromium, landscape award, format line, long title + label
# ---------------------------------------------------------------------------
cert(id='ya01', style='ASCP', producer='chromium',
     layout=['landscape', 'centred-award', 'border-double', 'seal', 'signatures', 'format-line',
             'long-title-wrap+label', 'credentials', 'hyphenated-name', 'multi-credit', 'provider-with-for'],
     notes='ON-DEMAND WEBINAR format line between verb and title; title wraps and is followed by '
           '"Date of Completion:"; AMA PRA maximum is a distractor; customer ID and issue date in footer.',
     page=dict(orient='L', margin=[62, 80, 60, 80], font='serif', align='C',
               border=dict(style='double', color='#1f3a5f', inset=24),
               seal=dict(lines=['ASCP', 'CMLE', '2025'], pos='br', r=40, dx=64, dy=58, color='#1f3a5f'),
               footer=['Customer ID 00482719  ' + MID + '  Issued 03/15/2025  ' + MID + '  www.ascp.org/cmle'],
               footer_y=36, title='ASCP CMLE Certificate'),
     blocks=[
         T('American Society for Clinical Pathology', 19, b=True, color='#1f3a5f', after=2),
         T('Continuing Medical Laboratory Education', 10.5, i=True, color='#1f3a5f', after=12),
         T('CERTIFICATE OF COMPLETION', 24, ls=3, color='#7a1f1f', after=10),
         T('This certifies that', 12, i=True, after=4),
         T('Marisol Quintero-Vance, MLS(ASCP)CM', 30, font='script', after=6),
         T('has successfully completed the', 12, i=True, after=5),
         T('ON-DEMAND WEBINAR', 10, b=True, font='sans', ls=2, color='#555555', after=5),
         T('Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocytes, '
           'Platelets, and Pitfalls', 20, b=True, after=5, w=0.92, align='C'),
         T('Date of Completion: March 14, 2025', 12, after=3),
         T('Course Code: 25-WB-1187', 11, after=3),
         T('Credits Awarded: 1.0 CMLE', 12, b=True, after=10),
         T('The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for '
           'Continuing Medical Education to provide continuing medical education for physicians. ASCP designates '
           'this enduring material for a maximum of 1.0 AMA PRA Category 1 Credit' + TM + '. ASCP Continuing '
           'Medical Laboratory Education (CMLE) credit meets the continuing education requirements of the ASCP '
           'Board of Certification Credential Maintenance Program.', 8, font='sans', color='#444444', w=0.80,
           align='C', after=6),
         SIGS([['Renata Solberg, MD, FASCP', 'Vice President, Educational Programs', 'Renata Solberg']], w=0.34,
              gap=28),
     ],
     gold=dict(name='Marisol Quintero-Vance',
               title='Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocytes, '
                     'Platelets, and Pitfalls',
               date='2025-03-14', credits=1.0, unit='CMLE',
               provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='25-WB-1187'))

# ---------------------------------------------------------------------------
# ya02  AABB session certificate, LibreOffice .fodt, letter style
# ---------------------------------------------------------------------------
cert(id='ya02', style='AABB', producer='fodt',
     layout=['portrait', 'letter', 'left-aligned', 'two-column-kv', 'session-date', 'date-range', 'suffix',
             'credentials', 'provider-with-for/and', 'signatures'],
     notes='Session certificate at a conference: gold date is the session date (Oct 21), not the meeting range '
           'Oct 19-22 or the letter date; Registration ID is a distractor; CBRN figure is a distractor.',
     page=dict(orient='P', margin=[60, 72, 70, 72], font='sans', align='L',
               footer=['aabb.org  |  Page {p} of {n}'], footer_y=34, title='AABB Session Certificate'),
     blocks=[
         T('Association for the Advancement of Blood & Biotherapies', 15, b=True, color='#8b1a1a', after=1),
         T('1200 Meridian Plaza, Suite 400  |  Bethesda, MD 20814  |  +1.301.555.0147', 8.5, color='#555555',
           after=4),
         RULE(w=1.0, thick=1.2, color='#8b1a1a', after=18),
         T('November 4, 2024', 10.5, after=16),
         T('CERTIFICATE OF ATTENDANCE ' + MDASH + ' SESSION CREDIT', 13, b=True, after=12),
         T('This is to certify that', 10.5, after=4),
         T('Thomas R. Okafor Jr., MT(ASCP)SBB', 14, b=True, after=6),
         T('attended the following education session at the AABB Annual Meeting, held October 19' + NDASH +
           '22, 2024, in Houston, Texas:', 10.5, after=10),
         KV([['Session:', 'Cold-Stored Platelets in Practice: Operational Lessons from Early Adopting Hospitals'],
             ['Session Code:', '4127-TS'],
             ['Session Date:', 'October 21, 2024'],
             ['Contact Hours:', '1.5'],
             ['Registration ID:', 'R-2024-883157']], size=10.5, lw=0.24, w=0.95, indent=12, after=12),
         T(PACE('AABB', ' This session is approved for 1.5 P.A.C.E.' + REG + ' contact hours. AABB is also '
                'approved by the California Board of Registered Nursing, Provider Number CEP 15702, for 1.5 contact '
                'hours.'), 9.5, after=10),
         T('Please retain this certificate for your records for a minimum of four years.', 9.5, after=18),
         T('Sincerely,', 10.5, after=26),
         T('Gwendolyn Ferraro-Tate, MS, MT(ASCP)SBB', 10.5, b=True, after=1),
         T('Director, Education and Professional Development', 10, after=1),
     ],
     gold=dict(name='Thomas R. Okafor Jr.',
               title='Cold-Stored Platelets in Practice: Operational Lessons from Early Adopting Hospitals',
               date='2024-10-21', credits=1.5, unit='contact hour',
               provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'], activity_id='4127-TS'))

# ---------------------------------------------------------------------------
# ya03  CAP enduring material, docx via LibreOffice, two pages, max vs claimed
# ---------------------------------------------------------------------------
cert(id='ya03', style='CAP', producer='docx',
     layout=['portrait', 'centred-award', 'border', 'two-page', 'format-line', 'long-title-wrap+label', 'table',
             'multi-credit', 'max-vs-claimed', 'signatures', 'credentials'],
     notes='"Enduring Material" format line; title wraps then "Date of completion:"; credit table has Maximum '
           'and Claimed columns - gold is the claimed P.A.C.E. figure 1.25; issue date, transcript ID, release and '
           'expiration dates are distractors; page 2 carries the accreditation statements.',
     page=dict(orient='P', margin=[64, 66, 60, 66], font='palatino', align='C',
               border=dict(style='double', color='#004b87', inset=24),
               footer=['College of American Pathologists  ' + MID + '  Page {p} of {n}'], footer_y=30,
               title='CAP Certificate of Completion'),
     blocks=[
         T('College of American Pathologists', 20, b=True, color='#004b87', after=14),
         T('Certificate of Completion', 26, i=True, after=12),
         T('Presented to', 11, after=4),
         T('Priya Raghunathan, MD', 22, b=True, after=8),
         T('for successful completion of the', 11, after=4),
         T('Enduring Material', 11, i=True, color='#555555', after=6),
         T('Digital Pathology Validation for Primary Diagnosis: Applying Whole Slide Imaging Guidance in '
           'Community Practice', 16, b=True, after=6),
         T('Date of completion: February 9, 2025', 11, after=2),
         T('Activity Number: EM250317', 11, after=14),
         TABLE(['Credit Type', 'Maximum', 'Claimed'],
               [['AMA PRA Category 1 Credits' + TM, '1.50', '1.25'],
                ['ASCLS P.A.C.E.' + REG + ' Contact Hours', '1.50', '1.25'],
                ['ABPath CC Self-Assessment Module (SAM)', '1.50', MDASH]],
               widths=[0.58, 0.21, 0.21], w=0.86, size=10, after=14),
         T('Date issued: February 10, 2025          Transcript ID: T-77310452', 9.5, font='sans', after=24),
         SIGS([['Harold Benveniste, MD, FCAP', 'Chair, Council on Education']], w=0.45, gap=30),
         BR(),
         T('Accreditation and Credit Designation', 15, b=True, color='#004b87', after=10, align='L'),
         T('The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing '
           'Medical Education (ACCME) to provide continuing medical education for physicians.', 10.5, align='L',
           after=8),
         T('The CAP designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits' + TM +
           '. Physicians should claim only the credit commensurate with the extent of their participation in the '
           'activity.', 10.5, align='L', after=8),
         T(PACE('The CAP', ' This activity is approved for a maximum of 1.5 contact hours.'), 10.5, align='L',
           after=8),
         T('Successful completion of this CME activity enables the participant to earn up to 1.5 credits toward '
           'the Self-Assessment Module (SAM) requirement of the American Board of Pathology Continuing '
           'Certification program.', 10.5, align='L', after=14),
         T('Release date: January 15, 2025        Expiration date: January 14, 2028', 10, align='L', after=8),
         T('Retain this certificate for your records. Duplicate certificates are available from the CAP Learning '
           'transcript.', 10, align='L', after=8),
     ],
     gold=dict(name='Priya Raghunathan',
               title='Digital Pathology Validation for Primary Diagnosis: Applying Whole Slide Imaging Guidance in '
                     'Community Practice',
               date='2025-02-09', credits=1.25, unit='contact hour',
               provider=['College of American Pathologists', 'CAP'], activity_id='EM250317'))

# ---------------------------------------------------------------------------
# ya04  ASCLS live webinar, FPDF, caps name, Ethics title, Program No.
# ---------------------------------------------------------------------------
cert(id='ya04', style='ASCLS', producer='fpdf',
     layout=['landscape', 'centred-award', 'border-ornate', 'caps-name', 'hyphenated-name', 'format-line',
             'course-word-title', 'program-no-without-colon', 'provider-with-for', 'signatures'],
     notes='LIVE WEBINAR format line; title contains "Ethics"; "Program No. 001-118-25" without colon; ASCLS is '
           'its own P.A.C.E. provider; member number and generation date are distractors.',
     page=dict(orient='L', margin=[64, 76, 60, 76], font='serif', align='C',
               border=dict(style='ornate', color='#00557f', inset=22),
               footer=['Member No. 0051934   |   Certificate generated 04/18/2025'], footer_y=36,
               title='ASCLS Certificate of Participation'),
     blocks=[
         T('American Society for Clinical Laboratory Science', 19, b=True, color='#00557f', after=14),
         T('CERTIFICATE OF PARTICIPATION', 26, b=True, after=12),
         T('awarded to', 12, i=True, after=6),
         T('DEVONTE HARRIS-MBEKI', 24, b=True, after=10),
         T('for participation in the', 12, i=True, after=6),
         T('LIVE WEBINAR', 11, b=True, font='sans', color='#00557f', after=6),
         T('Ethics in the Laboratory: Navigating Result Release Under the 21st Century Cures Act', 18, b=True,
           after=8),
         T('Webinar date: April 17, 2025', 12, after=4),
         T('1.0 P.A.C.E.' + REG + ' Contact Hour', 12, b=True, after=4),
         T('Program No. 001-118-25', 11, after=12),
         T(PACE('ASCLS'), 9, font='sans', color='#333333', after=6),
         SIGS([['Lorraine Whitcombe, EdD, MLS(ASCP)CM', 'Director of Education']], w=0.36, gap=26),
     ],
     gold=dict(name='DEVONTE HARRIS-MBEKI',
               title='Ethics in the Laboratory: Navigating Result Release Under the 21st Century Cures Act',
               date='2025-04-17', credits=1.0, unit='contact hour',
               provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='001-118-25'))

# ---------------------------------------------------------------------------
# ya05  LabCE, TCPDF (DejaVu), two-column label/value, accented name
# ---------------------------------------------------------------------------
cert(id='ya05', style='LabCE', producer='tcpdf',
     layout=['portrait', 'two-column-kv', 'accented-name', 'hyphenated-name', 'credentials', 'border'],
     notes='Label/value layout; Customer ID and print date are distractors; LabCE provider number is not an '
           'activity id.',
     page=dict(orient='P', margin=[70, 72, 70, 72], font='dejavusans', align='C', tcpdf_unicode=True,
               border=dict(style='single', color='#2e7d32', inset=28, lw=2),
               footer=['labce.com  ' + MID + '  Printed 01/30/2025'], footer_y=40, title='LabCE Certificate'),
     blocks=[
         T('LabCE', 34, b=True, color='#2e7d32', after=0),
         T('Laboratory Continuing Education', 11, color='#2e7d32', after=40),
         T('Certificate of Completion', 24, after=36),
         KV([['Name', 'Renée Côté-Lambert, MLS(ASCP)'],
             ['Course', 'Urine Sediment Identification: Casts, Crystals, and Artifacts'],
             ['Course Number', '1047'],
             ['Completion Date', '01/22/2025'],
             ['Credit Hours', '1.5 P.A.C.E.' + REG + ' contact hours'],
             ['Level', 'Intermediate'],
             ['Customer ID', '238817']], size=11.5, lw=0.30, w=0.86, align='C', rowgap=11, after=40),
         T(PACE('LabCE', ' P.A.C.E.' + REG + ' provider number 0291.'), 9, align='C', w=0.86, after=8,
           color='#333333'),
         T('Retain this certificate as documentation of continuing education for certification and licensure.',
           9, color='#333333', after=6),
     ],
     gold=dict(name='Renée Côté-Lambert', title='Urine Sediment Identification: Casts, Crystals, and Artifacts',
               date='2025-01-22', credits=1.5, unit='contact hour', provider=['LabCE'], activity_id='1047'))

# ---------------------------------------------------------------------------
# ya06  MediaLab, ReportLab canvas, Self-Study Module, Safety title
# ---------------------------------------------------------------------------
cert(id='ya06', style='MediaLab', producer='rl_canvas',
     layout=['landscape', 'centred-award', 'border-thick', 'seal', 'format-line', 'course-word-title',
             'hyphenated-name', 'signatures'],
     notes='"Self-Study Module" format line; title contains "Safety"; compliance validity date is an expiry '
           'distractor.',
     page=dict(orient='L', margin=[70, 80, 60, 80], font='serif', align='C',
               border=dict(style='thick', color='#4a2c6f', inset=20),
               seal=dict(lines=['P.A.C.E.' + REG, 'APPROVED', 'PROVIDER'], pos='bl', r=40, dx=62, dy=56,
                         color='#4a2c6f'),
               footer=['MediaLab  ' + MID + '  Compliance and Continuing Education Library'], footer_y=38,
               title='MediaLab Certificate'),
     blocks=[
         T('MediaLab, Inc.', 20, b=True, font='sans', color='#4a2c6f', after=16),
         T('Certificate of Completion', 30, font='script', after=12),
         T('This is to certify that', 12, after=6),
         T('Kwame Asante-Boateng', 26, b=True, after=8),
         T('has completed the', 12, after=5),
         T('Self-Study Module', 12, i=True, color='#4a2c6f', after=5),
         T('Laboratory Safety: Chemical Hygiene and Hazard Communication', 20, b=True, after=6),
         T('on November 5, 2024', 12, after=10),
         T('Course ID: ML-SAF-208          Contact Hours: 1.5', 11.5, font='sans', after=4),
         T('Valid for annual compliance training through November 5, 2025', 9.5, font='sans', i=True,
           color='#555555', after=10),
         T(PACE('MediaLab, Inc.'), 8.5, font='sans', color='#444444', after=4),
         SIGS([['Dana Whitford-Lowe, MT(ASCP)', 'Director of Continuing Education', 'Dana Whitford-Lowe']],
              w=0.34, gap=26),
     ],
     gold=dict(name='Kwame Asante-Boateng', title='Laboratory Safety: Chemical Hygiene and Hazard Communication',
               date='2024-11-05', credits=1.5, unit='contact hour', provider=['MediaLab, Inc.', 'MediaLab'],
               activity_id='ML-SAF-208'))

# ---------------------------------------------------------------------------
# ya07  ADLM, ReportLab Platypus, letter style, ACCENT
# ---------------------------------------------------------------------------
cert(id='ya07', style='ADLM', producer='rl_platypus',
     layout=['portrait', 'letter', 'left-aligned', 'two-column-kv', 'credentials', 'provider-with-and',
             'signatures'],
     notes='Letter with salutation ("Dear Dr. Tanabe"); format given as a labelled row, not in the title; '
           'ACCENT contact hour; letter date is a distractor.',
     page=dict(orient='P', margin=[64, 72, 72, 72], font='sans', align='L',
               footer=['Association for Diagnostics & Laboratory Medicine  |  1850 K Street NW, Suite 210, '
                       'Washington, DC 20006  |  myadlm.org'], footer_y=40, title='ADLM Letter of Completion'),
     blocks=[
         T('Association for Diagnostics & Laboratory Medicine', 16, b=True, color='#003865', after=2),
         T('Education and Professional Development', 10, color='#003865', after=6),
         RULE(w=1.0, thick=2, color='#e87722', after=20),
         T('May 28, 2025', 10.5, after=16),
         T('Dear Dr. Tanabe,', 10.5, after=10),
         T('Thank you for your participation. This letter confirms that you completed the following ADLM '
           'continuing education activity:', 10.5, after=12),
         KV([['Participant', 'Hiroshi Tanabe, PhD, DABCC'],
             ['Activity', 'Mass Spectrometry in the Clinical Laboratory: Troubleshooting Ion Suppression and Matrix '
                          'Effects'],
             ['Format', 'Live Webinar'],
             ['Date Completed', 'May 20, 2025'],
             ['ACCENT' + REG + ' Credit', '1.0 contact hour'],
             ['Activity ID', '25-WEB-4492']], size=10.5, lw=0.26, indent=14, w=0.95, rowgap=4, after=14),
         T('ADLM designates this activity for 1.0 ACCENT' + REG + ' contact hour. ACCENT' + REG + ' is the '
           'continuing education credit program of ADLM and is accepted by the ASCP Board of Certification for '
           'the Credential Maintenance Program.', 10.5, after=10),
         T('Please keep this letter with your professional development records.', 10.5, after=18),
         T('Sincerely,', 10.5, after=28),
         T('Marguerite Oyelaran, PhD', 10.5, b=True, after=1),
         T('Senior Director, Learning Programs', 10.5, after=1),
     ],
     gold=dict(name='Hiroshi Tanabe',
               title='Mass Spectrometry in the Clinical Laboratory: Troubleshooting Ion Suppression and Matrix '
                     'Effects',
               date='2025-05-20', credits=1.0, unit='contact hour',
               provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id='25-WEB-4492'))

# ---------------------------------------------------------------------------
# ya08  NSH, AcroForm flattened, issuer line over heading, Grossing title
# ---------------------------------------------------------------------------
cert(id='ya08', style='NSH', producer='acroform',
     layout=['landscape', 'centred-award', 'border-double', 'acroform-fields', 'issuer-line-only',
             'format-line', 'course-word-title', 'long-title-wrap+label', 'accented-name', 'credentials',
             'signatures'],
     notes='Provider printed as an issuer line above "Certificate of Completion" and as "NSH" in the P.A.C.E. '
           'statement; "Live Virtual Session" format line; title with "Grossing" and "Orientation" wraps over two '
           'form fields and is directly followed by "Date of Completion:"; member number distractor.',
     page=dict(orient='L', margin=[64, 80, 60, 80], font='serif', align='C',
               border=dict(style='double', color='#6b2d5c', inset=24),
               footer=['Member # NSH-118204'], footer_y=40, footer_align='R', title='NSH Certificate'),
     blocks=[
         T('National Society for Histotechnology', 13, b=True, font='sans', color='#6b2d5c', ls=1, after=6),
         T('Certificate of Completion', 30, b=True, after=14),
         T('This certifies that', 12, i=True, after=6),
         T('Lucía Fernández Ortega, HT(ASCP)', 24, b=True, field=True, after=8),
         T('completed the', 12, i=True, after=5),
         T('Live Virtual Session', 11, font='sans', color='#6b2d5c', after=6),
         T('Grossing Small Biopsies: Orientation, Inking, and Submission Practices for the Histology Laboratory',
           19, b=True, field=True, w=0.80, after=4),
         KV([['Date of Completion:', 'March 27, 2025']], size=12, lw=0.52, w=0.50, align='C', lb=False,
            field=True, after=2),
         KV([['Event ID:', 'W25-014'], ['Contact Hours:', '1.5']], size=12, lw=0.52, w=0.50, align='C', lb=False,
            field=True, rowgap=2, after=10),
         T(PACE('NSH'), 9, font='sans', color='#333333', after=4),
         SIGS([['Jolene Marchbank, HTL(ASCP)QIHC', 'NSH Education Chair']], w=0.34, gap=24),
     ],
     gold=dict(name='Lucía Fernández Ortega',
               title='Grossing Small Biopsies: Orientation, Inking, and Submission Practices for the Histology '
                     'Laboratory',
               date='2025-03-27', credits=1.5, unit='contact hour',
               provider=['National Society for Histotechnology', 'NSH'], activity_id='W25-014'))

# ---------------------------------------------------------------------------
# ya09  AMT meeting attendance, Ghostscript, caps name with III, date range
# ---------------------------------------------------------------------------
cert(id='ya09', style='AMT', producer='gs',
     layout=['portrait', 'centred-award', 'border-ornate', 'seal', 'caps-name', 'suffix', 'meeting-name-title',
             'date-range', 'signatures'],
     notes='Meeting attendance without a session title: gold title is the meeting name; date is the last day '
           'of July 8-11; badge number is a distractor; unit is CE hours.',
     page=dict(orient='P', margin=[84, 72, 70, 72], font='serif', align='C',
               border=dict(style='ornate', color='#7b1113', inset=26),
               seal=dict(lines=['AMT', 'EST. 1939'], pos='bc', r=38, dy=130, color='#7b1113'),
               footer=['Attendee Badge No. 4471'], footer_y=44, title='AMT Certificate of Attendance'),
     blocks=[
         T('American Medical Technologists', 22, b=True, font='palatino', color='#7b1113', after=22),
         T('Certificate of Attendance', 32, font='script', after=22),
         T('This certifies that', 12, i=True, after=8),
         T("PATRICK J. O'SULLIVAN III", 22, b=True, after=10),
         T('attended the', 12, i=True, after=8),
         T('AMT 87th Educational Program and National Meeting', 17, b=True, after=6),
         T('July 8' + NDASH + '11, 2024  ' + MID + '  Grand Cypress Convention Center, Orlando, Florida', 11,
           after=16),
         T('and has earned 12.5 CE hours', 14, b=True, after=10),
         T('CE hours earned at AMT educational programs may be applied toward AMT Certification Continuation '
           'Program requirements and other certification maintenance programs that accept them.', 9, w=0.8,
           align='C', after=12),
         SIGS([['Reginald T. Amundsen, MT(AMT)', 'Director, Continuing Education', 'R. T. Amundsen'],
               ['Celestine Boateng-Price, RMA(AMT)', 'Chair, AMT Board of Directors', 'C. Boateng-Price']],
              w=0.95, gap=28),
     ],
     gold=dict(name="PATRICK J. O'SULLIVAN III", title='AMT 87th Educational Program and National Meeting',
               date='2024-07-11', credits=12.5, unit='CE hour', provider=['American Medical Technologists', 'AMT'],
               activity_id=None))

# ---------------------------------------------------------------------------
# ya10  ASM, Chromium, labels above values, On-Demand Webinar
# ---------------------------------------------------------------------------
cert(id='ya10', style='ASM', producer='chromium',
     layout=['portrait', 'labels-above-values', 'band', 'format-line', 'credentials', 'hyphenated-name',
             'long-title-wrap'],
     notes='Participant | Date of Completion labels above values; second row Contact Hours | Program Number | '
           'Certificate No. (certificate number is a distractor); "On-Demand Webinar" format line.',
     page=dict(orient='P', margin=[80, 64, 70, 64], font='sans', align='L', band='#005a8c',
               footer=['American Society for Microbiology  ' + MID + '  asm.org/education'], footer_y=30,
               title='ASM Certificate of Completion'),
     blocks=[
         T('American Society for Microbiology', 20, b=True, color='#005a8c', after=24),
         T('Certificate of Completion', 28, after=18),
         T('On-Demand Webinar', 11, b=True, color='#005a8c', after=4),
         T('Antimicrobial Susceptibility Testing Breakpoint Updates for Enterobacterales and Pseudomonas '
           'aeruginosa', 17, b=True, after=22),
         COLS([['Participant', 'Beatriz Salgado-Ruiz, PhD, D(ABMM)'], ['Date of Completion', 'December 3, 2024']],
              widths=[0.62, 0.38], size=13, lcaps=True, line=True, after=20),
         COLS([['Contact Hours', '1.0'], ['Program Number', 'ASM-OD-24-118'], ['Certificate No.', 'C-559013']],
              size=13, lcaps=True, line=True, after=28),
         T(PACE('ASM', ' This program has been approved for 1.0 contact hour.'), 9.5, color='#333333', after=28),
         SIGS([['Dr. Caroline Estabrook', 'Director, Professional Development', 'Caroline Estabrook']], w=0.45,
              gap=28),
     ],
     gold=dict(name='Beatriz Salgado-Ruiz',
               title='Antimicrobial Susceptibility Testing Breakpoint Updates for Enterobacterales and Pseudomonas '
                     'aeruginosa',
               date='2024-12-03', credits=1.0, unit='contact hour',
               provider=['American Society for Microbiology', 'ASM'], activity_id='ASM-OD-24-118'))

# ---------------------------------------------------------------------------
# ya11  CLSI, fodt, landscape, Recorded Webinar, Program No.
# ---------------------------------------------------------------------------
cert(id='ya11', style='CLSI', producer='fodt',
     layout=['landscape', 'centred-award', 'border-double', 'accented-name', 'credentials', 'format-line',
             'long-title-wrap+label', 'program-no-without-colon', 'provider-with-and', 'signatures'],
     notes='"Recorded Webinar" format line; long title wraps then "Completion date:"; "Program No. 215-033-25" '
           'without colon; order number in footer is a distractor; name has a non-Latin-1 letter.',
     page=dict(orient='L', margin=[60, 80, 62, 80], font='schoolbook', align='C',
               border=dict(style='double', color='#0b6e4f', inset=24),
               footer=['Order No. 100448213  ' + MID + '  clsi.org'], footer_y=34, title='CLSI Certificate'),
     blocks=[
         T('Clinical and Laboratory Standards Institute', 18, b=True, color='#0b6e4f', after=10),
         T('Certificate of Completion', 26, after=8),
         T('This is to acknowledge that', 11.5, i=True, after=4),
         T('Aleksandra Wiśniewska, MLS(ASCP)CM', 24, b=True, after=6),
         T('has completed the', 11.5, i=True, after=4),
         T('Recorded Webinar', 11, color='#0b6e4f', after=4),
         T('Verification of Quantitative Measurement Procedures: Applying EP15 Precision and Trueness Studies in '
           'Small Laboratories', 18, b=True, w=0.86, align='C', after=4),
         T('Completion date: June 11, 2025', 11.5, after=2),
         T('Program No. 215-033-25', 11.5, after=2),
         T('Contact hours awarded: 1.5', 11.5, b=True, after=8),
         T(PACE('CLSI'), 8.5, font='sans', color='#444444', after=0),
         SIGS([['Imani Castellanos, MBA', 'Director, Education and Training']], w=0.34, gap=22),
     ],
     gold=dict(name='Aleksandra Wiśniewska',
               title='Verification of Quantitative Measurement Procedures: Applying EP15 Precision and Trueness '
                     'Studies in Small Laboratories',
               date='2025-06-11', credits=1.5, unit='contact hour',
               provider=['Clinical and Laboratory Standards Institute', 'CLSI'], activity_id='215-033-25'))

# ---------------------------------------------------------------------------
# ya12  State society Spring Symposium session, TCPDF
# ---------------------------------------------------------------------------
cert(id='ya12', style='state-society', producer='tcpdf',
     layout=['portrait', 'centred-award', 'border', 'format-line', 'session-date', 'date-range',
             'program-no-without-colon', 'provider-with-for', 'credentials', 'hyphenated-name', 'signatures'],
     notes='"Spring Symposium" format line between verb and title; session date April 11 inside symposium range '
           'April 10-12 (gold = session date); Program No. without colon.',
     page=dict(orient='P', margin=[78, 70, 70, 70], font='serif', align='C',
               border=dict(style='single', color='#2f4f4f', inset=30, lw=2.5),
               footer=['KSCLS  ' + MID + '  PO Box 2210, Harrisburg, PA 17105'], footer_y=42,
               title='KSCLS Certificate'),
     blocks=[
         T('Keystone Society for Clinical Laboratory Science', 17, b=True, color='#2f4f4f', after=2),
         T('KSCLS', 11, font='sans', ls=3, color='#2f4f4f', after=26),
         T('Certificate of Continuing Education', 24, after=20),
         T('This certifies that', 12, i=True, after=6),
         T("Megan O'Neil-Drummond, MLS(ASCP)CM", 20, b=True, after=10),
         T('attended the session', 12, i=True, after=6),
         T('Spring Symposium', 12, font='sans', color='#2f4f4f', after=6),
         T('Molecular Syndromic Panels for Respiratory Pathogens: Stewardship and Result Interpretation', 16,
           b=True, after=6),
         T('Session date: April 11, 2025', 12, after=4),
         T('Program No. 227-104-25   ' + MID + '   1.0 P.A.C.E.' + REG + ' contact hour', 11.5, after=16),
         T('KSCLS 2025 Spring Symposium  ' + MID + '  April 10' + NDASH + '12, 2025  ' + MID +
           '  Harrisburg, Pennsylvania', 10, i=True, color='#444444', after=18),
         T(PACE('The Keystone Society for Clinical Laboratory Science'), 9, w=0.85, align='C', after=18),
         SIGS([['Carolyn Ebersole, MS, MLS(ASCP)', 'Continuing Education Chair']], w=0.5, gap=28),
     ],
     gold=dict(name="Megan O'Neil-Drummond",
               title='Molecular Syndromic Panels for Respiratory Pathogens: Stewardship and Result Interpretation',
               date='2025-04-11', credits=1.0, unit='contact hour',
               provider=['Keystone Society for Clinical Laboratory Science', 'KSCLS'], activity_id='227-104-25'))

# ---------------------------------------------------------------------------
# ya13  Hospital in-service, docx, Orientation title, Class No. in a table
# ---------------------------------------------------------------------------
cert(id='ya13', style='hospital-inservice', producer='docx',
     layout=['portrait', 'letter', 'left-aligned', 'table', 'dept-provider', 'course-word-title', 'credentials',
             'hyphenated-name', 'signatures'],
     notes='Department as provider (institution + "Institution, Laboratory Education Department"); title contains '
           '"Orientation"; table Date | Time | Contact Hours | Class No.; employee ID and presenter are distractors.',
     page=dict(orient='P', margin=[60, 72, 66, 72], font='sans', align='L',
               footer=['Larkspur Valley Medical Center  ' + MID + '  2400 Orchard Ridge Road, Fresno, CA 93720  ' +
                       MID + '  Form LED-07 rev. 2024'], footer_y=32, title='In-Service Certificate'),
     blocks=[
         T('Larkspur Valley Medical Center', 18, b=True, color='#1d4e89', after=1),
         T('Department of Pathology & Laboratory Medicine', 10.5, color='#1d4e89', after=6),
         RULE(w=1.0, thick=1.5, color='#1d4e89', after=22),
         T('Certificate of Attendance ' + MDASH + ' Laboratory In-Service', 16, b=True, after=16),
         T('This confirms that', 11, after=4),
         T('Jasmine Thibodeaux-Reyes, MLT(ASCP)', 14, b=True, after=2),
         T('Employee ID: 100-38271', 9.5, color='#555555', after=10),
         T('attended the laboratory in-service', 11, after=4),
         T('Blood Culture Contamination Reduction: Collection Technique and Orientation to the New Initial '
           'Specimen Diversion Device', 13, b=True, after=14),
         TABLE(['Date', 'Time', 'Contact Hours', 'Class No.'],
               [['08/19/2025', '07:00' + NDASH + '08:00', '1.0', 'LED-25-086']], widths=[0.25, 0.25, 0.25, 0.25],
               calign=['C', 'C', 'C', 'C'], size=10.5, w=0.9, after=14),
         T('Presented by Anil Varghese, MD, Medical Director, Microbiology', 10.5, i=True, after=12),
         T('Provided by: Larkspur Valley Medical Center, Laboratory Education Department', 10.5, after=4),
         T('This in-service provides laboratory-related continuing education that may be applied toward '
           'certification maintenance and state licensure renewal.', 9.5, color='#444444', after=22),
         SIGS([['Rosalind Achterberg, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator'],
               ['Anil Varghese, MD', 'Medical Director, Microbiology']], w=0.95, gap=26),
     ],
     gold=dict(name='Jasmine Thibodeaux-Reyes',
               title='Blood Culture Contamination Reduction: Collection Technique and Orientation to the New Initial '
                     'Specimen Diversion Device',
               date='2025-08-19', credits=1.0, unit='contact hour',
               provider=['Larkspur Valley Medical Center',
                         'Larkspur Valley Medical Center, Laboratory Education Department'],
               activity_id='LED-25-086'))

# ---------------------------------------------------------------------------
# ya14  Public health laboratory training, FPDF, two-column KV
# ---------------------------------------------------------------------------
cert(id='ya14', style='public-health-lab', producer='fpdf',
     layout=['portrait', 'two-column-kv', 'border', 'dept-provider', 'hyphenated-name', 'course-word-title',
             'signatures'],
     notes='Training ID is the activity id; delivery format is a labelled row; certificate expiry (shipping '
           'training is valid 2 years) is a distractor; provider is the laboratory plus its training program.',
     page=dict(orient='P', margin=[70, 72, 70, 72], font='sans', align='L',
               border=dict(style='double', color='#3b5323', inset=26),
               footer=['Northern Plains Regional Public Health Laboratory  |  1810 Prairie Research Drive, '
                       'Bismarck, ND 58501'], footer_y=40, title='Certificate of Training'),
     blocks=[
         T('Northern Plains Regional Public Health Laboratory', 16, b=True, color='#3b5323', align='C', after=2),
         T('Laboratory Training Program', 11, color='#3b5323', align='C', after=24),
         T('Certificate of Training', 26, font='serif', b=True, align='C', after=26),
         KV([['Trainee:', 'Olusegun Adeyemi-Park'],
             ['Training:', 'Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B'],
             ['Training ID:', 'PHL-PS-2503'],
             ['Date Completed:', '03/06/2025'],
             ['Delivery:', 'Instructor-led, in person (Bismarck, ND)'],
             ['Continuing Education:', '3.0 contact hours (P.A.C.E.' + REG + ')'],
             ['Certificate Expires:', '03/06/2027']], size=11, lw=0.33, w=0.92, align='C', rowgap=7, after=18),
         T(PACE('Northern Plains Regional Public Health Laboratory, Laboratory Training Program'), 9.5,
           align='C', w=0.9, after=8),
         T('This training addresses the requirements of 49 CFR 172.704 and IATA Dangerous Goods Regulations for '
           'function-specific training of personnel who package and ship infectious substances.', 9, align='C',
           w=0.9, color='#444444', after=26),
         SIGS([['Harriet Vossberg, MPH, M(ASCP)', 'Training Coordinator'],
               ['Dr. Emil Rasmussen-Toure', 'Laboratory Director']], w=0.95, gap=26),
     ],
     gold=dict(name='Olusegun Adeyemi-Park',
               title='Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B',
               date='2025-03-06', credits=3.0, unit='contact hour',
               provider=['Northern Plains Regional Public Health Laboratory',
                         'Northern Plains Regional Public Health Laboratory, Laboratory Training Program'],
               activity_id='PHL-PS-2503'))

# ---------------------------------------------------------------------------
# ya15  Joint accreditation grand rounds, ReportLab canvas, two pages
# ---------------------------------------------------------------------------
cert(id='ya15', style='joint-accreditation', producer='rl_canvas',
     layout=['landscape', 'centred-award', 'border-double', 'two-page', 'table', 'multi-credit',
             'series-name-in-title', 'long-title-wrap+label', 'credentials', 'hyphenated-name'],
     notes='Series name "Grand Rounds:" is part of the title; credit table lists AMA PRA 1.25, ANCC 1.25, '
           'ACPE 1.25 and P.A.C.E. 1.5 (gold = P.A.C.E.); learner ID is a distractor; page 2 has JA statement and '
           'faculty ("presented by") lines.',
     page=dict(orient='L', margin=[60, 80, 58, 80], font='serif', align='C',
               border=dict(style='double', color='#5b3a29', inset=22),
               footer=['Crescent Health Sciences Institute  ' + MID + '  Learner ID 55190  ' + MID + '  Page {p} of {n}'],
               footer_y=34, title='Certificate of Participation'),
     blocks=[
         T('Crescent Health Sciences Institute', 20, b=True, color='#5b3a29', after=12),
         T('Certificate of Participation', 28, i=True, after=10),
         T('Awarded to', 12, after=4),
         T('Kathryn Delacroix-Webb, MLS(ASCP)CM', 24, b=True, after=8),
         T('for participation in the live activity', 12, after=6),
         T('Grand Rounds: Laboratory Stewardship in Sepsis ' + MDASH + ' Procalcitonin, Lactate, and Rapid '
           'Diagnostics at the Point of Decision', 19, b=True, w=0.86, align='C', after=4),
         T('Activity date: September 18, 2024', 12, after=2),
         T('Activity ID: 24-GR-0918', 11, after=10),
         TABLE(['Credit Type', 'Credits Awarded'],
               [['AMA PRA Category 1 Credits' + TM, '1.25'],
                ['ANCC Nursing Contact Hours', '1.25'],
                ['ACPE Contact Hours (knowledge-based)', '1.25'],
                ['ASCLS P.A.C.E.' + REG + ' Contact Hours', '1.5']], widths=[0.7, 0.3], w=0.5, size=10, after=8),
         T('See page 2 for accreditation and credit designation statements.', 9, i=True, color='#555555'),
         BR(),
         T('Accreditation Statements', 16, b=True, color='#5b3a29', after=12),
         T(JA('Crescent Health Sciences Institute'), 11, w=0.88, align='C', after=8),
         T('Crescent Health Sciences Institute designates this live activity for a maximum of 1.25 AMA PRA '
           'Category 1 Credits' + TM + '. Physicians should claim only the credit commensurate with the extent of '
           'their participation in the activity.', 11, w=0.88, align='C', after=8),
         T('This activity is approved for 1.25 ANCC nursing contact hours and 1.25 ACPE contact hours '
           '(knowledge-based).', 11, w=0.88, align='C', after=8),
         T(PACE('Crescent Health Sciences Institute', ' This activity is approved for 1.5 contact hours.'), 11,
           w=0.88, align='C', after=18),
         T('Faculty', 13, b=True, after=6),
         T('Presented by Tobias Lindgren, MD, PhD, Associate Professor of Pathology, and Farah Qureshi, PharmD, '
           'BCIDP, Antimicrobial Stewardship Pharmacist', 11, w=0.8, align='C', after=8),
         T('All relevant financial relationships of faculty and planners have been mitigated.', 10, i=True),
     ],
     gold=dict(name='Kathryn Delacroix-Webb',
               title='Grand Rounds: Laboratory Stewardship in Sepsis ' + MDASH + ' Procalcitonin, Lactate, and Rapid '
                     'Diagnostics at the Point of Decision',
               date='2024-09-18', credits=1.5, unit='contact hour',
               provider=['Crescent Health Sciences Institute'], activity_id='24-GR-0918'))

# ---------------------------------------------------------------------------
# ya16  University CEU, Platypus, table, date range, conferral date
# ---------------------------------------------------------------------------
cert(id='ya16', style='university-CEU', producer='rl_platypus',
     layout=['portrait', 'centred-award', 'border-ornate', 'table', 'CEU', 'date-range', 'dept-provider',
             'signatures'],
     notes='CEU unit (2.4 CEU = 24 points); course ran January 13 - March 7 (gold = March 7); conferral date '
           'and student ID are distractors; provider = university + "University, Office".',
     page=dict(orient='P', margin=[80, 68, 70, 68], font='palatino', align='C',
               border=dict(style='ornate', color='#6d1a36', inset=26),
               seal=dict(lines=['BRAMWELL', 'UNIVERSITY', '1887'], pos='bc', r=36, dy=58, color='#6d1a36'),
               footer=['Student ID B00417729'], footer_y=40, footer_align='R', title='Certificate of Completion'),
     blocks=[
         T('Bramwell University', 26, b=True, color='#6d1a36', after=2),
         T('Bramwell University, Office of Continuing and Professional Education', 10.5, color='#6d1a36',
           after=24),
         T('Certificate of Completion', 24, i=True, after=18),
         T('Bramwell University certifies that', 12, after=6),
         T('Tomasz Kowalczyk', 24, b=True, after=8),
         T('has satisfactorily completed the course', 12, after=8),
         T('Clinical Flow Cytometry: Leukemia and Lymphoma Immunophenotyping', 16, b=True, after=16),
         TABLE(['Course Number', 'Dates', 'Continuing Education Units'],
               [['MLS 7150-CE', 'January 13 ' + NDASH + ' March 7, 2025', '2.4 CEUs']],
               widths=[0.28, 0.40, 0.32], calign=['C', 'C', 'C'], w=0.9, size=10.5, after=6),
         T('One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized '
           'continuing education experience under responsible sponsorship.', 9, i=True, w=0.85, align='C',
           after=10),
         T('Conferred March 14, 2025', 11, after=12),
         SIGS([['Evelyn Marchand-Oduya, EdD', 'Dean, School of Continuing Studies'],
               ['Hollis Grayson, PhD, MLS(ASCP)', 'Program Director, Clinical Laboratory Science']], w=1.0, gap=26),
     ],
     gold=dict(name='Tomasz Kowalczyk', title='Clinical Flow Cytometry: Leukemia and Lymphoma Immunophenotyping',
               date='2025-03-07', credits=2.4, unit='CEU',
               provider=['Bramwell University',
                         'Bramwell University, Office of Continuing and Professional Education'],
               activity_id='MLS 7150-CE'))

# ---------------------------------------------------------------------------
# ya17  Vendor operator training, AcroForm, labels above values, range
# ---------------------------------------------------------------------------
cert(id='ya17', style='vendor', producer='acroform',
     layout=['landscape', 'centred-award', 'border', 'acroform-fields', 'labels-above-values', 'date-range',
             'dept-provider', 'hyphenated-name', 'signatures'],
     notes='Labels above values: Training Dates | Training No. | Contact Hours | Instrument Serial No.; date = '
           'last day of May 5-7; instrument serial number is a distractor; provider printed as company + '
           '"Company, Customer Education Center".',
     page=dict(orient='L', margin=[62, 72, 58, 72], font='sans', align='C',
               border=dict(style='single', color='#c25e00', inset=24, lw=3),
               footer=['Orison Diagnostics  ' + MID + '  400 Lakeside Parkway, Minnetonka, MN 55305'],
               footer_y=36, title='Certificate of Training'),
     blocks=[
         T('Orison Diagnostics, Customer Education Center', 12, b=True, color='#c25e00', ls=0.5, after=8),
         T('Certificate of Training', 30, b=True, after=14),
         T('This certificate is presented to', 12, after=6),
         T('Gabriel Ashworth-Nakamura', 24, b=True, field=True, after=8),
         T('for successful completion of', 12, after=6),
         T('Vireo 360 Hematology Analyzer Operator Training: Maintenance, Quality Control, and Troubleshooting',
           17, b=True, field=True, w=0.78, align='C', after=14),
         COLS([['Training Dates', 'May 5-7, 2025'], ['Training No.', 'TR-V360-0512'],
               ['Contact Hours', '14.0'], ['Instrument Serial No.', 'V360-22-01877']], size=12, lsize=9,
              lcaps=True, calign='C', w=0.9, field=True, line=True, after=12),
         T(PACE('Orison Diagnostics'), 8.5, color='#444444', after=2),
         SIGS([['Delphine Okoro', 'Field Applications Trainer'],
               ['Rutger Vanterpool', 'Manager, Customer Education']], w=0.62, gap=22),
     ],
     gold=dict(name='Gabriel Ashworth-Nakamura',
               title='Vireo 360 Hematology Analyzer Operator Training: Maintenance, Quality Control, and '
                     'Troubleshooting',
               date='2025-05-07', credits=14.0, unit='contact hour',
               provider=['Orison Diagnostics', 'Orison Diagnostics, Customer Education Center'],
               activity_id='TR-V360-0512'))

# ---------------------------------------------------------------------------
# ya18  P.A.C.E. provider named only in the accreditation statement, GS
# ---------------------------------------------------------------------------
cert(id='ya18', style='PACE-provider', producer='gs',
     layout=['portrait', 'centred-award', 'border-double', 'letter-spaced-name', 'caps-name',
             'accreditation-subject-only', 'format-line', 'long-title-wrap+label', 'program-no-without-colon'],
     notes='Provider appears only as the subject of the P.A.C.E. statement; name letter-spaced in capitals; '
           '"Self-Study" format line; title wraps then "Date of completion:"; certificate number distractor.',
     page=dict(orient='P', margin=[96, 72, 80, 72], font='serif', align='C',
               border=dict(style='double', color='#20425f', inset=30),
               footer=['Certificate #BLL-2024-118842'], footer_y=50, title='Certificate of Completion'),
     blocks=[
         T('CERTIFICATE OF COMPLETION', 24, b=True, ls=2.5, color='#20425f', after=8),
         RULE(w=0.35, thick=1, color='#20425f', after=30),
         T('This is to certify that', 12, i=True, after=12),
         T('SARAH LINDQVIST', 22, ls=6, after=16),
         T('has completed the', 12, i=True, after=8),
         T('Self-Study', 12, font='sans', color='#20425f', after=8),
         T('Hemoglobin Variants and Thalassemias: Interpreting HPLC and Capillary Electrophoresis Patterns', 17,
           b=True, after=6),
         T('Date of completion: 10/02/2024', 12, after=4),
         T('Program No. 462-210-24', 12, after=4),
         T('Contact hours: 2.0', 12, b=True, after=36),
         RULE(w=0.5, thick=0.5, color='#888888', after=12),
         T(PACE('Beacon Laboratory Learning, LLC'), 10, w=0.82, align='C', after=8),
         T('Successful completion required a score of 70% or higher on the post-test.', 9.5, i=True, after=4),
     ],
     gold=dict(name='SARAH LINDQVIST',
               title='Hemoglobin Variants and Thalassemias: Interpreting HPLC and Capillary Electrophoresis Patterns',
               date='2024-10-02', credits=2.0, unit='contact hour', provider=['Beacon Laboratory Learning, LLC'],
               activity_id='462-210-24'))

# ---------------------------------------------------------------------------
# ya19  ASCP annual meeting session, ReportLab canvas, labels above values
# ---------------------------------------------------------------------------
cert(id='ya19', style='ASCP', producer='rl_canvas',
     layout=['portrait', 'labels-above-values', 'issuer-line-only', 'session-date', 'date-range', 'multi-credit',
             'accented-name', 'hyphenated-name', 'credentials', 'provider-with-for', 'border'],
     notes='Provider printed as an issuer line under "CERTIFICATE OF ATTENDANCE"; labels above values '
           '(Attendee | Session Date, Session Title, CMLE Credits | Session No. | AMA PRA); session date Sept 12 '
           'within the meeting range Sept 11-13; AMA PRA credits distractor.',
     page=dict(orient='P', margin=[76, 66, 70, 66], font='sans', align='L',
               border=dict(style='single', color='#00467f', inset=28, lw=1.2),
               footer=['ASCP  ' + MID + '  ASCP Meetings Office, Chicago, Illinois  ' + MID +
                       '  Order #A-2290417'], footer_y=42, title='ASCP Certificate of Attendance'),
     blocks=[
         T('CERTIFICATE OF ATTENDANCE', 24, b=True, color='#00467f', after=4),
         T('American Society for Clinical Pathology', 13, color='#00467f', after=4),
         RULE(w=1.0, thick=1.5, color='#00467f', after=26),
         COLS([['Attendee', 'Rafael Domínguez-Acosta, MD'], ['Session Date', 'September 12, 2024']],
              widths=[0.62, 0.38], size=13, lcaps=True, lb=True, after=18),
         T('SESSION TITLE', 9.75, b=True, color='#555555', ls=0, after=2),
         T('Frozen Section Pitfalls in Head and Neck Pathology: Margins, Mimics, and Communication with the '
           'Surgeon', 14, after=18),
         COLS([['CMLE Credits', '1.5'], ['Session No.', 'W-214'], ['AMA PRA Category 1 Credits' + TM, '1.5']],
              widths=[0.3, 0.3, 0.4], size=13, lcaps=True, lb=True, after=22),
         T('ASCP 2024 Annual Meeting  ' + MID + '  September 11' + NDASH + '13, 2024  ' + MID +
           '  Chicago, Illinois', 10.5, i=True, after=18),
         T('The American Society for Clinical Pathology is accredited by the Accreditation Council for Continuing '
           'Medical Education to provide continuing medical education for physicians. ASCP designates this live '
           'activity for a maximum of 1.5 AMA PRA Category 1 Credits' + TM + '. Physicians should claim only the '
           'credit commensurate with the extent of their participation in the activity. This activity also '
           'qualifies for 1.5 ASCP Continuing Medical Laboratory Education (CMLE) credits.', 9, color='#333333',
           after=30),
         SIGS([['Dr. Lionel Achterberg', 'Chair, Annual Meeting Steering Committee']], w=0.45, gap=26),
     ],
     gold=dict(name='Rafael Domínguez-Acosta',
               title='Frozen Section Pitfalls in Head and Neck Pathology: Margins, Mimics, and Communication with the '
                     'Surgeon',
               date='2024-09-12', credits=1.5, unit='CMLE',
               provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='W-214'))

# ---------------------------------------------------------------------------
# ya20  CAP live webinar, Chromium, issuer line, Safety + Grossing title
# ---------------------------------------------------------------------------
cert(id='ya20', style='CAP', producer='chromium',
     layout=['landscape', 'centred-award', 'border-thick', 'seal', 'issuer-line-only', 'format-line',
             'course-word-title', 'accented-name', 'multi-credit', 'signatures'],
     notes='Provider as issuer line under "Certificate of Completion"; LIVE WEBINAR format line; title contains '
           '"Safety" and "Gross Room"; AMA PRA maximum is a distractor; customer number distractor.',
     page=dict(orient='L', margin=[66, 84, 60, 84], font='bookman', align='C',
               border=dict(style='thick', color='#004b87', inset=20),
               seal=dict(lines=['CAP', 'LEARNING'], pos='bl', r=38, dx=66, dy=58, color='#004b87'),
               footer=['Customer Number: 4018872'], footer_y=36, footer_align='R', title='Certificate of Completion'),
     blocks=[
         T('Certificate of Completion', 32, b=True, color='#004b87', after=2),
         T('College of American Pathologists', 14, i=True, after=22),
         T('Ana Lucía Beltrán, PA(ASCP)', 28, font='script', after=10),
         T('attended the', 12, after=6),
         T('LIVE WEBINAR', 10.5, b=True, font='sans', ls=1.5, color='#004b87', after=6),
         T('Safety First in the Gross Room: Formalin Exposure Monitoring and Engineering Controls', 18, b=True,
           w=0.85, align='C', after=8),
         T('February 26, 2025', 12, after=4),
         T('Activity Code: LW25-0226', 11, after=6),
         T('Credits Earned: 1.0 P.A.C.E.' + REG + ' Contact Hour', 12, b=True, after=10),
         T('The College of American Pathologists (CAP) is accredited by the ACCME to provide continuing medical '
           'education for physicians and designates this live activity for a maximum of 1.0 AMA PRA Category 1 '
           'Credit' + TM + '. ' + PACE('The CAP'), 8, font='sans', color='#444444', w=0.78, align='C', after=6),
         SIGS([['Marisa Okonjo-Reyes, MD, FCAP', 'Vice Chair, Council on Education', 'M. Okonjo-Reyes']], w=0.34,
              gap=26),
     ],
     gold=dict(name='Ana Lucía Beltrán',
               title='Safety First in the Gross Room: Formalin Exposure Monitoring and Engineering Controls',
               date='2025-02-26', credits=1.0, unit='contact hour',
               provider=['College of American Pathologists', 'CAP'], activity_id='LW25-0226'))

# ---------------------------------------------------------------------------
# ya21  AABB eCast, Ghostscript, two pages
# ---------------------------------------------------------------------------
cert(id='ya21', style='AABB', producer='gs',
     layout=['portrait', 'centred-award', 'border-double', 'two-page', 'format-line', 'long-title-wrap+label',
             'program-no-without-colon', 'provider-with-for/and', 'credentials', 'multi-credit'],
     notes='"eCast" format line; title wraps then "Date of completion:"; Program No. without colon; page 2 lists '
           'CBRN 1.2 contact hours and Florida hours (distractors) and a customer ID.',
     page=dict(orient='P', margin=[86, 72, 76, 72], font='serif', align='C',
               border=dict(style='double', color='#8b1a1a', inset=28),
               footer=['AABB  ' + MID + '  Page {p} of {n}'], footer_y=46, title='AABB eCast Certificate'),
     blocks=[
         T('Association for the Advancement of Blood & Biotherapies', 16, b=True, color='#8b1a1a', after=28),
         T('Certificate of Completion', 30, i=True, after=24),
         T('Presented to', 12, after=8),
         T('Marguerite Osei, MT(ASCP)SBB', 22, b=True, after=12),
         T('for completion of the', 12, after=8),
         T('eCast', 12, font='sans', b=True, color='#8b1a1a', after=8),
         T('Patient Blood Management Metrics: Building a Transfusion Audit Program That Clinicians Trust', 17,
           b=True, after=6),
         T('Date of completion: August 14, 2024', 12, after=4),
         T('Program No. 24EC-1142', 12, after=4),
         T('P.A.C.E.' + REG + ' contact hours: 1.0', 12, b=True, after=40),
         SIGS([['Gwendolyn Ferraro-Tate, MS, MT(ASCP)SBB', 'Director, Education and Professional Development']],
              w=0.62, gap=28),
         BR(),
         T('Continuing Education Information', 16, b=True, color='#8b1a1a', align='L', after=14),
         T(PACE('AABB', ' This program is approved for 1.0 contact hour.'), 11, align='L', after=10),
         T('AABB is approved by the California Board of Registered Nursing, Provider Number CEP 15702, for 1.2 '
           'contact hours.', 11, align='L', after=10),
         T('This program is approved by the Florida Board of Clinical Laboratory Personnel for 1.0 hour in the '
           'Immunohematology category.', 11, align='L', after=10),
         T('Customer ID: 0047718 ' + MID + ' Keep this record of attendance for four years.', 11, align='L'),
     ],
     gold=dict(name='Marguerite Osei',
               title='Patient Blood Management Metrics: Building a Transfusion Audit Program That Clinicians Trust',
               date='2024-08-14', credits=1.0, unit='contact hour',
               provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'],
               activity_id='24EC-1142'))

# ---------------------------------------------------------------------------
# ya22  Hospital education council, fodt, Meeting in title, labels above values
# ---------------------------------------------------------------------------
cert(id='ya22', style='hospital-inservice', producer='fodt',
     layout=['landscape', 'centred-award', 'border', 'labels-above-values', 'dept-provider', 'issuer-line-only',
             'course-word-title', 'accented-name', 'signatures'],
     notes='Education council as provider; real title begins with "Meeting"; Date of In-Service | Contact Hours | '
           'Course No. | Employee No. labels above values (employee number is a distractor).',
     page=dict(orient='L', margin=[62, 84, 64, 84], font='sans', align='C',
               border=dict(style='single', color='#2a6f97', inset=26, lw=2),
               footer=['Whitfield Memorial Hospital  ' + MID + '  Laboratory Services  ' + MID + '  Springfield, MO'],
               footer_y=38, title='Certificate of Attendance'),
     blocks=[
         T('Whitfield Memorial Hospital, Laboratory Education Council', 13, b=True, color='#2a6f97', after=10),
         T('Certificate of Attendance', 30, font='palatino', after=12),
         T('This certificate acknowledges that', 11.5, after=4),
         T('Joaquín Echeverría, MLS(ASCP)', 24, b=True, font='palatino', after=8),
         T('attended the continuing education in-service', 11.5, after=4),
         T('Meeting CAP Checklist Requirements for Point-of-Care Glucose Testing', 18, b=True, font='palatino',
           after=14),
         COLS([['Date of In-Service', 'October 8, 2024'], ['Contact Hours', '1.0'], ['Course No.', 'WMH-LEC-2410'],
               ['Employee No.', '448120']], size=12, lsize=9, calign='C', w=0.86, line=True, after=14),
         SIGS([['Beverly Nakagawa-Stroud, MLS(ASCP)CM', 'Chair, Laboratory Education Council'],
               ['Marcus Delgado, MBA, MT(ASCP)', 'Administrative Director, Laboratory Services']], w=0.8, gap=24),
     ],
     gold=dict(name='Joaquín Echeverría',
               title='Meeting CAP Checklist Requirements for Point-of-Care Glucose Testing',
               date='2024-10-08', credits=1.0, unit='contact hour',
               provider=['Whitfield Memorial Hospital', 'Whitfield Memorial Hospital, Laboratory Education Council'],
               activity_id='WMH-LEC-2410'))

# ---------------------------------------------------------------------------
# ya23  Joint accreditation "for" in name, docx, claimed vs maximum
# ---------------------------------------------------------------------------
cert(id='ya23', style='joint-accreditation', producer='docx',
     layout=['portrait', 'centred-award', 'border-double', 'format-line', 'long-title-wrap+label', 'table',
             'multi-credit', 'max-vs-claimed', 'provider-with-for', 'credentials', 'hyphenated-name'],
     notes='"On-Demand" format line; long title then "Date of Participation:"; credit table maximum 1.50 for four '
           'credit types, only P.A.C.E. claimed (1.00); provider name contains "for"; learner ID distractor.',
     page=dict(orient='P', margin=[66, 64, 64, 64], font='schoolbook', align='C',
               border=dict(style='double', color='#264653', inset=24),
               footer=['Learner ID 300-5581-92  ' + MID + '  Certificate generated June 4, 2025'], footer_y=32,
               title='Certificate of Participation'),
     blocks=[
         T('Halvorsen Institute for Medical Education (HIME)', 16, b=True, color='#264653', after=16),
         T('Certificate of Participation', 24, after=12),
         T('This is to certify that', 11, i=True, after=4),
         T('Chidinma Okonkwo-Hale, MLS(ASCP)CM, SC(ASCP)', 17, b=True, after=8),
         T('participated in the', 11, i=True, after=4),
         T('On-Demand', 11, b=True, color='#2a9d8f', after=4),
         T('Hepatitis C Elimination in Primary Care Settings: Screening Algorithms, Reflex Testing, and Linkage '
           'to Care', 15, b=True, after=6),
         T('Date of Participation: June 3, 2025', 11, after=2),
         T('Activity ID: HIME-25-0603-OD', 10.5, after=12),
         TABLE(['Credit Type', 'Maximum Available', 'Credits Claimed'],
               [['AMA PRA Category 1 Credit' + TM, '1.50', MDASH],
                ['ANCC Contact Hours', '1.50', MDASH],
                ['ACPE Contact Hours', '1.50', MDASH],
                ['ASCLS P.A.C.E.' + REG + ' Contact Hours', '1.50', '1.00']],
               widths=[0.5, 0.25, 0.25], w=0.84, size=9.5, after=12),
         T(JA('Halvorsen Institute for Medical Education'), 8, font='sans', color='#333333', w=0.9, align='C',
           after=3),
         T(PACE('HIME'), 8, font='sans', color='#333333', w=0.9, align='C', after=14),
         SIGS([['Signe Halvorsen-Achebe, MD, MEd', 'Executive Director']], w=0.45, gap=24),
     ],
     gold=dict(name='Chidinma Okonkwo-Hale',
               title='Hepatitis C Elimination in Primary Care Settings: Screening Algorithms, Reflex Testing, and '
                     'Linkage to Care',
               date='2025-06-03', credits=1.0, unit='contact hour',
               provider=['Halvorsen Institute for Medical Education', 'HIME'], activity_id='HIME-25-0603-OD'))

# ---------------------------------------------------------------------------
# ya24  Regional society webinar, FPDF, two-column KV, Orientation title
# ---------------------------------------------------------------------------
cert(id='ya24', style='state-society', producer='fpdf',
     layout=['portrait', 'two-column-kv', 'border', 'course-word-title', 'hyphenated-name', 'signatures'],
     notes='Regional society webinar series; title begins "Lab Leadership Orientation:"; presenter is a '
           'distractor; Event ID is the activity id.',
     page=dict(orient='P', margin=[72, 70, 70, 70], font='sans', align='L',
               border=dict(style='single', color='#7f5539', inset=30, lw=1.5),
               footer=['GPALP Webinar Series  |  gpalp.org  |  Questions: ce@gpalp.org'], footer_y=44,
               title='Webinar Series Certificate'),
     blocks=[
         T('Great Plains Association of Laboratory Professionals', 16, b=True, color='#7f5539', align='C',
           after=2),
         T('GPALP', 12, b=True, color='#7f5539', align='C', ls=3, after=26),
         T('Webinar Series Certificate', 24, font='serif', align='C', after=28),
         KV([['Attendee:', 'Ingrid Solheim-Barros'],
             ['Webinar:', 'Lab Leadership Orientation: Building Effective Competency Assessment Programs'],
             ['Presenter:', 'Wendell Ambrose, DLM(ASCP)'],
             ['Webinar Date:', '11/13/2024'],
             ['Event ID:', 'GP-W24-11'],
             ['P.A.C.E.' + REG + ' Contact Hours:', '1.0']], size=11.5, lw=0.40, w=0.9, align='C', rowgap=9,
            after=22),
         T(PACE('The Great Plains Association of Laboratory Professionals'), 9.5, align='C', w=0.88, after=34),
         SIGS([['Marlene Iversen, MLS(ASCP)', 'GPALP Continuing Education Coordinator', 'Marlene Iversen']],
              w=0.55, gap=28),
     ],
     gold=dict(name='Ingrid Solheim-Barros',
               title='Lab Leadership Orientation: Building Effective Competency Assessment Programs',
               date='2024-11-13', credits=1.0, unit='contact hour',
               provider=['Great Plains Association of Laboratory Professionals', 'GPALP'], activity_id='GP-W24-11'))

# ---------------------------------------------------------------------------
# ya25  P.A.C.E. provider issuer line, TCPDF, letter-spaced name (font spacing)
# ---------------------------------------------------------------------------
cert(id='ya25', style='PACE-provider', producer='tcpdf',
     layout=['landscape', 'centred-award', 'border-ornate', 'issuer-line-only', 'letter-spaced-name',
             'format-line', 'labels-above-values', 'program-no-without-colon', 'seal'],
     notes='Provider as issuer line under the heading and as subject of the P.A.C.E. statement; name set with '
           'character spacing; "Self-Paced Online Course" format line; Completion Date | Program No. | Contact '
           'Hours labels above values ("Program No." without colon).',
     page=dict(orient='L', margin=[66, 84, 60, 84], font='serif', align='C',
               border=dict(style='ornate', color='#1b4965', inset=22),
               seal=dict(lines=['P.A.C.E.' + REG, 'APPROVED', 'PROVIDER'], pos='br', r=38, dx=64, dy=56, color='#1b4965'),
               title='Certificate of Completion'),
     blocks=[
         T('Certificate of Completion', 32, b=True, color='#1b4965', after=2),
         T('Tidewater Laboratory Education Network', 14, i=True, after=24),
         T('presented to', 12, i=True, after=8),
         T('Teresa Magnussen', 26, ls=5, after=12),
         T('upon completion of the', 12, i=True, after=6),
         T('Self-Paced Online Course', 11, font='sans', color='#1b4965', after=6),
         T('Quality Control Rules in Practice: Westgard Multirules, Sigma Metrics, and Corrective Action', 18,
           b=True, after=16),
         COLS([['Completion Date', '07/29/2025'], ['Program No.', '390-052-25'], ['Contact Hours', '2.5']],
              size=13, lsize=9.5, calign='C', w=0.66, align='C', lcaps=True, after=16),
         T(PACE('Tidewater Laboratory Education Network'), 9, font='sans', color='#333333'),
     ],
     gold=dict(name='Teresa Magnussen',
               title='Quality Control Rules in Practice: Westgard Multirules, Sigma Metrics, and Corrective Action',
               date='2025-07-29', credits=2.5, unit='contact hour',
               provider=['Tidewater Laboratory Education Network'], activity_id='390-052-25'))

# ---------------------------------------------------------------------------
# ya26  Vendor live webinar, Platypus, presenter distractor
# ---------------------------------------------------------------------------
cert(id='ya26', style='vendor', producer='rl_platypus',
     layout=['portrait', 'centred-award', 'band', 'format-line', 'long-title-wrap+label', 'credentials',
             'hyphenated-name'],
     notes='Vendor provider; LIVE WEBINAR format line; long title then "Webinar date:"; "Presented by Dr. ..." '
           'and customer account number are distractors; Course No. is the activity id.',
     page=dict(orient='P', margin=[84, 70, 70, 70], font='sans', align='C', band='#3a0ca3',
               footer=['Kestrel BioSystems  ' + MID + '  Scientific Affairs  ' + MID + '  Customer Account No. 7740-1198'],
               footer_y=30, title='Certificate of Attendance'),
     blocks=[
         T('Kestrel BioSystems', 24, b=True, color='#3a0ca3', after=4),
         T('presents this', 11, color='#555555', after=14),
         T('Certificate of Attendance', 28, font='serif', after=14),
         T('to', 11, after=8),
         T('Mei-Ling Gustafsson, MB(ASCP)CM', 20, b=True, after=14),
         T('for attending the', 11, after=8),
         T('LIVE WEBINAR', 10.5, b=True, color='#3a0ca3', ls=2, after=8),
         T('Next-Generation Sequencing Library QC: Fragment Analysis, Quantitation, and Avoiding Index Hopping',
           16, b=True, after=6),
         T('Webinar date: January 29, 2025', 11.5, after=4),
         T('Course No.: KB-NGS-0125', 11.5, after=4),
         T('1.0 P.A.C.E.' + REG + ' contact hour', 11.5, b=True, after=18),
         T('Presented by Dr. Anneliese Vorhaus, Senior Scientist, Scientific Affairs', 10, i=True, after=22),
         T(PACE('Kestrel BioSystems'), 9, color='#333333', w=0.85, align='C', after=6),
         T('This program is educational and does not promote any specific product.', 8.5, i=True,
           color='#555555'),
     ],
     gold=dict(name='Mei-Ling Gustafsson',
               title='Next-Generation Sequencing Library QC: Fragment Analysis, Quantitation, and Avoiding Index '
                     'Hopping',
               date='2025-01-29', credits=1.0, unit='contact hour', provider=['Kestrel BioSystems'],
               activity_id='KB-NGS-0125'))

# ---------------------------------------------------------------------------
# ya27  University CEU on a filled form, AcroForm, Dr. honorific
# ---------------------------------------------------------------------------
cert(id='ya27', style='university-CEU', producer='acroform',
     layout=['portrait', 'two-column-kv', 'acroform-fields', 'border', 'CEU', 'dept-provider',
             'hyphenated-name', 'signatures'],
     notes='Form with filled fields; name carries the honorific "Dr." (dropped in gold); 1.5 CEU = 15 points; '
           'transcript number is a distractor; provider = university + "University, Center ...".',
     page=dict(orient='P', margin=[74, 70, 70, 70], font='serif', align='L',
               border=dict(style='single', color='#333333', inset=30, lw=1),
               footer=['Form CPCE-12  ' + MID + '  Marlow State University  ' + MID + '  Transcript No. TR-2025-06613'],
               footer_y=44, title='Certificate of Completion'),
     blocks=[
         T('Marlow State University', 22, b=True, align='C', color='#5c2a9d', after=2),
         T('Marlow State University, Center for Professional and Continuing Education', 10.5, align='C',
           color='#5c2a9d', after=26),
         T('CERTIFICATE OF COMPLETION', 20, b=True, align='C', ls=1.5, after=26),
         T('The Center for Professional and Continuing Education certifies that the participant named below has '
           'completed the course indicated and has been awarded the Continuing Education Units shown.', 11,
           after=20),
         KV([['Participant Name:', 'Dr. Olivia Brennan-Kowalski'],
             ['Course Title:', 'Laboratory Management Certificate Program, Module 3: Financial'],
             ['', 'Management and Budgeting for the Clinical Laboratory'],
             ['Course No.:', 'LMCP-303'],
             ['Completion Date:', 'April 30, 2025'],
             ['CEUs Awarded:', '1.5']], size=11.5, lw=0.28, field=True, rowgap=8, after=20),
         T('One CEU equals ten contact hours of instruction. Marlow State University is an IACET Accredited '
           'Provider.', 9.5, i=True, after=44),
         SIGS([['Prof. Delia Hargreaves, PhD', 'Director, Center for Professional and Continuing Education'],
               ['Kenneth Albright, MLS(ASCP)', 'Course Instructor']], w=1.0, gap=26),
     ],
     gold=dict(name='Olivia Brennan-Kowalski',
               title='Laboratory Management Certificate Program, Module 3: Financial Management and Budgeting for the '
                     'Clinical Laboratory',
               date='2025-04-30', credits=1.5, unit='CEU',
               provider=['Marlow State University',
                         'Marlow State University, Center for Professional and Continuing Education'],
               activity_id='LMCP-303'))

# ---------------------------------------------------------------------------
# ya28  Public health laboratory webinar, GS, labels above values
# ---------------------------------------------------------------------------
cert(id='ya28', style='public-health-lab', producer='gs',
     layout=['landscape', 'labels-above-values', 'border', 'long-title-wrap', 'course-word-title',
             'hyphenated-name', 'signatures'],
     notes='Labels above values: Participant | Date of Completion, then Contact Hours | Program No. | '
           'Registration No. (registration number is a distractor); title mentions biosafety.',
     page=dict(orient='L', margin=[62, 76, 60, 76], font='sans', align='L',
               border=dict(style='double', color='#2d6a4f', inset=24),
               footer=['Silver Basin Public Health Laboratory  ' + MID + '  Laboratory Preparedness and Response  ' +
                       MID + '  2200 Canyon View Road, Reno, NV 89502'], footer_y=34, title='Certificate'),
     blocks=[
         T('Silver Basin Public Health Laboratory', 18, b=True, color='#2d6a4f', after=2),
         T('Sentinel Laboratory Outreach and Training', 11, color='#2d6a4f', after=18),
         T('Certificate of Completion', 28, b=True, font='serif', after=12),
         T('Biosafety Risk Assessment for Sentinel Clinical Laboratories: Recognizing, Ruling Out, and Referring '
           'Suspected Select Agents', 17, b=True, font='serif', after=16),
         COLS([['Participant', 'Hannah Vu-Nakashima'], ['Date of Completion', '09/24/2025']], widths=[0.5, 0.5],
              size=13, lsize=9, lcaps=True, lb=True, w=0.8, line=True, after=12),
         COLS([['Contact Hours', '2.0'], ['Program No.', '118-047-25'], ['Registration No.', 'R88120']],
              size=13, lsize=9, lcaps=True, lb=True, w=0.8, line=True, after=14),
         T(PACE('Silver Basin Public Health Laboratory (SBPHL)'), 9, color='#333333', after=4),
         SIGS([['Dr. Naomi Redcloud', 'SBPHL Director'], ['Arturo Benavides, MS, SM(ASCP)', 'Training Coordinator']],
              w=0.7, gap=24),
     ],
     gold=dict(name='Hannah Vu-Nakashima',
               title='Biosafety Risk Assessment for Sentinel Clinical Laboratories: Recognizing, Ruling Out, and '
                     'Referring Suspected Select Agents',
               date='2025-09-24', credits=2.0, unit='contact hour',
               provider=['Silver Basin Public Health Laboratory', 'SBPHL'], activity_id='118-047-25'))

# ---------------------------------------------------------------------------
# ya29  LabCE, Chromium, caps name, labels above values, order number
# ---------------------------------------------------------------------------
cert(id='ya29', style='LabCE', producer='chromium',
     layout=['portrait', 'centred-award', 'border', 'labels-above-values', 'caps-name', 'seal'],
     notes='Name in capitals; Completion Date | Contact Hours | Course # | Level labels above values; order '
           'number distractor in footer.',
     page=dict(orient='P', margin=[76, 66, 70, 66], font='gothic', align='C',
               border=dict(style='double', color='#2e7d32', inset=26),
               seal=dict(lines=['LabCE', 'P.A.C.E.' + REG], pos='bc', r=34, dy=100, color='#2e7d32'),
               footer=['Order #: LC-88417203  ' + MID + '  labce.com'], footer_y=40, title='LabCE Certificate'),
     blocks=[
         T('LabCE', 30, b=True, color='#2e7d32', after=0),
         T('Certificate of Completion', 26, after=26),
         T('Awarded to', 12, after=6),
         T('LUIS ALBERTO FERRER', 24, b=True, after=12),
         T('for completing the online course', 12, after=8),
         T('Body Fluid Analysis: Cell Counts and Differentials in Serous and Synovial Fluids', 17, b=True,
           after=24),
         COLS([['Completion Date', '06/30/2025'], ['Contact Hours', '2.0'], ['Course #', '1218'],
               ['Level', 'Intermediate']], size=12.5, lsize=9, calign='C', lcaps=True, line=True, after=24),
         T(PACE('LabCE'), 9, w=0.85, align='C', color='#333333'),
     ],
     gold=dict(name='LUIS ALBERTO FERRER',
               title='Body Fluid Analysis: Cell Counts and Differentials in Serous and Synovial Fluids',
               date='2025-06-30', credits=2.0, unit='contact hour', provider=['LabCE'], activity_id='1218'))

# ---------------------------------------------------------------------------
# ya30  MediaLab, fodt, Safety Orientation title, table with expiry
# ---------------------------------------------------------------------------
cert(id='ya30', style='MediaLab', producer='fodt',
     layout=['portrait', 'centred-award', 'border', 'table', 'course-word-title', 'hyphenated-name'],
     notes='Title "New Employee Safety Orientation: ..." is a real course title (not a format); table Course # | '
           'Completed | Contact Hours | Expires (expiry is a distractor).',
     page=dict(orient='P', margin=[80, 70, 72, 70], font='sans', align='C',
               border=dict(style='single', color='#4a2c6f', inset=30, lw=2),
               footer=['MediaLab, Inc.  ' + MID + '  Compliance Library  ' + MID + '  Printed 02/18/2025'],
               footer_y=42, title='Certificate of Completion'),
     blocks=[
         T('MediaLab, Inc.', 22, b=True, color='#4a2c6f', after=4),
         T('Laboratory Compliance and Continuing Education', 11, color='#4a2c6f', after=50),
         T('Certificate of Completion', 30, font='serif', after=34),
         T('This certifies that', 12, after=8),
         T('Ngozi Okwuosa-Hartmann', 24, b=True, font='serif', after=14),
         T('has successfully completed', 12, after=8),
         T('New Employee Safety Orientation: Bloodborne Pathogens and Personal Protective Equipment', 16, b=True,
           after=34),
         TABLE(['Course #', 'Completed', 'Contact Hours', 'Expires'],
               [['ML-BBP-114', '02/17/2025', '1.0', '02/17/2026']], calign=['C', 'C', 'C', 'C'], w=0.86, size=10.5,
               after=24),
         T(PACE('MediaLab, Inc.'), 9, w=0.85, align='C', color='#333333', after=6),
     ],
     gold=dict(name='Ngozi Okwuosa-Hartmann',
               title='New Employee Safety Orientation: Bloodborne Pathogens and Personal Protective Equipment',
               date='2025-02-17', credits=1.0, unit='contact hour', provider=['MediaLab, Inc.'],
               activity_id='ML-BBP-114'))

# ---------------------------------------------------------------------------
# ya31  AACC (2023, before the ADLM name), ReportLab canvas, On-Demand
# ---------------------------------------------------------------------------
cert(id='ya31', style='ADLM', producer='rl_canvas',
     layout=['landscape', 'centred-award', 'border-ornate', 'format-line', 'long-title-wrap+label',
             'accented-name', 'hyphenated-name', 'multi-credit', 'provider-with-for', 'signatures'],
     notes='AACC-era certificate; "On-Demand" format line; title wraps then "Date of completion:"; ACCENT '
           'contact hours are the lab figure, AMA PRA maximum is a distractor.',
     page=dict(orient='L', margin=[62, 80, 60, 80], font='schoolbook', align='C',
               border=dict(style='ornate', color='#00338d', inset=22),
               footer=['AACC  ' + MID + '  Learning Services  ' + MID + '  4120 Wisconsin Avenue NW, Suite 300, Washington, DC 20016'], footer_y=36,
               title='AACC Certificate'),
     blocks=[
         T('American Association for Clinical Chemistry', 19, b=True, color='#00338d', after=12),
         T('Certificate of Completion', 28, font='script', after=8),
         T('This is to certify that', 12, i=True, after=4),
         T('Gérard Lefèvre-Bautista', 24, b=True, after=8),
         T('has completed the', 12, i=True, after=4),
         T('On-Demand', 11, b=True, font='sans', color='#00338d', after=5),
         T('Interpreting Serum Protein Electrophoresis and Immunofixation Patterns in Suspected Monoclonal '
           'Gammopathy', 18, b=True, w=0.86, align='C', after=4),
         T('Date of completion: 03/02/2023', 12, after=3),
         T('Activity ID: 23-OD-2207', 11, after=3),
         T('1.5 ACCENT' + REG + ' contact hours', 12, b=True, after=8),
         T('AACC is accredited by the Accreditation Council for Continuing Medical Education to provide continuing '
           'medical education for physicians. AACC designates this enduring material for a maximum of 1.5 AMA PRA '
           'Category 1 Credits' + TM + '. ACCENT' + REG + ' is the continuing education credit program of AACC.',
           8, font='sans', color='#444444', w=0.8, align='C', after=2),
         SIGS([['Lorena Vasquez-Whitley, PhD, DABCC', 'Director, Education'],
               ['Samuel Okereke, MBA', 'Chief Learning Officer']], w=0.62, gap=22),
     ],
     gold=dict(name='Gérard Lefèvre-Bautista',
               title='Interpreting Serum Protein Electrophoresis and Immunofixation Patterns in Suspected Monoclonal '
                     'Gammopathy',
               date='2023-03-02', credits=1.5, unit='contact hour',
               provider=['American Association for Clinical Chemistry', 'AACC'], activity_id='23-OD-2207'))

# ---------------------------------------------------------------------------
# ya32  NSH workshop session at the annual symposium, GS, Grossing title
# ---------------------------------------------------------------------------
cert(id='ya32', style='NSH', producer='gs',
     layout=['landscape', 'centred-award', 'border-thick', 'session-date', 'date-range', 'course-word-title',
             'accented-name', 'credentials', 'two-column-kv', 'signatures'],
     notes='Session certificate at the annual symposium: date = session date Sept 14 (meeting Sept 12-17); '
           'title with "Grossing Room Safety" and an apostrophe; Session No. is the activity id.',
     page=dict(orient='L', margin=[64, 80, 58, 80], font='palatino', align='C',
               border=dict(style='thick', color='#6b2d5c', inset=20),
               footer=['National Society for Histotechnology  ' + MID + '  Education Department  ' + MID + '  '
                       'Columbia, Maryland'], footer_y=36, title='NSH Workshop Certificate'),
     blocks=[
         T('National Society for Histotechnology', 20, b=True, color='#6b2d5c', after=2),
         T('NSH 51st Annual Symposium/Convention  ' + MID + '  September 12' + NDASH + '17, 2025  ' + MID +
           '  Long Beach, California', 10.5, i=True, after=16),
         T('Workshop Certificate', 28, b=True, after=10),
         T('This is to certify that', 12, i=True, after=4),
         T('Ólafur Jónsson, HTL(ASCP)', 24, font='script', after=6),
         T('attended the workshop', 12, i=True, after=5),
         T("Grossing Room Safety and Ergonomics: A Practical Workshop for Pathologists' Assistants", 18, b=True,
           after=10),
         KV([['Session No.', '34-B'], ['Session Date', 'September 14, 2025'], ['Contact Hours', '3.0']], size=11.5,
            lw=0.5, w=0.46, align='C', rowgap=2, after=8),
         T(PACE('NSH'), 9, font='sans', color='#333333', after=2),
         SIGS([['Jolene Marchbank, HTL(ASCP)QIHC', 'NSH Education Chair'],
               ['Terrence Oduya, HT(ASCP)', 'Symposium/Convention Program Chair']], w=0.64, gap=22),
     ],
     gold=dict(name='Ólafur Jónsson',
               title="Grossing Room Safety and Ergonomics: A Practical Workshop for Pathologists' Assistants",
               date='2025-09-14', credits=3.0, unit='contact hour',
               provider=['National Society for Histotechnology', 'NSH'], activity_id='34-B'))

# ---------------------------------------------------------------------------
# ya33  ASCLS conference attendance, Platypus, meeting name as title
# ---------------------------------------------------------------------------
cert(id='ya33', style='ASCLS', producer='rl_platypus',
     layout=['portrait', 'centred-award', 'border-double', 'meeting-name-title', 'date-range', 'credentials',
             'hyphenated-name', 'program-no-without-colon', 'table', 'provider-with-for', 'signatures'],
     notes='Conference attendance without a session title: gold title = conference name; date = last day of '
           'March 23-25; Program No. without colon in a table.',
     page=dict(orient='P', margin=[80, 70, 72, 70], font='serif', align='C',
               border=dict(style='double', color='#00557f', inset=26),
               footer=['ASCLS  ' + MID + '  Education Office, McLean, Virginia  ' + MID +
                       '  Member #0078812'], footer_y=42, title='ASCLS Certificate of Attendance'),
     blocks=[
         T('American Society for Clinical Laboratory Science', 17, b=True, color='#00557f', after=2),
         T('ASCLS', 12, b=True, ls=4, color='#00557f', after=44),
         T('Certificate of Attendance', 30, i=True, after=30),
         T('This certifies that', 12, after=8),
         T('Yolanda Prieto-Whitfield, MS, MLS(ASCP)CM', 19, b=True, after=12),
         T('attended the', 12, after=8),
         T('ASCLS Clinical Laboratory Leadership Conference 2025', 18, b=True, after=6),
         T('March 23' + NDASH + '25, 2025  ' + MID + '  Alexandria, Virginia', 11.5, after=20),
         TABLE(['Contact Hours', 'Program No.', 'Credit Type'],
               [['8.0', '001-036-25', 'P.A.C.E.' + REG]], calign=['C', 'C', 'C'], w=0.7, size=10.5, after=18),
         T(PACE('ASCLS'), 9, w=0.85, align='C', after=28),
         SIGS([['Lorraine Whitcombe, EdD, MLS(ASCP)CM', 'Director of Education'],
               ['Dr. Peter Vanlandingham', 'ASCLS President']], w=1.0, gap=26),
     ],
     gold=dict(name='Yolanda Prieto-Whitfield', title='ASCLS Clinical Laboratory Leadership Conference 2025',
               date='2025-03-25', credits=8.0, unit='contact hour',
               provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='001-036-25'))

# ---------------------------------------------------------------------------
# ya34  Children's hospital in-service form, AcroForm, labels above values
# ---------------------------------------------------------------------------
cert(id='ya34', style='hospital-inservice', producer='acroform',
     layout=['portrait', 'labels-above-values', 'acroform-fields', 'dept-provider', 'issuer-line-only',
             'credentials', 'hyphenated-name', 'signatures'],
     notes='Form with labels above filled values: Employee Name | Employee ID (distractor), Program Title on two '
           'field lines, Date Attended | Program No. | Contact Hours; 0.5 contact hour; presenter is a distractor.',
     page=dict(orient='P', margin=[70, 66, 70, 66], font='sans', align='L',
               border=dict(style='single', color='#0f4c5c', inset=28, lw=1.2),
               footer=['Cedar Hollow Children\'s Hospital  ' + MID + '  Form CLE-3 (rev. 06/2024)'], footer_y=42,
               title='Continuing Education Attendance Certificate'),
     blocks=[
         T("Cedar Hollow Children's Hospital, Clinical Laboratory Education Office", 12, b=True, color='#0f4c5c',
           after=8),
         T('Continuing Education Attendance Certificate', 20, b=True, after=6),
         RULE(w=1.0, thick=1.2, color='#0f4c5c', after=22),
         COLS([['Employee Name', 'Brandon Vasquez-Holt, MLT(ASCP)'], ['Employee ID', 'E-20931']],
              widths=[0.65, 0.35], size=12.5, lsize=9, lb=True, lcaps=True, field=True, line=True, after=16),
         T('PROGRAM TITLE', 9, b=True, color='#555555', after=2),
         T("Pediatric Reference Intervals: Verification and Transference for a Children's Hospital Laboratory",
           12.5, field=True, w=0.8, after=16),
         COLS([['Date Attended', '12/10/2024'], ['Program No.', 'CLE-1210'], ['Contact Hours', '0.5']],
              size=12.5, lsize=9, lb=True, lcaps=True, field=True, line=True, after=16),
         T('Presented by: Ilse Marchetti, PhD, DABCC, Director of Clinical Chemistry', 10.5, i=True, after=18),
         T('This program was planned and provided by the Clinical Laboratory Education Office and meets the '
           'requirements for laboratory continuing education under the hospital\'s competency program.', 9.5,
           color='#333333', after=36),
         SIGS([['Renata Kowalski-Obi, MLS(ASCP)CM', 'Education Coordinator'],
               ['Ilse Marchetti, PhD, DABCC', 'Presenter']], w=1.0, gap=26),
     ],
     gold=dict(name='Brandon Vasquez-Holt',
               title="Pediatric Reference Intervals: Verification and Transference for a Children's Hospital "
                     "Laboratory",
               date='2024-12-10', credits=0.5, unit='contact hour',
               provider=["Cedar Hollow Children's Hospital",
                         "Cedar Hollow Children's Hospital, Clinical Laboratory Education Office"],
               activity_id='CLE-1210'))

# ---------------------------------------------------------------------------
# ya35  Joint accreditation, provider only in statements, TCPDF, two pages
# ---------------------------------------------------------------------------
cert(id='ya35', style='joint-accreditation', producer='tcpdf',
     layout=['landscape', 'centred-award', 'border-double', 'two-page', 'accreditation-subject-only',
             'provider-with-for', 'format-line', 'long-title-wrap+label', 'multi-credit', 'session-date',
             'hyphenated-name'],
     notes='Provider appears only in the JA and P.A.C.E. statements (name contains "for" and "in"); '
           '"Live Virtual Session" format line; P.A.C.E. 1.5 vs AMA PRA claimed 1.25 and ANCC 1.25; page 2 has '
           'claim date and faculty; Dr. honorific dropped.',
     page=dict(orient='L', margin=[60, 80, 58, 80], font='dejavu', align='C', tcpdf_unicode=True,
               border=dict(style='double', color='#3d405b', inset=22),
               footer=['Page {p} of {n}'], footer_y=34, title='Certificate of Participation'),
     blocks=[
         T('CERTIFICATE', 30, b=True, ls=4, color='#3d405b', after=0),
         T('of Participation', 16, i=True, after=16),
         T('Dr. Simone Achebe-Lindholm', 24, b=True, after=8),
         T('participated in the', 11.5, i=True, after=5),
         T('Live Virtual Session', 11, font='sans', color='#3d405b', after=5),
         T('Precision Oncology Biomarker Testing: Pre-Analytic Tissue Handling for Reliable Molecular Results', 17,
           b=True, w=0.8, align='C', after=4),
         T('Session date: May 15, 2025', 11.5, after=2),
         T('Session ID: FELM-LVS-0515', 11, after=10),
         KV([['P.A.C.E.' + REG + ' contact hours awarded:', '1.5'],
             ['AMA PRA Category 1 Credits' + TM + ' claimed:', '1.25'],
             ['ANCC nursing contact hours:', '1.25']], size=10.5, lw=0.78, w=0.50, align='C', lb=False, rowgap=1,
            after=8),
         T(JA('the Foundation for Excellence in Laboratory Medicine'), 8, font='sans', color='#333333', w=0.8,
           align='C', after=3),
         T(PACE('The Foundation for Excellence in Laboratory Medicine'), 8, font='sans', color='#333333', w=0.8,
           align='C'),
         BR(),
         T('Credit Designation and Faculty', 15, b=True, color='#3d405b', after=12),
         T('The Foundation for Excellence in Laboratory Medicine designates this live activity for a maximum of '
           '1.25 AMA PRA Category 1 Credits' + TM + '. Physicians should claim only the credit commensurate with '
           'the extent of their participation in the activity.', 10.5, w=0.85, align='C', after=8),
         T('Nurses: this activity is approved for 1.25 ANCC nursing contact hours. Laboratory professionals: this '
           'activity is approved for 1.5 P.A.C.E.' + REG + ' contact hours.', 10.5, w=0.85, align='C', after=14),
         T('Faculty: Rajesh Iyengar, MD, PhD (molecular pathology); Corinne Baptiste, HTL(ASCP) (histology '
           'operations)', 10.5, w=0.85, align='C', after=14),
         T('Claim date: 05/22/2025', 10.5, after=4),
     ],
     gold=dict(name='Simone Achebe-Lindholm',
               title='Precision Oncology Biomarker Testing: Pre-Analytic Tissue Handling for Reliable Molecular '
                     'Results',
               date='2025-05-15', credits=1.5, unit='contact hour',
               provider=['Foundation for Excellence in Laboratory Medicine'], activity_id='FELM-LVS-0515'))

# ---------------------------------------------------------------------------
# ya36  Vendor key-operator training, docx, Sr. suffix, table, CE hours
# ---------------------------------------------------------------------------
cert(id='ya36', style='vendor', producer='docx',
     layout=['landscape', 'centred-award', 'border-thick', 'seal', 'table', 'suffix', 'date-range', 'signatures'],
     notes='Name with "Sr."; table Class No. | Training Dates | Location | CE Hours; date = last day of August '
           '11-13; instrument serial and quote numbers are distractors.',
     page=dict(orient='L', margin=[60, 78, 56, 78], font='sans', align='C',
               border=dict(style='thick', color='#14213d', inset=22),
               seal=dict(lines=['HALCYON', 'CERTIFIED', 'KEY OPERATOR'], r=38, color='#fca311'),
               footer=['Instrument Serial No. RL-55032  ' + MID + '  Quote No. Q-44721  ' + MID +
                       '  Halcyon Molecular Solutions  ' + MID + '  Durham, North Carolina'], footer_y=32,
               title='Certificate of Training Completion'),
     blocks=[
         T('Halcyon Molecular Solutions', 20, b=True, color='#14213d', after=8),
         T('Certificate of Training Completion', 28, after=12),
         T('Halcyon Molecular Solutions certifies that', 12, after=4),
         T('Robert E. Lindqvist Sr.', 26, b=True, font='serif', after=6),
         T('has completed', 12, after=4),
         T('Reliance PCR Workstation Key Operator Training', 20, b=True, font='serif', after=12),
         TABLE(['Class No.', 'Training Dates', 'Location', 'CE Hours'],
               [['HMS-KO-2508', 'August 11' + NDASH + '13, 2025', 'Raleigh, NC', '16.0']],
               calign=['C', 'C', 'C', 'C'], w=0.8, size=10.5, after=8),
         T('This training is approved for 16.0 CE hours of instrument-specific continuing education.', 9.5,
           i=True, after=4),
         SIGS([['Priyanka Deshmukh, PhD', 'Manager, Applications Training'],
               ['Owen Castellano', 'Senior Applications Specialist']], w=0.9, gap=22),
     ],
     gold=dict(name='Robert E. Lindqvist Sr.', title='Reliance PCR Workstation Key Operator Training',
               date='2025-08-13', credits=16.0, unit='CE hour', provider=['Halcyon Molecular Solutions'],
               activity_id='HMS-KO-2508'))

# ---------------------------------------------------------------------------
# ya37  ASCP eLearning, FPDF, letter style, table, print date
# ---------------------------------------------------------------------------
cert(id='ya37', style='ASCP', producer='fpdf',
     layout=['portrait', 'letter', 'left-aligned', 'table', 'format-line', 'hyphenated-name', 'credentials',
             'provider-with-for', 'signatures'],
     notes='"eLearning Course" format line; table Course Number | Completion Date | CMLE Credits; date printed '
           'is a distractor.',
     page=dict(orient='P', margin=[66, 72, 70, 72], font='serif', align='L',
               footer=['American Society for Clinical Pathology  |  ascp.org  |  Date printed: 09/01/2025'],
               footer_y=40, title='ASCP Statement of Completion'),
     blocks=[
         T('American Society for Clinical Pathology', 18, b=True, color='#00467f', font='sans', after=2),
         T('Continuing Medical Laboratory Education (CMLE)', 10.5, color='#00467f', font='sans', after=6),
         RULE(w=1.0, thick=1, color='#00467f', after=30),
         T('Statement of Completion', 20, b=True, after=18),
         T('ASCP certifies that', 12, after=6),
         T('Mary-Kate Fitzgerald-Olsen, MLS(ASCP)CM', 15, b=True, after=10),
         T('has completed the following activity:', 12, after=10),
         T('eLearning Course', 11, i=True, color='#555555', after=3),
         T('Lab Management Essentials: Staffing Models, Productivity Metrics, and Budget Variance', 14, b=True,
           after=16),
         TABLE(['Course Number', 'Completion Date', 'CMLE Credits'], [['LM2507-ED', '07/09/2025', '2.0']],
               calign=['C', 'C', 'C'], w=0.8, size=11, after=18),
         T('ASCP CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance '
           'Program. Keep this statement with your records.', 11, after=40),
         SIGS([['Renata Solberg, MD, FASCP', 'Vice President, Educational Programs', 'Renata Solberg']], w=0.45,
              gap=26),
     ],
     gold=dict(name='Mary-Kate Fitzgerald-Olsen',
               title='Lab Management Essentials: Staffing Models, Productivity Metrics, and Budget Variance',
               date='2025-07-09', credits=2.0, unit='CMLE',
               provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='LM2507-ED'))

# ---------------------------------------------------------------------------
# ya38  CAP self-assessment, ReportLab canvas, claimed vs maximum, SAM
# ---------------------------------------------------------------------------
cert(id='ya38', style='CAP', producer='rl_canvas',
     layout=['portrait', 'two-column-kv', 'border', 'issuer-line-only', 'multi-credit', 'max-vs-claimed',
             'accented-name', 'seal'],
     notes='Issuer line under "Certificate of Completion"; credit rows: AMA PRA 2.0 (maximum), ABPath SAM 2.0, '
           'P.A.C.E. claimed 1.5 (gold); issue date distractor; Dr. honorific dropped.',
     page=dict(orient='P', margin=[76, 70, 70, 70], font='sans', align='L',
               border=dict(style='single', color='#004b87', inset=28, lw=2),
               seal=dict(lines=['CAP', 'SAM'], pos='br', r=34, dx=58, dy=56, color='#004b87'),
               footer=['Certificate issued 01/03/2025'], footer_y=42, footer_align='L', title='Certificate'),
     blocks=[
         T('Certificate of Completion', 26, b=True, color='#004b87', after=2),
         T('College of American Pathologists', 13, after=26),
         KV([['Learner', 'Dr. Henrik Sæther'],
             ['Activity', 'Transfusion Medicine Self-Assessment: Antibody Identification Case Studies'],
             ['Activity ID', 'SAM-TM-2024'],
             ['Completed', '12/18/2024']], size=12, lw=0.24, rowgap=8, after=18),
         T('Credit Summary', 12, b=True, color='#004b87', after=6),
         KV([['AMA PRA Category 1 Credits' + TM + ' (maximum)', '2.0'],
             ['ABPath Continuing Certification SAM credit', '2.0'],
             ['ASCLS P.A.C.E.' + REG + ' contact hours claimed', '1.5']], size=11, lw=0.62, w=0.85, lb=False,
            rowgap=4, after=22),
         T('The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical '
           'Education (ACCME) to provide continuing medical education for physicians. The CAP designates this '
           'enduring material for a maximum of 2.0 AMA PRA Category 1 Credits' + TM + '. Physicians should claim '
           'only the credit commensurate with the extent of their participation in the activity.', 9,
           color='#333333', after=6),
         T(PACE('The CAP'), 9, color='#333333', after=6),
         T('This activity meets the American Board of Pathology requirements for Self-Assessment Module (SAM) '
           'credit in Continuing Certification.', 9, color='#333333', after=6),
     ],
     gold=dict(name='Henrik Sæther',
               title='Transfusion Medicine Self-Assessment: Antibody Identification Case Studies',
               date='2024-12-18', credits=1.5, unit='contact hour',
               provider=['College of American Pathologists', 'CAP'], activity_id='SAM-TM-2024'))

# ---------------------------------------------------------------------------
# ya39  P.A.C.E. provider in statement only, fodt, letter-spaced caps name
# ---------------------------------------------------------------------------
cert(id='ya39', style='PACE-provider', producer='fodt',
     layout=['portrait', 'centred-award', 'border-double', 'letter-spaced-name', 'caps-name',
             'accreditation-subject-only', 'format-line', 'long-title-wrap+label', 'program-no-without-colon'],
     notes='Provider named only as subject of the P.A.C.E. statement; letter-spaced capital name with a '
           'particle ("VAN DER"); "Enduring Material" format line; long title then "Date of completion:".',
     page=dict(orient='P', margin=[90, 72, 76, 72], font='serif', align='C',
               border=dict(style='double', color='#5e548e', inset=28),
               footer=['Certificate No. LLCEC-25-30917'], footer_y=46, title='Certificate of Completion'),
     blocks=[
         T('Certificate of Completion', 30, i=True, color='#5e548e', after=30),
         T('awarded to', 12, after=12),
         T('ANNEKE VAN DER BERG', 20, ls=5, after=18),
         T('for completion of the', 12, after=10),
         T('Enduring Material', 11.5, i=True, color='#5e548e', after=10),
         T('Coagulation Testing in Patients on Direct Oral Anticoagulants: Assay Interference, Drug-Specific '
           'Calibrators, and Reporting', 16, b=True, after=6),
         T('Date of completion: 05/06/2025', 12, after=4),
         T('Program No. 512-077-25', 12, after=4),
         T('Contact Hours: 1.0', 12, b=True, after=44),
         T(PACE('Lakeview Laboratory Continuing Education Consortium'), 10, w=0.85, align='C', after=10),
         T('Participants must retain this certificate for their records.', 9.5, i=True),
     ],
     gold=dict(name='ANNEKE VAN DER BERG',
               title='Coagulation Testing in Patients on Direct Oral Anticoagulants: Assay Interference, '
                     'Drug-Specific Calibrators, and Reporting',
               date='2025-05-06', credits=1.0, unit='contact hour',
               provider=['Lakeview Laboratory Continuing Education Consortium'], activity_id='512-077-25'))

# ---------------------------------------------------------------------------
# ya40  State society fall conference attendance, Chromium, meeting name
# ---------------------------------------------------------------------------
cert(id='ya40', style='state-society', producer='chromium',
     layout=['landscape', 'centred-award', 'border-ornate', 'labels-above-values', 'meeting-name-title',
             'date-range', 'program-no-without-colon', 'provider-with-for', 'hyphenated-name', 'signatures'],
     notes='Conference attendance, no session title: gold title = conference name; Attendee | Conference Dates | '
           'Contact Hours labels above values; date = last day of October 25-26; Program No. without colon.',
     page=dict(orient='L', margin=[64, 84, 60, 84], font='palatino', align='C',
               border=dict(style='ornate', color='#1d3557', inset=22),
               footer=['Chesapeake Bay Society for Clinical Laboratory Science  ' + MID + '  cbscls.org'],
               footer_y=34, title='Certificate of Attendance'),
     blocks=[
         T('Chesapeake Bay Society for Clinical Laboratory Science', 18, b=True, color='#1d3557', after=12),
         T('Certificate of Attendance', 30, i=True, after=12),
         T('This certifies attendance at the', 12, after=6),
         T('CBSCLS 2024 Fall Educational Conference', 22, b=True, after=4),
         T('Annapolis, Maryland', 11, i=True, after=18),
         COLS([['Attendee', 'Theodora Papadakis-Grant'], ['Conference Dates', 'October 25' + NDASH + '26, 2024'],
               ['Contact Hours', '9.5']], widths=[0.42, 0.34, 0.24], size=13, lsize=9.5, lcaps=True, calign='C',
              w=0.84, line=True, after=12),
         T('Program No. 318-021-24', 11, after=8),
         T(PACE('The Chesapeake Bay Society for Clinical Laboratory Science'), 9, font='sans', color='#333333',
           w=0.8, align='C', after=2),
         SIGS([['Bernadette Oyelowo, MS, MLS(ASCP)', 'CBSCLS President', 'B. Oyelowo'],
               ['Grant Whitaker, MLS(ASCP)CM', 'Continuing Education Chair', 'Grant Whitaker']], w=0.7, gap=26),
     ],
     gold=dict(name='Theodora Papadakis-Grant', title='CBSCLS 2024 Fall Educational Conference', date='2024-10-26',
               credits=9.5, unit='contact hour',
               provider=['Chesapeake Bay Society for Clinical Laboratory Science', 'CBSCLS'],
               activity_id='318-021-24'))
