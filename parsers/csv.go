package parsers

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"celedger"
)

// delimiters are the separators a CE export uses; the one that yields the
// best header row in the head of the file wins.
var delimiters = []rune{',', ';', '\t', '|'}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// delimitedSniff is what the head of a delimited text file tells: the
// delimiter, the text above and in the header (for the provider marks) and
// whether a header row was found at all.
type delimitedSniff struct {
	delim    rune
	preamble string // lowercased text of the rows above and in the header
	title    string // the first row above the header, as printed ("LabCE Course History"); "" when none
	ok       bool
}

// documentName reports whether a file name is one a CE document may carry:
// a spreadsheet, text or PDF extension, or none at all.
func documentName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case "", ".csv", ".tsv", ".tab", ".txt", ".dat", ".xlsx", ".xlsm", ".xls", ".pdf":
		return true
	}
	return false
}

// sniffDelimited tries each delimiter on the head of a file and keeps the
// one whose header row maps the most known columns.
func sniffDelimited(head []byte) delimitedSniff {
	head = bytes.TrimPrefix(head, utf8BOM)
	if !utf8.Valid(trimPartialRune(head)) || bytes.IndexByte(head, 0) >= 0 {
		return delimitedSniff{}
	}
	cr := crOnly(head)
	best, bestN := delimitedSniff{}, 0
	for _, d := range delimiters {
		var pre strings.Builder
		rows, title := 0, ""
		eachRow(bytes.NewReader(head), 0, int64(len(head)), d, cr, func(_ int, row []string) bool {
			for _, c := range row {
				pre.WriteString(strings.ToLower(c))
				pre.WriteByte(' ')
			}
			pre.WriteByte('\n')
			if _, n := mapHeader(row); n >= 3 {
				if n > bestN {
					best, bestN = delimitedSniff{delim: d, preamble: pre.String(), title: title, ok: true}, n
				}
				return false
			}
			if rows == 0 {
				title = strings.TrimSpace(strings.Join(row, " "))
			}
			rows++
			return rows < maxHeaderScan
		}, nil)
	}
	return best
}

// trimPartialRune drops a UTF-8 sequence cut by the end of a head buffer.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < utf8.UTFMax && len(b) > 0; i++ {
		r, size := utf8.DecodeLastRune(b)
		if r != utf8.RuneError || size != 1 {
			return b
		}
		b = b[:len(b)-1]
	}
	return b
}

func newCSVReader(r io.Reader, delim rune) *csv.Reader {
	c := csv.NewReader(r)
	c.Comma = delim
	c.FieldsPerRecord = -1
	c.LazyQuotes = true
	c.ReuseRecord = true
	return c
}

// parseDelimited reads a CSV/TSV transcript with the given layout.
func parseDelimited(r io.ReaderAt, size int64, path string, layout tableLayout) (celedger.Document, error) {
	head := make([]byte, min(size, headSize))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return celedger.Document{}, &celedger.ParseError{Path: path, Err: fmt.Errorf("%w: %v", celedger.ErrUnreadable, err)}
	}
	sn := sniffDelimited(head)
	if !sn.ok {
		return celedger.Document{}, &celedger.ParseError{Path: path, Err: fmt.Errorf("%w: no header row with a title and a date or credits column", celedger.ErrNoColumn)}
	}
	start := int64(0)
	if bytes.HasPrefix(head, utf8BOM) {
		start = int64(len(utf8BOM))
	}
	if layout.provider == "" {
		layout.provider = titleBlockProvider(sn.title) // "LabCE Course History": the export's own provider
	}
	t := newTableReader(path, "", layout, sn.delim != ',')
	err := eachRow(r, start, size, sn.delim, crOnly(head[start:]), func(line int, row []string) bool {
		if line > Limit.MaxRows && !t.full {
			// Blank lines count toward the limit too: encoding/csv passes
			// over them without a word, however many there are.
			t.full = true
			t.doc.Problems = append(t.doc.Problems, rowLimitError(path, "", line))
		}
		return !t.full && t.add(line, row)
	}, func(line, field int) {
		label := ""
		if t.hdr != nil && field < len(t.hdr.labels) {
			label = strings.TrimSpace(t.hdr.labels[field])
		}
		t.doc.Problems = append(t.doc.Problems, &celedger.ParseError{Path: path, Line: line, Field: label,
			Err: errUnclosedQuote})
	})
	if long := (*errFieldTooLong)(nil); errors.As(err, &long) {
		return celedger.Document{}, &celedger.ParseError{Path: path, Line: long.line,
			Err: fmt.Errorf("%w: a field longer than the 32,767 characters a spreadsheet cell may hold: a damaged or hostile file, not read", celedger.ErrTooLarge)}
	}
	if err != nil {
		t.doc.Problems = append(t.doc.Problems, unreadableAt(path, err))
	}
	return t.finish()
}

