package parsers

// This file and xlsxcells.go are where workbooks are read. They turn a workbook
// into rows of text cells, the same currency the CSV reader hands to
// tableReader, so both share the header aliases, the header block, the
// totals rows and the row errors.
//
// A cell becomes text this way (Options{RawCellValue: true}):
//
//	stored value   number format        text
//	45672          m/d/yyyy (id 14)     "2025-01-15"   a date cell, 1900 system
//	44210          [$-409]d-mmm-yy      "2025-01-15"   the same day, 1904 system
//	0.75           0.0                  "0.75"         as stored, never the shown "0.8"
//	"1.5" (text)   @                    "1.5"          numbers stored as text stay text
//	"03/04/2025"   General              "03/04/2025"   text dates go to ParseDate
//
// A merged range reads as its top-left value in the range's first column
// of every row it spans, so a date merged down three rows dates all three
// activities, while a title merged across the columns of a title row stays
// one cell (repeating it sideways would turn "Name:" into its own value).

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"celedger"
)

// xlsxXMLMemoryLimit is how much of one worksheet excelize keeps in memory
// before it spills the sheet's XML to a temporary file.
const xlsxXMLMemoryLimit = 16 << 20

var (
	zipMagic = []byte("PK\x03\x04")
	// cfbMagic starts an OLE compound file: an encrypted OOXML workbook
	// (Excel wraps the zip in one when a password is set) or a legacy .xls.
	cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// encryptedPackage is the UTF-16LE name of the stream holding the
	// encrypted zip inside a password-protected workbook.
	encryptedPackage = utf16le("EncryptedPackage")
)

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// isXLSXName reports whether a file name is one an Excel workbook carries.
func isXLSXName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".xlsx") || strings.HasSuffix(n, ".xlsm")
}

// workbook is an open workbook with what reading its cells needs.
type workbook struct {
	f        *excelize.File
	path     string
	date1904 bool
	// cover holds the rows of the sheets passed over before the table's
	// (a cover or summary sheet): their label rows may name the holder.
	cover  [][]string
	isDate map[int]bool // style index -> its number format shows a date
	// The same zip read beside excelize for the sheets' rows (see
	// xlsxcells.go): each sheet's part, and the shared strings.
	zr     *zip.Reader
	parts  map[string]string // sheet name -> worksheet part
	shared []string
	rows   int // rows read from every sheet so far, blank ones too, for Limit.MaxRows
}

// openWorkbook opens r as an XLSX workbook, or says in a ParseError why it
// is not one: a password, a legacy .xls, text, a truncated zip.
func openWorkbook(r io.ReaderAt, size int64, path string) (*workbook, error) {
	fail := func(sentinel error, format string, args ...any) (*workbook, error) {
		return nil, &celedger.ParseError{Path: path, Err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
	}
	if size == 0 {
		return fail(celedger.ErrUnreadable, "empty file")
	}
	if size > Limit.MaxUnzipped {
		return fail(celedger.ErrTooLarge, "workbook is %d bytes, more than the %d-byte limit", size, Limit.MaxUnzipped)
	}
	head := make([]byte, min(size, headSize))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return fail(celedger.ErrUnreadable, "%v", err)
	}
	switch {
	case bytes.HasPrefix(head, cfbMagic):
		all := make([]byte, size)
		if _, err := r.ReadAt(all, 0); err != nil && err != io.EOF {
			return fail(celedger.ErrUnreadable, "%v", err)
		}
		if bytes.Contains(all, encryptedPackage) {
			return fail(celedger.ErrEncrypted, "password-protected workbook: remove the password and export again")
		}
		return fail(celedger.ErrUnreadable, "legacy Excel 97-2003 workbook (.xls) named .xlsx: open it and save it as .xlsx")
	case !bytes.HasPrefix(head, zipMagic):
		if looksLikeText(head) {
			return fail(celedger.ErrUnreadable, "not an XLSX workbook (content looks like text/CSV)")
		}
		return fail(celedger.ErrUnreadable, "not an XLSX workbook (no zip signature)")
	}
	// Our own reader streams the sheets and the shared strings; excelize
	// reads the rest (the sheet list, the date system, the cell formats)
	// from a copy of the zip without them, so no sheet is inflated twice
	// and none is held in memory whole.
	var zr *zip.Reader
	var parts map[string]string
	var rest io.ReaderAt = r
	restSize := size
	if z, err := zip.NewReader(r, size); err == nil {
		if err := inflationCheck(z); err != nil {
			return nil, &celedger.ParseError{Path: path, Err: err}
		}
		if p, err := sheetParts(z); err == nil {
			if small, err := withoutParts(z, p); err == nil {
				zr, parts = z, p
				rest, restSize = bytes.NewReader(small), int64(len(small))
			}
		}
	}
	f, err := excelize.OpenReader(io.NewSectionReader(rest, 0, restSize), excelize.Options{
		RawCellValue:      true,
		TmpDir:            TmpDir,
		UnzipSizeLimit:    Limit.MaxUnzipped,
		UnzipXMLSizeLimit: min(Limit.MaxUnzipped, xlsxXMLMemoryLimit),
	})
	if err != nil {
		if f != nil {
			f.Close()
		}
		if strings.Contains(err.Error(), "size exceeds") {
			return fail(celedger.ErrTooLarge, "workbook unzips to more than %d bytes (raise it with -max-unzipped)", Limit.MaxUnzipped)
		}
		return fail(celedger.ErrUnreadable, "truncated or corrupt workbook: %v", err)
	}
	wb := &workbook{f: f, path: path, isDate: map[int]bool{}, zr: zr, parts: parts}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		wb.date1904 = *props.Date1904
	}
	if wb.zr != nil {
		if wb.shared, err = sharedStrings(wb.zr, wb.parts[sharedStringsKey]); err != nil {
			f.Close()
			if errors.Is(err, celedger.ErrTooLarge) {
				return nil, &celedger.ParseError{Path: path, Err: err}
			}
			return fail(celedger.ErrUnreadable, "%v", err)
		}
	}
	return wb, nil
}

