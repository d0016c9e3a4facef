package parsers

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// providerOf reads the provider, and says how: the labelled one, else the
// subject of an accreditation statement, else the issuer printed by the
// heading, else the one its web address names, else marked (the provider
// the document's file name or folder marks).
func providerOf(lines []certLine, labelledProvider, marked string) (p, how string) {
	issuer, looked := "", false
	issuerOnce := func() string {
		if !looked {
			issuer, looked = issuerLine(lines), true
		}
		return issuer
	}
	p, how = labelledProvider, "labelled"
	if speaker(p) {
		p = "" // "Presented by Renata Vasquez-Lyle, PhD, D(ABMM), …": the speaker, not the provider
	}
	if p == "" || len(p) > 120 {
		p, how = accreditedProvider(lines), "the subject of the accreditation statement"
	}
	if p == "" {
		p, how = agentInText(lines), "the organisation a sentence names (\"Issued by …\")"
	}
	if p == "" {
		p, how = issuerOnce(), "the issuer by the heading"
	}
	if p == "" {
		p, how = domainProvider(lines), "its web address"
	}
	if p = cutProvider(p); p == "" {
		return marked, "the provider the file's name or folder marks"
	}
	if full := cutProvider(fullerName(lines, p)); full != "" {
		p, how = full, how+", in full on the line under it"
	}
	if u, inst, ok := strings.Cut(p, " at "); ok && unitEnds(u, 3) && plausibleProvider(inst) {
		p, how = inst, how+", the institution of the unit" // "Laboratory Services at Coastal Bend Children's Hospital"
	}
	if u, inst, ok := strings.Cut(p, " of "); ok && unitEnds(u, 1) && len(strings.Fields(u)) >= 2 && institutionName(inst) {
		// "The Laboratory Education Department of Riverbend Valley
		// Medical Center": a unit named before its institution.
		p, how = inst, how+", the institution of the unit"
	}
	if unitStart(p) || unitEnds(p, 1) {
		// A unit of an institution ("Presented by Anatomic Pathology
		// Section", "The Department of Laboratory Medicine, St. Columba
		// University Hospital, is approved …"): the institution, named
		// after the unit's comma, else by the issuer line.
		isUnit := func(s string) bool { return unitStart(s) || unitEnds(s, 1) }
		first, inst, ok := strings.Cut(p, ", ")
		if ok && isUnit(first) && !isUnit(inst) && plausibleProvider(inst) {
			p, how = inst, how+", the institution of the unit"
		} else if ok && !isUnit(first) && isUnit(inst) && plausibleProvider(first) {
			p, how = first, how+", the institution before its unit" // "…Medicine, Pacific Northwest Local Section"
		} else if inst := cutProvider(issuerOnce()); inst != "" && !unitStart(inst) && !unitEnds(inst, 1) {
			p, how = inst, how+", the institution by the heading for the unit"
		}
	}
	raw := issuerOnce()
	// "North Plains Department of Health (NPDH)": a name its acronym closes.
	inst, closed := raw, false
	if i := strings.LastIndex(raw, " ("); i > 0 && strings.HasSuffix(raw, ")") && acronymOnly(raw[i+2:len(raw)-1]) {
		inst, closed = raw[:i], true
	}
	if inst != "" && len(inst) < len(p) && (strings.HasPrefix(p, inst+" ") || strings.HasPrefix(p, inst+", ")) {
		// "Saint Aurelia Medical Center Clinical Laboratory is approved …",
		// "… University School of Medicine is jointly accredited …" under
		// "Saint Aurelia Medical Center": the institution, whose unit
		// the rest names; unless the rest is the issuer line's own next
		// line ("… for Clinical Laboratory" / "Science"), which it wraps
		// onto — a line its acronym closes wraps onto nothing.
		rest := strings.TrimLeft(p[len(inst):], " ,")
		// (The issuer line's wrap is set in its size; a unit's line under
		// it, smaller: "Westbrook State University" over "College of
		// Professional and Continuing Education".)
		size := 0.0
		if k := slices.IndexFunc(lines, func(l certLine) bool { return l.text == raw }); k >= 0 {
			size = lines[k].size
		}
		wraps := slices.ContainsFunc(lines, func(l certLine) bool { return l.text == rest && (size == 0 || sameSize(l.size, size)) })
		if (closed || !wraps) && (unitEnds(rest, 3) || unitStart(rest)) {
			p, how = inst, how+", the institution its issuer line names"
		} else if unitEnds(rest, 2) && len(strings.Fields(rest)) >= 2 {
			// "Orion Diagnostics Corporation" over "Customer Education
			// Center": the institution and its unit, each on its line.
			p, how = inst+", "+rest, how+", the institution and the unit under it"
		}
	}
	// The three providers with transcripts of their own keep the name
	// their transcripts give them, so a certificate and a transcript line
	// of one course compare.
	if short := markedProvider(strings.ToLower(p)); short != "" && !strings.Contains(strings.ToLower(p), "(ascp)") {
		return short, how + ", by its short name"
	}
	return p, how
}

