package parsers

// This file is the only one that imports github.com/ledongthuc/pdf. It uses
// only that library's object parser (pages, dictionaries, decoded streams)
// and does the rest itself: its own content-stream walker turns each page
// into positioned text runs, and pdflines.go groups them into lines.
//
// Why not the library's text APIs: GetTextByRow puts text positioned with
// Td at x=y=0, Content() loses glyph widths for CID fonts and adds stray
// glyphs after TJ, and its ToUnicode bfrange decoding breaks characters
// above U+00FF. See DESIGN.md, "Library guidance".
//
// BUG: text drawn rotated or vertical (a landscape table printed on a
// portrait page, vertical CJK) is positioned by its origin only; lines
// are grouped as if it were horizontal.
// BUG: Type0 fonts with a predefined CMap other than Identity-H/V
// (UniJIS-UCS2-H, …) and no ToUnicode are read as two-byte codes with no
// text; Type3 glyph procedures are not run.

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"

	"celedger"
)

// run is one piece of text as drawn: its origin on the baseline and its
// advance width, in page user space (points), and its font size (points,
// after the text and graphics matrices).
type run struct {
	X, Y, W float64
	Size    float64
	Text    string
}

// pdfPage is one page's runs, in drawing order.
type pdfPage struct {
	Number int // 1-based
	Runs   []run
}

// Limits that keep a hostile file from costing more than a real one.
const (
	maxFormDepth    = 8        // nested Form XObjects followed
	maxPages        = 5000     // pages read from one file
	maxContentBytes = 64 << 20 // decoded content per page, bytes
	maxPageOps      = 4 << 20  // operators interpreted per page, Form XObjects included
	maxPageForms    = 1000     // Form XObjects drawn per page
	maxPageRuns     = 1 << 18  // text runs kept per page
)

// openPDF opens a PDF with the library's parser. Any panic inside the
// library becomes an error.
func openPDF(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%v", p)
		}
	}()
	return pdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

// isEncrypted reports whether the trailer names an /Encrypt dictionary.
func isEncrypted(r *pdf.Reader) (enc bool) {
	defer func() {
		if recover() != nil {
			enc = false
		}
	}()
	return !r.Trailer().Key("Encrypt").IsNull()
}

// maxTreeDepth bounds the page tree walk and inherited attribute lookups:
// the library's own walks loop forever on a page tree with a cycle.
const maxTreeDepth = 32

// pdfPages lists the page dictionaries in order, walking the page tree
// with a depth bound (a cycle ends the walk instead of looping).
func pdfPages(r *pdf.Reader) (pages []pdf.Value) {
	defer func() {
		if recover() != nil {
			pages = nil
		}
	}()
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		if depth > maxTreeDepth || len(pages) > maxPages {
			return
		}
		switch v.Key("Type").Name() {
		case "Page":
			pages = append(pages, v)
			return
		}
		kids := v.Key("Kids")
		if kids.Kind() != pdf.Array {
			if v.Kind() == pdf.Dict && !v.Key("Contents").IsNull() {
				pages = append(pages, v) // a page without its /Type
			}
			return
		}
		for i := 0; i < kids.Len() && len(pages) <= maxPages; i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return pages
}

// inherited looks a page attribute up the /Parent chain, bounded.
func inherited(page pdf.Value, key string) pdf.Value {
	v := page
	for range maxTreeDepth {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
		if v.IsNull() {
			break
		}
	}
	return pdf.Value{}
}

// readPageRuns walks page number n (1-based) and returns its runs. A
// panic inside the library becomes an ErrUnreadable error.
func readPageRuns(page pdf.Value, n int) (pg pdfPage, err error) {
	pg.Number = n
	defer func() {
		if p := recover(); p != nil {
			err = pdfError(celedger.ErrUnreadable, "cannot be read: %v", p)
		}
	}()
	w := &walker{fonts: map[string]*pdfFont{}}
	content := streamBytes(page.Key("Contents"))
	w.walk(content, inherited(page, "Resources"), identity, 0)
	pg.Runs = w.runs
	return pg, nil
}

