package parsers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
)

// pdfResult is what a golden file holds for one PDF: the file result as
// the import log shows it and the records.
type pdfResult struct {
	Result  celedger.FileResult `json:"result"`
	Holder  celedger.Holder     `json:"holder"`
	Records []celedger.Record   `json:"records"`
}

// pdfFiles lists the PDFs of the given glob patterns, relative to parsers/.
func pdfFiles(t testing.TB, patterns ...string) []string {
	var out []string
	for _, p := range patterns {
		m, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) == 0 {
		t.Fatalf("no PDFs match %v", patterns)
	}
	return out
}

func readPDFFile(t *testing.T, path string) pdfResult {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	res, doc := Read(fileInput(path, info.Size()))
	res.SHA256 = "" // the bytes are committed beside; the golden file is about the reading
	return pdfResult{Result: res, Holder: doc.Holder, Records: doc.Records}
}

// TestPDFGolden reads every odd-case test PDF and compares the result with
// its golden file (the samples are covered by TestSamplesGolden).
func TestPDFGolden(t *testing.T) {
	for _, path := range pdfFiles(t, "testdata/pdf/*.pdf") {
		name := "testdata-" + strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(name, func(t *testing.T) {
			checkGolden(t, "pdf/"+name+".json", readPDFFile(t, path))
		})
	}
}
