package spool

import (
	"errors"
	"io/fs"
	"path/filepath"
	"reflect"
	"runtime"
	"sync"
	"testing"

	"celedger"
)

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s, err := New[celedger.Record](dir)
	if err != nil {
		t.Fatal(err)
	}
	done, _ := celedger.NewDate(2025, 3, 4)
	want := []celedger.Record{
		{Source: celedger.Source{Path: "in/a.csv", Line: 7}, Title: "Antibody Identification", Credits: 150, Unit: celedger.UnitCMLE, Completed: done,
			Holder: celedger.Holder{Name: "Jane Roe", ID: "00412233", CycleEnd: done}},
		{}, // the zero record comes back zero
		{Source: celedger.Source{Path: "in/c.pdf", Page: 2}, Title: "Tick-borne \"Disease\" – Ehrlichiosis", Claim: celedger.ClaimUnclaimed},
	}
	for i, r := range want {
		n, err := s.Add(r)
		if err != nil || n != i {
			t.Fatalf("Add %d = %d, %v", i, n, err)
		}
	}
	// Backwards, and interleaved with an Add: reads see what was written.
	for i := len(want) - 1; i >= 0; i-- {
		got, err := s.Get(i)
		if err != nil || !reflect.DeepEqual(got, want[i]) {
			t.Errorf("Get(%d) = %+v, %v; want %+v", i, got, err, want[i])
		}
	}
	if _, err := s.Add(want[0]); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(3); err != nil || !reflect.DeepEqual(got, want[0]) {
		t.Errorf("Get(3) after Add = %+v, %v", got, err)
	}
	// Set replaces one value and leaves its neighbours alone.
	changed := want[2]
	changed.Title = "Ehrlichiosis, revised"
	if err := s.Set(2, changed); err != nil {
		t.Fatal(err)
	}
	for i, w := range []celedger.Record{want[1], changed, want[0]} {
		if got, err := s.Get(i + 1); err != nil || !reflect.DeepEqual(got, w) {
			t.Errorf("after Set: Get(%d) = %+v, %v; want %+v", i+1, got, err, w)
		}
	}
	if err := s.Set(4, changed); err == nil {
		t.Error("Set past the end: no error")
	}
	if _, err := s.Get(4); err == nil {
		t.Error("Get past the end: no error")
	}
	if s.Len() != 4 {
		t.Errorf("Len = %d", s.Len())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) > 0 {
		t.Errorf("Close left %v", left)
	}
}

// A spool leaves no file in its folder even while it is open, where the
// system allows it: a killed run leaves nothing behind.
func TestNoNameWhileOpen(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows keeps the name of an open file")
	}
	dir := t.TempDir()
	s, err := New[int](dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Add(1)
	if v, err := s.Get(0); err != nil || v != 1 {
		t.Fatalf("Get = %d, %v", v, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) > 0 {
		t.Errorf("open spool shows as %v", left)
	}
}

// Empty and nil slices stay apart: ledger.json prints [] for a person with
// no activity lines, never null.
func TestSlices(t *testing.T) {
	s, err := New[[]celedger.Entry](t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Add([]celedger.Entry{})
	s.Add(nil)
	if got, _ := s.Get(0); got == nil || len(got) != 0 {
		t.Errorf("empty slice came back as %#v", got)
	}
	if got, _ := s.Get(1); got != nil {
		t.Errorf("nil slice came back as %#v", got)
	}
}

func TestConcurrent(t *testing.T) {
	s, err := New[int](t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range 1000 {
		s.Add(i)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < 1000; i += 4 {
				if v, err := s.Get(i); err != nil || v != i {
					t.Errorf("Get(%d) = %d, %v", i, v, err)
				}
				s.Add(-1)
			}
		}()
	}
	wg.Wait()
}

func TestBadDir(t *testing.T) {
	if _, err := New[int](filepath.Join(t.TempDir(), "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("New in a missing folder: %v", err)
	}
}
