package batch

import (
	"celedger/internal/outdir"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"celedger"
)

func TestDocumentOf(t *testing.T) {
	for source, want := range map[string]string{
		"in/ascp.csv:7":                   "in/ascp.csv",
		"a.xlsx[Transcript]:10":           "a.xlsx",
		"staff.zip!/lee/cert.pdf p.2":     "staff.zip!/lee/cert.pdf",
		" cert.pdf ":                      "cert.pdf",
		"folder: with colon/notes.csv:12": "folder: with colon/notes.csv",
	} {
		if got := documentOf(source); got != want {
			t.Errorf("documentOf(%q) = %q, want %q", source, got, want)
		}
	}
}

func TestScopeOf(t *testing.T) {
	scopes := []rosterScope{{dir: "in/staff/"}, {dir: "in/staff/night/"}, {dir: "./"}}
	for file, want := range map[string]int{
		"in/staff/ana.csv":       0,
		"in/staff/night/ben.pdf": 1, // the deepest roster folder
		"elsewhere/c.csv":        2, // "./" serves every relative path
	} {
		if got := scopeOf(file, scopes); got != want {
			t.Errorf("scopeOf(%q) = %d, want %d", file, got, want)
		}
	}
	if got := scopeOf("in/other/d.csv", scopes[:2]); got != 2 {
		t.Errorf("a file under no roster: %d, want len(scopes)", got)
	}
}

// TestImportLogRepeated: only files whose content another file repeats
// are handed to duplicate finding; the log counts reads, failures and
// rosters found on disk.
func TestImportLogRepeated(t *testing.T) {
	g, err := newImportLog(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	same := "aa11bb22cc33dd44ee55ff6600000000000000000000000000000000000000ab"
	for _, f := range []celedger.FileResult{
		{Path: "a.csv", Status: celedger.FileImported, SHA256: same},
		{Path: "copy/a.csv", Status: celedger.FileImported, SHA256: same},
		{Path: "b.csv", Status: celedger.FileFailed, SHA256: "0123456789abcdef0000000000000000000000000000000000000000000000ff"},
		{Path: "staff/roster.csv", Format: "staff-roster", Status: celedger.FileSkipped},
		{Path: "z.zip!/roster.csv", Format: "staff-roster", Status: celedger.FileSkipped},
	} {
		if err := g.add(f); err != nil {
			t.Fatal(err)
		}
	}
	got, err := g.repeated()
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"a.csv": same, "copy/a.csv": same}; !reflect.DeepEqual(got, want) {
		t.Errorf("repeated = %v, want %v", got, want)
	}
	if g.read != 2 || !g.failed || !reflect.DeepEqual(g.rosters, []int{3}) {
		t.Errorf("read %d, failed %v, rosters %v", g.read, g.failed, g.rosters)
	}
}

// TestDecisionFiles: -overrides alone, else the output folder's
// overrides.csv then review.csv; assign_to settles each document a line's
// sources name.
func TestDecisionFiles(t *testing.T) {
	out := t.TempDir()
	opts := Options{Out: out}
	// A review.csv no run wrote (a user's transcript of that name) is no
	// decisions file.
	if got, want := decisionFiles(opts), []string{filepath.Join(out, "overrides.csv")}; !reflect.DeepEqual(got, want) {
		t.Errorf("decisionFiles = %v, want %v", got, want)
	}
	os.WriteFile(filepath.Join(out, outdir.OutputsList), []byte("ledger.json\nreview.csv\n"), 0o644)
	if got, want := decisionFiles(opts), []string{filepath.Join(out, "overrides.csv"), filepath.Join(out, "review.csv")}; !reflect.DeepEqual(got, want) {
		t.Errorf("decisionFiles = %v, want %v", got, want)
	}
	review := "\ufefftitle,sources,decision,assign_to\n" +
		"Gram Stain,in/a.csv:4; in/b.pdf p.1,,05550101\n" +
		"Anemia,in/c.xlsx[Log]:9,hematology,\n"
	os.WriteFile(filepath.Join(out, "review.csv"), []byte(review), 0o644)
	want := map[string]string{"in/a.csv": "05550101", "in/b.pdf": "05550101"}
	if got, _ := readAssignments(opts); !reflect.DeepEqual(got, want) {
		t.Errorf("readAssignments = %v, want %v", got, want)
	}
	ov, from, err := readOverrides(opts)
	if err != nil || ov.Len() != 1 || !reflect.DeepEqual(from, []string{filepath.Join(out, "review.csv")}) {
		t.Errorf("readOverrides = %d decisions from %v, %v", ov.Len(), from, err)
	}
	// Two lines of one document: the messages name both.
	os.WriteFile(filepath.Join(out, "review.csv"), []byte("\ufefftitle,sources,decision,assign_to\nGram Stain,in/a.csv:4,,05550101\nAnemia,in/a.csv:9,,05550101\n"), 0o644)
	if given, _, _ := readAssignmentsAt(opts); len(given["in/a.csv"]) != 1 || given["in/a.csv"][0].at != filepath.Join(out, "review.csv")+":2, 3" {
		t.Errorf("given = %q", given)
	}
	// Lines of one document that disagree: each ID with its own lines, in
	// the order written.
	os.WriteFile(filepath.Join(out, "review.csv"), []byte("\ufefftitle,sources,decision,assign_to\nGram Stain,in/a.csv:4,,05550101\nAnemia,in/a.csv:9,,05550110\nB,in/a.csv:12,,05550101\n"), 0o644)
	if given, _, _ := readAssignmentsAt(opts); !reflect.DeepEqual(given["in/a.csv"], []assignment{{"05550101", filepath.Join(out, "review.csv") + ":2, 4"}, {"05550110", filepath.Join(out, "review.csv") + ":3"}}) {
		t.Errorf("given = %q", given)
	}

	opts.Overrides = filepath.Join(out, "mine.csv")
	if opts.OverridesPath() != opts.Overrides || !reflect.DeepEqual(decisionFiles(opts), []string{opts.Overrides}) {
		t.Errorf("with -overrides: path %s, files %v", opts.OverridesPath(), decisionFiles(opts))
	}
	if _, _, err := readOverrides(opts); err == nil {
		t.Error("a missing -overrides file is no error")
	}
	opts.Review = true // the review will create it
	if ov, _, err := readOverrides(opts); err != nil || ov.Len() != 0 {
		t.Errorf("with -review: %d decisions, %v", ov.Len(), err)
	}
}
