package parsers

import (
	"math"
	"regexp"
	"strings"

	"celedger"
)

// A PDF transcript is a table printed over pages. Its lines (pdflines.go)
// are cut into cells by the x ranges of the header's segments, and lines
// are joined into rows:
//
//	Activity Title                         Date         Credits   Type      <- header: columns by x
//	Coagulation Case Studies: Mixing       03/04/2025   1.5       CMLE      <- a row
//	Studies and Factor Assays                                               <- no date, no credits: joins the row above
//	Page 1 of 2                                                             <- footer, skipped
//	----- page 2 -----
//	Activity Title                         Date         Credits   Type      <- repeated header, skipped
//	(and a Lupus Anticoagulant Panel)                                       <- still the row from page 1
//
// Each row then goes through the same tableReader as CSV and XLSX rows,
// with its page as the source. Lines above the first header are the
// header block (name, customer ID, cycle).
//
// BUG: a table that centres cells vertically (HTML's default for td)
// prints a wrapped title's first line above its date; that line is taken
// as the end of the row above. Printed transcripts align cells to the top.
// BUG: header labels set closer than cellGap run together into one
// segment and the header is not recognised.

var pageFooterPattern = regexp.MustCompile(`(?i)^\s*(page\s+\d+(\s*(of|/)\s*\d+)?|\d+\s*(of|/)\s*\d+|-\s*\d+\s*-|continued( on next page)?\.?)\s*$`)

// continuationGap is how far below the previous line (in ems of the
// line's font size) a line may start and still continue that row; a
// larger gap ends the table on that page (notes, totals, footers).
const (
	continuationGap = 2.6
	tableEndGap     = 4.5
)

type pdfRow struct {
	page  int
	cells []string
	y     float64 // baseline of the row's last line, points
}

// pdfTranscriptLayout is the table layout for a provider named by the
// document's text ("" for others).
func pdfTranscriptLayout(provider string) tableLayout {
	switch provider {
	case "ASCP":
		return ascpTranscriptPDF
	case "AABB":
		return aabbTranscriptPDF
	case "CAP":
		return capTranscriptPDF
	}
	return tableLayout{kind: "transcript"}
}

// readPDFTranscript reads a transcript's pages into records.
func readPDFTranscript(path string, pages []pageText, layout tableLayout) (celedger.Document, error) {
	t := newTableReader(path, "", layout, false)
	var hdr *header
	var cols []segment // the header's segments: column i spans cols[i].X0–X1
	var cur *pdfRow
	var problems []error
	flush := func() {
		if cur != nil {
			t.page = cur.page
			t.add(0, cur.cells)
			cur = nil
		}
	}
	for _, p := range pages {
		if p.Err != nil {
			problems = append(problems, &celedger.ParseError{Path: path, Page: p.Number, Err: p.Err})
			continue
		}
		lines := p.Lines
		headerAt := -1 // the line of this page that (re)prints the header
		for i := range lines {
			if h, n := mapHeader(segTexts(lines[i])); n >= 3 && (hdr == nil || sameHeader(&h, hdr)) {
				headerAt = i
				lines = mergeHeaderLine(lines, i)
				break
			}
			if i+1 < len(lines) {
				m := mergeHeaderLine(lines, i)
				if len(m) < len(lines) {
					if h, n := mapHeader(segTexts(m[i])); n >= 3 && (hdr == nil || sameHeader(&h, hdr)) {
						headerAt, lines = i, m
						break
					}
				}
			}
		}
		rowsOnPage := 0
		var lastY float64
		ended := false
		for i, l := range lines {
			if hdr == nil {
				if i < headerAt || headerAt < 0 {
					t.page = p.Number
					t.add(0, segTexts(l)) // header block
					continue
				}
				h, _ := mapHeader(segTexts(l))
				hdr, cols = &h, l.Segs
				t.page = p.Number
				t.add(0, segTexts(l))
				lastY = l.Y
				continue
			}
			if i <= headerAt {
				lastY = l.Y
				continue // the page's own heading and the repeated header
			}
			text := l.Text()
			if pageFooterPattern.MatchString(text) || ended {
				continue
			}
			em := math.Max(l.Size, 1)
			if rowsOnPage > 0 && lastY-l.Y > tableEndGap*em && !totalsPattern.MatchString(text) {
				ended = true // notes below the table
				continue
			}
			cells := cutCells(l, cols)
			keyed := hdr.cell(cells, colDate) != "" || hdr.cell(cells, colCredits) != ""
			near := rowsOnPage == 0 && cur != nil && cur.page < p.Number ||
				rowsOnPage > 0 && cur != nil && cur.page == p.Number && cur.y-l.Y <= continuationGap*em
			if !keyed && near && !totalsPattern.MatchString(text) {
				for j, c := range cells {
					if c != "" && j < len(cur.cells) {
						cur.cells[j] = joinWrapped(cur.cells[j], c)
					}
				}
				cur.y = l.Y
				lastY = l.Y
				rowsOnPage++
				continue
			}
			flush()
			cur = &pdfRow{page: p.Number, cells: cells, y: l.Y}
			lastY = l.Y
			rowsOnPage++
		}
	}
	flush()
	doc, err := t.finish()
	doc.Problems = append(problems, doc.Problems...)
	if err != nil {
		return doc, err
	}
	return doc, nil
}

// mergeHeaderLine returns lines with line i+1 folded into line i when it
// holds the second line of wrapped header labels ("Date" / "Claimed"): it
// lies close below, has no digits, and each of its segments sits under
// one of line i's.
func mergeHeaderLine(lines []textLine, i int) []textLine {
	if i+1 >= len(lines) {
		return lines
	}
	h, next := lines[i], lines[i+1]
	em := math.Max(h.Size, 1)
	if h.Y-next.Y > 1.6*em || len(next.Segs) > len(h.Segs) || strings.ContainsAny(next.Text(), "0123456789") {
		return lines
	}
	merged := h
	merged.Segs = append([]segment(nil), h.Segs...)
	for _, s := range next.Segs {
		j := -1
		for k, c := range merged.Segs {
			if s.X0 < c.X1+0.5*em && s.X1 > c.X0-0.5*em {
				j = k
				break
			}
		}
		if j < 0 {
			return lines
		}
		merged.Segs[j].Text = joinWrapped(merged.Segs[j].Text, s.Text)
		merged.Segs[j].X1 = math.Max(merged.Segs[j].X1, s.X1)
	}
	out := append([]textLine(nil), lines[:i]...)
	out = append(out, merged)
	return append(out, lines[i+2:]...)
}

// cutCells assigns a line's segments to the header's columns: each goes
// to the column it overlaps most, or, overlapping none, to the nearest.
// Segments landing in one column are joined.
func cutCells(l textLine, cols []segment) []string {
	cells := make([]string, len(cols))
	for _, s := range l.Segs {
		best, bestScore := 0, math.Inf(-1)
		for i, c := range cols {
			overlap := math.Min(s.X1, c.X1) - math.Max(s.X0, c.X0)
			score := overlap
			if overlap <= 0 {
				// negative distance between the nearest edges
				score = -math.Min(math.Abs(s.X0-c.X1), math.Abs(c.X0-s.X1)) - 1e6
				if s.X0 >= c.X0 && (i+1 == len(cols) || s.X0 < cols[i+1].X0) {
					score += 1e5 // left-aligned under this column's start
				}
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		cells[best] = strings.TrimSpace(cells[best] + " " + s.Text)
	}
	return cells
}
