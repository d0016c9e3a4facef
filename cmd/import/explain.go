package main

import (
	"fmt"
	"io"

	"celedger/parsers"
)

// explainFiles prints, for each file, what the readers see in it
// (parsers.Explain), separated by blank lines. A file that cannot be
// opened is an error on stderr and exit status 3; the others are still
// explained.
func explainFiles(paths []string, stdout, stderr io.Writer) int {
	code := exitOK
	for i, p := range paths {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		if err := parsers.Explain(stdout, p); err != nil {
			fmt.Fprintf(stderr, "celedger: error: %v\n", err)
			code = exitBadInput
		}
	}
	return code
}
