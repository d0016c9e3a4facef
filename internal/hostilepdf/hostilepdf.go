// Package hostilepdf makes the tiny hostile PDFs of the
// hostile-inputs case (make_pdf_hostile.py) byte for byte the same way: a
// page tree that lists itself, a cross-reference stream with a huge /W
// field, object streams inside themselves, with a huge /N or extending
// themselves, and a ToUnicode range with a 256K-character destination.
// The command's tests import them beside a good file; the PDF engine's
// fuzz target starts from them.
package hostilepdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
)

// pdfObjects writes a PDF with a classic cross-reference table.
func pdfObjects(objs map[int]string, trailer string) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n")
	nums := sortedInts(objs)
	offs := map[int]int{}
	for _, n := range nums {
		offs[n] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", n, objs[n])
	}
	x := out.Len()
	size := nums[len(nums)-1] + 1
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", size)
	for n := 1; n < size; n++ {
		fmt.Fprintf(&out, "%010d 00000 n \n", offs[n])
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", size, trailer, x)
	return out.Bytes()
}

// pdfXRefStream writes a PDF 1.5 file with a cross-reference stream;
// compressed maps an object to its object stream and index.
func pdfXRefStream(objs map[int]string, compressed map[int][2]int, w string) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.5\n")
	offs := map[int]int{}
	for _, n := range sortedInts(objs) {
		offs[n] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", n, objs[n])
	}
	xn := 0
	for n := range objs {
		xn = max(xn, n)
	}
	for n := range compressed {
		xn = max(xn, n)
	}
	xn++
	var rows bytes.Buffer
	row := func(t byte, a uint32, b uint16) {
		rows.WriteByte(t)
		binary.Write(&rows, binary.BigEndian, a)
		binary.Write(&rows, binary.BigEndian, b)
	}
	for n := 0; n <= xn; n++ {
		if off, ok := offs[n]; ok {
			row(1, uint32(off), 0)
		} else if c, ok := compressed[n]; ok {
			row(2, uint32(c[0]), uint16(c[1]))
		} else if n == xn {
			row(1, uint32(out.Len()), 0)
		} else {
			row(0, 0, 65535)
		}
	}
	x := out.Len()
	fmt.Fprintf(&out, "%d 0 obj\n<< /Type /XRef /Size %d /W [%s] /Root 1 0 R /Length %d >>\nstream\n", xn, xn+1, w, rows.Len())
	out.Write(rows.Bytes())
	fmt.Fprintf(&out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", x)
	return out.Bytes()
}

func sortedInts(m map[int]string) []int {
	var ns []int
	for n := range m {
		ns = append(ns, n)
	}
	sort.Ints(ns)
	return ns
}

func pdfStream(data, extra string) string {
	return fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), extra, data)
}

func withPage(objs map[int]string) map[int]string {
	page := map[int]string{
		2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		4: pdfStream("BT /F1 12 Tf 72 700 Td (x) Tj ET", ""),
	}
	for n, o := range objs {
		page[n] = o
	}
	return page
}

// Files are the hostile PDFs of make_pdf_hostile.py, byte for byte, by
// file name: each under 450 bytes but the CMap one (a deflated 1 MiB
// destination).
func Files() map[string][]byte {
	body := "9 0 << /Type /Catalog /Pages 2 0 R >>"
	var cmap bytes.Buffer
	zw := zlib.NewWriter(&cmap)
	zw.Write([]byte("begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <" + strings.Repeat("0041", 262144) + "> endbfrange endcmap"))
	zw.Close()
	return map[string][]byte{
		// a page tree whose Pages node lists itself twice
		"treeloop.pdf": pdfObjects(map[int]string{1: "<< /Type /Catalog /Pages 2 0 R >>", 2: "<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 2 >>"}, "/Root 1 0 R"),
		// a cross-reference stream with /W [1 99999999999 2]
		"xrefW.pdf": pdfXRefStream(withPage(map[int]string{1: "<< /Type /Catalog /Pages 2 0 R >>"}), nil, "1 99999999999 2"),
		// an object stream listed as stored inside itself
		"objstm-self.pdf": pdfXRefStream(withPage(nil), map[int][2]int{1: {6, 0}, 6: {6, 0}}, "1 4 2"),
		// an object stream with /N 999999999999
		"objstm-N.pdf": pdfXRefStream(withPage(map[int]string{6: pdfStream(body, "/Type /ObjStm /N 999999999999 /First 4")}), map[int][2]int{1: {6, 0}}, "1 4 2"),
		// an object stream whose /Extends is itself
		"objstm-extends.pdf": pdfXRefStream(withPage(map[int]string{6: pdfStream(body, "/Type /ObjStm /N 1 /First 4 /Extends 6 0 R")}), map[int][2]int{1: {6, 0}}, "1 4 2"),
		// a ToUnicode bfrange <0000> <FFFF> with one 256K-character destination
		"cmap.pdf": pdfObjects(map[int]string{
			1: "<< /Type /Catalog /Pages 2 0 R >>",
			2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
			4: pdfStream("BT /F1 12 Tf 72 700 Td <0041> Tj ET", ""),
			5: "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
			6: "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
			7: pdfStream(cmap.String(), "/Filter /FlateDecode"),
		}, "/Root 1 0 R"),
	}
}
