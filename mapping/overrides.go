package mapping

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/gocarina/gocsv"
	"github.com/hbollon/go-edlib"
	"github.com/sahilm/fuzzy"

	"celedger"
)

// DecisionExclude is the decision that marks a line as never counting.
const DecisionExclude = "exclude"

// Override is one decision a person made about a title: an area ID or
// "exclude". An empty Provider applies to the title from any provider.
type Override struct {
	Title    string `csv:"title"`
	Provider string `csv:"provider"`
	Decision string `csv:"decision"`
	Note     string `csv:"note"`
	Line     int    `csv:"-"` // where it was read, for messages
}

// Overrides are decisions keyed by normalised title and provider. The
// zero value holds none and is ready to use.
type Overrides struct {
	byKey map[string]Override
	notes []string // decisions read from a slip or a few letters, "file:line: …"
}

// Notes are the decisions ReadOverrides read from a slip or a few letters
// ("review.csv:5: decision: \"hemotology\" read as hematology"), for
// the user to see.
func (o Overrides) Notes() []string { return o.notes }

// Key is how a title and provider are matched: case, accents,
// punctuation and spacing do not matter ("Platelet  Transfusion:
// Refractoriness" is "platelet transfusion refractoriness").
func Key(title, provider string) string {
	return foldKey(title) + "|" + foldKey(provider)
}

func foldKey(s string) string {
	f, _ := fold(s)
	return strings.Join(strings.Fields(f), " ")
}

// Choices are the decisions an override may name, in the order messages
// list them.
func Choices() []string {
	out := make([]string, 0, len(celedger.Areas)+1)
	for _, a := range celedger.Areas {
		out = append(out, string(a))
	}
	return append(out, DecisionExclude)
}

// Len is the number of decisions held.
func (o Overrides) Len() int { return len(o.byKey) }

// Set records a decision, replacing an earlier one for the same title
// and provider. The decision must be one of Choices.
func (o *Overrides) Set(title, provider, decision, note string) error {
	d, err := checkDecision(decision)
	if err != nil {
		return err
	}
	if o.byKey == nil {
		o.byKey = map[string]Override{}
	}
	o.byKey[Key(title, provider)] = Override{Title: title, Provider: provider, Decision: d, Note: note}
	return nil
}

// Add takes the decisions of other that o does not hold already (o's own
// win): the decisions an earlier review.csv holds, under those of
// overrides.csv.
func (o *Overrides) Add(other Overrides) {
	o.notes = append(o.notes, other.notes...)
	for k, ov := range other.byKey {
		if _, ok := o.byKey[k]; ok {
			continue
		}
		if o.byKey == nil {
			o.byKey = map[string]Override{}
		}
		o.byKey[k] = ov
	}
}

// Lookup returns the decision for a title from a provider: one made for
// that provider first, else one made for the title from any provider.
func (o Overrides) Lookup(title, provider string) (Override, bool) {
	if len(o.byKey) == 0 {
		return Override{}, false
	}
	if ov, ok := o.byKey[Key(title, provider)]; ok {
		return ov, true
	}
	ov, ok := o.byKey[Key(title, "")]
	return ov, ok
}

// Apply replaces a classification with the person's decision, if there
// is one: zone override, score 1, terms ["override"]. It depends only on
// the title and provider, so applying it on every run is idempotent.
func (o Overrides) Apply(title, provider string, c celedger.Classification) celedger.Classification {
	ov, ok := o.Lookup(title, provider)
	if !ok {
		return c
	}
	out := celedger.Classification{Score: 1, Terms: []string{"override"}, Zone: celedger.ZoneOverride}
	if ov.Decision == DecisionExclude {
		out.Exclude = DecisionExclude
	} else {
		out.Area = celedger.Area(ov.Decision)
	}
	return out
}