// recordKinds end a title block that names a provider's own record of
// courses: "LabCE Course History", "MediaLab Transcript".
var recordKinds = []string{"course history", "learning history", "education history", "transcript", "ce transcript",
	"course transcript", "completion history", "completion report", "ce log", "course log", "activity report"}

// titleBlockProvider is the provider a delimited export's first line names
// before the kind of record it is ("LabCE Course History" -> "LabCE"), or
// "" when the line is no such title (a sentence, a date, a label).
func titleBlockProvider(title string) string {
	if title == "" || strings.ContainsAny(title, ":0123456789") {
		return ""
	}
	lower := strings.ToLower(title)
	for _, k := range recordKinds {
		if rest, ok := strings.CutSuffix(lower, " "+k); ok {
			if n := len(strings.Fields(rest)); n >= 1 && n <= 6 {
				return strings.TrimSpace(title[:len(rest)])
			}
		}
	}
	return ""
}

// rowLimitError is the problem of a table cut at Limit.MaxRows, in the
// words tableReader uses.
func rowLimitError(path, sheet string, line int) error {
	return &celedger.ParseError{Path: path, Sheet: sheet, Line: line,
		Err: fmt.Errorf("%w: more than %d rows; the rest of the file was not read (raise it with -max-rows)", celedger.ErrTooLarge, Limit.MaxRows)}
}

// ErrUnclosedQuote is the cause of a quoted field that runs to the end of
// the file.
var ErrUnclosedQuote = errors.New("unclosed quote")

// csvLineError is encoding/csv's error with the line of the whole file.
type csvLineError struct {
	line int
	err  error
}

func (e *csvLineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }

func (e *csvLineError) Unwrap() error { return e.err }

// errUnclosedQuote is the problem reported at the line where a quoted
// field opens and never closes.
var errUnclosedQuote = fmt.Errorf("%w: the quoted field that opens on this line never closes; the lines after it were read as rows of their own", ErrUnclosedQuote)

// unreadableAt is eachRow's error for path as an ErrUnreadable problem, at
// the line a csvLineError names (0 when it names none).
func unreadableAt(path string, err error) *celedger.ParseError {
	line := 0
	if le, ok := errors.AsType[*csvLineError](err); ok {
		line, err = le.line, le.err
	}
	return &celedger.ParseError{Path: path, Line: line, Err: fmt.Errorf("%w: %v", celedger.ErrUnreadable, err)}
}

// eachRow reads delimited text from r between start and end and calls row
// with each row and its 1-based line number, until row returns false.
// crOnly reads a lone CR as a line end (old Mac exports).
//
// encoding/csv, reading lazily (a stray quote inside a field is kept as
// text), reads a quoted field that never closes to the end of the file:
// one field swallows every line after it, silently. eachRow watches the
// same bytes (quoteWatch); when that happens it calls unclosed with the
// line where the quote opened and the field's 0-based column, passes that
// row over, and reads on from the next line.
func eachRow(r io.ReaderAt, start, end int64, delim rune, crOnly bool, row func(line int, cells []string) bool, unclosed func(line, field int)) error {
	base := 0
	for start < end {
		var src io.Reader = io.NewSectionReader(r, start, end-start)
		if crOnly {
			src = crReader{src}
		}
		w := &quoteWatch{r: src, delim: byte(delim), line: 1, atStart: true, resume: -1}
		cr := newCSVReader(bufio.NewReaderSize(w, 64<<10), delim)
		var restart int64 = -1
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				line := 0
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					line = pe.StartLine
				}
				return &csvLineError{base + line, unwrapCSV(err)}
			}
			last, _ := cr.FieldPos(len(rec) - 1)
			if w.unclosed() && last == w.openLine {
				if unclosed != nil {
					unclosed(base+w.openLine, len(rec)-1)
				}
				restart = w.resume
				break
			}
			line, _ := cr.FieldPos(0)
			if !row(base+line, rec) {
				return nil
			}
		}
		if restart < 0 {
			return nil
		}
		start += restart
		base += w.openLine
	}
	return nil
}

