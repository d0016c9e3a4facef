package batch

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"celedger/internal/outdir"
	"celedger/mapping"
)

// OverridesPath is where decisions are read from and a review saves them
// to: Overrides, else <Out>/overrides.csv.
func (o Options) OverridesPath() string {
	if o.Overrides != "" {
		return o.Overrides
	}
	return filepath.Join(o.Out, "overrides.csv")
}

// decisionFiles are the files a person's decisions are read from:
// -overrides, else <out>/overrides.csv then <out>/review.csv.
func decisionFiles(opts Options) []string {
	if opts.Overrides != "" {
		return []string{opts.Overrides}
	}
	files := []string{opts.OverridesPath()}
	if outdir.Outputs(opts.Out)["review.csv"] {
		// (only the review.csv an earlier run wrote: a user's own file of
		// that name is no decisions file, and the run will not replace it)
		files = append(files, filepath.Join(opts.Out, "review.csv"))
	}
	return files
}

// readOverrides reads -overrides; without it, the decisions an earlier
// run's folder holds: <out>/overrides.csv (saved by -review), then the
// decision column of <out>/review.csv as a person filled it in, so a run
// that forgets -overrides neither drops them nor writes review.csv
// without them. With -review and no such file yet, it starts with none.
func readOverrides(opts Options) (mapping.Overrides, []string, error) {
	paths := decisionFiles(opts)
	var all mapping.Overrides
	var from []string
	for k, path := range paths {
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) && (k > 0 || opts.Review || opts.Overrides == "") {
			continue
		}
		if err != nil {
			return mapping.Overrides{}, nil, err
		}
		o, err := mapping.ReadOverrides(path, f)
		f.Close()
		if err != nil {
			return mapping.Overrides{}, nil, err
		}
		if o.Len() > 0 {
			all.Add(o)
			from = append(from, path)
		}
	}
	return all, from, nil
}

// readAssignments reads the assign_to column of the decisions files
// readOverrides reads (the filled-in review.csv): for each line a person
// gave a roster ID, the documents its sources name, and that ID (the
// last written, when a document's lines give several). A line held
// because its name matches two roster people is settled by it. from
// names the files that gave one.
func readAssignments(opts Options) (decided map[string]string, from []string) {
	given, from, _ := readAssignmentsAt(opts)
	decided = map[string]string{}
	for doc, ids := range given {
		decided[doc] = ids[len(ids)-1].id
	}
	return decided, from
}

// assignment is one roster ID the assign_to column gives a document, and
// the lines that give it ("out/review.csv:2, 3").
type assignment struct {
	id, at string
}

// readAssignmentsAt is readAssignments with every distinct ID each
// document's lines give, in the order first written, with the lines that
// give it, and whom the lines named (their person column), for
// checkAssignments to choose and say.
func readAssignmentsAt(opts Options) (given map[string][]assignment, from []string, named map[string]string) {
	given, named = map[string][]assignment{}, map[string]string{}
	for _, path := range decisionFiles(opts) {
		f, err := os.Open(path)
		if err != nil {
			continue // (readOverrides reports a file that cannot be read)
		}
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		rows, _ := r.ReadAll()
		f.Close()
		if len(rows) < 2 {
			continue
		}
		head := rows[0]
		if len(head) > 0 {
			head[0] = strings.TrimPrefix(head[0], "\ufeff")
		}
		src, to, who := slices.Index(head, "sources"), slices.Index(head, "assign_to"), slices.Index(head, "person")
		if src < 0 || to < 0 {
			continue
		}
		for n, row := range rows[1:] {
			if to >= len(row) || src >= len(row) || strings.TrimSpace(row[to]) == "" {
				continue
			}
			id := strings.TrimSpace(row[to])
			for _, s := range strings.Split(row[src], "; ") {
				doc := documentOf(s)
				// (a quoted cell over lines would shift the numbers; review.csv writes none)
				k := slices.IndexFunc(given[doc], func(a assignment) bool { return a.id == id })
				switch {
				case k < 0:
					given[doc] = append(given[doc], assignment{id: id, at: fmt.Sprintf("%s:%d", path, n+2)})
				case strings.HasPrefix(given[doc][k].at, path+":"):
					given[doc][k].at += fmt.Sprintf(", %d", n+2) // the document's lines: "review.csv:2, 3"
				}
				if who >= 0 && who < len(row) {
					named[doc] = row[who]
				}
			}
			if !slices.Contains(from, path) {
				from = append(from, path)
			}
		}
	}
	return given, from, named
}

// sourceSuffix is what celedger.Source.String adds to a path: a sheet,
// a line or a page ("a.xlsx[Transcript]:10", "cert.pdf p.2").
var sourceSuffix = regexp.MustCompile(`(?:\[[^\]]*\])?(?::\d+| p\.\d+)?$`)

// documentOf is the document path of a source as review.csv prints it.
func documentOf(source string) string {
	return sourceSuffix.ReplaceAllString(strings.TrimSpace(source), "")
}
