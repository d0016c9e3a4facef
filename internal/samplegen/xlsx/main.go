// Command xlsx writes the XLSX sample transcripts in samples/: one each for
// ASCP, AABB, CAP and a generic employer sheet, for the fictional people of
// the CSV samples, each using some of the shapes real workbooks take (title
// rows with a merged title, date cells and text dates, the 1904 date
// system, credits such as 0.75 shown as "0.8", numbers stored as text,
// hidden rows and columns, blank rows, a totals row, extra sheets).
//
//	go run ./internal/samplegen/xlsx [-out samples] [-testdata parsers/testdata]
//
// With -testdata it also writes the broken workbooks the parser tests read:
// a password-protected one (ECMA-376 agile encryption, password "secret")
// and one cut off in the middle.
//
// The output is byte-for-byte the same on every run: the document
// properties carry a fixed time.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"
)

// fixedTime is the created/modified time written into every sample.
const fixedTime = "2026-11-01T00:00:00Z"

func main() {
	out := flag.String("out", "samples", "folder to write the samples into")
	testdata := flag.String("testdata", "", "folder to write the broken test workbooks into")
	flag.Parse()
	if *testdata != "" {
		if err := brokenWorkbooks(*testdata); err != nil {
			fmt.Fprintf(os.Stderr, "samplegen: %v\n", err)
			os.Exit(1)
		}
	}
	for _, s := range []struct {
		name  string
		build func(*excelize.File) error
	}{
		{"ascp-transcript-maria-okafor.xlsx", ascp},
		{"aabb-transcript-maria-okafor.xlsx", aabb},
		{"cap-transcript-maria-okafor.xlsx", capTranscript},
		{"inservice-daniel-reyes.xlsx", generic},
	} {
		if err := write(filepath.Join(*out, s.name), s.build); err != nil {
			fmt.Fprintf(os.Stderr, "samplegen: %s: %v\n", s.name, err)
			os.Exit(1)
		}
	}
}

func write(path string, build func(*excelize.File) error) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := build(f); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Created: fixedTime, Modified: fixedTime, Creator: "celedger samples"}); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// w collects the first error of a run of cell writes.
type w struct {
	f     *excelize.File
	sheet string
	err   error
}

func (x *w) set(cell string, v any) {
	if x.err == nil {
		x.err = x.f.SetCellValue(x.sheet, cell, v)
	}
}

func (x *w) row(n int, vs ...any) {
	for i, v := range vs {
		if v == nil {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(i+1, n)
		x.set(cell, v)
	}
}

func (x *w) style(from, to string, id int) {
	if x.err == nil {
		x.err = x.f.SetCellStyle(x.sheet, from, to, id)
	}
}

func (x *w) merge(from, to string) {
	if x.err == nil {
		x.err = x.f.MergeCell(x.sheet, from, to)
	}
}

func (x *w) newStyle(s *excelize.Style) int {
	if x.err != nil {
		return 0
	}
	id, err := x.f.NewStyle(s)
	x.err = err
	return id
}

// serial is the spreadsheet serial number of a date: days since
// 1899-12-30 in the 1900 system, since 1904-01-01 in the 1904 system.
func serial(date string, date1904 bool) float64 {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		panic(err)
	}
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		epoch = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return d.Sub(epoch).Hours() / 24
}

func customFmt(code string) *excelize.Style { return &excelize.Style{CustomNumFmt: &code} }

