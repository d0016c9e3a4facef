package parsers

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger/internal/hostilepdf"
	"celedger/internal/pdfgen"
)

// FuzzPDF feeds mutated PDFs to the whole PDF reader: it must never
// panic, and every record it yields must be valid.
func FuzzPDF(f *testing.F) {
	for _, path := range pdfFiles(f, "../samples/pdf/*.pdf", "testdata/pdf/*.pdf") {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) <= 16<<10 { // large seeds only slow the mutator down
			f.Add(data)
		}
	}
	for _, data := range hostilepdf.Files() {
		f.Add(data) // structure to mutate: xref streams, object streams, page trees, CMaps
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parsePDF(bytes.NewReader(data), int64(len(data)), "fuzz.pdf")
		if err != nil {
			return
		}
		for _, r := range doc.Records {
			checkRecord(t, r)
		}
	})
}

// FuzzCertificate feeds text lines to the certificate sentence reader:
// it must never panic, and what it reads must be sane.
func FuzzCertificate(f *testing.F) {
	f.Add("This certifies that Jane Doe has completed Coagulation Case Studies\non March 3, 2025 and is awarded 1.5 contact hours.")
	f.Add("Participant: Jane Doe\nCourse Title: Lab Safety\nDate of Completion: 03/04/2025\nCredits: 1.5 P.A.C.E.® Contact Hours\nProgram Number: 1-2-3")
	f.Add("Presented to John Roe for completion of “Lab Safety” on 2025-06-01.\n2.0 nursing contact hours (ANCC) and 1.0 P.A.C.E.® contact hours.")
	f.Add("Date of   March 3, 2025\nCompletion:\nCredits:   2 CMLE credits")
	f.Add("attended\nthe webinar\n\"Biothreat Agent Rule-Out\"\non March 5, 2025, and is awarded 1.5 contact hours.") // a straight closing quote once cut a byte too far
	for _, path := range pdfFiles(f, "../samples/pdf/*certificate*.pdf") {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		pages, err := readPDFText(data)
		if err != nil {
			f.Fatal(err)
		}
		var lines []string
		for _, l := range mergeWrapped(pages[0].Lines) {
			lines = append(lines, lineText(l))
		}
		f.Add(strings.Join(lines, "\n"))
	}
	f.Fuzz(func(t *testing.T, text string) {
		c := readCertificate(textPage(strings.Split(text, "\n")), "")
		if c.HasCredits && c.Credits < 0 {
			t.Errorf("negative credits %v", c.Credits)
		}
		if c.HasCredits && c.Unit == "" {
			t.Errorf("credits without a unit")
		}
		if len(c.Problems) == 0 && (c.Title == "" || c.Date.IsZero() || !c.HasCredits) {
			t.Errorf("no problem reported, yet title %q date %v credits %v", c.Title, c.Date, c.HasCredits)
		}
	})
}

// transcriptPDF writes a generated transcript of about pages pages.
func transcriptPDF(pages int) []byte {
	d := pdfgen.New()
	d.Compress = true
	body, bold := d.Unicode("ArialMT"), d.Unicode("Arial-BoldMT")
	titles := []string{
		"Hemoglobin Variants: HPLC and Electrophoresis Interpretation",
		"Quality Control – Westgard Rules in Practice",
		"Mycology Essentials: Identifying Yeasts and Moulds in the Routine Clinical Microbiology Laboratory",
		"Transfusion Medicine: “Massive Transfusion Protocols” and Component Therapy",
		"Point-of-Care Glucose Testing Compliance",
	}
	var rows [][]string
	for i := 0; i < pages*22; i++ {
		rows = append(rows, []string{titles[i%len(titles)], "Online Course", "03/04/2025", "1.5", "CMLE"})
	}
	d.AddTable(pdfgen.Table{
		Title:   "American Society for Clinical Pathology – Board of Certification",
		Block:   [][]string{{"Name: Maria Okafor", "ASCP Customer ID: 01234567"}},
		Columns: []pdfgen.Column{{Label: "Activity Title", Width: 220}, {Label: "Activity Type", Width: 90}, {Label: "Completion Date", Width: 100}, {Label: "Credits", Width: 54}, {Label: "Credit Type", Width: 60}},
		Rows:    rows,
		Font:    body, Bold: bold, Size: 10, Footer: true,
	})
	return d.Bytes()
}

// BenchmarkPDFTranscript100 reads a generated 100-page transcript. With
// CELEDGER_BENCH_PDF set, it also writes the file there (to time other
// tools on the same bytes).
func BenchmarkPDFTranscript100(b *testing.B) {
	data := transcriptPDF(100)
	path := filepath.Join(b.TempDir(), "transcript-100.pdf")
	if out := os.Getenv("CELEDGER_BENCH_PDF"); out != "" {
		path = out
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	pages, err := readPDFText(data)
	if err != nil {
		b.Fatal(err)
	}
	n := len(pages)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		doc, err := parsePDF(bytes.NewReader(data), int64(len(data)), path)
		if err != nil || len(doc.Records) == 0 {
			b.Fatalf("%d records, %v", len(doc.Records), err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
