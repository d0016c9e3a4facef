package isolate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"celedger/parsers"
)

// envWorker marks a process started as a parse worker. The command's main
// (and a test binary's TestMain) calls Serve when IsWorker reports true.
const envWorker = "CELEDGER_PARSE_WORKER"

// IsWorker reports whether this process was started as a parse worker.
func IsWorker() bool { return os.Getenv(envWorker) == "1" }

// Serve is a worker's whole life: it reads jobs from in and answers on
// out until in ends, then returns the exit status. A parser that takes the
// process down (out of memory, stack overflow, a panic in a goroutine of a
// library) ends Serve with it; the run sees the worker die and fails the
// file it was reading.
func Serve(in io.Reader, out io.Writer) int {
	r := bufio.NewReaderSize(in, 64<<10)
	w := bufio.NewWriterSize(out, 64<<10)
	for {
		kind, meta, data, err := readMsg(r)
		if err == io.EOF {
			return 0
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "celedger: worker: %v\n", err)
			return 1
		}
		switch kind {
		case msgConfig:
			var c config
			if err := json.Unmarshal(meta, &c); err != nil {
				fmt.Fprintf(os.Stderr, "celedger: worker: config: %v\n", err)
				return 1
			}
			if err := configure(c); err != nil {
				fmt.Fprintf(os.Stderr, "celedger: worker: %v\n", err)
				return 1
			}
		case msgFile:
			var j fileJob
			if err := json.Unmarshal(meta, &j); err != nil {
				fmt.Fprintf(os.Stderr, "celedger: worker: job: %v\n", err)
				return 1
			}
			in := parsers.DiskInput(j.Path, j.File, j.Size)
			if j.File == "" {
				in = parsers.MemoryInput(j.Path, data)
			}
			f, doc := read(in)
			if err := writeMsg(w, msgFileResult, answerOf(parsers.Result{File: f, Doc: doc}), nil); err != nil {
				return 1
			}
		case msgRoster:
			var j rosterJob
			if err := json.Unmarshal(meta, &j); err != nil {
				fmt.Fprintf(os.Stderr, "celedger: worker: job: %v\n", err)
				return 1
			}
			if err := writeMsg(w, msgRosterResult, readRoster(j.Path), nil); err != nil {
				return 1
			}
		default:
			fmt.Fprintf(os.Stderr, "celedger: worker: unknown message %q\n", kind)
			return 1
		}
	}
}

// read reads one input; tests replace it to make a worker misbehave.
var read = parsers.Read

// workerGOGC is a worker's GOGC (see configure).
const workerGOGC = 400

// configure applies the run's limits to this process.
func configure(c config) error {
	parsers.Limit = c.Limits
	parsers.TmpDir = c.TmpDir
	if c.TmpDir != "" {
		// Anything else that asks the system for a temporary folder
		// writes under the run's folder too.
		os.Setenv("TMPDIR", c.TmpDir)
	}
	// A worker's live heap is a few megabytes, so at the default GOGC the
	// collector would run every 4 MB allocated — about a third more CPU
	// than the same reads in one process with a larger heap. Measured on
	// bench/run.sh 1000: 400 brings the total back to within a few percent.
	debug.SetGCPercent(workerGOGC)
	if c.MaxStack > 0 {
		debug.SetMaxStack(c.MaxStack)
	}
	if c.Memory > 0 {
		return limitMemory(c.Memory)
	}
	return nil
}

func readRoster(path string) rosterAnswer {
	people, problems, err := parsers.ReadRoster(path)
	a := rosterAnswer{People: people}
	for _, p := range problems {
		if n, ok := p.(parsers.RosterNote); ok {
			a.Notes = append(a.Notes, string(n))
			continue
		}
		a.Problems = append(a.Problems, p.Error())
	}
	if err != nil {
		a.Err = err.Error()
	}
	return a
}
