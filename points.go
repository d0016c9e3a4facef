package celedger

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Points is a fixed-point quantity in hundredths: 150 means 1.5. It holds
// both credits as printed (in the document's unit) and CMP points. Floats are
// never used for credits, so 0.1+0.2 is exactly 0.3.
type Points int64

// ErrBadNumber is the cause of every failed number parse.
var ErrBadNumber = errors.New("invalid number")

// ParsePoints reads a decimal with at most two fractional digits. A decimal
// comma is accepted when decimalComma is true ("1,5" = 1.5); thousands
// separators are not (CE credits never reach a thousand).
func ParsePoints(s string, decimalComma bool) (Points, error) {
	t := strings.TrimSpace(s)
	if decimalComma {
		if strings.Contains(t, ".") && strings.Contains(t, ",") {
			return 0, fmt.Errorf("%w %q", ErrBadNumber, s)
		}
		t = strings.Replace(t, ",", ".", 1)
	}
	neg := false
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "+"):
		t = t[1:]
	}
	whole, frac, hasDot := strings.Cut(t, ".")
	if whole == "" && (!hasDot || frac == "") {
		return 0, fmt.Errorf("%w %q", ErrBadNumber, s)
	}
	if whole == "" {
		whole = "0"
	}
	if !digits(whole) || !digits(frac) || len(whole) > 12 {
		return 0, fmt.Errorf("%w %q", ErrBadNumber, s)
	}
	// Round half up beyond two digits: 0.125 -> 0.13.
	for len(frac) < 3 {
		frac += "0"
	}
	w, _ := strconv.ParseInt(whole, 10, 64)
	f, _ := strconv.ParseInt(frac[:2], 10, 64)
	p := w*100 + f
	if frac[2] >= '5' {
		p++
	}
	if neg {
		p = -p
	}
	return Points(p), nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// PointsFromFloat converts a float read from a spreadsheet cell. It rounds
// the float's shortest decimal form (what the cell shows), so 1.005 gives
// 1.01 although the binary value is a hair below 1.005.
func PointsFromFloat(f float64) Points {
	p, err := ParsePoints(strconv.FormatFloat(f, 'f', -1, 64), false)
	if err != nil { // NaN, Inf, or beyond 12 digits
		return 0
	}
	return p
}

// String prints the shortest decimal: 150 -> "1.5", 200 -> "2", 125 -> "1.25".
func (p Points) String() string {
	sign := ""
	if p < 0 {
		sign, p = "-", -p
	}
	w, f := p/100, p%100
	switch {
	case f == 0:
		return fmt.Sprintf("%s%d", sign, w)
	case f%10 == 0:
		return fmt.Sprintf("%s%d.%d", sign, w, f/10)
	default:
		return fmt.Sprintf("%s%d.%02d", sign, w, f)
	}
}

// Float is for writers that need a number cell (XLSX); never compute with it.
func (p Points) Float() float64 { return float64(p) / 100 }

// MarshalJSON writes a JSON number: 1.5, not "1.5" and not 150.
func (p Points) MarshalJSON() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalJSON reads a JSON number written by MarshalJSON.
func (p *Points) UnmarshalJSON(b []byte) error {
	v, err := ParsePoints(string(b), false)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Mul multiplies by a whole factor (a CEU is 10 points).
func (p Points) Mul(n int64) Points { return p * Points(n) }
