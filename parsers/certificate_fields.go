package parsers

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"celedger"
)

// wrapsCreditRow reports whether line l is the rest of the first cell of
// the credit table's row above it: a row of a name and figures only
// ("ABPath Self-Assessment | 2.0 | 2.0"), l starting where that name
// starts, close under it.
func wrapsCreditRow(row, l certLine) bool {
	if row.page != l.page || len(row.segs) < 2 || math.Abs(row.segs[0].X0-l.x0) > 2 || row.y-l.y > 2*math.Max(l.size, 1) {
		return false
	}
	for _, sg := range row.segs[1:] {
		if !creditNumber.MatchString(strings.TrimSpace(sg.Text)) {
			return false
		}
	}
	return true
}

// unitSide is the side of a label printed in two languages ("Horas
// contacto / Contact hours") that names a credit unit, or the label.
func unitSide(label string) string {
	if !strings.Contains(label, " / ") {
		return label
	}
	for _, side := range strings.Split(label, " / ") {
		if creditFigure("1 "+strings.TrimSpace(side)) != "" {
			return strings.TrimSpace(side)
		}
	}
	return label
}

// inMemoHeader reports whether line i lies in a memo's header: a line
// next to it opens with a label of [memo-header] ("From:", "Subject:").
func inMemoHeader(lines []certLine, i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(lines) || lines[k].page != lines[i].page {
			continue
		}
		first := strings.TrimSpace(lines[k].segs[0].Text)
		if label, _, ok := strings.Cut(first, ":"); ok && vocab().memoHeader[normLabel(label)] {
			return true
		}
	}
	return false
}

// yearOnly is a value that is a year alone ("2025" under "CMLE" on a
// seal), never a credit figure.
var yearOnly = regexp.MustCompile(`^\s*(?:19|20)\d\d\s*$`)

// creditNumber is a value that reads as a credit figure ("1.0",
// "12.25"): beside an ID's or a title's label, the label is a credit
// type's row.
var creditNumber = regexp.MustCompile(`^\d{1,2}\.\d{1,2}$`)

