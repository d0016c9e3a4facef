package parsers

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

// Fonts: how the bytes of a shown string become character codes, codes
// become text, and codes advance the pen.
//
// Text comes from the font's ToUnicode CMap when it has one (every
// Chromium, LibreOffice and fpdf UTF-8 font does), parsed here: bfchar and
// bfrange, ranges with one start destination or an array of them,
// one- to four-byte codes as the codespace ranges say, UTF-16BE
// destinations with surrogate pairs and ligatures ("fi" → "fi").
// Otherwise a simple font's /Encoding (WinAnsi, Standard, MacRoman as
// Latin-1, /Differences glyph names) decides.

// charCode is one character code and its length in bytes.
type charCode struct {
	code uint32
	n    int
}

type pdfFont struct {
	simple    bool  // one byte per code (Type1, TrueType, Type3)
	codeLens  []int // code lengths in bytes from the codespace, shortest first
	toUnicode map[charCode]string
	enc       *[256]rune // simple fonts without a ToUnicode entry for a code

	firstChar int
	widths    []float64 // simple: thousandths of an em, from FirstChar
	cidW      map[uint32]float64
	dw        float64 // default width for CIDs not in /W
}

// fallbackFont stands in when a Tf names no font the resources have.
var fallbackFont = &pdfFont{simple: true, enc: &winAnsiEncoding, dw: 500}

// maxCMapEntries bounds a ToUnicode CMap (a CJK font has ~20 000).
const maxCMapEntries = 1 << 17

func loadFont(v pdf.Value) *pdfFont {
	if v.Kind() != pdf.Dict {
		return fallbackFont
	}
	f := &pdfFont{dw: 1000}
	sub := v.Key("Subtype").Name()
	if sub == "Type0" {
		desc := v.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = readCIDWidths(desc.Key("W"))
		f.codeLens = []int{2}
	} else {
		f.simple = true
		f.codeLens = []int{1}
		f.dw = 500 // average Latin glyph when /Widths is missing (standard 14 fonts)
		f.firstChar = int(v.Key("FirstChar").Int64())
		if w := v.Key("Widths"); w.Kind() == pdf.Array {
			n := min(w.Len(), 256)
			f.widths = make([]float64, n)
			for i := range n {
				f.widths[i] = w.Index(i).Float64()
			}
		}
		if sub == "Type3" {
			// Type3 widths are in glyph space, scaled by /FontMatrix.
			if m := v.Key("FontMatrix"); m.Kind() == pdf.Array && m.Len() == 6 {
				s := m.Index(0).Float64() * 1000
				for i := range f.widths {
					f.widths[i] *= s
				}
			}
		}
		f.enc = simpleEncoding(v.Key("Encoding"), sub)
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		rc := tu.Reader()
		b, _ := io.ReadAll(io.LimitReader(rc, 8<<20))
		rc.Close()
		m, lens := parseCMap(b)
		if len(m) > 0 {
			f.toUnicode = m
			if !f.simple && len(lens) > 0 {
				f.codeLens = lens
			}
		}
	}
	return f
}

