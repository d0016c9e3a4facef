package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"celedger"
)

// report.html is one self-contained page: inline CSS, no scripts, no
// external assets, so it opens offline and prints cleanly. Every string
// from the documents goes through html/template, which escapes it for
// the context it lands in.

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"area": func(a celedger.Area) string { return areaShort(a) },
	"days": daysText,
	"date": func(d celedger.Date) string {
		if d.IsZero() {
			return "—"
		}
		return d.String()
	},
	"join":          strings.Join,
	"credits":       func(e celedger.Entry) string { return creditsText(&e) },
	"evidence":      EvidenceLink,
	"peoplePerPage": func() int { return PeoplePerPage },
	"inc":           func(n int) int { return n + 1 },
	"dec":           func(n int) int { return n - 1 },
}).Parse(htmlSource))

// htmlPage is what the template sees.
type htmlPage struct {
	AsOf        celedger.Date
	Tally       Tally
	Upcoming    []htmlRow
	Rows        []htmlRow   // by urgency
	Roster      [][]htmlRow // Rows in blocks of rosterBlock (see .chunk in the page's style)
	Departments []htmlDept
	Files       fileCounts
	FileIssues  []celedger.FileResult // skipped and failed files, and files with row problems
	Window      int
	Pages       int // people-N.html pages; 0 when the people's lines are on this page
	Since       *Changes
	SinceRows   []changeRow // what changed: people's status first, then lines and files (the first sinceRowsShown)
	SinceMore   int         // changes not shown (in changes.csv)
}

type htmlRow struct {
	Anchor string // "p3": ids never carry document text
	Href   string // where the person's lines are: "#p3", or "people-1.html#p3" for a large staff
	P      *celedger.PersonLedger
	Total  htmlBar
	Areas  []htmlBar
	Needed string // what is still needed: "4.5 points: chemistry 1, ethics 1"; "" when nothing is
	NoDocs bool   // a roster person no document names
}

// htmlPerson is what the template "person" sees: a roster row and the
// person's activity lines.
type htmlPerson struct {
	htmlRow
	Activities []celedger.Entry
}

// htmlBar is one progress bar: Pct is 0..100 of the requirement met.
type htmlBar struct {
	Label     string
	Allocated celedger.Points
	Required  celedger.Points
	Pct       int
	Met       bool
}

type htmlDept struct {
	Name  string // "" for the people the roster gives no department
	Tally Tally
}

// OutDir is the folder the outputs are written into, for links from them
// to the evidence (set by batch.Run before writing; "" leaves the paths
// as the sources give them, relative to the folder the run started in).
var OutDir string