// labelledFields reads "Label: value" segments, a label segment with its
// value beside it, and labels with their value below them in the same
// column (or above, under a signature line). A value that is itself a
// label is never taken; the first value of each field wins. genericDate
// says the date is labelled "Date" alone (a signature's date, maybe);
// gathering that the title's label names a meeting the course was part
// of ("Meeting", "Conference"), not the course.
func labelledFields(lines []certLine) (vals map[certLabel]string, credits []string, genericDate, gathering bool) {
	vals = map[certLabel]string{}
	label := ""           // the label of the value being set
	genericTitle := false // the title so far is labelled only "Event", "Program", …: a more specific label wins
	genericID := false    // the ID so far is labelled only "Webinar ID", "Ref.", …: a course or activity number wins
	meetingDates := false // the date so far is labelled as a meeting's days: a session's date wins
	set := func(kind certLabel, value string) bool {
		value = strings.TrimSpace(value)
		if value == "" || isLabel(value) && !(kind == certUnit && unitName(value)) && !(kind == certCredits && creditStatement(value)) && !(kind == certType && formatValue(value)) {
			return false
		}
		if (kind == certTitle || kind == certName) && otherLabelled(value) {
			return false // "Program | Program No. 24EL-318": another label and its value, no title
		}
		if (kind == certTitle || kind == certName) && certificateHeading(value) {
			return false // "Training" (an issuer's wrapped last word) over "Certificate of Training": the heading is no value
		}
		if kind == certTitle && codeLike(value) {
			kind = certID // "Course: PHL-BSL3-0824" names the course by its number
		}
		if kind == certTitle && acronymOnly(value) {
			return false // "NSH" over "SYMPOSIUM" in a logo: a mark, not a title
		}
		if kind == certTitle && lowercaseStart(value) {
			return false // "on December 8, 2025, earning …" under a title's last word "Module": the sentence, not a value
		}
		if kind == certTitle && itemNumber.MatchString(value) {
			return false // "1. Risk assessment …" under "MODULE": a list's first item, not the title
		}
		if kind == certTitle && totalsLabel(value) && creditWords.MatchString(value) {
			return false // "Total P.A.C.E.® contact hours awarded": a figure's label in a table beside, not the title
		}
		if kind == certTitle && creditStatement(value) {
			return false // "OFFERING | 1.2 Continuing Education Units (CEUs)": a credit statement in the next column, the offering's number under its label
		}
		if kind == certTitle && startsWithDate(value) {
			return false // "Symposium: April 10–11, 2026, Lakes Region Conference Center": when and where, not what
		}
		if kind == certCredits {
			value = datedAside.ReplaceAllString(value, "") // "1.0 contact hour (attestation submitted 02/20/2026)"
			value = firstFact(value)                       // "1.0 · Course # NSH-W24-033": the next fact after the separator
		}
		if kind == certCredits && leadingNumberText(value) == "" && (vocab().otherCredit.MatchString(value) || physicianCredit.MatchString(value)) {
			return false // "CMLE | AMA PRA Cat. 1™" in a row of labels: the next label names another credit type, no figure
		}
		if kind == certCredits && otherLabelled(value) {
			if n := leadingNumberText(value); n != "" {
				value = n // "12.5 Program No. 519-101-25": the figure, then another fact
			}
		}
		if kind == certCredits && (!hasDigit(value) || firstDate(value) != "" || dateRange.MatchString(value) || otherLabelled(value) || yearOnly.MatchString(value)) {
			return false // "CONTACT HOURS | LEVEL / FORMAT", a date above the label, "CMLE" (a seal) beside "Course Code: WB25-FC-0314": a figure is a number, no other label's
		}
		if kind == certCredits {
			// Every labelled figure: the label says whom it is for, and
			// names the unit when the value is a bare number ("P.A.C.E.®
			// Contact Hours: 1.25").
			l, _, _ := strings.Cut(label, ":")
			l = unitSide(l)
			if loc := datePattern.FindStringIndex(l); loc != nil {
				l = l[loc[1]:] // "on 11/03/2025 Contact hours": the label after the sentence's date
			}
			if m := outOf.FindStringSubmatch(value); m != nil {
				value = strings.TrimSpace(m[1]) // "9.0 of 11.5 offered": the figure attended or claimed
			}
			if !containsLetters(value) {
				value += " " + l
			} else {
				value += " (" + l + ")"
			}
			credits = append(credits, value)
			return true
		}
		bare := bareLabel(strings.TrimSuffix(label, ":"))
		if vals[kind] != "" && !(kind == certTitle && genericTitle) && !(kind == certDate && genericDate && bare != "date") &&
			!(kind == certDate && meetingDates && bare != "date" && !meetingDateLabel(bare)) &&
			!(kind == certID && genericID && !vocab().genericIDs[bare]) {
			return false
		}
		switch kind {
		case certName:
			value = cleanName(numberInBrackets.ReplaceAllString(value, "")) // "… (Employee ID 448201)" wrapped under the name
			if len(strings.Fields(value)) < 2 {
				return false // "CM" of a credential set above the name: a name has two words at least
			}
		case certID:
			if d := firstDate(value); d != "" && strings.TrimSpace(value) == d {
				return false // "Date of offering: 18 March 2025": a date under a label that ends in an ID's noun
			}
			if k, rest, ok := labelAt(value); ok && k == certID && rest != "" {
				value = rest // "P.A.C.E.® Program. Program No. 587-214-24": the number after its own label
			}
			if i := strings.Index(value, " ("); i > 0 && strings.HasSuffix(value, ")") {
				value = value[:i] // "519-203-25 (ASCLS P.A.C.E.®)": the number, not whose it is
			}
			value = strings.TrimLeft(strings.TrimRight(value, ".,;"), "#") // "#W-12": the mark is the label's
			for open, shut := range map[string]string{"(": ")", "[": "]", "{": "}"} {
				if strings.HasPrefix(value, open) && strings.HasSuffix(value, shut) && strings.Count(value, open) == 1 {
					value = strings.TrimSuffix(strings.TrimPrefix(value, open), shut) // "[ML-SAF-1185]": the number in its brackets
				}
				if strings.HasSuffix(value, shut) && !strings.Contains(value, open) {
					value = strings.TrimRight(value, shut) // "(Course Number CLS-8015),", "[Activity 0618-LS]": the bracket's close, not the number's
				}
			}
			f := strings.Fields(value)
			if !hasDigit(value) && !lettersCode(value) || len(f) > 3 || meetingNumber.MatchString(value) {
				return false // "Webinar ID: 884 2210 7731" is the meeting platform's number
			}
		case certDate:
			if !datePattern.MatchString(value) && !dateRange.MatchString(value) {
				return false
			}
		case certUnit:
			if _, ok := celedger.ParseUnit(value); !ok {
				return false
			}
		case certProvider:
			value = cutProvider(value)
			if f := strings.Fields(value); len(f) == 1 && strings.HasSuffix(strings.ToLower(value), "ed") {
				return false // "P.A.C.E.®" / "APPROVED" over "PROVIDER" on a seal: a participle, no organisation's name
			}
		}
		vals[kind] = value
		switch kind {
		case certTitle:
			genericTitle = vocab().genericTitles[bare]
			gathering = genericTitle && vocab().events[bare]
		case certID:
			genericID = vocab().genericIDs[bare]
		case certDate:
			// "Date" alone, as under a signature line, may be the day
			// the certificate was signed: a sentence's date wins.
			genericDate = bare == "date"
			// "Meeting dates | June 22–26, 2025": the meeting's days; a
			// session's own date wins ("Session date | June 24, 2025").
			meetingDates = meetingDateLabel(bare)
		}
		return true
	}
	above := valuesAbove(lines)
	body := bodySize(lines)
	for i := range lines {
		l := &lines[i]
		if l.used && len(l.segs) == 1 {
			continue // taken as a label's value already ("Training", the last line of a wrapped title)
		}
		if strings.Count(l.text, " › ") >= 1 {
			continue // "My Learning › Completed › Course Details": a page's path, no field
		}
		if len(l.segs) == 1 && certificateHeading(l.text) && !strings.Contains(l.text, ":") {
			continue // "OPERATOR TRAINING COMPLETION RECORD": a heading, not "Operator:" and a name
		}
		if i > 0 && titleGoesOnto(lines[i-1], *l, body) {
			continue // "… Sentinel Laboratory" / "Training: Rule-Out and Referral …": a title set large wrapping, no "Training:" label
		}
		if i > 0 && len(l.segs) == 1 && wrapsCreditRow(lines[i-1], *l) {
			continue // "ABPath Self-Assessment | 2.0 | 2.0" / "Module (SAM)": a credit type's name wrapped in its cell
		}
		for j := 0; j < len(l.segs); j++ {
			if certificateHeading(l.segs[j].Text) && !strings.Contains(l.segs[j].Text, ":") {
				continue // "Corvane Instruments, Inc. | OPERATOR TRAINING RECORD": a heading in its segment, not "Operator:" and a name
			}
			for _, piece := range segmentPieces(l.segs[j].Text) {
				kind, rest, ok := labelAt(piece)
				if !ok && j == 0 && piece == l.segs[j].Text && len(l.segs) >= 2 && titleNounLabel(piece) && inLabelColumn(lines, i) {
					kind, rest, ok = certTitle, "", true // "Education activity | Laboratory Safety Training: …" in a column of labels
				}
				if !ok || kind == certOtherID || kind == certOtherDate {
					continue
				}
				if kind == certDate && inMemoHeader(lines, i) {
					l.used = true
					continue // "Date: July 22, 2024" between "From:" and "Subject:": the memo's date, not the course's
				}
				if rest == "" && l.segs[j].Size > 1.4*body {
					continue // "Symposium" ending a heading set large: a word of the heading, not a label
				}
				if kind == certOther {
					// "Location: …", "Level | Basic": the value is no field's.
					l.used = true
					if rest == "" && piece == l.segs[j].Text && j+1 < len(l.segs) && !isLabel(l.segs[j+1].Text) && !labelRow(lines, i) {
						j++
					}
					continue
				}
				label = itemNumber.ReplaceAllString(piece, "")
				if rest != "" {
					value := beforeNextLabel(rest, kind == certID)
					if set(kind, value) && value == rest && piece == l.segs[j].Text && (kind == certTitle || kind == certProvider) {
						// "Activity: Pathology Grand Rounds: … Infectious" /
						// "Disease Testing" under the value's first letter.
						if x, ok := valueStart(l.segs[j]); ok {
							vals[kind] = wrapsBeside(lines, i, segment{X0: x, Size: l.segs[j].Size}, vals[kind])
						}
						if kind == certTitle && vals[kind] == value {
							// "Session: … Serum Free Light Chain" / "Ratios in
							// Renal Impairment" under the label's own start.
							vals[kind] = wrapsBeside(lines, i, segment{X0: l.segs[j].X0, Size: l.segs[j].Size}, vals[kind])
						}
					}
					l.used = true
					// The facts after the value in the same segment, each
					// after its label ("Webinar code: CM-WEB-2501 Contact
					// hours: 1.0 Available on demand …").
					for more := strings.TrimSpace(strings.TrimPrefix(rest, value)); more != "" && more != rest; {
						k2, rest2, ok2 := labelAt(more)
						if !ok2 || rest2 == "" || k2 == certNone || k2 == certOther || k2 == certOtherID || k2 == certOtherDate {
							break
						}
						label = strings.TrimSpace(strings.TrimSuffix(more, rest2))
						v2 := beforeNextLabel(rest2, k2 == certID)
						if n := leadingNumberText(rest2); k2 == certCredits && n != "" {
							v2 = n // "Contact hours: 1.0 Available on demand …": the figure
						}
						set(k2, v2)
						rest, more = rest2, strings.TrimSpace(strings.TrimPrefix(rest2, v2))
					}
					continue
				}
				if piece != l.segs[j].Text {
					continue // a label alone inside a longer segment names nothing
				}
				l.used = true
				row := labelRow(lines, i)
				beside := func() bool {
					next := l.segs[min(j+1, len(l.segs)-1)].Text
					return j+1 < len(l.segs) && (!isLabel(next) || kind == certUnit && unitName(next) || kind == certType && formatValue(next)) && set(kind, next)
				}
				if kind == certCredits && !row {
					if k, last := claimedValue(lines, i, j); k > 0 && set(kind, l.segs[k].Text) {
						j = last // "P.A.C.E.® contact hours | 1.00 | 0.75" under "Maximum | Claimed"
						continue
					}
				}
				if !row && (kind == certID || kind == certTitle) && j+1 < len(l.segs) && creditNumber.MatchString(strings.TrimSpace(l.segs[j+1].Text)) {
					j++ // "Self-Assessment Module (SAM) | 1.0" in a credit table: a credit type's row, labelling no field
					continue
				}
				if !row && beside() {
					if last := len(l.segs) - 1; kind == certDate && last > j+1 && strings.Contains(strings.ToLower(label), "dates") && allDates(l.segs[j+1:]) {
						// "Part dates | 03/06/2025 | 03/13/2025 | … | 03/27/2025":
						// the parts' days (a label of dates, plural); the last
						// is when the course ended.
						vals[kind] = strings.TrimSpace(l.segs[last].Text)
						j = last
						continue
					}
					if kind == certTitle || kind == certProvider {
						// The value wraps onto lines below at its own left edge.
						if vals[kind] == cutProvider(l.segs[j+1].Text) || vals[kind] == strings.TrimSpace(l.segs[j+1].Text) {
							vals[kind] = wrapsBeside(lines, i, l.segs[j+1], vals[kind])
						}
					}
					if kind == certTitle && (formatOnly(vals[kind]) || mediumOnly(vals[kind])) {
						// "Program | eCast" over the title at the value's
						// left edge: the format, then the title.
						if k, seg := columnNeighbour(lines, i, l.segs[j+1], 1); k >= 0 && len(lines[k].segs) == 1 && titleLike(lines[k]) && !formatOnly(seg.Text) && !mediumOnly(seg.Text) {
							vals[kind] = wrapsBeside(lines, k, seg, strings.TrimSpace(seg.Text))
							lines[k].used = true
						}
					}
					j++
					continue
				}
				if !row && j+1 == len(l.segs) {
					// The value beside the label set a little higher or lower
					// (a larger font, a wrapped value centred on its label).
					if v, k, seg := valueBesideAcross(lines, i, l.segs[j]); v != "" {
						if kind == certTitle || kind == certProvider {
							v = wrapsBeside(lines, k, seg, v)
						}
						if set(kind, v) {
							continue
						}
					}
				}
				if kind == certCredits && !above {
					if v := claimedInColumn(lines, i, l.segs[j]); v != "" && set(kind, v) {
						continue // "ASCLS P.A.C.E.® contact hours" over "Designated (maximum) | 1.25" and "Claimed by participant | 1.0"
					}
					if total := columnTotal(lines, i, l.segs[j]); total != "" && set(kind, total) {
						continue // "P.A.C.E.® hours claimed" over a day's figure per row: the days' total
					}
					if k, cell := columnNeighbour(lines, i, l.segs[j], 1); k >= 0 && creditTypeRow(lines[k], cell) {
						continue // "Credit claimed" over a row per credit type: each row's own label names its figure
					}
				}
				// A bare event word ("MEETING" under "ANNUAL" in a logo)
				// labels only what is under it.
				downOnly := vocab().genericTitles[bareLabel(piece)] && !strings.Contains(piece, ":")
				if v := valueInColumn(lines, i, l.segs[j], kind == certTitle || kind == certProvider, above && !downOnly, downOnly); v != "" && set(kind, v) {
					continue
				}
				if above && !downOnly {
					// The value above was not this field's ("March 26–28,
					// 2025" over "P.A.C.E.® CONTACT HOURS"): the one below.
					if v := valueInColumn(lines, i, l.segs[j], kind == certTitle || kind == certProvider, false, true); v != "" && set(kind, v) {
						continue
					}
				}
				if v := rowPartner(lines, i, j, above); v != "" && set(kind, v) {
					continue // a row of labels over (or under) a row of as many values, each centred in its cell
				}
				if v := stackedValue(lines, i); v != "" && set(kind, v) {
					lines[i+1].used = true
					continue // "PARTICIPANT NAME" alone at the margin, the name alone under it, centred
				}
				if row && beside() {
					j++
				}
			}
		}
	}
	if vals[certDate] != "" && !above {
		vals[certDate] = lastDateInColumn(lines, vals[certDate])
	}
	return vals, credits, genericDate, gathering
}

