#!/usr/bin/python3
"""Build the blind CE-transcript test set (sheets-a).

Every person, provider and ID here is invented.  Run:  /usr/bin/python3 build.py
Writes the input files and NAME.gold.json beside each, plus README.md.
Intermediate sources (openpyxl workbooks later converted by LibreOffice) go to src/.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import subprocess
import sys

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

DIR = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(DIR, "src")
LO_PROFILE = os.path.join(SRC, ".lo-profile")

# ---------------------------------------------------------------- data pools
TITLES = [
    "Antibody Identification: Warm Autoantibodies",
    "Westgard Rules in Practice",
    "Peripheral Blood Smear Review: Red Cell Morphology",
    "Urine Sediment Atlas Review",
    "Laboratory Safety: Chemical Hygiene Plan",
    "Bloodborne Pathogens Annual Update",
    "Coagulation Pre-analytical Variables",
    "Molecular Diagnostics: Real-Time PCR Troubleshooting",
    "Flow Cytometry in Acute Leukemia",
    "Cardiac Biomarkers and High-Sensitivity Troponin",
    "Antimicrobial Susceptibility Testing Breakpoint Updates",
    "Carbapenem-Resistant Enterobacterales Detection",
    "Parasitology Image Challenge",
    "Mycology: Yeast Identification",
    "Transfusion Reactions: Recognition and Workup",
    "Hemoglobinopathies and HPLC Interpretation",
    "Body Fluid Cell Counts",
    "Point-of-Care Testing Quality Management",
    "CLIA Proficiency Testing Requirements",
    "Method Validation and Verification",
    "Autoimmune Serology: ANA Patterns",
    "Therapeutic Drug Monitoring Basics",
    "Blood Gas Analysis and Acid-Base Disorders",
    "Lipid Testing and Cardiovascular Risk",
    "Diabetes Testing: HbA1c Interferences",
    "Tick-Borne Disease Diagnostics",
    "Mass Spectrometry in the Clinical Lab",
    "Newborn Screening Overview",
    "Tumor Markers: Appropriate Use",
    "Specimen Labeling Errors and Patient Safety",
    "Laboratory Information System Downtime Procedures",
    "Competency Assessment for Laboratory Staff",
    "Thrombophilia Testing",
    "Heparin-Induced Thrombocytopenia Testing",
    "Sepsis Biomarkers: Procalcitonin and Lactate",
    "Blood Culture Contamination Reduction",
    "HLA Typing Fundamentals",
    "Cytogenetics: Karyotype Nomenclature",
    "Stool Pathogen Multiplex Panels",
    "Fungal Biomarkers in Immunocompromised Patients",
    "Leadership Skills for Laboratory Supervisors",
    "Ethics in the Clinical Laboratory",
    "Renal Function Testing and eGFR Equations",
    "Thyroid Function Testing",
    "Toxicology Screening Pitfalls",
    "Mycobacteriology Laboratory Safety",
    "Plasma Cell Disorders: Protein Electrophoresis",
    "Iron Studies and Anemia Workup",
    "Massive Transfusion Protocols",
    "Quality Indicators and Lean in the Laboratory",
    'The "Left Shift": Interpreting Differential Counts',
    "Biosafety Cabinets, Certification, and Use",
    "Zika, Dengue, and Chikungunya Testing",
]
# non-ASCII but representable in Windows-1252
TITLES_1252 = [
    "Laboratory Safety \u2013 Fire and Electrical",
    "P.A.C.E.\u00ae Approved: Hematology Case Studies",
    "Gram Stain Interpretation \u2013 Respiratory Specimens",
    "Critical Values Communication \u2013 Patient Safety",
    "CLSI\u00ae Guidelines Update: Verification of Performance",
    "Sj\u00f6gren\u2019s Syndrome Serology",
    "Waldenstr\u00f6m Macroglobulinemia",
    "Guillain\u2013Barr\u00e9 Syndrome: Laboratory Findings",
    "Pre-analytical Errors: \u201cGarbage In, Garbage Out\u201d",
    "Creutzfeldt\u2013Jakob Disease: Specimen Handling",
]
# characters outside Windows-1252 (only for UTF-8 / UTF-16 files)
TITLES_WIDE = [
    "\u03b2-Thalassemia Trait Screening",
    "\u0394-Check Rules for Autoverification",
    "CO\u2082 Measurement Interferences",
    "Hb A\u2081c Standardization \u2013 IFCC vs NGSP",
    "Anti-K\u2081 Alloimmunization in Pregnancy",
]
PROVIDERS = [
    "Lakeshore Regional Medical Center",
    "Midwest Laboratory Education Consortium",
    "ClinLab Learning Online",
    "Pathway CE Institute",
    "Northern Plains Blood Services",
    "State Society for Clinical Laboratory Science",
    "Riverbend University Hospital Laboratory",
    "CoreLab Webinars, Inc.",
    "Summit Diagnostics Academy",
    "Bayview Public Health Laboratory",
]
PROVIDERS_1252 = [
    "H\u00f4pital Sainte-Th\u00e9r\u00e8se Laboratory Education",
    "Klinikum Nordstadt \u2013 Labormedizin",
    "Institut Br\u00e9ville de Biologie M\u00e9dicale",
]

CREDITS = {
    "contact hour": [0.5, 1, 1, 1, 1, 1.5, 1.5, 2, 2, 3, 0.75, 1.25, 4],
    "CEU": [0.05, 0.1, 0.1, 0.1, 0.15, 0.2, 0.2, 0.3],
    "CMLE": [0.5, 1, 1, 1.5, 2, 0.25],
}
TYPE_TEXT = {  # how a "Credit Type" column spells the unit
    "contact hour": ["Contact Hours", "Contact Hours", "P.A.C.E. Contact Hours"],
    "CEU": ["CEU", "CEUs"],
    "CMLE": ["CMLE", "CMLE Credits"],
}

SENTENCES = [
    "Participants will review the pre-analytical, analytical and post-analytical sources of error that most often affect this test menu in a hospital core laboratory.",
    "The session walks through three case studies drawn from routine bench work and discusses how each result should have been verified before release.",
    "Learners will compare current regulatory expectations with common laboratory practice and identify gaps that are frequently cited during inspections.",
    "The presenter summarizes recent literature, highlights changes in reference intervals and explains how to communicate them to ordering providers.",
    "A short self-assessment at the end of the module must be passed with a score of at least seventy percent to receive credit for this activity.",
    "Topics include specimen collection and transport requirements, instrument maintenance, calibration and the documentation expected by accrediting agencies.",
    "Objectives: describe the principle of the method, recognize interfering substances, and select appropriate corrective action when controls fail.",
    "This recorded webinar is intended for medical laboratory scientists, technicians and supervisors working in clinical or public health laboratories.",
    "The course also addresses staff training, competency documentation and how to build a simple audit tool for ongoing quality monitoring.",
]

EPOCH_1900 = dt.date(1899, 12, 30)
EPOCH_1904 = dt.date(1904, 1, 1)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- helpers
def num_text(x, style="plain"):
    if style == "fixed2":
        s = "%.2f" % x
    else:
        s = ("%.2f" % x).rstrip("0").rstrip(".")
    if style in ("comma", "comma2"):
        if style == "comma2":
            s = "%.2f" % x
        s = s.replace(".", ",")
    return s


def date_text(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "mdy_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "mdy_yy":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "serial":
        return str((d - EPOCH_1900).days)
    raise ValueError(style)


def serial(d, epoch=EPOCH_1900):
    return (d - epoch).days


def rand_date(rng, start, end):
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def make_rows(rng, n, unit="contact hour", start=dt.date(2022, 1, 1), end=dt.date(2025, 6, 30),
              titles=None, providers=None, extra_titles=(), extra_providers=(), order="asc",
              need_proof=True, max_day=None):
    """n activity rows; unit may be 'mixed'.  extra_* are forced into the file."""
    titles = list(titles or TITLES)
    providers = list(providers or PROVIDERS)
    chosen = list(extra_titles)
    pool = [t for t in titles if t not in chosen]
    rng.shuffle(pool)
    chosen += pool[: n - len(chosen)]
    rng.shuffle(chosen)
    dates = set()
    while len(dates) < n:
        d = rand_date(rng, start, end)
        if max_day and d.day > max_day:
            continue
        dates.add(d)
    dates = sorted(dates)
    if need_proof and not any(d.day > 12 for d in dates):
        i = rng.randrange(n)
        d = dates[i].replace(day=rng.randint(13, 28))
        if d not in dates:
            dates[i] = d
        dates.sort()
    if order == "desc":
        dates.reverse()
    rows = []
    ep = list(extra_providers)
    for i in range(n):
        u = unit if unit != "mixed" else rng.choice(["contact hour", "contact hour", "CEU", "CMLE"])
        prov = rng.choice(providers)
        rows.append({
            "title": chosen[i],
            "date": dates[i],
            "credits": rng.choice(CREDITS[u]),
            "unit": u,
            "provider": prov,
            "type_text": rng.choice(TYPE_TEXT[u]),
        })
    # place forced providers on random rows
    for p in ep:
        rng.choice(rows)["provider"] = p
    return rows


def gold_rows(rows, provider=True):
    out = []
    for r in rows:
        c = r["credits"]
        out.append({
            "title": r["title"],
            "date": r["date"].isoformat(),
            "credits": int(c) if float(c).is_integer() else c,
            "unit": r["unit"],
            "provider": r["provider"] if provider else None,
        })
    return out


MANIFEST = []


def write_gold(name, kind, producer, encoding, person, rows, notes, provider=True):
    g = {
        "kind": kind,
        "producer": producer,
        "file": name,
        "encoding": encoding,
        "person": person,
        "rows": gold_rows(rows, provider),
        "notes": notes,
    }
    with open(os.path.join(DIR, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    MANIFEST.append(g)


def table_text(lines, delimiter=",", lineterminator="\r\n", pad=False, quoting=csv.QUOTE_MINIMAL):
    """lines: list of lists of str.  pad=True mimics Excel (every row padded to used width)."""
    width = max(len(l) for l in lines)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=quoting)
    for l in lines:
        l = list(l)
        if pad:
            l += [""] * (width - len(l))
        w.writerow(l)
    return buf.getvalue()


def put(name, data):
    with open(os.path.join(DIR, name), "wb") as f:
        f.write(data)


def soffice(src_path, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=file://" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src_path]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        sys.exit("soffice failed: %s\n%s" % (cmd, r.stderr))


def ws_widths(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w


def ws_table(ws, preamble, header, body, start_row=1, bold_header=True):
    r = start_row
    for line in preamble:
        for c, v in enumerate(line):
            if v is not None and v != "":
                ws.cell(row=r, column=c + 1, value=v)
        r += 1
    for c, v in enumerate(header):
        cell = ws.cell(row=r, column=c + 1, value=v)
        if bold_header:
            cell.font = Font(bold=True)
    r += 1
    first = r
    for line in body:
        for c, spec in enumerate(line):
            if spec is None:
                continue
            if isinstance(spec, tuple):
                v, fmt = spec
            else:
                v, fmt = spec, None
            cell = ws.cell(row=r, column=c + 1, value=v)
            if fmt:
                cell.number_format = fmt
        r += 1
    return first, r - 1


# ---------------------------------------------------------------- files
def f_utf8(rng_seed):
    # s01 UTF-8 with BOM, no preamble, ISO dates
    rng = random.Random(101)
    name = "s01-utf8-bom.csv"
    rows = make_rows(rng, 7, extra_titles=[TITLES_1252[0], TITLES_WIDE[0]])
    lines = [["Course Title", "Provider", "Completion Date", "Contact Hours"]]
    lines += [[r["title"], r["provider"], date_text(r["date"], "iso"), num_text(r["credits"])] for r in rows]
    put(name, b"\xef\xbb\xbf" + table_text(lines, lineterminator="\r\n").encode("utf-8"))
    write_gold(name, "1-encoding:utf-8-bom", "Python csv (utf-8-sig)", "utf-8-sig", None, rows,
               "UTF-8 with BOM (EF BB BF), CRLF, ISO dates, no preamble so no person; titles contain an en dash and a Greek beta.")

    # s02 UTF-8 with BOM, preamble, US dates, credit type column
    rng = random.Random(102)
    name = "s02-utf8-bom-preamble.csv"
    person = "Ma\u0142gorzata W\u00f3jcik-Reyes"
    rows = make_rows(rng, 9, unit="mixed", extra_titles=[TITLES_WIDE[1], TITLES[50]])
    lines = [["Transcript for: " + person], ["ASCP BOC ID: 00412378"], ["Period: 01/01/2022 - 06/30/2025"], []]
    lines += [["Activity", "Date Completed", "Credits Earned", "Credit Type", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "mdy"), num_text(r["credits"]), r["type_text"], r["provider"]] for r in rows]
    put(name, b"\xef\xbb\xbf" + table_text(lines, lineterminator="\n").encode("utf-8"))
    write_gold(name, "1-encoding:utf-8-bom", "Python csv (utf-8-sig)", "utf-8-sig", person, rows,
               "UTF-8 with BOM, LF. Preamble of 3 lines + blank line. Dates MM/DD/YYYY (a day > 12 is present). "
               "Column 'Credits Earned' holds the amount; the unit comes from 'Credit Type' per row (Contact Hours / CEU / CMLE). "
               "One title contains embedded double quotes (CSV-escaped).")

    # s03 UTF-8 no BOM, LF, ISO dates, Credits + Credit Type, no provider column? (has "Accredited Provider")
    rng = random.Random(103)
    name = "s03-utf8-nobom.csv"
    rows = make_rows(rng, 5, unit="mixed", extra_titles=[TITLES_WIDE[2], TITLES_1252[5]])
    lines = [["Title", "Completed", "Credits", "Credit Type", "Accredited Provider"]]
    lines += [[r["title"], date_text(r["date"], "iso"), num_text(r["credits"], "fixed2"), r["type_text"], r["provider"]] for r in rows]
    put(name, table_text(lines, lineterminator="\n").encode("utf-8"))
    write_gold(name, "1-encoding:utf-8", "Python csv (utf-8)", "utf-8", None, rows,
               "UTF-8 without BOM, LF, ISO dates, credits with two decimals. Provider column is labelled 'Accredited Provider'. No person.")

    # s04 UTF-8 no BOM, key/value preamble, "Mon D, YYYY" dates (quoted)
    rng = random.Random(104)
    name = "s04-utf8-nobom-names.csv"
    person = "Nguy\u1ec5n Th\u1ecb Thu H\u00e0"
    rows = make_rows(rng, 11, extra_titles=[TITLES_WIDE[3], TITLES_1252[1]], order="desc")
    lines = [["Name", person], ["Certification", "MLS(ASCP)"], ["Report Date", "July 2, 2025"], []]
    lines += [["Course Name", "Date Earned", "Contact Hours", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "mon"), num_text(r["credits"]), r["provider"]] for r in rows]
    put(name, table_text(lines, lineterminator="\r\n").encode("utf-8"))
    write_gold(name, "1-encoding:utf-8", "Python csv (utf-8)", "utf-8", person, rows,
               "UTF-8 without BOM, CRLF. Key/value preamble (Name, Certification, Report Date) then a blank line. "
               "Dates like \"Mar 4, 2024\" (quoted because of the comma). Newest first. Vietnamese name with combining-free precomposed letters.")


def f_utf16():
    # Excel "Unicode Text": UTF-16LE with BOM, tab separated, CRLF, rows padded to used width
    def enc(text):
        return b"\xff\xfe" + text.encode("utf-16-le")

    rng = random.Random(105)
    name = "s05-utf16-excel.txt"
    person = "\u0141ukasz Wi\u015bniewski"
    rows = make_rows(rng, 8, extra_titles=[TITLES_WIDE[4], TITLES_1252[2]])
    lines = [["Learner", person], ["Printed", "6/30/2025"], []]
    lines += [["Course Title", "Date Completed", "Contact Hours", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "mdy_nopad"), num_text(r["credits"]), r["provider"]] for r in rows]
    put(name, enc(table_text(lines, delimiter="\t", pad=True)))
    write_gold(name, "1-encoding:utf-16le-excel-unicode-text", "Python csv (UTF-16LE+BOM, tab, CRLF, mimicking Excel 'Unicode Text')",
               "utf-16le (BOM FF FE)", person, rows,
               "Excel 'Unicode Text' style: UTF-16LE with BOM, tab-separated, CRLF, every row padded with tabs to 4 columns. "
               "Preamble 'Learner<TAB>name' and 'Printed' date. Dates M/D/YYYY unpadded (a day > 12 present).")

    rng = random.Random(106)
    name = "s06-utf16-excel.csv"
    person = "Ay\u015fe K\u0131l\u0131\u00e7"
    rows = make_rows(rng, 6, unit="CEU", extra_titles=[TITLES_1252[3]])
    lines = [["Learner", "Activity", "Completion Date", "CEUs", "Provider"]]
    lines += [[person, r["title"], date_text(r["date"], "mdy"), num_text(r["credits"]), r["provider"]] for r in rows]
    put(name, enc(table_text(lines, delimiter="\t", pad=True)))
    write_gold(name, "1-encoding:utf-16le-excel-unicode-text", "Python csv (UTF-16LE+BOM, tab, CRLF, mimicking Excel 'Unicode Text')",
               "utf-16le (BOM FF FE)", person, rows,
               "Tab-separated UTF-16LE text saved with a .csv name. The learner's name is repeated in a 'Learner' column on every row. Unit CEU from the 'CEUs' header.")

    rng = random.Random(107)
    name = "s07-utf16-excel-preamble.txt"
    person = "S\u00f8ren \u00d8deg\u00e5rd-Nakamura"
    rows = make_rows(rng, 13, unit="mixed", extra_titles=[TITLES[51], TITLES[50], TITLES_WIDE[0]],
                     extra_providers=[PROVIDERS[7]])
    lines = [["Name: " + person], ["ID: 22-118406"], ["Activities from 01/01/2022 to 06/30/2025"], []]
    lines += [["Course", "Date", "Credits", "Type", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "mdy"), num_text(r["credits"]), r["type_text"], r["provider"]] for r in rows]
    put(name, enc(table_text(lines, delimiter="\t", pad=True)))
    write_gold(name, "1-encoding:utf-16le-excel-unicode-text", "Python csv (UTF-16LE+BOM, tab, CRLF, mimicking Excel 'Unicode Text')",
               "utf-16le (BOM FF FE)", person, rows,
               "UTF-16LE with BOM, tab, CRLF. 'Name: ...' preamble in one cell. Amount column 'Credits', unit per row from 'Type'. "
               "Titles with commas are unquoted (tab file); the title with double quotes is quoted and the quotes doubled.")


def long_desc(rng, target):
    s = []
    while len(" ".join(s)) < target:
        s.append(rng.choice(SENTENCES))
    return " ".join(s)


def f_cp1252():
    rng = random.Random(108)
    name = "s08-cp1252-excel.csv"
    person = "Jos\u00e9 Ignacio Mu\u00f1oz"
    rows = make_rows(rng, 10, extra_titles=[TITLES_1252[1], TITLES_1252[4], TITLES_1252[8]],
                     extra_providers=[PROVIDERS_1252[0]])
    lines = [["Name: " + person], ["Member # 30571-C"], []]
    lines += [["Course Title", "Completion Date", "Contact Hours", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "mdy_nopad"), num_text(r["credits"]), r["provider"]] for r in rows]
    put(name, table_text(lines, pad=True).encode("cp1252"))
    write_gold(name, "1-encoding:cp1252", "Python csv (cp1252, CRLF, mimicking Excel 'CSV (Comma delimited)' on Windows)",
               "cp1252", person, rows,
               "Windows-1252: accented name, \u00ae, en dash, curly quotes in titles; preamble rows padded with commas. Dates M/D/YYYY (a day > 12 present).")

    # long files: first non-ASCII byte after 8 KiB
    rng = random.Random(109)
    name = "s09-cp1252-long.csv"
    person = "Daniel R. Okafor"
    rows = make_rows(rng, 15, need_proof=True)
    rows[13]["title"] = TITLES_1252[0]
    rows[14]["provider"] = PROVIDERS_1252[2]
    rows[14]["title"] = TITLES_1252[6]
    lines = [["Learner Name", "Learner ID", "Course Title", "Course Description", "Completion Date", "Contact Hours", "Provider"]]
    for r in rows:
        lines.append([person, "LX-448120", r["title"], long_desc(rng, 520), date_text(r["date"], "mdy_nopad"),
                      num_text(r["credits"]), r["provider"]])
    data = table_text(lines).encode("cp1252")
    first = next(i for i, b in enumerate(data) if b >= 0x80)
    assert first > 8192, first
    put(name, data)
    write_gold(name, "1-encoding:cp1252-long", "Python csv (cp1252, CRLF, mimicking Excel 'CSV (Comma delimited)' on Windows)",
               "cp1252", person, rows,
               "Long file (%d bytes): long 'Course Description' column; the first non-ASCII byte (an en dash, 0x96) is at offset %d, "
               "past 8 KiB. Rows 14-15 carry the en dash, \u00f6 and \u00e9. Learner name repeated per row." % (len(data), first))

    rng = random.Random(110)
    name = "s10-cp1252-long-preamble.csv"
    person = "Marcus T. Hallorann"
    rows = make_rows(rng, 14, unit="CEU", need_proof=True)
    rows[13]["title"] = TITLES_1252[1]
    rows[13]["provider"] = PROVIDERS_1252[0]
    lines = [["CE Transcript - " + person], ["Certification: MB(ASCP)"], ["Date range: 01/01/2022 - 06/30/2025"], []]
    lines += [["Activity", "Learning Objectives", "Date Completed", "CEUs", "Provider"]]
    for r in rows:
        lines.append([r["title"], long_desc(rng, 580), date_text(r["date"], "mdy"), num_text(r["credits"]), r["provider"]])
    data = table_text(lines, pad=True).encode("cp1252")
    first = next(i for i, b in enumerate(data) if b >= 0x80)
    assert first > 8192, first
    put(name, data)
    write_gold(name, "1-encoding:cp1252-long", "Python csv (cp1252, CRLF, mimicking Excel 'CSV (Comma delimited)' on Windows)",
               "cp1252", person, rows,
               "Long file (%d bytes); only the last row has non-ASCII (\u00ae in the title, \u00f4/\u00e9/\u00e8 in the provider); "
               "first non-ASCII byte at offset %d, past 8 KiB. Person printed as 'CE Transcript - Marcus T. Hallorann'. Unit CEU." % (len(data), first))


def f_dates():
    rng = random.Random(111)
    name = "s11-us-dates.csv"
    person = "Priya Venkataraman"
    rows = make_rows(rng, 12, unit="mixed")
    lines = [["Participant: " + person], ["Credential: MLS(ASCP)CM"], ["CMP cycle: 2022-2025"], []]
    lines += [["Activity Title", "Date Completed", "Credits", "Credit Type", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "mdy"), num_text(r["credits"]), r["type_text"], r["provider"]] for r in rows]
    put(name, table_text(lines, lineterminator="\n").encode("utf-8"))
    write_gold(name, "2-date-order:month-first", "Python csv (utf-8)", "utf-8", person, rows,
               "US MM/DD/YYYY dates; rows with day > 12 prove month-first. Unit per row from 'Credit Type'.")

    rng = random.Random(112)
    name = "s12-us-dates-short-year.csv"
    rows = make_rows(rng, 6, unit="CMLE")
    lines = [["Course", "Date", "CMLE Credits", "Sponsor"]]
    lines += [[r["title"], date_text(r["date"], "mdy_yy"), num_text(r["credits"]), r["provider"]] for r in rows]
    put(name, table_text(lines, lineterminator="\r\n").encode("utf-8"))
    write_gold(name, "2-date-order:month-first", "Python csv (utf-8)", "utf-8", None, rows,
               "M/D/YY (two-digit years, 20YY), unpadded; a day > 12 proves month-first. Unit CMLE from the header. Provider column labelled 'Sponsor'. No person.")

    rng = random.Random(113)
    name = "s13-dayfirst-semicolon.csv"
    person = "Anneliese Br\u00fcckner"
    rows = make_rows(rng, 9, providers=PROVIDERS[:3] + PROVIDERS_1252[1:2] * 3, extra_titles=[TITLES_1252[6]])
    # force an early proof row
    if not any(r["date"].day > 12 for r in rows[:3]):
        rows[0]["date"] = rows[0]["date"].replace(day=rng.randint(13, 27))
        rows.sort(key=lambda r: r["date"])
    assert any(r["date"].day > 12 for r in rows[:3])
    lines = [["Name", person, "", ""], ["Zeitraum", "01/01/2022 - 30/06/2025", "", ""], []]
    lines += [["Course Title", "Completion Date", "CE Hours", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "dmy"), num_text(r["credits"], "comma"), r["provider"]] for r in rows]
    put(name, table_text(lines, delimiter=";", pad=True).encode("cp1252"))
    write_gold(name, "2-date-order:day-first", "Python csv (cp1252, ';', CRLF, mimicking European Excel CSV)", "cp1252", person, rows,
               "European export: ';' separator, decimal comma, DD/MM/YYYY; an early row has day > 12. Windows-1252 (\u00fc, en dash).")

    rng = random.Random(114)
    name = "s14-dayfirst-decimal-comma.csv"
    person = "Th\u00e9o Marchetti-Dubois"
    rows = make_rows(rng, 8, unit="mixed")
    if not any(r["date"].day > 12 for r in rows[:4]):
        rows[2]["date"] = rows[2]["date"].replace(day=25)
        rows.sort(key=lambda r: r["date"])
    lines = [["Learner: " + person], ["Export: 01/07/2025"], []]
    lines += [["Activity", "Date", "Credits", "Credit Type", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "dmy"), num_text(r["credits"], "comma2"), r["type_text"], r["provider"]] for r in rows]
    put(name, b"\xef\xbb\xbf" + table_text(lines, delimiter=";", lineterminator="\r\n").encode("utf-8"))
    write_gold(name, "2-date-order:day-first", "Python csv (utf-8-sig, ';')", "utf-8-sig", person, rows,
               "';' separator, decimal comma with two decimals ('0,10', '1,50'), DD/MM/YYYY with day > 12 present; preamble export date "
               "01/07/2025 means 1 July. Unit per row from 'Credit Type'.")

    rng = random.Random(115)
    name = "s15-dayfirst-late-proof.csv"
    person = "Ingrid Vasquez-Lindqvist"
    rows = make_rows(rng, 14, start=dt.date(2023, 1, 1), end=dt.date(2024, 10, 31), need_proof=False, max_day=12)
    rows[12]["date"] = dt.date(2024, 11, 19)
    rows[13]["date"] = dt.date(2024, 12, 5)
    lines = [["Name", person], []]
    lines += [["Course", "Date Completed", "Contact Hours", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "dmy"), num_text(r["credits"], "comma"), r["provider"]] for r in rows]
    put(name, table_text(lines, delimiter=";", lineterminator="\n").encode("utf-8"))
    assert not any(r["date"].day > 12 for r in rows[:12]) and rows[12]["date"].day > 12
    write_gold(name, "2-date-order:day-first-late-proof", "Python csv (utf-8, ';')", "utf-8", person, rows,
               "DD/MM/YYYY with ';' and decimal comma. Rows 1-12 all have day <= 12 (ambiguous); only row 13 (19/11/2024) proves day-first. "
               "Read month-first, rows 1-12 would give wrong dates.")


def f_serial():
    rng = random.Random(116)
    name = "s16-serial-csv.csv"
    rows = make_rows(rng, 7)
    lines = [["Course Title", "Date Completed", "Contact Hours", "Provider"]]
    lines += [[r["title"], str(serial(r["date"])), num_text(r["credits"]), r["provider"]] for r in rows]
    put(name, table_text(lines, lineterminator="\r\n").encode("utf-8"))
    write_gold(name, "3-excel-serial:csv", "Python csv (utf-8)", "utf-8", None, rows,
               "Dates are Excel 1900-system serial numbers as text (e.g. 45901 = 2025-09-01). No person.")

    rng = random.Random(117)
    name = "s17-serial-csv-preamble.csv"
    person = "Kwame Asante-Boateng"
    rows = make_rows(rng, 10, unit="mixed")
    lines = [["Learner", person], ["Generated", str(serial(dt.date(2025, 7, 3)))], []]
    lines += [["Activity", "Completion Date", "Credits", "Credit Type", "Provider"]]
    for i, r in enumerate(rows):
        s = serial(r["date"])
        if i % 3 != 1:
            frac = rng.randint(300, 1000) / 1440.0
            st = repr(round(s + frac, 10))
        else:
            st = str(s)
        lines.append([r["title"], st, num_text(r["credits"]), r["type_text"], r["provider"]])
    put(name, table_text(lines, lineterminator="\r\n", pad=True).encode("utf-8"))
    write_gold(name, "3-excel-serial:csv", "Python csv (utf-8)", "utf-8", person, rows,
               "Completion Date as 1900-system serials, most with a time-of-day fraction (e.g. 45412.6847222222); gold date is the day part. "
               "Preamble 'Generated' value is also a serial and is not an activity.")

    rng = random.Random(118)
    name = "s18-serial-xlsx-1900.xlsx"
    rows = make_rows(rng, 9)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws_table(ws, [], ["Course Title", "Completion Date", "CE Hours", "Provider"],
             [[r["title"], serial(r["date"]), r["credits"], r["provider"]] for r in rows])
    ws_widths(ws, [55, 16, 10, 40])
    wb.save(os.path.join(DIR, name))
    write_gold(name, "3-excel-serial:xlsx-1900", "openpyxl 3.0.9", None, None, rows,
               "Date column holds integer serials in General format (no date number format), 1900 date system.")

    rng = random.Random(119)
    name = "s19-serial-xlsx-1900-b.xlsx"
    person = "Rosalind Achterberg"
    rows = make_rows(rng, 12, unit="mixed")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transcript"
    body = []
    for r in rows:
        s = serial(r["date"]) + rng.randint(360, 1380) / 1440.0
        body.append([r["title"], round(s, 8), r["credits"], r["type_text"], r["provider"]])
    ws_table(ws, [["Learner Name:", person], ["Report run:", serial(dt.date(2025, 7, 1))], []],
             ["Activity", "Date Completed", "Credits", "Credit Type", "Provider"], body)
    ws_widths(ws, [55, 16, 10, 22, 40])
    wb.save(os.path.join(DIR, name))
    write_gold(name, "3-excel-serial:xlsx-1900", "openpyxl 3.0.9", None, person, rows,
               "Serials with time fractions (General format, 1900 system); gold date is the day part. Preamble: 'Learner Name:' | name, "
               "'Report run:' | serial (not an activity). Unit per row from 'Credit Type'.")

    rng = random.Random(120)
    name = "s20-serial-xlsx-1904.xlsx"
    person = "Haruto Whitcombe"
    rows = make_rows(rng, 8)
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "CE"
    ws_table(ws, [["Name", person], []], ["Course", "Date", "Contact Hours", "Provider"],
             [[r["title"], serial(r["date"], EPOCH_1904), r["credits"], r["provider"]] for r in rows])
    ws_widths(ws, [55, 12, 14, 40])
    wb.save(os.path.join(DIR, name))
    write_gold(name, "3-excel-serial:xlsx-1904", "openpyxl 3.0.9 (workbook epoch set to 1904)", None, person, rows,
               "Workbook saved with the 1904 date system (workbookPr date1904=1). Date cells are integer serials in General format, "
               "counted from 1904-01-01: read as 1900-system they would be 1462 days (4 years + 1 day) too early.")


def lo_convert(name_out, wb, fmt):
    """Save wb as src/<stem>.xlsx, convert with LibreOffice into DIR."""
    stem = os.path.splitext(name_out)[0]
    src = os.path.join(SRC, stem + ".xlsx")
    wb.save(src)
    tmp = os.path.join(SRC, "out")
    soffice(src, fmt, tmp)
    produced = os.path.join(tmp, stem + "." + fmt.split(":")[0])
    shutil.move(produced, os.path.join(DIR, name_out))


def f_other_sheets():
    rng = random.Random(121)
    name = "s21-biff8-libreoffice.xls"
    person = "Delphine Okonjo-Harrow"
    rows = make_rows(rng, 10, extra_titles=[TITLES_1252[3]])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transcript"
    ws_table(ws, [["Continuing Education Transcript"], ["Learner: " + person], ["From 01/01/2022 to 06/30/2025"], []],
             ["Course Title", "Date Completed", "Contact Hours", "Provider"],
             [[r["title"], (r["date"], "mm/dd/yyyy"), r["credits"], r["provider"]] for r in rows])
    ws_widths(ws, [55, 15, 14, 40])
    lo_convert(name, wb, "xls:MS Excel 97")
    write_gold(name, "4-other-sheet:xls-biff8", "openpyxl -> LibreOffice 7.4 soffice --convert-to xls (MS Excel 97, BIFF8)", None, person, rows,
               "Genuine BIFF8 .xls (OLE2 container). Dates are real date cells formatted MM/DD/YYYY. Title/preamble rows above the header.")

    rng = random.Random(122)
    name = "s22-biff8-libreoffice-b.xls"
    rows = make_rows(rng, 5, unit="CEU", extra_titles=[TITLES_1252[7]])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws_table(ws, [], ["Activity", "Completion Date", "CEUs", "Provider"],
             [[r["title"], (r["date"], "dd-mmm-yyyy"), r["credits"], r["provider"]] for r in rows])
    ws_widths(ws, [55, 15, 8, 40])
    lo_convert(name, wb, "xls:MS Excel 97")
    write_gold(name, "4-other-sheet:xls-biff8", "openpyxl -> LibreOffice 7.4 soffice --convert-to xls (MS Excel 97, BIFF8)", None, None, rows,
               "BIFF8 .xls, date cells formatted DD-MMM-YYYY, unit CEU. No person.")

    rng = random.Random(123)
    name = "s23-ods-libreoffice.ods"
    person = "Bartholomew Quist"
    rows = make_rows(rng, 7, unit="CMLE")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CMLE"
    ws_table(ws, [["Name:", person], ["Program:", "ASCP Credential Maintenance"], []],
             ["Course Title", "Date Completed", "CMLE Credits", "Provider"],
             [[r["title"], (r["date"], "yyyy-mm-dd"), r["credits"], r["provider"]] for r in rows])
    ws_widths(ws, [55, 15, 14, 40])
    lo_convert(name, wb, "ods")
    write_gold(name, "4-other-sheet:ods", "openpyxl -> LibreOffice 7.4 soffice --convert-to ods", None, person, rows,
               "OpenDocument spreadsheet; dates are date cells (office:date-value). 'Name:' | name preamble. Unit CMLE.")

    rng = random.Random(124)
    name = "s24-ods-libreoffice-b.ods"
    person = "Camila Restrepo Aldana"
    rows = make_rows(rng, 14, unit="mixed", extra_titles=[TITLES_1252[5], TITLES[51]])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    ws_table(ws, [], ["Participant", "Course Title", "Completion Date", "Credits", "Credit Type", "Provider"],
             [[person, r["title"], (r["date"], "m/d/yyyy"), r["credits"], r["type_text"], r["provider"]] for r in rows])
    ws_widths(ws, [26, 55, 15, 10, 22, 40])
    lo_convert(name, wb, "ods")
    write_gold(name, "4-other-sheet:ods", "openpyxl -> LibreOffice 7.4 soffice --convert-to ods", None, person, rows,
               "ODS with the person repeated in a 'Participant' column; unit per row from 'Credit Type'; date cells.")

    # HTML table saved as .xls (LMS "Export to Excel")
    rng = random.Random(125)
    name = "s25-html-as-xls.xls"
    person = "Tanisha Greer-Molloy"
    rows = make_rows(rng, 9, extra_titles=[TITLES_1252[0], TITLES[52]])
    import html as H
    trs = []
    for r in rows:
        trs.append("<tr><td>%s</td><td>%s</td><td>%s</td><td x:num>%s</td><td>Completed</td></tr>" % (
            H.escape(r["title"], quote=False), H.escape(r["provider"], quote=False), date_text(r["date"], "mdy"), num_text(r["credits"])))
    doc = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Transcript</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>td { mso-number-format:"\\@"; }</style>
</head>
<body>
<table border="1">
<tr><td colspan="5"><b>Learning Transcript</b></td></tr>
<tr><td colspan="5">Learner: %s</td></tr>
<tr><td colspan="5">Date range: 01/01/2022 - 06/30/2025</td></tr>
<tr><th>Course Title</th><th>Provider</th><th>Completion Date</th><th>Contact Hours</th><th>Status</th></tr>
%s
</table>
</body>
</html>
""" % (person, "\n".join(trs))
    put(name, doc.replace("\n", "\r\n").encode("utf-8"))
    write_gold(name, "4-other-sheet:html-as-xls", "Python (hand-written HTML, LMS 'Export to Excel' style)", "utf-8", person, rows,
               "Not a real workbook: an HTML <table> with Excel namespaces saved under .xls; meta charset utf-8. Title rows above the "
               "<th> header; en dash written as a raw UTF-8 character; '&' in a title/provider escaped as &amp;. Extra 'Status' column.")

    rng = random.Random(126)
    name = "s26-html-as-xls-b.xls"
    person = "Fr\u00e9d\u00e9rique Lambert-Oyelaran"
    rows = make_rows(rng, 6, unit="CEU", extra_titles=[TITLES_1252[4], TITLES_1252[9]], extra_providers=[PROVIDERS_1252[0]])
    trs = []
    for r in rows:
        t = r["title"].replace("\u00ae", "&reg;").replace("\u2013", "&ndash;")
        trs.append('<tr>\n  <td class="txt">%s</td>\n  <td class="dt">%s</td>\n  <td>%s</td>\n  <td>%s</td>\n</tr>' % (
            t, date_text(r["date"], "dmon"), num_text(r["credits"]), H.escape(r["provider"], quote=False)))
    doc = """<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style>.txt { mso-number-format:"\\@"; } .dt { mso-number-format:"dd\\-mmm\\-yyyy"; }</style>
</head>
<body>
<h3>Learner Transcript &ndash; %s</h3>
<table>
<thead>
<tr><th>Activity Name</th><th>Date Completed</th><th>CEUs</th><th>Provider Name</th></tr>
</thead>
<tbody>
%s
</tbody>
</table>
</body>
</html>
""" % (person, "\n".join(trs))
    put(name, doc.replace("\n", "\r\n").encode("cp1252"))
    write_gold(name, "4-other-sheet:html-as-xls", "Python (hand-written HTML, LMS 'Export to Excel' style)", "cp1252", person, rows,
               "HTML table under .xls, charset windows-1252 (raw 0xE9 etc. bytes) plus &reg;/&ndash; entities in titles. "
               "Person in an <h3> above the table ('Learner Transcript \u2013 name'). Dates DD-Mon-YYYY. Unit CEU.")


