package mapping

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"celedger"
)

// conf is the score formula of the package comment, for stating expected
// scores in the named constants.
func conf(top, runner float64) float64 {
	return round2(math.Min(1, top/fullEvidence) * (1 - marginWeight*runner/top))
}

func TestClassify(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		title, topic string
		area         celedger.Area
		score        float64
		zone         celedger.Zone
		exclude      string
		terms        []string // must all be among the terms
	}{
		{"Coagulation Testing: PT and aPTT Interpretation", "", celedger.AreaHematology, conf(9, 0), celedger.ZoneAuto, "", []string{"coagulation", "pt (abbr, hematology by context)", "aptt (abbr)", "test (context)"}},
		{"Hemotology Review: White Cell Disorders", "", celedger.AreaHematology, conf(3*typoFactor+4, 0), celedger.ZoneAuto, "", []string{"hemotology~hematology (typo)", "white cell"}},
		{"Immunohematolgy Case Studies", "", celedger.AreaBloodBanking, conf(3*typoFactor, 0), celedger.ZoneAuto, "", []string{"immunohematolgy~immunohematology (typo)"}},
		// A word that dropped its "e" before "-ing" is the lexicon's word,
		// no misspelling: it counts in full.
		{"Culturing Anaerobes", "", celedger.AreaMicrobiology, 1, celedger.ZoneAuto, "", []string{"culture", "anaerobe"}},
		// Full evidence for two areas in the title's own words: the first
		// named leads, the other is a second area (TestSecondArea).
		{"Immunohematology for the Hematology Technologist", "", celedger.AreaBloodBanking, 1, celedger.ZoneAuto, "", []string{"immunohematology", "hematology"}},
		{"Immunohematology Review", "", celedger.AreaBloodBanking, 1, celedger.ZoneAuto, "", []string{"immunohematology"}},
		{"Iron Studies and Ferritin", "", celedger.AreaChemistry, conf(4+3, 0), celedger.ZoneAuto, "", []string{"iron studies", "ferritin"}},
		{"Delta Checks and Specimen Integrity", "", celedger.AreaGeneral, 1, celedger.ZoneAuto, "", []string{"delta check", "specimen integrity"}},
		{"Flow Cytometry Basics", "", celedger.AreaGeneral, conf(4, 0), celedger.ZoneAuto, "", []string{"flow cytometry"}},
		// General does not compete with a specific area's full evidence,
		// and counts generalFactor beside weaker evidence.
		{"Flow Cytometry in Hematologic Malignancies", "", celedger.AreaHematology, conf(4, 0), celedger.ZoneAuto, "", []string{"flow cytometry", "hematologic malignancy"}},
		{"Chemistry Analyzer Calibration and QC", "", celedger.AreaChemistry, 1, celedger.ZoneAuto, "", []string{"chemistry", "calibration", "qc (abbr)"}},
		{"Platelet Studies by Flow Cytometry", "", celedger.AreaGeneral, conf(4*generalFactor, 2), celedger.ZoneReview, "", []string{"platelet", "flow cytometry"}},
		{"Smears: When and Why", "", celedger.AreaHematology, 0.67, celedger.ZoneReview, "", []string{"smear (hematology by context)"}}, // a word of two senses with nothing to decide: its first
		{"AST Breakpoint Updates", "", celedger.AreaMicrobiology, 1, celedger.ZoneAuto, "", []string{"ast (abbr, microbiology by context)", "breakpoint"}},
		{"AST and ALT in Liver Disease", "", celedger.AreaChemistry, 1, celedger.ZoneAuto, "", []string{"ast (abbr, chemistry by context)", "alt (abbr)"}},
		{"AST", "", celedger.AreaChemistry, conf(1.5, 1.5), celedger.ZoneReview, "", []string{"ast (abbr, no context)"}},
		// A word of two senses ("3 autoantibody ~general") goes where the
		// title's other words lean; with none, to its own section's area.
		{"Autoimmune Serology: Autoantibody Patterns on HEp-2 Cells", "", celedger.AreaGeneral, 1 /* "HEp-2 cell" is autoimmune serology's */, celedger.ZoneAuto, "", []string{"autoantibody (general by context)", "serology"}},
		{"Warm Autoantibody Workup", "", celedger.AreaBloodBanking, conf(3, 0), celedger.ZoneAuto, "", []string{"autoantibody (blood_banking by context)"}},
		// The second sense needs full evidence of its own, from what the
		// title is about, not from a process applied to it.
		{"Bronchoalveolar Lavage Cell Differentials", "", celedger.AreaGeneral, conf(7*generalFactor, 1), celedger.ZoneAuto, "", []string{"bronchoalveolar lavage", "differential (general by context)"}},
		{"Manual Differential QC and Slide Review Criteria", "", celedger.AreaHematology, 1, celedger.ZoneAuto, "", []string{"differential (hematology by context)", "qc (abbr)"}},
		{"ast in lower case is no abbreviation", "", "", 0, celedger.ZoneNone, "", nil},
		{"Hit the Ground Running", "", "", 0, celedger.ZoneNone, "", nil},
		{"Case Studies", "Blood Bank", celedger.AreaBloodBanking, 1, celedger.ZoneAuto, "", []string{"blood bank (topic)"}},
		{"Antibody Identification", "Microbiology", celedger.AreaMicrobiology, conf(3*topicFactor, 4), celedger.ZoneReview, "", []string{"microbiology (topic)", "antibody identification"}},
		{"Laboratory Management", "", celedger.AreaGeneral, 1, celedger.ZoneAuto, "", []string{"laboratory management"}},
		{"Lab Budget and Staffing", "", celedger.AreaGeneral, 1, celedger.ZoneAuto, "", []string{"lab (context)", "budget", "staffing"}},
		{"Pain Management for Nurses", "", "", 0, celedger.ZoneNone, "", nil},
		{"Yoga for Stress Relief", "", "", 0, celedger.ZoneNone, "", nil},
		{"Laboratory Grand Rounds", "", celedger.AreaGeneral, conf(contextWeight, 0), celedger.ZoneReview, "", []string{"laboratory (context)"}},
		{"Monthly Staff Meeting", "", "", 1, celedger.ZoneAuto, "staff meeting", []string{"staff meeting (exclude)"}},
		{"New Employee Orientation", "", "", 1, celedger.ZoneAuto, "job orientation", nil},
		{"Orientation", "", "", 1, celedger.ZoneAuto, "job orientation", []string{"orientation (exclude)"}},
		{"Welcome Packet: Orientation Forms", "", "", 1, celedger.ZoneAuto, "human resources", []string{"welcome packet (exclude)"}}, // a welcome packet is a human-resources handout
		{"Specimen Orientation for Slides", "", celedger.AreaGeneral, conf(2, 0), celedger.ZoneReview, "", []string{"slide", "specimen (context)"}},
		{"Hématology & Coagulation", "", celedger.AreaHematology, 1, celedger.ZoneAuto, "", []string{"hematology", "coagulation"}},
		{"", "", "", 0, celedger.ZoneNone, "", nil},
	}
	for _, tt := range tests {
		got := c.Classify(tt.title, tt.topic)
		if got.Area != tt.area || got.Score != tt.score || got.Zone != tt.zone || got.Exclude != tt.exclude {
			t.Errorf("Classify(%q, %q) = %s %v %s exclude=%q %v, want %s %v %s exclude=%q",
				tt.title, tt.topic, got.Area, got.Score, got.Zone, got.Exclude, got.Terms, tt.area, tt.score, tt.zone, tt.exclude)
		}
		for _, term := range tt.terms {
			if !slices.Contains(got.Terms, term) {
				t.Errorf("Classify(%q): terms %q lack %q", tt.title, got.Terms, term)
			}
		}
	}
}

