package mapping

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// word is one word of a title after folding: lower-case, no accents, no
// punctuation. Stem is what the lexicon is matched on; Raw is the folded
// word before stemming (abbreviations match it exactly); Upper says the
// title wrote it in capitals ("HIT", not "hit").
type word struct {
	Raw   string
	Stem  string
	Upper bool
	// End says a phrase ends after this word: punctuation or a
	// preposition follows ("Orientation | to the Hospital Campus"),
	// or the title ends. Seg counts the segments before the word's own,
	// split at a colon, question mark, dash or semicolon ("Quality
	// Committee Meeting | Minutes Review"). Together they find the head
	// of a title's first phrase: what the activity is.
	End bool
	Seg uint8
	// Plural says the word may be an abbreviation's plural: two capitals
	// or more and a final lower-case "s" ("CBCs", "MICs", "HbA1cs"). Upper
	// is then true when every other letter is a capital.
	Plural bool
}

// phraseBreaks end a phrase: the prepositions among the stop words, and
// a few longer ones that are kept as words. Conjunctions do not: "Cell
// Arrangement and Orientation" is one phrase.
var phraseBreaks = map[string]bool{
	"of": true, "for": true, "in": true, "on": true, "to": true, "with": true, "from": true,
	"by": true, "at": true, "as": true, "into": true,
	"during": true, "after": true, "before": true, "when": true, "without": true, "within": true,
	"about": true, "through": true, "using": true, "via": true, "per": true, "amid": true, "among": true,
}

// Marks fold writes for punctuation when asked to keep a title's
// geometry: markPhrase ends a phrase (comma, brackets, slash), markSegment
// ends a segment (colon, question mark, semicolon, a dash between spaces).
const (
	markPhrase  = '\x01'
	markSegment = '\x02'
)

// stopWords carry no topic. They are dropped from titles and lexicon
// phrases alike, so "point of care" and "point-of-care" are the same phrase.
var stopWords = map[string]bool{
	"a": true, "an": true, "and": true, "the": true, "of": true, "for": true, "in": true, "on": true,
	"to": true, "with": true, "from": true, "by": true, "at": true, "as": true, "or": true, "its": true,
	"their": true, "your": true, "our": true, "into": true, "vs": true, "versu": true, "versus": true,
	"is": true, "are": true, "be": true, "how": true, "what": true, "why": true,
}

// fold lower-cases s, removes accents (NFD, then drop combining marks),
// turns "&" into "and", drops apostrophes ("Beer's" -> "beers") and turns
// every other non-letter, non-digit into a space. It keeps a per-rune
// upper-case flag in the returned mask so abbreviations can require
// capitals.
func fold(s string) (string, []bool) { return foldMarked(s, false) }

// foldMarked is fold, writing markPhrase and markSegment for boundary
// punctuation instead of a space when marks is set.
func foldMarked(s string, marks bool) (string, []bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	if strings.Contains(s, "::") {
		// A gene fusion in HGNC notation ("BCR::ABL1", 2021) joins its
		// genes as the older hyphen does: no phrase ends inside it.
		s = strings.ReplaceAll(s, "::", "-")
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	upper := make([]bool, 0, len(s)+8)
	var prev rune
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteByte(byte(r))
			upper = append(upper, false)
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
			upper = append(upper, true)
		case r == '&':
			b.WriteString(" and ")
			upper = append(upper, false, false, false, false, false)
		case r == '\'' || r == '\u2019' || r == '`':
			// dropped: "Beer's law" -> "beers law"
		case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
			// an accent after NFD: dropped
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			l := unicode.ToLower(r)
			n := b.Len()
			b.WriteRune(l)
			for i := n; i < b.Len(); i++ {
				upper = append(upper, l != r)
			}
		default:
			b.WriteByte(boundary(r, prev, marks))
			upper = append(upper, false)
		}
		prev = r
	}
	return b.String(), upper
}

