// Package corpus writes a bulk corpus of fictional CE downloads for
// measuring the importer: N people, each in a folder of their own with an
// ASCP transcript (CSV, XLSX or PDF, in turn), a CAP transcript (CSV or
// PDF) and 10–30 one-page certificates (PDF) from ASCP, AABB, CAP and
// LabCE in labelled-line or sentence layouts, plus a staff roster
// (roster.csv, the importer's own header) at the root; the folders are
// under downloads/, so the import takes -roster roster.csv downloads/. Everything is drawn
// from a seeded random source per person, so the same seed and N give the
// same bytes on every run and with any number of workers.
//
//	st, err := corpus.Generate("/tmp/corpus", 1000, 1)
//	// /tmp/corpus/roster.csv
//	// /tmp/corpus/downloads/00001-amara-b-okonkwo/ascp-transcript.csv
//	// /tmp/corpus/downloads/00001-amara-b-okonkwo/cap-transcript.pdf
//	// /tmp/corpus/downloads/00001-amara-b-okonkwo/certificate-01.pdf …
//	// st.Files, st.PDFFiles, st.PDFPages …
//
// Course titles come from the classifier's labelled set (titles.txt). Most
// dates fall inside the person's CMP cycle, some before it starts or after
// the as-of date; some certificates repeat a course the transcript lists.
package corpus

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"celedger/internal/pdfgen"
)

// AsOf is the date the corpus is made for: the benchmark imports it with
// -as-of AsOf, and a few activities are dated after it.
const AsOf = "2026-11-24"

// Stats counts what Generate wrote.
type Stats struct {
	People       int   `json:"people"`
	Files        int   `json:"files"` // inputs, the roster not included
	CSVFiles     int   `json:"csv_files"`
	XLSXFiles    int   `json:"xlsx_files"`
	PDFFiles     int   `json:"pdf_files"`
	PDFPages     int   `json:"pdf_pages"`
	Certificates int   `json:"certificates"`
	Activities   int   `json:"activities"` // transcript rows plus certificates
	Bytes        int64 `json:"bytes"`      // inputs, the roster not included
}

func (s *Stats) add(o Stats) {
	s.People += o.People
	s.Files += o.Files
	s.CSVFiles += o.CSVFiles
	s.XLSXFiles += o.XLSXFiles
	s.PDFFiles += o.PDFFiles
	s.PDFPages += o.PDFPages
	s.Certificates += o.Certificates
	s.Activities += o.Activities
	s.Bytes += o.Bytes
}

//go:embed titles.txt
var titlesText string

