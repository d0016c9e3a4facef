package celedger

import (
	"fmt"
	"strings"
)

// Activity is a record after mapping: the input of reconciliation.
type Activity struct {
	Record
	Class Classification
}

// FileStatus is the outcome of reading one input file.
type FileStatus string

const (
	FileImported FileStatus = "imported" // read; some rows may still have problems
	FileSkipped  FileStatus = "skipped"  // no format claims it
	FileFailed   FileStatus = "failed"   // a format claims it but it could not be read
)

// FileResult is one line of the import log.
type FileResult struct {
	Path     string     `json:"path"`
	Format   string     `json:"format"`
	Status   FileStatus `json:"status"`
	Records  int        `json:"records"`
	Error    string     `json:"error,omitempty"`    // the first problem, or why the file failed
	Problems []string   `json:"problems,omitempty"` // every row-level problem
	Notes    []string   `json:"notes,omitempty"`
	SHA256   string     `json:"sha256,omitempty"`
}

// FormatOwnOutput is the format of a FileResult for a file celedger itself
// wrote (an earlier run's output, the output folder's lock, list or
// staging folder) met among the inputs: logged as skipped, never read,
// and no input: it is not counted among the files read nor compared
// between runs.
const FormatOwnOutput = "celedger-output"

// OwnOutput reports whether f is one of celedger's own earlier outputs.
func (f *FileResult) OwnOutput() bool { return f.Format == FormatOwnOutput }

// EntryStatus is what reconciliation decided about one activity.
type EntryStatus string

const (
	StatusCounted      EntryStatus = "counted"
	StatusDuplicate    EntryStatus = "duplicate"
	StatusOutsideCycle EntryStatus = "outside_cycle"
	StatusExcluded     EntryStatus = "excluded"
	StatusUnclaimed    EntryStatus = "unclaimed"
	StatusReview       EntryStatus = "review"
)

// Entry is one activity line of a person's ledger.
type Entry struct {
	Title      string `json:"title"`
	Provider   string `json:"provider"`
	ActivityID string `json:"activity_id,omitempty"`
	Type       string `json:"type,omitempty"`      // activity type as the document prints it ("Webinar"), for the declaration's entry
	Presenter  string `json:"presenter,omitempty"` // who presented it, as printed ("Chemistry Lead"); named beside a provider the document does not print
	// ProviderImplied says Provider is the issuer of the document, which
	// prints no provider on the line (an ASCP transcript without a sponsor
	// column); the audit index says so.
	ProviderImplied bool `json:"provider_implied,omitempty"`
	// Participant is the participant's name as the evidence prints it
	// (a certificate's name, a transcript's header, a log's row); "" when
	// it prints none. The person's own name is PersonLedger.Name.
	Participant string `json:"participant,omitempty"`
	Completed   Date   `json:"completed"`
	Credits     Points `json:"credits"`
	Unit        Unit   `json:"unit"`
	UnitPrinted string `json:"unit_printed,omitempty"` // the unit as the evidence prints it ("CE"), for the audit; Unit is what it is read as
	Points      Points `json:"points"`                 // CMP points the credits are worth (credits × the unit's factor)
	// CountedPoints is what the line counts toward the person's total and
	// areas when a rule counts less than it earns (the academic cap: 50 %
	// of the total from semester and quarter hours), the reason saying
	// why; nil when it counts all its Points.
	CountedPoints *Points     `json:"counted_points,omitempty"`
	Area          Area        `json:"area"`
	AreaScore     float64     `json:"area_score"`
	AreaTerms     []string    `json:"area_terms"`
	Zone          Zone        `json:"zone"`
	Candidates    []Candidate `json:"candidates,omitempty"`
	AllocatedTo   Area        `json:"allocated_to"`
	// Allocations lists the shares when a rule set lets one activity's
	// points be split among areas; empty when the whole line went to
	// AllocatedTo.
	Allocations []Allocation `json:"allocations,omitempty"`
	Status      EntryStatus  `json:"status"`
	Reason      string       `json:"reason"`
	// AuditMissing lists which of date, title, provider, participant and
	// credits the evidence lacks; empty means audit-ready.
	AuditMissing []string `json:"audit_missing,omitempty"`
	Sources      []Source `json:"sources"`
	// Matched says how the record was assigned to this person: "roster id
	// 00412233", "roster e-mail", "roster name", "folder staff/sean-obrien",
	// "name on document". Set after reconciliation, from the first source.
	Matched string `json:"matched,omitempty"`
}

