package pdf

import (
	"math"
)

// The content-stream walker: it interprets a page's operators (PDF
// 32000-1:2008, §8 and §9), tracking the text and graphics matrices
// (Tm Td TD T* ' " cm q Q Tz TL Tc Tw Ts), and emits every glyph it shows
// with its origin, advance and size in page space, and every straight
// line or thin rectangle it paints (table rules). It follows Form XObjects
// (each at most once on a path: a form that draws itself is drawn once)
// and the appearance streams of form fields and free-text annotations.

// glyph is one shown character code. Coordinates are page user space
// (points, unrotated); the advance runs along the text direction.
type glyph struct {
	x, y   float64 // origin on the baseline
	ex, ey float64 // end of the glyph's own width (character and word spacing excluded)
	text   string
	size   float32 // font size in points, after the text and graphics matrices
	show   int32   // which show operation drew it (one Tj, or one TJ array)
	frame  int8    // the quarter turn nearest the text direction (see frameOf)
	bold   bool
	space  bool // a space character: a word break wherever it is drawn
}

// segmentLine is a straight painted line in page space (points).
type segmentLine struct{ x0, y0, x1, y1 float64 }

// Limits that keep a hostile page from costing more than a real one.
const (
	maxFormDepth    = 12       // nested Form XObjects followed
	maxContentBytes = 64 << 20 // decoded content per page, bytes, forms included
	maxPageOps      = 4 << 20  // operators interpreted per page, forms included
	maxPageForms    = 1000     // Form XObjects drawn per page
	maxPageGlyphs   = 1 << 20  // glyphs kept per page
	maxPageRules    = 1 << 16  // painted lines kept per page
)

// gstate is the part of the graphics state text extraction needs.
type gstate struct {
	ctm     matrix
	font    *font
	size    float64 // Tfs, text space units
	charSp  float64 // Tc, unscaled text space units
	wordSp  float64 // Tw
	hscale  float64 // Tz / 100
	leading float64 // TL
	rise    float64 // Ts
	render  int     // Tr
}

// walker interprets content streams, collecting glyphs and rules.
type walker struct {
	f      *file
	ops    int // operators interpreted so far on this page
	forms  int // Form XObjects drawn so far on this page
	bytes  int // content bytes decoded so far on this page
	shows  int32
	glyphs []glyph
	rules  []segmentLine
	gs     gstate
	stack  []gstate
	tm     matrix // text matrix
	tlm    matrix // text line matrix
	res    Dict
	fonts  map[Name]*font
	onPath map[*Stream]bool // forms being drawn: a form drawing itself stops
	codes  []charCode

	path    []segmentLine // the current path's straight pieces
	subpath [2]float64    // start of the current subpath
	cur     [2]float64    // current point
}

func newWalker(f *file) *walker {
	return &walker{f: f, onPath: map[*Stream]bool{}, glyphs: f.glyphBuf[:0]}
}

// content reads a content stream or an array of them, decoded, within
// the page's budget.
func (w *walker) content(o Object) []byte {
	var out []byte
	read := func(o Object) {
		s, ok := w.f.resolve(o).(*Stream)
		if !ok || w.bytes >= maxContentBytes {
			return
		}
		b, err := w.f.decode(s, s.Dict)
		if err != nil && len(b) == 0 {
			w.f.problem("a content stream cannot be read: %v", err)
			return
		}
		b = b[:min(len(b), maxContentBytes-w.bytes)]
		w.bytes += len(b)
		out = append(out, b...)
		out = append(out, '\n')
	}
	if a, ok := w.f.resolve(o).(Array); ok {
		for _, s := range a {
			read(s)
		}
		return out
	}
	read(o)
	return out
}

// walk interprets one content stream with its resources under ctm.
func (w *walker) walk(content []byte, res Dict, ctm matrix, depth int) {
	saved, savedStack, savedRes, savedFonts := w.gs, w.stack, w.res, w.fonts
	w.gs = gstate{ctm: ctm, hscale: 1}
	w.stack = nil
	w.res = res
	w.fonts = map[Name]*font{}
	w.path = w.path[:0]
	defer func() { w.gs, w.stack, w.res, w.fonts = saved, savedStack, savedRes, savedFonts }()

	lx := &lexer{b: content}
	var ops []operand
	for {
		tok, ok := lx.next()
		if !ok {
			return
		}
		if tok.kind != tokOp {
			if len(ops) < 64 {
				ops = append(ops, tok)
			}
			continue
		}
		if w.ops++; w.ops > maxPageOps {
			return // a hostile or runaway page: keep what was read
		}
		w.op(tok.s, ops, depth)
		ops = ops[:0]
	}
}

