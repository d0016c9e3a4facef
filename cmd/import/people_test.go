package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
)

// TestRosterServesItsFolder: without -roster, a roster found among the
// inputs serves the files in its folder; files elsewhere keep the names
// they print.
func TestRosterServesItsFolder(t *testing.T) {
	dir := t.TempDir()
	staff := filepath.Join(dir, "staff")
	os.MkdirAll(staff, 0o755)
	os.WriteFile(filepath.Join(staff, "roster.csv"), []byte("name,id,email,credential,cycle_end,department,shift\nAna Fictional,00900001,,MLS,2027-06-30,Core Lab,\nBen Invented,00900002,,MLS,2027-12-31,Micro,\n"), 0o644)
	os.WriteFile(filepath.Join(staff, "ana.csv"), []byte("Name:,ANA FICTIONAL\nCourse Title,Date,Contact Hours\nBlood Bank: Antibody Identification,2025-03-03,2\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "mine.csv"), []byte("Name:,Ana Fictional\nCycle End:,2026-12-31\nCourse Title,Date,Contact Hours\nHematology: Anemia Review,2025-03-03,2\n"), 0o644)

	out := t.TempDir()
	code, _, stderr := runCLI(t, "-out", out, "-as-of", "2026-11-24", dir)
	if code != exitOK || strings.Contains(stderr, "roster") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	l := readLedger(t, out)
	got := map[string]celedger.PersonLedger{}
	for _, p := range l.People {
		got[p.Name+"|"+p.ID+"|"+p.CycleEnd.String()] = p
	}
	// Ana in the staff folder is the roster's Ana (ID and cycle from the
	// roster); Ben has no documents; the Ana outside the folder is only
	// who her own document says.
	for _, key := range []string{"Ana Fictional|00900001|2027-06-30", "Ben Invented|00900002|2027-12-31", "Ana Fictional||2026-12-31"} {
		if _, ok := got[key]; !ok {
			t.Errorf("no ledger %s; have %v", key, keys(got))
		}
	}
	if p := got["Ana Fictional|00900001|2027-06-30"]; len(p.Activities) != 1 || p.Activities[0].Title != "Blood Bank: Antibody Identification" {
		t.Errorf("roster Ana's lines: %+v", p.Activities)
	}
	for _, f := range l.Files {
		if strings.HasSuffix(f.Path, "roster.csv") && (f.Status != celedger.FileImported || f.Records != 2 || len(f.Notes) == 0) {
			t.Errorf("roster in the import log: %+v", f)
		}
	}
}

func keys(m map[string]celedger.PersonLedger) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// TestRosterAboveHint: a person's folder read alone, whose log names
// nobody, gets a hint naming the roster one folder up.
func TestRosterAboveHint(t *testing.T) {
	_, _, stderr := runCLI(t, "-q", "-as-of", "2026-11-24", "-out", t.TempDir(), "../../samples/staff/sean-obrien/")
	if want := `celedger: hint: some documents name nobody (filed under "Unnamed"); a roster lies above the inputs: give -roster ../../samples/staff/roster.csv, or -name "Full Name"`; !strings.Contains(stderr, want) {
		t.Errorf("stderr:\n%s\nwant %s", stderr, want)
	}
}
