package reconcile

import (
	"fmt"
	"sort"
	"strings"

	"celedger"
)

// Duplicate detection. The same activity reaches the ledger more than once
// when a provider's certificate sits beside the ASCP transcript that
// already lists it, when a transcript was downloaded twice, or when one
// file was given twice. Two lines are the same activity when
//
//   - their titles score at least dupTitleMin (similar.go),
//   - their completion dates are at most dupDateDays apart,
//   - their points are equal — or, when they differ, the titles score at
//     least conflictTitleMin and the dates at most conflictDateDays apart
//     (the reason then warns "credits differ: transcript 2, certificate 1.5"),
//   - their providers are compatible: one organisation under any
//     spelling (providers.txt), one of them ASCP (the ASCP transcript
//     lists other providers' courses), or one of them blank,
//   - and they come from two documents, or one document lists the row
//     twice (the same title on the same date): the rows of one transcript
//     are the courses it lists, so "Chemical Hygiene" and "Chemical
//     Hygiene Plan Update" a day apart on one transcript are two courses.
//
// A yearly course retaken on another date is not a duplicate: its dates are
// far apart. The kept line is the earliest by source (path, then line); it
// gathers every source, takes a transcript row's title over a certificate's
// and fills its blank fields from the others. Nothing is dropped: the other
// lines stay, marked duplicate, with a reason naming the kept line.
const (
	dupTitleMin      = 0.8
	dupDateDays      = 3
	conflictTitleMin = 0.95
	conflictDateDays = 1
)

// sameFiles marks every line of a file whose content hash equals an earlier
// path's (in path order) as a duplicate of the line at the same place in
// that earlier file.
func sameFiles(lines []*line, hashes map[string]string) {
	if len(hashes) == 0 {
		return
	}
	paths := make([]string, 0, len(hashes))
	for p := range hashes {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	firstOf := map[string]string{} // hash -> first path
	sameAs := map[string]string{}  // later path -> first path
	for _, p := range paths {
		h := hashes[p]
		if h == "" {
			continue
		}
		if f, ok := firstOf[h]; ok {
			sameAs[p] = f
		} else {
			firstOf[h] = p
		}
	}
	if len(sameAs) == 0 {
		return
	}
	at := map[celedger.Source]*line{}
	for _, l := range lines {
		at[l.act.Source] = l
	}
	for _, l := range lines {
		first, ok := sameAs[l.act.Source.Path]
		if !ok {
			continue
		}
		src := l.act.Source
		src.Path = first
		if k := at[src]; k != nil {
			k.e.Sources = append(k.e.Sources, l.act.Source)
		}
		l.e.Status = celedger.StatusDuplicate
		l.e.Reason = fmt.Sprintf("same file as %s (identical content)", first)
	}
}

// markDuplicates merges lines that are the same activity (see above). Only
// lines no earlier step decided take part: an excluded staff meeting stays
// excluded however often it appears.
//
// Each line is compared only with the kept lines that could match it, found
// through an index, so the search is n log n rather than every pair of
// lines on nearby days (20,000 rows on one date made 2·10⁸ comparisons).
// Kept lines are indexed by completion day, and within a day by title
// tokens (see dupIndex). Among equal title scores the earliest kept line
// wins, as if every kept line had been compared in order.
func markDuplicates(lines []*line) {
	rarity := tokenRarity(lines)
	byDay := map[int]*dupIndex{}
	var seen []int // seen[k] is the last query that met kept line k
	var kept []*line
	query := 0
	for _, l := range lines {
		if l.e.Status != "" {
			continue
		}
		if l.e.Completed.IsZero() { // no date, nothing to match on
			kept = append(kept, l)
			seen = append(seen, 0)
			continue
		}
		query++
		day := dayNumber(l.e.Completed)
		toks := rarity.order(l.tokens)
		best, bestSim, bestDays := -1, 0.0, 0
		for d := day - dupDateDays; d <= day+dupDateDays; d++ {
			byDay[d].candidates(toks, func(k int) {
				if seen[k] == query {
					return
				}
				seen[k] = query
				sim, days, ok := sameActivity(kept[k], l)
				if ok && (sim > bestSim || sim == bestSim && k < best) {
					best, bestSim, bestDays = k, sim, days
				}
			})
		}
		if best < 0 {
			if byDay[day] == nil {
				byDay[day] = &dupIndex{all: map[string][]int{}, rare: map[string][]int{}}
			}
			byDay[day].add(len(kept), toks)
			kept = append(kept, l)
			seen = append(seen, 0)
			continue
		}
		merge(kept[best], l, bestSim, bestDays)
	}
}

// A dupIndex holds the kept lines of one day by their title tokens. Two
// titles can score dupTitleMin (0.8) only when the shorter one, of m
// tokens, shares at least 0.8·m of them with the other: Dice needs
// 2c ≥ 0.8(a+b) ≥ 1.6m, containment 0.9c ≥ 0.8m. So the shorter title
// misses at most slack(m) = m − ⌈0.8m⌉ of its tokens, and any slack(m)+1
// of them — its rarest, by the order tokenRarity gives — include one the
// other title has. A line is therefore found
//
//   - through all, where every kept line is listed under each of its
//     tokens, by the rarest slack+1 tokens of the new line, when the new
//     line is the shorter;
//   - through rare, where every kept line is listed under its own rarest
//     slack+1 tokens, by every token of the new line, when the kept line
//     is the shorter.
//
// "Hematology Case Study 1" … "Hematology Case Study 20000" on one day:
// each new title looks up its number in all (no match) and its four tokens
// in rare, where the others are listed under their numbers only.
type dupIndex struct {
	all  map[string][]int // token -> kept lines with it
	rare map[string][]int // token -> kept lines with it among their rarest
}

func (x *dupIndex) add(k int, toks []string) {
	for _, t := range toks {
		x.all[t] = append(x.all[t], k)
	}
	for _, t := range toks[:prefixLen(len(toks))] {
		x.rare[t] = append(x.rare[t], k)
	}
}

// candidates calls f with every kept line that may score dupTitleMin with a
// title of these tokens (rarest first); a line may come more than once.
func (x *dupIndex) candidates(toks []string, f func(k int)) {
	if x == nil {
		return
	}
	for _, t := range toks[:prefixLen(len(toks))] {
		for _, k := range x.all[t] {
			f(k)
		}
	}
	for _, t := range toks {
		for _, k := range x.rare[t] {
			f(k)
		}
	}
}

// prefixLen is slack(m)+1 for a title of m tokens: m − ⌈4m/5⌉ + 1.
func prefixLen(m int) int {
	if m == 0 {
		return 0
	}
	return m - (4*m+4)/5 + 1
}

// rarity orders tokens by how few lines of a person's ledger have them.
type rarity map[string]int

func tokenRarity(lines []*line) rarity {
	r := rarity{}
	for _, l := range lines {
		for _, t := range l.tokens {
			r[t]++
		}
	}
	return r
}

// order returns the tokens rarest first (ties by the token), as a new slice.
func (r rarity) order(toks []string) []string {
	out := append([]string(nil), toks...)
	sort.Slice(out, func(i, j int) bool {
		if r[out[i]] != r[out[j]] {
			return r[out[i]] < r[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// dayNumber counts days from a fixed origin, for indexing by date.
func dayNumber(d celedger.Date) int { return int(d.Time().Unix() / 86400) }

// sameActivity reports whether b repeats k, with the title score and the
// number of days between their dates.
func sameActivity(k, b *line) (float64, int, bool) {
	if !compatibleProviders(k.provider, b.provider) {
		return 0, 0, false
	}
	if k.e.Completed.IsZero() || b.e.Completed.IsZero() {
		return 0, 0, false
	}
	days := k.e.Completed.DaysUntil(b.e.Completed)
	if days < 0 {
		days = -days
	}
	sim := titleSimilarity(k.tokens, b.tokens)
	if sim < dupTitleMin || days > dupDateDays {
		return 0, 0, false
	}
	if sameDocument(k, b) && (sim < 1 || days > 0) {
		return 0, 0, false
	}
	if k.e.Points != b.e.Points && (sim < conflictTitleMin || days > conflictDateDays) {
		return 0, 0, false
	}
	return sim, days, true
}

// sameDocument reports whether two lines were read from one document (one
// file, one sheet of a workbook).
func sameDocument(k, b *line) bool {
	return k.act.Source.Path == b.act.Source.Path && k.act.Source.Sheet == b.act.Source.Sheet
}

// compatibleProviders takes provider keys (ProviderKey): one
// organisation, or one of them blank or ASCP (whose transcript lists other
// providers' courses).
func compatibleProviders(fa, fb string) bool {
	return fa == "" || fb == "" || fa == fb || fa == "ascp" || fb == "ascp"
}

// merge makes d a duplicate of k and gives k the best of both.
func merge(k, d *line, sim float64, days int) {
	when := "same date"
	switch {
	case days == 1:
		when = "1 day apart"
	case days > 1:
		when = fmt.Sprintf("%d days apart", days)
	}
	reason := fmt.Sprintf("same course as %s (title %.2f, %s)", k.e.Sources[0], sim, when)
	if k.e.Points != d.e.Points {
		nk, nd := kindOf(k), kindOf(d)
		if nk == nd {
			nk, nd = k.act.Source.String(), d.act.Source.String()
		}
		warn := fmt.Sprintf("credits differ: %s %s, %s %s", nk, k.e.Points, nd, d.e.Points)
		reason += "; " + warn
		if d.act.Kind == "transcript" && k.act.Kind != "transcript" {
			// The transcript is what ASCP sees: its credits count.
			k.e.Credits, k.e.Unit, k.e.Points = d.e.Credits, d.e.Unit, d.e.Points
			warn += " (the transcript's counted)"
		}
		k.notes = append(k.notes, warn)
	}
	d.e.Status, d.e.Reason = celedger.StatusDuplicate, reason
	k.notes = append(k.notes, fmt.Sprintf("also on %s (merged)", d.e.Sources[0]))
	k.e.Sources = append(k.e.Sources, d.e.Sources...)
	if d.act.Kind == "transcript" && k.act.Kind != "transcript" && d.e.Title != "" {
		k.e.Title = d.e.Title
	}
	if k.e.ActivityID == "" {
		k.e.ActivityID = d.e.ActivityID
	}
	if k.e.Presenter == "" {
		k.e.Presenter = d.e.Presenter
	}
	if k.e.Provider == "" || strings.EqualFold(k.e.Provider, "ASCP") && d.e.Provider != "" {
		// An ASCP transcript row of another provider's course: the
		// certificate names the real provider.
		k.e.Provider, k.e.ProviderImplied, k.provider = d.e.Provider, d.e.ProviderImplied, d.provider
	}
	k.e.AuditMissing = intersect(k.e.AuditMissing, d.e.AuditMissing)
}

func kindOf(l *line) string {
	if l.act.Kind != "" {
		return l.act.Kind
	}
	return "document"
}

// intersect keeps what both lists lack: a fact one source misses may be on
// the other.
func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
			}
		}
	}
	return out
}
