package parsers

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
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleFiles lists every document under samples/ (not the programs and
// notes that make or explain them).
func sampleFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("../samples", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".csv", ".tsv", ".txt", ".xlsx", ".pdf":
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no samples found")
	}
	return files
}

// goldenDoc is what a golden file holds for one sample.
type goldenDoc struct {
	Format   string            `json:"format"`
	Status   string            `json:"status"`
	Error    string            `json:"error,omitempty"`
	Holder   celedger.Holder   `json:"holder"`
	Records  []celedger.Record `json:"records"`
	Problems []string          `json:"problems,omitempty"`
	Notes    []string          `json:"notes,omitempty"`
}

// TestSamplesGolden parses every sample and compares the result with the
// golden file beside the tests (testdata/golden/<sample path>.json).
// Run `go test ./parsers -update` to rewrite them after a deliberate change.
func TestSamplesGolden(t *testing.T) {
	for _, path := range sampleFiles(t) {
		rel, _ := filepath.Rel("../samples", path)
		t.Run(rel, func(t *testing.T) {
			res, doc := readPath(t, path)
			g := goldenDoc{Format: res.Format, Status: string(res.Status), Error: res.Error,
				Holder: doc.Holder, Records: doc.Records, Problems: res.Problems, Notes: doc.Notes}
			if g.Records == nil {
				g.Records = []celedger.Record{}
			}
			checkGolden(t, filepath.ToSlash(rel)+".json", g)
		})
	}
}

// checkGolden compares v, as indented JSON, with testdata/golden/name,
// or rewrites the file with -update.
func checkGolden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./parsers -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./parsers -update and review the diff; got:\n%s", name, got)
	}
}

// TestSamplesClaimedOnce checks that every sample is recognised by exactly
// one format (or as a staff roster), so detection never depends on the
// table's order by accident.
func TestSamplesClaimedOnce(t *testing.T) {
	for _, path := range sampleFiles(t) {
		head, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		head = head[:min(len(head), headSize)]
		var claims []string
		if IsRoster(path, head) {
			claims = append(claims, "roster")
		}
		for _, f := range Formats {
			if f.Match(path, head) {
				claims = append(claims, f.Name)
			}
		}
		if len(claims) != 1 {
			t.Errorf("%s is claimed by %d formats %v, want exactly one", path, len(claims), claims)
		}
	}
}
