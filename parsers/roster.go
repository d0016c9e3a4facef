package parsers

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gocarina/gocsv"

	"celedger"
	"celedger/internal/near"
)

// A staff roster lists one person per row (or one row per person and
// credential). Our own layout, read with gocsv, is
//
//	name,id,email,credential,cycle_end,department,shift,employer
//	Seán O'Brien,00412233,s.obrien@example.org,MLS,2027-06-30,Core Lab,Days
//	Mary-Kate Smith,00398812,,MLS:2027-06-30;SBB:2026-12-31,,Blood Bank,Nights
//
// credential holds one code ("MLS", "MLS(ASCP)CM") or several separated by
// ";", each optionally with its own cycle end after a ":"; cycle_end is the
// end for every credential that does not carry its own. Several rows with
// the same ID (or e-mail, or name when both are empty) are one person.
//
// Any other header is mapped through rosterAliases ("Employee Name",
// "ASCP Customer ID", "E-mail", "Certification(s)", "Cycle End Date",
// "Dept"; or "First Name" + "Last Name"), so an educator's own spreadsheet
// works as it is. Rows above the header (a title) are passed over.

// rosterField is a column a roster can carry.
type rosterField int

const (
	rfNone rosterField = iota
	rfName
	rfFirst
	rfLast
	rfID
	rfEmail
	rfCredential
	rfCycleEnd
	rfDepartment
	rfShift
	rfEmployer
	numRosterFields
)

var rosterFieldNames = [numRosterFields]string{"", "Name", "First Name", "Last Name", "ID", "Email", "Credential", "Cycle End", "Department", "Shift", "Employer"}

// rosterAliases maps normalised labels (normLabel) to roster fields.
var rosterAliases = map[string]rosterField{
	"name": rfName, "employee name": rfName, "full name": rfName, "staff name": rfName,
	"employee": rfName, "person": rfName, "participant": rfName, "technologist": rfName,
	"first name": rfFirst, "given name": rfFirst, "first": rfFirst,
	"last name": rfLast, "surname": rfLast, "family name": rfLast, "last": rfLast,
	"id": rfID, "ascp customer id": rfID, "customer id": rfID, "ascp id": rfID, "ascp no": rfID,
	"ascp customer no": rfID, "ascp customer": rfID, "ascp number": rfID, "boc id": rfID,
	"email": rfEmail, "e mail": rfEmail, "email address": rfEmail, "e mail address": rfEmail, "work email": rfEmail,
	"credential": rfCredential, "credentials": rfCredential, "certification": rfCredential,
	"certifications": rfCredential, "certification s": rfCredential, "credential s": rfCredential,
	"ascp credential": rfCredential, "ascp certification": rfCredential,
	"cycle end": rfCycleEnd, "cycle end date": rfCycleEnd, "cycle ends": rfCycleEnd, "cmp cycle end": rfCycleEnd,
	"expiration": rfCycleEnd, "expiration date": rfCycleEnd, "expires": rfCycleEnd, "expiry": rfCycleEnd,
	"certification expiration": rfCycleEnd, "credential expiration": rfCycleEnd, "renewal date": rfCycleEnd,
	"department": rfDepartment, "dept": rfDepartment, "section": rfDepartment, "lab section": rfDepartment,
	"shift":    rfShift,
	"employer": rfEmployer, "organization": rfEmployer, "organisation": rfEmployer, "facility": rfEmployer,
	"hospital": rfEmployer, "site": rfEmployer,
}

// rosterRow is our own layout, for gocsv. Every field is text: values are
// checked below with line numbers, not by gocsv (which zeroes bad cells).
type rosterRow struct {
	Name       string `csv:"name"`
	ID         string `csv:"id"`
	Email      string `csv:"email"`
	Credential string `csv:"credential"`
	CycleEnd   string `csv:"cycle_end"`
	Department string `csv:"department"`
	Shift      string `csv:"shift"`
	Employer   string `csv:"employer"`
}

// rosterHeader is where each roster field sits in a header row.
type rosterHeader [numRosterFields]int

// mapRosterHeader maps a row of labels. ok when the row names a person
// (a name, or first and last name) and one more roster field.
func mapRosterHeader(cells []string) (h rosterHeader, ok bool) {
	for i := range h {
		h[i] = -1
	}
	found := 0
	for i, c := range cells {
		f := rosterAliases[normLabel(c)]
		if f == rfNone || h[f] >= 0 {
			continue
		}
		h[f] = i
		found++
	}
	named := h[rfName] >= 0 || (h[rfFirst] >= 0 && h[rfLast] >= 0)
	if named {
		// Labels typed with a slip ("credentail", "cycle_ned"), in a row
		// that names its people.
		for i, c := range cells {
			if rosterAliases[normLabel(c)] != rfNone {
				continue
			}
			if key, ok := nearLabel(normLabel(c), rosterKeys); ok {
				if f := rosterAliases[key]; h[f] < 0 {
					h[f] = i
					found++
				}
			}
		}
	}
	return h, named && found >= 2 && (h[rfID] >= 0 || h[rfEmail] >= 0 || h[rfCredential] >= 0 || h[rfCycleEnd] >= 0)
}

