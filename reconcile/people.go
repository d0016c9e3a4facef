package reconcile

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"unicode"

	"celedger"
)

// Who a record belongs to. Without a roster, records are grouped by the
// ID, e-mail or name they print. With a roster, every record is assigned to
// a roster person by, in order:
//
//  1. the ID printed on the document ("412233" = "00412233": leading zeros
//     and punctuation do not count),
//  2. its e-mail (case folded),
//  3. its name, compared as name tokens: case, accents, apostrophes and
//     hyphens folded, "Last, First" turned round; when no roster name is
//     the same, a middle name or initial on one side only is ignored ("NATARAJAN, Priya R." = "Priya
//     Natarajan"; "Seán O'Brien" = "Sean OBrien"; "Mary-Kate Smith" =
//     "Mary Kate Smith"). Nicknames are not guessed: "Chris" is not
//     "Christopher".
//  4. the folder the file sits in, for a document that names nobody
//     ("staff/sean-obrien/log.csv", "staff/O'Brien, Sean/cert.pdf", a folder
//     named by ID). A folder also settles a name shared by two roster
//     people when it names one of them.
//
// A name that matches two roster people, or none, is not guessed: its
// records go to a person of their own (named as the document names them)
// whose ledger is held for review, with the candidates in its notes.

// Unnamed is the person a record goes to when nothing says whose it is.
const Unnamed = "Unnamed"

// Mention is what assignment reads of a record: who it names and the file
// it comes from. An import keeps one per record while it decides whose
// each record is, and the records themselves out of memory.
type Mention struct {
	Holder celedger.Holder
	Path   string // the record's Source.Path
}

// MentionOf is the Mention of r.
func MentionOf(r celedger.Record) Mention { return Mention{Holder: r.Holder, Path: r.Source.Path} }

// Mentions is the mentions of an import's records, in order, kept small:
// each different holder is stored once (a staff of thousands prints a few
// holders per person), the records of one file share its path, and a
// mention is two numbers.
type Mentions struct {
	holders  []celedger.Holder
	holderAt map[celedger.Holder]int32
	paths    []string
	refs     []mentionRef
}

type mentionRef struct{ holder, path int32 }

// Add appends x.
func (m *Mentions) Add(x Mention) {
	h, ok := m.holderAt[x.Holder]
	if !ok {
		if m.holderAt == nil {
			m.holderAt = map[celedger.Holder]int32{}
		}
		h = int32(len(m.holders))
		m.holders = append(m.holders, x.Holder)
		m.holderAt[x.Holder] = h
	}
	if n := len(m.paths); n == 0 || m.paths[n-1] != x.Path {
		m.paths = append(m.paths, x.Path)
	}
	m.refs = append(m.refs, mentionRef{h, int32(len(m.paths) - 1)})
}

// Len is the number of mentions.
func (m *Mentions) Len() int { return len(m.refs) }

// At is mention i.
func (m *Mentions) At(i int) Mention {
	r := m.refs[i]
	return Mention{Holder: m.holders[r.holder], Path: m.paths[r.path]}
}

// Person is everyone's records gathered under one identity.
type Person struct {
	Holder  celedger.Holder       // best-known name, ID, e-mail, credential, cycle
	Cycle   string                // the source of Holder.CycleEnd
	Rows    []int                 // the person's records: indices into the mentions assigned, in input order
	Matched []string              // per row: how it was assigned to this person
	Roster  *celedger.RosterEntry // the roster row; nil when not on a roster
	// Review, when set, says why this person could not be told (a name
	// matching two roster people, or none); the ledger is held for review.
	Review string
}

