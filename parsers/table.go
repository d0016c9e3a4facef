package parsers

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"celedger"
)

// A table is how CSV and XLSX transcripts (and PDF transcripts, once their
// lines are cut into cells) reach records: rows of text cells. The first
// rows that are not the header are the header block; the header row maps
// columns by label; each later row is an activity, a totals row, or blank.

// tableLayout is what a format knows beyond the header: the provider to
// name when the rows do not, the unit to assume when neither a unit column,
// the credits header nor the credits cell names one, and the kind of record.
type tableLayout struct {
	provider    string
	defaultUnit celedger.Unit
	kind        string
}

// tableReader turns rows into records. Feed it rows in order with add.
type tableReader struct {
	path         string
	sheet        string
	page         int // 1-based page of the rows being added (PDF), else 0
	layout       tableLayout
	decimalComma bool
	maxCredits   celedger.Points

	hdr      *header
	dates    dateOrder // what the date column's slashed dates tell of its order
	slashed  slashedOrder
	commaNum bool          // a credit written with a decimal comma
	date1904 bool          // the workbook counts serial days from 1904 (Excel for Mac before 2011)
	fatal    error         // what stops the whole file (a cell past maxCellChars)
	serials  int           // dates read as Excel serial day numbers
	stated   celedger.Unit // the unit a sentence of the document gives every credit ("Credits shown are P.A.C.E.® contact hours")
	preamble [][]string    // rows above the header
	named    string        // the activity type the document names itself by ("In-service"), for rows with no type column
	rows     int           // rows seen, for Limit.MaxRows
	full     bool          // the row limit was reached
	doc      celedger.Document
}

// unitOf reads a credit unit as a unit cell prints it, or from the words
// in brackets beside another language's ("Kontaktstunden (contact hours)").
func unitOf(text string) (celedger.Unit, bool) {
	if u, ok := celedger.ParseUnit(text); ok {
		return u, true
	}
	for _, m := range bracketed.FindAllString(text, -1) {
		if u, ok := celedger.ParseUnit(strings.Trim(m, "()")); ok {
			return u, true
		}
	}
	return "", false
}

// maxCellChars is the most characters one cell may hold: Excel's own
// limit, 32,767. A longer one is no transcript's.
const maxCellChars = 32767

// maxHeaderScan is how many rows may stand above the header.
const maxHeaderScan = 40

// defaultMaxCredits bounds credits on one row: no single CE activity is
// worth more than this, so a larger number is a typo or a total.
const defaultMaxCredits = 100_00

func newTableReader(path, sheet string, layout tableLayout, decimalComma bool) *tableReader {
	return &tableReader{path: path, sheet: sheet, layout: layout, decimalComma: decimalComma, maxCredits: defaultMaxCredits}
}

// add takes one row with its 1-based line number. It reports false once
// the row limit is reached: the caller stops reading.
func (t *tableReader) add(line int, cells []string) bool {
	if t.fatal != nil {
		return false
	}
	for i, c := range cells {
		if len(c) > maxCellChars && utf8.RuneCountInString(c) > maxCellChars {
			t.fatal = &celedger.ParseError{Path: t.path, Sheet: t.sheet, Line: line, Page: t.page, Err: fmt.Errorf("%w: column %d holds %d characters, more than the 32,767 a spreadsheet cell may hold (Excel's limit): a damaged or hostile file, not read",
				celedger.ErrTooLarge, i+1, utf8.RuneCountInString(c))}
			return false
		}
	}
	if t.rows++; t.rows > Limit.MaxRows {
		if !t.full {
			t.full = true
			t.doc.Problems = append(t.doc.Problems, &celedger.ParseError{Path: t.path, Sheet: t.sheet, Line: line,
				Err: fmt.Errorf("%w: more than %d rows; the rest of the file was not read (raise it with -max-rows)", celedger.ErrTooLarge, Limit.MaxRows)})
		}
		return false
	}
	t.addRow(line, cells)
	return true
}

