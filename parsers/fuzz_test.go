package parsers

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"celedger"
)

// checkRecords fails the test for any record a parser should never yield.
func checkRecords(t *testing.T, recs []celedger.Record) {
	t.Helper()
	for _, r := range recs {
		switch {
		case r.Title == "":
			t.Fatalf("record without a title: %+v", r)
		case r.Unit == "":
			t.Fatalf("record without a unit: %+v", r)
		case r.Credits < 0 || r.Credits > defaultMaxCredits:
			t.Fatalf("credits out of range: %+v", r)
		case r.Completed.IsZero() && r.Claim != celedger.ClaimUnclaimed:
			t.Fatalf("record without a date: %+v", r)
		case r.Source.Line <= 0 && r.Source.Page <= 0:
			t.Fatalf("record without a place: %+v", r)
		}
		if _, ok := celedger.ParseUnit(string(r.Unit)); !ok && !isKnownUnit(r.Unit) {
			t.Fatalf("unknown unit %q", r.Unit)
		}
	}
}

func isKnownUnit(u celedger.Unit) bool {
	for _, k := range celedger.Units {
		if u == k {
			return true
		}
	}
	return false
}

// addSeeds adds every file under dirs with one of the extensions as a seed.
func addSeeds(f *testing.F, exts []string, dirs ...string) {
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			for _, e := range exts {
				if filepath.Ext(path) == e {
					if b, err := os.ReadFile(path); err == nil {
						f.Add(b)
					}
				}
			}
			return nil
		})
	}
}

// FuzzCSV feeds arbitrary bytes to the delimited-text reader: it must
// never panic, and every record it yields must be valid.
func FuzzCSV(f *testing.F) {
	addSeeds(f, []string{".csv", ".tsv"}, "../samples", "testdata/csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, layout := range []tableLayout{{kind: "transcript"}, {provider: "ASCP", defaultUnit: celedger.UnitCMLE, kind: "transcript"}} {
			doc, err := parseDelimited(bytes.NewReader(data), int64(len(data)), "fuzz.csv", layout)
			if err != nil {
				if len(doc.Records) > 0 {
					t.Fatalf("failed parse returned records")
				}
				continue
			}
			checkRecords(t, doc.Records)
		}
	})
}

// FuzzReadCredits: a credits cell either fails with a known cause or gives
// a number and (optionally) a unit that ParseUnit knows.
func FuzzReadCredits(f *testing.F) {
	for _, s := range []string{"1.5", "1,5", "1.5 CMLE", "2 contact hours", "0.2 CEU", "1,5 P.A.C.E.®", "abc", "-1", "1e3", ".5 hrs"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, comma bool) {
		p, u, err := readCredits(s, comma)
		if err != nil {
			if !errors.Is(err, celedger.ErrMissing) && !errors.Is(err, celedger.ErrBadNumber) && !errors.Is(err, celedger.ErrBadUnit) {
				t.Fatalf("readCredits(%q): error %v has no known cause", s, err)
			}
			return
		}
		if u != "" && !isKnownUnit(u) {
			t.Fatalf("readCredits(%q) = unit %q", s, u)
		}
		if q, _, err := readCredits(p.String(), false); err != nil || q != p {
			t.Fatalf("readCredits(%q) = %v, which reads back as %v (%v)", s, p, q, err)
		}
	})
}