// meetingDateLabel reports whether a bare date label names a meeting's
// days ("meeting dates", "conference dates", "symposium date").
func meetingDateLabel(bare string) bool {
	f := strings.Fields(bare)
	return len(f) == 2 && vocab().events[f[0]] && (f[1] == "date" || f[1] == "dates")
}

// formatType is the activity type a certificate prints as its format
// rather than under a label: the format words after the verb ("has
// successfully completed the webinar") or a format line alone right above
// or under the title ("Virtual Session"), without articles, capitalised
// ("Webinar", "Virtual Session"); "" when only generic words ("the
// course", "this activity") are printed.
func formatType(lines []certLine, title string) string {
	if title == "" {
		return ""
	}
	v := vocab()
	for _, l := range lines {
		// The verb, the format and the title on one line: "has completed
		// the live webinar “Antimicrobial Stewardship …”".
		if _, rest, ok := cueIn(l.text, v.titleCues); ok {
			if i := strings.Index(rest, title); i > 0 {
				if before := strings.TrimRight(rest[:i], " “”\"'‘’:"); formatOnly(before) {
					if t := formatName(before); t != "" {
						return t
					}
				}
			}
		}
	}
	for k, l := range lines {
		if t := trimQuotes(l.text); t == "" || !strings.HasPrefix(title, t) {
			continue // (the title's first line, its quotes aside)
		}
		var cands []string
		for _, j := range []int{k - 1, k - 2, k + 1} {
			if j < 0 || j >= len(lines) || lines[j].page != l.page {
				continue
			}
			if _, rest, ok := cueIn(lines[j].text, v.titleCues); ok {
				if j < k && formatOnly(rest) {
					cands = append(cands, rest) // "has completed the live webinar": the words after the verb
				}
				continue
			}
			if len(lines[j].segs) == 1 && formatOnly(lines[j].text) {
				cands = append(cands, lines[j].text)
			}
		}
		for _, c := range cands {
			if t := formatName(c); t != "" {
				return t
			}
		}
		return ""
	}
	return ""
}

// formatName is a format phrase as an activity type: articles and
// linking words gone, each word capitalised ("the live webinar" → "Live
// Webinar"), "" when no word but generic ones is left.
func formatName(s string) string {
	var out []string
	specific := false
	for _, w := range strings.Fields(strings.Trim(s, " :,.")) {
		lw := strings.ToLower(strings.Trim(w, ",:"))
		if formatLinking[lw] {
			continue
		}
		specific = specific || !formatGeneric[lw]
		if r := []rune(w); len(r) > 0 && unicode.IsLower(r[0]) && strings.IndexFunc(w[1:], unicode.IsUpper) < 0 {
			w = string(unicode.ToUpper(r[0])) + string(r[1:]) // ("eCast" keeps its capital inside)
		} else if strings.ToUpper(w) == w && len(w) > 3 {
			w = w[:1] + strings.ToLower(w[1:]) // "LIVE WEBINAR" → "Live Webinar"
		}
		out = append(out, strings.Trim(w, ",:"))
	}
	if !specific {
		return ""
	}
	return strings.Join(out, " ")
}

