package near

import "testing"

func TestNearest(t *testing.T) {
	for _, tt := range []struct {
		word    string
		choices []string
		want    string
	}{
		{"MSL", []string{"MLS", "MLT", "SBB"}, "MLS"},
		{"shrot", []string{"short", "review"}, "short"},
		{"09999999", []string{"05550101", "00412233"}, ""},
		{"05550011", []string{"05550101", "00412233"}, "05550101"},
		{"x", nil, ""},
	} {
		if got := Nearest(tt.word, tt.choices); got != tt.want {
			t.Errorf("Nearest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
