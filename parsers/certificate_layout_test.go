package parsers

import (
	"fmt"
	"strings"
	"testing"

	"celedger"
	"celedger/parsers/pdf"
)

// placed is a segment at x (points) on a line at baseline y, in size pt:
// the geometry of a PDF page, for certificate tests by layout kind.
type placed struct {
	y, x, size float64
	text       string
}

// placedPage builds one page of lines from placed segments; segments with
// the same y share a line. A glyph is half an em wide, a space a quarter;
// "|" in a text is a space of 0.8 em (a narrow gutter inside a segment).
func placedPage(segs []placed) [][]textLine {
	var page []textLine
	for _, p := range segs {
		s := segment{X0: p.x, Size: p.size}
		x := p.x
		for _, r := range p.text {
			w, text := glyphWidth(r, p.size), string(r)
			if r == '|' {
				text = " "
			}
			s.Glyphs = append(s.Glyphs, pdf.Glyph{X0: x, X1: x + w, Text: text})
			x += w
		}
		s.X1, s.Text = x, strings.ReplaceAll(p.text, "|", " ")
		if n := len(page); n > 0 && page[n-1].Y == p.y {
			page[n-1].Segs = append(page[n-1].Segs, s)
			page[n-1].Size = max(page[n-1].Size, p.size)
			continue
		}
		page = append(page, textLine{Y: p.y, Size: p.size, Segs: []segment{s}})
	}
	return [][]textLine{page}
}

// TestCertificateLayoutKinds reads certificates whose facts only their
// geometry ties together.
func TestCertificateLayoutKinds(t *testing.T) {
	tests := []struct {
		name string
		page []placed
		want func(c certificate) string
	}{
		{
			// A label row's neighbour below starts the next row's label
			// ("Next competency" under "Contact hours"): not a wrapped cell.
			name: "next row's label is not a wrap",
			page: []placed{
				{700, 200, 16, "Competency Assessment Completion"},
				{660, 70, 10.5, "Employee"}, {660, 160, 10.5, "Mariana Szabo-Kendrick"},
				{640, 70, 10.5, "Module"}, {640, 160, 10.5, "Phlebotomy Competency Renewal"},
				{620, 70, 10.5, "Course Code"}, {620, 160, 10.5, "LHS-PHL-COMP-25"}, {620, 325, 10.5, "Contact hours"}, {620, 425, 10.5, "0.75"},
				{608, 325, 9.5, "Next competency"},
				{603, 70, 10.5, "Completed"}, {603, 160, 10.5, "3 March 2025"}, {603, 425, 10.5, "3 March 2026"},
				{597, 325, 10.5, "due"},
			},
			want: func(c certificate) string {
				return check(c.Credits.String() == "0.75", "credits", c.Credits.String(), "0.75") +
					check(c.Date.String() == "2025-03-03", "date", c.Date.String(), "2025-03-03")
			},
		},
		{
			// A label wrapped onto two lines over its value
			// ("Continuing Education Hours" / "Earned" / "10.0").
			name: "label on two lines over its value",
			page: append(attendance(), []placed{
				{335, 260, 12, "Scottsdale, Arizona · June 1, 2025"},
				{301, 196, 10, "Continuing Education Hours"},
				{295, 395, 10, "Attendee #"}, {295, 515, 10, "Chapter ID"},
				{290, 256, 10, "Earned"},
				{275, 260, 14, "10.0"}, {275, 411, 12, "0412"}, {275, 528, 12, "AZ-07"},
			}...),
			want: func(c certificate) string {
				return check(c.Credits.String() == "10" || c.Credits.String() == "10.00", "credits", c.Credits.String(), "10") +
					check(c.ActivityID == "", "activity ID (a chapter's number)", c.ActivityID, "")
			},
		},
		{
			// An issuer name wrapped under itself beside a logo word.
			name: "issuer line wraps",
			page: append([]placed{
				{563, 220, 14, "Sonoran Desert Chapter of the Clinical Laboratory Management"},
				{547, 107, 34, "CLMA"}, {547, 220, 14, "Association"},
				{534, 220, 10, "Phoenix · Tucson · Flagstaff"},
			}, append(attendance(), placed{335, 260, 12, "June 1, 2025 · 6.0 CE hours"})...),
			want: func(c certificate) string {
				want := "Sonoran Desert Chapter of the Clinical Laboratory Management Association"
				return check(c.Provider == want, "provider", c.Provider, want)
			},
		},
		{
			// Labels right-aligned against their values, a gap a little
			// wider than a word space: one segment per line, cut at the
			// value column; the cue label wraps with its value beside.
			name: "right-aligned labels against their values",
			page: []placed{
				{490, 276, 24, "Training Certificate"},
				formRow(434, "Trainee", "Eleanor M. Fitzwilliam-Nakamura"),
				formRow(411, "has demonstrated", "Packaging and Shipping of Infectious Substances (Category A and"),
				formRow(397, "completion of", "Category B) — 2025 Recertification"),
				formRow(375, "Event code", "PHL-PS25-02"),
				formRow(352, "Completed", "2025-02-11"),
				formRow(330, "Contact hours", "3.0 (P.A.C.E.®)"),
			},
			want: func(c certificate) string {
				title := "Packaging and Shipping of Infectious Substances (Category A and Category B) — 2025 Recertification"
				return check(c.Title == title, "title", c.Title, title) +
					check(c.Name == "Eleanor M. Fitzwilliam-Nakamura", "name", c.Name, "Eleanor M. Fitzwilliam-Nakamura") +
					check(c.ActivityID == "PHL-PS25-02", "activity ID", c.ActivityID, "PHL-PS25-02")
			},
		},
		{
			// A label over its value, the format between them, the value
			// wrapped and centred under itself.
			name: "format between a label and its centred value",
			page: []placed{
				{699, 128, 30, "Certificate of Completion"},
				{622, 273, 10, "AWARDED TO"},
				{590, 95, 22, "THADDEUS VANTERPOOL"},
				{551, 253, 10, "FOR COMPLETION OF"},
				{532, 260, 12, "the online course"},
				{507, 93, 17, "Competency Assessment for Waived and Nonwaived"},
				{487, 248, 17, "Testing"},
				{442, 214, 11.5, "Completed on"}, {442, 304, 11.5, "February 18, 2025"},
				{424, 214, 11.5, "CE Hours"}, {424, 304, 11.5, "1.0"},
			},
			want: func(c certificate) string {
				title := "Competency Assessment for Waived and Nonwaived Testing"
				return check(c.Title == title, "title", c.Title, title)
			},
		},
		{
			// Under the heading, a program's name in body type, then the
			// course's title set larger; a table's column header above
			// its rows takes no value from the line above it.
			name: "title set larger than the program line; a column header",
			page: []placed{
				{525, 190, 14, "Fairhaven Memorial Hospital · Anatomic Pathology"},
				{488, 198, 28, "Certificate of Attendance"},
				{463, 301, 12, "Laboratory In-Service Program"},
				{441, 114, 16, "Gross Specimen Orientation: Margins and Inking"},
				{415, 65, 10, "Participant"}, {415, 232, 10, "Date of Completion"}, {415, 399, 10, "Contact Hours"},
				{397, 65, 10, "Ophelia Ransome-Kuti"}, {397, 232, 10, "June 18, 2025"}, {397, 399, 10, "1.0"},
				{360, 105, 10, "Session"}, {360, 457, 10, "Hours"},
				{340, 105, 10, "Opening keynote"}, {340, 457, 10, "1.0"},
				{320, 105, 10, "Hematology case studies"}, {320, 457, 10, "2.0"},
				{300, 105, 10, "Microbiology roundtable"}, {300, 457, 10, "2.0"},
			},
			want: func(c certificate) string {
				title := "Gross Specimen Orientation: Margins and Inking"
				return check(c.Title == title, "title", c.Title, title)
			},
		},
		{
			// A title over two lines whose last word is a label's
			// ("Training"), a row of labels under it; a range of days
			// under "Training Dates".
			name: "a wrapped value ending in a label's word",
			page: []placed{
				{622, 211, 24, "Training Certificate"},
				{576, 285, 9, "Participant"},
				{552, 216, 20, "Joaquín Etxeberria"},
				{521, 292, 9, "Course"},
				{502, 75, 14, "Specimen Processor: Advanced Application"},
				{484, 180, 14, "Training"},
				{448, 114, 8.5, "Training Dates"}, {448, 281, 8.5, "Course Code"}, {448, 443, 8.5, "Contact Hours"},
				{435, 85, 10.5, "02/18/2025 - 02/20/2025"}, {435, 272, 10.5, "NBS-AAT-220"}, {435, 460, 10.5, "14.0"},
			},
			want: func(c certificate) string {
				title := "Specimen Processor: Advanced Application Training"
				return check(c.Title == title, "title", c.Title, title) + check(c.Date.String() == "2025-02-20", "date", c.Date.String(), "2025-02-20")
			},
		},
		{
			// A page whose table prints values over labels; the format's
			// label between the name and the title labels the title below.
			name: "a label nearer its value below on a page of values over labels",
			page: []placed{
				{651, 161, 26, "Certificate of Credit"},
				{616, 176, 20, "Kofi Mensah-Bonsu"},
				{588, 283, 10, "Webinar"},
				{565, 88, 16, "Mass Spectrometry in Therapeutic Drug Monitoring"},
				{531, 66, 10, "31522"}, {531, 189, 10, "14 May 2025"}, {531, 312, 10, "1.5"},
				{515, 66, 8, "Session ID"}, {515, 189, 8, "Date"}, {515, 312, 8, "ACCENT® Credit Hours"},
			},
			want: func(c certificate) string {
				title := "Mass Spectrometry in Therapeutic Drug Monitoring"
				return check(c.Title == title, "title", c.Title, title)
			},
		},
		{
			// "Label: value" in one segment; the value wraps onto a
			// line indented to its first letter, not to the label's.
			name: "a labelled value wraps under its first letter",
			page: []placed{
				{712, 60, 16, "Pacific Northwest Pathology Education Consortium"},
				{632, 60, 20, "Credit Certificate"},
				{592, 60, 14, "Samuel Ashworth III, MD"},
				{570, 60, 12, "Activity: Pathology Grand Rounds: Diagnostic Stewardship in Infectious"},
				{554, 117, 12, "Disease Testing"},
				{532, 60, 12, "Activity ID: JA-26-0815"}, {532, 240, 12, "Date of activity: 5 March 2026"},
				{510, 60, 12, "ASCLS P.A.C.E.® contact hours: 2.25"},
			},
			want: func(c certificate) string {
				title := "Pathology Grand Rounds: Diagnostic Stewardship in Infectious Disease Testing"
				return check(c.Title == title, "title", c.Title, title)
			},
		},
		{
			// A label the vocabulary lacks, a title noun after a word
			// that labels nothing, set apart from its wrapped value.
			name: "a title label by its noun",
			page: []placed{
				{717, 76, 12, "St. Brigid Health System"},
				{636, 60, 20, "Continuing Education Verification"},
				{600, 69, 10, "Awarded to:"}, {600, 176, 10, "Zoë Châtelain-Núñez, MLT(ASCP)"},
				{555, 69, 10, "Education event:"}, {555, 176, 10, "Point-of-Care Glucose Testing: Competency and Regulatory"},
				{543, 176, 10, "Requirements"},
				{520, 69, 10, "Event #:"}, {520, 176, 10, "SBH-EV-11734"},
				{498, 69, 10, "Date held:"}, {498, 176, 10, "Thursday, August 6, 2026"},
				{475, 69, 10, "Credit:"}, {475, 176, 10, "1.25 contact hours"},
			},
			want: func(c certificate) string {
				title := "Point-of-Care Glucose Testing: Competency and Regulatory Requirements"
				return check(c.Title == title, "title", c.Title, title) + check(c.ActivityID == "SBH-EV-11734", "activity ID", c.ActivityID, "SBH-EV-11734")
			},
		},
		{
			// A quoted value under its label ends at its closing quote;
			// the format line under it is no part of it.
			name: "a quoted value over a format line",
			page: []placed{
				{711, 67, 14, "ClinLab Webcast Network (CLWN)"},
				{648, 56, 20, "Certificate of Attendance"},
				{624, 56, 8, "ATTENDEE"}, {612, 56, 11, "Cornelius Abernathy-Quist"},
				{591, 56, 8, "PROGRAM"}, {579, 56, 11, "“Mass Spectrometry in the Toxicology Lab: Drug Screening”"},
				{562, 56, 11, "LIVE WEBINAR"},
				{540, 56, 8, "PROGRAM ID"}, {528, 56, 11, "CLWN-26-212"},
				{507, 56, 8, "DATE ATTENDED"}, {495, 56, 11, "December 1, 2026"},
				{473, 56, 8, "P.A.C.E.® CONTACT HOURS"}, {461, 56, 11, "1.0"},
			},
			want: func(c certificate) string {
				title := "Mass Spectrometry in the Toxicology Lab: Drug Screening"
				return check(c.Title == title, "title", c.Title, title)
			},
		},
		{
			// A line of thanks above the name names the occasion, not the
			// person; a series before the title's colon stays in it.
			name: "a line of thanks over the name, a series in the title",
			page: []placed{
				{507, 329, 20, "ASCLS-Louisiana"},
				{474, 283, 14, "In appreciation of your participation in our winter webinar"},
				{433, 295, 24, "Marcus A. Delacroix Sr."},
				{399, 130, 16, "Grand Rounds: Anemia of Chronic Disease Versus Iron Deficiency"},
				{354, 233, 11, "Held 8 January 2025 · Program LA-WEB-0108 · P.A.C.E.® contact hours: 1.0"},
			},
			want: func(c certificate) string {
				title := "Grand Rounds: Anemia of Chronic Disease Versus Iron Deficiency"
				return check(c.Name == "Marcus A. Delacroix Sr.", "name", c.Name, "Marcus A. Delacroix Sr.") + check(c.Title == title, "title", c.Title, title)
			},
		},
		{
			// A kicker set small between the name and the title; a
			// medium line ("eCast") under a labelled value; a claimed
			// figure beside a larger maximum.
			name: "a kicker over the title, a claimed figure over a maximum",
			page: []placed{
				{527, 362, 30, "CLSI"},
				{463, 252, 28, "Certificate of Completion"},
				{435, 369, 12, "awarded to"},
				{406, 209, 24, "Abdullahi Musa, MSc"},
				{381, 331, 12, "for full participation in the"},
				{365, 266, 10, "STANDARDS IMPLEMENTATION WORKSHOP"},
				{345, 95, 17, "Method Comparison and Bias Estimation: Implementing EP09"},
				{300, 160, 10, "Workshop No."}, {300, 400, 10, "Date completed"},
				{285, 160, 10, "WKS-EP09-2506"}, {285, 400, 10, "June 3, 2025"},
				{260, 474, 10, "ACCENT® CREDIT"},
				{248, 474, 10, "Contact hours claimed: 1.0"},
				{236, 474, 10, "Maximum available: 1.5"},
			},
			want: func(c certificate) string {
				title := "Method Comparison and Bias Estimation: Implementing EP09"
				return check(c.Title == title, "title", c.Title, title) + check(c.Credits.String() == "1", "credits", c.Credits.String(), "1")
			},
		},
		{
			// A meeting's days as a series; the attestation's date is
			// the signing, when the course prints its own.
			name: "days of a series, an attestation's date",
			page: []placed{
				{650, 180, 18, "Eastgate Technical College"},
				{535, 264, 12, "This certifies that"},
				{476, 210, 20, "Benedict Asamoah"},
				{422, 239, 12, "has satisfactorily completed"},
				{371, 129, 16, "Phlebotomy Refresher for Laboratory Assistants"},
				{325, 185, 11, "Course No. PHB 0410 • March 4, 11, 18 and 25, 2026"},
				{273, 178, 12, "and is awarded 0.8 Continuing Education Units"},
				{211, 172, 11, "Given at Eastgate, Michigan, on the thirtieth day of March, 2026."},
			},
			want: func(c certificate) string {
				return check(c.Date.String() == "2026-03-25", "date", c.Date.String(), "2026-03-25") + check(c.ActivityID == "PHB 0410", "activity ID", c.ActivityID, "PHB 0410")
			},
		},
		{
			// A unit accredited "The Department …, <Institution>, is
			// approved …": the institution; the session's number wraps
			// inside the sentence.
			name: "a unit's accreditation, an ID across lines",
			page: []placed{
				{693, 135, 16, "St. Columba University Hospital"},
				{675, 196, 12, "Department of Laboratory Medicine"},
				{599, 153, 24, "Certificate of Attendance"},
				{543, 109, 13, "This certifies that Paulette Desrosiers attended “Laboratory"},
				{524, 110, 13, "Grand Rounds: Interpreting Thromboelastography in Massive"},
				{504, 127, 13, "Transfusion”, presented on November 20, 2025 (session"},
				{484, 157, 13, "LGR-2511), and is awarded 1.0 contact hour of"},
				{464, 172, 13, "P.A.C.E.®-approved continuing education."},
				{415, 107, 10, "The Department of Laboratory Medicine, St. Columba University Hospital, is approved"},
				{404, 112, 10, "as a provider of continuing education programs in the clinical laboratory sciences by"},
			},
			want: func(c certificate) string {
				return check(c.Provider == "St. Columba University Hospital", "provider", c.Provider, "St. Columba University Hospital") +
					check(c.ActivityID == "LGR-2511", "activity ID", c.ActivityID, "LGR-2511") + check(c.Name == "Paulette Desrosiers", "name", c.Name, "Paulette Desrosiers")
			},
		},
		{
			// The course's number in brackets after the title in the
			// sentence; a facts line of dashes names the event's ID
			// beside a membership number.
			name: "an ID in brackets, and one between dashes",
			page: []placed{
				{690, 80, 14, "Consortium of Regional Public Health Laboratories"},
				{609, 80, 22, "Certificate of Successful Completion"},
				{563, 80, 18, "Augustin Rémy Laroche"},
				{535, 80, 11, "completed the hands-on workshop Biosafety Level 3 Practices for Sentinel Laboratories"},
				{520, 80, 11, "(training number BSL3-SEN-26) on February 26, 2026, and earned 5.5 contact hours of"},
				{505, 80, 11, "P.A.C.E.-approved continuing education."},
				{470, 80, 10, "Minneapolis, Minnesota — February 26, 2026 — Section membership no. 44019"},
			},
			want: func(c certificate) string {
				title := "Biosafety Level 3 Practices for Sentinel Laboratories"
				return check(c.Title == title, "title", c.Title, title) + check(c.ActivityID == "BSL3-SEN-26", "activity ID", c.ActivityID, "BSL3-SEN-26")
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := readCertificate(placedPage(tt.page), "")
			if msg := tt.want(c); msg != "" {
				t.Errorf("%s\nwhy: %q\nproblems: %v", msg, c.why, c.Problems)
			}
		})
	}
}

// formRow is a label right-aligned at x = 240 and its value after a
// narrow gutter, in one segment at 11.5 pt (placedPage's widths).
func formRow(y float64, label, value string) placed {
	w := 0.0
	for _, r := range label {
		w += 0.5 * 11.5
		if r == ' ' {
			w -= 0.25 * 11.5
		}
	}
	return placed{y, 240 - w, 11.5, label + "|" + value}
}

// attendance is the centred body of a certificate of attendance: heading,
// cue, name, cue, meeting.
func attendance() []placed {
	return []placed{
		{470, 200, 32, "Certificate of Attendance"},
		{440, 350, 12, "presented to"},
		{405, 200, 26, "Isabella Montoya-Ferreira"},
		{380, 340, 12, "for attendance at"},
		{355, 110, 18, "Lab Leadership Summit 2025"},
	}
}

// check returns "" when ok, else a line saying which field is wrong.
func check(ok bool, field, got, want string) string {
	if ok {
		return ""
	}
	return field + ": got " + got + ", want " + want + "\n"
}

// TestLabelValues reads labels with their values in one text.
func TestLabelValues(t *testing.T) {
	tests := []struct {
		text, value string
		kind        certLabel
	}{
		{"Conference code PNW25", "PNW25", certID},      // a label the vocabulary lacks, by its number noun
		{"Badge number 00418", "00418", certOtherID},    // someone else's number
		{"Course ID: ML-MATH-01", "ML-MATH-01", certID}, // a known label
		{"Education event:", "", certTitle},             // a title noun after a word that labels nothing
		{"Date of event:", "", certDate},                // … not after one that does
		{"Section membership no. 44019", "44019", certOtherID},
		{"Trainee ID: GP-TR-55190", "GP-TR-55190", certOtherID}, // a number label that names no activity is someone else's
		{"Access code K7Q-22X-90P", "K7Q-22X-90P", certOtherID},
		{"CLIA No. 05D0987654", "05D0987654", certOtherID},
		{"In-service no. IS-2026-004", "IS-2026-004", certID},                        // … one that names it is the course's
		{"Course No. CLS-CE 4105, a hybrid course conducted", "CLS-CE 4105", certID}, // a number ends at its comma
		{"Quiz number JCE-38-4", "JCE-38-4", certID},
		{"4. COURSE TITLE", "", certTitle}, // a form's numbered box
		{"Workshop date: September 20, 2025", "September 20, 2025", certDate},
		{"Meeting ID: CAP25-AM", "CAP25-AM", certID}, // a meeting's own number (a web meeting's digit groups are refused when set)
		{"1. NAME OF TRAINEE", "", certName},
		{"CE Credit for Laboratory Professionals (CE hours)", "", certCredits}, // credits for an audience
		{"N° d’activité / Activity No.", "", certID},                           // two languages
		{"Fecha / Date: 14 de noviembre de 2025", "14 de noviembre de 2025", certDate},
		{"TO:", "", certName},                                                         // a memo's addressee, with its colon …
		{"to Molecular Diagnostics", "", certNone},                                    // … never without it
		{"Laboratory professionals – ASCLS P.A.C.E.® contact hours", "", certCredits}, // whom the credit is for, then its label
		{"Form completed 10/02/2025", "10/02/2025", certOtherDate},
	}
	for _, tt := range tests {
		kind, rest, ok := labelAt(tt.text)
		if ok != (tt.kind != certNone) || kind != tt.kind || rest != tt.value {
			t.Errorf("labelAt(%q) = %v %q %v, want %v %q", tt.text, kind, rest, ok, tt.kind, tt.value)
		}
	}
	if got := beforeNextLabel("ML-MATH-01 Account: 0015-88321", true); got != "ML-MATH-01" {
		t.Errorf("code before the next label: %q", got)
	}
	if got := beforeNextLabel("Hematology: A Review", false); got != "Hematology: A Review" {
		t.Errorf("a title's colon is not a label: %q", got)
	}
}

// TestCertificatePageOrder: a letter before the certificate is read
// second, the page with the certificate's heading first.
func TestCertificatePageOrder(t *testing.T) {
	letter := pageText{Number: 1, Lines: placedPage([]placed{{700, 72, 11, "Dear Participant,"}, {680, 72, 11, "Thank you for completing an NSH self-study module."},
		{666, 72, 11, "certificate follows this letter. Your learner account number is 50-2291-7."}})[0]}
	cert := pageText{Number: 2, Lines: placedPage([]placed{{480, 234, 24, "Certificate of Completion"}, {420, 173, 20, "Caoimhe Delacroix-Burke"}})[0]}
	text, first := certificatePages([]pageText{letter, cert})
	if first != 2 || len(text) != 2 || text[0][0].Segs[0].Text != "Certificate of Completion" {
		t.Errorf("first page %d, %d pages read", first, len(text))
	}
	// A first page that certifies, with no heading, stays first before a
	// "Statement of Continuing Education Units" overleaf.
	certifies := pageText{Number: 1, Lines: placedPage([]placed{{506, 227, 20, "Granite Ridge University"},
		{444, 219, 12, "upon the recommendation of the faculty hereby certifies that"}, {408, 256, 20, "Ignatius Ferreira-Lund"}})[0]}
	statement := pageText{Number: 2, Lines: placedPage([]placed{{516, 81, 14, "Statement of Continuing Education Units"}})[0]}
	if _, first := certificatePages([]pageText{certifies, statement}); first != 1 {
		t.Errorf("a statement overleaf read first (page %d)", first)
	}
}

// TestDotLeaders: dot leaders join a label to its figure; a figure "not
// claimed" never beats a claimed one.
func TestDotLeaders(t *testing.T) {
	c := readCertificate(textPage([]string{
		"Certificate of Completion", "LEARNER", "Ingrid Solberg-Amadi",
		"ACTIVITY", "Transfusion Medicine Case Conference",
		"Activity #: RUH-TM-1002 · Date: October 2, 2025",
		"CREDIT",
		"AMA PRA Category 1 Credits™ ............ 1.0 (not claimed)",
		"ASCLS P.A.C.E.® contact hours ........... 1.5 (claimed)",
	}), "")
	if c.Credits.String() != "1.5" || c.Unit != "contact hour" {
		t.Errorf("credits %s %s, why %q", c.Credits, c.Unit, c.why)
	}
}

// TestTranslatedLabelRow: a second row of labels in another language
// stands between the labels and their values.
func TestTranslatedLabelRow(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{641, 162, 24, "Certificate of Completion"},
		{596, 241, 12, "Awarded to / Otorgado a"},
		{574, 178, 20, "Winona R. Lightfeather"},
		{544, 225, 12, "for completing / por completar"},
		{496, 82, 16, "Newborn Screening Specimen Collection: Heel Stick Technique"},
		{429, 93, 9, "Module ID"}, {429, 207, 9, "Date completed"}, {429, 342, 9, "Contact hours"}, {429, 463, 9, "Valid through"},
		{417, 103, 8, "Módulo"}, {417, 236, 8, "Fecha"}, {417, 366, 8, "Horas"}, {417, 467, 8, "Vigente hasta"},
		{395, 99, 10, "NBS-101"}, {395, 208, 10, "October 28, 2025"}, {395, 372, 10, "1.0"}, {395, 467, 10, "October 2027"},
	}), "")
	if c.Credits.String() != "1" || c.Name != "Winona R. Lightfeather" || c.ActivityID != "NBS-101" {
		t.Errorf("credits %s name %q id %q, why %q", c.Credits, c.Name, c.ActivityID, c.why)
	}
}

