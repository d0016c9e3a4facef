package parsers

import (
	"io"

	"celedger"
)

// capTranscriptCSV reads a CAP learning transcript: claimed and unclaimed
// activities with credit type (CE, CME / AMA PRA Category 1, SAM). Credit
// exists only once claimed; the claim state is read from the status column.
var capTranscriptCSV = Format{
	Name: "cap-transcript-csv",
	Match: func(name string, head []byte) bool {
		return matchDelimited(name, head, "CAP")
	},
	Parse: func(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
		return parseDelimited(r, size, path, tableLayout{provider: "CAP", kind: "transcript"})
	},
}
