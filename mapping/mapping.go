// Package mapping decides which CMP area a course title belongs to.
//
// This first version matches whole words and phrases of a small lexicon;
// the result names the terms that fired and a zone (auto, review, none).
package mapping

import (
	"sort"
	"strings"
	"unicode"

	"celedger"
)

// lexicon is a first, small word list per area.
var lexicon = map[celedger.Area][]string{
	celedger.AreaBloodBanking: {"blood bank", "blood banking", "immunohematology", "transfusion", "antibody identification", "crossmatch", "abo", "rh", "blood donor", "hemolytic disease"},
	celedger.AreaChemistry:    {"chemistry", "glucose", "lipid", "electrolyte", "enzyme", "toxicology", "cardiac markers", "renal function", "liver function", "blood gas", "endocrine"},
	celedger.AreaHematology:   {"hematology", "coagulation", "anemia", "leukemia", "cbc", "blood smear", "hemostasis", "platelet", "bone marrow", "lymphoma"},
	celedger.AreaMicrobiology: {"microbiology", "bacteriology", "mycology", "parasitology", "virology", "antimicrobial", "susceptibility", "culture", "gram stain", "mrsa", "tuberculosis"},
	celedger.AreaSafety:       {"safety", "patient safety", "bloodborne pathogens", "biosafety", "chemical hygiene", "fire safety", "hazard", "infection control"},
	celedger.AreaEthics:       {"ethics", "ethical", "hipaa", "confidentiality", "professionalism"},
	celedger.AreaGeneral:      {"urinalysis", "body fluids", "immunology", "molecular", "quality control", "quality", "laboratory", "phlebotomy", "histology", "cytology", "management", "point of care", "lab"},
}

// Classifier maps titles to areas. The zero value is not usable; call New.
type Classifier struct{}

// New returns a classifier over the built-in lexicon.
func New() *Classifier { return &Classifier{} }

// Classify maps a title (and a topic column, when the document has one).
func (c *Classifier) Classify(title, topic string) celedger.Classification {
	text := " " + normalise(topic+" "+title) + " "
	if strings.Contains(text, " staff meeting ") {
		return celedger.Classification{Zone: celedger.ZoneNone, Exclude: "staff meeting"}
	}
	if strings.Contains(text, " orientation ") {
		return celedger.Classification{Zone: celedger.ZoneNone, Exclude: "job orientation"}
	}
	hits := map[celedger.Area][]string{}
	for area, terms := range lexicon {
		for _, t := range terms {
			if strings.Contains(text, " "+t+" ") {
				hits[area] = append(hits[area], t)
			}
		}
	}
	if len(hits[celedger.AreaBloodBanking]) > 0 {
		delete(hits, celedger.AreaHematology)
	}
	if len(hits) > 1 {
		delete(hits, celedger.AreaGeneral)
	}
	var areas []celedger.Area
	for a := range hits {
		areas = append(areas, a)
	}
	sort.Slice(areas, func(i, j int) bool { return areas[i] < areas[j] })
	switch len(areas) {
	case 0:
		return celedger.Classification{Zone: celedger.ZoneNone}
	case 1:
		terms := hits[areas[0]]
		sort.Strings(terms)
		return celedger.Classification{Area: areas[0], Score: 0.9, Terms: terms, Zone: celedger.ZoneAuto}
	}
	var cands []celedger.Candidate
	var terms []string
	for _, a := range areas {
		cands = append(cands, celedger.Candidate{Area: a, Score: 0.5})
		terms = append(terms, hits[a]...)
	}
	sort.Strings(terms)
	return celedger.Classification{Area: areas[0], Score: 0.5, Terms: terms, Zone: celedger.ZoneReview, Candidates: cands}
}

func normalise(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
