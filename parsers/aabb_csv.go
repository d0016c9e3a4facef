package parsers

import (
	"io"

	"celedger"
)

// aabbTranscriptCSV reads an AABB education transcript export: participant,
// program title, program number, date, CE/contact hours (P.A.C.E.), often
// with state approval numbers in extra columns (ignored).
var aabbTranscriptCSV = Format{
	Name: "aabb-transcript-csv",
	Match: func(name string, head []byte) bool {
		return matchDelimited(name, head, "AABB")
	},
	Parse: func(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
		return parseDelimited(r, size, path, tableLayout{provider: "AABB", defaultUnit: celedger.UnitContactHour, kind: "transcript"})
	},
}
