package parsers

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkCSVTranscript reads a 10,000-row ASCP CSV transcript (the
// header block of the sample, then generated rows) and reports rows/s.
func BenchmarkCSVTranscript(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("ASCP CE Transcript,,,,,\nName:,Maria Okafor,,,,\nASCP Customer ID:,01234567,,,,\n" +
		"Current CMP Cycle:,07/01/2024 - 06/30/2027,,,,\n,,,,,\n" +
		"Activity Title,Activity Type,Provider,Completion Date,Credits,Credit Type\n")
	const rows = 10000
	for i := range rows {
		fmt.Fprintf(&buf, "\"Antibody Identification: Case Studies, Part %d\",Online Course,ASCP,%02d/%02d/2025,%d.5,CMLE\n", i, 1+i%12, 1+i%28, 1+i%3)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := ascpTranscriptCSV.Parse(bytes.NewReader(data), int64(len(data)), "ascp.csv")
		if err != nil || len(doc.Records) != rows {
			b.Fatalf("%d records, %v", len(doc.Records), err)
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkPDFCertificate reads the sample certificates (four producers,
// labelled lines and sentences, one page each) and reports certificates/s.
func BenchmarkPDFCertificate(b *testing.B) {
	paths, _ := filepath.Glob("../samples/pdf/*certificate*.pdf")
	var files [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	if len(files) == 0 {
		b.Fatal("no sample certificates")
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		data := files[n%len(files)]
		n++
		doc, err := parsePDF(bytes.NewReader(data), int64(len(data)), "certificate.pdf")
		if err != nil || len(doc.Records) != 1 {
			b.Fatalf("%d records, %v", len(doc.Records), err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "certificates/s")
}