// boundary is what foldMarked writes for punctuation r after rune prev:
// a space, or with marks a phrase or segment mark.
func boundary(r, prev rune, marks bool) byte {
	if !marks {
		return ' '
	}
	switch r {
	case ':', '?', '!', ';', '\u2013', '\u2014', '|':
		return markSegment
	case '-':
		if prev == ' ' {
			return markSegment // "Staff Meeting - March"
		}
	case ',', '(', ')', '[', ']', '/':
		return markPhrase
	}
	return ' '
}

// words splits a title into words, dropping stop words and stemming.
func words(s string) []word { return appendWords(make([]word, 0, 8), s) }

// appendWords is words appending to out (a caller's buffer).
func appendWords(out []word, s string) []word {
	f, upper := foldMarked(s, true)
	first := len(out)
	var seg uint8
	newSeg := false // a segment mark since the last word
	for i := 0; i < len(f); {
		switch f[i] {
		case ' ':
			i++
			continue
		case markPhrase, markSegment:
			endLast(out[first:])
			newSeg = newSeg || (f[i] == markSegment && len(out) > first)
			i++
			continue
		}
		j := i
		lower, caps := 0, 0 // letters not written as capitals, and those that are
		for j < len(f) && f[j] > markSegment && f[j] != ' ' {
			if c := f[j]; c >= 'a' && c <= 'z' && !upper[j] {
				lower++
			} else if c >= 'a' && c <= 'z' {
				caps++
			}
			j++
		}
		raw := f[i:j]
		plural := caps >= 2 && len(raw) >= 3 && raw[len(raw)-1] == 's' && !upper[j-1] && raw[len(raw)-2] >= 'a' && raw[len(raw)-2] <= 'z'
		i = j
		if phraseBreaks[raw] {
			endLast(out[first:])
		}
		if stopWords[raw] {
			continue
		}
		if newSeg && seg < 255 {
			seg++
		}
		newSeg = false
		out = append(out, word{Raw: raw, Stem: stem(raw), Upper: (lower == 0 || plural && lower == 1) && len(raw) > 1, Seg: seg, Plural: plural})
	}
	endLast(out[first:])
	return out
}

// endLast marks the last of ws as ending a phrase.
func endLast(ws []word) {
	if len(ws) > 0 {
		ws[len(ws)-1].End = true
	}
}

// stem strips a few English endings so that plural and verb forms meet
// the lexicon's form. It is deliberately light (a full Porter stemmer
// merges too much: "hematology" and "hematologic" must stay apart only
// where the lexicon says so), and it runs on lexicon terms and titles
// alike, so a stem never needs to be a real word:
//
//	plural   antibodies -> antibody, viruses -> virus, smears -> smear,
//	         glasses -> glass (never strips "ss", "us", "is": "virus", "analysis")
//	-ing     testing -> test, banking -> bank (stems longer than 2 letters)
//	-ed      irradiated -> irradiat (stems longer than 2 letters, not "-eed")
//	-ology   hematological, hematologic -> hematology
//	-ical    clinical -> clinic, ethical -> ethic (and ethics -> ethic)
func stem(w string) string {
	n := len(w)
	if n <= 3 || w[n-1] < 'a' || w[n-1] > 'z' {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		w = w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "uses"):
		w = w[:n-2]
	case w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case strings.HasSuffix(w, "ing") && n > 5:
		w = w[:n-3]
	case strings.HasSuffix(w, "ed") && n > 4 && w[n-3] != 'e':
		w = w[:n-2]
	}
	switch {
	case strings.HasSuffix(w, "ological"):
		w = w[:len(w)-8] + "ology"
	case strings.HasSuffix(w, "ologic"):
		w = w[:len(w)-6] + "ology"
	case strings.HasSuffix(w, "ical"):
		w = w[:len(w)-2]
	}
	return w
}

// withinOne reports whether a and b are at most one edit apart, where an
// edit is an insertion, a deletion, a substitution or a swap of two
// neighbouring letters ("saftey" -> "safety"): the optimal string alignment
// distance, bounded at 1 so it runs in one pass.
func withinOne(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return true
		}
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}