func (t *tableReader) addRow(line int, cells []string) {
	if blank(cells) {
		return
	}
	if t.hdr == nil {
		if h, n := mapHeader(cells); n >= 3 {
			h.labels = append([]string(nil), cells...) // the reader reuses its row
			t.hdr = &h
			for _, s := range h.slips {
				t.doc.Notes = append(t.doc.Notes, fmt.Sprintf("%s: %s", t.where(line), s))
			}
			if unread := h.unread(); len(unread) > 0 {
				t.doc.Notes = append(t.doc.Notes, fmt.Sprintf("%s: columns not read: %s", t.where(line), strings.Join(unread, ", ")))
			}
			readHolderRows(&t.doc.Holder, t.preamble)
			t.named = namedActivityType(t.sheet, h.labels, h.index[colTitle], t.preamble)
			t.preamble = nil
			return
		}
		if len(t.preamble) < maxHeaderScan {
			t.preamble = append(t.preamble, append([]string(nil), cells...))
		}
		if u, ok := statedUnit(strings.Join(cells, " ")); ok && t.stated == "" {
			t.stated = u
		}
		return
	}
	if mayBeHeader(cells) {
		if h, n := mapHeader(cells); n >= 3 && sameHeader(&h, t.hdr) {
			return // a repeated header (pages of a printed transcript, concatenated exports)
		}
	}
	rec, err := t.record(line, cells)
	switch {
	case errors.Is(err, errTotals):
		t.doc.Notes = append(t.doc.Notes, fmt.Sprintf("%s: totals row, not an activity", t.where(line)))
	case errors.Is(err, errFooter):
		// page footers and notes rows carry nothing
	case err != nil:
		t.doc.Problems = append(t.doc.Problems, err)
	default:
		t.doc.Records = append(t.doc.Records, rec)
		if t.slashed == ambiguous {
			t.dates.ambiguousAt = append(t.dates.ambiguousAt, len(t.doc.Records)-1)
			if c := rec.Completed.Time(); c.Day() != int(c.Month()) {
				t.dates.differ = true // "03/03/2025" reads alike either way
			}
		}
	}
	t.slashed = notSlashed
}

// finish returns the document, or an error when no header was ever found.
func (t *tableReader) finish() (celedger.Document, error) {
	if t.fatal != nil {
		return celedger.Document{}, t.fatal
	}
	if t.hdr == nil {
		return t.doc, &celedger.ParseError{Path: t.path, Sheet: t.sheet, Err: fmt.Errorf("%w: no header row with a title and a date or credits column in the first %d rows", celedger.ErrNoColumn, maxHeaderScan)}
	}
	if note := t.dates.settle(&t.doc, t.decimalComma && t.commaNum); note != "" {
		t.doc.Notes = append(t.doc.Notes, note)
	}
	if len(t.doc.Records) == 0 && len(t.doc.Problems) == 0 {
		t.doc.Notes = append(t.doc.Notes, "header found, no activity rows under it (a download cut short?)")
	}
	if len(t.doc.Records) == 0 && len(t.doc.Problems) > 0 {
		// Every row failed for want of a column the header lacks: the
		// file's problem, with the columns it has.
		for _, c := range []column{colDate, colCredits} {
			if t.hdr.index[c] < 0 && (c != colCredits || t.layout.defaultUnit == "") {
				return t.doc, &celedger.ParseError{Path: t.path, Sheet: t.sheet, Err: fmt.Errorf("%w: no %s column (columns found: %s)", celedger.ErrNoColumn, c, t.hdr.found())}
			}
		}
	}
	if t.serials > 0 {
		system := "1900"
		if t.date1904 {
			system = "1904"
		}
		t.doc.Notes = append(t.doc.Notes, fmt.Sprintf("%d dates read as Excel serial day numbers (the %s date system)", t.serials, system))
	}
	for i := range t.doc.Records {
		t.doc.Records[i].Holder = t.doc.Records[i].Holder.Merge(t.doc.Holder)
	}
	return t.doc, nil
}

func (t *tableReader) where(line int) string {
	return celedger.Source{Path: t.path, Sheet: t.sheet, Line: line, Page: t.page}.String()
}

