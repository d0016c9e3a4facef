"""Gold text for the documents whose layout is done by an external producer
(FPDF, TCPDF, Chromium, LibreOffice, reportlab, qpdf/gs transforms).
Hand-written documents write their own gold from the same data."""
from pdfw import write_gold

G = {}

G['std14-1-fpdf'] = dict(
    kind='std14', producer='fpdf',
    notes='FPDF 1.84 core fonts Helvetica/Helvetica-Bold/Times-Roman/Times-Bold/Times-Italic/'
          'Courier/Courier-Bold: font dictionaries have only /BaseFont /Encoding, no /Widths. '
          'Landscape Letter. Two-column blocks share baselines. \u00ae is WinAnsi 0xAE.',
    pages=[[
        'AMERICAN SOCIETY FOR CLINICAL LABORATORY SCIENCE',
        'CERTIFICATE OF COMPLETION',
        'This certifies that',
        'Wilhelmina Achterberg-Osei',
        'has successfully completed the live webinar',
        'Preanalytical Variables in Coagulation Testing',
        'on March 3, 2025 and is awarded 1.5 contact hours (P.A.C.E.\u00ae)',
        'Objective 1: citrate anticoagulant 0.25 mL overfill Course No. 101-744-25',
        'Objective 2: hemolysis index cutoffs for live reporting Level: Intermediate',
        'Cordelia Van Heerden, MS, MLS(ASCP) Ezequiel Marchetti-Boyle, PhD',
        'Director, Continuing Education Program Chair',
        'TO CLAIM CREDIT PRESS THE BUTTON LABELED SUBMIT ON THE EVALUATION PAGE',
        'Certificate ID ASCLS-2025-0303-88412',
    ]])

G['std14-2-tcpdf'] = dict(
    kind='std14', producer='tcpdf',
    notes='TCPDF 6 core fonts (times, helvetica, courier): font dictionaries /Type1 /BaseFont /Name '
          '/Encoding /WinAnsiEncoding, no /Widths. Transcript table drawn with Cell(); numbers right '
          'aligned so "2.0" sits close to the next cell "CE". Includes TCPDF\'s own tiny footer link '
          'text "Powered by TCPDF (www.tcpdf.org)".',
    pages=[[
        'COLLEGE OF AMERICAN PATHOLOGISTS',
        'Learning Transcript for Laboratory Personnel Printed 04/02/2025',
        'Learner: Bartholomew Nwachukwu-Reyes CAP ID: 7730-1185',
        'Institution: Lakeshore Mercy Hospital Laboratory',
        'Activity Title Completion Date Credits Credit Type',
        'Blood Bank Antibody Identification 01/09/2025 2.0 CE',
        'Urine Sediment Microscopy for live Review 01/23/2025 1.0 CE',
        'Quality Control: Westgard Rules 02/06/2025 1.5 CE',
        'Molecular Pathology Checklist Update 02/20/2025 0.5 CAP CME',
        'SUBMIT Button Workflow in the LIS 03/03/2025 0.25 CE',
        'Anticoagulant 0.25 mL Tolerance Audit 03/17/2025 0.75 CE',
        'Histotechnology Safety: Formalin 03/28/2025 1.0 CE',
        'Total credits 7.0',
        'NOTE: CREDITS FOR LIVE EVENTS POST WITHIN 5 BUSINESS DAYS.',
        'Verification code: 5QX-20250402-ZK',
        'Powered by TCPDF (www.tcpdf.org)',
    ]])


G['std14-4-reportlab'] = dict(
    kind='std14', producer='reportlab',
    notes='reportlab 3.6 canvas + platypus, standard fonts Helvetica/Times/Courier without /Widths. '
          'The justified paragraph is one Tj per line with Tw word spacing. Table cells are separate '
          'drawString calls; "LabCE" (20 pt) shares the baseline of "Generated 2025-05-19".',
    pages=[[
        'Continuing Education Transcript',
        'LabCE Generated 2025-05-19',
        'Participant: Saoirse Delacroix-Mbeki, MLS(ASCP)CM',
        'Account: LCE-551902 State license: CA CLS 0098124',
        'This transcript lists P.A.C.E.\u00ae contact hours earned for live and self-paced courses. Courses marked SUBMIT',
        'PENDING require the learner to press the BUTTON labeled SUBMIT in the course evaluation before the',
        'certificate is released.',
        'Activity Title Completion Date Credits Credit Type',
        'Hematology Case Studies: Schistocytes 2025-01-12 1.0 P.A.C.E.',
        'Sodium citrate anticoagulant 0.25 mL limits 2025-02-02 0.5 P.A.C.E.',
        'Mycology: Dimorphic Fungi 2025-02-15 2.0 P.A.C.E.',
        'Transfusion Reactions for live Audiences 2025-03-09 1.5 P.A.C.E.',
        'Body Fluid Cell Counts 2025-04-21 1.0 SUBMIT PENDING',
        'Total 6.0',
        'LCE-551902 | page 1 of 1 labce.com/transcript',
    ]])

