package reconcile

import (
	"sort"
	"strings"
)

// Title similarity for duplicate detection.
//
// A title is folded (case, accents, punctuation), split into words, stripped
// of stop words and lightly stemmed (a plural "s" dropped), and kept as a set
// of tokens. Two titles score the larger of:
//
//   - Dice: 2·|A∩B| / (|A|+|B|). "Gram Stain Review" vs "Gram Stains: Review"
//     -> {gram stain review} twice -> 1.00.
//   - containment, for a title a certificate shortened: |A∩B| / min(|A|,|B|),
//     weighted by containWeight and only when the shorter title has at least
//     containMinTokens tokens. "Transfusion Reactions" inside "Transfusion
//     Reactions: Recognition and Workup" -> 2/2·0.9 = 0.90 (Dice alone 0.67).
//
// Different courses of one series share words but not all of them:
// "Hematology: Anemia Review" vs "Hematology: Leukemia Review" -> 2·2/6 = 0.67,
// below dupTitleMin.
const (
	containWeight    = 0.9
	containMinTokens = 2
)

var stopWords = map[string]bool{
	"a": true, "an": true, "and": true, "the": true, "of": true, "in": true, "for": true, "to": true,
	"on": true, "with": true, "at": true, "by": true, "from": true,
}

// titleTokens returns the sorted, distinct tokens of a title.
func titleTokens(title string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.Fields(foldText(title)) {
		if stopWords[w] {
			continue
		}
		w = stem(w)
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// stem drops a plural ending: "stains" -> "stain", "studies" -> "study";
// short words and "-ss" words ("class", "gas") stay as they are.
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// titleSimilarity scores two token sets from titleTokens, 0..1.
func titleSimilarity(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	dice := 2 * float64(common) / float64(len(a)+len(b))
	shorter := min(len(a), len(b))
	if shorter >= containMinTokens {
		dice = max(dice, containWeight*float64(common)/float64(shorter))
	}
	return dice
}
