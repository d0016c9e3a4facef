#!/usr/bin/python3
"""Build the sheets-b blind test set: 32 CE transcript files + NAME.gold.json each.

Run:  /usr/bin/python3 build.py      (deterministic; uses openpyxl and LibreOffice soffice)
Every person, ID and most providers are invented.
"""
import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from html import escape

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.properties import Outline

DIR = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(DIR, "src")

# --------------------------------------------------------------------------- catalog
CATALOG = [
    ("Transfusion Reactions: Recognition and Workup", "Blood Banking"),
    ("Antibody Identification, Part 2: Panels and Selected Cells", "Blood Banking"),
    ("Massive Transfusion Protocols in Trauma Centers", "Blood Banking"),
    ("Cold Agglutinins and the Direct Antiglobulin Test", "Blood Banking"),
    ("The ABO Discrepancy Casebook", "Blood Banking"),
    ("Rh Immune Globulin Dosing and Fetal Bleed Screening", "Blood Banking"),
    ("Peripheral Smear Review: Red Cell Inclusions", "Hematology"),
    ("Flow Cytometry Basics for the Hematology Bench", "Hematology"),
    ("Heparin-Induced Thrombocytopenia: Lab Diagnosis", "Hematology"),
    ("Body Fluid Cell Counts on Automated Analyzers", "Hematology"),
    ("Sickle Cell Disease: Screening and Confirmation", "Hematology"),
    ("Thalassemia Workup in the Outpatient Setting", "Hematology"),
    ("Leukemia Immunophenotyping Case Studies", "Hematology"),
    ("Platelet Function Testing Without Tears", "Hematology"),
    ("MALDI-TOF Identification in Clinical Microbiology", "Microbiology"),
    ("Carbapenemase Detection Methods", "Microbiology"),
    ("Blood Culture Contamination: Causes & Fixes", "Microbiology"),
    ("Parasitology Refresher: Intestinal Protozoa", "Microbiology"),
    ("Mycobacteria Culture and Identification", "Microbiology"),
    ("Antimicrobial Susceptibility Testing Breakpoint Updates", "Microbiology"),
    ("Clostridioides difficile Testing Algorithms", "Microbiology"),
    ("Fungal Identification: Yeasts and Yeast-Like Organisms", "Microbiology"),
    ("Respiratory Virus Multiplex Panels", "Microbiology"),
    ("Emerging Pathogens: Candida auris in Long-Term Care", "Microbiology"),
    ("High-Sensitivity Troponin and the 0/1-Hour Algorithm", "Chemistry"),
    ("Lipid Panels, LDL Calculation, and the Martin-Hopkins Equation", "Chemistry"),
    ("Acid-Base Disorders for the Lab Professional", "Chemistry"),
    ("Therapeutic Drug Monitoring: Timing Is Everything", "Chemistry"),
    ("Hemoglobin A1c Interferences", "Chemistry"),
    ("Tumor Markers: Uses and Misuses", "Chemistry"),
    ("Mass Spectrometry in Toxicology", "Chemistry"),
    ("Drugs of Abuse Testing: Cutoffs and Confirmation", "Chemistry"),
    ("Sepsis Biomarkers: Procalcitonin and Lactate", "Chemistry"),
    ("Urinalysis Sediment Atlas Review", "Urinalysis/Body Fluids"),
    ("Cerebrospinal Fluid Analysis", "Urinalysis/Body Fluids"),
    ("Semen Analysis per the WHO 6th Edition Manual", "Urinalysis/Body Fluids"),
    ("Introduction to Next-Generation Sequencing", "Molecular"),
    ("PCR Troubleshooting in the Molecular Lab", "Molecular"),
    ("Pharmacogenomics Primer for Laboratorians", "Molecular"),
    ("HLA Typing Fundamentals", "Immunology"),
    ("Autoimmune Serology: ANA Patterns on HEp-2 Cells", "Immunology"),
    ("Complement Testing in Practice", "Immunology"),
    ("Chemical Hygiene Plan Annual Update", "Safety"),
    ("Bloodborne Pathogens Annual Training", "Safety"),
    ("Fire Safety and Evacuation for Laboratory Staff", "Safety"),
    ("Biosafety Level 3 Practices Refresher", "Safety"),
    ("Quality Control: Westgard Rules in Practice", "Lab Operations"),
    ("Method Validation and Verification Under CLIA", "Lab Operations"),
    ("Root Cause Analysis for Laboratory Errors", "Lab Operations"),
    ("Lean Six Sigma for the Laboratory", "Lab Operations"),
    ("Patient Identification and Specimen Labeling", "Lab Operations"),
    ("Preanalytical Errors in Phlebotomy", "Lab Operations"),
    ("Leadership Skills for Bench Supervisors", "Lab Operations"),
    ("LIS Interfaces and Downtime Procedures", "Lab Operations"),
    ("Competency Assessment: The Six Required Elements", "Lab Operations"),
    ("Ethics in the Clinical Laboratory", "Lab Operations"),
    ('"Critical Values": Communication and Documentation', "Lab Operations"),
    ("Point-of-Care Glucose Meter Oversight", "Lab Operations"),
]

PROVIDERS = [
    "ASCP", "ASCLS", "AABB", "College of American Pathologists", "LabCE", "MediaLab, Inc.",
    "American Society for Microbiology", "ADLM", "CLMA", "COLA",
    "Northfield Regional Medical Center", "St. Brigid Hospital Laboratory",
    "Cascade Valley Pathology Associates", "Lakeshore Medical Laboratory Society",
    "Heartland Lab Education Network", "Tri-County Blood Center", "Prairie State Public Health Lab",
    "Bayview University Continuing Education",
]

CH_VALUES = [0.5, 1, 1, 1, 1, 1.5, 1.5, 2, 2, 3, 0.75, 1.25]
CEU_VALUES = [0.1, 0.1, 0.1, 0.15, 0.2, 0.2, 0.3, 0.05]
CMLE_VALUES = [0.5, 1, 1, 1, 1.5, 2, 2.5]


def credit_for(rng, unit):
    return rng.choice({"contact hour": CH_VALUES, "CEU": CEU_VALUES, "CMLE": CMLE_VALUES}[unit])


