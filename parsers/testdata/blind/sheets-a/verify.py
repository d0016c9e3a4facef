#!/usr/bin/python3
"""Re-read every input file independently of build.py and check it against NAME.gold.json.

Readers: codecs + csv for text, openpyxl for .xlsx, xlrd for BIFF .xls, zipfile+ElementTree for .ods,
html.parser for HTML saved as .xls.  Exit status 0 only if every check passes.
"""
import csv
import datetime as dt
import glob
import html.parser
import io
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl
import xlrd

DIR = os.path.dirname(os.path.abspath(__file__))

TITLE_L = {"course title", "activity", "title", "course name", "course", "activity title", "activity name",
           "course titel", "activty", "coures title"}
DATE_L = {"date completed", "completion date", "completed", "date earned", "date", "date complted",
          "date compelted", "compleiton date"}
AMT_L = {"credits earned", "ce hours", "contact hours", "credits", "ceus", "cmle credits", "hours", "crdits", "contact hous", "ceu's"}
TYPE_L = {"credit type", "type", "credit tpye"}
PROV_L = {"provider", "accredited provider", "sponsor", "provider name", "provder", "provdier"}
CORRECT = TITLE_L | DATE_L | AMT_L | TYPE_L | PROV_L
MISSPELLED = {"course titel", "activty", "coures title", "date complted", "date compelted", "compleiton date",
              "crdits", "contact hous", "credit tpye", "provder", "provdier"}
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
E1900 = dt.date(1899, 12, 30)
E1904 = dt.date(1904, 1, 1)

failures = []


def fail(name, msg):
    failures.append("%s: %s" % (name, msg))


def norm(v):
    return v.strip().lower() if isinstance(v, str) else v


def find_header(rows):
    for i, row in enumerate(rows):
        labels = [norm(c) if isinstance(c, str) else None for c in row]
        cols = {}
        for j, l in enumerate(labels):
            for key, s in (("title", TITLE_L), ("date", DATE_L), ("amt", AMT_L), ("type", TYPE_L), ("prov", PROV_L)):
                if l in s and key not in cols:
                    cols[key] = j
        if {"title", "date", "amt"} <= set(cols):
            return i, cols, labels
    return None, None, None


def unit_from(text):
    t = text.lower()
    if "ceu" in t:
        return "CEU"
    if "cmle" in t:
        return "CMLE"
    if "contact" in t or "hour" in t or "ce hours" in t:
        return "contact hour"
    return None


def parse_date(v, order, epoch):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)):
        return epoch + dt.timedelta(days=int(v))
    s = str(v).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return dt.date.fromisoformat(s)
    if re.fullmatch(r"\d{5}(\.\d+)?", s):
        return epoch + dt.timedelta(days=int(float(s)))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 2000
        mo, d = (a, b) if order == "mdy" else (b, a)
        return dt.date(y, mo, d)
    m = re.fullmatch(r"([A-Za-z]{3}) (\d{1,2}), (\d{4})", s)
    if m:
        return dt.date(int(m.group(3)), MON[m.group(1).lower()], int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})", s)
    if m:
        return dt.date(int(m.group(3)), MON[m.group(2).lower()], int(m.group(1)))
    return None


def parse_num(v, comma):
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip()
    if comma:
        s = s.replace(",", ".")
    return float(s)


def cell_str(v):
    if v is None:
        return ""
    return v if isinstance(v, str) else str(v)


