package parsers

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"celedger"
)

// Blind sets: documents written, with their gold answers, by people who
// never read these readers (testdata/blind/*/README.md says how each set
// was made; its make.sh regenerates it). They measure how the readers do
// on documents nobody tuned them against. The tests print each set's
// score per producer and per layout or style (go test -run Blind -v) and
// fail when a set scores below the floor measured when it was added.

// goldTranscript is a transcript set's gold file.
type goldTranscript struct {
	Producer string   `json:"producer"`
	Layouts  []string `json:"layouts"`
	Person   string   `json:"person"`
	Rows     []struct {
		Title  string  `json:"title"`
		Date   string  `json:"date"`
		Points float64 `json:"points"`
	} `json:"rows"`
}

// tally counts exact items per group (producer, layout, style).
type tally map[string]*[2]int // group → {exact, all}

func (t tally) add(group string, exact, all int) {
	c := t[group]
	if c == nil {
		c = &[2]int{}
		t[group] = c
	}
	c[0] += exact
	c[1] += all
}

func (t tally) print(tb testing.TB, title string) {
	var groups []string
	for g := range t {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", title)
	for _, g := range groups {
		c := t[g]
		fmt.Fprintf(&b, "  %-28s %4d/%-4d %6.1f %%\n", g, c[0], c[1], 100*float64(c[0])/float64(max(c[1], 1)))
	}
	tb.Log(b.String())
}

// normTitle compares titles as printed: Unicode NFC, runs of white space
// as one space.
func normTitle(s string) string { return norm.NFC.String(collapseSpace(s)) }

// cmpPoints is the CMP points a record earns (DOMAIN.md §1: CEU 10,
// semester hour 15, quarter hour 10, every other unit 1 per credit).
func cmpPoints(r celedger.Record) float64 {
	f := map[celedger.Unit]float64{celedger.UnitCEU: 10, celedger.UnitSemesterHour: 15, celedger.UnitQuarterHour: 10}[r.Unit]
	if f == 0 {
		f = 1
	}
	return r.Credits.Float() * f
}

func blindSets(t *testing.T, pattern string) []string {
	sets, err := filepath.Glob(filepath.Join("testdata", "blind", pattern))
	if err != nil || len(sets) == 0 {
		t.Fatalf("no blind sets match %s", pattern)
	}
	return sets
}

func readGold(t *testing.T, pdfPath string, v any) {
	t.Helper()
	b, err := os.ReadFile(strings.TrimSuffix(pdfPath, ".pdf") + ".gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", pdfPath, err)
	}
}

// transcriptFloors is the share of gold rows each set must read exactly
// (title, date, points), from its measured score. First scores, before
// any fix the set showed was needed: tables-a 51.0 %, tables-b 97.6 %.
var transcriptFloors = map[string]float64{
	"tables-a": 1.0, // 731/731, 2026-11-30
	"tables-b": 1.0, // 1054/1054
}

