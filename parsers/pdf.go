package parsers

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"celedger"
)

// PDF documents: one Format claims every PDF (the head of a file cannot
// show its text, which may be compressed), and Parse tells a transcript
// (a table under a header row) from a certificate (sentences and labelled
// lines), and the provider from the text. The format name it reports in
// Document.Format is "<provider>-<kind>-pdf": "ascp-transcript-pdf",
// "cap-certificate-pdf", or "ce-certificate-pdf" for other providers.
var pdfDocument = Format{
	Name:  "pdf",
	Match: matchPDF,
	Parse: parsePDF,
}

// pdfMagicScan is how far into a file "%PDF-" may start: viewers accept
// junk before it (mail gateways and download scripts add some).
const pdfMagicScan = 1024

// maxPDFSize bounds the bytes read from one PDF.
const maxPDFSize = 256 << 20

func matchPDF(name string, head []byte) bool {
	if strings.EqualFold(filepath.Ext(name), ".pdf") {
		return true
	}
	return bytes.Contains(head[:min(len(head), pdfMagicScan)], []byte("%PDF-"))
}

// pageText is one page's lines, or why it has none.
type pageText struct {
	Number int
	Lines  []textLine
	Err    error // ErrNoText or ErrUnreadable for this page
}

func parsePDF(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
	fail := func(err error) (celedger.Document, error) {
		return celedger.Document{}, &celedger.ParseError{Path: path, Err: err}
	}
	if size > maxPDFSize {
		return fail(fmt.Errorf("%w: %d bytes is more than %d MiB", celedger.ErrTooLarge, size, maxPDFSize>>20))
	}
	data := make([]byte, size)
	if _, err := r.ReadAt(data, 0); err != nil && err != io.EOF {
		return fail(fmt.Errorf("%w: %v", celedger.ErrUnreadable, err))
	}
	pages, err := readPDFText(data)
	if err != nil {
		return fail(err)
	}
	// A transcript names its provider in the title block above its table;
	// its rows may name others ("AABB Standards …", "CAP checklists"),
	// which count only when the title block names none.
	var all []byte
	above := ""
	transcript := false
	for _, p := range pages {
		all = lowerLines(p.Lines, all)
		if !transcript {
			var lines []textLine
			var at int
			if lines, at, _, transcript = findHeader(p.Lines, nil); transcript {
				above = string(lowerLines(lines[:at], nil))
			}
		}
	}
	provider := markedProvider(above)
	if provider == "" {
		provider = markedProvider(string(all))
	}
	prefix := "ce"
	if provider != "" {
		prefix = strings.ToLower(provider)
	}
	var doc celedger.Document
	if transcript {
		doc, err = readPDFTranscript(path, pages, pdfTranscriptLayout(provider))
		doc.Format = prefix + "-transcript-pdf"
	} else {
		doc, err = readPDFCertificate(path, pages, provider)
		doc.Format = prefix + "-certificate-pdf"
	}
	return doc, err
}

// lowerLines appends the lines' text, lower-cased, one per line, to b.
func lowerLines(lines []textLine, b []byte) []byte {
	for _, l := range lines {
		b = append(b, strings.ToLower(l.Text())...)
		b = append(b, '\n')
	}
	return b
}

// readPDFText opens a PDF, repairing it in memory when needed, and returns
// the lines of every page. The error wraps ErrEncrypted, ErrUnreadable or
// ErrNoText (when no page has any text).
func readPDFText(data []byte) ([]pageText, error) {
	if !bytes.Contains(data, []byte("%%EOF")) {
		// A download cut short: a repair pass would rebuild a file from the
		// objects that arrived, silently missing pages or fonts.
		return nil, pdfError(celedger.ErrUnreadable, "truncated or damaged PDF: it has no end-of-file marker (cut short?)")
	}
	data = trimPDF(data)
	if err := plausibleXref(data); err != nil {
		return nil, err
	}
	encrypted := bytes.Contains(data, []byte("/Encrypt"))
	if encrypted {
		d, err := rewritePDF(data, true)
		if err != nil {
			return nil, err
		}
		data = d
	}
	r, err := openPDF(data)
	if err != nil && !encrypted {
		d, rerr := rewritePDF(data, false)
		if rerr != nil {
			return nil, pdfError(celedger.ErrUnreadable, "truncated or damaged PDF: %v", err)
		}
		r, err = openPDF(d)
	}
	if err != nil {
		return nil, pdfError(celedger.ErrUnreadable, "truncated or damaged PDF: %v", err)
	}
	if isEncrypted(r) {
		return nil, pdfError(celedger.ErrEncrypted, "password-protected PDF: a password is needed to open it")
	}
	list := pdfPages(r)
	n := len(list)
	if n == 0 {
		return nil, pdfError(celedger.ErrUnreadable, "truncated or damaged PDF: no pages found")
	}
	if n > maxPages {
		return nil, fmt.Errorf("%w: %d pages is more than %d", celedger.ErrTooLarge, n, maxPages)
	}
	pages := make([]pageText, n)
	anyText := false
	for i := range n {
		pages[i].Number = i + 1
		pg, err := readPageRuns(list[i], i+1)
		if err != nil {
			pages[i].Err = err
			continue
		}
		pages[i].Lines = groupLines(i+1, pg.Runs)
		if len(pages[i].Lines) == 0 {
			pages[i].Err = pdfError(celedger.ErrNoText, "no text (a scan?): only images or drawings")
			continue
		}
		anyText = true
	}
	if !anyText {
		if n == 1 {
			return nil, pdfError(celedger.ErrNoText, "page 1 has no text (a scan?): only images or drawings")
		}
		return nil, pdfError(celedger.ErrNoText, "none of the %d pages has text (a scan?): only images or drawings", n)
	}
	return pages, nil
}

