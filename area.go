package celedger

// Area is a CMP requirement area (DOMAIN.md §4). The empty Area means no
// area: nothing laboratory-related was recognised.
type Area string

// The canonical areas, in the order reports list them.
const (
	AreaBloodBanking Area = "blood_banking"
	AreaChemistry    Area = "chemistry"
	AreaHematology   Area = "hematology"
	AreaMicrobiology Area = "microbiology"
	AreaSafety       Area = "safety"
	AreaEthics       Area = "ethics"
	AreaGeneral      Area = "general"
)

// Areas lists the canonical areas in report order. Rule sets may name
// further areas (histology, anatomic pathology); those are plain strings.
var Areas = []Area{AreaBloodBanking, AreaChemistry, AreaHematology, AreaMicrobiology, AreaSafety, AreaEthics, AreaGeneral}

// Label is the human name of an area.
func (a Area) Label() string {
	switch a {
	case AreaBloodBanking:
		return "Blood banking"
	case AreaChemistry:
		return "Chemistry"
	case AreaHematology:
		return "Hematology"
	case AreaMicrobiology:
		return "Microbiology"
	case AreaSafety:
		return "Lab or patient safety"
	case AreaEthics:
		return "Medical ethics"
	case AreaGeneral:
		return "Any lab-related area"
	case "":
		return "No area"
	}
	return string(a)
}

// Zone says how sure the mapping is.
type Zone string

const (
	ZoneAuto     Zone = "auto"     // confident
	ZoneReview   Zone = "review"   // plausible but uncertain, or two areas close
	ZoneNone     Zone = "none"     // nothing laboratory-related found
	ZoneOverride Zone = "override" // a person decided, through the overrides file
)

// Classification is what mapping says about one activity's title.
type Classification struct {
	Area       Area        `json:"area"`
	Score      float64     `json:"area_score"` // 0..1
	Terms      []string    `json:"area_terms"` // lexicon terms that fired
	Zone       Zone        `json:"zone"`
	Candidates []Candidate `json:"candidates,omitempty"` // other areas with their scores, best first
	// Exclude names a kind of activity that never counts ("staff meeting",
	// "job orientation"), or "exclude" when a person decided so.
	Exclude string `json:"exclude,omitempty"`
}

// Candidate is one area the classifier considered.
type Candidate struct {
	Area  Area    `json:"area"`
	Score float64 `json:"score"` // 0..1, never above the classification's own score
	// Eligible: the title carries full evidence for this area on its own
	// ("Biosafety in the Microbiology Laboratory" is safety and
	// microbiology), so the allocation may count the activity toward this
	// area's minimum instead of its own.
	Eligible bool `json:"eligible,omitempty"`
}
