package mapping

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"celedger"
)

// labelled is one line of a labelled set: testdata/titles.tsv (title,
// topic, areas), testdata/holdout.tsv (title, areas) or a half of
// testdata/titles-a (title, areas, why, family).
type labelled struct {
	line         int
	title, topic string
	accept       []string // area IDs, "none" or "exclude"
	family       string   // the vocabulary family a blind title was written for
}

// readLabelled reads a labelled set. A name ending in " half 1" or
// " half 2" reads every other labelled line of its file, from the first or
// the second: a list split in two without copying it.
func readLabelled(t testing.TB, name string) []labelled {
	t.Helper()
	half := 0
	if file, h, ok := strings.Cut(name, " half "); ok {
		name, half = file, int(h[0]-'0')
	}
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) == 4 && cols[0] == "TITLE" && cols[1] == "AREAS" {
			continue // a writer's header row (titles-zzw)
		}
		var l labelled
		switch len(cols) {
		case 2:
			l = labelled{line: n, title: cols[0], accept: strings.Split(cols[1], ",")}
		case 3:
			l = labelled{line: n, title: cols[0], topic: cols[1], accept: strings.Split(cols[2], ",")}
		case 4: // title, areas, why, family (testdata/titles-a)
			l = labelled{line: n, title: cols[0], accept: strings.Split(cols[1], ","), family: cols[3]}
		default:
			t.Fatalf("%s:%d: want 2, 3 or 4 tab-separated columns, got %d", name, n, len(cols))
		}
		for i, a := range l.accept {
			a = strings.TrimSpace(a) // ("chemistry, general")
			l.accept[i] = a
			if _, ok := areaIndex(a); !ok && a != "none" && a != "exclude" {
				t.Fatalf("%s:%d: unknown label %q", name, n, a)
			}
		}
		out = append(out, l)
	}
	if half > 0 {
		var kept []labelled
		for i, l := range out {
			if i%2 == half-1 {
				kept = append(kept, l)
			}
		}
		out = kept
	}
	return out
}

// outcome names what the classifier answered in the label vocabulary.
func outcome(c celedger.Classification) string {
	switch {
	case c.Exclude != "":
		return "exclude"
	case c.Zone == celedger.ZoneNone:
		return "none"
	}
	return string(c.Area)
}

// accuracy is how the classifier did on a labelled set.
type accuracy struct {
	titles, correct, review, wrong, nonLabAuto int
	// unrecognised: laboratory titles answered "none"; the ledger sends
	// them to review ("title not recognised as laboratory-related"), so
	// they cost a decision, not points. Counted in review as well.
	unrecognised int
}

func (a accuracy) share(n int) float64 { return 100 * float64(n) / float64(a.titles) }

// measure classifies every title of a labelled set, logs each review and
// wrong answer, and prints the figures.
func measure(t *testing.T, name string) accuracy {
	c := mustNew(t)
	a := accuracy{}
	for _, l := range readLabelled(t, name) {
		a.titles++
		got := c.Classify(l.title, l.topic)
		ans := outcome(got)
		switch {
		case got.Zone == celedger.ZoneNone && got.Exclude == "" && !slices.Contains(l.accept, "none"):
			a.review++
			a.unrecognised++
			t.Logf("unknown  %s:%d %q (want %v)", name, l.line, l.title, l.accept)
		case got.Zone == celedger.ZoneReview:
			a.review++
			t.Logf("review   %s:%d %q -> %s %.2f %v %v (want %v)", name, l.line, l.title, got.Area, got.Score, got.Candidates, got.Terms, l.accept)
		case slices.Contains(l.accept, ans):
			a.correct++
		default:
			a.wrong++
			if slices.Contains(l.accept, "none") && got.Area != "" {
				a.nonLabAuto++
			}
			t.Logf("WRONG    %s:%d %q -> %s %s %.2f %v (want %v)", name, l.line, l.title, ans, got.Zone, got.Score, got.Terms, l.accept)
		}
	}
	t.Logf("%s: %d titles", name, a.titles)
	t.Logf("correct in auto/none: %d (%.1f %%)", a.correct, a.share(a.correct))
	t.Logf("sent to review:       %d (%.1f %%), of which %d not recognised as laboratory titles", a.review, a.share(a.review), a.unrecognised)
	t.Logf("confident wrong:      %d (%.1f %%)", a.wrong, a.share(a.wrong))
	t.Logf("non-lab auto-assigned: %d", a.nonLabAuto)
	return a
}

// TestAccuracy measures the classifier on the labelled set and holds it
// to the targets: ≥ 95 % of titles answered correctly in zone auto (a
// "none" title is correct when zone none), ≤ 5 % sent to review, no
// non-laboratory title auto-assigned to an area, at most
// maxConfidentWrong confident wrong answers.
func TestAccuracy(t *testing.T) {
	const maxConfidentWrong = 2
	a := measure(t, "titles.tsv")
	if a.titles < 220 {
		t.Fatalf("labelled set has %d titles, want at least 220", a.titles)
	}
	if a.share(a.correct) < 95 {
		t.Errorf("correct in auto %.1f %% < 95 %%", a.share(a.correct))
	}
	if a.share(a.review) > 5 {
		t.Errorf("review %.1f %% > 5 %%", a.share(a.review))
	}
	if a.nonLabAuto > 0 {
		t.Errorf("%d non-laboratory titles auto-assigned", a.nonLabAuto)
	}
	if a.wrong > maxConfidentWrong {
		t.Errorf("%d confident wrong answers > %d", a.wrong, maxConfidentWrong)
	}
}

