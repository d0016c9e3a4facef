package parsers

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// TestTextEncodings: Excel's "Unicode Text" (UTF-16LE with a byte order
// mark, tabs) and "CSV (Comma delimited)" (Windows-1252, its first
// non-ASCII byte far into the file) read as the same UTF-8 file does, and
// the import log says which encoding was read.
func TestTextEncodings(t *testing.T) {
	rows := "Name:\tMaëlle Dufresne-Adebayo\r\nCourse Title\tDate Completed\tContact Hours\r\nGuillain-Barré Syndrome: CSF Findings\t03/04/2025\t1.5\r\n"
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(rows))
	if err != nil {
		t.Fatal(err)
	}
	var long strings.Builder
	long.WriteString("Name:,Begoña Ibáñez-Roldán\r\nCourse Title,Date Completed,Contact Hours\r\n")
	for long.Len() < 9000 {
		long.WriteString("Safety Huddle Review,01/15/2025,0.5\r\n")
	}
	long.WriteString("ClotSure® Analyzer: Guillain-Barré Case,02/20/2025,1\r\n")
	cp1252, err := charmap.Windows1252.NewEncoder().Bytes([]byte(long.String()))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tt := range []struct {
		name   string
		data   []byte
		note   string
		person string
		title  string
	}{
		{"unicode-text.txt", utf16, "text read as UTF-16", "Maëlle Dufresne-Adebayo", "Guillain-Barré Syndrome: CSF Findings"},
		{"comma-delimited.csv", cp1252, "text read as Windows-1252", "Begoña Ibáñez-Roldán", "ClotSure® Analyzer: Guillain-Barré Case"},
	} {
		path := filepath.Join(dir, tt.name)
		if err := os.WriteFile(path, tt.data, 0o644); err != nil {
			t.Fatal(err)
		}
		res, doc := Read(fileInput(path, int64(len(tt.data))))
		if res.Status != "imported" || !strings.Contains(strings.Join(res.Notes, "|"), tt.note) {
			t.Errorf("%s: %s %q notes %q", tt.name, res.Status, res.Error, res.Notes)
			continue
		}
		last := doc.Records[len(doc.Records)-1]
		if doc.Holder.Name != tt.person || last.Title != tt.title {
			t.Errorf("%s: holder %q, last title %q", tt.name, doc.Holder.Name, last.Title)
		}
	}
}

// TestTextCheckAcrossWrites: a rune cut between two writes is UTF-8; a
// byte that no UTF-8 has is not, wherever it falls.
func TestTextCheckAcrossWrites(t *testing.T) {
	text := []byte("Begoña Ibáñez ®")
	for cut := range len(text) {
		var c textCheck
		c.Write(text[:cut])
		c.Write(text[cut:])
		if !c.utf8() {
			t.Errorf("cut at %d: not UTF-8", cut)
		}
	}
	var c textCheck
	c.Write(bytes.Repeat([]byte("a"), 100))
	c.Write([]byte{'B', 'e', 'g', 'o', 0xF1, 'a'})
	if c.utf8() {
		t.Error("Windows-1252 ñ read as UTF-8")
	}
}

// TestUnreadWorkbook: a workbook format celedger does not read fails with
// what to do; it is never passed over.
func TestUnreadWorkbook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.numbers")
	data := []byte("PK\x03\x04 not read")
	os.WriteFile(path, data, 0o644)
	res, _ := Read(fileInput(path, int64(len(data))))
	if res.Status != "failed" || !strings.Contains(res.Error, "Apple Numbers workbook, which celedger does not read: save it as .xlsx or CSV") {
		t.Errorf("%s: %s", res.Status, res.Error)
	}
}

// TestFieldLimitWhileReading: a field longer than a spreadsheet cell stops
// the file as its bytes are read; a quoted field of many short lines does
// not.
func TestFieldLimitWhileReading(t *testing.T) {
	long := "Course Title,Date,Contact Hours\n\"" + strings.Repeat("x", maxFieldBytes+1) + "\",2025-01-01,1\n"
	if _, err := parseDelimited(strings.NewReader(long), int64(len(long)), "t.csv", tableLayout{kind: "transcript", defaultUnit: "contact hour"}); err == nil || !strings.Contains(err.Error(), "t.csv:2: over the limit: a field longer") {
		t.Errorf("long field: %v", err)
	}
	lines := "Course Title,Date,Contact Hours\n\"" + strings.Repeat("a short line\n", 2000) + "\",2025-01-01,1\n"
	if _, err := parseDelimited(strings.NewReader(lines), int64(len(lines)), "t.csv", tableLayout{kind: "transcript", defaultUnit: "contact hour"}); err != nil {
		t.Errorf("many short lines: %v", err)
	}
}
