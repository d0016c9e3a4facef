package parsers

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"celedger"
)

// labelAt reads the label a text starts with: the longest known label of
// up to maxLabelWords words, ending at a colon, at the end, or (for the
// number and date fields) before a value. It returns the field, the
// label's word count and the rest of the text.
func labelAt(text string) (certLabel, string, bool) {
	if m := itemNumber.FindStringIndex(text); m != nil {
		text = text[m[1]:] // "4. COURSE TITLE": a form's numbered box
	}
	if r, ok := labelCache.Load(text); ok {
		l := r.(labelResult)
		return l.kind, l.rest, l.ok
	}
	kind, rest, ok := readLabel(text)
	if labelCacheSize.Add(1) > maxLabelCache {
		labelCache.Clear()
		labelCacheSize.Store(0)
	}
	labelCache.Store(text, labelResult{kind, rest, ok})
	return kind, rest, ok
}

// otherDateFirst reports whether words open with an other date's label of
// the vocabulary, two words or more, and a date right after it; it
// returns the rest from the date.
func otherDateFirst(words []string) (string, bool) {
	v := vocab()
	for n := min(v.maxLabelWords, len(words)-1); n >= 2; n-- {
		if kind, found := v.labels[normLabel(strings.Join(words[:n], " "))]; found && kind == certOtherDate {
			rest := strings.Join(words[n:], " ")
			if loc := datePattern.FindStringIndex(rest); loc != nil && loc[0] == 0 {
				return rest, true
			}
		}
	}
	// "Certificate printed July 23, 2025": the document's noun, then a
	// one-word label of an other date.
	if len(words) >= 3 && documentNouns[strings.ToLower(words[0])] {
		if kind, found := v.labels[normLabel(words[1])]; found && kind == certOtherDate {
			rest := strings.Join(words[2:], " ")
			if loc := datePattern.FindStringIndex(rest); loc != nil && loc[0] == 0 {
				return rest, true
			}
		}
	}
	return "", false
}

// documentNouns name the document itself before a label of its own date
// ("Certificate printed", "Transcript generated").
var documentNouns = map[string]bool{"certificate": true, "transcript": true, "record": true, "document": true, "report": true, "page": true}

// labelOfFormat is the field a label names as "<noun> of" and a format,
// medium or event word of the vocabulary, whatever the format is called:
// "Date of eCast", "Date of the live broadcast", "Date of symposium" name
// the activity's date; "Title of program", "Name of course" its title.
func labelOfFormat(label string) (certLabel, bool) {
	words := strings.Fields(normLabel(label))
	if len(words) < 3 || len(words) > 5 || words[1] != "of" {
		return certNone, false
	}
	kind, ok := ofFormatLabels[words[0]]
	if !ok {
		return certNone, false
	}
	v := vocab()
	for _, w := range words[2:] {
		if !v.format[w] && !v.media[w] && !v.events[w] {
			return certNone, false
		}
	}
	return kind, true
}

// ofFormatLabels are the nouns of labelOfFormat and the fields they name.
var ofFormatLabels = map[string]certLabel{"date": certDate, "title": certTitle, "name": certTitle}

// itemNumber is the number of a form's box before its label: "4. ", "(4) ",
// "10) ".
var itemNumber = regexp.MustCompile(`^\(?\d{1,2}[.)]\s+`)

// labelCache remembers what labelAt read in a text: certificates print the
// same labels, and the reader asks about each segment several times.
var (
	labelCache     sync.Map
	labelCacheSize atomic.Int64
)

const maxLabelCache = 1 << 16

type labelResult struct {
	kind certLabel
	rest string
	ok   bool
}

