package pdf

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"celedger/internal/hostilepdf"
)

// FuzzRead feeds mutated PDFs to the engine: it must never panic or hang,
// and what it returns must be well formed (finite coordinates, segments
// left to right, valid UTF-8, glyphs inside their segment). Seeds are the
// small files of the blind sets, a minimal page and the hostile-inputs
// case's files; crashers found are kept under testdata/fuzz/FuzzRead.
func FuzzRead(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "blind", "*", "*.pdf"))
	seeded := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) <= 24<<10 && seeded < 24 { // large seeds only slow the mutator down
			f.Add(data)
			seeded++
		}
	}
	f.Add([]byte(minimalPDF))
	// Structure the mutator starts from: a looping page tree, a
	// cross-reference stream, object streams, a CMap.
	for _, data := range hostilepdf.Files() {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data)
		if err != nil && (doc != nil) != errors.Is(err, ErrNoText) {
			t.Fatalf("document %v beside the error %v: only ErrNoText comes with its pages", doc != nil, err)
		}
		if doc == nil {
			return
		}
		for _, pg := range doc.Pages {
			for _, lines := range [][]Line{pg.Lines, pg.Aside} {
				for _, l := range lines {
					checkLine(t, pg.Number, l)
				}
			}
		}
	})
}

func checkLine(t *testing.T, page int, l Line) {
	t.Helper()
	if !finite(l.Y) || !finite(l.Size) || l.Size < 0 {
		t.Fatalf("page %d: line at y=%v size %v", page, l.Y, l.Size)
	}
	for i, s := range l.Segs {
		if !finite(s.X0) || !finite(s.X1) || s.X1 < s.X0 {
			t.Fatalf("page %d: segment %q from %v to %v", page, s.Text, s.X0, s.X1)
		}
		if i > 0 && s.X0 < l.Segs[i-1].X0 {
			t.Fatalf("page %d: segment %q left of the one before it", page, s.Text)
		}
		if !utf8.ValidString(s.Text) || s.Text == "" {
			t.Fatalf("page %d: segment text %q", page, s.Text)
		}
		for _, g := range s.Glyphs {
			if !finite(g.X0) || !finite(g.X1) || g.X0 < s.X0-0.01 || g.X1 > s.X1+0.01 && g.Text != " " {
				t.Fatalf("page %d: glyph %q at %v–%v outside its segment %q (%v–%v)", page, g.Text, g.X0, g.X1, s.Text, s.X0, s.X1)
			}
		}
	}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// minimalPDF is a one-page PDF with one line of Helvetica text, its xref
// offsets right.
const minimalPDF = "%PDF-1.4\n" +
	"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
	"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
	"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n" +
	"4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n" +
	"5 0 obj<</Length 61>>stream\nBT /F1 12 Tf 72 700 Td (Certificate of Completion) Tj ET\n\nendstream endobj\n" +
	"trailer<</Root 1 0 R/Size 6>>\n%%EOF\n"
