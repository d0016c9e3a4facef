package batch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hbollon/go-edlib"

	"celedger"
	"celedger/internal/isolate"
	"celedger/internal/spool"
	"celedger/parsers"
	"celedger/reconcile"
)

// CheckPaths checks, before anything is read or written, that every
// input path of opts exists, and its Roster and Overrides files when
// named (Overrides not with Review, which creates it): a mistyped path
// is a usage error, never an empty ledger over a good one. The error, nil
// when all exist, is an *Error joining one *Error per missing path (its
// cause fs.ErrNotExist, its hint the nearest name beside it, if any).
func CheckPaths(opts Options) error {
	var missing []error
	check := func(what, p string) {
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			e := &Error{Err: &worded{fmt.Sprintf("%s%s: no such file or folder", what, p), err}, Usage: true}
			if near := nearPath(p); near != "" {
				e.Hint = fmt.Sprintf("did you mean %s?", near)
			}
			missing = append(missing, e)
		}
	}
	for _, p := range opts.Paths {
		check("", p)
	}
	if opts.Roster != "" {
		check("-roster ", opts.Roster)
		if e, ok := last(missing); ok && e.Hint == "" && e.Err.Error() == "-roster "+opts.Roster+": no such file or folder" {
			if found := sameNameIn(opts.Paths, filepath.Base(opts.Roster)); found != "" {
				e.Hint = fmt.Sprintf("did you mean %s?", found) // "roster.csv" given from the folder above it
			}
		}
	}
	if opts.Overrides != "" && !opts.Review {
		check("-overrides ", opts.Overrides)
	}
	if missing == nil {
		return nil
	}
	return &Error{Err: errors.Join(missing...), Hint: "nothing was read or written; the outputs of the last run are as they were", Usage: true}
}

// last returns the last of errs as an *Error.
func last(errs []error) (*Error, bool) {
	if len(errs) == 0 {
		return nil, false
	}
	e, ok := errs[len(errs)-1].(*Error)
	return e, ok
}

// sameNameIn finds a file named name in the input folders or the folders
// just under them, "" when none holds one.
func sameNameIn(paths []string, name string) string {
	for _, p := range paths {
		if st, err := os.Stat(p); err != nil || !st.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(p, name)); err == nil {
			return filepath.Join(p, name)
		}
		entries, _ := os.ReadDir(p)
		for _, e := range entries {
			if f := filepath.Join(p, e.Name(), name); e.IsDir() {
				if _, err := os.Stat(f); err == nil {
					return f
				}
			}
		}
	}
	return ""
}

// nearPath is the entry beside a missing path whose name is closest to
// the missing name (at most two edits, case ignored), "" when none is.
func nearPath(p string) string {
	dir, name := filepath.Split(filepath.Clean(p))
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	best, bestD := "", 3
	for _, e := range entries {
		if d := edlib.LevenshteinDistance(strings.ToLower(name), strings.ToLower(e.Name())); d < bestD {
			best, bestD = filepath.Join(dir, e.Name()), d
		}
	}
	if best != "" && strings.HasSuffix(p, "/") {
		best += "/"
	}
	return best
}

