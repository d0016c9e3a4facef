package reconcile

import (
	"strings"
	"testing"

	"celedger"
)

var testRoster = []celedger.RosterEntry{
	{Name: "Seán O'Brien", ID: "00412233", Email: "s.obrien@example.org", Source: celedger.Source{Path: "roster.csv", Line: 2}},
	{Name: "Mary-Kate Smith", ID: "00398812", Source: celedger.Source{Path: "roster.csv", Line: 3}},
	{Name: "Priya R. Natarajan", ID: "00555001", Source: celedger.Source{Path: "roster.csv", Line: 4}},
	{Name: "José Álvarez", Email: "jalvarez@example.org", Source: celedger.Source{Path: "roster.csv", Line: 5}},
	{Name: "Chris Morgan", ID: "05550101", Source: celedger.Source{Path: "roster.csv", Line: 6}},
	{Name: "Chris Morgan", ID: "05550202", Source: celedger.Source{Path: "roster.csv", Line: 7}},
	{Name: "Christopher Lane", ID: "05550303", Source: celedger.Source{Path: "roster.csv", Line: 8}},
	{Name: "Mary Smith", ID: "00398899", Source: celedger.Source{Path: "roster.csv", Line: 9}},
}

func TestAssignMatching(t *testing.T) {
	tests := []struct {
		name   string
		holder celedger.Holder
		path   string
		want   string // roster name the record lands under; "" for a review person
		how    string // prefix of Matched, or of the review reason
	}{
		{"id with leading zeros dropped", celedger.Holder{ID: "412233"}, "a.csv", "Seán O'Brien", "roster id 00412233"},
		{"id beats name", celedger.Holder{ID: "05550202", Name: "Seán O'Brien"}, "a.csv", "Chris Morgan", "roster id 05550202"},
		{"e-mail, case folded", celedger.Holder{Email: "JAlvarez@Example.org"}, "a.csv", "José Álvarez", "roster e-mail"},
		{"accents and apostrophe", celedger.Holder{Name: "Sean OBrien"}, "a.csv", "Seán O'Brien", "roster name"},
		{"case", celedger.Holder{Name: "SEAN O'BRIEN"}, "a.csv", "Seán O'Brien", "roster name"},
		{"last, first", celedger.Holder{Name: "O'Brien, Seán"}, "a.csv", "Seán O'Brien", "roster name"},
		{"last, first with middle initial", celedger.Holder{Name: "NATARAJAN, PRIYA"}, "a.csv", "Priya R. Natarajan", "roster name"},
		{"middle name vs initial", celedger.Holder{Name: "Priya Ramesh Natarajan"}, "a.csv", "Priya R. Natarajan", "roster name"},
		{"hyphen as space", celedger.Holder{Name: "Mary Kate Smith"}, "a.csv", "Mary-Kate Smith", "roster name"},
		{"hyphenated is not the other Mary", celedger.Holder{Name: "Mary-Kate Smith"}, "a.csv", "Mary-Kate Smith", "roster name"},
		{"plain Mary is Mary", celedger.Holder{Name: "Mary Smith"}, "a.csv", "Mary Smith", "roster name"},
		{"unknown id falls to name", celedger.Holder{ID: "999", Name: "Sean O'Brien"}, "a.csv", "Seán O'Brien", "roster name (document ID 999 is not on the roster)"},
		{"ambiguous name", celedger.Holder{Name: "Chris Morgan"}, "a.csv", "", `name "Chris Morgan" matches 2 roster people: Chris Morgan (ID 05550101), Chris Morgan (ID 05550202)`},
		{"ambiguous name settled by folder", celedger.Holder{Name: "Chris Morgan"}, "staff/05550101/a.csv", "Chris Morgan", "roster name and folder staff/05550101"},
		{"no nickname guessing", celedger.Holder{Name: "Chris Lane"}, "a.csv", "", `name "Chris Lane" is not on the roster`},
		{"no match, folder only suggests", celedger.Holder{Name: "Jane Roe"}, "staff/sean-obrien/a.csv", "", `name "Jane Roe" is not on the roster; its folder staff/sean-obrien is Seán O'Brien`},
		{"folder fallback", celedger.Holder{}, "staff/sean-obrien/log.csv", "Seán O'Brien", "folder staff/sean-obrien"},
		{"folder Last, First", celedger.Holder{}, "staff/O'Brien, Sean/log.csv", "Seán O'Brien", "folder staff/O'Brien, Sean"},
		{"folder inside a zip", celedger.Holder{}, "in/staff.zip!/mary-kate-smith/c.csv", "Mary-Kate Smith", "folder in/staff.zip!/mary-kate-smith"},
		{"folder of two people is no answer", celedger.Holder{}, "staff/chris-morgan/a.csv", "", "nothing names the person"},
		{"nothing at all", celedger.Holder{}, "a.csv", "", "nothing names the person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := celedger.Record{Source: celedger.Source{Path: tt.path, Line: 5}, Holder: tt.holder, Title: "x"}
			people := Assign(MentionsOf([]celedger.Record{rec}), testRoster, "")
			var got *Person
			for i := range people {
				if len(people[i].Rows) > 0 {
					got = &people[i]
				}
			}
			if got == nil {
				t.Fatal("record dropped")
			}
			if len(people) != len(testRoster)+boolInt(tt.want == "") {
				t.Errorf("%d people, want every roster person plus %d", len(people), boolInt(tt.want == ""))
			}
			if tt.want == "" {
				if got.Roster != nil || got.Review == "" || !strings.HasPrefix(got.Review, tt.how) {
					t.Errorf("got %q (roster %v) review %q, want review %q", got.Holder.Name, got.Roster != nil, got.Review, tt.how)
				}
				return
			}
			if got.Roster == nil || got.Holder.Name != tt.want || !strings.HasPrefix(got.Matched[0], tt.how) {
				t.Errorf("got %q matched %q, want %q by %q", got.Holder.Name, got.Matched, tt.want, tt.how)
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestAssignWithoutRoster(t *testing.T) {
	recs := []celedger.Record{
		{Source: celedger.Source{Path: "a.csv", Line: 2}, Holder: celedger.Holder{Name: "Jane Roe", ID: "01"}},
		{Source: celedger.Source{Path: "b.csv", Line: 2}, Holder: celedger.Holder{Name: "jane roe"}},
		{Source: celedger.Source{Path: "staff/jane-roe/c.csv", Line: 2}},
	}
	people := Assign(MentionsOf(recs), nil, "")
	if len(people) != 2 || people[0].Holder.Name != "Jane Roe" || len(people[0].Rows) != 2 || people[1].Holder.Name != Unnamed {
		t.Fatalf("people = %+v", people)
	}
	if got := people[0].Matched; got[0] != "id on document" || got[1] != "name on document" {
		t.Errorf("matched = %q", got)
	}
}

func TestPlansRosterCycle(t *testing.T) {
	e := celedger.RosterEntry{Name: "Jane Roe", Source: celedger.Source{Path: "roster.csv", Line: 2},
		Credentials: []celedger.RosterCredential{{Code: "MLS", CycleEnd: celedger.MustDate("2027-06-30")}, {Code: "PBT"}}}
	p := Person{Roster: &e, Holder: celedger.Holder{Name: "Jane Roe", Credential: "MLT", CycleEnd: celedger.MustDate("2026-06-30")}, Cycle: "a.csv header"}
	known := func(c string) bool { return c == "MLS" }
	plans := p.Plans(nil, celedger.Date{}, celedger.MustDate("2026-11-24"), known)
	if len(plans) != 1 || plans[0].Input.CycleEnd != celedger.MustDate("2027-06-30") || plans[0].Input.CycleSource != "roster roster.csv:2" {
		t.Fatalf("plans = %+v", plans)
	}
	notes := strings.Join(plans[0].Notes, "\n")
	if !strings.Contains(notes, "PBT has no rule set") || !strings.Contains(notes, "print credential MLT, which the roster does not list") || !strings.Contains(notes, "cycle end 2026-06-30 on a.csv header differs from the roster's 2027-06-30") {
		t.Errorf("notes = %q", notes)
	}
}

func TestHoldForReview(t *testing.T) {
	rules, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	rec := celedger.Record{Source: celedger.Source{Path: "a.csv", Line: 2}, Holder: celedger.Holder{Name: "Chris Morgan"},
		Title: "Hemostasis update", Completed: celedger.MustDate("2025-03-04"), Credits: 200, Unit: celedger.UnitCMLE}
	people := Assign(MentionsOf([]celedger.Record{rec}), testRoster, "")
	for _, p := range people {
		if p.Review == "" {
			continue
		}
		plan := p.Plans(nil, celedger.MustDate("2027-06-30"), celedger.MustDate("2026-11-24"), func(string) bool { return true })[0]
		plan.Input.Activities = []celedger.Activity{{Record: rec, Class: celedger.Classification{Area: celedger.AreaHematology, Zone: celedger.ZoneAuto}}}
		pl, err := rules.Reconcile(plan.Input)
		if err != nil {
			t.Fatal(err)
		}
		p.Finish(&pl, plan)
		if pl.Status != celedger.PersonReview || pl.Points != 0 || pl.Activities[0].Status != celedger.StatusReview ||
			!strings.Contains(pl.Activities[0].Reason, "matches 2 roster people") || !strings.HasPrefix(pl.Activities[0].Matched, "not settled") {
			t.Errorf("held ledger = %+v", pl)
		}
		return
	}
	t.Fatal("no review person")
}

func TestPlansWithoutRoster(t *testing.T) {
	end := celedger.MustDate("2027-06-30")
	flagEnd := celedger.MustDate("2028-01-31")
	all := func(string) bool { return true }
	tests := []struct {
		name  string
		p     Person
		creds []string
		want  string // credential@cycle-end (source)
	}{
		{"default MLS, -cycle-end", Person{}, nil, "MLS@2028-01-31 (-cycle-end)"},
		{"document credential and cycle", Person{Holder: celedger.Holder{Credential: "MLT", CycleEnd: end}, Cycle: "a.csv header"}, nil, "MLT@2027-06-30 (a.csv header)"},
		{"-credential wins", Person{Holder: celedger.Holder{Credential: "MLT"}}, []string{"MLS", "CLS"}, "MLS@2028-01-31 (-cycle-end) CLS@2028-01-31 (-cycle-end)"},
	}
	for _, tt := range tests {
		var got []string
		for _, pl := range tt.p.Plans(tt.creds, flagEnd, end, all) {
			got = append(got, pl.Input.Credential+"@"+pl.Input.CycleEnd.String()+" ("+pl.Input.CycleSource+")")
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// MentionsOf is the mentions of records.
func MentionsOf(records []celedger.Record) *Mentions {
	var m Mentions
	for _, r := range records {
		m.Add(MentionOf(r))
	}
	return &m
}

// TestFinishFlagsAnotherName: a line whose document names someone else
// (filed under this person by a decision) is not audit-ready; the same
// name as the roster spells it otherwise ("Sean OBrien") is.
func TestFinishFlagsAnotherName(t *testing.T) {
	pl := &celedger.PersonLedger{Name: "Seán O'Brien", Activities: []celedger.Entry{
		{Title: "Coagulation", Participant: "Maria Okafor"},
		{Title: "Gram stains", Participant: "Sean OBrien"},
		{Title: "In-service", Participant: "SEÁN P. O'BRIEN"},
	}}
	Person{Holder: celedger.Holder{Name: "Seán O'Brien"}}.Finish(pl, Plan{})
	if got := pl.Activities[0].AuditMissing; len(got) != 1 || got[0] != "participant (the document names Maria Okafor)" {
		t.Errorf("another name: %q", got)
	}
	for _, e := range pl.Activities[1:] {
		if len(e.AuditMissing) != 0 {
			t.Errorf("%s: %q", e.Participant, e.AuditMissing)
		}
	}
}

// TestGroupTiesNameToEmail: without a roster, a document that prints a
// name beside an e-mail ties them, so a certificate that prints the name
// alone (accented) is the same person; a document with an ID ties both
// to it. (Another e-mail beside the same name stays another person: two
// people may share a name.)
func TestGroupTiesNameToEmail(t *testing.T) {
	recs := []celedger.Record{
		{Source: celedger.Source{Path: "cap.tsv", Line: 6}, Holder: celedger.Holder{Name: "Jose Alvarez", Email: "jalvarez@example.org"}, Title: "a"},
		{Source: celedger.Source{Path: "cert.pdf", Page: 1}, Holder: celedger.Holder{Name: "José Álvarez"}, Title: "b"},
		{Source: celedger.Source{Path: "ascp.csv", Line: 4}, Holder: celedger.Holder{Name: "Dana Whitfield", ID: "00777123", Email: "dana@example.org"}, Title: "c"},
		{Source: celedger.Source{Path: "lab.csv", Line: 2}, Holder: celedger.Holder{Email: "dana@example.org"}, Title: "d"},
	}
	people := Group(MentionsOf(recs), "")
	if len(people) != 2 || len(people[0].Rows)+len(people[1].Rows) != 4 {
		for _, p := range people {
			t.Logf("%+v rows %v", p.Holder, p.Rows)
		}
		t.Fatalf("%d people, want José Álvarez and Dana Whitfield", len(people))
	}
}