// trimPDF makes the fixes that need no rewrite: bytes before "%PDF-" and
// after the last "%%EOF" are dropped, and a "%PDF-2.0" header reads as
// 1.7 (the parser rejects 2.0; the syntax it uses did not change).
// Offsets in a file with junk before its header count from the header, as
// viewers assume, so dropping the junk keeps them right.
func trimPDF(data []byte) []byte {
	if i := bytes.Index(data[:min(len(data), pdfMagicScan)], []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	if i := bytes.LastIndex(data, []byte("%%EOF")); i > 0 {
		end := i + len("%%EOF")
		for end < len(data) && (data[end] == '\r' || data[end] == '\n') {
			end++
		}
		data = data[:end]
	}
	if bytes.HasPrefix(data, []byte("%PDF-2.")) {
		data = append([]byte("%PDF-1.7"), data[len("%PDF-2.0"):]...)
	}
	return data
}

func segTexts(l textLine) []string {
	out := make([]string, len(l.Segs))
	for i, s := range l.Segs {
		out[i] = s.Text
	}
	return out
}

// pdfErr is a PDF problem that prints as its own message while
// errors.Is still sees its sentinel cause.
type pdfErr struct {
	msg   string
	cause error
}

func (e *pdfErr) Error() string { return e.msg }
func (e *pdfErr) Unwrap() error { return e.cause }

func pdfError(cause error, format string, args ...any) error {
	return &pdfErr{msg: fmt.Sprintf(format, args...), cause: cause}
}

// The PDF parsers size their tables from the numbers a file declares, and
// a damaged number makes them allocate gigabytes (the library's xref
// reader) or loop for minutes (pdfcpu's writer). These checks refuse such
// files first.
//
// maxObjects is the most objects a file of n bytes can hold: even
// compressed in object streams, an object costs a couple of bytes.
func maxObjects(n int) int { return n/2 + 1024 }

// declaredObjects returns the largest /Size a trailer or cross-reference
// stream declares or object number the file uses ("12 0 obj", "12 0 R"),
// and whether it is plausible for the file's length (see maxObjects). A
// number is read to at most 12 digits.
func declaredObjects(data []byte) (int, bool) {
	most := 0
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("/Size"))
		if k < 0 {
			break
		}
		i += k + len("/Size")
		if j := skipSpace(data, i); j > i {
			if n, end := leadingNumber(data[j:], 12); end > 0 {
				most = max(most, n)
				i = j + end
			}
		}
	}
	// Each "obj" or "R" that ends a word, looked at backwards: a number of
	// up to five digits (the generation) and one of up to twelve, each
	// after white space.
	for i, c := range data {
		var start int
		switch {
		case c == 'R':
			start = i
		case c == 'j' && i >= 2 && data[i-2] == 'o' && data[i-1] == 'b':
			start = i - 2
		default:
			continue
		}
		if i+1 < len(data) && isWordChar(data[i+1]) {
			continue
		}
		if n, ok := objectNumberBefore(data[:start]); ok {
			most = max(most, n)
		}
	}
	return most, most <= maxObjects(len(data))
}

