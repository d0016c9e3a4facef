"""Generate every source document, its gold file and verify hints.

Run from /work/blind/tables-b:  /usr/bin/python3 tools/gen.py
"""
import datetime as dt
import json
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import make_rows, add_codes, fdate  # noqa: E402
from model import Doc  # noqa: E402
import r_html  # noqa: E402
import r_odf  # noqa: E402
import r_rtf  # noqa: E402
import r_docx  # noqa: E402

C03_SIZE = 11
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
D = dt.date
DOCS = []          # (doc, source kind)
DERIVED = []       # (id, producer, base id, extra layouts, notes, command)


def C(key, label, align="left", **kw):
    d = {"key": key, "label": label, "align": align}
    d.update(kw)
    return d


def bump(rows, i, credits, title):
    """Give row i a long (multi-day) activity so decimal alignment has 1- and 2-digit hours."""
    from lib import POINTS
    rows[i]["credits"] = credits
    rows[i]["title"] = title
    rows[i]["points"] = round(credits * POINTS[rows[i]["unit"]], 4)
    return rows


def add(doc, kind):
    DOCS.append((doc, kind))
    return doc


def ascp_meta(name, cid, cert="MLS(ASCP)CM", cycle="01/01/2023 - 12/31/2025"):
    return [("Name:", name), ("ASCP Customer ID:", cid), ("Certification:", cert), ("Current CMP Cycle:", cycle)]


def _rl_font(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    paths = {"LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"}
    if font in paths and font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, paths[font]))
    return font


def first_line_widths(titles, font, size, width):
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    _rl_font(font)
    return [stringWidth(simpleSplit(t, font, size, width)[0], font, size) for t in titles]


def best_wrap(titles, font, size, lo, hi, gap_lo, gap_hi):
    """Width (pt) at which most titles' first wrapped line ends gap_lo..gap_hi pt short of the width."""
    def score(q):
        return sum(1 for w in first_line_widths(titles, font, size, q) if gap_lo <= q - w <= gap_hi)
    return max((q / 4 for q in range(int(lo * 4), int(hi * 4))), key=score)


