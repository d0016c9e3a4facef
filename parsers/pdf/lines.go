package pdf

import (
	"math"
	"sort"
	"strings"
)

// Glyphs become lines. Producers draw text in any order (Chromium by
// table cell, LibreOffice by glyph cluster, fpdf by line), in any
// direction (a landscape table on a portrait page), and with any spacing
// (a name set with 0.3 em between its letters), so lines come only from
// geometry:
//
//  1. Each glyph's direction is its text matrix's x axis, to the nearest
//     quarter turn. The direction most glyphs take is the page's reading
//     frame; each other direction is read in its own frame (Page.Aside).
//  2. In a frame, glyphs whose baselines lie within baselineTolerance of
//     a line's are on it; a line's glyphs are ordered along it.
//  3. The gap between two neighbouring glyphs is measured against the
//     tracking of the text they belong to (the median gap inside one
//     show operation, or inside a chain of one-glyph shows): a gap wider
//     than tracking + wordGap is a space, one wider than tracking +
//     cellGap starts a new segment. A space character is a word break
//     unless word spacing squeezed it to nothing (spacedGap).
//
// For example, a certificate line drawn as
//
//	[(P) -300 (E) -300 (R) -300 (P) -300 (E) -300 (T) -300 (U) -300 (A) -300 ( ) -300 (V) …] TJ   at 22 pt
//	(Date: 03/04/2025) Tj                                                                    300 pt to the right
//
// has a tracking of 0.3 em inside its TJ, so its letter gaps join; its
// space character breaks the words; and the far text is a segment of its
// own: segments ["PERPETUA V…" x 120–410] ["Date: 03/04/2025" x 710–850].

const (
	baselineTolerance = 0.3  // em: baselines this close are one line
	wordGap           = 0.15 // em beyond the tracking: a wider gap is a space
	cellGap           = 0.8  // em beyond the tracking: a wider gap separates segments
	spacedGap         = 0.08 // em: a space character drawn narrower than this (squeezed by word spacing) is no break
	maxTracking       = 1.2  // em: a steady gap wider than this is a layout (a grid of characters), not letter spacing
	minTracking       = 0.05 // em: below this, gaps are kerning
)

// item is a glyph in its reading frame.
type item struct {
	x0, x1 float64 // along the line
	y      float64 // baseline
	size   float64
	text   string
	show   int32
	bold   bool
	space  bool
}

// frameOf is the quarter turn (0–3) nearest a glyph's direction.
func frameOf(ux, uy float64) int {
	switch {
	case math.Abs(ux) >= math.Abs(uy) && ux >= 0:
		return 0
	case math.Abs(uy) > math.Abs(ux) && uy > 0:
		return 1
	case math.Abs(ux) >= math.Abs(uy):
		return 2
	default:
		return 3
	}
}

// toFrame maps page space to frame q: text runs toward +X, "up" is +Y.
func toFrame(q int, x, y float64) (float64, float64) {
	switch q {
	case 1:
		return y, -x
	case 2:
		return -x, -y
	case 3:
		return -y, x
	}
	return x, y
}

// layoutPage groups a page's glyphs into lines (see the top of this file)
// and maps its rules into the reading frame. rotate is the page's
// /Rotate: it decides the frame when two directions have as many glyphs.
func layoutPage(pg *Page, glyphs []glyph, rules []segmentLine, rotate int, box [4]float64) {
	var count [4]int
	for i := range glyphs {
		g := &glyphs[i]
		if !g.space && g.text != "" {
			count[frameOf(g.ux, g.uy)] += len(g.text)
		}
	}
	main := rotate / 90 % 4
	for q := range 4 {
		if count[q] > count[main] {
			main = q
		}
	}
	pg.Rotate = main * 90
	shows := map[int32]int{}
	for i := range glyphs {
		shows[glyphs[i].show]++
	}
	// Each frame's origin is the page box's corner at its lower left, so
	// coordinates read as on the page displayed in that frame.
	var origin [4][2]float64
	for q := range 4 {
		ox, oy := math.Inf(1), math.Inf(1)
		for _, c := range [][2]float64{{box[0], box[1]}, {box[2], box[1]}, {box[0], box[3]}, {box[2], box[3]}} {
			x, y := toFrame(q, c[0], c[1])
			ox, oy = math.Min(ox, x), math.Min(oy, y)
		}
		origin[q] = [2]float64{ox, oy}
	}
	frame := func(q int, x, y float64) (float64, float64) {
		fx, fy := toFrame(q, x, y)
		return fx - origin[q][0], fy - origin[q][1]
	}
	for q := range 4 {
		if count[q] == 0 {
			continue
		}
		var items []item
		for i := range glyphs {
			g := &glyphs[i]
			if frameOf(g.ux, g.uy) != q || g.text == "" && !g.space {
				continue
			}
			x0, y0 := frame(q, g.x, g.y)
			x1, _ := frame(q, g.ex, g.ey)
			if x1 < x0 {
				x1 = x0 // a glyph drawn backwards (mirrored text) keeps its origin
			}
			items = append(items, item{x0: x0, x1: x1, y: y0, size: g.size, text: g.text, show: g.show, bold: g.bold, space: g.space})
		}
		lines := groupLines(items, shows)
		if q == main {
			pg.Lines = lines
		} else {
			pg.Aside = append(pg.Aside, lines...)
		}
	}
	for _, r := range rules {
		x0, y0 := frame(main, r.x0, r.y0)
		x1, y1 := frame(main, r.x1, r.y1)
		pg.Rules = append(pg.Rules, Rule{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)})
	}
}

