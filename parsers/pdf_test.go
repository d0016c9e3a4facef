package parsers

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"celedger"
	"celedger/internal/pdfgen"
)

// TestPDFOddFiles reads the damaged and unusual files and checks what
// each must give: the text, or a failure that says which problem it is.
func TestPDFOddFiles(t *testing.T) {
	tests := []struct {
		file    string
		err     error  // sentinel of a failed file, nil when it imports
		format  string // reported format when it imports
		records int
		title   string // a title that must be read exactly
		name    string // the holder's name
	}{
		{file: "encrypted-rc4-40.pdf", format: "ascp-certificate-pdf", records: 1, title: "Preanalytical Errors in Coagulation Testing", name: "Maria Okafor"},
		{file: "encrypted-rc4-128.pdf", format: "aabb-transcript-pdf", records: 7, title: "Cellular Therapy Product Labeling with ISBT 128: Chain of Identity, Chain of Custody and Distribution Records", name: "Maria Okafor"},
		{file: "encrypted-aes-128.pdf", format: "ce-certificate-pdf", records: 1, title: "Clinical Microbiology Update: Antimicrobial Susceptibility Testing", name: "Maria Okafor"},
		{file: "encrypted-aes-256.pdf", format: "aabb-certificate-pdf", records: 1, title: "Massive Transfusion in Obstetric Hemorrhage: Lab–Clinical Coordination", name: "Daniel Reyes"},
		{file: "needs-password.pdf", err: celedger.ErrEncrypted},
		{file: "truncated.pdf", err: celedger.ErrUnreadable},
		{file: "scan-page.pdf", err: celedger.ErrNoText},
		{file: "transcript-scan-page2.pdf", format: "ascp-transcript-pdf", records: 2, title: "Chemistry Calibration Verification", name: "Daniel Reyes"},
		{file: "pdf20-certificate.pdf", format: "ce-certificate-pdf", records: 1, title: "Anemia of Chronic Disease: Iron Studies in Context", name: "Daniel Reyes"},
		{file: "junk-around.pdf", format: "ce-certificate-pdf", records: 1, title: "Clinical Microbiology Update: Antimicrobial Susceptibility Testing", name: "Maria Okafor"},
		{file: "unicode-certificate.pdf", format: "ce-certificate-pdf", records: 1, title: "Sepsis Biomarkers – Lactate and Procalcitonin", name: "Zoë Ní Bhriain"},
		{file: "qpdf-cap-transcript.pdf", format: "cap-transcript-pdf", records: 18, title: "Urine Drug Testing: Immunoassay Cross-Reactivity and Confirmation by Mass Spectrometry", name: "Maria Okafor"},
		{file: "qpdf-lo-ascp-transcript.pdf", format: "ascp-transcript-pdf", records: 18, title: "Coagulation Factor Inhibitors: Bethesda Assay Performance and Interpretation in the Hemostasis Laboratory", name: "Daniel Reyes"},
		{file: "chromium-centred-cells.pdf", format: "cap-transcript-pdf", records: 18, title: "Digital Pathology Validation: Applying the CAP Guideline for Whole Slide Imaging in Diagnostic Use", name: "Maria Okafor"},
		{file: "gs-aabb-transcript.pdf", format: "aabb-transcript-pdf", records: 7, title: "Emergency Release of Uncrossmatched Blood: Policies and Audits", name: "Maria Okafor"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := "testdata/pdf/" + tt.file
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parsePDF(strings.NewReader(string(data)), int64(len(data)), path)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("error = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tt.format || len(doc.Records) != tt.records {
				t.Fatalf("format %q with %d records, want %q with %d", doc.Format, len(doc.Records), tt.format, tt.records)
			}
			found := false
			for _, r := range doc.Records {
				found = found || r.Title == tt.title
				if r.Holder.Name != tt.name {
					t.Errorf("holder %q, want %q", r.Holder.Name, tt.name)
				}
				checkRecord(t, r)
			}
			if !found {
				t.Errorf("no record titled %q", tt.title)
			}
		})
	}
}