// EvidenceLink is a relative link from OutDir to the file a source names
// (a zip member's archive: "staff.zip!/jane/cert.pdf" links to staff.zip,
// with the PDF's page as "#page=2", which browsers' PDF viewers follow),
// each path segment escaped for a URL.
func EvidenceLink(s celedger.Source) string {
	path, _, _ := strings.Cut(s.Path, "!/")
	if OutDir != "" {
		if abs, err := filepath.Abs(path); err == nil {
			if out, err := filepath.Abs(OutDir); err == nil {
				if rel, err := filepath.Rel(out, abs); err == nil {
					path = rel
				}
			}
		}
	}
	parts := strings.Split(filepath.ToSlash(path), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	link := strings.Join(parts, "/")
	if s.Page > 0 && !strings.Contains(s.Path, "!/") {
		link += "#page=" + strconv.Itoa(s.Page)
	}
	return link
}

// PeoplePerPage is how many people's lines a page of report.html's
// details holds. A staff larger than this gets its people's lines on pages
// of their own (people-1.html, people-2.html, …) and report.html keeps the
// summary and the roster, so it opens quickly at any size.
const PeoplePerPage = 100

// rosterBlock is how many roster rows one block of the page holds: the
// browser lays out a block only when it is scrolled into view.
const rosterBlock = 100

// PeoplePages is the number of people-N.html pages a ledger's report
// needs: 0 when report.html holds every person's lines itself.
func PeoplePages(l *celedger.Ledger) int {
	if len(l.People) <= PeoplePerPage {
		return 0
	}
	return (len(l.People) + PeoplePerPage - 1) / PeoplePerPage
}

// PeoplePageName is the file of the page-th (1-based) people page.
func PeoplePageName(page int) string { return fmt.Sprintf("people-%d.html", page) }

// stillNeeded says what a person still needs: the total and each area
// short ("4.5 points: chemistry 1, ethics 1"), "" when nothing is.
func stillNeeded(p *celedger.PersonLedger) string {
	var areas []string
	for _, a := range p.Areas {
		if a.Short > 0 {
			areas = append(areas, fmt.Sprintf("%s %s", areaShort(a.Area), a.Short))
		}
	}
	switch {
	case p.Short > 0 && len(areas) > 0:
		return fmt.Sprintf("%s points: %s", p.Short, strings.Join(areas, ", "))
	case p.Short > 0:
		return fmt.Sprintf("%s points", p.Short)
	}
	return strings.Join(areas, ", ")
}

func barOf(label string, got, need celedger.Points) htmlBar {
	b := htmlBar{Label: label, Allocated: got, Required: need, Pct: 100, Met: got >= need}
	if need > 0 && got < need {
		b.Pct = int(got * 100 / need)
	}
	return b
}

// WriteHTML writes report.html: the page's top (cards, tables, roster),
// then one section per person, each made as its lines are read, so the
// page is never held whole.
func WriteHTML(w io.Writer, l *celedger.Ledger) error {
	page, order, err := htmlTop(l)
	if err != nil {
		return err
	}
	if err := htmlTemplate.Execute(w, page); err != nil {
		return err
	}
	if page.Pages == 0 {
		// Each hands the people over in order, the order of page.Rows.
		next := 0
		err := l.Each(order, func(_ int, p *celedger.PersonLedger) error {
			row := page.Rows[next]
			next++
			return htmlTemplate.ExecuteTemplate(w, "person", htmlPerson{row, p.Activities})
		})
		if err != nil {
			return err
		}
	}
	return htmlTemplate.ExecuteTemplate(w, "end", nil)
}

// WritePeoplePage writes people-N.html (page 1-based, see PeoplePages):
// the lines of the people on that page of the roster's urgency order.
func WritePeoplePage(w io.Writer, l *celedger.Ledger, page int) error {
	top, order, err := htmlTop(l)
	if err != nil {
		return err
	}
	from, to := (page-1)*PeoplePerPage, min(page*PeoplePerPage, len(order))
	if from >= to {
		return fmt.Errorf("people page %d of %d", page, top.Pages)
	}
	if err := htmlTemplate.ExecuteTemplate(w, "people-head", htmlPeopleHead{AsOf: l.AsOf, Page: page, Pages: top.Pages, First: from + 1, Last: to}); err != nil {
		return err
	}
	next := from
	err = l.Each(order[from:to], func(_ int, p *celedger.PersonLedger) error {
		row := top.Rows[next]
		next++
		return htmlTemplate.ExecuteTemplate(w, "person", htmlPerson{row, p.Activities})
	})
	if err != nil {
		return err
	}
	return htmlTemplate.ExecuteTemplate(w, "end", nil)
}

// htmlPeopleHead is what the top of a people page sees.
type htmlPeopleHead struct {
	AsOf        celedger.Date
	Page, Pages int
	First, Last int // the people it holds, 1-based in the roster's order
}

// sinceRowsShown is how many changes report.html lists; changes.csv
// holds them all.
const sinceRowsShown = 200

// htmlTop is report.html's top — cards, department table, roster — and the
// people in the roster's order.
func htmlTop(l *celedger.Ledger) (htmlPage, []int, error) {
	page := htmlPage{AsOf: l.AsOf, Tally: tallyOf(l.People), Window: upcomingDays, Pages: PeoplePages(l), Since: Since}
	if Since != nil {
		// Who changed first (status, people come and gone), then lines,
		// decisions and files, up to sinceRowsShown; changes.csv has all.
		for _, people := range []bool{true, false} {
			for _, r := range Since.Rows {
				isPerson := r.Kind == "status" || r.Kind == "new person" || r.Kind == "removed person" || r.Kind == "settled person"
				if isPerson == people && len(page.SinceRows) < sinceRowsShown {
					page.SinceRows = append(page.SinceRows, r)
				}
			}
		}
		page.SinceMore = len(Since.Rows) - len(page.SinceRows)
	}
	order := byUrgency(l.People)
	for n, i := range order {
		p := &l.People[i]
		row := htmlRow{Anchor: fmt.Sprintf("p%d", i+1), P: p, Total: barOf("total", p.Points, p.Required),
			Needed: stillNeeded(p), NoDocs: slices.Contains(p.Notes, celedger.NoteNoDocuments)}
		row.Href = "#" + row.Anchor
		if page.Pages > 0 {
			row.Href = PeoplePageName(n/PeoplePerPage+1) + row.Href
		}
		for _, a := range p.Areas {
			if a.Required > 0 {
				row.Areas = append(row.Areas, barOf(areaShort(a.Area), a.Allocated, a.Required))
			}
		}
		page.Rows = append(page.Rows, row)
		if upcoming(p) {
			page.Upcoming = append(page.Upcoming, row)
		}
	}
	for k := 0; k < len(page.Rows); k += rosterBlock {
		page.Roster = append(page.Roster, page.Rows[k:min(k+rosterBlock, len(page.Rows))])
	}
	page.Departments = departments(l.People)
	err := l.EachFile(func(f *celedger.FileResult) error {
		page.Files.add(f)
		if noticeable(f) {
			page.FileIssues = append(page.FileIssues, *f)
		}
		return nil
	})
	return page, order, err
}

// noticeable reports whether an import log line asks for a look: a file
// not imported, or one with problems; not celedger's own earlier outputs
// ("celedger-output") nor the -roster file met again among the inputs.
func noticeable(f *celedger.FileResult) bool {
	switch {
	case f.OwnOutput(), f.Format == "staff-roster" && f.Status == celedger.FileSkipped:
		return false
	}
	return f.Status != celedger.FileImported || f.Error != ""
}

// departments tallies people per department, in order of first mention,
// with a last row for the people the roster gives none when some have one,
// so the rows add up to the cards.
func departments(people []celedger.PersonLedger) []htmlDept {
	var out []htmlDept
	at := map[string]int{}
	var none []celedger.PersonLedger
	for _, p := range people {
		if p.Department == "" {
			none = append(none, p)
			continue
		}
		if _, ok := at[p.Department]; !ok {
			at[p.Department] = len(out)
			out = append(out, htmlDept{Name: p.Department})
		}
	}
	if len(out) == 0 {
		return nil
	}
	for k, d := range out {
		var in []celedger.PersonLedger
		for _, p := range people {
			if p.Department == d.Name {
				in = append(in, p)
			}
		}
		out[k].Tally = tallyOf(in)
	}
	if len(none) > 0 {
		out = append(out, htmlDept{Tally: tallyOf(none)})
	}
	return out
}
