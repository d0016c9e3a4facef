#!/usr/bin/python3
"""Build the z14 blind test set: zn01.pdf ... zn40.pdf plus znNN.gold.json.

Usage (from anywhere):   /usr/bin/python3 build.py [zn05 zn17 ...]
Without arguments every certificate is rebuilt.  Converters run one at a time.
Every person, hospital, university, vendor and activity below is invented.
"""
import os, sys, json

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from engine import T, KV, COLS, TABLE, SIGS, RULE, SP, BAND, FOOT, BREAK, spaced, build

PACE = 'is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.'

CERTS = []


def cert(id, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id, doc, **meta):
    points = round(credits * 10, 2) if unit == 'CEU' else credits
    gold = dict(style=style, producer=producer, layout=layout, notes=notes, name=name, title=title, date=date,
                credits=credits, unit=unit, points=points, provider=provider, activity_id=activity_id)
    c = dict(id=id, producer=producer, gold=gold, doc=doc)
    c.update(meta)
    CERTS.append(c)


# =====================================================================  zn01  ASCP, Chromium
cert('zn01', 'ascp', 'chromium-html',
     ['landscape', 'centered-award', 'double-border', 'seal', 'signature', 'format-line', 'long-title-wrap+label',
      'credentials-after-name', 'accented-name', 'hyphenated-name'],
     'Format line "on-demand webinar" sits in the verb line; wrapped title directly followed by "Date of Completion:". '
     'Transcript number and issue date are distractors.',
     'Marisol Echeverría-Duarte',
     'Pre-Analytical Variables in Coagulation Testing: Specimen Collection, Transport, and Processing Pitfalls',
     '2025-03-14', 1.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'W25-0318',
     dict(orient='L', border='double', bcolor='#14365d', seal=dict(pos='br', color='#b8962e', r=38), font='serif',
          css_fonts={'serif': '"C059", "Liberation Serif", serif'}, valign='center',
          els=[
              T('ASCP', 26, b=True, sp=5, color='#14365d', sb=0),
              T('American Society for Clinical Pathology', 12, color='#14365d', sb=0),
              T('Certificate of Completion', 30, i=True, sb=12),
              T('This certifies that', 12, sb=10),
              T('Marisol Echeverría-Duarte, MLS(ASCP)CM', 22, b=True, sb=6),
              T('has completed the on-demand webinar', 12, sb=8),
              T('Pre-Analytical Variables in Coagulation Testing: Specimen Collection, Transport, and Processing Pitfalls', 16, b=True, sb=6, w=0.78),
              T('Date of Completion: March 14, 2025', 12, sb=3),
              T('CMLE Credits Awarded: 1.5          Activity ID: W25-0318', 11, sb=10),
              T('ASCP is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. '
                'ASCP designates this enduring material for a maximum of 1.5 CMLE credits. CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program (CMP).',
                8.5, sb=12, w=0.8, color='#333333', lead=1.3),
              SIGS([('Evelyn T. Marchbanks, MD, FASCP', 'Chair, Council on Continuing Education')], sb=34, w=0.5),
              FOOT('Transcript No. 0087741-22   \u2022   Issued April 2, 2025   \u2022   Retain this certificate for four years.', 7.5),
          ]))

# =====================================================================  zn02  ASCP, PostScript letter
cert('zn02', 'ascp', 'ghostscript-ps',
     ['portrait', 'letter-style', 'left-aligned', 'table', 'letterhead', 'signature', 'suffix-name', 'credentials-after-name',
      'title-in-table-cell-wraps'],
     'Verification letter. Title is in a narrow table cell and wraps; "Activity No." column gives the ID. '
     'Letter date (June 9, 2025) and transcript number are distractors. Title contains Safety and Orientation (real course words).',
     'Tobias Okonkwo-Hale Jr.',
     'Laboratory Safety Orientation for New Phlebotomy Supervisors',
     '2025-05-28', 2.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'CE-24817',
     dict(orient='P', border='topbar', bcolor='#14365d', margin=62, font='serif', top=10,
          els=[
              T('ASCP', 24, b=True, align='L', color='#14365d', sb=0, font='sans', sp=2),
              T('American Society for Clinical Pathology', 11, align='L', sb=0, font='sans', color='#14365d'),
              T('1420 Meridian Plaza, Suite 900  |  Chicago, IL 60603  |  (312) 555-0148', 8.5, align='L', sb=1, font='sans', color='#555555'),
              RULE(w=1.0, sb=8, color='#14365d', lw=1.2),
              T('June 9, 2025', 11, align='L', sb=22),
              T('RE: Verification of Continuing Education \u2014 Transcript No. TR-2025-118842', 11, b=True, align='L', sb=16),
              T('To Whom It May Concern:', 11, align='L', sb=16),
              T('This letter verifies that Tobias Okonkwo-Hale Jr., MLS(ASCP)CM, completed the ASCP continuing education activity listed below '
                'and earned the CMLE credit shown.', 11, align='L', sb=10, lead=1.4),
              TABLE(['Activity No.', 'Activity Title', 'Completed', 'CMLE'],
                    [['CE-24817', 'Laboratory Safety Orientation for New Phlebotomy Supervisors', '05/28/2025', '2.0']],
                    widths=[0.17, 0.5, 0.19, 0.14], size=10.5, sb=14, align=['L', 'L', 'C', 'C']),
              T('CMLE (Continuing Medical Laboratory Education) credits are accepted by the ASCP Board of Certification toward the Credential '
                'Maintenance Program (CMP). Please retain this letter with your certification records.', 11, align='L', sb=14, lead=1.4),
              T('Sincerely,', 11, align='L', sb=16),
              SP(30),
              T('Danielle Fournier-Watts, MEd', 11, b=True, align='L', sb=4),
              T('Manager, Learning Records', 10.5, i=True, align='L', sb=0),
              T('American Society for Clinical Pathology', 10.5, i=True, align='L', sb=0),
              FOOT('ASCP Learning Center  \u2022  learning-records@ascp-example.org  \u2022  Page 1 of 1', 7.5, align='L'),
          ]),
     meta_creator='certletter.ps 2.3')

# =====================================================================  zn03  AABB, docx
cert('zn03', 'aabb', 'libreoffice-docx',
     ['landscape', 'centered-award', 'frame-border', 'format-line', 'long-title-wrap+label', 'program-no-without-colon',
      'provider-with-for-and-ampersand', 'multiple-credit-types', 'signature', 'credentials-after-name', 'hyphenated-name'],
     '"eCast" is a format line on its own. Program number printed as "Program No. 480-112-24" (no colon). '
     'AMA PRA figure in the accreditation statement is a distractor; member ID is a distractor.',
     'Wen-Li Abernathy',
     'Managing Warm Autoimmune Hemolytic Anemia: Serologic Workup, Adsorption Strategies, and Transfusion Decisions',
     '2024-10-22', 1.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '480-112-24',
     dict(orient='L', border='frame', bcolor='#8c1d2c', margin=50, font='serif',
          els=[
              SP(40),
              T('AABB', 26, b=True, sp=4, color='#8c1d2c', sb=0, font='sans'),
              T('Association for the Advancement of Blood & Biotherapies', 12, i=True, sb=0),
              T('CERTIFICATE OF PARTICIPATION', 20, b=True, sp=2, sb=12),
              T('This is to certify that', 11, sb=8),
              T('Wen-Li Abernathy, MT(ASCP)SBB', 20, b=True, sb=4),
              T('participated in the', 11, sb=6),
              T('eCast', 14, b=True, i=True, sb=2, color='#8c1d2c'),
              T('Managing Warm Autoimmune Hemolytic Anemia: Serologic Workup, Adsorption Strategies, and Transfusion Decisions', 15, b=True, sb=4, w=0.8),
              T('Broadcast Date: October 22, 2024', 11, sb=2),
              T('P.A.C.E.\u00ae Contact Hours: 1.5          Program No. 480-112-24', 11, b=True, sb=8),
              T('AABB ' + PACE + ' AABB is accredited by the ACCME to provide continuing medical education for physicians and designates this live activity '
                'for a maximum of 1.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation.',
                8, sb=8, w=0.85, color='#333333'),
              SIGS([('Lorraine Szymanski, MD, PhD', 'Chair, Education Program Committee'), ('Marcus Ebbesen, MBA', 'Chief Learning Officer')], sb=24, w=0.8, size=9),
              FOOT('AABB Member ID 0045512   |   Certificate generated 10/29/2024   |   aabb-example.org/ecasts', 7),
          ]))

# =====================================================================  zn04  AABB regional meeting, AcroForm
cert('zn04', 'aabb', 'acroform-qpdf',
     ['portrait', 'form', 'labels-above-values', 'all-caps-name', 'suffix-name', 'date-range', 'meeting-name-as-title',
      'claimed-vs-maximum', 'band-header'],
     'Filled AcroForm, labels above values. Meeting attendance with no session title -> title is the meeting name; '
     'date is the last day of October 20-22, 2024. Claimed 14.25 vs maximum 19.5. Member/registration numbers and issue date are distractors. No activity number printed.',
     'DESMOND A. FAIRWEATHER III',
     '2024 AABB Gulf States Regional Meeting',
     '2024-10-22', 14.25, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], None,
     dict(orient='P', border=None, margin=50, font='sans',
          els=[
              BAND('AABB', 22, fill='#8c1d2c', sb=0, sp=4),
              T('Association for the Advancement of Blood & Biotherapies', 11, sb=6, color='#8c1d2c', b=True),
              T('Certificate of Attendance', 24, sb=34, font='serif', i=True),
              T('Continuing education record for laboratory professionals', 10, sb=2, color='#555555'),
              COLS([[('Attendee', 'DESMOND A. FAIRWEATHER III'), ('AABB Member No.', 'M-0071823')]], widths=[0.62, 0.38], sb=44, fields=True, size=12),
              COLS([[('Meeting', '2024 AABB Gulf States Regional Meeting'), ('Dates', 'October 20\u201322, 2024'), ('Location', 'Galveston, Texas')]],
                   widths=[0.5, 0.27, 0.23], sb=24, fields=True, size=12),
              COLS([[('P.A.C.E.\u00ae Contact Hours Claimed', '14.25'), ('Maximum Available', '19.5'), ('Registration No.', 'R24-339017')]],
                   widths=[0.4, 0.3, 0.3], sb=24, fields=True, size=12),
              T('AABB ' + PACE + ' Contact hours shown are those claimed by the attendee in the online evaluation system; '
                'attendees may claim only the hours of sessions actually attended.', 9, align='L', sb=40, lead=1.35, color='#333333'),
              SIGS([('Kathleen Oduya, MS, MT(ASCP)', 'Director, Education')], sb=64, w=0.5),
              T('Date issued: November 18, 2024', 9, align='L', sb=44, color='#555555'),
              FOOT('AABB  \u2022  1200 Example Parkway  \u2022  Bethesda, MD  \u2022  Keep this record for audit purposes.', 7),
          ]))

