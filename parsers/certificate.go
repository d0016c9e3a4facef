package parsers

import (
	"fmt"
	"regexp"
	"strings"

	"celedger"
)

// A certificate of completion states one activity, in labelled lines or
// in sentences, in any order:
//
//	Certificate of Completion
//	This certifies that
//	Maria Okafor
//	has successfully completed “Antibody Identification: Case Studies”
//	on March 3, 2025 and is awarded 1.5 P.A.C.E.® contact hours.
//	Program Number: 123-456-25
//
// gives participant Maria Okafor, title Antibody Identification: Case
// Studies, 2025-03-03, 1.5 contact hours, activity ID 123-456-25.
//
// readCertificate works on the page's text lines only, so it can be
// tested and fuzzed without a PDF. Labelled lines win over sentences.
// When several credit figures are printed (P.A.C.E. contact hours,
// nursing contact hours, pharmacy), the laboratory one is taken: figures
// labelled for nursing (ANCC, CNE) or pharmacy (ACPE) are passed over.

// certificate is what a certificate states.
type certificate struct {
	Name       string
	Title      string
	Provider   string
	ActivityID string
	Date       celedger.Date
	Credits    celedger.Points
	Unit       celedger.Unit
	HasCredits bool
	Problems   []certProblem // fields missing or unreadable
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
	certCredits
	certID
	certProvider
)

func classifyCertLabel(label string) certLabel {
	l := normLabel(label)
	switch {
	case l == "":
		return certNone
	case strings.HasSuffix(l, " number") || strings.HasSuffix(l, " no") || strings.HasSuffix(l, " id") ||
		strings.HasSuffix(l, " #") || strings.HasSuffix(l, " code"):
		if strings.Contains(l, "certificate") || strings.Contains(l, "license") || strings.Contains(l, "member") ||
			strings.Contains(l, "customer") || strings.Contains(l, "ascp") && !strings.Contains(l, "program") {
			return certNone
		}
		return certID
	case l == "participant" || l == "participant name" || l == "name" || l == "attendee" || l == "learner" ||
		l == "learner name" || l == "awarded to" || l == "presented to" || l == "recipient" || l == "attendee name" ||
		l == "this certifies that" || l == "this is to certify that" || l == "issued to" || l == "student":
		return certName
	case l == "course title" || l == "course" || l == "activity title" || l == "activity" || l == "program title" ||
		l == "program" || l == "title" || l == "session" || l == "session title" || l == "webinar" ||
		l == "event" || l == "event title" || l == "course name" || l == "program name" || l == "for completion of" ||
		l == "educational activity" || l == "module":
		return certTitle
	case l == "date of completion" || l == "completion date" || l == "completed" || l == "date completed" ||
		l == "date" || l == "activity date" || l == "date of activity" || l == "event date" || l == "completed on" ||
		l == "date of program" || l == "program date" || l == "session date" || l == "date attended" ||
		l == "date awarded" || l == "presented on" || l == "webinar date":
		return certDate
	case strings.Contains(l, "credit") || strings.Contains(l, "contact hour") || l == "hours" || l == "ce hours" ||
		l == "pace" || l == "p a c e" || strings.HasPrefix(l, "p a c e ") || l == "cmle" || l == "ceus" || l == "ceu":
		if strings.Contains(l, "nursing") || strings.Contains(l, "ancc") || strings.Contains(l, "pharmac") || strings.Contains(l, "acpe") {
			return certNone
		}
		return certCredits
	case l == "provider" || l == "provided by" || l == "presented by" || l == "sponsored by" || l == "sponsor" ||
		l == "accredited provider" || l == "issued by" || l == "organization" || l == "approved provider":
		return certProvider
	}
	return certNone
}