// headlineAbove reports whether a title-like line set larger than the
// text stands above line i on its page, no heading: the title printed over
// the name ("Hematology Case Conference Series: …" over "Participant"), so
// a body-size line under the name is a remark on the person ("California
// … license on file"), not the title.
func headlineAbove(lines []certLine, i int) bool {
	body := bodySize(lines)
	for k := i - 1; k >= 0 && lines[k].page == lines[i].page; k-- {
		if lines[k].size >= 1.2*body && len(lines[k].segs) == 1 && titleLike(lines[k]) && !certificateHeading(lines[k].text) && !labelled(lines[k].text) && cleanName(lines[k].text) == "" {
			return true
		}
	}
	return false
}

// allDates reports whether every segment is a date alone.
func allDates(segs []segment) bool {
	for _, s := range segs {
		if !startsWithDate(strings.TrimSpace(s.Text)) || firstDate(s.Text) != strings.TrimSpace(s.Text) {
			return false
		}
	}
	return true
}

// credentialsOnly reports whether a line holds only credentials, as set
// under a name ("HTL(ASCP)QIHC", "MLS(ASCP)CM, SBB"): never the title.
func credentialsOnly(t string) bool {
	marked := false
	for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		if !credentialToken.MatchString(f) {
			return false
		}
		marked = marked || strings.Contains(f, "(")
	}
	return marked
}

// credentialToken is one credential as printed after a name: "MLS",
// "HTL(ASCP)QIHC", "M(ASCPi)".
var credentialToken = regexp.MustCompile(`^[A-Z]{1,6}(?:\([A-Za-z]+\)[A-Z]*)?$`)

// formatLinking are the words of a format phrase that name no format
// ("the", "following", "entitled"); formatGeneric the formats that say
// nothing of the kind ("course", "activity").
var (
	formatLinking = map[string]bool{"the": true, "a": true, "an": true, "this": true, "following": true, "entitled": true, "titled": true,
		"called": true, "named": true, "of": true, "on": true, "in": true, "for": true}
	formatGeneric = map[string]bool{"course": true, "activity": true, "program": true, "programme": true, "continuing": true,
		"education": true, "educational": true, "ce": true, "training": true, "module": true, "event": true}
)

// numberInBrackets is a bracketed aside that holds a number, after a
// name: "(Employee ID 448201)".
// numberAside is a number in brackets anywhere in a name's text ("(Employee
// No. 55310)"): a name holds no digit.
var numberAside = regexp.MustCompile(`\s*\([^()]*\d[^()]*\)`)

var numberInBrackets = regexp.MustCompile(`\s*\([^()]*\d[^()]*\)\s*$`)

// stackedValue is the value of a label alone on line i when the next line
// holds one segment alone, close under it, that is no label: a form that
// sets its labels at the margin and centres each value under its label
// ("PARTICIPANT NAME" / "OLUWADAMILOLA ADEYEMI"), so the value stands in
// no column of the label's. "" otherwise.
func stackedValue(lines []certLine, i int) string {
	if len(lines[i].segs) != 1 || i+1 >= len(lines) {
		return ""
	}
	l, next := lines[i], lines[i+1]
	em := math.Max(math.Max(l.size, next.size), 1)
	if next.page != l.page || len(next.segs) != 1 || next.used || lineGap(l, next) > 2.5*em || isLabel(next.text) || certificateHeading(next.text) ||
		labelled(next.text) || formatOnly(next.text) {
		return ""
	}
	if i > 0 && lines[i-1].page == l.page && lineGap(lines[i-1], l) <= lineGap(l, next) {
		return "" // nearer the line above: a value set beside-above its label, or the end of a sentence ("… activity:")
	}
	return strings.TrimSpace(next.text)
}

// otherLabelled reports whether text is another field's label and value
// ("Course Code: WB25-FC-0314"), not a credit figure's.
func otherLabelled(text string) bool {
	text, _, _ = strings.Cut(text, " · ") // "Session No. S-214 · Room 304B": facts apart
	k, rest, ok := labelAt(text)
	return ok && rest != "" && k != certNone && k != certCredits && k != certUnit
}

// beforeNextLabel is a value up to the next "Label:" set in the same
// segment ("ML-MATH-01 Account: 0015-88321"): the words just before a
// colon that read as a known label end the value; a code (an activity
// ID) ends at any capitalised word with a colon, and at a separator
// between facts (" • ", " · ", " | ").
func beforeNextLabel(value string, code bool) string {
	if code {
		value = firstFact(value) // "38 • Sunday, September 7, 2025 • 3.0 contact hours": a code ends at the next fact
	}
	words := strings.Fields(value)
	before := func(k int) string { return strings.TrimRight(strings.Join(words[:k], " "), " |·•;,") }
	for i, w := range words {
		if i == 0 || !strings.HasSuffix(w, ":") || i == len(words)-1 && !code {
			continue // (the value's own last word and colon: "… Sentinel Laboratory Training:" goes on on the next line)
		}
		for k := max(1, i-2); k <= i; k++ {
			if kind, rest, ok := labelAt(strings.Join(words[k:i+1], " ")); ok && kind != certNone && rest == "" {
				return before(k)
			}
		}
		if code && capitalised(w) {
			return before(i) // a code holds no word and colon: "Account:" labels the next fact
		}
	}
	return value
}

// segmentPieces splits a segment at the separators certificates put
// between facts on one line ("1.5 contact hours · Program # 524-101-25"):
// the segment first, then its pieces.
func segmentPieces(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '•' || r == '|' || r == ';' })
	if strings.Contains(s, " — ") || strings.Contains(s, " – ") {
		parts = splitOutsideBrackets(s) // "Minneapolis — November 12, 2026 — Event ID UMW-1126"
	}
	if len(parts) <= 1 {
		if tail := labelledAfterSentence(s); tail != "" {
			return []string{s, tail} // "… a maximum of 1.5 P.A.C.E.® contact hours. Contact hours claimed: 1.0"
		}
		return []string{s}
	}
	out := []string{s}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// labelledAfterSentence is the labelled fact a line gives after a
// sentence's full stop ("This activity is approved for a maximum of 1.5
// P.A.C.E.® contact hours. Contact hours claimed: 1.0"): the text after
// the last ". " when it opens with a label and its colon; "" when none.
func labelledAfterSentence(s string) string {
	k := strings.LastIndex(s, ". ")
	if k < 0 || !strings.Contains(s[k:], ":") {
		return ""
	}
	tail := strings.TrimSpace(s[k+2:])
	if kind, rest, ok := labelAt(tail); ok && rest != "" && kind != certNone && strings.Contains(strings.TrimSuffix(tail, rest), ":") {
		return tail
	}
	return ""
}