func mustNew(t testing.TB) *Classifier {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestHoldoutAccuracy measures the classifier on testdata/holdout.tsv:
// titles written without sight of the lexicon or of titles.tsv, and never
// tuned against. Its figures are the honest estimate for unseen
// documents; the test holds only the line no release may cross: no
// non-laboratory title counted as laboratory work.
func TestHoldoutAccuracy(t *testing.T) {
	a := measure(t, "holdout.tsv")
	if a.titles < 100 {
		t.Fatalf("held-out set has %d titles, want at least 100", a.titles)
	}
	if a.nonLabAuto > 0 {
		t.Errorf("%d non-laboratory titles auto-assigned", a.nonLabAuto)
	}
	// Issue 20's bar: at least 96 % correct, at most 0.5 % confidently
	// wrong. Measured 2026-12-01: 148/150 correct, none wrong; 2026-12-02:
	// 149/150, none wrong.
	if a.correct < 149 || a.wrong > 0 {
		t.Errorf("holdout: %d/%d correct, %d confidently wrong; floor 149 correct, 0 wrong", a.correct, a.titles, a.wrong)
	}
}

// blindTitleFloors hold the two halves of testdata/titles-a, a list
// written for issue 20's vocabulary families without sight of the
// lexicon (README.md there), at their measured share correct in zone
// auto or none (percent). a1 is the half to tune on, a2 the untouched
// one. First scores, 2026-12-01, before any change for them: a1 165/264
// correct, 24.2 % to review, 13.3 % confidently wrong, 3 non-laboratory
// titles counted; a2 162/264, 20.8 %, 17.8 %, none. With the drug family
// (lexicon.txt, tuned on a1 only): a1 181/264, a2 168/264; with the
// organism family too: a1 197/264, a2 178/264; with blood group systems,
// disorders and analytes: a1 211/264, a2 188/264; with quality processes
// and patient-safety processes: a1 220/264, a2 190/264.
//
// testdata/titles-b, 355 titles by another fresh writer, was scored first
// after those families and is the untouched set now: 282/355 correct,
// 14.9 % to review, 5.6 % confidently wrong, 2 non-laboratory titles
// counted.
//
// With two areas of full evidence read as a course of both (mapping.go,
// rule 4): a1 237/264, a2 200/264, b 299/355 (10.1 % to review, 5.6 %
// confidently wrong), holdout 133/150.
//
// With an undecided abbreviation split between its areas, a rival the
// title does not name read as context beside one it names, and the
// research and clinical ethics families (tuned on a1): a1 249/264, a2
// 205/264, b 303/355 (13.0 % to review, 1.7 % confidently wrong, 2
// non-laboratory titles counted), holdout 134/150. With a title's context
// words adding to a specific lead's evidence: b 305/355 (12.4 % to review,
// the same 1.7 % confidently wrong).
//
// With every family extended from its published list by a writer who
// read none of these lists (lexicon.txt, 2,269 lines; its comments name
// the sources): a1 254/264, a2 234/264 (9.1 % to review, 2.3 %
// confidently wrong), b 330/355 (5.4 % to review, 1.7 % confidently
// wrong, 2 non-laboratory titles counted), holdout 142/150 (4.0 %, 1.3 %).
//
// testdata/titles-c, 462 titles by a third fresh writer, was scored first
// after those families: 405/462 correct (87.7 %), 7.4 % to review, 5.0 %
// confidently wrong, 2 non-laboratory titles counted. Its competency
// sign-offs were amended to accept the area they name as well as exclude
// (README.md there). Split by alternate lines into c1 (to tune on) and
// c2 (untouched): c1 205/231, c2 205/231. With exclusions read from the
// title's first phrase (mapping.go, tally.exclusion): c1 208/231, c2
// 207/231 (6.9 % to review, 3.5 % confidently wrong); a1 255/264, a2
// 234/264, b 330/355 (1.4 % confidently wrong). With the vocabulary c1's
// misses showed missing (tumour markers with their number, phlebotomy,
// quality processes, consent and confidentiality naming ethics, a
// [plain] section for workplace phrases, PT decided by the other words)
// and the dipstick naming urinalysis, general's own field: c1 228/231
// (0 confidently wrong), c2 207/231 (6.9 % to review, 3.5 % confidently
// wrong: the untouched half does not move), a1 255/264, a2 238/264, b
// 335/355 (0.8 % confidently wrong), holdout 143/150.
//
// With the ethics, quality and operations, bench-field and safety
// families and a [plain] list extended from their published sources by a
// writer who read none of these lists (lexicon.txt's comments name them):
// untouched c2 216/231 (93.5 %; 4.8 % to review, 1.7 % confidently
// wrong), a1 256/264, a2 246/264, b 339/355, holdout 143/150.
//
// testdata/titles-d, 326 titles by a fourth fresh writer, scored first
// after all of the above and never tuned on: 293/326 (89.9 %), 8.6 % to
// review, 1.5 % confidently wrong, 2 non-laboratory titles counted.
//
// Tuned on titles-d and the first half of titles-e (antibodies named
// "anti-" and an ISBT antigen, onboarding as a weak exclusion beside
// strong phrases of new-hire onboarding, human-resources modules,
// patient and home-care teaching as [plain], the exclusion of a title's
// first phrase kept over a later one, and bench, safety and ethics
// phrases): d 312/326 (3.7 % to review, 0.6 % confidently wrong), e half
// 1 223/225; the untouched half 2 201 -> 204/224 (91.1 %; 6.7 % to
// review, 2.2 % confidently wrong); a1 257/264, a2 247/264, b 340/355,
// holdout 145/150.
var blindTitleFloors = map[string]float64{
	"titles-a/titles-a1.tsv": 100 * 262.0 / 264, // 257 before billing was [not laboratory]: its writer files "Laboratory Billing: CPT Codes for Molecular Pathology" under general, the writers of c, j and k billing under none
	"titles-a/titles-a2.tsv": 100 * 256.0 / 264,
	"titles-b/titles-b.tsv":  100 * 350.0 / 355,
	// (A weak exclusion after an area's naming word is sure only with no
	// specific topic after it, 2026-12-02: "Visitor Safety Orientation
	// for the BSL-3 Suite" goes to review, 230 -> 229.)
	"titles-c/titles-c1.tsv": 100 * 229.0 / 231,
	"titles-c/titles-c2.tsv": 100 * 223.0 / 231,
	"titles-d/titles-d.tsv":  100 * 321.0 / 326,
	// testdata/titles-e, 449 titles by a fifth writer, split in two by
	// alternate lines; first scores, 2026-12-01, before any change for
	// them: half 1 208/225 (4.9 % to review, 2.7 % confidently wrong), half
	// 2 201/224 (8.0 %, 2.2 %); whole 409/449 (91.1 %, 6.5 %, 2.4 %).
	"titles-e/titles-e.tsv half 1": 100 * 225.0 / 225,
	"titles-e/titles-e.tsv half 2": 100 * 221.0 / 224,
	// testdata/titles-f, 432 titles by a sixth writer, scored first after
	// the tuning on titles-d and titles-e half 1, never tuned on: 403/432
	// (93.3 %), 3.9 % to review, 2.8 % confidently wrong, 1 non-laboratory
	// title counted ("CPT Coding and Billing for Laboratory Services").
	// Tuned on since (general's own bench fields named, whole blood a
	// specimen, ethics phrases, PT's alternatives, pharmacogenomics):
	// 412/432 (95.4 %, 4.2 % to review, 0.5 % confidently wrong); the
	// untouched e half 2 unchanged at 204/224, c2 217/231, a2 248/264.
	"titles-f/titles-f.tsv": 100 * 428.0 / 432,
	// testdata/titles-g, 395 titles by a seventh writer, scored once after
	// the tuning on titles-f and never tuned on: 374/395 (94.7 %), 4.6 % to
	// review, 0.8 % confidently wrong, no non-laboratory title counted.
	// Tuned on since (no term over a colon, human-resources modules, an
	// "unless" word ending a weak exclusion, whole blood alone [plain],
	// bench phrases): 387/395 (98.0 %), the untouched c2 217 -> 219/231.
	"titles-g/titles-g.tsv": 100 * 393.0 / 395,
	// testdata/titles-h, 339 titles by an eighth writer, scored once after
	// the tuning on titles-g and never tuned on: 320/339 (94.4 %), 4.1 % to
	// review, 1.5 % confidently wrong, no non-laboratory title counted.
	// Tuned on since (a method serves what it measures, HLA names
	// general's field, coagulation tubes, ABO subgroups, autoimmune
	// serology, residual specimens): 333/339 (98.2 %, 0.6 % confidently
	// wrong); the untouched e half 2 unchanged at 204/224, c2 219 ->
	// 220/231, holdout 145 -> 147/150 (0 confidently wrong).
	"titles-h/titles-h.tsv": 100 * 338.0 / 339,
	// testdata/titles-i (458 titles, a ninth writer, split by alternate
	// lines) and testdata/titles-j (464, a tenth), scored once after the
	// tuning on titles-h, before any change for them: i half 1 209/229
	// (91.3 %, 4.4 % to review, 4.4 % confidently wrong), i half 2 214/229
	// (93.4 %, 4.8 %, 1.7 %), j 430/464 (92.7 %, 5.2 %, 2.2 %, 1
	// non-laboratory title counted). Tuned on i half 1 only (ethics leads
	// a course of ethics and another area; pretransfusion testing and
	// antigen matching, serum indices, 16S sequencing, aerosols,
	// disclosure, falsified records, gifts from vendors, iatrogenic
	// anemia): i half 1 222/229 (96.9 %); the untouched i half 2 unchanged
	// at 214/229 and j 430 -> 432/464; h 333 -> 334 -> 333/339.
	"titles-i/titles-i.tsv half 1": 100 * 226.0 / 229,
	"titles-i/titles-i.tsv half 2": 100 * 226.0 / 229,
	"titles-j/titles-j.tsv":        100 * 460.0 / 464,
	// testdata/titles-k (448 titles, an eleventh writer), scored once after
	// the tuning on titles-i half 1: 404/448 (90.2 %), 4.7 % to review,
	// 5.1 % confidently wrong, 2 non-laboratory titles counted. Tuned on
	// since (an area named as the course's setting does not lead; a weak
	// exclusion's noun in the plural is the topic; billing and coding are
	// [not laboratory]; POCT and IQCP name general's field; malaria is
	// parasitology; cellular therapy, tryptase, outbreak and biosafety
	// vocabulary): 440/448 (98.2 %, 0.4 % confidently wrong); the untouched
	// i half 2 214 -> 217/229 and j 432 -> 436/464, e half 2 205 -> 208/224.
	"titles-k/titles-k.tsv": 100 * 446.0 / 448,
	// testdata/titles-l (456 titles, a twelfth writer) and testdata/titles-m
	// (449, a thirteenth), scored once after the tuning on titles-k: l
	// 429/456 (94.1 %, 4.4 % to review, 1.5 % confidently wrong, 1
	// non-laboratory title counted), m 413/449 (92.0 %, 5.3 %, 2.7 %, 3
	// counted). Tuned on l only (an orientation to a topic is a course; an
	// emergency department is where a course is set, no safety evidence;
	// new antimicrobials, donor risk assessment, newborn drug exposure,
	// nursing's insulin administration [not laboratory]): l 449/456 (98.5
	// %); the untouched m 413 -> 420/449 (93.5 %, 3.8 % to review, 2.7 %
	// confidently wrong), i half 2 217 -> 219/229 (95.6 %, 0 wrong), j 436
	// -> 439/464 (94.6 %), e half 2 208 -> 211/224, holdout 147 -> 148/150.
	"titles-l/titles-l.tsv": 100 * 454.0 / 456,
	"titles-m/titles-m.tsv": 100 * 442.0 / 449,
	// testdata/titles-n (460 titles, a fourteenth writer) and
	// testdata/titles-o (456, a fifteenth), scored once after the tuning on
	// titles-l: n 434/460 (94.3 %, 3.9 % to review, 1.7 % confidently
	// wrong, 1 non-laboratory title counted), o 425/456 (93.2 %, 4.4 %,
	// 2.4 %, 1 counted). Tuned on n only (a word of two senses with
	// nothing to decide has its first sense; transfusion complications,
	// swab types, ticks, HLH, sterilizer validation, chemical
	// terrorism; the fee schedule and insulin self-injection [not
	// laboratory]): n 446/460 (97.0 %); the untouched o 425 -> 427/456
	// (93.6 %, 4.4 % to review, 2.0 % confidently wrong), m unchanged at
	// 420/449, j 439 -> 441/464.
	// An error is of a topic ("error" serves, as a method does: beside a
	// lead with full evidence, an area with only such terms is no rival):
	// every list gained or held, the untouched m 420 -> 422, o 427 -> 428,
	// j 441 -> 442, a2 251 -> 252. General's field beside a method only
	// keeps its evidence, and a warm autoimmune haemolytic anaemia leans
	// to blood banking with an adsorption: d 316 -> 317, l 450 -> 451, j
	// 442 -> 443. Peritoneal dialysis effluent a body fluid, training
	// programmes laboratory education (tuned on k, l, n; titles-i's
	// writer files the effluent's culture under microbiology, its one
	// title now wrong): the untouched j 443 -> 445.
	"titles-n/titles-n.tsv": 100 * 455.0 / 460,
	"titles-o/titles-o.tsv": 100 * 446.0 / 456,
	// testdata/titles-p (464 titles, a sixteenth writer) and
	// testdata/titles-q (456, a seventeenth), scored once after the tuning
	// on titles-n, before any change for them: p 433/464 (93.3 %, 3.4 % to
	// review, 3.2 % confidently wrong, 1 non-laboratory title counted), q
	// 436/456 (95.6 %, 3.5 %, 0.9 %, 1 counted). Tuned on p only (a
	// [setting] word after a phrase break is the audience, not a
	// workplace; cytology and the individualized QC plan name general's
	// field; the CLSI M, H and C documents by number; pH; cord blood
	// gases; septic arthritis; transfusion-transmitted infections;
	// preparedness, vasovagal reactions and disposal as safety; release
	// to law enforcement, PT referral and equitable access as ethics; who
	// owns a diagnosis [plain]; nursing bundles [not laboratory]): p
	// 455/464 (98.1 %, 1.3 % to review, 0.6 % confidently wrong); the
	// untouched q 436 -> 438/456 (96.1 %, 3.3 %, 0.7 %, none counted), m
	// 422 -> 424, o 428 -> 429, j 445 -> 446, l 453 -> 454, n 450 -> 451.
	// testdata/titles-r (466 titles, an eighteenth writer), scored once
	// after the tuning on titles-p: 445/466 (95.5 %, 1.9 % to review, 2.6
	// % confidently wrong, 1 non-laboratory title counted). Tuned on r
	// only (a phrase ending in an activity's noun, in the plural beside
	// laboratory words, is the kind of activity: "Tiered Daily Huddles";
	// body-fluid cell counts, vaginal fluid tests and dried-blood-spot
	// collection name general's field; PHI of two senses; CAR T-cell
	// products, the P1PK system, bacterial contamination of platelets;
	// cryptococcal; prions, burns and patient falls as safety; returning
	// genetic results; equianalgesic dosing [not laboratory]; lockers,
	// badges and shift schedules as job orientation): r 460/466 (98.7 %,
	// 1.1 % to review, 0.2 % confidently wrong); the untouched q 438 ->
	// 439/456 (96.3 %, 3.3 % to review, 0.4 % confidently wrong, none
	// counted), o 429 -> 432, j 446 -> 450, b 343 -> 345.
	//
	// testdata/titles-s (452 titles, a nineteenth writer) was scored once
	// midway through the tuning on titles-r, before any change for it:
	// 426/452 (94.2 %, 3.3 % to review, 2.4 % confidently wrong, 2
	// non-laboratory titles counted); never tuned on: 427/452 now (94.5
	// %, 3.3 %, 2.2 %, 2 counted).
	"titles-p/titles-p.tsv": 100 * 460.0 / 464,
	"titles-q/titles-q.tsv": 100 * 455.0 / 456,
	"titles-r/titles-r.tsv": 100 * 463.0 / 466,
	"titles-s/titles-s.tsv": 100 * 444.0 / 452,
	// testdata/titles-t (466 titles, a twentieth writer) and
	// testdata/titles-u (458, a twenty-first), scored once after the
	// tuning on titles-r, before any change for them: t 442/466 (94.8 %,
	// 2.8 % to review, 2.4 % confidently wrong, 1 non-laboratory title
	// counted), u 426/458 (93.0 %, 3.3 %, 3.7 %, 2 counted). Tuned on t
	// only (testing a blood donor, a high-consequence pathogen, a
	// nonconforming event and laboratory stewardship name their areas'
	// fields; fall prevention needs laboratory words beside it; washed
	// components, plasma exchange, pseudohyperkalemia, porphyrins, lead
	// screening, cultures of a named specimen, CSF oligoclonal bands,
	// products of conception, the Cures Act, welcome sessions and
	// badging): t 459/466 (98.5 %); the untouched u 426 -> 432/458 (94.3
	// %, 2.8 % to review, 2.8 % confidently wrong, 2 counted), q 439 ->
	// 441/456 (96.7 %, 3.1 %, 0.2 %, none counted), s 427 -> 429, m 424 ->
	// 428, o 432 -> 434, i half 2 219 -> 223, j 450 -> 452. (FMEA as a
	// frame, 2026-12-01, lost t's "FMEA for the Transfusion Process",
	// which its writer files under blood banking alone, and won three
	// "FMEA for … Blood Culture …" titles three writers file under
	// general: 462 -> 461.)
	"titles-t/titles-t.tsv": 100 * 461.0 / 466,
	"titles-u/titles-u.tsv": 100 * 447.0 / 458,
	// testdata/titles-v (459 titles, a twenty-second writer) and
	// testdata/titles-w (452, a twenty-third), scored once after the
	// tuning on titles-t, before any change for them: v 438/459 (95.4 %,
	// 3.1 % to review, 1.5 % confidently wrong, 1 non-laboratory title
	// counted), w 429/452 (94.9 %, 2.7 %, 2.4 %, 1 counted). Tuned on v
	// only (a suite is a section's room, a [setting]; eGFR or the EGFR
	// gene as the other words say; the Joint Commission and
	// aerosol-generating procedures name their fields; frequent and
	// whole-blood donors; infective endocarditis and HACEK; non-paternity
	// and a colleague's impairment; circulating tumour DNA,
	// post-analytical errors, ascitic fluid counts; a nursing perspective
	// [not laboratory]): v 453/459 (98.7 %); the untouched w 429 ->
	// 431/452 (95.4 %, 2.7 % to review, 2.0 % confidently wrong, none
	// counted), q 441 -> 442/456 (96.9 %, 2.9 %, 0.2 %, none counted), s
	// 429 -> 431, u 432 -> 433.
	// Fit testing names safety's field and lab stewardship general's
	// (tuned on titles-b's and titles-t's misses, so titles-b counts as
	// tuned on since): b 346 -> 347/355, t 459 -> 460/466.
	"titles-v/titles-v.tsv": 100 * 455.0 / 459,
	"titles-w/titles-w.tsv": 100 * 445.0 / 452,
	// testdata/titles-x (460 titles, a twenty-fourth writer), scored once
	// after the tuning on titles-v: 438/460 (95.2 %, 2.4 % to review, 2.4
	// % confidently wrong, none counted). Tuned on x only (HLA
	// crossmatching names general's field; bacterial risk control of
	// platelets, the PT reagent's ISI and geometric mean normal, AFB
	// culture, gender-affirming care, patients seeing results first,
	// allocating blood, method-comparison plots, generative AI, career
	// ladders): x 447/460 (97.2 %, 1.1 % to review, 1.7 % confidently
	// wrong); the untouched q 442 -> 443/456 (97.1 %, 2.6 %, 0.2 %, none
	// counted), e half 2 212 -> 213, j 452 -> 453. "Cultural humility"
	// stays no ethics term: titles-g files it under none, titles-x under
	// ethics. testdata/titles-y (450, a twenty-fifth writer), scored once
	// after that tuning and never tuned on: 435/450 (96.7 %, 1.6 % to
	// review, 1.8 % confidently wrong, 1 non-laboratory title counted).
	"titles-x/titles-x.tsv": 100 * 457.0 / 460,
	"titles-y/titles-y.tsv": 100 * 445.0 / 450,
	// testdata/titles-z (447 titles, a twenty-sixth writer) and
	// testdata/titles-za (462, a twenty-seventh), scored once after the
	// tuning on titles-x, before any change for them: z 425/447 (95.1 %,
	// 3.1 % to review, 1.8 % confidently wrong, none counted), za 441/462
	// (95.5 %, 2.6 %, 1.9 %, none counted). Tuned on z only
	// (decalcification and non-paternity name their fields; peer review
	// is quality assurance, no ethics word; AMH and ovarian reserve, GFAP
	// and brain injury, MCV written out, trimethoprim-sulfamethoxazole
	// and trailing endpoints, sodium azide, unverified results,
	// ransomware): z 436/447 (97.5 %); the untouched za 441 -> 442/462,
	// w 431 -> 433, u 433 -> 435, q 443 -> 444/456 (97.4 %), o 434 ->
	// 435, j 453 -> 454, i half 2 223 -> 224.
	// (A quality indicator as a frame, 2026-12-02, files "Quality Indicators
	// in Transfusion Medicine" under general, 440 -> 439; see zzzl.)
	"titles-z/titles-z.tsv":   100 * 439.0 / 447,
	"titles-za/titles-za.tsv": 100 * 456.0 / 462,
	// testdata/titles-zb (464 titles, a twenty-eighth writer) and
	// testdata/titles-zc (473, a twenty-ninth), scored once after the
	// tuning on titles-z, before any change for them: zb 447/464 (96.3 %,
	// 3.2 % to review, 0.4 % confidently wrong, none counted: the first
	// fresh list to meet issue 20's bar on first reading), zc 459/473
	// (97.0 %, 2.1 %, 0.8 %, none counted). Tuned on zc only (newborn
	// screening serves the disorder named, and its core panel's metabolic
	// conditions; an autoimmune haemolytic anaemia is blood banking's
	// work-up; fungal antigen markers; an exclusion with nothing
	// laboratory beside it is sure; the Lewis system, the fetal bleed
	// screen, working impaired): zc 466/473 (98.5 %); the untouched zb
	// stays 447/464; o 435 -> 437, q 444 -> 445, j 454 -> 455, f, r, t,
	// v, x, z and b one or two more each.
	"titles-zb/titles-zb.tsv": 100 * 458.0 / 464,
	// (The same rule sends one of zc's safety orientations to review, 468
	// -> 467; two wrong exclusions of safety courses, on zk and zzzd, go
	// to review with it.)
	"titles-zc/titles-zc.tsv": 100 * 467.0 / 473,
	// testdata/titles-zd (466 titles, a thirtieth writer) and
	// testdata/titles-ze (441, a thirty-first), scored once after the
	// tuning on titles-zc, before any change for them: zd 447/466 (95.9 %,
	// 2.1 % to review, 1.9 % confidently wrong, 1 non-laboratory title
	// counted), ze 418/441 (94.8 %, 2.3 %, 2.9 %, 3 counted). Tuned on zd
	// only (an immune haemolytic anaemia from a drug is blood banking's
	// work-up; "activity meeting": committee meetings in the plural beside
	// laboratory words are the course's topic; a nursing unit's prevention
	// bundle is no laboratory topic; a code-of-conduct attestation is no
	// course; emicizumab; drug exposure in hair and nails; CSF analysis
	// names general's field (titles-l's writer files one under
	// microbiology and chemistry); key performance indicators): zd 455/466
	// (97.6 %, 1.7 %, 0.6 %, none counted); the untouched ze 418 -> 419,
	// y 435 -> 436, q 445 -> 446 (97.8 %, none confidently wrong).
	"titles-zd/titles-zd.tsv": 100 * 459.0 / 466,
	"titles-ze/titles-ze.tsv": 100 * 433.0 / 441,
	// testdata/titles-zf (460 titles, a thirty-second writer) and
	// testdata/titles-zg (463, a thirty-third), scored once after the
	// tuning on titles-zd, before any change for them: zf 443/460 (96.3 %,
	// 2.6 % to review, 1.1 % confidently wrong, 1 non-laboratory title
	// counted), zg 452/463 (97.6 %, 1.3 %, 1.1 %, none counted). Tuned on
	// zf only (sepsis biomarkers are chemistry's; a serous fluid's
	// neutrophil count and ascitic fluid name the body-fluid bench;
	// anticoagulant reversal, HELLP, washed red blood cells, biological
	// product deviations, the hydrogen breath test; MRI safety is no
	// laboratory topic; "hemolysis" alone, tried as chemistry's, lost
	// eleven titles on other lists and stays out): zf 451/460 (98.0 %,
	// 1.5 %, 0.4 %, none counted); the untouched zg stays 452/463; ze
	// 419 -> 420, u 435 -> 436, a2 252 -> 253.
	"titles-zf/titles-zf.tsv": 100 * 455.0 / 460,
	"titles-zg/titles-zg.tsv": 100 * 460.0 / 463,
	// testdata/titles-zh (472 titles, a thirty-fourth writer) and
	// testdata/titles-zi (465, a thirty-fifth), scored once after the
	// tuning on titles-zf, before any change for them: zh 453/472 (96.0 %,
	// 2.5 % to review, 1.5 % confidently wrong, 1 non-laboratory title
	// counted), zi 435/465 (93.5 %, 3.0 %, 3.4 %, 2 counted; its writer
	// files quality work on one bench under that bench, turnaround time
	// beside troponin under general, a myeloma workup under chemistry
	// alone). Tuned on zi only (an exudate or transudate names the
	// serous-fluid bench; nurse-driven protocols are no laboratory topic;
	// group A plasma, red cell inclusions, "lab-developed test"; "point of
	// care" as naming general's field, tried, lost nine titles on other
	// lists and stays as it was): zi 440/465 (94.6 %); the untouched zh
	// stays 453/472; u 436 -> 437, v 454 -> 455.
	"titles-zh/titles-zh.tsv": 100 * 468.0 / 472,
	"titles-zi/titles-zi.tsv": 100 * 452.0 / 465,
	// Then, from the reviews left on the tuned lists (vancomycin AUC
	// dosing, the Lewis antigens written "Lea" and "Leb", asked to change
	// a reported result, the buffy coat): b 348 -> 349, d 317 -> 318, n
	// 451 -> 453, f 422 -> 423; the untouched s 431 -> 432, e half 2 213
	// -> 214, i half 2 224 -> 225. The pharmacogenes name general's field
	// (titles-d): d 318 -> 319, the untouched m 429 -> 430. An FDA
	// "off-label" glucose meter as no labeling word, tried, turned three
	// reviews into confident errors (titles-s, w and z file glucose
	// meters under general) and stays out.
	//
	// testdata/titles-zj (459 titles, a thirty-sixth writer) and
	// testdata/titles-zk (450, a thirty-seventh), scored once after all
	// that, before any change for them: zj 431/459 (93.9 %, 4.1 % to
	// review, 2.0 % confidently wrong, none counted), zk 432/450 (96.0 %,
	// 2.7 %, 1.3 %, none counted). Tuned on zk only (a gene fusion in
	// HGNC notation, "BCR::ABL1", joins its genes; the recurrent fusions
	// and driver mutations of the WHO classification; "Morning" opens a
	// title as no gerund does; a diabetes educator's insulin pump is no
	// laboratory topic; dual loyalty): zk 436/450 (96.9 %); the untouched
	// zj stays 431/459; s 432 -> 433, m 430 -> 431.
	"titles-zj/titles-zj.tsv": 100 * 450.0 / 459,
	"titles-zk/titles-zk.tsv": 100 * 443.0 / 450,
	// testdata/titles-zl, zm, zn and zo (480, 452, 468 and 457 titles,
	// four more writers), scored once after the frames ("WEIGHT^"), the
	// second sense needing full evidence, the exclusion made uncertain by
	// a topic after it, and the vocabulary tuned on the older lists for
	// them, before any change for them: zl 457/480 (95.2 %, 2.5 % to
	// review, 2.3 % confidently wrong, 1 non-laboratory title counted), zm
	// 432/452 (95.6 %, 1.8 %, 2.7 %, 0), zn 451/468 (96.4 %, 2.1 %, 1.5
	// %, 0), zo 441/457 (96.5 %, 2.4 %, 1.1 %, 0). Tuned on zl and zm (a
	// method's area needs full evidence besides its methods to lead; a
	// glucose meter names the POCT field; occurrence management; an FNA;
	// cold agglutinins beside a CBC; plasma cell-free DNA; leftover
	// specimens for research; direct-to-consumer testing is general's
	// unless the title says ethics): zl 464/480 (96.7 %, 1.0 % wrong), zm
	// 440/452 (97.3 %, 0.9 %); zn and zo stayed as they were. Then tuned on
	// zn (blood utilization, tuberculosis exposure screening,
	// misrepresenting credentials): zn 454/468 (97.0 %, 1.3 %); zo, never
	// looked at, stays 441/457.
	"titles-zl/titles-zl.tsv": 100 * 471.0 / 480,
	"titles-zm/titles-zm.tsv": 100 * 444.0 / 452,
	"titles-zn/titles-zn.tsv": 100 * 458.0 / 468,
	"titles-zo/titles-zo.tsv": 100 * 449.0 / 457,
	// testdata/titles-zp, zq, zr and zs (465, 478, 470 and 460 titles,
	// four more writers), scored once after the tuning on zl, zm and zn
	// and on the reviews left on the older lists (a mislabeled specimen is
	// a safety event; the HIV antigen/antibody assay; honesty and its
	// lapses; exposure as a safety frame), before any change for them: zp
	// 451/465 (97.0 %, 1.7 % to review, 1.3 % confidently wrong, none
	// counted), zq 464/478 (97.1 %, 2.1 %, 0.8 %, 0), zr 450/470 (95.7 %,
	// 3.8 %, 0.4 %, 0), zs 442/460 (96.1 %, 2.4 %, 1.5 %, 0); zo, still
	// never looked at, had moved to 443/457 (96.9 %, 1.1 %). Tuned on zp
	// and zr (an ethics case's questions; antigen-matched units; a
	// biobank's work is general's; antifungal drug levels): zp 462/465
	// (99.4 %, 0.2 %), zr 461/470 (98.1 %, 0.2 %); the untouched zq stays
	// 464/478 (0.8 %), zs 444/460 (96.5 %, 1.3 %), zo 443/457.
	"titles-zp/titles-zp.tsv": 100 * 463.0 / 465,
	"titles-zq/titles-zq.tsv": 100 * 470.0 / 478,
	// (zr went 461 -> 460 when "who benefits", tried as an ethics
	// question, was dropped: titles-zzb's "Percent Free PSA: Who
	// Benefits?" is chemistry; later changes brought it back to 461.)
	"titles-zr/titles-zr.tsv": 100 * 462.0 / 470,
	"titles-zs/titles-zs.tsv": 100 * 452.0 / 460,
	// testdata/titles-zt, zu, zv and zw (469, 440, 474 and 491 titles,
	// four more writers), scored once after the tuning on zp and zr and on
	// the older lists' remaining misses (culture weighs 3; Ebola and the
	// viral hemorrhagic fevers reach a laboratory as biosafety; washed
	// products, cell salvage, syncope), before any change for them: zt
	// 454/469 (96.8 %, 1.9 % to review, 1.3 % confidently wrong, none
	// counted), zu 427/440 (97.0 %, 1.8 %, 1.1 %, 1 non-laboratory title
	// counted), zv 467/474 (98.5 %, 0.6 %, 0.8 %, 0), zw 475/491 (96.7 %,
	// 2.0 %, 1.2 %, 0). Tuned on zt and zv (CD4 counts; chemistry the
	// science; respect; the transfusion safety officer; streptococci;
	// FMEA as a frame, tried, won one title and lost one and stays out):
	// zt 459/469 (97.9 %, 0.6 %), zv 470/474 (99.2 %, 0.4 %); the
	// untouched zu stays 427/440, zw 475/491; zo 444/457, zq 466/478 and
	// zs 446/460 moved up with them.
	"titles-zt/titles-zt.tsv": 100 * 466.0 / 469,
	"titles-zu/titles-zu.tsv": 100 * 433.0 / 440,
	"titles-zv/titles-zv.tsv": 100 * 472.0 / 474,
	"titles-zw/titles-zw.tsv": 100 * 479.0 / 491,
	// testdata/titles-zx, zy, zz and zza (458, 458, 440 and 448 titles,
	// four more writers), scored once after the tuning on zt and zv,
	// before any change for them: zx 447/458 (97.6 %, 0.7 % to review,
	// 1.7 % confidently wrong, 1 non-laboratory title counted), zy 446/458
	// (97.4 %, 1.7 %, 0.9 %, 0), zz 427/440 (97.0 %, 2.7 %, 0.2 %, 0), zza
	// 427/448 (95.3 %, 2.7 %, 2.0 %, 0). Tuned on zx and zza (a chain of
	// custody is general's; HLA crossmatches; test utilization and gemba
	// as frames; residual leukocytes; bloodless medicine; amniotic fluid
	// as naming the body-fluid bench, tried, lost a title on untouched zo
	// and stays out): zx 451/458 (98.5 %, 0.9 %), zza 436/448 (97.3 %, 1.1
	// %); the untouched zy 447/458 (97.6 %, 0.7 %), zz stays 427/440 (97.0
	// %, 0.2 %, none counted).
	"titles-zx/titles-zx.tsv":   100 * 452.0 / 458,
	"titles-zy/titles-zy.tsv":   100 * 449.0 / 458,
	"titles-zz/titles-zz.tsv":   100 * 431.0 / 440,
	"titles-zza/titles-zza.tsv": 100 * 437.0 / 448,
	// testdata/titles-zzb, zzc, zzd and zze (455, 449, 462 and 454 titles,
	// four more writers), scored once after the tuning on zx and zza,
	// before any change for them: zzb 438/455 (96.3 %, 2.0 % to review,
	// 1.8 % confidently wrong, 2 non-laboratory titles counted), zzc
	// 441/449 (98.2 %, 1.1 %, 0.7 %, 0), zzd 444/462 (96.1 %, 3.0 %, 0.9
	// %, 0), zze 442/454 (97.4 %, 1.8 %, 0.9 %, 0). Tuned on zzb and zzd
	// (bacteria in blood components; the urine reagent strip names
	// urinalysis; a nurse's pharmacology and opioid prescribing are no
	// laboratory topics; "made simple" and "differentiating" are no
	// misspellings; "data integrity" as general's, tried, lost three
	// ethics titles and stays out): zzb 442/455 (97.1 %, 1.1 %), zzd
	// 451/462 (97.6 %, 0.6 %); the untouched zzc and zze stay 441/449 and
	// 442/454; zq 467/478, zu 428/440, zw 477/491 and zz 428/440 moved up.
	"titles-zzb/titles-zzb.tsv": 100 * 444.0 / 455,
	"titles-zzc/titles-zzc.tsv": 100 * 443.0 / 449,
	"titles-zzd/titles-zzd.tsv": 100 * 454.0 / 462,
	"titles-zze/titles-zze.tsv": 100 * 443.0 / 454,
	// testdata/titles-zzf, zzg, zzh and zzi (463, 455, 467 and 456 titles,
	// four more writers), scored once after the tuning on zzb and zzd and
	// the rule that an area whose evidence only serves a topic never leads
	// one with a topic of its own, before any change for them: zzf 449/463
	// (97.0 %, 1.9 % to review, 1.1 % confidently wrong, none counted),
	// zzg 446/455 (98.0 %, 1.1 %, 0.9 %, 0), zzh 452/467 (96.8 %, 2.1 %,
	// 1.1 %, 0), zzi 444/456 (97.4 %, 2.0 %, 0.7 %, 0). Tuned on zzf and
	// zzh (a misspelt word naming an area counts in full; donor testing;
	// lead exposure; in vitro hemolysis; "synovial fluid" and "peritoneal
	// fluid" as naming the body-fluid bench, tried, lost five culture
	// titles and stay out): zzf 453/463 (97.8 %, 0.6 %), zzh 458/467
	// (98.1 %, 0.6 %); the untouched zzg and zzi stay 446/455 and 444/456;
	// zs 447/460 and zy 448/458 moved up.
	"titles-zzf/titles-zzf.tsv": 100 * 458.0 / 463,
	"titles-zzg/titles-zzg.tsv": 100 * 448.0 / 455,
	"titles-zzh/titles-zzh.tsv": 100 * 460.0 / 467,
	// (The quality-indicator frame, 2026-12-02, loses one of zzi's titles,
	// 447 -> 446, and wins one each on the untouched zzx and zzzg; see
	// zzzl.)
	"titles-zzi/titles-zzi.tsv": 100 * 446.0 / 456,
	// testdata/titles-zzj, zzk, zzl and zzm (457, 458, 449 and 458 titles,
	// four more writers), scored once after every change above and never
	// tuned on: zzj 446/457 (97.6 %, 1.1 % to review, 1.3 % confidently
	// wrong, 1 non-laboratory title counted), zzk 448/458 (97.8 %, 1.1 %,
	// 1.1 %, 0), zzl 433/449 (96.4 %, 2.0 %, 1.6 %, 0), zzm 445/458 (97.2
	// %, 1.7 %, 1.1 %, 0).
	"titles-zzj/titles-zzj.tsv": 100 * 448.0 / 457,
	"titles-zzk/titles-zzk.tsv": 100 * 449.0 / 458,
	"titles-zzl/titles-zzl.tsv": 100 * 436.0 / 449,
	"titles-zzm/titles-zzm.tsv": 100 * 449.0 / 458,
	// (Then "orientation to …" decided by the phrase right after it, and
	// human-resources vocabulary, moved the untouched zo 444 -> 445, zq 467
	// -> 468, zu 428 -> 430, zw 477 -> 478, zz 428 -> 429, zzg 446 -> 447,
	// zzi 444 -> 445, zzm 445 -> 446.)
	//
	// testdata/titles-zzn, zzo, zzp and zzq (455, 448, 462 and 466 titles,
	// four more writers), scored once after all that, before any change
	// for them: zzn 440/455 (96.7 %, 1.3 % to review, 2.0 % confidently
	// wrong, none counted), zzo 435/448 (97.1 %, 1.6 %, 1.3 %, 1
	// non-laboratory title counted), zzp 452/462 (97.8 %, 1.3 %, 0.9 %, 0),
	// zzq 453/466 (97.2 %, 1.7 %, 1.1 %, 0). Tuned on zzn and zzo (a donor
	// sample's screen; the Rh system; disability rights; a nurse's sepsis
	// bundle; "protecting patient data" as ethics, tried, lost a general
	// title and stays out): zzn 443/455 (97.4 %, 1.5 %), zzo 441/448 (98.4
	// %, 1.1 %, none counted); the untouched zzp and zzq stay 452/462 and
	// 453/466; zs 447 -> 448, zz 429 -> 430, zzg 447 -> 448, zzl 433 -> 434.
	"titles-zzn/titles-zzn.tsv": 100 * 444.0 / 455,
	"titles-zzo/titles-zzo.tsv": 100 * 443.0 / 448,
	"titles-zzp/titles-zzp.tsv": 100 * 454.0 / 462,
	"titles-zzq/titles-zzq.tsv": 100 * 455.0 / 466,
	// testdata/titles-zzr, zzs, zzt and zzu (441, 452, 449 and 445 titles,
	// four more writers), scored once after "section" as an area's
	// workplace, before any change for them: zzr 425/441 (96.4 %, 3.2 % to
	// review, 0.5 % confidently wrong, none counted), zzs 443/452 (98.0 %,
	// 1.1 %, 0.9 %, 0), zzt 444/449 (98.9 %, 0.7 %, 0.4 %, 0), zzu 432/445
	// (97.1 %, 1.6 %, 1.3 %, 0). Tuned on zzr and zzs (LC-MS/MS spelt out,
	// factor assays, the wedge smear, anti-H and the Oh phenotype,
	// polyagglutination, a donor's nucleic acid screen, hot plates,
	// "mix-ups", a planning meeting and a potluck): zzr 434/441 (98.4 %,
	// 1.4 %, 0.2 %), zzs 448/452 (99.1 %, 0.2 %, 0.7 %); the untouched zzt
	// stays 444/449, zzu 432 -> 433; zs 448 -> 449, zu 430 -> 431, zy 448
	// -> 449, zzc 441 -> 442, zze 442 -> 443, zzm 446 -> 447. Every
	// floor was then raised to its list's reading.
	"titles-zzr/titles-zzr.tsv": 100 * 434.0 / 441,
	"titles-zzs/titles-zzs.tsv": 100 * 449.0 / 452,
	"titles-zzt/titles-zzt.tsv": 100 * 445.0 / 449,
	"titles-zzu/titles-zzu.tsv": 100 * 434.0 / 445,
	// testdata/titles-zzv, zzw, zzx and zzy (461, 457, 452 and 440 titles,
	// four more writers), scored once after all that, before any change
	// for them: zzv 451/461 (97.8 %, 1.3 % to review, 0.9 % confidently
	// wrong, none counted), zzw 440/457 (96.3 %, 1.8 %, 2.0 %, 0), zzx
	// 441/452 (97.6 %, 1.8 %, 0.7 %, 0), zzy 434/440 (98.6 %, 0.5 %, 0.9
	// %, 0). Tuned on zzv and zzw (an abbreviation's plural, "CBCs"; typos
	// corrected against the words as written, never across the first
	// letter; FMEA, harmonization and a capital budget as frames; O&P, iron
	// deficiency, a mass spectrometer, the Lewis antigens as "Le(a)", an
	// apheresis platelet, inhibitor titres, PNH's GPI-anchored proteins,
	// prolactin's disorders, recruiting and retaining staff): zzv 456/461
	// (98.9 %, 0.4 %, 0.7 %), zzw 452/457 (98.9 %, 0.2 %, 0.9 %); the
	// untouched zzx and zzy stay 441/452 and 434/440; zzq 453 -> 454 (a
	// wrong answer right with the plurals), zq 468 -> 470, zs 449 -> 450,
	// zu 431 -> 432, zzi 445 -> 446, zzj 446 -> 447, zzl 434 -> 436, zzm
	// 447 -> 448, zzp 452 -> 453; no untouched list's wrong answers grew.
	"titles-zzv/titles-zzv.tsv": 100 * 457.0 / 461,
	"titles-zzw/titles-zzw.tsv": 100 * 452.0 / 457,
	"titles-zzx/titles-zzx.tsv": 100 * 443.0 / 452,
	"titles-zzy/titles-zzy.tsv": 100 * 435.0 / 440,
	// testdata/titles-zzz, zzza, zzzb and zzzc (460, 455, 452 and 479
	// titles, four more writers), scored once after all that, before any
	// change for them: zzz 452/460 (98.3 %, 1.3 % to review, 0.4 %
	// confidently wrong, none counted), zzza 442/455 (97.1 %, 1.1 %, 1.8 %,
	// 0), zzzb 443/452 (98.0 %, 0.7 %, 1.3 %, 1 non-laboratory title
	// counted), zzzc 468/479 (97.7 %, 1.0 %, 1.3 %, 0). Tuned on zzz and
	// zzza (an "about" noun after an exclusion; the micro bench and its
	// direct smears; glucose-nonfermenting rods; IGRA; primary HPV
	// screening and co-testing; residual patient specimens for research; a
	// platelet count; TA-GVHD; gloves' chemical resistance; "HbS" and
	// "HBs" decided by the other words): zzz 457/460 (99.3 %, 0.4 %, 0.2
	// %), zzza 448/455 (98.5 %, 0.7 %, 0.9 %); the untouched zzzb and zzzc
	// stay 443/452 and 468/479; a2 254 -> 255, c2 222 -> 223, zo 446 ->
	// 447, zs 450 -> 451, zu 432 -> 433 (a wrong answer right), zw 478 ->
	// 479, zz 430 -> 431, zzi 446 -> 447 (a wrong answer right), zzt 444 ->
	// 445 (a wrong answer right), zzx 441 -> 442 (a wrong answer right).
	"titles-zzz/titles-zzz.tsv":   100 * 457.0 / 460,
	"titles-zzza/titles-zzza.tsv": 100 * 448.0 / 455,
	"titles-zzzb/titles-zzzb.tsv": 100 * 444.0 / 452,
	"titles-zzzc/titles-zzzc.tsv": 100 * 468.0 / 479,
	// testdata/titles-zzzd, zzze, zzzf and zzzg (458, 457, 450 and 454
	// titles, four more writers), scored once after all that, before any
	// change for them: zzzd 443/458 (96.7 %, 1.7 % to review, 1.5 %
	// confidently wrong, none counted), zzze 448/457 (98.0 %, 1.1 %, 0.9 %,
	// 0), zzzf 437/450 (97.1 %, 2.2 %, 0.7 %, 0), zzzg 444/454 (97.8 %, 0.9
	// %, 1.3 %, 0). Tuned on zzzd and zzze (a body fluid's "analysis" names
	// general's field, as the CSF's did; KOH preparations and the inoculum
	// effect; signing out work one did not run, dual relationships, looking
	// up a neighbour's results; a test's "dilemma" is no ethical one; donor
	// units; dysfibrinogenemia; safety's naming words before "orientation"
	// left out of whose orientation it is, measured and dropped: 3 won, 15
	// lost, safety huddles among them): zzzd 448/458 (97.8 %, 0.9 %, 1.3
	// %), zzze 454/457 (99.3 %, 0.2 %, 0.4 %); the untouched zzzf 437 ->
	// 439, zzzg stays 444; zs 451 -> 452, zzm 448 -> 449, zzp 453 -> 454 (a
	// wrong answer right), zzu 433 -> 434 (a wrong answer right).
	"titles-zzzd/titles-zzzd.tsv": 100 * 449.0 / 458,
	"titles-zzze/titles-zzze.tsv": 100 * 454.0 / 457,
	"titles-zzzf/titles-zzzf.tsv": 100 * 439.0 / 450,
	"titles-zzzg/titles-zzzg.tsv": 100 * 445.0 / 454,
	// testdata/titles-zzzh, zzzi, zzzj and zzzk (439, 470, 452 and 449
	// titles, four more writers), scored once after every change of
	// 2026-12-01's seventh session and never tuned on: zzzh 426/439 (97.0
	// %, 1.4 % to review, 1.6 % confidently wrong, 1 non-laboratory title
	// counted), zzzi 457/470 (97.2 %, 1.9 %, 0.9 %, 0), zzzj 441/452 (97.6
	// %, 1.5 %, 0.9 %, 0), zzzk 442/449 (98.4 %, 0.9 %, 0.7 %, 0).
	"titles-zzzh/titles-zzzh.tsv": 100 * 427.0 / 439,
	"titles-zzzi/titles-zzzi.tsv": 100 * 457.0 / 470,
	"titles-zzzj/titles-zzzj.tsv": 100 * 441.0 / 452,
	"titles-zzzk/titles-zzzk.tsv": 100 * 442.0 / 449,
	// testdata/titles-zzzl, zzzm, zzzn and zzzo (460, 451, 470 and 456
	// titles, four more writers), scored once after all that, before any
	// change for them: zzzl 447/460 (97.2 %, 1.5 % to review, 1.3 %
	// confidently wrong, none counted), zzzm 442/451 (98.0 %, 1.3 %, 0.7 %,
	// 1 non-laboratory title counted), zzzn 461/470 (98.1 %, 1.1 %, 0.9 %,
	// 1), zzzo 442/456 (96.9 %, 2.0 %, 1.1 %, 1). Tuned on zzzl and zzzm
	// (a quality indicator as a frame: two won and one lost on tuned
	// lists, two won and one lost on untouched ones, kept; drug misuse;
	// tumour lysis; sterility testing of cellular products; red cell
	// phenotyping; a method comparison's correlation study and bias plots;
	// pediatric blood volume limits; HIV drug resistance by genotype; a
	// chemical splash, a broken tube; the patient portal as an ethics
	// question; a nurse's competencies and slide design as no laboratory
	// topic): zzzl 455/460 (98.9 %, 0.2 %, 0.9 %), zzzm 449/451 (99.6 %,
	// 0.4 %, 0, none counted); the untouched zzzn 461 -> 462, zzzo stays
	// 442; zo 447 -> 449, zzc 442 -> 443, zzj 447 -> 448, zzq 454 -> 455,
	// zzy 434 -> 435 (a wrong answer right), zzzb 443 -> 444 (a wrong
	// answer right), zzzh 426 -> 427, zzx 442 -> 443 and zzzg 444 -> 445 (a
	// wrong answer right each), zzi 447 -> 446 (a wrong answer more).
	"titles-zzzl/titles-zzzl.tsv": 100 * 455.0 / 460,
	"titles-zzzm/titles-zzzm.tsv": 100 * 449.0 / 451,
	"titles-zzzn/titles-zzzn.tsv": 100 * 462.0 / 470,
	"titles-zzzo/titles-zzzo.tsv": 100 * 442.0 / 456,
}

// TestBlindTitles measures every list of blindTitleFloors (the halves of
// titles-a, c, e and i, and each whole list), per family and per area,
// and holds each at its floor.
func TestBlindTitles(t *testing.T) {
	c := mustNew(t)
	var pool accuracy // the untouchedLists together
	for _, name := range sortedKeys(blindTitleFloors) {
		a := measure(t, name)
		perFamily := map[string][2]int{}
		perArea := map[string][4]int{} // by the first area listed: correct, to review, confidently wrong, titles
		for _, l := range readLabelled(t, name) {
			got := c.Classify(l.title, l.topic)
			n := perFamily[l.family]
			n[1]++
			right := slices.Contains(l.accept, outcome(got))
			if got.Zone != celedger.ZoneReview && right {
				n[0]++
			}
			perFamily[l.family] = n
			m := perArea[l.accept[0]]
			switch {
			case got.Zone == celedger.ZoneReview, got.Zone == celedger.ZoneNone && !right:
				m[1]++ // (a laboratory title not recognised goes to review, as measure counts it)
			case right:
				m[0]++
			default:
				m[2]++
			}
			m[3]++
			perArea[l.accept[0]] = m
		}
		for _, f := range sortedKeys(perFamily) {
			n := perFamily[f]
			t.Logf("%s %-24s %3d/%3d correct", name, f, n[0], n[1])
		}
		for _, area := range sortedKeys(perArea) {
			m := perArea[area]
			t.Logf("%s area %-14s %3d titles: %5.1f %% correct, %5.1f %% to review, %5.1f %% confidently wrong", name, area, m[3],
				100*float64(m[0])/float64(m[3]), 100*float64(m[1])/float64(m[3]), 100*float64(m[2])/float64(m[3]))
		}
		if floor := blindTitleFloors[name]; a.share(a.correct) < floor {
			t.Errorf("%s: correct %.1f %% < floor %.1f %%", name, a.share(a.correct), floor)
		}
		if slices.Contains(untouchedLists, name) {
			pool.titles += a.titles
			pool.correct += a.correct
			pool.review += a.review
			pool.wrong += a.wrong
			pool.nonLabAuto += a.nonLabAuto
		}
	}
	t.Logf("the %d untouched lists together: %d titles, %.1f %% correct and confident, %.1f %% to review, %.1f %% confidently wrong, %d non-laboratory titles counted",
		len(untouchedLists), pool.titles, pool.share(pool.correct), pool.share(pool.review), pool.share(pool.wrong), pool.nonLabAuto)
}

// untouchedLists are the blind lists nobody tuned on or read title by
// title: of each round since titles-zl, the ones left out of tuning (the
// older lists' misses were read in earlier sessions to find kinds).
// TestBlindTitles prints them together.
var untouchedLists = []string{
	"titles-zo/titles-zo.tsv", "titles-zq/titles-zq.tsv", "titles-zs/titles-zs.tsv", "titles-zu/titles-zu.tsv",
	"titles-zw/titles-zw.tsv", "titles-zy/titles-zy.tsv", "titles-zz/titles-zz.tsv", "titles-zzc/titles-zzc.tsv",
	"titles-zze/titles-zze.tsv", "titles-zzg/titles-zzg.tsv", "titles-zzi/titles-zzi.tsv", "titles-zzj/titles-zzj.tsv",
	"titles-zzk/titles-zzk.tsv", "titles-zzl/titles-zzl.tsv", "titles-zzm/titles-zzm.tsv", "titles-zzp/titles-zzp.tsv",
	"titles-zzq/titles-zzq.tsv", "titles-zzt/titles-zzt.tsv", "titles-zzu/titles-zzu.tsv", "titles-zzx/titles-zzx.tsv",
	"titles-zzy/titles-zzy.tsv", "titles-zzzb/titles-zzzb.tsv", "titles-zzzc/titles-zzzc.tsv", "titles-zzzf/titles-zzzf.tsv",
	"titles-zzzg/titles-zzzg.tsv", "titles-zzzh/titles-zzzh.tsv", "titles-zzzi/titles-zzzi.tsv", "titles-zzzj/titles-zzzj.tsv",
	"titles-zzzk/titles-zzzk.tsv", "titles-zzzn/titles-zzzn.tsv", "titles-zzzo/titles-zzzo.tsv",
}

// TestTitlesEKinds holds the kinds titles-d and the first half of
// titles-e showed missing, a title list per kind: the area (or
// "exclude", "none") each must get with confidence.
func TestTitlesEKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		// Onboarding an instrument or an operator's training is CE; the
		// onboarding of new hires, and human-resources modules, are not.
		"chemistry": {"Onboarding a New Chemistry Analyzer: A Verification Plan", "Trisomy 21: Maternal Serum Screening", "Preeclampsia: The sFlt-1/PlGF Ratio"},
		"exclude": {"Onboarding Day 2: Badge, Email and Timekeeping", "New Hire Onboarding: Policies and Payroll", "2025 Annual Benefits Open Enrollment",
			"Employee Handbook Acknowledgment", "Welcome Day for Newly Hired Medical Laboratory Scientists"},
		// An antibody named by "anti-" and an ISBT antigen.
		"blood_banking": {"Anti-M: Clinically Significant or Not?", "Anti-G or Anti-D plus Anti-C? Sorting It Out", "The cis-AB Phenotype", "Anti-Jka and Delayed Hemolytic Reactions"},
		// Teaching patients and nurses, other settings' billing.
		"none":    {"Diabetes Self-Management Education for Nurses", "Insulin Pen Teaching for Home Health Nurses", "Medicare Billing Compliance for Home Health Agencies"},
		"ethics":  {"Academic Integrity in Clinical Laboratory Science Programs", "Reporting Results Outside Your Scope of Practice", "Allocating Scarce Tests During Supply Shortages"},
		"safety":  {"High-Consequence Pathogens: Laboratory Risk Assessment for Ebola"},
		"general": {"Tissue Orientation in Embedding Molds", "Staffing Models and Productivity Metrics"},
	})
}

