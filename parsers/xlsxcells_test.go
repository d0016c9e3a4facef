package parsers

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"celedger"
)

// readAllSheets reads every sheet of a workbook as sheetRows hands rows on.
func readAllSheets(t *testing.T, wb *workbook) map[string][][]string {
	t.Helper()
	out := map[string][][]string{}
	for _, sheet := range wb.f.GetSheetList() {
		_, err := wb.sheetRows(sheet, func(line int, cells []string) bool {
			out[sheet] = append(out[sheet], append([]string{fmt.Sprint(line)}, cells...))
			return true
		})
		if err != nil {
			t.Fatalf("%s: %v", sheet, err)
		}
	}
	return out
}

// readAllSheetsByModel reads every sheet as excelize's row iterator and
// cell model give it: the reference sheetRows is compared with. (It loads
// each whole sheet; the reader itself never does.)
// modelWorkbook opens a whole workbook with excelize alone (openWorkbook
// gives excelize the workbook without its sheets): the reference the
// streamed rows are compared with.
func modelWorkbook(t *testing.T, data []byte) *workbook {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	wb := &workbook{f: f, isDate: map[int]bool{}}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		wb.date1904 = *props.Date1904
	}
	return wb
}

func readAllSheetsByModel(t *testing.T, wb *workbook) map[string][][]string {
	t.Helper()
	out := map[string][][]string{}
	for _, sheet := range wb.f.GetSheetList() {
		rows, err := wb.f.Rows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		mcs, err := wb.f.GetMergeCells(sheet, true)
		if err != nil {
			t.Fatal(err)
		}
		var merges []mergeRange
		for _, mc := range mcs {
			if m, ok := newMergeRange(mc.GetStartAxis(), mc.GetEndAxis()); ok {
				merges = append(merges, m)
			}
		}
		mergedValue := map[mergeRange]string{}
		for line := 1; rows.Next(); line++ {
			cells, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			for i, c := range cells {
				if c == "" {
					continue
				}
				name, _ := excelize.CoordinatesToCellName(i+1, line)
				var a cellAttr
				a.style, _ = wb.f.GetCellStyle(sheet, name)
				switch typ, _ := wb.f.GetCellType(sheet, name); typ {
				case excelize.CellTypeSharedString:
					a.typ = "s"
				case excelize.CellTypeInlineString:
					a.typ = "inlineStr"
				}
				cells[i] = wb.cellText(c, a)
			}
			for _, m := range merges {
				if line < m.row1 || line > m.row2 {
					continue
				}
				if line == m.row1 {
					if m.col1 <= len(cells) {
						mergedValue[m] = cells[m.col1-1]
					}
					continue
				}
				if v := mergedValue[m]; v != "" {
					for len(cells) < m.col1 {
						cells = append(cells, "")
					}
					cells[m.col1-1] = v
				}
			}
			out[sheet] = append(out[sheet], append([]string{fmt.Sprint(line)}, cells...))
		}
		rows.Close()
	}
	return out
}

// TestCellStreamMatchesExcelize: the styles, types and merged ranges read
// from the worksheet XML give the rows excelize's own cell model gives,
// on workbooks from excelize and from LibreOffice.
func TestCellStreamMatchesExcelize(t *testing.T) {
	files, _ := filepath.Glob("../samples/*.xlsx")
	files = append(files, "testdata/libreoffice.xlsx")
	var books [][]byte
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		books = append(books, data)
	}
	books = append(books, cellStreamBook(t, false), cellStreamBook(t, true))
	for i, data := range books {
		streamed, err := openWorkbook(bytes.NewReader(data), int64(len(data)), "x.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		if len(streamed.parts) == 0 {
			t.Errorf("book %d: no worksheet parts found", i)
		}
		byModel := modelWorkbook(t, data)
		a, b := readAllSheets(t, streamed), readAllSheetsByModel(t, byModel)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("book %d: streamed %q\nexcelize %q", i, a, b)
		}
		streamed.close()
		byModel.close()
	}
}

// cellStreamBook has what the stream must tell apart: built-in and custom
// date formats, digits stored as text under a date format, gaps between
// rows and cells, a range merged down, and a second sheet.
func cellStreamBook(t *testing.T, date1904 bool) []byte {
	return book{date1904: date1904, sheets: []sheetRows{
		{"Log", [][]any{
			{"Title", "Date", "Credits", "Custom date", "Text"},
			{"A", 45000, 1.5, 45001, "45002"},
			nil,
			{"B", 45010, 1e-3, nil, nil, nil, "far"},
			{"C", nil, 2},
		}},
		{"Second", [][]any{{"x", 45100}}},
	}, edit: func(t *testing.T, f *excelize.File) {
		styleCells(t, f, "Log", 14, "B2", "B4", "E2")
		styleCells(t, f, "Log", "d-mmm-yy", "D2")
		styleCells(t, f, "Second", 14, "B1")
		must(t, f.MergeCell("Log", "B4", "B5"))
	}}.bytes(t)
}

