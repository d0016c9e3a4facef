package reconcile

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"celedger"
)

// Allocation: every counted point goes to one area before the declaration
// (DOMAIN.md §1). The goal is the least total area shortfall, i.e. the most
// points placed inside the minimums; first-come greedy misses it:
//
//	minimums microbiology 2, safety 1
//	A "Biosafety in the Microbiology Lab", 1 point, microbiology or safety
//	B "Microbiology: Gram Stain", 2 points, microbiology only
//
// Greedy in date order puts A in microbiology and leaves safety short by 1;
// the best allocation puts A in safety ("1 point to safety (microbiology
// already met)") and nothing is short.
//
// An activity is eligible for the minimum of its mapped area, for the
// minimum of every candidate area the classifier marks Eligible (the title
// carries full evidence for that area on its own; not for an override: a
// person chose), and for any minimum whose rule-set keywords its title
// contains. Whatever it is eligible for, it may always go to the rest
// ("general").
//
// Without splitting (ASCP: whole activities) an exact search assigns each
// activity eligible for a minimum other than its own; with splitting allowed
// by the rule set, a max-flow from activities to minimums. Ties prefer an
// activity's own area, then the earlier source, so the result is stable.

// exactSearchLimit bounds the no-split search (nodes visited). Beyond it the
// allocation falls back to a largest-need-first placement and says so; real
// ledgers have a handful of multi-area activities and never come near it.
const exactSearchLimit = 2_000_000