// TestTitlesFKinds holds the kinds titles-f showed missing: general's own
// bench fields named (cytopathology, fine-needle aspiration, tissue
// processing, semen analysis, pharmacogenomics) beside another area's
// word; whole blood a specimen unless a component's phrase says
// transfusion; refusal of transfusion, dignity and pressure to report as
// ethics; proficiency testing's alternatives; CPT coding as no laboratory
// topic.
func TestTitlesFKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		"general": {"Thyroid Fine-Needle Aspiration Cytology: Diagnostic Categories", "Tissue Processing and Decalcification: Preserving Morphology",
			"Semen Analysis: Motility, Morphology and Post-Vasectomy Testing", "Pharmacogenomics in Practice: CYP2C19 Genotyping and Clopidogrel",
			"Alternative Performance Assessment When No PT Program Exists"},
		"chemistry":     {"Whole Blood Versus Serum Potassium on Blood Gas Analyzers"},
		"blood_banking": {"Low Titer O Whole Blood in Trauma Resuscitation"},
		"ethics":        {"Patients Who Refuse Transfusion for Religious Reasons: Respecting Autonomy", "Respecting Patient Dignity During Specimen Collection", "Pressure to Report: Releasing Results Before QC Is Acceptable"},
		"none":          {"CPT Coding and Billing for Physician Offices"},
	})
}

