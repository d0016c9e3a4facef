package batch

import (
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"celedger"
	"celedger/internal/isolate"
	"celedger/internal/near"
	"celedger/reconcile"
)

// assignPeople gives every record a person. With -roster, that roster
// serves all records. Without it, a roster found among the inputs serves
// the records of files in its own folder and below (an educator's folder of
// downloads next to the staff roster); records elsewhere are grouped by
// the names and IDs they print, as with no roster at all. The error is the
// import log's.
func assignPeople(pool *isolate.Pool, records *reconcile.Mentions, roster []celedger.RosterEntry, opts Options, log *importLog, msgs io.Writer) ([]reconcile.Person, error) {
	given, from, named := readAssignmentsAt(opts)
	known, scopes := roster, []rosterScope(nil)
	if opts.Roster == "" {
		// (With -roster, the rosters among the inputs are not read: that
		// roster serves every record.)
		var err error
		if scopes, err = foundRosters(pool, log, msgs); err != nil {
			return nil, err
		}
		for _, sc := range scopes {
			known = append(known, sc.roster...)
		}
	}
	decided, used, rejected := checkAssignments(given, named, known, msgs)
	if rejected > 0 {
		log.failed = true // a line of review.csv could not be used: exit 3
	}
	if n := used; n > 0 {
		docs := "documents"
		if n == 1 {
			docs = "document"
		}
		fmt.Fprintf(msgs, "celedger: note: %d %s given to a roster person in the assign_to column of %s\n", n, docs, strings.Join(from, " and "))
	}
	if opts.Roster != "" {
		return reconcile.AssignDecided(records, roster, opts.Name, decided), noteUnusedRosters(log, opts.Roster, msgs)
	}
	if len(scopes) == 0 {
		return reconcile.Assign(records, nil, opts.Name), nil
	}
	// One group per roster and the last for records under none; rows[g]
	// maps a group's rows back to rows of records.
	groups := make([]reconcile.Mentions, len(scopes)+1)
	rows := make([][]int, len(scopes)+1)
	for row := range records.Len() {
		r := records.At(row)
		g := scopeOf(r.Path, scopes)
		groups[g].Add(r)
		rows[g] = append(rows[g], row)
	}
	var people []reconcile.Person
	for g := range groups {
		var rs []celedger.RosterEntry
		if g < len(scopes) {
			rs = scopes[g].roster
		}
		for _, p := range reconcile.AssignDecided(&groups[g], rs, opts.Name, decided) {
			for k, row := range p.Rows {
				p.Rows[k] = rows[g][row]
			}
			people = append(people, p)
		}
	}
	return people, nil
}

// checkAssignments chooses the roster ID each document's assign_to lines
// give it (given), and says what it could not use, naming the file,
// lines and field:
//   - an ID on no roster (a slip: "09999999") is an error, with the
//     nearest roster ID as a hint; the document's lines stay held, and
//     review.csv keeps the ID beside them to be corrected (decided keeps
//     it, and the matcher holds the lines with it);
//   - lines of one document that give it several IDs: the one on the
//     roster is used and the others are named in a note (a corrected line
//     beside one still wrong); two on the roster are an error, and the
//     lines stay held;
//   - an ID of a roster person whose name is not the one the document
//     prints is used, with a warning: the points now count for that
//     person.
//
// It returns the IDs chosen by document, how many documents go to a
// roster person, and how many stay held for an error.
func checkAssignments(given map[string][]assignment, named map[string]string, roster []celedger.RosterEntry, msgs io.Writer) (decided map[string]string, used, rejected int) {
	ids := map[string]celedger.RosterEntry{}
	var all []string
	for _, r := range roster {
		if r.ID != "" {
			ids[reconcile.IDKey(r.ID)] = r
			all = append(all, r.ID)
		}
	}
	docs := make([]string, 0, len(given))
	for doc := range given {
		docs = append(docs, doc)
	}
	sort.Strings(docs)
	decided = map[string]string{}
	said := map[string]bool{} // messages, once each (a line lists several documents)
	say := func(format string, a ...any) {
		if m := fmt.Sprintf(format, a...); !said[m] {
			said[m] = true
			fmt.Fprint(msgs, m)
		}
	}
	for _, doc := range docs {
		var on, off []assignment
		for _, a := range given[doc] {
			if _, ok := ids[reconcile.IDKey(a.id)]; ok {
				on = append(on, a)
			} else {
				off = append(off, a)
			}
		}
		switch {
		case len(on) > 1:
			rejected++ // held: nothing in decided
			var lines, who []string
			for _, a := range on {
				lines, who = append(lines, a.at), append(who, a.id+" ("+ids[reconcile.IDKey(a.id)].Name+")")
			}
			say("celedger: error: %s: assign_to: the lines of one document give it %d people, %s; its lines stay held until they give one\n", strings.Join(lines, "; "), len(on), strings.Join(who, " and "))
		case len(on) == 1:
			decided[doc], used = on[0].id, used+1
			for _, a := range off {
				say("celedger: note: %s: assign_to: roster ID %q is on no roster; the document's other lines (%s) give %s, which is used (review.csv is written again with it on every line)\n", a.at, a.id, on[0].at, on[0].id)
			}
			r := ids[reconcile.IDKey(on[0].id)]
			if named[doc] != "" && celedger.NameKey(named[doc]) != celedger.NameKey(r.Name) {
				say("celedger: warning: %s: assign_to: %s is %s, but the document names %s; its points now count for %s\n", on[0].at, r.ID, r.Name, named[doc], r.Name)
			}
		default:
			rejected++
			last := off[len(off)-1]
			decided[doc] = last.id // kept, so the held lines show it
			for _, a := range off {
				say("celedger: error: %s: assign_to: roster ID %q is on no roster; its lines stay held (review.csv is written again with the ID beside them, to correct)\n", a.at, a.id)
				if near := near.Nearest(a.id, all); near != "" {
					say("celedger: hint: did you mean %s?\n", near)
				}
			}
		}
	}
	return decided, used, rejected
}

