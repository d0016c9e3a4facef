package parsers

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestReadRosterXLSX reads a roster kept in Excel: a title row, a blank
// row, then a header of someone else's labels.
func TestReadRosterXLSX(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Staff")
	rows := [][]any{
		{"Core Lab staff roster 2026"},
		{},
		{"Employee Name", "ASCP Customer ID", "E-mail", "Certification(s)", "Cycle End Date", "Dept"},
		{"Ana Fictional", "00900001", "ana@example.org", "MLS", "2027-06-30", "Core Lab"},
		{"Ben Invented", "00900002", "", "MLS(ASCP)CM", "06/30/2028", "Micro"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(t, f.SetSheetRow("Staff", cell, &r))
	}
	path := t.TempDir() + "/roster.xlsx"
	must(t, f.SaveAs(path))

	people, problems, err := ReadRoster(path)
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadRoster: %v %v", err, problems)
	}
	if len(people) != 2 || people[0].Name != "Ana Fictional" || people[0].ID != "00900001" || people[0].Department != "Core Lab" ||
		len(people[1].Credentials) != 1 || people[1].Credentials[0].Code != "MLS" || people[1].Credentials[0].CycleEnd.String() != "2028-06-30" {
		t.Errorf("people = %+v", people)
	}
}

// TestXLSXRosterAmongInputs: a roster workbook dropped among the documents
// is recognised as a roster, not reported as a broken transcript.
func TestXLSXRosterAmongInputs(t *testing.T) {
	f := excelize.NewFile()
	must(t, f.SetSheetRow("Sheet1", "A1", &[]any{"Name", "ASCP ID", "Credential", "Cycle End"}))
	must(t, f.SetSheetRow("Sheet1", "A2", &[]any{"Ana Fictional", "00900001", "MLS", "2027-06-30"}))
	path := t.TempDir() + "/staff.xlsx"
	must(t, f.SaveAs(path))
	res, _ := readPath(t, path)
	if res.Status != "skipped" || res.Format != RosterFormat || res.Error != "staff roster: pass it with -roster" {
		t.Errorf("Read = %+v", res)
	}
}
