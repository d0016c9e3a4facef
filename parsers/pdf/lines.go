package pdf

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
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
	maxWordSpace      = 3.0  // em: the widest space character a justified line draws between words
	kernSlack         = 0.07 // em: how far kerning narrows a letter gap of letter-spaced text ("A T")
	sideGaps          = 5    // gaps on each side whose median is a gap's local tracking: more than a short word has
)

// showCounts is how many glyphs each show operation drew, by its index.
type showCounts []int32

// item is a glyph in its reading frame.
type item struct {
	x0, x1 float64 // along the line
	y      float64 // baseline
	size   float64
	text   string
	show   int32
	order  int32 // drawing order, to keep sorts stable
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
// box (the crop box) places the frames' origins; glyphs outside media
// are dropped.
func layoutPage(pg *Page, glyphs []glyph, rules []segmentLine, rotate int, box, media [4]float64, buf *[]item) {
	// Text drawn outside the media box is never seen (a viewer clips
	// it): it is left out, as pdftotext does.
	bx0, bx1 := min(media[0], media[2]), max(media[0], media[2])
	by0, by1 := min(media[1], media[3]), max(media[1], media[3])
	kept := glyphs[:0]
	for _, g := range glyphs {
		m := 0.5 * float64(g.size)
		if g.x >= bx0-m && g.x <= bx1+m && g.y >= by0-m && g.y <= by1+m {
			kept = append(kept, g)
		}
	}
	glyphs = kept
	var count [4]int
	for i := range glyphs {
		g := &glyphs[i]
		if !g.space && g.text != "" {
			count[g.frame] += len(g.text)
		}
	}
	main := rotate / 90 % 4
	for q := range 4 {
		if count[q] > count[main] {
			main = q
		}
	}
	pg.Rotate = main * 90
	var most int32
	for i := range glyphs {
		most = max(most, glyphs[i].show)
	}
	shows := make(showCounts, most+1)
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
			ox, oy = min(ox, x), min(oy, y)
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
		items := (*buf)[:0]
		for i := range glyphs {
			g := &glyphs[i]
			if int(g.frame) != q || g.text == "" && !g.space {
				continue
			}
			x0, y0 := frame(q, g.x, g.y)
			x1, _ := frame(q, g.ex, g.ey)
			if x1 < x0 {
				x1 = x0 // a glyph drawn backwards (mirrored text) keeps its origin
			}
			items = append(items, item{x0: x0, x1: x1, y: y0, size: float64(g.size), text: g.text, show: g.show, order: int32(i),
				bold: g.bold, space: g.space || strings.TrimSpace(g.text) == ""})
		}
		lines := groupLines(items, shows)
		*buf = items[:0]
		if q == main {
			pg.Lines = lines
		} else {
			pg.Aside = append(pg.Aside, lines...)
		}
	}
	for _, r := range rules {
		x0, y0 := frame(main, r.x0, r.y0)
		x1, y1 := frame(main, r.x1, r.y1)
		pg.Rules = append(pg.Rules, Rule{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)})
	}
}

// byLine orders glyphs by baseline, top first, then along the line.
func byLine(a, b item) int {
	if a.y != b.y {
		return cmp.Compare(b.y, a.y)
	}
	if a.x0 != b.x0 {
		return cmp.Compare(a.x0, b.x0)
	}
	return cmp.Compare(a.order, b.order)
}

// groupLines turns one frame's glyphs into lines, top first.
func groupLines(items []item, shows showCounts) []Line {
	slices.SortFunc(items, byLine)
	var lines []Line
	// One allocation for every line's glyphs: a line adds at most one
	// space glyph per glyph, so the arena never grows and the segments'
	// slices of it stay put.
	arena := make([]Glyph, 0, 2*len(items))
	var ys []float64
	var bands [][2]int // runs of items on one baseline: [start, end)
	start := 0
	for i := 1; i <= len(items); i++ {
		if i < len(items) {
			ref, it := items[start], items[i]
			if math.Abs(ref.y-it.y) <= baselineTolerance*max(ref.size, it.size) {
				continue
			}
		}
		if n := len(bands); n > 0 {
			// A superscript or subscript joins its line.
			bands = append(bands[:n-1], joinRaised(items, bands[n-1], [2]int{start, i})...)
		} else {
			bands = append(bands, [2]int{start, i})
		}
		start = i
	}
	for _, b := range bands {
		if l, ok := buildLine(items[b[0]:b[1]], shows, &arena, &ys); ok {
			lines = append(lines, l)
		}
	}
	return lines
}

