package pdf

import (
	"strings"
	"unicode/utf16"

	stdfont "github.com/pdfcpu/pdfcpu/pkg/font"
)

// Fonts: how the bytes of a shown string become character codes, codes
// become text, and codes advance the pen.
//
// Text, in order of trust:
//  1. the font's ToUnicode CMap (every Chromium, LibreOffice, TCPDF and
//     fpdf Unicode font has one), parsed here: bfchar and bfrange, ranges
//     with one start destination or an array of them, one- to four-byte
//     codes as the codespace ranges say, UTF-16BE destinations with
//     surrogate pairs and ligatures;
//  2. a simple font's encoding: /Encoding (WinAnsi, MacRoman, Standard,
//     /Differences glyph names) or the built-in one of Symbol and
//     ZapfDingbats;
//  3. the embedded font program (see embedded.go): its cmap and glyph
//     names, for codes the first two leave without text (ligature glyphs
//     missing from a ToUnicode CMap, CID fonts without one).
//
// Widths come from /Widths, CID /W and /DW; a simple font without
// /Widths (the standard 14 fonts as fpdf and form fields use them) takes
// the standard font's metrics from pdfcpu, chosen by name and flags.

// charCode is one character code and its length in bytes.
type charCode struct {
	code uint32
	n    uint32 // with code, eight bytes: a map key hashed by the fast path
}

type font struct {
	simple    bool  // one byte per code (Type1, TrueType, Type3)
	codeLens  []int // code lengths in bytes from the codespace, shortest first
	toUnicode map[charCode]string
	uni1      *[256]string // the one-byte codes of toUnicode, for speed
	uni1Set   *[256]bool
	enc       *encoding // simple fonts: code → text by the encoding

	firstChar int
	widths    []float64 // simple: thousandths of an em, from FirstChar
	cidW      map[uint32]float64
	dw        float64 // width of codes not in /Widths or /W, thousandths of an em
	vertical  bool    // Identity-V: glyphs advance down, text runs top to bottom

	bold     bool
	embedded *embeddedFont // the font program, read when a code lacks text
	// preferEmbedded: a symbolic TrueType font with no /Encoding names its
	// glyphs by its own cmap and glyph names, not by WinAnsi.
	preferEmbedded bool
	undone         map[uint32]bool
}

// fallbackFont stands in when a Tf names no font the resources have:
// WinAnsi text with Helvetica's widths.
var fallbackFont = &font{simple: true, enc: winAnsiEncoding, dw: 556}

// maxCMapEntries bounds a ToUnicode CMap (a CJK font has ~20 000), and
// maxCMapText the text it may map to, in bytes.
const (
	maxCMapEntries = 1 << 17
	maxCMapText    = 4 << 20
	maxDestBytes   = 32 // one code maps to at most 16 UTF-16 units
)

// fontFor returns the font of a resource dictionary entry, loaded once
// per document when it is an indirect object.
func (f *file) fontFor(o Object) *font {
	if r, ok := o.(Ref); ok {
		if ft, ok := f.fonts[r]; ok {
			return ft
		}
		ft := f.loadFont(f.resolve(r))
		f.fonts[r] = ft
		return ft
	}
	return f.loadFont(f.resolve(o))
}

