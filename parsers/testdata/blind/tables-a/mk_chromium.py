# Chromium-headless HTML sources (also used as bases for some gs/qpdf documents).
import os, datetime
from common import *

OUT = os.path.join(SRC, "chromium")


def cell(r, key):
    if callable(key):
        return key(r)
    if key == "title":
        return esc(r["title"])
    if key == "date":
        return esc(r["date_disp"])
    if key == "credits":
        return esc(r["credits_disp"])
    if key == "unit":
        return esc(r["unit_disp"])
    if key == "status":
        return esc(r["status_disp"])
    return esc(r[key])


def table(cols, rows, cls="", total_html=None, thead=True):
    h = ['<table class="%s">' % cls]
    if thead:
        h.append("<thead><tr>")
    else:
        h.append("<tr>")
    for c in cols:
        h.append('<th class="%s">%s</th>' % (c.get("cls", ""), c["label"]))
    h.append("</tr></thead><tbody>" if thead else "</tr>")
    for r in rows:
        h.append("<tr>" + "".join('<td class="%s">%s</td>' % (c.get("cls", ""), cell(r, c["key"])) for c in cols) + "</tr>")
    if total_html:
        h.append(total_html)
    h.append("</tbody></table>" if thead else "</table>")
    return "\n".join(h)


def page(css, body, title="CE Transcript"):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title>\n<style>\n%s\n</style></head>\n<body>\n%s\n</body></html>\n'
            % (title, css, body))


def save(name, html, sub="chromium"):
    d = os.path.join(SRC, sub)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html)


