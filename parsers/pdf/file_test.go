package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestSparseObjectNumbers: a page saved out of a larger document keeps
// its objects' numbers, so a small file holds object 10962. Its
// cross-reference table is read, not called damaged.
func TestSparseObjectNumbers(t *testing.T) {
	objects := []string{
		"<</Type/Catalog/Pages 10963 0 R>>",
		"<</Type/Pages/Kids[10964 0 R]/Count 1>>",
		"<</Type/Page/Parent 10963 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 10965 0 R>>>>/Contents 10966 0 R>>",
		"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
		"<</Length 50>>stream\nBT /F1 12 Tf 72 700 Td (Sparse numbers) Tj ET\n\nendstream",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	var offsets []int
	for i, o := range objects {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj%sendobj\n", 10962+i, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\r\n0 1\r\n0000000000 65535 f\r\n10962 %d\r\n", len(objects))
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n\r\n", off)
	}
	fmt.Fprintf(&b, "trailer\r\n<</Size 10967/Root 10962 0 R>>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n", xref)
	doc, err := Read([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 1 || len(doc.Pages[0].Lines) != 1 || doc.Pages[0].Lines[0].Text(" ") != "Sparse numbers" {
		t.Errorf("pages %+v", doc.Pages)
	}
	if len(doc.Problems) > 0 || doc.Repaired != "" {
		t.Errorf("problems %q, repaired %q: the table is whole", doc.Problems, doc.Repaired)
	}
}
