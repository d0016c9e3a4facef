package parsers

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"celedger"
)

// column is a field a transcript table can carry.
type column int

const (
	colNone column = iota
	colTitle
	colDate
	colCredits
	colUnit
	colProvider
	colActivityID
	colType
	colStatus
	colTopic
	colName
	colID
	colEmail
	colOffered   // the credits a session offered, beside those claimed: known, never read as the credits
	colPresenter // who presented the activity (an in-service log's "Presenter"): not the provider
	numColumns
)

var columnNames = [numColumns]string{"", "Title", "Date", "Credits", "Unit", "Provider", "Activity ID", "Type", "Status", "Topic", "Name", "ID", "Email", "Offered", "Presenter"}

func (c column) String() string { return columnNames[c] }

// headerAliases maps normalised header labels to columns (DOMAIN.md §2).
// The layout of every provider is this one table: a new export with a new
// label is one line here.
var headerAliases = map[string]column{
	"program title": colTitle, "activity title": colTitle, "course title": colTitle,
	"course name": colTitle, "title": colTitle, "activity": colTitle, "activity name": colTitle,
	"program": colTitle, "program name": colTitle, "course": colTitle, "session title": colTitle,
	"event": colTitle, "event title": colTitle, "event name": colTitle, "module": colTitle,
	"module title": colTitle, "education title": colTitle, "learning activity": colTitle,
	"session": colTitle, "in service title": colTitle, "inservice title": colTitle, "in service": colTitle, "inservice": colTitle,
	"description": colTitle, "activity description": colTitle, "course description": colTitle,

	"program date": colDate, "completion date": colDate, "date completed": colDate,
	"date claimed": colDate, "date": colDate, "completed": colDate, "completed on": colDate,
	"activity date": colDate, "date of completion": colDate, "claimed date": colDate,
	"date earned": colDate, "earned date": colDate, "session date": colDate, "event date": colDate,
	"date attended": colDate, "attended": colDate, "attendance date": colDate, "course date": colDate,
	"completion": colDate, "end date": colDate, "date of activity": colDate, "claim date": colDate,

	"credits": colCredits, "credits earned": colCredits, "credits claimed": colCredits,
	"hours": colCredits, "contact hours": colCredits, "ce hours": colCredits, "ce credits": colCredits,
	"credit hours": colCredits, "credit": colCredits, "points": colCredits, "cmp points": colCredits,
	"credit amount": colCredits, "amount": colCredits, "number of credits": colCredits,
	"ce units": colCredits, "cmle credits": colCredits, "cmle": colCredits, "ceus": colCredits,
	"ceu": colCredits, "clock hours": colCredits, "credits awarded": colCredits, "hours earned": colCredits,
	"total credits": colCredits, "credit earned": colCredits, "earned credits": colCredits,
	"credits hours": colCredits, "quantity": colCredits, "ce": colCredits,
	"hours claimed": colCredits, "ce hours claimed": colCredits, "contact hours claimed": colCredits,
	"claimed hours": colCredits, "hours completed": colCredits, "hours attended": colCredits, "hours awarded": colCredits,

	// What a session offered, beside what was claimed ("Hours offered |
	// Attended | Hours claimed"): the claimed figure is the credits.
	"hours offered": colOffered, "hours available": colOffered, "max ce hours": colOffered,
	"maximum": colOffered, "hours scheduled": colOffered, "credits available": colOffered,
	"credits offered": colOffered, "contact hours offered": colOffered, "max credits": colOffered,
	"maximum credits": colOffered, "available": colOffered, "offered": colOffered,

	"credit type": colUnit, "ce type": colUnit, "unit": colUnit, "credit unit": colUnit,
	"type of credit": colUnit, "credit designation": colUnit, "credit category": colUnit,
	"units": colUnit, "accreditation": colUnit, "credit types": colUnit,

	// A person or role who taught it; the provider is the organisation.
	"presenter": colPresenter, "presented by": colPresenter, "instructor": colPresenter, "speaker": colPresenter,
	"trainer": colPresenter, "facilitator": colPresenter, "faculty": colPresenter, "presenter name": colPresenter,
	"instructor name": colPresenter,

	"sponsor": colProvider, "provider": colProvider, "organization": colProvider,
	"accredited provider": colProvider, "offered by": colProvider, "vendor": colProvider,
	"provider name": colProvider, "sponsoring organization": colProvider, "presenter organization": colProvider,

	"program number": colActivityID, "activity id": colActivityID, "course number": colActivityID,
	"course id": colActivityID, "activity number": colActivityID, "program id": colActivityID,
	"program no": colActivityID, "course no": colActivityID, "activity code": colActivityID,
	"course code": colActivityID, "program code": colActivityID, "activity no": colActivityID,
	"course section": colActivityID, "section": colActivityID,

	"activity type": colType, "format": colType, "type": colType, "delivery": colType,
	"program type": colType, "course type": colType, "delivery method": colType, "activity format": colType,

	"status": colStatus, "claim status": colStatus, "claimed": colStatus, "credit status": colStatus,

	"topic": colTopic, "discipline": colTopic, "category": colTopic, "subject": colTopic,
	"content area": colTopic, "specialty": colTopic, "cmp area": colTopic, "specialty area": colTopic,
	"subject area": colTopic, "topic area": colTopic,

	"participant": colName, "name": colName, "learner": colName, "attendee": colName,
	"employee": colName, "employee name": colName, "full name": colName, "participant name": colName,
	"learner name": colName, "staff name": colName, "member name": colName, "attendee name": colName,

	// Only the ASCP customer ID identifies a person across documents (see
	// isPersonIDLabel); member, employee and badge numbers are not read.
	"customer id": colID, "ascp id": colID, "ascp customer id": colID, "customer number": colID,

	"email": colEmail, "e mail": colEmail, "email address": colEmail, "e mail address": colEmail,
}

