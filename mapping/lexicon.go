package mapping

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"celedger"
)

//go:embed lexicon.txt
var lexiconText string

// Pseudo-areas beside the seven real ones, as indexes into a score array.
const (
	nAreas       = 7          // the real areas, in celedger.Areas order
	slotContext  = nAreas     // "this is laboratory-related", no area
	slotExclude  = nAreas + 1 // staff meeting, job orientation
	slotPlain    = nAreas + 2 // a phrase that is no evidence ("cultural competency")
	slotNotLab   = nAreas + 3 // a topic outside laboratory practice ("prior authorization")
	generalIndex = 6
	ethicsIndex  = 5
)

// entry is one lexicon line after normalising.
type entry struct {
	Label  string  // the term as the lexicon writes it
	Slot   int     // area index, slotContext, slotExclude or slotPlain
	Slot2  int     // second area of an ambiguous abbreviation or a two-sense word, else -1
	Weight float64 // lexicon weight
	// NeedsLab: counts only when other laboratory evidence is present.
	NeedsLab bool
	// Names: the term names the area itself ("WEIGHT! TERM").
	Names bool
	// Method: the term serves another topic ("WEIGHT@ TERM"): a
	// laboratory method, which serves the area of what it measures, or
	// an error, which is of something.
	Method bool
	// Frame: the term says what kind of course it is, a project or a
	// precaution applied to a test or an organism ("WEIGHT^ TERM":
	// "sigma metric", "exposure control"). In the title's first phrase
	// it names its area ("Sigma Metrics for Routine Chemistry Assays" is
	// general's); later it is plain evidence ("Lactate in Sepsis: Why
	// Turnaround Time Matters" is chemistry's).
	Frame bool
	// Weak exclusions fire only when nothing laboratory-related is found.
	Weak   bool
	Reason string // exclusion reason
	Abbr   bool
	Upper  bool // abbreviation must be written in capitals
	Len    int  // words in the phrase
}

// lexicon is the parsed lexicon.txt with its match indexes.
type lexicon struct {
	entries []entry
	vocab   map[string]int32   // stem -> word id (every word of every term)
	phrases map[int32][]phrase // first word id -> phrases starting with it, longest first
	abbrs   map[string]int     // folded abbreviation -> entry index
	words   []string           // word id -> stem
	// The typo index: forms are the vocabulary's stems and the written
	// forms of its words where they differ ("chemical", stem "chemic"),
	// each with its word id; typos maps a form, and each form minus one
	// letter, to form indices.
	forms   []typoForm
	typos   map[string][]int32
	longest int // length of the longest form, in bytes
	// unless[id]: the word says a weak exclusion's noun is the specimen's
	// ("Tissue Orientation During Embedding"), from "unless WORD" lines.
	unless []bool
	// setting[id]: after a term that names an area, the word makes the
	// area the course's setting, not its topic ("… in the Microbiology
	// Lab", "… for Mycobacteriology Staff"), from the [setting] section.
	setting []bool
	// activity[id]: the word is a weak exclusion's noun alone ("huddle",
	// "orientation") or an "activity WORD" line's ("meeting"), the name
	// of an activity: a phrase ending in it names the same activity
	// ("daily huddle").
	activity []bool
	// about[id]: right after an exclusion in its phrase, the word makes
	// the activity what the course is about ("New-Hire Orientation
	// Programs That Reduce Turnover", "Morning Huddle Tools"), from
	// "about WORD" lines.
	about []bool
}

type typoForm struct {
	text string
	id   int32
}

type phrase struct {
	ids   []int32
	entry int
}

// areaIndex maps an area ID to its index in celedger.Areas.
func areaIndex(s string) (int, bool) {
	for i, a := range celedger.Areas {
		if string(a) == s {
			return i, true
		}
	}
	return 0, false
}