// groupLines turns one frame's glyphs into lines, top first.
func groupLines(items []item, shows map[int32]int) []Line {
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].y != items[j].y {
			return items[i].y > items[j].y
		}
		return items[i].x0 < items[j].x0
	})
	var lines []Line
	start := 0
	for i := 1; i <= len(items); i++ {
		if i < len(items) {
			ref, it := items[start], items[i]
			if math.Abs(ref.y-it.y) <= baselineTolerance*math.Max(ref.size, it.size) {
				continue
			}
		}
		if l, ok := buildLine(items[start:i], shows); ok {
			lines = append(lines, l)
		}
		start = i
	}
	return lines
}

// tracking returns, for each item of a line sorted along it, the letter
// spacing of the text it belongs to (points). Text is a chain of glyphs
// from one show operation, or of one-glyph shows side by side (Chromium
// places letter-spaced text a glyph at a time); a chain splits into runs
// at its space characters. A run of three or more glyphs is tracked when
// its gaps are steady (most within 15 % of their median) and the median is
// wider than kerning; a shorter run takes the tracking of a neighbouring
// run of its chain when its own gap matches it ("C O U R S E  I D").
func tracking(its []item, shows map[int32]int) []float64 {
	out := make([]float64, len(its))
	linked := func(a, b item) bool {
		return a.show == b.show || shows[a.show] == 1 && shows[b.show] == 1
	}
	type run struct {
		from, to int       // items [from, to)
		gaps     []float64 // between neighbouring glyphs
		em       float64
		t        float64
		known    bool // tracked or not by its own gaps
	}
	for i := 0; i < len(its); {
		j := i + 1
		for j < len(its) && linked(its[j-1], its[j]) {
			j++
		}
		// The chain its[i:j], cut into runs at space characters.
		var runs []run
		cur := run{from: i}
		prev := -1
		for k := i; k <= j; k++ {
			far := k < j && prev >= 0 && its[k].x0-its[prev].x1 > (maxTracking+cellGap)*math.Max(its[k].size, 1)
			if far { // a gap no tracking explains: the next run starts here
				cur.to = k
				runs = append(runs, cur)
				cur = run{from: k}
				prev = -1
			}
			if k == j || its[k].space {
				cur.to = k
				if cur.to > cur.from {
					runs = append(runs, cur)
				}
				cur = run{from: k + 1}
				prev = -1
				continue
			}
			if prev >= 0 {
				cur.gaps = append(cur.gaps, its[k].x0-its[prev].x1)
			}
			cur.em = math.Max(cur.em, its[k].size)
			prev = k
		}
		for r := range runs {
			runs[r].t, runs[r].known = steadyGap(its[runs[r].from:runs[r].to], runs[r].gaps, runs[r].em)
		}
		for r := range runs {
			if runs[r].known || len(runs[r].gaps) == 0 {
				continue
			}
			for _, n := range []int{r - 1, r + 1} {
				if n < 0 || n >= len(runs) || !runs[n].known || runs[n].t == 0 {
					continue
				}
				t := runs[n].t
				if g := runs[r].gaps[0]; math.Abs(g-t) <= 0.25*t+0.05*runs[r].em {
					runs[r].t = t
					break
				}
			}
		}
		for _, r := range runs {
			for k := r.from; k < r.to; k++ {
				out[k] = r.t
			}
		}
		i = j
	}
	return out
}

