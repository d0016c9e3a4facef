package parsers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"celedger"
	"celedger/parsers/pdf"
)

// PDF documents: one Format claims every PDF (the head of a file cannot
// show its text, which may be compressed), and Parse tells a transcript
// (a table under a header row) from a certificate (sentences and labelled
// lines), and the provider from the text. The format name it reports in
// Document.Format is "<provider>-<kind>-pdf": "ascp-transcript-pdf",
// "cap-certificate-pdf", or "ce-certificate-pdf" for other providers.
var pdfDocument = Format{
	Name:  "pdf",
	Match: matchPDF,
	Parse: parsePDF,
}

// pdfMagicScan is how far into a file "%PDF-" may start: viewers accept
// junk before it (mail gateways and download scripts add some).
const pdfMagicScan = 1024

// maxPDFSize bounds the bytes read from one PDF.
const maxPDFSize = 256 << 20

func matchPDF(name string, head []byte) bool {
	if strings.EqualFold(filepath.Ext(name), ".pdf") {
		return true
	}
	return bytes.Contains(head[:min(len(head), pdfMagicScan)], []byte("%PDF-"))
}

// pageText is one page's lines, or why it has none.
type pageText struct {
	Number int
	Lines  []textLine
	Rules  []pdf.Rule
	Err    error // ErrNoText or ErrUnreadable for this page
}

