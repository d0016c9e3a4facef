package batch

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"celedger"
	"celedger/internal/outdir"
	"celedger/parsers"
	"celedger/report"
)

// output is one file the run writes into -out, or into a folder of it.
type output struct {
	name  string
	write func(io.Writer, *celedger.Ledger) error
	dir   string // "" for -out itself, else a folder of files ("declaration")
}

// outputs are the files every run writes into -out, all or none; see
// writeOutputs for the rest.
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
// them into -out together. It returns the audit packets it wrote, as
// paths under -out.
func writeOutputs(out *outdir.Dir, l *celedger.Ledger, changes report.Changes, opts Options) ([]string, error) {
	var names []string
	all := slices.Clone(outputs)
	all = append(all, output{name: "changes.csv", write: func(w io.Writer, _ *celedger.Ledger) error { return report.WriteChanges(w, changes) }})
	decl, err := report.NewDeclarations(l)
	if err != nil {
		return nil, err
	}
	all = append(all, output{name: "declaration.csv", write: func(w io.Writer, _ *celedger.Ledger) error { return decl.WriteCSV(w) }})
	for i := range l.People {
		if l.People[i].HeldPerson() {
			continue // lines nobody is settled as: no one's declaration
		}
		all = append(all, output{name: decl.PageName(i), write: func(w io.Writer, _ *celedger.Ledger) error { return decl.WritePage(w, i) }, dir: "declaration"})
	}
	var packets []string
	if opts.AuditPackets {
		evidence, err := report.NewEvidence(l)
		if err != nil {
			return nil, err
		}
		for i := range l.People {
			if l.People[i].Points == 0 || opts.PacketsFor != "" && !slices.Contains(report.FindPeople(l, opts.PacketsFor), i) {
				continue // nothing counted (nothing to prove), or someone -person does not name
			}
			packets = append(packets, filepath.Join("audit", report.AuditPacketName(&l.People[i])))
			all = append(all, output{name: report.AuditPacketName(&l.People[i]), dir: "audit", write: func(w io.Writer, l *celedger.Ledger) error {
				return report.WriteAuditPacket(w, l, i, evidence, parsers.ReadEvidence)
			}})
		}
	}
	for page := 1; page <= report.PeoplePages(l); page++ { // a large staff's people, beside report.html
		all = append(all, output{name: report.PeoplePageName(page), write: func(w io.Writer, l *celedger.Ledger) error { return report.WritePeoplePage(w, l, page) }})
	}
	if err := notReplacing(opts.Out, all, l); err != nil {
		return nil, err
	}
	bar := opts.progress("writing", "files", len(all))
	defer bar.Done()
	for _, o := range all {
		bar.Add()
		into, name := out.Stage(), o.name
		if o.dir != "" {
			into = filepath.Join(into, o.dir)
			if !slices.Contains(names, o.dir) {
				if err := os.MkdirAll(into, 0o755); err != nil {
					return nil, err
				}
				names = append(names, o.dir)
			}
		} else {
			names = append(names, name)
		}
		if err := report.WriteFile(into, name, func(w io.Writer) error { return o.write(w, l) }); err != nil {
			return nil, fmt.Errorf("writing %s: %w", filepath.Join(o.dir, name), err)
		}
	}
	if outdir.Outputs(opts.Out)["audit"] && opts.Log != nil {
		// The outputs are replaced whole: last run's packets go with them.
		switch gone := packetsGone(opts.Out, packets); {
		case !slices.Contains(names, "audit"):
			fmt.Fprintf(opts.Log, "celedger: note: the audit packets of the last run (%s) are not kept; give -audit-packet to write them again\n", filepath.Join(opts.Out, "audit"))
		case gone > 0:
			fmt.Fprintf(opts.Log, "celedger: note: %d other audit %s of the last run (%s) %s not kept: -person writes that person's only; give -audit-packet without -person to write them all\n", gone, report.Plural(gone, "packet", "packets"), filepath.Join(opts.Out, "audit"), report.Plural(gone, "is", "are"))
		}
	}
	if err := out.Commit(names); err != nil {
		return nil, fmt.Errorf("moving the outputs into place: %w", err)
	}
	return packets, nil
}

// packetsGone counts the last run's audit packets in dir that are not
// among this run's (paths under dir, "audit/…zip").
func packetsGone(dir string, packets []string) int {
	entries, _ := os.ReadDir(filepath.Join(dir, "audit"))
	n := 0
	for _, e := range entries {
		if !slices.Contains(packets, filepath.Join("audit", e.Name())) {
			n++
		}
	}
	return n
}

// notReplacing returns an *Error when an output would replace a file of
// -out that is not an earlier run's output: a file this run read as an
// input ("celedger -out . ." beside a transcript saved as ledger.csv), or
// a file its outputs list (outdir.OutputsList) does not name; a folder no
// run has written into has no list, so every file in it is the user's.
// Nothing is written then.
func notReplacing(dir string, all []output, l *celedger.Ledger) error {
	read := map[string]string{} // absolute path of an input -> its format
	err := l.EachFile(func(f *celedger.FileResult) error {
		if abs, err := filepath.Abs(f.Path); err == nil && f.Status != celedger.FileSkipped {
			read[abs] = f.Format
		}
		return nil
	})
	if err != nil {
		return err
	}
	listed := outdir.Outputs(dir)
	seen := map[string]bool{}
	var clash []string
	for _, o := range all {
		name := o.name
		if o.dir != "" {
			name = o.dir
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		path := filepath.Join(dir, name)
		if _, err := os.Lstat(path); err != nil {
			continue
		}
		abs, _ := filepath.Abs(path)
		switch format, isInput := read[abs]; {
		case isInput:
			clash = append(clash, fmt.Sprintf("%s is an input (read as %s)", path, format))
		case !listed[name]:
			// (a folder no run has written into lists nothing: every file
			// in it is the user's)
			clash = append(clash, fmt.Sprintf("%s is not an output of an earlier run", path))
		}
	}
	if len(clash) == 0 {
		return nil
	}
	return &Error{Err: fmt.Errorf("-out: %s; an output of the same name would replace it", strings.Join(clash, "; ")),
		Hint: "nothing was written; rename that file, or give another -out", Usage: true}
}

// sinceLastRun compares the ledger with the previous run's ledger.json:
// -since FILE, else the one in -out. A first run, or one that cannot read
// the earlier ledger (it says so on opts.Log), has nothing to compare with.
func sinceLastRun(opts Options, l *celedger.Ledger) report.Changes {
	path := opts.Since
	if path == "" {
		path = filepath.Join(opts.Out, "ledger.json")
	}
	prev, err := report.ReadPrevious(path)
	if err != nil {
		fmt.Fprintf(opts.Log, "celedger: note: the earlier ledger could not be read, so nothing is compared: %v\n", err)
		prev = nil
	}
	changes, err := report.ComputeChanges(l, prev)
	if err != nil {
		fmt.Fprintf(opts.Log, "celedger: note: comparing with %s: %v\n", path, err)
	}
	return changes
}
