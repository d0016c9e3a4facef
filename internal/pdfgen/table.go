package pdfgen

import (
	"fmt"
	"strings"
)

// Table lays out a printed transcript: a title and a header block on the
// first page, then a table whose header repeats on every page, cells
// wrapped to their column, rows split across a page break when they do
// not fit, and a "Page i of n" footer.
type Table struct {
	Title   string     // printed bold above the header block
	Block   [][]string // header block lines; a line's items are spaced across the page
	Columns []Column
	Rows    [][]string

	Font, Bold *Font   // body and header fonts
	Size       float64 // font size, points (default 9)
	PageW      float64 // page size, points (default US Letter 612 × 792)
	PageH      float64
	Margin     float64 // points (default 54)
	Footer     bool    // print "Page i of n"
	TJ         bool    // write body cells with TJ arrays instead of Tj
}

// Column is one table column: its label and width in points.
type Column struct {
	Label string
	Width float64
}

// placed is one line of text positioned on a page.
type placed struct {
	page    int
	x, y    float64
	bold    bool
	text    string
	isTitle bool
}

// AddTable adds the pages of t to d and returns how many there are.
func (d *Doc) AddTable(t Table) int {
	if t.Size == 0 {
		t.Size = 9
	}
	if t.PageW == 0 {
		t.PageW = 612
	}
	if t.PageH == 0 {
		t.PageH = 792
	}
	if t.Margin == 0 {
		t.Margin = 54
	}
	lead := t.Size * 1.3
	pad := t.Size * 0.6 // space between a row's last line and the next row
	var out []placed
	page := 0
	y := t.PageH - t.Margin
	if t.Title != "" {
		out = append(out, placed{page: 0, x: t.Margin, y: y - t.Size*1.6, bold: true, text: t.Title, isTitle: true})
		y -= t.Size * 3
	}
	for _, line := range t.Block {
		x := t.Margin
		step := (t.PageW - 2*t.Margin) / float64(max(len(line), 1))
		for _, item := range line {
			out = append(out, placed{page: 0, x: x, y: y, text: item})
			x += step
		}
		y -= lead
	}
	y -= lead
	header := func() {
		x := t.Margin
		for _, c := range t.Columns {
			out = append(out, placed{page: page, x: x, y: y, bold: true, text: c.Label})
			x += c.Width
		}
		y -= lead + pad
	}
	header()
	bottom := t.Margin + 2*lead // room for the footer
	for _, row := range t.Rows {
		cells := make([][]string, len(t.Columns))
		n := 1
		for i, c := range t.Columns {
			if i < len(row) {
				cells[i] = wrap(t.Font, t.Size, row[i], c.Width-t.Size)
			}
			n = max(n, len(cells[i]))
		}
		for k := 0; k < n; k++ {
			if y < bottom {
				page++
				y = t.PageH - t.Margin
				header()
			}
			x := t.Margin
			for i, c := range t.Columns {
				if k < len(cells[i]) {
					out = append(out, placed{page: page, x: x, y: y, text: cells[i][k]})
				}
				x += c.Width
			}
			y -= lead
		}
		y -= pad
	}
	first := len(d.pages)
	for range page + 1 {
		d.AddPage(t.PageW, t.PageH)
	}
	for _, p := range out {
		pg := d.pages[first+p.page]
		f := t.Font
		if p.bold {
			f = t.Bold
		}
		size := t.Size
		if p.isTitle {
			size = t.Size * 1.5
		}
		if t.TJ && !p.bold {
			pg.TextTJ(f, size, p.x, p.y, p.text, -int(f.Width(1000, " ")))
		} else {
			pg.Text(f, size, p.x, p.y, p.text)
		}
	}
	if t.Footer {
		for i := 0; i <= page; i++ {
			s := fmt.Sprintf("Page %d of %d", i+1, page+1)
			d.pages[first+i].Text(t.Font, t.Size*0.9, (t.PageW-t.Font.Width(t.Size*0.9, s))/2, t.Margin, s)
		}
	}
	return page + 1
}

// wrap breaks s into lines no wider than w points in f at size.
func wrap(f *Font, size float64, s string, w float64) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		next := word
		if cur != "" {
			next = cur + " " + word
		}
		if cur != "" && f.Width(size, next) > w {
			lines = append(lines, cur)
			cur = word
			continue
		}
		cur = next
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
