// Package pdfgen writes small, deterministic PDF files: text in the 14
// standard fonts (WinAnsiEncoding) or in a non-embedded Type0 font with
// Identity-H codes and a ToUnicode CMap, rectangles, Form XObjects and
// several pages. It exists to make test and sample documents whose every
// byte is known; it is not a general PDF library.
//
//	d := pdfgen.New()
//	f := d.Standard("Helvetica")
//	p := d.AddPage(612, 792) // US Letter, points
//	p.Text(f, 12, 72, 720, "Certificate of Completion")
//	b := d.Bytes()           // "%PDF-1.4 …"
//
// Coordinates are PDF user space: points (1/72 inch), origin at the bottom
// left of the page, y growing upwards.
package pdfgen

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Doc is a document being built. The zero value is not usable; call New.
type Doc struct {
	// Compress deflates every content stream (FlateDecode).
	Compress bool
	// Version is the header version, "1.4" unless set ("2.0" for tests).
	Version string

	fonts []*Font
	pages []*Page
	forms []*Form
}

// New returns an empty document.
func New() *Doc { return &Doc{Version: "1.4"} }

// Font is a font resource of a document.
type Font struct {
	name    string // resource name, "F1"
	base    string // "Helvetica"
	unicode bool   // Type0/Identity-H with ToUnicode, else simple WinAnsi
	codes   map[rune]uint16
}

// Standard adds one of the 14 standard fonts ("Helvetica",
// "Helvetica-Bold", "Times-Roman", …) with WinAnsiEncoding. Characters
// outside WinAnsi are written as "?".
func (d *Doc) Standard(base string) *Font {
	f := &Font{name: fmt.Sprintf("F%d", len(d.fonts)+1), base: base}
	d.fonts = append(d.fonts, f)
	return f
}

// Unicode adds a non-embedded Type0 font (CIDFontType2, Identity-H) whose
// two-byte codes are numbered in order of first use; the text is
// recoverable only through the ToUnicode CMap written with it, as with the
// UTF-8 fonts of fpdf-style writers.
func (d *Doc) Unicode(base string) *Font {
	f := &Font{name: fmt.Sprintf("F%d", len(d.fonts)+1), base: base, unicode: true, codes: map[rune]uint16{}}
	d.fonts = append(d.fonts, f)
	return f
}

// Width is the advance width of s in f at size, in points.
func (f *Font) Width(size float64, s string) float64 {
	w := 0
	for _, r := range s {
		w += glyphWidth(r)
	}
	return float64(w) * size / 1000
}

// encode turns s into the bytes of a PDF string operand for f.
func (f *Font) encode(s string) []byte {
	var b []byte
	for _, r := range s {
		if f.unicode {
			c, ok := f.codes[r]
			if !ok {
				c = uint16(len(f.codes) + 1)
				f.codes[r] = c
			}
			b = append(b, byte(c>>8), byte(c))
			continue
		}
		b = append(b, winAnsi(r))
	}
	return b
}

// Page is one page; its methods append drawing operators.
type Page struct {
	W, H    float64 // media box, points
	content bytes.Buffer
	fonts   map[*Font]bool
	forms   []*Form
}

// AddPage adds a page of w × h points.
func (d *Doc) AddPage(w, h float64) *Page {
	p := &Page{W: w, H: h, fonts: map[*Font]bool{}}
	d.pages = append(d.pages, p)
	return p
}

// Text writes s with its baseline starting at (x, y), using Td and Tj.
func (p *Page) Text(f *Font, size, x, y float64, s string) {
	p.fonts[f] = true
	fmt.Fprintf(&p.content, "BT /%s %s Tf %s %s Td %s Tj ET\n", f.name, num(size), num(x), num(y), pdfString(f.encode(s)))
}

