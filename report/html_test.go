package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"celedger"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// hostile strings a document may carry: they must reach the page as text.
const (
	hostileTitle = `<script>alert(1)</script>`
	hostileName  = `../../etc/passwd`
)

func area(a celedger.Area, req, got celedger.Points) celedger.AreaLedger {
	return celedger.AreaLedger{Area: a, Required: req, Allocated: got, Short: max(0, req-got)}
}

// testLedger is a small staff: one of each status, a hostile title and
// name, a held person with no cycle.
func testLedger() *celedger.Ledger {
	d := celedger.MustDate
	areas := func(bb, h celedger.Points) []celedger.AreaLedger {
		return []celedger.AreaLedger{area(celedger.AreaBloodBanking, 200, bb), area(celedger.AreaHematology, 200, h), area(celedger.AreaGeneral, 0, 1000)}
	}
	return &celedger.Ledger{
		AsOf: d("2026-11-24"),
		Files: []celedger.FileResult{
			{Path: "staff/a.csv", Format: "ascp-transcript-csv", Status: celedger.FileImported, Records: 2},
			{Path: "staff/roster.csv", Status: celedger.FileSkipped, Error: "staff roster: pass it with -roster"},
		},
		People: []celedger.PersonLedger{
			{Name: "Ada Compliant", ID: "001", Credential: "MLS", Department: "Core Lab", Status: celedger.PersonCompliant,
				CycleStart: d("2024-07-01"), CycleEnd: d("2027-06-30"), SubmitBy: d("2027-05-31"), DaysToSubmit: 188,
				Points: 3600, Required: 3600, Areas: areas(300, 250), CycleSource: "roster roster.csv:2",
				Activities: []celedger.Entry{{Title: hostileTitle, Provider: "ASCP", Completed: d("2025-03-04"), Credits: 150, Unit: celedger.UnitCMLE,
					Points: 150, Area: celedger.AreaHematology, AllocatedTo: celedger.AreaHematology, Status: celedger.StatusCounted,
					Reason: "1.5 points to hematology", Matched: "roster id 001", Sources: []celedger.Source{{Path: "staff/a.csv", Line: 7}}}}},
			{Name: hostileName, Credential: "MLS", Status: celedger.PersonReview, Required: 3600, Short: 3600, ReviewCount: 1, Areas: areas(0, 0),
				CycleSource: "unknown", Notes: []string{`person not settled: name "` + hostileName + `" is not on the roster`},
				Activities: []celedger.Entry{{Title: "Coagulation basics", Provider: "LabCE", Completed: d("2025-05-01"), Credits: 100, Unit: celedger.UnitContactHour,
					Points: 100, Area: celedger.AreaHematology, Status: celedger.StatusReview, Reason: "person not settled",
					Matched: "not settled", Sources: []celedger.Source{{Path: "staff.zip!/x/b.csv", Line: 3}}}}},
			{Name: "Bo Short", ID: "002", Credential: "MLS", Department: "Blood Bank", Shift: "Nights", Status: celedger.PersonShort,
				CycleStart: d("2024-02-01"), CycleEnd: d("2027-01-31"), SubmitBy: d("2027-01-01"), DaysToSubmit: 38,
				Points: 1200, Required: 3600, Short: 2400, Areas: areas(200, 0), CycleSource: "roster roster.csv:3",
				Notes: []string{"no documents found for this person"}, Activities: []celedger.Entry{}},
			{Name: "Cy Expired", ID: "003", Credential: "MLS", Department: "Core Lab", Status: celedger.PersonExpired,
				CycleStart: d("2023-11-01"), CycleEnd: d("2026-10-31"), SubmitBy: d("2026-10-01"), DaysToSubmit: -54,
				Points: 950, Required: 3600, Short: 2650, Areas: areas(0, 200), CycleSource: "roster roster.csv:4", Activities: []celedger.Entry{}},
		},
	}
}

func renderHTML(t *testing.T, l *celedger.Ledger) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, l); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestHTMLGolden(t *testing.T) {
	got := renderHTML(t, testLedger())
	golden := filepath.Join("testdata", "report.golden.html")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update)", err)
	}
	if got != string(want) {
		t.Errorf("report.html differs from %s (run go test ./report -update and review the diff)", golden)
	}
}