// rosterKeys are rosterAliases' labels in order, for labels typed with a
// slip.
var rosterKeys = slices.Sorted(maps.Keys(rosterAliases))

// ourRosterHeader reports whether a header row is exactly our layout's
// labels (any order, any subset that includes name).
func ourRosterHeader(cells []string) bool {
	ours := map[string]bool{"name": true, "id": true, "email": true, "credential": true, "cycle_end": true, "department": true, "shift": true, "employer": true}
	hasName := false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if !ours[c] {
			return false
		}
		hasName = hasName || c == "name"
	}
	return hasName
}

// maxRosterHeaderScan is how many rows may stand above a roster's header.
const maxRosterHeaderScan = 10

// IsRoster reports whether a file looks like a staff roster rather than a
// transcript: a delimited file whose header names people but no activities.
// Read uses it to tell the user to pass the file with -roster. Like the
// transcript formats, it goes by content among document names.
func IsRoster(name string, head []byte) bool {
	if !documentName(name) {
		return false
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	if crOnly(head) {
		head = bytes.ReplaceAll(head, []byte("\r"), []byte("\n"))
	}
	_, row, ok := findRosterHeader(head, func(row []string) bool {
		_, ok := mapRosterHeader(row)
		return ok
	})
	if !ok {
		return false
	}
	_, n := mapHeader(row)
	return n == 0
}

// findRosterHeader reads the first maxRosterHeaderScan rows of data with
// each delimiter in turn and returns the delimiter and the first row that
// isHeader accepts.
func findRosterHeader(data []byte, isHeader func(row []string) bool) (rune, []string, bool) {
	for _, d := range delimiters {
		r := newCSVReader(bytes.NewReader(data), d)
		for i := 0; i < maxRosterHeaderScan; i++ {
			row, err := r.Read()
			if err != nil {
				break
			}
			if isHeader(row) {
				return d, row, true
			}
		}
	}
	return 0, nil, false
}

// ReadRoster reads a roster file. It returns the people it could read and
// one error per bad row (file:line: field: problem); err is set only when
// the file cannot be read at all (missing, no header).
func ReadRoster(path string) (people []celedger.RosterEntry, problems []error, err error) {
	data, err := readRegular(path)
	if err != nil {
		return nil, nil, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return readRosterXLSX(path, data)
	}
	data, _ = asUTF8(data) // a roster saved by Excel as "Unicode Text" or in Windows-1252
	data = bytes.TrimPrefix(data, utf8BOM)
	if crOnly(data[:min(len(data), headSize)]) {
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	delim := sniffRosterDelimiter(data)
	first, _ := newCSVReader(bytes.NewReader(data), delim).Read()
	if ourRosterHeader(first) {
		return readOurRoster(path, data, delim)
	}
	var rows [][]string
	var unclosed []error
	err = eachRow(bytes.NewReader(data), 0, int64(len(data)), delim, false, func(line int, row []string) bool {
		for len(rows) < line-1 {
			rows = append(rows, nil) // blank lines keep the line numbers right
		}
		rows = append(rows, append([]string(nil), row...))
		return true
	}, func(line, _ int) {
		unclosed = append(unclosed, &celedger.ParseError{Path: path, Line: line,
			Err: errUnclosedQuote})
	})
	if err != nil {
		return nil, nil, unreadableAt(path, err)
	}
	people, problems, err = readRosterRows(path, "", rows)
	return people, append(unclosed, problems...), err
}

// RosterFormat is the format name of a staff roster in the import log.
const RosterFormat = "staff-roster"

// isRosterWorkbook reports whether an XLSX file that holds no transcript
// has a sheet with a roster header.
func isRosterWorkbook(r io.ReaderAt, size int64, path string) bool {
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") && !strings.EqualFold(filepath.Ext(path), ".xlsm") {
		return false
	}
	_, _, err := ReadSheetRows(r, size, path,
		func(cells []string) bool { _, ok := mapRosterHeader(cells); return ok },
		func(string, int, []string) {})
	return err == nil
}

// readRosterXLSX reads the first sheet of a workbook that has a roster
// header, through the same row reader as CSV rosters.
func readRosterXLSX(path string, data []byte) ([]celedger.RosterEntry, []error, error) {
	var rows [][]string
	sheet, _, err := ReadSheetRows(bytes.NewReader(data), int64(len(data)), path,
		func(cells []string) bool { _, ok := mapRosterHeader(cells); return ok },
		func(_ string, line int, cells []string) {
			for len(rows) < line-1 {
				rows = append(rows, nil) // blank rows keep the line numbers right
			}
			rows = append(rows, append([]string(nil), cells...))
		})
	if err != nil {
		return nil, nil, err
	}
	return readRosterRows(path, sheet, rows)
}

// sniffRosterDelimiter picks the delimiter whose first rows hold a roster
// header; comma when none does.
func sniffRosterDelimiter(data []byte) rune {
	d, _, ok := findRosterHeader(data, func(row []string) bool {
		_, ok := mapRosterHeader(row)
		return ok || ourRosterHeader(row)
	})
	if !ok {
		return ','
	}
	return d
}

// readOurRoster reads our own layout with gocsv. Physical line numbers are
// the row index + 2 (the header is line 1); a quoted cell spanning lines
// would shift them, which our layout has no reason to contain.
func readOurRoster(path string, data []byte, delim rune) ([]celedger.RosterEntry, []error, error) {
	var rows []rosterRow
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	if err := gocsv.UnmarshalCSV(cr, &rows); err != nil {
		return nil, nil, &celedger.ParseError{Path: path, Err: fmt.Errorf("%w: %v", celedger.ErrUnreadable, err)}
	}
	b := newRosterBuilder(path, "")
	for i, r := range rows {
		b.add(i+2, r)
	}
	return b.people, b.problems, nil
}

// readRosterRows reads a roster from rows of text cells (a CSV file, or a
// spreadsheet sheet: sheet names it in messages). Line numbers are 1-based
// row indexes. The header is found among the first rows by its labels.
func readRosterRows(path, sheet string, rows [][]string) ([]celedger.RosterEntry, []error, error) {
	hi := -1
	var h rosterHeader
	for i := 0; i < len(rows) && i < maxRosterHeaderScan; i++ {
		if m, ok := mapRosterHeader(rows[i]); ok {
			hi, h = i, m
			break
		}
	}
	if hi < 0 {
		return nil, nil, &celedger.ParseError{Path: path, Sheet: sheet, Err: fmt.Errorf("%w: no roster header (want a name column and an ID, e-mail, credential or cycle end column)", celedger.ErrNoColumn)}
	}
	cell := func(row []string, f rosterField) string {
		if h[f] < 0 || h[f] >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[h[f]])
	}
	b := newRosterBuilder(path, sheet)
	for i := hi + 1; i < len(rows); i++ {
		row := rows[i]
		name := cell(row, rfName)
		if name == "" {
			name = strings.TrimSpace(cell(row, rfFirst) + " " + cell(row, rfLast))
		}
		b.add(i+1, rosterRow{
			Name: name, ID: cell(row, rfID), Email: cell(row, rfEmail), Credential: cell(row, rfCredential),
			CycleEnd: cell(row, rfCycleEnd), Department: cell(row, rfDepartment), Shift: cell(row, rfShift),
			Employer: cell(row, rfEmployer),
		})
	}
	return b.people, append(rosterHeaderNotes(path, sheet, hi+1, rows[hi], h), b.problems...), nil
}

