#!/usr/bin/python3
"""Generator for the certs-y blind test set: writes yNN.pdf + yNN.gold.json (sources in src/)."""
import os, sys, json, subprocess, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import *

C = []
def add(id, style, producer, layout, notes, gold, els, **page):
    C.append(dict(id=id, style=style, producer=producer, layout=layout, notes=notes, gold=gold, els=els, **page))

PACE = 'is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'

# ---------------------------------------------------------------- y01-y10
add('y01', 'ascp-cmle', 'chromium', ['landscape', 'centred-award', 'double-border', 'seal', 'letter-spaced-name', 'signature', 'labels-above-values'],
    'Letter-spaced name with trailing credential; certificate no. and issue date are distractors.',
    dict(name='Marisol T. Quintanilla', title='Hemoglobinopathies in the Era of HPLC and Capillary Electrophoresis: A Case-Based Review',
         date='2026-01-14', credits=1.0, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='HEM-2417-OD'),
    [T('American Society for Clinical Pathology', 16, b=True, ls=1, fam='T'),
     T('ASCP Continuing Education', 10, i=True, after=10),
     T('Certificate of Completion', 30, i=True, fam='T', after=8),
     T('This certifies that', 11),
     T('Marisol T. Quintanilla, MLS(ASCP)CM', 21, b=True, ls=2.5, after=6),
     T('has successfully completed the online course', 11),
     T('Hemoglobinopathies in the Era of HPLC and Capillary Electrophoresis: A Case-Based Review', 15, b=True, after=6),
     T('and is awarded 1.0 CMLE credit (Continuing Medical Laboratory Education)', 11, after=10),
     COLS([('Course ID', 'HEM-2417-OD'), ('Date Completed', 'January 14, 2026'), ('Certificate No.', 'C-00918273'), ('Date Issued', 'January 15, 2026')]),
     SIG([('Renata Ashcombe, MD, FASCP', 'Chair, Council on Continuing Education')]),
     T('ASCP ' + PACE + ' CMLE credits are acceptable for the ASCP Board of Certification Credential Maintenance Program (CMP).', 8, i=True)],
    orient='L', border=2, fam='T', seal=(650, 400), doctitle='ASCP CMLE Certificate')

