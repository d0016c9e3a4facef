package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Document is the text of a PDF, page by page.
type Document struct {
	Pages []Page
	// Problems lists what the file lacks or holds badly without failing:
	// glyphs whose text no font table gives, damaged streams, a rebuilt
	// cross-reference table. At most a few dozen, each one sentence.
	Problems []string
	Repaired string // how the file was repaired or decrypted before reading, "" if it was not
}

// Page is one page's text, in the frame its text reads in.
//
// Coordinates are points in the page's reading frame: text runs toward
// +X and lines follow each other toward −Y (the first line has the
// largest Y), whatever the page's /Rotate and the direction of its text
// matrices. The frame is that of the page's main text direction (the
// direction most of its glyphs run in); text running in other
// directions (a sideways label, a stamp) is in Aside, each line in its own
// frame.
type Page struct {
	Number int     // 1-based
	Width  float64 // of the page as displayed (after /Rotate), points
	Height float64
	Rotate int    // degrees the page's text is turned from upright on the unrotated page: 0, 90, 180, 270
	Lines  []Line // top first
	Aside  []Line // lines in other directions, top first in their own frames
	Rules  []Rule // painted horizontal and vertical lines, in the Lines' frame
	Err    error  // why the page has no text (ErrNoText), or could not be read
}

// Line is text sharing a baseline, cut into segments where it has gaps
// wider than cellGap: table cells, or a label and its value apart.
type Line struct {
	Y    float64 // baseline, points in the page's reading frame
	Size float64 // largest font size on the line, points
	Segs []Segment
	// Top is the baseline of the first of several lines a reader folded
	// into this one (wrapped cells), Y being the last's; 0 when none were.
	Top float64
}

// Segment is text set close together on one line: words separated by
// single spaces.
type Segment struct {
	X0, X1 float64 // left and right edges, points in the reading frame
	Text   string
	Size   float64 // largest font size, points
	Bold   bool    // most of its glyphs are bold (by font weight or stroked fill)
	Glyphs []Glyph // where each piece of Text lies, for cutting a segment at a column edge
}

// Glyph is one piece of a segment's text and its extent along the line:
// a character (or a ligature's letters), or an inserted word space.
type Glyph struct {
	X0, X1 float64 // points in the reading frame
	Text   string
}

// Rule is a painted horizontal or vertical line in the reading frame:
// X0 ≤ X1, Y0 ≤ Y1, and one of the two extents near zero.
type Rule struct {
	X0, Y0, X1, Y1 float64
}