func (wb *workbook) close() { wb.f.Close() }

// withoutParts copies a workbook's zip without its sheets and shared
// strings (the parts of sheetParts' map), each member copied as stored,
// not inflated: what is left for excelize is a few small parts.
func withoutParts(zr *zip.Reader, parts map[string]string) ([]byte, error) {
	skip := map[string]bool{}
	for _, p := range parts {
		skip[p] = true
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if skip[f.Name] {
			continue
		}
		w, err := zw.CreateRaw(&f.FileHeader)
		if err != nil {
			return nil, err
		}
		raw, err := f.OpenRaw()
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(w, raw); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// looksLikeText reports whether a head is plain text (a CSV saved as .xlsx).
func looksLikeText(head []byte) bool {
	head = bytes.TrimPrefix(head, utf8BOM)
	return utf8.Valid(trimPartialRune(head)) && bytes.IndexByte(head, 0) < 0
}

// mergeRange is a merged range, 1-based and inclusive.
type mergeRange struct{ col1, row1, col2, row2 int }

// Bounds on one sheet beyond Limit: a CE document has a few dozen
// columns and a few merged ranges, so a sheet past these is hostile or
// broken, and reading it would cost time without bound.
const (
	// maxSheetColumns: cells right of it are not read (the sheet's notes
	// say so).
	maxSheetColumns = 1024
	// maxMergesPerRow: more merged ranges over one row fail the sheet.
	maxMergesPerRow = 1000
)

// errRowLimit stops a workbook at Limit.MaxRows rows, blank ones included.
type errRowLimit struct{ line int }

func (e *errRowLimit) Error() string {
	return fmt.Sprintf("more than %d rows", Limit.MaxRows)
}

// sheetRows streams the rows of one sheet to row with 1-based row numbers,
// skipping none (blank rows arrive empty; the caller decides). row returns
// false to stop early. Every row, blank or not, counts toward
// Limit.MaxRows for the workbook: past it, sheetRows returns *errRowLimit.
// A note is added when cells right of maxSheetColumns are not read.
func (wb *workbook) sheetRows(sheet string, row func(line int, cells []string) bool) (notes []string, err error) {
	part, ok := wb.parts[sheet]
	if !ok {
		return nil, fmt.Errorf("the workbook does not say where the sheet's XML is")
	}
	merges, err := mergedRanges(wb.zr, part)
	if err != nil {
		return nil, err
	}
	sort.Slice(merges, func(i, j int) bool { return merges[i].row1 < merges[j].row1 })
	stream, err := openSheetStream(wb.zr, part, wb.shared)
	if err != nil {
		return nil, err
	}
	defer stream.close()
	// Merged ranges are swept in row order: only those over the current
	// row are looked at.
	var active []mergeRange
	nextMerge := 0
	mergedValue := map[mergeRange]string{}
	wide := ""
	emit := func(line int, sc []sheetCell) (bool, error) {
		if wb.rows++; wb.rows > Limit.MaxRows {
			return false, &errRowLimit{line}
		}
		width := 0
		for _, c := range sc {
			if c.col > maxSheetColumns {
				if wide == "" {
					wide = fmt.Sprintf("cells right of column %d not read (the first at %s)", maxSheetColumns, cellName(c.col, line))
				}
				continue
			}
			if c.value != "" || c.formula {
				width = max(width, c.col)
			}
		}
		cells := make([]string, width)
		for _, c := range sc {
			if c.col <= width && c.value != "" {
				cells[c.col-1] = wb.cellText(c.value, c.attr)
			}
		}
		keep := active[:0]
		for _, m := range active {
			if m.row2 >= line {
				keep = append(keep, m)
			}
		}
		active = keep
		for nextMerge < len(merges) && merges[nextMerge].row1 <= line {
			if m := merges[nextMerge]; m.row2 >= line && m.col1 <= maxSheetColumns {
				active = append(active, m)
			}
			nextMerge++
		}
		if len(active) > maxMergesPerRow {
			return false, fmt.Errorf("%w: row %d lies in more than %d merged ranges", celedger.ErrTooLarge, line, maxMergesPerRow)
		}
		for _, m := range active {
			if line == m.row1 {
				if m.col1 <= len(cells) {
					mergedValue[m] = cells[m.col1-1]
				}
				continue
			}
			if v := mergedValue[m]; v != "" {
				for len(cells) < m.col1 {
					cells = append(cells, "")
				}
				cells[m.col1-1] = v
			}
		}
		return row(line, cells), nil
	}
	defer func() {
		if wide != "" {
			notes = append(notes, fmt.Sprintf("sheet %q: %s", sheet, wide))
		}
	}()
	line := 0
	for {
		n, cells, err := stream.next()
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, nil
		}
		for line+1 < n { // rows the sheet leaves out read as blank rows
			line++
			if ok, err := emit(line, nil); !ok || err != nil {
				return nil, err
			}
		}
		line = n
		if ok, err := emit(line, cells); !ok || err != nil {
			return nil, err
		}
	}
}

// newMergeRange is the range from cell first to cell last, when it spans
// more than one row.
func newMergeRange(first, last string) (mergeRange, bool) {
	c1, r1, err1 := excelize.CellNameToCoordinates(first)
	c2, r2, err2 := excelize.CellNameToCoordinates(last)
	if err1 != nil || err2 != nil || r2 <= r1 {
		return mergeRange{}, false
	}
	return mergeRange{col1: min(c1, c2), row1: r1, col2: max(c1, c2), row2: r2}, true
}

// cellText turns a raw cell value into the text a transcript reader
// expects: a date cell becomes YYYY-MM-DD, anything else stays as stored.
func (wb *workbook) cellText(raw string, a cellAttr) string {
	serial, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return raw // text, including numbers and dates stored as text
	}
	if wb.dateCell(a) {
		t, err := excelize.ExcelDateToTime(serial, wb.date1904)
		if err == nil && t.Year() >= 1900 {
			return t.Format("2006-01-02")
		}
		return raw
	}
	if strings.ContainsAny(raw, "eE") {
		// 1E-3 as stored by some writers: ParsePoints reads plain decimals.
		return strconv.FormatFloat(serial, 'f', -1, 64)
	}
	return raw
}