var (
	errTotals = errors.New("totals row")
	errFooter = errors.New("footer row")
)

var totalsPattern = regexp.MustCompile(`(?i)^\s*(grand\s+)?(sub)?totals?\b`)

// totalsLabel reports whether a cell opens with totalsPattern's words;
// most cells open with a letter none of them starts with, and are
// answered without the pattern.
func totalsLabel(s string) bool {
	t := strings.TrimLeft(s, " \t")
	if t == "" || !strings.ContainsRune("tTgGsS", rune(t[0])) {
		return false
	}
	return totalsPattern.MatchString(t)
}

// groupTotal is the label Excel's Data › Subtotal writes in the grouped
// column of a subtotal row: the group's value, then "Total".
var groupTotal = regexp.MustCompile(`(?i)^\s*\S.*\s(sub)?total\s*$`)

// record reads one activity row.
func (t *tableReader) record(line int, row []string) (celedger.Record, error) {
	h := t.hdr
	fail := func(field string, err error) (celedger.Record, error) {
		return celedger.Record{}, &celedger.ParseError{Path: t.path, Sheet: t.sheet, Line: line, Page: t.page, Field: field, Err: err}
	}
	title := collapseSpace(h.cell(row, colTitle))
	first := ""
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			first = c
			break
		}
	}
	if totalsLabel(first) || totalsLabel(title) {
		return celedger.Record{}, errTotals
	}
	if title == "" && slices.ContainsFunc(row, func(c string) bool { return groupTotal.MatchString(c) }) {
		return celedger.Record{}, errTotals // Excel's Data › Subtotal: "2024 Total" in the grouped column
	}
	dateText := h.cell(row, colDate)
	creditText := h.cell(row, colCredits)
	if title == "" && dateText == "" && creditText == "" {
		return celedger.Record{}, errFooter
	}
	if title == "" {
		return fail(colTitle.String(), fmt.Errorf("%w title", celedger.ErrMissing))
	}
	rec := celedger.Record{
		Source:     celedger.Source{Path: t.path, Sheet: t.sheet, Line: line, Page: t.page},
		Title:      title,
		Topic:      h.cell(row, colTopic),
		Provider:   h.cell(row, colProvider),
		ActivityID: h.cell(row, colActivityID),
		Type:       h.cell(row, colType),
		Presenter:  h.cell(row, colPresenter),
		Kind:       t.layout.kind,
		Holder: celedger.Holder{
			Name:  h.cell(row, colName),
			ID:    h.cell(row, colID),
			Email: h.cell(row, colEmail),
		},
	}
	if rec.Provider == "" {
		rec.Provider, rec.ProviderImplied = t.layout.provider, t.layout.provider != ""
	}
	if rec.Type == "" {
		rec.Type = t.named
	}
	rec.Claim = claimOf(h.cell(row, colStatus))
	if dateText == "" {
		if rec.Claim != celedger.ClaimUnclaimed {
			return fail(colDate.String(), fmt.Errorf("%w date", celedger.ErrMissing))
		}
	} else if d, ok := serialDate(dateText, t.date1904); ok {
		rec.Completed = d
		t.serials++
	} else if d, order, ok := readSlashed(dateText); order != notSlashed {
		if !ok {
			return fail(h.labelOf(colDate), fmt.Errorf("%w %q", celedger.ErrBadDate, dateText))
		}
		rec.Completed, t.slashed = d, order
		where := func() string { return fmt.Sprintf("%s (line %d)", strings.TrimSpace(dateText), line) }
		switch {
		case order == provesDay && t.dates.dayProof == "":
			t.dates.dayProof = where()
		case order == provesMonth && t.dates.monthProof == "":
			t.dates.monthProof = where()
		}
	} else {
		d, err := celedger.ParseDate(dateText)
		if err != nil {
			return fail(h.labelOf(colDate), err)
		}
		rec.Completed = d
	}
	if strings.Contains(creditText, ",") {
		t.commaNum = true
	}
	credits, unit, err := readCredits(creditText, t.decimalComma)
	if err != nil {
		return fail(h.labelOf(colCredits), err)
	}
	if credits < 0 {
		return fail(h.labelOf(colCredits), fmt.Errorf("%w: %s is negative", celedger.ErrBadCredits, credits))
	}
	if credits > t.maxCredits {
		return fail(h.labelOf(colCredits), fmt.Errorf("%w: %s is more than %s for one activity", celedger.ErrBadCredits, credits, t.maxCredits))
	}
	rec.Credits = credits
	if unitText := h.cell(row, colUnit); unitText != "" {
		u, ok := unitOf(unitText)
		if !ok {
			return fail(h.labelOf(colUnit), fmt.Errorf("%w %q (known: %s)", celedger.ErrBadUnit, unitText, knownUnits()))
		}
		unit, rec.UnitPrinted = u, strings.TrimSpace(unitText)
	} else if u, ok := unitOf(rec.Type); ok {
		unit, rec.UnitPrinted, rec.Type = u, strings.TrimSpace(rec.Type), "" // a "Type" column that holds the credit type ("CMLE", "Contact Hrs")
	}
	if unit == "" && h.creditUnit != "" {
		unit, rec.UnitPrinted = h.creditUnit, h.labelOf(colCredits) // the credits column's header names it ("CE Hours")
	}
	if unit == "" {
		// A "Type" column that holds units ("CMLE", "P.A.C.E.") where the
		// table has no unit column.
		if u, ok := celedger.ParseUnit(rec.Type); ok && rec.Type != "" {
			unit = u
		}
	}
	if unit == "" {
		unit = t.stated
	}
	if unit == "" {
		unit = t.layout.defaultUnit
	}
	if unit == "" {
		return fail("Unit", fmt.Errorf("%w unit: no unit column, and neither the credits header nor the cell names one", celedger.ErrMissing))
	}
	rec.Unit = unit
	return rec, nil
}

