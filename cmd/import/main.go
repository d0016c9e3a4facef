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
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"celedger/batch"
	"celedger/internal/isolate"
)

func main() {
	if isolate.IsWorker() {
		os.Exit(isolate.Serve(os.Stdin, os.Stdout))
	}
	stopEarly := onEarlySignal(os.Stderr)
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopEarly()
	os.Exit(code)
}

// onEarlySignal ends the process with status 1 on SIGINT or SIGTERM that
// comes while no run is listening (before it holds -out: the flags, the
// paths' check), as the README promises for a signal, instead of the
// runtime's default death by the signal; a run's own handler
// (batch.HandlingSignals) does the rest. It returns the function that
// stops listening.
func onEarlySignal(stderr io.Writer) func() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		for s := range sigs {
			if batch.HandlingSignals() {
				continue
			}
			fmt.Fprintf(stderr, "\nceledger: error: stopped by a signal (%v) before the run began; nothing was written\n", s)
			os.Exit(exitError)
		}
	}()
	return func() { signal.Stop(sigs) }
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
