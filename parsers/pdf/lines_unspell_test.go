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