def build():
    # ---------------- c01 ASCP transcript, ruled, wrapped titles, totals, footer
    rows = mk_rows(101, 9, "mdy", "CMLE", numfmt="2", long_ratio=0.35,
                   providers=True)
    person = "María José Ortega-Núñez"
    css = """@page { size: letter; margin: 0.7in 0.6in 0.8in 0.6in;
  @bottom-left { content: "Printed 11/28/2025"; font: 8pt 'Liberation Sans'; color:#444 }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color:#444 } }
body { font: 10pt 'Liberation Sans', sans-serif; color:#111 }
h1 { font-size: 15pt; margin: 0 0 6pt 0 }
.hdr td { padding: 1pt 12pt 1pt 0; border: none }
table.t { border-collapse: collapse; width: 100%; margin-top: 14pt }
table.t th, table.t td { border: 0.75pt solid #333; padding: 4pt 6pt; vertical-align: middle }
table.t th { background: #dde3ea; text-align: left }
.num { text-align: right; white-space: nowrap }
.dt { white-space: nowrap }
.tot td { font-weight: bold }"""
    body = """<h1>ASCP CE Transcript</h1>
<table class="hdr">
<tr><td>Name: %s</td><td>ASCP Customer ID: 10048217</td></tr>
<tr><td>Certification: MLS(ASCP)<sup>CM</sup></td><td>Current CMP Cycle: 07/01/2024 - 06/30/2027</td></tr>
</table>
""" % esc(person)
    cols = [{"label": "Activity Title", "key": "title"},
            {"label": "Provider", "key": "provider"},
            {"label": "Completion Date", "key": "date", "cls": "dt"},
            {"label": "Credits", "key": "credits", "cls": "num"},
            {"label": "Credit Type", "key": "unit"}]
    tot = '<tr class="tot"><td colspan="3">Total Credits: %s</td><td class="num">%s</td><td></td></tr>' % (
        fmt_num(total(rows), "g"), fmt_num(total(rows), "2"))
    body += table(cols, rows, "t", tot)
    save("c01_ascp_ruled", page(css, body))
    write_gold("c01_ascp_ruled", "chromium",
               ["ruled", "wrapped-titles", "right-aligned-numbers", "totals-row", "page-footer", "letter"],
               "ASCP-style header block (Name, Customer ID, Certification with superscript CM, CMP cycle); fully ruled table, vertical-align middle, credits right-aligned 2 decimals; totals row 'Total Credits: N' spanning 3 columns; @page footer with printed date and 'Page 1 of 1'.",
               person, rows)

    # ---------------- c02 LabCE, unruled, tight columns (ID abuts date, title abuts hours)
    rows = mk_rows(102, 12, "iso", "contact hours", numfmt="g", long_ratio=0.4,
                   ids=act_id("LCE"))
    person = "Thanh-Huong Nguyen"
    css = """@page { size: A4; margin: 18mm 15mm }
body { font: 8pt 'DejaVu Sans', sans-serif }
h2 { font-size: 12pt; margin: 0 }
p { margin: 2pt 0 }
table.t { border-collapse: collapse; margin-top: 10pt }
table.t th, table.t td { padding: 0 0 3pt 0; text-align: left; vertical-align: top }
table.t th { font-weight: bold; padding-bottom: 5pt }
td.id { white-space: nowrap }
td.dt { white-space: nowrap; padding-right: 6pt }
td.ti { width: 96mm }"""
    body = """<h2>LabCE Continuing Education Transcript</h2>
<p>Learner: %s &nbsp;&nbsp; Account #: 552190</p>
<p>Report generated 2025-11-30. All credits are P.A.C.E.&reg;-approved contact hours.</p>
""" % esc(person)
    cols = [{"label": "Course&nbsp;ID", "key": "id", "cls": "id"},
            {"label": "Completed", "key": "date", "cls": "dt"},
            {"label": "Course&nbsp;Title", "key": "title", "cls": "ti"},
            {"label": "Hours", "key": "credits"}]
    body += table(cols, rows, "t")
    save("c02_labce_tight", page(css, body))
    write_gold("c02_labce_tight", "chromium",
               ["unruled", "tight-columns", "wrapped-titles", "a4"],
               "No borders, zero cell padding: the Course ID text ends exactly where the date begins (no space), and wrapped titles end right at the Hours column. Unit stated only in the preamble ('P.A.C.E.-approved contact hours'); unit recorded as contact hours. ISO dates.",
               person, rows)

    # ---------------- c03 AABB multi-page ruled, thead repeated, row split across page
    titles = None
    rows = mk_rows(103, 30, "mdy1", "CE hours", numfmt="1g", long_ratio=0.5, short_ratio=0.1)
    person = "Olumide Adeyemi-Clarke"
    css = """@page { size: letter; margin: 0.75in;
  @bottom-center { content: "www.aabb.org/education  |  Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Serif' } }
body { font: 11pt 'Liberation Serif', serif }
h1 { font-size: 16pt; text-align: center; margin: 0 }
.sub { text-align: center; margin: 2pt 0 12pt 0 }
table.t { border-collapse: collapse; width: 100% }
table.t th, table.t td { border: 1px solid #000; padding: 5pt 6pt }
table.t tr { break-inside: auto }
.c { text-align: center; white-space: nowrap; width: 1.25in }"""
    body = """<h1>Education Transcript</h1>
<div class="sub">AABB &mdash; Association for the Advancement of Blood &amp; Biotherapies<br>
Participant: %s &nbsp;&middot;&nbsp; Member ID: 7730-0415</div>""" % esc(person)
    cols = [{"label": "Program Title", "key": "title"},
            {"label": "Program Date", "key": "date", "cls": "c"},
            {"label": "CE Hours", "key": "credits", "cls": "c"}]
    body += table(cols, rows, "t")
    save("c03_aabb_multipage", page(css, body))
    write_gold("c03_aabb_multipage", "chromium",
               ["ruled", "multi-page", "wrapped-titles", "centred-numbers", "page-footer", "letter"],
               "30 rows over 2 Letter pages of 11pt serif (Chromium moves whole rows, no row is split); <thead> repeated on every page; footer 'www.aabb.org/education | Page N of M'. Dates like 3/4/2025, CE hours centred.",
               person, rows)

    # ---------------- c04 CAP Learning Transcript, status claimed/unclaimed, landscape, unruled zebra
    rows = mk_rows(104, 14, "mon", None, units_mix=["AMA PRA Category 1", "contact hours"],
                   credits=[0.5, 1, 1, 1.5, 2, 0.25, 0.75], numfmt="2", status=True, types=True,
                   unit_disp={"AMA PRA Category 1": "AMA PRA Category 1", "contact hours": "CE Contact Hours"})
    person = "Zoë Van der Berg"
    css = """@page { size: letter landscape; margin: 0.5in 0.6in }
body { font: 9.5pt 'Liberation Sans', sans-serif }
h1 { font-size: 14pt; color: #00508f; margin: 0 0 4pt 0 }
table.t { border-collapse: collapse; width: 100%; margin-top: 10pt }
table.t th { text-align: left; border-bottom: 1.5pt solid #00508f; padding: 4pt 8pt }
table.t td { padding: 5pt 8pt; vertical-align: middle }
table.t tbody tr:nth-child(even) td { background: #eef3f8 }
.c { text-align: center }
.dt { white-space: nowrap }"""
    body = """<h1>Learning Transcript</h1>
<div>College of American Pathologists &nbsp;|&nbsp; Learner: %s &nbsp;|&nbsp; Transcript period: 01/01/2024 &ndash; 12/31/2025</div>
<div>Credits show as Unclaimed until the evaluation is submitted.</div>""" % esc(person)
    cols = [{"label": "Activity Title", "key": "title"},
            {"label": "Activity Type", "key": "type"},
            {"label": "Date Claimed", "key": "date", "cls": "dt"},
            {"label": "Credits", "key": "credits", "cls": "c"},
            {"label": "Credit Type", "key": "unit"},
            {"label": "Status", "key": "status"}]
    body += table(cols, rows, "t")
    save("c04_cap_status", page(css, body))
    write_gold("c04_cap_status", "chromium",
               ["unruled", "status-column", "extra-columns", "centred-numbers", "landscape", "letter"],
               "CAP 'Learning Transcript' on Letter landscape; only a rule under the header, zebra-shaded rows; Activity Type and Status (Claimed/Unclaimed) columns; mixed credit types AMA PRA Category 1 and CE contact hours; dates 'Mar 3, 2025'.",
               person, rows)

    # ---------------- c05 unusual column order, wrapped headers, A4 landscape, ruled narrow
    rows = mk_rows(105, 11, "dmon", None, units_mix=["CMLE", "P.A.C.E.", "CEU"], numfmt="g",
                   providers=True, long_ratio=0.4,
                   unit_disp={"CMLE": "CMLE", "P.A.C.E.": "P.A.C.E.", "CEU": "CEU"})
    person = "Rajesh Subramaniam"
    css = """@page { size: A4 landscape; margin: 12mm 14mm }
body { font: 9pt 'Liberation Sans Narrow', 'Liberation Sans', sans-serif }
h1 { font-size: 13pt; margin: 0 }
table.t { border-collapse: collapse; margin-top: 8pt }
table.t th, table.t td { border: 0.5pt solid #555; padding: 2pt 3pt; vertical-align: middle }
table.t th { background:#eee; font-weight: bold; text-align: center }
.n { text-align: right; width: 12mm }
.u { width: 14mm }
.ti { width: 120mm }
.pv { width: 30mm }
.dt { white-space: nowrap }"""
    body = """<h1>Personal CE Record &mdash; Certification Maintenance</h1>
<div>Name: %s &nbsp;&nbsp; Certification: MB(ASCP)<sup>CM</sup> &nbsp;&nbsp; CMP cycle 01/01/2023 - 12/31/2025</div>
<div>Note: CEU values are shown as awarded (1 CEU = 10 contact hours).</div>""" % esc(person)
    cols = [{"label": "Credits<br>Earned", "key": "credits", "cls": "n"},
            {"label": "Credit<br>Unit", "key": "unit", "cls": "u"},
            {"label": "Activity Title", "key": "title", "cls": "ti"},
            {"label": "Provider /<br>Sponsor", "key": "provider", "cls": "pv"},
            {"label": "Date<br>Completed", "key": "date", "cls": "dt"}]
    body += table(cols, rows, "t")
    save("c05_order_landscape", page(css, body))
    write_gold("c05_order_landscape", "chromium",
               ["ruled", "unusual-column-order", "wrapped-headers", "landscape", "a4", "extra-columns", "right-aligned-numbers", "wrapped-titles"],
               "Columns in order Credits Earned, Credit Unit, Activity Title, Provider/Sponsor, Date Completed (date last); header labels on two lines; mixed units CMLE / P.A.C.E. / CEU (CEU x10 points); dates 03-Mar-2025; Liberation Sans Narrow 9pt.",
               person, rows)

    # ---------------- c06 hospital in-service log, tight header labels, totals
    rows = mk_rows(106, 10, "mdy", "CE hours", numfmt="2", long_ratio=0.2, short_ratio=0.4,
                   providers="Pathology Dept")
    person = "François Lefèbvre"
    css = """@page { size: letter; margin: 0.8in 0.7in }
body { font: 9pt 'DejaVu Serif', serif }
h1 { font-size: 12pt; margin: 0 }
table.t { border-collapse: collapse; margin-top: 12pt }
table.t th { padding: 0 0 4pt 0; text-align: left; border-bottom: 0.5pt solid #000; white-space: nowrap }
table.t td { padding: 3pt 0; vertical-align: top }
td.ti { width: 3.6in; padding-right: 8pt }
td.dt, td.h { white-space: nowrap }
td.h { text-align: right; padding-right: 8pt }
.tot td { border-top: 0.5pt solid #000; font-weight: bold }"""
    body = """<h1>St. Brendan Memorial Hospital &mdash; Laboratory In-Service Education Log</h1>
<div>Employee: %s &nbsp;&nbsp; Employee No. 004417 &nbsp;&nbsp; Department: Core Laboratory</div>""" % esc(person)
    cols = [{"label": "In-Service Title", "key": "title", "cls": "ti"},
            {"label": "Date Completed", "key": "date", "cls": "dt"},
            {"label": "CE Hours", "key": "credits", "cls": "h"},
            {"label": "Provider", "key": "provider"}]
    tot = '<tr class="tot"><td>Total</td><td></td><td class="h">%s</td><td></td></tr>' % fmt_num(total(rows), "2")
    body += table(cols, rows, "t", tot)
    save("c06_inservice_tightheads", page(css, body))
    write_gold("c06_inservice_tightheads", "chromium",
               ["unruled", "tight-headers", "totals-row", "right-aligned-numbers", "letter"],
               "Hospital in-service log; header cells have zero padding so 'Date Completed', 'CE Hours' and 'Provider' are set with no space between them (the right-aligned hours also nearly touch the provider text); totals row 'Total' with sum; DejaVu Serif 9pt.",
               person, rows)

    # ---------------- c07 monospace <pre> report, each row one string
    rows = mk_rows(107, 13, "mdy", "CMLE", numfmt="2", long_ratio=0.3)
    person = "Siobhán O'Connell"
    lines = []
    lines.append("TRI-STATE SOCIETY FOR CLINICAL LABORATORY SCIENCE")
    lines.append("Member CE Report                                  Run date: 11/29/2025")
    lines.append("Member: %s          Member #: TS-20931" % person)
    lines.append("")
    lines.append("DATE         CREDITS  TYPE   ACTIVITY TITLE")
    lines.append("----------   -------  -----  " + "-" * 48)
    for r in rows:
        words = r["title"].split()
        cur, out = "", []
        for w in words:
            if len(cur) + len(w) + (1 if cur else 0) > 48:
                out.append(cur); cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
        lines.append("%-10s   %7s  %-5s  %s" % (r["date_disp"], r["credits_disp"], "CMLE", out[0]))
        for o in out[1:]:
            lines.append(" " * 29 + o)
    lines.append("----------   -------  -----  " + "-" * 48)
    lines.append("TOTAL        %7s" % fmt_num(total(rows), "2"))
    css = """@page { size: letter; margin: 0.75in }
body { margin: 0 }
pre { font: 9pt 'Liberation Mono', monospace; line-height: 1.25 }"""
    save("c07_mono_report", page(css, "<pre>" + esc("\n".join(lines)) + "</pre>"))
    write_gold("c07_mono_report", "chromium",
               ["unruled", "spaced-text", "wrapped-titles", "totals-row", "letter"],
               "Monospace <pre> report: each row is one text string with runs of spaces separating date, credits, type and title; long titles continue on indented lines; dashed rules and TOTAL line.",
               person, rows)

    # ---------------- c08 ASCLS P.A.C.E. transcript with letter-spacing cells
    def pid(rng, i, d):
        return "%03d-%03d-%02d" % (rng.randrange(100, 999), rng.randrange(1, 999), d.year % 100)
    rows = mk_rows(108, 9, "month", "P.A.C.E.", numfmt="1", ids=pid, types=True, long_ratio=0.3,
                   credits=[1, 1, 1.5, 2, 0.5, 3, 1])
    person = "Jürgen Müller-Hart"
    css = """@page { size: letter; margin: 0.7in;
  @bottom-left { content: "https://www.ascls.org/pace"; font: 8pt 'Liberation Sans' }
  @bottom-right { content: "Page " counter(page); font: 8pt 'Liberation Sans' } }
body { font: 10pt 'Liberation Sans', sans-serif }
h1 { font-size: 14pt; margin: 0 }
table.t { border-collapse: collapse; width: 100%; margin-top: 12pt }
table.t th, table.t td { border: 0.6pt solid #666; padding: 3pt 5pt; vertical-align: middle }
.sp { letter-spacing: 0.9pt; white-space: nowrap }
.r { text-align: right; letter-spacing: 1.2pt }
.dt { white-space: nowrap }
.tot td { font-weight: bold; background: #f2f2f2 }"""
    body = """<h1>ASCLS P.A.C.E.&reg; Transcript</h1>
<div>Professional Acknowledgment for Continuing Education</div>
<div>Participant: %s &nbsp;&nbsp; P.A.C.E. ID: 00381127</div>""" % esc(person)
    cols = [{"label": "Program Number", "key": "id", "cls": "sp"},
            {"label": "Program Title", "key": "title"},
            {"label": "Format", "key": "type"},
            {"label": "Date", "key": "date", "cls": "dt"},
            {"label": "Contact Hours", "key": "credits", "cls": "r"}]
    tot = '<tr class="tot"><td colspan="4">Total P.A.C.E. Contact Hours</td><td class="r">%s</td></tr>' % fmt_num(total(rows), "1")
    body += table(cols, rows, "t", tot)
    save("c08_pace_letterspacing", page(css, body))
    write_gold("c08_pace_letterspacing", "chromium",
               ["ruled", "spaced-text", "extra-columns", "right-aligned-numbers", "totals-row", "page-footer", "letter"],
               "ASCLS P.A.C.E. transcript; Program Number and Contact Hours cells have CSS letter-spacing (0.9-1.2pt) so characters are individually spaced; dates 'March 3, 2025'; Format column; totals row; footer URL and 'Page 1'. Unit P.A.C.E. contact hours.",
               person, rows)

    # ---------------- c09 University CEU transcript, 2 pages, horizontal rules, dmon dates
    def cno(rng, i, d):
        return "CLS %d" % rng.randrange(5000, 5999)
    rows = mk_rows(109, 24, "dmon", "CEU", numfmt="2", ids=cno, long_ratio=0.45)
    person = "Mei-Ling Chou"
    css = """@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-center { content: "continuinged.northfield.edu/transcripts - Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans' } }
body { font: 10pt 'DejaVu Sans', sans-serif }
h1 { font-size: 13pt; margin: 0 }
table.t { border-collapse: collapse; width: 100%; margin-top: 10pt }
table.t th { border-bottom: 1.2pt solid #000; border-top: 1.2pt solid #000; padding: 4pt; text-align: left }
table.t td { border-bottom: 0.4pt solid #999; padding: 6pt 4pt; vertical-align: middle }
.n { text-align: right }
.nw { white-space: nowrap }"""
    body = """<h1>Northfield State University &mdash; Office of Continuing Education</h1>
<div>Unofficial CEU Transcript &nbsp;&nbsp; Student: %s &nbsp;&nbsp; ID: N00872214</div>
<div>One Continuing Education Unit (CEU) equals ten contact hours.</div>""" % esc(person)
    cols = [{"label": "Course Number", "key": "id", "cls": "nw"},
            {"label": "Course Title", "key": "title"},
            {"label": "Date", "key": "date", "cls": "nw"},
            {"label": "CEUs", "key": "credits", "cls": "n"}]
    tot = '<tr><td></td><td><b>Total CEUs</b></td><td></td><td class="n"><b>%s</b></td></tr>' % fmt_num(total(rows), "2")
    body += table(cols, rows, "t", tot)
    save("c09_university_ceu", page(css, body))
    write_gold("c09_university_ceu", "chromium",
               ["ruled", "multi-page", "extra-columns", "right-aligned-numbers", "totals-row", "page-footer", "a4", "wrapped-titles"],
               "University CEU transcript over 2 A4 pages; horizontal rules only; thead repeats; credits in CEUs (points = CEU x 10); dates 03-Mar-2025; totals row 'Total CEUs'; footer with URL and Page N of M.",
               person, rows)

    # ---------------- c10 narrow title column, 3-line wraps, vertical-align middle, centred
    rows = mk_rows(110, 10, "mdy1", "CMLE", numfmt="g", types=True, long_ratio=0.6, short_ratio=0.1)
    person = "Aaliyah Washington"
    css = """@page { size: letter; margin: 0.6in }
body { font: 9pt Helvetica, Arial, sans-serif }
h1 { font-size: 13pt; margin: 0 }
table.t { border-collapse: collapse; margin-top: 10pt }
table.t th, table.t td { border: 1px solid #000; padding: 6pt 8pt; vertical-align: middle }
.ti { width: 2.3in }
.c { text-align: center; width: 0.7in }
.dt { white-space: nowrap; text-align: center }"""
    body = """<h1>Continuing Education Transcript</h1>
<div>Lakeshore Regional Medical Center &mdash; Laboratory Services</div>
<div>Name: %s, MLS(ASCP)<sup>CM</sup></div>""" % esc(person)
    cols = [{"label": "Title", "key": "title", "cls": "ti"},
            {"label": "Activity Type", "key": "type"},
            {"label": "Date", "key": "date", "cls": "dt"},
            {"label": "CMLE Credits", "key": "credits", "cls": "c"}]
    tot = '<tr><td colspan="3" style="text-align:right"><b>Total Credits: %s</b></td><td class="c"><b>%s</b></td></tr>' % (
        fmt_num(total(rows), "g"), fmt_num(total(rows), "g"))
    body += table(cols, rows, "t", tot)
    save("c10_narrow_middle", page(css, body))
    write_gold("c10_narrow_middle", "chromium",
               ["ruled", "wrapped-titles", "centred-numbers", "totals-row", "letter"],
               "Narrow 2.3in title column so long titles wrap over 3-4 lines; generous padding with vertical-align middle so dates/credits sit mid-row; 'Name: X, MLS(ASCP)CM'; CMLE Credits centred; totals row.",
               person, rows)


if __name__ == "__main__":
    build()