var (
	monthDate   = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`
	dayMonth    = `\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}`
	numericDate = `\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2,4}`
	datePattern = regexp.MustCompile(`(?i)\b(` + monthDate + `|` + dayMonth + `|` + numericDate + `)\b`)

	namePattern = regexp.MustCompile(`(?i)\b(?:this (?:is to )?certif(?:y|ies) that|presented to|awarded to|is hereby awarded to|is presented to|this certificate is awarded to|granted to|recognizes)\s*:?\s+(.+?)\s+(?:has\b|for\b|who\b|successfully\b|attended\b|completed\b|participated\b|in recognition\b|on\b)`)
	titleQuoted = regexp.MustCompile(`[“"]([^”"]{3,300})[”"]`)
	titleAfter  = regexp.MustCompile(`(?i)\b(?:has (?:successfully )?completed|successfully completed|completed|for (?:the )?(?:successful )?completion of|for completing|has attended|attended|participated in|has participated in)\s+(?:the\s+)?(?:(?:online |live |continuing education |educational |ce )?(?:program|course|activity|webinar|session|workshop|module|event)\s*(?:entitled|titled)?\s*:?\s*)?(.+?)\s*(?:\bon\s+(?:` + monthDate + `|` + dayMonth + `|` + numericDate + `)|\bpresented on\b|\bheld on\b|\bon\s+\d|,?\s+and (?:is|has been|was) awarded\b|,?\s+awarded\b|,?\s+for a total of\b|,?\s+earning\b|,?\s+offered by\b|,?\s+provided by\b|,?\s+presented by\b|,?\s+sponsored by\b|\.\s|\.$|$)`)
	datedPhrase = regexp.MustCompile(`(?i)\b(?:on|completed|completion|dated|held|presented on)\s*:?\s+(` + monthDate + `|` + dayMonth + `|` + numericDate + `)`)
	creditFig   = regexp.MustCompile(`(?i)(\d{1,3}(?:[.,]\d{1,2})?)\s*(\(?\s*(?:P\.?\s?A\.?\s?C\.?\s?E\.?\s?®?\s*)?(?:contact\s+hours?|contact\s+hrs?\.?|CMLE\s+credits?|CMLE|CE\s+credits?|CE\s+hours?|CEUs?|continuing education units?|credits?|hours?|AMA PRA Category 1 Credits?(?:™|\(s\))?|ACCENT\s*®?\s*credits?|clock\s+hours?)\)?)`)
	otherCredit = regexp.MustCompile(`(?i)nursing|ancc|\bcne\b|pharmac|acpe|\bcpe\b|dietetic|\bcpeu`)
	labCredit   = regexp.MustCompile(`(?i)p\.?\s?a\.?\s?c\.?\s?e|cmle|accent|laborator|\bcmp\b`)
	providerBy  = regexp.MustCompile(`(?i)\b(?:provided by|presented by|sponsored by|offered by|issued by)\s+(.+?)(?:\s+(?:on|and|for)\s|\s+[–—-]\s|[,;]|$)`)
	webDomain   = regexp.MustCompile(`\b[A-Za-z][A-Za-z0-9-]{1,40}\.(?:com|org|edu|net)\b`)
)

