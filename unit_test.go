package celedger

import "testing"

func TestParseUnit(t *testing.T) {
	tests := []struct {
		in   string
		want Unit
		ok   bool
	}{
		{"CMLE", UnitCMLE, true},
		{"cmle credits", UnitCMLE, true},
		{"P.A.C.E.®", UnitContactHour, true},
		{"P.A.C.E.® Contact Hours", UnitContactHour, true},
		{"P.A.C.E. Hours", UnitContactHour, true},
		{"Contact Hour(s)", UnitContactHour, true},
		{"contact hours", UnitContactHour, true},
		{"CE", UnitContactHour, true},
		{"ACCENT", UnitContactHour, true},
		{"AMA PRA Category 1 Credit™", UnitAMA, true},
		{"AMA PRA Category 1 Credit(s)", UnitAMA, true},
		{"CME", UnitAMA, true},
		{"SAM", UnitAMA, true},
		{"CEU", UnitCEU, true},
		{"CEUs", UnitCEU, true},
		{"semester hours", UnitSemesterHour, true},
		{"Quarter Hour", UnitQuarterHour, true},
		{"NSH Contact Hours", UnitContactHour, true}, // the provider's acronym before the unit
		{"ACCENT® continuing education contact hour", UnitContactHour, true},
		{"Lab contact hours", "", false}, // a word, not an acronym
		{"credits", "", false},
		{"widgets", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseUnit(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseUnit(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