// TestNameWithJobTitle: a job title written out after the name is not
// part of it.
func TestNameWithJobTitle(t *testing.T) {
	if got := cleanName("Nadia F. Haddad, Medical Laboratory Scientist"); got != "Nadia F. Haddad" {
		t.Errorf("cleanName = %q", got)
	}
	if got := cleanName("Okafor, Maria"); got != "Okafor, Maria" {
		t.Errorf("a family-first name keeps its comma: %q", got)
	}
}

// TestTitleNounInLabelColumn: in a column of labels, "Education activity"
// labels the title beside it though the vocabulary lacks it.
func TestTitleNounInLabelColumn(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{711, 65, 14, "Valley Crest Medical Center"},
		{645, 139, 16, "CONTINUING EDUCATION CREDIT VERIFICATION"},
		{593, 65, 10, "Participant name"}, {593, 209, 10, "Rosalind E. Okonkwo-Barnes"},
		{563, 65, 10, "Job title"}, {563, 209, 10, "Medical Laboratory Technician, Hematology"},
		{549, 65, 10, "Education activity"}, {549, 209, 10, "Laboratory Safety Training: Bloodborne Pathogens"},
		{506, 65, 10, "Date of attendance"}, {506, 209, 10, "Tuesday, January 14, 2025"},
		{492, 65, 10, "CE hours"}, {492, 209, 10, "2.0"},
	}), "")
	if want := "Laboratory Safety Training: Bloodborne Pathogens"; c.Title != want {
		t.Errorf("title %q, want %q; why %q", c.Title, want, c.why)
	}
}

// TestLetterAboveCertificate: a letter above the certificate's heading
// holds verbs ("completing the evaluation") that are not the certificate's.
func TestLetterAboveCertificate(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{639, 51, 10, "Hello Ifeoma,"},
		{614, 51, 10, "Thank you for attending yesterday's live session and completing the evaluation. Your certificate of"},
		{602, 51, 10, "completion is shown below."},
		{533, 176, 20, "Certificate of Completion"},
		{511, 252, 11, "This is to certify that"},
		{492, 121, 18, "Ifeoma C. Nwachukwu"},
		{480, 272, 11, "attended the"},
		{470, 265, 9, "LIVE WEBINAR"},
		{455, 86, 15, "Date Integrity in the LIS: Avoiding Specimen Collection Time Errors"},
		{425, 223, 11, "broadcast on February 11, 2026"},
	}), "")
	if want := "Date Integrity in the LIS: Avoiding Specimen Collection Time Errors"; c.Title != want {
		t.Errorf("title %q, want %q; why %q", c.Title, want, c.why)
	}
}

// TestTitleAcrossTable: a statement of credit prints the title across its
// table, between the row of labels and the row of values.
func TestTitleAcrossTable(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{657, 54, 18, "Statement of Credit"},
		{639, 55, 10, "Learner:"}, {639, 171, 10, "Oluwaseun A. Adeyemi-Clarke"},
		{609, 55, 10, "Statement printed:"}, {609, 171, 10, "01/05/2026"},
		{578, 58, 9, "Activity ID"}, {578, 169, 9, "Format"}, {578, 310, 9, "Completion Date"}, {578, 436, 9, "CMLE Credits"},
		{559, 58, 10, "Root Cause Analysis for Laboratory Errors: From Incident Report to Corrective Action"},
		{538, 58, 10, "LMU-25-014"}, {538, 169, 10, "Online course"}, {538, 310, 10, "12/02/2025"}, {538, 436, 10, "2.0"},
	}), "")
	title := "Root Cause Analysis for Laboratory Errors: From Incident Report to Corrective Action"
	if c.Title != title || c.Date.String() != "2025-12-02" || c.ActivityID != "LMU-25-014" {
		t.Errorf("title %q date %s id %q; why %q", c.Title, c.Date, c.ActivityID, c.why)
	}
}

// TestWalletCard reads a card headed "CE Credit Card" ([heading-end]):
// the name under the heading, the title under the name.
func TestWalletCard(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{684, 86, 8.5, "AMERICAN MEDICAL TECHNOLOGISTS (AMT)"},
		{666, 82, 8, "CE CREDIT CARD"},
		{652, 82, 10, "DESHAWN T. MOORE JR., RPT(AMT)"},
		{640, 82, 8.5, "Phlebotomy Complications: Hematoma, Nerve Injury and Syncope"},
		{629, 82, 7.5, "Self-Study"},
		{618, 82, 7.5, "Course #"}, {618, 142, 7.5, "AMT-SS-2291"},
		{608, 82, 7.5, "Completed"}, {608, 142, 7.5, "Dec 3, 2025"},
		{599, 82, 7.5, "Credit"}, {599, 142, 7.5, "1.0 CE hour"},
	}), "")
	if c.Name != "DESHAWN T. MOORE JR." || c.Title != "Phlebotomy Complications: Hematoma, Nerve Injury and Syncope" {
		t.Errorf("name %q title %q; why %q", c.Name, c.Title, c.why)
	}
}

// TestHeadlineTitle reads a training record whose title is its headline,
// with no label or cue: the largest line over the facts that is not the
// issuer (even a programme's line set smaller right under the heading).
func TestHeadlineTitle(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{722, 54, 17, "College of American"}, {722, 434, 12, "TRAINING RECORD"},
		{699, 54, 17, "Pathologists"},
		{684, 54, 9.5, "CAP Laboratory Accreditation Program - Inspector"},
		{671, 54, 9.5, "Education"},
		{625, 54, 15, "Inspector Training: Checklist Essentials for the Chemistry and Toxicology"},
		{605, 54, 15, "Sections"},
		{579, 54, 10, "Field"}, {579, 306, 10, "Value"},
		{567, 54, 10, "Learner"}, {567, 306, 10, "Benedikt O. Szymanski, MS, MLS(ASCP)"},
		{543, 54, 10, "Course code"}, {543, 306, 10, "IT-CHM-2025"},
		{519, 54, 10, "Completed"}, {519, 306, 10, "10/20/2025"},
		{483, 54, 10, "CE hours for laboratory professionals"}, {483, 306, 10, "2.5"},
	}), "")
	if c.Title != "Inspector Training: Checklist Essentials for the Chemistry and Toxicology Sections" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestTwoLanguages reads a certificate printed in Spanish and English:
// labels and units "Fecha / Date", a date in Spanish words, the subject of
// "Se certifica que / This certifies that" not taken for a provider.
func TestTwoLanguages(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{526, 171, 16, "Asociación de Profesionales de Laboratorio Clínico del Caribe"},
		{510, 371, 12, "APLCC"},
		{478, 156, 18, "Certificado de Educación Continua / Certificate of Continuing Education"},
		{452, 316, 12, "Se certifica que / This certifies that"},
		{423, 220, 20, "María Fernanda Quiñones Ortiz, TM"},
		{406, 293, 12, "completó la actividad / completed the activity"},
		{382, 139, 15, "Control de Calidad Westgard en Hematología Automatizada"},
		{338, 206, 11, "N° de actividad / Activity No."}, {338, 396, 11, "APLCC-25-HEM-09"},
		{320, 206, 11, "Fecha / Date:"}, {320, 396, 11, "14 de noviembre de 2025"},
		{289, 206, 11, "Horas contacto / Contact hours:"}, {289, 396, 11, "3.0"},
		{267, 138, 10, "APLCC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."},
	}), "")
	if c.Date.String() != "2025-11-14" || c.ActivityID != "APLCC-25-HEM-09" || c.Credits.String() != "3" || c.Provider != "APLCC" || len(c.Problems) > 0 {
		t.Errorf("date %s id %q credits %s provider %q problems %v; why %q", c.Date, c.ActivityID, c.Credits, c.Provider, c.Problems, c.why)
	}
}

// TestSentenceAnnouncesTitle reads a title announced by a sentence ending
// in a colon ("attended the following session at …, Illinois:"), past the
// session's number set on its own line.
func TestSentenceAnnouncesTitle(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{605, 70, 20, "ACCENT® Continuing Education Certificate"},
		{561, 70, 16, "Gregor P. Halloway"},
		{544, 70, 10, "attended the following session at the 2025 ADLM Annual Scientific Meeting & Clinical Lab Expo, Chicago,"},
		{530, 70, 10, "Illinois:"},
		{505, 70, 10, "Session 32104"},
		{485, 70, 15, "Method Verification After a Reagent Lot Change: Practical Statistics for"},
		{466, 70, 15, "the Core Lab"},
		{440, 70, 10, "Session date"}, {440, 220, 10, "Tuesday, July 29, 2025"},
		{421, 70, 10, "ACCENT® contact hours"}, {421, 220, 10, "2.5"},
	}), "")
	if c.Title != "Method Verification After a Reagent Lot Change: Practical Statistics for the Core Lab" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestCertificateProgramIsNoHeading reads a title naming a "Certificate
// Program" ([heading-not]): the title after the verb, not a heading.
func TestCertificateProgramIsNoHeading(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{691, 125, 18, "KESSLER STATE UNIVERSITY"},
		{626, 267, 12, "Be it known that"},
		{587, 168, 22, "Marcus W. Tennyson III"},
		{563, 188, 12, "has satisfactorily completed the noncredit course"},
		{538, 135, 16, "Clinical Laboratory Leadership Certificate Program,"},
		{519, 153, 16, "Module 3: Budgeting, Staffing and Productivity"},
		{492, 269, 12, "and is awarded"},
		{470, 171, 14, "0.8 Continuing Education Units (CEUs)"},
		{422, 66, 10, "Course completed:"}, {422, 216, 10, "December 12, 2025"},
	}), "")
	if c.Title != "Clinical Laboratory Leadership Certificate Program, Module 3: Budgeting, Staffing and Productivity" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestNameForms reads the participant where a memo or a paragraph prints
// more than the name: the memo's "To:", a credential then a department,
// an employer between the name and the verb.
func TestNameForms(t *testing.T) {
	if got := cleanName("Josephine A. Varga, MLS(ASCP)CM, Core Laboratory (Night Shift)"); got != "Josephine A. Varga" {
		t.Errorf("name then credential then department: %q", got)
	}
	memo := readCertificate(placedPage([]placed{
		{701, 72, 14, "American Society for Clinical Laboratory Science"},
		{647, 72, 10, "TO:"}, {647, 172, 10, "Winifred A. Castellano, MLS(ASCP)CM"},
		{628, 72, 10, "FROM:"}, {628, 172, 10, "ASCLS Continuing Education"},
		{514, 72, 13, "Ethics at the Bench: Reporting Errors You Did Not Make"},
		{440, 72, 10, "Completed"}, {440, 242, 10, "January 9, 2026"},
	}), "")
	if memo.Name != "Winifred A. Castellano" {
		t.Errorf("memo: name %q; why %q", memo.Name, memo.why)
	}
	para := readCertificate(placedPage([]placed{
		{649, 139, 12, "BAYSHORE STATE DEPARTMENT OF HEALTH"},
		{592, 72, 12, "Augustin M. Delacroix, MLS(ASCP)CM, of Harborside Community Hospital has"},
		{570, 72, 12, "completed “Biothreat Agent Rule-Out: Sentinel Laboratory Protocols” on March 10, 2026"},
		{548, 72, 12, "and is awarded 3.0 contact hours."},
	}), "")
	if para.Name != "Augustin M. Delacroix" {
		t.Errorf("paragraph: name %q; why %q", para.Name, para.why)
	}
	wrap := readCertificate(placedPage([]placed{
		{700, 100, 18, "Certificate of Completion"},
		{660, 100, 12, "Adaeze Nwachukwu-Ellis"},
		{640, 100, 12, "has completed"},
		{620, 100, 14, "Tuberculosis Laboratory Diagnostics: From Smear Microscopy"},
		{603, 100, 14, "to Molecular Drug Resistance Testing"},
	}), "")
	if wrap.Name != "Adaeze Nwachukwu-Ellis" || !strings.HasSuffix(wrap.Title, "to Molecular Drug Resistance Testing") {
		t.Errorf("a title's line opening with \"to\": name %q title %q", wrap.Name, wrap.Title)
	}
}

// TestLabelsOverValuesRow reads a certificate whose facts stand under
// their labels, the last of them a row like a table's: one certificate
// (its "Signed on:" date is no second row), every label over its value
// though each value sits nearer the next label, and the institution
// before its unit as the provider.
func TestLabelsOverValuesRow(t *testing.T) {
	page := placedPage([]placed{
		{528, 64, 14, "ADLM Association for Diagnostics & Laboratory Medicine"},
		{514, 64, 10, "Pacific Northwest Local Section · Dinner Lecture Series"},
		{434, 54, 24, "ACCENT® Credit Certificate"},
		{394, 58, 9, "PARTICIPANT"},
		{369, 58, 16, "Harriet Q. Oyelaran-Birch"},
		{348, 58, 9, "LECTURE"},
		{324, 58, 14, "Troponin Delta Checks in the Emergency Department"},
		{305, 58, 9, "EVENT ID"}, {305, 229, 9, "DATE"}, {305, 400, 9, "ACCENT® CONTACT HOURS"}, {305, 571, 9, "VENUE"},
		{283, 58, 11, "PNW-2602"}, {283, 229, 11, "February 11, 2026"}, {283, 400, 11, "1.0"}, {283, 571, 11, "Tacoma, WA"},
		{229, 54, 9, "Issued by the Association for Diagnostics & Laboratory Medicine, Pacific Northwest Local Section. This activity was approved by ADLM for 1.0 ACCENT® credit hour. ADLM is"},
		{219, 54, 9, "approved by the ASCLS P.A.C.E.® Program as a provider of continuing education programs in the clinical laboratory sciences."},
		{196, 54, 9, "Signed: Dr. Anselm T. Greaves, Chair"}, {196, 349, 9, "Signed on: 02/18/2026"},
	})
	pages := []pageText{{Number: 1, Lines: page[0]}}
	// "EVENT ID" names a number, so the row of labels is no transcript's
	// header; were it one, it would be a certificate's row.
	if lines, at, _, ok := findHeader(page[0], nil); ok && !certificateRow(pages, 0, lines, at) {
		t.Errorf("header found: not read as a certificate's row")
	}
	c := readCertificate(page, "")
	if c.Title != "Troponin Delta Checks in the Emergency Department" || c.ActivityID != "PNW-2602" ||
		c.Provider != "Association for Diagnostics & Laboratory Medicine" {
		t.Errorf("title %q id %q provider %q; why %q", c.Title, c.ActivityID, c.Provider, c.why)
	}
}

// TestDaysOfAClass reads the completion date of a class held on several
// days, listed one per row under "Date": the last day, not the first.
func TestDaysOfAClass(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{654, 58, 16, "Training Completion Record"},
		{625, 58, 10, "Participant"}, {625, 306, 10, "Rafferty D. Oyelowo"},
		{588, 58, 10, "Class ID"}, {588, 306, 10, "NX-SU-2601"},
		{554, 58, 10, "Course"},
		{538, 58, 13, "Nexalis LIS Super-User Training: Result Entry"},
		{494, 58, 9, "Day"}, {494, 182, 9, "Date"}, {494, 306, 9, "Topics"}, {494, 430, 9, "Hours"},
		{482, 58, 9, "1"}, {482, 182, 9, "January 14, 2026"}, {482, 306, 9, "Result entry; auto-"}, {482, 430, 9, "3.0"},
		{471, 306, 9, "verification rule builder"},
		{459, 58, 9, "2"}, {459, 182, 9, "January 15, 2026"}, {459, 306, 9, "Instrument interfaces"}, {459, 430, 9, "3.0"},
		{424, 306, 9, "Total CE hours awarded"}, {424, 430, 9, "6.0"},
		{390, 58, 9, "Nexalis Health Software, Inc. is approved as a provider of continuing education programs."},
	}), "")
	if c.Date.String() != "2026-01-15" {
		t.Errorf("date %s; why %q", c.Date, c.why)
	}
}

// TestProviderWordings reads the provider from a grant ("hours are
// granted by X, an approved provider") and from a seal ("PSCLS / P.A.C.E. /
// PROVIDER": the society, not its approval).
func TestProviderWordings(t *testing.T) {
	for in, want := range map[string]string{
		"PSCLS P.A.C.E.":                        "PSCLS",
		"Mid-Valley Society P.A.C.E.® Provider": "Mid-Valley Society",
	} {
		if got := cutProvider(in); got != want {
			t.Errorf("cutProvider(%q) = %q, want %q", in, got, want)
		}
	}
	if got := byAgent("Continuing education hours are granted by Halvorsen Biosafety Training Group"); got != "Halvorsen Biosafety Training Group" {
		t.Errorf("granted by: %q", got)
	}
}

// TestFormatBesideTitleLabel reads a title labelled "Program" whose first
// line beside the label is the format ("eCast", "On-Demand"): the title
// is the lines under it at its left edge.
func TestFormatBesideTitleLabel(t *testing.T) {
	for _, format := range []string{"eCast", "On-Demand"} {
		c := readCertificate(placedPage([]placed{
			{653, 149, 18, "Continuing Education Certificate"},
			{599, 64, 10, "Participant"}, {599, 234, 12, "Marcus J. Belvedere, MLS(ASCP)CMSBB"},
			{543, 64, 10, "Program"}, {543, 234, 10, format},
			{528, 234, 12, "Massive Transfusion in the Community Hospital:"},
			{513, 234, 12, "Protocols, Pitfalls and Product Ratios"},
			{486, 64, 10, "Program Number"}, {486, 234, 10, "25EC-1106"},
			{460, 64, 10, "Date of Live Broadcast"}, {460, 234, 10, "November 6, 2025"},
		}), "")
		if c.Title != "Massive Transfusion in the Community Hospital: Protocols, Pitfalls and Product Ratios" {
			t.Errorf("%s: title %q; why %q", format, c.Title, c.why)
		}
	}
}

// TestCueInsideAccreditation: a verb in the accreditation statement's own
// sentences ("… Program. One contact hour is awarded for attendance at the
// full live session …") leads to no title; the line under the heading is
// the title. A title running to six lines in a narrow column is read
// whole, and a title line ending in "on" before the date's line ends
// before it.
func TestCueInsideAccreditation(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{542, 222, 14, "Great Lakes Laboratory Education Network (GLLEN)"},
		{494, 224, 24, "Certificate of Attendance"},
		{462, 360, 10, "LIVE WEBINAR"},
		{434, 80, 18, "\"Date and Time Matters: Specimen Stability for Coagulation Testing\""},
		{364, 239, 10, "Participant:"}, {364, 312, 10, "Andrea L. Fitzsimmons, MLS(ASCP)CM"},
		{282, 227, 10, "Webinar date:"}, {282, 312, 10, "01/27/2026"},
		{242, 222, 10, "Contact hours:"}, {242, 312, 10, "1.0"},
		{150, 117, 8, "The Great Lakes Laboratory Education Network is approved as a provider of continuing education programs in the clinical laboratory sciences by the"},
		{139, 154, 8, "ASCLS P.A.C.E.® Program. One contact hour is awarded for attendance at the full live session and completion of the evaluation."},
		{96, 343, 10, "Patrice Zielinski"},
	}), "")
	if c.Title != "Date and Time Matters: Specimen Stability for Coagulation Testing" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	long := readCertificate(placedPage([]placed{
		{632, 113, 26, "Certificate of Completion"},
		{592, 266, 12, "presented to"},
		{560, 48, 22, "Chloé M. Desrosiers-Park"},
		{526, 147, 12, "for successfully completing the case-based course"},
		{496, 141, 15, "Beyond the Reference Interval: Applying"},
		{477, 113, 15, "Patient-Based Real-Time Quality Control, Delta"},
		{458, 120, 15, "Checks, and Autoverification Rules to Reduce"},
		{439, 141, 15, "Reporting Errors in a High-Volume Core"},
		{420, 262, 15, "Laboratory"},
		{385, 219, 10, "Date of completion: June 3, 2026"},
	}), "")
	if !strings.HasSuffix(long.Title, "High-Volume Core Laboratory") {
		t.Errorf("six lines: title %q", long.Title)
	}
	if got := endOfTitle("Phlebotomy Instructor Development Workshop (Course No. CE-PHB-210) on"); got != "Phlebotomy Instructor Development Workshop (Course No. CE-PHB-210)" {
		t.Errorf("a title's line ending in \"on\": %q", got)
	}
}

// TestCaptionsAndCues: a caption in capitals over the title's format and
// title ("EDUCATION ACTIVITY"), a cue the vocabulary lists as data
// ("Session attendance verified for"), a phrase that is no name though it
// is capitalised ("Session attendance verified for"), a name's particles,
// and the day credit was claimed, which is not the day of the course.
func TestCaptionsAndCues(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{481, 32, 26, "Certificate of Participation"},
		{459, 32, 10, "Awarded to"},
		{428, 32, 20, "Desmond K. Ofori-Atta, MB(ASCP)CM"},
		{391, 45, 8, "EDUCATION ACTIVITY"},
		{375, 45, 9, "Live Webinar"},
		{355, 45, 15, "Syndromic PCR Panels: Result Interpretation and Antimicrobial Stewardship"},
		{291, 45, 9, "Date: May 14, 2026"},
	}), "")
	if c.Title != "Syndromic PCR Panels: Result Interpretation and Antimicrobial Stewardship" {
		t.Errorf("caption: title %q; why %q", c.Title, c.why)
	}
	v := readCertificate(placedPage([]placed{
		{609, 57, 22, "Continuing Education Certificate"},
		{581, 57, 11, "Session attendance verified for"},
		{552, 57, 18, "LORENZO VÁSQUEZ-MBEKI"},
		{509, 57, 10, "Session title"}, {509, 207, 10, "Antimicrobial Susceptibility Testing Breakpoint Updates"},
		{446, 57, 10, "Session date"}, {446, 207, 10, "Tuesday, July 28, 2026"},
	}), "")
	if v.Name != "LORENZO VÁSQUEZ-MBEKI" {
		t.Errorf("cue: name %q; why %q", v.Name, v.why)
	}
	for in, want := range map[string]string{
		"Session attendance verified for": "",
		"Catalina Ferrer i Puig":          "Catalina Ferrer i Puig",
		"María de la Cruz":                "María de la Cruz",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
	d := readCertificate(placedPage([]placed{
		{640, 61, 22, "Certificate of Credit"},
		{599, 61, 14, "Awarded to Anastasia V. Lindqvist-Mørk"},
		{574, 61, 11, "for attending the live course"},
		{553, 61, 14, "Thrombosis and Hemostasis Update 2026"},
		{511, 61, 10, "October 15–16, 2026 • Ashgrove Clinic Education Pavilion, Lexington, Kentucky"},
		{408, 61, 10, "ASCLS P.A.C.E.® contact hours"}, {408, 358, 10, "8.00"},
		{386, 61, 10, "Credit claimed through the Ashgrove learner portal on October 21, 2026."},
	}), "")
	if d.Date.String() != "2026-10-16" {
		t.Errorf("claimed: date %s; why %q", d.Date, d.why)
	}
}

// TestIssuerKinds: the institution and its unit on two lines, named
// together by the accreditation statement, are "Institution, Unit"; a
// label's value ("Institution | Sunridge Community Hospital Laboratory",
// the participant's employer) is never the issuer.
func TestIssuerKinds(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{548, 29, 22, "ORION"},
		{531, 29, 10, "Orion Diagnostics Corporation"}, {531, 274, 24, "Certificate of Training"},
		{521, 29, 10, "Customer Education Center"},
		{507, 274, 9, "AWARDED TO"},
		{480, 274, 20, "Shanice T. Abernathy"},
		{454, 274, 9, "COURSE"},
		{439, 274, 14, "Helix H9 Hematology Analyzer Key Operator Training"},
		{416, 274, 8, "TRAINING DATES"}, {416, 443, 8, "TRAINING ID"}, {416, 598, 8, "CE HOURS"},
		{401, 274, 10, "October 13–16, 2025"}, {401, 443, 10, "KOT-H9-25-1042"}, {401, 598, 10, "24.0"},
		{292, 274, 8, "The Orion Diagnostics Corporation Customer Education Center is approved as a provider of continuing education programs"},
		{282, 274, 8, "in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."},
	}), "")
	if c.Provider != "Orion Diagnostics Corporation, Customer Education Center" {
		t.Errorf("institution and unit: provider %q; why %q", c.Provider, c.why)
	}
	top := placedPage([]placed{
		{736, 50, 16, "LabCE"},
		{716, 50, 14, "Continuing Education Transcript"},
		{672, 50, 10, "Participant"}, {672, 130, 10, "Graciela Montoya-Reyes"},
		{632, 50, 10, "Institution"}, {632, 130, 10, "Sunridge Community Hospital Laboratory"},
	})
	if got := issuerLine(certLines(top)); got != "" {
		t.Errorf("a label's value taken as the issuer: %q", got)
	}
}

// TestLetterCertificate reads a letter: the participant is the line of
// the inside address that holds the name the salutation gives.
func TestLetterCertificate(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{704, 72, 14, "Blue Ridge Regional Blood Center"},
		{653, 72, 10, "December 12, 2025"},
		{626, 72, 10, "Ms. Aaliyah R. Bennett, MLT(ASCP)"},
		{612, 72, 10, "214 Laurel Fork Road"},
		{572, 72, 10, "Dear Ms. Bennett:"},
		{545, 72, 10, "Thank you for attending our staff education session, “Donor Reaction Recognition and Response in"},
		{531, 72, 10, "the Collection Setting,” held on December 5, 2025 at the Boone donor center. This letter confirms"},
		{518, 72, 10, "that you completed the full session and are awarded 1.0 P.A.C.E.® contact hour of continuing"},
		{505, 72, 10, "education credit."},
	}), "")
	if c.Name != "Aaliyah R. Bennett" {
		t.Errorf("name %q; why %q", c.Name, c.why)
	}
}