# =====================================================================  zn05  CAP enduring material, Platypus
cert('zn05', 'cap', 'reportlab-platypus',
     ['portrait', 'centered-award', 'corners-border', 'format-line', 'long-title-wrap+label', 'credits-table',
      'multiple-credit-types', 'claimed-vs-maximum', 'credentials-after-name', 'accented-name'],
     '"Enduring Material" is a format line. Credit table: AMA PRA and ABPath SAM available 3.0 but not earned; P.A.C.E. earned 2.5 of 3.0. '
     'Title contains "Grossing" (a real course). Customer number is a distractor.',
     'Leandro Quiñones',
     'Grossing Techniques for Complex Oncologic Resections: Pancreaticoduodenectomy, Radical Prostatectomy, and Pelvic Exenteration Specimens',
     '2025-02-17', 2.5, 'contact hour', ['College of American Pathologists', 'CAP'], '25EM117',
     dict(orient='P', border='corners', bcolor='#0b4f6c', margin=48, font='serif',
          els=[
              SP(50),
              T('College of American Pathologists', 18, b=True, color='#0b4f6c', sb=0),
              T('Learning  \u2022  Education  \u2022  Accreditation', 9, color='#555555', sb=2, font='sans'),
              T('Certificate of Completion', 28, i=True, sb=20),
              T('presented to', 11, sb=12),
              T('Leandro Quiñones, PA(ASCP)CM', 20, b=True, sb=6),
              T('for successful completion of the', 11, sb=10),
              T('Enduring Material', 12, b=True, sb=4, color='#0b4f6c', font='sans'),
              T('Grossing Techniques for Complex Oncologic Resections: Pancreaticoduodenectomy, Radical Prostatectomy, and Pelvic Exenteration Specimens', 14, b=True, sb=6, w=0.92),
              T('Completion Date: 02/17/2025', 11, sb=3),
              T('Activity ID: 25EM117', 10, sb=3, color='#333333'),
              TABLE(['Credit Type', 'Available', 'Earned'],
                    [['AMA PRA Category 1 Credits\u2122', '3.0', '\u2014'],
                     ['ABPath Self-Assessment Module (SAM) Credit', '3.0', '\u2014'],
                     ['ASCLS P.A.C.E.\u00ae Contact Hours', '3.0', '2.5']],
                    widths=[0.6, 0.2, 0.2], size=10, sb=14, w=0.85, align=['L', 'C', 'C'], hfill='#dbe7ee'),
              T('The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. '
                'The CAP designates this enduring material for a maximum of 3.0 AMA PRA Category 1 Credits\u2122. '
                'The College of American Pathologists ' + PACE, 8, sb=12, w=0.92, color='#333333', lead=1.3, font='sans'),
              SIGS([('Arjun Mehta-Collins, MD, FCAP', 'Chair, Council on Education')], sb=30, w=0.6),
              FOOT('CAP Customer No. 4418230  \u2022  Printed 03/01/2025  \u2022  Original release 01/06/2025; expires 01/05/2028', 7),
          ]),
     meta_author='College of American Pathologists')

# =====================================================================  zn06  CAP live webinar, TCPDF
cert('zn06', 'cap', 'tcpdf',
     ['landscape', 'centered-award', 'single-border', 'format-line', 'long-title-wrap+label', 'multiple-credit-types',
      'credentials-after-name', 'hyphenated-name'],
     '"LIVE WEBINAR" is a format line. AMA PRA 1.25 appears in the credit designation and is a distractor; the P.A.C.E. figure is 1.25 too. '
     '"Activity Code" gives the ID. TCPDF "Powered by" link left on the page (realistic distractor).',
     'Thandiwe Mokoena-Baptiste',
     'Validating Whole Slide Imaging for Primary Diagnosis: Applying the 2024 Guideline Update in Your Practice',
     '2024-09-10', 1.25, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAP-W2409',
     dict(valign='center', orient='L', border='single', bcolor='#0b4f6c', font='djsans',
          els=[
              T('CAP', 30, b=True, color='#0b4f6c', sb=0, font='djserif', sp=3),
              T('College of American Pathologists', 12, sb=0, color='#0b4f6c'),
              T('CERTIFICATE OF PARTICIPATION', 18, b=True, sb=16, sp=1.5),
              T('Awarded to', 10.5, sb=10),
              T('Thandiwe Mokoena-Baptiste, MS, MLS(ASCP)CM', 19, b=True, sb=4, font='djserif'),
              T('for participating in the', 10.5, sb=8),
              T('LIVE WEBINAR', 11, b=True, sb=3, color='#0b4f6c', sp=2),
              T('Validating Whole Slide Imaging for Primary Diagnosis: Applying the 2024 Guideline Update in Your Practice', 14, b=True, sb=4, w=0.78, font='djserif'),
              T('Webinar date: September 10, 2024', 10.5, sb=2),
              KV([('Activity Code', 'CAP-W2409'), ('Laboratory professionals', '1.25 P.A.C.E.\u00ae contact hours')], size=10, lw=0.45, w=0.55, sb=10),
              T('Credit designation: The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians and designates this live activity '
                'for a maximum of 1.25 AMA PRA Category 1 Credits\u2122. The CAP ' + PACE, 7.5, sb=10, w=0.85, color='#444444'),
              SIGS([('Renata Castellano, MD, FCAP', 'Program Director, Digital Pathology Webinars')], sb=28, w=0.5, size=9),
          ]),
     tcpdf_link=True)

# =====================================================================  zn07  ASCLS own forum session, FODT
cert('zn07', 'ascls', 'libreoffice-fodt',
     ['portrait', 'two-column-label-value', 'grid', 'session-at-conference', 'date-range-distractor', 'credentials-after-name',
      'hyphenated-name', 'long-title-in-cell'],
     'ASCLS is the provider here (its own meeting). Session certificate: gold date is the session date (July 29, 2025), not the last forum day (July 31). '
     'Title contains "Ethics". Member number is a distractor.',
     'Ingrid Solberg-Nakamura',
     'Ethics in the Clinical Laboratory: Navigating Result Disclosure, Incidental Findings, and Patient Privacy',
     '2025-07-29', 1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '2142',
     dict(orient='P', border='double', bcolor='#23507a', font='sans', margin=50,
          odf_fonts={'serif': 'P052'},
          els=[
              T('American Society for Clinical Laboratory Science', 16, b=True, sb=0, color='#23507a', font='serif'),
              T('ASCLS 2025 Professional Practice Forum  \u00b7  July 27\u201331, 2025', 11, sb=4, color='#444444'),
              RULE(w=0.7, sb=10, color='#23507a'),
              T('Session Certificate of Attendance', 22, sb=20, font='serif', i=True),
              KV([('Participant', 'Ingrid Solberg-Nakamura, MLS(ASCP)CM'),
                  ('ASCLS Member No.', '0192884'),
                  ('Session Title', 'Ethics in the Clinical Laboratory: Navigating Result Disclosure, Incidental Findings, and Patient Privacy'),
                  ('Session No.', '2142'),
                  ('Session Date', 'Tuesday, July 29, 2025'),
                  ('Format', 'In-person educational session'),
                  ('P.A.C.E.\u00ae Contact Hours', '1.0')],
                 size=11, lw=0.32, grid=True, sb=24, pad=5, lcolor='#23507a'),
              T('The American Society for Clinical Laboratory Science (ASCLS) ' + PACE + ' Attendance was verified by session scan.', 9.5, align='L', sb=18, lead=1.35),
              SIGS([('Carla M. Whitt, EdD, MLS(ASCP)CM', 'Chair, Education and Professional Development')], sb=40, w=0.6),
              FOOT('ASCLS  \u00b7  Certificate printed 08/12/2025  \u00b7  Keep for your CE records', 7.5),
          ]))

# =====================================================================  zn08  ASCLS-Michigan Spring Symposium, FPDF
cert('zn08', 'state_society', 'fpdf',
     ['landscape', 'centered-award', 'triple-border', 'seal', 'format-line', 'date-range', 'program-no', 'signature', 'hyphenated-name'],
     '"Spring Symposium" is a format line between the verb and the theme title. Two-day symposium: last day April 12, 2025. '
     'P.A.C.E. program number is the ID.',
     'Nadia Van der Berg-Osei',
     'From Bench to Bedside: Advances in Molecular Diagnostics for the Community Laboratory',
     '2025-04-12', 9.5, 'contact hour', ['ASCLS-Michigan'], '523-118-25',
     dict(valign='center', orient='L', border='triple', bcolor='#2d5a27', seal=dict(pos='bl', color='#2d5a27', ribbon_color='#b8962e', r=34), font='serif',
          els=[
              T('ASCLS-Michigan', 24, b=True, color='#2d5a27', sb=0),
              T('Certificate of Attendance', 26, i=True, sb=10),
              T('awarded to', 11, sb=12),
              T('Nadia Van der Berg-Osei', 24, b=True, sb=4),
              T('for attendance at the', 11, sb=10),
              T('Spring Symposium', 13, b=True, i=True, sb=3, color='#2d5a27'),
              T('From Bench to Bedside: Advances in Molecular Diagnostics for the Community Laboratory', 16, b=True, sb=4, w=0.8),
              T('April 11\u201312, 2025  \u2022  Lansing, Michigan', 11, sb=4),
              T('P.A.C.E.\u00ae Contact Hours: 9.5        P.A.C.E.\u00ae Program No. 523-118-25', 11, b=True, sb=10),
              T('ASCLS-Michigan ' + PACE, 8.5, sb=6, color='#333333'),
              SIGS([('Janelle Pruitt, MLS(ASCP)CM', 'Symposium Chair'), ('Omar Haddad, MS, MLS(ASCP)', 'President, ASCLS-Michigan')], sb=30, w=0.72, size=9),
          ]))

# =====================================================================  zn09  LabCE self-study, ReportLab canvas
cert('zn09', 'labce', 'reportlab-canvas',
     ['landscape', 'centered-award', 'wave-border', 'format-line', 'self-study', 'customer-id-distractor', 'credentials-after-name', 'hyphenated-name'],
     '"Self-Study Module" is a format line. "Course Number: 1193" is the ID; customer ID is a distractor.',
     'Oluwaseun Adebayo-Lindqvist',
     'Urinalysis Sediment Identification: Casts, Crystals, and Cells',
     '2025-01-08', 2.0, 'contact hour', ['LabCE'], '1193',
     dict(orient='L', border='wave', bcolor='#1d6f8a', bcolor2='#7fb3c4', font='sans', valign='center',
          els=[
              T('LabCE', 28, b=True, color='#1d6f8a', sb=0),
              T('Online Continuing Education for Laboratory Professionals', 10, sb=0, color='#555555'),
              T('Certificate of Completion', 26, sb=16, font='serif'),
              T('This certifies that', 11, sb=10),
              T('Oluwaseun Adebayo-Lindqvist, MLT(ASCP)', 20, b=True, sb=4, font='serif'),
              T('has completed the', 11, sb=8),
              T('Self-Study Module', 11, i=True, sb=2, color='#1d6f8a'),
              T('Urinalysis Sediment Identification: Casts, Crystals, and Cells', 17, b=True, sb=4, font='serif'),
              KV([('Completed:', 'January 8, 2025'), ('Course Number:', '1193'), ('P.A.C.E.\u00ae Contact Hours:', '2.0'), ('Customer ID:', '802114')],
                 size=10, lw=0.5, w=0.46, sb=10, lead=1.25, pad=1),
              T('LabCE ' + PACE + ' P.A.C.E.\u00ae contact hours are accepted by the ASCP BOC for CMP and by California LFS.', 8, sb=10, w=0.85, color='#444444'),
              FOOT('Verify this certificate at labce-example.com/verify  \u2022  Certificate #LC-7B21-0108  \u2022  Printed January 9, 2025', 7),
          ]))

# =====================================================================  zn10  LabCE, Chromium, labels above values
cert('zn10', 'labce', 'chromium-html',
     ['portrait', 'labels-above-values', 'columns', 'accented-name', 'hyphenated-name', 'credentials-after-name', 'certificate-no-distractor', 'topbar'],
     'Labels above values in columns (Participant | Date of Completion, then Course Title | Course #, then hours | level | certificate no.). '
     'Certificate number is a distractor.',
     'Paulina Wiśniewska-Grant',
     'Blood Bank Antibody Identification: Panel Interpretation and Rule-Out Strategies',
     '2024-11-04', 1.5, 'contact hour', ['LabCE'], '2071',
     dict(orient='P', border='topbar', bcolor='#1d6f8a', font='sans', margin=60, top=14,
          css_fonts={'sans': '"Nimbus Sans", "Liberation Sans", sans-serif'},
          els=[
              T('LabCE', 26, b=True, color='#1d6f8a', align='L', sb=0),
              T('Continuing Education Certificate', 20, align='L', sb=14),
              RULE(w=1.0, sb=10, color='#1d6f8a', lw=1.5),
              COLS([[('Participant', 'Paulina Wiśniewska-Grant, MLS(ASCP)'), ('Date of Completion', '11/04/2024')]], widths=[0.65, 0.35], sb=24, size=13, vb=True),
              COLS([[('Course Title', 'Blood Bank Antibody Identification: Panel Interpretation and Rule-Out Strategies'), ('Course #', '2071')]], widths=[0.65, 0.35], sb=18, size=13),
              COLS([[('P.A.C.E.\u00ae Contact Hours', '1.5'), ('Level', 'Intermediate'), ('Certificate No.', 'LC-6613-82-1104')]], sb=18, size=13),
              T('LabCE ' + PACE + ' This course is also approved for Florida laboratory personnel license renewal.', 9.5, align='L', sb=30, lead=1.4),
              T('Course objectives: identify alloantibodies using selected-cell panels; apply rule-out and rule-in logic; recognize when additional techniques are required.', 9.5, align='L', sb=10, lead=1.4, color='#444444'),
              SIGS([('Hannah Greer, MLS(ASCP)CM', 'Director of Content Development')], sb=60, w=0.5),
              FOOT('labce-example.com  \u2022  This certificate was generated electronically and is valid without a signature.', 7.5, align='L'),
          ]))

