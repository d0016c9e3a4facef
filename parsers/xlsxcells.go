package parsers

// excelize's row iterator streams a sheet's values but not what a cell's
// number format is: asking excelize for one cell's style or type loads the
// whole sheet into its cell model, about 3.6 KB a row (180 MB live for a
// 50,000-row transcript). cellStream reads the same worksheet XML from the
// zip beside the iterator, row for row, and keeps only the current row's
// style and type attributes; mergedRanges reads the merged ranges the same
// way. Both read parts excelize has already opened, so the workbook's
// size limits hold for them too.

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
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
	return parts, nil
}

func decodePart(zr *zip.Reader, name string, v any) error {
	rc, err := zr.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(rc).Decode(v)
}

// cellStream reads a worksheet's rows in order, one row ahead at most.
type cellStream struct {
	rc      io.ReadCloser
	dec     *xml.Decoder
	next    int              // number of the row read ahead; 0 when none
	cells   map[int]cellAttr // its cells by 1-based column
	lastRow int              // number of the last row element read
	done    bool
}

func openCellStream(zr *zip.Reader, part string) (*cellStream, error) {
	rc, err := zr.Open(part)
	if err != nil {
		return nil, err
	}
	return &cellStream{rc: rc, dec: xml.NewDecoder(rc)}, nil
}

func (s *cellStream) close() { s.rc.Close() }

// row returns the cells of row n (nil when the sheet has no such row).
// Rows are asked for in increasing order.
func (s *cellStream) row(n int) (map[int]cellAttr, error) {
	for !s.done && s.next < n {
		if err := s.readRow(); err != nil {
			return nil, err
		}
	}
	if s.next == n {
		return s.cells, nil
	}
	return nil, nil
}

// readRow reads the next row element into next and cells.
func (s *cellStream) readRow() error {
	s.next, s.cells = 0, nil
	for {
		tok, err := s.dec.RawToken()
		if err == io.EOF {
			s.done = true
			return nil
		}
		if err != nil {
			return err
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "row" {
			continue
		}
		s.lastRow++
		if r, ok := attrInt(start, "r"); ok {
			s.lastRow = r
		}
		s.next, s.cells = s.lastRow, map[int]cellAttr{}
		return s.readCells()
	}
}

// readCells reads the c elements of the current row up to its end.
func (s *cellStream) readCells() error {
	col := 0
	for {
		tok, err := s.dec.RawToken()
		if err != nil {
			return err // a row cut off: excelize reports the same file as broken
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "row" {
				return nil
			}
		case xml.StartElement:
			if t.Name.Local != "c" {
				continue
			}
			col++
			var a cellAttr
			for _, at := range t.Attr {
				switch at.Name.Local {
				case "r":
					if c, _, err := excelize.CellNameToCoordinates(at.Value); err == nil {
						col = c
					}
				case "s":
					a.style, _ = strconv.Atoi(at.Value)
				case "t":
					a.typ = at.Value
				}
			}
			s.cells[col] = a
		}
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
	dec := xml.NewDecoder(rc)
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
				out = append(out, m)
			}
		}
	}
}
