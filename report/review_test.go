package report

import (
	"strings"
	"testing"

	"celedger"
)

func TestWriteReviewCSV(t *testing.T) {
	l := &celedger.Ledger{People: []celedger.PersonLedger{{Name: "Jane Doe", ID: "42", Activities: []celedger.Entry{
		{Title: "Coagulation", Area: celedger.AreaHematology, AreaScore: 1, Zone: celedger.ZoneAuto, Status: celedger.StatusCounted},
		{Title: "Flow Cytometry in Hematologic Malignancies", Provider: "ASCP", Points: 150, Area: celedger.AreaHematology, AreaScore: 0.63,
			Zone: celedger.ZoneReview, Status: celedger.StatusReview, Reason: "area uncertain: confirm it",
			Candidates: []celedger.Candidate{{Area: celedger.AreaGeneral, Score: 0.47}}, AreaTerms: []string{"flow cytometry", "hematologic malignancy"},
			Sources: []celedger.Source{{Path: "ascp.csv", Line: 7}}},
		{Title: "Yoga", Zone: celedger.ZoneNone, Status: celedger.StatusReview},
		{Title: "Staff Meeting", Zone: celedger.ZoneAuto, Status: celedger.StatusExcluded},
		{Title: "Old yoga", Zone: celedger.ZoneNone, Status: celedger.StatusOutsideCycle},
		{Title: "No date", Area: celedger.AreaChemistry, Zone: celedger.ZoneAuto, Status: celedger.StatusReview},
		{Title: "Decided", Area: celedger.AreaSafety, AreaScore: 1, Zone: celedger.ZoneOverride, Status: celedger.StatusCounted},
		{Title: "Decided out", Zone: celedger.ZoneOverride, Status: celedger.StatusExcluded},
		{Title: "=HYPERLINK()", Zone: celedger.ZoneNone, Status: celedger.StatusReview},
	}}}}
	var b strings.Builder
	if err := WriteReviewCSV(&b, l); err != nil {
		t.Fatal(err)
	}
	want := `person,person_id,title,provider,completed,points,suggested_area,score,zone,candidates,terms,reason,sources,decision,assign_to,note
Jane Doe,42,Flow Cytometry in Hematologic Malignancies,ASCP,,1.5,hematology,0.63,review,general 0.47,flow cytometry; hematologic malignancy,area uncertain: confirm it,ascp.csv:7,,,
Jane Doe,42,Yoga,,,0,,0.00,none,,,,,,,
Jane Doe,42,Old yoga,,,0,,0.00,none,,,,,,,
Jane Doe,42,No date,,,0,chemistry,0.00,auto,,,,,,,
Jane Doe,42,Decided,,,0,safety,1.00,override,,,,,safety,,
Jane Doe,42,Decided out,,,0,,0.00,override,,,,,exclude,,
Jane Doe,42,'=HYPERLINK(),,,0,,0.00,none,,,,,,,
`
	if b.String() != UTF8BOM+want {
		t.Errorf("review.csv:\n%s\nwant:\n%s", b.String(), want)
	}
}
