# -*- coding: utf-8 -*-
"""Content of the 40 blind-test certificates (zq01..zq40).

Every person, hospital, university, vendor and activity below is invented.
Each entry holds the gold answer and a small layout description (blocks)
that the producer engines in engine.py / *_engine.php render.
"""

# ---------------------------------------------------------------- helpers

def T(s, size=12, b=0, i=0, al='c', sp=0, color=None, font=None, gap=6, field=None, w=None):
    return dict(t='text', s=s, size=size, b=b, i=i, al=al, sp=sp, color=color,
                font=font, gap=gap, field=field, w=w)


def G(h):
    return dict(t='gap', h=h)


def RULE(frac=0.4, width=0.8, color=None, gap=8):
    return dict(t='rule', frac=frac, width=width, color=color, gap=gap)


def COLS(items, size=11, field=False, gap=10, al='c', cw=None):
    """labels ABOVE values, one column per item (cw: optional column width fractions)"""
    cw = cw or [1.0 / len(items)] * len(items)
    return dict(t='cols', items=[list(x) for x in items], size=size, field=field, gap=gap, al=al, cw=cw)


def KV(items, size=11, lw=0.32, field=False, gap=10, w=None):
    """two-column label / value rows"""
    return dict(t='kv', items=[list(x) for x in items], size=size, lw=lw, field=field, gap=gap, w=w)


def TAB(head, rows, w=None, size=10, gap=10, frac=None):
    return dict(t='table', head=head, rows=rows, w=w, size=size, gap=gap, frac=frac)


def SIGS(items, al='c', gap=6, anchor='bottom'):
    """signature lines; anchor='bottom' pins them near the page foot, 'flow' puts them after the text"""
    return dict(t='sigs', items=[list(x) for x in items], al=al, gap=gap, anchor=anchor)


def PACE(p):
    return (p + " is approved as a provider of continuing education programs in the "
            "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")


def page(orient='portrait', border='double', seal=None, font='serif', accent='#1f3a68',
         footer=None, margin=None, valign='top'):
    return dict(orient=orient, border=border, seal=seal, font=font, accent=accent,
                footer=footer, margin=margin, valign=valign)


def gold(style, producer, layout, notes, name, title, date, credits, unit, provider,
         activity_id):
    points = round(credits * 10, 2) if unit == 'CEU' else credits
    return dict(style=style, producer=producer, layout=layout, notes=notes, name=name,
                title=title, date=date, credits=credits, unit=unit, points=points,
                provider=provider, activity_id=activity_id)


R = '\u00ae'      # registered sign
TM = '\u2122'     # trade mark
ND = '\u2013'     # en dash
MD = '\u00b7'     # middle dot

CERTS = []


def cert(cid, g, pg, blocks, page2=None):
    CERTS.append(dict(id=cid, gold=g, page=pg, blocks=blocks, page2=page2))


# ---------------------------------------------------------------- zq01 ASCP / chromium
A = '#17365d'
cert('zq01',
     gold('ascp-cmle', 'chromium-html',
          ['landscape', 'centred-award', 'double-border', 'seal', 'issuer-line-above',
           'format-line', 'long-title-wrap+date-label', 'signature-block'],
          'ON-DEMAND WEBINAR on its own line is the format; credential MLS(ASCP)CM dropped; '
          'issue date and certificate number in footer are distractors.',
          'Marisol Quintero-Abara',
          'Hemoglobin Variants on Capillary Electrophoresis: Interpreting the Unusual Peak in Routine HbA1c Testing',
          '2025-03-14', 1.0, 'CMLE',
          ['American Society for Clinical Pathology', 'ASCP'], '24-WB-0917'),
     page('landscape', 'double', seal=['ASCP', 'CMLE', '2025'], accent=A,
          footer='Certificate No. C-88214-3  ' + MD + '  Issued 03/15/2025  ' + MD +
                 '  ASCP Learning Portal  ' + MD + '  Page 1 of 1'),
     [T('American Society for Clinical Pathology', 15, b=1, sp=1, color=A, gap=4),
      T('CERTIFICATE OF COMPLETION', 30, b=1, sp=3, gap=14),
      T('This certifies that', 13, i=1, gap=6),
      T('Marisol Quintero-Abara, MLS(ASCP)CM', 26, b=1, i=1, color=A, gap=8),
      T('has successfully completed', 13, i=1, gap=4),
      T('ON-DEMAND WEBINAR', 11, b=1, sp=2, gap=4, font='sans'),
      T('Hemoglobin Variants on Capillary Electrophoresis: Interpreting the Unusual Peak in Routine HbA1c Testing',
        19, b=1, w=0.78, gap=4),
      T('Date of completion: March 14, 2025', 12, gap=4),
      T('Activity ID: 24-WB-0917     ' + MD + '     1.0 CMLE credit awarded', 12, gap=8),
      T('ASCP designates this on-demand webinar for 1.0 CMLE credit. ' + PACE('ASCP'), 8.5, w=0.8, gap=10),
      SIGS([('E. Whitcombe Harlan, MD', 'Chair, Continuing Education Committee')])])

# ---------------------------------------------------------------- zq02 AABB / fodt
A = '#7a1f2b'
cert('zq02',
     gold('aabb', 'libreoffice-fodt',
          ['portrait', 'centred-award', 'double-border', 'provider-only-in-accreditation-statement',
           'format-line', 'long-title-wrap+date-label', 'program-no-without-colon', 'presented-by',
           'honorific'],
          'Provider appears only as the subject of the P.A.C.E. statement; "eCast" is the format; '
          '"Dr." dropped; presenters are distractors; Program No. without colon is the ID.',
          'Henrik Olsgaard',
          'Massive Transfusion in Trauma: Balancing Ratios, Viscoelastic Testing and Inventory Realities',
          '2025-06-04', 1.5, 'contact hour',
          ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '110-318-25'),
     page('portrait', 'double', accent=A,
          footer='Registration No. R-2025-448170  ' + MD + '  Retain this certificate for your records for four years.'),
     [G(40),
      T('Certificate of Participation', 30, b=1, color=A, gap=24),
      T('Presented to', 13, i=1, gap=6),
      T('Dr. Henrik Olsgaard', 24, b=1, gap=16),
      T('for participating in the', 12, i=1, gap=4),
      T('eCast', 13, b=1, i=1, color=A, gap=4),
      T('Massive Transfusion in Trauma: Balancing Ratios, Viscoelastic Testing and Inventory Realities',
        17, b=1, w=0.8, gap=4),
      T('Date of participation: June 4, 2025', 12, gap=14),
      T('Presented by Aleksandra Vintersborg, MD, PhD, and Tobias Q. Renwick, MT(ASCP)SBB', 10, i=1, gap=14),
      T('P.A.C.E.' + R + ' Program No. 110-318-25', 12, b=1, gap=3),
      T('1.5 contact hours', 12, b=1, gap=18),
      T('The Association for the Advancement of Blood & Biotherapies (AABB) is approved as a provider of '
        'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R +
        ' Program.', 9.5, w=0.82, gap=30),
      SIGS([('Mireille Dansereau-Holt, MS, MLS(ASCP)SBB', 'Director, Education Programs')])])

# ---------------------------------------------------------------- zq03 CAP / docx
A = '#0b4f6c'
cert('zq03',
     gold('cap', 'docx-libreoffice',
          ['portrait', 'centred-award', 'issuer-line-above', 'all-caps-name', 'two-column-label-value',
           'credit-table', 'max-vs-claimed', 'several-credit-types', 'thin-border'],
          'Credit table: AMA PRA, P.A.C.E. and ABPath SAM with maximum 2.00 and claimed 1.50; gold is the '
          'claimed P.A.C.E. figure. Claim date and customer number are distractors.',
          'CHIDINMA OKONKWO-REYES',
          'Frozen Section Diagnosis in Lymph Node Staging: Pitfalls and Practical Solutions',
          '2025-05-22', 1.5, 'contact hour',
          ['College of American Pathologists', 'CAP'], 'FS2518'),
     page('portrait', 'thin', accent=A,
          footer='CAP Customer No. 4417820  ' + MD + '  Transcript printed 06/02/2025'),
     [T('College of American Pathologists', 18, b=1, color=A, gap=6),
      T('Certificate of Completion', 26, gap=14),
      T('This is to certify that', 11, i=1, gap=4),
      T('CHIDINMA OKONKWO-REYES, MD', 20, b=1, gap=8),
      T('completed the CAP educational activity', 11, i=1, gap=4),
      T('Frozen Section Diagnosis in Lymph Node Staging: Pitfalls and Practical Solutions', 15, b=1, w=0.85, gap=12),
      KV([('Activity ID', 'FS2518'), ('Activity type', 'Internet Enduring Material'),
          ('Date completed', '05/22/2025'), ('Date credit claimed', '06/02/2025')], size=10.5, lw=0.4, w=0.7),
      TAB(['Credit type', 'Maximum available', 'Credits claimed'],
          [['AMA PRA Category 1 Credits' + TM, '2.00', '1.50'],
           ['ASCLS P.A.C.E.' + R + ' contact hours', '2.00', '1.50'],
           ['ABPath Self-Assessment Module (SAM) credits', '2.00', '1.50']], w=[0.5, 0.25, 0.25], size=9.5),
      T('The College of American Pathologists is accredited by the Accreditation Council for Continuing '
        'Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates '
        'this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits' + TM + '. Physicians should '
        'claim only the credit commensurate with the extent of their participation in the activity. '
        'The CAP is approved as a provider of continuing education programs in the clinical laboratory '
        'sciences by the ASCLS P.A.C.E.' + R + ' Program.', 8, al='j', w=0.9, gap=8),
      SIGS([('Lucinda Hargreave-Moss, MD, FCAP', 'Chair, Council on Education')])])

# ---------------------------------------------------------------- zq04 ASCLS / fpdf
A = '#1d4e89'
cert('zq04',
     gold('ascls', 'fpdf',
          ['landscape', 'centred-award', 'thick-border', 'labels-above-values', 'session-at-conference',
           'date-range-distractor', 'accented-name', 'hyphenated-name', 'signature-block'],
          'Session certificate at the annual meeting: the session date (July 29) is gold, not the meeting '
          'range July 27-31. Session No. is the ID; member and badge numbers are distractors.',
          'S\u00f8ren Abernathy-Kofi',
          'Reflex Testing Algorithms for Thyroid Disease: When Less Is More',
          '2025-07-29', 1.0, 'contact hour',
          ['American Society for Clinical Laboratory Science', 'ASCLS'], '3104'),
     page('landscape', 'thick', accent=A, font='sans',
          footer='Member ID 0093318   ' + MD + '   Badge 2025-11872'),
     [T('American Society for Clinical Laboratory Science', 15, b=1, color=A, gap=3),
      T('ASCLS 2025 Annual Meeting  ' + MD + '  Milwaukee, Wisconsin  ' + MD + '  July 27' + ND + '31, 2025', 10.5, gap=12),
      T('Certificate of Attendance', 28, b=1, font='serif', gap=10),
      T('This certifies that', 12, i=1, gap=4),
      T('S\u00f8ren Abernathy-Kofi', 24, b=1, gap=8),
      T('attended the educational session', 12, i=1, gap=4),
      T('Reflex Testing Algorithms for Thyroid Disease: When Less Is More', 17, b=1, gap=12),
      COLS([('Session No.', '3104'), ('Session date', 'July 29, 2025'), ('P.A.C.E.' + R + ' contact hours', '1.0')],
           size=12),
      T(PACE('ASCLS'), 8.5, gap=10),
      SIGS([('Renata Okafor-Strand, EdD, MLS(ASCP)CM', 'President, ASCLS'),
            ('Gareth Lindqvist, MS, MT(ASCP)', 'Chair, Annual Meeting Program Committee')])])

