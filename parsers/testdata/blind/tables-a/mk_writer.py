# LibreOffice Writer sources (.fodt, .odt, .html) -> soffice --convert-to pdf
import os
from common import *
from odf import TextDoc, spaces
import mk_chromium

OUT = os.path.join(SRC, "writer")
PAGENUM = 'Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>'


def build():
    # ---------------- w01 state society, ruled, multi-page, row may split across pages
    rows = mk_rows(201, 26, "mdy", "contact hours", numfmt="2", long_ratio=0.55, short_ratio=0.1,
                   providers=True)
    person = "Inés Castillo-Reyes"
    d = TextDoc("Liberation Serif", "10pt", margins="0.75in",
                footer='<text:p text:style-name="Standard">Printed: November 30, 2025<text:tab/>' + PAGENUM + '</text:p>')
    d.pstyle("Title", size="15pt", bold=True, align="center")
    d.pstyle("Sub", align="center", space_after="0.04in")
    d.p("Great Lakes Society for Clinical Laboratory Science", "Title")
    d.p("Continuing Education Transcript", "Sub")
    d.p("Name: " + person + "    Member ID: GL-448120", "Sub")
    d.p("Activities reported by providers through 11/30/2025. Contact hours are shown as awarded.")
    d.table("T1", [3.9, 1.1, 0.8, 1.2], ["Course Title", "Date Completed", "Contact Hours", "Provider"],
            [[r["title"], r["date_disp"], r["credits_disp"], r["provider"]] for r in rows],
            borders="all", aligns=["start", "start", "end", "start"], header_bg="#d9d9d9")
    d.save(os.path.join(OUT, "w01_society_multipage.fodt"))
    write_gold("w01_society_multipage", "libreoffice-writer",
               ["ruled", "multi-page", "wrapped-titles", "right-aligned-numbers", "page-footer", "letter", "title-across-page-break"],
               "Writer .fodt; 26 rows on 2 Letter pages, repeated heading row, rows allowed to break across pages (a wrapped title is split over the page break); footer 'Printed: November 30, 2025' + 'Page N of M'. Liberation Serif 10pt.",
               person, rows)

    # ---------------- w02 A4 landscape, unruled, tight ID/date, extra columns
    rows = mk_rows(202, 16, "mdy", None, units_mix=["CMLE", "contact hours"], numfmt="2",
                   ids=act_id("CE"), types=True, providers=True, long_ratio=0.35,
                   unit_disp={"CMLE": "CMLE", "contact hours": "Contact Hrs"})
    person = "Nkechi Okafor"
    d = TextDoc("DejaVu Sans", "8pt", page=("210mm", "297mm"), landscape=True, margins="0.5in")
    d.pstyle("H1", size="12pt", bold=True)
    d.p("Continuing Education Activity Report", "H1")
    d.p("Name: %s     Certification: MLS(ASCP)CM     Report period: 07/01/2024 - 12/31/2025" % person)
    d.table("T2", [0.62, 0.64, 4.6, 0.85, 1.6, 0.55, 0.75],
            ["Activity ID", "Date", "Activity Title", "Activity Type", "Provider", "Credits", "Unit"],
            [[r["id"], r["date_disp"], r["title"], r["type"], r["provider"], r["credits_disp"], r["unit_disp"]] for r in rows],
            borders="none", padding="0in", aligns=["start", "start", "start", "start", "start", "end", "center"])
    d.save(os.path.join(OUT, "w02_landscape_tight.fodt"))
    write_gold("w02_landscape_tight", "libreoffice-writer",
               ["unruled", "tight-columns", "extra-columns", "landscape", "a4", "centred-numbers"],
               "Writer .fodt, A4 landscape, DejaVu Sans 8pt, zero cell padding and no borders (only a line under the header); Activity ID column just wide enough so the ID runs into the date; Activity Type and Provider columns; mixed units CMLE / contact hours (centred unit column, right-aligned credits).",
               person, rows)

    # ---------------- w03 wrapped headers, centred numbers, totals, ruled
    rows = mk_rows(203, 11, "mon", "CE hours", numfmt="1g", long_ratio=0.3, ids=act_id("RBC-"))
    person = "Henrik Sjöberg"
    d = TextDoc("Liberation Sans", "9pt", margins="0.8in",
                footer='<text:p text:style-name="Standard">https://www.redriverblood.org/staff-education</text:p>')
    d.pstyle("H1", size="13pt", bold=True)
    d.p("Red River Regional Blood Center", "H1")
    d.p("Staff Education Transcript - " + person)
    d.table("T3", [0.9, 3.7, 0.9, 0.8], ["Course\nNumber", "Course Title", "Date\nCompleted", "CE\nHours"],
            [[r["id"], r["title"], r["date_disp"], r["credits_disp"]] for r in rows],
            borders="all", aligns=["start", "start", "center", "center"], valign="middle",
            total=[("Total Credits: %s" % fmt_num(total(rows), "1g"), 3), fmt_num(total(rows), "1g")])
    d.save(os.path.join(OUT, "w03_wrapped_headers.fodt"))
    write_gold("w03_wrapped_headers", "libreoffice-writer",
               ["ruled", "wrapped-headers", "centred-numbers", "totals-row", "page-footer", "letter"],
               "Writer .fodt; header labels broken over two lines ('Course/Number', 'Date/Completed', 'CE/Hours'); date and hours centred, cells vertically middle; totals row 'Total Credits: N' spanning 3 columns; footer URL only. Person given only as 'Staff Education Transcript - Name'.",
               person, rows)

    # ---------------- w04 .odt, unusual order (hours first, date last), unruled
    rows = mk_rows(204, 8, "month", "contact hours", numfmt="g", providers=True, long_ratio=0.25)
    person = "Björn Ásgeirsson"
    d = TextDoc("Liberation Sans", "10pt", page=("210mm", "297mm"), margins="20mm")
    d.pstyle("H1", size="14pt", bold=True)
    d.p("Laboratory Professional Development Record", "H1")
    d.p("Prepared for: " + person)
    d.p("Hours are contact hours (60 minutes of instruction = 1 contact hour).")
    d.table("T4", [0.7, 3.2, 1.2, 1.35], ["CE Hours", "Course Name", "Sponsor", "Program Date"],
            [[r["credits_disp"], r["title"], r["provider"], r["date_disp"]] for r in rows],
            borders="none", padding="0.03in", aligns=["center", "start", "start", "start"])
    d.save(os.path.join(OUT, "w04_odt_order.odt"))
    write_gold("w04_odt_order", "libreoffice-writer",
               ["unruled", "unusual-column-order", "centred-numbers", "a4", "wrapped-titles"],
               "Zipped .odt; columns CE Hours, Course Name, Sponsor, Program Date (hours first, date last); no rules except under the header; dates 'March 3, 2025'; 'Prepared for:' name line.",
               person, rows)

    # ---------------- w05 HTML opened in Writer, no person named
    rows = mk_rows(205, 7, "mdy1", None, units_mix=["CMLE", "AMA PRA Category 1"], numfmt="1",
                   credits=[1, 1, 1.5, 0.5, 2, 1], long_ratio=0.3,
                   unit_disp={"CMLE": "CMLE", "AMA PRA Category 1": "AMA PRA Category 1"})
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>CE Activity Summary</title>
<style>body{font-family:'Liberation Sans';font-size:10pt} th{background:#e8e8e8}</style></head><body>
<h2>CE Activity Summary (export)</h2>
<p>Exported from the department learning portal on 11/30/2025. Learner details omitted.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%%">
<tr><th width="56%%">Title</th><th width="14%%">Date</th><th width="10%%">Credits</th><th width="20%%">Credit Type</th></tr>
%s
</table></body></html>
""" % "\n".join('<tr><td>%s</td><td nowrap>%s</td><td align="right">%s</td><td>%s</td></tr>' % (
        esc(r["title"]), r["date_disp"], r["credits_disp"], esc(r["unit_disp"])) for r in rows)
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, "w05_html_noperson.html"), "w", encoding="utf-8").write(html)
    write_gold("w05_html_noperson", "libreoffice-writer",
               ["ruled", "right-aligned-numbers", "letter"],
               "HTML table opened by LibreOffice Writer (HTML (StarWriter) import) and exported; border=1 grid; no person named anywhere (person empty); mixed CMLE / AMA PRA Category 1 rows.",
               "", rows)

    # ---------------- w06 monospace lines in Writer (spaces separate columns inside one string)
    rows = mk_rows(206, 9, "dmon", "P.A.C.E.", numfmt="2", long_ratio=0.2, short_ratio=0.4)
    person = "Renée St. Clair"
    d = TextDoc("Liberation Mono", "9pt", margins="0.8in",
                footer='<text:p text:style-name="Standard">' + PAGENUM + '</text:p>')
    d.p("CONTINUING EDUCATION LOG - " + person)
    d.p("Unit: P.A.C.E. contact hours")
    d.p("")
    d.p("Completed     Hours    Activity")
    d.p("-----------   -----    " + "-" * 50)
    for r in rows:
        t = r["title"]
        first, rest = t, ""
        if len(t) > 50:
            cut = t.rfind(" ", 0, 50)
            first, rest = t[:cut], t[cut + 1:]
        d.p("%-11s   %5s    %s" % (r["date_disp"], r["credits_disp"], first))
        while rest:
            if len(rest) > 50:
                cut = rest.rfind(" ", 0, 50)
                d.p(" " * 24 + rest[:cut]); rest = rest[cut + 1:]
            else:
                d.p(" " * 24 + rest); rest = ""
    d.p("-----------   -----    " + "-" * 50)
    d.p("Total         %5s" % fmt_num(total(rows), "2"))
    d.save(os.path.join(OUT, "w06_mono_lines.fodt"))
    write_gold("w06_mono_lines", "libreoffice-writer",
               ["unruled", "spaced-text", "totals-row", "page-footer", "letter", "wrapped-titles"],
               "Writer .fodt with no table object: Liberation Mono paragraphs where each row is one string and columns are separated by runs of spaces (encoded as text:s); long titles continue on indented lines; person only in the heading 'CONTINUING EDUCATION LOG - Name'; 03-Mar-2025 dates.",
               person, rows)


if __name__ == "__main__":
    build()