// TestTwoLanguageHeadingAndVerb: the heading repeated in French is no
// title, the verb "attended the session / a assisté à la séance" leads to
// the title on the next line, and a verb inside a labelled segment
// ("Date attended (live broadcast): …") is no cue.
func TestTwoLanguageHeadingAndVerb(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{707, 169, 16, "Acadiana Clinical Laboratory Society"},
		{599, 185, 22, "Certificate of Attendance"},
		{572, 207, 14, "Attestation de participation"},
		{529, 206, 11, "This is to certify that / Nous attestons que"},
		{495, 170, 20, "Marie-Claude Thibodeaux"},
		{469, 206, 11, "attended the session / a assisté à la séance"},
		{438, 103, 16, "“Hemostasis Case Studies: Interpreting Mixing Studies and"},
		{415, 254, 16, "Factor Assays”"},
		{343, 257, 10, "Date :"}, {343, 298, 10, "November 7, 2025 / le 7 novembre 2025"},
	}), "")
	if c.Title != "Hemostasis Case Studies: Interpreting Mixing Studies and Factor Assays" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	d := readCertificate(placedPage([]placed{
		{642, 157, 24, "Certificate of Participation"},
		{604, 292, 11, "eCast"},
		{582, 117, 16, "Patient Blood Management in Obstetric Hemorrhage:"},
		{563, 156, 16, "Building a Massive Transfusion Response"},
		{538, 125, 10, "Program No. 26EC-214"}, {538, 255, 10, "Date attended (live broadcast): February 11, 2026"},
		{504, 279, 10, "Participant"},
		{478, 122, 18, "Gregory T. Halvorsen, MT(ASCP)SBB"},
	}), "")
	if d.Title != "Patient Blood Management in Obstetric Hemorrhage: Building a Massive Transfusion Response" {
		t.Errorf("labelled verb: title %q; why %q", d.Title, d.why)
	}
}

// TestMeetingWithDayTable reads a meeting's certificate that lists its
// days or sessions in a table: the page is a certificate (not a
// transcript whose header was not recognised), the title is the meeting
// the verb's "the summit" names above, and a verb in the table's header
// ("Session attended") leads nowhere.
func TestMeetingWithDayTable(t *testing.T) {
	page := placedPage([]placed{
		{715, 152, 16, "Rocky Mountain Histology & Cytology Society"},
		{638, 112, 22, "High Country Histology Summit 2025"},
		{618, 191, 11, "September 11–13, 2025 · Estes Park, Colorado"},
		{566, 185, 18, "Continuing Education Certificate"},
		{536, 264, 11, "This certifies that"},
		{509, 135, 18, "Corinne A. Vasquez, HTL(ASCP)QIHC"},
		{487, 125, 11, "attended the summit and claimed the following continuing education hours:"},
		{451, 111, 10, "Day"}, {451, 250, 10, "Session attended"}, {451, 356, 10, "Maximum"}, {451, 463, 10, "Claimed"},
		{429, 111, 10, "Thursday, September 11"}, {429, 250, 10, "Keynote"}, {429, 389, 10, "6.0"}, {429, 488, 10, "5.0"},
		{406, 111, 10, "Friday, September 12"}, {406, 250, 10, "Workshops"}, {406, 389, 10, "7.0"}, {406, 488, 10, "6.0"},
		{383, 111, 10, "Saturday, September 13"}, {383, 250, 10, "Closing"}, {383, 389, 10, "5.0"}, {383, 488, 10, "3.5"},
		{361, 111, 10, "Total contact hours"}, {361, 383, 10, "18.0"}, {361, 482, 10, "14.5"},
	})
	if !certificateText(page[0]) {
		t.Error("the page is not read as a certificate")
	}
	c := readCertificate(page, "")
	if c.Title != "High Country Histology Summit 2025" || c.Date.String() != "2025-09-13" {
		t.Errorf("title %q date %s; why %q", c.Title, c.Date, c.why)
	}
	if got := prose(certLines(page)); strings.Contains(got, "Session attended") {
		t.Errorf("a table's header in the prose: %q", got)
	}
}

// TestRecordHeadings reads learning-management records: a heading after a
// programme's name and a dash, a heading in a segment of its line ("… |
// TRANSCRIPT – COURSE DETAIL") with the name in capitals under it, a
// badge "earned" by the name under it, and a row of labels over one row
// of values whose dates are the course's, not a transcript.
func TestRecordHeadings(t *testing.T) {
	if !certificateHeading("LABORATORY IN-SERVICE EDUCATION – CERTIFICATE OF ATTENDANCE") {
		t.Error("a heading after a dash")
	}
	c := readCertificate(placedPage([]placed{
		{553, 43, 14, "Bayou Crescent Medical Center"}, {553, 550, 11, "TRANSCRIPT – COURSE DETAIL"},
		{538, 43, 10, "Laboratory Professional Development"},
		{497, 43, 16, "THEODORE J. BROUSSARD"},
		{456, 43, 10, "Course Title"}, {456, 187, 10, "Laboratory Information System Downtime Procedures"},
		{399, 43, 10, "Completion Date"}, {399, 187, 10, "02/09/2026"},
	}), "")
	if c.Name != "THEODORE J. BROUSSARD" {
		t.Errorf("name under a heading's segment: %q; why %q", c.Name, c.why)
	}
	b := readCertificate(placedPage([]placed{
		{750, 40, 12, "Lumina Molecular, Inc."},
		{482, 268, 11, "Badge earned"},
		{452, 198, 20, "Ravi Subramaniam"},
		{417, 133, 15, "Lumina NX Sample-to-Answer Platform: Super-User"},
		{398, 236, 15, "Certification Program"},
		{342, 231, 10, "Completed on"}, {342, 316, 10, "January 16, 2026"},
	}), "")
	if b.Name != "Ravi Subramaniam" || b.Title != "Lumina NX Sample-to-Answer Platform: Super-User Certification Program" {
		t.Errorf("badge: name %q title %q; why %q", b.Name, b.Title, b.why)
	}
	page := placedPage([]placed{
		{549, 50, 14, "Summit Peaks Healthcare"}, {549, 528, 14, "Training Completion Certificate"},
		{489, 50, 9, "LEARNER"},
		{468, 50, 14, "Beatrix N. Oyelaran"},
		{377, 50, 8, "TRAINING ID"}, {377, 151, 8, "TRAINING TYPE"}, {377, 259, 8, "REGISTERED"}, {377, 356, 8, "COMPLETED"}, {377, 547, 8, "CREDIT"},
		{364, 50, 10, "LO-77812"}, {364, 151, 10, "Online Course"}, {364, 259, 10, "03/20/2026"}, {364, 356, 10, "03/27/2026"}, {364, 547, 10, "0.75 contact hours"},
	})
	pages := []pageText{{Number: 1, Lines: page[0]}}
	if lines, at, _, ok := findHeader(page[0], nil); ok && !certificateRow(pages, 0, lines, at) {
		t.Error("a certificate's one row of values read as a transcript")
	}
}

// TestTitleKinds: a course title that begins "Verification of …" is no
// heading; a title's wrapped last word that is also a label ("Program")
// at the value's edge is the title's; a provider "is also" approved.
func TestTitleKinds(t *testing.T) {
	if certificateHeading("Verification of Performance Specifications: Applying EP15") {
		t.Error("a title read as a heading")
	}
	c := readCertificate(placedPage([]placed{
		{650, 158, 16, "IN-SERVICE ATTENDANCE CERTIFICATE"},
		{619, 58, 10.5, "Employee"}, {619, 144, 10.5, "Julian A. Reyes Jr."},
		{590, 58, 10.5, "Topic"}, {590, 144, 10.5, "Point-of-Care Glucose Meter Competency and Date/Time Documentation"},
		{576, 144, 10.5, "Program"},
		{562, 58, 10.5, "Date held"}, {562, 144, 10.5, "03/10/2026"},
		{548, 58, 10.5, "Contact hours"}, {548, 144, 10.5, "0.5"},
		{460, 58, 9, "MediaLab is also an approved provider of continuing education for Florida clinical laboratory personnel."},
	}), "")
	if c.Title != "Point-of-Care Glucose Meter Competency and Date/Time Documentation Program" || c.Provider != "MediaLab" {
		t.Errorf("title %q provider %q; why %q", c.Title, c.Provider, c.why)
	}
}

// TestNameOnTheVerbsLine: a paragraph's name on the verb's own line is
// not the line above it, nor joined to the end of the line above; a
// company's name stacked on three lines is its accreditation subject
// whole, not its top line.
func TestNameOnTheVerbsLine(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{502, 163, 16, "Heartland Society for Clinical Laboratory Science"},
		{483, 316, 11, "Fall Seminar · Salina, Kansas"},
		{421, 110, 14, "Hye-Jin Park has completed “Antibody Identification When the"},
		{393, 110, 14, "Panel Won't Cooperate” on October 4, 2025 and is awarded 1.5"},
		{365, 110, 14, "contact hours of P.A.C.E.® continuing education credit."},
	}), "")
	if c.Name != "Hye-Jin Park" {
		t.Errorf("name %q; why %q", c.Name, c.why)
	}
	a := readCertificate(placedPage([]placed{
		{561, 22, 14, "Ardent"},
		{543, 22, 14, "Biosystems"}, {543, 216, 26, "Certificate of Completion"},
		{517, 22, 14, "Academy"},
		{507, 216, 11, "This is to certify that"},
		{474, 216, 22, "Lucía Fernández-Ortega"},
		{437, 216, 11, "has successfully completed the course"},
		{416, 216, 16, "Ardent Q-Series Troponin I Assay: Calibration"},
		{288, 216, 9, "Ardent Biosystems Academy is approved as a provider of continuing education programs in the clinical laboratory sciences by"},
		{276, 216, 9, "the ASCLS P.A.C.E.® Program."},
	}), "")
	if a.Provider != "Ardent Biosystems Academy" {
		t.Errorf("provider %q; why %q", a.Provider, a.why)
	}
}

// TestMeetingDaysAndAgents: a credits column with a figure per day totals
// them; a sentence that opens "Issued by …" names the provider; a unit
// "at" its institution is the institution; "and" before a small word ends
// a provider's name.
func TestMeetingDaysAndAgents(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{501, 265, 24, "Certificate of Attendance"},
		{462, 248, 20, "Ingrid Solveig Haugland"},
		{435, 373, 11, "attended"},
		{414, 278, 16, "AABB Annual Meeting 2025"},
		{364, 44, 9, "Meeting day"}, {364, 154, 9, "P.A.C.E.® hours claimed"},
		{345, 44, 9, "Saturday, October 25"}, {345, 245, 9, "2.5"},
		{325, 44, 9, "Sunday, October 26"}, {325, 245, 9, "4.5"},
		{306, 44, 9, "Monday, October 27"}, {306, 245, 9, "4.0"},
		{288, 44, 9, "Tuesday, October 28"}, {288, 245, 9, "3.0"},
		{200, 44, 9, "Issued by Corvid Instruments LLC to the attendee named above."},
	}), "")
	if c.Credits.String() != "14" || c.Provider != "Corvid Instruments LLC" {
		t.Errorf("credits %s provider %q; why %q", c.Credits, c.Provider, c.why)
	}
	if got := cutProvider("Laboratory Services at Coastal Bend Children's Hospital and met the attendance"); got != "Laboratory Services at Coastal Bend Children's Hospital" {
		t.Errorf("cutProvider: %q", got)
	}
	if got := cutProvider("Society for Clinical Chemistry and Laboratory Medicine"); got != "Society for Clinical Chemistry and Laboratory Medicine" {
		t.Errorf("cutProvider cut a name at \"and\": %q", got)
	}
}

// TestCreditFiguresInBrackets: a figure in brackets in another
// profession's label ("ACPE contact hours (0.725 CEU)") is read whole and
// stays that profession's; a label that names no unit ("IPCE credits")
// does not become a laboratory figure by a unit found elsewhere.
func TestCreditFiguresInBrackets(t *testing.T) {
	if got := creditFigure("7.25 ACPE contact hours (0.725 CEU)"); strings.HasPrefix(got, "725") {
		t.Errorf("figure %q", got)
	}
	var c certificate
	c.readCredits([]string{"7.25 IPCE credits", "7.25 ACPE contact hours (0.725 CEU)", "6.5 ASCLS P.A.C.E.® contact hours (laboratory)"},
		"ACPE contact hours (0.725 CEU)")
	if c.Credits.String() != "6.5" || c.Unit != celedger.UnitContactHour {
		t.Errorf("credits %s %s", c.Credits, c.Unit)
	}
}

// TestPanelBesideText: the name above the verb in the text's column, a
// panel of facts beside it on the same lines; and a footer's order number
// that looks like a date is no second dated row of a certificate's table.
func TestPanelBesideText(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{555, 60, 14, "Helixon Molecular, Inc."},
		{453, 60, 20, "CERTIFICATE OF PARTICIPATION"},
		{447, 471, 8, "DATE"}, {447, 604, 8, "ACTIVITY NO."},
		{432, 471, 10, "November 5, 2025"}, {432, 604, 10, "HXM-WB-1105"},
		{396, 60, 24, "Samira Haddad-Eriksen"}, {396, 471, 8, "CREDIT"}, {396, 604, 8, "REGISTRATION NO."},
		{381, 471, 10, "1.0 contact hour"}, {381, 604, 10, "4471-0923"},
		{349, 60, 12, "participated in the accredited educational webinar"},
		{312, 60, 16, "Sepsis Biomarkers in Practice: Procalcitonin and Lactate"},
	}), "")
	if c.Name != "Samira Haddad-Eriksen" {
		t.Errorf("name %q; why %q", c.Name, c.why)
	}
	footer := placedPage([]placed{{63, 57, 8, "Order no. 2026-02-0077481"}, {63, 172, 8, "Certificate generated 02/02/2026 16:22 CT"}, {63, 339, 8, "Page 2 of 2"}})
	if !labelledDate(footer[0][0]) {
		t.Error("a footer's order number and generation date read as a dated row")
	}
}

// TestSentenceEnds: a title's line ending in "held" before the date's
// line ends before it; a bracket opened on a title's line closes on the
// next ("… Training (Wet" / "Workshop)"); a name whose credential is
// followed by a member number is the name.
func TestSentenceEnds(t *testing.T) {
	if got := endOfTitle("Blood Bank Case Studies Night, held"); got != "Blood Bank Case Studies Night" {
		t.Errorf("endOfTitle: %q", got)
	}
	if got := cleanName("Ms. Imani D. Rutherford, MLS(ASCP)CM, KVMLS member no. 2291,"); got != "Imani D. Rutherford" {
		t.Errorf("cleanName: %q", got)
	}
	c := readCertificate(placedPage([]placed{
		{642, 187, 22, "Certificate of Training"},
		{607, 259, 11, "This certifies that"},
		{576, 112, 20, "Ingrid V. Halvorsen, MLS(ASCP)CM"},
		{552, 189, 10.5, "successfully completed the hands-on course"},
		{526, 89, 12.7, "Sentinel Laboratory Biological Agent Rule-Out Training (Wet"},
		{509, 267, 12.7, "Workshop)"},
		{444, 195, 10, "Date"}, {444, 347, 10, "May 20, 2025"},
	}), "")
	if c.Title != "Sentinel Laboratory Biological Agent Rule-Out Training (Wet Workshop)" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestProviderForms: a logo in capitals with the legal name under it; a
// clause after "for" or "and" in small letters ends a provider's name,
// an article does not; a title's first line set larger that ends "… in
// the" is the title's, not a verb's.
func TestProviderForms(t *testing.T) {
	lines := certLines(placedPage([]placed{{545, 290, 16, "VERIDIAN DIAGNOSTICS"}, {531, 291, 10, "Veridian Diagnostics, Inc. · Raleigh Hills, Oregon"}}))
	if got := fullerName(lines, "VERIDIAN DIAGNOSTICS"); got != "Veridian Diagnostics, Inc." {
		t.Errorf("fullerName: %q", got)
	}
	for in, want := range map[string]string{
		"MAPHLC for laboratory workforce development":             "MAPHLC",
		"Association for the Advancement of Blood & Biotherapies": "Association for the Advancement of Blood & Biotherapies",
	} {
		if got := cutProvider(in); got != want {
			t.Errorf("cutProvider(%q) = %q", in, got)
		}
	}
	c := readCertificate(placedPage([]placed{
		{632, 60, 22, "Certificate of Completion"},
		{592, 60, 11, "This certificate recognizes"},
		{562, 60, 18, "Tobias N. Whitlock-Ferreira, M(ASCP)"},
		{530, 60, 11, "for completion of the continuing education course"},
		{500, 60, 15, "Emerging Fungal Pathogens: Detecting Candida auris in the"},
		{481, 60, 15, "Clinical Laboratory"},
		{460, 60, 10, "On-Demand Course"},
		{398, 60, 10, "Completion date"}, {398, 220, 10, "2025-11-05"},
	}), "")
	if c.Title != "Emerging Fungal Pathogens: Detecting Candida auris in the Clinical Laboratory" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestTitleWrapsUnderLabel: a title after "Session:" wraps onto the next
// line under the label's own start (a list of facts in a letter).
func TestTitleWrapsUnderLabel(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{537, 72, 11, "Dear Dr. Okonjo-Hale,"},
		{464, 108, 11, "Session: Laboratory Medicine Grand Rounds: Interpreting Serum Free Light Chain"},
		{450, 108, 11, "Ratios in Renal Impairment"},
		{434, 108, 11, "Date held: Wednesday, December 17, 2025, 12:00–1:00 p.m."},
		{402, 108, 11, "Credit: 1.0 CE hour"},
	}), "")
	if c.Title != "Laboratory Medicine Grand Rounds: Interpreting Serum Free Light Chain Ratios in Renal Impairment" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestStatementBeforeCertifier: the subject of the accreditation
// statement names the provider before a unit that "certifies that" (the
// unit's institution, before its comma); a page's path ("My Learning ›
// Completed › Course Details") holds no verb and no label.
func TestStatementBeforeCertifier(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{720, 142, 16, "Allegheny Valley Public Health Authority"},
		{607, 142, 20, "TRAINING CERTIFICATE"},
		{577, 202, 11, "The Bureau of Laboratories certifies that"},
		{545, 172, 18, "Oluwaseun Adeyemi-Hart"},
		{517, 242, 11, "has completed the course"},
		{489, 80, 15, "Packaging and Shipping of Division 6.2 Infectious Substances"},
		{401, 110, 10, "Training Date"}, {401, 290, 10, "05/14/2025"},
		{270, 101, 8, "The Allegheny Valley Public Health Authority, Bureau of Laboratories, is approved as a provider of continuing"},
		{259, 138, 8, "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."},
	}), "")
	if c.Provider != "Allegheny Valley Public Health Authority" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
	if got := prose(certLines(placedPage([]placed{{711, 42, 9, "My Learning › Completed › Course Details"}}))); got != "" {
		t.Errorf("a page's path in the prose: %q", got)
	}
}

// TestBoardIsNoProvider: the ASCP Board of Certification a certificate
// says its credits count toward marks no provider; "ADLM designates each
// educational session …" names one.
func TestBoardIsNoProvider(t *testing.T) {
	text := "credits are accepted by the ascp boc credential maintenance program. the ascp board of certification cmp."
	if got := markedProvider(boardMentions.ReplaceAllString(text, "")); got != "" {
		t.Errorf("marked provider %q", got)
	}
	lines := certLines(placedPage([]placed{
		{230, 50, 9, "ADLM designates each educational session for the number of ACCENT® contact hours shown in the program."},
	}))
	if got := accreditedProvider(lines); got != "ADLM" {
		t.Errorf("accredited provider %q", got)
	}
}

// TestValueUnderItsLabel: in a grid of labels over values, a value that
// is also a label's word ("STATUS" over "Completed") does not make the
// cell beside it its value: "COURSE ID" keeps "NSH-W2519".
func TestValueUnderItsLabel(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{682, 56, 12, "National Society for Histotechnology (NSH)"},
		{641, 56, 16, "Immunohistochemistry Troubleshooting: Antigen Retrieval"},
		{602, 56, 8, "LEARNER"}, {602, 227, 8, "STATUS"}, {602, 398, 8, "COURSE ID"},
		{591, 56, 10, "Frances O'Meara-Whitlow"}, {591, 227, 10, "Completed"}, {591, 398, 10, "NSH-W2519"},
		{561, 56, 8, "ENROLLED"}, {561, 227, 8, "COMPLETED ON"}, {561, 398, 8, "ORDER NO."},
		{550, 56, 10, "2025-10-02"}, {550, 227, 10, "2025-10-19"}, {550, 398, 10, "ORD-118205"},
	}), "")
	if c.ActivityID != "NSH-W2519" {
		t.Errorf("activity ID %q; why %q", c.ActivityID, c.why)
	}
}

// TestFactsSeparatorEndsProvider: "Issued by X · 2200 Harbor Avenue · …":
// a middle dot, bullet or bar between facts ends the provider's name.
func TestFactsSeparatorEndsProvider(t *testing.T) {
	for _, in := range []string{
		"Saint Brendan Regional Medical Center, Department of Laboratory Medicine · 2200 Harbor Avenue",
		"Saint Brendan Regional Medical Center, Department of Laboratory Medicine • Record retained",
		"Saint Brendan Regional Medical Center, Department of Laboratory Medicine | Printed 01/09/2026",
	} {
		if got := cutProvider(in); strings.ContainsAny(got, "·•|") || !strings.HasPrefix(got, "Saint Brendan Regional Medical Center") {
			t.Errorf("cutProvider(%q) = %q", in, got)
		}
	}
}

// TestIdentifierColumnLabels: a column label ending in an identifier noun
// names a number, never the thing itself; a certificate's heading beside
// a table is no column label.
func TestIdentifierColumnLabels(t *testing.T) {
	for label, want := range map[string]column{
		"event id":                  colActivityID,
		"event no":                  colActivityID,
		"module code":               colActivityID,
		"member no":                 colNone,
		"order id":                  colNone,
		"certificate of completion": colNone,
		"event":                     colTitle,
	} {
		if got, _ := classifyLabel(label); got != want {
			t.Errorf("classifyLabel(%q) = %v, want %v", label, got, want)
		}
	}
}

// TestRowUnderHeadingWithoutCue: one dated row of facts under a
// "Certificate of Attendance" heading is the certificate's own row, though
// no cue ("This certifies that") or name label is printed: the name in
// letter-spaced capitals, the format on its own line, then the title.
func TestRowUnderHeadingWithoutCue(t *testing.T) {
	page := placedPage([]placed{
		{547, 133, 14, "Association for Diagnostics & Laboratory Medicine"}, {547, 649, 14, "ADLM"},
		{495, 133, 16, "CERTIFICATE OF ATTENDANCE"},
		{454, 133, 22, "PRIYA NATARAJAN-HOLT"},
		{416, 141, 9, "LIVE WEBINAR"},
		{388, 133, 16, "Troponin Reporting in the Emergency Department: Sex-Specific"},
		{364, 133, 16, "Cutoffs and Delta Checks"},
		{328, 133, 8, "WEBINAR DATE"}, {328, 256, 8, "EVENT ID"}, {328, 346, 8, "CREDIT"}, {328, 521, 8, "MEMBER NO."},
		{316, 133, 10, "October 21, 2025"}, {316, 256, 10, "25WB-1021"}, {316, 346, 10, "1.0 ACCENT® contact hour"}, {316, 521, 10, "300117842"},
	})
	pages := []pageText{{Number: 1, Lines: page[0]}}
	if lines, at, _, ok := findHeader(page[0], nil); ok && !certificateRow(pages, 0, lines, at) {
		t.Error("the row of facts is read as a transcript's table")
	}
	c := readCertificate(page, "")
	if c.Name != "PRIYA NATARAJAN-HOLT" || c.ActivityID != "25WB-1021" || !strings.HasPrefix(c.Title, "Troponin Reporting") {
		t.Errorf("name %q id %q title %q; why %q", c.Name, c.ActivityID, c.Title, c.why)
	}
}

// TestActivityIDOverleaf: the first page certifies, the second prints the
// transcript line ("Activity ID | Completed | Credit type | Credits"): the
// activity ID the first page lacks comes from it.
func TestActivityIDOverleaf(t *testing.T) {
	first := placedPage([]placed{
		{656, 201, 12, "American Society for Clinical Pathology"},
		{578, 144, 24, "Certificate of Completion"},
		{536, 276, 11, "Presented to"},
		{505, 86, 20, "Catherine E. O'Donnell-Baptiste"},
		{440, 214, 11, "for successfully completing the course"},
		{411, 108, 16, "Lab Management University: Budgeting and Financial Management"},
		{357, 224, 11, "Date completed: August 14, 2025"},
		{337, 241, 11, "Credits earned: 4.0 CMLE"},
	})
	second := placedPage([]placed{
		{712, 65, 14, "Transcript Excerpt"},
		{668, 65, 9, "Activity ID"}, {668, 186, 9, "Completed"}, {668, 306, 9, "Credit type"}, {668, 427, 9, "Credits"},
		{653, 65, 10, "LMU-FIN-204"}, {653, 186, 10, "08/14/2025"}, {653, 306, 10, "CMLE"}, {653, 427, 10, "4.0"},
	})
	c := readCertificatePages([][]textLine{first[0], second[0]}, "")
	if c.ActivityID != "LMU-FIN-204" || c.Date.String() != "2025-08-14" {
		t.Errorf("id %q date %s; why %q", c.ActivityID, c.Date, c.why)
	}
}

// TestJointAccreditationSubject: Joint Accreditation's fixed lead-in ("In
// support of improving patient care, X, Office of … is jointly
// accredited") puts the subject after its first comma; overleaf, it names
// the organisation whose programme the heading's issuer line names.
func TestJointAccreditationSubject(t *testing.T) {
	first := placedPage([]placed{
		{740, 424, 9, "Office of Continuing Education"},
		{729, 50, 12, "Harborlight Cancer Institute Continuing Medical & Interprofessional Education"},
		{674, 50, 22, "Certificate of Credit"},
		{647, 50, 8, "LEARNER"}, {624, 50, 16, "Siobhan A. Kirkpatrick-Nguyen"},
		{600, 50, 8, "ACTIVITY"}, {585, 50, 13, "Liquid Biopsy in Solid Tumors: Pre-Analytical Variables"},
		{548, 50, 8, "DATES"}, {532, 50, 10, "January 23–24, 2026"},
		{510, 50, 8, "ASCLS P.A.C.E.® contact hours"}, {495, 50, 10, "9.25"},
	})
	second := placedPage([]placed{
		{681, 50, 12, "Joint Accreditation"},
		{658, 50, 10, "In support of improving patient care, Harborlight Cancer Institute, Office of Continuing Education is jointly"},
		{644, 50, 10, "accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation"},
		{630, 50, 10, "Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC)."},
	})
	c := readCertificatePages([][]textLine{first[0], second[0]}, "")
	if organisationOf(c.Provider) != "Harborlight Cancer Institute" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
}

