// Command pdfsamples writes the PDF samples and test files made with
// celedger's own PDF writer (internal/pdfgen). make.sh runs it and then
// the other producers (Chromium, LibreOffice, Ghostscript, qpdf).
//
//	go run ./tools/pdfsamples -samples samples/pdf -testdata parsers/testdata/pdf
//
// All people are fictional.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"celedger/internal/pdfgen"
)

func main() {
	samples := flag.String("samples", "samples/pdf", "folder for the sample PDFs")
	testdata := flag.String("testdata", "parsers/testdata/pdf", "folder for the odd-case PDFs")
	staff := flag.String("staff", "samples/staff", "folder of the educator's staff samples")
	scenario := flag.String("scenario", "cmd/import/testdata/scenarios/certificate-pdf-duplicate", "folder of the PDF reconciliation scenario")
	flag.Parse()
	for name, b := range map[string][]byte{
		filepath.Join(*samples, "ascp-transcript-maria-okafor.pdf"):  ascpTranscript(),
		filepath.Join(*samples, "aabb-transcript-maria-okafor.pdf"):  aabbTranscript(),
		filepath.Join(*samples, "ascp-certificate-maria-okafor.pdf"): ascpCertificateForm(),
		filepath.Join(*staff, "alvarez-ascp-certificate.pdf"):        staffCertificate(),
		filepath.Join(*scenario, "aabb-certificate.pdf"):             scenarioAABBCertificate(),
		filepath.Join(*scenario, "labce-certificate.pdf"):            scenarioLabCECertificate(),
		filepath.Join(*testdata, "scan-page.pdf"):                    scanPage(),
		filepath.Join(*testdata, "transcript-scan-page2.pdf"):        transcriptWithScan(),
		filepath.Join(*testdata, "pdf20-certificate.pdf"):            pdf20(),
		filepath.Join(*testdata, "unicode-certificate.pdf"):          unicodeCertificate(),
	} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			fail(err)
		}
		if err := os.WriteFile(name, b, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "pdfsamples:", err)
	os.Exit(1)
}

// ascpTranscript is Maria Okafor's ASCP CMP transcript: Type0 fonts with a
// ToUnicode CMap (en dashes, curly quotes), compressed streams, 2 pages,
// a title wrapped onto three lines and a wrapped row crossing the page
// break.
func ascpTranscript() []byte {
	d := pdfgen.New()
	d.Compress = true
	body, bold := d.Unicode("ArialMT"), d.Unicode("Arial-BoldMT")
	d.AddTable(pdfgen.Table{
		Title: "American Society for Clinical Pathology – Board of Certification",
		Block: [][]string{
			{"CMP Transcript", "Printed: 11/20/2026"},
			{"Name: Maria Okafor", "ASCP Customer ID: 01234567"},
			{"Certification: MLS(ASCP)CM", "CMP Cycle: 07/01/2024 - 06/30/2027"},
		},
		Columns: []pdfgen.Column{{Label: "Activity Title", Width: 220}, {Label: "Activity Type", Width: 90}, {Label: "Completion Date", Width: 100}, {Label: "Credits", Width: 54}, {Label: "Credit Type", Width: 60}},
		Rows: [][]string{
			{"Hemoglobin Variants: HPLC and Electrophoresis Interpretation", "Online Course", "08/14/2024", "1.5", "CMLE"},
			{"Quality Control – Westgard Rules in Practice", "Webinar", "09/30/2024", "1.0", "CMLE"},
			{"Mycology Essentials: Identifying Yeasts and Moulds in the Routine Clinical Microbiology Laboratory — A Practical Bench Guide", "Online Course", "11/12/2024", "2.0", "CMLE"},
			{"Transfusion Medicine: “Massive Transfusion Protocols” and Component Therapy", "Online Course", "01/22/2025", "1.0", "CMLE"},
			{"Point-of-Care Glucose Testing Compliance", "Online Course", "04/08/2025", "0.5", "CMLE"},
			{"Laboratory Information Systems: Interfaces, Middleware and Autoverification Rules", "Webinar", "06/19/2025", "1.5", "CMLE"},
			{"Flow Cytometry Basics for Leukemia Immunophenotyping", "Online Course", "09/03/2025", "2.0", "CMLE"},
			{"Renal Function Testing: eGFR Equations Revisited", "Online Course", "10/27/2025", "1.0", "CMLE"},
			{"Hospital-Acquired Infections: C. difficile Testing Algorithms", "Webinar", "12/02/2025", "1.0", "CMLE"},
			{"Cultural Competence and Patient Privacy in the Laboratory", "Online Course", "01/13/2026", "1.0", "CMLE"},
			{"Molecular Diagnostics: PCR Troubleshooting for the Clinical Laboratory Scientist Working in Microbiology and Virology", "Online Course", "02/10/2026", "1.5", "CMLE"},
			{"Body Fluid Crystals Atlas Review", "Online Course", "04/21/2026", "0.5", "CMLE"},
			{"Platelet Function Testing and Antiplatelet Therapy Monitoring", "Webinar", "05/05/2026", "1.0", "CMLE"},
			{"Blood Culture Contamination: Prevention and Reporting", "Online Course", "06/02/2026", "1.0", "CMLE"},
		},
		Font: body, Bold: bold, Size: 10, PageW: 612, PageH: 530, Margin: 40, Footer: true,
	})
	return d.Bytes()
}

