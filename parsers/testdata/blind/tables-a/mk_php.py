# Data + gold for the FPDF / TCPDF documents; the PHP renderers live in src/php/*.php
import os, json
from common import *

OUT = os.path.join(SRC, "php", "data")


def dump(docid, person, rows, **extra):
    os.makedirs(OUT, exist_ok=True)
    d = {"person": person, "rows": rows}
    d.update(extra)
    with open(os.path.join(OUT, docid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)


def build():
    # ---------------- FPDF
    rows = mk_rows(501, 25, "mdy", "CMLE", numfmt="1g", long_ratio=0.5, short_ratio=0.15)
    person = "Bartholomew K. Pryce"
    dump("f01_fpdf_ascp_pagebreak", person, rows, total="Total Credits: " + fmt_num(total(rows), "g"))
    write_gold("f01_fpdf_ascp_pagebreak", "fpdf",
               ["ruled", "multi-page", "wrapped-titles", "centred-numbers", "totals-row", "page-footer", "letter", "title-across-page-break"],
               "FPDF 1.84 core Helvetica, Cell() grid drawn row by row; titles wrapped by hand, a row is split at the page end so its title continues on page 2 under the repeated header; 'Total Credits: N' line; footer 'Printed ...' and 'Page N of {nb}'. ASCP header block with cp1252 accented name.",
               person, rows)

    rows = mk_rows(502, 14, "mdy", "CMLE", numfmt="2", long_ratio=0.35)
    person = "Patrick Ó Súilleabháin"
    dump("f02_fpdf_courier_lines", person, rows, total=fmt_num(total(rows), "2"))
    write_gold("f02_fpdf_courier_lines", "fpdf",
               ["unruled", "spaced-text", "wrapped-titles", "totals-row", "letter"],
               "FPDF Courier 9pt: each activity row is ONE Cell() string like '02/14/2025   1.50   CMLE   Title...' (columns made with spaces); titles longer than 50 chars continue on an indented line; dashed header rule; 'TOTAL CMLE' line.",
               person, rows)

    rows = mk_rows(503, 12, "month", None, units_mix=["contact hours", "CEU", "P.A.C.E."], numfmt="2", providers=True,
                   long_ratio=0.35, unit_disp={"contact hours": "Contact Hours", "CEU": "CEU", "P.A.C.E.": "P.A.C.E."})
    person = "Lucía Fernández"
    dump("f03_fpdf_times_landscape", person, rows)
    write_gold("f03_fpdf_times_landscape", "fpdf",
               ["unruled", "unusual-column-order", "right-aligned-numbers", "landscape", "a4", "page-footer", "extra-columns", "wrapped-titles"],
               "FPDF Times 10pt on A4 landscape; column order Credits, Unit, Title, Sponsor, Date Completed (date last); credits right-aligned; mixed Contact Hours / CEU / P.A.C.E.; footer with URL and printed date; no rules except a line under the header.",
               person, rows)

    rows = mk_rows(504, 16, "iso", "CE hours", numfmt="2", long_ratio=0.5, ids=act_id("W"))
    person = "Marcus Oyelaran"
    dump("f04_fpdf_tight", person, rows)
    write_gold("f04_fpdf_tight", "fpdf",
               ["ruled", "tight-columns", "wrapped-titles", "a4"],
               "FPDF Helvetica 8pt with cMargin=0: Activity ID cell width equals the ID text width so the ID runs straight into the ISO date; title lines are filled to the column edge and end right before the CE Hours column; horizontal rule under each row. Unit from heading 'CE Hours'.",
               person, rows)

    rows = mk_rows(505, 11, "mdy1", "CE hours", numfmt="1g", long_ratio=0.25, short_ratio=0.4, providers="Lab Education")
    person = "Rosalind McAlister"
    dump("f05_fpdf_inservice_grid", person, rows, total=fmt_num(total(rows), "1g"))
    write_gold("f05_fpdf_inservice_grid", "fpdf",
               ["ruled", "wrapped-headers", "centred-numbers", "totals-row", "letter", "wrapped-titles"],
               "Hospital in-service sign-off log drawn with FPDF: full grid, header cells with two-line labels ('Date' / 'Completed', 'CE' / 'Hours', 'Presented' / 'By'); CE hours centred; 'Total' row; extra initials column left blank.",
               person, rows)

    # ---------------- TCPDF
    rows = mk_rows(601, 28, "mon", None, units_mix=["AMA PRA Category 1", "contact hours"], credits=[0.5, 1, 1, 1.5, 2, 0.25, 0.75, 1],
                   numfmt="2", status=True, types=True, long_ratio=0.45,
                   unit_disp={"AMA PRA Category 1": "AMA PRA Category 1", "contact hours": "Contact Hours"})
    person = "Kateřina Dvořáková"
    dump("t01_tcpdf_cap_html", person, rows)
    write_gold("t01_tcpdf_cap_html", "tcpdf",
               ["ruled", "multi-page", "status-column", "extra-columns", "wrapped-titles", "page-footer", "letter", "centred-numbers"],
               "TCPDF writeHTML() table with <thead> repeated on each page (28 rows, 2 pages), DejaVu Sans 8.5pt with Czech accents in the name; CAP 'Learning Transcript' with Activity Type and Claimed/Unclaimed status; custom footer 'Page N of M'.",
               person, rows)

    rows = mk_rows(602, 10, "mdy", "CE hours", numfmt="2", long_ratio=0.3, ids=act_id("AB"))
    person = "Anneliese Thorvaldsen-Kim"
    dump("t02_tcpdf_aabb_spacing", person, rows)
    write_gold("t02_tcpdf_aabb_spacing", "tcpdf",
               ["ruled", "spaced-text", "landscape", "letter", "right-aligned-numbers", "extra-columns"],
               "TCPDF Cell() grid on Letter landscape; setFontSpacing(0.25 mm) on the Activity ID, date and hours cells (character spacing); AABB 'Education Transcript' header; person printed as 'Participant: Anneliese Thorvaldsen-Kim'.",
               person, rows)

    rows = mk_rows(603, 12, "dmon", "contact hours", numfmt="g", long_ratio=0.45, providers=True)
    person = "Priya Ramaswamy-Iyer"
    dump("t03_tcpdf_unruled_tightheads", person, rows)
    write_gold("t03_tcpdf_unruled_tightheads", "tcpdf",
               ["unruled", "tight-headers", "wrapped-titles", "a4"],
               "TCPDF MultiCell() rows, no rules; header labels 'Program Date', 'Contact Hours', 'Sponsor' drawn with zero cell padding in columns exactly as wide as the labels so they touch; titles wrap in a MultiCell; dates 03-Mar-2025.",
               person, rows)

    rows = mk_rows(604, 15, "mdy", "P.A.C.E.", numfmt="2", long_ratio=0.3, ids=lambda rng, i, d: "%d" % rng.randrange(100000, 999999))
    person = "Hiroshi Takemura"
    dump("t04_tcpdf_labce_totals", person, rows, total=fmt_num(total(rows), "2"))
    write_gold("t04_tcpdf_labce_totals", "tcpdf",
               ["ruled", "right-aligned-numbers", "totals-row", "page-footer", "a4", "wrapped-titles"],
               "TCPDF core Helvetica; LabCE-style transcript with Course #, title, completion date and right-aligned P.A.C.E. hours; bottom row 'Total P.A.C.E. Hours'; footer URL + date printed.",
               person, rows)

    def pno(rng, i, d):
        return "SS-%02d-%03d" % (d.year % 100, rng.randrange(1, 999))
    rows = mk_rows(605, 13, "mdy1", None, units_mix=["contact hours", "P.A.C.E."], numfmt="1", ids=pno, types=True,
                   credits=[1, 1, 1.5, 2, 0.5, 3], long_ratio=0.35,
                   unit_disp={"contact hours": "Contact Hr", "P.A.C.E.": "P.A.C.E."})
    person = "Ngozi Eze"
    dump("t05_tcpdf_society_order", person, rows)
    write_gold("t05_tcpdf_society_order", "tcpdf",
               ["ruled", "unusual-column-order", "wrapped-headers", "extra-columns", "centred-numbers", "letter", "wrapped-titles"],
               "TCPDF Times; state society record with column order Hours, Unit, Format, Course Title, Program Number, Date (date last); two-line header labels; hours centred; 'Contact Hr' vs 'P.A.C.E.' units.",
               person, rows)


if __name__ == "__main__":
    build()