var titles = func() []string {
	var out []string
	for _, l := range strings.Split(titlesText, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}()

var (
	firstNames = []string{"Amara", "Ben", "Carmen", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ibrahim", "Julia",
		"Kwame", "Lucía", "Mateo", "Nadia", "Oluwaseun", "Paulo", "Qing", "Rosa", "Sanjay", "Tereza", "Uchenna",
		"Valentina", "Wen", "Ximena", "Yusuf", "Zoë", "Aoife", "Björn", "Chloé", "Declan", "Esther", "Femi",
		"Grace", "Hyun-woo", "Ines", "Jamal", "Keiko", "Liam", "Marisol", "Niamh", "Omar", "Priya", "Rahul",
		"Siobhán", "Tariq", "Ulla", "Victor", "Wanjiru", "Yara", "Zainab"}
	lastNames = []string{"Okonkwo", "Novak", "García", "Ivanova", "Yılmaz", "Haddad", "Pereira", "Sato", "Mensah",
		"Kowalski", "Nguyen", "O'Connell", "Fernández", "Schmidt", "Adeyemi", "Rossi", "Chen", "Dubois", "Patel",
		"Svoboda", "Eze", "Moretti", "Zhang", "Ramírez", "Demir", "Ní Bhriain", "Lindqvist", "Lefèvre", "Walsh",
		"Abara", "Kim", "Ahmed", "Murphy", "Tanaka", "Costa", "Park", "Morgan", "Singh", "Brennan", "Hussain"}
	departments = []string{"Core Lab", "Blood Bank", "Microbiology", "Chemistry", "Hematology", "Molecular", "Point of Care"}
	shifts      = []string{"Days", "Evenings", "Nights"}
)

// person is one fictional technologist.
type person struct {
	Name, ID, Email, Dept, Shift string
	Start, End                   time.Time // CMP cycle
}

// activity is one course a person took.
type activity struct {
	Title, Provider, ID string
	Date                time.Time
	Credits             float64
}

// Generate writes a corpus of n people into dir (created if missing) and
// reports what it wrote. People are written in parallel, one random
// source each, so the output does not depend on scheduling.
func Generate(dir string, n int, seed int64) (Stats, error) {
	if n < 1 {
		return Stats{}, fmt.Errorf("corpus: want at least one person, not %d", n)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Stats{}, err
	}
	people := make([]person, n)
	for i := range people {
		people[i] = newPerson(i, n, rand.New(rand.NewPCG(uint64(seed), uint64(i)<<1)))
	}
	var (
		mu    sync.Mutex
		total Stats
		first error
		wg    sync.WaitGroup
	)
	jobs := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				st, err := writePerson(dir, i, people[i], rand.New(rand.NewPCG(uint64(seed), uint64(i)<<1|1)))
				mu.Lock()
				total.add(st)
				if err != nil && first == nil {
					first = err
				}
				mu.Unlock()
			}
		}()
	}
	for i := range people {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if first != nil {
		return total, first
	}
	return total, writeRoster(filepath.Join(dir, "roster.csv"), people)
}

// newPerson draws person i of n. Names are unique: i picks a distinct
// (first, initial, last) triple through a multiplier coprime with the
// number of triples.
func newPerson(i, n int, r *rand.Rand) person {
	const initials = "ABCDEFGHJKLMNPRSTVW"
	combos := len(firstNames) * len(initials) * len(lastNames)
	c := (i*7919 + 17) % combos // 7919 is prime and divides no factor of combos
	f, rest := c%len(firstNames), c/len(firstNames)
	m, l := rest%len(initials), rest/len(initials)
	first, last := firstNames[f], lastNames[l]
	name := fmt.Sprintf("%s %c. %s", first, initials[m], last)
	end := time.Date(2026+r.IntN(3), time.Month(1+r.IntN(12)), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, -1)
	return person{
		Name:  name,
		ID:    fmt.Sprintf("%08d", 10000000+i*37+r.IntN(37)),
		Email: fmt.Sprintf("%s.%s%d@example.org", slug(first), slug(last), i),
		Dept:  departments[r.IntN(len(departments))],
		Shift: shifts[r.IntN(len(shifts))],
		Start: end.AddDate(-3, 0, 1),
		End:   end,
	}
}

// activityDate is mostly inside the cycle and before the as-of date; one
// in ten falls before the cycle starts and one in twenty after the as-of
// date.
func activityDate(p person, r *rand.Rand) time.Time {
	asOf, _ := time.Parse(time.DateOnly, AsOf)
	last := p.End
	if asOf.Before(last) {
		last = asOf
	}
	switch x := r.IntN(20); {
	case x < 2:
		return p.Start.AddDate(0, 0, -1-r.IntN(200))
	case x < 3:
		return asOf.AddDate(0, 0, 1+r.IntN(90))
	}
	days := int(last.Sub(p.Start).Hours() / 24)
	return p.Start.AddDate(0, 0, r.IntN(max(days, 1)))
}

var creditSteps = []float64{0.5, 1, 1, 1, 1.5, 1.5, 2, 2, 3}