def subtotal_sheet(ws, header_row, header, groups, key_col, amount_col, widths, date_fmt):
    """Mimic Excel Data > Subtotal (SUM) grouped on key_col. groups: list of (label, rows_as_cells)."""
    for c, v in enumerate(header):
        ws.cell(row=header_row, column=c + 1, value=v).font = Font(bold=True)
    r = header_row + 1
    first_data = r
    amt_letter = openpyxl.utils.get_column_letter(amount_col + 1)
    for label, cells in groups:
        g0 = r
        for line in cells:
            for c, spec in enumerate(line):
                v, fmt = spec if isinstance(spec, tuple) else (spec, None)
                cell = ws.cell(row=r, column=c + 1, value=v)
                if fmt:
                    cell.number_format = fmt
            ws.row_dimensions[r].outline_level = 2
            r += 1
        ws.cell(row=r, column=key_col + 1, value="%s Total" % label).font = Font(bold=True)
        ws.cell(row=r, column=amount_col + 1, value="=SUBTOTAL(9,%s%d:%s%d)" % (amt_letter, g0, amt_letter, r - 1))
        ws.row_dimensions[r].outline_level = 1
        r += 1
    ws.cell(row=r, column=key_col + 1, value="Grand Total").font = Font(bold=True)
    ws.cell(row=r, column=amount_col + 1, value="=SUBTOTAL(9,%s%d:%s%d)" % (amt_letter, first_data, amt_letter, r - 1))
    ws.sheet_properties.outlinePr.summaryBelow = True
    ws.sheet_format.outlineLevelRow = 2
    ws_widths(ws, widths)


