package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"celedger"
	"celedger/internal/hostilepdf"
)

// The hostile inputs of ../shared/cases/hostile-inputs (make_pdf_hostile.py,
// make_other_hostile.py), made here byte for byte the same way: tiny files
// that crashed or hung a whole run, and inputs that were dropped without a
// word. Each must fail alone inside a batch whose other file imports.

// hostileGood is the batch's good file; its person must be in the ledger.
const hostileGood = "ASCP CMP Transcript\nName: Ottilie Varnhagen\nDate Completed,Course Title,Credits Earned,Credit Type\n02/12/2025,Gram Stain Review,2,CMLE\n"

// fallbackXLSX is make_other_hostile.py's workbook: a worksheet declaring
// ISO-8859-1 with a cell in column XFD on each of rows data rows.
func fallbackXLSX(t *testing.T, rows int) []byte {
	const s = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	const r = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	c := func(ref, v string) string {
		return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v)
	}
	var body strings.Builder
	for i, row := range [][]string{{"ASCP CMP Transcript"}, {"Name: Xlsx Person"}, {"Date Completed", "Course Title", "Credits Earned", "Credit Type"}} {
		fmt.Fprintf(&body, `<row r="%d">`, i+1)
		for j, v := range row {
			body.WriteString(c(fmt.Sprintf("%c%d", 'A'+j, i+1), v))
		}
		body.WriteString("</row>")
	}
	for i := 4; i < 4+rows; i++ {
		fmt.Fprintf(&body, `<row r="%d">%s%s%s%s%s</row>`, i, c(fmt.Sprintf("A%d", i), "03/12/2024"), c(fmt.Sprintf("B%d", i), fmt.Sprintf("Course %d", i)),
			c(fmt.Sprintf("C%d", i), "1"), c(fmt.Sprintf("D%d", i), "CMLE"), c(fmt.Sprintf("XFD%d", i), "z"))
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook ` + s + ` ` + r + `><sheets><sheet name="T" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="ISO-8859-1"?><worksheet ` + s + `><sheetData>` + body.String() + `</sheetData></worksheet>`},
	} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p[1]))
	}
	zw.Close()
	return buf.Bytes()
}

// runHostile runs the command on the files with small limits: a parse
// worker may use 192 MiB and one file 2 s, so every hostile file fails in
// bounded time and memory.
func runHostile(t *testing.T, paths ...string) (int, celedger.Ledger, string) {
	t.Helper()
	out := t.TempDir()
	args := append([]string{"-out", out, "-q", "-as-of", "2026-11-24", "-cycle-end", "2027-06-30", "-workers", "2",
		"-max-parse-memory", "192", "-max-parse-time", "2s"}, paths...)
	code, _, stderr := runCLI(t, args...)
	return code, readLedger(t, out), stderr
}

func fileOf(l celedger.Ledger, base string) (celedger.FileResult, bool) {
	for _, f := range l.Files {
		if filepath.Base(f.Path) == base {
			return f, true
		}
	}
	return celedger.FileResult{}, false
}

func personPoints(l celedger.Ledger, name string) (celedger.Points, bool) {
	for _, p := range l.People {
		if p.Name == name {
			return p.Points, true
		}
	}
	return 0, false
}

// TestHostilePDFsFailAlone: each hostile PDF fails with a message, beside
// a transcript that imports; the run ends with exit 3.
func TestHostilePDFsFailAlone(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("parse workers run on Linux only; elsewhere these files can take the run down")
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good-transcript.csv")
	os.WriteFile(good, []byte(hostileGood), 0o644)
	for name, data := range hostilepdf.Files() {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			code, l, stderr := runHostile(t, p, good)
			f, ok := fileOf(l, name)
			if code != exitBadInput || !ok || f.Status == celedger.FileImported || f.Error == "" {
				t.Errorf("exit %d, %s: %+v\n%s", code, name, f, stderr)
			}
			if g, _ := fileOf(l, "good-transcript.csv"); g.Status != celedger.FileImported {
				t.Errorf("good transcript: %+v", g)
			}
			if pts, ok := personPoints(l, "Ottilie Varnhagen"); !ok || pts != 200 {
				t.Errorf("Ottilie Varnhagen: %v points (found %v)", pts, ok)
			}
			t.Logf("%s: %s: %s", name, f.Status, f.Error)
		})
	}
}

// TestHostileOtherInputs: the workbook that forced excelize's whole-sheet
// model imports in the streaming reader; two zip members of one name are
// both read; symbolic links are followed; a named pipe is refused at once.
func TestHostileOtherInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good-transcript.csv")
	os.WriteFile(good, []byte(hostileGood), 0o644)

	t.Run("xlsx-fallback", func(t *testing.T) {
		p := filepath.Join(dir, "f.xlsx")
		os.WriteFile(p, fallbackXLSX(t, 2000), 0o644)
		code, l, stderr := runHostile(t, p, good)
		f, _ := fileOf(l, "f.xlsx")
		if code != exitOK || f.Status != celedger.FileImported || f.Records != 2000 || len(f.Notes) == 0 || !strings.Contains(f.Notes[0], "cells right of column 1024 not read") {
			t.Errorf("exit %d, f.xlsx: %+v\n%s", code, f, stderr)
		}
	})

	t.Run("zip-duplicate-names", func(t *testing.T) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, who := range []string{"First Person", "Second Person"} {
			w, _ := zw.Create("cert.csv")
			w.Write([]byte(strings.Replace(hostileGood, "Ottilie Varnhagen", who, 1)))
		}
		zw.Close()
		p := filepath.Join(dir, "d.zip")
		os.WriteFile(p, buf.Bytes(), 0o644)
		code, l, stderr := runHostile(t, p)
		_, first := personPoints(l, "First Person")
		_, second := personPoints(l, "Second Person")
		if code != exitOK || !first || !second || len(l.Files) != 2 {
			t.Errorf("exit %d, people %v, files %+v\n%s", code, l.People, l.Files, stderr)
		}
	})

	t.Run("links-and-pipe", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("symbolic links and named pipes")
		}
		real := filepath.Join(dir, "links", "real")
		os.MkdirAll(real, 0o755)
		os.WriteFile(filepath.Join(real, "t.csv"), []byte(strings.Replace(hostileGood, "Ottilie Varnhagen", "Linked Person", 1)), 0o644)
		in := filepath.Join(dir, "links", "in")
		os.MkdirAll(in, 0o755)
		must := func(err error) {
			if err != nil {
				t.Fatal(err)
			}
		}
		must(os.Symlink("../real/t.csv", filepath.Join(in, "t.csv")))
		must(os.Symlink("real", filepath.Join(dir, "links", "dirlink")))
		fifo := filepath.Join(dir, "fifo.csv")
		must(syscall.Mkfifo(fifo, 0o644))

		code, l, stderr := runHostile(t, filepath.Join(dir, "links", "dirlink"), in, fifo, good)
		f, _ := fileOf(l, "fifo.csv")
		if code != exitBadInput || f.Status != celedger.FileFailed || f.Error != "not a regular file (a named pipe): not read" {
			t.Errorf("exit %d, fifo: %+v\n%s", code, f, stderr)
		}
		linked := 0
		for _, f := range l.Files {
			if filepath.Base(f.Path) == "t.csv" && f.Status == celedger.FileImported {
				linked++
			}
		}
		if linked != 2 {
			t.Errorf("%d linked transcripts imported, want 2 (the folder link and the file link): %+v", linked, l.Files)
		}
		if _, ok := personPoints(l, "Linked Person"); !ok {
			t.Errorf("Linked Person missing: %v", l.People)
		}
	})
}
