package parsers

import (
	"strings"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
)

// Labels typed with a slip. A column label one keystroke away from a
// label the vocabulary knows ("Date Complted", "credentail", "cycle_ned")
// is read as that label when no other known label is as near: one
// insertion, deletion, substitution or swap of neighbours (the optimal
// string alignment distance, github.com/hbollon/go-edlib), in a label of
// five letters or more. Readers say so in a note.

// minSlipLabel is the shortest label read with a slip: shorter ones are
// one keystroke from too many words.
const minSlipLabel = 5

// nearLabel is the one label of keys (normalised labels) one slip from
// label (normalised), or false when none is, or two are.
func nearLabel(label string, keys []string) (string, bool) {
	if utf8.RuneCountInString(strings.ReplaceAll(label, " ", "")) < minSlipLabel {
		return "", false
	}
	found := ""
	for _, k := range keys {
		if d := len(k) - len(label); d > 1 || d < -1 {
			continue
		}
		if edlib.OSADamerauLevenshteinDistance(label, k) == 1 {
			if found != "" {
				return "", false // two labels as near: no guess
			}
			found = k
		}
	}
	return found, found != ""
}