def f_subtotals():
    rng = random.Random(127)
    name = "s27-subtotals.xlsx"
    rows = make_rows(rng, 13, start=dt.date(2022, 1, 1), end=dt.date(2024, 12, 31))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CE Log"
    groups = []
    for y in sorted({r["date"].year for r in rows}):
        groups.append((str(y), [[y, r["title"], (r["date"], "m/d/yyyy"), r["credits"], r["provider"]]
                                for r in rows if r["date"].year == y]))
    subtotal_sheet(ws, 1, ["Year", "Course Title", "Date Completed", "CE Hours", "Provider"], groups, 0, 3,
                   [12, 55, 15, 10, 40], "m/d/yyyy")
    wb.save(os.path.join(DIR, name))
    write_gold(name, "5-non-activity-rows:subtotals", "openpyxl 3.0.9", None, None, rows,
               "Excel Data > Subtotal layout grouped on Year: after each year a bold '<year> Total' row with =SUBTOTAL(9,D..:D..) "
               "(outline level 1; data rows level 2), and a 'Grand Total' row at the end. openpyxl writes no cached values, so the "
               "formula cells have no value. Total rows are not activities.")

    rng = random.Random(128)
    name = "s28-subtotals-lo.xlsx"
    person = "Oluwaseun Park"
    rows = make_rows(rng, 11, providers=PROVIDERS[:4])
    rows.sort(key=lambda r: (r["provider"], r["date"]))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transcript"
    ws.cell(row=1, column=1, value="CE Transcript").font = Font(bold=True, size=14)
    ws.cell(row=2, column=1, value="Name: " + person)
    groups = []
    for p in sorted({r["provider"] for r in rows}):
        groups.append((p, [[r["provider"], r["title"], (r["date"], "mm/dd/yyyy"), r["credits"]]
                           for r in rows if r["provider"] == p]))
    subtotal_sheet(ws, 4, ["Provider", "Activity", "Completion Date", "Contact Hours"], groups, 0, 3,
                   [42, 55, 16, 14], "mm/dd/yyyy")
    lo_convert(name, wb, "xlsx:Calc MS Excel 2007 XML")
    write_gold(name, "5-non-activity-rows:subtotals", "openpyxl -> LibreOffice 7.4 soffice --convert-to xlsx (recalculated)", None, person, rows,
               "Subtotals grouped on Provider ('<provider> Total' rows with SUBTOTAL(9,...) and a 'Grand Total'), outline levels; "
               "re-saved by LibreOffice so the formula cells carry cached values. Preamble: title row and 'Name: ...'. Rows sorted by provider, then date.")

    rng = random.Random(129)
    name = "s29-blank-rows.csv"
    person = "Greta Halvorsen"
    rows = make_rows(rng, 10, start=dt.date(2022, 1, 1), end=dt.date(2024, 12, 31))
    lines = [["Learner: " + person, "", "", ""], ["", "", "", ""]]
    lines += [["Course Title", "Date Completed", "Contact Hours", "Provider"]]
    prev = None
    for r in rows:
        if prev is not None and r["date"].year != prev:
            lines.append(["", "", "", ""])
            lines.append(["", "", "", ""])
        prev = r["date"].year
        lines.append([r["title"], date_text(r["date"], "mdy"), num_text(r["credits"]), r["provider"]])
    lines.append(["", "", "", ""])
    put(name, table_text(lines).encode("utf-8"))
    write_gold(name, "5-non-activity-rows:blank-separators", "Python csv (utf-8, Excel-style padding)", "utf-8", person, rows,
               "Pairs of empty separator rows (',,,') between years and one at the end; a blank row between preamble and header. MM/DD/YYYY.")

    rng = random.Random(130)
    name = "s30-blank-rows.xlsx"
    person = "Mateo Iglesias-Ford"
    rows = make_rows(rng, 12, unit="CEU", start=dt.date(2022, 1, 1), end=dt.date(2024, 12, 31))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Participant"
    ws["B1"] = person
    hdr = ["Course Title", "Completion Date", "CEUs", "Provider"]
    for c, v in enumerate(hdr):
        ws.cell(row=3, column=c + 1, value=v).font = Font(bold=True)
    r_i = 4
    prev = None
    for r in rows:
        if prev is not None and r["date"].year != prev:
            r_i += 1  # blank separator row
        prev = r["date"].year
        ws.cell(row=r_i, column=1, value=r["title"])
        ws.cell(row=r_i, column=2, value=r["date"]).number_format = "yyyy-mm-dd"
        ws.cell(row=r_i, column=3, value=r["credits"])
        ws.cell(row=r_i, column=4, value=r["provider"])
        r_i += 1
    r_i += 1
    ws.cell(row=r_i, column=1, value="Total CEUs").font = Font(bold=True)
    ws.cell(row=r_i, column=3, value=round(sum(r["credits"] for r in rows), 2)).font = Font(bold=True)
    ws_widths(ws, [55, 16, 8, 40])
    wb.save(os.path.join(DIR, name))
    write_gold(name, "5-non-activity-rows:blank-separators", "openpyxl 3.0.9", None, person, rows,
               "Empty rows between years; after one more empty row a bold 'Total CEUs' row holding a literal sum (not an activity). "
               "Preamble 'Participant' | name. Date cells formatted yyyy-mm-dd. Unit CEU.")


