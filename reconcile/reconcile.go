// Package reconcile turns one person's mapped activities into a ledger for
// one credential: points, duplicates, the cycle window, exclusions, the
// allocation of points to area minimums, shortfalls and deadlines.
//
// It is pure: the as-of date is an input, output order is fixed, and the
// same input gives the same ledger.
//
//	activities (mapped) + rule set (MLS: 36, BB 2, C 2, H 2, M 2, safety 1, ethics 1)
//	   + cycle end 2027-06-30 + as-of 2026-11-24
//	-> PersonLedger{Points: 31.5, Status: short, Areas: [...], SubmitBy: 2027-05-31}
package reconcile

import (
	"fmt"
	"sort"
	"strings"

	"celedger"
)

// Declaration timing (DOMAIN.md §1): the declaration may be filed 90 days
// before the cycle ends and should be filed at least 30 days before.
const (
	declarationOpensDays = 90
	submitByDays         = 30
)

// Input is one person and one credential to reconcile.
type Input struct {
	Holder      celedger.Holder // name, ID, e-mail
	Credential  string          // "MLS"
	CycleStart  celedger.Date   // when a document printed it; else derived from CycleEnd
	CycleEnd    celedger.Date   // zero when unknown
	CycleSource string          // where CycleEnd came from ("ascp.csv header", "-cycle-end")
	AsOf        celedger.Date
	Activities  []celedger.Activity
}

// Reconcile builds the ledger of one person for one credential.
func (r *Rules) Reconcile(in Input) (celedger.PersonLedger, error) {
	rs, err := r.ForCredential(in.Credential, in.CycleEnd)
	if err != nil {
		return celedger.PersonLedger{}, err
	}
	pl := celedger.PersonLedger{
		Name:        in.Holder.Name,
		ID:          in.Holder.ID,
		Email:       in.Holder.Email,
		Credential:  strings.ToUpper(in.Credential),
		RuleSet:     fmt.Sprintf("%s from %s", rs.ID, rs.EffectiveFrom),
		Unconfirmed: rs.Unconfirmed,
		CycleEnd:    in.CycleEnd,
		CycleSource: in.CycleSource,
		Required:    rs.Total,
	}
	if !in.CycleEnd.IsZero() {
		pl.CycleStart = in.CycleStart
		if pl.CycleStart.IsZero() {
			pl.CycleStart = in.CycleEnd.AddYears(-rs.CycleYears).AddDays(1)
		}
		pl.DeclarationOpens = in.CycleEnd.AddDays(-declarationOpensDays)
		pl.SubmitBy = in.CycleEnd.AddDays(-submitByDays)
		pl.DaysToSubmit = in.AsOf.DaysUntil(pl.SubmitBy)
	} else {
		pl.CycleSource = "unknown"
		pl.Notes = append(pl.Notes, "cycle end unknown: no document printed it; give -cycle-end or a roster")
	}

	entries := r.entries(in.Activities)
	markDuplicates(entries)
	for i := range entries {
		judge(&entries[i], pl.CycleStart, pl.CycleEnd, in.AsOf)
	}
	allocate(entries, rs, &pl)
	sortEntries(entries)
	pl.Activities = entries
	pl.Status = standing(&pl, in.AsOf)
	return pl, nil
}

// entries converts activities to ledger lines with their points.
func (r *Rules) entries(acts []celedger.Activity) []celedger.Entry {
	out := make([]celedger.Entry, len(acts))
	for i, a := range acts {
		e := celedger.Entry{
			Title:      a.Title,
			Provider:   a.Provider,
			ActivityID: a.ActivityID,
			Completed:  a.Completed,
			Credits:    a.Credits,
			Unit:       a.Unit,
			Area:       a.Class.Area,
			AreaScore:  a.Class.Score,
			AreaTerms:  a.Class.Terms,
			Zone:       a.Class.Zone,
			Candidates: a.Class.Candidates,
			Sources:    []celedger.Source{a.Source},
		}
		if e.AreaTerms == nil {
			e.AreaTerms = []string{}
		}
		p, ok := r.PointsOf(a.Credits, a.Unit)
		if !ok {
			e.Status, e.Reason = celedger.StatusReview, fmt.Sprintf("unit %q has no conversion to CMP points", a.Unit)
		}
		e.Points = p
		switch {
		case a.Class.Exclude != "":
			e.Status, e.Reason = celedger.StatusExcluded, excludeReason(a.Class.Exclude)
		case a.Claim == celedger.ClaimUnclaimed:
			e.Status, e.Reason = celedger.StatusUnclaimed, "not claimed on the CAP transcript: credit exists only once claimed"
		}
		e.AuditMissing = auditMissing(a)
		out[i] = e
	}
	return out
}

