package celedger

import (
	"errors"
	"fmt"
	"strconv"
)

// Source says where a record came from. Path is the input path as the user
// gave it (for a zip member: "staff.zip!/jane/cert.pdf"); Line is 1-based
// for text files and spreadsheets (the row number); Page is 1-based for PDFs.
type Source struct {
	Path  string `json:"path"`
	Sheet string `json:"sheet,omitempty"`
	Line  int    `json:"line,omitempty"`
	Page  int    `json:"page,omitempty"`
}

// String prints "path:line", "path[sheet]:line" or "path p.page".
func (s Source) String() string {
	p := s.Path
	if s.Sheet != "" {
		p += "[" + s.Sheet + "]"
	}
	switch {
	case s.Line > 0:
		return p + ":" + strconv.Itoa(s.Line)
	case s.Page > 0:
		return p + " p." + strconv.Itoa(s.Page)
	}
	return p
}

// Holder is who a document or row is about, as far as it says.
type Holder struct {
	Name       string `json:"name,omitempty"`
	ID         string `json:"id,omitempty"` // ASCP customer ID or other member number
	Email      string `json:"email,omitempty"`
	Credential string `json:"credential,omitempty"` // "MLS"
	CycleStart Date   `json:"cycle_start,omitzero"`
	CycleEnd   Date   `json:"cycle_end,omitzero"`
}

// Merge fills h's empty fields from o.
func (h Holder) Merge(o Holder) Holder {
	if h.Name == "" {
		h.Name = o.Name
	}
	if h.ID == "" {
		h.ID = o.ID
	}
	if h.Email == "" {
		h.Email = o.Email
	}
	if h.Credential == "" {
		h.Credential = o.Credential
	}
	if h.CycleStart.IsZero() {
		h.CycleStart = o.CycleStart
	}
	if h.CycleEnd.IsZero() {
		h.CycleEnd = o.CycleEnd
	}
	return h
}

// Claim is a CAP-style claim state: credit exists only once claimed.
type Claim string

const (
	ClaimUnknown   Claim = ""
	ClaimClaimed   Claim = "claimed"
	ClaimUnclaimed Claim = "unclaimed"
)

// TypeInService is the activity type of an employer's in-service, as
// ASCP's CMP guidelines name the kind ("structured programs, workshops,
// and in-services offered through your employer"; guidelines for earning
// CE activities, 2024): the type of every row of a log that calls itself
// an in-service record.
const TypeInService = "In-service"

// Record is one activity as a document states it, before any judgement.
// Parsers set every field they can read; the rest stay zero.
type Record struct {
	Source     Source `json:"source"`
	Holder     Holder `json:"holder"`              // from the row, else the document's header block
	Title      string `json:"title"`               // activity title, wrapped lines joined
	Topic      string `json:"topic"`               // topic/discipline column, when the document has one
	Provider   string `json:"provider"`            // "ASCP", "AABB", "CAP", or as printed
	ActivityID string `json:"activity_id"`         // program, activity or course number
	Type       string `json:"type"`                // activity type as printed ("Webinar", "Academic course"), or TypeInService when the document calls itself an in-service record
	Presenter  string `json:"presenter,omitempty"` // who presented it, as printed (an in-service log's Presenter column: "Chemistry Lead"); not the provider
	// ProviderImplied says the provider is the document's issuer, not
	// printed on the row (an ASCP transcript with no sponsor column).
	ProviderImplied bool   `json:"provider_implied,omitempty"`
	Completed       Date   `json:"completed"`
	Credits         Points `json:"credits"` // in Unit, as printed
	Unit            Unit   `json:"unit"`
	// UnitPrinted is the credit unit as the document prints it ("CE",
	// "P.A.C.E.® contact hours"), beside Unit, the unit it is read as; ""
	// when the document names none on the row (a layout's default).
	UnitPrinted string `json:"unit_printed,omitempty"`
	Claim       Claim  `json:"claim,omitempty"`
	Kind        string `json:"kind"` // "transcript" or "certificate"
}

// Sentinel causes of row errors, for errors.Is.
var (
	ErrMissing     = errors.New("missing")
	ErrBadUnit     = errors.New("unknown unit")
	ErrBadCredits  = errors.New("credits out of range")
	ErrNoColumn    = errors.New("required column not found")
	ErrUnreadable  = errors.New("unreadable")
	ErrNoText      = errors.New("no text")
	ErrEncrypted   = errors.New("password required")
	ErrTooLarge    = errors.New("over the limit")
	ErrUnknownFile = errors.New("unknown format")
)

// ParseError is one problem at one place in one file. It prints
// "ascp.csv:14: Credits: invalid number \"1,5,0\"".
type ParseError struct {
	Path  string
	Sheet string
	Line  int // 1-based; 0 when not about a line
	Page  int // 1-based; 0 when not about a page
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	s := Source{Path: e.Path, Sheet: e.Sheet, Line: e.Line, Page: e.Page}.String()
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %v", s, e.Field, e.Err)
	}
	return fmt.Sprintf("%s: %v", s, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Document is what a parser yields for one file: the records it could read,
// the problems with the rows it could not, and notes worth a line in the
// import log (an ignored sheet, a skipped totals row).
type Document struct {
	Format   string   // the format name, when the parser tells it apart only after reading (PDF: "ascp-certificate-pdf")
	Holder   Holder   // from the header block, when there is one
	Records  []Record // in file order
	Problems []error  // row-level: the file still imports
	Notes    []string
}
