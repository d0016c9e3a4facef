#!/usr/bin/python3
"""Build the z34 blind certificate set.

usage:  /usr/bin/python3 build.py            # all 40 certificates + gold + README.md
        /usr/bin/python3 build.py yh03 yh17  # only these (README is still rewritten)

Runs one converter at a time (chromium / soffice / php / gs / qpdf).
Intermediate sources go to intermediate/, browser/office profiles to .profiles/.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
sys.path.insert(0, HERE)

import engines  # noqa: E402
from certs import CERTS  # noqa: E402

GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits",
             "unit", "points", "provider", "activity_id"]


def gold_of(c):
    g = {k: c[k] for k in ("style", "producer", "layout", "notes")}
    g.update({k: c["gold"][k] for k in ("name", "title", "date", "credits", "unit", "points",
                                         "provider", "activity_id")})
    return {k: g[k] for k in GOLD_KEYS}


def check_gold(g):
    assert g["unit"] in ("contact hour", "CMLE", "CE hour", "CEU"), g["unit"]
    exp = round(g["credits"] * (10 if g["unit"] == "CEU" else 1), 4)
    assert abs(exp - g["points"]) < 1e-6, (g["credits"], g["points"])
    assert len(g["date"]) == 10 and g["date"][4] == "-" and g["date"][7] == "-"
    assert isinstance(g["provider"], list) and g["provider"]


def fmt_num(x):
    return str(float(x))


README_HEAD = r"""# z34 blind test set: CE certificates for ASCP BOC CMP (yh01 to yh40)

This folder has 40 invented continuing-education certificates (PDF), named
`yh01.pdf` to `yh40.pdf`. Each one has a gold file `yhNN.gold.json`. The set was written
without looking at the reader it is meant to test. Every person, hospital,
university, vendor and activity is invented. Real organisation names (ASCP,
AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT, ASM, CLSI, APHL, LabCE, MediaLab, state
societies) are used only with invented activities, numbers and signers.
Two certificates have two pages: yh02 is a letter plus a list of sessions, and
yh35 is a certificate plus a credit summary. All the others have one page.

## How it was made

```
cd /work/blind/certs-z34
/usr/bin/python3 build.py          # rebuilds all PDFs, gold files and this README
/usr/bin/python3 build.py yh07     # rebuild selected certificates only
/usr/bin/python3 verify.py         # pdftotext -layout checks against the gold
```

* `certs.py` holds the 40 certificate specifications. Each one has a page setup,
  a list of printed blocks (lines, wrapped paragraphs, label/value rows,
  labels-above-values columns, small tables, signature blocks) and its gold answer.
* `engines.py` renders the same block vocabulary with nine different producers:
  * `chromium`: HTML + CSS printed with `chromium --headless --print-to-pdf`
    (the profile is in `.profiles/chromium`).
  * `fodt`: a flat ODF text document (`.fodt`) converted by LibreOffice
    (`soffice --headless --convert-to pdf`, with the profile in `.profiles/libreoffice`).
    Whatever follows a `fill` block is placed in the page footer.
  * `docx`: a Word document made with python-docx and converted by LibreOffice.
    It uses a page border (`w:pgBorders`), and a footer for the blocks after `fill`.
  * `fpdf` and `tcpdf`: `engine_php.php` reads a JSON spec and lays the page out
    with Cell/MultiCell. FPDF 1.84 uses the core Times/Helvetica fonts (cp1252).
    TCPDF 6.6.2 embeds DejaVu subsets. TCPDF adds its own small
    "Powered by TCPDF (www.tcpdf.org)" line.
  * `rl-canvas`: the ReportLab canvas with an absolute layout that Python computes.
  * `rl-platypus`: ReportLab Platypus flowables (Paragraph, Table, Spacer).
  * `acroform`: a ReportLab canvas template whose variable data is held in AcroForm
    text fields. It is then filled and flattened with
    `qpdf --generate-appearances --flatten-annotations=all`, so no fields remain.
  * `ghostscript`: hand-written PostScript (a cp1252 re-encoding of the URW base-35
    fonts; `ashow` for letter spacing) turned into PDF with Ghostscript's `pdfwrite`.
* The converters run one at a time. The generated sources (`.html`, `.fodt`,
  `.docx`, `.json`, `.ps` and the unflattened form PDFs) are kept in
  `intermediate/`. They can be regenerated, and they are not part of the set.
  Neither is `.profiles/`.
* `verify.py` runs `pdftotext -layout` on every PDF. It checks, ignoring whitespace,
  that the name, the title, every provider string, the activity id, the credits
  figure and the unit word appear. A provider of the form "Institution, Office"
  passes when both parts are printed. It checks that points match credits and unit,
  and that the gold date is printed in some form (a range such as
  "Feb 26–28, 2026" counts for its last day).

## Gold schema (one JSON object per certificate)

```
{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD",
 "credits","unit","points","provider":[...],"activity_id"}
```

## Conventions (the gold follows these exactly)

- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page.

## Styles

`ascp`, `aabb`, `cap`, `ascls` (ASCLS's own certificates), `pace-provider` (an invented
organisation approved by ASCLS P.A.C.E.), `labce`, `medialab`, `adlm` (including an older
AACC-branded one), `nsh`, `amt`, `asm`, `clsi`, `state-society` (state or regional society
meetings and webinars), `hospital-inservice`, `public-health-lab`, `joint-cme` (jointly
accredited academic centres with several credit types), `university-ceu`, `vendor`.
"""


def write_readme():
    golds = [gold_of(c) for c in CERTS]
    st = Counter(g["style"] for g in golds)
    pr = Counter(g["producer"] for g in golds)
    out = [README_HEAD.rstrip() + "\n"]
    out.append("\n## Counts per style\n\n| style | n |\n|---|---|\n")
    out += ["| %s | %d |\n" % (k, v) for k, v in sorted(st.items())]
    out.append("\n## Counts per producer\n\n| producer | n |\n|---|---|\n")
    out += ["| %s | %d |\n" % (k, v) for k, v in sorted(pr.items())]
    out.append("\n## All certificates\n\n| id | style | producer | name | title | date | credits | unit"
               " | points | provider | activity_id |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
    for c, g in zip(CERTS, golds):
        cells = [c["id"], g["style"], g["producer"], g["name"], g["title"], g["date"],
                 fmt_num(g["credits"]), g["unit"], fmt_num(g["points"]), " ; ".join(g["provider"]),
                 g["activity_id"] if g["activity_id"] is not None else "null"]
        out.append("| " + " | ".join(str(x).replace("|", "\\|") for x in cells) + " |\n")
    out.append("\n## Layout tags and notes per certificate\n\n")
    for c, g in zip(CERTS, golds):
        out.append("- **%s** — %s. %s\n" % (c["id"], ", ".join(g["layout"]), g["notes"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))


def main(argv):
    os.makedirs(engines.INTER, exist_ok=True)
    os.makedirs(engines.PROFILES, exist_ok=True)
    want = set(argv[1:])
    ids = [c["id"] for c in CERTS]
    assert len(ids) == len(set(ids))
    failures = []
    for c in CERTS:
        g = gold_of(c)
        check_gold(g)
        if want and c["id"] not in want:
            continue
        out = os.path.join(HERE, c["id"] + ".pdf")
        try:
            engines.BUILDERS[c["producer"]](c, out)
        except Exception as e:  # keep going, report at the end
            failures.append((c["id"], repr(e)))
            print("FAIL", c["id"], e)
            continue
        with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", c["id"], c["producer"])
    write_readme()
    if failures:
        print("%d failures" % len(failures))
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv)
