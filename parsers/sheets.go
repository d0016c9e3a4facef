package parsers

import (
	"fmt"
	"strings"

	"celedger"
)

// Workbooks that are not .xlsx: a legacy Excel 97-2003 workbook (.xls,
// xls.go), an OpenDocument spreadsheet (.ods, ods.go) and an HTML table
// saved under an .xls name by a learning-management system's "Export to
// Excel" (html.go). Each reader turns its file into sheets of text rows;
// readSheetTables reads those the way parseXLSX reads an .xlsx.

// textSheet is one sheet as rows of cell text; line numbers are 1-based
// row indexes.
type textSheet struct {
	name string
	rows [][]string
}

// readSheetTables reads a transcript from sheets of text rows: the first
// sheet with a header row holds the table (the provider named above or in
// the header picks the layout, as in parseXLSX); the label rows of the
// sheets before it may name the holder. date1904 is the workbook's date
// system for serial day numbers. format names the document's format for
// the generic layout ("ce-generic-xls"); a provider's layout keeps its
// own name with ext ("ascp-transcript-" + ext).
func readSheetTables(path string, sheets []textSheet, date1904 bool, ext string) (celedger.Document, error) {
	var cover [][]string
	var notes []string
	for i, sh := range sheets {
		at := -1
		var above strings.Builder
		above.WriteString(strings.ToLower(sh.name) + "\n")
		for k, row := range sh.rows {
			if k >= maxHeaderScan {
				break
			}
			above.WriteString(strings.ToLower(strings.Join(row, " ")) + "\n")
			if _, n := mapHeader(row); n >= 3 {
				at = k
				break
			}
		}
		if at < 0 {
			cover = append(cover, sh.rows[:min(len(sh.rows), maxHeaderScan)]...)
			notes = append(notes, fmt.Sprintf("sheet %q ignored: no header row", sh.name))
			continue
		}
		provider := markedProvider(above.String())
		t := newTableReader(path, sh.name, xlsxLayouts[provider].layout, false)
		t.date1904 = date1904
		for k, row := range sh.rows {
			if !t.add(k+1, row) {
				break
			}
		}
		for _, rest := range sheets[i+1:] {
			notes = append(notes, fmt.Sprintf("sheet %q ignored: the table is on sheet %q", rest.name, sh.name))
		}
		var h celedger.Holder
		readHolderRows(&h, cover)
		t.doc.Holder = t.doc.Holder.Merge(h)
		doc, err := t.finish()
		doc.Notes = append(notes, doc.Notes...)
		doc.Format = strings.TrimSuffix(xlsxLayouts[provider].format, "xlsx") + ext
		return doc, err
	}
	return celedger.Document{}, &celedger.ParseError{Path: path, Err: fmt.Errorf("%w: no sheet has a header row with a title and a date or credits column in its first %d rows", celedger.ErrNoColumn, maxHeaderScan)}
}