// TestExclusionIsWhatTheActivityIs: a staff meeting or job orientation is
// excluded when the title's first phrase is one, not when the word sits
// inside a course's title; an uncertain one goes to review with the
// exclusion suggested (issue 20, kind 9).
func TestExclusionIsWhatTheActivityIs(t *testing.T) {
	c := mustNew(t)
	const sure, unsure, none = "sure", "review", ""
	for _, tt := range []struct{ title, want string }{
		{"Quality Committee Meeting: Minutes Review", sure},
		{"Microbiology Staff Meeting Minutes and Action Items", sure},
		{"Supervisors' Budget Meeting", sure},
		{"Orientation to the Hospital Campus and Parking", sure},
		{"Student Orientation to Clinical Rotations", sure},
		{"Blood Bank Orientation for Traveling Technologists", sure},
		// An area named before a weak exclusion says whose activity it is,
		// unless a specific topic follows it: then it is uncertain.
		{"Microbiology Orientation: Day 2", sure},
		{"Safety Huddle: Needlestick Prevention", unsure},
		{"Visitor Safety Orientation for the BSL-3 Suite", unsure},
		{"Orientation to the Coagulation Bench for Float Staff", unsure},
		// A [setting] word after a phrase break is the audience, not the
		// topic's workplace: an orientation to a topic.
		{"Orientation to HIPAA Privacy for Laboratory Personnel", none},
		// A phrase ending in an activity's noun, in the plural beside
		// laboratory words, is the kind of activity; "new hires" are
		// people (titles-r).
		{"Huddles That Work: Tiered Daily Huddles for Lab Quality Improvement", none},
		{"Are Your Lab Orientations Working? Designing Training for New Hires", unsure},
		{"Running Effective Staff Meetings", unsure},
		{"Tissue Orientation During Embedding: Skin Biopsies", none},
		{"Specimen Orientation and Margin Inking at the Grossing Bench", none},
		{"Crystal Orientation and Birefringence: Urate vs. CPPD", none},
		{"Sexual Orientation and Gender Identity: Reference Intervals for Transgender Patients", none},
		{"Meeting the Transfusion Needs of Trauma Patients", none},
		{"ASCLS Joint Annual Meeting", none},
		// An exclusion with nothing laboratory beside it is what the
		// activity is, wherever it stands; a course about the activity
		// (its noun in the plural) is not (titles-zc).
		{"Updating Your Direct Deposit in the HR Portal", sure},
		{"Running Effective Team Meetings", unsure},
		// "activity meeting": committee meetings in the plural beside
		// laboratory words are the course's topic; a yearly attestation is
		// no course (titles-zd).
		{"Transfusion Committee Meetings: Auditing Blood Utilization", none},
		{"Annual Code of Conduct Attestation", sure},
		// "Morning" is no gerund: the huddle is the activity (titles-zk).
		{"Morning Safety Huddle", sure},
		// A specific area's topic after the exclusion makes it uncertain;
		// an area's name says whose activity it is.
		{"Staff Meeting Case Review: An Unexpected Anti-Jka", unsure},
		{"Department Orientation: Microbiology Section", sure},
		// The phrase after "orientation to" decides: a topic is a course,
		// whatever audience a later phrase names; a workplace is not.
		{"Orientation to Flow Cytometry Gating for New Hematology Staff", none},
		{"Orientation to Urine Sediment Microscopy", none},
		// "section" right after an area's term is the workplace, not a
		// tissue section: the orientation is the job's.
		{"Chemistry Section Orientation for Rotating Residents", sure},
		{"Frozen Section Orientation: Getting the Margin Right", none},
		// An "about" noun in the plural right after the exclusion makes the
		// activity the course's subject.
		{"Morning Huddle Tools for Quality Improvement in the Lab", none},
		{"New-Hire Orientation Programs That Reduce Laboratory Turnover", none},
		{"New Employee Orientation Program Day 1", sure},
	} {
		got := c.Classify(tt.title, "")
		var is string
		switch {
		case got.Exclude != "" && got.Zone == celedger.ZoneAuto:
			is = sure
		case got.Exclude != "":
			is = unsure
		}
		if is != tt.want {
			t.Errorf("Classify(%q) = %s %s exclude=%q %v, want exclusion %q", tt.title, got.Area, got.Zone, got.Exclude, got.Terms, tt.want)
		}
	}
}