def make_rows(seed, n, units=("contact hour",), unit_w=None, proof="early", order="asc",
              providers=True, y0=2023, y1=2025, conference=False, inject=None, prov_pool=None):
    """Return list of row dicts with date objects.

    proof: 'early' -> at least one day>12 among first 3 rows and >=2 ambiguous (day<=12, day!=month);
           'late'  -> every row ambiguous except row n-2 (second to last, ascending) which has day>12.
    """
    rng = random.Random(seed)
    months = [(y, m) for y in range(y0, y1 + 1) for m in range(1, 13) if (y, m) <= (y1, 10)]
    slots = sorted(rng.sample(months, n))
    dates = []
    for (y, m) in slots:
        if proof == "late":
            d = rng.choice([x for x in range(1, 13) if x != m])
        else:
            d = rng.randint(1, 28)
        dates.append(date(y, m, d))
    if proof == "late":
        i = n - 2
        dates[i] = dates[i].replace(day=rng.randint(13, 28))
    elif proof == "early":
        k = rng.randint(0, 2)
        dates[k] = dates[k].replace(day=rng.randint(13, 28))
        amb = [i for i, x in enumerate(dates) if x.day <= 12 and x.day != x.month]
        cand = [i for i in range(n) if i != k and i not in amb]
        rng.shuffle(cand)
        while len(amb) < 2 and cand:
            i = cand.pop()
            dates[i] = dates[i].replace(day=rng.choice([x for x in range(1, 13) if x != dates[i].month]))
            amb.append(i)
    if conference and n >= 6:
        i = rng.randint(1, n - 4)
        dates[i + 1] = dates[i]
        dates[i + 2] = dates[i]
    items = rng.sample(CATALOG, n)
    pool = prov_pool or PROVIDERS
    rows = []
    for i in range(n):
        unit = rng.choices(units, weights=unit_w)[0] if unit_w else units[0]
        rows.append({
            "title": items[i][0],
            "category": items[i][1],
            "date": dates[i],
            "credits": credit_for(rng, unit),
            "unit": unit,
            "provider": rng.choice(pool) if providers else None,
        })
    if conference and n >= 6:
        # conference sessions share a provider
        for j in range(n):
            if j > 0 and rows[j]["date"] == rows[j - 1]["date"]:
                rows[j]["provider"] = rows[j - 1]["provider"]
    if inject:
        for idx, fields in inject.items():
            rows[idx].update(fields)
    if order == "desc":
        rows = rows[::-1]
    elif order == "random":
        rng.shuffle(rows)
    return rows


# --------------------------------------------------------------------------- formatting
def f_us(d):
    return f"{d.month}/{d.day}/{d.year}"


def f_us0(d):
    return d.strftime("%m/%d/%Y")


def f_usyy(d):
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def f_dmy(d):
    return d.strftime("%d/%m/%Y")


def f_iso(d):
    return d.isoformat()


def f_dmonyy(d):
    return f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}"


def f_monddyyyy(d):
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def serial1900(d):
    return (d - date(1899, 12, 30)).days


def serial1904(d):
    return (d - date(1904, 1, 1)).days


def num(x, comma=False):
    s = ("%g" % x)
    return s.replace(".", ",") if comma else s


UNIT_LABEL = {"contact hour": "Contact Hours", "CEU": "CEU", "CMLE": "CMLE"}

GOLDS = []


