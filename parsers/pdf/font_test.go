package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestParseCMap covers the three mapping forms, multi-byte codes and
// surrogate pairs.
func TestParseCMap(t *testing.T) {
	cmap := `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
3 beginbfchar <01> <0041> <8001> <D835DC00> <02> <00660069> endbfchar
2 beginbfrange <10> <12> <2013> <8100> <8102> [<00E9> <2019> <201C>] endbfrange
endcmap`
	m, lens := parseCMap([]byte(cmap))
	if fmt.Sprint(lens) != "[1 2]" {
		t.Errorf("code lengths %v, want [1 2]", lens)
	}
	for code, want := range map[charCode]string{
		{0x01, 1}: "A", {0x8001, 2}: "𝐀", {0x02, 1}: "fi",
		{0x10, 1}: "–", {0x11, 1}: "—", {0x12, 1}: "―",
		{0x8100, 2}: "é", {0x8101, 2}: "’", {0x8102, 2}: "“",
	} {
		if got := m[code]; got != want {
			t.Errorf("code %x/%d = %q, want %q", code.code, code.n, got, want)
		}
	}
	if got := decodeAll(&font{codeLens: lens, toUnicode: m}, "\x01\x81\x01\x10"); got != "A’–" {
		t.Errorf("decoded %q, want %q", got, "A’–")
	}
}

func decodeAll(ft *font, s string) string {
	var b strings.Builder
	for _, c := range ft.codes(s, nil) {
		t, _ := ft.decode(c)
		b.WriteString(t)
	}
	return b.String()
}

// TestCMapRangeFromZero: a bfrange starting at <0000> (TCPDF and mPDF
// write one for a whole font) maps each code to U+0000 + its offset; the
// destination's first character being NUL does not empty the range.
func TestCMapRangeFromZero(t *testing.T) {
	cmap := `1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfrange <0000> <00ff> <0000> <0100> <01ff> <0100> endbfrange`
	m, _ := parseCMap([]byte(cmap))
	ft := &font{codeLens: []int{2}, toUnicode: m}
	if got := decodeAll(ft, "\x00\x4a\x00\xf3\x00\x73\x01\x1b"); got != "Jósě" {
		t.Errorf("decoded %q, want %q", got, "Jósě")
	}
}

// TestCMapBounds: a range whose single destination is long, or that
// would map more text than maxCMapText, is not copied out.
func TestCMapBounds(t *testing.T) {
	long := strings.Repeat("0041", 5000)
	cmap := "1 beginbfrange <0000> <FFFF> <" + long + "> endbfrange\n1 beginbfchar <0041> <0042> endbfchar"
	m, _ := parseCMap([]byte(cmap))
	if len(m) != 1 {
		t.Errorf("%d entries, want 1 (the range refused)", len(m))
	}
}

func TestGlyphText(t *testing.T) {
	for name, want := range map[string]string{
		"endash": "–", "quoteright": "’", "eacute": "é", "Odieresis": "Ö", "uni2019": "’",
		"u1F600": "😀", "a": "a", "fi": "ﬁ", "f_i": "fi", "ccedilla": "ç", "A.sc": "A", "g123": "",
	} {
		if got := glyphText(name, false); got != want {
			t.Errorf("glyphText(%q) = %q, want %q", name, got, want)
		}
	}
	if got := glyphText("a192", true); got != "➚" {
		t.Errorf("glyphText(a192, dingbats) = %q, want ➚", got)
	}
}

// TestEncodings: MacRoman is not WinAnsi; Symbol and ZapfDingbats use
// their own built-in encodings.
func TestEncodings(t *testing.T) {
	f := &file{}
	mac := &font{simple: true, enc: f.simpleEncoding(Name("MacRomanEncoding"), "Type1", "Times-Roman", nil)}
	if got := decodeAll(mac, "Jos\x8e don\xd5t \x80ngstr\x9am"); got != "José don’t Ängström" {
		t.Errorf("MacRoman: %q", got)
	}
	sym := &font{simple: true, enc: f.simpleEncoding(nil, "Type1", "Symbol", nil)}
	if got := decodeAll(sym, "a-b2 mg"); got != "α−β2 μγ" {
		t.Errorf("Symbol: %q", got)
	}
	win := &font{simple: true, enc: f.simpleEncoding(Name("WinAnsiEncoding"), "Type1", "Times-Roman", nil)}
	if got := decodeAll(win, "WB\xad26\xadEP15 Caf\xe9"); got != "WB-26-EP15 Café" {
		t.Errorf("WinAnsi (code 0xAD is a hyphen, as Ghostscript writes it): %q", got)
	}
	zapf := &font{simple: true, enc: f.simpleEncoding(nil, "Type1", "ZapfDingbats", nil)}
	if got := decodeAll(zapf, "34"); got != "✓✔" {
		t.Errorf("ZapfDingbats: %q", got)
	}
}

// TestStandardWidths: a standard 14 font without /Widths takes the
// font's real metrics (Helvetica "f" is 278, "W" 944), by name aliases too.
func TestStandardWidths(t *testing.T) {
	for _, tt := range []struct {
		base string
		std  string
	}{
		{"Helvetica", "Helvetica"}, {"Arial,Bold", "Helvetica-Bold"}, {"ABCDEF+ArialMT", "Helvetica"},
		{"TimesNewRomanPS-BoldItalicMT", "Times-BoldItalic"}, {"CourierNew", "Courier"}, {"Symbol", "Symbol"},
	} {
		if got := standardFont(tt.base, nil, &file{}); got != tt.std {
			t.Errorf("standardFont(%q) = %q, want %q", tt.base, got, tt.std)
		}
	}
	w := standardWidths("Helvetica", winAnsiEncoding)
	if w['f'] != 278 || w['W'] != 944 || w[' '] != 278 {
		t.Errorf("Helvetica widths f=%v W=%v space=%v", w['f'], w['W'], w[' '])
	}
}
