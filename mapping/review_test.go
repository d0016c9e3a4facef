package mapping

import (
	"strings"
	"testing"

	"celedger"
)

func TestPick(t *testing.T) {
	for in, want := range map[string]string{
		"bb": "blood_banking", "micro": "microbiology", "hem": "hematology", "exc": "exclude", "skip": "skip",
		"Chem": "chemistry", "gen": "general", "eth": "ethics", "saf": "safety",
	} {
		got, err := pick(in)
		if err != nil || got != want {
			t.Errorf("pick(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"zzz", "s", "e"} {
		if got, err := pick(in); err == nil {
			t.Errorf("pick(%q) = %q, want an error", in, got)
		}
	}
}

func TestReview(t *testing.T) {
	items := []Item{
		{Title: "Flow Cytometry in Hematologic Malignancies", Provider: "ASCP", Points: 150, Class: celedger.Classification{Area: celedger.AreaHematology, Score: 0.63, Zone: celedger.ZoneReview, Candidates: []celedger.Candidate{{Area: celedger.AreaGeneral, Score: 0.47}}, Terms: []string{"flow cytometry"}}},
		{Title: "Grand Rounds", Provider: "Hospital", Points: 100, Class: celedger.Classification{Zone: celedger.ZoneNone}},
		{Title: "AST", Provider: "LabCE", Points: 100, Class: celedger.Classification{Area: celedger.AreaChemistry, Score: 0.5, Zone: celedger.ZoneReview}},
		{Title: "Never reached", Class: celedger.Classification{Zone: celedger.ZoneNone}},
	}
	// Enter accepts hematology; "zz" matches nothing and is asked again;
	// "exc" excludes; "micorbiology" (a slip) is microbiology; q stops
	// before the last. Each decision is saved as it is made.
	in := strings.NewReader("\nzz\nexc\nmicorbiology\nq\n")
	var out strings.Builder
	var o Overrides
	saves := 0
	n, err := Review(items, in, &out, &o, func() error { saves++; return nil })
	if err != nil || n != 3 || saves != 3 {
		t.Fatalf("Review = %d, %v (saved %d times)\n%s", n, err, saves, out.String())
	}
	for _, want := range []string{"[1/4] Flow Cytometry in Hematologic Malignancies", "suggested hematology 0.63 (review), general 0.47", "terms: flow cytometry", "nothing laboratory-related recognised", `no choice matches "zz"`, "-> exclude", `"micorbiology" read as microbiology`, "-> microbiology"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	for title, want := range map[string]string{"Flow Cytometry in Hematologic Malignancies": "hematology", "Grand Rounds": "exclude", "AST": "microbiology"} {
		ov, ok := o.Lookup(title, "")
		if p := map[string]string{"Flow Cytometry in Hematologic Malignancies": "ASCP", "Grand Rounds": "Hospital", "AST": "LabCE"}[title]; !ok {
			ov, ok = o.Lookup(title, p)
		}
		if !ok || ov.Decision != want {
			t.Errorf("decision for %q = %+v, want %s", title, ov, want)
		}
	}
	if _, ok := o.Lookup("Never reached", ""); ok {
		t.Error("q did not stop the review")
	}
}

// TestReviewItemsDecides: an item names the people whose status deciding
// it may settle (their note "review decides: …" names its title).
func TestReviewItemsDecides(t *testing.T) {
	l := &celedger.Ledger{People: []celedger.PersonLedger{
		{Name: "Dana Short", Status: celedger.PersonReview, Notes: []string{`review decides: "AST" (a.csv:3)`},
			Activities: []celedger.Entry{{Title: "AST", Provider: "LabCE", Zone: celedger.ZoneReview, Area: celedger.AreaChemistry}}},
		{Name: "Eli Done", Status: celedger.PersonCompliant,
			Activities: []celedger.Entry{{Title: "AST", Provider: "LabCE", Zone: celedger.ZoneReview, Area: celedger.AreaChemistry}}},
	}}
	items, err := ReviewItems(l)
	if err != nil || len(items) != 1 || items[0].Lines != 2 || strings.Join(items[0].Decides, "|") != "Dana Short (review)" {
		t.Fatalf("items = %+v, %v", items, err)
	}
	var out strings.Builder
	Review(items, strings.NewReader("q\n"), &out, &Overrides{}, nil)
	if !strings.Contains(out.String(), "may settle the status of: Dana Short (review)") {
		t.Errorf("review output:\n%s", out.String())
	}
}
