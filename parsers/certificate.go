package parsers

import (
	"celedger/parsers/pdf"
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"celedger"
)

// A certificate of completion states one activity. Its facts sit in
// labelled lines, in columns of labels with their values below, or in
// sentences on centred lines; the line breaks and positions are kept, not
// flattened:
//
//	Lakemont Society for Histotechnology          <- issuer: the provider
//	Certificate of Completion
//	This certifies that                           <- name cue
//	RAFAEL ÁNGEL CASTILLO                         <- the name: the line after the cue
//	has successfully completed                    <- title cue
//	the spring symposium                          <- the format: the verb's line and format words only
//	Grossing Essentials: Orientation and Inking   <- the title, and its wrapped lines
//	of Excision Margins
//	Date of completion: 5/12/2025                 <- a labelled line ends the title
//	Participant        Date of Completion         <- labels above their values,
//	Jane Doe           03/04/2025                    paired by column
//	1.5 P.A.C.E.® contact hours · Program No. 331-205-25
//	Lakemont Society for Histotechnology is approved as a provider of continuing
//	education programs … by the ASCLS P.A.C.E.® Program.   <- provider: the subject
//
// gives participant, title, date, points, activity ID and provider. Every
// label, cue and format word is data (certificate_words.txt). A
// one-paragraph certificate ("This certifies that Jane Doe has completed
// “X” on March 3, 2025 and is awarded 1.5 contact hours") is read by the
// sentence patterns below when the lines say nothing. When several credit
// figures are printed (P.A.C.E. contact hours, nursing contact hours,
// pharmacy, AMA PRA), the laboratory one is taken.

// certificate is what a certificate states.
type certificate struct {
	Name        string
	Title       string
	Provider    string
	ActivityID  string
	Date        celedger.Date
	Credits     celedger.Points
	Unit        celedger.Unit
	UnitPrinted string // the credit figure's unit as printed ("P.A.C.E.® contact hours")
	HasCredits  bool
	Problems    []certProblem // fields missing or unreadable
	why         []string      // how each field was found, for -explain
	creditUnit  string        // the unit a "Credit type" label names, for bare figures
	Type        string        // the activity type a label prints ("Webinar"), "" when none
	// session: the course is a session of a meeting the page also names
	// by a label ("MEETING | ASM Microbe 2024"): its date is the
	// session's day, not the meeting's days.
	session bool
}

// certProblem is one field a certificate lacks or prints badly.
type certProblem struct {
	Field string // "Title", "Date", "Credits", "Unit"
	Err   error
}

type certLabel int

const (
	certNone certLabel = iota
	certName
	certTitle
	certDate
	certOtherDate
	certCredits
	certID
	certOtherID
	certProvider
	certUnit
	certType  // the activity's type as printed ("Activity Type: Webinar")
	certOther // a fact the reader does not take ("Location", "Score")
)

//go:embed certificate_words.txt
var certificateWordsFile string

// certWords is certificate_words.txt, read once.
type certWords struct {
	labels           map[string]certLabel // normalised label → field
	maxLabelWords    int
	nameCues         []string // normalised, longest first
	nameAbove        []string // [name-above]: the sentence's words for a name printed above it
	titleCues        []string
	format           map[string]bool
	genericTitles    map[string]bool // title labels a more specific title label overrides
	genericIDs       map[string]bool // ID labels a course, activity or program number label overrides
	otherIDOwners    map[string]bool
	activityIDOwners map[string]bool // words that make a number label the course's
	media            map[string]bool // how an activity is delivered ("ecast", "live webinar")
	otherDateStarts  map[string]bool // the first words of [other-date] labels
	memoHeader       map[string]bool // [memo-header]: "To:", "From:", "Subject:" of a memo's header
	onBehalfOf       []string        // [on-behalf-of]: "hosted for": the organisation after it is the provider
	courseSteps      map[string]bool // [course-step]: "evaluation", "post-test": what follows a course, never its title
	// idInText finds a course number in running text after an owner of
	// [activity-id-owner]: "Program No. 123-456-25", "Course # 331-205-25",
	// "Session reference CLEC-0525", "eCast STEP-EC-25-19" (a code with a
	// hyphen right after the noun).
	idInText      *regexp.Regexp // words that make a number someone else's ("member", "badge")
	accreditation []string
	organisation  map[string]bool
	eventAdjs     map[string]bool // format words that, capitalised, begin an event's name ("Annual")
	events        map[string]bool // nouns that name a meeting ("summit", "symposium")
	places        map[string]bool // states and provinces: ", Providence, Rhode Island" ends a meeting's name
	headingStarts []string        // a heading begins with one ("statement of")
	headingEnds   []string        // or ends with one ("training record")
	headingNots   []string        // and holds none of these ("certificate program")
	byLabels      []string        // [provider] labels ending in "by" ("issued by")
	statements    []string        // [accreditation] phrases that are no name cue ("certifies that" is one)
	otherCredit   *regexp.Regexp
	unitStarts    []string       // [unit-start], as printed
	unitEnds      map[string]int // [unit-end]: last word -> tier
}

var (
	certWordsOnce sync.Once
	certVocab     certWords
)

func vocab() *certWords {
	certWordsOnce.Do(func() { certVocab = parseCertWords(certificateWordsFile) })
	return &certVocab
}

func parseCertWords(text string) certWords {
	w := certWords{unitEnds: map[string]int{}, labels: map[string]certLabel{}, format: map[string]bool{}, organisation: map[string]bool{}, places: map[string]bool{}, events: map[string]bool{}, eventAdjs: map[string]bool{}, genericTitles: map[string]bool{}, genericIDs: map[string]bool{}, otherIDOwners: map[string]bool{}, activityIDOwners: map[string]bool{}, media: map[string]bool{}, otherDateStarts: map[string]bool{}, memoHeader: map[string]bool{}, courseSteps: map[string]bool{}}
	section := ""
	var other []string
	labelOf := map[string]certLabel{"name": certName, "title": certTitle, "date": certDate, "other-date": certOtherDate,
		"credits": certCredits, "id": certID, "other-id": certOtherID, "provider": certProvider, "unit": certUnit,
		"type": certType, "other-field": certOther}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		switch section {
		case "unit-start":
			w.unitStarts = append(w.unitStarts, line)
			continue
		case "unit-end":
			tier, word, _ := strings.Cut(line, " ")
			n, err := strconv.Atoi(tier)
			if err != nil {
				panic("certificate_words.txt: [unit-end] wants TIER WORD, got " + line)
			}
			w.unitEnds[strings.TrimSpace(word)] = n
			continue
		}
		phrase := normLabel(line)
		if section == "other-date" {
			first, _, _ := strings.Cut(phrase, " ")
			w.otherDateStarts[first] = true
		}
		if l, ok := labelOf[section]; ok {
			if _, dup := w.labels[phrase]; !dup {
				w.labels[phrase] = l
			}

			w.maxLabelWords = max(w.maxLabelWords, len(strings.Fields(phrase)))
			continue
		}
		switch section {
		case "name-cue":
			w.nameCues = append(w.nameCues, phrase)
		case "name-above":
			w.nameAbove = append(w.nameAbove, phrase)
		case "title-cue":
			w.titleCues = append(w.titleCues, phrase)
		case "format":
			w.format[phrase] = true
		case "other-id-owner":
			w.otherIDOwners[phrase] = true
		case "activity-id-owner":
			w.activityIDOwners[phrase] = true
		case "medium":
			w.media[phrase] = true
		case "generic-title":
			w.genericTitles[phrase] = true
		case "generic-id":
			w.genericIDs[phrase] = true
		case "accreditation":
			w.accreditation = append(w.accreditation, phrase)
		case "organisation":
			w.organisation[phrase] = true
		case "event-adjective":
			w.format[phrase] = true
			w.eventAdjs[phrase] = true
		case "event":
			w.events[phrase] = true
		case "memo-header":
			w.memoHeader[phrase] = true
		case "course-step":
			w.courseSteps[phrase] = true
		case "on-behalf-of":
			w.onBehalfOf = append(w.onBehalfOf, strings.ToLower(line))
		case "place":
			w.places[phrase] = true
		case "heading-start":
			w.headingStarts = append(w.headingStarts, phrase)
		case "heading-end":
			w.headingEnds = append(w.headingEnds, phrase)
		case "heading-not":
			w.headingNots = append(w.headingNots, phrase)
		case "other-credit":
			other = append(other, regexp.QuoteMeta(phrase))
		}
	}
	longestFirst := func(xs []string) {
		for i := 1; i < len(xs); i++ {
			for j := i; j > 0 && len(xs[j]) > len(xs[j-1]); j-- {
				xs[j], xs[j-1] = xs[j-1], xs[j]
			}
		}
	}
	longestFirst(w.nameCues)
	longestFirst(w.titleCues)
	longestFirst(w.accreditation)
	for label, kind := range w.labels {
		if kind == certProvider && strings.HasSuffix(label, " by") {
			w.byLabels = append(w.byLabels, label)
		}
	}
	slices.Sort(w.byLabels)
	for _, a := range w.accreditation {
		if !slices.ContainsFunc(w.nameCues, func(c string) bool { return strings.Contains(" "+c+" ", " "+a+" ") }) {
			w.statements = append(w.statements, a)
		}
	}
	w.otherCredit = regexp.MustCompile(`(?i)\b(?:` + strings.Join(other, "|") + `)\b`)
	var owners []string
	for o := range w.activityIDOwners {
		owners = append(owners, strings.Join(strings.Fields(regexp.QuoteMeta(o)), `[\s.\-]*`))
	}
	longestFirst(owners)
	owner := `\b(?:` + strings.Join(owners, "|") + `)\.?`
	w.idInText = regexp.MustCompile(`(?i)` + owner + `\s*(?:no\b\.?|nr\b\.?|number|#|id\b|code|reference|ref\b\.?)\s*[:.]?\s*[\[(]?([A-Z0-9][A-Z0-9\-./]*\d[A-Z0-9\-./]*)|` + // ("Course Number [612-448-24]")
		owner + `\s+([A-Z][A-Z0-9]*-[A-Z0-9\-/]*\d[A-Z0-9\-/]*)`)
	return w
}

// certLine is one line of the certificate.
type certLine struct {
	page   int
	y      float64 // baseline, points; of the last line when wrapped lines were folded in
	top    float64 // baseline of the first of those lines (y when none)
	size   float64
	bold   bool
	x0, x1 float64
	segs   []segment
	text   string // segments joined by single spaces
	norm   string // text as normLabel folds it, with a space at each end
	used   bool   // taken as a field's label or value
}

// bodySize is the median size of a certificate's lines, points.
func bodySize(lines []certLine) float64 {
	sizes := make([]float64, 0, len(lines))
	for _, l := range lines {
		sizes = append(sizes, l.size)
	}
	if len(sizes) == 0 {
		return 0
	}
	slices.Sort(sizes)
	return sizes[len(sizes)/2]
}

// sideColumns reads a page set in two columns side by side (a side panel
// with the provider's logo and address, or the credit table beside the
// certificate) one column after the other, left first: each column's
// lines are then contiguous, and the line under a cue is the one under it
// in its column. Two columns are two sets of segments with a gutter no
// segment crosses, at least minGutter points wide, each side holding
// three lines or more. A column of labels beside their values is one
// layout, not two columns: the page is left as it is when half the left
// side's segments are labels. Each column's wrapped cells are then joined
// (mergeWrapped).
func sideColumns(lines []textLine) []textLine {
	gutter0, _, ok := findGutter(lines)
	if !ok {
		return mergeWrapped(lines)
	}
	var left, right []textLine
	labels, leftSegs := 0, 0
	for _, l := range lines {
		var ls, rs []segment
		for _, sg := range l.Segs {
			if sg.X1 <= gutter0 {
				ls = append(ls, sg)
			} else {
				rs = append(rs, sg)
			}
		}
		for _, sg := range ls {
			leftSegs++
			if isLabel(sg.Text) || labelled(sg.Text) {
				labels++
			}
		}
		if len(ls) > 0 {
			left = append(left, lineOf(l, ls))
		}
		if len(rs) > 0 {
			right = append(right, lineOf(l, rs))
		}
	}
	if len(left) < 3 || len(right) < 3 || labels*2 >= leftSegs {
		return mergeWrapped(lines)
	}
	return append(mergeWrapped(left), mergeWrapped(right)...)
}

// minGutter is the narrowest gap between two side-by-side columns, points.
const minGutter = 24

// findGutter finds the widest vertical strip, at least minGutter wide,
// that no segment of the page crosses and that has segments on both
// sides: its left and right edges.
func findGutter(lines []textLine) (float64, float64, bool) {
	type span struct{ x0, x1 float64 }
	var spans []span
	for _, l := range lines {
		for _, sg := range l.Segs {
			spans = append(spans, span{sg.X0, sg.X1})
		}
	}
	if len(spans) < 6 {
		return 0, 0, false
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.x0, b.x0) })
	best0, best1 := 0.0, 0.0
	reach := spans[0].x1
	for i := 1; i < len(spans); i++ {
		if gap := spans[i].x0 - reach; gap >= minGutter && gap > best1-best0 && i >= 3 && len(spans)-i >= 3 {
			best0, best1 = reach, spans[i].x0
		}
		reach = math.Max(reach, spans[i].x1)
	}
	return best0, best1, best1 > best0
}

// lineOf is line l with only the segments segs.
func lineOf(l textLine, segs []segment) textLine {
	out := textLine{Y: l.Y, Segs: segs}
	for _, sg := range segs {
		out.Size = math.Max(out.Size, sg.Size)
	}
	return out
}

// leaders are dot leaders between a label and its value: three dots or
// more, or an ellipsis character run.
var leaders = regexp.MustCompile(`\s*(?:\.\s?){3,}\s*|\s*…+\s*`)

func certLines(pages [][]textLine) []certLine {
	var out []certLine
	for p, lines := range pages {
		for _, l := range sideColumns(cutValueColumn(lines)) {
			if leaders.MatchString(l.Text(" ")) {
				// "ASCLS P.A.C.E.® contact hours ........ 1.0 (claimed)": dot
				// leaders join a label to its value, as a colon does.
				l.Segs = slices.Clone(l.Segs)
				for i := range l.Segs {
					l.Segs[i].Text = leaders.ReplaceAllString(l.Segs[i].Text, ": ")
				}
			}
			cl := certLine{page: p, y: l.Y, top: l.Y, size: l.Size, segs: l.Segs, text: collapseSpace(l.Text(" "))}
			if l.Top != 0 {
				cl.top = l.Top
			}
			cl.norm = " " + normLabel(cl.text) + " "
			bold := 0
			for i, s := range l.Segs {
				if s.Bold {
					bold += len(s.Text)
				}
				if i == 0 || s.X0 < cl.x0 {
					cl.x0 = s.X0
				}
				cl.x1 = math.Max(cl.x1, s.X1)
			}
			cl.bold = bold*2 > len(cl.text)
			if cl.text == "" {
				continue
			}
			if n := len(out); n > 0 && out[n-1].page == p {
				cl = cutUnderLabels(out[n-1], cl)
			}
			out = append(out, cl)
		}
	}
	return out
}

// cutUnderLabels cuts the segments of a row of values where a word
// starts at the left edge of a label in the row of labels above that has
// no value of its own: a value set so close beside the next that the two
// read as one segment ("Wendell O. Pruitt, MLS(ASCP) 3B" under "ATTENDEE
// | SESSION NO." beside "March 28, 2025" under "SESSION DATE"). A line
// of one segment (a title across a table) is never cut.
func cutUnderLabels(above, l certLine) certLine {
	if len(above.segs) < 2 || slices.ContainsFunc(above.segs, func(s segment) bool { return !isLabel(s.Text) }) ||
		lineGap(above, l) > 3.2*math.Max(math.Max(above.size, l.size), 1) {
		return l
	}
	// A row of values: two segments at least, each under a label's left
	// edge; the labels with no segment of their own are where to cut.
	under := func(s segment, label segment) bool { return math.Abs(label.X0-s.X0) < 0.5*math.Max(s.Size, 1) }
	if len(l.segs) < 2 {
		return l
	}
	var empty []segment
	for _, label := range above.segs {
		if !slices.ContainsFunc(l.segs, func(s segment) bool { return under(s, label) }) {
			empty = append(empty, label)
		}
	}
	for _, s := range l.segs {
		if !slices.ContainsFunc(above.segs, func(label segment) bool { return under(s, label) }) {
			return l
		}
	}
	var segs []segment
	for _, s := range l.segs {
		segs = append(segs, cutAtEdges(s, empty)...)
	}
	if len(segs) == len(l.segs) {
		return l
	}
	return withSegments(l, segs)
}

