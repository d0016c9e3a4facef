package parsers

// A worksheet is read here from its XML, row by row, never through
// excelize's cell model: asking excelize for one cell's style loads the
// whole sheet (about 3.6 KB a row, and every row expanded to its last
// column — 8.7 GB for a 44 KB sheet with a cell in column XFD), and its
// row iterator pads each row with an empty string per column up to its
// last cell. sheetStream keeps only the current row; a cell reads as
// excelize's raw value would (Options{RawCellValue: true}): a number as
// stored, a shared or inline string as its text runs, a boolean as 0 or
// 1. The shared strings are read once per workbook, at most
// Limit.MaxSharedStrings of them. Parts are read from the zip beside
// excelize, which has already opened them, so the workbook's size limits
// hold for them too.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/transform"

	"celedger"
)

// cellAttr is what a worksheet says of one cell besides its value.
type cellAttr struct {
	style int    // index into the workbook's cell formats (attribute s)
	typ   string // attribute t: "s" shared string, "inlineStr", "n", "str", …
}

// sheetParts maps each sheet's name to its part in the zip, as the
// workbook and its relationships list them.
func sheetParts(zr *zip.Reader) (map[string]string, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := decodePart(zr, "xl/workbook.xml", &wb); err != nil {
		return nil, err
	}
	if err := decodePart(zr, "xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	parts := map[string]string{}
	for _, s := range wb.Sheets {
		if t, ok := target[s.RID]; ok {
			parts[s.Name] = t
		}
	}
	parts[sharedStringsKey] = "xl/sharedStrings.xml"
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			parts[sharedStringsKey] = target[r.ID]
		}
	}
	return parts, nil
}

// sharedStringsKey is the key of the shared strings part in sheetParts'
// map: a name no sheet can have (sheet names are at most 31 characters).
const sharedStringsKey = "\x00shared strings part, not a sheet\x00"

func decodePart(zr *zip.Reader, name string, v any) error {
	rc, err := zr.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	return newXMLDecoder(rc).Decode(v)
}

// newXMLDecoder reads a part's XML in the encoding its declaration names
// (ISO-8859-1, windows-1252, UTF-16 …), as Excel and excelize do: a part
// this reader could not decode would otherwise have to go to excelize's
// whole-sheet model, which holds every cell of the sheet at once.
func newXMLDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.CharsetReader = charsetReader
	return d
}

// charsetReader decodes the encoding an XML declaration names.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	e, err := ianaindex.IANA.Encoding(label)
	if err != nil || e == nil {
		if e, err = htmlindex.Get(label); err != nil {
			return nil, fmt.Errorf("XML in encoding %q, which this reader does not know", label)
		}
	}
	return transform.NewReader(r, e.NewDecoder()), nil
}

// sheetCell is one cell of a row as the worksheet stores it.
type sheetCell struct {
	col     int // 1-based
	attr    cellAttr
	value   string // raw: see the top of the file
	formula bool   // it has a formula (excelize keeps such a cell even when empty)
}

// sheetStream reads a worksheet's rows in order.
type sheetStream struct {
	rc      io.ReadCloser
	dec     *xml.Decoder
	shared  []string // the workbook's shared strings
	lastRow int      // number of the last row element read
}

func openSheetStream(zr *zip.Reader, part string, shared []string) (*sheetStream, error) {
	rc, err := zr.Open(part)
	if err != nil {
		return nil, err
	}
	return &sheetStream{rc: rc, dec: newXMLDecoder(rc), shared: shared}, nil
}

func (s *sheetStream) close() { s.rc.Close() }

// next reads the next row element: its number (0 at the end of the
// sheet) and its cells, in the order they come.
func (s *sheetStream) next() (int, []sheetCell, error) {
	for {
		tok, err := s.dec.RawToken()
		if err == io.EOF {
			return 0, nil, nil
		}
		if err != nil {
			return 0, nil, err
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "row" {
			continue
		}
		n := s.lastRow + 1
		if r, ok := attrInt(start, "r"); ok && r > s.lastRow {
			n = r // a row number that goes back is read as the next row
		}
		s.lastRow = n
		cells, err := s.readCells()
		return n, cells, err
	}
}

// readCells reads the c elements of the current row up to its end.
func (s *sheetStream) readCells() ([]sheetCell, error) {
	var cells []sheetCell
	col := 0
	for {
		tok, err := s.dec.RawToken()
		if err != nil {
			return nil, err // a row cut off: the file is broken
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "row" {
				return cells, nil
			}
		case xml.StartElement:
			if t.Name.Local != "c" {
				continue
			}
			col++
			c := sheetCell{}
			for _, at := range t.Attr {
				switch at.Name.Local {
				case "r":
					if n, _, err := excelize.CellNameToCoordinates(at.Value); err == nil {
						col = n
					}
				case "s":
					c.attr.style, _ = strconv.Atoi(at.Value)
				case "t":
					c.attr.typ = at.Value
				}
			}
			c.col = col
			if err := s.readCell(&c); err != nil {
				return nil, err
			}
			cells = append(cells, c)
		}
	}
}

// readCell reads a c element's children up to its end: its v, f and is.
func (s *sheetStream) readCell(c *sheetCell) error {
	var v strings.Builder
	inline := ""
	for {
		tok, err := s.dec.RawToken()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				if err := charData(s.dec, &v); err != nil {
					return err
				}
			case "f":
				c.formula = true
				if err := skipElement(s.dec); err != nil {
					return err
				}
			case "is":
				if inline, err = stringItem(s.dec); err != nil {
					return err
				}
			default:
				if err := skipElement(s.dec); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if t.Name.Local == "c" {
				c.value = v.String()
				switch c.attr.typ {
				case "s":
					if c.value != "" {
						i, err := strconv.Atoi(strings.TrimSpace(c.value))
						if err != nil || i < 0 || i >= len(s.shared) {
							return fmt.Errorf("cell %s: shared string %q does not exist", cellName(c.col, s.lastRow), c.value)
						}
						c.value = s.shared[i]
					}
				case "inlineStr":
					c.value = inline
				}
				return nil
			}
		}
	}
}