G['rotated-1-chromium+qpdf'] = dict(
    kind='rotated', producer='chromium+qpdf',
    notes='Chromium landscape certificate (792x612) turned by qpdf --rotate=-90 --flatten-rotation '
          'into a portrait MediaBox [0 0 612 792] whose content runs bottom-to-top, then qpdf '
          '--rotate=+90 sets /Rotate 90 so the page displays as upright landscape. Fonts are '
          'Chromium CID TrueType subsets with ToUnicode.',
    pages=[[
        'AABB',
        'Certificate of Attendance',
        'This certifies that',
        'Ximena \u00d3lafsd\u00f3ttir-Park',
        'attended the virtual seminar',
        'Antibody Titration in Prenatal Testing',
        'held on March 3, 2025 and earned 1.5 contact hours (P.A.C.E.\u00ae)',
        'AABB is approved as a provider of continuing education programs in the clinical laboratory '
        'sciences by the ASCLS P.A.C.E.\u00ae Program.',
        'Program No. 2025-AB-117 Date issued: 03/04/2025',
    ]])

G['rotated-2-libreoffice+qpdf'] = dict(
    kind='rotated', producer='libreoffice+qpdf',
    notes='LibreOffice 7.4 landscape transcript (from src/lo/rotated2.fodt) turned by qpdf '
          '--rotate=+90 --flatten-rotation into a portrait MediaBox whose content runs top-to-bottom, '
          'then --rotate=-90 sets /Rotate 270 so it displays as upright landscape. Right tab stops put '
          '"Certification: ..." and "Points required: 36" on the same baselines as the left text.',
    pages=[[
        'ASCP Board of Certification',
        'Credential Maintenance Program \u2014 Activity Summary',
        'Name: Ngozi Fairweather-Kowalczyk Certification: MLS(ASCP)CM 221874',
        'CMP cycle: 01/01/2023 \u2013 12/31/2025 Points required: 36',
        'Activity Title Completion Date Credits Credit Type Provider',
        'Laboratory Safety: Chemical Hygiene Plan 02/14/2023 1.0 Safety ASCLS',
        'Blood Culture Contamination Rates 05/09/2023 1.5 Microbiology ASM',
        'Flow Cytometry Gating for MRD 09/30/2023 2.0 Hematology ICCS',
        'Thyroid Function Testing Update 01/22/2024 1.0 Chemistry AACC',
        'Weak D Phenotypes and RhIG Candidacy 04/18/2024 1.5 Blood Bank AABB',
        'Next-Generation Sequencing QC Metrics 08/07/2024 3.0 Molecular AMP',
        'Ethics in the Clinical Laboratory 11/12/2024 1.0 Management ASCP',
        'Antifungal Susceptibility Testing 03/03/2025 1.5 Microbiology LabCE',
        'Total points recorded: 12.5 of 36',
        'Points are reported as submitted by the certificant and are subject to audit.',
    ]])

G['rotated-5-reportlab'] = dict(
    kind='rotated', producer='reportlab',
    notes='reportlab canvas.setPageRotation(): page 1 /Rotate 90, page 2 /Rotate 270, both with portrait '
          'MediaBox [0 0 612 792]; content drawn after translate+rotate (cm) so both pages display as '
          'upright landscape. Fonts: reportlab subset TrueType (DejaVu Sans/Bold, DejaVu Serif Italic), '
          'simple /TrueType fonts with ToUnicode.',
    pages=[[
        'ASCLS Region VII Annual Meeting \u00b7 Spokane, WA',
        'Certificate of Participation',
        'This certifies that',
        'Marguerite Ekwueme-Sj\u00f6berg',
        'attended the scientific sessions held March 3\u20135, 2025',
        'and earned 9.0 contact hours (P.A.C.E.\u00ae)',
        'Program Chair: Osvaldo Tiwari-Halvorsen P.A.C.E.\u00ae Provider No. 519',
    ], [
        'Sessions Attended',
        'Marguerite Ekwueme-Sj\u00f6berg \u2014 registration no. R7-2025-0448',
        'Date Session Credits Type Room',
        '03/03/2025 Keynote: The Laboratory Workforce in 2030 1.0 P.A.C.E. Ballroom A',
        '03/03/2025 Carbapenemase Detection Methods 1.5 P.A.C.E. 204',
        '03/04/2025 Direct Oral Anticoagulants and Coagulation Assays 1.5 P.A.C.E. 206',
        '03/04/2025 Myeloid Neoplasms: WHO 5th Edition Changes 2.0 P.A.C.E. 204',
        '03/05/2025 Student Bowl and Poster Session 1.0 P.A.C.E. Hall C',
        '03/05/2025 Leadership Skills for Bench Scientists 2.0 P.A.C.E. 210',
        'Total: 9.0 contact hours',
    ]])

