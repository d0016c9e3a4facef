package reconcile

import (
	"fmt"
	"strings"
	"testing"

	"celedger"
)

var d = celedger.MustDate

func mustRules(t *testing.T) *Rules {
	t.Helper()
	r, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// act builds a confidently mapped activity: "path:line" names its source.
func act(src, title string, area celedger.Area, date string, credits string) celedger.Activity {
	path, ln, _ := strings.Cut(src, ":")
	var line int
	fmt.Sscan(ln, &line)
	p, err := celedger.ParsePoints(credits, false)
	if err != nil {
		panic(err)
	}
	a := celedger.Activity{
		Record: celedger.Record{
			Source: celedger.Source{Path: path, Line: line}, Holder: celedger.Holder{Name: "Jane Doe"},
			Title: title, Provider: "ASCP", Completed: d(date), Credits: p, Unit: celedger.UnitCMLE, Kind: "transcript",
		},
		Class: celedger.Classification{Area: area, Score: 0.9, Zone: celedger.ZoneAuto},
	}
	if area == "" {
		a.Class = celedger.Classification{Zone: celedger.ZoneNone}
	}
	return a
}

func with(a celedger.Activity, f func(*celedger.Activity)) celedger.Activity { f(&a); return a }

func input(cred string, acts ...celedger.Activity) Input {
	return Input{Holder: celedger.Holder{Name: "Jane Doe"}, Credential: cred, CycleEnd: d("2027-06-30"),
		CycleSource: "test", AsOf: d("2026-11-24"), Activities: acts}
}

func run(t *testing.T, in Input) celedger.PersonLedger {
	t.Helper()
	pl, err := mustRules(t).Reconcile(in)
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

// entry finds the line whose first source is src.
func entry(t *testing.T, pl celedger.PersonLedger, src string) celedger.Entry {
	t.Helper()
	for _, e := range pl.Activities {
		if e.Sources[0].String() == src {
			return e
		}
	}
	t.Fatalf("no line from %s", src)
	return celedger.Entry{}
}

func area(pl celedger.PersonLedger, a celedger.Area) celedger.AreaLedger {
	for _, x := range pl.Areas {
		if x.Area == a {
			return x
		}
	}
	return celedger.AreaLedger{}
}

func TestRuleFiles(t *testing.T) {
	r := mustRules(t)
	tests := []struct {
		code     string
		end      string
		id       string
		total    celedger.Points
		years    int
		minimums int
		unconf   string // a substring of one Unconfirmed entry; "" = none expected
	}{
		{"MLS", "2027-06-30", "MLS", 3600, 3, 6, ""},
		{"mt", "2027-06-30", "MLS", 3600, 3, 6, ""},
		{"CLS", "2027-06-30", "MLS", 3600, 3, 6, ""},
		{"MLT", "2027-06-30", "MLT", 3600, 3, 6, "MLT area split (unconfirmed)"},
		{"BB", "2027-06-30", "BB", 3600, 3, 3, "BB area split (unconfirmed)"},
		{"C", "2027-06-30", "C", 3600, 3, 3, "C area split"},
		{"H", "2027-06-30", "H", 3600, 3, 3, "H area split"},
		{"M", "2027-06-30", "M", 3600, 3, 3, "M area split"},
		{"MB", "2027-06-30", "MB", 3600, 3, 3, "molecular area met by title keywords (unconfirmed)"},
		{"CG", "2027-06-30", "CG", 3600, 3, 3, "cytogenetics area met by title keywords"},
		{"HT", "2027-06-30", "HT", 3600, 3, 3, "Medical ethics 1"},
		{"HTL", "2027-06-30", "HT", 3600, 3, 3, "histology area met by title keywords"},
		{"SBB", "2027-06-30", "SBB", 3600, 3, 3, "Medical ethics 1"},
		{"SC", "2027-06-30", "SC", 3600, 3, 3, "SC area split"},
		{"SH", "2027-06-30", "SH", 3600, 3, 3, "SH area split"},
		{"SM", "2027-06-30", "SM", 3600, 3, 3, "SM area split"},
		{"SCT", "2027-06-30", "SCT", 3600, 3, 3, "cytology area met by title keywords"},
		{"DLM", "2027-06-30", "DLM", 3600, 3, 3, "laboratory management area met"},
		{"PA", "2021-12-31", "PA", 4500, 3, 1, "PA area split"},
		{"PA", "2022-01-01", "PA", 6000, 3, 4, "anatomic pathology areas met by title keywords"},
		{"PBT", "2027-06-30", "PBT", 900, 3, 1, "PBT area split"},
		{"CA-CLS", "2026-12-31", "CA-CLS", 2400, 2, 0, ""},
		{"CA-PHL", "2026-12-31", "CA-PHL", 600, 2, 0, ""},
		{"FL", "2026-12-31", "FL", 2400, 2, 3, ""},
		{"TN", "2026-12-31", "TN", 2400, 2, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.code+"@"+tt.end, func(t *testing.T) {
			s, err := r.ForCredential(tt.code, d(tt.end))
			if err != nil {
				t.Fatal(err)
			}
			if s.ID != tt.id || s.Total != tt.total || s.CycleYears != tt.years || len(s.Minimums) != tt.minimums {
				t.Errorf("got %s total %s, %d years, %d minimums", s.ID, s.Total, s.CycleYears, len(s.Minimums))
			}
			u := strings.Join(s.UnconfirmedRules(), " | ")
			if tt.unconf == "" && u != "" || !strings.Contains(u, tt.unconf) {
				t.Errorf("unconfirmed = %q, want %q", u, tt.unconf)
			}
		})
	}
	if _, err := r.ForCredential("XYZ", d("2027-06-30")); err == nil || !strings.Contains(err.Error(), "MLS") {
		t.Errorf("unknown credential: err = %v, want the known list", err)
	}
	if s, _ := r.ForCredential("PA", celedger.Date{}); s.Total != 6000 {
		t.Errorf("PA with no cycle end: total %s, want the current 60", s.Total)
	}
}

func TestPointsConversion(t *testing.T) {
	r := mustRules(t)
	tests := []struct {
		credits string
		unit    celedger.Unit
		want    celedger.Points
	}{
		{"1.5", celedger.UnitContactHour, 150},
		{"2", celedger.UnitCMLE, 200},
		{"1.25", celedger.UnitAMA, 125},
		{"0.2", celedger.UnitCEU, 200},
		{"0.15", celedger.UnitCEU, 150},
		{"3", celedger.UnitSemesterHour, 4500},
		{"1", celedger.UnitQuarterHour, 1000},
	}
	for _, tt := range tests {
		c, _ := celedger.ParsePoints(tt.credits, false)
		if got, ok := r.PointsOf(c, tt.unit); !ok || got != tt.want {
			t.Errorf("%s %s = %s, %v; want %s", tt.credits, tt.unit, got, ok, tt.want)
		}
	}
	if _, ok := r.PointsOf(100, "furlong"); ok {
		t.Error("unknown unit converted")
	}
	pl := run(t, input("MLS", with(act("a.csv:2", "Hematology: Anemia Review", celedger.AreaHematology, "2025-01-01", "1"), func(a *celedger.Activity) { a.Unit = "furlong" })))
	if e := pl.Activities[0]; e.Status != celedger.StatusReview || !strings.Contains(e.Reason, "no conversion") {
		t.Errorf("unknown unit line: %s %q", e.Status, e.Reason)
	}
}

func TestCycleWindowAndDeclaration(t *testing.T) {
	tests := []struct {
		date   string
		status celedger.EntryStatus
		reason string
	}{
		{"2024-06-30", celedger.StatusOutsideCycle, "outside the cycle 2024-07-01 to 2027-06-30"},
		{"2024-07-01", celedger.StatusCounted, ""},
		{"2027-06-30", celedger.StatusCounted, ""},
		{"2027-07-01", celedger.StatusOutsideCycle, "outside the cycle 2024-07-01 to 2027-06-30"},
		{"2027-08-01", celedger.StatusReview, "after the as-of date 2027-07-15"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			in := input("MLS", act("a.csv:2", "Hematology: Anemia Review", celedger.AreaHematology, tt.date, "1"))
			in.AsOf = d("2027-07-15")
			if tt.date == "2027-08-01" {
				in.CycleEnd = d("2027-12-31")
			}
			e := run(t, in).Activities[0]
			if e.Status != tt.status || !strings.Contains(e.Reason, tt.reason) {
				t.Errorf("got %s %q, want %s %q", e.Status, e.Reason, tt.status, tt.reason)
			}
		})
	}

	pl := run(t, input("MLS"))
	if pl.CycleStart != d("2024-07-01") || pl.DeclarationOpens != d("2027-04-01") || pl.SubmitBy != d("2027-05-31") || pl.DaysToSubmit != 188 {
		t.Errorf("start %s opens %s submit %s days %d", pl.CycleStart, pl.DeclarationOpens, pl.SubmitBy, pl.DaysToSubmit)
	}
	// A printed start that fits the cycle length is kept; a 3-year printed
	// start does not fit a 2-year state licence.
	in := input("MLS")
	in.CycleStart = d("2024-06-15")
	if got := run(t, in).CycleStart; got != d("2024-06-15") {
		t.Errorf("printed start: %s", got)
	}
	in.Credential = "TN"
	if got := run(t, in).CycleStart; got != d("2025-07-01") {
		t.Errorf("TN start: %s, want 2025-07-01", got)
	}
	in = input("MLS")
	in.CycleEnd = celedger.Date{}
	if pl := run(t, in); pl.Status != celedger.PersonReview || pl.CycleSource != "unknown" {
		t.Errorf("unknown cycle: %s %s", pl.Status, pl.CycleSource)
	}
}

func TestTitleSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want string
	}{
		{"Gram Stain Review", "Gram Stains: Review", "1.00"},
		{"Transfusion Reactions", "Transfusion Reactions: Recognition and Workup", "0.90"},
		{"Hematology: Anemia Review", "Hematology: Leukemia Review", "0.67"},
		{"Antibody Identification: Case Studies", "Antibody Identification Case Study", "1.00"},
		{"Urinalysis Review", "Lipid Metabolism", "0.00"},
		{"", "Lipid Metabolism", "0.00"},
	}
	for _, tt := range tests {
		if got := fmt.Sprintf("%.2f", titleSimilarity(titleTokens(tt.a), titleTokens(tt.b))); got != tt.want {
			t.Errorf("%q vs %q = %s, want %s", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestDuplicates(t *testing.T) {
	const title = "Clinical Microbiology Update: Antimicrobial Susceptibility Testing"
	mb := celedger.AreaMicrobiology
	cert := func(a celedger.Activity, provider string) celedger.Activity {
		return with(a, func(a *celedger.Activity) {
			a.Provider, a.Kind, a.Unit = provider, "certificate", celedger.UnitContactHour
		})
	}
	tests := []struct {
		name   string
		acts   []celedger.Activity
		hashes map[string]string
		// the line from "b.csv:3" and what it should become
		status  celedger.EntryStatus
		reason  string
		sources int // sources on the kept a.csv:2 line
		points  celedger.Points
	}{
		{"transcript and certificate", []celedger.Activity{
			act("a.csv:2", title, mb, "2025-03-03", "2"),
			cert(act("b.csv:3", title, mb, "2025-03-03", "2"), "LabCE")},
			nil, celedger.StatusDuplicate, "same course as a.csv:2 (title 1.00, same date)", 2, 200},
		{"shortened title two days apart", []celedger.Activity{
			act("a.csv:2", "Transfusion Reactions: Recognition and Workup", celedger.AreaBloodBanking, "2024-10-03", "1.5"),
			cert(act("b.csv:3", "Transfusion Reactions", celedger.AreaBloodBanking, "2024-10-05", "1.5"), "AABB")},
			nil, celedger.StatusDuplicate, "same course as a.csv:2 (title 0.90, 2 days apart)", 2, 150},
		{"retaken a year later", []celedger.Activity{
			act("a.csv:2", "Bloodborne Pathogens Annual Update", celedger.AreaSafety, "2025-01-09", "1"),
			act("b.csv:3", "Bloodborne Pathogens Annual Update", celedger.AreaSafety, "2026-01-08", "1")},
			nil, celedger.StatusCounted, "", 1, 100},
		{"four days apart", []celedger.Activity{
			act("a.csv:2", title, mb, "2025-03-03", "2"),
			act("b.csv:3", title, mb, "2025-03-07", "2")},
			nil, celedger.StatusCounted, "", 1, 200},
		{"conflicting credits, transcript counted", []celedger.Activity{
			cert(act("a.csv:2", title, mb, "2025-03-03", "1.5"), "LabCE"),
			act("b.csv:3", title, mb, "2025-03-03", "2")},
			nil, celedger.StatusDuplicate, "credits differ: certificate 1.5, transcript 2", 2, 200},
		{"conflicting credits, title not strong enough", []celedger.Activity{
			act("a.csv:2", "Transfusion Reactions: Recognition and Workup", celedger.AreaBloodBanking, "2024-10-03", "1.5"),
			cert(act("b.csv:3", "Transfusion Reactions", celedger.AreaBloodBanking, "2024-10-03", "1"), "AABB")},
			nil, celedger.StatusCounted, "", 1, 150},
		{"different providers", []celedger.Activity{
			cert(act("a.csv:2", title, mb, "2025-03-03", "2"), "CAP"),
			cert(act("b.csv:3", title, mb, "2025-03-03", "2"), "AABB")},
			nil, celedger.StatusCounted, "", 1, 200},
		{"blank provider", []celedger.Activity{
			cert(act("a.csv:2", title, mb, "2025-03-03", "2"), "CAP"),
			cert(act("b.csv:3", title, mb, "2025-03-03", "2"), "")},
			nil, celedger.StatusDuplicate, "same course as a.csv:2", 2, 200},
		{"identical file", []celedger.Activity{
			act("a.csv:2", title, mb, "2025-03-03", "2"),
			act("b.csv:2", title, mb, "2025-03-03", "2"),
			act("b.csv:3", "Hematology: Anemia Review", celedger.AreaHematology, "2025-04-01", "1"),
			act("a.csv:3", "Hematology: Anemia Review", celedger.AreaHematology, "2025-04-01", "1")},
			map[string]string{"a.csv": "abc", "b.csv": "abc"}, celedger.StatusDuplicate, "same file as a.csv (identical content)", 2, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input("MLS", tt.acts...)
			in.FileHashes = tt.hashes
			pl := run(t, in)
			b := entry(t, pl, "b.csv:3")
			if tt.status == celedger.StatusCounted && len(entry(t, pl, "a.csv:2").Sources) == 1 {
				if b.Status != celedger.StatusCounted {
					t.Errorf("b: %s %q, want counted", b.Status, b.Reason)
				}
			} else if b.Status != tt.status || !strings.Contains(b.Reason, tt.reason) {
				t.Errorf("b: %s %q, want %s %q", b.Status, b.Reason, tt.status, tt.reason)
			}
			k := entry(t, pl, "a.csv:2")
			if len(k.Sources) != tt.sources || k.Points != tt.points || k.Status != celedger.StatusCounted {
				t.Errorf("kept: %d sources, %s points, %s %q", len(k.Sources), k.Points, k.Status, k.Reason)
			}
		})
	}
}

// TestDuplicatesWithinOneDocument: the rows of one document are the
// courses it lists; only a row it repeats (the same title on the same
// date) is one course.
func TestDuplicatesWithinOneDocument(t *testing.T) {
	pl := run(t, input("MLS",
		act("a.csv:2", "Chemical Hygiene", celedger.AreaSafety, "2025-02-12", "1"),
		act("a.csv:3", "Chemical Hygiene Plan Update", celedger.AreaSafety, "2025-02-13", "1"),
		act("a.csv:4", "Blood Culture Contamination", celedger.AreaMicrobiology, "2025-03-01", "1"),
		act("a.csv:5", "Blood Culture Contamination Part 2", celedger.AreaMicrobiology, "2025-03-03", "1"),
		act("a.csv:6", "Blood Culture Contamination", celedger.AreaMicrobiology, "2025-03-01", "1"),
		act("b.csv:2", "Chemical Hygiene Plan Update", celedger.AreaSafety, "2025-02-14", "1")))
	for src, want := range map[string]celedger.EntryStatus{
		"a.csv:2": celedger.StatusCounted, "a.csv:3": celedger.StatusCounted,
		"a.csv:4": celedger.StatusCounted, "a.csv:5": celedger.StatusCounted,
		"a.csv:6": celedger.StatusDuplicate, // the row repeated
		"b.csv:2": celedger.StatusDuplicate, // another document's copy of a.csv:3
	} {
		if e := entry(t, pl, src); e.Status != want {
			t.Errorf("%s: %s %q, want %s", src, e.Status, e.Reason, want)
		}
	}
}

func TestDuplicateMergeBestOf(t *testing.T) {
	a := with(act("a.csv:2", "Transfusion Reactions", celedger.AreaBloodBanking, "2024-10-03", "1.5"), func(a *celedger.Activity) {
		a.Provider, a.Kind, a.ActivityID, a.Holder.Name = "AABB", "certificate", "AABB-24-118", ""
	})
	b := act("b.csv:3", "Transfusion Reactions: Recognition and Workup", celedger.AreaBloodBanking, "2024-10-03", "1.5")
	pl := run(t, input("MLS", a, b))
	k := entry(t, pl, "a.csv:2")
	if k.Title != b.Title || k.ActivityID != "AABB-24-118" || k.Provider != "AABB" || len(k.AuditMissing) != 0 {
		t.Errorf("kept line: %+v", k)
	}
	if !strings.Contains(k.Reason, "also on b.csv:3 (merged)") {
		t.Errorf("kept reason %q", k.Reason)
	}
}

func TestExclusionsAndAudit(t *testing.T) {
	staff := with(act("a.csv:2", "Monthly Staff Meeting", "", "2025-05-07", "1"), func(a *celedger.Activity) { a.Class.Exclude = "staff meeting" })
	orient := with(act("a.csv:3", "New Hire Orientation", "", "2025-05-08", "2"), func(a *celedger.Activity) { a.Class.Exclude = "job orientation" })
	over := with(act("a.csv:4", "Hematology: Anemia Review", celedger.AreaHematology, "2025-05-09", "1"), func(a *celedger.Activity) { a.Class.Exclude = "exclude" })
	cap := with(act("c.tsv:5", "Mycology Identification Workshop", celedger.AreaMicrobiology, "2025-05-10", "2"), func(a *celedger.Activity) {
		a.Claim, a.Provider, a.Completed = celedger.ClaimUnclaimed, "CAP", celedger.Date{}
	})
	bare := with(act("d.csv:2", "Urinalysis Review", celedger.AreaGeneral, "2025-06-01", "0"), func(a *celedger.Activity) {
		a.Provider, a.Holder.Name = "", ""
	})
	pl := run(t, input("MLS", staff, orient, over, cap, bare))
	tests := []struct {
		src    string
		status celedger.EntryStatus
		reason string
		audit  string
	}{
		{"a.csv:2", celedger.StatusExcluded, "staff meeting: does not count for CMP", ""},
		{"a.csv:3", celedger.StatusExcluded, "job orientation: does not count for CMP", ""},
		{"a.csv:4", celedger.StatusExcluded, "excluded by an override", ""},
		{"c.tsv:5", celedger.StatusUnclaimed, "not claimed", "date"},
		{"d.csv:2", celedger.StatusCounted, "0 points to the rest", "provider participant credits"},
	}
	for _, tt := range tests {
		e := entry(t, pl, tt.src)
		if e.Status != tt.status || !strings.Contains(e.Reason, tt.reason) || strings.Join(e.AuditMissing, " ") != tt.audit {
			t.Errorf("%s: %s %q audit %v", tt.src, e.Status, e.Reason, e.AuditMissing)
		}
	}
	if pl.Points != 0 {
		t.Errorf("points %s, want 0", pl.Points)
	}
}

func TestAcademicCap(t *testing.T) {
	sem := func(src, date, credits string) celedger.Activity {
		return with(act(src, "Immunology Course", celedger.AreaGeneral, date, credits), func(a *celedger.Activity) { a.Unit = celedger.UnitSemesterHour })
	}
	// 1 semester hour = 15 points; the cap is 50% of 36 = 18.
	pl := run(t, input("MLS", sem("a.csv:2", "2025-01-10", "1"), sem("a.csv:3", "2025-09-10", "1"),
		act("a.csv:4", "Hematology: Anemia Review", celedger.AreaHematology, "2025-03-01", "2")))
	first, second := entry(t, pl, "a.csv:2"), entry(t, pl, "a.csv:3")
	// Each line's points are what it earns; the cap shows in what it counts.
	if first.Points != 1500 || second.Points != 1500 || second.Status != celedger.StatusCounted {
		t.Errorf("points %s and %s, want 15 and 15", first.Points, second.Points)
	}
	if first.CountedPoints != nil || second.CountedPoints == nil || *second.CountedPoints != 300 {
		t.Errorf("counted points %v and %v, want none and 3", first.CountedPoints, second.CountedPoints)
	}
	if want := "academic cap: 15 points earned, 3 points counted (academic courses count up to 50% of 36 = 18)"; !strings.Contains(second.Reason, want) {
		t.Errorf("reason %q", second.Reason)
	}
	if pl.Points != 2000 {
		t.Errorf("total %s, want 20", pl.Points)
	}
}

// ruleSet is a small hand-made rule set for allocation tests.
func ruleSet(split bool, mins ...Minimum) RuleSet {
	return RuleSet{ID: "T", Total: 3600, CycleYears: 3, Minimums: mins, AllowSplit: split}
}

func mini(a celedger.Area, p celedger.Points) Minimum {
	return Minimum{Area: a, Points: p, Grade: GradeVerified}
}

// two returns an activity mapped to a with a close candidate b.
func two(src, title string, a, b celedger.Area, date, credits string) celedger.Activity {
	return with(act(src, title, a, date, credits), func(x *celedger.Activity) {
		x.Class.Candidates = []celedger.Candidate{{Area: b, Score: 0.8, Eligible: true}}
	})
}

func allocateFor(t *testing.T, rs RuleSet, acts ...celedger.Activity) celedger.PersonLedger {
	t.Helper()
	r := mustRules(t)
	r.Sets = []RuleSet{rs}
	rs.Credentials, rs.EffectiveFrom, rs.Grade, rs.TotalGrade = []string{"T"}, d("2000-01-01"), "V", "V"
	r.Sets[0] = rs
	return run2(t, r, input("T", acts...))
}

func run2(t *testing.T, r *Rules, in Input) celedger.PersonLedger {
	t.Helper()
	pl, err := r.Reconcile(in)
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

func TestAllocation(t *testing.T) {
	mb, sa, bb, ch, gen := celedger.AreaMicrobiology, celedger.AreaSafety, celedger.AreaBloodBanking, celedger.AreaChemistry, celedger.AreaGeneral
	tests := []struct {
		name  string
		rs    RuleSet
		acts  []celedger.Activity
		want  map[string]string // source -> "area|reason substring"
		short map[celedger.Area]celedger.Points
	}{
		{"greedy order would fill microbiology first",
			ruleSet(false, mini(mb, 200), mini(sa, 100)),
			[]celedger.Activity{
				two("a.csv:2", "Biosafety in the Microbiology Lab", mb, sa, "2025-01-01", "1"),
				act("a.csv:3", "Microbiology: Gram Stain", mb, "2025-02-01", "2")},
			map[string]string{
				"a.csv:2": "safety|1 point to safety (microbiology already met)",
				"a.csv:3": "microbiology|2 points to microbiology (minimum 2)"},
			map[celedger.Area]celedger.Points{mb: 0, sa: 0}},
		{"own area kept when both needed equally",
			ruleSet(false, mini(mb, 200), mini(sa, 100)),
			[]celedger.Activity{
				two("a.csv:2", "Biosafety in the Microbiology Lab", mb, sa, "2025-01-01", "2")},
			map[string]string{"a.csv:2": "microbiology|2 points to microbiology (minimum 2)"},
			map[celedger.Area]celedger.Points{mb: 0, sa: 100}},
		{"chain: three activities, exact search",
			ruleSet(false, mini(bb, 200), mini(ch, 200), mini(sa, 100)),
			[]celedger.Activity{
				two("a.csv:2", "Transfusion Chemistry", bb, ch, "2025-01-01", "2"),
				two("a.csv:3", "Blood Bank Safety", sa, bb, "2025-01-02", "2"),
				act("a.csv:4", "Chemical Hygiene", sa, "2025-01-03", "1")},
			map[string]string{
				"a.csv:2": "chemistry|2 points to chemistry (blood banking already met)",
				"a.csv:3": "blood_banking|2 points to blood banking (safety already met)",
				"a.csv:4": "safety|1 point to safety (minimum 1)"},
			map[celedger.Area]celedger.Points{bb: 0, ch: 0, sa: 0}},
		{"candidate without evidence of its own is not eligible",
			ruleSet(false, mini(mb, 200), mini(sa, 100)),
			[]celedger.Activity{
				with(act("a.csv:2", "Microbiology: Gram Stain", mb, "2025-01-01", "2"), func(x *celedger.Activity) {
					x.Class.Candidates = []celedger.Candidate{{Area: sa, Score: 0.5}}
				}),
				act("a.csv:3", "Microbiology: Culture", mb, "2025-01-02", "2")},
			map[string]string{"a.csv:2": "microbiology|", "a.csv:3": "microbiology|"},
			map[celedger.Area]celedger.Points{sa: 100}},
		{"no split: a whole activity",
			ruleSet(false, mini(mb, 100), mini(sa, 100)),
			[]celedger.Activity{two("a.csv:2", "Biosafety in Microbiology", mb, sa, "2025-01-01", "2")},
			map[string]string{"a.csv:2": "microbiology|2 points to microbiology (minimum 1)"},
			map[celedger.Area]celedger.Points{mb: 0, sa: 100}},
		{"split allowed: max-flow divides it",
			ruleSet(true, mini(mb, 100), mini(sa, 100)),
			[]celedger.Activity{two("a.csv:2", "Biosafety in Microbiology", mb, sa, "2025-01-01", "2")},
			map[string]string{"a.csv:2": "microbiology|1 point to microbiology (minimum 1), 1 point to safety"},
			map[celedger.Area]celedger.Points{mb: 0, sa: 0}},
		{"area without a minimum goes to the rest",
			ruleSet(false, mini(sa, 100)),
			[]celedger.Activity{act("a.csv:2", "Clinical Chemistry: Electrolytes", ch, "2025-01-01", "1.5")},
			map[string]string{"a.csv:2": "general|1.5 points to the rest"},
			map[celedger.Area]celedger.Points{sa: 100, gen: 0}},
		{"keyword minimum",
			ruleSet(false, Minimum{Area: "molecular", Points: 200, Grade: GradeStated, Keywords: []string{"pcr"}}),
			[]celedger.Activity{act("a.csv:2", "Real-Time PCR Basics", gen, "2025-01-01", "2")},
			map[string]string{"a.csv:2": "molecular|2 points to molecular (minimum 2)"},
			map[celedger.Area]celedger.Points{"molecular": 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pl := allocateFor(t, tt.rs, tt.acts...)
			for src, w := range tt.want {
				to, reason, _ := strings.Cut(w, "|")
				e := entry(t, pl, src)
				if string(e.AllocatedTo) != to || !strings.Contains(e.Reason, reason) {
					t.Errorf("%s: to %s %q, want %s %q", src, e.AllocatedTo, e.Reason, to, reason)
				}
			}
			for a, s := range tt.short {
				if got := area(pl, a).Short; got != s {
					t.Errorf("%s short %s, want %s", a, got, s)
				}
			}
		})
	}
}

// TestAllocationSplitShares checks the shares a split line records.
func TestAllocationSplitShares(t *testing.T) {
	mb, sa := celedger.AreaMicrobiology, celedger.AreaSafety
	pl := allocateFor(t, ruleSet(true, mini(mb, 100), mini(sa, 100)), two("a.csv:2", "Biosafety in Microbiology", mb, sa, "2025-01-01", "2.5"))
	e := pl.Activities[0]
	// A course of two areas leaves what no minimum needs to the rest.
	want := []celedger.Allocation{{Area: mb, Points: 100}, {Area: sa, Points: 100}, {Area: celedger.AreaGeneral, Points: 50}}
	if fmt.Sprint(e.Allocations) != fmt.Sprint(want) || e.AllocatedTo != mb {
		t.Errorf("allocations %v to %s, want %v", e.Allocations, e.AllocatedTo, want)
	}
	if area(pl, mb).Allocated != 100 || area(pl, sa).Allocated != 100 || area(pl, celedger.AreaGeneral).Allocated != 50 {
		t.Errorf("areas %v", pl.Areas)
	}
}

func TestMultiCredential(t *testing.T) {
	acts := []celedger.Activity{
		act("a.csv:2", "Blood Bank: Antibody Identification", celedger.AreaBloodBanking, "2025-01-10", "10"),
		act("a.csv:3", "Laboratory Safety: Chemical Hygiene", celedger.AreaSafety, "2025-02-10", "1"),
		act("a.csv:4", "Medical Ethics in the Laboratory", celedger.AreaEthics, "2025-03-10", "1"),
	}
	mls, sbb := run(t, input("MLS", acts...)), run(t, input("SBB", acts...))
	if mls.Points != 1200 || sbb.Points != 1200 {
		t.Errorf("points MLS %s SBB %s, want 12 each: one activity counts for both", mls.Points, sbb.Points)
	}
	if area(sbb, celedger.AreaBloodBanking).Short != 0 || area(mls, celedger.AreaChemistry).Short != 200 {
		t.Errorf("SBB bb %v, MLS chemistry %v", area(sbb, celedger.AreaBloodBanking), area(mls, celedger.AreaChemistry))
	}
	if !strings.Contains(strings.Join(sbb.Unconfirmed, "|"), "SBB area split (unconfirmed): Medical ethics 1") || len(mls.Unconfirmed) != 0 {
		t.Errorf("unconfirmed: SBB %v, MLS %v", sbb.Unconfirmed, mls.Unconfirmed)
	}
	if mls.RuleSet != "MLS from 2022-01-01" || sbb.RuleSet != "SBB from 2005-01-01" {
		t.Errorf("rule sets %q %q", mls.RuleSet, sbb.RuleSet)
	}
}

func TestStatus(t *testing.T) {
	full := []celedger.Activity{
		act("a.csv:2", "Blood Bank: Antibody Identification", celedger.AreaBloodBanking, "2025-01-10", "2"),
		act("a.csv:3", "Clinical Chemistry: Electrolytes", celedger.AreaChemistry, "2025-01-11", "2"),
		act("a.csv:4", "Hematology: Anemia Review", celedger.AreaHematology, "2025-01-12", "2"),
		act("a.csv:5", "Microbiology: Gram Stain", celedger.AreaMicrobiology, "2025-01-13", "2"),
		act("a.csv:6", "Laboratory Safety: Chemical Hygiene", celedger.AreaSafety, "2025-01-14", "1"),
		act("a.csv:7", "Medical Ethics in the Laboratory", celedger.AreaEthics, "2025-01-15", "1"),
		act("a.csv:8", "Urinalysis Review", celedger.AreaGeneral, "2025-01-16", "26"),
	}
	unknown := act("b.csv:2", "Grand Rounds", "", "2025-02-01", "2")
	tests := []struct {
		name   string
		acts   []celedger.Activity
		asOf   string
		status celedger.PersonStatus
		note   string
	}{
		{"exactly compliant", full, "2026-11-24", celedger.PersonCompliant, ""},
		{"compliant with a review line", append(append([]celedger.Activity{}, full...), unknown), "2026-11-24", celedger.PersonCompliant, ""},
		{"short only in ethics", append(append([]celedger.Activity{}, full[:5]...), act("a.csv:8", "Urinalysis Review", celedger.AreaGeneral, "2025-01-16", "27")), "2026-11-24", celedger.PersonShort, "short: ethics 1"},
		{"short though a review line counted", append(append([]celedger.Activity{}, full[:6]...), unknown), "2026-11-24", celedger.PersonShort, "short even if the line in review counted"},
		{"short in ethics, a review line could fill it", append(append([]celedger.Activity{}, full[:5]...), act("a.csv:8", "Urinalysis Review", celedger.AreaGeneral, "2025-01-16", "27"), unknown), "2026-11-24", celedger.PersonReview, `review decides: "Grand Rounds" (b.csv:2)`},
		{"short in total", full[:6], "2026-11-24", celedger.PersonShort, "short: total 26"},
		{"expired", full[:6], "2027-07-01", celedger.PersonExpired, "short: total 26"},
		{"compliant after the cycle end", full, "2027-07-01", celedger.PersonCompliant, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input("MLS", tt.acts...)
			in.AsOf = d(tt.asOf)
			pl := run(t, in)
			notes := strings.Join(pl.Notes, "|")
			if pl.Status != tt.status || tt.note != "" && !strings.Contains(notes, tt.note) || tt.note == "" && strings.Contains(notes, "short") {
				t.Errorf("status %s notes %q, want %s %q", pl.Status, notes, tt.status, tt.note)
			}
		})
	}
}

func TestNotChecked(t *testing.T) {
	in := input("FL", act("a.csv:2", "HIV/AIDS Update for Laboratory Staff", celedger.AreaGeneral, "2026-01-10", "1"))
	in.CycleEnd = d("2026-12-31")
	pl := run(t, in)
	if area(pl, "hiv_aids").Allocated != 100 || !strings.Contains(strings.Join(pl.Notes, "|"), "licensed category") {
		t.Errorf("FL: areas %v notes %v", pl.Areas, pl.Notes)
	}
}

// TestSingleActivityRequirement: Florida's 2-hour course on the prevention
// of medical errors is one course of 2 hours; two 1-hour courses do not
// meet it. A title naming the subject counts for it without an area
// review, though the classifier found no CMP area.
func TestSingleActivityRequirement(t *testing.T) {
	fl := func(acts ...celedger.Activity) celedger.PersonLedger {
		in := input("FL", acts...)
		in.CycleEnd = d("2026-12-31")
		return run(t, in)
	}
	two := fl(act("a.csv:2", "Preventing Medical Errors, Part 1", "", "2026-01-10", "1"),
		act("a.csv:3", "Preventing Medical Errors, Part 2", "", "2026-01-11", "1"))
	if got := area(two, "medical_errors"); got.Allocated != 0 || got.Short != 200 {
		t.Errorf("two 1-hour courses: medical errors %+v, want unmet", got)
	}
	if e := entry(t, two, "a.csv:2"); e.Status != celedger.StatusCounted || !strings.Contains(e.Reason, `counts toward Prevention of medical errors: its title names "medical errors"`) {
		t.Errorf("a title naming the subject: %s %q", e.Status, e.Reason)
	}
	one := fl(act("a.csv:2", "Prevention of Medical Errors in the Laboratory", "", "2026-01-10", "2"))
	if got := area(one, "medical_errors"); got.Allocated != 200 || got.Short != 0 {
		t.Errorf("one 2-hour course: medical errors %+v, want met", got)
	}
}

func TestDeterministicOrder(t *testing.T) {
	acts := []celedger.Activity{
		act("b.csv:3", "Microbiology: Gram Stain", celedger.AreaMicrobiology, "2025-01-01", "1"),
		act("a.csv:9", "Microbiology: Gram Stain", celedger.AreaMicrobiology, "2025-01-01", "1"),
	}
	one := run(t, input("MLS", acts...))
	two := run(t, input("MLS", acts[1], acts[0]))
	if fmt.Sprint(one) != fmt.Sprint(two) {
		t.Error("input order changed the ledger")
	}
	if e := entry(t, one, "b.csv:3"); e.Status != celedger.StatusDuplicate || !strings.Contains(e.Reason, "a.csv:9") {
		t.Errorf("kept line is not the earliest source: %s %q", e.Status, e.Reason)
	}
}

// FuzzTitleSimilarity checks that the score is symmetric, within 0..1, and
// 1 for a title against itself (when it has any token).
func FuzzTitleSimilarity(f *testing.F) {
	f.Add("Clinical Microbiology Update: Antimicrobial Susceptibility Testing", "Antimicrobial Susceptibility Testing")
	f.Add("Transfusion Reactions: Recognition and Workup", "Transfusion Reactions")
	f.Add("Bloodborne Pathogens Annual Update", "Hematology Case Studies: Anemias")
	f.Fuzz(func(t *testing.T, a, b string) {
		ta, tb := titleTokens(a), titleTokens(b)
		s1, s2 := titleSimilarity(ta, tb), titleSimilarity(tb, ta)
		if s1 != s2 || s1 < 0 || s1 > 1 {
			t.Fatalf("sim(%q,%q) = %v / %v", a, b, s1, s2)
		}
		if len(ta) > 0 && titleSimilarity(ta, ta) != 1 {
			t.Fatalf("sim(%q, itself) = %v", a, titleSimilarity(ta, ta))
		}
	})
}

func TestRuleSetCheck(t *testing.T) {
	good := RuleSet{ID: "X", Credentials: []string{"X"}, EffectiveFrom: d("2022-01-01"), CycleYears: 3, Total: 3600,
		Grade: "V", TotalGrade: "S", Minimums: []Minimum{mini(celedger.AreaSafety, 100)}}
	if err := good.check(); err != nil {
		t.Fatalf("good rule set: %v", err)
	}
	tests := []struct {
		name  string
		spoil func(*RuleSet)
	}{
		{"no id", func(s *RuleSet) { s.ID = "" }},
		{"no effective date", func(s *RuleSet) { s.EffectiveFrom = celedger.Date{} }},
		{"no cycle", func(s *RuleSet) { s.CycleYears = 0 }},
		{"no total", func(s *RuleSet) { s.Total = 0 }},
		{"bad grade", func(s *RuleSet) { s.Grade = "X" }},
		{"bad cap", func(s *RuleSet) { s.AcademicCap = 120 }},
		{"general minimum", func(s *RuleSet) { s.Minimums = []Minimum{mini(celedger.AreaGeneral, 100)} }},
		{"area twice", func(s *RuleSet) { s.Minimums = append(s.Minimums, mini(celedger.AreaSafety, 100)) }},
		{"minimum grade", func(s *RuleSet) { s.Minimums = []Minimum{{Area: celedger.AreaSafety, Points: 100}} }},
	}
	for _, tt := range tests {
		s := good
		s.Minimums = append([]Minimum(nil), good.Minimums...)
		tt.spoil(&s)
		if err := s.check(); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
}
