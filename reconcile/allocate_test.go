package reconcile

import (
	"math/rand/v2"
	"testing"

	"celedger"
)

// coverage is the number of points placed inside the minimums.
func coverage(shares [][]celedger.Points, req []celedger.Points) celedger.Points {
	alloc := make([]celedger.Points, len(req))
	for _, s := range shares {
		for m := range req {
			alloc[m] += s[m]
		}
	}
	var c celedger.Points
	for m, r := range req {
		c += min(r, alloc[m])
	}
	return c
}

// bruteForce tries every whole assignment of slots to an eligible minimum
// or the rest.
func bruteForce(slots []slot, req []celedger.Points) celedger.Points {
	var best celedger.Points
	choice := make([]int, len(slots))
	var walk func(i int)
	walk = func(i int) {
		if i == len(slots) {
			alloc := make([]celedger.Points, len(req))
			for s, c := range choice {
				if c >= 0 {
					alloc[c] += slots[s].points
				}
			}
			var cov celedger.Points
			for m, r := range req {
				cov += min(r, alloc[m])
			}
			best = max(best, cov)
			return
		}
		choice[i] = -1
		walk(i + 1)
		for _, m := range slots[i].elig {
			choice[i] = m
			walk(i + 1)
		}
	}
	walk(0)
	return best
}

// TestAllocationOptimal checks the exact search against brute force, and
// the max-flow against the search, on many small random instances (fixed
// seed: the test is deterministic).
func TestAllocationOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 500; n++ {
		req := make([]celedger.Points, 1+rng.IntN(4))
		for i := range req {
			req[i] = celedger.Points(50 * (1 + rng.IntN(6)))
		}
		slots := make([]slot, rng.IntN(8))
		for i := range slots {
			s := slot{l: &line{}, points: celedger.Points(25 * (1 + rng.IntN(12))), home: -1}
			for m := range req {
				if rng.IntN(3) == 0 {
					s.elig = append(s.elig, m)
				}
			}
			if len(s.elig) > 0 && rng.IntN(2) == 0 {
				s.home = s.elig[rng.IntN(len(s.elig))]
			}
			slots[i] = s
		}
		whole, exact := wholeAllocation(slots, req)
		if !exact {
			t.Fatal("search limit reached on a tiny instance")
		}
		for i, s := range whole {
			var sum celedger.Points
			for _, p := range s {
				sum += p
			}
			if sum != slots[i].points {
				t.Fatalf("instance %d: slot %d allocated %s of %s", n, i, sum, slots[i].points)
			}
		}
		if got, want := coverage(whole, req), bruteForce(slots, req); got != want {
			t.Fatalf("instance %d: search covers %s, brute force %s (req %v, slots %+v)", n, got, want, req, slots)
		}
		split := splitAllocation(slots, req)
		if coverage(split, req) < coverage(whole, req) {
			t.Fatalf("instance %d: max-flow covers less than the whole-activity search", n)
		}
	}
}
