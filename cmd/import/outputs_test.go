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
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != ".celedger-outputs import-log.csv ledger.csv ledger.json ledger.xlsx reminders.csv report.html review.csv" {
		t.Errorf("in -out: %v", names)
	}
}
