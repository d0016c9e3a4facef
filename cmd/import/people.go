package main

import (
	"fmt"
	"io"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"celedger"
	"celedger/parsers"
	"celedger/reconcile"
)

// assignPeople gives every record a person. With -roster, that roster
// serves all records. Without it, a roster found among the inputs serves
// the records of files in its own folder and below (an educator's folder of
// downloads next to the staff roster); records elsewhere are grouped by
// the names and IDs they print, as with no roster at all.
func assignPeople(records []reconcile.Mention, roster []celedger.RosterEntry, cfg config, ledger *celedger.Ledger, stderr io.Writer) []reconcile.Person {
	if cfg.roster != "" {
		noteUnusedRosters(ledger, cfg.roster, stderr)
		return reconcile.Assign(records, roster, cfg.name)
	}
	scopes := foundRosters(ledger, stderr)
	if len(scopes) == 0 {
		return reconcile.Assign(records, nil, cfg.name)
	}
	// One group per roster and the last for records under none; rows[g]
	// maps a group's rows back to rows of records.
	groups := make([][]reconcile.Mention, len(scopes)+1)
	rows := make([][]int, len(scopes)+1)
	for row, r := range records {
		g := scopeOf(r.Path, scopes)
		groups[g] = append(groups[g], r)
		rows[g] = append(rows[g], row)
	}
	var people []reconcile.Person
	for g := range groups {
		var rs []celedger.RosterEntry
		if g < len(scopes) {
			rs = scopes[g].roster
		}
		for _, p := range reconcile.Assign(groups[g], rs, cfg.name) {
			for k, row := range p.Rows {
				p.Rows[k] = rows[g][row]
			}
			people = append(people, p)
		}
	}
	return people
}

// noteUnusedRosters says, for each roster found among the inputs, why it
// is not used: it is the -roster file itself, or -roster names another.
func noteUnusedRosters(ledger *celedger.Ledger, given string, stderr io.Writer) {
	for i, f := range ledger.Files {
		if f.Format != parsers.RosterFormat || f.Status != celedger.FileSkipped {
			continue
		}
		if path.Clean(f.Path) == path.Clean(filepath.ToSlash(given)) {
			ledger.Files[i].Error = "staff roster: read as the -roster file"
			continue
		}
		ledger.Files[i].Error = "staff roster: not used, -roster names " + given
		fmt.Fprintf(stderr, "celedger: skipped: %s: %s\n", f.Path, ledger.Files[i].Error)
	}
}

// rosterScope is a roster found among the inputs and the folder it serves.
type rosterScope struct {
	dir    string // with a trailing slash
	roster []celedger.RosterEntry
}

// foundRosters reads the rosters the import log lists as found among the
// inputs (on disk, not inside a zip), and turns their log lines into
// imported ones that say which folder they serve. A folder with two
// rosters is ambiguous: neither is used, and both say why.
func foundRosters(ledger *celedger.Ledger, stderr io.Writer) []rosterScope {
	byDir := map[string][]int{}
	for i, f := range ledger.Files {
		if f.Format == parsers.RosterFormat && f.Status == celedger.FileSkipped && !strings.Contains(f.Path, "!/") {
			dir := path.Dir(f.Path) + "/"
			byDir[dir] = append(byDir[dir], i)
		}
	}
	var scopes []rosterScope
	for dir, idx := range byDir {
		if len(idx) > 1 {
			for _, i := range idx {
				ledger.Files[i].Error = fmt.Sprintf("staff roster: not used, %s holds %d rosters; pass one with -roster", dir, len(idx))
			}
			continue
		}
		f := &ledger.Files[idx[0]]
		people, problems, err := parsers.ReadRoster(f.Path)
		if err != nil {
			f.Status, f.Error = celedger.FileFailed, err.Error()
			fmt.Fprintf(stderr, "celedger: error: roster: %v\n", err)
			continue
		}
		f.Status, f.Records, f.Error = celedger.FileImported, len(people), ""
		f.Notes = append(f.Notes, "staff roster for the files under "+dir)
		for _, p := range problems {
			fmt.Fprintf(stderr, "celedger: roster: %v\n", p)
			f.Problems = append(f.Problems, p.Error())
		}
		if len(f.Problems) > 0 {
			f.Error = f.Problems[0]
		}
		scopes = append(scopes, rosterScope{dir: dir, roster: people})
	}
	sort.Slice(scopes, func(i, j int) bool { return scopes[i].dir < scopes[j].dir })
	return scopes
}

// scopeOf is the index of the deepest roster folder holding the file, or
// len(scopes) when none does.
func scopeOf(file string, scopes []rosterScope) int {
	best, depth := len(scopes), -1
	for i, s := range scopes {
		if (strings.HasPrefix(file, s.dir) || s.dir == "./") && len(s.dir) > depth {
			best, depth = i, len(s.dir)
		}
	}
	return best
}
