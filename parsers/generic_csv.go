package parsers

import (
	"io"

	"celedger"
)

// genericCSV reads any CE log with a recognisable header: LabCE and ASCLS
// exports, employer in-service logs. It assumes no provider and no unit:
// both must come from the rows or the header, or the row is reported.
var genericCSV = Format{
	Name: "ce-generic-csv",
	Match: func(name string, head []byte) bool {
		return matchDelimited(name, head, "")
	},
	Parse: func(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
		return parseDelimited(r, size, path, tableLayout{kind: "transcript"})
	},
}
