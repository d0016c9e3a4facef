package batch

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"celedger/internal/isolate"
	"celedger/internal/outdir"
)

// onSignal stops the run on SIGINT or SIGTERM: the parse workers are
// killed and the staging folder removed, so -out keeps the outputs of the
// last run that finished (or this run's, when they were already moved into
// place), and nothing of the run is left anywhere; then the process ends
// with status 1, the command's status for a run an error stopped. It
// returns the function that stops listening.
func onSignal(out *outdir.Dir, pool *isolate.Pool, dir string, msgs io.Writer) func() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			pool.Kill()
			out.Close() // waits for a move of the outputs under way
			fmt.Fprintf(msgs, "\nceledger: error: stopped by a signal (%v)\n", s)
			fmt.Fprintf(msgs, "celedger: hint: %s holds the outputs of the last run that finished; run again to bring them up to date\n", dir)
			os.Exit(1)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}