add('y02', 'aabb', 'fodt', ['portrait', 'centred-header', 'two-column-label-value', 'format-word-line', 'single-border'],
    'eCast format word on its own line; honorific Dr. on name; registration no. and generated date are distractors; physician credit also printed.',
    dict(name='Olufemi A. Adeyemi-Ross', title='Patient Blood Management Metrics That Matter: Building a Transfusion Dashboard Your Medical Staff Will Actually Use',
         date='2025-10-22', credits=1.5, unit='contact hour', provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'], activity_id='25EC-117'),
    [T('AABB', 30, b=True, color=(0.55, 0.05, 0.1), after=2),
     T('Association for the Advancement of Blood & Biotherapies', 11, after=6),
     RULE(),
     T('CERTIFICATE OF ATTENDANCE', 16, b=True, ls=3, after=10),
     T('eCast', 11, i=True, after=4),
     T('Patient Blood Management Metrics That Matter: Building a Transfusion Dashboard Your Medical Staff Will Actually Use', 14, b=True, after=14),
     KV([('Participant', 'Dr. Olufemi A. Adeyemi-Ross'), ('Broadcast date', 'October 22, 2025'), ('Program number', '25EC-117'),
         ('Registration no.', 'R-4471902'), ('Laboratory credit', '1.5 P.A.C.E.® contact hours'),
         ('Physician credit', '1.5 AMA PRA Category 1 Credits™ (if claimed)')], lw=0.3),
     T('AABB ' + PACE + ' AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians.', 9, al='L', after=10),
     T('Certificate generated November 3, 2025 · Keep for your records', 8, i=True)],
    border=1, doctitle='AABB eCast attendance')

add('y03', 'cap-joint', 'reportlab', ['portrait', 'centred-award', 'all-caps-name', 'two-column-label-value', 'credit-table', 'format-word-line'],
    'Joint accreditation; AMA PRA 1.25 and ABPath credit are distractors, P.A.C.E. 1.0 counts; customer number distractor.',
    dict(name='KENJI R. WATANABE-HOLT', title='Quality Management in Anatomic Pathology: Reducing Pre-Analytic Errors',
         date='2026-02-09', credits=1.0, unit='contact hour', provider=['College of American Pathologists', 'CAP'], activity_id='CAP-EM-26-0342'),
    [T('College of American Pathologists', 20, b=True, fam='T', after=2),
     T('CAP Learning', 10, color=(0.4, 0.4, 0.4), after=14),
     T('Certificate of Participation', 24, i=True, fam='T', after=10),
     T('Awarded to', 10),
     T('KENJI R. WATANABE-HOLT', 18, b=True, after=8),
     T('for participation in', 10),
     T('Quality Management in Anatomic Pathology: Reducing Pre-Analytic Errors', 14, b=True, after=3),
     T('Enduring Material', 10, i=True, after=14),
     KV([('Activity ID', 'CAP-EM-26-0342'), ('Completion date', 'February 9, 2026'), ('Customer number', '884120-3')], lw=0.3),
     TAB(['Credit type', 'Amount'], [['AMA PRA Category 1 Credit™ (physicians)', '1.25'], ['P.A.C.E.® contact hours (laboratory professionals)', '1.0'],
                                     ['ABPath Continuing Certification self-assessment credit', '1.25']], widths=[0.75, 0.25]),
     T('In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of 1.25 AMA PRA Category 1 Credits™. The CAP ' + PACE, 8, al='L')],
    doctitle='CAP certificate')

add('y04', 'ascls-pace-provider', 'docx', ['portrait', 'left-aligned', 'two-column-label-value', 'signature', 'suffix-name'],
    'Name with Jr. suffix and credential; member ID, provider # and issue date are distractors.',
    dict(name='Dwight E. Farraday Jr.', title='Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed and Why',
         date='2025-11-18', credits=2.0, unit='contact hour', provider=['Lakeshore Regional Laboratory Alliance', 'LRLA'], activity_id='560-214-25'),
    [T('Lakeshore Regional Laboratory Alliance', 17, b=True, al='L', after=2),
     T('Continuing Education Record', 12, al='L', color=(0.3, 0.3, 0.3), after=4),
     RULE(after=10),
     KV([('Participant name', 'Dwight E. Farraday Jr., MT(ASCP)'), ('Program title', 'Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed and Why'),
         ('P.A.C.E.® course number', '560-214-25'), ('Date of program', 'November 18, 2025'),
         ('Format', 'Live, in person (Lakeshore General Hospital, Conference Room B)'), ('Contact hours awarded', '2.0'),
         ('Level of instruction', 'Intermediate'), ('Member ID', 'LRLA-00731')], lw=0.34, after=12),
     T('The Lakeshore Regional Laboratory Alliance (LRLA) ' + PACE + ' Provider #560.', 9.5, al='L', after=8),
     SIG([('Colette Mbeki-Haran, MS, MLS(ASCP)CM', 'Education Coordinator, LRLA')]),
     T('Retain this record for a minimum of four years. Date issued: 11/20/2025', 8, al='L')],
    doctitle='LRLA CE record')

add('y05', 'labce', 'fpdf', ['portrait', 'left-aligned', 'small-table', 'title-with-Safety'],
    'Course details only in a table row; customer ID and printed date are distractors.',
    dict(name='Priya Natarajan-Okafor', title='Laboratory Safety: Chemical Hygiene and Safety Data Sheets',
         date='2026-03-02', credits=1.0, unit='contact hour', provider=['LabCE'], activity_id='1184'),
    [T('LabCE', 28, b=True, al='L', color=(0.0, 0.45, 0.5), after=0),
     T('Online continuing education for the clinical laboratory', 9, i=True, al='L', after=24),
     T('Certificate of Completion', 22, b=True, al='L', after=12),
     T('Awarded to', 10, al='L', after=2),
     T('Priya Natarajan-Okafor', 17, b=True, al='L', after=16),
     TAB(['Course', 'Course #', 'Completed', 'Contact Hours'], [['Laboratory Safety: Chemical Hygiene and Safety Data Sheets', '1184', '03/02/2026', '1.0']],
         widths=[0.58, 0.11, 0.15, 0.16], size=9.5, after=14),
     T('Customer ID: 2290481      Level: Basic      Printed: 03/05/2026', 9, al='L', after=14),
     T('LabCE ' + PACE, 9, al='L', after=4),
     T('Verify this certificate online using the customer ID above.', 8, i=True, al='L')],
    doctitle='LabCE Certificate')

add('y06', 'medialab', 'tcpdf', ['portrait', 'left-aligned', 'labels-above-values', 'title-with-Date'],
    'Three rows of labelled columns; employee ID, facility and certificate # are distractors; ISO completion date.',
    dict(name='Beatriz Soto-Villanueva', title='Patient Identification and Specimen Labeling: Collection Date and Time Requirements',
         date='2026-01-27', credits=1.5, unit='CE hour', provider=['MediaLab, Inc.', 'MediaLab'], activity_id='ML-PISL-104'),
    [T('MediaLab, Inc.', 22, b=True, al='L', after=2),
     T('Compliance & Continuing Education', 10, al='L', after=6),
     RULE(after=12),
     T('CERTIFICATE OF COMPLETION', 15, b=True, ls=1.5, al='L', after=8),
     T('This document verifies that the learner named below completed the course listed and passed its post-test with a score of 80% or higher.', 10, al='L', after=14),
     COLS([('Learner', 'Beatriz Soto-Villanueva'), ('Completion Date', '2026-01-27'), ('CE Hours', '1.5')]),
     COLS([('Course', 'Patient Identification and Specimen Labeling: Collection Date and Time Requirements')]),
     COLS([('Course Number', 'ML-PISL-104'), ('Employee ID', 'E-55812'), ('Certificate #', '8F3A-22C1')], after=16),
     T('MediaLab, Inc. ' + PACE + ' Course ML-PISL-104 is approved for 1.5 CE hours.', 9, al='L')],
    doctitle='MediaLab certificate')

add('y07', 'state-society-meeting', 'chromium', ['landscape', 'centred-award', 'labels-above-values', 'date-range', 'two-signatures', 'single-border'],
    'Meeting attendance without session title: title is the meeting name; date range (last day); registration no. and issue date distractors.',
    dict(name='Graham P. Ellesmere', title='KSCLS 2026 Annual Convention & Exhibit Show',
         date='2026-04-18', credits=11.5, unit='contact hour', provider=['Keystone Society for Clinical Laboratory Science', 'KSCLS'], activity_id='172-800-26'),
    [T('Keystone Society for Clinical Laboratory Science', 19, b=True, fam='T', after=0),
     T('a constituent society of ASCLS', 9, i=True, after=10),
     T('Certificate of Attendance', 26, fam='T', after=8),
     T('KSCLS 2026 Annual Convention & Exhibit Show', 16, b=True, after=2),
     T('Millbrook Conference Center, Harrisburg, Pennsylvania', 10, i=True, after=14),
     COLS([('Attendee', 'Graham P. Ellesmere'), ('Dates', 'April 16–18, 2026'), ('P.A.C.E.® contact hours', '11.5'), ('Registration no.', 'KS26-0419')]),
     T('KSCLS ' + PACE + ' P.A.C.E.® event number 172-800-26.', 9, after=4),
     SIG([('Lorraine V. Deshpande, MLS(ASCP)', 'President, KSCLS'), ('Howard Tsai, MS, SC(ASCP)', 'Chair, Continuing Education Committee')]),
     T('Issued April 30, 2026', 8, al='R')],
    orient='L', border=1, doctitle='KSCLS attendance')

add('y08', 'regional-society-meeting', 'gs', ['portrait', 'centred-header', 'two-column-label-value', 'date-range-distractor', 'serif'],
    'Session certificate at a three-day conference: date is the session date, not the conference range; badge no. distractor.',
    dict(name='Ruth-Ann Kowalczyk', title='Urine Sediment Morphology Workshop: Casts, Crystals, and Cellular Look-Alikes',
         date='2025-09-25', credits=3.0, unit='contact hour', provider=['Tri-State Laboratory Professionals Association', 'TSLPA'], activity_id='W-07'),
    [T('Great Plains Regional Laboratory Conference', 18, b=True, after=2),
     T('September 24-26, 2025  |  Sioux Falls, South Dakota', 10, after=2),
     T('presented by the Tri-State Laboratory Professionals Association (TSLPA)', 10, i=True, after=18),
     T('SESSION CREDIT CERTIFICATE', 15, b=True, ls=2, after=16),
     KV([('Name', 'Ruth-Ann Kowalczyk, MLT(ASCP)'), ('Session', 'Urine Sediment Morphology Workshop: Casts, Crystals, and Cellular Look-Alikes'),
         ('Session code', 'W-07'), ('Session date', 'September 25, 2025'), ('Contact hours', '3.0 (P.A.C.E.®)'), ('Badge no.', '0388')], lw=0.25, after=16),
     T('The Tri-State Laboratory Professionals Association ' + PACE, 9, al='L', after=20),
     SIG([('Marguerite Olander, MS, MLS(ASCP)', 'Conference Chair')])],
    fam='T', doctitle='GPRLC session certificate')

add('y09', 'hospital-inservice', 'gs', ['landscape', 'centred-award', 'double-border', 'title-with-Orientation', 'signature', 'no-activity-id'],
    'Department issues it: provider is hospital and hospital+department; employee no. and expiry date distractors; no activity number.',
    dict(name='Naomi J. Fairweather', title='Annual Laboratory Safety Orientation: Fire, Chemical, and Bloodborne Pathogen Safety',
         date='2025-06-10', credits=2.0, unit='contact hour',
         provider=['St. Brendan Medical Center', 'St. Brendan Medical Center, Department of Pathology and Laboratory Medicine'], activity_id=None),
    [T('St. Brendan Medical Center', 20, b=True, after=2),
     T('Department of Pathology and Laboratory Medicine', 12, after=2),
     T('Laboratory In-Service Education', 10, i=True, after=18),
     T('Certificate of In-Service Attendance', 24, i=True, after=14),
     T('Naomi J. Fairweather', 20, b=True, after=10),
     T('attended', 11, after=4),
     T('Annual Laboratory Safety Orientation: Fire, Chemical, and Bloodborne Pathogen Safety', 15, b=True, after=6),
     T('on June 10, 2025, and is credited with 2.0 contact hours of continuing education.', 11, after=8),
     T('Employee no. 204417   |   Annual requirement valid through June 30, 2026', 9, after=6),
     SIG([('Dolores Achterberg, MD', 'Medical Director, Clinical Laboratories'), ('Ivan Petrakis, MLS(ASCP)', 'Laboratory Safety Officer')])],
    orient='L', border=2, fam='T', doctitle='In-service certificate')

add('y10', 'joint-accreditation-cme', 'tcpdf', ['portrait', 'left-aligned', 'credit-table', 'format-word-line', 'suffix-name', 'two-column-label-value'],
    'Four credit types; P.A.C.E. 2.0 counts, AMA PRA/ANCC/ACPE 1.75 and 0.175 CEU are distractors; claim date distractor; office of an institution.',
    dict(name='Thaddeus O. Mbatha III', title='Sepsis Diagnostics Across the Care Continuum: Lactate, Procalcitonin, and Rapid Molecular Panels',
         date='2025-12-04', credits=2.0, unit='contact hour',
         provider=['Meridian University Health', 'Meridian University Health, Office of Continuing Professional Development'], activity_id='25-GR-1143'),
    [T('Meridian University Health', 18, b=True, al='L', after=1),
     T('Office of Continuing Professional Development', 11, al='L', color=(0.3, 0.3, 0.3), after=14),
     T('Certificate of Credit', 20, al='L', after=12),
     T('Sepsis Diagnostics Across the Care Continuum: Lactate, Procalcitonin, and Rapid Molecular Panels', 14, b=True, al='L', after=2),
     T('LIVE WEBINAR', 9, b=True, al='L', ls=1, color=(0.7, 0.1, 0.1), after=12),
     KV([('Learner', 'Thaddeus O. Mbatha III'), ('Activity ID', '25-GR-1143'), ('Date of activity', 'December 4, 2025'), ('Credit claimed on', 'December 9, 2025')], lw=0.28, after=10),
     TAB(['Profession', 'Credit designation', 'Awarded'],
         [['Physicians', 'AMA PRA Category 1 Credits™', '1.75'], ['Nurses', 'ANCC nursing contact hours', '1.75'],
          ['Pharmacists', 'ACPE credit (0.175 CEU); UAN JA0007788-0000-25-091-L01-P', '1.75'],
          ['Laboratory professionals', 'ASCLS P.A.C.E.® contact hours', '2.0']], widths=[0.28, 0.56, 0.16], after=12),
     T('In support of improving patient care, Meridian University Health is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Meridian University Health designates this live activity for a maximum of 1.75 AMA PRA Category 1 Credits™. Meridian University Health ' + PACE, 8, al='L')],
    doctitle='Certificate of Credit')

# ---------------------------------------------------------------- y11-y20
add('y11', 'university-ceu', 'fodt', ['portrait', 'centred-award', 'double-border', 'two-signatures', 'date-range', 'labels-above-values'],
    'CEU unit (1.2 CEU = 12 contact hours; points 12); course ran Jan 12 - Mar 6; conferral date and transcript no. distractors.',
    dict(name='Harriet L. Okonkwo-Sandberg', title='Molecular Diagnostics for the Clinical Laboratory: PCR, Sequencing, and Assay Validation',
         date='2026-03-06', credits=1.2, unit='CEU',
         provider=['University of Northern Cascadia', 'University of Northern Cascadia, Division of Continuing Studies'], activity_id='MLS 4190-CE'),
    [T('UNIVERSITY OF NORTHERN CASCADIA', 18, b=True, ls=2, fam='T', after=2),
     T('Division of Continuing Studies', 12, i=True, fam='T', after=20),
     T('Certificate of Continuing Education', 24, fam='T', after=16),
     T('Be it known that', 11, i=True, after=6),
     T('Harriet L. Okonkwo-Sandberg', 22, fam='T', after=8),
     T('has satisfactorily completed the non-credit professional course', 11, after=6),
     T('Molecular Diagnostics for the Clinical Laboratory: PCR, Sequencing, and Assay Validation', 15, b=True, fam='T', after=6),
     T('January 12 – March 6, 2026 (online, instructor-led)', 10, after=14),
     T('and is awarded 1.2 Continuing Education Units (CEU), equivalent to 12 contact hours of instruction.', 11, after=16),
     COLS([('Course number', 'MLS 4190-CE'), ('Transcript no.', 'T-26-0077415'), ('Date conferred', 'March 13, 2026')], after=10),
     SIG([('Prof. Anders Kvaløy, PhD', 'Dean, Division of Continuing Studies'), ('Simone Delacroix-Ward, MS, MLS(ASCP)CM', 'Program Director, Medical Laboratory Science')]),
     T('One CEU equals ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction, and qualified instruction.', 8, i=True)],
    border=2, fam='T', doctitle='UNC Continuing Studies certificate')

add('y12', 'vendor-training', 'reportlab', ['landscape', 'centred-award', 'single-border', 'seal', 'date-range', 'two-column-label-value', 'title-with-Program'],
    'Three-day operator course, last day counts; instrument serial no. and customer account no. distractors.',
    dict(name='Marcus D. Lindqvist', title='Hematology Analyzer Key Operator Training Program: VX-5200 Series',
         date='2026-03-11', credits=16.0, unit='contact hour', provider=['Veridian Diagnostics, Inc.', 'Veridian Diagnostics'], activity_id='KOT-5200-2611'),
    [T('VERIDIAN DIAGNOSTICS', 20, b=True, ls=3, color=(0.05, 0.3, 0.45), after=1),
     T('Customer Education Center  ·  Veridian Diagnostics, Inc.', 9, after=18),
     T('Certificate of Training', 26, i=True, fam='T', after=10),
     T('Marcus D. Lindqvist', 20, b=True, after=8),
     T('has completed the instructor-led course', 10, after=4),
     T('Hematology Analyzer Key Operator Training Program: VX-5200 Series', 15, b=True, after=12),
     KV([('Class number', 'KOT-5200-2611'), ('Training dates', 'March 9–11, 2026'), ('Location', 'Veridian Training Center, Raleigh, North Carolina'),
         ('Continuing education', '16.0 contact hours (ASCLS P.A.C.E.®)'), ('Instrument serial no.', 'VX52-118840'), ('Customer account no.', '0041-77213')], lw=0.3, after=6),
     T('Veridian Diagnostics, Inc. ' + PACE, 8, i=True, after=6),
     SIG([('Priscilla Nakamura-Boyd', 'Manager, Customer Education'), ('Owen Castellanos', 'Lead Field Application Specialist')])],
    orient='L', border=1, seal=(690, 500), margin=70, doctitle='Veridian training certificate')

add('y13', 'webinar', 'chromium', ['portrait', 'left-aligned', 'format-word-line', 'labels-above-values', 'ACCENT'],
    'ADLM LIVE WEBINAR; ACCENT contact hours; order no. and issue date distractors.',
    dict(name='Yusuf K. Abernathy', title='Mass Spectrometry in Therapeutic Drug Monitoring: Immunosuppressants and Beyond',
         date='2026-02-18', credits=1.5, unit='contact hour', provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id='4417'),
    [T('ADLM', 30, b=True, al='L', color=(0.1, 0.25, 0.55), after=0),
     T('Association for Diagnostics & Laboratory Medicine', 11, al='L', after=24),
     T('Certificate of Participation', 20, al='L', after=16),
     T('LIVE WEBINAR', 9, b=True, ls=1.5, al='L', color=(0.75, 0.2, 0.0), after=2),
     T('Mass Spectrometry in Therapeutic Drug Monitoring: Immunosuppressants and Beyond', 16, b=True, al='L', after=18),
     COLS([('Participant', 'Yusuf K. Abernathy'), ('Webinar date', 'February 18, 2026'), ('ACCENT® activity #', '4417')], after=8),
     COLS([('Credit earned', '1.5 ACCENT® contact hours'), ('Order no.', 'W-2026-118377'), ('Issued', 'February 20, 2026')], after=20),
     T('ADLM is approved by the ASCLS P.A.C.E.® Program and awards ACCENT® credit for its continuing education programs. ACCENT® credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.', 8.5, al='L')],
    css='.pg .fr{padding-top:0.7in}', doctitle='ADLM webinar certificate')

add('y14', 'public-health-lab', 'fpdf', ['portrait', 'centred-header', 'two-column-label-value', 'single-border', 'expiry-distractor'],
    'State public health lab division issues it; training expiry date is a distractor; "Division 6.2" in title.',
    dict(name='Cornelius B. Ashdown', title='Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)',
         date='2025-08-14', credits=3.0, unit='contact hour',
         provider=['Riverlands Department of Public Health', 'RDPH', 'Riverlands Department of Public Health, Division of Laboratory Services'], activity_id='PHL-TRN-0212'),
    [T('Riverlands Department of Public Health (RDPH)', 16, b=True, after=2),
     T('Division of Laboratory Services  ·  Laboratory Training and Outreach', 10, after=22),
     T('TRAINING COMPLETION CERTIFICATE', 16, b=True, ls=1, after=20),
     KV([('Trainee', 'Cornelius B. Ashdown'), ('Course', 'Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)'),
         ('Training ID', 'PHL-TRN-0212'), ('Completed on', 'August 14, 2025'), ('Delivery', 'In person, State Laboratory Building, Room 140'),
         ('Continuing education', '3.0 contact hours'), ('Shipper training valid until', 'August 14, 2027')], lw=0.33, after=18),
     T('The Riverlands Department of Public Health, Division of Laboratory Services, ' + PACE, 9, al='L', after=24),
     SIG([('Gwendolyn Ibarra, DrPH, HCLD(ABB)', 'Director, Division of Laboratory Services')])],
    border=1, margin=64, doctitle='RDPH training certificate')

add('y15', 'nsh', 'docx', ['portrait', 'centred-award', 'format-word-line', 'two-column-label-value', 'double-border'],
    'Self-Study line near the title; member no. and quiz score distractors.',
    dict(name='Anika S. Bergström', title='Frozen Section Technique: Troubleshooting Chatter, Folds, and Freezing Artifact',
         date='2025-07-29', credits=1.0, unit='contact hour', provider=['National Society for Histotechnology', 'NSH'], activity_id='SS-2025-31'),
    [T('National Society for Histotechnology', 18, b=True, color=(0.35, 0.1, 0.45), after=2),
     T('NSH Continuing Education', 10, after=26),
     T('CERTIFICATE OF COMPLETION', 20, ls=2, after=18),
     T('presented to', 10, i=True, after=4),
     T('Anika S. Bergström, HT(ASCP)', 20, b=True, after=14),
     T('Self-Study', 10, i=True, after=2),
     T('Frozen Section Technique: Troubleshooting Chatter, Folds, and Freezing Artifact', 14, b=True, after=18),
     KV([('Self-study number', 'SS-2025-31'), ('Date completed', 'July 29, 2025'), ('Contact hours', '1.0'), ('Post-test score', '90%'), ('NSH member no.', '71-20458')], lw=0.4, after=14),
     T('The National Society for Histotechnology ' + PACE, 8.5, i=True)],
    border=2, doctitle='NSH self-study certificate')

add('y16', 'amt', 'tcpdf', ['landscape', 'centred-award', 'all-caps-name', 'letter-spaced-name', 'double-border', 'seal', 'signature'],
    'Letter-spaced ALL-CAPS name; AMT member ID and expiry of membership are distractors; CE hours unit.',
    dict(name='LUCIA M. FERREIRA-DIAZ', title='Phlebotomy Complications and Patient Safety: Hematoma, Nerve Injury, and Syncope',
         date='2025-05-06', credits=1.5, unit='CE hour', provider=['American Medical Technologists', 'AMT'], activity_id='AMT-OL-3391'),
    [T('American Medical Technologists', 20, b=True, fam='T', after=2),
     T('AMT Continuing Education', 10, i=True, after=18),
     T('This certificate is presented to', 11, after=8),
     T('LUCIA M. FERREIRA-DIAZ', 22, b=True, ls=3, after=10),
     T('in recognition of the successful completion of', 11, after=6),
     T('Phlebotomy Complications and Patient Safety: Hematoma, Nerve Injury, and Syncope', 16, b=True, after=10),
     T('Course code AMT-OL-3391   ·   Completed May 6, 2025   ·   1.5 CE hours', 11, after=6),
     T('AMT member ID 1190-4427  (membership renews 12/31/2025)', 8.5, color=(0.4, 0.4, 0.4), after=6),
     SIG([('Bernadette Quill, MT(AMT)', 'Director, Continuing Education')])],
    orient='L', border=2, seal=(110, 480), margin=70, fam='T', doctitle='AMT CE certificate')

add('y17', 'clsi', 'acroform', ['portrait', 'left-aligned', 'form-fields', 'format-word-line', 'two-column-label-value'],
    'AcroForm fields flattened with qpdf; On-Demand Webinar line; customer no. distractor.',
    dict(name='Elliot J. Varga', title='Verification of Performance for Quantitative Methods Using CLSI EP15',
         date='2025-10-01', credits=1.0, unit='contact hour', provider=['Clinical and Laboratory Standards Institute', 'CLSI'], activity_id='WB-EP15-0925'),
    [T('CLSI', 30, b=True, al='L', color=(0.0, 0.35, 0.3), after=0),
     T('Clinical and Laboratory Standards Institute', 11, al='L', after=26),
     T('Continuing Education Certificate', 18, al='L', after=16),
     T('On-Demand Webinar', 10, i=True, al='L', after=2),
     T('Verification of Performance for Quantitative Methods Using CLSI EP15', 14, b=True, al='L', after=16),
     KV([('Attendee', 'Elliot J. Varga'), ('Webinar ID', 'WB-EP15-0925'), ('Date viewed', 'October 1, 2025'), ('Credit', '1.0 P.A.C.E.® contact hour'),
         ('Customer no.', 'C-300991')], lw=0.25, after=20),
     T('CLSI ' + PACE, 9, al='L')],
    doctitle='CLSI certificate form')

add('y18', 'asm', 'fpdf', ['portrait', 'centred-award', 'format-word-line', 'two-column-label-value', 'date-range', 'single-border'],
    '"Spring Symposium" on its own line under the title; two-day event, last day counts; order no. distractor.',
    dict(name='Imogen Castellano-Reyes', title='Emerging Fungal Pathogens: Candida auris Detection and Antifungal Susceptibility Testing',
         date='2026-05-12', credits=7.5, unit='contact hour', provider=['American Society for Microbiology', 'ASM'], activity_id='ASM-SS26-04'),
    [T('American Society for Microbiology', 19, b=True, after=20),
     T('Certificate of Participation', 22, after=16),
     T('Dr. Imogen Castellano-Reyes', 18, b=True, after=14),
     T('participated in', 10, i=True, after=6),
     T('Emerging Fungal Pathogens: Candida auris Detection and Antifungal Susceptibility Testing', 14, b=True, after=3),
     T('Spring Symposium', 11, i=True, after=3),
     T('May 11–12, 2026  ·  virtual', 10, after=20),
     KV([('Event ID', 'ASM-SS26-04'), ('P.A.C.E.® contact hours', '7.5'), ('Order no.', 'ORD-5581902'), ('Certificate printed', 'May 20, 2026')], lw=0.4, after=20),
     T('ASM ' + PACE, 8.5, i=True)],
    border=1, margin=66, doctitle='ASM symposium certificate')

add('y19', 'ascp-cmle', 'docx', ['portrait', 'one-paragraph', 'left-aligned', 'title-in-quotes', 'title-with-Program'],
    'One-paragraph certificate with quoted title inside the sentence; accented name.',
    dict(name='Evangeline R. Sáenz', title='Point-of-Care Glucose Testing: Regulatory Requirements and Competency Program Design',
         date='2026-03-03', credits=1.5, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='POC-1180-ES'),
    [T('ASCP', 24, b=True, al='L', color=(0.0, 0.3, 0.55), after=0),
     T('American Society for Clinical Pathology · Education', 9, al='L', after=36),
     T('The American Society for Clinical Pathology (ASCP) certifies that Evangeline R. Sáenz, MLS(ASCP)CM has completed “Point-of-Care Glucose Testing: Regulatory Requirements and Competency Program Design” on March 3, 2026 and is awarded 1.5 CMLE credits (activity ID POC-1180-ES).', 12.5, al='L', after=30),
     T('ASCP ' + PACE + ' Learners should claim only the credit commensurate with the extent of their participation.', 8.5, al='L', after=8),
     T('Transcript reference 7730-1145 · generated 03/04/2026', 8, al='L', color=(0.4, 0.4, 0.4))],
    doctitle='ASCP statement of credit')

add('y20', 'ascls', 'reportlab', ['portrait', 'left-aligned', 'single-border', 'series-name-in-title', 'format-word-line', 'two-column-label-value'],
    'Series name "Grand Rounds:" on the title line (part of title); On-Demand line; member ID distractor.',
    dict(name='Desmond A. Whitcombe', title='Grand Rounds: Interpreting Thromboelastography in Massive Transfusion',
         date='2025-09-09', credits=1.0, unit='contact hour', provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='ASCLS-GR-0412'),
    [T('American Society for Clinical Laboratory Science', 17, b=True, al='L', after=2),
     T('ASCLS eLearning', 10, al='L', color=(0.35, 0.35, 0.35), after=30),
     T('Continuing Education Certificate', 20, al='L', after=20),
     T('Grand Rounds: Interpreting Thromboelastography in Massive Transfusion', 15, b=True, al='L', after=2),
     T('On-Demand', 10, i=True, al='L', after=20),
     KV([('Participant', 'Desmond A. Whitcombe'), ('Course #', 'ASCLS-GR-0412'), ('Date completed', '09/09/2025'), ('P.A.C.E.® contact hours', '1.0'),
         ('Level', 'Advanced'), ('ASCLS member ID', '000418823')], lw=0.3, after=24),
     T('ASCLS ' + PACE, 9, al='L')],
    border=1, margin=66, doctitle='ASCLS eLearning certificate')

# ---------------------------------------------------------------- y21-y30
add('y21', 'labce', 'chromium', ['portrait', 'centred-award', 'single-border', 'two-pages', 'transcript-line', 'small-table'],
    'Second page holds the accreditation statement and one transcript line; customer ID and certificate no. distractors.',
    dict(name='Jonah T. Whitaker-Elms', title='Body Fluid Analysis: Cell Counts, Crystals, and Cytospin Preparation',
         date='2025-12-15', credits=2.0, unit='contact hour', provider=['LabCE'], activity_id='1302'),
    [T('LabCE', 34, b=True, color=(0.0, 0.45, 0.5), after=0),
     T('Continuing Education  ·  Certificate', 10, ls=1, after=40),
     T('Jonah T. Whitaker-Elms', 26, fam='T', after=6),
     T('successfully completed', 11, i=True, after=8),
     T('Body Fluid Analysis: Cell Counts, Crystals, and Cytospin Preparation', 17, b=True, after=10),
     T('Course # 1302  ·  2.0 contact hours  ·  completed December 15, 2025', 11, after=40),
     T('Certificate No. LC-9928410   |   Customer ID 3310782', 9, color=(0.4, 0.4, 0.4), after=4),
     T('Accreditation information and transcript entry on page 2.', 8, i=True),
     PB(),
     T('Accreditation', 16, b=True, al='L', after=8),
     T('LabCE ' + PACE + ' This course is also approved for California and Florida clinical laboratory license renewal.', 10, al='L', after=20),
     T('Transcript entry', 14, b=True, al='L', after=8),
     TAB(['Date', 'Course #', 'Course', 'Hours'], [['12/15/2025', '1302', 'Body Fluid Analysis: Cell Counts, Crystals, and Cytospin Preparation', '2.0']], widths=[0.15, 0.12, 0.61, 0.12])],
    border=1, css='.pg .fr{padding-top:1.1in}', doctitle='LabCE certificate 1302')

add('y22', 'medialab', 'fodt', ['landscape', 'centred-award', 'double-border', 'title-with-Safety', 'expiry-distractor', 'two-column-label-value'],
    'Expires date and certificate ID are distractors; CE hours.',
    dict(name='Roderick Abara-Lindgren', title='Bloodborne Pathogens Safety Training for Laboratory Personnel (2026 Update)',
         date='2026-01-05', credits=1.0, unit='CE hour', provider=['MediaLab, Inc.', 'MediaLab'], activity_id='BBP-26'),
    [T('MediaLab, Inc.', 20, b=True, after=16),
     T('CERTIFICATE', 30, ls=6, after=2),
     T('of course completion', 12, i=True, after=16),
     T('Roderick Abara-Lindgren', 22, b=True, after=12),
     T('Bloodborne Pathogens Safety Training for Laboratory Personnel (2026 Update)', 15, after=16),
     KV([('Course ID', 'BBP-26'), ('Completed', 'Jan 5, 2026'), ('Credit', '1.0 CE hour (P.A.C.E.®)'), ('Certificate ID', 'MLC-4D71-0093'), ('Expires', 'Jan 5, 2027 (annual OSHA requirement)')], lw=0.35, after=10),
     T('MediaLab, Inc. ' + PACE, 8.5, i=True)],
    orient='L', border=2, doctitle='MediaLab BBP certificate')

add('y23', 'cap-joint', 'acroform', ['portrait', 'left-aligned', 'form-fields', 'claimed-vs-maximum', 'two-column-label-value'],
    'Flattened AcroForm; credits claimed 1.5 of a 2.0 maximum; AMA PRA claimed also printed; CAP number distractor.',
    dict(name='Wilhelmina J. Osei', title='Competency Assessment for Non-Waived Testing: Six Elements in Practice',
         date='2025-11-05', credits=1.5, unit='contact hour', provider=['College of American Pathologists', 'CAP'], activity_id='CAP-WB-25-188'),
    [T('College of American Pathologists', 18, b=True, al='L', fam='T', after=2),
     T('Transcript of Continuing Education Credit', 12, al='L', after=24),
     KV([('Learner', 'Wilhelmina J. Osei'), ('Activity', 'Competency Assessment for Non-Waived Testing: Six Elements in Practice'),
         ('Activity No.', 'CAP-WB-25-188'), ('Format', 'Live webinar'), ('Activity date', 'November 5, 2025'),
         ('Maximum credit available', '2.0 contact hours (P.A.C.E.®)'), ('Credit claimed', '1.5 contact hours (P.A.C.E.®)'),
         ('CAP number', '7192034'), ('Date claimed', 'November 12, 2025')], lw=0.32, after=18),
     T('The CAP ' + PACE + ' Participants claim only the credit commensurate with the extent of their participation in the activity. In support of improving patient care, the College of American Pathologists is jointly accredited by the ACCME, ACPE, and ANCC to provide continuing education for the healthcare team.', 9, al='L')],
    doctitle='CAP transcript form')

add('y24', 'hospital-inservice', 'gs', ['portrait', 'left-aligned', 'small-table', 'title-with-Orientation', 'signature'],
    'Hospital education council is the approved provider; in-service number in a table; employee badge no. distractor.',
    dict(name='Sebastián Ortega-Whitfield', title='Blood Bank Orientation for New Staff: Antibody Identification Basics',
         date='2025-04-22', credits=1.0, unit='contact hour',
         provider=["Bayfront Children's Hospital", "Bayfront Children's Hospital, Laboratory Education Council"], activity_id='LEC-25-044'),
    [T("Bayfront Children's Hospital", 18, b=True, al='L', after=2),
     T('Laboratory Education Council', 11, al='L', after=6),
     RULE(after=20),
     T('Record of In-Service Education', 18, al='L', after=14),
     T('Sebastián Ortega-Whitfield', 15, b=True, al='L', after=4),
     T('attended the following in-service and is credited as shown.', 10, al='L', after=14),
     TAB(['In-service no.', 'Title', 'Date', 'Contact hours'], [['LEC-25-044', 'Blood Bank Orientation for New Staff: Antibody Identification Basics', '04/22/2025', '1.0']],
         widths=[0.13, 0.61, 0.12, 0.14], size=8.5, after=18),
     T('Badge no. 55-0912     Location: Transfusion Service classroom, 2nd floor', 9, al='L', after=14),
     T("Bayfront Children's Hospital, Laboratory Education Council, " + PACE, 9, al='L', after=10),
     SIG([('Yvonne Castellane, MLS(ASCP)SBB', 'Transfusion Service Education Lead')])],
    doctitle='In-service record')

add('y25', 'aabb', 'docx', ['landscape', 'centred-header', 'credit-table', 'date-range', 'claimed-vs-maximum', 'meeting-attendance'],
    'Annual meeting attendance, no session title: title is meeting name; P.A.C.E. claimed 14.0 of 24.5 available; AMA PRA claimed 12.0 distractor.',
    dict(name='Caoimhe R. Delahunt', title='AABB Annual Meeting 2025',
         date='2025-10-28', credits=14.0, unit='contact hour', provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'], activity_id='AM25'),
    [T('AABB', 26, b=True, color=(0.55, 0.05, 0.1), after=0),
     T('Association for the Advancement of Blood & Biotherapies', 10, after=12),
     T('AABB Annual Meeting 2025', 20, b=True, after=2),
     T('October 25–28, 2025  ·  Greater Columbus Convention Center', 10, after=12),
     T('Certificate of Attendance and Credit Summary for Caoimhe R. Delahunt, MLS(ASCP)CMSBBCM', 12, after=10),
     TAB(['Credit type', 'Available', 'Claimed'], [['ASCLS P.A.C.E.® contact hours', '24.5', '14.0'], ['AMA PRA Category 1 Credits™', '22.0', '12.0'], ['CQA (ASQ) recertification units', '2.4', '1.4']], widths=[0.6, 0.2, 0.2], size=10.5),
     KV([('Meeting ID', 'AM25'), ('Registration no.', '2025-AM-048812'), ('Statement printed', 'November 14, 2025')], lw=0.25, size=9.5),
     T('AABB ' + PACE, 8.5, i=True)],
    orient='L', doctitle='AABB Annual Meeting credit summary')

add('y26', 'state-society-webinar', 'tcpdf', ['landscape', 'left-aligned', 'labels-above-values', 'format-word-line', 'single-border'],
    'State society virtual session; member no. distractor.',
    dict(name='Prudence A. Kettleborough', title='Leading Through Staffing Shortages: Retention Strategies for Laboratory Managers',
         date='2026-02-11', credits=1.0, unit='contact hour', provider=['Piedmont Society for Clinical Laboratory Science', 'PSCLS'], activity_id='533-040-26'),
    [T('Piedmont Society for Clinical Laboratory Science (PSCLS)', 17, b=True, al='L', after=22),
     T('Continuing Education Certificate', 24, al='L', after=16),
     T('Leading Through Staffing Shortages: Retention Strategies for Laboratory Managers', 16, b=True, al='L', after=3),
     T('Live Virtual Session', 10, i=True, al='L', after=20),
     COLS([('Name', 'Prudence A. Kettleborough'), ('Session date', 'Wednesday, February 11, 2026'), ('P.A.C.E.® course #', '533-040-26'), ('Contact hours', '1.0')], after=12),
     COLS([('PSCLS member no.', '4471'), ('Moderator', 'Lionel Fairbanks, MHA, MLS(ASCP)CM'), ('Issued', '02/13/2026'), ('', '')], after=18),
     T('PSCLS ' + PACE, 9, al='L')],
    orient='L', border=1, margin=62, doctitle='PSCLS certificate')

add('y27', 'vendor-webinar', 'fodt', ['portrait', 'left-aligned', 'small-table', 'title-with-Program', 'format-word-line'],
    'Vendor education webinar; table with labels in first column; quote no. distractor; CE hour unit.',
    dict(name='Hollis V. Brandvold', title='Respiratory Pathogen Panel Implementation: Validation Program Essentials',
         date='2025-06-24', credits=1.0, unit='CE hour', provider=['Norhaven Molecular Systems', 'Norhaven'], activity_id='NMS-EDU-2207'),
    [T('Norhaven Molecular Systems', 20, b=True, al='L', color=(0.2, 0.2, 0.5), after=2),
     T('Scientific Affairs · Education Program', 10, al='L', after=26),
     T('Certificate of Attendance', 20, al='L', after=12),
     T('Norhaven certifies that Hollis V. Brandvold attended the following education session:', 11, al='L', after=12),
     TAB(['Item', 'Detail'], [['Session', 'Respiratory Pathogen Panel Implementation: Validation Program Essentials'], ['Format', 'Live webinar (60 minutes)'],
                              ['Session ID', 'NMS-EDU-2207'], ['Date', 'June 24, 2025'], ['Continuing education', '1.0 CE hour'], ['Quote no.', 'Q-88310']],
         widths=[0.3, 0.7], size=10.5, after=16),
     T('Norhaven Molecular Systems ' + PACE + ' This program is educational and is not intended to promote any product.', 9, al='L')],
    doctitle='Norhaven attendance certificate')

add('y28', 'university-ceu', 'acroform', ['portrait', 'centred-header', 'form-fields', 'two-column-label-value', 'CEU'],
    'Flattened AcroForm; 0.3 CEU (points 3); department of a college; student ID distractor.',
    dict(name='Tobias N. Achterhof', title='Clinical Chemistry Refresher: Acid-Base, Electrolytes, and Blood Gases',
         date='2025-08-02', credits=0.3, unit='CEU',
         provider=['Halvorsen College of Health Sciences', 'Halvorsen College of Health Sciences, Department of Medical Laboratory Science'], activity_id='MLSC-0825-03'),
    [T('Halvorsen College of Health Sciences', 18, b=True, fam='T', after=2),
     T('Department of Medical Laboratory Science', 11, fam='T', after=4),
     T('Continuing Education Unit Record', 11, i=True, fam='T', after=26),
     KV([('Participant', 'Tobias N. Achterhof'), ('Workshop', 'Clinical Chemistry Refresher: Acid-Base, Electrolytes, and Blood Gases'),
         ('Offering number', 'MLSC-0825-03'), ('Date attended', 'Saturday, August 2, 2025'), ('CEUs awarded', '0.3 CEU (3 contact hours)'),
         ('Student ID', 'H00291877'), ('Record issued', 'August 8, 2025')], lw=0.3, after=24),
     T('Halvorsen College of Health Sciences awards one Continuing Education Unit (CEU) for each ten contact hours of participation.', 9, al='L', fam='T')],
    fam='T', doctitle='Halvorsen CEU record')

add('y29', 'public-health-lab', 'fpdf', ['landscape', 'centred-award', 'double-border', 'two-signatures', 'labels-above-values'],
    'Regional public health lab; registration no. and expiry distractors.',
    dict(name='Ingrid P. Solheim-Mutasa', title='Sentinel Laboratory Biothreat Rule-Out Workshop: Bacillus anthracis, Yersinia pestis, and Francisella tularensis',
         date='2026-04-08', credits=4.0, unit='contact hour', provider=['Eastern Regional Public Health Laboratory', 'ERPHL'], activity_id='ERPHL-BT-26-02'),
    [T('Eastern Regional Public Health Laboratory', 20, b=True, fam='T', after=1),
     T('ERPHL  ·  Sentinel Laboratory Outreach', 10, after=16),
     T('Certificate of Completion', 24, i=True, fam='T', after=10),
     T('awarded to', 10, after=4),
     T('Ingrid P. Solheim-Mutasa', 20, b=True, after=8),
     T('Sentinel Laboratory Biothreat Rule-Out Workshop: Bacillus anthracis, Yersinia pestis, and Francisella tularensis', 14, b=True, after=14),
     COLS([('Course number', 'ERPHL-BT-26-02'), ('Date', 'April 8, 2026'), ('Contact hours', '4.0'), ('Registration no.', 'R26-00517')], after=4),
     T('ERPHL ' + PACE, 8, i=True, after=0),
     SIG([('Rosalind Ekwueme, PhD, D(ABMM)', 'Laboratory Director, ERPHL'), ('Curtis Vandermolen, MPH', 'Training Coordinator')])],
    orient='L', border=2, margin=66, doctitle='ERPHL workshop certificate')

add('y30', 'joint-accreditation-cme', 'reportlab', ['portrait', 'centred-award', 'two-pages', 'suffix-name', 'labels-above-values', 'credit-table'],
    'Grand Rounds series prefix in the title; page 2 has the joint accreditation statement; AMA PRA/ANCC distractors; P.A.C.E. 1.0 counts.',
    dict(name='Reginald W. Oyelaran Sr.', title='Pathology Grand Rounds: Validating Whole-Slide Imaging for Primary Diagnosis',
         date='2026-03-19', credits=1.0, unit='contact hour',
         provider=['Calloway Academic Medical Center', 'CAMC', 'Calloway Academic Medical Center, Office of Interprofessional Continuing Education'], activity_id='RSS-PATH-2603'),
    [T('Calloway Academic Medical Center (CAMC)', 17, b=True, after=1),
     T('Office of Interprofessional Continuing Education', 10, i=True, after=30),
     T('Certificate of Attendance', 24, fam='T', after=16),
     T('Reginald W. Oyelaran Sr.', 20, b=True, after=10),
     T('attended the regularly scheduled series session', 10, after=6),
     T('Pathology Grand Rounds: Validating Whole-Slide Imaging for Primary Diagnosis', 14, b=True, after=18),
     COLS([('Session ID', 'RSS-PATH-2603'), ('Date', 'March 19, 2026'), ('Attendance code', '48213'), ('Certificate printed', 'March 27, 2026')], after=12),
     TAB(['Credit', 'Hours'], [['AMA PRA Category 1 Credit™', '1.00'], ['ANCC contact hours', '1.00'], ['ASCLS P.A.C.E.® contact hours', '1.0']], widths=[0.7, 0.3], after=10),
     T('See page 2 for accreditation statements.', 8, i=True),
     PB(),
     T('Accreditation and Credit Designation', 14, b=True, al='L', after=10),
     T('In support of improving patient care, Calloway Academic Medical Center is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 10, al='L', after=8),
     T('Calloway Academic Medical Center designates this live activity for a maximum of 1.00 AMA PRA Category 1 Credit™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 10, al='L', after=8),
     T('Nurses: this activity is approved for 1.00 ANCC contact hour.', 10, al='L', after=8),
     T('Calloway Academic Medical Center ' + PACE + ' This session is approved for 1.0 P.A.C.E.® contact hour.', 10, al='L')],
    doctitle='CAMC grand rounds certificate')

# ---------------------------------------------------------------- main
def gold_of(c):
    g = dict(style=c['style'], producer=c['producer'], layout=c['layout'], notes=c['notes'])
    g.update(c['gold'])
    g['points'] = round(g['credits'] * 10, 2) if g['unit'] == 'CEU' else g['credits']
    return {k: g[k] for k in ('style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id')}

def main(only=None):
    os.makedirs(SRC, exist_ok=True)
    office = []
    for c in C:
        if only and c['id'] not in only:
            continue
        i, p = c['id'], c['producer']
        pdf = i + '.pdf'
        s = lambda ext: os.path.join('src', i + ext)
        if p == 'chromium':
            render_html(c, s('.html')); chromium(s('.html'), pdf)
        elif p == 'docx':
            render_docx(c, s('.docx')); office.append(s('.docx'))
        elif p == 'fodt':
            render_fodt(c, s('.fodt')); office.append(s('.fodt'))
        elif p in ('fpdf', 'tcpdf'):
            render_php(c, pdf, p, s('.php'))
        elif p == 'reportlab':
            render_reportlab(c, os.path.join(HERE, pdf))
        elif p == 'acroform':
            render_reportlab(c, os.path.join(HERE, s('_form.pdf')), acro=True)
            subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', s('_form.pdf'), pdf], check=True, cwd=HERE)
        elif p == 'gs':
            render_gs(c, pdf, s('.ps'))
        with open(os.path.join(HERE, i + '.gold.json'), 'w') as f:
            json.dump(gold_of(c), f, indent=2, ensure_ascii=False)
    if office:
        soffice(office, '.')
    print('built', len([c for c in C if not only or c['id'] in only]))

if __name__ == '__main__':
    main(set(sys.argv[1:]) or None)
