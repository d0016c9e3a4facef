package reconcile

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"celedger"
)

// markDuplicatesPairwise is the search markDuplicates replaced: every line
// against every kept line within dupDateDays. It is the reference the
// indexed search must agree with.
func markDuplicatesPairwise(lines []*line) {
	type keptLine struct {
		l     *line
		order int
	}
	byDay := map[int][]keptLine{}
	kept := 0
	for _, l := range lines {
		if l.e.Status != "" {
			continue
		}
		if l.e.Completed.IsZero() {
			kept++
			continue
		}
		day := dayNumber(l.e.Completed)
		var best keptLine
		var bestSim float64
		var bestDays int
		for d := day - dupDateDays; d <= day+dupDateDays; d++ {
			for _, k := range byDay[d] {
				sim, days, ok := sameActivity(k.l, l)
				if ok && (sim > bestSim || sim == bestSim && best.l != nil && k.order < best.order) {
					best, bestSim, bestDays = k, sim, days
				}
			}
		}
		if best.l == nil {
			byDay[day] = append(byDay[day], keptLine{l, kept})
			kept++
			continue
		}
		merge(best.l, l, bestSim, bestDays)
	}
}

// randomLines makes n lines from a small vocabulary over a few days, so
// near-duplicates, shortened titles, conflicting credits, incompatible
// providers and ties are all common.
func randomLines(t *testing.T, seed uint64, n int) []*line {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 7))
	words := []string{"hematology", "anemia", "review", "case", "study", "blood", "bank", "antibody",
		"identification", "transfusion", "reactions", "gram", "stain", "update", "safety", "ethics", "the", "of"}
	providers := []string{"ASCP", "AABB", "CAP", "", "LabCE"}
	kinds := []string{"transcript", "certificate"}
	r := mustRules(t)
	var acts []celedger.Activity
	for i := range n {
		var title []string
		for range 1 + rng.IntN(6) {
			title = append(title, words[rng.IntN(len(words))])
		}
		date := ""
		if rng.IntN(20) > 0 {
			date = fmt.Sprintf("2025-03-%02d", 1+rng.IntN(9))
		}
		a := act(fmt.Sprintf("f%d.csv:%d", rng.IntN(5), i+2), strings.Join(title, " "), celedger.AreaHematology, "2025-03-01", []string{"1", "1.5", "2"}[rng.IntN(3)])
		a.Completed = celedger.Date{}
		if date != "" {
			a.Completed = d(date)
		}
		a.Provider, a.Kind = providers[rng.IntN(len(providers))], kinds[rng.IntN(2)]
		acts = append(acts, a)
	}
	return r.lines(acts)
}

// TestDuplicatesIndexedSameAsPairwise: the indexed search marks exactly
// the lines, with exactly the reasons and merged fields, that comparing
// every pair does.
func TestDuplicatesIndexedSameAsPairwise(t *testing.T) {
	for seed := range uint64(200) {
		n := 5 + int(seed%60)
		got, want := randomLines(t, seed, n), randomLines(t, seed, n)
		markDuplicates(got)
		markDuplicatesPairwise(want)
		for i := range got {
			if !reflect.DeepEqual(got[i].e, want[i].e) || !reflect.DeepEqual(got[i].notes, want[i].notes) || got[i].provider != want[i].provider {
				t.Fatalf("seed %d, line %d (%q):\n got %+v %q\nwant %+v %q", seed, i, got[i].e.Title, got[i].e, got[i].notes, want[i].e, want[i].notes)
			}
		}
	}
}

// TestDuplicatesOneDay: 20,000 different courses on one date, and the
// same course repeated, are told apart and merged as before. (Compared
// pairwise this took 34 s; see BenchmarkDuplicatesOneDay.)
func TestDuplicatesOneDay(t *testing.T) {
	lines := oneDayLines(t, 20_000)
	markDuplicates(lines)
	dups := 0
	for _, l := range lines {
		if l.e.Status == celedger.StatusDuplicate {
			dups++
		}
	}
	if dups != 1000 {
		t.Errorf("%d duplicates, want 1000 (every 20th line repeats the one before)", dups)
	}
}

func oneDayLines(t testing.TB, n int) []*line {
	var acts []celedger.Activity
	for i := range n {
		title := fmt.Sprintf("Hematology Case Study %d", i)
		if i%20 == 19 {
			title = fmt.Sprintf("Hematology Case Study %d", i-1)
		}
		acts = append(acts, act(fmt.Sprintf("a.csv:%d", i+2), title, celedger.AreaHematology, "2025-03-03", "1"))
	}
	r, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	return r.lines(acts)
}

func BenchmarkDuplicatesOneDay(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		lines := oneDayLines(b, 20_000)
		b.StartTimer()
		markDuplicates(lines)
	}
}