# ---------------------------------------------------------------- zq05 LabCE / tcpdf
A = '#00695c'
cert('zq05',
     gold('labce', 'tcpdf',
          ['portrait', 'centred-award', 'logo-text', 'small-table', 'accented-name', 'hyphenated-name',
           'rounded-border'],
          'Course number in a small table (Course Number | Date Completed | Credit Type | Contact Hours); '
          'certificate ID in the footer is a distractor.',
          'Ana\u00efs Delacroix-Mbeki',
          'Urine Sediment Identification: Casts, Crystals and Artifacts',
          '2025-08-19', 2.0, 'contact hour',
          ['LabCE'], '1642'),
     page('portrait', 'rounded', accent=A, font='sans',
          footer='Certificate ID: LC-2025-7781542   ' + MD + '   Verify this certificate at labce.com/verify'),
     [G(30),
      T('LabCE', 34, b=1, color=A, gap=2),
      T('Continuing Education for the Clinical Laboratory', 10, i=1, gap=28),
      T('Certificate of Completion', 26, b=1, gap=20),
      T('This is to certify that', 12, gap=6),
      T('Ana\u00efs Delacroix-Mbeki, MLS(ASCP)', 22, b=1, color=A, gap=12),
      T('has successfully completed the following continuing education course:', 11, gap=8),
      T('Urine Sediment Identification: Casts, Crystals and Artifacts', 16, b=1, gap=14),
      TAB(['Course Number', 'Date Completed', 'Credit Type', 'Contact Hours'],
          [['1642', '08/19/2025', 'P.A.C.E.' + R, '2.0']], w=[0.25, 0.27, 0.24, 0.24], size=10.5, frac=0.82),
      G(10),
      T(PACE('LabCE') + ' This course is also approved by the Florida Board of Clinical Laboratory Personnel.',
        9, w=0.8, gap=30),
      SIGS([('Corbin Aldridge-Nash, MS, MLS(ASCP)CM', 'Director of Continuing Education')])])

# ---------------------------------------------------------------- zq06 MediaLab / rl-canvas
A = '#283593'
cert('zq06',
     gold('medialab', 'reportlab-canvas',
          ['portrait', 'left-aligned', 'labels-above-values', 'safety-title', 'suffix-jr', 'hyphenated-name',
           'thin-border', 'issuer-line-above'],
          'Participant | Date of Completion labels above values; the title contains "Safety" (a real course '
          'word, not a format). Order, employee numbers and print date are distractors.',
          'Darnell Pryce-Ames Jr.',
          'Laboratory Safety: Chemical Hygiene and Hazard Communication',
          '2025-01-09', 1.0, 'contact hour',
          ['MediaLab, Inc.', 'MediaLab'], 'MLS-SAF-204'),
     page('portrait', 'thin', accent=A, font='sans',
          footer='Order #ML-55120973   ' + MD + '   Employee ID 20418   ' + MD + '   Printed 01/10/2025'),
     [G(20),
      T('MediaLab, Inc.', 14, b=1, al='l', color=A, gap=2),
      T('Compliance and Continuing Education Courses', 9, al='l', gap=30),
      T('Certificate of Completion', 28, b=1, al='l', gap=6),
      RULE(frac=1.0, width=2, color=A, gap=24),
      COLS([('Participant', 'Darnell Pryce-Ames Jr.'), ('Date of Completion', 'January 9, 2025')],
           size=13, al='l', gap=20),
      T('COURSE TITLE', 8.5, b=1, al='l', color='#666666', gap=3),
      T('Laboratory Safety: Chemical Hygiene and Hazard Communication', 16, b=1, al='l', gap=20),
      COLS([('Course ID', 'MLS-SAF-204'), ('Contact Hours', '1.0'), ('Credit Type', 'P.A.C.E.' + R)],
           size=12, al='l', gap=30),
      T(PACE('MediaLab'), 9, al='l', gap=40),
      SIGS([('Roslyn Achterberg, MT(ASCP)', 'Continuing Education Coordinator')], al='l')])

# ---------------------------------------------------------------- zq07 ADLM / platypus
A = '#004d80'
cert('zq07',
     gold('adlm', 'reportlab-platypus',
          ['portrait', 'centred-award', 'issuer-line-above', 'format-line', 'long-title-wrap+date-label',
           'presented-by', 'provider-name-with-ampersand'],
          'LIVE WEBINAR is the format; ACCENT contact hour is the laboratory credit; presenter and member '
          'number are distractors.',
          'Priyanka Raghunathan',
          'Beyond the Reference Interval: Applying Biological Variation Data to Autoverification Rules in the Chemistry Laboratory',
          '2025-02-26', 1.0, 'contact hour',
          ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], 'ADLM-W25-031'),
     page('portrait', 'double', accent=A, font='sans',
          footer='ADLM Member No. 1148290  ' + MD + '  Certificate issued February 27, 2025'),
     [G(24),
      T('Association for Diagnostics & Laboratory Medicine', 15, b=1, color=A, gap=8),
      T('Certificate of Completion', 28, b=1, gap=22),
      T('This certificate is awarded to', 12, i=1, gap=6),
      T('Priyanka Raghunathan, PhD, DABCC', 22, b=1, gap=16),
      T('for completing the', 12, i=1, gap=5),
      T('LIVE WEBINAR', 10, b=1, sp=2, color=A, gap=5),
      T('Beyond the Reference Interval: Applying Biological Variation Data to Autoverification Rules in the Chemistry Laboratory',
        16, b=1, w=0.85, gap=4),
      T('Date of completion: February 26, 2025', 12, gap=12),
      T('Presented by Ottoline Brask-Mahoney, PhD, DABCC', 10, i=1, gap=12),
      T('Activity ID: ADLM-W25-031', 11, gap=4),
      T('ADLM designates this activity for 1.0 ACCENT' + R + ' continuing education contact hour.', 11, gap=36),
      SIGS([('Corinne Aldana-Whitlock, PhD', 'Director, Scientific Education')])])

# ---------------------------------------------------------------- zq08 NSH / acroform
A = '#5b2c6f'
cert('zq08',
     gold('nsh', 'acroform-flattened',
          ['landscape', 'centred-award', 'labels-above-values', 'form-fields', 'grossing-orientation-title',
           'session-at-conference', 'date-range-distractor', 'hyphenated-name'],
          'Title contains "Grossing" and "Orientation" (real course words). Session date 09/14/2025 is gold, '
          'not the symposium range. Fields filled then flattened with qpdf.',
          'Wei-Lin Zhou-Carrington',
          'Grossing Small Biopsies: Orientation, Inking and Embedding for Optimal Sections',
          '2025-09-14', 3.0, 'contact hour',
          ['National Society for Histotechnology', 'NSH'], '214'),
     page('landscape', 'double', seal=['NSH', 'EDUCATION'], accent=A,
          footer='Membership No. 30-77415   ' + MD + '   Convention Registration No. 2025-5531'),
     [T('National Society for Histotechnology', 17, b=1, color=A, gap=3),
      T('51st Annual Symposium/Convention  ' + MD + '  Harborview, Maryland  ' + MD + '  September 12' + ND + '17, 2025', 10.5, gap=14),
      T('Certificate of Attendance', 28, b=1, gap=10),
      T('This certifies that', 12, i=1, gap=4),
      T('Wei-Lin Zhou-Carrington, HT(ASCP)', 22, b=1, field='participant', gap=8),
      T('attended the workshop', 12, i=1, gap=4),
      T('Grossing Small Biopsies: Orientation, Inking and Embedding for Optimal Sections', 17, b=1, gap=12),
      COLS([('Session No.', '214'), ('Session Date', '09/14/2025'), ('NSH Contact Hours', '3.0')],
           size=12, field=True),
      T('The National Society for Histotechnology is approved as a provider of continuing education programs '
        'in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.', 8.5, gap=10),
      SIGS([('Lorraine Beaudette-Oyama, HTL(ASCP)QIHC', 'NSH Education Chair')])])

# ---------------------------------------------------------------- zq09 AMT / ghostscript
A = '#8a1c1c'
cert('zq09',
     gold('amt', 'ghostscript-ps',
          ['portrait', 'centred-award', 'ornate-border', 'seal', 'meeting-attendance', 'suffix-iii',
           'date-range', 'meeting-title', 'signature-block'],
          'Attendance at a meeting with no session title: the meeting name is the title; date is the last '
          'day of June 23-27, 2025; issue date and member ID are distractors. No activity number.',
          'Bartholomew J. Oyelaran III',
          'AMT 87th Educational Program and Annual Meeting',
          '2025-06-27', 14.5, 'CE hour',
          ['American Medical Technologists', 'AMT'], None),
     page('portrait', 'ornate', seal=['AMT', 'SINCE 1939'], accent=A,
          footer='Member ID 0551-2893   ' + MD + '   Issued July 8, 2025'),
     [G(30),
      T('American Medical Technologists', 18, b=1, sp=1.5, color=A, gap=28),
      T('Certificate of Attendance', 30, b=1, i=1, gap=26),
      T('This certificate is hereby presented to', 12, i=1, gap=8),
      T('Bartholomew J. Oyelaran III, MT(AMT)', 23, b=1, gap=14),
      T('in recognition of attendance at the', 12, i=1, gap=6),
      T('AMT 87th Educational Program and Annual Meeting', 18, b=1, gap=5),
      T('Grand Cypress Pavilion  ' + MD + '  Lake Beaumont, Florida  ' + MD + '  June 23' + ND + '27, 2025', 11, gap=20),
      T('Total continuing education earned: 14.5 CE hours', 13, b=1, gap=20),
      T('Continuing education hours are recorded for certified members through the AMT Certification '
        'Continuation Program (CCP).', 9, w=0.75, gap=40),
      SIGS([('Deborah K. Ashworth-Lyle, MT(AMT)', 'AMT President'),
            ('Raymond Osei-Bonsu, EdD', 'Chair, Education Committee')])])

