package parsers

import (
	"strings"
	"testing"

	"celedger"
)

// TestLabelSlips: a column label one keystroke from a known one is read as
// it, with a note; a label near two, or too short, is not guessed.
func TestLabelSlips(t *testing.T) {
	h, n := mapHeader([]string{"Course Title", "Date Completed", "Crdits"})
	if n != 3 || h.index[colCredits] != 2 || len(h.slips) != 1 || !strings.Contains(h.slips[0], `column "Crdits" read as "credits": did you mean "credits"?`) {
		t.Errorf("header %v (%d columns), slips %q", h.index, n, h.slips)
	}
	for _, label := range []string{"dat", "xyzzyq"} {
		if k, ok := nearLabel(label, headerKeys); ok {
			t.Errorf("nearLabel(%q) = %q", label, k)
		}
	}
	r, ok := mapRosterHeader([]string{"name", "id", "email", "credentail", "cycle_ned", "department"})
	if !ok || r[rfCredential] != 3 || r[rfCycleEnd] != 4 {
		t.Errorf("roster header %v %v", r, ok)
	}
}

// TestExportHabits: column labels in camel case, a unit in another
// language with its English in brackets, a holder named in the title row.
func TestExportHabits(t *testing.T) {
	if _, n := mapHeader([]string{"LearnerName", "CourseTitle", "CompletionDate", "CreditHours"}); n < 3 {
		t.Errorf("camel-case labels: %d columns", n)
	}
	if u, ok := unitOf("Kontaktstunden (contact hours)"); !ok || u != "contact hour" {
		t.Errorf("unitOf: %q %v", u, ok)
	}
	var h celedger.Holder
	readHolderCells(&h, []string{"CE Record for Renée Dubois-Ortiz"})
	if h.Name != "Renée Dubois-Ortiz" {
		t.Errorf("titled name %q", h.Name)
	}
}

// TestHolderRowOfLabels: a row of labels over a row of values above a
// table ("STUDENT NAME | STUDENT ID | RECORD ISSUED") names the holder.
func TestHolderRowOfLabels(t *testing.T) {
	var h celedger.Holder
	readHolderRows(&h, [][]string{
		{"STUDENT NAME", "STUDENT ID", "RECORD ISSUED"},
		{"Mei-Ling Castellano", "RSU-7730142", "December 8, 2025"},
	})
	if h.Name != "Mei-Ling Castellano" {
		t.Errorf("holder %+v", h)
	}
}

// TestHolderOverVerb: a one-course record names its holder on a line of
// its own over the completion verb ("Sebastián Ortega-Whitfield" over
// "attended the following in-service …"); an organisation there is no
// holder.
func TestHolderOverVerb(t *testing.T) {
	for _, tt := range []struct {
		rows [][]string
		want string
	}{
		{[][]string{{"Record of In-Service Education"}, {"Sebastián Ortega-Whitfield"}, {"attended the following in-service and is credited as shown."}}, "Sebastián Ortega-Whitfield"},
		{[][]string{{"Tamsin R. Achebe, MLS(ASCP)CM"}, {"has completed the following courses"}}, "Tamsin R. Achebe"},
		{[][]string{{"Bayfront Children's Hospital"}, {"attended the following in-service"}}, ""},
		{[][]string{{"Sebastián Ortega-Whitfield"}, {"Laboratory Education Council"}}, ""},
	} {
		var h celedger.Holder
		readHolderRows(&h, tt.rows)
		if h.Name != tt.want {
			t.Errorf("%q: holder %q, want %q", tt.rows, h.Name, tt.want)
		}
	}
}

// TestInServiceNamed: a log that calls itself an in-service record (its
// sheet, its title column, a title row above the header) types its rows
// celedger.TypeInService; another log names no type.
func TestInServiceNamed(t *testing.T) {
	for _, tt := range []struct {
		sheet    string
		labels   []string
		preamble [][]string
		want     string
	}{
		{"In-service 2024-2026", []string{"Course Title"}, nil, celedger.TypeInService},
		{"", []string{"Employee Name", "In-Service Title"}, nil, celedger.TypeInService},
		{"Sheet1", []string{"Course Title"}, [][]string{{"Employee Inservice Record"}}, celedger.TypeInService},
		{"Sheet1", []string{"Course Title"}, [][]string{{"Service Line: Laboratory"}}, ""},
	} {
		title := len(tt.labels) - 1
		if got := namedActivityType(tt.sheet, tt.labels, title, tt.preamble); got != tt.want {
			t.Errorf("%q %q %q: %q, want %q", tt.sheet, tt.labels, tt.preamble, got, tt.want)
		}
	}
}
