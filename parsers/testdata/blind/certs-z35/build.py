#!/usr/bin/python3
"""Builds the z35 blind certificate set: yi01.pdf ... yi40.pdf + yiNN.gold.json.

usage: /usr/bin/python3 build.py [yi05 yi12 ...]     (no args = all)
Intermediate sources (HTML, FODT, DOCX, PS, JSON for PHP) go to src/.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from engines.common import P, KV, COLS, TABLE, SIGS, RULE, SP, BREAK  # noqa: E402

PACE = ('is approved as a provider of continuing education programs in the clinical '
        'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.')

CERTS = []


def C(**kw):
    kw.setdefault('points', round(kw['credits'] * 10, 2) if kw['unit'] == 'CEU' else kw['credits'])
    CERTS.append(kw)


# ---------------------------------------------------------------- yi01
C(id='yi01', style='ascp', producer='chromium',
  layout=['landscape', 'centred-award', 'double-border', 'seal', 'format-line', 'long-title-wrap+labelled-line', 'signatures', 'credentials-after-name'],
  notes='ASCP issuer line on top; "has completed the on-demand webinar" is the format line; transcript no. and issue date are distractors.',
  name='Marisol Quintero-Vega', title='Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocyte Quantification and Reporting',
  date='2025-03-14', credits=1.5, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='W25-TMA-0314',
  doc_title='ASCP CMLE Certificate',
  page=dict(orient='landscape', family='serif', border='double', bcolor='#1f3b73', seal=dict(text='ASCP\nCMLE', pos='br', color='#a8862b'), valign='center', margin=64),
  blocks=[P('American Society for Clinical Pathology', 14, b=True, color='#1f3b73', sb=0),
          P('Certificate of Completion', 32, sb=8),
          P('This is to certify that', 12, i=True, sb=14),
          P('Marisol Quintero-Vega, MLS(ASCP)CM', 24, b=True, sb=6),
          P('has completed the on-demand webinar', 12, i=True, sb=12),
          P('Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy: Schistocyte Quantification and Reporting', 17, b=True, sb=6, w=0.78),
          P('Date of completion: March 14, 2025', 12, sb=4),
          P('Activity ID: W25-TMA-0314     Credits awarded: 1.5 CMLE', 12, sb=10),
          SIGS([('Dana L. Whitford, MS, MLS(ASCP)CM', 'Director, Continuing Education'), ('Harold P. Enright, MD', 'Chair, Education Council')], w=0.8, sb=20),
          P('ASCP designates this activity for 1.5 CMLE credits. Issued March 17, 2025  \u2022  Transcript No. 4471-0092', 8.5, color='#555555', sb=16)])

# ---------------------------------------------------------------- yi02
C(id='yi02', style='aabb', producer='fpdf',
  layout=['landscape', 'centred-award', 'ornate-border', 'all-caps-name', 'format-line', 'provider-issuer-line-only', 'several-credit-types', 'program-no-without-colon'],
  notes='Provider printed only as the issuer line above the heading, no short form. "eCast" on its own line is the format. AMA PRA / nursing figures are distractors; P.A.C.E. figure is gold.',
  name='DESHAWN T. MCALLISTER', title='Pathogen-Reduced Platelets in Practice: Inventory, Dosing and Reaction Surveillance',
  date='2024-11-06', credits=1.0, unit='contact hour', provider=['Association for the Advancement of Blood & Biotherapies'], activity_id='539-118-24',
  doc_title='Certificate of Attendance',
  page=dict(orient='landscape', family='serif', border='ornate', bcolor='#7a1f2b', valign='center', margin=66),
  blocks=[P('Association for the Advancement of Blood & Biotherapies', 13, b=True, color='#7a1f2b', sb=0),
          P('CERTIFICATE OF ATTENDANCE', 28, b=True, sb=6),
          P('This is to certify that', 12, i=True, sb=14),
          P('DESHAWN T. MCALLISTER', 24, b=True, sb=6),
          P('participated in the', 12, i=True, sb=12),
          P('eCast', 15, i=True, sb=2, color='#7a1f2b'),
          P('Pathogen-Reduced Platelets in Practice: Inventory, Dosing and Reaction Surveillance', 17, b=True, sb=4, w=0.8),
          P('Broadcast date: November 6, 2024', 12, sb=6),
          P('Medical laboratory professionals: 1.0 P.A.C.E.\u00ae contact hour  \u2022  Program No. 539-118-24', 11.5, sb=14),
          P('Physicians: 1.0 AMA PRA Category 1 Credit\u2122  \u2022  Nurses: 1.0 nursing contact hour', 10, sb=3),
          SIGS([('Priyanka Venkatesan, MD, PhD', 'Chair, Education Committee')], sb=14, w=0.5),
          P('Registration ID 7730415  \u2022  Date issued: November 8, 2024', 8.5, color='#555555', sb=10)])

# ---------------------------------------------------------------- yi03
C(id='yi03', style='cap', producer='reportlab-platypus',
  layout=['portrait', 'left-aligned-letter', 'format-line', 'credit-table-maximum-vs-claimed', 'joint-accreditation-statements', 'thin-border'],
  notes='"Enduring Material" is the format line. Credit table: lab row claimed 1.75 of 2.00 maximum; AMA PRA and ABPath SAM rows are distractors. Customer no. is a distractor.',
  name='Hyun-Woo Park', title='Next-Generation Sequencing for Solid Tumors: Variant Interpretation, Reporting and Proficiency Testing',
  date='2025-02-07', credits=1.75, unit='contact hour', provider=['College of American Pathologists', 'CAP'], activity_id='EM2503',
  doc_title='CAP Learning Transcript Certificate',
  page=dict(orient='portrait', family='sans', border='thin', bcolor='#00558c', align='left', margin=70, top=6),
  blocks=[P('College of American Pathologists', 18, b=True, color='#00558c', sb=0),
          P('325 Waukegan Road  \u2022  Northfield, Illinois', 9, color='#555555', sb=2),
          RULE(w=1.0, sb=10, color='#00558c', width=1.5),
          P('Certificate of Participation', 22, sb=22),
          P('This certificate is awarded to', 11, sb=16),
          P('Hyun-Woo Park, MB(ASCP)CM', 17, b=True, sb=4),
          P('for participation in the following', 11, sb=14),
          P('Enduring Material', 11, i=True, sb=4, color='#00558c'),
          P('Next-Generation Sequencing for Solid Tumors: Variant Interpretation, Reporting and Proficiency Testing', 14, b=True, sb=4),
          KV([('Completion date:', 'February 7, 2025'), ('Activity ID:', 'EM2503'), ('CAP Customer No.:', '1048837')], lw=130, size=10.5, sb=14),
          TABLE(['Credit type', 'Maximum available', 'Claimed'],
                [['AMA PRA Category 1 Credits\u2122', '2.00', '0.00'],
                 ['ASCLS P.A.C.E.\u00ae contact hours', '2.00', '1.75'],
                 ['ABPath Self-Assessment Module (SAM) credit', '2.00', '0.00']], widths=[0.56, 0.24, 0.20], size=10, sb=16),
          P('The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 8.5, sb=16, color='#333333'),
          P('The CAP ' + PACE, 8.5, sb=6, color='#333333'),
          P('Printed from your CAP learning transcript on February 10, 2025.', 8, sb=14, color='#777777')])

# ---------------------------------------------------------------- yi04
C(id='yi04', style='ascls', producer='docx-libreoffice',
  layout=['portrait', 'centred-award', 'thin-border', 'meeting-attendance', 'date-range', 'accented-name', 'program-no-without-colon'],
  notes='Meeting attendance without a session title: the title is the meeting name. Date range April 23-25 -> last day. Badge no. is a distractor. ASCLS is its own P.A.C.E. provider here.',
  name='Lorena Villaseñor-Ruiz', title='ASCLS Spring Educators & Managers Forum',
  date='2025-04-25', credits=12.5, unit='contact hour', provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='001-512-25',
  doc_title='ASCLS Certificate of Attendance',
  page=dict(orient='portrait', family='serif', border='thin', bcolor='#004a7c', margin=72, top=40),
  blocks=[P('American Society for Clinical Laboratory Science', 16, b=True, color='#004a7c', sb=0),
          P('ASCLS', 11, sb=2, color='#004a7c'),
          P('Certificate of Attendance', 30, sb=40),
          P('This certifies that', 12, i=True, sb=26),
          P('Lorena Villaseñor-Ruiz, MS, MLS(ASCP)', 20, b=True, sb=8),
          P('attended the', 12, i=True, sb=18),
          P('ASCLS Spring Educators & Managers Forum', 18, b=True, sb=6),
          P('April 23\u201325, 2025  \u2022  Baltimore, Maryland', 12, sb=6),
          P('and has earned 12.5 P.A.C.E.\u00ae contact hours', 13, sb=22),
          P('P.A.C.E.\u00ae Program No. 001-512-25', 11, sb=6),
          SIGS([('Gwendolyn Ashby, EdD, MLS(ASCP)CM', 'ASCLS President'), ('Tobias Renner, MS', 'Director of Education')], sb=40),
          P('ASCLS ' + PACE, 9, sb=36, color='#444444', w=0.85),
          P('Attendee badge no. 20417', 8.5, sb=8, color='#777777')])

# ---------------------------------------------------------------- yi05
C(id='yi05', style='pace-provider', producer='tcpdf',
  layout=['portrait', 'left-aligned-letter', 'two-column-label-value', 'provider-only-in-accreditation-statement', 'suffix-Jr', 'credentials-after-name'],
  notes='Provider appears only as the subject of the P.A.C.E. statement. Program No. is a label/value row. Order no. and issue date are distractors.',
  name='Terrence A. Boateng Jr.', title='Antimicrobial Susceptibility Testing Breakpoint Revisions: What Changed and Why It Matters at the Bench',
  date='2025-05-29', credits=2.0, unit='contact hour', provider=['Cedar Ridge Laboratory Education Partners, LLC'], activity_id='519-204-25',
  doc_title='Certificate of Completion',
  page=dict(orient='portrait', family='sans', align='left', margin=72, top=10),
  blocks=[P('CERTIFICATE OF COMPLETION', 20, b=True, sb=0, color='#2e5e4e'),
          P('Date issued: June 3, 2025', 10, sb=6, color='#555555'),
          RULE(w=1.0, sb=10, color='#2e5e4e', width=1.2),
          P('This letter confirms that Terrence A. Boateng Jr., MT(ASCP) successfully completed the self-paced continuing education program described below, including the post-test with a passing score.', 11, sb=22, lh=1.4),
          KV([('Participant', 'Terrence A. Boateng Jr., MT(ASCP)'),
              ('Program title', 'Antimicrobial Susceptibility Testing Breakpoint Revisions: What Changed and Why It Matters at the Bench'),
              ('Program No.', '519-204-25'),
              ('Date of completion', 'May 29, 2025'),
              ('P.A.C.E.\u00ae contact hours', '2.0'),
              ('Level', 'Intermediate'),
              ('Order No.', 'CR-55120')], lw=160, size=11, sb=20, gap=6),
          P('Cedar Ridge Laboratory Education Partners, LLC ' + PACE, 10, sb=26, lh=1.35),
          P('Please retain this certificate for your records. Credit is reported to the P.A.C.E.\u00ae transcript only when the participant has supplied a valid ASCLS P.A.C.E.\u00ae transcript number.', 9, sb=10, color='#555555', lh=1.35),
          SIGS([('Renata Falk, MS, MLS(ASCP)CM', 'Education Coordinator')], sb=30, w=0.4, script=True),
          SP(10)])

# ---------------------------------------------------------------- yi06
C(id='yi06', style='labce', producer='reportlab-canvas',
  layout=['landscape', 'centred-award', 'single-border', 'letter-spaced-name', 'all-caps-name', 'accented-name', 'small-table'],
  notes='Name letter-spaced with PDF character spacing. Course ID/date/hours in a small table. Certificate no. and print date are distractors.',
  name='JOAQUÍN ESTRADA', title='Urine Sediment Identification: Casts, Crystals and Contaminants',
  date='2024-08-21', credits=1.5, unit='contact hour', provider=['LabCE'], activity_id='UA-1187',
  doc_title='LabCE Certificate',
  page=dict(orient='landscape', family='sans', border='single', bcolor='#0e6fa8', valign='center', margin=64),
  blocks=[P('LabCE', 26, b=True, color='#0e6fa8', sb=0),
          P('Certificate of Completion', 28, sb=10),
          P('This certifies that', 12, sb=16, color='#444444'),
          P('JOAQUÍN ESTRADA', 24, b=True, sb=8, ls=5),
          P('has successfully completed the course', 12, sb=14, color='#444444'),
          P('Urine Sediment Identification: Casts, Crystals and Contaminants', 19, b=True, sb=6),
          TABLE(['Course ID', 'Date Completed', 'P.A.C.E.\u00ae Contact Hours'], [['UA-1187', '08/21/2024', '1.5']], w=0.6, size=10.5, sb=18, al='center', hfill='#dcebf5'),
          P('LabCE ' + PACE, 9.5, sb=18, w=0.85),
          P('Certificate No. 2024-0821-77351  \u2022  Printed 09/02/2024', 8.5, sb=8, color='#666666')])

# ---------------------------------------------------------------- yi07
C(id='yi07', style='medialab', producer='libreoffice-fodt',
  layout=['portrait', 'centred-award', 'single-border', 'two-column-label-value', 'title-word-Safety', 'hyphenated-name', 'accented-name'],
  notes='"Laboratory Safety: ..." is a real course title. Certificate number and Florida provider number are distractors; course number is the ID.',
  name='Beatriz Ocampo-Lindqvist', title='Laboratory Safety: Chemical Hygiene, Spill Response and Waste Segregation',
  date='2025-01-27', credits=2.0, unit='contact hour', provider=['MediaLab, Inc.'], activity_id='MLS-SAF-204',
  doc_title='Certificate of Completion',
  page=dict(orient='portrait', family='sans', border='single', bcolor='#5b2c83', margin=72, top=30),
  blocks=[P('MediaLab, Inc.', 22, b=True, color='#5b2c83', sb=0),
          P('Certificate of Completion', 28, sb=30),
          P('Awarded to', 12, sb=28, color='#444444'),
          P('Beatriz Ocampo-Lindqvist', 22, b=True, sb=6),
          P('for successfully completing', 12, sb=20, color='#444444'),
          P('Laboratory Safety: Chemical Hygiene, Spill Response and Waste Segregation', 16, b=True, sb=6),
          KV([('Course Number:', 'MLS-SAF-204'), ('Date Completed:', '01/27/2025'), ('Contact Hours:', '2.0'),
              ('Course Level:', 'Basic'), ('Certificate Number:', '7392814')], lw=150, size=11, sb=30, w=0.62, gap=4),
          P('MediaLab, Inc. ' + PACE + ' MediaLab, Inc. is also approved by the Florida Board of Clinical Laboratory Personnel as a continuing education provider, provider # 50-2107.', 9, sb=36, color='#444444', lh=1.35),
          SIGS([('Ellen K. Marsh, MT(ASCP)', 'Director of Content Development')], sb=30, w=0.5)])

# ---------------------------------------------------------------- yi08
C(id='yi08', style='adlm', producer='ghostscript',
  layout=['landscape', 'centred-award', 'double-border', 'format-line', 'presented-by-speaker', 'credentials-after-name', 'hyphenated-name'],
  notes='"LIVE WEBINAR" is the format line; presenters are distractors; ACCENT contact hour is the lab figure.',
  name='Kwame Asante-Darko', title='Harmonizing eGFR Reporting After Race-Free Equations: A Laboratory Implementation Playbook',
  date='2024-09-18', credits=1.0, unit='contact hour', provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'], activity_id='24-W-0361',
  doc_title='ADLM Certificate of Attendance',
  page=dict(orient='landscape', family='sans', border='double', bcolor='#00707a', seal=dict(text='ADLM', pos='bl', color='#00707a'), valign='center', margin=64),
  blocks=[P('Association for Diagnostics & Laboratory Medicine', 15, b=True, color='#00707a', sb=0),
          P('Certificate of Attendance', 30, sb=8),
          P('presented to', 12, sb=14, color='#444444'),
          P('Kwame Asante-Darko, PhD, DABCC', 22, b=True, sb=6),
          P('for attending the', 12, sb=12, color='#444444'),
          P('LIVE WEBINAR', 12, b=True, sb=4, color='#00707a', ls=2),
          P('Harmonizing eGFR Reporting After Race-Free Equations: A Laboratory Implementation Playbook', 17, b=True, sb=4, w=0.8),
          P('presented by Ingrid Solberg, PhD, and Marcus Ferreira, MD', 11, i=True, sb=6),
          P('Webinar date: September 18, 2024     Activity ID: 24-W-0361', 11.5, sb=12),
          P('ADLM designates this activity for 1.0 ACCENT\u00ae contact hour.', 11.5, sb=6),
          P('Certificate generated September 30, 2024', 8.5, sb=14, color='#666666')])

# ---------------------------------------------------------------- yi09
C(id='yi09', style='nsh', producer='acroform-qpdf',
  layout=['portrait', 'centred-award', 'double-border', 'labels-above-values', 'session-at-conference', 'title-words-Grossing-Orientation', 'flattened-form-fields'],
  notes='Session certificate at a symposium: the session date (Sept 14) is gold, not the last day of the meeting (Sept 17). "Grossing" and "Orientation" belong to the title. Member no. is a distractor.',
  name='Fiona MacGillivray', title='Grossing Small Biopsies: Orientation, Inking and Cassette Economy',
  date='2025-09-14', credits=1.5, unit='contact hour', provider=['National Society for Histotechnology', 'NSH'], activity_id='W-14',
  doc_title='NSH Session Certificate',
  page=dict(orient='portrait', family='serif', border='double', bcolor='#8b1e3f', valign='center', margin=66),
  blocks=[P('National Society for Histotechnology', 17, b=True, color='#8b1e3f', sb=0),
          P('2025 Symposium/Convention  \u2022  September 12\u201317, 2025  \u2022  Providence, Rhode Island', 10.5, sb=4),
          P('Session Certificate of Attendance', 24, sb=26),
          P('Session title', 9, sb=26, color='#555555'),
          P('Grossing Small Biopsies:', 16, b=True, sb=2, field=True),
          P('Orientation, Inking and Cassette Economy', 16, b=True, sb=0, field=True),
          COLS([('Attendee', 'Fiona MacGillivray, HT(ASCP)'), ('Session Date', 'September 14, 2025')], size=12.5, sb=26, fields=True, widths=[0.6, 0.4]),
          COLS([('Session No.', 'W-14'), ('Contact Hours', '1.5'), ('NSH Member No.', '118204')], size=12.5, sb=18, fields=True),
          P('NSH ' + PACE, 9.5, sb=28, w=0.9),
          SIGS([('Corinne Lafleur, HTL(ASCP)', 'Education Chair'), ('Matthias Oyelowo, MS', 'Symposium Program Director')], sb=24)])

# ---------------------------------------------------------------- yi10
C(id='yi10', style='amt', producer='reportlab-platypus',
  layout=['portrait', 'two-column-label-value', 'suffix-III', 'title-word-Ethics', 'single-border'],
  notes='Label/value rows; Member ID is a distractor; AMT awards CE hours.',
  name='Raymond K. Oduya III', title='Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest and Error Disclosure',
  date='2024-12-10', credits=2.0, unit='CE hour', provider=['American Medical Technologists', 'AMT'], activity_id='AMT-ED-2291',
  doc_title='AMT Continuing Education Certificate',
  page=dict(orient='portrait', family='serif', border='single', bcolor='#1d4f91', margin=76, top=20),
  blocks=[P('American Medical Technologists', 20, b=True, color='#1d4f91', sb=0),
          P('AMT Continuing Education', 12, sb=4, color='#1d4f91'),
          P('Certificate of Completion', 26, sb=34),
          P('The following individual has completed an AMT-approved continuing education activity.', 11, i=True, sb=18),
          KV([('Participant:', 'Raymond K. Oduya III, MLT(AMT)'),
              ('Course:', 'Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest and Error Disclosure'),
              ('Course No.:', 'AMT-ED-2291'),
              ('Format:', 'Online self-study with post-test'),
              ('Date Completed:', '10 December 2024'),
              ('CE Hours:', '2.0'),
              ('AMT Member ID:', '1207734')], lw=120, size=11.5, sb=28, gap=6, w=0.92),
          P('This activity is approved by AMT for 2.0 CE hours toward Certification Continuation Program (CCP) requirements.', 10, sb=28, w=0.92),
          SIGS([('Lorraine B. Whitaker, MT(AMT)', 'Director, Continuing Education')], sb=40, w=0.5),
          P('Issued 12/11/2024', 8.5, sb=30, color='#777777')])

# ---------------------------------------------------------------- yi11
C(id='yi11', style='asm', producer='chromium',
  layout=['landscape', 'centred-award', 'ornate-border', 'meeting-attendance', 'date-range', 'maximum-vs-claimed', 'several-credit-types', 'hyphenated-name'],
  notes='Meeting attendance: title = meeting name; date range Mar 6-8 -> last day. Claimed 11.25 P.A.C.E. hours is gold; the 15.5 maximum and AMA PRA figure are distractors. Registration no. is a distractor; no activity ID.',
  name='Oluwaseun Adebayo-Smith', title='ASM Clinical & Public Health Microbiology Forum 2025',
  date='2025-03-08', credits=11.25, unit='contact hour', provider=['American Society for Microbiology', 'ASM'], activity_id=None,
  doc_title='ASM Certificate of Attendance',
  page=dict(orient='landscape', family='serif', border='ornate', bcolor='#0b3d6b', valign='center', margin=66),
  blocks=[P('American Society for Microbiology', 16, b=True, color='#0b3d6b', sb=0),
          P('Certificate of Attendance', 30, sb=8),
          P('This certifies that', 12, i=True, sb=14),
          P('Oluwaseun Adebayo-Smith', 24, b=True, sb=6),
          P('attended the', 12, i=True, sb=10),
          P('ASM Clinical & Public Health Microbiology Forum 2025', 19, b=True, sb=4),
          P('March 6\u20138, 2025  \u2022  Austin, Texas', 12, sb=4),
          P('Total P.A.C.E.\u00ae contact hours claimed: 11.25', 13, b=True, sb=14),
          P('This activity was designated for a maximum of 15.5 AMA PRA Category 1 Credits\u2122 and a maximum of 15.5 P.A.C.E.\u00ae contact hours. ASM ' + PACE, 9.5, sb=8, w=0.82),
          SIGS([('Reginald O. Fairbanks, PhD, D(ABMM)', 'Chair, Meetings Board')], sb=12, w=0.45),
          P('Registration No. REG-2025-044817', 8.5, sb=8, color='#666666')])

# ---------------------------------------------------------------- yi12
C(id='yi12', style='clsi', producer='fpdf',
  layout=['portrait', 'centred-award', 'double-border', 'format-line', 'long-title-wrap+labelled-line', 'accented-name', 'provider-name-with-and', 'program-no-without-colon'],
  notes='"On-Demand Webinar" is the format line; the wrapped title is directly followed by "Date of Completion:". Provider name contains "and".',
  name='Siobhán Ní Bhriain', title='Verification of Performance for Qualitative Molecular Assays Under the Revised EP12 Guideline: A Practical Walkthrough',
  date='2025-07-02', credits=1.0, unit='contact hour', provider=['Clinical and Laboratory Standards Institute', 'CLSI'], activity_id='578-102-25',
  doc_title='CLSI Certificate of Completion',
  page=dict(orient='portrait', family='sans', border='double', bcolor='#243c5a', valign='center', margin=70),
  blocks=[P('Clinical and Laboratory Standards Institute', 16, b=True, color='#243c5a', sb=0),
          P('Certificate of Completion', 28, sb=24),
          P('This is to certify that', 12, sb=28, color='#444444'),
          P('Siobhán Ní Bhriain', 22, b=True, sb=8),
          P('has completed the', 12, sb=22, color='#444444'),
          P('On-Demand Webinar', 12, i=True, sb=4, color='#243c5a'),
          P('Verification of Performance for Qualitative Molecular Assays Under the Revised EP12 Guideline: A Practical Walkthrough', 15, b=True, sb=6, w=0.9),
          P('Date of Completion: 07/02/2025', 12, sb=2),
          P('Contact hours: 1.0 (P.A.C.E.\u00ae)', 12, sb=20),
          P('Program No. 578-102-25', 12, sb=4),
          P('CLSI ' + PACE, 9.5, sb=30, w=0.88),
          SIGS([('Annika Sorensen, MT(ASCP)', 'Senior Manager, Education Programs')], sb=34, w=0.6),
          P('Certificate ID: C-25-118804', 8.5, sb=30, color='#666666')])

# ---------------------------------------------------------------- yi13
C(id='yi13', style='state-society', producer='libreoffice-fodt',
  layout=['landscape', 'centred-award', 'double-border', 'format-line', 'all-caps-name', 'program-no-without-colon'],
  notes='Regional society meeting; "Spring Symposium" on its own line is the format, not part of the title. Single-day meeting.',
  name="SARAH-JANE O'CONNELL", title='Coagulation at the Crossroads: DOAC Interference, Anti-Xa Calibration and Reversal Monitoring',
  date='2025-04-12', credits=6.0, unit='contact hour', provider=['Cascadia Society for Clinical Laboratory Science', 'CSCLS'], activity_id='417-233-25',
  doc_title='CSCLS Certificate',
  page=dict(orient='landscape', family='serif', border='double', bcolor='#2f5d3a', margin=72, top=0),
  blocks=[P('Cascadia Society for Clinical Laboratory Science', 16, b=True, color='#2f5d3a', sb=0),
          P('Certificate of Attendance', 28, sb=8),
          P('This certificate acknowledges that', 12, i=True, sb=14),
          P("SARAH-JANE O'CONNELL", 22, b=True, sb=6),
          P('attended the', 12, i=True, sb=10),
          P('Spring Symposium', 14, i=True, sb=2, color='#2f5d3a'),
          P('Coagulation at the Crossroads: DOAC Interference, Anti-Xa Calibration and Reversal Monitoring', 17, b=True, sb=4, w=0.8),
          P('held April 12, 2025  \u2022  Tacoma, Washington', 12, sb=6),
          P('6.0 P.A.C.E.\u00ae contact hours  \u2022  Program No. 417-233-25', 12, sb=12),
          P('CSCLS ' + PACE, 9, sb=8, w=0.8),
          SIGS([('Hollis Tran-Nakamura, MLS(ASCP)', 'CSCLS President'), ('Bettina Ruiz, MS, MLS(ASCP)CM', 'Symposium Chair')], sb=8)])

# ---------------------------------------------------------------- yi14
C(id='yi14', style='hospital-inservice', producer='docx-libreoffice',
  layout=['portrait', 'left-aligned-letter', 'labels-above-values', 'department-provider', 'title-word-Orientation'],
  notes='Hospital laboratory education department as provider: institution alone plus "Institution, Department". Orientation is part of the title. Employee ID is a distractor; Class No. is the ID.',
  name='Aaliyah M. Fontenot', title='New Employee Laboratory Orientation: Specimen Integrity, LIS Downtime and Critical Value Call-Backs',
  date='2025-02-18', credits=3.0, unit='contact hour',
  provider=['St. Brendan Regional Medical Center', 'St. Brendan Regional Medical Center, Laboratory Education Department'], activity_id='LE-2025-017',
  doc_title='In-Service Certificate',
  page=dict(orient='portrait', family='sans', align='left', margin=72, top=0),
  blocks=[P('St. Brendan Regional Medical Center', 18, b=True, color='#7b2d26', sb=0),
          P('Department of Pathology & Laboratory Medicine  |  Laboratory Education Department', 10, sb=2, color='#555555'),
          RULE(w=1.0, sb=8, color='#7b2d26', width=1.5),
          P('Certificate of In-Service Completion', 22, sb=30),
          P('The Laboratory Education Department certifies that the employee named below completed the following in-service program.', 11, sb=14, lh=1.35),
          P('Program', 9, sb=22, color='#555555'),
          P('New Employee Laboratory Orientation: Specimen Integrity, LIS Downtime and Critical Value Call-Backs', 14, b=True, sb=2),
          COLS([('Participant', 'Aaliyah M. Fontenot'), ('Date of Completion', 'February 18, 2025'), ('Contact Hours', '3.0')], size=12, sb=22, widths=[0.42, 0.34, 0.24]),
          COLS([('Class No.', 'LE-2025-017'), ('Employee ID', 'E0049172'), ('Location', 'Education Room B-214')], size=11, sb=16, vb=False, widths=[0.42, 0.34, 0.24]),
          P('St. Brendan Regional Medical Center Laboratory Education Department ' + PACE, 9.5, sb=30, lh=1.35),
          SIGS([('Colette Ambrose, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator'), ('Vikram Sethi, MD', 'Medical Director, Clinical Laboratory')], sb=36),
          P('Form LED-07 rev. 01/2025', 8, sb=40, color='#888888')])

# ---------------------------------------------------------------- yi15
C(id='yi15', style='public-health-lab', producer='reportlab-canvas',
  layout=['portrait', 'two-column-label-value', 'department-provider', 'expiry-date-distractor', 'hyphenated-name', 'thin-border'],
  notes='Public health laboratory training office as provider. "Certification valid through" is an expiry distractor; Training ID is the activity ID.',
  name='Ingrid Halvorsen-Tveit', title='Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B',
  date='2024-11-19', credits=3.0, unit='contact hour',
  provider=['Northern Plains Public Health Laboratory', 'Northern Plains Public Health Laboratory, Training and Outreach Office'], activity_id='PHL-TR-2411',
  doc_title='Training Certificate',
  page=dict(orient='portrait', family='sans', border='thin', bcolor='#3a5a40', margin=70, top=10),
  blocks=[P('Northern Plains Public Health Laboratory', 18, b=True, color='#3a5a40', sb=0),
          P('Training and Outreach Office', 12, sb=4, color='#3a5a40'),
          P('Certificate of Training', 26, sb=40),
          P('This document certifies that the individual below completed the training described and demonstrated competency on the final assessment.', 11, sb=16, w=0.9, lh=1.35),
          KV([('Name', 'Ingrid Halvorsen-Tveit'),
              ('Employer', 'Red Willow County Hospital Laboratory'),
              ('Training', 'Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B'),
              ('Training ID', 'PHL-TR-2411'),
              ('Training date', 'November 19, 2024'),
              ('Contact hours', '3.0 (P.A.C.E.\u00ae)'),
              ('Certification valid through', 'November 19, 2026')], lw=150, size=11, sb=30, gap=7, w=0.9),
          P('The Northern Plains Public Health Laboratory ' + PACE, 9.5, sb=30, w=0.9),
          SIGS([('Dr. Leonard Voss, PhD', 'Laboratory Director'), ('Maren Ellefson, MS', 'Training Coordinator')], sb=40),
          P('Shipper training under 49 CFR 172.704 must be repeated at least every three years.', 8, sb=30, color='#777777')])

# ---------------------------------------------------------------- yi16
C(id='yi16', style='joint-cme', producer='tcpdf',
  layout=['portrait', 'left-aligned-letter', 'joint-accreditation-statement', 'several-credit-types', 'maximum-vs-claimed', 'format-line', 'two-page', 'accented-name'],
  notes='Jointly accredited provider; credit table lists AMA PRA, ANCC, ACPE (incl. a CEU figure) and P.A.C.E.; only P.A.C.E. claimed 1.25 (of 1.5) is gold. "Live Virtual Session" is the format. Page 2 holds the accreditation statements.',
  name='Nguyễn Thị Lan', title='Sepsis Diagnostics Across the Care Continuum: Lactate, Procalcitonin and Rapid Blood Culture Identification',
  date='2024-10-02', credits=1.25, unit='contact hour', provider=['Meridian Interprofessional Education Institute', 'MIEI'], activity_id='24-MIEI-1002',
  doc_title='Certificate of Participation',
  page=dict(orient='portrait', family='sans', align='left', margin=72, top=0, border='thin', bcolor='#4a4a8a'),
  blocks=[P('Meridian Interprofessional Education Institute', 17, b=True, color='#4a4a8a', sb=0),
          P('MIEI  \u2022  Jointly Accredited Provider of Interprofessional Continuing Education', 9.5, sb=3, color='#555555'),
          P('Certificate of Participation', 24, sb=34),
          P('This certifies that', 11, sb=20),
          P('Nguyễn Thị Lan', 18, b=True, sb=4),
          P('participated in the', 11, sb=14),
          P('Live Virtual Session', 11, i=True, sb=2, color='#4a4a8a'),
          P('Sepsis Diagnostics Across the Care Continuum: Lactate, Procalcitonin and Rapid Blood Culture Identification', 14, b=True, sb=2),
          KV([('Session date:', 'October 2, 2024'), ('Activity ID:', '24-MIEI-1002')], lw=110, size=11, sb=12),
          TABLE(['Credit type', 'Maximum', 'Hours claimed'],
                [['AMA PRA Category 1 Credits\u2122', '1.50', '\u2014'],
                 ['ANCC nursing contact hours', '1.50', '\u2014'],
                 ['ACPE contact hours (0.15 CEU)', '1.50', '\u2014'],
                 ['ASCLS P.A.C.E.\u00ae contact hours', '1.50', '1.25']], widths=[0.56, 0.2, 0.24], size=10, sb=18),
          P('See page 2 for accreditation and credit designation statements.', 9, sb=14, color='#555555'),
          SIGS([('Patrice Obuya, DNP, RN', 'Director, Accredited Education')], sb=30, w=0.45),
          BREAK(),
          P('Accreditation and Credit Designation', 15, b=True, sb=0, color='#4a4a8a'),
          P('In support of improving patient care, Meridian Interprofessional Education Institute is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 10, sb=14, lh=1.4),
          P('Physicians: MIEI designates this live activity for a maximum of 1.50 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 10, sb=10, lh=1.4),
          P('Nurses: This activity is approved for a maximum of 1.50 ANCC contact hours.', 10, sb=10, lh=1.4),
          P('Pharmacists: This knowledge-based activity is approved for 1.50 contact hours (0.15 CEU).', 10, sb=10, lh=1.4),
          P('Laboratory professionals: MIEI ' + PACE + ' This activity is approved for a maximum of 1.50 P.A.C.E.\u00ae contact hours.', 10, sb=10, lh=1.4),
          P('Certificate ID 5531-88420  \u2022  Generated October 9, 2024', 8.5, sb=30, color='#777777')])

# ---------------------------------------------------------------- yi17
C(id='yi17', style='university-ceu', producer='ghostscript',
  layout=['landscape', 'centred-award', 'ornate-border', 'seal', 'department-provider', 'date-range', 'CEU', 'conferral-date-distractor', 'hyphenated-name'],
  notes='University continuing-education office; CEU 3.2 -> points 32. Course ran June 9-13 -> last day; "Conferred June 20" and Student ID are distractors.',
  name='Emmanuel R. Castellanos-Whitaker', title='Molecular Diagnostics Intensive for Clinical Laboratory Scientists',
  date='2025-06-13', credits=3.2, unit='CEU',
  provider=['Prairie Valley University', 'Prairie Valley University, Office of Continuing and Professional Education'], activity_id='MDX-5150',
  doc_title='Certificate',
  page=dict(orient='landscape', family='serif', border='ornate', bcolor='#5c2e0e', seal=dict(text='PRAIRIE\nVALLEY\nUNIVERSITY', pos='bl', color='#8a6d1e', r=44), valign='center', margin=64),
  blocks=[P('Prairie Valley University', 24, b=True, color='#5c2e0e', sb=0),
          P('Office of Continuing and Professional Education', 13, i=True, sb=4),
          P('certifies that', 12, i=True, sb=22),
          P('Emmanuel R. Castellanos-Whitaker', 24, b=True, sb=8),
          P('has satisfactorily completed', 12, i=True, sb=14),
          P('Molecular Diagnostics Intensive for Clinical Laboratory Scientists', 19, b=True, sb=6),
          P('Course No. MDX-5150  \u2022  June 9\u201313, 2025', 12, sb=8),
          P('and is hereby awarded 3.2 Continuing Education Units (CEUs)', 13, sb=12),
          SIGS([('Margaret A. Lindqvist, PhD', 'Dean, Continuing and Professional Education'), ('Samuel Okoye, MS, MLS(ASCP)', 'Program Director')], sb=18, w=0.75),
          P('Conferred June 20, 2025  \u2022  Student ID 900417732', 8.5, sb=10, color='#555555')])

# ---------------------------------------------------------------- yi18
C(id='yi18', style='vendor', producer='acroform-qpdf',
  layout=['landscape', 'labels-above-values', 'flattened-form-fields', 'date-range', 'serial-number-distractor', 'credentials-after-name', 'single-border'],
  notes='Vendor operator training; "Training" is part of the course title. Class No. is the ID, instrument serial no. is a distractor. Dates March 3-5 -> last day.',
  name='Chidinma Eze-Okafor', title='Operator Training: Corvane HX-500 Hematology Analyzer',
  date='2025-03-05', credits=14.0, unit='contact hour', provider=['Corvane Diagnostics, Inc.'], activity_id='HX5-OT-2503',
  doc_title='Training Certificate',
  page=dict(orient='landscape', family='sans', border='single', bcolor='#b5452b', margin=62, valign='center'),
  blocks=[P('Corvane Diagnostics, Inc.', 18, b=True, color='#b5452b', sb=0),
          P('Customer Training Center  \u2022  Minneapolis, Minnesota', 10, sb=3, color='#555555'),
          P('Certificate of Training', 28, sb=18),
          COLS([('Participant', 'Chidinma Eze-Okafor, MLS(ASCP)CM'), ('Facility', 'Bayou Crest Medical Laboratory')], size=13, sb=22, fields=True, widths=[0.55, 0.45]),
          COLS([('Course', 'Operator Training: Corvane HX-500 Hematology Analyzer')], size=13, sb=14, fields=True),
          COLS([('Class No.', 'HX5-OT-2503'), ('Training Dates', 'March 3\u20135, 2025'), ('Contact Hours', '14.0'), ('Instrument Serial No.', 'HX5-004471')], size=12, sb=14, fields=False),
          P('Corvane Diagnostics, Inc. ' + PACE + ' This program is approved for 14.0 P.A.C.E.\u00ae contact hours.', 9.5, sb=18, w=0.9),
          SIGS([('Brandon Keel', 'Senior Field Applications Specialist'), ('Lucia Ferraro, MT(ASCP)', 'Manager, Customer Education')], sb=14, w=0.8)])

# ---------------------------------------------------------------- yi19
C(id='yi19', style='ascp', producer='reportlab-platypus',
  layout=['portrait', 'left-aligned-letter', 'labels-above-values', 'title-word-Meeting', 'hyphenated-name', 'credentials-after-name'],
  notes='Labels above values (Participant | Date of Completion; Activity Title; CMLE Credits | Course Number | Customer ID). "Meeting" is part of a real course title. Customer ID and print date are distractors.',
  name='Thuy-Linh Pham', title='Meeting CLIA Competency Assessment Requirements for Point-of-Care Testing',
  date='2025-05-06', credits=1.0, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id='25-POC-0611',
  doc_title='CMLE Certificate',
  page=dict(orient='portrait', family='sans', align='left', margin=72, top=0, border='thin', bcolor='#1f3b73'),
  blocks=[P('American Society for Clinical Pathology', 17, b=True, color='#1f3b73', sb=0),
          P('Chicago, Illinois  \u2022  Continuing Medical Laboratory Education (CMLE)', 9.5, sb=3, color='#555555'),
          RULE(w=1.0, sb=10, color='#1f3b73', width=1.2),
          P('CMLE Certificate', 24, sb=30),
          P('The American Society for Clinical Pathology (ASCP) certifies that the participant named below has completed the activity listed and earned the CMLE credit shown.', 11, sb=14, lh=1.4),
          COLS([('Participant', 'Thuy-Linh Pham, MLS(ASCP)CM'), ('Date of Completion', '05/06/2025')], size=12.5, sb=28, widths=[0.62, 0.38]),
          COLS([('Activity Title', 'Meeting CLIA Competency Assessment Requirements for Point-of-Care Testing')], size=12.5, sb=20),
          COLS([('CMLE Credits', '1.0'), ('Course Number', '25-POC-0611'), ('ASCP Customer ID', '10448271')], size=11.5, sb=20, vb=False, widths=[0.3, 0.32, 0.38]),
          P('ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. ASCP CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.', 9, sb=36, lh=1.35, color='#333333'),
          SIGS([('Dana L. Whitford, MS, MLS(ASCP)CM', 'Director, Continuing Education')], sb=40, w=0.45),
          P('Printed 05/09/2025', 8, sb=40, color='#777777')])

# ---------------------------------------------------------------- yi20
C(id='yi20', style='aabb', producer='acroform-qpdf',
  layout=['landscape', 'centred-award', 'double-border', 'session-at-conference', 'all-caps-name', 'hyphenated-name', 'flattened-form-fields', 'several-credit-types'],
  notes='Session certificate at the AABB Annual Meeting (Oct 18-21): the session date Oct 20 is gold. Session No. is the ID. AMA PRA credit is a distractor.',
  name='WILHELMINA A. STRAUSS-BAILEY', title='Patient Blood Management Metrics That Matter to Hospital Leadership',
  date='2025-10-20', credits=1.0, unit='contact hour', provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'], activity_id='4107',
  doc_title='AABB Annual Meeting Session Certificate',
  page=dict(orient='landscape', family='sans', border='double', bcolor='#7a1f2b', valign='center', margin=64),
  blocks=[P('AABB', 26, b=True, color='#7a1f2b', sb=0),
          P('Association for the Advancement of Blood & Biotherapies', 12, sb=2, color='#7a1f2b'),
          P('AABB Annual Meeting  \u2022  October 18\u201321, 2025  \u2022  Denver, Colorado', 11, sb=8),
          P('Session Certificate', 26, sb=14),
          P('This certifies that', 11, sb=12, color='#444444'),
          P('WILHELMINA A. STRAUSS-BAILEY', 20, b=True, sb=4, field=True),
          P('attended Session No. 4107', 11, sb=10, color='#444444'),
          P('Patient Blood Management Metrics That Matter to Hospital Leadership', 17, b=True, sb=4, field=True),
          P('Session date: October 20, 2025', 12, sb=8, field=True),
          P('Medical laboratory professionals: 1.0 P.A.C.E.\u00ae contact hour  \u2022  Physicians: 1.0 AMA PRA Category 1 Credit\u2122', 10.5, sb=12),
          P('AABB ' + PACE, 9, sb=4),
          SIGS([('Theodora Castellano, MD', 'Chair, Annual Meeting Program Committee')], sb=10, w=0.45)])

# ---------------------------------------------------------------- yi21
C(id='yi21', style='cap', producer='tcpdf',
  layout=['landscape', 'centred-award', 'single-border', 'format-line', 'several-credit-types', 'hyphenated-name', 'credentials-after-name'],
  notes='"Live Webinar" is the format line. ABPath SAM and AMA PRA figures are distractors; P.A.C.E. contact hour is gold.',
  name='Mei-Ling Vasquez', title='Digital Pathology Validation for Primary Diagnosis: Applying the Updated CAP Guideline',
  date='2025-06-11', credits=1.0, unit='contact hour', provider=['College of American Pathologists', 'CAP'], activity_id='WB25-0611',
  doc_title='CAP Webinar Certificate',
  page=dict(orient='landscape', family='serif', border='single', bcolor='#00558c', valign='center', margin=62),
  blocks=[P('College of American Pathologists', 17, b=True, color='#00558c', sb=0),
          P('Certificate of Completion', 28, sb=8),
          P('awarded to', 12, i=True, sb=12),
          P('Mei-Ling Vasquez, MLS(ASCP)CM, SLS', 21, b=True, sb=4),
          P('for participation in the', 12, i=True, sb=10),
          P('Live Webinar', 13, i=True, sb=2, color='#00558c'),
          P('Digital Pathology Validation for Primary Diagnosis: Applying the Updated CAP Guideline', 17, b=True, sb=4, w=0.8),
          P('Webinar date: Wednesday, June 11, 2025   \u2022   Activity ID: WB25-0611', 11.5, sb=8),
          P('Credit earned: 1.0 P.A.C.E.\u00ae contact hour', 12.5, b=True, sb=10),
          P('The CAP designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit\u2122. This activity also qualifies as a Self-Assessment Module (SAM) for 1.0 credit toward the ABPath Continuing Certification program. The CAP ' + PACE, 8.5, sb=8, w=0.86)])

# ---------------------------------------------------------------- yi22
C(id='yi22', style='pace-provider', producer='chromium',
  layout=['portrait', 'labels-above-values', 'provider-only-in-accreditation-statement', 'all-caps-name', 'letter-spaced-heading', 'program-no-without-colon', 'thin-border'],
  notes='Labels above values in rows (Participant | Date of Completion; Program Title; Contact Hours | Level | Format). Provider is only the subject of the P.A.C.E. statement.',
  name='PRIYANKA RAO-DESAI', title='Blood Gas Interpretation for the Bench Scientist: Mixed Disorders, Anion Gap and Delta Ratio',
  date='2024-12-02', credits=1.5, unit='contact hour', provider=['Bench to Bedside Learning, LLC'], activity_id='488-907-24',
  doc_title='Certificate of Completion',
  page=dict(orient='portrait', family='sans', border='thin', bcolor='#444444', margin=70, top=24, align='left'),
  blocks=[P('CERTIFICATE OF COMPLETION', 20, b=True, sb=0, ls=3, color='#2a4d69', al='center'),
          P('Continuing Education for Laboratory Professionals', 10.5, sb=6, color='#555555', al='center'),
          COLS([('Participant', 'PRIYANKA RAO-DESAI'), ('Date of Completion', 'December 2, 2024')], size=13, sb=56, widths=[0.6, 0.4]),
          COLS([('Program Title', 'Blood Gas Interpretation for the Bench Scientist: Mixed Disorders, Anion Gap and Delta Ratio')], size=13, sb=26),
          COLS([('Contact Hours', '1.5'), ('Level', 'Intermediate'), ('Format', 'Recorded webinar with post-test')], size=11.5, sb=26, vb=False, widths=[0.3, 0.3, 0.4]),
          P('Program No. 488-907-24', 11, sb=34),
          P('Bench to Bedside Learning, LLC ' + PACE, 10, sb=10, lh=1.4),
          SIGS([('Martina Szabo, MS, MLS(ASCP)CM', 'Program Director')], sb=50, w=0.45),
          P('Questions about this certificate: records@example.org  \u2022  Page 1 of 1', 8, sb=60, color='#777777')])

# ---------------------------------------------------------------- yi23
C(id='yi23', style='labce', producer='fpdf',
  layout=['portrait', 'centred-award', 'double-border', 'letter-spaced-name', 'all-caps-name', 'long-title-wrap+labelled-line', 'hyphenated-name'],
  notes='Name letter-spaced with literal spaces. Long wrapped title directly followed by "Date of completion:". Certificate ID and print date are distractors.',
  name='MARCUS DELACROIX-NWOSU', title='Hematology Case Studies: Distinguishing Reactive Lymphocytosis from Chronic Lymphoproliferative Disorders on the Peripheral Smear',
  date='2024-10-15', credits=2.0, unit='contact hour', provider=['LabCE'], activity_id='HEM-4420',
  doc_title='LabCE Certificate of Completion',
  page=dict(orient='portrait', family='sans', border='double', bcolor='#0e6fa8', valign='center', margin=70),
  blocks=[P('LabCE', 28, b=True, color='#0e6fa8', sb=0),
          P('Certificate of Completion', 26, sb=22),
          P('This certifies that', 12, sb=30, color='#444444'),
          P('MARCUS DELACROIX-NWOSU', 17, b=True, sb=8, ls=4),
          P('has successfully completed', 12, sb=24, color='#444444'),
          P('Hematology Case Studies: Distinguishing Reactive Lymphocytosis from Chronic Lymphoproliferative Disorders on the Peripheral Smear', 15, b=True, sb=6, w=0.9),
          P('Date of completion: 10/15/2024', 12, sb=2),
          KV([('Course ID', 'HEM-4420'), ('Contact hours', '2.0 P.A.C.E.\u00ae contact hours'), ('Level', 'Advanced')], lw=120, size=11, sb=26, w=0.62),
          P('LabCE ' + PACE, 9.5, sb=30, w=0.85),
          P('Certificate ID 2024-1015-90112  \u2022  Printed 10/16/2024', 8.5, sb=30, color='#666666')])

# ---------------------------------------------------------------- yi24
C(id='yi24', style='medialab', producer='ghostscript',
  layout=['portrait', 'centred-award', 'single-border', 'two-page', 'title-word-Orientation', 'iso-date', 'accented-name', 'hyphenated-name'],
  notes='Two pages: certificate and course details. "Orientation" belongs to the title. ISO date "Completed on: 2024-12-11". Certificate number is a distractor.',
  name='Ana Lúcia Ferreira-Santos', title='Blood Bank Orientation for Generalists: Antibody Screens, Crossmatch Selection and Emergency Release',
  date='2024-12-11', credits=3.0, unit='contact hour', provider=['MediaLab, Inc.', 'MediaLab'], activity_id='BB-GEN-310',
  doc_title='MediaLab Certificate',
  page=dict(orient='portrait', family='serif', border='single', bcolor='#5b2c83', valign='center', margin=72),
  blocks=[P('MediaLab, Inc.', 22, b=True, color='#5b2c83', sb=0),
          P('Certificate of Completion', 28, sb=30),
          P('This certificate is presented to', 12, i=True, sb=34),
          P('Ana Lúcia Ferreira-Santos', 22, b=True, sb=8),
          P('for completing the course', 12, i=True, sb=24),
          P('Blood Bank Orientation for Generalists: Antibody Screens, Crossmatch Selection and Emergency Release', 16, b=True, sb=6, w=0.88),
          P('Completed on: 2024-12-11', 12, sb=14),
          P('Course Number: BB-GEN-310', 12, sb=4),
          P('3.0 contact hours', 13, b=True, sb=18),
          P('Certificate Number: 8840217', 9, sb=40, color='#666666'),
          BREAK(),
          P('Course Details', 18, b=True, sb=0, color='#5b2c83', al='left'),
          KV([('Course', 'Blood Bank Orientation for Generalists: Antibody Screens, Crossmatch Selection and Emergency Release'),
              ('Course Number', 'BB-GEN-310'), ('Level', 'Basic'), ('Contact hours', '3.0'),
              ('Objectives', 'Interpret antibody screen results; select compatible units for crossmatch; apply emergency release procedures.')],
             lw=120, size=11, sb=18, gap=6),
          P('MediaLab, Inc. ' + PACE, 10, sb=24, al='left'),
          P('Thank you for learning with MediaLab. Keep this certificate for your continuing education records.', 10, sb=10, al='left')])

# ---------------------------------------------------------------- yi25
C(id='yi25', style='adlm', producer='reportlab-canvas',
  layout=['landscape', 'centred-award', 'ornate-border', 'format-line', 'honorific-Dr', 'seal', 'hyphenated-name'],
  notes='Pre-2024 AACC certificate. "Self-Study Module" is the format line; "Dr." honorific dropped; member ID is a distractor; ACCENT contact hours are the lab figure.',
  name='Benedikt Auer-Lindgren', title='Troponin Testing in the Emergency Department: High-Sensitivity Assays and 0/1-Hour Algorithms',
  date='2023-08-03', credits=1.5, unit='contact hour', provider=['American Association for Clinical Chemistry', 'AACC'], activity_id='SS-23-117',
  doc_title='AACC Certificate',
  page=dict(orient='landscape', family='serif', border='ornate', bcolor='#00707a', seal=dict(text='AACC\nACCENT', pos='br', color='#00707a'), valign='center', margin=66),
  blocks=[P('American Association for Clinical Chemistry', 16, b=True, color='#00707a', sb=0),
          P('Certificate of Completion', 30, sb=8),
          P('This is to certify that', 12, i=True, sb=14),
          P('Dr. Benedikt Auer-Lindgren', 23, b=True, sb=6),
          P('has completed the', 12, i=True, sb=12),
          P('Self-Study Module', 13, i=True, sb=2, color='#00707a'),
          P('Troponin Testing in the Emergency Department: High-Sensitivity Assays and 0/1-Hour Algorithms', 17, b=True, sb=4, w=0.8),
          P('Completion date: August 3, 2023     Activity ID: SS-23-117', 12, sb=10),
          P('ACCENT\u00ae contact hours: 1.5', 12.5, b=True, sb=8),
          P('AACC is an approved provider of ACCENT\u00ae continuing education credit.  AACC Member ID 2241097', 9, sb=10, color='#444444')])

# ---------------------------------------------------------------- yi26
C(id='yi26', style='nsh', producer='docx-libreoffice',
  layout=['portrait', 'centred-award', 'double-border', 'format-phrase-on-demand-webinar', 'credentials-after-name'],
  notes='"has completed the on-demand webinar" precedes the title; format is not part of the title.',
  name='Kateryna Bondarenko', title='Decalcification Endpoints and Their Effect on Immunohistochemistry and Molecular Testing',
  date='2025-04-22', credits=1.0, unit='contact hour', provider=['National Society for Histotechnology', 'NSH'], activity_id='NSH-W2504',
  doc_title='NSH Webinar Certificate',
  page=dict(orient='portrait', family='serif', border='double', bcolor='#8b1e3f', margin=72, top=30),
  blocks=[P('National Society for Histotechnology', 18, b=True, color='#8b1e3f', sb=0),
          P('Certificate of Completion', 28, sb=36),
          P('This is to certify that', 12, i=True, sb=30),
          P('Kateryna Bondarenko, HTL(ASCP)CM QIHC', 19, b=True, sb=8),
          P('has completed the on-demand webinar', 12, i=True, sb=22),
          P('Decalcification Endpoints and Their Effect on Immunohistochemistry and Molecular Testing', 16, b=True, sb=6),
          P('Date of Completion: 04/22/2025', 12, sb=14),
          P('Activity No. NSH-W2504  \u2022  1.0 contact hour', 12, sb=6),
          P('NSH ' + PACE, 9.5, sb=36, w=0.85),
          SIGS([('Delia Marchand, HT(ASCP)', 'NSH Education Committee Chair')], sb=40, w=0.55),
          P('NSH Member No. 66102', 8.5, sb=30, color='#777777')])

# ---------------------------------------------------------------- yi27
C(id='yi27', style='amt', producer='libreoffice-fodt',
  layout=['landscape', 'centred-award', 'ornate-border', 'meeting-attendance', 'date-range', 'suffix-Sr'],
  notes='Meeting attendance: title = meeting name (contains "Meeting"); date range July 9-12 -> last day; CE hours. Member no. distractor; no activity ID.',
  name='Lamar Whitfield Sr.', title='AMT 2025 Educational Program & Annual Meeting',
  date='2025-07-12', credits=13.5, unit='CE hour', provider=['American Medical Technologists', 'AMT'], activity_id=None,
  doc_title='AMT Meeting Certificate',
  page=dict(orient='landscape', family='serif', border='ornate', bcolor='#1d4f91', margin=72, top=10),
  blocks=[P('American Medical Technologists', 18, b=True, color='#1d4f91', sb=0),
          P('Certificate of Attendance', 30, sb=10),
          P('This certifies that', 12, i=True, sb=16),
          P('Lamar Whitfield Sr.', 24, b=True, sb=6),
          P('attended the', 12, i=True, sb=12),
          P('AMT 2025 Educational Program & Annual Meeting', 19, b=True, sb=4),
          P('July 9\u201312, 2025  \u2022  Louisville, Kentucky', 12, sb=6),
          P('and earned 13.5 CE hours', 13, sb=14),
          SIGS([('Cheryl Dumont, MT(AMT)', 'AMT President'), ('Harvey Lindell, EdD', 'Chair, Education Program Committee')], sb=20),
          P('AMT Member No. 3318840', 8.5, sb=14, color='#666666')])

# ---------------------------------------------------------------- yi28
C(id='yi28', style='asm', producer='tcpdf',
  layout=['portrait', 'centred-award', 'thin-border', 'format-line', 'letter-spaced-name', 'all-caps-name', 'presented-by-speaker'],
  notes='"LIVE WEBINAR" is the format line; name letter-spaced with TCPDF font spacing; presenter is a distractor; no activity ID printed.',
  name='GRACE OYELARAN', title='Candida auris Screening: Specimen Collection, Culture and Colonization Surveillance',
  date='2025-01-28', credits=1.0, unit='contact hour', provider=['American Society for Microbiology', 'ASM'], activity_id=None,
  doc_title='ASM Webinar Certificate',
  page=dict(orient='portrait', family='sans', border='thin', bcolor='#0b3d6b', valign='center', margin=72),
  blocks=[P('American Society for Microbiology', 17, b=True, color='#0b3d6b', sb=0),
          P('Certificate of Participation', 26, sb=30),
          P('This certifies that', 12, sb=34, color='#444444'),
          P('GRACE OYELARAN', 20, b=True, sb=8, ls=4),
          P('participated in the', 12, sb=24, color='#444444'),
          P('LIVE WEBINAR', 12, b=True, sb=4, color='#0b3d6b'),
          P('Candida auris Screening: Specimen Collection, Culture and Colonization Surveillance', 16, b=True, sb=6, w=0.9),
          P('presented by Dr. Helena Marchetti, PhD, D(ABMM)', 11, i=True, sb=8),
          P('Webinar date: January 28, 2025', 12, sb=18),
          P('1.0 P.A.C.E.\u00ae contact hour', 13, b=True, sb=8),
          P('ASM ' + PACE, 9.5, sb=34, w=0.88),
          P('Issued 02/04/2025', 8.5, sb=30, color='#666666')])

# ---------------------------------------------------------------- yi29
C(id='yi29', style='clsi', producer='reportlab-canvas',
  layout=['landscape', 'centred-award', 'double-border', 'small-table', 'date-range', 'provider-issuer-line-only', 'provider-name-with-and'],
  notes='Workshop May 12-14 in a small table (Program No. | Dates | Contact Hours) -> last day. Provider printed in full only (issuer line and statement), no short form.',
  name='Rosalind Achterberg', title='Quality Management System Essentials: Nonconforming Event Management and Root Cause Analysis',
  date='2025-05-14', credits=18.0, unit='contact hour', provider=['Clinical and Laboratory Standards Institute'], activity_id='QMS-2505-W',
  doc_title='Workshop Certificate',
  page=dict(orient='landscape', family='sans', border='double', bcolor='#243c5a', valign='center', margin=64),
  blocks=[P('Clinical and Laboratory Standards Institute', 15, b=True, color='#243c5a', sb=0),
          P('Certificate of Completion', 28, sb=10),
          P('This is to certify that', 12, sb=14, color='#444444'),
          P('Rosalind Achterberg', 24, b=True, sb=6),
          P('successfully completed the workshop', 12, sb=12, color='#444444'),
          P('Quality Management System Essentials: Nonconforming Event Management and Root Cause Analysis', 17, b=True, sb=4, w=0.8),
          TABLE(['Program No.', 'Dates', 'Contact Hours'], [['QMS-2505-W', 'May 12\u201314, 2025', '18.0']], w=0.55, size=10.5, sb=14, al='center', hfill='#dfe6ee'),
          P('Clinical and Laboratory Standards Institute ' + PACE, 9, sb=12, w=0.85),
          SIGS([('Gerald Mbatha, MBA, CQA(ASQ)', 'Lead Instructor'), ('Annika Sorensen, MT(ASCP)', 'Senior Manager, Education Programs')], sb=8, w=0.8)])

# ---------------------------------------------------------------- yi30
C(id='yi30', style='state-society', producer='reportlab-platypus',
  layout=['portrait', 'centred-award', 'single-border', 'format-line', 'title-word-Meetings', 'accented-name', 'program-no-without-colon'],
  notes='"Live Virtual Session" is the format line; "Meetings" is part of the course title.',
  name='José Luis Arredondo', title='Effective Staff Meetings for Laboratory Supervisors: Agendas, Huddles and Follow-Through',
  date='2024-10-08', credits=1.0, unit='contact hour', provider=['Lone Star Society for Clinical Laboratory Science', 'LSSCLS'], activity_id='301-118-24',
  doc_title='LSSCLS Certificate',
  page=dict(orient='portrait', family='serif', border='single', bcolor='#9c2a00', margin=72, top=30),
  blocks=[P('Lone Star Society for Clinical Laboratory Science', 17, b=True, color='#9c2a00', sb=0),
          P('LSSCLS Fall Education Series', 11, sb=4, color='#9c2a00'),
          P('Certificate of Attendance', 28, sb=40),
          P('This certifies that', 12, i=True, sb=30),
          P('José Luis Arredondo', 22, b=True, sb=8),
          P('attended the', 12, i=True, sb=22),
          P('Live Virtual Session', 13, i=True, sb=2, color='#9c2a00'),
          P('Effective Staff Meetings for Laboratory Supervisors: Agendas, Huddles and Follow-Through', 16, b=True, sb=6),
          P('October 8, 2024', 12, sb=12),
          P('1.0 P.A.C.E.\u00ae contact hour  \u2022  Program No. 301-118-24', 12, sb=18),
          P('LSSCLS ' + PACE, 9.5, sb=30),
          SIGS([('Dolores Ybarra, MS, MLS(ASCP)CM', 'LSSCLS Education Chair')], sb=40, w=0.55)])

# ---------------------------------------------------------------- yi31
C(id='yi31', style='hospital-inservice', producer='acroform-qpdf',
  layout=['portrait', 'two-column-label-value', 'department-provider', 'series-name-in-title', 'presented-by-speaker', 'flattened-form-fields'],
  notes='Hospital Education Council as provider. "Laboratory Grand Rounds:" is part of the title. Offering No. is the ID; employee ID and presenter are distractors.',
  name='Marguerite Thibodeaux', title='Laboratory Grand Rounds: Transfusion Decisions When Patients Decline Blood Products',
  date='2025-01-16', credits=1.0, unit='contact hour',
  provider=['Mercy Fairhaven Medical Center', 'Mercy Fairhaven Medical Center, Education Council'], activity_id='GR-25-003',
  doc_title='Continuing Education Certificate',
  page=dict(orient='portrait', family='serif', border='thin', bcolor='#234e52', margin=72, top=10),
  blocks=[P('Mercy Fairhaven Medical Center', 20, b=True, color='#234e52', sb=0),
          P('Education Council', 13, i=True, sb=4),
          P('Continuing Education Certificate', 24, sb=40),
          P('The Education Council of Mercy Fairhaven Medical Center certifies attendance at the offering below.', 11, i=True, sb=16),
          KV([('Name:', 'Marguerite Thibodeaux, MT(ASCP)'),
              ('Offering:', 'Laboratory Grand Rounds: Transfusion Decisions When Patients Decline Blood Products'),
              ('Offering No.:', 'GR-25-003'),
              ('Presenter:', 'Dr. Nathaniel Okafor, MD, Transfusion Medicine'),
              ('Date:', 'Thursday, January 16, 2025'),
              ('Contact hours:', '1.0 (P.A.C.E.)'),
              ('Employee ID:', '204417')], lw=110, size=12, sb=30, gap=8, w=0.95, fields=True),
          P('Mercy Fairhaven Medical Center Education Council ' + PACE, 9.5, sb=34, w=0.95),
          SIGS([('Yvette Broussard, MSN, RN', 'Chair, Education Council')], sb=44, w=0.5)])

# ---------------------------------------------------------------- yi32
C(id='yi32', style='public-health-lab', producer='chromium',
  layout=['landscape', 'labels-above-values', 'department-provider', 'employer-distractor', 'single-border'],
  notes='Labels above values (Participant | Laboratory | Date | Contact Hours). Employer hospital is a distractor, not the provider. Course No. is the ID.',
  name='Yusuf Abdirahman', title='Biosafety Risk Assessment for Sentinel Laboratories: Recognizing and Referring Select Agents',
  date='2025-08-07', credits=2.5, unit='contact hour',
  provider=['Tri-Rivers Regional Public Health Laboratory', 'Tri-Rivers Regional Public Health Laboratory, Laboratory Training Program'], activity_id='SL-207',
  doc_title='Training Certificate',
  page=dict(orient='landscape', family='sans', border='single', bcolor='#3a5a40', valign='center', margin=62),
  blocks=[P('Tri-Rivers Regional Public Health Laboratory', 18, b=True, color='#3a5a40', sb=0),
          P('Laboratory Training Program  \u2022  Sentinel Laboratory Outreach', 11, sb=3),
          P('Certificate of Completion', 28, sb=16),
          P('Biosafety Risk Assessment for Sentinel Laboratories: Recognizing and Referring Select Agents', 18, b=True, sb=14, w=0.85),
          COLS([('Participant', 'Yusuf Abdirahman'), ('Laboratory', 'Harlan County Memorial Hospital'), ('Date', '08/07/2025'), ('Contact Hours', '2.5')],
               size=12.5, sb=24, widths=[0.27, 0.37, 0.18, 0.18]),
          COLS([('Course No.', 'SL-207'), ('Format', 'In-person workshop'), ('Location', 'Regional PHL Training Room 3')], size=11, sb=14, vb=False, widths=[0.27, 0.37, 0.36]),
          P('The Tri-Rivers Regional Public Health Laboratory ' + PACE, 9.5, sb=18, w=0.9),
          SIGS([('Abena Owusu, PhD', 'Laboratory Director'), ('Cole Brandvold, MS', 'Training Program Manager')], sb=12, w=0.8)])

# ---------------------------------------------------------------- yi33
C(id='yi33', style='joint-cme', producer='ghostscript',
  layout=['portrait', 'left-aligned-letter', 'two-page', 'joint-accreditation-statement', 'credit-table-maximum-vs-claimed', 'date-range', 'honorific-Dr', 'department-provider'],
  notes='Conference April 4-5 -> last day; title is the conference name. Credit table: only P.A.C.E. claimed 4.5 is gold (maximum 6.0; AMA PRA/ANCC/ACPE distractors). "Dr." dropped. Page 2 holds statements.',
  name='Adaeze Umeh', title='Annual Transfusion Medicine and Hemostasis Conference',
  date='2025-04-05', credits=4.5, unit='contact hour',
  provider=['Lakemont Health System', 'Lakemont Health System, Center for Continuing Professional Development'], activity_id='25-LH-0404',
  doc_title='Certificate of Participation',
  page=dict(orient='portrait', family='serif', align='left', margin=72, top=0, border='thin', bcolor='#5a3d7a'),
  blocks=[P('Lakemont Health System', 20, b=True, color='#5a3d7a', sb=0),
          P('Center for Continuing Professional Development', 12, i=True, sb=3),
          RULE(w=1.0, sb=10, color='#5a3d7a', width=1.2),
          P('Certificate of Participation', 24, sb=30),
          P('Dr. Adaeze Umeh', 18, b=True, sb=22),
          P('participated in', 11, sb=12),
          P('Annual Transfusion Medicine and Hemostasis Conference', 15, b=True, sb=4),
          P('April 4\u20135, 2025  \u2022  Lakemont Conference Center', 11, sb=4),
          P('Activity ID 25-LH-0404', 11, sb=10),
          TABLE(['Credit type', 'Maximum', 'Claimed'],
                [['AMA PRA Category 1 Credits\u2122', '6.00', '\u2014'],
                 ['ANCC contact hours', '6.00', '\u2014'],
                 ['ACPE contact hours', '6.00', '\u2014'],
                 ['P.A.C.E.\u00ae contact hours', '6.00', '4.50']], widths=[0.56, 0.22, 0.22], size=10.5, sb=20, w=0.85),
          P('Credit designation and accreditation statements appear on page 2.', 9.5, sb=14, i=True),
          SIGS([('Rosemary Kline, MEd', 'Director, Center for Continuing Professional Development')], sb=40, w=0.6),
          BREAK(),
          P('Accreditation Statements', 15, b=True, sb=0, color='#5a3d7a'),
          P('In support of improving patient care, Lakemont Health System is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 10.5, sb=14, lh=1.4),
          P('Lakemont Health System designates this live activity for a maximum of 6.00 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 10.5, sb=10, lh=1.4),
          P('Nurses may claim a maximum of 6.00 ANCC contact hours. Pharmacists may claim a maximum of 6.00 ACPE contact hours (0.6 CEU).', 10.5, sb=10, lh=1.4),
          P('Lakemont Health System ' + PACE, 10.5, sb=10, lh=1.4),
          P('Certificate No. LH-C-118204  \u2022  Claimed April 9, 2025', 8.5, sb=30, color='#777777')])

# ---------------------------------------------------------------- yi34
C(id='yi34', style='university-ceu', producer='fpdf',
  layout=['portrait', 'left-aligned-letter', 'department-provider', 'CEU', 'date-range', 'transcript-number-distractor', 'hyphenated-name'],
  notes='Letter from a university continuing-education division; 1.2 CEU -> points 12. Completion date 11/22/2024 (also last day of range). Transcript No. is a distractor.',
  name='Hannah Kowalczyk-Reyes', title='Phlebotomy Instructor Development Workshop',
  date='2024-11-22', credits=1.2, unit='CEU',
  provider=['Bellmont State University', 'Bellmont State University, Division of Continuing Education'], activity_id='CE-HLTH-412',
  doc_title='CEU Certificate Letter',
  page=dict(orient='portrait', family='serif', align='left', margin=72, top=0),
  blocks=[P('Bellmont State University', 20, b=True, color='#123f6b', sb=0),
          P('College of Health Sciences  |  Division of Continuing Education', 10.5, sb=3, color='#444444'),
          RULE(w=1.0, sb=8, color='#123f6b', width=1.5),
          P('December 2, 2024', 11, sb=26),
          P('Hannah Kowalczyk-Reyes\n418 Larkspur Lane\nGreenfield, Ohio', 11, sb=16),
          P('Re: Continuing Education Units awarded', 11, b=True, sb=18),
          P('Dear Ms. Kowalczyk-Reyes:', 11, sb=14),
          P('Congratulations. The Division of Continuing Education certifies that you have completed the non-credit course listed below and have been awarded Continuing Education Units (CEUs) in accordance with our institutional CEU guidelines.', 11, sb=10, lh=1.4),
          KV([('Course', 'Phlebotomy Instructor Development Workshop'), ('Course No.', 'CE-HLTH-412'),
              ('Course dates', 'November 18\u201322, 2024'), ('Completed', '11/22/2024'), ('CEUs awarded', '1.2'),
              ('Transcript No.', 'T-2024-55031')], lw=120, size=11, sb=16, gap=5),
          P('Please keep this letter with your professional development records.', 11, sb=16),
          P('Sincerely,', 11, sb=18),
          SIGS([('Corinne Albrecht, EdD', 'Director, Division of Continuing Education')], sb=8, w=0.45),
          P('Bellmont State University  \u2022  Greenfield, Ohio', 8.5, sb=40, color='#777777', al='center')])

# ---------------------------------------------------------------- yi35
C(id='yi35', style='vendor', producer='docx-libreoffice',
  layout=['landscape', 'centred-award', 'single-border', 'format-line', 'long-title-wrap+labelled-line', 'provider-issuer-line+accreditation-statement', 'program-no-without-colon'],
  notes='Vendor educational webinar; "On-Demand" is the format line; wrapped title directly followed by "Date of completion:". Provider printed as issuer line and in the P.A.C.E. statement.',
  name='Wei Zhang', title='Multiplex Respiratory Panels in Practice: Diagnostic Stewardship, Result Interpretation and Reflex Testing Algorithms',
  date='2024-09-30', credits=1.0, unit='contact hour', provider=['Aurelia Molecular Systems, Inc.'], activity_id='602-441-24',
  doc_title='Certificate of Completion',
  page=dict(orient='landscape', family='sans', border='single', bcolor='#6b4c9a', margin=64, top=8),
  blocks=[P('Aurelia Molecular Systems, Inc.', 15, b=True, color='#6b4c9a', sb=0),
          P('Certificate of Completion', 28, sb=12),
          P('This certifies that', 12, sb=16, color='#444444'),
          P('Wei Zhang, MB(ASCP)CM', 22, b=True, sb=6),
          P('has completed the', 12, sb=14, color='#444444'),
          P('On-Demand', 12, i=True, sb=3, color='#6b4c9a'),
          P('Multiplex Respiratory Panels in Practice: Diagnostic Stewardship, Result Interpretation and Reflex Testing Algorithms', 16, b=True, sb=4, w=0.8),
          P('Date of completion: September 30, 2024', 12, sb=2),
          P('1.0 P.A.C.E.\u00ae contact hour  \u2022  Program No. 602-441-24', 12, sb=14),
          P('Aurelia Molecular Systems, Inc. ' + PACE + ' This program is non-promotional.', 9, sb=10, w=0.85),
          SIGS([('Ravi Chandrasekhar, PhD', 'Director, Scientific Education')], sb=10, w=0.45)])

# ---------------------------------------------------------------- yi36
C(id='yi36', style='ascp', producer='fpdf',
  layout=['landscape', 'centred-award', 'double-border', 'meeting-attendance', 'date-range', 'all-caps-name', 'maximum-vs-claimed', 'seal'],
  notes='Annual meeting attendance: title = meeting name; range Sept 10-12 -> last day. CMLE claimed 12.25 is gold; 18.5 AMA PRA maximum is a distractor.',
  name='KENJI WATANABE-HOLT', title='ASCP 2025 Annual Meeting',
  date='2025-09-12', credits=12.25, unit='CMLE', provider=['American Society for Clinical Pathology', 'ASCP'], activity_id=None,
  doc_title='ASCP Annual Meeting Certificate',
  page=dict(orient='landscape', family='serif', border='double', bcolor='#1f3b73', seal=dict(text='ASCP\n2025', pos='bl', color='#a8862b'), valign='center', margin=66),
  blocks=[P('American Society for Clinical Pathology', 15, b=True, color='#1f3b73', sb=0),
          P('Certificate of Attendance', 30, sb=8),
          P('This is to certify that', 12, i=True, sb=14),
          P('KENJI WATANABE-HOLT', 24, b=True, sb=6),
          P('has participated in the', 12, i=True, sb=12),
          P('ASCP 2025 Annual Meeting', 20, b=True, sb=4),
          P('September 10\u201312, 2025  \u2022  Phoenix, Arizona', 12, sb=6),
          P('CMLE credits claimed: 12.25', 13, b=True, sb=14),
          P('ASCP designates this live activity for a maximum of 18.5 AMA PRA Category 1 Credits\u2122 and 18.5 CMLE credits. Participants should claim only the credit commensurate with the extent of their participation.', 9, sb=8, w=0.75),
          SIGS([('Harold P. Enright, MD', 'Chair, Annual Meeting Steering Committee')], sb=10, w=0.45)])

# ---------------------------------------------------------------- yi37
C(id='yi37', style='aabb', producer='reportlab-canvas',
  layout=['portrait', 'centred-award', 'thin-border', 'format-line', 'short-form-provider-only', 'accented-name', 'program-no-without-colon'],
  notes='Only "AABB" is printed (no expanded name). "On-Demand" is the format line; "Workshop" is part of the title.',
  name='Luis Ángel Montemayor', title='Antibody Identification Workshop: Warm Autoantibodies and Adsorption Strategies',
  date='2025-02-03', credits=2.0, unit='contact hour', provider=['AABB'], activity_id='539-207-25',
  doc_title='AABB Certificate of Completion',
  page=dict(orient='portrait', family='serif', border='thin', bcolor='#7a1f2b', valign='center', margin=72),
  blocks=[P('AABB', 34, b=True, color='#7a1f2b', sb=0),
          P('Education  \u2022  Standards  \u2022  Accreditation', 10, sb=4, color='#7a1f2b'),
          P('Certificate of Completion', 28, sb=34),
          P('This is to certify that', 12, i=True, sb=30),
          P('Luis Ángel Montemayor', 22, b=True, sb=8),
          P('has completed the', 12, i=True, sb=22),
          P('On-Demand', 12, i=True, sb=3, color='#7a1f2b'),
          P('Antibody Identification Workshop: Warm Autoantibodies and Adsorption Strategies', 16, b=True, sb=4, w=0.9),
          P('Completed: 02/03/2025', 12, sb=12),
          P('P.A.C.E.\u00ae contact hours: 2.0   \u2022   Program No. 539-207-25', 12, sb=6),
          P('AABB ' + PACE, 9.5, sb=30, w=0.9),
          P('Order No. 10-448201', 8.5, sb=30, color='#666666')])

# ---------------------------------------------------------------- yi38
C(id='yi38', style='cap', producer='chromium',
  layout=['portrait', 'left-aligned-letter', 'format-line', 'maximum-vs-claimed', 'several-credit-types', 'ASQ-distractor', 'title-word-Training', 'credentials-after-name'],
  notes='"Self-Study" is the format line; "Inspector Training" is part of the title. P.A.C.E. claimed 1.5 of a maximum 2.0 is gold; AMA PRA and ASQ RU figures are distractors.',
  name='Obadiah F. Kettering', title='CAP Inspector Training: Chemistry and Toxicology Checklist Update',
  date='2025-05-20', credits=1.5, unit='contact hour', provider=['College of American Pathologists', 'CAP'], activity_id='ITR-2025-CHM',
  doc_title='CAP Certificate',
  page=dict(orient='portrait', family='serif', border='thin', bcolor='#00558c', margin=72, top=0, align='left'),
  blocks=[P('College of American Pathologists', 20, b=True, color='#00558c', sb=0),
          RULE(w=1.0, sb=8, color='#00558c', width=1.5),
          P('Certificate of Completion', 24, sb=30),
          P('Obadiah F. Kettering, MT(ASCP), CQA(ASQ)', 17, b=True, sb=24),
          P('has completed the following', 11, sb=12),
          P('Self-Study', 11, i=True, sb=4, color='#00558c'),
          P('CAP Inspector Training: Chemistry and Toxicology Checklist Update', 15, b=True, sb=3),
          KV([('Completed on', 'May 20, 2025'), ('Activity ID', 'ITR-2025-CHM'),
              ('P.A.C.E.\u00ae contact hours claimed', '1.5 (maximum 2.0)')], lw=200, size=11, sb=18, gap=5),
          P('The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians and designates this enduring material for a maximum of 2.0 AMA PRA Category 1 Credits\u2122. The CAP ' + PACE, 9, sb=24, lh=1.4, color='#333333'),
          P('ASQ: This activity may be used for 0.2 recertification units (RU) toward ASQ recertification.', 9, sb=6, color='#333333'),
          SIGS([('Lydia Osterhaus, MD, FCAP', 'Chair, Council on Accreditation')], sb=36, w=0.45),
          P('Printed 05/22/2025', 8, sb=30, color='#777777')])

# ---------------------------------------------------------------- yi39
C(id='yi39', style='ascls', producer='reportlab-platypus',
  layout=['landscape', 'centred-award', 'double-border', 'format-line', 'title-word-Ethics', 'program-no-without-colon', 'seal'],
  notes='ASCLS webinar; "Live Webinar" is the format line; "Ethics Case Review:" is part of the title.',
  name='Ngozi Chukwuemeka', title='Ethics Case Review: When the Manager Asks You to Release an Unverified Result',
  date='2025-03-26', credits=1.0, unit='contact hour', provider=['American Society for Clinical Laboratory Science', 'ASCLS'], activity_id='001-310-25',
  doc_title='ASCLS Webinar Certificate',
  page=dict(orient='landscape', family='serif', border='double', bcolor='#004a7c', seal=dict(text='ASCLS\nP.A.C.E.', pos='br', color='#004a7c'), margin=66, top=14),
  blocks=[P('American Society for Clinical Laboratory Science', 16, b=True, color='#004a7c', sb=0),
          P('Certificate of Participation', 30, sb=10),
          P('This certifies that', 12, i=True, sb=16),
          P('Ngozi Chukwuemeka', 24, b=True, sb=6),
          P('participated in the', 12, i=True, sb=12),
          P('Live Webinar', 13, i=True, sb=2, color='#004a7c'),
          P('Ethics Case Review: When the Manager Asks You to Release an Unverified Result', 18, b=True, sb=4),
          P('March 26, 2025', 12, sb=6),
          P('1.0 P.A.C.E.\u00ae contact hour  \u2022  P.A.C.E.\u00ae Program No. 001-310-25', 12, sb=12),
          P('ASCLS ' + PACE, 9, sb=8),
          SIGS([('Tobias Renner, MS', 'Director of Education')], sb=6, w=0.4)])

# ---------------------------------------------------------------- yi40
C(id='yi40', style='hospital-inservice', producer='libreoffice-fodt',
  layout=['portrait', 'centred-award', 'thin-border', 'department-provider', 'title-word-Grossing', 'format-phrase-in-service', 'hyphenated-name'],
  notes='Hospital in-service; "attended the in-service" is the verb phrase; "Grossing" is part of the title. Session ID is the ID; CE hours unit.',
  name='Rhiannon Pryce-Jenkins', title="Grossing for Pathologists' Assistants: Colon Resections and Lymph Node Harvest",
  date='2025-08-14', credits=1.0, unit='CE hour',
  provider=['Alder Creek Community Hospital', 'Alder Creek Community Hospital, Laboratory Education Department'], activity_id='IS-0814',
  doc_title='In-Service Certificate',
  page=dict(orient='portrait', family='serif', border='thin', bcolor='#556b2f', margin=72, top=30),
  blocks=[P('Alder Creek Community Hospital', 20, b=True, color='#556b2f', sb=0),
          P('Laboratory Education Department', 12, i=True, sb=4),
          P('In-Service Attendance Certificate', 24, sb=40),
          P('This certifies that', 12, i=True, sb=30),
          P('Rhiannon Pryce-Jenkins, PA(ASCP)CM', 20, b=True, sb=8),
          P('attended the in-service', 12, i=True, sb=22),
          P("Grossing for Pathologists' Assistants: Colon Resections and Lymph Node Harvest", 16, b=True, sb=6),
          KV([('Date attended:', '08/14/2025'), ('Session ID:', 'IS-0814'), ('CE hours:', '1.0'), ('Instructor:', 'Gareth Llewellyn, PA(ASCP)')], lw=120, size=11.5, sb=26, w=0.55, gap=4),
          SIGS([('Nadia Fairweather, MLS(ASCP)', 'Laboratory Education Coordinator')], sb=50, w=0.55),
          P('Alder Creek Community Hospital  \u2022  Laboratory Education Department  \u2022  Retain for your records', 8.5, sb=40, color='#777777')])


GOLD_KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']


def build_one(c):
    from engines import (rl_canvas, rl_platypus, acroform, ps_engine, html_engine, fodt_engine,
                         docx_engine, php_runner)
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    prof = os.path.join(HERE, '.profiles')
    out = os.path.join(HERE, c['id'] + '.pdf')
    src = os.path.join(HERE, 'src', c['id'])
    p = c['producer']
    if p == 'chromium':
        html_engine.render(c, out, src + '.html', os.path.join(prof, 'chromium'))
    elif p == 'libreoffice-fodt':
        fodt_engine.render(c, out, src + '.fodt', os.path.join(prof, 'libreoffice'))
    elif p == 'docx-libreoffice':
        docx_engine.render(c, out, src + '.docx', os.path.join(prof, 'libreoffice'))
    elif p == 'fpdf':
        php_runner.render(c, out, src + '.fpdf.json', 'fpdf')
    elif p == 'tcpdf':
        php_runner.render(c, out, src + '.tcpdf.json', 'tcpdf')
    elif p == 'reportlab-canvas':
        rl_canvas.render(c, out, title=c.get('doc_title'))
    elif p == 'reportlab-platypus':
        rl_platypus.render(c, out, title=c.get('doc_title'))
    elif p == 'acroform-qpdf':
        acroform.render(c, out, title=c.get('doc_title'))
    elif p == 'ghostscript':
        ps_engine.render(c, out, src + '.ps', title=c.get('doc_title', 'Certificate'))
    else:
        raise ValueError(p)
    gold = {k: c[k] for k in GOLD_KEYS}
    with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, indent=2, ensure_ascii=False)
        f.write('\n')


def main(argv):
    want = set(argv)
    ids = [c['id'] for c in CERTS]
    assert len(ids) == len(set(ids)) == 40, len(ids)
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        print('building', c['id'], c['producer'], flush=True)
        build_one(c)
    import make_readme
    make_readme.write(CERTS)


if __name__ == '__main__':
    main(sys.argv[1:])
