package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"celedger"
	"celedger/internal/isolate"
	"celedger/internal/outdir"
	"celedger/internal/spool"
	"celedger/mapping"
	"celedger/parsers"
	"celedger/reconcile"
	"celedger/report"
)

// importAll runs the whole job: read, map, reconcile, write.
func importAll(cfg config, stdin io.Reader, stdout, stderr io.Writer) int {
	rules, err := reconcile.LoadRules()
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: rules: %v\n", err)
		return exitError
	}
	parsers.Limit = cfg.limits
	// Everything the run writes goes into a staging folder inside -out,
	// and the outputs move into place together at the end (see
	// internal/outdir).
	out, err := outdir.Open(cfg.out)
	if err != nil {
		var locked *outdir.ErrLocked
		if errors.As(err, &locked) {
			fmt.Fprintf(stderr, "celedger: error: -out %v\n", err)
			fmt.Fprintln(stderr, "celedger: hint: wait for that run to end, or give another -out")
			return exitError
		}
		fmt.Fprintf(stderr, "celedger: error: -out: %v\n", err)
		return exitError
	}
	defer out.Close()
	// Readers and writers put their temporary files there too.
	parsers.TmpDir, report.TmpDir = out.Tmp(), out.Tmp()
	defer func() { parsers.TmpDir, report.TmpDir = "", "" }()
	// The import log, the records and each person's ledger lines wait on
	// disk for the steps that read them again (see internal/spool).
	sp, err := openSpools(out.Tmp())
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: -out: %v\n", err)
		return exitError
	}
	defer sp.close()
	pool := isolate.New(isolate.Options{Workers: cfg.workers, Memory: cfg.parseMemory, Timeout: cfg.parseTime, Limits: cfg.limits, TmpDir: out.Tmp()})
	defer pool.Close()
	stop := onSignal(out, pool, cfg.out, stderr)
	defer stop()
	log := sp.log
	ledger := celedger.Ledger{AsOf: cfg.asOf, People: []celedger.PersonLedger{}, FileLog: sp.log, Lines: sp.lines}

	roster, ok := readRoster(pool, cfg.roster, log, stderr)
	if !ok {
		return exitError
	}
	mentions, err := readInputs(pool, cfg.paths, sp.records, log, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		return exitError
	}
	if log.read == 0 && !log.failed && cfg.roster == "" && len(log.rosters) == 0 {
		// Nothing found to read (a folder of other files, or only
		// celedger's own outputs): the outputs of the last run stay, never
		// replaced by an empty ledger. (A file that failed is reported in
		// the outputs, so that run writes them.)
		fmt.Fprintf(stderr, "celedger: error: no transcript, certificate or roster found in %s\n", strings.Join(cfg.paths, ", "))
		fmt.Fprintf(stderr, "celedger: hint: nothing was written; the outputs in %s are as the last run left them\n", cfg.out)
		return exitError
	}
	if log.read == 0 && !log.failed && outdir.Outputs(cfg.out)["ledger.json"] {
		// A roster and a folder with no documents (a mistyped month's
		// folder) would replace last month's ledger with everyone at 0.
		fmt.Fprintf(stderr, "celedger: error: no transcript or certificate found in %s; the roster alone would replace the ledger in %s with everyone at 0 points\n", strings.Join(cfg.paths, ", "), cfg.out)
		fmt.Fprintf(stderr, "celedger: hint: nothing was written; to start a ledger from the roster alone, give a new -out\n")
		return exitError
	}
	overrides, from, err := readOverrides(cfg)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "celedger: error: %s\n", line)
		}
		fmt.Fprintf(stderr, "celedger: hint: a decision is an area ID or \"exclude\"; fix the file or leave the cell empty\n")
		return exitUsage
	}
	if n := overrides.Len(); n > 0 {
		fmt.Fprintf(stderr, "celedger: note: %d %s from %s\n", n, plural(n, "decision", "decisions"), strings.Join(from, " and "))
	}
	people, err := assignPeople(pool, mentions, roster, cfg, log, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		return exitError
	}
	if code := reconcileAll(people, sp, rules, overrides, cfg, &ledger, stderr); code != exitOK {
		return code
	}

	report.OutDir = cfg.out // evidence links in report.html are relative to it
	changes := sinceLastRun(cfg, &ledger, stderr)
	report.Since = &changes
	defer func() { report.Since = nil }()
	if err := writeOutputs(out, &ledger, changes, cfg.auditPacket, stderr); err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		fmt.Fprintf(stderr, "celedger: hint: the outputs in %s are as the last finished run left them\n", cfg.out)
		return exitError
	}
	if code := printResult(cfg, &ledger, stdout, stderr); code != exitOK {
		return code
	}
	if cfg.review {
		prompts := stdout
		if cfg.printJSON {
			prompts = stderr // keep standard output pure JSON
		}
		if code := reviewStep(cfg, &ledger, overrides, stdin, prompts); code != exitOK {
			fmt.Fprintf(stderr, "celedger: error: review: could not save the decisions\n")
			return code
		}
	}
	if log.failed {
		return exitBadInput
	}
	return exitOK
}

