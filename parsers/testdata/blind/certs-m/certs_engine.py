"""Certificates drawn with the layout engine (ReportLab, ReportLab AcroForm, Ghostscript, FPDF)."""
from engine import Page

CERTS = []


def cert(num, producer, style, layout, notes, name, title, date, credits, unit, provider, activity_id):
    def deco(fn):
        pts = round(credits * 10, 2) if unit == 'CEU' else credits
        CERTS.append(dict(num=num, producer=producer, fn=fn, gold=dict(
            style=style, producer=producer, layout=layout, notes=notes, name=name, title=title, date=date,
            credits=credits, unit=unit, points=pts, provider=provider, activity_id=activity_id)))
        return fn
    return deco


# ------------------------------------------------------------------ m01
@cert(1, 'reportlab', 'ASCP', ['landscape', 'centred award', 'double border', 'seal', 'format line', 'signature block'],
      'On-Demand Webinar format line under title; issue date distractor.',
      'Priya N. Raghunathan', 'Hemoglobin Variants in the Age of HPLC: Interpreting the Unexpected Peak', '2026-01-14',
      1.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'W25-HEM-0412')
def m01():
    p = Page('letter-l', 54, 'serif', border='double')
    p.gap(18)
    p.t('AMERICAN SOCIETY FOR CLINICAL PATHOLOGY', 13, 'B', cs=2.5, color=(0.15, 0.2, 0.45))
    p.t('ASCP Continuing Education', 10, 'I')
    p.gap(12)
    p.t('Certificate of Completion', 30, 'BI', color=(0.15, 0.2, 0.45))
    p.gap(6)
    p.t('is hereby presented to', 11, 'I')
    p.gap(4)
    p.t('Priya N. Raghunathan, MLS(ASCP)CM', 24, 'B')
    p.gap(6)
    p.t('for successful completion of the continuing education activity', 11)
    p.t('Hemoglobin Variants in the Age of HPLC: Interpreting the Unexpected Peak', 16, 'B', width=520, x=p.x0 + (p.cw - 520) / 2)
    p.t('On-Demand Webinar', 10, 'I', color=(0.4, 0.4, 0.4))
    p.gap(8)
    p.t('Activity ID: W25-HEM-0412     Completed: January 14, 2026     Awarded: 1.5 CMLE credits', 10.5, family='sans')
    p.t('ASCP CMLE credits are acceptable for the ASCP Board of Certification Credential Maintenance Program (CMP).', 8.5, 'I', family='sans')
    p.sig([('Lorraine D. Feathers, MEd, MLS(ASCP)', 'Director, Continuing Education\nAmerican Society for Clinical Pathology')], width=250, script='L. D. Feathers')
    p.seal(660, 118, 46, ['ASCP', 'CMLE', 'CREDIT'])
    p.at(100, 560, 'Certificate issued: January 15, 2026', 7.5, family='sans', color=(0.4, 0.4, 0.4))
    return p


# ------------------------------------------------------------------ m02
@cert(2, 'ghostscript', 'state-society', ['portrait', 'two-column label/value', 'date range', 'accreditation statement', 'member ID distractor'],
      'Meeting attendance with no session title: title is the meeting name. Date range, last day used.',
      'Margaret "Peggy" L. Sorensen', 'GLACLS 42nd Annual Spring Symposium', '2026-04-11',
      9.5, 'contact hour', ['Great Lakes Association for Clinical Laboratory Science', 'GLACLS'], '512-117-26')
def m02():
    p = Page('letter', 60, 'sans', border='single')
    p.t('Great Lakes Association for Clinical Laboratory Science', 15, 'B', align='L')
    p.t('GLACLS  |  A constituent society of the laboratory profession since 1971', 8.5, 'I', align='L', color=(0.35, 0.35, 0.35))
    p.rule(1.5, (0.1, 0.35, 0.2))
    p.gap(6)
    p.t('RECORD OF CONTINUING EDUCATION ATTENDANCE', 13, 'B', align='L', cs=1)
    p.gap(10)
    p.kv([('Participant', 'Margaret "Peggy" L. Sorensen, MLS(ASCP)'),
          ('GLACLS Member ID', 'GL-004417'),
          ('Meeting', 'GLACLS 42nd Annual Spring Symposium'),
          ('Location', 'Grand Traverse Conference Center, Traverse City, Michigan'),
          ('Meeting Dates', 'April 9-11, 2026'),
          ('P.A.C.E. Program No.', '512-117-26'),
          ('Contact Hours Earned', '9.5'),
          ('Level of instruction', 'Intermediate')], lw=165, rule=True, pad=7)
    p.gap(14)
    p.t('Great Lakes Association for Clinical Laboratory Science is approved as a provider of continuing education '
        'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program. Contact hours are computed on '
        'the basis of 50 minutes of instruction per hour and reflect the sessions the participant signed in for.', 9, align='L', lead=1.35)
    p.gap(4)
    p.t('Please retain this record for six years for credential maintenance audits.', 9, 'I', align='L')
    p.sig([('Harriet O. Lindqvist, MS, MLS(ASCP)', 'Education Chair, GLACLS'),
           ('Dennis P. Wojcik, MT(ASCP)', 'President, GLACLS')], width=200)
    p.at(60, 740, 'Printed 04/20/2026', 7.5, color=(0.45, 0.45, 0.45))
    return p


# ------------------------------------------------------------------ m03
@cert(3, 'fpdf', 'hospital-inservice', ['portrait', 'labels above values', 'boxed columns', 'department provider', 'employee ID distractor'],
      'Title contains the words Date and Orientation; department of a hospital issues it.',
      'Luis A. Ferreira-Santos', 'Specimen Labeling Orientation: Collection Date/Time Integrity and Two-Identifier Rules', '2026-02-05',
      1.0, 'contact hour',
      ["St. Brendan's Regional Medical Center", "St. Brendan's Regional Medical Center, Department of Pathology & Laboratory Medicine"],
      'IS-2026-03')