# =====================================================================  zn11  MediaLab compliance, Platypus letter-ish
cert('zn11', 'medialab', 'reportlab-platypus',
     ['portrait', 'two-column-label-value', 'left-aligned', 'accented-name', 'employee-id-distractor', 'single-border'],
     'Two-column label/value. Title contains "Safety". Organisation (employer) and employee ID are distractors; provider printed as "MediaLab" and "MediaLab, Inc.".',
     'José Luis Carvajal Ortega',
     'Laboratory Safety: Chemical Hygiene, Fire Prevention, and Spill Response',
     '2024-08-19', 1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-SAF-204',
     dict(orient='P', border='single', bcolor='#4a4a8a', font='sans', margin=54,
          els=[
              T('MediaLab', 24, b=True, align='L', color='#4a4a8a', sb=0),
              T('Compliance & Continuing Education', 10, align='L', color='#666666', sb=0),
              T('Certificate of Completion', 24, align='L', sb=26, font='serif'),
              T('The learner named below has successfully completed the following course, including the post-test with a passing score.', 10.5, align='L', sb=8, lead=1.35),
              KV([('Name', 'José Luis Carvajal Ortega'),
                  ('Course', 'Laboratory Safety: Chemical Hygiene, Fire Prevention, and Spill Response'),
                  ('Course ID', 'ML-SAF-204'),
                  ('Completion Date', 'August 19, 2024'),
                  ('Post-Test Score', '92%'),
                  ('P.A.C.E.\u00ae Contact Hours', '1.0'),
                  ('Organization', 'Pinecrest Regional Medical Center Laboratory'),
                  ('Employee ID', '44817')],
                 size=11, lw=0.3, sb=18, pad=4, lcolor='#4a4a8a'),
              T('MediaLab, Inc. ' + PACE + ' This course meets OSHA annual laboratory safety training expectations when completed with site-specific instruction.',
                9, align='L', sb=20, lead=1.35, color='#333333'),
              SIGS([('Victoria Lang, MBA, MT(ASCP)', 'Director of Education, MediaLab, Inc.')], sb=46, w=0.55),
              FOOT('MediaLab, Inc.  |  Transcript generated 08/19/2024 14:32  |  Page 1 of 1', 7.5),
          ]))

# =====================================================================  zn12  MediaLab, AcroForm landscape
cert('zn12', 'medialab', 'acroform-qpdf',
     ['landscape', 'form', 'labels-above-values', 'expiry-date-distractor', 'hyphenated-name', 'credentials-after-name', 'seal'],
     'Filled AcroForm with labels above values. "Expires" date is a distractor. Title contains "Safety"/"Training"-type words but is a course title.',
     'Ruth-Ann Kowalczyk',
     'OSHA Bloodborne Pathogens: Annual Safety Refresher for Laboratory Staff',
     '2025-03-02', 1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-OSH-110',
     dict(orient='L', border='double', bcolor='#4a4a8a', font='sans', seal=dict(pos='br', color='#4a4a8a', ribbon_color='#8a8ab8', r=32),
          els=[
              T('MediaLab', 22, b=True, color='#4a4a8a', sb=0, align='L'),
              T('Certificate of Completion', 24, sb=10, font='serif', align='L'),
              COLS([[('Learner', 'Ruth-Ann Kowalczyk, MLT(ASCP)'), ('Completed On', '03/02/2025')]], widths=[0.6, 0.4], sb=22, fields=True, size=13, w=1.0),
              COLS([[('Course', 'OSHA Bloodborne Pathogens: Annual Safety Refresher for Laboratory Staff'), ('Course ID', 'ML-OSH-110')]], widths=[0.6, 0.4], sb=14, fields=True, size=13),
              COLS([[('P.A.C.E.\u00ae Contact Hours', '1.0'), ('Score', '100%'), ('Expires', '03/02/2026')]], widths=[0.3, 0.3, 0.4], sb=14, fields=True, size=13, w=0.75),
              T('MediaLab, Inc. ' + PACE + ' Annual compliance courses must be repeated before the expiration date shown.', 8.5, align='L', sb=22, w=1.0, color='#333333'),
              SIGS([('Victoria Lang, MBA, MT(ASCP)', 'Director of Education')], sb=38, w=0.4),
          ]))

# =====================================================================  zn13  ADLM live virtual, TCPDF
cert('zn13', 'adlm', 'tcpdf',
     ['portrait', 'centered-award', 'format-line', 'long-title-wrap+label', 'provider-with-ampersand', 'accent-credit',
      'accented-name', 'hyphenated-name', 'credentials-after-name'],
     '"Live Virtual Session" is a format line. ACCENT\u00ae credit expressed as contact hours. "Activity No." gives the ID; registration number is a distractor.',
     'Émile Beaumont-Tran',
     'Mass Spectrometry in the Clinical Laboratory: Troubleshooting Ion Suppression and Matrix Effects',
     '2025-02-26', 1.5, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], 'ADLM-LV-0226',
     dict(orient='P', border='double', bcolor='#00606b', font='djserif', margin=50,
          els=[
              T('ADLM', 30, b=True, sp=4, color='#00606b', sb=0, font='djsans'),
              T('Association for Diagnostics & Laboratory Medicine', 11.5, sb=2, font='djsans', color='#00606b'),
              T('Certificate of Attendance', 26, i=True, sb=26),
              T('This certificate is presented to', 11, sb=16),
              T('Émile Beaumont-Tran, PhD, DABCC', 20, b=True, sb=6),
              T('who attended the', 11, sb=12),
              T('Live Virtual Session', 11, b=True, sb=3, font='djsans', color='#00606b'),
              T('Mass Spectrometry in the Clinical Laboratory: Troubleshooting Ion Suppression and Matrix Effects', 15, b=True, sb=5, w=0.92),
              T('Session date: February 26, 2025', 11, sb=3),
              T('1.5 ACCENT\u00ae contact hours', 12, b=True, sb=14, font='djsans'),
              T('Activity No.: ADLM-LV-0226', 10, sb=3, font='djsans'),
              T('ADLM is approved by the American Board of Clinical Chemistry (ABCC) as a provider of ACCENT\u00ae continuing education credit. '
                'ACCENT\u00ae credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program. '
                'Presented by Sunniva Halvorsen, PhD, DABCC, and Marco Ruiz-Abad, PhD.', 8.5, sb=16, w=0.92, color='#333333', font='djsans'),
              SIGS([('Priscilla Onwuachi, PhD', 'Chair, ADLM Education Core Committee')], sb=40, w=0.6),
              FOOT('Registration no. 7731-0452  \u00b7  Issued 03/03/2025  \u00b7  ADLM, 2100 Example Street NW, Washington, DC', 7, color='#555555'),
          ]))

# =====================================================================  zn14  AACC 2023 section meeting, docx, two pages
cert('zn14', 'adlm', 'libreoffice-docx',
     ['landscape', 'centered-award', 'letter-spaced-name', 'all-caps-name', 'hyphenated-name', 'date-range', 'meeting-name-as-title',
      'claimed-vs-maximum', 'two-page', 'session-list-page2', 'provider-with-for'],
     'Legacy AACC meeting attendance (provider printed as American Association for Clinical Chemistry / AACC). Letter-spaced ALL-CAPS name. '
     'Title is the meeting name (contains "Meeting"); date = last day of May 17-19, 2023. Claimed 12.5 vs maximum 16.0. '
     'Page 2 lists attended sessions (their hours sum to 12.5). No activity number.',
     'STEFANIE HOLLOWAY-NAIDOO',
     '2023 AACC Mid-Atlantic Section Scientific Meeting & Vendor Expo',
     '2023-05-19', 12.5, 'contact hour', ['American Association for Clinical Chemistry', 'AACC'], None,
     dict(orient='L', border='double', bcolor='#00606b', font='serif', margin=50,
          docx_fonts={'serif': 'P052', 'sans': 'Liberation Sans'},
          els=[
              SP(55),
              T('AACC', 28, b=True, sp=5, color='#00606b', sb=0, font='sans'),
              T('American Association for Clinical Chemistry', 12, sb=0, i=True),
              T('CERTIFICATE OF ATTENDANCE', 20, b=True, sp=2, sb=18),
              T('This is to certify that', 11, sb=12),
              T('STEFANIE HOLLOWAY-NAIDOO', 20, b=True, sp=4, sb=6),
              T('attended the', 11, sb=10),
              T('2023 AACC Mid-Atlantic Section Scientific Meeting & Vendor Expo', 17, b=True, sb=4),
              T('May 17\u201319, 2023  \u00b7  Baltimore, Maryland', 11, sb=4),
              T('ACCENT\u00ae contact hours claimed: 12.5  (maximum available: 16.0)', 11.5, b=True, sb=14),
              T('AACC is approved by the American Board of Clinical Chemistry as a provider of ACCENT\u00ae continuing education credit. See page 2 for the sessions you attended.', 8.5, sb=8, color='#333333'),
              SIGS([('Renée Castellanos-Whitby, PhD, DABCC', 'Chair, Section Meeting Organizing Committee')], sb=32, w=0.55, size=9),
              FOOT('Certificate ID 23MA-0091-7742  \u00b7  Generated 06/02/2023', 7),
              BREAK(),
              T('Session Record \u2014 STEFANIE HOLLOWAY-NAIDOO', 14, b=True, align='L', sb=0),
              T('2023 AACC Mid-Atlantic Section Scientific Meeting & Vendor Expo  \u00b7  ACCENT\u00ae contact hours by session', 10, align='L', sb=2, color='#333333'),
              TABLE(['Date', 'Session', 'Hours'],
                    [['05/17/2023', 'Opening Plenary: Laboratory Medicine in the Age of AI', '1.0'],
                     ['05/17/2023', 'Harmonization of Thyroid Function Testing', '1.5'],
                     ['05/17/2023', 'Point-of-Care Testing Oversight: Lessons from Inspections', '1.5'],
                     ['05/18/2023', 'Cardiac Troponin Algorithms in the Emergency Department', '1.5'],
                     ['05/18/2023', 'Laboratory Stewardship Roundtable', '2.0'],
                     ['05/18/2023', 'Pediatric Reference Intervals: Building Your Own', '1.5'],
                     ['05/19/2023', 'Therapeutic Drug Monitoring of Biologics', '1.5'],
                     ['05/19/2023', 'Closing Plenary: Diagnostics and Health Equity', '1.0'],
                     ['05/19/2023', 'Workshop: Method Comparison with Deming Regression', '1.0'],
                     ['', 'Total claimed', '12.5']],
                    widths=[0.16, 0.72, 0.12], size=9.5, sb=12, align=['L', 'L', 'R'], hfill='#d9eaec'),
              FOOT('Certificate ID 23MA-0091-7742  \u00b7  Page 2 of 2', 7),
          ]))

# =====================================================================  zn15  NSH regional conference workshop, PostScript
cert('zn15', 'nsh', 'ghostscript-ps',
     ['landscape', 'centered-award', 'double-border', 'seal', 'session-at-conference', 'date-range-distractor', 'grossing-title',
      'orientation-word-in-title', 'credentials-after-name', 'accented-name', 'hyphenated-name'],
     'Workshop session at a multi-day conference: gold date is the session date (Sept 7), not the conference end (Sept 9). '
     'Title contains Grossing and Orientation (course words, not format). "Session No. 38" is the ID; badge number is a distractor.',
     'Beatriz Gonçalves-Whitfield',
     'Grossing Small Biopsies: Orientation, Inking, and Embedding Best Practices',
     '2025-09-07', 3.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], '38',
     dict(valign='center', orient='L', border='double', bcolor='#5b2a86', seal=dict(pos='br', color='#5b2a86', ribbon_color='#c9a227', r=34), font='serif',
          els=[
              T('National Society for Histotechnology', 20, b=True, color='#5b2a86', sb=0),
              T('NSH 2025 Western Regional Histotechnology Conference  \u2022  September 5\u20139, 2025  \u2022  Portland, Oregon', 10.5, sb=4, font='sans'),
              T('Certificate of Attendance', 26, i=True, sb=16),
              T('This certifies that', 11, sb=10),
              T('Beatriz Gonçalves-Whitfield, HTL(ASCP)CM', 21, b=True, sb=4),
              T('attended the workshop', 11, sb=8),
              T('Grossing Small Biopsies: Orientation, Inking, and Embedding Best Practices', 17, b=True, sb=4),
              T('Session No. 38   \u2022   Sunday, September 7, 2025   \u2022   3.0 contact hours', 11.5, sb=6),
              T('NSH ' + PACE, 8.5, sb=12, color='#333333'),
              SIGS([('Darnell Whitaker, HTL(ASCP)QIHC', 'Education Chair'), ('Mei-Ling Forsythe, BS, HT(ASCP)', 'President')], sb=30, w=0.7, size=9),
              FOOT('Badge No. 10457   \u2022   Contact hours are awarded only for workshops with verified attendance.', 7),
          ]),
     meta_creator='nsh-cert.ps')