func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col)
	}
	return name
}

// charData appends an element's text to b, up to its end.
func charData(dec *xml.Decoder, b *strings.Builder) error {
	for depth := 1; depth > 0; {
		tok, err := dec.RawToken()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 {
				b.Write(t)
			}
		}
	}
	return nil
}

func skipElement(dec *xml.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := dec.RawToken()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// stringItem reads a shared string (si) or an inline string (is) up to
// its end: the text of its t, then of each run's t (phonetic runs are not
// text), with Excel's _xHHHH_ escapes undone.
func stringItem(dec *xml.Decoder) (string, error) {
	var b strings.Builder
	var path []string // element names below the item
	for {
		tok, err := dec.RawToken()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			path = append(path, t.Name.Local)
		case xml.EndElement:
			if len(path) == 0 {
				return unescapeOOXML(b.String()), nil
			}
			path = path[:len(path)-1]
		case xml.CharData:
			if len(path) == 1 && path[0] == "t" || len(path) == 2 && path[0] == "r" && path[1] == "t" {
				b.Write(t)
			}
		}
	}
}

// unescapeOOXML undoes the _xHHHH_ escapes of characters XML cannot hold
// ("_x0008_" is U+0008, "_x005F_" a literal "_"), as excelize does, in
// one pass.
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' && hex4(s[i+2:i+6]) {
			if s[i:i+7] == "_x005F_" {
				b.WriteByte('_')
			} else if v, err := strconv.Unquote(`"\u` + s[i+2:i+6] + `"`); err == nil {
				b.WriteString(v)
			}
			i += 7
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func hex4(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// sharedStrings reads the workbook's shared strings, at most
// Limit.MaxSharedStrings of them.
func sharedStrings(zr *zip.Reader, part string) ([]string, error) {
	rc, err := zr.Open(part)
	if err != nil {
		return nil, nil // no shared strings
	}
	defer rc.Close()
	dec := newXMLDecoder(rc)
	var out []string
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("shared strings: %w", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "si" {
			continue
		}
		if len(out) >= Limit.MaxSharedStrings {
			return nil, fmt.Errorf("%w: more than %d shared strings (raise it with -max-shared-strings)", celedger.ErrTooLarge, Limit.MaxSharedStrings)
		}
		si, err := stringItem(dec)
		if err != nil {
			return nil, fmt.Errorf("shared strings: %w", err)
		}
		out = append(out, si)
	}
}

func attrInt(e xml.StartElement, name string) (int, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			n, err := strconv.Atoi(a.Value)
			return n, err == nil
		}
	}
	return 0, false
}

// mergedRanges reads a worksheet's merged ranges that span more than one
// row (only those change what a row reads; see the top of xlsx.go).
func mergedRanges(zr *zip.Reader, part string) ([]mergeRange, error) {
	rc, err := zr.Open(part)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	// The merged ranges follow the sheet's data: the part is inflated
	// and searched for them, and only what follows is tokenised.
	tail, err := fromMarker(rc, []byte("mergeCell"))
	if tail == nil || err != nil {
		return nil, err
	}
	dec := newXMLDecoder(tail)
	var out []mergeRange
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("merged cells: %w", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "mergeCell" {
			continue
		}
		for _, a := range start.Attr {
			if a.Name.Local != "ref" {
				continue
			}
			first, last, _ := strings.Cut(a.Value, ":")
			if m, ok := newMergeRange(first, last); ok {
				if len(out) >= Limit.MaxRows {
					return nil, fmt.Errorf("%w: more than %d merged ranges that span rows (raise it with -max-rows)", celedger.ErrTooLarge, Limit.MaxRows)
				}
				out = append(out, m)
			}
		}
	}
}

// fromMarker reads r up to the first occurrence of marker and returns a
// reader of the rest of r from the "<" that opens the element or text
// holding it; nil at the end of r with no marker. A part in UTF-16 (a NUL
// in its first bytes) is returned whole, to be tokenised. Bytes are
// searched in 64 KiB blocks; nothing before the marker is kept.
func fromMarker(r io.Reader, marker []byte) (io.Reader, error) {
	const keep = 256 // bytes carried over a block's end: the marker and the element's prefix
	buf := make([]byte, 64<<10)
	carry, first := 0, true
	for {
		n, err := io.ReadFull(r, buf[carry:])
		data := buf[:carry+n]
		if first && bytes.IndexByte(data[:min(len(data), 4)], 0) >= 0 {
			return io.MultiReader(bytes.NewReader(append([]byte(nil), data...)), r), nil
		}
		first = false
		if k := bytes.Index(data, marker); k >= 0 {
			lt := bytes.LastIndexByte(data[:k], '<')
			if lt < 0 {
				lt = k
			}
			return io.MultiReader(bytes.NewReader(append([]byte(nil), data[lt:]...)), r), nil
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		c := min(len(data), keep)
		copy(buf, data[len(data)-c:])
		carry = c
	}
}