// joinRaised moves the superscripts and subscripts of band a or b (runs
// of items, a above b) onto the other's baseline, and returns the bands
// that result: one when every glyph of one band joins the other, else two.
func joinRaised(items []item, a, b [2]int) [][2]int {
	for _, small := range [][2]int{a, b} {
		host := b
		if small == b {
			host = a
		}
		marks, all := raisedOn(items[small[0]:small[1]], items[host[0]:host[1]])
		if marks == nil {
			continue
		}
		y := items[host[0]].y
		for k, m := range marks {
			if m {
				items[small[0]+k].y = y
			}
		}
		slices.SortFunc(items[a[0]:b[1]], byLine)
		if all {
			return [][2]int{{a[0], b[1]}}
		}
		moved := 0
		for _, m := range marks {
			if m {
				moved++
			}
		}
		if small == a {
			cut := a[1] - moved // the raised glyphs left above, then the line
			return [][2]int{{a[0], cut}, {cut, b[1]}}
		}
		cut := a[1] + moved // the line, then the lowered glyphs left below
		return [][2]int{{a[0], cut}, {cut, b[1]}}
	}
	return [][2]int{a, b}
}

// raisedOn marks the glyphs of small that are superscripts or subscripts
// of the line host: smaller type, a baseline shifted by less than host's
// size, in short runs each starting where a glyph of host ends
// ("MLS(ASCP)" then a raised "CM"; "P.A.C.E." then "®"). It returns nil
// when none is, and whether every glyph of small is.
func raisedOn(small, host []item) ([]bool, bool) {
	hs, ss := 0.0, 0.0
	for _, it := range host {
		hs = max(hs, it.size)
	}
	for _, it := range small {
		ss = max(ss, it.size)
	}
	if dy := small[0].y - host[0].y; ss == 0 || dy > 0.7*hs || dy < -0.45*hs || math.Abs(dy) < 0.1*hs {
		return nil, false
	}
	order := make([]int, 0, len(small)) // the glyphs with text, along the line
	for k, it := range small {
		if !it.space && it.size <= 0.85*hs {
			order = append(order, k)
		}
	}
	slices.SortFunc(order, func(p, q int) int { return byX(small[p], small[q]) })
	var marks []bool
	n := 0
	for i := 0; i < len(order); {
		first := small[order[i]]
		j := i + 1
		for j < len(order) && small[order[j]].x0-small[order[j-1]].x1 <= 0.3*ss {
			j++
		}
		// The glyph the run follows decides: a superscript is raised by
		// less than that glyph's size and set smaller than it (a large
		// name elsewhere on the baseline does not make a small line
		// above a superscript: "Badge type: Full Meeting" over
		// "Certificate issued:").
		if j-i <= 4 && slices.ContainsFunc(host, func(h item) bool {
			dy := first.y - h.y
			return !h.space && h.x1 >= first.x0-0.3*h.size && h.x1 <= first.x0+0.1*h.size &&
				dy <= 0.7*h.size && dy >= -0.45*h.size && first.size <= 0.85*h.size
		}) {
			if marks == nil {
				marks = make([]bool, len(small))
			}
			for _, k := range order[i:j] {
				marks[k] = true
				n++
			}
		}
		i = j
	}
	all := true
	for k, it := range small {
		all = all && (marks != nil && marks[k] || it.space)
	}
	return marks, n > 0 && all
}

