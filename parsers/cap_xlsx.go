package parsers

import (
	"io"

	"celedger"
)

// capTranscriptXLSX is a CAP learning transcript saved as a workbook:
// claimed and unclaimed activities, the credit type in a column. Claimed
// by ce-generic-xlsx, which reports this name when the sheet names CAP
// (see ascpTranscriptXLSX).
var capTranscriptXLSX = Format{
	Name:  "cap-transcript-xlsx",
	Match: claimedByContent,
	Parse: func(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
		return parseXLSX(r, size, path, "CAP")
	},
}