# ---------------------------------------------------------------- zq10 ASM / chromium
A = '#2e5e1e'
cert('zq10',
     gold('asm', 'chromium-html',
          ['portrait', 'centred-award', 'issuer-line-above', 'format-line', 'long-title-wrap+date-label',
           'program-no-without-colon', 'provider-name-with-for', 'credentials-after-name'],
          'On-Demand Webinar is the format; Program No. without colon is the ID; transcript ID and '
          'generation timestamp are distractors.',
          'Kwame Asante-Delgado',
          'Breakpoint Revisions for Enterobacterales: Implementing Updated Carbapenem Interpretive Criteria in the Clinical Laboratory',
          '2025-10-02', 1.5, 'contact hour',
          ['American Society for Microbiology', 'ASM'], '387-211-25'),
     page('portrait', 'thick', accent=A, font='sans',
          footer='Web certificate generated 10/02/2025 14:37  ' + MD + '  Transcript ID T-99182044'),
     [G(30),
      T('American Society for Microbiology', 16, b=1, color=A, gap=26),
      T('Certificate of Completion', 30, b=1, font='serif', gap=24),
      T('This certifies that', 12, gap=6),
      T('Kwame Asante-Delgado, PhD, D(ABMM)', 22, b=1, gap=16),
      T('has completed the', 12, gap=4),
      T('On-Demand Webinar', 12, b=1, i=1, color=A, gap=4),
      T('Breakpoint Revisions for Enterobacterales: Implementing Updated Carbapenem Interpretive Criteria in the Clinical Laboratory',
        16, b=1, w=0.82, gap=4),
      T('Completed on: October 2, 2025', 12, gap=16),
      T('Program No. 387-211-25', 12, gap=3),
      T('1.5 P.A.C.E.' + R + ' contact hours', 12, b=1, gap=18),
      T('The American Society for Microbiology (ASM) is approved as a provider of continuing education '
        'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.', 9, w=0.8, gap=34),
      SIGS([('Imogen Farquhar-Tate, PhD, D(ABMM)', 'Chair, Clinical Microbiology Education Committee')])])

# ---------------------------------------------------------------- zq11 CLSI / fodt
A = '#003a70'
cert('zq11',
     gold('clsi', 'libreoffice-fodt',
          ['landscape', 'centred-award', 'issuer-line-above', 'labels-above-values', 'format-line',
           'accented-name', 'provider-name-with-and'],
          'Participant | Date of Completion labels above values; "Live Virtual Session" is the format; '
          'Event ID is the activity ID; customer and registration numbers are distractors.',
          'Ingrid S\u00e6ther-Nakamura',
          'Verification of Performance for Qualitative Examinations: Applying EP12 in Your Laboratory',
          '2025-04-23', 1.0, 'contact hour',
          ['Clinical and Laboratory Standards Institute', 'CLSI'], 'LVS-0423'),
     page('landscape', 'thick', accent=A, font='sans',
          footer='Customer Number 600417  ' + MD + '  Registration Confirmation 8841-2290'),
     [T('Clinical and Laboratory Standards Institute', 16, b=1, color=A, gap=6),
      T('CERTIFICATE OF COMPLETION', 24, b=1, sp=3, gap=20),
      COLS([('Participant', 'Ingrid S\u00e6ther-Nakamura'), ('Date of Completion', 'April 23, 2025')], size=14, gap=18),
      T('Live Virtual Session', 12, b=1, i=1, color=A, gap=4),
      T('Verification of Performance for Qualitative Examinations: Applying EP12 in Your Laboratory', 17, b=1, gap=18),
      COLS([('Event ID', 'LVS-0423'), ('Contact Hours', '1.0'), ('Credit', 'ASCLS P.A.C.E.' + R)], size=12, gap=14),
      T(PACE('CLSI'), 9, gap=16),
      SIGS([('Barrett N. Oduya, MBA', 'Vice President, Education & Training')])])

# ---------------------------------------------------------------- zq12 state society / docx
A = '#6a1b4d'
cert('zq12',
     gold('state-society', 'docx-libreoffice',
          ['portrait', 'centred-award', 'issuer-line-above', 'format-line', 'two-column-label-value',
           'session-at-conference', 'date-range-distractor', 'double-border'],
          '"Spring Symposium" on its own line is the format; session date April 10 is gold (symposium '
          'April 10-11). Session B-07 is the ID; registration number is a distractor.',
          'LaToya Pemberton-Sykes',
          'Hereditary Hemochromatosis and Iron Overload: What the HFE Genotype Does Not Tell You',
          '2025-04-10', 1.5, 'contact hour',
          ['Carolinas Association for Clinical Laboratory Science', 'CACLS'], 'B-07'),
     page('portrait', 'double', accent=A,
          footer='Attendee Registration No. 0419  ' + MD + '  Please retain for your records.'),
     [T('Carolinas Association for Clinical Laboratory Science', 15, b=1, color=A, gap=3),
      T('2025 CACLS Spring Symposium  ' + MD + '  April 10' + ND + '11, 2025  ' + MD + '  Greenville, South Carolina', 10, gap=20),
      T('Certificate of Attendance', 28, gap=16),
      T('This is to certify that', 12, i=1, gap=4),
      T('LaToya Pemberton-Sykes, MLS(ASCP)CM', 22, b=1, gap=12),
      T('attended the following session at the', 12, i=1, gap=4),
      T('Spring Symposium', 13, b=1, i=1, color=A, gap=4),
      T('Hereditary Hemochromatosis and Iron Overload: What the HFE Genotype Does Not Tell You', 16, b=1, w=0.85, gap=16),
      KV([('Session', 'B-07'), ('Session date', 'Thursday, April 10, 2025'),
          ('P.A.C.E.' + R + ' contact hours', '1.5'), ('Speaker', 'Wendell Ofori-Baines, PhD')],
         size=11, lw=0.42, w=0.72, gap=16),
      T(PACE('CACLS'), 9, w=0.85, gap=24),
      SIGS([('Harriet Mbeki-Lawson, MS, MLS(ASCP)', 'CACLS Continuing Education Coordinator')])])

# ---------------------------------------------------------------- zq13 hospital in-service / fpdf
A = '#1b5e20'
cert('zq13',
     gold('hospital-inservice', 'fpdf',
          ['portrait', 'letter-style', 'left-aligned', 'letterhead', 'name-in-sentence', 'two-column-label-value',
           'safety-title', 'department-provider', 'signature-block', 'address'],
          'Provider is the hospital with its Laboratory Education Department (letterhead). Class No. is the ID; '
          'employee number and form number are distractors. Title contains "Safety".',
          'Gabriela Montoya-Fuentes',
          'Annual Laboratory Safety Update: Chemical Hygiene, Fire Response and Spill Management',
          '2025-03-05', 1.0, 'CE hour',
          ['Riverbend Regional Medical Center',
           'Riverbend Regional Medical Center, Laboratory Education Department'], 'LS-2025-03'),
     page('portrait', None, accent=A, font='sans', footer='Form LED-114 rev. 01/2024   ' + MD + '   Page 1 of 1'),
     [T('Riverbend Regional Medical Center', 18, b=1, al='l', color=A, gap=2),
      T('Laboratory Education Department', 12, b=1, al='l', gap=2),
      T('2400 Meander Parkway  ' + MD + '  Cedar Falls Junction, OH 44093  ' + MD + '  (419) 555-0142', 9, al='l', gap=4),
      RULE(frac=1.0, width=1.5, color=A, gap=30),
      T('Certificate of Completion', 20, b=1, al='l', gap=18),
      T('This letter certifies that Gabriela Montoya-Fuentes, MT(ASCP), Employee No. 77215, completed the '
        'laboratory in-service education session listed below.', 11, al='l', gap=16),
      KV([('In-service title', 'Annual Laboratory Safety Update: Chemical Hygiene, Fire Response and Spill Management'),
          ('Class No.', 'LS-2025-03'),
          ('Date of in-service', 'March 5, 2025'),
          ('Presenter', 'Colleen Thibodeaux, MS, MLS(ASCP)CM'),
          ('Continuing education', '1.0 CE hour')], size=11, lw=0.28, gap=18),
      T('This in-service meets the annual safety education requirement of the Riverbend Laboratory Competency '
        'Program. Please retain this certificate with your continuing education records.', 10, al='l', gap=40),
      SIGS([('Colleen Thibodeaux, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator'),
            ('Arjun Malhotra-Evans, MD', 'Medical Director, Clinical Laboratory')], al='l', anchor='flow')])

# ---------------------------------------------------------------- zq14 public health lab / tcpdf
A = '#0d47a1'
cert('zq14',
     gold('public-health-lab', 'tcpdf',
          ['landscape', 'centred-award', 'issuer-line-above', 'department-provider', 'labels-above-values',
           'long-title-wrap+date-label', 'expiry-distractor', 'signature-block'],
          'Provider is the state PHL with its Office of Laboratory Training and Outreach; LSPHL short form in '
          'footer. Recertification due date and serial number are distractors. Training No. is the ID.',
          'Oluwaseun Adeyemi-Grant',
          'Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements for Sentinel Laboratories',
          '2025-05-20', 4.0, 'contact hour',
          ['Lakeshore State Public Health Laboratory',
           'Lakeshore State Public Health Laboratory, Office of Laboratory Training and Outreach', 'LSPHL'],
          'PS-625-14'),
     page('landscape', 'thick', accent=A, font='sans',
          footer='LSPHL  ' + MD + '  1700 Capitol Way, Lakeshore City  ' + MD + '  Certificate serial 25-0520-0087'),
     [T('Lakeshore State Public Health Laboratory', 16, b=1, color=A, gap=2),
      T('Office of Laboratory Training and Outreach', 11, gap=12),
      T('Certificate of Training', 28, b=1, gap=8),
      T('This certifies that', 12, gap=3),
      T('Oluwaseun Adeyemi-Grant, MPH, M(ASCP)', 22, b=1, color=A, gap=6),
      T('has successfully completed', 12, gap=3),
      T('Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements for Sentinel Laboratories',
        16, b=1, w=0.8, gap=3),
      T('Training date: May 20, 2025', 12, gap=10),
      COLS([('Training No.', 'PS-625-14'), ('Contact Hours', '4.0'), ('Delivery', 'In person, Lakeshore City')], size=11, gap=8),
      T('The Lakeshore State Public Health Laboratory is approved as a provider of continuing education programs in '
        'the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program. Shipping training must be '
        'repeated every 24 months; recertification due by May 20, 2027.', 8.5, w=0.85, gap=8),
      SIGS([('Margarethe Solberg-Iwu, PhD, HCLD(ABB)', 'Laboratory Director'),
            ('Dominic Farraday, MS, SM(ASCP)', 'Training Coordinator')])])