// tracking returns, for the gap before each item of a line sorted along
// it, the letter spacing of the text around that gap (points), and
// whether the gap is that spacing trailing a letter-spaced word. Text is
// a chain of glyphs from one show operation, or of one-glyph shows side by
// side (Chromium and hand-made files place letter-spaced text a glyph at a
// time, with or without space characters). The spacing around a gap is
// the median of up to sideGaps gaps on each side of it in its chain: the
// smaller of the two sides, so a word set close beside a letter-spaced
// one still parts from it. A gap as wide as the spacing of the word
// before it, when the text after is not letter-spaced, is that word's
// trailing spacing ("ODUYA-LARSSON," set by LibreOffice), not a break. Gaps wider than maxTracking ems are layout, not spacing.
func tracking(its []item, shows showCounts) *tracker {
	// Most lines are set without letter spacing: no gap between two glyphs
	// is wider than kerning. They need no more.
	spaced := false
	for k := 1; k < len(its) && !spaced; k++ {
		spaced = !its[k].space && !its[k-1].space && its[k].x0-its[k-1].x1 > minTracking*its[k].size
	}
	if !spaced {
		return nil
	}
	linked := func(a, b item) bool {
		return a.show == b.show || shows[a.show] == 1 && shows[b.show] == 1
	}
	// The line's glyphs with text, and the gap before each (NaN where the
	// chain breaks).
	t := &tracker{its: its, pos: make([]int32, len(its))}
	t.idx = make([]int32, 0, len(its))
	for k, it := range its {
		t.pos[k] = -1
		if !it.space {
			t.pos[k] = int32(len(t.idx))
			t.idx = append(t.idx, int32(k))
		}
	}
	t.gaps = make([]float64, len(t.idx))
	t.chained = make([]bool, len(t.idx)) // the gap lies inside one chain
	for j := range t.idx {
		t.gaps[j] = math.NaN()
		if j == 0 {
			continue
		}
		a, b := its[t.idx[j-1]], its[t.idx[j]]
		t.gaps[j] = b.x0 - a.x1
		t.chained[j] = linked(a, b) && t.gaps[j] <= (maxTracking+cellGap)*max(b.size, 1)
	}
	return t
}

// tracker holds a line's gaps; at computes the spacing around one gap
// when buildLine asks (only gaps wider than a word gap need it).
type tracker struct {
	its     []item
	pos     []int32 // its index → index among the glyphs with text, -1 for spaces
	idx     []int32 // the glyphs with text, by their index in its
	gaps    []float64
	chained []bool
}