// valueInColumn finds the value of a label segment alone on line i in
// its column: on the nearest lines below (or above, when the document
// prints its labels under their values; never above with downOnly), with
// the lines a title or provider wraps onto.
func valueInColumn(lines []certLine, i int, label segment, wraps, above, downOnly bool) string {
	dirs := []int{1, -1}
	switch {
	case downOnly:
		dirs = []int{1}
	case above:
		dirs = []int{-1, 1}
		// The page prints values over their labels, but this label's line
		// below is nearer than the one above ("Webinar" between the name
		// and the title): below first.
		kd, _ := columnNeighbour(lines, i, label, 1)
		ku, _ := columnNeighbour(lines, i, label, -1)
		if kd >= 0 && ku >= 0 && lines[i].y-lines[kd].y < 0.9*(lines[ku].y-lines[i].y) {
			dirs = []int{1, -1}
		}
	}
	for _, dir := range dirs {
		k, s := columnNeighbour(lines, i, label, dir)
		if dir == 1 && k >= 0 && labelWrapsOnto(lines[i], label, lines[k], s) {
			k, s = columnNeighbour(lines, k, s, dir) // "Continuing Education Hours" / "Earned", then the value
		}
		if dir == 1 && k >= 0 && translatedRow(lines[i], lines[k]) {
			k, s = columnNeighbour(lines, k, s, dir) // "Module ID | Date completed" / "Módulo | Fecha", then the values
		}
		if dir == 1 && k >= 0 && len(lines[k].segs) == 1 && acrossColumns(lines[i], label, s) {
			k, s = columnNeighbour(lines, k, label, dir) // a title printed across the table, then the row's cells
		}
		for n := 0; wraps && dir == 1 && k >= 0 && n < 2 && formatOnly(s.Text); n++ {
			lines[k].used = true
			k, s = columnNeighbour(lines, k, s, dir) // "FOR COMPLETION OF" / "the online course", then the title
		}
		if k < 0 || isLabel(s.Text) || labelled(s.Text) && dir == -1 || besideItsLabel(lines, k, s) || dir == -1 && introduces(s.Text) {
			continue
		}
		if label.Size > 1.25*s.Size {
			continue // a heading's word ("Symposium" over the dates), not a label: labels are not set larger than their values
		}
		if dir == 1 && tableColumn(lines, k, s) {
			return "" // the header of a table's column ("Workshop" over five sessions): no value above it either
		}
		lines[k].used = true
		if !wraps {
			return s.Text
		}
		if dir == 1 {
			return joinColumn(lines, k, s, s.Text)
		}
		// Labels under their values: the value's lines run down to the
		// label, so gather them upwards.
		value := s.Text
		for n := k - 1; n >= 0; n-- {
			m, t := columnNeighbour(lines, n+1, s, -1)
			if m != n || isLabel(t.Text) || labelled(t.Text) || lines[n].y-lines[n+1].y > 1.7*math.Max(lines[n].size, 1) ||
				!sameSize(t.Size, s.Size) {
				break // not the line the value wraps from: far above, or set in another size
			}
			em := math.Max(lines[n].size, 1)
			if math.Abs(t.X0-s.X0) > 0.6*em && math.Abs((t.X0+t.X1)-(s.X0+s.X1)) > 1.2*em || rowOfLabels(lines[n]) {
				break // neither left-aligned nor centred with the value
			}
			value = joinWrapped(t.Text, value)
			lines[n].used = true
		}
		return value
	}
	return ""
}

// labelWrapsOnto reports whether segment s of line below is the second
// line of the label segment of line l: close under it, the same size, and
// the two read together as a label.
func labelWrapsOnto(l certLine, label segment, below certLine, s segment) bool {
	return l.page == below.page && l.y-below.y <= 1.7*math.Max(label.Size, 1) &&
		sameSize(s.Size, label.Size) && isLabel(joinWrapped(label.Text, s.Text))
}

// wrapsBeside appends to a value beside its label (segment value of line
// i) the lines it wraps onto: close below, starting at its left edge with
// nothing in the label's column, the same size, not a label or a date.
func wrapsBeside(lines []certLine, i int, value segment, text string) string {
	prev := lines[i]
	for k := i + 1; k < len(lines) && k <= i+3; k++ {
		c := lines[k]
		em := math.Max(c.size, 1)
		// Beside a label, a line with nothing in the label's column is
		// the value's next line even under generous leading; a value left
		// open ("… Infectious Substances:", "… Strategies for") goes on at
		// a form's row pitch too.
		// (A word at the value's edge, right of the labels' column, is no
		// label: "… Documentation" / "Program".)
		open := endsOpen(text) || strings.HasSuffix(strings.TrimSpace(text), ":")
		leading := 2.5 * em
		if open || lowercaseStart(c.text) {
			leading = 3.5 * em
		}
		if pitch := lines[i].y - c.y; k == i+1 && i > 0 && lines[i-1].page == c.page && pitch <= 1.05*(lines[i-1].y-lines[i].y) && pitch <= 4*em {
			leading = math.Max(leading, pitch) // no farther below than the form's rows are apart
		}
		if c.page != prev.page || prev.y-c.y > leading || len(c.segs) != 1 || math.Abs(c.segs[0].X0-value.X0) > em ||
			!sameSize(c.size, value.Size) || labelled(c.text) && !isLabel(c.text) && !open || datePattern.MatchString(c.text) ||
			quoteClosed(text) || mediumOnly(c.text) || labelBeside(lines, k, i, value.X0) {
			break
		}
		text = joinWrapped(text, c.text)
		lines[k].used = true
		prev = c
	}
	return text
}

// labelBeside reports whether line k is another label's value: a label
// (other than line i's) sits beside it, left of the values' column x, set
// a little lower or higher ("CMR-2505" beside "Activity number:" under a
// wrapped title).
func labelBeside(lines []certLine, k, i int, x float64) bool {
	em := math.Max(lines[k].size, 1)
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(lines) || j == i || lines[j].page != lines[k].page || len(lines[j].segs) != 1 {
			continue
		}
		l := lines[j]
		if math.Abs(l.y-lines[k].y) < 0.6*em && l.x1 <= x && isLabel(strings.TrimSpace(l.text)) {
			return true
		}
	}
	return false
}

// acrossColumns reports whether segment s, under label on row l, reaches
// into the next label's column: a line across the table, no cell of it.
func acrossColumns(l certLine, label, s segment) bool {
	for _, o := range l.segs {
		if o.X0 > label.X1 && s.X1 > o.X0 {
			return true
		}
	}
	return false
}

// translatedRow reports whether row b, under a row of labels a, is a's
// labels again in another language: as many cells, each under one of a's,
// and no digit ("Módulo | Fecha | Horas" under "Module ID | Date completed |
// Contact hours").
func translatedRow(a, b certLine) bool {
	if len(a.segs) < 3 || len(a.segs) != len(b.segs) || hasDigit(b.text) || !rowOfLabels(a) {
		return false
	}
	em := math.Max(a.size, 1)
	for i := range a.segs {
		if math.Abs((a.segs[i].X0+a.segs[i].X1)-(b.segs[i].X0+b.segs[i].X1)) > 2*em && math.Abs(a.segs[i].X0-b.segs[i].X0) > em {
			return false
		}
	}
	return true
}

// valueStart is where the value of a "Label: value" segment starts: the
// left edge of its first glyph after the label's colon.
func valueStart(s segment) (float64, bool) {
	colon := false
	for _, g := range s.Glyphs {
		switch {
		case !colon:
			colon = strings.HasSuffix(g.Text, ":")
		case strings.TrimSpace(g.Text) != "":
			return g.X0, true
		}
	}
	return 0, false
}