// Counted is the CMP points the line counts: CountedPoints when a rule
// set it, else Points.
func (e Entry) Counted() Points {
	if e.CountedPoints != nil {
		return *e.CountedPoints
	}
	return e.Points
}

// Allocation is a share of one activity's points given to one area.
type Allocation struct {
	Area   Area   `json:"area"`
	Points Points `json:"points"`
}

// AreaLedger is one requirement area's standing.
type AreaLedger struct {
	Area      Area   `json:"area"`
	Required  Points `json:"required"`
	Allocated Points `json:"allocated"`
	Short     Points `json:"short"`
}

// PersonStatus is the standing of one person's credential.
type PersonStatus string

const (
	PersonCompliant PersonStatus = "compliant"
	PersonShort     PersonStatus = "short"
	PersonReview    PersonStatus = "review"
	PersonExpired   PersonStatus = "expired"
)

// PersonLedger is one person's ledger for one credential.
type PersonLedger struct {
	Name             string       `json:"name"`
	ID               string       `json:"id"`
	Email            string       `json:"email,omitempty"`
	Department       string       `json:"department,omitempty"` // from the roster
	Shift            string       `json:"shift,omitempty"`      // from the roster
	Employer         string       `json:"employer,omitempty"`   // from the roster: the provider of in-services whose log prints none
	Credential       string       `json:"credential"`
	RuleSet          string       `json:"rule_set"`
	Unconfirmed      []string     `json:"unconfirmed,omitempty"` // rules this result rests on that are not confirmed
	CycleStart       Date         `json:"cycle_start"`
	CycleEnd         Date         `json:"cycle_end"`
	CycleSource      string       `json:"cycle_source"` // where the cycle end came from
	DeclarationOpens Date         `json:"declaration_opens"`
	SubmitBy         Date         `json:"submit_by"`
	DaysToSubmit     int          `json:"days_to_submit"` // from as_of; negative when past
	Status           PersonStatus `json:"status"`
	Points           Points       `json:"points"`
	Required         Points       `json:"required"`
	Short            Points       `json:"short"`
	ReviewCount      int          `json:"review_count"`
	Areas            []AreaLedger `json:"areas"`
	Activities       []Entry      `json:"activities"`
	Notes            []string     `json:"notes,omitempty"`
}

// How a line was matched to a roster person (Entry.Matched) by what its
// document prints: the ID ("roster id 00412233") or the e-mail.
const (
	MatchedRosterID    = "roster id"
	MatchedRosterEmail = "roster e-mail"
)

// MatchedByNumber reports whether matched (an Entry.Matched) says the
// document itself tied the line to the person, by the ID or e-mail it
// prints, rather than a name, a folder or a decision.
func MatchedByNumber(matched string) bool {
	return (strings.HasPrefix(matched, MatchedRosterID) || strings.HasPrefix(matched, MatchedRosterEmail)) && !strings.HasSuffix(matched, DecidedPerson)
}

// DecidedPerson ends how a line was matched to a roster person when a
// person chose whose it is (the assign_to column of review.csv).
const DecidedPerson = "(decided in review.csv)"

// RejectedAssignment ends why a line's person is not settled when its
// assign_to ID in review.csv names no one on the roster: the ID is kept
// in the line's Matched so the next review.csv shows it, to be corrected.
func RejectedAssignment(id string) string { return "assign_to " + id + " names no one on the roster" }

// RejectedAssignTo returns the assign_to ID that matched (an
// Entry.Matched) says named no one on the roster (RejectedAssignment), or
// "".
func RejectedAssignTo(matched string) string {
	const before, after = "assign_to ", " names no one on the roster"
	i := strings.LastIndex(matched, before)
	if i < 0 || !strings.HasSuffix(matched, after) {
		return ""
	}
	return matched[i+len(before) : len(matched)-len(after)]
}