// steadyGap is the tracking of a run with these gaps (see tracking), and
// whether the run has enough gaps to say. Letter spacing keeps the gap
// between glyphs the same whatever their widths; a grid of one-character
// cells (a character table) keeps their pitch the same instead, and is
// not letter spacing.
func steadyGap(its []item, gaps []float64, em float64) (float64, bool) {
	if len(gaps) < 2 {
		return 0, false
	}
	m := median(gaps)
	if m <= minTracking*em || m >= maxTracking*em {
		return 0, true
	}
	// Word breaks without a space character are wider gaps: they do not
	// count against the steadiness of the letter gaps.
	near, letters := 0, 0
	for _, g := range gaps {
		if g > 2*m+wordGap*em {
			continue
		}
		letters++
		if math.Abs(g-m) <= math.Max(0.05*m, 0.02*em) {
			near++
		}
	}
	if near*10 < letters*8 {
		return 0, true
	}
	var pitches []float64
	for k := 1; k < len(its); k++ {
		if !its[k].space && !its[k-1].space {
			pitches = append(pitches, its[k].x0-its[k-1].x0)
		}
	}
	if len(pitches) >= 2 && spread(pitches) < 0.5*spread(gaps) {
		return 0, true
	}
	return m, true
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// spread is the mean absolute deviation from the median.
func spread(xs []float64) float64 {
	m := median(xs)
	sum := 0.0
	for _, x := range xs {
		sum += math.Abs(x - m)
	}
	return sum / float64(len(xs))
}

var ligatures = strings.NewReplacer("ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st", "\u00AD", "", "\u200B", "")

// buildLine cuts one line's glyphs into segments and words.
func buildLine(its []item, shows map[int32]int) (Line, bool) {
	sort.SliceStable(its, func(i, j int) bool { return its[i].x0 < its[j].x0 })
	// The same text drawn twice at almost the same place (fake bold, a
	// shadow) is kept once.
	kept := its[:0:0]
	for i, it := range its {
		if i > 0 && !it.space {
			dup := false
			for k := len(kept) - 1; k >= 0 && k >= len(kept)-4; k-- {
				p := kept[k]
				// Drawn over itself: most of the glyph's width overlaps
				// (a double letter such as "ll" only touches).
				overlap := math.Min(p.x1, it.x1) - math.Max(p.x0, it.x0)
				if p.text == it.text && math.Abs(p.x0-it.x0) < 0.2*it.size && math.Abs(p.y-it.y) < 0.2*it.size &&
					(overlap > 0.5*(it.x1-it.x0) || it.x1-it.x0 <= 0) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
		}
		kept = append(kept, it)
	}
	its = kept
	track := tracking(its, shows)
	var l Line
	var seg *Segment
	var text strings.Builder
	boldChars, chars := 0, 0
	var ys []float64
	flush := func() {
		if seg == nil {
			return
		}
		seg.Text = strings.TrimSpace(text.String())
		if seg.Text != "" {
			seg.Bold = boldChars*2 > chars
			l.Segs = append(l.Segs, *seg)
		}
		seg = nil
	}
	last := -1      // the last glyph with text in the current segment
	spaced := false // a space character lies between last and the next glyph
	for i, it := range its {
		if it.space || strings.TrimSpace(it.text) == "" {
			if last >= 0 {
				spaced = true
			}
			continue
		}
		l.Size = math.Max(l.Size, it.size)
		ys = append(ys, it.y)
		t := ligatures.Replace(it.text)
		if seg != nil && last >= 0 {
			p := its[last]
			em := math.Max(math.Max(p.size, it.size), 1)
			tr := math.Min(track[last], track[i])
			if p.show != it.show && !(shows[p.show] == 1 && shows[it.show] == 1) {
				tr = 0 // different texts: their own tracking does not bridge the gap
			}
			gap := it.x0 - p.x1
			switch {
			case gap > cellGap*em+tr:
				flush()
			case spaced && gap > spacedGap*em || gap > wordGap*em+tr:
				text.WriteByte(' ')
				seg.Glyphs = append(seg.Glyphs, Glyph{X0: p.x1, X1: math.Max(p.x1, it.x0), Text: " "})
			}
		}
		if seg == nil {
			seg = &Segment{X0: it.x0, X1: it.x1}
			text.Reset()
			boldChars, chars = 0, 0
		}
		text.WriteString(t)
		seg.Glyphs = append(seg.Glyphs, Glyph{X0: it.x0, X1: it.x1, Text: t})
		seg.X1 = math.Max(seg.X1, it.x1)
		seg.Size = math.Max(seg.Size, it.size)
		n := len(t)
		chars += n
		if it.bold {
			boldChars += n
		}
		last = i
		spaced = false
	}
	flush()
	if len(l.Segs) == 0 {
		return Line{}, false
	}
	sort.Float64s(ys)
	l.Y = ys[len(ys)/2]
	for i := range l.Segs {
		l.Segs[i].Text = collapseSpace(l.Segs[i].Text)
	}
	return l, true
}

// collapseSpace joins runs of white space into single spaces.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