// valueBesideAcross is the value beside a label alone on line i that
// sits on lines of its own just above or below it: lines within a line's
// height whose text all starts right of the label, nearer to this label
// than to any other line with text in the label's column; joined top to
// bottom, with the last line and its segment. It marks the lines used.
func valueBesideAcross(lines []certLine, i int, label segment) (value string, last int, lastSeg segment) {
	l := lines[i]
	em := math.Max(l.size, 1)
	var picked []int
	for k := max(0, i-2); k < len(lines) && k <= i+2; k++ {
		c := lines[k]
		if k == i || c.page != l.page || math.Abs(c.y-l.y) > 1.2*math.Max(em, c.size) || c.used || c.segs[0].X0 < label.X1 {
			continue
		}
		nearest := true
		for m := max(0, k-3); m < len(lines) && m <= k+3; m++ {
			if m != i && lines[m].page == l.page && math.Abs(lines[m].segs[0].X0-label.X0) < em &&
				math.Abs(lines[m].y-c.y) < math.Abs(l.y-c.y) {
				nearest = false // the value of another label in the column
			}
		}
		if nearest && !isLabel(c.segs[0].Text) {
			picked = append(picked, k)
		}
	}
	for _, k := range picked {
		value = joinWrapped(value, lines[k].text)
		lines[k].used = true
		last, lastSeg = k, lines[k].segs[0]
	}
	return strings.TrimSpace(value), last, lastSeg
}

// claimedValue picks, of two or more figures beside the credit label at
// segment j of line i, the one under the column header that claims the
// most (claimRank: "Claimed" over a plain header over "Maximum"); it
// returns that segment and the last figure's, or 0, 0 when the label has
// fewer than two figures beside it.
func claimedValue(lines []certLine, i, j int) (int, int) {
	l := lines[i]
	var figures []int
	for k := j + 1; k < len(l.segs) && !isLabel(l.segs[k].Text); k++ {
		if leadingNumber.MatchString(l.segs[k].Text) {
			figures = append(figures, k)
		}
	}
	if len(figures) < 2 {
		return 0, 0
	}
	headers := headerRowAbove(lines, i, len(l.segs))
	best, bestRank := 0, -1
	for _, k := range figures {
		header := ""
		if headers != nil {
			header = headers[k] // "Credit type | Maximum | Claimed" over the row, cell by cell, whatever the cells' alignment
		} else {
			header = columnHeader(lines, i, l.segs[k])
		}
		if rank := claimRank(header); rank > bestRank {
			best, bestRank = k, rank
		}
	}
	return best, figures[len(figures)-1]
}

// headerRowAbove is the texts of the nearest row above line i, within
// three lines, with as many segments as line i and no digit in any: a
// table's header row, cell by cell ("Credit type | Maximum | Claimed");
// nil when there is none.
func headerRowAbove(lines []certLine, i, cells int) []string {
	for k := i - 1; k >= 0 && k >= i-3 && lines[k].page == lines[i].page; k-- {
		if len(lines[k].segs) != cells || slices.ContainsFunc(lines[k].segs, func(s segment) bool { return hasDigit(s.Text) }) {
			continue
		}
		texts := make([]string, cells)
		for n, s := range lines[k].segs {
			texts[n] = s.Text
		}
		return texts
	}
	return nil
}

// columnHeader is the text heading the column of segment seg of line i:
// the nearest segment above it, within eight lines, across from it and
// holding no digit; "" when there is none.
func columnHeader(lines []certLine, i int, seg segment) string {
	for k := i - 1; k >= 0 && k >= i-8 && lines[k].page == lines[i].page; k-- {
		for _, s := range lines[k].segs {
			if math.Min(s.X1, seg.X1)-math.Max(s.X0, seg.X0) <= 0 {
				continue
			}
			if !hasDigit(s.Text) && containsLetters(s.Text) {
				return s.Text
			}
		}
	}
	return ""
}

// besideItsLabel reports whether segment s of line i is the value of the
// label segment just left of it ("AMA PRA Category 1 Credits™ | 1.50"
// under a "Credits earned" header): the value of that label, not of a
// label above it.
func besideItsLabel(lines []certLine, i int, s segment) bool {
	l := lines[i]
	for k := 1; k < len(l.segs); k++ {
		if l.segs[k].X0 == s.X0 && l.segs[k].Text == s.Text {
			prev := l.segs[k-1].Text
			kind, rest, ok := labelAt(prev)
			if !ok || kind == certNone || rest != "" || prev != strings.TrimSpace(prev) {
				return false
			}
			if up, u := columnNeighbour(lines, i, l.segs[k-1], -1); up >= 0 && isLabel(u.Text) && rowOfLabels(lines[up]) {
				return false // "STATUS" over "Completed": a value under its own label, no label of the cell beside it
			}
			return true
		}
	}
	return false
}

// tableColumn reports whether the value at segment s of line k heads a
// column of rows: the next two lines have a segment at its left edge too,
// set in its size and no label, and each line holds two segments or more.
func tableColumn(lines []certLine, k int, s segment) bool {
	rows := 0
	for n := k; n < len(lines) && n <= k+2 && lines[n].page == lines[k].page && len(lines[n].segs) >= 2; n++ {
		for _, t := range lines[n].segs {
			if math.Abs(t.X0-s.X0) < math.Max(lines[n].size, 1) && !isLabel(t.Text) && !capsLabel(t.Text) &&
				sameSize(t.Size, s.Size) {
				rows++ // a row's cell (a grid of labels over values has labels between)
				break
			}
		}
	}
	return rows == 3
}

// claimedInColumn is the figure a credit type's column gives on the row
// its label calls claimed or awarded, when an earlier row of the column
// is a maximum ("Designated (maximum) | 1.25" over "Claimed by
// participant | 1.0", credit types across the top); "" when the column
// has no such rows.
func claimedInColumn(lines []certLine, i int, label segment) string {
	rowLabel := func(k int, cell segment) string {
		if s := lines[k].segs[0]; s.X1 < cell.X0 {
			return s.Text
		}
		return ""
	}
	sawMaximum := false
	k, seg := i, label
	for steps := 0; steps < 6; steps++ {
		next, cell := columnNeighbour(lines, k, seg, 1)
		if next < 0 {
			break
		}
		t := strings.TrimSpace(cell.Text)
		if !creditNumber.MatchString(t) && strings.Trim(t, "—–-") != "" {
			break
		}
		switch claimRank(rowLabel(next, cell)) {
		case 0:
			sawMaximum = true
		case 2:
			if sawMaximum && creditNumber.MatchString(t) {
				return t
			}
		}
		k, seg = next, cell
	}
	return ""
}

// columnTotal is the total of a credits column that lists a figure per
// day or session (rows holding, left of the figure, a date, a weekday or
// an item's number): the figure on its "Total" row, else the sum of its
// figures, as text with one decimal; "" when the column holds fewer than
// two such figures.
func columnTotal(lines []certLine, i int, label segment) string {
	var sum float64
	n := 0
	k, seg := i, label
	for steps := 0; steps < 40; steps++ {
		next, cell := columnNeighbour(lines, k, seg, 1)
		if next < 0 {
			break
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(cell.Text), 64)
		if err != nil {
			break
		}
		left := func(ok func(string) bool) bool {
			return slices.ContainsFunc(lines[next].segs, func(s segment) bool { return s.X0 < cell.X0 && ok(s.Text) })
		}
		if left(totalsLabel) {
			return strconv.FormatFloat(v, 'f', 1, 64) // "Total contact hours | 18.0 | 14.5"
		}
		if !left(opensItemRow) {
			return "" // a row per credit type ("AMA PRA … | 1.25"), not per day or session: no total
		}
		sum += v
		n++
		k, seg = next, cell
	}
	if n < 2 {
		return ""
	}
	return strconv.FormatFloat(sum, 'f', 1, 64)
}

