package report

import (
	"fmt"
	"io"
	"strings"

	"celedger"
)

// reviewRow is one line of review.csv. The last three columns are for the
// person reviewing: decision (an area ID or "exclude"), assign_to (a
// roster ID, for a line whose name matches two roster people) and note.
// The filled-in file is read back by the next run with the same -out, or
// with -overrides.
type reviewRow struct {
	Person        string `csv:"person"`
	PersonID      string `csv:"person_id"`
	Title         string `csv:"title"`
	Provider      string `csv:"provider"`
	Completed     string `csv:"completed"`
	Points        string `csv:"points"`
	SuggestedArea string `csv:"suggested_area"`
	Score         string `csv:"score"`
	Zone          string `csv:"zone"`
	Candidates    string `csv:"candidates"`
	Terms         string `csv:"terms"`
	Reason        string `csv:"reason"`
	Sources       string `csv:"sources"`
	Decision      string `csv:"decision"`
	AssignTo      string `csv:"assign_to"` // the roster ID whose document this is, for a line held because its name matches two roster people
	Note          string `csv:"note"`
}

// NeedsReview reports whether a ledger line waits for a person: its area
// is uncertain (zone review) or unknown (zone none, unless the line was
// excluded for a known reason), or reconciliation could not settle it
// (status review).
func NeedsReview(e celedger.Entry) bool {
	switch {
	case e.Status == celedger.StatusReview:
		return true
	case e.Zone == celedger.ZoneReview:
		return true
	case e.Zone == celedger.ZoneNone:
		return e.Status != celedger.StatusExcluded
	}
	return false
}

// WriteReviewCSV writes review.csv: every line that needs a decision,
// with empty decision and note columns to fill in, and every line a
// decision already settled (zone override) with its decision filled in,
// so the file can be passed back with -overrides run after run without
// losing earlier decisions.
func WriteReviewCSV(w io.Writer, l *celedger.Ledger) error {
	return writePersonRows(w, l, func(p *celedger.PersonLedger, rows []reviewRow) []reviewRow {
		for _, e := range p.Activities {
			decision, assignTo := "", ""
			if strings.HasSuffix(e.Matched, celedger.DecidedPerson) {
				assignTo = p.ID // kept, so the next run settles the line again
			} else if id := celedger.RejectedAssignTo(e.Matched); id != "" {
				assignTo = id // named no one: kept, to be corrected
			}
			switch {
			case assignTo != "" && e.Zone != celedger.ZoneOverride:
			case e.Zone == celedger.ZoneOverride && e.Area != "":
				decision = string(e.Area)
			case e.Zone == celedger.ZoneOverride:
				decision = "exclude"
			case !NeedsReview(e):
				continue
			}
			cands := make([]string, len(e.Candidates))
			for i, c := range e.Candidates {
				cands[i] = fmt.Sprintf("%s %s", c.Area, formatScore(c.Score))
			}
			rows = append(rows, reviewRow{
				Person: p.Name, PersonID: p.ID, Title: e.Title, Provider: e.Provider,
				Completed: e.Completed.String(), Points: e.Points.String(),
				SuggestedArea: string(e.Area), Score: formatScore(e.AreaScore), Zone: string(e.Zone),
				Candidates: strings.Join(cands, "; "), Terms: strings.Join(e.AreaTerms, "; "),
				Reason: e.Reason, Sources: sourceList(e.Sources), Decision: decision, AssignTo: assignTo,
			})
		}
		return rows
	})
}
