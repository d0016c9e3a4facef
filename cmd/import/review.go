package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"celedger"
	"celedger/mapping"
	"celedger/report"
)

// overridesPath is where decisions are read from and saved to.
func overridesPath(cfg config) string {
	if cfg.overrides != "" {
		return cfg.overrides
	}
	return filepath.Join(cfg.out, "overrides.csv")
}

// decisionFiles are the files a person's decisions are read from:
// -overrides, else <out>/overrides.csv then <out>/review.csv.
func decisionFiles(cfg config) []string {
	if cfg.overrides != "" {
		return []string{cfg.overrides}
	}
	return []string{overridesPath(cfg), filepath.Join(cfg.out, "review.csv")}
}

// readOverrides reads -overrides; without it, the decisions an earlier
// run's folder holds: <out>/overrides.csv (saved by -review), then the
// decision column of <out>/review.csv as a person filled it in, so a run
// that forgets -overrides neither drops them nor writes review.csv
// without them. With -review and no such file yet, it starts with none.
func readOverrides(cfg config) (mapping.Overrides, []string, error) {
	paths := decisionFiles(cfg)
	var all mapping.Overrides
	var from []string
	for k, path := range paths {
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) && (k > 0 || cfg.review || cfg.overrides == "") {
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

// reviewStep walks the uncertain lines on the terminal and saves the
// decisions for the next run.
func reviewStep(cfg config, l *celedger.Ledger, ov mapping.Overrides, stdin io.Reader, stdout io.Writer) int {
	items, err := mapping.ReviewItems(l)
	if err != nil {
		fmt.Fprintf(stdout, "review: %v\n", err)
		return exitError
	}
	if len(items) == 0 {
		fmt.Fprintln(stdout, "review: no uncertain lines")
		return exitOK
	}
	fmt.Fprintf(stdout, "review: %d %s to decide\n", len(items), plural(len(items), "title", "titles"))
	path := overridesPath(cfg)
	save := func() error { // after every decision: Ctrl-C keeps what was decided
		return report.WriteFile(filepath.Dir(path), filepath.Base(path), func(w io.Writer) error { return mapping.WriteOverrides(w, ov) })
	}
	n, err := mapping.Review(items, stdin, stdout, &ov, save)
	if err != nil {
		fmt.Fprintf(stdout, "review: %v\n", err)
		if n > 0 {
			return exitError
		}
	}
	if n == 0 {
		fmt.Fprintln(stdout, "review: no decisions made")
		return exitOK
	}
	fmt.Fprintf(stdout, "review: saved %d %s to %s (%d in all)\n", n, plural(n, "decision", "decisions"), path, ov.Len())
	if cfg.overrides == "" {
		fmt.Fprintf(stdout, "review: the next run with -out %s counts them\n", cfg.out)
	} else {
		fmt.Fprintf(stdout, "review: run again with -overrides %s to count them\n", path)
	}
	return exitOK
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// readAssignments reads the assign_to column of the decisions files
// readOverrides reads (the filled-in review.csv): for each line a person
// gave a roster ID, the documents its sources name, and that ID. A line
// held because its name matches two roster people is settled by it.
func readAssignments(cfg config) map[string]string {
	out := map[string]string{}
	for _, path := range decisionFiles(cfg) {
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
		src, to := slices.Index(head, "sources"), slices.Index(head, "assign_to")
		if src < 0 || to < 0 {
			continue
		}
		for _, row := range rows[1:] {
			if to >= len(row) || src >= len(row) || strings.TrimSpace(row[to]) == "" {
				continue
			}
			for _, s := range strings.Split(row[src], "; ") {
				out[documentOf(s)] = strings.TrimSpace(row[to])
			}
		}
	}
	return out
}

// sourceSuffix is what celedger.Source.String adds to a path: a sheet,
// a line or a page ("a.xlsx[Transcript]:10", "cert.pdf p.2").
var sourceSuffix = regexp.MustCompile(`(?:\[[^\]]*\])?(?::\d+| p\.\d+)?$`)

// documentOf is the document path of a source as review.csv prints it.
func documentOf(source string) string {
	return sourceSuffix.ReplaceAllString(strings.TrimSpace(source), "")
}