// TestTitlesGKinds holds the kinds titles-g showed missing: a term never
// runs over a colon ("Staff: Meeting"); human-resources modules
// excluded; the microscope's orientation is no job orientation; whole
// blood alone is a specimen; Lewis antibodies, osmometry, kidney injury
// markers, sputum and vaginal work-ups, variant classification.
func TestTitlesGKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		"blood_banking": {"Competency Assessment for Blood Bank Staff: Meeting AABB Standards", "Lewis antibodies in pregnancy: clinically significant or not?", "Whole Blood Programs in Trauma Resuscitation"},
		"exclude":       {"Annual Harassment Prevention Training (HR Compliance)", "Badge Photo and Parking Registration for New Staff", "Employee Benefits Overview: 401(k) Matching and PTO Policy"},
		"general":       {"Microscope Orientation: Illumination, Alignment and Care", "Interpreting Variants of Uncertain Significance"},
		"chemistry":     {"Whole Blood vs Plasma Potassium: Recognizing Pseudohyperkalemia", "Acute Kidney Injury Biomarkers", "Osmometry: Freezing Point Depression"},
		"microbiology":  {"Sputum Quality Screening: Epithelial Cells and Neutrophils", "Vaginal Specimens: Wet Prep, KOH and Whiff Test", "Grand Rounds: Tuberculous Meningitis"},
	})
}