// reconcileAll maps each person's records and reconciles them, once per
// credential, into the ledger: the standing into People, the lines into
// the spool behind ledger.Lines.
func reconcileAll(people []reconcile.Person, sp *spools, rules *reconcile.Rules, overrides mapping.Overrides,
	cfg config, ledger *celedger.Ledger, stderr io.Writer) int {
	classifier, err := mapping.New()
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: mapping: %v\n", err)
		return exitError
	}
	hashes, err := sp.log.repeated()
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		return exitError
	}
	known := func(code string) bool { _, err := rules.ForCredential(code, cfg.asOf); return err == nil }
	bar := newProgress(stderr, "reconciling", "people", len(people))
	defer bar.done()
	for _, p := range people {
		bar.add()
		acts := make([]celedger.Activity, len(p.Rows))
		for i, row := range p.Rows {
			r, err := sp.records.Get(row)
			if err != nil {
				fmt.Fprintf(stderr, "celedger: error: %v\n", err)
				return exitError
			}
			acts[i] = celedger.Activity{Record: r, Class: overrides.Apply(r.Title, r.Provider, classifier.Classify(r.Title, r.Topic))}
		}
		for _, plan := range p.Plans(cfg.credentials, cfg.cycleEnd, cfg.asOf, known) {
			plan.Input.Activities = acts
			plan.Input.FileHashes = hashes
			pl, err := rules.Reconcile(plan.Input)
			if err != nil {
				fmt.Fprintf(stderr, "celedger: error: %s: %v\n", p.Holder.Name, err)
				fmt.Fprintf(stderr, "celedger: hint: -credential takes one of: %v\n", rules.Codes())
				return exitUsage
			}
			p.Finish(&pl, plan)
			if _, err := sp.lines.Add(pl.Activities); err != nil {
				fmt.Fprintf(stderr, "celedger: error: %v\n", err)
				return exitError
			}
			pl.Activities = nil
			ledger.People = append(ledger.People, pl)
		}
	}
	return exitOK
}

// printResult prints what the flags ask for on standard output: the
// ledger as JSON, one person's lines, or the summary.
func printResult(cfg config, ledger *celedger.Ledger, stdout, stderr io.Writer) int {
	var err error
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
	case !cfg.quiet:
		if report.Since != nil {
			fmt.Fprintln(stdout, report.Since.Headline())
		}
		if err = report.WriteSummary(stdout, ledger, cfg.show); err == nil {
			fmt.Fprintf(stdout, "wrote %s/ledger.json, ledger.csv, ledger.xlsx, review.csv, import-log.csv, report.html, reminders.csv, changes.csv, declaration.csv and a worksheet per person\n", cfg.out)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		return exitError
	}
	return exitOK
}