func parsePDF(r io.ReaderAt, size int64, path string) (celedger.Document, error) {
	fail := func(err error) (celedger.Document, error) {
		return celedger.Document{}, &celedger.ParseError{Path: path, Err: err}
	}
	if size > maxPDFSize {
		return fail(fmt.Errorf("%w: %d bytes is more than %d MiB", celedger.ErrTooLarge, size, maxPDFSize>>20))
	}
	data := make([]byte, size)
	if _, err := r.ReadAt(data, 0); err != nil && err != io.EOF {
		return fail(fmt.Errorf("%w: %v", celedger.ErrUnreadable, err))
	}
	pages, err := readPDFText(data)
	if err != nil {
		return fail(err)
	}
	// A transcript names its provider in the title block above its table;
	// its rows may name others ("AABB Standards …", "CAP checklists"),
	// which count only when the title block names none.
	var all []byte
	above := ""
	issuer := ""
	transcript, certRow := false, false
	headerPage := 0 // the page the transcript's table starts on
	for pi, p := range pages {
		all = lowerLines(p.Lines, all)
		if !transcript {
			if lines, at, _, ok := findHeader(p.Lines, nil); ok && datedBelow(pages[pi:], lines, at) {
				if certificateRow(pages, pi, lines, at) {
					certRow = true // read as a certificate; as a table if that finds nothing
					continue
				}
				transcript, headerPage = true, pi
				above = credentialMarks.ReplaceAllString(string(lowerLines(lines[:at], nil)), "")
				issuer = issuerLine(certLines([][]textLine{lines[:at]}))
				if issuer == "" {
					// No issuer line above the table: the subject of its
					// accreditation statement ("MediaLab, Inc. is approved as
					// a provider …" under the table).
					issuer = cutProvider(accreditedProvider(certLines([][]textLine{p.Lines})))
				}
			}
		}
	}
	provider := markedProvider(above)
	if provider == "" && issuer == "" {
		provider = markedProvider(string(all))
	}
	prefix := "ce"
	if provider != "" {
		prefix = strings.ToLower(provider)
	}
	readTranscript := func() (celedger.Document, error) {
		layout := pdfTranscriptLayout(provider)
		if layout.provider == "" {
			layout.provider = issuer // an employer's or a society's own record: the organisation over its table
		}
		doc, err := readPDFTranscript(path, pages, layout, nil)
		doc.Format = prefix + "-transcript-pdf"
		return doc, err
	}
	// A certificate's provider is its own (credentials such as
	// MLS(ASCP) name no provider).
	readAsCertificate := func() (celedger.Document, error) {
		return readPDFCertificate(path, pages, markedProvider(boardMentions.ReplaceAllString(credentialMarks.ReplaceAllString(string(all), ""), "")))
	}
	var tdoc celedger.Document
	var terr error
	if transcript {
		// A certificate whose small table of facts lacks a date column
		// ("Event ID | Contact Hours | Program Level") is no transcript:
		// when the table gives nothing and the page certifies, the
		// certificate reader reads it.
		if tdoc, terr = readTranscript(); len(tdoc.Records) > 0 && (certificateText(pages[0].Lines) || headerPage > 0) {
			// A certificate that itemises its one activity in a table
			// (modules, days, sessions) under its heading and participant,
			// or on a page after it: the certificate, when it reads whole,
			// is the record.
			if cdoc, cerr := readAsCertificate(); cerr == nil && len(cdoc.Records) == 1 && itemises(tdoc.Records, cdoc.Records[0]) {
				cdoc.Format = prefix + "-certificate-pdf"
				return cdoc, nil
			}
		}
		if len(tdoc.Records) > 0 || !certificateText(pages[0].Lines) {
			return tdoc, terr
		}
	}
	// A first page of dated, numbered lines is a table, never a
	// certificate; on a later page (an agenda after the certificate) it
	// is one only when no certificate reads.
	tablePage, labels, table := unrecognisedTable(pages)
	tableError := func() (celedger.Document, error) {
		return celedger.Document{Format: "ce-transcript-pdf"}, &celedger.ParseError{Path: path, Page: tablePage,
			Err: fmt.Errorf("%w: a table whose header was not recognised; labels seen: %s", celedger.ErrNoColumn, labels)}
	}
	if table && tablePage == pages[0].Number && !certificateText(pages[0].Lines) {
		return tableError() // (a certificate's table of days or sessions is read as a part of it)
	}
	doc, err := readAsCertificate()
	if certRow && len(doc.Records) == 0 {
		// A certificate's one row under labels its reader could not pair
		// (labels broken over two lines): the row as a table's.
		if tdoc, terr := readTranscript(); len(tdoc.Records) == 1 {
			return tdoc, terr
		}
	}
	if table && len(doc.Records) == 0 {
		return tableError()
	}
	if transcript && len(doc.Records) == 0 {
		return tdoc, terr // neither reading found a record: the table's error
	}
	prefix = "ce"
	if len(doc.Records) == 1 {
		switch p := doc.Records[0].Provider; p {
		case "ASCP", "AABB", "CAP":
			prefix = strings.ToLower(p)
		default:
			if m := markedProvider(strings.ToLower(p)); m != "" {
				prefix = strings.ToLower(m)
			}
		}
	}
	doc.Format = prefix + "-certificate-pdf"
	return doc, err
}

// itemises reports whether a table's rows are the parts of one
// certificate's activity (its modules, days or sessions): the
// certificate's title is none of theirs, its date is the last of theirs,
// and its credits are a total, more than any row's and no more than
// all of theirs (compared as printed, the rows being in the
// certificate's unit, or in contact hours under a certificate in CEUs:
// "3.0 Continuing Education Units" over five days of 6.0 hours).
func itemises(rows []celedger.Record, cert celedger.Record) bool {
	var last celedger.Date
	var sum, most celedger.Points
	for _, r := range rows {
		if celedger.NameKey(r.Title) == celedger.NameKey(cert.Title) {
			return false
		}
		if r.Completed.After(last) {
			last = r.Completed
		}
		sum += r.Credits
		most = max(most, r.Credits)
	}
	total := cert.Credits
	if cert.Unit == celedger.UnitCEU && len(rows) > 0 && rows[0].Unit != celedger.UnitCEU {
		total = total.Mul(10) // one CEU is ten contact hours (DOMAIN.md §1)
	}
	return cert.Title != "" && cert.Completed == last && total > most && total <= sum
}