func TestHTMLEscapesAndStandsAlone(t *testing.T) {
	page := renderHTML(t, testLedger())
	if strings.Contains(page, hostileTitle) || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("activity title not escaped")
	}
	if !strings.Contains(page, hostileName) || strings.Contains(page, `id="../`) || strings.Contains(page, `href="../`) {
		t.Error("person name missing, or used in an id or link")
	}
	for _, bad := range []string{"<script", "<link", "src=", "http://", "https://", "@import", "url("} {
		if strings.Contains(page, bad) {
			t.Errorf("page is not self-contained: has %q", bad)
		}
	}
	if !strings.Contains(page, "@media print") || !strings.Contains(page, "break-before: page") {
		t.Error("no print styles")
	}
}

func TestHTMLUrgencyAndTally(t *testing.T) {
	l := testLedger()
	page := renderHTML(t, l)
	roster := page[strings.Index(page, `<table class="roster">`):]
	roster = roster[:strings.Index(roster, "</table>")]
	var order []string
	for _, m := range regexp.MustCompile(`<a href="#p\d+">([^<]*)</a>`).FindAllStringSubmatch(roster, -1) {
		order = append(order, m[1])
	}
	want := []string{"Cy Expired", "Bo Short", "Ada Compliant", hostileName}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Errorf("roster order %q, want %q", order, want)
	}
	// The terminal summary and the page count the same ledger the same way.
	var sum bytes.Buffer
	WriteSummary(&sum, l, nil)
	if !strings.Contains(sum.String(), "people: 3 and 1 not settled, 4 credential ledgers: 1 compliant · 1 short · 1 review · 1 expired · 1 to submit within 90 days") {
		t.Errorf("summary tally: %s", sum.String())
	}
	for _, card := range []string{"<b>1</b>compliant", "<b>1</b>short", "<b>1</b>review", "<b>1</b>expired", "<b>1</b>submit-by within 90 days"} {
		if !strings.Contains(page, card) {
			t.Errorf("page lacks %q", card)
		}
	}
}

// TestTallyCountsPeopleOnce: someone who holds two credentials has two
// ledger lines, and lines held until someone says whose they are belong
// to nobody yet; the summary says how many people those lines are.
func TestTallyCountsPeopleOnce(t *testing.T) {
	l := testLedger()
	second := l.People[0]
	second.Credential = "MB"
	l.People = append(l.People, second)
	var sum bytes.Buffer
	WriteSummary(&sum, l, nil)
	if !strings.Contains(sum.String(), "people: 3 and 1 not settled, 5 credential ledgers: 2 compliant · 1 short") {
		t.Errorf("summary tally: %s", sum.String())
	}
	if page := renderHTML(t, l); !strings.Contains(page, "3 people and 1 not settled, 5 credential ledgers") {
		t.Error("page does not count people once")
	}
}

func TestWritePersonDetail(t *testing.T) {
	l := testLedger()
	tests := []struct {
		query string
		n     int
		has   string
	}{
		{"ada compliant", 1, "matched: roster id 001"},
		{"1", 1, "Ada Compliant (001)"},
		{"  BO   short ", 1, "no activities"},
		{"expired", 1, "Cy Expired"},
		{"nobody", 0, ""},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if n, err := WritePersonDetail(&buf, l, tt.query); err != nil || n != tt.n || !strings.Contains(buf.String(), tt.has) {
			t.Errorf("%q: %d people, output %q; want %d with %q", tt.query, n, buf.String(), tt.n, tt.has)
		}
	}
}

// TestEvidenceLink: links from the output folder to the evidence, relative,
// escaped per segment; a zip member links to its archive; a PDF to its page.
func TestEvidenceLink(t *testing.T) {
	defer func(old string) { OutDir = old }(OutDir)
	OutDir = "ledger"
	for _, tt := range []struct {
		src  celedger.Source
		want string
	}{
		{celedger.Source{Path: "samples/pdf/cert one.pdf", Page: 2}, "../samples/pdf/cert%20one.pdf#page=2"},
		{celedger.Source{Path: "samples/staff.zip!/jane/cert.pdf", Page: 1}, "../samples/staff.zip"},
		{celedger.Source{Path: "samples/a#b.csv", Line: 7}, "../samples/a%23b.csv"},
	} {
		if got := EvidenceLink(tt.src); got != tt.want {
			t.Errorf("EvidenceLink(%v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
