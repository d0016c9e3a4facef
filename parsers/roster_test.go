package parsers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
)

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// rosterText prints entries compactly for comparison.
func rosterText(es []celedger.RosterEntry) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.Name + "|" + e.ID + "|" + e.Email + "|")
		for _, c := range e.Credentials {
			b.WriteString(c.Code + "@" + c.CycleEnd.String() + " ")
		}
		b.WriteString("|" + e.Department + "|" + e.Shift + "|" + e.Source.String() + "\n")
		if e.Employer != "" {
			b.WriteString("  employer " + e.Employer + "\n")
		}
		for _, u := range e.Unread {
			b.WriteString("  unread " + u + "\n")
		}
	}
	return b.String()
}

func TestReadRoster(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             string
		problems         []string
	}{{
		name: "ours",
		file: "roster.csv",
		text: "name,id,email,credential,cycle_end,department,shift\n" +
			"Seán O'Brien,00412233,S.OBrien@Example.org,MLS(ASCP)CM,06/30/2027,Core Lab,Days\n" +
			"Mary-Kate Smith,00398812,,MLS:2027-06-30;SBB:2026-12-31,,Blood Bank,Nights\n" +
			"Mary-Kate Smith,00398812,mk@example.org,MT,2028-01-31,,\n" +
			",,,,,,\n" +
			",123,,MLS,,,\n" +
			"Bad Date,9,,MLS,31/31/2027,,\n" +
			"Bad Cred,10,,XYZ,,,\n",
		want: "Seán O'Brien|00412233|s.obrien@example.org|MLS@2027-06-30 |Core Lab|Days|F:2\n" +
			"Mary-Kate Smith|00398812|mk@example.org|MLS@2027-06-30 SBB@2026-12-31 MT@2028-01-31 |Blood Bank|Nights|F:3\n" +
			// a bad cell is left out, not the person
			"Bad Date|9||MLS@ |||F:7\n  unread cycle end \"31/31/2027\" on line 7\n" +
			"Bad Cred|10|||||F:8\n  unread credential \"XYZ\" on line 8\n",
		problems: []string{"F:6: Name: missing", `F:7: Cycle End: invalid date "31/31/2027"`, `F:8: Credential: unknown credential "XYZ"`},
	}, {
		name: "aliases",
		file: "staff.csv",
		text: "Core Lab staff 2026;;;;\n" +
			"Employee Name;ASCP Customer ID;E-mail;Certification(s);Cycle End Date;Dept\n" +
			"Priya Natarajan;00555001;priya@example.org;MLS;2027-03-31;Micro\n",
		want: "Priya Natarajan|00555001|priya@example.org|MLS@2027-03-31 |Micro||F:3\n",
	}, {
		name: "employer",
		file: "roster.csv",
		text: "Name,ID,Credential,Facility\nAna Fictional,00900001,MLS,Riverside Regional Medical Center\n",
		want: "Ana Fictional|00900001||MLS@ |||F:2\n  employer Riverside Regional Medical Center\n",
	}, {
		name: "first and last",
		file: "staff.tsv",
		text: "Last Name\tFirst Name\tCredential\n" + "Kim\tGrace\tMLT\n",
		want: "Grace Kim|||MLT@ |||F:2\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeTemp(t, tt.file, tt.text)
			got, problems, err := ReadRoster(p)
			if err != nil {
				t.Fatal(err)
			}
			if g := strings.ReplaceAll(rosterText(got), p, "F"); g != tt.want {
				t.Errorf("got\n%s\nwant\n%s", g, tt.want)
			}
			var ps []string
			for _, e := range problems {
				ps = append(ps, strings.ReplaceAll(e.Error(), p, "F"))
			}
			if len(ps) != len(tt.problems) {
				t.Fatalf("problems %q, want %q", ps, tt.problems)
			}
			for i := range ps {
				if !strings.HasPrefix(ps[i], tt.problems[i]) {
					t.Errorf("problem %d = %q, want prefix %q", i, ps[i], tt.problems[i])
				}
			}
		})
	}
}

