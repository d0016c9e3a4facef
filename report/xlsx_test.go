package report

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"celedger"
)

// smallLedger has two people, one with a name no sheet may carry, one with
// a formula-like title, and a failed file.
func smallLedger() *celedger.Ledger {
	d := celedger.MustDate
	return &celedger.Ledger{
		AsOf: d("2026-11-24"),
		Files: []celedger.FileResult{
			{Path: "in/ascp.xlsx", Format: "ascp-transcript-xlsx", Status: celedger.FileImported, Records: 2,
				Error: "line 9: Credits: invalid number \"x\" (and 1 more)", Problems: []string{"line 9: Credits: invalid number \"x\"", "line 10: Title: missing title"},
				Notes: []string{`sheet "Summary" ignored: no header row`}},
			{Path: "in/locked.xlsx", Format: "ce-generic-xlsx", Status: celedger.FileFailed, Error: "password required: password-protected workbook: remove the password and export again"},
		},
		People: []celedger.PersonLedger{
			{
				Name: "Maria Okafor", ID: "01234567", Email: "maria.okafor@example.org", Department: "Core Lab", Shift: "Nights", Credential: "MLS", CycleStart: d("2024-07-01"), CycleEnd: d("2027-06-30"),
				SubmitBy: d("2027-05-31"), DaysToSubmit: 188, Status: celedger.PersonShort, Points: 3075, Required: 3600, Short: 525, ReviewCount: 1,
				Areas: []celedger.AreaLedger{{Area: celedger.AreaBloodBanking, Required: 200, Allocated: 150, Short: 50}, {Area: celedger.AreaGeneral, Allocated: 2925}},
				Activities: []celedger.Entry{
					{Title: "Hemostasis Review", Provider: "ASCP", Completed: d("2025-02-05"), Credits: 75, Unit: celedger.UnitCMLE, Points: 75,
						Area: celedger.AreaHematology, Zone: celedger.ZoneAuto, AllocatedTo: celedger.AreaGeneral, Status: celedger.StatusCounted,
						Sources: []celedger.Source{{Path: "in/ascp.xlsx", Sheet: "Transcript", Line: 10}}},
					{Title: "=HYPERLINK(\"http://x\")", Provider: "@evil", Completed: d("2025-03-01"), Credits: 100, Unit: celedger.UnitCMLE, Points: 100,
						Zone: celedger.ZoneNone, Status: celedger.StatusReview, Reason: "no area found",
						Sources: []celedger.Source{{Path: "in/ascp.xlsx", Sheet: "Transcript", Line: 11}}},
				},
			},
			{
				Name: "Dr. [Very] Long: Name/With*Odd?Characters\\And More", ID: "7", Credential: "MLT",
				Status: celedger.PersonReview, Required: 3600, Areas: []celedger.AreaLedger{{Area: celedger.AreaBloodBanking, Required: 200}},
			},
			{Name: "Review", ID: "8", Credential: "MLS", Status: celedger.PersonExpired},
		},
	}
}