// parseLexicon reads the lexicon grammar described at the top of
// lexicon.txt; name is used in error messages.
func parseLexicon(name, text string) (*lexicon, error) {
	lx := &lexicon{vocab: map[string]int32{}, phrases: map[int32][]phrase{}, abbrs: map[string]int{}, typos: map[string][]int32{}}
	section, slot, reason := "", -1, ""
	seen := map[string]int{}
	written := map[string]int32{} // a term word as written -> its word id, where the stem differs
	var unless, setting, activity, about []int32
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		fail := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", name, n+1, fmt.Sprintf(format, args...))
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.TrimSpace(line[1 : len(line)-1])
			switch {
			case section == "context":
				slot = slotContext
			case section == "plain":
				slot = slotPlain
			case section == "not laboratory":
				slot = slotNotLab
			case section == "abbr", section == "setting":
				slot = -1
			case strings.HasPrefix(section, "exclude:"):
				slot, reason = slotExclude, strings.TrimSpace(strings.TrimPrefix(section, "exclude:"))
			default:
				i, ok := areaIndex(section)
				if !ok {
					return nil, fail("unknown section [%s]", section)
				}
				slot = i
			}
			continue
		}
		e := entry{Slot: slot, Slot2: -1, Weight: 1}
		var term string
		switch {
		case section == "":
			return nil, fail("entry before any [section]")
		case section == "setting":
			ws := words(line)
			if len(ws) != 1 {
				return nil, fail("a [setting] line is one word, got %q", line)
			}
			setting = append(setting, lx.wordID(ws[0].Stem))
			continue
		case section == "abbr":
			f := strings.Fields(line)
			if len(f) < 3 || len(f) > 4 || (len(f) == 4 && f[3] != "upper") {
				return nil, fail("want ABBR AREA[,AREA] WEIGHT [upper], got %q", line)
			}
			term, e.Abbr, e.Upper = f[0], true, len(f) == 4
			areas := strings.Split(f[1], ",")
			for k, a := range areas {
				i, ok := areaIndex(a)
				if !ok || k > 1 {
					return nil, fail("unknown area %q", a)
				}
				if k == 0 {
					e.Slot = i
				} else {
					e.Slot2 = i
				}
			}
			// ("poct general 3!": names general's field; "qc general 3@": a
			// process applied to a test; "fmea general 3^": a frame.)
			w, err := readWeight(f[2], "!@^", &e)
			if err != nil {
				return nil, fail("%v", err)
			}
			e.Weight = w
		case slot == slotContext:
			term, e.Weight = line, contextWeight
		case slot == slotPlain, slot == slotNotLab:
			term, e.Weight = line, 0
		case slot == slotExclude:
			// "unless WORD", "activity WORD", "about WORD": one word marked
			// for its role.
			if mark, w, ok := strings.Cut(line, " "); ok && (mark == "unless" || mark == "activity" || mark == "about") {
				ws := words(w)
				if len(ws) != 1 {
					return nil, fail("%s takes one word, got %q", mark, w)
				}
				switch id := lx.wordID(ws[0].Stem); mark {
				case "unless":
					unless = append(unless, id)
				case "activity":
					activity = append(activity, id)
				default:
					about = append(about, id)
				}
				continue
			}
			term, e.Reason = line, reason
			if rest, ok := strings.CutPrefix(line, "weak "); ok {
				term, e.Weak = rest, true
			}
		default:
			ws, rest, ok := strings.Cut(line, " ")
			if !ok {
				return nil, fail("want WEIGHT TERM, got %q", line)
			}
			w, err := readWeight(ws, "?!@^", &e)
			if err != nil {
				return nil, fail("%v", err)
			}
			term, e.Weight = strings.TrimSpace(rest), w
			if i := strings.LastIndex(term, " ~"); i > 0 {
				// "3 autoantibody ~general": a word of two senses, the
				// second area's when the title's other words lean to it.
				other, ok := areaIndex(strings.TrimSpace(term[i+2:]))
				if !ok || other == slot {
					return nil, fail("unknown second area %q", term[i+2:])
				}
				term, e.Slot2 = strings.TrimSpace(term[:i]), other
			}
		}
		e.Label = strings.ToLower(term)
		if e.Abbr {
			key, _ := fold(term)
			key = strings.TrimSpace(key)
			if strings.Contains(key, " ") || key == "" {
				return nil, fail("abbreviation %q must be one word", term)
			}
			if _, dup := lx.abbrs[key]; dup {
				return nil, fail("abbreviation %q listed twice", term)
			}
			lx.entries = append(lx.entries, e)
			lx.abbrs[key] = len(lx.entries) - 1
			continue
		}
		ws := words(term)
		if len(ws) == 0 {
			return nil, fail("term %q is only stop words", term)
		}
		key := ""
		ids := make([]int32, len(ws))
		for k, w := range ws {
			ids[k] = lx.wordID(w.Stem)
			if w.Raw != w.Stem {
				written[w.Raw] = ids[k]
			}
			key += w.Stem + " "
		}
		if prev, dup := seen[key]; dup && lx.entries[prev].Slot == e.Slot && lx.entries[prev].Label == e.Label {
			return nil, fail("term %q listed twice in [%s]", term, slotName(e.Slot)) // the second would never count
		} else if dup && lx.entries[prev].Slot == e.Slot {
			continue // "blood bank" and "blood banking" stem alike: one entry
		} else if dup {
			return nil, fail("term %q is already in [%s]", term, slotName(lx.entries[prev].Slot))
		}
		e.Len = len(ids)
		if e.Slot == slotExclude && e.Weak && len(ids) == 1 {
			activity = append(activity, ids[0])
		}
		lx.entries = append(lx.entries, e)
		seen[key] = len(lx.entries) - 1
		lx.phrases[ids[0]] = append(lx.phrases[ids[0]], phrase{ids: ids, entry: len(lx.entries) - 1})
	}
	lx.unless = lx.marked(unless)
	lx.setting = lx.marked(setting)
	lx.activity = lx.marked(activity)
	lx.about = lx.marked(about)
	for id, ps := range lx.phrases {
		slices.SortStableFunc(ps, func(a, b phrase) int { return len(b.ids) - len(a.ids) })
		lx.phrases[id] = ps
	}
	for id, w := range lx.words {
		lx.addForm(w, int32(id))
	}
	for _, w := range slices.Sorted(maps.Keys(written)) {
		if _, ok := lx.vocab[w]; !ok {
			lx.addForm(w, written[w])
		}
	}
	return lx, nil
}