// speaker reports whether a labelled provider is a person: a name, then a
// degree or credential after its comma ("Renata Vasquez-Lyle, PhD, …").
func speaker(p string) bool {
	name, rest, ok := strings.Cut(p, ", ")
	if !ok || len(strings.Fields(name)) < 2 || len(strings.Fields(name)) > 4 {
		return false
	}
	degree, _, _ := strings.Cut(rest, ", ")
	degree = strings.TrimSpace(degree)
	return degreeAfterName.MatchString(degree) || professionWord.MatchString(degree) || cleanName(name) != name // ("Dr. Anneliese Vorhaus, Senior Scientist, …")
}

// degreeAfterName is a degree or credential printed after a person's name.
var degreeAfterName = regexp.MustCompile(`^(?:PhD|Ph\.D\.|MD|M\.D\.|DO|MS|MSc|MA|MPH|MBA|MHA|MEd|EdD|DNP|RN|BSN|PharmD|DrPH|DVM|D\(AB[A-Z]+\)|HCLD\(ABB\)|[A-Z]{1,4}\(ASCP\)[A-Z]*)$`)

// abbreviationEnd is a name that ends in an abbreviation's full stop.
var abbreviationEnd = regexp.MustCompile(`\b(?:Inc|Ltd|Co|Corp|LLC|Jr|Sr|St|Dept|Assn|P\.?C)\.$`)

// toolDomains are web addresses PDF writers print on pages they make.
var toolDomains = []string{"tcpdf.org", "fpdf.org", "reportlab.com", "w3.org", "adobe.com", "microsoft.com"}

// printedName is the name a web domain stands for as the certificate
// prints it ("LabCE" for labce.com), else the domain.
func printedName(lines []certLine, domain string) string {
	name := strings.TrimPrefix(strings.ToLower(domain), "www.")
	if k := strings.IndexByte(name, '.'); k > 0 {
		name = name[:k]
	}
	for _, l := range lines {
		for _, w := range strings.Fields(l.text) {
			if w = strings.Trim(w, ".,;:()"); strings.EqualFold(w, name) && w != strings.ToLower(w) {
				return w
			}
		}
	}
	return domain
}

// domainProvider is a provider named only by its web address
// ("LabCE.com - approved by …").
func domainProvider(lines []certLine) string {
	for _, l := range lines {
		for _, d := range webDomain.FindAllString(l.text, -1) {
			known := false
			for _, t := range toolDomains {
				known = known || strings.EqualFold(d, t)
			}
			if !known {
				return printedName(lines, d)
			}
		}
	}
	return ""
}

// cutProvider ends a provider's name where its sentence goes on (", an
// approved provider …", " is approved …"); "for" and "and" are part of
// names ("Society for Clinical Chemistry and Laboratory Medicine").
var providerEnds = regexp.MustCompile(`(?i)(?:,\s*(?:an?|the)\s|\s+is\s|\s+has\s|\s+in\s+(?:cooperation|collaboration|partnership|association)\b|;|\s+[–—·•|-]\s|\s+to\s+(?:the|you|all|each)\b)`)

// chapterPlace reports whether the rest of a provider's line is a dash
// and a state or province alone: a society's chapter ("American Society
// for Clinical Laboratory Science – Ohio"), part of its name.
func chapterPlace(rest string) bool {
	rest = strings.TrimSpace(rest)
	for _, dash := range []string{"–", "—", "-"} {
		if after, ok := strings.CutPrefix(rest, dash); ok {
			return vocab().places[normLabel(after)]
		}
	}
	return false
}

// cutClause ends a provider's name at "and" or "for" before a word in
// small letters other than an article: the sentence goes on ("… Hospital
// and met the attendance requirement", "MAPHLC for laboratory workforce
// development"), where a name goes on capitalised ("Association for the
// Advancement of …"); and at a comma before such a word, the sentence's
// verb ("…, Office of Continuing Education, follows the IACET definition").
func cutClause(p string) string {
	words := strings.Fields(p)
	for i := 1; i < len(words); i++ {
		if r, _ := utf8.DecodeRuneInString(words[i]); strings.HasSuffix(words[i-1], ",") && unicode.IsLower(r) && !functionWord[words[i]] {
			return strings.Join(words[:i], " ") // "…, Office of Continuing Education, follows the IACET definition": the sentence's verb
		}
	}
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "and" && words[i] != "for" {
			continue
		}
		switch next := words[i+1]; next {
		case "the", "a", "an":
		default:
			if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) {
				return strings.Join(words[:i], " ")
			}
		}
	}
	return p
}