# ---------------------------------------------------------------- zq15 joint-accreditation CME / rl-canvas
A = '#4a148c'
cert('zq15',
     gold('joint-accreditation-cme', 'reportlab-canvas',
          ['landscape', 'centred-award', 'department-provider', 'grand-rounds-series', 'long-title-wrap',
           'several-credit-types', 'credit-table', 'joint-accreditation-statement', 'honorific'],
          'Series name "Pathology Grand Rounds:" belongs to the title. Credit table lists AMA PRA, ANCC, ACPE, '
          'P.A.C.E. and ABPath SAM; gold is P.A.C.E. 1.00. Activity No. is the ID; learner ID distractor.',
          'Seo-yeon Park-Whitaker',
          'Pathology Grand Rounds: Molecular Classification of Endometrial Carcinoma in Everyday Practice',
          '2025-11-06', 1.0, 'contact hour',
          ['Halverson University School of Medicine',
           'Halverson University School of Medicine, Office of Continuing Medical Education'], '25-PGR-1106'),
     page('landscape', 'double', accent=A,
          footer='Certificate generated 11/20/2025  ' + MD + '  Learner ID 00481726  ' + MD + '  cme.halverson.edu'),
     [T('Halverson University School of Medicine', 15, b=1, color=A, gap=1),
      T('Office of Continuing Medical Education', 10.5, gap=6),
      T('Certificate of Participation', 24, b=1, gap=4),
      T('is awarded to', 11, i=1, gap=2),
      T('Dr. Seo-yeon Park-Whitaker', 20, b=1, gap=4),
      T('for participation in the live activity', 11, i=1, gap=2),
      T('Pathology Grand Rounds: Molecular Classification of Endometrial Carcinoma in Everyday Practice', 15, b=1, w=0.62, gap=2),
      T('Activity date: November 6, 2025     ' + MD + '     Activity No. 25-PGR-1106', 10.5, gap=6),
      TAB(['Credit type', 'Credits'],
          [['AMA PRA Category 1 Credit' + TM, '1.00'],
           ['ANCC nursing contact hours', '1.00'],
           ['ACPE contact hours (knowledge-based)', '1.00'],
           ['ASCLS P.A.C.E.' + R + ' contact hours', '1.00'],
           ['ABPath Self-Assessment Module (SAM) credit', '0.50']], w=[0.75, 0.25], size=8.5, frac=0.5, gap=5),
      T('In support of improving patient care, Halverson University School of Medicine is jointly accredited by '
        'the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for '
        'Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing '
        'education for the healthcare team. Halverson University School of Medicine designates this live activity '
        'for a maximum of 1.00 AMA PRA Category 1 Credit' + TM + '. Physicians should claim only the credit '
        'commensurate with the extent of their participation in the activity. '
        + PACE('Halverson University School of Medicine'), 7, al='j', w=0.86, gap=3),
      SIGS([('Nathaniel Brookfield-Oyo, MD, MEd', 'Associate Dean, Continuing Medical Education')])])

# ---------------------------------------------------------------- zq16 university CEU / platypus
A = '#7f0000'
cert('zq16',
     gold('university-ceu', 'reportlab-platypus',
          ['portrait', 'centred-award', 'department-provider', 'small-table', 'ethics-title', 'ceu',
           'date-range', 'accented-name', 'signature-block', 'issue-date-distractor'],
          'CEU certificate: 0.6 CEU = 6 points. Course dates range, last day October 1, 2025 is gold; date of '
          'issue and student ID are distractors. Title contains "Ethics".',
          'Eleanor V\u00e1squez-Holloway',
          'Ethics in Laboratory Practice: Confidentiality, Consent and Specimen Stewardship',
          '2025-10-01', 0.6, 'CEU',
          ['Westbrook State University',
           'Westbrook State University, Division of Continuing and Professional Studies'], 'CLS-CE 412'),
     page('portrait', 'double', seal=['WESTBROOK', 'STATE', '1887'], accent=A,
          footer='Student ID W00918342   ' + MD + '   Date of issue: October 15, 2025'),
     [G(18),
      T('Westbrook State University', 22, b=1, color=A, gap=2),
      T('Division of Continuing and Professional Studies', 12, i=1, gap=26),
      T('Certificate of Completion', 28, gap=20),
      T('The Division of Continuing and Professional Studies certifies that', 11, i=1, gap=8),
      T('Eleanor V\u00e1squez-Holloway, MLS(ASCP)', 22, b=1, gap=14),
      T('has satisfactorily completed the non-credit continuing education course', 11, i=1, gap=6),
      T('Ethics in Laboratory Practice: Confidentiality, Consent and Specimen Stewardship', 16, b=1, w=0.85, gap=18),
      TAB(['Course Number', 'Course Dates', 'CEUs Awarded'],
          [['CLS-CE 412', 'September 3 ' + ND + ' October 1, 2025', '0.6']], w=[0.27, 0.48, 0.25], size=10, frac=0.8),
      G(8),
      T('One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing '
        'education experience under responsible sponsorship, capable direction and qualified instruction.',
        8.5, i=1, w=0.8, gap=40),
      SIGS([('Marcus Delacourt-Ibe, PhD', 'Dean, Continuing and Professional Studies'),
            ('Felicity Anand, MS, MLS(ASCP)CM', 'Program Director, Clinical Laboratory Science')])])

# ---------------------------------------------------------------- zq17 vendor / acroform
A = '#e65100'
cert('zq17',
     gold('vendor', 'acroform-flattened',
          ['landscape', 'centred-award', 'form-fields', 'all-caps-name', 'labels-above-values', 'date-range',
           'training-title', 'thick-border'],
          'Vendor key-operator training over three days: last day (May 7) is gold. Training ID is the ID; '
          'instrument serial and customer account numbers are distractors.',
          'JAMES T. WORTHINGTON-BELL',
          'Key Operator Training: Velora H7 Hematology Analyzer',
          '2025-05-07', 16.0, 'contact hour',
          ['Corvalis Instruments, Inc.'], 'KOT-H7-0525'),
     page('landscape', 'thick', accent=A, font='sans',
          footer='Instrument Serial No. H7-220418   ' + MD + '   Customer Account 10-55821   ' + MD +
                 '   This certificate does not confer service authorization.'),
     [G(10),
      T('Corvalis Instruments, Inc.', 18, b=1, color=A, gap=2),
      T('Clinical Applications Training Program', 10, gap=20),
      T('Certificate of Training', 30, b=1, gap=14),
      T('This certifies that', 12, gap=4),
      T('JAMES T. WORTHINGTON-BELL', 22, b=1, field='participant', gap=10),
      T('has successfully completed', 12, gap=4),
      T('Key Operator Training: Velora H7 Hematology Analyzer', 20, b=1, gap=18),
      COLS([('Training Dates', 'May 5-7, 2025'), ('Training ID', 'KOT-H7-0525'),
            ('P.A.C.E.' + R + ' Contact Hours', '16.0')], size=12, field=True, gap=16),
      T(PACE('Corvalis Instruments, Inc.'), 9, gap=14),
      SIGS([('Yusuf Haddad-Lindgren, MT(ASCP)', 'Senior Clinical Applications Trainer')])])

# ---------------------------------------------------------------- zq18 P.A.C.E. provider / ghostscript
A = '#1a237e'
cert('zq18',
     gold('pace-provider', 'ghostscript-ps',
          ['landscape', 'centred-award', 'ornate-border', 'letter-spaced-name', 'all-caps-name',
           'provider-only-in-accreditation-statement', 'long-title-wrap+date-label', 'program-no-without-colon',
           'signature-block'],
          'Provider printed only in the P.A.C.E. statement; letter-spaced capital name; Program No. without colon '
          'is the ID; certificate number is a distractor.',
          'SARAH ELIZABETH KIMBROUGH',
          'Digital Pathology Validation for Primary Diagnosis: A Practical Walk-Through of the Validation Study',
          '2025-08-07', 2.0, 'contact hour',
          ['Tidewater Pathology Associates'], '522-081-25'),
     page('landscape', 'ornate', accent=A, footer='Certificate 2025-0807-1193'),
     [G(14),
      T('Certificate of Completion', 34, b=0, i=1, color=A, gap=16),
      T('This acknowledges that', 12, i=1, gap=8),
      T('SARAH ELIZABETH KIMBROUGH', 21, sp=4, gap=12),
      T('has completed the continuing education program', 12, i=1, gap=6),
      T('Digital Pathology Validation for Primary Diagnosis: A Practical Walk-Through of the Validation Study',
        17, b=1, w=0.72, gap=4),
      T('Date of Completion: 7 August 2025', 12, gap=12),
      T('Program No. 522-081-25          Contact hours: 2.0', 12, gap=14),
      T(PACE('Tidewater Pathology Associates'), 9, w=0.8, gap=20),
      SIGS([('Vivienne Oduya-Carlisle, MD', 'Medical Director'),
            ('Franklin R. Aho, MHA, MLS(ASCP)', 'Education Coordinator')])])

# ---------------------------------------------------------------- zq19 ASCP / tcpdf
A = '#17365d'
cert('zq19',
     gold('ascp-cmle', 'tcpdf',
          ['portrait', 'centred-award', 'logo-text', 'format-line', 'long-title-wrap+date-label',
           'two-column-label-value', 'max-vs-claimed', 'accented-name', 'several-credit-types'],
          '"Self-Study Module" is the format. Maximum 2.5 CMLE / AMA PRA vs 2.0 CMLE claimed: gold is the claimed '
          'CMLE figure. Course Code is the ID; customer ID and print date are distractors.',
          'Rafael Dom\u00ednguez-Ortega',
          'Lean Workflow Redesign in the Core Laboratory: Reducing Turnaround Time Without Adding Staff',
          '2025-12-03', 2.0, 'CMLE',
          ['American Society for Clinical Pathology', 'ASCP'], 'LMU-5207'),
     page('portrait', 'thin', seal=['ASCP', 'CMLE'], accent=A, font='sans',
          footer='ASCP Customer ID 11093847  ' + MD + '  Printed 12/04/2025'),
     [G(20),
      T('ASCP', 36, b=1, color=A, gap=0),
      T('American Society for Clinical Pathology', 12, gap=30),
      T('Certificate of Completion', 26, b=1, gap=20),
      T('Presented to', 12, i=1, gap=6),
      T('Rafael Dom\u00ednguez-Ortega, MLS(ASCP)CM', 22, b=1, color=A, gap=14),
      T('for successful completion of the', 12, i=1, gap=4),
      T('Self-Study Module', 12, b=1, gap=4),
      T('Lean Workflow Redesign in the Core Laboratory: Reducing Turnaround Time Without Adding Staff', 16, b=1, w=0.8, gap=4),
      T('Date Completed: 12/03/2025', 12, gap=18),
      KV([('Course Code', 'LMU-5207'), ('CMLE credits claimed', '2.0'), ('Post-test score', '85%')],
         size=11, lw=0.5, w=0.6, gap=16),
      T('ASCP designates this enduring material for a maximum of 2.5 AMA PRA Category 1 Credits' + TM +
        ' and a maximum of 2.5 CMLE credits. Participants should claim only the credit commensurate with the extent '
        'of their participation in the activity.', 9, w=0.8, gap=30),
      SIGS([('Dolores Featherstone-Ama, MEd, MLS(ASCP)CM', 'Director, Continuing Education')])])

