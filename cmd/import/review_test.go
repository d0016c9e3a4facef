package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
	"celedger/report"
)

// transcript is an ASCP-style transcript with titles the classifier is
// unsure about (two areas close, nothing recognised) beside clear ones.
const transcript = `American Society for Clinical Pathology - Board of Certification
CMP Transcript
Name: Sam Testperson
Customer ID: 00000042
Credential: MLS(ASCP)
Cycle Start Date: 01/01/2024
Cycle End Date: 12/31/2026

Date Completed,Course Title,Credits Earned,Credit Type,Sponsor
02/12/2024,Platelet Studies by Flow Cytometry,2,CMLE,ASCP
03/12/2024,Grand Rounds: Interesting Cases,1,CMLE,Hospital
04/12/2024,AST,1,CMLE,LabCE
05/12/2024,Coagulation Testing: PT and aPTT,1,CMLE,ASCP
`

func entryByTitle(t *testing.T, l celedger.Ledger, title string) celedger.Entry {
	t.Helper()
	for _, p := range l.People {
		for _, e := range p.Activities {
			if e.Title == title {
				return e
			}
		}
	}
	t.Fatalf("no ledger line %q", title)
	return celedger.Entry{}
}

// TestReviewRoundTrip runs the import with -review and scripted answers,
// then again with the saved overrides, then once more to show the second
// application changes nothing.
func TestReviewRoundTrip(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "ascp.csv")
	if err := os.WriteFile(in, []byte(transcript), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	base := []string{"-q", "-out", out, "-as-of", "2026-11-24"}

	// Enter takes the suggestion (general), "exc" excludes the grand
	// rounds, "mic" makes AST microbiology.
	var stdout, stderr strings.Builder
	code := run(append(base, "-review", in), strings.NewReader("\nexc\nmic\n"), &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("run -review = %d\n%s\n%s", code, stdout.String(), stderr.String())
	}
	for _, want := range []string{"review: 3 titles to decide", "[1/3] Platelet Studies by Flow Cytometry", "suggested general", "saved 3 decisions to " + filepath.Join(out, "overrides.csv"), "the next run with -out " + out + " counts them"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
		}
	}
	review, err := os.ReadFile(filepath.Join(out, "review.csv"))
	if err != nil || strings.Count(string(review), "\n") != 4 {
		t.Errorf("review.csv: want a header and 3 lines, got %v:\n%s", err, review)
	}
	if !strings.HasPrefix(string(review), report.UTF8BOM+"person,person_id,title,provider,completed,points,suggested_area,score,zone,candidates,terms,reason,sources,decision,assign_to,note\n") {
		t.Errorf("review.csv header:\n%s", review)
	}

	overrides := filepath.Join(out, "overrides.csv")
	var first []byte
	for round := range 2 {
		stdout.Reset()
		stderr.Reset()
		args := append(base, "-overrides", overrides, in)
		if round == 1 {
			args = append(base, in) // <out>/overrides.csv, without the flag
		}
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Fatalf("run %v = %d\n%s", args, code, stderr.String())
		}
		if want := "celedger: note: 3 decisions from " + overrides; !strings.Contains(stderr.String(), want) {
			t.Errorf("round %d: stderr lacks %q:\n%s", round, want, stderr.String())
		}
		l := readLedger(t, out)
		for title, want := range map[string]celedger.Area{"Platelet Studies by Flow Cytometry": celedger.AreaGeneral, "AST": celedger.AreaMicrobiology} {
			e := entryByTitle(t, l, title)
			if e.Area != want || e.Zone != celedger.ZoneOverride || e.Status != celedger.StatusCounted {
				t.Errorf("round %d: %q = %s %s %s, want %s override counted", round, title, e.Area, e.Zone, e.Status, want)
			}
		}
		if e := entryByTitle(t, l, "Grand Rounds: Interesting Cases"); e.Status != celedger.StatusExcluded || e.Zone != celedger.ZoneOverride {
			t.Errorf("round %d: grand rounds = %s %s, want excluded override", round, e.Status, e.Zone)
		}
		if e := entryByTitle(t, l, "Coagulation Testing: PT and aPTT"); e.Zone != celedger.ZoneAuto {
			t.Errorf("round %d: coagulation zone %s, want auto", round, e.Zone)
		}
		b, _ := os.ReadFile(filepath.Join(out, "ledger.json"))
		if round == 0 {
			first = b
		} else if string(b) != string(first) {
			t.Error("applying the same overrides twice changed ledger.json")
		}
	}
}

