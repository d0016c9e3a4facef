package report

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"celedger"
)

// TestDeclarationWorksheet checks the worksheet against an allocation
// worked by hand. MLS minimums here: blood banking 2, safety 1.
//
//	A "Transfusion Reactions" (ASCP transcript) 2 points -> blood banking 2
//	B "Biosafety Refresher" (a certificate) 1.5 points, split by the rule set:
//	  1 to safety, 0.5 to the rest
//	C "Lab Math" (a certificate) 1 point -> the rest
//	D "Uncertain Title" (review) -> not on the worksheet
//
// Sections: blood banking 2 (A), safety 1 (B), the rest 1.5 (B 0.5, C 1);
// not on the ASCP transcript: B (twice, one row per share) and C.
func TestDeclarationWorksheet(t *testing.T) {
	d := celedger.MustDate
	l := &celedger.Ledger{
		Files: []celedger.FileResult{{Path: "in/ascp.csv", Format: "ascp-transcript-csv", Status: celedger.FileImported}, {Path: "in/cert.pdf", Format: "ce-certificate-pdf", Status: celedger.FileImported}, {Path: "in/math.pdf", Format: "ce-certificate-pdf", Status: celedger.FileImported}},
		People: []celedger.PersonLedger{{
			Name: "Ada Lovelace-Byron", ID: "00000123", Credential: "MLS", DeclarationOpens: d("2027-04-01"), SubmitBy: d("2027-05-31"),
			Areas: []celedger.AreaLedger{{Area: celedger.AreaBloodBanking, Required: 200}, {Area: celedger.AreaSafety, Required: 100}, {Area: celedger.AreaGeneral}},
			Activities: []celedger.Entry{
				{Title: "Transfusion Reactions", Provider: "ASCP", Completed: d("2025-01-10"), Credits: 200, Unit: celedger.UnitCMLE, Points: 200, Status: celedger.StatusCounted, AllocatedTo: celedger.AreaBloodBanking, Sources: []celedger.Source{{Path: "in/ascp.csv", Line: 8}}},
				{Title: "Biosafety Refresher", Provider: "Westbrook Lab Institute", Type: "Webinar", Completed: d("2025-02-11"), Credits: 150, Unit: celedger.UnitContactHour, Points: 150, Status: celedger.StatusCounted, AllocatedTo: celedger.AreaSafety,
					Allocations: []celedger.Allocation{{Area: celedger.AreaSafety, Points: 100}, {Area: celedger.AreaGeneral, Points: 50}}, Sources: []celedger.Source{{Path: "in/cert.pdf", Page: 1}}},
				{Title: "Lab Math", Provider: "LabCE", Completed: d("2025-03-12"), Credits: 100, Unit: celedger.UnitContactHour, Points: 100, Status: celedger.StatusCounted, AllocatedTo: celedger.AreaGeneral, Sources: []celedger.Source{{Path: "in/math.pdf", Page: 1}}},
				{Title: "Uncertain Title", Provider: "LabCE", Completed: d("2025-04-13"), Points: 100, Status: celedger.StatusReview, Sources: []celedger.Source{{Path: "in/math.pdf", Page: 2}}},
			},
		}},
	}
	decl, err := NewDeclarations(l)
	if err != nil {
		t.Fatal(err)
	}
	var csv bytes.Buffer
	if err := decl.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	want := UTF8BOM + `person,person_id,credential,declaration_opens,submit_by,section,points,title,course_number,provider,provider_note,activity_type,completed,credits,unit,on_ascp_transcript,check
Ada Lovelace-Byron,00000123,MLS,2027-04-01,2027-05-31,Blood banking (minimum 2),2,Transfusion Reactions,,ASCP,,,2025-01-10,2,CMLE,yes,
Ada Lovelace-Byron,00000123,MLS,2027-04-01,2027-05-31,Safety (minimum 1),1,Biosafety Refresher,,Westbrook Lab Institute,,Webinar,2025-02-11,1.5,contact hour,no,
Ada Lovelace-Byron,00000123,MLS,2027-04-01,2027-05-31,The rest toward the total,0.5,Biosafety Refresher,,Westbrook Lab Institute,,Webinar,2025-02-11,1.5,contact hour,no,
Ada Lovelace-Byron,00000123,MLS,2027-04-01,2027-05-31,The rest toward the total,1,Lab Math,,LabCE,,Continuing education course (not printed),2025-03-12,1,contact hour,no,
`
	if csv.String() != want {
		t.Errorf("declaration.csv:\n%s\nwant:\n%s", csv.String(), want)
	}
	var page bytes.Buffer
	if err := decl.WritePage(&page, 0); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Blood banking (minimum 2): 2 points", "Safety (minimum 1): 1 point", "The rest toward the total: 1.5 points",
		"submit by 2027-05-31", "<td>Webinar</td><td>Biosafety Refresher</td>"} {
		if !strings.Contains(page.String(), s) {
			t.Errorf("worksheet lacks %q", s)
		}
	}
	if strings.Contains(page.String(), "Uncertain Title") {
		t.Error("a line in review is on the worksheet")
	}
	if got := decl.PageName(0); got != "00000123-MLS.html" {
		t.Errorf("page name %q", got)
	}
	// A document that names another person is flagged in both tables: the
	// area's, and the non-ASCP entries one copies from.
	l.People[0].Activities[2].Participant = "Maria Okafor"
	l.People[0].Activities[2].AuditMissing = []string{celedger.AuditOtherName + " (the document names Maria Okafor)"}
	page.Reset()
	if decl, err = NewDeclarations(l); err != nil {
		t.Fatal(err)
	}
	if err := decl.WritePage(&page, 0); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(page.String(), "its document names Maria Okafor: check before you declare it"); n != 2 {
		t.Errorf("the warning is in %d tables, want 2", n)
	}
	// An in-service whose log prints no provider: the roster's employer,
	// said to be the roster's.
	l.People[0].Activities[2].Provider, l.People[0].Activities[2].Type = "", celedger.TypeInService
	l.People[0].Employer = "Riverside Regional Medical Center"
	page.Reset()
	if err := decl.WritePage(&page, 0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), "<td>Riverside Regional Medical Center (your employer, from the roster; the log prints no provider)</td>") {
		t.Errorf("the in-service's provider is not the roster's employer:\n%s", page.String())
	}
	// declaration.csv: the employer alone in provider, where it came from
	// in provider_note, so the cell pastes into the form as it is.
	csv.Reset()
	if err := decl.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csv.String(), `,Lab Math,,Riverside Regional Medical Center,"your employer, from the roster; the log prints no provider",In-service,`) {
		t.Errorf("declaration.csv:\n%s", csv.String())
	}
}