// objectNumberBefore reads "N G " backwards from the end of b: white
// space, a generation of 1 to 5 digits, white space, and the last 1 to 12
// digits of N.
func objectNumberBefore(b []byte) (int, bool) {
	i := len(b)
	back := func(want func(byte) bool, most int) int {
		n := 0
		for i > 0 && n < most && want(b[i-1]) {
			i--
			n++
		}
		return n
	}
	if back(isASCIISpace, len(b)) == 0 {
		return 0, false
	}
	// A generation of more than five digits makes none: the space
	// before it is missing.
	if back(isDigit, 5) == 0 {
		return 0, false
	}
	if back(isASCIISpace, len(b)) == 0 {
		return 0, false
	}
	end := i
	if back(isDigit, 12) == 0 {
		return 0, false
	}
	n, _ := strconv.Atoi(string(b[i:end]))
	return n, true
}

// leadingNumber reads the digits b starts with, at most most of them, and
// returns their value and how many there were.
func leadingNumber(b []byte, most int) (int, int) {
	end := 0
	for end < len(b) && end < most && isDigit(b[end]) {
		end++
	}
	n, _ := strconv.Atoi(string(b[:end]))
	return n, end
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && isASCIISpace(b[i]) {
		i++
	}
	return i
}

// isASCIISpace is white space as a regular expression's \s has it (PDF's
// also counts NUL; these checks are a rough measure, kept as they were
// first written with regular expressions).
func isASCIISpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordChar is a regular expression's \w.
func isWordChar(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// xrefTables returns, for at most limit "xref" keywords that begin a
// classic cross-reference table (not "startxref"), the offset just past
// the keyword and the white space after it.
func xrefTables(data []byte, limit int) []int {
	var out []int
	end := 0 // where the last keyword found ends: the next may not use its bytes
	for i := 0; len(out) < limit; {
		k := bytes.Index(data[i:], []byte("xref"))
		if k < 0 {
			break
		}
		k += i
		i = k + 1
		after := k + len("xref")
		if after >= len(data) || !isASCIISpace(data[after]) {
			continue
		}
		if k > 0 && (k-1 < end || 'a' <= data[k-1] && data[k-1] <= 'z') {
			continue
		}
		out = append(out, after+1)
		end = after + 1
	}
	return out
}

// indexArrays returns the contents of at most limit "/Index [ … ]" arrays
// of cross-reference streams that hold only digits and white space.
func indexArrays(data []byte, limit int) [][]byte {
	var out [][]byte
	for i := 0; len(out) < limit; {
		k := bytes.Index(data[i:], []byte("/Index"))
		if k < 0 {
			break
		}
		i += k + len("/Index")
		j := skipSpace(data, i)
		if j >= len(data) || data[j] != '[' {
			continue
		}
		j++
		start := j
		for j < len(data) && (isDigit(data[j]) || isASCIISpace(data[j])) {
			j++
		}
		if j < len(data) && data[j] == ']' {
			out = append(out, data[start:j])
			i = j + 1
		}
	}
	return out
}

// plausibleXref checks the declared sizes of a file's cross-reference
// tables and streams against its length.
func plausibleXref(data []byte) error {
	limit := maxObjects(len(data))
	damaged := func(n int) error {
		return pdfError(celedger.ErrUnreadable, "truncated or damaged PDF: its cross-reference table declares %d objects in %d bytes", n, len(data))
	}
	if n, ok := declaredObjects(data); !ok {
		return damaged(n)
	}
	for _, at := range xrefTables(data, 256) {
		// Subsection headers are lines of two numbers ("0 53"); entries
		// have three ("0000000017 00000 n").
		rest := data[at:]
		for lines := 0; lines < 1<<20 && len(rest) > 0; lines++ {
			line := rest
			if k := bytes.IndexAny(rest, "\r\n"); k >= 0 {
				line, rest = rest[:k], rest[k+1:]
			} else {
				rest = nil
			}
			f := bytes.Fields(line)
			if len(f) == 0 {
				continue
			}
			if len(f) != 2 && len(f) != 3 {
				break // "trailer", or the table ended
			}
			if len(f) == 2 {
				start, err1 := strconv.Atoi(string(f[0]))
				count, err2 := strconv.Atoi(string(f[1]))
				if err1 != nil || err2 != nil {
					break
				}
				if start < 0 || count < 0 || start > limit || count > limit || start+count > limit {
					return damaged(start + count)
				}
			}
		}
	}
	for _, index := range indexArrays(data, 256) {
		for _, f := range bytes.Fields(index) {
			if n, err := strconv.Atoi(string(f)); err != nil || n > limit {
				return damaged(n)
			}
		}
	}
	return nil
}
