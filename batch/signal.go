package batch

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
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
	handling.Store(true)
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
		handling.Store(false)
		close(done)
	}
}

// handling says a run's onSignal is listening: a signal is its to handle.
var handling atomic.Bool

// HandlingSignals reports whether a run is listening for SIGINT and
// SIGTERM (from the moment it holds -out until it ends); before that, a
// command's own handler ends the process, nothing having been written.
func HandlingSignals() bool { return handling.Load() }