# =====================================================================  zn16  NSH webinar, ReportLab canvas, portrait
cert('zn16', 'nsh', 'reportlab-canvas',
     ['portrait', 'centered-award', 'frame-border', 'format-line', 'long-title-wrap+label', 'program-no', 'accented-name', 'credentials-after-name'],
     '"On-Demand Webinar" is a format line. Wrapped title directly followed by "Date Completed:". Program number with "Program #".',
     'Colm Ó Briain',
     'Special Stains for Microorganisms: Troubleshooting GMS, AFB, and Gram Stains in the Histology Laboratory',
     '2024-12-03', 1.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], '573-201-24',
     dict(orient='P', border='frame', bcolor='#5b2a86', bcolor2='#c9a227', font='serif', margin=46,
          els=[
              T('NSH', 34, b=True, sp=6, color='#5b2a86', sb=0, font='sans'),
              T('National Society for Histotechnology', 12, sb=2, color='#5b2a86'),
              T('Certificate of Completion', 28, i=True, sb=36),
              T('This is to certify that', 12, sb=20),
              T('Colm Ó Briain, HT(ASCP)', 24, b=True, sb=8),
              T('has successfully completed the', 12, sb=16),
              T('On-Demand Webinar', 12, b=True, sb=4, font='sans', color='#5b2a86'),
              T('Special Stains for Microorganisms: Troubleshooting GMS, AFB, and Gram Stains in the Histology Laboratory', 16, b=True, sb=6, w=0.9),
              T('Date Completed: December 3, 2024', 12, sb=3),
              T('1.0 contact hour', 13, b=True, sb=18),
              T('Program # 573-201-24', 10, sb=4),
              T('NSH ' + PACE, 9, sb=18, w=0.9, color='#333333'),
              SIGS([('Annika Torvaldsen, HTL(ASCP)CM', 'Director of Education')], sb=50, w=0.6),
              FOOT('nsh-example.org/learn  \u2022  Order #WEB-240113  \u2022  Certificate printed 12/03/2024', 7.5),
          ]))

# =====================================================================  zn17  AMT CE, FODT landscape
cert('zn17', 'amt', 'libreoffice-fodt',
     ['landscape', 'centered-award', 'double-border', 'ethics-title', 'ce-hour-unit', 'day-month-year-date', 'member-id-distractor',
      'credentials-after-name', 'hyphenated-name'],
     'AMT awards CE hours. Date printed as "12 May 2025". Title contains "Ethics". Member ID distractor.',
     'Kwame Asante-Mensah',
     'Professional Ethics for Laboratory Personnel: Patient Identification, Confidentiality, and Reporting Errors',
     '2025-05-12', 2.0, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-EC-0512',
     dict(orient='L', border='double', bcolor='#1b3f73', font='serif', margin=48,
          odf_fonts={'serif': 'URW Bookman'},
          els=[
              SP(60),
              T('American Medical Technologists', 20, b=True, sb=0, color='#1b3f73'),
              T('AMT Continuing Education Program', 11, sb=2, color='#555555'),
              T('Certificate of Continuing Education', 24, i=True, sb=16),
              T('This is to certify that', 11, sb=10),
              T('Kwame Asante-Mensah, MT(AMT)', 21, b=True, sb=4),
              T('has completed', 11, sb=8),
              T('Professional Ethics for Laboratory Personnel: Patient Identification, Confidentiality, and Reporting Errors', 15, b=True, sb=4, w=0.85),
              T('Date: 12 May 2025', 11, sb=3),
              T('CE Hours: 2.0     \u2022     Course ID: AMT-EC-0512     \u2022     AMT Member ID: 1203398', 10.5, sb=10),
              T('AMT CE hours are accepted toward the AMT Certification Continuation Program (CCP) and by the ASCP Board of Certification for CMP.', 8.5, sb=10, color='#333333'),
              SIGS([('Lydia Romanelli, MT(AMT), MBA', 'Director, Continuing Education')], sb=28, w=0.5, size=9),
          ]))

# =====================================================================  zn18  AMT regional meeting, FPDF, two pages
cert('zn18', 'amt', 'fpdf',
     ['portrait', 'centered-award', 'single-border', 'two-page', 'session-list-page2', 'meeting-name-as-title', 'date-range',
      'ce-hour-unit', 'accented-name', 'credentials-after-name'],
     'Meeting attendance: title is the meeting name (contains "Meeting"); date = last day of June 27-29, 2024. '
     'Page 2 lists sessions attended (sum 11.0). No activity number.',
     'Sofía Marisa Delgado',
     'AMT 2024 Gulf Coast Regional Educational Meeting',
     '2024-06-29', 11.0, 'CE hour', ['American Medical Technologists', 'AMT'], None,
     dict(orient='P', border='single', bcolor='#1b3f73', font='serif', margin=50,
          els=[
              T('American Medical Technologists', 18, b=True, color='#1b3f73', sb=8),
              T('Certificate of Attendance', 26, i=True, sb=30),
              T('presented to', 11, sb=20),
              T('Sofía Marisa Delgado, MT(AMT)', 22, b=True, sb=6),
              T('in recognition of attendance at the', 11, sb=16),
              T('AMT 2024 Gulf Coast Regional Educational Meeting', 17, b=True, sb=6),
              T('June 27\u201329, 2024  \u2022  Kissimmee, Florida', 11, sb=5),
              T('Total CE Hours: 11.0', 14, b=True, sb=26),
              T('Sessions attended are listed on page 2.', 9.5, i=True, sb=4),
              T('AMT is approved as a provider of continuing education by the AMT Institute for Education. CE hours may be applied to the '
                'AMT Certification Continuation Program and to other certifying bodies that accept AMT continuing education.', 8.5, sb=24, w=0.9, color='#333333'),
              SIGS([('Bernard Osei-Tutu, MT(AMT)', 'National President'), ('Lydia Romanelli, MT(AMT), MBA', 'Director, Continuing Education')], sb=46, size=9),
              FOOT('Attendee No. 24-0833  \u2022  Page 1 of 2', 7.5),
              BREAK(),
              T('Session Attendance Record', 16, b=True, align='L', sb=0, color='#1b3f73'),
              T('Sofía Marisa Delgado, MT(AMT)  \u2022  AMT 2024 Gulf Coast Regional Educational Meeting', 10, align='L', sb=4),
              TABLE(['Date', 'Session', 'CE Hours'],
                    [['06/27/2024', 'Hematology Case Studies: When the Smear Disagrees with the Analyzer', '1.5'],
                     ['06/27/2024', 'Urine Drug Testing and Specimen Validity', '1.0'],
                     ['06/27/2024', 'Leadership for the Bench Technologist', '1.0'],
                     ['06/27/2024', 'Emerging Tick-Borne Infections', '1.5'],
                     ['06/28/2024', 'Blood Bank Hot Topics', '2.0'],
                     ['06/28/2024', 'Quality Indicators that Matter', '1.0'],
                     ['06/29/2024', 'Point-of-Care Coagulation Testing', '1.5'],
                     ['06/29/2024', 'Closing General Session', '1.5'],
                     ['', 'Total', '11.0']],
                    widths=[0.17, 0.68, 0.15], size=9.5, sb=14, align=['L', 'L', 'C']),
              FOOT('Attendee No. 24-0833  \u2022  Page 2 of 2', 7.5),
          ]))

# =====================================================================  zn19  ASM regional forum attendance, docx portrait
cert('zn19', 'asm', 'libreoffice-docx',
     ['portrait', 'centered-award', 'single-border', 'meeting-name-as-title', 'date-range', 'claimed-vs-maximum', 'badge-distractor',
      'credentials-after-name', 'hyphenated-name', 'provider-with-for'],
     'Meeting attendance, title = meeting name; last day of June 19-21, 2025. P.A.C.E. contact hours claimed 12.5 (max 19.0). '
     'Badge and registration IDs are distractors; no activity number.',
     'Ifeoma C. Nwachukwu-Larsen',
     'ASM Midwest Clinical Microbiology Forum 2025',
     '2025-06-21', 12.5, 'contact hour', ['American Society for Microbiology', 'ASM'], None,
     dict(orient='P', border='single', bcolor='#0f5c3a', font='sans', margin=54,
          docx_fonts={'sans': 'Liberation Sans', 'serif': 'C059'},
          els=[
              SP(30),
              T('ASM', 34, b=True, color='#0f5c3a', sb=0, sp=3),
              T('American Society for Microbiology', 13, sb=2, color='#0f5c3a'),
              T('Certificate of Attendance', 26, sb=34, font='serif'),
              T('This certifies that', 11, sb=22),
              T('Ifeoma C. Nwachukwu-Larsen, PhD, D(ABMM)', 20, b=True, sb=6, font='serif'),
              T('attended', 11, sb=16),
              T('ASM Midwest Clinical Microbiology Forum 2025', 18, b=True, sb=6, color='#0f5c3a'),
              T('June 19\u201321, 2025  |  Chicago, Illinois', 11, sb=6),
              KV([('P.A.C.E.\u00ae contact hours claimed', '12.5'), ('Maximum available', '19.0'), ('Registration ID', 'MB25-118204'), ('Badge No.', '55-7720')],
                 size=10.5, lw=0.6, w=0.62, sb=26, pad=2),
              T('The American Society for Microbiology ' + PACE, 9, sb=24, w=0.9, color='#333333'),
              SIGS([('Harold Feinstein-Ruiz, PhD', 'Forum Program Chair')], sb=50, w=0.6),
              FOOT('ASM  \u2022  Certificate issued 07/15/2025  \u2022  Claim period closed 08/31/2025', 7.5),
          ]))

# =====================================================================  zn20  ASM on-demand webinar, Platypus landscape
cert('zn20', 'asm', 'reportlab-platypus',
     ['landscape', 'centered-award', 'double-border', 'seal', 'format-line', 'long-title-wrap+label', 'honorific-name', 'accented-name', 'event-no'],
     '"On-Demand Webinar" is a format line. Name printed with leading "Dr." and trailing PhD (both dropped in gold). "Event No." gives the ID.',
     'Anneliese Brückner',
     'Navigating Antifungal Susceptibility Testing for Candida auris and Other Emerging Yeasts in the Clinical Laboratory',
     '2024-09-17', 1.0, 'contact hour', ['American Society for Microbiology', 'ASM'], '24-W-0917',
     dict(orient='L', border='double', bcolor='#0f5c3a', font='serif', seal=dict(pos='bl', color='#0f5c3a', ribbon_color='#c9a227', r=32),
          els=[
              SP(50),
              T('American Society for Microbiology', 20, b=True, sb=0, color='#0f5c3a'),
              T('Certificate of Completion', 28, i=True, sb=12),
              T('This certifies that', 11, sb=10),
              T('Dr. Anneliese Brückner, PhD', 21, b=True, sb=4),
              T('has completed the', 11, sb=8),
              T('On-Demand Webinar', 12, b=True, sb=2, font='sans', color='#0f5c3a'),
              T('Navigating Antifungal Susceptibility Testing for Candida auris and Other Emerging Yeasts in the Clinical Laboratory', 16, b=True, sb=4, w=0.78),
              T('Date of Completion: September 17, 2024', 11, sb=2),
              T('Event No. 24-W-0917   \u00b7   1.0 P.A.C.E.\u00ae contact hour', 11, sb=8),
              T('ASM ' + PACE, 8.5, sb=8, color='#333333'),
              SIGS([('Tomás Echeverri, PhD, D(ABMM)', 'Chair, Clinical Microbiology Webinar Series')], sb=30, w=0.5, size=9),
          ]))

