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
	best, bestN := delimitedSniff{}, 0
	for _, d := range delimiters {
		r := newCSVReader(bytes.NewReader(head), d)
		var pre strings.Builder
		for i := 0; i < maxHeaderScan; i++ {
			row, err := r.Read()
			if err != nil {
				break
			}
			for _, c := range row {
				pre.WriteString(strings.ToLower(c))
				pre.WriteByte(' ')
			}
			pre.WriteByte('\n')
			if _, n := mapHeader(row); n >= 3 {
				if n > bestN {
					best, bestN = delimitedSniff{delim: d, preamble: pre.String(), ok: true}, n
				}
				break
			}
		}
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
	br := bufio.NewReaderSize(io.NewSectionReader(r, 0, size), 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, utf8BOM) {
		br.Discard(3)
	}
	cr := newCSVReader(br, sn.delim)
	t := newTableReader(path, "", layout, sn.delim != ',')
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			t.doc.Problems = append(t.doc.Problems, &celedger.ParseError{Path: path, Line: line, Err: fmt.Errorf("%w: %v", celedger.ErrUnreadable, unwrapCSV(err))})
			break
		}
		if !t.add(line, row) {
			break
		}
	}
	return t.finish()
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
