# -*- coding: utf-8 -*-
"""Specifications of the 40 certificates (content blocks + gold)."""
PACE = "is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program."
CERTS = []
def C(id, style, producer, layout, notes, gold, **cert):
    g = dict(gold)
    g.setdefault('points', g['credits'] * 10 if g['unit'] == 'CEU' else g['credits'])
    g['points'] = round(g['points'], 2)
    CERTS.append(dict(id=id, style=style, producer=producer, layout=layout, notes=notes, gold=g, cert=cert))

def T(t, text=None, **k):
    d = dict(t=t, **k)
    if text is not None: d['text'] = text
    return d

# 01 ASCP CMLE ------------------------------------------------------------
C('zv01', 'ASCP', 'chromium', ['landscape', 'centred award', 'border', 'seal', 'issuer line', 'format line', 'long wrapped title + labelled date line', 'credentials after name', 'accented/hyphenated name'],
  'Issuer line over the heading; "on-demand webinar" format line between verb and title; ASCP ID "Certificate No." is a distractor.',
  dict(name='Marisol Quintero-Báez', title='Interpreting Serum Protein Electrophoresis and Immunofixation Patterns in Suspected Plasma Cell Neoplasms',
       date='2025-03-14', credits=1.5, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='CM-25-0418'),
  orient='L', theme='award', border=True, seal=dict(text=['ASCP', 'CMLE']), doc_title='ASCP Certificate',
  blocks=[T('issuer', 'AMERICAN SOCIETY FOR CLINICAL PATHOLOGY', g=0.3), T('h1', 'Certificate of Completion', sp=4),
          T('p', 'This certifies that', sp=6), T('name', 'Marisol Quintero-Báez, MLS(ASCP)CM'),
          T('p', 'has completed the on-demand webinar'),
          T('title', 'Interpreting Serum Protein Electrophoresis and Immunofixation Patterns in Suspected Plasma Cell Neoplasms', w=560, after=2),
          T('p', 'Date of completion: March 14, 2025', s=11),
          T('p', 'and is awarded 1.5 CMLE credits', s=11),
          T('small', 'Activity ID: CM-25-0418     Certificate No. 7730215894     Issued: March 15, 2025'),
          T('sig', signers=[['Lorraine K. Whitcombe, MD, FASCP', 'Chair, Continuing Education Committee']], gap=26),
          T('foot', 'ASCP designates this activity for a maximum of 1.5 Continuing Medical Laboratory Education (CMLE) credits. ASCP CMLE credits are acceptable for the ASCP Board of Certification Credential Maintenance Program.'),
          T('foot', 'American Society for Clinical Pathology | 33 W Monroe St, Suite 1600, Chicago, IL 60603 | www.ascp.org')])

