# Word-like .docx sources (hand-written OOXML) -> LibreOffice -> PDF
import os
from common import *
import docx as D

OUT = os.path.join(SRC, "docx")
LETTER, A4 = (12240, 15840), (11906, 16838)
D03_AFTER = int(os.environ.get("D03_AFTER", "400"))


def build():
    # ---------------- d01 ASCP transcript, Table Grid, totals, Page X of Y
    rows = mk_rows(401, 10, "mdy", "CMLE", numfmt="2", long_ratio=0.4)
    person = "Declan Fitzgerald-Ryan"
    body = D.para(D.run("ASCP CE Transcript", bold=True, size=15), after=120)
    body += D.para("Name: " + person)
    body += D.para("ASCP Customer ID: 30417750")
    body += D.para(D.run("Certification: MLS(ASCP)") + D.run("CM", sup=True))
    body += D.para("Current CMP Cycle: 07/01/2024 - 06/30/2027", after=200)
    body += D.table([5200, 1700, 1100, 1300], ["Activity Title", "Completion Date", "Credits", "Credit Type"],
                    [[r["title"], r["date_disp"], r["credits_disp"], "CMLE"] for r in rows],
                    borders="all", aligns=["left", "center", "right", "left"], valign="center", header_shade="D9E2F3",
                    total=[("Total Credits: %s" % fmt_num(total(rows), "g"), 2), fmt_num(total(rows), "2"), ""])
    D.save(os.path.join(OUT, "d01_ascp_grid.docx"), body, "Liberation Sans", 10, LETTER,
           footer=[D.page_of()])
    write_gold("d01_ascp_grid", "docx-libreoffice",
               ["ruled", "wrapped-titles", "right-aligned-numbers", "centred-numbers", "totals-row", "page-footer", "letter"],
               "Hand-written .docx (Table Grid borders, shaded header, vAlign center) converted by LibreOffice; ASCP header block; dates centred, credits right-aligned 0.00; 'Total Credits: N' row spanning two columns; footer 'Page 1 of 1' via PAGE/NUMPAGES fields.",
               person, rows)

    # ---------------- d02 borderless landscape, extra columns, centred credits
    rows = mk_rows(402, 14, "month", None, units_mix=["CMLE", "contact hours", "P.A.C.E."], numfmt="1g",
                   ids=lambda rng, i, d: "MB-%03d" % rng.randrange(1, 999), types=True, providers=True, long_ratio=0.3,
                   unit_disp={"CMLE": "CMLE", "contact hours": "Contact Hours", "P.A.C.E.": "P.A.C.E."})
    person = "Chloé Beaumont"
    body = D.para(D.run("Continuing Education Transcript", bold=True, size=13))
    body += D.para("American Society for Microbiology - Member Learning Record")
    body += D.para("Member: %s    Member No.: 0028831" % person, after=160)
    body += D.table([1000, 4800, 1250, 1850, 2150, 900, 1450],
                    ["Course Number", "Course Title", "Activity Type", "Provider", "Date", "Credits", "Unit"],
                    [[r["id"], r["title"], r["type"], r["provider"], r["date_disp"], r["credits_disp"], r["unit_disp"]] for r in rows],
                    borders="none", aligns=["left", "left", "left", "left", "left", "center", "left"])
    D.save(os.path.join(OUT, "d02_borderless_landscape.docx"), body, "DejaVu Sans", 9, LETTER, landscape=True, margins=720)
    write_gold("d02_borderless_landscape", "docx-libreoffice",
               ["unruled", "extra-columns", "centred-numbers", "landscape", "letter", "wrapped-titles"],
               "Borderless Word table (only a rule under the header) on Letter landscape; 7 columns including Course Number, Activity Type, Provider; dates 'March 3, 2025'; mixed units CMLE / Contact Hours / P.A.C.E.; credits centred.",
               person, rows)

    # ---------------- d03 multi-page A4, repeated header row, rows split across pages
    rows = mk_rows(403, 28, "dmon", "contact hours", numfmt="2", long_ratio=0.6, short_ratio=0.05)
    person = "Esperanza Villalobos"
    body = D.para(D.run("Mercy Valley Health System", bold=True, size=14), align="center")
    body += D.para("Laboratory Continuing Education Transcript", align="center")
    body += D.para("Name: %s    Department: Histology / Anatomic Pathology" % person, align="center", after=60)
    body += D.para("Hours are contact hours.", align="center", after=D03_AFTER)
    body += D.table([6300, 1700, 1300], ["Program Title", "Date", "Contact Hours"],
                    [[r["title"], r["date_disp"], r["credits_disp"]] for r in rows],
                    borders="h", aligns=["left", "left", "right"], cellmar=(60, 100))
    ftr = ['<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s%s%s%s</w:p>' % (
        D.run("Printed 30-Nov-2025   |   https://learning.mercyvalley.org   |   Page ", size=8), D.field("PAGE"),
        D.run(" of ", size=8), D.field("NUMPAGES"))]
    D.save(os.path.join(OUT, "d03_multipage_split.docx"), body, "Liberation Serif", 11, A4, margins=1300, footer=ftr)
    write_gold("d03_multipage_split", "docx-libreoffice",
               ["ruled", "multi-page", "wrapped-titles", "right-aligned-numbers", "page-footer", "a4", "title-across-page-break"],
               "28 rows over 2 A4 pages; heading row marked w:tblHeader (repeated), rows allowed to split so a wrapped title continues on the next page; horizontal rules only; footer with printed date, URL and Page N of M; dates 03-Mar-2025.",
               person, rows)

    # ---------------- d04 wrapped headers, unusual order, DejaVu Serif
    rows = mk_rows(404, 9, "mdy1", "CE hours", numfmt="2", providers=True, long_ratio=0.3)
    person = "Yasmin El-Amin"
    body = D.para(D.run("Employee Education Summary", bold=True, size=12))
    body += D.para("Employee: %s    Position: Medical Laboratory Scientist II" % person, after=160)
    body += D.table([950, 4900, 1900, 1300], ["Credits\nEarned", "Course Title", "Sponsoring\nOrganization", "Date\nCompleted"],
                    [[r["credits_disp"], r["title"], r["provider"], r["date_disp"]] for r in rows],
                    borders="all", aligns=["right", "left", "left", "left"])
    body += D.para("Credits are CE hours.", before=120)
    D.save(os.path.join(OUT, "d04_wrapped_headers_order.docx"), body, "DejaVu Serif", 9, A4)
    write_gold("d04_wrapped_headers_order", "docx-libreoffice",
               ["ruled", "wrapped-headers", "unusual-column-order", "right-aligned-numbers", "a4"],
               "Credits first and date last; every header label except the title is broken over two lines with w:br ('Credits/Earned', 'Sponsoring/Organization', 'Date/Completed'); unit stated below the table ('CE hours'); dates 3/4/2025.",
               person, rows)

    # ---------------- d05 CAP learning transcript, zero cell margins: tight headers and columns
    rows = mk_rows(405, 12, "mdy", None, units_mix=["AMA PRA Category 1", "contact hours"], numfmt="2",
                   credits=[0.5, 1, 1, 1.5, 2, 0.25, 0.75], status=True,
                   ids=lambda rng, i, d: "CAP%05d" % rng.randrange(10000, 99999), long_ratio=0.35,
                   unit_disp={"AMA PRA Category 1": "AMA PRA Cat 1", "contact hours": "CE"})
    person = "Wojciech Zieliński"
    body = D.para(D.run("Learning Transcript", bold=True, size=14))
    body += D.para("College of American Pathologists    Learner: %s" % person)
    body += D.para("Credit Type: AMA PRA Cat 1 = AMA PRA Category 1 Credit; CE = contact hours", after=160)
    body += D.table([830, 1000, 4700, 700, 1250, 1000],
                    ["Activity ID", "Date Claimed", "Activity Title", "Credits", "Credit Type", "Status"],
                    [[r["id"], r["date_disp"], r["title"], r["credits_disp"], r["unit_disp"], r["status_disp"]] for r in rows],
                    borders="none", aligns=["left", "left", "left", "right", "left", "left"], cellmar=(20, 0))
    D.save(os.path.join(OUT, "d05_cap_tight.docx"), body, "Liberation Sans Narrow", 9, LETTER)
    write_gold("d05_cap_tight", "docx-libreoffice",
               ["unruled", "status-column", "tight-columns", "tight-headers", "extra-columns", "letter", "wrapped-titles"],
               "CAP-style learning transcript as .docx with zero left/right cell margins: 'Activity ID' / 'Date Claimed' / 'Activity Title' headers abut, IDs like CAP12345 run into the date, right-aligned credits abut the credit type; Status Claimed/Unclaimed; AMA PRA Cat 1 vs CE (contact hours).",
               person, rows)


if __name__ == "__main__":
    build()