# ---------------------------------------------------------------- zq20 AABB / chromium
A = '#7a1f2b'
cert('zq20',
     gold('aabb', 'chromium-html',
          ['landscape', 'two-page', 'centred-award', 'issuer-line-above', 'labels-above-values', 'session-at-conference',
           'date-range-distractor', 'several-credit-types', 'credit-table', 'provider-name-with-for-and-ampersand'],
          'Session certificate at the annual meeting: session date (Monday, October 27) is gold, not October 25-28. '
          'Page 2 has the credit table (AMA PRA, ANCC, P.A.C.E.); P.A.C.E. is gold. Registration ID and print date '
          'are distractors.',
          'Thandiwe Mokoena-Ferris',
          'Pathogen Reduction Technologies for Platelets: Operational Lessons from Early Adopters',
          '2025-10-27', 1.5, 'contact hour',
          ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '4216-TS'),
     page('landscape', 'double', accent=A,
          footer='Registration ID AM25-118305  ' + MD + '  Certificate printed October 30, 2025'),
     [T('Association for the Advancement of Blood & Biotherapies', 15, b=1, color=A, gap=2),
      T('AABB Annual Meeting 2025  ' + MD + '  October 25' + ND + '28, 2025  ' + MD + '  Port Halcyon, California', 10, gap=10),
      T('Certificate of Attendance', 26, b=1, gap=6),
      T('This certifies that', 12, i=1, gap=2),
      T('Thandiwe Mokoena-Ferris, MD, PhD', 22, b=1, gap=6),
      T('attended the educational session', 12, i=1, gap=2),
      T('Pathogen Reduction Technologies for Platelets: Operational Lessons from Early Adopters', 17, b=1, gap=8),
      COLS([('Session', '4216-TS'), ('Session Date', 'Monday, October 27, 2025'), ('Room', 'Harbor Ballroom C')],
           size=11.5, gap=10),
      T('ASCLS P.A.C.E.' + R + ' contact hours: 1.5', 12, b=1, gap=6),
      T('Credit details and accreditation statements are on page 2.', 9, i=1, gap=8),
      SIGS([('Cornelius Abernathy-Sato, MD', 'Chair, Annual Meeting Education Committee')])],
     page2=[T('Continuing Education Credit', 18, b=1, al='l', color=A, gap=6),
            T('AABB Annual Meeting 2025  ' + MD + '  Session 4216-TS  ' + MD + '  Monday, October 27, 2025', 11, al='l', gap=14),
            TAB(['Credit type', 'Hours claimed'],
                [['AMA PRA Category 1 Credits' + TM, '1.5'],
                 ['ANCC nursing contact hours', '1.5'],
                 ['ASCLS P.A.C.E.' + R + ' contact hours', '1.5']], w=[0.72, 0.28], size=10.5, frac=0.6, gap=16),
            T('Physicians: AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to '
              'provide continuing medical education for physicians. AABB designates this live activity for a maximum of '
              '1.5 AMA PRA Category 1 Credits' + TM + '. Physicians should claim only the credit commensurate with the '
              'extent of their participation in the activity.', 10.5, al='l', gap=10),
            T('Nurses: This session is approved for 1.5 nursing contact hours.', 10.5, al='l', gap=10),
            T('Laboratory professionals: ' + PACE('AABB'), 10.5, al='l', gap=10),
            T('California: AABB is an approved accrediting agency for California clinical laboratory scientists.', 10.5, al='l', gap=10)])

# ---------------------------------------------------------------- zq21 CAP / ghostscript
A = '#0b4f6c'
cert('zq21',
     gold('cap', 'ghostscript-ps',
          ['landscape', 'centred-award', 'issuer-line-above', 'labels-above-values', 'format-line',
           'long-title-wrap', 'several-credit-types', 'double-border'],
          'Learner | Date of Completion labels above values; "Enduring Material" is the format; AMA PRA and '
          'P.A.C.E. both 1.25 on one row; credit-claim date and customer number are distractors.',
          'Aurelio Benedetti-Kwan',
          'HER2-Low Breast Carcinoma: Applying Updated Scoring Criteria and Reporting Recommendations in Daily Practice',
          '2025-09-30', 1.25, 'contact hour',
          ['College of American Pathologists', 'CAP'], 'ED25-HER2L'),
     page('landscape', 'double', accent=A, font='sans',
          footer='CAP Customer No. 5508127  ' + MD + '  Credit claimed 10/14/2025'),
     [T('College of American Pathologists', 15, b=1, sp=1, color=A, gap=4),
      T('Certificate of Completion', 30, b=1, font='serif', gap=16),
      COLS([('Learner', 'Aurelio Benedetti-Kwan, MD'), ('Date of Completion', 'September 30, 2025')], size=14, gap=16),
      T('Enduring Material', 12, b=1, i=1, color=A, gap=4),
      T('HER2-Low Breast Carcinoma: Applying Updated Scoring Criteria and Reporting Recommendations in Daily Practice',
        17, b=1, w=0.8, gap=14),
      COLS([('Activity ID', 'ED25-HER2L'), ('AMA PRA Category 1 Credits' + TM, '1.25'),
            ('ASCLS P.A.C.E.' + R + ' contact hours', '1.25')], size=11, gap=14),
      T('The College of American Pathologists is accredited by the ACCME to provide continuing medical education for '
        'physicians. The CAP designates this enduring material for a maximum of 1.25 AMA PRA Category 1 Credits' + TM +
        '. ' + 'The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences '
        'by the ASCLS P.A.C.E.' + R + ' Program.', 8, w=0.86, gap=14),
      SIGS([('Lucinda Hargreave-Moss, MD, FCAP', 'Chair, Council on Education')])])

# ---------------------------------------------------------------- zq22 ASCLS / fodt
A = '#1d4e89'
cert('zq22',
     gold('ascls', 'libreoffice-fodt',
          ['portrait', 'centred-award', 'logo-text', 'all-caps-name', 'hyphenated-name', 'apostrophe-name',
           'format-line', 'long-title-wrap+date-label', 'ethics-title', 'two-column-label-value'],
          '"Live Webinar" is the format; title contains "Ethics"; Event No. is the ID; member number and issue '
          'date are distractors.',
          "MAUREEN O'SULLIVAN-BRANDT",
          'Professional Ethics for the Laboratory Leader: Navigating Conflicts of Interest, Vendor Relationships and Data Integrity',
          '2025-01-28', 1.0, 'contact hour',
          ['American Society for Clinical Laboratory Science', 'ASCLS'], 'W25-0128'),
     page('portrait', 'thick', accent=A, font='sans',
          footer='ASCLS Member No. 0401187  ' + MD + '  Certificate issued 01/29/2025'),
     [G(16),
      T('ASCLS', 38, b=1, color=A, gap=0),
      T('American Society for Clinical Laboratory Science', 12, gap=30),
      T('Certificate of Completion', 28, b=1, font='serif', gap=22),
      T('This certifies that', 12, gap=6),
      T("MAUREEN O'SULLIVAN-BRANDT, MS, MLS(ASCP)CM", 19, b=1, gap=16),
      T('participated in the', 12, gap=4),
      T('Live Webinar', 13, b=1, i=1, color=A, gap=4),
      T('Professional Ethics for the Laboratory Leader: Navigating Conflicts of Interest, Vendor Relationships and Data Integrity',
        16, b=1, w=0.82, gap=4),
      T('Date of completion: January 28, 2025', 12, gap=20),
      KV([('Event No.', 'W25-0128'), ('P.A.C.E.' + R + ' contact hours', '1.0')], size=12, lw=0.5, w=0.55, gap=20),
      T(PACE('ASCLS'), 9, w=0.8, gap=36),
      SIGS([('Renata Okafor-Strand, EdD, MLS(ASCP)CM', 'President')])])

# ---------------------------------------------------------------- zq23 P.A.C.E. provider / docx
A = '#b71c1c'
cert('zq23',
     gold('pace-provider', 'docx-libreoffice',
          ['portrait', 'centred-award', 'issuer-line-above', 'accented-name', 'hyphenated-name',
           'two-column-label-value', 'offering-no', 'double-border'],
          'Blood centre is the P.A.C.E.-approved provider, printed as an issuer line and in the statement. '
          'Offering No. is the ID. Date printed day-month-year.',
          'Jean-Baptiste Lef\u00e8vre-Olatunji',
          'Donor Eligibility Updates: Individual Donor Assessment and the Revised Deferral Questions',
          '2025-03-18', 1.0, 'contact hour',
          ['Northern Plains Community Blood Center'], 'NP-2025-07'),
     page('portrait', 'double', accent=A, footer='Northern Plains Community Blood Center  ' + MD + '  Education & Training'),
     [G(20),
      T('Northern Plains Community Blood Center', 15, b=1, color=A, gap=10),
      T('Certificate of Completion', 28, gap=24),
      T('Awarded to', 12, i=1, gap=6),
      T('Jean-Baptiste Lef\u00e8vre-Olatunji', 24, b=1, gap=16),
      T('for completion of the continuing education offering', 12, i=1, gap=6),
      T('Donor Eligibility Updates: Individual Donor Assessment and the Revised Deferral Questions', 16, b=1, w=0.8, gap=4),
      T('Date of offering: 18 March 2025', 12, gap=20),
      KV([('Offering No.', 'NP-2025-07'), ('Contact hours', '1.0'),
          ('Location', 'Red River Donor Center, Training Room B')], size=11, lw=0.35, w=0.75, gap=20),
      T(PACE('Northern Plains Community Blood Center'), 9, w=0.8, gap=36),
      SIGS([('Kirsten Haugland-Mensah, MT(ASCP)SBB', 'Education and Training Manager')])])

# ---------------------------------------------------------------- zq24 LabCE / rl-canvas
A = '#00695c'
cert('zq24',
     gold('labce', 'reportlab-canvas',
          ['landscape', 'two-column-label-value', 'logo-text', 'orientation-title', 'hyphenated-name',
           'thick-border', 'seal'],
          'Name / Course / Course # / Completed / Credit rows; the title begins with "Orientation" (part of the '
          'course name, not a format). Certificate ID is a distractor.',
          'Mohammed Al-Rashidi',
          'Orientation to Molecular Diagnostics: Nucleic Acid Extraction, Amplification and Detection',
          '2025-11-14', 1.5, 'contact hour',
          ['LabCE'], '1138'),
     page('landscape', 'thick', seal=['LabCE', 'P.A.C.E.'], accent=A, font='sans',
          footer='Certificate ID LC-2025-9902213  ' + MD + '  labce.com'),
     [T('LabCE', 30, b=1, color=A, gap=0),
      T('Continuing Education Certificate', 11, gap=20),
      T('Certificate of Completion', 26, b=1, gap=24),
      KV([('Name', 'Mohammed Al-Rashidi, MLT(ASCP)'),
          ('Course', 'Orientation to Molecular Diagnostics: Nucleic Acid Extraction, Amplification and Detection'),
          ('Course #', '1138'),
          ('Completed', '11/14/2025'),
          ('Credit', '1.5 P.A.C.E.' + R + ' contact hours')], size=12.5, lw=0.2, w=0.8, gap=22),
      T(PACE('LabCE'), 9, w=0.8, gap=14),
      SIGS([('Corbin Aldridge-Nash, MS, MLS(ASCP)CM', 'Director of Continuing Education')])])

# ---------------------------------------------------------------- zq25 MediaLab / platypus
A = '#283593'
cert('zq25',
     gold('medialab', 'reportlab-platypus',
          ['portrait', 'centred-award', 'logo-text', 'small-table', 'safety-title', 'expiry-distractor',
           'hyphenated-name'],
          'Course ID / Completion Date / Score / Contact Hours table; title contains "Safety"; learner organisation, '
          'user ID and expiry date are distractors; MediaLab, Inc. is the provider.',
          'Kateryna Bondarenko-Hale',
          'Bloodborne Pathogens: Annual Safety Review for Laboratory Personnel',
          '2025-06-30', 1.0, 'contact hour',
          ['MediaLab, Inc.', 'MediaLab'], 'OSHA-BBP-112'),
     page('portrait', 'thin', accent=A, font='sans',
          footer="Learner's organization: Cedar Hollow Community Hospital Laboratory  " + MD + '  User ID 448102  ' +
                 MD + '  Expires 06/30/2026'),
     [G(30),
      T('MediaLab', 30, b=1, color=A, gap=0),
      T('Compliance & Continuing Education', 10, gap=34),
      T('Certificate of Completion', 26, b=1, gap=22),
      T('This certifies that', 12, gap=6),
      T('Kateryna Bondarenko-Hale, CLS', 22, b=1, gap=14),
      T('has successfully completed the course', 12, gap=6),
      T('Bloodborne Pathogens: Annual Safety Review for Laboratory Personnel', 16, b=1, gap=18),
      TAB(['Course ID', 'Completion Date', 'Score', 'Contact Hours'],
          [['OSHA-BBP-112', '06/30/2025', '92%', '1.0']], w=[0.3, 0.3, 0.16, 0.24], size=10.5, frac=0.8),
      G(14),
      T('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
        'sciences by the ASCLS P.A.C.E.' + R + ' Program.', 9, w=0.8, gap=40),
      SIGS([('Roslyn Achterberg, MT(ASCP)', 'Continuing Education Coordinator')])])

