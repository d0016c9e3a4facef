package reconcile

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"celedger"
)

//go:embed rules/*.json
var ruleFiles embed.FS

// RuleSet is one credential's requirements for cycles ending on or after
// EffectiveFrom. Points are whole CMP points in the files.
type RuleSet struct {
	ID            string          `json:"id"`
	Name          string          `json:"name"`
	Credentials   []string        `json:"credentials"` // codes this rule set serves ("MLS", "MT", "CLS")
	EffectiveFrom celedger.Date   `json:"effective_from"`
	CycleYears    int             `json:"cycle_years"`
	Total         celedger.Points `json:"total"`
	Minimums      []Minimum       `json:"minimums"`
	AcademicCap   int             `json:"academic_cap_percent"` // share of Total academic points may fill
	Grade         string          `json:"grade"`                // V, S or U (DOMAIN.md)
	Source        string          `json:"source"`
	Unconfirmed   []string        `json:"unconfirmed"` // parts of this rule set that are not confirmed
}

// Minimum is an area minimum.
type Minimum struct {
	Area   celedger.Area   `json:"area"`
	Points celedger.Points `json:"points"`
}

type unitTable struct {
	Factors map[celedger.Unit]int64 `json:"factors"`
}

// Rules is every rule set and the unit table.
type Rules struct {
	Sets  []RuleSet
	units map[celedger.Unit]int64
}

// LoadRules reads the embedded rule files.
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

// ForCredential returns the rule set in force for a credential code and a
// cycle ending on cycleEnd: the one with the latest EffectiveFrom not after
// it (or the earliest when all are later).
func (r *Rules) ForCredential(code string, cycleEnd celedger.Date) (RuleSet, error) {
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
