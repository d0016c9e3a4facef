package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
)

func TestNeutral(t *testing.T) {
	tests := map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1+1":                     "'+1+1",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\tcmd":                    "'\tcmd",
		"\rcmd":                    "'\rcmd",
		"-1.5":                     "-1.5",
		"Coagulation":              "Coagulation",
		"":                         "",
		"a=b":                      "a=b",
	}
	for in, want := range tests {
		if got := Neutral(in); got != want {
			t.Errorf("Neutral(%q) = %q, want %q", in, got, want)
		}
	}
}

func sampleLedger() *celedger.Ledger {
	return &celedger.Ledger{
		AsOf:  celedger.MustDate("2026-11-24"),
		Files: []celedger.FileResult{{Path: "in/a.csv", Format: "ce-generic-csv", Status: celedger.FileImported, Records: 1, Error: "line 3: Date: invalid date \"x\"", Problems: []string{"line 3: Date: invalid date \"x\"", "line 4: Title: missing title"}}},
		People: []celedger.PersonLedger{{
			Name: "=cmd|' /C calc'!A0", Credential: "MLS", Required: 3600,
			Activities: []celedger.Entry{{Title: "@SUM(1+1)", Completed: celedger.MustDate("2025-01-02"), Credits: 150, Unit: celedger.UnitCMLE, Points: 150,
				Status: celedger.StatusCounted, Sources: []celedger.Source{{Path: "in/a.csv", Line: 2}}}},
		}},
	}
}

func TestLedgerCSVNeutralisesFormulas(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteLedgerCSV(&buf, sampleLedger()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("rows = %d, want header + 1", len(rows))
	}
	for _, cell := range rows[1] {
		if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) {
			t.Errorf("cell %q would run as a formula", cell)
		}
	}
	if rows[1][0] != "'=cmd|' /C calc'!A0" || rows[1][3] != "'@SUM(1+1)" || rows[1][7] != "1.5" {
		t.Errorf("row = %q", rows[1])
	}
}

func TestImportLogHasEveryProblem(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteImportLog(&buf, sampleLedger()); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&buf).ReadAll()
	if len(rows) != 3 || rows[1][2] != "imported" || rows[2][2] != "problem" || rows[2][4] != "line 4: Title: missing title" {
		t.Errorf("import log rows = %q", rows)
	}
}

func TestWriteFileStaysInDir(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"../escape.json", "sub/x.json", "/etc/passwd"} {
		if err := WriteFile(dir, name, func(io.Writer) error { return nil }); err == nil {
			t.Errorf("WriteFile(%q) succeeded; outputs must stay in the folder", name)
		}
	}
	if err := WriteFile(dir, "ok.json", func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err }); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "ok.json" {
		t.Errorf("folder holds %v, want only ok.json (no temporary file left)", entries)
	}
}

func TestWriteFileKeepsOldOnFailure(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ledger.json"), []byte("old"), 0o644)
	err := WriteFile(dir, "ledger.json", func(w io.Writer) error {
		io.WriteString(w, "half")
		return io.ErrUnexpectedEOF
	})
	if err == nil {
		t.Fatal("want the writer's error")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "ledger.json")); string(b) != "old" {
		t.Errorf("ledger.json = %q: an interrupted write must leave the old file", b)
	}
}

func TestSummary(t *testing.T) {
	l := sampleLedger()
	l.People[0].CycleEnd = celedger.MustDate("2027-06-30")
	l.People[0].CycleStart = celedger.MustDate("2024-07-01")
	l.People[0].SubmitBy = celedger.MustDate("2027-05-31")
	l.People[0].DeclarationOpens = celedger.MustDate("2027-04-01")
	l.People[0].DaysToSubmit = 188
	l.People[0].Status = celedger.PersonShort
	l.People[0].Points, l.People[0].Short = 150, 3450
	l.People[0].Areas = []celedger.AreaLedger{{Area: celedger.AreaEthics, Required: 100, Short: 100}}
	l.People[0].Unconfirmed = []string{"SBB area split (unconfirmed): Medical ethics 1"}
	var buf bytes.Buffer
	WriteSummary(&buf, l, nil)
	for _, want := range []string{"short: 1.5 of 36 points, 34.5 to go", "ethics 0/1 short 1", "submit by 2027-05-31 (188 days)", "files: 1 read · 1 imported · 0 skipped · 0 failed · 1 record · 2 row problems",
		"note: rests on rules not confirmed: SBB area split (unconfirmed): Medical ethics 1"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, buf.String())
		}
	}
	var page bytes.Buffer
	if err := WriteHTML(&page, l); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), "rests on rules not confirmed: SBB area split") {
		t.Error("report.html does not show the unconfirmed rule")
	}
}