G['spaced-3-reportlab'] = dict(
    kind='spaced', producer='reportlab',
    notes='Letter spacing by the Tc operator (reportlab textobject.setCharSpace, 2.5-7 pt) on whole '
          'strings that contain ordinary space glyphs; the last line also has Tw word spacing and '
          'two space glyphs between its words. Mix of standard Times/Helvetica (no /Widths) and '
          'embedded Liberation Sans subsets. poppler and mutool split the tracked words into letters.',
    pages=[[
        'ST. AGATHA VALLEY MEDICAL CENTER',
        'LABORATORY EDUCATION OFFICE',
        'CERTIFICATE OF COMPLETION',
        'This is to certify that',
        'MARISOL ZAPATA-ADEBAYO',
        'has completed the continuing education activity',
        '\u201cUrinalysis Microscopy: Casts, Crystals and Cells\u201d',
        'on March 3, 2025 and is awarded 1.25 contact hours.',
        'Credit type: P.A.C.E. Activity no. SAV-LAB-2025-014',
        'Verified by: E. OYELARAN-BRANDT Issued: March 4, 2025',
        'LIVE WEBINAR',
    ]])

G['spaced-4-chromium'] = dict(
    kind='spaced', producer='chromium',
    notes='Chromium print of src/html/spaced4.html: CSS letter-spacing (0.2-0.45em) becomes one '
          'glyph per Tj with a Td move before each glyph (space glyphs are drawn too). "COURSE ID" and '
          '"CERT NO" labels are tracked while their values are not; the two flex items share a baseline. '
          'Fonts: Liberation Sans / DejaVu Serif CID subsets with ToUnicode. poppler and mutool split '
          'the tracked words into letters.',
    pages=[[
        'LABCE',
        'LABORATORY CONTINUING EDUCATION',
        'CERTIFICATE OF COMPLETION',
        'This certificate is awarded to',
        'ANSELM KIPCHOGE-R\u00c9MY',
        'for successfully completing the online course',
        'Parasitology: Blood and Tissue Protozoa',
        'completed on March 3, 2025',
        'Contact hours: 2.0 \u00b7 Credit type: P.A.C.E.\u00ae',
        'COURSE ID PAR-1128 CERT NO 2025-03-889015',
        'LabCE is approved as a provider of continuing education programs in the clinical laboratory '
        'sciences by the ASCLS P.A.C.E.\u00ae Program.',
    ]])

G['spaced-5-tcpdf'] = dict(
    kind='spaced', producer='tcpdf',
    notes='TCPDF setFontSpacing() and Cell stretch mode 4: TCPDF sets the character spacing in an '
          'empty text object of its own ("BT 5.67 Tc ET") before the text object that uses it, and '
          'resets it afterwards ("BT 0 Tc ET"); Tc persists across BT/ET. "CERTIFICATE" is tracked '
          'by about one em (30 pt Tc at 30 pt). The name uses TCPDF\'s embedded DejaVu Sans Bold '
          '(Identity-H, CID = Unicode); the rest are core fonts without /Widths.',
    pages=[[
        'HARBORVIEW REGIONAL BLOOD CENTER',
        'Immunohematology Reference Laboratory',
        'CERTIFICATE',
        'is presented to',
        'YOLANDA FERREIRA-\u00d8DEG\u00c5RD',
        'in recognition of completing the competency assessment',
        'Antibody Identification with Selected Cell Panels',
        'on March 3, 2025 \u2014 3.0 contact hours (P.A.C.E.\u00ae)',
        'Assessment: PASSED Record no. HRB-IRL-25-0061',
        'Evaluator: Fergus Adeyemi-Lachance, MT(ASCP)SBB Score: 96%',
        'Powered by TCPDF (www.tcpdf.org)',
    ]])

G['spaced-6-libreoffice'] = dict(
    kind='spaced', producer='libreoffice',
    notes='LibreOffice 7.4 from src/lo/spaced6.fodt: fo:letter-spacing (0.12-0.2 cm) is written as one '
          'TJ per line with a roughly constant negative offset (about -280 to -325) after every glyph, '
          'including the space glyph. Subset TrueType fonts with ToUnicode; two tab-aligned blocks share '
          'each of the last two baselines. poppler splits some tracked words into letters.',
    pages=[[
        'WESTFIELD COMMUNITY HOSPITAL',
        'Clinical Laboratory \u2022 Microbiology Section',
        'CERTIFICATE OF ATTENDANCE',
        'This is to certify that',
        'LEOCADIA BRZEZINSKI-OKAFOR',
        'attended the live lecture',
        'Mass Spectrometry (MALDI-TOF) for Yeast Identification',
        'on March 3, 2025 for a total of 1.0 contact hour.',
        'Lecturer: Dr. Habib Castellanos-Wirth Section Lead: Oona MacAskill',
        'Course code: MIC-25-07 CE tracking: WCH-1183',
    ]])