// Group gathers records (their mentions) into people without a roster: by the ID on the
// record, else by its e-mail, else by its name (NameKey), else under
// fallbackName (the -name flag), else under Unnamed. A name seen once with
// an ID joins that ID's person.
func Group(records *Mentions, fallbackName string) []Person {
	byKey := map[string]*Person{}
	// A document that prints an ID, or an e-mail, beside a name ties them:
	// the name's and the e-mail's documents are the ID's person, and a
	// name's documents are its e-mail's ("Jose Alvarez" and his e-mail on a
	// CAP transcript, "José Álvarez" alone on a certificate).
	alias := map[string]string{} // name or e-mail key -> ID or e-mail key
	for row := range records.Len() {
		r := records.At(row)
		n, e := celedger.NameKey(r.Holder.Name), strings.ToLower(r.Holder.Email)
		switch {
		case r.Holder.ID != "":
			id := "id:" + IDKey(r.Holder.ID)
			if n != "" {
				alias["name:"+n] = id
			}
			if e != "" {
				alias["email:"+e] = id
			}
		case e != "" && n != "":
			if _, ok := alias["name:"+n]; !ok {
				alias["name:"+n] = "email:" + e
			}
		}
	}
	resolve := func(key string) string {
		for range 2 { // name -> e-mail -> ID
			a, ok := alias[key]
			if !ok {
				break
			}
			key = a
		}
		return key
	}
	var order []string
	for row := range records.Len() {
		r := records.At(row)
		key, how := personKey(r.Holder, fallbackName)
		key = resolve(key)
		p := byKey[key]
		if p == nil {
			p = &Person{}
			byKey[key] = p
			order = append(order, key)
		}
		h := r.Holder
		if h.Name == "" && h.ID == "" && h.Email == "" {
			h.Name = fallbackName
			if h.Name == "" {
				h.Name = Unnamed
			}
		}
		p.add(row, r, h, how)
	}
	out := make([]Person, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	sortPeople(out)
	return out
}

func (p *Person) add(row int, r Mention, h celedger.Holder, how string) {
	if p.Holder.CycleEnd.IsZero() && !h.CycleEnd.IsZero() {
		p.Cycle = r.Path + " header"
	}
	if strings.Contains(p.Holder.Name, ",") && h.Name != "" && !strings.Contains(h.Name, ",") && celedger.NameKey(h.Name) == celedger.NameKey(p.Holder.Name) {
		p.Holder.Name = h.Name // "Phạm Quốc Bảo" as printed, rather than "Phạm, Quốc Bảo" as a list sorts it
	}
	p.Holder = p.Holder.Merge(h)
	p.Rows = append(p.Rows, row)
	p.Matched = append(p.Matched, how)
}

func sortPeople(ps []Person) {
	sort.SliceStable(ps, func(i, j int) bool {
		return celedger.FoldName(ps[i].Holder.Name) < celedger.FoldName(ps[j].Holder.Name)
	})
}

func personKey(h celedger.Holder, fallback string) (key, how string) {
	switch {
	case h.ID != "":
		return "id:" + IDKey(h.ID), "id on document"
	case h.Email != "":
		return "email:" + strings.ToLower(h.Email), "e-mail on document"
	case celedger.NameKey(h.Name) != "":
		return "name:" + celedger.NameKey(h.Name), "name on document"
	case fallback != "":
		return "name:" + celedger.NameKey(fallback), "-name"
	}
	return "name:" + strings.ToLower(Unnamed), "nothing names the person"
}

// Assign gathers records into people with a roster (see the top of this
// file for the order of the tests). Every roster person is in the result,
// with no records when no document is theirs. Without a roster it is Group.
func Assign(records *Mentions, roster []celedger.RosterEntry, fallbackName string) []Person {
	return AssignDecided(records, roster, fallbackName, nil)
}

// AssignDecided is Assign with the documents a person has decided whose
// they are: decided maps a document's path to a roster ID (the assign_to
// column of review.csv), used when the document does not settle it
// itself (a name two roster people share).
func AssignDecided(records *Mentions, roster []celedger.RosterEntry, fallbackName string, decided map[string]string) []Person {
	if len(roster) == 0 {
		return Group(records, fallbackName)
	}
	m := newMatcher(roster)
	m.decided = decided
	people := make([]Person, len(roster))
	for i := range roster {
		e := &roster[i]
		people[i] = Person{Roster: e, Holder: celedger.Holder{Name: e.Name, ID: e.ID, Email: e.Email}}
	}
	unsettled := map[string]int{} // document name key -> index in people
	for row := range records.Len() {
		r := records.At(row)
		i, how, review := m.match(r, fallbackName)
		if i >= 0 {
			p := &people[i]
			h := r.Holder
			h.Name, h.ID, h.Email = p.Holder.Name, p.Holder.ID, p.Holder.Email // the roster's spelling
			if h.ID == "" {
				h.ID = r.Holder.ID
			}
			p.add(row, r, h, how)
			continue
		}
		name := r.Holder.Name
		if name == "" {
			name = Unnamed
		}
		key := celedger.NameKey(name)
		j, ok := unsettled[key]
		if !ok {
			j = len(people)
			unsettled[key] = j
			people = append(people, Person{Holder: celedger.Holder{Name: name}, Review: review})
		}
		h := r.Holder
		h.Name = name
		people[j].add(row, r, h, "not settled: "+review)
	}
	sortPeople(people)
	return people
}

// matcher finds roster people by ID, e-mail, name and folder.
type matcher struct {
	roster  []celedger.RosterEntry
	byID    map[string][]int
	byEmail map[string][]int
	names   []nameForm // per roster person
	// Indexes over names, so that matching a name does not scan the whole
	// roster: byCompact for equal compact forms, byEnds for the first and
	// last token that sameName requires to be equal.
	byCompact map[string][]int
	byEnds    map[string][]int
	folders   map[string]folderMatch // by directory: every file in one folder asks the same
	decided   map[string]string      // document path -> roster ID a person chose (AssignDecided)
}

// folderMatch is what folder found for a directory.
type folderMatch struct {
	dir string
	idx int
}

// endsKey is the key of byEnds: the first and the last token.
func endsKey(tokens []string) string { return tokens[0] + "\x00" + tokens[len(tokens)-1] }

// nameForm is a name ready for comparison: compact is NameKey without
// spaces ("marykatesmith"; equal for a name and its family-first form);
// tokens, FoldName's words in their order, keep a hyphenated name as one word
// (["marykate", "smith"]), so "Mary Smith" is not taken for "Mary-Kate
// Smith" by the middle-name rule while "Mary Kate Smith" still equals it.
type nameForm struct {
	compact string
	tokens  []string
}

func formOf(name string) nameForm {
	return nameForm{
		compact: strings.ReplaceAll(celedger.NameKey(name), " ", ""),
		tokens:  strings.Fields(celedger.FoldName(strings.NewReplacer("-", "", "\u2010", "", "\u2011", "").Replace(name))),
	}
}

func newMatcher(roster []celedger.RosterEntry) *matcher {
	m := &matcher{roster: roster, byID: map[string][]int{}, byEmail: map[string][]int{},
		byCompact: map[string][]int{}, byEnds: map[string][]int{}, folders: map[string]folderMatch{}}
	for i, e := range roster {
		if k := IDKey(e.ID); k != "" {
			m.byID[k] = append(m.byID[k], i)
		}
		if e.Email != "" {
			m.byEmail[strings.ToLower(e.Email)] = append(m.byEmail[strings.ToLower(e.Email)], i)
		}
		f := formOf(e.Name)
		m.names = append(m.names, f)
		if f.compact != "" {
			m.byCompact[f.compact] = append(m.byCompact[f.compact], i)
		}
		if len(f.tokens) > 0 {
			m.byEnds[endsKey(f.tokens)] = append(m.byEnds[endsKey(f.tokens)], i)
		}
	}
	return m
}

// match returns the roster index of a record's person and how it was
// found, or -1 and why no one could be told; why names the record's
// assign_to ID when it named no one (celedger.RejectedAssignment).
func (m *matcher) match(r Mention, fallbackName string) (int, string, string) {
	i, how, why := m.matchPerson(r, fallbackName)
	if id, ok := m.decided[r.Path]; ok && i < 0 && len(m.byID[IDKey(id)]) != 1 {
		why += "; " + celedger.RejectedAssignment(id)
	}
	return i, how, why
}

func (m *matcher) matchPerson(r Mention, fallbackName string) (int, string, string) {
	h := r.Holder
	if ids := m.byID[IDKey(h.ID)]; h.ID != "" && len(ids) == 1 {
		return ids[0], celedger.MatchedRosterID + " " + m.roster[ids[0]].ID, ""
	}
	if es := m.byEmail[strings.ToLower(strings.TrimSpace(h.Email))]; h.Email != "" && len(es) == 1 {
		return es[0], celedger.MatchedRosterEmail, ""
	}
	folder, folderIdx := m.folder(r.Path)
	name, how := h.Name, "roster name"
	if celedger.NameKey(name) == "" && fallbackName != "" && folderIdx < 0 {
		name, how = fallbackName, "-name"
	}
	if celedger.NameKey(name) == "" {
		if folderIdx >= 0 {
			return folderIdx, "folder " + folder, ""
		}
		return -1, "", "nothing names the person (no ID, e-mail or name on the document, no roster person's folder)"
	}
	cands := m.byName(name)
	if id, ok := m.decided[r.Path]; ok && len(cands) != 1 {
		if ids := m.byID[IDKey(id)]; len(ids) == 1 {
			return ids[0], celedger.MatchedRosterID + " " + m.roster[ids[0]].ID + " " + celedger.DecidedPerson, ""
		}
	}
	switch {
	case len(cands) == 1:
		if h.ID != "" {
			how += fmt.Sprintf(" (document ID %s is not on the roster)", h.ID)
		}
		return cands[0], how, ""
	case len(cands) > 1:
		for _, c := range cands {
			if c == folderIdx {
				return c, fmt.Sprintf("roster name and folder %s (the name alone matches %d people)", folder, len(cands)), ""
			}
		}
		return -1, "", fmt.Sprintf("name %q matches %d roster people: %s", name, len(cands), m.list(cands))
	}
	why := fmt.Sprintf("name %q is not on the roster", name)
	if folderIdx >= 0 {
		why += "; its folder " + folder + " is " + m.list([]int{folderIdx})
	}
	return -1, "", why
}

func (m *matcher) list(idx []int) string {
	var s []string
	for _, i := range idx {
		e := m.roster[i]
		d := e.Name
		if e.ID != "" {
			d += " (ID " + e.ID + ")"
		} else if e.Email != "" {
			d += " (" + e.Email + ")"
		}
		s = append(s, d)
	}
	return strings.Join(s, ", ")
}

// byName lists the roster people whose name is name: those whose whole
// name is the same (spaces and hyphens aside) when there are any, else
// those whose name differs only by a middle name or initial. An exact
// name is the stronger evidence: with "Mary-Kate Smith" and "Mary Smith"
// on the roster, "Mary Kate Smith" is the first.
func (m *matcher) byName(name string) []int {
	f := formOf(name)
	if f.compact != "" {
		if exact := m.byCompact[f.compact]; len(exact) > 0 {
			return exact
		}
	}
	if len(f.tokens) == 0 {
		return nil
	}
	// sameName holds only between names with the same first and last
	// token, so those are the only candidates (in roster order).
	var loose []int
	for _, i := range m.byEnds[endsKey(f.tokens)] {
		if sameName(f.tokens, m.names[i].tokens) {
			loose = append(loose, i)
		}
	}
	return loose
}

// sameName compares name tokens: the first and last must be equal; middle
// names may be missing on one side; where both sides have one, their
// first letters must agree ("sean p obrien" = "sean patrick obrien").
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) == 1 || len(b) == 1 {
		return strings.Join(a, " ") == strings.Join(b, " ")
	}
	if a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	ma, mb := a[1:len(a)-1], b[1:len(b)-1]
	if len(ma) == 0 || len(mb) == 0 {
		return true
	}
	if len(ma) != len(mb) {
		return false
	}
	for i := range ma {
		if len(ma[i]) > 1 && len(mb[i]) > 1 && ma[i] != mb[i] || ma[i][0] != mb[i][0] {
			return false
		}
	}
	return true
}

