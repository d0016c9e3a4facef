package parsers

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"celedger"
)

// Date order. "05/02/2025" is 2 May in the United States and 5 February
// in most of Europe. A table's date column is read in one order: month
// first, unless a date in the same column proves it day-first (a first
// number over 12: "23/04/2025") or the file's conventions say so
// (semicolons between fields and a decimal comma in the credits). Until the
// column is settled, ambiguous dates are read month first and remembered;
// finish re-reads them day first when the column turns out so. A column
// with nothing to tell is read month first, and the import log says so.

// slashedOrder is what one slashed date says about its column's order.
type slashedOrder int

const (
	notSlashed  slashedOrder = iota
	ambiguous                // both numbers 12 or less: "05/02/2025"
	provesMonth              // "02/23/2025"
	provesDay                // "23/02/2025"
)

// dateOrder gathers what a date column's values tell.
type dateOrder struct {
	dayProof, monthProof string // the first date proving each order, with its place
	ambiguousAt          []int  // indices in doc.Records of dates read month first, not proven
	differ               bool   // an ambiguous date whose two readings differ
}

// readSlashed reads a d/m/yyyy or m/d/yyyy date: what it proves, and the
// date in the order it proves (month first when ambiguous).
func readSlashed(s string) (celedger.Date, slashedOrder, bool) {
	p := strings.Split(strings.TrimSpace(s), "/")
	if len(p) != 3 || len(p[2]) != 4 {
		return celedger.Date{}, notSlashed, false
	}
	a, err1 := strconv.Atoi(p[0])
	b, err2 := strconv.Atoi(p[1])
	y, err3 := strconv.Atoi(p[2])
	if err1 != nil || err2 != nil || err3 != nil || len(p[0]) > 2 || len(p[1]) > 2 {
		return celedger.Date{}, notSlashed, false
	}
	order, month, day := ambiguous, a, b
	switch {
	case a > 12 && b <= 12:
		order, month, day = provesDay, b, a
	case b > 12 && a <= 12:
		order = provesMonth
	}
	d, ok := celedger.NewDate(y, time.Month(month), day)
	return d, order, ok
}

// swapDayMonth is a date read month first, read day first.
func swapDayMonth(d celedger.Date) (celedger.Date, bool) {
	t := d.Time()
	return celedger.NewDate(t.Year(), time.Month(t.Day()), int(t.Month()))
}

// settle re-reads the ambiguous dates of doc day first when the column
// is day-first, and returns the note the import log gets.
func (o *dateOrder) settle(doc *celedger.Document, conventions bool) string {
	switch {
	case o.dayProof != "" && o.monthProof != "":
		return fmt.Sprintf("dates in both orders in one column (%s is day first, %s month first): check the column", o.dayProof, o.monthProof)
	case o.dayProof != "" || conventions && o.monthProof == "":
		for _, i := range o.ambiguousAt {
			if d, ok := swapDayMonth(doc.Records[i].Completed); ok {
				doc.Records[i].Completed = d
			}
		}
		if o.dayProof != "" {
			return "dates read day first: " + o.dayProof + " has a day over 12"
		}
		if len(o.ambiguousAt) > 0 {
			return "dates read day first: the file writes semicolons between fields and decimal commas"
		}
	case o.differ && o.monthProof == "":
		return "dates read month first: no date in the column proves the order"
	}
	return ""
}

// Excel serial day numbers. A date column may hold the day number Excel
// stores for a date (45901 is 2025-09-01) where the cell was formatted
// General or the file saved as text. A bare number in the date column,
// within 1990–2099, is read as one: counted from 1899-12-30 in the 1900
// date system (every text file, most workbooks), from 1904-01-01 in a
// workbook saved with the 1904 system (Excel for Mac before 2011).
const (
	minSerial = 32874 // 1990-01-01 in the 1900 system
	maxSerial = 73050 // 2099-12-31
)

// serialDate reads a bare number of the date column as an Excel serial day
// (a time of day after the point is dropped).
func serialDate(s string, date1904 bool) (celedger.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' }) >= 0 {
		return celedger.Date{}, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < minSerial || f >= maxSerial+1 {
		return celedger.Date{}, false
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	t := base.AddDate(0, 0, int(f))
	return celedger.NewDate(t.Year(), t.Month(), t.Day())
}
