package celedger

import (
	"strings"
	"unicode"

	"github.com/mozillazg/go-unidecode"
	"golang.org/x/text/unicode/norm"
)

// Names. One person reaches the ledger under many spellings of one name:
// "Nguyễn, Thị Hương" on one transcript and "Nguyễn Thị Hương" on another
// (a family-first name with and without the comma), "OKAFOR Maria" on a
// certificate, "Łukasz" typed "Lukasz" on a roster. FoldName and NameKey
// are the one folding every comparison of names uses: grouping records
// into people, matching them to a roster, and -person.

// FoldName folds a person's name for comparison and sorting: letters
// transliterated to ASCII (ł → l, ø → o, ß → ss, æ → ae, đ → d, ı → i,
// accents dropped; by github.com/mozillazg/go-unidecode), lower case,
// apostrophes and dots dropped, other punctuation (hyphens) made spaces,
// "Last, First" turned to "first last": "O'Brien, Seán" and "Sean OBrien"
// give "sean obrien".
func FoldName(name string) string {
	name = strings.TrimSpace(name)
	if last, first, ok := strings.Cut(name, ","); ok {
		name = first + " " + last
	}
	var b strings.Builder
	for _, r := range strings.ToLower(asciiName(name)) {
		switch {
		case r == '\'' || r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// asciiName transliterates a name's letters to ASCII; a name already in
// ASCII is returned as it is. A compatibility character (the long s "ſ",
// a ligature), which Unicode itself marks as another's variant, is kept:
// a name spelled with one is not silently taken for its plain twin.
func asciiName(name string) string {
	ascii := true
	for i := 0; i < len(name) && ascii; i++ {
		ascii = name[i] < 0x80
	}
	if ascii {
		return name
	}
	var b strings.Builder
	for _, r := range norm.NFC.String(name) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r == '’' || r == '‘':
			b.WriteByte('\'')
		case norm.NFKC.String(string(r)) != string(r):
			b.WriteRune(r)
		default:
			b.WriteString(unidecode.Unidecode(string(r)))
		}
	}
	return b.String()
}

// NameKey is the identity of a name: FoldName's words in the one order
// every rotation of them shares (the least rotation), so that a name and
// its family-first form are one person: "Nguyễn, Thị Hương", "Nguyễn Thị
// Hương" and "Thị Hương Nguyễn" give one key, as do "OKAFOR Maria" and
// "Maria Okafor". Different orders that are not rotations ("Anna Marie
// Smith", "Marie Anna Smith") stay apart. "" for a name without letters or
// digits.
func NameKey(name string) string {
	words := strings.Fields(FoldName(name))
	if len(words) < 2 {
		return strings.Join(words, " ")
	}
	best := strings.Join(words, " ")
	for k := 1; k < len(words); k++ {
		if r := strings.Join(append(append([]string{}, words[k:]...), words[:k]...), " "); r < best {
			best = r
		}
	}
	return best
}
