package parsers

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"celedger"
	"celedger/parsers/pdf"
)

// Columns of a printed table, from geometry. A table's header labels say
// which columns there are and roughly where; the data lines below say
// where each column's cells really lie. Producers set cells close
// together (no padding, an ID against a date, a number against its unit,
// labels against each other), so a gap between segments is not a column
// boundary; positions are:
//
//	Course ID CompletedCourse Title                  Hours     <- one segment: split into known labels
//	LCE24-87122024-08-04 Ethical Decision Making in  1.25      <- a word across the Completed column's start
//	   |         |        |                          |
//	   ID        Completed Course Title              Hours     <- zones between boundaries
//
// 1. A header segment that is not one known label is split into known
//    labels where its words allow ("Date Completed CE Hours Provider",
//    "CreditsCredit Type"): the fewest labels that cover it.
// 2. The boundary between two columns is a painted vertical rule between
//    their labels when the producer drew cell borders; otherwise the x
//    between the two labels' centres that the fewest words of the page's
//    data lines cross, nearest the right label's start.
// 3. Each word goes to the zone it lies in; a word across a boundary is
//    cut there by glyph position, at the glyph that lets a date or credits
//    cell read as one ("LCE24-8712" | "2024-08-04", "0.50" | "CE").
// 4. A date or credits cell that still does not read hands its leading
//    words to the column on its left and its trailing words to the one on
//    its right, keeping the run that reads (a title overflowing under the
//    credits column).

// pdfColumn is one column of a printed table: its header label and the
// column it maps to (colNone for labels no alias knows).
type pdfColumn struct {
	label segment
	col   column
}

// word is a run of glyphs between spaces, with its extent.
type word struct {
	x0, x1 float64
	glyphs []pdf.Glyph
}

func (w word) text() string {
	var b strings.Builder
	for _, g := range w.glyphs {
		b.WriteString(g.Text)
	}
	return b.String()
}

// lineWords splits a line's segments at their spaces.
func lineWords(l textLine) []word {
	n := 0
	for _, s := range l.Segs {
		n += 1 + strings.Count(s.Text, " ")
	}
	out := make([]word, 0, n)
	for _, s := range l.Segs {
		if len(s.Glyphs) == 0 {
			out = append(out, word{x0: s.X0, x1: s.X1, glyphs: []pdf.Glyph{{X0: s.X0, X1: s.X1, Text: s.Text}}})
			continue
		}
		start := -1 // the first glyph of the word being read
		for i := 0; i <= len(s.Glyphs); i++ {
			if i < len(s.Glyphs) && strings.TrimSpace(s.Glyphs[i].Text) != "" {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				g := s.Glyphs[start:i:i]
				out = append(out, word{x0: g[0].X0, x1: g[len(g)-1].X1, glyphs: g})
				start = -1
			}
		}
	}
	return out
}

// splitLabels splits each segment of a header line that is not one known
// label into the fewest known labels its words and case changes allow
// ("Date Completed CE Hours Provider" → three, "CreditsCredit Type" →
// two). A segment that cannot be covered by known labels stays whole.
func splitLabels(l textLine) textLine {
	out := l
	out.Segs = nil
	for _, s := range l.Segs {
		if c, _ := classifyWholeLabel(normLabel(s.Text)); c != colNone || strings.ContainsAny(s.Text, "0123456789") {
			out.Segs = append(out.Segs, s)
			continue
		}
		out.Segs = append(out.Segs, splitSegment(s)...)
	}
	return out
}