// RosterNote is a remark on a roster file (a column read with a slip, a
// column not read) that ReadRoster returns among its problems: the file
// is read whole, the note belongs in the import log.
type RosterNote string

func (n RosterNote) Error() string { return string(n) }

// rosterHeaderNotes says which labels of a roster's header were read with
// a slip ("did you mean …?") and which were not read at all.
func rosterHeaderNotes(path, sheet string, line int, cells []string, h rosterHeader) []error {
	where := celedger.Source{Path: path, Sheet: sheet, Line: line}.String()
	used := map[int]bool{}
	for _, i := range h {
		used[i] = true
	}
	var notes []error
	var unread []string
	for i, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case c == "":
		case !used[i]:
			unread = append(unread, c)
		case rosterAliases[normLabel(c)] == rfNone:
			if key, ok := nearLabel(normLabel(c), rosterKeys); ok {
				notes = append(notes, RosterNote(fmt.Sprintf("%s: column %q read as %q: did you mean %q?", where, c, key, key)))
			}
		}
	}
	if len(unread) > 0 {
		notes = append(notes, RosterNote(fmt.Sprintf("%s: columns not read: %s", where, strings.Join(unread, ", "))))
	}
	return notes
}

// rosterBuilder checks rows and folds the rows of one person together.
type rosterBuilder struct {
	path, sheet string
	people      []celedger.RosterEntry
	byKey       map[string]int
	problems    []error
}

func newRosterBuilder(path, sheet string) *rosterBuilder {
	return &rosterBuilder{path: path, sheet: sheet, byKey: map[string]int{}}
}