// streetAddress is the start of a street address: a house number and a
// capitalised word.
var streetAddress = regexp.MustCompile(`[\s,]+\d{1,6}\s+[A-Z][a-z]+`)

// cutProvider is the provider's name in text that holds it: after an
// [on-behalf-of] phrase, up to where a sentence, clause, address or
// approval mark goes on, without "the" before it or a parent company in
// brackets after it.
func cutProvider(p string) string {
	for _, phrase := range vocab().onBehalfOf {
		if k := strings.Index(strings.ToLower(p), " "+phrase+" "); k >= 0 {
			p = p[k+len(phrase)+2:] // "Learning records hosted for Bayfront Health Partners": the platform's customer
		}
	}
	if loc := providerEnds.FindStringIndex(p); loc != nil && !chapterPlace(p[loc[0]:]) {
		p = p[:loc[0]]
	}
	if loc := audienceAfter.FindStringIndex(p); loc != nil && loc[0] > 0 {
		p = p[:loc[0]] // "Laboratory Education Department for Transfusion Service and Core Laboratory staff": whom it taught
	}
	p = cutClause(p)
	if loc := streetAddress.FindStringIndex(p); loc != nil && loc[0] > 0 {
		p = p[:loc[0]] // "… Laboratories 8515 Georgia Avenue, Suite 700, …": the address under the name
	}
	if rest, ok := strings.CutPrefix(strings.TrimSpace(p), "the "); ok {
		p = rest // "the Clinical Laboratory Science Society of …"
	}
	p = cutSentence(p)
	p = strings.Trim(collapseSpace(p), " ,:;–—-")
	if strings.HasSuffix(p, ".") && !abbreviationEnd.MatchString(p) {
		p = strings.TrimSuffix(p, ".")
	}
	if i := strings.LastIndex(p, " ("); i > 0 && strings.HasSuffix(p, ")") {
		p = p[:i] // "LabCE.com (MediaLab, Inc.)": the parent company in brackets
	}
	if loc := programMark.FindStringIndex(p); loc != nil && loc[0] > 0 {
		p = p[:loc[0]] // "PSCLS P.A.C.E.® Provider" on a seal: the provider, not its approval
	}
	return p
}

// audienceAfter is "for" and the people a provider taught, after its
// name: a few words ending in a noun of people in small letters, as
// running text writes it ("for Transfusion Service and Core Laboratory
// staff"), at the end of the name. A name capitalises its words:
// "Alliance for Laboratory Professionals"; "Association for
// Professionals in Infection Control" goes on past them.
var audienceAfter = regexp.MustCompile(`\s+for\s+(?:[\pL&,-]+\s+){0,6}(?:staff|personnel|employees|technologists|technicians|professionals|scientists|students|nurses|residents|members|participants)\s*(?:[.,;]|$)`)

// programMark is an approval program's name after a provider's
// ("… P.A.C.E.®", "… P.A.C.E. Provider").
var programMark = regexp.MustCompile(`\s+P\.?\s?A\.?\s?C\.?\s?E\b\.?®?(?i:\s+(?:approved\s+)?provider)?$`)

// accreditedProvider is the subject of an accreditation statement: the
// words before "is approved as a provider", back to the start of the
// sentence.
func accreditedProvider(lines []certLine) string {
	// The statements first ("… is approved as a provider"); then a subject
	// that "certifies that" ("The Bureau of Laboratories certifies that").
	paras := paragraphs(lines)
	if p := subjectOf(paras, vocab().statements); p != "" {
		return p
	}
	return subjectOf(paras, vocab().accreditation)
}

// subjectOf is the subject of the first of phrases a paragraph holds.
func subjectOf(paras []string, phrases []string) string {
	v := vocab()
	fallback := ""
	for _, para := range paras {
		norm := " " + normLabel(para) + " "
		for _, phrase := range phrases {
			if !hasPhrase(norm, phrase) {
				continue
			}
			at, _ := phraseAt(para, phrase)
			if at <= 0 {
				continue
			}
			subject := lastSentence(para[:at])
			if k := strings.LastIndex(subject, "; "); k >= 0 {
				subject = subject[k+2:] // "… for P.A.C.E.® credit; LabWebinars Live"
			}
			if k := strings.LastIndex(subject, ": "); k >= 0 {
				subject = subject[k+2:] // "Florida Board of Clinical Laboratory Personnel: MediaLab, Inc.": a heading, then the subject
			}
			if k := strings.Index(subject, ", "); k >= 0 && strings.HasPrefix(strings.ToLower(subject), "in support of") {
				// Joint Accreditation's lead-in, "In support of improving
				// patient care, X, Office of Continuing Education is jointly
				// accredited …": the subject follows its first comma.
				subject = subject[k+2:]
			}
			for _, sep := range []string{" | ", " · ", " • ", " / "} {
				if k := strings.LastIndex(subject, sep); k >= 0 {
					// "… | Order #: 44-19023 CytoSignal Education Webinars":
					// the facts line above; "Se certifica que / This": the
					// same words in another language.
					subject = subject[k+len(sep):]
				}
			}
			subject = strings.Trim(collapseSpace(subject), " ,:;")
			if agent := byAgent(subject); agent != "" {
				subject = agent // "Contact hours are awarded by St. Brendan's University Hospital, …, an approved provider"
			} else {
				for _, verb := range []string{" is ", " are "} {
					if k := strings.Index(subject, verb); k > 0 {
						subject = subject[:k] // "The Association is accredited by the ACCME … and designates …": the subject of both verbs
					}
				}
			}
			for trimmed := ""; trimmed != subject; {
				trimmed = subject
				for _, verb := range []string{" is", " are", " also", " has been", " has", " was", " hereby"} {
					subject = strings.TrimSuffix(subject, verb) // "AACC is accredited by …", "MediaLab is also an approved provider …"
				}
			}
			for _, the := range []string{"The ", "the "} {
				subject = strings.TrimPrefix(subject, the)
			}
			if strings.HasSuffix(subject, ".") && !abbreviationEnd.MatchString(subject) {
				subject = strings.TrimSuffix(subject, ".")
			}
			if plausibleProvider(subject) {
				if len(strings.Fields(subject)) > 1 || !v.organisation[strings.ToLower(subject)] {
					return subject
				}
				if fallback == "" {
					fallback = subject // "The Institute is approved …": its full name may come in another statement
				}
			}
		}
	}
	return fallback
}

// factsLine reports whether a line lists facts between separators
// ("Webinar ID: CSW-2205 | Viewed: 05/03/2025 | 1.0 contact hour"): not
// prose that a paragraph's next line continues.
func factsLine(t string) bool {
	return firstFact(t) != t
}

// factSeparators part the facts a line lists ("1.0 · Course # NSH-W24-033").
var factSeparators = []string{" · ", " • ", " | "}

// firstFact is text up to its first fact separator, all of it when it has
// none.
func firstFact(text string) string {
	for _, sep := range factSeparators {
		text, _, _ = strings.Cut(text, sep)
	}
	return text
}

// fullerName is the full form of a provider printed in capitals as a
// logo ("VERIDIAN DIAGNOSTICS"): the first part of a line that repeats
// it and goes on after a comma with its legal form ("Veridian Diagnostics, Inc. ·
// Raleigh Hills, Oregon"); "" when p is not in capitals or none does.
func fullerName(lines []certLine, p string) string {
	if strings.ToUpper(p) != p || !containsLetters(p) || len(strings.Fields(p)) < 2 {
		return "" // (an acronym is no logo of a name: "CAP")
	}
	for _, l := range lines {
		for _, part := range issuerParts.Split(l.text, -1) {
			part = strings.TrimSpace(part)
			if len(part) > len(p) && strings.EqualFold(part[:len(p)], p) && strings.HasPrefix(part[len(p):], ", ") && part != strings.ToUpper(part) && plausibleProvider(part) {
				return cutProvider(part)
			}
		}
	}
	return ""
}

// agentInText is the organisation a sentence of the certificate names
// after the [provider] label ending in "by" that opens it ("Issued by
// Corvid Instruments LLC to the operator named below."), or "".
func agentInText(lines []certLine) string {
	for _, l := range lines {
		// The sentence opens with the label ("Issued by …"), not a grant
		// inside it ("… hours awarded by ASPT may be used …").
		for _, label := range vocab().byLabels {
			if len(l.text) <= len(label) || l.text[len(label)] != ' ' || !strings.EqualFold(l.text[:len(label)], label) {
				continue
			}
			if a := strings.TrimSpace(l.text[len(label)+1:]); plausibleProvider(cutProvider(a)) && !speaker(a) {
				return a // (not "Presented by Victor M. Ilunga, MD, …": the speaker)
			}
		}
	}
	return ""
}

// byAgent is the organisation a sentence names after a provider label
// ending in "by" ("… are awarded by X", "provided by X"), or "".
func byAgent(s string) string {
	lower := strings.ToLower(s)
	best := -1 // the end of the first label found
	for _, label := range vocab().byLabels {
		if k := strings.Index(lower, label+" "); k >= 0 && (k == 0 || lower[k-1] == ' ') && (best < 0 || k+len(label)+1 < best) {
			best = k + len(label) + 1 // (the labels end alike, so the first end is the first label)
		}
	}
	if best < 0 {
		return ""
	}
	return strings.TrimSpace(s[best:])
}