// TestLineExtract: a staff log's extract is its header and the person's
// own lines (by physical line, as the CSV reader numbers them), a quoted
// cell's record whole; text in another encoding is
// left out rather than cut.
func TestLineExtract(t *testing.T) {
	log := "Name,Title,Date\r\nAna Ruiz,Gram Stains,01/02/2025\r\nBo Chen,\"Two\r\nLines\",01/03/2025\r\nAna Ruiz,Coagulation,01/04/2025\r\n"
	if got := string(lineExtract([]byte(log), 2, []int{5})); got != "Name,Title,Date\r\nAna Ruiz,Coagulation,01/04/2025\r\n" {
		t.Errorf("extract %q", got)
	}
	if got := string(lineExtract([]byte(log), 2, []int{3})); got != "Name,Title,Date\r\nBo Chen,\"Two\r\nLines\",01/03/2025\r\n" {
		t.Errorf("quoted record: %q", got)
	}
	if lineExtract([]byte{0xff, 0xfe, 'N', 0}, 2, []int{2}) != nil || lineExtract([]byte(log), 1, []int{2}) != nil {
		t.Error("UTF-16 text, or a file with no header line, is no extract")
	}
}

// TestDeclarationSectionShort: a section under its minimum says by how
// much; the rest has no minimum to fall short of.
func TestDeclarationSectionShort(t *testing.T) {
	if s := (declarationSection{Required: 200, Points: 100}).Short(); s != 100 {
		t.Errorf("short %s", s)
	}
	if s := (declarationSection{Points: 100}).Short(); s != 0 {
		t.Errorf("the rest: short %s", s)
	}
}