// splitSegment covers a segment with known labels, cutting only at spaces
// and where a lower-case letter meets an upper-case one.
func splitSegment(s segment) []segment {
	g := s.Glyphs
	if len(g) == 0 {
		return []segment{s}
	}
	// Cut points: glyph indexes where a label may start.
	cuts := []int{0}
	for i := 1; i < len(g); i++ {
		prev, cur := lastRune(g[i-1].Text), firstRune(g[i].Text)
		if strings.TrimSpace(g[i-1].Text) == "" || (unicode.IsLower(prev) || unicode.IsPunct(prev) || unicode.IsSymbol(prev)) && unicode.IsUpper(cur) {
			cuts = append(cuts, i)
		}
	}
	cuts = append(cuts, len(g))
	if len(cuts) > 24 {
		return []segment{s}
	}
	// best[k]: fewest labels covering glyphs up to cuts[k]; -1 unreachable.
	n := len(cuts)
	best := make([]int, n)
	from := make([]int, n)
	for k := 1; k < n; k++ {
		best[k] = -1
		for j := 0; j < k; j++ {
			if best[j] < 0 {
				continue
			}
			text := pdf.GlyphsText(g[cuts[j]:cuts[k]])
			if c, _ := classifyWholeLabel(normLabel(text)); c == colNone {
				continue
			}
			if best[k] < 0 || best[j]+1 < best[k] {
				best[k], from[k] = best[j]+1, j
			}
		}
	}
	if best[n-1] < 2 {
		return []segment{s}
	}
	var parts []segment
	for k := n - 1; k > 0; k = from[k] {
		parts = append(parts, glyphSegment(s, trimGlyphs(g[cuts[from[k]]:cuts[k]])))
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts
}

// trimGlyphs drops space glyphs at both ends.
func trimGlyphs(g []pdf.Glyph) []pdf.Glyph {
	for len(g) > 1 && strings.TrimSpace(g[0].Text) == "" {
		g = g[1:]
	}
	for len(g) > 1 && strings.TrimSpace(g[len(g)-1].Text) == "" {
		g = g[:len(g)-1]
	}
	return g
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	r := rune(0)
	for _, c := range s {
		r = c
	}
	return r
}

// tableColumns are the columns of a header line, left to right.
func tableColumns(h textLine) []pdfColumn {
	cols := make([]pdfColumn, len(h.Segs))
	for i, s := range h.Segs {
		c, _ := classifyLabel(normLabel(s.Text))
		cols[i] = pdfColumn{label: s, col: c}
	}
	return cols
}

// columnBoundaries returns, for each pair of neighbouring columns, the x
// (points) that separates their cells on a page: a vertical rule between
// their labels, else the x the fewest of the lines' words cross between
// the two labels' centres, nearest the right label's start.
func columnBoundaries(cols []pdfColumn, lines [][]word, rules []pdf.Rule, ys []float64) []float64 {
	var words [][2]float64
	for _, ws := range lines {
		for _, w := range ws {
			words = append(words, [2]float64{w.x0, w.x1})
		}
	}
	out := make([]float64, max(0, len(cols)-1))
	for c := range out {
		left, right := cols[c].label, cols[c+1].label
		lo, hi := (left.X0+left.X1)/2, (right.X0+right.X1)/2
		if hi <= lo {
			out[c] = right.X0
			continue
		}
		if x, ok := ruleBetween(rules, left.X1-1, right.X0+1, ys); ok {
			out[c] = x
			continue
		}
		out[c] = leastCrossed(words, lo, hi, right.X0)
	}
	return out
}

// ruleBetween finds a vertical rule with x in [a, b] beside one of the
// table's lines (baselines ys), nearest b.
func ruleBetween(rules []pdf.Rule, a, b float64, ys []float64) (float64, bool) {
	best, found := 0.0, false
	for _, r := range rules {
		if r.X1-r.X0 > 1.5 || r.Y1-r.Y0 < 4 {
			continue // not a vertical rule
		}
		x := (r.X0 + r.X1) / 2
		if x < a || x > b {
			continue
		}
		beside := false
		for _, y := range ys {
			beside = beside || y > r.Y0-2 && y < r.Y1+2
		}
		if !beside {
			continue
		}
		if !found || math.Abs(x-b) < math.Abs(best-b) {
			best, found = x, true
		}
	}
	return best, found
}

// leastCrossed returns the x in [lo, hi] the fewest word extents cross,
// the one nearest prefer among equals.
func leastCrossed(words [][2]float64, lo, hi, prefer float64) float64 {
	type event struct {
		x     float64
		delta int
	}
	ev := make([]event, 0, 2*len(words))
	const slack = 0.25 // points: words touching an x do not cross it
	for _, w := range words {
		a, b := w[0]+slack, w[1]-slack
		if b <= lo || a >= hi || b <= a {
			continue
		}
		ev = append(ev, event{math.Max(a, lo), 1}, event{math.Min(b, hi), -1})
	}
	slices.SortFunc(ev, func(a, b event) int {
		if a.x != b.x {
			return cmp.Compare(a.x, b.x)
		}
		return a.delta - b.delta
	})
	// Walk the intervals between events, each at its coverage.
	bestCount, bestX := math.MaxInt, prefer
	consider := func(a, b float64, count int) {
		if b-a < 0.01 {
			return // events at one x: the coverage between them is not real
		}
		x := math.Min(math.Max(prefer, a), b) // the point of [a, b] nearest prefer
		if count < bestCount || count == bestCount && math.Abs(x-prefer) < math.Abs(bestX-prefer) {
			bestCount, bestX = count, x
		}
	}
	count, at := 0, lo
	for _, e := range ev {
		consider(at, e.x, count)
		count += e.delta
		at = e.x
	}
	consider(at, hi, count)
	return bestX
}

// cutLine cuts a data line into one cell per column (see the top of this
// file): words by zone, words across a boundary cut by glyph, and date
// and credits cells repaired by handing words to their neighbours.
func cutLine(words []word, cols []pdfColumn, bounds []float64) []string {
	cells := make([][]string, len(cols))
	zone := func(x float64) int {
		z := 0
		for z < len(bounds) && x >= bounds[z] {
			z++
		}
		return z
	}
	for _, w := range words {
		first := zone(center(w.glyphs[0]))
		last := zone(center(w.glyphs[len(w.glyphs)-1]))
		if first == last {
			cells[first] = append(cells[first], w.text())
			continue
		}
		// The word crosses boundaries: cut it at each, by glyph.
		g := w.glyphs
		for z := first; z < last && len(g) > 0; z++ {
			k := cutAt(g, bounds[z], cols[z].col, cols[z+1].col)
			if k > 0 {
				cells[z] = append(cells[z], pdf.GlyphsText(g[:k]))
			}
			g = g[k:]
		}
		if len(g) > 0 {
			cells[last] = append(cells[last], pdf.GlyphsText(g))
		}
	}
	repairTyped(cells, cols)
	splitGlued(cells, cols)
	out := make([]string, len(cols))
	for i, ws := range cells {
		out[i] = strings.Join(ws, " ")
	}
	return out
}

func center(g pdf.Glyph) float64 { return (g.X0 + g.X1) / 2 }

// cutAt is where a word's glyphs cross boundary x: the first glyph whose
// centre lies beyond x, moved by up to a few glyphs when that lets the
// date or credits part on either side read.
func cutAt(g []pdf.Glyph, x float64, left, right column) int {
	k := 0
	for k < len(g) && center(g[k]) < x {
		k++
	}
	typed := func(c column) bool { return c == colDate || c == colCredits }
	if !typed(left) && !typed(right) {
		return k
	}
	for d := 0; d <= 12; d++ {
		for _, j := range []int{k - d, k + d} {
			if j < 0 || j > len(g) || d == 0 && j != k {
				continue
			}
			if typedReads(left, pdf.GlyphsText(g[:j])) && typedReads(right, pdf.GlyphsText(g[j:])) {
				return j
			}
		}
	}
	return k
}

// repairTyped makes date and credits cells read: a cell that does not
// keeps the longest run of its words that does, and hands the words
// before it to the column on its left, those after to the one on its
// right.
func repairTyped(cells [][]string, cols []pdfColumn) {
	for i, c := range cols {
		ws := cells[i]
		if (c.col != colDate && c.col != colCredits) || len(ws) < 2 || typedReads(c.col, strings.Join(ws, " ")) {
			continue
		}
		bi, bj := -1, -1
		for a := 0; a < len(ws); a++ {
			for b := len(ws); b > a; b-- {
				if typedReads(c.col, strings.Join(ws[a:b], " ")) && (bi < 0 || b-a > bj-bi) {
					bi, bj = a, b
				}
			}
		}
		if bi < 0 || bi > 0 && i == 0 || bj < len(ws) && i == len(cols)-1 {
			continue
		}
		if bi > 0 {
			cells[i-1] = append(cells[i-1], ws[:bi]...)
		}
		if bj < len(ws) {
			cells[i+1] = append(append([]string(nil), ws[bj:]...), cells[i+1]...)
		}
		cells[i] = ws[bi:bj]
	}
}

func typedReads(c column, s string) bool {
	switch c {
	case colDate:
		_, err := celedger.ParseDate(s)
		return err == nil
	case colCredits:
		_, _, err := readCredits(s, false)
		return err == nil
	}
	return true
}

// splitGlued reads a date or credits cell out of a word glued to its
// neighbour, where no column boundary could part them: a typed cell that
// does not read keeps its longest leading or trailing part that does
// ("CE688327/8/2024" → "7/8/2024"), handing the rest to the column beside;
// an empty typed cell takes the date or number its neighbour's word
// starts or ends with ("1.00Pathology Dept" → "1.00" | "Pathology Dept").
func splitGlued(cells [][]string, cols []pdfColumn) {
	for i, c := range cols {
		if c.col != colDate && c.col != colCredits {
			continue
		}
		text := strings.Join(cells[i], " ")
		unread := text != "" && !typedReads(c.col, text)
		switch {
		case unread && i > 0 && len(cells[i-1]) > 0 && borrowsLeft(cells, i, c.col):
			// "LCE-2216Jan" | "27, 2024": the date began in the word before.
		case unread:
			pre, rest := longestReading(c.col, text, true)
			suf, lead := longestReading(c.col, text, false)
			switch {
			case suf != "" && len(suf) >= len(pre):
				cells[i] = []string{suf}
				if i > 0 {
					cells[i-1] = append(cells[i-1], lead)
				}
			case pre != "":
				cells[i] = []string{pre}
				if i+1 < len(cols) {
					cells[i+1] = append([]string{rest}, cells[i+1]...)
				}
			}
		case text == "":
			if i+1 < len(cols) && len(cells[i+1]) > 0 {
				if pre, rest := longestReading(c.col, cells[i+1][0], true); pre != "" && rest != "" && !isDigitStart(rest) {
					cells[i] = []string{pre}
					cells[i+1][0] = rest
					continue
				}
			}
			if i > 0 && len(cells[i-1]) > 0 {
				last := len(cells[i-1]) - 1
				if suf, lead := longestReading(c.col, cells[i-1][last], false); suf != "" && lead != "" && !isDigitEnd(lead) {
					cells[i] = []string{suf}
					cells[i-1][last] = lead
				}
			}
		}
	}
}

// borrowsLeft completes typed cell i with the end of its left
// neighbour's last word when the two read together ("Jan" + "27, 2024").
func borrowsLeft(cells [][]string, i int, c column) bool {
	last := len(cells[i-1]) - 1
	word := []rune(cells[i-1][last])
	text := strings.Join(cells[i], " ")
	for k := 0; k < len(word); k++ {
		if typedReads(c, string(word[k:])+" "+text) {
			if k == 0 {
				cells[i-1] = cells[i-1][:last]
			} else {
				cells[i-1][last] = string(word[:k])
			}
			cells[i] = []string{string(word[k:]) + " " + text}
			return true
		}
	}
	return false
}

// longestReading is the longest leading (or trailing) part of s that
// reads as a date or credits, and the rest; "" when none does.
func longestReading(c column, s string, leading bool) (string, string) {
	rs := []rune(s)
	if leading {
		for k := len(rs) - 1; k > 0; k-- {
			if part := string(rs[:k]); strings.TrimSpace(part) == part && typedReads(c, part) && numeric(c, part) {
				return part, strings.TrimSpace(string(rs[k:]))
			}
		}
		return "", s
	}
	for k := 1; k < len(rs); k++ {
		if part := string(rs[k:]); strings.TrimSpace(part) == part && typedReads(c, part) && numeric(c, part) {
			return part, strings.TrimSpace(string(rs[:k]))
		}
	}
	return "", s
}

// numeric reports whether a credits part is a bare number or a number
// with its unit, and a date part a date: not a word that happens to read
// ("CE" alone reads as a unit, not as credits).
func numeric(c column, s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
func isDigitEnd(s string) bool   { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }
