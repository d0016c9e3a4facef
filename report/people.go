package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/hbollon/go-edlib"

	"celedger"
)

// upcomingDays is how far ahead the department summary lists submit-by
// dates: the declaration window opens 90 days before the cycle ends.
const upcomingDays = 90

// Tally counts ledger lines (one per person and credential) by status, as
// both the terminal summary and report.html print it.
type Tally struct {
	Compliant, Short, Review, Expired int
	Upcoming                          int // submit-by within upcomingDays, not yet past
	Late                              int // submit-by past, the cycle not yet over (not expired)
	People                            int // distinct people: fewer than Total when one holds two credentials
	Held                              int // ledgers of lines no roster person could be matched to (PersonLedger.HeldPerson), not people
}

// Total is the number of ledger lines counted.
func (t Tally) Total() int { return t.Compliant + t.Short + t.Review + t.Expired }

func tallyOf(people []celedger.PersonLedger) Tally {
	var t Tally
	seen := map[string]bool{}
	for _, p := range people {
		key := personKey(p.Name, p.ID, "") // (as changes.csv matches a person across runs, without the credential)
		switch {
		case p.HeldPerson():
			t.Held++
		case !seen[key]:
			seen[key] = true
			t.People++
		}
		switch p.Status {
		case celedger.PersonCompliant:
			t.Compliant++
		case celedger.PersonShort:
			t.Short++
		case celedger.PersonReview:
			t.Review++
		case celedger.PersonExpired:
			t.Expired++
		}
		if upcoming(&p) {
			t.Upcoming++
		}
		if late(&p) {
			t.Late++
		}
	}
	return t
}

// late reports whether p's submit-by date has passed while the cycle is
// not yet over: the declaration is overdue, not yet expired.
func late(p *celedger.PersonLedger) bool {
	return !p.SubmitBy.IsZero() && p.DaysToSubmit < 0 && p.Status != celedger.PersonExpired
}

func upcoming(p *celedger.PersonLedger) bool {
	return !p.SubmitBy.IsZero() && p.DaysToSubmit >= 0 && p.DaysToSubmit <= upcomingDays
}

// writeTally prints the summary's "people:" line. Its counts are per
// ledger line; when someone holds two credentials, or lines wait to be
// settled as someone's, it says how many people those lines are
// ("people: 12 and 1 not settled, 14 credential ledgers: …").
func writeTally(w io.Writer, l *celedger.Ledger) {
	t := tallyOf(l.People)
	held := ""
	if t.Held > 0 {
		held = fmt.Sprintf(" and %d not settled", t.Held) // a name two roster people share: nobody yet
	}
	if t.People+t.Held != t.Total() || t.Held > 0 {
		fmt.Fprintf(w, "people: %d%s, %d credential ledgers: ", t.People, held, t.Total())
	} else {
		fmt.Fprint(w, "people: ")
	}
	fmt.Fprintf(w, "%d compliant · %d short · %d review · %d expired · %d to submit within %d days",
		t.Compliant, t.Short, t.Review, t.Expired, t.Upcoming, upcomingDays)
	if t.Late > 0 {
		fmt.Fprintf(w, " · %d past submit-by", t.Late)
	}
	fmt.Fprintln(w)
}

// byUrgency orders ledger lines as an educator works through them: expired
// first, then the nearest submit-by date (unknown cycles last), then short
// before review before compliant, then by name.
func byUrgency(people []celedger.PersonLedger) []int {
	idx := make([]int, len(people))
	for i := range idx {
		idx[i] = i
	}
	rank := map[celedger.PersonStatus]int{celedger.PersonExpired: 0, celedger.PersonShort: 1, celedger.PersonReview: 2, celedger.PersonCompliant: 3}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := &people[idx[i]], &people[idx[j]]
		if ea, eb := a.Status == celedger.PersonExpired, b.Status == celedger.PersonExpired; ea != eb {
			return ea
		}
		if ka, kb := a.SubmitBy.IsZero(), b.SubmitBy.IsZero(); ka != kb {
			return kb
		}
		if a.DaysToSubmit != b.DaysToSubmit {
			return a.DaysToSubmit < b.DaysToSubmit
		}
		if rank[a.Status] != rank[b.Status] {
			return rank[a.Status] < rank[b.Status]
		}
		return strings.ToLower(a.Name) < strings.ToLower(b.Name)
	})
	return idx
}

// WritePersonDetail prints every ledger line of the people whose name or
// ID is query (names compared by celedger.NameKey: case, accents,
// punctuation and a family-first order ignored; leading zeros of an ID
// ignored), else of those whose name contains it. It returns how many it
// printed.
func WritePersonDetail(w io.Writer, l *celedger.Ledger, query string) (int, error) {
	hits := FindPeople(l, query)
	if len(hits) == 0 {
		return 0, nil // Each would take nil for every person
	}
	n := 0
	err := l.Each(hits, func(_ int, p *celedger.PersonLedger) error {
		if n > 0 {
			fmt.Fprintln(w)
		}
		n++
		writeDetail(w, p)
		return nil
	})
	return n, err
}

// FindPeople returns the indexes into l.People of the person ledgers query
// names: a name (as NameKey compares names) or an ID (leading zeros aside),
// else every person whose folded name contains query's; nil when none does.
// One person has one index per credential.
func FindPeople(l *celedger.Ledger, query string) []int {
	q, folded := celedger.NameKey(query), celedger.FoldName(query)
	id := strings.TrimLeft(strings.ToLower(strings.TrimSpace(query)), "0")
	var hits []int
	for i, p := range l.People {
		if q != "" && (celedger.NameKey(p.Name) == q || p.ID != "" && strings.TrimLeft(strings.ToLower(p.ID), "0") == id) {
			hits = append(hits, i)
		}
	}
	if len(hits) == 0 {
		for i, p := range l.People {
			if folded != "" && strings.Contains(celedger.FoldName(p.Name), folded) {
				hits = append(hits, i)
			}
		}
	}
	return hits
}

// NearestNames lists up to three people's names nearest to query (by
// edit distance between folded names, nearest first, then by name), for a
// -person that matched no one.
func NearestNames(l *celedger.Ledger, query string) []string {
	q := celedger.FoldName(query)
	type near struct {
		name string
		d    int
	}
	seen := map[string]bool{}
	var ns []near
	for _, p := range l.People {
		if seen[p.Name] {
			continue
		}
		seen[p.Name] = true
		f := celedger.FoldName(p.Name)
		d := edlib.LevenshteinDistance(q, f)
		if alt := edlib.LevenshteinDistance(celedger.NameKey(query), celedger.NameKey(p.Name)); alt < d {
			d = alt
		}
		if d <= max(2, len(q)/3) {
			ns = append(ns, near{p.Name, d})
		}
	}
	sort.SliceStable(ns, func(i, j int) bool {
		if ns[i].d != ns[j].d {
			return ns[i].d < ns[j].d
		}
		return ns[i].name < ns[j].name
	})
	var out []string
	for i := 0; i < len(ns) && i < 3; i++ {
		out = append(out, ns[i].name)
	}
	return out
}

func writeDetail(w io.Writer, p *celedger.PersonLedger) {
	writePerson(w, p)
	var where []string
	for _, s := range []string{p.Email, p.Department, p.Shift} {
		if s != "" {
			where = append(where, s)
		}
	}
	if len(where) > 0 {
		fmt.Fprintf(w, "  %s\n", strings.Join(where, " · "))
	}
	fmt.Fprintf(w, "  cycle end from: %s · rules: %s\n", p.CycleSource, p.RuleSet)
	if len(p.Activities) == 0 {
		fmt.Fprintln(w, "  no activities")
	}
	for _, e := range p.Activities {
		area := string(e.AllocatedTo)
		if area == "" {
			area = string(e.Area)
		}
		if area == "" {
			area = "-"
		}
		fmt.Fprintf(w, "  %s  %-13s %6s  %-13s %s\n", dateText(e.Completed), e.Status, e.Points, areaShort(celedger.Area(area)), e.Title)
		detail := []string{e.Provider, creditsText(&e)}
		if e.Reason != "" {
			detail = append(detail, e.Reason)
		}
		if e.Matched != "" {
			detail = append(detail, "matched: "+e.Matched)
		}
		fmt.Fprintf(w, "      %s\n", strings.Join(nonEmpty(detail), " · "))
		var src []string
		for _, s := range e.Sources {
			src = append(src, s.String())
		}
		fmt.Fprintf(w, "      sources: %s\n", strings.Join(src, ", "))
		if len(e.AuditMissing) > 0 {
			fmt.Fprintf(w, "      not audit-ready: no %s\n", strings.Join(e.AuditMissing, ", "))
		}
	}
}

func dateText(d celedger.Date) string {
	if d.IsZero() {
		return "no date   "
	}
	return d.String()
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