// NoteNoDocuments is the note on a roster person no document names.
const NoteNoDocuments = "no documents found for this person"

// NotePersonNotSettled begins the first note of a person held because
// nothing tells whose the documents are (a name two roster people
// share), and the reason of each of their lines in review; the
// assign_to column of review.csv settles it.
const NotePersonNotSettled = "person not settled"

// AuditOtherName begins the AuditMissing entry of a line whose document
// names another person than the one it is filed under (by a decision):
// "participant (the document names Maria Okafor)".
const AuditOtherName = "participant (the document names "

// NamesAnother reports whether e's document names another person than
// the one it is filed under (AuditOtherName).
func (e *Entry) NamesAnother() bool {
	for _, m := range e.AuditMissing {
		if strings.HasPrefix(m, AuditOtherName) {
			return true
		}
	}
	return false
}

// HeldPerson reports whether p is held until someone says whose its
// documents are (NotePersonNotSettled).
func (p *PersonLedger) HeldPerson() bool {
	return len(p.Notes) > 0 && strings.HasPrefix(p.Notes[0], NotePersonNotSettled)
}

// Ledger is the whole result: ledger.json. Every other output is a view of it.
type Ledger struct {
	AsOf   Date           `json:"as_of"`
	Files  []FileResult   `json:"files"`
	People []PersonLedger `json:"people"`
	// A large import keeps the bulk of its ledger on disk, so that memory
	// does not grow with every file and every line it reads. Lines, when
	// set, holds the activity lines of each of People (whose Activities are
	// then nil); FileLog, when set, holds the import log instead of Files.
	// Read them through Person, Each and EachFile, which look in both
	// places.
	Lines   Store[[]Entry]    `json:"-"`
	FileLog Store[FileResult] `json:"-"`
}

// Store is a sequence of values kept outside memory, read back by index.
type Store[T any] interface {
	Len() int
	Get(i int) (T, error)
}

// EachFile calls fn with every file of the import log, in order. It stops
// at fn's first error and returns it.
func (l *Ledger) EachFile(fn func(f *FileResult) error) error {
	if l.FileLog == nil {
		for i := range l.Files {
			if err := fn(&l.Files[i]); err != nil {
				return err
			}
		}
		return nil
	}
	for i := range l.FileLog.Len() {
		f, err := l.FileLog.Get(i)
		if err != nil {
			return fmt.Errorf("import log: %w", err)
		}
		if err := fn(&f); err != nil {
			return err
		}
	}
	return nil
}

// Person returns People[i] with its activity lines.
func (l *Ledger) Person(i int) (PersonLedger, error) {
	p := l.People[i]
	if l.Lines == nil {
		return p, nil
	}
	var err error
	p.Activities, err = l.Lines.Get(i)
	if err != nil {
		return p, fmt.Errorf("%s: activity lines: %w", p.Name, err)
	}
	return p, nil
}

// Each calls fn with every person's ledger, activity lines included, in
// the given order of indices into People (People's own order when order is
// nil). It stops at fn's first error and returns it. Lines kept outside
// People are read a few people ahead of fn, on another goroutine, so a
// writer seldom waits for them.
func (l *Ledger) Each(order []int, fn func(i int, p *PersonLedger) error) error {
	if order == nil {
		order = make([]int, len(l.People))
		for i := range order {
			order[i] = i
		}
	}
	if l.Lines == nil {
		for _, i := range order {
			if err := fn(i, &l.People[i]); err != nil {
				return err
			}
		}
		return nil
	}
	type loaded struct {
		i   int
		p   PersonLedger
		err error
	}
	ahead := make(chan loaded, eachReadAhead)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(ahead)
		for _, i := range order {
			p, err := l.Person(i)
			select {
			case ahead <- loaded{i, p, err}:
			case <-stop:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	for x := range ahead {
		if x.err != nil {
			return x.err
		}
		if err := fn(x.i, &x.p); err != nil {
			return err
		}
	}
	return nil
}

// eachReadAhead is how many people Each reads ahead of its caller.
const eachReadAhead = 8
