package parsers

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/shakinm/xlsReader/xls"
	"golang.org/x/text/encoding/charmap"

	"celedger"
)

// legacyXLS reads a legacy Excel 97-2003 workbook (BIFF8 in an OLE
// container), with github.com/shakinm/xlsReader. A password-protected
// .xlsx is an OLE container too: it fails with the advice to save it
// without a password.
var legacyXLS = Format{
	Name:  "ce-generic-xls",
	Match: func(name string, head []byte) bool { return bytes.HasPrefix(head, oleMagic) },
	Parse: parseXLS,
}

// oleMagic opens every OLE compound file.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func parseXLS(r io.ReaderAt, size int64, path string) (doc celedger.Document, err error) {
	fail := func(why string) (celedger.Document, error) {
		return celedger.Document{}, &celedger.ParseError{Path: path, Err: fmt.Errorf("%w: %s", celedger.ErrUnreadable, why)}
	}
	defer func() {
		if p := recover(); p != nil {
			doc, err = fail(fmt.Sprintf("legacy Excel workbook the reader could not follow (%v): open it and save it as .xlsx", p))
		}
	}()
	wb, err := xls.OpenReader(io.NewSectionReader(r, 0, size))
	if err != nil {
		if strings.EqualFold(filepath.Ext(path), ".xlsx") {
			return fail("a password-protected or legacy workbook named .xlsx: open it, save it as .xlsx without a password")
		}
		return fail(fmt.Sprintf("legacy Excel 97-2003 workbook (.xls) not readable (%v): open it and save it as .xlsx", err))
	}
	var sheets []textSheet
	rows := 0
	for i := range wb.GetNumberSheets() {
		sh, err := wb.GetSheet(i)
		if err != nil {
			continue
		}
		s := textSheet{name: sh.GetName()}
		for k := range sh.GetNumberRows() {
			if rows++; rows > Limit.MaxRows {
				return fail(fmt.Sprintf("more than %d rows", Limit.MaxRows))
			}
			row, err := sh.GetRow(k)
			if err != nil {
				s.rows = append(s.rows, nil)
				continue
			}
			var cells []string
			for _, c := range row.GetCols() {
				cells = append(cells, strings.TrimSpace(latin1Cell(c.GetString())))
			}
			s.rows = append(s.rows, cells)
		}
		sheets = append(sheets, s)
	}
	return readSheetTables(path, sheets, false, "xls")
}

// latin1Cell is a cell's text as UTF-8: BIFF8 stores short strings as
// single bytes in the workbook's code page (Windows-1252 in the Americas
// and Western Europe), which the library passes through as they are.
func latin1Cell(v string) string {
	if utf8.ValidString(v) {
		return v
	}
	if d, err := charmap.Windows1252.NewDecoder().String(v); err == nil {
		return d
	}
	return v
}
