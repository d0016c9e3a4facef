package main

import (
	"fmt"
	"io"
	"os"

	"celedger"
	"celedger/mapping"
	"celedger/parsers"
	"celedger/reconcile"
	"celedger/report"
)

// importAll runs the whole job: read, map, reconcile, write.
func importAll(cfg config, stdout, stderr io.Writer) int {
	rules, err := reconcile.LoadRules()
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: rules: %v\n", err)
		return exitError
	}
	ledger := celedger.Ledger{AsOf: cfg.asOf, Files: []celedger.FileResult{}, People: []celedger.PersonLedger{}}
	records := readInputs(cfg.paths, &ledger, stderr)

	classifier := mapping.New()
	people := reconcile.Group(records, cfg.name)
	for _, p := range people {
		acts := make([]celedger.Activity, len(p.Records))
		for i, r := range p.Records {
			acts[i] = celedger.Activity{Record: r, Class: classifier.Classify(r.Title, r.Topic)}
		}
		for _, in := range reconcileInputs(p, cfg, acts) {
			pl, err := rules.Reconcile(in)
			if err != nil {
				fmt.Fprintf(stderr, "celedger: error: %s: %v\n", p.Holder.Name, err)
				fmt.Fprintf(stderr, "celedger: hint: -credential takes one of: %v\n", rules.Codes())
				return exitUsage
			}
			ledger.People = append(ledger.People, pl)
		}
	}

	if err := writeOutputs(cfg.out, &ledger); err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		return exitError
	}
	if cfg.printJSON {
		report.WriteJSON(stdout, &ledger)
	} else if !cfg.quiet {
		report.WriteSummary(stdout, &ledger)
		fmt.Fprintf(stdout, "wrote %s/ledger.json, ledger.csv, ledger.xlsx, import-log.csv\n", cfg.out)
	}
	for _, f := range ledger.Files {
		if f.Status == celedger.FileFailed {
			return exitBadInput
		}
	}
	return exitOK
}

// readInputs reads every input file into the ledger's file list and
// returns the records, reporting every problem on stderr.
func readInputs(paths []string, ledger *celedger.Ledger, stderr io.Writer) []celedger.Record {
	inputs, bad := parsers.Discover(paths)
	ledger.Files = append(ledger.Files, bad...)
	for _, b := range bad {
		fmt.Fprintf(stderr, "celedger: error: %s: %s\n", b.Path, b.Error)
	}
	var records []celedger.Record
	for _, in := range inputs {
		res, doc := parsers.Read(in)
		ledger.Files = append(ledger.Files, res)
		switch res.Status {
		case celedger.FileFailed:
			fmt.Fprintf(stderr, "celedger: error: %s: %s\n", res.Path, res.Error)
		case celedger.FileSkipped:
			fmt.Fprintf(stderr, "celedger: skipped: %s: %s\n", res.Path, res.Error)
		}
		for _, p := range doc.Problems {
			fmt.Fprintf(stderr, "celedger: %v\n", p)
		}
		records = append(records, doc.Records...)
	}
	return records
}

// reconcileInputs makes one reconcile input per credential of a person:
// the -credential flags when given, else the credential the documents
// print, else MLS.
func reconcileInputs(p reconcile.Person, cfg config, acts []celedger.Activity) []reconcile.Input {
	creds := cfg.credentials
	if len(creds) == 0 && p.Holder.Credential != "" {
		creds = []string{p.Holder.Credential}
	}
	if len(creds) == 0 {
		creds = []string{"MLS"}
	}
	cycleEnd, source := p.Holder.CycleEnd, p.Cycle
	cycleStart := p.Holder.CycleStart
	if cycleEnd.IsZero() && !cfg.cycleEnd.IsZero() {
		cycleEnd, source, cycleStart = cfg.cycleEnd, "-cycle-end", celedger.Date{}
	}
	var out []reconcile.Input
	for _, c := range creds {
		out = append(out, reconcile.Input{
			Holder: p.Holder, Credential: c, CycleStart: cycleStart, CycleEnd: cycleEnd,
			CycleSource: source, AsOf: cfg.asOf, Activities: acts,
		})
	}
	return out
}

// writeOutputs writes every output file into dir.
func writeOutputs(dir string, l *celedger.Ledger) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	outputs := []struct {
		name  string
		write func(io.Writer, *celedger.Ledger) error
	}{
		{"ledger.json", report.WriteJSON},
		{"ledger.csv", report.WriteLedgerCSV},
		{"import-log.csv", report.WriteImportLog},
		{"ledger.xlsx", report.WriteXLSX},
	}
	for _, o := range outputs {
		if err := report.WriteFile(dir, o.name, func(w io.Writer) error { return o.write(w, l) }); err != nil {
			return fmt.Errorf("writing %s: %w", o.name, err)
		}
	}
	return nil
}
