package parsers

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"celedger"
)

// book builds a workbook in memory for a test: sheets in order, each a
// list of rows (nil cells stay empty), then edit for styles, merges and
// hidden rows.
type book struct {
	date1904 bool
	sheets   []sheetRows
	edit     func(t *testing.T, f *excelize.File)
}

type sheetRows struct {
	name string
	rows [][]any
}

func (b book) bytes(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if b.date1904 {
		yes := true
		must(t, f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}))
	}
	for i, s := range b.sheets {
		if i == 0 {
			must(t, f.SetSheetName("Sheet1", s.name))
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				must(t, f.SetCellValue(s.name, cell, v))
			}
		}
	}
	if b.edit != nil {
		b.edit(t.(*testing.T), f)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// styleCells gives cells a number format: a built-in id, or a custom code.
func styleCells(t *testing.T, f *excelize.File, sheet string, numFmt any, cells ...string) {
	t.Helper()
	st := &excelize.Style{}
	switch v := numFmt.(type) {
	case int:
		st.NumFmt = v
	case string:
		st.CustomNumFmt = &v
	}
	id, err := f.NewStyle(st)
	must(t, err)
	for _, c := range cells {
		must(t, f.SetCellStyle(sheet, c, c, id))
	}
}

var transcriptHeader = []any{"Activity Title", "Completion Date", "Credits", "Credit Type"}

// rec is what a test expects of one record.
type rec struct {
	line    int
	title   string
	date    string
	credits string
	unit    celedger.Unit
}

func TestParseXLSX(t *testing.T) {
	tests := []struct {
		name     string
		book     book
		format   string
		sheet    string
		records  []rec
		problems []string
		notes    []string
		holder   celedger.Holder
	}{
		{
			name: "date cells in built-in and custom formats",
			book: book{
				sheets: []sheetRows{{"Sheet1", [][]any{
					transcriptHeader,
					{"Format 14", 45672, 1, "CMLE"},
					{"Format 15", 45672, 1, "CMLE"},
					{"Format 22 with a time", 45672.75, 1, "CMLE"},
					{"Custom d-mmm-yyyy", 45672, 1, "CMLE"},
					{"Custom with a locale", 45672, 1, "CMLE"},
					{"Custom with escapes", 45672, 1, "CMLE"},
				}}},
				edit: func(t *testing.T, f *excelize.File) {
					styleCells(t, f, "Sheet1", 14, "B2")
					styleCells(t, f, "Sheet1", 15, "B3")
					styleCells(t, f, "Sheet1", 22, "B4")
					styleCells(t, f, "Sheet1", "d-mmm-yyyy", "B5")
					styleCells(t, f, "Sheet1", "[$-409]mmmm d, yyyy;@", "B6")
					styleCells(t, f, "Sheet1", `yyyy\-mm\-dd`, "B7")
				},
			},
			format: "ce-generic-xlsx", sheet: "Sheet1",
			records: []rec{
				{2, "Format 14", "2025-01-15", "1", celedger.UnitCMLE},
				{3, "Format 15", "2025-01-15", "1", celedger.UnitCMLE},
				{4, "Format 22 with a time", "2025-01-15", "1", celedger.UnitCMLE},
				{5, "Custom d-mmm-yyyy", "2025-01-15", "1", celedger.UnitCMLE},
				{6, "Custom with a locale", "2025-01-15", "1", celedger.UnitCMLE},
				{7, "Custom with escapes", "2025-01-15", "1", celedger.UnitCMLE},
			},
		},
		{
			name: "1904 date system",
			book: book{
				date1904: true,
				sheets: []sheetRows{{"Sheet1", [][]any{
					transcriptHeader,
					{"Blood Bank Review", 44210, 1.5, "CMLE"}, // 44210 days after 1904-01-01
				}}},
				edit: func(t *testing.T, f *excelize.File) { styleCells(t, f, "Sheet1", 14, "B2") },
			},
			format: "ce-generic-xlsx", sheet: "Sheet1",
			records: []rec{{2, "Blood Bank Review", "2025-01-15", "1.5", celedger.UnitCMLE}},
		},
		{
			name: "credits as stored, not as shown; numbers stored as text; text dates",
			book: book{
				sheets: []sheetRows{{"Sheet1", [][]any{
					transcriptHeader,
					{"Shown as 0.8", "01/15/2025", 0.75, "CMLE"},
					{"Stored as text", "2025-01-15", "1.25", "CMLE"},
					{"Shown with a unit", "Jan 15, 2025", 2, "CMLE"},
					{"Date stored as text digits", "45672", 1, "CMLE"},
				}}},
				edit: func(t *testing.T, f *excelize.File) {
					styleCells(t, f, "Sheet1", "0.0", "C2")
					styleCells(t, f, "Sheet1", `0.00 "hrs"`, "C4")
					styleCells(t, f, "Sheet1", 14, "B5") // a text cell keeps its text whatever its format
				},
			},
			format: "ce-generic-xlsx", sheet: "Sheet1",
			records: []rec{
				{2, "Shown as 0.8", "2025-01-15", "0.75", celedger.UnitCMLE},
				{3, "Stored as text", "2025-01-15", "1.25", celedger.UnitCMLE},
				{4, "Shown with a unit", "2025-01-15", "2", celedger.UnitCMLE},
				// Excel's serial day number for 2025-01-15, stored as text in
				// the date column: read as that day (it was rejected before).
				{5, "Date stored as text digits", "2025-01-15", "1", celedger.UnitCMLE},
			},
			notes: []string{"1 dates read as Excel serial day numbers (the 1900 date system)"},
		},
		{
			name: "merged title above the header, a date merged down two rows",
			book: book{
				sheets: []sheetRows{{"Transcript", [][]any{
					{"ASCP CE Transcript"},
					{"Name:", "Maria Okafor"},
					{"Customer ID:", "01234567"},
					{},
					transcriptHeader,
					{"Morning session", 45672, 1},
					{"Afternoon session", nil, 0.5},
				}}},
				edit: func(t *testing.T, f *excelize.File) {
					must(t, f.MergeCell("Transcript", "A1", "D1"))
					must(t, f.MergeCell("Transcript", "B6", "B7"))
					styleCells(t, f, "Transcript", 14, "B6")
				},
			},
			format: "ascp-transcript-xlsx", sheet: "Transcript",
			holder: celedger.Holder{Name: "Maria Okafor", ID: "01234567"},
			records: []rec{
				{6, "Morning session", "2025-01-15", "1", celedger.UnitCMLE},
				{7, "Afternoon session", "2025-01-15", "0.5", celedger.UnitCMLE},
			},
		},
		{
			name: "the transcript sheet is found by its header, not its position",
			book: book{
				sheets: []sheetRows{
					{"Summary", [][]any{{"Points earned", 12}, {"Points required", 36}}},
					{"CAP Transcript", [][]any{
						{"Activity ID", "Activity Title", "Date Claimed", "Credits Claimed", "Credit Type", "Status"},
						{"CAP-1", "Toxicology Update", "03/04/2025", 1, "CE", "Claimed"},
						{"CAP-2", "Unclaimed Course", nil, 1, "CE", "Unclaimed"},
					}},
					{"Notes", [][]any{{"Activity Title", "Completion Date", "Credits"}}},
				},
			},
			format: "cap-transcript-xlsx", sheet: "CAP Transcript",
			records: []rec{
				{2, "Toxicology Update", "2025-03-04", "1", celedger.UnitContactHour},
				{3, "Unclaimed Course", "", "1", celedger.UnitContactHour},
			},
			notes: []string{
				`sheet "Summary" ignored: no header row`,
				`sheet "Notes" ignored: the table is on sheet "CAP Transcript"`,
				"dates read month first: no date in the column proves the order", // 03/04/2025 alone
			},
		},
		{
			name: "hidden rows and columns read like others; blank rows keep row numbers; totals row",
			book: book{
				sheets: []sheetRows{{"Sheet1", [][]any{
					{"AABB Education Transcript"},
					{"Program Number", "Program Title", "Program Date", "CE Hours"},
					{"AABB-1", "Hidden Row Course", "2025-02-03", 1},
					{},
					{},
					{"AABB-2", "After Two Blank Rows", "2025-02-04", 1.5},
					{"Total", nil, nil, 2.5},
				}}},
				edit: func(t *testing.T, f *excelize.File) {
					must(t, f.SetRowVisible("Sheet1", 3, false))
					must(t, f.SetColVisible("Sheet1", "A", false))
				},
			},
			format: "aabb-transcript-xlsx", sheet: "Sheet1",
			records: []rec{
				{3, "Hidden Row Course", "2025-02-03", "1", celedger.UnitContactHour},
				{6, "After Two Blank Rows", "2025-02-04", "1.5", celedger.UnitContactHour},
			},
			notes: []string{"x.xlsx[Sheet1]:7: totals row, not an activity"},
		},
		{
			name: "bad rows are reported with sheet, row and field; the rest imports",
			book: book{
				sheets: []sheetRows{{"Log", [][]any{
					{"In-service log"},
					{"Course Title", "Date Completed", "Contact Hours"},
					{"Good Course", "2025-02-03", 1},
					{nil, "2025-02-04", 1},
					{"Bad Date", "02/30/2025", 1},
					{"Bad Credits", "2025-02-05", "one"},
					{"Too Many Credits", "2025-02-06", 500},
				}}},
			},
			format: "ce-generic-xlsx", sheet: "Log",
			records: []rec{{3, "Good Course", "2025-02-03", "1", celedger.UnitContactHour}},
			problems: []string{
				"x.xlsx[Log]:4: Title: missing title",
				`x.xlsx[Log]:5: Date Completed: invalid date "02/30/2025"`,
				`x.xlsx[Log]:6: Contact Hours: invalid number "one"`,
				"x.xlsx[Log]:7: Contact Hours: credits out of range: 500 is more than 100 for one activity",
			},
		},
		{
			name: "header block dates in date cells",
			book: book{
				sheets: []sheetRows{{"Sheet1", [][]any{
					{"ASCP Transcript"},
					{"Name:", "Daniel Reyes"},
					{"Cycle start:", 45292},
					{"Cycle end:", 46387},
					transcriptHeader,
					{"Chemistry Review", "2025-03-01", 1},
				}}},
				edit: func(t *testing.T, f *excelize.File) { styleCells(t, f, "Sheet1", 14, "B3", "B4") },
			},
			format: "ascp-transcript-xlsx", sheet: "Sheet1",
			holder:  celedger.Holder{Name: "Daniel Reyes", CycleStart: celedger.MustDate("2024-01-01"), CycleEnd: celedger.MustDate("2026-12-31")},
			records: []rec{{6, "Chemistry Review", "2025-03-01", "1", celedger.UnitCMLE}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.book.bytes(t)
			doc, err := parseXLSX(bytes.NewReader(data), int64(len(data)), "x.xlsx", "")
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if doc.Format != tt.format {
				t.Errorf("format = %q, want %q", doc.Format, tt.format)
			}
			var got []rec
			for _, r := range doc.Records {
				if r.Source.Sheet != tt.sheet || r.Source.Path != "x.xlsx" {
					t.Errorf("%q: source %v, want sheet %q", r.Title, r.Source, tt.sheet)
				}
				date := ""
				if !r.Completed.IsZero() {
					date = r.Completed.String()
				}
				got = append(got, rec{r.Source.Line, r.Title, date, r.Credits.String(), r.Unit})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.records) {
				t.Errorf("records:\n got %v\nwant %v", got, tt.records)
			}
			var problems []string
			for _, p := range doc.Problems {
				problems = append(problems, p.Error())
			}
			if strings.Join(problems, "\n") != strings.Join(tt.problems, "\n") {
				t.Errorf("problems:\n got %q\nwant %q", problems, tt.problems)
			}
			if strings.Join(doc.Notes, "\n") != strings.Join(tt.notes, "\n") {
				t.Errorf("notes:\n got %q\nwant %q", doc.Notes, tt.notes)
			}
			if doc.Holder != tt.holder {
				t.Errorf("holder = %+v, want %+v", doc.Holder, tt.holder)
			}
		})
	}
}

func TestParseXLSXNoHeader(t *testing.T) {
	data := book{sheets: []sheetRows{{"Sheet1", [][]any{{"Just a note"}, {"and a number", 3}}}}}.bytes(t)
	_, err := parseXLSX(bytes.NewReader(data), int64(len(data)), "x.xlsx", "")
	if !errors.Is(err, celedger.ErrNoColumn) {
		t.Fatalf("err = %v, want ErrNoColumn", err)
	}
}

func TestIsDateFormatCode(t *testing.T) {
	for code, want := range map[string]bool{
		"d-mmm-yy": true, "yyyy-mm-dd": true, "[$-409]mmmm d, yyyy;@": true, "h:mm AM/PM": true,
		"[h]:mm:ss": true, `dd"."mm"."yyyy`: true,
		"0.00": false, `0.00 "hrs"`: false, "[Red]0.0": false, "#,##0": false, "General": false,
		`0.0 "days"`: false, `0\d`: false, "@": false, `0;"y"`: false,
	} {
		if got := isDateFormatCode(code); got != want {
			t.Errorf("isDateFormatCode(%q) = %v, want %v", code, got, want)
		}
	}
}

// TestXLSXBrokenFiles reads the files in testdata that are not workbooks,
// or not readable ones, through Read, as the command does.
func TestXLSXBrokenFiles(t *testing.T) {
	tests := []struct {
		file   string
		status celedger.FileStatus
		err    string
		cause  error
	}{
		{"encrypted.xlsx", celedger.FileFailed, "password required: password-protected workbook: remove the password and export again", celedger.ErrEncrypted},
		{"truncated.xlsx", celedger.FileFailed, "unreadable: truncated or corrupt workbook: zip: not a valid zip file", celedger.ErrUnreadable},
		{"empty.xlsx", celedger.FileSkipped, "empty file", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			res, doc := Read(fileInput(path, info.Size()))
			if res.Status != tt.status || res.Error != tt.err {
				t.Errorf("Read = %s %q, want %s %q", res.Status, res.Error, tt.status, tt.err)
			}
			if len(doc.Records) != 0 {
				t.Errorf("records from a broken file: %v", doc.Records)
			}
			if tt.cause == nil {
				return
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			_, err = parseXLSX(f, info.Size(), path, "")
			var pe *celedger.ParseError
			if !errors.Is(err, tt.cause) || !errors.As(err, &pe) || pe.Path != path {
				t.Errorf("parse error %#v, want a ParseError for %s caused by %v", err, path, tt.cause)
			}
		})
	}
}

// TestCSVNamedXLSX: a CSV saved under an .xlsx name is read by its content,
// with a note, while the workbook reader alone says what it is not.
func TestCSVNamedXLSX(t *testing.T) {
	path := filepath.Join("testdata", "csv-content.xlsx")
	res, doc := readPath(t, path)
	if res.Status != celedger.FileImported || res.Format != "ce-generic-csv" ||
		len(res.Notes) == 0 || !strings.Contains(res.Notes[0], "content is text; read by its content") {
		t.Errorf("Read = %s %s notes %q", res.Status, res.Format, res.Notes)
	}
	if len(doc.Problems) != 1 || !errors.Is(doc.Problems[0], celedger.ErrMissing) {
		t.Errorf("problems = %v, want the missing unit", doc.Problems)
	}
	data, _ := os.ReadFile(path)
	if _, err := parseXLSX(bytes.NewReader(data), int64(len(data)), path, ""); !errors.Is(err, celedger.ErrUnreadable) ||
		!strings.Contains(err.Error(), "not an XLSX workbook (content looks like text/CSV)") {
		t.Errorf("parseXLSX error = %v", err)
	}
}

func TestXLSXSizeLimit(t *testing.T) {
	data := book{sheets: []sheetRows{{"Sheet1", [][]any{transcriptHeader, {strings.Repeat("Long title ", 2000), "2025-01-01", 1, "CMLE"}}}}}.bytes(t)
	defer func(old Limits) { Limit = old }(Limit)
	Limit.MaxUnzipped = int64(len(data)) + 1 // the file fits; what it unzips to does not
	_, err := parseXLSX(bytes.NewReader(data), int64(len(data)), "x.xlsx", "")
	if !errors.Is(err, celedger.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

// TestReadSheetRows reads a roster-like sheet with a header of its own.
func TestReadSheetRows(t *testing.T) {
	data := book{sheets: []sheetRows{
		{"Cover", [][]any{{"Staff roster"}}},
		{"Staff", [][]any{{"Lab staff 2026"}, {"Name", "ASCP ID", "Hired"}, {"Jane Doe", "00012345", 45672}}},
	}, edit: func(t *testing.T, f *excelize.File) { styleCells(t, f, "Staff", 14, "C3") }}.bytes(t)
	var got []string
	sheet, notes, err := ReadSheetRows(bytes.NewReader(data), int64(len(data)), "roster.xlsx",
		func(cells []string) bool { return len(cells) > 1 && cells[0] == "Name" },
		func(sheet string, line int, cells []string) {
			got = append(got, fmt.Sprintf("%s:%d:%s", sheet, line, strings.Join(cells, "|")))
		})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Staff:1:Lab staff 2026", "Staff:2:Name|ASCP ID|Hired", "Staff:3:Jane Doe|00012345|2025-01-15"}
	if sheet != "Staff" || fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(notes) != `[sheet "Cover" ignored: no header row]` {
		t.Errorf("ReadSheetRows = %q %q %q, want Staff %q", sheet, got, notes, want)
	}
}

// FuzzXLSX feeds mutated workbooks to the reader: it must not panic, and
// every record it returns must be whole. (FuzzXLSXSheet, in
// xlsx_fuzz_test.go, mutates the XML inside a valid workbook.)
func FuzzXLSX(f *testing.F) {
	paths, _ := filepath.Glob("../samples/*.xlsx")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, b := range hostileSeeds(f) {
		f.Add(b)
	}
	// Small limits keep each try quick: a mutated size field would
	// otherwise have excelize read up to 256 MiB.
	defer func(old Limits) { Limit = old }(Limit)
	Limit.MaxUnzipped, Limit.MaxRows, Limit.MaxSharedStrings = 4<<20, 5000, 1000
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parseXLSX(bytes.NewReader(data), int64(len(data)), "fuzz.xlsx", "")
		checkWorkbookRead(t, doc, err)
	})
}

// BenchmarkXLSX50k reads a 50,000-row transcript sheet with date cells.
func BenchmarkXLSX50k(b *testing.B) {
	const rows = 50_000
	path := filepath.Join(b.TempDir(), "big.xlsx")
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	must(b, err)
	date, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	must(b, err)
	must(b, sw.SetRow("A1", []any{"ASCP CE Transcript"}))
	must(b, sw.SetRow("A2", []any{"Activity Title", "Activity Type", "Provider", "Completion Date", "Credits", "Credit Type"}))
	for i := 0; i < rows; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		must(b, sw.SetRow(cell, []any{fmt.Sprintf("Hematology Case Study %d", i), "Online Course", "ASCP",
			excelize.Cell{StyleID: date, Value: 45000 + i%900}, 0.75 + float64(i%4), "CMLE"}))
	}
	must(b, sw.Flush())
	must(b, f.SaveAs(path))
	f.Close()
	data, err := os.ReadFile(path)
	must(b, err)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := parseXLSX(bytes.NewReader(data), int64(len(data)), path, "")
		if err != nil || len(doc.Records) != rows {
			b.Fatalf("%d records, err %v", len(doc.Records), err)
		}
	}
	b.ReportMetric(float64(rows*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// TestCoverSheetHolder: the holder's name on a cover sheet before the data
// sheet fills the holder the data sheet leaves empty.
func TestCoverSheetHolder(t *testing.T) {
	data := book{sheets: []sheetRows{
		{"Cover", [][]any{{"CE Tracker"}, {"Learner:", "Bartholomew Quist"}, {"Employee ID:", "00417"}}},
		{"Log", [][]any{{"Course Title", "Date Completed", "Contact Hours"}, {"Platelet Aggregometry Basics", "03/04/2025", 1}}},
	}}.bytes(t)
	doc, err := parseXLSX(bytes.NewReader(data), int64(len(data)), "x.xlsx", "")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Holder.Name != "Bartholomew Quist" || len(doc.Records) != 1 || doc.Records[0].Holder.Name != "Bartholomew Quist" {
		t.Errorf("holder %+v, records %+v", doc.Holder, doc.Records)
	}
}