func (f *file) loadFont(o Object) *font {
	d, ok := o.(Dict)
	if !ok {
		return fallbackFont
	}
	ft := &font{dw: 1000}
	sub, _ := d[Name("Subtype")].(Name)
	base, _ := f.resolve(d[Name("BaseFont")]).(Name)
	desc, _ := f.resolve(d[Name("FontDescriptor")]).(Dict)
	if sub == "Type0" {
		descendants, _ := f.resolve(d[Name("DescendantFonts")]).(Array)
		var cid Dict
		if len(descendants) > 0 {
			cid, _ = f.resolve(descendants[0]).(Dict)
		}
		if n, ok := number(f.resolve(cid[Name("DW")])); ok {
			ft.dw = n
		}
		ft.cidW = f.cidWidths(cid[Name("W")])
		ft.codeLens = []int{2}
		if e, ok := f.resolve(d[Name("Encoding")]).(Name); ok && strings.HasSuffix(string(e), "-V") {
			ft.vertical = true
		}
		desc, _ = f.resolve(cid[Name("FontDescriptor")]).(Dict)
		ft.embedded = f.embeddedFor(desc, cid, false)
	} else {
		ft.simple = true
		ft.codeLens = []int{1}
		fc, _ := f.resolve(d[Name("FirstChar")]).(int64)
		ft.firstChar = int(max(0, min(fc, 255)))
		if w, ok := f.resolve(d[Name("Widths")]).(Array); ok {
			n := min(len(w), 256)
			ft.widths = make([]float64, n)
			for i := range n {
				ft.widths[i], _ = number(f.resolve(w[i]))
			}
		}
		std := standardFont(string(base), desc, f)
		if sub == "Type3" {
			// Type3 widths are in glyph space, scaled by /FontMatrix.
			if m, ok := f.resolve(d[Name("FontMatrix")]).(Array); ok && len(m) == 6 {
				s, _ := number(f.resolve(m[0]))
				for i := range ft.widths {
					ft.widths[i] *= s * 1000
				}
			}
			std = ""
		}
		ft.enc = f.simpleEncoding(f.resolve(d[Name("Encoding")]), string(sub), std, f.builtinEncoding(desc))
		if ft.widths == nil && std != "" {
			ft.widths = standardWidths(std, ft.enc)
		}
		ft.dw = 556 // a Latin glyph when nothing says: Helvetica's average
		if mw, ok := number(f.resolve(desc[Name("MissingWidth")])); ok && mw > 0 {
			ft.dw = mw
		}
		ft.embedded = f.embeddedFor(desc, d, true)
		flags, _ := f.resolve(desc[Name("Flags")]).(int64)
		_, hasEncoding := d[Name("Encoding")]
		ft.preferEmbedded = sub == "TrueType" && flags&4 != 0 && !hasEncoding && ft.embedded != nil
	}
	ft.bold = isBold(string(base), desc, f)
	if s, ok := f.resolve(d[Name("ToUnicode")]).(*Stream); ok {
		if b, err := f.decode(s, s.Dict); err == nil {
			m, lens := parseCMap(b)
			if len(m) > 0 {
				ft.toUnicode = m
				ft.uni1, ft.uni1Set = oneByteCodes(m)
				if !ft.simple && len(lens) > 0 {
					ft.codeLens = lens
				}
			}
		}
	}
	return ft
}

