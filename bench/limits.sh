#!/usr/bin/env bash
# Shows each limit on hostile or oversized input holding in bounded time
# and memory: one import per input, beside a good transcript, under GNU
# time (wall time, peak RSS of the run and its parse workers).
#
#   bash bench/limits.sh                 # every case
#   bash bench/limits.sh zip-50000 dup   # cases whose name contains a word
#
# The inputs are made here (python3, standard library): the hostile PDFs
# of ../shared/cases/hostile-inputs/make_pdf_hostile.py, workbooks past
# each XLSX limit, large zips, a CSV that used to be swallowed by one
# quote, 20,000 rows on one day. The PDF cases run with
# -max-parse-memory 256 -max-parse-time 2s (the defaults, 2 GiB and 30 s,
# are for real documents; see README.md) and once with the defaults.
# Results go to bench/out/limits/ (results.md, the time -v logs).
set -euo pipefail
cd "$(dirname "$0")/.."
W=bench/out/limits
rm -rf "$W"
mkdir -p "$W/in"
W=$(cd "$W" && pwd)
if ! command -v /usr/bin/time >/dev/null; then
	echo "limits: /usr/bin/time is missing (Debian: apt-get install -y time)" >&2
	exit 1
fi
go build -o "$W/celedger" ./cmd/import

python3 - "$W/in" <<'PY'
import os, sys, struct, zlib, zipfile, io
out = sys.argv[1]
def w(name, b):
    p = os.path.join(out, name); os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "wb").write(b if isinstance(b, bytes) else b.encode())
T = "ASCP CMP Transcript\nName: {n}\nDate Completed,Course Title,Credits Earned,Credit Type\n02/12/2025,{t},2,CMLE\n"
w("good-transcript.csv", T.format(n="Ottilie Varnhagen", t="Gram Stain Review"))

# --- the hostile PDFs (make_pdf_hostile.py)
def pdf(objs, trailer):
    o = b"%PDF-1.4\n"; offs = {}
    for n in sorted(objs): offs[n] = len(o); o += b"%d 0 obj\n%s\nendobj\n" % (n, objs[n])
    x = len(o); size = max(objs) + 1
    o += b"xref\n0 %d\n0000000000 65535 f \n" % size + b"".join(b"%010d 00000 n \n" % offs[n] for n in range(1, size))
    return o + b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer, x)
def pdf_xrefstm(objs, compressed, W=b"1 4 2"):
    o = b"%PDF-1.5\n"; offs = {}
    for n in sorted(objs): offs[n] = len(o); o += b"%d 0 obj\n%s\nendobj\n" % (n, objs[n])
    xn = max(list(objs) + list(compressed)) + 1; rows = b""
    for n in range(xn + 1):
        if n in offs: rows += struct.pack(">BIH", 1, offs[n], 0)
        elif n in compressed: rows += struct.pack(">BIH", 2, *compressed[n])
        elif n == xn: rows += struct.pack(">BIH", 1, len(o), 0)
        else: rows += struct.pack(">BIH", 0, 0, 65535)
    x = len(o)
    o += b"%d 0 obj\n<< /Type /XRef /Size %d /W [%s] /Root 1 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (xn, xn + 1, W, len(rows), rows)
    return o + b"startxref\n%d\n%%%%EOF\n" % x
def stm(data, extra=b""): return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data)
PAGE = {2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>", 4: stm(b"BT /F1 12 Tf 72 700 Td (x) Tj ET")}
body = b"9 0 << /Type /Catalog /Pages 2 0 R >>"
w("pdf-treeloop/t.pdf", pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 2 >>"}, b"/Root 1 0 R"))
w("pdf-xrefW/w.pdf", pdf_xrefstm({**PAGE, 1: b"<< /Type /Catalog /Pages 2 0 R >>"}, {}, W=b"1 99999999999 2"))
w("pdf-objstm-self/s.pdf", pdf_xrefstm(dict(PAGE), {1: (6, 0), 6: (6, 0)}))
w("pdf-objstm-N/n.pdf", pdf_xrefstm({**PAGE, 6: stm(body, b"/Type /ObjStm /N 999999999999 /First 4")}, {1: (6, 0)}))
w("pdf-objstm-extends/e.pdf", pdf_xrefstm({**PAGE, 6: stm(body, b"/Type /ObjStm /N 1 /First 4 /Extends 6 0 R")}, {1: (6, 0)}))
cm = b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <" + b"0041" * 262144 + b"> endbfrange endcmap"
w("pdf-cmap/c.pdf", pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    4: stm(b"BT /F1 12 Tf 72 700 Td <0041> Tj ET"),
    5: b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
    6: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
    7: stm(zlib.compress(cm, 9), b"/Filter /FlateDecode")}, b"/Root 1 0 R"))