// aabbTranscript is Maria Okafor's AABB education transcript: standard
// fonts with WinAnsiEncoding, each word placed by a TJ offset, no
// compression.
func aabbTranscript() []byte {
	d := pdfgen.New()
	body, bold := d.Standard("Helvetica"), d.Standard("Helvetica-Bold")
	d.AddTable(pdfgen.Table{
		Title: "AABB Education Transcript",
		Block: [][]string{
			{"Participant: Maria Okafor", "Printed: 11/20/2026"},
			{"Transcript period: 07/01/2024 to 11/20/2026"},
		},
		Columns: []pdfgen.Column{{Label: "Program Number", Width: 104}, {Label: "Program Title", Width: 200}, {Label: "Program Date", Width: 86}, {Label: "CE Hours", Width: 64}, {Label: "Credit Type", Width: 66}},
		Rows: [][]string{
			{"AABB-24-301", "Antibody Titration in Prenatal Testing: Methods, Pitfalls and Interpretation", "12-Nov-2024", "1.5", "P.A.C.E."},
			{"AABB-25-112", "Cold Agglutinin Disease: Serologic Workup", "21-Mar-2025", "1.0", "P.A.C.E."},
			{"AABB-25-230", "Whole Blood Programs in Trauma Resuscitation", "14-Aug-2025", "1.0", "P.A.C.E."},
			{"AABB-25-318", "Cellular Therapy Product Labeling with ISBT 128: Chain of Identity, Chain of Custody and Distribution Records", "06-Nov-2025", "2.0", "P.A.C.E."},
			{"AABB-26-027", "Platelet Refractoriness and HLA-Matched Platelets", "29-Jan-2026", "1.0", "P.A.C.E."},
			{"AABB-26-140", "Pathogen Reduction Technologies for Platelets and Plasma", "22-Apr-2026", "1.5", "P.A.C.E."},
			{"AABB-26-205", "Emergency Release of Uncrossmatched Blood: Policies and Audits", "18-Jun-2026", "0.5", "P.A.C.E."},
		},
		Font: body, Bold: bold, Size: 11, PageW: 612, PageH: 400, Margin: 40, Footer: true, TJ: true,
	})
	return d.Bytes()
}

// ascpCertificateForm is a certificate from a flattened PDF form: every
// field value sits in a Form XObject placed on the page.
func ascpCertificateForm() []byte {
	d := pdfgen.New()
	d.Compress = true
	f, b := d.Standard("Times-Roman"), d.Standard("Times-Bold")
	p := d.AddPage(792, 612)
	p.Text(b, 26, 200, 520, "Certificate of Completion")
	p.Text(f, 14, 250, 490, "American Society for Clinical Pathology")
	form := d.AddForm(600, 260)
	form.Text(f, 13, 0, 220, "Participant: Maria Okafor")
	form.Text(f, 13, 0, 195, "Course Title: Preanalytical Errors in Coagulation Testing")
	form.Text(f, 13, 0, 170, "Date of Completion: February 18, 2026")
	form.Text(f, 13, 0, 145, "Credits: 1.0 CMLE")
	form.Text(f, 13, 0, 120, "Course #: ASCP-CE-26-0412")
	form.Text(f, 10, 0, 60, "ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.")
	p.Place(form, 80, 150)
	return d.Bytes()
}

// staffCertificate is a sentence-style certificate in the educator's
// staff folder: the person is known only by the name it prints (accented),
// which the roster must match.
func staffCertificate() []byte {
	d := pdfgen.New()
	f, b := d.Unicode("Helvetica"), d.Unicode("Helvetica-Bold")
	p := d.AddPage(792, 612)
	p.Text(b, 26, 190, 520, "Certificate of Completion")
	p.Text(f, 14, 230, 490, "American Society for Clinical Pathology")
	p.Text(f, 12, 100, 440, "This certifies that")
	p.Text(b, 20, 100, 410, "José Álvarez")
	p.Text(f, 12, 100, 380, "has completed “Transfusion Reactions: Recognition and Workup”")
	p.Text(f, 12, 100, 362, "on May 12, 2026 and is awarded 1.5 CMLE credits.")
	p.Text(f, 10, 100, 320, "Course #: ASCP-CE-26-0731")
	return d.Bytes()
}