func TestReadRosterFails(t *testing.T) {
	if _, _, err := ReadRoster(filepath.Join(t.TempDir(), "missing.csv")); err == nil {
		t.Error("missing roster: no error")
	}
	p := writeTemp(t, "r.csv", "Activity Title,Date,Credits\nX,2025-01-01,1\n")
	if _, _, err := ReadRoster(p); err == nil || !strings.Contains(err.Error(), "no roster header") {
		t.Errorf("transcript as roster: %v", err)
	}
}

func TestReadSkipsRoster(t *testing.T) {
	p := writeTemp(t, "roster.csv", "name,id,email,credential,cycle_end,department,shift\nJane Roe,1,,MLS,2027-06-30,,\n")
	ins, _ := Discover([]string{p})
	res, doc := Read(ins[0])
	if res.Status != celedger.FileSkipped || res.Error != "staff roster: pass it with -roster" || len(doc.Records) != 0 {
		t.Errorf("roster read as input: %+v", res)
	}
	// A transcript naming its employees is still a transcript.
	p = writeTemp(t, "log.csv", "Employee Name,In-Service Title,Date,Hours\nJane Roe,Safety,01/09/2025,1\n")
	ins, _ = Discover([]string{p})
	if res, _ := Read(ins[0]); res.Status != celedger.FileImported {
		t.Errorf("in-service log: %+v", res)
	}
}

// FuzzReadRoster reads arbitrary bytes as a roster file: no panic, every
// person has a name and a source line, every problem names the file.
func FuzzReadRoster(f *testing.F) {
	if b, err := os.ReadFile("../samples/staff/roster.csv"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("Employee Name;ASCP Customer ID;Certification(s);Cycle End Date\nJane Roe;01;MLS:2027-06-30;SBB;\n"))
	f.Add([]byte("Last Name\tFirst Name\nRoe\tJane\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "roster.csv")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		people, problems, err := ReadRoster(p)
		if err != nil {
			return
		}
		for _, e := range people {
			if e.Name == "" || e.Source.Line < 1 {
				t.Errorf("entry without name or line: %+v", e)
			}
		}
		for _, pr := range problems {
			if !strings.HasPrefix(pr.Error(), p+":") {
				t.Errorf("problem does not name the file: %v", pr)
			}
		}
	})
}

// TestRosterCredentialsAsPrinted: a roster's credential cell as people
// type it, with the certifying body and the CM mark.
func TestRosterCredentialsAsPrinted(t *testing.T) {
	got, err := parseRosterCredentials("MLS (ASCP) CM; SBB(ASCP):2026-12-31; M(ASCPi)", celedger.Date{})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, c := range got {
		codes = append(codes, c.Code+"@"+c.CycleEnd.String())
	}
	if want := "MLS@ SBB@2026-12-31 M@"; strings.Join(codes, " ") != want {
		t.Errorf("codes %q, want %q", strings.Join(codes, " "), want)
	}
	if _, err := parseRosterCredentials("XYZ", celedger.Date{}); err == nil {
		t.Error("an unknown code is an error")
	}
}

// TestRosterLabelNotes: a roster label read with a slip and a label not read
// come back as notes (RosterNote), not row problems.
func TestRosterLabelNotes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "staff.csv")
	os.WriteFile(path, []byte("name,credentail,cycle_ned,locker\nJane Roe,MLS,2027-06-30,12\n"), 0o644)
	people, problems, err := ReadRoster(path)
	if err != nil || len(people) != 1 || people[0].Credentials[0].Code != "MLS" {
		t.Fatalf("people %+v, err %v", people, err)
	}
	var notes []string
	for _, p := range problems {
		if n, ok := p.(RosterNote); ok {
			notes = append(notes, string(n))
		}
	}
	all := strings.Join(notes, "|")
	if len(notes) != len(problems) || !strings.Contains(all, `column "credentail" read as "credential": did you mean "credential"?`) || !strings.Contains(all, "columns not read: locker") {
		t.Errorf("notes %q, problems %v", notes, problems)
	}
}

// TestRosterCredentialSlip: an unknown credential a slip from a known code
// names the code.
func TestRosterCredentialSlip(t *testing.T) {
	if _, err := parseRosterCredentials("MSL", celedger.Date{}); err == nil || err.Error() != `unknown credential "MSL" (did you mean MLS?)` {
		t.Errorf("MSL: %v", err)
	}
}