func newActivity(p person, provider string, r *rand.Rand) activity {
	return activity{
		Title:    titles[r.IntN(len(titles))],
		Provider: provider,
		ID:       fmt.Sprintf("%s-%02d-%04d", provider, 20+r.IntN(7), r.IntN(10000)),
		Date:     activityDate(p, r),
		Credits:  creditSteps[r.IntN(len(creditSteps))],
	}
}

// writePerson writes person i's folder.
func writePerson(root string, i int, p person, r *rand.Rand) (Stats, error) {
	st := Stats{People: 1}
	dir := filepath.Join(root, "downloads", fmt.Sprintf("%05d-%s", i+1, slug(p.Name)))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, err
	}
	write := func(name string, b []byte, pages int) error {
		st.Files++
		st.Bytes += int64(len(b))
		switch filepath.Ext(name) {
		case ".pdf":
			st.PDFFiles++
			st.PDFPages += pages
		case ".xlsx":
			st.XLSXFiles++
		default:
			st.CSVFiles++
		}
		return os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}

	ascp := make([]activity, 8+r.IntN(18))
	for k := range ascp {
		provider := "ASCP"
		if r.IntN(4) == 0 {
			provider = "LabCE"
		}
		ascp[k] = newActivity(p, provider, r)
	}
	if k := r.IntN(len(ascp)); r.IntN(5) == 0 {
		ascp = append(ascp, ascp[k]) // the same course listed twice
	}
	var (
		b     []byte
		pages int
		err   error
		name  string
	)
	switch i % 3 {
	case 0:
		name, b = "ascp-transcript.csv", ascpCSV(p, ascp)
	case 1:
		name = "ascp-transcript.xlsx"
		b, err = ascpXLSX(p, ascp)
	default:
		name = "ascp-transcript.pdf"
		b, pages = ascpPDF(p, ascp, i%2 == 0)
	}
	if err != nil {
		return st, fmt.Errorf("%s: %w", name, err)
	}
	if err := write(name, b, pages); err != nil {
		return st, err
	}
	st.Activities += len(ascp)

	cap := make([]activity, 3+r.IntN(8))
	for k := range cap {
		cap[k] = newActivity(p, "CAP", r)
	}
	if i%2 == 0 {
		name, b, pages = "cap-transcript.tsv", capTSV(p, cap, r), 0
	} else {
		name = "cap-transcript.pdf"
		b, pages = capPDF(p, cap, r)
	}
	if err := write(name, b, pages); err != nil {
		return st, err
	}
	st.Activities += len(cap)

	providers := []string{"ASCP", "AABB", "CAP", "LabCE"}
	certs := 10 + r.IntN(21)
	for k := range certs {
		var a activity
		if r.IntN(6) == 0 {
			a = ascp[r.IntN(len(ascp))] // a certificate for a course the transcript lists
		} else {
			a = newActivity(p, providers[r.IntN(len(providers))], r)
		}
		if err := write(fmt.Sprintf("certificate-%02d.pdf", k+1), certificate(p, a, r), 1); err != nil {
			return st, err
		}
	}
	st.Certificates += certs
	st.Activities += certs
	return st, nil
}

func credits(c float64) string { return fmt.Sprintf("%.1f", c) }

func ascpCSV(p person, acts []activity) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.WriteAll([][]string{
		{"ASCP CE Transcript", "", "", "", "", ""},
		{"Name:", p.Name, "", "", "", ""},
		{"ASCP Customer ID:", p.ID, "", "", "", ""},
		{"Certification:", "MLS(ASCP)CM", "", "", "", ""},
		{"Current CMP Cycle:", p.Start.Format("01/02/2006") + " - " + p.End.Format("01/02/2006"), "", "", "", ""},
		{"", "", "", "", "", ""},
		{"Activity Title", "Activity Type", "Provider", "Completion Date", "Credits", "Credit Type"},
	})
	for _, a := range acts {
		w.Write([]string{a.Title, "Online Course", a.Provider, a.Date.Format("01/02/2006"), credits(a.Credits), "CMLE"})
	}
	w.Flush()
	return buf.Bytes()
}

