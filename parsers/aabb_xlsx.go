package parsers

import (
	"io"

	"celedger"
)

// aabbTranscriptXLSX is an AABB education transcript saved as a workbook:
// the columns of aabb-transcript-csv, hours in P.A.C.E. contact hours
// unless a column says otherwise. Claimed by ce-generic-xlsx, which
// reports this name when the sheet names AABB (see ascpTranscriptXLSX).
var aabbTranscriptXLSX = Format{
	Name:  "aabb-transcript-xlsx",
	Match: claimedByContent,
	Parse: func(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
		return parseXLSX(r, size, path, "AABB")
	},
}