func (b *rosterBuilder) fail(line int, f rosterField, err error) {
	b.problems = append(b.problems, &celedger.ParseError{Path: b.path, Sheet: b.sheet, Line: line, Field: rosterFieldNames[f], Err: err})
}

func (b *rosterBuilder) add(line int, r rosterRow) {
	if blank([]string{r.Name, r.ID, r.Email, r.Credential, r.CycleEnd, r.Department, r.Shift, r.Employer}) {
		return
	}
	name := collapseSpace(r.Name)
	if name == "" {
		b.fail(line, rfName, celedger.ErrMissing)
		return
	}
	// A bad cell is reported and left out; the person stays on the
	// roster, so their documents still find them (a mistyped cycle end
	// leaves the cycle unknown, not the person).
	email := strings.ToLower(strings.TrimSpace(r.Email))
	if email != "" && emailPattern.FindString(email) != email {
		b.fail(line, rfEmail, fmt.Errorf("not an e-mail address: %q", r.Email))
		email = ""
	}
	var unread []string
	var defaultEnd celedger.Date
	if s := strings.TrimSpace(r.CycleEnd); s != "" {
		d, err := celedger.ParseDate(s)
		if err != nil {
			b.fail(line, rfCycleEnd, fmt.Errorf("%w %q", celedger.ErrBadDate, s))
			unread = append(unread, fmt.Sprintf("cycle end %q on line %d", s, line))
		}
		defaultEnd = d
	}
	creds, err := parseRosterCredentials(r.Credential, defaultEnd)
	if err != nil {
		b.fail(line, rfCredential, err)
		unread = append(unread, fmt.Sprintf("credential %q on line %d", strings.TrimSpace(r.Credential), line))
		creds = nil
	}
	if len(creds) == 0 && !defaultEnd.IsZero() {
		creds = []celedger.RosterCredential{{CycleEnd: defaultEnd}}
	}
	id := strings.TrimSpace(r.ID)
	key := "name:" + strings.ToLower(name)
	switch {
	case id != "":
		key = "id:" + strings.ToUpper(id)
	case email != "":
		key = "email:" + email
	}
	if i, ok := b.byKey[key]; ok {
		p := &b.people[i]
		p.Credentials = append(p.Credentials, creds...)
		p.Department = firstNonEmpty(p.Department, r.Department)
		p.Shift = firstNonEmpty(p.Shift, r.Shift)
		p.Employer = firstNonEmpty(p.Employer, r.Employer)
		p.Email = firstNonEmpty(p.Email, email)
		p.Unread = append(p.Unread, unread...)
		return
	}
	b.byKey[key] = len(b.people)
	b.people = append(b.people, celedger.RosterEntry{
		Name: name, ID: id, Email: email, Credentials: creds,
		Department: collapseSpace(r.Department), Shift: collapseSpace(r.Shift), Employer: collapseSpace(r.Employer), Unread: unread,
		Source: celedger.Source{Path: b.path, Sheet: b.sheet, Line: line},
	})
}

// parseRosterCredentials reads "MLS", "MLS(ASCP)CM", "MLS; SBB" or
// "MLS:2027-06-30;SBB:2026-12-31". A code with no date of its own gets
// defaultEnd. A code with no date and no default keeps a zero CycleEnd.
func parseRosterCredentials(s string, defaultEnd celedger.Date) ([]celedger.RosterCredential, error) {
	var out []celedger.RosterCredential
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		codeText, dateText, hasDate := strings.Cut(part, ":")
		code := celedger.CredentialCode(codeText) // "MLS(ASCP)CM", "MLS (ASCP) CM", "M(ASCPi)"
		if !credentialCode.MatchString(code) {
			code = credentialPattern.FindString(strings.ToUpper(codeText)) // "Medical Laboratory Scientist (MLS)"
		}
		if code == "" {
			if near := near.Nearest(strings.ToUpper(strings.TrimSpace(codeText)), strings.Split(credentialCodes, "|")); near != "" {
				return nil, fmt.Errorf("unknown credential %q (did you mean %s?)", strings.TrimSpace(codeText), near)
			}
			return nil, fmt.Errorf("unknown credential %q (want a code such as MLS, MLT, SBB)", strings.TrimSpace(codeText))
		}
		c := celedger.RosterCredential{Code: code, CycleEnd: defaultEnd}
		if hasDate {
			d, err := celedger.ParseDate(strings.TrimSpace(dateText))
			if err != nil {
				return nil, fmt.Errorf("%w %q for %s", celedger.ErrBadDate, strings.TrimSpace(dateText), code)
			}
			c.CycleEnd = d
		}
		out = append(out, c)
	}
	return out, nil
}

func firstNonEmpty(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return collapseSpace(b)
}
