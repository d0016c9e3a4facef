// Package spool keeps a sequence of values in a temporary file and reads
// them back by index, so that a large import holds on disk what it needs
// again only later: the records between reading and reconciliation, each
// person's ledger lines between reconciliation and the writers. Memory
// then grows with the number of values (eight bytes each), not with their
// size.
//
// Values are stored as JSON: every type the ledger spools already has an
// exact JSON form (ledger.json is made of it), so a value reads back equal
// to what was added.
package spool

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sync"
)

// Spool is a sequence of values of type T in a temporary file. Add and Get
// may be called from several goroutines.
type Spool[T any] struct {
	mu      sync.Mutex
	f       *os.File
	w       *bufio.Writer
	ends    []int64          // ends[i] is the offset just past value i as first added
	size    int64            // bytes written
	moved   map[int][2]int64 // start and end of the values Set since
	removed bool             // the file has no name left to remove
}

// New makes an empty spool in a new file in dir (the system's temporary
// folder when dir is ""). The file is removed at once where the system
// lets an open file go on without a name (Unix), so nothing is left behind
// even when the run is killed; elsewhere Close removes it.
func New[T any](dir string) (*Spool[T], error) {
	f, err := os.CreateTemp(dir, ".celedger-*.spool")
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	s := &Spool[T]{f: f, w: bufio.NewWriterSize(f, 256<<10)}
	s.removed = os.Remove(f.Name()) == nil
	return s, nil
}

// Add appends v and returns its index.
func (s *Spool[T]) Add(v T) (int, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return 0, fmt.Errorf("spool: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.write(b); err != nil {
		return 0, err
	}
	s.ends = append(s.ends, s.size)
	return len(s.ends) - 1, nil
}

// Set replaces value i. Its new bytes go to the end of the file: Set is
// for the odd correction, not for rewriting a spool.
func (s *Spool[T]) Set(i int, v T) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < 0 || i >= len(s.ends) {
		return fmt.Errorf("spool: no value %d of %d", i, len(s.ends))
	}
	start := s.size
	if err := s.write(b); err != nil {
		return err
	}
	if s.moved == nil {
		s.moved = map[int][2]int64{}
	}
	s.moved[i] = [2]int64{start, s.size}
	return nil
}

func (s *Spool[T]) write(b []byte) error {
	if _, err := s.w.Write(b); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	s.size += int64(len(b))
	return nil
}

// Len is the number of values added.
func (s *Spool[T]) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.ends)
}

// Get reads value i back.
func (s *Spool[T]) Get(i int) (T, error) {
	var v T
	s.mu.Lock()
	if i < 0 || i >= len(s.ends) {
		s.mu.Unlock()
		return v, fmt.Errorf("spool: no value %d of %d", i, len(s.ends))
	}
	start, end := int64(0), s.ends[i]
	if i > 0 {
		start = s.ends[i-1]
	}
	if m, ok := s.moved[i]; ok {
		start, end = m[0], m[1]
	}
	var err error
	if s.w.Buffered() > 0 {
		err = s.w.Flush()
	}
	s.mu.Unlock()
	if err != nil {
		return v, fmt.Errorf("spool: %w", err)
	}
	b := make([]byte, end-start)
	if _, err := s.f.ReadAt(b, start); err != nil {
		return v, fmt.Errorf("spool: %w", err)
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return v, fmt.Errorf("spool: value %d: %w", i, err)
	}
	return v, nil
}

// Close removes the spool's file.
func (s *Spool[T]) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.f.Close()
	if !s.removed {
		if rmErr := os.Remove(s.f.Name()); err == nil {
			err = rmErr
		}
	}
	return err
}
