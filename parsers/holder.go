package parsers

import (
	"regexp"
	"strings"

	"celedger"
)

// The header block of a transcript (the lines above its table, or the top
// of a PDF page) names the person in labelled lines:
//
//	Name: Jane Doe
//	ASCP Customer ID: 01234567
//	Certification: MLS(ASCP)CM    Cycle: 07/01/2024 - 06/30/2027
//
// readHolderLine reads one such line (or a label cell and a value cell)
// into h. It knows labels, not positions, so any order works.

// credentialCodes are the ASCP credential codes of more than one letter.
const credentialCodes = `MLS|MLT|MT|CLS|SBB|SC|SH|SM|SCT|SMB|SCYM|DLM|HTL|HT|PBT|PA|BB|MB|CG|CT|SLS|QLS|QIHC|QLC|TS|IBB`

var (
	// credentialPattern finds an ASCP credential code as printed: "MLS(ASCP)CM", "MLT", "SBB".
	credentialPattern = regexp.MustCompile(`\b(` + credentialCodes + `)\b`)
	// credentialCode is one credential code whole: the codes above, the
	// one-letter categorical ones (C, H, M) and state licences (CA-CLS,
	// FL, TN).
	credentialCode = regexp.MustCompile(`^(?:` + credentialCodes + `|C|H|M|CA-[A-Z]+|FL|TN)$`)
	// rangeSeparator splits "07/01/2024 - 06/30/2027" and "July 1, 2024 to June 30, 2027".
	rangeSeparator = regexp.MustCompile(`\s+(?:-|–|—|to|through|thru)\s+`)
	emailPattern   = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	gapPattern     = regexp.MustCompile(`\t|\s{2,}`)
	// titledName is a document's title that names its holder: "CE Record
	// for Renée Dubois-Ortiz", "CEU Transcript - Marcus Delacroix-Webb".
	titledName = regexp.MustCompile(`(?i)^[\p{L} ]*\b(?:log|record|records|transcript|history|report|summary)\s*(?:for|—|–|-)\s+(\p{Lu}.+)$`)
)

// holderLabel is what a label in a header block names.
type holderLabel int

const (
	labelNone holderLabel = iota
	labelName
	labelID
	labelEmail
	labelCredential
	labelCycle
	labelCycleStart
	labelCycleEnd
)

// isPersonIDLabel reports whether a normalised label names the ASCP
// customer ID, the one number that identifies a person across documents
// and rosters. AABB member numbers, CAP numbers, employee and badge numbers
// belong to other systems: two of them never say two documents are one
// person's, so they are not read as the ID.
func isPersonIDLabel(l string) bool {
	switch {
	case strings.Contains(l, "member") || strings.Contains(l, "employee") || strings.Contains(l, "staff") ||
		strings.Contains(l, "badge") || strings.Contains(l, "learner") || strings.Contains(l, "license") ||
		strings.Contains(l, "program") || strings.Contains(l, "activity") || strings.Contains(l, "course"):
		return false
	case strings.Contains(l, "ascp") && (strings.HasSuffix(l, " id") || strings.HasSuffix(l, " no") || strings.HasSuffix(l, " number")):
		return true
	}
	return l == "id" || l == "customer id" || l == "customer no" || l == "customer number" || l == "ascp id" || l == "ascp no"
}

func classifyHolderLabel(label string) holderLabel {
	l := normLabel(label)
	switch {
	case l == "":
		return labelNone
	case strings.Contains(l, "cycle start") || strings.Contains(l, "cycle begin") || l == "start date" ||
		strings.Contains(l, "period start") || strings.Contains(l, "cycle from"):
		return labelCycleStart
	case strings.Contains(l, "cycle end") || strings.Contains(l, "expiration") || strings.Contains(l, "expires") ||
		strings.Contains(l, "period end") || l == "end date" || strings.Contains(l, "cycle to") ||
		strings.Contains(l, "valid through") || strings.Contains(l, "renewal date"):
		return labelCycleEnd
	case strings.Contains(l, "cycle") || strings.Contains(l, "certification period") ||
		strings.Contains(l, "reporting period") || strings.Contains(l, "cmp period"):
		return labelCycle
	case strings.Contains(l, "email") || strings.Contains(l, "e mail"):
		return labelEmail
	case isPersonIDLabel(l):
		return labelID
	case strings.Contains(l, "credential") || l == "certification" || strings.Contains(l, "certification s") ||
		l == "certifications" || l == "designation":
		return labelCredential
	case l == "name" || l == "participant" || l == "learner" || l == "participant name" ||
		l == "learner name" || l == "member name" || l == "full name" || l == "transcript for" ||
		l == "prepared for" || l == "attendee" || l == "member" || l == "customer name" || l == "employee" ||
		l == "staff member" || l == "transcript" || l == "student" || l == "trainee" || l == "teilnehmer" || l == "nombre" ||
		l == "student name" || l == "trainee name" || l == "employee name" || l == "attendee name":
		return labelName
	}
	return labelNone
}

// readHolderCells reads a row of a header block: "Label: value" in one
// cell, or a label cell followed by its value cell. Several pairs may share
// a row. It reports whether it learnt anything.
func readHolderCells(h *celedger.Holder, cells []string) bool {
	learnt := false
	for i := 0; i < len(cells); i++ {
		c := strings.TrimSpace(cells[i])
		if c == "" {
			continue
		}
		if label, value, ok := strings.Cut(c, ":"); ok && classifyHolderLabel(label) != labelNone {
			if strings.TrimSpace(value) == "" && i+1 < len(cells) {
				value = cells[i+1]
				i++
			}
			learnt = setHolder(h, classifyHolderLabel(label), value) || learnt
			continue
		}
		if i+1 < len(cells) && classifyHolderLabel(c) != labelNone {
			learnt = setHolder(h, classifyHolderLabel(c), cells[i+1]) || learnt
			i++
			continue
		}
		if m := titledName.FindStringSubmatch(c); m != nil && nameLike(m[1]) {
			learnt = setHolder(h, labelName, m[1]) || learnt // "CE Record for Renée Dubois-Ortiz", "CE Log — Aoife Ní Bhriain"
		}
	}
	return learnt
}

