package parsers

import "flag"

// update rewrites the golden files: go test ./parsers -update.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")