// normLabel lowercases a label and folds punctuation to single spaces:
// "Date Completed:" -> "date completed", "Program #" -> "program no".
func normLabel(s string) string {
	if strings.IndexByte(s, '#') >= 0 {
		s = strings.ReplaceAll(s, "#", " no ")
	}
	if strings.Contains(s, "(s)") {
		s = strings.ReplaceAll(s, "(s)", "s")
	}
	b := make([]byte, 0, len(s))
	space := false
	for _, r := range s {
		if r < 128 {
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				if space && len(b) > 0 {
					b = append(b, ' ')
				}
				space = false
				b = append(b, c)
			} else {
				space = true
			}
			continue
		}
		if r == '\u00a0' || r == '®' || r == '™' || r == '©' || r == '·' || r == '•' {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	out := string(b)
	out = strings.TrimSuffix(out, " no no")
	if strings.HasSuffix(out, " number") && headerAliases[out] == colNone {
		out = strings.TrimSuffix(out, "number") + "no"
	}
	return out
}

// header is a mapped header row: where each column is, and the unit the
// credits header itself names ("Contact Hours", "CEUs", "Credits (CMLE)").
type header struct {
	index      [numColumns]int // cell index per column; -1 when absent
	creditUnit celedger.Unit
	labels     []string // the header as printed, for "columns found" messages
	slips      []string // labels read with a slip: "column "Date Complted" read as "date completed""
}

// headerKeys are headerAliases' labels in order, for labels typed with a
// slip.
var headerKeys = slices.Sorted(maps.Keys(headerAliases))

// mapHeader maps a row of labels to columns. It reports how many known
// columns it found; a row is a header when it has a title and a date or
// credits column, and three known columns in all.
func mapHeader(cells []string) (header, int) {
	var h header
	for i := range h.index {
		h.index[i] = -1
	}
	h.labels = cells
	// Each label is read whole, else (in a row that names a column
	// already) as the known label one slip away ("Date Complted", "Credit
	// Tpye"), else by its known parts ("Date of Program"): a slip is
	// nearer what was meant than a part ("Credit Tpye" is the credit type,
	// not the credits).
	type reading struct {
		col   column
		unit  celedger.Unit
		whole bool
	}
	read := make([]reading, len(cells))
	known := 0
	for i, cell := range cells {
		label := normLabel(splitCamel(cell))
		if col, unit := classifyWholeLabel(label); col != colNone {
			read[i] = reading{col, unit, true}
		} else {
			col, unit := labelByPart(label)
			read[i] = reading{col: col, unit: unit}
		}
		if read[i].col != colNone {
			known++
		}
	}
	if known >= 1 {
		for i, cell := range cells {
			if read[i].whole {
				continue
			}
			if key, ok := nearLabel(normLabel(cell), headerKeys); ok {
				if col, unit := classifyWholeLabel(key); col != colNone {
					read[i] = reading{col, unit, true}
					h.slips = append(h.slips, fmt.Sprintf("column %q read as %q: did you mean %q?", strings.TrimSpace(cell), key, key))
				}
			}
		}
	}
	found := 0
	for i, r := range read {
		col := r.col
		if col == colNone {
			continue
		}
		if h.index[col] >= 0 {
			// "Activity" then "Activity Title": the label that says title
			// names the title column; the other is the activity's number.
			if col == colTitle && strings.Contains(normLabel(cells[i]), "title") && !strings.Contains(normLabel(cells[h.index[col]]), "title") {
				h.index[col] = i
			}
			continue
		}
		h.index[col] = i
		if col == colCredits {
			h.creditUnit = r.unit
		}
		found++
	}
	if t := h.index[colTitle]; t >= 0 && normLabel(cells[t]) == "session" && h.index[colTopic] >= 0 && h.index[colActivityID] < 0 {
		// "Session | Date | Topic": the session is the row's number, the
		// topic its title ("Date | Session | Hours claimed": the title).
		h.index[colActivityID], h.index[colTitle] = t, -1
	}
	if h.index[colTitle] < 0 && h.index[colTopic] >= 0 {
		// "Session | Date | Topic | Hours claimed": with no title column,
		// the topic is what each row was about, its title.
		h.index[colTitle], h.index[colTopic] = h.index[colTopic], -1
	}
	if h.index[colTitle] < 0 || (h.index[colDate] < 0 && h.index[colCredits] < 0) {
		return h, 0
	}
	return h, found
}

// splitCamel parts a label written in camel case, as exports from
// learning systems' databases name their columns ("CourseTitle",
// "CompletionDate"): a space before each capital after a small letter.
// Labels with spaces come back as they are.
func splitCamel(s string) string {
	if strings.ContainsAny(s, " _") {
		return s
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// classifyLabel finds the column of one normalised label, and for credits
// columns the unit the label names. "credits cmle" (from "Credits (CMLE)")
// and "contact hours" both name a unit; "credits" does not.
func classifyLabel(label string) (column, celedger.Unit) {
	if c, u := classifyWholeLabel(label); c != colNone {
		return c, u
	}
	return labelByPart(label)
}

// classifyWholeLabel is classifyLabel without reading a label by its
// parts: what splitting a run of labels tries, so "Course Number Course
// Title" splits in two rather than reading as its first part.
func classifyWholeLabel(label string) (column, celedger.Unit) {
	if col, ok := headerAliases[label]; ok {
		if col == colCredits {
			// The unit the label's first words name: "hours claimed" is
			// contact hours, "ce hours claimed" CE hours.
			words := strings.Fields(label)
			for n := len(words); n >= 1; n-- {
				if u, ok := celedger.ParseUnit(strings.Join(words[:n], " ")); ok {
					return col, u
				}
			}
			return col, ""
		}
		return col, ""
	}
	for _, prefix := range []string{"credits ", "credit ", "hours ", "ce credits ", "credits earned "} {
		if rest, ok := strings.CutPrefix(label, prefix); ok {
			if u, ok := celedger.ParseUnit(rest); ok {
				return colCredits, u
			}
		}
	}
	if u, ok := celedger.ParseUnit(label); ok && label != "ce" {
		return colCredits, u
	}
	// "P.A.C.E. Hours", "CMLE Credits", "ACCENT Credits": a unit, then
	// the word for the amount.
	for _, suffix := range []string{" hours", " credits", " credit", " hrs", " credit hours"} {
		if rest, ok := strings.CutSuffix(label, suffix); ok {
			if u, ok := celedger.ParseUnit(rest); ok {
				return colCredits, u
			}
		}
	}
	return colNone, ""
}

// labelByPart reads a label of two to four words that no alias names by
// its longest known first words ("Date of Program" → date, "CEUs Awarded"
// → credits), else its longest known last words ("Total CEUs").
//
// A label ending in an identifier noun ("Event ID", "Session No.",
// "Module Code") names a number, never the thing itself: the activity ID
// when the words before it name the activity, else nothing read ("Member
// No.", "Order ID").
func labelByPart(label string) (column, celedger.Unit) {
	words := strings.Fields(label)
	if len(words) < 2 || len(words) > 4 {
		return colNone, ""
	}
	if certificateHeading(label) {
		return colNone, "" // "Certificate of Completion" beside a table: a heading, not "Completion"
	}
	switch words[len(words)-1] {
	case "id", "no", "code":
		if headerAliases[strings.Join(words[:len(words)-1], " ")] == colTitle {
			return colActivityID, ""
		}
		return colNone, ""
	}
	for n := len(words) - 1; n >= 1; n-- {
		for _, part := range []string{strings.Join(words[:n], " "), strings.Join(words[len(words)-n:], " ")} {
			if col, ok := headerAliases[part]; ok {
				u := celedger.Unit("")
				if col == colCredits {
					u, _ = celedger.ParseUnit(part)
				}
				return col, u
			}
		}
	}
	return colNone, ""
}

// cell returns the trimmed value of a column in a row, or "".
func (h *header) cell(row []string, c column) string {
	i := h.index[c]
	if i < 0 || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

// found lists the labels of the header, for a "missing column" message.
// unread lists the header's labels that name no column celedger reads
// ("Notes", "Instructor"), as printed.
func (h *header) unread() []string {
	used := map[int]bool{}
	for _, i := range h.index {
		used[i] = true
	}
	var out []string
	for i, l := range h.labels {
		if l = strings.TrimSpace(l); l != "" && !used[i] {
			out = append(out, l)
		}
	}
	return out
}

func (h *header) found() string {
	var names []string
	for _, l := range h.labels {
		if strings.TrimSpace(l) != "" {
			names = append(names, strings.TrimSpace(l))
		}
	}
	return strings.Join(names, ", ")
}
