# Certificate specifications for the blind set certs-b.
# Every person, number and most organisations are invented.  Gold facts are
# written by hand in G(...) next to the blocks that print them; `check` lists
# further strings (printed date, printed credit figure) that verify.py looks
# for in the pdftotext output.
import copy
import datetime

from blocks import T, P, KV, F, RULE, SP, PB

CERTS = []


def C(id, style, producer, layout, notes, gold, blocks, check=(), **kw):
    d = dict(id=id, style=style, producer=producer, layout=layout, notes=notes, gold=gold,
             blocks=blocks, check=list(check))
    d.update(kw)
    CERTS.append(d)
    return d


def G(name, title, date, credits, unit, points, provider, activity_id=''):
    datetime.date.fromisoformat(date)
    return dict(name=name, title=title, date=date, credits=credits, unit=unit, points=points,
                provider=provider, activity_id=activity_id)


def weekday(iso):
    return datetime.date.fromisoformat(iso).strftime('%A')


def PACE(p):
    return ('%s is approved as a provider of continuing education programs in the clinical laboratory '
            'sciences by the ASCLS P.A.C.E.\u00ae Program.' % p)


GOLDF = dict(style='double', width=6, color='#8a6d2b', pad=18)
NAVY = dict(style='solid', width=3, color='#1f3a5f', pad=16, inner=True)
MAROON = dict(style='double', width=5, color='#7b1e2b', pad=16)
GREEN = dict(style='solid', width=2, color='#2e6b3f', pad=14)
GREY = dict(style='solid', width=1, color='#777777', pad=12)
TEAL = dict(style='solid', width=4, color='#1d6f72', pad=16, inner=True)

R = '\u00ae'   # registered sign
TM = '\u2122'  # trade mark sign
LQ, RQ = '\u201c', '\u201d'
ND = '\u2013'  # en dash

# =====================================================================
# ASCP
# =====================================================================
C('b01', 'ascp', 'chromium', ['centred', 'name-cue', 'name-credentials', 'format-line', 'title-wrap',
                              'landscape'],
  'Name printed with ", MLS(ASCP)CM"; title forced over two lines; signatory with credentials below.',
  G('Marisol Quintero-Baptiste',
    'Mass Spectrometry in the Clinical Laboratory: Principles of Method Validation and Verification',
    '2025-03-03', 1.5, 'CMLE', 1.5, ['American Society for Clinical Pathology', 'ASCP'], '25-EL-0347'),
  [T('American Society for Clinical Pathology', 13, b=True, color='#1f3a5f', ls=1.2, font='sans', sb=0),
   T('ASCP Continuing Medical Laboratory Education', 9.5, font='sans', color='#555555', sb=2),
   T('Certificate of Completion', 32, b=True, color='#8a6d2b', sb=12),
   T('This certifies that', 13, i=True, sb=10),
   T('Marisol Quintero-Baptiste, MLS(ASCP)CM', 26, b=True, sb=4),
   RULE(0.55, sb=2),
   T('has successfully completed', 12, i=True, sb=8),
   T('the online course', 12, sb=0),
   T('Mass Spectrometry in the Clinical Laboratory:\nPrinciples of Method Validation and Verification', 17,
     b=True, sb=6),
   T('Completed on March 3, 2025', 12, sb=10),
   T('1.5 CMLE Credits', 13, b=True, sb=2),
   T('ASCP Activity ID: 25-EL-0347', 9.5, sb=2, color='#555555'),
   P(PACE('The American Society for Clinical Pathology (ASCP)') + ' ASCP designates this activity for a '
     'maximum of 1.5 CMLE credits.', 8.5, align='c', sb=8, width=0.85),
   KV([('Director, Continuing Education Programs', 'Kendra Villanueva-Stroud, MS, MLS(ASCP)CM')],
      mode='under', cols=1, width=0.42, align='c', size=9, vsize=10.5, vb=False, sb=10)],
  check=['March 3, 2025', '1.5 CMLE Credits'], page='letter-l', frame=GOLDF, font='serif')

C('b02', 'ascp', 'reportlab', ['labels-beside', 'issue-date-differs', 'multi-credit', 'member-id', 'portrait',
                               'date-month-first'],
  'Transcript-style credit certificate: labels in a left column; customer ID (not activity); completion '
  '04/11/2025 vs issued 05/02/2025; AMA PRA figure beside the CMLE figure.',
  G('Oluwaseun Adeyemi-Clarke', 'Pre-Analytical Errors in Coagulation Testing: From Tube to Result',
    '2025-04-11', 1.0, 'CMLE', 1.0, ['American Society for Clinical Pathology', 'ASCP'], 'CE25-1187'),
  [T('ASCP', 30, b=True, color='#1f3a5f', align='l', font='sans', sb=0),
   T('American Society for Clinical Pathology', 12, align='l', font='sans', color='#1f3a5f', sb=0),
   T('Learning Center', 10, align='l', font='sans', color='#666666', sb=0),
   RULE(1.0, sb=10, color='#1f3a5f', t=1.5),
   T('Certificate of Credit', 24, b=True, align='l', sb=24),
   P('The learner named below has completed the following educational activity and has been awarded '
     'credit as recorded in the ASCP learning transcript.', 10.5, align='l', sb=10),
   KV([('Learner', 'Oluwaseun Adeyemi-Clarke'),
       ('ASCP Customer ID', '40918237'),
       ('Activity Title', 'Pre-Analytical Errors in Coagulation Testing: From Tube to Result'),
       ('Activity Code', 'CE25-1187'),
       ('Format', 'Enduring online (on-demand)'),
       ('Date Completed', '04/11/2025'),
       ('Certificate Issued', '05/02/2025'),
       ('CMLE Credits Awarded', '1.0'),
       ('AMA PRA Category 1 Credits' + TM, '1.0')],
      mode='beside', size=10.5, lb=True, vb=False, widths=[0.3, 0.7], sb=14),
   P('ASCP is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to '
     'provide continuing medical education for physicians. ASCP designates this enduring material for a '
     'maximum of 1.0 AMA PRA Category 1 Credit' + TM + '. Physicians should claim only the credit '
     'commensurate with the extent of their participation in the activity.', 8.5, align='j', sb=22),
   P(PACE('ASCP') + ' CMLE credit is accepted by the ASCP Board of Certification for the Credential '
     'Maintenance Program.', 8.5, align='j', sb=4),
   SP(30),
   KV([('Senior Director, Learning', 'Paul Okonjo-Reinholt, PhD')], mode='under', cols=1, width=0.45,
      align='l', size=9, vsize=10.5, vb=False, sb=10)],
  check=['04/11/2025', '05/02/2025'], page='letter', margin=54, font='sans', rlfont='std')

C('b03', 'ascp', 'docx-libreoffice', ['centred', 'name-cue', 'all-caps-name', 'format-line', 'ruled-table',
                                      'landscape', 'date-iso'],
  'Name printed in capitals ("presented to"); course facts in a bordered table; ISO date.',
  G('CHIDINMA OKONKWO-ADEBAYO', 'Hematology Morphology Bootcamp: Red Cell Inclusions and Poikilocytes',
    '2025-03-04', 3.0, 'CMLE', 3.0, ['American Society for Clinical Pathology', 'ASCP'], 'W-2503-HEM'),
  [T('ASCP', 36, b=True, color='#1f3a5f', sb=0, font='sans'),
   T('American Society for Clinical Pathology', 13, color='#1f3a5f', sb=0, font='sans'),
   T('CERTIFICATE OF PARTICIPATION', 24, b=True, sb=16, ls=2),
   T('presented to', 12, i=True, sb=10),
   T('CHIDINMA OKONKWO-ADEBAYO', 26, b=True, sb=4),
   T('for participation in the live virtual workshop', 12, i=True, sb=8),
   KV([('Program', 'Hematology Morphology Bootcamp: Red Cell Inclusions and Poikilocytes'),
       ('Date', '2025-03-04'),
       ('Credits', '3.0 CMLE'),
       ('Program ID', 'W-2503-HEM')],
      mode='table', width=0.72, widths=[0.22, 0.78], align='c', size=11, lb=True, vb=False, fill='#e8edf4',
      sb=12),
   P(PACE('ASCP'), 9, align='c', sb=12),
   KV([('Chair, Hematology Education Committee', 'Lucinda Marwick-Obi, MD'),
       ('Manager, Workshops and Events', 'Tomás Achterberg')], mode='under', cols=2, width=0.8,
      align='c', size=9, vsize=11, vb=False, sb=18)],
  check=['2025-03-04', '3.0 CMLE'], page='letter-l', frame=NAVY, font='serif')

C('b04', 'ascp', 'ghostscript', ['paragraph', 'issuer-line', 'portrait', 'date-abbrev'],
  'One-paragraph certificate; FPDF output re-distilled by Ghostscript; abbreviated month "Mar. 3, 2025".',
  G('S\u00f8ren Ellegaard Mikkelsen', 'Flow Cytometry Gating Strategies for Acute Leukemia', '2025-03-03',
    1.0, 'CMLE', 1.0, ['American Society for Clinical Pathology', 'ASCP'], '25-FC-0211'),
  [T('ASCP Learning Center \u2022 American Society for Clinical Pathology', 10, align='l', font='sans',
     color='#1f3a5f', sb=0),
   RULE(1.0, sb=6, color='#1f3a5f', t=1),
   T('Certificate of Completion', 26, b=True, sb=60, align='l', font='sans'),
   P('This is to certify that **S\u00f8ren Ellegaard Mikkelsen** has completed ' + LQ +
     'Flow Cytometry Gating Strategies for Acute Leukemia' + RQ + ' on Mar. 3, 2025 and is awarded '
     '1.0 CMLE credit.', 13, align='l', sb=24, lh=1.5, font='serif'),
   P('ASCP Learning Activity No. 25-FC-0211', 10, align='l', sb=18, font='sans'),
   P(PACE('The American Society for Clinical Pathology') + ' Please retain this certificate for your '
     'records; CMLE credits are reported to the ASCP Board of Certification only when you submit them in '
     'your Credential Maintenance Program declaration.', 9, align='j', sb=30, font='sans'),
   SP(60),
   T('Printed from the ASCP Learning Center', 8, align='l', font='sans', color='#777777')],
  check=['Mar. 3, 2025', '1.0 CMLE credit'], page='letter', margin=60, font='sans', via='fpdf')

