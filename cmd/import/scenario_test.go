package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"celedger"
)

// Each folder under testdata/scenarios is one person's documents with
//
//	args          the flags of the run, one per line ("-as-of=2026-11-24")
//	expected.json the people of the ledger, worked out by hand (see README.md)
//	expected-declaration.csv (optional) the declaration worksheet, by hand
//	README.md     the reasoning behind them
//
// The test runs the command on the folder's documents and compares the
// people with expected.json, through a projection that leaves out the
// classifier's own fields (scores, matched terms), so the scenarios test
// reconciliation and not the lexicon. expected.json is written by hand and
// never rewritten by -update: a difference is a finding to explain.
func TestScenarios(t *testing.T) {
	dirs, err := filepath.Glob("testdata/scenarios/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			abs, err := filepath.Abs(dir)
			if err != nil {
				t.Fatal(err)
			}
			argText, err := os.ReadFile(filepath.Join(abs, "args"))
			if err != nil {
				t.Fatal(err)
			}
			entries, err := os.ReadDir(abs)
			if err != nil {
				t.Fatal(err)
			}
			var docs []string
			for _, e := range entries {
				switch e.Name() {
				case "args", "expected.json", "expected-declaration.csv", "README.md":
				default:
					docs = append(docs, e.Name())
				}
			}
			sort.Strings(docs)
			out := t.TempDir()
			t.Chdir(abs)
			var args []string
			for _, a := range strings.Split(string(argText), "\n") {
				if a = strings.TrimSpace(a); a != "" {
					args = append(args, a)
				}
			}
			args = append(args, "-q", "-out", out)
			var stdout, stderr bytes.Buffer
			if code := run(append(args, docs...), nil, &stdout, &stderr); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			var l celedger.Ledger
			b, err := os.ReadFile(filepath.Join(out, "ledger.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &l); err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(project(l), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want, err := os.ReadFile("expected.json")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(normJSON(t, want), normJSON(t, got)) {
				t.Errorf("ledger differs from expected.json\n--- got\n%s", got)
			}
			if want, err := os.ReadFile("expected-declaration.csv"); err == nil {
				got, _ := os.ReadFile(filepath.Join(out, "declaration.csv"))
				if strings.TrimPrefix(string(got), "\ufeff") != string(want) {
					t.Errorf("declaration.csv differs from expected-declaration.csv\n--- got\n%s", got)
				}
			}
		})
	}
}

// normJSON re-indents a JSON document so that only content counts.
func normJSON(t *testing.T, b []byte) []byte {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("expected.json: %v", err)
	}
	out, _ := json.MarshalIndent(v, "", "  ")
	return out
}

type scenarioPerson struct {
	Name             string                `json:"name"`
	Credential       string                `json:"credential"`
	Unconfirmed      []string              `json:"unconfirmed,omitempty"`
	CycleStart       celedger.Date         `json:"cycle_start"`
	CycleEnd         celedger.Date         `json:"cycle_end"`
	DeclarationOpens celedger.Date         `json:"declaration_opens"`
	SubmitBy         celedger.Date         `json:"submit_by"`
	DaysToSubmit     int                   `json:"days_to_submit"`
	Status           celedger.PersonStatus `json:"status"`
	Points           celedger.Points       `json:"points"`
	Required         celedger.Points       `json:"required"`
	Short            celedger.Points       `json:"short"`
	Areas            []celedger.AreaLedger `json:"areas"`
	Notes            []string              `json:"notes,omitempty"`
	Activities       []scenarioLine        `json:"activities"`
}

type scenarioLine struct {
	Title       string               `json:"title"`
	Completed   celedger.Date        `json:"completed"`
	Points      celedger.Points      `json:"points"`
	Status      celedger.EntryStatus `json:"status"`
	AllocatedTo celedger.Area        `json:"allocated_to,omitempty"`
	Reason      string               `json:"reason"`
	Sources     []string             `json:"sources"`
}

func project(l celedger.Ledger) []scenarioPerson {
	var out []scenarioPerson
	for _, p := range l.People {
		sp := scenarioPerson{
			Name: p.Name, Credential: p.Credential, Unconfirmed: p.Unconfirmed,
			CycleStart: p.CycleStart, CycleEnd: p.CycleEnd, DeclarationOpens: p.DeclarationOpens,
			SubmitBy: p.SubmitBy, DaysToSubmit: p.DaysToSubmit, Status: p.Status, Points: p.Points,
			Required: p.Required, Short: p.Short, Areas: p.Areas, Notes: p.Notes, Activities: []scenarioLine{},
		}
		for _, e := range p.Activities {
			ln := scenarioLine{Title: e.Title, Completed: e.Completed, Points: e.Points, Status: e.Status,
				AllocatedTo: e.AllocatedTo, Reason: e.Reason}
			for _, s := range e.Sources {
				ln.Sources = append(ln.Sources, s.String())
			}
			sp.Activities = append(sp.Activities, ln)
		}
		out = append(out, sp)
	}
	return out
}
