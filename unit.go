package celedger

import (
	"strings"
	"sync"
	"unicode"
)

// Unit is the unit a document prints its credits in. The conversion of each
// unit to CMP points is a rule, kept as data in package reconcile; this file
// only recognises the words.
type Unit string

// The units of DOMAIN.md §1.
const (
	UnitContactHour  Unit = "contact hour"  // contact, CE, clock hour; P.A.C.E.; ACCENT; CE credit
	UnitCMLE         Unit = "CMLE"          // ASCP continuing medical laboratory education credit
	UnitAMA          Unit = "AMA PRA 1"     // AMA PRA Category 1 Credit, CME credit
	UnitCEU          Unit = "CEU"           // continuing education unit = 10 contact hours
	UnitSemesterHour Unit = "semester hour" // academic
	UnitQuarterHour  Unit = "quarter hour"  // academic
)

// Units lists every known unit, for messages.
var Units = []Unit{UnitContactHour, UnitCMLE, UnitAMA, UnitCEU, UnitSemesterHour, UnitQuarterHour}

// Academic reports whether points in this unit come from academic courses
// (capped at half of a credential's total).
func (u Unit) Academic() bool { return u == UnitSemesterHour || u == UnitQuarterHour }

// unitWords maps normalised unit phrases to units. Longer phrases are tried
// first, so "ama pra category 1 credit" wins over "credit".
var unitWords = []struct {
	phrase string
	unit   Unit
}{
	{"ama pra category 1 credits", UnitAMA},
	{"ama pra category 1 credit", UnitAMA},
	{"ama pra category 1", UnitAMA},
	{"ama pra cat 1", UnitAMA},
	{"ama category 1", UnitAMA},
	{"ama pra", UnitAMA},
	{"cme credits", UnitAMA},
	{"cme credit", UnitAMA},
	{"cme", UnitAMA},
	{"sam", UnitAMA},
	{"sam credits", UnitAMA},
	{"category 1", UnitAMA},
	{"continuing education units", UnitCEU},
	{"continuing education unit", UnitCEU},
	{"ceus", UnitCEU},
	{"ceu", UnitCEU},
	{"academic semester hours", UnitSemesterHour},
	{"semester hours", UnitSemesterHour},
	{"semester hour", UnitSemesterHour},
	{"semester credits", UnitSemesterHour},
	{"semester credit", UnitSemesterHour},
	{"academic quarter hours", UnitQuarterHour},
	{"quarter hours", UnitQuarterHour},
	{"quarter hour", UnitQuarterHour},
	{"quarter credits", UnitQuarterHour},
	{"quarter credit", UnitQuarterHour},
	{"cmle credits", UnitCMLE},
	{"cmle credit", UnitCMLE},
	{"cmles", UnitCMLE},
	{"cmle", UnitCMLE},
	{"p a c e contact hours", UnitContactHour},
	{"p a c e contact hour", UnitContactHour},
	{"p a c e", UnitContactHour},
	{"pace contact hours", UnitContactHour},
	{"pace", UnitContactHour},
	{"continuing education credits", UnitContactHour},
	{"continuing education credit", UnitContactHour},
	{"accent ce hours", UnitContactHour},
	{"accent ce hour", UnitContactHour},
	{"accent contact hours", UnitContactHour},
	{"accent contact hour", UnitContactHour},
	{"accent credits", UnitContactHour},
	{"accent credit", UnitContactHour},
	{"accent", UnitContactHour},
	{"contact hours", UnitContactHour},
	{"contact hour", UnitContactHour},
	{"contact hrs", UnitContactHour},
	{"contact hr", UnitContactHour},
	{"clock hours", UnitContactHour},
	{"clock hour", UnitContactHour},
	{"p a c e credit hours", UnitContactHour},
	{"p a c e credit hour", UnitContactHour},
	{"credit hours", UnitContactHour},
	{"credit hour", UnitContactHour},
	{"continuing education hours", UnitContactHour},
	{"continuing education hour", UnitContactHour},
	{"continuing education contact hours", UnitContactHour},
	{"continuing education contact hour", UnitContactHour},
	{"ce contact hours", UnitContactHour},
	{"ce hours", UnitContactHour},
	{"ce hour", UnitContactHour},
	{"ce hrs", UnitContactHour},
	{"ce credits", UnitContactHour},
	{"ce credit", UnitContactHour},
	{"ce", UnitContactHour},
	{"hours", UnitContactHour},
	{"hour", UnitContactHour},
	{"hrs", UnitContactHour},
	{"hr", UnitContactHour},
}

// ParseUnit recognises a unit as printed ("CMLE", "P.A.C.E.® Contact Hours",
// "0.2 CEU" without its number, "AMA PRA Category 1 Credit(s)™"). It
// reports false for words it does not know: an unknown unit is never guessed.
func ParseUnit(s string) (Unit, bool) {
	n := normUnit(s)
	if n == "" {
		return "", false
	}
	if u, ok := unitOf(n); ok {
		return u, true
	}
	for _, body := range []string{"iacet ", "ascls ", "amt ", "aspt ", "accent ", "p a c e ", "pace "} {
		if rest, ok := strings.CutPrefix(n, body); ok {
			// The accrediting body before the unit: "IACET CEUs",
			// "ACCENT® continuing education credits", "P.A.C.E. Hours".
			if u, ok := unitOf(rest); ok {
				return u, true
			}
		}
	}
	if f := strings.Fields(s); len(f) > 1 && acronym(f[0]) {
		// The provider's acronym before the unit: "NSH Contact Hours".
		if _, rest, ok := strings.Cut(n, " "); ok {
			if u, ok := unitOf(rest); ok {
				return u, true
			}
		}
	}
	return "", false
}

// acronym reports whether w is an organisation's acronym: two to six
// capital letters, maybe with a registered mark ("NSH", "ADLM®").
func acronym(w string) bool {
	w = strings.TrimSuffix(w, "®")
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// unitByPhrase is unitWords as a map, built once.
var unitByPhrase = sync.OnceValue(func() map[string]Unit {
	m := make(map[string]Unit, len(unitWords))
	for _, w := range unitWords {
		if _, dup := m[w.phrase]; !dup {
			m[w.phrase] = w.unit
		}
	}
	return m
})

// unitOf looks a normalised phrase up in unitWords.
func unitOf(n string) (Unit, bool) {
	u, ok := unitByPhrase()[n]
	return u, ok
}

// normalised reports whether s is lower-case ASCII letters and digits in
// words separated by single spaces, as normUnit returns it.
func normalised(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' && s[i-1] != ' ') {
			return false
		}
	}
	return true
}

// normUnit lowercases, drops marks such as ® ™ and "(s)", and turns
// punctuation into single spaces: "P.A.C.E.® Contact Hour(s)" -> "p a c e contact hours".
func normUnit(s string) string {
	if normalised(s) {
		return s // already lower-case words between single spaces: nothing to fold
	}
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "(s)", "s")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}