// readInputs reads every input file into the import log and the records
// into their spool, reporting every problem on opts.Log. It returns each
// record's mention, for assignment; the error is a spool's. Files are
// read by the pool's workers and merged in path order, so the result does
// not depend on the number of workers.
func readInputs(pool *isolate.Pool, opts Options, records *spool.Spool[celedger.Record], log *importLog) (*reconcile.Mentions, error) {
	msgs := opts.Log
	inputs, bad := parsers.Discover(opts.Paths)
	var spoolErr error
	own := 0
	var otherDecisions []string // another output folder's decisions files, met among the inputs
	for _, b := range bad {
		if b.Format == parsers.OwnFileFormat {
			own++ // logged below; one line for them all
			if base := path.Base(b.Path); (base == "review.csv" || base == "overrides.csv") && opts.Overrides == "" &&
				filepath.Clean(filepath.Dir(filepath.FromSlash(b.Path))) != filepath.Clean(opts.Out) {
				otherDecisions = append(otherDecisions, b.Path)
			}
		} else if b.Status == celedger.FileSkipped {
			fmt.Fprintf(msgs, "celedger: skipped: %s: %s\n", b.Path, b.Error)
		} else {
			fmt.Fprintf(msgs, "celedger: error: %s: %s\n", b.Path, b.Error)
		}
		if err := log.add(b); err != nil {
			return nil, err
		}
	}
	if own > 0 {
		fmt.Fprintf(msgs, "celedger: note: %d outputs of an earlier run not read (celedger never reads its own outputs)\n", own)
	}
	for _, d := range otherDecisions {
		noteOtherDecisions(filepath.FromSlash(d), msgs)
	}
	var mentions reconcile.Mentions
	bar := opts.progress("reading", "files", len(inputs))
	defer bar.Done()
	pool.ReadAll(inputs, func(r parsers.Result) {
		res, doc := r.File, r.Doc
		if res.Format == parsers.RosterFormat && opts.Roster != "" && path.Clean(filepath.ToSlash(res.Path)) == path.Clean(filepath.ToSlash(opts.Roster)) {
			return // the -roster file among the inputs: read and logged once already, as the roster
		}
		if spoolErr == nil {
			spoolErr = log.add(res)
		}
		if res.Status != celedger.FileImported || len(doc.Problems) > 0 {
			bar.Clear()
		}
		switch res.Status {
		case celedger.FileFailed:
			fmt.Fprintf(msgs, "celedger: error: %s: %s\n", res.Path, res.Error)
		case celedger.FileSkipped:
			if res.Format == parsers.RosterFormat && !strings.Contains(res.Path, "!/") {
				break // a roster on disk serves its folder (see assignPeople)
			}
			fmt.Fprintf(msgs, "celedger: skipped: %s: %s\n", res.Path, res.Error)
		}
		for _, p := range doc.Problems {
			fmt.Fprintf(msgs, "celedger: %v\n", p)
		}
		for _, n := range res.Notes {
			if strings.Contains(n, "did you mean") {
				fmt.Fprintf(msgs, "celedger: note: %s: %s\n", res.Path, n) // a label read with a slip
			}
		}
		for _, r := range doc.Records {
			if spoolErr != nil {
				break
			}
			_, spoolErr = records.Add(r)
			mentions.Add(reconcile.MentionOf(r))
		}
	}, bar.Set)
	if w := pool.Warning(); w != "" {
		fmt.Fprintf(msgs, "celedger: warning: %s\n", w)
	}
	return &mentions, spoolErr
}

// rosterMessages sorts what ReadRoster returned besides the people into
// row problems and notes (parsers.RosterNote: a column read with a slip, or
// not read), printing each on msgs.
func rosterMessages(returned []error, problems, notes []string, msgs io.Writer) ([]string, []string) {
	for _, p := range returned {
		if n, ok := p.(parsers.RosterNote); ok {
			fmt.Fprintf(msgs, "celedger: roster: note: %v\n", n)
			notes = append(notes, string(n))
			continue
		}
		fmt.Fprintf(msgs, "celedger: roster: %v\n", p)
		problems = append(problems, p.Error())
	}
	return problems, notes
}

// readRoster reads the -roster file, if any, and lists it in the import
// log with its row problems. The error, an *Error, says why the file
// cannot be read.
func readRoster(pool *isolate.Pool, path string, log *importLog, msgs io.Writer) ([]celedger.RosterEntry, error) {
	if path == "" {
		return nil, nil
	}
	roster, problems, err := pool.ReadRoster(path)
	if err != nil {
		e := stop(fmt.Errorf("roster: %w", err), "-roster takes a CSV or XLSX file with a header such as name,id,email,credential,cycle_end,department,shift,employer")
		e.Usage = true // a -roster that is no roster is a flag's bad value: exit 2, as one that does not exist
		return nil, e
	}
	res := celedger.FileResult{Path: path, Format: parsers.RosterFormat, Status: celedger.FileImported, Records: len(roster)}
	res.Problems, res.Notes = rosterMessages(problems, res.Problems, res.Notes, msgs)
	if len(res.Problems) > 0 {
		res.Error = res.Problems[0]
	}
	if err := log.add(res); err != nil {
		return nil, stop(err, "")
	}
	return roster, nil
}

// noteOtherDecisions says where the decisions of a run with another -out
// are, when the decisions file at path holds any: a run into a new -out
// starts without them.
func noteOtherDecisions(path string, msgs io.Writer) {
	o, _, err := readOverrides(Options{Overrides: path})
	if err != nil || o.Len() == 0 {
		return
	}
	what := fmt.Sprintf("%d decisions", o.Len())
	if o.Len() == 1 {
		what = "1 decision"
	}
	fmt.Fprintf(msgs, "celedger: note: %s holds %s of a run with another -out; give -overrides %s to use them\n", filepath.ToSlash(path), what, filepath.ToSlash(path))
}