func writeXLSX(t *testing.T, l *celedger.Ledger) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, l); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteXLSX(t *testing.T) {
	data := writeXLSX(t, smallLedger())
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	// Person sheets by name and ID (the name gives way to the ID at 31
	// characters; "Review 8" is a person, not the Review sheet).
	wantSheets := []string{"Roster", "Maria Okafor 01234567", "Dr. -Very- Long- Name-With-Od 7", "Review 8", "Review", "Import log"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(wantSheets, "|") {
		t.Errorf("sheets = %q, want %q", got, wantSheets)
	}
	for _, s := range f.GetSheetList() {
		if len([]rune(s)) > 31 || strings.ContainsAny(s, `[]:*?/\`) || strings.HasPrefix(s, "'") || strings.HasSuffix(s, "'") {
			t.Errorf("unsafe sheet name %q", s)
		}
	}

	cell := func(sheet, ref string) string {
		t.Helper()
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	numFmt := func(sheet, ref string) int {
		t.Helper()
		idx, err := f.GetCellStyle(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(idx)
		if err != nil {
			t.Fatal(err)
		}
		if st.CustomNumFmt != nil {
			return -1 // a custom format: the tests use only yyyy-mm-dd
		}
		return st.NumFmt
	}
	isNumber := func(sheet, ref string, want float64) {
		t.Helper()
		v := cell(sheet, ref)
		got, err := strconv.ParseFloat(v, 64)
		if err != nil || got != want {
			t.Errorf("%s!%s = %q, want the number %v", sheet, ref, v, want)
		}
		if typ, _ := f.GetCellType(sheet, ref); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s!%s is text, want a number", sheet, ref)
		}
	}
	isDate := func(sheet, ref, want string) {
		t.Helper()
		serial, err := strconv.ParseFloat(cell(sheet, ref), 64)
		if err != nil {
			t.Errorf("%s!%s = %q, want a date serial", sheet, ref, cell(sheet, ref))
			return
		}
		tm, _ := excelize.ExcelDateToTime(serial, false)
		if got := tm.Format("2006-01-02"); got != want || numFmt(sheet, ref) != -1 {
			t.Errorf("%s!%s = %s (format %d), want the date %s", sheet, ref, got, numFmt(sheet, ref), want)
		}
	}

	// Roster: most urgent first (the expired person, then Maria, then the
	// person with no submit-by date); who, status, deadline, what is still
	// needed in total and per area with a minimum, lines to review.
	header, _ := f.GetRows("Roster")
	wantHeader := "Name|ID|E-mail|Department|Shift|Credential|Status|Submit by|Days left|Points|Required|Still needed|Blood banking still needed|Lines to review|Cycle end"
	if strings.Join(header[0], "|") != wantHeader {
		t.Errorf("roster header = %q", strings.Join(header[0], "|"))
	}
	if cell("Roster", "A2") != "Review" || cell("Roster", "A3") != "Maria Okafor" || cell("Roster", "B3") != "01234567" ||
		cell("Roster", "C3") != "maria.okafor@example.org" || cell("Roster", "D3") != "Core Lab" || cell("Roster", "E3") != "Nights" || cell("Roster", "G3") != "short" {
		t.Errorf("roster rows = %q", header[1:])
	}
	if typ, _ := f.GetCellType("Roster", "B3"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString && typ != excelize.CellTypeFormula {
		t.Errorf("Roster!B3 (the ID) is not text: %v", typ)
	}
	isDate("Roster", "H3", "2027-05-31")
	isNumber("Roster", "I3", 188)
	isNumber("Roster", "J3", 30.75)
	isNumber("Roster", "K3", 36)
	isNumber("Roster", "L3", 5.25)
	isNumber("Roster", "M3", 0.5)
	isNumber("Roster", "N3", 1)
	isDate("Roster", "O3", "2027-06-30")
	if cell("Roster", "H2") != "" || cell("Roster", "I2") != "" || cell("Roster", "L2") != "" || cell("Roster", "M4") != "" {
		t.Errorf("unknown or met values must be empty cells: H2 %q I2 %q L2 %q M4 %q", cell("Roster", "H2"), cell("Roster", "I2"), cell("Roster", "L2"), cell("Roster", "M4"))
	}
	for _, sheet := range f.GetSheetList() {
		if names := f.GetDefinedName(); !slices.ContainsFunc(names, func(d excelize.DefinedName) bool {
			return d.Name == "_xlnm.Print_Titles" && d.Scope == sheet
		}) {
			t.Errorf("%s: no header row repeated on printed pages", sheet)
		}
		if !slices.ContainsFunc(f.GetDefinedName(), func(d excelize.DefinedName) bool {
			return d.Name == "_xlnm._FilterDatabase" && d.Scope == sheet
		}) {
			t.Errorf("%s: no autofilter", sheet)
		}
	}
	panes, err := f.GetPanes("Roster")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("roster panes = %+v, %v; want the header row frozen", panes, err)
	}
	cfs, err := f.GetConditionalFormats("Roster")
	if err != nil || len(cfs["G2:G4"]) != 3 {
		t.Errorf("roster conditional formats = %v, %v; want short, review, expired on G2:G4", cfs, err)
	}

	// A person's sheet: typed values, neutralised text, sources with line.
	const p = "Maria Okafor 01234567"
	if ok, target, err := f.GetCellHyperLink(p, "M2"); !ok || target != "in/ascp.xlsx" || err != nil {
		t.Errorf("sources M2: hyperlink %v %q (%v), want a link to the evidence file", ok, target, err)
	}
	if formula, _ := f.GetCellFormula(p, "M2"); formula != "" {
		t.Errorf("sources M2: formula %q, want a plain hyperlink", formula)
	}
	if cell(p, "B2") != "Hemostasis Review" || cell(p, "M2") != "in/ascp.xlsx[Transcript]:10" {
		t.Errorf("person row 2: title %q sources %q", cell(p, "B2"), cell(p, "M2"))
	}
	isDate(p, "C2", "2025-02-05")
	isNumber(p, "D2", 0.75)
	isNumber(p, "F2", 0.75)
	if cell(p, "B3") != `'=HYPERLINK("http://x")` || cell(p, "A3") != "'@evil" {
		t.Errorf("formula-like text not neutralised: %q %q", cell(p, "B3"), cell(p, "A3"))
	}
	if got, _ := f.GetCellFormula(p, "B3"); got != "" {
		t.Errorf("B3 became a formula %q", got)
	}

	// Review: the line with zone none and status review, and nothing else.
	rows, _ := f.GetRows("Review")
	if len(rows) != 2 || rows[1][3] != `'=HYPERLINK("http://x")` || rows[1][0] != "Maria Okafor" {
		t.Errorf("review rows = %q", rows)
	}

	// Import log: every file, and a row per further problem.
	rows, _ = f.GetRows("Import log")
	if len(rows) != 4 || rows[2][2] != "problem" || rows[3][1] != "ce-generic-xlsx" || rows[3][2] != "failed" {
		t.Errorf("import log rows = %q", rows)
	}
	isNumber("Import log", "D2", 2)
}

func TestWriteXLSXDeterministic(t *testing.T) {
	a, b := writeXLSX(t, smallLedger()), writeXLSX(t, smallLedger())
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same ledger differ")
	}
}

// TestWriteXLSXEmpty: a run that read nothing still writes a workbook.
func TestWriteXLSXEmpty(t *testing.T) {
	data := writeXLSX(t, &celedger.Ledger{})
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Roster|Review|Import log" {
		t.Errorf("sheets = %q", got)
	}
}