func excludeReason(kind string) string {
	switch kind {
	case "exclude":
		return "excluded by an override"
	}
	return kind + ": does not count for CMP"
}

// auditMissing lists what an auditor would ask for and the evidence lacks.
func auditMissing(a celedger.Activity) []string {
	var miss []string
	if a.Completed.IsZero() {
		miss = append(miss, "date")
	}
	if a.Title == "" {
		miss = append(miss, "title")
	}
	if a.Provider == "" {
		miss = append(miss, "provider")
	}
	if a.Holder.Name == "" {
		miss = append(miss, "participant")
	}
	if a.Credits == 0 {
		miss = append(miss, "credits")
	}
	return miss
}

// markDuplicates keeps the first line of each group of the same activity
// (same normalised title, same date, same points) and marks the rest.
func markDuplicates(es []celedger.Entry) {
	first := map[string]int{}
	for i := range es {
		key := normTitle(es[i].Title) + "|" + es[i].Completed.String() + "|" + es[i].Points.String()
		j, seen := first[key]
		if !seen {
			first[key] = i
			continue
		}
		es[j].Sources = append(es[j].Sources, es[i].Sources...)
		if es[i].Status == "" {
			es[i].Status = celedger.StatusDuplicate
			es[i].Reason = fmt.Sprintf("same course as %s (same title, same date, same points)", es[j].Sources[0])
		}
	}
}

func normTitle(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// judge settles the status of a line that no earlier rule decided.
func judge(e *celedger.Entry, start, end, asOf celedger.Date) {
	if e.Status != "" {
		return
	}
	switch {
	case e.Completed.IsZero():
		e.Status, e.Reason = celedger.StatusReview, "no completion date"
	case e.Completed.After(asOf):
		e.Status, e.Reason = celedger.StatusReview, fmt.Sprintf("completed %s, after the as-of date %s", e.Completed, asOf)
	case end.IsZero():
		e.Status, e.Reason = celedger.StatusReview, "cycle end unknown: cannot tell whether it falls inside the cycle"
	case e.Completed.Before(start) || e.Completed.After(end):
		e.Status, e.Reason = celedger.StatusOutsideCycle, fmt.Sprintf("completed %s, outside the cycle %s to %s", e.Completed, start, end)
	case e.Zone == celedger.ZoneNone:
		e.Status, e.Reason = celedger.StatusReview, "title not recognised as laboratory-related: choose an area or exclude"
	case e.Zone == celedger.ZoneReview:
		e.Status, e.Reason = celedger.StatusReview, "area uncertain: confirm it"
	default:
		e.Status = celedger.StatusCounted
	}
}

// allocate assigns counted points to areas and fills the ledger's totals.
func allocate(es []celedger.Entry, rs RuleSet, pl *celedger.PersonLedger) {
	alloc := map[celedger.Area]celedger.Points{}
	for i := range es {
		e := &es[i]
		if e.Status != celedger.StatusCounted {
			continue
		}
		area := e.Area
		if area == "" {
			area = celedger.AreaGeneral
		}
		e.AllocatedTo = area
		e.Reason = fmt.Sprintf("%s points to %s", e.Points, area)
		alloc[area] += e.Points
		pl.Points += e.Points
	}
	for _, m := range rs.Minimums {
		a := celedger.AreaLedger{Area: m.Area, Required: m.Points, Allocated: alloc[m.Area]}
		a.Short = max(0, m.Points-a.Allocated)
		pl.Areas = append(pl.Areas, a)
	}
	pl.Areas = append(pl.Areas, celedger.AreaLedger{Area: celedger.AreaGeneral, Allocated: alloc[celedger.AreaGeneral]})
	pl.Short = max(0, rs.Total-pl.Points)
}

// standing decides the person's status from the filled ledger.
func standing(pl *celedger.PersonLedger, asOf celedger.Date) celedger.PersonStatus {
	short := pl.Short > 0
	for _, a := range pl.Areas {
		short = short || a.Short > 0
	}
	for _, e := range pl.Activities {
		if e.Status == celedger.StatusReview {
			pl.ReviewCount++
		}
	}
	switch {
	case !short:
		return celedger.PersonCompliant
	case !pl.CycleEnd.IsZero() && asOf.After(pl.CycleEnd):
		return celedger.PersonExpired
	case pl.ReviewCount > 0 || pl.CycleEnd.IsZero():
		return celedger.PersonReview
	}
	return celedger.PersonShort
}

// sortEntries orders lines by date, then title, then first source.
func sortEntries(es []celedger.Entry) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Completed != b.Completed {
			return a.Completed.Before(b.Completed)
		}
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.Sources[0].String() < b.Sources[0].String()
	})
}