// paragraphs is the page's prose as paragraphs: each line joined to the
// lines it wraps onto (wrapsOnto), column by column. A line of several
// segments is read as its segments, each in its own column, and a line
// goes on the paragraph above it in its column even when a line of the
// other column lies between ("In support of improving patient care,
// Riverstone" / "Credit type  Available" / "Academic Medical Center is
// jointly accredited …").
func paragraphs(lines []certLine) []string {
	var out []string
	var last []piece // the last piece of each paragraph of out
	for _, l := range lines {
		ps := columnPieces(l)
		goingOn := make([]int, len(ps))
		anyGoesOn := false
		for i, p := range ps {
			goingOn[i] = paragraphGoingOn(last, p)
			anyGoesOn = anyGoesOn || goingOn[i] >= 0
		}
		if !anyGoesOn && len(ps) > 1 && !proseBeside(ps) {
			// A row no column of which goes on a paragraph is one line
			// ("Curso No. / Course No.:  SWRL-QC-0314"); a column that
			// starts a sentence of prose starts a paragraph of its own
			// ("Helena Vasquez-Moreau" beside "CLSI is approved as a
			// provider of continuing education programs …").
			ps, goingOn = []piece{{certLine: l, split: true}}, []int{-1}
		}
		for i, p := range ps {
			if j := goingOn[i]; j >= 0 {
				out[j] = joinWrapped(out[j], p.text)
				last[j] = p
				continue
			}
			out = append(out, p.text)
			last = append(last, p)
		}
	}
	return out
}

// proseBeside reports whether a row's pieces are a sentence's first line
// beside text of another column: a piece of proseWords words or more, and
// no label among them (a label's value may be as long: "Course: |
// Prevention of Medical Errors in the Clinical Laboratory").
func proseBeside(ps []piece) bool {
	long := false
	for _, p := range ps {
		if isLabel(p.text) || labelled(p.text) {
			return false
		}
		long = long || len(strings.Fields(p.text)) >= proseWords
	}
	return long
}

// proseWords is the fewest words of a segment that is a sentence's line
// rather than a label or a value.
const proseWords = 8

// piece is a line, or one segment of a line of several (split).
type piece struct {
	certLine
	split bool
}

// columnPieces is line l as paragraphs read it: itself when it is one
// segment, else each segment as a line of its own.
func columnPieces(l certLine) []piece {
	if len(l.segs) < 2 {
		return []piece{{certLine: l}}
	}
	ps := make([]piece, len(l.segs))
	for i, s := range l.segs {
		size := s.Size
		if size == 0 {
			size = l.size
		}
		ps[i] = piece{certLine{page: l.page, y: l.y, top: l.top, size: size, bold: s.Bold, x0: s.X0, x1: s.X1, segs: l.segs[i : i+1], text: collapseSpace(s.Text)}, true}
	}
	return ps
}

// paragraphGoingOn is the index of the paragraph piece p goes on, or -1:
// the paragraph just before it when its last line wraps onto p and
// neither is a column's piece (a centred paragraph's lines start
// anywhere), or a recent one whose last piece wraps onto p and starts
// where p starts, in the same column.
func paragraphGoingOn(last []piece, p piece) int {
	const recent = 8
	for j := len(last) - 1; j >= 0 && j >= len(last)-recent; j-- {
		q := last[j]
		switch {
		case !wrapsOnto(q.certLine, p.certLine):
		case labelled(q.text) && capitalised(p.text) && holdsStatement(p.text):
			// "Presenter: Dr. …, Medical Director" over "Lakeshore Memorial
			// Hospital is approved as a provider …": a labelled fact ends
			// where a statement's sentence starts.
		case j == len(last)-1 && !q.split && !p.split, math.Abs(q.x0-p.x0) <= 2:
			return j
		}
	}
	return -1
}

// runsOnto reports whether prose line p goes on in line l as wrapsOnto
// does, bold or not: a sentence may set its title bold, and a line's
// boldness is its majority's ("… the AAB webinar Laboratory Director
// Education Series:" / "**Proficiency Testing Failures …** on January
// 28, 2025").
func runsOnto(p, l certLine) bool {
	p.bold, l.bold = false, false
	return wrapsOnto(p, l)
}

// wrapsOnto reports whether prose line p goes on in line l: set alike,
// no further than a line and a half below, each one segment, p long
// enough to be prose and no facts line.
func wrapsOnto(p, l certLine) bool {
	return p.page == l.page && similarLines(p, l) && p.y > l.y && p.y-l.y <= 2*math.Max(p.size, l.size) &&
		len(p.segs) == 1 && len(l.segs) == 1 && len(p.text) > 40 && !factsLine(p.text)
}

