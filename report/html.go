package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
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
	"join": strings.Join,
}).Parse(htmlSource))

// htmlPage is what the template sees.
type htmlPage struct {
	AsOf        celedger.Date
	Tally       Tally
	Upcoming    []htmlRow
	Rows        []htmlRow // by urgency
	Departments []htmlDept
	Files       fileCounts
	FileIssues  []celedger.FileResult // skipped and failed files, and files with row problems
	Window      int
}

type htmlRow struct {
	Anchor string // "p3": ids never carry document text
	P      *celedger.PersonLedger
	Total  htmlBar
	Areas  []htmlBar
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
	Name  string
	Tally Tally
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
	page := htmlPage{AsOf: l.AsOf, Tally: tallyOf(l.People), Window: upcomingDays}
	order := byUrgency(l.People)
	for _, i := range order {
		p := &l.People[i]
		row := htmlRow{Anchor: fmt.Sprintf("p%d", i+1), P: p, Total: barOf("total", p.Points, p.Required)}
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
	depts := map[string]int{}
	for _, p := range l.People {
		if p.Department == "" {
			continue
		}
		if _, ok := depts[p.Department]; !ok {
			depts[p.Department] = len(page.Departments)
			page.Departments = append(page.Departments, htmlDept{Name: p.Department})
		}
	}
	for _, d := range page.Departments {
		var in []celedger.PersonLedger
		for _, p := range l.People {
			if p.Department == d.Name {
				in = append(in, p)
			}
		}
		page.Departments[depts[d.Name]].Tally = tallyOf(in)
	}
	err := l.EachFile(func(f *celedger.FileResult) error {
		page.Files.add(f)
		if f.Status != celedger.FileImported || f.Error != "" {
			page.FileIssues = append(page.FileIssues, *f)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := htmlTemplate.Execute(w, page); err != nil {
		return err
	}
	// Each hands the people over in order, the order of page.Rows.
	next := 0
	err = l.Each(order, func(_ int, p *celedger.PersonLedger) error {
		row := page.Rows[next]
		next++
		return htmlTemplate.ExecuteTemplate(w, "person", htmlPerson{row, p.Activities})
	})
	if err != nil {
		return err
	}
	return htmlTemplate.ExecuteTemplate(w, "end", nil)
}
