package parsers

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

// readAllSheets reads every sheet of a workbook as sheetRows hands rows on.
func readAllSheets(t *testing.T, wb *workbook) map[string][][]string {
	t.Helper()
	out := map[string][][]string{}
	for _, sheet := range wb.f.GetSheetList() {
		err := wb.sheetRows(sheet, func(line int, cells []string) bool {
			out[sheet] = append(out[sheet], append([]string{string(rune('0' + line%10))}, cells...))
			return true
		})
		if err != nil {
			t.Fatalf("%s: %v", sheet, err)
		}
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
		byModel, _ := openWorkbook(bytes.NewReader(data), int64(len(data)), "x.xlsx")
		byModel.parts = nil
		a, b := readAllSheets(t, streamed), readAllSheets(t, byModel)
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

// A worksheet in an encoding the stream's decoder cannot read is read
// through excelize, which can: the rows are the same.
func TestCellStreamFallsBack(t *testing.T) {
	data := cellStreamBook(t, false)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet1.xml" {
			b = bytes.Replace(b, []byte(`encoding="UTF-8"`), []byte(`encoding="ISO-8859-1"`), 1)
			if !bytes.Contains(b, []byte("ISO-8859-1")) {
				t.Fatal("no XML declaration to change")
			}
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	latin := buf.Bytes()
	want, _ := openWorkbook(bytes.NewReader(data), int64(len(data)), "x.xlsx")
	got, err := openWorkbook(bytes.NewReader(latin), int64(len(latin)), "x.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mergedRanges(got.zr, got.parts["Log"]); err == nil {
		t.Fatal("the stream reads ISO-8859-1: this test no longer reaches the fallback")
	}
	if a, b := readAllSheets(t, got), readAllSheets(t, want); !reflect.DeepEqual(a, b) {
		t.Errorf("ISO-8859-1 sheet: %q, want %q", a, b)
	}
}
