// Command import reads CE transcripts and certificates and reconciles them
// into a CMP points ledger.
//
//	go run ./cmd/import -out ledger samples/
//
// It writes ledger.json, ledger.csv, ledger.xlsx, review.csv, import-log.csv,
// report.html (with people-N.html pages for a large staff) and
// reminders.csv into -out and prints a summary per person. Exit status:
// 0 done; 1 an error stopped the run; 2 bad usage; 3 done, but some input
// file could not be read.
package main

import (
	"io"
	"os"

	"celedger/internal/isolate"
)

func main() {
	if isolate.IsWorker() {
		os.Exit(isolate.Serve(os.Stdin, os.Stdout))
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK       = 0
	exitError    = 1
	exitUsage    = 2
	exitBadInput = 3
)

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, code := parseFlags(args, stderr)
	if code >= 0 {
		return code
	}
	if cfg.explain {
		return explainFiles(cfg.run.Paths, stdout, stderr)
	}
	return importAll(cfg, stdin, stdout, stderr)
}