// ReadOverrides reads a decisions file: review.csv as written by the
// import, with its decision column filled in, or the file the
// interactive review saves. Only the columns title, provider, decision
// and note are read; other columns are ignored, and rows with an empty
// decision are skipped. name is used in messages. Every bad row is
// reported (errors.Join), each as "name:line: decision: …".
func ReadOverrides(name string, r io.Reader) (Overrides, error) {
	lr := &lineReader{r: csv.NewReader(r)}
	lr.r.FieldsPerRecord = -1
	var rows []Override
	if err := gocsv.UnmarshalCSV(lr, &rows); err != nil {
		if errors.Is(err, gocsv.ErrEmptyCSVFile) {
			return Overrides{}, nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return Overrides{}, fmt.Errorf("%s:%d: %v", name, pe.Line, pe.Err)
		}
		return Overrides{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(lr.lines) > 0 {
		header := lr.header
		for _, col := range []string{"title", "decision"} {
			if !slices.Contains(header, col) {
				return Overrides{}, fmt.Errorf("%s:1: no %q column (found: %s)", name, col, strings.Join(header, ", "))
			}
		}
	}
	var o Overrides
	var errs []error
	for i, row := range rows {
		line := lr.lines[i+1]
		row.Title, row.Provider, row.Decision = unneutral(row.Title), unneutral(row.Provider), unneutral(row.Decision)
		if strings.TrimSpace(row.Decision) == "" {
			continue
		}
		if strings.TrimSpace(row.Title) == "" {
			errs = append(errs, fmt.Errorf("%s:%d: title: empty, so the decision %q applies to nothing", name, line, row.Decision))
			continue
		}
		d, err := checkDecision(row.Decision)
		if err != nil {
			// As the picker does: a few letters ("micro", "bb") or a slip
			// ("hemotology") read as the area, and said.
			near, perr := pick(strings.TrimSpace(row.Decision))
			if perr != nil || near == "skip" {
				near = slipOf(row.Decision)
			}
			if near == "" {
				errs = append(errs, fmt.Errorf("%s:%d: decision: %w", name, line, err))
				continue
			}
			d = near
			o.notes = append(o.notes, fmt.Sprintf("%s:%d: decision: %q read as %s", name, line, strings.TrimSpace(row.Decision), d))
		}
		k := Key(row.Title, row.Provider)
		if prev, dup := o.byKey[k]; dup && prev.Decision != d {
			errs = append(errs, fmt.Errorf("%s:%d: decision: %q contradicts %q on line %d for the same title", name, line, d, prev.Decision, prev.Line))
			continue
		}
		if o.byKey == nil {
			o.byKey = map[string]Override{}
		}
		o.byKey[k] = Override{Title: row.Title, Provider: row.Provider, Decision: d, Note: row.Note, Line: line}
	}
	return o, errors.Join(errs...)
}

// WriteOverrides writes the decisions as CSV (title, provider, decision,
// note), sorted, so the same decisions give the same bytes.
func WriteOverrides(w io.Writer, o Overrides) error {
	rows := make([]Override, 0, len(o.byKey))
	for _, ov := range o.byKey {
		rows = append(rows, ov)
	}
	slices.SortFunc(rows, func(a, b Override) int {
		return strings.Compare(Key(a.Title, a.Provider), Key(b.Title, b.Provider))
	})
	if _, err := io.WriteString(w, "\ufeff"); err != nil { // Excel on Windows reads it as UTF-8
		return err
	}
	cw := csv.NewWriter(w)
	if err := gocsv.MarshalCSV(rows, gocsv.NewSafeCSVWriter(cw)); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// checkDecision accepts an area ID or "exclude", ignoring case and
// letting spaces or hyphens stand for underscores ("Blood banking").
func checkDecision(s string) (string, error) {
	d := strings.ToLower(strings.TrimSpace(s))
	d = strings.NewReplacer(" ", "_", "-", "_").Replace(d)
	if slices.Contains(Choices(), d) {
		return d, nil
	}
	hint := ""
	if m := DidYouMean(d); m != "" {
		hint = "did you mean " + m + "?; "
	}
	return "", fmt.Errorf("unknown area %q (%sareas: %s)", strings.TrimSpace(s), hint, strings.Join(Choices(), ", "))
}

// DidYouMean returns the choice closest to a mistyped decision: the one
// within two edits ("hemotology" -> hematology), else the best
// subsequence match ("micro" -> microbiology), else "".
func DidYouMean(s string) string {
	best, bestD := "", 3
	for _, c := range Choices() {
		if d := edlib.LevenshteinDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	if best != "" {
		return best
	}
	if m := fuzzy.Find(s, Choices()); len(m) > 0 {
		return m[0].Str
	}
	return ""
}

// unneutral undoes the quote the CSV writers put before a cell a
// spreadsheet would read as a formula ("'=cmd" was written for "=cmd").
func unneutral(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}

// lineReader feeds gocsv while remembering the line each record starts
// on, so messages can name the file's line even when a quoted cell spans
// several lines.
type lineReader struct {
	r      *csv.Reader
	lines  []int
	header []string
}

func (l *lineReader) Read() ([]string, error) {
	rec, err := l.r.Read()
	if err == nil {
		line, _ := l.r.FieldPos(0)
		if len(l.lines) == 0 {
			if len(rec) > 0 {
				rec[0] = strings.TrimPrefix(rec[0], "\ufeff") // a spreadsheet's byte-order mark
			}
			l.header = slices.Clone(rec)
		}
		l.lines = append(l.lines, line)
	}
	return rec, err
}

func (l *lineReader) ReadAll() ([][]string, error) {
	var out [][]string
	for {
		rec, err := l.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
}
