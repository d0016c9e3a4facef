package parsers

import (
	"math"
	"sort"
	"strings"
)

// Runs become lines. Producers draw text in any order (Chromium by
// table cell, LibreOffice by glyph cluster, fpdf by line), so order comes
// only from positions: runs whose baselines lie within baselineTolerance
// of a line's are on it; a line's runs are ordered by x; a gap wider than
// wordGap is a space, one wider than cellGap starts a new segment (a
// table cell, or a label and its value).
//
//	runs  (72,700 "Name:") (110,700 "Maria") (140.5,700 "Okafor") (300,700 "ID: 01234567")
//	line  y=700 segments ["Name: Maria Okafor" x 72–175] ["ID: 01234567" x 300–360]

const (
	baselineTolerance = 0.3  // em: baselines this close are one line
	wordGap           = 0.15 // em: a wider gap is a space
	cellGap           = 0.8  // em: a wider gap separates segments
)

// segment is text set close together on one line: a cell, a label with
// its value, a phrase. X0 and X1 are its left and right edges (points).
type segment struct {
	X0, X1 float64
	Text   string
}

// textLine is one line of a page, top to bottom order on the page.
type textLine struct {
	Page int
	Y    float64 // baseline, points from the page bottom
	Size float64 // largest font size on the line, points
	Segs []segment
}

// Text is the line with its segments separated by three spaces, so
// splitGaps and readHolderLine see the gaps.
func (l textLine) Text() string {
	parts := make([]string, len(l.Segs))
	for i, s := range l.Segs {
		parts[i] = s.Text
	}
	return strings.Join(parts, "   ")
}

// groupLines turns a page's runs into lines, top first.
func groupLines(page int, runs []run) []textLine {
	rs := make([]run, 0, len(runs))
	for _, r := range runs {
		if strings.TrimSpace(r.Text) == "" || math.IsNaN(r.X) || math.IsNaN(r.Y) || math.IsInf(r.X, 0) || math.IsInf(r.Y, 0) {
			continue
		}
		rs = append(rs, r)
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Y != rs[j].Y {
			return rs[i].Y > rs[j].Y
		}
		return rs[i].X < rs[j].X
	})
	var lines []textLine
	var cur []run
	flush := func() {
		if len(cur) > 0 {
			lines = append(lines, buildLine(page, cur))
			cur = nil
		}
	}
	for _, r := range rs {
		if len(cur) > 0 {
			ref := cur[0]
			tol := baselineTolerance * math.Max(ref.Size, r.Size)
			if math.Abs(ref.Y-r.Y) > tol {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return lines
}

var ligatures = strings.NewReplacer("ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff", "ﬃ", "ffi", "ﬄ", "ffl", "\u00A0", " ", "\u00AD", "")

func buildLine(page int, rs []run) textLine {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].X < rs[j].X })
	l := textLine{Page: page, Y: rs[0].Y}
	var seg *segment
	var b strings.Builder
	prev := run{}
	for i, r := range rs {
		l.Size = math.Max(l.Size, r.Size)
		x0, x1 := r.X, r.X+r.W
		if r.W < 0 {
			x0, x1 = x1, x0
		}
		if i > 0 && r.Text == prev.Text && math.Abs(r.X-prev.X) < 0.2*r.Size {
			continue // the same text drawn twice (fake bold, shadow)
		}
		em := math.Max(r.Size, 1)
		if seg != nil {
			gap := x0 - seg.X1
			switch {
			case gap > cellGap*em:
				seg.Text = b.String()
				l.Segs = append(l.Segs, *seg)
				seg = nil
			case gap > wordGap*em:
				if !strings.HasSuffix(b.String(), " ") && !strings.HasPrefix(r.Text, " ") {
					b.WriteByte(' ')
				}
			}
		}
		if seg == nil {
			seg = &segment{X0: x0, X1: x1}
			b.Reset()
		}
		b.WriteString(r.Text)
		seg.X1 = math.Max(seg.X1, x1)
		prev = r
	}
	if seg != nil {
		seg.Text = b.String()
		l.Segs = append(l.Segs, *seg)
	}
	for i := range l.Segs {
		l.Segs[i].Text = collapseSpace(ligatures.Replace(l.Segs[i].Text))
	}
	return l
}

// mergeWrapped folds a line into the line above when it continues some of
// that line's segments: it is close below (within wrapGap ems), has fewer
// segments, and each of its segments starts where one of the line
// above's does. This joins cells and labels a layout wraps ("Date of" /
// "Completion:" beside "March 3, 2025"), and leaves lines of equal shape
// (one labelled fact per line, table rows) apart.
func mergeWrapped(lines []textLine) []textLine {
	const wrapGap = 1.7
	var out []textLine
	for _, l := range lines {
		if n := len(out); n > 0 {
			p := &out[n-1]
			em := math.Max(math.Max(p.Size, l.Size), 1)
			if len(p.Segs) >= 2 && len(l.Segs) < len(p.Segs) && p.Y-l.Y <= wrapGap*em && p.Y > l.Y {
				idx := make([]int, len(l.Segs))
				ok := true
				for i, s := range l.Segs {
					idx[i] = -1
					for j, q := range p.Segs {
						if math.Abs(q.X0-s.X0) < 0.5*em {
							idx[i] = j
						}
					}
					if idx[i] < 0 {
						ok = false
						break
					}
				}
				if ok {
					for i, s := range l.Segs {
						q := &p.Segs[idx[i]]
						q.Text = joinWrapped(q.Text, s.Text)
						q.X1 = math.Max(q.X1, s.X1)
					}
					p.Y = l.Y
					continue
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// joinWrapped joins a wrapped line to the text before it; a line broken
// after a hyphen ("Cross-" / "Reactivity") joins without a space.
func joinWrapped(a, b string) string {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case strings.HasSuffix(a, "-") && len(a) >= 2 && a[len(a)-2] != ' ':
		return a + b
	}
	return a + " " + b
}