def text_width(t, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(t, _rl_font(font), size)


def mono_lines(doc, spec, sep="  ", total=None):
    """spec: list of (key, width, align).  The column with key 'title' wraps."""
    def fmt_line(vals):
        out = []
        for (key, w, al), v in zip(spec, vals):
            out.append(v.rjust(w) if al == "right" else v.ljust(w))
        return sep.join(out).rstrip()

    head = fmt_line([next(c["label"] for c in doc.cols if c["key"] == k) for k, _, _ in spec])
    rule = sep.join("-" * w for _, w, _ in spec)
    lines = []
    for item in doc.body():
        cells = item["cells"]
        parts = {}
        for k, w, al in spec:
            v = cells.get(k, "")
            parts[k] = textwrap.wrap(v, w, break_on_hyphens=False) if (k == "title" and v) else [v]
        n = max(len(p) for p in parts.values())
        if item["kind"] != "row":
            lines.append(rule)
        for i in range(n):
            lines.append(fmt_line([parts[k][i] if i < len(parts[k]) else "" for k, _, _ in spec]))
    return [head, rule], lines


# =====================================================================
# Chromium
# =====================================================================
rows = make_rows(101, 12, D(2023, 2, 1), D(2025, 3, 20), units=("CMLE",), credits="any")
add(Doc("c01-ascp-zebra", "chromium", "María José Fernández-Ruiz",
        ["ruled", "zebra", "wrapped-titles", "wrapped-header", "right-aligned-numbers", "totals", "header-block", "letter"],
        "ASCP-style CE transcript; Letter; ruled grid with zebra rows; header labels wrap onto two lines "
        "(Date / Completed, CMLE / Credits); credits right-aligned with two decimals; 'Total CMLE Credits' row.",
        rows,
        [C("title", "Activity Title", w="47%"), C("provider", "Provider", w="20%"),
         C("date", "Date\nCompleted", w="15%"), C("credits", "CMLE\nCredits", "right", w="12%")],
        date_style="mdY0", num_style="2",
        title_lines=["ASCP CE Transcript"], meta=ascp_meta("María José Fernández-Ruiz", "10458823"),
        total={"label": "Total CMLE Credits:", "label_col": "title", "value_col": "credits"},
        page="Letter", font="'Liberation Sans'", size=10, ruled="all", zebra="#e8eef5", th_bg="#c9d6e3"),
    "html")

rows = add_codes(make_rows(102, 10, D(2024, 1, 5), D(2025, 2, 27), units=("P.A.C.E.",), credits="half"), 102, "LCE-{n4}")
add(Doc("c02-labce-tight-code", "chromium", "Kwame Mensah",
        ["unruled", "vertical-align-middle", "tight-columns", "tight-header", "unusual-column-order", "centred-numbers", "a4",
         "wrapped-titles", "header-block"],
        "LabCE-style transcript; A4; no rules; course number right-aligned and set flush against the left-aligned "
        "completion date (under 1 pt apart; the header reads 'Course #Completed'); cells vertically centred so single-line cells sit beside the middle "
        "of wrapped titles; credits centred; unit column 'P.A.C.E.'.",
        rows,
        [C("code", "Course #", "right", w="11%", css="padding-right:0.5pt;", th_css="padding-right:0.5pt;"),
         C("date", "Completed", w="14%", css="padding-left:0;", th_css="padding-left:0;"),
         C("title", "Course Name", w="51%"), C("credits", "Credits", "center", w="10%"),
         C("unit", "Credit Type", w="14%")],
        date_style="bdY", num_style="1",
        title_lines=["LabCE.com", "Continuing Education Transcript"],
        meta=[("Learner:", "Kwame Mensah"), ("Learner ID:", "LC-558102"), ("Report generated:", "Mar 10, 2025")],
        page="A4", font="'DejaVu Sans'", size=9, ruled="none", valign="middle", th_valign="bottom",
        extra_css="thead th { border-bottom: 0; color: #225; }",
        tight_pairs=[[r"^LCE-\d{4}$", r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$"], [r"#$", r"^Completed"]]),
    "html")

rows = add_codes(make_rows(103, 34, D(2022, 9, 1), D(2025, 4, 15), units=("contact hours",), credits="half"), 103, "PN {n4}-{yy}")
add(Doc("c03-university-fixed-3pages", "chromium", "Siobhán O'Connell",
        ["wrapped-header", "ruled", "fixed-layout", "wrapped-titles", "multi-page", "repeated-header", "title-across-page-break",
         "page-header", "page-footer", "letter", "header-block"],
        "University CE office record; Letter; table-layout: fixed with a narrow Program Title column, titles wrap to 2-4 lines; "
        "3 pages with the header row repeated; at least one row (title) splits across a page break; margin-box "
        "header (confidentiality note) and footer (printed date, 'Page N of M').",
        rows,
        [C("code", "Program Number", w="13%"), C("title", "Program Title", w="34%"),
         C("provider", "Sponsor", w="27%"),
         C("date", "Program Date", w="14%"), C("credits", "Contact Hours", "right", w="12%")],
        date_style="mdY", num_style="1",
        title_lines=["Northfield University School of Health Professions", "Office of Continuing Education - Continuing Education Record"],
        meta=[("Participant:", "Siobhán O'Connell"), ("Profession:", "Medical Laboratory Scientist"),
              ("Record period:", "9/1/2022 - 4/30/2025")],
        page="Letter", font="'Liberation Serif'", size=C03_SIZE, ruled="horizontal", fixed=True, margin="20mm 16mm",
        hdr_right="CONFIDENTIAL - prepared for the named participant only",
        extra_css="td { orphans: 1; widows: 1; padding-top: 6px; padding-bottom: 6px; line-height: 1.3; }",
        ftr_left="Printed 5/2/2025", ftr_right="Page {page} of {pages}",
        ),
    "html")

rows = add_codes(make_rows(104, 15, D(2024, 1, 8), D(2024, 12, 12), units=("contact hours",), credits="half",
                           empty_provider_at=6), 104, "IS-{yy}{n3}")
add(Doc("c04-inservice-landscape", "chromium", "DeShawn Whitaker",
        ["ruled", "landscape", "a4", "extra-columns", "narrow-columns", "vertical-align-bottom", "empty-cell",
         "notes-below", "unusual-column-order", "wrapped-titles", "header-block"],
        "Hospital in-service log; A4 landscape; date first; extra columns Activity ID, Activity Type, Format, "
        "Provider, CMP Category; narrow columns; every cell bottom-aligned; row 7 has no provider; hours are "
        "stated as contact hours only in the note below the table.",
        rows,
        [C("date", "Date", w="9%", nowrap=True), C("code", "Activity ID", w="8%"), C("title", "Title", w="33%"),
         C("type", "Activity Type", w="11%"), C("format", "Format", w="9%"), C("provider", "Provider", w="13%"),
         C("category", "CMP Category", w="10%"), C("credits", "Hours", "right", w="7%")],
        date_style="iso", num_style="g",
        title_lines=["St. Brigid Regional Medical Center", "Department of Pathology & Laboratory Medicine - Employee In-Service Log"],
        meta=[("Employee:", "DeShawn Whitaker"), ("Employee ID:", "004417"), ("Department:", "Core Laboratory"),
              ("Position:", "MLS II")],
        notes_below=["Hours are contact hours (1 contact hour = 1 CMP point).",
                     "Entries without a provider were presented by internal laboratory staff."],
        page="A4", landscape=True, font="'Liberation Sans'", size=8.5, ruled="all", valign="bottom", margin="12mm"),
    "html")

rows = make_rows(105, 20, D(2024, 1, 3), D(2024, 12, 18), units=("CMLE", "AMA PRA Category 1"), credits="any",
                 statuses=["claimed", "claimed", "claimed", "unclaimed", "pending"])
for r in rows:
    r["type"] = r["type"].replace("Journal-Based CE", "Journal CME")
add(Doc("c05-cap-learning-status", "chromium", "Thu Trang Nguyen",
        ["unruled", "zebra", "status-column", "extra-columns", "mixed-units", "page-footer", "multi-page",
         "repeated-header", "letter", "unusual-column-order", "header-block", "wrapped-titles"],
        "CAP-style Learning Transcript; Letter; date first ('March 3, 2025'); Activity Type, Credit Type "
        "(CMLE or AMA PRA Category 1 Credit) and Status (Claimed/Unclaimed/Pending) columns; zebra rows, no rules; "
        "two pages with repeated header and 'Page N of M' footer.",
        rows,
        [C("date", "Completed On", w="15%", nowrap=True), C("title", "Activity Title", w="39%"),
         C("type", "Activity Type", w="14%"), C("credits", "Credits", "right", w="8%"),
         C("unit", "Credit Type", w="14%"), C("status", "Status", w="10%")],
        date_style="BdY", num_style="2", has_status=True,
        unit_disp={"AMA PRA Category 1": "AMA PRA Category 1 Credit™"},
        title_lines=["College of American Pathologists", "Learning Transcript"],
        meta=[("Name:", "Thu Trang Nguyen"), ("Customer #:", "3308712"),
              ("Transcript Period:", "01/01/2024 - 12/31/2024")],
        page="Letter", font="'Liberation Sans'", size=9.5, ruled="header", zebra="#eef2ee", pad="5px 5px",
        margin="18mm 15mm 22mm 15mm", ftr_center="Page {page} of {pages}", ftr_left="CAP Learning Transcript"),
    "html")

rows = bump(make_rows(106, 16, D(2023, 1, 10), D(2024, 12, 5), units=("P.A.C.E.",), credits="any"), 11, 12.5,
            "ASCLS Annual Meeting: Scientific Sessions and Exhibits")
add(Doc("c06-ascls-credits-first", "chromium", "Priya Raghunathan",
        ["wrapped-header", "ruled", "unusual-column-order", "decimal-aligned-numbers", "subtotals", "totals", "letter", "header-block"],
        "ASCLS CE Organizer summary; Letter; credits are the FIRST column and decimal-aligned (integer part "
        "right-aligned, fraction left-aligned); 'Subtotal 2023', 'Subtotal 2024' and 'Grand Total' rows.",
        rows,
        [C("credits", "P.A.C.E.\u00ae Hours", "left", decimal=True, w="12%", halign="center"),
         C("date", "Date", w="12%"), C("title", "Program Title", w="52%"), C("provider", "Sponsor", w="24%")],
        date_style="mdY", num_style="g",
        subtotals={"label": "Subtotal {year}", "label_col": "title", "value_col": "credits"},
        total={"label": "Grand Total", "label_col": "title", "value_col": "credits"},
        title_lines=["ASCLS CE Organizer", "Continuing Education Summary"],
        meta=[("Member:", "Priya Raghunathan"), ("Member #:", "A-0097731"), ("Report period:", "2023-2024")],
        page="Letter", font="'DejaVu Serif'", size=9.5, ruled="all", dec_int_w="2.2em", dec_frac_w="2.0em"),
    "html")

rows = add_codes(make_rows(107, 22, D(2023, 6, 1), D(2025, 1, 31), units=("CE hours",), credits="any"), 107, "CP{n5}")
doc = Doc("c07-lms-monospace", "chromium", "Jean-Luc Beaumont",
          ["monospace", "wrapped-titles", "totals", "unruled", "a4", "unusual-column-order", "header-block"],
          "LMS learner activity report printed as one <pre> block (Liberation Mono 8 pt): every row is a single "
          "text string with runs of spaces; long titles continue on indented lines; dashed rules; total line.",
          rows,
          [C("date", "COMPLETED"), C("code", "COURSE ID"), C("title", "COURSE TITLE"), C("credits", "CE HRS", "right")],
          date_style="dbY", num_style="2",
          total={"label": "TOTAL CE HOURS", "label_col": "title", "value_col": "credits"},
          page="A4", font="'Liberation Mono'", size=8)
head, lines = mono_lines(doc, [("date", 11, "left"), ("code", 9, "left"), ("title", 58, "left"), ("credits", 6, "right")])
doc.opts["pre_text"] = "\n".join(
    ["CORNERPATH LMS  -  LEARNER ACTIVITY REPORT", "",
     "Learner .......: Jean-Luc Beaumont", "Learner ID ....: 20-44871", "Organization ..: Valley Reference Laboratory",
     "Run date ......: 03-Feb-2025", ""] + head + lines + ["", "End of report."])
add(doc, "pre")

rows = make_rows(108, 14, D(2024, 2, 1), D(2025, 3, 28), units=("CMLE", "CMLE", "CEU"), credits="any")
add(Doc("c08-medialab-tight-units", "chromium", "Zoë Albrecht-Lindqvist",
        ["unruled", "tight-columns", "tight-header", "mixed-units", "ceu-units", "a4", "wrapped-titles"],
        "MediaLab-style transcript; A4, DejaVu Sans 7.5 pt, no rules; credits right-aligned against a left-aligned "
        "unit with no gap ('1.50CMLE', '0.20CEU'); header labels Date Completed / Credits / Unit set touching "
        "('Date CompletedCreditsUnit'); some rows are in CEU (1 CEU = 10 points).",
        rows,
        [C("title", "Course Title", w="50%"),
         C("date", "Date Completed", "right", w="1%", nowrap=True, th_css="padding:2px 0;", css="padding-right:0;"),
         C("credits", "Credits", "right", w="1%", nowrap=True, th_css="padding:2px 0;", css="padding:2px 0 2px 10px;"),
         C("unit", "Unit", w="1%", nowrap=True, th_css="padding:2px 0;", css="padding:2px 12px 2px 0;"),
         C("provider", "Provider", w="30%")],
        date_style="mdY0", num_style="2",
        title_lines=["MediaLab CE Transcript"],
        meta=[("Learner:", "Zoë Albrecht-Lindqvist"), ("Transcript date:", "04/01/2025")],
        page="A4", font="'DejaVu Sans'", size=7.5, ruled="none", pad="2px 4px",
        tight_pairs=[[r"^\d+\.\d\d$", r"^(CMLE|CEU)$"], [r"^Completed$", r"^Credits"]]),
    "html")

rows = add_codes(make_rows(109, 11, D(2024, 3, 1), D(2025, 3, 15), units=("P.A.C.E.",), credits="any"), 109, "{yy}-{n3}{a}")
add(Doc("c09-aabb-centred-notes", "chromium", "Olusegun Adeyemi",
        ["wrapped-header", "ruled", "centred-numbers", "vertical-align-middle", "notes-below", "a4", "wrapped-titles", "header-block"],
        "AABB-style Education Transcript; A4, Liberation Serif 11 pt; ruled; cells vertically centred; credits "
        "centred; no unit column - the unit is given only in the note below the table "
        "('Credits shown are P.A.C.E.® contact hours').",
        rows,
        [C("title", "Program Title", w="50%"), C("code", "Program Number", w="14%"),
         C("date", "Date Claimed", w="16%"), C("credits", "Credits Earned", "center", w="12%")],
        date_style="dbY", num_style="2",
        title_lines=["AABB", "Education Transcript"],
        meta=[("Name:", "Olusegun Adeyemi"), ("Member ID:", "0081-2271"), ("Generated:", "March 28, 2025")],
        notes_below=["Credits shown are P.A.C.E.\u00ae contact hours.",
                     "AABB is approved as a provider of continuing education programs in the clinical laboratory "
                     "sciences by the ASCLS P.A.C.E.\u00ae Program."],
        page="A4", font="'Liberation Serif'", size=11, ruled="all", valign="middle", th_bg="#ececec"),
    "html")

# =====================================================================
# LibreOffice Writer
# =====================================================================
rows = make_rows(201, 14, D(2023, 3, 1), D(2025, 2, 20), units=("CMLE", "P.A.C.E."), credits="any")
add(Doc("w01-ascp-writer-fodt", "libreoffice-writer", "Fatima Al-Sayed",
        ["ruled", "wrapped-titles", "right-aligned-numbers", "totals", "letter", "header-block", "unusual-column-order", "mixed-units"],
        "ASCP CE Transcript as a Writer flat ODT table; Letter, Liberation Serif 10 pt; date first; credits "
        "right-aligned with a separate Credit Type column (CMLE / P.A.C.E.); 'Total: …' row.",
        rows,
        [C("date", "Date Completed", w="1.05in"), C("title", "Activity Title", w="3.3in"), C("provider", "Provider", w="1.15in"),
         C("credits", "Credits", "right", w="0.65in"), C("unit", "Credit Type", w="0.85in")],
        date_style="mdY0", num_style="g",
        total={"label": "Total:", "label_col": "title", "value_col": "credits"},
        title_lines=["ASCP CE Transcript"],
        meta=ascp_meta("Fatima Al-Sayed", "20931177", cycle="07/01/2023 - 06/30/2026"),
        page="Letter", font="Liberation Serif", size=10, table_width="7in", ruled="all"),
    "fodt")

rows = make_rows(202, 13, D(2023, 4, 1), D(2024, 11, 30), units=("CE hours",), credits="any")
add(Doc("w02-society-html-writer", "libreoffice-writer", "Henrik Østergaard",
        ["unruled", "wrapped-header", "subtotals", "totals", "a4", "right-aligned-numbers", "header-block"],
        "Clinical Lab Science society CE record written as HTML and converted by LibreOffice Writer (Writer/Web); "
        "A4; no rules; header labels wrap over two lines; 'Subtotal 2023', 'Subtotal 2024', 'Grand Total'.",
        rows,
        [C("title", "Course Title", w="56%"), C("date", "Date\nCompleted", w="16%"),
         C("credits", "CE\nHours", "right", w="9%"), C("provider", "Sponsor", w="19%")],
        date_style="bdY", num_style="2",
        subtotals={"label": "Subtotal {year}", "label_col": "title", "value_col": "credits"},
        total={"label": "Grand Total", "label_col": "title", "value_col": "credits"},
        title_lines=["Great Lakes Society for Clinical Laboratory Science", "Member CE Record"],
        meta=[("Member:", "Henrik Østergaard"), ("Member since:", "2016")],
        page="A4", font="Liberation Sans", size=9),
    "writer-html")

rows = make_rows(203, 35, D(2024, 1, 4), D(2024, 12, 20), units=("contact hours",), credits="half")
add(Doc("w03-inservice-rtf-landscape", "libreoffice-writer", "Mei-Ling Huang",
        ["ruled", "landscape", "letter", "multi-page", "repeated-header", "page-header", "page-footer",
         "wrapped-titles", "extra-columns", "centred-numbers", "unusual-column-order", "header-block"],
        "Hospital in-service record in RTF, Letter landscape; date first; Delivery and Presenter/Provider columns; "
        "contact hours centred; header row repeated (\\trhdr) over pages; running header text and footer "
        "'Page N of M' with a confidentiality line.",
        rows,
        [C("date", "Date", frac=0.10), C("title", "Description", frac=0.40), C("format", "Delivery", frac=0.13),
         C("credits", "Contact Hours", "center", frac=0.12), C("provider", "Presenter/Provider", frac=0.25)],
        date_style="mdY", num_style="1",
        title_lines=["Lakeside Community Hospital Laboratory", "Annual In-Service and Continuing Education Record - 2024"],
        meta=[("Employee:", "Mei-Ling Huang"), ("Badge:", "LCH-22318"), ("Section:", "Microbiology")],
        page="Letter", landscape=True, font="Liberation Serif", size=11, valign="top",
        page_header="Lakeside Community Hospital - Laboratory Education Log",
        page_footer="Confidential personnel record\nPage {page} of {pages}"),
    "rtf")

rows = make_rows(204, 12, D(2023, 8, 1), D(2025, 1, 15), units=("CEU",), ceu_credits="ceu")
W04_W = best_wrap([r["title"] for r in rows], "LiberationSans", 9, 230, 290, 0.4, 2.6)
add(Doc("w04-cls-odt-tight-title", "libreoffice-writer", "Chloé Dubois",
        ["unruled", "tight-columns", "wrapped-titles", "ceu-units", "unusual-column-order", "notes-below", "letter", "header-block"],
        "Clinical Lab Science association transcript as a zipped .odt; Letter; date first; title column has no right "
        "padding and the CEU column no left padding, so wrapped title lines end within a character of the CEU "
        "value; credits in CEU (0.1 CEU = 1 contact hour) explained in a note.",
        rows,
        [C("date", "Date", w="0.95in"), C("title", "Title", w="%.2fpt" % (W04_W + 2.88), pad="0.04in 0in 0.04in 0.04in"),
         C("credits", "CEUs", w="0.6in", pad="0.04in 0.04in 0.04in 0.01in"), C("provider", "Provider", w="1.6in")],
        date_style="iso", num_style="2",
        title_lines=["Pacific Northwest Clinical Laboratory Science Association", "CE Transcript"],
        meta=[("Name:", "Chloé Dubois"), ("Member number:", "PNW-4410")],
        notes_below=["CEUs: 0.1 CEU = 1 contact hour."],
        page="Letter", font="Liberation Sans", size=9, table_width="%.2fpt" % (W04_W + 2.88 + 3.15 * 72), ruled="header",
        tight_pairs=[[r"[A-Za-z,:)]$", r"^0\.\d\d$"]]),
    "odt")

rows = add_codes(make_rows(205, 32, D(2023, 1, 9), D(2025, 3, 30), units=("CE hours",), credits="any",
                           statuses=["claimed", "claimed", "unclaimed", "pending"]), 205, "LL-{n4}")
add(Doc("w05-lms-fodt-status-pagebreak", "libreoffice-writer", "Rafael Gutiérrez",
        ["wrapped-header", "ruled", "multi-page", "repeated-header", "page-footer", "title-across-page-break", "status-column",
         "a4", "wrapped-titles", "header-block"],
        "LMS transcript export as Writer flat ODT; A4, DejaVu Sans 8.5 pt; 32 rows over 2-3 pages; table header "
        "row repeated; rows may split across a page break; Status column (Claimed/Unclaimed/Pending); footer "
        "'Page N of M'.",
        rows,
        [C("code", "Course Number", w="1.0in"), C("title", "Course Title", w="3.05in"), C("date", "Completed", w="1.0in"),
         C("credits", "CE Hours", "right", w="0.75in"), C("status", "Status", w="0.9in")],
        date_style="dbY", num_style="2", has_status=True,
        title_lines=["LabLearn LMS", "Transcript Export"],
        meta=[("Learner:", "Rafael Gutiérrez"), ("Organization:", "Sierra Vista Medical Laboratories"),
              ("Exported:", "02-Apr-2025 14:12")],
        page="A4", font="DejaVu Sans", size=8.5, table_width="6.7in", ruled="horizontal", margin="0.7in",
        page_footer="LabLearn LMS - Page {page} of {pages}"),
    "fodt")

# =====================================================================
# LibreOffice Calc
# =====================================================================
rows = add_codes(make_rows(301, 18, D(2024, 1, 2), D(2025, 3, 1), units=("contact hours",), credits="any",
                           title_filter=lambda t: len(t) <= 44), 301, "C{n4}")
add(Doc("k01-lms-csv-calc", "libreoffice-calc", "",
        ["unruled", "unusual-column-order", "a4", "page-header", "page-footer", "no-person"],
        "LMS export as CSV printed by Calc with default page style: no gridlines, sheet name as page header and "
        "'Page 1' footer; names nobody; title is the last column and overflows into empty cells; hours are "
        "contact hours (column label 'Contact Hours').",
        rows,
        [C("date", "Completion Date"), C("credits", "Contact Hours", "right"), C("code", "Course Number"),
         C("title", "Course Name")],
        date_style="iso", num_style="g"),
    "csv")

rows = make_rows(302, 34, D(2023, 5, 1), D(2025, 2, 28), units=("CMLE",), credits="any")
add(Doc("k02-calc-gridlines-wrap", "libreoffice-calc", "Ingrid Sæther",
        ["wrapped-header", "ruled", "gridlines", "wrapped-titles", "multi-page", "repeated-header", "page-footer", "right-aligned-numbers",
         "letter", "header-block"],
        "Calc sheet (.fods) printed with gridlines; Letter; titles in wrapped cells of a fixed-width column; "
        "print-title row repeats the header on page 2; footer 'Page N of M'; credits as numbers formatted 0.00.",
        rows,
        [C("title", "Activity Title", w="3.0in", wrap=True), C("date", "Date Completed", w="1.25in"),
         C("credits", "CMLE Credits", "right", w="0.95in", numeric=True), C("provider", "Provider", w="1.4in", wrap=True)],
        date_style="mdY0", num_style="2",
        title_lines=["CE Activity Log"], meta=[("", "Ingrid Sæther, MLS(ASCP)CM"), ("", "Prepared for ASCP CMP reporting")],
        page="Letter", font="Liberation Sans", size=11, gridlines=True, repeat_header=True, wrap_header=True,
        page_footer="Page {page} of {pages}", sheet="CE Log"),
    "fods")

rows = make_rows(303, 16, D(2024, 1, 15), D(2025, 1, 20), units=("contact hours",), credits="any",
                 empty_provider_at=[4, 11])
add(Doc("k03-calc-landscape-borders", "libreoffice-calc", "Emeka Okafor",
        ["ruled", "landscape", "a4", "extra-columns", "totals", "right-aligned-numbers", "wrapped-titles",
         "empty-cell", "header-block"],
        "Calc sheet, A4 landscape, cell borders (no gridlines); extra columns Activity Type, Delivery, Provider; "
        "two rows with an empty Provider; wrapped titles; 'Total Contact Hours' row.",
        rows,
        [C("title", "Program Title", w="3.6in", wrap=True), C("type", "Activity Type", w="1.3in"),
         C("format", "Delivery", w="1.0in"), C("provider", "Provider", w="1.7in", wrap=True),
         C("date", "Date", w="1.5in"), C("credits", "Contact Hours", "right", w="1.05in", numeric=True)],
        date_style="BdY", num_style="2",
        total={"label": "Total Contact Hours", "label_col": "title", "value_col": "credits"},
        title_lines=["Continuing Education Summary"], meta=[("", "Name: Emeka Okafor"), ("", "Employer: Harbor Point Clinical Laboratory")],
        page="A4", landscape=True, font="DejaVu Sans", size=9, ruled="all", sheet="Summary", wrap_header=True),
    "fods")

rows = make_rows(304, 15, D(2023, 2, 1), D(2024, 12, 1), units=("CEU",), ceu_credits="ceu")
add(Doc("k04-calc-ceu-subtotals", "libreoffice-calc", "Renée Lefebvre-Martin",
        ["unruled", "wrapped-titles", "unusual-column-order", "ceu-units", "subtotals", "totals", "letter", "header-block",
         "tight-columns", "tight-header"],
        "Calc sheet, Letter, no gridlines, no borders; CEUs are the first column, right-aligned, and end about 2 pt "
        "before the left-aligned date ('0.20 3/24/2023', header 'CEUs Date'); titles in wrapped cells; "
        "'Subtotal 2023', 'Subtotal 2024', 'Grand Total' rows; 0.1 CEU = 1 contact hour.",
        rows,
        [C("credits", "CEUs", "right", w="0.7in", numeric=True), C("date", "Date", w="1.0in"),
         C("title", "Description", w="3.7in", wrap=True), C("provider", "Provider", w="1.5in")],
        date_style="mdY", num_style="2",
        subtotals={"label": "Subtotal {year}", "label_col": "title", "value_col": "credits"},
        total={"label": "Grand Total", "label_col": "title", "value_col": "credits"},
        title_lines=["University of the Lakes - Clinical Laboratory Science CE Office"],
        meta=[("", "CEU transcript for Renée Lefebvre-Martin"), ("", "0.1 CEU = 1 contact hour")],
        page="Letter", font="Liberation Serif", size=10.5, sheet="CEU",
        tight_pairs=[[r"^0\.\d\d$", r"^\d{1,2}/\d{1,2}/\d{4}$"], [r"CEUs$", r"^Date"]]),
    "fods")

# =====================================================================
# .docx converted by LibreOffice
# =====================================================================
rows = add_codes(make_rows(401, 34, D(2022, 10, 1), D(2025, 3, 1), units=("contact hours",), credits="half"), 401, "NU-{n4}")
add(Doc("d01-docx-university-repeat", "docx-libreoffice", "Gabriel Nuñez",
        ["wrapped-header", "ruled", "multi-page", "repeated-header", "wrapped-titles", "page-footer", "letter", "header-block"],
        "Word-style .docx (hand-written XML) with a bordered table whose first row is marked tblHeader and repeats "
        "on every page; Letter; Liberation Sans 10 pt; footer 'Page N of M' fields.",
        rows,
        [C("code", "Course Number", frac=0.14), C("title", "Course Title", frac=0.42),
         C("provider", "Provider", frac=0.18),
         C("date", "Date Completed", frac=0.14), C("credits", "Contact Hours", "right", frac=0.12)],
        date_style="mdY0", num_style="1",
        title_lines=["Continuing Education Transcript", "Riverbend University - Clinical Laboratory Science Program"],
        meta=[("Participant:", "Gabriel Nuñez"), ("Student/Alumni ID:", "RB-0192284")],
        page="Letter", font="Liberation Sans", size=10.5, page_footer="Page {page} of {pages}"),
    "docx")

rows = bump(make_rows(402, 12, D(2024, 2, 1), D(2025, 2, 1), units=("contact hours",), credits="any"), 6, 12,
            "Laboratory Professionals Spring Symposium (two days)")
add(Doc("d02-docx-decimal-tightheader", "docx-libreoffice", "Hannah Goldberg",
        ["unruled", "tight-header", "decimal-aligned-numbers", "zebra", "a4", "wrapped-titles", "header-block"],
        "Word-style .docx; A4; no borders, shaded header row and zebra shading; header cells have zero margins "
        "so 'Date Completed' (right-aligned) touches 'Contact Hours'; hours aligned on the decimal point (right tab "
        "stop for the integer part, left tab stop for the fraction; one 12-hour symposium row).",
        rows,
        [C("title", "Activity Title", frac=0.49), C("date", "Date Completed", "right", frac=0.17, th_mar=0),
         C("credits", "Contact Hours", "left", frac=0.16, th_mar=0, decimal=520), C("provider", "Provider", frac=0.18)],
        date_style="mdY", num_style="g",
        title_lines=["Mercy Valley Health", "Laboratory Education Transcript"],
        meta=[("Employee:", "Hannah Goldberg"), ("Department:", "Transfusion Service")],
        page="A4", font="DejaVu Sans", size=9, ruled="none", th_bg="#D0D7E5", zebra="#EEF1F7",
        tight_pairs=[[r"^Completed$", r"^Contact$"]]),
    "docx")

rows = make_rows(403, 14, D(2024, 1, 10), D(2024, 12, 10), units=("CMLE", "AMA PRA Category 1"), credits="any",
                 statuses=["claimed", "claimed", "unclaimed", "pending"])
add(Doc("d03-docx-landscape-status", "docx-libreoffice", "Yusuf Demir",
        ["ruled", "landscape", "letter", "extra-columns", "status-column", "wrapped-titles", "mixed-units", "header-block"],
        "Word-style .docx with a landscape Letter section; CAP-like learning transcript with Activity Type, "
        "Format, Credit Type and Status columns.",
        rows,
        [C("title", "Activity Title", frac=0.36), C("type", "Activity Type", frac=0.12), C("format", "Format", frac=0.10),
         C("date", "Date Completed", frac=0.12), C("credits", "Credits", "right", frac=0.07),
         C("unit", "Credit Type", frac=0.12), C("status", "Status", frac=0.11)],
        date_style="bdY", num_style="2", has_status=True,
        unit_disp={"AMA PRA Category 1": "AMA PRA Category 1"},
        title_lines=["Learning Transcript"],
        meta=[("Name:", "Yusuf Demir"), ("Organization:", "Anatolia Pathology Associates"),
              ("Period:", "Jan 1, 2024 - Dec 31, 2024")],
        page="Letter", landscape=True, font="Liberation Sans", size=9.5, margin=900),
    "docx")

rows = make_rows(404, 30, D(2023, 1, 5), D(2024, 12, 15), units=("CMLE",), credits="any")
add(Doc("d04-docx-subtotals-hf", "docx-libreoffice", "Aiyana Redcloud",
        ["wrapped-header", "ruled", "page-header", "page-footer", "subtotals", "totals", "multi-page", "repeated-header",
         "unusual-column-order", "a4", "right-aligned-numbers", "wrapped-titles", "header-block"],
        "Word-style .docx; A4; title is the LAST column; page header with printed date and confidentiality note, "
        "footer 'Page N of M'; per-year subtotals and a grand total; repeated header row.",
        rows,
        [C("date", "Date", frac=0.14), C("credits", "CMLE Credits", "right", frac=0.12), C("provider", "Provider", frac=0.17),
         C("title", "Course Title", frac=0.57)],
        date_style="mdY0", num_style="2",
        subtotals={"label": "Subtotal {year}", "label_col": "provider", "value_col": "credits"},
        total={"label": "Grand Total", "label_col": "provider", "value_col": "credits"},
        title_lines=["Continuing Education Summary 2023-2024"],
        meta=[("Name:", "Aiyana Redcloud"), ("Credential:", "MLS(ASCP)CM, SBB(ASCP)")],
        page="A4", font="Liberation Serif", size=10.5,
        page_header="Printed 01/06/2025 - Confidential: contains personnel training records",
        page_footer="Page {page} of {pages}"),
    "docx")

# =====================================================================
# FPDF
# =====================================================================
rows = make_rows(501, 13, D(2023, 4, 1), D(2025, 3, 1), units=("CMLE", "P.A.C.E."), credits="any",
                 title_filter=lambda t: len(t) <= 46)
add(Doc("f01-fpdf-ascp-cells", "fpdf", "Bartholomew Quist",
        ["ruled", "header-block", "right-aligned-numbers", "totals", "letter", "mixed-units"],
        "FPDF Cell() grid, Helvetica 9 pt, Letter; ASCP CE Transcript header block; one line per row; credits "
        "right-aligned, Credit Type column; 'Total' row.",
        rows,
        [C("title", "Activity Title", frac=0.43), C("date", "Date Completed", frac=0.15),
         C("credits", "Credits", "right", frac=0.08), C("unit", "Credit Type", frac=0.11), C("provider", "Provider", frac=0.23)],
        date_style="mdY0", num_style="2",
        total={"label": "Total", "label_col": "title", "value_col": "credits"},
        title_lines=["ASCP CE Transcript"], meta=ascp_meta("Bartholomew Quist", "30218845", cycle="01/01/2024 - 12/31/2026"),
        page="Letter", font="Helvetica", size=9, mode="cell", ruled="all", th_bg=[220, 220, 220], rowh=15),
    "fpdf")

rows = make_rows(502, 12, D(2024, 1, 20), D(2025, 2, 10), units=("contact hours",), credits="half")
for r, p in zip(rows, ["Sociedade Brasileira de Análises Clínicas", "ASCP", "Coagulation Education Consortium of the Midwest",
                       "LabCE", "ARUP Laboratories Institute for Clinical and Experimental Pathology", "CAP",
                       "ASM", "Mayo Clinic Laboratories", "Regional Blood Center Education Department", "ADLM",
                       "MediaLab", "APHL"]):
    r["provider"] = p
add(Doc("f02-fpdf-multicell-naive", "fpdf", "Ana Lúcia Carvalho",
        ["ruled", "wrapped-titles", "multicell-heights", "centred-numbers", "a4", "header-block"],
        "FPDF MultiCell() row per cell, each with its own border, so cells of one row have different heights "
        "(title 1-3 lines, provider 1-2 lines, date and hours 1 line); Times 10 pt, A4; hours centred.",
        rows,
        [C("title", "Program Title", frac=0.44), C("provider", "Provider", frac=0.30), C("date", "Date", frac=0.14),
         C("credits", "Contact Hours", "center", frac=0.12)],
        date_style="mdY0", num_style="1",
        title_lines=["Continuing Education Record"],
        meta=[("Name:", "Ana Lúcia Carvalho"), ("Certification:", "MLS(ASCP)CM"), ("Employer:", "Hospital São Lucas - Newark")],
        page="A4", font="Times", size=10, mode="naive", ruled="all"),
    "fpdf")

rows = add_codes(make_rows(503, 15, D(2023, 9, 1), D(2025, 1, 20), units=("P.A.C.E.",), credits="any",
                           title_filter=lambda t: len(t) <= 56), 503, "GL{n5}")
add(Doc("f03-fpdf-tight-code", "fpdf", "Padraig McGillicuddy",
        ["unruled", "tight-columns", "tight-header", "letter", "unusual-column-order", "right-aligned-numbers", "header-block"],
        "FPDF Cell() table without rules, Times 10 pt, Letter; cell margin 0.3 pt; program number right-aligned "
        "against a left-aligned date ('GL12345' touching '03/04/2025', header 'Program NumberDate'); credits right-aligned; "
        "P.A.C.E. only in the column header.",
        rows,
        [C("code", "Program Number", "right", frac=0.14), C("date", "Date", frac=0.14), C("title", "Program Title", frac=0.60),
         C("credits", "P.A.C.E. Hours", "right", frac=0.12)],
        date_style="mdY0", num_style="2",
        title_lines=["Gulf Coast Laboratory Education Network"],
        meta=[("Participant:", "Padraig McGillicuddy"), ("Statement date:", "01/31/2025")],
        page="Letter", font="Times", size=10, mode="cell", ruled="none", cmargin=0.3, rowh=14,
        tight_pairs=[[r"^GL\d{5}$", r"^\d\d/\d\d/\d{4}$"], [r"Number$", r"^Date"]]),
    "fpdf")

rows = add_codes(make_rows(504, 35, D(2022, 6, 1), D(2025, 3, 15), units=("contact hours",), credits="any"), 504, "{n4}")
add(Doc("f04-fpdf-flow-title-last", "fpdf", "Lakshmi Venkataraman-Hale",
        ["ruled", "multi-page", "repeated-header", "page-footer", "title-across-page-break", "unusual-column-order",
         "wrapped-titles", "a4", "header-block"],
        "FPDF; A4, Helvetica 9 pt; title is the last column, written with MultiCell under automatic page break, "
        "so a long title continues on the next page below the repeated header; Header() repeats the column "
        "header; Footer() 'Page x of {nb}'; thin grey rules between rows.",
        rows,
        [C("date", "Completion Date", frac=0.16), C("code", "Activity ID", frac=0.12),
         C("credits", "Hours", "right", frac=0.08), C("title", "Activity Title", frac=0.50)],
        date_style="mdY", num_style="2",
        title_lines=["Continuing Education Transcript"],
        meta=[("Name:", "Lakshmi Venkataraman-Hale"), ("Hours are:", "contact hours")],
        page="A4", font="Helvetica", size=10, mode="flow", ruled="horizontal", bmargin=50, lh=13,
        page_footer="|Page {page} of {pages}|"),
    "fpdf")

rows = make_rows(505, 18, D(2023, 3, 1), D(2024, 11, 20), units=("CMLE",), credits="any")
add(Doc("f05-fpdf-landscape-zebra", "fpdf", "Noémie Castellanos",
        ["ruled", "landscape", "letter", "extra-columns", "zebra", "centred-numbers", "subtotals", "totals",
         "vertical-align-middle", "wrapped-titles", "header-block"],
        "FPDF, Letter landscape; uniform-height MultiCell rows with single-line cells vertically centred; zebra "
        "fill; extra columns Activity Type, Format, Provider, CMP Category; centred credits; per-year subtotals and "
        "grand total.",
        rows,
        [C("title", "Activity Title", frac=0.36), C("type", "Activity Type", frac=0.12), C("format", "Format", frac=0.09),
         C("provider", "Provider", frac=0.12), C("category", "CMP Category", frac=0.10), C("date", "Date", frac=0.11),
         C("credits", "CMLE Credits", "center", frac=0.10)],
        date_style="dbY", num_style="2",
        subtotals={"label": "Subtotal {year}", "label_col": "title", "value_col": "credits"},
        total={"label": "Grand Total", "label_col": "title", "value_col": "credits"},
        title_lines=["ASCLS CE Organizer - Activity Report"],
        meta=[("Member:", "Noémie Castellanos"), ("Member #:", "A-0150043")],
        page="Letter", landscape=True, font="Helvetica", size=8.5, mode="multicell", ruled="all",
        valign="middle", zebra=[235, 241, 248], th_bg=[200, 214, 230]),
    "fpdf")

rows = add_codes(make_rows(506, 35, D(2023, 1, 1), D(2025, 2, 1), units=("CMLE",), credits="any"), 506, "{n5}")
doc = Doc("f06-fpdf-monospace", "fpdf", "Björn Halvorsen",
          ["monospace", "page-header", "multi-page", "repeated-header", "letter", "unruled", "totals", "wrapped-titles",
           "title-across-page-break"],
          "FPDF Courier 9.5 pt report, Letter; every row is one text string with runs of spaces; long titles "
          "continue on indented lines (one title's continuation lines fall on page 2, below the repeated column "
          "header); page header with printed date and 'Page N of M' on each page; total line.",
          rows,
          [C("date", "DATE"), C("code", "ACTIVITY"), C("title", "TITLE"), C("credits", "CMLE", "right")],
          date_style="mdY0", num_style="2",
          total={"label": "TOTAL CMLE", "label_col": "title", "value_col": "credits"},
          page="Letter", font="Courier", size=9.5, mode="mono",
          page_header="CE REPORT - Printed 02/14/2025||Page {page} of {pages}")
head, lines = mono_lines(doc, [("date", 10, "left"), ("code", 8, "left"), ("title", 50, "left"), ("credits", 6, "right")])
doc.meta = [("", "Participant: Björn Halvorsen"), ("", "Lab: North Shore Hospital Laboratory")]
doc.title_lines = ["CONTINUING EDUCATION ACTIVITY REPORT"]
doc.opts.update(head_lines=head, lines=lines)
add(doc, "fpdf")

# =====================================================================
# TCPDF
# =====================================================================
rows = add_codes(make_rows(601, 12, D(2024, 1, 1), D(2025, 3, 31), units=("CMLE",), credits="any",
                           empty_provider_at=3), 601, "KW-{n4}")
for r, p in zip(rows, ["Polskie Towarzystwo Diagnostyki Laboratoryjnej", "ASCP", "CAP", "", "LabCE",
                       "Warsaw Medical University Continuing Education Centre", "ASM", "ADLM", "AABB",
                       "MediaLab", "Coagulation Education Consortium", "ASCLS"]):
    r["provider"] = p
add(Doc("t01-tcpdf-multicell-unicode", "tcpdf", "Katarzyna Wiśniewska",
        ["ruled", "wrapped-titles", "multicell-heights", "extra-columns", "a4", "right-aligned-numbers",
         "empty-cell", "vertical-align-bottom", "header-block"],
        "TCPDF MultiCell rows (DejaVu Sans 8.5 pt, A4) with a shared row height; title and provider wrap to "
        "different line counts; cell text bottom-aligned; one row without provider; Unicode name.",
        rows,
        [C("code", "Activity ID", frac=0.11), C("title", "Activity Title", frac=0.40), C("provider", "Provider", frac=0.22),
         C("date", "Completed", frac=0.11), C("credits", "Credits", "right", frac=0.08), C("unit", "Unit", frac=0.08)],
        date_style="iso", num_style="2",
        title_lines=["CE Transcript"], meta=[("Name:", "Katarzyna Wiśniewska"), ("Certification:", "MLS(ASCP)CM")],
        page="A4", font="dejavusans", size=8.5, mode="multicell", ruled="all", valign="bottom"),
    "tcpdf")

rows = make_rows(602, 30, D(2023, 1, 15), D(2025, 3, 1), units=("contact hours",), credits="any")
add(Doc("t02-tcpdf-html-zebra", "tcpdf", "Dmitri Volkov",
        ["ruled", "zebra", "multi-page", "repeated-header", "wrapped-titles", "letter", "header-block"],
        "TCPDF writeHTML() table with <thead> (repeated on every page), bordered, zebra rows via bgcolor; "
        "Letter, Helvetica 9 pt.",
        rows,
        [C("title", "Course Title", frac=0.48), C("date", "Date Completed", frac=0.20),
         C("credits", "Contact Hours", "right", frac=0.13), C("provider", "Provider", frac=0.19)],
        date_style="BdY", num_style="2",
        title_lines=["Continuing Education Transcript"],
        meta=[("Name:", "Dmitri Volkov"), ("Employer:", "Cascade Regional Laboratory Services")],
        page="Letter", font="helvetica", size=9, mode="html", ruled="all", zebra_html="#edf2f7"),
    "tcpdf")

rows = make_rows(603, 14, D(2024, 3, 1), D(2025, 3, 20), units=("CMLE", "CMLE", "P.A.C.E."), credits="any",
                 title_filter=lambda t: len(t) <= 58)
add(Doc("t03-tcpdf-tight-units", "tcpdf", "Leilani Kahananui",
        ["unruled", "tight-columns", "tight-header", "a4", "mixed-units"],
        "TCPDF Cell() table, Times 9 pt, A4, no rules; credits right-aligned with zero padding against a "
        "left-aligned unit ('1.50CMLE', '2.00P.A.C.E.'); header labels 'Date Completed', 'Credits', 'Unit' and "
        "'Provider' with zero padding so they touch.",
        rows,
        [C("title", "Course Title", frac=0.55), C("date", "Date Completed", "right", frac=0.14, pad=[0, 0]),
         C("credits", "Credits", "right", frac=0.06, pad=[0, 0]), C("unit", "Unit", frac=0.09, pad=[0, 0]),
         C("provider", "Provider", frac=0.16, pad=[0, 0])],
        date_style="mdY0", num_style="2",
        title_lines=["Hawaiʻi Clinical Laboratory Society".replace("ʻ", "'"), "CE Transcript"],
        meta=[("Name:", "Leilani Kahananui")],
        page="A4", font="times", size=9, mode="cell", ruled="none", cpad=0, rowh=13,
        tight_pairs=[[r"^\d+\.\d\d$", r"^(CMLE|P\.A\.C\.E\.)$"], [r"Completed$", r"^Credits"]]),
    "tcpdf")

rows = make_rows(604, 34, D(2023, 1, 12), D(2024, 12, 20), units=("CMLE", "AMA PRA Category 1"), credits="any",
                 statuses=["claimed", "claimed", "claimed", "unclaimed", "pending"])
add(Doc("t04-tcpdf-landscape-status", "tcpdf", "Agnieszka Nowak-Kowalska",
        ["ruled", "landscape", "a4", "status-column", "page-header", "page-footer", "multi-page", "repeated-header",
         "wrapped-titles", "mixed-units", "header-block"],
        "TCPDF, A4 landscape; CAP-style Learning Transcript with Credit Type and Status columns; Header() "
        "prints the transcript name and printed date on every page and repeats the column header; Footer() "
        "'Page N of M' and a confidentiality note; 34 rows over several pages.",
        rows,
        [C("date", "Completed On", frac=0.11), C("title", "Activity Title", frac=0.43), C("type", "Activity Type", frac=0.13),
         C("credits", "Credits", "right", frac=0.07), C("unit", "Credit Type", frac=0.15), C("status", "Status", frac=0.11)],
        date_style="mdY0", num_style="2", has_status=True,
        unit_disp={"AMA PRA Category 1": "AMA PRA Category 1 Credit"},
        title_lines=["Learning Transcript"],
        meta=[("Name:", "Agnieszka Nowak-Kowalska"), ("Customer #:", "4471903")],
        page="A4", landscape=True, font="dejavusans", size=8.5, mode="multicell", ruled="all", tmargin=44,
        page_header="College of American Pathologists - Learning Transcript||Printed 01/15/2025",
        page_footer="Confidential - for the named learner only\n|Page {page} of {pages}|"),
    "tcpdf")

rows = make_rows(605, 10, D(2024, 4, 1), D(2025, 3, 1), units=("P.A.C.E.",), credits="any")
add(Doc("t05-tcpdf-notes-totals", "tcpdf", "Jürgen Weiß",
        ["ruled", "right-aligned-numbers", "totals", "notes-below", "letter", "unusual-column-order",
         "wrapped-titles", "header-block"],
        "TCPDF MultiCell table, Times 11 pt, Letter; date first in d-Mon-yy form; thin horizontal rules only; "
        "credits right-aligned; 'Total: …' row; P.A.C.E.® note below the table gives the unit.",
        rows,
        [C("date", "Date", frac=0.13), C("title", "Title", frac=0.72), C("credits", "Credits", "right", frac=0.15)],
        date_style="dby", num_style="g",
        total={"label": "Total:", "label_col": "title", "value_col": "credits"},
        title_lines=["Tri-State Clinical Laboratory Science Society", "CE Organizer Summary"],
        meta=[("Member:", "Jürgen Weiß")],
        notes_below=["Credits shown are P.A.C.E.\u00ae contact hours."],
        page="Letter", font="times", size=11, mode="multicell", ruled="horizontal"),
    "tcpdf")

# =====================================================================
# ReportLab
# =====================================================================
rows = make_rows(701, 30, D(2022, 8, 1), D(2025, 2, 15), units=("CMLE",), credits="any")
add(Doc("r01-rl-ascp-repeatrows", "reportlab", "Camille Saint-Pierre",
        ["ruled", "multi-page", "repeated-header", "wrapped-titles", "page-footer", "letter", "header-block"],
        "ReportLab platypus Table(repeatRows=1) with a full grid; titles are Paragraphs that wrap; Letter, "
        "Helvetica 9 pt; ASCP CE Transcript header block; 'Page N of M' footer (two-pass canvas).",
        rows,
        [C("title", "Activity Title", frac=0.50, para=True), C("provider", "Provider", frac=0.18, para=True),
         C("date", "Date Completed", frac=0.17), C("credits", "CMLE Credits", "right", frac=0.15)],
        date_style="mdY0", num_style="2",
        title_lines=["ASCP CE Transcript"], meta=ascp_meta("Camille Saint-Pierre", "11873320", cycle="01/01/2022 - 12/31/2024"),
        page="Letter", font="Helvetica", size=9, mode="table", ruled="all", th_bg="#dddddd",
        page_footer="ASCP CE Transcript - Camille Saint-Pierre|Page {page} of {pages}|"),
    "rl")

rows = bump(make_rows(702, 17, D(2023, 3, 1), D(2024, 11, 1), units=("contact hours",), credits="any"), 3, 10.5,
            "Clinical Microbiology Boot Camp: Three-Day Intensive")
add(Doc("r02-rl-decimal-zebra", "reportlab", "Ximena Oyarzún",
        ["unruled", "zebra", "decimal-aligned-numbers", "subtotals", "totals", "a4", "wrapped-titles", "header-block"],
        "ReportLab Table, A4, Times 9 pt; rule under the header only; zebra rows; hours DECIMAL-aligned; "
        "per-year subtotals and a grand total.",
        rows,
        [C("date", "Date", frac=0.13), C("title", "Program Title", frac=0.55, para=True),
         C("credits", "Contact Hours", "right", frac=0.14, decimal=22, halign="center"), C("provider", "Sponsor", frac=0.18, para=True)],
        date_style="mdY", num_style="g",
        subtotals={"label": "Subtotal {year}", "label_col": "title", "value_col": "credits"},
        total={"label": "Grand Total", "label_col": "title", "value_col": "credits"},
        title_lines=["Sociedad Chilena de Tecnólogos Médicos - U.S. Chapter", "CE Record"],
        meta=[("Member:", "Ximena Oyarzún")],
        page="A4", font="Times-Roman", size=9, mode="table", ruled="header", zebra="#eaeaea"),
    "rl")

rows = make_rows(703, 16, D(2024, 1, 10), D(2025, 3, 1), units=("CMLE",), credits="any")
R03_W = best_wrap([r["title"] for r in rows], "Helvetica", 8.5, 240, 320, 0.3, 3.2)
R03_CR = 62 + R03_W + 1.0 + text_width("0.00", "Helvetica", 8.5)
add(Doc("r03-rl-canvas-tight-title", "reportlab", "Sun-Hee Park",
        ["unruled", "tight-columns", "wrapped-titles", "right-aligned-numbers", "unusual-column-order", "letter", "header-block"],
        "ReportLab canvas drawString/drawRightString; Letter, Helvetica 8.5 pt; date first; titles wrapped with "
        "simpleSplit to a width that ends 1.5 pt before the credits column, whose values are right-aligned "
        "(drawRightString) against a fixed edge; the longest title lines nearly touch the credits.",
        rows,
        [C("date", "Date", x=0), C("title", "Activity Title", x=62, wrap=R03_W), C("credits", "CMLE", "right", x=R03_CR),
         C("provider", "Provider", x=R03_CR + 14)],
        date_style="mdY0", num_style="2",
        title_lines=["CE Transcript"], meta=[("Name:", "Sun-Hee Park"), ("Certification:", "MB(ASCP)CM")],
        page="Letter", font="Helvetica", size=8.5, mode="canvas", ruled="header",
        tight_pairs=[[r"[A-Za-z,:)]$", r"^\d+\.\d\d$"]]),
    "rl")

rows = add_codes(make_rows(704, 34, D(2022, 5, 1), D(2025, 3, 1), units=("contact hours",), credits="any"), 704, "{n4}-{yy}")
doc = Doc("r04-rl-monospace-landscape", "reportlab", "Andrés Villalobos",
          ["monospace", "landscape", "letter", "page-header", "multi-page", "repeated-header", "unruled", "header-block",
           "title-across-page-break", "wrapped-titles"],
          "ReportLab canvas, Courier 9.5 pt, Letter landscape; a line-printer style report where every row is one "
          "string; long titles continue on following lines, and one title's continuation falls on page 2 below the "
          "repeated column header lines; page header with printed date and 'Page N of M'. The participant name is "
          "printed in capitals (gold gives it in normal case).",
          rows,
          [C("date", "PROGRAM DATE"), C("credits", "HOURS", "right"), C("code", "PROGRAM NO"), C("title", "PROGRAM TITLE"),
           C("provider", "SPONSOR")],
          date_style="iso", num_style="2",
          page="Letter", landscape=True, font="Courier", size=9.5, mode="mono",
          page_header="MOUNTAIN STATES LAB EDUCATION CONSORTIUM|CE HISTORY - PRINTED 2025-03-03|PAGE {page} OF {pages}")
head, lines = mono_lines(doc, [("date", 12, "left"), ("credits", 6, "right"), ("code", 10, "left"), ("title", 56, "left"),
                               ("provider", 26, "left")])
doc.opts.update(pre_lines=["PARTICIPANT: ANDRÉS VILLALOBOS".replace("É", "É"), "HOURS ARE CONTACT HOURS", ""],
                head_lines=head, lines=lines)
doc.person = "Andrés Villalobos"
add(doc, "rl")

rows = add_codes(make_rows(705, 11, D(2024, 2, 1), D(2025, 2, 20), units=("CMLE",), credits="any"), 705, "MP-{n3}")
add(Doc("r05-rl-wrapped-header", "reportlab", "Miloš Petrović",
        ["ruled", "wrapped-header", "centred-numbers", "vertical-align-middle", "extra-columns", "notes-below",
         "a4", "wrapped-titles", "header-block"],
        "ReportLab Table, DejaVu Sans 8 pt (TTF), A4; header labels are Paragraphs wrapping over two lines in "
        "narrow columns; all cells vertically centred; credits centred; extra Activity ID, Format and CMP "
        "Category columns; notes below.",
        rows,
        [C("code", "Activity Identifier", frac=0.11), C("title", "Activity Title", frac=0.40, para=True),
         C("format", "Delivery Format", frac=0.11, para=True), C("category", "CMP Content Category", frac=0.13, para=True),
         C("date", "Date of Completion", frac=0.13), C("credits", "CMLE Credits Earned", "center", frac=0.12)],
        date_style="bdY", num_style="2",
        title_lines=["Balkan-American Laboratory Professionals Network", "CE Transcript"],
        meta=[("Name:", "Miloš Petrović"), ("ASCP Customer ID:", "40022917")],
        notes_below=["CMLE = Continuing Medical Laboratory Education credit; 1 CMLE = 1 CMP point.",
                     "Transcript generated automatically; contact the network office for corrections."],
        page="A4", font="DejaVuSans", size=8, mode="table", ruled="all", wrap_header=True, valign="MIDDLE",
        th_bg="#e4e9f2"),
    "rl")

rows = make_rows(706, 28, D(2023, 1, 5), D(2024, 12, 28), units=("CE hours",), credits="half")
add(Doc("r06-rl-subtotals-hf", "reportlab", "Élodie Marchand",
        ["ruled", "multi-page", "repeated-header", "page-header", "page-footer", "subtotals", "totals", "letter",
         "wrapped-titles", "header-block"],
        "ReportLab Table with repeatRows, Liberation Serif 10 pt (TTF), Letter; horizontal rules; page header "
        "with printed date and confidentiality note; footer 'Page N of M'; per-year subtotals and grand total.",
        rows,
        [C("title", "Course Title", frac=0.58, para=True), C("date", "Completion Date", frac=0.17),
         C("credits", "CE Hours", "right", frac=0.11), C("provider", "Provider", frac=0.14, para=True)],
        date_style="BdY", num_style="1",
        subtotals={"label": "Subtotal {year}", "label_col": "title", "value_col": "credits"},
        total={"label": "Grand Total", "label_col": "title", "value_col": "credits"},
        title_lines=["Continuing Education Transcript", "Bayside Hospital Laboratory - Staff Development"],
        meta=[("Name:", "Élodie Marchand"), ("Title:", "Medical Laboratory Scientist")],
        page="Letter", font="LiberationSerif", size=10, mode="table", ruled="horizontal",
        page_header="Printed January 10, 2025|CONFIDENTIAL|Bayside Hospital",
        page_footer="|Page {page} of {pages}|"),
    "rl")

rows = make_rows(707, 13, D(2023, 6, 1), D(2025, 2, 1), units=("CEU",), ceu_credits="ceu",
                 empty_provider_at=[2, 9])
R07_CH = 290 + text_width("Date Completed", "Helvetica-Bold", 9)
R07_CR = R07_CH + text_width("CEUs", "Helvetica-Bold", 9)
add(Doc("r07-rl-canvas-ceu-empty", "reportlab", "Precious Dlamini",
        ["unruled", "empty-cell", "ceu-units", "tight-header", "a4", "right-aligned-numbers", "header-block"],
        "ReportLab canvas layout, A4, Helvetica 9 pt; CEU column right-aligned with drawRightString; header label "
        "'CEUs' drawn starting exactly where 'Date Completed' ends ('Date CompletedCEUs'); two rows without a "
        "provider; 0.1 CEU = 1 contact hour.",
        rows,
        [C("title", "Program Title", x=0, wrap=270), C("date", "Date Completed", x=290),
         C("credits", "CEUs", "right", x=R07_CR, hx=R07_CH), C("provider", "Provider", x=R07_CR + 16)],
        date_style="mdY0", num_style="2",
        title_lines=["University of the Highveld - Continuing Education Office", "CEU Transcript"],
        meta=[("Participant:", "Precious Dlamini"), ("Statement date:", "02/20/2025")],
        page="A4", font="Helvetica", size=9, mode="canvas", ruled="header", row_gap=4,
        tight_pairs=[[r"Completed$", r"^CEUs"]]),
    "rl")

# =====================================================================
# Derived: Ghostscript re-distil and qpdf transforms
# =====================================================================
DERIVED += [
    ("g01-gs-cap-learning", "ghostscript", "c05-cap-learning-status", ["redistilled"],
     "Ghostscript pdfwrite re-distil of c05 (Chromium CAP Learning Transcript).", "gs"),
    ("g02-gs-fpdf-multicell", "ghostscript", "f02-fpdf-multicell-naive", ["redistilled"],
     "Ghostscript pdfwrite re-distil of f02 (FPDF MultiCell cells of different heights).", "gs"),
    ("g03-gs-rtf-inservice", "ghostscript", "w03-inservice-rtf-landscape", ["redistilled"],
     "Ghostscript pdfwrite re-distil of w03 (Writer RTF landscape in-service record).", "gs"),
    ("q01-qpdf-rotated-inservice", "qpdf", "c04-inservice-landscape", ["rotated-page"],
     "c04 (A4 landscape) with the content rotated onto a portrait MediaBox (qpdf --rotate=+90 "
     "--flatten-rotation) and then /Rotate 270 (--rotate=-90) so it displays landscape again.", "rotate"),
    ("q02-qpdf-aes256", "qpdf", "r01-rl-ascp-repeatrows", ["encrypted"],
     "r01 encrypted with an empty user password, AES-256 (qpdf --encrypt \"\" owner 256).", "enc256"),
    ("q03-qpdf-aes128", "qpdf", "t02-tcpdf-html-zebra", ["encrypted"],
     "t02 encrypted with an empty user password, 128-bit AES (qpdf --encrypt \"\" owner 128 --use-aes=y).", "enc128"),
    ("q04-qpdf-objstreams", "qpdf", "d01-docx-university-repeat", ["object-streams"],
     "d01 rewritten with compressed object streams (qpdf --object-streams=generate).", "objstm"),
    ("q05-qpdf-linearized", "qpdf", "k02-calc-gridlines-wrap", ["linearized"],
     "k02 linearized (qpdf --linearize).", "linearize"),
    ("q06-qpdf-rotated-tcpdf", "qpdf", "t04-tcpdf-landscape-status", ["rotated-page", "linearized"],
     "t04 (A4 landscape, 3 pages) rotated onto portrait MediaBoxes (+90 flattened, then /Rotate -90) and "
     "linearized.", "rotate-lin"),
]


# =====================================================================
def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def csv_text(doc):
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c["label"] for c in doc.cols])
    for item in doc.body():
        w.writerow([item["cells"].get(c["key"], "") for c in doc.cols])
    return buf.getvalue()


def writer_html(doc):
    o = doc.opts
    from html import escape as e
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>CE Record</title><style>'
         'body { font-family: "%s"; font-size: %spt; } td, th { font-family: "%s"; font-size: %spt; }'
         '</style></head><body>' % (o["font"], o["size"], o["font"], o["size"])]
    h.append("<h2>%s</h2><p><b>%s</b></p>" % (e(doc.title_lines[0]), e(doc.title_lines[1])))
    for lab, val in doc.meta:
        h.append("<p><b>%s</b> %s</p>" % (e(lab), e(val)))
    h.append('<table width="100%" cellpadding="3" cellspacing="0" border="0"><thead><tr>')
    for c in doc.cols:
        h.append('<th width="%s" align="%s" valign="bottom">%s</th>' % (c["w"], c["align"], e(c["label"]).replace("\n", "<br>")))
    h.append("</tr></thead><tbody>")
    for item in doc.body():
        b = item["kind"] != "row"
        h.append("<tr>")
        for c in doc.cols:
            v = e(item["cells"].get(c["key"], ""))
            h.append('<td align="%s" valign="top">%s</td>' % (c["align"], "<b>%s</b>" % v if b and v else v))
        h.append("</tr>")
    h.append("</tbody></table></body></html>")
    return "\n".join(h)


# Titles that the producer wraps right after a hyphen (found with tools/verify.py).
HYPHEN = {
    "c02-labce-tight-code": ["Pre-"],
    "c04-inservice-landscape": ["CKD-"],
    "c06-ascls-credits-first": ["Gram-"],
    "d04-docx-subtotals-hf": ["LC-", "Pre-"],
    "t04-tcpdf-landscape-status": ["Point-"],
    "w05-lms-fodt-status-pagebreak": ["Gram-", "Extended-", "Beta-"],
}


def apply_hyphen_notes():
    for doc, _ in DOCS:
        if doc.id in HYPHEN:
            doc.layouts.append("hyphen-break")
            doc.notes += (" Some titles wrap directly after a hyphen (line ends with %s); the gold title keeps the "
                          "hyphenated word whole, without a space." % ", ".join("'%s'" % h for h in HYPHEN[doc.id]))


def main():
    apply_hyphen_notes()
    os.makedirs(SRC, exist_ok=True)
    by_id = {}
    readme = []
    for doc, kind in DOCS:
        by_id[doc.id] = doc
        base = os.path.join(SRC, doc.id)
        if kind == "html":
            write(base + ".html", r_html.render(doc))
        elif kind == "pre":
            write(base + ".html", r_html.render_pre(doc, doc.opts["pre_text"]))
        elif kind == "fodt":
            write(base + ".fodt", r_odf.fodt(doc))
        elif kind == "odt":
            r_odf.odt(doc, base + ".odt")
        elif kind == "writer-html":
            write(base + ".htm", writer_html(doc))
        elif kind == "rtf":
            write(base + ".rtf", r_rtf.rtf(doc))
        elif kind == "csv":
            write(base + ".csv", csv_text(doc))
        elif kind == "fods":
            write(base + ".fods", r_odf.fods(doc))
        elif kind == "docx":
            r_docx.docx(doc, base + ".docx")
        elif kind in ("fpdf", "tcpdf", "rl"):
            write(base + ".json", json.dumps(doc.export(), ensure_ascii=False, indent=1))
        else:
            raise ValueError(kind)
        write(os.path.join(ROOT, doc.id + ".gold.json"), json.dumps(doc.gold(), ensure_ascii=False, indent=1) + "\n")
        write(os.path.join(SRC, doc.id + ".check.json"), json.dumps(doc.check(), ensure_ascii=False, indent=1))
        readme.append((doc.id, doc.producer, doc.layouts, doc.notes, len(doc.rows), doc.person))
    with open(os.path.join(SRC, "derived.txt"), "w") as f:
        for did, prod, base_id, extra, notes, how in DERIVED:
            base = by_id[base_id]
            g = base.gold()
            g["producer"] = prod
            g["layouts"] = g["layouts"] + extra
            g["notes"] = notes + " Base: " + base.notes
            write(os.path.join(ROOT, did + ".gold.json"), json.dumps(g, ensure_ascii=False, indent=1) + "\n")
            chk = base.check()
            chk["tight"] = []
            write(os.path.join(SRC, did + ".check.json"), json.dumps(chk, ensure_ascii=False, indent=1))
            f.write("%s %s %s\n" % (did, base_id, how))
            readme.append((did, prod, g["layouts"], notes, len(base.rows), base.person))
    write(os.path.join(SRC, "manifest.json"), json.dumps(
        [{"id": i, "producer": p, "layouts": l, "notes": n, "rows": r, "person": pe} for i, p, l, n, r, pe in readme],
        ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