def f_cover():
    rng = random.Random(131)
    name = "s31-cover-sheet.xlsx"
    person = "Aaliyah Brooks-Whitfield"
    rows = make_rows(rng, 11, unit="mixed", start=dt.date(2022, 1, 1), end=dt.date(2024, 12, 31))
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Continuing Education Transcript"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = "Learner: " + person
    cov["A4"] = "BOC Certification #: 000-48213"
    cov["A5"] = "Reporting period: 01/01/2022 \u2013 12/31/2024"
    cov["A6"] = "Activities: %d" % len(rows)
    cov.column_dimensions["A"].width = 60
    ws = wb.create_sheet("Activities")
    ws_table(ws, [], ["Course Title", "Date Completed", "Credits", "Credit Type", "Provider"],
             [[r["title"], (r["date"], "mm/dd/yyyy"), r["credits"], r["type_text"], r["provider"]] for r in rows])
    ws_widths(ws, [55, 15, 10, 22, 40])
    wb.save(os.path.join(DIR, name))
    write_gold(name, "6-cover-sheet", "openpyxl 3.0.9", None, person, rows,
               "First sheet 'Cover' holds 'Learner: <name>' in one cell and other facts; the data are on the second sheet 'Activities'. "
               "Unit per row from 'Credit Type'.")

    rng = random.Random(132)
    name = "s32-cover-sheet-b.xlsx"
    person = "Tom\u00e1s Villanueva-Ortiz"
    rows = make_rows(rng, 4)
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Summary"
    cov["A1"] = "CMP Summary"
    cov["A1"].font = Font(bold=True, size=14)
    for i, (k, v) in enumerate([("Learner:", person), ("Certification:", "MLS(ASCP)CM"), ("CMP cycle:", "2023\u20132025"),
                                ("Contact hours reported:", sum(r["credits"] for r in rows))]):
        cov.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=3 + i, column=2, value=v)
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 30
    ws = wb.create_sheet("Data")
    ws_table(ws, [], ["Activity", "Provider", "Completion Date", "Contact Hours"],
             [[r["title"], r["provider"], (r["date"], "d-mmm-yy"), r["credits"]] for r in rows])
    ws_widths(ws, [55, 40, 16, 14])
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Generated by the learning portal. Contact hours are P.A.C.E.-style contact hours."
    wb.save(os.path.join(DIR, name))
    write_gold(name, "6-cover-sheet", "openpyxl 3.0.9", None, person, rows,
               "Sheet 'Summary' has label/value cells ('Learner:' in A3, name in B3); data on sheet 'Data'; a third sheet 'Notes' "
               "has prose only. Date cells formatted d-mmm-yy. Only 4 rows.")


