package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
	"celedger/internal/outdir"
)

// TestEveryFileAccountedFor runs over a folder of good and bad files and
// checks that each one is in the ledger with the right status and a
// specific message, that the totals add up, and that the exit status says
// some file could not be read.
func TestEveryFileAccountedFor(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "-out", out, "-as-of", "2026-11-24", "testdata/mixed")
	if code != exitBadInput {
		t.Errorf("exit %d, want %d (a file failed)\n%s", code, exitBadInput, stderr)
	}
	l := readLedger(t, out)
	want := map[string]struct {
		status  celedger.FileStatus
		records int
		msg     string
	}{
		"good.csv":              {celedger.FileImported, 1, ""},
		"csv-named.xlsx":        {celedger.FileImported, 1, ""},
		"header-only.csv":       {celedger.FileImported, 0, ""},
		"dates-and-credits.csv": {celedger.FileImported, 2, `line 3: Date: invalid date "2025-02-30" (and 3 more)`},
		"empty.csv":             {celedger.FileSkipped, 0, "empty file"},
		"junk.csv":              {celedger.FileFailed, 0, "binary data, not text"},
		"notes.txt":             {celedger.FileSkipped, 0, "text; no known format claims it"},
	}
	counts := map[celedger.FileStatus]int{}
	records := 0
	for _, f := range l.Files {
		name := filepath.Base(f.Path)
		w, ok := want[name]
		if !ok {
			t.Errorf("unexpected file %s", f.Path)
			continue
		}
		delete(want, name)
		counts[f.Status]++
		records += f.Records
		if f.Status != w.status || f.Records != w.records || !strings.Contains(f.Error, w.msg) {
			t.Errorf("%s: %s, %d records, %q; want %s, %d, %q", name, f.Status, f.Records, f.Error, w.status, w.records, w.msg)
		}
	}
	for name := range want {
		t.Errorf("%s is missing from files", name)
	}
	total := fmt.Sprintf("files: %d read · %d imported · %d skipped · %d failed · %d records", len(l.Files),
		counts[celedger.FileImported], counts[celedger.FileSkipped], counts[celedger.FileFailed], records)
	if !strings.Contains(stdout, total) {
		t.Errorf("summary lacks %q:\n%s", total, stdout)
	}
	// The good rows are all in the ledger; the future one awaits review.
	statuses := map[string]celedger.EntryStatus{}
	for _, p := range l.People {
		for _, e := range p.Activities {
			statuses[e.Title] = e.Status
		}
	}
	if statuses["Future Course"] != celedger.StatusReview || statuses["Zero Credits"] == "" {
		t.Errorf("statuses = %v", statuses)
	}
}