// boardMentions name the ASCP Board of Certification, whose Credential
// Maintenance Program a certificate says its credits count toward: no
// provider ("… are accepted by the ASCP BOC Credential Maintenance
// Program").
var boardMentions = regexp.MustCompile(`ascp\s+(?:board\s+of\s+certification|boc)\b`)

// credentialMarks are credentials printed after names: "mls(ascp)cm".
var credentialMarks = regexp.MustCompile(`\((?:ascp|ascpi|aabb)\)`)

// unrecognisedTable finds a page whose lines read as table rows (three or
// more lines with a date and another number) though no header was
// recognised. It returns the page and the labels of the line above its
// first row, the header that was not recognised.
func unrecognisedTable(pages []pageText) (int, string, bool) {
	for _, p := range pages {
		numeric := 0 // lines with enough digits for a date and a number
		for _, l := range p.Lines {
			d := 0
			for _, s := range l.Segs {
				d += digits(s.Text)
			}
			if d >= 5 {
				numeric++
			}
		}
		if numeric < 3 {
			continue
		}
		rows, first := 0, -1
		for i, l := range p.Lines {
			t := lineText(l)
			loc := datePattern.FindStringIndex(t)
			if loc == nil {
				continue
			}
			rest := t[:loc[0]] + " " + t[loc[1]:]
			if !bareNumber.MatchString(rest) {
				continue
			}
			if rows++; first < 0 {
				first = i
			}
		}
		if rows >= 3 {
			labels := "none"
			if first > 0 {
				labels = strings.Join(segTexts(p.Lines[first-1]), ", ")
			}
			return p.Number, labels, true
		}
	}
	return 0, "", false
}

// bareNumber is a credit-like number standing alone.
var bareNumber = regexp.MustCompile(`(?:^|\s)\d{1,2}(?:[.,]\d{1,2})?(?:\s|$)`)

// datedBelow reports whether a table header at line at of a page has a
// dated line below it, on its page or the next: a table has rows. A
// certificate's row of labels under its values ("Date | Contact Hours")
// has none.
func datedBelow(pages []pageText, lines []textLine, at int) bool {
	for _, l := range lines[at+1:] {
		if looseDate.MatchString(lineText(l)) {
			return true
		}
	}
	if len(pages) > 1 {
		for _, l := range pages[1].Lines {
			if looseDate.MatchString(lineText(l)) {
				return true
			}
		}
	}
	return false
}

// certificateRow reports whether the "table" under the header at line at
// of page pi is a certificate's row of facts: one dated line under a row
// of labels, under a heading "Certificate of …" (a cue such as "This is
// to certify that" is not needed: one dated row under that heading is one
// activity, however the page names its participant), or on a page after a
// certificate that names its participant or the course after a cue (its
// transcript line printed overleaf).
func certificateRow(pages []pageText, pi int, lines []textLine, at int) bool {
	dated := 0
	for _, l := range lines[at:] { // (a header whose labels stand over their values holds the dates itself)
		if t := lineText(l); hasDigit(t) && looseDate.MatchString(t) && len(l.Segs) > 1 && !labelledDate(l) {
			// (A dated line in one piece, "Date printed: 10/15/2025" or a
			// sentence under the row, is no row; nor a signature's
			// "Signed on: 02/18/2026" beside the signer.)
			if dated++; dated > 1 {
				return false // a table's rows, not a certificate's one
			}
		}
	}
	if dated != 1 {
		return false
	}
	for _, l := range lines[:at] {
		if certificateHeading(lineText(l)) {
			return true
		}
	}
	for _, p := range pages[:pi] {
		if certificateText(p.Lines) {
			return true
		}
	}
	return false
}