// WriteJSON streams the ledger one person at a time; its bytes must be
// those of json.Encoder on the whole Ledger, which the contract was
// written against (HTML characters unescaped, nil and empty lists apart).
func TestWriteJSONMatchesEncoder(t *testing.T) {
	for name, l := range map[string]*celedger.Ledger{
		"zero":   {},
		"empty":  {Files: []celedger.FileResult{}, People: []celedger.PersonLedger{}},
		"sample": sampleLedger(),
		"xlsx":   smallLedger(),
	} {
		var got, want bytes.Buffer
		if err := WriteJSON(&got, l); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(l); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: WriteJSON gave\n%s\nwant\n%s", name, got.String(), want.String())
		}
	}
}

// TestSummaryUrgencyAndShow: the summary lists the most urgent first, and
// -show keeps only the groups it names, saying how many it left out.
func TestSummaryUrgencyAndShow(t *testing.T) {
	person := func(name string, st celedger.PersonStatus, days int) celedger.PersonLedger {
		return celedger.PersonLedger{Name: name, Credential: "MLS", Status: st, DaysToSubmit: days,
			CycleEnd: celedger.MustDate("2027-06-30"), SubmitBy: celedger.MustDate("2027-05-31")}
	}
	l := &celedger.Ledger{People: []celedger.PersonLedger{
		person("Ada Compliant", celedger.PersonCompliant, 200),
		person("Bo Short", celedger.PersonShort, 40),
		person("Cy Review", celedger.PersonReview, 300),
		person("Di Expired", celedger.PersonExpired, -20),
	}}
	var all bytes.Buffer
	WriteSummary(&all, l, nil)
	order := []string{"Di Expired", "Bo Short", "Ada Compliant", "Cy Review"}
	last := -1
	for _, name := range order {
		at := strings.Index(all.String(), name)
		if at < last {
			t.Errorf("%s out of urgency order:\n%s", name, all.String())
		}
		last = at
	}
	var some bytes.Buffer
	WriteSummary(&some, l, []string{"review", "due"})
	for name, want := range map[string]bool{"Bo Short": true, "Cy Review": true, "Di Expired": true, "Ada Compliant": false} {
		if strings.Contains(some.String(), name) != want {
			t.Errorf("-show review,due: %s shown %v, want %v:\n%s", name, !want, want, some.String())
		}
	}
	if !strings.Contains(some.String(), "(1 not shown: -show review,due)") {
		t.Errorf("no count of the people left out:\n%s", some.String())
	}
}