// lastSentence is the last sentence of s: what follows its last full
// stop that ends a sentence (not one of "Inc." or "St.").
func lastSentence(s string) string {
	for k := len(s) - 2; k > 0; k-- {
		if (s[k] == '!' || s[k] == '?' || s[k] == '.' && !abbreviationEnd.MatchString(s[:k+1])) && s[k+1] == ' ' {
			return s[k+2:]
		}
	}
	return s
}

func plausibleProvider(s string) bool {
	if s == "" || len(strings.Fields(s)) > 14 || len(s) > 120 {
		return false
	}
	first := []rune(s)[0]
	word := strings.Fields(s)[0]
	innerCaps := strings.IndexFunc(word[1:], unicode.IsUpper) >= 0 // "eLearning", "iCMLE"
	if !(first >= 'A' && first <= 'Z') && !(first > 127) && !innerCaps {
		return false
	}
	l := strings.ToLower(s)
	for _, w := range []string{"this ", "the activity", "it ", "this", "activity", "program", "course"} {
		if l == strings.TrimSpace(w) || strings.HasPrefix(l, w) && strings.HasSuffix(w, " ") {
			return false
		}
	}
	return !strings.ContainsAny(s, "0123456789@") && !tagline(s)
}

// tagline reports whether s reads as a sentence about the provider, not
// its name: after the first word, its longer words are all in small
// letters ("Online continuing education for laboratory professionals"),
// as a name's are capitalised ("American Society for Clinical Pathology").
func tagline(s string) bool {
	f := strings.Fields(s)
	small, long := 0, 0
	for _, w := range f[1:] {
		if len(w) <= 3 || functionWord[strings.ToLower(w)] {
			continue
		}
		long++
		if strings.ToLower(w) == w {
			small++
		}
	}
	return long >= 2 && small == long && !vocab().organisation[strings.ToLower(f[0])] // ("Association francophone des laboratoires médicaux": its noun first)
}

// mainHeading is the index of the certificate's heading among lines: of
// the lines that are headings ("Certificate of Completion"), the first set
// largest, not a small tag in a corner ("Continuing Education Record" in
// 8.5 pt over "Continuing Education Certificate" in 26 pt); -1 for none.
func mainHeading(lines []certLine) int {
	heading := -1
	for i, l := range lines {
		if certificateHeading(l.text) && (heading < 0 || l.size > 1.2*lines[heading].size && l.page == lines[heading].page) {
			heading = i
		}
	}
	return heading
}

// issuerLine is the provider printed as the issuer by the heading: of the
// lines above the "Certificate of …" heading or right under it (and before
// the participant), the topmost that names an organisation (a society,
// hospital, university, …) and does not end in a colon; a logo's
// initials are passed over for it.
func issuerLine(lines []certLine) string {
	v := vocab()
	end := len(lines)
	for i, l := range lines {
		if _, _, ok := cueIn(l.text, v.nameCues); ok {
			end = i
			break
		}
	}
	heading := mainHeading(lines[:end])
	if heading >= 0 {
		end = min(end, heading+2) // above the heading, or the line right under it
	}
	if best := issuerIn(lines, heading, end, true); best != "" {
		return best
	}
	if best := issuerIn(lines, heading, end, false); best != "" {
		return best
	}
	return logoAbove(lines, heading)
}

// logoAbove is an acronym set alone above the heading, the provider's
// logo word ("ADLM" over "Certificate of Attendance"): two to six
// capitals, on the first page.
func logoAbove(lines []certLine, heading int) string {
	for i := 0; i < heading; i++ {
		if lines[i].page != 0 {
			continue
		}
		if t := lines[i].segs[0].Text; logoWord(t) && (len(lines[i].segs) == 1 || !containsLetters(strings.Trim(lines[i].text[len(t):], " 0123456789/:ofPageAMPM"))) {
			return t // (beside it at most a page number or a time: "LabCE | Page 1 of 1")
		}
	}
	return ""
}

// logoWord reports whether t is a provider's logo word: two to six
// capitals ("ADLM"), or a word of up to eight letters with two capitals
// or more inside it ("LabCE"), that is no format word ("eCast").
func logoWord(t string) bool {
	if len(t) < 2 || len(t) > 8 || strings.IndexFunc(t, func(r rune) bool { return r > 'z' || r < 'A' || r > 'Z' && r < 'a' }) >= 0 || formatOnly(t) {
		return false
	}
	caps := 0
	for _, r := range t {
		if r >= 'A' && r <= 'Z' {
			caps++
		}
	}
	return caps == len(t) && len(t) <= 6 || caps >= 2 && caps < len(t)
}