func readLabel(text string) (certLabel, string, bool) {
	v := vocab()
	if t := strings.TrimSpace(text); strings.HasSuffix(t, ".") && !strings.Contains(t, ":") && !abbreviatedLabel.MatchString(t) {
		return certNone, "", false // the end of a sentence ("… by the ASCLS P.A.C.E.® Program.")
	}
	if kind, rest, ok := labelInTwoLanguages(text); ok {
		return kind, rest, true
	}
	if l, value, ok := strings.Cut(text, ":"); ok && len(l) <= 60 {
		if kind, found := knownLabel(l); found {
			return kind, strings.TrimSpace(value), true
		}
		if kind, found := labelByTail(l); found && firstDate(l) == "" {
			return kind, strings.TrimSpace(value), true // "Enduring material ID:", "P.A.C.E.®/CMLE contact hours:"
		}
		if strings.TrimSpace(value) == "" && titleNounLabel(l) {
			return certTitle, "", true // "Education event:" set apart from its value
		}
		if kind, ok := labelOfFormat(l); ok {
			return kind, strings.TrimSpace(value), true // "Date of eCast:", "Date of symposium:", "Title of program:"
		}
		// "on 11/03/2025 Contact hours: 4.0": a sentence's date, then a
		// label of its own.
		if loc := datePattern.FindStringIndex(l); loc != nil {
			if kind, found := v.labels[bareLabel(l[loc[1]:])]; found && (kind == certID || kind == certCredits) {
				return kind, strings.TrimSpace(value), true
			}
		}
		// "P.A.C.E.® Program No. 432-118-25 Contact Hours: 1.0": another
		// fact and its number, then this label (the shortest known tail
		// after a word with a digit).
		if words := strings.Fields(l); len(words) >= 3 {
			for k := len(words) - 1; k >= 1; k-- {
				if !hasDigit(words[k-1]) {
					continue
				}
				if kind, found := knownLabel(strings.Join(words[k:], " ")); found && (kind == certCredits || kind == certDate || kind == certID) {
					return kind, strings.TrimSpace(value), true
				}
				break
			}
		}
		// "P.A.C.E.® Program No.:", "CME Activity ID:" — a qualifier first
		// (never a date).
		words := strings.Fields(l)
		for k := 1; k < len(words) && k <= 2 && !hasDigit(strings.Join(words[:k], " ")); k++ {
			if kind, found := v.labels[bareLabel(strings.Join(words[k:], " "))]; found && (kind == certID || kind == certOtherID || kind == certCredits) {
				return kind, strings.TrimSpace(value), true
			}
		}
	}
	words := strings.Fields(text)
	if kind, found := knownLabel(text); found && (bareLabel(text) != normLabel(text) || len(words) >= 2) {
		return kind, "", true // "Contact Hours Awarded", "P.A.C.E.® Contact Hours (laboratory professionals)", "Training start date"
	}
	if kind, ok := labelOfFormat(text); ok {
		return kind, "", true // "Title of program" beside its value
	}
	if n := len(words); n >= 2 && n <= 4 && !hasDigit(text) {
		// "Enduring Material Title", "Enduring Activity ID": a known
		// label's last words end a short label.
		tail := strings.ToLower(strings.Trim(words[n-1], ":#."))
		if kind, found := labelByTail(text); found && (kind == certID || kind == certOtherID || kind == certDate ||
			kind == certName && strings.HasPrefix(normLabel(text), "name of ")) { // "NAME OF TRAINEE" over the name
			return kind, "", true // "CONFERENCE ID", "Event Code", "Badge Number", "Training Dates"
		}
		for k := 1; k < n && k <= 2 && labelTails[tail]; k++ {
			if kind, found := v.labels[normLabel(strings.Join(words[n-k:], " "))]; found && kind != certName && kind != certProvider {
				if _, whole := v.labels[normLabel(text)]; !whole {
					return kind, "", true
				}
			}
		}
	}
	if rest, ok := otherDateFirst(words); ok {
		return certOtherDate, rest, true // "Credits claimed on 11/20/2025": the claim's date, though it opens with "Credits"
	}
	if creditsLabel(text) || creditsForAudience(text) {
		return certCredits, "", true // "P.A.C.E. hours claimed", "CE Credit for Laboratory Professionals (CE hours)"
	}
	for k, w := range words {
		if leadingNumber.MatchString(w) {
			if k >= 1 && k <= 5 && creditsLabel(strings.Join(words[:k], " ")) {
				return certCredits, strings.Join(words[k:], " "), true // "ACCENT® credit claimed 0.75 of 1.0 maximum"
			}
			break
		}
	}
	for n := 2; n <= 3 && n < len(words); n++ {
		// "Conference code PNW25": a label this file lacks, named by its
		// number noun, before a code.
		if kind, found := labelByTail(strings.Join(words[:n], " ")); found && (kind == certID || kind == certOtherID) && codeLike(strings.Join(words[n:], " ")) {
			if _, known := v.labels[normLabel(strings.Join(words[:n], " "))]; !known {
				return kind, strings.Join(words[n:], " "), true
			}
		}
	}
	for start := 0; start <= 2 && start < len(words); start++ {
		for n := min(v.maxLabelWords, len(words)-start); n >= 1; n-- {
			label := normLabel(strings.Join(words[start:start+n], " "))
			kind, found := v.labels[label]
			if !found || len(label) < 3 {
				continue // "to" is a memo's label only with its colon ("TO: …"), never "… Microscopy" / "to Molecular …"
			}
			rest := strings.TrimSpace(strings.Join(words[start+n:], " "))
			rest = strings.TrimLeft(rest, ":.# ")
			switch {
			case start == 0 && rest == "":
				return kind, "", true
			case (kind == certID || kind == certOtherID) && hasDigit(numberBeforeComma(rest)) && len(strings.Fields(numberBeforeComma(rest))) <= 3:
				// "Program No. 123-456-25", "P.A.C.E.® Course # 331-205-25",
				// "Course No. CLS-CE 4105, a hybrid course …"
				if start == 0 || isQualifier(words[:start]) {
					return kind, numberBeforeComma(rest), true
				}
			case start == 0 && (kind == certDate || kind == certOtherDate) && datePattern.MatchString(rest) && datePattern.FindStringIndex(rest)[0] == 0:
				return kind, rest, true
			case start == 0 && kind == certCredits && leadingNumber.MatchString(rest):
				return kind, rest, true // "Credits claimed 1.75 P.A.C.E.® contact hours"
			case start == 0 && kind == certName && n == 1 && nameLike(rest):
				return kind, rest, true // "Trainee Olufemi Adeyinka"
			case start == 0 && kind == certTitle && codeLike(rest):
				return certID, numberNoun.ReplaceAllString(rest, ""), true // "Course AILCE-MYC-215", "In-Service No. 2025-PATH-03"
			case start == 0 && kind == certProvider && strings.HasSuffix(label, " by") && rest != "":
				return kind, rest, true // "Provided by St. Brigid's Hospital …"
			}
		}
	}
	return certNone, "", false
}

