package parsers

import (
	"io"

	"celedger"
)

// ascpTranscriptCSV reads the CE transcript ASCP lets a certificant
// download: a header block with name, customer ID, credential and cycle,
// then activity title, type, completion date, credits and credit type
// (CMLE, or AMA PRA Category 1 for physicians).
var ascpTranscriptCSV = Format{
	Name: "ascp-transcript-csv",
	Match: func(name string, head []byte) bool {
		return matchDelimited(name, head, "ASCP")
	},
	Parse: func(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
		return parseDelimited(r, size, path, tableLayout{provider: "ASCP", defaultUnit: celedger.UnitCMLE, kind: "transcript"})
	},
}

// matchDelimited claims a delimited file whose header block names provider;
// provider "" claims the delimited transcripts that name none of the known
// providers (the generic reader), so each file has exactly one format.
//
// The content decides, not the extension: a CSV saved as ".xlsx" or ".txt"
// is still CSV (Read notes the mismatch). Only names that can hold a
// document are sniffed, so a program or web page that happens to contain
// CSV lines is not read as a transcript.
func matchDelimited(name string, head []byte, provider string) bool {
	if !documentName(name) {
		return false
	}
	sn := sniffDelimited(head)
	if !sn.ok {
		return false
	}
	return markedProvider(sn.preamble) == provider
}
