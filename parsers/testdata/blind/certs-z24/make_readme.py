"""Writes README.md from the certificate definitions (called by build.py)."""
from collections import Counter

INTRO = """# Blind CE-certificate test set z24 (zx01 … zx40)

Forty invented continuing-education certificates (PDF) with gold answers, made
for testing a reader that extracts facts for the ASCP Board of Certification
Credential Maintenance Program (CMP).  Nobody who wrote the reader has seen
these documents.  Every person, hospital, university, vendor and activity is
invented; real organisation names (ASCP, AABB, CAP, ASCLS, ADLM/AACC, NSH, AMT,
ASM, CLSI, APHL, LabCE, MediaLab, ASCLS-Ohio) carry invented activities.

## How it was made

```
cd /work/blind/certs-z24
/usr/bin/python3 build.py              # all 40 (about 2-3 minutes, one converter at a time)
/usr/bin/python3 build.py zx05 zx17    # only some
/usr/bin/python3 verify.py             # checks gold strings against pdftotext -layout
```

* `certs.py` – the 40 certificates: content as a small block vocabulary
  (org, heading, name, format line, title, label/value rows, labels-above-values
  columns, tables, signatures, accreditation statements, footers) plus the gold answer.
* `engines/` – one renderer per producer, all reading the same block vocabulary:

| producer | module | how |
|---|---|---|
| chromium-html | `engines/html.py` | HTML+CSS → `chromium --headless --print-to-pdf` (profile in `.profiles/chromium`) |
| libreoffice-fodt | `engines/fodt.py` | flat ODF text → `soffice --headless --convert-to pdf` (profile in `.profiles/libreoffice`) |
| libreoffice-docx | `engines/docx_engine.py` | python-docx .docx → `soffice --headless --convert-to pdf` |
| fpdf | `engines/fpdf_engine.php` + `php_common.php` | PHP FPDF, core fonts (cp1252) |
| tcpdf | `engines/tcpdf_engine.php` + `php_common.php` | PHP TCPDF, embedded DejaVu fonts |
| reportlab-canvas | `engines/rl_canvas.py` + `display.py` | ReportLab canvas, positioned text |
| reportlab-platypus | `engines/platypus.py` | ReportLab Platypus flowables, embedded Liberation/DejaVu TTF |
| acroform-qpdf-flatten | `engines/acroform.py` | ReportLab blank AcroForm → values filled via qpdf JSON → `qpdf --generate-appearances --flatten-annotations=all` |
| ghostscript-ps | `engines/ps.py` | hand-written PostScript (WinAnsi re-encoded Times/Helvetica) → `gs -sDEVICE=pdfwrite` |

* `build/` holds the intermediate sources (HTML, FODT, DOCX, PS, JSON specs,
  blank and filled forms); it and `.profiles/` are not part of the set and are
  recreated by `build.py`.
* `verify.py` runs `pdftotext -layout` on every PDF and checks (whitespace-
  insensitive) that name, title, every provider string, the activity id, the
  credits figure and the unit word appear, and that points match credits/unit.
  Where a title wraps inside a table cell or column, `-layout` interleaves
  neighbouring cells, so for the title only it falls back to `pdftotext -raw`
  (reported as "raw"). A provider given as "Institution, Office" is checked
  part by part.

## Gold schema (one JSON object per certificate, `zxNN.gold.json`)

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
"""


def md(s):
    return str(s).replace("|", "\\|")


def write(certs, path):
    st = Counter(c["style"] for c in certs)
    pr = Counter(c["producer"] for c in certs)
    hard = Counter(t for c in certs for t in c["gold"]["layout"])
    out = [INTRO]
    out.append("## Counts\n")
    out.append("| style | n |\n|---|---|")
    for k, v in sorted(st.items()):
        out.append(f"| {k} | {v} |")
    out.append(f"| **total** | {sum(st.values())} |\n")
    out.append("| producer | n |\n|---|---|")
    for k, v in sorted(pr.items()):
        out.append(f"| {k} | {v} |")
    out.append(f"| **total** | {sum(pr.values())} |\n")
    out.append("Layout / difficulty tags (number of certificates carrying each tag):\n")
    out.append(", ".join(f"{k} {v}" for k, v in sorted(hard.items())) + "\n")
    out.append("Two-page certificates: " + ", ".join(
        c["id"] for c in certs if "two-page" in c["gold"]["layout"]) + ".\n")
    out.append("## All certificates\n")
    out.append("| id | style | producer | name | title | date | credits | unit | points | "
               "provider | activity_id |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for c in certs:
        g = c["gold"]
        out.append("| " + " | ".join(md(x) for x in [
            c["id"], g["style"], g["producer"], g["name"], g["title"], g["date"], g["credits"],
            g["unit"], g["points"], "; ".join(g["provider"]),
            g["activity_id"] if g["activity_id"] is not None else "null"]) + " |")
    out.append("\n## Notes per certificate (distractors and traps)\n")
    for c in certs:
        g = c["gold"]
        out.append(f"- **{c['id']}** ({', '.join(g['layout'])}): {g['notes']}")
    out.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