// TestBlindTranscripts scores the PDF transcript sets: a row is exact
// when a record has its title, date and points; records beyond the gold
// rows are counted as extra.
func TestBlindTranscripts(t *testing.T) {
	for _, set := range blindSets(t, "tables-*") {
		name := filepath.Base(set)
		byProducer, byLayout := tally{}, tally{}
		exact, all, extra, people := 0, 0, 0, 0
		var misses []string
		for _, path := range pdfFiles(t, filepath.Join(set, "*.pdf")) {
			var gold goldTranscript
			readGold(t, path, &gold)
			info, _ := os.Stat(path)
			res, doc := Read(fileInput(path, info.Size()))
			recs := doc.Records
			used := make([]bool, len(recs))
			n := 0
			for _, g := range gold.Rows {
				hit := -1
				for i, r := range recs {
					if !used[i] && normTitle(r.Title) == normTitle(g.Title) {
						hit = i
						break
					}
				}
				ok := hit >= 0 && recs[hit].Completed.String() == g.Date && fmt.Sprintf("%.2f", cmpPoints(recs[hit])) == fmt.Sprintf("%.2f", g.Points)
				if hit >= 0 {
					used[hit] = true
				}
				if ok {
					n++
				} else if len(misses) < 400 {
					got := "no record"
					if hit >= 0 {
						got = fmt.Sprintf("%s %.2f", recs[hit].Completed, cmpPoints(recs[hit]))
					}
					misses = append(misses, fmt.Sprintf("%s: %q %s %.2f: %s", filepath.Base(path), g.Title, g.Date, g.Points, got))
				}
			}
			for i, u := range used {
				if !u {
					extra++
					misses = append(misses, fmt.Sprintf("%s: extra record %q %s", filepath.Base(path), recs[i].Title, recs[i].Completed))
				}
			}
			if res.Status != celedger.FileImported {
				misses = append(misses, fmt.Sprintf("%s: %s: %s", filepath.Base(path), res.Status, res.Error))
			}
			if gold.Person != "" && normTitle(doc.Holder.Name) == normTitle(gold.Person) {
				people++
			}
			exact += n
			all += len(gold.Rows)
			byProducer.add(gold.Producer, n, len(gold.Rows))
			for _, l := range gold.Layouts {
				byLayout.add(l, n, len(gold.Rows))
			}
		}
		score := float64(exact) / float64(all)
		byProducer.print(t, name+": rows exact per producer")
		byLayout.print(t, name+": rows exact per layout")
		t.Logf("%s: %d/%d rows exact (%.1f %%), %d extra records, %d holders named right", name, exact, all, 100*score, extra, people)
		if testing.Verbose() {
			for _, m := range misses {
				t.Log("  " + m)
			}
		}
		if floor, ok := transcriptFloors[name]; ok && score < floor {
			t.Errorf("%s: %.1f %% of rows exact, below its floor of %.1f %%", name, 100*score, 100*floor)
		}
	}
}