// dateCell reports whether a cell is a number shown as a date.
func (wb *workbook) dateCell(a cellAttr) bool {
	// A text cell that happens to hold digits keeps its text, whatever its format says.
	if a.typ == "s" || a.typ == "inlineStr" {
		return false
	}
	isDate, ok := wb.isDate[a.style]
	if !ok {
		if st, err := wb.f.GetStyle(a.style); err == nil {
			if st.CustomNumFmt != nil {
				isDate = isDateFormatCode(*st.CustomNumFmt)
			} else {
				isDate = isBuiltInDateFormat(st.NumFmt)
			}
		}
		wb.isDate[a.style] = isDate
	}
	return isDate
}

// isBuiltInDateFormat reports whether a built-in number format shows a date
// or a time: 14-22 (m/d/yyyy … m/d/yy h:mm) and 45-47 (mm:ss forms).
func isBuiltInDateFormat(id int) bool {
	return id >= 14 && id <= 22 || id >= 45 && id <= 47
}

// isDateFormatCode reports whether a custom number format code shows a
// date or time: it has a d, m, y or h outside quoted text, [brackets]
// (colours, locales, elapsed-time markers) and backslash escapes.
// "d-mmm-yy" and "[$-409]mmmm d, yyyy" are dates; `0.00 "hrs"` and
// "[Red]0.0" are not.
func isDateFormatCode(code string) bool {
	// Only the first section (positive numbers) matters.
	inQuote, inBracket := false, false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inQuote:
			inQuote = c != '"'
		case inBracket:
			inBracket = c != ']'
		case c == '"':
			inQuote = true
		case c == '[':
			inBracket = true
		case c == '\\' || c == '_' || c == '*':
			i++ // an escaped or padding character
		case c == ';':
			return false
		default:
			switch c | 0x20 { // lower case
			case 'd', 'm', 'y', 'h':
				return true
			}
		}
	}
	return false
}

