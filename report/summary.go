package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"celedger"
)

// WriteSummary prints the terminal summary: one block per person and
// credential, then the file totals.
//
//	Jane Doe (ASCP-123456) · MLS · cycle 2024-07-01 to 2027-06-30
//	  short: 31.5 of 36 points, 4.5 to go
//	  blood banking 2.5/2 ✓  chemistry 1/2 short 1 …
//	  declaration opens 2027-04-01 · submit by 2027-05-31 (188 days)
func WriteSummary(w io.Writer, l *celedger.Ledger) error {
	for _, p := range l.People {
		writePerson(w, &p)
	}
	writeTally(w, l)
	t, err := fileTotals(l)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "files: %d read · %d imported · %d skipped · %d failed · %d records · %d row problems\n",
		t.Read, t.Imported, t.Skipped, t.Failed, t.Records, t.Problems)
	return err
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
	case d < 0:
		return strconv.Itoa(-d) + " days ago"
	}
	return strconv.Itoa(d) + " days"
}

func areaShort(a celedger.Area) string {
	return strings.ReplaceAll(string(a), "_", " ")
}

// fileCounts are the totals of an import log.
type fileCounts struct{ Read, Imported, Skipped, Failed, Records, Problems int }

// add counts one file.
func (t *fileCounts) add(f *celedger.FileResult) {
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