def gold(name, kind, producer, encoding, person, rows, notes):
    g = {
        "kind": kind, "producer": producer, "file": name, "encoding": encoding, "person": person,
        "rows": [{"title": r["title"], "date": r["date"].isoformat(), "credits": r["credits"],
                  "unit": r["unit"], "provider": r["provider"]} for r in rows],
        "notes": notes,
    }
    with open(os.path.join(DIR, name + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
    GOLDS.append(g)


def csv_text(table, delim=",", eol="\r\n", quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=eol, quoting=quoting)
    for row in table:
        w.writerow(row)
    return buf.getvalue()


def write_bytes(name, data):
    with open(os.path.join(DIR, name), "wb") as fh:
        fh.write(data)


def pad(table, width):
    return [list(r) + [""] * (width - len(r)) for r in table]


# =========================================================================== 1. encodings
def b01():
    name = "b01-utf8-bom-excel.csv"
    person = "Søren Halvorsen"
    rows = make_rows(101, 8, order="asc", inject={3: {"provider": "Hôpital Saint-Rémi Laboratory"}})
    hdr = ["Course Title", "Date Completed", "CE Hours", "Provider", "Category"]
    t = [["Name:", person], ["Certification #:", "MLS 0418872"], [], hdr]
    t += [[r["title"], f_us(r["date"]), num(r["credits"]), r["provider"], r["category"]] for r in rows]
    write_bytes(name, b"\xef\xbb\xbf" + csv_text(pad(t, 5)).encode("utf-8"))
    gold(name, "encoding", "python csv (Excel 'CSV UTF-8' habits)", "utf-8-sig", person, rows,
         "UTF-8 with BOM, CRLF, comma. Two-line preamble padded with trailing commas, blank line, "
         "header. Dates M/D/YYYY (US). 'CE Hours' = contact hours.")


def b02():
    name = "b02-utf8-google-sheets.csv"
    rows = make_rows(102, 6, order="desc", inject={
        1: {"title": "Coagulation Cascade Revisited – Lupus Anticoagulant Testing", "category": "Hematology"},
        4: {"provider": "Ordre professionnel des technologistes médicaux (webinaire)"}})
    hdr = ["Activity", "Completion Date", "Contact Hours", "Provider", "Verified"]
    t = [hdr] + [[r["title"], f_iso(r["date"]), num(r["credits"]), r["provider"],
                  "TRUE" if i % 3 else "FALSE"] for i, r in enumerate(rows)]
    write_bytes(name, csv_text(t).encode("utf-8"))
    gold(name, "encoding", "python csv (Google Sheets download habits)", "utf-8", None, rows,
         "UTF-8 without BOM, CRLF, no preamble, no person name. ISO dates YYYY-MM-DD, newest first. "
         "Non-ASCII: en dash in a title, accents in a provider. 'Verified' is a TRUE/FALSE checkbox column.")


def b03():
    name = "b03-utf8-numbers-export.csv"
    person = "Aoife Ní Bhriain"
    rows = make_rows(103, 7, units=("contact hour", "CMLE"), unit_w=[3, 2], order="asc",
                     conference=True)
    lab = {"contact hour": "Contact Hrs", "CMLE": "CMLE"}
    t = [[f"CE Log — {person}", "", "", "", ""], ["Course", "Date", "Hours", "Type", "Sponsor"]]
    t += [[r["title"], f_monddyyyy(r["date"]), num(r["credits"]), lab[r["unit"]], r["provider"]]
          for r in rows]
    write_bytes(name, csv_text(t, eol="\n").encode("utf-8"))
    gold(name, "encoding", "python csv (Apple Numbers export habits)", "utf-8", person, rows,
         "UTF-8 no BOM, LF line ends. Table title row 'CE Log — <name>' (em dash) above header. Dates "
         "as displayed 'Mar 4, 2025' (quoted because of the comma). Unit per row in 'Type' column: "
         "'Contact Hrs' -> contact hour, 'CMLE' -> CMLE. Three sessions share one conference date.")


def b04():
    name = "b04-utf16-excel-unicode.txt"
    person = "María José Villanueva"
    rows = make_rows(104, 9, units=("contact hour", "CEU", "CMLE"), unit_w=[5, 2, 2], order="asc")
    lab = {"contact hour": "Contact Hours", "CEU": "CEU", "CMLE": "CMLE"}
    t = [["Learner Transcript"], ["Name", person], ["Employee ID", "00417"], [],
         ["Title", "Completed", "Credits", "Credit Type", "Provider"]]
    t += [[r["title"], f_us(r["date"]), num(r["credits"]), lab[r["unit"]], r["provider"]] for r in rows]
    txt = csv_text(pad(t, 5), delim="\t")
    write_bytes(name, b"\xff\xfe" + txt.encode("utf-16-le"))
    gold(name, "encoding", "python csv+codecs (Excel 'Unicode Text' habits)", "utf-16-le with BOM", person,
         rows, "UTF-16LE with BOM FF FE, tab-separated, CRLF, Excel 'Unicode Text' save. Preamble "
         "(title, Name, Employee ID, blank). Dates M/D/YYYY. Credit Type column gives unit per row.")


def b05():
    name = "b05-utf16-excel-tab.csv"
    person = "Łukasz Wróbel"
    rows = make_rows(105, 6, order="desc", inject={2: {"provider": "Śląskie Towarzystwo Diagnostów (online)"}})
    t = [[f"Participant: {person}"], [],
         ["Activity Name", "Date", "Contact Hours", "Sponsor", "Format"]]
    t += [[r["title"], f_us0(r["date"]), num(r["credits"]), r["provider"],
           ["Online", "Live webinar", "In person"][i % 3]] for i, r in enumerate(rows)]
    txt = csv_text(pad(t, 7), delim="\t")  # two trailing empty columns on every line
    write_bytes(name, b"\xff\xfe" + txt.encode("utf-16-le"))
    gold(name, "encoding", "python csv+codecs (Excel 'Unicode Text' saved with .csv name)",
         "utf-16-le with BOM", person, rows,
         "UTF-16LE BOM, TAB-separated despite the .csv name, CRLF, two trailing empty columns on every "
         "line. 'Participant: <name>' preamble. Dates MM/DD/YYYY, newest first.")


def b06():
    name = "b06-cp1252-excel-windows.csv"
    person = "Renée Dubois-Ortiz"
    rows = make_rows(106, 8, order="asc", inject={
        0: {"title": "Gram Stain Interpretation – Advanced Cases", "category": "Microbiology"},
        2: {"provider": "ASCLS P.A.C.E.® Program"},
        5: {"title": "CellaVision® Digital Morphology Workshop", "category": "Hematology"}})
    t = [[f"CE Record for {person}"], ["Course Title", "Completion Date", "Contact Hours", "Provider", "Notes"]]
    t += [[r["title"], f_us(r["date"]), num(r["credits"]), r["provider"],
           "certificate on file" if i == 4 else ""] for i, r in enumerate(rows)]
    write_bytes(name, csv_text(pad(t, 6)).encode("cp1252"))
    gold(name, "encoding", "python csv (Excel 'CSV (Comma delimited)' on Windows)", "cp1252", person, rows,
         "Windows-1252: é in name, ® (0xAE) and – (0x96) in titles/provider; one trailing empty column. "
         "Preamble 'CE Record for <name>'. Dates M/D/YYYY.")


LONG_OBJ = [
    "Participants will be able to describe the principles of the method, list common sources of error, "
    "explain how specimen handling affects results, and apply the algorithm to case material drawn from a "
    "community hospital laboratory serving a mixed inpatient and outpatient population",
    "Upon completion the learner should be able to identify key quality indicators, interpret control data "
    "using multirule procedures, and outline corrective action documentation suitable for an inspection by "
    "an accrediting organization, including what to do when controls are acceptable but patients are not",
    "Objectives: review current guidelines, compare manual and automated approaches, discuss reference "
    "intervals and critical limits, and recognize when to escalate unusual findings to the pathologist or "
    "laboratory director; several worked examples and a short self-assessment quiz are included",
]


def b07():
    name = "b07-cp1252-long-objectives.csv"
    person = "Thomas A. Whitcomb"
    rows = make_rows(107, 14, order="asc", inject={
        12: {"title": "Hemostasis Update – Direct Oral Anticoagulants", "category": "Hematology"},
        13: {"provider": "Institut Bélanger de biologie médicale"}})
    t = [["Learner", person], ["Report", "Completed activities, all dates"], [],
         ["Activity Title", "Learning Objectives", "Date Completed", "Hours", "Provider"]]
    for i, r in enumerate(rows):
        obj = LONG_OBJ[i % 3] + ". " + LONG_OBJ[(i + 1) % 3] + f" (module {i + 1} of the series)."
        t.append([r["title"], obj, f_us(r["date"]), num(r["credits"]), r["provider"]])
    data = csv_text(pad(t, 5)).encode("cp1252")
    write_bytes(name, data)
    first = next(i for i, b in enumerate(data) if b > 127)
    assert first > 8192, first
    gold(name, "encoding", "python csv (Excel 'CSV (Comma delimited)' on Windows)", "cp1252", person, rows,
         f"Windows-1252, long quoted 'Learning Objectives' column; the first non-ASCII byte (0x96 en dash) "
         f"is at offset {first} (> 8 KiB), so a reader sniffing only the start sees pure ASCII. Dates M/D/YYYY. "
         "'Hours' = contact hours.")


def b08():
    name = "b08-cp1252-long-lms-dump.csv"
    person = "Kowalski, Beatriz"
    rows = make_rows(108, 15, units=("contact hour", "CMLE"), unit_w=[2, 1], order="asc", inject={
        14: {"title": "Myeloma Workup: SPEP, IFE and Free Light Chains – 2025 Update", "category": "Immunology",
             "provider": "Société canadienne de science de laboratoire médical"}})
    lab = {"contact hour": "Contact Hours", "CMLE": "CMLE Credits"}
    hdr = ["Learner Name", "Learner ID", "Course Code", "Course Title", "Description", "Status",
           "Completion Date", "Credits", "Credit Type", "Provider"]
    t = [hdr]
    for i, r in enumerate(rows):
        desc = LONG_OBJ[(i + 1) % 3] + "; " + LONG_OBJ[(i + 2) % 3]
        t.append([person, "L-220913", f"CE-{3100 + i * 7}",
                  r["title"], desc, "Completed", f_us(r["date"]), num(r["credits"]), lab[r["unit"]],
                  r["provider"]])
    data = csv_text(t).encode("cp1252")
    write_bytes(name, data)
    first = next(i for i, b in enumerate(data) if b > 127)
    assert first > 8192, first
    gold(name, "encoding", "python csv (Excel 'CSV (Comma delimited)' on Windows)", "cp1252", person, rows,
         f"Windows-1252 LMS dump, one row per activity with a 'Learner Name' column (printed 'Last, First'). "
         f"Only the last row has non-ASCII (en dash in the title, é in the provider); the first non-ASCII "
         f"byte is at offset {first} (> 8 KiB). "
         "Dates M/D/YYYY; Credit Type per row.")


# =========================================================================== 2. date order
def b09():
    name = "b09-dates-us-slash-quoted.csv"
    rows = make_rows(109, 10, units=("contact hour", "CMLE"), unit_w=[3, 1], proof="early", order="asc")
    lab = {"contact hour": "Contact Hours", "CMLE": "CMLE"}
    t = [["Course Name", "Date Completed", "Credit Hours", "Credit Type", "Provider"]]
    t += [[r["title"], f_us(r["date"]), num(r["credits"]), lab[r["unit"]], r["provider"]] for r in rows]
    write_bytes(name, csv_text(t, quoting=csv.QUOTE_ALL, eol="\n").encode("utf-8"))
    gold(name, "date-order", "python csv (LMS export, every field quoted)", "utf-8", None, rows,
         "Every field double-quoted, LF. Dates M/D/YYYY month-first; an early row has day > 12 proving "
         "the order; several dates are ambiguous (day <= 12). No person name.")


def b10():
    name = "b10-dates-us-timestamps.csv"
    person = "Darnell Whitaker-Osei"
    rows = make_rows(110, 9, proof="early", order="desc")
    rng = random.Random(1100)
    t = [[f"Transcript: {person}", "", "", ""], ["Date range: 01/01/2023 - 10/31/2025", "", "", ""],
         ["Activity Title", "Completed On", "Hours Awarded", "Provider"]]
    for r in rows:
        h, m = rng.randint(7, 21), rng.choice([0, 5, 12, 30, 41, 55])
        ts = datetime(r["date"].year, r["date"].month, r["date"].day, h, m)
        t.append([r["title"], ts.strftime("%m/%d/%Y ") + ts.strftime("%I:%M %p").lstrip("0"),
                  num(r["credits"]), r["provider"]])
    write_bytes(name, csv_text(t).encode("utf-8"))
    gold(name, "date-order", "python csv (LMS export with timestamps)", "utf-8", person, rows,
         "Completion timestamps 'MM/DD/YYYY h:mm AM/PM' (US), newest first; the date part is the gold date. "
         "Preamble with name and a date-range line. 'Hours Awarded' = contact hours.")


def b11():
    name = "b11-dates-dayfirst-semicolon-cp1252.csv"
    person = "Zoë Vandenberghe"
    rows = make_rows(111, 8, proof="early", order="asc", inject={
        3: {"title": "Hématologie pratique – frottis sanguin (English session)", "category": "Hematology"}})
    t = [["Naam / Name", person, "", ""], ["Course Title", "Date", "CE Hours", "Provider"]]
    t += [[r["title"], f_dmy(r["date"]), num(r["credits"], comma=True), r["provider"]] for r in rows]
    write_bytes(name, csv_text(t, delim=";").encode("cp1252"))
    gold(name, "date-order", "python csv (Excel CSV, Belgian/Dutch regional settings)", "cp1252", person, rows,
         "Semicolon separator, decimal comma (e.g. '1,5'), dates DD/MM/YYYY; an early row has day > 12. "
         "Windows-1252 (ë, é, –).")


def b12():
    name = "b12-dates-dayfirst-bom-semicolon.csv"
    person = "Jürgen Albrecht-Moreau"
    rows = make_rows(112, 9, units=("contact hour", "CEU"), unit_w=[2, 1], proof="early", order="desc")
    lab = {"contact hour": "Kontaktstunden (contact hours)", "CEU": "CEU"}
    t = [["Teilnehmer:", person, "", "", ""], ["Zeitraum:", "01.01.2023 – 31.10.2025", "", "", ""], [],
         ["Activity", "Completion Date", "Credits", "Credit Type", "Provider"]]
    t += [[r["title"], f_dmy(r["date"]), num(r["credits"], comma=True), lab[r["unit"]], r["provider"]]
          for r in rows]
    write_bytes(name, b"\xef\xbb\xbf" + csv_text(t, delim=";").encode("utf-8"))
    gold(name, "date-order", "python csv (Excel 'CSV UTF-8', German regional settings)", "utf-8-sig", person,
         rows, "UTF-8 BOM plus semicolons, decimal comma ('0,15'), dates DD/MM/YYYY newest first; a day > 12 "
         "proves order. Credit Type: 'Kontaktstunden (contact hours)' or 'CEU'. German preamble labels.")


def b13():
    name = "b13-dates-dayfirst-late-proof.csv"
    person = "Ingrid Solberg"
    rows = make_rows(113, 14, proof="late", order="asc")
    t = [["Name", person, "", "", ""], ["Course Title", "Date Completed", "CE Hours", "Provider", "Format"]]
    t += [[r["title"], f_dmy(r["date"]), num(r["credits"], comma=True), r["provider"],
           "e-learning" if i % 2 else "live"] for i, r in enumerate(rows)]
    write_bytes(name, csv_text(t, delim=";").encode("utf-8"))
    prow = len(rows) - 1  # 1-based position of the proof row among data rows = n-1
    gold(name, "date-order", "python csv (Excel CSV, Norwegian regional settings)", "utf-8", person, rows,
         f"Semicolons, decimal comma, DD/MM/YYYY. Every date has day <= 12 (and day != month) except data "
         f"row {prow} of {len(rows)}, whose day > 12 is the only proof of day-first order. Sorted ascending.")


def b14():
    name = "b14-dates-d-mon-yy.csv"
    person = "Marcus Delacroix-Webb"
    rows = make_rows(114, 7, units=("CEU",), order="asc")
    t = [[f"CEU Transcript - {person}", "", "", ""], ["Title", "Date Earned", "CEUs", "Provider"]]
    t += [[r["title"], f_dmonyy(r["date"]), num(r["credits"]), r["provider"]] for r in rows]
    t.append(["", "", "", ""])
    write_bytes(name, csv_text(t).encode("cp1252"))
    gold(name, "date-order", "python csv (Excel CSV with d-mmm-yy cells)", "cp1252 (ASCII only)", person, rows,
         "Dates in Excel d-mmm-yy display ('4-Mar-25'), two-digit years = 20xx. Unit CEU (1 CEU = 10 "
         "contact hours); credits stay in CEU. Trailing empty row ',,,'.")


# =========================================================================== 3. Excel serials
def b15():
    name = "b15-serial-csv.csv"
    person = "Kowalczyk, Anna"
    rows = make_rows(115, 8, units=("contact hour", "CMLE"), unit_w=[1, 1], order="random")
    rng = random.Random(1500)
    lab = {"contact hour": "CONTACT_HOURS", "CMLE": "CMLE"}
    t = [["LearnerName", "CourseTitle", "CompletionDate", "CreditHours", "CreditType", "ProviderName"]]
    for i, r in enumerate(rows):
        s = serial1900(r["date"])
        sv = str(s) if i % 3 else "%.4f" % (s + rng.randint(300, 9000) / 10000)
        t.append([person, r["title"], sv, num(r["credits"]), lab[r["unit"]], r["provider"]])
    write_bytes(name, csv_text(t, eol="\n").encode("utf-8"))
    gold(name, "excel-serial", "python csv (database/LMS dump)", "utf-8", person, rows,
         "CompletionDate holds Excel 1900-system serial day numbers as text (e.g. 45901); some carry a "
         "time fraction (45901.4375) - the date is the integer part. Unsorted. Person printed 'Last, First' "
         "in every row.")


def xl_header(ws, r, hdr):
    for c, h in enumerate(hdr, 1):
        ws.cell(r, c, h).font = Font(bold=True)


def b16():
    name = "b16-serial-xlsx-general.xlsx"
    person = "Dev Raghunathan"
    rows = make_rows(116, 10, order="asc", conference=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transcript"
    ws["A1"] = f"Name: {person}"
    xl_header(ws, 3, ["Activity", "Date Completed", "Contact Hours", "Provider"])
    for i, r in enumerate(rows, 4):
        ws.cell(i, 1, r["title"])
        ws.cell(i, 2, serial1900(r["date"]))  # General format number
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, r["provider"])
    wb.save(os.path.join(DIR, name))
    gold(name, "excel-serial", "openpyxl", "n/a (xlsx)", person, rows,
         "Date column cells are plain numbers in General format (1900 date system), e.g. 45123, not "
         "date-formatted. 'Name: <name>' in A1.")


def b17():
    name = "b17-serial-xlsx-1904.xlsx"
    person = "Harriet Vosburgh"
    rows = make_rows(117, 8, units=("CMLE",), order="desc")
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "CMLE"
    ws["A1"] = "CMLE credits earned"
    ws["A2"] = "Holder"
    ws["B2"] = person
    xl_header(ws, 4, ["Course Title", "Completion Date", "CMLE Credits", "Provider"])
    for i, r in enumerate(rows, 5):
        ws.cell(i, 1, r["title"])
        ws.cell(i, 2, serial1904(r["date"]))  # General number, 1904 system
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, r["provider"])
    wb.save(os.path.join(DIR, name))
    gold(name, "excel-serial", "openpyxl", "n/a (xlsx)", person, rows,
         "Workbook saved with the 1904 date system (workbookPr date1904=1). Completion Date cells are General "
         "numbers counting days from 1904-01-01 (about 1462 less than 1900-system serials). Unit CMLE.")


def b18():
    name = "b18-serial-xlsx-mixed.xlsx"
    person = "Priyanka Sel-Madsen"
    rows = make_rows(118, 9, units=("contact hour", "CEU"), unit_w=[3, 1], order="asc")
    lab = {"contact hour": "contact hrs", "CEU": "CEU"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CE"
    ws["A1"] = "Continuing education - " + person
    xl_header(ws, 2, ["Course", "Date", "Hours", "Credit Type", "Provider"])
    for i, r in enumerate(rows, 3):
        ws.cell(i, 1, r["title"])
        if i % 3 == 0:
            c = ws.cell(i, 2, serial1900(r["date"]))  # pasted as value -> General serial
        else:
            c = ws.cell(i, 2, datetime(r["date"].year, r["date"].month, r["date"].day))
            c.number_format = "mm/dd/yyyy"
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, lab[r["unit"]])
        ws.cell(i, 5, r["provider"])
    wb.save(os.path.join(DIR, name))
    gold(name, "excel-serial", "openpyxl", "n/a (xlsx)", person, rows,
         "Mixed date column: most cells are real dates formatted mm/dd/yyyy, every third data row is a "
         "General-format serial number (1900 system) as left by paste-values. Credit Type per row.")


# =========================================================================== 4. other formats
LO_JOBS = {"xls": [], "ods": [], "xlsx": []}   # (src_name, final_name)


def b19():
    name = "b19-biff8-libreoffice.xls"
    person = "Oluwaseun Adeyemi"
    rows = make_rows(119, 11, order="asc", conference=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CE Activities"
    ws["A1"] = "Learner"
    ws["B1"] = person
    xl_header(ws, 3, ["Course Title", "Date Completed", "Contact Hours", "Provider", "Category"])
    for i, r in enumerate(rows, 4):
        ws.cell(i, 1, r["title"])
        c = ws.cell(i, 2, datetime.combine(r["date"], datetime.min.time()))
        c.number_format = "MM/DD/YYYY"
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, r["provider"])
        ws.cell(i, 5, r["category"])
    src = "b19-source.xlsx"
    wb.save(os.path.join(SRC, src))
    LO_JOBS["xls"].append((src, name))
    gold(name, "spreadsheet-format", "openpyxl -> LibreOffice soffice --convert-to xls (MS Excel 97)",
         "n/a (BIFF8 .xls)", person, rows,
         "Genuine BIFF8 (OLE2 compound file) written by LibreOffice Calc from an openpyxl workbook. Date "
         "cells are real dates (format MM/DD/YYYY). Name in B1 next to label 'Learner'.")


def b20():
    name = "b20-biff8-preamble-ceu.xls"
    person = "Beatriz Calloway-Núñez"
    rows = make_rows(120, 7, units=("CEU", "contact hour"), unit_w=[2, 1], order="desc")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transcript"
    ws["A1"] = "CONTINUING EDUCATION TRANSCRIPT"
    ws["A2"] = f"Name: {person}"
    ws["A3"] = "Period: 2023-01-01 to 2025-12-31"
    ws["A4"] = "Generated 2025-11-03 08:41"
    xl_header(ws, 6, ["Activity", "Completed", "Credits", "Credit Type", "Provider"])
    lab = {"CEU": "CEU", "contact hour": "Contact Hour"}
    for i, r in enumerate(rows, 7):
        ws.cell(i, 1, r["title"])
        c = ws.cell(i, 2, datetime.combine(r["date"], datetime.min.time()))
        c.number_format = "DD-MMM-YYYY"
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, lab[r["unit"]])
        ws.cell(i, 5, r["provider"])
    src = "b20-source.xlsx"
    wb.save(os.path.join(SRC, src))
    LO_JOBS["xls"].append((src, name))
    gold(name, "spreadsheet-format", "openpyxl -> LibreOffice soffice --convert-to xls (MS Excel 97)",
         "n/a (BIFF8 .xls)", person, rows,
         "BIFF8 by LibreOffice. Four preamble lines (title, 'Name: ...', period, generated timestamp), blank "
         "row, header. Date cells formatted DD-MMM-YYYY. Mixed CEU / contact-hour rows via Credit Type.")