# =====================================================================
# AABB
# =====================================================================
C('b05', 'aabb', 'fpdf', ['centred', 'name-cue', 'name-credentials', 'format-line', 'program-no-without-colon',
                          'landscape', 'date-weekday', 'provider-ampersand',
                          'issue-date-differs'],
  'SBB credentials after the name; "Program No. 25EC-118" without colon; date with weekday.',
  G('Rhiannon Llewellyn-Pryce',
    'Antibody Identification Puzzles: Warm Autoantibodies That Mask Alloantibodies', '2025-03-04', 1.5,
    'contact hour', 1.5, ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25EC-118'),
  [T('AABB', 34, b=True, color='#7b1e2b', sb=0, font='sans'),
   T('Association for the Advancement of Blood & Biotherapies', 12, color='#7b1e2b', sb=0, font='sans'),
   T('Certificate of Participation', 28, b=True, i=True, sb=16),
   T('This is to certify that', 12, sb=12),
   T('Rhiannon Llewellyn-Pryce, MT(ASCP)SBB', 24, b=True, sb=6),
   T('participated in', 12, sb=8),
   T('the AABB eCast', 12, i=True, sb=0),
   T('Antibody Identification Puzzles: Warm Autoantibodies That Mask Alloantibodies', 16, b=True, sb=8),
   T('Tuesday, March 4, 2025', 12, sb=8),
   T('1.5 P.A.C.E.' + R + ' contact hours', 12, b=True, sb=4),
   T('Program No. 25EC-118', 10, sb=4),
   P(PACE('AABB') + ' The contact hours shown are the hours attended and verified by the AABB Education '
     'Department.', 8.5, align='c', sb=10, width=0.8),
   KV([('Vice President, Education', 'Delphine Okereke-Marsh, MBA'), ('Date Issued', 'March 5, 2025')],
      mode='under', cols=2, width=0.7, align='c', size=9, vsize=11, vb=False, sb=14)],
  check=['Tuesday, March 4, 2025', '1.5 P.A.C.E.'], page='letter-l', frame=MAROON, font='serif')
assert weekday('2025-03-04') == 'Tuesday'

C('b06', 'aabb', 'tcpdf', ['two-column-labels-above', 'member-id', 'certificate-number', 'portrait', 'date-iso',
                           'provider-ampersand'],
  'Two-column grid, small capital labels above values; AABB member ID and certificate number beside the '
  'program number.',
  G('Jean-Baptiste Th\u00e9odore Lacroix', 'Patient Blood Management: Building a Transfusion Stewardship Program',
    '2025-02-19', 2.0, 'contact hour', 2.0, ['Association for the Advancement of Blood & Biotherapies', 'AABB'],
    '25-PBM-07'),
  [T('AABB', 28, b=True, color='#7b1e2b', align='l', sb=0, font='sans'),
   T('Association for the Advancement of Blood & Biotherapies', 10.5, align='l', color='#7b1e2b', sb=0,
     font='sans'),
   T('Certificate of Attendance', 24, b=True, align='l', sb=26, font='sans'),
   T('Virtual Education Program', 12, align='l', color='#555555', sb=2, font='sans'),
   KV([('PARTICIPANT', 'Jean-Baptiste Th\u00e9odore Lacroix'), ('AABB MEMBER ID', '0048815'),
       ('PROGRAM TITLE', 'Patient Blood Management: Building a Transfusion Stewardship Program'),
       ('PROGRAM NUMBER', '25-PBM-07'),
       ('DATE OF PROGRAM', '2025-02-19'), ('CONTACT HOURS AWARDED', '2.0'),
       ('FORMAT', 'Live webinar'), ('CERTIFICATE NUMBER', 'AABB-C-778213')],
      mode='above', cols=2, size=11, lsize=8, lb=True, vb=False, lcolor='#7b1e2b', sb=24,
      widths=[0.55, 0.45]),
   RULE(1.0, sb=16, color='#7b1e2b'),
   P(PACE('AABB') + ' AABB designates this program for 2.0 contact hours of continuing education credit. '
     'California: AABB is an approved accrediting agency for California clinical laboratory personnel '
     'continuing education.', 9, align='j', sb=10),
   SP(40),
   KV([('Signature', 'Marguerite Ellison-Tate'), ('Title', 'Director, Education Programs')],
      mode='under', cols=2, size=9, vsize=11, vb=False, align='l', width=0.8)],
  check=['2025-02-19'], page='letter', margin=54, font='sans', tcfont='core')

C('b07', 'aabb', 'acroform-filled', ['labels-beside', 'acroform', 'course-number-hash', 'portrait',
                                     'date-day-month'],
  'Fillable certificate: participant name and completion date exist only as form-field appearances '
  '(not flattened); title, hours and course number are static page text.',
  G('Priya Ramanathan Iyer', 'Transfusion Reactions: Recognition, Investigation and Reporting',
    '2025-03-03', 1.0, 'contact hour', 1.0,
    ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '116-204-25'),
  [T('AABB', 30, b=True, color='#7b1e2b', sb=0),
   T('Association for the Advancement of Blood & Biotherapies', 11, color='#7b1e2b', sb=0),
   T('Certificate of Completion', 26, b=True, sb=30),
   T('Online Course', 12, i=True, sb=4),
   T('Transfusion Reactions: Recognition, Investigation and Reporting', 15, b=True, sb=18),
   KV([('Participant Name:', F('participant_name', 'Priya Ramanathan Iyer', q=0)),
       ('Date Completed:', F('date_completed', '3 March 2025', q=0))],
      mode='beside', size=12, lb=True, vb=False, width=0.8, widths=[0.3, 0.7], align='c', sb=30),
   T('This activity is approved for 1.0 P.A.C.E.' + R + ' contact hour.', 11, sb=28),
   T('P.A.C.E.' + R + ' Course # 116-204-25', 11, sb=4),
   P(PACE('AABB') + ' Type your name and the date on which you completed the course, then print or save '
     'this certificate for your records.', 9, align='c', sb=24, width=0.85),
   SP(50),
   KV([('Accredited Provider', 'AABB Education Department')], mode='under', width=0.4, align='c', size=9,
      vsize=10, vb=False)],
  check=['3 March 2025', '1.0 P.A.C.E.'], page='letter', margin=40, frame=MAROON, font='serif', rlfont='std')

C('b08', 'aabb', 'libreoffice-writer', ['labels-under', 'signature-line', 'landscape', 'date-iso', 'centred'],
  'Signature-line layout: values printed above rules with labels (Participant, Date, Contact Hours) '
  'below them.',
  G('Bj\u00f6rn Halvorsen', 'Quality Systems Essentials for Cellular Therapy Facilities', '2025-01-28', 2.5,
    'contact hour', 2.5, ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25-CT-031'),
  [T('AABB', 30, b=True, color='#7b1e2b', sb=0, font='sans'),
   T('Association for the Advancement of Blood & Biotherapies', 11, color='#7b1e2b', sb=0, font='sans'),
   T('Continuing Education Certificate', 26, b=True, sb=24),
   T('Quality Systems Essentials for Cellular Therapy Facilities', 17, i=True, sb=16),
   T('Program 25-CT-031  \u2022  Live virtual seminar', 10.5, sb=6, color='#555555'),
   KV([('Participant', 'Bj\u00f6rn Halvorsen'), ('Date', '2025-01-28'), ('Contact Hours', '2.5')],
      mode='under', cols=3, width=0.9, align='c', size=10, vsize=14, vb=True, sb=40),
   P(PACE('AABB'), 9, align='c', sb=30),
   KV([('Director, Cellular Therapies Education', 'Ingrid Soto-Halloran, PhD')], mode='under', cols=1,
      width=0.4, align='c', size=9, vsize=11, vb=False, sb=24)],
  check=['2025-01-28', '2.5'], page='letter-l', frame=GREY, font='serif')

# =====================================================================
# CAP
# =====================================================================
C('b09', 'cap', 'chromium', ['centred', 'format-line', 'maximum-and-claimed', 'multi-credit', 'portrait',
                             'ruled-table', 'title-wrap'],
  'Maximum 2.0 beside claimed 1.5; AMA PRA maximum appears in the accreditation statement; activity code.',
  G('Haruto Nishimura-Reyes',
    'Next-Generation Sequencing Quality Metrics: Coverage, Depth and Variant Allele Fraction', '2025-05-14',
    1.5, 'contact hour', 1.5, ['College of American Pathologists', 'CAP'], 'CAP-ELRN-25-0918'),
  [T('COLLEGE OF AMERICAN PATHOLOGISTS', 14, b=True, color='#00467f', ls=1, font='sans', sb=0),
   RULE(0.3, sb=8, color='#00467f', t=2),
   T('Certificate of Completion', 30, sb=36, color='#00467f'),
   T('Haruto Nishimura-Reyes', 24, b=True, sb=36),
   T('has completed the enduring material activity', 12, i=True, sb=14),
   T('Next-Generation Sequencing Quality Metrics:\nCoverage, Depth and Variant Allele Fraction', 16, b=True,
     sb=8),
   KV([('Completion Date', 'May 14, 2025'), ('Activity Code', 'CAP-ELRN-25-0918'),
       ('Credit Type', 'P.A.C.E.' + R + ' contact hours'), ('Maximum Available', '2.0'),
       ('Credits Claimed', '1.5')],
      mode='table', width=0.7, widths=[0.4, 0.6], align='c', size=10.5, lb=True, vb=False, fill='#eef3f8',
      sb=30),
   P('The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing '
     'Medical Education to provide continuing medical education for physicians. The CAP designates this '
     'enduring material for a maximum of 2.0 AMA PRA Category 1 Credits' + TM + '. Physicians should claim '
     'only the credit commensurate with the extent of their participation in the activity. ' + PACE('The CAP'),
     8.5, align='j', sb=34, width=0.9),
   SP(20),
   T('Certificate generated May 14, 2025 \u2022 CAP Learning', 8, color='#777777', sb=20)],
  check=['May 14, 2025', '1.5'], page='letter', margin=40, frame=dict(style='solid', width=2, color='#00467f',
                                                                     pad=22), font='sans')

C('b10', 'cap', 'docx-libreoffice', ['labels-beside', 'inline-labels', 'issuer-line', 'orientation-title',
                                     'portrait', 'date-day-month', 'issue-date-differs'],
  'Provider appears only as the issuer line above the heading and in the approval sentence; '
  '"Participant: ..." labels; title contains "Orientation" in the tissue sense; "3 March 2025".',
  G('Aoife N\u00ed Bhriain', 'Gross Examination and Specimen Orientation for Breast Excisions', '2025-03-03',
    2.0, 'contact hour', 2.0, ['College of American Pathologists', 'CAP'], 'CAP25-GRS-04'),
  [T('Issued by the College of American Pathologists', 10, i=True, color='#444444', sb=30),
   T('Certificate of Completion', 28, b=True, sb=8),
   RULE(0.4, sb=6),
   KV([('Participant:', 'Aoife N\u00ed Bhriain'),
       ('Activity:', 'Gross Examination and Specimen Orientation for Breast Excisions'),
       ('Activity ID:', 'CAP25-GRS-04'),
       ('Date of Activity:', '3 March 2025'),
       ('Format:', 'Hands-on workshop'),
       ('CE Credit:', '2.0 P.A.C.E.' + R + ' contact hours')],
      mode='inline', align='c', size=12, lb=False, vb=True, sb=30),
   P(PACE('The College of American Pathologists') + ' Pathologists' + "'" + ' assistants may also apply '
     'these hours toward AAPA continuing education requirements.', 9.5, align='c', sb=40, width=0.85),
   SP(40),
   KV([('Course Director', 'Mariana Castell\u00f3-Fenwick, MD, FCAP'), ('Date Issued', '10 March 2025')],
      mode='under', cols=2, width=0.85, align='c', size=9, vsize=11, vb=False)],
  check=['3 March 2025', '2.0 P.A.C.E.'], page='letter', margin=54, font='serif')

C('b11', 'cap', 'ghostscript', ['centred', 'name-cue', 'verb-requirements', 'inspector-id', 'label-after-title',
                                'landscape', 'date-iso'],
  'LibreOffice Writer output re-distilled by Ghostscript; "has completed the requirements for"; inspector ID '
  'distractor; course number with "No.".',
  G('Fatima Zahra El Idrissi', 'Inspector Training: Checklist Essentials for Team Members', '2025-06-10', 3.0,
    'contact hour', 3.0, ['College of American Pathologists', 'CAP'], 'LAP-IT-2025-06'),
  [T('College of American Pathologists', 20, b=True, color='#00467f', sb=0, font='sans'),
   T('Laboratory Accreditation Program', 11, color='#00467f', sb=2, font='sans'),
   T('Certificate of Completion', 30, sb=24),
   T('This is to certify that', 12, i=True, sb=14),
   T('Fatima Zahra El Idrissi', 26, b=True, sb=6),
   T('has completed the requirements for', 12, i=True, sb=10),
   T('Inspector Training: Checklist Essentials for Team Members', 17, b=True, sb=6),
   T('Course No. LAP-IT-2025-06', 10.5, sb=6),
   T('Completed 2025-06-10  |  3.0 contact hours', 12, sb=12),
   T('Inspector ID: INS-448201', 9.5, sb=4, color='#555555'),
   P(PACE('The College of American Pathologists'), 9, align='c', sb=16),
   KV([('Chair, Council on Accreditation', 'Rolf Andersson-Mbeki, MD, FCAP')], mode='under', width=0.4,
      align='c', size=9, vsize=11, vb=False, sb=16)],
  check=['2025-06-10', '3.0 contact hours'], page='letter-l', frame=dict(style='double', width=5,
                                                                           color='#00467f', pad=16),
  font='serif', via='libreoffice-writer')

C('b12', 'cap', 'tcpdf', ['centred', 'name-credentials', 'maximum-and-claimed', 'ama-only', 'landscape'],
  'Physician-style CME certificate: only AMA PRA Category 1 credits (maximum 4.0, claimed 3.25); "MD" after the '
  'name.',
  G('Grzegorz Lewandowski', 'Whole Slide Imaging Validation: Applying the CAP Guideline in Practice',
    '2025-09-20', 3.25, 'AMA PRA Category 1 Credit', 3.25, ['College of American Pathologists', 'CAP'],
    'CME-25-WSI-12'),
  [T('COLLEGE of AMERICAN PATHOLOGISTS', 16, b=True, color='#00467f', sb=0),
   T('Certificate of Attendance', 30, i=True, sb=20),
   T('awarded to', 12, sb=14),
   T('Grzegorz Lewandowski, MD', 26, b=True, sb=6),
   T('for attending the live course', 12, sb=12),
   T('Whole Slide Imaging Validation: Applying the CAP Guideline in Practice', 17, b=True, sb=6),
   T('September 20, 2025  \u2022  Chicago, Illinois  \u2022  Activity CME-25-WSI-12', 11, sb=8),
   KV([('Maximum credits designated', '4.0'), ('Credits claimed', '3.25')], mode='beside', cols=2,
      width=0.7, widths=[0.3, 0.15, 0.25, 0.3], align='c', size=11, lb=False, vb=True, sb=14),
   P('The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical '
     'Education (ACCME) to provide continuing medical education for physicians. The CAP designates this live '
     'activity for a maximum of 4.0 AMA PRA Category 1 Credits' + TM + '. Physicians should claim only the '
     'credit commensurate with the extent of their participation in the activity.', 9, align='c', sb=14,
     width=0.85),
   KV([('Course Director', 'Hyun-woo Park, MD, PhD')], mode='under', width=0.35, align='c', size=9,
      vsize=11, vb=False, sb=14)],
  check=['September 20, 2025', '3.25'], page='letter-l', frame=dict(style='solid', width=3, color='#00467f',
                                                                    pad=16, inner=True),
  font='serif', tcfont='core')

# =====================================================================
# ASCLS (national)
# =====================================================================
C('b13', 'ascls', 'fpdf', ['ruled-table', 'member-id', 'portrait', 'date-month-first'],
  'Classic P.A.C.E. attendance form: every fact in a bordered two-column table; member number row; '
  '03/04/2025 is month-first (March 4).',
  G('Ana\u00efs Dubois-Ferreira', 'Urine Sediment Microscopy: Casts, Crystals and Confounders', '2025-03-04',
    1.0, 'contact hour', 1.0, ['American Society for Clinical Laboratory Science', 'ASCLS'], '001-207-25'),
  [T('American Society for Clinical Laboratory Science', 15, b=True, color='#003b71', sb=0, font='sans'),
   T('P.A.C.E.' + R + ' Continuing Education Certificate', 20, b=True, sb=14, font='sans'),
   P('This certificate verifies attendance at the continuing education program listed below.', 10.5,
     align='c', sb=10, font='sans'),
   KV([('Participant Name', 'Ana\u00efs Dubois-Ferreira'), ('ASCLS Member Number', '1120-4471'),
       ('Program Title', 'Urine Sediment Microscopy: Casts, Crystals and Confounders'),
       ('Provider', 'American Society for Clinical Laboratory Science'),
       ('P.A.C.E.' + R + ' Program Number', '001-207-25'),
       ('Date(s) of Program', '03/04/2025'), ('Format', 'Live webinar'),
       ('Level of Instruction', 'Intermediate'), ('Contact Hours', '1.0')],
      mode='table', size=10.5, lb=True, vb=False, widths=[0.34, 0.66], fill='#e6eef6', sb=16, font='sans'),
   P(PACE('The American Society for Clinical Laboratory Science (ASCLS)') + ' Participants should retain this '
     'certificate for at least four years; do not return it to the P.A.C.E.' + R + ' office.', 9, align='j',
     sb=16, font='sans'),
   SP(36),
   KV([('Provider Representative', 'Joanna Whitcombe-Ayala, EdD, MLS(ASCP)'), ('Date', '03/05/2025')],
      mode='under', cols=2, size=9, vsize=10.5, vb=False, width=0.9, align='c', font='sans'),
   SP(30),
   T('ASCLS \u2022 P.A.C.E.' + R + ' Program \u2022 Professional Acknowledgment for Continuing Education', 8,
     color='#666666', font='sans')],
  check=['03/04/2025', '1.0'], page='letter', margin=54, font='sans')

C('b14', 'ascls', 'chromium', ['centred', 'name-cue', 'letter-spaced-name', 'format-line', 'landscape',
                               'program-no-without-colon'],
  'Name set with wide letter-spacing; cue "is hereby awarded to"; verb line "for successful completion of"; '
  'year-long academy dated by its last day.',
  G('Nadia Haddad-Saliba', 'Leadership Academy: Managing Change in the Clinical Laboratory', '2025-06-30', 12.0,
    'contact hour', 12.0, ['American Society for Clinical Laboratory Science', 'ASCLS'], '001-090-25'),
  [T('ASCLS', 30, b=True, color='#003b71', sb=0, font='sans', ls=4),
   T('American Society for Clinical Laboratory Science', 11, color='#003b71', sb=0, font='sans'),
   T('Certificate of Achievement', 30, i=True, sb=16),
   T('is hereby awarded to', 12, sb=12),
   T('Nadia Haddad-Saliba', 26, sb=8, ls=6, color='#222222'),
   RULE(0.5, sb=4, color='#003b71'),
   T('for successful completion of', 12, sb=10),
   T('the twelve-month program', 12, i=True, sb=0),
   T('Leadership Academy: Managing Change in the Clinical Laboratory', 18, b=True, sb=8),
   T('Program completed June 30, 2025', 12, sb=10),
   T('12.0 P.A.C.E.' + R + ' contact hours  \u2022  P.A.C.E.' + R + ' Program No. 001-090-25', 11, sb=4),
   P(PACE('ASCLS'), 9, align='c', sb=10),
   KV([('ASCLS President', 'Corinne Delacroix-Webb, MS, MLS(ASCP)CM'),
       ('Chair, Leadership Academy', 'Samuel Adebisi-Farrow, DHSc')], mode='under', cols=2, width=0.8,
      align='c', size=9, vsize=10.5, vb=False, sb=16)],
  check=['June 30, 2025', '12.0 P.A.C.E.'], page='letter-l', frame=dict(style='ridge', width=8, color='#003b71',
                                                                        pad=18), font='serif')

C('b15', 'ascls', 'reportlab', ['paragraph', 'portrait', 'date-weekday', 'program-no-without-colon'],
  'Whole certificate is one sentence; weekday date; the comma after the quoted title sits inside the '
  'closing quote.',
  G('Tendai Moyo', 'Molecular Diagnostics of Sexually Transmitted Infections', '2025-05-22', 1.0,
    'contact hour', 1.0, ['American Society for Clinical Laboratory Science', 'ASCLS'], '001-331-25'),
  [T('ASCLS', 26, b=True, color='#003b71', sb=20, font='sans'),
   T('Webinar Series', 12, color='#003b71', sb=0, font='sans'),
   T('Certificate', 30, sb=50),
   P('The American Society for Clinical Laboratory Science certifies that **Tendai Moyo** attended ' + LQ +
     'Molecular Diagnostics of Sexually Transmitted Infections,' + RQ + ' presented as part of the ASCLS '
     'Webinar Series on Thursday, May 22, 2025, and has earned 1.0 P.A.C.E.' + R + ' contact hour.', 14,
     align='c', sb=40, lh=1.55),
   T('P.A.C.E.' + R + ' Program Number 001-331-25', 11, sb=30),
   SP(50),
   P(PACE('ASCLS'), 9, align='c', width=0.85),
   SP(60),
   KV([('Director of Education', 'Patrice Umbagai-Lowe, MS')], mode='under', width=0.45, align='c', size=9,
      vsize=11, vb=False)],
  check=['Thursday, May 22, 2025', '1.0 P.A.C.E.'], page='letter', margin=54, font='serif', rlfont='std')
assert weekday('2025-05-22') == 'Thursday'

# =====================================================================
# ASCLS state chapters
# =====================================================================
C('b16', 'ascls-state-chapter', 'libreoffice-writer', ['centred', 'name-cue', 'multi-day', 'landscape',
                                                       'format-line', 'course-number-hash'],
  'Two-day chapter seminar "April 10' + ND + '11, 2025" (gold date = last day); chapter name with hyphen and '
  'with an en dash in the long form.',
  G('Margarethe van der Berg-Smit', 'Spring Seminar 2025: Laboratory Medicine at the Crossroads', '2025-04-11',
    9.5, 'contact hour', 9.5,
    ['ASCLS-Minnesota', 'American Society for Clinical Laboratory Science ' + ND + ' Minnesota'], '214-402-25'),
  [T('ASCLS-Minnesota', 26, b=True, color='#2e6b3f', sb=0, font='sans'),
   T('American Society for Clinical Laboratory Science ' + ND + ' Minnesota', 11, color='#2e6b3f', sb=0,
     font='sans'),
   T('Certificate of Attendance', 28, sb=18),
   T('This certifies that', 12, i=True, sb=12),
   T('Margarethe van der Berg-Smit', 24, b=True, sb=6),
   T('attended the annual two-day meeting', 12, i=True, sb=10),
   T('Spring Seminar 2025: Laboratory Medicine at the Crossroads', 18, b=True, sb=6),
   T('April 10' + ND + '11, 2025  \u2022  St. Cloud, Minnesota', 12, sb=8),
   T('Total contact hours earned: 9.5', 12, b=True, sb=6),
   T('P.A.C.E.' + R + ' Program # 214-402-25', 10, sb=4),
   P(PACE('ASCLS-Minnesota'), 9, align='c', sb=12),
   KV([('Seminar Chair', 'Halvard Nyquist-Obeng, MLS(ASCP)'), ('CE Coordinator', 'Brenna Tollefson')],
      mode='under', cols=2, width=0.75, align='c', size=9, vsize=10.5, vb=False, sb=16)],
  check=['April 10' + ND + '11, 2025', '9.5'], page='letter-l', frame=GREEN, font='serif')

C('b17', 'ascls-state-chapter', 'fpdf', ['labels-beside', 'member-id', 'speaker-name', 'portrait',
                                         'date-month-first', 'course-number-hash'],
  'Label column beside values; event name and session title on separate labelled rows; a speaker with '
  'credentials; "P.A.C.E.(R) Course # 237-015-25" without colon.',
  G('Deshawn Whitfield', 'Candida auris Screening and Identification in the Clinical Laboratory', '2025-10-16',
    1.0, 'contact hour', 1.0, ['ASCLS Georgia'], '237-015-25'),
  [T('ASCLS Georgia', 24, b=True, color='#8c1d18', align='l', sb=0, font='sans'),
   T('A constituent society of the American Society for Clinical Laboratory Science', 9.5, align='l', sb=2,
     color='#555555', font='sans'),
   RULE(1.0, sb=8, color='#8c1d18', t=1.5),
   T('Certificate of Continuing Education', 20, b=True, align='l', sb=30, font='sans'),
   KV([('Name:', 'Deshawn Whitfield'), ('Member ID:', 'GA-20931'), ('Event:', 'Fall Webinar Series'),
       ('Session:', 'Candida auris Screening and Identification in the Clinical Laboratory'),
       ('Speaker:', 'Ngozi Eze-Uchenna, PhD, D(ABMM)'), ('Date:', '10/16/2025'), ('Contact Hours:', '1.0')],
      mode='beside', size=11.5, lb=True, vb=False, widths=[0.22, 0.78], sb=22, font='sans'),
   T('P.A.C.E.' + R + ' Course # 237-015-25', 11, align='l', sb=18, font='sans'),
   P(PACE('ASCLS Georgia'), 9.5, align='l', sb=18, font='sans'),
   SP(70),
   KV([('Continuing Education Chair, ASCLS Georgia', 'Latrice Ogunbanjo-Pierce')], mode='under', width=0.5,
      align='l', size=9, vsize=11, vb=False, font='sans')],
  check=['10/16/2025', '1.0'], page='letter', margin=54, font='sans')

C('b18', 'ascls-state-chapter', 'tcpdf', ['labels-under', 'signature-line', 'title-wrap', 'landscape',
                                          'date-month-first', 'program-no-without-colon'],
  'Title forced over three lines; participant, date and hours printed above rules with labels below.',
  G('In\u00e9s Carrasco-Llorente',
    'Pharmacogenomics Testing in the Community Hospital: Implementation, Reimbursement and Reporting to '
    'Prescribers', '2025-08-22', 2.0, 'contact hour', 2.0, ['ASCLS-Texas'], '440-118-25'),
  [T('ASCLS-Texas', 22, b=True, color='#7a3e00', sb=0),
   T('Certificate of Completion', 28, i=True, sb=10),
   T('Pharmacogenomics Testing in the Community Hospital:\nImplementation, Reimbursement and\nReporting to '
     'Prescribers', 17, b=True, sb=14, lh=1.25),
   T('Program No. 440-118-25  \u2022  Live virtual session', 10.5, sb=8, color='#555555'),
   KV([('Participant', 'In\u00e9s Carrasco-Llorente'), ('Date of Completion', '08/22/2025'),
       ('Contact Hours', '2.0')], mode='under', cols=3, width=0.92, align='c', size=9.5, vsize=13, vb=True,
      sb=34),
   P(PACE('ASCLS-Texas') + ' This certificate is valid only with the signature of the chapter CE '
     'coordinator.', 9, align='c', sb=18, width=0.85),
   KV([('Chapter CE Coordinator', 'Rhonda Villarreal-Becker')], mode='under', width=0.38, align='c', size=9,
      vsize=11, vb=False, sb=18)],
  check=['08/22/2025', '2.0'], page='letter-l', frame=dict(style='double', width=5, color='#7a3e00', pad=14),
  font='serif', tcfont='core')

C('b19', 'ascls-state-chapter', 'acroform-flattened', ['labels-beside', 'acroform', 'portrait',
                                                       'date-month-first'],
  'Fillable session certificate with every variable in a text field (name, session, date, hours, session '
  'code), then flattened with qpdf.',
  G('Kenji Oyelaran-Watanabe', 'Antimicrobial Susceptibility Testing: Breakpoint Updates for 2025', '2025-05-09',
    1.5, 'contact hour', 1.5, ['ASCLS Florida'], 'FL25-S14'),
  [T('ASCLS Florida', 26, b=True, color='#0b5e8a', sb=0, font='sans'),
   T('Annual Meeting \u2022 Session Attendance Certificate', 12, color='#0b5e8a', sb=4, font='sans'),
   SP(30),
   KV([('Name', F('name', 'Kenji Oyelaran-Watanabe', q=0)),
       ('Session Title', F('session', 'Antimicrobial Susceptibility Testing: Breakpoint Updates for 2025', q=0)),
       ('Session Code', F('code', 'FL25-S14', q=0)),
       ('Date Attended', F('date', '05/09/2025', q=0)),
       ('Contact Hours', F('hours', '1.5', q=0))],
      mode='beside', size=11, vsize=11, lb=True, vb=False, widths=[0.22, 0.78], font='sans'),
   SP(24),
   P('I attest that I attended the session listed above in its entirety.', 10, align='l', sb=6, font='sans'),
   P(PACE('ASCLS Florida'), 9, align='l', sb=14, font='sans'),
   SP(60),
   KV([('Attendee Signature', ' '), ('Monitor Initials', ' ')], mode='under', cols=2, width=0.8, size=9,
      vsize=11, vb=False, align='l', font='sans')],
  check=['05/09/2025', '1.5'], page='letter', margin=54, font='sans', rlfont='std')

# =====================================================================
# ASCLS P.A.C.E.-approved providers
# =====================================================================
C('b20', 'ascls-pace-provider', 'chromium', ['centred', 'name-cue', 'format-line', 'label-after-title',
                                             'program-no-without-colon', 'provider-for-inc', 'portrait'],
  'Provider name contains "for" and "Inc."; presenter line directly under the title; '
  '"P.A.C.E.(R) Course # 524-118-25".',
  G('Ewa Nowak-Jab\u0142o\u0144ska',
    'Troubleshooting Westgard Rules: Practical Quality Control for the Small Laboratory', '2025-09-12', 6.0,
    'contact hour', 6.0, ['Northern Plains Consortium for Laboratory Education, Inc.'], '524-118-25'),
  [T('Northern Plains Consortium for Laboratory Education, Inc.', 14, b=True, color='#38464f', sb=10,
     font='sans'),
   T('Certificate of Completion', 30, sb=40, color='#38464f'),
   T('This certifies that', 12, i=True, sb=30),
   T('Ewa Nowak-Jab\u0142o\u0144ska', 26, b=True, sb=8),
   T('has successfully completed', 12, i=True, sb=18),
   T('the regional workshop', 12, sb=2),
   T('Troubleshooting Westgard Rules: Practical Quality Control for the Small Laboratory', 17, b=True, sb=10),
   T('Presenter: Alasdair Fenwick-Oduya, MS, MLS(ASCP)CM', 11, sb=4),
   T('Held September 12, 2025 in Fargo, North Dakota', 12, sb=24),
   T('6.0 contact hours', 14, b=True, sb=6),
   T('P.A.C.E.' + R + ' Course # 524-118-25', 11, sb=6),
   P(PACE('Northern Plains Consortium for Laboratory Education, Inc.'), 9, align='c', sb=30, width=0.85),
   SP(40),
   KV([('Program Coordinator', 'Gretchen Haugland-Osei')], mode='under', width=0.45, align='c', size=9,
      vsize=11, vb=False)],
  check=['September 12, 2025', '6.0 contact hours'], page='letter', margin=36, frame=dict(
      style='solid', width=10, color='#38464f', pad=18), font='serif')

C('b21', 'ascls-pace-provider', 'docx-libreoffice', ['ruled-table', 'orientation-title', 'activity-hash-colon',
                                                     'provider-ampersand', 'portrait', 'date-abbrev'],
  'Provider with "&" and ", LLC"; histology title with "Orientation" (tissue orientation); "Activity #:" row; '
  'abbreviated month date.',
  G('Leilani Kahananui', 'Tissue Orientation and Embedding of Small Biopsies: Skin, GI and Prostate Cores',
    '2025-03-18', 2.0, 'contact hour', 2.0, ['Bayou Education & Training Services, LLC'], '611-031-25'),
  [T('Bayou Education & Training Services, LLC', 16, b=True, color='#4b2e83', sb=20, font='sans'),
   T('Continuing Education for the Clinical and Anatomic Laboratory', 10, i=True, sb=2, font='sans'),
   T('CERTIFICATE OF COMPLETION', 22, b=True, sb=30, ls=1.5),
   KV([('Participant', 'Leilani Kahananui'),
       ('Course Title', 'Tissue Orientation and Embedding of Small Biopsies: Skin, GI and Prostate Cores'),
       ('Activity #:', '611-031-25'), ('Date Completed', 'Mar. 18, 2025'), ('Delivery', 'Self-paced online'),
       ('Contact Hours', '2.0')],
      mode='table', size=11, lb=True, vb=False, widths=[0.28, 0.72], fill='#efeaf7', sb=24),
   P(PACE('Bayou Education & Training Services, LLC'), 9.5, align='c', sb=24),
   SP(40),
   KV([('Education Director', 'Th\u00e9r\u00e8se Boudreaux-Mensah, HT(ASCP)'), ('Date Issued', 'Mar. 18, 2025')],
      mode='under', cols=2, width=0.85, align='c', size=9, vsize=11, vb=False)],
  check=['Mar. 18, 2025', '2.0'], page='letter', margin=54, font='serif')

C('b22', 'ascls-pace-provider', 'reportlab', ['centred', 'no-name-cue', 'quoted-inner-title',
                                              'program-no-without-colon', 'provider-of', 'landscape',
                                              'date-month-first'],
  'No cue before the name; the title itself contains a quoted phrase ("Left Shift"); "Program No." without '
  'colon; date 7/15/2025 without leading zero.',
  G('Rafael \u00c1ngel Montoya Ruiz', 'Beyond the ' + LQ + 'Left Shift' + RQ + ': Interpreting the Automated '
    'Differential', '2025-07-15', 1.0, 'contact hour', 1.0, ['Laboratory Professionals Network of the Carolinas'],
    '312-044-25'),
  [T('Laboratory Professionals Network of the Carolinas', 15, b=True, color='#1d4e89', sb=0),
   T('Certificate of Completion', 34, sb=26),
   T('Rafael \u00c1ngel Montoya Ruiz', 28, b=True, sb=34, color='#1d4e89'),
   RULE(0.55, sb=6),
   T('completed the live webinar', 12, i=True, sb=14),
   T('Beyond the ' + LQ + 'Left Shift' + RQ + ': Interpreting the Automated Differential', 18, b=True, sb=8),
   T('on 7/15/2025 and earned 1.0 contact hour', 12, sb=14),
   T('Program No. 312-044-25', 10.5, sb=6),
   P(PACE('Laboratory Professionals Network of the Carolinas'), 9, align='c', sb=22, width=0.8),
   KV([('President', 'Dwayne Okafor-Hollins'), ('Education Chair', 'Priscila Arag\u00e3o-Whitley, MLS(ASCP)')],
      mode='under', cols=2, width=0.7, align='c', size=9, vsize=11, vb=False, sb=20)],
  check=['7/15/2025', '1.0 contact hour'], page='letter-l', frame=dict(style='double', width=6, color='#1d4e89',
                                                                       pad=16), font='serif', rlfont='ttf')

C('b23', 'ascls-pace-provider', 'acroform-filled', ['centred', 'acroform', 'name-cue', 'provider-for-and',
                                                    'portrait', 'date-long'],
  'Fillable centred certificate: name and date are centred text fields with appearance streams (not '
  'flattened); provider name contains "for" and "and".',
  G('Magdalena Ruiz-Ostrowska', 'Blood Culture Contamination: Collection Practices That Work', '2025-02-11', 1.0,
    'contact hour', 1.0, ['Heartland Association for Microbiology and Infection Prevention'], '388-201-25'),
  [T('Heartland Association for Microbiology and Infection Prevention', 13, b=True, color='#5a3d1e', sb=6),
   T('Certificate of Completion', 30, sb=36),
   T('This is to certify that', 12, i=True, sb=30),
   T('Magdalena Ruiz-Ostrowska', 22, b=True, sb=6, field='participant'),
   RULE(0.6, sb=0),
   T('has completed the recorded webinar', 12, i=True, sb=18),
   T('Blood Culture Contamination: Collection Practices That Work', 16, b=True, sb=8),
   T('Date of completion', 10, sb=26, color='#555555'),
   T('February 11, 2025', 13, sb=0, field='completion_date'),
   RULE(0.35, sb=0),
   T('1.0 P.A.C.E.' + R + ' contact hour', 13, b=True, sb=20),
   T('P.A.C.E.' + R + ' Program Number: 388-201-25', 10.5, sb=4),
   P(PACE('Heartland Association for Microbiology and Infection Prevention'), 9, align='c', sb=28, width=0.85)],
  check=['February 11, 2025', '1.0 P.A.C.E.'], page='letter', margin=40, frame=dict(
      style='solid', width=3, color='#5a3d1e', pad=16, inner=True), font='serif', rlfont='std')

# =====================================================================
# LabCE
# =====================================================================
LABCE_PACE = ('MediaLab, Inc. (LabCE.com) is approved as a provider of continuing education programs in the '
              'clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program, P.A.C.E.' + R +
              ' Provider #: 0512.')

C('b24', 'labce', 'tcpdf', ['labels-beside', 'certificate-number', 'provider-number-distractor', 'portrait',
                            'date-iso', 'non-latin1-name'],
  'Vietnamese name (DejaVu font); "Certificate ID" and "P.A.C.E. Provider #" distractors beside the course '
  'number.',
  G('Thanh H\u01b0\u01a1ng L\u00ea', 'Body Fluid Analysis: Cell Counts and Differentials', '2025-02-07', 1.5,
    'contact hour', 1.5, ['LabCE', 'LabCE.com', 'MediaLab, Inc.'], '2284'),
  [T('LabCE', 30, b=True, color='#006e9f', align='l', sb=0),
   T('Continuing Education for Laboratory Professionals \u2022 LabCE.com', 9.5, align='l', color='#555555', sb=0),
   RULE(1.0, sb=8, color='#006e9f', t=2),
   T('Certificate of Completion', 24, b=True, align='l', sb=28),
   P('This is to certify that the participant named below has successfully completed the following '
     'online continuing education course.', 10.5, align='l', sb=8),
   KV([('Participant:', 'Thanh H\u01b0\u01a1ng L\u00ea'),
       ('Course:', 'Body Fluid Analysis: Cell Counts and Differentials'),
       ('LabCE Course #:', '2284'), ('Completion Date:', '2025-02-07'),
       ('P.A.C.E.' + R + ' Credit Hours:', '1.5'), ('Level:', 'Intermediate'),
       ('Certificate ID:', '7788123-99')],
      mode='beside', size=11, lb=True, vb=False, widths=[0.34, 0.66], sb=20),
   P(LABCE_PACE, 9, align='l', sb=24),
   P('Florida Board of Clinical Laboratory Personnel: MediaLab, Inc. is an approved provider of continuing '
     'education (Provider # 50-2314). California: LabCE courses are accepted through the ASCLS P.A.C.E.' + R +
     ' accrediting agency.', 9, align='l', sb=6),
   SP(40),
   T('Verify this certificate at LabCE.com/verify using the Certificate ID above.', 8.5, align='l',
     color='#777777')],
  check=['2025-02-07', '1.5'], page='letter', margin=54, font='sans', tcfont='dejavu')

C('b25', 'labce', 'fpdf', ['centred', 'name-cue', 'letter-spaced-name', 'format-line', 'landscape',
                           'date-month-first', 'course-number-hash'],
  'Letter-spaced name drawn with PDF character spacing (Tc); 11/03/2025 is month-first (November 3); '
  '"Course #1384" with no space or colon.',
  G('Declan McAllister', 'Introduction to Blood Bank Serology: ABO and Rh Typing Discrepancies', '2025-11-03', 1.0,
    'contact hour', 1.0, ['LabCE', 'LabCE.com', 'MediaLab, Inc.'], '1384'),
  [T('LabCE.com', 22, b=True, color='#006e9f', sb=0, font='sans'),
   T('Certificate of Completion', 32, sb=20),
   T('This is to certify that', 12, i=True, sb=16),
   T('Declan McAllister', 24, b=True, sb=8, ls=3.5),
   T('has successfully completed', 12, i=True, sb=14),
   T('the online course', 12, sb=0),
   T('Introduction to Blood Bank Serology: ABO and Rh Typing Discrepancies', 17, b=True, sb=8),
   T('Course #1384  \u2022  Course completed on 11/03/2025', 11.5, sb=12),
   T('1.0 P.A.C.E.' + R + ' credit hour', 13, b=True, sb=6),
   P(LABCE_PACE, 9, align='c', sb=18, width=0.85),
   SP(18),
   T('LabCE \u2022 A MediaLab product', 9, color='#006e9f', sb=0, font='sans')],
  check=['11/03/2025', '1.0 P.A.C.E.'], page='letter-l', frame=dict(style='solid', width=2, color='#006e9f',
                                                                    pad=20, inner=True), font='serif')

C('b26', 'labce', 'acroform-flattened', ['two-column-labels-above', 'acroform', 'portrait', 'date-long'],
  'Two-column grid of labels above field values, filled then flattened with qpdf.',
  G('Folasade Ogunleye', 'Quality Control: Levey-Jennings Charts and Westgard Rules', '2025-04-28', 2.0,
    'contact hour', 2.0, ['LabCE', 'LabCE.com', 'MediaLab, Inc.'], '1059'),
  [T('LabCE', 28, b=True, color='#006e9f', sb=0, font='sans'),
   T('Certificate of Completion', 24, sb=16, font='sans'),
   SP(24),
   KV([('PARTICIPANT NAME', F('name', 'Folasade Ogunleye', q=0)),
       ('COMPLETION DATE', F('date', 'April 28, 2025', q=0)),
       ('COURSE NUMBER', F('course_no', '1059', q=0)),
       ('P.A.C.E.' + R + ' CONTACT HOURS', F('hours', '2.0', q=0))],
      mode='above', cols=2, size=12, lsize=8, lb=True, vb=False, lcolor='#006e9f', align='l', font='sans'),
   KV([('COURSE TITLE', F('title', 'Quality Control: Levey-Jennings Charts and Westgard Rules', q=0))],
      mode='above', cols=1, size=12, lsize=8, lb=True, vb=False, lcolor='#006e9f', align='l', font='sans', sb=4),
   SP(30),
   P(LABCE_PACE, 9, align='l', font='sans'),
   SP(40),
   T('LabCE.com \u2022 MediaLab, Inc.', 9, align='l', color='#777777', font='sans')],
  check=['April 28, 2025', '2.0'], page='letter', margin=60, font='sans', rlfont='std')

C('b27', 'labce', 'docx-libreoffice', ['labels-beside', 'issue-date-differs', 'portrait', 'date-month-first'],
  'Completion 5/29/2025 vs printed 6/2/2025; Florida provider number and CE hours; no frame.',
  G('Paulo S\u00e9rgio Cavalcanti', 'Parasitology: Identification of Intestinal Protozoa', '2025-05-29', 2.5,
    'contact hour', 2.5, ['LabCE', 'LabCE.com', 'MediaLab, Inc.'], '1731'),
  [T('LabCE', 26, b=True, color='#006e9f', align='l', sb=0, font='sans'),
   T('Printed: 6/2/2025', 9, align='r', sb=0, color='#555555', font='sans'),
   T('CERTIFICATE OF COMPLETION', 20, b=True, align='l', sb=24, font='sans'),
   KV([('Name', 'Paulo S\u00e9rgio Cavalcanti'), ('Course', 'Parasitology: Identification of Intestinal Protozoa'),
       ('Course Number', '1731'), ('Completed', '5/29/2025'), ('CE Hours', '2.5 (P.A.C.E.' + R + ')'),
       ('Score', '88%')],
      mode='beside', size=11, lb=True, vb=False, widths=[0.25, 0.75], sb=22, font='sans'),
   P(LABCE_PACE, 9, align='j', sb=24, font='sans'),
   P('Florida Board of Clinical Laboratory Personnel approved provider of continuing education, Provider # '
     '50-2314. This course has been approved for 2.5 hours of Florida continuing education in the category '
     'of Microbiology/Mycology/Parasitology.', 9, align='j', sb=6, font='sans'),
   SP(50),
   KV([('Director of Education, LabCE', 'Bethany Kowalski-Grant, MLS(ASCP)')], mode='under', width=0.5,
      align='l', size=9, vsize=10.5, vb=False, font='sans')],
  check=['5/29/2025', '6/2/2025', '2.5'], page='letter', margin=54, font='sans')

# =====================================================================
# MediaLab
# =====================================================================
C('b28', 'medialab', 'reportlab', ['ruled-table', 'employee-id', 'portrait', 'date-long'],
  'Compliance-course certificate; employee ID and institution rows; course ID distinct from the '
  'certificate number.',
  G('Benedikt M\u00fcller-L\u00fcdenscheidt', 'Laboratory Safety: Chemical Hygiene Plan and OSHA Compliance',
    '2025-01-09', 1.0, 'contact hour', 1.0, ['MediaLab, Inc.', 'MediaLab'], 'ML-SAF-104'),
  [T('MediaLab, Inc.', 24, b=True, color='#2b5d34', sb=0, font='sans'),
   T('Laboratory Compliance and Continuing Education', 10.5, color='#555555', sb=2, font='sans'),
   T('Certificate of Completion', 26, sb=36),
   SP(16),
   KV([('Learner', 'Benedikt M\u00fcller-L\u00fcdenscheidt'), ('Employee ID', '00451287'),
       ('Institution', 'Riverbend Health Laboratory'),
       ('Course', 'Laboratory Safety: Chemical Hygiene Plan and OSHA Compliance'),
       ('Course ID', 'ML-SAF-104'), ('Date Completed', 'January 9, 2025'),
       ('CE Credit', '1.0 contact hour (P.A.C.E.' + R + ')'), ('Certificate No.', '2025-0109-58817')],
      mode='table', size=10.5, lb=True, vb=False, widths=[0.28, 0.72], fill='#e9f2ea', align='c', width=0.9),
   P(PACE('MediaLab, Inc.'), 9, align='c', sb=24, width=0.85),
   SP(70),
   KV([('Compliance Officer', 'Yevgenia Stroud-Amankwah'), ('Laboratory Director', 'Roberto Iannucci, MD')],
      mode='under', cols=2, width=0.85, align='c', size=9, vsize=10.5, vb=False)],
  check=['January 9, 2025', '1.0 contact hour'], page='letter', margin=54, font='sans', rlfont='ttf')

C('b29', 'medialab', 'chromium', ['centred', 'format-line', 'no-name-cue', 'landscape', 'date-weekday',
                                  'score-distractor', 'course-number-hash'],
  'No cue before the name; exam score percentage; weekday date; "Course # 3342".',
  G('Svetlana Petrova-Hughes', 'Gram Stain Interpretation: Case Studies in Respiratory Specimens', '2025-07-08',
    1.5, 'contact hour', 1.5, ['MediaLab, Inc.', 'MediaLab'], '3342'),
  [T('MediaLab', 24, b=True, color='#2b5d34', sb=0, font='sans'),
   T('Certificate of Completion', 34, sb=18, color='#2b5d34'),
   T('Svetlana Petrova-Hughes', 28, b=True, sb=30),
   RULE(0.5, sb=4, color='#2b5d34'),
   T('has completed the online course', 12, i=True, sb=14),
   T('Gram Stain Interpretation: Case Studies in Respiratory Specimens', 18, b=True, sb=8),
   T('Course # 3342  \u2022  Exam score: 92%', 10.5, sb=6, color='#444444'),
   T('Tuesday, July 8, 2025', 12, sb=14),
   T('1.5 P.A.C.E.' + R + ' contact hours', 13, b=True, sb=4),
   P(PACE('MediaLab, Inc.'), 9, align='c', sb=16),
   T('MediaLab, Inc. \u2022 Certificate generated automatically on completion', 8, sb=12, color='#777777')],
  check=['Tuesday, July 8, 2025', '1.5 P.A.C.E.'], page='letter-l', frame=dict(style='solid', width=12,
                                                                                color='#2b5d34', pad=22),
  font='sans')
assert weekday('2025-07-08') == 'Tuesday'

C('b30', 'medialab', 'acroform-flattened', ['labels-beside', 'inline-labels', 'acroform', 'landscape',
                                            'date-iso'],
  'Filled then flattened; label and field value on one centred-looking line each.',
  G('Harpreet Kaur Sandhu', 'Hemoglobin A1c Testing: Interferences and Method Limitations', '2025-08-19', 1.0,
    'contact hour', 1.0, ['MediaLab, Inc.', 'MediaLab'], 'ML-CHM-221'),
  [T('MediaLab, Inc.', 22, b=True, color='#2b5d34', sb=0),
   T('Certificate of Continuing Education', 28, sb=18),
   SP(20),
   KV([('Participant:', F('name', 'Harpreet Kaur Sandhu', q=0)),
       ('Course Title:', F('title', 'Hemoglobin A1c Testing: Interferences and Method Limitations', q=0)),
       ('Course ID:', F('course', 'ML-CHM-221', q=0)),
       ('Date Completed:', F('date', '2025-08-19', q=0)),
       ('Contact Hours:', F('hours', '1.0', q=0))],
      mode='beside', size=12, lb=True, vb=False, widths=[0.25, 0.75], width=0.8, align='c'),
   P(PACE('MediaLab, Inc.'), 9, align='c', sb=28, width=0.8),
   SP(20),
   KV([('MediaLab Education Services', ' ')], mode='under', width=0.35, align='c', size=9, vsize=11, vb=False)],
  check=['2025-08-19', '1.0'], page='letter-l', margin=40, frame=GREEN, font='serif', rlfont='std')

# =====================================================================
# State societies
# =====================================================================
C('b31', 'state-society', 'libreoffice-writer', ['centred', 'name-cue', 'format-line', 'orientation-title',
                                                 'label-after-title', 'histotechnology', 'landscape',
                                                 'date-long', 'course-number-hash'],
  'Histotechnology society workshop; title begins with "Orientation" (tissue orientation); "Instructor:" line '
  'directly after the title.',
  G('Ximena de la Cruz Villalobos', 'Orientation, Embedding and Microtomy of Difficult Tissues', '2025-10-04',
    3.0, 'contact hour', 3.0, ['Keystone State Society for Histotechnology'], '419-077-25'),
  [T('Keystone State Society for Histotechnology', 18, b=True, color='#6b2d5c', sb=0),
   T('Certificate of Completion', 30, i=True, sb=18),
   T('Awarded to', 12, sb=14),
   T('Ximena de la Cruz Villalobos', 26, b=True, sb=6),
   T('for completing the hands-on regional workshop', 12, sb=12),
   T('Orientation, Embedding and Microtomy of Difficult Tissues', 18, b=True, sb=6),
   T('Instructor: Wilhelmina Ostrander-Baako, HTL(ASCP)QIHC', 11, sb=2),
   T('October 4, 2025  \u2022  Harrisburg, Pennsylvania', 12, sb=14),
   T('3.0 contact hours  \u2022  Course # 419-077-25', 12, b=True, sb=4),
   P(PACE('The Keystone State Society for Histotechnology'), 9, align='c', sb=14),
   KV([('President', 'Corazon Delgado-Firth, HT(ASCP)'), ('Workshop Chair', 'Anselm Kruger')], mode='under',
      cols=2, width=0.7, align='c', size=9, vsize=10.5, vb=False, sb=18)],
  check=['October 4, 2025', '3.0 contact hours'], page='letter-l', frame=dict(style='double', width=6,
                                                                              color='#6b2d5c', pad=14),
  font='serif')

C('b32', 'state-society', 'fpdf', ['labels-beside', 'microbiology', 'portrait', 'date-weekday',
                                   'program-no-without-colon', 'one-day-meeting'],
  'Microbiology society one-day meeting; label column; "Program No." with no colon; weekday date.',
  G('Obinna Chukwuemeka', '2025 Spring Scientific Meeting', '2025-05-16', 5.5, 'contact hour', 5.5,
    ['Prairie State Society for Clinical Microbiology'], '276-019-25'),
  [T('Prairie State Society for Clinical Microbiology', 17, b=True, color='#1b5e20', sb=10),
   T('Certificate of Attendance', 26, sb=30),
   SP(20),
   KV([('Attendee', 'Obinna Chukwuemeka'), ('Meeting', '2025 Spring Scientific Meeting'),
       ('Date', 'Friday, May 16, 2025'), ('Location', 'Springfield, Illinois'),
       ('Contact Hours Earned', '5.5'), ('Program No.', '276-019-25')],
      mode='beside', size=12, lb=True, vb=False, widths=[0.35, 0.65], width=0.8, align='c'),
   P(PACE('The Prairie State Society for Clinical Microbiology') + ' Contact hours are awarded for sessions '
     'attended as recorded on the attendee' + "'" + 's sign-in sheet.', 10, align='j', sb=30, width=0.8),
   SP(60),
   KV([('Secretary-Treasurer', 'Ifeoma Achterberg-Lutz'), ('Date', 'May 19, 2025')], mode='under', cols=2,
      width=0.8, align='c', size=9, vsize=11, vb=False)],
  check=['Friday, May 16, 2025', '5.5'], page='letter', margin=54, font='serif')
assert weekday('2025-05-16') == 'Friday'

C('b33', 'state-society', 'libreoffice-writer', ['centred', 'issuer-line', 'no-name-cue', 'format-line',
                                                 'clinical-laboratory-science', 'portrait', 'date-iso'],
  'Provider printed only as a small issuer line under the heading and in the approval sentence; no cue '
  'before the name.',
  G('Tamsin Hargreaves', 'Point-of-Care Troponin: Analytical Performance and Clinical Pitfalls', '2025-10-23',
    1.0, 'contact hour', 1.0, ['Clinical Laboratory Science Society of Central Appalachia'], 'CLS-CA 25-08'),
  [SP(40),
   T('Certificate of Continuing Education', 28, b=True, sb=0),
   T('issued by the Clinical Laboratory Science Society of Central Appalachia', 10, i=True, sb=4,
     color='#555555'),
   SP(50),
   T('Tamsin Hargreaves', 26, sb=0),
   RULE(0.6, sb=2),
   T('completed the evening lecture', 12, i=True, sb=18),
   T('Point-of-Care Troponin: Analytical Performance and Clinical Pitfalls', 16, b=True, sb=8),
   T('2025-10-23', 12, sb=20),
   T('1.0 contact hour', 12, sb=4),
   T('Course CLS-CA 25-08', 10, sb=4, color='#555555'),
   SP(40),
   P(PACE('The Clinical Laboratory Science Society of Central Appalachia'), 9, align='c', width=0.85),
   SP(40),
   KV([('CE Chair', 'Evander Whitlock-Nzeribe')], mode='under', width=0.4, align='c', size=9, vsize=11,
      vb=False)],
  check=['2025-10-23', '1.0 contact hour'], page='letter', margin=54, font='serif')

C('b34', 'state-society', 'acroform-filled', ['centred', 'acroform', 'histotechnology', 'name-cue',
                                              'landscape', 'date-abbrev', 'label-after-title'],
  'Fillable histotechnology-society certificate; name, date and hours are centred field appearances '
  '(not flattened); title static.',
  G('Luc\u00eda Fern\u00e1ndez de C\u00f3rdoba', 'Special Stains for Fungi and Bacteria: GMS, PAS and Gram',
    '2025-06-07', 4.0, 'contact hour', 4.0, ['Gulf Coast Society of Histotechnology'], 'GCSH-25-112'),
  [T('Gulf Coast Society of Histotechnology', 18, b=True, color='#0d4d6b', sb=0),
   T('Certificate of Attendance', 30, i=True, sb=16),
   T('presented to', 12, sb=14),
   T('Luc\u00eda Fern\u00e1ndez de C\u00f3rdoba', 22, b=True, sb=2, field='attendee'),
   RULE(0.55, sb=0),
   T('for attending the workshop', 12, sb=12),
   T('Special Stains for Fungi and Bacteria: GMS, PAS and Gram', 17, b=True, sb=6),
   T('Workshop No. GCSH-25-112', 10, sb=4),
   KV([('Date', F('date', 'Jun. 7, 2025')), ('Contact Hours', F('hours', '4.0'))], mode='under', cols=2,
      width=0.6, align='c', size=9.5, vsize=13, vb=False, sb=14),
   P(PACE('The Gulf Coast Society of Histotechnology'), 9, align='c', sb=14, width=0.85)],
  check=['Jun. 7, 2025', '4.0'], page='letter-l', frame=dict(style='double', width=5, color='#0d4d6b', pad=14),
  font='serif', rlfont='std')

# =====================================================================
# Hospital and health-system in-services
# =====================================================================
C('b35', 'hospital-inservice', 'docx-libreoffice', ['labels-under', 'signature-line', 'employee-id',
                                                    'provider-commas', 'landscape', 'date-month-first',
                                                    'course-number-hash'],
  'Hospital blood bank in-service; employee number printed above a rule like the name and date; provider '
  '"X, Department of Y".',
  G("Gareth O'Sullivan", 'Massive Transfusion Protocol Activation: Roles for the Blood Bank', '2025-02-12', 0.5,
    'contact hour', 0.5, ['St. Brigid Regional Medical Center, Department of Pathology and Laboratory Medicine',
                          'St. Brigid Regional Medical Center'], '702-006-25'),
  [T('St. Brigid Regional Medical Center', 20, b=True, color='#00485a', sb=0),
   T('Department of Pathology and Laboratory Medicine \u2022 Transfusion Service', 11, color='#00485a', sb=2),
   T('In-Service Education Certificate', 24, sb=18),
   T('Massive Transfusion Protocol Activation: Roles for the Blood Bank', 16, b=True, i=True, sb=16),
   KV([('Employee', "Gareth O'Sullivan"), ('Employee No.', '118204'), ('Date', '02/12/2025'),
       ('Contact Hours', '0.5')], mode='under', cols=4, width=1.0, align='c', size=9, vsize=12, vb=False,
      sb=30),
   P('St. Brigid Regional Medical Center, Department of Pathology and Laboratory Medicine is approved as a '
     'provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R +
     ' Program. P.A.C.E.' + R + ' Program # 702-006-25.', 9, align='c', sb=26),
   KV([('Transfusion Service Medical Director', 'Oksana Verhoeven-Adu, MD'),
       ('Education Coordinator', 'Marcus Delaney-Sato, MT(ASCP)SBB')], mode='under', cols=2, width=0.85,
      align='c', size=9, vsize=11, vb=False, sb=30)],
  check=['02/12/2025', '0.5'], page='letter-l', frame=GREY, font='serif')

C('b36', 'hospital-inservice', 'fpdf', ['centred', 'all-caps-name', 'letter-spaced-name', 'point-of-care',
                                        'portrait', 'date-month-first', 'session-id', 'title-wrap',
                                        'label-after-title'],
  'Point-of-care operator training; name in letter-spaced capitals (PDF character spacing) with an accented '
  'capital; title over two lines followed by "Session ID: ..." (the activity id); fractional 0.75 contact '
  'hour.',
  G('MERCEDES OBREG\u00d3N-CASTILLO', 'Handheld Blood Gas Analyzer Operator Training and Competency Review',
    '2025-06-03', 0.75, 'contact hour', 0.75,
    ['Riverbend Health System'], 'POC-2025-14'),
  [T('RIVERBEND HEALTH SYSTEM', 16, b=True, color='#005b96', sb=10, font='sans'),
   T('Point-of-Care Testing Program', 11, color='#005b96', sb=2, font='sans'),
   T('Certificate of Training', 28, b=True, sb=40, font='sans'),
   T('This certificate is presented to', 11, sb=30, font='sans'),
   T('MERCEDES OBREG\u00d3N-CASTILLO', 20, b=True, sb=8, font='sans', ls=5),
   T('for completing', 11, sb=16, font='sans'),
   T('Handheld Blood Gas Analyzer Operator Training\nand Competency Review', 15, b=True, sb=6, font='sans'),
   T('Session ID: POC-2025-14', 10, sb=8, font='sans', color='#555555'),
   T('Date: 06/03/2025', 12, sb=20, font='sans'),
   T('Continuing education: 0.75 contact hour', 12, sb=4, font='sans'),
   P(PACE('Riverbend Health System') + ' Completion of this training does not by itself authorize '
     'patient testing; operators must also pass the observed competency assessment.', 9, align='c', sb=30,
     width=0.85, font='sans'),
   SP(40),
   KV([('POCT Coordinator', 'Lindiwe Sorensen-Abara, MLS(ASCP)')], mode='under', width=0.45, align='c',
      size=9, vsize=11, vb=False, font='sans')],
  check=['06/03/2025', '0.75 contact hour'], page='letter', margin=36, frame=dict(style='solid', width=2,
                                                                                  color='#005b96', pad=18),
  font='sans')

C('b37', 'hospital-inservice', 'chromium', ['centred', 'name-cue', 'orientation-title', 'format-line',
                                            'landscape', 'date-abbrev', 'ce-hour-unit', 'provider-commas'],
  'Pathology department in-service; "Specimen Orientation" in the tissue sense; credit unit "CE hour"; '
  'Irish name with a fada and a space.',
  G('Colm \u00d3 Briain', 'Specimen Orientation and Inking for Surgical Margin Assessment', '2025-02-26', 1.0,
    'CE hour', 1.0, ['Mercy Lakes Health, Department of Pathology', 'Mercy Lakes Health'], '2025-PATH-03'),
  [T('Mercy Lakes Health', 22, b=True, color='#5b2a86', sb=0, font='sans'),
   T('Department of Pathology \u2022 Anatomic Pathology Education', 11, color='#5b2a86', sb=2, font='sans'),
   T('Certificate of Attendance', 30, sb=22),
   T('This certifies that', 12, i=True, sb=14),
   T('Colm \u00d3 Briain', 28, b=True, sb=6),
   T('attended the departmental in-service', 12, i=True, sb=12),
   T('Specimen Orientation and Inking for Surgical Margin Assessment', 18, b=True, sb=6),
   T('In-Service No. 2025-PATH-03', 10, sb=4, color='#555555'),
   T('Feb. 26, 2025  \u2022  1.0 CE hour', 12, sb=14),
   P('Mercy Lakes Health, Department of Pathology is approved as a provider of continuing education programs '
     'in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.', 9, align='c', sb=16),
   KV([('Pathologist-in-Charge', 'Adaeze Holmgren-Okoye, MD'), ('Histology Supervisor',
                                                                'Rutger Vandenberghe, HTL(ASCP)')],
      mode='under', cols=2, width=0.75, align='c', size=9, vsize=10.5, vb=False, sb=18)],
  check=['Feb. 26, 2025', '1.0 CE hour'], page='letter-l', frame=dict(style='double', width=6, color='#5b2a86',
                                                                      pad=16), font='serif')

C('b38', 'hospital-inservice', 'tcpdf', ['labels-beside', 'inline-labels', 'issue-date-differs', 'multi-credit',
                                         'provider-ampersand', 'portrait', 'date-long'],
  'Grand rounds attendance; session date vs certificate print date; P.A.C.E. and AMA PRA credits both printed '
  '(lab figure is P.A.C.E. 1.0).',
  G('Ana L\u00facia Bettencourt', 'Vitamin D Assays: Standardization and Clinical Utility', '2025-03-20', 1.0,
    'contact hour', 1.0, ['Lakeview University Hospital, Department of Pathology & Laboratory Medicine',
                          'Lakeview University Hospital'], 'LUH-GR-2025-11'),
  [T('Lakeview University Hospital', 20, b=True, color='#003a70', align='l', sb=0),
   T('Department of Pathology & Laboratory Medicine', 12, align='l', color='#003a70', sb=2),
   RULE(1.0, sb=6, color='#003a70'),
   T('Pathology Grand Rounds', 14, align='l', sb=24, color='#555555'),
   T('Certificate of Attendance', 26, b=True, align='l', sb=4),
   KV([('Attendee:', 'Ana L\u00facia Bettencourt'),
       ('Presentation:', 'Vitamin D Assays: Standardization and Clinical Utility'),
       ('Presenter:', 'Tobias Engelhardt-Mwangi, PhD, DABCC'),
       ('Session date:', 'March 20, 2025'), ('Activity ID:', 'LUH-GR-2025-11'),
       ('P.A.C.E.' + R + ' contact hours:', '1.0'), ('AMA PRA Category 1 Credits' + TM + ':', '1.0')],
      mode='inline', align='l', size=11, lb=False, vb=True, sb=24),
   P(PACE('Lakeview University Hospital, Department of Pathology & Laboratory Medicine') + ' Lakeview '
     'University Hospital is accredited by the ACCME to provide continuing medical education for physicians '
     'and designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit' + TM + '.', 9,
     align='l', sb=24),
   SP(90),
   T('Certificate printed April 1, 2025 from the Lakeview CE portal.', 8.5, align='l', color='#777777')],
  check=['March 20, 2025', 'April 1, 2025'], page='letter', margin=60, font='serif', tcfont='core')

C('b39', 'hospital-inservice', 'ghostscript', ['labels-beside', 'hand-written-postscript', 'portrait',
                                               'date-long', 'session-hash-colon'],
  'Plain typed in-service certificate written directly in PostScript and distilled by Ghostscript.',
  G('Bartholomew Okafor-Lindqvist', 'Critical Value Reporting and Read-Back Requirements', '2025-01-22', 0.5,
    'contact hour', 0.5, ['Cedar Hollow Community Hospital, Clinical Laboratory',
                          'Cedar Hollow Community Hospital'], 'IS-25-004'),
  [T('Cedar Hollow Community Hospital', 20, b=True, sb=10),
   T('Clinical Laboratory', 13, sb=2),
   T('Certificate of In-Service Attendance', 22, sb=40),
   SP(30),
   KV([('Employee:', 'Bartholomew Okafor-Lindqvist'), ('Department:', 'Core Laboratory, Night Shift'),
       ('In-service:', 'Critical Value Reporting and Read-Back Requirements'), ('Session #:', 'IS-25-004'),
       ('Date:', 'January 22, 2025'), ('Credit:', '0.5 contact hour')],
      mode='beside', size=12, lb=True, vb=False, widths=[0.25, 0.75], width=0.85, align='c'),
   P(PACE('Cedar Hollow Community Hospital, Clinical Laboratory'), 10, align='l', sb=40, width=0.85),
   SP(60),
   KV([('Laboratory Education Coordinator', 'Philippa Drummond-Asare'), ('Laboratory Director',
                                                                          'Wendell Ashby-Kim, MD')],
      mode='under', cols=2, width=0.85, align='c', size=9, vsize=11, vb=False)],
  check=['January 22, 2025', '0.5 contact hour'], page='letter', margin=54, font='serif', via='ps',
  frame=dict(style='double', width=4, color='#333333', pad=14))

# =====================================================================
# Joint-accreditation CME certificates listing several credit types
# =====================================================================
JA = ('In support of improving patient care, %s is jointly accredited by the Accreditation Council for '
      'Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the '
      'American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.')

C('b40', 'joint-accreditation-cme', 'chromium', ['centred', 'multi-credit', 'maximum-and-claimed',
                                                 'portrait', 'date-long', 'ceu-distractor'],
  'Four credit designations (AMA PRA, ANCC, ACPE with "0.2 CEUs" and a UAN, P.A.C.E.) each with a maximum of '
  '2.0; the learner claimed 1.75 P.A.C.E. contact hours, which is the laboratory figure.',
  G('Mariam Tadesse', 'Sepsis Biomarkers in the Emergency Department: Lactate, Procalcitonin and Beyond',
    '2025-11-13', 1.75, 'contact hour', 1.75,
    ['Northbridge Health Sciences Center'], 'NHSC-25-1144'),
  [T('Northbridge Health Sciences Center', 17, b=True, color='#0a3d62', sb=0, font='sans'),
   T('Office of Interprofessional Continuing Education', 11, color='#0a3d62', sb=0, font='sans'),
   T('Certificate of Participation', 28, sb=26),
   T('This is to certify that', 12, i=True, sb=18),
   T('Mariam Tadesse', 26, b=True, sb=6),
   T('participated in the live activity', 12, i=True, sb=14),
   T('Sepsis Biomarkers in the Emergency Department: Lactate, Procalcitonin and Beyond', 16, b=True, sb=6),
   T('November 13, 2025  \u2022  Activity ID: NHSC-25-1144', 11, sb=10),
   KV([('Credits claimed', '1.75 P.A.C.E.' + R + ' contact hours (medical laboratory professionals)')],
      mode='inline', align='c', size=11, lb=False, vb=True, sb=12),
   T('Credit designations for this activity', 10, b=True, sb=20, font='sans'),
   KV([('AMA PRA Category 1 Credits' + TM, 'maximum of 2.0'),
       ('ANCC nursing contact hours', 'maximum of 2.0'),
       ('ACPE pharmacy contact hours', '2.0 (0.2 CEUs); UAN JA4008123-0000-25-044-L01-P'),
       ('P.A.C.E.' + R + ' contact hours', 'maximum of 2.0')],
      mode='table', size=9, lb=False, vb=False, widths=[0.4, 0.6], width=0.85, align='c', sb=4, font='sans'),
   P(JA % 'Northbridge Health Sciences Center' + ' ' + PACE('Northbridge Health Sciences Center'), 8, align='j',
     sb=14, width=0.9, font='sans'),
   KV([('Director, Interprofessional Continuing Education', 'Yolanda Petrakis-Ude, PharmD')], mode='under',
      width=0.5, align='c', size=8.5, vsize=10, vb=False, sb=16, font='sans')],
  check=['November 13, 2025', '1.75 P.A.C.E.'], page='letter', margin=30,
  frame=dict(style='solid', width=2, color='#0a3d62', pad=16), font='serif')

C('b41', 'joint-accreditation-cme', 'reportlab', ['centred', 'ruled-table', 'multi-credit', 'second-page',
                                                  'portrait', 'date-iso', 'activity-hash-colon',
                                                  'title-wrap'],
  'Page 1: certificate with a ruled table of four credit types (AMA PRA 1.50, ANCC 1.50, ACPE 1.50, P.A.C.E. '
  '1.25); page 2: accreditation and designation statements with a UAN.',
  G('Sin\u00e9ad Fitzgerald-Nakamura',
    'Opioid Stewardship and Urine Drug Testing: Interpreting Immunoassay and Confirmatory Results', '2025-04-24',
    1.25, 'contact hour', 1.25, ['Great River Medical Center'], 'GRMC-JA-25-207'),
  [T('Great River Medical Center', 20, b=True, color='#4a2c0a', sb=0),
   T('Center for Professional Education', 12, color='#4a2c0a', sb=0),
   T('Certificate of Completion', 28, sb=30),
   T('awarded to', 11, i=True, sb=18),
   T('Sin\u00e9ad Fitzgerald-Nakamura', 24, b=True, sb=4),
   T('for completion of the enduring activity', 11, i=True, sb=14),
   T('Opioid Stewardship and Urine Drug Testing:\nInterpreting Immunoassay and Confirmatory Results', 15, b=True,
     sb=6),
   T('Activity #: GRMC-JA-25-207  \u2022  Completed 2025-04-24', 10.5, sb=10),
   KV([('Credit type', 'Credits earned'), ('AMA PRA Category 1 Credits' + TM, '1.50'),
       ('ANCC contact hours', '1.50'), ('ACPE contact hours (knowledge-based)', '1.50'),
       ('P.A.C.E.' + R + ' contact hours', '1.25')],
      mode='table', size=10, lb=False, vb=False, widths=[0.65, 0.35], width=0.7, align='c', sb=20),
   P('Laboratory professionals: the P.A.C.E.' + R + ' figure excludes the pharmacology case discussion. See '
     'page 2 for accreditation statements.', 9, align='c', sb=14, i=True),
   SP(40),
   KV([('Medical Director, Professional Education', 'Kofi Adjei-Lindstr\u00f6m, MD'),
       ('Education Program Manager', 'Rosalind Achebe-Frost, MBA')], mode='under', cols=2, width=0.9,
      align='c', size=9, vsize=10.5, vb=False),
   PB(),
   T('Accreditation and Credit Designation', 18, b=True, align='l', sb=0),
   T('Opioid Stewardship and Urine Drug Testing (enduring activity GRMC-JA-25-207)', 11, align='l', sb=6,
     i=True),
   P('**Joint Accreditation.** ' + JA % 'Great River Medical Center', 10, align='j', sb=18),
   P('**Physicians.** Great River Medical Center designates this enduring material for a maximum of 1.50 AMA PRA '
     'Category 1 Credits' + TM + '. Physicians should claim only the credit commensurate with the extent of '
     'their participation in the activity.', 10, align='j', sb=10),
   P('**Nurses.** Great River Medical Center designates this activity for a maximum of 1.50 ANCC contact '
     'hours.', 10, align='j', sb=10),
   P('**Pharmacists.** This knowledge-based activity is approved for 1.50 contact hours (0.15 CEU). '
     'UAN: JA0007731-0000-25-207-H08-P.', 10, align='j', sb=10),
   P('**Laboratory professionals.** ' + PACE('Great River Medical Center') + ' This activity is approved for '
     '1.25 P.A.C.E.' + R + ' contact hours.', 10, align='j', sb=10),
   P('**Disclosures.** None of the planners or faculty for this educational activity have relevant financial '
     'relationships to disclose with ineligible companies.', 10, align='j', sb=10),
   P('**Release date:** January 15, 2025. **Expiration date:** January 14, 2027.', 10, align='l', sb=10)],
  check=['2025-04-24', '1.25'], page='letter', margin=48, frame=dict(style='solid', width=1.5,
                                                                     color='#4a2c0a', pad=14),
  font='serif', rlfont='ttf')

C('b42', 'joint-accreditation-cme', 'libreoffice-writer', ['centred', 'multi-day', 'multi-credit', 'cmle',
                                                           'landscape', 'date-range-cross-month',
                                                           'provider-for-and'],
  'Three-day symposium "March 31 ' + ND + ' April 2, 2025" (gold date = April 2); AMA PRA 14.25 and ANCC '
  '14.25 beside the laboratory figure "P.A.C.E.(R)/CMLE contact hours: 13.5".',
  G('Giuseppe Di Lorenzo', 'Tri-State Transfusion Medicine Symposium 2025', '2025-04-02', 13.5, 'contact hour',
    13.5, ['Allegheny Valley Institute for Transfusion and Cellular Therapy'], 'AVI-TMS-2025'),
  [T('Allegheny Valley Institute for Transfusion and Cellular Therapy', 16, b=True, color='#8b0000', sb=0),
   T('Certificate of Attendance', 30, i=True, sb=14),
   T('This is to certify that', 12, sb=10),
   T('Giuseppe Di Lorenzo', 26, b=True, sb=4),
   T('attended the', 12, sb=8),
   T('Tri-State Transfusion Medicine Symposium 2025', 19, b=True, sb=4),
   T('March 31 ' + ND + ' April 2, 2025  \u2022  Pittsburgh, Pennsylvania  \u2022  Activity AVI-TMS-2025', 11,
     sb=8),
   KV([('AMA PRA Category 1 Credits' + TM + ':', '14.25'), ('ANCC contact hours:', '14.25'),
       ('P.A.C.E.' + R + '/CMLE contact hours:', '13.5')], mode='beside', cols=3, size=10, lb=False, vb=True,
      widths=[0.2, 0.08, 0.15, 0.08, 0.19, 0.08], width=0.95, align='c', sb=14),
   P(JA % 'the Allegheny Valley Institute for Transfusion and Cellular Therapy' + ' ' +
     PACE('The Institute'), 8.5, align='c', sb=10, width=0.92),
   KV([('Symposium Director', 'Ottilie Brandvold-Asante, MD'), ('CE Manager', 'Felipe Nakashima-Rowe')],
      mode='under', cols=2, width=0.7, align='c', size=9, vsize=10.5, vb=False, sb=14)],
  check=['March 31 ' + ND + ' April 2, 2025', '13.5'], page='letter-l', frame=MAROON, font='serif')

C('b43', 'joint-accreditation-cme', 'acroform-filled', ['labels-beside', 'acroform', 'multi-credit',
                                                        'maximum-and-claimed', 'portrait', 'date-month-first',
                                                        'provider-apostrophe'],
  'Fillable "claim your credit" certificate: name, profession, credit type, hours claimed and date are field '
  'appearances (not flattened); static text gives the 1.5 maximum for each credit type; claimed 1.0.',
  G('Am\u00e9lie Gauthier-Roy',
    'Pediatric Reference Intervals: Establishing and Verifying Age-Partitioned Ranges', '2025-06-17', 1.0,
    'contact hour', 1.0, ["Bayside Children's Hospital"], 'BCH-25-0617'),
  [T("Bayside Children's Hospital", 20, b=True, color='#00627a', sb=0, font='sans'),
   T('Office of Continuing Professional Development', 11, color='#00627a', sb=0, font='sans'),
   T('Certificate of Credit', 26, sb=26),
   T('Pediatric Reference Intervals: Establishing and Verifying Age-Partitioned Ranges', 14, b=True, sb=14),
   T('Live webinar \u2022 Activity BCH-25-0617', 10.5, sb=4),
   KV([('Name:', F('name', 'Am\u00e9lie Gauthier-Roy', q=0)),
       ('Profession:', F('profession', 'Medical Laboratory Scientist', q=0)),
       ('Credit type claimed:', F('credit_type', 'P.A.C.E.' + R + ' contact hours', q=0)),
       ('Hours claimed:', F('hours', '1.0', q=0)),
       ('Date of activity:', F('date', '06/17/2025', q=0))],
      mode='beside', size=11, lb=True, vb=False, widths=[0.3, 0.7], width=0.85, align='c', sb=24),
   T('Credit available: AMA PRA Category 1 Credits' + TM + ', ANCC contact hours and P.A.C.E.' + R +
     ' contact hours, each to a maximum of 1.5.', 9.5, sb=22),
   P(JA % "Bayside Children's Hospital" + ' ' + PACE("Bayside Children's Hospital"), 8.5, align='j', sb=14,
     width=0.9),
   SP(24),
   KV([('Director, Continuing Professional Development', 'Eleni Marangoni-Shaw, MD')], mode='under',
      width=0.5, align='c', size=9, vsize=10.5, vb=False)],
  check=['06/17/2025', '1.0'], page='letter', margin=48, font='serif', rlfont='std')

# =====================================================================
# University CE offices
# =====================================================================
C('b44', 'university-ce', 'docx-libreoffice', ['centred', 'name-cue', 'format-line', 'provider-commas',
                                               'landscape', 'date-iso', 'program-no-without-colon'],
  'Provider is "University of Cascadia, School of Medicine, Department of Laboratory Medicine and Pathology"; '
  'self-study module; "Course No." without colon.',
  G('Ibrahim Al-Masri', 'Autoimmune Serology: ANA Patterns on HEp-2 Cells', '2025-07-09', 2.0, 'contact hour',
    2.0, ['University of Cascadia, School of Medicine, Department of Laboratory Medicine and Pathology',
          'University of Cascadia'], 'UC-LMP-2507'),
  [T('University of Cascadia', 26, b=True, color='#2c3e50', sb=0),
   T('School of Medicine, Department of Laboratory Medicine and Pathology', 12, color='#2c3e50', sb=2),
   T('Office of Continuing Education', 10, i=True, color='#555555', sb=0),
   T('Certificate of Completion', 28, sb=20),
   T('This certifies that', 12, i=True, sb=12),
   T('Ibrahim Al-Masri', 26, b=True, sb=4),
   T('has completed the self-study module', 12, i=True, sb=10),
   T('Autoimmune Serology: ANA Patterns on HEp-2 Cells', 18, b=True, sb=6),
   T('Course No. UC-LMP-2507', 10.5, sb=6),
   T('Date of completion: 2025-07-09     Contact hours: 2.0', 12, sb=10),
   P('University of Cascadia, School of Medicine, Department of Laboratory Medicine and Pathology is approved as '
     'a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R +
     ' Program.', 9, align='c', sb=12),
   KV([('Associate Dean for Continuing Education', 'Moana Whitford-Leclerc, PhD')], mode='under', width=0.45,
      align='c', size=9, vsize=10.5, vb=False, sb=14)],
  check=['2025-07-09', '2.0'], page='letter-l', frame=dict(style='double', width=6, color='#2c3e50', pad=16),
  font='serif')

C('b45', 'university-ce', 'tcpdf', ['two-column-labels-above', 'learner-id', 'provider-commas', 'portrait',
                                    'date-abbrev'],
  'University CE grid with labels above values; learner ID beside the course ID; "Sept. 30, 2025".',
  G('Dong-hyun Seo', 'Chemistry Method Comparison Studies: Bias, Regression and Acceptance Criteria', '2025-09-30',
    3.0, 'contact hour', 3.0, ['Lakeshore State University, College of Health Professions',
                               'Lakeshore State University'], 'LKSU-CE-118'),
  [T('Lakeshore State University', 22, b=True, color='#1a4d2e', align='l', sb=0, font='sans'),
   T('College of Health Professions \u2022 Medical Laboratory Science Program', 10.5, align='l', sb=2,
     color='#1a4d2e', font='sans'),
   T('Continuing Education Certificate', 22, align='l', sb=30, font='sans'),
   KV([('Learner', 'Dong-hyun Seo'), ('Learner ID', '20250931'),
       ('Course', 'Chemistry Method Comparison Studies: Bias, Regression and Acceptance Criteria'),
       ('Course ID', 'LKSU-CE-118'), ('Date Completed', 'Sept. 30, 2025'), ('Contact Hours', '3.0'),
       ('Delivery', 'Hybrid (online + lab session)'), ('Level', 'Advanced')],
      mode='above', cols=2, size=11.5, lsize=8.5, lb=True, vb=False, lcolor='#1a4d2e', sb=26, font='sans',
      widths=[0.6, 0.4]),
   P(PACE('Lakeshore State University, College of Health Professions'), 9, align='l', sb=20, font='sans'),
   SP(60),
   KV([('Program Director, Medical Laboratory Science', 'Ingeborg Tshabalala-Moore, PhD, MLS(ASCP)CM')],
      mode='under', width=0.6, align='l', size=9, vsize=10.5, vb=False, font='sans')],
  check=['Sept. 30, 2025', '3.0'], page='letter', margin=60, font='sans', tcfont='core')

C('b46', 'university-ce', 'ghostscript', ['centred', 'inline-labels', 'labels-beside', 'provider-commas',
                                          'landscape', 'date-month-first'],
  'Chromium output re-distilled by Ghostscript; centred "Label: value" lines; 12/05/2025 is month-first '
  '(December 5).',
  G('Rosalind Achterberg', 'Coagulation Factor Assays: Inhibitor Screening and Bethesda Titers', '2025-12-05', 1.5,
    'contact hour', 1.5, ['University of Northbridge, Department of Pathology', 'University of Northbridge'],
    'UNP-CE-2025-061'),
  [T('University of Northbridge, Department of Pathology', 18, b=True, color='#3d1f5c', sb=0),
   T('Continuing Education for Laboratory Professionals', 11, i=True, sb=2),
   T('Certificate of Completion', 32, sb=26, color='#3d1f5c'),
   SP(10),
   KV([('Participant:', 'Rosalind Achterberg'),
       ('Course:', 'Coagulation Factor Assays: Inhibitor Screening and Bethesda Titers'),
       ('Course ID:', 'UNP-CE-2025-061'), ('Completed:', '12/05/2025'),
       ('Contact hours:', '1.5')], mode='inline', align='c', size=13, lb=False, vb=True, sb=16),
   P('The University of Northbridge, Department of Pathology is approved as a provider of continuing education '
     'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.', 9.5, align='c',
     sb=26, width=0.8),
   KV([('Director, Continuing Education', 'Haldis Mbeki-Sorensen, MD')], mode='under', width=0.4, align='c',
      size=9, vsize=11, vb=False, sb=24)],
  check=['12/05/2025', '1.5'], page='letter-l', frame=dict(style='solid', width=3, color='#3d1f5c', pad=16,
                                                           inner=True), font='serif', via='chromium')

# =====================================================================
# Webinar platforms
# =====================================================================
C('b47', 'webinar-platform', 'chromium', ['centred', 'format-line', 'webinar-id', 'landscape', 'date-weekday',
                                          'activity-hash-colon', 'attendance-minutes'],
  'Webinar platform certificate: "Webinar ID" (not the activity), attendance minutes, broadcast date with '
  'weekday, "Activity #: LLL-25-0115".',
  G('Zo\u00eb Papadopoulou', 'Syphilis Serology Algorithms: Traditional versus Reverse Sequence Screening',
    '2025-01-15', 1.0, 'contact hour', 1.0, ['LabLearn Live'], 'LLL-25-0115'),
  [T('LabLearn Live', 24, b=True, color='#e05a00', sb=0, font='sans'),
   T('Live webinars for the clinical laboratory', 10, color='#555555', sb=0, font='sans'),
   T('Certificate of Attendance', 32, sb=20, font='sans'),
   T('Zo\u00eb Papadopoulou', 28, b=True, sb=24, font='sans'),
   T('attended the live webinar', 12, sb=14, font='sans'),
   T('Syphilis Serology Algorithms: Traditional versus Reverse Sequence Screening', 17, b=True, sb=6,
     font='sans'),
   T('Broadcast: Wednesday, January 15, 2025, 1:00' + ND + '2:00 PM ET', 11.5, sb=14, font='sans'),
   T('Webinar ID: 883 2291 4407  \u2022  Minutes attended: 61  \u2022  Activity #: LLL-25-0115', 10, sb=4,
     color='#444444', font='sans'),
   T('1.0 P.A.C.E.' + R + ' contact hour', 14, b=True, sb=12, font='sans'),
   P(PACE('LabLearn Live') + ' Credit requires attendance of at least 50 minutes of the live broadcast.', 8.5,
     align='c', sb=14, width=0.85, font='sans'),
   T('Webinar platform certificate \u2022 generated 2025-01-15 15:04 ET', 7.5, color='#888888', sb=16,
     font='sans')],
  check=['Wednesday, January 15, 2025', '1.0 P.A.C.E.'], page='letter-l',
  frame=dict(style='solid', width=5, color='#e05a00', pad=18), font='sans')
assert weekday('2025-01-15') == 'Wednesday'

C('b48', 'webinar-platform', 'fpdf', ['labels-beside', 'registration-id', 'program-no-without-colon',
                                      'provider-of', 'portrait', 'date-iso'],
  'Webinar series run by an alliance ("a program of ..."); registration ID beside "Program No. 590-014-25".',
  G('Emeka Nwachukwu', 'Cerebrospinal Fluid Analysis in Suspected Meningitis', '2025-02-26', 1.0, 'contact hour',
    1.0, ["Bench to Bedside Webinars", "Clinical Laboratory Educators' Alliance"], '590-014-25'),
  [T('Bench to Bedside Webinars', 22, b=True, color='#2f4f4f', align='l', sb=0, font='sans'),
   T("a program of the Clinical Laboratory Educators' Alliance", 10, i=True, align='l', sb=2, font='sans'),
   RULE(1.0, sb=10, color='#2f4f4f', t=1),
   T('Webinar Completion Certificate', 20, align='l', sb=30, font='sans'),
   KV([('Attendee', 'Emeka Nwachukwu'), ('Registration ID', 'B2B-77410-EN'),
       ('Webinar', 'Cerebrospinal Fluid Analysis in Suspected Meningitis'),
       ('Air date', '2025-02-26'), ('Program No.', '590-014-25'),
       ('Credit', '1.0 P.A.C.E.' + R + ' contact hour'), ('Post-test', 'Passed')],
      mode='beside', size=11, lb=True, vb=False, widths=[0.28, 0.72], sb=20, font='sans'),
   P(PACE("The Clinical Laboratory Educators' Alliance") + ' Bench to Bedside Webinars are planned and '
     'delivered by the Alliance' + "'" + 's education committee.', 9.5, align='j', sb=24, font='sans'),
   SP(60),
   KV([('Webinar Series Coordinator', 'Aurelio Marchetti-Boateng')], mode='under', width=0.45, align='l',
      size=9, vsize=11, vb=False, font='sans')],
  check=['2025-02-26', '1.0 P.A.C.E.'], page='letter', margin=54, font='sans')

C('b49', 'webinar-platform', 'acroform-flattened', ['centred', 'acroform', 'name-cue', 'webinar-id', 'landscape',
                                                    'date-month-first'],
  'Platform certificate whose name, title, date and webinar ID were form fields, flattened with qpdf; '
  'webinar ID is not the activity id.',
  G('Catalina Ferrer i Puig', 'Immunofixation Electrophoresis: Recognizing Monoclonal Bands', '2025-08-07', 1.0,
    'contact hour', 1.0, ['WebEd for Labs'], 'WFL-0807'),
  [T('WebEd for Labs', 22, b=True, color='#34495e', sb=0, font='sans'),
   T('Certificate of Attendance', 30, sb=18),
   T('This certificate is presented to', 12, i=True, sb=14),
   T('Catalina Ferrer i Puig', 22, b=True, sb=4, field='attendee'),
   T('for attending the webinar', 12, i=True, sb=10),
   T('Immunofixation Electrophoresis: Recognizing Monoclonal Bands', 16, b=True, sb=4, field='webinar_title'),
   KV([('Date', F('date', '08/07/2025')), ('Webinar ID', F('webinar_id', '612-448-907')),
       ('Activity', F('activity', 'WFL-0807')), ('Contact Hours', F('hours', '1.0'))], mode='under', cols=4,
      width=0.9, align='c', size=9, vsize=12, vb=False, sb=20),
   P(PACE('WebEd for Labs'), 9, align='c', sb=20, width=0.8)],
  check=['08/07/2025', '1.0'], page='letter-l', frame=dict(style='solid', width=3, color='#34495e', pad=16),
  font='serif', rlfont='std')

# =====================================================================
# eCast / enduring-material providers
# =====================================================================
C('b50', 'ecast-enduring', 'libreoffice-writer', ['centred', 'format-line', 'quoted-inner-title',
                                                  'release-expiry-distractor', 'issue-date-differs', 'portrait',
                                                  'date-long', 'title-wrap', 'label-after-title'],
  'On-demand eCast: release and expiration dates plus a print date around the completion date; title contains '
  'a quoted phrase.',
  G('Thandiwe Mthembu', 'Revisiting the ' + LQ + 'Type and Screen' + RQ + ': Electronic Crossmatch Eligibility',
    '2025-06-03', 1.0, 'contact hour', 1.0, ['Pathology Education Network'], 'PEN-EC-2503'),
  [T('Pathology Education Network', 18, b=True, color='#1b4f72', sb=10, font='sans'),
   T('eCast Library', 11, color='#1b4f72', sb=0, font='sans'),
   T('Certificate of Completion', 28, sb=40),
   T('This certifies that', 12, i=True, sb=24),
   T('Thandiwe Mthembu', 26, b=True, sb=6),
   T('completed the on-demand eCast', 12, i=True, sb=16),
   T('Revisiting the ' + LQ + 'Type and Screen' + RQ + ':\nElectronic Crossmatch Eligibility', 17, b=True, sb=6),
   T('Program PEN-EC-2503', 10, sb=6, color='#555555'),
   T('Date completed: June 3, 2025', 12, sb=24),
   T('Credit: 1.0 contact hour', 12, sb=4),
   KV([('Release date', 'January 15, 2025'), ('Expiration date', 'January 15, 2027'),
       ('Certificate printed', '2025-06-20')], mode='above', cols=3, size=9.5, lsize=8, lb=True, vb=False,
      width=0.8, align='c', sb=30),
   P(PACE('Pathology Education Network'), 9, align='c', sb=20, width=0.85)],
  check=['June 3, 2025', '1.0 contact hour'], page='letter', margin=40, frame=dict(style='double', width=5,
                                                                                   color='#1b4f72', pad=16),
  font='serif')

C('b51', 'ecast-enduring', 'reportlab', ['labels-beside', 'ce-hour-unit', 'provider-for-inc', 'portrait',
                                         'date-day-month', 'enduring-id'],
  'Enduring material with unit "CE hours"; "Enduring material ID" is the activity id; day-month-year date.',
  G('Juan Pablo Echeverr\u00eda Soto',
    'Mycobacteria Culture and Identification: MALDI-TOF and Line Probe Assays', '2025-08-20', 2.0, 'CE hour', 2.0,
    ['eLearning Institute for Laboratory Medicine, Inc.'], 'EILM-ENM-0442'),
  [T('eLearning Institute for Laboratory Medicine, Inc.', 15, b=True, color='#5d4037', align='l', sb=0),
   RULE(1.0, sb=8, color='#5d4037'),
   T('Certificate of Completion', 26, align='l', sb=30),
   T('Enduring Material', 12, i=True, align='l', sb=2, color='#555555'),
   KV([('Learner:', 'Juan Pablo Echeverr\u00eda Soto'),
       ('Title:', 'Mycobacteria Culture and Identification: MALDI-TOF and Line Probe Assays'),
       ('Enduring material ID:', 'EILM-ENM-0442'), ('Completed on:', '20 August 2025'),
       ('CE hours awarded:', '2.0')],
      mode='beside', size=11.5, lb=False, vb=True, widths=[0.3, 0.7], sb=30),
   P(PACE('eLearning Institute for Laboratory Medicine, Inc.') + ' One CE hour equals one P.A.C.E.' + R +
     ' contact hour.', 9.5, align='l', sb=30),
   SP(90),
   KV([('Executive Director', 'Marguerite Oyelowo-Fairbanks, PhD')], mode='under', width=0.45, align='l',
      size=9, vsize=11, vb=False)],
  check=['20 August 2025', '2.0'], page='letter', margin=60, font='serif', rlfont='ttf')

C('b52', 'ecast-enduring', 'ghostscript', ['centred', 'name-cue', 'format-line', 'landscape', 'date-abbrev',
                                           'provider-and'],
  'TCPDF output re-distilled by Ghostscript; eCast from an invented society; "Aug. 5, 2025".',
  G('Astrid Solberg-Haas', 'Pre-Transfusion Testing for Neonates and Infants Under Four Months', '2025-08-05', 1.0,
    'contact hour', 1.0, ['Society for Transfusion Education and Practice', 'STEP'], 'STEP-EC-25-19'),
  [T('STEP', 30, b=True, color='#7d3c98', sb=0, font='sans'),
   T('Society for Transfusion Education and Practice', 12, color='#7d3c98', sb=0, font='sans'),
   T('Certificate of Completion', 30, i=True, sb=18),
   T('This is to certify that', 12, sb=12),
   T('Astrid Solberg-Haas', 24, b=True, sb=4),
   T('has viewed and completed the post-test for the eCast', 12, sb=12),
   T('Pre-Transfusion Testing for Neonates and Infants Under Four Months', 17, b=True, sb=6),
   T('Completed Aug. 5, 2025  \u2022  1.0 contact hour  \u2022  eCast STEP-EC-25-19', 11.5, sb=12),
   P(PACE('The Society for Transfusion Education and Practice (STEP)'), 9, align='c', sb=18, width=0.85),
   KV([('Education Chair', 'Valtteri Oyelaran-Nash, MD')], mode='under', width=0.35, align='c', size=9,
      vsize=11, vb=False, sb=18)],
  check=['Aug. 5, 2025', '1.0 contact hour'], page='letter-l', frame=dict(style='solid', width=2,
                                                                          color='#7d3c98', pad=16, inner=True),
  font='serif', via='tcpdf', tcfont='core')

# =====================================================================
# Conference / symposium / annual-meeting attendance
# =====================================================================
AGENDA = [
    ('Sunday, September 28', [
        ('1:00 PM', 'Opening Keynote: The Laboratory Workforce in 2030'),
        ('2:30 PM', 'Diagnostic Stewardship of Molecular Respiratory Panels'),
        ('4:00 PM', 'Exhibit Hall Opening and Poster Session')]),
    ('Monday, September 29', [
        ('8:00 AM', 'Cold Agglutinin Disease: Laboratory Workup'),
        ('10:00 AM', 'Implementing Autoverification Rules Safely'),
        ('1:30 PM', 'Lean Tools for Specimen Processing'),
        ('3:30 PM', 'Case Studies in Hemoglobinopathies')]),
    ('Tuesday, September 30', [
        ('8:00 AM', 'Emerging Fungal Pathogens in the United States'),
        ('10:00 AM', 'Preparing for Your Laboratory Inspection'),
        ('1:30 PM', 'Cytogenetics for the Generalist')]),
    ('Wednesday, October 1', [
        ('8:00 AM', 'Closing Plenary: Ethics of Direct-to-Consumer Testing'),
        ('10:00 AM', 'Awards Ceremony and Adjournment')]),
]

agenda_blocks = [T('Program Agenda', 18, b=True, align='l', sb=0, font='sans'),
                 T('Tri-State Laboratory Symposium 2025 \u2022 Sessions approved for P.A.C.E.' + R +
                   ' contact hours', 10, align='l', sb=2, color='#555555', font='sans')]
for day, sess in AGENDA:
    agenda_blocks.append(T(day, 11.5, b=True, align='l', sb=10, font='sans'))
    agenda_blocks.append(KV(sess, mode='beside', size=10, lb=False, vb=False, widths=[0.14, 0.86], sb=2,
                            font='sans'))

C('b53', 'conference-attendance', 'chromium', ['centred', 'multi-day', 'date-range-cross-month',
                                               'maximum-and-claimed', 'second-page', 'agenda', 'landscape',
                                               'program-no-without-colon'],
  'Four-day symposium "September 28 ' + ND + ' October 1, 2025" (gold date = October 1); maximum 18.0 beside '
  'claimed 14.5; page 2 is an agenda full of session titles.',
  G('Yuki Tanabe-Morrison', 'Tri-State Laboratory Symposium 2025', '2025-10-01', 14.5, 'contact hour', 14.5,
    ['Tri-State Alliance of Clinical Laboratory Professionals'], '731-500-25'),
  [T('Tri-State Alliance of Clinical Laboratory Professionals', 15, b=True, color='#0e6655', sb=0, font='sans'),
   T('Certificate of Attendance', 32, sb=20),
   T('This certifies that', 12, i=True, sb=12),
   T('Yuki Tanabe-Morrison', 26, b=True, sb=6),
   T('attended the', 12, i=True, sb=10),
   T('Tri-State Laboratory Symposium 2025', 20, b=True, sb=4),
   T('September 28 ' + ND + ' October 1, 2025  \u2022  Wheeling, West Virginia', 12, sb=8),
   KV([('Maximum contact hours available:', '18.0'), ('Contact hours claimed:', '14.5')], mode='inline',
      align='c', size=12, lb=False, vb=True, sb=14),
   T('P.A.C.E.' + R + ' Program No. 731-500-25', 10.5, sb=6),
   P(PACE('The Tri-State Alliance of Clinical Laboratory Professionals') + ' See the agenda on page 2.', 9,
     align='c', sb=14),
   KV([('Symposium Chair', 'Benedetta Okwuosa-Lind, MS, MLS(ASCP)CM')], mode='under', width=0.4, align='c',
      size=9, vsize=10.5, vb=False, sb=16),
   PB()] + agenda_blocks,
  check=['September 28 ' + ND + ' October 1, 2025', '14.5'], page='letter-l', margin=36,
  frame=dict(style='solid', width=2, color='#0e6655', pad=18), font='serif')
assert weekday('2025-09-28') == 'Sunday' and weekday('2025-10-01') == 'Wednesday'

C('b54', 'conference-attendance', 'docx-libreoffice', ['paragraph', 'one-day-meeting', 'portrait',
                                                       'date-weekday', 'provider-for', 'course-number-hash'],
  'One-paragraph attendance certificate for a one-day meeting; Czech name with diacritics.',
  G('Ludmila Kov\u00e1\u0159ov\u00e1', 'Southeastern Clinical Microbiology Update', '2025-11-07', 6.5,
    'contact hour', 6.5, ['Southeastern Association for Clinical Microbiology'], '145-233-25'),
  [SP(30),
   T('Southeastern Association for Clinical Microbiology', 16, b=True, color='#145a32', sb=0),
   T('Certificate of Attendance', 26, sb=40),
   P('This is to certify that **Ludmila Kov\u00e1\u0159ov\u00e1** attended the Southeastern Clinical '
     'Microbiology Update held Friday, November 7, 2025, in Charleston, South Carolina, and earned 6.5 contact '
     'hours of P.A.C.E.' + R + '-approved continuing education.', 13, align='j', sb=40, lh=1.6, width=0.85),
   P('P.A.C.E.' + R + ' Program # 145-233-25', 11, align='c', sb=24),
   P(PACE('The Southeastern Association for Clinical Microbiology'), 9.5, align='c', sb=40, width=0.85),
   SP(60),
   KV([('President', 'Augustin Pelletier-Ngata, PhD, D(ABMM)'), ('Date', 'November 10, 2025')],
      mode='under', cols=2, width=0.85, align='c', size=9, vsize=11, vb=False)],
  check=['Friday, November 7, 2025', '6.5 contact'], page='letter', margin=54, font='serif')
assert weekday('2025-11-07') == 'Friday'

C('b55', 'conference-attendance', 'tcpdf', ['two-column-labels-above', 'multi-day', 'date-range-cross-month',
                                            'provider-ampersand', 'landscape'],
  'Three-day conference "March 31' + ND + 'April 2, 2025" (no spaces around the dash); conference ID; Breton '
  'name.',
  G('Ma\u00eblle Le Goff', 'Great Lakes Histology & Pathology Conference 2025', '2025-04-02', 15.0,
    'contact hour', 15.0, ['Great Lakes Histology & Pathology Society'], 'GLHP25'),
  [T('Great Lakes Histology & Pathology Society', 18, b=True, color='#1f618d', sb=0),
   T('Certificate of Attendance', 30, sb=16),
   T('Great Lakes Histology & Pathology Conference 2025', 18, b=True, sb=12),
   KV([('ATTENDEE', 'Ma\u00eblle Le Goff'), ('CONFERENCE DATES', 'March 31' + ND + 'April 2, 2025'),
       ('CONFERENCE ID', 'GLHP25'), ('CONTACT HOURS', '15.0'),
       ('LOCATION', 'Ann Arbor, Michigan'), ('BADGE NUMBER', '0387')],
      mode='above', cols=3, size=12, lsize=8, lb=True, vb=False, lcolor='#1f618d', width=0.85, align='c',
      sb=26),
   P(PACE('The Great Lakes Histology & Pathology Society') + ' Contact hours reflect sessions scanned at the '
     'door.', 9, align='c', sb=20, width=0.85),
   KV([('Conference Chair', 'Oluwakemi Strand-Ibeh, HTL(ASCP)'), ('Society Secretary', 'Pieter Joubert')],
      mode='under', cols=2, width=0.65, align='c', size=9, vsize=10.5, vb=False, sb=24)],
  check=['March 31' + ND + 'April 2, 2025', '15.0'], page='letter-l', frame=dict(style='double', width=5,
                                                                                 color='#1f618d', pad=16),
  font='serif', tcfont='dejavu')

C('b56', 'conference-attendance', 'acroform-flattened', ['labels-beside', 'acroform', 'one-day-meeting',
                                                         'portrait', 'date-month-first'],
  'Summit attendance form filled in and flattened; "Program #:" row.',
  G('Rania El-Sayed', 'Pacific Northwest Laboratory Leadership Summit', '2025-05-22', 7.0, 'contact hour', 7.0,
    ['Cascadia Laboratory Leadership Network'], '902-011-25'),
  [T('Cascadia Laboratory Leadership Network', 18, b=True, color='#7b241c', sb=10, font='sans'),
   T('Certificate of Attendance', 26, sb=30),
   T('Pacific Northwest Laboratory Leadership Summit', 16, b=True, sb=16),
   SP(20),
   KV([('Attendee:', F('attendee', 'Rania El-Sayed', q=0)), ('Date:', F('date', '05/22/2025', q=0)),
       ('Program #:', F('program', '902-011-25', q=0)), ('Contact hours:', F('hours', '7.0', q=0))],
      mode='beside', size=12, lb=True, vb=False, widths=[0.3, 0.7], width=0.7, align='c'),
   P(PACE('The Cascadia Laboratory Leadership Network'), 9.5, align='c', sb=40, width=0.85),
   SP(80),
   KV([('Summit Registrar', ' ')], mode='under', width=0.35, align='c', size=9, vsize=11, vb=False)],
  check=['05/22/2025', '7.0'], page='letter', margin=40, frame=dict(style='solid', width=2, color='#7b241c',
                                                                   pad=16), font='serif', rlfont='std')

# =====================================================================
# Vendor and instrument training
# =====================================================================
C('b57', 'vendor-training', 'libreoffice-writer', ['centred', 'name-cue', 'name-credentials', 'multi-day',
                                                   'certificate-number', 'customer-account', 'second-page',
                                                   'agenda', 'landscape', 'provider-inc'],
  'Three-day analyzer operator course "June 9' + ND + '11, 2025" (gold date June 11); training certificate '
  'number and customer account distractors; credentials after the name; page 2 is the day-by-day course '
  'outline.',
  G('Kwame Asante-Boateng', 'Operator Training: HX-900 Automated Hematology Analyzer', '2025-06-11', 18.0,
    'contact hour', 18.0, ['Halcyon Diagnostics, Inc.', 'Halcyon Diagnostics'], 'HD-EDU-0900'),
  [T('HALCYON DIAGNOSTICS, INC.', 18, b=True, color='#154360', sb=0, font='sans', ls=1),
   T('Customer Education Center', 11, color='#154360', sb=2, font='sans'),
   T('Certificate of Training', 30, sb=18),
   T('This certifies that', 12, i=True, sb=12),
   T('Kwame Asante-Boateng, MLS(ASCP)CM', 24, b=True, sb=4),
   T('has successfully completed', 12, i=True, sb=10),
   T('Operator Training: HX-900 Automated Hematology Analyzer', 18, b=True, sb=6),
   T('June 9' + ND + '11, 2025  \u2022  Halcyon Training Center, Raleigh, North Carolina', 11.5, sb=8),
   T('18.0 P.A.C.E.' + R + ' contact hours  \u2022  Course HD-EDU-0900', 12, b=True, sb=6),
   T('Training Certificate No. HX-OT-25-06-0412  \u2022  Customer Account 556120', 9.5, sb=6, color='#555555'),
   P(PACE('Halcyon Diagnostics, Inc.'), 9, align='c', sb=12),
   KV([('Manager, Customer Education', 'Siddharth Rao-Lindqvist'), ('Field Application Specialist',
                                                                     'Giovanna Mbatha-Reyes, MLS(ASCP)')],
      mode='under', cols=2, width=0.75, align='c', size=9, vsize=10.5, vb=False, sb=16),
   PB(),
   T('Course Outline', 18, b=True, align='l', sb=0, font='sans'),
   T('HX-900 Operator Training (Course HD-EDU-0900)', 11, align='l', sb=2, font='sans', color='#555555'),
   T('Day 1 ' + ND + ' Monday, June 9, 2025', 12, b=True, align='l', sb=14, font='sans'),
   KV([('8:30', 'Safety, system overview and daily startup'), ('10:30', 'Reagent management and lot changes'),
       ('13:00', 'Calibration and calibration verification'), ('15:00', 'Hands-on: running controls')],
      mode='beside', size=10.5, lb=False, vb=False, widths=[0.1, 0.9], sb=2, font='sans'),
   T('Day 2 ' + ND + ' Tuesday, June 10, 2025', 12, b=True, align='l', sb=12, font='sans'),
   KV([('8:30', 'Flagging, suspect messages and slide review criteria'),
       ('10:30', 'Body fluid mode'), ('13:00', 'Troubleshooting aspiration and clog errors'),
       ('15:00', 'Preventive maintenance (weekly and monthly)')],
      mode='beside', size=10.5, lb=False, vb=False, widths=[0.1, 0.9], sb=2, font='sans'),
   T('Day 3 ' + ND + ' Wednesday, June 11, 2025', 12, b=True, align='l', sb=12, font='sans'),
   KV([('8:30', 'Middleware rules and autovalidation'), ('10:30', 'Operator competency assessment'),
       ('13:00', 'Written examination and course evaluation')],
      mode='beside', size=10.5, lb=False, vb=False, widths=[0.1, 0.9], sb=2, font='sans')],
  check=['June 9' + ND + '11, 2025', '18.0 P.A.C.E.'], page='letter-l', frame=dict(
      style='solid', width=3, color='#154360', pad=16), font='serif')
assert weekday('2025-06-09') == 'Monday'

C('b58', 'vendor-training', 'reportlab', ['labels-beside', 'serial-number-distractor', 'provider-ampersand',
                                          'portrait', 'date-iso'],
  'Vendor service course; instrument serial number and training record number distractors; provider with "&" '
  'and "Co.".',
  G('Olumide Bankole', 'Routine Maintenance and Tuning of the VQ-3 Triple Quadrupole Mass Spectrometer',
    '2025-11-18', 8.0, 'contact hour', 8.0, ['Veridian Instruments & Reagents Co.'], 'VIR-MS-201'),
  [T('Veridian Instruments & Reagents Co.', 20, b=True, color='#0b5345', align='l', sb=0, font='sans'),
   T('Technical Training Services', 11, align='l', color='#555555', sb=2, font='sans'),
   RULE(1.0, sb=8, color='#0b5345', t=2),
   T('Training Completion Certificate', 22, align='l', sb=30, font='sans'),
   KV([('Trainee', 'Olumide Bankole'), ('Facility', 'Midlands Reference Laboratory, Toxicology Section'),
       ('Course', 'Routine Maintenance and Tuning of the VQ-3 Triple Quadrupole Mass Spectrometer'),
       ('Course Code', 'VIR-MS-201'), ('Instrument Serial No.', 'VQ3-10455'),
       ('Training Date', '2025-11-18'), ('Contact Hours', '8.0'), ('Training Record', 'TR-2025-3318')],
      mode='beside', size=11, lb=True, vb=False, widths=[0.3, 0.7], sb=24, font='sans'),
   P(PACE('Veridian Instruments & Reagents Co.') + ' This certificate documents training only and does not '
     'certify competency to perform patient testing.', 9, align='j', sb=24, font='sans'),
   SP(70),
   KV([('Instructor', 'Bogdan Ilie-Farouk, PhD'), ('Training Manager', 'Emmeline Castellanos-Roth')],
      mode='under', cols=2, width=0.85, align='l', size=9, vsize=11, vb=False, font='sans')],
  check=['2025-11-18', '8.0'], page='letter', margin=54, font='sans', rlfont='ttf')

C('b59', 'vendor-training', 'ghostscript', ['centred', 'hand-written-postscript', 'landscape', 'date-abbrev',
                                            'provider-inc', 'verb-requirements'],
  'Hand-written PostScript distilled by Ghostscript; "completed the requirements for"; abbreviated month.',
  G('Cormac de B\u00farca', 'Operator Certification: Respiratory Pathogen Panel on the Helix-24 PCR Platform',
    '2025-08-14', 4.0, 'contact hour', 4.0, ['Keystone Molecular Systems, Inc.'], 'KMS-OP-24'),
  [T('Keystone Molecular Systems, Inc.', 20, b=True, sb=0),
   T('Applications Training Group', 11, i=True, sb=2),
   T('Certificate of Completion', 30, sb=26),
   T('This certifies that', 12, i=True, sb=16),
   T('Cormac de B\u00farca', 26, b=True, sb=8),
   T('has completed the requirements for', 12, i=True, sb=14),
   T('Operator Certification: Respiratory Pathogen Panel on the Helix-24 PCR Platform', 16, b=True, sb=8),
   T('Course ID: KMS-OP-24', 10.5, sb=6),
   T('Aug. 14, 2025  -  4.0 contact hours', 12, sb=16),
   P(PACE('Keystone Molecular Systems, Inc.'), 9, align='c', sb=20, width=0.9),
   SP(30),
   KV([('Applications Scientist', 'Ilse Varga-Onwuachi, PhD')], mode='under', width=0.38, align='c', size=9,
      vsize=11, vb=False)],
  check=['Aug. 14, 2025', '4.0 contact hours'], page='letter-l', margin=36, font='serif', via='ps',
  frame=dict(style='double', width=6, color='#1a1a1a', pad=16))

# =====================================================================
# Public health laboratories
# =====================================================================
C('b60', 'public-health-lab', 'fpdf', ['labels-beside', 'expiry-distractor', 'provider-commas', 'portrait',
                                       'date-iso'],
  'Shipping-training certificate with a "valid through" date two years after completion; provider '
  '"Commonwealth Department of Health, Bureau of Laboratories".',
  G('El\u00edas Santana-Berm\u00fadez',
    'Packaging and Shipping Division 6.2 Infectious Substances (Category A and B)', '2025-03-05', 3.0,
    'contact hour', 3.0, ['Commonwealth Department of Health, Bureau of Laboratories',
                          'Commonwealth Department of Health'], 'BOL-DOT-625'),
  [T('Commonwealth Department of Health', 18, b=True, color='#1c2833', sb=0),
   T('Bureau of Laboratories \u2022 Training and Outreach', 11, sb=2),
   T('Certificate of Training', 26, sb=30),
   SP(18),
   KV([('Trainee:', 'El\u00edas Santana-Berm\u00fadez'), ('Facility:', 'Harbor County Hospital Laboratory'),
       ('Course:', 'Packaging and Shipping Division 6.2 Infectious Substances (Category A and B)'),
       ('Course Number:', 'BOL-DOT-625'), ('Completion Date:', '2025-03-05'),
       ('Certification valid through:', '2027-03-05'), ('Contact Hours:', '3.0')],
      mode='beside', size=11.5, lb=True, vb=False, widths=[0.36, 0.64], width=0.9, align='c'),
   P('The Commonwealth Department of Health, Bureau of Laboratories is approved as a provider of continuing '
     'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program. This '
     'training meets the function-specific training requirements of 49 CFR 172.704 and IATA DGR 1.5; '
     'retraining is required every 24 months.', 9.5, align='j', sb=26, width=0.9),
   SP(50),
   KV([('Laboratory Training Coordinator', 'Wanjiru Halvorsen-Ochoa, MPH'),
       ('Bureau Director', 'Desmond Achterberg-Yeboah, PhD')], mode='under', cols=2, width=0.9, align='c',
      size=9, vsize=10.5, vb=False)],
  check=['2025-03-05', '3.0'], page='letter', margin=48, frame=dict(style='solid', width=1.5, color='#1c2833',
                                                                   pad=14), font='serif')

C('b61', 'public-health-lab', 'docx-libreoffice', ['centred', 'name-cue', 'format-line', 'provider-commas',
                                                   'landscape', 'date-abbrev'],
  'Sentinel laboratory training from a state public health laboratory; "Apr. 23, 2025".',
  G('Siobh\u00e1n Kavanagh', 'Sentinel Laboratory Training: Rule-Out and Referral of Select Agents', '2025-04-23',
    4.0, 'contact hour', 4.0, ['Prairie State Public Health Laboratory, Division of Laboratory Services',
                               'Prairie State Public Health Laboratory'], 'SPHL-LRN-104'),
  [T('Prairie State Public Health Laboratory', 20, b=True, color='#4d5656', sb=0, font='sans'),
   T('Division of Laboratory Services \u2022 Laboratory Response Network Outreach', 10.5, sb=2, font='sans'),
   T('Certificate of Completion', 30, sb=20),
   T('This certifies that', 12, i=True, sb=12),
   T('Siobh\u00e1n Kavanagh', 26, b=True, sb=4),
   T('completed the hands-on wet workshop', 12, i=True, sb=10),
   T('Sentinel Laboratory Training: Rule-Out and Referral of Select Agents', 18, b=True, sb=6),
   T('Course Number: SPHL-LRN-104', 10.5, sb=6),
   T('Apr. 23, 2025  \u2022  4.0 contact hours', 12, sb=10),
   P('Prairie State Public Health Laboratory, Division of Laboratory Services is approved as a provider of '
     'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.',
     9, align='c', sb=14),
   KV([('LRN Coordinator', 'Abimbola Strand-Vasquez, MS'), ('Laboratory Director',
                                                             'Henrik Oduya-Castellano, PhD, HCLD(ABB)')],
      mode='under', cols=2, width=0.8, align='c', size=9, vsize=10.5, vb=False, sb=16)],
  check=['Apr. 23, 2025', '4.0 contact hours'], page='letter-l', frame=dict(style='double', width=5,
                                                                            color='#4d5656', pad=14),
  font='serif')

C('b62', 'public-health-lab', 'acroform-filled', ['labels-beside', 'acroform', 'provider-commas', 'portrait',
                                                  'date-iso'],
  'Fillable public-health-lab certificate; name, facility and date are field appearances (not flattened).',
  G('Nkechi Obi-Laurent', 'Acid-Fast Smear Microscopy Proficiency Workshop', '2025-09-09', 2.5, 'contact hour',
    2.5, ['Coastal Regional Public Health Laboratory, Mycobacteriology Section',
          'Coastal Regional Public Health Laboratory'], 'CRPHL-TB-09'),
  [T('Coastal Regional Public Health Laboratory', 18, b=True, color='#0e4d64', sb=0, font='sans'),
   T('Mycobacteriology Section', 11, color='#0e4d64', sb=2, font='sans'),
   T('Certificate of Completion', 26, sb=30),
   T('Acid-Fast Smear Microscopy Proficiency Workshop', 16, b=True, sb=18),
   T('Course ID: CRPHL-TB-09  \u2022  2.5 contact hours', 11, sb=6),
   KV([('Participant:', F('participant', 'Nkechi Obi-Laurent', q=0)),
       ('Facility:', F('facility', 'Lowcountry Medical Center Laboratory', q=0)),
       ('Workshop date:', F('date', '2025-09-09', q=0))],
      mode='beside', size=12, lb=True, vb=False, widths=[0.3, 0.7], width=0.8, align='c', sb=30),
   P('Coastal Regional Public Health Laboratory, Mycobacteriology Section is approved as a provider of '
     'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.',
     9.5, align='c', sb=30, width=0.85),
   SP(60),
   KV([('TB Laboratory Supervisor', 'Ravindra Oyelowo-Berg, MS')], mode='under', width=0.4, align='c', size=9,
      vsize=11, vb=False)],
  check=['2025-09-09', '2.5 contact hours'], page='letter', margin=54, font='serif', rlfont='std')

# =====================================================================
# CEU-based certificates
# =====================================================================
C('b63', 'ceu-certificate', 'tcpdf', ['centred', 'name-cue', 'ceu', 'portrait', 'date-iso', 'non-latin1-name'],
  'Credit stated only as "0.2 CEU" (= 2 CMP points); Vietnamese name in DejaVu.',
  G('Anh Tu\u1ea5n Nguy\u1ec5n', 'Specimen Processing and Centrifugation Best Practices', '2025-05-06', 0.2, 'CEU',
    2.0, ['Midcontinent Institute for Laboratory Professional Development'], 'MILPD-118'),
  [T('Midcontinent Institute for Laboratory Professional Development', 14, b=True, color='#6c3483', sb=10),
   T('Certificate of Completion', 28, sb=30),
   T('This is to certify that', 12, sb=26),
   T('Anh Tu\u1ea5n Nguy\u1ec5n', 24, b=True, sb=6),
   T('has successfully completed the course', 12, sb=16),
   T('Specimen Processing and Centrifugation Best Practices', 16, b=True, sb=6),
   T('Course Code: MILPD-118', 10, sb=6),
   T('Date of completion: 2025-05-06', 12, sb=24),
   T('Continuing Education Units awarded: 0.2 CEU', 13, b=True, sb=6),
   P('The Midcontinent Institute for Laboratory Professional Development is accredited by the International '
     'Accreditors for Continuing Education and Training (IACET) and is authorized to issue the IACET CEU. One '
     'CEU equals ten contact hours of participation in an organized continuing education experience.', 9,
     align='c', sb=30, width=0.85),
   SP(40),
   KV([('Registrar', 'Leopoldina Ashworth-Mensah')], mode='under', width=0.4, align='c', size=9, vsize=11,
      vb=False)],
  check=['2025-05-06', '0.2 CEU'], page='letter', margin=40, frame=dict(style='solid', width=2, color='#6c3483',
                                                                        pad=18, inner=True),
  font='serif', tcfont='dejavu')

C('b64', 'ceu-certificate', 'acroform-flattened', ['centred', 'acroform', 'ceu', 'landscape', 'date-long',
                                                   'provider-of'],
  'Flattened fillable certificate; "1.2 CEUs (12 contact hours)" (= 12 CMP points).',
  G('Iolanthe Brackenridge', 'Clinical Laboratory Supervision Certificate Course', '2025-12-02', 1.2, 'CEU', 12.0,
    ['Western Reserve College of Applied Health Sciences'], 'WRC-CLS-310'),
  [T('Western Reserve College of Applied Health Sciences', 17, b=True, color='#1a5276', sb=0),
   T('Office of Continuing and Professional Education', 11, i=True, sb=2),
   T('Certificate of Completion', 30, sb=18),
   T('awarded to', 12, i=True, sb=12),
   T('Iolanthe Brackenridge', 24, b=True, sb=4, field='name'),
   T('upon completion of the', 12, i=True, sb=10),
   T('Clinical Laboratory Supervision Certificate Course', 17, b=True, sb=6),
   T('Course WRC-CLS-310', 10, sb=4),
   KV([('Date Completed', F('date', 'December 2, 2025')), ('Continuing Education Units',
                                                           F('ceu', '1.2 CEUs (12 contact hours)'))],
      mode='under', cols=2, width=0.7, align='c', size=9, vsize=12, vb=False, sb=16),
   P('Western Reserve College of Applied Health Sciences awards one Continuing Education Unit (CEU) for each ten '
     'contact hours of instruction.', 9, align='c', sb=16, width=0.8)],
  check=['December 2, 2025', '1.2 CEUs (12 contact hours)'], page='letter-l', frame=dict(
      style='double', width=6, color='#1a5276', pad=14), font='serif', rlfont='std')

C('b65', 'ceu-certificate', 'libreoffice-writer', ['ruled-table', 'ceu', 'provider-commas', 'portrait',
                                                   'date-long', 'non-latin1-name'],
  '"0.15 CEU" in a ruled table (= 1.5 CMP points), with "(1.5 contact hours)" printed in a footnote only.',
  G('Mateusz Wi\u015bniewski-Kowal', 'Hemolysis, Icterus and Lipemia Indices: Setting Rejection Limits',
    '2025-10-08', 0.15, 'CEU', 1.5, ['Heartland College of Health Sciences, Continuing Education Department',
                                     'Heartland College of Health Sciences'], 'HCHS-CE-0412'),
  [T('Heartland College of Health Sciences', 20, b=True, color='#784212', sb=0),
   T('Continuing Education Department', 11, sb=2),
   T('Certificate of Continuing Education', 24, sb=30),
   KV([('Name', 'Mateusz Wi\u015bniewski-Kowal'),
       ('Program', 'Hemolysis, Icterus and Lipemia Indices: Setting Rejection Limits'),
       ('Program Code', 'HCHS-CE-0412'), ('Date', 'October 8, 2025'), ('CEUs Earned', '0.15 CEU*')],
      mode='table', size=11, lb=True, vb=False, widths=[0.28, 0.72], fill='#f6ede3', width=0.9, align='c',
      sb=26),
   P('* One CEU is awarded for each ten contact hours; 0.15 CEU corresponds to 1.5 contact hours. Heartland '
     'College of Health Sciences, Continuing Education Department is approved as a provider of continuing '
     'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' + R + ' Program.', 9,
     align='j', sb=20, width=0.9),
   SP(60),
   KV([('Dean of Continuing Education', 'Prosper Lindqvist-Adeyemi, EdD')], mode='under', width=0.45,
      align='c', size=9, vsize=11, vb=False)],
  check=['October 8, 2025', '0.15 CEU'], page='letter', margin=54, font='serif')

# =====================================================================
# State licence CE certificates (California / Florida style)
# =====================================================================
C('b66', 'state-licence-ce', 'acroform-filled', ['labels-beside', 'acroform', 'licence-number',
                                                 'accrediting-agency-number', 'california', 'portrait',
                                                 'date-month-first'],
  'California-style certificate: accrediting agency number and course number; licensee name, licence number '
  'and date are field appearances (not flattened).',
  G('Rafaela Thongchai-Ruiz', 'Toxicology Screening: Immunoassay Cross-Reactivity and Confirmation', '2025-07-30',
    2.0, 'contact hour', 2.0, ['Pacific Coast Laboratory Training Center'], '0472-2025-118'),
  [T('Pacific Coast Laboratory Training Center', 18, b=True, color='#873600', sb=0, font='sans'),
   T('Continuing Education for California Clinical Laboratory Personnel', 10.5, sb=2, font='sans'),
   T('Certificate of Completion', 26, sb=26),
   T('Toxicology Screening: Immunoassay Cross-Reactivity and Confirmation', 15, b=True, sb=14),
   KV([('Licensee name:', F('licensee', 'Rafaela Thongchai-Ruiz', q=0)),
       ('California license no.:', F('license_no', 'CLS 908812', q=0)),
       ('Date of course:', F('date', '07/30/2025', q=0))],
      mode='beside', size=11.5, lb=True, vb=False, widths=[0.33, 0.67], width=0.85, align='c', sb=24),
   KV([('Accrediting agency:', 'Golden State Laboratory Education Council, Agency No. 0472'),
       ('Course number:', '0472-2025-118'), ('Contact hours:', '2.0'), ('Level:', 'Intermediate')],
      mode='beside', size=11, lb=False, vb=True, widths=[0.33, 0.67], width=0.85, align='c', sb=14),
   P('This course is approved for continuing education credit for California clinical laboratory scientists '
     'and technicians under the Business and Professions Code and Title 17, California Code of Regulations. '
     'Retain this certificate for four years.', 9, align='j', sb=24, width=0.85),
   SP(40),
   KV([('CE Program Director', 'Maximilian Oyarzabal-Chen, MS, CLS')], mode='under', width=0.45, align='c',
      size=9, vsize=11, vb=False)],
  check=['07/30/2025', '2.0'], page='letter', margin=48, frame=dict(style='solid', width=1.5, color='#873600',
                                                                   pad=14), font='serif', rlfont='std')

C('b67', 'state-licence-ce', 'reportlab', ['ruled-table', 'licence-number', 'accrediting-agency-number',
                                           'california', 'provider-inc', 'landscape', 'date-iso'],
  'California-style ruled table with licence number, accrediting agency and its number, and the course number.',
  G('Julien Beaumont-Achebe',
    'Genetic Testing for Inherited Thrombophilia: Factor V Leiden and Prothrombin G20210A', '2025-12-11', 1.5,
    'contact hour', 1.5, ['Bay Area Clinical Laboratory Science Education, Inc.'], '0216-25-044'),
  [T('Bay Area Clinical Laboratory Science Education, Inc.', 17, b=True, color='#1b2631', sb=0),
   T('Certificate of Continuing Education', 26, sb=14),
   KV([('Participant', 'Julien Beaumont-Achebe'), ('CLS License No.', 'CLS 77120'),
       ('Course Title', 'Genetic Testing for Inherited Thrombophilia: Factor V Leiden and Prothrombin G20210A'),
       ('Course No.', '0216-25-044'), ('Date Completed', '2025-12-11'), ('Contact Hours', '1.5'),
       ('Accrediting Agency', 'Sierra Consortium for Laboratory CE, CA Accrediting Agency No. 0216'),
       ('Format', 'Live webinar')],
      mode='table', cols=1, size=10.5, lb=True, vb=False, widths=[0.25, 0.75], fill='#eaecee', width=0.85,
      align='c', sb=18),
   P('Approved by the above California accrediting agency for continuing education of clinical laboratory '
     'personnel. Licensees must retain this certificate for at least four years.', 9, align='c', sb=14,
     width=0.85),
   KV([('Program Director', 'Teodora Vukovi\u0107-Aldana, PhD')], mode='under', width=0.35, align='c', size=9,
      vsize=11, vb=False, sb=18)],
  check=['2025-12-11', '1.5'], page='letter-l', frame=GREY, font='serif', rlfont='ttf')

C('b68', 'state-licence-ce', 'ghostscript', ['labels-beside', 'hand-written-postscript', 'licence-number',
                                             'provider-number', 'florida', 'portrait', 'date-long'],
  'Florida-style certificate written in PostScript: Board provider number, licence number and CE Broker '
  'course number; only the course number is the activity id.',
  G('Gabriela Iturbe-Sandoval', 'Prevention of Medical Errors in the Clinical Laboratory', '2025-09-03', 1.0,
    'contact hour', 1.0, ['Suncoast Laboratory Education Group'], '20-904417'),
  [T('Suncoast Laboratory Education Group', 20, b=True, sb=0),
   T('Florida Board of Clinical Laboratory Personnel Approved Provider No. 50-11872', 10, sb=4),
   T('Certificate of Completion', 26, sb=40),
   SP(20),
   KV([('Licensee:', 'Gabriela Iturbe-Sandoval'), ('Florida License No.:', 'TS 88412'),
       ('Course:', 'Prevention of Medical Errors in the Clinical Laboratory'),
       ('CE Broker Course No.:', '20-904417'), ('Subject Area:', 'Medical Errors (required)'),
       ('Date Completed:', 'September 3, 2025'), ('Contact Hours:', '1.0')],
      mode='beside', size=11.5, lb=True, vb=False, widths=[0.33, 0.67], width=0.9, align='c'),
   P('Suncoast Laboratory Education Group has reported this completion to CE Broker. Florida licensees '
     'must complete one hour of prevention of medical errors each biennium.', 10, align='l', sb=36, width=0.9),
   SP(70),
   KV([('Provider Administrator', 'Octavia Reyes-Lindgren')], mode='under', width=0.4, align='c', size=9,
      vsize=11, vb=False)],
  check=['September 3, 2025', '1.0'], page='letter', margin=54, font='sans', via='ps',
  frame=dict(style='solid', width=2, color='#0b3d91', pad=14))

# =====================================================================
# Flattened twins of two AcroForm certificates (same facts, same layout)
# =====================================================================
for src, new in (('b07', 'b69'), ('b43', 'b70')):
    base = [c for c in CERTS if c['id'] == src][0]
    twin = copy.deepcopy(base)
    twin['id'] = new
    twin['producer'] = 'acroform-flattened'
    twin['notes'] = 'Same certificate and data as %s, flattened with qpdf --flatten-annotations=all.' % src
    CERTS.append(twin)
