package report

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"celedger"
)

// Since is what changed since the previous run, for report.html's "Since"
// section (set by batch.Run before writing; nil: no section).
var Since *Changes

// PreviousLedger is the part of an earlier ledger.json the comparison
// needs: people with their status and lines, and the files with their
// content hash.
type PreviousLedger struct {
	Path   string        `json:"-"`
	AsOf   celedger.Date `json:"as_of"`
	Files  []prevFile    `json:"files"`
	People []prevPerson  `json:"people"`
}

type prevFile struct {
	Path   string `json:"path"`
	Format string `json:"format"`
	SHA256 string `json:"sha256"`
}

type prevPerson struct {
	Name       string                `json:"name"`
	ID         string                `json:"id"`
	Credential string                `json:"credential"`
	Status     celedger.PersonStatus `json:"status"`
	Points     celedger.Points       `json:"points"`
	Activities []prevLine            `json:"activities"`
}

type prevLine struct {
	Title     string               `json:"title"`
	Provider  string               `json:"provider"`
	Completed celedger.Date        `json:"completed"`
	Status    celedger.EntryStatus `json:"status"`
	Zone      celedger.Zone        `json:"zone"`
}

// ReadPrevious reads an earlier ledger.json; a file that does not exist
// is no error (nil, nil: a first run).
func ReadPrevious(path string) (*PreviousLedger, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var p PreviousLedger
	if err := json.NewDecoder(f).Decode(&p); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	p.Path = path
	return &p, nil
}

// changeRow is one line of changes.csv.
type changeRow struct {
	Kind       string `csv:"kind"` // status, points, new line, removed line, decided, new person, removed person, settled person, new file, changed file, vanished file, first run
	Person     string `csv:"person"`
	PersonID   string `csv:"person_id"`
	Credential string `csv:"credential"`
	What       string `csv:"what"`
	Before     string `csv:"before"`
	After      string `csv:"after"`
}

// Changes is what changed since the previous run, for changes.csv, the
// summary and report.html.
type Changes struct {
	Since celedger.Date // the previous run's as-of date; zero on a first run
	First bool          // no previous run to compare with
	Rows  []changeRow
}

// Count is how many rows of a kind there are.
func (c Changes) Count(kind string) int {
	n := 0
	for _, r := range c.Rows {
		if r.Kind == kind {
			n++
		}
	}
	return n
}

// Headline is the summary's line about the changes: "since 2026-10-24:
// 2 changed status · 5 new lines · 1 new file", or the first run's.
func (c Changes) Headline() string {
	if c.First {
		return "since: nothing to compare with (no earlier ledger.json in the output folder; -since FILE names one)"
	}
	var parts []string
	for _, k := range []struct{ kind, one, many string }{
		{"status", "changed status", "changed status"}, {"points", "person's points changed", "people's points changed"}, {"new person", "new person", "new people"},
		{"removed person", "person gone", "people gone"}, {"settled person", "held person settled", "held people settled"}, {"new line", "new line", "new lines"},
		{"removed line", "line gone", "lines gone"}, {"decided", "line decided", "lines decided"},
		{"new file", "new file", "new files"}, {"changed file", "changed file", "changed files"},
		{"vanished file", "file gone", "files gone"},
	} {
		if n := c.Count(k.kind); n > 0 {
			word := k.many
			if n == 1 {
				word = k.one
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, word))
		}
	}
	if len(parts) == 0 {
		parts = []string{"no change"}
	}
	return fmt.Sprintf("since %s: %s (changes.csv)", c.Since, strings.Join(parts, " · "))
}

// personKey matches a person across runs: ID and credential, else name
// and credential.
func personKey(name, id, credential string) string {
	if id != "" {
		return "id:" + strings.TrimLeft(id, "0") + "|" + credential
	}
	return "name:" + celedger.NameKey(name) + "|" + credential
}

func lineKey(title, provider string, completed celedger.Date) string {
	return strings.ToLower(strings.Join(strings.Fields(title), " ")) + "|" + strings.ToLower(provider) + "|" + completed.String()
}