// TextMatrix writes s at (x, y) using a Tm text matrix and a unit font
// size scaled by the matrix, as some producers do.
func (p *Page) TextMatrix(f *Font, size, x, y float64, s string) {
	p.fonts[f] = true
	fmt.Fprintf(&p.content, "BT /%s 1 Tf %s 0 0 %s %s %s Tm %s Tj ET\n", f.name, num(size), num(size), num(x), num(y), pdfString(f.encode(s)))
}

// TextTJ writes the words of s at (x, y) in one TJ array, placing each
// word with a kerning offset instead of a space character (offset in
// thousandths of an em, negative moves right).
func (p *Page) TextTJ(f *Font, size, x, y float64, s string, offset int) {
	p.fonts[f] = true
	fmt.Fprintf(&p.content, "BT /%s %s Tf %s %s Td [", f.name, num(size), num(x), num(y))
	for i, w := range strings.Fields(s) {
		if i > 0 {
			fmt.Fprintf(&p.content, " %d ", offset)
		}
		p.content.Write(pdfString(f.encode(w)))
	}
	p.content.WriteString("] TJ ET\n")
}

// Lines writes several lines in one text object, moving down by leading
// points with T* between them.
func (p *Page) Lines(f *Font, size, leading, x, y float64, lines []string) {
	p.fonts[f] = true
	fmt.Fprintf(&p.content, "BT /%s %s Tf %s TL %s %s Td", f.name, num(size), num(leading), num(x), num(y))
	for i, l := range lines {
		if i > 0 {
			p.content.WriteString(" T*")
		}
		fmt.Fprintf(&p.content, " %s Tj", pdfString(f.encode(l)))
	}
	p.content.WriteString(" ET\n")
}

// Rect fills a rectangle (x, y lower left, w × h points) in grey g (0 black, 1 white).
func (p *Page) Rect(x, y, w, h, g float64) {
	fmt.Fprintf(&p.content, "q %s g %s %s %s %s re f Q\n", num(g), num(x), num(y), num(w), num(h))
}

// Form is a Form XObject: content drawn once and placed on a page with Do,
// as flattened PDF forms carry their field values.
type Form struct {
	Page // its content and fonts; W and H are the bounding box
	name string
}

// AddForm adds an empty Form XObject of w × h points.
func (d *Doc) AddForm(w, h float64) *Form {
	f := &Form{Page: Page{W: w, H: h, fonts: map[*Font]bool{}}, name: fmt.Sprintf("X%d", len(d.forms)+1)}
	d.forms = append(d.forms, f)
	return f
}

// Place draws form f on the page with its origin at (x, y).
func (p *Page) Place(f *Form, x, y float64) {
	p.forms = append(p.forms, f)
	fmt.Fprintf(&p.content, "q 1 0 0 1 %s %s cm /%s Do Q\n", num(x), num(y), f.name)
}