def f_misspelled():
    rng = random.Random(133)
    name = "s33-misspelled.csv"
    rows = make_rows(rng, 8, unit="mixed")
    lines = [["Course Titel", "Date Complted", "Crdits", "Credit Tpye", "Provder"]]
    lines += [[r["title"], date_text(r["date"], "mdy"), num_text(r["credits"]), r["type_text"], r["provider"]] for r in rows]
    put(name, table_text(lines).encode("utf-8"))
    write_gold(name, "7-misspelled-headers", "Python csv (utf-8)", "utf-8", None, rows,
               "Header labels misspelled: 'Course Titel', 'Date Complted', 'Crdits', 'Credit Tpye', 'Provder'. MM/DD/YYYY. No person.")

    rng = random.Random(134)
    name = "s34-misspelled.xlsx"
    person = "Winifred Adeyemi-Schultz"
    rows = make_rows(rng, 9)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws_table(ws, [["Name: " + person], []], ["Activty", "Date Compelted", "Contact Hous", "Provder"],
             [[r["title"], (r["date"], "mm/dd/yyyy"), r["credits"], r["provider"]] for r in rows])
    ws_widths(ws, [55, 16, 14, 40])
    wb.save(os.path.join(DIR, name))
    write_gold(name, "7-misspelled-headers", "openpyxl 3.0.9", None, person, rows,
               "Misspelled labels 'Activty', 'Date Compelted', 'Contact Hous', 'Provder'; date cells.")

    rng = random.Random(135)
    name = "s35-misspelled-b.csv"
    person = "Cormac \u00d3 Briain"
    rows = make_rows(rng, 3, unit="CEU")
    lines = [["Learner: " + person], []]
    lines += [["Coures Title", "Compleiton Date", "CEU's", "Provdier"]]
    lines += [[r["title"], date_text(r["date"], "iso"), num_text(r["credits"]), r["provider"]] for r in rows]
    put(name, table_text(lines, lineterminator="\n").encode("utf-8"))
    write_gold(name, "7-misspelled-headers", "Python csv (utf-8)", "utf-8", person, rows,
               "Misspelled 'Coures Title', 'Compleiton Date', 'Provdier'; amount header \"CEU's\" (unit CEU). ISO dates. Only 3 rows.")

    rng = random.Random(136)
    name = "s36-us-dates-preamble.csv"
    person = "Lindiwe Castellano"
    rows = make_rows(rng, 15, order="desc")
    lines = [["CE Activity Report"], ["Name", person], ["Dates", "1/1/2022 through 6/30/2025"], []]
    lines += [["Course Name", "Completion Date", "Contact Hours", "Provider"]]
    lines += [[r["title"], date_text(r["date"], "mdy_nopad"), num_text(r["credits"], "fixed2"), r["provider"]] for r in rows]
    put(name, table_text(lines, lineterminator="\r\n").encode("utf-8"))
    write_gold(name, "2-date-order:month-first", "Python csv (utf-8)", "utf-8", person, rows,
               "M/D/YYYY unpadded, newest first, 15 rows, credits with two decimals. Preamble title, 'Name' | name, date range.")


