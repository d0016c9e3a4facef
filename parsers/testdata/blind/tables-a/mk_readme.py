# Writes README.md from the gold files.
import json, glob, os, collections
from common import HERE

docs = []
for g in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    d = json.load(open(g, encoding="utf-8"))
    docs.append((os.path.basename(g)[:-10], d))
P = collections.Counter(d["producer"] for _, d in docs)
L = collections.Counter(l for _, d in docs for l in d["layouts"])
nrows = sum(len(d["rows"]) for _, d in docs)
out = ["# Blind table test set A (CE transcripts as PDF tables)", "",
       "Written without looking at the celedger parser. Each `X.pdf` has a `X.gold.json` with the activity rows",
       "in document order (totals rows excluded), normalised date (ISO), credits as printed, unit, CMP points",
       "(CEU x 10, every other unit x 1) and status (only where a Status column exists).", "",
       "* `make.sh` regenerates everything (sources, gold files, PDFs) and then runs `verify.py`, which checks",
       "  that every gold row's title words, printed date and printed credits appear in `pdftotext -layout`.",
       "* `mk_*.py` (run with /usr/bin/python3) write the sources into `src/` and the gold files; ReportLab",
       "  documents are rendered directly by `mk_reportlab.py` / `mk_derived.py`; PHP renderers are in `src/php/`.",
       "* `src/check/X.json` holds the printed (display) strings used by `verify.py`; `build/` holds the",
       "  intermediate PDFs that Ghostscript / qpdf transform.", "",
       "Units in gold: `CMLE`, `contact hours`, `CE hours`, `P.A.C.E.`, `AMA PRA Category 1`, `CEU`.",
       "Where a document has no unit column, the unit comes from the column heading or a note above/below the table.", "",
       "## Counts", "",
       "%d documents, %d gold rows." % (len(docs), nrows), "",
       "| producer | documents |", "|---|---|"]
out += ["| %s | %d |" % (k, v) for k, v in sorted(P.items())]
out += ["", "| layout tag | documents |", "|---|---|"]
out += ["| %s | %d |" % (k, v) for k, v in sorted(L.items(), key=lambda x: (-x[1], x[0]))]
out += ["", "## Files", "", "| file | producer | rows | person | layouts | what is special |", "|---|---|---|---|---|---|"]
for name, d in docs:
    out.append("| %s.pdf | %s | %d | %s | %s | %s |" % (name, d["producer"], len(d["rows"]), d["person"] or "(none)",
                                                        ", ".join(d["layouts"]), d["notes"].replace("|", "/")))
out += ["", "## Layout tags", "",
        "* `ruled` / `unruled`: table drawn with cell borders, grid or row rules / without rules (a single rule under the header still counts as unruled).",
        "* `wrapped-titles`: titles wrap over 2-4 lines inside their cell; gold joins the lines with one space.",
        "* `tight-columns`: less than one character of space between a cell's text and the next column's text (ID runs into date, title line ends at the credits column).",
        "* `tight-headers`: header labels set with (almost) no space between them.",
        "* `wrapped-headers`: header labels on two lines.",
        "* `title-across-page-break`: a row is split at a page end and its title continues under the repeated header on the next page.",
        "* `spaced-text`: a row is one text string with runs of spaces between columns, or cells drawn with character spacing.",
        "* `redistilled`, `rotated`, `encrypted`, `object-streams`, `linearized`: Ghostscript / qpdf transforms.",
        "", "## Not made / caveats", "",
        "* Chromium never split a table row across pages (it moves the whole row), so `title-across-page-break` comes from Writer, docx via LibreOffice, FPDF and ReportLab only.",
        "* Ghostscript re-distils were first tried with a DejaVu Serif Writer document and a ReportLab TrueType document; gs broke the `fi` ligature (\u6600\u6900 in pdftotext) and an accented letter (u-umlaut -> euro sign). The final bases use Liberation Serif and core Helvetica so that the text survives; the effect itself is a known gs pdfwrite artefact worth a separate test.",
        ""]
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(out))
