package parsers

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"celedger/parsers/pdf"
)

// Explain writes what celedger sees in one document, for a user who
// reports a misread file and for tests: the format it was detected as;
// for a PDF, each page's lines as read (with where each segment lies),
// the table header and the column zones found, each line cut into cells
// and how lines became rows, or how each certificate field was found;
// then the records taken and every problem. It returns an error only
// when the file cannot be opened.
func Explain(w io.Writer, path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	ex := &explainer{w: w}
	res, doc := Read(fileInput(path, info.Size()))
	ex.printf("%s: format %s, %s", filepath.ToSlash(path), orNone(res.Format), res.Status)
	if strings.HasSuffix(res.Format, "-pdf") || matchPDF(path, nil) {
		if data, err := os.ReadFile(path); err == nil {
			explainPDF(ex, path, data)
		}
	}
	ex.printf("records: %d", len(doc.Records))
	for _, r := range doc.Records {
		ex.printf("  %s: %q · %s · %s %s · provider %q · ID %q · holder %q",
			r.Source, r.Title, r.Completed, r.Credits, r.Unit, r.Provider, r.ActivityID, r.Holder.Name)
	}
	if res.Error != "" {
		ex.printf("error: %s", res.Error)
	}
	for _, p := range doc.Problems {
		ex.printf("problem: %v", p)
	}
	for _, n := range doc.Notes {
		ex.printf("note: %s", n)
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// explainPDF prints a PDF's pages as read, then reads it again with the
// explainer attached to the table or certificate reader.
func explainPDF(ex *explainer, path string, data []byte) {
	doc, err := pdf.Read(data)
	if doc == nil {
		ex.printf("PDF: %v", err)
		return
	}
	if doc.Repaired != "" {
		ex.printf("PDF: %s", doc.Repaired)
	}
	for _, p := range doc.Problems {
		ex.printf("PDF: %s", p)
	}
	for _, p := range doc.Pages {
		frame := ""
		if p.Rotate != 0 {
			frame = fmt.Sprintf(", text turned %d° on the unrotated page", p.Rotate)
		}
		ex.printf("page %d: %.0f × %.0f pt%s, %d lines, %d rules", p.Number, p.Width, p.Height, frame, len(p.Lines), len(p.Rules))
		if p.Err != nil {
			ex.printf("  %v", p.Err)
		}
		for _, l := range p.Lines {
			ex.line("  ", l)
		}
		for _, l := range p.Aside {
			ex.line("  aside ", l)
		}
	}
	pages, err := readPDFText(data)
	if err != nil {
		return
	}
	if ok := transcriptInPages(pages); ok {
		ex.printf("read as a transcript:")
		readPDFTranscript(path, pages, tableLayout{kind: "transcript"}, ex)
		return
	}
	if n, labels, ok := unrecognisedTable(pages); ok {
		ex.printf("page %d reads as a table whose header was not recognised (labels seen: %s)", n, labels)
		if n == pages[0].Number {
			return
		}
		ex.printf("(a later page: the certificate before it is read)")
	}
	ex.printf("read as a certificate:")
	text, _ := certificatePages(pages)
	if len(text) == 0 {
		return
	}
	c := readCertificatePages(text, "")
	for _, f := range c.why {
		ex.printf("  %s", f)
	}
	for _, p := range c.Problems {
		ex.printf("  %s: %v", p.Field, p.Err)
	}
}

// transcriptInPages decides as parsePDF does whether a PDF is a table.
func transcriptInPages(pages []pageText) bool {
	for i, p := range pages {
		if lines, at, _, ok := findHeader(p.Lines, nil); ok && datedBelow(pages[i:], lines, at) && !certificateRow(pages, i, lines, at) {
			return true
		}
	}
	return false
}

// explainer prints what a reader decides; a nil explainer prints nothing,
// so readers call it unconditionally.
type explainer struct {
	w   io.Writer
	err error
}

// on reports whether the explainer prints: callers skip work done only
// for it.
func (e *explainer) on() bool { return e != nil && e.err == nil }

func (e *explainer) printf(format string, args ...any) {
	if e == nil || e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format+"\n", args...)
}

// line prints a line with its baseline and each segment's extent.
func (e *explainer) line(prefix string, l pdf.Line) {
	if e == nil {
		return
	}
	var b strings.Builder
	for i, s := range l.Segs {
		if i > 0 {
			b.WriteString("  ")
		}
		fmt.Fprintf(&b, "[%.0f–%.0f] %q", s.X0, s.X1, s.Text)
	}
	e.printf("%sy=%.1f %s", prefix, l.Y, b.String())
}

// columns prints a page's column zones: each label and the x its zone
// ends at.
func (e *explainer) columns(page int, cols []pdfColumn, bounds []float64) {
	if e == nil {
		return
	}
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			fmt.Fprintf(&b, " |%.0f| ", bounds[i-1])
		}
		name := c.col.String()
		if name == "" {
			name = "unused"
		}
		fmt.Fprintf(&b, "%q (%s)", c.label.Text, name)
	}
	e.printf("page %d: columns %s", page, b.String())
}

// cells prints one table line cut into cells.
func (e *explainer) cells(y float64, cells []string, keyed bool) {
	if e == nil {
		return
	}
	kind := "no date or credits"
	if keyed {
		kind = "dated or credited"
	}
	e.printf("  y=%.1f %s: %s", y, kind, strings.Join(quoted(cells), " | "))
}

func quoted(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = fmt.Sprintf("%q", c)
	}
	return out
}