// rawWorkbook is a minimal workbook around one worksheet's XML, as some
// exporters write it: inline strings, one date style (index 1).
func rawWorkbook(t testing.TB, sheetXML []byte, extra ...string) []byte {
	t.Helper()
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook ` + ns + `><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet ` + ns + `><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`},
		{"xl/worksheets/sheet1.xml", string(sheetXML)},
	}
	for i := 0; i+1 < len(extra); i += 2 {
		parts = append(parts, struct{ name, body string }{extra[i], extra[i+1]})
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.body))
	}
	must(t, zw.Close())
	return buf.Bytes()
}

// TestCellStreamDeclaredEncoding: a worksheet whose XML declares
// ISO-8859-1 is read by the stream, never by excelize's whole-sheet
// model, and reads as the same sheet in UTF-8 does.
func TestCellStreamDeclaredEncoding(t *testing.T) {
	const sheet = `<?xml version="1.0" encoding="%s"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1" t="inlineStr"><is><t>Date</t></is></c><c r="C1" t="inlineStr"><is><t>Credits</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>Hématologie: Café Study</t></is></c><c r="B2" s="1"><v>45000</v></c><c r="C2"><v>1.5</v></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="B3" s="1"><v>45010</v></c><c r="C3"><v>2</v></c></row>` +
		`</sheetData><mergeCells count="1"><mergeCell ref="B3:B4"/></mergeCells></worksheet>`
	utf8Book := rawWorkbook(t, []byte(fmt.Sprintf(sheet, "UTF-8")))
	latinXML, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(fmt.Sprintf(sheet, "ISO-8859-1")))
	if err != nil || bytes.Contains(latinXML, []byte("Café")) {
		t.Fatalf("encoding the sheet: %v", err)
	}
	latin := rawWorkbook(t, latinXML)
	want, err := openWorkbook(bytes.NewReader(utf8Book), int64(len(utf8Book)), "x.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	got, err := openWorkbook(bytes.NewReader(latin), int64(len(latin)), "x.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mergedRanges(got.zr, got.parts["Log"]); err != nil {
		t.Fatalf("the stream does not read ISO-8859-1: %v", err)
	}
	a, b := readAllSheets(t, got), readAllSheets(t, want)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("ISO-8859-1 sheet: %q, want %q", a, b)
	}
	if fmt.Sprint(a["Log"]) != "[[1 Title Date Credits] [2 Hématologie: Café Study 2023-03-15 1.5] [3 B 2023-03-25 2]]" {
		t.Errorf("rows %q", a["Log"])
	}
}

// TestSheetStreamValues: every kind of cell reads as excelize's raw value:
// shared strings with runs, phonetic text and _xHHHH_ escapes, inline
// strings, booleans, errors, formulas with and without a cached value,
// text formulas, and cells far right and far down.
func TestSheetStreamValues(t *testing.T) {
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	sst := `<?xml version="1.0" encoding="UTF-8"?><sst ` + ns + ` count="4" uniqueCount="4">` +
		`<si><t>Plain</t></si>` +
		`<si><r><rPr><b/></rPr><t>Bold </t></r><r><t xml:space="preserve">and plain </t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>` +
		`<si><t>Tab_x0009_here _x005F_x0008_ kept, _xZZZZ_ kept, _xD800_ dropped</t></si>` +
		`<si><t/></si></sst>`
	sheet := `<?xml version="1.0" encoding="UTF-8"?><worksheet ` + ns + `><sheetData>` +
		`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
		`<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3"><f>1+1</f><v>2</v></c><c r="E3"><f>A1</f></c><c r="F3" t="str"><f>A1</f><v>Plain</v></c></row>` +
		`<row r="4"><c t="inlineStr"><is><t>First</t></is></c><c t="inlineStr"><is><r><t>Run</t></r><r><t>s</t></r></is></c><c s="1"><v>45000.5</v></c><c><v>1E-3</v></c></row>` +
		`<row r="7" spans="1:3"><c r="B7"><v> 12 </v></c><c r="AB7" t="inlineStr"><is><t>far</t></is></c></row>` +
		`</sheetData></worksheet>`
	data := rawWorkbook(t, []byte(sheet), "xl/sharedStrings.xml", sst)
	streamed, err := openWorkbook(bytes.NewReader(data), int64(len(data)), "x.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	byModel := modelWorkbook(t, data)
	a, b := readAllSheets(t, streamed), readAllSheetsByModel(t, byModel)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("streamed\n %q\nexcelize\n %q", a, b)
	}
	if len(a["Log"]) != 7 || a["Log"][1][0] != "2" || len(a["Log"][1]) != 1 {
		t.Errorf("rows %q: want 7, the left-out rows blank", a["Log"])
	}
}