// readInputs reads every input file into the import log and the records
// into their spool, reporting every problem on stderr. It returns each
// record's mention, for assignment; the error is a spool's. Files are
// read by the pool's workers and merged in path order, so the result does
// not depend on the number of workers.
func readInputs(pool *isolate.Pool, paths []string, records *spool.Spool[celedger.Record], log *importLog, stderr io.Writer) (*reconcile.Mentions, error) {
	inputs, bad := parsers.Discover(paths)
	var spoolErr error
	own := 0
	for _, b := range bad {
		if b.Format == parsers.OwnFileFormat {
			own++ // logged below; one line for them all
		} else if b.Status == celedger.FileSkipped {
			fmt.Fprintf(stderr, "celedger: skipped: %s: %s\n", b.Path, b.Error)
		} else {
			fmt.Fprintf(stderr, "celedger: error: %s: %s\n", b.Path, b.Error)
		}
		if err := log.add(b); err != nil {
			return nil, err
		}
	}
	if own > 0 {
		fmt.Fprintf(stderr, "celedger: note: %d outputs of an earlier run not read; see import-log.csv\n", own)
	}
	var mentions reconcile.Mentions
	bar := newProgress(stderr, "reading", "files", len(inputs))
	defer bar.done()
	pool.ReadAll(inputs, func(r parsers.Result) {
		res, doc := r.File, r.Doc
		if spoolErr == nil {
			spoolErr = log.add(res)
		}
		if res.Status != celedger.FileImported || len(doc.Problems) > 0 {
			bar.clear()
		}
		switch res.Status {
		case celedger.FileFailed:
			fmt.Fprintf(stderr, "celedger: error: %s: %s\n", res.Path, res.Error)
		case celedger.FileSkipped:
			if res.Format == parsers.RosterFormat && !strings.Contains(res.Path, "!/") {
				break // a roster on disk serves its folder (see assignPeople)
			}
			fmt.Fprintf(stderr, "celedger: skipped: %s: %s\n", res.Path, res.Error)
		}
		for _, p := range doc.Problems {
			fmt.Fprintf(stderr, "celedger: %v\n", p)
		}
		for _, n := range res.Notes {
			if strings.Contains(n, "did you mean") {
				fmt.Fprintf(stderr, "celedger: note: %s: %s\n", res.Path, n) // a label read with a slip
			}
		}
		for _, r := range doc.Records {
			if spoolErr != nil {
				break
			}
			_, spoolErr = records.Add(r)
			mentions.Add(reconcile.MentionOf(r))
		}
	}, bar.set)
	if w := pool.Warning(); w != "" {
		fmt.Fprintf(stderr, "celedger: warning: %s\n", w)
	}
	return &mentions, spoolErr
}

// rosterMessages sorts what ReadRoster returned besides the people into
// row problems and notes (parsers.RosterNote: a column read with a slip, or
// not read), printing each on stderr.
func rosterMessages(returned []error, problems, notes []string, stderr io.Writer) ([]string, []string) {
	for _, p := range returned {
		if n, ok := p.(parsers.RosterNote); ok {
			fmt.Fprintf(stderr, "celedger: roster: note: %v\n", n)
			notes = append(notes, string(n))
			continue
		}
		fmt.Fprintf(stderr, "celedger: roster: %v\n", p)
		problems = append(problems, p.Error())
	}
	return problems, notes
}

// readRoster reads the -roster file, if any, and lists it in the import
// log with its row problems. It reports false when the file cannot be read.
func readRoster(pool *isolate.Pool, path string, log *importLog, stderr io.Writer) ([]celedger.RosterEntry, bool) {
	if path == "" {
		return nil, true
	}
	roster, problems, err := pool.ReadRoster(path)
	if err != nil {
		fmt.Fprintf(stderr, "celedger: error: roster: %v\n", err)
		fmt.Fprintln(stderr, "celedger: hint: -roster takes a CSV file with a header such as name,id,email,credential,cycle_end,department,shift")
		return nil, false
	}
	res := celedger.FileResult{Path: path, Format: parsers.RosterFormat, Status: celedger.FileImported, Records: len(roster)}
	res.Problems, res.Notes = rosterMessages(problems, res.Problems, res.Notes, stderr)
	if len(res.Problems) > 0 {
		res.Error = res.Problems[0]
	}
	if err := log.add(res); err != nil {
		fmt.Fprintf(stderr, "celedger: error: %v\n", err)
		return nil, false
	}
	return roster, true
}

// outputs are the files a run writes into -out, all or none.
// output is one file the run writes into -out, or into a folder of it.
type output struct {
	name  string
	write func(io.Writer, *celedger.Ledger) error
	dir   string // "" for -out itself, else a folder of files ("declaration")
}

