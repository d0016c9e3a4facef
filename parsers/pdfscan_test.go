package parsers

import (
	"os"
	"reflect"
	"regexp"
	"strconv"
	"testing"
)

// The damaged-xref checks once used these regular expressions; the byte
// scanners that replaced them (a third of an import's CPU time went to
// the regular expressions) must find exactly what they found.
var (
	refSizeEntry   = regexp.MustCompile(`/Size\s+(\d{1,12})|(\d{1,12})\s+\d{1,5}\s+(?:obj\b|R\b)`)
	refXrefKeyword = regexp.MustCompile(`(?:^|[^a-z])xref\s`)
	refXrefIndex   = regexp.MustCompile(`/Index\s*\[([\d\s]*)\]`)
)

func refDeclaredObjects(data []byte) int {
	most := 0
	for _, m := range refSizeEntry.FindAllSubmatch(data, -1) {
		num := m[1]
		if num == nil {
			num = m[2]
		}
		n, _ := strconv.Atoi(string(num))
		most = max(most, n)
	}
	return most
}

func checkScanners(t *testing.T, data []byte) {
	t.Helper()
	if got, _ := declaredObjects(data); got != refDeclaredObjects(data) {
		t.Errorf("declaredObjects = %d, the regular expression says %d", got, refDeclaredObjects(data))
	}
	var want []int
	for _, loc := range refXrefKeyword.FindAllIndex(data, 256) {
		want = append(want, loc[1])
	}
	if got := xrefTables(data, 256); !reflect.DeepEqual(got, want) {
		t.Errorf("xrefTables = %v, the regular expression says %v", got, want)
	}
	var wantIdx []string
	for _, m := range refXrefIndex.FindAllSubmatch(data, 256) {
		wantIdx = append(wantIdx, string(m[1]))
	}
	var gotIdx []string
	for _, b := range indexArrays(data, 256) {
		gotIdx = append(gotIdx, string(b))
	}
	if !reflect.DeepEqual(gotIdx, wantIdx) {
		t.Errorf("indexArrays = %q, the regular expression says %q", gotIdx, wantIdx)
	}
}

var scannerCases = []string{
	"", "xref\n0 3\n", "startxref\n123\n", "xref xref \nxref", "1xref\t", "axref ", "Xref ",
	"/Size 12", "/Size\n9999999999999", "/Size x", "/Size12",
	"1 0 obj", "12 0 R", "12 0 Rx", "12 0 R_", "12 0 R!", "1 2 3 R", "1 123456 R", "x123456789012345 0 R",
	"1 0 R 0 R", "/Size 7 0 R", "5 0 objx 6 0 obj\n", "7\t\f0\r\nobj", "R", "obj", " 0 R", "9 R",
	"/Index [0 5 10 2]", "/Index[ 1 2 ]", "/Index [1 a]", "/Index /Index [3]", "/Index [",
}

func TestPDFScanners(t *testing.T) {
	for _, c := range scannerCases {
		checkScanners(t, []byte(c))
	}
	for _, path := range pdfFiles(t, "../samples/pdf/*.pdf", "testdata/pdf/*.pdf") {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		checkScanners(t, data)
	}
}

// FuzzPDFScanners compares the scanners with the regular expressions on
// any bytes.
func FuzzPDFScanners(f *testing.F) {
	for _, c := range scannerCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkScanners(t, data) })
}
