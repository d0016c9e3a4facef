// Package reconcile turns one person's mapped activities into a ledger for
// one credential: points, duplicates, the cycle window, exclusions, the
// academic cap, the allocation of points to area minimums, shortfalls and
// deadlines.
//
// It is pure: the as-of date is an input, output order is fixed, and the
// same input gives the same ledger.
//
//	activities (mapped) + rule set (MLS: 36, BB 2, C 2, H 2, M 2, safety 1, ethics 1)
//	   + cycle end 2027-06-30 + as-of 2026-11-24
//	-> PersonLedger{Points: 31.5, Status: short, Areas: [...], SubmitBy: 2027-05-31}
//
// The steps, in order (each line gets exactly one status):
//
//  1. points from credits (rules/units.json); an unknown unit -> review
//  2. Classification.Exclude -> excluded; an unclaimed CAP row -> unclaimed
//  3. a file whose bytes equal an earlier file's -> all its lines duplicate
//  4. the same activity from several documents -> one line with all
//     sources, the others duplicate (duplicates.go)
//  5. date checks: no date, after as-of, outside the cycle window
//  6. area checks: no area or an uncertain one -> review
//  7. academic-course points capped at the rule set's share of the total
//  8. counted points allocated to area minimums with the least shortfall
//     (allocate.go)
//  9. the person's status: compliant, short, review or expired
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

// printedCycleSlackDays is how far a printed cycle start may sit from
// "cycle end − cycle years + 1 day" and still be taken as this rule set's
// cycle. A printed ASCP cycle (3 years) is not a state licence's (2 years).
const printedCycleSlackDays = 31

// Input is one person and one credential to reconcile.
type Input struct {
	Holder      celedger.Holder // name, ID, e-mail
	Credential  string          // "MLS", "SBB", "CA-CLS"
	CycleStart  celedger.Date   // when a document printed it; else derived from CycleEnd
	CycleEnd    celedger.Date   // zero when unknown
	CycleSource string          // where CycleEnd came from ("ascp.csv header", "-cycle-end")
	AsOf        celedger.Date
	Activities  []celedger.Activity
	// FileHashes maps an input path to the SHA-256 of its bytes (the import
	// log's sha256). Lines of a file whose hash equals an earlier path's
	// are duplicates of that file's lines. May be nil.
	FileHashes map[string]string
}

// line is an entry under construction with what the steps need to know.
type line struct {
	e        celedger.Entry
	act      celedger.Activity
	tokens   []string // titleTokens
	provider string   // ProviderKey(provider), for duplicate matching
	notes    []string // appended to the reason at the end ("also in …")
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
		Credential:  strings.ToUpper(strings.TrimSpace(in.Credential)),
		RuleSet:     fmt.Sprintf("%s from %s", rs.ID, rs.EffectiveFrom),
		Unconfirmed: rs.UnconfirmedRules(),
		CycleEnd:    in.CycleEnd,
		CycleSource: in.CycleSource,
		Required:    rs.Total,
	}
	if !in.CycleEnd.IsZero() {
		pl.CycleStart = cycleStart(in.CycleStart, in.CycleEnd, rs.CycleYears)
		pl.DeclarationOpens = in.CycleEnd.AddDays(-declarationOpensDays)
		pl.SubmitBy = in.CycleEnd.AddDays(-submitByDays)
		pl.DaysToSubmit = in.AsOf.DaysUntil(pl.SubmitBy)
	} else {
		pl.CycleSource = "unknown"
		pl.Notes = append(pl.Notes, cycleUnknown+": no document printed it; give -cycle-end, or the roster's cycle_end")
	}

	lines := r.lines(in.Activities)
	sameFiles(lines, in.FileHashes)
	markDuplicates(lines)
	for _, l := range lines {
		judge(l, pl.CycleStart, pl.CycleEnd, in.AsOf, rs)
	}
	capAcademic(lines, rs)
	allocate(lines, rs, &pl)

	entries := make([]celedger.Entry, len(lines))
	for i, l := range lines {
		if len(l.notes) > 0 {
			l.e.Reason = strings.Join(append(nonEmpty(l.e.Reason), l.notes...), "; ")
		}
		entries[i] = l.e
	}
	sortEntries(entries)
	pl.Activities = entries
	pl.Status = standing(&pl, lines, rs, in.AsOf)
	pl.Notes = append(pl.Notes, rs.NotChecked...)
	return pl, nil
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// cycleStart is the printed start when it fits the rule set's cycle length,
// else cycle end − cycle years + 1 day.
func cycleStart(printed, end celedger.Date, years int) celedger.Date {
	derived := end.AddYears(-years).AddDays(1)
	if !printed.IsZero() {
		if d := derived.DaysUntil(printed); d >= -printedCycleSlackDays && d <= printedCycleSlackDays {
			return printed
		}
	}
	return derived
}