# --- workbooks past each XLSX limit
S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def c(ref, v): return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
HDR = [["ASCP CMP Transcript"], ["Name: Xlsx Person"], ["Date Completed", "Course Title", "Credits Earned", "Credit Type"]]
def hdr(): return "".join(f'<row r="{i+1}">' + "".join(c(chr(65 + j) + str(i + 1), v) for j, v in enumerate(r)) + "</row>" for i, r in enumerate(HDR))
def xlsx(name, sheet_xml, sst=None, encoding="UTF-8"):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {S} {R}><sheets><sheet name="T" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="{encoding}"?><worksheet {S}>{sheet_xml}</worksheet>')
        if sst is not None: z.writestr("xl/sharedStrings.xml", sst)
    w(name, b.getvalue())
rows = "".join(f'<row r="{i}">{c(f"A{i}", "03/12/2024")}{c(f"B{i}", f"Course {i}")}{c(f"C{i}", "1")}{c(f"D{i}", "CMLE")}{c(f"XFD{i}", "z")}</row>' for i in range(4, 10004))
xlsx("xlsx-fallback/f.xlsx", f"<sheetData>{hdr()}{rows}</sheetData>", encoding="ISO-8859-1")
xlsx("xlsx-blank-rows/b.xlsx", f'<sheetData>{hdr()}<row r="1048576">{c("A1048576", "03/12/2024")}{c("B1048576", "Late")}{c("C1048576", "1")}{c("D1048576", "CMLE")}</row></sheetData>')
xlsx("xlsx-shared-strings/s.xlsx", f"<sheetData>{hdr()}</sheetData>", sst=f"<sst {S}>" + "<si><t/></si>" * 3_000_000 + "</sst>")
rows = "".join(f'<row r="{i}">{c(f"A{i}", "03/12/2024")}{c(f"B{i}", f"Course {i}")}{c(f"C{i}", "1")}{c(f"D{i}", "CMLE")}</row>' for i in range(4, 1004))
xlsx("xlsx-merges/m.xlsx", f"<sheetData>{hdr()}{rows}</sheetData><mergeCells>" + "".join(f'<mergeCell ref="E{4 + i % 10}:E1003"/>' for i in range(100_000)) + "</mergeCells>")

# --- zips
def names(i):
    first = ["Ada", "Bo", "Cyra", "Dag", "Elin", "Fenn", "Gita", "Hal", "Ines", "Joss", "Kaia", "Lorne", "Mira", "Nils", "Odile", "Pim", "Quill", "Runa", "Sten", "Tove"]
    last = ["Arkwright", "Blomqvist", "Caddel", "Dunmore", "Elsworth", "Fairbrook", "Gallant", "Holloway", "Ivers", "Jessop", "Kettering", "Lindgard", "Marlow", "Northcote", "Osterby", "Pellham", "Quarles", "Rainford", "Sallow", "Thistlewood"]
    return f"{first[i % 20]} {last[(i // 20) % 20]}-{chr(65 + (i // 400) % 26)}{chr(65 + (i // 10400) % 26)}"
for n in (20000, 50000):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(n):
            z.writestr(f"p{i:05d}/t.csv", T.format(n=names(i), t=f"Gram Stain Review {i}"))
    w(f"zip-{n}/z.zip", b.getvalue())
    if n == 20000:
        outer = io.BytesIO()
        with zipfile.ZipFile(outer, "w", zipfile.ZIP_STORED) as z:
            z.writestr("inner.zip", b.getvalue())
        w("zip-nested-20000/n.zip", outer.getvalue())

# --- CSVs
rows = "".join(f"02/12/2025,Hematology Case Study {i},1,CMLE\n" for i in range(20000))
w("dup-20000-one-day/d.csv", "ASCP CMP Transcript\nName: Dorit Halvorsen\nDate Completed,Course Title,Credits Earned,Credit Type\n" + rows)
rows = "".join(f"02/12/2025,Course {i},1,CMLE\n" for i in range(20000))
w("csv-unclosed-quote/q.csv", "ASCP CMP Transcript\nName: Quinta Marlowe\nDate Completed,Course Title,Credits Earned,Credit Type\n02/12/2025,\"Unclosed,1,CMLE\n" + rows)
w("csv-blank-lines/b.csv", "ASCP CMP Transcript\nName: Bram Osterby\nDate Completed,Course Title,Credits Earned,Credit Type\n02/12/2025,First,1,CMLE\n" + "\n" * 5_000_000 + "02/12/2025,Last,1,CMLE\n")
w("csv-cr-only/r.csv", T.format(n="Cressida Vole", t="Gram Stain Review").replace("\n", "\r"))
PY
mkfifo "$W/in/fifo.csv"