// TestQuotedTitleSentenceGoesOn: "participated in" / "the CLSI webinar
// “Verifying …” on October 8, 2025": the quote closes and the sentence goes
// on in small letters; the quoted words are the title.
func TestQuotedTitleSentenceGoesOn(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{660, 72, 14, "Clinical and Laboratory Standards Institute"},
		{596, 72, 22, "Certificate of Participation"},
		{548, 72, 12, "This is to certify that Nadia F. Kowalski-Ortiz, MS, MLS(ASCP) participated in"},
		{527, 72, 12, "the CLSI webinar “Verifying Precision and Trueness for Quantitative"},
		{506, 72, 12, "Measurement Procedures: Applying EP15-A3 in the Routine Laboratory” on"},
		{485, 72, 12, "October 8, 2025, and has earned 1.5 P.A.C.E.® contact hours."},
	}), "")
	if c.Title != "Verifying Precision and Trueness for Quantitative Measurement Procedures: Applying EP15-A3 in the Routine Laboratory" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestClaimedOfOffered: "CMLE credits claimed: 9.5 (of 16.0 CMLE
// offered)" and a label above its figure that goes on with "by attendee":
// the figure claimed or earned, not the maximum.
func TestClaimedOfOffered(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{483, 225, 22, "Certificate of Attendance"},
		{453, 353, 12, "This certifies that"},
		{420, 187, 20, "Siobhan E. MacAllister"},
		{394, 307, 12, "attended educational sessions at the"},
		{369, 281, 14, "ASCP 2025 Annual Meeting"},
		{348, 238, 11, "September 24–26, 2025"},
		{317, 275, 11, "CMLE credits claimed: 9.5 (of 16.0 CMLE offered)"},
	}), "")
	if c.Credits.String() != "9.5" || c.Unit != celedger.UnitCMLE {
		t.Errorf("credits %s %s; why %q", c.Credits, c.Unit, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{477, 195, 22, "Certificate of Attendance"},
		{442, 337, 12, "is hereby presented to"},
		{405, 168, 20, "Abigail Foster-Nwosu"},
		{372, 341, 12, "for attendance at the"},
		{344, 180, 16, "58th Annual Convention & Laboratory Exposition"},
		{323, 200, 11, "April 16–18, 2026"},
		{280, 248, 9, "Contact hours offered (maximum)"}, {280, 417, 9, "Contact hours earned by attendee"},
		{254, 294, 12, "14.0"}, {254, 464, 12, "11.5"},
	}), "")
	if c.Credits.String() != "11.5" {
		t.Errorf("credits %s; why %q", c.Credits, c.why)
	}
}

// TestModuleTableBesideForm: a form of labels over values on the left, a
// table of modules with their hours on the right ("MODULE | HOURS", items
// "1. …", "2. …", a "Total … contact hours awarded" row): the title is
// the form's, the credits the table's total.
func TestModuleTableBesideForm(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{545, 43, 14, "Northern Plains Laboratory Training Network"},
		{497, 465, 8, "MODULE"}, {497, 717, 8, "HOURS"},
		{488, 43, 20, "Certificate of Completion"},
		{479, 465, 9, "1. Risk assessment framework and biosafety levels"}, {479, 722, 9, "1.0"},
		{463, 43, 8, "PARTICIPANT"},
		{460, 465, 9, "2. Rule-out algorithms for select agents"}, {460, 722, 9, "1.0"},
		{441, 43, 14, "Marcus T. Bellweather"}, {441, 465, 9, "3. Packaging, referral and LRN communication"}, {441, 722, 9, "1.0"},
		{422, 43, 8, "WORKSHOP"}, {422, 465, 9, "Total P.A.C.E.® contact hours awarded"}, {422, 722, 9, "3.0"},
		{403, 43, 13, "Biosafety Risk Assessment for Sentinel Clinical Laboratories"},
		{351, 43, 8, "WORKSHOP DATE"},
		{336, 43, 10, "April 2, 2026"},
	}), "")
	if c.Title != "Biosafety Risk Assessment for Sentinel Clinical Laboratories" || c.Credits.String() != "3" {
		t.Errorf("title %q credits %s; why %q", c.Title, c.Credits, c.why)
	}
}

// TestSessionsTableByDay: a meeting's sessions with their day ("Oct 15",
// no year) and hours, then "Total … contact hours awarded": the total; the
// program number without the accreditor bracketed after it.
func TestSessionsTableByDay(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{653, 122, 20, "Certificate of Continuing Education"},
		{619, 235, 12, "awarded for attendance at the"},
		{595, 123, 16, "Northwest Laboratory Professionals Conference 2025"},
		{574, 195, 11, "Tacoma, Washington – October 15–17, 2025"},
		{534, 60, 10, "Attendee:"}, {534, 167, 10, "Dana L. Whitfield-Marsh"},
		{495, 60, 10, "Program Number:"}, {495, 167, 10, "519-203-25 (ASCLS P.A.C.E.®)"},
		{460, 60, 9, "Sessions attended"}, {460, 408, 9, "Day"}, {460, 474, 9, "Contact hours"},
		{439, 60, 9, "Keynote: The Laboratory Workforce in 2030"}, {439, 402, 9, "Oct 15"}, {439, 500, 9, "1.0"},
		{419, 60, 9, "Sepsis Panels and Procalcitonin Stewardship"}, {419, 402, 9, "Oct 16"}, {419, 500, 9, "1.5"},
		{399, 60, 9, "Emerging Fungal Pathogens"}, {399, 402, 9, "Oct 17"}, {399, 500, 9, "1.5"},
		{338, 271, 9, "Total P.A.C.E.® contact hours awarded"}, {338, 500, 9, "4.0"},
	}), "")
	if c.Credits.String() != "4" || c.ActivityID != "519-203-25" || c.Date.String() != "2025-10-17" {
		t.Errorf("credits %s id %q date %s; why %q", c.Credits, c.ActivityID, c.Date, c.why)
	}
}

// TestFormatLineOverSentence: "SELF-STUDY" on its own line over
// "Bartholomew R. Kincaid has completed …": the format is no part of the
// name.
func TestFormatLineOverSentence(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{563, 238, 24, "Certificate"},
		{538, 237, 18, "of Continuing Education"},
		{484, 271, 11, "SELF-STUDY"},
		{449, 115, 14, "Bartholomew R. Kincaid has completed “Point-of-Care Testing"},
		{425, 94, 14, "Program Oversight for Laboratory Supervisors” on March 3, 2026 and"},
		{401, 126, 14, "is awarded 1.5 contact hours of continuing education credit."},
	}), "")
	if c.Name != "Bartholomew R. Kincaid" {
		t.Errorf("name %q; why %q", c.Name, c.why)
	}
}

// TestDaysByWeekdayInDateColumn: a "Date" column whose rows open with
// the weekday ("Friday, April 11, 2025"): the last day.
func TestDaysByWeekdayInDateColumn(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{640, 98, 24, "CERTIFICATE OF ATTENDANCE"},
		{582, 118, 16, "Keystone Clinical Laboratory Science Meeting 2025"},
		{524, 264, 12, "This certifies that"},
		{494, 124, 18, "LUCINDA FAYE MORROW"},
		{468, 118, 11, "attended the sessions listed below and earned the continuing education shown."},
		{424, 78, 9, "Day"}, {424, 148, 9, "Date"}, {424, 455, 9, "Contact hours"},
		{400, 78, 9, "Day 1"}, {400, 148, 9, "Thursday, April 10, 2025"}, {400, 484, 9, "6.0"},
		{376, 78, 9, "Day 2"}, {376, 148, 9, "Friday, April 11, 2025"}, {376, 484, 9, "4.5"},
		{352, 78, 9, "Total"}, {352, 481, 9, "10.5"},
	}), "")
	if c.Date.String() != "2025-04-11" {
		t.Errorf("date %s; why %q", c.Date, c.why)
	}
}

// TestFormValueWrapsAtRowPitch: a labelled title left open ("…
// Substances:", "… to Reach" / "the One Percent Benchmark") goes on at the
// value's edge a form's row pitch below; an issuer line its acronym closes
// ("… Department of Health (NPDH)") wraps onto nothing, so the statement's
// "… Department of Health Public Health Laboratory" names the institution
// and its unit.
func TestFormValueWrapsAtRowPitch(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{747, 50, 16, "North Plains Department of Health (NPDH)"},
		{727, 50, 11, "Public Health Laboratory"},
		{652, 168, 18, "Training Completion Certificate"},
		{599, 155, 10, "Participant:"}, {599, 222, 10, "Teodoro V. Almanza"},
		{518, 149, 10, "Course Title:"}, {518, 222, 10, "Packaging and Shipping Division 6.2 Infectious Substances:"},
		{491, 222, 10, "Biosafety and Regulatory Refresher"},
		{468, 153, 10, "Course No.:"}, {468, 222, 10, "PHL-PS-0212"},
		{440, 131, 10, "Date of Training:"}, {440, 222, 10, "02/12/2026"},
		{414, 138, 10, "Contact Hours:"}, {414, 222, 10, "3.0"},
		{306, 50, 10, "The North Plains Department of Health Public Health Laboratory is approved as a provider of continuing"},
		{294, 50, 10, "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."},
	}), "")
	if c.Title != "Packaging and Shipping Division 6.2 Infectious Substances: Biosafety and Regulatory Refresher" || c.Provider != "North Plains Department of Health" {
		t.Errorf("title %q provider %q; why %q", c.Title, c.Provider, c.why)
	}
}

// TestNoTitleFromCaptionOrDatedFact: under a labelled name, a table's
// caption in capitals over its row of labels ("SESSIONS CLAIMED") and a
// form's dated fact ("Date credit claimed | March 9, 2026") are no title;
// the meeting under the heading is.
func TestNoTitleFromCaptionOrDatedFact(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{724, 54, 11, "ASCP"}, {724, 138, 11, "CMLE Credit Certificate — Live Meeting"},
		{673, 54, 20, "ASCP 2025 Annual Meeting"},
		{657, 54, 10, "Chicago, Illinois · September 10–12, 2025"},
		{631, 54, 9, "Attendee"},
		{629, 169, 11, "Jun-ho Park, MB(ASCP)CM"},
		{613, 54, 9, "Date credit claimed"}, {613, 169, 10, "October 1, 2025"},
		{568, 54, 11, "SESSIONS CLAIMED"},
		{550, 58, 8, "Date"}, {550, 102, 8, "Session"}, {550, 408, 8, "CMLE available"}, {550, 488, 8, "CMLE claimed"},
		{532, 58, 9, "Sept 10"}, {532, 102, 9, "Opening General Session: Laboratory Medicine"}, {532, 465, 9, "1.0"}, {532, 539, 9, "1.0"},
		{503, 58, 9, "Sept 10"}, {503, 102, 9, "Digital Morphology in Hematology"}, {503, 465, 9, "1.5"}, {503, 539, 9, "1.5"},
		{485, 58, 9, "Sept 11"}, {485, 102, 9, "Blood Bank Case Challenges"}, {485, 465, 9, "1.5"}, {485, 539, 9, "1.5"},
		{394, 102, 9, "Totals"}, {394, 457, 9, "4.0"}, {394, 537, 9, "4.0"},
	}), "")
	if c.Title != "ASCP 2025 Annual Meeting" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestTitleLastWordIsALabelWord: a centred title whose last word ("Module")
// wraps onto a line of its own, then the sentence goes on ("on December
// 8, 2025, earning …"): the word is the title's, and the sentence no value.
func TestTitleLastWordIsALabelWord(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{464, 242, 24, "Certificate of Completion"},
		{424, 350, 12, "This certifies that"},
		{390, 258, 18, "Jeremiah Okafor-Sinclair"},
		{364, 241, 12, "has successfully completed the continuing education course"},
		{335, 156, 14, "Blood Bank Safety and Specimen Labeling: New Employee Orientation"},
		{312, 359, 14, "Module"},
		{283, 240, 12, "on December 8, 2025, earning 1.5 P.A.C.E.® contact hours."},
	}), "")
	if c.Title != "Blood Bank Safety and Specimen Labeling: New Employee Orientation Module" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestLabelWordsOfCertW: labels of several words known whole win over their
// tail and their bare form ("Training start date" is no completion date), a self-study's
// number is its activity ID, and a wrapped credit label joins ("AMA PRA
// Category 1" / "Credits™"), while two labels stacked ("Participant" / "Course") stay apart.
func TestLabelWordsOfCertW(t *testing.T) {
	for text, want := range map[string]certLabel{
		"Training start date": certOtherDate, "Training end date": certDate, "START": certOtherDate, "END": certDate,
		"Self-Study No.": certID, "Trainee name": certName, "Credit claimed by participant": certCredits,
		// A whole label the vocabulary lists wins over its bare form
		// ("Date" qualified by "claimed"): the day the credit was claimed.
		"Date claimed": certOtherDate, "Date claimed:": certOtherDate, "Contact hours claimed": certCredits,
	} {
		if got, _, _ := labelAt(text); got != want {
			t.Errorf("labelAt(%q) = %v, want %v", text, got, want)
		}
	}
	if !continuesLabel("AMA PRA Category 1", "Credits™") || continuesLabel("Participant", "Course") {
		t.Error("continuesLabel: a label and its longer form join; two labels stacked do not")
	}
	if got, _ := classifyLabel("course section"); got != colActivityID {
		t.Errorf("classifyLabel(course section) = %v", got)
	}
}

// TestStatusWordUnderStatusLabel: a row of values whose STATUS cell is a
// word that is also a label ("Completed") is still the row of values; a
// table of credit types under "Credit Type" is not one row of values.
func TestStatusWordUnderStatusLabel(t *testing.T) {
	page := placedPage([]placed{
		{669, 129, 16, "Continuing Education Unit Transcript"},
		{639, 60, 8, "NAME"}, {627, 60, 11, "Abigail M. Fairweather-Stone"},
		{606, 61, 8, "COURSE NUMBER"}, {606, 160, 8, "DATES"}, {606, 265, 8, "CEUs"}, {606, 325, 8, "STATUS"},
		{592, 61, 10, "CLS 5105-CE"}, {592, 160, 10, "03/06/2026"}, {592, 265, 10, "2.4"}, {592, 325, 10, "Completed"},
		{556, 61, 8, "COURSE TITLE"},
		{535, 61, 14, "Molecular Diagnostics for the Clinical Laboratory"},
	})
	c := readCertificate(page, "")
	if c.Credits.String() != "2.4" || c.Unit != celedger.UnitCEU || c.ActivityID != "CLS 5105-CE" {
		t.Errorf("credits %s %s id %q; why %q", c.Credits, c.Unit, c.ActivityID, c.why)
	}
}

// TestClaimedLineUnderMaximaTable: a table of maxima per credit type, then
// "Credit claimed by participant: ASCLS P.A.C.E.® — 1.0 contact hour
// (attestation submitted" / "02/20/2026)": the claim, its bracket left
// open by the line.
func TestClaimedLineUnderMaximaTable(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{693, 183, 20, "CERTIFICATE OF PARTICIPATION"},
		{677, 245, 11, "This document certifies that"},
		{648, 150, 18, "Nadia Belkacem"},
		{625, 241, 11, "participated in the live activity"},
		{610, 95, 14, "Molecular Tumor Board Series: Liquid Biopsy"},
		{577, 58, 9, "held February 18, 2026"},
		{553, 61, 9, "Credit type"}, {553, 363, 9, "Maximum designated for this activity"},
		{536, 61, 9, "AMA PRA Category 1 Credits™ (physicians)"}, {536, 363, 9, "1.50"},
		{484, 61, 9, "ASCLS P.A.C.E.® contact hours (laboratory professionals)"}, {484, 363, 9, "1.50"},
		{454, 67, 10, "Credit claimed by participant: ASCLS P.A.C.E.® — 1.0 contact hour (attestation submitted"},
		{442, 67, 10, "02/20/2026)"},
	}), "")
	if c.Credits.String() != "1" {
		t.Errorf("credits %s; why %q", c.Credits, c.why)
	}
}

// TestHeadingIsNoLabel: "OPERATOR TRAINING COMPLETION RECORD" is a heading,
// not the label "Operator" and a name; a line that cannot be a title
// between the name and a title set larger is passed over.
func TestHeadingIsNoLabel(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{652, 116, 18, "OPERATOR TRAINING COMPLETION RECORD"},
		{600, 61, 10, "Trainee name"}, {600, 205, 10, "Rafael Ignacio Montoya"},
		{506, 61, 10, "Course title"}, {506, 209, 10, "Q-Chem 7 Chemistry Analyzer Basic Operator Course"},
		{446, 61, 10, "Training start date"}, {446, 205, 10, "03/03/2026"},
		{416, 61, 10, "Training end date"}, {416, 205, 10, "03/04/2026"},
		{385, 61, 10, "Contact hours"}, {385, 205, 10, "12.0"},
	}), "")
	if c.Name != "Rafael Ignacio Montoya" || c.Date.String() != "2026-03-04" {
		t.Errorf("name %q date %s; why %q", c.Name, c.Date, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{441, 202, 20, "Certificate of Training Completion"},
		{418, 364, 13, "presented to"},
		{386, 289, 24, "Roberta J. Kingfisher"},
		{363, 172, 12, "Sentinel Clinical Laboratory Outreach - Course completed with a passing examination score"},
		{337, 142, 14, "Packaging and Shipping Division 6.2 Infectious Substances"},
		{288, 155, 9, "Course ID"}, {288, 270, 9, "Date completed"}, {288, 592, 9, "Contact hours"},
		{266, 139, 10, "NTPHL-PS-2601"}, {266, 279, 10, "01/22/2026"}, {266, 616, 10, "4.0"},
	}), "")
	if c.Title != "Packaging and Shipping Division 6.2 Infectious Substances" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestCertXKinds: "This document verifies the participation of" names the
// participant; a labelled title wraps at the form's own row pitch; a value
// under its label left open by a colon goes on though its next line opens
// with a label's word ("Category A and Category B"); "Credit claimed" over
// rows per credit type is no figure of its own, and "Continuing Education
// (CE) contact hours" is the laboratory one.
func TestCertXKinds(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{437, 180, 22, "Certificate of Continuing Education"},
		{402, 285, 11, "This document verifies the participation of"},
		{374, 207, 18, "Priya Venkataraman-Holt, MB(ASCP)CM"},
		{351, 344, 11, "in the online activity"},
		{329, 153, 15, "Molecular Pathology Update: Next-Generation Sequencing Quality"},
		{308, 281, 15, "Metrics for Solid Tumor Panels"},
		{282, 233, 10, "Date of completion: 11/18/2025"},
		{258, 156, 10, "Credit claimed by learner: 1.75 P.A.C.E.® contact hours"},
	}), "")
	if c.Name != "Priya Venkataraman-Holt" {
		t.Errorf("name %q; why %q", c.Name, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{622, 60, 18, "Continuing Education Unit Certificate"},
		{559, 146, 10, "Participant"}, {559, 212, 10, "Chen-Wei Lau"},
		{527, 148, 10, "Student ID"}, {527, 212, 10, "900417726"},
		{495, 142, 10, "Course title"}, {495, 212, 10, "Quality Control Program Design for Small"},
		{463, 212, 10, "Clinical Laboratories"},
		{431, 150, 10, "Course ID"}, {431, 212, 10, "PCS-0619"},
		{397, 118, 10, "Completion date"}, {397, 212, 10, "June 12, 2025"},
		{365, 126, 10, "CEUs awarded"}, {365, 212, 10, "0.6"},
	}), "")
	if c.Title != "Quality Control Program Design for Small Clinical Laboratories" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{632, 140, 18, "Training Completion Certificate"},
		{601, 80, 8, "NAME OF TRAINEE"}, {583, 84, 12, "Monique D. Tremblay-Fox"},
		{553, 80, 8, "COURSE TITLE"}, {537, 84, 13, "Packaging and Shipping Division 6.2 Infectious Substances:"},
		{513, 84, 13, "Category A and Category B"},
		{481, 80, 8, "COURSE CODE"}, {465, 84, 12, "LT-262"},
		{433, 80, 8, "DATE OF TRAINING"}, {417, 84, 12, "04/09/2025"},
		{385, 80, 8, "CONTACT HOURS (P.A.C.E.®)"}, {369, 84, 12, "2.0"},
	}), "")
	if c.Title != "Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{641, 61, 20, "Certificate of Credit"},
		{601, 61, 11, "Learner: Hollis E. Brandt"},
		{548, 61, 15, "Digital Pathology Validation: Whole Slide Imaging"},
		{506, 61, 10, "Completed: 02/02/2026"},
		{472, 61, 9, "Credit type"}, {472, 306, 9, "Maximum available"}, {472, 414, 9, "Credit claimed"},
		{457, 61, 9, "AMA PRA Category 1 Credits™"}, {457, 306, 9, "1.50"}, {457, 414, 9, "0.00"},
		{443, 61, 9, "Continuing Education (CE) contact hours"}, {443, 306, 9, "1.50"}, {443, 414, 9, "1.25"},
	}), "")
	if c.Credits.String() != "1.25" {
		t.Errorf("credits %s %s; why %q", c.Credits, c.Unit, c.why)
	}
}

// TestPresenterIsNoProvider: "Presented by" a person with degrees names the
// speaker; the provider is the society its accreditation statement names.
func TestPresenterIsNoProvider(t *testing.T) {
	if !speaker("Renata Vasquez-Lyle, PhD, D(ABMM), Regional Mycology Reference Laboratory") || speaker("Great Lakes Society, Education Committee") {
		t.Error("speaker: a person with a degree is one; an organisation and its unit is not")
	}
	c := readCertificate(placedPage([]placed{
		{678, 86, 16, "Cumberland Society for Clinical Laboratory Science"},
		{623, 86, 20, "VERIFICATION OF SESSION ATTENDANCE"},
		{559, 86, 16, "Emerging Fungal Pathogens: Candida auris Screening"},
		{513, 86, 10, "Presented by Renata Vasquez-Lyle, PhD, D(ABMM), Regional Mycology Reference Laboratory"},
		{476, 86, 8, "ATTENDEE"}, {476, 425, 8, "SESSION DATE"},
		{460, 86, 11, "Wendell O. Pruitt"}, {460, 425, 11, "March 28, 2025"},
		{429, 266, 8, "P.A.C.E.® CONTACT HOURS"}, {412, 266, 11, "1.0"},
		{300, 86, 9, "The Cumberland Society for Clinical Laboratory Science is approved as a provider of continuing education"},
		{290, 86, 9, "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."},
	}), "")
	if c.Provider != "Cumberland Society for Clinical Laboratory Science" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
}

// TestUnitWords: the words that open and end an institution's unit are
// data ([unit-start], [unit-end] of certificate_words.txt), matched as
// printed, each end word with how surely it names a unit.
func TestUnitWords(t *testing.T) {
	for s, want := range map[string]bool{"Department of Laboratory Medicine": true, "Center for Education": true, "Centerville Hospital": false, "department of x": false} {
		if unitStart(s) != want {
			t.Errorf("unitStart(%q) = %v", s, !want)
		}
	}
	for _, tt := range []struct {
		s    string
		tier int
		want bool
	}{
		{"Anatomic Pathology Section", 1, true}, {"Customer Education Center", 1, false}, {"Customer Education Center", 2, true}, {"Education Council", 1, true},
		{"Clinical Laboratory", 2, false}, {"Clinical Laboratory", 3, true}, {"Clinical Laboratory.", 3, false},
	} {
		if unitEnds(tt.s, tt.tier) != tt.want {
			t.Errorf("unitEnds(%q, %d) = %v", tt.s, tt.tier, !tt.want)
		}
	}
}

// TestNameUnderTwoLineHeading: "CERTIFICATE" over "of course completion"
// is one heading; the name under it is the participant's, the line under
// that the title.
func TestNameUnderTwoLineHeading(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{534, 327, 14, "MediaLab, Inc."},
		{486, 269, 30, "CERTIFICATE"},
		{466, 340, 12, "of course completion"},
		{427, 264, 20, "Roderick Abara-Lindgren"},
		{396, 133, 14, "Bloodborne Pathogens Safety Training for Laboratory Personnel (2026 Update)"},
		{364, 66, 10, "Course ID"}, {364, 292, 10, "BBP-26"},
		{346, 66, 10, "Completed"}, {346, 292, 10, "Jan 5, 2026"},
		{328, 66, 10, "Credit"}, {328, 292, 10, "1.0 CE hour (P.A.C.E.®)"},
	}), "")
	if c.Name != "Roderick Abara-Lindgren" || !strings.HasPrefix(c.Title, "Bloodborne Pathogens") {
		t.Errorf("name %q, title %q; why %q", c.Name, c.Title, c.why)
	}
}