// TestNamedFieldsAndPlainPhrases: the dipstick names urinalysis, general's
// own field, so it leads an analyte of chemistry (as cytology leads the
// thyroid); a [plain] phrase is no
// evidence; PT is prothrombin time or proficiency testing as the other
// words say.
func TestNamedFieldsAndPlainPhrases(t *testing.T) {
	c := mustNew(t)
	for _, tt := range []struct {
		title string
		area  celedger.Area
		zone  celedger.Zone
	}{
		{"Urine Dipstick Glucose and Ketones: False Results", celedger.AreaGeneral, celedger.ZoneAuto},
		{"Urine Porphobilinogen in Acute Porphyria", celedger.AreaChemistry, celedger.ZoneAuto},
		{"Cultural Competency in Patient Care", "", celedger.ZoneNone},
		{"Competency Assessment for POCT Operators", celedger.AreaGeneral, celedger.ZoneAuto},
		{"Alternative Assessment When No PT Is Available", celedger.AreaGeneral, celedger.ZoneAuto},
		{"PT/INR Monitoring for Warfarin", celedger.AreaHematology, celedger.ZoneAuto},
		// Cytology and the individualized QC plan name general's own
		// field; a CLSI document by number names its area; who owns a
		// diagnosis is no ethics of ownership (titles-p).
		{"Thyroid FNA Cytology and Molecular Reflex Testing", celedger.AreaGeneral, celedger.ZoneAuto},
		{"Individualized Quality Control Plans for Blood Gas Analyzers", celedger.AreaGeneral, celedger.ZoneAuto},
		{"Annual Review: What's New in CLSI M100", celedger.AreaMicrobiology, celedger.ZoneAuto},
		{"Malaria Smears in the Hematology Lab: Who Owns the Diagnosis?", celedger.AreaMicrobiology, celedger.ZoneAuto},
		{"Who Owns a Specimen? Biobanking and Broad Consent", celedger.AreaEthics, celedger.ZoneAuto},
		{"Umbilical Cord Blood Gases: Arterial vs. Venous", celedger.AreaChemistry, celedger.ZoneAuto},
		// A body fluid's cell count and a vaginal fluid's tests name
		// general's field; PHI is protected health information or the
		// Prostate Health Index as the other words say (titles-r).
		{"Peritoneal Fluid Cell Count and Differential for Spontaneous Bacterial Peritonitis", celedger.AreaGeneral, celedger.ZoneAuto},
		{"Vaginal Fluid Testing for Rupture of Membranes: Fern and pH", celedger.AreaGeneral, celedger.ZoneAuto},
		{"PSA Update: Free PSA, PHI and Screening Guidance", celedger.AreaChemistry, celedger.ZoneAuto},
		{"PHI in Email: Avoiding Privacy Breaches", celedger.AreaEthics, celedger.ZoneAuto},
		{"CAR T-Cell Products: Receipt, Storage and Chain of Identity", celedger.AreaBloodBanking, celedger.ZoneAuto},
		// Testing blood donors is the blood bank's; a culture of a named
		// specimen is microbiology's; fall prevention with no laboratory
		// word is nursing (titles-t).
		{"Babesia Testing of Blood Donors", celedger.AreaBloodBanking, celedger.ZoneAuto},
		{"Bronchoalveolar Lavage Quantitative Cultures", celedger.AreaMicrobiology, celedger.ZoneAuto},
		{"Fall Prevention on Inpatient Units", "", celedger.ZoneNone},
		{"Preventing Patient Falls and Syncope at the Draw Station", celedger.AreaSafety, celedger.ZoneAuto},
		// A suite is a section's room; eGFR is chemistry's, the EGFR gene
		// general's (titles-v).
		{"Biosafety Level 3 Practices for the Mycobacteriology Suite", celedger.AreaSafety, celedger.ZoneAuto},
		{"Liquid Biopsy: Circulating Tumor DNA for EGFR Mutations", celedger.AreaGeneral, celedger.ZoneAuto},
		{"eGFR Equations Without Race", celedger.AreaChemistry, celedger.ZoneAuto},
		// HLA crossmatching for a transplant is general's (titles-x).
		{"Kidney Transplant Workup: HLA Crossmatching and Tacrolimus Monitoring", celedger.AreaGeneral, celedger.ZoneAuto},
		// Newborn screening serves the disorder a title names; an
		// autoimmune haemolytic anaemia is blood banking's work-up unless
		// the title leans to the smear (titles-zc).
		{"Newborn Screening for Hemoglobinopathies", celedger.AreaHematology, celedger.ZoneAuto},
		{"Congenital Adrenal Hyperplasia: 17-Hydroxyprogesterone in Newborn Screening", celedger.AreaChemistry, celedger.ZoneAuto},
		{"Dried Blood Spots in Newborn Screening", celedger.AreaChemistry, celedger.ZoneAuto},
		{"Warm Autoimmune Hemolytic Anemia: The Serologic Investigation", celedger.AreaBloodBanking, celedger.ZoneAuto},
		{"Galactomannan and Beta-D-Glucan in Neutropenic Patients", celedger.AreaMicrobiology, celedger.ZoneAuto},
		// A drug's immune haemolytic anaemia is blood banking's work-up; a
		// nursing unit's prevention bundle is no laboratory topic
		// (titles-zd).
		{"Drug-Induced Immune Hemolytic Anemia: Ceftriaxone and Piperacillin Antibodies", celedger.AreaBloodBanking, celedger.ZoneAuto},
		{"Ventilator-Associated Pneumonia Prevention Bundle for ICU Nurses", "", celedger.ZoneNone},
		// Sepsis biomarkers are chemistry's; a serous fluid's neutrophil
		// count is the body-fluid bench's; MRI safety is radiology's
		// (titles-zf).
		{"Sepsis Biomarkers: Lactate, Procalcitonin and Monocyte Distribution Width", celedger.AreaChemistry, celedger.ZoneAuto},
		{"Ascitic Fluid Neutrophil Counts in Spontaneous Bacterial Peritonitis", celedger.AreaGeneral, celedger.ZoneAuto},
		{"MRI Safety Zones and Screening", "", celedger.ZoneNone},
		// A gene fusion in HGNC notation joins its genes (titles-zk).
		{"BCR::ABL1 Quantitation on the International Scale", celedger.AreaHematology, celedger.ZoneAuto},
	} {
		if got := c.Classify(tt.title, ""); got.Area != tt.area || got.Zone != tt.zone {
			t.Errorf("Classify(%q) = %s %s %v, want %s %s", tt.title, got.Area, got.Zone, got.Terms, tt.area, tt.zone)
		}
	}
}