# case NAME "WHAT" FLAGS... -- INPUTS...
RESULTS=$W/results.md
printf '| case | what | flags | exit | wall | peak RSS | the hostile file |\n|---|---|---|---|---|---|---|\n' >"$RESULTS"
filter=("$@")
case_() {
	local name=$1 what=$2
	shift 2
	local flags=()
	while [ "$1" != -- ]; do flags+=("$1"); shift; done
	shift
	if [ ${#filter[@]} -gt 0 ]; then
		local hit=0 f
		for f in "${filter[@]}"; do [[ $name == *"$f"* ]] && hit=1; done
		[ $hit -eq 1 ] || return 0
	fi
	local out=$W/out-$name code=0
	/usr/bin/time -v -o "$W/time-$name.log" "$W/celedger" -q -as-of 2026-11-24 -cycle-end 2027-06-30 -out "$out" "${flags[@]}" "$@" 2>"$W/stderr-$name.txt" || code=$?
	local wall rss outcome
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f s", s}' "$W/time-$name.log")
	rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2/1024}' "$W/time-$name.log")
	outcome=$(python3 - "$out/ledger.json" "$1" <<'PY'
import json, sys, os
try:
    l = json.load(open(sys.argv[1]))
except Exception as e:
    print("no ledger.json"); sys.exit()
want = os.path.basename(sys.argv[2])
fs = [f for f in l["files"] if os.path.basename(f["path"].split("!/")[0]) == want or f["path"].startswith(sys.argv[2])]
st = {}
for f in fs: st[f["status"]] = st.get(f["status"], 0) + 1
first = next((f for f in fs if f.get("error")), None)
msg = ", ".join(f"{n} {s}" for s, n in sorted(st.items()))
if first: msg += ": " + first["error"][:110].replace("|", "/")
good = [f for f in l["files"] if f["path"].endswith("good-transcript.csv")]
if good: msg += f" (good transcript: {good[0]['status']})"
print(msg)
PY
)
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$what" "${flags[*]:-}" "$code" "$wall" "$rss" "$outcome" >>"$RESULTS"
	echo "limits: $name: exit $code, $wall, $rss" >&2
}
G=$W/in/good-transcript.csv
tight=(-max-parse-memory 256 -max-parse-time 2s)
for p in treeloop xrefW objstm-self objstm-N objstm-extends cmap; do
	f=$(ls "$W/in/pdf-$p/"*)
	case_ "pdf-$p" "hostile PDF (isolation)" "${tight[@]}" -- "$f" "$G"
done
for p in treeloop cmap; do
	f=$(ls "$W/in/pdf-$p/"*)
	case_ "pdf-$p-defaults" "hostile PDF, default limits" -- "$f" "$G"
done
case_ xlsx-fallback "ISO-8859-1 sheet, a cell in XFD on 10,000 rows" -- "$W/in/xlsx-fallback/f.xlsx" "$G"
case_ xlsx-blank-rows "one row at 1,048,576" -- "$W/in/xlsx-blank-rows/b.xlsx" "$G"
case_ xlsx-shared-strings "3,000,000 shared strings" -- "$W/in/xlsx-shared-strings/s.xlsx" "$G"
case_ xlsx-merges "100,000 merged ranges over 1,000 rows" -- "$W/in/xlsx-merges/m.xlsx" "$G"
case_ zip-20000 "20,000 members, 20,000 people" -- "$W/in/zip-20000/z.zip" "$G"
case_ zip-50000 "50,000 members, 50,000 people" -- "$W/in/zip-50000/z.zip" "$G"
case_ zip-nested-20000 "a zip holding a zip of 20,000 members" -- "$W/in/zip-nested-20000/n.zip" "$G"
case_ dup-20000-one-day "20,000 rows on one date, one person" -- "$W/in/dup-20000-one-day/d.csv" "$G"
case_ csv-unclosed-quote "a quote opened on line 4 of 20,004" -- "$W/in/csv-unclosed-quote/q.csv" "$G"
case_ csv-blank-lines "5,000,000 blank lines" -- "$W/in/csv-blank-lines/b.csv" "$G"
case_ csv-cr-only "CR-only line ends" -- "$W/in/csv-cr-only/r.csv" "$G"
case_ fifo "a named pipe given as input" -- "$W/in/fifo.csv" "$G"
echo
cat "$RESULTS"
