// Package parsers detects the format of an input file and reads it into
// records with their provenance.
//
// A format is a value in one table (Formats): a name, a Match on the file
// name and its first bytes, and a Parse. Detection walks the table in
// order; the generic readers come last. For example, a file "ascp.csv"
// whose first rows read
//
//	ASCP CE Transcript
//	Name:,Jane Doe
//	Activity Title,Completion Date,Credits,Credit Type
//	Coagulation Case Studies,03/04/2025,1.5,CMLE
//
// is claimed by "ascp-transcript-csv" and yields one Record with Holder
// Jane Doe, Provider ASCP, 1.5 CMLE, Source ascp.csv:4.
package parsers

import (
	"io"
	"strings"

	"celedger"
)

// Format is one kind of input document.
type Format struct {
	Name  string                              // "ascp-transcript-csv"
	Match func(name string, head []byte) bool // head: the first bytes of the file (up to headSize)
	Parse func(r io.ReaderAt, size int64, path string) (celedger.Document, error)
}

// headSize is how many leading bytes Match sees.
const headSize = 8 << 10

// Formats is every known format, most specific first.
//
// The delimited-text formats come first: they claim a file by its content
// (UTF-8 text with a transcript header), so a CSV saved under an .xlsx name
// is read as the CSV it is. The XLSX entries then claim every remaining
// .xlsx name, so a broken or password-protected workbook fails with the
// workbook reader's own message rather than passing as unknown.
var Formats = []Format{
	ascpTranscriptCSV,
	aabbTranscriptCSV,
	capTranscriptCSV,
	genericCSV,
	openDocumentSheet, // before the .xlsx readers: an .ods named .xlsx is told by its content
	ascpTranscriptXLSX,
	aabbTranscriptXLSX,
	capTranscriptXLSX,
	ceGenericXLSX,
	legacyXLS,
	htmlTable,
	pdfDocument,
}

// Detect returns the first format that claims the file, or false.
func Detect(name string, head []byte) (Format, bool) {
	if len(head) > headSize {
		head = head[:headSize]
	}
	for _, f := range Formats {
		if f.Match(name, head) {
			return f, true
		}
	}
	return Format{}, false
}

// Known lists the format names, for the hint on an unknown file.
func Known() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// HeadSize is how many leading bytes Detect needs.
const HeadSize = headSize
