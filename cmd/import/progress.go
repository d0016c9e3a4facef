package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// progress draws "reading 12/40 [#####.....]" on standard error while
// files are read — only when standard error is a terminal, so CI logs,
// pipes and tests stay clean.
type progress struct {
	w     io.Writer // nil: quiet
	total int
	shown bool
}

const progressWidth = 30

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	if !ok || total < 2 {
		return &progress{}
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return &progress{}
	}
	return &progress{w: w, total: total}
}

func (p *progress) set(done int) {
	if p.w == nil {
		return
	}
	n := done * progressWidth / p.total
	fmt.Fprintf(p.w, "\rreading %d/%d [%s%s]", done, p.total, strings.Repeat("#", n), strings.Repeat(".", progressWidth-n))
	p.shown = true
}

// clear erases the bar so a message can take its line; the next set draws it again.
func (p *progress) clear() {
	if p.w != nil && p.shown {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", progressWidth+30))
		p.shown = false
	}
}

func (p *progress) done() { p.clear() }