// labelOf is the header label of a column as printed, for messages.
func (h *header) labelOf(c column) string {
	if i := h.index[c]; i >= 0 && i < len(h.labels) && strings.TrimSpace(h.labels[i]) != "" {
		return strings.TrimSpace(h.labels[i])
	}
	return c.String()
}

var creditPattern = regexp.MustCompile(`^([+-]?[0-9]*[.,]?[0-9]+)\s*(.*)$`)

// readCredits reads a credits cell: "1.5", "1,5" (decimal comma), "1.5 CMLE",
// "2 contact hours", "0.2 CEU". The unit is "" when the cell names none.
func readCredits(s string, decimalComma bool) (celedger.Points, celedger.Unit, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, "", fmt.Errorf("%w credits", celedger.ErrMissing)
	}
	num, rest := t, ""
	if !plainNumber(t) { // "1.5" needs no pattern; "1.5 CMLE", "(2.0)" do
		m := creditPattern.FindStringSubmatch(t)
		if m == nil {
			return 0, "", fmt.Errorf("%w %q", celedger.ErrBadNumber, s)
		}
		num, rest = m[1], strings.TrimSpace(m[2])
	}
	comma := decimalComma || (strings.Contains(num, ",") && !strings.Contains(num, "."))
	p, err := celedger.ParsePoints(num, comma)
	if err != nil {
		return 0, "", fmt.Errorf("%w %q", celedger.ErrBadNumber, s)
	}
	if rest == "" {
		return p, "", nil
	}
	u, ok := celedger.ParseUnit(rest)
	if !ok {
		if strings.ContainsAny(rest[:1], "0123456789.,") {
			return 0, "", fmt.Errorf("%w %q", celedger.ErrBadNumber, s)
		}
		return 0, "", fmt.Errorf("%w %q (known: %s)", celedger.ErrBadUnit, rest, knownUnits())
	}
	return p, u, nil
}

