package pdf

import (
	"strings"

	"golang.org/x/text/encoding/charmap"
	"seehuhn.de/go/postscript/type1/names"
)

// The byte encodings of simple fonts (PDF 32000-1:2008, Annex D): a code
// of a simple font names a glyph through its encoding, and the glyph's
// name says its text. WinAnsi and MacRoman come from golang.org/x/text's
// Windows-1252 and Macintosh tables; Standard, Symbol and ZapfDingbats are
// the fonts' own built-in encodings. Glyph names are read by the Adobe
// Glyph List rules (seehuhn.de/go/postscript/type1/names): "eacute",
// "uni00E9", "u1F600", "f_i", "a192" (ZapfDingbats), "one.oldstyle".

// encoding maps a byte code to its text ("" when the code names no glyph).
type encoding [256]string

func charmapEncoding(cm *charmap.Charmap) *encoding {
	var e encoding
	for c := 0x20; c < 256; c++ {
		r := cm.DecodeByte(byte(c))
		if r != 0xFFFD && r >= 0x20 && !(r >= 0x7F && r < 0xA0) {
			e[c] = string(r)
		}
	}
	return &e
}

var (
	winAnsiEncoding = func() *encoding {
		e := charmapEncoding(charmap.Windows1252)
		e[0xAD] = "-" // PDF's WinAnsiEncoding names code 255 (octal) "hyphen", as it does 055: a drawn hyphen, not a soft one
		return e
	}()
	macRomanEncoding = func() *encoding {
		e := charmapEncoding(charmap.Macintosh)
		e[0xCA] = " " // PDF's MacRomanEncoding: a space, not a no-break space
		e[0xDB] = "¤" // PDF's table predates the euro
		e[0xF0] = ""  // the Apple logo
		return e
	}()
	standardEncoding = func() *encoding {
		var e encoding
		for c := 0x20; c < 0x7F; c++ {
			e[c] = string(rune(c))
		}
		e[0x27], e[0x60] = "’", "‘"
		for c, r := range map[int]string{
			0xA1: "¡", 0xA2: "¢", 0xA3: "£", 0xA4: "⁄", 0xA5: "¥", 0xA6: "ƒ", 0xA7: "§", 0xA8: "¤",
			0xA9: "'", 0xAA: "“", 0xAB: "«", 0xAC: "‹", 0xAD: "›", 0xAE: "fi", 0xAF: "fl", 0xB1: "–",
			0xB2: "†", 0xB3: "‡", 0xB4: "·", 0xB6: "¶", 0xB7: "•", 0xB8: "‚", 0xB9: "„", 0xBA: "”",
			0xBB: "»", 0xBC: "…", 0xBD: "‰", 0xBF: "¿", 0xC1: "`", 0xC2: "´", 0xC3: "ˆ", 0xC4: "˜",
			0xC5: "¯", 0xC6: "˘", 0xC7: "˙", 0xC8: "¨", 0xCA: "˚", 0xCB: "¸", 0xCD: "˝", 0xCE: "˛",
			0xCF: "ˇ", 0xD0: "—", 0xE1: "Æ", 0xE3: "ª", 0xE8: "Ł", 0xE9: "Ø", 0xEA: "Œ", 0xEB: "º",
			0xF1: "æ", 0xF5: "ı", 0xF8: "ł", 0xF9: "ø", 0xFA: "œ", 0xFB: "ß",
		} {
			e[c] = r
		}
		return &e
	}()
	// symbolEncoding is the Symbol font's built-in encoding: ASCII
	// punctuation and digits, Greek letters where Latin ones would be, and
	// mathematical signs in the upper half.
	symbolEncoding = func() *encoding {
		var e encoding
		lower := " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\uF8E5αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"
		c := 0x20
		for _, r := range lower {
			e[c] = string(r)
			c++
		}
		upper := "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\x00〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭"
		c = 0xA0
		for _, r := range upper {
			if r != 0 && r != 0xF8E5 {
				e[c] = string(r)
			}
			c++
		}
		e[0x60] = ""
		return &e
	}()
	// zapfDingbatsEncoding is ZapfDingbats' built-in encoding: its glyph
	// names are a1 … a191, read through the dingbats glyph list.
	zapfDingbatsEncoding = func() *encoding {
		var e encoding
		e[0x20] = " "
		for c, name := range zapfDingbatsNames {
			if name != "" {
				e[c] = glyphText(name, true)
			}
		}
		return &e
	}()
)

// zapfDingbatsNames is ZapfDingbats' built-in encoding, by glyph name
// (the font's AFM file); codes 0x80–0x8D are its ornamental parentheses.
var zapfDingbatsNames = func() [256]string {
	var n [256]string
	list := strings.Fields(`a1 a2 a202 a3 a4 a5 a119 a118 a117 a11 a12 a13 a14 a15 a16 a105 a17 a18 a19 a20
		a21 a22 a23 a24 a25 a26 a27 a28 a6 a7 a8 a9 a10 a29 a30 a31 a32 a33 a34 a35 a36 a37 a38 a39 a40
		a41 a42 a43 a44 a45 a46 a47 a48 a49 a50 a51 a52 a53 a54 a55 a56 a57 a58 a59 a60 a61 a62 a63 a64
		a65 a66 a67 a68 a69 a70 a71 a72 a73 a74 a203 a75 a204 a76 a77 a78 a79 a81 a82 a83 a84 a97 a98 a99 a100`)
	for i, name := range list {
		n[0x21+i] = name
	}
	list = strings.Fields(`a89 a90 a93 a94 a91 a92 a205 a85 a206 a86 a87 a88 a95 a96`)
	for i, name := range list {
		n[0x80+i] = name
	}
	list = strings.Fields(`a101 a102 a103 a104 a106 a107 a108 a112 a111 a110 a109 a120 a121 a122 a123
		a124 a125 a126 a127 a128 a129 a130 a131 a132 a133 a134 a135 a136 a137 a138 a139 a140 a141 a142
		a143 a144 a145 a146 a147 a148 a149 a150 a151 a152 a153 a154 a155 a156 a157 a158 a159 a160 a161
		a163 a164 a196 a165 a192 a166 a167 a168 a169 a170 a171 a172 a173 a162 a174 a175 a176 a177 a178
		a179 a193 a180 a199 a181 a200 a182 - a201 a183 a184 a197 a185 a194 a198 a186 a195 a187 a188 a189
		a190 a191`)
	for i, name := range list {
		if name != "-" {
			n[0xA1+i] = name
		}
	}
	return n
}()

// glyphText is the text of a glyph name by the Adobe Glyph List rules;
// dingbats reads the a1 … a191 names as ZapfDingbats' glyphs. Names
// that say nothing (".notdef", "g123", "glyph45") give "".
func glyphText(name string, dingbats bool) string {
	if name == "" || name == ".notdef" {
		return ""
	}
	rs := names.ToUnicode(name, dingbats)
	if len(rs) == 0 {
		return ""
	}
	for _, r := range rs {
		if r < 0x20 || r == 0xFFFD || r >= 0xE000 && r <= 0xF8FF {
			return "" // a control character or a private-use guess
		}
	}
	return string(rs)
}