// lines converts activities to ledger lines with their points, in source
// order (path, sheet, line, page), which makes every later choice
// deterministic whatever order the documents were read in.
func (r *Rules) lines(acts []celedger.Activity) []*line {
	out := make([]*line, len(acts))
	for i, a := range acts {
		e := celedger.Entry{
			Title:           a.Title,
			Provider:        a.Provider,
			ActivityID:      a.ActivityID,
			Type:            a.Type,
			Presenter:       a.Presenter,
			ProviderImplied: a.ProviderImplied,
			Participant:     a.Holder.Name,
			Completed:       a.Completed,
			Credits:         a.Credits,
			Unit:            a.Unit,
			UnitPrinted:     a.UnitPrinted,
			Area:            a.Class.Area,
			AreaScore:       a.Class.Score,
			AreaTerms:       a.Class.Terms,
			Zone:            a.Class.Zone,
			Candidates:      a.Class.Candidates,
			Sources:         []celedger.Source{a.Source},
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
		case a.Class.Exclude != "" && a.Class.Zone == celedger.ZoneReview && a.Class.Exclude != "exclude":
			// An uncertain exclusion: a person decides.
			e.Status, e.Reason = celedger.StatusReview, "may be "+a.Class.Exclude+" (does not count for CMP): exclude it, or choose its area"
		case a.Class.Exclude != "":
			e.Status, e.Reason = celedger.StatusExcluded, excludeReason(a.Class.Exclude)
		case a.Claim == celedger.ClaimUnclaimed:
			e.Status, e.Reason = celedger.StatusUnclaimed, "not claimed on the CAP transcript: credit exists only once claimed"
		}
		e.AuditMissing = auditMissing(a)
		out[i] = &line{e: e, act: a, tokens: titleTokens(a.Title), provider: ProviderKey(a.Provider)}
	}
	sort.SliceStable(out, func(i, j int) bool { return sourceLess(out[i].act.Source, out[j].act.Source) })
	return out
}

