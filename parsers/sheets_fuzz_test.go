package parsers

import (
	"bytes"
	"testing"
)

// FuzzOtherWorkbooks feeds the .xls, .ods and HTML readers any bytes: they
// return records that hold together, or an error, never a panic.
func FuzzOtherWorkbooks(f *testing.F) {
	addSeeds(f, []string{".xls", ".ods"}, "testdata/blind/sheets-a")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, parse := range []func([]byte) ([]byte, error){
			func(d []byte) ([]byte, error) {
				doc, err := parseXLS(bytes.NewReader(d), int64(len(d)), "f.xls")
				checkRecords(t, doc.Records)
				return nil, err
			},
			func(d []byte) ([]byte, error) {
				doc, err := parseODS(bytes.NewReader(d), int64(len(d)), "f.ods")
				checkRecords(t, doc.Records)
				return nil, err
			},
			func(d []byte) ([]byte, error) {
				doc, err := parseHTMLTables(bytes.NewReader(d), int64(len(d)), "f.xls")
				checkRecords(t, doc.Records)
				return nil, err
			},
		} {
			parse(data)
		}
	})
}