// TestRowOfSmallLabelsOverWrappedValues: labels in small capitals over a
// row of values set larger, one of whose cells wraps ("01/12/2026 –" /
// "03/06/2026"): the row is as near as its first line, so each label
// takes the value under it; the issuer beside "Date printed: …" is the
// institution over its office.
func TestRowOfSmallLabelsOverWrappedValues(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{724, 57, 16, "University of the Northern Plains"}, {724, 437, 9, "Date printed: March 20, 2026"},
		{711, 57, 11, "Office of Continuing and Professional Education"},
		{669, 129, 15, "Continuing Education Unit Transcript"},
		{639, 60, 7.5, "NAME"}, {639, 334, 7.5, "STUDENT ID"},
		{627, 60, 13, "Abigail M. Fairweather-Stone"}, {627, 334, 13, "UNP-00738114"},
		{606, 61, 7.5, "COURSE NUMBER"}, {606, 145, 7.5, "DATES"}, {606, 265, 7.5, "CEUs"}, {606, 325, 7.5, "STATUS"},
		{586, 61, 10, "CLS 5105-CE"}, {586, 145, 10, "01/12/2026 –"}, {586, 265, 10, "2.4"}, {586, 325, 10, "Completed"},
		{574, 145, 10, "03/06/2026"},
		{556, 61, 7.5, "COURSE TITLE"},
		{535, 61, 12, "Molecular Diagnostics for the Clinical Laboratory"},
	}), "")
	if c.Credits.String() != "2.4" || c.Unit != "CEU" || c.Date.String() != "2026-03-06" || c.ActivityID != "CLS 5105-CE" || c.Provider != "University of the Northern Plains" {
		t.Errorf("credits %s %s, date %s, id %q, provider %q; why %q", c.Credits, c.Unit, c.Date, c.ActivityID, c.Provider, c.why)
	}
}

// TestValueRunIntoNextColumn: a row of values whose name runs so close
// to the next cell that the two read as one segment is cut where a word
// starts under the label with no value of its own.
func TestValueRunIntoNextColumn(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{623, 86, 20, "VERIFICATION OF SESSION ATTENDANCE"},
		{559, 86, 16, "Emerging Fungal Pathogens: Candida auris Screening"},
		{476, 86, 8, "ATTENDEE"}, {476, 255, 8, "SESSION NO."}, {476, 425, 8, "SESSION DATE"},
		// The name ends at x=245; a 9.6 pt gap, and "3B" starts at 254.6.
		{460, 86, 12, "Wendell O. Pruitt, MLS(ASCP)|3B"}, {460, 425, 12, "March 28, 2025"},
		{429, 266, 8, "P.A.C.E.® CONTACT HOURS"}, {412, 266, 11, "1.0"},
	}), "")
	if c.Name != "Wendell O. Pruitt" || c.ActivityID != "3B" {
		t.Errorf("name %q, id %q; why %q", c.Name, c.ActivityID, c.why)
	}
}

// TestNamedAboveAndOnDemand: a letter's certifying sentence that calls
// the participant "the individual named above" names the inside address
// under the date; a line of delivery words ("On-Demand") between the verb
// and the title is the format, not the title. A footer's "the person
// named above", in no certifying sentence, names nobody.
func TestNamedAboveAndOnDemand(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{720, 72, 16, "AABB"},
		{650, 72, 10, "November 3, 2025"},
		{625, 72, 10, "Desmond A. Okafor Jr., MT(ASCP)SBB"},
		{613, 72, 10, "Transfusion Service, Brackenridge Memorial Hospital"},
		{542, 72, 14, "CONTINUING EDUCATION CERTIFICATE"},
		{518, 72, 10, "This letter certifies that the individual named above participated in the following"},
		{489, 101, 10, "On-Demand"},
		{473, 101, 12, "Cold-Stored Platelets in Trauma Resuscitation"},
		{437, 101, 10, "Date of completion: October 8, 2025"},
		{398, 72, 10, "Program No. 519-133-25 has been approved for 1.5 P.A.C.E.® contact hours."},
		{80, 72, 8, "This certificate is valid only for the person named above."},
	}), "")
	if c.Name != "Desmond A. Okafor Jr." || c.Title != "Cold-Stored Platelets in Trauma Resuscitation" {
		t.Errorf("name %q, title %q; why %q", c.Name, c.Title, c.why)
	}
}

// TestLetterTableUnderSentence: a letter's table of "Webinar Title | Date |
// Contact Hours" over a row whose title wraps: the row under the labels
// is nearer than the sentence above them, so the values are below.
func TestLetterTableUnderSentence(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{566, 72, 10, "RE: Certificate of Completion"},
		{542, 72, 10, "Dear Ms. Whitaker:"},
		{519, 72, 10, "This letter certifies that Camille Whitaker, HTL(ASCP)QIHC, completed the following live webinar"},
		{505, 72, 10, "offered by the National Society for Histotechnology."},
		{480, 72, 10, "Webinar Title"}, {480, 360, 10, "Date"}, {480, 454, 10, "Contact Hours"},
		{465, 72, 10, "Histology Laboratory Safety: Formaldehyde"}, {465, 360, 10, "05/21/2025"}, {465, 484, 10, "1.0"},
		{451, 72, 10, "Exposure Monitoring and Spill Response"},
	}), "")
	if want := "Histology Laboratory Safety: Formaldehyde Exposure Monitoring and Spill Response"; c.Title != want {
		t.Errorf("title %q, want %q; why %q", c.Title, want, c.why)
	}
}

// TestSealWordAndOpenWrap: a seal's word that reads as a credits label
// ("CMLE") takes no other label's value as its figure; a labelled title
// left open by a comma goes on at the form's wider pitch; "Date viewed"
// is the date, "Originally presented live on" another.
func TestSealWordAndOpenWrap(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{474, 195, 24, "CERTIFICATE OF COMPLETION"},
		{420, 93, 18, "Marisol Echeverría-Quintana"},
		{400, 298, 12, "has successfully completed the"},
		{358, 207, 16, "Interpreting Flow Cytometry in Chronic Lymphoproliferative Disorders"},
		{274, 322, 11, "Date viewed: June 23, 2026"},
		{256, 268, 11, "and has been awarded 1.0 CMLE credit"},
		{236, 221, 10, "Originally presented live on March 4, 2026"},
		{126, 90, 9, "CMLE"}, {126, 163, 9, "Course Code: WB25-FC-0314"},
	}), "")
	if c.Credits.String() != "1" || c.Date.String() != "2026-06-23" {
		t.Errorf("credits %s, date %s; why %q", c.Credits, c.Date, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{634, 157, 20, "Certificate of Participation"},
		{589, 72, 8, "PARTICIPANT NAME"}, {568, 72, 12, "Søren Aagaard-Lindqvist"},
		{528, 72, 8, "ACTIVITY TITLE"},
		{507, 72, 12, "Mass Spectrometry in the Routine Clinical Laboratory: Method Validation,"},
		{483, 72, 12, "Interference Studies, and Ongoing Quality Monitoring"},
		{452, 72, 8, "DATE OF COMPLETION"}, {452, 227, 8, "CONTACT HOURS"},
		{432, 72, 11, "03/09/2026"}, {432, 227, 11, "1.5"},
	}), "")
	if want := "Mass Spectrometry in the Routine Clinical Laboratory: Method Validation, Interference Studies, and Ongoing Quality Monitoring"; c.Title != want {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestEventKindOverSessionTitle: "has attended the" / "Spring Symposium" /
// the session's title: the event's kind is the format when a title
// follows it, the meeting's name when the facts do; "Presented by" a
// person with a degree names the speaker, never the provider.
func TestEventKindOverSessionTitle(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{583, 151, 16, "Tri-State Clinical Laboratory Society"},
		{537, 175, 22, "Certificate of Attendance"},
		{498, 264, 11, "This certifies that"},
		{471, 145, 18, "Dwayne A. Pettigrew Sr., MLS(ASCP)"},
		{443, 265, 11, "has attended the"},
		{423, 251, 13, "Spring Symposium"},
		{400, 114, 14, "Hemoglobinopathies Beyond Sickle Cell: HPLC and Capillary"},
		{384, 169, 14, "Electrophoresis Patterns You Should Know"},
		{360, 209, 10, "Session Date:"}, {360, 290, 10, "04/11/2025"},
		{343, 202, 10, "Contact Hours:"}, {343, 290, 10, "1.0"},
		{211, 260, 10, "Presented by Victor M. Ilunga, MD, Hematopathology Fellowship Director"},
	}), "")
	if want := "Hemoglobinopathies Beyond Sickle Cell: HPLC and Capillary Electrophoresis Patterns You Should Know"; c.Title != want || c.Provider != "Tri-State Clinical Laboratory Society" {
		t.Errorf("title %q, provider %q; why %q", c.Title, c.Provider, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{537, 175, 22, "Certificate of Attendance"},
		{498, 264, 11, "This certifies that"},
		{471, 145, 18, "Dwayne A. Pettigrew Sr."},
		{443, 265, 11, "has attended the"},
		{423, 251, 13, "Spring Symposium"},
		{360, 209, 10, "Date:"}, {360, 290, 10, "04/12/2025"},
		{343, 202, 10, "Contact Hours:"}, {343, 290, 10, "6.0"},
	}), "")
	if c.Title != "Spring Symposium" {
		t.Errorf("meeting attended: title %q; why %q", c.Title, c.why)
	}
}

// TestDateOfFormatLabel: "Date of eCast:" (Date of and a format, medium
// or event word) is the activity's date, not the letter's date above it;
// "Title of program" is the title's label.
func TestDateOfFormatLabel(t *testing.T) {
	for label, want := range map[string]certLabel{"Date of eCast": certDate, "Date of live webinar": certDate, "Date of symposium": certDate, "Date of birth": certNone, "Date of issue": certNone,
		"Title of program": certTitle, "Name of course": certTitle, "Title of position": certNone} {
		if got, _ := labelOfFormat(label); got != want {
			t.Errorf("labelOfFormat(%q) = %v, want %v", label, got, want)
		}
	}
	if k, _, _ := labelAt("Title of program"); k != certTitle {
		t.Errorf(`labelAt("Title of program") = %v, want the title's label`, k)
	}
	c := readCertificate(placedPage([]placed{
		{621, 65, 10, "March 3, 2025"},
		{584, 65, 18, "CERTIFICATE OF PARTICIPATION"},
		{554, 65, 11, "This is to certify that"},
		{527, 65, 14, "Tobenna J. Okonkwo-Reyes"},
		{503, 65, 11, "participated in the following AABB distance-learning program:"},
		{459, 65, 13, "Massive Transfusion Protocols in Obstetric Hemorrhage"},
		{402, 65, 10, "Date of eCast: February 26, 2025"},
		{342, 65, 10, "ASCLS P.A.C.E.® contact hours"}, {342, 487, 10, "1.5"},
	}), "")
	if c.Date.String() != "2025-02-26" {
		t.Errorf("date %s; why %q", c.Date, c.why)
	}
}

// TestVendorNames: a vendor's name ends in a trade noun the vocabulary
// knows ([organisation]), so an issuer line of one is an organisation.
func TestVendorNames(t *testing.T) {
	for _, name := range []string{"Northwind Lab Automation", "Corvana Biomedical", "Helix Genomics", "Orion Diagnostics"} {
		if !namesOrganisation(name) {
			t.Errorf("%q names no organisation", name)
		}
	}
	if namesOrganisation("Track System Key Operator Training") {
		t.Error("a title named an organisation")
	}
}

// TestUnitBeforeItsInstitution: "The Laboratory Education Department of
// Riverbend Valley Medical Center is approved …" names the institution
// after its unit; "Tidewater State Department of Health, Bureau of
// Laboratories" is an agency and its unit.
func TestUnitBeforeItsInstitution(t *testing.T) {
	for text, want := range map[string]bool{"Riverbend Valley Medical Center": true, "Health": false, "Health Public Health Laboratory": false, "Health, Bureau of Laboratories": false} {
		if institutionName(text) != want {
			t.Errorf("institutionName(%q) = %v", text, !want)
		}
	}
	c := readCertificate(placedPage([]placed{
		{685, 173, 20, "Certificate of Completion"},
		{625, 62, 9, "Participant"}, {625, 396, 9, "Date of Completion"},
		{603, 62, 12, "Priyanka Venkataraman-Holt"}, {603, 396, 12, "January 9, 2025"},
		{557, 62, 9, "Program Title"},
		{534, 62, 12, "Hemolysis, Icterus, and Lipemia Interference"},
		{473, 62, 9, "Program No."}, {473, 226, 9, "Contact Hours"},
		{450, 62, 11, "587-112-25"}, {450, 226, 11, "1.0"},
		{409, 66, 9, "The Laboratory Education Department of Riverbend Valley Medical Center is approved as a provider of continuing"},
		{398, 66, 9, "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."},
	}), "")
	if c.Provider != "Riverbend Valley Medical Center" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
}

// TestFormatPhraseWithAcronym: the provider's acronym among format words
// is still a format line ("the NSH LIVE WEBINAR", "the CLSI On-Demand");
// a meeting's name with its acronym and year is a name.
func TestFormatPhraseWithAcronym(t *testing.T) {
	for text, want := range map[string]bool{"the NSH LIVE WEBINAR": true, "the CLSI On-Demand": true, "CLSI Self-Study Module": true,
		"AMT 2025 Educational Program & National Meeting": false, "NSH Grossing Workshop": false, "Method Comparison (EP09)": false} {
		if formatPhrase(text) != want {
			t.Errorf("formatPhrase(%q) = %v", text, !want)
		}
	}
}

// TestExpirySentenceIsNoDate: "Date:" alone may be a signature's; a
// sentence's date beats it, unless another date's word introduces it
// ("This record expires … on February 19, 2026").
func TestExpirySentenceIsNoDate(t *testing.T) {
	if got := withoutOtherDates("held on March 3, 2025\nThis record expires for biosafety purposes on February 19, 2026\n"); got != "held on March 3, 2025\n" {
		t.Errorf("withoutOtherDates: %q", got)
	}
	c := readCertificate(placedPage([]placed{
		{635, 72, 18, "Certificate of Training"},
		{612, 72, 11, "Devon Ashby-Kaplan completed the following training:"},
		{593, 72, 10, "Training:"}, {593, 242, 10, "Biosafety Level 3 Practices"},
		{552, 72, 10, "Date:"}, {552, 242, 10, "February 19, 2025"},
		{538, 72, 10, "Credit:"}, {538, 242, 10, "3.0 P.A.C.E.® contact hours"},
		{387, 158, 9, "This record expires for biosafety purposes on February 19, 2026"},
	}), "")
	if c.Date.String() != "2025-02-19" {
		t.Errorf("date %s; why %q", c.Date, c.why)
	}
}

// TestClaimedUnderShiftedHeader: "Credit type | Maximum | Claimed" over
// rows whose figures sit left of their labels (a ruled table's cells
// centred differently): the row's cells pair with the header's in order,
// so the claimed figure counts.
func TestClaimedUnderShiftedHeader(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{505, 265, 22, "Certificate of Attendance"},
		{476, 216, 16, "Oluwaseun Adebayo-Grant, MT(ASCP)SBB"},
		{455, 369, 11, "attended the"},
		{429, 281, 16, "2024 AABB Annual Meeting"},
		{409, 224, 10, "October 19–22, 2024 • George R. Brown Convention Center, Houston, Texas"},
		{386, 157, 9, "Credit type"}, {386, 375, 9, "Maximum"}, {386, 595, 9, "Claimed"},
		{368, 76, 9, "ASCLS P.A.C.E.® contact hours"}, {368, 291, 9, "30.0"}, {368, 507, 9, "18.0"},
		{349, 76, 9, "AMA PRA Category 1 Credits™"}, {349, 291, 9, "30.0"}, {349, 507, 9, "0.0"},
	}), "")
	if c.Credits.String() != "18" {
		t.Errorf("credits %s %s; why %q", c.Credits, c.Unit, c.why)
	}
}

// TestCertsZ7Kinds: the kinds the certs-z7 writer found, by layout.
func TestCertsZ7Kinds(t *testing.T) {
	title := func(page [][]textLine) string { return readCertificate(page, "").Title }
	tests := []struct {
		name string
		page []placed
		read func(page [][]textLine) string
		want string
	}{{
		// A letter's inside address: the lines under the addressee are
		// the street and town, never the title.
		name: "letter's address is no title",
		page: []placed{
			{720, 182, 12, "American Society for Clinical Laboratory Science"},
			{646, 72, 10, "June 14, 2024"},
			{612, 72, 10, "Inés Pérez-Calderón, MS, MLS(ASCP)CM"},
			{598, 72, 10, "88 Harrow Point Road"},
			{584, 72, 10, "Asheville, NC 28801"},
			{548, 72, 10, "Dear Ms. Pérez-Calderón:"},
			{524, 72, 10, "Thank you for completing the ASCLS eLearning module described below. This letter serves as your"},
			{509, 72, 10, "certificate of completion."},
			{453, 88, 10, "SELF-STUDY"},
			{433, 88, 13, "Cybersecurity Basics for the Clinical Laboratory:"},
			{416, 88, 13, "Phishing, Ransomware and Downtime Readiness"},
			{387, 88, 10, "Completed"}, {387, 250, 10, "June 2, 2024"},
		},
		read: title,
		want: "Cybersecurity Basics for the Clinical Laboratory: Phishing, Ransomware and Downtime Readiness",
	}, {
		// An issuer that ends in an organisation word takes one more such
		// word wrapped under it.
		name: "issuer wraps one word",
		page: []placed{
			{715, 61, 18, "California Association for Medical Laboratory"},
			{697, 61, 18, "Technology"},
			{682, 64, 10, "CAMLT · Continuing Education Department"},
			{620, 61, 20, "Certificate of Attendance"},
			{590, 61, 12, "This certifies that Danielle Chu-Whitaker attended the seminar"},
			{570, 61, 12, "Molecular Diagnostics of Respiratory Pathogens"},
		},
		read: func(page [][]textLine) string { return issuerLine(certLines(page)) },
		want: "California Association for Medical Laboratory Technology",
	}, {
		// The rest of a sentence under the name ("for full attendance at
		// …") is passed over for the title below it.
		name: "fragment under the name",
		page: []placed{
			{469, 200, 26, "Certificate of Attendance"},
			{445, 363, 11, "presented to"},
			{415, 199, 22, "Bartholomew O'Shaughnessy"},
			{390, 250, 12, "for full attendance at the two-day hands-on workshop"},
			{365, 252, 15, "Hands-On Flow Cytometry Workshop:"},
			{342, 226, 15, "Panel Design and Gating"},
			{296, 235, 10, "May 16–17, 2024 · Raleigh, North Carolina"},
		},
		read: title,
		want: "Hands-On Flow Cytometry Workshop: Panel Design and Gating",
	}, {
		// The values under a row of labels are facts, not the title; the
		// title is the headline above the name.
		name: "values row under the name",
		page: []placed{
			{632, 58, 10, "SELF-STUDY"},
			{606, 58, 16, "Ethics and Professionalism in the Clinical Laboratory:"},
			{580, 58, 16, "Confidentiality and Social Media"},
			{539, 58, 11, "Certificate of Completion issued to"},
			{511, 58, 15, "Shaniqua Delacroix-Boyd, MT(AMT)"},
			{459, 58, 8, "COURSE NO."}, {459, 223, 8, "COMPLETED ON"}, {459, 389, 8, "P.A.C.E.® CONTACT HOURS"},
			{444, 58, 10, "STEP-4471"}, {444, 223, 10, "July 7, 2024"}, {444, 389, 10, "1.0"},
		},
		read: title,
		want: "Ethics and Professionalism in the Clinical Laboratory: Confidentiality and Social Media",
	}, {
		// "MEETING | ASM Microbe 2024" in a side column names the meeting;
		// the course is the one the verb's sentence names.
		name: "meeting label beside the course's sentence",
		page: []placed{
			{569, 217, 24, "Certificate of Attendance"},
			{516, 217, 12, "This is to certify that"},
			{460, 217, 20, "Linnea Bergström-Hale"},
			{412, 217, 12, "attended the pre-meeting workshop"},
			{374, 217, 15, "Clinical Microbiology Workshop: Fungal"},
			{354, 217, 15, "Identification by MALDI-TOF"},
			{319, 217, 11, "Thursday, June 13, 2024 · 8:00 AM–12:00 PM"},
			{263, 29, 8, "MEETING"}, {263, 217, 11, "3.0 P.A.C.E.® contact hours"},
			{240, 29, 9, "ASM Microbe 2024"},
			{228, 29, 9, "June 13–17, 2024"},
		},
		read: title,
		want: "Clinical Microbiology Workshop: Fungal Identification by MALDI-TOF",
	}, {
		// A meeting's credit summary: its heading names no certificate,
		// yet it is one ("Attendance Verification and CMLE Credit Summary").
		name: "credit summary heading",
		page: []placed{
			{656, 50, 14, "Attendance Verification and CMLE Credit Summary"},
			{634, 53, 10, "Attendee"}, {634, 190, 10, "Harold P. Ingersoll III"},
		},
		read: func(page [][]textLine) string { return fmt.Sprint(certificateText(page[0])) },
		want: "true",
	}, {
		// A verb's sentence over a table: the table's header is no title;
		// the meeting at the top is.
		name: "table header after the verb",
		page: []placed{
			{724, 64, 12, "Wisconsin Society for Clinical Laboratory Science"},
			{692, 64, 18, "WSCLS 2024 Annual Meeting"},
			{675, 64, 10, "April 10–12, 2024 · Wisconsin Dells"},
			{633, 64, 12, "CONTINUING EDUCATION RECORD"},
			{608, 64, 10, "Participant"}, {608, 136, 10, "Jean-Baptiste Lefèvre"},
			{584, 64, 10, "Sessions marked Yes were attended in full and verified by the room monitor. Contact hours are awarded only for"},
			{570, 64, 10, "verified sessions."},
			{544, 64, 9, "Day"}, {544, 132, 9, "Time"}, {544, 190, 9, "Session"}, {544, 452, 9, "Hours"}, {544, 499, 9, "Attended"},
			{525, 64, 9, "Wed Apr 10"}, {525, 132, 9, "8:30 AM"}, {525, 190, 9, "Keynote: Workforce Pipelines"}, {525, 464, 9, "1.0"}, {525, 516, 9, "Yes"},
			{506, 64, 9, "Wed Apr 10"}, {506, 132, 9, "10:15 AM"}, {506, 190, 9, "Interpreting Thromboelastography"}, {506, 464, 9, "1.5"}, {506, 516, 9, "Yes"},
			{487, 64, 9, "Thu Apr 11"}, {487, 132, 9, "8:30 AM"}, {487, 190, 9, "Carbapenemase Detection"}, {487, 464, 9, "1.5"}, {487, 516, 9, "Yes"},
		},
		read: title,
		want: "WSCLS 2024 Annual Meeting",
	}, {
		// A memo's "DATE:" is the memo's; "Date presented:" the course's.
		name: "date presented over a memo's date",
		page: []placed{
			{710, 72, 12, "Lakeshore Mercy Hospital"}, {710, 355, 12, "INTEROFFICE MEMORANDUM"},
			{652, 72, 10, "TO:"}, {652, 140, 10, "Kenji Watanabe-Ross, MLT(ASCP)"},
			{616, 72, 10, "DATE:"}, {616, 140, 10, "March 5, 2024"},
			{478, 90, 10, "Topic:"}, {478, 200, 10, "Blood Culture Contamination"},
			{444, 90, 10, "Date presented:"}, {444, 200, 10, "February 27, 2024, 14:00–14:30"},
			{384, 90, 10, "Credit:"}, {384, 200, 10, "0.5 contact hours (P.A.C.E.®)"},
		},
		read: func(page [][]textLine) string { return readCertificate(page, "").Date.String() },
		want: "2024-02-27",
	}, {
		// A number in a sentence's brackets ends before the bracket.
		name: "course number in brackets",
		page: []placed{
			{456, 299, 20, "Certificate of Completion"},
			{396, 260, 18, "Lindiwe Mokoena-Price"},
			{369, 229, 12, "having satisfactorily completed the continuing education course"},
			{346, 84, 14, "Phlebotomy Refresher for Clinical Laboratory Personnel"},
			{306, 194, 12, "(Course Number CLS-8015), conducted June 3–5, 2024, is hereby awarded"},
			{286, 254, 12, "0.6 Continuing Education Units (CEUs)"},
		},
		read: func(page [][]textLine) string { return readCertificate(page, "").ActivityID },
		want: "CLS-8015",
	}, {
		// A credit figure ends at the separator before the next fact.
		name: "credits before a separator",
		page: []placed{
			{597, 121, 22, "Certificate of Participation"},
			{509, 182, 18, "Esperanza Quiñones"},
			{466, 270, 12, "for attending"},
			{437, 93, 15, "Immunohistochemistry Antibody Validation"},
			{338, 194, 10, "Contact hours: 1.0 · Course # NSH-W24-033"},
		},
		read: func(page [][]textLine) string { return readCertificate(page, "").Credits.String() },
		want: "1",
	}, {
		// A session of a meeting named beside it: the session's day, not
		// the meeting's days nor the date under "ISSUED".
		name: "session's day",
		page: []placed{
			{263, 29, 8, "MEETING"}, {263, 217, 11, "3.0 P.A.C.E.® contact hours"},
			{240, 29, 9, "ASM Microbe 2024"},
			{228, 29, 9, "June 13–17, 2024"},
			{146, 29, 8, "ISSUED"},
			{120, 29, 9, "June 28, 2024"},
			{569, 217, 24, "Certificate of Attendance"},
			{516, 217, 12, "This is to certify that"},
			{460, 217, 20, "Linnea Bergström-Hale"},
			{412, 217, 12, "attended the pre-meeting workshop"},
			{374, 217, 15, "Clinical Microbiology Workshop: Fungal Identification"},
			{319, 217, 11, "Thursday, June 13, 2024 · 8:00 AM–12:00 PM"},
		},
		read: func(page [][]textLine) string { return readCertificate(page, "").Date.String() },
		want: "2024-06-13",
	}}
	for _, tt := range tests {
		if got := tt.read(placedPage(tt.page)); got != tt.want {
			t.Errorf("%s: %q, want %q; why %q", tt.name, got, tt.want, readCertificate(placedPage(tt.page), "").why)
		}
	}
}