def b21():
    name = "b21-libreoffice.ods"
    person = "Henrik Lindqvist"
    rows = make_rows(121, 8, order="asc")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CE"
    ws["A1"] = f"{person} – CE log 2023–2025"
    xl_header(ws, 2, ["Course", "Date", "CE Hours", "Provider"])
    for i, r in enumerate(rows, 3):
        ws.cell(i, 1, r["title"])
        c = ws.cell(i, 2, datetime.combine(r["date"], datetime.min.time()))
        c.number_format = "YYYY-MM-DD"
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, r["provider"])
    src = "b21-source.xlsx"
    wb.save(os.path.join(SRC, src))
    LO_JOBS["ods"].append((src, name))
    gold(name, "spreadsheet-format", "openpyxl -> LibreOffice soffice --convert-to ods", "n/a (ODF .ods)",
         person, rows, "OpenDocument spreadsheet from LibreOffice; date cells (office:date-value), ISO display. "
         "Name printed in A1 as '<name> – CE log 2023–2025'.")


def b22():
    name = "b22-html-lms-export.xls"
    person = "Precious Mahlangu"
    rows = make_rows(122, 9, units=("contact hour", "CMLE"), unit_w=[2, 1], order="desc", inject={
        2: {"provider": "MediaLab, Inc. & Partners"}})
    lab = {"contact hour": "Contact Hours", "CMLE": "CMLE"}
    hdr = ["Course Name", "Completion Date", "Credits Earned", "Credit Type", "Provider", "Certificate"]
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           "<title>Transcript Export</title></head><body>",
           '<table border="1">',
           f'<tr><td colspan="6"><b>Learner: {escape(person)}</b></td></tr>',
           '<tr><td colspan="6">Exported 11/02/2025 from LearnPoint LMS</td></tr>',
           "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in hdr) + "</tr>"]
    for i, r in enumerate(rows):
        cells = [escape(r["title"]), f_us0(r["date"]), num(r["credits"]), lab[r["unit"]],
                 escape(r["provider"]), f"CERT-{88120 + i * 13}"]
        out.append("<tr>" + "".join(
            f'<td style="mso-number-format:\'\\@\'">{c}</td>' if j == 1 else f"<td>{c}</td>"
            for j, c in enumerate(cells)) + "</tr>")
    out += ["</table>", "</body></html>", ""]
    write_bytes(name, "\r\n".join(out).encode("utf-8"))
    gold(name, "spreadsheet-format", "hand-written HTML (LMS 'Export to Excel')", "utf-8 (HTML)", person, rows,
         "Not a real workbook: an HTML <table> saved with an .xls name. Colspan rows with 'Learner: <name>' and "
         "an export note above the <th> header. Dates MM/DD/YYYY text. HTML entities (&amp;) in text.")