// Bytes returns the PDF file.
func (d *Doc) Bytes() []byte {
	w := &writer{}
	fmt.Fprintf(&w.buf, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", d.Version)
	// Object numbers: 1 catalog, 2 pages, then fonts, forms, pages.
	next := 3
	fontObj := map[*Font]int{}
	for _, f := range d.fonts {
		fontObj[f] = next
		if f.unicode {
			next += 3 // Type0, CIDFont, ToUnicode
		} else {
			next++
		}
	}
	formObj := map[*Form]int{}
	for _, f := range d.forms {
		formObj[f] = next
		next++
	}
	pageObj := make([]int, len(d.pages))
	for i := range d.pages {
		pageObj[i] = next
		next += 2 // page, content
	}
	w.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	var kids []string
	for _, n := range pageObj {
		kids = append(kids, fmt.Sprintf("%d 0 R", n))
	}
	w.obj(2, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(d.pages)))
	// Fonts are written after the pages' content is final, so Unicode
	// fonts know every code they were asked for.
	for _, f := range d.fonts {
		n := fontObj[f]
		if !f.unicode {
			w.obj(n, fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [%s] >>", f.base, winAnsiWidths()))
			continue
		}
		w.obj(n, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", f.base, n+1, n+2))
		w.obj(n+1, fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [%s] /CIDToGIDMap /Identity >>", f.base, f.cidWidths()))
		w.stream(n+2, "", []byte(f.toUnicode()), d.Compress)
	}
	for _, f := range d.forms {
		w.stream(formObj[f], fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 %s %s] /Resources %s", num(f.W), num(f.H), resources(&f.Page, fontObj, formObj)), f.content.Bytes(), d.Compress)
	}
	for i, p := range d.pages {
		n := pageObj[i]
		w.obj(n, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources %s /Contents %d 0 R >>", num(p.W), num(p.H), resources(p, fontObj, formObj), n+1))
		w.stream(n+1, "", p.content.Bytes(), d.Compress)
	}
	xref := w.buf.Len()
	fmt.Fprintf(&w.buf, "xref\n0 %d\n0000000000 65535 f \n", next)
	for i := 1; i < next; i++ {
		fmt.Fprintf(&w.buf, "%010d 00000 n \n", w.offsets[i])
	}
	fmt.Fprintf(&w.buf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", next, xref)
	return w.buf.Bytes()
}

func resources(p *Page, fontObj map[*Font]int, formObj map[*Form]int) string {
	var fonts []string
	for f := range p.fonts {
		fonts = append(fonts, fmt.Sprintf("/%s %d 0 R", f.name, fontObj[f]))
	}
	sort.Strings(fonts)
	s := "<< /Font << " + strings.Join(fonts, " ") + " >>"
	if len(p.forms) > 0 {
		var xs []string
		seen := map[*Form]bool{}
		for _, f := range p.forms {
			if !seen[f] {
				seen[f] = true
				xs = append(xs, fmt.Sprintf("/%s %d 0 R", f.name, formObj[f]))
			}
		}
		sort.Strings(xs)
		s += " /XObject << " + strings.Join(xs, " ") + " >>"
	}
	return s + " >>"
}

type writer struct {
	buf     bytes.Buffer
	offsets map[int]int
}

func (w *writer) obj(n int, body string) {
	if w.offsets == nil {
		w.offsets = map[int]int{}
	}
	w.offsets[n] = w.buf.Len()
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\nendobj\n", n, body)
}

func (w *writer) stream(n int, dict string, data []byte, compress bool) {
	if compress {
		var z bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
		zw.Write(data)
		zw.Close()
		data = z.Bytes()
		dict += " /Filter /FlateDecode"
	}
	if w.offsets == nil {
		w.offsets = map[int]int{}
	}
	w.offsets[n] = w.buf.Len()
	fmt.Fprintf(&w.buf, "%d 0 obj\n<< %s /Length %d >>\nstream\n", n, strings.TrimSpace(dict), len(data))
	w.buf.Write(data)
	w.buf.WriteString("\nendstream\nendobj\n")
}

// usedRunes lists f's runes in code order.
func (f *Font) usedRunes() []rune {
	rs := make([]rune, len(f.codes))
	for r, c := range f.codes {
		rs[c-1] = r
	}
	return rs
}

func (f *Font) cidWidths() string {
	rs := f.usedRunes()
	if len(rs) == 0 {
		return ""
	}
	var ws []string
	for _, r := range rs {
		ws = append(ws, fmt.Sprint(glyphWidth(r)))
	}
	return fmt.Sprintf("1 [%s]", strings.Join(ws, " "))
}

// toUnicode writes the CMap from codes to text. It uses all three forms a
// CMap allows, as real producers do: a bfrange with a start destination
// for codes whose runes are consecutive, a bfrange with an array of
// destinations for other runs of codes, and bfchar for single codes.
// Runes outside the BMP are written as UTF-16 surrogate pairs.
func (f *Font) toUnicode() string {
	rs := f.usedRunes()
	var chars, ranges []string
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && rs[j] == rs[j-1]+1 && j-i < 64 {
			j++
		}
		switch {
		case j-i >= 2:
			ranges = append(ranges, fmt.Sprintf("<%04X> <%04X> <%s>", i+1, j, utf16Hex(rs[i])))
		default:
			// Gather a run of non-consecutive runes into one array range.
			k := i + 1
			for k < len(rs) && k-i < 8 && !(k+1 < len(rs) && rs[k+1] == rs[k]+1) {
				k++
			}
			if k-i >= 3 {
				var ds []string
				for _, r := range rs[i:k] {
					ds = append(ds, "<"+utf16Hex(r)+">")
				}
				ranges = append(ranges, fmt.Sprintf("<%04X> <%04X> [%s]", i+1, k, strings.Join(ds, " ")))
				j = k
			} else {
				chars = append(chars, fmt.Sprintf("<%04X> <%s>", i+1, utf16Hex(rs[i])))
			}
		}
		i = j
	}
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	if len(chars) > 0 {
		fmt.Fprintf(&b, "%d beginbfchar\n%s\nendbfchar\n", len(chars), strings.Join(chars, "\n"))
	}
	if len(ranges) > 0 {
		fmt.Fprintf(&b, "%d beginbfrange\n%s\nendbfrange\n", len(ranges), strings.Join(ranges, "\n"))
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.String()
}

func utf16Hex(r rune) string {
	if r > 0xFFFF {
		r -= 0x10000
		return fmt.Sprintf("%04X%04X", 0xD800+(r>>10), 0xDC00+(r&0x3FF))
	}
	return fmt.Sprintf("%04X", r)
}

// pdfString writes b as a literal string, escaping what must be.
func pdfString(b []byte) []byte {
	out := []byte{'('}
	for _, c := range b {
		switch c {
		case '(', ')', '\\':
			out = append(out, '\\', c)
		case '\r':
			out = append(out, '\\', 'r')
		case '\n':
			out = append(out, '\\', 'n')
		default:
			out = append(out, c)
		}
	}
	return append(out, ')')
}

// num prints a coordinate without trailing zeros: 72, 12.5, 0.25.
func num(f float64) string {
	s := fmt.Sprintf("%.3f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

// winAnsiHigh maps the runes WinAnsiEncoding places in 0x80–0x9F.
var winAnsiHigh = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

func winAnsi(r rune) byte {
	switch {
	case r >= 0x20 && r < 0x7F, r >= 0xA0 && r <= 0xFF:
		return byte(r)
	}
	if b, ok := winAnsiHigh[r]; ok {
		return b
	}
	return '?'
}

// helvetica is the advance width of ASCII 32–126 in Helvetica, in
// thousandths of an em (from its AFM). Other fonts use it too: the widths
// only need to be plausible for layout and consistent with /Widths.
var helvetica = [95]int{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
}

func glyphWidth(r rune) int {
	switch {
	case r >= 32 && r < 127:
		return helvetica[r-32]
	case r == '–' || r == '‘' || r == '’':
		return 556
	case r == '—':
		return 1000
	case r == '“' || r == '”':
		return 333
	}
	if utf8.RuneLen(r) > 0 && r >= 0xC0 && r <= 0x17F {
		return 611 // accented Latin letters, roughly their base letter
	}
	return 556
}

// winAnsiWidths is the /Widths array for codes 32–255.
func winAnsiWidths() string {
	rev := map[byte]rune{}
	for r, b := range winAnsiHigh {
		rev[b] = r
	}
	var ws []string
	for c := 32; c <= 255; c++ {
		r := rune(c)
		if c >= 0x80 && c < 0xA0 {
			if rr, ok := rev[byte(c)]; ok {
				r = rr
			} else {
				ws = append(ws, "0")
				continue
			}
		}
		ws = append(ws, fmt.Sprint(glyphWidth(r)))
	}
	return strings.Join(ws, " ")
}
