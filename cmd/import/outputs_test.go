package main

import (
	"archive/zip"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"celedger"

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
	worksheets, _ := os.ReadDir(filepath.Join(out, "declaration")) // one per person and credential
	if strings.Join(names, " ") != ".celedger-outputs changes.csv declaration declaration.csv import-log.csv ledger.csv ledger.json ledger.xlsx reminders.csv report.html review.csv" || len(worksheets) == 0 {
		t.Errorf("in -out: %v and %d worksheets", names, len(worksheets))
	}
}

// TestChangesSinceLastRun: a first run has nothing to compare with; a
// second run with one new certificate shows exactly that document, its
// line and the points it adds; a copy of it shows as a copy.
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
	cert, err := os.ReadFile("../../samples/pdf/aabb-certificate-daniel-reyes.pdf")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "b.pdf"), cert, 0o644)
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
	if !strings.Contains(string(b), "new line,Daniel Reyes") || !strings.Contains(string(b), "b.pdf") {
		t.Errorf("changes.csv lacks the new document or its line:\n%s", b)
	}
	if page, _ := os.ReadFile(filepath.Join(out, "report.html")); !strings.Contains(string(page), "<tr><td>new line (") || !strings.Contains(string(page), "<tr><td>new file (") {
		t.Error("report.html's Since section does not list the new line and file")
	}
	// A third run with the certificate downloaded twice: the copy is a new
	// file that brings nothing new, and says whose bytes it repeats.
	os.WriteFile(filepath.Join(dir, "b (1).pdf"), cert, 0o644)
	if code, stdout, stderr = runCLI(t, args...); code != exitOK {
		t.Fatalf("third run: exit %d\n%s\n%s", code, stdout, stderr)
	}
	b, _ = os.ReadFile(filepath.Join(out, "changes.csv"))
	if rows := strings.Split(strings.TrimSpace(strings.TrimPrefix(string(b), "\ufeff")), "\n")[1:]; len(rows) != 1 ||
		!strings.HasPrefix(rows[0], "new file,") || !strings.Contains(rows[0], "b (1).pdf") || !strings.Contains(rows[0], "the same bytes as "+filepath.Join(dir, "b.pdf")) {
		t.Errorf("changes.csv after a copy:\n%s", b)
	}
}

// TestAuditPacket opens a person's audit packet: every document its index
// links to is in the zip, byte for byte the input file (a staff's
// in-service log: its header and the person's own lines), and every
// counted line of the person is in the index.
func TestAuditPacket(t *testing.T) {
	out := t.TempDir()
	for run := range 2 { // the second run replaces the folders of the first
		if code, _, stderr := runCLI(t, "-q", "-as-of", "2026-11-24", "-audit-packet", "-out", out, "../../samples"); code != exitOK {
			t.Fatalf("run %d: exit %d\n%s", run, code, stderr)
		}
	}
	if entries, _ := os.ReadDir(out); slices.ContainsFunc(entries, func(e os.DirEntry) bool { return strings.HasPrefix(e.Name(), ".celedger-old-") }) {
		t.Error("the last run's folder outputs were left aside")
	}
	zr, err := zip.OpenReader(filepath.Join(out, "audit", "07654321-MLS.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		files[f.Name] = b
	}
	index := string(files["index.html"])
	// Each link names the zip member, then "(from <input path and line or
	// page>; …)".
	links := regexp.MustCompile(`href="(evidence/[^"#]+)(?:#page=\d+)?">([^<]+)</a> <span class="muted">\(from ([^;)]+)`).FindAllStringSubmatch(index, -1)
	if len(links) == 0 {
		t.Fatalf("index.html links to no evidence:\n%s", index)
	}
	for _, m := range links {
		member, source := m[1], html.UnescapeString(m[3])
		if !strings.HasPrefix(html.UnescapeString(m[2]), member) {
			t.Errorf("link text %q does not name the member %s", m[2], member)
		}
		disk := regexp.MustCompile(`(?:\[[^\]]*\])?(?::\d+| p\.\d+)$`).ReplaceAllString(source, "")
		want, err := os.ReadFile(disk)
		if strings.HasSuffix(disk, "inservice-log-2025.csv") {
			// A staff's log: its header and Daniel's own ledger lines, in
			// order, and no colleague's (nor his row whose date is no date).
			var lines []string
			for _, line := range strings.SplitAfter(string(want), "\n") {
				if strings.HasPrefix(line, "Employee Name,") || strings.HasPrefix(line, "Daniel Reyes,") && !strings.Contains(line, "02/30/2025") {
					lines = append(lines, line)
				}
			}
			if got := string(files[member]); got != strings.Join(lines, "") {
				t.Errorf("%s (for %s): not the header and Daniel's lines of %s:\n%s", member, source, disk, got)
			}
			// The index cites the extract's own line, which is Daniel's.
			var n int
			if _, err := fmt.Sscanf(html.UnescapeString(m[2])[len(member):], " line %d", &n); err != nil || n < 1 || n > len(lines) || !strings.HasPrefix(lines[n-1], "Daniel Reyes,") {
				t.Errorf("%q cites line %d of the extract (%v)", m[2], n, err)
			}
			continue
		}
		if err != nil || string(files[member]) != string(want) {
			t.Errorf("%s (for %s): not the input file %s (%v)", member, source, disk, err)
		}
	}
	if !strings.Contains(index, "an extract: the file&#39;s header and this person&#39;s lines only") {
		t.Error("the index does not say the staff log is an extract")
	}
	l := readLedger(t, out)
	for _, p := range l.People {
		if p.ID != "07654321" {
			continue
		}
		for _, e := range p.Activities {
			if e.Status == celedger.StatusCounted && !strings.Contains(index, html.EscapeString(e.Title)) {
				t.Errorf("counted line %q is not in the index", e.Title)
			}
		}
	}
}

// TestAuditPacketForOnePerson: -person with -audit-packet writes that
// person's packet alone and names it, and says the last run's others are
// not kept.
func TestAuditPacketForOnePerson(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "-as-of", "2026-11-24", "-audit-packet", "-person", "07654321", "-out", out, "../../samples")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	entries, _ := os.ReadDir(filepath.Join(out, "audit"))
	if len(entries) != 1 || entries[0].Name() != "07654321-MLS.zip" {
		t.Errorf("audit/ holds %v, want Daniel's packet alone", entries)
	}
	if want := "wrote " + filepath.Join(out, "audit", "07654321-MLS.zip"); !strings.Contains(stdout, want) {
		t.Errorf("stdout does not say %q:\n%s", want, stdout)
	}
	// After a run that wrote every packet, one person's run says the
	// others are not kept.
	if code, _, stderr := runCLI(t, "-q", "-as-of", "2026-11-24", "-audit-packet", "-out", out, "../../samples"); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	_, _, stderr = runCLI(t, "-q", "-as-of", "2026-11-24", "-audit-packet", "-person", "07654321", "-out", out, "../../samples")
	if want := "celedger: note: 9 other audit packets of the last run (" + filepath.Join(out, "audit") + ") are not kept: -person writes that person's only"; !strings.Contains(stderr, want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr)
	}
}