# =========================================================================== 5. subtotal / blank rows
def subtotal_sheet(ws, rows, key, hdr, keycol, credcol, start, values, collapse_first=False):
    """Write rows grouped by key with Excel Data>Subtotal rows; return last row used."""
    xl_header(ws, start, hdr)
    r = start + 1
    first_data = r
    groups = []
    for k in sorted(set(key(x) for x in rows), key=lambda v: str(v)):
        grp = [x for x in rows if key(x) == k]
        g0 = r
        for x in grp:
            for c, v in enumerate(values(x), 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, datetime):
                    cell.number_format = "m/d/yyyy"
            ws.row_dimensions[r].outlineLevel = 2
            if collapse_first and not groups:
                ws.row_dimensions[r].hidden = True
            r += 1
        ws.cell(r, keycol, f"{k} Total").font = Font(bold=True)
        col = openpyxl.utils.get_column_letter(credcol)
        ws.cell(r, credcol, f"=SUBTOTAL(9,{col}{g0}:{col}{r - 1})").font = Font(bold=True)
        ws.row_dimensions[r].outlineLevel = 1
        groups.append(r)
        r += 1
    ws.cell(r, keycol, "Grand Total").font = Font(bold=True)
    col = openpyxl.utils.get_column_letter(credcol)
    ws.cell(r, credcol, f"=SUBTOTAL(9,{col}{first_data}:{col}{r - 1})").font = Font(bold=True)
    ws.sheet_properties.outlinePr = Outline(summaryBelow=True, summaryRight=True)
    ws.sheet_format.outlineLevelRow = 2
    return r


