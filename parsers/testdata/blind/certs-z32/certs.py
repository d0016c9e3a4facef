# -*- coding: utf-8 -*-
"""The 40 certificates of the z32 blind set: page design, blocks and gold.

Every person, hospital, university, vendor and activity here is invented.
Real organisation names carry invented activities.
"""


def P(text, size=12, **k):
    d = {'t': 'p', 'text': text, 'size': size}
    d.update(k)
    return d


def SP(h=12):
    return {'t': 'sp', 'h': h}


def RULE(**k):
    d = {'t': 'rule'}
    d.update(k)
    return d


def KV(rows, **k):
    d = {'t': 'kv', 'rows': rows}
    d.update(k)
    return d


def COLS(rows, **k):
    d = {'t': 'cols', 'rows': rows}
    d.update(k)
    return d


def TABLE(head, rows, **k):
    d = {'t': 'table', 'head': head, 'rows': rows}
    d.update(k)
    return d


def SIGS(items, **k):
    d = {'t': 'sigs', 'items': items}
    d.update(k)
    return d


def LOGO(text, **k):
    d = {'t': 'logo', 'text': text}
    d.update(k)
    return d


PB = {'t': 'pb'}

PACE = ' is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.'


def G(name, title, date, credits, unit, provider, activity_id):
    pts = round(credits * 10, 2) if unit == 'CEU' else credits
    return {'name': name, 'title': title, 'date': date, 'credits': credits, 'unit': unit,
            'points': pts, 'provider': provider, 'activity_id': activity_id}


CERTS = []


def cert(id, style, producer, layout, notes, gold, page, blocks, meta=None):
    CERTS.append({'id': id, 'style': style, 'producer': producer, 'layout': layout, 'notes': notes,
                  'gold': gold, 'page': page, 'blocks': blocks, 'meta': meta or {}})


# ------------------------------------------------------------------ yf01 ASCP / Chromium
cert('yf01', 'ascp', 'chromium',
     ['landscape', 'centred-award', 'double-border', 'seal', 'signatures', 'script-name', 'credentials-after-name',
      'hyphenated-name', 'format-line', 'long-title-wrap-then-label'],
     'ASCP eCast; the format word "eCast" sits on its own line between the completion verb and the title; '
     'wrapped title directly followed by "Date of completion:". Footer carries certificate/customer numbers and an issue date.',
     G('Marisol Quintero-Vance',
       'Interpreting Serum Protein Electrophoresis Patterns in Monoclonal Gammopathies: A Case-Based Review for the Generalist',
       '2025-03-14', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'ECS-2503-147'),
     {'orient': 'L', 'border': 'double', 'accent': '#0b3d6b', 'accent2': '#a8872c', 'fam': 'pal', 'vcenter': True,
      'seal': [{'pos': (0.87, 0.79), 'r': 40, 'lines': ['ASCP', 'CMLE', '2025']}],
      'footer': 'ASCP Certificate No. ASC-25-7781203  \u00b7  Customer ID 00482913  \u00b7  Issued March 16, 2025'},
     [P('American Society for Clinical Pathology', 17, b=1, color='#0b3d6b', ls=0.5, sa=2),
      P('Continuing Medical Laboratory Education', 10, i=1, sa=14),
      P('CERTIFICATE OF COMPLETION', 26, b=1, color='#0b3d6b', ls=3, sa=12),
      P('This certifies that', 12, i=1, sa=4),
      P('Marisol Quintero-Vance, MLS(ASCP)CM', 28, fam='zapf', sa=6),
      P('has successfully completed the', 12, i=1, sa=3),
      P('eCast', 12, b=1, color='#0b3d6b', sa=5),
      P('Interpreting Serum Protein Electrophoresis Patterns in Monoclonal Gammopathies: A Case-Based Review for the Generalist',
        16, b=1, w=0.68, sa=4),
      P('Date of completion: March 14, 2025', 11, sa=3),
      P('Activity ID: ECS-2503-147          CMLE credits earned: 1.0', 11, sa=14),
      SIGS([('Elaine R. Whitcomb, MBA', 'Senior Director, Continuing Education'),
            ('Harold T. Ames, MD, FASCP', 'Chair, CMLE Committee')], w=0.7, script=True)],
     {'title': 'ASCP CMLE Certificate', 'author': 'American Society for Clinical Pathology'})

