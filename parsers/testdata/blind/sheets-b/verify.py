#!/usr/bin/python3
"""Re-read every input file independently of build.py and check its gold file.

For each NAME.gold.json: decode/parse NAME (csv/txt by declared encoding; xlsx with openpyxl;
xls with xlrd; ods by parsing content.xml; HTML .xls with html.parser), then check that
  * every gold row appears in exactly one file row (title cell), whose date cell parses to the gold
    date, which has a cell equal to the credits, and the provider cell (if any);
  * the number of activity-like file rows (date + small number + long text) equals len(rows),
    so subtotal / total / preamble rows are not counted as activities;
  * the person name is printed somewhere in the file;
  * kind-specific byte/structure facts (BOM, UTF-16, cp1252, 8 KiB offset, 1904, outline, ...).
Exit status 0 when everything passes.
"""
import csv
import glob
import io
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from html.parser import HTMLParser

import openpyxl
import xlrd

DIR = os.path.dirname(os.path.abspath(__file__))
FAIL = []


def fail(name, msg):
    FAIL.append(f"{name}: {msg}")


# ------------------------------------------------------------------ readers -> list of sheets of rows
def read_text(path, enc):
    raw = open(path, "rb").read()
    codec = {"utf-8-sig": "utf-8-sig", "utf-8": "utf-8", "utf-16-le with BOM": "utf-16",
             "cp1252": "cp1252", "cp1252 (ASCII only)": "cp1252"}[enc]
    txt = raw.decode(codec)
    counts = {d: txt.count(d) for d in ["\t", ";", ","]}
    delim = "\t" if counts["\t"] else max(counts, key=counts.get)
    rows = list(csv.reader(io.StringIO(txt, newline=""), delimiter=delim))
    return [rows], delim