def dt(d):
    return datetime.combine(d, datetime.min.time())


def b23():
    name = "b23-subtotals-by-year.xlsx"
    person = "Gwendolyn Achterberg"
    rows = make_rows(123, 12, order="asc", y0=2023, y1=2025)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CE by year"
    ws["A1"] = f"CE transcript - {person}"
    subtotal_sheet(ws, rows, lambda x: x["date"].year,
                   ["Year", "Course Title", "Date Completed", "Contact Hours", "Provider"], 1, 4, 3,
                   lambda x: [x["date"].year, x["title"], dt(x["date"]), x["credits"], x["provider"]],
                   collapse_first=True)
    wb.save(os.path.join(DIR, name))
    gold(name, "subtotal-rows", "openpyxl (formulas only, no cached values)", "n/a (xlsx)", person, rows,
         "Excel Data>Subtotal layout grouped by Year: '2023 Total', '2024 Total', '2025 Total' rows with "
         "=SUBTOTAL(9,...) formulas (outline level 1), detail rows outline level 2, 'Grand Total' at the end. "
         "Formulas have NO cached values (openpyxl). The 2023 group's detail rows are hidden (collapsed "
         "outline) but are still activities. Subtotal rows are not activities.")


def b24():
    name = "b24-subtotals-by-category.xlsx"
    person = "Rafael Quintanilla"
    rows = make_rows(124, 13, units=("contact hour", "CMLE"), unit_w=[3, 1], order="asc")
    rows.sort(key=lambda x: (x["category"], x["date"]))
    lab = {"contact hour": "Contact Hours", "CMLE": "CMLE"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Activities"
    ws["A1"] = "Learner:"
    ws["B1"] = person
    subtotal_sheet(ws, rows, lambda x: x["category"],
                   ["Category", "Activity", "Completion Date", "Credits", "Credit Type", "Provider"], 1, 4, 3,
                   lambda x: [x["category"], x["title"], dt(x["date"]), x["credits"], lab[x["unit"]],
                              x["provider"]])
    src = "b24-source.xlsx"
    wb.save(os.path.join(SRC, src))
    LO_JOBS["xlsx"].append((src, name))
    gold(name, "subtotal-rows", "openpyxl -> LibreOffice soffice --convert-to xlsx (recalculated)", "n/a (xlsx)",
         person, rows, "Data>Subtotal layout grouped by Category ('Blood Banking Total', ..., 'Grand Total') "
         "with SUBTOTAL(9,...) formulas; re-saved by LibreOffice so cached values are present. Outline levels "
         "on rows. Credits mix contact hours and CMLE (Credit Type column) - subtotals add them anyway.")


def b25():
    name = "b25-subtotals-saved-as-csv.csv"
    person = "Tobias Ferreira-Lund"
    rows = make_rows(125, 11, order="asc")
    t = [[f"Name: {person}", "", "", "", ""], ["Year", "Course Title", "Date Completed", "CE Hours", "Provider"]]
    for y in sorted(set(r["date"].year for r in rows)):
        grp = [r for r in rows if r["date"].year == y]
        for r in grp:
            t.append([str(y), r["title"], f_us(r["date"]), num(r["credits"]), r["provider"]])
        t.append([f"{y} Total", "", "", num(sum(r["credits"] for r in grp)), ""])
    t.append(["Grand Total", "", "", num(sum(r["credits"] for r in rows)), ""])
    write_bytes(name, csv_text(t).encode("utf-8"))
    gold(name, "subtotal-rows", "python csv (Excel subtotaled sheet saved as CSV)", "utf-8", person, rows,
         "CSV of a Data>Subtotal sheet: '<year> Total' rows and 'Grand Total' carry computed hour sums in the "
         "hours column and no date; they are not activities. Dates M/D/YYYY.")


def b26():
    name = "b26-blank-separator-rows.csv"
    person = "Mei-Ling Castellanos"
    rows = make_rows(126, 12, units=("contact hour", "CEU"), unit_w=[4, 1], order="asc")
    lab = {"contact hour": "hrs", "CEU": "CEU"}
    t = [["Continuing Education Summary", "", "", "", ""], ["Prepared for:", person, "", "", ""],
         ["", "", "", "", ""], ["Completed", "Activity", "Amount", "Unit", "Offered By"]]
    prev = None
    for r in rows:
        y = r["date"].year
        if prev is not None and y != prev:
            t.append(["", "", "", "", ""])
            t.append([])
        if y != prev:
            t.append([f"--- {y} ---", "", "", "", ""])
        prev = y
        t.append([f_iso(r["date"]), r["title"], num(r["credits"]), lab[r["unit"]], r["provider"]])
    t.append(["", "", "", "", ""])
    t.append(["Total hours (CEU x 10)", "",
              num(round(sum(r["credits"] * (10 if r["unit"] == "CEU" else 1) for r in rows), 2)), "hrs", ""])
    write_bytes(name, csv_text(t).encode("utf-8"))
    gold(name, "subtotal-rows", "python csv", "utf-8", person, rows,
         "Blank separator rows (both ',,,,' and truly empty lines) between years, '--- 2024 ---' section "
         "label rows and a final 'Total hours' row: none are activities. Date column first, ISO dates. "
         "Unit column: 'hrs' -> contact hour, 'CEU' -> CEU.")


# =========================================================================== 6. cover sheet
def b27():
    name = "b27-cover-sheet.xlsx"
    person = "Yusuf Al-Khatib"
    rows = make_rows(127, 10, order="desc", conference=True)
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Continuing Education Transcript"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = f"Learner: {person}"
    cv["A4"] = "Credential: MLS(ASCP)CM"
    cv["A5"] = "CMP cycle: 01/01/2023 – 12/31/2025"
    cv["A7"] = "Activities are listed on the next sheet."
    ws = wb.create_sheet("Activities")
    xl_header(ws, 1, ["Course Title", "Date", "Contact Hours", "Provider"])
    for i, r in enumerate(rows, 2):
        ws.cell(i, 1, r["title"])
        ws.cell(i, 2, dt(r["date"])).number_format = "m/d/yyyy"
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, r["provider"])
    wb.save(os.path.join(DIR, name))
    gold(name, "cover-sheet", "openpyxl", "n/a (xlsx)", person, rows,
         "First sheet 'Cover' holds 'Learner: <name>' in one cell plus credential and cycle; second sheet "
         "'Activities' holds the table with date cells.")