// TestOverridesUnknownArea: a slip or a few letters in the decision
// column read as the area, as the picker reads them, and say so; a
// decision nothing reads is an error naming the line.
func TestOverridesUnknownArea(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "ascp.csv")
	ov := filepath.Join(dir, "review.csv")
	os.WriteFile(in, []byte(transcript), 0o644)
	os.WriteFile(ov, []byte("title,provider,decision\nAST,LabCE,micro\nGrand Rounds: Interesting Cases,,\nPlatelet Studies by Flow Cytometry,,hemotology\n"), 0o644)
	var stdout, stderr strings.Builder
	code := run([]string{"-q", "-out", filepath.Join(dir, "out"), "-overrides", ov, in}, strings.NewReader(""), &stdout, &stderr)
	for _, want := range []string{"celedger: note: " + ov + `:4: decision: "hemotology" read as hematology`, "celedger: note: " + ov + `:2: decision: "micro" read as microbiology`} {
		if code != exitOK || !strings.Contains(stderr.String(), want) {
			t.Errorf("run = %d, stderr:\n%s\nwant %s", code, stderr.String(), want)
		}
	}
	os.WriteFile(ov, []byte("title,provider,decision\nPlatelet Studies by Flow Cytometry,,xyz\n"), 0o644)
	stderr.Reset()
	code = run([]string{"-q", "-out", filepath.Join(dir, "out"), "-overrides", ov, in}, strings.NewReader(""), &stdout, &stderr)
	want := "celedger: error: " + ov + `:2: decision: unknown area "xyz" (areas: blood_banking, chemistry, hematology, microbiology, safety, ethics, general, exclude)`
	if code != exitUsage || !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), "celedger: hint:") {
		t.Errorf("run = %d, stderr:\n%s\nwant %s", code, stderr.String(), want)
	}
}

// TestReviewCSVDecisionsKept: decisions filled into <out>/review.csv count
// in the next run with that -out even without -overrides, and that run's
// review.csv keeps them, so a run that forgets the flag loses nothing.
func TestReviewCSVDecisionsKept(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "ascp.csv")
	os.WriteFile(in, []byte(transcript), 0o644)
	out := filepath.Join(dir, "out")
	base := []string{"-q", "-out", out, "-as-of", "2026-11-24", in}
	if code, _, stderr := runCLI(t, base...); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	review := filepath.Join(out, "review.csv")
	b, _ := os.ReadFile(review)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for i := 1; i < len(lines); i++ {
		if strings.Contains(lines[i], "AST,LabCE") {
			lines[i] = strings.TrimSuffix(lines[i], ",,,") + ",microbiology,,"
		}
	}
	os.WriteFile(review, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	for round := range 2 {
		code, _, stderr := runCLI(t, base...)
		if code != exitOK || !strings.Contains(stderr, "1 decision from "+review) {
			t.Fatalf("round %d: exit %d\n%s", round, code, stderr)
		}
		if e := entryByTitle(t, readLedger(t, out), "AST"); e.Area != celedger.AreaMicrobiology || e.Zone != celedger.ZoneOverride {
			t.Errorf("round %d: AST = %s %s, want microbiology override", round, e.Area, e.Zone)
		}
	}
	if b, _ := os.ReadFile(review); !strings.Contains(string(b), ",microbiology,,") {
		t.Errorf("review.csv lost the decision:\n%s", b)
	}
}

