package pdf

import (
	"strings"
	"testing"

	"celedger/internal/pdfgen"
)

// TestMixedSizeGap: a logo word in a large size beside a line of smaller
// text, a gap apart that is narrow for the logo's size but wide for the
// text's, is two segments; a word space between sizes stays a space.
func TestMixedSizeGap(t *testing.T) {
	d := pdfgen.New()
	f := d.Standard("Helvetica")
	p := d.AddPage(612, 792)
	logo := f.Width(34, "CLMA")
	p.Text(f, 34, 107, 500, "CLMA")
	p.Text(f, 14, 107+logo+15, 500, "Association") // 15 pt: 0.44 em of 34 pt, 1.07 em of 14 pt
	big := f.Width(34, "Certificate ")
	p.Text(f, 34, 72, 400, "Certificate ")
	p.Text(f, 14, 72+big, 400, "of Completion")
	doc, err := Read(d.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, l := range doc.Pages[0].Lines {
		var segs []string
		for _, s := range l.Segs {
			segs = append(segs, s.Text)
		}
		got = append(got, segs)
	}
	want := [][]string{{"CLMA", "Association"}, {"Certificate of Completion"}}
	if len(got) != len(want) {
		t.Fatalf("lines %q, want %q", got, want)
	}
	for i := range want {
		if len(got[i]) != len(want[i]) || got[i][0] != want[i][0] || got[i][len(got[i])-1] != want[i][len(want[i])-1] {
			t.Errorf("line %d: segments %q, want %q", i, got[i], want[i])
		}
	}
}

// TestSpacedOutName: a name letter-spaced with space characters ("L e o
// p o l d", its words further apart) reads as its words; a line of short
// words does not.
func TestSpacedOutName(t *testing.T) {
	d := pdfgen.New()
	f := d.Standard("Helvetica-Bold")
	p := d.AddPage(612, 792)
	p.Text(f, 18, 145, 500, "L e o p o l d    M w a n g i - H a r t m a n n")
	p.Text(f, 12, 72, 400, "Blood groups A B O")
	doc, err := Read(d.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Pages[0].Lines {
		for _, s := range l.Segs {
			got = append(got, s.Text)
		}
	}
	want := []string{"Leopold", "Mwangi-Hartmann", "Blood groups A B O"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments %q, want %q", got, want)
	}
}