// readCertificate reads the facts of a certificate from its text lines.
// provider is the provider the document's text marks ("" if none).
func readCertificate(lines []string, provider string) certificate {
	var c certificate
	var dateText, creditText string
	// Labelled lines first: "Label: value" segments, a label segment
	// followed by its value segment, or a label line followed by a value line.
	for i, line := range lines {
		segs := splitGaps(line)
		for j := 0; j < len(segs); j++ {
			label, value, hasColon := cutLabel(segs[j])
			kind := classifyCertLabel(label)
			if kind == certNone {
				continue
			}
			if value == "" {
				switch {
				case j+1 < len(segs):
					value = segs[j+1]
					j++
				case j == len(segs)-1 && i+1 < len(lines) && hasColon:
					value = strings.Join(splitGaps(lines[i+1]), " ")
				}
			}
			value = strings.TrimSpace(value)
			if value == "" {
				continue
			}
			switch kind {
			case certName:
				if c.Name == "" && !strings.ContainsAny(value, "0123456789@") {
					c.Name = value
				}
			case certTitle:
				if c.Title == "" {
					c.Title = trimQuotes(value)
				}
			case certDate:
				if dateText == "" {
					dateText = value
				}
			case certCredits:
				if creditText == "" {
					creditText = value
					if _, ok := celedger.ParseUnit(label); ok && !containsLetters(value) {
						creditText = value + " " + label
					}
				}
			case certID:
				if c.ActivityID == "" {
					c.ActivityID = value
				}
			case certProvider:
				if c.Provider == "" {
					c.Provider = value
				}
			}
		}
	}
	text := collapseSpace(strings.Join(lines, " "))
	if c.Name == "" {
		if m := namePattern.FindStringSubmatch(text); m != nil && len(m[1]) <= 80 && !strings.ContainsAny(m[1], "0123456789@") {
			c.Name = strings.Trim(m[1], " ,:")
		}
	}
	if c.Title == "" {
		if m := titleAfter.FindStringSubmatch(text); m != nil {
			t := strings.Trim(m[1], " ,:")
			if q := titleQuoted.FindStringSubmatch(t); q != nil {
				t = q[1]
			}
			c.Title = trimQuotes(t)
		} else if m := titleQuoted.FindStringSubmatch(text); m != nil {
			c.Title = strings.TrimSpace(m[1])
		}
	}
	if dateText == "" {
		if m := datedPhrase.FindStringSubmatch(text); m != nil {
			dateText = m[1]
		} else if m := datePattern.FindString(text); m != "" {
			dateText = m
		}
	}
	if dateText == "" {
		c.Problems = append(c.Problems, certProblem{"Date", fmt.Errorf("%w date of completion", celedger.ErrMissing)})
	} else {
		if m := datePattern.FindString(dateText); m != "" {
			dateText = m
		}
		d, err := celedger.ParseDate(dateText)
		if err != nil {
			c.Problems = append(c.Problems, certProblem{"Date", err})
		} else {
			c.Date = d
		}
	}
	if c.Title == "" {
		c.Problems = append(c.Problems, certProblem{"Title", fmt.Errorf("%w course title", celedger.ErrMissing)})
	}
	c.readCredits(creditText, text)
	if provider != "" && (c.Provider == "" || strings.Contains(strings.ToLower(c.Provider), strings.ToLower(provider))) {
		c.Provider = provider
	}
	if c.Provider == "" {
		if m := providerBy.FindStringSubmatch(text); m != nil {
			c.Provider = cutSentence(m[1])
		}
	}
	if c.Provider == "" {
		c.Provider = webDomain.FindString(text)
	}
	if c.Provider == "" {
		c.Provider = issuerLine(lines)
	}
	if len(c.Provider) > 80 {
		c.Provider = ""
	}
	return c
}

