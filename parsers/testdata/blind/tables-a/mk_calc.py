# LibreOffice Calc sources (.csv, .fods, .xlsx) -> soffice --convert-to pdf
import os, csv, zipfile, datetime
from common import *
from odf import NS, GENERIC, spaces

OUT = os.path.join(SRC, "calc")


class Sheet:
    """Tiny flat-ODS writer."""
    def __init__(self, font="Liberation Sans", size="10pt", page=("8.5in", "11in"), landscape=False,
                 grid=False, footer=None, margins="0.6in", colwidths=(), name="Transcript"):
        self.font, self.size, self.grid, self.footer = font, size, grid, footer
        w, h = page
        self.page = (h, w) if landscape else (w, h)
        self.landscape, self.margins, self.colwidths, self.name = landscape, margins, colwidths, name
        self.cellstyles = {}
        self.header_rows = []
        self.rows = []

    def cs(self, align="start", wrap=False, border=None, bold=False, data=None, valign="top", size=None, bg=None):
        key = (align, wrap, border, bold, data, valign, size, bg)
        if key not in self.cellstyles:
            name = "ce%d" % (len(self.cellstyles) + 1)
            tcp = ['style:vertical-align="%s"' % valign]
            if wrap: tcp.append('fo:wrap-option="wrap"')
            if border: tcp.append(border)
            if bg: tcp.append('fo:background-color="%s"' % bg)
            tp = []
            if bold: tp.append('fo:font-weight="bold"')
            if size: tp.append('fo:font-size="%s"' % size)
            xml = ('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default"%s>'
                   '<style:table-cell-properties %s/><style:paragraph-properties fo:text-align="%s"/>'
                   '<style:text-properties %s/></style:style>'
                   % (name, ' style:data-style-name="%s"' % data if data else "", " ".join(tcp), align, " ".join(tp)))
            self.cellstyles[key] = (name, xml)
        return self.cellstyles[key][0]

    @staticmethod
    def cell(text=None, style=None, value=None, vtype="string", formula=None, span=1, date=None):
        a = []
        if style: a.append('table:style-name="%s"' % style)
        if span > 1: a.append('table:number-columns-spanned="%d"' % span)
        if formula: a.append('table:formula="%s"' % esc(formula))
        if vtype == "float":
            a.append('office:value-type="float" office:value="%s"' % value)
        elif vtype == "date":
            a.append('office:value-type="date" office:date-value="%s"' % date)
        elif text is not None:
            a.append('office:value-type="string"')
        inner = "" if text is None else "<text:p>%s</text:p>" % spaces(text)
        x = "<table:table-cell %s>%s</table:table-cell>" % (" ".join(a), inner)
        if span > 1:
            x += "<table:covered-table-cell/>" * (span - 1)
        return x

    def row(self, cells, header=False, height=None):
        r = "<table:table-row>" + "".join(cells) + "</table:table-row>"
        (self.header_rows if header else self.rows).append(r)

    def save(self, path, extra_styles=""):
        fonts = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'" style:font-family-generic="%s"/>'
                        % (f, f, GENERIC.get(f, "swiss")) for f in {self.font})
        styles = ('<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="%s" fo:font-size="%s"/></style:default-style>'
                  '<style:style style:name="Default" style:family="table-cell"/>'
                  '<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>'
                  '<number:number-style style:name="N1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>'
                  '<number:date-style style:name="DMDY"><number:month number:style="long"/><number:text>/</number:text><number:day number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>'
                  '%s</office:styles>' % (self.font, self.size, extra_styles))
        w, h = self.page
        pl = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" '
              'fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s" style:print="%s" style:print-page-order="ttb" style:scale-to="100%%"/>'
              '<style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0.2in" fo:margin-top="0.1in"/></style:footer-style></style:page-layout>'
              % (w, h, "landscape" if self.landscape else "portrait", self.margins, self.margins, self.margins, self.margins,
                 "grid charts drawings objects zero-values" if self.grid else "charts drawings objects zero-values"))
        cols = "".join('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="%.3fin"/></style:style>' % (i, w) for i, w in enumerate(self.colwidths))
        ta = '<style:style style:name="ta1" style:family="table" style:master-page-name="PS1"><style:table-properties table:display="true"/></style:style>'
        auto = "<office:automatic-styles>" + pl + cols + ta + "".join(x for _, x in self.cellstyles.values()) + "</office:automatic-styles>"
        mp = '<office:master-styles><style:master-page style:name="PS1" style:page-layout-name="pm1"><style:header style:display="false"/>'
        if self.footer:
            mp += "<style:footer>%s</style:footer>" % self.footer
        else:
            mp += '<style:footer style:display="false"/>'
        mp += "</style:master-page></office:master-styles>"
        body = '<office:body><office:spreadsheet><table:table table:name="%s" table:style-name="ta1">' % self.name
        body += "".join('<table:table-column table:style-name="co%d"/>' % i for i in range(len(self.colwidths)))
        pre = []
        # rows before header rows are stored in self.rows before the header was added; keep order via markers
        body += "".join(self.pre_rows) if hasattr(self, "pre_rows") else ""
        if self.header_rows:
            body += "<table:table-header-rows>" + "".join(self.header_rows) + "</table:table-header-rows>"
        body += "".join(self.rows)
        body += "</table:table></office:spreadsheet></office:body>"
        x = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
             '<office:font-face-decls>%s</office:font-face-decls>%s%s%s%s</office:document>\n' % (NS, fonts, styles, auto, mp, body))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w", encoding="utf-8").write(x)


