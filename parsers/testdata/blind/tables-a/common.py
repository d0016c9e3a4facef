# Shared data pools and helpers for the blind table test set.
import json, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, "build")

SHORT_TITLES = [
    "ABO Discrepancies", "Blood Bank Safety", "Urinalysis Review", "Gram Stain Basics",
    "Lab Ethics 2025", "QC Rules Refresher", "Coagulation Update", "HIPAA for the Lab",
    "Sickle Cell Screening", "Hemoglobin A1c", "Lab Math Review", "Fungal Identification",
    "Chain of Custody", "Body Fluid Counts", "Antibody Panels", "Malaria Smears",
    "Troponin Testing", "Lipid Panels", "Chemical Hygiene", "Parasite Identification",
    "Westgard Rules", "Compatibility Testing", "Bloodborne Pathogens", "Fire Safety Drill",
    "Stool Cultures", "Anemia Workup", "Flow Cytometry Basics", "Blood Gas Analysis",
]

MEDIUM_TITLES = [
    "Transfusion Reactions: Recognition and Workup",
    "Automated Hematology Analyzer Flags",
    "Antimicrobial Susceptibility Testing Update",
    "Cardiac Biomarkers in the Emergency Department",
    "Introduction to Next Generation Sequencing",
    "Histology Tissue Processing Troubleshooting",
    "Clostridioides difficile Testing Algorithms",
    "Point of Care Glucose Meter Competency",
    "Direct Antiglobulin Test Interpretation",
    "Thyroid Function Testing and Interferences",
    "Blood Culture Contamination Reduction",
    "Peripheral Smear Review Criteria",
    "Laboratory Biosafety Level 2 Practices",
    "Immunohistochemistry Controls and Validation",
    "Mycobacteriology: Specimen Processing",
    "Therapeutic Drug Monitoring Essentials",
    "Hemolysis, Icterus and Lipemia Indices",
    "Professional Ethics for Laboratory Staff",
    "Molecular Diagnostics of Respiratory Viruses",
    "Cerebrospinal Fluid Analysis",
    "Platelet Function Testing",
    "Heparin Induced Thrombocytopenia Testing",
    "Urine Drug Screening and Confirmation",
    "Frozen Section Quality in Histology",
    "Carbapenemase Detection Methods",
    "Method Validation and Verification",
    "Proficiency Testing Failures: Root Cause",
    "Neonatal Bilirubin Measurement",
    "Red Cell Genotyping in Transfusion",
    "Chemical Spill Response in the Laboratory",
    "Leadership Skills for Laboratory Supervisors",
    "Bone Marrow Morphology Review",
    "Vitamin D Assays and Standardization",
    "Candida auris Identification",
    "Cytogenetics for the Generalist",
    "Specimen Rejection Criteria",
]

LONG_TITLES = [
    "Massive Transfusion Protocols and the Role of the Blood Bank in Trauma Resuscitation",
    "Emerging Antimicrobial Resistance Mechanisms in Gram Negative Bacilli and Their Laboratory Detection",
    "Interpreting Serum Protein Electrophoresis and Immunofixation Patterns in Plasma Cell Disorders",
    "Quality Control Strategies for Automated Chemistry Analyzers Using Patient Based Real Time Methods",
    "Laboratory Diagnosis of Disseminated Intravascular Coagulation in Obstetric and Surgical Patients",
    "Ethical Decision Making and Professional Responsibility in the Clinical Laboratory Workplace",
    "Molecular Methods for Detection of Sexually Transmitted Infections: Specimen Types and Pitfalls",
    "Recognizing Acute Leukemia on the Peripheral Blood Smear: Blasts, Auer Rods and Beyond",
    "Biosafety Risk Assessment for Select Agents and Unknown Specimens in the Sentinel Laboratory",
    "Special Stains in Histopathology: Troubleshooting Silver, Trichrome and Periodic Acid Schiff Methods",
    "Hemolytic Disease of the Fetus and Newborn: Prenatal Antibody Titers and Monitoring",
    "Diabetes Diagnosis and Monitoring with Hemoglobin A1c in the Presence of Hemoglobin Variants",
    "Implementing MALDI-TOF Mass Spectrometry for Bacterial and Yeast Identification",
    "Preanalytical Errors in Coagulation Testing: Tube Fill, Hematocrit Correction and Transport",
    "Verification of Laboratory Developed Tests Under CLIA and the Updated FDA Framework",
    "Parasitology Review: Intestinal Protozoa and Helminths Seen in the Ova and Parasite Examination",
    "Patient Blood Management Programs and Transfusion Audit Criteria for Laboratory Professionals",
    "Acid Base Disorders and Blood Gas Interpretation for the Clinical Chemistry Laboratory",
    "Digital Pathology and Whole Slide Imaging: Validation Requirements for Primary Diagnosis",
    "Flow Cytometric Immunophenotyping of Mature B Cell Neoplasms in Peripheral Blood and Marrow",
    "Errors in Patient Identification and Specimen Labeling: Root Cause Analysis and Prevention",
    "Pharmacogenomic Testing for CYP2C19 and Warfarin Sensitivity in the Hospital Laboratory",
    "Laboratory Response to Outbreaks of Foodborne Illness: Culture Independent Diagnostic Tests",
    "Antiphospholipid Syndrome: Lupus Anticoagulant Testing Algorithms and Interpretation",
    "Competency Assessment of Testing Personnel: Six Required Elements and Documentation",
    "Cold Agglutinins, Warm Autoantibodies and Drug Induced Immune Hemolytic Anemia Workups",
    "Renal Function Markers: Creatinine Equations, Cystatin C and Race Free eGFR Reporting",
    "Fixation, Grossing and Decalcification Practices That Affect Molecular Testing of Tissue",
    "Sepsis Biomarkers: Procalcitonin, Lactate and Rapid Blood Culture Identification Panels",
    "Workplace Violence, Fatigue and Burnout Among Medical Laboratory Scientists",
]

