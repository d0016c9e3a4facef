"""Writes README.md from the certificate registry (counts and gold table are computed, not typed)."""
import os
from collections import Counter

from .common import ROOT, PRODUCERS

PRIMARY = {
    "landscape-border": "framed landscape certificate",
    "lms-export": "learning-management-system export / portal printout",
    "cme-credit-table": "joint-accreditation certificate with a credit-type table",
    "sidebar": "coloured sidebar beside the main column",
    "meeting-ce-record": "society meeting CE record with a session table",
    "mailmerge-certificate": "mail-merged word-processor certificate",
    "letter": "verification letter",
    "memo": "memorandum (TO/FROM/DATE/RE)",
    "labels-above-columns": "labels above values in columns",
    "two-column": "two-column body",
    "training-record": "vendor training record",
    "wallet-card": "half-page certificate plus cut-out wallet card",
    "label-value-certificate": "label/value rows certificate",
    "series-session-table": "multi-part course with part/module table",
    "banner-landscape": "landscape banner certificate",
    "classic-portrait": "classic framed portrait certificate",
    "flattened-form": "AcroForm filled and flattened",
}

INTRO = """# certs-z8 — blind test set of continuing-education certificates (zh01 … zh40)

Forty invented continuing-education certificates (PDF) with gold answers, for testing a reader that extracts
facts for the ASCP BOC Credential Maintenance Program (CMP). Every person, hospital, university, vendor and
activity is invented; real organisation names (ASCP, AABB, CAP, ASCLS and its state societies, ADLM, NSH, ASM,
CLSI, AMT, LabCE, MediaLab, CAMLT) only carry invented activities. The set was written from scratch without
looking at the reader or at any other test set.

## Files

* `zhNN.pdf` — the certificate; `zhNN.gold.json` — its gold answer (one JSON object).
* `build.py` — regenerates every PDF, gold file and this README: `/usr/bin/python3 build.py`
  (or `/usr/bin/python3 build.py zh07 zh19` for selected ids). Builds run strictly one after another.
* `engine/` — the engines build.py uses: `common.py` (paths, producer front-ends, gold record), one module per
  producer (`p_chromium.py`, `p_fodt.py` + `fodt.py`, `p_docx.py`, `p_fpdf.py` + `fpdf_kit.php`, `p_tcpdf.py`,
  `p_rlcanvas.py`, `p_platypus.py`, `p_qpdf.py` + `formpdf.py`, `p_ps.py` + `prelude.ps`) and `readme.py`.
* `verify.py` — checks each PDF against its gold with `pdftotext -layout`.
* `.profiles/` — temporary sources (HTML, FODT, DOCX, PHP, PS, unflattened forms), the Chromium and
  LibreOffice profiles and preview images. Not part of the set; safe to delete.

## How it was made

Each certificate is written by hand for one producer; wording, layout, fonts and distractors differ from one
certificate to the next. Gold facts are declared next to the code that prints them (the `CERTS` list at the end of
each `engine/p_*.py`), and build.py writes them to `zhNN.gold.json`.

Producers:

"""

CONVENTIONS = """
## Gold schema

```
{"style", "producer", "layout": [tags], "notes", "name", "title", "date": "YYYY-MM-DD",
 "credits", "unit", "points", "provider": [...], "activity_id"}
```

## Conventions

* **name** — as printed, without trailing credentials (`, MLS(ASCP)CM`, `, PhD` …) and leading honorifics (`Dr.`);
  capitals as printed (ALL-CAPS names stay capitals); letter spacing removed; suffixes (Jr., Sr., II, III) kept.
* **title** — as printed, wrapped lines joined with a single space, no surrounding quotes. Format lines
  (eCast, Live Webinar, On-Demand, Self-Study, Enduring Material, Virtual Session, Live Virtual Session …) are not part
  of the title; a series name before a colon on the title line ("Grand Rounds: …", "Module 3: …") is. Meeting
  attendance without a session title → the meeting name.
* **date** — the completion/attendance date; for a range, its last day. Issue, print, export, expiry, claim,
  evaluation, release/termination, conferral and letter dates are distractors. A session certificate at a conference
  carries the session date.
* **credits / unit** — the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), the claimed rather
  than the maximum figure; AMA PRA / ANCC / ACPE figures are distractors.
  unit ∈ `contact hour` | `CMLE` | `CE hour` | `CEU`; **points** = credits, except CEU × 10.
* **provider** — a list: the full name as printed, then each printed short form. For a department/office: the
  institution alone and `"Institution, Office"`. Accreditors (ASCLS P.A.C.E., ACCME) are not providers unless the
  certificate is the accreditor's own.
* **activity_id** — the identifier after a course/program/activity/session/event/class/training/offering label;
  `null` when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, student,
  license and trainer numbers are distractors.

Every gold fact is readable on the page by a careful human.

## verify.py

Runs `pdftotext -layout` on each PDF and checks, whitespace-insensitively (after NFKC normalisation), that name,
title, every provider string, activity id and credits figure appear (case-sensitive), that the unit word appears
(case-insensitive), that points match credits/unit, and that the gold date appears in one of its usual renderings
(ISO, US numeric, month name, dd-Mon-yyyy, ordinal "23rd day of", or as the end of a range). A composed department
provider `"Institution, Office"` passes when each comma-separated part is printed. The last line reads
`verify: N/40 certificates passed`.
"""


def _count_table(title, counter, header):
    out = ["### " + title, "", "| %s | count |" % header, "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("| %s | %d |" % (k, v))
    return "\n".join(out) + "\n"


def _cell(v):
    if v is None:
        return "null"
    if isinstance(v, list):
        v = "; ".join(v)
    return str(v).replace("|", "\\|")


def write_readme(certs):
    golds = [(c["id"], c["gold"]) for c in certs]
    styles = Counter(g["style"] for _, g in golds)
    producers = Counter(g["producer"] for _, g in golds)
    tags = Counter(t for _, g in golds for t in g["layout"])
    primary = Counter(g["layout"][0] for _, g in golds)
    parts = [INTRO]
    for k, v in PRODUCERS.items():
        parts.append("* `%s` — %s\n" % (k, v))
    parts.append(CONVENTIONS)
    parts.append("\n## Counts\n\n%d certificates, %d styles, %d producers, %d primary layouts (first layout tag), %d layout tags.\n\n"
                 % (len(golds), len(styles), len(producers), len(primary), len(tags)))
    parts.append(_count_table("Per style", styles, "style") + "\n")
    parts.append(_count_table("Per producer", producers, "producer") + "\n")
    prim = ["### Primary layouts", "", "| layout | meaning | count |", "|---|---|---:|"]
    for k, v in sorted(primary.items(), key=lambda kv: (-kv[1], kv[0])):
        prim.append("| %s | %s | %d |" % (k, PRIMARY.get(k, ""), v))
    parts.append("\n".join(prim) + "\n\n")
    parts.append(_count_table("Per layout tag (all tags)", tags, "tag") + "\n")
    rows = ["## All certificates and their gold", "",
            "| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |",
            "|---|---|---|---|---|---|---:|---|---:|---|---|"]
    for cid, g in golds:
        rows.append("| %s |" % cid + " | ".join(_cell(g[k]) for k in ("style", "producer", "name", "title", "date", "credits",
                                                                       "unit", "points", "provider", "activity_id")) + " |")
    parts.append("\n".join(rows) + "\n\n")
    notes = ["## Notes per certificate", ""]
    for cid, g in golds:
        notes.append("* **%s** (%s) — %s" % (cid, ", ".join(g["layout"]), g["notes"]))
    parts.append("\n".join(notes) + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(parts))
