package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"celedger"
)

// WriteSummary prints the terminal summary: one block per person and
// credential, most urgent first (as report.html orders its roster: expired,
// then the nearest submit-by date, short before review before compliant),
// then the tallies and the file totals. show, when not empty, keeps only
// the people it names (see ShowChoices); the tallies still count everyone.
//
//	Jane Doe (ASCP-123456) · MLS · cycle 2024-07-01 to 2027-06-30
//	  short: 31.5 of 36 points, 4.5 to go
//	  blood banking 2.5/2 ✓  chemistry 1/2 short 1 …
//	  declaration opens 2027-04-01 · submit by 2027-05-31 (188 days)
func WriteSummary(w io.Writer, l *celedger.Ledger, show []string) error {
	hidden := 0
	for _, i := range byUrgency(l.People) {
		if p := &l.People[i]; shown(p, show) {
			writePerson(w, p)
		} else {
			hidden++
		}
	}
	if hidden > 0 {
		fmt.Fprintf(w, "(%d not shown: -show %s)\n", hidden, strings.Join(show, ","))
	}
	writeTally(w, l)
	t, err := fileTotals(l)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "files: %d read · %d imported · %d skipped · %d failed · %d %s · %d %s",
		t.Read, t.Imported, t.Skipped, t.Failed, t.Records, Plural(t.Records, "record", "records"), t.Problems, Plural(t.Problems, "row problem", "row problems"))
	if err == nil && t.OwnOutputs > 0 {
		_, err = fmt.Fprintf(w, " (and %d %s of an earlier run, not read)", t.OwnOutputs, Plural(t.OwnOutputs, "output", "outputs"))
	}
	if err == nil {
		_, err = fmt.Fprintln(w)
	}
	return err
}

// Plural is one when n is 1, else many: the wording of a count in the
// command's messages ("1 record", "3 records").
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ShowChoices are the groups -show may name: a status, "due" (to submit
// within 90 days, or already past the submit-by date), "action" (anyone
// not compliant, or due).
var ShowChoices = []string{"expired", "short", "review", "compliant", "due", "action"}

// shown reports whether a person belongs to one of the groups of show
// (every person when show is empty).
func shown(p *celedger.PersonLedger, show []string) bool {
	if len(show) == 0 {
		return true
	}
	due := !p.SubmitBy.IsZero() && p.DaysToSubmit <= upcomingDays
	for _, s := range show {
		switch s {
		case "due":
			if due {
				return true
			}
		case "action":
			if due || p.Status != celedger.PersonCompliant {
				return true
			}
		default:
			if string(p.Status) == s {
				return true
			}
		}
	}
	return false
}

func writePerson(w io.Writer, p *celedger.PersonLedger) {
	who := p.Name
	if p.ID != "" {
		who += " (" + p.ID + ")"
	}
	cycle := "cycle unknown"
	if !p.CycleEnd.IsZero() {
		cycle = fmt.Sprintf("cycle %s to %s", p.CycleStart, p.CycleEnd)
	}
	fmt.Fprintf(w, "%s · %s · %s\n", who, p.Credential, cycle)
	line := fmt.Sprintf("  %s: %s of %s points", p.Status, p.Points, p.Required)
	if p.Short > 0 {
		line += fmt.Sprintf(", %s to go", p.Short)
	}
	if p.ReviewCount > 0 {
		line += fmt.Sprintf(", %d to review", p.ReviewCount)
	}
	fmt.Fprintln(w, line)
	var areas []string
	for _, a := range p.Areas {
		if a.Required == 0 {
			areas = append(areas, fmt.Sprintf("%s %s", areaShort(a.Area), a.Allocated))
			continue
		}
		mark := "ok"
		if a.Short > 0 {
			mark = "short " + a.Short.String()
		}
		areas = append(areas, fmt.Sprintf("%s %s/%s %s", areaShort(a.Area), a.Allocated, a.Required, mark))
	}
	fmt.Fprintf(w, "  %s\n", strings.Join(areas, " · "))
	if !p.CycleEnd.IsZero() {
		fmt.Fprintf(w, "  declaration opens %s · submit by %s (%s)\n", p.DeclarationOpens, p.SubmitBy, daysText(p.DaysToSubmit))
	}
	for _, n := range p.Notes {
		fmt.Fprintf(w, "  note: %s\n", n)
	}
	if len(p.Unconfirmed) > 0 {
		fmt.Fprintf(w, "  note: rests on rules not confirmed: %s\n", strings.Join(p.Unconfirmed, "; "))
	}
}

func daysText(d int) string {
	switch {
	case d == 0:
		return "today"
	case d == 1:
		return "tomorrow"
	case d == -1:
		return "yesterday"
	case d < 0:
		return strconv.Itoa(-d) + " days ago"
	}
	return strconv.Itoa(d) + " days"
}

func areaShort(a celedger.Area) string {
	return strings.ReplaceAll(string(a), "_", " ")
}

// fileCounts are the totals of an import log.
type fileCounts struct {
	Read, Imported, Skipped, Failed, Records, Problems int
	OwnOutputs                                         int // an earlier run's outputs met among the inputs, not read (import-log.csv lists them as skipped)
}

// add counts one file; celedger's own earlier outputs met among the
// inputs are no input and not counted.
func (t *fileCounts) add(f *celedger.FileResult) {
	if f.OwnOutput() {
		t.OwnOutputs++
		return
	}
	t.Read++
	switch f.Status {
	case celedger.FileImported:
		t.Imported++
	case celedger.FileSkipped:
		t.Skipped++
	case celedger.FileFailed:
		t.Failed++
	}
	t.Records += f.Records
	t.Problems += len(f.Problems)
}

func fileTotals(l *celedger.Ledger) (fileCounts, error) {
	var t fileCounts
	err := l.EachFile(func(f *celedger.FileResult) error { t.add(f); return nil })
	return t, err
}

func formatScore(s float64) string { return strconv.FormatFloat(s, 'f', 2, 64) }
