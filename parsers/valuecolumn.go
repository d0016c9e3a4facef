package parsers

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"celedger/parsers/pdf"
)

// A certificate laid out as a form sets its labels in one column and
// their values in the next. When the labels are right-aligned against the
// values, the gap between them can be as narrow as a wide word space, and
// the engine reads label and value as one segment:
//
//	       Trainee Eleanor M. Fitzwilliam-Nakamura
//	has demonstrated Packaging and Shipping Division 6.2 …
//	   completion of Category B) — 2025 Recertification
//	    Event code PHL-PS25-02
//	               |
//	               the value column: a word starts here on every line
//
// cutValueColumn finds such a column (a word starting at the same x on
// three or more lines of a block, after a gap wider than a word space,
// the words before it a short label whose lines end, or start, at a
// common x) and cuts each segment there, so the label and its value are
// two segments, as a producer that set them further apart would give.

// valueColumnMinLines is the fewest lines a value column is seen on.
const valueColumnMinLines = 3

// cutValueColumn returns the lines with their segments cut at a value
// column, or the lines as they are when there is none. It never changes
// the caller's lines.
func cutValueColumn(lines []textLine) []textLine {
	type start struct {
		line, seg, glyph    int     // where the value's first word begins
		x, labelX0, labelX1 float64 // the value's left edge; the label's extent
	}
	var starts []start
	for i, l := range lines {
		for j, s := range l.Segs {
			words, end := 0, -1 // words so far; the last glyph with text
			for k, g := range s.Glyphs {
				if strings.TrimSpace(g.Text) == "" {
					continue
				}
				if end >= 0 && end < k-1 { // a word starts after a space
					gap := g.X0 - s.Glyphs[end].X1
					if gap >= 0.5*math.Max(s.Size, 1) { // wider than a word space
						starts = append(starts, start{i, j, k, g.X0, s.X0, s.Glyphs[end].X1})
					}
					if words++; words > 4 {
						break // a label has four words at most
					}
				} else if end < 0 {
					words = 1
				}
				end = k
			}
		}
	}
	if len(starts) < valueColumnMinLines {
		return lines
	}
	slices.SortFunc(starts, func(a, b start) int { return cmp.Compare(a.x, b.x) })
	type cut struct{ line, seg, glyph int }
	var cuts []cut
	for i := 0; i < len(starts); {
		k := i + 1
		for k < len(starts) && starts[k].x-starts[i].x <= 1 {
			k++
		}
		group := starts[i:k]
		i = k
		lineSet := map[int]bool{}
		first, last := group[0].line, group[0].line
		var x0s, x1s []float64
		for _, s := range group {
			lineSet[s.line] = true
			first, last = min(first, s.line), max(last, s.line)
			x0s, x1s = append(x0s, s.labelX0), append(x1s, s.labelX1)
		}
		if len(lineSet) < valueColumnMinLines || !labelColumn(x0s, x1s) || !gutterHolds(lines, first, last, group[0].x) {
			continue
		}
		for _, s := range group {
			cuts = append(cuts, cut{s.line, s.seg, s.glyph})
		}
	}
	if len(cuts) == 0 {
		return lines
	}
	// Last first, so a segment cut twice keeps its glyph indexes.
	slices.SortFunc(cuts, func(a, b cut) int {
		return cmp.Or(cmp.Compare(b.line, a.line), cmp.Compare(b.seg, a.seg), cmp.Compare(b.glyph, a.glyph))
	})
	out := slices.Clone(lines)
	for _, c := range cuts {
		l := &out[c.line]
		s := l.Segs[c.seg]
		if c.glyph >= len(s.Glyphs) {
			continue
		}
		left, right := trimGlyphs(s.Glyphs[:c.glyph]), trimGlyphs(s.Glyphs[c.glyph:])
		segs := slices.Clone(l.Segs[:c.seg])
		segs = append(segs,
			segment{X0: left[0].X0, X1: left[len(left)-1].X1, Text: collapseSpace(pdf.GlyphsText(left)), Size: s.Size, Bold: s.Bold, Glyphs: left},
			segment{X0: right[0].X0, X1: right[len(right)-1].X1, Text: collapseSpace(pdf.GlyphsText(right)), Size: s.Size, Bold: s.Bold, Glyphs: right})
		l.Segs = append(segs, l.Segs[c.seg+1:]...)
	}
	return out
}

// labelColumn reports whether labels, given by their left and right
// edges, sit in a column: right-aligned (ends within a point) or
// left-aligned (starts within a point).
func labelColumn(x0s, x1s []float64) bool {
	right, left := true, true
	for i := range x0s {
		right = right && math.Abs(x1s[i]-x1s[0]) <= 1
		left = left && math.Abs(x0s[i]-x0s[0]) <= 1
	}
	return right || left
}

// gutterHolds reports whether, on lines first to last, no glyph crosses
// x: each line's text lies left of x, right of it, or starts a word at
// it. A paragraph's lines cross any x inside them.
func gutterHolds(lines []textLine, first, last int, x float64) bool {
	for _, l := range lines[first : last+1] {
		for _, s := range l.Segs {
			for _, g := range s.Glyphs {
				if strings.TrimSpace(g.Text) != "" && g.X0 < x-1 && g.X1 > x+0.5 {
					return false
				}
			}
		}
	}
	return true
}