func nums(ops []operand, n int) ([]float64, bool) {
	if len(ops) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i, o := range ops[len(ops)-n:] {
		if o.kind != tokNum {
			return nil, false
		}
		out[i] = o.num
	}
	return out, true
}

func (w *walker) op(name string, ops []operand, depth int) {
	g := &w.gs
	switch name {
	case "q":
		if len(w.stack) < 256 {
			w.stack = append(w.stack, *g)
		}
	case "Q":
		if n := len(w.stack); n > 0 {
			*g = w.stack[n-1]
			w.stack = w.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(ops, 6); ok {
			g.ctm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}.mul(g.ctm)
		}
	case "BT":
		w.tm, w.tlm = identity, identity
	case "Tf":
		if len(ops) >= 2 && ops[len(ops)-2].kind == tokName && ops[len(ops)-1].kind == tokNum {
			g.font = w.font(Name(ops[len(ops)-2].s))
			g.size = ops[len(ops)-1].num
		}
	case "Tc":
		if v, ok := nums(ops, 1); ok {
			g.charSp = v[0]
		}
	case "Tw":
		if v, ok := nums(ops, 1); ok {
			g.wordSp = v[0]
		}
	case "Tz":
		if v, ok := nums(ops, 1); ok {
			g.hscale = v[0] / 100
		}
	case "TL":
		if v, ok := nums(ops, 1); ok {
			g.leading = v[0]
		}
	case "Ts":
		if v, ok := nums(ops, 1); ok {
			g.rise = v[0]
		}
	case "Tr":
		if v, ok := nums(ops, 1); ok {
			g.render = int(v[0])
		}
	case "Td":
		if v, ok := nums(ops, 2); ok {
			w.nextLine(v[0], v[1])
		}
	case "TD":
		if v, ok := nums(ops, 2); ok {
			g.leading = -v[1]
			w.nextLine(v[0], v[1])
		}
	case "Tm":
		if v, ok := nums(ops, 6); ok {
			w.tm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
			w.tlm = w.tm
		}
	case "T*":
		w.nextLine(0, -g.leading)
	case "Tj":
		if len(ops) >= 1 && ops[len(ops)-1].kind == tokStr {
			w.shows++
			w.show(ops[len(ops)-1].s)
		}
	case "'":
		w.nextLine(0, -g.leading)
		if len(ops) >= 1 && ops[len(ops)-1].kind == tokStr {
			w.shows++
			w.show(ops[len(ops)-1].s)
		}
	case "\"":
		if len(ops) >= 3 && ops[len(ops)-1].kind == tokStr {
			if v, ok := nums(ops[:len(ops)-1], 2); ok {
				g.wordSp, g.charSp = v[0], v[1]
			}
			w.nextLine(0, -g.leading)
			w.shows++
			w.show(ops[len(ops)-1].s)
		}
	case "TJ":
		if len(ops) >= 1 && ops[len(ops)-1].kind == tokArray {
			w.shows++
			w.showArray(ops[len(ops)-1].arr)
		}
	case "Do":
		if len(ops) >= 1 && ops[len(ops)-1].kind == tokName && depth < maxFormDepth {
			w.doXObject(Name(ops[len(ops)-1].s), depth)
		}
	// Paths: only straight lines and rectangles matter (table rules).
	case "m":
		if v, ok := nums(ops, 2); ok {
			w.cur = [2]float64{v[0], v[1]}
			w.subpath = w.cur
		}
	case "l":
		if v, ok := nums(ops, 2); ok {
			w.addPath(w.cur[0], w.cur[1], v[0], v[1])
			w.cur = [2]float64{v[0], v[1]}
		}
	case "h":
		w.addPath(w.cur[0], w.cur[1], w.subpath[0], w.subpath[1])
		w.cur = w.subpath
	case "re":
		if v, ok := nums(ops, 4); ok {
			x, y, wd, ht := v[0], v[1], v[2], v[3]
			w.addPath(x, y, x+wd, y)
			w.addPath(x+wd, y, x+wd, y+ht)
			w.addPath(x+wd, y+ht, x, y+ht)
			w.addPath(x, y+ht, x, y)
			w.cur = [2]float64{x, y}
			w.subpath = w.cur
		}
	case "c", "v", "y":
		if v, ok := nums(ops, 2); ok {
			w.cur = [2]float64{v[0], v[1]} // curves are not rules
		}
	case "S", "s", "B", "B*", "b", "b*", "f", "F", "f*":
		w.paint(name)
	case "n":
		w.path = w.path[:0]
	}
}