// folder finds the roster person a file's folders name, nearest folder
// first; a zip archive's name counts as a folder. It returns the folder and
// the index, or -1 when no folder names exactly one roster person.
func (m *matcher) folder(p string) (string, int) {
	key := p[:strings.LastIndex(p, "/")+1] // the answer depends on the folders only
	if f, ok := m.folders[key]; ok {
		return f.dir, f.idx
	}
	dir, idx := m.folderOf(p)
	m.folders[key] = folderMatch{dir, idx}
	return dir, idx
}

func (m *matcher) folderOf(p string) (string, int) {
	dirs := strings.Split(p, "/") // a zip archive's segment ends in "!"
	for i := len(dirs) - 2; i >= 0; i-- {
		seg := strings.TrimSuffix(dirs[i], "!")
		if strings.EqualFold(path.Ext(seg), ".zip") {
			seg = strings.TrimSuffix(seg, path.Ext(seg))
		}
		if ids := m.byID[IDKey(seg)]; strings.ContainsAny(seg, "0123456789") && len(ids) == 1 {
			return strings.Join(dirs[:i+1], "/"), ids[0]
		}
		words := strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || r == '.' {
				return ' '
			}
			return r
		}, seg)
		if c := m.byName(words); len(c) == 1 {
			return strings.Join(dirs[:i+1], "/"), c[0]
		}
	}
	return "", -1
}

// IDKey folds an ID for comparison: letters upper-cased, punctuation and
// spaces dropped, and an all-digit ID without its leading zeros (spreadsheets
// drop them: "00412233" = "412233").
func IDKey(id string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(id) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if strings.TrimLeft(s, "0123456789") == "" {
		s = strings.TrimLeft(s, "0")
	}
	return s
}
