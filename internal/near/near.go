// Package near finds what a user probably meant: the choice closest to a
// slip ("MSL" for MLS, "credntial" for credential, "09999999" for a
// roster ID), by optimal string alignment distance (edits, transpositions
// counted once), from github.com/hbollon/go-edlib.
package near

import "github.com/hbollon/go-edlib"

// MaxEdits is the most edits a slip may be from what was meant.
const MaxEdits = 2

// Nearest is the first of the choices closest to word, at most MaxEdits
// edits away; "" when none is that close.
func Nearest(word string, choices []string) string {
	best, bestD := "", MaxEdits+1
	for _, c := range choices {
		if d := edlib.OSADamerauLevenshteinDistance(word, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}