// lettersCode reports whether a labelled ID's value is a code of capitals
// in hyphenated parts ("POC-GLU-R"), though it holds no digit.
func lettersCode(v string) bool {
	return !strings.ContainsAny(v, " \t") && strings.Count(v, "-") >= 1 && len(v) >= 5 && strings.ToUpper(v) == v &&
		strings.IndexFunc(v, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r == '-') }) < 0
}

// numberBeforeComma is a number's text up to the comma or semicolon that
// ends it in a sentence ("CLS-CE 4105, a hybrid course …").
func numberBeforeComma(s string) string {
	if k := strings.IndexAny(s, ",;"); k > 0 {
		return strings.TrimSpace(s[:k])
	}
	return s
}

// unitName reports whether text names a credit unit ("P.A.C.E.® contact
// hours"): the value of a "Credit Type" label, though it reads as a label.
func unitName(text string) bool {
	_, ok := celedger.ParseUnit(text)
	return ok
}

// nameLike reports whether text reads as a person's name: two to five
// words, each capitalised, no digits.
func nameLike(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 || len(f) > 5 || strings.ContainsAny(text, "0123456789:") {
		return false
	}
	for _, w := range f {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !smallNameWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// smallNameWords are the particles a name may hold in small letters.
var smallNameWords = map[string]bool{"van": true, "von": true, "de": true, "der": true, "del": true, "la": true, "da": true, "di": true, "le": true, "bin": true, "ibn": true}

// meetingNumber is a web meeting's number as platforms print it: groups
// of three or four digits.
var meetingNumber = regexp.MustCompile(`^\d{3,4}(?: \d{3,4}){2,3}$`)

// numberNoun is the noun that may stand between a label and its number
// ("No.", "Number", "#", "ID").
var numberNoun = regexp.MustCompile(`(?i)^(?:no\b\.?|nr\b\.?|number\b|#|id\b)\s*[:#]?\s*`)

// abbreviatedLabel ends in a number label's full stop ("Program No.").
// labelInTwoLanguages reads a label printed in two languages, the sides
// split by " / " ("N° d’activité / Activity No.", "Fecha / Date: …"), or
// after whom it is for ("Laboratory professionals – ASCLS P.A.C.E.®
// contact hours"): the first side read as a label, each side at most
// five words.
func labelInTwoLanguages(text string) (certLabel, string, bool) {
	l, value, colon := strings.Cut(text, ":")
	sep := ""
	for _, s := range []string{" / ", " – ", " — "} {
		if strings.Contains(l, s) {
			sep = s
			break
		}
	}
	if sep == "" || len(l) > 60 {
		return certNone, "", false
	}
	sides := strings.Split(l, sep)
	for _, side := range sides {
		if len(strings.Fields(side)) > 5 {
			return certNone, "", false
		}
	}
	for _, side := range sides {
		t := strings.TrimSpace(side)
		if colon {
			t += ":" + value
		}
		if kind, rest, ok := readLabel(t); ok && kind != certNone && (colon || rest == "") {
			return kind, rest, true
		}
	}
	return certNone, "", false
}

// knownLabel is the field a whole label of the vocabulary names, else
// the field of its bare form (bareLabel): "Date claimed" is the claim's
// date as the vocabulary lists it, not "Date" qualified by "claimed".
func knownLabel(label string) (certLabel, bool) {
	v := vocab()
	if kind, found := v.labels[normLabel(label)]; found {
		return kind, true
	}
	kind, found := v.labels[bareLabel(label)]
	return kind, found
}

var abbreviatedLabel = regexp.MustCompile(`(?i)\b(?:no|nr|num|ref)\.$`)

// bareLabel normalises a label without what qualifies it: words in
// brackets, words after a dash, and a last word such as "awarded" or
// "claimed" ("Contact Hours Awarded", "AMA PRA Category 1 Credits™
// (maximum)", "P.A.C.E.® contact hours — claimed by this participant").
func bareLabel(s string) string {
	s = bracketed.ReplaceAllString(s, " ")
	for _, dash := range []string{" — ", " – ", " - "} {
		if k := strings.Index(s, dash); k > 0 {
			s = s[:k] // "P.A.C.E.® contact hours — claimed by this participant"
		}
	}
	l := normLabel(s)
	for _, q := range []string{" awarded", " claimed", " earned", " granted", " approved", " maximum", " max", " offered", " designated", " available"} {
		l = strings.TrimSuffix(l, q)
	}
	for _, body := range []string{"ascls ", "iacet "} {
		l = strings.TrimPrefix(l, body) // "ASCLS P.A.C.E.® contact hours claimed"
	}
	return l
}

var bracketed = regexp.MustCompile(`\([^()]*\)`)

// creditsLabel reports whether a label names credits by their unit and
// what was done with them: a unit phrase, or a known credits label,
// followed by a participle ("P.A.C.E. hours claimed", "ACCENT® credit
// claimed", "CE hours earned").
func creditsLabel(label string) bool {
	words := strings.Fields(normLabel(label))
	if n := len(strings.Fields(label)); n < 2 || n > 5 || len(words) < 2 {
		return false
	}
	switch words[len(words)-1] {
	case "claimed", "earned", "awarded", "granted", "received":
	default:
		return false
	}
	head := strings.Join(words[:len(words)-1], " ")
	if kind, ok := vocab().labels[head]; ok {
		return kind == certCredits
	}
	if kind, ok := labelByTail(head); ok {
		return kind == certCredits
	}
	_, ok := celedger.ParseUnit(head)
	return ok
}

// creditsForAudience reports whether a label names credits for an
// audience: a [credits] label, then "for" and at most four words ("CE
// Credit for Laboratory Professionals (CE hours)").
func creditsForAudience(label string) bool {
	head, audience, ok := strings.Cut(bareLabel(label), " for ")
	if !ok || len(strings.Fields(audience)) > 4 || hasDigit(label) {
		return false
	}
	kind, found := vocab().labels[head]
	return found && kind == certCredits
}

// labelByTail reads a label of up to six words by what it ends in: a
// number's noun ("… ID", "… Number", "… No.") or a credit's ("…
// contact hours", "… credit hours", "… CEUs"), so a qualifier the
// vocabulary lacks ("Enduring material ID", "P.A.C.E.®/CMLE contact
// hours") does not hide the label.
func labelByTail(label string) (certLabel, bool) {
	words := strings.Fields(bareLabel(label))
	if len(words) < 2 || len(words) > 6 {
		return certNone, false
	}
	last := words[len(words)-1]
	two := strings.Join(words[len(words)-2:], " ")
	if words[0] == "name" && words[1] == "of" && len(words) >= 3 {
		words, last = append(words[2:len(words):len(words)], "name"), "name" // "Name of licensee" reads as "licensee name"
	}
	switch {
	case numberNouns[last]:
		for _, w := range words {
			if vocab().otherIDOwners[w] {
				return certOtherID, true // "Learner ID", "Registration No."
			}
		}
		qualifier := " " + strings.Join(words[:len(words)-1], " ") + " "
		for owner := range vocab().activityIDOwners {
			if strings.Contains(qualifier, " "+owner+" ") {
				return certID, true // "Conference code", "In-service no."
			}
		}
		return certOtherID, true // "Trainee ID", "Access code", "CLIA No.": no course's number
	case two == "contact hours" || two == "contact hour" || two == "credit hours" || last == "ceus" || last == "credits" || last == "hours":
		return certCredits, true
	case last == "dates":
		return certDate, true // "Training Dates": the days the activity ran
	case (last == "program" || last == "course" || last == "title") && !slices.ContainsFunc(words[:len(words)-1], func(w string) bool {
		return !vocab().activityIDOwners[w] && !vocab().format[w]
	}):
		return certTitle, true // "Training Program", "Webinar Title": the activity's name
	case last == "date" && slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return vocab().activityIDOwners[w] }):
		return certDate, true // "Workshop date", "Session date": the activity's day
	case last == "name":
		switch words[0] {
		case "course", "program", "activity", "session", "event", "module", "webinar", "training":
			return certTitle, true
		case "provider", "organization", "organisation", "agency", "company", "sponsor", "institution":
			return certProvider, true
		}
		return certName, true // "Licensee name", "Trainee name"
	}
	return certNone, false
}