func ascpXLSX(p person, acts []activity) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Transcript"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	date, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return nil, err
	}
	rows := [][]any{
		{"ASCP CE Transcript"},
		{"Name:", p.Name},
		{"ASCP Customer ID:", p.ID},
		{"Certification:", "MLS(ASCP)CM"},
		{"Current CMP Cycle:", p.Start.Format("01/02/2006") + " - " + p.End.Format("01/02/2006")},
		{},
		{"Activity Title", "Activity Type", "Provider", "Completion Date", "Credits", "Credit Type"},
	}
	for _, a := range acts {
		rows = append(rows, []any{a.Title, "Online Course", a.Provider, a.Date, a.Credits, "CMLE"})
	}
	for n, row := range rows {
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", n+1), &row); err != nil {
			return nil, err
		}
	}
	if err := f.SetCellStyle(sheet, "D8", fmt.Sprintf("D%d", len(rows)), date); err != nil {
		return nil, err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Created: "2026-11-01T00:00:00Z", Modified: "2026-11-01T00:00:00Z", Creator: "celedger corpus"}); err != nil {
		return nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ascpPDF prints the transcript as a table, in a Type0 font with a
// ToUnicode CMap and compressed streams (unicode) or in Helvetica.
func ascpPDF(p person, acts []activity, unicode bool) ([]byte, int) {
	d := pdfgen.New()
	var body, bold *pdfgen.Font
	if unicode {
		d.Compress = true
		body, bold = d.Unicode("ArialMT"), d.Unicode("Arial-BoldMT")
	} else {
		body, bold = d.Standard("Helvetica"), d.Standard("Helvetica-Bold")
	}
	rows := make([][]string, len(acts))
	for k, a := range acts {
		rows[k] = []string{a.Title, "Online Course", a.Date.Format("01/02/2006"), credits(a.Credits), "CMLE"}
	}
	pages := d.AddTable(pdfgen.Table{
		Title: "American Society for Clinical Pathology – Board of Certification",
		Block: [][]string{
			{"CMP Transcript", "Printed: 11/20/2026"},
			{"Name: " + p.Name, "ASCP Customer ID: " + p.ID},
			{"Certification: MLS(ASCP)CM", "CMP Cycle: " + p.Start.Format("01/02/2006") + " - " + p.End.Format("01/02/2006")},
		},
		Columns: []pdfgen.Column{{Label: "Activity Title", Width: 220}, {Label: "Activity Type", Width: 90}, {Label: "Completion Date", Width: 100}, {Label: "Credits", Width: 54}, {Label: "Credit Type", Width: 60}},
		Rows:    rows,
		Font:    body, Bold: bold, Size: 10, Footer: true,
	})
	return d.Bytes(), pages
}

// capStatus is Claimed for most rows; an unclaimed activity has no date.
func capStatus(r *rand.Rand) bool { return r.IntN(8) != 0 }

func capTSV(p person, acts []activity, r *rand.Rand) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = '\t'
	w.WriteAll([][]string{
		{"CAP Learning Transcript", "", "", "", "", ""},
		{"Learner Name", p.Name, "", "", "", ""},
		{"", "", "", "", "", ""},
		{"Activity ID", "Activity Title", "Date Claimed", "Credits Claimed", "Credit Type", "Status"},
	})
	for _, a := range acts {
		date, status := a.Date.Format("01/02/2006"), "Claimed"
		if !capStatus(r) {
			date, status = "", "Unclaimed"
		}
		w.Write([]string{a.ID, a.Title, date, credits(a.Credits), "CE", status})
	}
	w.Flush()
	return buf.Bytes()
}