G['noTounicode-3-tcpdf'] = dict(
    kind='noTounicode', producer='tcpdf+python',
    notes='TCPDF Type0 /Identity-H font whose CIDs are Unicode code points mapped to glyphs by a '
          '/CIDToGIDMap stream; the font (Liberation Serif 1.x) is embedded in FULL, with its (3,1) cmap, '
          'and its /ToUnicode was removed by src/post_tounicode.py, so text can only be recovered via '
          'CIDToGIDMap + the embedded cmap (or by assuming CID = Unicode). Several words were typed with '
          'the presentation-form ligatures U+FB01 fi and U+FB02 fl; gold writes the '
          'letters. The embedded cmap maps the fi/fl glyphs from both U+FB01/U+FB02 and the private-use '
          'U+F001/U+F002, and the hyphen glyph from both U+002D and U+00AD (soft hyphen). The bold face is a TCPDF subset that keeps its <0000>-range ToUnicode. poppler '
          'recovers the text (prints U+FB0x for ligatures); mutool 1.21 prints U+FFFD for the regular face.',
    pages=[[
        'Fairfield Clinical Laboratories',
        'Staff Development Transcript \u2014 Office of Quality and Training',
        'Employee: Ruair\u00ed Ogunleye-Blomqvist Position: Staff Technologist II',
        'Supervisor: Ofilia Kranj\u010devi\u0107 Period: 07/2024 \u2013 06/2025',
        'Activity Title Completion Date Credits Credit Type',
        'Identification of Yeasts on Chromogenic Agar 08/15/2024 1.0 P.A.C.E.',
        'Coefficient of Variation and Precision Studies 09/26/2024 1.5 P.A.C.E.',
        'Specificity of HIV-1/2 Differentiation Assays 11/07/2024 1.0 P.A.C.E.',
        'Reflex Cultures from Urinalysis Screens 12/12/2024 0.5 In-service',
        'Office Ergonomics for Laboratory Staff 01/30/2025 0.5 In-service',
        'Fluorescent Antibody Stains for Pneumocystis 03/03/2025 1.0 P.A.C.E.',
        'Total credits 5.5',
        'Credits flagged \u201cIn-service\u201d are not eligible for certification maintenance.',
        'Powered by TCPDF (www.tcpdf.org)',
    ]])

G['noTounicode-1-libreoffice'] = dict(
    kind='noTounicode', producer='libreoffice+python',
    notes='LibreOffice 7.4 (src/lo/notounicode1.fodt) with the URW C059/P052 OpenType-CFF fonts, which '
          'LibreOffice embeds as subset Type 1 fonts (FontFile, built-in encoding, glyph names fi, ff, fl, '
          'f_f_i). LibreOffice used the fi/ff/fl/ffi ligature glyphs; src/post_tounicode.py deleted exactly '
          'those entries from the ToUnicode CMaps, so ligature glyphs can only be decoded from the glyph '
          'names of the embedded fonts. Other glyphs keep their ToUnicode entries.',
    pages=[[
        'Proficiency Testing Staff Certification',
        'Office of Laboratory Quality \u2014 Meadowbrook Affiliated Laboratories',
        'Employee: Tamsin Griffith-Nakashima Staff ID: 40-1187',
        'Department: Clinical Microbiology Fiscal year: 2025',
        'Activity Title Completion Date Credits Credit Type',
        'Organism Identification by MALDI-TOF 01/10/2025 1.0 P.A.C.E.',
        'Coefficient of Variation in QC Review 01/24/2025 0.5 P.A.C.E.',
        'Specificity and Sensitivity of Troponin Assays 02/07/2025 1.0 P.A.C.E.',
        'Influenza Rapid Test Efficacy 02/21/2025 1.0 P.A.C.E.',
        'Staff Safety: Formaldehyde Spill Response 03/03/2025 0.5 OSHA',
        'Reflex Testing for Affiliated Clinics 03/14/2025 1.5 P.A.C.E.',
        'Difficult Identifications: Fastidious Flora 03/28/2025 2.0 P.A.C.E.',
        'Total credits: 7.5',
        'Certified by the Office of the Laboratory Director for qualified staff only.',
        'Signed: Wolfgang Effiong-Delacroix, Quality Officer',
    ]])

G['noTounicode-2-libreoffice'] = dict(
    kind='noTounicode', producer='libreoffice+python',
    notes='LibreOffice 7.4 (src/lo/notounicode2.fodt) landscape certificate in URW P052 and URW Bookman '
          '(OpenType-CFF, embedded by LibreOffice as subset Type 1 fonts with a built-in encoding and '
          'custom codes 1..n). src/post_tounicode.py removed /ToUnicode from EVERY font, so all text '
          'must be decoded from the glyph names inside the embedded font programs (including the '
          'ligatures fi, ffi, ff, fl in "Filippa", "Schaeffer", "fulfilled", "Identification", '
          '"Official", "Affiliate", "Laffitte").',
    pages=[[
        'Certificate of Completion',
        'The Office of Continuing Education certifies that',
        'Filippa Schaeffer-Mwangi',
        'has fulfilled the requirements of the self-study module',
        'Flow Cytometric Identification of Clonal B Cells',
        'on March 3, 2025, and is awarded 1.5 contact hours (P.A.C.E.\u00ae).',
        'Official record: CE-2025-0317 Verified by: Griffin Okoro-Laffitte',
        'Provider: ASCLS Office of Affiliate Affairs Certificate is not valid without the official seal',
    ]])

