package parsers

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestPDFDump prints the lines of the PDF named by CELEDGER_PDF (a
// debugging aid; it passes when the variable is unset).
func TestPDFDump(t *testing.T) {
	name := os.Getenv("CELEDGER_PDF")
	if name == "" {
		t.Skip("set CELEDGER_PDF to a file to print its lines")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := readPDFText(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		t.Logf("--- page %d %v", p.Number, p.Err)
		for _, l := range p.Lines {
			var segs []string
			for _, s := range l.Segs {
				segs = append(segs, strings.TrimSpace(s.Text)+"@"+strconvF(s.X0))
			}
			t.Logf("y=%.1f %s", l.Y, strings.Join(segs, " | "))
		}
	}
}

func strconvF(f float64) string { return fmt.Sprintf("%.0f", f) }
