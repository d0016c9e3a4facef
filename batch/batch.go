// Package batch is one import run: it reads the input files, assigns their
// records to people, reconciles each person's ledger and writes the outputs
// into an output folder, all or none.
//
//	res, err := batch.Run(batch.Options{Out: "ledger", AsOf: asOf, Paths: []string{"samples/"}})
//	// ledger/ledger.json, ledger.csv, ledger.xlsx, review.csv, import-log.csv,
//	// report.html, reminders.csv, changes.csv, declaration.csv, declaration/…
//	defer res.Close()
//	fmt.Println(len(res.Ledger.People), res.Failed) // 14 false
//
// The steps, in order: check the paths; open the output folder (its lock
// and staging folder, see internal/outdir) and the spools that keep the
// import log, the records and the ledger lines on disk (see
// internal/spool); read the -roster file and every input in the parse
// workers (see internal/isolate); read the decisions of an earlier review;
// assign records to people (a roster among the inputs serves its folder);
// map and reconcile each person once per credential; compare with the last
// run's ledger; write the outputs and move them into place together.
//
// The run speaks the command's words: what it reports as it goes (a file
// skipped or failed, a row problem, a note) is written to Options.Log as
// whole lines ("celedger: skipped: …"), and an error that stops it is an
// *Error whose text and hint name the flags the settings came from (-out,
// -roster, -credential). It knows nothing of terminals: progress goes to
// Options.Progress.
package batch

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"celedger"
	"celedger/internal/isolate"
	"celedger/internal/outdir"
	"celedger/mapping"
	"celedger/parsers"
	"celedger/reconcile"
	"celedger/report"
)

// Options are a run's settings: the command's flags, as values.
type Options struct {
	Out         string        // the output folder, created if missing
	AsOf        celedger.Date // the date the ledger is as of; zero: today
	Credentials []string      // credential codes to reconcile ("MLS"); empty: those the documents name, else MLS
	CycleEnd    celedger.Date // cycle end for people whose documents print none; zero: none
	Name        string        // the person of records that name nobody; "": "Unnamed"
	Roster      string        // a staff roster file (CSV or XLSX) serving every record; "": none, rosters among the inputs serve their folders
	// Overrides is the decisions file (a filled-in review.csv); "": the
	// decisions an earlier run's Out holds (overrides.csv, then the
	// decision column of review.csv), if any.
	Overrides string
	// Review says the decisions will be asked for after the run (the
	// command's -review), so a missing Overrides file is no error: the
	// review creates it.
	Review       bool
	Since        string // an earlier ledger.json to compare with; "": the one in Out
	AuditPackets bool   // also write audit/<ID>-<credential>.zip per person with counted points
	// PacketsFor limits the audit packets to the people it names, as the
	// command's -person names them (report.FindPeople); "": everyone.
	PacketsFor  string
	Limits      parsers.Limits // the readers' limits; the zero value: parsers.DefaultLimits
	Workers     int            // parse worker processes; <= 0: one per CPU
	ParseMemory int64          // bytes of memory one parse worker may use; 0: no limit
	ParseTime   time.Duration  // time one file may take to read; 0: no limit
	Paths       []string       // the input files and folders (.zip read in place)

	// Log receives what the run reports as it goes, one line at a time in
	// the command's words ("celedger: skipped: a.txt: …", "celedger:
	// note: …"); nil: discarded.
	Log io.Writer
	// Progress, when set, is called at the start of each phase — "reading"
	// files, "reconciling" people, "writing" files — with the number of
	// items the phase has; the run reports on the Progress it returns and
	// calls its Done when the phase ends.
	Progress func(phase, unit string, total int) Progress
}

// Progress shows how far one phase of a run is.
type Progress interface {
	Add()         // one more item done
	Set(done int) // done items in all
	Clear()       // a message line follows: make room for it
	Done()        // the phase has ended
}

// noProgress is the Progress of a run without Options.Progress.
type noProgress struct{}

func (noProgress) Add()    {}
func (noProgress) Set(int) {}
func (noProgress) Clear()  {}
func (noProgress) Done()   {}

func (o Options) progress(phase, unit string, total int) Progress {
	if o.Progress == nil {
		return noProgress{}
	}
	return o.Progress(phase, unit, total)
}

// Result is a finished run: its outputs are in Options.Out. The ledger's
// lines stay in a temporary file inside Out, the output folder stays
// locked and a signal still cleans up after the run (see Run), until
// Close.
type Result struct {
	// Ledger is what ledger.json holds; its Lines and FileLog are read
	// from disk, valid until Close.
	Ledger *celedger.Ledger
	// Changes is what changed since the last run (changes.csv);
	// Changes.Headline is its one-line summary.
	Changes report.Changes
	// Overrides are the decisions the run applied, read from
	// Options.Overrides, else from Out's overrides.csv and review.csv; a
	// review adds to them and saves them to Options.OverridesPath.
	Overrides mapping.Overrides
	// Failed says some input file could not be read: it is in the
	// outputs as failed, and every file that could be read is counted.
	Failed bool
	// Packets are the audit packets written, as paths under Out
	// ("audit/07654321-MLS.zip"), in the ledger's order.
	Packets []string

	undo []func() // what Close undoes, in the order it was set up
}

