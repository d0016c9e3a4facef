package parsers

import (
	"strings"
	"testing"
)

// TestDateOrderPerColumn: a column of slashed dates is read in one order:
// day first when a date proves it (even on the last row) or the file's
// conventions say so, else month first with a note.
func TestDateOrderPerColumn(t *testing.T) {
	tests := []struct {
		name      string
		semicolon bool
		rows      [][]string
		dates     string
		note      string
	}{
		{"a late day over 12 proves day first", false,
			[][]string{{"05/02/2025", "1"}, {"07/09/2025", "1"}, {"23/04/2025", "1"}},
			"2025-02-05 2025-09-07 2025-04-23", "dates read day first: 23/04/2025 (line 4) has a day over 12"},
		{"semicolons and decimal commas", true,
			[][]string{{"05/02/2025", "1,5"}, {"07/09/2025", "1"}},
			"2025-02-05 2025-09-07", "dates read day first: the file writes semicolons between fields and decimal commas"},
		{"nothing proves the order", false,
			[][]string{{"05/02/2025", "1"}, {"03/03/2025", "1"}},
			"2025-05-02 2025-03-03", "dates read month first: no date in the column proves the order"},
		{"a day over 12 second proves month first", false,
			[][]string{{"05/02/2025", "1"}, {"02/23/2025", "1"}},
			"2025-05-02 2025-02-23", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTableReader("t.csv", "", tableLayout{kind: "transcript", defaultUnit: "contact hour"}, tt.semicolon)
			tr.add(1, []string{"Course Title", "Date Completed", "Contact Hours"})
			for i, r := range tt.rows {
				tr.add(i+2, []string{"Course " + r[0], r[0], r[1]})
			}
			doc, err := tr.finish()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range doc.Records {
				got = append(got, r.Completed.String())
			}
			notes := strings.Join(doc.Notes, "|")
			if strings.Join(got, " ") != tt.dates || tt.note != "" && !strings.Contains(notes, tt.note) || tt.note == "" && strings.Contains(notes, "dates read") {
				t.Errorf("dates %v notes %q problems %v", got, doc.Notes, doc.Problems)
			}
		})
	}
}

// TestSerialDate: Excel's serial day numbers in the 1900 and 1904 systems,
// within 1990–2099 only.
func TestSerialDate(t *testing.T) {
	for _, tt := range []struct {
		text     string
		date1904 bool
		want     string
	}{
		{"45901", false, "2025-09-01"}, {"45901.75", false, "2025-09-01"}, {"44439", true, "2025-09-01"},
		{"12", false, ""}, {"99999", false, ""}, {"4590 1", false, ""},
	} {
		d, ok := serialDate(tt.text, tt.date1904)
		if got := map[bool]string{true: d.String(), false: ""}[ok]; got != tt.want {
			t.Errorf("serialDate(%q, %v) = %q, want %q", tt.text, tt.date1904, got, tt.want)
		}
	}
}

// TestRowsThatAreNotActivities: a subtotal row of Excel's Data › Subtotal
// ("2024 Total" in the grouped column) is a note, not a row problem; a
// header with no rows says so.
func TestRowsThatAreNotActivities(t *testing.T) {
	tr := newTableReader("t.xlsx", "Log", tableLayout{kind: "transcript", defaultUnit: "contact hour"}, false)
	tr.add(1, []string{"Year", "Course Title", "Date Completed", "Contact Hours"})
	tr.add(2, []string{"2024", "Hemostasis Review", "03/04/2024", "1"})
	tr.add(3, []string{"2024 Total", "", "", "1"})
	doc, _ := tr.finish()
	if len(doc.Records) != 1 || len(doc.Problems) != 0 || !strings.Contains(strings.Join(doc.Notes, "|"), "[Log]:3: totals row") {
		t.Errorf("records %d problems %v notes %q", len(doc.Records), doc.Problems, doc.Notes)
	}
	empty := newTableReader("t.csv", "", tableLayout{kind: "transcript"}, false)
	empty.add(1, []string{"Course Title", "Date Completed", "Contact Hours"})
	doc, err := empty.finish()
	if err != nil || !strings.Contains(strings.Join(doc.Notes, "|"), "header found, no activity rows") {
		t.Errorf("header only: %v %q", err, doc.Notes)
	}
}

// TestGiantCell: a cell longer than a spreadsheet cell may be stops the
// file with an error that names the limit.
func TestGiantCell(t *testing.T) {
	tr := newTableReader("t.csv", "", tableLayout{kind: "transcript", defaultUnit: "contact hour"}, false)
	tr.add(1, []string{"Course Title", "Date Completed", "Contact Hours"})
	tr.add(2, []string{strings.Repeat("Z", 40000), "03/04/2025", "1"})
	if _, err := tr.finish(); err == nil || !strings.Contains(err.Error(), "more than the 32,767") {
		t.Errorf("finish = %v", err)
	}
}

// TestHeaderWithoutDateColumn: a file whose header lacks the date column
// fails as a file, with the columns found, rather than importing nothing.
func TestHeaderWithoutDateColumn(t *testing.T) {
	tr := newTableReader("t.csv", "", tableLayout{kind: "transcript", defaultUnit: "contact hour"}, false)
	tr.add(1, []string{"Course Title", "Provider", "CE Hours"})
	tr.add(2, []string{"Hemostasis Review", "LabCE", "1"})
	if _, err := tr.finish(); err == nil || !strings.Contains(err.Error(), "no Date column (columns found: Course Title, Provider, CE Hours)") {
		t.Errorf("finish = %v", err)
	}
}
