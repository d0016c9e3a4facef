package reconcile

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"celedger"
)

//go:embed rules/*.json
var ruleFiles embed.FS

// Grades of a rule (DOMAIN.md): stated by the body that owns it, by a third
// party, or unconfirmed.
const (
	GradeVerified    = "V"
	GradeStated      = "S"
	GradeUnconfirmed = "U"
)

// RuleSet is one credential's (or state licence's) requirements for cycles
// ending on or after EffectiveFrom. Points are CMP points (for a state
// licence: contact hours, which the unit table converts the same way).
type RuleSet struct {
	ID            string          `json:"id"`
	Name          string          `json:"name"`
	Credentials   []string        `json:"credentials"` // codes this rule set serves ("MLS", "MT", "CLS")
	EffectiveFrom celedger.Date   `json:"effective_from"`
	CycleYears    int             `json:"cycle_years"`
	Total         celedger.Points `json:"total"`
	TotalGrade    string          `json:"total_grade"`
	Minimums      []Minimum       `json:"minimums"`
	// AcademicCap is the share of Total, in percent, that academic-course
	// points may fill; 0 means the rule set states no cap.
	AcademicCap int `json:"academic_cap_percent"`
	// AllowSplit lets one activity's points be divided among several areas.
	// ASCP allocates whole activities, so the ASCP files leave it false.
	AllowSplit bool   `json:"allow_split"`
	Grade      string `json:"grade"` // the weakest grade of the set as a whole
	Source     string `json:"source"`
	// Unconfirmed names parts of the set that rest on [U] rules beyond the
	// minimums' own grades ("MLT area split").
	Unconfirmed []string `json:"unconfirmed"`
	// NotChecked names requirements of the set this program cannot check
	// from a ledger (a certificate's accreditation number); each ledger
	// built on the set repeats them in its notes.
	NotChecked []string `json:"not_checked"`
}

// Minimum is an area minimum. An activity is eligible for it when its mapped
// area (or a close candidate area) is Area or one of Counts, or when its
// normalised title contains one of Keywords as whole words. Counts and
// Keywords exist for areas the classifier does not produce (histology,
// molecular, Florida's HIV/AIDS hour): the rule set itself says what meets
// them, and the minimum is graded U when that reading is ours.
type Minimum struct {
	Area     celedger.Area   `json:"area"`
	Label    string          `json:"label"`
	Points   celedger.Points `json:"points"`
	Grade    string          `json:"grade"`
	Counts   []celedger.Area `json:"counts,omitempty"`
	Keywords []string        `json:"keywords,omitempty"`
	// SingleActivity: only one activity of at least Points meets the
	// minimum; several smaller ones do not add up to it (Florida's 2-hour
	// course on the prevention of medical errors).
	SingleActivity bool `json:"single_activity,omitempty"`
	// KeywordDecides: a title naming one of Keywords meets this
	// requirement whatever its CMP area, so such a line counts without an
	// area review (a state licence's required subject).
	KeywordDecides bool `json:"keyword_decides,omitempty"`
}

// fits reports whether a line of p counted points can meet m by its size:
// always, unless m takes a single activity of at least m.Points.
func (m Minimum) fits(p celedger.Points) bool { return !m.SingleActivity || p >= m.Points }

// named reports whether a folded, space-padded title names one of m's
// keywords, and which.
func (m Minimum) named(paddedTitle string) (string, bool) {
	for _, k := range m.Keywords {
		if strings.Contains(paddedTitle, " "+foldText(k)+" ") {
			return k, true
		}
	}
	return "", false
}

// label is the minimum's human name.
func (m Minimum) label() string {
	if m.Label != "" {
		return m.Label
	}
	return m.Area.Label()
}

// UnconfirmedRules lists every part of the set a result built on it rests
// on without confirmation: the set's own list, the total when graded U, and
// each minimum graded U.
func (s RuleSet) UnconfirmedRules() []string {
	var out []string
	if s.TotalGrade == GradeUnconfirmed {
		out = append(out, fmt.Sprintf("%s total of %s (unconfirmed)", s.ID, s.Total))
	}
	for _, u := range s.Unconfirmed {
		out = append(out, u+" (unconfirmed)")
	}
	var split []string
	for _, m := range s.Minimums {
		if m.Grade == GradeUnconfirmed {
			split = append(split, fmt.Sprintf("%s %s", m.label(), m.Points))
		}
	}
	if len(split) > 0 {
		out = append(out, fmt.Sprintf("%s area split (unconfirmed): %s", s.ID, strings.Join(split, ", ")))
	}
	return out
}

type unitTable struct {
	Factors map[celedger.Unit]int64 `json:"factors"`
}

// Rules is every rule set and the unit table.
type Rules struct {
	Sets  []RuleSet
	units map[celedger.Unit]int64
}