# =====================================================================  zn21  CLSI live webinar, Chromium landscape
cert('zn21', 'clsi', 'chromium-html',
     ['landscape', 'centered-award', 'corners-border', 'format-line', 'long-title-wrap+label', 'program-no-without-colon',
      'provider-with-and', 'presented-by-distractor', 'credentials-after-name'],
     '"LIVE WEBINAR" format line; "Program No. 262-119-25" without colon. Presenter names are distractors.',
     'Mateus Ferreira da Silva',
     'Verification of Precision and Trueness with CLSI EP15: A Practical Walkthrough for Small and Rural Laboratories',
     '2025-04-23', 1.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], '262-119-25',
     dict(orient='L', border='corners', bcolor='#7a4b00', font='sans', valign='center',
          css_fonts={'sans': '"URW Gothic", "Liberation Sans", sans-serif', 'serif': '"P052", serif'},
          els=[
              T('CLSI', 28, b=True, color='#7a4b00', sb=0, sp=4),
              T('Clinical and Laboratory Standards Institute', 12, sb=0),
              T('Certificate of Completion', 28, sb=14, font='serif', i=True),
              T('awarded to', 11, sb=8),
              T('Mateus Ferreira da Silva, MLS(ASCP)CM', 21, b=True, sb=4, font='serif'),
              T('for completing the', 11, sb=8),
              T('LIVE WEBINAR', 11, b=True, sb=2, sp=2, color='#7a4b00'),
              T('Verification of Precision and Trueness with CLSI EP15: A Practical Walkthrough for Small and Rural Laboratories', 16, b=True, sb=4, w=0.8, font='serif'),
              T('Presented by Hiroshi Takeda, PhD, and Adaeze Okafor, MS, MLS(ASCP)  \u2022  April 23, 2025', 10.5, sb=4),
              T('1.5 P.A.C.E.\u00ae contact hours          Program No. 262-119-25', 11, b=True, sb=10),
              T('CLSI ' + PACE, 8.5, sb=6, color='#444444'),
              SIGS([('Beatrice Lindahl, MBA', 'Vice President, Education')], sb=30, w=0.4, size=9),
              FOOT('1450 Example Road, Wayne, PA  \u2022  clsi-example.org  \u2022  Certificate 00093317', 7),
          ]))

# =====================================================================  zn22  CLSI eLearning, AcroForm portrait
cert('zn22', 'clsi', 'acroform-qpdf',
     ['portrait', 'form', 'two-column-label-value', 'all-caps-name', 'format-field', 'long-title-wrap', 'provider-with-and'],
     'Filled AcroForm with label/value rows. "Format: Self-Study Module" is labelled separately; the wrapped course title is in two field lines. '
     'Customer number is a distractor.',
     'PRIYA RAMASWAMY',
     'Antimicrobial Susceptibility Testing Breakpoints: Understanding and Implementing the Latest M100 Updates in Your Laboratory',
     '2025-01-30', 2.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'EL-M100-25',
     dict(orient='P', border='single', bcolor='#7a4b00', font='sans', margin=52,
          els=[
              T('CLSI', 26, b=True, color='#7a4b00', sb=0, align='L', sp=3),
              T('Clinical and Laboratory Standards Institute', 11, align='L', sb=0),
              T('eLearning Certificate of Completion', 20, align='L', sb=24, font='serif', b=True),
              KV([('Learner', 'PRIYA RAMASWAMY'),
                  ('Course', 'Antimicrobial Susceptibility Testing Breakpoints: Understanding and Implementing the Latest M100 Updates in Your Laboratory'),
                  ('Course ID', 'EL-M100-25'),
                  ('Format', 'Self-Study Module'),
                  ('Completion Date', '01/30/2025'),
                  ('Contact Hours', '2.0'),
                  ('Customer No.', 'C-0048813')],
                 size=11.5, lw=0.27, sb=20, pad=6, fields=True, lcolor='#7a4b00'),
              T('CLSI ' + PACE + ' P.A.C.E.\u00ae contact hours are awarded on passing the final assessment (80% or higher).', 9, align='L', sb=22, lead=1.35, color='#333333'),
              SIGS([('Beatrice Lindahl, MBA', 'Vice President, Education')], sb=44, w=0.5),
              FOOT('Clinical and Laboratory Standards Institute  \u2022  clsi-example.org/elearning', 7),
          ]))

# =====================================================================  zn23  CAMLT distance learning, TCPDF letter
cert('zn23', 'state_society', 'tcpdf',
     ['portrait', 'letter-style', 'left-aligned', 'two-column-label-value', 'suffix-name', 'license-no-distractor', 'course-hash'],
     'State society distance-learning certificate. "Course #" gives DL-1092; California license number and provider approval number are distractors.',
     'Gregory T. Vanterpool Sr.',
     'Quality Control Rules in Practice: Westgard Multirules and Sigma Metrics',
     '2024-10-07', 3.0, 'contact hour', ['California Association for Medical Laboratory Technology', 'CAMLT'], 'DL-1092',
     dict(orient='P', border='leftbar', bcolor='#7c2d12', bcolor2='#e0b48a', font='djserif', margin=58, left=20,
          els=[
              T('CAMLT', 22, b=True, align='L', color='#7c2d12', sb=0, font='djsans', sp=2),
              T('California Association for Medical Laboratory Technology', 11, align='L', sb=0, font='djsans'),
              T('Distance Learning Program  \u00b7  1895 Example Road, Suite 110  \u00b7  Pleasant Hill, CA', 8.5, align='L', sb=2, font='djsans', color='#555555'),
              T('CERTIFICATE OF COMPLETION', 18, b=True, align='L', sb=30, sp=1),
              T('CAMLT certifies that the participant named below has completed the distance learning course described and is awarded the contact hours shown.', 10.5, align='L', sb=10, lead=1.4),
              KV([('Participant', 'Gregory T. Vanterpool Sr., CLS'),
                  ('CA License No.', 'MT 00081234'),
                  ('Course Title', 'Quality Control Rules in Practice: Westgard Multirules and Sigma Metrics'),
                  ('Course #', 'DL-1092'),
                  ('Date Completed', 'October 7, 2024'),
                  ('Contact Hours', '3.0'),
                  ('Level', 'Intermediate')],
                 size=10.5, lw=0.3, sb=18, pad=4, font='djsans'),
              T('CAMLT is approved by the California Department of Public Health as a CE Provider, Provider No. 0021. CAMLT ' + PACE, 9, align='L', sb=20, lead=1.4),
              T('This certificate must be retained by the licensee for a period of four years after the course completion.', 9, align='L', sb=8, i=True),
              SP(40),
              T('Monica Alvarado-Finch, CLS, MT(ASCP)', 10.5, b=True, align='L', sb=0),
              T('Distance Learning Coordinator', 10, i=True, align='L', sb=0),
              FOOT('CAMLT DL-1092 \u00b7 Printed 10/08/2024', 7, align='L'),
          ]))

# =====================================================================  zn24  Keystone society summit, PostScript
cert('zn24', 'state_society', 'ghostscript-ps',
     ['landscape', 'centered-award', 'triple-border', 'provider-only-in-accreditation-statement', 'all-caps-name', 'hyphenated-name',
      'date-range', 'meeting-name-as-title', 'program-no-without-colon'],
     'Provider appears only as the subject of the P.A.C.E. statement. Title is the summit name. Date = last day of October 2-3, 2025. '
     'Program number follows "Program No." without colon.',
     "MARGARET O'SULLIVAN-PRICE",
     'Pennsylvania Laboratory Leadership Summit 2025',
     '2025-10-03', 10.0, 'contact hour', ['Keystone Society for Clinical Laboratory Science'], '312-640-25',
     dict(valign='center', orient='L', border='triple', bcolor='#3b3b3b', font='serif',
          els=[
              T('CERTIFICATE OF ATTENDANCE', 26, b=True, sp=3, sb=4),
              RULE(w=0.35, sb=8, color='#9c7c2e', lw=1.5),
              T('awarded to', 12, i=True, sb=18),
              T("MARGARET O'SULLIVAN-PRICE", 24, b=True, sb=6),
              T('for participation in the', 12, i=True, sb=14),
              T('Pennsylvania Laboratory Leadership Summit 2025', 20, b=True, sb=6),
              T('Hershey, Pennsylvania  \u2022  October 2\u20133, 2025', 12, sb=6),
              T('Contact Hours Earned: 10.0', 13, b=True, sb=18),
              T('The Keystone Society for Clinical Laboratory Science ' + PACE + ' P.A.C.E.\u00ae Program No. 312-640-25', 9, sb=14, w=0.85, color='#333333'),
              SIGS([('Elaine Fitzgerald-Moore, MS, MLS(ASCP)', 'Summit Program Chair')], sb=34, w=0.45, size=9),
          ]),
     meta_creator='summit-certs.ps')

# =====================================================================  zn25  Regional society Grand Rounds, ReportLab canvas
cert('zn25', 'state_society', 'reportlab-canvas',
     ['landscape', 'centered-award', 'single-border', 'series-name-in-title', 'format-in-sentence', 'hyphenated-name', 'credentials-after-name'],
     'Series name before the colon is part of the title ("Laboratory Grand Rounds: ..."). Format is inline ("attended the live webinar"). '
     'Short form GCACLP printed. "Session ID" gives the ID.',
     'Yusuf Al-Rashidi',
     'Laboratory Grand Rounds: Sepsis Biomarkers Beyond Lactate',
     '2025-01-15', 1.0, 'contact hour', ['Gulf Coast Association of Clinical Laboratory Professionals', 'GCACLP'], 'GR-2501',
     dict(orient='L', border='single', bcolor='#0d5c75', font='sans', valign='center',
          els=[
              T('Gulf Coast Association of Clinical Laboratory Professionals', 17, b=True, color='#0d5c75', sb=0),
              T('GCACLP', 11, sp=3, sb=2, color='#0d5c75'),
              T('Certificate of Attendance', 28, sb=18, font='serif'),
              T('This is to certify that', 11, sb=14),
              T('Yusuf Al-Rashidi, MLS(ASCP)', 22, b=True, sb=6, font='serif'),
              T('attended the live webinar', 11, sb=10),
              T('Laboratory Grand Rounds: Sepsis Biomarkers Beyond Lactate', 18, b=True, sb=4, font='serif'),
              T('held on January 15, 2025', 11, sb=4),
              T('Session ID: GR-2501     |     Contact hours: 1.0', 11, sb=12),
              T('GCACLP ' + PACE, 8.5, sb=10, color='#333333'),
              SIGS([('Dominique Fontenot, MHA, MLS(ASCP)', 'Continuing Education Chair')], sb=32, w=0.45, size=9),
              FOOT('Presenter: Kavita Raman, MD, Medical Director, Clinical Chemistry  \u2022  gcaclp-example.org', 7),
          ]))

# =====================================================================  zn26  Hospital in-service orientation, docx
cert('zn26', 'hospital_inservice', 'libreoffice-docx',
     ['portrait', 'centered-award', 'double-border', 'department-provider', 'orientation-title', 'class-no', 'employee-id-distractor',
      'credentials-after-name'],
     'Provider is a department: gold has the institution alone and "Institution, Laboratory Education Department". '
     'Title contains "Orientation" and "Safety"-type content (a real course). "Class No." is the ID; employee ID is a distractor.',
     'Jolene Marie Blackfeather',
     'New Employee Laboratory Orientation: Specimen Labeling, Chemical Hygiene, and Bloodborne Pathogens',
     '2025-02-05', 4.0, 'contact hour', ['Saint Aldric Medical Center', 'Saint Aldric Medical Center, Laboratory Education Department'], 'ORI-2025-07',
     dict(orient='P', border='double', bcolor='#6b1f3a', font='serif', margin=50,
          els=[
              T('Saint Aldric Medical Center', 20, b=True, sb=0, color='#6b1f3a'),
              T('Laboratory Education Department', 12, i=True, sb=2),
              T('Certificate of Completion', 28, sb=34),
              T('This certificate is awarded to', 11, sb=24),
              T('Jolene Marie Blackfeather, MLT(ASCP)', 21, b=True, sb=6),
              T('for completion of the in-service program', 11, sb=18),
              T('New Employee Laboratory Orientation: Specimen Labeling, Chemical Hygiene, and Bloodborne Pathogens', 15, b=True, sb=6, w=0.9),
              T('Date: February 5, 2025', 11, sb=4),
              T('Class No. ORI-2025-07', 11, sb=14),
              T('P.A.C.E.\u00ae Contact Hours: 4.0', 12, b=True, sb=4),
              T('The Saint Aldric Medical Center Laboratory Education Department ' + PACE, 9, sb=20, w=0.92, color='#333333'),
              SIGS([('Patricia N. Overholt, MS, MLS(ASCP)CM', 'Laboratory Education Coordinator'), ('Samuel Ikeda, MD', 'Medical Director, Clinical Laboratories')], sb=44, size=9),
              FOOT('Employee ID 300418  \u2022  Saint Aldric Medical Center, 2200 Example Avenue, Duluth, MN', 7),
          ]))