// TestPDFErrorMessages checks the words a user reads in the import log.
func TestPDFErrorMessages(t *testing.T) {
	for file, want := range map[string]string{
		"needs-password.pdf":        "password-protected PDF: a password is needed to open it",
		"truncated.pdf":             "truncated or damaged PDF: it has no end-of-file marker (cut short?)",
		"scan-page.pdf":             "page 1 has no text (a scan?): only images or drawings",
		"transcript-scan-page2.pdf": "page 2: no text (a scan?): only images or drawings",
	} {
		path := "testdata/pdf/" + file
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		res, _ := Read(fileInput(path, info.Size()))
		if res.Error != want {
			t.Errorf("%s: error %q, want %q", file, res.Error, want)
		}
	}
}

// TestPDFWrappedRowAcrossPages: the ASCP sample breaks the page inside a
// wrapped title; the row keeps its page 1 source and its whole title.
func TestPDFWrappedRowAcrossPages(t *testing.T) {
	r := readPDFFile(t, "../samples/pdf/ascp-transcript-maria-okafor.pdf")
	want := "Molecular Diagnostics: PCR Troubleshooting for the Clinical Laboratory Scientist Working in Microbiology and Virology"
	for _, rec := range r.Records {
		if rec.Title == want {
			if rec.Source.Page != 1 {
				t.Errorf("page %d, want 1", rec.Source.Page)
			}
			return
		}
		if strings.Contains(rec.Title, "Virology") || strings.HasPrefix(rec.Title, "Microbiology and") {
			t.Errorf("split title %q", rec.Title)
		}
	}
	t.Errorf("no record titled %q", want)
}

// checkRecord is what every record from a PDF must satisfy.
func checkRecord(t testing.TB, r celedger.Record) {
	t.Helper()
	if strings.TrimSpace(r.Title) == "" {
		t.Errorf("record with an empty title: %+v", r)
	}
	known := false
	for _, u := range celedger.Units {
		known = known || r.Unit == u
	}
	if !known {
		t.Errorf("record %q has unknown unit %q", r.Title, r.Unit)
	}
	if r.Credits < 0 {
		t.Errorf("record %q has negative credits %v", r.Title, r.Credits)
	}
	if r.Completed.IsZero() && r.Claim != celedger.ClaimUnclaimed {
		t.Errorf("record %q has no date", r.Title)
	}
	if r.Source.Page < 1 {
		t.Errorf("record %q has no page", r.Title)
	}
}

