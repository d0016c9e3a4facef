package parsers

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"celedger/parsers/pdf"
)

// What the PDF package reads, as the transcript and certificate readers
// use it: lines of segments in the page's reading frame.
type (
	textLine = pdf.Line
	segment  = pdf.Segment
)

// lineText is a line with its segments separated by three spaces, so
// splitGaps and readHolderLine see the gaps.
func lineText(l textLine) string { return l.Text("   ") }

// mergeWrapped folds a line into the line above when it continues some of
// that line's segments: it is close below (within wrapGap ems), has fewer
// segments (or as many, when its label cell wraps: labelWraps), and each of its segments starts where one of the line
// above's does in the same size, and no label ends or starts a continuation
// (continuesLabel). This joins cells and labels a layout wraps ("Date of" /
// "Completion:" beside "March 3, 2025"), and leaves lines of equal shape
// (one labelled fact per line, table rows) apart.
func mergeWrapped(lines []textLine) []textLine {
	const wrapGap = 1.7
	var out []textLine
	for _, l := range lines {
		if n := len(out); n > 0 {
			p := &out[n-1]
			em := math.Max(math.Max(p.Size, l.Size), 1)
			labelWrap := len(l.Segs) == len(p.Segs) && len(p.Segs) >= 2 && labelWraps(p.Segs[0].Text, l.Segs[0].Text)
			if len(p.Segs) >= 2 && (len(l.Segs) < len(p.Segs) || labelWrap) && p.Y-l.Y <= wrapGap*em && p.Y > l.Y {
				idx := make([]int, len(l.Segs))
				ok := true
				for i, s := range l.Segs {
					idx[i] = -1
					for j, q := range p.Segs {
						// It starts where a cell above does and stays in
						// that cell's column, short of the next cell.
						// (A wrapped label may end where the one above does.)
						// (A cell centred in its column wraps centred.)
						aligned := math.Abs(q.X0-s.X0) < 0.5*em || labelWrap && i == 0 && j == 0 && math.Abs(q.X1-s.X1) < 0.5*em ||
							math.Abs((q.X0+q.X1)-(s.X0+s.X1)) < 0.5*em && s.X0 > q.X0
						if aligned && (j+1 == len(p.Segs) || s.X1 < p.Segs[j+1].X0) &&
							sameSize(q.Size, s.Size) {
							idx[i] = j
						}
					}
					if idx[i] < 0 || !continuesLabel(p.Segs[idx[i]].Text, s.Text) || mediumOnly(s.Text) || startsRow(p.Segs[idx[i]].Text, s.Text) {
						ok = false
						break
					}
				}
				if ok {
					p.Segs = slices.Clone(p.Segs) // the caller's lines stay as they were
					for i, s := range l.Segs {
						q := &p.Segs[idx[i]]
						if formatOnly(q.Text) && !formatOnly(s.Text) && len(strings.Fields(s.Text)) >= 2 && !codeLike(s.Text) {
							// "Training: | Hands-on Workshop" over the title's
							// lines: the format is no part of the value.
							q.Text = s.Text
						} else {
							q.Text = joinWrapped(q.Text, s.Text)
						}
						q.X0, q.X1 = math.Min(q.X0, s.X0), math.Max(q.X1, s.X1)
					}
					if p.Top == 0 {
						p.Top = p.Y
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

// startsRow reports whether a cell under another starts a row of its own
// rather than continuing the cell: a totals row ("Total | 9.5" under
// "Friday | October 25, 2024 | 4.5"), or a figure under a figure (a
// number never wraps onto the next line).
func startsRow(above, below string) bool {
	return totalsLabel(below) || figureOnly.MatchString(strings.TrimSpace(above)) && figureOnly.MatchString(strings.TrimSpace(below)) ||
		opensWithCue(below)
}

// opensWithCue reports whether a line opens with the certifying verb's
// cue ("has participated in the enduring material activity" under
// "Dr. Oluwaseun Bakare | May 6, 2025"): the sentence, never a cell's
// wrapped value.
func opensWithCue(text string) bool {
	cue, _, ok := cueIn(text, vocab().titleCues)
	return ok && strings.HasPrefix(normLabel(text), cue)
}

// figureOnly is a cell holding one number and nothing else ("4.5", "12").
var figureOnly = regexp.MustCompile(`^\d+(?:[.,]\d+)?$`)

// sizeTolerance is how far two runs of one paragraph may differ in size
// (a fraction of the larger): lines of one text are set in one size; a
// line 1.5 pt smaller under a 10.5 pt value ("eCast" under a title) is
// another text.
const sizeTolerance = 0.1

// sameSize reports whether two font sizes (points) are one text's.
func sameSize(a, b float64) bool { return math.Abs(a-b) <= sizeTolerance*math.Max(a, b) }

// labelWraps reports whether a label column's cell wraps from one line
// to the next: neither line alone is a label or cue, the two together
// are ("has demonstrated" / "completion of"). Its value beside may wrap
// too, so the two lines have the same shape.
func labelWraps(above, below string) bool {
	if isLabel(above) || isLabel(below) || isCue(above) || isCue(below) {
		return false
	}
	joined := joinWrapped(above, below)
	return isLabel(joined) || isCue(joined)
}

// isCue reports whether text is a whole name or title cue ("has
// demonstrated completion of").
func isCue(text string) bool {
	v := vocab()
	n := normLabel(text)
	return slices.Contains(v.titleCues, n) || slices.Contains(v.nameCues, n)
}

// continuesLabel reports whether text below can continue the cell above
// as far as labels tell: a label continues only the part of a label
// ("P.A.C.E.® Contact" / "Hours"), and a complete label continues only
// into a longer label ("Date of" / "Completion" does; "Contact hours" /
// "Next competency", the next row's label, does not).
func continuesLabel(above, below string) bool {
	joined := isLabel(joinWrapped(above, below))
	if isLabel(below) {
		// "AMA PRA Category 1" / "Credits™": a label and a longer one, the
		// second known whole; two labels stacked ("Date" / "Hours") stay apart.
		return joined && (!isLabel(above) || wholeLabel(joinWrapped(above, below)))
	}
	return !isLabel(above) || joined
}

// wholeLabel reports whether the whole of text is one known label, with
// nothing after it.
func wholeLabel(text string) bool {
	_, rest, ok := labelAt(text)
	return ok && strings.TrimSpace(rest) == ""
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

// textPage turns plain text lines into one page of lines, for readers of
// lines (certificates) fed from tests and fuzzers: three or more spaces
// separate segments, each line 14 points below the last, at 10 points.
func textPage(lines []string) [][]textLine {
	var page []textLine
	for i, s := range lines {
		l := textLine{Y: 800 - 14*float64(i), Size: 10}
		x := 72.0
		for _, part := range splitGaps(s) {
			w := 5 * float64(len([]rune(part)))
			l.Segs = append(l.Segs, segment{X0: x, X1: x + w, Text: part, Size: 10})
			x += w + 40
		}
		if len(l.Segs) > 0 {
			page = append(page, l)
		}
	}
	return [][]textLine{page}
}