# ---------------------------------------------------------------- zq26 ADLM / acroform
A = '#004d80'
cert('zq26',
     gold('adlm', 'acroform-flattened',
          ['portrait', 'centred-award', 'logo-text', 'form-fields', 'labels-above-values', 'format-line',
           'iso-date', 'hyphenated-name'],
          '"Self-Study" on its own line is the format. Fields (name, completion date, course ID, hours) filled and '
          'flattened. Order ID and member ID are distractors.',
          'Hye-jin Cho-Albright',
          'Mass Spectrometry in the Toxicology Laboratory: Method Validation Essentials',
          '2025-07-16', 1.5, 'contact hour',
          ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], 'SS-TOX-0715'),
     page('portrait', 'double', accent=A, font='sans',
          footer='Order ID 2025-0716-44819  ' + MD + '  Member ID 01-882734'),
     [G(20),
      T('ADLM', 36, b=1, color=A, gap=0),
      T('Association for Diagnostics & Laboratory Medicine', 12, gap=30),
      T('Certificate of Completion', 26, b=1, gap=22),
      T('This certifies that', 12, gap=6),
      T('Hye-jin Cho-Albright, MS, C(ASCP)', 20, b=1, field='participant', gap=14),
      T('has completed the', 12, gap=4),
      T('Self-Study', 12, b=1, i=1, color=A, gap=4),
      T('Mass Spectrometry in the Toxicology Laboratory: Method Validation Essentials', 16, b=1, gap=22),
      COLS([('Completion Date', '2025-07-16'), ('Course ID', 'SS-TOX-0715'), ('ACCENT' + R + ' Contact Hours', '1.5')],
           size=12, field=True, gap=22),
      T('ADLM designates this self-study activity for 1.5 ACCENT' + R + ' continuing education contact hours.', 9.5, gap=40),
      SIGS([('Corinne Aldana-Whitlock, PhD', 'Director, Scientific Education')])])

# ---------------------------------------------------------------- zq27 NSH / ghostscript
A = '#5b2c6f'
cert('zq27',
     gold('nsh', 'ghostscript-ps',
          ['portrait', 'letter-style', 'left-aligned', 'issue-date-distractor', 'long-title-wrap+date-label',
           'program-no-without-colon', 'accented-name', 'hyphenated-name'],
          'Left-aligned letter style: "Date issued" (Nov 21) is a distractor, webinar date (Nov 19) is gold. '
          'Program No. without colon is the ID.',
          'Beatriz Carvalho-S\u00f8rensen',
          'Decalcification Techniques for Bone Marrow Trephines: Acid, Chelation and End-Point Testing',
          '2025-11-19', 1.0, 'contact hour',
          ['National Society for Histotechnology', 'NSH'], '307-119-25'),
     page('portrait', None, accent=A, font='serif', footer='NSH  ' + MD + '  Continuing Education Records  ' + MD + '  Page 1 of 1'),
     [T('National Society for Histotechnology', 18, b=1, al='l', color=A, gap=2),
      T('Continuing Education Certificate', 12, i=1, al='l', gap=4),
      RULE(frac=1.0, width=1, color=A, gap=26),
      T('Date issued: November 21, 2025', 11, al='l', gap=24),
      T('This is to confirm that', 12, al='l', gap=6),
      T('Beatriz Carvalho-S\u00f8rensen, HT(ASCP)', 18, b=1, al='l', gap=10),
      T('completed the webinar', 12, al='l', gap=6),
      T('Decalcification Techniques for Bone Marrow Trephines: Acid, Chelation and End-Point Testing', 15, b=1, al='l', w=0.75, gap=4),
      T('Webinar date: November 19, 2025', 12, al='l', gap=18),
      T('Program No. 307-119-25', 12, al='l', gap=4),
      T('Contact hours: 1.0', 12, al='l', gap=22),
      T('The National Society for Histotechnology is approved as a provider of continuing education programs in the '
        'clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.', 10, al='l', gap=40),
      SIGS([('Delphine Akerele-Moss, HTL(ASCP)', 'NSH Education Coordinator')], al='l', anchor='flow')])

# ---------------------------------------------------------------- zq28 AMT / chromium
A = '#8a1c1c'
cert('zq28',
     gold('amt', 'chromium-html',
          ['portrait', 'left-aligned', 'labels-above-values', 'accented-name', 'hyphenated-name',
           'credentials-after-name', 'thin-border'],
          'Participant | Date of Completion labels above values; Course ID is the ID; CE Hours unit; member ID and '
          'certificate number are distractors.',
          'Luc\u00eda Fern\u00e1ndez-Whitmore',
          'Point-of-Care Glucose Testing: Quality Control and Operator Competency',
          '2025-08-04', 1.0, 'CE hour',
          ['American Medical Technologists', 'AMT'], 'STEP-4471'),
     page('portrait', 'thin', accent=A, font='sans',
          footer='AMT Member ID 0771-4820  ' + MD + '  Certificate No. 2025-STEP-998104'),
     [G(20),
      T('American Medical Technologists', 18, b=1, al='l', color=A, gap=2),
      T('Continuing Education Program', 10, al='l', gap=36),
      T('Certificate of Completion', 30, b=1, al='l', gap=26),
      COLS([('Participant', 'Luc\u00eda Fern\u00e1ndez-Whitmore, RMA(AMT)'), ('Date of Completion', 'August 4, 2025')],
           size=13, al='l', gap=24, cw=[0.62, 0.38]),
      T('COURSE TITLE', 8.5, b=1, al='l', color='#777777', gap=3),
      T('Point-of-Care Glucose Testing: Quality Control and Operator Competency', 16, b=1, al='l', gap=24),
      COLS([('Course ID', 'STEP-4471'), ('CE Hours', '1.0'), ('Format', 'Online, self-paced')], size=12, al='l', gap=40),
      T('AMT records continuing education hours for certified members through the Certification Continuation '
        'Program (CCP).', 9, al='l', gap=50),
      SIGS([('Deborah K. Ashworth-Lyle, MT(AMT)', 'AMT President')], al='l')])

# ---------------------------------------------------------------- zq29 ASM / fpdf
A = '#2e5e1e'
cert('zq29',
     gold('asm', 'fpdf',
          ['landscape', 'centred-award', 'issuer-line-above', 'meeting-attendance', 'date-range', 'honorific',
           'several-credit-types', 'max-vs-claimed', 'double-border'],
          'Meeting attendance: the forum name is the title, last day Feb 8 is gold. 12.5 P.A.C.E. contact hours '
          'vs "maximum of 14.0 AMA PRA" distractor. No activity number; registration number is a distractor.',
          'Obinna Chukwuemeka-Ross',
          "ASM Clinical Microbiology Laboratory Directors' Forum 2025",
          '2025-02-08', 12.5, 'contact hour',
          ['American Society for Microbiology', 'ASM'], None),
     page('landscape', 'double', seal=['ASM', 'CE'], accent=A, footer='Registration No. CMLDF25-0392'),
     [G(8),
      T('American Society for Microbiology', 17, b=1, color=A, gap=14),
      T('Certificate of Attendance', 30, b=1, gap=12),
      T('This certifies that', 12, i=1, gap=4),
      T('Dr. Obinna Chukwuemeka-Ross', 24, b=1, gap=10),
      T('attended the', 12, i=1, gap=4),
      T("ASM Clinical Microbiology Laboratory Directors' Forum 2025", 19, b=1, gap=4),
      T('February 6' + ND + '8, 2025  ' + MD + '  Meridian Bay Conference Center, Alder Springs, Colorado', 11, gap=12),
      T('and is awarded 12.5 P.A.C.E.' + R + ' contact hours', 13, b=1, gap=14),
      T('The American Society for Microbiology is accredited by the ACCME to provide continuing medical education for '
        'physicians and designates this live activity for a maximum of 14.0 AMA PRA Category 1 Credits' + TM + '. '
        'ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
        'ASCLS P.A.C.E.' + R + ' Program.', 8.5, w=0.8, gap=14),
      SIGS([('Howard Ng-Baptiste, PhD, D(ABMM)', 'Forum Program Chair')])])

# ---------------------------------------------------------------- zq30 CLSI / tcpdf (2 pages)
A = '#003a70'
cert('zq30',
     gold('clsi', 'tcpdf',
          ['portrait', 'two-page', 'centred-award', 'logo-text', 'two-column-label-value', 'date-range',
           'agenda-distractor', 'provider-name-with-and'],
          'Two-day workshop: last day June 11 is gold. Page 2 holds the agenda (session titles are distractors) '
          'and the accreditation statement. Event ID is the ID.',
          'Rukhsana Qureshi-Lambert',
          'Method Comparison and Bias Estimation Using Patient Samples',
          '2025-06-11', 7.0, 'contact hour',
          ['Clinical and Laboratory Standards Institute', 'CLSI'], 'W2506-MC'),
     page('portrait', 'thin', accent=A, font='sans', footer='CLSI  ' + MD + '  Workshop certificate'),
     [G(24),
      T('CLSI', 38, b=1, color=A, gap=0),
      T('Clinical and Laboratory Standards Institute', 12, gap=34),
      T('Certificate of Completion', 28, b=1, gap=22),
      T('This certifies that', 12, gap=6),
      T('Rukhsana Qureshi-Lambert, MBA, MLS(ASCP)CM', 21, b=1, gap=16),
      T('has completed the workshop', 12, gap=6),
      T('Method Comparison and Bias Estimation Using Patient Samples', 17, b=1, gap=6),
      T('Workshop dates: June 10' + ND + '11, 2025', 12, gap=20),
      KV([('Event ID', 'W2506-MC'), ('P.A.C.E.' + R + ' contact hours', '7.0'), ('Location', 'Virtual classroom')],
         size=12, lw=0.45, w=0.6, gap=20),
      T('See page 2 for the workshop agenda and accreditation information.', 9, i=1, gap=40),
      SIGS([('Barrett N. Oduya, MBA', 'Vice President, Education & Training')])],
     page2=[T('Workshop Agenda', 18, b=1, al='l', color=A, gap=12),
            T('Method Comparison and Bias Estimation Using Patient Samples ' + ND + ' June 10' + ND + '11, 2025', 11, al='l', gap=12),
            TAB(['Day', 'Time', 'Session'],
                [['1', '9:00 AM', 'Welcome and learning objectives'],
                 ['1', '9:30 AM', 'Designing a method comparison study'],
                 ['1', '1:00 PM', 'Difference plots and regression approaches'],
                 ['2', '9:00 AM', 'Estimating bias at medical decision points'],
                 ['2', '1:00 PM', 'Case studies and acceptance criteria'],
                 ['2', '3:30 PM', 'Post-test and evaluation']], w=[0.1, 0.2, 0.7], size=10, frac=1.0, gap=24),
            T('Accreditation', 14, b=1, al='l', color=A, gap=6),
            T(PACE('CLSI') + ' Participants who attend both days and complete the post-test and evaluation receive 7.0 '
              'contact hours.', 10, al='l', gap=12)])