func capPDF(p person, acts []activity, r *rand.Rand) ([]byte, int) {
	d := pdfgen.New()
	d.Compress = true
	body, bold := d.Standard("Helvetica"), d.Standard("Helvetica-Bold")
	rows := make([][]string, len(acts))
	for k, a := range acts {
		date, status := a.Date.Format("01/02/2006"), "Claimed"
		if !capStatus(r) {
			date, status = "", "Unclaimed"
		}
		rows[k] = []string{a.ID, a.Title, date, credits(a.Credits), "CE", status}
	}
	pages := d.AddTable(pdfgen.Table{
		Title:   "CAP Learning Transcript",
		Block:   [][]string{{"Learner Name: " + p.Name, "Printed: 11/20/2026"}},
		Columns: []pdfgen.Column{{Label: "Activity ID", Width: 80}, {Label: "Activity Title", Width: 180}, {Label: "Date Claimed", Width: 76}, {Label: "Credits Claimed", Width: 80}, {Label: "Credit Type", Width: 64}, {Label: "Status", Width: 60}},
		Rows:    rows,
		Font:    body, Bold: bold, Footer: true, Margin: 36,
	})
	return d.Bytes(), pages
}

var providerNames = map[string]string{
	"ASCP":  "American Society for Clinical Pathology",
	"AABB":  "AABB",
	"CAP":   "College of American Pathologists",
	"LabCE": "LabCE.com",
}

// certificate is one landscape page in one of two layouts: labelled lines
// ("Participant: …", "Course Title: …") or sentences ("This certifies
// that … has successfully completed …").
func certificate(p person, a activity, r *rand.Rand) []byte {
	d := pdfgen.New()
	d.Compress = r.IntN(2) == 0
	var f, b *pdfgen.Font
	switch r.IntN(3) {
	case 0:
		f, b = d.Standard("Times-Roman"), d.Standard("Times-Bold")
	case 1:
		f, b = d.Standard("Helvetica"), d.Standard("Helvetica-Bold")
	default:
		f = d.Unicode("ArialMT")
		b = f
	}
	pg := d.AddPage(792, 612)
	provider := providerNames[a.Provider]
	unit := "contact hours"
	if a.Credits == 1 {
		unit = "contact hour"
	}
	if r.IntN(2) == 0 {
		pg.Text(b, 26, 200, 520, "Certificate of Completion")
		pg.Text(f, 14, 250, 490, provider)
		pg.Lines(f, 13, 25, 80, 370, []string{
			"Participant: " + p.Name,
			"Course Title: " + a.Title,
			"Date of Completion: " + a.Date.Format("January 2, 2006"),
			"Credits: " + credits(a.Credits) + " " + unit,
			"Course #: " + a.ID,
		})
	} else {
		pg.Text(b, 24, 220, 520, "Certificate of Attendance")
		pg.Text(f, 12, 100, 470, "This certifies that")
		pg.Text(f, 20, 100, 440, p.Name)
		pg.Text(f, 12, 100, 410, "has successfully completed “"+a.Title+"”")
		pg.Text(f, 12, 100, 392, "on "+a.Date.Format("January 2, 2006")+" and is awarded "+credits(a.Credits)+" P.A.C.E.® "+unit+".")
		pg.Text(f, 10, 100, 330, "Provided by "+provider+" – Program Number "+a.ID)
	}
	return d.Bytes()
}

func writeRoster(path string, people []person) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"name", "id", "email", "credential", "cycle_end", "department", "shift"})
	for _, p := range people {
		w.Write([]string{p.Name, p.ID, p.Email, "MLS", p.End.Format(time.DateOnly), p.Dept, p.Shift})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// slug is s in lower case ASCII letters and hyphens, for file names.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r > 127:
			if f, ok := fold[r]; ok {
				b.WriteRune(f)
				dash = false
			}
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

var fold = map[rune]rune{'á': 'a', 'à': 'a', 'é': 'e', 'è': 'e', 'ë': 'e', 'í': 'i', 'ı': 'i', 'ó': 'o', 'ö': 'o', 'ú': 'u', 'ü': 'u', 'ñ': 'n', 'ç': 'c', 'ø': 'o', 'å': 'a'}