// inLabelColumn reports whether line i's first segment stands in a column
// of labels: the line above or below starts with a known label at its left
// edge ("Job title" over "Education activity").
func inLabelColumn(lines []certLine, i int) bool {
	for _, k := range []int{i - 1, i + 1, i - 2, i + 2} {
		if k < 0 || k >= len(lines) || lines[k].page != lines[i].page || len(lines[k].segs) == 0 {
			continue
		}
		if s := lines[k].segs[0]; math.Abs(s.X0-lines[i].segs[0].X0) < math.Max(lines[i].size, 1) && isLabel(s.Text) {
			return true
		}
	}
	return false
}

// titleNounLabel reports whether a label of two or three words ends in
// a noun that labels a title alone, after words that label nothing
// ("Education event", "CE activity"; not "Date of event"). Only a label
// set apart from its value reads so: "Inspector Training: Checklist
// Essentials" is one title.
func titleNounLabel(label string) bool {
	words := strings.Fields(bareLabel(label))
	return len(words) >= 2 && len(words) <= 3 && vocab().labels[words[len(words)-1]] == certTitle &&
		!slices.ContainsFunc(words[:len(words)-1], labelsSomething)
}

// labelsSomething reports whether a word of a label says what it labels
// on its own, or ties the label's noun to another ("date", "of").
func labelsSomething(w string) bool {
	_, known := vocab().labels[w]
	return known || w == "of" || w == "for" || w == "by" || w == "per" || w == "the" || hasDigit(w)
}