# =====================================================================  zn27  University hospital Grand Rounds, FODT landscape
cert('zn27', 'hospital_inservice', 'libreoffice-fodt',
     ['landscape', 'centered-award', 'frame-border', 'department-provider', 'series-name-in-title', 'offering-no', 'accented-name',
      'hyphenated-name', 'credentials-after-name', 'presented-by-distractor'],
     'Provider is an education council of a hospital (institution + "Institution, Council"). Series name "Pathology Grand Rounds" is part of the title. '
     '"Offering No." gives the ID. Speaker is a distractor.',
     'Lucía Paredes-Quintero',
     'Pathology Grand Rounds: Interpreting Flow Cytometry in Acute Leukemia',
     '2024-11-20', 1.0, 'contact hour',
     ['Bramblewood University Hospital', 'Bramblewood University Hospital, Pathology & Laboratory Medicine Education Council'], 'GR-2411-03',
     dict(orient='L', border='frame', bcolor='#2a4d69', font='sans', margin=46,
          els=[
              SP(70),
              T('Bramblewood University Hospital', 20, b=True, sb=0, color='#2a4d69'),
              T('Pathology & Laboratory Medicine Education Council', 11.5, sb=2),
              T('Certificate of Attendance', 26, sb=18, font='serif', i=True),
              T('presented to', 11, sb=10),
              T('Lucía Paredes-Quintero, SH(ASCP)CM', 21, b=True, sb=4, font='serif'),
              T('for attending', 11, sb=8),
              T('Pathology Grand Rounds: Interpreting Flow Cytometry in Acute Leukemia', 17, b=True, sb=4, font='serif'),
              T('Presented by Viktor Almqvist, MD, PhD  \u2022  Wednesday, November 20, 2024  \u2022  Auditorium B', 10.5, sb=4),
              T('Offering No. GR-2411-03     1.0 P.A.C.E.\u00ae contact hour', 11, b=True, sb=10),
              T('The Pathology & Laboratory Medicine Education Council of Bramblewood University Hospital ' + PACE, 8.5, sb=8, w=0.9, color='#333333'),
              SIGS([('Naomi Richter-Adams, MS, MLS(ASCP)CM', 'Chair, Education Council')], sb=28, w=0.5, size=9),
          ]))

# =====================================================================  zn28  Hospital office, FPDF memo with table
cert('zn28', 'hospital_inservice', 'fpdf',
     ['portrait', 'letter-style', 'memo', 'table', 'department-provider', 'suffix-name', 'ce-hour-unit', 'training-word-in-title'],
     'Memo-style record from an office of a hospital. Small table (Course Number | Date | CE Hours). Title contains "Training" and "Competency" (course words). '
     'Memo date is a distractor.',
     'Hollis Barrington III',
     'Point-of-Care Glucose Meter Operator Training and Competency Assessment',
     '2024-07-16', 1.5, 'CE hour', ['Lakeshore Community Hospital', 'Lakeshore Community Hospital, Office of Clinical Education'], 'POC-118',
     dict(orient='P', border='topbar', bcolor='#35524a', font='sans', margin=60, top=12,
          els=[
              T('Lakeshore Community Hospital', 18, b=True, align='L', sb=0, color='#35524a'),
              T('Office of Clinical Education', 11, align='L', sb=2),
              RULE(w=1.0, sb=8, color='#35524a', lw=1.0),
              T('CONTINUING EDUCATION RECORD', 16, b=True, align='L', sb=22, sp=1),
              KV([('To:', 'Hollis Barrington III, MLT'), ('From:', 'Office of Clinical Education'), ('Date:', 'July 22, 2024'), ('Subject:', 'Continuing education credit earned')],
                 size=10.5, lw=0.16, sb=14, pad=1.5),
              RULE(w=1.0, sb=8, color='#999999', lw=0.6),
              T('Our records show that you attended the following in-service and have been awarded the continuing education hours listed.', 10.5, align='L', sb=14, lead=1.4),
              T('Point-of-Care Glucose Meter Operator Training and Competency Assessment', 13, b=True, align='L', sb=12),
              TABLE(['Course Number', 'Date', 'CE Hours'], [['POC-118', '07/16/2024', '1.5']], widths=[0.34, 0.33, 0.33], size=10.5, sb=10, align=['C', 'C', 'C'], hfill='#dfe8e5'),
              T('CE hours awarded by the Office of Clinical Education may be used for state licensure and national certification maintenance. '
                'Keep this record with your personal training file.', 10, align='L', sb=16, lead=1.4),
              SP(30),
              T('Ruth Abernathy-Sloan, RN, MSN', 10.5, b=True, align='L', sb=0),
              T('Manager, Office of Clinical Education', 10, align='L', sb=0),
              FOOT('Lakeshore Community Hospital  \u2022  1 Example Harbor Drive  \u2022  Sheboygan, WI', 7.5, align='L'),
          ]))

# =====================================================================  zn29  State public health lab workshop, ReportLab canvas portrait
cert('zn29', 'public_health_lab', 'reportlab-canvas',
     ['portrait', 'centered-award', 'double-border', 'seal', 'date-range', 'safety-title', 'event-id', 'credentials-after-name', 'hyphenated-name'],
     'Two-day hands-on workshop; date is the last day (June 4, 2025). Title contains "Biosafety" and "Workshop" (part of the course name). '
     '"Event ID" gives the ID.',
     'Amara Nwosu-Pettigrew',
     'Sentinel Laboratory Biosafety and Biothreat Agent Rule-Out Workshop',
     '2025-06-04', 12.0, 'contact hour', ['Cascadia State Public Health Laboratory'], 'CSPHL-W-2506',
     dict(orient='P', border='double', bcolor='#264653', seal=dict(pos='bc', color='#264653', ribbon_color='#e9c46a', r=30), font='serif', margin=48,
          els=[
              T('Cascadia State Public Health Laboratory', 18, b=True, sb=0, color='#264653'),
              T('Protecting communities through laboratory science', 10, i=True, sb=2),
              T('Certificate of Completion', 28, sb=34),
              T('This certifies that', 12, sb=22),
              T('Amara Nwosu-Pettigrew, MPH, MLS(ASCP)CM', 19, b=True, sb=6),
              T('successfully completed the hands-on training', 12, sb=16),
              T('Sentinel Laboratory Biosafety and Biothreat Agent Rule-Out Workshop', 16, b=True, sb=6, w=0.9),
              T('June 3\u20134, 2025  \u2022  Olympia Training Center', 11, sb=5),
              T('Event ID: CSPHL-W-2506', 11, sb=16),
              T('12.0 P.A.C.E.\u00ae contact hours', 13, b=True, sb=5),
              T('Cascadia State Public Health Laboratory ' + PACE, 8.5, sb=14, w=0.9, color='#333333'),
              SIGS([('Dr. Helena Moritz, PhD, HCLD(ABB)', 'Laboratory Director'), ('Terrence Vu, MS', 'Biosafety Officer')], sb=40, size=9),
              SP(70),
          ]))

# =====================================================================  zn30  APHL eLearning, Platypus landscape
cert('zn30', 'public_health_lab', 'reportlab-platypus',
     ['landscape', 'two-column-label-value', 'grid', 'band-header', 'accented-name', 'credentials-after-name', 'course-id'],
     'APHL eLearning certificate with a label/value grid. Title is a course about shipping infectious substances. Learner ID is a distractor.',
     'Siobhán McCready',
     'Packaging and Shipping Division 6.2 Infectious Substances: 2025 Regulatory Update',
     '2025-03-27', 1.5, 'contact hour', ['Association of Public Health Laboratories', 'APHL'], 'APHL-EL-4417',
     dict(orient='L', border=None, font='sans', margin=44,
          els=[
              BAND('APHL  \u2022  Association of Public Health Laboratories', 15, fill='#1f4e79', sb=0),
              T('Certificate of Completion', 26, sb=18, font='serif'),
              T('The Association of Public Health Laboratories certifies that the learner below completed the following eLearning course.', 10.5, sb=6),
              KV([('Learner', 'Siobhán McCready, M(ASCP)'),
                  ('Course', 'Packaging and Shipping Division 6.2 Infectious Substances: 2025 Regulatory Update'),
                  ('Course ID', 'APHL-EL-4417'),
                  ('Date Completed', 'March 27, 2025'),
                  ('P.A.C.E.\u00ae Contact Hours', '1.5'),
                  ('Learner ID', '00-558102')],
                 size=11, lw=0.28, grid=True, sb=16, w=0.85, pad=4, lcolor='#1f4e79'),
              T('APHL ' + PACE + ' Completion of this course does not certify the learner to ship hazardous materials; employers must certify shippers.', 8.5, sb=14, w=0.85, color='#333333'),
              SIGS([('Angela Whitford, MPH', 'Director, Workforce Development')], sb=34, w=0.4, size=9),
              FOOT('APHL  \u2022  1600 Example Avenue, Silver Spring, MD  \u2022  aphl-example.org', 7),
          ]))