// TestSheetLimits: blank rows count toward -max-rows, a workbook with too
// many shared strings fails, a row under too many merged ranges fails its
// sheet, and cells far right are left with a note — each in bounded work.
func TestSheetLimits(t *testing.T) {
	defer func(old Limits) { Limit = old }(Limit)
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	header := `<row r="1"><c t="inlineStr"><is><t>Course Title</t></is></c><c t="inlineStr"><is><t>Date</t></is></c><c t="inlineStr"><is><t>Contact Hours</t></is></c></row>` +
		`<row r="2"><c t="inlineStr"><is><t>Gram Stain Review</t></is></c><c t="inlineStr"><is><t>2025-01-02</t></is></c><c><v>1</v></c><c r="XFD2" t="inlineStr"><is><t>z</t></is></c></row>`
	parse := func(sheetData, after string, extra ...string) (celedger.Document, error) {
		data := rawWorkbook(t, []byte(`<?xml version="1.0" encoding="UTF-8"?><worksheet `+ns+`><sheetData>`+header+sheetData+`</sheetData>`+after+`</worksheet>`), extra...)
		return parseXLSX(bytes.NewReader(data), int64(len(data)), "x.xlsx", "")
	}

	Limit = DefaultLimits
	Limit.MaxRows = 1000
	doc, err := parse(`<row r="900000"><c t="inlineStr"><is><t>Late</t></is></c><c t="inlineStr"><is><t>2025-01-03</t></is></c><c><v>1</v></c></row>`, "")
	if err != nil || len(doc.Records) != 1 || len(doc.Problems) != 1 || doc.Problems[0].Error() != "x.xlsx[Log]:1001: over the limit: more than 1000 rows; the rest of the file was not read (raise it with -max-rows)" {
		t.Errorf("blank rows: %d records, problems %v, err %v", len(doc.Records), doc.Problems, err)
	}
	if fmt.Sprint(doc.Notes) != `[sheet "Log": cells right of column 1024 not read (the first at XFD2)]` {
		t.Errorf("notes %q", doc.Notes)
	}

	Limit = DefaultLimits
	Limit.MaxSharedStrings = 100
	sst := `<sst ` + ns + `>` + strings.Repeat(`<si><t/></si>`, 101) + `</sst>`
	_, err = parse("", "", "xl/sharedStrings.xml", sst)
	if !errors.Is(err, celedger.ErrTooLarge) || !strings.Contains(err.Error(), "more than 100 shared strings (raise it with -max-shared-strings)") {
		t.Errorf("shared strings: %v", err)
	}

	Limit = DefaultLimits
	merges := `<mergeCells>` + strings.Repeat(`<mergeCell ref="A2:A9"/>`, maxMergesPerRow+1) + `</mergeCells>`
	_, err = parse("", merges)
	if !errors.Is(err, celedger.ErrTooLarge) || !strings.Contains(err.Error(), "row 2 lies in more than 1000 merged ranges") {
		t.Errorf("merges: %v", err)
	}
}

// TestFromMarker: the merged ranges are found after any amount of sheet
// data, across a block's end, with a namespace prefix, and in a part
// written in UTF-16 (returned whole); a part with none gives nil.
func TestFromMarker(t *testing.T) {
	rest := func(r io.Reader) string {
		if r == nil {
			return "<nil>"
		}
		b, _ := io.ReadAll(r)
		return string(b)
	}
	for _, pad := range []int{0, 10, 64<<10 - 5, 64<<10 + 3, 200_000} {
		data := "<worksheet><sheetData>" + strings.Repeat("x", pad) + "</sheetData><x:mergeCells><x:mergeCell ref=\"A1:A3\"/></x:mergeCells></worksheet>"
		r, err := fromMarker(strings.NewReader(data), []byte("mergeCell"))
		if got := rest(r); err != nil || got != "<x:mergeCells><x:mergeCell ref=\"A1:A3\"/></x:mergeCells></worksheet>" {
			t.Errorf("pad %d: %q, %v", pad, got, err)
		}
	}
	if r, err := fromMarker(strings.NewReader("<worksheet><sheetData/></worksheet>"), []byte("mergeCell")); r != nil || err != nil {
		t.Errorf("no merged ranges: %v, %v", r, err)
	}
	utf16 := "\xff\xfe<\x00w\x00"
	if r, _ := fromMarker(strings.NewReader(utf16), []byte("mergeCell")); rest(r) != utf16 {
		t.Errorf("UTF-16 part not returned whole")
	}
}