// at is the spacing around the gap before its[i] (points) and whether
// that gap trails a letter-spaced word (see tracking).
func (t *tracker) at(i int) (float64, bool) {
	j := int(t.pos[i])
	if j < 1 {
		return 0, false
	}
	var side [sideGaps]float64
	sideMedian := func(from, step int) (float64, bool) {
		n := 0
		for k := from; k >= 1 && k < len(t.gaps) && n < sideGaps; k += step {
			if !t.chained[k] {
				break
			}
			side[n] = t.gaps[k]
			n++
		}
		if n == 0 {
			return 0, false
		}
		s := side[:n]
		slices.Sort(s)
		if n%2 == 0 && s[n/2-1] <= minTracking*max(t.its[t.idx[from]].size, 1) {
			// As many gaps set tight as wide ("t·i" then "is" in one
			// show): no steady tracking, the wide gaps are word spaces.
			return s[n/2-1], true
		}
		return s[n/2], true
	}
	em := max(t.its[t.idx[j]].size, 1)
	l, okL := sideMedian(j-1, -1)
	r, okR := sideMedian(j+1, 1)
	tracked := func(m float64) bool { return m > minTracking*em && m < maxTracking*em }
	// A gap as wide as its neighbours' (within a tenth) is one more
	// letter gap of letter-spaced text; kerning may narrow it more
	// ("A T"), never widen it.
	similar := func(m float64, ok bool) bool {
		d := t.gaps[j] - m
		return ok && tracked(m) && d <= 0.1*m+0.03*em && -d <= 0.1*m+kernSlack*em
	}
	if !tracked(l) {
		l = 0
	}
	if !tracked(r) {
		r = 0
	}
	var tr float64
	switch {
	case okL && okR:
		tr = min(l, r)
	case okL:
		tr = l
	case okR:
		tr = r
	}
	if !t.chained[j] {
		tr = 0
	}
	// Not a break: a letter gap like those around it, or the spacing
	// after the last letter of a letter-spaced word before text that
	// is not letter-spaced (in the same chain or not).
	trail := t.chained[j] && (similar(l, okL) || similar(r, okR)) || okL && l > r && similar(l, okL)
	return tr, trail
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
	widest := gaps[0]
	for _, g := range gaps {
		widest = max(widest, g)
	}
	if widest <= minTracking*em {
		return 0, true // kerning at most: the common case, settled without sorting
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
		if math.Abs(g-m) <= max(0.05*m, 0.02*em) {
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

// byX orders a line's glyphs along it, in drawing order where they start
// at one x.
func byX(a, b item) int {
	if a.x0 != b.x0 {
		return cmp.Compare(a.x0, b.x0)
	}
	return cmp.Compare(a.order, b.order)
}

// needsFolding reports whether a glyph's text holds a ligature (U+FB00 to
// U+FB06), a soft hyphen (U+00AD) or a zero-width space (U+200B).
func needsFolding(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		switch {
		case t[i] == 0xC2 && t[i+1] == 0xAD,
			t[i] == 0xEF && t[i+1] == 0xAC,
			t[i] == 0xE2 && t[i+1] == 0x80 && i+2 < len(t) && t[i+2] == 0x8B:
			return true
		}
	}
	return false
}

// buildLine cuts one line's glyphs into segments and words. The
// segments' glyphs are appended to *arena; *ys is scratch space.
func buildLine(its []item, shows showCounts, arena *[]Glyph, ys *[]float64) (Line, bool) {
	if !slices.IsSortedFunc(its, byX) {
		slices.SortFunc(its, byX)
	}
	// The same text drawn twice at almost the same place (fake bold, a
	// shadow) is kept once.
	kept := its[:0] // in place: the caller's slice is ours to reorder
	for i, it := range its {
		if i > 0 && !it.space {
			dup := false
			for k := len(kept) - 1; k >= 0 && k >= len(kept)-4; k-- {
				p := &kept[k]
				// Drawn over itself: most of the glyph's width overlaps
				// (a double letter such as "ll" only touches).
				if math.Abs(p.x0-it.x0) >= 0.2*it.size || math.Abs(p.y-it.y) >= 0.2*it.size {
					continue
				}
				overlap := min(p.x1, it.x1) - max(p.x0, it.x0)
				if p.text == it.text && (overlap > 0.5*(it.x1-it.x0) || it.x1-it.x0 <= 0) {
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
	woven := unweave(its)
	spelled := false   // a segment was spelled out with space characters
	var track *tracker // built at the first gap it can decide
	built := false
	var l Line
	var seg *Segment
	var text []byte // the segment's text so far
	boldChars, chars := 0, 0
	*ys = (*ys)[:0]
	buf := *arena
	defer func() { *arena = buf }()
	gstart := len(buf)
	flush := func() {
		if seg == nil {
			return
		}
		seg.Glyphs = buf[gstart:len(buf):len(buf)]
		seg.Text = strings.TrimSpace(string(text))
		if spacedOut(seg.Text, 4) {
			// "L e o p o l d": letter spacing typed as space characters.
			kept := unspell(buf[gstart:], seg.Size)
			buf = append(buf[:gstart], kept...)
			seg.Glyphs = buf[gstart:len(buf):len(buf)]
			seg.Text = GlyphsText(kept)
			spelled = true
		} else if k := spelledBeforeComma(buf[gstart:]); k > 0 {
			// "D E V O N T E   R . M C A L L I S T E R, MLS(ASCP)CM": a
			// spelled-out name, then its credentials set plainly.
			kept := append(unspell(buf[gstart:gstart+k], seg.Size), buf[gstart+k:]...)
			buf = append(buf[:gstart], kept...)
			seg.Glyphs = buf[gstart:len(buf):len(buf)]
			seg.Text = strings.TrimSpace(GlyphsText(kept))
			spelled = true
		}
		if seg.Text != "" {
			seg.Bold = boldChars*2 > chars
			l.Segs = append(l.Segs, *seg)
		}
		seg = nil
	}
	last := -1      // the last glyph with text in the current segment
	spaced := false // a space character lies between last and the next glyph
	spaces := 0     // how many space characters lie there
	var space item  // the last of them
	for i, it := range its {
		if it.space {
			if last >= 0 {
				spaced = true
				spaces++
				space = it
			}
			continue
		}
		l.Size = max(l.Size, it.size)
		*ys = append(*ys, it.y)
		t := it.text
		if needsFolding(t) {
			t = ligatures.Replace(t)
		}
		if seg != nil && last >= 0 {
			p := its[last]
			em := max(max(p.size, it.size), 1)
			if min(p.size, it.size)*1.5 < em {
				// Runs of very different sizes side by side (a logo
				// word beside a heading): the smaller measures the gap.
				em = max(min(p.size, it.size), 1)
			}
			tr, trail := 0.0, false
			gap := it.x0 - p.x1
			if !spaced && gap > wordGap*em || gap > cellGap*em {
				// Narrower gaps join whatever the tracking; a space
				// character breaks words whatever it is.
				if !built {
					track, built = tracking(its, shows), true
				}
				if track != nil {
					tr, trail = track.at(i)
					trail = trail && !spaced
				}
			}
			switch {
			case woven && it.show != p.show && gap < -overprint*em:
				flush() // a run drawn over the end of the one before ("…HOLLOWAY-REYES" under "March 4, 2025")
			case gap > cellGap*em+tr && !(spaces == 1 && stretchedSpace(p, space, it, em)):
				flush()
			case spaced && gap > spacedGap*em || gap > wordGap*em+tr && !trail:
				text = append(text, ' ')
				buf = append(buf, Glyph{X0: p.x1, X1: max(p.x1, it.x0), Text: " "})
			}
		}
		if seg == nil {
			seg = &Segment{X0: it.x0, X1: it.x1}
			text = text[:0]
			boldChars, chars = 0, 0
			gstart = len(buf)
		}
		text = append(text, t...)
		buf = append(buf, Glyph{X0: it.x0, X1: it.x1, Text: t})
		seg.X1 = max(seg.X1, it.x1)
		seg.Size = max(seg.Size, it.size)
		n := len(t)
		chars += n
		if it.bold {
			boldChars += n
		}
		last = i
		spaced, spaces = false, 0
	}
	flush()
	if len(l.Segs) == 0 {
		return Line{}, false
	}
	if woven {
		// Runs laid over each other were cut run by run; their segments
		// read left to right as any line's do.
		slices.SortStableFunc(l.Segs, func(a, b Segment) int { return cmp.Compare(a.X0, b.X0) })
	}
	if spelled {
		// The short words of a spelled-out line are spelled out too
		// ("M A R C U S   T .   J R ."): too short to tell alone.
		for i := range l.Segs {
			if sg := &l.Segs[i]; spacedOut(sg.Text, 2) {
				sg.Glyphs = unspell(sg.Glyphs, sg.Size)
				sg.Text = GlyphsText(sg.Glyphs)
			}
		}
	}
	if len(l.Segs) >= justifiedWords {
		l.Segs = joinJustified(l.Segs, l.Size)
	}
	sort.Float64s(*ys)
	l.Y = (*ys)[len(*ys)/2]
	for i := range l.Segs {
		if t := l.Segs[i].Text; strings.Contains(t, "  ") || strings.ContainsAny(t, "\t\n\r\u00A0") {
			l.Segs[i].Text = collapseSpace(t)
		}
	}
	return l, true
}

// overprint is how far (in ems) a glyph must start inside the one before
// it, drawn by another text operator, for the two to be runs laid over
// each other rather than kerned letters.
const overprint = 0.25

// unweave reorders a line's glyphs (sorted by x) when two text runs drawn
// by different operators overlap along it (a name run long under the next
// column's date): each run's glyphs together, runs in the order they
// start. It reports whether it did; the line is then cut where a run
// starts inside the one before.
func unweave(its []item) bool {
	woven := false
	last := -1
	for i, it := range its {
		if it.space {
			continue
		}
		if last >= 0 {
			p := its[last]
			if p.show != it.show && it.x0 < p.x1-overprint*max(p.size, it.size, 1) {
				woven = true
				break
			}
		}
		last = i
	}
	if !woven {
		return false
	}
	start := map[int32]float64{}
	for _, it := range its {
		if x, ok := start[it.show]; !ok || it.x0 < x {
			start[it.show] = it.x0
		}
	}
	slices.SortStableFunc(its, func(a, b item) int {
		if a.show != b.show {
			return cmp.Compare(start[a.show], start[b.show])
		}
		return 0
	})
	return true
}

// justifiedWords is the fewest segments a justified line is told by.
const justifiedWords = 5

// joinJustified joins the segments of a justified line of prose drawn a
// word at a time ("Heartland  Society  for  Clinical  Laboratory"): five
// or more segments of one or two words each, every gap between them
// under two and a half ems and within a tenth (or half a point) of their
// median. Cells of a table are spaced by their columns, never this evenly.
func joinJustified(segs []Segment, size float64) []Segment {
	gaps := make([]float64, 0, len(segs)-1)
	for i := 1; i < len(segs); i++ {
		if len(strings.Fields(segs[i].Text)) > 2 || len(strings.Fields(segs[i-1].Text)) > 2 {
			return segs
		}
		gaps = append(gaps, segs[i].X0-segs[i-1].X1)
	}
	m := median(slices.Clone(gaps))
	for _, g := range gaps {
		if g <= 0 || g > 2.5*max(size, 1) || math.Abs(g-m) > max(0.1*m, 0.5) {
			return segs
		}
	}
	out := segs[0]
	glyphs := slices.Clone(out.Glyphs)
	text := out.Text
	for _, sg := range segs[1:] {
		glyphs = append(glyphs, Glyph{X0: out.X1, X1: sg.X0, Text: " "})
		glyphs = append(glyphs, sg.Glyphs...)
		text += " " + sg.Text
		out.X1, out.Size = sg.X1, max(out.Size, sg.Size)
		out.Bold = out.Bold && sg.Bold
	}
	out.Glyphs, out.Text = glyphs, text
	return []Segment{out}
}

// spacedOut reports whether a segment's text is one word spelled out
// with a space after every character ("M A R I S O L"): at least least
// single characters, letters and the marks inside names (- . '), and no
// longer word. A producer that letter-spaces a name with space
// characters sets its words further apart, as separate segments.
func spacedOut(t string, least int) bool {
	n := 0
	afterSpace := true
	for _, r := range t {
		switch {
		case r == ' ':
			afterSpace = true
			continue
		case !afterSpace:
			return false // two characters together: a word
		case !unicode.IsLetter(r) && !strings.ContainsRune("-.'’", r):
			return false
		}
		afterSpace = false
		n++
	}
	return n >= least
}

// spelledBeforeComma is the number of glyphs before the first comma when
// they spell a word out (spacedOut, four letters or more) and plain text
// follows the comma, else 0.
func spelledBeforeComma(glyphs []Glyph) int {
	for k, g := range glyphs {
		if g.Text == "," {
			if k > 0 && spacedOut(strings.TrimSpace(GlyphsText(glyphs[:k])), 4) {
				return k
			}
			return 0
		}
	}
	return 0
}

// unspell is a spelled-out word's glyphs without the space characters
// between its letters ("L U C Í A"), a copy: where the gap between two
// letters is clearly wider than the letters' usual gap (by a fifth of an
// em and half as much again), a word ends there and one space stays
// ("L U C Í A   M O N T E R R O S O" is "LUCÍA MONTERROSO").
func unspell(glyphs []Glyph, size float64) []Glyph {
	letters := make([]Glyph, 0, len(glyphs))
	for _, g := range glyphs {
		if g.Text != " " {
			letters = append(letters, g)
		}
	}
	gaps := make([]float64, 0, len(letters))
	for k := 1; k < len(letters); k++ {
		gaps = append(gaps, letters[k].X0-letters[k-1].X1)
	}
	usual := 0.0
	if len(gaps) > 0 {
		sorted := slices.Clone(gaps)
		slices.Sort(sorted)
		usual = sorted[len(sorted)/2]
	}
	em := max(size, 1)
	out := make([]Glyph, 0, len(letters)+2)
	for k, g := range letters {
		if k > 0 && gaps[k-1] > 1.5*usual && gaps[k-1]-usual > 0.2*em {
			out = append(out, Glyph{X0: letters[k-1].X1, X1: g.X0, Text: " "})
		}
		out = append(out, g)
	}
	return out
}

// GlyphsText is the text glyphs spell, in order.
func GlyphsText(glyphs []Glyph) string {
	var b strings.Builder
	for _, g := range glyphs {
		b.WriteString(g.Text)
	}
	return b.String()
}

// stretchedSpace reports whether the one space character between glyphs
// p and next fills the gap between them: a word space widened by word
// spacing (a justified line), not the gap between two cells, however
// wide, up to maxWordSpace.
func stretchedSpace(p, space, next item, em float64) bool {
	tol := 0.1 * em
	return math.Abs(space.x0-p.x1) <= tol && math.Abs(next.x0-space.x1) <= tol && next.x0-p.x1 <= maxWordSpace*em
}

// collapseSpace joins runs of white space into single spaces.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
