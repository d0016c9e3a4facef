"""Writes the LibreOffice sources (src/lo/*.fodt)."""
import os
from fodt import Doc

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lo')
os.makedirs(D, exist_ok=True)

# ---------------------------------------------------------------- rotated-2
d = Doc('11in', '8.5in', '0.7in')
d.p('ASCP Board of Certification', font='Liberation Sans', size=18, bold=True)
d.p('Credential Maintenance Program \u2014 Activity Summary', font='Liberation Sans', size=13, after=0.15)
d.p('Name: Ngozi Fairweather-Kowalczyk\tCertification: MLS(ASCP)CM 221874', size=11, tab=9.6)
d.p('CMP cycle: 01/01/2023 \u2013 12/31/2025\tPoints required: 36', size=11, tab=9.6, after=0.12)
rows = [
    ['Activity Title', 'Completion Date', 'Credits', 'Credit Type', 'Provider'],
    ['Laboratory Safety: Chemical Hygiene Plan', '02/14/2023', '1.0', 'Safety', 'ASCLS'],
    ['Blood Culture Contamination Rates', '05/09/2023', '1.5', 'Microbiology', 'ASM'],
    ['Flow Cytometry Gating for MRD', '09/30/2023', '2.0', 'Hematology', 'ICCS'],
    ['Thyroid Function Testing Update', '01/22/2024', '1.0', 'Chemistry', 'AACC'],
    ['Weak D Phenotypes and RhIG Candidacy', '04/18/2024', '1.5', 'Blood Bank', 'AABB'],
    ['Next-Generation Sequencing QC Metrics', '08/07/2024', '3.0', 'Molecular', 'AMP'],
    ['Ethics in the Clinical Laboratory', '11/12/2024', '1.0', 'Management', 'ASCP'],
    ['Antifungal Susceptibility Testing', '03/03/2025', '1.5', 'Microbiology', 'LabCE'],
]
d.table(rows, [3.9, 1.4, 0.9, 1.6, 1.7], size=10, align=['start', 'start', 'end', 'start', 'start'])
d.p('Total points recorded: 12.5 of 36', size=11, bold=True, before=0.1)
d.p('Points are reported as submitted by the certificant and are subject to audit.', size=9, italic=True)
d.save(os.path.join(D, 'rotated2.fodt'))

# ---------------------------------------------------------------- spaced-6
d = Doc('8.5in', '11in', '0.9in')
d.p('WESTFIELD COMMUNITY HOSPITAL', font='Liberation Sans', size=12, bold=True, align='center', spacing='0.12cm')
d.p('Clinical Laboratory \u2022 Microbiology Section', font='Liberation Sans', size=10, align='center', after=0.6)
d.p('CERTIFICATE OF ATTENDANCE', font='Liberation Serif', size=18, align='center', spacing='0.18cm', after=0.4)
d.p('This is to certify that', font='Liberation Serif', size=13, italic=True, align='center', after=0.15)
d.p('LEOCADIA BRZEZINSKI-OKAFOR', font='Liberation Sans', size=16, bold=True, align='center', spacing='0.2cm', after=0.15)
d.p('attended the live lecture', font='Liberation Serif', size=13, align='center')
d.p('Mass Spectrometry (MALDI-TOF) for Yeast Identification', font='Liberation Serif', size=15, bold=True, align='center')
d.p('on March 3, 2025 for a total of 1.0 contact hour.', font='Liberation Serif', size=13, align='center', after=0.8)
d.p('Lecturer: Dr. Habib Castellanos-Wirth\tSection Lead: Oona MacAskill', font='Liberation Sans', size=10, tab=6.7)
d.p('Course code: MIC-25-07\tCE tracking: WCH-1183', font='Liberation Sans', size=10, tab=6.7)
d.save(os.path.join(D, 'spaced6.fodt'))

# ---------------------------------------------------------------- noTounicode-1 (C059, ligatures)
d = Doc('8.5in', '11in', '0.8in', fonts=['C059', 'P052'])
d.p('Proficiency Testing Staff Certification', font='P052', size=20, bold=True)
d.p('Office of Laboratory Quality \u2014 Meadowbrook Affiliated Laboratories', font='C059', size=12, italic=True, after=0.2)
d.p('Employee: Tamsin Griffith-Nakashima\tStaff ID: 40-1187', font='C059', size=11, tab=6.9)
d.p('Department: Clinical Microbiology\tFiscal year: 2025', font='C059', size=11, tab=6.9, after=0.15)
rows = [
    ['Activity Title', 'Completion Date', 'Credits', 'Credit Type'],
    ['Organism Identification by MALDI-TOF', '01/10/2025', '1.0', 'P.A.C.E.'],
    ['Coefficient of Variation in QC Review', '01/24/2025', '0.5', 'P.A.C.E.'],
    ['Specificity and Sensitivity of Troponin Assays', '02/07/2025', '1.0', 'P.A.C.E.'],
    ['Influenza Rapid Test Efficacy', '02/21/2025', '1.0', 'P.A.C.E.'],
    ['Staff Safety: Formaldehyde Spill Response', '03/03/2025', '0.5', 'OSHA'],
    ['Reflex Testing for Affiliated Clinics', '03/14/2025', '1.5', 'P.A.C.E.'],
    ['Difficult Identifications: Fastidious Flora', '03/28/2025', '2.0', 'P.A.C.E.'],
]
d.table(rows, [3.3, 1.5, 0.8, 1.3], font='C059', size=10.5, align=['start', 'start', 'end', 'start'])
d.p('Total credits: 7.5', font='C059', size=11, bold=True, before=0.1)
d.p('Certified by the Office of the Laboratory Director for qualified staff only.', font='C059', size=11, before=0.2)
d.p('Signed: Wolfgang Effiong-Delacroix, Quality Officer', font='C059', size=11)
d.save(os.path.join(D, 'notounicode1.fodt'))