func TestSheetNames(t *testing.T) {
	n := newSheetNames("Roster", "Review", "Import log", "History")
	for _, tt := range []struct{ want, got string }{
		{"Jane Doe", "Jane Doe"},
		{"jane doe", "jane doe (2)"},
		{"roster", "roster (2)"},
		{"'Quoted'", "Quoted"},
		{"Seán O'Brien 00412233", "Seán O’Brien 00412233"}, // (excelize's AutoFilter would not double the apostrophe)
		{"a/b\\c[d]e:f*g?h", "a-b-c-d-e-f-g-h"},
		{"", "Person"},
		{"An Extremely Long Person Name Over The Limit", "An Extremely Long Person Name O"},
		{"An Extremely Long Person Name Over The Limit", "An Extremely Long Person Na (2)"},
		{"Zoë Ångström-Łukasiewicz-Brzęczyszczykiewicz", "Zoë Ångström-Łukasiewicz-Brzęcz"},
		{"Name ending in apostrophe at the cut'", "Name ending in apostrophe at th"},
	} {
		if got := n.name(tt.want); got != tt.got {
			t.Errorf("name(%q) = %q, want %q", tt.want, got, tt.got)
		}
	}
}

// TestWriteXLSXLargeStaff: above maxPersonSheets people the workbook has
// one Activities sheet holding every line, with the person beside it.
func TestWriteXLSXLargeStaff(t *testing.T) {
	l := benchLedger(maxPersonSheets + 1)
	f, err := excelize.OpenReader(bytes.NewReader(writeXLSX(t, l)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 4 || got[1] != sheetActivities {
		t.Fatalf("sheets = %v, want Roster, Activities, Review, Import log", got)
	}
	rows, err := f.GetRows(sheetActivities)
	if err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, p := range l.People {
		lines += len(p.Activities)
	}
	if len(rows) != lines+1 || rows[0][0] != "Name" || rows[1][0] != l.People[0].Name || rows[1][4] != l.People[0].Activities[0].Title {
		t.Errorf("Activities: %d rows (want %d + header), first %q", len(rows), lines, rows[:min(2, len(rows))])
	}
}

// TestWriteXLSXSheetSetup: what the stream writer is given around the
// rows lands in the workbook — the Roster's filter, page setup and
// header height — and every sheet lists its columns in order, as Excel
// requires.
func TestWriteXLSXSheetSetup(t *testing.T) {
	data := writeXLSX(t, smallLedger())
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	layout, err := f.GetPageLayout("Roster")
	if err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
		t.Errorf("roster page layout = %+v, %v; want landscape, one page wide", layout, err)
	}
	props, err := f.GetSheetProps("Roster")
	if err != nil || props.FitToPage == nil || !*props.FitToPage {
		t.Errorf("roster sheet props = %+v, %v; want fit to page", props, err)
	}
	for _, sheet := range f.GetSheetList() {
		if hf, err := f.GetHeaderFooter(sheet); err != nil || hf == nil || hf.OddHeader != "&L&A&RPage &P of &N" {
			t.Errorf("%s: header %+v, %v; want the sheet's name and the page on every printed page", sheet, hf, err)
		}
	}
	if h, err := f.GetRowHeight("Roster", 1); err != nil || h < 30 {
		t.Errorf("roster header height = %v, %v; want room for its wrapped labels", h, err)
	}

	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	colTag := regexp.MustCompile(`<col min="(\d+)"`)
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		xml, _ := io.ReadAll(rc)
		rc.Close()
		last := 0
		for _, m := range colTag.FindAllSubmatch(xml, -1) {
			n, _ := strconv.Atoi(string(m[1]))
			if n <= last {
				t.Errorf("%s: column %d listed after column %d", zf.Name, n, last)
			}
			last = n
		}
		if zf.Name == "xl/worksheets/sheet1.xml" && !regexp.MustCompile(`<autoFilter ref="\$A\$1:\$[A-Z]+\$4">`).Match(xml) {
			t.Errorf("roster has no autofilter over its rows")
		}
	}
}

// TestXLSXReasonWraps: a long reason wraps in its column, and its row is
// as tall as the wrapped text, so it prints whole.
func TestXLSXReasonWraps(t *testing.T) {
	l := smallLedger()
	reason := `person not settled: name "Chris Morgan" matches 2 roster people: Chris Morgan (ID 05550101), Chris Morgan (ID 05550202)`
	l.People[0].Activities[1].Reason = reason
	f, err := excelize.OpenReader(bytes.NewReader(writeXLSX(t, l)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(sheetReview)
	col := slices.Index(rows[0], "Reason")
	cell, _ := excelize.CoordinatesToCellName(col+1, 2)
	if v, _ := f.GetCellValue(sheetReview, cell); v != reason {
		t.Fatalf("%s = %q", cell, v)
	}
	id, _ := f.GetCellStyle(sheetReview, cell)
	style, err := f.GetStyle(id)
	if err != nil || style.Alignment == nil || !style.Alignment.WrapText {
		t.Errorf("%s does not wrap (%v)", cell, err)
	}
	if h, _ := f.GetRowHeight(sheetReview, 2); h < 30 {
		t.Errorf("row 2 is %.0f points tall, too short for its wrapped reason", h)
	}
}
