package pdf

import "testing"

// TestUnspell: letters typed with spaces between them join; a gap clearly
// wider than the letters' usual one is the break between two words.
func TestUnspell(t *testing.T) {
	var glyphs []Glyph
	x := 146.0
	for _, r := range "LUCÍA|MONTERROSO" {
		if r == '|' {
			glyphs = append(glyphs, Glyph{X0: x, X1: x + 5.5, Text: " "})
			x += 11 // a wider gap: the word break
			continue
		}
		glyphs = append(glyphs, Glyph{X0: x, X1: x + 15, Text: string(r)}, Glyph{X0: x + 15, X1: x + 17, Text: " "})
		x += 20.5
	}
	if got := GlyphsText(unspell(glyphs, 22)); got != "LUCÍA MONTERROSO" {
		t.Errorf("unspell: %q", got)
	}
}

// TestSpelledBeforeComma: a spelled-out name followed by its credentials
// set plainly ("D E V O N   R ., MLS") is unspelled up to the comma.
func TestSpelledBeforeComma(t *testing.T) {
	var glyphs []Glyph
	x := 0.0
	for _, r := range "D E V O N  R ., MLS" {
		w := 6.0
		if r == ' ' {
			w = 4
		}
		glyphs = append(glyphs, Glyph{X0: x, X1: x + w, Text: string(r)})
		x += w
	}
	k := spelledBeforeComma(glyphs)
	if got := GlyphsText(unspell(glyphs[:k], 12)); k == 0 || got != "DEVON R." {
		t.Errorf("k %d, %q", k, got)
	}
	if spelledBeforeComma([]Glyph{{Text: "A"}, {Text: "b"}, {Text: ","}}) != 0 {
		t.Error("a plain word before a comma read as spelled out")
	}
}