def readme():
    from collections import Counter
    kinds = Counter(g["kind"] for g in MANIFEST)
    top = Counter(g["kind"].split(":")[0] for g in MANIFEST)
    prods = Counter(g["producer"] for g in MANIFEST)
    L = ["# Blind test set: CE transcripts as spreadsheets and text exports (sheets-a)", "",
         "Invented continuing-education transcripts of medical laboratory professionals (ASCP BOC CMP style).",
         "Every person, ID and provider is invented.", "",
         "## How made", "",
         "`/usr/bin/python3 build.py` writes everything (needs python3-openpyxl and LibreOffice `soffice`).",
         "Text files are written with Python's csv module and encoded by hand (BOMs, UTF-16LE, cp1252, CRLF/LF) to mimic",
         "Excel/LMS exports; .xlsx files by openpyxl 3.0.9; .xls (BIFF8), .ods and one re-saved .xlsx by LibreOffice 7.4",
         "(`soffice --headless --convert-to`) from openpyxl workbooks kept in `src/`; HTML-as-.xls by hand.",
         "`/usr/bin/python3 verify.py` re-reads every file independently (codecs/csv, openpyxl, xlrd, ODS XML, html.parser)",
         "and checks that exactly the gold rows are there.", "",
         "## Gold schema (`NAME.gold.json`)", "",
         "```",
         '{"kind": "<n>-<group>:<variant>", "producer": str, "file": str,',
         ' "encoding": Python codec name for text files ("utf-8-sig" = UTF-8 with BOM, "utf-8", "cp1252",',
         '             "utf-16le (BOM FF FE)"), null for binary workbooks,',
         ' "person": holder name as printed (without label like "Learner:"), or null,',
         ' "rows": [{"title", "date": "YYYY-MM-DD", "credits": number, "unit": "contact hour"|"CEU"|"CMLE",',
         '           "provider": str or null}],   # activities only, file order; total/blank rows excluded',
         ' "notes": str}',
         "```", "",
         "Unit: from the amount header ('CE Hours', 'Contact Hours', 'Hours' -> contact hour; 'CEUs'/\"CEU's\" -> CEU;",
         "'CMLE Credits' -> CMLE) or, where present, the per-row 'Credit Type'/'Type' column ('Contact Hours',",
         "'P.A.C.E. Contact Hours' -> contact hour; 'CEU'/'CEUs' -> CEU; 'CMLE'/'CMLE Credits' -> CMLE).",
         "Dates with a time of day (serial fractions) keep only the day.", "",
         "## Counts per kind", "", "| kind | files |", "|---|---|"]
    for k, n in sorted(top.items()):
        L.append("| %s | %d |" % (k, n))
    L += ["", "| kind:variant | files |", "|---|---|"]
    for k, n in sorted(kinds.items()):
        L.append("| %s | %d |" % (k, n))
    L += ["", "## Counts per producer", "", "| producer | files |", "|---|---|"]
    for k, n in sorted(prods.items()):
        L.append("| %s | %d |" % (k, n))
    L += ["", "## All files (%d)" % len(MANIFEST), "",
          "| file | kind | producer | encoding | person | rows | notes |", "|---|---|---|---|---|---|---|"]
    for g in MANIFEST:
        L.append("| %s | %s | %s | %s | %s | %d | %s |" % (
            g["file"], g["kind"], g["producer"], g["encoding"] or "-", g["person"] or "-", len(g["rows"]),
            g["notes"].replace("|", "\\|")))
    with open(os.path.join(DIR, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    os.makedirs(SRC, exist_ok=True)
    f_utf8(None)
    f_utf16()
    f_cp1252()
    f_dates()
    f_serial()
    f_other_sheets()
    f_subtotals()
    f_cover()
    f_misspelled()
    shutil.rmtree(os.path.join(SRC, "out"), ignore_errors=True)
    shutil.rmtree(LO_PROFILE, ignore_errors=True)
    MANIFEST.sort(key=lambda g: g["file"])
    readme()
    print("wrote %d files" % len(MANIFEST))


if __name__ == "__main__":
    main()