// ascp: a Summary sheet before the transcript, a merged title, date cells
// (built-in format 14), 0.75 shown with one decimal, a number stored as
// text, a hidden row, a blank row and a totals row with a formula.
func ascp(f *excelize.File) error {
	x := &w{f: f, sheet: "Summary"}
	if err := f.SetSheetName("Sheet1", "Summary"); err != nil {
		return err
	}
	x.row(1, "CMP Summary")
	x.row(2, "Points earned this cycle", 6.75)
	x.row(3, "Points required", 36)
	if _, err := f.NewSheet("Transcript"); err != nil {
		return err
	}
	x.sheet = "Transcript"
	bold := x.newStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	date := x.newStyle(&excelize.Style{NumFmt: 14})
	oneDecimal := x.newStyle(&excelize.Style{NumFmt: 0, DecimalPlaces: intp(1), CustomNumFmt: strp("0.0")})
	x.row(1, "ASCP CE Transcript")
	x.merge("A1", "F1")
	x.style("A1", "A1", bold)
	x.row(2, "Name:", "Maria Okafor")
	x.row(3, "ASCP Customer ID:", "01234567")
	x.row(4, "Certification:", "MLS(ASCP)CM")
	x.row(5, "Current CMP Cycle:", "07/01/2024 - 06/30/2027")
	x.row(7, "Activity Title", "Activity Type", "Provider", "Completion Date", "Credits", "Credit Type")
	rows := []struct {
		title, kind, date string
		credits           any
	}{
		{"Blood Bank Antibody Panels: Advanced Cases", "Online Course", "2024-09-12", 1.5},
		// the same course as in ascp-transcript-maria-okafor.csv: a duplicate across files
		{"Coagulation Testing: PT and aPTT Interpretation", "Webinar", "2024-10-02", 1.5},
		{"Hemostasis and Thrombosis Review", "Online Course", "2025-02-05", 0.75},
		{"Clinical Chemistry: Acid-Base Disorders", "Online Course", "2025-04-16", "1.25"},
		{"Mycobacteriology Laboratory Safety", "Online Course", "2025-07-08", 1},
		{"", "", "", nil}, // a blank row
		{"Professional Ethics and HIPAA for Laboratorians", "Webinar", "2025-12-03", 1},
	}
	n := 8
	for _, r := range rows {
		if r.title != "" {
			x.row(n, r.title, r.kind, "ASCP", serial(r.date, false), r.credits, "CMLE")
			x.style(cellName(4, n), cellName(4, n), date)
			if _, ok := r.credits.(float64); ok {
				x.style(cellName(5, n), cellName(5, n), oneDecimal)
			}
		}
		n++
	}
	if x.err == nil {
		x.err = f.SetRowVisible("Transcript", 12, false) // Mycobacteriology: hidden, still an activity
	}
	x.row(n, "Total", nil, nil, nil, nil, "CMLE")
	if x.err == nil {
		x.err = f.SetCellFormula("Transcript", cellName(5, n), fmt.Sprintf("SUM(E8:E%d)", n-1))
	}
	if x.err == nil {
		x.err = f.SetColWidth("Transcript", "A", "A", 48)
	}
	if idx, err := f.GetSheetIndex("Transcript"); err == nil {
		f.SetActiveSheet(idx)
	}
	return x.err
}

// aabb: the 1904 date system with a custom date format, a date merged down
// two rows (two sessions the same day) and a merged title.
func aabb(f *excelize.File) error {
	if err := f.SetSheetName("Sheet1", "AABB Transcript"); err != nil {
		return err
	}
	yes := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
		return err
	}
	x := &w{f: f, sheet: "AABB Transcript"}
	date := x.newStyle(customFmt("d-mmm-yyyy"))
	x.row(1, "AABB Education Transcript")
	x.merge("A1", "E1")
	x.row(2, "Participant:", "Maria Okafor")
	x.row(4, "Program Number", "Program Title", "Program Date", "CE Hours", "Credit Type")
	x.row(5, "AABB-24-305", "Massive Transfusion Protocols", serial("2024-11-19", true), 1.5, "P.A.C.E.")
	x.row(6, "AABB-25-112", "Cold Agglutinin Disease Workup", serial("2025-05-14", true), 1, "P.A.C.E.")
	x.row(7, "AABB-25-113", "Platelet Refractoriness and HLA Matching", nil, 0.5, "P.A.C.E.")
	x.merge("C6", "C7")
	x.row(8, "AABB-26-020", "Cellular Therapy Basics for Blood Bankers", serial("2026-01-27", true), 1, "P.A.C.E.")
	x.style("C5", "C8", date)
	return x.err
}