// datedAside is a bracketed remark holding a date after a figure, or a
// bracket the line leaves open ("(attestation submitted" / "02/20/2026)").
var datedAside = regexp.MustCompile(`\s*\([^()]*$|\s*\([^()]*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}[^()]*\)|\s*\([^()]*` + month + `\.?\s+\d{1,2},?\s+\d{4}[^()]*\)`)

// creditWords are the nouns of a credit figure's label.
var creditWords = regexp.MustCompile(`(?i)\b(?:hours?|credits?|ceus?|cmle|points?)\b`)

// creditTypeRow reports whether line l is a row of a table of credit
// types: its first cell, left of cell, is a credit figure's label
// ("AMA PRA Category 1 Credits™ | 1.50 | 0.00").
func creditTypeRow(l certLine, cell segment) bool {
	if len(l.segs) < 2 || l.segs[0].X1 > cell.X0 {
		return false
	}
	kind, rest, ok := labelAt(l.segs[0].Text)
	return ok && kind == certCredits && strings.TrimSpace(rest) == ""
}

// opensItemRow reports whether a cell opens a row of a day or a session:
// a date, a day without its year ("Oct 15"), a weekday, or an item's
// number ("3. Packaging, referral and …").
func opensItemRow(t string) bool {
	return startsWithDate(t) || dayOfMonth.MatchString(t) || weekday.MatchString(t) || itemNumber.MatchString(t)
}

// dayOfMonth is a day printed without its year: "Oct 15", "15 October".
var dayOfMonth = regexp.MustCompile(`(?i)^\s*(?:` + month + `\.?\s+\d{1,2}\b|\d{1,2}\s+` + month + `\b)`)

// weekday opens a day's row ("Saturday, October 25", "Thu, Apr 16").
var weekday = regexp.MustCompile(`(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s`)

// capsLabel reports whether text is set like a label in capitals ("LEVEL
// / FORMAT"): letters all upper case, no digit.
func capsLabel(text string) bool {
	return containsLetters(text) && strings.ToUpper(text) == text && !hasDigit(text)
}

// columnNeighbour is the nearest line in direction dir (1 down, -1 up)
// from line i, within about three lines, with a segment in the column of
// seg, and that segment; -1 when there is none.
func columnNeighbour(lines []certLine, i int, seg segment, dir int) (int, segment) {
	l := lines[i]
	em := math.Max(l.size, 1)
	for k := i + dir; k >= 0 && k < len(lines) && (k-i)*dir <= 4; k += dir {
		if lines[k].page != l.page || lineGap(l, lines[k]) > 3.2*math.Max(em, lines[k].size) {
			break
		}
		for _, s := range lines[k].segs {
			if inColumn(s, seg, em) {
				return k, s
			}
		}
	}
	return -1, segment{}
}

// lineGap is the distance between two lines of a page, points: from the
// baseline of the upper one's last line to that of the lower one's first
// (a row whose cells wrap is as near as its first line).
func lineGap(a, b certLine) float64 {
	if a.y < b.y {
		a, b = b, a
	}
	return math.Abs(a.y - b.top)
}

// inColumn reports whether segment s stands in the column of seg: its
// left edge within em of seg's, or overlapping more than half the
// narrower of the two.
func inColumn(s, seg segment, em float64) bool {
	overlap := math.Min(s.X1, seg.X1) - math.Max(s.X0, seg.X0)
	return math.Abs(s.X0-seg.X0) < em || overlap > 0.5*math.Min(s.X1-s.X0, seg.X1-seg.X0)
}

// lastDateInColumn is the last of the dates a table's "Date" column
// lists, one per row ("January 14, 2026", "January 15, 2026" for a
// two-day class): the day the activity was completed. date is the date
// read; it counts only as a cell of a row with no label in it, and the
// column ends at a cell that holds no date or a row that holds a label
// ("Inspector status valid until | 10/20/2027").
func lastDateInColumn(lines []certLine, date string) string {
	dateOf := func(t string) celedger.Date {
		d, _ := celedger.ParseDate(firstDate(t))
		return d
	}
	hasLabel := func(l certLine) bool {
		return slices.ContainsFunc(l.segs, func(s segment) bool { return labelled(s.Text) })
	}
	for i, l := range lines {
		j := slices.IndexFunc(l.segs, func(s segment) bool { return strings.TrimSpace(s.Text) == date })
		if j < 0 || len(l.segs) < 2 || hasLabel(l) {
			continue
		}
		seg, last, lastDate, prevY := l.segs[j], date, dateOf(date), l.y
		for k := i + 1; k < len(lines) && lines[k].page == l.page && prevY-lines[k].y <= 5*math.Max(l.size, 1); k++ {
			cell := slices.IndexFunc(lines[k].segs, func(s segment) bool { return inColumn(s, seg, l.size) })
			if cell < 0 {
				continue // a wrapped cell of another column
			}
			if t := lines[k].segs[cell].Text; !startsWithDate(t) && !(weekday.MatchString(t) && firstDate(t) != "") || hasLabel(lines[k]) {
				break // ("Friday, April 11, 2025" is a day's row too)
			}
			if d := dateOf(lines[k].segs[cell].Text); !d.IsZero() && d.After(lastDate) {
				last, lastDate = strings.TrimSpace(lines[k].segs[cell].Text), d
			}
			prevY = lines[k].y
		}
		return last
	}
	return date
}

// rowPartner is the value paired with label segment j of line i by its
// place in the row: line i holds labels only (two or more), and the
// nearest line above or below (within three ems; above first when the
// page prints values over their labels) holds as many segments, none a
// label. Cells whose labels are centred and values left-aligned share no
// edge, only their order.
func rowPartner(lines []certLine, i, j int, above bool) string {
	l := lines[i]
	if len(l.segs) < 2 {
		return ""
	}
	for _, s := range l.segs {
		if !isLabel(s.Text) {
			return ""
		}
	}
	dirs := []int{1, -1}
	if above {
		dirs = []int{-1, 1}
	}
	for _, d := range dirs {
		k := i + d
		if k < 0 || k >= len(lines) || lines[k].page != l.page || math.Abs(lines[k].y-l.y) > 3*math.Max(l.size, 1) || len(lines[k].segs) != len(l.segs) {
			continue
		}
		if !valuesRow(lines[k], l) {
			continue
		}
		if m := k + d; m >= 0 && m < len(lines) && lines[m].page == l.page && len(lines[m].segs) == len(l.segs) &&
			!slices.ContainsFunc(lines[m].segs, func(s segment) bool { return isLabel(s.Text) }) {
			return "" // a table's header over its rows, not one row of values
		}
		v := lines[k].segs[j].Text
		if m := k + 1; d == 1 && cellOpen(v) && m < len(lines) && lines[m].page == l.page {
			// "01/12/2026 –" / "03/06/2026": the cell wraps onto the line below.
			for _, s := range lines[m].segs {
				if inColumn(s, lines[k].segs[j], math.Max(lines[k].size, 1)) {
					v = joinWrapped(v, s.Text)
				}
			}
		}
		return v
	}
	return ""
}