// TestTitlesHKinds holds the kinds tuned on titles-h, each in titles of
// its own: a method serves what it measures; HLA and histocompatibility
// name general's field, so a crossmatch for transplant is theirs; the
// coagulation tube; antibodies of ABO subgroups and HTLA; a residual
// specimen's ownership is an ethics question.
func TestTitlesHKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		"hematology":    {"Capillary Electrophoresis for Hemoglobin Variants", "Electrophoresis for Hemoglobin S Screening", "Sodium Citrate Tube Underfill and the PT"},
		"chemistry":     {"Immunoassay Platforms for Troponin", "Chromatography in Drug Screening", "Serum Protein Electrophoresis Patterns"},
		"general":       {"HLA Typing and Crossmatching for Solid Organ Transplant", "Histocompatibility Testing: The Crossmatch Before Kidney Transplant", "Antinuclear Antibody Patterns on HEp-2 Cells"},
		"blood_banking": {"HTLA Antibodies: Nuisance or Clinically Significant?", "A2 and A2B Subgroups and Anti-A1", "Update on Low-Titer Group O Whole Blood"},
		"ethics":        {"Residual Specimens in Research: Who Owns Them?"},
	})
}

// checkKinds asserts that each title, by the area it is listed under
// ("exclude" for an exclusion), is classified there in zone auto.
func checkKinds(t *testing.T, kinds map[string][]string) {
	t.Helper()
	c := mustNew(t)
	for want, titles := range kinds {
		for _, title := range titles {
			got := c.Classify(title, "")
			if outcome(got) != want || got.Zone == celedger.ZoneReview {
				t.Errorf("%q: %s (%s %.2f %v), want %s", title, outcome(got), got.Zone, got.Score, got.Terms, want)
			}
		}
	}
}