// ComputeChanges compares a ledger with the previous run's (nil: none):
// people whose status changed (and the direction), people new and gone,
// lines new and gone, lines a decision settled, and input files new,
// changed (another content) and gone. Rows are sorted, so the same two
// ledgers give the same changes.
func ComputeChanges(l *celedger.Ledger, prev *PreviousLedger) (Changes, error) {
	if prev == nil {
		return Changes{First: true, Rows: []changeRow{{Kind: "first run", What: "nothing to compare with"}}}, nil
	}
	c := Changes{Since: prev.AsOf}
	before := map[string]*prevPerson{}
	for i := range prev.People {
		p := &prev.People[i]
		before[personKey(p.Name, p.ID, p.Credential)] = p
	}
	// Where each of last run's lines was, so a line a decision moved to a
	// roster person (review.csv's assign_to) reads "decided", not new.
	wasUnder, wasLine := map[string]*prevPerson{}, map[string]prevLine{}
	for i := range prev.People {
		for _, e := range prev.People[i].Activities {
			if lk := lineKey(e.Title, e.Provider, e.Completed); wasUnder[lk] == nil {
				wasUnder[lk], wasLine[lk] = &prev.People[i], e
			}
		}
	}
	moved := map[*prevPerson]int{} // lines each earlier person lost to a decision
	seen := map[string]bool{}
	movedLines := map[string]bool{} // line keys written as "decided" or "held line" rows
	type removal struct {
		lk  string
		row changeRow
	}
	var removed []removal
	whose := func(p *prevPerson) string {
		if p.ID != "" {
			return p.Name + " (" + p.ID + ")"
		}
		return p.Name + " (not settled)"
	}
	err := l.Each(nil, func(_ int, p *celedger.PersonLedger) error {
		k := personKey(p.Name, p.ID, p.Credential)
		seen[k] = true
		row := func(kind, what, b, a string) changeRow {
			return changeRow{Kind: kind, Person: p.Name, PersonID: p.ID, Credential: p.Credential, What: what, Before: b, After: a}
		}
		old, ok := before[k]
		switch {
		case !ok && p.HeldPerson():
			// Held (again): its lines say where they were.
			c.Rows = append(c.Rows, row("held person", p.Notes[0], "", string(p.Status)))
		case !ok:
			c.Rows = append(c.Rows, row("new person", string(p.Status), "", p.Points.String()))
			return nil
		case old.Status != p.Status:
			c.Rows = append(c.Rows, row("status", direction(old.Status, p.Status), string(old.Status), string(p.Status)))
		case old.Points != p.Points:
			c.Rows = append(c.Rows, row("points", "", old.Points.String(), p.Points.String()))
		}
		oldLines := map[string]prevLine{}
		if old != nil {
			for _, e := range old.Activities {
				oldLines[lineKey(e.Title, e.Provider, e.Completed)] = e
			}
		}
		newLines := map[string]bool{}
		for _, e := range p.Activities {
			lk := lineKey(e.Title, e.Provider, e.Completed)
			newLines[lk] = true
			o, had := oldLines[lk]
			from := wasUnder[lk]
			switch {
			case !had && from != nil && from != old && strings.HasSuffix(e.Matched, celedger.DecidedPerson):
				moved[from]++
				movedLines[lk] = true
				c.Rows = append(c.Rows, row("decided", e.Title, string(wasLine[lk].Status)+" under "+whose(from), string(e.Status)))
			case !had && from != nil && from != old && p.HeldPerson():
				// Its decision no longer holds (an assign_to that names no
				// one): the line waits under the held name again.
				movedLines[lk] = true
				c.Rows = append(c.Rows, row("held line", e.Title, string(wasLine[lk].Status)+" under "+whose(from), string(e.Status)+" under "+p.Name+" (not settled)"))
			case !had:
				c.Rows = append(c.Rows, row("new line", e.Title, "", string(e.Status)))
			case o.Zone != celedger.ZoneOverride && e.Zone == celedger.ZoneOverride:
				c.Rows = append(c.Rows, row("decided", e.Title, string(o.Status), string(e.Status)))
			}
		}
		for lk, o := range oldLines {
			if !newLines[lk] {
				removed = append(removed, removal{lk, row("removed line", o.Title, string(o.Status), "")})
			}
		}
		return nil
	})
	if err != nil {
		return c, err
	}
	for _, r := range removed {
		if !movedLines[r.lk] { // (a moved line's row is where it went)
			c.Rows = append(c.Rows, r.row)
		}
	}
	for k, p := range before {
		// A person held until every line was given to roster people is
		// settled, not gone: the "decided" rows say where the lines went.
		settled := len(p.Activities) > 0 && moved[p] == len(p.Activities)
		if !seen[k] && settled {
			c.Rows = append(c.Rows, changeRow{Kind: "settled person", Person: p.Name, PersonID: p.ID, Credential: p.Credential,
				What: fmt.Sprintf("person settled: %d %s given to roster people in assign_to", moved[p], Plural(moved[p], "line", "lines")), Before: string(p.Status), After: "settled"})
		}
		if !seen[k] && !settled {
			c.Rows = append(c.Rows, changeRow{Kind: "removed person", Person: p.Name, PersonID: p.ID, Credential: p.Credential, Before: string(p.Status)})
		}
	}
	oldFiles := map[string]string{} // path -> content hash ("" when that run logged none)
	for _, f := range prev.Files {
		if f.Format == celedger.FormatOwnOutput {
			continue // an earlier run's output met among the inputs: no input then either
		}
		if h, ok := oldFiles[f.Path]; !ok || h == "" {
			oldFiles[f.Path] = f.SHA256 // (a file logged twice, as the -roster file is: the line with its hash)
		}
	}
	// This run's files, once each: the first line of a path, and its hash
	// from whichever of its lines has one.
	var nowPaths []string
	nowFiles := map[string]celedger.FileStatus{}
	nowHash := map[string]string{}
	err = l.EachFile(func(f *celedger.FileResult) error {
		if f.OwnOutput() {
			return nil
		}
		if _, seen := nowFiles[f.Path]; !seen {
			nowPaths = append(nowPaths, f.Path)
			nowFiles[f.Path] = f.Status
		}
		if nowHash[f.Path] == "" {
			nowHash[f.Path] = f.SHA256
		}
		return nil
	})
	// A new file that repeats another's bytes (a certificate downloaded
	// twice) brings nothing new: say whose copy it is.
	firstWith := map[string]string{} // content hash -> the first path holding it, last run's before this run's
	for _, f := range prev.Files {
		if _, ok := firstWith[f.SHA256]; !ok && f.SHA256 != "" {
			firstWith[f.SHA256] = f.Path
		}
	}
	for _, path := range nowPaths {
		if h := nowHash[path]; h != "" && firstWith[h] == "" {
			firstWith[h] = path
		}
	}
	for _, path := range nowPaths {
		switch old, ok := oldFiles[path]; {
		case !ok:
			after := string(nowFiles[path])
			if same := firstWith[nowHash[path]]; nowHash[path] != "" && same != path {
				after += ", the same bytes as " + same
			}
			c.Rows = append(c.Rows, changeRow{Kind: "new file", What: path, After: after})
		case old != "" && nowHash[path] != "" && old != nowHash[path]:
			c.Rows = append(c.Rows, changeRow{Kind: "changed file", What: path, After: string(nowFiles[path])})
		}
	}
	for path := range oldFiles {
		if _, ok := nowFiles[path]; !ok {
			c.Rows = append(c.Rows, changeRow{Kind: "vanished file", What: path})
		}
	}
	sortChangeRows(c.Rows)
	return c, err
}

// direction says which way a status moved: "better" toward compliant,
// "worse" away from it.
func direction(from, to celedger.PersonStatus) string {
	rank := map[celedger.PersonStatus]int{celedger.PersonExpired: 0, celedger.PersonShort: 1, celedger.PersonReview: 2, celedger.PersonCompliant: 3}
	if rank[to] > rank[from] {
		return "better"
	}
	return "worse"
}

// WriteChanges writes changes.csv: what changed since the previous run
// (ComputeChanges), one row per change; a first run's one row says there
// was nothing to compare with.
func WriteChanges(w io.Writer, c Changes) error {
	return writeCSV(w, func(put func([]changeRow) error) error { return put(c.Rows) })
}

// sortChangeRows orders changes.csv's rows by every column in turn: two
// lines of one title ("duplicate" beside "counted") keep one order
// whatever order the run met them in.
func sortChangeRows(rows []changeRow) {
	key := func(r changeRow) string {
		return strings.Join([]string{r.Kind, r.Person, r.PersonID, r.Credential, r.What, r.Before, r.After}, "\x00")
	}
	slices.SortFunc(rows, func(a, b changeRow) int { return strings.Compare(key(a), key(b)) })
}
