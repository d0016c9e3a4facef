package main

import (
	"fmt"
	"io"
	"path/filepath"

	"celedger/batch"
	"celedger/mapping"
	"celedger/report"
)

// reviewStep walks the uncertain lines on the terminal and saves the
// decisions, the run's and the new ones, for the next run.
func reviewStep(cfg config, res *batch.Result, stdin io.Reader, stdout io.Writer) int {
	items, err := mapping.ReviewItems(res.Ledger)
	if err != nil {
		fmt.Fprintf(stdout, "review: %v\n", err)
		return exitError
	}
	held := 0 // lines that wait for whose they are, which the picker does not ask
	for i := range res.Ledger.People {
		if p := &res.Ledger.People[i]; p.HeldPerson() {
			held += p.ReviewCount
		}
	}
	if held > 0 {
		fmt.Fprintf(stdout, "review: %d %s wait for whose they are (a name two roster people share): write the roster ID in the assign_to column of %s\n",
			held, report.Plural(held, "line", "lines"), filepath.Join(cfg.run.Out, "review.csv"))
	}
	if len(items) == 0 {
		fmt.Fprintln(stdout, "review: no line waits for an area")
		return exitOK
	}
	fmt.Fprintf(stdout, "review: %d %s to decide\n", len(items), report.Plural(len(items), "title", "titles"))
	ov := res.Overrides
	path := cfg.run.OverridesPath()
	save := func() error { // after every decision: Ctrl-C keeps what was decided
		return report.WriteFile(filepath.Dir(path), filepath.Base(path), func(w io.Writer) error { return mapping.WriteOverrides(w, ov) })
	}
	n, err := mapping.Review(items, stdin, stdout, &ov, save)
	if err != nil {
		fmt.Fprintf(stdout, "review: %v\n", err)
		if n > 0 {
			return exitError
		}
	}
	if n == 0 {
		fmt.Fprintln(stdout, "review: no decisions made")
		return exitOK
	}
	fmt.Fprintf(stdout, "review: saved %d %s to %s (%d in all)\n", n, report.Plural(n, "decision", "decisions"), path, ov.Len())
	if cfg.run.Overrides == "" {
		fmt.Fprintf(stdout, "review: the next run with -out %s counts them\n", cfg.run.Out)
	} else {
		fmt.Fprintf(stdout, "review: run again with -overrides %s to count them\n", path)
	}
	return exitOK
}
