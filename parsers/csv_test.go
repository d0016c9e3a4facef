package parsers

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
)

// readPath reads one file through the same path the command uses.
func readPath(t testing.TB, path string) (celedger.FileResult, celedger.Document) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return Read(fileInput(path, info.Size()))
}

// brief prints the fields of a record that the CSV tests check.
func brief(r celedger.Record) string {
	return fmt.Sprintf("%d|%s|%s|%s|%s|%s", r.Source.Line, r.Title, r.Completed, r.Credits, r.Unit, r.Provider)
}

func TestCSVVariations(t *testing.T) {
	tests := []struct {
		file   string
		format string
		want   []string // brief() of each record
	}{
		{"bom.csv", "ce-generic-csv", []string{"2|Hemostasis Basics|2025-03-04|1.5|CMLE|"}},
		{"semicolon.csv", "ce-generic-csv", []string{
			"2|Blood Donor Screening|2025-02-17|1.5|contact hour|",
			"3|Antibody Panels|2025-03-01|0.75|contact hour|"}},
		{"tab.tsv", "ce-generic-csv", []string{"2|Gram Stain Review|2025-03-03|2|contact hour|"}},
		{"title-rows.csv", "ascp-transcript-csv", []string{"9|Lab Safety Refresher|2025-01-10|1|CMLE|ASCP"}},
		{"totals.csv", "ce-generic-csv", []string{"2|Urinalysis Review|2025-02-02|1|contact hour|", "3|Body Fluids|2025-02-03|2|contact hour|"}},
		{"quoted-newline.csv", "ce-generic-csv", []string{
			"2|Lipid Metabolism and Cardiovascular Risk|2025-02-02|1|contact hour|",
			"4|Quoted, with comma|2025-02-03|2|contact hour|"}},
		{"blank-lines.csv", "ce-generic-csv", []string{"3|First|2025-02-02|1|contact hour|", "7|Second|2025-02-03|2|contact hour|"}},
		{"dates.csv", "ce-generic-csv", []string{
			"2|A|2025-03-04|1|contact hour|", "3|B|2025-03-04|1|contact hour|", "4|C|2025-03-04|1|contact hour|",
			"5|D|2025-03-03|1|contact hour|", "6|E|2025-03-03|1|contact hour|", "7|F|2025-03-03|1|contact hour|"}},
		{"units-in-cell.csv", "ce-generic-csv", []string{
			"2|Coagulation Update|2025-03-04|1.5|CMLE|", "3|Parasitology|2025-03-05|2|contact hour|",
			"4|Phlebotomy|2025-03-06|0.2|CEU|", "5|Histology Course|2025-03-07|3|semester hour|"}},
		{"column-order.csv", "ce-generic-csv", []string{"2|Mycology Basics|2025-05-05|2|CMLE|LabCE"}},
		{"header-only.csv", "ce-generic-csv", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, doc := readPath(t, filepath.Join("testdata", "csv", tt.file))
			if res.Status != celedger.FileImported || res.Format != tt.format {
				t.Fatalf("status %s format %s error %q; want imported %s", res.Status, res.Format, res.Error, tt.format)
			}
			if len(doc.Problems) > 0 {
				t.Errorf("problems: %v", doc.Problems)
			}
			var got []string
			for _, r := range doc.Records {
				got = append(got, brief(r))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestCSVHeaderBlock(t *testing.T) {
	_, doc := readPath(t, "testdata/csv/title-rows.csv")
	want := celedger.Holder{Name: "Jane Q. Sample", ID: "00012345", Email: "jane.sample@example.org", Credential: "MLS",
		CycleStart: celedger.MustDate("2024-07-01"), CycleEnd: celedger.MustDate("2027-06-30")}
	if doc.Holder != want {
		t.Errorf("holder = %+v\nwant     %+v", doc.Holder, want)
	}
	if got := doc.Records[0].Holder; got != want {
		t.Errorf("record holder = %+v, want the document's", got)
	}
}

func TestCSVTotalsRowNoted(t *testing.T) {
	_, doc := readPath(t, "testdata/csv/totals.csv")
	if len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0], "totals.csv:4: totals row") {
		t.Errorf("notes = %q, want the totals row on line 4", doc.Notes)
	}
}

func TestCSVBadRows(t *testing.T) {
	res, doc := readPath(t, "testdata/csv/bad-rows.csv")
	if res.Status != celedger.FileImported {
		t.Fatalf("status %s: a file with bad rows still imports its good rows", res.Status)
	}
	var titles []string
	for _, r := range doc.Records {
		titles = append(titles, r.Title)
	}
	if got := strings.Join(titles, ","); got != "Good Row,Zero,Another Good Row" {
		t.Errorf("imported %s", got)
	}
	path := filepath.Join("testdata", "csv", "bad-rows.csv")
	want := []struct {
		msg   string
		cause error
	}{
		{path + `:3: Date: invalid date "2025-02-30"`, celedger.ErrBadDate},
		{path + `:4: Credits: credits out of range: -1 is negative`, celedger.ErrBadCredits},
		{path + `:5: Credits: invalid number "one"`, celedger.ErrBadNumber},
		{path + `:6: Title: missing title`, celedger.ErrMissing},
		{path + `:7: Credit Type: unknown unit "widgets" (known: contact hour, CMLE, AMA PRA 1, CEU, semester hour, quarter hour)`, celedger.ErrBadUnit},
		{path + `:8: Credits: credits out of range: 250 is more than 100 for one activity`, celedger.ErrBadCredits},
	}
	if len(doc.Problems) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(doc.Problems), len(want), errors.Join(doc.Problems...))
	}
	for i, w := range want {
		p := doc.Problems[i]
		if p.Error() != w.msg {
			t.Errorf("problem %d:\n got %s\nwant %s", i, p, w.msg)
		}
		if !errors.Is(p, w.cause) {
			t.Errorf("problem %d: %v is not %v", i, p, w.cause)
		}
	}
	if !strings.HasPrefix(res.Error, `line 3: Date: invalid date "2025-02-30" (and 5 more)`) {
		t.Errorf("import log error = %q", res.Error)
	}
}

