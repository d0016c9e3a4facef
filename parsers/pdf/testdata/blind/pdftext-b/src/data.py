"""Invented content shared by the generators.  Every person here is fictional."""

COURSES = [
    ("Antibody Identification: Beyond the Basics", "01/09/2024", "1.5", "P.A.C.E."),
    ("Hemoglobin Variants by HPLC", "01/23/2024", "1.0", "CMLE"),
    ("Blood Culture Contamination Reduction", "02/06/2024", "1.0", "P.A.C.E."),
    ("Westgard Rules in Chemistry QC", "02/20/2024", "2.0", "CMLE"),
    ("Coagulation Factor Assays", "03/05/2024", "1.5", "P.A.C.E."),
    ("Urine Sediment Microscopy", "03/19/2024", "1.0", "Category A"),
    ("Mycobacteriology Laboratory Safety", "04/02/2024", "0.5", "CMLE"),
    ("Flow Cytometry in Acute Leukemia", "04/16/2024", "2.0", "P.A.C.E."),
    ("Transfusion Reactions: Recognition and Workup", "04/30/2024", "1.0", "AABB"),
    ("Molecular Panels for Respiratory Pathogens", "05/14/2024", "1.5", "P.A.C.E."),
    ("Point-of-Care Glucose Testing Compliance", "05/28/2024", "0.5", "CMLE"),
    ("Blood and Tissue Protozoa", "06/11/2024", "1.0", "Category A"),
    ("High-Sensitivity Troponin Interpretation", "06/25/2024", "1.0", "P.A.C.E."),
    ("Chemical Hygiene in the Clinical Laboratory", "07/09/2024", "0.5", "CMLE"),
    ("Body Fluid Cell Counts", "07/23/2024", "1.5", "P.A.C.E."),
    ("Antimicrobial Susceptibility Testing Updates", "08/06/2024", "2.0", "P.A.C.E."),
    ("Therapeutic Drug Monitoring Basics", "08/20/2024", "1.0", "CMLE"),
    ("Direct Antiglobulin Test Interpretation", "09/03/2024", "1.0", "AABB"),
    ("Massive Transfusion Protocols", "09/17/2024", "1.5", "AABB"),
    ("Thyroid Function Testing Pitfalls", "10/01/2024", "1.0", "Category A"),
]

HEADER = ("Activity Title", "Completion Date", "Credits", "Credit Type")


def total(rows):
    return "%.1f" % sum(float(r[2]) for r in rows)