G['cmap0000-1-tcpdf'] = dict(
    kind='cmap0000', producer='tcpdf',
    notes='TCPDF 6 with its Unicode TrueType fonts dejavuserif, dejavuserif-bold, dejavusans (subset, '
          'Type0 /Identity-H, CID = Unicode through a /CIDToGIDMap stream). Each ToUnicode CMap is '
          'TCPDF\'s generic one: 256 bfrange lines "<0000> <00ff> <0000>", "<0100> <01ff> <0100>", ... '
          'Accented names (\u00e9 \u00f1 \u00e1 \u00c5 \u00fa). TCPDF footer link text at the bottom.',
    pages=[[
        'AABB \u00b7 Association for the Advancement of Blood & Biotherapies',
        'Certificate of Completion',
        'This certifies that',
        'Jos\u00e9 Mu\u00f1oz-Ib\u00e1\u00f1ez',
        'has successfully completed the eCast webinar',
        'Patient Blood Management: Pre-operative Anemia Clinics',
        'on March 3, 2025 and is awarded 1.5 contact hours (P.A.C.E.\u00ae)',
        'Course code: EC-2503-PBM Attendee no. 0093-5521',
        'Faculty: Dr. \u00c5nund Kristoffersen-Z\u00fa\u00f1iga Issued: 03/05/2025',
        'AABB is approved as a provider of continuing education programs in the clinical laboratory '
        'sciences by the ASCLS P.A.C.E.\u00ae Program.',
        'Powered by TCPDF (www.tcpdf.org)',
    ]])