// TestAssignToSettlesSharedName: the lines of a document whose name two
// roster people share are held; the roster ID written in review.csv's
// assign_to column settles them in the next run and every run after.
func TestAssignToSettlesSharedName(t *testing.T) {
	out := t.TempDir()
	args := []string{"-q", "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", out, "../../samples/staff/"}
	if code, _, stderr := runCLI(t, args...); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	review := filepath.Join(out, "review.csv")
	b, _ := os.ReadFile(review)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	held := 0
	for i, l := range lines {
		if strings.HasPrefix(l, "Chris Morgan,,") && strings.HasSuffix(l, ",,,") {
			lines[i] = strings.TrimSuffix(l, ",,,") + ",,05550101,"
			held++
		}
	}
	if held == 0 {
		t.Fatalf("no held line of Chris Morgan in review.csv:\n%s", b)
	}
	// The picker asks no area of a held line, and says how to settle it.
	var stdout, stderr strings.Builder
	if code := run(append(args, "-review"), strings.NewReader(""), &stdout, &stderr); code != exitOK ||
		!strings.Contains(stdout.String(), "wait for whose they are (a name two roster people share): write the roster ID in the assign_to column of "+review) {
		t.Fatalf("-review: exit %d\n%s\n%s", code, stdout.String(), stderr.String())
	}
	os.WriteFile(review, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	for round := range 2 {
		code, _, stderr := runCLI(t, args...)
		if code != exitOK {
			t.Fatalf("round %d: exit %d\n%s", round, code, stderr)
		}
		if !strings.Contains(stderr, "celedger: note: 1 document given to a roster person in the assign_to column of "+review) {
			t.Errorf("round %d: no note of the assignment:\n%s", round, stderr)
		}
		l := readLedger(t, out)
		for _, p := range l.People {
			if p.Name == "Chris Morgan" && p.ID == "" {
				t.Errorf("round %d: Chris Morgan's document is still unsettled", round)
			}
		}
		if b, _ := os.ReadFile(review); strings.Count(string(b), ",,05550101,") != held {
			t.Errorf("round %d: review.csv lost the assignment:\n%s", round, b)
		}
		// changes.csv: the first round moved the held lines by a
		// decision (not new lines of one person and another gone); the
		// second changed nothing.
		changes, _ := os.ReadFile(filepath.Join(out, "changes.csv"))
		decided := strings.Count(string(changes), "\ndecided,Chris Morgan,05550101,MLS,")
		if round == 0 && (decided != held || strings.Contains(string(changes), "new line") || strings.Contains(string(changes), "removed person") ||
			!strings.Contains(string(changes), "\nsettled person,Chris Morgan,,MLS,person settled: 2 lines given to roster people in assign_to,review,settled")) ||
			round == 1 && decided != 0 {
			t.Errorf("round %d: changes.csv:\n%s", round, changes)
		}
	}
}

// TestAssignToUnknownID: an assign_to ID on no roster is an error naming
// the file, line and field, with the nearest roster ID, and the run ends
// with exit 3; the lines stay held, nothing says they were given to
// anyone, and the rewritten review.csv keeps the ID beside them. The ID of
// a roster person whose name differs from the document's is used, with a
// warning; a later slip back to an ID on no roster holds the lines again,
// and changes.csv says where they were.
func TestAssignToUnknownID(t *testing.T) {
	out := t.TempDir()
	args := []string{"-q", "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", out, "../../samples/staff/"}
	if code, _, stderr := runCLI(t, args...); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	review := filepath.Join(out, "review.csv")
	b, _ := os.ReadFile(review)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	row := 0
	for i, l := range lines {
		if strings.HasPrefix(l, "Chris Morgan,,") && strings.HasSuffix(l, ",,,") && row == 0 {
			lines[i] = strings.TrimSuffix(l, ",,,") + ",,05550011,"
			row = i + 1
		}
	}
	os.WriteFile(review, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	code, _, stderr := runCLI(t, args...)
	want := fmt.Sprintf("celedger: error: %s:%d: assign_to: roster ID \"05550011\" is on no roster; its lines stay held (review.csv is written again with the ID beside them, to correct)\nceledger: hint: did you mean 05550101?", review, row)
	if code != exitBadInput || !strings.Contains(stderr, want) || strings.Contains(stderr, "given to a roster person") {
		t.Errorf("exit %d\n%s\nwant:\n%s", code, stderr, want)
	}
	held := false
	for _, p := range readLedger(t, out).People {
		held = held || p.Name == "Chris Morgan" && p.ID == ""
	}
	if !held {
		t.Error("the lines were given to someone")
	}
	if b, _ := os.ReadFile(review); !strings.Contains(string(b), ",05550011,\n") {
		t.Errorf("the rewritten review.csv lost the assign_to ID:\n%s", b)
	}
	lines[row-1] = strings.Replace(lines[row-1], ",05550011,", ",00412233,", 1)
	os.WriteFile(review, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	code, _, stderr = runCLI(t, args...)
	want = fmt.Sprintf("celedger: warning: %s:%d: assign_to: 00412233 is Seán O'Brien, but the document names Chris Morgan; its points now count for Seán O'Brien", review, row)
	if code != exitOK || !strings.Contains(stderr, want) {
		t.Errorf("exit %d\n%s\nwant:\n%s", code, stderr, want)
	}
	lines[row-1] = strings.Replace(lines[row-1], ",00412233,", ",00412234,", 1)
	os.WriteFile(review, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	if code, _, stderr = runCLI(t, args...); code != exitBadInput {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	changes, _ := os.ReadFile(filepath.Join(out, "changes.csv"))
	for _, want := range []string{"\nheld line,Chris Morgan,,MLS,", "under Seán O'Brien (00412233),review under Chris Morgan (not settled)\n",
		"\nheld person,Chris Morgan,,MLS,\"person not settled: name \"\"Chris Morgan\"\" matches 2 roster people: Chris Morgan (ID 05550101), Chris Morgan (ID 05550202); assign_to 00412234 names no one on the roster\",,review\n"} {
		if !strings.Contains(string(changes), want) {
			t.Errorf("changes.csv has no %q:\n%s", want, changes)
		}
	}
	if strings.Contains(string(changes), "removed line") || strings.Contains(string(changes), "new person") {
		t.Errorf("changes.csv reports the held lines as removed, or the held name as new:\n%s", changes)
	}
}

// TestAssignToCorrectedOnOneLine: a wrong assign_to ID is written again
// beside every line of its document; correcting one line is enough (the
// note names the other), and lines of one document that give two roster
// people hold it with an error naming both.
func TestAssignToCorrectedOnOneLine(t *testing.T) {
	out := t.TempDir()
	args := []string{"-q", "-as-of", "2026-11-24", "-roster", "../../samples/staff/roster.csv", "-out", out, "../../samples/staff/"}
	if code, _, stderr := runCLI(t, args...); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	review := filepath.Join(out, "review.csv")
	// setHeld writes ids, in order, into the assign_to cells of the held
	// person's lines (person "Chris Morgan", no ID), and returns their
	// line numbers.
	setHeld := func(ids ...string) []int {
		b, _ := os.ReadFile(review)
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		var at []int
		for i, l := range lines {
			if !strings.HasPrefix(l, "Chris Morgan,,") || len(at) == len(ids) {
				continue
			}
			cells := strings.Split(l, ",")
			cells[len(cells)-2] = ids[len(at)] // assign_to, before note
			lines[i] = strings.Join(cells, ",")
			at = append(at, i+1)
		}
		os.WriteFile(review, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
		return at
	}
	if at := setHeld("05550110"); len(at) != 1 {
		t.Fatalf("held lines: %v", at)
	}
	if code, _, stderr := runCLI(t, args...); code != exitBadInput {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	b, _ := os.ReadFile(review)
	if n := strings.Count(string(b), ",05550110,"); n != 2 {
		t.Fatalf("the wrong ID is beside %d lines of review.csv, want both of its document's:\n%s", n, b)
	}
	at := setHeld("05550101") // the first line corrected, the second still wrong
	code, _, stderr := runCLI(t, args...)
	want := fmt.Sprintf(`celedger: note: %s:%d: assign_to: roster ID "05550110" is on no roster; the document's other lines (%s:%d) give 05550101, which is used`, review, at[0]+1, review, at[0])
	if code != exitOK || !strings.Contains(stderr, want) {
		t.Errorf("exit %d\n%s\nwant:\n%s", code, stderr, want)
	}
	if b, _ := os.ReadFile(review); strings.Contains(string(b), "05550110") {
		t.Errorf("the corrected document's lines still show the wrong ID:\n%s", b)
	}
	// Two roster people for one document's lines.
	b, _ = os.ReadFile(review)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	n := 0
	for i, l := range lines {
		if strings.Contains(l, "labce-chris-morgan.csv") && strings.HasSuffix(l, ",05550101,") {
			if n++; n == 2 {
				lines[i] = strings.TrimSuffix(l, ",05550101,") + ",05550202,"
			}
		}
	}
	os.WriteFile(review, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	code, _, stderr = runCLI(t, args...)
	if code != exitBadInput || !strings.Contains(stderr, "assign_to: the lines of one document give it 2 people, 05550101 (Chris Morgan) and 05550202 (Chris Morgan); its lines stay held until they give one") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
}