// numberNouns end the label of a number.
var numberNouns = map[string]bool{"id": true, "no": true, "number": true, "code": true, "reference": true}

// labelTails are the nouns a label may end in when only its last words
// are known ("Enduring Material Title", "Enduring Activity ID").
var labelTails = map[string]bool{"title": true, "id": true, "number": true, "no": true, "code": true, "hours": true, "credits": true, "ceus": true}

// codeLike reports whether text is a course code rather than a title: one
// to three tokens, a digit, no lower-case word ("PHL-BSL3-0824",
// "CLS-CA 25-08").
func codeLike(text string) bool {
	f := strings.Fields(text)
	if len(f) == 1 && len(text) == 4 && text >= "1900" && text <= "2099" {
		return false // "Symposium 2025": a year
	}
	if len(f) == 0 || len(f) > 3 || len(text) < 2 || !hasDigit(text) {
		return false
	}
	for _, w := range f {
		if r := []rune(w)[0]; unicode.IsLower(r) && len(w) > 1 || titleWord(w) {
			return false // "Spring Seminar 2025": words, not a code
		}
	}
	return true
}

// titleWord reports whether w is a capitalised word of three or more
// letters ("Seminar"), as a code's parts never are.
func titleWord(w string) bool {
	r := []rune(w)
	if len(r) < 3 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// isQualifier reports whether words before a number's label qualify it
// ("P.A.C.E.®", "CME", "CE") rather than being text of their own.
func isQualifier(words []string) bool {
	q := normLabel(strings.Join(words, " "))
	switch q {
	case "p a c e", "pace", "cme", "ce", "ceu", "cmle", "ancc", "ama", "accent":
		return true
	}
	return false
}

// dateRegexp is a date pattern behind a cheap guard: every date form it
// matches holds at least four digits (a year, or day, month and a
// two-digit year), so text with fewer is never searched.
type dateRegexp struct{ *regexp.Regexp }

// digits counts the ASCII digits of s.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// fewDigits reports whether s has fewer than four ASCII digits.
func fewDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if n++; n == 4 {
				return false
			}
		}
	}
	return true
}