# ------------------------------------------------------------------ yf02 AABB / FODT
cert('yf02', 'aabb', 'fodt',
     ['portrait', 'letter-left', 'logo', 'kv-two-column', 'signatures', 'credentials-after-name', 'hyphenated-name',
      'format-line', 'long-title-wrap-then-label', 'program-no-without-colon', 'provider-name-with-for-and'],
     'Letter-style AABB attendance letter. Letter date (June 2) is an issue date; the session date is May 21. '
     '"Live Virtual Session" is a format line. "Program No." label without colon; registration ID is a distractor.',
     G('Adaeze Okonkwo-Bell',
       'Antibody Identification Challenges in the Multiply Transfused Patient: Practical Approaches to Warm Autoantibodies',
       '2025-05-21', 1.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25EL-317'),
     {'orient': 'P', 'border': 'none', 'accent': '#8a1538', 'fam': 'times',
      'footer': 'AABB Education  \u00b7  Please retain this letter for your continuing education records.'},
     [LOGO('AABB', align='L', w=82, h=30, sa=6),
      P('Association for the Advancement of Blood & Biotherapies', 13, b=1, align='L', color='#8a1538', sa=1),
      P('Education and Professional Development', 10, align='L', i=1, sa=22),
      P('June 2, 2025', 11, align='L', sa=18),
      P('CERTIFICATE OF ATTENDANCE', 14, b=1, align='L', ls=1, sa=10),
      P('This letter certifies that', 11, align='L', sa=4),
      P('Adaeze Okonkwo-Bell, MT(ASCP)SBB', 14, b=1, align='L', sa=4),
      P('participated in the following AABB education program:', 11, align='L', sa=8),
      P('Live Virtual Session', 11, i=1, align='L', sa=3),
      P('Antibody Identification Challenges in the Multiply Transfused Patient: Practical Approaches to Warm Autoantibodies',
        13, b=1, align='L', w=0.82, sa=3),
      P('Session date: May 21, 2025', 11, align='L', sa=14),
      KV([('Program No.', '25EL-317'), ('Delivery', 'Live virtual (interactive)'),
          ('Credit awarded', '1.5 contact hours (ASCLS P.A.C.E.\u00ae)'), ('Registration ID', 'R-0088412')],
         align='L', w=0.7, lw=0.34, size=11, sa=10),
      P('AABB' + PACE + ' This program has been approved for 1.5 contact hours. Participants should claim only the credit '
        'commensurate with the extent of their participation in the activity.', 9.5, align='L', w=0.9, sa=20),
      P('Sincerely,', 11, align='L', sa=2),
      SIGS([('Renata Volkova, MS, MLS(ASCP)', 'Director, Education Programs')], align='L', w=0.45)],
     {'title': 'AABB Certificate of Attendance', 'author': 'AABB'})

# ------------------------------------------------------------------ yf03 CAP / DOCX
cert('yf03', 'cap', 'docx',
     ['portrait', 'labels-above-values', 'table', 'multi-credit', 'max-vs-claimed', 'credentials-after-name',
      'title-keyword-grossing', 'accreditation-statements'],
     'CAP enduring material claimed for P.A.C.E.; credit table lists maximum and claimed for AMA PRA, P.A.C.E. and ABPath SAM: '
     'gold is the claimed P.A.C.E. figure (1.75 of 2.00). "Grossing" is part of the real course title. Learner ID and print date are distractors.',
     G('Priyanka Raghunathan',
       'Grossing of Complex Specimens: Whipple Resections, Pelvic Exenterations, and Radical Neck Dissections',
       '2024-09-18', 1.75, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAP-EM-24117'),
     {'orient': 'P', 'border': 'thin', 'accent': '#00467f', 'fam': 'libsans',
      'footer': 'Printed 10/02/2024 from the CAP Learning transcript  \u00b7  Page {p} of {n}'},
     [P('College of American Pathologists', 18, b=1, color='#00467f', sa=2),
      P('CAP Learning', 11, i=1, color='#00467f', sa=18),
      P('Certificate of Credit', 22, b=1, sa=16),
      COLS([[('Learner', 'Priyanka Raghunathan, PA(ASCP)CM'), ('Date of Completion', '09/18/2024')],
            [('Activity Title', 'Grossing of Complex Specimens: Whipple Resections, Pelvic Exenterations, and Radical Neck Dissections')],
            [('Activity Type', 'Enduring material (online)'), ('Activity Number', 'CAP-EM-24117'), ('Learner ID', '3008215')]],
           w=0.92, size=11, widths=None, uline=True, gap=12),
      SP(6),
      TABLE(['Credit Type', 'Maximum Available', 'Credits Claimed'],
            [['AMA PRA Category 1 Credits\u2122', '2.00', '0.00'],
             ['ASCLS P.A.C.E.\u00ae Contact Hours', '2.00', '1.75'],
             ['ABPath Self-Assessment Module (SAM) Credits', '2.00', '0.00']],
            widths=[0.52, 0.24, 0.24], w=0.92, size=10, sa=14),
      P('Accreditation', 10, b=1, align='L', indent=0, sa=2),
      P('The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education '
        '(ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum '
        'of 2.00 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their '
        'participation in the activity.', 9, align='L', sa=5),
      P('The CAP' + PACE + ' This activity is approved for 2.00 contact hours.', 9, align='L', sa=5),
      P('Successful completion of this activity enables the participant to earn up to 2.00 Medical Knowledge MOC points in the '
        'American Board of Pathology\u2019s Continuing Certification program.', 9, align='L', sa=16),
      SIGS([('Nadia K. Ferreira, MD, FCAP', 'Chair, Council on Education')], w=0.5)],
     {'title': 'CAP Learning Certificate of Credit', 'author': 'College of American Pathologists'})

# ------------------------------------------------------------------ yf04 ASCLS / FPDF
cert('yf04', 'ascls', 'fpdf',
     ['landscape', 'centred-award', 'ornate-border', 'seal', 'signatures', 'all-caps-name', 'hyphenated-name',
      'session-at-conference', 'date-range-distractor', 'title-keyword-ethics', 'long-title-wrap-then-label'],
     'Session certificate from the ASCLS annual meeting: the meeting range (June 22-26) is a distractor; gold date is the '
     'session date. ASCLS is its own P.A.C.E. provider, so ASCLS is the provider. Badge ID is a distractor.',
     G('DEVONTAE J. HARRIS-PRICE',
       'Laboratory Professional Ethics: Navigating Conflicts of Interest, Result Integrity, and Patient Privacy',
       '2025-06-24', 1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '3107'),
     {'orient': 'L', 'border': 'ornate', 'accent': '#23395b', 'accent2': '#c9a227', 'fam': 'times', 'vcenter': True,
      'seal': [{'pos': (0.12, 0.80), 'r': 38, 'lines': ['ASCLS', 'P.A.C.E.', 'PROVIDER']}]},
     [P('American Society for Clinical Laboratory Science', 19, b=1, color='#23395b', sa=2),
      P('ASCLS Annual Meeting & Clinical Laboratory Exposition  \u00b7  Kansas City, Missouri  \u00b7  June 22\u201326, 2025', 10, i=1, sa=16),
      P('Certificate of Attendance', 28, i=1, color='#23395b', sa=12),
      P('This certifies that', 12, sa=4),
      P('DEVONTAE J. HARRIS-PRICE', 24, b=1, sa=6),
      P('attended the educational session', 12, sa=6),
      P('Laboratory Professional Ethics: Navigating Conflicts of Interest, Result Integrity, and Patient Privacy', 16, b=1, w=0.6, sa=4),
      P('Session date: June 24, 2025', 11, sa=2),
      P('Session No. 3107   \u00b7   1.0 P.A.C.E.\u00ae contact hour   \u00b7   Level: Intermediate', 11, sa=4),
      P('Badge ID 20931', 8.5, color='#666666', sa=14),
      SIGS([('Lorraine Batiste-Kelley, EdD, MLS(ASCP)CM', 'President, ASCLS'),
            ('Gordon P. Heskett, MS, MLS(ASCP)', 'Chair, Education and Scientific Assembly')], w=0.78),
      P('ASCLS' + PACE, 8.5, color='#444444', w=0.8, sa=0)],
     {'title': 'ASCLS Annual Meeting Session Certificate', 'author': 'ASCLS', 'creator': 'ASCLS Meeting Services'})

# ------------------------------------------------------------------ yf05 P.A.C.E. provider / TCPDF
cert('yf05', 'pace_provider', 'tcpdf',
     ['portrait', 'centred-award', 'thin-border', 'signatures', 'accented-name', 'format-line', 'long-title-wrap-then-label',
      'provider-in-accreditation-statement-only', 'program-no-without-colon'],
     'The provider appears only as the subject of the P.A.C.E. approval statement. "has completed the on-demand webinar" '
     'carries the format; title follows. "Program No. 412-118-25" (no colon) is the ID; certificate number and generation '
     'timestamp are distractors.',
     G('Nguy\u1ec5n Th\u1ecb Thu H\u00e0',
       'Beyond the Gram Stain: Rapid Molecular Identification of Bloodstream Pathogens and Its Impact on Antimicrobial Stewardship',
       '2024-11-07', 1.5, 'contact hour', ['Great Plains Laboratory Education Consortium'], '412-118-25'),
     {'orient': 'P', 'border': 'thin', 'accent': '#2f5d50', 'fam': 'dvserif', 'vcenter': True,
      'footer': 'Certificate #GP-24-55120  \u00b7  Generated 11/07/2024 4:42 PM CST'},
     [P('Certificate of Completion', 26, b=1, color='#2f5d50', sa=20),
      P('This is to certify that', 12, sa=8),
      P('Nguy\u1ec5n Th\u1ecb Thu H\u00e0', 22, b=1, sa=8),
      P('has completed the on-demand webinar', 12, sa=8),
      P('Beyond the Gram Stain: Rapid Molecular Identification of Bloodstream Pathogens and Its Impact on Antimicrobial Stewardship',
        14, b=1, w=0.85, sa=3),
      P('Date of completion: November 7, 2024', 11, sa=14),
      P('Program No. 412-118-25  \u00b7  1.5 P.A.C.E.\u00ae contact hours  \u00b7  Level: Intermediate', 10.5, sa=26),
      SIGS([('Marguerite Olesen, MEd, MLS(ASCP)CM', 'Education Coordinator')], w=0.5, sa=28),
      P('Great Plains Laboratory Education Consortium' + PACE, 9, w=0.85, color='#333333', sa=4),
      P('Retain this certificate for a minimum of three years for licensure and certification maintenance audits.', 8.5,
        color='#555555', w=0.85)],
     {'title': 'Certificate of Completion', 'author': 'Great Plains Laboratory Education Consortium'})

# ------------------------------------------------------------------ yf06 LabCE / ReportLab canvas
cert('yf06', 'labce', 'rlcanvas',
     ['landscape', 'centred-award', 'band-border', 'logo', 'table', 'letter-spaced-name', 'all-caps-name', 'format-line'],
     'Letter-spaced ALL-CAPS name (character spacing). "Self-Study Module" is a format line. Small table with course number, '
     'date and hours; order/customer numbers and print date in the footer.',
     G('SARAH KOWALCZYK', 'Hematology Case Studies: Red Cell Morphology in Hemolytic Anemias', '2025-04-30', 1.0,
       'contact hour', ['LabCE'], 'HEM-7741'),
     {'orient': 'L', 'border': 'band', 'accent': '#1d5c8c', 'fam': 'libsans', 'mtop': 74, 'margin': 66,
      'footer': 'Order #LC-9923817  \u00b7  Customer ID 551092  \u00b7  Printed 05/02/2025  \u00b7  www.labce.com'},
     [LOGO('LabCE', w=96, h=30, size=16, sa=12),
      P('Certificate of Completion', 28, b=1, color='#1d5c8c', sa=10),
      P('This is to certify that', 12, sa=6),
      P('SARAH KOWALCZYK', 22, b=1, ls=6, sa=6),
      P('has successfully completed the', 12, sa=4),
      P('Self-Study Module', 11, i=1, color='#1d5c8c', sa=4),
      P('Hematology Case Studies: Red Cell Morphology in Hemolytic Anemias', 17, b=1, sa=14),
      TABLE(['Course No.', 'Date Completed', 'P.A.C.E.\u00ae Contact Hours', 'Level'],
            [['HEM-7741', 'April 30, 2025', '1.0', 'Intermediate']], widths=[0.2, 0.25, 0.33, 0.22], w=0.74, size=10.5, sa=14),
      P('LabCE' + PACE, 9, color='#444444', w=0.8)],
     {'title': 'LabCE Certificate', 'author': 'LabCE'})

# ------------------------------------------------------------------ yf07 MediaLab / Platypus
cert('yf07', 'medialab', 'platypus',
     ['portrait', 'labels-above-values', 'logo', 'suffix-name', 'credentials-after-name', 'title-keyword-safety', 'signatures'],
     'Labels above values: Name | Completion Date, then Course Title on its own row, then Course Number | Credit | Format. '
     'CE Broker tracking number is a distractor.',
     G('Bartholomew Okafor III',
       'Laboratory Safety: Chemical Hygiene, Bloodborne Pathogens, and Fire Safety in the Clinical Laboratory',
       '2025-01-09', 2.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-SAF-2210'),
     {'orient': 'P', 'border': 'thin', 'accent': '#5b2a86', 'fam': 'helv',
      'footer': 'MediaLab, Inc.  \u00b7  Certificate generated 01/09/2025 21:14 ET  \u00b7  Verification code 7KQ2-PX41'},
     [LOGO('MediaLab', w=120, h=34, size=17, sa=16),
      P('Certificate of Completion', 24, b=1, color='#5b2a86', sa=24),
      COLS([[('Name', 'Bartholomew Okafor III, MLT(ASCP)'), ('Completion Date', 'January 9, 2025')],
            [('Course Title', 'Laboratory Safety: Chemical Hygiene, Bloodborne Pathogens, and Fire Safety in the Clinical Laboratory')],
            [('Course Number', 'ML-SAF-2210'), ('Credit', '2.0 P.A.C.E.\u00ae contact hours'), ('Format', 'Online, self-paced')]],
           w=0.9, size=12, rowwidths=[None, None, [0.28, 0.42, 0.30]], uline=True, gap=16),
      SP(10),
      P('MediaLab, Inc.' + PACE, 9.5, align='L', w=1.0, sa=5),
      P('Florida Board of Clinical Laboratory Personnel CE Broker Tracking #20-779134. Credit is reported to CE Broker within '
        '48 hours of completion.', 9.5, align='L', sa=30),
      SIGS([('Dana L. Whitcombe, MHA, MT(ASCP)', 'Director of Continuing Education')], w=0.5)],
     {'title': 'Certificate of Completion', 'author': 'MediaLab, Inc.', 'creator': 'MediaLab Certificate Service'})

# ------------------------------------------------------------------ yf08 ADLM / AcroForm
cert('yf08', 'adlm', 'acroform',
     ['portrait', 'form-fields-flattened', 'kv-two-column', 'logo', 'credentials-after-name', 'hyphenated-name',
      'max-vs-claimed', 'long-title-wrap-then-label', 'provider-name-with-for-and'],
     'Fillable form filled and flattened. The maximum available (1.5) differs from the hours claimed (1.0): gold is the claimed '
     'figure. Member number and issue date are distractors.',
     G('Hyun-woo Castellanos',
       'Mass Spectrometry in the Routine Clinical Laboratory: Method Validation, Interferences, and Regulatory Expectations',
       '2025-06-12', 1.0, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], 'WEB-25-0612'),
     {'orient': 'P', 'border': 'double', 'accent': '#00557f', 'fam': 'helv',
      'footer': 'ADLM Member No. 1049922  \u00b7  Issued 06/20/2025'},
     [LOGO('ADLM', w=90, h=30, sa=8),
      P('Association for Diagnostics & Laboratory Medicine', 15, b=1, color='#00557f', sa=18),
      P('CERTIFICATE OF PARTICIPATION', 19, b=1, ls=1.5, sa=4),
      P('ACCENT\u00ae Continuing Education Credit', 11, i=1, sa=22),
      KV([('Participant:', 'Hyun-woo Castellanos, PhD, DABCC'),
          ('Activity:', 'Mass Spectrometry in the Routine Clinical Laboratory: Method Validation, Interferences, and Regulatory Expectations'),
          ('Activity type:', 'Live webinar'),
          ('Activity ID:', 'WEB-25-0612'),
          ('Date of participation:', '06/12/2025'),
          ('Maximum ACCENT\u00ae contact hours:', '1.5'),
          ('ACCENT\u00ae contact hours claimed:', '1.0')],
         w=0.86, lw=0.36, size=11, uline=True, gap=9,
         fields={'Participant:': 'participant', 'Activity:': 'activity', 'Activity type:': 'atype', 'Activity ID:': 'actid',
                 'Date of participation:': 'date', 'ACCENT\u00ae contact hours claimed:': 'claimed'}),
      SP(8),
      P('ADLM is approved by the ACCENT\u00ae Care Accreditation Program to provide continuing education for laboratory '
        'professionals. Participants may claim up to the maximum number of contact hours listed above.', 9, align='L', sa=26),
      SIGS([('Victor M. Alonzo-Reyes, PhD, DABCC', 'Chair, Education Core Committee')], w=0.5)],
     {'title': 'ADLM Certificate of Participation', 'author': 'ADLM'})

# ------------------------------------------------------------------ yf09 NSH / Ghostscript
cert('yf09', 'nsh', 'ghostscript',
     ['landscape', 'centred-award', 'double-border', 'seal', 'signatures', 'accented-name', 'hyphenated-name',
      'credentials-after-name', 'format-line', 'session-at-conference', 'date-range-distractor', 'title-keyword-orientation'],
     '"Spring Symposium" is a format/event line, not part of the title; the symposium runs March 20-22 but the certificate '
     'names its own workshop date (March 21). "Orientation" belongs to the real title.',
     G('Ana L\u00facia Brand\u00e3o-Ferreira', 'Mohs Surgery Histotechnology: Tissue Orientation, Mapping, and Frozen Section Quality',
       '2025-03-21', 3.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'W-14'),
     {'orient': 'L', 'border': 'double', 'accent': '#6b1f3a', 'accent2': '#b08d57', 'fam': 'pal', 'vcenter': True,
      'seal': [{'pos': (0.875, 0.78), 'r': 40, 'lines': ['NSH', 'SPRING', '2025']}]},
     [P('National Society for Histotechnology', 20, b=1, color='#6b1f3a', sa=2),
      P('NSH Spring Symposium  \u00b7  Baltimore, Maryland  \u00b7  March 20\u201322, 2025', 10, i=1, sa=18),
      P('Certificate of Attendance', 28, i=1, sa=12),
      P('This certifies that', 12, sa=4),
      P('Ana L\u00facia Brand\u00e3o-Ferreira, HT(ASCP)', 22, b=1, sa=6),
      P('attended the', 12, sa=3),
      P('Spring Symposium', 11, i=1, color='#6b1f3a', sa=3),
      P('Mohs Surgery Histotechnology: Tissue Orientation, Mapping, and Frozen Section Quality', 17, b=1, w=0.7, sa=8),
      P('Workshop date: March 21, 2025     Session No. W-14     3.0 contact hours', 11, sa=18),
      SIGS([('Claudette Ramirez-Owens, HTL(ASCP)QIHC', 'President, NSH'),
            ('Warren J. Albrecht, BS, HT(ASCP)', 'Chair, Education Committee')], w=0.7),
      P('NSH' + PACE, 8.5, color='#444444', w=0.66)],
     {'title': 'NSH Spring Symposium Certificate', 'author': 'NSH'})

# ------------------------------------------------------------------ yf10 AMT / Chromium
cert('yf10', 'amt', 'chromium',
     ['portrait', 'centred-award', 'ornate-border', 'logo', 'signatures', 'hyphenated-name', 'credentials-after-name',
      'format-line', 'long-title-wrap-then-label', 'presented-by-distractor'],
     '"LIVE WEBINAR" is a format line. "presented by" names the speaker (distractor); member ID is a distractor. Unit is CE hours.',
     G('Keisha-Ann Thibodeaux',
       'Point-of-Care Testing Compliance: Competency Assessment, Quality Control, and Documentation for Waived and Moderate Complexity Testing',
       '2025-08-19', 1.5, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-W-0819'),
     {'orient': 'P', 'border': 'ornate', 'accent': '#7a1e1e', 'accent2': '#c8a24a', 'fam': 'schl', 'vcenter': True,
      'footer': 'AMT Member ID 3378210  \u00b7  This certificate does not expire. Retain for CCP documentation.'},
     [LOGO('AMT', w=80, h=34, size=18, sa=10),
      P('American Medical Technologists', 18, b=1, color='#7a1e1e', sa=18),
      P('Certificate of Continuing Education', 24, i=1, sa=18),
      P('presented to', 12, sa=6),
      P('Keisha-Ann Thibodeaux, MT(AMT)', 22, b=1, sa=10),
      P('for successful completion of the', 12, sa=6),
      P('LIVE WEBINAR', 11, b=1, ls=2, color='#7a1e1e', sa=6),
      P('Point-of-Care Testing Compliance: Competency Assessment, Quality Control, and Documentation for Waived and Moderate Complexity Testing',
        15, b=1, w=0.8, sa=4),
      P('Date of completion: August 19, 2025', 11, sa=4),
      P('presented by Gregory Saint-Laurent, PhD, MT(AMT)', 10, i=1, sa=14),
      KV([('Event No.', 'AMT-W-0819'), ('CE hours awarded', '1.5')], w=0.5, lw=0.55, size=11, sa=24),
      SIGS([('Beatrice Oyelowo, MBA, MT(AMT)', 'Director, Continuing Education')], w=0.5)],
     {'title': 'AMT Certificate of Continuing Education', 'author': 'American Medical Technologists'})

# ------------------------------------------------------------------ yf11 ASM / FODT
cert('yf11', 'asm', 'fodt',
     ['landscape', 'centred-award', 'double-border', 'seal', 'honorific-name', 'hyphenated-name', 'meeting-attendance',
      'date-range', 'max-vs-claimed', 'provider-name-with-for-and'],
     'Meeting attendance without a session title: title is the meeting name and the date is the last day of June 19-23. '
     'Claimed 18.5 of a maximum 27.0 contact hours. Leading "Dr." dropped from the name. Registration number is a distractor.',
     G('Oluwaseun Adebayo-Whitfield', 'ASM Microbe 2025', '2025-06-23', 18.5, 'contact hour',
       ['American Society for Microbiology', 'ASM'], None),
     {'orient': 'L', 'border': 'double', 'accent': '#004b87', 'accent2': '#9c7a2b', 'fam': 'libserif',
      'seal': [{'pos': (0.86, 0.78), 'r': 40, 'lines': ['ASM', 'MICROBE', '2025']}],
      'footer': 'Registration No. M25-118842  \u00b7  Certificate printed June 30, 2025'},
     [SP(30),
      P('American Society for Microbiology', 20, b=1, color='#004b87', sa=18),
      P('Certificate of Attendance', 28, i=1, sa=14),
      P('This is to certify that', 12, sa=6),
      P('Dr. Oluwaseun Adebayo-Whitfield', 24, b=1, sa=8),
      P('attended', 12, sa=6),
      P('ASM Microbe 2025', 20, b=1, color='#004b87', sa=4),
      P('June 19\u201323, 2025  \u00b7  Los Angeles, California', 12, sa=14),
      P('Contact hours claimed: 18.5 (maximum available: 27.0)', 12, sa=16),
      P('ASM' + PACE, 9, w=0.75, color='#444444', sa=12),
      SIGS([('Rebecca N. Thorsby, PhD, D(ABMM)', 'Chair, Meetings Board')], w=0.4)],
     {'title': 'ASM Microbe 2025 Certificate of Attendance', 'author': 'American Society for Microbiology'})

# ------------------------------------------------------------------ yf12 CLSI / DOCX
cert('yf12', 'clsi', 'docx',
     ['portrait', 'letter-left', 'logo', 'table', 'credentials-after-name', 'hyphenated-name', 'format-line',
      'long-title-wrap-then-label', 'expiry-distractor', 'provider-name-with-for-and'],
     'Left-aligned; "On-Demand Webinar" is a format line; credit-expiry date is a distractor.',
     G('Rosalind Achterberg-Mensah',
       'Verification of Performance Specifications for Quantitative Methods: Applying Precision and Trueness Studies in Your Laboratory',
       '2025-02-27', 1.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'CLSI-OD-2419'),
     {'orient': 'P', 'border': 'none', 'accent': '#0a5a7a', 'fam': 'helv',
      'footer': 'CLSI Education  \u00b7  Certificate ID 6F2C-19A0-77E1'},
     [LOGO('CLSI', align='L', w=86, h=30, sa=6),
      P('Clinical and Laboratory Standards Institute', 14, b=1, align='L', color='#0a5a7a', sa=30),
      P('Certificate of Completion', 22, b=1, align='L', sa=18),
      P('Awarded to', 11, align='L', sa=3),
      P('Rosalind Achterberg-Mensah, MS, MLS(ASCP)CM', 16, b=1, align='L', sa=12),
      P('for completing the', 11, align='L', sa=3),
      P('On-Demand Webinar', 11, i=1, align='L', color='#0a5a7a', sa=3),
      P('Verification of Performance Specifications for Quantitative Methods: Applying Precision and Trueness Studies in Your Laboratory',
        13, b=1, align='L', w=0.85, sa=3),
      P('Date of completion: 02/27/2025', 11, align='L', sa=16),
      TABLE(['Activity ID', 'P.A.C.E.\u00ae Contact Hours', 'Credit Expires'], [['CLSI-OD-2419', '1.0', 'December 31, 2026']],
            align='L', w=0.75, widths=[0.3, 0.4, 0.3], size=10, sa=16),
      P('CLSI' + PACE, 9.5, align='L', w=0.9, sa=30),
      SIGS([('Joanna F. Petrakis, MT(ASCP)', 'Senior Manager, Education')], align='L', w=0.45)],
     {'title': 'CLSI Certificate of Completion', 'author': 'Clinical and Laboratory Standards Institute'})

# ------------------------------------------------------------------ yf13 State society / FPDF
cert('yf13', 'state_society', 'fpdf',
     ['portrait', 'labels-above-values', 'table', 'suffix-name', 'credentials-after-name', 'meeting-attendance',
      'date-range', 'title-keyword-meeting', 'provider-name-with-for-and'],
     'Annual meeting attendance: the meeting name is the title, the date is the last day of April 9-11; total P.A.C.E. hours '
     'printed; the session table is supporting detail. Labels above values.',
     G('Lamar D. Whitaker Jr.', 'OSCLS 2025 Annual Meeting & Exhibit', '2025-04-11', 11.5, 'contact hour',
       ['Ohio Society for Clinical Laboratory Science', 'OSCLS'], '290-447-25'),
     {'orient': 'P', 'border': 'thin', 'accent': '#8b0000', 'fam': 'times', 'vcenter': True,
      'footer': 'OSCLS  \u00b7  Attendance verified by badge scan  \u00b7  Printed 04/18/2025'},
     [P('Ohio Society for Clinical Laboratory Science', 17, b=1, color='#8b0000', sa=2),
      P('OSCLS 2025 Annual Meeting & Exhibit', 13, b=1, sa=2),
      P('Columbus, Ohio', 10, i=1, sa=18),
      P('CERTIFICATE OF ATTENDANCE', 20, b=1, ls=1, sa=18),
      COLS([[('Participant', 'Lamar D. Whitaker Jr., MLS(ASCP)CM'), ('Dates Attended', 'April 9\u201311, 2025')],
            [('P.A.C.E.\u00ae Program No.', '290-447-25'), ('Total P.A.C.E.\u00ae Contact Hours', '11.5')]],
           w=0.88, size=11.5, uline=True, gap=14, rowwidths=[[0.6, 0.4], [0.5, 0.5]]),
      P('Sessions attended', 11, b=1, align='L', indent=40, sa=4),
      TABLE(['Date', 'Session', 'Hours'],
            [['April 9', 'Pre-meeting workshop: Flow Cytometry Gating Strategies', '3.0'],
             ['April 10', 'Keynote and general sessions', '4.0'],
             ['April 11', 'Scientific sessions and Student Bowl', '4.5']],
            widths=[0.16, 0.68, 0.16], w=0.84, size=10, sa=16),
      P('OSCLS' + PACE, 9, w=0.84, sa=26),
      SIGS([('Annette M. Kowalski, MS, MLS(ASCP)', 'President, OSCLS'), ('Bradley S. Yoder, MLS(ASCP)', 'Convention Chair')], w=0.84)],
     {'title': 'OSCLS Certificate of Attendance', 'author': 'OSCLS'})

# ------------------------------------------------------------------ yf14 Hospital in-service / TCPDF
cert('yf14', 'hospital_inservice', 'tcpdf',
     ['portrait', 'labels-above-values', 'band-border', 'signatures', 'hyphenated-name', 'credentials-after-name',
      'department-provider'],
     'Hospital in-service; provider is the laboratory education department of the hospital (institution + "Institution, '
     'Department"). Employee ID is a distractor; "Class No." is the ID.',
     G('Fatima Al-Sayegh',
       'Blood Culture Contamination Reduction: Collection Technique, Diversion Devices, and Feedback Reporting',
       '2024-11-14', 1.0, 'contact hour',
       ['Mercy Ridge Regional Medical Center', 'Mercy Ridge Regional Medical Center, Laboratory Education Department'], 'LED-2411-03'),
     {'orient': 'P', 'border': 'band', 'accent': '#00695c', 'fam': 'dvsans', 'mtop': 84, 'vcenter': True,
      'footer': 'Mercy Ridge Regional Medical Center  \u00b7  Laboratory Education Department  \u00b7  Form LED-07 rev. 03/2024'},
     [P('Mercy Ridge Regional Medical Center', 16, b=1, color='#00695c', sa=2),
      P('Laboratory Education Department', 12, sa=22),
      P('In-Service Education Certificate', 21, b=1, sa=22),
      COLS([[('Employee Name', 'Fatima Al-Sayegh, MLT(ASCP)'), ('Employee ID', 'E40871'), ('Department', 'Core Laboratory \u2013 Microbiology')],
            [('In-Service Title', 'Blood Culture Contamination Reduction: Collection Technique, Diversion Devices, and Feedback Reporting')],
            [('Date', 'November 14, 2024'), ('Class No.', 'LED-2411-03'), ('Contact Hours', '1.0'), ('Instructor', 'K. Lindqvist, MLS(ASCP)')]],
           w=0.96, size=10.5, uline=True, gap=14, rowwidths=[[0.38, 0.2, 0.42], None, [0.27, 0.22, 0.2, 0.31]]),
      SP(8),
      P('Approved for 1.0 P.A.C.E.\u00ae contact hour. Mercy Ridge Regional Medical Center, Laboratory Education Department' + PACE,
        9, align='L', w=1.0, sa=36),
      SIGS([('Joan Whitlock-Ames, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator'),
            ('Samuel Adeyinka, MD', 'Medical Director, Clinical Laboratories')], w=0.95)],
     {'title': 'In-Service Education Certificate', 'author': 'Mercy Ridge Regional Medical Center'})

# ------------------------------------------------------------------ yf15 Public health lab / ReportLab canvas
cert('yf15', 'public_health_lab', 'rlcanvas',
     ['portrait', 'letter-left', 'kv-two-column', 'signatures', 'hyphenated-name', 'format-line', 'department-provider',
      'title-keyword-safety', 'long-title-wrap-then-label'],
     'Public health laboratory training office; "Live Virtual Session" is the format line; "Training No." is the ID.',
     G('Esperanza Villalobos-Teague',
       'Biosafety Level 3 Laboratory Practices: Packaging and Shipping of Division 6.2 Infectious Substances',
       '2025-07-15', 2.0, 'contact hour',
       ['Northern Plains Regional Public Health Laboratory',
        'Northern Plains Regional Public Health Laboratory, Office of Training and Workforce Development', 'NPRPHL'],
       'PHL-BT-25-06'),
     {'orient': 'P', 'border': 'none', 'accent': '#2e4a62', 'fam': 'libserif',
      'footer': 'NPRPHL  \u00b7  1400 Prairie Science Drive, Bismarck Annex  \u00b7  Training records are retained for five years.'},
     [P('Northern Plains Regional Public Health Laboratory', 16, b=1, align='L', color='#2e4a62', sa=1),
      P('Office of Training and Workforce Development', 11, align='L', i=1, sa=3),
      RULE(w=1.0, lw=1.2, sa=28),
      P('CERTIFICATE OF TRAINING', 17, b=1, align='L', ls=1, sa=14),
      P('This certifies that', 11, align='L', sa=3),
      P('Esperanza Villalobos-Teague', 16, b=1, align='L', sa=8),
      P('successfully completed the', 11, align='L', sa=3),
      P('Live Virtual Session', 11, i=1, align='L', sa=3),
      P('Biosafety Level 3 Laboratory Practices: Packaging and Shipping of Division 6.2 Infectious Substances', 13, b=1,
        align='L', w=0.75, sa=3),
      P('Date of training: July 15, 2025', 11, align='L', sa=16),
      KV([('Training No.', 'PHL-BT-25-06'), ('Contact hours', '2.0 (ASCLS P.A.C.E.\u00ae)'), ('Instructor', 'Lt. Cmdr. D. Farouk, MPH'),
          ('Employee No.', '00-41877')], align='L', w=0.6, lw=0.38, size=11, sa=14),
      P('Northern Plains Regional Public Health Laboratory' + PACE + ' This training does not constitute certification '
        'to ship dangerous goods; shippers must also complete employer-specific function training.', 9.5, align='L', w=0.95, sa=30),
      SIGS([('Howard Lindgren, PhD, HCLD(ABB)', 'Laboratory Director'), ('Trina Blackhorse, MPH', 'Training Coordinator')],
           w=0.9, align='L')],
     {'title': 'Certificate of Training', 'author': 'Northern Plains Regional Public Health Laboratory'})

# ------------------------------------------------------------------ yf16 Joint-accreditation CME / Platypus (2 pages)
cert('yf16', 'joint_cme', 'platypus',
     ['portrait', 'two-page', 'centred-award', 'table', 'multi-credit', 'credentials-after-name', 'hyphenated-name',
      'series-name-in-title', 'department-provider', 'claim-date-distractor'],
     'Jointly accredited CME with AMA PRA 1.25, ANCC 1.25, ACPE 1.25 and P.A.C.E. 1.5 (50-minute hour): gold is the P.A.C.E. '
     'figure. "Pathology Grand Rounds:" is part of the title. Claim date is a distractor. Page 2 carries the accreditation statements.',
     G('Rafael Ignacio Montoya-Ruiz',
       'Pathology Grand Rounds: Liquid Biopsy in Oncology \u2014 Circulating Tumor DNA Assays from Bench to Bedside',
       '2025-04-17', 1.5, 'contact hour',
       ['Lakeshore University Health System', 'Lakeshore University Health System, Office of Continuing Professional Development'],
       '25-PGR-0417'),
     {'orient': 'P', 'border': 'double', 'accent': '#14365d', 'fam': 'times',
      'footer': 'Lakeshore University Health System  \u00b7  Office of Continuing Professional Development  \u00b7  Page {p} of {n}'},
     [SP(10),
      P('Lakeshore University Health System', 18, b=1, color='#14365d', sa=2),
      P('Office of Continuing Professional Development', 11, i=1, sa=26),
      P('Certificate of Participation', 26, i=1, sa=20),
      P('This is to certify that', 12, sa=6),
      P('Rafael Ignacio Montoya-Ruiz, MLS(ASCP)CM', 20, b=1, sa=10),
      P('participated in the live activity', 12, sa=6),
      P('Pathology Grand Rounds: Liquid Biopsy in Oncology \u2014 Circulating Tumor DNA Assays from Bench to Bedside', 15, b=1, w=0.8, sa=6),
      P('Activity date: April 17, 2025  \u00b7  Activity ID 25-PGR-0417', 11, sa=18),
      TABLE(['Credit type', 'Credits awarded'],
            [['AMA PRA Category 1 Credit\u2122', '1.25'], ['ANCC nursing contact hours', '1.25'],
             ['ACPE contact hours (knowledge-based)', '1.25'], ['ASCLS P.A.C.E.\u00ae contact hours (clinical laboratory)', '1.5']],
            widths=[0.7, 0.3], w=0.7, size=10.5, sa=8),
      P('Credit claimed on 04/22/2025. See page 2 for accreditation and credit designation statements.', 9, i=1, sa=22),
      SIGS([('Meredith A. Caulfield, MD', 'Director, Continuing Professional Development')], w=0.5),
      PB,
      SP(10),
      P('Accreditation and Credit Designation', 15, b=1, align='L', color='#14365d', sa=12),
      P('In support of improving patient care, Lakeshore University Health System is jointly accredited by the Accreditation '
        'Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the '
        'American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 10.5, align='L', sa=9),
      P('Physicians: Lakeshore University Health System designates this live activity for a maximum of 1.25 AMA PRA Category 1 '
        'Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation in the activity.',
        10.5, align='L', sa=9),
      P('Nurses: This activity is approved for 1.25 nursing contact hours.', 10.5, align='L', sa=9),
      P('Pharmacists: This knowledge-based activity is approved for 1.25 contact hours (0.125 CEU). UAN JA4008123-0000-25-041-L01-P.',
        10.5, align='L', sa=9),
      P('Clinical laboratory professionals: Lakeshore University Health System' + PACE + ' This activity is approved for 1.5 '
        'contact hours.', 10.5, align='L', sa=9),
      P('Joint Accreditation Provider #4008123', 10.5, align='L', sa=9)],
     {'title': 'Certificate of Participation', 'author': 'Lakeshore University Health System'})

# ------------------------------------------------------------------ yf17 University CEU / AcroForm
cert('yf17', 'university_ceu', 'acroform',
     ['landscape', 'form-fields-flattened', 'kv-two-column', 'thin-border', 'signatures', 'accented-name', 'hyphenated-name',
      'ceu', 'date-range', 'conferral-date-distractor', 'department-provider'],
     'University continuing-education CEUs (1.2 CEU = 12 points). Course dates Jan 13 - Mar 3: gold is the last day; conferral '
     'date and student ID are distractors.',
     G('Jean-Baptiste Moreau-L\u00e9vesque',
       'Laboratory Management and Supervision: Budgeting, Staffing Models, and Productivity Metrics',
       '2025-03-03', 1.2, 'CEU',
       ['Redwood Valley University', 'Redwood Valley University, School of Continuing and Professional Studies'], 'CLS-X 412'),
     {'orient': 'L', 'border': 'thin', 'accent': '#7b2d26', 'fam': 'times', 'margin': 70,
      'footer': 'Conferred March 10, 2025  \u00b7  One CEU equals ten contact hours of participation in an organized continuing education experience.'},
     [P('Redwood Valley University', 22, b=1, color='#7b2d26', sa=2),
      P('School of Continuing and Professional Studies', 12, i=1, sa=16),
      P('Certificate of Completion', 22, sa=16),
      KV([('Name', 'Jean-Baptiste Moreau-L\u00e9vesque'),
          ('Course', 'Laboratory Management and Supervision: Budgeting, Staffing Models, and Productivity Metrics'),
          ('Course No.', 'CLS-X 412'),
          ('Course dates', 'January 13 \u2013 March 3, 2025'),
          ('Continuing Education Units', '1.2 CEUs'),
          ('Student ID', 'RV0048123')],
         w=0.66, lw=0.34, size=12, uline=True, gap=7,
         fields={'Name': 'name', 'Course': 'course', 'Course No.': 'courseno', 'Course dates': 'dates',
                 'Continuing Education Units': 'ceus', 'Student ID': 'sid'}),
      SP(14),
      SIGS([('Miriam Castellano, EdD', 'Dean, School of Continuing and Professional Studies'),
            ('Paul R. Iverson, MS, MLS(ASCP)', 'Program Director, Clinical Laboratory Science')], w=0.85)],
     {'title': 'Certificate of Completion', 'author': 'Redwood Valley University'})

# ------------------------------------------------------------------ yf18 Vendor / Ghostscript
cert('yf18', 'vendor', 'ghostscript',
     ['portrait', 'centred-award', 'thin-border', 'kv-two-column', 'signatures', 'all-caps-name', 'hyphenated-name',
      'date-range', 'serial-number-distractor'],
     'Vendor operator training over two days (gold = last day). Instrument serial number and customer account are distractors; '
     '"Class No." is the ID.',
     G('WILHELMINA VAN DER BERG-OSEI',
       'Hematology Analyzer Operator Training: HX-900 Series Daily Maintenance, Quality Control, and Flag Review',
       '2025-09-10', 7.0, 'contact hour', ['Veridian Diagnostics, Inc.'], 'HX9-OP-0925'),
     {'orient': 'P', 'border': 'thin', 'accent': '#0d4f4a', 'fam': 'helv', 'vcenter': True,
      'footer': 'Veridian Diagnostics, Inc.  \u00b7  Customer Training Records  \u00b7  Document CT-112 rev. F'},
     [P('Veridian Diagnostics, Inc.', 20, b=1, color='#0d4f4a', sa=24),
      P('CUSTOMER TRAINING CERTIFICATE', 19, b=1, ls=1.5, sa=24),
      P('This certificate is awarded to', 12, sa=8),
      P('WILHELMINA VAN DER BERG-OSEI', 19, b=1, sa=10),
      P('for completion of', 12, sa=8),
      P('Hematology Analyzer Operator Training: HX-900 Series Daily Maintenance, Quality Control, and Flag Review', 14, b=1, w=0.82, sa=16),
      KV([('Training dates:', 'September 9\u201310, 2025'), ('Location:', 'Veridian Training Center, Raleigh, NC'),
          ('Class No.:', 'HX9-OP-0925'), ('Contact hours:', '7.0'), ('Instrument Serial No.:', 'HX9A-40217'),
          ('Customer Account:', '778120')], w=0.7, lw=0.4, size=11, sa=14),
      P('Veridian Diagnostics, Inc.' + PACE, 9, w=0.85, color='#333333', sa=30),
      SIGS([('Trevor A. Lindqvist', 'Field Application Specialist'), ('Monique Desrosiers, MLS(ASCP)', 'Manager, Customer Education')], w=0.9)],
     {'title': 'Customer Training Certificate', 'author': 'Veridian Diagnostics, Inc.'})

# ------------------------------------------------------------------ yf19 ASCP / TCPDF
cert('yf19', 'ascp', 'tcpdf',
     ['portrait', 'labels-above-values', 'table', 'multi-credit', 'session-at-conference', 'date-range-distractor',
      'hyphenated-name', 'credentials-after-name', 'provider-name-with-for-and'],
     'Session certificate from the ASCP annual meeting: the session names its own date (Sept 11) inside the meeting range. '
     'CMLE and AMA PRA both listed: gold is CMLE. "Session Code" is the ID; badge number is a distractor.',
     G('Chidi Nwachukwu-Adeyemi',
       'Digital Pathology Validation: Whole Slide Imaging for Primary Diagnosis in the Community Hospital Setting',
       '2025-09-11', 1.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'WS-214'),
     {'orient': 'P', 'border': 'double', 'accent': '#0b3d6b', 'fam': 'dvsans',
      'footer': 'ASCP 2025 Annual Meeting  \u00b7  September 10\u201312, 2025  \u00b7  Badge 118-20457'},
     [SP(6),
      P('American Society for Clinical Pathology', 17, b=1, color='#0b3d6b', sa=2),
      P('ASCP 2025 Annual Meeting  \u00b7  September 10\u201312, 2025', 10.5, i=1, sa=24),
      P('Session Certificate', 22, b=1, sa=22),
      COLS([[('Attendee', 'Chidi Nwachukwu-Adeyemi, MD'), ('Session Date', 'Thursday, September 11, 2025')],
            [('Session Title', 'Digital Pathology Validation: Whole Slide Imaging for Primary Diagnosis in the Community Hospital Setting')],
            [('Session Code', 'WS-214'), ('Session Type', 'Workshop'), ('Time', '1:30 \u2013 3:00 PM')]],
           w=0.9, size=11.5, uline=True, gap=14),
      SP(4),
      TABLE(['Credit Type', 'Credits'], [['CMLE', '1.5'], ['AMA PRA Category 1 Credits\u2122', '1.5']],
            widths=[0.7, 0.3], w=0.6, size=10.5, sa=14),
      P('The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical '
        'Education to provide continuing medical education for physicians. ASCP designates this live activity for a maximum of '
        '1.5 AMA PRA Category 1 Credits\u2122. ASCP continuing education activities are acceptable to meet the continuing '
        'education requirements for the ASCP Board of Certification Credential Maintenance Program (CMP).', 8.5, align='L', w=0.9,
        sa=28, indent=27),
      SIGS([('Elaine R. Whitcomb, MBA', 'Senior Director, Continuing Education')], w=0.5)],
     {'title': 'ASCP Session Certificate', 'author': 'ASCP'})

# ------------------------------------------------------------------ yf20 AABB / ReportLab canvas
cert('yf20', 'aabb', 'rlcanvas',
     ['landscape', 'centred-award', 'ornate-border', 'seal', 'signatures', 'letter-spaced-name', 'all-caps-name',
      'hyphenated-name', 'meeting-attendance', 'date-range', 'title-keyword-meeting', 'max-vs-claimed', 'multi-credit'],
     'Meeting attendance: the title is the meeting name; date is the last day of the range. Letter-spaced ALL-CAPS name. '
     'Claimed 14.25 P.A.C.E. contact hours out of a maximum 30.0; CME claimed 0.',
     G('THEODORE NAKAMURA-FLYNN', 'AABB Annual Meeting 2024', '2024-10-22', 14.25, 'contact hour', ['AABB'], None),
     {'orient': 'L', 'border': 'ornate', 'accent': '#8a1538', 'accent2': '#b9975b', 'fam': 'libserif', 'vcenter': True,
      'seal': [{'pos': (0.86, 0.77), 'r': 38, 'lines': ['AABB', 'ANNUAL', 'MEETING']}],
      'footer': 'Transcript generated October 30, 2024  \u00b7  Registration No. 24AM-301877'},
     [P('AABB', 30, b=1, color='#8a1538', ls=4, sa=4),
      P('Certificate of Attendance', 26, i=1, sa=12),
      P('This certifies that', 12, sa=6),
      P('THEODORE NAKAMURA-FLYNN', 20, b=1, ls=5, sa=8),
      P('attended the', 12, sa=4),
      P('AABB Annual Meeting 2024', 20, b=1, color='#8a1538', sa=4),
      P('October 19\u201322, 2024  \u00b7  Houston, Texas', 12, sa=12),
      TABLE(['Credit type', 'Maximum', 'Claimed'],
            [['ASCLS P.A.C.E.\u00ae contact hours', '30.0', '14.25'], ['AMA PRA Category 1 Credits\u2122', '30.0', '0.0']],
            widths=[0.5, 0.25, 0.25], w=0.5, size=10.5, sa=10),
      SIGS([('Renata Volkova, MS, MLS(ASCP)', 'Director, Education Programs')], w=0.4, sa=0)],
     {'title': 'AABB Annual Meeting 2024 Certificate', 'author': 'AABB'})

# ------------------------------------------------------------------ yf21 CAP / Chromium (2 pages)
cert('yf21', 'cap', 'chromium',
     ['landscape', 'two-page', 'centred-award', 'double-border', 'seal', 'accented-name', 'format-line', 'table',
      'multi-credit', 'max-vs-claimed', 'provider-name-with-for-and'],
     '"Enduring Material" is a format line. Page 2 lists credit types: the learner claimed 2.5 of 3.0 P.A.C.E. contact hours; '
     'AMA PRA maximum 3.0 is a distractor.',
     G('Siobh\u00e1n N\u00ed Bhriain', 'Inspector Training: Preparing to Serve on a Laboratory Accreditation Inspection Team',
       '2025-05-06', 2.5, 'contact hour', ['College of American Pathologists', 'CAP'], 'ITR-2541'),
     {'orient': 'L', 'border': 'double', 'accent': '#00467f', 'accent2': '#a08a3c', 'fam': 'libserif', 'vcenter': True,
      'seal': [{'pos': (0.87, 0.79), 'r': 40, 'lines': ['CAP', 'LEARNING']}],
      'footer': 'CAP Learning  \u00b7  Page {p} of {n}'},
     [P('College of American Pathologists', 20, b=1, color='#00467f', sa=16),
      P('Certificate of Completion', 28, i=1, sa=12),
      P('This is to certify that', 12, sa=6),
      P('Siobh\u00e1n N\u00ed Bhriain, MLS(ASCP)CM, QLS', 24, b=1, sa=8),
      P('has completed the', 12, sa=4),
      P('Enduring Material', 11, i=1, color='#00467f', sa=4),
      P('Inspector Training: Preparing to Serve on a Laboratory Accreditation Inspection Team', 18, b=1, w=0.72, sa=6),
      P('Completed on: 05/06/2025     Course No. ITR-2541', 11.5, sa=16),
      SIGS([('Nadia K. Ferreira, MD, FCAP', 'Chair, Council on Education')], w=0.4),
      PB,
      P('Credit Summary', 20, b=1, color='#00467f', sa=12),
      TABLE(['Credit type', 'Maximum', 'Claimed by learner'],
            [['AMA PRA Category 1 Credits\u2122', '3.00', '\u2014'],
             ['ASCLS P.A.C.E.\u00ae contact hours', '3.00', '2.50']], widths=[0.5, 0.25, 0.25], w=0.7, size=11, sa=16),
      P('The CAP is accredited by the ACCME to provide continuing medical education for physicians and designates this enduring '
        'material for a maximum of 3.00 AMA PRA Category 1 Credits\u2122. The CAP' + PACE, 10, w=0.8, sa=8),
      P('Learner claimed credit on 05/07/2025. Record ID 88120-554.', 10, w=0.8)],
     {'title': 'CAP Certificate of Completion', 'author': 'College of American Pathologists'})

# ------------------------------------------------------------------ yf22 ASCLS / DOCX
cert('yf22', 'ascls', 'docx',
     ['portrait', 'labels-above-values', 'centred-award', 'logo', 'signatures', 'credentials-after-name', 'format-line',
      'long-title-wrap-then-label', 'provider-name-with-for-and'],
     'ASCLS webinar; "LIVE WEBINAR" format line; wrapped title followed by "Webinar date:"; P.A.C.E. course number is the ID.',
     G('Imani Okoro-Lindstr\u00f6m',
       'Diversity, Equity, and Inclusion in Laboratory Leadership: Building Teams That Reflect the Patients We Serve',
       '2024-10-08', 1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '519-881-24'),
     {'orient': 'P', 'border': 'double', 'accent': '#23395b', 'fam': 'libserif',
      'footer': 'ASCLS eLearning  \u00b7  Member 0117732'},
     [LOGO('ASCLS', w=100, h=32, sa=8),
      P('American Society for Clinical Laboratory Science', 15, b=1, color='#23395b', sa=22),
      P('Certificate of Participation', 24, i=1, sa=20),
      P('presented to', 11, sa=4),
      P('Imani Okoro-Lindstr\u00f6m, MS, MLS(ASCP)CM', 18, b=1, sa=12),
      P('for participation in the', 11, sa=4),
      P('LIVE WEBINAR', 10.5, b=1, ls=2, color='#23395b', sa=4),
      P('Diversity, Equity, and Inclusion in Laboratory Leadership: Building Teams That Reflect the Patients We Serve', 14, b=1, w=0.8, sa=3),
      P('Webinar date: October 8, 2024', 11, sa=20),
      COLS([[('P.A.C.E.\u00ae Course No.', '519-881-24'), ('Contact Hours', '1.0'), ('Level', 'Intermediate')]], w=0.75, size=11, gap=14),
      P('ASCLS' + PACE, 9, w=0.85, sa=30),
      SIGS([('Kendra L. Osei-Mensah, MS, MLS(ASCP)CM', 'Director of Education, ASCLS')], w=0.5)],
     {'title': 'ASCLS Webinar Certificate', 'author': 'ASCLS'})

# ------------------------------------------------------------------ yf23 P.A.C.E. provider / Ghostscript
cert('yf23', 'pace_provider', 'ghostscript',
     ['landscape', 'centred-award', 'band-border', 'accented-name', 'format-line', 'provider-issuer-line-only',
      'program-no-without-colon'],
     'Provider printed only as an issuer line under "Certificate of Completion" (and in the P.A.C.E. statement). '
     '"ON-DEMAND" is the format line. "Program No. 361-772-24" has no colon.',
     G('Benedikt \u00d8stergaard', 'Urine Sediment Microscopy: Casts, Crystals, and Cells You Should Not Miss', '2024-12-03', 1.0,
       'contact hour', ['Heartland Reference Laboratories'], '361-772-24'),
     {'orient': 'L', 'border': 'band', 'accent': '#3b5b2a', 'fam': 'helv', 'vcenter': True, 'mtop': 70,
      'footer': 'Certificate 24-HRL-10922  \u00b7  Printed 12/05/2024'},
     [P('Certificate of Completion', 30, b=1, color='#3b5b2a', sa=4),
      P('Issued by Heartland Reference Laboratories', 11, i=1, sa=22),
      P('Benedikt \u00d8stergaard', 24, b=1, sa=8),
      P('has completed the', 12, sa=4),
      P('ON-DEMAND', 10.5, b=1, ls=2, color='#3b5b2a', sa=4),
      P('Urine Sediment Microscopy: Casts, Crystals, and Cells You Should Not Miss', 17, b=1, sa=6),
      P('Completed: 12/03/2024', 11.5, sa=3),
      P('Program No. 361-772-24     1.0 contact hour', 11.5, sa=20),
      P('Heartland Reference Laboratories' + PACE, 9, w=0.75, color='#333333')],
     {'title': 'Certificate of Completion', 'author': 'Heartland Reference Laboratories'})

# ------------------------------------------------------------------ yf24 LabCE / FPDF
cert('yf24', 'labce', 'fpdf',
     ['portrait', 'kv-two-column', 'logo', 'hyphenated-name', 'title-keyword-safety', 'long-title-wrap-then-label',
      'order-number-distractor'],
     'Two-column label/value; the wrapped course title is directly followed by "Course No.". Order number and print date are '
     'distractors.',
     G('Courtney Ann McAllister-Diaz',
       'Transfusion Safety: Preventing Wrong Blood in Tube Errors and Patient Misidentification at the Bedside',
       '2025-07-22', 1.5, 'contact hour', ['LabCE'], 'TRN-3305'),
     {'orient': 'P', 'border': 'thin', 'accent': '#1d5c8c', 'fam': 'helv',
      'footer': 'www.labce.com  \u00b7  Printed 08/01/2025'},
     [LOGO('LabCE', w=100, h=32, size=17, sa=14),
      P('Continuing Education Certificate', 22, b=1, color='#1d5c8c', sa=30),
      KV([('Name:', 'Courtney Ann McAllister-Diaz'),
          ('Course:', 'Transfusion Safety: Preventing Wrong Blood in Tube Errors and Patient Misidentification at the Bedside'),
          ('Course No.:', 'TRN-3305'),
          ('Date Completed:', '07/22/2025'),
          ('Credit:', '1.5 P.A.C.E.\u00ae contact hours'),
          ('Level:', 'Basic'),
          ('Order No.:', 'LC-ORD-4471908')],
         w=0.82, lw=0.27, size=12, gap=9),
      SP(12),
      P('LabCE' + PACE, 9.5, w=0.82, align='C', sa=6),
      P('LabCE is also an approved provider of continuing education for Florida (CE Broker provider #50-2841) and California '
        '(Laboratory Field Services, Department of Public Health).', 9.5, w=0.82, sa=30),
      SIGS([('Anthony R. Pellegrino, MS, MLS(ASCP)', 'Director of Content Development')], w=0.5)],
     {'title': 'LabCE Continuing Education Certificate', 'author': 'LabCE'})

# ------------------------------------------------------------------ yf25 MediaLab / TCPDF
cert('yf25', 'medialab', 'tcpdf',
     ['landscape', 'centred-award', 'ornate-border', 'seal', 'accented-name', 'hyphenated-name', 'format-line',
      'title-keyword-meeting', 'long-title-wrap-then-label'],
     '"Self-Study" is the format line; "Meeting" inside the real title ("Meeting CLIA Requirements"). Course ID is the ID.',
     G('Zo\u00eb Fairweather-Nakashima',
       'Competency Assessment for Moderate and High Complexity Testing: Meeting CLIA Requirements for Testing Personnel',
       '2024-10-15', 2.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], '1442'),
     {'orient': 'L', 'border': 'ornate', 'accent': '#5b2a86', 'accent2': '#c2a14d', 'fam': 'dvserif', 'vcenter': True,
      'seal': [{'pos': (0.13, 0.79), 'r': 38, 'lines': ['MediaLab', 'CE']}],
      'footer': 'MediaLab, Inc.  \u00b7  Customer No. 4410-2290'},
     [P('MediaLab', 22, b=1, color='#5b2a86', sa=14),
      P('Certificate of Completion', 26, i=1, sa=12),
      P('awarded to', 11, sa=4),
      P('Zo\u00eb Fairweather-Nakashima', 22, b=1, sa=8),
      P('for successfully completing the', 11, sa=4),
      P('Self-Study', 11, i=1, color='#5b2a86', sa=4),
      P('Competency Assessment for Moderate and High Complexity Testing: Meeting CLIA Requirements for Testing Personnel', 15, b=1, w=0.7, sa=3),
      P('Completion date: 10/15/2024', 11, sa=3),
      P('Course ID 1442  \u00b7  2.0 P.A.C.E.\u00ae contact hours', 11, sa=14),
      P('MediaLab, Inc.' + PACE, 8.5, w=0.75, color='#444444', sa=10),
      SIGS([('Dana L. Whitcombe, MHA, MT(ASCP)', 'Director of Continuing Education')], w=0.4)],
     {'title': 'MediaLab Certificate', 'author': 'MediaLab, Inc.'})

# ------------------------------------------------------------------ yf26 AACC (ADLM) / DOCX (2 pages)
cert('yf26', 'adlm', 'docx',
     ['portrait', 'two-page', 'centred-award', 'table', 'honorific-name', 'meeting-attendance', 'date-range',
      'title-keyword-meeting', 'transcript-distractor'],
     'AACC (now ADLM) annual meeting attendance; title = meeting name; date = last day of July 23-27; page 2 transcript '
     'of sessions adds up to the 22.5 ACCENT contact hours on page 1. Transcript ID is a distractor. Leading "Dr." dropped.',
     G('Ravindra Subramaniam', '2023 AACC Annual Scientific Meeting & Clinical Lab Expo', '2023-07-27', 22.5, 'contact hour',
       ['American Association for Clinical Chemistry', 'AACC'], None),
     {'orient': 'P', 'border': 'thin', 'accent': '#00557f', 'fam': 'libsans',
      'footer': 'AACC Transcript ID T-2023-771045  \u00b7  Page {p} of {n}'},
     [SP(20),
      LOGO('AACC', w=90, h=32, sa=10),
      P('American Association for Clinical Chemistry', 16, b=1, color='#00557f', sa=30),
      P('Certificate of Attendance', 24, b=1, sa=24),
      P('This is to certify that', 12, sa=6),
      P('Dr. Ravindra Subramaniam', 20, b=1, sa=12),
      P('attended the', 12, sa=6),
      P('2023 AACC Annual Scientific Meeting & Clinical Lab Expo', 16, b=1, color='#00557f', sa=4),
      P('July 23\u201327, 2023  \u00b7  Anaheim, California', 11.5, sa=20),
      P('ACCENT\u00ae contact hours earned: 22.5', 12, b=1, sa=8),
      P('A session-by-session transcript appears on page 2.', 10, i=1, sa=40),
      SIGS([('Lorena M. Iacobelli, PhD, DABCC', 'Chair, Annual Meeting Organizing Committee')], w=0.5),
      PB,
      P('Transcript of Sessions Attended', 16, b=1, align='L', color='#00557f', sa=4),
      P('Dr. Ravindra Subramaniam  \u00b7  2023 AACC Annual Scientific Meeting & Clinical Lab Expo', 10, align='L', sa=12),
      TABLE(['Date', 'Session', 'ACCENT\u00ae Hours'],
            [['July 23', 'Short course: Troubleshooting LC-MS/MS Methods', '3.0'],
             ['July 24', 'Plenary: The Future of Laboratory Medicine', '1.0'],
             ['July 24', 'Scientific sessions (3)', '4.5'],
             ['July 25', 'Plenary and scientific sessions (4)', '5.5'],
             ['July 26', 'Scientific sessions and poster viewing', '5.0'],
             ['July 27', 'Plenary and closing sessions', '3.5'],
             ['', 'Total', '22.5']],
            widths=[0.15, 0.65, 0.2], w=1.0, size=10, align='L', sa=14),
      P('AACC is approved by the ACCENT\u00ae Care Accreditation Program to provide continuing education for laboratory '
        'professionals.', 9.5, align='L')],
     {'title': 'AACC Certificate of Attendance', 'author': 'American Association for Clinical Chemistry'})

# ------------------------------------------------------------------ yf27 NSH / Chromium
cert('yf27', 'nsh', 'chromium',
     ['portrait', 'labels-above-values', 'thin-border', 'logo', 'accented-name', 'credentials-after-name', 'format-line',
      'long-title-wrap-then-label'],
     '"Live Virtual Session" format line above the wrapped title; the labelled date line follows directly. "Offering No." is the ID.',
     G('Gu\u00f0r\u00fan Sigur\u00f0ard\u00f3ttir',
       'Immunohistochemistry Troubleshooting: Antigen Retrieval, Antibody Titration, and Controls for Reliable Staining',
       '2025-01-22', 1.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], '25-0122'),
     {'orient': 'P', 'border': 'thin', 'accent': '#6b1f3a', 'fam': 'libsans',
      'footer': 'NSH  \u00b7  Certificate issued 01/29/2025'},
     [LOGO('NSH', w=84, h=34, size=18, sa=10),
      P('National Society for Histotechnology', 16, b=1, color='#6b1f3a', sa=26),
      P('Certificate of Completion', 24, b=1, sa=20),
      P('This certifies that', 11, sa=4),
      P('Gu\u00f0r\u00fan Sigur\u00f0ard\u00f3ttir, HTL(ASCP)', 18, b=1, sa=10),
      P('completed the', 11, sa=4),
      P('Live Virtual Session', 11, i=1, color='#6b1f3a', sa=4),
      P('Immunohistochemistry Troubleshooting: Antigen Retrieval, Antibody Titration, and Controls for Reliable Staining', 14, b=1, w=0.8, sa=3),
      P('Date of completion: January 22, 2025', 11, sa=22),
      COLS([[('Offering No.', '25-0122'), ('Contact Hours', '1.0'), ('Presenter', 'Ilse Vandermeer, HTL(ASCP)QIHC')]],
           w=0.85, size=11, uline=True, gap=14),
      P('NSH' + PACE, 9, w=0.85, sa=30),
      SIGS([('Warren J. Albrecht, BS, HT(ASCP)', 'Chair, Education Committee')], w=0.5)],
     {'title': 'NSH Certificate of Completion', 'author': 'National Society for Histotechnology'})

# ------------------------------------------------------------------ yf28 AMT / ReportLab canvas
cert('yf28', 'amt', 'rlcanvas',
     ['portrait', 'centred-award', 'double-border', 'seal', 'all-caps-name', 'meeting-attendance', 'date-range',
      'title-keyword-meeting', 'signatures'],
     'AMT national meeting attendance; the title is the meeting name, date = last day of July 7-11. CE hours. Event ID given.',
     G('MARCUS T. OYELARAN-BECK', 'AMT 2025 National Educational Program & Annual Meeting', '2025-07-11', 14.0, 'CE hour',
       ['American Medical Technologists', 'AMT'], 'NEP2025'),
     {'orient': 'P', 'border': 'double', 'accent': '#7a1e1e', 'accent2': '#c8a24a', 'fam': 'libserif', 'vcenter': True,
      'seal': [{'pos': (0.5, 0.84), 'r': 38, 'lines': ['AMT', 'SINCE 1939']}],
      'footer': 'AMT Member ID 2210935  \u00b7  Printed July 14, 2025'},
     [P('American Medical Technologists', 20, b=1, color='#7a1e1e', sa=26),
      P('Certificate of Attendance', 26, i=1, sa=22),
      P('This is to certify that', 12, sa=6),
      P('MARCUS T. OYELARAN-BECK', 20, b=1, sa=10),
      P('attended the', 12, sa=6),
      P('AMT 2025 National Educational Program & Annual Meeting', 16, b=1, w=0.7, color='#7a1e1e', sa=6),
      P('July 7\u201311, 2025  \u00b7  Orlando, Florida', 11.5, sa=18),
      KV([('Event ID:', 'NEP2025'), ('CE hours earned:', '14.0')], w=0.45, lw=0.55, size=11.5, sa=26),
      SIGS([('Beatrice Oyelowo, MBA, MT(AMT)', 'Director, Continuing Education'), ('Lionel Ashworth, MT(AMT)', 'President, AMT')], w=0.9)],
     {'title': 'AMT Certificate of Attendance', 'author': 'American Medical Technologists'})

# ------------------------------------------------------------------ yf29 ASM / Platypus
cert('yf29', 'asm', 'platypus',
     ['landscape', 'centred-award', 'band-border', 'accented-name', 'format-line', 'series-name-in-title',
      'provider-name-with-for-and'],
     '"On-Demand" format line; the series name "ASM Clinical Microbiology Webinar Series:" precedes the colon on the title line '
     'and is part of the title.',
     G('Mar\u00eda Jos\u00e9 Fern\u00e1ndez Ortega',
       'ASM Clinical Microbiology Webinar Series: Antifungal Susceptibility Testing in the Era of Candida auris',
       '2025-08-05', 1.0, 'contact hour', ['American Society for Microbiology', 'ASM'], 'CMW-2531'),
     {'orient': 'L', 'border': 'band', 'accent': '#004b87', 'fam': 'helv', 'mtop': 88, 'margin': 80,
      'footer': 'American Society for Microbiology  \u00b7  Transcript updated 08/05/2025'},
     [P('American Society for Microbiology', 18, b=1, color='#004b87', sa=16),
      P('CERTIFICATE OF COMPLETION', 24, b=1, sa=14),
      P('This is to certify that', 12, sa=6),
      P('Mar\u00eda Jos\u00e9 Fern\u00e1ndez Ortega', 22, b=1, sa=8),
      P('has completed the', 12, sa=4),
      P('On-Demand', 11, i=1, color='#004b87', sa=4),
      P('ASM Clinical Microbiology Webinar Series: Antifungal Susceptibility Testing in the Era of Candida auris', 16, b=1, w=0.8, sa=8),
      P('Completed 08/05/2025     Activity No. CMW-2531     1.0 P.A.C.E.\u00ae contact hour', 11, sa=14),
      P('ASM' + PACE, 9, w=0.8, color='#444444')],
     {'title': 'ASM Certificate of Completion', 'author': 'American Society for Microbiology'})

# ------------------------------------------------------------------ yf30 CLSI / AcroForm
cert('yf30', 'clsi', 'acroform',
     ['portrait', 'form-fields-flattened', 'kv-two-column', 'logo', 'hyphenated-name', 'provider-name-with-for-and',
      'long-title-wrap-then-label'],
     'Flattened form; the activity format sits in its own field; "Event ID" is the ID; order number is a distractor.',
     G('Kwame A. Boateng-Larsen',
       'Annual Antimicrobial Susceptibility Testing Breakpoint Update: What Changed in the 2025 M100 Tables',
       '2025-03-12', 1.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'AST-LW-0312'),
     {'orient': 'P', 'border': 'thin', 'accent': '#0a5a7a', 'fam': 'helv',
      'footer': 'CLSI Order No. 2025-118840  \u00b7  Issued 03/19/2025'},
     [LOGO('CLSI', w=90, h=30, sa=8),
      P('Clinical and Laboratory Standards Institute', 15, b=1, color='#0a5a7a', sa=24),
      P('CONTINUING EDUCATION CERTIFICATE', 18, b=1, ls=1, sa=26),
      KV([('Participant', 'Kwame A. Boateng-Larsen'),
          ('Program title', 'Annual Antimicrobial Susceptibility Testing Breakpoint Update: What Changed in the 2025 M100 Tables'),
          ('Event ID', 'AST-LW-0312'),
          ('Format', 'Live webinar'),
          ('Date attended', 'March 12, 2025'),
          ('P.A.C.E.\u00ae contact hours', '1.5')],
         w=0.88, lw=0.36, size=11.5, uline=True, gap=9,
         fields={'Participant': 'participant', 'Program title': 'title', 'Event ID': 'eventid', 'Format': 'format',
                 'Date attended': 'date', 'P.A.C.E.\u00ae contact hours': 'hours'}),
      SP(10),
      P('CLSI' + PACE, 9.5, align='L', sa=30),
      SIGS([('Joanna F. Petrakis, MT(ASCP)', 'Senior Manager, Education')], w=0.5)],
     {'title': 'CLSI Continuing Education Certificate', 'author': 'CLSI'})

# ------------------------------------------------------------------ yf31 State society / FODT
cert('yf31', 'state_society', 'fodt',
     ['portrait', 'centred-award', 'ornate-border', 'table', 'accented-name', 'hyphenated-name', 'format-line',
      'title-keyword-ethics', 'long-title-wrap-then-label', 'ce-hours'],
     'California state society webinar; "LIVE WEBINAR" format line; credit is California CE hours; course number in a table.',
     G('Maximiliano Ortiz-Qui\u00f1ones',
       'Ethics and Law for California Laboratory Professionals: License Requirements, Scope of Practice, and Reporting Obligations',
       '2025-05-14', 1.0, 'CE hour', ['California Association for Medical Laboratory Technology', 'CAMLT'], '25-117'),
     {'orient': 'P', 'border': 'ornate', 'accent': '#003a70', 'fam': 'pal',
      'footer': 'CAMLT  \u00b7  Certificate emailed 05/15/2025'},
     [SP(8),
      P('California Association for Medical Laboratory Technology', 15, b=1, color='#003a70', sa=2),
      P('CAMLT Distance Learning', 10.5, i=1, sa=24),
      P('Certificate of Attendance', 24, i=1, sa=20),
      P('This is to certify that', 11, sa=4),
      P('Maximiliano Ortiz-Qui\u00f1ones', 20, b=1, sa=10),
      P('attended the', 11, sa=4),
      P('LIVE WEBINAR', 10.5, b=1, ls=2, color='#003a70', sa=4),
      P('Ethics and Law for California Laboratory Professionals: License Requirements, Scope of Practice, and Reporting Obligations',
        14, b=1, w=0.85, sa=3),
      P('Webinar date: May 14, 2025', 11, sa=18),
      TABLE(['Course No.', 'CE Hours', 'Level', 'License No.'], [['25-117', '1.0', 'Basic', 'CLS 0087412']], w=0.8, size=10.5, sa=14),
      P('CAMLT is approved by the California Department of Public Health as a CA CLS continuing education provider. '
        'CE hours are accepted for California clinical laboratory license renewal.', 9, w=0.85, sa=28),
      SIGS([('Graciela Montemayor, MA, CLS', 'Director of Education, CAMLT')], w=0.5)],
     {'title': 'CAMLT Certificate of Attendance', 'author': 'CAMLT'})

# ------------------------------------------------------------------ yf32 Hospital in-service / DOCX
cert('yf32', 'hospital_inservice', 'docx',
     ['landscape', 'centred-award', 'thin-border', 'kv-two-column', 'signatures', 'hyphenated-name', 'credentials-after-name',
      'title-keyword-orientation', 'department-provider'],
     '"New Employee Orientation:" is part of the real title of a hospital in-service, not a format. Education council is the '
     'office; employee number is a distractor.',
     G('Olusegun Bankole-Reyes', 'New Employee Orientation: Laboratory Information System Downtime Procedures', '2025-02-11', 0.5,
       'contact hour', ["St. Brigid's Health", "St. Brigid's Health, Laboratory Education Council"], '2025-02B'),
     {'orient': 'L', 'border': 'thin', 'accent': '#2b4c7e', 'fam': 'libserif',
      'footer': "St. Brigid's Health  \u00b7  Department of Pathology and Laboratory Medicine"},
     [P("St. Brigid's Health", 20, b=1, color='#2b4c7e', sa=2),
      P('Laboratory Education Council', 12, i=1, sa=20),
      P('Certificate of In-Service Attendance', 24, b=1, sa=16),
      P('This certifies that', 11, sa=4),
      P('Olusegun Bankole-Reyes, MLS(ASCP)', 18, b=1, sa=10),
      P('attended the laboratory in-service', 11, sa=4),
      P('New Employee Orientation: Laboratory Information System Downtime Procedures', 15, b=1, sa=16),
      KV([('In-service date:', '02/11/2025'), ('Class No.:', '2025-02B'), ('Contact hours:', '0.5 P.A.C.E.\u00ae'),
          ('Employee No.:', '118204')], w=0.45, lw=0.45, size=11, sa=8),
      P("St. Brigid's Health, Laboratory Education Council" + PACE, 9, w=0.8, sa=18),
      SIGS([('Colleen Marchetti, MLS(ASCP)CM', 'Chair, Laboratory Education Council'),
            ('Arvind Rao, MD', 'Laboratory Medical Director')], w=0.75)],
     {'title': 'Certificate of In-Service Attendance', 'author': "St. Brigid's Health"})

# ------------------------------------------------------------------ yf33 Public health lab / FPDF
cert('yf33', 'public_health_lab', 'fpdf',
     ['landscape', 'centred-award', 'double-border', 'seal', 'accented-name', 'hyphenated-name', 'format-line',
      'signatures'],
     '"Spring Symposium" is the format/event line between the verb and the title. "Training No." is the ID.',
     G('Ren\u00e9e Dufresne-Castillo',
       'Laboratory Response Network Sentinel Laboratory Training: Rule-Out and Referral of Bioterrorism Agents',
       '2025-04-16', 3.0, 'contact hour', ['Mesa Verde County Public Health Laboratory'], 'LRN-S-2504'),
     {'orient': 'L', 'border': 'double', 'accent': '#33553c', 'accent2': '#a3894a', 'fam': 'times', 'vcenter': True,
      'seal': [{'pos': (0.87, 0.79), 'r': 38, 'lines': ['PUBLIC', 'HEALTH', 'LAB']}]},
     [P('Mesa Verde County Public Health Laboratory', 20, b=1, color='#33553c', sa=16),
      P('Certificate of Participation', 26, i=1, sa=12),
      P('This certifies that', 12, sa=4),
      P('Ren\u00e9e Dufresne-Castillo', 22, b=1, sa=8),
      P('participated in the', 12, sa=4),
      P('Spring Symposium', 11, i=1, color='#33553c', sa=4),
      P('Laboratory Response Network Sentinel Laboratory Training: Rule-Out and Referral of Bioterrorism Agents', 16, b=1, w=0.62, sa=4),
      P('Date: April 16, 2025', 11, sa=3),
      P('Training No. LRN-S-2504   \u00b7   3.0 P.A.C.E.\u00ae contact hours', 11, sa=14),
      SIGS([('Dolores Vigil-Harmon, DrPH', 'Laboratory Director'), ('Kenji Watanabe, MS, SM(ASCP)', 'Biothreat Coordinator')], w=0.7),
      P('Mesa Verde County Public Health Laboratory' + PACE, 8.5, w=0.62, color='#444444', sa=0)],
     {'title': 'Certificate of Participation', 'author': 'Mesa Verde County Public Health Laboratory'})

# ------------------------------------------------------------------ yf34 Joint-accreditation CME / Ghostscript (2 pages)
cert('yf34', 'joint_cme', 'ghostscript',
     ['portrait', 'two-page', 'centred-award', 'thin-border', 'table', 'multi-credit', 'max-vs-claimed', 'date-range',
      'credentials-after-name', 'suffix-name', 'provider-in-accreditation-statement-only', 'signatures'],
     'Two-day conference from a jointly accredited provider that is named only as the subject of the Joint Accreditation '
     'statement (page 1) and the P.A.C.E. statement (page 2). P.A.C.E. claimed 9.5 of 11.0; AMA PRA/ANCC maxima are '
     'distractors; date = last day of October 2-3. Page 2 lists the sessions attended (without numbers).',
     G('Harold E. Winslow III', 'Laboratory Medicine Update 2025: Diagnostic Stewardship Across the Continuum of Care',
       '2025-10-03', 9.5, 'contact hour', ['Bayview Academic Medical Center'], '2025-LMU-11'),
     {'orient': 'P', 'border': 'thin', 'accent': '#1c3f6e', 'fam': 'times',
      'footer': 'Page {p} of {n}'},
     [SP(24),
      P('Certificate of Attendance', 28, i=1, color='#1c3f6e', sa=26),
      P('This is to certify that', 12, sa=6),
      P('Harold E. Winslow III, MS, MLS(ASCP)SC', 19, b=1, sa=12),
      P('attended', 12, sa=6),
      P('Laboratory Medicine Update 2025: Diagnostic Stewardship Across the Continuum of Care', 16, b=1, w=0.85, sa=6),
      P('October 2\u20133, 2025  \u00b7  Harbor Pavilion Conference Center', 11.5, sa=4),
      P('Activity ID: 2025-LMU-11', 11.5, sa=18),
      TABLE(['Credit type', 'Maximum', 'Claimed'],
            [['AMA PRA Category 1 Credits\u2122', '11.0', '\u2014'], ['ANCC contact hours', '11.0', '\u2014'],
             ['ASCLS P.A.C.E.\u00ae contact hours', '11.0', '9.5']], widths=[0.56, 0.22, 0.22], w=0.75, size=10.5, sa=16),
      P('In support of improving patient care, Bayview Academic Medical Center is jointly accredited by the Accreditation Council '
        'for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses '
        'Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 9, w=0.85, color='#333333', sa=30),
      SIGS([('Lucinda Park-Hawthorne, MD', 'Course Director'), ('Gareth Imbert, MEd', 'Manager, Continuing Education')], w=0.9),
      PB,
      SP(10),
      P('Sessions Attended', 15, b=1, align='L', color='#1c3f6e', sa=10),
      TABLE(['Date', 'Session', 'Hours'],
            [['Oct 2', 'Keynote: Why Diagnostic Stewardship Matters', '1.0'],
             ['Oct 2', 'Right Test, Right Time: Utilization Review in Practice', '1.5'],
             ['Oct 2', 'Blood Culture Stewardship', '1.0'],
             ['Oct 2', 'Molecular Panels: When Less Is More', '1.5'],
             ['Oct 3', 'Reflex Testing Algorithms', '1.5'],
             ['Oct 3', 'Case Panel: Stewardship Failures and Fixes', '1.5'],
             ['Oct 3', 'Closing Plenary', '1.5']],
            widths=[0.14, 0.7, 0.16], w=1.0, size=10, align='L', sa=18),
      P('Credit Designation', 12, b=1, align='L', sa=4),
      P('Physicians: this live activity is designated for a maximum of 11.0 AMA PRA Category 1 Credits\u2122. Nurses: this activity '
        'is approved for 11.0 ANCC contact hours. Physicians and nurses should claim only the credit commensurate with the extent '
        'of their participation in the activity.', 10, align='L', sa=8),
      P('Clinical laboratory professionals: Bayview Academic Medical Center' + PACE + ' This activity is approved for up to 11.0 '
        'contact hours.', 10, align='L')],
     {'title': 'Certificate of Attendance', 'author': 'Continuing Education'})

# ------------------------------------------------------------------ yf35 University CEU / FODT
cert('yf35', 'university_ceu', 'fodt',
     ['portrait', 'centred-award', 'double-border', 'table', 'hyphenated-name', 'ceu', 'date-range', 'department-provider',
      'student-id-distractor'],
     'University CEUs (2.4 CEU = 24 points); course runs June 2-20 (gold = last day); small table with course number, dates, '
     'CEUs and grade. Student ID is a distractor.',
     G('Anneliese Hoffmann-Ruiz', 'Molecular Diagnostics Bootcamp: PCR, Sequencing, and Assay Validation for the Clinical Laboratory',
       '2025-06-20', 2.4, 'CEU',
       ['Northbridge State University', 'Northbridge State University, Division of Continuing Education'], 'MDX-5010-01'),
     {'orient': 'P', 'border': 'double', 'accent': '#4a2a10', 'fam': 'schl',
      'footer': 'Northbridge State University  \u00b7  Division of Continuing Education  \u00b7  Student ID N00731552'},
     [SP(10),
      P('Northbridge State University', 22, b=1, color='#4a2a10', sa=2),
      P('Division of Continuing Education', 12, i=1, sa=30),
      P('Certificate of Completion', 24, sa=22),
      P('This certifies that', 11, sa=4),
      P('Anneliese Hoffmann-Ruiz', 20, b=1, sa=12),
      P('has satisfactorily completed the non-credit course', 11, sa=6),
      P('Molecular Diagnostics Bootcamp: PCR, Sequencing, and Assay Validation for the Clinical Laboratory', 15, b=1, w=0.82, sa=18),
      TABLE(['Course No.', 'Course Dates', 'CEUs Awarded', 'Grade'], [['MDX-5010-01', 'June 2 \u2013 June 20, 2025', '2.4', 'Pass']],
            widths=[0.24, 0.4, 0.2, 0.16], w=0.85, size=10.5, sa=16),
      P('The Continuing Education Unit (CEU) is a nationally recognized measure: one CEU represents ten contact hours of '
        'participation in an organized continuing education experience under responsible sponsorship.', 9, w=0.85, sa=36),
      SIGS([('Theresa Valdez-Montoya, PhD', 'Associate Dean, Division of Continuing Education')], w=0.55)],
     {'title': 'Certificate of Completion', 'author': 'Northbridge State University'})

# ------------------------------------------------------------------ yf36 Vendor / Platypus
cert('yf36', 'vendor', 'platypus',
     ['landscape', 'centred-award', 'double-border', 'format-line', 'presented-by-distractor', 'title-keyword-safety',
      'program-no-without-colon', 'long-title-wrap-then-label', 'honorific-name'],
     'Vendor webinar; "LIVE WEBINAR" format line; "presented by" names the speaker; the Zoom "Webinar ID" is a distractor; '
     '"Program No. 711-204-25" is the ID. Leading "Dr." dropped.',
     G('Abigail Ferreira-Stone',
       'Safety Culture in the Microbiology Laboratory: Lessons Learned from Real-World Laboratory Exposure Incidents',
       '2025-09-24', 1.0, 'contact hour', ['Corvalis Biosystems, Inc.', 'Corvalis Biosystems'], '711-204-25'),
     {'orient': 'L', 'border': 'double', 'accent': '#0e6e6e', 'fam': 'helv', 'margin': 80,
      'footer': 'Webinar ID 882 4410 9921  \u00b7  Registrant No. 55-20981'},
     [P('Corvalis Biosystems', 20, b=1, color='#0e6e6e', sa=4),
      P('Customer Education Webinar Series', 11, i=1, sa=14),
      P('Certificate of Attendance', 24, b=1, sa=10),
      P('This certifies that', 11, sa=3),
      P('Dr. Abigail Ferreira-Stone', 20, b=1, sa=6),
      P('attended the', 11, sa=3),
      P('LIVE WEBINAR', 10.5, b=1, color='#0e6e6e', sa=3),
      P('Safety Culture in the Microbiology Laboratory: Lessons Learned from Real-World Laboratory Exposure Incidents', 15, b=1, w=0.7, sa=2),
      P('Broadcast date: September 24, 2025', 11, sa=3),
      P('presented by Helena Voss, PhD, D(ABMM)', 10, i=1, sa=8),
      P('Program No. 711-204-25  \u00b7  1.0 P.A.C.E.\u00ae contact hour', 11, sa=8),
      P('Corvalis Biosystems, Inc.' + PACE, 8.5, w=0.8, color='#444444')],
     {'title': 'Certificate of Attendance', 'author': 'Corvalis Biosystems, Inc.'})

# ------------------------------------------------------------------ yf37 P.A.C.E. provider / AcroForm
cert('yf37', 'pace_provider', 'acroform',
     ['portrait', 'form-fields-flattened', 'labels-above-values', 'thin-border', 'hyphenated-name', 'provider-issuer-line-only',
      'signatures'],
     'Form certificate; the provider appears as the issuer line "Issued by ..." under the heading and in the P.A.C.E. statement. '
     'Labels above values (form fields). "Course No." is the ID.',
     G('Thandiwe Mokoena-Schultz', 'Coagulation Testing Pitfalls: Preanalytical Variables, Heparin Monitoring, and Mixing Studies',
       '2025-02-04', 1.0, 'contact hour', ['Summit Pathology Partners, LLC'], 'SPP-CE-118'),
     {'orient': 'P', 'border': 'thin', 'accent': '#4b3b8f', 'fam': 'helv',
      'footer': 'Form CE-2 (fillable)  \u00b7  Certificate No. 25-0388'},
     [SP(10),
      P('Certificate of Completion', 26, b=1, color='#4b3b8f', sa=4),
      P('Issued by Summit Pathology Partners, LLC', 11, i=1, sa=34),
      COLS([[('Participant Name', 'Thandiwe Mokoena-Schultz'), ('Date of Completion', '02/04/2025')],
            [('Course Title', 'Coagulation Testing Pitfalls: Preanalytical Variables, Heparin Monitoring, and Mixing Studies')],
            [('Course No.', 'SPP-CE-118'), ('Format', 'Recorded webinar'), ('Contact Hours', '1.0')]],
           w=0.86, size=11.5, uline=True, gap=16,
           fields={'Participant Name': 'name', 'Date of Completion': 'date', 'Course Title': 'title', 'Course No.': 'course',
                   'Format': 'format', 'Contact Hours': 'hours'}),
      SP(8),
      P('Summit Pathology Partners, LLC' + PACE, 9.5, w=0.86, align='C', sa=34),
      SIGS([('Gwendolyn Achebe, MS, MLS(ASCP)CM', 'Continuing Education Coordinator')], w=0.5)],
     {'title': 'Certificate of Completion', 'author': 'Summit Pathology Partners, LLC'})

# ------------------------------------------------------------------ yf38 Hospital in-service / Chromium
cert('yf38', 'hospital_inservice', 'chromium',
     ['landscape', 'labels-above-values', 'band-border', 'letter-spaced-name', 'all-caps-name', 'series-name-in-title',
      'department-provider', 'signatures'],
     'Letter-spaced ALL-CAPS name (CSS letter-spacing). "Laboratory Grand Rounds:" is part of the title. Education committee '
     'is the office. "Session No." is the ID.',
     G('PRIYA CHANDRASEKARAN',
       'Laboratory Grand Rounds: Critical Value Reporting \u2014 Closing the Loop with Nursing and Providers',
       '2025-03-19', 1.0, 'contact hour',
       ['Calloway Memorial Hospital', 'Calloway Memorial Hospital, Clinical Laboratory Education Committee'], 'LGR-2503'),
     {'orient': 'L', 'border': 'band', 'accent': '#24527a', 'fam': 'libsans', 'margin': 70,
      'footer': 'Calloway Memorial Hospital  \u00b7  Clinical Laboratory Education Committee  \u00b7  Record retained in LMS'},
     [SP(22),
      P('Calloway Memorial Hospital', 18, b=1, color='#24527a', sa=2),
      P('Clinical Laboratory Education Committee', 11.5, i=1, sa=16),
      P('Certificate of Attendance', 24, b=1, sa=16),
      P('PRIYA CHANDRASEKARAN', 20, b=1, ls=5, sa=16),
      COLS([[('Program', 'Laboratory Grand Rounds: Critical Value Reporting \u2014 Closing the Loop with Nursing and Providers')],
            [('Date', 'March 19, 2025'), ('Session No.', 'LGR-2503'), ('Contact Hours', '1.0 (P.A.C.E.\u00ae)'), ('Employee #', '77-4410')]],
           w=0.85, size=12, uline=True, gap=14),
      P('Calloway Memorial Hospital, Clinical Laboratory Education Committee' + PACE, 9, w=0.85, sa=12),
      SIGS([('Lydia Fontaine, MS, MLS(ASCP)CM', 'Education Coordinator'), ('Raymond Oduya, MD', 'Medical Director, Laboratory Services')],
           w=0.75)],
     {'title': 'Certificate of Attendance', 'author': 'Calloway Memorial Hospital'})

# ------------------------------------------------------------------ yf39 State society / ReportLab canvas
cert('yf39', 'state_society', 'rlcanvas',
     ['landscape', 'centred-award', 'thin-border', 'seal', 'hyphenated-name', 'session-at-conference',
      'date-range-distractor', 'provider-name-with-for-and', 'signatures'],
     'State convention session certificate: the convention runs April 3-5 but the session date (April 4) is named.',
     G('Ngozi Eze-Villanueva',
       'Mycobacteriology Update: Rapid Detection of Mycobacterium tuberculosis Complex and Drug Resistance',
       '2025-04-04', 1.0, 'contact hour', ['Texas Association for Clinical Laboratory Science', 'TACLS'], '22'),
     {'orient': 'L', 'border': 'thin', 'accent': '#7f1d1d', 'accent2': '#9a7b2f', 'fam': 'libserif', 'vcenter': True,
      'seal': [{'pos': (0.86, 0.78), 'r': 38, 'lines': ['TACLS', '2025']}],
      'footer': 'TACLS 2025 Annual Convention  \u00b7  Galveston, Texas  \u00b7  Attendee No. 0417'},
     [P('Texas Association for Clinical Laboratory Science', 19, b=1, color='#7f1d1d', sa=2),
      P('TACLS 2025 Annual Convention  \u00b7  April 3\u20135, 2025', 11, i=1, sa=18),
      P('Session Attendance Certificate', 24, i=1, sa=12),
      P('This certifies that', 12, sa=4),
      P('Ngozi Eze-Villanueva, MLS(ASCP)CM', 21, b=1, sa=8),
      P('attended the session', 12, sa=4),
      P('Mycobacteriology Update: Rapid Detection of Mycobacterium tuberculosis Complex and Drug Resistance', 16, b=1, w=0.72, sa=6),
      P('Session date: April 4, 2025  \u00b7  Session No. 22  \u00b7  1.0 P.A.C.E.\u00ae contact hour', 11, sa=16),
      SIGS([('Rosa Elena Garza, MS, MLS(ASCP)', 'President, TACLS'), ('Daniel Whitfield, MLS(ASCP)', 'Convention Education Chair')], w=0.7),
      P('TACLS' + PACE, 8.5, w=0.62, color='#444444', sa=0)],
     {'title': 'TACLS Session Attendance Certificate', 'author': 'TACLS'})

# ------------------------------------------------------------------ yf40 Joint-accreditation CME / TCPDF
cert('yf40', 'joint_cme', 'tcpdf',
     ['landscape', 'centred-award', 'thin-border', 'table', 'multi-credit', 'honorific-name', 'accented-name',
      'hyphenated-name', 'format-line', 'long-title-wrap-then-label', 'claim-date-distractor', 'department-provider'],
     'Joint-accreditation enduring material: AMA PRA 0.75, ANCC 0.75, ACPE 0.75, ABPath SAM 0.75 vs P.A.C.E. 1.0: gold is '
     'P.A.C.E. "Enduring Material" format line. Claim date is a distractor. Leading "Dr." dropped.',
     G('Aleksandra Wi\u015bniewska-Hart',
       'Diagnostic Stewardship for Clostridioides difficile Testing: Reducing Overtesting and Improving Interpretation',
       '2025-03-28', 1.0, 'contact hour',
       ['Pinecrest Health Sciences Center', 'Pinecrest Health Sciences Center, Office of Continuing Medical Education'],
       'PHSC-EM-2507'),
     {'orient': 'L', 'border': 'thin', 'accent': '#215732', 'fam': 'dvserif', 'margin': 64, 'vcenter': True,
      'footer': 'Credit claimed April 2, 2025  \u00b7  Pinecrest Health Sciences Center is a Joint Accreditation provider (#4009917).'},
     [P('Pinecrest Health Sciences Center', 18, b=1, color='#215732', sa=2),
      P('Office of Continuing Medical Education', 10.5, i=1, sa=18),
      P('Certificate of Completion', 24, b=1, sa=14),
      P('This is to certify that', 11, sa=4),
      P('Dr. Aleksandra Wi\u015bniewska-Hart, PhD', 19, b=1, sa=8),
      P('has completed the', 11, sa=4),
      P('Enduring Material', 10.5, i=1, color='#215732', sa=4),
      P('Diagnostic Stewardship for Clostridioides difficile Testing: Reducing Overtesting and Improving Interpretation', 14, b=1, w=0.72, sa=3),
      P('Completed: March 28, 2025  \u00b7  Activity No. PHSC-EM-2507', 10.5, sa=14),
      TABLE(['AMA PRA Category 1 Credit\u2122', 'ANCC Contact Hours', 'ACPE Contact Hours', 'ABPath SAM', 'P.A.C.E.\u00ae Contact Hours'],
            [['0.75', '0.75', '0.75', '0.75', '1.0']], w=0.9, size=9.5, sa=12),
      P('In support of improving patient care, Pinecrest Health Sciences Center is jointly accredited by the ACCME, ACPE, and ANCC to '
        'provide continuing education for the healthcare team. Pinecrest Health Sciences Center' + PACE, 8, w=0.9, color='#444444', sa=0)],
     {'title': 'Certificate of Completion', 'author': 'Pinecrest Health Sciences Center'})