def extract(name, g, rows, epoch):
    """rows: list of lists (raw cells).  Returns list of parsed activity dicts."""
    kind = g["kind"]
    order = "dmy" if kind.startswith("2-date-order:day-first") else "mdy"
    comma = kind.startswith("2-date-order:day-first")
    hi, cols, labels = find_header(rows)
    if hi is None:
        fail(name, "no header row found")
        return None, None
    out = []
    for row in rows[hi + 1:]:
        row = list(row) + [None] * (len(labels) - len(row))
        if all(cell_str(c).strip() == "" for c in row):
            continue
        if any("total" in cell_str(c).lower() for c in row):
            if parse_date(row[cols["date"]], order, epoch) if row[cols["date"]] not in (None, "") else None:
                fail(name, "total row has a date: %r" % row)
            continue
        title = cell_str(row[cols["title"]]).strip()
        date = parse_date(row[cols["date"]], order, epoch)
        amt = parse_num(row[cols["amt"]], comma)
        if "type" in cols:
            unit = unit_from(cell_str(row[cols["type"]]))
        else:
            unit = unit_from(labels[cols["amt"]])
        prov = cell_str(row[cols["prov"]]).strip() if "prov" in cols else None
        out.append({"title": title, "date": date.isoformat() if date else None, "credits": amt, "unit": unit, "provider": prov})
    return out, labels


def compare(name, g, got):
    gold = g["rows"]
    if got is None:
        return
    if len(got) != len(gold):
        fail(name, "row count %d != gold %d" % (len(got), len(gold)))
    for i, (a, b) in enumerate(zip(got, gold)):
        for k in ("title", "date", "unit", "provider"):
            if a[k] != b[k]:
                fail(name, "row %d %s: file %r gold %r" % (i + 1, k, a[k], b[k]))
        if abs(a["credits"] - float(b["credits"])) > 1e-9:
            fail(name, "row %d credits: file %r gold %r" % (i + 1, a["credits"], b["credits"]))
    if not 3 <= len(gold) <= 15:
        fail(name, "gold has %d rows (want 3..15)" % len(gold))


# ---------------------------------------------------------------- readers
def read_text(name, g):
    data = open(os.path.join(DIR, name), "rb").read()
    enc = g["encoding"]
    if enc.startswith("utf-16le"):
        if data[:2] != b"\xff\xfe":
            fail(name, "no UTF-16LE BOM")
        text = data[2:].decode("utf-16-le")
        if text.count("\r\n") != text.count("\n"):
            fail(name, "not CRLF throughout")
    elif enc == "utf-8-sig":
        if data[:3] != b"\xef\xbb\xbf":
            fail(name, "no UTF-8 BOM")
        text = data.decode("utf-8-sig")
    elif enc == "utf-8":
        if data[:3] == b"\xef\xbb\xbf":
            fail(name, "unexpected BOM")
        text = data.decode("utf-8")
    elif enc == "cp1252":
        try:
            data.decode("utf-8")
            fail(name, "cp1252 file also decodes as UTF-8 (no 8-bit characters?)")
        except UnicodeDecodeError:
            pass
        text = data.decode("cp1252")
        first = next((i for i, b in enumerate(data) if b >= 0x80), None)
        if g["kind"].endswith("cp1252-long") and not (first and first > 8192):
            fail(name, "first non-ASCII byte at %r, not past 8 KiB" % first)
    else:
        fail(name, "unknown encoding %r" % enc)
        return None, None
    for delim in ("\t", ";", ","):
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
        hi, cols, _ = find_header(rows)
        if hi is not None:
            if g["kind"].startswith("1-encoding:utf-16") and delim != "\t":
                fail(name, "UTF-16 file not tab separated")
            return rows, text
    fail(name, "no delimiter gives a header")
    return None, text


def read_xlsx(name, g):
    path = os.path.join(DIR, name)
    wb = openpyxl.load_workbook(path)
    epoch = E1904 if wb.epoch.year == 1904 else E1900
    texts = []
    found = None
    for idx, ws in enumerate(wb.worksheets):
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        texts += [cell_str(c) for r in rows for c in r]
        if found is None and find_header(rows)[0] is not None:
            found = (idx, ws, rows)
    return wb, epoch, found, "\n".join(texts)


def read_xls_biff(name):
    book = xlrd.open_workbook(os.path.join(DIR, name))
    if book.biff_version != 80:
        fail(name, "BIFF version %s, not 8" % book.biff_version)
    sh = book.sheet_by_index(0)
    rows = []
    for r in range(sh.nrows):
        row = []
        for c in range(sh.ncols):
            cell = sh.cell(r, c)
            if cell.ctype == xlrd.XL_CELL_DATE:
                row.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
            elif cell.ctype == xlrd.XL_CELL_EMPTY:
                row.append(None)
            else:
                row.append(cell.value)
        rows.append(row)
    return rows


NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def q(p, n):
    return "{%s}%s" % (NS[p], n)


def read_ods(name):
    z = zipfile.ZipFile(os.path.join(DIR, name))
    if z.read("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
        fail(name, "bad ODS mimetype")
    root = ET.fromstring(z.read("content.xml"))
    table = root.find(".//" + q("table", "table"))
    rows = []
    for tr in table.iter(q("table", "table-row")):
        rep = int(tr.get(q("table", "number-rows-repeated"), "1"))
        row = []
        for tc in tr.findall(q("table", "table-cell")):
            crep = int(tc.get(q("table", "number-columns-repeated"), "1"))
            vt = tc.get(q("office", "value-type"))
            if vt == "date":
                v = dt.date.fromisoformat(tc.get(q("office", "date-value"))[:10])
            elif vt in ("float", "percentage", "currency"):
                v = float(tc.get(q("office", "value")))
            elif vt == "string":
                v = "\n".join("".join(p.itertext()) for p in tc.findall(q("text", "p")))
            else:
                v = None
            row += [v] * min(crep, 50)
        while row and row[-1] is None:
            row.pop()
        rows += [row] * min(rep, 5)
    return rows


class TableParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.row, self.cell, self.text = [], None, None, []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        self.text.append(data)
        if self.cell is not None:
            self.cell.append(data)


def read_html(name, g):
    data = open(os.path.join(DIR, name), "rb").read()
    if not data.lstrip().lower().startswith(b"<html"):
        fail(name, "not HTML")
    m = re.search(rb'charset=([-\w]+)', data)
    cs = m.group(1).decode().lower() if m else "utf-8"
    codec = {"windows-1252": "cp1252", "utf-8": "utf-8"}[cs]
    if codec != g["encoding"]:
        fail(name, "declared charset %s vs gold %s" % (codec, g["encoding"]))
    p = TableParser()
    p.feed(data.decode(codec))
    return p.rows, "".join(p.text)


# ---------------------------------------------------------------- main
def check(gpath):
    g = json.load(open(gpath, encoding="utf-8"))
    name = g["file"]
    if os.path.basename(gpath) != name + ".gold.json" or not os.path.exists(os.path.join(DIR, name)):
        fail(name, "gold/file name mismatch")
        return
    kind = g["kind"]
    ext = name.rsplit(".", 1)[1]
    epoch = E1900
    alltext = ""
    labels = None
    got = None
    if kind.startswith("4-other-sheet:html"):
        rows, alltext = read_html(name, g)
        got, labels = extract(name, g, rows, epoch)
    elif ext in ("csv", "txt"):
        rows, alltext = read_text(name, g)
        if rows is not None:
            got, labels = extract(name, g, rows, epoch)
            if kind.startswith("3-excel-serial:csv"):
                hi, cols, _ = find_header(rows)
                vals = [r[cols["date"]] for r in rows[hi + 1:] if len(r) > cols["date"] and r[cols["date"]]]
                if not all(re.fullmatch(r"\d{5}(\.\d+)?", v) for v in vals):
                    fail(name, "date column is not all serial numbers")
    elif ext == "xlsx":
        wb, epoch, found, alltext = read_xlsx(name, g)
        if found is None:
            fail(name, "no header in any sheet")
        else:
            idx, ws, rows = found
            got, labels = extract(name, g, rows, epoch)
            hi, cols, _ = find_header(rows)
            if kind.startswith("3-excel-serial"):
                for r in ws.iter_rows(min_row=hi + 2):
                    c = r[cols["date"]]
                    if c.value is not None and not (isinstance(c.value, (int, float)) and c.number_format == "General"):
                        fail(name, "date cell %s is not a General-format number" % c.coordinate)
                want = 1904 if kind.endswith("1904") else 1899
                if wb.epoch.year != want:
                    fail(name, "workbook epoch %s" % wb.epoch)
                xml = zipfile.ZipFile(os.path.join(DIR, name)).read("xl/workbook.xml").decode()
                if kind.endswith("1904") != bool(re.search(r'date1904="(1|true)"', xml)):
                    fail(name, "date1904 flag mismatch")
            if kind.startswith("6-cover"):
                if idx == 0:
                    fail(name, "data is on the first sheet")
                first = "\n".join(cell_str(c) for r in wb.worksheets[0].iter_rows(values_only=True) for c in r)
                if g["person"] not in first or "Learner:" not in first:
                    fail(name, "person / 'Learner:' not on cover sheet")
            if kind.startswith("5-non-activity-rows:subtotals"):
                forms = [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith("=SUBTOTAL(")]
                levels = {ws.row_dimensions[i].outline_level for i in range(1, ws.max_row + 1)}
                if len(forms) < 3 or not {1, 2} <= levels:
                    fail(name, "subtotal formulas/outline levels missing (%d, %s)" % (len(forms), levels))
                totals = [cell_str(c) for r in rows for c in r if "Total" in cell_str(c)]
                if "Grand Total" not in totals:
                    fail(name, "no Grand Total row")
                cached = openpyxl.load_workbook(os.path.join(DIR, name), data_only=True)[ws.title]
                cv = [c.value for r in cached.iter_rows() for c in r if c.row and c.column == cols["amt"] + 1
                      and any("Total" in cell_str(x.value) for x in r)]
                has_cache = all(v is not None for v in cv)
                if ("LibreOffice" in g["producer"]) != has_cache:
                    fail(name, "cached subtotal values: %s" % cv)
    elif ext == "xls":
        if open(os.path.join(DIR, name), "rb").read(8) != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            fail(name, "not an OLE2 file")
        rows = read_xls_biff(name)
        alltext = "\n".join(cell_str(c) for r in rows for c in r)
        got, labels = extract(name, g, rows, epoch)
        hi, cols, _ = find_header(rows)
        book = xlrd.open_workbook(os.path.join(DIR, name))
        sh = book.sheet_by_index(0)
        for r in range(hi + 1, sh.nrows):
            if sh.cell(r, cols["date"]).ctype != xlrd.XL_CELL_DATE:
                fail(name, "row %d date is not a date cell" % (r + 1))
    elif ext == "ods":
        rows = read_ods(name)
        alltext = "\n".join(cell_str(c) for r in rows for c in r)
        got, labels = extract(name, g, rows, epoch)
    else:
        fail(name, "unknown file type")
        return
    compare(name, g, got)
    # kind-specific checks on gold
    days = [int(r["date"][8:]) for r in g["rows"]]
    if kind.startswith("2-date-order"):
        proof = [i for i, d in enumerate(days) if d > 12]
        if not proof:
            fail(name, "no day > 12 to prove the order")
        if kind.endswith("late-proof") and not (proof[0] >= len(days) - 3 and proof[0] >= 10):
            fail(name, "proof row is not late: %s" % proof)
    if kind.startswith("7-misspelled") and labels is not None:
        if not any(l in MISSPELLED for l in labels if isinstance(l, str)):
            fail(name, "no misspelled header")
    if g["person"] is not None and g["person"] not in alltext:
        fail(name, "person %r not found in file" % g["person"])
    for k in ("kind", "producer", "file", "encoding", "person", "rows", "notes"):
        if k not in g:
            fail(name, "gold lacks %s" % k)


def main():
    golds = sorted(glob.glob(os.path.join(DIR, "*.gold.json")))
    inputs = [p for p in glob.glob(os.path.join(DIR, "s*")) if not p.endswith(".gold.json") and os.path.isfile(p)]
    if len(inputs) != len(golds):
        failures.append("inputs %d vs gold files %d" % (len(inputs), len(golds)))
    for p in golds:
        try:
            check(p)
        except Exception as e:  # report, keep going
            failures.append("%s: exception %r" % (os.path.basename(p), e))
    passed = len(golds) - len({f.split(":")[0] for f in failures})
    for f in failures:
        print("FAIL", f)
    print("%d passed, %d failed" % (passed, len(golds) - passed))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
