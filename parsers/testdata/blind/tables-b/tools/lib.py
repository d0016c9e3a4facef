"""Shared data and helpers for the tables-b blind test set.

Everything here is invented: people, IDs, providers.  Course titles are
ordinary clinical-laboratory topics.
"""
import datetime as dt
import random

# (title, CMP category)
TITLES = [
    ("Peripheral Blood Smear Review: Recognizing Schistocytes", "Hematology"),
    ("Flow Cytometry in the Diagnosis of Acute Leukemia", "Hematology"),
    ("Automated Hematology Analyzer Flags and When to Make a Smear", "Hematology"),
    ("Hemoglobinopathies: Laboratory Evaluation of Sickle Cell Disease and Thalassemia", "Hematology"),
    ("Platelet Function Testing: Principles, Pitfalls and Clinical Utility", "Hematology"),
    ("Body Fluid Cell Counts", "Hematology"),
    ("Interpreting the Coagulation Panel: PT, aPTT, Fibrinogen and D-dimer", "Hematology"),
    ("Anti-Xa Assays for Heparin Monitoring", "Hematology"),
    ("Myeloproliferative Neoplasms: JAK2, CALR and MPL Mutation Testing", "Hematology"),
    ("Red Cell Morphology Atlas Review", "Hematology"),
    ("Bone Marrow Aspirate Differential Counting for the Bench Technologist", "Hematology"),
    ("Disseminated Intravascular Coagulation: Laboratory Diagnosis and Monitoring in the Critically Ill Patient", "Hematology"),
    ("Lupus Anticoagulant Testing", "Hematology"),
    ("Malaria Parasite Identification on Thick and Thin Films", "Hematology"),
    ("Reticulocyte Indices and Their Role in Anemia Classification", "Hematology"),
    ("Von Willebrand Disease: Screening, Subtyping and Multimer Analysis", "Hematology"),
    ("Erythrocyte Sedimentation Rate Methods Compared", "Hematology"),
    ("Case Studies in Hematopathology: Correlating Peripheral Blood Findings, Flow Cytometry and Cytogenetics in Myelodysplastic Syndromes", "Hematology"),
    ("From Specimen to Result: A Practical Review of Pre-Analytical, Analytical and Post-Analytical Error Sources in Coagulation Testing", "Hematology"),
    ("Troponin Assays: High-Sensitivity Cutoffs and Delta Values", "Chemistry"),
    ("Hemolysis, Icterus and Lipemia Interference in Chemistry Testing", "Chemistry"),
    ("Point-of-Care Glucose Testing Quality Assurance", "Chemistry"),
    ("Therapeutic Drug Monitoring of Immunosuppressants by LC-MS/MS", "Chemistry"),
    ("Westgard Rules Refresher", "Chemistry"),
    ("Hemoglobin A1c Methods and Variant Interference", "Chemistry"),
    ("Estimated Glomerular Filtration Rate: The 2021 Race-Free CKD-EPI Equation", "Chemistry"),
    ("Blood Gas Analysis and Acid-Base Interpretation", "Chemistry"),
    ("Serum Protein Electrophoresis and Immunofixation Interpretation for Monoclonal Gammopathies", "Chemistry"),
    ("Tumor Markers: Appropriate Use and Limitations", "Chemistry"),
    ("Thyroid Function Testing and Biotin Interference", "Chemistry"),
    ("Lipid Panel Updates: Direct LDL, Non-HDL Cholesterol and Apolipoprotein B", "Chemistry"),
    ("Urine Drug Screening: Immunoassay Cross-Reactivity and Confirmatory Testing", "Chemistry"),
    ("Vitamin D Testing: Standardization Challenges", "Chemistry"),
    ("Cardiac Biomarkers Beyond Troponin: Natriuretic Peptides in Heart Failure", "Chemistry"),
    ("Method Validation and Verification of Quantitative Assays Under CLIA", "Chemistry"),
    ("Calculating Measurement Uncertainty in the Clinical Chemistry Laboratory", "Chemistry"),
    ("Osmolality and the Osmolal Gap", "Chemistry"),
    ("Toxic Alcohols", "Chemistry"),
    ("Individualized Quality Control Plans: Risk Assessment Under CLIA for Point-of-Care and Core Laboratory Testing", "Chemistry"),
    ("MALDI-TOF Mass Spectrometry for Bacterial Identification", "Microbiology"),
    ("Antimicrobial Susceptibility Testing: CLSI M100 Breakpoint Updates", "Microbiology"),
    ("Carbapenem-Resistant Enterobacterales: Detection and Reporting", "Microbiology"),
    ("Blood Culture Contamination Reduction Strategies", "Microbiology"),
    ("Gram Stain Interpretation of Sterile Body Fluids", "Microbiology"),
    ("Candida auris: Laboratory Identification and Infection Control", "Microbiology"),
    ("Molecular Syndromic Panels for Respiratory Pathogens", "Microbiology"),
    ("Clostridioides difficile Testing Algorithms", "Microbiology"),
    ("Mycobacteriology Specimen Processing and Acid-Fast Staining", "Microbiology"),
    ("Parasitology Review: Intestinal Protozoa", "Microbiology"),
    ("Anaerobe Identification in the Modern Laboratory", "Microbiology"),
    ("Fungal Culture and Identification of Common Molds", "Microbiology"),
    ("Urine Culture Interpretation and Colony Count Thresholds", "Microbiology"),
    ("Sexually Transmitted Infection Testing: NAAT Methods for Chlamydia, Gonorrhea and Trichomonas", "Microbiology"),
    ("Tick-Borne Diseases: Laboratory Diagnosis of Lyme Disease, Anaplasmosis and Babesiosis", "Microbiology"),
    ("Antimicrobial Stewardship and the Microbiology Laboratory", "Microbiology"),
    ("Antimicrobial Resistance Mechanisms in Gram-Negative Bacilli: Extended-Spectrum Beta-Lactamases, AmpC and Carbapenemases", "Microbiology"),
    ("ABO Discrepancies: Resolution Strategies", "Blood Banking"),
    ("Antibody Identification Panels", "Blood Banking"),
    ("Massive Transfusion Protocols", "Blood Banking"),
    ("Hemolytic Disease of the Fetus and Newborn: Prenatal Testing and Rh Immune Globulin Dosing", "Blood Banking"),
    ("Transfusion Reactions: Recognition, Investigation and Reporting", "Blood Banking"),
    ("Direct Antiglobulin Test Interpretation", "Blood Banking"),
    ("Daratumumab Interference in Pretransfusion Testing", "Blood Banking"),
    ("Platelet Refractoriness and HLA-Matched Products", "Blood Banking"),
    ("Blood Product Storage, Transport and Temperature Monitoring", "Blood Banking"),
    ("Cold Agglutinin Disease and Warm Autoimmune Hemolytic Anemia: Serologic Workup", "Blood Banking"),
    ("Patient Blood Management Programs", "Blood Banking"),
    ("Whole Blood for Trauma Resuscitation", "Blood Banking"),
    ("Electronic Crossmatch Requirements", "Blood Banking"),
    ("Transfusion Medicine Grand Rounds: Investigation of a Delayed Hemolytic Transfusion Reaction in a Patient With Sickle Cell Disease", "Blood Banking"),
    ("Laboratory Safety: Chemical Hygiene Plan Essentials", "Safety"),
    ("Bloodborne Pathogens Annual Update", "Safety"),
    ("Biosafety Level 2 and 3 Practices for the Clinical Laboratory", "Safety"),
    ("Fire Safety and Emergency Preparedness in the Laboratory", "Safety"),
    ("Packaging and Shipping Category A and B Infectious Substances", "Safety"),
    ("Ergonomics at the Bench", "Safety"),
    ("Formaldehyde and Xylene Exposure Monitoring", "Safety"),
    ("Sentinel Laboratory Response to Bioterrorism Agents", "Safety"),
    ("Preanalytical Errors: Specimen Collection and Labeling", "General"),
    ("Quality Control Fundamentals", "General"),
    ("CLIA Proficiency Testing Requirements", "General"),
    ("Laboratory Leadership and Conflict Resolution", "General"),
    ("Ethics in Laboratory Medicine", "General"),
    ("Diagnostic Stewardship: Reducing Unnecessary Testing", "General"),
    ("Laboratory Information Systems: Autoverification Rules", "General"),
    ("Competency Assessment: The Six Required Elements", "General"),
    ("Cultural Humility and Health Equity in Laboratory Medicine", "General"),
    ("Root Cause Analysis of Laboratory Errors", "General"),
    ("Introduction to Next-Generation Sequencing", "General"),
    ("Pharmacogenomics in Clinical Practice", "General"),
    ("Cell-Free DNA and Liquid Biopsy", "General"),
    ("Urinalysis: Microscopic Sediment Identification", "General"),
    ("Cerebrospinal Fluid Analysis", "General"),
    ("Semen Analysis", "General"),
    ("Immunology: Antinuclear Antibody Patterns by Indirect Immunofluorescence", "General"),
    ("HIV Diagnostic Testing Algorithm", "General"),
    ("Hepatitis Serology Interpretation", "General"),
    ("Histotechnology: Frozen Section Quality", "General"),
    ("Immunohistochemistry Controls and Validation", "General"),
    ("Cytology Specimen Adequacy", "General"),
    ("Lean Six Sigma in the Laboratory", "General"),
    ("Managing Laboratory Staffing Shortages: Recruitment, Retention and Cross-Training Strategies for Small Hospital Laboratories", "General"),
    ("Writing Effective Standard Operating Procedures", "General"),
    ("Laboratory Stewardship in the Emergency Department: A Multidisciplinary Approach to Test Utilization", "General"),
    ("Emerging Infectious Diseases: Mpox, Measles and Avian Influenza", "Microbiology"),
    ("Guillain-Barré Syndrome and the CSF Protein Workup", "General"),
    ("Sickle Cell Screening in Newborns", "Hematology"),
    ("Kleihauer-Betke and Flow Cytometric Fetal Hemoglobin Quantitation", "Blood Banking"),
]

