package parsers

import (
	"os"
	"testing"
)

func TestZZCertLines(t *testing.T) {
	path := os.Getenv("CELEDGER_FILE")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	pages, _ := readPDFText(data)
	text, _ := certificatePages(pages)
	for _, l := range certLines(text[:1]) {
		t.Logf("p%d y=%.1f size=%.1f %q", l.page, l.y, l.size, l.text)
	}
}