// withSegments is line l made of segs instead of its own segments: its
// text, normal form and extent follow them.
func withSegments(l certLine, segs []segment) certLine {
	l.segs = segs
	texts := make([]string, len(segs))
	for k, s := range segs {
		texts[k] = s.Text
		if k == 0 || s.X0 < l.x0 {
			l.x0 = s.X0
		}
		if k == 0 || s.X1 > l.x1 {
			l.x1 = s.X1
		}
	}
	l.text = collapseSpace(strings.Join(texts, " "))
	l.norm = " " + normLabel(l.text) + " "
	return l
}

// cutAtEdges splits segment s at each space after which a word starts
// within half an em of a label's left edge.
func cutAtEdges(s segment, labels []segment) []segment {
	em := math.Max(s.Size, 1)
	g := s.Glyphs
	var parts []segment
	from := 0
	for i := 1; i < len(g); i++ {
		if strings.TrimSpace(g[i].Text) == "" || g[i].X0 < s.X0+em {
			continue
		}
		tol := 0.5 * em
		if strings.TrimSpace(g[i-1].Text) != "" {
			// No space before it: a value run into the next one with no
			// word space ("…, MT(ASCP)SBBFebruary 19, 2025"), cut only
			// where a glyph starts, after a gap, right at the label's edge.
			if g[i].X0-g[i-1].X1 < 0.08*em {
				continue
			}
			tol = 0.15 * em
		}
		if !slices.ContainsFunc(labels, func(l segment) bool { return math.Abs(l.X0-g[i].X0) < tol }) {
			continue
		}
		if part := trimGlyphs(g[from:i]); len(part) > 0 && strings.TrimSpace(pdf.GlyphsText(part)) != "" {
			parts = append(parts, glyphSegment(s, part))
		}
		from = i
	}
	if from == 0 {
		return []segment{s}
	}
	return append(parts, glyphSegment(s, trimGlyphs(g[from:])))
}

// glyphSegment is the part of segment s that glyphs g make up.
func glyphSegment(s segment, g []pdf.Glyph) segment {
	return segment{X0: g[0].X0, X1: g[len(g)-1].X1, Text: collapseSpace(pdf.GlyphsText(g)), Size: s.Size, Bold: s.Bold, Glyphs: g}
}

var (
	// month is every month name celedger.ParseDate reads, English and
	// the other languages of months.txt ("noviembre", "févr").
	month       = `(?:` + celedger.MonthPattern() + `)`
	monthDate   = month + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`
	dayMonth    = `(?:\d{1,2}(?:st|nd|rd|th|er|º)?|(?:the\s+)?(?:twenty[- ]|thirty[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\s+day)(?:\s+day)?(?:\s+of|\s+de)?\s+` + month + `\.?,?(?:\s+de)?\s+\d{4}`
	numericDate = `\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2,4}`
	datePattern = dateRegexp{regexp.MustCompile(`(?i)\b(` + monthDate + `|` + dayMonth + `|` + numericDate + `)\b`)}

	namePattern = regexp.MustCompile(`(?i)\b(?:this (?:is to )?certif(?:y|ies) that|be it known that|we are pleased to confirm that|presented to|awarded to|is hereby awarded to|is presented to|this certificate is awarded to|granted to|recognizes)\s*:?\s+(.+?)\s+(?:has\b|for\b|who\b|successfully\b|attended\b|completed\b|participated\b|in recognition\b|on\b)`)
	// nameBeforeVerb is a name that opens the certifying sentence with no
	// cue before it ("László Varga-Whitman (Employee ID 55102) attended
	// and completed …", "…, Odalys Benítez-Rourke is hereby awarded …",
	// "Augustin M. Delacroix, MLS(ASCP)CM, of Harborside Community
	// Hospital has completed …").
	nameBeforeVerb = regexp.MustCompile(`(?:^|[,.;]\s+)(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|der|del|la|da|di|le)\s+)*\p{Lu}[\p{L}'’.-]*){1,4})(?:,\s*[\p{Lu}()]+[\p{L}()]*)*(?:,?\s+(?:of|from)\s+\p{Lu}[^,.;:]{2,60}?,?)?\s*(?:\([^)]*\)\s*)?(?:is hereby awarded|has successfully|has completed|has attended|attended|completed|participated in|successfully (?:completed|finished))\b`)
	titleQuoted    = regexp.MustCompile(`[“"]([^”"]{3,300})[”"]`)
	titleAfter     = regexp.MustCompile(`(?i)\b(?:has (?:successfully )?completed|successfully completed|completed|for (?:the )?(?:successful )?completion of|for completing|has attended|attended|participated in|has participated in)\s+(?:the\s+)?(?:(?:online |live |continuing education |educational |ce )?(?:program|course|activity|webinar|session|workshop|module|event)s?\b\s*(?:entitled|titled)?\s*:?\s*)?(.+?)\s*(?:\bon\s+(?:` + monthDate + `|` + dayMonth + `|` + numericDate + `)|\bpresented on\b|\bheld\b|\bon\s+\d|,?\s+and (?:is|has been|was) awarded\b|,?\s+and (?:has\s+)?(?:claimed|earned|received|completed|is|was)\b|,?\s+awarded\b|,?\s+for a total of\b|,?\s+earning\b|,?\s+offered by\b|,?\s+provided by\b|,?\s+presented by\b|,?\s+sponsored by\b|\.\s|\.$|$)`)
	datedPhrase    = dateRegexp{regexp.MustCompile(`(?i)\b(?:on|completed|completion|dated|held|presented on)\s*:?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(` + monthDate + `|` + dayMonth + `|` + numericDate + `)`)}
	creditFig      = regexp.MustCompile(`(?i)(\d{1,3}(?:[.,]\d{1,3})?)\s*(\(?\s*(?:(?:IACET|ASCLS|AMT|ASPT|(?-i:[A-Z]{2,6}))\s+)?(?:(?:P\.?\s?A\.?\s?C\.?\s?E\.?|ACCENT)\s?®?\s*)?(?:continuing\s+education\s+)?(?:contact\s+hours?|contact\s+hrs?\.?|CMLE\s+credits?|CMLE|CE\s+credits?|CE\s+hours?|CEUs?|continuing education units?|continuing education hours?|continuing education credits?|credit\s+hours?|credits?|hours?|AMA PRA Category 1 Credits?(?:™|\(s\))?|ACCENT\s*®?\s*credits?|clock\s+hours?)\)?)`)
	otherCredit    = regexp.MustCompile(`(?i)nursing|ancc|\bcne\b|pharmac|acpe|\bcpe\b|dietetic|\bcpeu`)
	labCredit      = regexp.MustCompile(`(?i)p\.?\s?a\.?\s?c\.?\s?e|cmle|accent|laborator|\bcmp\b`)
	providerBy     = regexp.MustCompile(`(?i)\b(?:provided by|presented by|sponsored by|offered by|issued by)\s+(.+?)(?:\s+(?:on|and|for)\s|\s+[–—-]\s|[,;]|$)`)
	webDomain      = regexp.MustCompile(`\b[A-Za-z][A-Za-z0-9-]{1,40}\.(?:com|org|edu|net)\b`)
)

// readCertificate reads the facts of a certificate from its pages' lines
// (the first pages of the document). provider is the provider the
// document's own heading marks ("" if none), the last resort.
func readCertificate(pages [][]textLine, provider string) certificate {
	lines := certLines(pages)
	var c certificate
	// addressee: the name is a letter's inside address, whose next lines
	// are the street and town, never the title.
	addressee := false
	vals, credits, genericDate, gathering := labelledFields(lines)
	text := joinedText(lines)
	found := func(field, value, how string) bool {
		if value != "" {
			c.why = append(c.why, fmt.Sprintf("%s %q: %s", field, value, how))
		}
		return value != ""
	}

	if c.Name = vals[certName]; !found("name", c.Name, "labelled") {
		// The readers of an unlabelled name, surest first; the first that
		// finds one says how. A letter's addressee marks the certificate a
		// letter (addressee).
		readers := []struct {
			how  string
			read func() string
		}{
			{"after its cue (\"This certifies that\")", func() string { return nameByCue(lines) }},
			{"in the certifying sentence", func() string {
				if m := namePattern.FindStringSubmatch(text); m != nil {
					return cleanName(m[1])
				}
				return ""
			}},
			{"the letter's addressee, whom its salutation names", func() string {
				n := letterAddressee(lines)
				addressee = n != ""
				return n
			}},
			{"the letter's addressee, whom its sentence calls \"the individual named above\"", func() string {
				n := nameReferredAbove(lines)
				addressee = n != ""
				return n
			}},
			{"the line above the verb (\"has completed\")", func() string { return nameAboveCue(lines) }},
			{"the line under the heading", func() string { return nameUnderHeading(lines) }},
			{"before the verb of the certifying sentence", func() string { return nameOpeningVerb(lines) }},
			{"the line over the participant's credentials", func() string { return nameOverCredentials(lines) }},
		}
		for _, r := range readers {
			if c.Name = r.read(); found("name", c.Name, r.how) {
				break
			}
		}
	}
	var sessionID string // a session's number where the verb's sentence gives one
	if c.Title = trimQuotes(vals[certTitle]); gathering && c.Title != "" {
		// "MEETING | ASM Microbe 2024" names the meeting; the course is
		// what the verb's sentence names ("attended the pre-meeting
		// workshop" over its title), when it names one.
		if t, _ := titleByCue(lines); t != "" {
			c.Title, c.session = "", true
		}
	}
	if c.Title != "" && titleOverBareLabel(lines, c.Title) {
		// "Public Health | Laboratory | Training" in a sidebar: a logo's
		// words stacked over a bare title word, not a value over its
		// label, when the certifying sentence names the course.
		if t, _ := titleByCue(lines); t != "" {
			c.Title = ""
		}
	}
	if !found("title", c.Title, "labelled") {
		// The readers of an unlabelled title, surest first; the first that
		// finds one says how.
		readers := []struct {
			how  string
			read func() string
		}{
			{"after the verb, past its format words", func() (t string) { t, sessionID = titleByCue(lines); return t }},
			{"the line under the name", func() string {
				if addressee {
					return "" // a letter's addressee is no certificate's name line
				}
				return titleAfterName(lines, c.Name)
			}},
			{"the line under the heading", func() string { return titleUnderHeading(lines, c.Name) }},
			{"in the sentence", func() string { return titleInSentence(lines, text) }},
			{"the line across a table's row, under its labels", func() string { return titleOverRow(lines) }},
			{"the headline over the facts, set larger than the text", func() string { return headlineTitle(lines, c.Name) }},
			{"the lines under a line of format words (\"Virtual Session\")", func() string { return titleUnderFormatLine(lines) }},
			{"the meeting the top line names", func() string { return meetingAtTop(lines) }},
		}
		for _, r := range readers {
			if c.Title = r.read(); found("title", c.Title, r.how) {
				break
			}
		}
	}
	c.Title = formatPrefixCut(c.Title)
	var bracketID string // "… Laboratories (training number BSL3-SEN-26)": the course's number, not its title
	if c.Title, bracketID = idInBrackets(c.Title); bracketID != "" {
		found("title", c.Title, "without the number in brackets after it")
	}
	if sessionID == "" {
		sessionID = bracketID
	}
	c.readDate(vals[certDate], genericDate, lines)
	if t := strings.TrimSpace(vals[certType]); t != "" && len(strings.Fields(t)) <= 5 && !hasDigit(t) {
		c.Type = t
		found("activity type", t, "labelled")
	} else if t := formatType(lines, c.Title); t != "" {
		c.Type = t
		found("activity type", t, "the format the verb's line or a line beside the title prints")
	}
	if c.Title == "" {
		c.Problems = append(c.Problems, certProblem{"Title", fmt.Errorf("%w course title", celedger.ErrMissing)})
	}
	if !c.Date.IsZero() {
		found("date", c.Date.String(), "labelled, or the date the text completes the course on")
	}
	c.creditUnit = vals[certUnit]
	c.readCredits(credits, creditText(lines))
	if len(credits) > 0 {
		c.why = append(c.why, fmt.Sprintf("credit figures labelled: %q", credits))
	}
	if c.HasCredits {
		found("credits", c.Credits.String()+" "+string(c.Unit), "the laboratory figure")
	}
	if c.ActivityID = vals[certID]; c.ActivityID == "" && sessionID != "" {
		c.ActivityID = sessionID
		found("activity ID", c.ActivityID, "the number the verb's sentence gives its session")
	} else if !found("activity ID", c.ActivityID, "labelled") {
		c.ActivityID = idInText(lines)
		found("activity ID", c.ActivityID, "\"Program/Course No. …\" in the text")
	}
	if c.ActivityID != "" && strings.HasSuffix(c.Title, " ("+c.ActivityID+")") {
		// "Activity: 14th Annual Transfusion Medicine Update (2025-TMU-14)":
		// the activity's number after its title, read as the ID already.
		c.Title = strings.TrimSuffix(c.Title, " ("+c.ActivityID+")")
		found("title", c.Title, "without the activity's number after it")
	}
	var how string
	c.Provider, how = providerOf(lines, vals[certProvider], provider)
	found("provider", c.Provider, how)
	return c
}

// prose is the certificate's text without the rows of its tables (lines
// in three or more segments) and its rows of labels: the sentences a verb
// can lead to a title in ("Day | Session attended | Contact hours" and
// "Participant | Dates Attended" hold no verb).
func prose(lines []certLine) string {
	parts := make([]string, 0, len(lines))
	for i, l := range lines {
		if len(l.segs) < 3 && !strings.Contains(l.text, " › ") && !labelRow(lines, i) { // (nor a page's path: "My Learning › Completed › …")
			parts = append(parts, l.text)
		}
	}
	return collapseSpace(strings.Join(parts, " "))
}

// joinedText is the certificate's text, its lines joined by spaces.
func joinedText(lines []certLine) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = l.text
	}
	return collapseSpace(strings.Join(parts, " "))
}

// phraseAt finds phrase (normalised words) in text as whole words,
// whatever punctuation separates them, and returns where it starts and
// ends; -1 when absent.
func phraseAt(text, phrase string) (int, int) {
	if !containsPhrase(text, phrase) {
		return -1, -1
	}
	re := phraseRegexp(phrase)
	if loc := re.FindStringIndex(text); loc != nil {
		return loc[0], loc[1]
	}
	return -1, -1
}

// containsPhrase is a quick test before the regular expression: the
// phrase's words in the text's normalised words.
func containsPhrase(text, phrase string) bool {
	return strings.Contains(" "+normLabel(text)+" ", " "+phrase+" ")
}

var phraseRegexps sync.Map