PAGEOF = '<style:region-center><text:p>Page <text:page-number>1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:region-center>'


def build():
    os.makedirs(OUT, exist_ok=True)
    # ---------------- k01 plain CSV, default page style, title last
    rows = mk_rows(301, 12, "iso", "CMLE", credits=[1, 1, 1.5, 0.5, 2, 0.25, 0.75, 1.25], numfmt="g",
                   long_ratio=0.0, short_ratio=0.5, types=True)
    with open(os.path.join(OUT, "k01_csv_plain.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Date", "CMLE Credits", "Type", "Activity Title"])
        for r in rows:
            w.writerow([r["date_disp"], r["credits_disp"], r["type"], r["title"]])
    write_gold("k01_csv_plain", "libreoffice-calc",
               ["unruled", "unusual-column-order", "letter"],
               "CSV opened in Calc with default page style (header shows sheet name, footer 'Page 1'); no gridlines; no person; columns Date, CMLE Credits, Type, Activity Title (title last, overflowing into empty cells); credits are numbers in General format (1, 1.5, 0.25), dates imported as text ISO.",
               "", rows)

    # ---------------- k02 fods with printed gridlines, landscape, repeated header, 2 pages
    rows = mk_rows(302, 30, "mdy", None, units_mix=["CMLE", "CMLE", "contact hours"], numfmt="2",
                   ids=act_id("A"), providers=True, long_ratio=0.45,
                   unit_disp={"CMLE": "CMLE", "contact hours": "Contact Hour"})
    person = "Kwame Asante-Boateng"
    s = Sheet("Liberation Sans", "9pt", landscape=True, grid=True, footer=PAGEOF,
              colwidths=(0.85, 4.3, 1.15, 0.7, 1.1, 1.4), margins="0.5in")
    s.pre_rows = ["<table:table-row>" + Sheet.cell("CE Transcript - " + person, s.cs(bold=True, size="12pt")) + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("Exported 11/30/2025 from the learning management system") + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("") + "</table:table-row>"]
    hs = s.cs(bold=True, wrap=True, valign="bottom")
    s.row([Sheet.cell(x, hs) for x in ["Activity ID", "Activity Title", "Completion Date", "Credits", "Credit Type", "Provider"]], header=True)
    for r in rows:
        s.row([Sheet.cell(r["id"], s.cs()), Sheet.cell(r["title"], s.cs(wrap=True)), Sheet.cell(r["date_disp"], s.cs()),
               Sheet.cell(r["credits_disp"], s.cs(align="end", data="N2"), value=r["credits"], vtype="float"),
               Sheet.cell(r["unit_disp"], s.cs()), Sheet.cell(r["provider"], s.cs())])
    s.save(os.path.join(OUT, "k02_grid_landscape.fods"))
    write_gold("k02_grid_landscape", "libreoffice-calc",
               ["ruled", "multi-page", "wrapped-titles", "right-aligned-numbers", "landscape", "letter", "page-footer", "extra-columns"],
               "Calc .fods printed WITH gridlines (no cell borders), Letter landscape, header row repeated on page 2, wrapped titles in a 4.3in column, numeric credits formatted 0.00, footer 'Page N of M'; CMLE and Contact Hour units; person only in 'CE Transcript - Name'.",
               person, rows)

    # ---------------- k03 fods, ASCP header block in cells, borders, SUM total, date values
    rows = mk_rows(303, 10, "mdy", "CMLE", numfmt="2", long_ratio=0.3)
    person = "Ana Lúcia Carvalho"
    s = Sheet("DejaVu Sans", "9pt", page=("210mm", "297mm"), grid=False,
              footer='<style:region-left><text:p>Printed 11/30/2025</text:p></style:region-left>' + PAGEOF.replace("center", "right"),
              colwidths=(3.9, 1.25, 0.8, 0.9))
    b = 'fo:border="0.06pt solid #000000"'
    big = s.cs(bold=True, size="13pt")
    s.pre_rows = ["<table:table-row>" + Sheet.cell("ASCP CE Transcript", big) + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("Name: " + person) + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("ASCP Customer ID: 20931744") + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("Certification: MLS(ASCP)CM, SBB(ASCP)") + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("Current CMP Cycle: 07/01/2024 - 06/30/2027") + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("") + "</table:table-row>"]
    hs = s.cs(bold=True, border=b, bg="#cfd8e3", wrap=True)
    s.row([Sheet.cell(x, hs) for x in ["Activity Title", "Completion Date", "Credits", "Credit Type"]], header=True)
    for r in rows:
        s.row([Sheet.cell(r["title"], s.cs(wrap=True, border=b)),
               Sheet.cell(r["date_disp"], s.cs(border=b, data="DMDY", align="center"), vtype="date", date=r["date"]),
               Sheet.cell(r["credits_disp"], s.cs(align="end", data="N2", border=b), value=r["credits"], vtype="float"),
               Sheet.cell("CMLE", s.cs(border=b, align="center"))])
    n0 = 8
    s.row([Sheet.cell("Total", s.cs(bold=True, border=b)), Sheet.cell(None, s.cs(border=b)),
           Sheet.cell(fmt_num(total(rows), "2"), s.cs(bold=True, align="end", data="N2", border=b), value=total(rows), vtype="float",
                      formula="of:=SUM([.C%d:.C%d])" % (n0, n0 + len(rows) - 1)),
           Sheet.cell(None, s.cs(border=b))])
    s.save(os.path.join(OUT, "k03_ascp_borders.fods"))
    write_gold("k03_ascp_borders", "libreoffice-calc",
               ["ruled", "right-aligned-numbers", "centred-numbers", "totals-row", "page-footer", "a4", "wrapped-titles"],
               "Calc .fods on A4; ASCP header block typed into cells above the table; cell borders (no gridlines); dates are real date values formatted MM/DD/YYYY and centred; credits numeric 0.00 right-aligned; 'Total' row computed by SUM formula; footer printed date + Page N of M.",
               person, rows)

    # ---------------- k04 fods CAP status, unruled, narrow tight columns
    rows = mk_rows(304, 9, "mdy", None, units_mix=["AMA PRA Category 1", "contact hours"], credits=[0.5, 1, 1, 1.5, 2, 0.25],
                   numfmt="2", status=True, ids=lambda rng, i, d: "%06d" % rng.randrange(100000, 999999), long_ratio=0.0,
                   short_ratio=0.5, unit_disp={"AMA PRA Category 1": "CME", "contact hours": "CE"})
    person = "Noémie Girard"
    s = Sheet("Liberation Sans Narrow", "10pt", grid=False, colwidths=(0.43, 0.75, 3.45, 0.62, 0.45, 0.8),
              footer='<style:region-left><text:p>cap.org/learning</text:p></style:region-left>')
    s.pre_rows = ["<table:table-row>" + Sheet.cell("Learning Transcript", s.cs(bold=True, size="13pt")) + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("College of American Pathologists") + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("Learner: " + person) + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("Credit types: CME = AMA PRA Category 1 Credit; CE = contact hours") + "</table:table-row>",
                  "<table:table-row>" + Sheet.cell("") + "</table:table-row>"]
    hs = s.cs(bold=True, border='fo:border-bottom="0.75pt solid #000000"')
    s.row([Sheet.cell(x, hs) for x in ["Activity", "Date Claimed", "Activity Title", "Credits", "Type", "Status"]], header=True)
    for r in rows:
        s.row([Sheet.cell(r["id"], s.cs()), Sheet.cell(r["date_disp"], s.cs()), Sheet.cell(r["title"], s.cs()),
               Sheet.cell(r["credits_disp"], s.cs(align="end", data="N2"), value=r["credits"], vtype="float"),
               Sheet.cell(r["unit_disp"], s.cs(align="center")), Sheet.cell(r["status_disp"], s.cs())])
    s.save(os.path.join(OUT, "k04_cap_tight.fods"))
    write_gold("k04_cap_tight", "libreoffice-calc",
               ["unruled", "status-column", "tight-columns", "tight-headers", "extra-columns", "letter"],
               "Calc .fods, CAP-style 'Learning Transcript'; Liberation Sans Narrow 10pt; columns cut to fit: 6-digit activity number runs into the date, 'Activity'/'Date Claimed'/'Activity Title' headers nearly touch; credit type given as CME (=AMA PRA Category 1) or CE (=contact hours), explained in a legend line; Status Claimed/Unclaimed.",
               person, rows)

    # ---------------- k05 hand-written xlsx, gridlines printed, landscape A4, CEU, total formula
    rows = mk_rows(305, 14, "mon", "CEU", numfmt="2", long_ratio=0.4, providers=True)
    person = "Teodora Ivanović"
    write_xlsx(os.path.join(OUT, "k05_xlsx_ceu.xlsx"), person, rows)
    write_gold("k05_xlsx_ceu", "libreoffice-calc",
               ["ruled", "wrapped-titles", "right-aligned-numbers", "totals-row", "page-footer", "landscape", "a4", "extra-columns"],
               "Hand-written .xlsx (inline strings, numFmt 'mmm d, yyyy' on date serials, wrap text) printed by Calc with gridlines on A4 landscape; CEUs (points = CEU x 10); 'Total CEUs' row uses SUM formula with cached value; footer '&CPage &P of &N'.",
               person, rows)


