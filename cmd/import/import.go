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
	roster, ok := readRoster(cfg.roster, &ledger, stderr)
	if !ok {
		return exitError
	}
	records := readInputs(cfg.paths, &ledger, stderr)

	classifier := mapping.New()
	known := func(code string) bool { _, err := rules.ForCredential(code, cfg.asOf); return err == nil }
	for _, p := range reconcile.Assign(records, roster, cfg.name) {
		acts := make([]celedger.Activity, len(p.Records))
		for i, r := range p.Records {
			acts[i] = celedger.Activity{Record: r, Class: classifier.Classify(r.Title, r.Topic)}
		}
		for _, plan := range p.Plans(cfg.credentials, cfg.cycleEnd, cfg.asOf, known) {
			plan.Input.Activities = acts
			pl, err := rules.Reconcile(plan.Input)
			if err != nil {
				fmt.Fprintf(stderr, "celedger: error: %s: %v\n", p.Holder.Name, err)
				fmt.Fprintf(stderr, "celedger: hint: -credential takes one of: %v\n", rules.Codes())
				return exitUsage
			}
			p.Finish(&pl, plan)
			ledger.People = append(ledger.People, pl)
		}
	}

	if err := writeOutputs(cfg.out, &ledger); err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		return exitError
	}
	switch {
	case cfg.printJSON:
		report.WriteJSON(stdout, &ledger)
	case cfg.person != "":
		if report.WritePersonDetail(stdout, &ledger, cfg.person) == 0 {
			fmt.Fprintf(stderr, "celedger: error: no person %q in the ledger\n", cfg.person)
			fmt.Fprintln(stderr, "celedger: hint: -person takes a name or an ID as the summary prints it")
			return exitError
		}
	case !cfg.quiet:
		report.WriteSummary(stdout, &ledger)
		fmt.Fprintf(stdout, "wrote %s/ledger.json, ledger.csv, import-log.csv, report.html\n", cfg.out)
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
	bar := newProgress(stderr, len(inputs))
	defer bar.done()
	for i, in := range inputs {
		bar.set(i)
		res, doc := parsers.Read(in)
		ledger.Files = append(ledger.Files, res)
		if res.Status != celedger.FileImported || len(doc.Problems) > 0 {
			bar.clear()
		}
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

// readRoster reads the -roster file, if any, and lists it in the import
// log with its row problems. It reports false when the file cannot be read.
func readRoster(path string, ledger *celedger.Ledger, stderr io.Writer) ([]celedger.RosterEntry, bool) {
	if path == "" {
		return nil, true
	}
	roster, problems, err := parsers.ReadRoster(path)
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: roster: %v\n", err)
		fmt.Fprintln(stderr, "celedger: hint: -roster takes a CSV file with a header such as name,id,email,credential,cycle_end,department,shift")
		return nil, false
	}
	res := celedger.FileResult{Path: path, Format: "staff-roster", Status: celedger.FileImported, Records: len(roster)}
	for _, p := range problems {
		fmt.Fprintf(stderr, "celedger: roster: %v\n", p)
		res.Problems = append(res.Problems, p.Error())
	}
	if len(res.Problems) > 0 {
		res.Error = res.Problems[0]
	}
	ledger.Files = append(ledger.Files, res)
	return roster, true
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
		{"report.html", report.WriteHTML},
	}
	for _, o := range outputs {
		if err := report.WriteFile(dir, o.name, func(w io.Writer) error { return o.write(w, l) }); err != nil {
			return fmt.Errorf("writing %s: %w", o.name, err)
		}
	}
	return nil
}