# ---------------------------------------------------------------- zq31 state society / rl-canvas
A = '#33691e'
cert('zq31',
     gold('state-society', 'reportlab-canvas',
          ['landscape', 'centred-award', 'issuer-line-above', 'meeting-attendance', 'meeting-title', 'date-range',
           'program-no-without-colon', 'hyphenated-name', 'signature-block', 'double-border'],
          'Attendance at a two-day meeting: meeting name is the title, last day October 17 is gold. Program No. '
          'without colon is the ID.',
          'Ruth Ann Kowalczyk-Doyle',
          'KSCLS 58th Annual Fall Meeting',
          '2025-10-17', 11.0, 'contact hour',
          ['Keystone Society for Clinical Laboratory Science', 'KSCLS'], '518-160-25'),
     page('landscape', 'double', seal=['KSCLS', '1967'], accent=A, footer='Keystone Society for Clinical Laboratory Science  ' + MD + '  Page 1 of 1'),
     [G(6),
      T('Keystone Society for Clinical Laboratory Science', 17, b=1, color=A, gap=16),
      T('Certificate of Attendance', 30, b=1, i=1, gap=14),
      T('presented to', 12, i=1, gap=6),
      T('Ruth Ann Kowalczyk-Doyle, MT(ASCP)', 24, b=1, gap=12),
      T('for attendance at the', 12, i=1, gap=6),
      T('KSCLS 58th Annual Fall Meeting', 20, b=1, gap=4),
      T('October 16' + ND + '17, 2025  ' + MD + '  Susquehanna Ridge Conference Center, Harlan Gap, Pennsylvania', 11, gap=14),
      T('Contact hours earned: 11.0          Program No. 518-160-25', 12.5, b=1, gap=12),
      T(PACE('KSCLS'), 8.5, gap=14),
      SIGS([('Walter Ibsen-Marquez, MS, MLS(ASCP)', 'KSCLS President'),
            ('Corazon Villanueva, MT(ASCP)', 'Meeting Chair')])])

# ---------------------------------------------------------------- zq32 hospital in-service / chromium
A = '#00507a'
cert('zq32',
     gold('hospital-inservice', 'chromium-html',
          ['portrait', 'centred-award', 'department-provider', 'orientation-title', 'long-title-wrap+date-label',
           'small-table', 'signature-block', 'hyphenated-name'],
          'Provider is the health system with its Laboratory Education Council; "Blood Bank Orientation" is part '
          'of the course title. Class # is the ID; duration 90 minutes; employee ID and cost centre are distractors.',
          'Nomvula Dlamini-Archer',
          'Blood Bank Orientation: Specimen Acceptance, Antibody Screen Workflow and Crossmatch Selection',
          '2025-07-22', 1.5, 'contact hour',
          ['St. Aurelia Health System', 'St. Aurelia Health System, Laboratory Education Council'], 'BB-ORI-07'),
     page('portrait', 'double', accent=A, font='serif',
          footer='Employee ID 300877  ' + MD + '  Cost center 7420  ' + MD + '  Printed 07/23/2025'),
     [G(20),
      T('St. Aurelia Health System', 20, b=1, color=A, gap=2),
      T('Laboratory Education Council', 12, i=1, gap=30),
      T('In-Service Certificate', 28, gap=22),
      T('This certifies that', 12, i=1, gap=6),
      T('Nomvula Dlamini-Archer, MLS(ASCP)CM', 22, b=1, gap=14),
      T('completed the in-service education program', 12, i=1, gap=6),
      T('Blood Bank Orientation: Specimen Acceptance, Antibody Screen Workflow and Crossmatch Selection', 16, b=1, w=0.8, gap=4),
      T('Date of completion: July 22, 2025', 12, gap=18),
      TAB(['Class #', 'Duration', 'Continuing Education'], [['BB-ORI-07', '90 minutes', '1.5 contact hours']],
          w=[0.3, 0.3, 0.4], size=10.5, frac=0.75),
      G(12),
      T('St. Aurelia Health System Laboratory Education Council is approved as a provider of continuing education '
        'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.', 9, w=0.8, gap=36),
      SIGS([('Perpetua Okoye-Lindahl, MS, MLS(ASCP)SBB', 'Chair, Laboratory Education Council'),
            ('Gideon Marchetti, MD', 'Medical Director, Transfusion Service')])])

# ---------------------------------------------------------------- zq33 public health lab (APHL) / platypus
A = '#0d47a1'
cert('zq33',
     gold('public-health-lab', 'reportlab-platypus',
          ['landscape', 'centred-award', 'issuer-line-above', 'format-line', 'long-title-wrap+date-label',
           'two-column-label-value', 'provider-name-with-of'],
          '"Self-Paced eLearning" is the format. Course No. is the ID; learner ID and generation timestamp are '
          'distractors.',
          'Desmond Achterberg-Nwosu',
          'Biothreat Agent Rule-Out Testing for Sentinel Clinical Laboratories: Bacillus anthracis, Yersinia pestis and Francisella tularensis',
          '2025-04-02', 2.0, 'contact hour',
          ['Association of Public Health Laboratories', 'APHL'], 'APHL-SL-2514'),
     page('landscape', 'thick', accent=A, font='sans',
          footer='Learner ID 7731956  ' + MD + '  This certificate was generated on April 2, 2025 at 4:12 PM'),
     [T('Association of Public Health Laboratories', 16, b=1, color=A, gap=12),
      T('Certificate of Completion', 28, b=1, gap=12),
      T('This certifies that', 12, gap=4),
      T('Desmond Achterberg-Nwosu, SM(ASCP)', 22, b=1, gap=10),
      T('has completed the', 12, gap=3),
      T('Self-Paced eLearning', 12, b=1, i=1, color=A, gap=3),
      T('Biothreat Agent Rule-Out Testing for Sentinel Clinical Laboratories: Bacillus anthracis, Yersinia pestis and Francisella tularensis',
        16, b=1, w=0.8, gap=3),
      T('Date of completion: April 2, 2025', 12, gap=12),
      KV([('Course No.', 'APHL-SL-2514'), ('Contact hours', '2.0')], size=12, lw=0.5, w=0.4, gap=12),
      T(PACE('APHL'), 9, gap=12),
      SIGS([('Imelda Sorensen-Achebe, DrPH', 'Director, Workforce Development')])])

# ---------------------------------------------------------------- zq34 joint-accreditation CME / ghostscript (2 pages)
A = '#4a148c'
cert('zq34',
     gold('joint-accreditation-cme', 'ghostscript-ps',
          ['portrait', 'two-page', 'centred-award', 'department-provider', 'all-caps-name', 'meeting-attendance',
           'date-range', 'credit-table', 'max-vs-claimed', 'several-credit-types', 'joint-accreditation-statement'],
          'Three-day update: conference name is the title, last day November 15 is gold. Credit table Maximum vs '
          'Claimed; gold is claimed P.A.C.E. 11.00 (AMA/ANCC 12.50 claimed, 15.75 max). Activity No. is the ID. '
          'Page 2 carries the accreditation statements.',
          'MARGUERITE DUBOIS-ABIODUN',
          '2025 Pathology and Laboratory Medicine Update',
          '2025-11-15', 11.0, 'contact hour',
          ['Lakemont University Health',
           'Lakemont University Health, Office of Continuing Professional Development'], 'LUH-PLM-2025'),
     page('portrait', 'double', accent=A, font='serif', footer='Lakemont University Health  ' + MD + '  CPD Certificate'),
     [G(20),
      T('Lakemont University Health', 20, b=1, color=A, gap=2),
      T('Office of Continuing Professional Development', 12, i=1, gap=28),
      T('Certificate of Attendance', 28, gap=20),
      T('This certifies that', 12, i=1, gap=6),
      T('MARGUERITE DUBOIS-ABIODUN, MD', 20, b=1, gap=14),
      T('attended the live activity', 12, i=1, gap=6),
      T('2025 Pathology and Laboratory Medicine Update', 18, b=1, gap=4),
      T('November 13' + ND + '15, 2025  ' + MD + '  Lakemont University Conference Center', 11, gap=8),
      T('Activity No. LUH-PLM-2025', 11, gap=16),
      TAB(['Credit type', 'Maximum', 'Claimed'],
          [['AMA PRA Category 1 Credits' + TM, '15.75', '12.50'],
           ['ANCC nursing contact hours', '15.75', '12.50'],
           ['ASCLS P.A.C.E.' + R + ' contact hours', '14.00', '11.00']], w=[0.56, 0.22, 0.22], size=10, frac=0.78, gap=12),
      T('Accreditation and credit designation statements appear on page 2.', 9, i=1, gap=34),
      SIGS([('Evangeline Moreau-Sani, MD', 'Activity Director'),
            ('Tobias Whitlock, EdD', 'Director, Continuing Professional Development')])],
     page2=[T('Accreditation Statements', 16, b=1, al='l', color=A, gap=12),
            T('In support of improving patient care, Lakemont University Health is jointly accredited by the '
              'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy '
              'Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education '
              'for the healthcare team.', 10.5, al='l', gap=10),
            T('Physicians: Lakemont University Health designates this live activity for a maximum of 15.75 AMA PRA '
              'Category 1 Credits' + TM + '. Physicians should claim only the credit commensurate with the extent of '
              'their participation in the activity.', 10.5, al='l', gap=10),
            T('Nurses: This activity is approved for a maximum of 15.75 ANCC nursing contact hours.', 10.5, al='l', gap=10),
            T('Laboratory professionals: ' + PACE('Lakemont University Health') + ' This activity is approved for a '
              'maximum of 14.00 P.A.C.E.' + R + ' contact hours.', 10.5, al='l', gap=10),
            T('Certificate issued December 1, 2025. Keep this certificate for at least six years.', 10, i=1, al='l', gap=10)])

# ---------------------------------------------------------------- zq35 university CEU / docx
A = '#37474f'
cert('zq35',
     gold('university-ceu', 'docx-libreoffice',
          ['landscape', 'centred-award', 'department-provider', 'small-table', 'ceu', 'date-range', 'suffix-sr',
           'conferral-date-distractor', 'signature-block'],
          '1.2 CEU = 12 points. Course ran September 8-10, 2025: last day is gold. Conferral date and student number '
          'are distractors. Workshop is part of the title.',
          'Lamar Devereaux Sr.',
          'Clinical Flow Cytometry: Hands-On Immunophenotyping Workshop',
          '2025-09-10', 1.2, 'CEU',
          ['Caldwell College of Health Sciences',
           'Caldwell College of Health Sciences, Center for Continuing Education'], 'FLOW-305'),
     page('landscape', 'double', accent=A,
          footer='Student No. 2025-11873  ' + MD + '  Conferral date: September 30, 2025'),
     [T('Caldwell College of Health Sciences', 20, b=1, color=A, gap=2),
      T('Center for Continuing Education', 12, i=1, gap=14),
      T('Certificate of Completion', 28, gap=12),
      T('The Center for Continuing Education hereby certifies that', 11, i=1, gap=4),
      T('Lamar Devereaux Sr., MLS(ASCP)', 22, b=1, gap=10),
      T('has completed', 11, i=1, gap=4),
      T('Clinical Flow Cytometry: Hands-On Immunophenotyping Workshop', 17, b=1, gap=12),
      TAB(['Course No.', 'Dates', 'Continuing Education Units (CEUs)'],
          [['FLOW-305', 'September 8' + ND + '10, 2025', '1.2']], w=[0.25, 0.35, 0.4], size=10.5, frac=0.7),
      G(20),
      SIGS([('Beatrix Olawale-Hughes, EdD', 'Director, Center for Continuing Education'),
            ('Samuel Ortega-Pryce, PhD, MLS(ASCP)', 'Course Director')])])