# =====================================================================  zn31  Joint-accredited university CME, TCPDF, two pages
cert('zn31', 'joint_cme', 'tcpdf',
     ['portrait', 'centered-award', 'single-border', 'joint-accreditation', 'multiple-credit-types', 'credits-table', 'department-provider',
      'date-range', 'two-page', 'accented-name', 'hyphenated-name', 'credentials-after-name'],
     'Joint-accredited provider; credit table with AMA PRA, ANCC, ACPE and P.A.C.E. (only P.A.C.E. 6.0 is gold). Conference date range March 6-7, 2025. '
     'Provider is an office of a school. Page 2 repeats accreditation statements and the agenda; the pharmacy UAN there is a distractor.',
     'Gabriel Lefèvre-Dumont',
     'Advances in Transfusion Medicine and Hemostasis: 2025 Regional Update',
     '2025-03-07', 6.0, 'contact hour',
     ['Halvorsen University School of Medicine', 'Halvorsen University School of Medicine, Office of Continuing Medical Education'], 'JA25-0306',
     dict(orient='P', border='single', bcolor='#3c1e5a', font='djserif', margin=50,
          els=[
              SP(45),
              T('Halvorsen University School of Medicine', 17, b=True, sb=0, color='#3c1e5a'),
              T('Office of Continuing Medical Education', 11, sb=2, font='djsans'),
              T('Certificate of Participation', 24, i=True, sb=26),
              T('This is to certify that', 11, sb=16),
              T('Gabriel Lefèvre-Dumont, MLS(ASCP)', 19, b=True, sb=6),
              T('participated in the live activity', 11, sb=12),
              T('Advances in Transfusion Medicine and Hemostasis: 2025 Regional Update', 15, b=True, sb=5, w=0.92),
              T('March 6\u20137, 2025  \u2022  Halvorsen University Conference Center', 10.5, sb=4),
              T('Activity ID: JA25-0306', 10.5, sb=4),
              TABLE(['Credit Type', 'Maximum', 'Claimed'],
                    [['AMA PRA Category 1 Credits\u2122', '6.75', '\u2014'],
                     ['ANCC Nursing Contact Hours', '6.75', '\u2014'],
                     ['ACPE Contact Hours (0.675 CEU)', '6.75', '\u2014'],
                     ['ASCLS P.A.C.E.\u00ae Contact Hours', '6.75', '6.0']],
                    widths=[0.6, 0.2, 0.2], size=9.5, sb=16, w=0.82, align=['L', 'C', 'C'], font='djsans', hfill='#e6deef'),
              T('Accreditation statements are printed on page 2.', 9, i=True, sb=8),
              SIGS([('Ingeborg Sæther, MD', 'Course Director'), ('Paul Okafor-Reyes, MEd', 'Director, Office of CME')], sb=40, size=9),
              FOOT('Halvorsen University School of Medicine  \u2022  Certificate printed 03/21/2025  \u2022  Page 1 of 2', 7, color='#555555'),
              BREAK(),
              T('Accreditation and Credit Designation', 15, b=True, align='L', sb=0, color='#3c1e5a'),
              T('In support of improving patient care, Halvorsen University School of Medicine is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), '
                'the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.',
                10, align='L', sb=10, lead=1.45, font='djsans'),
              T('Physicians: Halvorsen University School of Medicine designates this live activity for a maximum of 6.75 AMA PRA Category 1 Credits\u2122. '
                'Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 10, align='L', sb=8, lead=1.45, font='djsans'),
              T('Nurses: This activity is approved for a maximum of 6.75 ANCC contact hours.', 10, align='L', sb=8, lead=1.45, font='djsans'),
              T('Pharmacists: This knowledge-based activity is approved for 6.75 contact hours (0.675 CEU). UAN JA0000123-0000-25-041-L01-P.', 10, align='L', sb=8, lead=1.45, font='djsans'),
              T('Laboratory professionals: The Halvorsen University School of Medicine Office of Continuing Medical Education ' + PACE +
                ' This activity is approved for a maximum of 6.75 P.A.C.E.\u00ae contact hours.', 10, align='L', sb=8, lead=1.45, font='djsans'),
              T('Agenda', 13, b=True, align='L', sb=18, color='#3c1e5a'),
              TABLE(['Day', 'Session', 'Hours'],
                    [['March 6', 'Patient Blood Management Programs that Work', '1.5'],
                     ['March 6', 'Viscoelastic Testing in Trauma and Cardiac Surgery', '1.75'],
                     ['March 7', 'Cold-Stored Platelets and Whole Blood', '1.5'],
                     ['March 7', 'Anticoagulant Reversal: Laboratory Perspectives', '2.0']],
                    widths=[0.16, 0.7, 0.14], size=9.5, sb=8, grid=False, hfill=None, font='djsans', align=['L', 'L', 'C']),
              FOOT('Halvorsen University School of Medicine  \u2022  Page 2 of 2', 7, color='#555555'),
          ]))

# =====================================================================  zn32  Joint-accredited education company, Chromium landscape, labels above values
cert('zn32', 'joint_cme', 'chromium-html',
     ['landscape', 'labels-above-values', 'columns', 'provider-only-in-accreditation-statement', 'joint-accreditation',
      'multiple-credit-types', 'meeting-word-in-title', 'credits-table', 'hyphenated-name', 'credentials-after-name'],
     'Provider is named only in the joint-accreditation and P.A.C.E. statements. Title contains "Meeting" (it is the course title, not a meeting). '
     'Credit table: AMA/ANCC/ACPE not claimed; P.A.C.E. 1.0 claimed.',
     'Keiko Tanabe-Morrison',
     'Leading the Stewardship Team Meeting: How the Microbiology Laboratory Drives Rapid Diagnostics and Selective Reporting',
     '2024-05-08', 1.0, 'contact hour', ['Meridian Clinical Education Partners'], 'MCEP-24-115',
     dict(orient='L', border='topbar', bcolor='#22577a', font='sans', margin=50, top=8,
          css_fonts={'sans': '"DejaVu Sans", sans-serif'},
          els=[
              T('CERTIFICATE OF COMPLETION', 22, b=True, sp=2, sb=0, align='L', color='#22577a'),
              T('Continuing education for the healthcare team', 10, align='L', sb=2, color='#555555'),
              COLS([[('Participant', 'Keiko Tanabe-Morrison, MLS(ASCP)CM'), ('Date of Completion', 'May 8, 2024')]], widths=[0.64, 0.36], sb=20, size=13, vb=True),
              COLS([[('Activity Title', 'Leading the Stewardship Team Meeting: How the Microbiology Laboratory Drives Rapid Diagnostics and Selective Reporting'),
                     ('Activity No.', 'MCEP-24-115')]], widths=[0.64, 0.36], sb=12, size=12),
              TABLE(['Credit type', 'Designated (max)', 'Claimed'],
                    [['AMA PRA Category 1 Credit\u2122', '1.0', '0.0'], ['ANCC contact hours', '1.0', '0.0'], ['ACPE contact hours', '1.0', '0.0'],
                     ['P.A.C.E.\u00ae contact hours', '1.0', '1.0']],
                    widths=[0.5, 0.25, 0.25], size=9.5, sb=14, w=0.6, align=['L', 'C', 'C'], hfill='#dbe9f1'),
              T('In support of improving patient care, Meridian Clinical Education Partners is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), '
                'the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. '
                'Meridian Clinical Education Partners ' + PACE, 8, align='L', sb=12, lead=1.35, color='#333333'),
              FOOT('Certificate #0482-77130  \u2022  Printed 05/08/2024 09:14  \u2022  Questions: ce-support@mcep-example.org', 7, align='L'),
          ]))

# =====================================================================  zn33  Joint CME case conference, AcroForm landscape
cert('zn33', 'joint_cme', 'acroform-qpdf',
     ['landscape', 'form', 'labels-above-values', 'department-provider', 'joint-accreditation', 'multiple-credit-types',
      'claimed-vs-maximum', 'abpath-sam', 'accented-name', 'hyphenated-name', 'credentials-after-name', 'series-name-in-title'],
     'Filled AcroForm; several credit figures in fields (AMA PRA N/A, ABPath SAM N/A, P.A.C.E. max 2.0 / claimed 1.5). '
     'Provider is a department of a medical center. Series name before colon is part of the title.',
     'Rafael Castellanos-Ibáñez',
     'Molecular Pathology Case Conference: NGS Variant Interpretation in Solid Tumors',
     '2025-05-14', 1.5, 'contact hour', ['Carrow Valley Medical Center', 'Carrow Valley Medical Center, Department of Medical Education'], 'MP-2505',
     dict(valign='center', orient='L', border='single', bcolor='#5a3d1e', font='sans',
          els=[
              T('Carrow Valley Medical Center', 19, b=True, align='L', sb=0, color='#5a3d1e'),
              T('Department of Medical Education', 11, align='L', sb=0),
              T('Continuing Education Credit Certificate', 18, align='L', sb=12, font='serif', b=True),
              COLS([[('Name', 'Rafael Castellanos-Ibáñez, PA(ASCP)'), ('Date Attended', '05/14/2025'), ('Activity No.', 'MP-2505')]],
                   widths=[0.5, 0.25, 0.25], sb=16, fields=True, size=12),
              COLS([[('Activity Title', 'Molecular Pathology Case Conference: NGS Variant Interpretation in Solid Tumors')]], sb=10, fields=True, size=12),
              COLS([[('AMA PRA Cat. 1 Credits Claimed', 'N/A'), ('ABPath SAM Credits Claimed', 'N/A'), ('P.A.C.E.\u00ae Contact Hours Available', '2.0'), ('P.A.C.E.\u00ae Contact Hours Claimed', '1.5')]],
                   sb=10, fields=True, size=12),
              T('In support of improving patient care, Carrow Valley Medical Center is jointly accredited by the ACCME, ACPE, and ANCC to provide continuing education for the healthcare team. '
                'Carrow Valley Medical Center designates this live activity for a maximum of 2.0 AMA PRA Category 1 Credits\u2122 and 2.0 ABPath SAM credits. '
                'The Carrow Valley Medical Center Department of Medical Education ' + PACE, 7.5, align='L', sb=12, lead=1.3, color='#333333'),
              SIGS([('Imani Brathwaite-Cole, MD', 'Activity Director'), ('Georgina Pell, MEd', 'Manager, CE Accreditation')], sb=32, w=0.8, size=9),
          ]))

# =====================================================================  zn34  University CEU, FODT, two pages
cert('zn34', 'university_ceu', 'libreoffice-fodt',
     ['portrait', 'centered-award', 'double-border', 'ceu-unit', 'department-provider', 'conferral-date-distractor', 'student-id-distractor',
      'two-page', 'hyphenated-name'],
     'University CEU certificate: 1.2 CEU -> 12 points. Completion date August 15, 2024; conferral date September 3, 2024 is a distractor. '
     'Course number is the ID; student ID is a distractor. Page 2 is a course transcript summary.',
     'Deborah L. Whitcombe-Oyelaran',
     'Clinical Laboratory Management: Quality Systems and Regulatory Compliance',
     '2024-08-15', 1.2, 'CEU', ['Westbrook State University', 'Westbrook State University, Division of Continuing & Professional Studies'], 'CLM-303',
     dict(orient='P', border='double', bcolor='#7a1f1f', font='serif', margin=50,
          odf_fonts={'serif': 'C059'},
          els=[
              T('Westbrook State University', 22, b=True, sb=4, color='#7a1f1f'),
              T('Division of Continuing & Professional Studies', 12, i=True, sb=2),
              T('hereby certifies that', 11, sb=40),
              T('Deborah L. Whitcombe-Oyelaran', 24, b=True, sb=10),
              T('has satisfactorily completed the non-credit course', 11, sb=18),
              T('Clinical Laboratory Management: Quality Systems and Regulatory Compliance', 16, b=True, sb=8, w=0.9),
              T('Course No. CLM-303  \u00b7  Completed August 15, 2024', 11, sb=8),
              T('and is awarded', 11, sb=18),
              T('1.2 Continuing Education Units (CEUs)', 16, b=True, sb=4),
              T('One CEU represents ten hours of participation in an organized continuing education experience under responsible sponsorship, capable direction, and qualified instruction.',
                8.5, sb=18, w=0.85, color='#333333'),
              SIGS([('Margaret Ellison-Park, EdD', 'Dean, Continuing & Professional Studies'), ('Rohan Deshpande, PhD, MLS(ASCP)', 'Program Director')], sb=50, size=9),
              T('Conferred September 3, 2024', 9, i=True, sb=20),
              FOOT('Student ID W00418862  \u00b7  Page 1 of 2', 7.5),
              BREAK(),
              T('Westbrook State University \u2014 Continuing Education Transcript Summary', 13, b=True, align='L', sb=0),
              KV([('Participant', 'Deborah L. Whitcombe-Oyelaran'), ('Student ID', 'W00418862'), ('Course', 'CLM-303'),
                  ('Term', 'Summer 2024 (June 10 \u2013 August 15, 2024)'), ('Delivery', 'Online, instructor-led'), ('Final status', 'Complete \u2014 CEUs awarded'),
                  ('CEUs', '1.2')], size=10, lw=0.25, sb=12, pad=2, font='sans'),
              TABLE(['Unit', 'Topic', 'Hours'],
                    [['1', 'Quality management system essentials', '2.0'], ['2', 'CLIA, CAP and Joint Commission requirements', '3.0'],
                     ['3', 'Document control and nonconforming events', '2.5'], ['4', 'Proficiency testing and corrective action', '2.0'],
                     ['5', 'Inspection readiness capstone', '2.5'], ['', 'Total instructional hours', '12.0']],
                    widths=[0.1, 0.75, 0.15], size=9.5, sb=14, font='sans', align=['C', 'L', 'C']),
              FOOT('Student ID W00418862  \u00b7  Page 2 of 2', 7.5),
          ]))

# =====================================================================  zn35  University CEU, PostScript, letter-spaced caps name
cert('zn35', 'university_ceu', 'ghostscript-ps',
     ['portrait', 'centered-award', 'corners-border', 'ceu-unit', 'letter-spaced-name', 'all-caps-name', 'hyphenated-name',
      'offering-no', 'department-provider'],
     'Letter-spaced ALL-CAPS name. 0.3 CEU -> 3 points. "Offering No." gives the ID. Provider is a center within a university (institution + "Institution, Center").',
     'ELEANOR K. VOSS-ABERNETHY',
     'Hematology Morphology Review: Red Cell Inclusions and Leukocyte Abnormalities',
     '2025-04-05', 0.3, 'CEU', ['University of Tamarack Falls', 'University of Tamarack Falls, Center for Continuing Education'], 'HS-2504-11',
     dict(orient='P', border='corners', bcolor='#20425e', font='serif', margin=50,
          els=[
              T('University of Tamarack Falls', 22, b=True, sb=6, color='#20425e'),
              T('College of Health Sciences  \u2022  Center for Continuing Education', 10.5, sb=4, font='sans'),
              T('Certificate of Completion', 28, i=True, sb=44),
              T('is awarded to', 12, sb=26),
              T('ELEANOR K. VOSS-ABERNETHY', 20, b=True, sp=3.5, sb=10),
              T('for completing the workshop', 12, sb=22),
              T('Hematology Morphology Review: Red Cell Inclusions and Leukocyte Abnormalities', 17, b=True, sb=8, w=0.92),
              T('Saturday, April 5, 2025', 12, sb=8),
              T('0.3 CEU', 16, b=True, sb=22),
              T('Offering No. HS-2504-11', 10.5, sb=6),
              T('The University of Tamarack Falls Center for Continuing Education awards CEUs in accordance with IACET standards; 0.1 CEU equals one contact hour of instruction.',
                8.5, sb=18, w=0.88, color='#333333'),
              SIGS([('Corinne Baptiste-Lowell, PhD', 'Director, Center for Continuing Education')], sb=52, w=0.6),
          ]),
     meta_creator='ceu-certs.ps')

# =====================================================================  zn36  Vendor instrument training, ReportLab canvas landscape
cert('zn36', 'vendor', 'reportlab-canvas',
     ['landscape', 'centered-award', 'frame-border', 'seal', 'date-range', 'training-id', 'serial-distractor', 'suffix-name', 'training-word-in-title'],
     'Two-day vendor operator course; date is last day (Nov 13, 2024). "Training ID" gives the ID; instrument serial number is a distractor. '
     'Title contains "Training" (part of the course name).',
     'Tremaine D. Colbert Jr.',
     'Hematology Analyzer Operator Training: Daily Maintenance, Quality Control, and Troubleshooting',
     '2024-11-13', 14.0, 'contact hour', ['Norvane Diagnostics, Inc.', 'Norvane'], 'TR-88213',
     dict(valign='center', orient='L', border='frame', bcolor='#123f5a', bcolor2='#c9a227', font='sans', seal=dict(pos='br', color='#123f5a', ribbon_color='#c9a227', r=30),
          margin=44,
          els=[
              T('Norvane', 26, b=True, sb=0, color='#123f5a', sp=2),
              T('Norvane Diagnostics, Inc.  \u2022  Precision in every count', 10, sb=0, color='#555555'),
              T('Certificate of Training', 26, sb=14, font='serif', i=True),
              T('This is to certify that', 11, sb=10),
              T('Tremaine D. Colbert Jr.', 22, b=True, sb=4, font='serif'),
              T('has successfully completed', 11, sb=8),
              T('Hematology Analyzer Operator Training: Daily Maintenance, Quality Control, and Troubleshooting', 15, b=True, sb=4, w=0.8, font='serif'),
              T('November 12\u201313, 2024  \u2022  Training ID: TR-88213  \u2022  14.0 P.A.C.E.\u00ae contact hours', 10.5, sb=4),
              T('Instrument: NX-5 Hematology System, S/N HX5-220417', 9, sb=4, color='#555555'),
              T('Norvane Diagnostics, Inc. ' + PACE, 8, sb=8, color='#333333'),
              SIGS([('Ilse Brandvold', 'Senior Applications Specialist'), ('Curtis Mayhew, MT(ASCP)', 'Manager, Customer Education')], sb=28, w=0.7, size=9),
          ]))

# =====================================================================  zn37  Vendor on-demand webinar, FPDF portrait
cert('zn37', 'vendor', 'fpdf',
     ['portrait', 'centered-award', 'wave-border', 'format-line', 'long-title-wrap+label', 'ce-hour-unit', 'program-no', 'credentials-after-name', 'presented-by-distractor'],
     '"On-Demand" is a format line between the verb and the title. Unit is CE hours. "Program No." gives the ID. '
     'Presenter and the Florida provider number are distractors.',
     'Mirela Dumitrescu',
     'Rapid Molecular Respiratory Panels: Result Interpretation, Reporting, and Diagnostic Stewardship',
     '2025-02-11', 1.0, 'CE hour', ['Kestrel Biosystems'], 'KB-0211-25',
     dict(orient='P', border='wave', bcolor='#2f4858', bcolor2='#86bbd8', font='sans', margin=50,
          els=[
              T('KESTREL BIOSYSTEMS', 20, b=True, sp=3, sb=6, color='#2f4858'),
              T('Clinical Education Program', 10, sb=2, color='#555555'),
              T('Certificate of Completion', 28, sb=40, font='serif'),
              T('presented to', 11, sb=22),
              T('Mirela Dumitrescu, MLS(ASCP)', 22, b=True, sb=6, font='serif'),
              T('for completing the', 11, sb=18),
              T('On-Demand', 12, b=True, i=True, sb=3, color='#2f4858'),
              T('Rapid Molecular Respiratory Panels: Result Interpretation, Reporting, and Diagnostic Stewardship', 16, b=True, sb=4, w=0.88, font='serif'),
              T('Completion date: February 11, 2025', 11, sb=3),
              T('Presented by Dr. Alistair Pembroke, PhD, D(ABMM)', 10, i=True, sb=14),
              T('CE Hours: 1.0', 14, b=True, sb=18),
              T('Program No. KB-0211-25', 10, sb=4),
              T('Kestrel Biosystems is approved as a provider of continuing education by the Florida Board of Clinical Laboratory Personnel, '
                'Provider No. 50-12817. This program is approved for 1.0 CE hour.', 8.5, sb=20, w=0.85, color='#333333'),
              SIGS([('Nathaniel Osterberg, PhD', 'Director, Medical and Scientific Affairs')], sb=46, w=0.6),
              FOOT('Kestrel Biosystems  \u2022  This certificate does not imply endorsement of any product.', 7),
          ]))

# =====================================================================  zn38  Vendor user group session, Chromium portrait
cert('zn38', 'vendor', 'chromium-html',
     ['portrait', 'labels-above-values', 'session-at-conference', 'date-range-distractor', 'meeting-name-distractor', 'session-id',
      'hyphenated-name', 'credentials-after-name'],
     'Session certificate at a vendor user-group meeting: title is the session (not the "User Group Meeting" name); date is the session date '
     '(October 16, 2024), not the meeting end (October 17).',
     'Ayasha Redcloud-Fenwick',
     'Middleware Autoverification Rules: Design, Validation, and Audit',
     '2024-10-16', 1.5, 'contact hour', ['Halcyon Lab Systems'], 'UGM-214',
     dict(orient='P', border='single', bcolor='#3d405b', font='serif', margin=54,
          css_fonts={'serif': '"URW Bookman", "Liberation Serif", serif', 'sans': '"Liberation Sans", sans-serif'},
          els=[
              T('Halcyon Lab Systems', 20, b=True, sb=0, color='#3d405b', font='sans'),
              T('2024 Halcyon User Group Meeting  \u2022  October 15\u201317, 2024  \u2022  Scottsdale, Arizona', 9.5, sb=4, font='sans'),
              T('Session Certificate', 26, sb=30, i=True),
              COLS([[('Attendee', 'Ayasha Redcloud-Fenwick, MLS(ASCP)CM'), ('Session ID', 'UGM-214')]], widths=[0.65, 0.35], sb=30, size=12.5, vb=True, font='sans'),
              COLS([[('Session Title', 'Middleware Autoverification Rules: Design, Validation, and Audit'), ('Session Date', '10/16/2024')]], widths=[0.65, 0.35], sb=16, size=12.5, font='sans'),
              COLS([[('Contact Hours', '1.5'), ('Speaker', 'Farid Nazari, MS, MLS(ASCP)')]], widths=[0.35, 0.65], sb=16, size=12.5, font='sans'),
              T('Halcyon Lab Systems ' + PACE + ' Credit is awarded per session attended; a separate certificate is issued for each session.', 9, align='L', sb=30, lead=1.4),
              SIGS([('Joanna Whitlock', 'User Group Program Manager')], sb=60, w=0.5),
              FOOT('Halcyon Lab Systems  \u2022  halcyon-example.com/usergroup  \u2022  Badge 3321', 7.5),
          ]))

# =====================================================================  zn39  P.A.C.E.-approved CE company, Platypus portrait
cert('zn39', 'pace_provider', 'reportlab-platypus',
     ['portrait', 'centered-award', 'triple-border', 'format-line', 'long-title-wrap+label', 'program-no-without-colon', 'accented-name',
      'hyphenated-name', 'letter-spaced-name', 'all-caps-name'],
     '"Self-Study Module" format line; "Program No. 615-302-24" without colon. Name printed ALL CAPS and letter-spaced with real spaces '
     '(Z O Ë ...); gold removes the letter spacing. Exam score and order number are distractors.',
     'ZOË LINDQVIST-ACHEBE',
     'Body Fluid Cell Counts and Differentials: Cytospin Preparation, Morphology, and Common Pitfalls',
     '2024-06-03', 2.5, 'contact hour', ['Heartland Laboratory Education Network', 'HLEN'], '615-302-24',
     dict(orient='P', border='triple', bcolor='#6a4c93', font='serif', margin=48,
          els=[
              T('Heartland Laboratory Education Network', 18, b=True, sb=6, color='#6a4c93'),
              T('HLEN', 11, sb=2, font='sans', sp=3),
              T('Certificate of Completion', 28, i=True, sb=36),
              T('This certifies that', 12, sb=22),
              T('ZOË LINDQVIST-ACHEBE', 19, b=True, sb=6, sp=3),
              T('has completed the', 12, sb=16),
              T('Self-Study Module', 12, b=True, sb=3, font='sans', color='#6a4c93'),
              T('Body Fluid Cell Counts and Differentials: Cytospin Preparation, Morphology, and Common Pitfalls', 16, b=True, sb=5, w=0.9),
              T('Date of completion: June 3, 2024', 11.5, sb=3),
              T('2.5 P.A.C.E.\u00ae contact hours', 14, b=True, sb=20),
              T('Program No. 615-302-24', 10.5, sb=4),
              T('Heartland Laboratory Education Network (HLEN) ' + PACE, 9, sb=18, w=0.88, color='#333333'),
              SIGS([('Theodore Vance, MA, MLS(ASCP)', 'Executive Director')], sb=50, w=0.6),
              FOOT('Exam score 88%  \u2022  Order #HL-30917  \u2022  hlen-example.org', 7.5),
          ]))

# =====================================================================  zn40  P.A.C.E.-approved CE company, docx landscape, labels above values
cert('zn40', 'pace_provider', 'libreoffice-docx',
     ['landscape', 'labels-above-values', 'columns', 'format-field', 'ethics-title', 'accented-name', 'hyphenated-name', 'provider-llc',
      'band-header'],
     'Labels above values; "Format: Enduring Material" in its own column (not part of the title). Title contains "Ethics". Provider printed with ", LLC" and short form.',
     'Nkechi Obi-Sørensen',
     'Laboratory Ethics: Professional Responsibility When Errors Reach the Patient',
     '2025-06-18', 1.0, 'contact hour', ['Brightwater Clinical Learning, LLC', 'Brightwater'], 'BCL-1044',
     dict(orient='L', border='single', bcolor='#0b6e4f', font='sans', margin=50,
          docx_fonts={'sans': 'DejaVu Sans', 'serif': 'DejaVu Serif'},
          els=[
              SP(55),
              BAND('Brightwater', 20, fill='#0b6e4f', sb=0, sp=2),
              T('Brightwater Clinical Learning, LLC', 11, sb=4, color='#0b6e4f'),
              T('Certificate of Completion', 24, sb=12, font='serif'),
              COLS([[('Participant', 'Nkechi Obi-Sørensen, MLS(ASCP)CM'), ('Date of Completion', 'June 18, 2025'), ('Course No.', 'BCL-1044')]],
                   widths=[0.5, 0.28, 0.22], sb=18, size=12.5, vb=True),
              COLS([[('Course Title', 'Laboratory Ethics: Professional Responsibility When Errors Reach the Patient'), ('Format', 'Enduring Material')]],
                   widths=[0.72, 0.28], sb=12, size=12.5),
              COLS([[('P.A.C.E.\u00ae Contact Hours', '1.0'), ('Post-test', 'Passed (9/10)'), ('Order No.', '2025-061877')]],
                   widths=[0.5, 0.28, 0.22], sb=12, size=12.5),
              T('Brightwater Clinical Learning, LLC ' + PACE, 8.5, sb=14, color='#333333'),
              SIGS([('Adaora Nwankwo-Hill, MS, MLS(ASCP)', 'Education Director')], sb=30, w=0.4, size=9),
          ]))


# ===================================================================== main

def main(argv):
    want = set(argv)
    done = 0
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        build(c, HERE)
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as fh:
            json.dump(c['gold'], fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        done += 1
        print('built', c['id'], c['producer'])
    print('%d certificate(s) built' % done)


if __name__ == '__main__':
    main(sys.argv[1:])