// TestReadOne reads the file CELEDGER_FILE names and logs its records: a
// debugging aid, skipped otherwise.
func TestReadOne(t *testing.T) {
	path := os.Getenv("CELEDGER_FILE")
	if path == "" {
		t.Skip("set CELEDGER_FILE")
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	res, doc := Read(fileInput(path, info.Size()))
	t.Logf("%s %s %s holder=%+v", res.Format, res.Status, res.Error, doc.Holder)
	for _, r := range doc.Records {
		t.Logf("%s | %s | %s %s | %s | %s", r.Title, r.Completed, r.Credits, r.Unit, r.Provider, r.ActivityID)
	}
	for _, p := range doc.Problems {
		t.Logf("problem: %v", p)
	}
}

// goldCertificate is a certificate set's gold file.
type goldCertificate struct {
	Style      string   `json:"style"`
	Producer   string   `json:"producer"`
	Layout     []string `json:"layout"`
	Name       string   `json:"name"`
	Title      string   `json:"title"`
	Date       string   `json:"date"`
	Points     float64  `json:"points"`
	Provider   []string `json:"provider"`
	ActivityID string   `json:"activity_id"`
}

// certificateFloors is the share of certificates each set must read with
// every field exact, from its measured score. First scores, before any
// fix the set showed was needed: certs-a 9.7 %, certs-b 48.6 %, certs-c
// 52.9 %, certs-d 54.2 %, certs-f 51.7 %, certs-g 62.0 %, certs-h 75.0 %, certs-i 60.0 %, certs-j 57.5 %, certs-k 70.0 %, certs-l 66.7 %, certs-m 65.0 %, certs-n 85.0 %, certs-o 90.0 % (n and o held out while m was fixed), certs-q 80.0 % (held out while n and o were fixed), certs-p 65.0 % (held out while n, o and part of q were fixed; meetings and learning-management records), certs-r 85.0 % and certs-s 75.0 % (held out while p and q were fixed), certs-t 86.7 % and certs-u 83.3 % (60 certificates by two fresh writers, 2026-12-01, held out while r and s were fixed), certs-v 73.3 % (held out while t and u were fixed), certs-w 73.3 % (held out while v was fixed), certs-x 83.3 % (held out while v and w were fixed), certs-y 93.3 % (held out while x was fixed; not fixed yet). certs-f's three misses are its
// gold's convention for universities (the institution's continuing
// education unit, "…University, Office of Continuing and Professional
// Education", where the other sets take the institution alone).
var certificateFloors = map[string]float64{
	"certs-a":   1.0,       // 72/72, 2026-11-30
	"certs-b":   1.0,       // 70/70
	"certs-c":   1.0,       // 68/68
	"certs-d":   1.0,       // 72/72
	"certs-f":   58.0 / 60, // 58/60 (f10: a provider's full name ends at the sentence's verb after a comma)
	"certs-g":   1.0,       // 50/50
	"certs-h":   39.0 / 40, // 39/40
	"certs-i":   1.0,       // 30/30
	"certs-j":   1.0,       // 40/40
	"certs-k":   1.0,       // 60/60
	"certs-l":   1.0,       // 60/60; its first score, held out while certs-k was fixed: 40/60
	"certs-m":   39.0 / 40, // 39/40 (m05: its gold spells a name printed in capitals in mixed case); first score 26/40, 2026-12-01
	"certs-n":   1.0,       // 40/40; first score 34/40, held out
	"certs-o":   1.0,       // 40/40; first score 36/40, held out
	"certs-p":   1.0,       // 40/40; first score 26/40, held out
	"certs-q":   1.0,       // 40/40; first score 32/40, held out
	"certs-r":   1.0,       // 40/40; first score 34/40, held out
	"certs-s":   40.0 / 40, // 40/40; first score 30/40, held out
	"certs-t":   1.0,       // 30/30; first score 26/30, held out
	"certs-u":   1.0,       // 30/30; first score 25/30, held out
	"certs-v":   1.0,       // 30/30; first score 22/30, held out
	"certs-w":   30.0 / 30, // 30/30; first score 22/30, held out
	"certs-x":   30.0 / 30, // 30/30; first score 25/30, held out
	"certs-y":   30.0 / 30, // 30/30; first score 28/30 (y22, y24: the participant's name), held out while certs-x was fixed
	"certs-z1":  30.0 / 30, // 30/30; first score 24/30 (80.0 %), held out while certs-y was fixed
	"certs-z2":  30.0 / 30, // 30/30; first score 26/30 (86.7 %), held out while certs-z1 was fixed
	"certs-z3":  40.0 / 40, // 40/40; first score 38/40 (95.0 %), held out while certs-z2 was fixed
	"certs-z4":  40.0 / 40, // 40/40; first score 37/40 (92.5 %), held out while certs-z3 was fixed
	"certs-z5":  40.0 / 40, // 40/40; first score 39/40 (97.5 %, ze40: a vendor's issuer line read as no organisation, the one "no provider"), held out while certs-z4 was fixed
	"certs-z6":  40.0 / 40, // 40/40; first score 34/40 (85.0 %), held out while certs-z5 was fixed
	"certs-z7":  1.0,       // 40/40; first score 30/40 (75.0 %), held out while certs-z6 was fixed
	"certs-z8":  38.0 / 40, // 38/40 (zh39: a statement wrapping past a credit table's rows; zh23: a letter's evaluation step, dateline and format line); first score 22/40 (55.0 %, 1 read with no provider), held out while certs-z7 was fixed
	"certs-z9":  29.0 / 30, // 29/30 (zi18: a wallet card's name over its credentials; zi20: a credit table's "Module (SAM) | 1.0" row labels no field); first score 22/30 (73.3 %), written while certs-z7 and z8 were fixed
	"certs-z10": 29.0 / 30, // 29/30 (zj14's "Title | Available" header: "Available" is a session table's column, no title; zj10: a university before its school of medicine); first score 25/30 (83.3 %, 0 with no provider), written while certs-z8 and z9 were fixed
	"certs-z11": 37.0 / 40, // 37/40; first score 35/40 (87.5 %, 0 with no provider), held out while certs-z8 to z10 were fixed (zk12, zk36, zk38: the provider's form for a society's chapter or a company's learning centre)
	"certs-z12": 40.0 / 40, // 40/40 (zl32: a vendor's unit line under its name, set smaller, is a unit of it, not the name's wrap); first score 35/40 (87.5 %, 0 with no provider), held out while certs-z11 was fixed
	"certs-z13": 29.0 / 30, // 29/30 (a year-first slashed date, "Certificate issued:" an other date, a chapter's state after a dash kept in its name, the participant's "Name and Credentials" and "Cardholder" labels, "6th of February, 2025", "Due" and "Activity Release Date" as other dates); first score 21/30 (70.0 %, 0 with no provider), held out while certs-z12 was fixed
	"certs-z14": 40.0 / 40, // 40/40 (a letter's table: its sentence names the holder, its closing is no row; a memo header's "Date:"; an ID ends at " • "); first score 37/40 (92.5 %, 0 with no provider), held out while certs-z13 was fixed
	"certs-z15": 40.0 / 40, // 40/40 on first reading (100 %, 0 with no provider), held out while certs-z14 was fixed
	"certs-z16": 40.0 / 40, // 40/40 (an ID's value repeating its own label; a letter's title after the brand's format words, wrapping to the line of its date); first score 37/40 (92.5 %, 0 with no provider), held out while certs-z14 and z15 were fixed
	"certs-z17": 40.0 / 40, // 40/40 (a seal's year is no credit figure; a provider's acronym and "continuing education" before "contact hours"; a date under a label ending in an ID's noun is no ID); first score 36/40 (90.0 %, 0 with no provider), held out while certs-z16 was fixed
	"certs-z18": 40.0 / 40, // 40/40 (a course outline of days in hours under a certificate in CEUs; "completed by" over the participant); first score 38/40 (95.0 %, 0 with no provider), held out while certs-z17 was fixed
	"certs-z19": 40.0 / 40, // 40/40 (a CE Broker tracking number is the registry's); first score 39/40 (97.5 %, 0 with no provider), written with certs-z18 and held out while certs-z17 was fixed
	"certs-z20": 40.0 / 40, // 40/40 (a meeting's dates line naming its venue is no issuer; a credit type wrapping in its cell labels no field; "has claimed credit for"; "This is to confirm that" and a bracketed employee number); first score 37/40 (92.5 %, 0 with no provider), held out while certs-z18 and z19 were fixed
	"certs-z21": 39.0 / 40, // 39/40 (a title's first line shrunk to fit; zu25: "Date claimed" is the claim's date; zu12: "2025 Spring Symposium" over the theme is the event; zu26: "Title of program" labels the title; left: zu34 a letter-spaced name whose word space the page does not show); first score 34/40 (85.0 %, 0 with no provider), held out while certs-z20 was fixed
	"certs-z22": 39.0 / 40, // 39/40 (zv28: a wrapped value stops beside the next label; zv11: the facts after a value in its segment; zv30: a meeting's total row under its days is a row; zv23: "LabCE" over the words it stands for is the provider; left: zv24 a letter-spaced name whose word space the page does not show); first score 35/40 (87.5 %, 0 with no provider), written with certs-z21 and held out while certs-z20 was fixed
	"certs-z23": 40.0 / 40, // 40/40 (zw12: a labelled meeting opening with an ordinal, "41st Annual Fall Meeting", is the title; zw20: "The Association is accredited … and designates …" refers back to the full name; zw32: "Offering" labels the title); first score 37/40 (92.5 %, 0 with no provider), held out while certs-z21 and z22 were fixed
	"certs-z24": 40.0 / 40, // 40/40 (zx11: a labelled maximum under a sentence that awards the figure; zx19: a title in a letter's sentence ends at "held October 1–3, 2025"); first score 38/40 (95.0 %, 0 with no provider), written with certs-z23 and held out while certs-z21 and z22 were fixed
	"certs-z25": 40.0 / 40, // 40/40 (zy09: a labelled figure ends at " • ", and no figure lies inside a course number; zy23: credit types across the top, the claimed row under the maximum's); first score 38/40 (95.0 %, 0 with no provider), held out while certs-z23 and z24 were fixed
	"certs-z26": 40.0 / 40, // 40/40 (zz27: the certificate's heading is the line set largest, not a corner tag, and an acronym over its organisation is no company; zz29: a signer's name beside the statement's first line in another column; zz04: a session's date over the meeting's days); first score 37/40 (92.5 %, 1 read with no provider, zz27), written with certs-z25
	"certs-z27": 40.0 / 40, // 40/40 (ya06, ya25: a seal's "APPROVED" over "PROVIDER" is no provider; ya26: a speaker with an honorific and a job title is no provider); first score 37/40 (92.5 %, 0 with no provider), held out while certs-z25 and z26 were fixed
	"certs-z28": 40.0 / 40, // 40/40 (yb02: a format wrapping from the verb's line, "participated in the live" / "eCast", and "Date of participation"); first score 39/40 (97.5 %, 0 with no provider), written with certs-z27 and held out while certs-z25 and z26 were fixed
	"certs-z29": 40.0 / 40, // 40/40 (yc07: a footer's "Certificate printed <date>" is no second dated row, so the session's one row is the certificate's; yc14: an issuer's last word left alone under its long centred line, and the heading is no label's value; yc32: "Winter Webinar Series" over the title is its format line; yc20: "Evaluation completed" dates the evaluation; yc33: a participant's label in a row of labels makes the page a certificate); first score 35/40 (87.5 %, 0 with no provider), held out while certs-z27 and z28 were fixed
	"certs-z30": 39.0 / 40, // 39/40 (yd24: a name drawn long under the next column's date reads apart from it, the engine cutting runs laid over each other; yd15: a title in title case keeps "with" small and is no sentence's fragment; yd21: a salutation's whole name with no inside address; yd02: a value run into the next column's value with no word space is cut at the next label's edge; yd04, yd18: a fact and its number before a label and its colon in one segment; yd09: "… activity listed below." announces the title; yd23: a labelled claim after a sentence's full stop; yd38: a credit label beside another credit type's; left: yd06 a letter-spaced name with no word space); first score 29/40 (72.5 %, 0 with no provider), written with certs-z29
	"certs-z31": 40.0 / 40, // 40/40 (ye22: a verb's line under a row of values, "has participated in …" under "Dr. … | May 6, 2025", is the sentence, no cell's wrap); first score 39/40 (97.5 %, 0 with no provider), written while certs-z29 and z30 were fixed
	"certs-z32": 40.0 / 40, // 40/40 (yf13: a row of labels, "Participant | Dates Attended", is no sentence for a verb to lead to a title, nor is an accreditation statement a title; yf33: a title set large wrapping onto "Training: …" has no "Training:" label); first score 38/40 (95.0 %, 0 with no provider), written with certs-z31
	"certs-z33": 40.0 / 40, // 40/40 (yg40: a labelled "Presenter: …" line over the accreditation statement is no part of its subject); first score 39/40 (97.5 %, 0 with no provider), held out while certs-z31 and z32 were fixed
	"certs-z34": 40.0 / 40, // first score 40/40 (100 %, 0 with no provider), written with certs-z33
	"certs-z35": 40.0 / 40, // first score 40/40 (100 %, 0 with no provider), held out while certs-z33 and z34 were fixed
	"certs-z36": 40.0 / 40, // 40/40 (yj13: "for … staff" after a presenting department says whom it taught; yj16: "Date awarded" after the course's dates is the award's day; yj17: "Training Program:" labels the title); first score 37/40 (92.5 %, 0 with no provider), written with certs-z35
	"certs-z37": 40.0 / 40, // 40/40 (yk37: "… University College of … Education" under an issuer line that names the university, the college's line set smaller under it: the university); first score 39/40 (97.5 %, 0 with no provider), held out while certs-z35 and z36 were fixed
	"certs-z38": 40.0 / 40, // first score 40/40 (100 %, 0 with no provider), written with certs-z37
}

// TestBlindCertificates scores the certificate sets: a certificate is
// exact when its one record has the gold participant, title, date, points,
// provider (any of the gold's forms) and activity ID.
func TestBlindCertificates(t *testing.T) {
	for _, set := range blindSets(t, "certs-*") {
		name := filepath.Base(set)
		byStyle, byProducer, byLayout, byField := tally{}, tally{}, tally{}, tally{}
		exact, all, noProvider := 0, 0, 0
		var misses []string
		for _, path := range pdfFiles(t, filepath.Join(set, "*.pdf")) {
			var gold goldCertificate
			readGold(t, path, &gold)
			info, _ := os.Stat(path)
			res, doc := Read(fileInput(path, info.Size()))
			var got celedger.Record
			if len(doc.Records) == 1 {
				got = doc.Records[0]
			}
			provider := false
			for _, p := range gold.Provider {
				// ASCP, AABB and CAP are named as their own transcripts name
				// them (Record.Provider), whatever a certificate prints.
				provider = provider || strings.EqualFold(normTitle(got.Provider), normTitle(p)) || got.Provider != "" && markedProvider(strings.ToLower(p)) == got.Provider
			}
			fields := []struct {
				name      string
				ok        bool
				got, want string
			}{
				{"name", normTitle(got.Holder.Name) == normTitle(gold.Name), got.Holder.Name, gold.Name},
				{"title", normTitle(got.Title) == normTitle(gold.Title), got.Title, gold.Title},
				{"date", got.Completed.String() == gold.Date, got.Completed.String(), gold.Date},
				{"points", fmt.Sprintf("%.2f", cmpPoints(got)) == fmt.Sprintf("%.2f", gold.Points), fmt.Sprintf("%.2f", cmpPoints(got)), fmt.Sprintf("%.2f", gold.Points)},
				{"provider", provider, got.Provider, strings.Join(gold.Provider, " | ")},
				{"activity_id", normTitle(got.ActivityID) == normTitle(gold.ActivityID), got.ActivityID, gold.ActivityID},
			}
			ok := len(doc.Records) == 1
			if !ok {
				misses = append(misses, fmt.Sprintf("%s: %d records, %s %s", filepath.Base(path), len(doc.Records), res.Status, res.Error))
			}
			for _, f := range fields {
				n := 0
				if f.ok {
					n = 1
				} else {
					ok = false
					if len(doc.Records) == 1 {
						misses = append(misses, fmt.Sprintf("%s: %s %q, want %q", filepath.Base(path), f.name, f.got, f.want))
					}
				}
				byField.add(f.name, n, 1)
			}
			if len(doc.Records) == 1 && got.Provider == "" {
				noProvider++
			}
			n := 0
			if ok {
				n = 1
			}
			exact += n
			all++
			byStyle.add(gold.Style, n, 1)
			byProducer.add(gold.Producer, n, 1)
			for _, l := range gold.Layout {
				byLayout.add(l, n, 1)
			}
		}
		score := float64(exact) / float64(all)
		byStyle.print(t, name+": certificates exact per style")
		byProducer.print(t, name+": certificates exact per producer")
		byLayout.print(t, name+": certificates exact per layout")
		byField.print(t, name+": fields right")
		t.Logf("%s: %d/%d certificates with every field exact (%.1f %%), %d read with no provider", name, exact, all, 100*score, noProvider)
		if testing.Verbose() {
			for _, m := range misses {
				t.Log("  " + m)
			}
		}
		if floor, ok := certificateFloors[name]; ok && score < floor {
			t.Errorf("%s: %.1f %% of certificates exact, below its floor of %.1f %%", name, 100*score, 100*floor)
		}
	}
}