// Text is the segment texts joined by sep.
func (l Line) Text(sep string) string {
	switch len(l.Segs) {
	case 0:
		return ""
	case 1:
		return l.Segs[0].Text
	}
	n := len(sep) * (len(l.Segs) - 1)
	for _, s := range l.Segs {
		n += len(s.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for i, s := range l.Segs {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

var (
	// ErrNeedsPassword: the file is encrypted with a user password.
	ErrNeedsPassword = errors.New("password-protected PDF: a password is needed to open it")
	// ErrDamaged: the file's structure cannot be read.
	ErrDamaged = errDamaged
	// ErrNoText: no page has text (a scan), or this page has none.
	ErrNoText = errors.New("no text")
	// ErrTooLarge: the file declares more pages than MaxPages.
	ErrTooLarge = errors.New("too large")
)

// MaxPages bounds the pages read from one file.
const MaxPages = 5000

// magicScan is how far into a file "%PDF-" may start: viewers accept
// junk before it (mail gateways and download scripts add some).
const magicScan = 1024

// Read reads the text of every page of a PDF. It returns an error
// wrapping ErrNeedsPassword, ErrDamaged (a truncated file, an unreadable
// structure), ErrNoText (no page has any text: a scan) or ErrTooLarge.
// A page that alone cannot be read or has no text carries its own Err.
// With ErrNoText the document is returned too, its pages saying why.
func Read(data []byte) (*Document, error) {
	if !bytes.Contains(data, []byte("%%EOF")) {
		// A download cut short: objects may be missing, silently.
		return nil, failf(errDamaged, "truncated or damaged PDF: it has no end-of-file marker (cut short?)")
	}
	if i := bytes.Index(data[:min(len(data), magicScan)], []byte("%PDF-")); i > 0 {
		data = data[i:] // offsets count from the header, as viewers assume
	}
	doc := &Document{}
	f, err := openFile(data)
	if err != nil {
		return nil, failf(errDamaged, "truncated or damaged PDF: %v", err)
	}
	if _, ok := f.trailer[Name("Encrypt")]; ok {
		plain, err := decrypt(data)
		if err != nil {
			return nil, err
		}
		if f, err = openFile(plain); err != nil {
			return nil, failf(errDamaged, "truncated or damaged PDF after decryption: %v", err)
		}
		doc.Repaired = "decrypted (empty user password)"
	}
	if f.rebuilt {
		doc.Problems = append(doc.Problems, "its cross-reference table is damaged; objects were found by scanning the file")
	}
	pages, err := f.pages()
	if err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, failf(errDamaged, "truncated or damaged PDF: no pages found")
	}
	anyText := false
	for i, p := range pages {
		pg := f.readPage(p, i+1)
		if pg.Err == nil && len(pg.Lines) == 0 && len(pg.Aside) == 0 {
			pg.Err = failf(ErrNoText, "no text (a scan?): only images or drawings")
		}
		if pg.Err == nil {
			anyText = true
		}
		doc.Pages = append(doc.Pages, pg)
	}
	doc.Problems = append(doc.Problems, f.problems...)
	doc.Problems = append(doc.Problems, f.undecodedProblems()...)
	if !anyText {
		if len(pages) == 1 {
			return doc, failf(ErrNoText, "page 1 has no text (a scan?): only images or drawings")
		}
		return doc, failf(ErrNoText, "none of the %d pages has text (a scan?): only images or drawings", len(pages))
	}
	return doc, nil
}

// undecodedProblems names the fonts with codes no table gives text for.
func (f *file) undecodedProblems() []string {
	total := 0
	for _, ft := range f.fonts {
		total += len(ft.undone)
	}
	if total == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d distinct glyph codes have no text in any font table (ToUnicode, encoding, font program); they are left out", total)}
}

// pageNode is a page dictionary with what it inherits.
type pageNode struct {
	dict      Dict
	resources Dict
	box       [4]float64 // crop box (or media box): x0, y0, x1, y1
	media     [4]float64 // media box: text outside it is never seen
	rotate    int
}

// pages walks the page tree, each node once (a tree that loops is cut
// where it loops), inheriting /Resources, /MediaBox, /CropBox, /Rotate.
func (f *file) pages() ([]pageNode, error) {
	root := f.root()
	if root == nil {
		return nil, failf(errDamaged, "truncated or damaged PDF: no document catalog")
	}
	var out []pageNode
	visited := map[Ref]bool{}
	loops := false
	var walk func(o Object, inh pageNode, depth int)
	walk = func(o Object, inh pageNode, depth int) {
		if r, ok := o.(Ref); ok {
			if visited[r] {
				loops = true
				return
			}
			visited[r] = true
		}
		d, ok := f.resolve(o).(Dict)
		if !ok || depth > 64 || len(out) > MaxPages {
			return
		}
		if res, ok := f.resolve(d[Name("Resources")]).(Dict); ok {
			inh.resources = res
		}
		if b, ok := f.box(d[Name("MediaBox")]); ok {
			inh.box, inh.media = b, b
		}
		if b, ok := f.box(d[Name("CropBox")]); ok {
			inh.box = b
		}
		if r, ok := f.resolve(d[Name("Rotate")]).(int64); ok {
			inh.rotate = int(((r%360)+360)%360) / 90 * 90
		}
		kids, hasKids := f.resolve(d[Name("Kids")]).(Array)
		if d[Name("Type")] == Name("Page") || !hasKids {
			if d[Name("Type")] == Name("Page") || d[Name("Contents")] != nil {
				inh.dict = d
				out = append(out, inh)
			}
			return
		}
		for _, k := range kids {
			walk(k, inh, depth+1)
		}
	}
	walk(root[Name("Pages")], pageNode{box: [4]float64{0, 0, 612, 792}, media: [4]float64{0, 0, 612, 792}}, 0)
	if len(out) > MaxPages {
		return nil, failf(ErrTooLarge, "more than %d pages", MaxPages)
	}
	if loops {
		f.problem("its page tree loops; each page was read once")
	}
	return out, nil
}

func (f *file) box(o Object) ([4]float64, bool) {
	a, ok := f.resolve(o).(Array)
	if !ok || len(a) != 4 {
		return [4]float64{}, false
	}
	var b [4]float64
	for i := range 4 {
		v, ok := number(f.resolve(a[i]))
		if !ok {
			return [4]float64{}, false
		}
		b[i] = v
	}
	b[0], b[2] = math.Min(b[0], b[2]), math.Max(b[0], b[2])
	b[1], b[3] = math.Min(b[1], b[3]), math.Max(b[1], b[3])
	if b[2]-b[0] < 1 || b[3]-b[1] < 1 {
		return [4]float64{}, false
	}
	return b, true
}

// readPage walks one page and lays its glyphs out in lines. A panic
// inside (a bug on an input nobody foresaw) fails the page, not the file.
func (f *file) readPage(p pageNode, n int) (pg Page) {
	pg.Number = n
	w, h := p.box[2]-p.box[0], p.box[3]-p.box[1]
	if p.rotate == 90 || p.rotate == 270 {
		w, h = h, w
	}
	pg.Width, pg.Height = w, h
	defer func() {
		if r := recover(); r != nil {
			pg.Lines, pg.Aside, pg.Rules = nil, nil, nil
			pg.Err = failf(errDamaged, "page %d cannot be read: %v", n, r)
		}
	}()
	wk := newWalker(f)
	wk.walk(wk.content(p.dict[Name("Contents")]), p.resources, identity, 0)
	wk.annotations(p.dict)
	layoutPage(&pg, wk.glyphs, wk.rules, p.rotate, p.box, p.media, &f.itemBuf)
	f.glyphBuf = wk.glyphs[:0]
	return pg
}

// annotations draws the appearances of a page's form fields and free-text
// annotations: a fillable certificate keeps its typed values there until
// it is flattened. Hidden annotations are passed over.
func (w *walker) annotations(page Dict) {
	annots, _ := w.f.resolve(page[Name("Annots")]).(Array)
	for i, o := range annots {
		if i >= 1000 {
			break
		}
		a, ok := w.f.resolve(o).(Dict)
		if !ok {
			continue
		}
		sub, _ := a[Name("Subtype")].(Name)
		if sub != "Widget" && sub != "FreeText" {
			continue
		}
		if flags, _ := w.f.resolve(a[Name("F")]).(int64); flags&2 != 0 {
			continue
		}
		rect, ok := w.f.box(a[Name("Rect")])
		if !ok {
			continue
		}
		ap := w.appearance(a)
		if ap == nil {
			if sub == "Widget" {
				w.fieldValue(a, rect)
			}
			continue
		}
		// The appearance's bounding box, through its matrix, is fitted to
		// the annotation's rectangle (PDF 32000-1:2008, 12.5.5).
		bbox, ok := w.f.box(ap.Dict[Name("BBox")])
		if !ok {
			continue
		}
		m := w.formMatrix(ap.Dict)
		bx0, by0, bx1, by1 := transformedBox(bbox, m)
		sx, sy := 1.0, 1.0
		if bx1-bx0 > 0 {
			sx = (rect[2] - rect[0]) / (bx1 - bx0)
		}
		if by1-by0 > 0 {
			sy = (rect[3] - rect[1]) / (by1 - by0)
		}
		fit := matrix{sx, 0, 0, sy, rect[0] - bx0*sx, rect[1] - by0*sy}
		saved := w.res
		if w.res == nil {
			w.res = Dict{}
		}
		w.drawForm(ap, fit, 0)
		w.res = saved
	}
}

// fieldValue draws the value of a text field that has no appearance
// stream, as a viewer does when the form asks it to (/NeedAppearances):
// the value in the field's default appearance (/DA: font and size), one
// line per line of the value, from the top left of its rectangle.
func (w *walker) fieldValue(a Dict, rect [4]float64) {
	inherit := func(key Name) Object {
		d := a
		for range maxRefChain {
			if v, ok := d[key]; ok {
				return w.f.resolve(v)
			}
			parent, ok := w.f.resolve(d[Name("Parent")]).(Dict)
			if !ok {
				return nil
			}
			d = parent
		}
		return nil
	}
	if ft, _ := inherit(Name("FT")).(Name); ft != "Tx" {
		return
	}
	value, _ := inherit(Name("V")).(String)
	if value == "" {
		return
	}
	form, _ := w.f.resolve(w.f.root()[Name("AcroForm")]).(Dict)
	da, ok := inherit(Name("DA")).(String)
	if !ok {
		da, _ = w.f.resolve(form[Name("DA")]).(String)
	}
	res, _ := w.f.resolve(form[Name("DR")]).(Dict)
	size := 10.0
	if m := daSize.FindStringSubmatch(string(da)); m != nil {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil && v > 0 {
			size = v
		}
	}
	var content strings.Builder
	lines := strings.FieldsFunc(pdfDocText(string(value)), func(r rune) bool { return r == '\r' || r == '\n' })
	fmt.Fprintf(&content, "BT %s %.2f %.2f Td %.2f TL", string(da), rect[0]+2, rect[3]-2-size*0.9, size*1.15)
	for i, l := range lines {
		if i > 0 {
			content.WriteString(" T*")
		}
		fmt.Fprintf(&content, " (%s) Tj", escapeLiteral(latin1(l)))
	}
	content.WriteString(" ET")
	if !strings.Contains(string(da), "Tf") {
		return
	}
	w.walk([]byte(content.String()), res, identity, 1)
}

var daSize = regexp.MustCompile(`/\S+\s+([0-9.]+)\s+Tf`)

// pdfDocText decodes a PDF text string: UTF-16BE after its byte order
// mark, else PDFDocEncoding (Latin-1 for the letters a value holds).
func pdfDocText(s string) string {
	if strings.HasPrefix(s, "\xfe\xff") {
		u := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return string(utf16.Decode(u))
	}
	return s
}

// latin1 encodes text for a simple font's WinAnsi-like codes; characters
// outside Latin-1 become '?'.
func latin1(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 256 {
			b = append(b, byte(r))
		} else {
			b = append(b, '?')
		}
	}
	return string(b)
}

func escapeLiteral(s string) string {
	return strings.NewReplacer("\\", "\\\\", "(", "\\(", ")", "\\)").Replace(s)
}

// appearance is an annotation's normal appearance stream: /AP /N, or its
// entry for the current state /AS (check boxes).
func (w *walker) appearance(a Dict) *Stream {
	ap, _ := w.f.resolve(a[Name("AP")]).(Dict)
	switch n := w.f.resolve(ap[Name("N")]).(type) {
	case *Stream:
		return n
	case Dict:
		if as, ok := a[Name("AS")].(Name); ok {
			s, _ := w.f.resolve(n[as]).(*Stream)
			return s
		}
	}
	return nil
}

func transformedBox(b [4]float64, m matrix) (x0, y0, x1, y1 float64) {
	x0, y0 = math.Inf(1), math.Inf(1)
	x1, y1 = math.Inf(-1), math.Inf(-1)
	for _, c := range [][2]float64{{b[0], b[1]}, {b[2], b[1]}, {b[0], b[3]}, {b[2], b[3]}} {
		x, y := m.apply(c[0], c[1])
		x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
	}
	return
}

// sortLines orders lines top first, then left to right.
func sortLines(ls []Line) {
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].Y > ls[j].Y })
}

// failure is an error that prints as its own message while errors.Is
// sees its kind (ErrDamaged, ErrNoText, …).
type failure struct {
	msg  string
	kind error
}

func (e *failure) Error() string { return e.msg }
func (e *failure) Unwrap() error { return e.kind }

func failf(kind error, format string, args ...any) error {
	return &failure{msg: fmt.Sprintf(format, args...), kind: kind}
}
