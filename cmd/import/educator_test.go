package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
	"celedger/parsers"
)

func runImport(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestStaffSamples(t *testing.T) {
	dir := t.TempDir()
	code, out, stderr := runImport(t, "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", dir, "../../samples/staff/")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if strings.Contains(stderr, "reading ") {
		t.Error("progress bar drawn on a non-terminal")
	}
	l := readLedger(t, dir)
	records, lines := 0, 0
	for _, f := range l.Files {
		if f.Format != parsers.RosterFormat {
			records += f.Records
		}
	}
	people := map[string]celedger.PersonLedger{}
	for _, p := range l.People {
		people[p.Name+"|"+p.ID] = p
		if p.Credential == "MLS" {
			lines += len(p.Activities)
		}
		for _, e := range p.Activities {
			if e.Matched == "" {
				t.Errorf("%s: %q has no Matched", p.Name, e.Title)
			}
		}
	}
	if records != lines {
		t.Errorf("%d records read, %d ledger lines: a record was dropped or doubled", records, lines)
	}
	checks := []struct {
		key     string
		status  celedger.PersonStatus
		matched string
	}{
		{"Seán O'Brien|00412233", celedger.PersonShort, "roster id 00412233"},
		{"Mary-Kate Smith|00398812", celedger.PersonCompliant, "roster name"}, // "Chemistry Quality Control Workshop" is chemistry
		{"Priya Natarajan|00555001", celedger.PersonShort, "roster name"},
		{"José Álvarez|00587310", celedger.PersonShort, "roster e-mail"},
		{"Chris Morgan|05550101", celedger.PersonShort, "roster id 05550101"},
		{"Chris Morgan|", celedger.PersonReview, "not settled: name \"Chris Morgan\" matches 2 roster people"},
		{"Tomás Ruiz|00611002", celedger.PersonExpired, "roster name"},
		{"Grace Kim|00622003", celedger.PersonShort, "folder ../../samples/staff/downloads.zip!/grace-kim"},
		{"Hannah Lee|00777001", celedger.PersonShort, ""},
		{"Chris Morgan|05550202", celedger.PersonShort, ""},
	}
	for _, c := range checks {
		p, ok := people[c.key]
		if !ok {
			t.Errorf("no ledger for %s", c.key)
			continue
		}
		if p.Status != c.status {
			t.Errorf("%s: status %s, want %s", c.key, p.Status, c.status)
		}
		if c.matched == "" {
			if len(p.Activities) != 0 || p.Points != 0 {
				t.Errorf("%s: want no documents, got %d lines", c.key, len(p.Activities))
			}
			continue
		}
		found := false
		for _, e := range p.Activities {
			found = found || strings.HasPrefix(e.Matched, c.matched)
		}
		if !found {
			t.Errorf("%s: no line matched by %q", c.key, c.matched)
		}
	}
	if len(people) != len(checks) {
		t.Errorf("%d ledgers, want %d", len(people), len(checks))
	}
	if !strings.Contains(out, "people: 9 and 1 not settled, 11 credential ledgers: 1 compliant · 8 short · 1 review · 1 expired") {
		t.Errorf("summary:\n%s", out)
	}
	logged := 0
	for _, f := range l.Files {
		if strings.HasSuffix(f.Path, "samples/staff/roster.csv") {
			logged++
		}
	}
	if logged != 1 || strings.Contains(stderr, "roster.csv") {
		t.Errorf("the -roster file among the inputs: want it in the import log once, as read, and not on stderr (logged %d times):\n%s", logged, stderr)
	}
	html, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil || !bytes.Contains(html, []byte("Hannah Lee")) {
		t.Errorf("report.html: %v", err)
	}
}

func TestPersonFlag(t *testing.T) {
	code, out, _ := runImport(t, "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", t.TempDir(), "-person", "412233", "../../samples/staff/")
	if code != exitOK || !strings.HasPrefix(out, "Seán O'Brien (00412233)") || !strings.Contains(out, "matched: folder ../../samples/staff/sean-obrien") {
		t.Errorf("exit %d\n%s", code, out)
	}
	code, _, stderr := runImport(t, "-as-of", "2026-11-24", "-out", t.TempDir(), "-person", "Nobody Here", "../../samples/staff/")
	if code != exitError || !strings.Contains(stderr, `celedger: error: no person "Nobody Here"`) {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	// A family-first form, accents and capitals aside, is the same name.
	code, out, _ = runImport(t, "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", t.TempDir(), "-person", "OBRIEN, Sean", "../../samples/staff/")
	if code != exitOK || !strings.HasPrefix(out, "Seán O'Brien (00412233)") {
		t.Errorf("family-first form: exit %d\n%s", code, out)
	}
	code, _, stderr = runImport(t, "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", t.TempDir(), "-person", "Sean O'Brian", "../../samples/staff/")
	if code != exitError || !strings.Contains(stderr, `celedger: hint: did you mean "Seán O'Brien"?`) {
		t.Errorf("a misspelled name: exit %d\n%s", code, stderr)
	}
}

func TestRosterErrors(t *testing.T) {
	code, _, stderr := runImport(t, "-roster", "no-such-roster.csv", "-out", t.TempDir(), "../../samples/staff/")
	if code != exitUsage || !strings.Contains(stderr, "celedger: error: -roster no-such-roster.csv: no such file or folder") {
		t.Errorf("missing roster: exit %d\n%s", code, stderr)
	}
	// A roster named from the folder above it: the input folder holds it.
	code, _, stderr = runImport(t, "-roster", "roster.csv", "-out", t.TempDir(), "../../samples/staff/")
	if code != exitUsage || !strings.Contains(stderr, "celedger: hint: did you mean ../../samples/staff/roster.csv?") {
		t.Errorf("roster given without its folder: exit %d\n%s", code, stderr)
	}
	bad := filepath.Join(t.TempDir(), "r.csv")
	os.WriteFile(bad, []byte("name,id,email,credential,cycle_end,department,shift\nJane Roe,1,,MLS,2027-13-01,,\nJo Poe,2,,MLS,2027-06-30,,\n"), 0o644)
	code, _, stderr = runImport(t, "-q", "-roster", bad, "-out", t.TempDir(), "../../samples/staff/sean-obrien")
	if code != exitOK || !strings.Contains(stderr, bad+":2: Cycle End: invalid date \"2027-13-01\"") {
		t.Errorf("bad roster row: exit %d\n%s", code, stderr)
	}
}
