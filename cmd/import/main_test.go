package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
	"celedger/internal/isolate"
	"celedger/parsers"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestMain lets the test binary serve as the command's parse worker: the
// command starts workers by running its own executable, which in a test
// is this binary.
func TestMain(m *testing.M) {
	if isolate.IsWorker() {
		os.Exit(isolate.Serve(os.Stdin, os.Stdout))
	}
	os.Exit(m.Run())
}

// runCLI runs the command in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func readLedger(t *testing.T, dir string) celedger.Ledger {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "ledger.json"))
	if err != nil {
		t.Fatal(err)
	}
	var l celedger.Ledger
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatal(err)
	}
	return l
}

// TestSamplesLedgerGolden runs the README's main command on samples/ and
// compares ledger.json with testdata/samples-ledger.json.
func TestSamplesLedgerGolden(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "-out", out, "-as-of", "2026-11-24", "../../samples")
	if code != exitOK && code != exitBadInput {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	got, err := os.ReadFile(filepath.Join(out, "ledger.json"))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "samples-ledger.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/import -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("ledger.json differs from %s; run go test ./cmd/import -update and review the diff", golden)
	}
}

func TestLedgerContract(t *testing.T) {
	out := t.TempDir()
	runCLI(t, "-out", out, "-as-of", "2026-11-24", "../../samples")
	l := readLedger(t, out)
	if l.AsOf.String() != "2026-11-24" {
		t.Errorf("as_of = %s", l.AsOf)
	}
	// Every sample file is in files; every parsed record is an activity
	// with a status and a source, once per person (a person with several
	// credentials has the same activities in each ledger).
	records := 0
	for _, f := range l.Files {
		if f.Status == "" || f.Path == "" {
			t.Errorf("file entry without status or path: %+v", f)
		}
		if f.Format != parsers.RosterFormat {
			records += f.Records
		}
	}
	activities := 0
	seen := map[string]bool{}
	for _, p := range l.People {
		if p.Name == "" || p.Credential == "" || p.Required == 0 || len(p.Areas) == 0 {
			t.Errorf("person entry incomplete: %+v", p)
		}
		for _, e := range p.Activities {
			if e.Status == "" || len(e.Sources) == 0 || e.Sources[0].Path == "" || (e.Sources[0].Line == 0 && e.Sources[0].Page == 0) {
				t.Errorf("%s: activity without status or source: %+v", p.Name, e)
			}
			if e.Zone == "" {
				t.Errorf("%s: activity without a zone: %+v", p.Name, e)
			}
		}
		if key := p.Name + "|" + p.ID; !seen[key] {
			seen[key] = true
			activities += len(p.Activities)
		}
	}
	if activities != records {
		t.Errorf("%d records parsed but %d activities in the ledger", records, activities)
	}
	for _, name := range []string{"ledger.json", "ledger.csv", "import-log.csv"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("missing output: %v", err)
		}
	}
}

func TestSummaryNamesEachPerson(t *testing.T) {
	code, stdout, stderr := runCLI(t, "-out", t.TempDir(), "-as-of", "2026-11-24", "../../samples")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Maria Okafor", "Daniel Reyes", "submit by 2027-05-31", "submit by 2026-12-01", "files: "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, `inservice-log-2025.csv:7: Date: invalid date "02/30/2025"`) {
		t.Errorf("stderr lacks the bad row:\n%s", stderr)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	runCLI(t, "-out", a, "-as-of", "2026-11-24", "../../samples")
	runCLI(t, "-out", b, "-as-of", "2026-11-24", "../../samples")
	filepath.WalkDir(a, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, path)
		x, _ := os.ReadFile(path)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs over the same inputs", rel)
		}
		return nil
	})
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"help", []string{"-h"}, exitOK},
		{"no paths", []string{"-out", t.TempDir()}, exitUsage},
		{"unknown flag", []string{"-bogus", "x"}, exitUsage},
		{"bad date flag", []string{"-as-of", "soon", "x"}, exitUsage},
		{"missing input", []string{"-out", t.TempDir(), "does-not-exist.csv"}, exitUsage},
		{"flags after the paths", []string{"../../samples", "-out", t.TempDir(), "-as-of", "2026-11-24", "-q"}, exitOK},
		{"unknown credential", []string{"-out", t.TempDir(), "-credential", "XYZ", "../../samples"}, exitUsage},
		{"good", []string{"-out", t.TempDir(), "-as-of", "2026-11-24", "../../samples"}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, stderr := runCLI(t, tt.args...); code != tt.want {
				t.Errorf("exit %d, want %d\n%s", code, tt.want, stderr)
			}
		})
	}
}