def wrap_pts(text, width, font="/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", size=10):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "LSerifW" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LSerifW", font))
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, "LSerifW", size) <= width:
            cur = t
        else:
            out.append(cur); cur = w
    out.append(cur)
    return out


def col(i):
    return "ABCDEFGHIJ"[i]


def write_xlsx(path, person, rows):
    def s(ref, text, st=0):
        return '<c r="%s" t="inlineStr" s="%d"><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, esc(text))
    def n(ref, v, st):
        return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, st, v)
    sheet_rows = []
    sheet_rows.append('<row r="1" ht="18" customHeight="1">%s</row>' % s("A1", "University Hospital Laboratory - Continuing Education Units", 1))
    sheet_rows.append('<row r="2">%s</row>' % s("A2", "Employee: " + person + "   (1 CEU = 10 contact hours)"))
    hdr = ["Course Title", "Sponsor", "Date", "CEUs"]
    sheet_rows.append('<row r="4">%s</row>' % "".join(s("%s4" % col(i), h, 2) for i, h in enumerate(hdr)))
    r0 = 5
    for k, r in enumerate(rows):
        rn = r0 + k
        serial = (datetime.date.fromisoformat(r["date"]) - datetime.date(1899, 12, 30)).days
        # Calc does not grow wrapped xlsx rows by itself: give an explicit height (13pt per line)
        nl = len(wrap_pts(r["title"], 355))
        sheet_rows.append('<row r="%d" ht="%d" customHeight="1">%s%s%s%s</row>' % (rn, 13 * nl + 1, s("A%d" % rn, r["title"], 3), s("B%d" % rn, r["provider"], 3),
                                                           n("C%d" % rn, serial, 4), n("D%d" % rn, r["credits"], 5)))
    rn = r0 + len(rows)
    sheet_rows.append('<row r="%d">%s<c r="D%d" s="6"><f>SUM(D%d:D%d)</f><v>%s</v></c></row>' % (
        rn, s("C%d" % rn, "Total CEUs", 2), rn, r0, rn - 1, total(rows)))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<sheetPr><pageSetUpPr fitToPage="0"/></sheetPr>'
             '<cols><col min="1" max="1" width="70" customWidth="1"/><col min="2" max="2" width="18" customWidth="1"/>'
             '<col min="3" max="3" width="14" customWidth="1"/><col min="4" max="4" width="9" customWidth="1"/></cols>'
             '<sheetData>%s</sheetData>'
             '<printOptions gridLines="1"/>'
             '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
             '<pageSetup paperSize="9" orientation="landscape"/>'
             '<headerFooter><oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter></headerFooter>'
             '</worksheet>') % "".join(sheet_rows)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm d, yyyy"/></numFmts>'
              '<fonts count="3"><font><sz val="10"/><name val="Liberation Serif"/></font><font><b/><sz val="13"/><name val="Liberation Serif"/></font>'
              '<font><b/><sz val="10"/><name val="Liberation Serif"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="7">'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'
              '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>'
              '<xf numFmtId="2" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
              '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="CEU Transcript" sheetId="1" r:id="rId1"/></sheets>'
                '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\'CEU Transcript\'!$4:$4</definedName></definedNames></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


if __name__ == "__main__":
    build()