// TestItemisedCertificate: a certificate that lists its one activity's
// modules in a table is one record, the certificate's; a transcript's
// rows are not replaced by a record that is one of them or no total.
func TestItemisedCertificate(t *testing.T) {
	d := celedger.MustDate
	rows := []celedger.Record{
		{Title: "Specimen tracking", Completed: d("2024-04-02"), Credits: 100},
		{Title: "Fixation controls", Completed: d("2024-04-19"), Credits: 100},
		{Title: "Stain QC", Completed: d("2024-05-08"), Credits: 50},
		{Title: "Nonconformance and CAPA", Completed: d("2024-05-30"), Credits: 100},
	}
	series := celedger.Record{Title: "Quality Management in the Histology Laboratory", Completed: d("2024-05-30"), Credits: 350}
	if !itemises(rows, series) {
		t.Error("a series certificate over its modules is not read whole")
	}
	for _, cert := range []celedger.Record{
		{Title: "Stain QC", Completed: d("2024-05-30"), Credits: 350},           // a row's title
		{Title: "Quality Management", Completed: d("2024-05-08"), Credits: 350}, // not the last date
		{Title: "Quality Management", Completed: d("2024-05-30"), Credits: 100}, // one row's figure
		{Title: "Quality Management", Completed: d("2024-05-30"), Credits: 500}, // more than all
	} {
		if itemises(rows, cert) {
			t.Errorf("%+v read as the rows' certificate", cert)
		}
	}
}

// TestActivityTypeLabel: a certificate's labelled activity type is the
// record's type, as the declaration's "activity type" asks.
func TestActivityTypeLabel(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{652, 50, 18, "Certificate of Course Completion"},
		{619, 58, 10, "Participant"}, {619, 195, 10, "Élodie Marchand"},
		{596, 58, 10, "Course"}, {596, 195, 10, "Urine Sediment Microscopy"},
		{550, 58, 10, "Activity Type"}, {550, 195, 10, "Webinar"},
		{528, 58, 10, "Date completed"}, {528, 195, 10, "07/02/2024"},
		{480, 58, 10, "Credit"}, {480, 195, 10, "1.5 contact hours (P.A.C.E.®)"},
	}), "")
	if c.Type != "Webinar" || c.Title != "Urine Sediment Microscopy" {
		t.Errorf("type %q, title %q; why %q", c.Type, c.Title, c.why)
	}
}

// TestStackedLabelValue: a form that sets each label alone at the margin
// and centres its value alone under it pairs them; a label nearer the line
// above (its value set beside-above it) does not take the next line.
func TestStackedLabelValue(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{732, 141, 16, "CONTINUING EDUCATION CERTIFICATE"},
		{660, 130, 10, "This certifies that the participant named below has met all course requirements."},
		{627, 76, 8, "PARTICIPANT NAME"},
		{602, 174, 14, "OLUWADAMILOLA ADEYEMI"},
		{565, 76, 8, "COURSE TITLE"},
		{543, 118, 12, "Antibody Identification: Working Through Multiple Alloantibodies"},
		{505, 76, 8, "COURSE NUMBER"}, {505, 235, 8, "COMPLETION DATE"}, {505, 394, 8, "P.A.C.E.® CONTACT HOURS"},
		{486, 76, 10, "BB-2207"}, {486, 235, 10, "12/03/2024"}, {486, 394, 10, "1.0"},
	}), "")
	if c.Name != "OLUWADAMILOLA ADEYEMI" || c.Title != "Antibody Identification: Working Through Multiple Alloantibodies" {
		t.Errorf("name %q title %q; why %q", c.Name, c.Title, c.why)
	}
}

// TestNameWithNumberUnder: a memo's "TO:" name with its employee number
// wrapped under it in brackets is the name alone.
func TestNameWithNumberUnder(t *testing.T) {
	for in, want := range map[string]string{
		"Kwame Asante-Darko, MLT(ASCP) (Employee ID 448201)": "Kwame Asante-Darko",
		"Ana (Annie) Ruiz": "Ana (Annie) Ruiz",
	} {
		if got := cleanName(numberInBrackets.ReplaceAllString(in, "")); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// TestCertsZ10Kinds: an honorific in capitals is no part of the name; a
// course number in brackets in a sentence is the activity ID.
func TestCertsZ10Kinds(t *testing.T) {
	if got := cleanName("DR. AUGUSTINE MBEKI-LAURENT, PHD, DABCC"); got != "AUGUSTINE MBEKI-LAURENT" {
		t.Errorf("cleanName: %q", got)
	}
	c := readCertificate(placedPage([]placed{
		{662, 66, 10, "November 4, 2024"},
		{637, 66, 10, "Ms. Renée St-Pierre"},
		{585, 66, 10, "Re: Verification of continuing education, Course Number [612-448-24]"},
		{559, 66, 10, "Dear Ms. St-Pierre,"},
		{538, 66, 10, "This letter confirms that you attended the workshop \"Body Fluid Cell Counts\" on October 12, 2024."},
	}), "")
	if c.ActivityID != "612-448-24" {
		t.Errorf("activity ID %q; why %q", c.ActivityID, c.why)
	}
}

// TestFormatAsActivityType: the format a certificate prints after its verb
// or beside its title is the activity type when no label gives one.
func TestFormatAsActivityType(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{600, 200, 24, "Certificate of Completion"},
		{560, 250, 12, "This certifies that"},
		{530, 220, 18, "Imani Okonkwo-Reyes"},
		{500, 200, 12, "has successfully completed the live webinar"},
		{470, 150, 15, "Sepsis Biomarkers in the Emergency Department"},
		{440, 220, 11, "on March 3, 2025 · 1.0 P.A.C.E.® contact hour"},
	}), "")
	if c.Type != "Live Webinar" || c.Title != "Sepsis Biomarkers in the Emergency Department" {
		t.Errorf("type %q, title %q; why %q", c.Type, c.Title, c.why)
	}
	for in, want := range map[string]string{"the course": "", "SELF-STUDY": "Self-study", "eCast": "eCast", "this educational activity": ""} {
		if got := formatName(in); got != want {
			t.Errorf("formatName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNameOverCredentialsLine: a name in two letter-spaced segments with
// its credentials on the line under it, then the format and the title; a
// row of labels holding "Completed" is no verb to find a name above.
func TestNameOverCredentialsLine(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{521, 189, 14, "National Society for Histotechnology"},
		{454, 161, 24, "Certificate of Continuing Education"},
		{410, 234, 20, "TOBIAS"}, {410, 380, 20, "LINDQVIST"},
		{393, 361, 10, "HTL(ASCP)QIHC"},
		{363, 365, 11, "On-Demand"},
		{343, 116, 15, "Immunohistochemistry Antibody Validation: Applying the Updated"},
		{324, 275, 15, "Guideline Recommendations"},
		{289, 226, 9, "Event"}, {289, 374, 9, "Completed"}, {289, 512, 9, "Continuing education"},
		{270, 205, 10, "24-WB-08"}, {270, 341, 10, "August 14, 2024"}, {270, 528, 10, "0.2 CEU"},
	}), "")
	if c.Name != "TOBIAS LINDQVIST" || c.Title != "Immunohistochemistry Antibody Validation: Applying the Updated Guideline Recommendations" {
		t.Errorf("name %q title %q; why %q", c.Name, c.Title, c.why)
	}
	if !credentialsOnly("HTL(ASCP)QIHC") || !credentialsOnly("MLS(ASCP)CM, SBB") || credentialsOnly("Guideline Recommendations") || credentialsOnly("CE") {
		t.Error("credentialsOnly")
	}
}

// TestSeriesRecord: a series record with its title over the name, a
// remark on the person under the name, and a label of the parts' dates
// (plural): the title is the headline, the date the last part's.
func TestSeriesRecord(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{708, 210, 16, "DISTANCE LEARNING CERTIFICATE"},
		{664, 71, 15, "Hematology Case Conference Series: Red Cell Morphology Revisited"},
		{609, 286, 10, "Participant"},
		{586, 226, 13, "Lan T. Nguyen, CLS"},
		{567, 213, 10, "California Clinical Laboratory Scientist license on file"},
		{390, 88, 10, "Part dates"}, {390, 178, 10, "03/06/2025"}, {390, 263, 10, "03/13/2025"}, {390, 348, 10, "03/20/2025"}, {390, 434, 10, "03/27/2025"},
		{350, 230, 10, "Total CE hours earned: 7.0"},
		{320, 95, 10, "Hours are credited only for live sessions attended in full."},
	}), "")
	if c.Title != "Hematology Case Conference Series: Red Cell Morphology Revisited" || c.Date.String() != "2025-03-27" {
		t.Errorf("title %q date %s; why %q", c.Title, c.Date, c.why)
	}
}

// TestTitleEndingInColonWraps: a labelled title whose first line ends in
// its own colon goes on on the next line; the colon is no next label.
func TestTitleEndingInColonWraps(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{650, 74, 10, "Maribel Abernathy-Cole"},
		{536, 74, 10, "Dear Ms. Abernathy-Cole:"},
		{511, 74, 10, "Thank you for attending our workshop on September 18, 2024."},
		{451, 102, 10, "Course title: Laboratory Response Network Sentinel Laboratory Training:"},
		{434, 102, 10, "Rule-Out and Referral of Biothreat Agents"},
		{409, 74, 10, "Course No. LRN-S-2409 has been approved for 4.0 P.A.C.E.® contact hours."},
	}), "")
	if c.Title != "Laboratory Response Network Sentinel Laboratory Training: Rule-Out and Referral of Biothreat Agents" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	if got := beforeNextLabel("ML-MATH-01 Account: 0015-88321", true); got != "ML-MATH-01" {
		t.Errorf("a code still ends at the next label: %q", got)
	}
}

// TestFormatOverWrappedValue: a labelled value whose first line is a
// format over the title's lines ("Training: | Hands-on Workshop") is the
// title; a format over a code stays as it was.
func TestFormatOverWrappedValue(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{683, 54, 16, "Training Record / Certificate of Attendance"},
		{655, 54, 10, "Attendee:"}, {655, 205, 10, "Bao-Anh Nguyen, MB(ASCP)"},
		{581, 54, 10, "Training:"}, {581, 205, 10, "Hands-on Workshop"},
		{568, 205, 10, "Biothreat Agent Rule-Out: Sentinel Laboratory Procedures for"},
		{554, 205, 10, "Gram-Negative Select Agents"},
		{536, 54, 10, "Dates:"}, {536, 205, 10, "April 8-9, 2025"},
		{518, 54, 10, "P.A.C.E.® contact hours:"}, {518, 205, 10, "12.0"},
	}), "")
	if c.Title != "Biothreat Agent Rule-Out: Sentinel Laboratory Procedures for Gram-Negative Select Agents" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestTrainingRecordHeadingAndDates: a heading in a segment of its line
// ("… | OPERATOR TRAINING RECORD") is no "Operator" label, and a labelled
// range of training days gives the last.
func TestTrainingRecordHeadingAndDates(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{757, 45, 12, "Corvane Instruments, Inc."}, {757, 382, 12, "OPERATOR TRAINING RECORD"},
		{686, 51, 8, "TRAINEE"}, {686, 374, 8, "CUSTOMER NO."},
		{668, 51, 10, "Liam O'Donoghue, MLS(ASCP)CM"}, {668, 374, 10, "300481"},
		{586, 45, 10, "Training:"},
		{567, 45, 12, "Key Operator Training: CV-7000 Automated Coagulation Analyzer"},
		{545, 45, 9, "Training Code: KOT-CV7-B"}, {545, 174, 9, "Dates of training: September 9-11, 2024"},
		{377, 45, 10, "Continuing education awarded: 17.5 contact hours (P.A.C.E.)"},
	}), "")
	if c.Name != "Liam O'Donoghue" || c.Date.String() != "2024-09-11" {
		t.Errorf("name %q date %s; why %q", c.Name, c.Date, c.why)
	}
}

// TestCertsZ11Kinds: a "Course Provider" label names the provider over an
// issuer line; a date another date's words introduce mid-line ("Credits
// claimed on 11/20/2025") is not the completion; a session certificate that
// prints its meeting's days and one day within them is dated that day.
func TestCertsZ11Kinds(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{740, 40, 10, "Learning Network · Course Completion Record"},
		{700, 40, 12, "Learner: Imogen Castellanos-Reid"},
		{680, 40, 10, "Course Title"}, {680, 200, 10, "Specimen Packaging for Category B Substances"},
		{660, 40, 10, "Course Provider"}, {660, 200, 10, "Upland State Public Health Laboratory"},
		{640, 40, 10, "Completion Date"}, {640, 200, 10, "12/03/2024"},
		{620, 40, 10, "P.A.C.E.®"}, {620, 200, 10, "1.5 contact hours"},
	}), "")
	if c.Provider != "Upland State Public Health Laboratory" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{600, 200, 24, "Certificate of Attendance"},
		{560, 250, 12, "This is to certify that"},
		{530, 220, 18, "Tomasz Wójcik-Ellery"},
		{500, 280, 12, "attended"},
		{470, 200, 15, "Annual Hemostasis Update"},
		{440, 230, 11, "Nov 6–7, 2025 · Riverside Conference Center"},
		{300, 60, 10, "Participant: Tomasz Wójcik-Ellery Credits claimed on 11/20/2025"},
		{280, 60, 10, "Total P.A.C.E.® contact hours claimed: 9.0"},
	}), "")
	if c.Date.String() != "2025-11-07" {
		t.Errorf("date %s, want the meeting's last day; why %q", c.Date, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{740, 60, 14, "Cascade Microbiology Symposium 2025"},
		{720, 60, 10, "October 16–18, 2025 · Spokane, Washington"},
		{660, 200, 20, "Certificate of Attendance — Single Session"},
		{620, 250, 12, "This certifies that"},
		{590, 220, 16, "Liam Ó Briain"},
		{560, 230, 12, "attended the following session:"},
		{530, 120, 14, "MALDI-TOF Identification of Mycobacteria and Molds"},
		{500, 220, 11, "Friday, Oct 17, 2025 · 2:00–3:15 PM"},
		{480, 250, 11, "CE Hours: 1.25"},
	}), "")
	if c.Date.String() != "2025-10-17" {
		t.Errorf("date %s, want the session's day; why %q", c.Date, c.why)
	}
}

// TestCertsZ12Kinds: "in recognition of attendance at the" cues the
// meeting, and a line of format words is the meeting's name when its
// dates follow it; a sidebar's words stacked over a bare "Training" are
// no title when the certifying sentence names the course.
func TestCertsZ12Kinds(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{560, 220, 12, "Georgia Society for Clinical Laboratory Science"},
		{520, 200, 22, "Certificate of Attendance"},
		{490, 270, 11, "presented to"},
		{460, 200, 16, "Deshawn Marcus Lyle, MLS(ASCP)CM"},
		{430, 230, 11, "in recognition of attendance at the"},
		{400, 220, 15, "2025 Spring Meeting & Seminar"},
		{375, 230, 11, "Macon, Georgia · April 10–11, 2025"},
		{340, 240, 11, "Total P.A.C.E.® Contact Hours: 11.5"},
	}), "")
	if c.Title != "2025 Spring Meeting & Seminar" || c.Date.String() != "2025-04-11" {
		t.Errorf("title %q, date %s; why %q", c.Title, c.Date, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{547, 212, 14, "Association of Public Health Laboratories"},
		{486, 212, 22, "Certificate of Completion"},
		{442, 59, 12, "APHL"},
		{424, 54, 10, "Public Health"}, {424, 212, 16, "Mariam Al-Khatib, MPH"},
		{406, 60, 10, "Laboratory"},
		{399, 212, 11, "has completed the online course"},
		{392, 67, 10, "Training"},
		{370, 212, 14, "Biosafety Risk Assessment for Sentinel Clinical Laboratories"},
		{316, 212, 10, "Course ID:"}, {316, 378, 10, "APHL-BRA-101"},
		{298, 212, 10, "Completion Date:"}, {298, 378, 10, "2025-02-25"},
		{279, 212, 10, "Continuing Education Units:"}, {279, 378, 10, "0.15 CEU"},
	}), "")
	if c.Title != "Biosafety Risk Assessment for Sentinel Clinical Laboratories" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestFormatBeforeQuotedTitle: the format after the verb is the activity
// type when the title is quoted on the verb's line, or quoted on the line
// under it.
func TestFormatBeforeQuotedTitle(t *testing.T) {
	for _, lines := range [][]placed{
		{{340, 100, 12, "has completed the live webinar “Antimicrobial Stewardship in the Microbiology Laboratory”"}},
		{{340, 250, 12, "has successfully completed the live webinar"}, {306, 200, 14, "“Antimicrobial Stewardship in the Microbiology Laboratory”"}},
	} {
		page := append([]placed{
			{505, 200, 24, "Certificate of Completion"},
			{424, 340, 12, "This certifies that"},
			{378, 316, 18, "Seán O'Brien"},
		}, lines...)
		page = append(page, placed{271, 330, 12, "on October 20, 2026 · 1.5 P.A.C.E.® contact hours"})
		c := readCertificate(placedPage(page), "")
		if c.Type != "Live Webinar" || c.Title != "Antimicrobial Stewardship in the Microbiology Laboratory" {
			t.Errorf("type %q, title %q; why %q", c.Type, c.Title, c.why)
		}
	}
}

// TestChapterPlaceInProvider: a dash and a state after a society's name
// is its chapter, part of the name; a dash before other words ends it.
func TestChapterPlaceInProvider(t *testing.T) {
	for in, want := range map[string]string{
		"American Society for Clinical Laboratory Science - Georgia":     "American Society for Clinical Laboratory Science - Georgia",
		"American Society for Clinical Laboratory Science – Ohio":        "American Society for Clinical Laboratory Science – Ohio",
		"Northgate Laboratory Society – Continuing Education Since 1962": "Northgate Laboratory Society",
	} {
		if got := cutProvider(in); got != want {
			t.Errorf("cutProvider(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestYearFirstSlashedDate: "2025/02/11" is a date (year first), not
// "25/02/11" read month first.
func TestYearFirstSlashedDate(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{470, 210, 22, "Continuing Education Certificate"},
		{427, 121, 11, "Participant:"}, {427, 191, 11, "Siobhán O'Leary, MLS(ASCP)"},
		{395, 115, 11, "Course Title:"}, {395, 191, 11, "Hemoglobinopathies and Thalassemias"},
		{330, 97, 11, "Date Completed:"}, {330, 191, 11, "2025/02/11"},
		{297, 104, 11, "Contact Hours:"}, {297, 191, 11, "1.5"},
	}), "")
	if c.Date.String() != "2025-02-11" {
		t.Errorf("date %s; problems %v; why %q", c.Date, c.Problems, c.why)
	}
}

// TestAccreditationSubjectAcrossColumns: a statement in the right column
// wraps past the rows of a credit table in the left one; its subject
// ("Riverbend Academic Medical Center") starts on the line before the
// statement's verb, with a table row between them (certs-z8 zh39).
func TestAccreditationSubjectAcrossColumns(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{724, 200, 16, "Office of Continuing Medical Education"},
		{650, 192, 20, "CERTIFICATE OF PARTICIPATION"},
		{618, 200, 16, "Marguerite Ostrowski"},
		{596, 201, 11, "participated in the following accredited activity"},
		{564, 80, 16, "Grand Rounds: Platelet Function Testing Before Surgery"},
		{512, 132, 11, "Grand Rounds date: October 16, 2024"},
		{472, 350, 9, "In support of improving patient care, Riverbend"},
		{466, 57, 9, "Credit type"}, {466, 209, 9, "Claimed"},
		{461, 350, 9, "Academic Medical Center is jointly accredited by the"},
		{450, 350, 9, "Accreditation Council for Continuing Medical Education"},
		{446, 57, 9, "P.A.C.E.® contact hours"}, {446, 219, 9, "1.00"},
		{439, 350, 9, "(ACCME) to provide continuing education for the"},
		{428, 57, 9, "AMA PRA Category 1 Credit™"}, {428, 219, 9, "—"}, {428, 350, 9, "healthcare team."},
	}), "")
	if c.Provider != "Riverbend Academic Medical Center" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
}

// TestNameOverCredentials: a wallet card prints no cue, verb or heading;
// the participant is the line over the credentials, the course the lines
// under them (certs-z9 zi18).
func TestNameOverCredentials(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{129, 50, 9, "American Medical Technologists"},
		{119, 10, 8, "AMT"}, {119, 50, 8, "CE Attendance Card"},
		{94, 10, 11, "TOBIAS VANTERPOOL-ASHE"},
		{84, 10, 7, "MLT(AMT)"}, {84, 46, 7, "Member # 30-552190"},
		{68, 10, 9, "Urinalysis Update: Casts, Crystals"},
		{59, 10, 9, "and Renal Epithelial Cells"},
		{30, 10, 7, "Attended: 04/12/2024"}, {30, 110, 7, "CE: 1.0 CE hour"},
	}), "")
	if c.Name != "TOBIAS VANTERPOOL-ASHE" || c.Title != "Urinalysis Update: Casts, Crystals and Renal Epithelial Cells" {
		t.Errorf("name %q, title %q; why %q", c.Name, c.Title, c.why)
	}
}

// TestMemoHeaderDate: "Date:" between "From:" and "Subject:" is the day
// the memo was written; the course's date is in its table (certs-z14
// zn28). An ID ends at a separator between facts ("Session No. 38 •
// Sunday, …", zn15).
func TestMemoHeaderDate(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{703, 60, 16, "Fernhill Community Hospital"},
		{637, 60, 18, "CONTINUING EDUCATION RECORD"},
		{606, 60, 11, "To:"}, {606, 139, 11, "Marisol Quintero-Hale, MLT"},
		{589, 60, 11, "From:"}, {589, 139, 11, "Office of Clinical Education"},
		{573, 60, 11, "Date:"}, {573, 139, 11, "July 22, 2024"},
		{556, 60, 11, "Subject:"}, {556, 139, 11, "Continuing education credit earned"},
		{518, 60, 11, "Our records show that you attended the following in-service and have been awarded the continuing"},
		{504, 60, 11, "education hours listed."},
		{476, 60, 13, "Blood Gas Analyzer Operator Training"},
		{449, 104, 10, "Course Number"}, {449, 297, 10, "Date"}, {449, 447, 10, "CE Hours"},
		{429, 122, 11, "BGA-204"}, {429, 282, 11, "07/16/2024"}, {429, 464, 11, "1.5"},
	}), "")
	if c.Date.String() != "2024-07-16" {
		t.Errorf("date %s; why %q", c.Date, c.why)
	}
	if got := beforeNextLabel("38 • Sunday, September 7, 2025 • 3.0 contact hours", true); got != "38" {
		t.Errorf("beforeNextLabel = %q, want 38", got)
	}
}

// TestFollowingAnnouncesTitle: "participating in the following AABB
// education activity." announces the course, which is under the
// paragraph, past its format line (certs-z6 zf02). A provider's name
// ends at the sentence's verb after a comma ("…, Office of Continuing
// Education, follows the IACET definition of", certs-f f10).
func TestFollowingAnnouncesTitle(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{729, 50, 12, "Association for the Advancement of Blood & Biotherapies (AABB)"},
		{674, 50, 11, "October 3, 2024"},
		{657, 50, 11, "Dear Ms. Priyanka Venkataraman-Lowe:"},
		{639, 50, 11, "Thank you for participating in the following AABB education activity. This letter confirms your successful"},
		{625, 50, 11, "completion."},
		{606, 50, 11, "eCast"},
		{581, 50, 18, "Red Cell Alloimmunization in Chronically Transfused"},
		{556, 50, 18, "Patients"},
		{536, 50, 11, "Program"}, {536, 306, 11, "Program No. 24EL-402"},
		{512, 50, 11, "Date attended"}, {512, 306, 11, "September 26, 2024"},
		{440, 50, 11, "P.A.C.E.® contact hours"}, {440, 306, 11, "1.0"},
	}), "")
	if c.Title != "Red Cell Alloimmunization in Chronically Transfused Patients" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	if got := cutProvider("Ridgeway State University, Office of Continuing Education, follows the IACET definition of"); got != "Ridgeway State University, Office of Continuing Education" {
		t.Errorf("cutProvider = %q", got)
	}
}

// TestTitleUnderRowOfValues: a learning platform's completion record
// prints the course's title right under its row of values, and its
// issuer line names the customer it keeps records for (certs-s s14); the
// units' line under the heading ("… — Laboratory Services · Education")
// is no title.
func TestTitleUnderRowOfValues(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{735.8, 49, 11, "TalentPath Learning"},
		{726, 49, 9, "Learning records hosted for Bayfront Health Partners"},
		{688, 49, 16, "Completion Record"},
		{675, 49, 10, "Bayfront Health Partners — Laboratory Services · Education & Competency"},
		{652, 49, 9, "Learner"}, {652, 150, 9, "Odalys Ferreira-Quint, MLS(ASCP)"}, {652, 309, 9, "User ID"}, {652, 395, 9, "55120"},
		{608, 54, 9, "Course ID"}, {608, 157, 9, "Delivery"}, {608, 250, 9, "Status"}, {608, 320, 9, "Completed"}, {608, 390, 9, "CE Hours"},
		{588, 54, 9, "POC-INR-207"}, {588, 157, 9, "Online module"}, {588, 250, 9, "Completed"}, {588, 320, 9, "02/11/2026"}, {588, 390, 9, "0.5"},
		{573, 54, 10, "Annual Competency: Point-of-Care INR Meter Quality Control"},
	}), "")
	if c.Title != "Annual Competency: Point-of-Care INR Meter Quality Control" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	if got := cutProvider("Learning records hosted for Bayfront Health Partners"); got != "Bayfront Health Partners" {
		t.Errorf("cutProvider = %q", got)
	}
}

