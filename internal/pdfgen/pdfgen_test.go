package pdfgen

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestXref checks that every cross-reference offset points at its object
// and that the output is the same bytes every time.
func TestXref(t *testing.T) {
	build := func() []byte {
		d := New()
		f, u := d.Standard("Helvetica"), d.Unicode("ArialMT")
		p := d.AddPage(612, 792)
		p.Text(f, 12, 72, 720, "Café – ‘quoted’")
		p.TextTJ(u, 12, 72, 700, "Zoë Ní Bhriain", -300)
		form := d.AddForm(200, 50)
		form.Text(f, 10, 0, 10, "in a form")
		p.Place(form, 72, 600)
		d.Compress = true
		return d.Bytes()
	}
	b := build()
	if !bytes.Equal(b, build()) {
		t.Fatal("two builds differ")
	}
	m := regexp.MustCompile(`startxref\n(\d+)`).FindSubmatch(b)
	if m == nil {
		t.Fatal("no startxref")
	}
	at, _ := strconv.Atoi(string(m[1]))
	lines := strings.Split(string(b[at:]), "\n")
	if lines[0] != "xref" {
		t.Fatalf("startxref points at %q", lines[0])
	}
	var n int
	fmt.Sscanf(lines[1], "0 %d", &n)
	for i := 1; i < n; i++ {
		off, _ := strconv.Atoi(lines[2+i][:10])
		if want := fmt.Sprintf("%d 0 obj", i); !bytes.HasPrefix(b[off:], []byte(want)) {
			t.Errorf("object %d: offset %d holds %q", i, off, b[off:min(len(b), off+12)])
		}
	}
}

// TestToUnicode checks the CMap forms for a known set of runes: a run of
// consecutive runes becomes one bfrange, scattered ones an array range.
func TestToUnicode(t *testing.T) {
	d := New()
	f := d.Unicode("ArialMT")
	f.encode("abcé–’x")
	cm := f.toUnicode()
	for _, want := range []string{"<0001> <0003> <0061>", "<0004> <0007> [<00E9> <2013> <2019> <0078>]"} {
		if !strings.Contains(cm, want) {
			t.Errorf("CMap lacks %q:\n%s", want, cm)
		}
	}
}