// plainNumber reports whether s is digits with at most one decimal mark
// and ends in a digit ("1.5", "2", "0,75", ".5"): what creditPattern
// reads as a number with no unit.
func plainNumber(s string) bool {
	digits, marks := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ',':
			marks++
		default:
			return false
		}
	}
	return digits > 0 && marks <= 1 && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

func knownUnits() string {
	var names []string
	for _, u := range celedger.Units {
		names = append(names, string(u))
	}
	return strings.Join(names, ", ")
}

// claimOf reads a status cell into a claim state. Only explicit words
// count: "Claimed", "Unclaimed", "Not claimed", "Pending claim".
func claimOf(status string) celedger.Claim {
	s := normLabel(status)
	switch {
	case s == "":
		return celedger.ClaimUnknown
	case strings.Contains(s, "unclaimed") || strings.Contains(s, "not claimed") ||
		strings.Contains(s, "pending") || strings.Contains(s, "claim credit") || s == "no":
		return celedger.ClaimUnclaimed
	case strings.Contains(s, "claimed") || s == "yes":
		return celedger.ClaimClaimed
	}
	return celedger.ClaimUnknown
}

func sameHeader(a, b *header) bool { return a.index == b.index }

// mayBeHeader reports whether a row could be a header row: it holds no
// date (activity rows do; labels such as "AMA PRA Category 1" hold a
// digit, not a date).
func mayBeHeader(cells []string) bool {
	for _, c := range cells {
		digits := 0
		for i := 0; i < len(c); i++ {
			if c[i] >= '0' && c[i] <= '9' {
				digits++
			}
		}
		if digits >= 4 {
			return false
		}
	}
	return true
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// collapseSpace joins a title's lines and runs of spaces into single spaces.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// unitStatement is a sentence that says what unit a document's credits
// are in: "Credits shown are P.A.C.E.® contact hours", "All credits are
// P.A.C.E.®-approved contact hours", "Credits are CE hours."
var unitStatement = regexp.MustCompile(`(?i)\b(?:credits?|hours)\b[^.]{0,40}?\b(?:are|is|shown|listed|reported|awarded|given|expressed)\b(?:\s+(?:in|as))?\s+(.{2,60})`)

// statedUnit reads the unit a unit statement names, when it names one:
// the longest run of its words, from the start, that reads as a unit
// ("P.A.C.E.®-approved contact hours" reads as contact hours).
func statedUnit(text string) (celedger.Unit, bool) {
	if !hasFold(text, "credit") && !hasFold(text, "hours") {
		return "", false // the statement names credits or hours: most lines need no regexp
	}
	m := unitStatement.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	words := strings.Fields(strings.NewReplacer("-approved", "", "-accredited", "").Replace(m[1]))
	for len(words) > 0 {
		switch strings.ToLower(words[0]) {
		case "are", "is", "in", "as", "all", "the", "shown", "listed", "reported", "awarded", "given", "expressed":
			words = words[1:]
			continue
		}
		break
	}
	for n := min(len(words), 6); n >= 1; n-- {
		phrase := strings.TrimRight(strings.Join(words[:n], " "), ".,;")
		if u, ok := celedger.ParseUnit(phrase); ok {
			return u, true
		}
	}
	return "", false
}

// hasFold reports whether text contains the lower-case ASCII word part
// sub in any case, without allocating.
func hasFold(text, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(text); i++ {
		j := 0
		for j < n {
			c := text[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// namedActivityType is the activity type a table's document gives all its
// rows when it calls itself an in-service record: in its sheet's name
// ("In-service 2024-2026"), its title column's label ("In-Service
// Title") or a title row above the header ("Employee In-Service
// Record"); "" when it does not.
func namedActivityType(sheet string, labels []string, title int, preamble [][]string) string {
	texts := []string{sheet}
	if title >= 0 && title < len(labels) {
		texts = append(texts, labels[title])
	}
	for _, row := range preamble {
		texts = append(texts, row...)
	}
	for _, t := range texts {
		n := " " + normLabel(t) + " "
		if strings.Contains(n, " in service ") || strings.Contains(n, " inservice ") {
			return celedger.TypeInService
		}
	}
	return ""
}
