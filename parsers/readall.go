package parsers

import (
	"runtime"
	"sync"

	"celedger"
)

// Result is the outcome of reading one input.
type Result struct {
	File celedger.FileResult
	Doc  celedger.Document
}

// ReadAll reads inputs with a bounded pool of workers (GOMAXPROCS when
// workers <= 0) and hands each result to emit in input order, whatever
// order the workers finish in, so the outcome is the same as reading one by
// one. At most 2×workers results wait for their turn, so memory stays
// bounded however many files there are. progress, when not nil, is called
// after each emitted result with the count done so far.
func ReadAll(inputs []Input, workers int, emit func(Result), progress func(done int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(inputs)))
	type slot struct {
		i   int
		res Result
	}
	jobs := make(chan int)
	done := make(chan slot, workers)
	window := make(chan struct{}, 2*workers) // results in flight or waiting
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				f, d := Read(inputs[i])
				done <- slot{i, Result{f, d}}
			}
		}()
	}
	go func() {
		for i := range inputs {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()
	pending := map[int]Result{}
	next := 0
	for s := range done {
		pending[s.i] = s.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(r)
			<-window
			next++
			if progress != nil {
				progress(next)
			}
		}
	}
}