// hintRosterAbove says, when records name nobody (filed under
// reconcile.Unnamed) in a run with no roster, where a roster lies in a
// folder above the inputs (a person's folder read alone, its roster one
// folder up): -roster, or -name, says whose they are. A file is taken for
// a roster by its name ("roster.csv", "Staff Roster.xlsx").
func hintRosterAbove(people []reconcile.Person, opts Options, msgs io.Writer) {
	if opts.Roster != "" || opts.Name != "" || !slices.ContainsFunc(people, func(p reconcile.Person) bool { return p.Holder.Name == reconcile.Unnamed && p.Roster == nil }) {
		return
	}
	seen := map[string]bool{}
	for _, in := range opts.Paths {
		dir, _ := filepath.Abs(in)
		for range 3 {
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
			if seen[dir] {
				continue
			}
			seen[dir] = true
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				name := strings.ToLower(e.Name())
				if ext := filepath.Ext(name); !e.IsDir() && strings.Contains(name, "roster") && (ext == ".csv" || ext == ".xlsx") {
					path := filepath.Join(dir, e.Name())
					if wd, err := os.Getwd(); err == nil {
						if rel, err := filepath.Rel(wd, path); err == nil && len(rel) < len(path) {
							path = rel // as the user would type it, from here
						}
					}
					fmt.Fprintf(msgs, "celedger: hint: some documents name nobody (filed under %q); a roster lies above the inputs: give -roster %s, or -name \"Full Name\"\n", reconcile.Unnamed, path)
					return
				}
			}
		}
	}
}

// noteUnusedRosters says, for each roster found among the inputs, why it
// is not used: it is the -roster file itself, or -roster names another.
func noteUnusedRosters(log *importLog, given string, msgs io.Writer) error {
	for _, i := range log.rosters {
		err := log.update(i, func(f *celedger.FileResult) {
			if path.Clean(f.Path) == path.Clean(filepath.ToSlash(given)) {
				f.Error = "staff roster: read as the -roster file"
				return
			}
			f.Error = "staff roster: not used, -roster names " + given
			fmt.Fprintf(msgs, "celedger: skipped: %s: %s\n", f.Path, f.Error)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// rosterScope is a roster found among the inputs and the folder it serves.
type rosterScope struct {
	dir    string // with a trailing slash
	roster []celedger.RosterEntry
}

// foundRosters reads the rosters the import log lists as found among the
// inputs, and turns their log lines into imported ones that say which
// folder they serve. A folder with two rosters is ambiguous: neither is
// used, and both say why.
func foundRosters(pool *isolate.Pool, log *importLog, msgs io.Writer) ([]rosterScope, error) {
	byDir := map[string][]int{}
	var dirs []string
	for _, i := range log.rosters {
		f, err := log.Get(i)
		if err != nil {
			return nil, err
		}
		dir := path.Dir(f.Path) + "/"
		if byDir[dir] == nil {
			dirs = append(dirs, dir)
		}
		byDir[dir] = append(byDir[dir], i)
	}
	sort.Strings(dirs)
	var scopes []rosterScope
	for _, dir := range dirs {
		idx := byDir[dir]
		if len(idx) > 1 {
			for _, i := range idx {
				err := log.update(i, func(f *celedger.FileResult) {
					f.Error = fmt.Sprintf("staff roster: not used, %s holds %d rosters; pass one with -roster", dir, len(idx))
				})
				if err != nil {
					return nil, err
				}
			}
			continue
		}
		var people []celedger.RosterEntry
		read := false
		err := log.update(idx[0], func(f *celedger.FileResult) {
			var problems []error
			var err error
			people, problems, err = pool.ReadRoster(f.Path)
			read = err == nil
			if err != nil {
				f.Status, f.Error = celedger.FileFailed, err.Error()
				fmt.Fprintf(msgs, "celedger: error: roster: %v\n", err)
				return
			}
			f.Status, f.Records, f.Error = celedger.FileImported, len(people), ""
			f.Notes = append(f.Notes, "staff roster for the files under "+dir)
			f.Problems, f.Notes = rosterMessages(problems, f.Problems, f.Notes, msgs)
			if len(f.Problems) > 0 {
				f.Error = f.Problems[0]
			}
		})
		if err != nil {
			return nil, err
		}
		if read {
			scopes = append(scopes, rosterScope{dir: dir, roster: people})
		}
	}
	return scopes, nil
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