# ---------------------------------------------------------------- noTounicode-2 (P052 / URW Bookman)
d = Doc('11in', '8.5in', '0.8in', fonts=['P052', 'URW Bookman'])
d.p('Certificate of Completion', font='URW Bookman', size=30, align='center', before=0.3, after=0.25)
d.p('The Office of Continuing Education certifies that', font='P052', size=14, italic=True, align='center', after=0.15)
d.p('Filippa Schaeffer-Mwangi', font='P052', size=28, bold=True, align='center', after=0.15)
d.p('has fulfilled the requirements of the self-study module', font='P052', size=14, align='center', after=0.1)
d.p('Flow Cytometric Identification of Clonal B Cells', font='URW Bookman', size=18, bold=True, align='center', after=0.1)
d.p('on March 3, 2025, and is awarded 1.5 contact hours (P.A.C.E.\u00ae).', font='P052', size=14, align='center', after=0.6)
d.p('Official record: CE-2025-0317\tVerified by: Griffin Okoro-Laffitte', font='P052', size=11, tab=9.4)
d.p('Provider: ASCLS Office of Affiliate Affairs\tCertificate is not valid without the official seal', font='P052', size=11, tab=9.4)
d.save(os.path.join(D, 'notounicode2.fodt'))

# ---------------------------------------------------------------- coverpage-3 (image page + certificate)
import base64  # noqa: E402
d = Doc('8.5in', '11in', '0.75in', fonts=[])
img = base64.b64encode(open(os.path.join(os.path.dirname(D), 'img', 'cover-b.jpg'), 'rb').read()).decode()
st = d.pstyle(align='center', after=0)
d.raw('<text:p text:style-name="%s"><draw:frame draw:name="cover" text:anchor-type="as-char" '
      'svg:width="6.5in" svg:height="8.41in"><draw:image><office:binary-data>%s</office:binary-data>'
      '</draw:image></draw:frame></text:p>' % (st, img))
d.p('Pacific Northwest Histotechnology Society', font='Liberation Sans', size=13, bold=True, align='center', brk=True, before=0.6)
d.p('Certificate of Attendance', font='Liberation Serif', size=26, align='center', before=0.5, after=0.3)
d.p('This is to certify that', font='Liberation Serif', size=13, italic=True, align='center', after=0.15)
d.p('Xochitl Abernathy-Okwuosa, HTL(ASCP)', font='Liberation Serif', size=20, bold=True, align='center', after=0.15)
d.p('attended the workshop', font='Liberation Serif', size=13, align='center', after=0.1)
d.p('Immunohistochemistry Troubleshooting: Antigen Retrieval', font='Liberation Sans', size=14, bold=True, align='center', after=0.1)
d.p('held March 3, 2025 in Tacoma, Washington, for 4.0 contact hours.', font='Liberation Serif', size=13, align='center', after=0.8)
d.p('NSH approval no. 25-0117\tWorkshop director: Emeka Lindahl-Ruiz', font='Liberation Sans', size=10, tab=7.0)
d.save(os.path.join(D, 'coverpage3.fodt'))

# ---------------------------------------------------------------- damaged-3 source (encrypted later)
d = Doc('8.5in', '11in', '0.9in')
d.p('Confidential \u2014 Personnel File', font='Liberation Sans', size=10, italic=True, align='end')
d.p('Annual Competency and CE Summary', font='Liberation Sans', size=18, bold=True, before=0.2)
d.p('Employee: Radomir Achterberg-Nwosu\tDepartment: Microbiology', size=11, tab=6.7, before=0.2)
rows = [['Activity Title', 'Completion Date', 'Credits', 'Credit Type'],
        ['Anaerobic Culture Techniques', '02/12/2025', '1.5', 'P.A.C.E.'],
        ['MALDI-TOF Library Updates', '03/03/2025', '1.0', 'P.A.C.E.'],
        ['Biosafety Level 3 Refresher', '03/20/2025', '2.0', 'Safety']]
d.table(rows, [3.2, 1.5, 0.8, 1.2], align=['start', 'start', 'end', 'start'])
d.p('Total credits: 4.5', size=11, bold=True, before=0.1)
d.save(os.path.join(D, 'damaged3.fodt'))

# ---------------------------------------------------------------- noTounicode-6 source (re-distilled by gs)
d = Doc('8.5in', '11in', '0.9in', fonts=['C059', 'URW Bookman'])
d.p('Riverside Affiliated Laboratories', font='URW Bookman', size=18, bold=True, align='center')
d.p('Office of Staff Development', font='C059', size=12, italic=True, align='center', after=0.4)
d.p('Certificate of Proficiency', font='C059', size=26, align='center', after=0.3)
d.p('awarded to', font='C059', size=13, italic=True, align='center', after=0.1)
d.p('Steffi Raffaelli-Okafor', font='C059', size=22, bold=True, align='center', after=0.2)
d.p('for the self-study module', font='C059', size=13, align='center', after=0.1)
d.p('Efficacy of Fluoroquinolones: Susceptibility Testing Pitfalls', font='URW Bookman', size=14, bold=True, align='center', after=0.1)
d.p('completed March 3, 2025 \u2014 1.0 contact hour (P.A.C.E.\u00ae)', font='C059', size=13, align='center', after=0.5)
d.p('Staff officer: Griffin Affleck-Nwosu\tCertificate file: RAL-2025-0303', font='C059', size=10.5, tab=6.7)
d.p('This certificate confirms fulfillment of the official staff proficiency requirement.', font='C059', size=10.5)
d.save(os.path.join(D, 'notounicode6.fodt'))