// labelledDate reports whether every segment of a line that holds a date
// holds a label of a date that is not the completion's ("Signed on:
// 02/18/2026"; not "COMPLETED 03/27/2026").
func labelledDate(l textLine) bool {
	other := false
	for _, s := range l.Segs {
		if looseDate.MatchString(s.Text) {
			k, _, ok := labelAt(s.Text)
			if ok && (k == certID || k == certOtherID) {
				continue // "Order no. 2026-02-0077481": a number, no date
			}
			if !ok || k != certOtherDate {
				return false // a completion date, labelled or not
			}
			other = true
		}
	}
	return other
}

// certificateText reports whether lines hold a certificate's heading and a
// cue or a label of its participant or course.
func certificateText(lines []textLine) bool {
	heading, cue := false, false
	v := vocab()
	for _, l := range lines {
		t := lineText(l)
		heading = heading || certificateHeading(t)
		if _, _, ok := cueIn(t, v.nameCues); ok {
			cue = true
		}
		if _, _, ok := cueIn(t, v.titleCues); ok {
			cue = true // "has completed" over the one row
		}
		if k, _, ok := labelAt(t); ok && (k == certName || k == certTitle) {
			cue = true // "PARTICIPANT" over the name, "LECTURE" over the title
		}
		for _, s := range l.Segs {
			if k, rest, ok := labelAt(s.Text); ok && rest == "" && k == certName {
				cue = true // "ATTENDEE | SESSION DATE": the participant's label in a row of labels
			}
		}
	}
	return heading && cue
}

// looseDate finds a date even glued to the text before it ("LCE24-8712"
// against "2024-08-04").
var looseDate = regexp.MustCompile(`(?i)` + numericDate + `|` + monthDate + `|` + dayMonth)

// lowerLines appends the lines' text, lower-cased, one per line, to b.
func lowerLines(lines []textLine, b []byte) []byte {
	for _, l := range lines {
		for i, s := range l.Segs {
			if i > 0 {
				b = append(b, "   "...) // as lineText separates segments
			}
			b = appendLower(b, s.Text)
		}
		b = append(b, '\n')
	}
	return b
}

// appendLower appends s in lower case, byte by byte while it is ASCII.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return append(b, strings.ToLower(s[i:])...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// readPDFText reads every page's lines with the PDF package. The error
// wraps celedger's ErrEncrypted, ErrUnreadable, ErrNoText (when no page
// has any text) or ErrTooLarge.
func readPDFText(data []byte) ([]pageText, error) {
	doc, err := pdf.Read(data)
	if err != nil {
		return nil, pdfError(pdfCause(err), "%v", err)
	}
	pages := make([]pageText, len(doc.Pages))
	for i, p := range doc.Pages {
		pages[i] = pageText{Number: p.Number, Lines: p.Lines, Rules: p.Rules}
		if p.Err != nil {
			pages[i].Err = pdfError(pdfCause(p.Err), "%v", p.Err)
		}
	}
	return pages, nil
}

// pdfCause is celedger's sentinel for an error of the PDF package.
func pdfCause(err error) error {
	switch {
	case errors.Is(err, pdf.ErrNeedsPassword):
		return celedger.ErrEncrypted
	case errors.Is(err, pdf.ErrNoText):
		return celedger.ErrNoText
	case errors.Is(err, pdf.ErrTooLarge):
		return celedger.ErrTooLarge
	}
	return celedger.ErrUnreadable
}

func segTexts(l textLine) []string {
	out := make([]string, len(l.Segs))
	for i, s := range l.Segs {
		out[i] = s.Text
	}
	return out
}

// pdfErr is a PDF problem that prints as its own message while
// errors.Is still sees its sentinel cause.
type pdfErr struct {
	msg   string
	cause error
}

func (e *pdfErr) Error() string { return e.msg }
func (e *pdfErr) Unwrap() error { return e.cause }

func pdfError(cause error, format string, args ...any) error {
	return &pdfErr{msg: fmt.Sprintf(format, args...), cause: cause}
}
