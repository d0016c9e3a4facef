"""Writes README.md from the certificate definitions (called by build.py after a full build)."""
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = """# certs-z1 — blind test set of CE certificates (ASCP BOC CMP)

30 invented continuing-education certificates (`z01.pdf` … `z30.pdf`) with gold answers
(`zNN.gold.json`) for a reader that extracts CMP facts from certificates of completion.
Every person, hospital, university, vendor, course and number is invented; real organisation
names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, MediaLab) carry invented activities.
The set was written without looking at the reader or at any other test set.

## How it was made

    cd /work/blind/certs-z1
    /usr/bin/python3 build.py            # all 30 PDFs + gold files + this README
    /usr/bin/python3 build.py z05 z17    # only some
    /usr/bin/python3 verify.py           # checks PDFs against gold (exit status = failures)

Files:

| file | role |
|---|---|
| `build.py` | driver: builds every certificate, writes `zNN.gold.json`, writes README.md |
| `engines.py` | producer back-ends (Chromium, LibreOffice, PHP, Ghostscript, qpdf AcroForm fill+flatten) |
| `certs_html.py` | Chromium certificates (hand-written HTML/CSS, `--print-to-pdf`) |
| `certs_office.py` | LibreOffice certificates: flat ODF `.fodt` written as XML, and `.docx` written with python-docx |
| `certs_php.py` | FPDF and TCPDF certificates (PHP scripts generated into `_build/` and run with `php`) |
| `certs_rl.py` | ReportLab canvas, ReportLab Platypus, and AcroForm templates (ReportLab) filled by editing `/V` through qpdf's JSON round-trip, then `qpdf --generate-appearances --flatten-annotations=all` |
| `certs_ps.py` | hand-written PostScript distilled with Ghostscript `pdfwrite` |
| `verify.py` | `pdftotext -layout` check of every gold field |
| `readme.py` | writes this file |

Intermediate sources (HTML, FODT, DOCX, PHP, PS, form templates) are written to `_build/`;
Chromium and LibreOffice profiles to `.profiles/`. Neither is part of the set; both are recreated by
`build.py`. Converters are run one at a time. Each certificate's gold answer sits next to the code
that draws it (the `@cert(...)` decorator in the `certs_*.py` modules).

## Gold schema

One JSON object per certificate:

    {"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD",
     "credits","unit","points","provider":[...],"activity_id"}

`style` is the provider family, `producer` the PDF tool chain, `layout` free tags describing the
page (and which hard cases it contains), `notes` what makes it tricky and which figures are distractors.

## Conventions (the gold follows these exactly)

- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page.

## Verify

`verify.py` runs `pdftotext -layout` on each PDF and checks, whitespace-insensitively, that the
name, the title, every provider string, the activity id, the credits figure and the unit word appear,
that the date appears in a usual printed form (or as the last day of a printed range), and that
points = credits (×10 for CEU). A provider of the form "Institution, Office" is accepted when both
parts are printed. A title that wraps inside a table cell is interleaved with neighbouring cells in
`-layout` output, so for those (z07, z19, z25) the title is also looked up in
pdftotext's reading-order output; verify reports when it used that fallback.
"""


def write(all_certs, gold_of):
    golds = [gold_of(c) for c in all_certs]
    st = collections.Counter(g["style"] for g in golds)
    pr = collections.Counter(g["producer"] for g in golds)
    lines = [HEAD, "## Counts", "", "Per style (%d styles):" % len(st), "", "| style | n |", "|---|---|"]
    lines += ["| %s | %d |" % (k, v) for k, v in sorted(st.items())]
    lines += ["", "Per producer:", "", "| producer | n |", "|---|---|"]
    lines += ["| %s | %d |" % (k, v) for k, v in sorted(pr.items())]
    two = [c["id"] for c in all_certs if "two-page" in c["layout"]]
    lines += ["", "Two-page certificates: %s. Landscape: %s." % (
        ", ".join(two), ", ".join(c["id"] for c in all_certs if "landscape" in c["layout"])), ""]
    lines += ["## All certificates", "",
              "| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for c, g in zip(all_certs, golds):
        lines.append("| %s | %s | %s | %s | %s | %s | %g | %s | %g | %s | %s |" % (
            c["id"], g["style"], g["producer"], g["name"], g["title"].replace("|", "\\|"), g["date"], g["credits"],
            g["unit"], g["points"], " ; ".join(g["provider"]), g["activity_id"] if g["activity_id"] else "null"))
    lines += ["", "## Layout tags and notes", ""]
    for c, g in zip(all_certs, golds):
        lines.append("- **%s** (%s) — %s" % (c["id"], ", ".join(g["layout"]), g["notes"]))
    lines += ["", UNCERTAIN]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


UNCERTAIN = """## Points a reader (or a reviewer of the gold) might dispute

- z03 (CAP): the credit table shows a maximum of 2.0 for three credit types and 1.5 claimed P.A.C.E.
  contact hours; gold is the claimed 1.5.
- z08 (ADLM): unit printed as "ACCENT® contact hours", gold unit "contact hour".
- z16 (joint accreditation): page 2 lists an ACPE figure with "(0.15 CEU)"; the laboratory figure is
  the P.A.C.E. 1.5 contact hours claimed on page 1, so gold unit is contact hour, not CEU.
- z17 (university): only CEUs are awarded (0.6 CEU → 6 points); the footnote "one CEU equals ten
  contact hours" is explanatory text, not a second figure.
- z09 / z19: session certificates at multi-day meetings — gold date is the printed session date,
  not the last day of the meeting.
- z04 / z13 / z24: meeting attendance — gold title is the meeting name; z24's page 2 lists session
  titles, which are not the gold title.
- z14 / z15 / z16 / z17 / z27: department or office as provider → two provider strings
  ("Institution" and "Institution, Office"); on the page the office is printed on its own line or
  run into the accreditation statement without a comma.
- z21 (CAP): 3.0 P.A.C.E. contact hours claimed on page 1; page 2 gives 3.5 as the P.A.C.E. and
  AMA PRA maxima.
- z23: the P.A.C.E. line names no provider ("This program is approved for P.A.C.E.® credit through the
  ASCLS P.A.C.E.® Program"), so the issuer line is the only provider text.
- z20 / z23 / z28: provider printed only as an issuer line (z20 also in its P.A.C.E. statement);
  z05 / z29: provider printed only as the subject of the P.A.C.E. statement.
"""