def b28():
    name = "b28-cover-sheet-with-summary.xlsx"
    person = "Camille Fontaine-Reyes"
    rows = make_rows(128, 9, units=("contact hour", "CMLE"), unit_w=[2, 1], order="asc")
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Summary"
    cv["A1"] = "Learner:"
    cv["B1"] = person
    cv["A2"] = "ASCP BOC ID:"
    cv["B2"] = "000731559"
    cv["A4"] = "Category"
    cv["B4"] = "Total"
    cats = {}
    for r in rows:
        cats[r["category"]] = cats.get(r["category"], 0) + r["credits"]
    for i, (k, v) in enumerate(sorted(cats.items()), 5):
        cv.cell(i, 1, k)
        cv.cell(i, 2, v)
    ws = wb.create_sheet("Detail")
    lab = {"contact hour": "Contact Hours", "CMLE": "CMLE"}
    xl_header(ws, 1, ["Completion Date", "Activity", "Category", "Credits", "Credit Type", "Provider"])
    for i, r in enumerate(rows, 2):
        ws.cell(i, 1, dt(r["date"])).number_format = "yyyy-mm-dd"
        ws.cell(i, 2, r["title"])
        ws.cell(i, 3, r["category"])
        ws.cell(i, 4, r["credits"])
        ws.cell(i, 5, lab[r["unit"]])
        ws.cell(i, 6, r["provider"])
    wb.save(os.path.join(DIR, name))
    gold(name, "cover-sheet", "openpyxl", "n/a (xlsx)", person, rows,
         "Sheet 'Summary' first: 'Learner:' in A1, name in B1, BOC ID, and a per-category totals table "
         "(Category/Total) that is NOT activities. Sheet 'Detail' holds the activities; date column first.")


def b29():
    name = "b29-cover-sheet-libreoffice.xlsx"
    person = "Tadeusz Nowicki"
    rows = make_rows(129, 8, units=("CEU",), order="asc")
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover Page"
    cv["B2"] = "Laboratory Professional Development Record"
    cv["B4"] = f"Learner: {person}"
    cv.merge_cells("B4:E4")
    cv["B5"] = "Department: Clinical Chemistry / Immunoassay"
    ws = wb.create_sheet("CE Log")
    ws["A1"] = "Reporting period 2023-2025"
    xl_header(ws, 2, ["Course Title", "Date Completed", "CEUs", "Provider", "Verified By"])
    for i, r in enumerate(rows, 3):
        ws.cell(i, 1, r["title"])
        ws.cell(i, 2, dt(r["date"])).number_format = "d-mmm-yy"
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, r["provider"])
        ws.cell(i, 5, "K. Oyelaran" if i % 2 else "")
    src = "b29-source.xlsx"
    wb.save(os.path.join(SRC, src))
    LO_JOBS["xlsx"].append((src, name))
    gold(name, "cover-sheet", "openpyxl -> LibreOffice soffice --convert-to xlsx", "n/a (xlsx)", person, rows,
         "Cover sheet 'Cover Page' with merged cell 'Learner: <name>' (B4:E4); data on sheet 'CE Log' below "
         "a one-line preamble. Dates are date cells shown d-mmm-yy. Unit CEU. 'Verified By' is a supervisor, "
         "not the holder.")


# =========================================================================== 7. misspelled headers
def b30():
    name = "b30-misspelled-headers.csv"
    person = "Fenella Oduya"
    rows = make_rows(130, 8, units=("contact hour", "CEU"), unit_w=[3, 1], proof="early", order="asc")
    lab = {"contact hour": "Contact Hour", "CEU": "CEU"}
    t = [[f"Staff member: {person}"], ["Course Titel", "Date Complted", "Crdits", "Credit Tpye", "Provder"]]
    t += [[r["title"], f_us(r["date"]), num(r["credits"]), lab[r["unit"]], r["provider"]] for r in rows]
    write_bytes(name, csv_text(pad(t, 5)).encode("utf-8"))
    gold(name, "misspelled-headers", "python csv (hand-built sheet saved as CSV)", "utf-8", person, rows,
         "Header labels misspelled: 'Course Titel', 'Date Complted', 'Crdits', 'Credit Tpye', 'Provder'. "
         "Dates M/D/YYYY.")