// addPath adds a straight piece of the current path, in user space.
func (w *walker) addPath(x0, y0, x1, y1 float64) {
	if len(w.path) < 4096 {
		w.path = append(w.path, segmentLine{x0, y0, x1, y1})
	}
}

// paint records the current path's horizontal and vertical pieces as
// rules, in page space. A filled rectangle counts by its edges: a thin
// one is a rule, a wide one (a cell's shading) shows its borders.
func (w *walker) paint(op string) {
	ctm := w.gs.ctm
	for _, s := range w.path {
		if len(w.rules) >= maxPageRules {
			break
		}
		x0, y0 := ctm.apply(s.x0, s.y0)
		x1, y1 := ctm.apply(s.x1, s.y1)
		if math.Abs(x1-x0) < 0.5 && math.Abs(y1-y0) < 0.5 {
			continue
		}
		if math.Abs(x1-x0) > 0.5 && math.Abs(y1-y0) > 0.5 {
			continue // a diagonal: a drawing, not a rule
		}
		w.rules = append(w.rules, segmentLine{x0, y0, x1, y1})
	}
	_ = op
	w.path = w.path[:0]
}

func (w *walker) nextLine(tx, ty float64) {
	w.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(w.tlm)
	w.tm = w.tlm
}

// font returns the font named in the current resources, or a stand-in.
func (w *walker) font(name Name) *font {
	if ft, ok := w.fonts[name]; ok {
		return ft
	}
	fonts, _ := w.f.resolve(w.res[Name("Font")]).(Dict)
	ft := fallbackFont
	if o, ok := fonts[name]; ok {
		ft = w.f.fontFor(o)
	}
	w.fonts[name] = ft
	return ft
}

// doXObject follows a Form XObject: its own resources (or the current
// ones) and its /Matrix, under the current CTM. Images carry no text.
func (w *walker) doXObject(name Name, depth int) {
	xobjects, _ := w.f.resolve(w.res[Name("XObject")]).(Dict)
	s, ok := w.f.resolve(xobjects[name]).(*Stream)
	if !ok || s.Dict[Name("Subtype")] != Name("Form") {
		return
	}
	w.drawForm(s, w.gs.ctm, depth)
}

// drawForm draws a form stream under ctm (its /Matrix applied first).
func (w *walker) drawForm(s *Stream, ctm matrix, depth int) {
	if w.onPath[s] || w.forms >= maxPageForms {
		return
	}
	w.forms++
	w.onPath[s] = true
	defer delete(w.onPath, s)
	m := w.formMatrix(s.Dict)
	res, ok := w.f.resolve(s.Dict[Name("Resources")]).(Dict)
	if !ok {
		res = w.res
	}
	b := w.content(s)
	tm, tlm, path := w.tm, w.tlm, w.path
	w.path = nil
	w.walk(b, res, m.mul(ctm), depth+1)
	w.tm, w.tlm, w.path = tm, tlm, path
}

func (w *walker) formMatrix(d Dict) matrix {
	m := identity
	if a, ok := w.f.resolve(d[Name("Matrix")]).(Array); ok && len(a) == 6 {
		for i := range 6 {
			m[i], _ = number(w.f.resolve(a[i]))
		}
	}
	return m
}

// show draws one string operand, glyph by glyph.
func (w *walker) show(s string) {
	g := &w.gs
	ft := g.font
	if ft == nil {
		ft = fallbackFont
	}
	w.codes = ft.codes(s, w.codes)
	if ft.vertical {
		for _, c := range w.codes {
			text, ok := ft.decode(c)
			if !ok && !(c.n == 1 && c.code == 32) {
				ft.markUndecoded(c.code)
			}
			w.emitVertical(text, ft, text == " " || !ok && c.n == 1 && c.code == 32)
		}
		return
	}
	// The text rendering matrix is the same for every glyph of the string
	// but for the pen's advance along its x axis: the direction, size and
	// boldness are worked out once, and each glyph's origin is the
	// string's origin moved by the advance so far.
	trm := w.tm.mul(g.ctm)
	proto, ok := w.proto(trm, ft)
	pen := 0.0 // text space units advanced so far
	for _, c := range w.codes {
		text, decoded := ft.decode(c)
		if !decoded && !(c.n == 1 && c.code == 32) {
			ft.markUndecoded(c.code)
		}
		wd := ft.width(c)
		own := wd * g.size * g.hscale
		adv := wd*g.size + g.charSp
		// Word spacing applies to the single-byte code 32 whatever its
		// glyph; a word break is a glyph whose text is a space.
		code32 := c.n == 1 && c.code == 32
		if code32 {
			adv += g.wordSp
		}
		adv *= g.hscale
		if ok && len(w.glyphs) < maxPageGlyphs {
			gl := proto
			gl.x = trm[4] + pen*trm[0] + g.rise*trm[2]
			gl.y = trm[5] + pen*trm[1] + g.rise*trm[3]
			gl.ex, gl.ey = gl.x+own*trm[0], gl.y+own*trm[1]
			gl.text = text
			gl.space = text == " " || text == "\u00A0" || !decoded && code32
			if gl.space && adv > own {
				// A space spans its whole advance, word spacing included:
				// the gap a justified line opens between two words.
				gl.ex, gl.ey = gl.x+adv*trm[0], gl.y+adv*trm[1]
			}
			if !math.IsNaN(gl.x+gl.y) && !math.IsInf(gl.x+gl.y, 0) {
				w.glyphs = append(w.glyphs, gl)
			}
		}
		pen += adv
	}
	w.tm = matrix{1, 0, 0, 1, pen, 0}.mul(w.tm)
}