func TestNameFlagForUnnamedDocuments(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "log.csv"), []byte("Course Title,Date,Contact Hours\nGram Stain Review,2025-03-03,2\n"), 0o644)
	out := t.TempDir()
	runCLI(t, "-out", out, "-as-of", "2026-11-24", "-cycle-end", "2027-06-30", dir)
	l := readLedger(t, out)
	if len(l.People) != 1 || l.People[0].Name != "Unnamed" || l.People[0].CycleSource != "-cycle-end" {
		t.Fatalf("people = %+v, want one Unnamed person with the flag's cycle", l.People)
	}
	out = t.TempDir()
	runCLI(t, "-out", out, "-as-of", "2026-11-24", "-name", "Ana Lima", dir)
	if l := readLedger(t, out); len(l.People) != 1 || l.People[0].Name != "Ana Lima" {
		t.Fatalf("people = %+v, want Ana Lima from -name", l.People)
	}
}

func TestJSONFlagPrintsLedger(t *testing.T) {
	_, stdout, _ := runCLI(t, "-out", t.TempDir(), "-as-of", "2026-11-24", "-json", "../../samples")
	var l celedger.Ledger
	if err := json.Unmarshal([]byte(stdout), &l); err != nil || len(l.People) == 0 {
		t.Fatalf("-json did not print the ledger: %v", err)
	}
}

// TestWorkersDoNotChangeOutput checks that a parallel read gives the same
// bytes as a single-worker read.
func TestWorkersDoNotChangeOutput(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	runCLI(t, "-out", a, "-as-of", "2026-11-24", "-workers", "1", "-q", "../../samples", "testdata/mixed")
	runCLI(t, "-out", b, "-as-of", "2026-11-24", "-workers", "8", "-q", "../../samples", "testdata/mixed")
	entries, _ := os.ReadDir(a)
	if len(entries) == 0 {
		t.Fatal("no outputs")
	}
	for _, e := range entries {
		x, _ := os.ReadFile(filepath.Join(a, e.Name()))
		y, _ := os.ReadFile(filepath.Join(b, e.Name()))
		if !bytes.Equal(x, y) {
			t.Errorf("%s: 1 worker and 8 workers give different bytes", e.Name())
		}
	}
}

// TestUsageErrorsAreOneLine: a refused flag or credential is one error
// line and one hint (the nearest flag or credential when there is one),
// never the whole usage, and nothing is read.
func TestUsageErrorsAreOneLine(t *testing.T) {
	tests := []struct {
		args []string
		hint string
	}{
		{[]string{"-credntial", "MLS", "x"}, "celedger: hint: did you mean -credential?"},
		{[]string{"-out", t.TempDir(), "-credential", "MSL", "../../samples"}, "celedger: hint: did you mean MLS?"},
		{[]string{"-as-of", "soon", "x"}, "-h lists every flag"},
		{[]string{"-as-of", "01/12/2026", "x"}, "-h lists every flag"}, // January 12, or December 1?
		{[]string{"-as-of", "2026-02-30", "x"}, "-h lists every flag"},
		{[]string{"-cycle-end", "2027/05/31", "x"}, "-h lists every flag"},
		{[]string{"-out", "-q", "../../samples"}, "give -out a folder (-out ledger)"},
		{[]string{"-bogus", "x"}, "-h lists every flag"},
		{[]string{"-show", "shrot", "x"}, "did you mean short? -show takes a comma-separated list of"},
	}
	for _, tt := range tests {
		code, _, stderr := runCLI(t, tt.args...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != exitUsage || len(lines) != 2 || !strings.HasPrefix(lines[0], "celedger: error: ") || !strings.Contains(lines[1], tt.hint) {
			t.Errorf("%v: exit %d\n%s", tt.args, code, stderr)
		}
	}
}

// TestDateFlagMessages: a date flag's error says what is wrong with the
// date given.
func TestDateFlagMessages(t *testing.T) {
	var d celedger.Date
	for in, want := range map[string]string{
		"2026-02-30": "2026-02-30 is no day of the calendar",
		"2027/05/31": "want a date as YYYY-MM-DD (2027-05-31, with hyphens)",
		"01/12/2026": "want a date as YYYY-MM-DD (01/12/2026 is a day and a month in one order or the other)",
		"soon":       "want a date as YYYY-MM-DD",
	} {
		if err := (dateFlag{&d}).Set(in); err == nil || err.Error() != want {
			t.Errorf("Set(%q) = %v, want %q", in, err, want)
		}
	}
}