// Close lets the output folder go and removes the run's temporary files.
// It may be called more than once.
func (r *Result) Close() {
	for i := len(r.undo) - 1; i >= 0; i-- {
		r.undo[i]()
	}
	r.undo = nil
}

// Error is an error that stopped a run, in the words the command prints:
// one "error:" line per line of Err's text — or, when Err joins several
// errors (errors.Join), each of them in turn with its own hint — then
// the Hint.
type Error struct {
	Err   error
	Hint  string // advice on what to do; "" for none
	Usage bool   // caused by a setting or a file the user gave (a path, a credential, a decisions file), not by the run
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrNothingToRead is the cause of the Error of a run whose inputs hold no
// document (no transcript, certificate, roster or file that failed to
// read), or only a roster while Out holds a ledger the roster alone would
// replace with everyone at 0 points. Nothing is written.
var ErrNothingToRead = errors.New("nothing to read")

// worded is an error worded for people whose cause a caller can still
// test with errors.Is.
type worded struct {
	text  string
	cause error
}

func (e *worded) Error() string { return e.text }
func (e *worded) Unwrap() error { return e.cause }

// stop is the Error of a run that cannot go on.
func stop(err error, hint string) *Error { return &Error{Err: err, Hint: hint} }

// Run runs one import with opts and returns its result, to be closed.
// It checks the paths before anything is written; an error that stops the
// run is an *Error (a missing path's cause is fs.ErrNotExist, an empty
// input's ErrNothingToRead, a locked output folder's *outdir.ErrLocked),
// and the last run's outputs in Out are then as they were. While the run
// and its Result are open, SIGINT or SIGTERM kills the parse workers,
// removes the staging folder, writes why to Log and ends the process
// with status 1.
func Run(opts Options) (_ *Result, err error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.AsOf.IsZero() {
		opts.AsOf = celedger.DateOf(time.Now())
	}
	if opts.Limits == (parsers.Limits{}) {
		opts.Limits = parsers.DefaultLimits
	}
	if err := CheckPaths(opts); err != nil {
		return nil, err
	}
	msgs := opts.Log
	rules, err := reconcile.LoadRules()
	if err != nil {
		return nil, stop(fmt.Errorf("rules: %w", err), "")
	}
	parsers.Limit = opts.Limits
	// Everything the run writes goes into a staging folder inside Out,
	// and the outputs move into place together at the end (see
	// internal/outdir).
	if strings.HasPrefix(opts.Out, "-") {
		// "-out -q month1/": the flag's value forgotten, the next flag taken for it
		return nil, &Error{Err: fmt.Errorf("-out %s: a folder named like a flag", opts.Out), Hint: "give -out a folder (-out ledger); a folder whose name starts with - can be given as ./" + opts.Out, Usage: true}
	}
	if fi, statErr := os.Stat(opts.Out); statErr == nil && !fi.IsDir() {
		return nil, &Error{Err: fmt.Errorf("-out %s is a file, not a folder", opts.Out), Hint: "give a folder for the outputs (it is made when missing)", Usage: true}
	}
	out, err := outdir.Open(opts.Out)
	if err != nil {
		var locked *outdir.ErrLocked
		if errors.As(err, &locked) {
			return nil, stop(fmt.Errorf("-out %w", err), "wait for that run to end, or give another -out")
		}
		return nil, stop(fmt.Errorf("-out: %w", err), "")
	}
	res := &Result{undo: []func(){out.Close}}
	defer func() {
		if err != nil {
			res.Close()
		}
	}()
	// Readers and writers put their temporary files there too.
	parsers.TmpDir, report.TmpDir = out.Tmp(), out.Tmp()
	res.undo = append(res.undo, func() { parsers.TmpDir, report.TmpDir = "", "" })
	// The import log, the records and each person's ledger lines wait on
	// disk for the steps that read them again (see internal/spool).
	sp, err := openSpools(out.Tmp())
	if err != nil {
		return nil, stop(fmt.Errorf("-out: %w", err), "")
	}
	res.undo = append(res.undo, sp.close)
	pool := isolate.New(isolate.Options{Workers: opts.Workers, Memory: opts.ParseMemory, Timeout: opts.ParseTime, Limits: opts.Limits, TmpDir: out.Tmp()})
	res.undo = append(res.undo, pool.Close, onSignal(out, pool, opts.Out, msgs))
	log := sp.log
	ledger := celedger.Ledger{AsOf: opts.AsOf, People: []celedger.PersonLedger{}, FileLog: sp.log, Lines: sp.lines}

	roster, err := readRoster(pool, opts.Roster, log, msgs)
	if err != nil {
		return nil, err
	}
	mentions, err := readInputs(pool, opts, sp.records, log)
	if err != nil {
		return nil, stop(err, "")
	}
	if log.read == 0 && !log.failed && opts.Roster == "" && len(log.rosters) == 0 {
		// Nothing found to read (a folder of other files, or only
		// celedger's own outputs): the outputs of the last run stay, never
		// replaced by an empty ledger. (A file that failed is reported in
		// the outputs, so that run writes them.)
		return nil, stop(&worded{"no transcript, certificate or roster found in " + strings.Join(opts.Paths, ", "), ErrNothingToRead},
			fmt.Sprintf("nothing was written; the outputs in %s are as the last run left them", opts.Out))
	}
	if log.read == 0 && !log.failed && outdir.Outputs(opts.Out)["ledger.json"] {
		// A roster and a folder with no documents (a mistyped month's
		// folder) would replace last month's ledger with everyone at 0.
		return nil, stop(&worded{fmt.Sprintf("no transcript or certificate found in %s; the roster alone would replace the ledger in %s with everyone at 0 points", strings.Join(opts.Paths, ", "), opts.Out), ErrNothingToRead},
			"nothing was written; to start a ledger from the roster alone, give a new -out")
	}
	overrides, from, err := readOverrides(opts)
	if err != nil {
		hint := `a decision is an area ID or "exclude"; fix the file or leave the cell empty`
		if strings.Contains(err.Error(), "column (found:") {
			hint = "-overrides takes a review.csv as a run wrote it, with its decision column filled in"
		}
		return nil, &Error{Err: err, Hint: hint, Usage: true}
	}
	if n := overrides.Len(); n == 1 {
		fmt.Fprintf(msgs, "celedger: note: 1 decision from %s\n", strings.Join(from, " and "))
	} else if n > 1 {
		fmt.Fprintf(msgs, "celedger: note: %d decisions from %s\n", n, strings.Join(from, " and "))
	}
	for _, n := range overrides.Notes() {
		fmt.Fprintf(msgs, "celedger: note: %s\n", n)
	}
	if dir := filepath.Dir(opts.Since); opts.Since != "" && opts.Overrides == "" && filepath.Clean(dir) != filepath.Clean(opts.Out) && outdir.Outputs(dir)["review.csv"] {
		noteOtherDecisions(filepath.Join(dir, "review.csv"), msgs) // -since names last month's folder: its decisions are there
	}
	people, err := assignPeople(pool, mentions, roster, opts, log, msgs)
	if err != nil {
		return nil, stop(err, "")
	}
	hintRosterAbove(people, opts, msgs)
	if err := reconcileAll(people, sp, rules, overrides, opts, &ledger); err != nil {
		return nil, err
	}

	report.OutDir = opts.Out // evidence links in report.html are relative to it
	changes := sinceLastRun(opts, &ledger)
	report.Since = &changes
	res.undo = append(res.undo, func() { report.Since = nil })
	if res.Packets, err = writeOutputs(out, &ledger, changes, opts); err != nil {
		var e *Error
		if errors.As(err, &e) {
			return nil, e // it says what to do
		}
		return nil, stop(err, fmt.Sprintf("the outputs in %s are as the last finished run left them", opts.Out))
	}
	res.Ledger, res.Changes, res.Overrides, res.Failed = &ledger, changes, overrides, log.failed
	return res, nil
}

// reconcileAll maps each person's records and reconciles them, once per
// credential, into the ledger: the standing into People, the lines into
// the spool behind ledger.Lines.
func reconcileAll(people []reconcile.Person, sp *spools, rules *reconcile.Rules, overrides mapping.Overrides,
	opts Options, ledger *celedger.Ledger) error {
	classifier, err := mapping.New()
	if err != nil {
		return stop(fmt.Errorf("mapping: %w", err), "")
	}
	hashes, err := sp.log.repeated()
	if err != nil {
		return stop(err, "")
	}
	known := func(code string) bool { _, err := rules.ForCredential(code, opts.AsOf); return err == nil }
	bar := opts.progress("reconciling", "people", len(people))
	defer bar.Done()
	for _, p := range people {
		bar.Add()
		acts := make([]celedger.Activity, len(p.Rows))
		for i, row := range p.Rows {
			r, err := sp.records.Get(row)
			if err != nil {
				return stop(err, "")
			}
			acts[i] = celedger.Activity{Record: r, Class: overrides.Apply(r.Title, r.Provider, classifier.Classify(r.Title, r.Topic))}
		}
		for _, plan := range p.Plans(opts.Credentials, opts.CycleEnd, opts.AsOf, known) {
			plan.Input.Activities = acts
			plan.Input.FileHashes = hashes
			pl, err := rules.Reconcile(plan.Input)
			if err != nil {
				return &Error{Err: fmt.Errorf("%s: %w", p.Holder.Name, err), Hint: fmt.Sprintf("-credential takes one of: %v", rules.Codes()), Usage: true}
			}
			p.Finish(&pl, plan)
			if _, err := sp.lines.Add(pl.Activities); err != nil {
				return stop(err, "")
			}
			pl.Activities = nil
			ledger.People = append(ledger.People, pl)
		}
	}
	return nil
}
