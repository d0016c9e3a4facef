package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/gocarina/gocsv"

	"celedger"
)

// activityRow is one line of ledger.csv.
type activityRow struct {
	Person       string `csv:"person"`
	PersonID     string `csv:"person_id"`
	Credential   string `csv:"credential"`
	Title        string `csv:"title"`
	Provider     string `csv:"provider"`
	ActivityID   string `csv:"activity_id"`
	Completed    string `csv:"completed"`
	Credits      string `csv:"credits"`
	Unit         string `csv:"unit"`
	Points       string `csv:"points"`
	Counted      string `csv:"counted_points"` // what the line counts toward the total: its points, less under a cap, 0 when it does not count
	Area         string `csv:"area"`
	AreaScore    string `csv:"area_score"`
	AreaTerms    string `csv:"area_terms"`
	Zone         string `csv:"zone"`
	AllocatedTo  string `csv:"allocated_to"`
	Status       string `csv:"status"`
	Reason       string `csv:"reason"`
	AuditMissing string `csv:"audit_missing"`
	Sources      string `csv:"sources"`
}

// fileRow is one line of import-log.csv.
type fileRow struct {
	Path    string `csv:"path"`
	Format  string `csv:"format"`
	Status  string `csv:"status"`
	Records int    `csv:"records"`
	Error   string `csv:"error"`
	Notes   string `csv:"notes"`
}

// WriteLedgerCSV writes ledger.csv: every activity of every person.
func WriteLedgerCSV(w io.Writer, l *celedger.Ledger) error {
	return writePersonRows(w, l, func(p *celedger.PersonLedger, rows []activityRow) []activityRow {
		for _, e := range p.Activities {
			rows = append(rows, activityRow{
				Person: p.Name, PersonID: p.ID, Credential: p.Credential,
				Title: e.Title, Provider: e.Provider, ActivityID: e.ActivityID,
				Completed: e.Completed.String(), Credits: e.Credits.String(), Unit: string(e.Unit),
				Points: e.Points.String(), Counted: countedText(e), Area: string(e.Area), AreaScore: formatScore(e.AreaScore),
				AreaTerms: strings.Join(e.AreaTerms, "; "), Zone: string(e.Zone),
				AllocatedTo: string(e.AllocatedTo), Status: string(e.Status), Reason: e.Reason,
				AuditMissing: strings.Join(e.AuditMissing, "; "), Sources: sourceList(e.Sources),
			})
		}
		return rows
	})
}

// UTF8BOM opens every CSV celedger writes: Excel on Windows reads a CSV
// without it in the system's code page.
const UTF8BOM = "\ufeff"

// writePersonRows writes a CSV of the rows rowsOf appends for each
// person's ledger.
func writePersonRows[T any](w io.Writer, l *celedger.Ledger, rowsOf func(p *celedger.PersonLedger, rows []T) []T) error {
	var rows []T
	return writeCSV(w, func(put func([]T) error) error {
		return l.Each(nil, func(_ int, p *celedger.PersonLedger) error {
			rows = rowsOf(p, rows[:0])
			return put(rows)
		})
	})
}

// writeCSV writes a byte-order mark, a header, then the rows each puts,
// a batch at a time, so a file is never held in memory whole; cells a
// spreadsheet would run as a formula are neutralised. The mark (UTF8BOM)
// makes Excel on Windows read the file as UTF-8 ("Seán", not "SeÃ¡n").
func writeCSV[T any](w io.Writer, each func(put func(rows []T) error) error) error {
	if _, err := io.WriteString(w, UTF8BOM); err != nil {
		return err
	}
	cw := neutralWriter{csv.NewWriter(w)}
	if err := gocsv.MarshalCSV([]T{}, cw); err != nil { // the header
		return err
	}
	err := each(func(rows []T) error {
		if len(rows) == 0 {
			return nil
		}
		return gocsv.MarshalCSVWithoutHeaders(rows, cw)
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// WriteImportLog writes import-log.csv: one row per input file, and one
// more row per problem inside a file, so every problem has its own line.
func WriteImportLog(w io.Writer, l *celedger.Ledger) error {
	var rows []fileRow
	return writeCSV(w, func(put func([]fileRow) error) error {
		return l.EachFile(func(f *celedger.FileResult) error {
			rows = append(rows[:0], fileRow{Path: f.Path, Format: f.Format, Status: string(f.Status), Records: f.Records, Error: f.Error, Notes: strings.Join(f.Notes, "; ")})
			for _, p := range f.Problems[min(1, len(f.Problems)):] {
				rows = append(rows, fileRow{Path: f.Path, Format: f.Format, Status: "problem", Error: p})
			}
			return put(rows)
		})
	})
}

// neutralWriter is a csv.Writer that neutralises every cell.
type neutralWriter struct{ *csv.Writer }

func (n neutralWriter) Write(row []string) error {
	for i, c := range row {
		row[i] = Neutral(c)
	}
	return n.Writer.Write(row)
}

// Neutral defuses a cell that a spreadsheet would read as a formula (it
// starts with =, +, -, @, a tab or a carriage return) by putting a single
// quote in front, as OWASP recommends; spreadsheets show the text as is.
// Plain numbers ("-1.5") are left alone: they are numbers, not formulas.
func Neutral(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

func sourceList(ss []celedger.Source) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.String()
	}
	return strings.Join(parts, "; ")
}

// countedText is what an entry counts toward the person's total: its
// points, or less when a rule caps them (the academic cap), and 0 for a
// line that does not count (duplicate, outside the cycle, excluded, in
// review), so the column sums to the person's points.
func countedText(e celedger.Entry) string {
	return countedOf(&e).String()
}

// countedOf is what an entry counts toward the person's total (see
// countedText).
func countedOf(e *celedger.Entry) celedger.Points {
	if e.Status != celedger.StatusCounted {
		return 0
	}
	return e.Counted()
}