def _cmap0000_2():
    titles = ['Anemia of Chronic Kidney Disease', 'Antimicrobial Stewardship for the Lab',
              'Automated Hematology Flags', 'Beta-Lactamase Mechanisms', 'Blood Gas Preanalytical Errors',
              'Body Fluid Crystals', 'Cardiac Biomarkers: hs-Troponin', 'CLIA Personnel Requirements',
              'Coagulation Factor Assays', 'Cryptococcal Antigen Testing', 'Cytogenetics for Generalists',
              'Diabetes: HbA1c Interferences', 'Drug Testing Confirmations', 'Emerging Arboviruses',
              'Erythrocyte Inclusions', 'Fecal Calprotectin', 'Fungal Blood Cultures',
              'Hemoglobin Variants by CE', 'Heparin-Induced Thrombocytopenia', 'HLA Typing Basics',
              'Iron Studies Interpretation', 'Lab Math: Dilutions', 'Lipid Panel Calculations',
              'Lupus Anticoagulant Testing', 'Malaria Rapid Diagnostics', 'Massive Transfusion Protocols',
              'Method Validation Statistics', 'Monoclonal Protein Workups', 'Neonatal Screening Updates',
              'Osmolality and the Osmolal Gap', 'Pharmacogenomics Primer', 'Platelet Aggregometry',
              'Proficiency Testing Failures', 'Sickle Cell Solubility Tests', 'Sterile Site Gram Stains',
              'Thyroid Antibodies', 'Tick-borne Pathogens', 'Urine Drug Screens', 'Vitamin D Assays',
              'Whole Blood Viscosity', 'Zika Serology Algorithms', 'Zinc Protoporphyrin']
    types = ['P.A.C.E.', 'P.A.C.E.', 'CMLE', 'P.A.C.E.', 'State']
    credits = ['1.0', '0.5', '1.5', '1.0', '2.0', '0.75']
    rows = []
    total = 0.0
    for i, t in enumerate(titles):
        date = '%02d/%02d/2024' % (1 + i // 4, 3 + 7 * (i % 4))
        c = credits[i % 6]
        total += float(c)
        rows.append('%s %s %s %s' % (t, date, c, types[i % 5]))
    head = 'ASCLS Continuing Education Transcript CE Organizer record \u00b7 printed 2025-06-30'
    th = 'Activity Title Completion Date Credits Credit Type'
    foot = 'Participant: Zo\u00eb Adeyemi-\u00de\u00f3rsd\u00f3ttir Page %d of 2'
    p1 = [head, 'Participant: Zo\u00eb Adeyemi-\u00de\u00f3rsd\u00f3ttir, MLS(ASCP)CM',
          'ASCLS member no. 2190-4471 \u00b7 State: Oregon', th] + rows[:40] + [foot % 1]
    p2 = [head, th] + rows[40:] + ['Total credits: %.2f' % total, foot % 2, 'Powered by TCPDF (www.tcpdf.org)']
    return [p1, p2]


G['cmap0000-2-tcpdf'] = dict(
    kind='cmap0000', producer='tcpdf',
    notes='Two-page TCPDF transcript. Liberation Sans / Sans Bold / Serif Bold converted with '
          'TCPDF_FONTS::addTTFfont (at build time, into a temp dir) and embedded as subset Type0 '
          'Identity-H fonts with TCPDF\'s "<0000> <00ff> <0000>" bfrange ToUnicode. The table is '
          'writeHTML() output with a <thead> that TCPDF repeats on page 2. Header and footer on both '
          'pages; "Page 1 of 2" comes from TCPDF page-number aliases. Accented name Zo\u00eb '
          'Adeyemi-\u00de\u00f3rsd\u00f3ttir.',
    pages=_cmap0000_2())

G['cmap0000-3-tcpdf'] = dict(
    kind='cmap0000', producer='tcpdf',
    notes='TCPDF writeHTML() with dejavusanscondensed (+bold), subset Type0 Identity-H fonts whose '
          'ToUnicode is the "<0000> <00ff> <0000>" bfrange list. Greek \u03b2 \u03b1 \u03b3, micro sign '
          '\u00b5 (U+00B5), \u2264 \u00b1 \u2265 \u2013, check mark \u2713 (U+2713) and ballot x \u2717 '
          '(U+2717) all come from the same DejaVu font. Bordered HTML table.',
    pages=[[
        'Lakeview General Hospital \u2014 Clinical Chemistry',
        'Competency Assessment Summary for Seo-yeon Ngata-H\u00e5kansson, MLS(ASCP)',
        'Assessment date: March 3, 2025 | Assessor: Ignacy Delgado-Ferreira',
        'Element Criterion Result',
        '\u03b22-microglobulin calibration bias \u2264 \u00b15% \u2713 met',
        '\u03b11-antitrypsin phenotype review agreement \u2265 95% \u2713 met',
        'Vitamin B12 low-end verification recovery 90\u2013110% \u2713 met',
        'Ferritin in \u00b5g/L reporting units correct \u2713 met',
        '\u03b3-glutamyl transferase QC rules 1-2s / 1-3s applied \u2717 retrain',
        'Continuing education earned: 1.0 contact hour (P.A.C.E.\u00ae) \u00b7 Activity code LGH-CHEM-0325',
        'Result key: \u2713 = criterion met; \u2717 = remediation required within 30 days.',
        'Powered by TCPDF (www.tcpdf.org)',
    ]])

G['symbol-2-reportlab'] = dict(
    kind='symbol', producer='reportlab',
    notes='reportlab canvas with the standard Symbol and ZapfDingbats fonts (reportlab encodes Unicode '
          'into their built-in encodings; no /Encoding, no /Widths, not embedded) beside Helvetica and '
          'Times. Symbol: \u03ba \u03bb \u03b3 \u03b4 \u2265 \u2264 \u00b1 \u00b0 \u00b5 (Symbol "mu", given as '
          'U+00B5) \u2212; ZapfDingbats: \u2714 \u2718 \u2605. Runs are separate drawString calls placed '
          'at exact AFM advances. mutool 1.21 cannot map ZapfDingbats.',
    pages=[[
        'Immunophenotyping Competency Checklist',
        'Flow Cytometry Laboratory, Cedar Hollow Medical Center',
        'Technologist: Anahera Lindqvist-Obi, SCYM(ASCP) Date: March 3, 2025',
        'Done Competency element Criterion',
        '\u2714 Surface \u03ba/\u03bb light chain restriction ratio \u2265 3:1',
        '\u2714 CD34+ enumeration, ISHAGE gating CV \u2264 10%',
        '\u2714 TCR \u03b3\u03b4 T-cell identification agrees with reference',
        '\u2718 Compensation matrix, 8 colors spillover \u00b1 2%',
        '\u2714 Sample stability at 4 \u00b0C 48 h max.',
        'Summary: 4 of 5 elements met (\u2714); 1 element requires retraining (\u2718).',
        'Absolute counts use \u00b5L as the volume unit; 1 \u00b5L = 10\u22126 L.',
        'CE awarded: 2.0 contact hours (P.A.C.E.\u00ae) \u2605 Reviewer: Dr. Casimir Oyinlola-Berg',
    ]])

G['symbol-3-fpdf'] = dict(
    kind='symbol', producer='fpdf',
    notes='FPDF 1.84 core fonts Symbol and ZapfDingbats (built-in encodings, not embedded, no /Widths) '
          'written with raw codes via Text(): Symbol 0xB1 \u00b1, b \u03b2, a \u03b1, m \u03bc, 0xB3 \u2265, '
          '0xAE \u2192; ZapfDingbats 4 \u2714, 7 \u2717, l \u25cf. FPDF 1.84 adds a ToUnicode CMap to every core '
          'font; its Symbol CMap maps "m" to U+03BC GREEK SMALL LETTER MU (so gold has \u03bc here).',
    pages=[[
        'Chemistry Proficiency Testing - Event 2025-A',
        'Laboratory: Quarry Ridge Community Hospital (CLIA 38D0991245)',
        'Reviewed by: Tomasz Afolabi-Quiroga, MLS(ASCP) Review date: 03/03/2025',
        'Analyte Result Target Limits Grade',
        'Vitamin B12 412 pg/mL 398 \u00b125% \u2714',
        '\u03b2-hCG, quantitative 1210 IU/L 1185 \u00b13 SD \u2714',
        '\u03b1-fetoprotein 38.6 ng/mL 45.0 \u00b112% \u2717',
        'Copper, serum 14.2 \u03bcmol/L 15.0 \u00b115% \u2714',
        '\u2714 = acceptable \u2717 = unacceptable, investigate within 30 days',
        'Score: 75% (3 of 4); event passing score \u2265 80% \u2192 corrective action required',
        'Corrective action and review of this event earn 1.0 contact hour of CE credit.',
        '\u25cf Signed: Oluwaseun Ndiaye-Whitcombe, Technical Supervisor',
    ]])

_FORM1 = [
    'AMERICAN SOCIETY FOR CLINICAL PATHOLOGY',
    'Certificate of Completion',
    'This certifies that',
    'Ma\u00eblle Oyelaran-S\u00f8ndergaard',
    'PARTICIPANT NAME',
    'has successfully completed',
    'Molecular Diagnostics of Hemoglobinopathies',
    'COURSE TITLE',
    'March 3, 2025 1.5',
    'DATE OF COMPLETION CONTACT HOURS (P.A.C.E.\u00ae)',
    'ASCP is approved as a provider of continuing education programs in the clinical laboratory '
    'sciences by the ASCLS P.A.C.E.\u00ae Program.',
]
G['form-1-reportlab'] = dict(
    kind='form', producer='reportlab',
    notes='reportlab acroform: four filled text fields (participant_name, course_title, completion_date, '
          'credits), NOT flattened. The page content stream has only the labels; the values exist only in '
          'each field\'s /V and in the widget\'s /AP /N form XObject (left-aligned, fonts from the form '
          'XObject\'s resources, WinAnsi bytes e.g. \\353 for \u00eb). The AcroForm /DR dictionary has a '
          'duplicated /Font key (a reportlab quirk; qpdf warns). Date and credits fields share a baseline.',
    pages=[_FORM1])
G['form-4-reportlab+qpdf'] = dict(
    kind='form', producer='reportlab+qpdf',
    notes='The same certificate as form-1-reportlab, flattened with qpdf --flatten-annotations=all: the '
          'widget appearances became form XObjects drawn from the page content; no /Annots, no /AcroForm.',
    pages=[_FORM1])

G['form-2-tcpdf'] = dict(
    kind='form', producer='tcpdf',
    notes='TCPDF TextField() widgets with values ("v"), not flattened; /NeedAppearances false. Labels '
          'are page content; the seven values exist only in the fields\' /V (UTF-16BE strings) and in the '
          'widgets\' /AP /N appearance streams (Times core font, \u00e9 in "In\u00e9s").',
    pages=[[
        'Bayside Health Laboratory Services',
        'Continuing Education Attendance Certificate',
        'Participant name',
        'Kaveh Rautenbach-Ekwensi',
        'Credential / license number',
        'CLS 000418-77 (California)',
        'Activity title',
        'Rapid Antimicrobial Susceptibility Testing',
        'Presenter',
        'Dr. In\u00e9s Okonjo-Halvorsen',
        'Date of activity',
        'March 3, 2025',
        'Contact hours awarded',
        '1.0',
        'Credit type',
        'P.A.C.E.',
        'Keep this form for four years. Fields above were completed by the education coordinator.',
        'Powered by TCPDF (www.tcpdf.org)',
    ]])

G['coverpage-1-reportlab'] = dict(
    kind='coverpage', producer='reportlab',
    notes='Page 1 is a vector-only cover (filled background, circle, flask outline, rules): no text '
          'operators and no fonts. Page 2 is the certificate in standard Times/Helvetica.',
    pages=[[], [
        'GREAT LAKES SOCIETY FOR CLINICAL LABORATORY SCIENCE',
        'Certificate of Completion',
        'This certifies that',
        'Dagoberto Nakagawa-Ferrante',
        'has successfully completed the spring seminar',
        'Cerebrospinal Fluid Analysis: Cells, Chemistry and Culture',
        'on March 3, 2025 and is awarded 3.0 contact hours (P.A.C.E.\u00ae).',
        'Seminar code: GLS-SP25-06 P.A.C.E.\u00ae provider no. 116',
        'Hildegard Oyebanji-Marsh, Chair Teodoro Villalobos-Quist, Secretary',
    ]])

G['coverpage-2-chromium'] = dict(
    kind='coverpage', producer='chromium',
    notes='Chromium print of src/html/coverpage2.html: page 1 is only a PNG image (a seal and rules, no '
          'letters) followed by a CSS page break; page 2 is an HTML transcript table (Liberation Sans / '
          'DejaVu Serif CID subsets). The two header rows are flex boxes whose left and right spans share '
          'a baseline.',
    pages=[[], [
        'Continuing Education Transcript',
        'Riverbend Medical Laboratory \u00b7 Education and Competency Office',
        'Employee: Wairimu Castellanos-Van der Berg Employee ID: RML-30418',
        'Title: Medical Laboratory Scientist II Reporting period: 2024',
        'Activity Title Completion Date Credits Credit Type',
        'Blood Bank Antibody Panels: Rule-outs 01/18/2024 1.5 P.A.C.E.',
        'Mass Spectrometry in Toxicology 02/22/2024 2.0 P.A.C.E.',
        'Hemostasis: Mixing Studies Explained 04/11/2024 1.0 P.A.C.E.',
        'Annual Safety and Chemical Hygiene 05/06/2024 1.0 Safety',
        'Parasitology: Intestinal Helminths 07/25/2024 1.5 P.A.C.E.',
        'Point-of-Care Testing Oversight 09/12/2024 0.5 Competency',
        'Laboratory Leadership Essentials 11/07/2024 2.0 P.A.C.E.',
        'Total 9.5',
        'Credits marked P.A.C.E. are accepted by the ASCP Board of Certification for CMP reporting.',
    ]])

G['coverpage-3-libreoffice+gs'] = dict(
    kind='coverpage', producer='libreoffice+gs',
    notes='LibreOffice document (src/lo/coverpage3.fodt) whose first page is only an embedded JPEG '
          '(a grey "scanned" seal, no letters), then a page-break and the certificate; the PDF was re-distilled '
          'by Ghostscript 10 pdfwrite, which re-embeds the Liberation fonts as simple TrueType subsets with new '
          'random subset tags and rewrites all content streams.',
    pages=[[], [
        'Pacific Northwest Histotechnology Society',
        'Certificate of Attendance',
        'This is to certify that',
        'Xochitl Abernathy-Okwuosa, HTL(ASCP)',
        'attended the workshop',
        'Immunohistochemistry Troubleshooting: Antigen Retrieval',
        'held March 3, 2025 in Tacoma, Washington, for 4.0 contact hours.',
        'NSH approval no. 25-0117 Workshop director: Emeka Lindahl-Ruiz',
    ]])

G['damaged-1-qpdf'] = dict(
    kind='damaged', producer='chromium+qpdf', expect='text',
    notes='Chromium certificate encrypted by qpdf --encrypt "" <owner> 256: AES-256 (V 5 / R 6) with an '
          'EMPTY user password, so it opens without a password; all strings and streams are encrypted.',
    pages=[[
        'Northstar Laboratory Continuing Education Portal',
        'Certificate of Completion',
        'This certifies that',
        'Henrike Osei-Villase\u00f1or',
        'completed the online course',
        'Coagulation Case Studies: Lupus Anticoagulant',
        'on March 3, 2025 and earned 1.0 contact hour (P.A.C.E.\u00ae)',
        'Course number: NS-COAG-411 Score: 92%',
        'Certificate ID: 7F3K-22QX-0303 Provider: Northstar Lab Education',
    ]])

G['damaged-2-qpdf'] = dict(
    kind='damaged', producer='fpdf+qpdf', expect='text',
    notes='FPDF transcript encrypted by qpdf --encrypt "" <owner> 128 --use-aes=n: RC4 128-bit (V 2 / R 3) '
          'with an EMPTY user password, so it opens without a password.',
    pages=[[
        'Southern Plains Blood Services',
        'Continuing Education Transcript for Anneliese Mwangi-Przybylski, MLS(ASCP)',
        'Activity Title Completion Date Credits Credit Type',
        'Donor Eligibility Updates 2025 01/08/2025 1.0 P.A.C.E.',
        'Apheresis Platelet Pathogen Reduction 02/05/2025 1.5 P.A.C.E.',
        'Irradiation of Cellular Components 03/03/2025 0.5 P.A.C.E.',
        'Antibody Titers for Prenatal Patients 03/19/2025 1.0 P.A.C.E.',
        'Total credits: 4.0',
    ]])

G['damaged-3-qpdf'] = dict(
    kind='damaged', producer='libreoffice+qpdf', expect='needs-password',
    notes='LibreOffice CE summary encrypted by qpdf with AES-256 and a NON-EMPTY user password '
          '("cme2025"; owner password "lab-owner-77"). Without the password nothing can be decrypted; a '
          'reader should report that a password is needed (not "damaged", not empty text).')

G['damaged-8-fpdf'] = dict(
    kind='damaged', producer='fpdf', expect='text',
    notes='NOT encrypted and not damaged: an uncompressed FPDF file (SetCompression(false)) whose page text '
          'and /Title contain the bytes "/Encrypt" (including "/Encrypt 12 0 R" and "/Filter /Standard"), '
          'so a reader that greps the raw file for /Encrypt will wrongly think it is encrypted.',
    pages=[[
        'Laboratory Information Systems - Transcript Export Notice',
        'Employee: Cornelius Adebayo-Fairbanks (ID 55-0917)',
        'Exported transcript: 6 activities, 8.5 contact hours, last entry March 3, 2025.',
        'This export is NOT password protected. The trailer has no /Encrypt entry;',
        'older exports contained "/Encrypt 12 0 R" with /Filter /Standard /V 2 /R 3',
        'and were rejected by the CE tracker. If you see /Encrypt in a file, re-export it.',
        'Questions: lis-help@example.org (ticket LIS-4471).',
    ]])

G['noTounicode-6-libreoffice+gs'] = dict(
    kind='noTounicode', producer='libreoffice+gs',
    notes='LibreOffice certificate (src/lo/notounicode6.fodt, URW C059 / URW Bookman with ff, fi, ffi, ffl '
          'ligatures) re-distilled by Ghostscript 10 pdfwrite, which re-embedded the fonts as CFF subsets '
          '(/FontFile3 /Type1C) with /Encoding /Differences (codes 1..n named /ff /fi /ffi /ffl /a /b ...) '
          'and wrote NO ToUnicode at all: text is recoverable only from the glyph names.',
    pages=[[
        'Riverside Affiliated Laboratories',
        'Office of Staff Development',
        'Certificate of Proficiency',
        'awarded to',
        'Steffi Raffaelli-Okafor',
        'for the self-study module',
        'Efficacy of Fluoroquinolones: Susceptibility Testing Pitfalls',
        'completed March 3, 2025 \u2014 1.0 contact hour (P.A.C.E.\u00ae)',
        'Staff officer: Griffin Affleck-Nwosu Certificate file: RAL-2025-0303',
        'This certificate confirms fulfillment of the official staff proficiency requirement.',
    ]])