func sourceLess(a, b celedger.Source) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Sheet != b.Sheet {
		return a.Sheet < b.Sheet
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Page < b.Page
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

// judge settles the status of a line that no earlier step decided. A line
// whose title names a required subject of rs that decides by its keyword
// counts without a CMP-area review (requiredSubject).
func judge(l *line, start, end, asOf celedger.Date, rs RuleSet) {
	e := &l.e
	if e.Status != "" {
		return
	}
	m, keyword, subject := requiredSubject(l, rs)
	switch {
	case e.Completed.IsZero():
		e.Status, e.Reason = celedger.StatusReview, "no completion date"
	case e.Completed.After(asOf):
		e.Status, e.Reason = celedger.StatusReview, fmt.Sprintf("completed %s, after the as-of date %s: check the date", e.Completed, asOf)
	case end.IsZero():
		e.Status, e.Reason = celedger.StatusReview, "cycle end unknown: cannot tell whether it falls inside the cycle"
	case e.Completed.Before(start) || e.Completed.After(end):
		e.Status, e.Reason = celedger.StatusOutsideCycle, fmt.Sprintf("completed %s, outside the cycle %s to %s", e.Completed, start, end)
	case subject && (e.Zone == celedger.ZoneNone || e.Zone == celedger.ZoneReview || e.Area == ""):
		e.Status = celedger.StatusCounted
		l.notes = append(l.notes, fmt.Sprintf("counts toward %s: its title names %q", m.label(), keyword))
	case e.Zone == celedger.ZoneNone || e.Area == "":
		e.Status, e.Reason = celedger.StatusReview, "title not recognised as laboratory-related: choose an area or exclude"
	case e.Zone == celedger.ZoneReview:
		e.Status, e.Reason = celedger.StatusReview, "area uncertain: confirm it"
	default:
		e.Status = celedger.StatusCounted
	}
}

// requiredSubject is the required subject of rs whose deciding keyword
// (Minimum.KeywordDecides) a line's title names, with the keyword: such a
// line counts for that requirement without a CMP-area review ("Prevention
// of Medical Errors" for Florida).
func requiredSubject(l *line, rs RuleSet) (Minimum, string, bool) {
	title := " " + foldText(l.e.Title) + " "
	for _, m := range rs.Minimums {
		if k, ok := m.named(title); ok && m.KeywordDecides {
			return m, k, true
		}
	}
	return Minimum{}, "", false
}

// capAcademic limits academic-course points to the rule set's share of the
// total. The activities stay whole and counted, each with the points it
// earns; the latest ones (by date, then source) count less (CountedPoints),
// and their reason says by how much. Reducing rather than dropping keeps
// every course visible with the part that still counts.
func capAcademic(lines []*line, rs RuleSet) {
	if rs.AcademicCap == 0 {
		return
	}
	limit := celedger.Points(int64(rs.Total) * int64(rs.AcademicCap) / 100)
	var acad []*line
	for _, l := range lines {
		if l.e.Status == celedger.StatusCounted && l.e.Unit.Academic() {
			acad = append(acad, l)
		}
	}
	sort.SliceStable(acad, func(i, j int) bool { return acad[i].e.Completed.Before(acad[j].e.Completed) })
	var sum celedger.Points
	for _, l := range acad {
		room := max(0, limit-sum)
		if l.e.Points > room {
			l.notes = append(l.notes, fmt.Sprintf("academic cap: %s earned, %s counted (academic courses count up to %d%% of %s = %s)",
				pts(l.e.Points), pts(room), rs.AcademicCap, rs.Total, limit))
			l.e.CountedPoints = &room
		}
		sum += l.e.Counted()
	}
}

// pts prints "1 point" or "1.5 points".
func pts(p celedger.Points) string {
	if p == 100 {
		return "1 point"
	}
	return p.String() + " points"
}

// standing decides the person's status from the filled ledger and puts the
// shortfalls into the notes.
func standing(pl *celedger.PersonLedger, lines []*line, rs RuleSet, asOf celedger.Date) celedger.PersonStatus {
	var shorts []string
	shortArea := map[celedger.Area]bool{}
	for _, a := range pl.Areas {
		if a.Short > 0 {
			shortArea[a.Area] = true
			shorts = append(shorts, fmt.Sprintf("%s %s", areaName(a.Area), a.Short))
		}
	}
	if pl.Short > 0 {
		shorts = append(shorts, fmt.Sprintf("total %s", pl.Short))
	}
	if len(shorts) > 0 {
		pl.Notes = append(pl.Notes, "short: "+strings.Join(shorts, "; "))
	}
	for _, l := range lines {
		if l.e.Status == celedger.StatusReview {
			pl.ReviewCount++
		}
	}
	switch {
	case len(shorts) == 0:
		return celedger.PersonCompliant // without any review line
	case !pl.CycleEnd.IsZero() && asOf.After(pl.CycleEnd):
		return celedger.PersonExpired
	case pl.CycleEnd.IsZero():
		return celedger.PersonReview
	}
	if pl.ReviewCount == 0 {
		return celedger.PersonShort
	}
	// Short unless confirming the review lines could settle it.
	settled, needed := reviewCouldSettle(lines, rs, pl.Points)
	if !settled {
		what := fmt.Sprintf("all %d lines", pl.ReviewCount)
		if pl.ReviewCount == 1 {
			what = "the line"
		}
		pl.Notes = append(pl.Notes, "short even if "+what+" in review counted")
		return celedger.PersonShort
	}
	pl.Notes = append(pl.Notes, "review decides: "+describeLines(needed))
	return celedger.PersonReview
}

// describeLines names up to five lines by title and first source, and how
// many more there are.
func describeLines(ls []*line) string {
	var names []string
	for i, l := range ls {
		if i == 5 {
			names = append(names, fmt.Sprintf("and %d more", len(ls)-5))
			break
		}
		names = append(names, fmt.Sprintf("%q (%s)", l.e.Title, l.act.Source))
	}
	return strings.Join(names, ", ")
}

// sortEntries orders lines by date, then title, then first source.
func sortEntries(es []celedger.Entry) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := &es[i], &es[j] // pointers: an Entry is large
		if a.Completed != b.Completed {
			return a.Completed.Before(b.Completed)
		}
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return sourceLess(a.Sources[0], b.Sources[0])
	})
}

// cycleUnknown begins the note on a ledger whose cycle end nothing gave.
const cycleUnknown = "cycle end unknown"
