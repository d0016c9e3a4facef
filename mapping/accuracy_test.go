package mapping

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"celedger"
)

// labelled is one line of testdata/titles.tsv.
type labelled struct {
	line         int
	title, topic string
	accept       []string // area IDs, "none" or "exclude"
}

func readLabelled(t testing.TB) []labelled {
	t.Helper()
	f, err := os.Open("testdata/titles.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("titles.tsv:%d: want 3 tab-separated columns, got %d", n, len(cols))
		}
		l := labelled{line: n, title: cols[0], topic: cols[1], accept: strings.Split(cols[2], ",")}
		for _, a := range l.accept {
			if _, ok := areaIndex(a); !ok && a != "none" && a != "exclude" {
				t.Fatalf("titles.tsv:%d: unknown label %q", n, a)
			}
		}
		out = append(out, l)
	}
	return out
}

// outcome names what the classifier answered in the label vocabulary.
func outcome(c celedger.Classification) string {
	switch {
	case c.Exclude != "":
		return "exclude"
	case c.Zone == celedger.ZoneNone:
		return "none"
	}
	return string(c.Area)
}

// TestAccuracy measures the classifier on the labelled set and holds it
// to the targets: ≥ 95 % of titles answered correctly in zone auto (a
// "none" title is correct when zone none), ≤ 5 % sent to review, no
// non-laboratory title auto-assigned to an area, at most
// maxConfidentWrong confident wrong answers.
func TestAccuracy(t *testing.T) {
	const maxConfidentWrong = 2
	c := mustNew(t)
	set := readLabelled(t)
	if len(set) < 220 {
		t.Fatalf("labelled set has %d titles, want at least 220", len(set))
	}
	var correct, review, wrong, nonLabAuto int
	for _, l := range set {
		got := c.Classify(l.title, l.topic)
		ans := outcome(got)
		ok := slices.Contains(l.accept, ans)
		nonLab := slices.Contains(l.accept, "none")
		switch {
		case got.Zone == celedger.ZoneReview:
			review++
			t.Logf("review   titles.tsv:%d %q -> %s %.2f %v %v (want %v)", l.line, l.title, got.Area, got.Score, got.Candidates, got.Terms, l.accept)
		case ok:
			correct++
		default:
			wrong++
			if nonLab && got.Area != "" {
				nonLabAuto++
			}
			t.Logf("WRONG    titles.tsv:%d %q -> %s %s %.2f %v (want %v)", l.line, l.title, ans, got.Zone, got.Score, got.Terms, l.accept)
		}
	}
	n := float64(len(set))
	t.Logf("titles: %d", len(set))
	t.Logf("correct in auto/none: %d (%.1f %%)", correct, 100*float64(correct)/n)
	t.Logf("sent to review:       %d (%.1f %%)", review, 100*float64(review)/n)
	t.Logf("confident wrong:      %d", wrong)
	t.Logf("non-lab auto-assigned: %d", nonLabAuto)
	if float64(correct)/n < 0.95 {
		t.Errorf("correct in auto %.1f %% < 95 %%", 100*float64(correct)/n)
	}
	if float64(review)/n > 0.05 {
		t.Errorf("review %.1f %% > 5 %%", 100*float64(review)/n)
	}
	if nonLabAuto > 0 {
		t.Errorf("%d non-laboratory titles auto-assigned", nonLabAuto)
	}
	if wrong > maxConfidentWrong {
		t.Errorf("%d confident wrong answers > %d", wrong, maxConfidentWrong)
	}
}

func mustNew(t testing.TB) *Classifier {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
