package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger/internal/outdir"
)

// TestOutLocked: a second run on an output folder that a run is writing
// is refused with a clear message, and changes nothing there.
func TestOutLocked(t *testing.T) {
	out := t.TempDir()
	held, err := outdir.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	code, _, stderr := runCLI(t, "-out", out, "-q", "../../samples/ascp-transcript-daniel-reyes.csv")
	if code != exitError || !strings.Contains(stderr, "celedger: error: -out "+out+": another celedger run (pid ") ||
		!strings.Contains(stderr, "celedger: hint: wait for that run to end, or give another -out") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "ledger.json")); err == nil {
		t.Error("the refused run wrote ledger.json")
	}
}

// TestNothingOutsideOut: a run, workbooks and all, leaves nothing in
// $TMPDIR, and only its outputs in -out.
func TestNothingOutsideOut(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "-out", out, "-q", "-as-of", "2026-11-24", "../../samples"); code != exitOK && code != exitBadInput {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("left in $TMPDIR: %v", entries)
	}
	var names []string
	worksheets := 0
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "declaration-") && strings.HasSuffix(e.Name(), ".html") {
			worksheets++ // one per person and credential
			continue
		}
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != ".celedger-outputs changes.csv declaration.csv import-log.csv ledger.csv ledger.json ledger.xlsx reminders.csv report.html review.csv" || worksheets == 0 {
		t.Errorf("in -out: %v and %d worksheets", names, worksheets)
	}
}

// TestChangesSinceLastRun: a first run has nothing to compare with; a
// second run with one new document shows exactly that document, its line
// and the points it adds.
func TestChangesSinceLastRun(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	data, err := os.ReadFile("../../samples/ascp-transcript-daniel-reyes.csv")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "a.csv"), data, 0o644)
	args := []string{"-as-of", "2026-11-24", "-name", "Daniel Reyes", "-out", out, dir}
	code, stdout, stderr := runCLI(t, args...)
	if code != exitOK || !strings.HasPrefix(stdout, "since: nothing to compare with") {
		t.Fatalf("first run: exit %d\n%s\n%s", code, stdout, stderr)
	}
	os.WriteFile(filepath.Join(dir, "b.csv"), []byte("Course Title,Provider,Date Completed,Credits,Unit\nCold Agglutinin Disease Workup,Westbrook Lab Institute,05/06/2025,1.5,contact hours\n"), 0o644)
	if code, stdout, stderr = runCLI(t, args...); code != exitOK || !strings.HasPrefix(stdout, "since 2026-11-24: ") {
		t.Fatalf("second run: exit %d\n%s\n%s", code, stdout, stderr)
	}
	b, _ := os.ReadFile(filepath.Join(out, "changes.csv"))
	var kinds []string
	for _, line := range strings.Split(strings.TrimSpace(strings.TrimPrefix(string(b), "\ufeff")), "\n")[1:] {
		kind, _, _ := strings.Cut(line, ",")
		kinds = append(kinds, kind)
	}
	if got := strings.Join(kinds, "|"); got != "new file|new line|points" && got != "new file|new line|status" {
		t.Errorf("changes.csv:\n%s", b)
	}
	if !strings.Contains(string(b), "Cold Agglutinin Disease Workup") || !strings.Contains(string(b), "b.csv") {
		t.Errorf("changes.csv lacks the new document or its line:\n%s", b)
	}
}