# ---------------------------------------------------------------- zq36 vendor / fodt
A = '#006064'
cert('zq36',
     gold('vendor', 'libreoffice-fodt',
          ['landscape', 'centred-award', 'issuer-line-above', 'format-line', 'long-title-wrap+date-label',
           'presented-by', 'event-id', 'hyphenated-name'],
          '"Recorded Webinar" is the format. Event ID is the ID; webinar registration ID is a distractor; presenter '
          'is a distractor.',
          'Fiona MacAllister-Obi',
          'Syndromic Panel Stewardship: Selecting the Right Patient for Multiplex Respiratory PCR Testing',
          '2025-03-27', 1.0, 'contact hour',
          ['Alturex Molecular, Inc.'], '88412'),
     page('landscape', 'double', accent=A, font='sans',
          footer='Webinar registration ID 5529-0148  ' + MD + '  Alturex Molecular, Inc. Medical Education'),
     [T('Alturex Molecular, Inc.', 17, b=1, color=A, gap=12),
      T('Certificate of Completion', 28, b=1, gap=12),
      T('This certifies that', 12, gap=4),
      T('Fiona MacAllister-Obi, MB(ASCP)CM', 22, b=1, gap=10),
      T('has viewed the', 12, gap=3),
      T('Recorded Webinar', 12, b=1, i=1, color=A, gap=3),
      T('Syndromic Panel Stewardship: Selecting the Right Patient for Multiplex Respiratory PCR Testing', 17, b=1, w=0.72, gap=3),
      T('Date of completion: 03/27/2025', 12, gap=10),
      T('Presenter: Rosalind Achebe-Varga, PhD, D(ABMM)', 10, i=1, gap=8),
      T('Event ID: 88412     ' + MD + '     1.0 P.A.C.E.' + R + ' contact hour', 12, b=1, gap=10),
      T(PACE('Alturex Molecular, Inc.') + ' Content is product-neutral and was reviewed for commercial bias.', 8.5, w=0.85, gap=12),
      SIGS([('Rosalind Achebe-Varga, PhD, D(ABMM)', 'Director, Medical Affairs')])])

# ---------------------------------------------------------------- zq37 ASCP / acroform
A = '#17365d'
cert('zq37',
     gold('ascp-cmle', 'acroform-flattened',
          ['landscape', 'centred-award', 'issuer-line-above', 'form-fields', 'format-line', 'labels-above-values',
           'long-title-wrap', 'seal'],
          '"On-Demand" on its own line is the format. Date of completion, Activity ID and CMLE credits are filled '
          'form fields laid out label-above-value.',
          'Kenji Matsumoto-Hughes',
          'Quality Control Beyond Westgard Rules: Patient-Based Real-Time Quality Control in the High-Volume Laboratory',
          '2025-10-09', 1.0, 'CMLE',
          ['American Society for Clinical Pathology', 'ASCP'], 'QC-2510-OD'),
     page('landscape', 'double', seal=['ASCP', 'CMLE'], accent=A,
          footer='ASCP  ' + MD + '  Continuing Education Certificate  ' + MD + '  Keep for your CMP records'),
     [G(6),
      T('American Society for Clinical Pathology', 16, b=1, color=A, gap=12),
      T('Certificate of Completion', 30, b=1, gap=12),
      T('This certifies that', 12, i=1, gap=4),
      T('Kenji Matsumoto-Hughes, SC(ASCP)', 22, b=1, field='participant', gap=10),
      T('has completed', 12, i=1, gap=4),
      T('On-Demand', 12, b=1, sp=1, color=A, gap=4),
      T('Quality Control Beyond Westgard Rules: Patient-Based Real-Time Quality Control in the High-Volume Laboratory',
        17, b=1, w=0.75, gap=14),
      COLS([('Date of completion', '10/09/2025'), ('Activity ID', 'QC-2510-OD'), ('CMLE credits', '1.0')],
           size=12, field=True, gap=12),
      T('ASCP is accredited by the ACCME to provide continuing medical education for physicians. This activity is '
        'approved for 1.0 CMLE credit.', 8.5, gap=14),
      SIGS([('E. Whitcombe Harlan, MD', 'Chair, Continuing Education Committee')])])

# ---------------------------------------------------------------- zq38 P.A.C.E. provider / fpdf
A = '#3e2723'
cert('zq38',
     gold('pace-provider', 'fpdf',
          ['portrait', 'centred-award', 'issuer-line-above', 'program-no-without-colon', 'suffix-jr',
           'credentials-after-name', 'thick-border', 'seal'],
          'Reference laboratory printed as an issuer line over "Certificate of Completion" and in the P.A.C.E. '
          'statement. Program No. without colon is the ID.',
          'Clarence E. Whitfield Jr.',
          'Critical Value Notification: Closing the Loop from Bench to Bedside',
          '2025-05-13', 1.0, 'contact hour',
          ['Bellmont Reference Laboratories'], '604-052-25'),
     page('portrait', 'thick', seal=['BRL', 'CE'], accent=A,
          footer='Bellmont Reference Laboratories  ' + MD + '  Client Services Education'),
     [G(40),
      T('Bellmont Reference Laboratories', 14, b=1, sp=0, color=A, gap=6),
      T('Certificate of Completion', 30, b=1, gap=30),
      T('This is to certify that', 12, i=1, gap=8),
      T('Clarence E. Whitfield Jr., MT(ASCP)', 24, b=1, gap=18),
      T('has completed the continuing education program', 12, i=1, gap=8),
      T('Critical Value Notification: Closing the Loop from Bench to Bedside', 17, b=1, gap=6),
      T('Completion date: 5/13/2025', 12, gap=22),
      T('Program No. 604-052-25', 12, gap=4),
      T('1.0 contact hour (P.A.C.E.' + R + ')', 12, gap=26),
      T(PACE('Bellmont Reference Laboratories'), 9, w=0.8, gap=50),
      SIGS([('Marisa Tolliver-Quon, MBA, MLS(ASCP)', 'Manager, Client Education')])])

# ---------------------------------------------------------------- zq39 state society / tcpdf
A = '#4e342e'
cert('zq39',
     gold('state-society', 'tcpdf',
          ['landscape', 'centred-award', 'provider-only-in-accreditation-statement', 'format-line',
           'long-title-wrap+date-label', 'labels-above-values', 'accented-name', 'hyphenated-name',
           'moderator-distractor', 'provider-name-with-of'],
          'Provider named in full only in the P.A.C.E. statement (short form RMACLS also in the footer). "Webinar" on '
          'its own line is the format. Event No. is the ID; the moderator is a distractor.',
          'Ximena Ar\u00e9valo-Thompson',
          'Lupus Anticoagulant Testing in Practice: dRVVT, Mixing Studies and Interpretation in Anticoagulated Patients',
          '2025-05-08', 1.0, 'contact hour',
          ['Rocky Mountain Association of Clinical Laboratory Scientists', 'RMACLS'], 'RM-W-2505'),
     page('landscape', 'double', accent=A, font='serif',
          footer='RMACLS  ' + MD + '  Regional continuing education for laboratory professionals'),
     [G(14),
      T('Certificate of Participation', 30, color=A, gap=12),
      T('Presented to', 12, i=1, gap=4),
      T('Ximena Ar\u00e9valo-Thompson', 24, b=1, gap=10),
      T('for participating in the', 12, i=1, gap=3),
      T('Webinar', 12, b=1, i=1, color=A, gap=3),
      T('Lupus Anticoagulant Testing in Practice: dRVVT, Mixing Studies and Interpretation in Anticoagulated Patients',
        16, b=1, w=0.75, gap=3),
      T('Date of Completion: May 8, 2025', 12, gap=12),
      COLS([('Event No.', 'RM-W-2505'), ('Contact Hours', '1.0'), ('Moderator', 'Colette Harrow, MLS(ASCP)')], size=11, gap=10),
      T('The Rocky Mountain Association of Clinical Laboratory Scientists (RMACLS) is approved as a provider of continuing '
        'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.', 8.5, w=0.8, gap=10),
      SIGS([('Dashiell Runningwater, MS, MLS(ASCP)CM', 'RMACLS Education Chair')])])

# ---------------------------------------------------------------- zq40 hospital in-service / docx
A = '#2e4053'
cert('zq40',
     gold('hospital-inservice', 'docx-libreoffice',
          ['portrait', 'letter-style', 'left-aligned', 'letterhead', 'name-in-sentence', 'two-column-label-value',
           'ethics-title', 'department-provider', 'letter-date-distractor', 'address'],
          'Letter dated December 12 (distractor); in-service completed December 4. Provider is the hospital with '
          'its Clinical Laboratory Education Committee. Class No. is the ID; employee number is a distractor.',
          'Annika Lindqvist-Obeng',
          'Laboratory Ethics and Professional Conduct: Annual Review',
          '2025-12-04', 0.5, 'CE hour',
          ['Mercy Valley Hospital', 'Mercy Valley Hospital, Clinical Laboratory Education Committee'], 'ETH-1204'),
     page('portrait', None, accent=A, font='sans', footer='Employee No. 010552  ' + MD + '  HR Learning Record'),
     [T('Mercy Valley Hospital', 20, b=1, al='l', color=A, gap=2),
      T('Clinical Laboratory Education Committee', 12, al='l', gap=2),
      T('1150 Orchard Bend Road  ' + MD + '  Mercy Valley, Oregon 97399', 9, al='l', gap=6),
      RULE(frac=1.0, width=1.2, color=A, gap=28),
      T('December 12, 2025', 11, al='l', gap=24),
      T('Certificate of In-Service Completion', 16, b=1, al='l', gap=16),
      T('This certifies that Annika Lindqvist-Obeng, MLT(ASCP), completed the following in-service:', 11, al='l', gap=14),
      KV([('Title', 'Laboratory Ethics and Professional Conduct: Annual Review'),
          ('Class No.', 'ETH-1204'),
          ('Date completed', 'December 4, 2025'),
          ('Continuing education', '0.5 CE hour')], size=11, lw=0.3, gap=20),
      T('The in-service was presented by the Clinical Laboratory Education Committee as part of the annual '
        'competency program for laboratory staff.', 11, al='l', gap=24),
      T('Sincerely,', 11, al='l', gap=30),
      SIGS([('Hollis Grantham, MS, MLS(ASCP)CM', 'Chair, Clinical Laboratory Education Committee')], al='l', anchor='flow')])

assert len(CERTS) == 40, len(CERTS)
assert len({c['id'] for c in CERTS}) == 40