// eligibleMinimums lists the indices of rs.Minimums a line may count toward.
func eligibleMinimums(l *line, rs RuleSet) []int {
	title := " " + foldText(l.e.Title) + " "
	areas := []celedger.Area{l.e.Area}
	if l.e.Zone != celedger.ZoneOverride {
		for _, c := range l.e.Candidates {
			if c.Area != l.e.Area && c.Eligible {
				areas = append(areas, c.Area)
			}
		}
	}
	var out []int
	for i, m := range rs.Minimums {
		if !m.fits(l.e.Counted()) {
			continue // two 1-hour courses do not make a required 2-hour one
		}
		for _, a := range areas {
			if m.eligible(a, title) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// homeMinimum is the index of the minimum of the line's own mapped area, or
// -1 when its area has no minimum in this rule set (or one the line is too
// small for: Minimum.SingleActivity).
func homeMinimum(l *line, rs RuleSet) int {
	title := " " + foldText(l.e.Title) + " "
	for i, m := range rs.Minimums {
		if m.Area == l.e.Area && m.fits(l.e.Counted()) {
			return i
		}
	}
	for i, m := range rs.Minimums {
		if m.eligible(l.e.Area, title) && m.fits(l.e.Counted()) {
			return i
		}
	}
	return -1
}

// slot is one counted line in the allocation problem.
type slot struct {
	l      *line
	points celedger.Points
	elig   []int // eligible minimums
	home   int   // own minimum or -1
}

// allocate assigns counted points to areas and fills the ledger's totals.
func allocate(lines []*line, rs RuleSet, pl *celedger.PersonLedger) {
	var slots []slot
	for _, l := range lines {
		if l.e.Status != celedger.StatusCounted {
			continue
		}
		pl.Points += l.e.Counted()
		slots = append(slots, slot{l: l, points: l.e.Counted(), elig: eligibleMinimums(l, rs), home: homeMinimum(l, rs)})
	}
	req := make([]celedger.Points, len(rs.Minimums))
	for i, m := range rs.Minimums {
		req[i] = m.Points
	}
	// shares[s][m] = points of slot s in minimum m; index len(req) = rest.
	var shares [][]celedger.Points
	if rs.AllowSplit {
		shares = splitAllocation(slots, req)
	} else {
		var exact bool
		shares, exact = wholeAllocation(slots, req)
		if !exact {
			pl.Notes = append(pl.Notes, "allocation search limit reached: the allocation may not be the best possible")
		}
	}
	alloc := make([]celedger.Points, len(req)+1)
	for s := range slots {
		for m, p := range shares[s] {
			alloc[m] += p
		}
	}
	for s, sl := range slots {
		explain(sl, shares[s], alloc, req, rs)
	}
	for i, m := range rs.Minimums {
		a := celedger.AreaLedger{Area: m.Area, Required: m.Points, Allocated: alloc[i]}
		a.Short = max(0, m.Points-a.Allocated)
		pl.Areas = append(pl.Areas, a)
	}
	pl.Areas = append(pl.Areas, celedger.AreaLedger{Area: celedger.AreaGeneral, Allocated: alloc[len(req)]})
	pl.Short = max(0, rs.Total-pl.Points)
}

// reviewCouldSettle reports whether the person would be short of nothing
// if every line in review were confirmed, each in whichever area serves
// best (a reviewer may choose any area), and returns the review lines
// that best case needs: those placed into a minimum's shortfall, and every
// review line with points when the total is short. Counted lines keep
// their eligibility.
func reviewCouldSettle(lines []*line, rs RuleSet, counted celedger.Points) (bool, []*line) {
	// A line in review may go to any minimum it is large enough for.
	anyFitting := func(p celedger.Points) []int {
		var out []int
		for i, m := range rs.Minimums {
			if m.fits(p) {
				out = append(out, i)
			}
		}
		return out
	}
	var slots []slot
	var review []int // indices into slots
	points := counted
	for _, l := range lines {
		switch l.e.Status {
		case celedger.StatusCounted:
			slots = append(slots, slot{l: l, points: l.e.Counted(), elig: eligibleMinimums(l, rs), home: homeMinimum(l, rs)})
		case celedger.StatusReview:
			if l.e.Points > 0 {
				review = append(review, len(slots))
				slots = append(slots, slot{l: l, points: l.e.Points, elig: anyFitting(l.e.Points), home: homeMinimum(l, rs)})
				points += l.e.Points
			}
		}
	}
	req := make([]celedger.Points, len(rs.Minimums))
	for i, m := range rs.Minimums {
		req[i] = m.Points
	}
	var shares [][]celedger.Points
	if rs.AllowSplit {
		shares = splitAllocation(slots, req)
	} else {
		shares, _ = wholeAllocation(slots, req)
	}
	alloc := make([]celedger.Points, len(req)+1)
	for s := range slots {
		for m, p := range shares[s] {
			alloc[m] += p
		}
	}
	settled := points >= rs.Total
	for i := range req {
		settled = settled && alloc[i] >= req[i]
	}
	// What each minimum lacks without the review lines.
	lack := make([]celedger.Points, len(req))
	for i := range req {
		lack[i] = req[i]
		for s := range slots {
			if slots[s].l.e.Status == celedger.StatusCounted {
				lack[i] -= shares[s][i]
			}
		}
	}
	var needed []*line
	for _, s := range review {
		used := counted < rs.Total
		for i := range req {
			used = used || shares[s][i] > 0 && lack[i] > 0
		}
		if used {
			needed = append(needed, slots[s].l)
		}
	}
	return settled, needed
}

// parking is where a slot's points go when no minimum needs them: its own
// minimum (an area may hold more than its minimum), else the rest. A line
// eligible for another minimum too (a course of two areas) parks in the
// rest: its points went where they were needed, and an area's total then
// shows what the person did in that area alone ("Safety Practices for
// Mycobacteriology Benches" after safety and microbiology are met: "1
// point to the rest (safety already met)").
func parking(s slot, rest int) int {
	if s.home >= 0 && len(s.elig) <= 1 {
		return s.home
	}
	return rest
}

// wholeAllocation gives every slot to one area. Slots eligible only for
// their own minimum (or none) are placed directly: that never loses. The
// others are searched exhaustively with memoisation on the remaining needs.
func wholeAllocation(slots []slot, req []celedger.Points) ([][]celedger.Points, bool) {
	rest := len(req)
	shares := make([][]celedger.Points, len(slots))
	need := append([]celedger.Points(nil), req...)
	var open []int
	for i, s := range slots {
		shares[i] = make([]celedger.Points, rest+1)
		if len(s.elig) == 0 || len(s.elig) == 1 && s.elig[0] == s.home {
			to := parking(s, rest)
			shares[i][to] = s.points
			if to < rest {
				need[to] = max(0, need[to]-s.points)
			}
			continue
		}
		open = append(open, i)
	}
	srch := &search{slots: slots, open: open, rest: rest, memo: map[string]result{}}
	res := srch.best(0, need)
	exact := srch.nodes <= exactSearchLimit
	for k, i := range open {
		shares[i][res.choice[k]] = slots[i].points
	}
	return shares, exact
}

// result is the best outcome of the search from one state: points placed
// inside minimums, slots placed in their own minimum, and the choices.
type result struct {
	covered celedger.Points
	atHome  int
	choice  []int
}

func (a result) better(b result) bool {
	if a.covered != b.covered {
		return a.covered > b.covered
	}
	return a.atHome > b.atHome
}

type search struct {
	slots []slot
	open  []int
	rest  int
	memo  map[string]result
	nodes int
}

// best returns the best choices for open[k:] given the remaining needs.
func (s *search) best(k int, need []celedger.Points) result {
	if k == len(s.open) {
		return result{}
	}
	key := fmt.Sprint(k, need)
	if r, ok := s.memo[key]; ok {
		return r
	}
	s.nodes++
	sl := s.slots[s.open[k]]
	park := parking(sl, s.rest)
	options := []int{park}
	for _, m := range sl.elig {
		if m != park && need[m] > 0 {
			options = append(options, m)
		}
	}
	if s.nodes > exactSearchLimit {
		// Fallback: the option with the largest remaining need.
		sort.SliceStable(options, func(i, j int) bool { return needOf(need, options[i], s.rest) > needOf(need, options[j], s.rest) })
		options = options[:1]
	}
	var best result
	first := true
	for _, o := range options {
		next := need
		var gain celedger.Points
		if o < s.rest {
			gain = min(need[o], sl.points)
			next = append([]celedger.Points(nil), need...)
			next[o] -= gain
		}
		sub := s.best(k+1, next)
		r := result{covered: sub.covered + gain, atHome: sub.atHome, choice: append([]int{o}, sub.choice...)}
		if o == sl.home {
			r.atHome++
		}
		if first || r.better(best) {
			best, first = r, false
		}
	}
	s.memo[key] = best
	return best
}

func needOf(need []celedger.Points, o, rest int) celedger.Points {
	if o >= rest {
		return 0
	}
	return need[o]
}

// splitAllocation solves the split case as a max-flow: source -> slot
// (its points) -> eligible minimum -> sink (the minimum's points). Flow is
// first pushed along own-area edges only, then along all edges, so an
// activity leaves its own area only where that places more points.
// Whatever a slot has left goes to its parking area.
func splitAllocation(slots []slot, req []celedger.Points) [][]celedger.Points {
	n, m := len(slots), len(req)
	src, sink := n+m, n+m+1
	g := newFlow(n + m + 2)
	edge := make([]map[int]int, n) // slot -> minimum -> edge index
	for i, s := range slots {
		g.add(src, i, int64(s.points))
		edge[i] = map[int]int{}
	}
	for j, r := range req {
		g.add(n+j, sink, int64(r))
	}
	for i, s := range slots {
		if s.home >= 0 && contains(s.elig, s.home) {
			edge[i][s.home] = g.add(i, n+s.home, int64(s.points))
		}
	}
	g.maxflow(src, sink)
	for i, s := range slots {
		for _, j := range s.elig {
			if _, ok := edge[i][j]; !ok {
				edge[i][j] = g.add(i, n+j, int64(s.points))
			}
		}
	}
	g.maxflow(src, sink)
	shares := make([][]celedger.Points, n)
	for i, s := range slots {
		shares[i] = make([]celedger.Points, m+1)
		left := s.points
		for j, e := range edge[i] {
			f := celedger.Points(g.flowOn(e))
			shares[i][j] += f
			left -= f
		}
		shares[i][parking(s, m)] += left
	}
	return shares
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// explain sets AllocatedTo, Allocations and the reason of one slot's line.
func explain(s slot, share []celedger.Points, alloc, req []celedger.Points, rs RuleSet) {
	rest := len(req)
	e := &s.l.e
	var parts []string
	var allocs []celedger.Allocation
	for to, p := range share {
		if p == 0 && !(s.points == 0 && to == parking(s, rest)) {
			continue
		}
		area := celedger.AreaGeneral
		if to < rest {
			area = rs.Minimums[to].Area
		}
		allocs = append(allocs, celedger.Allocation{Area: area, Points: p})
		parts = append(parts, reasonFor(s, to, p, alloc, req, rs))
	}
	sort.SliceStable(allocs, func(i, j int) bool { return allocs[i].Points > allocs[j].Points })
	e.AllocatedTo = allocs[0].Area
	if len(allocs) > 1 {
		e.Allocations = allocs
	}
	e.Reason = strings.Join(parts, ", ")
}

// reasonFor says why p points of a slot went to area index to.
func reasonFor(s slot, to int, p celedger.Points, alloc, req []celedger.Points, rs RuleSet) string {
	rest := len(req)
	if to == rest {
		var met []string // its own area first: "(hematology and chemistry already met)"
		for _, m := range append([]int{s.home}, s.elig...) {
			if m >= 0 && alloc[m] >= req[m] && !slices.Contains(met, areaName(rs.Minimums[m].Area)) {
				met = append(met, areaName(rs.Minimums[m].Area))
			}
		}
		if len(met) == 0 {
			return pts(p) + " to the rest"
		}
		return fmt.Sprintf("%s to the rest (%s already met)", pts(p), strings.Join(met, " and "))
	}
	name := areaName(rs.Minimums[to].Area)
	if to != s.home && s.home >= 0 {
		if alloc[s.home] >= req[s.home] {
			return fmt.Sprintf("%s to %s (%s already met)", pts(p), name, areaName(rs.Minimums[s.home].Area))
		}
		return fmt.Sprintf("%s to %s (needed more there than in %s)", pts(p), name, areaName(rs.Minimums[s.home].Area))
	}
	return fmt.Sprintf("%s to %s (minimum %s)", pts(p), name, req[to])
}

// areaName prints an area ID for a reason: "blood_banking" -> "blood banking".
func areaName(a celedger.Area) string { return strings.ReplaceAll(string(a), "_", " ") }