// crOnly reports whether a file's head ends its lines with a lone CR.
func crOnly(head []byte) bool {
	return bytes.IndexByte(head, '\n') < 0 && bytes.IndexByte(head, '\r') >= 0
}

// crReader turns each CR into a line feed.
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// quoteWatch follows the bytes encoding/csv reads with its quoting rules
// (LazyQuotes): a field that starts with a quote runs to a quote followed
// by the delimiter, a line end or the end of the file; any other quote in
// it is text. It knows, at the end, whether a quoted field is still open,
// on which line it opened and where the line after that one starts.
type quoteWatch struct {
	r        io.Reader
	delim    byte
	n        int64 // bytes seen
	line     int   // 1-based line of the next byte
	atStart  bool  // the next byte starts a field
	inQuote  bool
	afterQ   bool  // a quote inside a quoted field: it may close it
	afterQCR bool  // that quote, then a CR
	openLine int   // line of the quote that opened the current quoted field
	resume   int64 // offset of the line after openLine; -1 until seen
	eof      bool
	run      int // bytes of the current field on the current line
	longLine int // the line of the first field longer than maxFieldBytes; 0 when none
}

// maxFieldBytes is the most bytes one field may hold on one line: the
// 32,767 characters of a spreadsheet cell, 4 bytes each at most. A longer
// field stops the file while it is read, before any string is built.
const maxFieldBytes = maxCellChars * 4

// errFieldTooLong is the error of a field past maxFieldBytes.
type errFieldTooLong struct{ line int }

func (e *errFieldTooLong) Error() string {
	return fmt.Sprintf("line %d: a field longer than the 32,767 characters a spreadsheet cell may hold: a damaged or hostile file, not read", e.line)
}

func (w *quoteWatch) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	for _, b := range p[:n] {
		w.step(b)
	}
	if w.longLine > 0 {
		return n, &errFieldTooLong{w.longLine}
	}
	if err == io.EOF {
		w.eof = true
	}
	return n, err
}

func (w *quoteWatch) step(b byte) {
	pos := w.n
	w.n++
	if b == '\n' || b == w.delim && !w.inQuote {
		w.run = 0
	} else if w.run++; w.run > maxFieldBytes && w.longLine == 0 {
		w.longLine = w.line
	}
	if !w.inQuote {
		switch {
		case b == '\n':
			w.newline(pos)
		case b == w.delim:
			w.atStart = true
		case b == '"' && w.atStart:
			w.inQuote, w.atStart, w.openLine, w.resume = true, false, w.line, -1
		default:
			w.atStart = false
		}
		return
	}
	if w.afterQCR {
		w.afterQCR = false
		if b == '\n' { // `"\r\n` ends the field and the line
			w.inQuote = false
			w.newline(pos)
			return
		}
		// `"\r` then text: both are text, and b is read in the field.
	} else if w.afterQ {
		w.afterQ = false
		switch b {
		case '"': // `""`, a quote in the text
			return
		case w.delim:
			w.inQuote, w.atStart = false, true
			return
		case '\n':
			w.inQuote = false
			w.newline(pos)
			return
		case '\r':
			w.afterQCR = true
			return
		}
		// a stray quote: text, and b is read in the field.
	}
	switch b {
	case '"':
		w.afterQ = true
	case '\n':
		w.newline(pos)
	}
}

func (w *quoteWatch) newline(pos int64) {
	w.line++
	w.atStart = true
	if w.inQuote && w.resume < 0 {
		w.resume = pos + 1
	}
}

// unclosed reports whether the text ended inside a quoted field (a quote
// just before the end closes it).
func (w *quoteWatch) unclosed() bool {
	return w.eof && w.inQuote && !w.afterQ && !w.afterQCR
}

func unwrapCSV(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// providerMarks name a provider in a document's own words. The first whose
// words appear in the header block (or, for PDFs, in the page text) names
// the provider; order puts the longer names first.
var providerMarks = []struct {
	provider string
	words    []string
}{
	{"CAP", []string{"college of american pathologists", "cap learning", "cap transcript", "cap education", "cap.org"}},
	{"AABB", []string{"aabb", "association for the advancement of blood"}},
	{"ASCP", []string{"american society for clinical pathology", "ascp"}},
}

// markedProvider returns the provider a text names, or "".
func markedProvider(lower string) string {
	for _, m := range providerMarks {
		for _, w := range m.words {
			if containsWord(lower, w) {
				return m.provider
			}
		}
	}
	return ""
}

// containsWord reports whether w occurs in s not inside a longer word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+len(w) == len(s) || !isWordByte(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
