package celedger

import (
	"errors"
	"fmt"
	"testing"
)

// memStore is a Store in memory; fail makes Get fail from that index on.
type memStore[T any] struct {
	vals []T
	fail int
}

func (s memStore[T]) Len() int { return len(s.vals) }

func (s memStore[T]) Get(i int) (T, error) {
	if i >= s.fail {
		var zero T
		return zero, errors.New("disk gone")
	}
	return s.vals[i], nil
}

func TestLedgerStores(t *testing.T) {
	lines := [][]Entry{{{Title: "a"}}, {}, {{Title: "c1"}, {Title: "c2"}}}
	people := []PersonLedger{{Name: "A"}, {Name: "B"}, {Name: "C"}}
	inMemory := Ledger{People: make([]PersonLedger, len(people)), Files: []FileResult{{Path: "x"}, {Path: "y"}}}
	for i := range people {
		inMemory.People[i] = people[i]
		inMemory.People[i].Activities = lines[i]
	}
	stored := Ledger{People: people, Lines: memStore[[]Entry]{lines, 99},
		FileLog: memStore[FileResult]{[]FileResult{{Path: "x"}, {Path: "y"}}, 99}}

	walk := func(l *Ledger, order []int) string {
		out := ""
		err := l.Each(order, func(i int, p *PersonLedger) error {
			out += fmt.Sprintf("%d:%s:%d ", i, p.Name, len(p.Activities))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		err = l.EachFile(func(f *FileResult) error { out += f.Path; return nil })
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, order := range [][]int{nil, {2, 0}} {
		if a, b := walk(&inMemory, order), walk(&stored, order); a != b {
			t.Errorf("order %v: in memory %q, stored %q", order, a, b)
		}
	}
	if p, err := stored.Person(2); err != nil || len(p.Activities) != 2 || stored.People[2].Activities != nil {
		t.Errorf("Person(2) = %d lines, %v; People[2] has %d", len(p.Activities), err, len(stored.People[2].Activities))
	}

	// A store that fails stops the walk with its error, naming the person.
	broken := Ledger{People: people, Lines: memStore[[]Entry]{lines, 1}, FileLog: memStore[FileResult]{nil, 0}}
	seen := 0
	err := broken.Each(nil, func(int, *PersonLedger) error { seen++; return nil })
	if err == nil || seen != 1 || err.Error() != "B: activity lines: disk gone" {
		t.Errorf("Each over a failing store: %v after %d people", err, seen)
	}
	// So does fn's own error, before the store is read to the end.
	stop := errors.New("stop")
	if err := stored.Each(nil, func(int, *PersonLedger) error { return stop }); err != stop {
		t.Errorf("Each returned %v, want fn's error", err)
	}
}