func number(o Object) (float64, bool) {
	switch v := o.(type) {
	case int64:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

func (f *file) cidWidths(o Object) map[uint32]float64 {
	out := map[uint32]float64{}
	w, _ := f.resolve(o).(Array)
	for i := 0; i+1 < len(w) && len(out) < maxCMapEntries; {
		first, ok := f.resolve(w[i]).(int64)
		next := f.resolve(w[i+1])
		if !ok || first < 0 {
			i++
			continue
		}
		if a, isArr := next.(Array); isArr {
			for j := 0; j < len(a) && len(out) < maxCMapEntries; j++ {
				out[uint32(first)+uint32(j)], _ = number(f.resolve(a[j]))
			}
			i += 2
			continue
		}
		if i+2 >= len(w) {
			break
		}
		hi, ok1 := next.(int64)
		wd, ok2 := number(f.resolve(w[i+2]))
		i += 3
		if !ok1 || !ok2 || hi < first || hi-first >= maxCMapEntries {
			continue
		}
		for c := first; c <= hi && len(out) < maxCMapEntries; c++ {
			out[uint32(c)] = wd
		}
	}
	return out
}

// fontNameMarks are the separators font names vary in ("Arial,Bold",
// "Times-Roman", "Liberation Sans").
var fontNameMarks = strings.NewReplacer(" ", "", "-", "", ",", "", "_", "")

// standardFont names the standard 14 font whose metrics a simple font
// without /Widths takes: by its name (Helvetica, Arial, ArialMT, Times New
// Roman, Courier New, Liberation Sans, …, with ",Bold", "-BoldItalic"),
// else by its descriptor's flags (fixed pitch: Courier; serif: Times;
// otherwise Helvetica). Rule from PDF 32000-1:2008, 9.6.2.2 and 9.8.2.
func standardFont(base string, desc Dict, f *file) string {
	name := base
	if i := strings.IndexByte(name, '+'); i == 6 {
		name = name[i+1:]
	}
	l := strings.ToLower(fontNameMarks.Replace(name))
	switch {
	case strings.HasPrefix(l, "symbol"):
		return "Symbol"
	case strings.HasPrefix(l, "zapfdingbats") || strings.HasPrefix(l, "dingbats"):
		return "ZapfDingbats"
	}
	bold := strings.Contains(l, "bold") || strings.Contains(l, "black") || strings.Contains(l, "heavy")
	italic := strings.Contains(l, "italic") || strings.Contains(l, "oblique")
	flags, _ := f.resolve(desc[Name("Flags")]).(int64)
	family := ""
	switch {
	case strings.HasPrefix(l, "courier") || strings.HasPrefix(l, "liberationmono") || strings.Contains(l, "mono"):
		family = "Courier"
	case strings.HasPrefix(l, "times") || strings.HasPrefix(l, "liberationserif") || strings.HasPrefix(l, "georgia") || strings.HasPrefix(l, "garamond"):
		family = "Times"
	case strings.HasPrefix(l, "helvetica") || strings.HasPrefix(l, "arial") || strings.HasPrefix(l, "liberationsans"):
		family = "Helvetica"
	case flags&1 != 0:
		family = "Courier"
	case flags&2 != 0:
		family = "Times"
	default:
		family = "Helvetica"
	}
	if flags&(1<<6) != 0 {
		italic = true
	}
	if flags&(1<<18) != 0 {
		bold = true
	}
	switch family {
	case "Times":
		switch {
		case bold && italic:
			return "Times-BoldItalic"
		case bold:
			return "Times-Bold"
		case italic:
			return "Times-Italic"
		}
		return "Times-Roman"
	default:
		switch {
		case bold && italic:
			return family + "-BoldOblique"
		case bold:
			return family + "-Bold"
		case italic:
			return family + "-Oblique"
		}
		return family
	}
}

// standardWidths gives each code of enc the width of its glyph in the
// standard font std (thousandths of an em, pdfcpu's AFM metrics), by way of
// the glyph's WinAnsi code; codes of glyphs WinAnsi lacks get 0 (the
// font's default width).
func standardWidths(std string, enc *encoding) []float64 {
	w := make([]float64, 256)
	builtin := std == "Symbol" || std == "ZapfDingbats"
	for c := range 256 {
		code := c
		if !builtin {
			code = winAnsiCode(enc[c])
			if code < 0 {
				continue
			}
		}
		if n, err := stdfont.CharWidth(std, rune(code)); err == nil && n > 0 {
			w[c] = float64(n)
		}
	}
	return w
}

var winAnsiCodes = func() map[string]int {
	m := map[string]int{}
	for c := 255; c >= 0x20; c-- {
		if s := winAnsiEncoding[c]; s != "" {
			m[s] = c
		}
	}
	m[" "] = 0x20
	return m
}()

func winAnsiCode(s string) int {
	if c, ok := winAnsiCodes[s]; ok {
		return c
	}
	return -1
}

// isBold reads a font's weight from its name and descriptor.
func isBold(base string, desc Dict, f *file) bool {
	l := strings.ToLower(base)
	if strings.Contains(l, "bold") || strings.Contains(l, "black") || strings.Contains(l, "heavy") ||
		strings.Contains(l, "semibold") || strings.Contains(l, "demi") {
		return true
	}
	if w, ok := number(f.resolve(desc[Name("FontWeight")])); ok && w >= 600 {
		return true
	}
	flags, _ := f.resolve(desc[Name("Flags")]).(int64)
	return flags&(1<<18) != 0
}

// simpleEncoding builds the code → text table of a simple font: the base
// encoding (the embedded Type1 program's own, else the built-in one of
// Symbol and ZapfDingbats, Standard for other Type1 fonts, WinAnsi
// otherwise), replaced by a named /Encoding, with /Differences.
func (f *file) simpleEncoding(o Object, subtype, std string, builtin *encoding) *encoding {
	base := winAnsiEncoding
	switch {
	case builtin != nil:
		base = builtin
	case std == "Symbol":
		base = symbolEncoding
	case std == "ZapfDingbats":
		base = zapfDingbatsEncoding
	case subtype == "Type1" || subtype == "MMType1":
		base = standardEncoding
	}
	name, _ := o.(Name)
	d, isDict := o.(Dict)
	if isDict {
		name, _ = f.resolve(d[Name("BaseEncoding")]).(Name)
	}
	switch name {
	case "WinAnsiEncoding":
		base = winAnsiEncoding
	case "MacRomanEncoding":
		base = macRomanEncoding
	case "StandardEncoding":
		base = standardEncoding
	}
	diffs, _ := f.resolve(d[Name("Differences")]).(Array)
	if len(diffs) == 0 {
		return base
	}
	enc := *base
	dingbats := std == "ZapfDingbats"
	code := 0
	for _, e := range diffs {
		switch v := f.resolve(e).(type) {
		case int64:
			code = int(v)
		case float64:
			code = int(v)
		case Name:
			if code >= 0 && code < 256 {
				t := glyphText(string(v), dingbats)
				if t == "" {
					t = numberedGlyph(string(v))
				}
				enc[code] = t
			}
			code++
		}
	}
	return &enc
}

// numberedGlyph reads the glyph names some producers give Type3 and
// subset fonts: the character code itself, in decimal ("65", "C65",
// "g65"), standing for that WinAnsi character, as poppler reads them.
func numberedGlyph(name string) string {
	digits := name
	if len(name) > 1 && strings.ContainsRune("CcGg", rune(name[0])) {
		digits = name[1:]
	}
	if len(digits) < 2 || len(digits) > 3 {
		return ""
	}
	n := 0
	for _, c := range []byte(digits) {
		if !isDigit(c) {
			return ""
		}
		n = n*10 + int(c-'0')
	}
	if n < 32 || n > 255 {
		return ""
	}
	return winAnsiEncoding[n]
}

// codes splits a shown string into character codes. For multi-byte
// fonts the codespace lengths decide: the shortest length whose code is
// mapped wins, else the longest.
func (ft *font) codes(s string, out []charCode) []charCode {
	out = out[:0]
	if ft.simple || len(ft.codeLens) == 0 {
		for i := 0; i < len(s); i++ {
			out = append(out, charCode{uint32(s[i]), 1})
		}
		return out
	}
	if len(ft.codeLens) == 1 {
		n := ft.codeLens[0]
		for i := 0; i < len(s); i += n {
			out = append(out, charCode{beUint(s[i:min(len(s), i+n)]), uint32(min(n, len(s)-i))})
		}
		return out
	}
	for i := 0; i < len(s); {
		var c charCode
		for _, n := range ft.codeLens {
			if i+n > len(s) {
				continue
			}
			c = charCode{beUint(s[i : i+n]), uint32(n)}
			if _, ok := ft.toUnicode[c]; ok {
				break
			}
		}
		if c.n == 0 {
			c = charCode{beUint(s[i:]), uint32(len(s) - i)}
		}
		out = append(out, c)
		i += int(c.n)
	}
	return out
}

// oneByteCodes copies the one-byte codes of a CMap into arrays.
func oneByteCodes(m map[charCode]string) (*[256]string, *[256]bool) {
	var text [256]string
	var set [256]bool
	any := false
	for c, t := range m {
		if c.n == 1 && c.code < 256 {
			text[c.code], set[c.code], any = t, true, true
		}
	}
	if !any {
		return nil, nil
	}
	return &text, &set
}

func beUint(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

// decode returns the text of one code and whether the font could say.
func (ft *font) decode(c charCode) (string, bool) {
	if c.n == 1 && ft.uni1 != nil {
		if ft.uni1Set[c.code] {
			return ft.uni1[c.code], true
		}
	} else if s, ok := ft.toUnicode[c]; ok {
		return s, true
	}
	if ft.preferEmbedded {
		if s, ok := ft.embedded.text(c.code); ok {
			return s, true
		}
	}
	if ft.simple && ft.enc != nil && c.code < 256 {
		if s := ft.enc[c.code]; s != "" {
			return s, true
		}
	}
	if ft.embedded != nil {
		if s, ok := ft.embedded.text(c.code); ok {
			return s, true
		}
	}
	return "", false
}

// width is the advance of one code in text space units per unit of font
// size (the font's thousandths of an em divided by 1000).
func (ft *font) width(c charCode) float64 {
	if ft.simple {
		i := int(c.code) - ft.firstChar
		if i >= 0 && i < len(ft.widths) && ft.widths[i] > 0 {
			return ft.widths[i] / 1000
		}
		return ft.dw / 1000
	}
	if w, ok := ft.cidW[c.code]; ok {
		return w / 1000
	}
	return ft.dw / 1000
}

// parseCMap reads a ToUnicode CMap: its codes (with their byte lengths)
// and their text. It also returns the distinct code lengths of the
// codespace ranges, shortest first. Destinations longer than
// maxDestBytes and text beyond maxCMapText are dropped.
func parseCMap(b []byte) (map[charCode]string, []int) {
	m := map[charCode]string{}
	var lens []int
	lx := &lexer{b: b}
	var ops []operand
	textBytes := 0
	add := func(c charCode, s string) {
		if len(m) < maxCMapEntries && textBytes+len(s) <= maxCMapText {
			m[c] = s
			textBytes += len(s)
		}
	}
	for {
		t, ok := lx.next()
		if !ok {
			break
		}
		if t.kind != tokOp {
			if len(ops) < 1<<14 {
				ops = append(ops, t)
			}
			continue
		}
		switch t.s {
		case "endcodespacerange":
			for i := 0; i+1 < len(ops); i += 2 {
				if n := len(ops[i].s); ops[i].kind == tokStr && n >= 1 && n <= 4 && !containsInt(lens, n) {
					lens = append(lens, n)
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(ops); i += 2 {
				src, dst := ops[i], ops[i+1]
				if src.kind == tokStr && len(src.s) >= 1 && len(src.s) <= 4 {
					add(charCode{beUint(src.s), uint32(len(src.s))}, cmapText(dst))
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, hi, dst := ops[i], ops[i+1], ops[i+2]
				if lo.kind != tokStr || hi.kind != tokStr || len(lo.s) < 1 || len(lo.s) > 4 {
					continue
				}
				n := len(lo.s)
				a, z := beUint(lo.s), beUint(hi.s)
				if z < a || z-a >= maxCMapEntries {
					continue
				}
				if dst.kind == tokStr && len(dst.s) > maxDestBytes {
					continue
				}
				for k := 0; k <= int(z-a) && len(m) < maxCMapEntries && textBytes < maxCMapText; k++ {
					c := a + uint32(k)
					switch dst.kind {
					case tokArray:
						if k < len(dst.arr) {
							add(charCode{c, uint32(n)}, cmapText(dst.arr[k]))
						}
					case tokStr:
						add(charCode{c, uint32(n)}, offsetText(dst.s, k))
					}
				}
			}
		}
		ops = ops[:0]
	}
	sortInts(lens)
	return m, lens
}

func cmapText(o operand) string {
	switch o.kind {
	case tokStr:
		if len(o.s) > maxDestBytes {
			return ""
		}
		return utf16Text(o.s)
	case tokName:
		return glyphText(o.s, false)
	}
	return ""
}

// utf16Text decodes a CMap destination: UTF-16BE, surrogate pairs joined.
func utf16Text(s string) string {
	if len(s) == 1 {
		return cleanText(string(rune(s[0])))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return cleanText(string(utf16.Decode(u)))
}

// offsetText is the k-th destination of a bfrange whose first code maps
// to the UTF-16BE bytes s: the last unit of s plus k. It is computed on
// the raw bytes, so a range starting at <0000> (TCPDF, mPDF) maps its
// codes to U+0000 + k rather than to nothing.
func offsetText(s string, k int) string {
	if len(s) < 2 {
		if len(s) == 1 {
			return cleanText(string(rune(int(s[0]) + k)))
		}
		return ""
	}
	b := []byte(s)
	n := len(b)
	v := int(b[n-2])<<8 | int(b[n-1]) + k
	b[n-2], b[n-1] = byte(v>>8), byte(v)
	if v > 0xFFFF { // carries into the unit before, as the spec's byte increment does
		b[n-2], b[n-1] = byte(v>>8), byte(v)
	}
	return utf16Text(string(b))
}

// cleanText drops control characters a CMap may map glyphs to.
func cleanText(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0xFFFD }) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0xFFFD {
			return -1
		}
		return r
	}, s)
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func sortInts(xs []int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
