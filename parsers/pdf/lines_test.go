package pdf

import (
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
