package parsers

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"

	"celedger"
)

// htmlTable reads an HTML page's tables as a workbook: what learning-
// management systems save as "Export to Excel" (an .xls name, HTML inside),
// and a transcript page saved from a browser. Each <table> is a sheet; its
// <tr> rows hold <td>/<th> cells (text, white space collapsed); text before
// the first table ("Learner: …") is rows of the first sheet's preamble.
// Parsing is golang.org/x/net/html's.
var htmlTable = Format{
	Name: "ce-generic-html",
	Match: func(name string, head []byte) bool {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".xls", ".htm", ".html", ".xhtml":
		default:
			return false
		}
		lower := bytes.ToLower(head[:min(len(head), 4096)])
		return bytes.Contains(lower, []byte("<table")) || bytes.Contains(lower, []byte("<html"))
	},
	Parse: parseHTMLTables,
}

func parseHTMLTables(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
	doc, err := html.Parse(io.NewSectionReader(r, 0, size))
	if err != nil {
		return celedger.Document{}, &celedger.ParseError{Path: path, Err: err}
	}
	var sheets []textSheet
	var before [][]string // text blocks before the first table
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "table" {
			s := textSheet{name: fmt.Sprintf("table %d", len(sheets)+1)}
			if len(sheets) == 0 {
				s.rows = append(s.rows, before...)
			}
			tableRows(n, &s.rows)
			sheets = append(sheets, s)
			return // a table inside a cell is read as its cell's text
		}
		if n.Type == html.ElementNode && len(sheets) == 0 && (n.Data == "p" || n.Data == "div" || n.Data == "h1" || n.Data == "h2" || n.Data == "h3") && !containsTable(n) {
			if t := nodeText(n); t != "" {
				before = append(before, labelCells(t))
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return readSheetTables(path, sheets, false, "html")
}

// tableRows appends a table's rows (its own, not a nested table's).
func tableRows(table *html.Node, rows *[][]string) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.Data == "tr":
				var cells []string
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.Data == "td" || td.Data == "th") {
						cells = append(cells, nodeText(td))
					}
				}
				*rows = append(*rows, cells)
			case c.Type == html.ElementNode && c.Data == "table":
				// a nested table belongs to its cell
			default:
				walk(c)
			}
		}
	}
	walk(table)
}

// labelCells splits "Learner: Jane Doe" into a label cell and a value
// cell, as a spreadsheet's preamble would hold them.
func labelCells(t string) []string {
	if label, value, ok := strings.Cut(t, ":"); ok && len(label) <= 40 {
		return []string{label + ":", strings.TrimSpace(value)}
	}
	return []string{t}
}

func containsTable(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "table" || containsTable(c) {
			return true
		}
	}
	return false
}

// nodeText is the text inside a node, white space collapsed; <br> is a
// space.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.Data == "br" || n.Data == "p" || n.Data == "div"):
			b.WriteByte(' ')
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapseSpace(b.String())
}