PROVIDERS = ["ASCP", "AABB", "CAP", "LabCE", "ASCLS", "ASM", "AACC", "NSH", "CDC", "Mayo Clinic Labs",
             "ASCLS Illinois", "ADLM", "ISLH", "APHL", "Hospital Lab Ed"]
TYPES = ["Online", "Webinar", "Live", "Self-Study", "Journal", "Lecture", "Workshop"]

UNIT_POINTS = {"CMLE": 1.0, "contact hours": 1.0, "CE hours": 1.0, "P.A.C.E.": 1.0,
               "AMA PRA Category 1": 1.0, "CEU": 10.0}

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fmt_date(d, f):
    if f == "mdy":      # 03/04/2025
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if f == "mdy1":     # 3/4/2025
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if f == "iso":
        return d.isoformat()
    if f == "mon":      # Mar 3, 2025
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if f == "month":    # March 3, 2025
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if f == "dmon":     # 03-Mar-2025
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    raise ValueError(f)


def fmt_num(x, f):
    if f == "2":
        return "%.2f" % x
    if f == "1":
        return "%.1f" % x
    if f == "g":        # 1, 1.5, 0.25
        s = ("%.2f" % x).rstrip("0").rstrip(".")
        return s
    if f == "1g":       # at least one decimal: 1.0 1.5 0.25
        s = "%.2f" % x
        if s.endswith("0"):
            s = s[:-1]
        return s
    raise ValueError(f)


def mk_rows(seed, n, datefmt="mdy", unit="CMLE", credits=None, numfmt="1g", long_ratio=0.3,
            short_ratio=0.2, start=datetime.date(2024, 7, 8), end=datetime.date(2025, 11, 20),
            unit_disp=None, status=False, ids=None, providers=False, types=False,
            sort=True, units_mix=None, titles=None):
    """Return a list of row dicts with display strings and normalised gold values."""
    rng = random.Random(seed)
    nlong = int(round(n * long_ratio))
    nshort = int(round(n * short_ratio))
    nmed = n - nlong - nshort
    if titles is None:
        t = rng.sample(LONG_TITLES, nlong) + rng.sample(SHORT_TITLES, nshort) + rng.sample(MEDIUM_TITLES, nmed)
        rng.shuffle(t)
    else:
        t = list(titles)
    span = (end - start).days
    dates = sorted(start + datetime.timedelta(days=rng.randrange(span)) for _ in range(n))
    if not sort:
        rng.shuffle(dates)
    rows = []
    for i in range(n):
        u = unit
        if units_mix:
            u = rng.choice(units_mix)
        if credits:
            c = rng.choice(credits)
        elif u == "CEU":
            c = rng.choice([0.1, 0.1, 0.15, 0.2, 0.25, 0.3, 0.05])
        else:
            c = rng.choice([1, 1, 1.5, 1, 2, 0.5, 0.25, 0.75, 1.25, 3, 1.5])
        r = {
            "title": t[i],
            "date": dates[i].isoformat(),
            "date_disp": fmt_date(dates[i], datefmt),
            "credits": float(c),
            "credits_disp": fmt_num(c, numfmt),
            "unit": u,
            "unit_disp": (unit_disp or {}).get(u, u),
            "points": round(c * UNIT_POINTS[u], 4),
        }
        if status:
            r["status"] = "claimed" if rng.random() < 0.72 else "unclaimed"
            r["status_disp"] = r["status"].capitalize()
        else:
            r["status"] = ""
        if ids:
            r["id"] = ids(rng, i, dates[i])
        if providers:
            r["provider"] = providers if isinstance(providers, str) else rng.choice(PROVIDERS)
        if types:
            r["type"] = rng.choice(TYPES)
        rows.append(r)
    return rows


def total(rows, key="credits"):
    return round(sum(r[key] for r in rows), 4)


def write_gold(docid, producer, layouts, notes, person, rows):
    gold = {"producer": producer, "layouts": layouts, "notes": notes, "person": person,
            "rows": [{"title": r["title"], "date": r["date"], "credits": r["credits"],
                      "unit": r["unit"], "points": r["points"], "status": r["status"]} for r in rows]}
    with open(os.path.join(HERE, docid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # check data for verify.py (display strings)
    os.makedirs(os.path.join(SRC, "check"), exist_ok=True)
    with open(os.path.join(SRC, "check", docid + ".json"), "w", encoding="utf-8") as f:
        json.dump({"rows": rows, "person": person}, f, ensure_ascii=False, indent=1)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def act_id(prefix):
    def f(rng, i, d):
        return "%s%02d-%04d" % (prefix, d.year % 100, rng.randrange(100, 9999))
    return f