// ReadSheetRows finds, among the sheets of the workbook in r (in workbook
// order), the first whose first rows hold a row that isHeader accepts, and
// streams that sheet's rows, from row 1, to row with the sheet's name,
// their 1-based row numbers and cells as text (dates as YYYY-MM-DD, numbers as stored;
// blank rows are passed over). A sheet without such a row in its first
// 40 non-blank rows is passed over and named in notes.
//
// It is the XLSX half of any reader of tables with a header: transcripts
// here, a staff roster elsewhere. For a roster:
//
//	sheet, notes, err := parsers.ReadSheetRows(f, size, "staff.xlsx",
//		func(cells []string) bool { return hasColumns(cells, "name", "id") },
//		func(sheet string, line int, cells []string) { … })
//
// err is a *celedger.ParseError whose cause is ErrEncrypted, ErrTooLarge,
// ErrUnreadable or ErrNoColumn (no sheet has a header).
func ReadSheetRows(r io.ReaderAt, size int64, path string, isHeader func(cells []string) bool, row func(sheet string, line int, cells []string)) (sheet string, notes []string, err error) {
	return readSheetRows(r, size, path, isHeader, row, nil)
}

// readSheetRows is ReadSheetRows; when the table's sheet passes
// Limit.MaxRows, atLimit (when not nil) is told the sheet and row and the
// rows before it stand, else that is an error.
func readSheetRows(r io.ReaderAt, size int64, path string, isHeader func(cells []string) bool, row func(sheet string, line int, cells []string), atLimit func(sheet string, line int)) (sheet string, notes []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &celedger.ParseError{Path: path, Sheet: sheet, Err: fmt.Errorf("%w: workbook reader failed: %v", celedger.ErrUnreadable, p)}
		}
	}()
	wb, err := openWorkbook(r, size, path)
	if err != nil {
		return "", nil, err
	}
	defer wb.close()
	return wb.readSheets(isHeader, row, atLimit)
}