// TestLetterSentenceTitle: a letter's sentence names the course after the
// provider's brand and format words, and the title wraps to a line that
// goes on to the date (certs-z16 zp24); an ID's value that repeats its
// own label ("P.A.C.E.® Program. Program No. 587-214-24", zp02) is the
// number after it.
func TestLetterSentenceTitle(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{681, 80, 16, "MediaLab"},
		{602, 80, 11, "February 3, 2025"},
		{569, 80, 11, "To whom it may concern:"},
		{551, 80, 11, "This letter confirms that Wilhelmina Okoro-Banks, MLS(ASCP) successfully completed the"},
		{535, 80, 11, "MediaLab online course Antibody Identification: Ruling Out With Selected"},
		{520, 80, 11, "Cells on March 4, 2025, and earned 1.0 P.A.C.E.® contact hour."},
		{501, 80, 11, "Course Number: 2417"},
	}), "")
	if c.Title != "Antibody Identification: Ruling Out With Selected Cells" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	if got := brandFormatCut("AABB Standards Update: Key Changes"); got != "AABB Standards Update: Key Changes" {
		t.Errorf("brandFormatCut cut a title that begins with a brand: %q", got)
	}
	c = readCertificate(placedPage([]placed{
		{704, 140, 14, "Association for the Advancement of Blood & Biotherapies"},
		{666, 165, 22, "Certificate of Completion"},
		{637, 279, 11, "awarded to"},
		{606, 181, 18, "Ingeborg Salazar-Whitcombe"},
		{576, 251, 11, "for participation in the"},
		{552, 291, 11, "eCast"},
		{530, 114, 16, "Platelet Refractoriness: HLA-Matched and Crossmatched Units"},
		{488, 213, 11, "Broadcast Date: October 9, 2024"},
		{469, 257, 11, "Contact Hours: 1.0"},
		{432, 104, 8, "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS"},
		{423, 225, 8, "P.A.C.E.® Program. Program No. 587-311-24"},
	}), "")
	if c.ActivityID != "587-311-24" {
		t.Errorf("ID %q; why %q", c.ActivityID, c.why)
	}
}

// TestLetterEvaluationStep: a letter says the participant completed the
// evaluation on a later day; the evaluation is no course and its day no
// completion, the letter's dateline neither: the course is under its
// format line, dated on its facts line (certs-z8 zh23).
func TestLetterEvaluationStep(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{723, 74, 14, "Prairie Sky Laboratory Professionals Consortium"},
		{656, 74, 10, "April 2, 2025"},
		{629, 74, 10, "Ximena R. Castellanos, MLS(ASCP)"},
		{560, 74, 10, "Dear Ms. Castellanos,"},
		{532, 74, 10, "Thank you for taking part in our spring continuing education offering. This letter serves as your"},
		{519, 74, 10, "certificate of attendance; our records show that you were logged in for the full program and completed"},
		{505, 74, 10, "the evaluation on March 27, 2025."},
		{474, 77, 10, "Virtual Session"},
		{460, 77, 12, "Platelet Function Testing Before Cardiac Surgery: What the Hemostasis Laboratory"},
		{445, 77, 12, "Can Offer"},
		{431, 77, 10, "Saturday, 22 March 2025 (Offering # 25-0322-P) · 1.5 P.A.C.E.® contact hours · Level: intermediate"},
	}), "")
	if c.Title != "Platelet Function Testing Before Cardiac Surgery: What the Hemostasis Laboratory Can Offer" || c.Date.String() != "2025-03-22" {
		t.Errorf("title %q, date %s; why %q", c.Title, c.Date, c.why)
	}
}

// TestSeriesBeforeColonInSentence: a letter's sentence names the series
// and a colon, and the session's title wraps onto the next line of the
// same paragraph; the series is the title's first part (certs-z12 zl38).
func TestSeriesBeforeColonInSentence(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{738, 122, 14, "American Association of Bioanalysts"},
		{652, 85, 10, "March 3, 2025"},
		{529, 85, 10, "Dear Dr. Lindqvist-Oduya,"},
		{504, 85, 10, "Thank you for participating in the AAB webinar Laboratory Director Education Series:"},
		{489, 85, 10, "Personnel Competency Assessment Under CLIA on February 25, 2025 (Program #:"},
		{474, 85, 10, "AAB-LDES-2502)."},
		{449, 85, 10, "You have been awarded 1.0 CE hour for this program."},
	}), "")
	if c.Title != "Laboratory Director Education Series: Personnel Competency Assessment Under CLIA" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestSealYearAndDatedOffering: a seal's "CMLE" over "2025" is no credit
// figure, the facts line's "1.0 CMLE credit awarded" is (certs-z17
// zq01); "Date of offering: 18 March 2025" is no number of the offering
// (zq23).
func TestSealYearAndDatedOffering(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{475, 248, 14, "American Society for Clinical Pathology"},
		{440, 124, 28, "CERTIFICATE OF COMPLETION"},
		{407, 351, 11, "This certifies that"},
		{372, 170, 22, "Ruairí Okonjo-Halvorsen, MLS(ASCP)CM"},
		{345, 326, 11, "has successfully completed"},
		{327, 317, 10, "ON-DEMAND WEBINAR"},
		{302, 136, 16, "Reticulocyte Indices in Iron-Restricted Erythropoiesis"},
		{259, 308, 10, "Date of completion: April 2, 2025"},
		{241, 266, 10, "Activity ID: 25-WB-0412 · 1.0 CMLE credit awarded"},
		{112, 115, 8, "ASCP"},
		{103, 120, 8, "CMLE"},
		{96, 123, 8, "2025"},
	}), "")
	if c.Credits != 100 || c.ActivityID != "25-WB-0412" {
		t.Errorf("credits %d, ID %q; why %q", c.Credits, c.ActivityID, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{705, 170, 14, "Northern Plains Community Blood Center"},
		{663, 162, 22, "Certificate of Completion"},
		{619, 278, 11, "Awarded to"},
		{587, 146, 18, "Mireille Adebayo-Strand"},
		{551, 183, 11, "for completion of the continuing education offering"},
		{527, 114, 15, "Irradiated Components: Indications and Labeling"},
		{486, 228, 11, "Date of offering: 22 April 2025"},
		{452, 127, 11, "Offering No.:"}, {452, 256, 11, "NP-2025-09"},
		{438, 127, 11, "Contact hours:"}, {438, 256, 11, "1.0"},
	}), "")
	if c.ActivityID != "NP-2025-09" {
		t.Errorf("ID %q; why %q", c.ActivityID, c.why)
	}
}

// TestInstitutionBeforeItsSchool: "… University School of Medicine is
// jointly accredited …" under the issuer line "… University": the
// institution, whose school the rest names (certs-z10 zj10).
func TestInstitutionBeforeItsSchool(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{736, 68, 16, "Caldera Health Sciences University"},
		{690, 68, 20, "Certificate of Participation"},
		{650, 68, 11, "This certifies that"},
		{630, 68, 16, "Tobiah Marchetti-Owusu"},
		{610, 68, 11, "participated in"},
		{590, 68, 14, "Antimicrobial Stewardship and the Microbiology Laboratory"},
		{560, 68, 11, "Date: May 8, 2025 · 1.5 P.A.C.E.® contact hours"},
		{393, 50, 8, "In support of improving patient care, Caldera Health Sciences University School of Medicine is jointly accredited by the Accreditation Council for"},
		{383, 50, 8, "Continuing Medical Education (ACCME) to provide continuing education for the healthcare team."},
	}), "")
	if c.Provider != "Caldera Health Sciences University" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
}

// TestCompletedByAndBrokerNumber: "completed by" over the participant
// (certs-z18 zr23); a CE Broker tracking number is the state registry's,
// no number of the course (certs-z19 zs36).
func TestCompletedByAndBrokerNumber(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{700, 116, 18, "MediaLab"},
		{613, 116, 20, "CERTIFICATE OF CONTINUING EDUCATION"},
		{570, 116, 11, "Self-Study Module"},
		{548, 116, 16, "Blood Smear Morphology: Red Cell Inclusions"},
		{485, 116, 11, "completed by"},
		{458, 116, 18, "Anneliese Okwuosa-Brandt"},
		{406, 155, 9, "Completed"}, {406, 280, 9, "Credit"},
		{381, 145, 10, "09/12/2025"}, {381, 270, 10, "1.0 contact hour"},
		{279, 116, 9, "Credit for this course has been reported to CE Broker."},
		{50, 116, 8, "Florida CE Broker tracking #: 20-551208"},
	}), "")
	if c.Name != "Anneliese Okwuosa-Brandt" || c.ActivityID != "" {
		t.Errorf("name %q, ID %q; why %q", c.Name, c.ActivityID, c.why)
	}
}

// TestCertsZ20Kinds: a meeting's dates line naming its venue is no issuer
// line (zt21); a credit type's name wrapping in its cell ("ABPath
// Self-Assessment" / "Module (SAM)") labels no field, and "has claimed
// credit for the enduring activity" cues the title (zt32); "This is to
// confirm that" cues a name that a bracketed employee number follows
// (zt36).
func TestCertsZ20Kinds(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{735, 188, 14, "Hollow Creek Society 2025 Annual Meeting"},
		{718, 191, 10, "October 11–14, 2025 • Riverside Convention Center"},
		{676, 207, 18, "Session Certificate"},
		{645, 54, 9, "Participant"}, {645, 306, 9, "Session Date"},
		{631, 54, 11, "Dorothea Imafidon-Walsh"}, {631, 306, 11, "October 12, 2025"},
		{604, 54, 9, "Session Title"},
		{589, 54, 12, "Warm Autoantibodies and Adsorption Choices"},
		{562, 54, 9, "Session Number"}, {562, 222, 9, "P.A.C.E.® Contact Hours"},
		{547, 54, 11, "2211"}, {547, 222, 11, "1.0"},
	}), "")
	if strings.Contains(c.Provider, "Convention") {
		t.Errorf("provider %q: the venue; why %q", c.Provider, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{728, 54, 16, "Great Basin Health System"},
		{656, 54, 20, "CERTIFICATE OF CREDIT"},
		{622, 54, 16, "Dr. Leopold Anyanwu-Berg, MD"},
		{593, 54, 11, "has claimed credit for the enduring activity"},
		{561, 54, 15, "Peripheral Blood Findings in Myeloproliferative Neoplasms"},
		{530, 54, 10, "Activity Number: PE-25-131 Completed: April 2, 2025"},
		{500, 58, 9, "Credit type"}, {500, 226, 9, "Maximum"}, {500, 394, 9, "Claimed"},
		{459, 58, 9, "ABPath Self-Assessment"}, {459, 226, 9, "1.5"}, {459, 394, 9, "1.5"},
		{446, 58, 9, "Module (SAM)"},
		{426, 58, 9, "ASCLS P.A.C.E.® contact hours"}, {426, 226, 9, "1.5"}, {426, 394, 9, "1.5"},
	}), "")
	if c.Title != "Peripheral Blood Findings in Myeloproliferative Neoplasms" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	c = readCertificate(placedPage([]placed{
		{715, 54, 14, "Harbor Point General Hospital"},
		{653, 54, 10, "September 9, 2024"},
		{625, 54, 10, "To whom it may concern:"},
		{602, 54, 10, "This is to confirm that Anouk Delacroix-Mbeki, MLS(ASCP)CM (Employee No. 55871), completed the"},
		{588, 54, 10, "following in-service:"},
		{564, 54, 10, "Title:"}, {564, 164, 10, "Transfusion Reaction Recognition and Reporting"},
		{514, 54, 10, "Date completed:"}, {514, 164, 10, "September 4, 2024"},
		{496, 54, 10, "CE hours:"}, {496, 164, 10, "1.0"},
	}), "")
	if c.Name != "Anouk Delacroix-Mbeki" {
		t.Errorf("name %q; why %q", c.Name, c.why)
	}
}

// TestTitleShrunkToFit: a long title's first line set smaller to fit its
// width, the rest wrapped at the title's own size, is one title
// (certs-z21 zu23, zu33).
func TestTitleShrunkToFit(t *testing.T) {
	lines := certLines(placedPage([]placed{
		{517.9, 72, 10.5, "Fungal Identification by MALDI-TOF Mass Spectrometry: Expanding Databases, Extraction"},
		{500.8, 72, 13, "Methods, and Reporting Pitfalls"},
		{486.8, 72, 11, "Date of completion: August 5, 2025"},
	}))
	for i := range lines {
		lines[i].bold = i < 2
	}
	if got := titleLines(lines, 0); got != "Fungal Identification by MALDI-TOF Mass Spectrometry: Expanding Databases, Extraction Methods, and Reporting Pitfalls" {
		t.Errorf("titleLines = %q", got)
	}
}

// TestWrappedValueStopsBesideLabel: a labelled title wraps onto the next
// line of its column, but not onto the line set beside the next label
// ("CMR-2505" beside "Activity number:", a little higher; certs-z22
// zv28).
func TestWrappedValueStopsBesideLabel(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{708, 64, 14, "American Society for Microbiology"},
		{634, 64, 20, "Certificate of Completion"},
		{605.4, 202, 11, "Matthias Okeke-Lindgren, MLS(ASCP)CM"},
		{601.4, 64, 10, "Participant:"},
		{590, 202, 11, "ASM Clinical Microbiology Rounds: Carbapenemase Detection and"},
		{586, 64, 10, "Activity:"},
		{576.2, 202, 11, "Reporting Pitfalls"},
		{560.9, 202, 11, "CMR-2507"},
		{556.9, 64, 10, "Activity number:"},
		{545.5, 202, 11, "July 9, 2025"},
		{541.5, 64, 10, "Date of completion:"},
		{530, 202, 11, "1.0"},
		{526, 64, 10, "Contact hours:"},
	}), "")
	if c.Title != "ASM Clinical Microbiology Rounds: Carbapenemase Detection and Reporting Pitfalls" || c.ActivityID != "CMR-2507" {
		t.Errorf("title %q, ID %q; why %q", c.Title, c.ActivityID, c.why)
	}
}

// TestFactsAfterValueInSegment: a facts line holds several labels and
// values in one segment ("Webinar code: CM-WEB-2501 Contact hours: 1.0
// Available on demand …"); each label's value is read (certs-z22 zv11).
func TestFactsAfterValueInSegment(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{540, 281, 14, "American Society for Microbiology"},
		{490, 265, 22, "Certificate of Completion"},
		{467, 364, 11, "presented to"},
		{443, 161, 18, "Radomir Achterberg-Osei, MLS(ASCP)CM"},
		{421, 350, 11, "for completing the"},
		{405, 342, 11, "On-Demand Webinar"},
		{384, 82, 15, "Urine Culture Interpretation: Colony Counts That Matter"},
		{348, 301, 11, "Date of completion: February 4, 2025"},
		{332, 151, 10, "Webinar code: CM-WEB-2502 Contact hours: 1.5 Available on demand October 1, 2024 – September 30, 2025"},
	}), "")
	if c.Credits != 150 || c.ActivityID != "CM-WEB-2502" {
		t.Errorf("credits %d, ID %q; why %q", c.Credits, c.ActivityID, c.why)
	}
}

// A meeting's certificate lists its days in a table with a "Total" row
// set close under the last day: the total row is a row of its own, not
// the last day's cells wrapping, and the total is the meeting's credits.
func TestTotalRowUnderDays(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{555, 202, 14, "Juniper Ridge Society of Laboratory Professionals (JRSLP)"},
		{520, 242, 26, "Certificate of Attendance"},
		{490, 352, 11.5, "This certifies that"},
		{464, 293, 19, "Imelda Quaresma-Voss"},
		{439, 364, 11.5, "attended the"},
		{417, 168, 14, "Juniper Ridge Society of Laboratory Professionals 2025 Spring Meeting"},
		{397, 267, 11, "April 10–11, 2025 • Cedar Falls, Iowa"},
		{379, 58, 10, "Day"}, {379, 283, 10, "Date"}, {379, 509, 10, "Contact hours"},
		{366, 58, 10, "Thursday"}, {366, 283, 10, "April 10, 2025"}, {366, 509, 10, "6.0"},
		{353, 58, 10, "Friday"}, {353, 283, 10, "April 11, 2025"}, {353, 509, 10, "3.5"},
		{340, 58, 10, "Total"}, {340, 509, 10, "9.5"},
		{327, 78, 9, "JRSLP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."},
	}), "")
	if c.Credits.String() != "9.5" {
		t.Errorf("credits %s, want the total 9.5; why %q", c.Credits, c.why)
	}
	for _, tc := range []struct {
		above, below string
		starts       bool
	}{
		{"4.5", "9.5", true},      // a figure never wraps onto the next line
		{"Friday", "Total", true}, // a totals row
		{"Contact", "hours", false},
		{"Laboratory Safety for the", "Phlebotomy Team", false},
	} {
		if got := startsRow(tc.above, tc.below); got != tc.starts {
			t.Errorf("startsRow(%q, %q) = %v, want %v", tc.above, tc.below, got, tc.starts)
		}
	}
}

// A meeting's name with its year on its own line under the verb, over
// the theme ("2025 Spring Symposium" / "Emerging Threats …"): the
// event's name is the format line, the theme the title.
func TestYearedEventOverTheme(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{721, 138, 16, "Prairie Society for Clinical Laboratory Science"},
		{659, 177, 26, "Certificate of Attendance"},
		{617, 152, 18, "Wilhelmina Osei-Brandt, MLS(ASCP)"},
		{598, 279, 11, "attended the"},
		{579, 241, 14, "2026 Fall Symposium"},
		{558, 168, 14, "Antifungal Resistance in the Clinical Laboratory"},
		{540, 168, 10, "October 8-9, 2026 | Riverbend Conference Center"},
		{509, 242, 10, "Contact hours earned: 8.5"},
	}), "")
	if c.Title != "Antifungal Resistance in the Clinical Laboratory" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
	if !eventOnly("2025 Spring Symposium") || eventOnly("2025 Hematology Symposium") {
		t.Error("eventOnly: a year and format words before the event's noun name no event")
	}
}

// A brand in mixed case over the words it stands for ("LabCE" over
// "Laboratory Continuing Education") is the provider's name; an acronym
// in capitals over its full name abbreviates it, and the full name stays.
func TestBrandOverItsWords(t *testing.T) {
	for _, tc := range []struct {
		brand, name string
		want        bool
	}{
		{"LabCE", "Laboratory Continuing Education", true},
		{"MedEd", "Medical Education", true},
		{"AABB", "Association for the Advancement of Blood & Biotherapies", false},
		{"LabCE", "Laboratory Training Institute", false},
	} {
		if got := brandSpelledOut(tc.brand, tc.name); got != tc.want {
			t.Errorf("brandSpelledOut(%q, %q) = %v, want %v", tc.brand, tc.name, got, tc.want)
		}
	}
	c := readCertificate(placedPage([]placed{
		{714, 66, 22, "LabCE"},
		{692, 66, 12, "Laboratory Continuing Education"},
		{647, 66, 24, "Certificate of Completion"},
		{623, 66, 11, "This certifies that"},
		{597, 66, 18, "Marisol Etxeberria-Quinn"},
		{574, 66, 11, "has completed the course"},
		{553, 66, 14, "Cerebrospinal Fluid Cell Counts and Differentials"},
		{526, 132, 9, "Course Number"}, {526, 252, 9, "Completion Date"}, {526, 372, 9, "Contact Hours"},
		{507, 132, 11, "3310"}, {507, 252, 11, "05/14/2025"}, {507, 372, 11, "1.0"},
	}), "")
	if c.Provider != "LabCE" {
		t.Errorf("provider %q, want the brand; why %q", c.Provider, c.why)
	}
}

// A labelled meeting whose name opens with an ordinal ("41st Annual Fall
// Meeting") is the title: an ordinal is no word in small letters that
// carries a sentence on. The activity's number in brackets after a
// labelled title is the ID, not part of the title.
func TestOrdinalTitleAndNumberAfterIt(t *testing.T) {
	if lowercaseStart("41st Annual Fall Meeting") || !lowercaseStart("on December 8, 2025") {
		t.Error("lowercaseStart: an ordinal opens a title; a word in small letters goes on a sentence")
	}
	c := readCertificate(placedPage([]placed{
		{539, 145, 16, "Northern Plains Clinical Laboratory Society"},
		{488, 177, 24, "Certificate of Attendance"},
		{459, 185, 11, "This is to certify that the person named below attended"},
		{428, 65, 11, "Attendee:"}, {428, 212, 11, "Greta Lindahl-Moreau, MLS(ASCP)CM"},
		{410, 65, 11, "Event:"}, {410, 212, 11, "38th Annual Spring Meeting (2026-NP-38)"},
		{393, 65, 11, "Dates:"}, {393, 212, 11, "April 9–10, 2026"},
		{375, 65, 11, "Contact hours earned:"}, {375, 212, 11, "8.0 P.A.C.E.®"},
		{358, 65, 11, "Activity #:"}, {358, 212, 11, "2026-NP-38"},
	}), "")
	if c.Title != "38th Annual Spring Meeting" || c.ActivityID != "2026-NP-38" {
		t.Errorf("title %q, ID %q; why %q", c.Title, c.ActivityID, c.why)
	}
}

// The subject of a statement whose second sentence refers back to it
// ("The Association is accredited by the ACCME … and designates this
// enduring material …") is the full name the first sentence gives.
func TestStatementSubjectReferredBack(t *testing.T) {
	para := "The Association for the Advancement of Blood & Biotherapies is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. The Association is accredited by the ACCME to provide continuing medical education for physicians and designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits™."
	if got := subjectOf([]string{para}, vocab().statements); got != "Association for the Advancement of Blood & Biotherapies" {
		t.Errorf("subject %q", got)
	}
	para = "Contact hours are awarded by Harbour Vale University Hospital, Clinical Laboratories, an approved provider of continuing education programs in the clinical laboratory sciences under the ASCLS P.A.C.E.® Program."
	if got := subjectOf([]string{para}, vocab().statements); !strings.HasPrefix(got, "Harbour Vale University Hospital") {
		t.Errorf("subject %q: the agent of \"awarded by\"", got)
	}
}

// "Offering" labels the title as "Course" does; beside a credit
// statement in the next column, its value is the number under it.
func TestOfferingLabel(t *testing.T) {
	if k, _, _ := labelAt("Offering"); k != certTitle {
		t.Errorf(`labelAt("Offering") = %v, want the title's label`, k)
	}
	c := readCertificate(placedPage([]placed{
		{718, 58, 16, "Larkspur Regional Medical Center"},
		{700, 58, 12, "Laboratory Education Council"},
		{645, 58, 20, "Certificate of Continuing Education"},
		{596, 58, 11, "The Laboratory Education Council certifies that the employee named below attended the"},
		{581, 58, 11, "following continuing education offering."},
		{549, 60, 11, "Name"}, {549, 189, 11, "Consuelo Ferreira-Banks, MLS(ASCP)CM"},
		{510, 60, 11, "Offering"}, {510, 189, 11, "Monthly Quality Meeting: Corrective Action for QC Failures"},
		{476, 60, 11, "Offering No."}, {476, 189, 11, "LQ-2611"},
		{457, 60, 11, "Date"}, {457, 189, 11, "June 12, 2025"},
		{418, 60, 11, "Contact hours"}, {418, 189, 11, "1.0"},
	}), "")
	if c.Title != "Monthly Quality Meeting: Corrective Action for QC Failures" || c.ActivityID != "LQ-2611" {
		t.Errorf("title %q, ID %q; why %q", c.Title, c.ActivityID, c.why)
	}
}

// A labelled maximum ("Maximum contact hours available: 14.0") is not
// the figure earned when the certifying sentence awards another ("and
// is awarded 10.5 P.A.C.E.® contact hours"); a bracketed label naming a
// maximum is no aside after a claimed figure.
func TestLabelledMaximumUnderAwardedFigure(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{449, 231, 18, "Coastal Plains Microbiology Society"},
		{398, 213, 26, "Certificate of Attendance"},
		{373, 348, 12, "This is to certify that"},
		{334, 165, 22, "Ottilie Brandvold-Osei, PhD"},
		{312, 368, 12, "attended the"},
		{283, 200, 16, "Coastal Plains Clinical Microbiology Meeting 2025"},
		{262, 306, 11, "September 4–6, 2025 · Wilmington, Delaware"},
		{242, 285, 11, "and is awarded 11.0 P.A.C.E.® contact hours"},
		{156, 117, 8, "Maximum contact hours available: 15.5. The Coastal Plains Microbiology Society (CPMS) is approved as a provider of continuing education programs in the clinical laboratory"},
		{146, 271, 8, "sciences by the ASCLS P.A.C.E.® Program."},
	}), "")
	if c.Credits.String() != "11" {
		t.Errorf("credits %s, want the 11.0 awarded; why %q", c.Credits, c.why)
	}
	if maximumAside.MatchString("15.5 (Maximum contact hours available)") || !maximumAside.MatchString("9.5 (of 16.0 CMLE offered)") {
		t.Error("maximumAside: a bracketed maximum holds its number")
	}
}