// TestTitlesZLKinds holds the kinds of 2026-12-01's sixth session, found
// on the older blind lists and tuned on titles-zl, zm and zn: a frame
// heading the title names its area; a body fluid's differential is the
// body-fluid bench's; a glucose meter is the POCT program's; honesty and
// its lapses are ethics wherever they happen; a team's psychological
// safety and a patient's diabetes education are no laboratory topics.
// The titles are written here, not copied from a list.
func TestTitlesZLKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		"general":      {"Six Sigma Projects for the Chemistry Analyzer Line", "Cutting Turnaround Time for Stat Potassium", "Pleural Fluid Cell Differentials on the Cytospin", "Glucose Meter Operators: Annual Oversight", "Occurrence Management in a Small Hospital Laboratory", "Liquid Biopsy for Lung Cancer Mutations"},
		"safety":       {"Exposure Control for Mycobacterium tuberculosis Cultures", "Risk Assessment for Specimens From Suspected Mpox Patients", "Mislabeled Specimens at Outpatient Draw Sites"},
		"hematology":   {"Manual Differential Competency for Night Staff"},
		"microbiology": {"Fourth-Generation HIV Antigen/Antibody Assays in the ED", "Chemiluminescent Immunoassays for Hepatitis C Antibody"},
		"ethics":       {"Honesty When Reporting a Late QC Failure", "Cutting Corners on Maintenance Logs", "Futility and the Blood Supply"},
		"none":         {"Psychological Safety for New Managers", "Diabetes Self-Management Education Classes"},
	})
}