// LoadRules reads the embedded rule files and checks them.
func LoadRules() (*Rules, error) {
	rs := &Rules{}
	err := fs.WalkDir(ruleFiles, "rules", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := ruleFiles.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, "/units.json") {
			var u unitTable
			if err := json.Unmarshal(b, &u); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			rs.units = u.Factors
			return nil
		}
		var set RuleSet
		if err := json.Unmarshal(b, &set); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := set.check(); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		rs.Sets = append(rs.Sets, set)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(rs.Sets, func(i, j int) bool {
		if rs.Sets[i].ID != rs.Sets[j].ID {
			return rs.Sets[i].ID < rs.Sets[j].ID
		}
		return rs.Sets[i].EffectiveFrom.Before(rs.Sets[j].EffectiveFrom)
	})
	return rs, nil
}

// check rejects a rule file a typo would make silently wrong.
func (s RuleSet) check() error {
	grades := map[string]bool{GradeVerified: true, GradeStated: true, GradeUnconfirmed: true}
	switch {
	case s.ID == "" || len(s.Credentials) == 0:
		return fmt.Errorf("rule set needs an id and credentials")
	case s.EffectiveFrom.IsZero():
		return fmt.Errorf("%s: effective_from missing", s.ID)
	case s.CycleYears <= 0:
		return fmt.Errorf("%s: cycle_years must be positive", s.ID)
	case s.Total <= 0:
		return fmt.Errorf("%s: total must be positive", s.ID)
	case !grades[s.Grade] || !grades[s.TotalGrade]:
		return fmt.Errorf("%s: grade and total_grade must be V, S or U", s.ID)
	case s.AcademicCap < 0 || s.AcademicCap > 100:
		return fmt.Errorf("%s: academic_cap_percent must be 0..100", s.ID)
	}
	seen := map[celedger.Area]bool{}
	for _, m := range s.Minimums {
		switch {
		case m.Area == "" || m.Area == celedger.AreaGeneral:
			return fmt.Errorf("%s: a minimum needs an area other than general", s.ID)
		case seen[m.Area]:
			return fmt.Errorf("%s: area %s listed twice", s.ID, m.Area)
		case m.Points <= 0:
			return fmt.Errorf("%s: minimum %s must be positive", s.ID, m.Area)
		case !grades[m.Grade]:
			return fmt.Errorf("%s: minimum %s: grade must be V, S or U", s.ID, m.Area)
		}
		seen[m.Area] = true
	}
	return nil
}

// ForCredential returns the rule set in force for a credential code (as
// printed: "MLS(ASCP)CM" is MLS) and a
// cycle ending on cycleEnd: the one with the latest EffectiveFrom not after
// it, or the earliest when all are later. With no cycle end known the
// latest set is used (the rules a declaration filed now would meet).
func (r *Rules) ForCredential(code string, cycleEnd celedger.Date) (RuleSet, error) {
	if c := celedger.CredentialCode(code); c != "" {
		code = c // "MLS(ASCP)CM" as printed
	}
	code = strings.ToUpper(strings.TrimSpace(code))
	var match []RuleSet
	for _, s := range r.Sets {
		for _, c := range s.Credentials {
			if c == code {
				match = append(match, s)
			}
		}
	}
	if len(match) == 0 {
		return RuleSet{}, fmt.Errorf("unknown credential %q (known: %s)", code, strings.Join(r.Codes(), ", "))
	}
	sort.SliceStable(match, func(i, j int) bool { return match[i].EffectiveFrom.Before(match[j].EffectiveFrom) })
	if cycleEnd.IsZero() {
		return match[len(match)-1], nil
	}
	best := match[0]
	for _, s := range match[1:] {
		if !s.EffectiveFrom.After(cycleEnd) {
			best = s
		}
	}
	return best, nil
}

// Codes lists every credential code the rules know.
func (r *Rules) Codes() []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range r.Sets {
		for _, c := range s.Credentials {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	sort.Strings(out)
	return out
}

// PointsOf converts credits in a unit to CMP points; false for a unit the
// table does not know.
func (r *Rules) PointsOf(credits celedger.Points, u celedger.Unit) (celedger.Points, bool) {
	f, ok := r.units[u]
	if !ok {
		return 0, false
	}
	return credits.Mul(f), true
}

// eligible reports whether an activity mapped to area (with the given
// normalised title, padded with spaces) may count toward m.
func (m Minimum) eligible(area celedger.Area, paddedTitle string) bool {
	if area == m.Area {
		return true
	}
	for _, a := range m.Counts {
		if a == area {
			return true
		}
	}
	_, ok := m.named(paddedTitle)
	return ok
}

// foldText lowercases, removes accents and turns every run of
// non-alphanumerics into one space: "HIV/AIDS Update" -> "hiv aids update".
func foldText(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
