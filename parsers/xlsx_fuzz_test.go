package parsers

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
)

// FuzzXLSX mutates whole workbooks, which mostly breaks their zip
// structure; FuzzXLSXSheet mutates what is inside: the worksheet XML and
// the shared strings, wrapped each time in a valid workbook, so the
// fuzzer works on rows, cells, types, styles, merges, encodings and
// escapes. Both are seeded with the samples, the hostile workbook of
// ../shared/cases/hostile-inputs and mutations of sheet XML written to
// reach each limit.

// sheetSeeds are worksheet and shared-strings XML pairs that reach every
// branch of the sheet reader and each of its limits.
func sheetSeeds() [][2]string {
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	is := func(ref, v string) string {
		return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v)
	}
	header := `<row r="1">` + is("A1", "Course Title") + is("B1", "Date") + is("C1", "Contact Hours") + `</row>`
	row := func(n int, extra string) string {
		return fmt.Sprintf(`<row r="%d">%s%s<c r="C%d"><v>1</v></c>%s</row>`, n, is(fmt.Sprintf("A%d", n), "Gram Stain"), is(fmt.Sprintf("B%d", n), "2025-01-02"), n, extra)
	}
	sheet := func(decl, data, after string) string {
		return `<?xml version="1.0" encoding="` + decl + `"?><worksheet ` + ns + `><sheetData>` + data + `</sheetData>` + after + `</worksheet>`
	}
	sst := `<sst ` + ns + `><si><t>Course Title</t></si><si><r><t>Da</t></r><r><t>te</t></r><rPh><t>x</t></rPh></si><si><t>_x0041_cid_x005F_x0008_</t></si></sst>`
	return [][2]string{
		{sheet("UTF-8", header+row(2, ""), ""), ""},
		{sheet("ISO-8859-1", header+row(2, is("XFD2", "z"))+row(3, is("XFD3", "z")), ""), ""},
		{sheet("windows-1252", header+row(2, ""), `<mergeCells><mergeCell ref="B2:B5"/><mergeCell ref="A1:C1"/></mergeCells>`), ""},
		{sheet("UTF-8", `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>`+is("C1", "Credits")+`</row>`+
			`<row r="2"><c t="s"><v>2</v></c><c s="1"><v>45000</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c><f>1+1</f></c></row>`, ""), sst},
		{sheet("UTF-8", header+row(1048576, ""), ""), ""},                                   // a row far down
		{sheet("UTF-8", header+row(2, "")+`<row r="1">`+is("A1", "back")+`</row>`, ""), ""}, // a row number that goes back
		{sheet("UTF-8", header+`<row r="2"><c r="A2" t="s"><v>99</v></c></row>`, ""), sst},  // no such shared string
		{sheet("UTF-8", header+row(2, ""), `<mergeCells>`+strings.Repeat(`<mergeCell ref="A2:A9"/>`, 1001)+`</mergeCells>`), ""},
		{sheet("UTF-16", header, ""), ""},                      // a declaration that lies
		{sheet("x-unknown", header, ""), ""},                   // an encoding nobody knows
		{sheet("UTF-8", header+`<row r="2"><c r="A2`, ""), ""}, // cut off
		{sheet("UTF-8", header+`<row><c><is><r><t>a</t></r><r><t>_x00</t></r></is></c></row>`, ""), ""},
		{sheet("UTF-8", header, ""), `<sst ` + ns + `>` + strings.Repeat(`<si><t/></si>`, 50) + `</sst>`},
	}
}

// workbookAround wraps worksheet XML and shared strings (none when empty)
// in a valid workbook.
func workbookAround(t testing.TB, sheetXML, sst []byte) []byte {
	if len(sst) == 0 {
		return rawWorkbook(t, sheetXML)
	}
	return rawWorkbook(t, sheetXML, "xl/sharedStrings.xml", string(sst))
}

// checkWorkbookRead fails on what a workbook read must never give: a
// recovered panic, an error that is not a ParseError, an incomplete record.
func checkWorkbookRead(t *testing.T, doc celedger.Document, err error) {
	t.Helper()
	if err != nil {
		var pe *celedger.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error is not a ParseError: %v", err)
		}
		if strings.Contains(err.Error(), "workbook reader failed") {
			t.Fatalf("the reader panicked: %v", err)
		}
		return
	}
	for _, r := range doc.Records {
		if r.Title == "" || r.Unit == "" || (r.Completed.IsZero() && r.Claim != celedger.ClaimUnclaimed) {
			t.Fatalf("incomplete record %+v", r)
		}
	}
}

func FuzzXLSXSheet(f *testing.F) {
	for _, s := range sheetSeeds() {
		f.Add([]byte(s[0]), []byte(s[1]))
	}
	// The sheets of the sample workbooks, as their writers made them.
	paths, _ := filepath.Glob("../samples/*.xlsx")
	paths = append(paths, "testdata/libreoffice.xlsx")
	for _, p := range paths {
		sheet, sst := sheetAndStrings(f, p)
		f.Add(sheet, sst)
	}
	defer func(old Limits) { Limit = old }(Limit)
	Limit.MaxRows = 5000 // keeps a sheet that leaves out a million rows quick
	Limit.MaxSharedStrings = 1000
	f.Fuzz(func(t *testing.T, sheet, sst []byte) {
		data := workbookAround(t, sheet, sst)
		doc, err := parseXLSX(bytes.NewReader(data), int64(len(data)), "fuzz.xlsx", "")
		checkWorkbookRead(t, doc, err)
	})
}

// sheetAndStrings reads a workbook's first worksheet and shared strings.
func sheetAndStrings(f *testing.F, path string) (sheet, sst []byte) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		f.Fatal(err)
	}
	defer zr.Close()
	read := func(name string) []byte {
		rc, err := zr.Open(name)
		if err != nil {
			return nil
		}
		defer rc.Close()
		b, _ := io.ReadAll(rc)
		return b
	}
	return read("xl/worksheets/sheet1.xml"), read("xl/sharedStrings.xml")
}

// TestSheetSeedsBounded reads each seed with the default limits: the
// limits, not the machine, stop the hostile ones.
func TestSheetSeedsBounded(t *testing.T) {
	for i, s := range sheetSeeds() {
		data := workbookAround(t, []byte(s[0]), []byte(s[1]))
		doc, err := parseXLSX(bytes.NewReader(data), int64(len(data)), fmt.Sprintf("seed%d.xlsx", i), "")
		checkWorkbookRead(t, doc, err)
	}
}

// hostileSeeds are whole workbooks for FuzzXLSX: make_other_hostile.py's
// (a worksheet declaring ISO-8859-1 with a cell in column XFD on each
// row), smaller.
func hostileSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for _, s := range sheetSeeds()[:3] {
		out = append(out, workbookAround(t, []byte(s[0]), []byte(s[1])))
	}
	if b, err := os.ReadFile("testdata/truncated.xlsx"); err == nil {
		out = append(out, b)
	}
	return out
}