// streamBytes reads a content stream or an array of them, decoded.
func streamBytes(v pdf.Value) []byte {
	var out []byte
	read := func(s pdf.Value) {
		if s.Kind() != pdf.Stream {
			return
		}
		rc := s.Reader()
		defer rc.Close()
		b, _ := io.ReadAll(io.LimitReader(rc, maxContentBytes))
		out = append(out, b...)
		out = append(out, '\n')
	}
	switch v.Kind() {
	case pdf.Array:
		for i := 0; i < v.Len() && len(out) < maxContentBytes; i++ {
			read(v.Index(i))
		}
	default:
		read(v)
	}
	return out
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

// gstate is the part of the graphics state text extraction needs.
type gstate struct {
	ctm      matrix
	font     *pdfFont
	size     float64 // Tfs, text space units
	charSp   float64 // Tc, unscaled text space units
	wordSp   float64 // Tw
	hscale   float64 // Tz / 100
	leading  float64 // TL
	rise     float64 // Ts
	fontName string
}

// walker interprets content streams, collecting runs.
type walker struct {
	ops   int                 // operators interpreted so far on this page
	forms int                 // Form XObjects drawn so far on this page
	fonts map[string]*pdfFont // by resource name, for the current resources
	runs  []run
	gs    gstate
	stack []gstate
	tm    matrix // text matrix
	tlm   matrix // text line matrix
	res   pdf.Value
}

// walk interprets one content stream with its resources under ctm.
func (w *walker) walk(content []byte, res pdf.Value, ctm matrix, depth int) {
	saved, savedStack, savedRes, savedFonts := w.gs, w.stack, w.res, w.fonts
	w.gs = gstate{ctm: ctm, hscale: 1}
	w.stack = nil
	w.res = res
	w.fonts = map[string]*pdfFont{}
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
			g.fontName = ops[len(ops)-2].s
			g.font = w.font(g.fontName)
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
			w.show(ops[len(ops)-1].s)
		}
	case "'":
		w.nextLine(0, -g.leading)
		if len(ops) >= 1 && ops[len(ops)-1].kind == tokStr {
			w.show(ops[len(ops)-1].s)
		}
	case "\"":
		if len(ops) >= 3 && ops[len(ops)-1].kind == tokStr {
			if v, ok := nums(ops[:len(ops)-1], 2); ok {
				g.wordSp, g.charSp = v[0], v[1]
			}
			w.nextLine(0, -g.leading)
			w.show(ops[len(ops)-1].s)
		}
	case "TJ":
		if len(ops) >= 1 && ops[len(ops)-1].kind == tokArray {
			w.showArray(ops[len(ops)-1].arr)
		}
	case "Do":
		if len(ops) >= 1 && ops[len(ops)-1].kind == tokName && depth < maxFormDepth {
			w.doXObject(ops[len(ops)-1].s, depth)
		}
	}
}

func (w *walker) nextLine(tx, ty float64) {
	w.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(w.tlm)
	w.tm = w.tlm
}

// font returns the font named in the current resources, or a stand-in
// that decodes bytes as WinAnsi with average widths.
func (w *walker) font(name string) *pdfFont {
	if f, ok := w.fonts[name]; ok {
		return f
	}
	f := loadFont(w.res.Key("Font").Key(name))
	w.fonts[name] = f
	return f
}

// doXObject follows a Form XObject: its own resources (or the page's) and
// its /Matrix, under the current CTM. Images carry no text and are passed.
func (w *walker) doXObject(name string, depth int) {
	if w.forms++; w.forms > maxPageForms {
		return
	}
	x := w.res.Key("XObject").Key(name)
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return
	}
	m := identity
	if a := x.Key("Matrix"); a.Kind() == pdf.Array && a.Len() == 6 {
		for i := range 6 {
			m[i] = a.Index(i).Float64()
		}
	}
	res := x.Key("Resources")
	if res.IsNull() {
		res = w.res
	}
	rc := x.Reader()
	b, _ := io.ReadAll(io.LimitReader(rc, maxContentBytes))
	rc.Close()
	tm, tlm := w.tm, w.tlm
	w.walk(b, res, m.mul(w.gs.ctm), depth+1)
	w.tm, w.tlm = tm, tlm
}

// show draws one string operand as one run.
func (w *walker) show(s string) {
	g := &w.gs
	f := g.font
	if f == nil {
		f = fallbackFont
	}
	start := w.tm
	var text strings.Builder
	adv := 0.0 // text space units
	for _, c := range f.codes(s) {
		text.WriteString(f.decode(c))
		tx := (f.width(c)*g.size + g.charSp)
		if c.n == 1 && c.code == 32 {
			tx += g.wordSp
		}
		tx *= g.hscale
		adv += tx
		w.tm = matrix{1, 0, 0, 1, tx, 0}.mul(w.tm)
	}
	w.emit(start, adv, text.String())
}

// showArray draws a TJ array. A kerning offset below −tjSplit thousandths
// of an em is a gap between words or cells, not kerning: the text before
// and after become separate runs, so columns stay apart.
func (w *walker) showArray(arr []operand) {
	g := &w.gs
	for _, o := range arr {
		switch o.kind {
		case tokStr:
			w.show(o.s)
		case tokNum:
			tx := -o.num / 1000 * g.size * g.hscale
			w.tm = matrix{1, 0, 0, 1, tx, 0}.mul(w.tm)
		}
	}
}

// emit records a run drawn from text matrix start over adv text space
// units. Runs are later merged by position, so splitting a TJ at every
// string is harmless and keeps wide offsets as gaps.
func (w *walker) emit(start matrix, adv float64, text string) {
	if text == "" {
		return
	}
	g := &w.gs
	trm := start.mul(g.ctm)
	x0, y0 := trm.apply(0, g.rise)
	x1, _ := trm.apply(adv, g.rise)
	// The effective size is the length of the text-space y unit vector in
	// user space times the font size.
	size := math.Abs(g.size) * math.Hypot(trm[2], trm[3])
	if size == 0 || math.IsNaN(size) || math.IsInf(size, 0) {
		size = 1
	}
	if len(w.runs) >= maxPageRuns {
		return
	}
	w.runs = append(w.runs, run{X: x0, Y: y0, W: x1 - x0, Size: size, Text: text})
}
