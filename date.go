package celedger

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Date is a civil date with no time zone: a completion date or a cycle end.
// The zero Date means "not known".
type Date struct {
	t time.Time // always midnight UTC
}

// ErrBadDate is the cause of every failed date parse.
var ErrBadDate = errors.New("invalid date")

// NewDate builds a Date; it reports false for impossible dates (2025-02-30).
func NewDate(year int, month time.Month, day int) (Date, bool) {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Year() != year || t.Month() != month || t.Day() != day || year < 1900 || year > 2199 {
		return Date{}, false
	}
	return Date{t}, true
}

// MustDate is NewDate for literals in tests and tables.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf truncates a time to its civil date in the time's own location.
func DateOf(t time.Time) Date {
	d, _ := NewDate(t.Year(), t.Month(), t.Day())
	return d
}

// dateLayouts are the printed forms seen on CE documents, tried in order.
// Month-first is assumed for slashed dates: the documents are American.
var dateLayouts = []string{
	"2006-01-02",
	"1/2/2006",
	"01/02/2006",
	"1-2-2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"January 2, 2006",
	"January 2 2006",
	"2 January 2006",
	"2 January, 2006",
	"2 Jan 2006",
	"02-Jan-2006",
	"2-Jan-2006",
	"02-Jan-06",
	"2-Jan-06",
	"2006/01/02",
	"1/2/06",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"1/2/2006 15:04",
	"1/2/2006 3:04 PM",
	"1/2/2006 3:04:05 PM",
	"Jan. 2, 2006",
}

// ParseDate reads the date forms listed in dateLayouts, ignoring case,
// surrounding space and a trailing period. "Sept" is read as "Sep"; an
// ordinal day is read as its number ("March 3rd, 2025", "30th day of
// April, 2025").
func ParseDate(s string) (Date, error) {
	t := strings.TrimSpace(s)
	if y, m, d, ok := numericDate(t); ok {
		// ISO and US numeric dates, most of every transcript, need no layout.
		if date, valid := NewDate(y, time.Month(m), d); valid {
			return date, nil
		}
		return Date{}, fmt.Errorf("%w %q", ErrBadDate, s)
	}
	t = strings.TrimSuffix(t, ".")
	t = strings.Join(strings.Fields(t), " ")
	if hasOrdinal(t) {
		t = ordinalDay.ReplaceAllString(t, "$1") // "30th day of April, 2025" → "30 April, 2025"
		t = strings.Join(strings.Fields(t), " ")
	}
	if !strings.Contains(strings.ToLower(t), "day") {
		// no date in words
	} else if m := dayInWords.FindStringSubmatchIndex(t); m != nil {
		// "the twenty-first day of February, 2025" → "21 February, 2025"
		if n, ok := ordinalWords[strings.ToLower(t[m[2]:m[3]])]; ok {
			t = strings.TrimSpace(t[:m[0]] + fmt.Sprint(n) + " " + t[m[1]:])
		}
	}
	t = titleMonth(englishMonths(t))
	for _, layout := range dateLayouts {
		if v, err := time.Parse(layout, t); err == nil {
			if d, ok := NewDate(v.Year(), v.Month(), v.Day()); ok {
				return d, nil
			}
			return Date{}, fmt.Errorf("%w %q", ErrBadDate, s)
		}
	}
	return Date{}, fmt.Errorf("%w %q", ErrBadDate, s)
}

