package celedger

import (
	"errors"
	"testing"
)

func TestParsePoints(t *testing.T) {
	tests := []struct {
		in    string
		comma bool
		want  Points
		err   bool
	}{
		{"1.5", false, 150, false},
		{"2", false, 200, false},
		{"0.75", false, 75, false},
		{".5", false, 50, false},
		{"1.25", false, 125, false},
		{"0.125", false, 13, false},
		{" 3 ", false, 300, false},
		{"-1", false, -100, false},
		{"1,5", true, 150, false},
		{"1,5", false, 0, true},
		{"1,5,0", true, 0, true},
		{"1.5,0", true, 0, true},
		{"abc", false, 0, true},
		{"", false, 0, true},
		{".", false, 0, true},
		{"1e3", false, 0, true},
		{"9999999999999", false, 0, true},
	}
	for _, tt := range tests {
		got, err := ParsePoints(tt.in, tt.comma)
		if (err != nil) != tt.err {
			t.Errorf("ParsePoints(%q, %v) error = %v, want error %v", tt.in, tt.comma, err, tt.err)
			continue
		}
		if err != nil && !errors.Is(err, ErrBadNumber) {
			t.Errorf("ParsePoints(%q) error %v is not ErrBadNumber", tt.in, err)
		}
		if got != tt.want {
			t.Errorf("ParsePoints(%q, %v) = %d, want %d", tt.in, tt.comma, got, tt.want)
		}
	}
}

func TestPointsString(t *testing.T) {
	for p, want := range map[Points]string{0: "0", 150: "1.5", 200: "2", 125: "1.25", 5: "0.05", -150: "-1.5", 3600: "36"} {
		if got := p.String(); got != want {
			t.Errorf("Points(%d).String() = %q, want %q", p, got, want)
		}
	}
}

func TestPointsFromFloat(t *testing.T) {
	for f, want := range map[float64]Points{0.75: 75, 0.1 + 0.2: 30, 1.005: 101, -2.5: -250, 36: 3600} {
		if got := PointsFromFloat(f); got != want {
			t.Errorf("PointsFromFloat(%v) = %d, want %d", f, got, want)
		}
	}
}

func FuzzParsePoints(f *testing.F) {
	for _, s := range []string{"1.5", "0,75", "-2", "1e3", "", "100.00", "1.999"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, comma bool) {
		p, err := ParsePoints(s, comma)
		if err != nil {
			return
		}
		// What parses prints as a number that parses back to the same value.
		q, err := ParsePoints(p.String(), false)
		if err != nil || q != p {
			t.Fatalf("round trip of %q: %v printed %q, read back %v (%v)", s, p, p.String(), q, err)
		}
	})
}
