package parsers

import (
	"math"
	"regexp"
	"sort"
	"strings"

	"celedger"
	"celedger/parsers/pdf"
	"unicode"
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
// prints a wrapped title's first line above its date. Rows are then told
// apart by the wider gaps between them; a table without such gaps is read
// as if its cells were aligned to the top.
// BUG: header labels set closer than cellGap run together into one
// segment and the header is not recognised.

var pageFooterPattern = regexp.MustCompile(`(?i)^\s*(page\s+\d+(\s*(of|/)\s*\d+)?|\d+\s*(of|/)\s*\d+|-\s*\d+\s*-|continued( on next page)?\.?)\s*$|\bpage\s+\d+\s*(of|/)\s*\d+\s*$`)

// notePattern is a note under a table: "Note: …", "* …", or a sentence
// about its credits ("Credits shown are P.A.C.E.® contact hours.").
var notePattern = regexp.MustCompile(`(?i)^\s*(?:notes?\s*:|\*|†|(?:all\s+)?credits?\s+(?:shown|listed|are|is|reported)\b)`)

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
func readPDFTranscript(path string, pages []pageText, layout tableLayout, ex *explainer) (celedger.Document, error) {
	t := newTableReader(path, "", layout, false)
	// A sentence anywhere on the pages may say what unit the credits are
	// in ("Credits shown are P.A.C.E.® contact hours."), above the table or
	// in the notes below it.
	for _, p := range pages {
		for _, l := range p.Lines {
			if u, ok := statedUnit(lineText(l)); ok && t.stated == "" {
				t.stated = u
			}
		}
	}
	var hdr *header
	var cols []pdfColumn // the header's labels, left to right
	var cur *pdfRow
	var problems []error
	centredDoc := false // rows print a wrapped title around their dated line
	flush := func() {
		if cur != nil {
			t.page = cur.page
			if ex.on() {
				ex.printf("  row: %s", strings.Join(quoted(cur.cells), " | "))
			}
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
		if m, at, _, ok := findHeader(lines, hdr); ok {
			lines, headerAt = m, at
		}
		// The page's table lines.
		var table []textLine
		var lastY float64
		ys := []float64{}
		for i, l := range lines {
			if hdr == nil {
				if i < headerAt || headerAt < 0 {
					t.page = p.Number
					t.add(0, segTexts(l)) // header block
					continue
				}
				h, _ := mapHeader(segTexts(l))
				hdr = &h
				t.page = p.Number
				t.add(0, segTexts(l))
			}
			if i == headerAt {
				cols = tableColumns(l) // this page's own label positions
				if ex.on() {
					ex.printf("page %d: header at y=%.1f: %s", p.Number, l.Y, strings.Join(segTexts(l), " | "))
				}
				lastY = l.Y
				ys = append(ys, l.Y)
				continue
			}
			text := lineText(l)
			if i < headerAt {
				// The page's own heading above the repeated header; but a
				// dated line set within a line of the header is a row the
				// producer drew over it.
				if !(looseDate.MatchString(text) && l.Y-lines[headerAt].Y < 1.5*math.Max(l.Size, 1)) {
					continue
				}
			}
			if strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
				continue // a rule drawn with dashes or dots
			}
			if (len(text) <= 24 || hasFold(text, "page")) && pageFooterPattern.MatchString(text) {
				ex.printf("  y=%.1f not taken: page footer %q", l.Y, text)
				continue
			}
			em := math.Max(l.Size, 1)
			totals := totalsPattern.MatchString(text)
			if len(table) > 0 && notePattern.MatchString(text) {
				ex.printf("  y=%.1f and below not taken: a note under the table (%q)", l.Y, text)
				break
			}
			if len(table) > 0 && lastY-l.Y > tableEndGap*em && !totals {
				ex.printf("  y=%.1f and below not taken: %.1f em below the table's last line, past its end (%q)", l.Y, (lastY-l.Y)/em, text)
				break // notes below the table
			}
			table = append(table, l)
			ys = append(ys, l.Y)
			lastY = l.Y
		}
		if hdr == nil || len(table) == 0 {
			if hdr == nil {
				ex.printf("page %d: no table header; its lines are the header block", p.Number)
			}
			continue
		}
		// Cells by the columns' zones on this page.
		words := make([][]word, len(table))
		for i, l := range table {
			words[i] = lineWords(l)
		}
		bounds := columnBoundaries(cols, words, p.Rules, ys)
		ex.columns(p.Number, cols, bounds)
		data := make([]dataLine, len(table))
		for i, l := range table {
			cells := cutLine(words[i], cols, bounds)
			totals := totalsPattern.MatchString(lineText(l))
			if totals {
				// A totals line runs across the columns: kept whole, it
				// reads as the totals row it is.
				cells = make([]string, len(cols))
				cells[0] = lineText(l)
			}
			keyed := totals || hasDigit(hdr.cell(cells, colDate)) || hasDigit(hdr.cell(cells, colCredits))
			data[i] = dataLine{y: l.Y, em: math.Max(l.Size, 1), cells: cells, keyed: keyed}
			ex.cells(l.Y, cells, keyed)
		}
		data, banded := ruledRows(data, p.Rules, cols, &centredDoc)
		if banded {
			ex.printf("  rows ruled: the lines between two rules are one row")
		}
		// Rows: blocks of lines set at line spacing, split where a wider gap
		// (cell padding, a rule) separates rows. A block with one line that
		// has a date or credits is one row, whichever of its lines that is
		// (cells centred vertically print it mid-row). Otherwise a keyed line
		// starts a row and the lines below it continue it.
		blocks := rowBlocks(data)
		underProse := false // a note across the columns was passed: the table has ended above it
		for bi, block := range blocks {
			keyed := 0
			for _, d := range block {
				if d.keyed {
					keyed++
				}
			}
			// Gaps between rows show where rows start only when the page
			// has them (more than one block).
			centred := (len(blocks) > 1 || centredDoc) && keyed == 1 && !block[0].keyed && !banded
			if centred {
				centredDoc = true // a page with one block reads as the pages before it
			}
			for k, d := range block {
				startsRow := d.keyed
				near := cur != nil && (bi == 0 && k == 0 && cur.page < p.Number ||
					cur.page == p.Number && cur.y-d.y <= continuationGap*d.em)
				if centred {
					startsRow, near = k == 0, k > 0
				}
				if !startsRow && hdr.cell(d.cells, colDate) != "" && !hasDigit(hdr.cell(d.cells, colDate)) {
					ex.printf("  y=%.1f not taken: words under the date column, where a row's wrapped cells never reach", d.y)
					underProse = true
					continue // a note set across the columns
				}
				if !startsRow && underProse {
					ex.printf("  y=%.1f not taken: under a note across the columns, past the table's end", d.y)
					continue // "Sincerely," and the signer under a letter's table
				}
				if !startsRow && near {
					ex.printf("  y=%.1f continues the row above", d.y)
					for j, c := range d.cells {
						if c != "" && j < len(cur.cells) {
							cur.cells[j] = joinWrapped(cur.cells[j], c)
						}
					}
					cur.y = d.y
					continue
				}
				flush()
				cur = &pdfRow{page: p.Number, cells: d.cells, y: d.y}
			}
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

// ruledRows merges the lines of a row into one where the producer ruled
// its rows: when a horizontal rule across the table separates every two
// lines that hold a date or credits, the lines between two rules are one
// row, whichever of them holds the date (cells centred vertically) and
// however the title wraps.
func ruledRows(data []dataLine, rules []pdf.Rule, cols []pdfColumn, centred *bool) ([]dataLine, bool) {
	if len(data) < 2 || len(cols) == 0 {
		return data, false
	}
	x0, x1 := cols[0].label.X0, cols[len(cols)-1].label.X1
	ruled := func(hiY, loY, em float64) bool {
		for _, r := range rules {
			if r.Y1-r.Y0 > 1.5 || r.X1-r.X0 < 0.5*(x1-x0) {
				continue
			}
			y := (r.Y0 + r.Y1) / 2
			if y > loY+0.1*em && y < hiY-0.1*em {
				return true
			}
		}
		return false
	}
	sep := make([]bool, len(data)) // sep[i]: a rule lies between lines i-1 and i
	lastKeyed := -1
	for i := range data {
		if i > 0 {
			sep[i] = ruled(data[i-1].y, data[i].y, data[i].em)
		}
		if data[i].keyed {
			if lastKeyed >= 0 {
				between := false
				for k := lastKeyed + 1; k <= i; k++ {
					between = between || sep[k]
				}
				if !between {
					return data, false // two dated lines in one band: rows are not ruled
				}
			}
			lastKeyed = i
		}
	}
	anySep := false
	for _, b := range sep {
		anySep = anySep || b
	}
	if !anySep {
		return data, false
	}
	var out []dataLine
	start := 0
	for i := 1; i <= len(data); i++ {
		if i < len(data) && !sep[i] {
			continue
		}
		band := data[start:i]
		start = i
		keyed := 0
		for _, d := range band {
			if d.keyed {
				keyed++
			}
		}
		tight := true // a band's lines are one cell's wrapped lines, not rows a rule is missing between
		for k := 1; k < len(band); k++ {
			tight = tight && band[k-1].y-band[k].y <= 1.6*band[k].em
		}
		if keyed != 1 || !tight {
			out = append(out, band...)
			continue
		}
		if !band[0].keyed {
			*centred = true // the dated line mid-row: cells centred vertically
		}
		m := dataLine{y: band[len(band)-1].y, em: band[0].em, keyed: true, cells: make([]string, len(band[0].cells))}
		for _, d := range band {
			for j, c := range d.cells {
				if c != "" && j < len(m.cells) {
					m.cells[j] = joinWrapped(m.cells[j], c)
				}
			}
		}
		out = append(out, m)
	}
	return out, true
}

// findHeader finds a page's table header (the same as want, when set):
// a line whose segments map to at least three known columns, alone or
// with the wrapped label lines around it. It returns the page's lines with
// those merged, and the header's index.
func findHeader(lines []textLine, want *header) ([]textLine, int, header, bool) {
	// Header lines hold labels only: split those set close together.
	split := lines
	for i, l := range lines {
		if strings.ContainsAny(lineText(l), "0123456789") || !labelWords(l) {
			continue
		}
		if s := splitLabels(l); len(s.Segs) != len(l.Segs) {
			if &split[0] == &lines[0] {
				split = append([]textLine(nil), lines...)
			}
			split[i] = s
		}
	}
	lines = split
	for i := range lines {
		// A header maps three labels or more, one to a segment.
		m, at := mergeHeaderBand(lines, i)
		if len(m[at].Segs) >= 3 {
			if h, n := mapHeader(segTexts(m[at])); n >= 3 && (want == nil || sameHeader(&h, want)) {
				return m, at, h, true
			}
		}
		if len(lines[i].Segs) >= 3 && &m[0] != &lines[0] { // merged: the line alone may be the header
			if h, n := mapHeader(segTexts(lines[i])); n >= 3 && (want == nil || sameHeader(&h, want)) {
				return lines, i, h, true
			}
		}
	}
	return lines, -1, header{}, false
}

// labelWords reports whether a line holds two or more of the words table
// headers are made of: only such a line is worth splitting into labels.
func labelWords(l textLine) bool {
	n := 0
	for _, w := range strings.Fields(normLabel(lineText(l))) {
		switch w {
		case "date", "completed", "completion", "claimed", "credits", "credit", "hours", "ceus", "ceu", "cmle",
			"title", "course", "activity", "program", "type", "status", "provider", "sponsor", "unit", "id", "no",
			"number", "name", "topic", "format", "points", "contact", "ce", "earned":
			n++
		}
	}
	return n >= 2
}

// mergeHeaderBand folds into header line i the lines (up to two each
// way) just above and below it that hold the rest of wrapped labels ("Date" / "Claimed"), as
// tables print them when labels wrap or are centred vertically: close to
// line i (within 1.6 em), without digits. A segment under an existing
// label joins it; one under none becomes a label of its own. It returns
// the lines and the index of the merged header line.
func mergeHeaderBand(lines []textLine, i int) ([]textLine, int) {
	h := lines[i]
	em := math.Max(h.Size, 1)
	fits := func(l textLine, gap float64) bool {
		return gap > 0 && gap <= 1.6*em && !strings.ContainsAny(lineText(l), "0123456789") && len(l.Segs) <= len(h.Segs)+2 &&
			strings.IndexFunc(lineText(l), unicode.IsLetter) >= 0 // not a rule drawn with dashes
	}
	first, last := i, i
	for first > 0 && i-first < 2 && fits(lines[first-1], lines[first-1].Y-lines[first].Y) {
		first--
	}
	for last+1 < len(lines) && last-i < 2 && fits(lines[last+1], lines[last].Y-lines[last+1].Y) {
		last++
	}
	if first == last {
		return lines, i
	}
	merged := lines[first]
	merged.Segs = append([]segment(nil), lines[first].Segs...)
	merged.Y = h.Y
	for n, l := range lines[first+1 : last+1] {
		before := append([]segment(nil), merged.Segs...)
		for _, sg := range l.Segs {
			j := -1
			for k, c := range merged.Segs {
				// Most of the narrower one over the other: a wrapped label's
				// parts share their column, while labels set close side by
				// side only touch.
				overlap := math.Min(sg.X1, c.X1) - math.Max(sg.X0, c.X0)
				if overlap > 0.5*math.Min(sg.X1-sg.X0, c.X1-c.X0) || sg.X0 < c.X1+0.5*em && sg.X1 > c.X0-0.5*em && overlap > -0.25*em && math.Min(sg.X1-sg.X0, c.X1-c.X0) < 2*em {
					j = k
					break
				}
			}
			if j < 0 {
				merged.Segs = append(merged.Segs, sg)
				continue
			}
			merged.Segs[j].Text = joinWrapped(merged.Segs[j].Text, sg.Text)
			merged.Segs[j].X0 = math.Min(merged.Segs[j].X0, sg.X0)
			merged.Segs[j].X1 = math.Max(merged.Segs[j].X1, sg.X1)
		}
		// A line below the header that turns a known label into an
		// unknown one is a row's wrapped title, not a wrapped label.
		if first+1+n > i && spoilsLabels(before, merged.Segs) {
			merged.Segs = before
			last = first + n
			break
		}
		merged.Size = math.Max(merged.Size, l.Size)
	}
	sort.SliceStable(merged.Segs, func(a, b int) bool { return merged.Segs[a].X0 < merged.Segs[b].X0 })
	out := append([]textLine(nil), lines[:first]...)
	out = append(out, merged)
	return append(out, lines[last+1:]...), first
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// spoilsLabels reports whether merging made a known label unknown.
func spoilsLabels(before, after []segment) bool {
	for _, b := range before {
		for _, a := range after {
			if a.X0 <= b.X0 && a.X1 >= b.X1 && a.Text != b.Text {
				if c, _ := classifyLabel(normLabel(b.Text)); c != colNone {
					if c2, _ := classifyLabel(normLabel(a.Text)); c2 == colNone {
						return true
					}
				}
			}
		}
	}
	return false
}

// dataLine is one line of a transcript table cut into cells; keyed
// when it holds a date or credits (or is a totals line).
type dataLine struct {
	y, em float64 // baseline and font size, points
	cells []string
	keyed bool
}

// rowGap is the gap (in ems) above which two lines are in different
// rows: wider than line spacing (1.15–1.3 em) with no padding.
const rowGap = 1.45

// rowBlocks splits a page's table lines where the gap between two lines is
// clearly wider than line spacing: wider than the page's smallest gap and
// than rowGap. (Cells centred vertically put one-line cells between the
// lines of a wrapped title, so the smallest gap can be half a line.)
func rowBlocks(data []dataLine) [][]dataLine {
	pitch := math.Inf(1)
	for i := 1; i < len(data); i++ {
		if g := data[i-1].y - data[i].y; g > 0.5*data[i].em {
			pitch = math.Min(pitch, g)
		}
	}
	var blocks [][]dataLine
	start := 0
	for i := 1; i <= len(data); i++ {
		if i == len(data) || data[i-1].y-data[i].y > math.Max(pitch*1.2, rowGap*data[i].em) {
			blocks = append(blocks, data[start:i])
			start = i
		}
	}
	return blocks
}