// readHolderRows reads the rows of a header block: each as readHolderCells
// does, except a row of labels only, whose values are the row under it,
// cell by cell ("Employee | Employee No. | Position" over "Rahul Mehta |
// E-204871 | …").
func readHolderRows(h *celedger.Holder, rows [][]string) {
	for i := 0; i < len(rows); i++ {
		if i+1 < len(rows) && len(rows[i+1]) == len(rows[i]) && allHolderLabels(rows[i]) {
			for k, label := range rows[i] {
				setHolder(h, classifyHolderLabel(label), rows[i+1][k])
			}
			i++
			continue
		}
		readHolderCells(h, rows[i])
	}
	if h.Name == "" {
		h.Name = nameOverVerb(rows)
	}
	if h.Name == "" {
		h.Name = nameInSentence(rows)
	}
}

// nameInSentence is the holder a letter over a table of courses names in
// its certifying sentence ("This letter verifies that Tobias Okonkwo-Hale
// Jr., MLS(ASCP)CM, completed the activity listed below"), read as a
// certificate's name after its cue is; "" when no row names one.
func nameInSentence(rows [][]string) string {
	lines := make([]certLine, 0, len(rows))
	for _, r := range rows {
		text := collapseSpace(strings.Join(r, " "))
		lines = append(lines, certLine{text: text, norm: " " + normLabel(text) + " "})
	}
	return nameByCue(lines)
}

// nameOverVerb is the holder a one-course record names with no label: a
// row of one cell that reads as a name, directly over a row that opens
// with the completion verb ("Sebastián Ortega-Whitfield" over "attended
// the following in-service …"); "" when no row does.
func nameOverVerb(rows [][]string) string {
	for i := 0; i+1 < len(rows); i++ {
		if len(rows[i]) != 1 || len(rows[i+1]) == 0 || !opensWithVerb(rows[i+1][0]) {
			continue
		}
		if n := strings.TrimSpace(credentialSuffix.ReplaceAllString(rows[i][0], "")); nameLike(n) && !isLabel(n) && !namesOrganisation(n) {
			return n
		}
	}
	return ""
}

// opensWithVerb reports whether text begins with a completion verb of the
// certificate vocabulary's [title-cue] ("attended", "has completed").
func opensWithVerb(text string) bool {
	cue, _, ok := cueIn(text, vocab().titleCues)
	return ok && strings.HasPrefix(normLabel(text), cue+" ")
}

// allHolderLabels reports whether every cell of a row is a label (with no
// value after a colon), one at least a holder's.
func allHolderLabels(cells []string) bool {
	holder := false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if k := strings.IndexByte(c, ':'); k >= 0 && k < len(c)-1 {
			return false // "Credential: MLS(ASCP)" holds its value
		}
		c = strings.TrimSuffix(c, ":")
		switch {
		case classifyHolderLabel(c) != labelNone:
			holder = true
		case !isLabel(c):
			return false
		}
	}
	return holder
}

// readHolderLine reads a line of text that may hold several "Label: value"
// pairs separated by wide gaps (as PDF header blocks print them).
func readHolderLine(h *celedger.Holder, line string) bool {
	return readHolderCells(h, splitGaps(line))
}

// splitGaps splits text at runs of two or more spaces or a tab.
func splitGaps(s string) []string {
	var out []string
	for _, part := range gapPattern.Split(s, -1) {
		if strings.TrimSpace(part) != "" {
			out = append(out, strings.TrimSpace(part))
		}
	}
	return out
}

func setHolder(h *celedger.Holder, label holderLabel, value string) bool {
	v := strings.TrimSpace(value)
	if v == "" {
		return false
	}
	switch label {
	case labelName:
		v = strings.TrimSpace(credentialSuffix.ReplaceAllString(v, "")) // "Rahul Mehta, MLT(ASCP)"
		if h.Name == "" && v != "" && !strings.ContainsAny(v, "0123456789@") && !isLabel(v) {
			h.Name = v
			return true
		}
	case labelID:
		if h.ID == "" {
			h.ID = v
			return true
		}
	case labelEmail:
		if m := emailPattern.FindString(v); m != "" && h.Email == "" {
			h.Email = m
			return true
		}
	case labelCredential:
		m := celedger.CredentialCode(v) // "MLS(ASCP)CM", "M(ASCPi)"
		if !credentialCode.MatchString(m) {
			m = credentialPattern.FindString(v)
		}
		if m != "" && h.Credential == "" {
			h.Credential = m
			return true
		}
	case labelCycle:
		parts := rangeSeparator.Split(v, 2)
		if len(parts) == 2 {
			s, err1 := celedger.ParseDate(parts[0])
			e, err2 := celedger.ParseDate(parts[1])
			if err1 == nil && err2 == nil {
				h.CycleStart, h.CycleEnd = s, e
				return true
			}
		}
		if d, err := celedger.ParseDate(v); err == nil {
			h.CycleEnd = d
			return true
		}
	case labelCycleStart:
		if d, err := celedger.ParseDate(v); err == nil {
			h.CycleStart = d
			return true
		}
	case labelCycleEnd:
		if d, err := celedger.ParseDate(v); err == nil {
			h.CycleEnd = d
			return true
		}
	}
	return false
}