// TestWriteReminders: reminders.csv holds the people who need action, most
// urgent first, with what is still needed and the lines waiting for review.
func TestWriteReminders(t *testing.T) {
	person := func(name string, st celedger.PersonStatus, days int) celedger.PersonLedger {
		return celedger.PersonLedger{Name: name, Email: strings.ToLower(strings.Fields(name)[0]) + "@example.org", Credential: "MLS", Status: st, DaysToSubmit: days,
			CycleEnd: celedger.MustDate("2027-06-30"), SubmitBy: celedger.MustDate("2027-05-31")}
	}
	short := person("Bo Short", celedger.PersonShort, 300)
	short.Short = 450
	short.Areas = []celedger.AreaLedger{{Area: celedger.AreaChemistry, Required: 200, Allocated: 100, Short: 100}}
	short.ReviewCount = 1
	short.Notes = []string{celedger.NoteNoDocuments, "short: chemistry 1"}
	short.Activities = []celedger.Entry{{Title: "AST", Status: celedger.StatusReview}, {Title: "Counted", Status: celedger.StatusCounted}}
	l := &celedger.Ledger{People: []celedger.PersonLedger{person("Ada Compliant", celedger.PersonCompliant, 200), short, person("Di Due", celedger.PersonCompliant, 20)}}
	var b strings.Builder
	if err := WriteReminders(&b, l); err != nil {
		t.Fatal(err)
	}
	want := UTF8BOM + `person,person_id,email,department,credential,status,still_needed,still_needed_areas,submit_by,days_left,lines_to_review,titles_to_review,note
Di Due,,di@example.org,,MLS,compliant,,,2027-05-31,20,0,,
Bo Short,,bo@example.org,,MLS,short,4.5,chemistry 1,2027-05-31,300,1,AST,no documents found for this person
`
	if b.String() != want {
		t.Errorf("reminders.csv:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestWhyRemind: a reminder row with no shortfall says why it is there.
func TestWhyRemind(t *testing.T) {
	asOf := celedger.MustDate("2026-11-24")
	p := celedger.PersonLedger{Status: celedger.PersonCompliant, DeclarationOpens: celedger.MustDate("2026-11-02"),
		CycleEnd: celedger.MustDate("2026-12-31"), SubmitBy: celedger.MustDate("2026-12-01")}
	for _, tt := range []struct {
		status celedger.PersonStatus
		opens  string
		want   string
	}{
		{celedger.PersonCompliant, "2026-11-02", "ready to declare: the declaration opened 2026-11-02"},
		{celedger.PersonCompliant, "2026-12-02", "ready to declare when the declaration opens 2026-12-02"},
		{celedger.PersonExpired, "2026-11-02", "cycle ended 2026-12-31 without a declaration (submit-by 2026-12-01 passed)"},
		{celedger.PersonShort, "2026-11-02", ""},
	} {
		p.Status, p.DeclarationOpens = tt.status, celedger.MustDate(tt.opens)
		if got := strings.Join(whyRemind(&p, asOf), "; "); got != tt.want {
			t.Errorf("%s, opens %s: %q, want %q", tt.status, tt.opens, got, tt.want)
		}
	}
	// Compliant, with the submit-by date passed and the cycle still open.
	p.Status, p.DeclarationOpens = celedger.PersonCompliant, celedger.MustDate("2026-11-02")
	if got, want := strings.Join(whyRemind(&p, celedger.MustDate("2026-12-04")), "; "), "ready to declare, and late: submit-by 2026-12-01 passed; declare before the cycle ends 2026-12-31"; got != want {
		t.Errorf("late: %q, want %q", got, want)
	}
	p.Status = celedger.PersonShort // short, due today, then late
	if got, want := strings.Join(whyRemind(&p, celedger.MustDate("2026-12-01")), "; "), "submit-by is today (2026-12-01); the cycle ends 2026-12-31"; got != want {
		t.Errorf("short and due today: %q, want %q", got, want)
	}
	if got, want := strings.Join(whyRemind(&p, celedger.MustDate("2026-12-04")), "; "), "submit-by 2026-12-01 passed; the cycle ends 2026-12-31"; got != want {
		t.Errorf("short and late: %q, want %q", got, want)
	}
}

// TestCountedText: the counted_points column sums to the person's points:
// a line's points, less under a cap, 0 when the line does not count.
func TestCountedText(t *testing.T) {
	capped := celedger.Points(150)
	for _, tt := range []struct {
		e    celedger.Entry
		want string
	}{
		{celedger.Entry{Points: 200, Status: celedger.StatusCounted}, "2"},
		{celedger.Entry{Points: 300, CountedPoints: &capped, Status: celedger.StatusCounted}, "1.5"},
		{celedger.Entry{Points: 200, Status: celedger.StatusDuplicate}, "0"},
		{celedger.Entry{Points: 200, Status: celedger.StatusReview}, "0"},
	} {
		if got := countedText(tt.e); got != tt.want {
			t.Errorf("%s %s: %q, want %q", tt.e.Status, tt.e.Points, got, tt.want)
		}
	}
}

// TestRemindersHeldPerson: a person held because two roster people share
// the name needs nothing from anyone but a decision; the row says whom to
// ask, with their e-mails, instead of a point shortfall nobody has.
func TestRemindersHeldPerson(t *testing.T) {
	held := celedger.PersonLedger{Name: "Chris Morgan", Credential: "MLS", Status: celedger.PersonReview, Short: 3600, ReviewCount: 1,
		Areas:      []celedger.AreaLedger{{Area: celedger.AreaChemistry, Required: 200, Short: 200}},
		Notes:      []string{celedger.NotePersonNotSettled + `: name "Chris Morgan" matches 2 roster people: Chris Morgan (ID 1), Chris Morgan (ID 2)`},
		Activities: []celedger.Entry{{Title: "Parasitology Review", Status: celedger.StatusReview}}}
	one := celedger.PersonLedger{Name: "Chris  MORGAN", ID: "1", Email: "c.morgan@example.org", Credential: "MLS", Status: celedger.PersonCompliant}
	two := celedger.PersonLedger{Name: "Chris Morgan", ID: "2", Credential: "MLS", Status: celedger.PersonCompliant}
	var b strings.Builder
	if err := WriteReminders(&b, &celedger.Ledger{People: []celedger.PersonLedger{one, held, two}}); err != nil {
		t.Fatal(err)
	}
	want := `Chris Morgan,,,,MLS,review,,,,,1,Parasitology Review,"person not settled: ask Chris  MORGAN (ID 1, c.morgan@example.org) or Chris Morgan (ID 2) whose documents these are, then set assign_to in review.csv"`
	if !strings.Contains(b.String(), want) {
		t.Errorf("reminders.csv:\n%s\nwant a row:\n%s", b.String(), want)
	}
}

// TestChangeRowsOrder: rows alike but for their status sort alike from
// either order they arrive in.
func TestChangeRowsOrder(t *testing.T) {
	a := changeRow{Kind: "new line", Person: "Ulla A. Eze", What: "Hematology Case Studies: Anemias", After: "duplicate"}
	b := a
	b.After = "counted"
	x, y := []changeRow{a, b}, []changeRow{b, a}
	sortChangeRows(x)
	sortChangeRows(y)
	if x[0] != y[0] || x[0].After != "counted" {
		t.Errorf("order %v / %v", x, y)
	}
}

// TestDaysText: the summary's "submit by" distance reads as English on
// both sides of today.
func TestDaysText(t *testing.T) {
	for d, want := range map[int]string{-2: "2 days ago", -1: "yesterday", 0: "today", 1: "tomorrow", 7: "7 days"} {
		if got := daysText(d); got != want {
			t.Errorf("daysText(%d) = %q, want %q", d, got, want)
		}
	}
}
