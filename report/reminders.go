package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"celedger"
)

// reminderRow is one line of reminders.csv, for a mail merge: whom to
// remind, what is still needed and by when. No message is sent.
type reminderRow struct {
	Person       string `csv:"person"`
	PersonID     string `csv:"person_id"`
	Email        string `csv:"email"`
	Department   string `csv:"department"`
	Credential   string `csv:"credential"`
	Status       string `csv:"status"`
	StillNeeded  string `csv:"still_needed"`       // points toward the total
	NeededAreas  string `csv:"still_needed_areas"` // "chemistry 1; ethics 1"
	SubmitBy     string `csv:"submit_by"`
	DaysLeft     string `csv:"days_left"`
	ReviewLines  int    `csv:"lines_to_review"`
	ReviewTitles string `csv:"titles_to_review"` // the lines waiting for a decision, "; "-separated
	Note         string `csv:"note"`             // what else needs doing: no documents received, whose documents, the cycle end
}

// WriteReminders writes reminders.csv: one row per person and credential
// who needs action (any status but compliant, or a submit-by date within
// 90 days or past; the summary's -show action), most urgent first, as
// report.html orders them.
func WriteReminders(w io.Writer, l *celedger.Ledger) error {
	var order []int
	for _, i := range byUrgency(l.People) {
		if shown(&l.People[i], []string{"action"}) {
			order = append(order, i)
		}
	}
	return writeCSV(w, func(put func([]reminderRow) error) error {
		return l.Each(order, func(_ int, p *celedger.PersonLedger) error {
			row := reminderRow{Person: p.Name, PersonID: p.ID, Email: p.Email, Department: p.Department,
				Credential: p.Credential, Status: string(p.Status), ReviewLines: p.ReviewCount}
			if p.Short > 0 {
				row.StillNeeded = p.Short.String()
			}
			var areas, titles []string
			for _, a := range p.Areas {
				if a.Short > 0 {
					areas = append(areas, fmt.Sprintf("%s %s", areaShort(a.Area), a.Short))
				}
			}
			for _, e := range p.Activities {
				if e.Status == celedger.StatusReview {
					titles = append(titles, e.Title)
				}
			}
			row.NeededAreas, row.ReviewTitles = strings.Join(areas, "; "), strings.Join(titles, "; ")
			notes := whyRemind(p, l.AsOf)
			for _, n := range p.Notes {
				if n == celedger.NoteNoDocuments || strings.HasPrefix(n, celedger.NotePersonNotSettled) || strings.HasPrefix(n, "cycle end unknown") {
					notes = append(notes, n)
				}
			}
			if p.HeldPerson() {
				// Nobody to remind: the lines wait for the educator to say
				// whose they are. The note names whom to ask.
				row.StillNeeded, row.NeededAreas = "", ""
				if ask := namesakes(l, p); ask != "" {
					notes[0] = celedger.NotePersonNotSettled + ": ask " + ask + " whose documents these are, then set assign_to in review.csv"
				}
			}
			row.Note = strings.Join(notes, "; ")
			if !p.SubmitBy.IsZero() {
				row.SubmitBy, row.DaysLeft = p.SubmitBy.String(), strconv.Itoa(p.DaysToSubmit)
			}
			return put([]reminderRow{row})
		})
	})
}

// namesakes lists the roster people who share a held person's name, with
// their e-mail where the roster gives one: "Chris Morgan (ID 05550101,
// c.morgan@example.org) or Chris Morgan (ID 05550202)".
func namesakes(l *celedger.Ledger, held *celedger.PersonLedger) string {
	key := celedger.NameKey(held.Name)
	var out []string
	seen := map[string]bool{}
	for i := range l.People {
		p := &l.People[i]
		if p.ID == "" || seen[p.ID] || celedger.NameKey(p.Name) != key {
			continue
		}
		seen[p.ID] = true
		who := p.Name + " (ID " + p.ID
		if p.Email != "" {
			who += ", " + p.Email
		}
		out = append(out, who+")")
	}
	return strings.Join(out, " or ")
}

// whyRemind says, for a mail merge, why a person with no shortfall is on
// the list: a cycle that has ended, or a declaration that is due ("ready
// to declare: the declaration opened 2026-11-02"). A short person's
// columns say it already.
func whyRemind(p *celedger.PersonLedger, asOf celedger.Date) []string {
	switch {
	case p.Status == celedger.PersonExpired:
		return []string{fmt.Sprintf("cycle ended %s without a declaration (submit-by %s passed)", p.CycleEnd, p.SubmitBy)}
	case p.Status != celedger.PersonCompliant && !p.SubmitBy.IsZero() && p.SubmitBy == asOf:
		return []string{fmt.Sprintf("submit-by is today (%s); the cycle ends %s", p.SubmitBy, p.CycleEnd)}
	case p.Status != celedger.PersonCompliant && !p.SubmitBy.IsZero() && p.SubmitBy.Before(asOf):
		return []string{fmt.Sprintf("submit-by %s passed; the cycle ends %s", p.SubmitBy, p.CycleEnd)}
	case p.Status == celedger.PersonCompliant && !p.SubmitBy.IsZero() && p.SubmitBy.Before(asOf):
		return []string{fmt.Sprintf("ready to declare, and late: submit-by %s passed; declare before the cycle ends %s", p.SubmitBy, p.CycleEnd)}
	case p.Status == celedger.PersonCompliant && !p.DeclarationOpens.IsZero() && !asOf.Before(p.DeclarationOpens):
		return []string{fmt.Sprintf("ready to declare: the declaration opened %s", p.DeclarationOpens)}
	case p.Status == celedger.PersonCompliant && !p.DeclarationOpens.IsZero():
		return []string{fmt.Sprintf("ready to declare when the declaration opens %s", p.DeclarationOpens)}
	}
	return nil
}