func TestCSVNoUnitIsAnError(t *testing.T) {
	_, doc := readPath(t, "testdata/csv/no-unit.csv")
	if len(doc.Records) != 0 || len(doc.Problems) != 1 || !errors.Is(doc.Problems[0], celedger.ErrMissing) {
		t.Fatalf("records %v problems %v: a generic file with no unit anywhere must not guess one", doc.Records, doc.Problems)
	}
	if !strings.Contains(doc.Problems[0].Error(), ":2: Unit: missing unit") {
		t.Errorf("problem = %v", doc.Problems[0])
	}
}

func TestUnknownFileSkippedWithHint(t *testing.T) {
	res, _ := readPath(t, "testdata/csv/no-header.csv")
	if res.Status != celedger.FileSkipped || !strings.Contains(res.Error, "known: ") || !strings.Contains(res.Error, "ascp-transcript-csv") {
		t.Errorf("result = %+v, want skipped with the list of known formats", res)
	}
}

func TestDelimiterSniffing(t *testing.T) {
	tests := []struct {
		head string
		want rune
	}{
		{"Title,Date,Credits\na,2025-01-01,1\n", ','},
		{"Title;Date;Credits\na;2025-01-01;1,5\n", ';'},
		{"Title\tDate\tCredits\na\t2025-01-01\t1\n", '\t'},
		{"Title|Date|Credits\na|2025-01-01|1\n", '|'},
		{"Report, printed 2025\nTitle;Date;Credits\na;2025-01-01;1,5\n", ';'},
	}
	for _, tt := range tests {
		if got := sniffDelimited([]byte(tt.head)); !got.ok || got.delim != tt.want {
			t.Errorf("sniff(%q) = %q ok=%v, want %q", tt.head, got.delim, got.ok, tt.want)
		}
	}
}

