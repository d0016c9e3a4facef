package corpus

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"celedger"
	"celedger/parsers"
)

// TestGenerate checks that a corpus is the same for the same seed, that
// Stats counts what is on disk, and that the importer's parsers read every
// file without a problem.
func TestGenerate(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	st, err := Generate(a, 6, 7)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(b, 6, 7); err != nil {
		t.Fatal(err)
	}
	var files, pdfs int
	err = filepath.WalkDir(filepath.Join(a, "downloads"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		if filepath.Ext(p) == ".pdf" {
			pdfs++
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed (%v)", rel, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.People != 6 || st.Files != files || st.PDFFiles != pdfs || st.PDFPages < pdfs {
		t.Errorf("stats %+v, on disk %d files, %d PDFs", st, files, pdfs)
	}
	inputs, bad := parsers.Discover([]string{filepath.Join(a, "downloads")})
	if len(bad) > 0 || len(inputs) != files {
		t.Fatalf("discovered %d of %d files, bad %v", len(inputs), files, bad)
	}
	records := 0
	parsers.ReadAll(inputs, 0, func(r parsers.Result) {
		if r.File.Status != celedger.FileImported || len(r.Doc.Problems) > 0 {
			t.Errorf("%s: %s %s %v", r.File.Path, r.File.Status, r.File.Error, r.Doc.Problems)
		}
		records += len(r.Doc.Records)
	}, nil)
	if records != st.Activities {
		t.Errorf("%d records read, %d activities written", records, st.Activities)
	}
	roster, problems, err := parsers.ReadRoster(filepath.Join(a, "roster.csv"))
	if err != nil || len(problems) > 0 || len(roster) != 6 {
		t.Errorf("roster: %d people, %v, %v", len(roster), problems, err)
	}
}