// TestReadCertificate covers labelled and sentence certificates and the
// choice among several credit figures.
func TestReadCertificate(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  certificate
	}{
		{
			name: "labelled",
			lines: []string{"Certificate of Completion", "Participant: Jane Doe", "Course Title: Coagulation Case Studies",
				"Date of Completion: 03/04/2025", "Credits: 1.5 P.A.C.E.® Contact Hours", "Program Number: 123-456-25"},
			want: certificate{Name: "Jane Doe", Title: "Coagulation Case Studies", ActivityID: "123-456-25", Date: mustDate("2025-03-04"), Credits: 150, Unit: celedger.UnitContactHour},
		},
		{
			name: "sentence",
			lines: []string{"This certifies that Jane Doe has completed Antibody Identification: Case Studies",
				"on March 3, 2025 and is awarded 1.5 contact hours."},
			want: certificate{Name: "Jane Doe", Title: "Antibody Identification: Case Studies", Date: mustDate("2025-03-03"), Credits: 150, Unit: celedger.UnitContactHour},
		},
		{
			name: "nursing figure first",
			lines: []string{"Presented to John Roe for completion of “Lab Safety Essentials” on 2025-06-01.",
				"This activity is approved for 2.0 nursing contact hours (ANCC) and 1.0 P.A.C.E.® contact hours."},
			want: certificate{Name: "John Roe", Title: "Lab Safety Essentials", Date: mustDate("2025-06-01"), Credits: 100, Unit: celedger.UnitContactHour},
		},
		{
			name:  "CMLE",
			lines: []string{"This is to certify that Ana Ruiz has successfully completed the program Hematology Review presented on 5 May 2025", "and has been awarded 1.0 CMLE credit"},
			want:  certificate{Name: "Ana Ruiz", Title: "Hematology Review", Date: mustDate("2025-05-05"), Credits: 100, Unit: celedger.UnitCMLE},
		},
		{
			name: "place after the meeting's name",
			lines: []string{"Certificate of Attendance", "This is to certify that Ana Ruiz",
				"attended the 2025 Annual Histology Convention, Providence, Rhode Island,", "on September 9, 2025 and earned 6.0 contact hours."},
			want: certificate{Name: "Ana Ruiz", Title: "2025 Annual Histology Convention", Date: mustDate("2025-09-09"), Credits: 600, Unit: celedger.UnitContactHour},
		},
		{
			name: "verb and format on lines of their own",
			lines: []string{"Certificate of Completion", "This certificate is proudly presented to", "Aurelio Fitzgerald-Mbeki", "for viewing",
				"the on-demand webinar", "Flow Cytometry Gating Strategies", "Viewed: 05/03/2025 | 1.0 P.A.C.E.® contact hour"},
			want: certificate{Name: "Aurelio Fitzgerald-Mbeki", Title: "Flow Cytometry Gating Strategies", Date: mustDate("2025-05-03"), Credits: 100, Unit: celedger.UnitContactHour},
		},
		{
			name: "a clause open at its preposition under the heading",
			lines: []string{"Continuing Education Certificate", "This certifies attendance at", "the webinar", "Antibody Identification in the Multiply Transfused Patient",
				"Participant:   Theodore Achterberg, MT(ASCP)SBB", "Date of Program:   04/17/2025", "Contact Hours:   1.0"},
			want: certificate{Name: "Theodore Achterberg", Title: "Antibody Identification in the Multiply Transfused Patient", Date: mustDate("2025-04-17"), Credits: 100, Unit: celedger.UnitContactHour},
		},
		{
			name: "an ID line between the name and the verb; suffix and designation",
			lines: []string{"In-Service Attendance Certificate", "Darnell Okafor Jr., MLS(ASCP)CM SM", "Employee ID 0052917",
				"participated in the departmental in-service", "Rapid Response: Critical Value Notification",
				"on 19 August 2025, earning 0.5 contact hour.", "Course ID: RR-01 Account: 0015-88321", "Conference code PNW25"},
			want: certificate{Name: "Darnell Okafor Jr.", Title: "Rapid Response: Critical Value Notification", ActivityID: "RR-01", Date: mustDate("2025-08-19"), Credits: 50, Unit: celedger.UnitContactHour},
		},
		{
			name: "a meeting by its name, its days as a range, credits claimed of a maximum",
			lines: []string{"Certificate of Attendance", "Attendee:   Bernadette Lafleur-Ngata", "Meeting:   Spring Seminar 2025",
				"Dates:   2025-06-23 to 2025-06-27", "P.A.C.E. hours claimed   1.5 of a possible 2.0"},
			want: certificate{Name: "Bernadette Lafleur-Ngata", Title: "Spring Seminar 2025", Date: mustDate("2025-06-27"), Credits: 150, Unit: celedger.UnitContactHour},
		},
		{
			name: "a title in straight quotes on its own line",
			lines: []string{"This is to certify that", "Inès Dubois-Laurent", "attended", "the webinar", "\"Biothreat Agent Rule-Out\"",
				"on the fifth day of March, 2025, and is awarded 1.5 contact hours of P.A.C.E.® credit."},
			want: certificate{Name: "Inès Dubois-Laurent", Title: "Biothreat Agent Rule-Out", Date: mustDate("2025-03-05"), Credits: 150, Unit: celedger.UnitContactHour},
		},
		{
			name: "a session's number in the verb's sentence, its day within the meeting's",
			lines: []string{"NSH Symposium/Convention 2025", "September 12-16, 2025 · Providence, Rhode Island", "Workshop Completion Certificate",
				"Dr. Benedikt Hoffmann-Reyes, HT(ASCP)", "attended workshop W-114 on September 13, 2025", "Gross Room Essentials: Specimen Orientation", "2.0 contact hours"},
			want: certificate{Name: "Benedikt Hoffmann-Reyes", Title: "Gross Room Essentials: Specimen Orientation", ActivityID: "W-114", Date: mustDate("2025-09-13"), Credits: 200, Unit: celedger.UnitContactHour},
		},
		{
			name: "a format before the title's colon; a hyphenated name word",
			lines: []string{"CERTIFICATE OF ATTENDANCE", "Participant Name:   Ms. Thaddeus O'Malley-Brennan",
				"Program:   eCast: Patient Blood Management Metrics", "Date of Program:   April 16, 2025", "Credits Awarded:   1.5 contact hours"},
			want: certificate{Name: "Thaddeus O'Malley-Brennan", Title: "Patient Blood Management Metrics", Date: mustDate("2025-04-16"), Credits: 150, Unit: celedger.UnitContactHour},
		},
		{
			name: "an event whose name starts with a hyphenated word",
			lines: []string{"Certificate of Attendance", "In appreciation of your participation, this certificate is presented to", "Bartholomew Nkemelu",
				"for attending the Tri-State Clinical Laboratory Conference 2025.", "Total P.A.C.E.® contact hours earned: 9.0", "September 26, 2025"},
			want: certificate{Name: "Bartholomew Nkemelu", Title: "Tri-State Clinical Laboratory Conference 2025", Date: mustDate("2025-09-26"), Credits: 900, Unit: celedger.UnitContactHour},
		},
		{
			name: "a statement of credit, its name over a labelled title",
			lines: []string{"American Society for Clinical Pathology", "Statement of Credit", "EWA KOWALCZYK",
				"Course   Chemistry Calibration Verification", "Course # CHEM-2572", "Date Completed 07/30/2025", "CMLE Credits 1.5"},
			want: certificate{Name: "EWA KOWALCZYK", Title: "Chemistry Calibration Verification", ActivityID: "CHEM-2572", Date: mustDate("2025-07-30"), Credits: 150, Unit: celedger.UnitCMLE},
		},
		{
			name: "the credits between the verb and the title; claimed of a possible",
			lines: []string{"This certifies that", "Émilie Tremblay-Gagnon", "has earned", "0.3 Continuing Education Units", "in",
				"Immunohematology Refresher for Generalists", "completed on May 9th, 2025"},
			want: certificate{Name: "Émilie Tremblay-Gagnon", Title: "Immunohematology Refresher for Generalists", Date: mustDate("2025-05-09"), Credits: 30, Unit: celedger.UnitCEU},
		},
		{
			name: "claimed of a possible, in a sentence",
			lines: []string{"Certificate of Participation", "presented to", "Gabriel Oyelaran", "for participating in", "the live webinar",
				"Mass Spectrometry in Toxicology", "broadcast August 6, 2025", "1.0 of a possible 1.5 P.A.C.E.® contact hours"},
			want: certificate{Name: "Gabriel Oyelaran", Title: "Mass Spectrometry in Toxicology", Date: mustDate("2025-08-06"), Credits: 100, Unit: celedger.UnitContactHour},
		},
		{
			name: "a meeting named only on the top line",
			lines: []string{"Great Plains Laboratory Summit", "October 1–3, 2025 · Omaha, Nebraska", "Continuing Education Transcript & Certificate",
				"Attendee: Ingrid Solberg-Matthews, MLS(ASCP)CM, SM", "TOTAL P.A.C.E.® CONTACT HOURS   7.5", "I attest that I attended the sessions listed above."},
			want: certificate{Name: "Ingrid Solberg-Matthews", Title: "Great Plains Laboratory Summit", Date: mustDate("2025-10-03"), Credits: 750, Unit: celedger.UnitContactHour},
		},
		{
			name: "a row of values over a row of labels that share only their order",
			lines: []string{"Certificate of Completion", "Rashida Abernathy", "Compliance: HIPAA for Laboratory Personnel",
				"SLE-COMP-009   January 27, 2025   1.0", "Course ID   Completed   Contact hours"},
			want: certificate{Name: "Rashida Abernathy", Title: "Compliance: HIPAA for Laboratory Personnel", ActivityID: "SLE-COMP-009", Date: mustDate("2025-01-27"), Credits: 100, Unit: celedger.UnitContactHour},
		},
		{
			name: "a figure in brackets after its words; a code before a two-word label",
			lines: []string{"Certificate of Attendance", "awarded to", "Olamide Fashola", "for completing the online course", "Orientation Done Right: Onboarding New Bench Techs",
				"Course #: BF-1021 Completion Date: 12-Aug-2025 — one (1.0) P.A.C.E.® contact hour"},
			want: certificate{Name: "Olamide Fashola", Title: "Orientation Done Right: Onboarding New Bench Techs", ActivityID: "BF-1021", Date: mustDate("2025-08-12"), Credits: 100, Unit: celedger.UnitContactHour},
		},
		{
			name: "the verb's word as a date's label in a facts line",
			lines: []string{"American Society for Clinical Pathology", "Certificate", "Zoë Ferreira-Ibáñez", "Transfusion Reactions: Recognition and Investigation",
				"1.5 CMLE credits · Completed July 8, 2025 · Activity ID: 25-CMLE-7731"},
			want: certificate{Name: "Zoë Ferreira-Ibáñez", Title: "Transfusion Reactions: Recognition and Investigation", ActivityID: "25-CMLE-7731", Date: mustDate("2025-07-08"), Credits: 150, Unit: celedger.UnitCMLE},
		},
		{
			name: "a label after the sentence's date on one line",
			lines: []string{"In-Service Education Record", "This is to verify that", "Theodore Brandvold", "participated in",
				"Specimen Processing for New Staff", "on 11/03/2025 Contact hours: 4.0"},
			want: certificate{Name: "Theodore Brandvold", Title: "Specimen Processing for New Staff", Date: mustDate("2025-11-03"), Credits: 400, Unit: celedger.UnitContactHour},
		},
		{
			name: "an offering's number inside the date's sentence",
			lines: []string{"This certifies that", "Émilie Tremblay-Gagnon", "has earned", "0.3 Continuing Education Units", "in",
				"Immunohematology Refresher for Generalists", "completed on May 9th, 2025 Offering AHS-CE-2590"},
			want: certificate{Name: "Émilie Tremblay-Gagnon", Title: "Immunohematology Refresher for Generalists", ActivityID: "AHS-CE-2590", Date: mustDate("2025-05-09"), Credits: 30, Unit: celedger.UnitCEU},
		},
		{
			name: "a meeting's name, its city, state and days after commas; a session number with its mark",
			lines: []string{"Certificate of Attendance", "This certifies that Jane Doe attended",
				"the Great Lakes Regional Laboratory Symposium, Grand Rapids, MI, Oct. 2-3, 2026.", "attended workshop #W-12 · 6.0 contact hours"},
			want: certificate{Name: "Jane Doe", Title: "Great Lakes Regional Laboratory Symposium", ActivityID: "W-12", Date: mustDate("2026-10-03"), Credits: 600, Unit: celedger.UnitContactHour},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readCertificate(textPage(tt.lines), "")
			if len(got.Problems) > 0 {
				t.Fatalf("problems: %v", got.Problems)
			}
			got.Provider, got.HasCredits, got.Problems, got.why = "", false, nil, nil
			got.Type = ""        // (the format as activity type: TestFormatAsActivityType)
			got.UnitPrinted = "" // (the unit as printed: TestUnitPrinted, the golden files)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
	c := readCertificate(textPage([]string{"Certificate of Attendance", "Awarded to Jane Doe"}), "")
	var fields []string
	for _, p := range c.Problems {
		fields = append(fields, p.Field)
	}
	if strings.Join(fields, ",") != "Date,Title,Credits" {
		t.Errorf("missing fields %v, want Date,Title,Credits", fields)
	}
}

// TestCertificateProvider reads the provider where certificates print it.
func TestCertificateProvider(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"a unit presents, the institution issues", []string{"Saint Brendan Regional Medical Center", "Certificate of Completion",
			"Participant:   Kwame Mensah-Bonsu", "Topic:   Specimen Orientation and Inking", "Date:   07/22/2025", "Contact hours:   1.0",
			"Presented by Anatomic Pathology Section."}, "Saint Brendan Regional Medical Center"},
		{"a logo acronym over the heading", []string{"ADLM", "Certificate of Attendance", "This certifies that Benedikt Kohlhaas participated in the short course",
			"Mass Spectrometry in the Routine Clinical Laboratory", "Course dates:   July 27-28, 2025", "ACCENT credits:   6.0"}, "ADLM"},
		{"an exclamation before the accreditation subject", []string{"Certificate of Completion", "Congratulations! This certifies that",
			"Jane Doe", "has successfully completed", "Antimicrobial Susceptibility Testing", "Completed July 9, 2025 · 1.5 contact hours",
			"Congratulations! LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences"}, "LabCE"},
		{"facts above the accreditation statement", []string{"Certificate of Completion", "This certificate is presented to", "Jane Doe",
			"for viewing", "the on-demand webinar", "Flow Cytometry Gating Strategies",
			"Webinar ID: CSW-2205 | Viewed: 05/03/2025 | 1.0 P.A.C.E.® contact hour | Order #: 44-19023",
			"CytoSignal Education Webinars is approved as a provider of continuing education programs in the clinical laboratory sciences."}, "CytoSignal Education Webinars"},
		{"an issuer line in parts: acronym • name", []string{"GLLPN • Great Lakes Laboratory Professionals Network", "Statement of Continuing Education Credit",
			"Lucía Fernández-Ibarra, MLS(ASCP)", "attended the Great Lakes Regional Laboratory Symposium, Oct. 2-3, 2026, and is awarded",
			"6.0 P.A.C.E.® Contact Hours"}, "Great Lakes Laboratory Professionals Network"},
		{"a company over its training academy", []string{"Kestrel Bioanalytics", "Technical Training Academy", "Training Certificate",
			"Jürgen Albrecht", "has completed", "Applications Training: KB-Chem 4000 Immunoassay Module", "17–21 March 2025", "1.4 CEUs awarded"}, "Kestrel Bioanalytics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readCertificate(textPage(tt.lines), "").Provider; got != tt.want {
				t.Errorf("provider %q, want %q", got, tt.want)
			}
		})
	}
}