var outputs = []output{
	{name: "ledger.json", write: report.WriteJSON},
	{name: "ledger.csv", write: report.WriteLedgerCSV},
	{name: "review.csv", write: report.WriteReviewCSV},
	{name: "import-log.csv", write: report.WriteImportLog},
	{name: "report.html", write: report.WriteHTML},
	{name: "reminders.csv", write: report.WriteReminders},
	{name: "ledger.xlsx", write: report.WriteXLSX},
}

// writeOutputs writes every output into the staging folder, then moves
// them into -out together.
func writeOutputs(out *outdir.Dir, l *celedger.Ledger, changes report.Changes, auditPackets bool, stderr io.Writer) error {
	var names []string
	all := slices.Clone(outputs)
	all = append(all, output{name: "changes.csv", write: func(w io.Writer, _ *celedger.Ledger) error { return report.WriteChanges(w, changes) }})
	decl, err := report.NewDeclarations(l)
	if err != nil {
		return err
	}
	all = append(all, output{name: "declaration.csv", write: func(w io.Writer, _ *celedger.Ledger) error { return decl.WriteCSV(w) }})
	for i := range l.People {
		all = append(all, output{name: decl.PageName(i), write: func(w io.Writer, _ *celedger.Ledger) error { return decl.WritePage(w, i) }, dir: "declaration"})
	}
	if auditPackets {
		evidence, err := report.NewEvidence(l)
		if err != nil {
			return err
		}
		for i := range l.People {
			if l.People[i].Points == 0 {
				continue // nothing counted: nothing to prove
			}
			all = append(all, output{name: report.AuditPacketName(&l.People[i]), dir: "audit", write: func(w io.Writer, l *celedger.Ledger) error {
				return report.WriteAuditPacket(w, l, i, evidence, parsers.ReadEvidence)
			}})
		}
	}
	for page := 1; page <= report.PeoplePages(l); page++ { // a large staff's people, beside report.html
		all = append(all, output{name: report.PeoplePageName(page), write: func(w io.Writer, l *celedger.Ledger) error { return report.WritePeoplePage(w, l, page) }})
	}
	bar := newProgress(stderr, "writing", "files", len(all))
	defer bar.done()
	for _, o := range all {
		bar.add()
		into, name := out.Stage(), o.name
		if o.dir != "" {
			into = filepath.Join(into, o.dir)
			if !slices.Contains(names, o.dir) {
				if err := os.MkdirAll(into, 0o755); err != nil {
					return err
				}
				names = append(names, o.dir)
			}
		} else {
			names = append(names, name)
		}
		if err := report.WriteFile(into, name, func(w io.Writer) error { return o.write(w, l) }); err != nil {
			return fmt.Errorf("writing %s: %w", filepath.Join(o.dir, name), err)
		}
	}
	if err := out.Commit(names); err != nil {
		return fmt.Errorf("moving the outputs into place: %w", err)
	}
	return nil
}

// onSignal stops the run on SIGINT or SIGTERM: the parse workers are
// killed and the staging folder removed, so -out keeps the outputs of the
// last run that finished (or this run's, when they were already moved into
// place), and nothing of the run is left anywhere. It returns the function
// that stops listening.
func onSignal(out *outdir.Dir, pool *isolate.Pool, dir string, stderr io.Writer) func() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			pool.Kill()
			out.Close() // waits for a move of the outputs under way
			fmt.Fprintf(stderr, "\nceledger: error: stopped by a signal (%v)\n", s)
			fmt.Fprintf(stderr, "celedger: hint: %s holds the outputs of the last run that finished; run again to bring them up to date\n", dir)
			os.Exit(exitError)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
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

// sinceLastRun compares the ledger with the previous run's ledger.json:
// -since FILE, else the one in -out. A first run, or one that cannot read
// the earlier ledger (it says so), has nothing to compare with.
func sinceLastRun(cfg config, l *celedger.Ledger, stderr io.Writer) report.Changes {
	path := cfg.since
	if path == "" {
		path = filepath.Join(cfg.out, "ledger.json")
	}
	prev, err := report.ReadPrevious(path)
	if err != nil {
		fmt.Fprintf(stderr, "celedger: note: the earlier ledger could not be read, so nothing is compared: %v\n", err)
		prev = nil
	}
	changes, err := report.ComputeChanges(l, prev)
	if err != nil {
		fmt.Fprintf(stderr, "celedger: note: comparing with %s: %v\n", path, err)
	}
	return changes
}