def m03():
    p = Page('letter', 58, 'sans')
    p.band(58, (0.12, 0.32, 0.48), [("St. Brendan's Regional Medical Center", 16, 'B', 'L'),
                                     ('Department of Pathology & Laboratory Medicine', 10.5, 'R', 'L')])
    p.gap(22)
    p.t('In-Service Education Credit', 20, 'B', align='L')
    p.t('This form documents attendance at a departmental in-service. Keep a copy in your competency file.', 9, 'I', align='L')
    p.gap(16)
    p.cols([('EMPLOYEE NAME', 'Luis A. Ferreira-Santos, MLT(ASCP)'), ('EMPLOYEE ID', '0048812')], boxed=True, widths=[0.65, 0.35])
    p.cols([('IN-SERVICE TITLE', 'Specimen Labeling Orientation: Collection Date/Time Integrity and Two-Identifier Rules')], boxed=True)
    p.cols([('SESSION NO.', 'IS-2026-03'), ('DATE ATTENDED', 'February 5, 2026'), ('DURATION', '60 minutes'),
            ('CONTACT HOURS', '1.0')], boxed=True)
    p.cols([('PRESENTER', 'Gwendolyn R. Ashby, MLS(ASCP)CM, Specimen Processing Supervisor'), ('AUDIENCE', 'All laboratory staff, phlebotomy')], boxed=True, widths=[0.6, 0.4])
    p.gap(14)
    p.t("St. Brendan's Regional Medical Center, Department of Pathology & Laboratory Medicine, is approved as a provider of "
        'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 9, align='L', lead=1.35)
    p.sig([('Raymond K. Oduya, MD', 'Medical Director, Laboratory'), ('Theresa M. Kline, MBA, MLS(ASCP)', 'Laboratory Education Coordinator')], width=200)
    p.at(58, 760, 'Form LAB-ED-07   Rev. 11/2024   Date signed: 02/09/2026', 7, color=(0.4, 0.4, 0.4))
    return p


# ------------------------------------------------------------------ m04
@cert(4, 'reportlab-acroform', 'vendor-training', ['portrait', 'AcroForm fields flattened', 'two-column label/value boxes', 'date range', 'customer no. distractor'],
      'Values sit in AcroForm text fields flattened with qpdf. Serial number and customer number are distractors.',
      'Kenji R. Albrecht', 'Aurelia 900 Immunoassay Analyzer Operator Certification Course', '2026-02-12',
      14.0, 'contact hour', ['Corvantis Diagnostics, Inc.', 'Corvantis Diagnostics'], 'AUR9-OPS-201')
def m04():
    p = Page('letter', 56, 'sans', border='box')
    p.t('CORVANTIS DIAGNOSTICS', 18, 'B', align='L', cs=3, color=(0.55, 0.1, 0.2))
    p.t('Customer Technical Training  -  Training Record', 11, align='L')
    p.rule()
    p.t('The following customer operator has completed hands-on operator training at the Corvantis Diagnostics training '
        'center and may perform routine operation, daily maintenance and first-line troubleshooting.', 9.5, align='L', lead=1.35)
    p.gap(10)
    p.kv([('Trainee', 'Kenji R. Albrecht'),
          ('Facility', 'Pinecrest Community Hospital Laboratory, Bozeman, MT'),
          ('Customer No.', 'C-77104-MT'),
          ('Course', 'Aurelia 900 Immunoassay Analyzer Operator Certification Course'),
          ('Course Code', 'AUR9-OPS-201'),
          ('Instrument S/N', 'A9-2024-118870'),
          ('Training Dates', '02/09/2026 - 02/12/2026'),
          ('P.A.C.E. Contact Hours', '14.0')], lw=150, boxes=True, field=True, pad=8)
    p.gap(12)
    p.t('Corvantis Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
        'sciences by the ASCLS P.A.C.E.\xae Program. Operator status must be renewed after major software upgrades.', 8.5, 'I', align='L', lead=1.35)
    p.sig([('Marisol V. Ibarra', 'Senior Technical Trainer'), ('Owen B. Mathers', 'Manager, Customer Education')], width=190)
    return p


# ------------------------------------------------------------------ m05
@cert(5, 'reportlab', 'CAP', ['portrait', 'credit table', 'joint accreditation', 'several credit types', 'corner border'],
      'Joint accreditation statement; AMA PRA and ANCC rows are not laboratory credit; lab row counts.',
      'Beatrix O. Nwankwo-Hale', 'Next-Generation Sequencing Quality Metrics: What the Bench Scientist Should Review Before Sign-Out',
      '2025-11-06', 2.0, 'CE hour', ['College of American Pathologists', 'CAP'], 'CAP25-NGS-118')
def m05():
    p = Page('letter', 60, 'serif', border='corners')
    p.gap(10)
    p.t('College of American Pathologists', 20, 'B', color=(0.05, 0.3, 0.5))
    p.t('CAP Learning', 11, 'I')
    p.gap(20)
    p.t('CERTIFICATE OF PARTICIPATION', 15, 'B', cs=2)
    p.gap(12)
    p.t('This document certifies that', 11, 'I')
    p.t('BEATRIX O. NWANKWO-HALE', 20, 'B')
    p.t('participated in the enduring activity', 11, 'I')
    p.gap(4)
    p.t('Next-Generation Sequencing Quality Metrics: What the Bench Scientist Should Review Before Sign-Out', 14, 'B', width=420, x=p.x0 + (p.cw - 420) / 2)
    p.t('Enduring Material', 10, 'I', color=(0.4, 0.4, 0.4))
    p.gap(12)
    p.kv([('Activity Code:', 'CAP25-NGS-118'), ('Date of Completion:', 'November 6, 2025')], lw=140, size=10.5)
    p.gap(8)
    p.table(['Credit type', 'Designated', 'Earned'],
            [['AMA PRA Category 1 Credits\u2122 (physicians)', '2.00', '2.00'],
             ['ANCC nursing contact hours', 'n/a', 'n/a'],
             ['CE Credit for Laboratory Professionals (CE hours)', '2.0', '2.0']], [0.6, 0.2, 0.2], size=9.5, aligns=['L', 'C', 'C'])
    p.gap(10)
    p.t('In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation '
        'Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the '
        'American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. The CAP designates '
        'this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit '
        'commensurate with the extent of their participation in the activity.', 8, align='L', lead=1.35)
    p.at(552, 40, 'Certificate # 0925-66713', 7.5, align='R', family='sans')
    return p


# ------------------------------------------------------------------ m06
@cert(6, 'ghostscript', 'MediaLab', ['portrait', 'header band', 'left-aligned', 'score', 'format line'],
      'Online Course format line on its own; passing score and order number distractors.',
      'Aurelio J. Mastrangelo', 'Blood Bank Antibody Identification: Panels, Rule-Outs and Selected Cells', '2025-11-22',
      3.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-BB-7731')
def m06():
    p = Page('letter', 50, 'sans')
    p.band(70, (0.1, 0.45, 0.55), [('MediaLab, Inc.', 22, 'B', 'L'), ('Continuing Education for the Laboratory', 10, 'I', 'L')])
    p.gap(40)
    p.t('Certificate of Course Completion', 24, 'R', align='L')
    p.gap(24)
    p.t('Awarded to', 10, 'R', align='L', color=(0.4, 0.4, 0.4))
    p.t('Aurelio J. Mastrangelo', 22, 'B', align='L')
    p.gap(16)
    p.t('For completing', 10, 'R', align='L', color=(0.4, 0.4, 0.4))
    p.t('Blood Bank Antibody Identification: Panels, Rule-Outs and Selected Cells', 15, 'B', align='L')
    p.t('Online Course', 10, 'I', align='L')
    p.gap(20)
    p.cols([('COURSE #', 'ML-BB-7731'), ('COMPLETED ON', '11/22/2025'), ('P.A.C.E.\xae CONTACT HOURS', '3.0'), ('FINAL SCORE', '88%')])
    p.cols([('ORDER #', '300-448197'), ('LEVEL', 'Advanced'), ('CATEGORY', 'Immunohematology'), ('', '')])
    p.gap(24)
    p.t('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences '
        'by the ASCLS P.A.C.E.\xae Program. MediaLab is also approved by the State of California (CA DPH) and the '
        'State of Florida Board of Clinical Laboratory Personnel.', 8.5, align='L', lead=1.35)
    p.sig([('Stephanie A. Crowell', 'Director of Content, MediaLab')], width=200)
    return p


# ------------------------------------------------------------------ m07
@cert(7, 'fpdf', 'LabCE', ['portrait', 'transcript of one course', 'small table', 'print date distractor'],
      'Single-course transcript; printed date is a distractor; title printed above the table and in the table.',
      'Hollis Yarborough', 'Urine Sediment Atlas: Casts, Crystals and Look-Alikes', '2026-01-30',
      1.0, 'contact hour', ['LabCE'], '1684')
def m07():
    p = Page('letter', 54, 'sans')
    p.t('LabCE', 26, 'B', align='L', color=(0.0, 0.4, 0.3))
    p.at(558, 62, 'Transcript printed 2026-02-14 08:31', 8, align='R')
    p.rule(0.5)
    p.t('CE TRANSCRIPT - SINGLE COURSE', 12, 'B', align='L', cs=1)
    p.kv([('Learner:', 'Hollis Yarborough, MLS(ASCP)'), ('Account:', 'hyarborough@northfieldlabs.example'),
          ('Transcript No.:', 'TR-55190-0318')], lw=110, size=10)
    p.gap(10)
    p.t('Course: Urine Sediment Atlas: Casts, Crystals and Look-Alikes', 12, 'B', align='L')
    p.gap(8)
    p.table(['Course Number', 'Date Completed', 'Format', 'Credit', 'Credit type'],
            [['1684', '2026-01-30', 'Self-paced online', '1.0', 'P.A.C.E.\xae contact hour']], [0.18, 0.2, 0.22, 0.12, 0.28], size=9.5)
    p.gap(10)
    p.t('Total credit on this transcript: 1.0 P.A.C.E.\xae contact hour', 10, 'B', align='L')
    p.gap(16)
    p.t('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
        'P.A.C.E.\xae Program, and is an approved provider for Florida and California laboratory licensure renewal.', 8.5, align='L', lead=1.35)
    p.gap(6)
    p.t('This transcript reflects courses completed through the LabCE learning portal. Credits are posted on the date the post-test is passed.', 8.5, 'I', align='L')
    return p


# ------------------------------------------------------------------ m08
@cert(8, 'reportlab-acroform', 'public-health-lab', ['portrait', 'government form', 'boxed fields', 'AcroForm flattened', 'expiry distractor', 'long title 2 lines'],
      'State form number and re-certification due date are distractors.',
      'Teodora V. Marchetti', 'Packaging and Shipping of Division 6.2 Infectious Substances: Category A and Category B (Refresher)', '2026-03-18',
      4.0, 'contact hour', ['Northern Plains Public Health Laboratory', 'NPPHL'], 'NP-PS-2026-07')
def m08():
    p = Page('letter', 50, 'sans')
    p.at(50, 40, 'FORM NPPHL-TR-114 (rev. 01/2026)', 7.5)
    p.at(562, 40, 'Page 1 of 1', 7.5, align='R')
    p.gap(10)
    p.t('NORTHERN PLAINS PUBLIC HEALTH LABORATORY', 14, 'B')
    p.t('Laboratory Training and Outreach  -  Certificate of Training', 10.5)
    p.rule(1.2)
    p.gap(6)
    p.t('SECTION A - TRAINEE', 9, 'B', align='L', color=(0.3, 0.3, 0.3))
    p.kv([('Name of trainee', 'Teodora V. Marchetti'), ('Facility / employer', 'Dakota Valley Regional Hospital, Jamestown'),
          ('CLIA number', '35D0661204')], lw=150, boxes=True, field=True, pad=6)
    p.gap(8)
    p.t('SECTION B - TRAINING', 9, 'B', align='L', color=(0.3, 0.3, 0.3))
    p.kv([('Course title', 'Packaging and Shipping of Division 6.2 Infectious Substances: Category A and Category B (Refresher)'),
          ('Event No.', 'NP-PS-2026-07'), ('Date of training', '03/18/2026'), ('Delivery', 'Instructor-led, in person'),
          ('Contact hours', '4.0')], lw=150, boxes=True, field=True, pad=6)
    p.gap(8)
    p.t('SECTION C - ACCREDITATION', 9, 'B', align='L', color=(0.3, 0.3, 0.3))
    p.t('Northern Plains Public Health Laboratory is approved as a provider of continuing education programs in the clinical '
        'laboratory sciences by the ASCLS P.A.C.E.\xae Program. This training meets the function-specific training requirement '
        'of 49 CFR 172.704. Re-training due by: 03/18/2028.', 8.5, align='L', lead=1.35)
    p.sig([('Colette A. Brandvold, PhD', 'Laboratory Director'), ('Ivan S. Rudakov, MPH', 'Training Coordinator')], width=190)
    return p


# ------------------------------------------------------------------ m09
@cert(9, 'reportlab', 'AABB', ['landscape', 'centred', 'eCast format line', 'claimed vs maximum', 'thick-thin border'],
      'eCast on its own line; 1.0 claimed of 1.5 maximum contact hours.',
      'Samantha J. Oyelaran', 'Patient Blood Management: Building a Transfusion Stewardship Program from Scratch', '2026-02-25',
      1.0, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '26EC-118')
def m09():
    p = Page('letter-l', 60, 'serif', border='thick-thin')
    p.gap(14)
    p.t('AABB', 30, 'B', family='sans', color=(0.6, 0.05, 0.1), cs=4)
    p.t('Association for the Advancement of Blood & Biotherapies', 12, 'I')
    p.gap(14)
    p.t('This is to certify that', 12, 'I')
    p.t('Samantha J. Oyelaran, MLS(ASCP)SBB', 24, 'B')
    p.t('attended the AABB education program', 12, 'I')
    p.t('Patient Blood Management: Building a Transfusion Stewardship Program from Scratch', 17, 'B', width=480, x=p.x0 + (p.cw - 480) / 2)
    p.t('eCast', 11, 'BI', color=(0.6, 0.05, 0.1))
    p.t('broadcast on February 25, 2026', 11)
    p.gap(6)
    p.t('Program Number: 26EC-118     Contact hours claimed: 1.0 of 1.5 maximum', 11, family='sans')
    p.gap(4)
    p.t('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 8.5, 'I', family='sans')
    p.sig([('Nathaniel E. Brightwater, MD', 'Chair, AABB Education Committee')], width=230)
    p.at(740, 560, 'Order no. 7710-24415', 7.5, align='R', family='sans')
    return p


# ------------------------------------------------------------------ m10
@cert(10, 'ghostscript', 'ASM', ['portrait', 'letter with certificate below', 'LIVE WEBINAR format line', 'honorific and credentials'],
      'Cover letter addressed to Dr.; certificate box below. Letter date is a distractor.',
      'Chidinma A. Okonkwo', 'Carbapenemase Detection in Enterobacterales: Phenotypic and Molecular Approaches', '2026-03-12',
      1.0, 'contact hour', ['American Society for Microbiology', 'ASM'], 'ASM-W26-0312')
def m10():
    p = Page('letter', 64, 'serif')
    p.t('American Society for Microbiology', 14, 'B', align='L', color=(0.1, 0.3, 0.2))
    p.t('1752 N Street NW  -  Washington, DC 20036', 8.5, align='L', family='sans')
    p.gap(14)
    p.t('March 19, 2026', 10.5, align='L')
    p.gap(8)
    p.t('Dr. Chidinma A. Okonkwo, PhD, D(ABMM)', 10.5, align='L')
    p.t('Microbiology Section, Lakeshore University Hospital', 10.5, align='L', lead=1.15)
    p.gap(10)
    p.t('Dear Dr. Okonkwo,', 10.5, align='L')
    p.t('Thank you for joining us for the live webinar listed below. Your attendance was verified through the session log and '
        'the post-session evaluation. Please detach the certificate at the dotted line and keep it with your continuing '
        'education records. Questions may be sent to the ASM education office.', 10.5, align='L', lead=1.4)
    p.gap(4)
    p.t('Sincerely,', 10.5, align='L')
    p.t('Education Department, ASM', 10.5, 'I', align='L')
    p.gap(18)
    p.line(40, p.y, 572, p.y, 0.7, (0.4, 0.4, 0.4), dash=[3, 3])
    p.gap(12)
    top = p.y
    p.t('CERTIFICATE OF ATTENDANCE', 15, 'B', cs=2)
    p.t('Chidinma A. Okonkwo', 18, 'BI')
    p.t('attended', 10, 'I')
    p.t('Carbapenemase Detection in Enterobacterales: Phenotypic and Molecular Approaches', 13, 'B', width=400, x=p.x0 + (p.cw - 400) / 2)
    p.t('LIVE WEBINAR', 9, 'B', family='sans', cs=2)
    p.t('Session ID: ASM-W26-0312   |   Held: March 12, 2026   |   1.0 P.A.C.E.\xae contact hour', 9.5, family='sans')
    p.t('ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 8, 'I', width=420, x=p.x0 + (p.cw - 420) / 2)
    p.gap(6)
    p.rect(p.x0 - 10, p.y, p.cw + 20, top - p.y + 4, 1.2, (0.1, 0.3, 0.2))
    return p


# ------------------------------------------------------------------ m11
@cert(11, 'fpdf', 'AMT', ['wallet card', 'ALL-CAPS name', 'suffix', 'Self-Study format line', 'dashed cut line'],
      'Small wallet card with cut line; ALL-CAPS name with Jr. suffix; expiry of membership is a distractor.',
      'DESHAWN T. MOORE JR.', 'Phlebotomy Complications: Hematoma, Nerve Injury and Syncope', '2025-12-03',
      1.0, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-SS-2291')
def m11():
    p = Page('letter', 72, 'sans', frame=(82, 92, 268))
    p.rect(72, 792 - 92 - 180, 288, 190, 0.8, (0.3, 0.3, 0.3), dash=[4, 3])
    p.at(72, 84, 'cut along dashed line and keep in wallet', 7, 'I', color=(0.45, 0.45, 0.45))
    p.band(24, (0.05, 0.2, 0.45), [('AMERICAN MEDICAL TECHNOLOGISTS (AMT)', 8.5, 'B', 'L')])
    p.t('CE CREDIT CARD', 8, 'B', align='L', cs=1.5)
    p.t('DESHAWN T. MOORE JR., RPT(AMT)', 10, 'B', align='L')
    p.t('Phlebotomy Complications: Hematoma, Nerve Injury and Syncope', 8.5, align='L')
    p.t('Self-Study', 7.5, 'I', align='L')
    p.kv([('Course #', 'AMT-SS-2291'), ('Completed', 'Dec 3, 2025'), ('Credit', '1.0 CE hour'), ('Member', '#1140-882 (exp. 06/2026)')],
         lw=60, size=7.5, pad=0)
    p.gap(30)
    p.t('Keep this card with your AMT Certification Continuation Program records.', 9, align='L', width=460)
    p.t('American Medical Technologists is approved as a provider of continuing education programs in the clinical laboratory sciences '
        'by the ASCLS P.A.C.E.\xae Program.', 9, align='L', width=460, lead=1.35)
    return p


# ------------------------------------------------------------------ m12
@cert(12, 'reportlab-acroform', 'NSH', ['landscape', 'AcroForm flattened', 'claimed vs available', 'workshop'],
      'Hours claimed 3.0 of 3.5 available.',
      'Anneliese M. Vogt', 'Decalcification Without Regret: Preserving Antigenicity in Bone Marrow Trephines', '2025-09-20',
      3.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'W-214')
def m12():
    p = Page('letter-l', 56, 'sans', border='single')
    p.t('National Society for Histotechnology', 20, 'B', color=(0.35, 0.1, 0.45))
    p.t('NSH Symposium/Convention  -  Workshop Continuing Education Certificate', 11)
    p.gap(14)
    p.kv([('Attendee', 'Anneliese M. Vogt, HTL(ASCP)QIHC'),
          ('Workshop', 'Decalcification Without Regret: Preserving Antigenicity in Bone Marrow Trephines'),
          ('Workshop No.', 'W-214'), ('Workshop Date', 'September 20, 2025'),
          ('Hours Available', '3.5'), ('Contact Hours Claimed', '3.0'), ('Registration No.', 'R25-09331')],
         lw=170, size=11, boxes=True, field=True, pad=7)
    p.gap(12)
    p.t('The National Society for Histotechnology (NSH) is approved as a provider of continuing education programs in the clinical '
        'laboratory sciences by the ASCLS P.A.C.E.\xae Program. Claim only the hours you attended.', 9, 'I', lead=1.35)
    p.sig([('Marguerite L. Castellanos, HT(ASCP)', 'NSH Education Chair')], width=220)
    return p


# ------------------------------------------------------------------ m13
@cert(13, 'reportlab', 'ADLM', ['portrait', 'left rule accent', 'session date vs meeting', 'ACCENT contact hours'],
      'Session at annual meeting; ACCENT credit. Meeting printed without dates; session date is the date.',
      'Gregor P. Halloway', 'Method Verification After a Reagent Lot Change: Practical Statistics for the Core Lab', '2025-07-29',
      2.5, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '32104')
def m13():
    p = Page('letter', 70, 'sans')
    p.fillrect(40, 60, 10, 672, (0.0, 0.35, 0.6))
    p.t('ADLM', 34, 'B', align='L', color=(0.0, 0.35, 0.6))
    p.t('Association for Diagnostics & Laboratory Medicine', 12, align='L')
    p.gap(30)
    p.t('ACCENT\xae Continuing Education Certificate', 18, 'B', align='L')
    p.gap(16)
    p.t('Gregor P. Halloway', 20, 'R', align='L', family='serif')
    p.t('attended the following session at the 2025 ADLM Annual Scientific Meeting & Clinical Lab Expo, Chicago, Illinois:', 10, align='L', lead=1.4)
    p.gap(10)
    p.t('Session 32104', 10, 'B', align='L', color=(0.0, 0.35, 0.6))
    p.t('Method Verification After a Reagent Lot Change: Practical Statistics for the Core Lab', 15, 'B', align='L', family='serif')
    p.gap(10)
    p.kv([('Session date', 'Tuesday, July 29, 2025'), ('ACCENT\xae contact hours', '2.5'), ('Badge ID', '118-4406-21')], lw=150, size=10.5)
    p.gap(20)
    p.t('ADLM designates this educational activity for a maximum of 2.5 ACCENT\xae credit hours. ADLM is approved by the ASCLS '
        'P.A.C.E.\xae Program and by the California Department of Public Health as a continuing education provider. '
        'ACCENT\xae credit is recognized by the ASCP Board of Certification CMP.', 8.5, align='L', lead=1.4)
    p.at(542, 760, 'Generated 08/04/2025', 7.5, align='R')
    return p


# ------------------------------------------------------------------ m14
@cert(14, 'ghostscript', 'university-CEU', ['portrait', 'university office provider', 'CEU', 'course number', 'seal'],
      'University office of continuing education issues 0.8 CEU = 8 points.',
      'Marcus W. Tennyson III', 'Clinical Laboratory Leadership Certificate Program, Module 3: Budgeting, Staffing and Productivity',
      '2025-12-12', 0.8, 'CEU',
      ['Kessler State University', 'Kessler State University, Office of Continuing and Professional Education', 'KSU'], 'CPE 4103-02')
def m14():
    p = Page('letter', 66, 'serif', border='double')
    p.gap(10)
    p.t('KESSLER STATE UNIVERSITY', 20, 'B', cs=3)
    p.t('Office of Continuing and Professional Education', 12, 'I')
    p.gap(30)
    p.t('Be it known that', 12, 'I')
    p.gap(4)
    p.t('Marcus W. Tennyson III', 26, 'B')
    p.gap(6)
    p.t('has satisfactorily completed the noncredit course', 12, 'I')
    p.gap(4)
    p.t('Clinical Laboratory Leadership Certificate Program, Module 3: Budgeting, Staffing and Productivity', 15, 'B', width=380, x=p.x0 + (p.cw - 380) / 2)
    p.gap(10)
    p.t('and is awarded', 12, 'I')
    p.t('0.8 Continuing Education Units (CEUs)', 16, 'B')
    p.gap(14)
    p.kv([('Course number:', 'CPE 4103-02'), ('Course completed:', 'December 12, 2025'), ('Student ID:', 'K00371954')], lw=150, size=10.5, family='sans')
    p.gap(6)
    p.t('Issued by Kessler State University, Office of Continuing and Professional Education.', 8.5, 'I')
    p.t('KSU follows IACET guidelines: one CEU represents ten contact hours of participation in an organized continuing education experience.', 8.5, 'I', lead=1.35)
    p.sig([('Evelyn F. Marchbanks, EdD', 'Dean, Continuing and Professional Education'), ('Howard J. Pettigrew, PhD, MLS(ASCP)', 'Program Director, Clinical Laboratory Science')], width=200)
    p.seal(306, 120, 40, ['KESSLER', 'STATE', 'UNIV.'], (0.2, 0.2, 0.5))
    return p


# ------------------------------------------------------------------ m15
@cert(15, 'fpdf', 'CLSI', ['landscape', 'On-Demand format line', 'two columns side by side', 'order no. distractor'],
      'On-Demand line separate from the title; order number and access expiry are distractors.',
      'Yasmin R. Haddad-Pryor', 'Verifying Performance of Quantitative Procedures Using EP15 Principles', '2026-01-21',
      1.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'CLSI-OD-1509')
def m15():
    p = Page('letter-l', 60, 'sans', border='single')
    p.t('CLSI', 36, 'B', align='L', color=(0.1, 0.25, 0.55))
    p.t('Clinical and Laboratory Standards Institute', 12, align='L')
    p.rule(2, (0.1, 0.25, 0.55))
    p.gap(10)
    p.t('Certificate of Completion', 26, 'R', align='L', family='serif')
    p.gap(6)
    p.t('Yasmin R. Haddad-Pryor', 22, 'B', align='L')
    p.t('successfully completed the CLSI education program', 11, 'I', align='L')
    p.gap(4)
    p.t('Verifying Performance of Quantitative Procedures Using EP15 Principles', 16, 'B', align='L')
    p.t('On-Demand', 10, 'I', align='L', color=(0.1, 0.25, 0.55))
    p.gap(12)
    p.cols([('PROGRAM ID', 'CLSI-OD-1509'), ('COMPLETION DATE', 'January 21, 2026'), ('P.A.C.E.\xae CONTACT HOURS', '1.0'),
            ('ORDER NO.', 'W-0087126'), ('ACCESS EXPIRES', 'July 21, 2026')])
    p.gap(12)
    p.t('CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 9, align='L')
    p.sig([('Andrea K. Whitfield', 'Director, Education & Training, CLSI')], width=220)
    return p


# ------------------------------------------------------------------ m16
@cert(16, 'reportlab-acroform', 'joint-accreditation-CME', ['portrait', 'credit table max vs claimed', 'series name before colon', 'ACCME/ANCC/ACPE statements', 'office provider'],
      'Grand Rounds series name is part of the title. Only P.A.C.E. row is laboratory credit; other rows not claimed.',
      'Oluwaseun D. Abernathy', 'Tumor Board Grand Rounds: Liquid Biopsy in Non-Small Cell Lung Cancer', '2026-02-19',
      1.0, 'contact hour',
      ['Meridian Crest Health System', 'Meridian Crest Health System, Office of Continuing Professional Development', 'MCHS'], '26-GR-0219')
def m16():
    p = Page('letter', 54, 'sans', border='box')
    p.t('Meridian Crest Health System (MCHS)', 16, 'B', align='L', color=(0.0, 0.3, 0.35))
    p.t('Office of Continuing Professional Development', 10.5, align='L')
    p.gap(14)
    p.t('Tumor Board Grand Rounds: Liquid Biopsy in Non-Small Cell Lung Cancer', 15, 'B', align='L', family='serif')
    p.gap(8)
    p.kv([('Participant', 'Oluwaseun D. Abernathy, MLS(ASCP)MB'), ('Activity #', '26-GR-0219'), ('Date of activity', 'February 19, 2026'),
          ('Profession reported', 'Medical laboratory scientist')], lw=140, size=10, field=True, pad=4)
    p.gap(8)
    p.table(['Credit type', 'Maximum available', 'Claimed'],
            [['AMA PRA Category 1 Credits\u2122', '1.00', '-'],
             ['ANCC contact hours (nursing)', '1.00', '-'],
             ['ACPE contact hours (pharmacy) UAN JA0009921-0000-26-014-L04-P', '1.00', '-'],
             ['ASCLS P.A.C.E.\xae contact hours (laboratory)', '1.00', '1.0']], [0.6, 0.22, 0.18], size=9, aligns=['L', 'C', 'C'])
    p.gap(10)
    p.t('In support of improving patient care, Meridian Crest Health System is jointly accredited by the Accreditation Council for '
        'Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses '
        'Credentialing Center (ANCC), to provide continuing education for the healthcare team. Meridian Crest Health System designates '
        'this live activity for a maximum of 1.00 AMA PRA Category 1 Credit\u2122. Physicians should claim only the credit commensurate '
        'with the extent of their participation. This activity is approved for 1.00 ANCC contact hour and 1.00 ACPE contact hour.', 8, align='L', lead=1.35)
    p.gap(4)
    p.t('Meridian Crest Health System, Office of Continuing Professional Development, is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 8, align='L', lead=1.35)
    p.at(558, 772, 'Claim submitted 02/23/2026  |  Record 88410297', 7, align='R', color=(0.4, 0.4, 0.4))
    return p


# ------------------------------------------------------------------ m17
@cert(17, 'reportlab', 'state-society', ['portrait', 'one-paragraph certificate', 'title in curly quotes', 'seal'],
      'Whole certificate is one paragraph; title in quotes; date inside the sentence.',
      'Rosalind K. Whitcombe', 'Cold Agglutinins and the Automated CBC', '2026-03-03',
      1.5, 'contact hour', ['Piedmont Society for Clinical Laboratory Science', 'PSCLS'], '101-244-26')
def m17():
    p = Page('letter', 90, 'serif', border='single')
    p.gap(80)
    p.t('Piedmont Society for Clinical Laboratory Science', 17, 'B')
    p.gap(40)
    p.t('This certifies that Rosalind K. Whitcombe, MLS(ASCP)CM, has completed \u201cCold Agglutinins and the Automated CBC\u201d '
        'on March 3, 2026 and is awarded 1.5 contact hours by the Piedmont Society for Clinical Laboratory Science (PSCLS), '
        'P.A.C.E.\xae course #101-244-26. PSCLS is approved as a provider of continuing education programs in the clinical '
        'laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 13, align='L', lead=1.6)
    p.gap(30)
    p.sig([('Corinne A. Battle, MS, MLS(ASCP)', 'Continuing Education Chair, PSCLS')], width=230, script='Corinne A. Battle')
    p.seal(470, 170, 44, ['PSCLS', 'P.A.C.E.', 'PROVIDER'], (0.1, 0.35, 0.2))
    return p


# ------------------------------------------------------------------ m18
@cert(18, 'ghostscript', 'ASCP', ['landscape', 'letter-spaced name', 'labels above values', 'Self-Study format line', 'member ID distractor'],
      'Name printed letter-spaced in capitals; Self-Study format line.',
      'TOMAS E. BELLO-RIVERA', 'Critical Values: Communicating Results That Cannot Wait', '2025-10-08',
      2.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], '25-CV-3310')
def m18():
    p = Page('letter-l', 60, 'sans', border='corners')
    p.gap(10)
    p.t('ASCP', 30, 'B', cs=6, color=(0.05, 0.15, 0.4))
    p.t('American Society for Clinical Pathology', 11)
    p.gap(22)
    p.t('STATEMENT OF CREDIT', 14, 'B', cs=3)
    p.gap(14)
    p.t('TOMAS E. BELLO-RIVERA', 22, 'R', cs=5, family='serif')
    p.line(200, p.y - 6, 592, p.y - 6, 0.6)
    p.gap(18)
    p.t('Critical Values: Communicating Results That Cannot Wait', 17, 'B', family='serif')
    p.t('Self-Study', 10, 'I')
    p.gap(18)
    p.cols([('ACTIVITY NUMBER', '25-CV-3310'), ('DATE COMPLETED', '10/08/2025'), ('CREDIT AWARDED', '2.0 CMLE'), ('ASCP CUSTOMER ID', '02291486')], size=11)
    p.gap(16)
    p.t('The ASCP is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians. '
        'CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.', 8.5, 'I', lead=1.35)
    return p


# ------------------------------------------------------------------ m19
@cert(19, 'fpdf', 'regional-meeting', ['portrait', 'date range with en dash', 'meeting name as title', 'registration no. distractor', 'centred'],
      'Three-day regional conference attendance, no session titles; total contact hours.',
      'Evangeline S. Poole', '2025 Rocky Mountain Regional Laboratory Conference', '2025-10-18',
      12.0, 'contact hour', ['High Plains Clinical Laboratory Alliance', 'HPCLA'], 'RMRLC-25')
def m19():
    p = Page('letter', 60, 'serif', border='thick-thin')
    p.gap(24)
    p.t('High Plains Clinical Laboratory Alliance', 18, 'B')
    p.t('HPCLA', 11, 'B', family='sans', cs=4, color=(0.45, 0.35, 0.1))
    p.gap(30)
    p.t('certifies the attendance of', 12, 'I')
    p.gap(4)
    p.t('Evangeline S. Poole', 26, 'BI')
    p.gap(10)
    p.t('at the', 12, 'I')
    p.t('2025 Rocky Mountain Regional Laboratory Conference', 17, 'B')
    p.t('October 16\u201318, 2025  \u2022  Cheyenne, Wyoming', 11)
    p.gap(20)
    p.t('Total P.A.C.E.\xae contact hours awarded: 12.0', 13, 'B', family='sans')
    p.t('Event ID: RMRLC-25', 10, family='sans')
    p.gap(20)
    p.t('HPCLA is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program. '
        'Hours reflect sessions verified by badge scan.', 9, 'I', lead=1.35, width=400, x=p.x0 + (p.cw - 400) / 2)
    p.sig([('Wendell T. Arceneaux, MLS(ASCP)', 'Conference Chair'), ('Priscilla M. Dunaway, MT(AMT)', 'HPCLA Secretary')], width=180)
    p.at(306, 740, 'Registration no. 2025-0719   \u2022   Issued 10/27/2025', 7.5, align='C', family='sans')
    return p


# ------------------------------------------------------------------ m20
@cert(20, 'reportlab-acroform', 'vendor-training', ['portrait', 'AcroForm flattened', 'safety course', 'CE hours', 'certificate no. distractor'],
      'Safety title; vendor issues CE hours; certificate number distractor.',
      'Imogen F. Castellanos-Reyes', 'Biosafety Cabinet Certification Awareness and Safe Work Practices', '2025-08-27',
      2.0, 'CE hour', ['Halvorsen Biosafety Training Group', 'HBTG'], 'BSC-110')
def m20():
    p = Page('letter', 60, 'sans')
    p.band(46, (0.2, 0.2, 0.2), [('HALVORSEN BIOSAFETY TRAINING GROUP (HBTG)', 14, 'B', 'C')])
    p.gap(40)
    p.t('Safety Training Completion', 24, 'B')
    p.gap(24)
    p.kv([('Name', 'Imogen F. Castellanos-Reyes'), ('Course title', 'Biosafety Cabinet Certification Awareness and Safe Work Practices'),
          ('Course ID', 'BSC-110'), ('Completion date', 'August 27, 2025'), ('CE hours', '2.0'), ('Certificate no.', 'HB-25-004921')],
         lw=140, size=11.5, field=True, rule=True, pad=8)
    p.gap(20)
    p.t('Continuing education hours are granted by Halvorsen Biosafety Training Group, an approved provider of continuing education programs in the '
        'clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program. This course does not certify the cabinet itself.', 9, align='L', lead=1.35)
    p.sig([('Bjorn A. Halvorsen, RBP', 'Principal Instructor')], width=200)
    return p


# ------------------------------------------------------------------ m21
@cert(21, 'reportlab', 'bilingual', ['landscape', 'bilingual Spanish/English', 'slash title', 'two-column label/value'],
      'Bilingual certificate; title printed Spanish / English on one heading.',
      'María Fernanda Quiñones Ortiz', 'Control de Calidad Westgard en Hematología Automatizada / Westgard Quality Control in Automated Hematology',
      '2025-11-14', 3.0, 'contact hour',
      ['Asociación de Profesionales de Laboratorio Clínico del Caribe', 'APLCC'], 'APLCC-25-HEM-09')
def m21():
    p = Page('letter-l', 56, 'serif', border='double')
    p.gap(8)
    p.t('Asociación de Profesionales de Laboratorio Clínico del Caribe', 17, 'B', color=(0.1, 0.3, 0.4))
    p.t('APLCC', 11, 'B', family='sans', cs=3)
    p.gap(10)
    p.t('Certificado de Educación Continua  /  Certificate of Continuing Education', 16, 'I')
    p.gap(10)
    p.t('Se certifica que  /  This certifies that', 11)
    p.t('María Fernanda Quiñones Ortiz, TM', 22, 'B')
    p.t('completó la actividad  /  completed the activity', 11)
    p.gap(4)
    p.t('Control de Calidad Westgard en Hematología Automatizada / Westgard Quality Control in Automated Hematology', 15, 'B', width=520, x=p.x0 + (p.cw - 520) / 2)
    p.gap(10)
    p.x0 += 150
    p.cw -= 300
    p.kv([('Núm. de actividad / Activity No.:', 'APLCC-25-HEM-09'), ('Fecha / Date:', '14 de noviembre de 2025 / November 14, 2025'),
          ('Horas contacto / Contact hours:', '3.0')], lw=190, size=10, family='sans', lstyle='B')
    p.x0 -= 150
    p.cw += 300
    p.gap(6)
    p.t('APLCC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 8.5, 'I', family='sans')
    p.sig([('Dra. Isabel C. Montalvo Ruiz', 'Presidenta / President'), ('Lcdo. Ramón E. Figueroa', 'Educación Continua / Continuing Education')], width=200)
    return p


# ------------------------------------------------------------------ m22
@cert(22, 'ghostscript', 'ASCLS', ['portrait', 'left-aligned memo style', 'Self-Study', 'title with Program word'],
      'National ASCLS self-study; title contains "Program".',
      'Winifred A. Castellano', 'Ethics at the Bench: Reporting Errors You Did Not Make and Building a Just-Culture Program', '2026-01-09',
      1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], 'ASCLS-SS-2601')
def m22():
    p = Page('letter', 72, 'sans')
    p.t('American Society for Clinical Laboratory Science', 15, 'B', align='L', color=(0.55, 0.1, 0.1))
    p.t('ASCLS eLearning Center', 10, 'I', align='L')
    p.gap(24)
    p.kv([('TO:', 'Winifred A. Castellano, MLS(ASCP)CM'), ('FROM:', 'ASCLS Continuing Education'), ('RE:', 'Verification of continuing education credit'),
          ('DATE ISSUED:', 'January 12, 2026')], lw=100, size=10.5)
    p.rule(1)
    p.t('Our records show that you completed the self-study course below and passed its post-test. This letter serves as your certificate.', 10.5, align='L', lead=1.4)
    p.gap(12)
    p.t('Ethics at the Bench: Reporting Errors You Did Not Make and Building a Just-Culture Program', 13, 'B', align='L', width=420)
    p.t('Self-Study', 9.5, 'I', align='L')
    p.gap(10)
    p.kv([('Course No.', 'ASCLS-SS-2601'), ('Completed', 'January 9, 2026'), ('P.A.C.E.\xae contact hours', '1.0'), ('Member No.', '3391274')], lw=170, size=10.5)
    p.gap(16)
    p.t('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 9, align='L', lead=1.35)
    return p


# ------------------------------------------------------------------ m23
@cert(23, 'fpdf', 'hospital-inservice', ['portrait', 'competency record', 'title with Program', 'small table', 'long title'],
      'Point-of-care competency in-service; table of checklist items is not credit; 0.5 contact hour.',
      'Callum J. Fitzgerald-Nakamura', 'Point-of-Care Glucose Program Annual Competency and Operator Recertification', '2026-01-27',
      0.5, 'contact hour', ["Lakeview Children's Hospital", "Lakeview Children's Hospital, Laboratory Education Services"], 'POC-GLU-26A')
def m23():
    p = Page('letter', 54, 'sans', border='box')
    p.t("Lakeview Children's Hospital", 17, 'B', align='L')
    p.t('Laboratory Education Services', 11, align='L')
    p.rule(1)
    p.t('CONTINUING EDUCATION / COMPETENCY RECORD', 11, 'B', align='L', cs=1)
    p.gap(8)
    p.kv([('Staff member:', 'Callum J. Fitzgerald-Nakamura, MLT'), ('Unit:', 'Point-of-Care Testing Office')], lw=110, size=10)
    p.gap(6)
    p.t('Point-of-Care Glucose Program Annual Competency and Operator Recertification', 14, 'B', align='L')
    p.gap(6)
    p.kv([('Session code:', 'POC-GLU-26A'), ('Date completed:', 'January 27, 2026'), ('Contact hours:', '0.5')], lw=110, size=10)
    p.gap(8)
    p.table(['Competency element', 'Method', 'Result'],
            [['Direct observation of patient testing', 'Observed by POC coordinator', 'Satisfactory'],
             ['Quality control and linearity review', 'Record review', 'Satisfactory'],
             ['Blind sample / proficiency specimen', 'Sample #PT-448', 'Acceptable'],
             ['Written quiz (10 items)', 'Online', '100%']], [0.45, 0.33, 0.22], size=9)
    p.gap(12)
    p.t("Lakeview Children's Hospital, Laboratory Education Services, is approved as a provider of continuing education programs in the clinical "
        'laboratory sciences by the ASCLS P.A.C.E.\xae Program.', 8.5, align='L', lead=1.35)
    p.sig([('Adaeze N. Hollister, MLS(ASCP)', 'POC Coordinator'), ('Frank D. Leclerc, MD', 'Laboratory Medical Director')], width=190)
    p.at(558, 772, 'Operator recertification due 01/2027', 7, align='R', color=(0.4, 0.4, 0.4))
    return p


# ------------------------------------------------------------------ m24
@cert(24, 'reportlab-acroform', 'state-society', ['landscape', 'AcroForm flattened', 'labels above values', 'license no. distractor', 'seal'],
      'California CLS license number is a distractor.',
      'Leopold H. Vance', 'Toxicology Confirmation Testing by LC-MS/MS: Ion Ratios, Interferences and Matrix Effects', '2025-09-13',
      3.0, 'contact hour', ['Golden State Society of Clinical Laboratory Scientists', 'GSSCLS'], 'GS-0913-TOX')
def m24():
    p = Page('letter-l', 60, 'serif', border='single')
    p.t('Golden State Society of Clinical Laboratory Scientists', 19, 'B', color=(0.5, 0.4, 0.05))
    p.t('GSSCLS  \u00b7  Fall Seminar Series', 10.5, 'I')
    p.gap(16)
    p.t('CONTINUING EDUCATION CERTIFICATE', 13, 'B', cs=2, family='sans')
    p.gap(10)
    p.cols([('PARTICIPANT', 'Leopold H. Vance, CLS'), ('CA CLS LICENSE NO.', 'CLS 00061847')], size=12, widths=[0.6, 0.4])
    p.cols([('SEMINAR', 'Toxicology Confirmation Testing by LC-MS/MS: Ion Ratios, Interferences and Matrix Effects')], size=12)
    p.cols([('SEMINAR CODE', 'GS-0913-TOX'), ('DATE', 'September 13, 2025'), ('CONTACT HOURS', '3.0'), ('LEVEL', 'Advanced')], size=12)
    p.gap(12)
    p.t('GSSCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program '
        'and is a California Department of Public Health CE accrediting agency (No. 0124).', 9, 'I', lead=1.35)
    p.sig([('Philippa R. Santangelo, CLS', 'Seminar Coordinator')], width=220)
    p.seal(660, 90, 40, ['GSSCLS', 'SEAL'], (0.5, 0.4, 0.05))
    return p