class TableHTML(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cur, self.cell = [], None, None

    def handle_starttag(self, tag, a):
        if tag == "tr":
            self.cur = []
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cur is not None:
            self.cur.append(self.cell.strip())
            self.cell = None
        elif tag == "tr":
            self.rows.append(self.cur)
            self.cur = None

    def handle_data(self, d):
        if self.cell is not None:
            self.cell += d


def read_xlsx(path):
    wb = openpyxl.load_workbook(path)  # formulas as text; values otherwise
    sheets = [[[c.value for c in r] for r in ws.iter_rows()] for ws in wb]
    return sheets, wb


def read_xls(path):
    bk = xlrd.open_workbook(path)
    sheets = []
    for sh in bk.sheets():
        rows = []
        for i in range(sh.nrows):
            row = []
            for j in range(sh.ncols):
                c = sh.cell(i, j)
                if c.ctype == xlrd.XL_CELL_DATE:
                    row.append(xlrd.xldate_as_datetime(c.value, bk.datemode))
                elif c.ctype == xlrd.XL_CELL_EMPTY:
                    row.append(None)
                else:
                    row.append(c.value)
            rows.append(row)
        sheets.append(rows)
    return sheets


NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def q(p, n):
    return "{%s}%s" % (NS[p], n)


def read_ods(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    sheets = []
    for t in root.iter(q("table", "table")):
        rows = []
        for tr in t.iter(q("table", "table-row")):
            row = []
            for tc in tr:
                if tc.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                    continue
                rep = int(tc.get(q("table", "number-columns-repeated"), "1"))
                vt = tc.get(q("office", "value-type"))
                if vt == "date":
                    v = datetime.fromisoformat(tc.get(q("office", "date-value"))[:19])
                elif vt in ("float", "percentage", "currency"):
                    v = float(tc.get(q("office", "value")))
                else:
                    v = "\n".join("".join(p.itertext()) for p in tc.iter(q("text", "p"))) or None
                row += [v] * min(rep, 50)
            rows.append(row)
        sheets.append(rows)
    return sheets


# ------------------------------------------------------------------ cell interpretation
def to_num(v, comma):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        s = v.strip()
        if comma:
            s = s.replace(",", ".")
        if re.fullmatch(r"-?\d+(\.\d+)?", s):
            return float(s)
    return None


def to_date(v, dayfirst, epoch1904, serial_ok):
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if serial_ok and 30000 < v < 60000:
            base = date(1904, 1, 1) if epoch1904 else date(1899, 12, 30)
            return base + timedelta(days=int(v))
        return None
    if not isinstance(v, str):
        return None
    s = v.strip()
    if serial_ok and re.fullmatch(r"\d{5}(\.\d+)?", s):
        return date(1899, 12, 30) + timedelta(days=int(float(s)))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(\s+\d{1,2}:\d{2}(\s*[AP]M)?)?", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 2000
        d, mo = (a, b) if dayfirst else (b, a)
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    for fmt in ("%Y-%m-%d", "%d-%b-%y", "%b %d, %Y", "%d-%b-%Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    return None


def cell_text(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


# ------------------------------------------------------------------ main check
def check(gpath):
    g = json.load(open(gpath, encoding="utf-8"))
    name = g["file"]
    path = os.path.join(DIR, name)
    raw = open(path, "rb").read()
    ext = name.rsplit(".", 1)[1]
    epoch1904 = False
    comma = False
    wb = None
    if ext in ("csv", "txt"):
        sheets, delim = read_text(path, g["encoding"])
        comma = "decimal comma" in g["notes"]
    elif ext == "xlsx":
        sheets, wb = read_xlsx(path)
        epoch1904 = wb.epoch.year == 1904
    elif ext == "ods":
        sheets = read_ods(path)
    elif raw[:4] == b"\xd0\xcf\x11\xe0":
        sheets = read_xls(path)
    else:
        p = TableHTML()
        p.feed(raw.decode("utf-8"))
        sheets = [p.rows]
    dayfirst = "DD/MM/YYYY" in g["notes"]
    serial_ok = g["kind"] == "excel-serial"

    allrows = [r for sh in sheets for r in sh]
    alltext = "\n".join(cell_text(v) for r in allrows for v in r)

    # person
    if g["person"] is not None and g["person"] not in alltext:
        fail(name, f"person {g['person']!r} not printed")

    # gold rows
    for gr in g["rows"]:
        hits = [r for r in allrows if any(cell_text(v).strip() == gr["title"] for v in r)]
        if len(hits) != 1:
            fail(name, f"title {gr['title']!r} found {len(hits)} times")
            continue
        r = hits[0]
        dates = {to_date(v, dayfirst, epoch1904, serial_ok) for v in r} - {None}
        if date.fromisoformat(gr["date"]) not in dates:
            fail(name, f"{gr['title']!r}: date {gr['date']} not in {dates}")
        nums = {to_num(v, comma) for v in r} - {None}
        if not any(abs(n - gr["credits"]) < 1e-9 for n in nums):
            fail(name, f"{gr['title']!r}: credits {gr['credits']} not in {nums}")
        if gr["provider"] is not None and not any(cell_text(v).strip() == gr["provider"] for v in r):
            fail(name, f"{gr['title']!r}: provider {gr['provider']!r} missing")
        rowtxt = " ".join(cell_text(v) for v in r).lower()
        unit_hint = {"CEU": ["ceu"], "CMLE": ["cmle"], "contact hour": ["contact", "hrs", "hour", "hous"]}
        if gr["unit"] != "contact hour" and not any(h in rowtxt for h in unit_hint[gr["unit"]]):
            # unit must then come from the header of the sheet
            hdrtxt = alltext.lower()
            if not any(h in hdrtxt for h in unit_hint[gr["unit"]]):
                fail(name, f"{gr['title']!r}: unit {gr['unit']} not evidenced")

    # activity-like rows count
    n_act = 0
    for r in allrows:
        has_date = any(to_date(v, dayfirst, epoch1904, serial_ok) for v in r)
        texts = [cell_text(v) for v in r if isinstance(v, str) and len(v.strip()) > 12
                 and to_date(v, dayfirst, epoch1904, serial_ok) is None]
        small = [n for n in (to_num(v, comma) for v in r) if n is not None and 0 < n <= 40]
        if has_date and texts and small:
            n_act += 1
    if n_act != len(g["rows"]):
        fail(name, f"{n_act} activity-like rows in file, gold has {len(g['rows'])}")

    # kind specific facts
    enc = g["encoding"]
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        fail(name, "missing UTF-8 BOM")
    if enc == "utf-8" and (raw.startswith(b"\xef\xbb\xbf") or ext in ("csv", "txt") and False):
        fail(name, "unexpected BOM")
    if enc.startswith("utf-16"):
        if not raw.startswith(b"\xff\xfe"):
            fail(name, "missing UTF-16LE BOM")
        if "\r\n" not in raw.decode("utf-16") or "\t" not in raw.decode("utf-16"):
            fail(name, "UTF-16 file not tab/CRLF")
    if enc == "cp1252":
        try:
            raw.decode("utf-8")
            fail(name, "cp1252 file decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    if "long" in name:
        first = next(i for i, b in enumerate(raw) if b > 127)
        if first <= 8192:
            fail(name, f"first non-ASCII byte at {first}")
    if "1904" in name and not epoch1904:
        fail(name, "not a 1904 workbook")
    if ext == "xlsx" and "1904" not in name and epoch1904:
        fail(name, "unexpected 1904 workbook")
    if name.endswith(".xls") and "biff8" in name and raw[:4] != b"\xd0\xcf\x11\xe0":
        fail(name, "not OLE2/BIFF8")
    if "html" in name and not raw.lstrip().startswith(b"<"):
        fail(name, "not HTML")
    if g["kind"] == "subtotal-rows" and ext == "xlsx":
        ws = wb.worksheets[0]
        levels = {ws.row_dimensions[i].outlineLevel for i in range(1, ws.max_row + 1)}
        if not {1, 2} <= levels:
            fail(name, f"outline levels {levels}")
        if "SUBTOTAL(" not in alltext.upper():
            fail(name, "no SUBTOTAL formulas")
        if "Grand Total" not in alltext:
            fail(name, "no Grand Total")
    if g["kind"] == "cover-sheet":
        if len(sheets) < 2 or g["person"] not in "\n".join(cell_text(v) for r in sheets[0] for v in r):
            fail(name, "name not on first (cover) sheet")
        if any(cell_text(v).strip() == g["rows"][0]["title"] for r in sheets[0] for v in r):
            fail(name, "activities on cover sheet")
    if g["kind"] == "excel-serial" and ext == "xlsx":
        general_nums = sum(1 for r in allrows for v in r
                           if isinstance(v, (int, float)) and not isinstance(v, bool) and 30000 < v < 60000)
        if general_nums == 0:
            fail(name, "no General-format serial numbers")
    if "late-proof" in name:
        ds = [date.fromisoformat(r["date"]) for r in g["rows"]]
        proofs = [i for i, d in enumerate(ds) if d.day > 12]
        if not proofs or proofs[0] < len(ds) - 3 or any(d.day == d.month for d in ds):
            fail(name, f"late proof not late: {proofs}")
    if dayfirst and "late-proof" not in name:
        if not any(date.fromisoformat(r["date"]).day > 12 for r in g["rows"]):
            fail(name, "day-first file without a day > 12")
    return g


def main():
    golds = sorted(glob.glob(os.path.join(DIR, "*.gold.json")))
    kinds, prods = {}, {}
    for gp in golds:
        g = check(gp)
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        prods[g["producer"]] = prods.get(g["producer"], 0) + 1
    inputs = [f for f in os.listdir(DIR) if re.match(r"b\d\d-", f) and not f.endswith(".gold.json")]
    if len(inputs) != len(golds):
        FAIL.append(f"{len(inputs)} inputs vs {len(golds)} gold files")
    for f in FAIL:
        print("FAIL", f)
    print(f"{len(golds)} gold files checked; kinds={kinds}")
    print("OK" if not FAIL else f"{len(FAIL)} failures")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
