package reconcile

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"celedger"
)

// Unnamed is the person a record goes to when nothing says whose it is.
const Unnamed = "Unnamed"

// Person is everyone's records gathered under one identity.
type Person struct {
	Holder  celedger.Holder   // best-known name, ID, e-mail, credential, cycle
	Cycle   string            // the source of Holder.CycleEnd
	Records []celedger.Record // in input order
}

// Group gathers records into people: by the ID on the record, else by its
// e-mail, else by its name (case, accents and punctuation folded), else under
// fallbackName (the -name flag), else under Unnamed. A name seen once with
// an ID joins that ID's person.
func Group(records []celedger.Record, fallbackName string) []Person {
	byKey := map[string]*Person{}
	alias := map[string]string{} // name or e-mail key -> ID key
	for _, r := range records {
		if r.Holder.ID == "" {
			continue
		}
		id := "id:" + strings.ToUpper(strings.TrimSpace(r.Holder.ID))
		if n := NameKey(r.Holder.Name); n != "" {
			alias["name:"+n] = id
		}
		if e := strings.ToLower(r.Holder.Email); e != "" {
			alias["email:"+e] = id
		}
	}
	var order []string
	for _, r := range records {
		key := personKey(r.Holder, fallbackName)
		if a, ok := alias[key]; ok {
			key = a
		}
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
		if p.Holder.CycleEnd.IsZero() && !h.CycleEnd.IsZero() {
			p.Cycle = r.Source.Path + " header"
		}
		p.Holder = p.Holder.Merge(h)
		p.Records = append(p.Records, r)
	}
	out := make([]Person, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	sort.SliceStable(out, func(i, j int) bool { return NameKey(out[i].Holder.Name) < NameKey(out[j].Holder.Name) })
	return out
}

func personKey(h celedger.Holder, fallback string) string {
	switch {
	case h.ID != "":
		return "id:" + strings.ToUpper(strings.TrimSpace(h.ID))
	case h.Email != "":
		return "email:" + strings.ToLower(h.Email)
	case NameKey(h.Name) != "":
		return "name:" + NameKey(h.Name)
	case fallback != "":
		return "name:" + NameKey(fallback)
	}
	return "name:" + strings.ToLower(Unnamed)
}

// NameKey folds a person's name for comparison: lower case, accents
// removed, punctuation dropped, "Last, First" turned to "first last":
// "O'Brien, Seán" and "Sean OBrien" give the same key.
func NameKey(name string) string {
	name = strings.TrimSpace(name)
	if last, first, ok := strings.Cut(name, ","); ok {
		name = first + " " + last
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