// A title in a letter's sentence ends where the sentence says when it was
// held, with or without a comma before the participle.
func TestTitleEndsBeforeWhenHeld(t *testing.T) {
	for in, want := range map[string]string{
		"ASCP 2025 Annual Meeting held October 1–3, 2025, in Denver, Colorado": "ASCP 2025 Annual Meeting",
		"Hematology Case Conference presented on 3/14/2025":                    "Hematology Case Conference",
		"Lessons Held Over From the Pandemic":                                  "Lessons Held Over From the Pandemic",
	} {
		if got := endOfTitle(in); got != want {
			t.Errorf("endOfTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// The kinds certs-z25 and certs-z26 brought, each read on a page of its
// own shape.
func TestCertsZ25Z26Kinds(t *testing.T) {
	// A figure before a separator and the next fact: no figure inside the
	// course's number ("NSH-OD-2419" holds no 419).
	c := readCertificate(placedPage([]placed{
		{585, 150, 24, "Certificate of Completion"},
		{541, 235, 11, "This certificate is presented to"},
		{510, 103, 20, "Ignatius Oyelowo-Brandt, HTL(ASCP)CM"},
		{478, 203, 11, "who has completed the on-demand webinar"},
		{454, 111, 15, "Decalcification of Bone Marrow Biopsies"},
		{412, 221, 11, "Date completed: March 4, 2025"},
		{384, 189, 11, "Contact hours: 1.0 • Course No. NSH-OD-2471"},
	}), "")
	if c.Credits.String() != "1" || c.ActivityID != "NSH-OD-2471" {
		t.Errorf("credits %s, ID %q; why %q", c.Credits, c.ActivityID, c.why)
	}
	// Credit types across the top, a maximum's row over the claimed row.
	c = readCertificate(placedPage([]placed{
		{471, 252, 24, "Certificate of Completion"},
		{440, 343, 11, "This is to certify that"},
		{409, 252, 18, "Marguerite Oyelaran-Tse"},
		{382, 347, 11, "has completed the"},
		{341, 116, 14, "Frozen Section Quality Assurance for Pathology Assistants"},
		{301, 306, 11, "Date of completion: 12 May 2025"},
		{271, 325, 9, "AMA PRA Category 1 Credits™"}, {271, 530, 9, "ASCLS P.A.C.E.® contact hours"},
		{252, 86, 9, "Designated (maximum)"}, {252, 389, 9, "1.50"}, {252, 597, 9, "1.50"},
		{233, 86, 9, "Claimed by participant"}, {233, 394, 9, "—"}, {233, 599, 9, "1.25"},
	}), "")
	if c.Credits.String() != "1.25" {
		t.Errorf("credits %s, want the 1.25 claimed; why %q", c.Credits, c.why)
	}
	// A small tag in the corner is no heading; the organisation over the
	// certificate's heading is, its acronym above it aside.
	c = readCertificate(placedPage([]placed{
		{727, 394, 8.5, "Certification Continuation Program (CCP)"},
		{716, 439, 8.5, "Continuing Education Record"},
		{705, 62, 30, "AMT"},
		{691, 62, 11, "American Medical Technologists"},
		{662, 131, 26, "Continuing Education Certificate"},
		{577, 173, 11, "Name"}, {577, 225, 11, "Beatriz Solano Whitfield, MT(AMT)"},
		{549, 157, 11, "Program"}, {549, 225, 11, "Body Fluid Morphology for the Generalist"},
		{478, 126, 11, "Date Attended"}, {478, 225, 11, "05/20/2025"},
		{421, 100, 11, "CE Hours Awarded"}, {421, 225, 11, "1.0"},
	}), "")
	if c.Provider != "American Medical Technologists" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
	// A signer's name beside the first line of the accreditation statement
	// in another column is no part of its subject.
	if got := subjectOf(paragraphs(certLines(placedPage([]placed{
		{112, 125, 9, "Rosalind Achterberg"}, {112, 420, 9, "CLSI is approved as a provider of continuing education programs in the clinical laboratory"},
		{101, 420, 9, "sciences by the ASCLS P.A.C.E.® Program."},
	}))), vocab().statements); got != "CLSI" {
		t.Errorf("subject %q, want CLSI", got)
	}
	// A session's date wins over the meeting's days.
	c = readCertificate(placedPage([]placed{
		{655, 175, 24, "Certificate of Attendance"},
		{599, 65, 11, "Participant"}, {599, 306, 11, "Yolanda Ferreira-Kask"},
		{582, 65, 11, "Meeting"}, {582, 306, 11, "Gulf States 2025 Annual Meeting"},
		{564, 65, 11, "Meeting dates"}, {564, 306, 11, "May 12–15, 2025"},
		{546, 65, 11, "Session title"}, {546, 306, 11, "Anaerobe Identification by MALDI-TOF"},
		{499, 65, 11, "Session date"}, {499, 306, 11, "Tuesday, May 13, 2025"},
		{482, 65, 11, "P.A.C.E.® contact hours"}, {482, 306, 11, "1.5"},
	}), "")
	if c.Date.String() != "2025-05-13" {
		t.Errorf("date %s, want the session's; why %q", c.Date, c.why)
	}
}

// TestCertificateWordsListedOnce: each phrase of certificate_words.txt
// stands once in its section (a second copy is dead weight, and hides
// which line a change should touch).
func TestCertificateWordsListedOnce(t *testing.T) {
	section := ""
	seen := map[string]int{}
	for n, line := range strings.Split(certificateWordsFile, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			section = line
		default:
			key := section + " " + strings.ToLower(line)
			if first, dup := seen[key]; dup {
				t.Errorf("certificate_words.txt:%d: %q in %s again (first at line %d)", n+1, line, section, first)
				continue
			}
			seen[key] = n + 1
		}
	}
}

// The kinds certs-z27 and certs-z28 brought: a seal's "APPROVED" over
// "PROVIDER" is no provider's name; a speaker with an honorific and a job
// title is no provider; a format that wraps from the verb's line
// ("participated in the live" / "eCast") is skipped to the title.
func TestCertsZ27Z28Kinds(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{525, 327, 16, "Harrowgate Learning, Inc."},
		{476, 263, 24, "Certificate of Completion"},
		{443, 346, 11, "This is to certify that"},
		{410, 262, 18, "Ottoline Baptiste-Ng"},
		{382, 353, 11, "has completed the"},
		{363, 352, 11, "Self-Study Module"},
		{336, 109, 15, "Formalin Spill Response in the Gross Room"},
		{313, 344, 11, "on October 2, 2025"},
		{288, 270, 10, "Course ID: HL-SAF-311"}, {288, 426, 10, "Contact Hours: 1.0"},
		{251, 125, 9, "Harrowgate Learning, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."},
		{103, 85, 7, "P.A.C.E.®"},
		{94, 81, 7, "APPROVED"},
		{85, 82, 7, "PROVIDER"},
	}), "")
	if c.Provider != "Harrowgate Learning, Inc." {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
	if !speaker("Dr. Anneliese Vorhaus, Senior Scientist, Scientific Affairs") || speaker("Kestrel BioSystems, Scientific Affairs") {
		t.Error("speaker: a person with an honorific and a job title is one; a company and its unit is not")
	}
	c = readCertificate(placedPage([]placed{
		{698, 66, 18, "AABB"},
		{599, 66, 22, "Certificate of Attendance"},
		{569, 66, 11, "This letter confirms that"},
		{545, 66, 14, "Dr. Ingvild Aasheim"},
		{522, 66, 11, "participated in the live"},
		{502, 66, 11, "eCast"},
		{480, 66, 14, "Massive Transfusion Protocols: Ratios, Activation and"},
		{461, 66, 14, "Deactivation Criteria"},
		{440, 66, 11, "Date of participation: October 7, 2025"},
		{393, 66, 9, "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS"},
		{380, 66, 9, "P.A.C.E.® Program. This program has been approved for 1.0 P.A.C.E.® contact hours."},
	}), "")
	if c.Title != "Massive Transfusion Protocols: Ratios, Activation and Deactivation Criteria" || c.Date.String() != "2025-10-07" {
		t.Errorf("title %q, date %s; why %q", c.Title, c.Date, c.why)
	}
}

// The kinds certs-z29 and certs-z30 brought, read on pages of their shape.
func TestCertsZ29Z30Kinds(t *testing.T) {
	// A fact and its number, then a label and its colon, in one segment;
	// a figure followed by another fact.
	if k, rest, _ := labelAt("P.A.C.E.® Program No. 432-118-25 Contact Hours: 1.0 Level: Intermediate"); k != certCredits || rest != "1.0 Level: Intermediate" {
		t.Errorf("labelAt: %v %q, want the contact hours' label and its value", k, rest)
	}
	if got := labelledAfterSentence("This activity is approved for a maximum of 1.5 P.A.C.E.® contact hours. Contact hours claimed: 1.0"); got != "Contact hours claimed: 1.0" {
		t.Errorf("labelledAfterSentence = %q", got)
	}
	// "… activity listed below." announces the title under it; a season's
	// series over the title is its format line.
	if !announcesBelow("the AMT STEPS online activity listed below.") || !eventOnly("Winter Webinar Series") {
		t.Error("announcesBelow / eventOnly")
	}
	// A value run into the next column's with no word space ("…SBB" then
	// "February" 1.4 pt on, at the next label's left edge): cut there.
	var g []pdf.Glyph
	x := 76.0
	for _, r := range "MT(ASCP)SBB" {
		g = append(g, pdf.Glyph{X0: x, X1: x + 6, Text: string(r)})
		x += 6
	}
	x = 229.3
	for _, r := range "March" {
		g = append(g, pdf.Glyph{X0: x, X1: x + 6, Text: string(r)})
		x += 6
	}
	run := segment{X0: 76, X1: x, Size: 10, Text: "MT(ASCP)SBBMarch", Glyphs: g}
	if parts := cutAtEdges(run, []segment{{X0: 229, X1: 300, Size: 9, Text: "Date of Completion"}}); len(parts) != 2 || parts[1].Text != "March" {
		t.Errorf("cutAtEdges: %d parts %v", len(parts), parts)
	}
	var c certificate
	// A row of labels whose credit label stands beside another credit
	// type's: each figure under its own label.
	c = readCertificate(placedPage([]placed{
		{703, 76, 12, "American Society for Clinical Pathology"},
		{675, 76, 20, "Certificate of Session Completion"},
		{639, 76, 10, "Participant"}, {639, 306, 10, "Ximena Albright-Oduya, MLS(ASCP)CM"},
		{622, 76, 13, "Microscopic Urinalysis: Casts and Crystals in Practice"},
		{607, 76, 9, "Session No."}, {607, 191, 9, "Date"}, {607, 306, 9, "CMLE"}, {607, 421, 9, "AMA PRA Cat. 1™"},
		{595, 76, 10, "S-4512"}, {595, 191, 10, "10/16/2025"}, {595, 306, 10, "1.5"}, {595, 421, 10, "1.0"},
	}), "")
	if c.Credits.String() != "1.5" || c.Unit != celedger.UnitCMLE {
		t.Errorf("credits %s %s, want 1.5 CMLE; why %q", c.Credits, c.Unit, c.why)
	}
}

// A letter's salutation that gives a whole name with no inside address
// above names the participant; "Evaluation completed" dates the
// evaluation, not the course.
func TestSalutationNameAndEvaluationDate(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{722, 58, 13, "Brightwater Regional Hospital"},
		{704, 58, 11, "Laboratory Education Council"},
		{669, 58, 10, "April 7, 2025"},
		{634, 58, 10, "Dear Leocadia Ferreira-Voss,"},
		{617, 58, 10, "Thank you for attending the in-service presentation listed below. Please keep this letter as documentation of"},
		{602, 58, 10, "your continuing education."},
		{583, 58, 12, "Specimen Labeling and Patient Identification Update"},
		{565, 58, 10, "Offering No."}, {565, 306, 10, "LEC-2025-04"},
		{548, 58, 10, "Date attended"}, {548, 306, 10, "April 2, 2025"},
		{531, 58, 10, "Contact hours"}, {531, 306, 10, "1.0"},
	}), "")
	if c.Name != "Leocadia Ferreira-Voss" {
		t.Errorf("name %q; why %q", c.Name, c.why)
	}
	if k, _, _ := labelAt("Evaluation completed 11/02/2024"); k != certOtherDate {
		t.Errorf(`labelAt("Evaluation completed …") = %v, want another date's label`, k)
	}
}

// A session certificate whose only cue is its participant's label in a
// row of labels ("ATTENDEE | SESSION DATE") is a certificate, not a
// transcript whose table lacks a date column.
func TestParticipantLabelInRowIsCertificate(t *testing.T) {
	page := placedPage([]placed{
		{523, 264, 14, "American Society for Microbiology"},
		{464, 205, 22, "Certificate of Session Attendance"},
		{428, 176, 15, "Antifungal Susceptibility Testing of Yeasts"},
		{401, 207, 9, "ATTENDEE"}, {401, 531, 9, "SESSION DATE"},
		{384, 136, 13, "ROSAMUND OKONJO-BELL"}, {384, 523, 11, "June 20, 2025"},
		{355, 147, 9, "SESSION NO."}, {355, 359, 9, "CONTACT HOURS"}, {355, 599, 9, "FORMAT"},
		{338, 147, 11, "SES-4502"}, {338, 388, 11, "1.5"}, {338, 590, 11, "In person"},
	})
	if !certificateText(page[0]) {
		t.Error("certificateText: the heading and the participant's label in a row of labels make a certificate")
	}
}

// glyphWidth is the width placedPage draws a character in, in points:
// half the size, a quarter for a space, a wide gap for "|".
func glyphWidth(r rune, size float64) float64 {
	switch r {
	case ' ':
		return 0.25 * size
	case '|':
		return 0.8 * size
	}
	return 0.5 * size
}

// centredAt places text centred on mid.
func centredAt(y, mid, size float64, text string) placed {
	w := 0.0
	for _, r := range text {
		w += glyphWidth(r, size)
	}
	return placed{y, mid - w/2, size, text}
}

// TestCertsZ29Z30LeftKinds: a footer's "Certificate printed <date>" is
// no second dated row; an issuer's last word left alone under its long
// centred line is part of it, even a label's word, and the heading under
// it is no value; a title in title case keeps its prepositions small
// ("… Neoplasms with" / "Germline Predisposition") and is no sentence's
// fragment.
func TestCertsZ29Z30LeftKinds(t *testing.T) {
	if k, rest, ok := labelAt("Certificate printed July 23, 2025"); !ok || k != certOtherDate || rest != "July 23, 2025" {
		t.Errorf("labelAt: %v %q %v, want the printing date's label", k, rest, ok)
	}
	session := placedPage([]placed{
		{705, 100, 12, "American Society for Clinical Laboratory Science"},
		{644, 110, 22, "Session Certificate of Attendance"},
		{601, 220, 18, "Keiko Nakamura-Reyes"},
		{573, 230, 11, "attended the educational session"},
		{547, 80, 15, "Beyond the Bench: Laboratory Stewardship Programs"},
		{499, 60, 9, "Session"}, {499, 250, 9, "Session Date"}, {499, 430, 9, "P.A.C.E.® Contact Hours"},
		{481, 60, 10, "S-214"}, {481, 250, 10, "July 21, 2025"}, {481, 430, 10, "1.25"},
		{54, 60, 7, "ASCLS"}, {54, 160, 7, "1861 International Drive, McLean, VA 22102"}, {54, 400, 7, "Certificate printed July 23, 2025"},
	})
	lines, at, _, ok := findHeader(session[0], nil)
	if !ok || !certificateRow([]pageText{{Number: 1, Lines: session[0]}}, 0, lines, at) {
		t.Errorf("certificateRow: one dated row under the heading, the footer's printing date aside (header found %v)", ok)
	}

	c := readCertificate(placedPage([]placed{
		centredAt(709, 306, 13, "Cascadia State Public Health Laboratory, Office of Laboratory"),
		centredAt(693, 306, 13, "Training"),
		centredAt(640, 306, 24, "Certificate of Training"),
		centredAt(605, 306, 11, "presented to"),
		centredAt(574, 306, 20, "Thu-Trang Nguyen"),
		centredAt(544, 306, 11, "for successful completion of"),
		centredAt(517, 306, 16, "Biosafety Level 3 Refresher: Select Agent Safety and"),
		centredAt(497, 306, 16, "Sentinel Laboratory Response"),
		{465, 94, 10, "Training No."}, {465, 216, 10, "Date"}, {465, 432, 10, "Contact Hours"},
		{448, 94, 10, "CSPHL-TR-2406"}, {448, 216, 10, "06/18/2024"}, {448, 432, 10, "3.0"},
	}), "")
	if c.Provider != "Cascadia State Public Health Laboratory, Office of Laboratory Training" ||
		c.Title != "Biosafety Level 3 Refresher: Select Agent Safety and Sentinel Laboratory Response" {
		t.Errorf("provider %q title %q; why %q", c.Provider, c.Title, c.why)
	}

	c = readCertificate(placedPage([]placed{
		{710, 60, 13, "Westbrook University Health System"},
		{658, 60, 22, "Credit Certificate"},
		{632, 60, 10.5, "Name:"}, {632, 131, 10.5, "Dr. Benedikt Sørensen, MD, PhD"},
		{616, 60, 10.5, "Session ID:"}, {616, 131, 10.5, "GR-1002"},
		{600, 60, 10.5, "Date:"}, {600, 131, 10.5, "Thursday, October 2, 2025"},
		{578, 60, 13, "Hematopathology Grand Rounds: Myeloid Neoplasms with"},
		{561, 60, 13, "Germline Predisposition"},
		{538, 64, 9.5, "Credit type"}, {538, 474, 9.5, "Claimed"},
		{519, 64, 10, "ASCLS P.A.C.E.® contact hours"}, {519, 474, 10, "0.75"},
	}), "")
	if c.Title != "Hematopathology Grand Rounds: Myeloid Neoplasms with Germline Predisposition" {
		t.Errorf("title %q; why %q", c.Title, c.why)
	}
}

// TestVerbLineUnderValuesRow: the certifying verb's line under a row of
// values ("PARTICIPANT | DATE OF COMPLETION" over the name and date) is
// the sentence, not the name's cell wrapping (certs-z31 ye22).
func TestVerbLineUnderValuesRow(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		{708, 66, 20, "College of American Pathologists"},
		{659, 66, 21, "Certificate of Participation"},
		{629, 66, 8.5, "PARTICIPANT"}, {629, 306, 8.5, "DATE OF COMPLETION"},
		{608, 66, 12, "Dr. Oluwaseun Bakare"}, {608, 306, 12, "May 6, 2025"},
		{589, 66, 11.5, "has participated in the enduring material activity"},
		{563, 66, 16.5, "Laboratory Director Orientation: Responsibilities Under CLIA,"},
		{543, 66, 16.5, "Personnel Competency, and Accreditation Readiness"},
		{519, 66, 8.5, "ACTIVITY CODE"}, {519, 226, 8.5, "CONTACT HOURS CLAIMED"},
		{498, 66, 12, "LDO-2025-01"}, {498, 226, 12, "2.25"},
	}), "")
	if c.Name != "Oluwaseun Bakare" || c.Title != "Laboratory Director Orientation: Responsibilities Under CLIA, Personnel Competency, and Accreditation Readiness" {
		t.Errorf("name %q title %q; why %q", c.Name, c.Title, c.why)
	}
}

// TestCertsZ32Kinds: a row of labels is no sentence ("Participant |
// Dates Attended" over the name leads no verb to a title), nor is an
// accreditation statement a title; a title set large whose second line
// opens "Training: …" wraps, with no "Training:" label.
func TestCertsZ32Kinds(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		centredAt(595, 306, 17, "Ohio Society for Clinical Laboratory Science"),
		centredAt(576, 306, 13, "OSCLS 2025 Annual Meeting & Exhibit"),
		centredAt(522, 306, 20, "CERTIFICATE OF ATTENDANCE"),
		{488, 100, 9.5, "Participant"}, {488, 347, 9.5, "Dates Attended"},
		{472, 100, 11.5, "Lamar D. Whitaker Jr., MLS(ASCP)CM"}, {472, 347, 11.5, "April 9–11, 2025"},
		{445, 100, 9.5, "P.A.C.E.® Program No."}, {445, 306, 9.5, "Total P.A.C.E.® Contact Hours"},
		{429, 100, 11.5, "290-447-25"}, {429, 306, 11.5, "11.5"},
		{397, 112, 11, "Sessions attended"},
		{377, 113, 10, "Date"}, {377, 176, 10, "Session"}, {377, 444, 10, "Hours"},
		{357, 113, 10, "April 9"}, {357, 176, 10, "Pre-meeting workshop: Flow Cytometry Gating Strategies"}, {357, 444, 10, "3.0"},
		{337, 113, 10, "April 10"}, {337, 176, 10, "Keynote and general sessions"}, {337, 444, 10, "4.0"},
		{317, 113, 10, "April 11"}, {317, 176, 10, "Scientific sessions and Student Bowl"}, {317, 444, 10, "4.5"},
		centredAt(285, 306, 9, "OSCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the"),
		centredAt(274, 306, 9, "ASCLS P.A.C.E.® Program."),
	}), "")
	if c.Title != "OSCLS 2025 Annual Meeting & Exhibit" {
		t.Errorf("meeting: title %q; why %q", c.Title, c.why)
	}
	c = readCertificate(placedPage([]placed{
		centredAt(461, 396, 20, "Mesa Verde County Public Health Laboratory"),
		centredAt(416, 396, 26, "Certificate of Participation"),
		centredAt(384, 396, 12, "This certifies that"),
		centredAt(357, 396, 22, "Renée Dufresne-Castillo"),
		centredAt(330, 396, 12, "participated in the"),
		centredAt(312, 396, 11, "Spring Symposium"),
		centredAt(291, 396, 16, "Laboratory Response Network Sentinel Laboratory"),
		centredAt(271, 396, 16, "Training: Rule-Out and Referral of Bioterrorism Agents"),
		centredAt(252, 396, 11, "Date: April 16, 2025"),
		centredAt(235, 396, 11, "Training No. LRN-S-2504 · 3.0 P.A.C.E.® contact hours"),
		{178, 220, 10, "Dolores Vigil-Harmon, DrPH"}, {178, 438, 10, "Kenji Watanabe, MS, SM(ASCP)"},
		{167, 246, 9, "Laboratory Director"}, {167, 470, 9, "Biothreat Coordinator"},
		centredAt(149, 396, 8.5, "Mesa Verde County Public Health Laboratory is approved as a provider of continuing education programs in the"),
		centredAt(138, 396, 8.5, "clinical laboratory sciences by the ASCLS P.A.C.E.® Program."),
	}), "")
	if c.Title != "Laboratory Response Network Sentinel Laboratory Training: Rule-Out and Referral of Bioterrorism Agents" {
		t.Errorf("wrapped title: %q; why %q", c.Title, c.why)
	}
}

// TestLabelledFactEndsBeforeStatement: a labelled fact ("Presenter: Dr.
// …, Medical Director") is no part of the accreditation statement's
// sentence under it, whose subject is the provider (certs-z33 yg40).
func TestLabelledFactEndsBeforeStatement(t *testing.T) {
	lines := certLines(placedPage([]placed{
		{409, 65, 11, "Presenter: Anjali Raghunathan-Cole, MD, Medical Director, Transfusion Service"},
		{387, 65, 10.5, "Lakeshore Memorial Hospital is approved as a provider of continuing education programs in the clinical"},
		{371, 65, 10.5, "laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded for attendance at the entire"},
	}))
	if got := accreditedProvider(lines); got != "Lakeshore Memorial Hospital" {
		t.Errorf("accreditedProvider = %q", got)
	}
}

// TestCertsZ36Kinds: "for … staff" after a provider's name says whom it
// taught, a name's own capitalised words do not; a certificate's award
// date after the course's dates is no completion date; "Training
// Program:" labels the title as "Program:" does.
func TestCertsZ36Kinds(t *testing.T) {
	for in, want := range map[string]string{
		"the Laboratory Education Department for Transfusion Service and Core Laboratory staff": "Laboratory Education Department",
		"Association for Professionals in Infection Control and Epidemiology":                   "Association for Professionals in Infection Control and Epidemiology",
		"Alliance for Laboratory Professionals":                                                 "Alliance for Laboratory Professionals",
	} {
		if got := cutProvider(in); got != want {
			t.Errorf("cutProvider(%q) = %q, want %q", in, got, want)
		}
	}
	if k, rest, _ := labelAt("Training Program: HX-9 Hematology Analyzer Key Operator Training"); k != certTitle || rest != "HX-9 Hematology Analyzer Key Operator Training" {
		t.Errorf("labelAt: %v %q, want the title's label", k, rest)
	}
	c := readCertificate(placedPage([]placed{
		centredAt(670, 306, 26, "Northvale University"),
		centredAt(586, 306, 30, "Certificate of Completion"),
		centredAt(546, 306, 12, "This certifies that"),
		centredAt(510, 306, 24, "Esperanza Villalobos"),
		centredAt(482, 306, 12, "has satisfactorily completed the professional development course"),
		centredAt(453, 306, 17, "Clinical Microbiology Refresher for Returning Laboratory Professionals"),
		centredAt(408, 306, 12, "Course No. CLS 4105 · January 13 – February 24, 2025 · Blended format"),
		centredAt(340, 306, 16, "2.4 Continuing Education Units (CEUs)"),
		centredAt(168, 306, 7.5, "Date awarded: March 3, 2025 · Certificate No. SCPS-25-00917"),
	}), "")
	if got := c.Date.String(); got != "2025-02-24" {
		t.Errorf("date %s, want the course's last day; why %q", got, c.why)
	}
	// With no other date, the award's is the day.
	c = readCertificate(placedPage([]placed{
		{650, 100, 26, "Certificate of Completion"},
		{610, 100, 12, "This certifies that"},
		{580, 100, 20, "Esperanza Villalobos"},
		{550, 100, 12, "has completed the course"},
		{520, 100, 16, "Clinical Microbiology Refresher"},
		{490, 100, 12, "1.5 contact hours"},
		{400, 100, 9, "Date awarded: March 3, 2025"},
	}), "")
	if got := c.Date.String(); got != "2025-03-03" {
		t.Errorf("date %s, want the award's; why %q", got, c.why)
	}
}

// TestUnitLineUnderIssuer: an accreditation statement's subject that runs
// the issuer line into the smaller line under it ("Westbrook State
// University College of Professional and Continuing Education") names
// the institution and its unit; the line under it is no wrap of the
// issuer's name (certs-z37 yk37).
func TestUnitLineUnderIssuer(t *testing.T) {
	c := readCertificate(placedPage([]placed{
		centredAt(534, 396, 22, "Westbrook State University"),
		centredAt(515, 396, 12.5, "College of Professional and Continuing Education"),
		centredAt(462, 396, 30, "Certificate of Completion"),
		centredAt(429, 396, 12.5, "This is to certify that"),
		centredAt(397, 396, 23, "Elías Montenegro-Vidal"),
		centredAt(372, 396, 12.5, "has satisfactorily completed the course"),
		centredAt(346, 396, 17, "Molecular Diagnostics Bootcamp: PCR Assay Design and Validation"),
		centredAt(326, 396, 12, "June 3–6, 2024"),
		{296, 177, 9.5, "Course No."}, {296, 257, 9.5, "CEMD-410"}, {296, 367, 9.5, "Continuing Education Units"}, {296, 517, 9.5, "2.4 CEUs"},
		centredAt(157, 396, 7.8, "Westbrook State University College of Professional and Continuing Education is accredited by the International Accreditors for Continuing Education and Training (IACET) and is"),
		centredAt(147, 396, 7.8, "authorized to issue the IACET CEU. One CEU equals ten contact hours of participation."),
	}), "")
	if c.Provider != "Westbrook State University" {
		t.Errorf("provider %q; why %q", c.Provider, c.why)
	}
}
