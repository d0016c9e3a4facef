package parsers

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"celedger"
)

// openDocumentSheet reads an OpenDocument spreadsheet (.ods, whatever its
// name: an .ods saved as .xlsx is told by its first member, mimetype). Its
// content.xml holds table:table elements of table:table-row rows of
// table:table-cell cells; a date cell's office:date-value is the date, a
// number's office:value the number, else the cell's text:p text. Repeated
// rows and cells (number-rows-repeated, number-columns-repeated) are
// expanded up to the last one with text.
var openDocumentSheet = Format{
	Name: "ce-generic-ods",
	Match: func(name string, head []byte) bool {
		return bytes.HasPrefix(head, []byte("PK\x03\x04")) && bytes.Contains(head[:min(len(head), 200)], []byte(odsMimetype))
	},
	Parse: parseODS,
}

const odsMimetype = "application/vnd.oasis.opendocument.spreadsheet"

// maxODSRepeat bounds one repeated row or cell: a sheet's trailing empty
// rows are written as one row repeated a million times.
const maxODSRepeat = 1024

func parseODS(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
	fail := func(err error) (celedger.Document, error) {
		return celedger.Document{}, &celedger.ParseError{Path: path, Err: err}
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return fail(fmt.Errorf("%w: OpenDocument spreadsheet: %v", celedger.ErrUnreadable, err))
	}
	if err := inflationCheck(zr); err != nil {
		return fail(err)
	}
	var content *zip.File
	for _, f := range zr.File {
		if f.Name == "content.xml" {
			content = f
		}
	}
	if content == nil {
		return fail(fmt.Errorf("%w: OpenDocument spreadsheet without content.xml", celedger.ErrUnreadable))
	}
	if content.UncompressedSize64 > uint64(Limit.MaxUnzipped) {
		return fail(fmt.Errorf("%w: content.xml over %d MiB", celedger.ErrTooLarge, Limit.MaxUnzipped>>20))
	}
	rc, err := content.Open()
	if err != nil {
		return fail(fmt.Errorf("%w: %v", celedger.ErrUnreadable, err))
	}
	defer rc.Close()
	sheets, err := odsSheets(io.LimitReader(rc, Limit.MaxUnzipped))
	if err != nil {
		return fail(fmt.Errorf("%w: content.xml: %v", celedger.ErrUnreadable, err))
	}
	doc, err := readSheetTables(path, sheets, false, "ods")
	if ext := strings.ToLower(filepath.Ext(path)); err == nil && ext != ".ods" && ext != ".fods" {
		doc.Notes = append([]string{"an OpenDocument spreadsheet named " + ext + ": read as one"}, doc.Notes...)
	}
	return doc, err
}

// odsSheets streams content.xml into sheets of text rows.
func odsSheets(r io.Reader) ([]textSheet, error) {
	d := xml.NewDecoder(r)
	var sheets []textSheet
	var row []string
	var cell strings.Builder
	inCell, rowRepeat, cellRepeat, rows := false, 1, 1, 0
	var cellValue string
	attr := func(e xml.StartElement, local string) string {
		for _, a := range e.Attr {
			if a.Name.Local == local {
				return a.Value
			}
		}
		return ""
	}
	repeat := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return 1
		}
		return min(n, maxODSRepeat)
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return sheets, nil
		}
		if err != nil {
			return nil, err
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "table":
				sheets = append(sheets, textSheet{name: attr(e, "name")})
			case "table-row":
				row, rowRepeat = nil, repeat(attr(e, "number-rows-repeated"))
			case "table-cell", "covered-table-cell":
				inCell, cellRepeat = true, repeat(attr(e, "number-columns-repeated"))
				cell.Reset()
				cellValue = attr(e, "date-value")
				if cellValue == "" && attr(e, "value-type") == "float" {
					cellValue = attr(e, "value")
				}
			case "p":
				if inCell && cell.Len() > 0 {
					cell.WriteByte(' ')
				}
			case "s":
				if inCell {
					cell.WriteByte(' ')
				}
			}
		case xml.CharData:
			if inCell {
				cell.Write(e)
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "table-cell", "covered-table-cell":
				text := strings.TrimSpace(cell.String())
				if cellValue != "" {
					text = strings.TrimSuffix(cellValue, "T00:00:00") // the value, not its display
				}
				for range cellRepeat {
					row = append(row, text)
				}
				inCell = false
			case "table-row":
				for len(row) > 0 && row[len(row)-1] == "" {
					row = row[:len(row)-1]
				}
				if len(sheets) == 0 {
					continue
				}
				s := &sheets[len(sheets)-1]
				if len(row) == 0 {
					rowRepeat = min(rowRepeat, 1) // trailing empty rows: one stands for all
				}
				for range rowRepeat {
					if rows++; rows > Limit.MaxRows {
						return nil, fmt.Errorf("%w: more than %d rows", celedger.ErrTooLarge, Limit.MaxRows)
					}
					s.rows = append(s.rows, row)
				}
			}
		}
	}
}