// readSheets is readSheetRows on an open workbook.
func (wb *workbook) readSheets(isHeader func([]string) bool, row func(string, int, []string), atLimit func(string, int)) (string, []string, error) {
	type held struct {
		line  int
		cells []string
	}
	var notes []string
	found := ""
	for _, name := range wb.f.GetSheetList() {
		if found != "" {
			notes = append(notes, fmt.Sprintf("sheet %q ignored: the table is on sheet %q", name, found))
			continue
		}
		var above []held
		more, err := wb.sheetRows(name, func(line int, cells []string) bool {
			if blank(cells) {
				return true
			}
			if found != "" {
				row(name, line, cells)
				return true
			}
			above = append(above, held{line, cells})
			if isHeader(cells) {
				found = name
				for _, h := range above {
					row(name, h.line, h.cells)
				}
				above = nil
				return true
			}
			return len(above) < maxHeaderScan
		})
		notes = append(notes, more...)
		var limit *errRowLimit
		switch {
		case errors.As(err, &limit) && found == name && atLimit != nil:
			atLimit(name, limit.line)
		case errors.As(err, &limit):
			return found, notes, &celedger.ParseError{Path: wb.path, Sheet: name, Line: limit.line,
				Err: fmt.Errorf("%w: more than %d rows, blank ones included; the rest of the file was not read (raise it with -max-rows)", celedger.ErrTooLarge, Limit.MaxRows)}
		case errors.Is(err, celedger.ErrTooLarge):
			return found, notes, &celedger.ParseError{Path: wb.path, Sheet: name, Err: err}
		case err != nil && found == name:
			return name, notes, &celedger.ParseError{Path: wb.path, Sheet: name, Err: fmt.Errorf("%w: %v", celedger.ErrUnreadable, err)}
		case err != nil:
			notes = append(notes, fmt.Sprintf("sheet %q ignored: %v", name, err))
		case found == "":
			notes = append(notes, fmt.Sprintf("sheet %q ignored: no header row", name))
			for _, h := range above {
				wb.cover = append(wb.cover, h.cells) // a cover sheet's "Learner: …" rows
			}
		}
		if limit != nil {
			break // the workbook's row budget is spent
		}
	}
	if found == "" {
		return "", notes, &celedger.ParseError{Path: wb.path, Err: fmt.Errorf("%w: no sheet has a header row with a title and a date or credits column in its first %d rows", celedger.ErrNoColumn, maxHeaderScan)}
	}
	return found, notes, nil
}

// xlsxLayouts are the providers an XLSX transcript may name in its header
// block, with the format name reported for each. The empty provider is the
// generic CE sheet.
var xlsxLayouts = map[string]struct {
	format string
	layout tableLayout
}{
	"ASCP": {"ascp-transcript-xlsx", tableLayout{provider: "ASCP", defaultUnit: celedger.UnitCMLE, kind: "transcript"}},
	"AABB": {"aabb-transcript-xlsx", tableLayout{provider: "AABB", defaultUnit: celedger.UnitContactHour, kind: "transcript"}},
	"CAP":  {"cap-transcript-xlsx", tableLayout{provider: "CAP", kind: "transcript"}},
	"":     {"ce-generic-xlsx", tableLayout{kind: "transcript"}},
}

// parseXLSX reads a transcript workbook. With provider "" the provider is
// read from the sheet: the first provider named in the sheet name, the
// rows above the header or the header itself decides the layout (its
// default unit) and the format reported in Document.Format. With a
// provider, that layout is used whatever the sheet says.
func parseXLSX(r io.ReaderAt, size int64, path, provider string) (celedger.Document, error) {
	var t *tableReader
	var text strings.Builder // lowercased sheet name and rows down to the header
	decided := provider != ""
	isHeader := func(cells []string) bool { _, n := mapHeader(cells); return n >= 3 }
	wb, err := openWorkbook(r, size, path)
	if err != nil {
		return celedger.Document{}, err
	}
	defer wb.close()
	_, notes, err := wb.readSheets(isHeader, func(sheet string, line int, cells []string) {
		if t == nil {
			t = newTableReader(path, sheet, xlsxLayouts[provider].layout, false)
			t.date1904 = wb.date1904 // serial days in the date column count from its epoch
			text.WriteString(strings.ToLower(sheet) + "\n")
		}
		if !decided {
			for _, c := range cells {
				text.WriteString(strings.ToLower(c))
				text.WriteByte(' ')
			}
			text.WriteByte('\n')
			if isHeader(cells) {
				provider, decided = markedProvider(text.String()), true
				t.layout = xlsxLayouts[provider].layout
			}
		}
		t.add(line, cells)
	}, func(sheet string, line int) {
		if !t.full {
			t.full = true
			t.doc.Problems = append(t.doc.Problems, rowLimitError(path, sheet, line))
		}
	})
	if err != nil {
		return celedger.Document{}, err
	}
	var cover celedger.Holder
	readHolderRows(&cover, wb.cover)
	t.doc.Holder = t.doc.Holder.Merge(cover) // fields the data sheet leaves empty
	doc, err := t.finish()
	doc.Notes = append(notes, doc.Notes...)
	doc.Format = xlsxLayouts[provider].format
	return doc, err
}