// readCredits picks the laboratory credit figure: a labelled value if
// there is one, else the figures in the text, skipping nursing and
// pharmacy ones and preferring those named P.A.C.E., CMLE or ACCENT.
func (c *certificate) readCredits(labelled, text string) {
	if labelled != "" {
		if m := creditFig.FindStringSubmatch(labelled); m != nil && !otherCredit.MatchString(labelled) {
			labelled = m[0]
		}
		p, u, err := readCredits(labelled, false)
		if err == nil && u != "" {
			c.Credits, c.Unit, c.HasCredits = p, u, true
			return
		}
	}
	type fig struct {
		text string
		lab  bool
	}
	var figs []fig
	for _, loc := range creditFig.FindAllStringSubmatchIndex(text, -1) {
		// The figure's context: its unit phrase and up to 40 bytes after it
		// ("contact hours (ANCC)"), and 40 bytes before ("Nursing: 1.5 …").
		lo, hi := max(0, loc[0]-40), min(len(text), loc[1]+40)
		after := text[loc[1]:hi]
		if k := strings.IndexAny(after, ".;"); k >= 0 && !strings.HasPrefix(after[k:], ".0") {
			after = after[:k]
		}
		// Only the words since the last clause break label the figure
		// ("Nursing: 1.5 …" does; "(ANCC) and 1.0 …" does not).
		before := text[lo:loc[0]]
		if k := max(strings.LastIndexAny(before, ".;,()"), strings.LastIndex(before, " and ")); k >= 0 {
			before = before[k+1:]
		}
		unit := text[loc[4]:loc[5]]
		if otherCredit.MatchString(unit+after) || otherCredit.MatchString(lastWords(before, 3)) {
			continue
		}
		// "10 years" or a date is not a credit figure: the unit phrase decides.
		if _, ok := celedger.ParseUnit(strings.Trim(unit, "()")); !ok {
			continue
		}
		figs = append(figs, fig{text: text[loc[2]:loc[3]] + " " + strings.Trim(unit, "() "), lab: labCredit.MatchString(unit + after)})
	}
	pick := -1
	for i, f := range figs {
		if f.lab {
			pick = i
			break
		}
	}
	if pick < 0 && len(figs) > 0 {
		pick = 0
	}
	if pick < 0 {
		if labelled != "" {
			c.Problems = append(c.Problems, certProblem{"Credits", fmt.Errorf("%w %q", celedger.ErrBadUnit, labelled)})
			return
		}
		c.Problems = append(c.Problems, certProblem{"Credits", fmt.Errorf("%w credits", celedger.ErrMissing)})
		return
	}
	p, u, err := readCredits(figs[pick].text, false)
	if err != nil {
		c.Problems = append(c.Problems, certProblem{"Credits", err})
		return
	}
	c.Credits, c.Unit, c.HasCredits = p, u, true
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

func trimQuotes(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "“”\"'‘’"))
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
	return strings.TrimSpace(strings.TrimSuffix(s, "."))
}

// issuerLine is the provider when nothing names it: the first line that
// is not the words "certificate of …" (certificates print the issuer on
// top).
func issuerLine(lines []string) string {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		lt := strings.ToLower(t)
		if namePattern.MatchString(t+" has") || strings.Contains(lt, "certif") || strings.Contains(lt, "presented to") {
			return "" // the sentences start: the issuer was not printed above them
		}
		if t == "" || strings.Contains(lt, "certificate") || len(t) > 60 {
			continue
		}
		return strings.Join(splitGaps(t), " ")
	}
	return ""
}

// readPDFCertificate reads page 1 of a certificate PDF into one record.
func readPDFCertificate(path string, pages []pageText, provider string) (celedger.Document, error) {
	p := pages[0]
	if p.Err != nil {
		return celedger.Document{}, &celedger.ParseError{Path: path, Page: 1, Err: p.Err}
	}
	merged := mergeWrapped(p.Lines)
	lines := make([]string, len(merged))
	for i, l := range merged {
		lines[i] = lineText(l)
	}
	c := readCertificate(lines, provider)
	if len(c.Problems) > 0 {
		first := c.Problems[0]
		return celedger.Document{}, &celedger.ParseError{Path: path, Page: 1, Field: first.Field,
			Err: fmt.Errorf("%w (not read as a certificate: %d of title, date, credits missing; no table header either)", first.Err, len(c.Problems))}
	}
	// Only the participant's name and e-mail: the numbers a certificate
	// prints (activity ID, certificate number) are not the person's.
	var h celedger.Holder
	for _, l := range lines {
		readHolderLine(&h, l)
	}
	holder := celedger.Holder{Name: c.Name, Email: h.Email}
	if holder.Name == "" {
		holder.Name = h.Name
	}
	rec := celedger.Record{
		Source:     celedger.Source{Path: path, Page: 1},
		Holder:     holder,
		Title:      c.Title,
		Provider:   c.Provider,
		ActivityID: c.ActivityID,
		Completed:  c.Date,
		Credits:    c.Credits,
		Unit:       c.Unit,
		Kind:       "certificate",
	}
	return celedger.Document{Holder: holder, Records: []celedger.Record{rec}}, nil
}