// TestTitlesIKinds holds the kinds tuned on titles-i half 1: ethics leads
// a course that is about ethics and a bench area; blood bank phrases of
// pretransfusion testing and antigen matching; serum indices.
func TestTitlesIKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		"ethics":        {"Race, Equity and Bias in Laboratory Reference Intervals", "Newborn Screening Bloodspot Retention: Who Owns the Card?", "Accepting Meals and Travel From Vendors: Where Is the Line?"},
		"blood_banking": {"Anti-CD38 Therapy and Pretransfusion Testing", "Extended Phenotype Matching for Patients With Sickle Cell Disease"},
		"chemistry":     {"Setting Hemolysis Index Thresholds for Rejecting Specimens"},
		"microbiology":  {"16S rRNA Gene Sequencing When Culture Fails"},
		"safety":        {"Pediatric Phlebotomy: Minimizing Blood Loss and Iatrogenic Anemia", "Aerosols at the Bench: Vortexing and Centrifuging"},
	})
}

// TestTitlesKKinds holds the kinds tuned on titles-k: an area named as
// the setting does not lead; a weak exclusion's noun in the plural is the
// topic, a single huddle of a section is a meeting; billing is no
// laboratory CE; POCT names general's field; malaria is parasitology.
func TestTitlesKKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		"safety":       {"Respirator Fit Testing for Mycobacteriology Staff", "Preventing Laboratory-Acquired Infections in the Microbiology Lab", "Team Huddles as a Patient Safety Tool"},
		"general":      {"Huddle Boards for Visual Management in the Laboratory", "Glucose Meters in Critically Ill Patients: POCT Limitations"},
		"exclude":      {"Weekly Lab Huddle", "Chemistry Section Weekly Huddle"},
		"none":         {"Prior Authorization Tips for Molecular Test Claims", "ICD-10-CM Coding for Outpatient Laboratory Claims"},
		"microbiology": {"PCR for Malaria Confirmation and Speciation", "Plasmodium ovale on the Thin Smear"},
		"ethics":       {"Anti-Kickback and Billing Integrity: Compliance for Clinical Laboratories"},
	})
}