PROVIDERS = ["ASCP", "AABB", "CAP", "LabCE", "ASCLS", "MediaLab", "ADLM", "ASM",
             "CLMA", "APHL", "Great Lakes SCLS", "Mayo Clinic Laboratories",
             "ARUP Laboratories", "St. Brigid Lab Education", "Coag Academy",
             "Northfield University CE", "COLA", "Puget Sound Lab Society"]

TYPES = ["Online Course", "Webinar", "Live Workshop", "Journal-Based CE",
         "Case Study", "Self-Study", "Conference Session"]
FORMATS = ["Online", "In Person", "Live Webinar", "Enduring", "Print"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fdate(d, style):
    if style == "mdY0":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "mdY":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "bdY":
        return "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == "BdY":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dbY":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "dby":
        return "%d-%s-%02d" % (d.day, MONTHS[d.month - 1][:3], d.year % 100)
    raise ValueError(style)


def fnum(v, style):
    """Display a credit value; never loses precision."""
    if style == "g":
        s = ("%.2f" % v).rstrip("0").rstrip(".")
    elif style == "1":
        s = "%.1f" % v
    elif style == "2":
        s = "%.2f" % v
    else:
        raise ValueError(style)
    assert abs(float(s) - v) < 1e-9, (v, style, s)
    return s


# canonical unit -> CMP points per credit
POINTS = {"CMLE": 1, "contact hours": 1, "CE hours": 1, "P.A.C.E.": 1,
          "AMA PRA Category 1": 1, "CEU": 10}

CREDIT_CHOICES = {
    "any": [0.25, 0.5, 0.75, 1, 1, 1, 1, 1.25, 1.5, 1.5, 1.5, 2, 2, 2.5, 3, 0.5, 1],
    "half": [0.5, 1, 1, 1, 1.5, 1.5, 2, 2, 2.5, 3, 1, 0.5, 4],
    "ceu": [0.1, 0.1, 0.15, 0.2, 0.2, 0.25, 0.3, 0.5, 0.1, 0.2],
}


def make_rows(seed, n, start, end, units=("CMLE",), credits="any",
              statuses=None, providers=None, title_filter=None, sort=True,
              empty_provider_at=None, ceu_credits="ceu"):
    rnd = random.Random(seed)
    pool = [t for t in TITLES if (title_filter is None or title_filter(t[0]))]
    picks = rnd.sample(pool, n)
    span = (end - start).days
    dates = sorted(start + dt.timedelta(days=rnd.randrange(span + 1)) for _ in range(n))
    if not sort:
        rnd.shuffle(dates)
    provs = providers or PROVIDERS
    rows = []
    for i, ((title, cat), d) in enumerate(zip(picks, dates)):
        unit = units[rnd.randrange(len(units))] if len(units) > 1 else units[0]
        ch = CREDIT_CHOICES[ceu_credits if unit == "CEU" else credits]
        c = ch[rnd.randrange(len(ch))]
        r = {
            "title": title, "category": cat, "date": d, "credits": c, "unit": unit,
            "provider": provs[rnd.randrange(len(provs))],
            "code": "", "type": TYPES[rnd.randrange(len(TYPES))],
            "format": FORMATS[rnd.randrange(len(FORMATS))],
            "status": "",
            "points": round(c * POINTS[unit], 4),
        }
        if statuses:
            r["status"] = statuses[rnd.randrange(len(statuses))]
        rows.append(r)
    if empty_provider_at is not None:
        for i in ([empty_provider_at] if isinstance(empty_provider_at, int) else empty_provider_at):
            rows[i]["provider"] = ""
    return rows


def add_codes(rows, seed, pattern):
    """pattern like 'LCE-{n4}' or 'PN {n4}-{yy}'"""
    rnd = random.Random(seed * 7 + 1)
    for r in rows:
        r["code"] = pattern.format(n3=rnd.randrange(100, 999), n4=rnd.randrange(1000, 9999),
                                   n5=rnd.randrange(10000, 99999), yy="%02d" % (r["date"].year % 100),
                                   yyyy=r["date"].year, a=rnd.choice("ABCDEFGHJK"))
    return rows
