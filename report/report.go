// Package report writes the views of a ledger: ledger.json (the contract),
// ledger.csv (one row per activity), import-log.csv (one row per input
// file) and the terminal summary. Every view is computed from the Ledger
// value alone, so they always agree.
package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"celedger"
)

// WriteJSON writes ledger.json, indented, with a final newline. It gives
// the bytes json.Encoder gives for the whole Ledger, but encodes one file
// and one person at a time, so a ledger of thousands of people never sits
// in memory a second time as JSON.
func WriteJSON(w io.Writer, l *celedger.Ledger) error {
	bw := bufio.NewWriter(w)
	asOf, err := json.Marshal(l.AsOf)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "{\n  \"as_of\": %s,\n  \"files\": ", asOf)
	files := func(put func(v any) error) error {
		return l.EachFile(func(f *celedger.FileResult) error { return put(f) })
	}
	if err := writeJSONArray(bw, l.Files == nil && l.FileLog == nil, files); err != nil {
		return err
	}
	bw.WriteString(",\n  \"people\": ")
	people := func(put func(v any) error) error {
		return l.Each(nil, func(_ int, p *celedger.PersonLedger) error { return put(p) })
	}
	if err := writeJSONArray(bw, l.People == nil, people); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// writeJSONArray writes a field's array value of the indented Ledger: null
// when the field is nil, else the elements each puts, one by one.
func writeJSONArray(w *bufio.Writer, isNil bool, each func(put func(v any) error) error) error {
	if isNil {
		_, err := w.WriteString("null")
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	n := 0
	err := each(func(v any) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		if n == 0 {
			w.WriteString("[")
		} else {
			w.WriteString(",")
		}
		n++
		w.WriteString("\n    ")
		_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	})
	if err != nil {
		return err
	}
	if n == 0 {
		_, err = w.WriteString("[]")
		return err
	}
	_, err = w.WriteString("\n  ]")
	return err
}

// TmpDir is where the writers put temporary files (ledger.xlsx's parts
// before they are sorted, excelize's spilled sheets); "" is the system's
// temporary folder. batch.Run sets it to a folder inside -out.
var TmpDir string

// WriteFile writes one output through a temporary file in the same folder
// and renames it into place, so an interrupted run never leaves a
// half-written output. name must be a plain file name: outputs never leave dir.
func WriteFile(dir, name string, write func(io.Writer) error) error {
	if filepath.Base(name) != name {
		return &os.PathError{Op: "write", Path: name, Err: os.ErrInvalid}
	}
	tmp, err := os.CreateTemp(dir, "."+name+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	// Buffered: the writers make many small writes (a template, a CSV row).
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, name))
}
