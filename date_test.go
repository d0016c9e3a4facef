package celedger

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"03/04/2025", "2025-03-04"},
		{"3/4/2025", "2025-03-04"},
		{"2025-03-04", "2025-03-04"},
		{"Mar 3, 2025", "2025-03-03"},
		{"March 3, 2025", "2025-03-03"},
		{"MARCH 3, 2025", "2025-03-03"},
		{"03-Mar-2025", "2025-03-03"},
		{"6-May-24", "2024-05-06"},
		{"30th day of April, 2025", "2025-04-30"},
		{"6th of February, 2025", "2025-02-06"},
		{"21st of March 2025", "2025-03-21"},
		{"the third day of March, 2025", "2025-03-03"},
		{"twenty-first day of February, 2025", "2025-02-21"},
		{"March 3rd, 2025", "2025-03-03"},
		{"3 March, 2025", "2025-03-03"},
		{"3-mar-2025", "2025-03-03"},
		{"Sept 9, 2025", "2025-09-09"},
		{"Sep. 9, 2025", "2025-09-09"},
		{"9 September 2025", "2025-09-09"},
		{" 2025-03-04 ", "2025-03-04"},
		{"2025-03-04T10:30:00", "2025-03-04"},
		{"2024-02-29", "2024-02-29"},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if d.String() != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, d, tt.want)
		}
	}
	for _, bad := range []string{"2025-02-30", "02/30/2025", "2023-02-29", "13/01/2025", "yesterday", "", "2025", "31/12/2025"} {
		if d, err := ParseDate(bad); err == nil || !errors.Is(err, ErrBadDate) {
			t.Errorf("ParseDate(%q) = %v, %v; want ErrBadDate", bad, d, err)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	end := MustDate("2027-06-30")
	if got := end.AddYears(-3).AddDays(1).String(); got != "2024-07-01" {
		t.Errorf("cycle start = %s", got)
	}
	if got := end.AddDays(-90).String(); got != "2027-04-01" {
		t.Errorf("declaration opens = %s", got)
	}
	if got := MustDate("2026-11-24").DaysUntil(end.AddDays(-30)); got != 188 {
		t.Errorf("days until submit-by = %d", got)
	}
	if got := DateOf(time.Date(2026, 11, 24, 23, 59, 0, 0, time.FixedZone("x", -5*3600))).String(); got != "2026-11-24" {
		t.Errorf("DateOf = %s", got)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"03/04/2025", "Mar 3, 2025", "03-Mar-2025", "2025-02-30", "Sept 9, 2025", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		e, err := ParseDate(d.String())
		if err != nil || e != d {
			t.Fatalf("%q parsed as %s, which reads back as %v (%v)", s, d, e, err)
		}
	})
}

func TestParseDateOtherLanguages(t *testing.T) {
	for in, want := range map[string]string{
		"29 novembre 2025":        "2025-11-29",
		"14 de noviembre de 2025": "2025-11-14",
		"1er mars 2026":           "2026-03-01",
		"3 févr. 2026":            "2026-02-03",
		"15 de agosto de 2025":    "2025-08-15",
		"2 décembre 2025":         "2025-12-02",
		"7 setembro 2025":         "2025-09-07",
		"September 3, 2025":       "2025-09-03",
		"3 Sept. 2025":            "2025-09-03",
	} {
		got, err := ParseDate(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
}