def b31():
    name = "b31-misspelled-headers.xlsx"
    person = "Ignatius Pereira-Holt"
    rows = make_rows(131, 7, order="desc")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Employee"
    ws["B1"] = person
    xl_header(ws, 3, ["Activty", "Compleation Date", "Contact Hrs", "Sponser", None, None])
    for i, r in enumerate(rows, 4):
        ws.cell(i, 1, r["title"])
        ws.cell(i, 2, dt(r["date"])).number_format = "mm/dd/yy"
        ws.cell(i, 3, r["credits"])
        ws.cell(i, 4, r["provider"])
    wb.save(os.path.join(DIR, name))
    gold(name, "misspelled-headers", "openpyxl", "n/a (xlsx)", person, rows,
         "Misspelled labels 'Activty', 'Compleation Date', 'Contact Hrs', 'Sponser'. Date cells shown mm/dd/yy.")


def b32():
    name = "b32-misspelled-headers-utf16.txt"
    person = "Anneliese Brückner"
    rows = make_rows(132, 6, units=("contact hour", "CMLE"), unit_w=[1, 1], proof="early", order="asc")
    lab = {"contact hour": "contact hours", "CMLE": "CMLE"}
    t = [["Lerner:", person], [],
         ["Cousre Title", "Date Completd", "CE Hous", "Credt Type", "Provder"]]
    t += [[r["title"], f_dmy(r["date"]), num(r["credits"], comma=True), lab[r["unit"]], r["provider"]]
          for r in rows]
    txt = csv_text(pad(t, 5), delim="\t")
    write_bytes(name, b"\xff\xfe" + txt.encode("utf-16-le"))
    gold(name, "misspelled-headers", "python csv+codecs (Excel 'Unicode Text', German regional settings)",
         "utf-16-le with BOM", person, rows,
         "UTF-16LE BOM, tab-separated, CRLF. Misspelled labels 'Lerner:' (preamble), 'Cousre Title', "
         "'Date Completd', 'CE Hous', 'Credt Type', 'Provder'. Day-first DD/MM/YYYY dates (a day > 12 early) "
         "and decimal comma.")


# =========================================================================== LibreOffice
def run_soffice():
    prof = "file://" + os.path.join(SRC, "lo-profile")
    for fmt, jobs in LO_JOBS.items():
        if not jobs:
            continue
        out = os.path.join(SRC, "lo-" + fmt)
        os.makedirs(out, exist_ok=True)
        filt = {"xls": "xls:MS Excel 97", "ods": "ods", "xlsx": "xlsx:Calc MS Excel 2007 XML"}[fmt]
        cmd = ["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", filt,
               "--outdir", out] + [os.path.join(SRC, s) for s, _ in jobs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        for s, final in jobs:
            produced = os.path.join(out, os.path.splitext(s)[0] + "." + fmt)
            shutil.copyfile(produced, os.path.join(DIR, final))
    shutil.rmtree(os.path.join(SRC, "lo-profile"), ignore_errors=True)


README_HEAD = """# sheets-b - blind test set: CE transcript spreadsheets and text exports

32 invented continuing-education transcripts (ASCP BOC Credential Maintenance Program style) for
medical laboratory professionals, one person per file, 6-15 activity rows each. All people, IDs,
certificate numbers and most providers are invented.

## How it was made
* `build.py` (run with `/usr/bin/python3 build.py`, ~5 s, deterministic seeds) writes every input file and
  `NAME.gold.json` beside it (NAME = full input file name, e.g. `b04-utf16-excel-unicode.txt.gold.json`).
* Producers: Python `csv` + codecs for text files (UTF-8 with/without BOM, UTF-16LE BOM tab/CRLF,
  Windows-1252); openpyxl 3.0.9 for .xlsx; LibreOffice 7.4 `soffice --headless --convert-to`
  (xls "MS Excel 97" = BIFF8, ods, xlsx re-save with recalculated cached values) from openpyxl sources
  kept in `src/` (`src/bNN-source.xlsx` and `src/lo-*/` raw conversions); hand-written HTML for the
  LMS "Export to Excel" .xls.
* `verify.py` re-reads every file independently (decoding with the declared encoding, openpyxl, xlrd,
  ODF content.xml, html.parser), checks each gold row (title, date, credits, provider, unit evidence),
  that the count of activity-like rows equals the gold count (so subtotal/total/preamble rows are not
  counted), that the person is printed, and kind-specific facts (BOMs, UTF-16 tab/CRLF, cp1252 not
  valid UTF-8, first non-ASCII byte > 8 KiB, 1904 epoch, outline levels + SUBTOTAL formulas, cover
  sheet first, late day-first proof). `/usr/bin/python3 verify.py` prints OK.

## Gold schema
```
{"kind": "encoding|date-order|excel-serial|spreadsheet-format|subtotal-rows|cover-sheet|misspelled-headers",
 "producer": text, "file": input file name, "encoding": text ("n/a (xlsx)" etc. for binary workbooks),
 "person": name exactly as printed in the file, or null,
 "rows": [{"title": as printed, "date": "YYYY-MM-DD", "credits": number as printed (CEU stay CEU),
           "unit": "contact hour" | "CEU" | "CMLE", "provider": text or null}],
 "notes": free text describing the traps}
```
Rows are in file order. Subtotal, total, section-label, blank and preamble rows are never rows.
Timestamps and serial fractions are reduced to the date. Unit comes from the credit column header
("CE Hours", "Contact Hours", "Hours", "CEUs", "CMLE Credits", ...) or a per-row Credit Type / Type / Unit
column ("Contact Hrs", "hrs", "Kontaktstunden (contact hours)", "CONTACT_HOURS" -> contact hour).
"""


def write_readme():
    kinds, prods = {}, {}
    for g in GOLDS:
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        prods[g["producer"]] = prods.get(g["producer"], 0) + 1
    out = [README_HEAD, "## Counts per kind", "", "| kind | files |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in kinds.items()]
    coarse = {}
    for g in GOLDS:
        p = g["producer"]
        c = ("Python csv/codecs" if p.startswith("python csv") else
             "LibreOffice soffice (from openpyxl source)" if "LibreOffice" in p else
             "openpyxl" if p.startswith("openpyxl") else "hand-written HTML")
        coarse[c] = coarse.get(c, 0) + 1
    out += ["", "## Counts per producer (coarse)", "", "| producer | files |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in coarse.items()]
    out += ["", "## Counts per producer (detailed)", "", "| producer | files |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in sorted(prods.items(), key=lambda kv: -kv[1])]
    out += ["", "## Files", "", "| file | kind | producer | encoding | person | rows | notes |",
            "|---|---|---|---|---|---|---|"]
    for g in GOLDS:
        out.append(f"| {g['file']} | {g['kind']} | {g['producer']} | {g['encoding']} | "
                   f"{g['person'] or '-'} | {len(g['rows'])} | {g['notes'].replace('|', '/')} |")
    with open(os.path.join(DIR, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def main():
    os.makedirs(SRC, exist_ok=True)
    for f in [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16,
              b17, b18, b19, b20, b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31, b32]:
        f()
    run_soffice()
    for g in GOLDS:
        assert os.path.exists(os.path.join(DIR, g["file"])), g["file"]
        assert 3 <= len(g["rows"]) <= 15, g["file"]
        assert len({r["title"] for r in g["rows"]}) == len(g["rows"]), g["file"]
    write_readme()
    print(f"built {len(GOLDS)} files")


if __name__ == "__main__":
    main()