// TestAuditPacketLeavesOutAnotherName: a certificate filed under a person
// by a decision, though it names someone else, is never put in that
// person's packet; the index says so. A LabCE line on the ASCP transcript
// is on ASCP's record: proven.
func TestAuditPacketLeavesOutAnotherName(t *testing.T) {
	l := &celedger.Ledger{
		Files: []celedger.FileResult{{Path: "maria.pdf", Format: "ascp-certificate-pdf"}, {Path: "ascp.csv", Format: "ascp-transcript-csv"}, {Path: "labce.csv", Format: "ce-generic-csv"}},
		People: []celedger.PersonLedger{{Name: "Seán O'Brien", ID: "00412233", Credential: "MLS", Points: 300, Activities: []celedger.Entry{
			{Title: "Coagulation", Provider: "ASCP", Status: celedger.StatusCounted, Points: 100, Participant: "Maria Okafor",
				AuditMissing: []string{celedger.AuditOtherName + "Maria Okafor)"}, Sources: []celedger.Source{{Path: "maria.pdf", Page: 1}}},
			{Title: "Gram Stains", Provider: "LabCE", Status: celedger.StatusCounted, Points: 200, Participant: "Seán O'Brien",
				Sources: []celedger.Source{{Path: "ascp.csv", Line: 3}}},
			{Title: "Fire Safety", Provider: "LabCE", Status: celedger.StatusCounted, Points: 100, AuditMissing: []string{"participant"},
				Sources: []celedger.Source{{Path: "labce.csv", Line: 4}}},
		}}},
	}
	ev, err := NewEvidence(l)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	read := func(p string) ([]byte, error) { return []byte("bytes of " + p), nil }
	if err := WriteAuditPacket(&buf, l, 0, ev, read); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var index string
	for _, f := range zr.File {
		if strings.Contains(f.Name, "maria") {
			t.Errorf("the packet holds %s", f.Name)
		}
		if f.Name == "index.html" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			index = string(b)
		}
	}
	if !strings.Contains(index, "left out: it names Maria Okafor") {
		t.Errorf("index does not say the certificate was left out:\n%s", index)
	}
	if strings.Count(index, "where it was seen, not proof") != 2 { // Maria's certificate and the nameless log
		t.Errorf("the LabCE line on the ASCP transcript is not proven:\n%s", index)
	}
	// A log that prints no name lacks the participant and is no
	// certificate: both reasons, as a log that prints the name gets one.
	if !strings.Contains(index, "missing participant; a non-ASCP activity seen only on a transcript or a log: keep its certificate") {
		t.Errorf("the nameless log's line does not give both reasons:\n%s", index)
	}
}

// TestDeclarationChecks: the check column (and the worksheet, under the
// title) says what to verify before declaring a line: an ASCP course of
// someone none of whose inputs is an ASCP transcript, and a document that
// names another person.
func TestDeclarationChecks(t *testing.T) {
	d := celedger.MustDate
	l := &celedger.Ledger{
		Files: []celedger.FileResult{{Path: "in/cert.pdf", Format: "ce-certificate-pdf", Status: celedger.FileImported}, {Path: "in/other.pdf", Format: "ce-certificate-pdf", Status: celedger.FileImported}},
		People: []celedger.PersonLedger{{
			Name: "Tomás Ibarra-Lund", ID: "00000789", Credential: "MLS",
			Areas: []celedger.AreaLedger{{Area: celedger.AreaGeneral}},
			Activities: []celedger.Entry{
				{Title: "Urine Sediment Review", Provider: "ASCP", Completed: d("2025-01-10"), Credits: 100, Unit: celedger.UnitCMLE, Points: 100, Status: celedger.StatusCounted, AllocatedTo: celedger.AreaGeneral, Sources: []celedger.Source{{Path: "in/cert.pdf", Page: 1}}},
				{Title: "Lab Math", Provider: "LabCE", Participant: "Maria Okafor", AuditMissing: []string{celedger.AuditOtherName + "Maria Okafor)"}, Completed: d("2025-03-12"), Credits: 100, Unit: celedger.UnitContactHour, Points: 100, Status: celedger.StatusCounted, AllocatedTo: celedger.AreaGeneral, Sources: []celedger.Source{{Path: "in/other.pdf", Page: 1}}},
			},
		}},
	}
	decl, err := NewDeclarations(l)
	if err != nil {
		t.Fatal(err)
	}
	var csv, page bytes.Buffer
	if err := decl.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	if err := decl.WritePage(&page, 0); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"an ASCP course, and no ASCP transcript was among the inputs: if ASCP's transcript lists it, it is on ASCP's record already; do not add it again", "its document names Maria Okafor: check before you declare it"} {
		if !strings.Contains(csv.String(), want) {
			t.Errorf("declaration.csv has no check %q:\n%s", want, csv.String())
		}
		if !strings.Contains(page.String(), strings.ReplaceAll(want, "'", "&#39;")) {
			t.Errorf("the worksheet has no check %q", want)
		}
	}
}