func readCIDWidths(w pdf.Value) map[uint32]float64 {
	out := map[uint32]float64{}
	if w.Kind() != pdf.Array {
		return out
	}
	for i := 0; i < w.Len() && i < maxCMapEntries; {
		first := w.Index(i)
		if i+1 >= w.Len() {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			c := uint32(first.Int64())
			for j := 0; j < next.Len() && len(out) < maxCMapEntries; j++ {
				out[c+uint32(j)] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		lo, hi, wd := first.Int64(), next.Int64(), w.Index(i+2).Float64()
		if lo < 0 || hi < lo || hi-lo >= maxCMapEntries {
			i += 3
			continue
		}
		for c := lo; c <= hi && len(out) < maxCMapEntries; c++ {
			out[uint32(c)] = wd
		}
		i += 3
	}
	return out
}

// codes splits a shown string into character codes. For multi-byte
// fonts the codespace lengths decide: the shortest length whose code is
// mapped wins, else the longest.
func (f *pdfFont) codes(s string) []charCode {
	out := make([]charCode, 0, len(s))
	if f.simple || len(f.codeLens) == 0 {
		for i := 0; i < len(s); i++ {
			out = append(out, charCode{uint32(s[i]), 1})
		}
		return out
	}
	for i := 0; i < len(s); {
		var c charCode
		for _, n := range f.codeLens {
			if i+n > len(s) {
				continue
			}
			c = charCode{beUint(s[i : i+n]), n}
			if _, ok := f.toUnicode[c]; ok {
				break
			}
		}
		if c.n == 0 {
			c = charCode{beUint(s[i:]), len(s) - i}
		}
		out = append(out, c)
		i += c.n
	}
	return out
}

func beUint(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

// decode returns the text of one code; "" when the font cannot say.
func (f *pdfFont) decode(c charCode) string {
	if s, ok := f.toUnicode[c]; ok {
		return s
	}
	if f.simple && f.enc != nil && c.code < 256 {
		if r := f.enc[c.code]; r != 0 {
			return string(r)
		}
	}
	return ""
}

// width is the advance of one code in text space units per unit of font
// size (the font's thousandths of an em divided by 1000).
func (f *pdfFont) width(c charCode) float64 {
	if f.simple {
		i := int(c.code) - f.firstChar
		if i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
			return f.widths[i] / 1000
		}
		return f.dw / 1000
	}
	if w, ok := f.cidW[c.code]; ok {
		return w / 1000
	}
	return f.dw / 1000
}

// parseCMap reads a ToUnicode CMap: its codes (with their byte lengths)
// and their text. It also returns the distinct code lengths of the
// codespace ranges, shortest first.
func parseCMap(b []byte) (map[charCode]string, []int) {
	m := map[charCode]string{}
	var lens []int
	lx := &lexer{b: b}
	var ops []operand
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
				if src.kind == tokStr && len(src.s) >= 1 && len(src.s) <= 4 && len(m) < maxCMapEntries {
					m[charCode{beUint(src.s), len(src.s)}] = cmapText(dst)
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
				for k := 0; k <= int(z-a) && len(m) < maxCMapEntries; k++ {
					c := a + uint32(k)
					switch dst.kind {
					case tokArray:
						if k < len(dst.arr) {
							m[charCode{c, n}] = cmapText(dst.arr[k])
						}
					case tokStr:
						m[charCode{c, n}] = offsetText(utf16Text(dst.s), k)
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
		return utf16Text(o.s)
	case tokName:
		return glyphText(o.s)
	}
	return ""
}

// utf16Text decodes a CMap destination: UTF-16BE, surrogate pairs joined.
func utf16Text(s string) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return cleanText(string(utf16.Decode(u)))
}

// offsetText adds k to the last character of s, as a bfrange with one
// destination maps consecutive codes to consecutive characters.
func offsetText(s string, k int) string {
	if k == 0 || s == "" {
		return s
	}
	rs := []rune(s)
	rs[len(rs)-1] += rune(k)
	return cleanText(string(rs))
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

// simpleEncoding builds the code → rune table of a simple font.
func simpleEncoding(v pdf.Value, subtype string) *[256]rune {
	base := &winAnsiEncoding
	if subtype == "Type1" {
		base = &standardEncoding
	}
	name := v.Name()
	if v.Kind() == pdf.Dict {
		name = v.Key("BaseEncoding").Name()
	}
	switch name {
	case "WinAnsiEncoding", "MacRomanEncoding":
		base = &winAnsiEncoding
	case "StandardEncoding":
		base = &standardEncoding
	}
	if v.Kind() != pdf.Dict {
		return base
	}
	d := v.Key("Differences")
	if d.Kind() != pdf.Array {
		return base
	}
	enc := *base
	code := 0
	for i := 0; i < d.Len(); i++ {
		e := d.Index(i)
		switch e.Kind() {
		case pdf.Integer, pdf.Real:
			code = int(e.Int64())
		case pdf.Name:
			if code >= 0 && code < 256 {
				if s := []rune(glyphText(e.Name())); len(s) == 1 {
					enc[code] = s[0]
				} else {
					enc[code] = 0
				}
			}
			code++
		}
	}
	return &enc
}

// glyphText names the text of a glyph name: the Adobe Glyph List names
// Latin documents use, accented letters by composition ("eacute" → "é"),
// "uniXXXX", "uXXXX[XX]", and "name.suffix" variants.
func glyphText(name string) string {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if len(name) == 1 {
		return name
	}
	if r, ok := glyphNames[name]; ok {
		return string(r)
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 {
		if v, err := strconv.ParseUint(name[3:7], 16, 32); err == nil {
			return cleanText(string(rune(v)))
		}
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v <= 0x10FFFF {
			return cleanText(string(rune(v)))
		}
	}
	for suffix, mark := range accentMarks {
		if base, ok := strings.CutSuffix(name, suffix); ok && len(base) == 1 {
			return norm.NFC.String(base + string(mark))
		}
	}
	return ""
}

var accentMarks = map[string]rune{
	"acute": 0x301, "grave": 0x300, "circumflex": 0x302, "dieresis": 0x308, "tilde": 0x303,
	"cedilla": 0x327, "ring": 0x30A, "caron": 0x30C, "macron": 0x304, "breve": 0x306,
	"ogonek": 0x328, "dotaccent": 0x307, "hungarumlaut": 0x30B,
}

var glyphNames = map[string]rune{
	"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$', "percent": '%',
	"ampersand": '&', "quotesingle": '\'', "parenleft": '(', "parenright": ')', "asterisk": '*',
	"plus": '+', "comma": ',', "hyphen": '-', "period": '.', "slash": '/', "zero": '0', "one": '1',
	"two": '2', "three": '3', "four": '4', "five": '5', "six": '6', "seven": '7', "eight": '8',
	"nine": '9', "colon": ':', "semicolon": ';', "less": '<', "equal": '=', "greater": '>',
	"question": '?', "at": '@', "bracketleft": '[', "backslash": '\\', "bracketright": ']',
	"asciicircum": '^', "underscore": '_', "grave": '`', "braceleft": '{', "bar": '|',
	"braceright": '}', "asciitilde": '~', "quoteleft": '‘', "quoteright": '’', "quotedblleft": '“',
	"quotedblright": '”', "quotesinglbase": '‚', "quotedblbase": '„', "endash": '–', "emdash": '—',
	"bullet": '•', "ellipsis": '…', "dagger": '†', "daggerdbl": '‡', "trademark": '™',
	"registered": '®', "copyright": '©', "degree": '°', "plusminus": '±', "mu": 'µ', "micro": 'µ',
	"section": '§', "paragraph": '¶', "periodcentered": '·', "germandbls": 'ß', "ae": 'æ', "AE": 'Æ',
	"oe": 'œ', "OE": 'Œ', "oslash": 'ø', "Oslash": 'Ø', "eth": 'ð', "Eth": 'Ð', "thorn": 'þ',
	"Thorn": 'Þ', "dotlessi": 'ı', "fi": 'ﬁ', "fl": 'ﬂ', "ff": 'ﬀ', "ffi": 'ﬃ', "ffl": 'ﬄ',
	"nbspace": '\u00A0', "minus": '−', "multiply": '×', "divide": '÷', "Euro": '€', "euro": '€',
	"sterling": '£', "yen": '¥', "cent": '¢', "florin": 'ƒ', "guillemotleft": '«',
	"guillemotright": '»', "guilsinglleft": '‹', "guilsinglright": '›', "exclamdown": '¡',
	"questiondown": '¿', "ordfeminine": 'ª', "ordmasculine": 'º', "onehalf": '½', "onequarter": '¼',
	"threequarters": '¾', "hyphensoft": '\u00AD', "sfthyphen": '\u00AD', "lslash": 'ł', "Lslash": 'Ł',
	"perthousand": '‰', "fraction": '⁄', "dieresis": '¨', "acute": '´', "cedilla": '¸', "macron": '¯',
}

// winAnsiEncoding is WinAnsiEncoding (Windows-1252); MacRoman documents
// are read with it too, which is right for ASCII and most of Latin-1.
var winAnsiEncoding = func() [256]rune {
	var e [256]rune
	for c := 0x20; c < 0x7F; c++ {
		e[c] = rune(c)
	}
	for c := 0xA0; c <= 0xFF; c++ {
		e[c] = rune(c)
	}
	high := "€\x00‚ƒ„…†‡ˆ‰Š‹Œ\x00Ž\x00\x00‘’“”•–—˜™š›œ\x00žŸ"
	c := 0x80
	for _, r := range high {
		if r != 0 {
			e[c] = r
		}
		c++
	}
	return e
}()

// standardEncoding is Adobe StandardEncoding: ASCII with curly quotes at
// 0x27 and 0x60, and its own upper half.
var standardEncoding = func() [256]rune {
	var e [256]rune
	for c := 0x20; c < 0x7F; c++ {
		e[c] = rune(c)
	}
	e[0x27], e[0x60] = '’', '‘'
	for c, r := range map[int]rune{
		0xA1: '¡', 0xA2: '¢', 0xA3: '£', 0xA4: '⁄', 0xA5: '¥', 0xA6: 'ƒ', 0xA7: '§', 0xA8: '¤',
		0xA9: '\'', 0xAA: '“', 0xAB: '«', 0xAC: '‹', 0xAD: '›', 0xAE: 'ﬁ', 0xAF: 'ﬂ', 0xB1: '–',
		0xB2: '†', 0xB3: '‡', 0xB4: '·', 0xB6: '¶', 0xB7: '•', 0xB8: '‚', 0xB9: '„', 0xBA: '”',
		0xBB: '»', 0xBC: '…', 0xBD: '‰', 0xBF: '¿', 0xC1: '`', 0xC2: '´', 0xC3: 'ˆ', 0xC4: '˜',
		0xC5: '¯', 0xC6: '˘', 0xC7: '˙', 0xC8: '¨', 0xCA: '˚', 0xCB: '¸', 0xCD: '˝', 0xCE: '˛',
		0xCF: 'ˇ', 0xD0: '—', 0xE1: 'Æ', 0xE3: 'ª', 0xE8: 'Ł', 0xE9: 'Ø', 0xEA: 'Œ', 0xEB: 'º',
		0xF1: 'æ', 0xF5: 'ı', 0xF8: 'ł', 0xF9: 'ø', 0xFA: 'œ', 0xFB: 'ß',
	} {
		e[c] = r
	}
	return e
}()