// issuerWraps joins to the issuer line i the line it wraps onto: a
// segment close under it, at its left edge, in its size, of at most four
// words and ending in an organisation word ("…Clinical Laboratory
// Management" / "Association"; one word only when the line itself ends
// in one: "…Medical Laboratory" / "Technology"); or any
// such segment, left-aligned or centred, when the line ends open
// ("American Society for" / "Clinical Pathology").
func issuerWraps(lines []certLine, i int, name string) string {
	if i+1 >= len(lines) || len(lines[i].segs) != 1 {
		return name
	}
	l, next := lines[i], lines[i+1]
	size := l.segs[0].Size
	em := math.Max(size, 1)
	words := strings.Fields(normLabel(name))
	if next.page != l.page || l.y-next.y > 1.7*em || len(words) == 0 {
		return name
	}
	// A line that ends in an organisation word takes only one more such
	// word ("…Medical Laboratory" / "Technology"), never a line of its own
	// ("Mercy Hospital" / "Department of Pathology").
	closed := vocab().organisation[words[len(words)-1]]
	open := endsOpen(name) // "American Society for" / "Clinical Pathology"
	for _, s := range next.segs {
		w := strings.Fields(normLabel(s.Text))
		centred := math.Abs((s.X0+s.X1)-(l.x0+l.x1)) < 2*em
		// A last word left alone under a long centred line, at a
		// paragraph's leading ("…, Office of Laboratory" / "Training"):
		// the line broke at the measure, whatever the word is (even a
		// label's: "Training").
		leftOver := centred && len(w) == 1 && l.x1-l.x0 > 3*(s.X1-s.X0) && l.y-next.y <= 1.4*em && capitalised(s.Text)
		aligned := math.Abs(s.X0-l.x0) < em || open && centred || leftOver
		if aligned && sameSize(s.Size, size) && len(w) > 0 && len(w) <= 4 && (!closed || len(w) == 1) &&
			(open || leftOver || vocab().organisation[w[len(w)-1]]) && (leftOver || !labelled(s.Text)) && !datePattern.MatchString(s.Text) {
			lines[i+1].used = len(next.segs) == 1
			return joinWrapped(name, s.Text)
		}
	}
	return name
}

// factsAside is line l without the labelled facts set apart beside its
// other segments ("University of the Northern Plains" far left of "Date
// printed: March 20, 2026"); a line of one segment, or with a label
// alone in a segment, stays whole. (A bare date beside a line, as a
// browser prints over a page, keeps the line out of the issuer's reach.)
func factsAside(l certLine) certLine {
	if len(l.segs) < 2 || slices.ContainsFunc(l.segs, func(s segment) bool { return isLabel(s.Text) }) {
		return l // ("Institution | Sunridge Community Hospital Laboratory": a label and its value)
	}
	keep := slices.DeleteFunc(slices.Clone(l.segs), func(s segment) bool { return labelled(s.Text) })
	if len(keep) == len(l.segs) {
		return l
	}
	return withSegments(l, keep)
}

// issuerIn is issuerLine's pick among lines[:end], with sameColumn only
// those across from the heading (a side panel's logo words come second).
func issuerIn(lines []certLine, heading, end int, sameColumn bool) string {
	best, bestDist := "", math.MaxInt
	for i := 0; i < end && i < 12; i++ {
		l := factsAside(lines[i])
		if sameColumn && (heading < 0 || l.x1 < lines[heading].x0 || l.x0 > lines[heading].x1) {
			continue
		}
		if l.page != 0 || l.used || len(l.segs) == 0 || labelled(l.text) || datePattern.MatchString(l.text) || dateRange.MatchString(l.text) || strings.HasPrefix(strings.ToLower(l.text), "certificate") ||
			strings.HasSuffix(l.text, ":") || len(l.segs) > 1 && isLabel(l.segs[0].Text) {
			continue // ("Institution | Sunridge Community Hospital Laboratory": the participant's employer, a label's value)
		}
		// Of a line in parts ("GLLPN • Great Lakes … Network", "… Society
		// | Fall Seminar"), the first part that names an organisation.
		name, org := "", false
		var parts []string
		for _, sg := range l.segs {
			// Segments part a line too ("St. Brendan Regional Medical
			// Center" far left of "IN-SERVICE ATTENDANCE").
			parts = append(parts, issuerParts.Split(sg.Text, -1)...)
		}
		for _, part := range parts {
			if name = strings.TrimSpace(part); namesOrganisation(name) && plausibleProvider(name) {
				org = true
				break
			}
		}
		if !org || len(strings.Fields(name)) > 14 || !plausibleProvider(name) {
			continue
		}
		if name == l.text && !unitStart(name) {
			// A name set narrow wraps over several lines ("Association
			// for" / "Diagnostics &" / "Laboratory" / "Medicine").
			for k := i; k < i+4; k++ {
				joined := issuerWraps(lines, k, name)
				if joined == name {
					break
				}
				name = joined
			}
		}
		if i < bestDist {
			best, bestDist = name, i // the topmost: a department prints under its institution
			// … unless the topmost is the department, its institution under it.
			if unitStart(name) && i+1 < end && lines[i+1].page == l.page && plausibleProvider(lines[i+1].text) && !labelled(lines[i+1].text) && namesOrganisation(lines[i+1].text) {
				best = name + ", " + lines[i+1].text
			}
		}
	}
	if best != "" && bestDist > 0 && companyAbove(lines, bestDist, best) {
		return lines[bestDist-1].text // "Kestrel Bioanalytics" over "Technical Training Academy"
	}
	if best != "" && bestDist > 0 && lines[bestDist-1].page == lines[bestDist].page && brandSpelledOut(lines[bestDist-1].text, best) {
		return lines[bestDist-1].text // "LabCE" over "Laboratory Continuing Education": the brand, and what it stands for
	}
	return best
}