// TestWordsKeepPhrases: a word knows whether a phrase ends after it and
// which segment of the title it is in.
func TestWordsKeepPhrases(t *testing.T) {
	var got []string
	for _, w := range words("Blood Bank Orientation for Float Staff: Day 2 - Nights, Weekends") {
		s := fmt.Sprintf("%s/%d", w.Raw, w.Seg)
		if w.End {
			s += "|"
		}
		got = append(got, s)
	}
	if want := "blood/0 bank/0 orientation/0| float/0 staff/0| day/1 2/1| nights/2| weekends/2|"; strings.Join(got, " ") != want {
		t.Errorf("words: %s\nwant:  %s", strings.Join(got, " "), want)
	}
}

// TestImmunohematologyNeverHematology checks the hard rule over every
// title of the labelled set that names immunohematology: no hematology
// evidence may come from that word.
func TestImmunohematologyNeverHematology(t *testing.T) {
	c := mustNew(t)
	for _, title := range []string{"Immunohematology", "IMMUNOHEMATOLOGY UPDATE", "Immunohematologic Testing", "Immuno-hematology?"} {
		got := c.Classify(title, "")
		if got.Area == celedger.AreaHematology || slices.ContainsFunc(got.Candidates, func(k celedger.Candidate) bool { return k.Area == celedger.AreaHematology }) {
			t.Errorf("Classify(%q) = %s %v: immunohematology counted as hematology", title, got.Area, got.Candidates)
		}
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"antibodies": "antibody", "viruses": "virus", "smears": "smear", "glasses": "glass", "analysis": "analysis",
		"virus": "virus", "testing": "test", "banking": "bank", "irradiated": "irradiat", "hematological": "hematology",
		"hematologic": "hematology", "clinical": "clinic", "ethics": "ethic", "ethical": "ethic", "abo": "abo", "pt": "pt",
		"bleed": "bleed",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	got := words("Point-of-Care & the Café's HIT, aPTT")
	var stems []string
	for _, w := range got {
		stems = append(stems, w.Stem)
	}
	if want := "point care and cafe hit aptt"; strings.Join(stems, " ") != strings.ReplaceAll(want, "and ", "") {
		t.Errorf("words: %q", stems)
	}
	for _, w := range got {
		if (w.Raw == "hit") != w.Upper {
			t.Errorf("word %q: upper = %v", w.Raw, w.Upper)
		}
	}
}

// TestTypoForms: a misspelling is corrected against the lexicon's words
// as written as well as their stems, never across a word's first letter,
// and a long stem that is no lexicon word is left alone.
func TestTypoForms(t *testing.T) {
	c := mustNew(t)
	for _, tt := range []struct {
		title string
		area  celedger.Area
		typo  string // the corrected term's label, "" for none
	}{
		{"Chemcial Hygiene for the Small Physician Office Lab", celedger.AreaSafety, "chemcial~chemical hygiene (typo)"},
		{"Ethcis of Releasing Preliminary Results", celedger.AreaEthics, "ethcis~ethics (typo)"},
		{"Laboratory-Aquired Infections: Lessons From Reported Cases", celedger.AreaSafety, "aquired~laboratory acquired infection (typo)"},
		{"Are We Filling Blood Culture Bottles Enough?", celedger.AreaMicrobiology, ""},
		{"Transferring Blood Culture Bottles to the Core Lab", celedger.AreaMicrobiology, ""},
	} {
		got := c.Classify(tt.title, "")
		typo := ""
		for _, term := range got.Terms {
			if strings.HasSuffix(term, "(typo)") {
				typo = term
			}
		}
		if got.Area != tt.area || typo != tt.typo {
			t.Errorf("Classify(%q) = %s %v, want %s with typo %q", tt.title, got.Area, got.Terms, tt.area, tt.typo)
		}
	}
}

// TestAbbreviationPlurals: two capitals or more and a final lower-case
// "s" may be an abbreviation's plural, read as the abbreviation; a year's
// "s", a word in capitals and one in lower case are not.
func TestAbbreviationPlurals(t *testing.T) {
	for _, tt := range []struct {
		raw           string
		plural, upper bool
	}{
		{"CBCs", true, true}, {"MICs", true, true}, {"HBs", true, true}, {"HbA1cs", true, false},
		{"1990s", false, false}, {"LISS", false, true}, {"Cells", false, false},
	} {
		ws := appendWords(nil, "Review of "+tt.raw)
		if w := ws[len(ws)-1]; w.Plural != tt.plural || w.Upper != tt.upper {
			t.Errorf("%q: plural = %v, upper = %v; want %v, %v", tt.raw, w.Plural, w.Upper, tt.plural, tt.upper)
		}
	}
	c := mustNew(t)
	for title, want := range map[string]celedger.Area{
		"Capillary vs. Venous Samples for Pediatric CBCs":               celedger.AreaHematology,
		"Reporting MICs Without Breakpoints":                            celedger.AreaMicrobiology,
		"Hepatitis B: Anti-HBs After Vaccination":                       celedger.AreaMicrobiology,
		"HbS Percentage After Red Cell Exchange in Sickle Cell Disease": celedger.AreaHematology,
	} {
		if got := c.Classify(title, ""); got.Area != want || got.Zone != celedger.ZoneAuto {
			t.Errorf("Classify(%q) = %s %s %v, want %s auto", title, got.Area, got.Zone, got.Terms, want)
		}
	}
}

func TestWithinOne(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"hemotology", "hematology", true}, {"immunohematolgy", "immunohematology", true}, {"saftey", "safety", true},
		{"safety", "safety", true}, {"chemisty", "chemistry", true}, {"safety", "sfaety", true},
		{"hemotolgy", "hematology", false}, {"abc", "abcde", false}, {"safety", "satefy", false},
	} {
		if got := withinOne(tt.a, tt.b); got != tt.want {
			t.Errorf("withinOne(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"3 blood", "x.txt:1: entry before any [section]"},
		{"[histo]\n", "x.txt:1: unknown section [histo]"},
		{"[chemistry]\nx glucose", `x.txt:2: bad weight "x"`},
		{"[chemistry]\n3 glucose\n[hematology]\n3 glucose", `x.txt:4: term "glucose" is already in [chemistry]`},
		{"[abbr]\nast microbiology,chem 3", `x.txt:2: unknown area "chem"`},
		{"[blood_banking]\n3 autoantibody ~immunology", `x.txt:2: unknown second area "immunology"`},
		{"[abbr]\nqc general 3 lower", `x.txt:2: want ABBR AREA[,AREA] WEIGHT [upper], got "qc general 3 lower"`},
		{"[abbr]\nqc general 3?", `x.txt:2: mark '?' not allowed here, in "3?"`},
		{"[chemistry]\n3%^ glucose", `x.txt:2: bad weight "3%^"`},
		{"[exclude: staff meeting]\nabout two words", `x.txt:2: about takes one word, got "two words"`},
	} {
		_, err := parseLexicon("x.txt", tt.text)
		if err == nil || err.Error() != tt.want {
			t.Errorf("parseLexicon(%q) = %v, want %s", tt.text, err, tt.want)
		}
	}
}

// FuzzClassify: no panic, score within 0..1, zone consistent with area.
func FuzzClassify(f *testing.F) {
	for _, l := range readLabelled(f, "titles.tsv") {
		f.Add(l.title, l.topic)
	}
	paths, _ := filepath.Glob("../samples/*.csv")
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		for _, line := range strings.Split(string(b), "\n") {
			f.Add(line, "")
		}
	}
	c, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, topic string) {
		got := c.Classify(title, topic)
		if got.Score < 0 || got.Score > 1 || math.IsNaN(got.Score) {
			t.Fatalf("score %v out of 0..1", got.Score)
		}
		switch {
		case got.Exclude != "":
			if got.Area != "" || got.Zone == celedger.ZoneNone {
				t.Fatalf("exclusion with area %q zone %s", got.Area, got.Zone)
			}
		case got.Zone == celedger.ZoneNone:
			if got.Area != "" || got.Score != 0 {
				t.Fatalf("zone none with area %q score %v", got.Area, got.Score)
			}
		case got.Zone == celedger.ZoneAuto:
			if got.Area == "" || got.Score < autoConfidence {
				t.Fatalf("zone auto with area %q score %v", got.Area, got.Score)
			}
		case got.Zone == celedger.ZoneReview:
			if got.Area == "" || got.Score >= autoConfidence {
				t.Fatalf("zone review with area %q score %v", got.Area, got.Score)
			}
		default:
			t.Fatalf("zone %q", got.Zone)
		}
	})
}

