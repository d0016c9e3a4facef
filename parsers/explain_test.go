package parsers

import (
	"strings"
	"testing"
)

// TestExplain: -explain shows a transcript's header, column zones, cells
// and rows, and a certificate's fields with how each was found.
func TestExplain(t *testing.T) {
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"../samples/pdf/aabb-transcript-maria-okafor.pdf", []string{
			"format aabb-transcript-pdf, imported", "page 1: 612 × 400 pt", "read as a transcript:",
			`header at y=284.1: Program Number | Program Title | Program Date | CE Hours | Credit Type`,
			`columns "Program Number" (Activity ID) |144| "Program Title" (Title)`,
			`continues the row above`, `row: "AABB-24-301" | "Antibody Titration in Prenatal Testing: Methods, Pitfalls and Interpretation"`,
			"records: 7"}},
		{"../samples/pdf/ascp-certificate-maria-okafor.pdf", []string{
			"format ascp-certificate-pdf, imported", "read as a certificate:",
			`name "Maria Okafor": labelled`, `title "Preanalytical Errors in Coagulation Testing": labelled`,
			`activity ID "ASCP-CE-26-0412": labelled`, "records: 1"}},
	} {
		var b strings.Builder
		if err := Explain(&b, tt.path); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: explanation lacks %q:\n%s", tt.path, w, b.String())
			}
		}
	}
}