// brandSpelledOut reports whether name spells out brand: a logo word in
// mixed case ("LabCE", a name of its own, not an abbreviation as "AABB"
// is) whose capitals are the initials of name's words, function words
// aside ("Laboratory Continuing Education").
func brandSpelledOut(brand, name string) bool {
	brand = strings.TrimSpace(brand)
	return logoWord(brand) && strings.ToUpper(brand) != brand && initialsOf(brand, name)
}

// initialsOf reports whether the capitals of word are the initials of
// name's words, function words aside ("AMT", "American Medical
// Technologists").
func initialsOf(word, name string) bool {
	var caps, initials []rune
	for _, r := range word {
		if unicode.IsUpper(r) {
			caps = append(caps, r)
		}
	}
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); !functionWord[strings.ToLower(w)] {
			initials = append(initials, unicode.ToUpper(r))
		}
	}
	return slices.Equal(caps, initials)
}

// companyAbove reports whether the line above issuer line i (whose
// organisation reads name) names the
// organisation the issuer line is a part of: a company's name without an
// organisation word ("Kestrel Bioanalytics" over "Technical Training
// Academy"), just above it, set at least as large, in one to four
// capitalised words and nothing else.
func companyAbove(lines []certLine, i int, name string) bool {
	a, l := lines[i-1], lines[i]
	em := math.Max(l.size, 1)
	if a.page != l.page || a.used || len(a.segs) != 1 || a.size < 0.95*l.size || a.y-l.y > 2*em ||
		math.Abs((a.x0+a.x1)-(l.x0+l.x1)) > 2*em && math.Abs(a.x0-l.x0) > em {
		return false
	}
	words := strings.Fields(a.text)
	if len(words) > 4 || !plausibleProvider(a.text) || labelled(a.text) || isLabel(a.text) || certificateHeading(a.text) ||
		strings.HasPrefix(strings.ToLower(name), strings.ToLower(a.text)) || initialsOf(a.text, name) {
		return false // (a logo word the issuer's name begins with, "ORION" over "Orion Diagnostics Corporation", or its initials, "AMT")
	}
	for _, w := range words {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// splitOutsideBrackets splits s at the separators of segmentPieces and at
// dashes set between words, but not inside brackets ("Course No.
// CLS-5010-W1 (April 21 – May 30, 2025)" is one fact).
func splitOutsideBrackets(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth = max(0, depth-1)
		case depth == 0 && (strings.ContainsRune("·•|;", r) || (r == '—' || r == '–') && i > 0 && s[i-1] == ' ' && strings.HasPrefix(s[i+len(string(r)):], " ")):
			parts = append(parts, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(parts, s[start:])
}

// issuerParts are the separators between the parts of an issuer line.
var issuerParts = regexp.MustCompile(` (?:[|·•—–]) `)

// unitStart reports whether s opens with a word that opens the name of an
// institution's unit ([unit-start] of certificate_words.txt: "Department
// of Laboratory Medicine").
func unitStart(s string) bool {
	for _, p := range vocab().unitStarts {
		if rest, ok := strings.CutPrefix(s, p); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// unitEnds reports whether s ends in the last word of a unit's name of
// tier at most tier ([unit-end]: 1 "Section", 2 "Center", 3 "Laboratory").
func unitEnds(s string, tier int) bool {
	end := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	t, ok := vocab().unitEnds[s[end+1:]]
	return ok && t <= tier
}