func mustDate(s string) celedger.Date {
	d, err := celedger.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// A transcript is its provider's by its own title block: an ASCP
// transcript whose rows name AABB standards and CAP checklists stays
// ASCP's, with ASCP's layout and provider on every row.
func TestPDFTranscriptProviderFromTitle(t *testing.T) {
	d := pdfgen.New()
	body, bold := d.Standard("Helvetica"), d.Standard("Helvetica-Bold")
	d.AddTable(pdfgen.Table{
		Title:   "ASCP CE Transcript",
		Block:   [][]string{{"Name: Daniel Reyes", "Customer ID: 07654321"}},
		Columns: []pdfgen.Column{{Label: "Activity Title", Width: 260}, {Label: "Completion Date", Width: 100}, {Label: "Credits", Width: 60}, {Label: "Credit Type", Width: 60}},
		Rows: [][]string{
			{"AABB Standards for Blood Banks: What Changed", "02/11/2025", "1.0", "CMLE"},
			{"Preparing for CAP Checklist Inspections", "05/20/2025", "1.5", "CMLE"},
		},
		Font: body, Bold: bold, Footer: true,
	})
	data := d.Bytes()
	doc, err := parsePDF(bytes.NewReader(data), int64(len(data)), "ascp.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "ascp-transcript-pdf" || len(doc.Records) != 2 {
		t.Fatalf("format %q, %d records", doc.Format, len(doc.Records))
	}
	for _, r := range doc.Records {
		if r.Provider != "ASCP" {
			t.Errorf("%q: provider %q", r.Title, r.Provider)
		}
	}
}

// A page of dated, numbered lines under a header no alias knows is a
// table whose header was not recognised: never read as a certificate,
// and the error names the labels it saw.
func TestPDFUnrecognisedTable(t *testing.T) {
	page := textPage([]string{
		"Learner: Imogen Vasquez-Thorne",
		"Lesson   Finished   Amount",
		"Antibody Panels   02/17/2025   1.0",
		"Lipid Panels   04/08/2025   1.5",
		"Malaria Smears   06/30/2025   0.5",
	})[0]
	n, labels, ok := unrecognisedTable([]pageText{{Number: 1, Lines: page}})
	if !ok || n != 1 || labels != "Lesson, Finished, Amount" {
		t.Errorf("unrecognisedTable = %d, %q, %v; want page 1, the labels, true", n, labels, ok)
	}
	cert := textPage([]string{"This certifies that Jane Doe has completed Lab Safety", "on 03/04/2025 and is awarded 1.5 contact hours."})[0]
	if _, _, ok := unrecognisedTable([]pageText{{Number: 1, Lines: cert}}); ok {
		t.Error("a certificate read as a table")
	}
}

// A certificate whose small table of facts has no date column ("Event ID
// | P.A.C.E.® Contact Hours | Program Level") gives no transcript rows:
// the certificate reader reads it (certs-z4's zd33, a TCPDF certificate
// whose ruled table reads as a transcript's header and row).
func TestCertificateTableWithoutDate(t *testing.T) {
	path := filepath.Join("testdata", "blind", "certs-z4", "zd33.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parsePDF(bytes.NewReader(data), int64(len(data)), path)
	if err != nil || len(doc.Records) != 1 || doc.Format != "ce-certificate-pdf" {
		t.Fatalf("%q: %d records, %v", doc.Format, len(doc.Records), err)
	}
	if r := doc.Records[0]; r.Completed.String() != "2025-09-17" || r.ActivityID != "TSDH-LW-2509" {
		t.Errorf("%+v", r)
	}
}

// TestUnitPrinted: a certificate keeps its credit unit as printed beside
// the unit it is read as.
func TestUnitPrinted(t *testing.T) {
	c := readCertificate(textPage([]string{"Certificate of Completion", "This certifies that", "Imani Okonkwo-Reyes",
		"has completed", "Sepsis Biomarkers in the Emergency Department", "on March 3, 2025", "and is awarded 1.5 P.A.C.E.® contact hours"}), "")
	if c.Unit != celedger.UnitContactHour || c.UnitPrinted != "P.A.C.E.® contact hours" {
		t.Errorf("unit %q, printed %q; why %q", c.Unit, c.UnitPrinted, c.why)
	}
}

// A letter over a one-row table of courses (certs-z14 zn02): the holder
// is the one its certifying sentence names, and "Sincerely," and the
// signer under the note below the table are no rows (they were read as a
// row with no date, a false "missing date").
func TestLetterOverTableOfCourses(t *testing.T) {
	path := filepath.Join("testdata", "blind", "certs-z14", "zn02.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parsePDF(bytes.NewReader(data), int64(len(data)), path)
	if err != nil || len(doc.Records) != 1 {
		t.Fatalf("%q: %d records, %v", doc.Format, len(doc.Records), err)
	}
	if h := doc.Records[0].Holder.Name; h != "Tobias Okonkwo-Hale Jr." {
		t.Errorf("holder %q", h)
	}
	if len(doc.Problems) > 0 {
		t.Errorf("problems %v", doc.Problems)
	}
}

// A certificate in CEUs over a course outline of days in hours: the days
// are its parts (3.0 CEU is 30 contact hours, five days of 6.0), so the
// certificate is the record (certs-z18 zr16).
func TestItemisesInCEUs(t *testing.T) {
	day := func(d string) celedger.Record {
		return celedger.Record{Title: "Day " + d, Completed: mustDate("2025-06-0" + d), Credits: 600, Unit: celedger.UnitContactHour}
	}
	rows := []celedger.Record{day("2"), day("3"), day("4"), day("5"), day("6")}
	cert := celedger.Record{Title: "Molecular Diagnostics Bootcamp", Completed: mustDate("2025-06-06"), Credits: 300, Unit: celedger.UnitCEU}
	if !itemises(rows, cert) {
		t.Error("five days of 6.0 hours are not read as the parts of a 3.0 CEU course")
	}
}