func (d dateRegexp) MatchString(s string) bool { return !fewDigits(s) && d.Regexp.MatchString(s) }

func (d dateRegexp) FindString(s string) string {
	if fewDigits(s) {
		return ""
	}
	return d.Regexp.FindString(s)
}

func (d dateRegexp) FindStringIndex(s string) []int {
	if fewDigits(s) {
		return nil
	}
	return d.Regexp.FindStringIndex(s)
}

func (d dateRegexp) FindStringSubmatch(s string) []string {
	if fewDigits(s) {
		return nil
	}
	return d.Regexp.FindStringSubmatch(s)
}

func (d dateRegexp) FindAllStringIndex(s string, n int) [][]int {
	if fewDigits(s) {
		return nil
	}
	return d.Regexp.FindAllStringIndex(s, n)
}

// formatValue reports whether a label's text may be an activity type's
// value: a title label that names a format ("Activity Type | Webinar"),
// never another field's label ("Format | Completion Date").
func formatValue(text string) bool {
	k, _, _ := labelAt(text)
	return k == certTitle
}

// isLabel reports whether text is a known label and nothing after it
// ("Date of Completion", "CONTACT HOURS").
func isLabel(text string) bool {
	k, rest, ok := labelAt(text)
	return ok && k != certNone && rest == ""
}

// labelled reports whether s opens with a known label of a field, a value
// after it or not ("Date: May 6, 2025").
func labelled(s string) bool {
	k, _, ok := labelAt(s)
	return ok && k != certNone
}
