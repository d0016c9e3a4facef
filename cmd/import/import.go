package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"celedger/batch"
	"celedger/report"
)

// importAll runs the import (batch.Run) with the terminal's progress bar,
// prints what the flags ask for, runs the review when asked, and turns the
// outcome into an exit status.
func importAll(cfg config, stdin io.Reader, stdout, stderr io.Writer) int {
	opts := cfg.run
	opts.Log = stderr
	opts.Progress = func(phase, unit string, total int) batch.Progress { return newProgress(stderr, phase, unit, total) }
	res, err := batch.Run(opts)
	if err != nil {
		return fail(stderr, err)
	}
	defer res.Close()
	if code := printResult(cfg, res, stdout, stderr); code != exitOK {
		return code
	}
	if cfg.review {
		prompts := stdout
		if cfg.printJSON {
			prompts = stderr // keep standard output pure JSON
		}
		if code := reviewStep(cfg, res, stdin, prompts); code != exitOK {
			fmt.Fprintf(stderr, "celedger: error: review: could not save the decisions\n")
			return code
		}
	}
	if res.Failed {
		return exitBadInput
	}
	return exitOK
}

// fail prints an error that stopped the run and returns the exit status
// it means: exitUsage for a batch.Error the user's input caused, else
// exitError.
func fail(stderr io.Writer, err error) int {
	printError(stderr, err)
	var e *batch.Error
	if errors.As(err, &e) && e.Usage {
		return exitUsage
	}
	return exitError
}

// printError prints err as "celedger: error:" lines, one per line of its
// text, and a batch.Error's hint under them; a batch.Error that joins
// several errors prints each in turn first.
func printError(stderr io.Writer, err error) {
	e, ok := err.(*batch.Error)
	if !ok {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "celedger: error: %s\n", line)
		}
		return
	}
	if joined, ok := e.Err.(interface{ Unwrap() []error }); ok {
		for _, part := range joined.Unwrap() {
			printError(stderr, part)
		}
	} else {
		printError(stderr, e.Err)
	}
	if e.Hint != "" {
		fmt.Fprintf(stderr, "celedger: hint: %s\n", e.Hint)
	}
}

// printResult prints what the flags ask for on standard output: the
// ledger as JSON, one person's lines, or the summary.
func printResult(cfg config, res *batch.Result, stdout, stderr io.Writer) int {
	var err error
	ledger := res.Ledger
	switch {
	case cfg.printJSON:
		err = report.WriteJSON(stdout, ledger)
	case cfg.person != "":
		var n int
		n, err = report.WritePersonDetail(stdout, ledger, cfg.person)
		if err == nil && n == 0 {
			fmt.Fprintf(stderr, "celedger: error: no person %q in the ledger\n", cfg.person)
			if near := report.NearestNames(ledger, cfg.person); len(near) > 0 {
				fmt.Fprintf(stderr, "celedger: hint: did you mean %s?\n", quoted(near))
			} else {
				fmt.Fprintln(stderr, "celedger: hint: -person takes a name or an ID as the summary prints it")
			}
			return exitError
		}
		for _, p := range res.Packets {
			fmt.Fprintf(stdout, "wrote %s\n", filepath.Join(cfg.run.Out, p))
		}
	case !cfg.quiet:
		fmt.Fprintln(stdout, res.Changes.Headline())
		if err = report.WriteSummary(stdout, ledger, cfg.show); err == nil {
			packets := ""
			if cfg.run.AuditPackets {
				packets = fmt.Sprintf(", %d audit %s (audit/)", len(res.Packets), report.Plural(len(res.Packets), "packet", "packets"))
			}
			fmt.Fprintf(stdout, "wrote %s/ledger.json, ledger.csv, ledger.xlsx, review.csv, import-log.csv, report.html, reminders.csv, changes.csv, declaration.csv and a worksheet per person%s\n", cfg.run.Out, packets)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		return exitError
	}
	return exitOK
}

// quoted joins names as "A", "B" or "C".
func quoted(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