// cap: text dates in three layouts, an unclaimed activity without a date,
// a hidden Activity ID column, blank rows inside the table, and a sheet of
// notes after the transcript.
func capTranscript(f *excelize.File) error {
	if err := f.SetSheetName("Sheet1", "Learning Transcript"); err != nil {
		return err
	}
	x := &w{f: f, sheet: "Learning Transcript"}
	x.row(1, "CAP Learning Transcript")
	x.merge("A1", "F1")
	x.row(2, "Learner Name:", "Maria Okafor")
	x.row(3, "Printed:", "11/01/2026")
	x.row(5, "Activity ID", "Activity Title", "Date Claimed", "Credits Claimed", "Credit Type", "Status")
	x.row(6, "CAP-2412", "Point-of-Care Testing Oversight", "12/09/2024", 1, "CE", "Claimed")
	x.row(8, "CAP-2508", "Molecular Pathology Checklist Review", "2025-08-19", 1.5, "CE", "Claimed")
	x.row(9, "CAP-2610", "Digital Pathology Validation", nil, 1, "CE", "Unclaimed")
	x.row(11, "CAP-2604", "Blood Culture Contamination Reduction", "April 14, 2026", 0.5, "CE", "Claimed")
	if x.err == nil {
		x.err = f.SetColVisible("Learning Transcript", "A", false)
	}
	if _, err := f.NewSheet("Notes"); err != nil {
		return err
	}
	x.sheet = "Notes"
	x.row(1, "Credits are available once an activity is claimed.")
	return x.err
}

// generic: an employer in-service record without a provider mark, the
// person's name and ID on every row, date cells in built-in format 15
// (d-mmm-yy), 0.75 stored as a number, and a totals row.
func generic(f *excelize.File) error {
	if err := f.SetSheetName("Sheet1", "In-service 2024-2026"); err != nil {
		return err
	}
	x := &w{f: f, sheet: "In-service 2024-2026"}
	date := x.newStyle(&excelize.Style{NumFmt: 15})
	x.row(1, "Employee In-Service Record")
	x.merge("A1", "F1")
	x.row(2, "St. Brigid Medical Center, Department of Laboratory Medicine")
	x.merge("A2", "F2")
	x.row(4, "Employee Name", "Employee ID", "Course Title", "Provider", "Date Completed", "Contact Hours")
	rows := []struct {
		title, date string
		hours       float64
	}{
		{"Hematology Slide Review: Leukocyte Morphology", "2024-03-21", 1},
		{"Microbiology: Gram Stain Interpretation", "2024-10-08", 0.75},
		{"Specimen Processing and Preanalytical Errors", "2025-06-17", 1.5},
		{"Chemistry Analyzer Calibration and QC", "2026-02-24", 1},
	}
	n := 5
	for _, r := range rows {
		x.row(n, "Daniel Reyes", "07654321", r.title, "St. Brigid Medical Center", serial(r.date, false), r.hours)
		x.style(cellName(5, n), cellName(5, n), date)
		n++
	}
	x.row(n, "Total contact hours", nil, nil, nil, nil, 4.25)
	return x.err
}

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

func intp(i int) *int       { return &i }
func strp(s string) *string { return &s }

// brokenWorkbooks writes encrypted.xlsx and truncated.xlsx into dir. The
// encryption draws a random salt, so encrypted.xlsx differs on every run;
// truncated.xlsx is the first half of a fresh ASCP sample.
func brokenWorkbooks(dir string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := generic(f); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Created: fixedTime, Modified: fixedTime}); err != nil {
		return err
	}
	if err := f.SaveAs(filepath.Join(dir, "encrypted.xlsx"), excelize.Options{Password: "secret"}); err != nil {
		return err
	}
	tmp := filepath.Join(dir, "truncated.xlsx")
	if err := write(tmp, ascp); err != nil {
		return err
	}
	b, err := os.ReadFile(tmp)
	if err != nil {
		return err
	}
	return os.WriteFile(tmp, b[:len(b)/2], 0o644)
}