// marked is a flag per vocabulary word, set for the words ids lists (the
// "unless", [setting] and activity words).
func (lx *lexicon) marked(ids []int32) []bool {
	m := make([]bool, len(lx.words))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// addForm adds a form of word id to the typo index: the form itself and
// each deletion of one letter (forms shorter than typoMinLen are never
// corrected to).
func (lx *lexicon) addForm(text string, id int32) {
	if len(text) < typoMinLen {
		return
	}
	f := int32(len(lx.forms))
	lx.forms = append(lx.forms, typoForm{text, id})
	lx.longest = max(lx.longest, len(text))
	lx.typos[text] = append(lx.typos[text], f)
	for i := range len(text) {
		d := text[:i] + text[i+1:]
		lx.typos[d] = append(lx.typos[d], f)
	}
}

func (lx *lexicon) wordID(stem string) int32 {
	if id, ok := lx.vocab[stem]; ok {
		return id
	}
	id := int32(len(lx.words))
	lx.vocab[stem] = id
	lx.words = append(lx.words, stem)
	return id
}

func slotName(slot int) string {
	switch {
	case slot < nAreas:
		return string(celedger.Areas[slot])
	case slot == slotContext:
		return "context"
	case slot == slotPlain:
		return "plain"
	case slot == slotNotLab:
		return "not laboratory"
	}
	return "exclude"
}

// readWeight reads a weight and the marks after it ("4", "3@", "4^"),
// setting the entry's flag for each: "?" NeedsLab, "!" Names, "@" Method,
// "^" Frame. allowed lists the marks the section accepts (an
// abbreviation is exact, so it never needs laboratory context to count).
// It returns an error for a mark not allowed, or a weight that is not a
// positive number.
func readWeight(s, allowed string, e *entry) (float64, error) {
	num := strings.TrimRight(s, "?!@^")
	for _, m := range s[len(num):] {
		if !strings.ContainsRune(allowed, m) {
			return 0, fmt.Errorf("mark %q not allowed here, in %q", m, s)
		}
		switch m {
		case '?':
			e.NeedsLab = true
		case '!':
			e.Names = true
		case '@':
			e.Method = true
		case '^':
			e.Frame = true
		}
	}
	w, err := strconv.ParseFloat(num, 64)
	if err != nil || w <= 0 {
		return 0, fmt.Errorf("bad weight %q", s)
	}
	return w, nil
}

// lookup finds a title word's vocabulary id: its stem, or, for a word
// that lost "-ing" or "-ed" to the stemmer, its stem with the "e" English
// drops before those endings ("pipetting" -> pipett -> pipette,
// "culturing" -> culture, "centrifuged" -> centrifuge). That is the same
// word, not a misspelling, so it counts in full. buf is scratch space.
func (lx *lexicon) lookup(w word, buf []byte) (int32, bool) {
	if id, ok := lx.vocab[w.Stem]; ok {
		return id, true
	}
	if len(w.Stem) < len(w.Raw) && (strings.HasSuffix(w.Raw, "ing") || strings.HasSuffix(w.Raw, "ed")) {
		id, ok := lx.vocab[string(append(append(buf[:0], w.Stem...), 'e'))]
		return id, ok
	}
	return 0, false
}

// abbr finds a title word's abbreviation entry: the word as written, or,
// for an abbreviation's plural ("CBCs", word.Plural), the word without
// its "s". The written form comes first: "anti-HBs" names the hepatitis B
// surface antigen, no plural.
func (lx *lexicon) abbr(w word) (int, bool) {
	if k, ok := lx.abbrs[w.Raw]; ok || !w.Plural {
		return k, ok
	}
	k, ok := lx.abbrs[w.Raw[:len(w.Raw)-1]]
	return k, ok
}

// fix finds the vocabulary word an unknown title word misspells: its stem
// corrected against the forms ("Chemcial" is chemical, whose stem is
// "chemic"), or, when the stem is too short to correct, the word as
// written ("Ethcis" is ethics, though its stem "ethci" is short). A long
// stem that is no form is a real word's more often than a typo's
// ("transferring" is no transferrin). It returns -1 when nothing is one
// edit away.
func (lx *lexicon) fix(w word, buf []byte) int32 {
	if id := lx.correct(w.Stem, buf); id >= 0 || w.Raw == w.Stem || len(w.Stem) >= typoMinLen {
		return id
	}
	return lx.correct(w.Raw, buf)
}

// correct finds the vocabulary word one edit away from an unknown word
// of typoMinLen+ letters, through the typo index: a typo that drops a
// letter equals a form minus one letter, an added letter is a deletion of
// the title word, and a substitution or swap shares a deletion with the
// form. Every candidate is then checked with withinOne, and must begin
// with the word's first letter: writers rarely mistype it, and a real
// word one letter from a lexicon word mostly differs there ("filling" is
// no "billing", "narrow" no "marrow", "receptor" no "preceptor"; measured
// on the blind lists' marked typos, none is lost). Ties go to the
// smallest word id (lexicon order), so the answer is deterministic. It
// returns -1 when there is no such word.
//
// A word more than one letter longer than the longest vocabulary word is
// one edit from nothing, so it is not searched: a pasted megabyte "title"
// costs a length check, not a million deletions.
func (lx *lexicon) correct(w string, buf []byte) int32 {
	if len(w) < typoMinLen || len(w) > lx.longest+1 {
		return -1
	}
	best := int32(-1)
	consider := func(fs []int32) {
		for _, i := range fs {
			if f := lx.forms[i]; f.text[0] == w[0] && withinOne(w, f.text) && (best < 0 || f.id < best) {
				best = f.id
			}
		}
	}
	consider(lx.typos[w])
	for i := range len(w) {
		buf = append(append(buf[:0], w[:i]...), w[i+1:]...)
		consider(lx.typos[string(buf)])
	}
	return best
}