// TestLargeInputs reads a 50,000-row CSV, and refuses a CSV whose one cell
// is 1 MB (past the 32,767 characters a spreadsheet cell may hold) while
// the batch goes on.
func TestLargeInputs(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("Name:,Lena Fictional\nCourse Title,Date,Contact Hours\n")
	for i := range 50_000 {
		fmt.Fprintf(&b, "Hematology Case %d,2025-%02d-%02d,1\n", i, i%12+1, i%28+1)
	}
	os.WriteFile(filepath.Join(dir, "big.csv"), []byte(b.String()), 0o644)
	long := "Course Title,Date,Contact Hours\n\"" + strings.Repeat("x", 1<<20) + "\",2025-01-01,1\nShort Title,2025-01-02,1\n"
	os.WriteFile(filepath.Join(dir, "long-line.csv"), []byte(long), 0o644)

	out := t.TempDir()
	if code, _, stderr := runCLI(t, "-out", out, "-as-of", "2026-11-24", "-q", dir); code != exitBadInput {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range readLedger(t, out).Files {
		switch filepath.Base(f.Path) {
		case "big.csv":
			if f.Status != celedger.FileImported || f.Records != 50_000 {
				t.Errorf("%s: %s %d records (%s), want 50000", f.Path, f.Status, f.Records, f.Error)
			}
		case "long-line.csv":
			if f.Status != celedger.FileFailed || !strings.Contains(f.Error, "line 2: over the limit: a field longer than the 32,767 characters") {
				t.Errorf("%s: %s (%s), want failed at the cell limit", f.Path, f.Status, f.Error)
			}
		}
	}

	// Over the limits: a clear error, and the batch goes on.
	os.WriteFile(filepath.Join(dir, "small.csv"), []byte("Course Title,Date,Contact Hours\nShort Title,2025-01-02,1\n"), 0o644)
	out = t.TempDir()
	code, _, _ := runCLI(t, "-out", out, "-as-of", "2026-11-24", "-q", "-max-rows", "1000", "-max-file-size", "1", dir)
	if code != exitBadInput {
		t.Errorf("exit %d, want %d", code, exitBadInput)
	}
	for _, f := range readLedger(t, out).Files {
		switch filepath.Base(f.Path) {
		case "big.csv", "long-line.csv": // over the 1 MiB file limit
			if f.Status != celedger.FileFailed || !strings.Contains(f.Error, "over the limit: file is") {
				t.Errorf("%s: %s %q", f.Path, f.Status, f.Error)
			}
		case "small.csv":
			if f.Status != celedger.FileImported {
				t.Errorf("long-line.csv: %s %q", f.Status, f.Error)
			}
		}
	}
}

func TestRowLimit(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("Course Title,Date,Contact Hours\n")
	for i := range 30 {
		fmt.Fprintf(&b, "Course %d,2025-01-%02d,1\n", i, i%28+1)
	}
	os.WriteFile(filepath.Join(dir, "rows.csv"), []byte(b.String()), 0o644)
	out := t.TempDir()
	runCLI(t, "-out", out, "-as-of", "2026-11-24", "-q", "-max-rows", "10", dir)
	f := readLedger(t, out).Files[0]
	if f.Records != 9 || !strings.Contains(f.Error, "line 11: over the limit: more than 10 rows") {
		t.Errorf("rows.csv: %d records, %q", f.Records, f.Error)
	}
}

// An output folder that cannot be written stops the run before any file
// is read, and says it is -out: a file given as -out is a usage error, a
// folder inside a file cannot be made.
func TestOutNotWritable(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	code, _, stderr := runCLI(t, "-out", notDir, "-q", "../../samples/ascp-transcript-daniel-reyes.csv")
	if code != exitUsage || stderr != "celedger: error: -out "+notDir+" is a file, not a folder\nceledger: hint: give a folder for the outputs (it is made when missing)\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "-out", filepath.Join(notDir, "ledger"), "-q", "../../samples/ascp-transcript-daniel-reyes.csv")
	if code != exitError || !strings.HasPrefix(stderr, "celedger: error: -out: ") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	// Nothing is left in a folder a run used but the outputs and their list.
	out := t.TempDir()
	if code, _, _ := runCLI(t, "-out", out, "-q", "-as-of", "2026-11-24", "../../samples/staff"); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && e.Name() != outdir.OutputsList {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestOutputsNeverReadBack: a run whose -out sits inside its input folder
// (or is that folder) reads none of its earlier outputs back; a mistyped
// path is a usage error that leaves the last outputs as they were; a
// folder with nothing readable writes nothing.
func TestOutputsNeverReadBack(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../samples/ascp-transcript-daniel-reyes.csv")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "transcript.csv"), data, 0o644)
	for _, out := range []string{filepath.Join(dir, "ledger"), dir} {
		var last []byte
		for run := 1; run <= 3; run++ {
			code, _, stderr := runCLI(t, "-out", out, "-as-of", "2026-11-24", "-q", dir)
			if code != exitOK {
				t.Fatalf("-out %s, run %d: exit %d\n%s", out, run, code, stderr)
			}
			l := readLedger(t, out)
			imported := 0
			for _, f := range l.Files {
				if f.Status == celedger.FileImported {
					imported++
				}
			}
			if imported != 1 {
				t.Errorf("-out %s, run %d: %d files imported, want the transcript alone\n%s", out, run, imported, stderr)
			}
			// The second and third runs see the same earlier outputs: the
			// same bytes (the staging folder, named per run, is no input).
			b, _ := os.ReadFile(filepath.Join(out, "import-log.csv"))
			if run == 3 && string(b) != string(last) {
				t.Errorf("-out %s: import-log.csv differs between two runs over the same inputs", out)
			}
			last = b
		}
	}
	before, _ := os.ReadFile(filepath.Join(dir, "ledger.json"))
	code, _, stderr := runCLI(t, "-out", dir, "-q", filepath.Join(dir, "transcrpt.csv"))
	if code != exitUsage || !strings.Contains(stderr, "did you mean "+filepath.Join(dir, "transcript.csv")) {
		t.Errorf("mistyped path: exit %d\n%s", code, stderr)
	}
	empty := filepath.Join(t.TempDir(), "notes")
	os.MkdirAll(empty, 0o755)
	os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("shopping list\n"), 0o644)
	if code, _, stderr := runCLI(t, "-out", dir, "-q", empty); code == exitOK || !strings.Contains(stderr, "nothing was written") {
		t.Errorf("nothing readable: exit %d\n%s", code, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "ledger.json")); string(after) != string(before) {
		t.Error("the last outputs changed")
	}
}

// TestRosterAloneKeepsLastLedger: a roster with a folder holding no
// document does not replace an earlier run's ledger; into a new -out it
// starts one (everyone short).
func TestRosterAloneKeepsLastLedger(t *testing.T) {
	out := t.TempDir()
	args := []string{"-q", "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", out}
	if code, _, stderr := runCLI(t, append(args, "../../samples/staff/")...); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	before, _ := os.ReadFile(filepath.Join(out, "ledger.json"))
	empty := t.TempDir()
	code, _, stderr := runCLI(t, append(args, empty)...)
	if code != exitError || !strings.Contains(stderr, "the roster alone would replace the ledger") {
		t.Errorf("roster and an empty folder: exit %d\n%s", code, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(out, "ledger.json")); string(after) != string(before) {
		t.Error("the last ledger changed")
	}
	fresh := filepath.Join(t.TempDir(), "new")
	if code, _, stderr := runCLI(t, "-q", "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", fresh, empty); code != exitOK {
		t.Errorf("roster alone into a new -out: exit %d\n%s", code, stderr)
	}
}