// BenchmarkClassify reports titles per second over the labelled set.
func BenchmarkClassify(b *testing.B) {
	c := mustNew(b)
	set := readLabelled(b, "titles.tsv")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		l := set[i%len(set)]
		c.Classify(l.title, l.topic)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "titles/s")
}

// TestHugeWordIsCheap guards against typo search on a word no vocabulary
// word is near: a 1 MB "word" must not be searched letter by letter.
func TestHugeWordIsCheap(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	huge := strings.Repeat("x", 1<<20)
	allocs := testing.AllocsPerRun(1, func() { c.Classify("Hematology "+huge, "") })
	if allocs > 1000 {
		t.Errorf("%v allocations for one title with a huge word", allocs)
	}
	if got := c.Classify("Hematology "+huge, ""); got.Area != celedger.AreaHematology {
		t.Errorf("area = %q, want hematology", got.Area)
	}
}

// TestSecondArea checks the rule for titles with full evidence for two
// areas in their own words: the area the title names leads, then the one
// named first; the other is an Eligible candidate the allocation may use.
// A topic column against the title, or an abbreviation nothing decides,
// stays a conflict for review.
func TestSecondArea(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		title, topic string
		area         celedger.Area
		zone         celedger.Zone
		second       celedger.Area // "" when no candidate may be allocated
	}{
		{"Biosafety in the Microbiology Laboratory", "", celedger.AreaSafety, celedger.ZoneAuto, celedger.AreaMicrobiology},
		{"Tuberculosis Culture and Mycobacteria Identification: Biosafety", "", celedger.AreaSafety, celedger.ZoneAuto, celedger.AreaMicrobiology},
		{"Mass Spectrometry Identification in Microbiology", "", celedger.AreaMicrobiology, celedger.ZoneAuto, celedger.AreaChemistry},
		{"Hematology Reference Ranges: Establishing Pediatric Intervals", "", celedger.AreaHematology, celedger.ZoneAuto, ""},
		{"Cryoprecipitate: Fibrinogen Replacement", "", celedger.AreaBloodBanking, celedger.ZoneAuto, celedger.AreaHematology},
		{"AST", "", celedger.AreaChemistry, celedger.ZoneReview, ""},
		{"Antibody Identification", "Microbiology", celedger.AreaMicrobiology, celedger.ZoneReview, ""},
		{"Microbiology: Gram Stain Pitfalls", "", celedger.AreaMicrobiology, celedger.ZoneAuto, ""},
		// A strong word in a title that is laboratory work.
		{"Laboratory Error Reduction Strategies", "", celedger.AreaSafety, celedger.ZoneAuto, ""},
		// A named area and a weaker rival the title does not name.
		{"Hematology Analyzer Flags: Troubleshooting Interference", "", celedger.AreaHematology, celedger.ZoneAuto, ""},
		// HIV is microbiology or general: the specific reading covers both.
		{"Confidentiality of HIV Test Results", "", celedger.AreaEthics, celedger.ZoneAuto, celedger.AreaMicrobiology},
		// A frame ("WEIGHT^": a project or a precaution applied to a test
		// or an organism) in the title's first phrase names its area; the
		// test's area is the second.
		{"Sigma Metrics for Routine Chemistry Assays", "", celedger.AreaGeneral, celedger.ZoneAuto, celedger.AreaChemistry},
		{"Reducing Emergency Department Turnaround Time for Troponin", "", celedger.AreaGeneral, celedger.ZoneAuto, celedger.AreaChemistry},
		{"Tuberculosis Exposure Control in the Mycobacteriology Lab", "", celedger.AreaSafety, celedger.ZoneAuto, celedger.AreaMicrobiology},
		{"Risk Assessment for Specimens From Patients With Suspected Mpox", "", celedger.AreaSafety, celedger.ZoneAuto, celedger.AreaMicrobiology},
		// A method's area needs full evidence besides its methods to lead.
		{"Chemiluminescent Immunoassays for Hepatitis B Serologic Markers", "", celedger.AreaMicrobiology, celedger.ZoneAuto, celedger.AreaChemistry},
		// A misspelt word naming an area says what the course is as surely.
		{"Confidentialty of HIV Test Results", "", celedger.AreaEthics, celedger.ZoneAuto, celedger.AreaMicrobiology},
		// An area whose evidence only serves a topic never leads one with
		// a topic of its own.
		{"Amyloidosis: Congo Red Staining and Mass Spectrometry Typing", "", celedger.AreaGeneral, celedger.ZoneAuto, ""},
		// Later in the title a frame is plain evidence.
		{"ADAMTS13 Activity: Does Turnaround Time Matter?", "", celedger.AreaHematology, celedger.ZoneAuto, ""},
		{"Brucella spp.: Slow Growers, Lab Exposures and Identification", "", celedger.AreaMicrobiology, celedger.ZoneAuto, celedger.AreaSafety},
	}
	for _, tt := range tests {
		got := c.Classify(tt.title, tt.topic)
		second := celedger.Area("")
		for _, cand := range got.Candidates {
			if cand.Eligible {
				second = cand.Area
			}
			if cand.Score > got.Score {
				t.Errorf("%q: candidate %s scores %.2f above the area's %.2f", tt.title, cand.Area, cand.Score, got.Score)
			}
		}
		if got.Area != tt.area || got.Zone != tt.zone || second != tt.second {
			t.Errorf("Classify(%q, %q) = %s %s, second area %q; want %s %s, %q (terms %v)", tt.title, tt.topic, got.Area, got.Zone, second, tt.area, tt.zone, tt.second, got.Terms)
		}
	}
}

// TestHitListKeepsOrderPastItsFixedPart: hits past the fixedHits held in
// place come after them, in order.
func TestHitListKeepsOrderPastItsFixedPart(t *testing.T) {
	var l hitList
	for i := range fixedHits + 3 {
		l.add(hit{pos: i})
	}
	all := l.all()
	if len(all) != fixedHits+3 {
		t.Fatalf("%d hits, want %d", len(all), fixedHits+3)
	}
	for i, h := range all {
		if h.pos != i {
			t.Errorf("hit %d has pos %d", i, h.pos)
		}
	}
}
