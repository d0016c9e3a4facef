"""Write README.md from the gold files (run by make.sh after the PDFs exist)."""
import collections
import glob
import json
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

INTRO = """# tables-b — blind test set of PDF CE transcripts (tables)

Blind test documents for the celedger CE-transcript importer, written without looking at the
parser.  Every PDF is a table of continuing-education activities for a medical laboratory
professional (ASCP Credential Maintenance Program), made by a real PDF producer.  All people,
IDs, employers and societies named in the documents are invented.

## Files

- `X.pdf` — the document; `X.gold.json` — what a correct import must return.
- `make.sh` — regenerates everything: `tools/gen.py` writes the sources in `src/` and the gold files,
  then Chromium, LibreOffice (Writer, Calc, .docx import), PHP FPDF/TCPDF (`php/`), ReportLab
  (`tools/rl_render.py`), Ghostscript and qpdf build the PDFs, `tools/verify.py` checks them and
  `tools/readme.py` writes this file.  Run it as `./make.sh` (needs chromium, soffice, php with
  php-fpdf/php-tcpdf, /usr/bin/python3 with python3-reportlab, gs, qpdf, poppler-utils).
- `src/` — generated sources (HTML, FODT/ODT/RTF/HTML for Writer, CSV/FODS, DOCX, JSON for the PHP
  and ReportLab renderers), `src/*.check.json` — the displayed date/credit strings and tight-column
  probes used only by `tools/verify.py`, `src/derived.txt` — which PDFs are Ghostscript/qpdf copies.

## Gold format

```json
{"producer": "chromium", "layouts": ["ruled", "wrapped-titles"], "notes": "...", "person": "Full Name",
 "rows": [{"title": "...", "date": "2025-03-04", "credits": 1.5, "unit": "CMLE", "points": 1.5, "status": ""}]}
```

- `rows` are the activity rows in document order; subtotal / total rows are never rows.
- `title` is the full activity title; lines of a wrapped title are joined with one space.  Where a
  producer wrapped a title directly after a hyphen (layout tag `hyphen-break`, e.g. `CKD-` / `EPI`),
  the gold keeps the hyphenated word whole (`CKD-EPI`), as printed in the source title.
- `date` is ISO.  Slashed dates in the documents are month first.
- `unit` is one of `CMLE`, `contact hours`, `CE hours`, `P.A.C.E.`, `AMA PRA Category 1`, `CEU`.
  When a document has no unit column the unit comes from the column label (`Contact Hours`,
  `CMLE Credits`, `CEUs`, `P.A.C.E. Hours`, `CE Hours`) or from a note/header line
  (`Credits shown are P.A.C.E.® contact hours`, `Hours are contact hours`).
- `points` = CMP points: 1 per credit for every unit except CEU, which is 10 per CEU.
- `status` is `claimed`, `unclaimed` or `pending` where the document has a Status column, else `""`.
- `person` is the person the transcript belongs to, in normal case (one document prints it in
  capitals), or `""` when the document names nobody (k01).

## Verification

`tools/verify.py` checks, for every PDF, that `pdftotext -layout` shows each gold row's title
words in document order (a hyphenated word may be broken after its hyphen), its date as printed
and its credit value; that the person's name appears; that documents tagged `multi-page` have
several pages and those tagged `title-across-page-break` really have a title split over two
pages (and that no untagged document has one); that `hyphen-break` is tagged exactly where a title
breaks after a hyphen; and, with `pdftotext -bbox`, that documents tagged `tight-columns` /
`tight-header` really have neighbouring cells less than half a font size apart.  Every PDF is under
200 KB.

## Layout tags

`ruled` / `unruled` (any rules between cells / none or only a header rule), `gridlines` (Calc
printed grid), `zebra`, `wrapped-titles`, `wrapped-header`, `tight-columns` (a cell's text ends
less than one character before the next column's text), `tight-header` (header labels touching),
`right-aligned-numbers`, `centred-numbers`, `decimal-aligned-numbers`, `multi-page`,
`repeated-header`, `title-across-page-break`, `subtotals`, `totals`, `page-header`, `page-footer`,
`landscape`, `a4`, `letter`, `unusual-column-order` (date, credits or code first, or title last),
`extra-columns`, `status-column`, `monospace`, `empty-cell`, `notes-below`, `header-block`,
`mixed-units`, `ceu-units`, `vertical-align-middle`, `vertical-align-bottom`, `narrow-columns`,
`fixed-layout`, `multicell-heights`, `hyphen-break`, `no-person`, and for the copies
`redistilled`, `rotated-page`, `encrypted`, `object-streams`, `linearized`.
"""


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True).stdout.decode("utf-8", "replace")
    m = re.search(r"Pages:\s+(\d+)", out)
    size = re.search(r"Page size:\s+(.*)", out)
    return (int(m.group(1)) if m else 0), (size.group(1).strip() if size else "")


def main():
    golds = []
    for gp in sorted(glob.glob(os.path.join(ROOT, "*.gold.json"))):
        did = os.path.basename(gp)[:-10]
        golds.append((did, json.load(open(gp, encoding="utf-8"))))
    P = collections.Counter(g["producer"] for _, g in golds)
    L = collections.Counter(l for _, g in golds for l in g["layouts"])
    out = [INTRO, "## Summary\n",
           "%d PDFs, %d activity rows.\n" % (len(golds), sum(len(g["rows"]) for _, g in golds)),
           "| producer | PDFs |", "| --- | --- |"]
    out += ["| %s | %d |" % (p, n) for p, n in sorted(P.items(), key=lambda x: (-x[1], x[0]))]
    out += ["", "| layout | PDFs |", "| --- | --- |"]
    out += ["| %s | %d |" % (l, n) for l, n in sorted(L.items(), key=lambda x: (-x[1], x[0]))]
    out += ["", "## Documents\n"]
    for did, g in golds:
        n, size = pages(os.path.join(ROOT, did + ".pdf"))
        kb = os.path.getsize(os.path.join(ROOT, did + ".pdf")) // 1024
        out.append("### %s.pdf\n" % did)
        out.append("- producer: `%s`; %d page%s (%s); %d rows; %d KB; person: %s" % (
            g["producer"], n, "" if n == 1 else "s", size, len(g["rows"]), kb, g["person"] or "(none)"))
        out.append("- layouts: " + ", ".join("`%s`" % l for l in g["layouts"]))
        out.append("- " + g["notes"] + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