// numericDate reads "2006-01-02" and "1/2/2006" (month first) by hand:
// year, month and day, and whether t has one of these two shapes.
func numericDate(t string) (y, m, d int, ok bool) {
	num := func(s string, lo, hi int) (int, bool) {
		if len(s) < lo || len(s) > hi {
			return 0, false
		}
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	if p := strings.Split(t, "-"); len(p) == 3 {
		y, ok1 := num(p[0], 4, 4)
		m, ok2 := num(p[1], 2, 2)
		d, ok3 := num(p[2], 2, 2)
		return y, m, d, ok1 && ok2 && ok3
	}
	if p := strings.Split(t, "/"); len(p) == 3 {
		m, ok1 := num(p[0], 1, 2)
		d, ok2 := num(p[1], 1, 2)
		y, ok3 := num(p[2], 4, 4)
		return y, m, d, ok1 && ok2 && ok3
	}
	return 0, 0, 0, false
}

// titleMonth makes month names match Go's layouts: "MARCH" -> "March",
// "sept." -> "Sep".
func titleMonth(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			letters := strings.TrimRight(p, ".,")
			if len(letters) >= 3 && isLetters(letters) {
				l := strings.ToLower(letters)
				if l == "sept" {
					l = "sep"
				}
				rest := p[len(letters):]
				if len(l) <= 4 {
					rest = strings.TrimPrefix(rest, ".") // "Sept. 3" reads as "Sep 3"
				}
				parts[j] = strings.ToUpper(l[:1]) + l[1:] + rest
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String prints YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("2006-01-02")
}

// Time is midnight UTC of the date, for writers that need a time value.
func (d Date) Time() time.Time { return d.t }

// AddDays moves the date by n days.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// AddYears moves the date by n years (Feb 29 becomes Mar 1 in common years).
func (d Date) AddYears(n int) Date { return Date{d.t.AddDate(n, 0, 0)} }

// Before reports whether d is strictly earlier than e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is strictly later than e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// DaysUntil is the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.t.Sub(d.t).Hours() / 24) }

// MarshalJSON writes "YYYY-MM-DD", or null for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(strings.Trim(s, `"`))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ordinalDay is a day written as an ordinal, with "day of" or "of" after
// it ("the 6th of February, 2025").
var ordinalDay = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)\b(?:\s+day)?(?:\s+of\b)?`)

// hasOrdinal reports whether s may hold an ordinal day: a digit followed
// by a letter (the regexp runs only then).
func hasOrdinal(s string) bool {
	for i := 1; i < len(s); i++ {
		if c := s[i] | 0x20; s[i-1] >= '0' && s[i-1] <= '9' && (c == 's' || c == 'n' || c == 'r' || c == 't') {
			return true
		}
	}
	return false
}

// dayInWords is a day written as an ordinal word, "day of" after it.
var dayInWords = regexp.MustCompile(`(?i)^(?:the\s+)?([a-z]+(?:[- ][a-z]+)?)\s+day\s+of\s+`)

// ordinalWords are the days of a month as ordinal words.
var ordinalWords = func() map[string]int {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	teens := []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	m := map[string]int{"twentieth": 20, "thirtieth": 30}
	for i, w := range units {
		m[w] = i + 1
		m["twenty-"+w], m["twenty "+w] = 21+i, 21+i
	}
	for i, w := range teens {
		m[w] = 10 + i
	}
	m["thirty-first"], m["thirty first"] = 31, 31
	return m
}()

//go:embed months.txt
var monthsFile string

// monthNames maps a month's name or abbreviation in a language of
// months.txt, in small letters, to the English name Go's layouts read.
var monthNames = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(monthsFile, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		for _, w := range f[1:] {
			if _, dup := m[w]; !dup {
				m[w] = f[0]
			}
		}
	}
	return m
}()

// MonthPattern is a regular expression (no group; compile it with (?i))
// for the month names ParseDate reads: the first three letters of every
// name and abbreviation of months.txt, then any letters ("Sept",
// "noviembre", "févr", "março"). A word it matches that names no month
// ("Outcomes 12, 2025") fails ParseDate; the stems keep the pattern as
// fast as English names alone.
func MonthPattern() string {
	seen := map[string]bool{}
	var stems []string
	add := func(w string) {
		r := []rune(w)
		if len(r) < 3 {
			return
		}
		stem := string(r[:3])
		if !seen[stem] {
			seen[stem] = true
			stems = append(stems, regexp.QuoteMeta(stem))
		}
	}
	for _, en := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		add(en)
	}
	names := make([]string, 0, len(monthNames))
	for w := range monthNames {
		names = append(names, w)
	}
	sort.Strings(names)
	for _, w := range names {
		add(w)
	}
	return `(?:` + strings.Join(stems, "|") + `)\p{L}*`
}

// englishMonths rewrites a date printed in another language of
// months.txt into English words: "14 de noviembre de 2025" → "14
// November 2025", "29 novembre 2025" → "29 November 2025", "1er mars
// 2026" → "1 March 2026". Text with no such name is returned unchanged.
func englishMonths(t string) string {
	words := strings.Fields(t)
	changed := false
	for i, w := range words {
		name := strings.TrimRight(w, ".,")
		lower := strings.ToLower(name)
		if en, ok := monthNames[lower]; ok && !strings.HasPrefix(strings.ToLower(en), lower) {
			words[i] = en + strings.TrimPrefix(w[len(name):], ".")
			changed = true
		}
	}
	if !changed {
		return t
	}
	out := words[:0]
	for _, w := range words {
		switch strings.ToLower(w) {
		case "de", "del", "le":
			continue // "14 de noviembre de 2025", "le 3 mars 2026"
		}
		if day := strings.TrimSuffix(strings.TrimSuffix(w, "er"), "º"); day != w && day != "" && strings.Trim(day, "0123456789") == "" {
			w = day // "1er", "1º": the first
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