// proto is what every glyph drawn under text rendering matrix trm in font
// ft shares: its direction, size, show and weight. It reports false for a
// degenerate matrix (nothing visible is drawn).
func (w *walker) proto(trm matrix, ft *font) (glyph, bool) {
	g := &w.gs
	// The text direction is the text space x axis in user space; the size
	// is the length of its y axis times the font size.
	ux, uy := trm[0], trm[1]
	if ft.vertical {
		ux, uy = -trm[2], -trm[3]
	}
	n := math.Hypot(ux, uy)
	if n == 0 || math.IsNaN(n) || math.IsInf(n, 0) {
		return glyph{}, false
	}
	size := math.Abs(g.size) * math.Hypot(trm[2], trm[3])
	if size == 0 || math.IsNaN(size) || math.IsInf(size, 0) || size > 1e6 {
		size = 1
	}
	return glyph{frame: int8(frameOf(ux/n, uy/n)), size: float32(size), show: w.shows, bold: ft.bold || g.render == 2}, true
}

// emitVertical places a glyph of a vertical (Identity-V) font: it
// advances down by its height (1 em less character spacing).
func (w *walker) emitVertical(text string, ft *font, space bool) {
	g := &w.gs
	adv := -(g.size + g.charSp)
	if space {
		adv -= g.wordSp
	}
	trm := w.tm.mul(g.ctm)
	x0, y0 := trm.apply(0, 0)
	x1, y1 := trm.apply(0, -g.size)
	w.add(glyph{x: x0, y: y0, ex: x1, ey: y1, text: text, space: space}, trm, ft)
	w.tm = matrix{1, 0, 0, 1, 0, adv}.mul(w.tm)
}

// showArray draws a TJ array: strings, and numbers that move the pen
// back by thousandths of an em (kerning, or gaps between words).
func (w *walker) showArray(arr []operand) {
	g := &w.gs
	for _, o := range arr {
		switch o.kind {
		case tokStr:
			w.show(o.s)
		case tokNum:
			tx := -o.num / 1000 * g.size * g.hscale
			if g.font != nil && g.font.vertical {
				w.tm = matrix{1, 0, 0, 1, 0, -o.num / 1000 * g.size}.mul(w.tm)
				continue
			}
			w.tm = matrix{1, 0, 0, 1, tx, 0}.mul(w.tm)
		}
	}
}

func (w *walker) add(gl glyph, trm matrix, ft *font) {
	proto, ok := w.proto(trm, ft)
	if !ok || len(w.glyphs) >= maxPageGlyphs || math.IsNaN(gl.x+gl.y) || math.IsInf(gl.x+gl.y, 0) {
		return
	}
	proto.x, proto.y, proto.ex, proto.ey, proto.text, proto.space = gl.x, gl.y, gl.ex, gl.ey, gl.text, gl.space
	w.glyphs = append(w.glyphs, proto)
}

// markUndecoded counts a code the font cannot give text for.
func (ft *font) markUndecoded(code uint32) {
	if ft == fallbackFont {
		return
	}
	if ft.undone == nil {
		ft.undone = map[uint32]bool{}
	}
	if len(ft.undone) < 256 {
		ft.undone[code] = true
	}
}

// matrix is an affine transform [a b c d e f] as PDF writes it: a point
// (x, y) maps to (a·x + c·y + e, b·x + d·y + f).
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m first, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}
