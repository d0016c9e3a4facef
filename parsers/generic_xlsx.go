package parsers

import (
	"io"

	"celedger"
)

// ceGenericXLSX claims every file named .xlsx or .xlsm and reads its
// transcript sheet. The provider the sheet names in its header block (or
// its name) picks the layout, and Document.Format reports the refined
// format: ascp-transcript-xlsx, aabb-transcript-xlsx, cap-transcript-xlsx,
// or this one when no provider is named (LabCE exports, in-service logs).
//
// It claims by name alone, not by the zip signature: a file named .xlsx
// that holds a CSV, a legacy .xls or an encrypted workbook is then
// reported as failed with the reason, instead of as an unknown file.
var ceGenericXLSX = Format{
	Name: "ce-generic-xlsx",
	Match: func(name string, head []byte) bool {
		return isXLSXName(name)
	},
	Parse: func(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
		return parseXLSX(r, size, path, "")
	},
}
