package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows a run's phase on standard error — "reading 12/40 files
// [====>    ] (8 files/s) [2s:3s]", then "reconciling", then "writing" —
// only when standard error is a terminal, so CI logs, pipes and tests
// stay clean. It draws with github.com/schollz/progressbar.
type progress struct {
	bar *progressbar.ProgressBar // nil: quiet
}

// newProgress starts a phase over total items (files, people, outputs),
// named as the unit of its rate.
func newProgress(w io.Writer, phase, unit string, total int) *progress {
	if total < 2 || !terminal(w) {
		return &progress{}
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(phase),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString(unit),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

// terminal reports whether w is a character device (a terminal).
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// Set shows done items of the phase.
func (p *progress) Set(done int) {
	if p.bar != nil {
		p.bar.Set(done)
	}
}

// Add shows one more item done.
func (p *progress) Add() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// Clear erases the bar so a message can take its line; the next Set
// draws it again.
func (p *progress) Clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

// Done ends the phase and erases the bar.
func (p *progress) Done() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}