func phraseRegexp(phrase string) *regexp.Regexp {
	if re, ok := phraseRegexps.Load(phrase); ok {
		return re.(*regexp.Regexp)
	}
	words := strings.Fields(phrase)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	re := regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(` + strings.Join(words, `[^\pL\pN]+`) + `)(?:[^\pL\pN]|$)`)
	phraseRegexps.Store(phrase, re)
	return re
}

// hasPhrase reports whether norm (normalised, a space at each end) holds
// phrase as whole words, without building " "+phrase+" ".
func hasPhrase(norm, phrase string) bool {
	for from := 0; ; {
		k := strings.Index(norm[from:], phrase)
		if k < 0 {
			return false
		}
		k += from
		if k > 0 && norm[k-1] == ' ' && k+len(phrase) < len(norm) && norm[k+len(phrase)] == ' ' {
			return true
		}
		from = k + 1
	}
}

// cueIn returns the first of cues found in text, and the text after it.
func cueIn(text string, cues []string) (string, string, bool) {
	best, bestAt, bestEnd := "", -1, 0
	norm := " " + normLabel(text) + " "
	for _, cue := range cues {
		if !hasPhrase(norm, cue) {
			continue
		}
		re := phraseRegexp(cue)
		if m := re.FindStringSubmatchIndex(text); m != nil && (bestAt < 0 || m[2] < bestAt) {
			best, bestAt, bestEnd = cue, m[2], m[3]
		}
	}
	if bestAt < 0 {
		return "", "", false
	}
	return best, strings.TrimSpace(strings.TrimLeft(text[bestEnd:], ":,")), true
}

// nameByCue reads the participant from the name cue: the rest of the
// cue's line, or the line after it.
func nameByCue(lines []certLine) string {
	v := vocab()
	for i, l := range lines {
		cue, rest, ok := cueIn(l.text, v.nameCues)
		if !ok {
			continue
		}
		if _, _, verb := cueIn(rest, v.titleCues); rest != "" && !verb && i+1 < len(lines) && wrapsOnto(l, lines[i+1]) {
			// "… hereby certifies that Shanice T." / "Worthington, MT(AMT),
			// completed …": the sentence, and the name in it, go on to
			// the verb.
			if n := nameToVerb(joinWrapped(rest, lines[i+1].text)); n != "" {
				return n
			}
		}
		if titleCue, _, also := cueIn(l.text, v.titleCues); also && strings.Contains(titleCue, cue) {
			continue // "in recognition of the successful completion of": the title's cue
		}
		if occasion(rest) || strings.HasPrefix(rest, "/") {
			rest = "" // "In appreciation of your participation in our winter webinar", "Awarded to / Otorgado a": the name follows
		}
		if rest != "" {
			// "This certifies that Jane Doe has completed …"
			if _, _, isTitle := cueIn(rest, v.titleCues); isTitle {
				if m := namePattern.FindStringSubmatch(l.text); m != nil {
					if n := cleanName(m[1]); n != "" {
						return n
					}
				}
				if n := nameToVerb(rest); n != "" {
					return n // "…, certifies that Patrick O'Donnell, MLT(ASCP), attended “Body"
				}
				continue
			}
			if n := cleanName(rest); n != "" {
				return n
			}
			continue
		}
		next := i + 1
		if next+1 < len(lines) && smallPrint(lines[next], lines[next+1]) {
			next++ // the "CM" of "MLS(ASCP)CM" set as a superscript above the name
		}
		if next < len(lines) && lines[next].page == l.page {
			if n := cleanName(lines[next].text); n != "" && !labelled(lines[next].text) {
				return n
			}
		}
	}
	return ""
}

// nameToVerb is the name that text opens with, up to the verb of the
// certifying sentence (a title cue: "Patrick O'Donnell, MLT(ASCP), attended
// “Body …"), or "".
func nameToVerb(text string) string {
	cue, _, ok := cueIn(text, vocab().titleCues)
	if !ok {
		return ""
	}
	if at, _ := phraseAt(text, cue); at > 0 {
		return cleanName(text[:at])
	}
	return ""
}

// lastWord is the last word of a text, normalised.
func lastWord(t string) string {
	w := strings.Fields(normLabel(t))
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// endsSentence reports whether the words after a title's "and" carry the
// sentence's award ("is awarded", "has earned"): the title ends before
// them.
func endsSentence(tail string) bool {
	w := strings.Fields(strings.ToLower(tail))
	return len(w) > 0 && (w[0] == "is" || w[0] == "has" || w[0] == "was" || w[0] == "earned" || w[0] == "received" || w[0] == "awarded")
}

// occasion reports whether the rest of a name cue's line names the
// occasion, not the person: a preposition and format words ("in our
// winter webinar", "at the spring symposium").
func occasion(rest string) bool {
	words := strings.Fields(rest)
	if len(words) < 2 || words[0] != "in" && words[0] != "at" {
		return false
	}
	return formatOnly(strings.Join(words[1:], " "))
}

// smallPrint reports whether line a is a fragment in small print over
// line b: a few characters at under two thirds of b's size, or raised
// less than b's x-height above it (a superscript).
func smallPrint(a, b certLine) bool {
	return len(a.text) <= 4 && (a.size < 0.67*b.size || a.y-b.y < 0.6*b.size) && a.page == b.page
}

// nameAboveCue is the participant a certificate prints with no cue: the
// line just above the one that says what they did ("has completed"),
// under the heading.
func nameAboveCue(lines []certLine) string {
	v := vocab()
	for i := 1; i < len(lines); i++ {
		if _, _, ok := cueIn(lines[i].text, v.titleCues); !ok || lines[i-1].page != lines[i].page {
			continue
		}
		if _, rest, ok := labelAt(lines[i].text); ok && rest != "" || len(lines[i].segs) > 1 && rowOfLabels(lines[i]) {
			continue // not the verb's line: "Date Completed 07/30/2025" is a label's, "Event | Completed | …" a row of labels
		}
		if _, rest, _ := cueIn(lines[i].text, v.titleCues); cleanName(strings.TrimSuffix(lines[i].text, rest)) != "" {
			continue // "Hye-Jin Park has completed …": the name is on the verb's line
		}
		k := i - 1
		for k > 0 && k >= i-2 && labelled(lines[k].text) && lines[k-1].page == lines[i].page {
			k-- // "Employee ID 0052917" set between the name and the verb
		}
		prev := lines[k]
		if len(lines[i].segs) == 1 && (len(prev.segs) > 1 || !overlaps(prev, lines[i])) {
			// A panel beside the text ("1.0 contact hour | 4471-0923"):
			// the line above the verb in its own column.
			if k2, s := columnNeighbour(lines, i, lines[i].segs[0], -1); k2 >= 0 && !labelled(s.Text) {
				if n := cleanName(s.Text); n != "" && len(strings.Fields(n)) >= 2 {
					return n
				}
			}
		}
		if strings.HasPrefix(strings.ToLower(prev.text), "certificate") || labelled(prev.text) {
			continue
		}
		if n := cleanName(prev.text); n != "" && len(strings.Fields(n)) >= 2 {
			return n
		}
	}
	return ""
}

// overlaps reports whether two lines share some horizontal extent.
func overlaps(a, b certLine) bool { return a.x0 < b.x1 && b.x0 < a.x1 }

// certificateHeading reports whether a line is the certificate's
// heading: a few words that hold "certificate" ("CMLE Certificate of
// Completion"), or begin or end as the [heading-start] and [heading-end]
// phrases of certificate_words.txt ("Statement of Credit", "Training
// Record", "CE Credit Card").
func certificateHeading(t string) bool {
	for _, sep := range []string{" – ", " — ", " - ", " | ", " · "} {
		if strings.Contains(t, sep) {
			// "LABORATORY IN-SERVICE EDUCATION – CERTIFICATE OF
			// ATTENDANCE": a heading after a programme's name.
			for _, part := range strings.Split(t, sep) {
				if certificateHeading(part) {
					return true
				}
			}
			return false
		}
	}
	n := normLabel(t)
	words := strings.Fields(n)
	if len(words) == 0 || len(words) > 6 || strings.HasSuffix(strings.TrimSpace(t), ",") {
		return false // "certificate follows this letter. …": a sentence
	}
	v := vocab()
	n = " " + n + " "
	for _, p := range v.headingNots {
		if strings.Contains(n, " "+p+" ") {
			return false
		}
	}
	if strings.Contains(n, " certificate ") && len(words) <= 5 {
		return true
	}
	for _, p := range v.headingStarts {
		if strings.HasPrefix(n, " "+p+" ") {
			return true
		}
	}
	for _, p := range v.headingEnds {
		if strings.HasSuffix(n, " "+p+" ") {
			return true
		}
	}
	return false
}

// headingLine reports whether a line is, or holds as one of its
// segments, the certificate's heading ("Bayou Crescent Medical Center |
// TRANSCRIPT – COURSE DETAIL").
func headingLine(l certLine) bool {
	if certificateHeading(l.text) {
		return true
	}
	return len(l.segs) > 1 && slices.ContainsFunc(l.segs, func(s segment) bool { return certificateHeading(s.Text) })
}

// institutionName reports whether text is a whole institution's name:
// two words or more, no comma, ending in a word that names a kind of
// institution ("Riverbend Valley Medical Center", not "Health" nor
// "Health Public Health Laboratory", which may be a unit's own).
func institutionName(text string) bool {
	words := strings.Fields(normLabel(text))
	if len(words) < 2 || strings.Contains(text, ",") {
		return false
	}
	switch words[len(words)-1] {
	case "center", "centre", "hospital", "hospitals", "university", "college", "clinic", "institute":
		return plausibleProvider(text)
	}
	return false
}

// namesOrganisation reports whether text holds a word of the vocabulary's
// [organisation] ("Hospital", "Society", "Inc.").
func namesOrganisation(text string) bool {
	v := vocab()
	return slices.ContainsFunc(strings.Fields(normLabel(text)), func(w string) bool { return v.organisation[w] })
}

// headingGoesOn reports whether line t is the rest of the heading above
// it: a line in small letters that the heading reads on into
// ("CERTIFICATE" over "of course completion").
func headingGoesOn(heading, t string) bool {
	return lowercaseStart(t) && certificateHeading(heading+" "+t)
}

// nameUnderHeading is the participant a certificate prints with no cue
// and no verb: the first line under the "Certificate of …" heading that
// reads as a person's name (not an organisation's).
func nameUnderHeading(lines []certLine) string {
	for i, l := range lines {
		if !headingLine(l) {
			continue
		}
		for k := i + 1; k < len(lines) && k <= i+3 && lines[k].page == l.page; k++ {
			t := lines[k].text
			if namesOrganisation(t) || labelled(t) || headingGoesOn(l.text, t) {
				continue // ("CERTIFICATE" over "of course completion": the heading's own second line)
			}
			if n := cleanName(t); n != "" && len(strings.Fields(n)) >= 2 && len(strings.Fields(n)) <= 6 {
				return n
			}
			break
		}
		break
	}
	return ""
}

// nameOpeningVerb is the name that opens the certifying sentence before
// its verb, on one line, or a line that opens with the name with the verb
// on the next (never the end of one line and the start of the next:
// "…, Kansas" / "Hye-Jin Park has …"); "" when none does.
func nameOpeningVerb(lines []certLine) string {
	for k, l := range lines {
		m := nameBeforeVerb.FindStringSubmatch(l.text)
		if m == nil && k+1 < len(lines) && !formatOnly(l.text) && nameBeforeVerb.FindStringSubmatch(lines[k+1].text) == nil {
			// (Not "SELF-STUDY" over "Bartholomew R. Kincaid has
			// completed …": the next line holds the name itself.)
			two := l.text + " " + lines[k+1].text
			if loc := nameBeforeVerb.FindStringSubmatchIndex(two); loc != nil && loc[2] == 0 {
				m = []string{"", two[loc[2]:loc[3]]}
			}
		}
		if m != nil {
			if n := cleanName(m[1]); n != "" {
				return n
			}
		}
	}
	return ""
}

// nameOverCredentials is the participant of a card that prints no cue,
// no verb and no heading: the line that reads as a person's name set
// directly over a line that opens with credentials ("KATHLEEN
// O'SHAUGHNESSY-REYES" over "RPT(AMT)  Member # 30-118842"); "" when
// none is.
func nameOverCredentials(lines []certLine) string {
	for k := 0; k+1 < len(lines); k++ {
		l, next := lines[k], lines[k+1]
		if l.page != next.page || len(l.segs) > 1 || labelled(l.text) || namesOrganisation(l.text) ||
			l.y-next.y > 2*math.Max(l.size, next.size) || !credentialsOnly(next.segs[0].Text) {
			continue
		}
		if n := cleanName(l.text); len(strings.Fields(n)) >= 2 && len(strings.Fields(n)) <= 6 {
			return n
		}
	}
	return ""
}

// nameReferredAbove is the participant of a letter whose certifying
// sentence refers to a name printed above it ("This letter certifies that
// the individual named above participated in …", a phrase of
// [name-above]): the first line from the top of its page, above that
// sentence, that reads as a person's name (the inside address under the
// date: "Desmond A. Okafor Jr., MT(ASCP)SBB"); "" when no sentence
// refers so.
func nameReferredAbove(lines []certLine) string {
	v := vocab()
	for i, l := range lines {
		if !slices.ContainsFunc(v.nameAbove, func(p string) bool { return hasPhrase(l.norm, p) }) {
			continue
		}
		if _, _, verb := cueIn(l.text, v.titleCues); !verb {
			continue // "This certificate is valid only for the person named above.": no certifying sentence
		}
		for k := 0; k < i; k++ {
			t := lines[k].text
			if lines[k].page != l.page || len(lines[k].segs) > 1 || labelled(t) || namesOrganisation(t) || certificateHeading(t) {
				continue
			}
			if n := cleanName(t); nameLike(n) {
				return n
			}
		}
		return ""
	}
	return ""
}

// titleInSentence is the title the certifying sentence names after its
// verb in the page's prose ("… has completed Lab Safety 101 on …"), or a
// title in quotes anywhere; "" when the sentence names none ("sessions
// listed above", "9 P.A.C.E.® contact hours earned …").
func titleInSentence(lines []certLine, text string) string {
	if m := titleAfter.FindStringSubmatch(prose(lines)); m != nil {
		t := strings.Trim(m[1], " ,:")
		if q := titleQuoted.FindStringSubmatch(t); q != nil {
			t = q[1]
		}
		if t = trimQuotes(stripFormat(t)); lowercaseStart(t) || creditStatement(t) || holdsStatement(t) {
			return "" // (a caption's "Sessions attended" over a table, then the accreditation statement: no title)
		}
		return t
	}
	if m := titleQuoted.FindStringSubmatch(text); m != nil {
		return quotedTitle(m[1])
	}
	return ""
}

// titleUnderFormatLine is the course a letter sets under a line of
// format words of its own ("Virtual Session" over "Hemoglobin Variants
// and HbA1c Interference: …" / "to Know"), its sentence naming no title;
// "" when no such line is followed by a title-like line.
func titleUnderFormatLine(lines []certLine) string {
	for k := 0; k+1 < len(lines); k++ {
		l, next := lines[k], lines[k+1]
		if len(l.segs) != 1 || !formatOnly(l.text) || len(strings.Fields(l.text)) > 4 || next.page != l.page ||
			len(next.segs) != 1 || !titleLike(next) || labelled(next.text) || l.y-next.y > 2.5*math.Max(next.size, 1) {
			continue
		}
		return titleLines(lines, k+1)
	}
	return ""
}

// datelineOfLetter reports whether line i is a letter's dateline: a date
// alone on its line, with a salutation ("Dear Mr. Okafor,", "To whom it
// may concern:") within the next six lines.
func datelineOfLetter(lines []certLine, i int) bool {
	t := strings.TrimSpace(lines[i].text)
	if len(lines[i].segs) != 1 || !startsWithDate(t) || firstDate(t) != t {
		return false
	}
	for k := i + 1; k < len(lines) && k <= i+6 && lines[k].page == lines[i].page; k++ {
		g := strings.ToLower(strings.TrimSpace(lines[k].text))
		if salutation.MatchString(strings.TrimSpace(lines[k].text)) || strings.HasPrefix(g, "to whom it may concern") {
			return true
		}
	}
	return false
}

// salutation is a letter's greeting and the name it gives ("Dear Ms.
// Bennett:", "Dear Mr. Abernathy,").
var salutation = regexp.MustCompile(`^(?i:dear)\s+(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof)\.?\s+|Miss\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*[:,]?$`)

// letterAddressee is the participant of a certificate written as a
// letter: the line of the inside address above the salutation that holds
// the name the salutation gives ("Ms. Aaliyah R. Bennett, MLT(ASCP)" over
// "Dear Ms. Bennett:"), else the salutation's own name when it gives a
// whole one with no honorific ("Dear Margarethe Duval,"); "" when the page
// has no salutation.
func letterAddressee(lines []certLine) string {
	for i, l := range lines {
		m := salutation.FindStringSubmatch(strings.TrimSpace(l.text))
		if m == nil {
			continue
		}
		words := strings.Fields(m[1])
		family := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
		for k := i - 1; k >= 0 && k >= i-10 && lines[k].page == l.page; k-- {
			name := cleanName(lines[k].text)
			for _, w := range strings.Fields(strings.ToLower(name)) {
				if strings.Trim(w, ".,") == family {
					return name
				}
			}
		}
		if len(words) >= 2 && strings.EqualFold(strings.Fields(l.text)[1], words[0]) {
			return cleanName(m[1]) // "Dear Margarethe Duval,": the whole name, no inside address above
		}
		return ""
	}
	return ""
}

// credentialSuffix is what follows a name: ", MLS(ASCP)CM", ", PhD, RN".
var credentialSuffix = regexp.MustCompile(`(?:,\s*(?:[A-Z][A-Za-z]*\([A-Z]+\)[A-Z]*(?:\s+[A-Z]{2,4}\b)*|[A-Z][A-Za-z.]*[A-Z][A-Za-z.()]*))+\s*$`)

// certifiedCredential is a credential with its certifying body after a
// comma (", MLS(ASCP)CM", ", RPT (AMT)"): what follows is not the name.
var certifiedCredential = regexp.MustCompile(`,\s*[A-Z][A-Za-z]*\s*\((?:ASCPi?|AMT|AAB|NCA|ABB)\)`)

// abbreviatedName reports whether a name's last word keeps its full stop:
// a generational suffix ("Jr.", "Sr.") or an initial ("J.").
func abbreviatedName(w string) bool {
	switch strings.ToLower(strings.TrimLeft(w, ",")) {
	case "jr.", "sr.":
		return true
	}
	r := []rune(w)
	return len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.'
}

// professionWord ends a job title written out after a name.
var professionWord = regexp.MustCompile(`(?i)\b(?:scientist|technologist|technician|phlebotomist|histotechnician|histotechnologist|cytotechnologist|assistant|specialist|supervisor|manager|director|pathologist|nurse|student|educator|coordinator)s?\b`)

// cleanName returns a participant's name without the credentials
// printed after it, or "" when the text is not a name.
func cleanName(s string) string {
	s = strings.Trim(collapseSpace(numberAside.ReplaceAllString(s, "")), " ,:") // "… (Employee No. 55310),": the person's number, not the name
	for _, h := range []string{"Dr. ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Mx. ", "Miss ", "Prof. "} {
		if len(s) > len(h) && strings.EqualFold(s[:len(h)], h) {
			s = s[len(h):] // an honorific is not part of the name a roster knows ("DR. AUGUSTINE …" too)
		}
	}
	if f := strings.Fields(s); len(f) > 0 && !abbreviatedName(f[len(f)-1]) {
		s = strings.TrimRight(s, ".")
	}
	if loc := certifiedCredential.FindStringIndex(s); loc != nil && loc[0] > 0 && (!hasDigit(s[loc[0]:]) || strings.HasPrefix(strings.TrimLeftFunc(s[loc[1]:], unicode.IsUpper), ", ")) {
		s = s[:loc[0]] // "Josephine A. Varga, MLS(ASCP)CM, Core Laboratory (Night Shift)", "…, MLS(ASCP)CM, KVMLS member no. 2291,": the name ends at the credential
	}
	s = strings.TrimSpace(credentialSuffix.ReplaceAllString(s, ""))
	if name, role, ok := strings.Cut(s, ", "); ok && professionWord.MatchString(role) {
		s = name // "Nadia F. Haddad, Medical Laboratory Scientist": the name, not the job
	}
	if s == "" || strings.ContainsAny(s, "0123456789@:·|•") || len(strings.Fields(s)) > 8 || len(s) > 80 || isLabel(s) {
		return ""
	}
	v := vocab()
	if _, _, cue := cueIn(s, v.titleCues); cue {
		return ""
	}
	if _, _, cue := cueIn(s, v.nameCues); cue {
		return ""
	}
	lower := strings.ToLower(s)
	if strings.Contains(lower, "certificate") || strings.HasPrefix(lower, "has ") || strings.HasPrefix(lower, "for ") || strings.HasPrefix(lower, "dear ") || lowercaseStart(s) {
		return "" // "participation by": a name starts with a capital
	}
	for _, w := range strings.Fields(s)[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameParticles[strings.ToLower(w)] {
			return "" // "Session attendance verified for": a phrase; a name's words are capitalised but its particles
		}
	}
	return s
}

// nameParticles are the words a name may hold in small letters ("Ludwig
// van Beethoven", "María de la Cruz").
var nameParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "del": true, "della": true, "la": true, "le": true,
	"da": true, "di": true, "du": true, "dos": true, "das": true, "do": true, "bin": true, "ibn": true, "al": true, "el": true, "y": true, "e": true, "ten": true, "ter": true, "i": true, "zu": true, "af": true}

// announcesBelow reports whether the rest of a verb's line announces the
// course rather than naming it: "the following AABB education activity."
// (not "the following course: Lab Safety 101", which names it after the
// colon).
func announcesBelow(rest string) bool {
	l := strings.TrimRight(strings.ToLower(rest), ". ")
	if strings.HasSuffix(l, " listed below") || strings.HasSuffix(l, " named below") || strings.HasSuffix(l, " shown below") {
		return true // "the AMT STEPS online activity listed below."
	}
	after, ok := strings.CutPrefix(l, "the following ")
	if !ok {
		return false
	}
	_, named, colon := strings.Cut(after, ":")
	return !colon || strings.TrimSpace(named) == ""
}

// titleByCue reads the title after the title cue. What follows the verb
// on its own line is the course's format when its words are format words
// (or when the next line starts the title): the title is then the next
// lines. Otherwise the title is the rest of the cue's line, up to where
// the sentence goes on to the date or the credits.
func titleByCue(lines []certLine) (title, id string) {
	v := vocab()
	heading := mainHeading(lines)
	for i, l := range lines {
		_, rest, ok := cueIn(l.text, v.titleCues)
		if !ok || labelled(l.text) || rowOfLabels(l) || slices.ContainsFunc(l.segs, func(s segment) bool {
			_, _, cue := cueIn(s.Text, v.titleCues)
			return cue && labelled(s.Text)
		}) {
			continue // "Date Completed: …", "Minutes attended | 57", "… | Date attended (live broadcast): …" hold the verb's word, not the verb
		}
		if heading > 0 && i < heading && l.page == lines[heading].page && l.size < lines[heading].size {
			continue // a letter above the certificate ("… completing the evaluation. Your certificate …")
		}
		if afterAccreditation(lines, i, strings.TrimSuffix(l.text, rest)) {
			continue // "… by the ASCLS P.A.C.E.® Program. One contact hour is awarded for attendance at …": a condition of credit
		}
		for n := 0; n < 3; n++ {
			// "has earned 1.0 P.A.C.E.® contact hour for completing": the
			// last verb leads to the title.
			if _, after, again := cueIn(rest, v.titleCues); again && creditStatement(strings.TrimSuffix(rest, after)) {
				rest = after
				continue
			}
			break
		}
		if loc := datePattern.FindStringIndex(rest); loc != nil && loc[0] == 0 {
			continue // "· Completed July 8, 2025 ·": the date's label, not the verb
		}
		if rest != "" && !containsLetters(rest) {
			continue // "Sessions attended | 9": a label and its number
		}
		if head, _, ok := strings.Cut(rest, " / "); ok && formatOnly(head) {
			rest = "" // "attended the session / a assisté à la séance": the same words in another language, then the title
		}
		if head, _, ok := strings.Cut(rest, " and "); ok && eventOnly(head) {
			// "attended the summit and claimed the following hours:": the
			// event is named above, in the block that holds its noun.
			if named := eventNamedAbove(lines, i, head); named != "" {
				return named, id
			}
		}
		if head, tail, ok := strings.Cut(rest, " and "); ok && formatOnly(head) && !formatOnly(rest) && !v.events[lastWord(head)] && !endsSentence(tail) {
			rest = "" // "completed the course and passed the post-test with a score of 90%": the title follows
		}
		if q := titleQuoted.FindStringSubmatch(rest); q != nil {
			if before := rest[:strings.Index(rest, q[0])]; strings.TrimSpace(before) == "" || formatOnly(before) {
				return quotedTitle(q[1]), id // the title, quoted: not a quote inside a longer title
			}
		}
		if k := strings.IndexAny(rest, "“\""); k >= 0 && !strings.ContainsAny(rest[k+1:], "”\"") && (k == 0 || formatOnly(rest[:k])) {
			// A quoted title that wraps, after the format words
			// ("educational session “Lean Six Sigma …"): up to the
			// closing quote.
			t := strings.TrimLeft(rest[k:], "“\"")
			for k := i + 1; k < len(lines) && k <= i+3; k++ {
				if j := strings.IndexAny(lines[k].text, "”\""); j >= 0 {
					return quotedTitle(collapseSpace(t + " " + lines[k].text[:j])), id
				}
				t += " " + lines[k].text
			}
		}
		next := i + 1
		if rest != "" && !strings.HasSuffix(rest, ":") && next+1 < len(lines) && wrapsOnto(l, lines[next]) && strings.HasSuffix(lines[next].text, ":") {
			// "has completed the following course and earned … (CMLE)" /
			// "credit:": the sentence ends in the colon; the title follows.
			rest, next = joinWrapped(rest, lines[next].text), next+1
		}
		if rest != "" && !formatOnly(rest) && next < len(lines) && lines[next].page == l.page && formatPhrase(rest+" "+lines[next].text) {
			// "the post-test for" / "the eCast": the format runs onto the next line.
			rest, next = "", next+1
		}
		if strings.HasSuffix(strings.TrimSpace(rest), ":") && next < len(lines) && lines[next].page == l.page && (titleLike(lines[next]) || numberLine(lines[next].text)) &&
			(!similarLines(l, lines[next]) && !runsOnto(l, lines[next]) || lowercaseStart(rest) && blockBreak(lines, i, next)) {
			// "participated in Pathology Grand Rounds:": the series; its
			// session's title follows. "the following session at the
			// 2025 … Meeting, Chicago, Illinois:": the sentence announces it.
			rest = ""
		}
		if code := sessionCode(rest); code != "" && next < len(lines) && lines[next].page == l.page && titleLike(lines[next]) {
			// "attended workshop W-114 on September 13, 2025": the
			// session's number; its title is on the next line.
			if id == "" {
				id = code
			}
			rest = ""
		}
		if next < len(lines) && (endsOpen(rest) || endsInFormat(rest) && !(strings.HasSuffix(rest, ":") && runsOnto(l, lines[next]))) && lines[next].page == l.page && titleLike(lines[next]) {
			// "… the requirements for" / "… the six-week non-credit
			// course": the verb's line names the format, the title is on
			// the next line; but a series before a colon wrapping in the
			// sentence ("… webinar Laboratory Director Education Series:" /
			// "Proficiency Testing Failures …") is the title's first part.
			rest = ""
		}
		if announcesBelow(rest) && next < len(lines) {
			// "participating in the following AABB education activity.
			// This letter confirms …" / "completion.": the sentence
			// announces the course; it is under the paragraph.
			for next < len(lines) && wrapsOnto(lines[next-1], lines[next]) {
				next++
			}
			for next+1 < len(lines) && lines[next+1].page == l.page && len(lines[next+1].segs) == 1 && isLabel(lines[next+1].text) {
				if k, _, _ := labelAt(lines[next+1].text); k == certTitle {
					break
				}
				next += 2 // "Rosalind Achterberg" over "Participant": another field's value over its label, then the course
			}
			rest = ""
		}
		if rest == "" || formatOnly(rest) {
			// The format on its own line under the verb ("the eCast", or
			// "participated in the live" / "eCast"), or
			// the credits and a preposition ("0.3 Continuing Education
			// Units" / "in"), then the title.
			for next < len(lines) && next <= i+3 && lines[next].page == l.page &&
				(formatPhrase(lines[next].text) && !datedNext(lines, next) || creditStatement(lines[next].text) || cueLike(lines[next].text) && lines[next].size <= 1.1*l.size ||
					overTitle(lines, next) || numberLine(lines[next].text) || eventOnly(lines[next].text) && titleUnder(lines, next)) { // (a title's first line set larger may end "… in the")
				next++
			}
		}
		nextTitle := next < len(lines) && lines[next].page == l.page && titleLike(lines[next]) &&
			!(len(lines[next].segs) > 1 && rowOfLabels(lines[next])) // (never a table's header: "Day | Time | Session | Hours | Attended")
		if rest == "" || formatOnly(rest) && nextTitle {
			if nextTitle {
				if t, ok := quotedAcross(lines, next); ok {
					return t, id // "educational session “Lean Six Sigma …" / "… FTEs” (Session No. 412)"
				}
				t := titleLines(lines, next)
				for _, article := range []string{"the ", "a ", "an "} {
					t = strings.TrimPrefix(t, article) // "attended" / "the Great Lakes … Symposium": the sentence's article
				}
				if courseStep(endOfTitle(t)) {
					continue // "… and completed" / "the evaluation on March 17, 2025."
				}
				return brandFormatCut(titleRunsOn(lines, next, t)), id
			}
			continue
		}
		t := endOfTitle(rest)
		if courseStep(t) {
			continue // "… and completed the evaluation on March 17, 2025": a step after the course, not the course
		}
		for k := next; t == strings.Trim(rest, " ,:;") && k < len(lines) && k <= next+2 && lines[k].page == l.page &&
			!labelled(lines[k].text) && !startsSentence(lines[k].text) && similarLines(l, lines[k]) && !factsLine(lines[k].text); k++ {
			// The sentence's title wraps onto the next lines.
			rest = joinWrapped(rest, lines[k].text)
			t = endOfTitle(rest)
		}
		if formatOnly(t) {
			// "attended the symposium and is awarded …": the event is
			// named above, in the block that holds its noun.
			if named := eventNamedAbove(lines, i, t); named != "" {
				return named, id
			}
		}
		if t = trimQuotes(stripFormat(t)); t != "" && !lowercaseStart(t) {
			return t, id
		}
	}
	return "", id
}

// courseStep reports whether t, after its article, is a step that follows
// a course (its evaluation, post-test, attestation) of [course-step].
func courseStep(t string) bool {
	f := strings.Fields(normLabel(t))
	if len(f) > 0 && formatLinking[f[0]] {
		f = f[1:]
	}
	return len(f) > 0 && vocab().courseSteps[strings.Join(f, " ")]
}

// brandFormatCut drops a provider's brand and format words set before a
// title in a sentence ("MediaLab online course Quality Control
// Orientation: …"): a word in capitals or with a capital inside, then
// format words; a title that only begins with a brand ("AABB Standards
// Update") is kept.
func brandFormatCut(t string) string {
	words := strings.Fields(t)
	if len(words) < 3 {
		return t
	}
	w, next := strings.Trim(words[0], ".,"), words[1]
	if len(w) < 2 || strings.Contains(w, "-") || !(acronymOnly(w) || unicode.IsUpper(rune(w[0])) && strings.IndexFunc(w[1:], unicode.IsUpper) >= 0) {
		return t
	}
	if next != strings.ToLower(next) || !containsLetters(next) || formatLinking[next] || !formatOnly(next) {
		return t // the brand's format words follow in small letters ("MediaLab online course …")
	}
	rest := strings.Join(words[1:], " ")
	if cut := stripFormat(rest); cut != rest && cut != "" {
		return cut
	}
	return t
}

// titleRunsOn is title t, read from the lines from next on, with the
// words of the line after it up to the sentence's date when the title
// wraps there in a letter's prose ("… Charts and Westgard" / "Rules on
// January 27, 2025, and earned …"): at most four words, the first
// capitalised (not "completed on May 9th"), before "on" and a date.
func titleRunsOn(lines []certLine, next int, t string) string {
	k := next
	for k < len(lines) && lines[k].page == lines[next].page && strings.Contains(t, lines[k].text) {
		k++
	}
	if k == next || k >= len(lines) || lines[k].page != lines[next].page {
		return t
	}
	l := lines[k]
	if !runsOnto(lines[k-1], l) {
		return t
	}
	loc := datePattern.FindStringIndex(l.text)
	if loc == nil {
		return t
	}
	before := strings.Fields(l.text[:loc[0]])
	if n := len(before); n >= 2 && n <= 5 && strings.EqualFold(before[n-1], "on") && capitalised(before[0]) {
		return t + " " + strings.Join(before[:n-1], " ")
	}
	return t
}

// titleOverBareLabel reports whether title was read as the value over a
// bare title word (no colon: "Training", "Course") in its column, one or
// two lines above it.
func titleOverBareLabel(lines []certLine, title string) bool {
	for k, l := range lines {
		for _, sg := range l.segs {
			kind, rest, ok := labelAt(sg.Text)
			if !ok || kind != certTitle || rest != "" || strings.Contains(sg.Text, ":") {
				continue
			}
			for up := k - 1; up >= 0 && up >= k-2 && lines[up].page == l.page; up-- {
				for _, a := range lines[up].segs {
					if a.X1 > sg.X0 && a.X0 < sg.X1 && strings.Contains(title, strings.TrimSpace(a.Text)) {
						return true
					}
				}
			}
		}
	}
	return false
}

// datedNext reports whether the line after line k prints a date or a
// meeting's days ("Macon, Georgia · April 10–11, 2025"): line k, though
// made of format words ("2025 Spring Meeting & Seminar"), names the
// meeting, for no title comes between it and its dates.
func datedNext(lines []certLine, k int) bool {
	if k+1 >= len(lines) || lines[k+1].page != lines[k].page {
		return false
	}
	t := lines[k+1].text
	return firstDate(t) != "" || dateRange.MatchString(t)
}

// blockBreak reports whether line next starts a new block after the
// sentence that begins on line i and runs to line next-1: the gap over it
// is wider than the sentence's own line pitch (1.7 em for one line).
func blockBreak(lines []certLine, i, next int) bool {
	p := lines[next-1]
	if p.page != lines[next].page {
		return true
	}
	pitch := 1.7 * math.Max(p.size, 1)
	if next-1 > i {
		pitch = lines[i].y - lines[i+1].y
	}
	return p.y-lines[next].y > 1.4*pitch
}

// afterAccreditation reports whether the verb on line i (before is the
// line's text up to the verb) follows an accreditation phrase in its
// paragraph: the statement's own sentences, never the certifying one.
func afterAccreditation(lines []certLine, i int, before string) bool {
	text := before
	for k := i; k > 0 && wrapsOnto(lines[k-1], lines[k]); k-- {
		text = lines[k-1].text + " " + text
	}
	return holdsStatement(text)
}

// holdsStatement reports whether text holds an accreditation statement's
// phrase ("is approved as a provider of continuing education").
func holdsStatement(text string) bool {
	norm := " " + normLabel(text) + " "
	for _, a := range vocab().statements {
		if hasPhrase(norm, a) {
			return true
		}
	}
	return false
}

// eventOnly reports whether text names an event by its noun alone, after
// an article, format words or a year ("the summit", "the annual meeting",
// "2025 Spring Symposium").
func eventOnly(text string) bool {
	words := strings.Fields(normLabel(text))
	if len(words) == 0 || !vocab().events[words[len(words)-1]] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !vocab().format[w] && !year(w) && !vocab().eventAdjs[w] {
			return false // ("2025 Spring Symposium", "Winter Webinar Series": the year and season are the event's)
		}
	}
	return true
}

// formatPhrase reports whether text is format words, perhaps with the
// provider's acronym among them ("the NSH LIVE WEBINAR", "CLSI
// On-Demand", "the AABB eCast"): capitals that are no format word of
// their own are a name, not a title.
func formatPhrase(text string) bool {
	if formatOnly(text) {
		return true
	}
	v := vocab()
	var kept []string
	dropped := false
	for _, w := range strings.Fields(text) {
		n := normLabel(w)
		if acronymOnly(w) && !v.format[n] && !v.media[n] {
			dropped = true
			continue
		}
		kept = append(kept, w)
	}
	if !dropped || len(kept) == 0 || v.events[normLabel(kept[len(kept)-1])] || hasDigit(strings.Join(kept, " ")) {
		return false // "AMT 2025 Educational Program & National Meeting": a meeting's name
	}
	rest := strings.Join(kept, " ")
	for _, article := range []string{"the ", "a ", "an "} {
		if r, ok := strings.CutPrefix(strings.ToLower(rest), article); ok {
			rest = rest[len(rest)-len(r):] // "the CLSI On-Demand": the article, then how it was delivered
		}
	}
	return formatOnly(rest)
}

// titleUnder reports whether the line under line k can be a title: an
// event's kind alone ("Spring Symposium") over it is the format of a
// session whose title it is, while over the facts it names the meeting
// attended.
func titleUnder(lines []certLine, k int) bool {
	n := k + 1
	return n < len(lines) && lines[n].page == lines[k].page && titleLike(lines[n]) && !labelled(lines[n].text) &&
		!factsLine(lines[n].text) && !goesOn(lines[n].text) && !eventOnly(lines[n].text)
}

// numberLine reports whether a line is a course's or session's number
// alone, over its title ("Session 32104", "Course No.: LAB-221").
func numberLine(t string) bool {
	kind, rest, ok := labelAt(t)
	return ok && (kind == certID || kind == certOtherID) && rest != "" && len(strings.Fields(rest)) <= 2 && hasDigit(rest)
}

// formatPrefixCut drops format words set before a title with a colon
// ("eCast: Patient Blood Management Metrics That Matter"); a series with
// its year ("Spring Seminar 2025: …") is part of the title.
func formatPrefixCut(t string) string {
	before, after, ok := strings.Cut(t, ": ")
	if !ok || strings.TrimSpace(after) == "" || !formatOnly(before) || len(strings.Fields(before)) > 1 || hasDigit(before) {
		return t
	}
	return strings.TrimSpace(after)
}

// titleOverRow is the title a statement of credit prints across its table
// between the row of labels and the row of values ("Activity ID | Format |
// Completion Date | CMLE Credits" / "Root Cause Analysis for …" / "LMU-25-014
// | Online course | 12/02/2025 | 2.0"): one segment reaching past the
// first column, title-like, with a row of cells under it; or that segment
// right under the row of values.
func titleOverRow(lines []certLine) string {
	for i := 0; i+2 < len(lines); i++ {
		l, t, vals := lines[i], lines[i+1], lines[i+2]
		if !rowOfLabels(l) || len(l.segs) < 3 || t.page != l.page || vals.page != l.page {
			continue
		}
		if len(t.segs) == 1 && len(vals.segs) >= 2 && t.segs[0].X1 > l.segs[1].X0 && titleLike(t) && !labelled(t.text) && hasDigit(vals.text) {
			lines[i+1].used = true
			return t.text
		}
		// Or under the row of values, close below it ("Course ID | … |
		// CE Hours" / "POC-GLU-114 | … | 0.5" / "Annual Competency: …").
		vals, t = lines[i+1], lines[i+2]
		if len(vals.segs) >= 3 && len(t.segs) == 1 && hasDigit(vals.text) && t.segs[0].X1 > l.segs[1].X0 &&
			vals.y-t.y <= 2*math.Max(t.size, 1) && titleLike(t) && !labelled(t.text) && !strings.HasSuffix(t.text, ".") {
			lines[i+2].used = true
			return t.text
		}
	}
	return ""
}

// headlineTitle is the title a record or form prints as its headline,
// with no label, cue or heading to lead to it: the most prominent line
// (largest, then bold) of the top block, before the first labelled fact,
// set at least 1.2 times the text's size, that is not the issuer, a
// heading, the participant, a format line or a date, with the lines it
// wraps onto. ("Inspector Training: Checklist Essentials …" in 15 pt bold
// between the College's name and a Field | Value table.)
func headlineTitle(lines []certLine, name string) string {
	issuer := issuerLine(lines)
	body := bodySize(lines)
	best := -1
	for i, l := range lines {
		if l.page != 0 || labelled(l.text) || len(l.segs) > 1 && isLabel(l.segs[0].Text) || rowOfLabels(l) {
			break // the top block ends where the facts begin
		}
		if len(l.segs) > 1 || l.size < 1.2*body || certificateHeading(l.text) || !titleLike(l) || formatOnly(l.text) ||
			name != "" && cleanName(l.text) == name || partOfIssuer(l.text, issuer) || acronymOnly(l.text) {
			continue
		}
		if best < 0 || l.size > lines[best].size+0.1 || sameSize(l.size, lines[best].size) && l.bold && !lines[best].bold {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return titleLines(lines, best)
}

// meetingAtTop is the meeting a certificate names in its top block (the
// first lines, before the first labelled fact), when nothing else names
// the activity: the largest line of one segment whose last word (before a
// year) names a meeting.
func meetingAtTop(lines []certLine) string {
	best, bestSize := "", 0.0
	for i, l := range lines {
		if i >= 6 || l.page != 0 || labelled(l.text) || len(l.segs) > 1 && isLabel(l.segs[0].Text) {
			break // the top block ends where the facts begin
		}
		words := strings.Fields(normLabel(l.text))
		if n := len(words); n > 0 && year(words[n-1]) {
			words = words[:n-1]
		}
		if n := len(words); n >= 2 && len(l.segs) == 1 && vocab().events[words[n-1]] && !certificateHeading(l.text) && l.size > bestSize {
			best, bestSize = l.text, l.size // the largest: a society's name line may end in "Forum" too
		}
	}
	return best
}

// postalCode reports whether s is a US state's two-letter postal code
// ("MI"), as a place's last part prints it.
func postalCode(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// holdsDay reports whether s names a month and a day ("Oct. 2-3").
func holdsDay(s string) bool {
	return monthDay.MatchString(strings.TrimSpace(s))
}

var monthDay = regexp.MustCompile(`(?i)^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*[–—-]\s*\d{1,2})?$`)

// sessionCode is the code a verb's sentence gives a session instead of
// its title ("workshop W-114 on September 13, 2025", "Session 9213-S"):
// format words, then a code, then at most a date; "" otherwise.
func sessionCode(rest string) string {
	t := strings.TrimSpace(rest)
	if loc := sentenceGoesOn.FindStringIndex(t); loc != nil {
		t = strings.TrimSpace(t[:loc[0]])
	}
	words := strings.Fields(strings.TrimRight(t, ".,;"))
	if len(words) < 2 {
		return ""
	}
	code := strings.TrimLeft(words[len(words)-1], "#")
	if !formatOnly(strings.Join(words[:len(words)-1], " ")) || !codeLike(code) || year(code) {
		return ""
	}
	return code
}

// eventNamedAbove is the name of the event a sentence calls only by its
// format ("the symposium"): among the lines above line cue, the first
// that holds the format's noun, with the lines of its block (set the same
// size, close above or below) — "14th Annual Tri-State Clinical
// Microbiology" / "Symposium".
func eventNamedAbove(lines []certLine, cue int, format string) string {
	words := strings.Fields(normLabel(format))
	if len(words) == 0 {
		return ""
	}
	noun := " " + words[len(words)-1] + " "
	if smallWords[strings.TrimSpace(noun)] {
		return ""
	}
	close := func(a, b certLine) bool {
		return a.page == b.page && similarLines(a, b) && math.Abs(a.y-b.y) <= 1.7*math.Max(a.size, b.size)
	}
	for k := 0; k < cue; k++ {
		if !strings.Contains(lines[k].norm, noun) || isHeading(lines[k]) || len(lines[k].segs) > 1 {
			continue
		}
		from, to := k, k
		for from > 0 && close(lines[from-1], lines[from]) && len(lines[from-1].segs) == 1 {
			from--
		}
		for to+1 < cue && close(lines[to], lines[to+1]) && len(lines[to+1].segs) == 1 {
			to++
		}
		name := ""
		for n := from; n <= to; n++ {
			name = joinWrapped(name, lines[n].text)
		}
		if formatOnly(name) {
			continue
		}
		return name
	}
	return ""
}

// quotedAcross reads a title quoted after format words from line k on
// ("activity entitled “Immunohematology Case Files: Warm" … "Transfusion
// Decisions” on the third day …"): the words inside the quotes, over up
// to four lines. It reports false when line k holds no such quote.
func quotedAcross(lines []certLine, k int) (string, bool) {
	first := lines[k].text
	open := strings.IndexAny(first, "“\"")
	if open < 0 || open > 0 && !formatOnly(first[:open]) {
		return "", false
	}
	t := ""
	for n := k; n < len(lines) && n <= k+3 && lines[n].page == lines[k].page; n++ {
		text := lines[n].text
		if n == k {
			text = first[open+len(string([]rune(first[open:])[0])):]
		}
		if j := strings.IndexAny(text, "”\""); j >= 0 {
			_, size := utf8.DecodeRuneInString(text[j:])
			after := strings.TrimSpace(text[j+size:])
			if after != "" && !strings.ContainsAny(after[:1], ",.;:(") && !startsSentence(after) && !lowercaseStart(after) {
				return "", false // "“Is It Really …?” Mixing Studies, …": a quote inside a longer title (not "… Laboratory” on October 8": the sentence goes on)
			}
			for m := k; m <= n; m++ {
				lines[m].used = true
			}
			return quotedTitle(collapseSpace(joinWrapped(t, text[:j]))), true
		}
		t = joinWrapped(t, text)
	}
	return "", false
}

// endsInFormat reports whether a phrase after the verb ends in a format
// noun and is not set as a title ("all requirements of the six-week
// non-credit course", "the Pathology Update Lecture Series activity").
func endsInFormat(t string) bool {
	v := vocab()
	words := strings.Fields(normLabel(t))
	if len(words) == 0 || titleCase(t) && !lowercaseStart(t) && len(words) > 1 && !smallWords[words[0]] {
		return false
	}
	last := words[len(words)-1]
	if v.format[last] && !smallWords[last] {
		return true
	}
	for n := 2; n <= 3 && n <= len(words); n++ {
		if v.format[strings.Join(words[len(words)-n:], " ")] {
			return true // "course of study"
		}
	}
	return false
}

// cueLike reports whether a line reads as the verb that introduces the
// activity rather than a title, whatever its words: a few words in lower
// case ("for viewing", "has viewed"), or a clause left open at a
// preposition ("This certifies attendance at").
// opensOtherDate reports whether a line opens with the words of a date
// that is not the completion's ("Given at …", "Printed on …").
func opensOtherDate(t string) bool {
	sp := strings.IndexByte(t, ' ')
	if sp < 0 {
		sp = len(t)
	}
	if !vocab().otherDateStarts[normLabel(t[:sp])] {
		return false // most lines: their first word starts no such label
	}
	words := strings.Fields(t)
	for n := 1; n <= 3 && n <= len(words); n++ {
		if kind, ok := vocab().labels[normLabel(strings.Join(words[:n], " "))]; ok && kind == certOtherDate {
			return true
		}
	}
	return false
}

// startsWithDate reports whether text opens with a date or a range of
// days.
func startsWithDate(t string) bool {
	if loc := datePattern.FindStringIndex(t); loc != nil && loc[0] == 0 {
		return true
	}
	loc := dateRange.FindStringIndex(t)
	return loc != nil && loc[0] == 0
}

// introduces reports whether text leads into what follows it rather than
// being a value: it ends in a colon, or holds a name or title cue ("has
// successfully completed the following continuing education course:").
func introduces(t string) bool {
	if strings.HasSuffix(strings.TrimSpace(t), ":") {
		return true
	}
	v := vocab()
	_, _, name := cueIn(t, v.nameCues)
	_, _, title := cueIn(t, v.titleCues)
	return name || title
}

func cueLike(t string) bool {
	n := len(strings.Fields(t))
	return !titleCase(t) && (lowercaseStart(t) && n <= 4 || endsOpen(t) && n <= 8)
}

// fragment reports whether a line opens with a small function word, as
// the rest of a sentence does ("for full attendance at the two-day
// hands-on workshop"); a title never does.
func fragment(t string) bool {
	f := strings.Fields(t)
	return len(f) > 0 && functionWord[f[0]]
}

// functionWord are the small words a sentence's fragment opens with.
var functionWord = map[string]bool{"for": true, "at": true, "in": true, "on": true, "of": true, "to": true, "with": true,
	"by": true, "upon": true, "the": true, "a": true, "an": true, "and": true, "as": true, "from": true, "during": true}

// lowercaseStart reports whether text begins with a word in small letters
// only: the sentence goes on ("completed the course, then print …"), as a
// title begins with a capital, a digit, a quote or a word like "eGFR".
func lowercaseStart(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	w := f[0]
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
		return false // "41st Annual Fall Meeting": an ordinal, no word in small letters
	}
	return strings.ToLower(w) == w && w != strings.ToUpper(w)
}

// titleAfterName is the title a certificate prints with no cue: the
// title-like lines right under the participant's name.
func titleAfterName(lines []certLine, name string) string {
	if name == "" {
		return ""
	}
	for i := 0; i+1 < len(lines); i++ {
		segs := lines[i].segs
		alone := cleanName(lines[i].text) == name
		if !alone && cleanName(segs[len(segs)-1].Text) != name || lines[i+1].page != lines[i].page {
			continue // the name's line: the name alone, or after its label ("Participant: | Kristen A. Lindqvist")
		}
		next := i + 1
		for next < len(lines) && next <= i+3 && (formatOnly(lines[next].text) || cueLike(lines[next].text) || fragment(lines[next].text) || factsLine(lines[next].text) || credentialsOnly(lines[next].text) ||
			overTitle(lines, next) || labelled(lines[next].text) || len(lines[next].segs) > 1 && isLabel(lines[next].segs[0].Text) || caption(lines, next) ||
			datedFact(lines[next]) || !titleLike(lines[next]) && next+1 < len(lines) && titleLike(lines[next+1]) && lines[next+1].size > lines[next].size) {
			// (… and a line that cannot be the title over one set larger that can:
			// "Sentinel … Outreach - Course completed with a passing examination score")
			next++ // "for viewing" / "the on-demand webinar", "Session W332 · September 18, 2025", "Member #: 1188204", then the title
		}
		if next < len(lines) && titleLike(lines[next]) && !goesOn(lines[next].text) && (alone || lines[next].size >= 1.2*bodySize(lines)) && !tableCaption(lines, next) && !datedFact(lines[next]) &&
			!underLabels(lines, next) && !(lines[next].size < 1.1*bodySize(lines) && headlineAbove(lines, i)) {
			return titleLines(lines, next) // (after a labelled name, only a title set larger than the text)
		}
	}
	return ""
}

// underLabels reports whether line k holds the values of the row of
// labels right over it ("COURSE NO. | COMPLETED ON | …" over "STEP-4471 |
// July 7, 2024 | 1.0"): facts, never a title.
func underLabels(lines []certLine, k int) bool {
	return k > 0 && len(lines[k].segs) > 1 && lines[k-1].page == lines[k].page && rowOfLabels(lines[k-1]) && valuesRow(lines[k], lines[k-1])
}

// datedFact reports whether a line is a fact and its date in two cells
// ("Date credit claimed | March 9, 2026"): a form's row, never a title.
func datedFact(l certLine) bool {
	return len(l.segs) == 2 && startsWithDate(strings.TrimSpace(l.segs[1].Text)) && !hasDigit(l.segs[0].Text)
}

// tableCaption reports whether line k, in capitals, stands right over a
// table's row of labels ("SESSIONS CLAIMED" over "Date | Session | CMLE
// claimed"): the table's caption, not a title.
func tableCaption(lines []certLine, k int) bool {
	return capsLabel(lines[k].text) && k+1 < len(lines) && lines[k+1].page == lines[k].page && rowOfLabels(lines[k+1])
}

// caption reports whether line k is a section's caption in capitals
// that labels the title below it ("EDUCATION ACTIVITY" over "Live
// Webinar" and the title): a title noun after words that label nothing,
// set smaller than a line of the next three.
func caption(lines []certLine, k int) bool {
	t := lines[k].text
	if strings.ToUpper(t) != t || !titleNounLabel(t) {
		return false
	}
	for n := k + 1; n < len(lines) && n <= k+3 && lines[n].page == lines[k].page; n++ {
		if lines[n].size >= 1.2*lines[k].size {
			return true
		}
	}
	return false
}

// isHeading reports whether a line is a certificate's heading
// ("Certificate of Completion", "In-Service Education Certificate").
func isHeading(l certLine) bool {
	return certificateHeading(l.text) && !labelled(l.text)
}

// titleUnderHeading is the title a certificate prints as the first
// prominent line under its heading, with no label and no verb: the first
// title-like line after the heading (past a format line) that is not the
// participant's name or an organisation.
func titleUnderHeading(lines []certLine, name string) string {
	v := vocab()
	issuer := issuerLine(lines)
	for i, l := range lines {
		if !isHeading(l) {
			continue
		}
		for k := i + 1; k < len(lines) && k <= i+3 && lines[k].page == l.page; k++ {
			t := lines[k].text
			if formatOnly(t) || cueLike(t) || cleanName(t) == name && name != "" {
				continue
			}
			if _, _, cue := cueIn(t, v.nameCues); cue {
				break
			}
			if t == issuer || partOfIssuer(t, issuer) || !titleLike(lines[k]) || goesOn(t) || len(lines[k].segs) > 1 || certificateHeading(t) || factsLine(t) {
				continue // ("Attestation de participation": the heading in another language; "… — Laboratory Services · Education & Competency": the issuer's units)
			}
			if n := k + 1; n < len(lines) && lines[n].page == l.page && len(lines[n].segs) == 1 && titleLike(lines[n]) && !goesOn(lines[n].text) &&
				lines[n].bold && !lines[k].bold && sameSize(lines[n].size, lines[k].size) {
				k = n // "Laboratory In-Service Program" over the course's title set bold
			}
			if n := largerBelow(lines, k, name); n > 0 {
				k = n // "CAP Laboratory Accreditation Program" over the course's title set larger
			}
			return titleLines(lines, k)
		}
		break
	}
	return ""
}

// largerBelow is the first line under line k, before the facts begin,
// that could be the title and is set more than 1.1 times line k's size:
// the title under a programme's or series' name; 0 when none.
func largerBelow(lines []certLine, k int, name string) int {
	for n := k + 1; n < len(lines) && lines[n].page == lines[k].page; n++ {
		l := lines[n]
		if labelled(l.text) || len(l.segs) > 1 && isLabel(l.segs[0].Text) || rowOfLabels(l) {
			break
		}
		if _, _, cue := cueIn(l.text, vocab().nameCues); cue || name != "" && cleanName(l.text) == name {
			break
		}
		if len(l.segs) == 1 && l.size > 1.1*lines[k].size && titleLike(l) && !goesOn(l.text) && !formatOnly(l.text) {
			return n
		}
	}
	return 0
}

// partOfIssuer reports whether line text t is a part of the issuer's name
// as issuerLine joins it ("Pathologists" under "College of American").
func partOfIssuer(t, issuer string) bool {
	return issuer != "" && strings.Contains(" "+normLabel(issuer)+" ", " "+normLabel(t)+" ")
}

// titleLines is the title starting at line k, with the lines it wraps
// onto: close below, of the same size and weight, title-like.
// shrunkToFit reports whether title line p, set smaller than the line l
// it wraps onto, was shrunk to fit its width: both bold alike, at one
// left edge, p the wider ("… Expanding Databases, Extraction" at 10.5 pt
// over "Methods, and Reporting Pitfalls" at 13 pt).
func shrunkToFit(p, l certLine) bool {
	return p.bold == l.bold && p.size < l.size && math.Abs(p.x0-l.x0) <= 2 && p.x1 > l.x1
}

func titleLines(lines []certLine, k int) string {
	t := lines[k].text
	lines[k].used = true
	body := bodySize(lines)
	for n := k + 1; n < len(lines) && n <= k+5; n++ { // up to six lines: a long title in a narrow column
		p, l := lines[n-1], lines[n]
		open := strings.Count(t, "(") > strings.Count(t, ")")                 // "… Training (Wet" / "Workshop)": the bracket closes on the next line
		lastWord := isLabel(l.text) && len(l.segs) == 1 && centredUnder(p, l) // "… New Employee Orientation" / "Module", centred in the title's type
		colonPart := labelled(l.text) && titleGoesOnto(p, l, body)            // "… Sentinel Laboratory" / "Training: Rule-Out …"
		if l.page != p.page || p.y-l.y > 1.7*math.Max(l.size, 1) || !similarLines(p, l) && !shrunkToFit(p, l) || !open && !lastWord && !colonPart && (!titleLike(l) || goesOn(l.text) ||
			datePattern.MatchString(l.text) && len(strings.Fields(l.text)) <= 6 || factsLine(l.text) || mediumOnly(l.text)) {
			break // "broadcast August 6, 2025": the date's line, not the title's
		}
		t = joinWrapped(t, l.text)
		lines[n].used = true
	}
	return trimQuotes(endOfTitle(t))
}

// centredUnder reports whether line b is centred under line a (their
// middles within an em), as a centred title's wrapped line is.
func centredUnder(a, b certLine) bool {
	if len(a.segs) == 0 || len(b.segs) == 0 {
		return false
	}
	mid := func(l certLine) float64 { return (l.segs[0].X0 + l.segs[len(l.segs)-1].X1) / 2 }
	return math.Abs(mid(a)-mid(b)) < math.Max(b.size, 1)
}

// titleGoesOnto reports whether a title set larger than the body text
// (body, in points) wraps from line p onto l: both alone on their lines,
// in one type, close, and p a title's line that stops with no
// punctuation; then a colon on l ends the title's first part, no label.
func titleGoesOnto(p, l certLine, body float64) bool {
	t := strings.TrimSpace(p.text)
	return len(p.segs) == 1 && len(l.segs) == 1 && p.page == l.page && similarLines(p, l) && l.size >= 1.2*body &&
		p.y > l.y && p.y-l.y <= 1.7*l.size && t != "" && !strings.ContainsRune(".:;,!?", rune(t[len(t)-1])) && titleLike(p)
}

// similarLines reports whether two lines are set in one type: one size,
// both bold or neither.
func similarLines(a, b certLine) bool {
	return sameSize(a.size, b.size) && a.bold == b.bold
}

// titleLike reports whether a line can be (part of) a course title: not a
// label, a date, a credit statement, a cue or an accreditation sentence.
// overTitle reports whether line k is a kicker set small over the title:
// a short line (at most six words) in type at most three quarters the
// size of the title-like line just under it ("STANDARDS IMPLEMENTATION
// WORKSHOP" at 10 pt over the workshop's title at 17 pt).
func overTitle(lines []certLine, k int) bool {
	if k+1 >= len(lines) {
		return false
	}
	l, t := lines[k], lines[k+1]
	return l.page == t.page && len(strings.Fields(l.text)) <= 6 && l.size <= 0.75*t.size && l.y-t.y <= 2.5*t.size && titleLike(t)
}

func titleLike(l certLine) bool {
	v := vocab()
	t := l.text
	switch {
	case labelled(t), strings.HasPrefix(strings.ToLower(t), "certificate of"):
		return false
	case datePattern.MatchString(t) && datePattern.FindStringIndex(t)[0] < 4:
		return false
	case creditStatement(t):
		return false
	case len(l.segs) > 1 && isLabel(l.segs[0].Text):
		return false // "ASCLS P.A.C.E.® contact hours | 11.5": a label and its value
	}
	if _, _, ok := cueIn(t, v.nameCues); ok {
		return false
	}
	if _, _, ok := cueIn(t, v.titleCues); ok && !titleCase(t) {
		return false // "has completed all requirements of …": the verb's line
	}
	for _, a := range v.accreditation {
		if strings.Contains(l.norm, " "+a+" ") {
			return false
		}
	}
	return true
}

// creditStatement reports whether a line states credits ("1.5 P.A.C.E.®
// contact hours", "… is awarded 1.0 CMLE").
func creditStatement(t string) bool {
	for _, m := range creditFig.FindAllStringSubmatch(t, -1) {
		if _, ok := celedger.ParseUnit(strings.Trim(m[2], "() ")); ok {
			return true
		}
	}
	return false
}

// sentenceGoesOn is where a sentence leaves the title for the date, the
// credits or the provider.
var sentenceGoesOn = regexp.MustCompile(`(?i)\s*(?:\bon\s+(?:` + monthDate + `|` + dayMonth + `|` + numericDate + `)|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:presented|held|conducted)\s+(?:on|in|at|virtually|online|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s)|\bon\s+\d|,?\s+and (?:is|has been|was) awarded\b|,?\s+and (?:has\s+)?(?:claimed|earned|received|completed|is|was)\b|,?\s+awarded\b|,?\s+for a total of\b|,?\s+earning\b|,?\s+offered by\b|,?\s+provided by\b|,?\s+presented by\b|,?\s+sponsored by\b|,?\s+with\s+\d|\.\s|\.$)`)

func endOfTitle(s string) string {
	from := 0
	for {
		loc := sentenceGoesOn.FindStringIndex(s[from:])
		if loc == nil {
			break
		}
		at := from + loc[0]
		if strings.HasPrefix(strings.TrimSpace(s[at:]), ".") && titleAbbreviation.MatchString(s[:at+1]) {
			from = at + 1 // "One-Stage vs. Chromogenic": the full stop of an abbreviation
			continue
		}
		s = s[:at]
		break
	}
	if loc := participleAfterComma.FindStringIndex(s); loc != nil {
		s = s[:loc[0]] // "ADLM Spring Regional Conference 2025, held April 2–4": the event's name, then when it was held
	}
	if loc := participleBeforeDate.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]] // "ASCP 2025 Annual Meeting held October 1–3, 2025, in Denver": the name, then when
	}
	s = strings.Trim(s, " ,:;")
	for _, w := range []string{" on", " held", " presented", " conducted", " dated"} {
		if t, ok := strings.CutSuffix(s, w); ok {
			s = strings.TrimRight(t, " ,") // "… Workshop (Course No. CE-PHB-210) on", "… Night, held" / "on Thursday, …": the date's line follows
			break
		}
	}
	return cutPlace(s)
}

// participleAfterComma is a sentence going on after a title with how or
// when the activity was given: ", held April 2–4", ", presented by …".
var participleAfterComma = regexp.MustCompile(`, (held|presented|conducted|offered|sponsored|hosted|recorded|given|delivered) `)

// participleBeforeDate is a sentence going on after a title, without a
// comma, with when the activity was given: " held October 1–3, 2025",
// " presented on 3/14/2025".
var participleBeforeDate = regexp.MustCompile(`\s(?:held|presented|conducted|given)\s+(?:on\s+)?(?:` + monthName + `\s+\d|\d{1,2}[/.-]\d)`)

// cutPlace drops the place a sentence gives after an event's name
// ("2025 NSH Annual Symposium/Convention, Providence, Rhode Island"): a
// last comma-separated part that is a state or province, with the city
// before it (up to three words).
func cutPlace(t string) string {
	parts := strings.Split(t, ", ")
	if n := len(parts); n >= 3 && (year(strings.TrimSpace(parts[n-1])) || holdsDay(parts[n-1])) {
		// "…, Grand Rapids, MI, Oct. 2-3, 2026": the days, then the place
		parts = parts[:n-1]
		if m := len(parts); m >= 2 && holdsDay(parts[m-1]) {
			parts = parts[:m-1]
		}
	}
	n := len(parts)
	if n < 2 || !vocab().places[normLabel(parts[n-1])] && !postalCode(parts[n-1]) {
		return strings.Join(parts, ", ")
	}
	n--
	if n >= 2 && len(strings.Fields(parts[n-1])) <= 3 && !vocab().places[normLabel(parts[n-1])] {
		n-- // the city
	}
	return strings.Join(parts[:n], ", ")
}

// titleAbbreviation ends in the full stop of an abbreviation a title may
// hold ("vs.", "Vol.", "Pt.", "e.g.", an initial).
var titleAbbreviation = regexp.MustCompile(`(?i)(?:\b(?:vs|v|vol|pt|no|part|ed|rev|e\.g|i\.e|etc|st|dr|mr|ms|jr|sr|inc|co|dec|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov)|\b[A-Z])\.$`)

// startsSentence reports whether a line goes on with a sentence rather
// than a title ("on March 3, 2025 …", "and is awarded …").
func startsSentence(t string) bool {
	l := strings.ToLower(strings.TrimSpace(t))
	for _, w := range []string{"on ", "and ", "presented ", "held ", "for a ", "earning ", "awarded ", "offered ", "provided ", "sponsored ", "with ", "in ", "at "} {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return sentenceGoesOn.FindStringIndex(t) != nil && sentenceGoesOn.FindStringIndex(t)[0] == 0
}

// endsOpen reports whether a phrase ends in a word that needs what
// follows ("for", "of", "the"): the sentence goes on on the next line.
func endsOpen(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "for", "of", "in", "on", "at", "the", "a", "an", "to", "entitled", "titled", "called", "named", "and", "&", "or", "with":
		return true
	}
	return false
}

// goesOn reports whether a line starts where a sentence leaves the title
// ("on March 3, 2025", "and is awarded …").
func goesOn(t string) bool {
	loc := sentenceGoesOn.FindStringIndex(t)
	return loc != nil && loc[0] == 0
}

// endsInFormatWord reports whether the last of the printed words (one
// to three of them, as "enduring material") is a format word or a year.
func endsInFormatWord(tokens []string) bool {
	v := vocab()
	if len(tokens) == 0 || year(tokens[len(tokens)-1]) {
		return len(tokens) > 0
	}
	for n := 1; n <= 3 && n <= len(tokens); n++ {
		if v.format[normLabel(strings.Join(tokens[len(tokens)-n:], " "))] {
			return true
		}
	}
	return false
}

// formatOnly reports whether text names only a course format ("the spring
// symposium", "the eCast", "the online course entitled"): format words
// only, or a few words ending in a format noun ("the operator training
// course", "post-test for the eCast").
func formatOnly(text string) bool {
	v := vocab()
	words := strings.Fields(normLabel(text))
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	if mediumOnly(text) {
		return true // "On-Demand", "In-Person": how it was delivered, no title
	}
	last := words[len(words)-1]
	if len(words) >= 2 && v.format[strings.Join(words[len(words)-2:], " ")] {
		last = strings.Join(words[len(words)-2:], " ") // "departmental in-service"
	}
	article := words[0] == "the" || words[0] == "a" || words[0] == "an"
	named := titleCase(strings.Join(strings.Fields(text)[min(1, len(words)-1):], " ")) // "the AABB Annual Meeting": a name
	if !endsInFormatWord(strings.Fields(text)) {
		return false // "the Tri-State": its last word is no format word, whatever its parts are
	}
	if len(words) <= 6 && v.format[last] && !smallWords[last] && (article && !named || len(words) <= 5 && !titleCase(text)) {
		return true // "the operator training course", "live virtual session" — not "Laboratory Supervision Certificate Course"
	}
	tokens := strings.Fields(text)
	for i := 0; i < len(words); {
		if words[i] == "and" && i > 0 && i+1 < len(words) && v.format[words[i-1]] && v.format[words[i+1]] {
			i++ // "the self-study article and quiz": format words joined
			continue
		}
		if v.eventAdjs[words[i]] && len(tokens) == len(words) && i+1 < len(tokens) && capitalised(tokens[i]) && capitalised(tokens[i+1]) {
			return false // "2025 Fall Educational Conference": the adjective begins the event's name
		}
		n := 0
		for k := min(3, len(words)-i); k >= 1; k-- {
			if v.format[strings.Join(words[i:i+k], " ")] {
				n = k
				break
			}
		}
		if n == 0 {
			if len(words[i]) == 4 && words[i] >= "1990" && words[i] <= "2099" {
				n = 1
			} else {
				return false
			}
		}
		i += n
	}
	return true
}

// capitalised reports whether a word starts with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titleCase reports whether text capitalises each of its first words of
// more than three letters, as a title does.
func titleCase(text string) bool {
	n := 0
	for _, w := range strings.Fields(text) {
		r := []rune(strings.TrimLeft(w, "“\"'("))
		if len(r) <= 3 || !unicode.IsLetter(r[0]) || titleLowerWords[string(r)] {
			continue // "of", "2025", "&", "with"
		}
		if !unicode.IsUpper(r[0]) {
			return false
		}
		n++
	}
	return n >= 2
}

// titleLowerWords are the prepositions and conjunctions of four letters
// or more that a title in title case leaves in small letters
// ("Myeloid Neoplasms with Germline Predisposition"; Chicago Manual of
// Style, 8.159).
var titleLowerWords = map[string]bool{"with": true, "from": true, "into": true, "onto": true, "upon": true, "over": true,
	"than": true, "that": true, "when": true, "within": true, "without": true, "about": true, "after": true,
	"among": true, "between": true, "through": true, "versus": true, "during": true, "under": true, "beyond": true,
	"toward": true, "towards": true, "across": true, "against": true, "before": true, "while": true}

// year reports whether a word is a year (1900–2099).
func year(w string) bool { return len(w) == 4 && w >= "1900" && w <= "2099" }

// smallWords are format words that are not nouns.
var smallWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "on": true, "entitled": true, "titled": true,
	"called": true, "named": true, "online": true, "live": true, "annual": true}

// stripFormat drops the format words a sentence puts before its title
// ("the online course entitled: X" → "X").
func stripFormat(t string) string {
	words := strings.Fields(t)
	cut := 0
	for k := len(words); k >= 1; k-- {
		if year(words[k-1]) {
			continue // "the 2025 ADLM Annual Meeting": the year begins the name
		}
		if k < len(words) && vocab().eventAdjs[strings.ToLower(words[k-1])] && capitalised(words[k-1]) && capitalised(words[k]) {
			continue // "the 2025 Annual Histology Convention": the adjective begins the name
		}
		if formatOnly(strings.Join(words[:k], " ")) && k < len(words) {
			cut = k
			break
		}
	}
	return strings.TrimLeft(strings.Join(words[cut:], " "), ": ")
}

// firstDate is the first date in text that is not part of a code
// ("AHTI-25-04-3317" holds no date).
func firstDate(text string) string {
	for _, loc := range datePattern.FindAllStringIndex(text, -1) {
		before, after := text[:loc[0]], text[loc[1]:]
		if strings.HasSuffix(before, "-") || strings.HasSuffix(before, "/") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "/") {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}

// completionPhrase is the date of the first dated phrase of text
// (datedPhrase) that no other date's label introduces: "Credits claimed
// on 11/20/2025" is the claim's date, "attended … on September 13, 2025"
// the course's; "" when there is none.
func completionPhrase(text string) string {
	if fewDigits(text) {
		return ""
	}
	v := vocab()
	for _, m := range datedPhrase.FindAllStringSubmatchIndex(text, -1) {
		before := strings.Fields(text[strings.LastIndexByte(text[:m[0]], '\n')+1 : m[2]])
		other := false
		for n := 2; n <= 4 && n <= len(before); n++ {
			if kind, found := v.labels[normLabel(strings.Join(before[len(before)-n:], " "))]; found && kind == certOtherDate {
				other = true // "claimed on", "credits claimed on"
				break
			}
		}
		if !other {
			return text[m[2]:m[3]]
		}
	}
	return ""
}

// withoutOtherDates is text without the sentences whose date another
// date's words ([other-date]) introduce ("This record expires for
// biosafety purposes on February 19, 2026"): no completion date.
func withoutOtherDates(t string) string {
	v := vocab()
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(t, "\n"), "\n") {
		other := false
		if loc := datePattern.FindStringIndex(line); loc != nil {
			// An [other-date] label of one word ("expires", "issued")
			// anywhere before the date.
			for _, w := range strings.Fields(normLabel(line[:loc[0]])) {
				if v.otherDateStarts[w] && v.labels[w] == certOtherDate {
					other = true
					break
				}
			}
		}
		if !other {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// datingLines is the part of a text a dated phrase can lie in: each line
// holding a date's digits, with the line before it ("… on" / "March 3,
// 2025"), in order. Searching it is a fraction of searching the text.
func datingLines(t string) string {
	lines := strings.Split(t, "\n")
	keep := make([]bool, len(lines))
	for i, l := range lines {
		if !fewDigits(l) {
			keep[i] = true
			if i > 0 {
				keep[i-1] = true
			}
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if keep[i] {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// readDate takes the labelled completion date, else a date a sentence
// dates the activity with ("on March 3, 2025"), else the first date not
// labelled as another date (issued, printed, released). A date labelled
// only "Date" (generic) gives way to a sentence's date.
func (c *certificate) readDate(labelledDate string, generic bool, lines []certLine) {
	c.readDateFrom(labelledDate, generic, lines, false)
	if c.Date.IsZero() && len(c.Problems) > 0 && c.Problems[len(c.Problems)-1].Field == "Date" {
		// No date but the attestation's ("Given this 30th day of April,
		// 2025"): on a certificate that prints no other, it is the day.
		c.Problems = c.Problems[:len(c.Problems)-1]
		c.readDateFrom(labelledDate, generic, lines, true)
	}
}

// readDateFrom is readDate's pass over the lines; attestation says whether
// the lines that open with an issuing date's words ("Given at …") count.
func (c *certificate) readDateFrom(labelledDate string, generic bool, lines []certLine, attestation bool) {
	dateText := ""
	if digits(labelledDate) >= 8 { // two whole dates
		if m := fullDateRange.FindStringSubmatch(labelledDate); m != nil {
			dateText = m[2] // "2025-06-23 to 2025-06-27": the last day
		}
	}
	if m := dateRange.FindStringSubmatch(labelledDate); dateText == "" && m != nil {
		dateText = lastDayOf(m) // "Dates of training: September 9-11, 2024": the last day
	}
	if m := datePattern.FindString(labelledDate); dateText == "" && m != "" {
		dateText = m
	}
	var text strings.Builder
	for i, l := range lines {
		opens := opensOtherDate(l.text)
		if attestation && opens {
			text.WriteString(l.text + "\n")
			continue
		}
		if k, _, ok := labelAt(l.text); ok && k == certOtherDate || opens {
			continue // "Date issued: …", "Given at Eastgate, Michigan, on the twentieth day of March, 2026."
		}
		if !attestation && datelineOfLetter(lines, i) {
			continue // "March 24, 2025" over the inside address and "Dear Mr. Okafor,": the day the letter was written
		}
		if i > 0 && lines[i-1].page == l.page && len(lines[i-1].segs) == 1 && firstDate(lines[i-1].text) == "" && startsWithDate(l.text) {
			if k, _, ok := labelAt(lines[i-1].text); ok && k == certOtherDate {
				continue // "ISSUED" over "June 28, 2024": another date's label above its value
			}
		}
		kept := l.text
		for _, s := range l.segs {
			for _, p := range segmentPieces(s.Text) {
				if k, _, ok := labelAt(p); ok && k == certOtherDate {
					kept = strings.Replace(kept, p, "", 1)
				}
			}
		}
		text.WriteString(kept)
		text.WriteByte('\n')
	}
	t := text.String()
	dating := datingLines(t)
	if generic {
		if m := datedPhrase.FindStringSubmatch(withoutOtherDates(dating)); m != nil {
			dateText = m[1] // "held Friday, November 7, 2025" over a signature's "Date"
		}
	}
	if dateText == "" {
		if m := dateRange.FindStringSubmatch(labelledDate); m != nil {
			dateText = lastDayOf(m) // a meeting over days: its last day
		}
	}
	if dateText == "" {
		if m := completionPhrase(dating); m != "" {
			dateText = m // "attended workshop W-114 on September 13, 2025" of a meeting over days
		} else if d := firstDate(dateRange.ReplaceAllString(t, "")); d != "" && (c.session || oneDayWithin(dateRange.ReplaceAllString(t, ""), dateRange.FindStringSubmatch(t))) {
			dateText = d // a session's own day, not the days of the meeting it was part of
		} else if m := dateRange.FindStringSubmatch(t); m != nil {
			dateText = lastDayOf(m)
		} else if m := firstDate(t); m != "" {
			dateText = m
		}
	}
	if dateText == "" {
		c.Problems = append(c.Problems, certProblem{"Date", fmt.Errorf("%w date of completion", celedger.ErrMissing)})
		return
	}
	d, err := celedger.ParseDate(dateText)
	if err != nil {
		c.Problems = append(c.Problems, certProblem{"Date", err})
		return
	}
	c.Date = d
}

// dateRange is a meeting's dates: "May 8–9, 2025", "March 31–April 2,
// 2025", or the days of a series "March 4, 11, 18 and 25, 2026"; the last
// month printed is that of the last day.
var dateRange = regexp.MustCompile(`(?i)\b(` + monthName + `)\s+\d{1,2}(?:` + daySep + `(?:` + monthName + `\s+)?\d{1,2})*` + daySep + `(` + monthName + `\s+)?(\d{1,2}),?\s+(\d{4})\b`)

// monthName is a month's name or abbreviation; daySep joins the days of a
// range or a list ("17–21", "4, 11, 18 and 25").
const (
	monthName = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
	daySep    = `(?:\s*[–—-]\s*|,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)`
)

// fullDateRange is two whole dates joined as a range ("2025-06-23 to
// 2025-06-27", "11/07/2025 – 11/08/2025"): the second is the last day.
var fullDateRange = regexp.MustCompile(`(?i)\b(` + monthDate + `|` + dayMonth + `|` + numericDate + `)\s*(?:to|through|thru|until|[–—-])\s*(` + monthDate + `|` + dayMonth + `|` + numericDate + `)\b`)

// oneDayWithin reports whether text (ranges taken out) prints exactly one
// day of a date range match (nil: no range), and no day outside it: a
// session's day at a meeting ("October 16–18, 2025" … "Friday, Oct 17,
// 2025 · 2:00–3:15 PM"). A meeting's agenda prints each of its days.
func oneDayWithin(text string, m []string) bool {
	if m == nil {
		return false
	}
	last, err := celedger.ParseDate(lastDayOf(m))
	first, err2 := celedger.ParseDate(m[1] + " " + strings.TrimSpace(leadingNumber.FindString(strings.TrimSpace(m[0][len(m[1]):]))) + ", " + m[4])
	if err != nil || err2 != nil {
		return false
	}
	days := map[celedger.Date]bool{}
	for _, s := range datePattern.FindAllString(text, -1) {
		d, err := celedger.ParseDate(s)
		if err != nil || d.Before(first) || last.Before(d) {
			return false
		}
		days[d] = true
	}
	return len(days) == 1
}

// lastDayOf is the last day of a date range match.
func lastDayOf(m []string) string {
	month := m[1]
	if strings.TrimSpace(m[2]) != "" {
		month = strings.TrimSpace(m[2])
	}
	return month + " " + m[3] + ", " + m[4]
}

// creditText is the text the credit figures are read from: every line,
// those stating other professions' credits included (readCredits passes
// over their figures by their words).
func creditText(lines []certLine) string { return joinedText(lines) }

// namesActivity reports whether a normalised line (with a space at each
// end) names an activity's number owner ([activity-id-owner]): only such a
// line can hold an ID in running text.
func namesActivity(norm string) bool {
	for owner := range vocab().activityIDOwners {
		if strings.Contains(norm, " "+owner+" ") {
			return true
		}
	}
	return false
}

func idInText(lines []certLine) string {
	for _, text := range paragraphs(lines) {
		// (By paragraph: "… (session" / "LGR-2511), and is awarded …".)
		if !hasDigit(text) || !namesActivity(" "+normLabel(text)+" ") {
			continue // an ID holds a digit, after the activity's noun
		}
		for _, m := range vocab().idInText.FindAllStringSubmatchIndex(text, -1) {
			if k, _, ok := labelAt(strings.TrimSpace(text[m[0]:m[1]])); ok && k == certOtherID {
				continue
			}
			if m[2] < 0 {
				return strings.TrimRight(text[m[4]:m[5]], ".") // "eCast STEP-EC-25-19": a code after the format
			}
			return strings.TrimLeft(strings.TrimRight(text[m[2]:m[3]], "."), "#")
		}
	}
	return ""
}

// certificatePages are the first two pages with text, and the number of
// the first: a certificate and what it prints overleaf.
func certificatePages(pages []pageText) ([][]textLine, int) {
	var read []pageText
	for _, p := range pages {
		if p.Err == nil && len(p.Lines) > 0 {
			read = append(read, p)
			if len(read) == 3 {
				break
			}
		}
	}
	if len(read) == 0 {
		return nil, 0
	}
	// A letter or instructions before the certificate: the page with the
	// certificate's heading comes first.
	certifies := func(l textLine) bool { _, _, ok := cueIn(l.Text(" "), vocab().nameCues); return ok }
	for k, p := range read {
		if k > 0 && slices.ContainsFunc(read[0].Lines, certifies) {
			break // the first page certifies ("… hereby certifies that"), headed or not: a statement overleaf is no letter before it
		}
		if slices.ContainsFunc(p.Lines, func(l textLine) bool { return certificateHeading(l.Text(" ")) }) {
			if k > 0 {
				read[0], read[k] = read[k], read[0]
			}
			break
		}
	}
	text := [][]textLine{read[0].Lines}
	if len(read) > 1 {
		text = append(text, read[1].Lines)
	}
	return text, read[0].Number
}

// readCertificatePages reads a certificate from its first page; a second
// (an agenda, a session list, accreditation details) is read only for what
// the first lacks: a required field, the provider or the activity ID.
func readCertificatePages(text [][]textLine, provider string) certificate {
	c := readCertificate(text[:1], provider)
	if len(text) < 2 {
		return c
	}
	both := readCertificate(text, provider)
	switch {
	case len(c.Problems) > 0 && len(both.Problems) < len(c.Problems):
		both.why = append(both.why, "read with the second page: the first lacks a field")
		return both
	case c.Provider == "" && both.Provider != "":
		c.Provider = both.Provider // named in an accreditation statement overleaf
		c.why = append(c.why, fmt.Sprintf("provider %q: from the second page", both.Provider))
	case both.Provider != "" && strings.HasPrefix(c.Provider, organisationOf(both.Provider)+" "):
		// "Harborlight Cancer Institute Continuing Medical & Interprofessional
		// Education" by the heading, "Harborlight Cancer Institute (HCI) is
		// approved as a provider …" overleaf: the organisation, without the
		// name of its programme.
		c.Provider = both.Provider
		c.why = append(c.why, fmt.Sprintf("provider %q: as the second page names the organisation", both.Provider))
	}
	if c.ActivityID == "" && both.ActivityID != "" {
		c.ActivityID = both.ActivityID // the transcript line overleaf: "Activity ID | Completed …"
		c.why = append(c.why, fmt.Sprintf("activity ID %q: from the second page", both.ActivityID))
	}
	return c
}

// organisationOf is a provider without the unit after its comma:
// "Harborlight Cancer Institute, Office of Continuing Education" ->
// "Harborlight Cancer Institute".
func organisationOf(p string) string {
	org, _, _ := strings.Cut(p, ", ")
	return org
}

// readPDFCertificate reads a PDF as one certificate of completion: a
// document of one record, or a *celedger.ParseError on page 1 naming the
// first field missing (Title, Date or Credits). provider is the provider
// mark found in the text, the fallback when none is printed as such.
func readPDFCertificate(path string, pages []pageText, provider string) (celedger.Document, error) {
	text, first := certificatePages(pages)
	if len(text) == 0 {
		return celedger.Document{}, &celedger.ParseError{Path: path, Page: 1, Err: pages[0].Err}
	}
	c := readCertificatePages(text, provider)
	if len(c.Problems) > 0 {
		first := c.Problems[0]
		return celedger.Document{}, &celedger.ParseError{Path: path, Page: 1, Field: first.Field,
			Err: fmt.Errorf("%w (not read as a certificate: %d of title, date, credits missing; no table header either)", first.Err, len(c.Problems))}
	}
	// Only the participant's name and e-mail: the numbers a certificate
	// prints (activity ID, certificate number) are not the person's.
	var h celedger.Holder
	for _, page := range text {
		for _, l := range page {
			readHolderLine(&h, lineText(l))
		}
	}
	holder := celedger.Holder{Name: c.Name, Email: h.Email}
	if holder.Name == "" {
		holder.Name = h.Name
	}
	rec := celedger.Record{
		Source:      celedger.Source{Path: path, Page: first},
		Holder:      holder,
		Type:        c.Type,
		Title:       c.Title,
		Provider:    c.Provider,
		ActivityID:  c.ActivityID,
		Completed:   c.Date,
		Credits:     c.Credits,
		Unit:        c.Unit,
		UnitPrinted: c.UnitPrinted,
		Kind:        "certificate",
	}
	return celedger.Document{Holder: holder, Records: []celedger.Record{rec}}, nil
}

// Credit figures by whom they are for: the laboratory figure first (a
// P.A.C.E., CMLE, ACCENT or CEU figure, or contact hours not labelled for
// another profession), then an unlabelled one, then AMA PRA (physicians'
// credit, accepted for CMP); figures for nurses, pharmacists and
// dietitians are never taken. Rule from DOMAIN.md §1.
const (
	tierLab = iota
	tierPlain
	tierPhysician
	tierOther
)

var physicianCredit = regexp.MustCompile(`(?i)\bama\b|\bcme\b|category 1|physician`)

func creditTier(context string) int {
	switch {
	case vocab().otherCredit.MatchString(context):
		return tierOther
	case labCredit.MatchString(context) || strings.Contains(strings.ToLower(context), "ceu") || strings.Contains(strings.ToLower(context), "continuing education unit"):
		return tierLab
	case physicianCredit.MatchString(context):
		return tierPhysician
	}
	return tierPlain
}

// claimRank prefers the figure claimed or awarded to the maximum a
// provider designates: 2 claimed/awarded/earned, 1 plain, 0 maximum.
// betterFigure reports whether a credit figure of tier t and claim rank
// claim beats the best so far: a laboratory or plain figure beats a
// physician's or another profession's; between those, the claimed beats
// the maximum ("Contact hours claimed: 1.0" under "ACCENT® credit" over
// "Maximum available: 1.5"), then the laboratory tier the plain one.
func betterFigure(t, claim, bestTier, bestClaim int) bool {
	ours := func(t int) bool { return t == tierLab || t == tierPlain }
	switch {
	case ours(t) != ours(bestTier):
		return ours(t)
	case ours(t) && claim != bestClaim:
		return claim > bestClaim
	}
	return t < bestTier || t == bestTier && claim > bestClaim
}

func claimRank(s string) int {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "not claimed") || strings.Contains(l, "unclaimed"):
		return -1 // "1.0 (not claimed)"
	case strings.Contains(l, "maximum") || strings.Contains(l, "designated") || strings.Contains(l, "available") || strings.Contains(l, "up to"):
		return 0
	case strings.Contains(l, "claimed") || strings.Contains(l, "awarded") || strings.Contains(l, "earned") || strings.Contains(l, "granted"):
		return 2
	}
	return 1
}

// insideCode reports whether the number at text[at:] continues a word, a
// code or a date ("NSH-OD-2419" holds no figure 419).
func insideCode(text string, at int) bool {
	if at == 0 {
		return false
	}
	p := text[at-1]
	return p == '-' || p == '/' || p == '#' || isWordByte(p)
}

// creditFigure reads the figure of a labelled credit value ("1.5
// (P.A.C.E.® Contact Hours (laboratory professionals))"): the value as a
// figure with its unit, else its number with the label's unit words.
func creditFigure(s string) string {
	s = outOf.ReplaceAllString(s, "$1") // "10.5 of a possible 14.0 contact hours": the 10.5 claimed
	bare := strings.Join(strings.Fields(bracketed.ReplaceAllString(strings.NewReplacer("(", " (", ")", ") ").Replace(s), " ")), " ")
	for _, try := range []string{s, bare} {
		if loc := creditFig.FindStringIndex(try); loc != nil && !insideCode(try, loc[0]) {
			if _, u, err := readCredits(try[loc[0]:loc[1]], false); err == nil && u != "" {
				return try[loc[0]:loc[1]]
			}
		}
		if _, u, err := readCredits(try, false); err == nil && u != "" {
			return try
		}
	}
	// The number, then the words of the label in brackets.
	num := leadingNumberText(s)
	if num == "" {
		return ""
	}
	if rest := bareUnit(strings.TrimPrefix(strings.TrimSpace(s), num)); rest != "" {
		if _, ok := celedger.ParseUnit(rest); ok {
			return num + " " + rest // "10.5 Total contact hours"
		}
	}
	for _, m := range bracketed.FindAllString(s, -1) {
		inner := strings.Trim(m, "()")
		inner = bracketed.ReplaceAllString(inner, "")
		if _, u, err := readCredits(num+" "+strings.TrimSpace(inner), false); err == nil && u != "" {
			return num + " " + strings.TrimSpace(inner)
		}
		if u, ok := celedger.ParseUnit(bareUnit(inner)); ok {
			_ = u
			return num + " " + bareUnit(inner)
		}
	}
	return ""
}

// bracketedFigure is a figure in brackets after the number in words
// ("one (1.0) contact hour").
var bracketedFigure = regexp.MustCompile(`(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|one-half|one and one-half)\s+\((\d{1,3}(?:\.\d{1,2})?)\)`)

// claimedOf is a claimed figure out of a maximum, anywhere in a text.
var claimedOf = regexp.MustCompile(`(?i)\b(\d{1,3}(?:[.,]\d{1,2})?)\s+(?:out\s+)?of\s+(?:a\s+)?(?:possible|maximum(?:\s+of)?|max\.?)\s+\d{1,3}(?:[.,]\d{1,2})?\b`)

// outOf is a claimed figure printed with the maximum it is out of.
var outOf = regexp.MustCompile(`(?i)^(\s*\d{1,3}(?:[.,]\d{1,2})?)\s+(?:out\s+)?of\s+(?:a\s+)?(?:possible\s+|maximum\s+(?:of\s+)?|max\.?\s+|total\s+of\s+)?\d{1,3}(?:[.,]\d{1,2})?`)

// bareUnit is a credit label without the words that only qualify it.
func bareUnit(s string) string {
	l := bareLabel(s)
	for _, p := range []string{"total ", "ancc ", "nursing ", "acpe ", "pharmacy "} {
		l = strings.TrimPrefix(l, p)
	}
	return l
}

// maximumAside is a bracketed maximum after a claimed figure: "(of 16.0
// CMLE offered)", "(max. 2.0)", "(out of 3 available)"; it holds the
// maximum's number ("(Maximum contact hours available)" is a label, of a
// maximum).
var maximumAside = regexp.MustCompile(`(?i)\s*\(\s*(?:of|out of|max\.?|maximum)\s[^)]*\d[^)]*\)`)

var leadingNumber = regexp.MustCompile(`^\s*(\d{1,3}(?:[.,]\d{1,2})?)\b`)

func leadingNumberText(s string) string {
	if m := leadingNumber.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// readCredits picks the credit figure (see the tiers above): among the
// labelled figures ("P.A.C.E.® contact hours: 1.25", a label above or
// beside its number) first, then among the figures of the text.
func (c *certificate) readCredits(labelled []string, text string) {
	best, bestTier, bestClaim := "", tierOther, 0
	if strings.Contains(text, "(") {
		text = bracketedFigure.ReplaceAllString(text, "$1") // "one (1.0) P.A.C.E.® contact hour"
	}
	if lower := strings.ToLower(text); strings.Contains(lower, "possible") || strings.Contains(lower, "max") {
		text = claimedOf.ReplaceAllString(text, "$1") // "1.0 of a possible 1.5 P.A.C.E.® contact hours": the 1.0 claimed
	}
	// A bare number ("Credits Claimed: 1.5") takes its unit from a "Credit
	// type" label, else from the credit figures the text states.
	unit, looked := c.creditUnit, c.creditUnit != ""
	textUnit := func() string {
		for _, m := range creditFig.FindAllStringSubmatch(text, -1) {
			if _, ok := celedger.ParseUnit(strings.Trim(m[2], "() ")); ok {
				return strings.Trim(m[2], "() ") // "… a maximum of 4.0 AMA PRA Category 1 Credits™"
			}
		}
		return ""
	}
	for _, l := range labelled {
		l = maximumAside.ReplaceAllString(l, "") // "9.5 (of 16.0 CMLE offered)": the 9.5 claimed
		label := l                               // the tier is the label's own, not a unit borrowed from the text
		fig := creditFigure(l)
		if fig == "" && !looked {
			unit, looked = textUnit(), true
		}
		if fig == "" && unit != "" {
			if num := leadingNumberText(l); num != "" {
				fig = creditFigure(num + " " + unit)
				l += " " + unit
			}
		}
		if fig == "" {
			continue
		}
		t, claim := creditTier(label), claimRank(l)
		if betterFigure(t, claim, bestTier, bestClaim) {
			best, bestTier, bestClaim = fig, t, claim
		}
	}
	if best == "" || bestClaim == 0 {
		// No labelled figure, or only a maximum ("Maximum contact hours
		// available: 14.0" under "… and is awarded 10.5 P.A.C.E.® contact
		// hours"): the text's figures too.
		for _, loc := range creditFig.FindAllStringSubmatchIndex(text, -1) {
			// The figure's context: its unit phrase and up to 40 bytes after it
			// ("contact hours (ANCC)"), and the words before it since the last
			// clause break ("Nursing: 1.5 …" does; "(ANCC) and 1.0 …" does not).
			lo, hi := max(0, loc[0]-40), min(len(text), loc[1]+40)
			after := text[loc[1]:hi]
			if k := strings.IndexAny(after, ".;"); k >= 0 && !strings.HasPrefix(after[k:], ".0") {
				after = after[:k]
			}
			before := text[lo:loc[0]]
			if k := max(strings.LastIndexAny(before, ".;,()"), strings.LastIndex(before, " and ")); k >= 0 {
				before = before[k+1:]
			}
			if insideCode(text, loc[0]) {
				continue // a number inside a course number or a date
			}
			unit := text[loc[4]:loc[5]]
			// "10 years" or a date is not a credit figure: the unit phrase decides.
			if _, ok := celedger.ParseUnit(strings.Trim(unit, "()")); !ok {
				continue
			}
			tier := creditTier(unit + after)
			if vocab().otherCredit.MatchString(lastWords(before, 3)) {
				tier = tierOther
			}
			// "has claimed 18.5 …" over "a maximum of 31.0 …"
			claim := claimRank(lastWords(before, 4))
			if betterFigure(tier, claim, bestTier, bestClaim) {
				best, bestTier, bestClaim = text[loc[2]:loc[3]]+" "+strings.Trim(unit, "() "), tier, claim
			}
		}
	}
	if best == "" {
		if len(labelled) > 0 {
			c.Problems = append(c.Problems, certProblem{"Credits", fmt.Errorf("%w %q", celedger.ErrBadUnit, labelled[0])})
			return
		}
		c.Problems = append(c.Problems, certProblem{"Credits", fmt.Errorf("%w credits", celedger.ErrMissing)})
		return
	}
	p, u, err := readCredits(best, false)
	if err != nil {
		c.Problems = append(c.Problems, certProblem{"Credits", err})
		return
	}
	c.Credits, c.Unit, c.HasCredits = p, u, true
	if _, unit, ok := strings.Cut(strings.TrimSpace(best), " "); ok {
		c.UnitPrinted = strings.TrimSpace(unit)
	}
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// cutLabel splits "Label: value"; a segment without a colon is all label.
func cutLabel(s string) (label, value string, colon bool) {
	if l, v, ok := strings.Cut(s, ":"); ok && len(l) <= 40 {
		return l, strings.TrimSpace(v), true
	}
	return s, "", false
}

// idInBrackets splits a title that ends in its number in brackets
// ("Biosafety Level 3 Practices (training number BSL3-SEN-26)") into the
// title and the number; any other title comes back whole, with no ID.
func idInBrackets(title string) (string, string) {
	k := strings.LastIndex(title, " (")
	if k <= 0 || !strings.HasSuffix(title, ")") {
		return title, ""
	}
	if kind, rest, ok := labelAt(title[k+2 : len(title)-1]); ok && kind == certID && codeLike(rest) {
		return strings.TrimSpace(title[:k]), strings.TrimSpace(rest)
	}
	return title, ""
}

// mediumOnly reports whether text names only how an activity is delivered
// ("eCast", "LIVE WEBINAR", "Self-Study"): never a line of its title.
func mediumOnly(text string) bool {
	words := strings.Fields(normLabel(text))
	for i := 0; i < len(words); {
		n := 0
		for k := min(3, len(words)-i); k >= 1; k-- {
			if vocab().media[strings.Join(words[i:i+k], " ")] {
				n = k
				break
			}
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return len(words) > 0
}

// acronymOnly reports whether text is one word in capitals ("NSH"): an
// organisation's mark, never a course title.
func acronymOnly(text string) bool {
	t := strings.TrimSpace(text)
	return !strings.ContainsAny(t, " \t") && len(t) <= 8 && strings.ToUpper(t) == t && strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// quoteClosed reports whether s is quoted whole: it opens with a quote
// mark and ends with its closing one.
func quoteClosed(s string) bool {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}} {
		if len(s) > len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return true
		}
	}
	return false
}

// quotedTitle is a title printed in quotes, without the comma or full
// stop that American style puts inside the closing quote
// (“Molecular Diagnostics of STIs,” presented as …).
func quotedTitle(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), " ,;")
}

// trimQuotes drops the quotes around a whole title; a title that quotes
// a part of itself keeps its quotes.
func trimQuotes(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"'", "'"}} {
		inner, ok := strings.CutPrefix(s, q[0])
		if !ok {
			continue
		}
		inner, ok = strings.CutSuffix(inner, q[1])
		if ok && !strings.ContainsAny(inner, "“”\"") {
			return quotedTitle(inner)
		}
		if !strings.Contains(inner, q[1]) {
			return strings.TrimSpace(inner) // an opening quote whose close the line lost
		}
	}
	return s
}

func containsLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0
}

// cutSentence ends a phrase at the first full stop that closes a
// sentence, not one of an abbreviation ("St. Brigid's" goes on).
func cutSentence(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' || i+1 < len(s) && s[i+1] != ' ' {
			continue
		}
		j := strings.LastIndexByte(s[:i], ' ') + 1
		if i-j > 3 {
			return strings.TrimSpace(s[:i])
		}
	}
	s = strings.TrimSpace(s)
	if abbreviationEnd.MatchString(s) {
		return s // "MediaLab, Inc."
	}
	return strings.TrimSuffix(s, ".")
}
