// Command gen writes the bulk benchmark corpus (see package corpus) and
// its counts as JSON:
//
//	go run ./internal/corpus/gen -n 1000 -seed 1 -out /tmp/corpus -stats /tmp/corpus.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"celedger/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of people")
	seed := flag.Int64("seed", 1, "random seed; the same seed and -n give the same files")
	out := flag.String("out", "corpus", "folder to write the corpus into (should be empty or missing)")
	stats := flag.String("stats", "", "write the counts as JSON to this `FILE` (default: standard output)")
	flag.Parse()
	start := time.Now()
	st, err := corpus.Generate(*out, *n, *seed)
	if err != nil {
		fmt.Fprintf(os.Stderr, "corpus: error: %v\n", err)
		os.Exit(1)
	}
	b, _ := json.MarshalIndent(st, "", "  ")
	b = append(b, '\n')
	if *stats == "" {
		os.Stdout.Write(b)
	} else if err := os.WriteFile(*stats, b, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "corpus: error: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "corpus: %d people, %d files (%d PDF, %d pages) in %s, %.1fs\n",
		st.People, st.Files, st.PDFFiles, st.PDFPages, *out, time.Since(start).Seconds())
}
