// Package report writes the views of a ledger: ledger.json (the contract),
// ledger.csv (one row per activity), import-log.csv (one row per input
// file) and the terminal summary. Every view is computed from the Ledger
// value alone, so they always agree.
package report

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"

	"celedger"
)

// WriteJSON writes ledger.json, indented, with a final newline.
func WriteJSON(w io.Writer, l *celedger.Ledger) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(l)
}

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
	if err := write(tmp); err != nil {
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
