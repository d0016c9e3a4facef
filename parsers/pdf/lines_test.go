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

// TestSpacedOutInitials: the short words of a spelled-out name ("T .",
// "J R .") are spelled out too, though too short to tell alone.
func TestSpacedOutInitials(t *testing.T) {
	d := pdfgen.New()
	f := d.Standard("Helvetica-Bold")
	p := d.AddPage(612, 792)
	p.Text(f, 16, 40, 500, "M A R C U S     T .     D E L G A D O     J R .")
	doc, err := Read(d.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Pages[0].Lines[0].Segs {
		got = append(got, s.Text)
	}
	if strings.Join(got, " ") != "MARCUS T. DELGADO JR." {
		t.Errorf("segments %q, want the name MARCUS T. DELGADO JR.", got)
	}
}

// TestRaisedGlyphs: a credential's superscripts ("MLS(ASCP)" then a
// raised "CM") and a registered mark join their line; small text above a
// line that starts nowhere near a glyph's end stays a line of its own.
func TestRaisedGlyphs(t *testing.T) {
	d := pdfgen.New()
	f := d.Standard("Helvetica")
	p := d.AddPage(612, 792)
	host := "Yevgenia Kowalczyk, MLS(ASCP)"
	w := f.Width(20, host)
	p.Text(f, 20, 100, 589, host)
	p.Text(f, 12, 100+w, 596.3, "CM")
	p.Text(f, 12, 300, 596.3, "Participant")
	got := firstPageLines(t, d)
	want := []string{"Participant", "Yevgenia Kowalczyk, MLS(ASCP)CM"}
	if strings.Join(got, "/") != strings.Join(want, "/") {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// TestSmallLineOverLargeName: a small line just above a baseline that a
// large name shares with small text is no superscript of that text, even
// where one of its words starts where a glyph of the text ends ("Badge
// type: Full Meeting" over "Certificate issued: …", beside a 20 pt name).
func TestSmallLineOverLargeName(t *testing.T) {
	d := pdfgen.New()
	f := d.Standard("Helvetica")
	p := d.AddPage(792, 612)
	p.Text(f, 20, 56, 420, "Reginald T. Ashworth-Boateng Jr.")
	p.Text(f, 9, 568, 420, "Certificate issued: November 30, 2025")
	p.Text(f, 9, 568, 433.5, "Badge type:")
	full := 568 + f.Width(9, "Certificate iss") + 0.7 // a word set apart, starting where "iss" below ends
	p.Text(f, 9, full, 433.5, "Full")
	p.Text(f, 9, full+f.Width(9, "Full")+4, 433.5, "Meeting")
	got := firstPageLines(t, d)
	want := []string{"Badge type: Full Meeting", "Reginald T. Ashworth-Boateng Jr. | Certificate issued: November 30, 2025"}
	if strings.Join(got, "/") != strings.Join(want, "/") {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// firstPageLines reads the document d makes and returns its first page's
// lines, segments joined by " | ".
func firstPageLines(t *testing.T, d *pdfgen.Doc) []string {
	t.Helper()
	doc, err := Read(d.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Pages[0].Lines {
		got = append(got, l.Text(" | "))
	}
	return got
}

// TestJustifiedWords: a justified line drawn a word at a time, the words
// evenly spaced wider than a space, is one segment of prose; a table's
// row of short cells at its columns stays cells.
func TestJustifiedWords(t *testing.T) {
	d := pdfgen.New()
	f := d.Standard("Helvetica")
	p := d.AddPage(792, 612)
	x := 110.0
	for _, w := range []string{"Heartland", "Society", "for", "Clinical", "Laboratory", "Science", "(HSCLS)"} {
		p.Text(f, 14, x, 337.5, w)
		x += f.Width(14, w) + 19.5
	}
	for _, c := range []struct {
		x    float64
		text string
	}{{48, "GP-101"}, {165, "Keynote"}, {631, "Apr 24"}, {730, "1.0"}, {760, "A"}} {
		p.Text(f, 10, c.x, 200, c.text)
	}
	got := firstPageLines(t, d)
	want := []string{"Heartland Society for Clinical Laboratory Science (HSCLS)", "GP-101 | Keynote | Apr 24 | 1.0 | A"}
	if strings.Join(got, "/") != strings.Join(want, "/") {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// TestRunsDrawnOverEachOther: a name long enough to run under the next
// column's date, each drawn by its own text operator, reads as the name
// and the date, not their letters interleaved; letters kerned into each
// other within one run stay one word.
func TestRunsDrawnOverEachOther(t *testing.T) {
	d := pdfgen.New()
	f := d.Standard("Helvetica")
	p := d.AddPage(612, 792)
	name := "MIRIAM HOLLOWAY-REYES"
	p.Text(f, 11, 76, 538, name)
	date := 76 + f.Width(11, name) - 20 // starts 20 pt inside the name's end
	p.Text(f, 11, date, 538, "March 4, 2025")
	p.Text(f, 11, 300, 538, "519-220-25")
	doc, err := Read(d.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Pages[0].Lines[0].Segs {
		got = append(got, s.Text)
	}
	if want := []string{name, "March 4, 2025", "519-220-25"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments %q, want %q", got, want)
	}
}