// scenarioAABBCertificate repeats a course of the scenario's ASCP
// transcript, a day later, with nursing hours beside the laboratory ones.
func scenarioAABBCertificate() []byte {
	d := pdfgen.New()
	f, b := d.Standard("Helvetica"), d.Standard("Helvetica-Bold")
	p := d.AddPage(792, 612)
	p.Text(b, 24, 200, 520, "Certificate of Attendance")
	p.Text(f, 13, 190, 495, "AABB — Association for the Advancement of Blood & Biotherapies")
	p.Text(f, 12, 100, 440, "This certifies that Noor Haddad has completed")
	p.Text(f, 12, 100, 422, "Transfusion Reactions: Recognition and Workup")
	p.Text(f, 12, 100, 404, "on April 11, 2025 and is awarded 1.5 P.A.C.E.® contact hours.")
	p.Text(f, 12, 100, 386, "Nursing: 2.0 contact hours (ANCC).")
	p.Text(f, 10, 100, 340, "Program Number: AABB-25-410")
	return d.Bytes()
}

// scenarioLabCECertificate is a labelled-lines certificate for a course
// the transcript does not list.
func scenarioLabCECertificate() []byte {
	d := pdfgen.New()
	f, b := d.Standard("Helvetica"), d.Standard("Helvetica-Bold")
	p := d.AddPage(792, 612)
	p.Text(b, 24, 220, 520, "Certificate of Completion")
	p.Text(f, 13, 330, 495, "LabCE")
	p.Text(f, 12, 100, 440, "Participant: Noor Haddad")
	p.Text(f, 12, 100, 420, "Course Title: Medical Ethics in the Laboratory")
	p.Text(f, 12, 100, 400, "Date of Completion: September 9, 2025")
	p.Text(f, 12, 100, 380, "Credits: 1.0 contact hour")
	p.Text(f, 12, 100, 360, "Course #: LCE-2291")
	return d.Bytes()
}

// unicodeCertificate uses a Type0 font whose ToUnicode CMap maps codes
// through bfchar, bfrange with a start value and bfrange with arrays: an
// accented name, an en dash and curly quotes must come out as printed.
func unicodeCertificate() []byte {
	d := pdfgen.New()
	f := d.Unicode("ArialMT")
	p := d.AddPage(792, 612)
	p.Text(f, 24, 220, 520, "Certificate of Attendance")
	p.Text(f, 12, 100, 470, "This certifies that")
	p.Text(f, 20, 100, 440, "Zoë Ní Bhriain")
	p.Text(f, 12, 100, 410, "has successfully completed “Sepsis Biomarkers – Lactate and Procalcitonin”")
	p.Text(f, 12, 100, 392, "on October 14, 2025 and is awarded 1.5 P.A.C.E.® contact hours.")
	p.Text(f, 12, 100, 374, "Nursing: 1.5 contact hours (ANCC).")
	p.Text(f, 10, 100, 330, "Provided by St. Brigid’s Hospital Laboratory Education – Program Number 572-118-25")
	return d.Bytes()
}

// scanPage is a certificate page with only an image-like rectangle.
func scanPage() []byte {
	d := pdfgen.New()
	p := d.AddPage(612, 792)
	p.Rect(36, 36, 540, 720, 0.8)
	return d.Bytes()
}

// transcriptWithScan is a transcript whose second page is a scan.
func transcriptWithScan() []byte {
	d := pdfgen.New()
	body, bold := d.Standard("Helvetica"), d.Standard("Helvetica-Bold")
	d.AddTable(pdfgen.Table{
		Title:   "ASCP CE Transcript",
		Block:   [][]string{{"Name: Daniel Reyes", "Customer ID: 07654321"}},
		Columns: []pdfgen.Column{{Label: "Activity Title", Width: 260}, {Label: "Completion Date", Width: 100}, {Label: "Credits", Width: 60}, {Label: "Credit Type", Width: 60}},
		Rows: [][]string{
			{"Urine Sediment Morphology Refresher", "02/11/2025", "1.0", "CMLE"},
			{"Chemistry Calibration Verification", "05/20/2025", "1.5", "CMLE"},
		},
		Font: body, Bold: bold, Footer: true,
	})
	d.AddPage(612, 792).Rect(36, 36, 540, 720, 0.7)
	return d.Bytes()
}

// pdf20 is a certificate with a %PDF-2.0 header.
func pdf20() []byte {
	d := pdfgen.New()
	d.Version = "2.0"
	f := d.Standard("Helvetica")
	p := d.AddPage(612, 792)
	p.Text(f, 20, 150, 700, "Certificate of Completion")
	p.Lines(f, 12, 16, 72, 640, []string{
		"This certifies that Daniel Reyes has completed",
		"Anemia of Chronic Disease: Iron Studies in Context",
		"on 09/09/2025 and is awarded 1.0 contact hour.",
		"LabCE.com - approved by ASCLS P.A.C.E.",
	})
	return d.Bytes()
}