# 02 AABB eCast -----------------------------------------------------------
C('zv02', 'AABB', 'fodt', ['portrait', 'left-aligned letter', 'format line eCast', 'provider name with "for" and "&"', 'Program No. without colon', 'accreditation statement'],
  'Provider full name contains "for" and "&"; eCast format line; "Program No. 124-311-25" without colon; registration number and order date distractors.',
  dict(name='Theodore Okonkwo', title='Managing Patients with Warm Autoantibodies: Selecting Units When Everything Is Incompatible',
       date='2025-02-19', credits=1.0, unit='contact hour', provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'], activity_id='124-311-25'),
  orient='P', align='l', doc_title='AABB eCast Certificate',
  blocks=[T('issuer', 'Association for the Advancement of Blood & Biotherapies', s=13, g=0.12), T('small', '4550 Montgomery Avenue, Suite 700 North Tower, Bethesda, MD 20814'),
          T('space', h=24), T('h1', 'Certificate of Attendance', s=20), T('space', h=10),
          T('p', 'This is to certify that'), T('name', 'Theodore Okonkwo', s=17), T('p', 'participated in the'),
          T('p', 'eCast', f='Helvetica-Oblique', s=12),
          T('title', 'Managing Patients with Warm Autoantibodies: Selecting Units When Everything Is Incompatible', s=13),
          T('p', 'Broadcast date: February 19, 2025'),
          T('space', h=8),
          T('p', 'Program No. 124-311-25     Registration #: R-88412907'),
          T('p', 'Continuing education awarded: 1.0 contact hour (P.A.C.E.\u00ae)'),
          T('space', h=8),
          T('small', 'AABB ' + PACE + ' This program has been approved for 1.0 contact hour. AABB is also accredited by the California Department of Public Health, Laboratory Field Services, as an approved CE provider.'),
          T('sig', signers=[['Miriam D. Halvorsen, MS, MT(ASCP)SBB', 'Director, Education Programs']], gap=30),
          T('foot', 'Retain this certificate for at least four years. Certificate generated March 2, 2025. AABB | www.aabb.org')])

# 03 CAP joint accreditation -------------------------------------------
C('zv03', 'CAP', 'platypus', ['portrait', 'centred', 'bar', 'several credit types', 'maximum vs claimed', 'course title contains Grossing', 'table'],
  'Jointly accredited CAP activity: AMA PRA, ABPath SAM and laboratory CE hours; gold = claimed laboratory contact hours (1.75), not the maximum 2.0 nor the AMA figure.',
  dict(name='Priya Ramanathan', title='Grossing of Complex Gastrointestinal Resections: Margins, Lymph Nodes, and Synoptic Reporting',
       date='2024-11-06', credits=1.75, unit='contact hour', provider=['College of American Pathologists', 'CAP'], activity_id='LEARN-24-2291'),
  orient='P', bar=True, doc_title='CAP Learning Transcript Certificate',
  blocks=[T('issuer', 'COLLEGE OF AMERICAN PATHOLOGISTS', s=12, g=0.12), T('space', h=18), T('h1', 'Certificate of Completion'),
          T('p', 'awarded to', sp=6), T('name', 'Priya Ramanathan, HTL(ASCP)CM'),
          T('p', 'for successful completion of'),
          T('title', 'Grossing of Complex Gastrointestinal Resections: Margins, Lymph Nodes, and Synoptic Reporting', w=420),
          T('p', 'Completed: November 6, 2024', s=11),
          T('table', header=['Credit type', 'Maximum available', 'Claimed'], rows=[
              ['AMA PRA Category 1 Credits\u2122', '2.0', '2.0'], ['ABPath Self-Assessment Module (SAM)', '2.0', '2.0'],
              ['CE (contact hours) for laboratory professionals', '2.0', '1.75']], widths=[0.55, 0.25, 0.2]),
          T('p', 'Activity: LEARN-24-2291     Transcript ID: 0091-558-213', s=10),
          T('foot', 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC). The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits\u2122. The CAP is approved as a provider of CE programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.'),
          T('foot', 'College of American Pathologists, 325 Waukegan Road, Northfield, IL 60093 | Printed 01/12/2025')])

# 04 ASCLS annual meeting, labels above values ---------------------------------
C('zv04', 'ASCLS', 'docx', ['landscape', 'centred', 'border', 'labels above values', 'meeting attendance, date range', 'title contains Meeting'],
  'Attendance at a whole meeting: title = meeting name, date = last day of the range. Labels above values in three columns.',
  dict(name='Kendra L. Mbeki-Harris', title='ASCLS Clinical Laboratory Leadership Summit & Annual Meeting 2025',
       date='2025-07-30', credits=14.5, unit='contact hour', provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id=None),
  orient='L', border=True, doc_title='ASCLS Annual Meeting Certificate',
  blocks=[T('issuer', 'American Society for Clinical Laboratory Science', s=13), T('h1', 'Certificate of Attendance', s=26),
          T('p', 'ASCLS Clinical Laboratory Leadership Summit & Annual Meeting 2025', f='Helvetica-Bold', s=15),
          T('p', 'July 27\u201330, 2025  \u2022  Palm Harbor Convention Center, Tampa, Florida', s=10.5),
          T('space', h=8),
          T('cols', labels=['PARTICIPANT', 'DATES ATTENDED', 'P.A.C.E.\u00ae CONTACT HOURS'], values=['Kendra L. Mbeki-Harris, MLS(ASCP)', 'July 27\u201330, 2025', '14.5']),
          T('small', 'Member ID: 00418832', a='l'),
          T('small', 'ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Participants should claim only the hours of sessions actually attended.', a='l'),
          T('sig', signers=[['Renata Oyelaran, EdD, MLS(ASCP)CM', 'ASCLS President'], ['Gordon F. Pell, MS, MT(ASCP)', 'Chair, Education and Programs']], gap=20),
          T('foot', 'ASCLS | 1861 International Drive, Suite 200, McLean, VA 22102 | www.ascls.org')])

# 05 P.A.C.E. provider live webinar (fpdf) ----------------------------------------
C('zv05', 'P.A.C.E. provider', 'fpdf', ['portrait', 'centred', 'border', 'format line LIVE WEBINAR', 'provider only in accreditation statement', 'Program No. without colon'],
  'Provider appears only as the subject of the P.A.C.E. statement; "LIVE WEBINAR" format line; speaker with PhD is a distractor.',
  dict(name='Douglas A. Fennimore III', title='Carbapenemase Detection in the Small Hospital Laboratory: Choosing Between Phenotypic and Molecular Methods',
       date='2025-04-22', credits=1.0, unit='contact hour', provider=['Northern Plains Laboratory Network'], activity_id='519-204-25'),
  orient='P', border=True, theme='award', doc_title='Webinar certificate',
  blocks=[T('space', h=20), T('h1', 'Certificate of Completion', s=28), T('rule'),
          T('p', 'This certificate is presented to', sp=10), T('name', 'Douglas A. Fennimore III, MT(ASCP)'),
          T('p', 'for participation in the', sp=4), T('p', 'LIVE WEBINAR', f='Helvetica-Bold', s=11, g=0.3),
          T('title', 'Carbapenemase Detection in the Small Hospital Laboratory: Choosing Between Phenotypic and Molecular Methods', w=420, s=15),
          T('p', 'presented by Harriet Solberg-Nyquist, PhD, D(ABMM)', f='Times-Italic', s=11),
          T('p', 'Date: April 22, 2025', sp=8), T('p', 'Contact Hours Awarded: 1.0'), T('p', 'Program No. 519-204-25'),
          T('space', h=10),
          T('small', 'Northern Plains Laboratory Network ' + PACE, w=430),
          T('sig', signers=[['Janelle Brightwater, MLS(ASCP)CM', 'Education Coordinator']], gap=30),
          T('foot', 'Please keep this certificate for your records. Generated 04/29/2025.')])

# 06 LabCE (tcpdf) --------------------------------------------------------------
C('zv06', 'LabCE', 'tcpdf', ['landscape', 'centred', 'border', 'seal', 'title contains Safety', 'customer/order numbers as distractors'],
  'LabCE online course; "Course #: 1082" is the activity ID; customer number and order number are distractors.',
  dict(name='Annaliese Brückner', title='Chemical Hygiene and Laboratory Safety: Spill Response for Bench Technologists',
       date='2025-01-09', credits=1.5, unit='contact hour', provider=['LabCE'], activity_id='1082'),
  orient='L', border=True, seal=dict(text=['P.A.C.E.', 'APPROVED']), doc_title='LabCE Certificate',
  blocks=[T('issuer', 'LabCE', s=20, g=0.12), T('small', 'Online Continuing Education for Laboratory Professionals'),
          T('h1', 'Certificate of Completion', sp=12), T('p', 'This certifies that'), T('name', 'Annaliese Brückner'),
          T('p', 'has successfully completed the online course'),
          T('title', 'Chemical Hygiene and Laboratory Safety: Spill Response for Bench Technologists'),
          T('p', 'Course #: 1082     Completed on: 01/09/2025     Contact hours: 1.5', s=11),
          T('small', 'Customer #: 4471902     Order #: LC-2025-0093318'),
          T('small', 'LabCE ' + PACE + ' Florida Board of Clinical Laboratory Personnel provider #JP50-1122.', w=520),
          T('foot', 'LabCE.com | Certificates may be reprinted from your transcript at any time.')])

# 07 MediaLab (canvas) table ----------------------------------------------------
C('zv07', 'MediaLab', 'canvas', ['portrait', 'left-aligned', 'bar', 'small table (course number, date, hours)', 'title contains Ethics'],
  'Course data given in a table; "MediaLab, Inc." plus short form "MediaLab"; order number distractor.',
  dict(name='Samuel J. Ortega-Whitfield', title='Professional Ethics in the Clinical Laboratory: Confidentiality, Conflicts, and Reporting Errors',
       date='2024-09-17', credits=2.0, unit='contact hour', provider=['MediaLab, Inc.', 'MediaLab'], activity_id='ML-4415'),
  orient='P', align='l', bar=True, doc_title='MediaLab Certificate', top=10,
  blocks=[T('issuer', 'MediaLab, Inc.', s=16, g=0.12), T('small', 'Continuing Education for the Laboratory Professional'),
          T('h1', 'Certificate of Completion', sp=24), T('p', 'This is to certify that'), T('name', 'Samuel J. Ortega-Whitfield, MLS(ASCP)CM'),
          T('p', 'has completed the following course offered by MediaLab:'),
          T('title', 'Professional Ethics in the Clinical Laboratory: Confidentiality, Conflicts, and Reporting Errors', s=13),
          T('table', header=['Course number', 'Date completed', 'Contact hours'],
            rows=[['ML-4415', '09/17/2024', '2.0']], tw=360),
          T('p', 'Order number: 2024-88310-07', s=10),
          T('small', 'MediaLab, Inc. ' + PACE + ' This course is approved for 2.0 contact hours.', a='l'),
          T('sig', signers=[['Beverly Tran, MS, MLS(ASCP)', 'Continuing Education Manager']], gap=34),
          T('foot', 'MediaLab, Inc. | 1 Overlook Point, Lincolnshire Park, GA 30004 | Page 1 of 1')])

# 08 ADLM (acroform) ----------------------------------------------------------
C('zv08', 'ADLM', 'acroform', ['landscape', 'centred', 'border', 'filled form fields', 'format line Live Virtual Session', 'provider name with "&"'],
  'ADLM (formerly AACC) ACCENT credit; name/title/date are flattened form fields; "Live Virtual Session" is the format; "Session ID" is the activity id.',
  dict(name='Hyun-Woo Castellanos', title='Troponin Assays at the 99th Percentile: Implementing a 0/1-Hour Rapid Rule-Out Algorithm',
       date='2025-05-08', credits=1.0, unit='contact hour', provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id='ADLM-LVS-5572'),
  orient='L', border=True, doc_title='ADLM Certificate of Participation',
  blocks=[T('issuer', 'Association for Diagnostics & Laboratory Medicine', s=14, g=0.12), T('small', 'formerly AACC'),
          T('h1', 'Certificate of Participation', sp=10), T('p', 'This certifies that'), T('name', 'Hyun-Woo Castellanos', field=True),
          T('p', 'attended the'), T('p', 'Live Virtual Session', f='Helvetica-Oblique', s=12),
          T('title', 'Troponin Assays at the 99th Percentile: Implementing a 0/1-Hour Rapid Rule-Out Algorithm', field=True, w=600),
          T('kv', rows=[['Session date:', 'May 8, 2025'], ['Session ID:', 'ADLM-LVS-5572'], ['ACCENT\u00ae credit:', '1.0 contact hour']], lw=130, indent=200, field=True),
          T('small', 'ADLM is approved by the ACCENT\u00ae Program to offer continuing education credit for laboratory professionals. Member number: 1200-44871.'),
          T('foot', 'ADLM | 900 Seventh Street NW, Suite 400, Washington, DC 20001 | myadlm.org')])

# 09 NSH session at convention (postscript) ---------------------------------------
C('zv09', 'NSH', 'postscript', ['portrait', 'centred', 'border', 'session certificate within a convention date range', 'title contains Orientation'],
  'Session certificate: convention runs Aug 22-27 (distractor range); gold date = the session date Aug 24. Title contains "Orientation" (real course content).',
  dict(name='Colette Marchand-Ruiz', title='Orientation and Embedding of Small Endoscopic Biopsies: Preventing Tangential Sections',
       date='2025-08-24', credits=2.0, unit='contact hour', provider=['National Society for Histotechnology', 'NSH'], activity_id='W-114'),
  orient='P', border=True, theme='award', doc_title='NSH Symposium/Convention Session Certificate',
  blocks=[T('issuer', 'NATIONAL SOCIETY FOR HISTOTECHNOLOGY', s=12, g=0.15), T('small', '51st Annual Symposium/Convention  \u2022  August 22\u201327, 2025  \u2022  Harborfront Convention Centre, Baltimore, MD'),
          T('space', h=22), T('h1', 'Certificate of Attendance', s=28),
          T('p', 'This is to certify that', sp=12), T('name', 'Colette Marchand-Ruiz, HT(ASCP)'),
          T('p', 'attended the workshop'),
          T('title', 'Orientation and Embedding of Small Endoscopic Biopsies: Preventing Tangential Sections', w=420),
          T('kv', rows=[['Workshop No.:', 'W-114'], ['Session date:', 'Sunday, August 24, 2025'], ['Contact hours:', '2.0'], ['Instructor:', 'Bernadette Kowalczyk, HTL(ASCP)QIHC']], lw=110, indent=90),
          T('small', 'The National Society for Histotechnology ' + PACE, w=430),
          T('sig', signers=[['Ivy Mendenhall, HTL(ASCP)', 'NSH Education Chair']], gap=34),
          T('foot', 'NSH | 8850 Stanford Blvd, Suite 2900, Columbia, MD 21045 | Badge #: 25-03318')])

# 10 AMT (chromium) ALL CAPS + suffix ------------------------------------------
C('zv10', 'AMT', 'chromium', ['portrait', 'left-aligned letter', 'ALL-CAPS name with suffix', 'two-column label/value', 'format line Self-Study Module'],
  'ALL-CAPS name with "JR." kept; "Self-Study Module" format line; AMT member number distractor.',
  dict(name='DEVON R. HALLORAN JR.', title='Hemoglobin Variants and HbA1c Interference: What the Bench Technologist Needs to Know',
       date='2025-06-03', credits=1.25, unit='CE hour', provider=['American Medical Technologists', 'AMT'], activity_id='AMT-SS-2507'),
  orient='P', align='l', bar=True, doc_title='AMT Continuing Education Record',
  blocks=[T('issuer', 'American Medical Technologists', s=16, g=0.12), T('small', '10700 W. Higgins Road, Suite 150, Rosemont, IL 60018'),
          T('space', h=30), T('h1', 'Certificate of Continuing Education', s=20), T('space', h=10),
          T('p', 'This document certifies that'), T('name', 'DEVON R. HALLORAN JR., MLT(AMT)', s=16),
          T('p', 'has completed the'), T('p', 'Self-Study Module', f='Helvetica-Oblique'),
          T('title', 'Hemoglobin Variants and HbA1c Interference: What the Bench Technologist Needs to Know', s=13),
          T('space', h=6),
          T('kv', rows=[['Module number', 'AMT-SS-2507'], ['Date completed', 'June 3, 2025'], ['CE hours', '1.25'], ['AMT member no.', '118-402-7716'], ['Certificate issued', 'June 4, 2025']]),
          T('space', h=10),
          T('p', 'AMT certifies that this activity meets the requirements of the AMT Certification Continuation Program (CCP). Credits may also be submitted to other certifying agencies that accept AMT-approved continuing education.', s=10),
          T('sig', signers=[['Clarence Abernathy, MT(AMT)', 'Director of Education']], gap=30),
          T('foot', 'American Medical Technologists | americanmedtech.org')])

# 11 ASM on-demand webinar (fodt) -----------------------------------------------
C('zv11', 'ASM', 'fodt', ['landscape', 'centred', 'border', 'format line On-Demand Webinar', 'long wrapped title + labelled date line', 'provider name with "for"'],
  'Format line "On-Demand Webinar" precedes the title; date line directly after wrapped title; viewing-window dates are distractors.',
  dict(name='Oluwaseun Adebayo-Lindqvist', title='Direct-from-Blood-Culture Identification and Susceptibility Testing: Verification Lessons from Three Community Hospitals',
       date='2025-01-28', credits=1.0, unit='contact hour', provider=['American Society for Microbiology', 'ASM'], activity_id='CM-WEB-2501'),
  orient='L', border=True, doc_title='ASM Clinical Microbiology Webinar Certificate',
  blocks=[T('issuer', 'American Society for Microbiology', s=14, g=0.12), T('small', 'ASM Clinical Microbiology Webinar Series'),
          T('h1', 'Certificate of Completion', sp=8), T('p', 'presented to'), T('name', 'Oluwaseun Adebayo-Lindqvist, PhD, MLS(ASCP)CM'),
          T('p', 'for completing the'), T('p', 'On-Demand Webinar', f='Helvetica-Bold', s=11, g=0.3),
          T('title', 'Direct-from-Blood-Culture Identification and Susceptibility Testing: Verification Lessons from Three Community Hospitals', s=15),
          T('p', 'Date of completion: January 28, 2025'),
          T('p', 'Webinar code: CM-WEB-2501     Contact hours: 1.0     Available on demand October 1, 2024 \u2013 September 30, 2025', s=10),
          T('small', 'The American Society for Microbiology ' + PACE),
          T('foot', 'ASM | 1752 N Street NW, Washington, DC 20036 | asm.org | Certificate ID 9f3a-22c7')])

# 12 CLSI self-study (docx) ----------------------------------------------------
C('zv12', 'CLSI', 'docx', ['portrait', 'left-aligned letter', 'format line Self-Study', 'two-column label/value', 'provider name with "and"'],
  'Provider name contains "and"; "Self-Study" format line on its own; credits in label/value table; certificate number distractor.',
  dict(name='Beatriz Villanueva-Soto', title='Verifying Precision and Trueness of Quantitative Assays: A Practical Walkthrough of EP15',
       date='2024-12-02', credits=2.5, unit='contact hour', provider=['Clinical and Laboratory Standards Institute', 'CLSI'], activity_id='EDU-EP15-SS'),
  orient='P', align='l', doc_title='CLSI Certificate',
  blocks=[T('issuer', 'Clinical and Laboratory Standards Institute', s=15, g=0.12), T('small', '950 West Valley Road, Suite 2500, Wayne, PA 19087'),
          T('space', h=24), T('h1', 'Certificate of Completion', s=22),
          T('p', 'This certificate acknowledges that', sp=8), T('name', 'Beatriz Villanueva-Soto, MS, MLS(ASCP)', s=17),
          T('p', 'has successfully completed the CLSI'), T('p', 'Self-Study', f='Helvetica-Oblique', s=12),
          T('title', 'Verifying Precision and Trueness of Quantitative Assays: A Practical Walkthrough of EP15', s=14),
          T('kv', rows=[['Course code:', 'EDU-EP15-SS'], ['Completion date:', 'December 2, 2024'], ['Credit awarded:', '2.5 contact hours (P.A.C.E.\u00ae)'], ['Certificate number:', 'CLSI-24-118734']]),
          T('small', 'CLSI ' + PACE, a='l'),
          T('sig', signers=[['Natalia Greer-Whitman, MBA', 'Vice President, Education and Training']], gap=34),
          T('foot', 'clsi.org | This certificate was generated electronically and is valid without a signature.')])

# 13 regional society spring symposium session (fpdf) ---------------------------
C('zv13', 'state/regional society', 'fpdf', ['portrait', 'centred', 'border', 'format line Spring Symposium', 'session certificate within a range', 'labels above values'],
  'Regional society symposium session certificate: symposium April 10-11; session date April 11 given in columns (labels above values). "Spring Symposium" is the format/event line, not part of the title.',
  dict(name='Reginald T. Osei', title='Blood Gas Quality Control Beyond Westgard: Patient-Based Real-Time QC in Practice',
       date='2025-04-11', credits=1.5, unit='contact hour', provider=['Great Lakes Clinical Laboratory Society', 'GLCLS'], activity_id='S-207'),
  orient='P', border=True, doc_title='GLCLS Spring Symposium 2025',
  blocks=[T('issuer', 'Great Lakes Clinical Laboratory Society (GLCLS)', s=13, g=0.12), T('small', 'Lakeshore Conference Center, Erie, Pennsylvania  \u2022  April 10\u201311, 2025'),
          T('space', h=18), T('h1', 'Certificate of Attendance', s=24),
          T('p', 'This certifies that the attendee named below attended the session', sp=14),
          T('p', 'Spring Symposium', f='Times-Italic', s=15, g=0.25),
          T('title', 'Blood Gas Quality Control Beyond Westgard: Patient-Based Real-Time QC in Practice', w=420),
          T('space', h=10),
          T('cols', labels=['ATTENDEE', 'SESSION DATE', 'SESSION NO.', 'CONTACT HOURS'], values=['Reginald T. Osei', 'April 11, 2025', 'S-207', '1.5']),
          T('small', 'The Great Lakes Clinical Laboratory Society ' + PACE, w=440),
          T('sig', signers=[['Marguerite Lindell, MLS(ASCP)', 'Symposium Chair'], ['Anthony Ferrante, MT', 'GLCLS Treasurer']], gap=36),
          T('foot', 'Registration No. 2025-0417 | glcls.org')])

# 14 hospital in-service (tcpdf) -------------------------------------------------
C('zv14', 'hospital in-service', 'tcpdf', ['portrait', 'left-aligned', 'bar', 'department as provider', 'title contains Orientation', 'employee ID distractor', 'two-column label/value'],
  'Hospital laboratory education department is the provider: gold = institution + "Institution, Department". Employee ID distractor.',
  dict(name='Lucía Fernández-Ortiz', title='Transfusion Service Orientation for New Generalists: Specimen Acceptance and Emergency Release',
       date='2025-03-05', credits=1.0, unit='CE hour', provider=['St. Brendan Regional Medical Center', 'St. Brendan Regional Medical Center, Laboratory Education Department'], activity_id='LE-0312'),
  orient='P', align='l', bar=True, doc_title='In-service record',
  blocks=[T('issuer', 'St. Brendan Regional Medical Center', s=16, g=0.12), T('p', 'Laboratory Education Department', s=12, g=0.3), T('small', '4100 Cathedral Avenue, Dunmore, Ohio 43512'),
          T('space', h=26), T('h1', 'In-Service Education Certificate', s=20),
          T('p', 'This certifies that', sp=10), T('name', 'Lucía Fernández-Ortiz, MLT(ASCP)', s=17), T('p', 'completed the in-service'),
          T('title', 'Transfusion Service Orientation for New Generalists: Specimen Acceptance and Emergency Release', s=13),
          T('kv', rows=[['Class number:', 'LE-0312'], ['Date attended:', 'March 5, 2025'], ['Continuing education:', '1.0 CE hour'], ['Employee ID:', '00731458'], ['Instructor:', 'Warren Pike, MT(ASCP)SBB']]),
          T('sig', signers=[['Dolores Atwater, MLS(ASCP)CM', 'Laboratory Education Coordinator'], ['Samir Haddad, MD', 'Medical Director, Transfusion Service']], gap=40),
          T('foot', 'Internal education record. Retain for CMP documentation. Printed 03/06/2025.')])

# 15 public health lab (canvas) -------------------------------------------------
C('zv15', 'public health laboratory', 'canvas', ['landscape', 'centred', 'border', 'seal', 'office as provider', 'Training No.', 'title contains Safety'],
  'County public health laboratory training office is provider (institution + "Institution, Office"). Course title contains "Safety" (subject), no format line.',
  dict(name='Gwendolyn Ashby-Pruitt', title='Biosafety and Packaging and Shipping of Category A Infectious Substances',
       date='2024-10-16', credits=3.0, unit='contact hour', provider=['Marston County Public Health Laboratory', 'Marston County Public Health Laboratory, Training and Outreach Office'], activity_id='PHL-2024-031'),
  orient='L', border=True, theme='award', seal=dict(text=['MARSTON', 'COUNTY PHL']), doc_title='PHL Training Certificate',
  blocks=[T('issuer', 'MARSTON COUNTY PUBLIC HEALTH LABORATORY', s=12, g=0.15), T('small', 'Training and Outreach Office'),
          T('h1', 'Certificate of Training', sp=6), T('p', 'This is to certify that', sp=4), T('name', 'Gwendolyn Ashby-Pruitt'),
          T('p', 'has successfully completed'),
          T('title', 'Biosafety and Packaging and Shipping of Category A Infectious Substances'),
          T('p', 'Training No. PHL-2024-031  \u2022  October 16, 2024  \u2022  3.0 contact hours', s=11),
          T('small', 'Marston County Public Health Laboratory ' + PACE + ' This training does not confer IATA/DOT shipper certification; expires October 16, 2026.', w=560),
          T('sig', signers=[['Rafael Quint, PhD', 'Laboratory Director'], ['Sharon Mbatha, MPH', 'Training and Outreach Coordinator']], gap=28),
          T('foot', 'Marston County Public Health Laboratory | 200 Health Services Pkwy, Marston, NV 89409')])

# 16 joint accreditation CME (platypus) --------------------------------------------
C('zv16', 'joint-accreditation CME', 'platypus', ['portrait', 'centred', 'border', 'several credit types', 'provider only in accreditation statement', 'Enduring Material format line'],
  'Jointly accredited CME provider appears only in the accreditation statement; AMA PRA, ANCC and ACPE figures are distractors; P.A.C.E. 1.25 is gold. "Enduring Material" is the format.',
  dict(name='Margaret E. Kowalski-Reyes', title='Diagnostic Stewardship of Clostridioides difficile Testing Across the Care Continuum',
       date='2025-02-11', credits=1.25, unit='contact hour', provider=['Meridian Institute for Continuing Health Education'], activity_id='JA-25-0147-E'),
  orient='P', border=True, theme='award', doc_title='Certificate',
  blocks=[T('space', h=10), T('h1', 'Certificate of Participation', s=26), T('p', 'This certifies that', sp=8), T('name', 'Margaret E. Kowalski-Reyes, MT(ASCP)'),
          T('p', 'participated in the'), T('p', 'Enduring Material', f='Helvetica-Oblique', s=12, g=0.3),
          T('title', 'Diagnostic Stewardship of Clostridioides difficile Testing Across the Care Continuum', s=15),
          T('p', 'Completed on February 11, 2025  |  Activity ID: JA-25-0147-E', s=10.5),
          T('table', header=['Credit', 'Awarded'], rows=[['AMA PRA Category 1 Credit\u2122', '1.25'], ['ANCC nursing contact hours', '1.25'], ['ACPE (knowledge-based)', '1.25'], ['P.A.C.E.\u00ae contact hours', '1.25']], tw=300, widths=[0.7, 0.3]),
          T('small', 'In support of improving patient care, Meridian Institute for Continuing Health Education is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Meridian Institute for Continuing Health Education designates this enduring material for a maximum of 1.25 AMA PRA Category 1 Credits\u2122. Meridian Institute for Continuing Health Education ' + PACE, a='c'),
          T('foot', 'UAN: JA4008176-0000-25-047-H01-P  |  Released 01/15/2025, expires 01/15/2026  |  Certificate printed 02/11/2025')])

# 17 university CEU (acroform) -----------------------------------------------
C('zv17', 'university CEU', 'acroform', ['portrait', 'centred', 'border', 'seal', 'filled form fields', 'CEU', 'office as provider', 'course number'],
  'University continuing education office; 1.2 CEU -> 12 points. Student ID distractor. Name, title, date filled as form fields and flattened.',
  dict(name='Jonathan Pierce-Abernathy', title='Fundamentals of Molecular Diagnostics for Laboratory Professionals',
       date='2024-12-13', credits=1.2, unit='CEU', provider=['Caldwell State University', 'Caldwell State University, Office of Continuing Education'], activity_id='MLS-CE 410'),
  orient='P', border=True, theme='award', seal=dict(text=['CALDWELL', 'STATE UNIV.'], x=306, y=150), doc_title='CEU Certificate',
  blocks=[T('issuer', 'CALDWELL STATE UNIVERSITY', s=14, g=0.12), T('small', 'Office of Continuing Education'),
          T('space', h=30), T('h1', 'Certificate of Completion', s=28), T('p', 'This certifies that', sp=12),
          T('name', 'Jonathan Pierce-Abernathy', field=True), T('p', 'has satisfactorily completed the non-credit course'),
          T('title', 'Fundamentals of Molecular Diagnostics for Laboratory Professionals', field=True, w=420),
          T('kv', rows=[['Course number:', 'MLS-CE 410'], ['Completion date:', 'December 13, 2024'], ['Continuing Education Units:', '1.2 CEU'], ['Student ID:', 'C00918273']], field=True, lw=170, indent=60),
          T('small', 'One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction.', w=430),
          T('sig', signers=[['Elaine Voss, EdD', 'Dean, Continuing Education'], ['Marcus Hill, PhD, MLS(ASCP)', 'Program Director']], gap=40),
          T('foot', 'Caldwell State University, 1 University Circle, Caldwell, ID 83605')])

# 18 vendor webinar (postscript) -----------------------------------------------
C('zv18', 'vendor', 'postscript', ['landscape', 'left-aligned', 'bar', 'vendor webinar', 'provider only in accreditation statement + logo line', 'format line LIVE WEBINAR'],
  'Vendor education webinar, P.A.C.E.-approved; speaker PhD and quote number distractors; "LIVE WEBINAR" format line.',
  dict(name='Françoise Delacroix', title='Reducing Hemolysis-Related Specimen Rejections in the Emergency Department',
       date='2025-05-20', credits=1.0, unit='contact hour', provider=['Halvorsen Diagnostics, Inc.', 'Halvorsen Diagnostics'], activity_id='HDX-0525'),
  orient='L', align='l', bar=True, doc_title='Halvorsen Diagnostics webinar certificate', margin=70,
  blocks=[T('issuer', 'Halvorsen Diagnostics, Inc.  |  Customer Education', s=13, g=0.12),
          T('h1', 'Certificate of Completion', sp=18, s=24), T('p', 'Awarded to', sp=6), T('name', 'Françoise Delacroix', s=20),
          T('p', 'for attending the'), T('p', 'LIVE WEBINAR', f='Helvetica-Bold', g=0.3, s=10),
          T('title', 'Reducing Hemolysis-Related Specimen Rejections in the Emergency Department', s=15),
          T('p', 'presented by Kaspar Lindgren, PhD, DABCC', f='Helvetica-Oblique', s=10.5),
          T('kv', rows=[['Webinar date', 'May 20, 2025'], ['Event ID', 'HDX-0525'], ['Contact hours', '1.0'], ['Quote ref.', 'Q-55190-B']], lw=120),
          T('small', 'Halvorsen Diagnostics ' + PACE + ' Attendance verified by webinar log-in and post-test.', a='l'),
          T('foot', 'Halvorsen Diagnostics, Inc., 77 Cedar Ridge Road, Marlborough, MA 01752 | This program is educational and not promotional.')])

# 19 ASCP Annual Meeting session (docx) labels above values ----------------------
C('zv19', 'ASCP', 'docx', ['portrait', 'centred', 'border', 'labels above values', 'session certificate within meeting range', 'credits in column'],
  'ASCP meeting session: meeting Sep 10-12, session Sep 11 (gold). Labels above values for participant/date/credits; session code is the activity id.',
  dict(name='Nathan Ruiz-Fox', title='Digital Pathology Validation: Applying the Updated Whole Slide Imaging Guideline in a Community Practice',
       date='2025-09-11', credits=1.0, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='AM25-3104'),
  orient='P', border=True, doc_title='ASCP 2025 Annual Meeting Session Certificate',
  blocks=[T('issuer', 'American Society for Clinical Pathology', s=14), T('small', 'ASCP 2025 Annual Meeting  \u2022  September 10\u201312, 2025  \u2022  Riverside Convention Center, Nashville, TN'),
          T('space', h=16), T('h1', 'Session Certificate', s=24),
          T('p', 'Session', sp=10, g=0.4, s=10),
          T('title', 'Digital Pathology Validation: Applying the Updated Whole Slide Imaging Guideline in a Community Practice'),
          T('space', h=8),
          T('cols', labels=['PARTICIPANT', 'SESSION DATE', 'SESSION CODE', 'CMLE CREDITS CLAIMED'], values=['Nathan Ruiz-Fox', 'September 11, 2025', 'AM25-3104', '1.0']),
          T('small', 'ASCP designates this live activity for a maximum of 1.5 CMLE credits; participants claim only credit commensurate with the extent of their participation. ASCP is also accredited by the ACCME to provide continuing medical education for physicians.', a='l'),
          T('sig', signers=[['Pamela Oduya, MD, FASCP', 'Annual Meeting Program Chair']], gap=30),
          T('foot', 'Claimed on 09/19/2025 | ASCP ID 00552781 | www.ascp.org')])

# 20 AABB Annual Meeting attendance (chromium) ---------------------------------
C('zv20', 'AABB', 'chromium', ['landscape', 'centred', 'border', 'seal', 'meeting attendance with date range', 'maximum vs claimed', 'several credit types', 'title contains Meeting'],
  'Whole-meeting attendance: title = meeting name, date = last day. Claimed 16.0 P.A.C.E. contact hours (max 22.5); AMA PRA credit is a distractor.',
  dict(name='Ingrid Solveig Haraldsen', title='AABB Annual Meeting 2025', date='2025-10-14', credits=16.0, unit='contact hour',
       provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'], activity_id=None),
  orient='L', border=True, theme='award', seal=dict(text=['AABB', '2025']), doc_title='AABB Annual Meeting 2025 Certificate',
  blocks=[T('issuer', 'Association for the Advancement of Blood & Biotherapies (AABB)', s=13, g=0.2),
          T('h1', 'Certificate of Attendance', sp=8), T('p', 'is hereby granted to'), T('name', 'Ingrid Solveig Haraldsen, MT(ASCP)SBB'),
          T('p', 'for attendance at the'), T('title', 'AABB Annual Meeting 2025', s=18),
          T('p', 'October 11\u201314, 2025  \u2022  San Diego, California', s=11),
          T('p', 'Contact hours claimed: 16.0 of 22.5 available (P.A.C.E.\u00ae)     AMA PRA Category 1 Credits\u2122 claimed: 0', s=10.5),
          T('small', 'AABB ' + PACE + ' AABB designates this live activity for a maximum of 22.5 AMA PRA Category 1 Credits\u2122.'),
          T('sig', signers=[['Corinne B. Waltham, MD', 'AABB President']], gap=20),
          T('foot', 'Registrant ID 2025-AM-118306 | Certificate generated 10/30/2025')])

# 21 CAP Grand Rounds webinar (fodt) ------------------------------------------
C('zv21', 'CAP', 'fodt', ['landscape', 'centred', 'bar', 'series name before colon is part of title', 'format line LIVE WEBINAR', 'several credit types'],
  'Series "Pathology Grand Rounds:" is part of the title; "LIVE WEBINAR" is the format; AMA PRA credit distractor; laboratory CE 1.0 contact hour is gold.',
  dict(name='Aurelio Benedetti', title='Pathology Grand Rounds: Myeloid Neoplasms with Germline Predisposition', date='2025-06-18', credits=1.0, unit='contact hour',
       provider=['College of American Pathologists', 'CAP'], activity_id='GR-2506'),
  orient='L', bar=True, doc_title='CAP Certificate of Attendance',
  blocks=[T('space', h=6), T('issuer', 'College of American Pathologists', s=15, g=0.12), T('h1', 'Certificate of Attendance', sp=6),
          T('p', 'This certifies that', sp=4), T('name', 'Aurelio Benedetti, MD'), T('p', 'attended the'),
          T('p', 'LIVE WEBINAR', f='Helvetica-Bold', s=10, g=0.35),
          T('title', 'Pathology Grand Rounds: Myeloid Neoplasms with Germline Predisposition'),
          T('p', 'June 18, 2025  |  Program code GR-2506', s=11),
          T('p', 'Credit awarded: 1.0 AMA PRA Category 1 Credit\u2122  |  1.0 contact hour (CE for laboratory professionals)', s=10.5),
          T('small', 'The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.'),
          T('foot', 'CAP | 325 Waukegan Road, Northfield, IL 60093 | cap.org | Customer # 1844203')])

# 22 P.A.C.E. provider: hospital system education council (canvas) ------------------
C('zv22', 'P.A.C.E. provider', 'canvas', ['portrait', 'centred', 'border', 'education council as provider', 'letter-spaced name', 'long wrapped title + labelled date line'],
  'Hospital-system Laboratory Education Council is the P.A.C.E. provider (institution + "Institution, Council"). Letter-spaced name in capitals.',
  dict(name='RAJESH VENKATARAMAN', title='Preanalytical Variables in Coagulation Testing: Underfilled Tubes, Hemolysis, and Heparin Contamination',
       date='2025-02-26', credits=1.0, unit='contact hour', provider=['Bayridge Health System', 'Bayridge Health System, Laboratory Education Council'], activity_id='BHS-LEC-25-006'),
  orient='P', border=True, theme='award', doc_title='Education Council Certificate',
  blocks=[T('issuer', 'BAYRIDGE HEALTH SYSTEM', s=13, g=0.12), T('small', 'Laboratory Education Council'), T('space', h=24),
          T('h1', 'Certificate of Completion', s=28), T('p', 'presented to', sp=10),
          T('name', 'R A J E S H   V E N K A T A R A M A N', f='Helvetica-Bold', s=16), T('p', 'for participation in', sp=4),
          T('title', 'Preanalytical Variables in Coagulation Testing: Underfilled Tubes, Hemolysis, and Heparin Contamination', w=430, after=2),
          T('p', 'Date of activity: February 26, 2025', s=11), T('p', 'Offering number: BHS-LEC-25-006', s=11), T('p', 'P.A.C.E.\u00ae contact hours: 1.0', s=11),
          T('small', 'Bayridge Health System, Laboratory Education Council ' + PACE, w=430),
          T('sig', signers=[['Yvonne Castellano, MLS(ASCP)CM', 'Council Chair'], ['Peter Okafor, MD', 'System Laboratory Medical Director']], gap=40),
          T('foot', 'Bayridge Health System | 1200 Shoreline Blvd, Bayridge, NJ 07714')])

# 23 LabCE two-page with transcript (platypus) ------------------------------------
C('zv23', 'LabCE', 'platypus', ['portrait', 'left-aligned', 'bar', 'two pages', 'transcript number distractor', 'table'],
  'Two-page LabCE certificate: page 1 certificate, page 2 accreditation details. Transcript number distractor; "Course Number" is the activity id.',
  dict(name='Thandiwe Nkosi-Varga', title='Urine Sediment Microscopy: Casts, Crystals, and Cells', date='2024-08-30', credits=2.0, unit='contact hour',
       provider=['LabCE'], activity_id='2207'),
  orient='P', align='l', bar=True, doc_title='LabCE Certificate and Accreditation Details',
  blocks=[T('issuer', 'LabCE', s=22, g=0.12), T('small', 'Laboratory Continuing Education'), T('h1', 'Certificate of Completion', sp=20),
          T('p', 'This certifies that'), T('name', 'Thandiwe Nkosi-Varga, MLS(ASCP)CM'), T('p', 'has completed the course'),
          T('title', 'Urine Sediment Microscopy: Casts, Crystals, and Cells'),
          T('table', header=['Course Number', 'Completion Date', 'Contact Hours'], rows=[['2207', '08/30/2024', '2.0']], tw=360),
          T('p', 'Transcript #: T-0099372-24', s=10),
          T('sig', signers=[['Garrett Lomax, MLS(ASCP)', 'Director of Continuing Education, LabCE']], gap=30),
          T('foot', 'LabCE.com | Page 1 of 2'),
          T('page'),
          T('h2', 'Accreditation and Acceptance'),
          T('p', 'LabCE ' + PACE + ' This course has been approved for 2.0 contact hours. The course is also accepted by the Florida Board of Clinical Laboratory Personnel and the California Department of Public Health.', s=10.5),
          T('p', 'ASCP BOC Credential Maintenance Program: P.A.C.E.\u00ae-approved credit is acceptable for CMP. Keep this certificate with your CMP documentation.', s=10.5),
          T('p', 'Date issued: 09/02/2024', s=10.5)])

# 24 MediaLab letter-spaced name (chromium) -----------------------------------
C('zv24', 'MediaLab', 'chromium', ['landscape', 'centred', 'border', 'seal', 'letter-spaced name', 'title contains Safety', 'long wrapped title + labelled date line'],
  'Letter-spaced mixed-case name; gold removes the spacing. Long title wraps then "Date Completed:" line.',
  dict(name='Sarah Lindqvist', title='Laboratory Safety for the Phlebotomy and Specimen Processing Team: Bloodborne Pathogens, Sharps, and Chemical Labels',
       date='2025-04-02', credits=1.5, unit='contact hour', provider=['MediaLab, Inc.', 'MediaLab'], activity_id='ML-5120'),
  orient='L', border=True, theme='award', seal=dict(text=['MediaLab', 'P.A.C.E.']), doc_title='MediaLab Certificate',
  blocks=[T('issuer', 'M E D I A L A B ,   I N C .', s=11, g=0.3), T('h1', 'Certificate of Completion', sp=6),
          T('p', 'This is to certify that'), T('name', 'S a r a h   L i n d q v i s t', f='Times-Italic', s=26),
          T('p', 'has completed the online course'),
          T('title', 'Laboratory Safety for the Phlebotomy and Specimen Processing Team: Bloodborne Pathogens, Sharps, and Chemical Labels', w=540, after=2),
          T('p', 'Date Completed: 04/02/2025', s=11), T('p', 'Course ML-5120  \u2022  1.5 contact hours', s=11),
          T('small', 'MediaLab, Inc. ' + PACE),
          T('foot', 'Order #: 2025-19340-11 | Generated April 2, 2025 | www.medialabinc.net')])

# 25 ADLM annual meeting session (docx) ---------------------------------------
C('zv25', 'ADLM', 'docx', ['portrait', 'left-aligned', 'two-column label/value', 'session certificate within meeting range', 'badge number distractor'],
  'ADLM annual meeting session certificate: meeting July 26-30 distractor, session date July 28 gold; badge number distractor.',
  dict(name='Chidi Eze-Morrison', title='Mass Spectrometry for Steroid Hormones: Harmonization Challenges in Pediatric Reference Intervals',
       date='2025-07-28', credits=1.5, unit='contact hour', provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id='34118'),
  orient='P', align='l', doc_title='ADLM 2025 Session Certificate',
  blocks=[T('issuer', 'Association for Diagnostics & Laboratory Medicine (ADLM)', s=13), T('small', 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo  \u2022  July 26\u201330, 2025  \u2022  Chicago, IL'),
          T('space', h=20), T('h1', 'Certificate of Attendance \u2013 Scientific Session', s=18),
          T('p', 'This certifies that', sp=8), T('name', 'Chidi Eze-Morrison, PhD, DABCC', s=16), T('p', 'attended the following session:'),
          T('title', 'Mass Spectrometry for Steroid Hormones: Harmonization Challenges in Pediatric Reference Intervals', s=13),
          T('kv', rows=[['Session number', '34118'], ['Session date', 'Monday, July 28, 2025'], ['ACCENT\u00ae credit', '1.5 contact hours'], ['Badge number', '250731-0042']]),
          T('small', 'ADLM is approved by the ACCENT\u00ae Program to offer continuing education credit for laboratory professionals. This session has been approved for 1.5 ACCENT\u00ae credit hours.', a='l'),
          T('foot', 'myadlm.org | Please retain for your records')])

# 26 NSH webinar (tcpdf) ---------------------------------------------------------
C('zv26', 'NSH', 'tcpdf', ['portrait', 'centred', 'border', 'format line eCast/webinar', 'title contains Grossing', 'labels above values'],
  'NSH webinar: title contains "Grossing" (real subject); format line "Webinar Recording"; labels above values.',
  dict(name='Pilar Echeverría', title='Grossing Room Ergonomics and Formalin Exposure Monitoring', date='2025-03-27', credits=1.0, unit='contact hour',
       provider=['National Society for Histotechnology', 'NSH'], activity_id='WB25-09'),
  orient='P', border=True, doc_title='NSH Webinar Certificate',
  blocks=[T('issuer', 'National Society for Histotechnology', s=14, g=0.12), T('space', h=24), T('h1', 'Certificate of Completion', s=24),
          T('p', 'The participant named below has viewed the', sp=10), T('p', 'Webinar Recording', f='Helvetica-Oblique', s=12, g=0.3),
          T('title', 'Grossing Room Ergonomics and Formalin Exposure Monitoring', s=15),
          T('space', h=12),
          T('cols', labels=['NAME', 'DATE VIEWED', 'WEBINAR NO.', 'CONTACT HOURS'], values=['Pilar Echeverría', 'March 27, 2025', 'WB25-09', '1.0']),
          T('small', 'The National Society for Histotechnology ' + PACE, w=440),
          T('sig', signers=[['Holly Brandt, HT(ASCP)', 'NSH Webinar Committee']], gap=40),
          T('foot', 'NSH Member #: 0048817 | nsh.org')])

# 27 AMT regional meeting (fpdf) ------------------------------------------------
C('zv27', 'AMT', 'fpdf', ['landscape', 'centred', 'border', 'meeting attendance, date range', 'Event No.', 'title contains Meeting'],
  'AMT state society meeting attendance: title = meeting name, date = last day of range. Event No. is the activity id. CE hours.',
  dict(name='Marcus T. Abernathy Sr.', title='AMT Carolinas State Society Fall Educational Meeting', date='2024-10-19', credits=6.0, unit='CE hour',
       provider=['American Medical Technologists', 'AMT'], activity_id='24-NC-117'),
  orient='L', border=True, theme='award', doc_title='AMT Certificate',
  blocks=[T('issuer', 'American Medical Technologists (AMT)', s=14, g=0.15), T('h1', 'Certificate of Attendance', sp=10),
          T('p', 'This certifies that', sp=6), T('name', 'Marcus T. Abernathy Sr., MT(AMT)'), T('p', 'attended the'),
          T('title', 'AMT Carolinas State Society Fall Educational Meeting'),
          T('p', 'October 18\u201319, 2024  \u2022  Pinehurst Conference Lodge, Southern Pines, North Carolina', s=11),
          T('p', 'Event No. 24-NC-117          CE hours earned: 6.0', s=11),
          T('sig', signers=[['Dana Whitlock, MLT(AMT)', 'State Society President'], ['Leon Garrity, MT(AMT)', 'Education Chair']], gap=30),
          T('foot', 'AMT | 10700 W. Higgins Road, Suite 150, Rosemont, IL 60018 | AMT ID 0093310')])

# 28 ASM (acroform) -------------------------------------------------------------
C('zv28', 'ASM', 'acroform', ['portrait', 'left-aligned', 'bar', 'filled form fields', 'two-column label/value', 'provider name with "for"', 'series name before colon'],
  'ASM short course, values filled as form fields; "ASM Clinical Microbiology Rounds:" series is part of the title.',
  dict(name='Eleanor Whitfield-Nakamura', title='ASM Clinical Microbiology Rounds: Candida auris Screening and Colonization Testing',
       date='2025-05-14', credits=1.0, unit='contact hour', provider=['American Society for Microbiology', 'ASM'], activity_id='CMR-2505'),
  orient='P', align='l', bar=True, doc_title='ASM Certificate',
  blocks=[T('issuer', 'American Society for Microbiology', s=16, g=0.12), T('small', 'Professional Development'), T('space', h=26),
          T('h1', 'Certificate of Completion', s=22), T('space', h=10),
          T('kv', rows=[['Participant:', 'Eleanor Whitfield-Nakamura, MLS(ASCP)CM'], ['Activity:', 'ASM Clinical Microbiology Rounds: Candida auris Screening and Colonization Testing'],
                        ['Activity number:', 'CMR-2505'], ['Date of completion:', 'May 14, 2025'], ['Contact hours:', '1.0'], ['Date issued:', 'May 21, 2025']], field=True, lw=140),
          T('space', h=14),
          T('small', 'The American Society for Microbiology ' + PACE, a='l'),
          T('sig', signers=[['Howard Lin, PhD', 'Director, Professional Development']], gap=40),
          T('foot', 'ASM | 1752 N Street NW, Washington, DC 20036')])

# 29 CLSI webinar (postscript) -------------------------------------------------
C('zv29', 'CLSI', 'postscript', ['portrait', 'centred', 'border', 'seal', 'format line LIVE WEBINAR', 'long wrapped title + labelled date line'],
  'CLSI live webinar; date line directly after wrapped title; certificate number distractor.',
  dict(name='Giovanni Russo-Thompson', title='Implementing Antimicrobial Susceptibility Testing Breakpoint Revisions Without Disrupting Patient Reporting',
       date='2025-03-18', credits=1.5, unit='contact hour', provider=['Clinical and Laboratory Standards Institute', 'CLSI'], activity_id='WEB-AST-0318'),
  orient='P', border=True, theme='award', seal=dict(text=['CLSI', 'P.A.C.E.'], x=306, y=140), doc_title='CLSI Webinar Certificate',
  blocks=[T('issuer', 'CLINICAL AND LABORATORY STANDARDS INSTITUTE', s=12, g=0.15), T('space', h=26), T('h1', 'Certificate of Completion', s=28),
          T('p', 'This certifies that', sp=10), T('name', 'Giovanni Russo-Thompson, MS, MLS(ASCP)CM'),
          T('p', 'participated in the CLSI'), T('p', 'LIVE WEBINAR', f='Helvetica-Bold', s=10, g=0.35),
          T('title', 'Implementing Antimicrobial Susceptibility Testing Breakpoint Revisions Without Disrupting Patient Reporting', w=430, after=2),
          T('p', 'Webinar date: March 18, 2025', s=11), T('p', 'Webinar ID: WEB-AST-0318   |   1.5 contact hours', s=11),
          T('small', 'CLSI ' + PACE, w=430), T('small', 'Certificate No. 25-00417-CLSI'),
          T('foot', 'Clinical and Laboratory Standards Institute | 950 West Valley Road, Suite 2500, Wayne, PA 19087')])

# 30 state society fall meeting (docx) -------------------------------------------
C('zv30', 'state/regional society', 'docx', ['landscape', 'centred', 'border', 'meeting attendance, date range', 'table of hours', 'title contains Meeting'],
  'Regional society fall meeting: title = meeting name, date = last day (Oct 25). Member number distractor.',
  dict(name='Hannah Okoro-Castillo', title='Keystone Association of Laboratory Professionals 2024 Fall Meeting', date='2024-10-25', credits=9.5, unit='contact hour',
       provider=['Keystone Association of Laboratory Professionals', 'KALP'], activity_id=None),
  orient='L', border=True, doc_title='KALP Fall Meeting 2024',
  blocks=[T('issuer', 'Keystone Association of Laboratory Professionals (KALP)', s=14), T('h1', 'Certificate of Attendance', s=26, sp=6),
          T('p', 'This certifies that'), T('name', 'Hannah Okoro-Castillo'), T('p', 'attended the'),
          T('title', 'Keystone Association of Laboratory Professionals 2024 Fall Meeting'),
          T('p', 'October 24\u201325, 2024  \u2022  State College, Pennsylvania', s=11),
          T('table', header=['Day', 'Date', 'Contact hours'], rows=[['Thursday', 'October 24, 2024', '5.0'], ['Friday', 'October 25, 2024', '4.5'], ['Total', '', '9.5']]),
          T('small', 'KALP ' + PACE + ' Member No. KA-20211.'),
          T('foot', 'KALP | P.O. Box 1187, Harrisburg, PA 17108 | kalp-lab.org')])

# 31 hospital in-service, education council (chromium) -----------------------------
C('zv31', 'hospital in-service', 'chromium', ['portrait', 'left-aligned letter', 'education council as provider', 'title contains Safety', 'labels above values', 'employee number distractor'],
  'Hospital laboratory in-service by a Laboratory Education Council; labels above values; employee number distractor.',
  dict(name='Bridget O\u2019Sullivan', title='Annual Laboratory Fire and Electrical Safety Review', date='2025-01-22', credits=0.5, unit='CE hour',
       provider=['Mercy Valley Hospital', 'Mercy Valley Hospital, Laboratory Education Council'], activity_id='IS-25-004'),
  orient='P', align='l', bar=True, doc_title='In-Service Attendance',
  blocks=[T('issuer', 'Mercy Valley Hospital', s=16, g=0.12), T('p', 'Laboratory Education Council', s=12, g=0.3), T('space', h=30),
          T('h1', 'In-Service Attendance Certificate', s=20), T('space', h=6),
          T('p', 'The employee named below attended the following in-service education session:'),
          T('title', 'Annual Laboratory Fire and Electrical Safety Review', s=14),
          T('cols', labels=['EMPLOYEE', 'DATE', 'IN-SERVICE NO.', 'CE HOURS'], values=['Bridget O\u2019Sullivan, MLT', 'January 22, 2025', 'IS-25-004', '0.5']),
          T('cols', labels=['EMPLOYEE NO.', 'DEPARTMENT', 'PRESENTER', 'LOCATION'], values=['E-440918', 'Core Laboratory', 'Felix Amundsen, Safety Officer', 'Conference Room B']),
          T('sig', signers=[['Teresa Kang, MLS(ASCP)', 'Education Council Chair']], gap=40),
          T('foot', 'Mercy Valley Hospital | 88 Orchard Road, Yakima Falls, WA 98903 | Form LAB-ED-07 rev. 2023')])

# 32 public health lab webinar (fodt) -----------------------------------------
C('zv32', 'public health laboratory', 'fodt', ['portrait', 'centred', 'border', 'provider only in accreditation statement + issuer', 'format line Live Virtual Session', 'Program No. without colon'],
  'State-style public health laboratory (invented) sentinel laboratory training; "Live Virtual Session" format line; Program No. without colon.',
  dict(name='Abdirahman Yusuf', title='Sentinel Laboratory Rule-Out of Select Agents: Brucella, Francisella, and Yersinia pestis',
       date='2025-05-07', credits=2.0, unit='contact hour', provider=['Tri-County Regional Public Health Laboratory'], activity_id='612-330-25'),
  orient='P', border=True, doc_title='Sentinel Laboratory Training Certificate',
  blocks=[T('issuer', 'Tri-County Regional Public Health Laboratory', s=14, g=0.12), T('small', 'Bioterrorism and Emerging Threats Program'), T('space', h=20),
          T('h1', 'Certificate of Completion', s=24), T('p', 'This certifies that', sp=10), T('name', 'Abdirahman Yusuf, MLS(ASCP)CM', s=18),
          T('p', 'completed the'), T('p', 'Live Virtual Session', f='Helvetica-Oblique', s=12, g=0.3),
          T('title', 'Sentinel Laboratory Rule-Out of Select Agents: Brucella, Francisella, and Yersinia pestis', s=14),
          T('p', 'Held May 7, 2025'), T('p', 'Program No. 612-330-25  \u2022  2.0 contact hours'),
          T('small', 'Tri-County Regional Public Health Laboratory ' + PACE),
          T('sig', signers=[['Mei-Ling Chow, PhD, HCLD(ABB)', 'Laboratory Director'], ['Oscar Delgado, MPH', 'Training Coordinator']], gap=34),
          T('foot', 'This certificate does not certify competency to perform select agent testing.')])

# 33 joint accreditation CME landscape (canvas) ---------------------------------
C('zv33', 'joint-accreditation CME', 'canvas', ['landscape', 'centred', 'border', 'seal', 'several credit types incl. ABPath SAM', 'maximum vs claimed', 'provider with "and"'],
  'University medical-center CME office, jointly accredited; claimed P.A.C.E. 3.0 of max 3.5 is gold; AMA PRA/ANCC/ABPath figures are distractors.',
  dict(name='Evelyn Marsh-Kaplan', title='Hematopathology Update and Case Review 2025', date='2025-04-05', credits=3.0, unit='contact hour',
       provider=['Northbridge University Medical Center', 'Northbridge University Medical Center, Office of Continuing Medical and Interprofessional Education'], activity_id='25-HP-0405'),
  orient='L', border=True, theme='award', seal=dict(text=['JOINTLY', 'ACCREDITED']), doc_title='CME Certificate',
  blocks=[T('issuer', 'NORTHBRIDGE UNIVERSITY MEDICAL CENTER', s=12, g=0.15), T('small', 'Office of Continuing Medical and Interprofessional Education'),
          T('h1', 'Certificate of Participation', sp=4, s=28), T('name', 'Dr. Evelyn Marsh-Kaplan, MD', s=24),
          T('p', 'participated in the live activity'), T('title', 'Hematopathology Update and Case Review 2025'),
          T('p', 'April 5, 2025  \u2022  Activity No. 25-HP-0405', s=11),
          T('table', header=['Credit type', 'Maximum', 'Claimed'], rows=[['AMA PRA Category 1 Credits\u2122', '3.5', '3.5'], ['ABPath CC SAM credit', '3.5', '3.5'], ['ANCC contact hours', '3.5', '0'], ['P.A.C.E.\u00ae contact hours', '3.5', '3.0']], tw=360, widths=[0.6, 0.2, 0.2], s=9),
          T('small', 'In support of improving patient care, Northbridge University Medical Center is jointly accredited by the ACCME, ACPE, and ANCC. Northbridge University Medical Center ' + PACE),
          T('foot', 'Claimed 04/12/2025 | Joint Accreditation Provider #4008921')])

# 34 university CEU (platypus) --------------------------------------------------
C('zv34', 'university CEU', 'platypus', ['portrait', 'left-aligned letter', 'CEU', 'two-column label/value', 'conferral date distractor', 'office as provider'],
  'University professional & continuing studies letter certificate; 0.6 CEU -> 6 points; conferral/issue date is a distractor; course ends Nov 21.',
  dict(name='Kwame Asante-Boateng', title='Laboratory Management Essentials: Budgeting, Staffing, and Quality Indicators',
       date='2024-11-21', credits=0.6, unit='CEU', provider=['Ridgeview University', 'Ridgeview University, School of Professional and Continuing Studies'], activity_id='LMGT 5020'),
  orient='P', align='l', doc_title='Ridgeview University CEU Certificate',
  blocks=[T('issuer', 'Ridgeview University', s=18, g=0.12, f='Times-Bold'), T('p', 'School of Professional and Continuing Studies', s=11, g=0.3), T('rule'),
          T('space', h=20), T('p', 'December 3, 2024'), T('space', h=10),
          T('p', 'To whom it may concern:'),
          T('p', 'This letter certifies that Kwame Asante-Boateng, MLS(ASCP)CM, successfully completed the non-credit professional development course listed below.'),
          T('kv', rows=[['Course:', 'Laboratory Management Essentials: Budgeting, Staffing, and Quality Indicators'], ['Course number:', 'LMGT 5020'], ['Course dates:', 'October 31 \u2013 November 21, 2024'], ['Continuing Education Units:', '0.6 CEU (6 contact hours)'], ['Student number:', 'R10448213']], lw=170),
          T('p', 'Ridgeview University awards CEUs in accordance with the criteria of the International Accreditors for Continuing Education and Training (IACET).', s=10),
          T('sig', signers=[['Andrea Pellegrini, EdD', 'Registrar, School of Professional and Continuing Studies']], gap=36),
          T('foot', 'Ridgeview University | 500 College Hill Road, Ridgeview, VT 05401')])

# 35 vendor training (tcpdf) ---------------------------------------------------
C('zv35', 'vendor', 'tcpdf', ['landscape', 'centred', 'border', 'vendor instrument training', 'serial number distractor', 'title contains Orientation', 'CE hours'],
  'Vendor operator training; instrument serial number and training completion certificate number are distractors; "Training ID" is the activity id.',
  dict(name='Elif Yüksel-Carter', title='Corvane HX-900 Hematology Analyzer Operator Orientation and Maintenance', date='2025-02-06', credits=8.0, unit='CE hour',
       provider=['Corvane Instruments, LLC', 'Corvane Instruments'], activity_id='TR-HX9-0206'),
  orient='L', border=True, doc_title='Corvane Training Certificate',
  blocks=[T('issuer', 'Corvane Instruments, LLC  \u2022  Customer Training Center', s=12, g=0.15), T('h1', 'Certificate of Training', sp=8),
          T('p', 'This certifies that'), T('name', 'Elif Yüksel-Carter, MLS(ASCP)', s=20), T('p', 'has completed'),
          T('title', 'Corvane HX-900 Hematology Analyzer Operator Orientation and Maintenance'),
          T('p', 'February 3\u20136, 2025 (on-site, 4 sessions)  \u2022  Training ID: TR-HX9-0206  \u2022  8.0 CE hours', s=11),
          T('small', 'Instrument S/N HX9-22A-04417  \u2022  Certificate No. CV-2025-01877'),
          T('small', 'Corvane Instruments ' + PACE),
          T('sig', signers=[['Roland Meyers', 'Field Applications Specialist'], ['Denise Carrow, MT(ASCP)', 'Manager, Customer Training']], gap=26),
          T('foot', 'Corvane Instruments, LLC | 2200 Innovation Way, Durham, NC 27709')])

# 36 ASCP self-study (fpdf) ----------------------------------------------------
C('zv36', 'ASCP', 'fpdf', ['portrait', 'left-aligned', 'bar', 'format line Self-Study Module', 'provider with "for"', 'two-column label/value', 'expiry date distractor'],
  'ASCP self-study; "Self-Study Module" format line; "Credit expiration" and "claim date" are distractors.',
  dict(name='William H. Carrington III', title='Flow Cytometry Gating Strategies for Minimal Residual Disease in B-Lymphoblastic Leukemia',
       date='2024-07-15', credits=2.0, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='SS-24-0719'),
  orient='P', align='l', bar=True, doc_title='ASCP Self-Study Certificate',
  blocks=[T('issuer', 'American Society for Clinical Pathology', s=15, g=0.12), T('small', 'ASCP Learning Center'), T('space', h=26),
          T('h1', 'Certificate of Credit', s=22), T('p', 'Presented to', sp=8), T('name', 'William H. Carrington III, SH(ASCP)CM', s=17),
          T('p', 'for completing the'), T('p', 'Self-Study Module', f='Helvetica-Oblique', g=0.3),
          T('title', 'Flow Cytometry Gating Strategies for Minimal Residual Disease in B-Lymphoblastic Leukemia', s=14),
          T('kv', rows=[['Activity ID', 'SS-24-0719'], ['Completion date', 'July 15, 2024'], ['Credits earned', '2.0 CMLE'], ['Credit claimed on', 'July 20, 2024'], ['Activity expires', 'December 31, 2025']]),
          T('small', 'ASCP designates this enduring activity for a maximum of 2.0 CMLE credits. ASCP is accredited by the ACCME to provide continuing medical education for physicians.', a='l'),
          T('foot', 'American Society for Clinical Pathology | ascp.org | Certificate #: 4408871023')])

# 37 ASCLS webinar (acroform) -------------------------------------------------
C('zv37', 'ASCLS', 'acroform', ['landscape', 'centred', 'border', 'filled form fields', 'eCast/webinar format line', 'long wrapped title + labelled date line'],
  'ASCLS own webinar; ASCLS is both provider and P.A.C.E. program owner. "Live Webinar" format line; name/title/date as flattened fields.',
  dict(name='Rosalind Achterberg', title='Leading Through Staffing Shortages: Cross-Training, Competency Assessment, and Retention in the Clinical Laboratory',
       date='2025-03-12', credits=1.0, unit='contact hour', provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='W2503'),
  orient='L', border=True, doc_title='ASCLS Webinar Certificate',
  blocks=[T('issuer', 'American Society for Clinical Laboratory Science (ASCLS)', s=13, g=0.12), T('h1', 'Certificate of Participation', sp=10),
          T('p', 'This certificate is awarded to'), T('name', 'Rosalind Achterberg', field=True),
          T('p', 'for participation in the'), T('p', 'Live Webinar', f='Helvetica-Oblique', s=12, g=0.3),
          T('title', 'Leading Through Staffing Shortages: Cross-Training, Competency Assessment, and Retention in the Clinical Laboratory', field=True, w=560, after=2),
          T('kv', rows=[['Date of webinar:', 'March 12, 2025'], ['Program number:', 'W2503'], ['P.A.C.E.\u00ae contact hours:', '1.0']], field=True, lw=160, indent=200),
          T('small', 'ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.'),
          T('foot', 'ASCLS | ascls.org | Registration confirmation 55-88120')])

# 38 regional histology society, two pages (postscript) ---------------------------
C('zv38', 'state/regional society', 'postscript', ['portrait', 'centred', 'border', 'two pages', 'meeting attendance + session list', 'letter-spaced ALL-CAPS name', 'title contains Meeting'],
  'Two pages: page 1 meeting attendance (title = meeting name, last day of range), page 2 list of sessions with hours (sum = 7.0). Letter-spaced ALL-CAPS name.',
  dict(name='NOOR AL-HASHIMI', title='Great Plains Histology Society Annual Meeting', date='2025-04-26', credits=7.0, unit='contact hour',
       provider=['Great Plains Histology Society', 'GPHS'], activity_id=None),
  orient='P', border=True, theme='award', doc_title='GPHS Annual Meeting Certificate',
  blocks=[T('issuer', 'GREAT PLAINS HISTOLOGY SOCIETY (GPHS)', s=12, g=0.15), T('space', h=30), T('h1', 'Certificate of Attendance', s=28),
          T('p', 'This certifies that', sp=14), T('name', 'N O O R   A L - H A S H I M I', f='Helvetica-Bold', s=17),
          T('p', 'attended the', sp=4), T('title', 'Great Plains Histology Society Annual Meeting', s=17),
          T('p', 'April 25\u201326, 2025  \u2022  Wichita, Kansas'), T('p', 'Total contact hours: 7.0 (see session record on page 2)', s=11),
          T('small', 'The Great Plains Histology Society ' + PACE, w=430),
          T('sig', signers=[['Vera Lindahl, HTL(ASCP)', 'GPHS President'], ['Omar Reyes, HT(ASCP)', 'Program Chair']], gap=40),
          T('foot', 'GPHS | Page 1 of 2'),
          T('page'), T('h2', 'Session Record'), T('small', 'Attendee: NOOR AL-HASHIMI  \u2022  Badge 0117'),
          T('table', header=['Date', 'Session', 'Hours'], rows=[['04/25/2025', 'Decalcification Endpoints', '1.5'], ['04/25/2025', 'IHC Antigen Retrieval', '2.0'], ['04/26/2025', 'Frozen Section Quality', '1.5'], ['04/26/2025', 'Special Stains Workshop', '2.0'], ['', 'Total', '7.0']], widths=[0.2, 0.6, 0.2])])

# 39 hospital in-service, lab education department (canvas) ----------------------
C('zv39', 'hospital in-service', 'canvas', ['landscape', 'centred', 'border', 'department as provider', 'Grand Rounds series in title', 'presented by speaker'],
  'Hospital pathology department grand rounds credited by the Department of Pathology and Laboratory Medicine education office. "presented by" speaker is a distractor.',
  dict(name='Tomás Villarreal Jr.', title='Laboratory Grand Rounds: Investigating a Pseudo-Outbreak of Mycobacterium gordonae', date='2024-09-24', credits=1.0, unit='CE hour',
       provider=['Lakeview Memorial Hospital', 'Lakeview Memorial Hospital, Department of Pathology and Laboratory Medicine'], activity_id='GR-0924'),
  orient='L', border=True, theme='award', doc_title='Grand Rounds Certificate',
  blocks=[T('issuer', 'LAKEVIEW MEMORIAL HOSPITAL', s=13, g=0.15), T('small', 'Department of Pathology and Laboratory Medicine'),
          T('h1', 'Certificate of Attendance', sp=10), T('p', 'This certifies that'), T('name', 'Tomás Villarreal Jr., MLS(ASCP)CM'),
          T('p', 'attended'), T('title', 'Laboratory Grand Rounds: Investigating a Pseudo-Outbreak of Mycobacterium gordonae'),
          T('p', 'presented by Lydia Ferraro, PhD, D(ABMM)', f='Times-Italic', s=12),
          T('p', 'September 24, 2024  \u2022  Session GR-0924  \u2022  1.0 CE hour', s=11),
          T('sig', signers=[['Martin Ebert, MD', 'Chair, Pathology and Laboratory Medicine'], ['Alicia Moreno, MLS(ASCP)', 'Laboratory Education Coordinator']], gap=30),
          T('foot', 'Lakeview Memorial Hospital | 3000 Shore Drive, Lakeview, MI 49946')])

# 40 P.A.C.E. provider reference laboratory (platypus) -----------------------------
C('zv40', 'P.A.C.E. provider', 'platypus', ['landscape', 'centred', 'border', 'seal', 'issuer line', 'format line eCast', 'long wrapped title + labelled date line', 'Program No. without colon'],
  'Reference laboratory education eCast; provider printed only as issuer line under the heading and in the P.A.C.E. statement; Program No. without colon.',
  dict(name='Anneliese Hartmann-Obi', title='Interpreting Autoimmune Encephalitis Antibody Panels: Cell-Based Assays, Tissue IFA, and Reflex Testing Strategies',
       date='2025-06-10', credits=1.0, unit='contact hour', provider=['Summit Ridge Reference Laboratories'], activity_id='733-118-25'),
  orient='L', border=True, theme='award', seal=dict(text=['SUMMIT', 'RIDGE'], x=690, y=110), doc_title='eCast Certificate',
  blocks=[T('h1', 'Certificate of Completion', s=30), T('small', 'issued by Summit Ridge Reference Laboratories', s=11),
          T('p', 'This certifies that', sp=10), T('name', 'Anneliese Hartmann-Obi, MLS(ASCP)CM'),
          T('p', 'completed the'), T('p', 'eCast', f='Helvetica-Oblique', s=12, g=0.3),
          T('title', 'Interpreting Autoimmune Encephalitis Antibody Panels: Cell-Based Assays, Tissue IFA, and Reflex Testing Strategies', w=560, after=2),
          T('p', 'Completion date: June 10, 2025', s=11), T('p', 'Program No. 733-118-25  \u2022  1.0 contact hour', s=11),
          T('small', 'Summit Ridge Reference Laboratories ' + PACE),
          T('foot', 'Certificate ID 3B71-0092 | Printed 06/11/2025')])