// TestTitlesLKinds holds the kinds tuned on titles-l: an orientation to a
// topic is a course, to a workplace is not; a course set in the
// emergency department is no safety course; nursing practice counts
// nowhere.
func TestTitlesLKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		"microbiology":  {"Orientation to Mould Morphology: Reading Lactophenol Cotton Blue Preps", "Metagenomic Next-Generation Sequencing of CSF for Encephalitis"},
		"hematology":    {"An Orientation to the Peripheral Blood Smear: Where to Look First"},
		"chemistry":     {"Acute Porphyrias: Urine Porphobilinogen in the Emergency Department", "Meconium and Umbilical Cord Tissue for Neonatal Drug Exposure"},
		"none":          {"Insulin Administration and Hypoglycemia Protocols for Nurses"},
		"blood_banking": {"Septic Transfusion Reactions From Contaminated Platelets", "RBC Genotyping for Chronically Transfused Patients With Sickle Cell Disease"},
	})
	c := mustNew(t)
	if got := c.Classify("Orientation to the Coagulation Bench for Float Staff", ""); got.Exclude == "" {
		t.Errorf("an orientation to a bench: %s (%s %v), want an exclusion", outcome(got), got.Zone, got.Terms)
	}
}

// TestTitlesNKinds holds the kinds tuned on titles-n: HLH;
// transfusion complications; swab types; a smear
// beside a parasite is the parasite's; laboratory fee schedules count
// nowhere. (A word of two senses with nothing to decide has its first:
// "Buffy Coat Smears: When and Why" is hematology, to review for its one
// weak word; mapping_test.go.)
func TestTitlesNKinds(t *testing.T) {
	checkKinds(t, map[string][]string{
		"hematology":    {"Grand Rounds: Hemophagocytic Lymphohistiocytosis - Ferritin and Marrow Findings", "Peripheral Smear Review Criteria", "D-dimer Reporting Units: FEU vs. DDU and Why Errors Happen"},
		"general":       {"Delta Checks: Setting Limits That Catch Errors"},
		"blood_banking": {"Hyperhemolysis Syndrome in Sickle Cell Disease", "Passenger Lymphocyte Syndrome After Solid Organ Transplant", "Warm Autoimmune Hemolytic Anemia: Adsorption Strategies"},
		"microbiology":  {"Nasopharyngeal, Mid-Turbinate or Anterior Nasal Swabs?", "Plasmodium ovale on the Thin Smear"},
		"none":          {"Navigating PAMA and the Clinical Laboratory Fee Schedule"},
		"safety":        {"Autoclave Validation with Biological Indicators"},
	})
}

// sortedKeys is m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