func TestReadCredits(t *testing.T) {
	tests := []struct {
		in    string
		comma bool
		want  celedger.Points
		unit  celedger.Unit
		err   error
	}{
		{"1.5", false, 150, "", nil},
		{"1,5", true, 150, "", nil},
		{"1.5 CMLE", false, 150, celedger.UnitCMLE, nil},
		{"2 contact hours", false, 200, celedger.UnitContactHour, nil},
		{"0.2 CEU", false, 20, celedger.UnitCEU, nil},
		{"1,5 P.A.C.E.®", true, 150, celedger.UnitContactHour, nil},
		{"", false, 0, "", celedger.ErrMissing},
		{"1,5,0", true, 0, "", celedger.ErrBadNumber},
		{"1.5 bananas", false, 0, "", celedger.ErrBadUnit},
		{"abc", false, 0, "", celedger.ErrBadNumber},
		{".5", false, 50, "", nil},                 // a plain number, read without the pattern …
		{"2", false, 200, "", nil},                 // …
		{"5,", true, 0, "", celedger.ErrBadNumber}, // … but not a mark at the end
		{"1.", false, 0, "", celedger.ErrBadNumber},
	}
	for _, in := range []string{"Total", "  subtotal 2024", "Grand Totals"} {
		if !totalsLabel(in) {
			t.Errorf("totalsLabel(%q) = false", in)
		}
	}
	if totalsLabel("Stain Totals Review") || totalsLabel("Antibody Identification") {
		t.Error("totalsLabel took a title")
	}
	for _, tt := range tests {
		p, u, err := readCredits(tt.in, tt.comma)
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("readCredits(%q) error %v, want %v", tt.in, err, tt.err)
			continue
		}
		if p != tt.want || u != tt.unit {
			t.Errorf("readCredits(%q) = %v %q, want %v %q", tt.in, p, u, tt.want, tt.unit)
		}
	}
}

func TestPersonIDLabels(t *testing.T) {
	for label, want := range map[string]bool{
		"ASCP Customer ID": true, "Customer ID": true, "ID": true, "ASCP ID": true, "ASCP No.": true,
		"AABB Member Number": false, "Member ID": false, "Employee ID": false, "Badge #": false,
		"License Number": false, "Program ID": false, "Learner ID": false,
	} {
		if got := isPersonIDLabel(normLabel(label)); got != want {
			t.Errorf("isPersonIDLabel(%q) = %v, want %v", label, got, want)
		}
	}
}

// A sentence of the document may state the unit of every credit.
func TestStatedUnit(t *testing.T) {
	for text, want := range map[string]celedger.Unit{
		"Credits shown are P.A.C.E.® contact hours.":                                     celedger.UnitContactHour,
		"Report generated 2025-11-30. All credits are P.A.C.E.®-approved contact hours.": celedger.UnitContactHour,
		"Credits are CE hours.": celedger.UnitContactHour,
		"Credits are expressed in CEUs (1 CEU = 10 contact hours).": celedger.UnitCEU,
		"Learner: Imogen Vasquez-Thorne":                            "",
	} {
		if got, _ := statedUnit(text); got != want {
			t.Errorf("statedUnit(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestTitleBlockProvider: an export's first line names its provider before
// the kind of record; anything else names none.
func TestTitleBlockProvider(t *testing.T) {
	for title, want := range map[string]string{
		"LabCE Course History":           "LabCE",
		"MediaLab Transcript":            "MediaLab",
		"Westbrook Lab Institute CE Log": "Westbrook Lab Institute",
		"Learner: Daniel Reyes":          "",
		"Exported 2025-03-04":            "",
		"Course History":                 "",
		"Please review the following courses carefully before you submit your completion report": "",
	} {
		if got := titleBlockProvider(title); got != want {
			t.Errorf("titleBlockProvider(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestOfferedAndClaimedColumns: a session table's "Hours offered" is
// known and never the credits; "Hours claimed" is, in contact hours; with
// no title column the topic is the title.
func TestOfferedAndClaimedColumns(t *testing.T) {
	h, found := mapHeader([]string{"Session", "Date", "Topic", "Hours offered", "Attended", "Hours claimed"})
	if found == 0 || h.index[colTitle] != 2 || h.index[colCredits] != 5 || h.index[colOffered] != 3 || h.index[colActivityID] != 0 || h.creditUnit != celedger.UnitContactHour {
		t.Errorf("header: %+v (found %d)", h, found)
	}
	if h, _ := mapHeader([]string{"Date", "Session", "Hours available", "Hours claimed"}); h.index[colTitle] != 1 || h.index[colCredits] != 3 {
		t.Errorf("a session column with no topic beside it is the title: %+v", h)
	}
}