// valuesRow reports whether line l, beside a row of labels, holds their
// values: no cell is a known label but a word under a label of no field
// ("Completed" under "STATUS": a status, not the label "Completed"). A
// credit type under "Credit Type" is a label: a table of credit types.
func valuesRow(l, labels certLine) bool {
	for _, s := range l.segs {
		if !isLabel(s.Text) {
			continue
		}
		em := math.Max(l.size, 1)
		k := slices.IndexFunc(labels.segs, func(h segment) bool { return inColumn(s, h, em) })
		if k < 0 {
			return false
		}
		if kind, _, _ := labelAt(labels.segs[k].Text); kind != certOther {
			return false
		}
	}
	return true
}

// cellOpen reports whether a cell's text stops where it cannot end: a
// range's dash, a comma, "to", an unclosed bracket.
func cellOpen(v string) bool {
	t := strings.TrimSpace(v)
	return strings.HasSuffix(t, "–") || strings.HasSuffix(t, " -") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, ",") ||
		strings.HasSuffix(t, " to") || strings.Count(t, "(") > strings.Count(t, ")")
}

// labelRow reports whether line i is a row of labels over (or under) a
// row of values: two or more known labels alone in their segments, and
// the nearest line beside it with a segment under each of its segments.
func labelRow(lines []certLine, i int) bool {
	l := lines[i]
	if len(l.segs) < 2 {
		return false
	}
	known := 0
	for _, s := range l.segs {
		if isLabel(s.Text) {
			known++
		} else if hasDigit(s.Text) {
			return false // a value: "AMA PRA Category 1 Credits™" is a label with a digit, "3.0" is not
		}
	}
	if known < 2 {
		return false
	}
	for _, dir := range []int{1, -1} {
		k := i + dir
		if k < 0 || k >= len(lines) || lines[k].page != l.page {
			continue
		}
		if lineGap(l, lines[k]) > 3.2*math.Max(math.Max(l.size, lines[k].size), 1) {
			continue // (small capitals over values set larger: the gap is the values' size)
		}
		aligned := 0
		for _, s := range l.segs {
			for _, t := range lines[k].segs {
				em := math.Max(l.size, 1)
				if math.Abs(t.X0-s.X0) < em || math.Abs((t.X0+t.X1)-(s.X0+s.X1)) < 2*em {
					aligned++ // left-aligned, or centred in the same column
					break
				}
			}
		}
		if aligned == len(l.segs) {
			return true
		}
	}
	return false
}

// rowOfLabels reports whether a line's segments include a label alone.
func rowOfLabels(l certLine) bool {
	for _, s := range l.segs {
		if isLabel(s.Text) {
			return true
		}
	}
	return false
}

// valuesAbove reports whether the document prints its labels under their
// values (a signature-line layout): most label rows have a value of the
// label's kind on the aligned line above and not below, or, when both
// fit, the nearest aligned line above rather than below.
func valuesAbove(lines []certLine) bool {
	up, down := 0, 0
	for i, l := range lines {
		if !labelRow(lines, i) {
			continue
		}
		seg := l.segs[0]
		for _, s := range l.segs {
			if isLabel(s.Text) {
				seg = s
				break
			}
		}
		kd, sd := columnNeighbour(lines, i, seg, 1)
		ku, su := columnNeighbour(lines, i, seg, -1)
		if ku >= 0 && (isLabel(su.Text) || rowOfLabels(lines[ku]) || introduces(su.Text)) {
			ku = -1
		}
		dUp, dDown := math.Inf(1), math.Inf(1)
		if ku >= 0 {
			dUp = lineGap(lines[ku], l)
		}
		if kd >= 0 {
			dDown = lineGap(l, lines[kd])
		}
		kind, _, _ := labelAt(seg.Text)
		fitsUp, fitsDown := ku >= 0 && fitsLabel(kind, su.Text), kd >= 0 && fitsLabel(kind, sd.Text)
		switch {
		case fitsUp && !fitsDown:
			up++ // "EVENT ID" over "PNW-2602", under a title: the number decides
		case fitsDown && !fitsUp:
			down++
		case dUp < dDown:
			up++
		case dDown < dUp:
			down++
		}
	}
	return up > down
}

// fitsLabel reports whether text can be the value of a label of kind:
// an ID holds a digit or is a code, a date a date, credits a number, a
// name a person's name; a heading is no value.
func fitsLabel(kind certLabel, text string) bool {
	if certificateHeading(text) {
		return false
	}
	switch kind {
	case certID, certOtherID:
		return hasDigit(text) || lettersCode(text)
	case certDate, certOtherDate:
		return datePattern.MatchString(text) || dateRange.MatchString(text)
	case certCredits:
		return hasDigit(text)
	case certName:
		return cleanName(text) != ""
	}
	return true
}

// joinColumn appends to a value the lines it wraps onto: close below, at
// the same left edge and size, and neither labels nor dates.
func joinColumn(lines []certLine, k int, first segment, value string) string {
	prevY := lines[k].y
	for n := k + 1; n < len(lines) && n <= k+5; n++ { // up to six lines: a long title in a narrow column
		l := lines[n]
		em := math.Max(math.Max(l.size, first.Size), 1)
		open := endsOpen(value) || strings.HasSuffix(strings.TrimSpace(value), ":") || strings.HasSuffix(strings.TrimSpace(value), ",") // "… Infectious Substances:", "… Method Validation," go on
		leading := 1.7
		if open {
			leading = 2.5
		}
		if l.page != lines[k].page || prevY-l.y > leading*em {
			break
		}
		var s *segment
		for i := range l.segs {
			if math.Abs(l.segs[i].X0-first.X0) < 0.6*em {
				s = &l.segs[i]
			}
		}
		if s == nil && len(l.segs) == 1 && math.Abs((l.segs[0].X0+l.segs[0].X1)-(first.X0+first.X1)) < 2.4*em {
			s = &l.segs[0] // a centred value's next line, centred under it
		}
		if s == nil || !sameSize(s.Size, first.Size) || datePattern.MatchString(s.Text) || quoteClosed(value) || mediumOnly(s.Text) {
			break // a quoted value ends at its closing quote (a format line may follow: "LIVE WEBINAR")
		}
		if isLabel(s.Text) && labelWithValue(lines, n, *s, first) || !isLabel(s.Text) && labelled(s.Text) && !open {
			break
		}
		value = joinWrapped(value, s.Text)
		lines[n].used = true
		prevY = l.y
	}
	return value
}

// labelWithValue reports whether segment s of line n, a word that reads
// as a label, is one: set unlike the value above it, or with a value of
// its own below. "Training" under "…: Advanced Application", in the
// value's type and with only a row of labels below, ends the value.
func labelWithValue(lines []certLine, n int, s, value segment) bool {
	if s.Bold != value.Bold {
		return true
	}
	k, t := columnNeighbour(lines, n, s, 1)
	return k >= 0 && !isLabel(t.Text) && !rowOfLabels(lines[k])
}
