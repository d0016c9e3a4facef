package parsers

import (
	"io"

	"celedger"
)

// ascpTranscriptXLSX is the ASCP CE transcript saved as a workbook: the
// same header block and columns as ascp-transcript-csv.
//
// Its Match claims nothing: the first bytes of a zip do not show the sheet,
// so every workbook is claimed by ce-generic-xlsx, whose Parse reads the
// provider the sheet names and reports this format's name. Parse is here
// for callers that already know the provider.
var ascpTranscriptXLSX = Format{
	Name:  "ascp-transcript-xlsx",
	Match: claimedByContent,
	Parse: func(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
		return parseXLSX(r, size, path, "ASCP")
	},
}

// claimedByContent is the Match of a format that the generic reader of
// its file type refines from the content (see ceGenericXLSX).
func claimedByContent(name string, head []byte) bool { return false }
