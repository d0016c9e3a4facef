package reconcile

import (
	"fmt"
	"slices"
	"strings"

	"celedger"
)

// Plan is one credential of one person to reconcile: the Input (without
// its Activities, which the caller maps) and the notes the roster and the
// documents add to the ledger.
type Plan struct {
	Input Input
	Notes []string
	// Standin is set when no credential of the person has a rule set and
	// the default (MLS) stands in: the ledger is held for review.
	Standin bool
}

// Plans makes one Plan per credential to reconcile: the -credential codes
// when given, else the roster's, else the one the documents print, else
// MLS. The cycle end is the roster's for that credential, else the one a
// document prints, else defaultEnd (-cycle-end). A roster cycle end
// outranks a document's; a different one on a document is noted. known
// reports whether a rule set exists for a code; a roster credential with
// none is noted and left out.
func (p Person) Plans(credentials []string, defaultEnd, asOf celedger.Date, known func(string) bool) []Plan {
	type cred struct {
		code string
		end  celedger.Date
	}
	rosterEnd := map[string]celedger.Date{}
	var codes []cred
	if p.Roster != nil {
		for _, c := range p.Roster.Credentials {
			code := c.Code
			if code == "" {
				code = p.Holder.Credential
			}
			if code == "" {
				code = "MLS"
			}
			if _, dup := rosterEnd[code]; !dup {
				codes = append(codes, cred{code, c.CycleEnd})
			}
			rosterEnd[code] = c.CycleEnd
		}
	}
	switch {
	case len(credentials) > 0:
		codes = codes[:0]
		for _, c := range credentials {
			codes = append(codes, cred{c, rosterEnd[c]})
		}
	case len(codes) > 0:
	case p.Holder.Credential != "":
		codes = []cred{{code: p.Holder.Credential}}
	default:
		codes = []cred{{code: "MLS"}}
	}
	var notes []string
	if doc := p.Holder.Credential; doc != "" && p.Roster != nil && len(p.Roster.Credentials) > 0 && len(credentials) == 0 {
		if _, listed := rosterEnd[doc]; !listed {
			notes = append(notes, fmt.Sprintf("the documents print credential %s, which the roster does not list: the roster's are used", doc))
		}
	}
	kept := codes[:0:0]
	for _, c := range codes {
		if p.Roster != nil && len(credentials) == 0 && !known(c.code) {
			notes = append(notes, fmt.Sprintf("roster credential %s has no rule set yet: not reconciled", c.code))
			continue
		}
		kept = append(kept, c)
	}
	standin := false
	if len(kept) == 0 {
		kept, standin = []cred{{code: "MLS"}}, true
		notes = append(notes, "no credential with a rule set: reconciled against MLS as a stand-in, held for review")
	}
	var out []Plan
	for _, c := range kept {
		in := Input{Holder: p.Holder, Credential: c.code, AsOf: asOf}
		pn := append([]string(nil), notes...)
		docEnd := p.Holder.CycleEnd
		switch {
		case !c.end.IsZero():
			in.CycleEnd, in.CycleSource = c.end, "roster "+p.Roster.Source.String()
			if !docEnd.IsZero() && docEnd != c.end {
				pn = append(pn, fmt.Sprintf("cycle end %s on %s differs from the roster's %s: the roster's is used", docEnd, p.Cycle, c.end))
			}
		case !docEnd.IsZero():
			in.CycleEnd, in.CycleStart, in.CycleSource = docEnd, p.Holder.CycleStart, p.Cycle
		case !defaultEnd.IsZero():
			in.CycleEnd, in.CycleSource = defaultEnd, "-cycle-end"
		case p.Roster != nil && len(p.Roster.Unread) > 0:
			// The roster has the person but not a cycle end it could read:
			// say so, not "give a roster".
			pn = append(pn, fmt.Sprintf("the roster's %s could not be read: fix it in %s", strings.Join(p.Roster.Unread, " and "), p.Roster.Source.Path))
		}
		out = append(out, Plan{Input: in, Notes: pn, Standin: standin})
	}
	return out
}

// Finish adds to a reconciled ledger what the assignment knows: how each
// line was matched, the roster's department and shift, the plan's notes,
// and — for a person who could not be told — a hold: nothing counts until
// someone says whose the records are. The plan's Input.Activities are
// the person's records, one per row.
func (p Person) Finish(pl *celedger.PersonLedger, plan Plan) {
	how := map[celedger.Source]string{}
	for i, a := range plan.Input.Activities {
		if _, ok := how[a.Source]; !ok {
			how[a.Source] = p.Matched[i]
		}
	}
	own := formOf(pl.Name)
	for i := range pl.Activities {
		e := &pl.Activities[i]
		if s := e.Sources; len(s) > 0 {
			e.Matched = how[s[0]]
		}
		// A document filed under this person by a decision (assign_to)
		// that prints another name proves nothing of theirs to an
		// auditor without a word of why. (One that prints the person's
		// ID or e-mail is theirs whatever its font made of the name:
		// "Y?lmaz".)
		if e.Participant == "" || pl.Name == "" || celedger.MatchedByNumber(e.Matched) {
			continue
		}
		if printed := formOf(e.Participant); printed.compact != own.compact && !sameName(printed.tokens, own.tokens) {
			e.AuditMissing = append(e.AuditMissing, celedger.AuditOtherName+e.Participant+")")
		}
	}
	if p.Roster != nil {
		pl.Department, pl.Shift, pl.Employer = p.Roster.Department, p.Roster.Shift, p.Roster.Employer
		if len(p.Rows) == 0 {
			pl.Notes = append(pl.Notes, celedger.NoteNoDocuments)
		}
	}
	pl.Notes = append(pl.Notes, plan.Notes...)
	switch {
	case p.Review != "":
		// Whose the documents are comes first; the cycle follows from
		// the roster person they are given to, so no -cycle-end advice.
		pl.Notes = slices.DeleteFunc(pl.Notes, func(n string) bool { return strings.HasPrefix(n, cycleUnknown) })
		hold(pl, celedger.NotePersonNotSettled+": "+p.Review)
	case plan.Standin:
		pl.Status = celedger.PersonReview
	}
}

// hold turns every counted line of a ledger into a review line and clears
// the totals: the records are not known to be this person's.
func hold(pl *celedger.PersonLedger, why string) {
	pl.ReviewCount = 0
	for i := range pl.Activities {
		e := &pl.Activities[i]
		switch {
		case e.Status == celedger.StatusCounted:
			e.Status, e.Reason, e.AllocatedTo = celedger.StatusReview, why, ""
		case e.Status == celedger.StatusReview && !strings.HasPrefix(e.Reason, why):
			e.Reason = why + "; and " + e.Reason // whose it is comes first: "cycle end unknown" follows from it
		}
		if e.Status == celedger.StatusReview {
			pl.ReviewCount++
		}
	}
	pl.Points, pl.Short = 0, pl.Required
	for i := range pl.Areas {
		pl.Areas[i].Allocated, pl.Areas[i].Short = 0, pl.Areas[i].Required
	}
	pl.Status = celedger.PersonReview
	pl.Notes = append([]string{why}, pl.Notes...)
}
